#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval21 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval21/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['169-kinsale-ferrymore-hotel-planning-appeal'] = r'''
> News
> Residents to appeal €14m Kinsale hotel plan as councillors split over ‘overdevelopment’
F money €14m
L city Kinsale
Q direct Siobhán Ní Chonaill :: ‘overdevelopment’
> Cork County Council has approved 46 bedrooms and 22 holiday homes at the Ferrymore Hotel beside Charles Fort, but neighbours say the narrow road through Summercove cannot take the traffic
O government Cork County Council
F number 46
F number 22
L facility Ferrymore Hotel
L facility Charles Fort
L city Summercove
> BY DERMOT HURLEY
P full DERMOT HURLEY
> Friday, 14th March, 2031 7:00 AM
F date 14th March, 2031
F time 7:00 AM
> The Ferrymore Hotel overlooks Kinsale Harbour from Summercove, near Kinsale, Co Cork. Its owners plan a four-storey extension on the slope behind it. (Photo: Niamh Coughlan)
L facility Ferrymore Hotel
L geo Kinsale Harbour
L city Summercove
L city Kinsale
L region Co Cork
F number four
P full Niamh Coughlan
> RESIDENTS of Summercove and Scilly are to appeal Cork County Council’s decision to grant planning permission for a €14m extension to the Ferrymore Hotel, one of the best-known hotels on Kinsale’s harbour, to An Coimisiún Pleanála.
L city Summercove
L city Scilly
O government Cork County Council
F money €14m
L facility Ferrymore Hotel
L city Kinsale
O government An Coimisiún Pleanála
> The council’s planners last week granted permission to Carrigeen Leisure Ltd, the Cork city-based company that bought the hotel in 2027, for a four-storey wing with 46 bedrooms and a spa, and for 22 two-bedroom holiday homes on 3.1 hectares of the hillside between the hotel and Charles Fort. The permission carries 31 conditions.
O company Carrigeen Leisure Ltd
L city Cork
F date 2027
F number four
F number 46
F number 22
F number two
F quantity 3.1 hectares
L facility Charles Fort
F number 31
> The Summercove and Scilly Residents’ Association, which has more than 140 members, said it will lodge its appeal before the four-week deadline expires on April 10th.
O nonprofit Summercove and Scilly Residents’ Association
F number 140
F duration four-week
F date April 10th
> “Nobody here is against the hotel. It has been part of Summercove since the 1960s and half the village has worked there at one time or another,” said the association’s chairwoman, Bríd Nagle, a retired teacher. “But you cannot put 46 bedrooms, 22 houses and a spa at the end of a road where two cars can barely pass. In August you can wait 20 minutes to get down into Kinsale as it is.”
Q direct Bríd Nagle :: “Nobody here is against the hotel. It has been part of Summercove since the 1960s and half the village has worked there at one time or another,”
L city Summercove
F date 1960s
F fraction half
P full Bríd Nagle
Q direct Bríd Nagle :: “But you cannot put 46 bedrooms, 22 houses and a spa at the end of a road where two cars can barely pass. In August you can wait 20 minutes to get down into Kinsale as it is.”
F number 46
F number 22
F number two
F duration 20 minutes
L city Kinsale
> The Ferrymore’s general manager, Colm Deasy, said the company had cut the scheme from 64 bedrooms after meeting neighbours, and would pay €380,000 towards a footpath and traffic lights at the bottom of the Summercove road in Scilly.
O company Ferrymore
P full Colm Deasy
F number 64
F money €380,000
L city Summercove
L city Scilly
> “We employ 85 people all year round and about 140 in the summer,” Mr Deasy said. “Kinsale is short of hotel beds. Visitors who can’t find a room here stay in Cork city and drive down for the day, so the town gets the traffic without the spending.”
Q direct Colm Deasy :: “We employ 85 people all year round and about 140 in the summer,”
F number 85
F number 140
P partial Deasy
Q direct Colm Deasy :: “Kinsale is short of hotel beds. Visitors who can’t find a room here stay in Cork city and drive down for the day, so the town gets the traffic without the spending.”
L city Kinsale
L city Cork
> He said most of the building work would go to contractors from Bandon, Innishannon and Belgooly, and that the hotel would run a shuttle bus to Cork Airport, about 20km away, to keep guests’ cars off the R600.
L city Bandon
L city Innishannon
L city Belgooly
L facility Cork Airport
F quantity 20km
L street R600
> At Monday’s meeting of the Bandon-Kinsale Municipal District, councillors were divided. Fianna Fáil councillor Tadhg O’Donovan, who lives in Riverstick, welcomed the decision.
O government Bandon-Kinsale Municipal District
P full Tadhg O’Donovan
L city Riverstick
> “This is 40 construction jobs for two years and full-time jobs after that,” Cllr O’Donovan said. “I have every sympathy with the people of Summercove, but we can’t say no to every hotel in West Cork and then wonder why our young people are in Sydney and Perth.”
Q direct Tadhg O’Donovan :: “This is 40 construction jobs for two years and full-time jobs after that,”
F number 40
F duration two years
P partial O’Donovan
Q direct Tadhg O’Donovan :: “I have every sympathy with the people of Summercove, but we can’t say no to every hotel in West Cork and then wonder why our young people are in Sydney and Perth.”
L city Summercove
L region West Cork
L city Sydney
L city Perth
> Social Democrats councillor Siobhán Ní Chonaill, from Ballinspittle, called the scheme “overdevelopment of the worst kind” on land that the county development plan designates as a “high value landscape”.
P full Siobhán Ní Chonaill
L city Ballinspittle
Q direct Siobhán Ní Chonaill :: “overdevelopment of the worst kind”
Q scare - :: “high value landscape”
> “Charles Fort is one of the finest star forts in Europe. People come from all over the world to stand on those walls and look across the harbour to James Fort,” she said. “In five years’ time they will be looking down on the roof of a spa.”
Q direct Siobhán Ní Chonaill :: “Charles Fort is one of the finest star forts in Europe. People come from all over the world to stand on those walls and look across the harbour to James Fort,”
L facility Charles Fort
L continent Europe
L facility James Fort
Q direct Siobhán Ní Chonaill :: “In five years’ time they will be looking down on the roof of a spa.”
F duration five years
> The Office of Public Works (OPW), which manages Charles Fort as a national monument, had asked in its submission that the wing be reduced by one storey. Instead, the planners required Carrigeen to plant a screen of native trees along the eastern boundary and to finish the building in “muted, natural” colours.
O government Office of Public Works
O government OPW
L facility Charles Fort
F number one
O company Carrigeen
Q direct - :: “muted, natural”
> Fáilte Ireland, the national tourism development authority, said in its own submission that Kinsale had lost 180 hotel and guesthouse beds since 2019, mostly to short-term letting, and that the town needed “quality, year-round accommodation” to hold on to its conference and wedding trade.
O government Fáilte Ireland
L city Kinsale
F number 180
F date 2019
Q direct Fáilte Ireland :: “quality, year-round accommodation”
> Ms Nagle said residents had raised close to €9,000 to pay for a planning consultant and the €220 fee for a third-party appeal.
P partial Nagle
F money €9,000
F money €220
> “We’re not wealthy people. Half of us are pensioners,” she said. “But we were here long before any of the hotel’s owners, and we will be here long after Carrigeen sells it on.”
Q direct Bríd Nagle :: “We’re not wealthy people. Half of us are pensioners,”
F fraction Half
Q direct Bríd Nagle :: “But we were here long before any of the hotel’s owners, and we will be here long after Carrigeen sells it on.”
O company Carrigeen
> Carrigeen Leisure, which also owns hotels in Clonakilty and Killarney, said the appeal was “regrettable but expected” and that it was confident the commission would uphold the council’s decision. A ruling is not expected before the autumn, which would push the start of construction into 2032.
O company Carrigeen Leisure
L city Clonakilty
L city Killarney
Q direct Carrigeen Leisure Ltd :: “regrettable but expected”
F date 2032
'''

ARTICLES['170-paracale-gold-dredging-fish-kill'] = r'''
> Regions
> Camarines Norte board wants gold firm’s dredging in Paracale stopped after fish kill
L region Camarines Norte
L city Paracale
> By: Carmelita Obusan-Reyes - Correspondent / @inqnational
P full Carmelita Obusan-Reyes
> Philippine Daily Inquirer / 04:36 AM June 11, 2031
O media Philippine Daily Inquirer
F time 04:36 AM
F date June 11, 2031
> MUDDY WATERS Brown silt from a dredging site spreads across the coastal waters off Barangay Tawig in Paracale, Camarines Norte, in this photo taken on June 6. —PHOTO COURTESY OF SAMAHANG MANGINGISDA NG TAWIG
L city Barangay Tawig
L city Paracale
L region Camarines Norte
F date June 6
O nonprofit SAMAHANG MANGINGISDA NG TAWIG
> DAET, Camarines Norte, Philippines — The provincial board here has asked Gov. Ricarte “Dong” Villaluz to suspend the permit of a mining company whose dredging in the coastal waters of Paracale town has been blamed for a fish kill that has kept more than 300 fishermen ashore for nearly two weeks.
L city DAET
L region Camarines Norte
L country Philippines
P full Ricarte “Dong” Villaluz
Q scare - :: “Dong”
L city Paracale
F number 300
F duration two weeks
> In a resolution approved by a vote of 9 to 1 on Monday, the Sangguniang Panlalawigan said Bulawan Pacific Mining Corp. should halt all dredging off the villages of Tawig and Malaguit and the island village of Macolabo until the Mines and Geosciences Bureau (MGB) completes its investigation.
F number 9
F number 1
O government Sangguniang Panlalawigan
O company Bulawan Pacific Mining Corp.
L city Tawig
L city Malaguit
L city Macolabo
O government Mines and Geosciences Bureau
O government MGB
> Bulawan Pacific, a Manila-based company, holds a 25-year mineral production sharing agreement covering 1,260 hectares in Paracale and neighboring Jose Panganiban town. It began dredging old mine tailings from the seabed in March last year.
O company Bulawan Pacific
L city Manila
F duration 25-year
F quantity 1,260 hectares
L city Paracale
L city Jose Panganiban
> Fishermen said dead fish, mostly mackerel and rabbitfish, began washing ashore on May 28, a day after a silt curtain around one of the company’s two dredgers tore in a storm. Water samples taken by the provincial environment office on June 2 showed turbidity at 14 times the standard for coastal waters, said board member Arnel Pajarillo, who chairs the board’s committee on environment.
F date May 28
F number two
F date June 2
F number 14
P full Arnel Pajarillo
> “We are not against mining. Paracale has lived on gold for 400 years,” Pajarillo said. “But when 300 families cannot put food on the table, a permit can wait.”
Q direct Arnel Pajarillo :: “We are not against mining. Paracale has lived on gold for 400 years,”
L city Paracale
F duration 400 years
P partial Pajarillo
Q direct Arnel Pajarillo :: “But when 300 families cannot put food on the table, a permit can wait.”
F number 300
> At the fish landing in Tawig, Nestor Abaño, 58, president of Samahang Mangingisda ng Tawig, a group of about 180 fishermen, said his catch had fallen from 30 kilos a night to almost nothing.
L city Tawig
P full Nestor Abaño
F age 58
O nonprofit Samahang Mangingisda ng Tawig
F number 180
F quantity 30 kilos
> “Wala na kaming mahuli. Kahit dilis, wala,” Abaño said. (We can’t catch anything anymore. Not even anchovies.) He said each family had received a 25-kilo sack of rice from the municipal government but no cash.
Q direct Nestor Abaño :: “Wala na kaming mahuli. Kahit dilis, wala,”
P partial Abaño
F quantity 25-kilo
> In a statement, Bulawan Pacific said it had “immediately” shut down the damaged dredger and that its own tests showed “no chemical contamination.” The company said it uses neither mercury nor cyanide and blamed the murky water on heavy rain and “unregulated small-scale miners” working upstream.
O company Bulawan Pacific
Q direct Bulawan Pacific Mining Corp. :: “immediately”
Q direct Bulawan Pacific Mining Corp. :: “no chemical contamination.”
Q direct Bulawan Pacific Mining Corp. :: “unregulated small-scale miners”
> Engr. Lorenzo Dacara, the MGB’s regional director for Bicol, said a team from Legazpi City collected sediment and water samples on Tuesday, and results were expected within 10 days.
P full Lorenzo Dacara
O government MGB
L region Bicol
L city Legazpi City
F duration 10 days
> The Department of Environment and Natural Resources (DENR) has also ordered the company to explain within 72 hours why its environmental compliance certificate should not be suspended, Dacara said.
O government Department of Environment and Natural Resources
O government DENR
F duration 72 hours
P partial Dacara
> “We will cooperate fully with the MGB and the DENR. We have nothing to hide,” Janine Sarmiento-Cruz, the company’s vice president for community relations, told the Inquirer by phone.
Q direct Janine Sarmiento-Cruz :: “We will cooperate fully with the MGB and the DENR. We have nothing to hide,”
O government MGB
O government DENR
P full Janine Sarmiento-Cruz
O media Inquirer
> Gold has been mined in Paracale and Jose Panganiban since before the Spanish colonial period, and thousands of small-scale miners still work the area, many of them in so-called “compressor mining,” in which divers breathe air pumped through a hose while digging in flooded pits.
L city Paracale
L city Jose Panganiban
Q scare - :: “compressor mining,”
> On Sunday, parish priests in Paracale read out a letter from the Diocese of Daet calling the fish kill “a wound on creation and on the poor.”
L city Paracale
O other Diocese of Daet
Q direct Diocese of Daet :: “a wound on creation and on the poor.”
> Villaluz said he would act on the resolution “within the week” after meeting company officials and the mayors of Paracale, Jose Panganiban and Vinzons.
P partial Villaluz
Q direct Ricarte “Dong” Villaluz :: “within the week”
L city Paracale
L city Jose Panganiban
L city Vinzons
> “The province earns about P18 million a year in taxes and fees from mining. That is nothing compared to what our fishermen are losing,” he said.
Q direct Ricarte “Dong” Villaluz :: “The province earns about P18 million a year in taxes and fees from mining. That is nothing compared to what our fishermen are losing,”
F money P18 million
> The provincial government has released P2.4 million in emergency aid for affected families, while the Bureau of Fisheries and Aquatic Resources (BFAR) has banned the sale of fish caught within 5 kilometers of the dredging site until further notice.
F money P2.4 million
O government Bureau of Fisheries and Aquatic Resources
O government BFAR
F quantity 5 kilometers
> The fish kill has also hit tourism. Boat operators in Paracale, the usual jump-off point for the white-sand Calaguas Islands, a two-hour boat ride away, said bookings for June had fallen by a third since photos of the brown water spread on Facebook.
L city Paracale
L geo Calaguas Islands
F duration two-hour
F fraction a third
O company Facebook
> “Tourists ask us if the sea is poisoned,” said boatman Jericho Dela Peña, 34. “Calaguas is 40 kilometers away and the water there is clear, but people see the pictures and cancel.”
Q direct Jericho Dela Peña :: “Tourists ask us if the sea is poisoned,”
P full Jericho Dela Peña
F age 34
Q direct Jericho Dela Peña :: “Calaguas is 40 kilometers away and the water there is clear, but people see the pictures and cancel.”
L geo Calaguas
F quantity 40 kilometers
'''

ARTICLES['171-longreach-central-west-drought-destocking'] = r'''
> Drought
> ‘Worst since 1902’: Central West graziers sell down as Longreach drought enters third year
Q direct Doug Prentice :: ‘Worst since 1902’
F date 1902
L region Central West
L city Longreach
> Graziers across the Longreach, Barcaldine and Blackall-Tambo regions have sold or moved more than half their breeding herds, and the Bureau of Meteorology says there is little sign of relief before summer
L region Longreach
L region Barcaldine
L region Blackall-Tambo
F fraction half
O government Bureau of Meteorology
> By Kate Fennessy
P full Kate Fennessy
> Updated October 16 2031 - 2:45pm, first published 11:30am
F date October 16 2031
F time 2:45pm
F time 11:30am
> Ilfracombe grazier Doug Prentice in the yards at Wirrilla Downs, north of Ilfracombe, where he has sold 1100 breeders since July. Picture by Kate Fennessy
L city Ilfracombe
P full Doug Prentice
L facility Wirrilla Downs
L city Ilfracombe
F number 1100
P full Kate Fennessy
> Graziers in western Queensland are selling cattle into a falling market and trucking hay more than 1000 kilometres from the Darling Downs as a drought that began with the failed wet season of 2029-30 tightens its grip on the Central West.
L region Queensland
F quantity 1000 kilometres
L region Darling Downs
F date 2029-30
L region Central West
> At the Longreach saleyards on Thursday, 6400 head of cattle went under the hammer, nearly three times the usual yarding for October, and light steers sold for as little as 190c/kg, down from 340c/kg a year earlier, agents said.
L facility Longreach
F number 6400
F number three
F money 190c/kg
F money 340c/kg
> “Old-timers talk about 1902, and I reckon this is the worst since 1902. I’ve been on this place 41 years and I’ve never had to sell breeders before,” said Doug Prentice, who runs cattle on 36,000 hectares north of Ilfracombe.
Q direct Doug Prentice :: “Old-timers talk about 1902, and I reckon this is the worst since 1902. I’ve been on this place 41 years and I’ve never had to sell breeders before,”
F date 1902
F date 1902
F duration 41 years
P full Doug Prentice
F quantity 36,000 hectares
L city Ilfracombe
> He has sent another 600 head on agistment to a property near Roma, about 700 kilometres to the south-east, at a cost of $4.50 a head a week.
F number 600
L city Roma
F quantity 700 kilometres
F money $4.50
> “You sell the cows you spent 20 years breeding, and you know you’ll pay double to buy them back when it rains,” he said. “But you can’t feed hay at these prices for another summer.”
Q direct Doug Prentice :: “You sell the cows you spent 20 years breeding, and you know you’ll pay double to buy them back when it rains,”
F duration 20 years
Q direct Doug Prentice :: “But you can’t feed hay at these prices for another summer.”
> Longreach has recorded 142 millimetres of rain in the past 12 months, about a third of its annual average, according to the Bureau of Meteorology. The Thomson River, which runs past the town, stopped flowing in March, and several of its permanent waterholes are close to dry.
L city Longreach
F quantity 142 millimetres
F duration 12 months
F fraction a third
O government Bureau of Meteorology
L geo Thomson River
> Bureau climatologist Priya Wendt said the outlook for November to January favoured below-median rainfall for most of inland Queensland.
O government Bureau
P full Priya Wendt
L region Queensland
> “We would need an early and strong monsoon to turn this around, and at this stage the signs aren’t there,” Dr Wendt said.
Q direct Priya Wendt :: “We would need an early and strong monsoon to turn this around, and at this stage the signs aren’t there,”
P partial Wendt
> The Longreach, Barcaldine and Blackall-Tambo council areas have been drought-declared by the state government since May 2030. Longreach Regional Council has begun carting water to Yaraka and is spending $1.2 million on a new bore for Isisford, where the Barcoo River has stopped running.
L region Longreach
L region Barcaldine
L region Blackall-Tambo
F date May 2030
O government Longreach Regional Council
L city Yaraka
F money $1.2 million
L city Isisford
L geo Barcoo River
> Mayor Ted Gallagher said the drought was now hurting businesses in town as much as properties on the land.
P full Ted Gallagher
> “When the graziers stop spending, the whole town feels it: the stock agents, the mechanics, the pubs, the school bus runs,” Cr Gallagher said. “We’ve got families in Isisford and Yaraka who haven’t had an income off the land since Christmas.”
Q direct Ted Gallagher :: “When the graziers stop spending, the whole town feels it: the stock agents, the mechanics, the pubs, the school bus runs,”
P partial Gallagher
Q direct Ted Gallagher :: “We’ve got families in Isisford and Yaraka who haven’t had an income off the land since Christmas.”
L city Isisford
L city Yaraka
> AgForce central west regional chair Wes Kimber, who runs sheep and cattle near Muttaburra, said the state and federal governments should bring back freight subsidies for fodder and water “now, not when the cattle are already gone”.
O nonprofit AgForce
P full Wes Kimber
L city Muttaburra
Q direct Wes Kimber :: “now, not when the cattle are already gone”
> The Queensland Rural and Industry Development Authority (QRIDA) said it had received 46 applications for drought loans from the Central West since July, compared with nine in the same period last year.
O government Queensland Rural and Industry Development Authority
O government QRIDA
F number 46
L region Central West
F number nine
> Hay is coming from the Darling Downs and northern New South Wales, and a B-double load now costs up to $14,000 delivered to Longreach, said Barcaldine carrier Shane Ritchie.
L region Darling Downs
L region New South Wales
F money $14,000
L city Longreach
L city Barcaldine
P full Shane Ritchie
> “I’ve got seven trucks running hay six days a week and I’ve never been busier, which tells you how bad it is,” Mr Ritchie said.
Q direct Shane Ritchie :: “I’ve got seven trucks running hay six days a week and I’ve never been busier, which tells you how bad it is,”
F number seven
F duration six days
P partial Ritchie
> The Royal Flying Doctor Service (RFDS) has added a mental health clinician to its Longreach team for six months, and Gregory MP Callum Hartnett said he would ask the state’s agriculture minister to visit the region before the end of the month.
O nonprofit Royal Flying Doctor Service
O nonprofit RFDS
L city Longreach
F duration six months
L region Gregory
P full Callum Hartnett
> Back at Wirrilla Downs, Mr Prentice’s daughter Jess, 24, left a job in Brisbane in June to help feed the cattle he has kept.
L facility Wirrilla Downs
P partial Prentice
P partial Jess
F age 24
L city Brisbane
> “We’re feeding 900 head every second day. It’s three hours in the truck before breakfast,” she said. “Dad keeps saying it’ll rain. I think he says it for us.”
Q direct Jess :: “We’re feeding 900 head every second day. It’s three hours in the truck before breakfast,”
F number 900
F duration three hours
Q direct Jess :: “Dad keeps saying it’ll rain. I think he says it for us.”
'''

ARTICLES['172-nebraska-budget-property-tax-filibuster'] = r'''
> State government
> Rural filibuster stalls Nebraska budget as senators fight over $380 million in property tax relief
L region Nebraska
F money $380 million
> Supporters of the two-year, $11.6 billion spending plan fell two votes short of ending debate; the Legislature has 27 days left to pass a budget
F duration two-year
F money $11.6 billion
F number two
O government Legislature
F duration 27 days
> Margaret Lindahl
P full Margaret Lindahl
> Lincoln Journal Star
O media Lincoln Journal Star
> Apr 23, 2031 Updated Apr 24, 2031
F date Apr 23, 2031
F date Apr 24, 2031
> Sen. Lowell Tietjen of Kearney speaks during budget debate Tuesday in the George W. Norris Legislative Chamber at the State Capitol in Lincoln. GWEN HOLLOWAY, Journal Star
P full Lowell Tietjen
L city Kearney
L facility George W. Norris Legislative Chamber
L facility State Capitol
L city Lincoln
P full GWEN HOLLOWAY
O media Journal Star
> A bloc of rural senators blocked a vote on Nebraska’s two-year, $11.6 billion state budget on Tuesday, vowing to keep it stalled until the Legislature sets aside another $380 million for property tax relief.
L region Nebraska
F duration two-year
F money $11.6 billion
O government Legislature
F money $380 million
> After eight hours of debate on the first of three rounds, the budget’s supporters came up two votes short of the 33 needed to end the filibuster. Thirty-one senators voted to cut off debate and 14 voted against, with four excused or not voting.
F duration eight hours
F number three
F number two
F number 33
F number Thirty-one
F number 14
F number four
> The standoff leaves senators 27 days to pass a budget before the 90-day session ends June 5. The state’s new fiscal year begins July 1.
F duration 27 days
F duration 90-day
F date June 5
F date July 1
> The filibuster is led by Sen. Dale Kuchera of Valentine, whose district covers much of the Sandhills, and by Tietjen, a farmer from Kearney who sits on the Revenue Committee. They say rural landowners pay far more than their share of the cost of schools and counties.
P full Dale Kuchera
L city Valentine
L geo Sandhills
P partial Tietjen
L city Kearney
O government Revenue Committee
> “I have ranchers in Cherry County paying $40,000 a year in property taxes on a place that didn’t net them a dime last year,” Kuchera said on the floor. “Every year we’re told the money isn’t there. Well, it was there for everything else in this budget.”
Q direct Dale Kuchera :: “I have ranchers in Cherry County paying $40,000 a year in property taxes on a place that didn’t net them a dime last year,”
L region Cherry County
F money $40,000
P partial Kuchera
Q direct Dale Kuchera :: “Every year we’re told the money isn’t there. Well, it was there for everything else in this budget.”
> Appropriations Committee Chairwoman Ruth Almquist of Hastings said the committee’s plan already held spending growth to 2.4% a year and included $205 million for property tax credits. Adding another $380 million, she said, would draw the state’s cash reserve down to about $290 million, its lowest level since 2012.
O government Appropriations Committee
P full Ruth Almquist
L city Hastings
F percent 2.4%
F money $205 million
F money $380 million
F money $290 million
F date 2012
> “Every senator in this body wants property tax relief. What we can’t do is write checks the revenue forecast doesn’t cover,” Almquist said. “If corn is at $3.80 this fall, we’ll be back here in a special session cutting the University of Nebraska and nursing home rates.”
Q direct Ruth Almquist :: “Every senator in this body wants property tax relief. What we can’t do is write checks the revenue forecast doesn’t cover,”
P partial Almquist
Q direct Ruth Almquist :: “If corn is at $3.80 this fall, we’ll be back here in a special session cutting the University of Nebraska and nursing home rates.”
F money $3.80
O education University of Nebraska
> In February, the Nebraska Economic Forecasting Advisory Board cut its revenue estimate for the two-year budget period by $146 million, citing lower farm income and slower growth in sales tax receipts.
O government Nebraska Economic Forecasting Advisory Board
F duration two-year
F money $146 million
> Gov. Curtis Wendland, who campaigned on cutting property taxes by a third, has sided with the rural bloc. In a statement Tuesday, he said he would “not sign a budget that ignores the No. 1 issue in this state.”
P full Curtis Wendland
F fraction a third
Q direct Curtis Wendland :: “not sign a budget that ignores the No. 1 issue in this state.”
> Sen. Renata Ocampo of Omaha, whose District 9 covers part of the city’s midtown, accused the bloc of “holding the whole state hostage” for a plan that would mostly benefit large landowners.
P full Renata Ocampo
L city Omaha
L region District 9
Q direct Renata Ocampo :: “holding the whole state hostage”
> “My constituents rent. They pay property taxes through their landlords, and they’ll pay for this with bigger class sizes and longer lines at the DMV,” Ocampo said. “Omaha and Lincoln are paying their share, too.”
Q direct Renata Ocampo :: “My constituents rent. They pay property taxes through their landlords, and they’ll pay for this with bigger class sizes and longer lines at the DMV,”
O government DMV
P partial Ocampo
Q direct Renata Ocampo :: “Omaha and Lincoln are paying their share, too.”
L city Omaha
L city Lincoln
> The Nebraska Farm Bureau, which has pushed for a larger relief package since January, urged senators to “stay the course.” OpenSky Policy Institute, a Lincoln-based think tank, estimated that the $380 million plan would cut the average farm property tax bill by 11% while saving the owner of a $250,000 home in Lincoln about $180 a year.
O nonprofit Nebraska Farm Bureau
Q direct Nebraska Farm Bureau :: “stay the course.”
O nonprofit OpenSky Policy Institute
L city Lincoln
F money $380 million
F percent 11%
F money $250,000
L city Lincoln
F money $180
> Sen. Gary Ostrowski of Scottsbluff said Panhandle farmers could not wait for the state’s finances to improve.
P full Gary Ostrowski
L city Scottsbluff
L region Panhandle
> “Out in the Panhandle we haven’t seen land values drop like this since the 1980s,” Ostrowski said. “Wheat in Sidney was bringing $4.10 a bushel last week. You can’t pay a $31,000 tax bill with $4.10 wheat.”
Q direct Gary Ostrowski :: “Out in the Panhandle we haven’t seen land values drop like this since the 1980s,”
L region Panhandle
F date 1980s
P partial Ostrowski
Q direct Gary Ostrowski :: “Wheat in Sidney was bringing $4.10 a bushel last week. You can’t pay a $31,000 tax bill with $4.10 wheat.”
L city Sidney
F money $4.10
F money $31,000
F money $4.10
> Speaker Tomas Reyes of Grand Island said he would bring the budget back Thursday and keep senators in session into the evening if needed.
P full Tomas Reyes
L city Grand Island
> “I’m not going to let this session end without a budget. Nobody’s going home until we have one,” Reyes said.
Q direct Tomas Reyes :: “I’m not going to let this session end without a budget. Nobody’s going home until we have one,”
P partial Reyes
> Nebraska has had a one-house, officially nonpartisan Legislature, known as the Unicameral, since 1937. With no party caucuses, its budget fights tend to split the 49 senators by region rather than by party.
L region Nebraska
F number one
O government Legislature
O government Unicameral
F date 1937
F number 49
> Outside the chamber, lobbyists for the Nebraska Association of County Officials and several school districts crowded the Capitol rotunda.
O nonprofit Nebraska Association of County Officials
L facility Capitol
> “Counties don’t get a vote in there, but they get the bill,” said Wanda Scheer, a Custer County commissioner from Broken Bow.
Q direct Wanda Scheer :: “Counties don’t get a vote in there, but they get the bill,”
P full Wanda Scheer
L region Custer County
L city Broken Bow
'''

ARTICLES['173-galle-test-sri-lanka-south-africa'] = r'''
> Report
> Amarasekera century and Liyanagama's late strikes put Sri Lanka on top in Galle
P partial Amarasekera
P partial Liyanagama
O team Sri Lanka
L city Galle
> South Africa trail by 15 with eight wickets left after the hosts take a 46-run first-innings lead
O team South Africa
F number 15
F number eight
F number 46
> Aruni Goonewardena
P full Aruni Goonewardena
> 17-Jul-2031
F date 17-Jul-2031
> Ravindu Amarasekera celebrates his third Test century on the third day in Galle • Chamila Jayaweera/AFP via Getty Images
P full Ravindu Amarasekera
L city Galle
P full Chamila Jayaweera
O media AFP
O media Getty Images
> Stumps South Africa 258 and 31 for 2 (Petersen 17*, Liyanagama 2-9) trail Sri Lanka 304 (Amarasekera 112, Weerakkody 61, Ngcobo 4-72, Mqhayi 3-81) by 15 runs
O team South Africa
F score 258
F score 31
F number 2
P partial Petersen
F number 17
P partial Liyanagama
F score 2-9
O team Sri Lanka
F score 304
P partial Amarasekera
F number 112
P partial Weerakkody
F number 61
P partial Ngcobo
F score 4-72
P partial Mqhayi
F score 3-81
F number 15
> Ravindu Amarasekera's patient 112 and two wickets for Nimesh Liyanagama in the last 25 minutes of the day left Sri Lanka in control of the first Test in Galle, with South Africa still 15 runs behind and eight wickets in hand going into the fourth day.
P full Ravindu Amarasekera
F number 112
F number two
P full Nimesh Liyanagama
F duration 25 minutes
O team Sri Lanka
L city Galle
O team South Africa
F number 15
F number eight
> Liyanagama, the left-arm spinner who took 5-64 in the first innings, was getting sharp turn out of the rough by the evening. He had the opener Keagan Adonis caught at short leg for 9, and then bowled the nightwatchman, Sipho Ngcobo, for 0 with the fourth ball of the final over.
P partial Liyanagama
F score 5-64
P full Keagan Adonis
F number 9
P full Sipho Ngcobo
F number 0
> Rivaldo Petersen, unbeaten on 17, will resume alongside the South Africa captain Pieter Malherbe, who is yet to score. Malherbe survived a stumping chance off the last ball of the day when Isuru Weerakkody, Sri Lanka's captain and wicketkeeper, fumbled a delivery that spun past the edge.
P full Rivaldo Petersen
F number 17
O team South Africa
P full Pieter Malherbe
P partial Malherbe
P full Isuru Weerakkody
O team Sri Lanka
> Earlier, Sri Lanka resumed on 180 for 4 and added 124 for their last six wickets. Amarasekera batted for 341 minutes, hit 11 fours and two sixes, and was last out, caught at deep midwicket off the legspinner Thando Mqhayi.
O team Sri Lanka
F score 180
F number 4
F number 124
F number six
P partial Amarasekera
F duration 341 minutes
F number 11
F number two
P full Thando Mqhayi
> He added 97 for the fifth wicket with Weerakkody, who made 61 off 88 balls, and the stand took the game away from South Africa after Ngcobo had removed the opener Kaveen Jayawickrama for 38 on the second evening.
F number 97
P partial Weerakkody
F number 61
F number 88
O team South Africa
P partial Ngcobo
P full Kaveen Jayawickrama
F number 38
> "On this pitch you have to trust your defence first. The runs come if you stay there," Amarasekera said after play. "I grew up 20 minutes from here, in Hikkaduwa, and I have played on this ground since I was 13. I know how it changes after lunch on the third day."
Q direct Ravindu Amarasekera :: "On this pitch you have to trust your defence first. The runs come if you stay there,"
P partial Amarasekera
Q direct Ravindu Amarasekera :: "I grew up 20 minutes from here, in Hikkaduwa, and I have played on this ground since I was 13. I know how it changes after lunch on the third day."
F duration 20 minutes
L city Hikkaduwa
F age 13
> Ngcobo was the best of South Africa's bowlers with 4-72 from 26 overs, getting the old ball to reverse in the morning heat. Mqhayi, playing his first Test in Asia, took 3-81 but went for 4.1 runs an over.
P partial Ngcobo
O team South Africa
F score 4-72
F number 26
P partial Mqhayi
L continent Asia
F score 3-81
F number 4.1
> South Africa's batting coach Gerrit Lourens said the match was not lost. "If we bat 100 overs tomorrow, we put them under real pressure in the fourth innings. It's a big if on this surface, but these guys have done it before," he said.
O team South Africa
P full Gerrit Lourens
Q direct Gerrit Lourens :: "If we bat 100 overs tomorrow, we put them under real pressure in the fourth innings. It's a big if on this surface, but these guys have done it before,"
F number 100
> Liyanagama, who grew up in Matara and plays his domestic cricket for Nondescripts Cricket Club in Colombo, now has 84 wickets in 17 Tests.
P partial Liyanagama
L city Matara
O team Nondescripts Cricket Club
L city Colombo
F number 84
F number 17
> "The ball is gripping and bouncing now. Tomorrow, the first hour is everything," he said.
Q direct Nimesh Liyanagama :: "The ball is gripping and bouncing now. Tomorrow, the first hour is everything,"
> Weerakkody, who called his spinner "the best in the world this year," said Sri Lanka would be patient. "We have two days to take eight wickets. If we bowl well in the first session, we can finish it on day four," he said.
P partial Weerakkody
Q direct Isuru Weerakkody :: "the best in the world this year,"
O team Sri Lanka
Q direct Isuru Weerakkody :: "We have two days to take eight wickets. If we bowl well in the first session, we can finish it on day four,"
F duration two days
F number eight
> South Africa had been bowled out for 258 on the second morning, with Hanno Botes top-scoring on 87.
O team South Africa
F score 258
P full Hanno Botes
F number 87
> A crowd of about 4,500, many of them watching for free from the ramparts of Galle Fort, the 17th-century Dutch fortress between the ground and the Indian Ocean, saw Sri Lanka's lower order frustrate the visitors before lunch.
F number 4,500
L facility Galle Fort
L geo Indian Ocean
O team Sri Lanka
> Rain, common in Galle during the south-west monsoon, stayed away for a third straight day, but the Department of Meteorology has forecast afternoon thunderstorms for the south and west of the island over the weekend.
L city Galle
O government Department of Meteorology
> The three-match series is Sri Lanka's first home Test series against South Africa since 2018. The second Test starts at the Sinhalese Sports Club in Colombo on July 25, and the third will be played at Pallekele, near Kandy.
F number three
O team Sri Lanka
O team South Africa
F date 2018
L facility Sinhalese Sports Club
L city Colombo
F date July 25
L city Pallekele
L city Kandy
> Sri Lanka Cricket (SLC) said more than 8,000 tickets had already been sold for the second Test in Colombo.
O other Sri Lanka Cricket
O other SLC
F number 8,000
L city Colombo
'''

ARTICLES['174-kurigram-brahmaputra-char-erosion'] = r'''
> Bangladesh
L country Bangladesh
> Brahmaputra erosion swallows 600 homes in Kurigram char areas
L geo Brahmaputra
F number 600
L region Kurigram
> Water Development Board says Tk 86 crore protection project for Chilmari still awaits approval
O government Water Development Board
F money Tk 86 crore
L city Chilmari
> Shafiqul Alam Rintu, Kurigram
P full Shafiqul Alam Rintu
L city Kurigram
> Sun Aug 24, 2031 12:00 AM Last update on: Sun Aug 24, 2031 01:24 AM
F date Aug 24, 2031
F time 12:00 AM
F date Aug 24, 2031
F time 01:24 AM
> Villagers dismantle their houses as the Brahmaputra eats into Nayarhat union in Chilmari upazila of Kurigram. The photo was taken on Friday. Photo: Star
L geo Brahmaputra
L region Nayarhat
L region Chilmari
L region Kurigram
O media Star
> At least 600 families in four char unions of Kurigram’s Chilmari and Roumari upazilas have lost their homes to erosion by the Brahmaputra in the past three weeks, as the river, swollen by heavy rain upstream in India’s Assam, turned on land it had spared last year.
F number 600
F number four
L region Kurigram
L region Chilmari
L region Roumari
L geo Brahmaputra
F duration three weeks
L country India
L region Assam
> The worst hit are Ashtamir Char and Nayarhat unions in Chilmari, where the river has eaten up to 3 kilometres into the land in places, according to locals and union parishad members. Erosion has also hit Jadur Char union in Roumari, on the river’s east bank near the border with India’s Meghalaya state.
L region Ashtamir Char
L region Nayarhat
L region Chilmari
F quantity 3 kilometres
L region Jadur Char
L region Roumari
L country India
L region Meghalaya
> “In 20 years I have moved my house seven times. This time the river took the land and the house in a single night,” said Shamsul Haque, 62, of Ashtamir Char, standing beside a pile of corrugated iron sheets on an embankment.
Q direct Shamsul Haque :: “In 20 years I have moved my house seven times. This time the river took the land and the house in a single night,”
F duration 20 years
F number seven
P full Shamsul Haque
F age 62
L region Ashtamir Char
> Haque said he had sold his two cows for Tk 1.1 lakh to buy a plot on the mainland, but the money was not enough.
P partial Haque
F number two
F money Tk 1.1 lakh
> Ashtamir Char Union Parishad Chairman Abdul Mannan said three of the union’s nine wards had lost more than half of their land since 2027. “When the river takes one char, the people move to the next char. Now there is no next char left for them,” he said.
O government Ashtamir Char Union Parishad
P full Abdul Mannan
F number three
F number nine
F fraction half
F date 2027
Q direct Abdul Mannan :: “When the river takes one char, the people move to the next char. Now there is no next char left for them,”
F number one
> Rakibul Hasan, executive engineer of the Bangladesh Water Development Board (BWDB) in Kurigram, said the board had dumped 42,000 sand-filled geo-bags at the most vulnerable points since July, but the current was too strong at several spots.
P full Rakibul Hasan
O government Bangladesh Water Development Board
O government BWDB
L city Kurigram
F number 42,000
> A Tk 86 crore project to protect Chilmari river port and the approach to the Chilmari-Roumari ferry ghat is still awaiting approval, he said.
F money Tk 86 crore
L facility Chilmari
L city Chilmari
L city Roumari
> “We sent the proposal to the water resources ministry in 2029. Until it is approved, we can only do emergency work with sandbags and geo-bags,” Hasan said.
Q direct Rakibul Hasan :: “We sent the proposal to the water resources ministry in 2029. Until it is approved, we can only do emergency work with sandbags and geo-bags,”
F date 2029
P partial Hasan
> The Brahmaputra was flowing 38 cm above the danger level at Chilmari point yesterday, according to the Flood Forecasting and Warning Centre (FFWC).
L geo Brahmaputra
F quantity 38 cm
L facility Chilmari
O government Flood Forecasting and Warning Centre
O government FFWC
> Chilmari Upazila Nirbahi Officer (UNO) Farzana Akter said the administration had given 20 kg of rice and Tk 2,000 in cash to each of 412 families, and that 70 families were staying at two flood shelters and a primary school.
L region Chilmari
P full Farzana Akter
F quantity 20 kg
F money Tk 2,000
F number 412
F number 70
F number two
> “We are also listing the families who have lost all their land, so that they can be considered for khas land and houses under the government’s housing scheme,” she said.
Q direct Farzana Akter :: “We are also listing the families who have lost all their land, so that they can be considered for khas land and houses under the government’s housing scheme,”
> Three government primary schools and a community clinic have gone into the river since August 4, the upazila education office said.
F number Three
F date August 4
> Erosion by the Teesta has also hit Rajarhat and Ulipur upazilas, while the Dharla has damaged roads in Phulbari, according to the district administration.
L geo Teesta
L region Rajarhat
L region Ulipur
L geo Dharla
L region Phulbari
> Prof Mohammad Kamruzzaman, a river engineering expert at Bangladesh University of Engineering and Technology (Buet), said chars were not permanent land.
P full Mohammad Kamruzzaman
O education Bangladesh University of Engineering and Technology
O education Buet
> “The Brahmaputra-Jamuna shifts its channels every monsoon. A char that has stood for 30 years can disappear in two seasons,” he said. “Embankments alone will not save these people. They need land and work on the mainland.”
Q direct Mohammad Kamruzzaman :: “The Brahmaputra-Jamuna shifts its channels every monsoon. A char that has stood for 30 years can disappear in two seasons,”
L geo Brahmaputra-Jamuna
F duration 30 years
F number two
Q direct Mohammad Kamruzzaman :: “Embankments alone will not save these people. They need land and work on the mainland.”
> Abu Sayeed, a programme coordinator at RDRS Bangladesh, an NGO that has worked in the northern chars since the 1970s, said many of the displaced had already left for Dhaka, Gazipur and Narayanganj to work in garment factories or pull rickshaws.
P full Abu Sayeed
O nonprofit RDRS Bangladesh
F date 1970s
L city Dhaka
L city Gazipur
L city Narayanganj
> “Every year after the monsoon, the buses from Kurigram to Dhaka are full of char people. Most of them do not come back,” he said.
Q direct Abu Sayeed :: “Every year after the monsoon, the buses from Kurigram to Dhaka are full of char people. Most of them do not come back,”
L city Kurigram
L city Dhaka
> “Where will we go? On the mainland, land costs Tk 5 lakh a decimal,” said Morjina Begum, 45, who has lived with her three children under a plastic sheet on the embankment since August 9. “My husband went to Dhaka two weeks ago. He has not sent any money yet.”
Q direct Morjina Begum :: “Where will we go? On the mainland, land costs Tk 5 lakh a decimal,”
F money Tk 5 lakh
P full Morjina Begum
F age 45
F number three
F date August 9
Q direct Morjina Begum :: “My husband went to Dhaka two weeks ago. He has not sent any money yet.”
L city Dhaka
F duration two weeks
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
