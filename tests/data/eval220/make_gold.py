#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval220 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval220/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1363-sokoto-badagry-superhighway-oyo-farmers-compensation-saki-premium-times'] = r'''
> South-West
L region South-West
> Sokoto-Badagry Superhighway: Oyo Farmers Demand N41.2bn Compensation As FG Flags Off 258km Section
L street Sokoto-Badagry Superhighway
L region Oyo
F money N41.2bn
O government FG
F quantity 258km
> Farmers say only a quarter of the land taken for the road in Oke-Ogun has been paid for
F fraction a quarter
L region Oke-Ogun
> By Olufunmilayo Adegbite-Raji
P full Olufunmilayo Adegbite-Raji
> March 16, 2039
F date March 16, 2039
> Farmland cleared for the Sokoto-Badagry Superhighway near Saki, Oyo State. [PHOTO: TUNDE AKINYEMI/PREMIUM TIMES]
L street Sokoto-Badagry Superhighway
L city Saki
L region Oyo State
P full TUNDE AKINYEMI
O media PREMIUM TIMES
> Farmers in the Oke-Ogun area of Oyo State have threatened to return to land cleared for the Oyo section of the Sokoto-Badagry Superhighway unless the federal government pays them N41.2 billion in compensation owed since 2037.
L region Oke-Ogun
L region Oyo State
L region Oyo
L street Sokoto-Badagry Superhighway
F money N41.2 billion
F date 2037
> The threat came a day after the Minister of Works, Babajide Olatunji-Ade, flagged off construction of the 258-kilometre section on Tuesday in Saki. The stretch runs from Kishi through Igboho and Saki to Tede, Ago-Are and Iseyin.
P full Babajide Olatunji-Ade
F quantity 258-kilometre
L city Saki
L city Kishi
L city Igboho
L city Saki
L city Tede
L city Ago-Are
L city Iseyin
> Mr Olatunji-Ade said the section would cost N1.46 trillion and would be built in concrete by Kanfan Civil Engineering Limited within 36 months.
P partial Olatunji-Ade
F money N1.46 trillion
O company Kanfan Civil Engineering Limited
F duration 36 months
> “This is not a road for Lagos or Sokoto alone. It is a road for the farmer in Saki who loses half of his tomatoes before they reach the market,” the minister said.
Q direct Babajide Olatunji-Ade :: “This is not a road for Lagos or Sokoto alone. It is a road for the farmer in Saki who loses half of his tomatoes before they reach the market,”
L city Lagos
L city Sokoto
L city Saki
F fraction half
> But the Oke-Ogun Farmers Association (OFA) said 3,200 of its members had lost farmland within the so-called “right of way” and that only about a quarter of them had been paid.
O nonprofit Oke-Ogun Farmers Association
O nonprofit OFA
F number 3,200
Q scare - :: “right of way”
F fraction a quarter
> “When the surveyors came in 2037, they told us, ‘Plant nothing new, the government will pay you before the rains.’ We obeyed. Two harvests have passed and many of us have not seen a kobo,” said the association’s chairman, Chief Lamidi Ayinde-Ogundiran, 64.
Q direct Lamidi Ayinde-Ogundiran :: “When the surveyors came in 2037, they told us, ‘Plant nothing new, the government will pay you before the rains.’ We obeyed. Two harvests have passed and many of us have not seen a kobo,”
F date 2037
F number Two
P full Lamidi Ayinde-Ogundiran
F age 64
> “Some of our members borrowed N800,000 or N1 million to plant cashew and cassava. The bulldozers came and the banks are still asking for their money. If we are not paid by the end of April, we will go back to our farms and plant, road or no road.
Q direct Lamidi Ayinde-Ogundiran :: “Some of our members borrowed N800,000 or N1 million to plant cashew and cassava. The bulldozers came and the banks are still asking for their money. If we are not paid by the end of April, we will go back to our farms and plant, road or no road.
F money N800,000
F money N1 million
> “We are not against the road. We are against being cheated,” he added.
Q direct Lamidi Ayinde-Ogundiran :: “We are not against the road. We are against being cheated,”
> In a statement on Wednesday, the Federal Ministry of Works said it had paid N12.8 billion to “verified claimants” and that the balance would be released “as soon as the enumeration exercise is concluded”.
O government Federal Ministry of Works
F money N12.8 billion
Q direct Federal Ministry of Works :: “verified claimants”
Q direct Federal Ministry of Works :: “as soon as the enumeration exercise is concluded”
> A director in the ministry, who asked not to be named because he was not authorised to speak on the matter, told PREMIUM TIMES that the money had been provided for in the 2039 budget. “The problem is that people who never farmed there have also submitted claims,” he said.
O media PREMIUM TIMES
F date 2039
Q direct - :: “The problem is that people who never farmed there have also submitted claims,”
> The Oyo State Commissioner for Works and Transport, Funmilayo Adesokan-Bello, said the state had set up a 15-member committee to verify the claims and would pay N2.5 billion from its own funds to farmers in Tede and Igboho. “Nobody will be left behind,” she said.
L region Oyo State
P full Funmilayo Adesokan-Bello
F number 15
F money N2.5 billion
L city Tede
L city Igboho
Q direct Funmilayo Adesokan-Bello :: “Nobody will be left behind,”
> At Tede, Mrs Risikat Oyewole said she had lost 4.5 hectares of cassava to the road corridor. “I was paid N350,000 for land my husband’s family farmed for 60 years,” she said.
L city Tede
P full Risikat Oyewole
F quantity 4.5 hectares
Q direct Risikat Oyewole :: “I was paid N350,000 for land my husband’s family farmed for 60 years,”
F money N350,000
F duration 60 years
> The roughly 1,000-kilometre superhighway is designed to link Sokoto in the North-west with Badagry, near the border with the Republic of Benin, passing through Kebbi, Niger, Kwara, Oyo and Ogun states. Last month, the Senate Committee on Works summoned ministry officials over the slow pace of compensation.
F quantity 1,000-kilometre
L city Sokoto
L region North-west
L city Badagry
L country Republic of Benin
L region Kebbi
L region Niger
L region Kwara
L region Oyo
L region Ogun
O government Senate Committee on Works
> Mr Olatunji-Ade said the first 40km, between Kishi and Igboho, would be open to traffic by December 2040.
P partial Olatunji-Ade
F quantity 40km
L city Kishi
L city Igboho
F date December 2040
'''

ARTICLES['1364-sussex-stakes-goodwood-kilcolman-star-de-burca-fairweather-lowe-guardian'] = r'''
> Horse racing
> Kilcolman Star gives Ruairí de Búrca his first Group One in Sussex Stakes
P full Ruairí de Búrca
> The 9-2 shot beat the favourite Hastings Pier by two and a quarter lengths, with the 2,000 Guineas winner only fifth
F number 9-2
F quantity two and a quarter lengths
> Tamsin Whitlock at Goodwood
P full Tamsin Whitlock
L facility Goodwood
> Wed 27 Jul 2039 18.12 BST
F date 27 Jul 2039
F time 18.12 BST
> Ruairí de Búrca drives Kilcolman Star clear of Hastings Pier in the Sussex Stakes. Photograph: Oliver Kettleby/PA
P full Ruairí de Búrca
P full Oliver Kettleby
O media PA
> Ruairí de Búrca had ridden 312 winners in Britain and Ireland without landing a Group One, but the 24-year-old from County Galway ended the wait in the most valuable race of Glorious Goodwood as Kilcolman Star stormed clear in the Sussex Stakes on Wednesday.
P full Ruairí de Búrca
F number 312
L country Britain
L country Ireland
F age 24-year-old
L region County Galway
> Sent off at 9-2, Henrietta Fairweather-Lowe’s four-year-old was held up in sixth as Hastings Pier, the 11-8 favourite, set a strong gallop. De Búrca switched to the outside two furlongs from home, hit the front inside the last and won by two and a quarter lengths, with the French raider Mont Sainte-Odile a neck away in third.
F number 9-2
P full Henrietta Fairweather-Lowe
F duration four-year-old
F number 11-8
P partial De Búrca
F quantity two furlongs
F quantity two and a quarter lengths
> “I’ve waited a long time for this one,” said de Búrca, whose father, Tomás, rode point-to-pointers in County Mayo. “Henrietta told me, ‘Don’t panic if they go quick, he’ll come home,’ and that’s exactly what he did. He was still pulling at the line.”
Q direct Ruairí de Búrca :: “I’ve waited a long time for this one,”
P partial de Búrca
P partial Tomás
L region County Mayo
Q direct Ruairí de Búrca :: “Henrietta told me, ‘Don’t panic if they go quick, he’ll come home,’ and that’s exactly what he did. He was still pulling at the line.”
P partial Henrietta
> Fairweather-Lowe, who trains 46 horses in Lambourn, had turned down big offers for the colt. “It’s a small yard and we’ve never had one like him,” she said. “People told us to sell after Royal Ascot – there was a bid of £1.2m from America – but the owners wanted to keep the dream alive.
P partial Fairweather-Lowe
F number 46
L city Lambourn
Q direct Henrietta Fairweather-Lowe :: “It’s a small yard and we’ve never had one like him,”
Q direct Henrietta Fairweather-Lowe :: “People told us to sell after Royal Ascot – there was a bid of £1.2m from America – but the owners wanted to keep the dream alive.
F money £1.2m
L country America
> “He’ll go to York for the International next month and then we’ll see. Maybe the Breeders’ Cup, maybe a rest.”
Q direct Henrietta Fairweather-Lowe :: “He’ll go to York for the International next month and then we’ll see. Maybe the Breeders’ Cup, maybe a rest.”
L facility York
> Kilcolman Star runs for the Brackenridge Syndicate, 20 retired teachers from Beverley who paid 38,000 guineas for him as a yearling. “We meet in the pub every Monday and argue about where he should run,” said the syndicate’s manager, Geoffrey Ashdown-Pike, 71. “Today nobody argued.”
O other Brackenridge Syndicate
F number 20
L city Beverley
F money 38,000 guineas
Q direct Geoffrey Ashdown-Pike :: “We meet in the pub every Monday and argue about where he should run,”
P full Geoffrey Ashdown-Pike
F age 71
Q direct Geoffrey Ashdown-Pike :: “Today nobody argued.”
> Callum Strachan, who rode Hastings Pier, blamed the ground, officially “good to firm” after Goodwood’s clerk of the course put 4mm of water on it on Monday. “He didn’t handle the camber,” Strachan said.
P full Callum Strachan
Q scare - :: “good to firm”
L facility Goodwood
F quantity 4mm
Q direct Callum Strachan :: “He didn’t handle the camber,”
P partial Strachan
> The bookmaker Coral said 62% of the money staked on the race had been for the favourite, while William Hill cut Kilcolman Star to 5-1 from 12-1 for the Prix de l’Arc de Triomphe at Longchamp in October.
O company Coral
F percent 62%
O company William Hill
F number 5-1
F number 12-1
L facility Longchamp
> The winning time of 1min 36.41sec for the one-mile contest was the fastest since 2029, when the ground was similarly quick.
F duration 1min
F duration 36.41sec
F quantity one-mile
F date 2029
> Earlier, the 3.35, a seven-furlong handicap, went to Sandown Lass at 14-1 for the Middleham trainer Dougie Abernethy, who saddled his first winner at the course in 2031.
F time 3.35
F quantity seven-furlong
F number 14-1
L city Middleham
P full Dougie Abernethy
F date 2031
> The meeting continues on Thursday with the Nassau Stakes, worth £600,000.
F money £600,000
'''

ARTICLES['1365-eu-fishing-quotas-2040-cod-hake-mediterranean-trawl-days-euronews'] = r'''
> Europe
L continent Europe
> EU ministers agree 2040 fishing quotas after all-night talks in Brussels
O intergovernmental EU
F date 2040
L city Brussels
> Catches of cod in the North Sea will fall by 18% next year, but trawlers in the western Mediterranean keep their days at sea
L geo North Sea
F percent 18%
L geo Mediterranean
> By Sofie Lindqvist-Marchal with AFP
P full Sofie Lindqvist-Marchal
O media AFP
> Published on 13/12/2039 - 07:48 GMT+1 • Updated 10:15
F date 13/12/2039
F time 07:48 GMT+1
F time 10:15
> Trawlers moored in the port of Le Guilvinec, Brittany, France - Copyright AP Photo/Yann Kervella
L city Le Guilvinec
L region Brittany
L country France
O media AP
P full Yann Kervella
> European Union fisheries ministers agreed early on Tuesday on catch limits for 2040, cutting the quota for cod in the North Sea by 18% and for northern hake by 9%, but sparing trawlers in the western Mediterranean a further cut in the days they may spend at sea.
O intergovernmental European Union
F date 2040
L geo North Sea
F percent 18%
F percent 9%
L geo Mediterranean
> The deal, reached after 19 hours of talks in Brussels, sets total catches for more than 200 stocks in the Atlantic, the North Sea and the Mediterranean. It still needs formal approval, expected on 19 December.
F duration 19 hours
L city Brussels
F number 200
L geo Atlantic
L geo North Sea
L geo Mediterranean
F date 19 December
> "These are hard numbers for our fishers, but they are the numbers the science gives us," EU Fisheries Commissioner Katrien Van den Bossche told reporters shortly after 6am.
Q direct Katrien Van den Bossche :: "These are hard numbers for our fishers, but they are the numbers the science gives us,"
O intergovernmental EU
P full Katrien Van den Bossche
F time 6am
> Van den Bossche, a former marine biologist from Ostend, said the cod cut was smaller than the 31% the European Commission had proposed in November because the International Council for the Exploration of the Sea (ICES) found the stock was recovering faster than expected. "If we do not rebuild it now, there will be no cod left to argue about in 2045," she said.
P partial Van den Bossche
L city Ostend
F percent 31%
O intergovernmental European Commission
O intergovernmental International Council for the Exploration of the Sea
O intergovernmental ICES
Q direct Katrien Van den Bossche :: "If we do not rebuild it now, there will be no cod left to argue about in 2045,"
F date 2045
> France and Spain, whose fleets take most of the northern hake, had pushed to keep last year's limits. Paris won a 4% increase for plaice in the Channel in return.
L country France
L country Spain
L city Paris
F percent 4%
L geo Channel
> France's fisheries minister, Hélène Le Bihan, called the result "balanced" but said the hake cut alone would cost the port of Le Guilvinec about €14 million a year.
L country France
P full Hélène Le Bihan
Q direct Hélène Le Bihan :: "balanced"
L city Le Guilvinec
F money €14 million
> Spain's minister, Iñaki Etxeberria Ruiz, was blunter. "Vigo and Burela do not live from statistics. They live from fish," Etxeberria Ruiz said, adding that Madrid would ask for an extra €160 million from the EU's fisheries fund for the 1,300 boats affected.
L country Spain
P full Iñaki Etxeberria Ruiz
Q direct Iñaki Etxeberria Ruiz :: "Vigo and Burela do not live from statistics. They live from fish,"
L city Vigo
L city Burela
P partial Etxeberria Ruiz
L city Madrid
F money €160 million
O intergovernmental EU
F number 1,300
> In the western Mediterranean, where days at sea for bottom trawlers have been cut by 40% since 2020, ministers agreed to keep the limit at 157 days per vessel after Italy threatened to block the whole package.
L geo Mediterranean
F percent 40%
F date 2020
F duration 157 days
L country Italy
> In Mazara del Vallo, Sicily's biggest fishing port, boat owner Salvatore Lo Presti, 58, was unimpressed. "In Brussels they call it a 'good result'. Here we have 62 boats left. In 2000 we had more than 300," he said by phone.
L city Mazara del Vallo
L region Sicily
P full Salvatore Lo Presti
F age 58
Q direct Salvatore Lo Presti :: "In Brussels they call it a 'good result'. Here we have 62 boats left. In 2000 we had more than 300,"
L city Brussels
F number 62
F date 2000
F number 300
> Environmental groups were also unhappy. Ocean Futures Network said nine of the 27 quotas it tracks had again been set above scientific advice and accused ministers of treating the so-called "landing obligation" as optional. Ministers had "once again chosen next year's catch over next decade's fish," the group said in a statement.
O nonprofit Ocean Futures Network
F number nine
F number 27
Q scare - :: "landing obligation"
Q direct Ocean Futures Network :: "once again chosen next year's catch over next decade's fish,"
> An EU diplomat, who asked not to be named, said Rome's support had been "bought" with a promise of more money for scrapping old vessels. The Netherlands and Denmark abstained.
O intergovernmental EU
L city Rome
Q direct - :: "bought"
L country Netherlands
L country Denmark
'''

ARTICLES['1366-pampeiro-alimentos-quarterly-profit-china-beef-us-tariffs-reais-reuters'] = r'''
> Brazil's Pampeiro posts 41% profit jump as China beef demand offsets US tariffs
L country Brazil
O company Pampeiro
F percent 41%
L country China
L country US
> By Renata Quintela and Bruno Akamine
P full Renata Quintela
P full Bruno Akamine
> May 16, 2040 11:42 AM GMT-3 Updated 3 hours ago
F date May 16, 2040
F time 11:42 AM GMT-3
F duration 3 hours
> Cattle are seen at a feedlot in Barra do Garcas, Mato Grosso state, Brazil, March 3, 2040. REUTERS/Thiago Rezende Lobo
L city Barra do Garcas
L region Mato Grosso
L country Brazil
F date March 3, 2040
O media REUTERS
P full Thiago Rezende Lobo
> SAO PAULO, May 16 (Reuters) - Brazilian meatpacker Pampeiro Alimentos SA reported a 41% rise in first-quarter net income to 1.24 billion reais ($238 million) late on Tuesday, beating analyst forecasts, as record beef shipments to China made up for weaker U.S. sales after Washington raised tariffs on Brazilian meat.
L city SAO PAULO
F date May 16
O media Reuters
O company Pampeiro Alimentos SA
F percent 41%
F money 1.24 billion reais
F money $238 million
L country China
L country U.S.
L city Washington
> Net revenue grew 12% from a year earlier to 19.8 billion reais, the company said in a securities filing, while adjusted earnings before interest, taxes, depreciation and amortization (EBITDA) rose 19% to 2.31 billion reais, for a margin of 11.7%.
F percent 12%
F money 19.8 billion reais
F percent 19%
F money 2.31 billion reais
F percent 11.7%
> Analysts polled by LSEG had on average expected net income of 980 million reais. Pampeiro shares rose 6.3% in early trading in Sao Paulo on Wednesday, while the broader market gained 0.4%.
O company LSEG
F money 980 million reais
O company Pampeiro
F percent 6.3%
L city Sao Paulo
F percent 0.4%
> "China bought more Brazilian beef in the first quarter than in any quarter in history, and we were ready for it," Chief Executive Luiz Fernando Bastos de Almeida told analysts on a conference call. "We are running our plants at close to 95% of capacity."
Q direct Luiz Fernando Bastos de Almeida :: "China bought more Brazilian beef in the first quarter than in any quarter in history, and we were ready for it,"
L country China
P full Luiz Fernando Bastos de Almeida
Q direct Luiz Fernando Bastos de Almeida :: "We are running our plants at close to 95% of capacity."
F percent 95%
> Bastos de Almeida said Pampeiro exported 212,000 metric tons of beef in the quarter, 58% of it to China, where 11 of its plants are licensed to ship. The company reopened its plant in Mozarlandia, Goias state, in February after Chinese customs lifted a 45-day suspension over a labeling error, he said.
P partial Bastos de Almeida
O company Pampeiro
F quantity 212,000 metric tons
F percent 58%
L country China
F number 11
L city Mozarlandia
L region Goias
F duration 45-day
> Sales to the United States, its second-biggest market, fell 23% to 410 million reais after the U.S. government raised the tariff on Brazilian beef to 36.4% in January. The company said it had shifted part of those volumes to Mexico, Chile and the Philippines and expected "a more balanced second half."
L country United States
F percent 23%
F money 410 million reais
L country U.S.
F percent 36.4%
L country Mexico
L country Chile
L country Philippines
Q direct Pampeiro Alimentos SA :: "a more balanced second half."
> Chief Financial Officer Marina Tavares Quintao said cattle prices, which hit a record 338 reais per arroba in April, were the main risk for the rest of the year. "We are at the top of the cattle cycle. Margins will be tighter from here," she said.
P full Marina Tavares Quintao
F money 338 reais
Q direct Marina Tavares Quintao :: "We are at the top of the cattle cycle. Margins will be tighter from here,"
> "The China story is strong, but investors want to see whether Pampeiro can hold margins when the cycle turns," said Gustavo Mendes Ferraz, an analyst at Itau BBA, who rates the stock "outperform."
Q direct Gustavo Mendes Ferraz :: "The China story is strong, but investors want to see whether Pampeiro can hold margins when the cycle turns,"
L country China
O company Pampeiro
P full Gustavo Mendes Ferraz
O company Itau BBA
Q scare - :: "outperform."
> A person familiar with the company's plans said Pampeiro was also studying a listing of its U.S. unit in New York that could raise up to $1 billion. "Nothing will happen before 2041," the person said.
O company Pampeiro
L country U.S.
L city New York
F money $1 billion
Q direct - :: "Nothing will happen before 2041,"
F date 2041
> Pampeiro runs 23 slaughterhouses in Brazil, Paraguay and Uruguay that can process 31,500 head of cattle a day, and plans to invest 1.6 billion reais through 2042, including a new plant in Rondonopolis, Mato Grosso, due to open in the second half of 2041.
O company Pampeiro
F number 23
L country Brazil
L country Paraguay
L country Uruguay
F number 31,500
F money 1.6 billion reais
F date 2042
L city Rondonopolis
L region Mato Grosso
F date 2041
> ($1 = 5.2100 reais)
F money $1
F money 5.2100 reais
> Reporting by Renata Quintela and Bruno Akamine; Editing by Harriet Vanderhoff
P full Renata Quintela
P full Bruno Akamine
P full Harriet Vanderhoff
'''

ARTICLES['1367-green-line-extension-operating-gap-met-council-hopkins-eden-prairie-star-tribune'] = r'''
> Transportation
> Met Council faces $48 million gap to keep Green Line Extension trains running
O government Met Council
F money $48 million
> Weekend trains to Eden Prairie could come only every 20 minutes as fares fall short of forecasts.
L city Eden Prairie
F duration 20 minutes
> By Nora Lindahl-Vue
P full Nora Lindahl-Vue
> March 20, 2040 — 5:41PM
F date March 20, 2040
F time 5:41PM
> A Green Line Extension train pulls into the Downtown Hopkins station on Tuesday. (Erik Sandoval-Haugen/The Minnesota Star Tribune)
L facility Downtown Hopkins
P full Erik Sandoval-Haugen
O media The Minnesota Star Tribune
> The Metropolitan Council faces a $48 million gap over the next two years in the operating budget of the Green Line Extension, the 14.5-mile light-rail line between downtown Minneapolis and Eden Prairie, and is weighing cuts to weekend service and station security to close it.
O government Metropolitan Council
F money $48 million
F duration two years
F quantity 14.5-mile
L city Minneapolis
L city Eden Prairie
> Ridership on the line, which opened in 2027, averaged 21,400 weekday boardings in 2039, about 62% of the 34,500 forecast when the project won federal funding, according to a Met Council report released Tuesday.
F date 2027
F number 21,400
F date 2039
F percent 62%
F number 34,500
O government Met Council
> “We built this line for the region we expected, and the region changed,” Met Council Chair Rosalind Okonkwo-Strand said at a committee meeting in St. Paul. “More people work from home on Fridays than ride the train on Saturdays. We have to plan for the riders we have.”
Q direct Rosalind Okonkwo-Strand :: “We built this line for the region we expected, and the region changed,”
O government Met Council
P full Rosalind Okonkwo-Strand
L city St. Paul
Q direct Rosalind Okonkwo-Strand :: “More people work from home on Fridays than ride the train on Saturdays. We have to plan for the riders we have.”
> Under a plan presented by staff, trains would run every 20 minutes on weekends instead of every 12, saving about $6.1 million a year. The council would also close the Opus station in Minnetonka on Sundays and cut private security patrols at stations from 18 hours a day to 10.
F duration 20 minutes
F number 12
F money $6.1 million
L facility Opus
L city Minnetonka
F duration 18 hours
F number 10
> Suburban leaders were quick to object. Hopkins Mayor Dominic Ruhland-Baptiste said the cuts would “punish the cities that said yes” to the line, which runs through downtown Hopkins and past the Blake Road apartments.
L city Hopkins
P full Dominic Ruhland-Baptiste
Q direct Dominic Ruhland-Baptiste :: “punish the cities that said yes”
L city Hopkins
L street Blake Road
> “Hopkins zoned for 3,000 new apartments within a half-mile of our three stations because the Met Council promised frequent service,” he said. “People moved here without cars. Now we’re telling them to wait 20 minutes on a Saturday night.
Q direct Dominic Ruhland-Baptiste :: “Hopkins zoned for 3,000 new apartments within a half-mile of our three stations because the Met Council promised frequent service,”
L city Hopkins
F number 3,000
F quantity half-mile
F number three
O government Met Council
Q direct Dominic Ruhland-Baptiste :: “People moved here without cars. Now we’re telling them to wait 20 minutes on a Saturday night.
F duration 20 minutes
> “That’s not a transit system. That’s a bus schedule on rails.”
Q direct Dominic Ruhland-Baptiste :: “That’s not a transit system. That’s a bus schedule on rails.”
> Hennepin County, which helped pay for the line’s $2.86 billion construction, has said it will not cover operating costs. “We paid to build it. Running it was always the council’s job,” said County Commissioner Anneliese Vang, whose district includes Eden Prairie.
L region Hennepin County
F money $2.86 billion
Q direct Anneliese Vang :: “We paid to build it. Running it was always the council’s job,”
P full Anneliese Vang
L city Eden Prairie
> State Rep. Kyle Brandvold, DFL-St. Louis Park, said he would ask the Legislature for $20 million in one-time aid to keep 12-minute service through 2041.
P full Kyle Brandvold
L city St. Louis Park
O government Legislature
F money $20 million
F duration 12-minute
F date 2041
> At SouthWest Station in Eden Prairie, Marisol Quiñones-Pratt, 34, who takes the train to a hospital job in downtown Minneapolis, said she already leaves 40 minutes early on weekends. “If they cut it more, I’ll buy a car, and then they lose me on weekdays too,” she said.
L facility SouthWest Station
L city Eden Prairie
P full Marisol Quiñones-Pratt
F age 34
L city Minneapolis
F duration 40 minutes
Q direct Marisol Quiñones-Pratt :: “If they cut it more, I’ll buy a car, and then they lose me on weekdays too,”
> A Metro Transit official who was not authorized to speak publicly said fare evasion on the line was running near 15%. “The cameras tell us how many people ride. The fareboxes tell a different story,” the official said. In a statement, Metro Transit said it would add fare inspectors “at the busiest stations first.”
O government Metro Transit
F percent 15%
Q direct - :: “The cameras tell us how many people ride. The fareboxes tell a different story,”
O government Metro Transit
Q direct Metro Transit :: “at the busiest stations first.”
> The council will hold public hearings at 6 p.m. April 9 at Hopkins City Hall, 1010 1st St. S., and at 6 p.m. April 11 in Eden Prairie. A final vote is scheduled for May 27.
F time 6 p.m.
F date April 9
L facility Hopkins City Hall
L address 1010 1st St. S.
F time 6 p.m.
F date April 11
L city Eden Prairie
F date May 27
'''

ARTICLES['1368-llanwern-steelworks-415-jobs-cold-mill-tata-newport-unions-south-wales-argus'] = r'''
> News
> 'Hammer blow' for Newport as 415 jobs to go at Llanwern steelworks
Q direct Alun ap Rhys-Bevan :: 'Hammer blow'
L city Newport
F number 415
L facility Llanwern
> Tata Steel UK will close the cold mill at the site by the end of September
O company Tata Steel UK
> By Gethin Pryce-Morgan
P full Gethin Pryce-Morgan
> Chief reporter
> 5:32pm 13th March 2040
F time 5:32pm
F date 13th March 2040
> The Llanwern steelworks near Newport. Picture: Newsquest
L facility Llanwern
L city Newport
O media Newsquest
> MORE than 400 jobs are to go at the Llanwern steelworks after Tata Steel UK confirmed it will close the plant's cold mill and pickle line by the end of September.
F number 400
L facility Llanwern
O company Tata Steel UK
> Staff were told on Tuesday that 415 of the site's 1,180 workers would lose their jobs, with steel from the electric arc furnace at Port Talbot to be rolled at IJmuiden in the Netherlands instead.
F number 415
F number 1,180
L city Port Talbot
L city IJmuiden
L country Netherlands
> A Tata Steel UK spokesperson said: "Demand for the cold-rolled products made at Llanwern has fallen by 38 per cent since 2035. We have looked at every alternative, but the mill is losing around £1.1m a week."
O company Tata Steel UK
Q direct - :: "Demand for the cold-rolled products made at Llanwern has fallen by 38 per cent since 2035. We have looked at every alternative, but the mill is losing around £1.1m a week."
L facility Llanwern
F percent 38 per cent
F date 2035
F money £1.1m
> Alun ap Rhys-Bevan, the Community union's national officer for Wales, called the announcement a "hammer blow" for Newport and the wider Gwent area.
P full Alun ap Rhys-Bevan
O nonprofit Community
L country Wales
Q direct Alun ap Rhys-Bevan :: "hammer blow"
L city Newport
L region Gwent
> "These are skilled jobs paying £42,000 on average, and you cannot replace them with warehouse work at £11.90 an hour," he said. "Many of our members are third-generation steelworkers. Their grandfathers helped build this place in 1962.
Q direct Alun ap Rhys-Bevan :: "These are skilled jobs paying £42,000 on average, and you cannot replace them with warehouse work at £11.90 an hour,"
F money £42,000
F money £11.90
Q direct Alun ap Rhys-Bevan :: "Many of our members are third-generation steelworkers. Their grandfathers helped build this place in 1962.
F date 1962
> "We will be balloting members on industrial action if the company does not come back with a better offer."
Q direct Alun ap Rhys-Bevan :: "We will be balloting members on industrial action if the company does not come back with a better offer."
> The GMB union said it would seek "urgent talks" with the company and the Welsh Government.
O nonprofit GMB
Q direct GMB :: "urgent talks"
O government Welsh Government
> Casnewydd Islwyn MS Carys Wyn-Lloyd said she had asked ministers for a task force. "The Welsh Government stepped in at Port Talbot. Newport deserves no less," she said.
L region Casnewydd Islwyn
P full Carys Wyn-Lloyd
Q direct Carys Wyn-Lloyd :: "The Welsh Government stepped in at Port Talbot. Newport deserves no less,"
O government Welsh Government
L city Port Talbot
L city Newport
> Newport East MP Hywel Treharne said he would raise the cuts in the Commons on Wednesday and urged the UK government to "look again at the price of power for heavy industry".
L region Newport East
P full Hywel Treharne
O government Commons
L country UK
Q direct Hywel Treharne :: "look again at the price of power for heavy industry"
> Newport City Council leader Cllr Sioned Parry-Jenkins (Labour) said: "This is a dark day for the city and for every family in the east of Newport."
O government Newport City Council
P full Sioned Parry-Jenkins
Q direct Sioned Parry-Jenkins :: "This is a dark day for the city and for every family in the east of Newport."
L city Newport
> Crane driver Dean O'Sullivan, 47, from Alway, has worked at Llanwern for 26 years. "My dad did 38 years here and I thought I'd finish my time here too. Now I've got six months," he said.
P full Dean O'Sullivan
F age 47
L city Alway
L facility Llanwern
F duration 26 years
Q direct Dean O'Sullivan :: "My dad did 38 years here and I thought I'd finish my time here too. Now I've got six months,"
F duration 38 years
F duration six months
> The plant opened as the Spencer Works in 1962 and stopped making iron and steel in 2001. It now rolls and coats steel made elsewhere, much of it for car makers and the construction industry, and the company said its two galvanising lines and the remaining 765 jobs were not affected.
L facility Spencer Works
F date 1962
F date 2001
F number two
F number 765
> Tata Steel UK said a £13m transition fund would pay for retraining and that workers aged 55 or over could take early retirement. It expects about 160 of those affected to take voluntary redundancy.
O company Tata Steel UK
F money £13m
F age 55
F number 160
> A 45-day consultation with unions begins on Monday 19th March.
F duration 45-day
F date 19th March
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
