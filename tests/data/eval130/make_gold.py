#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval130 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval130/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['823-apam-canoes-idle-premix-fuel-shortage-gomoa-west-fishmongers-graphic-online'] = r'''
> News
> Apam fishermen beach canoes as premix fuel runs dry for third week
L city Apam
> Author: Kwamena Ansah-Yeboah
P full Kwamena Ansah-Yeboah
> Jun - 14 - 2038 , 07:45
F date Jun - 14 - 2038
F time 07:45
> Some of the idle canoes at the Apam landing beach in the Gomoa West District. Picture: Kwamena Ansah-Yeboah
L city Apam
L region Gomoa West District
P full Kwamena Ansah-Yeboah
> More than 300 canoes have been lying idle at Apam in the Gomoa West District of the Central Region for the past 19 days because of a shortage of premix fuel, the subsidised outboard-motor fuel on which artisanal fishermen depend.
F number 300
L city Apam
L region Gomoa West District
L region Central Region
F duration 19 days
> The Chief Fisherman of Apam, Nana Kwesi Abaka III, told the Daily Graphic on Thursday that the last consignment of 18,000 litres arrived on May 26 and was exhausted within two days.
L city Apam
P full Kwesi Abaka III
O media Daily Graphic
F quantity 18,000 litres
F date May 26
F duration two days
> “We have 312 canoes registered here and each one carries between 10 and 25 crew. When the fuel does not come, nobody eats, not the fishermen, not the fishmongers, not the children,” he said.
Q direct Kwesi Abaka III :: “We have 312 canoes registered here and each one carries between 10 and 25 crew. When the fuel does not come, nobody eats, not the fishermen, not the fishmongers, not the children,”
F number 312
F number 10
F number 25
> He said some canoe owners had started buying premix on the open market at GH¢38 a litre, almost double the approved price of GH¢21.50, while others were travelling to Winneba and Senya Beraku in search of fuel.
F money GH¢38
F money GH¢21.50
L city Winneba
L city Senya Beraku
> 'Diverted to other uses'
Q direct Ebo Quansah-Mensah :: 'Diverted to other uses'
> The Central Regional Secretary of the Ghana National Canoe Fishermen Council (GNCFC), Ebo Quansah-Mensah, alleged that part of the fuel meant for landing beaches in the region was being “diverted to other uses” by some members of landing beach committees.
O nonprofit Ghana National Canoe Fishermen Council
O nonprofit GNCFC
P full Ebo Quansah-Mensah
Q direct Ebo Quansah-Mensah :: “diverted to other uses”
> “Premix is not for fishing alone any more. You see it in generators, in galamsey pits and in cars on the highway. The government must tighten the system,” he said.
Q direct Ebo Quansah-Mensah :: “Premix is not for fishing alone any more. You see it in generators, in galamsey pits and in cars on the highway. The government must tighten the system,”
> The National Premix Fuel Secretariat, in a statement signed by its Public Relations Officer, Mrs Adwoa Serwaa Boakye, explained that delays in lifting products from the Tema Oil Refinery had affected supplies to 57 landing beaches along the coast since the beginning of June.
O government National Premix Fuel Secretariat
P full Adwoa Serwaa Boakye
O company Tema Oil Refinery
F number 57
> It said 1.2 million litres had been released to the Central and Western regions on Wednesday and that “normal supply should resume by the end of next week”.
F quantity 1.2 million litres
L region Central
L region Western
Q direct National Premix Fuel Secretariat :: “normal supply should resume by the end of next week”
> At the beach on Thursday afternoon, fishmongers who buy and smoke the catch sat beside cold ovens. Efua Arthur, 46, a fish processor and mother of five, said she had borrowed GH¢2,500 from a susu collector to keep her business running.
P full Efua Arthur
F age 46
F number five
F money GH¢2,500
> “In a good season I smoke 20 pans of herring a day. Now I have not lit my oven for two weeks,” she said.
Q direct Efua Arthur :: “In a good season I smoke 20 pans of herring a day. Now I have not lit my oven for two weeks,”
F number 20
F duration two weeks
> The closed season for artisanal fishing, which ran from July 1 to July 31 last year, is expected to be announced soon by the Ministry of Fisheries and Aquaculture, and fishermen fear they will go into it without having recovered their losses.
F date July 1
F date July 31
O government Ministry of Fisheries and Aquaculture
> The District Chief Executive for Gomoa West, Fiifi Mensah Arhin, said the assembly had written to the Fisheries Commission and would meet the canoe owners on Monday.
L region Gomoa West
P full Fiifi Mensah Arhin
O government Fisheries Commission
> Apam, a town of about 25,000 people, is one of the largest landing beaches in the Central Region, and its smoked fish is sold as far as Kumasi and Burkina Faso.
L city Apam
F number 25,000
L region Central Region
L city Kumasi
L country Burkina Faso
'''

ARTICLES['824-ksamil-sunbeds-coastline-agency-orders-three-beaches-cleared-sarande-exit-news'] = r'''
> Coastline agency orders sunbeds off three Ksamil beaches
F number three
L city Ksamil
> 18 Jun 2038
F date 18 Jun 2038
> Exit News
O media Exit News
> Sunbeds and umbrellas on a beach in Ksamil, southern Albania. (Photo: Exit)
L city Ksamil
L country Albania
O media Exit
> The National Coastline Agency has ordered beach bars in Ksamil to remove sunbeds from three public beaches by June 25, after visitors complained that they could not find a free metre of sand to lay a towel.
O government National Coastline Agency
L city Ksamil
F number three
F date June 25
> In a decision published on Tuesday, the agency said at least 30% of every beach must stay free of sunbeds, as required by a government decision of 2036, and that inspectors had found beaches in Ksamil where “not a single square metre” was left for the public.
F percent 30%
F date 2036
L city Ksamil
Q direct National Coastline Agency :: “not a single square metre”
> The three beaches, known locally as Plazhi i Pulëbardhave, Plazhi i Mirë and Lori Beach, are among the busiest on the Albanian Riviera. In July, a set of two sunbeds and an umbrella in Ksamil costs between 2,500 and 4,000 lek (€25 to €40) a day, according to prices displayed by the bars.
F number three
L geo Plazhi i Pulëbardhave
L geo Plazhi i Mirë
L geo Lori Beach
L region Albanian Riviera
F number two
L city Ksamil
F money 2,500
F money 4,000 lek
F money €25
F money €40
> Arben Hysenaj, who runs a bar with 140 sunbeds on one of the beaches, said the decision came “in the middle of the season” and would cost him half his income.
P full Arben Hysenaj
F number 140
Q direct Arben Hysenaj :: “in the middle of the season”
F fraction half
> “We paid the municipality for the concession in March. We hired 12 workers. Now, two weeks before the Italians and the Poles arrive, they tell us to take away half of the beds,” he told Exit.
Q direct Arben Hysenaj :: “We paid the municipality for the concession in March. We hired 12 workers. Now, two weeks before the Italians and the Poles arrive, they tell us to take away half of the beds,”
F number 12
F duration two weeks
F fraction half
O media Exit
> Another operator, who asked not to be named, said many bars did not have a concession at all. “Everyone knows who works legally and who doesn’t. The agency comes once a year, takes photos, and leaves,” he said.
Q direct - :: “Everyone knows who works legally and who doesn’t. The agency comes once a year, takes photos, and leaves,”
> The Municipality of Sarandë, which issues the beach concessions, said it would “fully respect” the agency’s decision. Mayor Gëzim Lleshi told reporters on Wednesday that 46 concessions had been granted in Ksamil for the 2038 season, against 31 in 2035.
O government Municipality of Sarandë
Q direct Municipality of Sarandë :: “fully respect”
P full Gëzim Lleshi
F number 46
L city Ksamil
F date 2038
F number 31
F date 2035
> “Ksamil is not the Ksamil of ten years ago. We went from 90,000 visitors in 2028 to more than 400,000 last year. We need order, but we also need the people who built this tourism,” Lleshi said.
Q direct Gëzim Lleshi :: “Ksamil is not the Ksamil of ten years ago. We went from 90,000 visitors in 2028 to more than 400,000 last year. We need order, but we also need the people who built this tourism,”
L city Ksamil
L city Ksamil
F duration ten years
F number 90,000
F date 2028
F number 400,000
P partial Lleshi
> Ksamil, a former fishing village 17 kilometres south of Sarandë and across the strait from the Greek island of Corfu, has been built up rapidly over the past decade. Much of the construction is illegal, and the village sits on the edge of Butrint National Park, a UNESCO World Heritage site.
L city Ksamil
F quantity 17 kilometres
L city Sarandë
L geo Corfu
L geo Butrint National Park
O intergovernmental UNESCO
> Tourists interviewed by Exit on Thursday were divided. Katarzyna Wróbel, 34, from Kraków, said she had paid €35 for two sunbeds on Wednesday but had to walk 20 minutes to find a place on the public part of the beach for her parents.
O media Exit
P full Katarzyna Wróbel
F age 34
L city Kraków
F money €35
F number two
F duration 20 minutes
> “It’s beautiful, but it’s full. Next year maybe Greece,” she said.
Q direct Katarzyna Wróbel :: “It’s beautiful, but it’s full. Next year maybe Greece,”
L country Greece
> The agency said inspectors would return to Ksamil on June 26 and that bars that did not comply would face fines of up to 500,000 lek and the loss of their concession.
L city Ksamil
F date June 26
F money 500,000 lek
'''

ARTICLES['825-grace-hamilton-118-northern-brave-beat-canterbury-magicians-seddon-park-hallyburton-johnstone-stuff'] = r'''
> Cricket
> Hamilton's unbeaten 118 sends Brave into Hallyburton Johnstone Shield final
P partial Hamilton
F number 118
O team Brave
O other Hallyburton Johnstone Shield
> Grace Hamilton hit a career-best 118 not out as the Northern Brave chased down 242 with 15 balls to spare to beat the Canterbury Magicians by four wickets at Seddon Park.
P full Grace Hamilton
F number 118
O team Northern Brave
F number 242
F number 15
O team Canterbury Magicians
F number four
L facility Seddon Park
> Mereana Pohatu-Whitiora 17:42, Feb 12 2039
P full Mereana Pohatu-Whitiora
F time 17:42
F date Feb 12 2039
> Grace Hamilton celebrates her century for the Northern Brave against Canterbury at Seddon Park in Hamilton on Saturday. Kerry Marsh/Photosport
P full Grace Hamilton
O team Northern Brave
O team Canterbury
L facility Seddon Park
L city Hamilton
P full Kerry Marsh
O media Photosport
> Grace Hamilton had never scored a one-day century before Saturday. By the end of it, the 22-year-old from Te Awamutu had two records and a home final.
P full Grace Hamilton
F age 22-year-old
L city Te Awamutu
F number two
> The Northern Brave batter's 118 not out, from 131 balls with 14 fours and two sixes, took her side to 242-6 in 47.3 overs, past the Canterbury Magicians' 241-8, and booked a final against the Wellington Blaze on February 26.
O team Northern Brave
F number 118
F number 131
F number 14
F number two
F score 242-6
F number 47.3
O team Canterbury Magicians
F score 241-8
O team Wellington Blaze
F date February 26
> It was the highest score by a Brave player in the competition since 2031 and the highest successful chase at the ground in the women's one-day game.
O team Brave
F date 2031
> “I just wanted to be there at the end. Liv kept telling me, ‘one ball at a time, one ball at a time’, and I stopped looking at the scoreboard,” Hamilton said.
Q direct Grace Hamilton :: “I just wanted to be there at the end. Liv kept telling me, ‘one ball at a time, one ball at a time’, and I stopped looking at the scoreboard,”
P partial Liv
P partial Hamilton
> Liv is Olivia Tautahi-Lemalu, the Brave captain, who made 46 in a 112-run stand for the fifth wicket that turned the game after the hosts had slipped to 97-4 in the 24th over.
P partial Liv
P full Olivia Tautahi-Lemalu
O team Brave
F number 46
F number 112
F score 97-4
> Canterbury had chosen to bat on a slow pitch and were held together by opener Sophie Ranginui, who made 87 from 102 balls before she was stumped off the leg-spin of Aanya Deshpande. Deshpande finished with 3-38 from her 10 overs.
O team Canterbury
P full Sophie Ranginui
F number 87
F number 102
P full Aanya Deshpande
P partial Deshpande
F score 3-38
F number 10
> Magicians coach Bridget Oakes said her side had been 20 runs short. “We had them where we wanted them at 97 for four. Credit to Grace, she played the innings of her life,” she said.
O team Magicians
P full Bridget Oakes
F number 20
Q direct Bridget Oakes :: “We had them where we wanted them at 97 for four. Credit to Grace, she played the innings of her life,”
F score 97 for four
P partial Grace
> Deshpande, 19, who was called into the Brave squad in December, now has 21 wickets in the competition, two short of the record for a single season set by the Blaze's Hinemoa Te Rangi in 2034.
P partial Deshpande
F age 19
O team Brave
F number 21
F number two
O team Blaze
P full Hinemoa Te Rangi
F date 2034
> Brave coach Tom Whitcombe said Hamilton's innings had been “a long time coming” after two seasons in which she had been moved up and down the order.
O team Brave
P full Tom Whitcombe
P partial Hamilton
Q direct Tom Whitcombe :: “a long time coming”
F duration two seasons
> The result lifted the Brave to 34 points from 10 matches, four clear of the Blaze, who beat the Otago Sparks by 62 runs at the Basin Reserve to finish second.
O team Brave
F number 34
F number 10
F number four
O team Blaze
O team Otago Sparks
F number 62
L facility Basin Reserve
> The final starts at Seddon Park at 10.30am on February 26 and will be shown live on Sky.
L facility Seddon Park
F time 10.30am
F date February 26
O company Sky
> SCORECARD
> Canterbury Magicians 241-8 (50 overs): S Ranginui 87, K Fowler 38, E Tamihana 29; A Deshpande 3-38, O Tautahi-Lemalu 2-44.
O team Canterbury Magicians
F score 241-8
F number 50
P full S Ranginui
F number 87
P full K Fowler
F number 38
P full E Tamihana
F number 29
P full A Deshpande
F score 3-38
P full O Tautahi-Lemalu
F score 2-44
> Northern Brave 242-6 (47.3 overs): G Hamilton 118*, O Tautahi-Lemalu 46; R Vaughan 2-41, H Kereama 2-50.
O team Northern Brave
F score 242-6
F number 47.3
P full G Hamilton
F number 118
P full O Tautahi-Lemalu
F number 46
P full R Vaughan
F score 2-41
P full H Kereama
F score 2-50
> Northern Brave won by four wickets. Points: Northern Brave 5, Canterbury Magicians 0.
O team Northern Brave
F number four
O team Northern Brave
F number 5
O team Canterbury Magicians
F number 0
'''

ARTICLES['826-xe-bang-fai-drought-dry-season-rice-khammouane-pump-stations-nam-theun-laotian-times'] = r'''
> Drought Leaves Dry-Season Rice Wilting Along Xe Bang Fai in Khammouane
L geo Xe Bang Fai
L region Khammouane
> By Souksavanh Phetdavong
P full Souksavanh Phetdavong
> April 9, 2039
F date April 9, 2039
> A farmer inspects his dry-season rice in Mahaxay District, Khammouane Province. (Photo: KPL)
L region Mahaxay District
L region Khammouane Province
O media KPL
> Nearly 4,000 hectares of dry-season rice in Khammouane Province could be lost this month after water levels in the Xe Bang Fai fell below the intakes of irrigation pump stations, provincial officials have warned.
F quantity 4,000 hectares
L region Khammouane Province
L geo Xe Bang Fai
> According to the Khammouane Provincial Agriculture and Environment Department, 11 of the 26 pump stations along the river stopped working in late March, leaving farmers in Mahaxay, Xebangfai and Nongbok districts without water just weeks before harvest.
O government Khammouane Provincial Agriculture and Environment Department
F number 11
F number 26
L region Mahaxay
L region Xebangfai
L region Nongbok
> The Xe Bang Fai, a tributary of the Mekong, is at its lowest level for April since records began in 1994, the department said, with the gauge at Mahaxay reading 1.12 metres on Monday, against an April average of 2.4 metres.
L geo Xe Bang Fai
L geo Mekong
F date 1994
L city Mahaxay
F quantity 1.12 metres
F quantity 2.4 metres
> Mr. Khamphet Vongsavath, 58, a farmer in Ban Na Khai village in Xebangfai District, said his family had planted 2.5 hectares in December with a loan of 15 million kip from Nayobai Bank.
P full Khamphet Vongsavath
F age 58
L city Ban Na Khai
L region Xebangfai District
F quantity 2.5 hectares
F money 15 million kip
O company Nayobai Bank
> "The rice is flowering now. If it gets no water for another ten days, we will have nothing to sell and nothing to eat, and the bank will still want its money," he said.
Q direct Khamphet Vongsavath :: "The rice is flowering now. If it gets no water for another ten days, we will have nothing to sell and nothing to eat, and the bank will still want its money,"
F duration ten days
> Mr. Khamphet said traders from Thailand had offered 2,800 kip per kilo for paddy before the drought, but few were now willing to come to the villages.
P partial Khamphet
L country Thailand
F money 2,800 kip
> The deputy director of the provincial department, Ms. Vilayphone Sisoulath, told reporters in Thakhek on Tuesday that the province had asked the Ministry of Agriculture and Environment for 20 mobile pumps and 3.5 billion kip (about USD 160,000) to dig channels to deeper sections of the river.
P full Vilayphone Sisoulath
L city Thakhek
O government Ministry of Agriculture and Environment
F number 20
F money 3.5 billion kip
F money USD 160,000
> "We cannot make rain, but we can move water. Where the river is deep enough, we will pump day and night," she said, adding that electricity for the pumps would be supplied free of charge by Électricité du Laos until the end of April.
Q direct Vilayphone Sisoulath :: "We cannot make rain, but we can move water. Where the river is deep enough, we will pump day and night,"
O company Électricité du Laos
> She said the Nam Theun 2 hydropower plant, which discharges its water into the Xe Bang Fai, had been asked to release more water during the day, but that its operator had to keep a minimum level in the Nakai reservoir.
L facility Nam Theun 2
L geo Xe Bang Fai
L geo Nakai
> The Nam Theun 2 Power Company (NTPC) said in a statement on Wednesday that it was "following the situation closely" and had increased its releases by 15 percent since April 1.
O company Nam Theun 2 Power Company
O company NTPC
Q direct Nam Theun 2 Power Company :: "following the situation closely"
F percent 15 percent
F date April 1
> An official at the Nongbok district agriculture office, who asked not to be named, said many families had already sent young men to work in Thailand. "After this harvest, more will go," the official said.
L region Nongbok
L country Thailand
Q direct - :: "After this harvest, more will go,"
> Khammouane is one of the main rice-growing provinces of central Laos, producing around 380,000 tonnes of paddy a year. About a third of it comes from the dry season, when farmers rely entirely on irrigation.
L region Khammouane
L country Laos
F quantity 380,000 tonnes
F fraction a third
> The Lao Statistics Bureau reported last month that the national rice harvest fell 6.3 percent in 2038, to 3.9 million tonnes, after floods in the south in September.
O government Lao Statistics Bureau
F percent 6.3 percent
F date 2038
F quantity 3.9 million tonnes
> Agricultural officials have urged farmers in the area to switch part of their dry-season land to crops that need less water, such as mung beans and maize.
'''

ARTICLES['827-port-hood-wharf-dredging-inverness-county-council-lobster-boats-tide-cape-breton-post'] = r'''
> Inverness County council puts $450,000 toward Port Hood dredging as lobster boats wait for the tide
L region Inverness County
F money $450,000
L city Port Hood
> Harbour authority says 12 boats can only leave at high tide
F number 12
> Iain MacKinnon-Beaton · Cape Breton Post | Posted: May 3, 2038, 6:05 p.m.
P full Iain MacKinnon-Beaton
O media Cape Breton Post
F date May 3, 2038
F time 6:05 p.m.
> Lobster boats tied up at the Port Hood wharf on Saturday. Silt has built up at the mouth of the harbour since a storm last fall. Iain MacKinnon-Beaton • Cape Breton Post
L city Port Hood
P full Iain MacKinnon-Beaton
O media Cape Breton Post
> PORT HOOD, N.S. — Municipal council for the County of Inverness has voted to put $450,000 toward dredging the harbour at Port Hood, where lobster fishers say they have been losing days on the water since the spring season opened on April 30.
L city PORT HOOD
L region N.S.
L region County of Inverness
F money $450,000
L city Port Hood
F date April 30
> The motion passed 7-2 at last Tuesday's council meeting, after a presentation by the Port Hood Harbour Authority. The money will be paid only if Fisheries and Oceans Canada agrees to cover the rest of the $1.6-million project this year.
F number 7-2
O nonprofit Port Hood Harbour Authority
O government Fisheries and Oceans Canada
F money $1.6-million
> “Twelve boats fish out of this harbour, and right now they can only get out two hours either side of high tide,” said Angus Dan MacIsaac, president of the harbour authority, who has fished lobster out of Port Hood for 41 years.
Q direct Angus Dan MacIsaac :: “Twelve boats fish out of this harbour, and right now they can only get out two hours either side of high tide,”
F number Twelve
F duration two hours
P full Angus Dan MacIsaac
L city Port Hood
F duration 41 years
> “If you miss the tide, you miss the day. In a 61-day season, that adds up fast.”
Q direct Angus Dan MacIsaac :: “If you miss the tide, you miss the day. In a 61-day season, that adds up fast.”
F duration 61-day
> MacIsaac said the channel, which should be at least 2.5 metres deep, measured just 1.1 metres at low tide in a survey the harbour authority did in March. Two boats touched bottom on opening day, and one of them had to be towed back with 40 traps still on board.
P partial MacIsaac
F quantity 2.5 metres
F quantity 1.1 metres
F number Two
F number 40
> Boats in Lobster Fishing Area 26A are allowed 250 traps each, and shore prices opened at $9.25 a pound this spring, up from $8 last year.
L region Lobster Fishing Area 26A
F number 250
F money $9.25
F money $8
> Coun. Catherine Gillis, who represents the district, said the county could not wait for Ottawa. “We’ve been asking DFO for this since 2035. The fishery is the economy here. If the boats can’t get out, nobody in Port Hood gets paid,” she said.
P full Catherine Gillis
L city Ottawa
Q direct Catherine Gillis :: “We’ve been asking DFO for this since 2035. The fishery is the economy here. If the boats can’t get out, nobody in Port Hood gets paid,”
O government DFO
F date 2035
L city Port Hood
> Two councillors voted against the motion. Coun. Marcel Doucet of Chéticamp said dredging was a federal responsibility and that paying for it would set a precedent for other harbours in the county.
F number Two
P full Marcel Doucet
L city Chéticamp
> “Next it will be Mabou, then Margaree, then Pleasant Bay. We have 14 harbours in this county,” Doucet said.
Q direct Marcel Doucet :: “Next it will be Mabou, then Margaree, then Pleasant Bay. We have 14 harbours in this county,”
L city Mabou
L city Margaree
L city Pleasant Bay
F number 14
P partial Doucet
> In an email, a spokesperson for Fisheries and Oceans Canada said Small Craft Harbours had "received the harbour authority's request" and was "assessing dredging needs across Gulf Nova Scotia within available funding."
O government Fisheries and Oceans Canada
O government Small Craft Harbours
Q direct - :: "received the harbour authority's request"
Q direct - :: "assessing dredging needs across Gulf Nova Scotia within available funding."
L region Gulf Nova Scotia
> The spokesperson said the Port Hood project would be considered for the 2039-40 fiscal year.
L city Port Hood
F date 2039-40
> Warden Bonnie Chisholm said council would look at the money again in September if Ottawa had not committed by then.
P full Bonnie Chisholm
L city Ottawa
> Iain MacKinnon-Beaton is a Local Journalism Initiative reporter with the Cape Breton Post. Follow him on X @IainMBCBPost.
P full Iain MacKinnon-Beaton
O media Cape Breton Post
O company X
'''

ARTICLES['828-madeira-airport-wind-112-flights-cancelled-9000-stranded-porto-santo-the-portugal-news'] = r'''
> Wind forces 112 flight cancellations at Madeira airport
F number 112
L region Madeira
> By TPN/Lusa, in News · 10 Jan 2039, 16:20 · 0 Comments
O media TPN
O media Lusa
F date 10 Jan 2039
F time 16:20
F number 0
> Passengers wait for news at the airport in Santa Cruz. Credits: Lusa; Author: Gregório Cunha;
L city Santa Cruz
O media Lusa
P full Gregório Cunha
> More than 9,000 passengers were stranded in Madeira over the weekend after strong winds forced the cancellation of 112 flights and the diversion of 23 others at Madeira Airport, the airport operator ANA said on Sunday.
F number 9,000
L region Madeira
F number 112
F number 23
L facility Madeira Airport
O company ANA
> According to ANA, gusts of up to 93 km/h (50 knots) were recorded at the airport in Santa Cruz between 11:00 on Saturday and 06:30 on Sunday, well above the wind limits in force for landings.
O company ANA
F quantity 93 km/h
F quantity 50 knots
L city Santa Cruz
F time 11:00
F time 06:30
> Of the diverted flights, 14 landed in Porto Santo, the neighbouring island 75 kilometres to the northeast, and the rest in Lisbon, Porto, Faro and the Canary Islands, where passengers were put up in hotels.
F number 14
L geo Porto Santo
F quantity 75 kilometres
L city Lisbon
L city Porto
L city Faro
L region Canary Islands
> Among the airlines affected were TAP Air Portugal, easyJet, Jet2 and Binter. TAP said in a statement that it had added four extra flights between Lisbon and Funchal on Tuesday and Wednesday, "subject to weather conditions".
O company TAP Air Portugal
O company easyJet
O company Jet2
O company Binter
O company TAP
F number four
L city Lisbon
L city Funchal
Q direct TAP Air Portugal :: "subject to weather conditions"
> At Porto Santo airport, which has parking space for only six large aircraft, some passengers waited more than seven hours on board before being taken to Funchal by ferry the following morning.
L geo Porto Santo
F number six
F duration seven hours
L city Funchal
> easyJet said in a statement that 4,600 of its passengers had been affected and that they could rebook free of charge or claim a refund on its website.
O company easyJet
F number 4,600
> At the terminal on Saturday night, hundreds of passengers queued at airline desks. Rachel Pengelly, 63, from Truro in Cornwall, said she and her husband had been due to fly home at 15:40.
P full Rachel Pengelly
F age 63
L city Truro
L region Cornwall
F time 15:40
> "They told us there was nothing until Tuesday and that we had to find our own hotel. We paid 180 euros for one night in Funchal, and we are the lucky ones," she said.
Q direct Rachel Pengelly :: "They told us there was nothing until Tuesday and that we had to find our own hotel. We paid 180 euros for one night in Funchal, and we are the lucky ones,"
F money 180 euros
F number one
L city Funchal
> The Regional Secretary for Tourism, Duarte Nóbrega Sardinha, said the Regional Government of Madeira had asked hotels to keep prices "at normal levels" for stranded passengers and had opened a sports hall in Machico with 200 camp beds.
P full Duarte Nóbrega Sardinha
O government Regional Government of Madeira
Q direct Duarte Nóbrega Sardinha :: "at normal levels"
L city Machico
F number 200
> "Wind at the airport is part of life in Madeira. What we need is for the airlines to give passengers clear information," Sardinha told Lusa.
Q direct Duarte Nóbrega Sardinha :: "Wind at the airport is part of life in Madeira. What we need is for the airlines to give passengers clear information,"
L region Madeira
P partial Sardinha
O media Lusa
> The Portuguese Institute for Sea and Atmosphere (IPMA) had placed Madeira's north coast and mountain areas under an orange warning for wind from 06:00 on Saturday until 18:00 on Sunday, with waves of four to five metres on the north coast.
O government Portuguese Institute for Sea and Atmosphere
O government IPMA
L region Madeira
F time 06:00
F time 18:00
F quantity four
F quantity five metres
> Madeira's airport has one of the most demanding approaches in Europe. Its runway was extended on pillars over the sea in 2000 to 2,781 metres, and pilots must complete special training before they may land there.
L region Madeira
L continent Europe
F date 2000
F quantity 2,781 metres
> ANA said operations had returned to normal by 13:00 on Monday, January 10, with 38 departures scheduled for the day, but warned that some flights could still be delayed as airlines repositioned aircraft.
O company ANA
F time 13:00
F date January 10
F number 38
> Last year, 1,146 flights were cancelled at the airport because of wind, according to ANA figures, or 3.1 per cent of all scheduled movements.
F number 1,146
O company ANA
F percent 3.1 per cent
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
