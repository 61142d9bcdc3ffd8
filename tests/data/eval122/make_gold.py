#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval122 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval122/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['775-uvs-khovd-dzud-livestock-losses-nema-hay-helicopters-red-cross-montsame'] = r'''
> Society
> Dzud kills 1.3 million head of livestock in Uvs and Khovd aimags
F number 1.3 million
L region Uvs
L region Khovd
> 2039-03-04 10:27:51
F date 2039-03-04
F time 10:27:51
> Author: Ch.Narantsetseg
P full Ch.Narantsetseg
> Herders move the surviving sheep of a family in Tes soum, Uvs aimag, to a sheltered winter camp. Photo: MONTSAME
L region Tes
L region Uvs
O media MONTSAME
> Ulaanbaatar, March 4, 2039 /MONTSAME/. More than 1.3 million head of livestock have died in the western aimags of Uvs and Khovd since the start of winter, as night temperatures of minus 48 degrees Celsius and snow up to 60 centimeters deep have cut herders off from their pastures, the National Emergency Management Agency (NEMA) said on Tuesday.
L city Ulaanbaatar
F date March 4, 2039
O media MONTSAME
F number 1.3 million
L region Uvs
L region Khovd
F quantity minus 48 degrees Celsius
F quantity 60 centimeters
O government National Emergency Management Agency
O government NEMA
> The losses amount to about 11 percent of the two aimags' combined herd of 12.4 million animals. Fourteen of the 19 soums of Uvs and eight soums of Khovd are now in what herders call a "white dzud", when deep snow buries the grass for weeks.
F percent 11 percent
F number two
F number 12.4 million
F number Fourteen
F number 19
L region Uvs
F number eight
L region Khovd
Q scare - :: "white dzud"
> Speaking at a press briefing in Ulaanbaatar, NEMA spokesperson Colonel D.Ganbold said the roads from Ulaangom, the aimag center, to Züüngovi, Tes and Davst soums had been closed since February 11.
L city Ulaanbaatar
O government NEMA
P full D.Ganbold
L city Ulaangom
L region Züüngovi
L region Tes
L region Davst
F date February 11
> "We are delivering hay and fodder by helicopter to 340 herder households who cannot reach the soum centers. Two Mi-8 helicopters of the agency have flown 26 sorties since February 20," he said.
Q direct D.Ganbold :: "We are delivering hay and fodder by helicopter to 340 herder households who cannot reach the soum centers. Two Mi-8 helicopters of the agency have flown 26 sorties since February 20,"
F number 340
F number Two
F number 26
F date February 20
> O.Baasanjav, 58, a herder in the Khökh Tolgoi bag of Tes soum, said she had lost 410 of her 650 sheep and goats since December.
P full O.Baasanjav
F age 58
L region Khökh Tolgoi
L region Tes
F number 410
F number 650
> "We dug the animals out every morning, but the snow came back each night. The hay we bought in autumn for MNT 18,000 a bale was finished in January.
Q direct O.Baasanjav :: "We dug the animals out every morning, but the snow came back each night. The hay we bought in autumn for MNT 18,000 a bale was finished in January.
F money MNT 18,000
> "Now a bale costs MNT 35,000 in Ulaangom, if you can find one. My son drove there for two days and came back with nothing," she said.
Q direct O.Baasanjav :: "Now a bale costs MNT 35,000 in Ulaangom, if you can find one. My son drove there for two days and came back with nothing,"
F money MNT 35,000
L city Ulaangom
F duration two days
> On February 27, the Government of Mongolia allocated MNT 12.5 billion from its reserve fund for hay, fodder and fuel, and the State Emergency Commission instructed the Ministry of Food, Agriculture and Light Industry to release 4,800 tons of hay and 1,200 tons of fodder from the state reserve to the two aimags.
F date February 27
O government Government of Mongolia
F money MNT 12.5 billion
O government State Emergency Commission
O government Ministry of Food, Agriculture and Light Industry
F quantity 4,800 tons
F quantity 1,200 tons
F number two
> The Mongolian Red Cross Society said it had distributed cash grants of MNT 600,000 each to 2,150 households, with funds from an emergency appeal of CHF 3.2 million (about USD 3.6 million) launched on March 1 by the International Federation of Red Cross and Red Crescent Societies (IFRC).
O nonprofit Mongolian Red Cross Society
F money MNT 600,000
F number 2,150
F money CHF 3.2 million
F money USD 3.6 million
F date March 1
O nonprofit International Federation of Red Cross and Red Crescent Societies
O nonprofit IFRC
> "The losses are approaching those of the 2009-2010 dzud, when more than 8 million animals died across the country. Without help in the next 30 days, many families will lose the last of their herds," the Red Cross said in a statement.
Q direct Mongolian Red Cross Society :: "The losses are approaching those of the 2009-2010 dzud, when more than 8 million animals died across the country. Without help in the next 30 days, many families will lose the last of their herds,"
F date 2009-2010
F number 8 million
F duration 30 days
O nonprofit Red Cross
> Livestock is the main source of income for more than 60 percent of households in Uvs, where herders kept about 4.1 million animals at the end of 2038, according to the National Statistics Office.
F percent 60 percent
L region Uvs
F number 4.1 million
F date 2038
O government National Statistics Office
> An official of the aimag administration in Ulaangom, who asked not to be named, told MONTSAME that young families were already leaving.
L city Ulaangom
O media MONTSAME
> "After a winter like this, they sell what is left and move to Ulaanbaatar or to the coal mines. Some bags will lose a third of their people by summer," the official said.
Q direct - :: "After a winter like this, they sell what is left and move to Ulaanbaatar or to the coal mines. Some bags will lose a third of their people by summer,"
L city Ulaanbaatar
F fraction a third
> NEMA said a further cold wave, with temperatures falling to minus 45 degrees, was forecast for March 8-11 in the Great Lakes Depression and the Kharkhiraa and Türgen mountains, and urged herders to keep their animals in shelters and to report losses to their bag governors.
O government NEMA
F quantity minus 45 degrees
F date March 8-11
L geo Great Lakes Depression
L geo Kharkhiraa
L geo Türgen
'''

ARTICLES['776-rajang-low-water-kapit-belaga-express-boats-halted-pelagus-longhouses-dayak-daily'] = r'''
> Low Rajang strands Belaga folk as express boats halt at Pelagus
L geo Rajang
L city Belaga
L geo Pelagus
> By Juliana Jimbun
P full Juliana Jimbun
> September 2, 2037 4:51 pm
F date September 2, 2037
F time 4:51 pm
> Express boats tied up at the Kapit waterfront on Tuesday after operators suspended the upriver service to Belaga. — Photo by Juliana Jimbun
L city Kapit
L city Belaga
P full Juliana Jimbun
> KAPIT, Sept 2: Express boat services between Kapit and Belaga have been suspended indefinitely after the level of the Rajang River at the Pelagus rapids dropped to 1.3 metres, its lowest reading in 18 years, leaving some 4,000 people in 27 longhouses upriver without their main link to the outside world.
L city KAPIT
F date Sept 2
L city Kapit
L city Belaga
L geo Rajang River
L geo Pelagus
F quantity 1.3 metres
F duration 18 years
F number 4,000
F number 27
> The Kapit Express Boat Owners Association said its members had stopped the daily run on Sunday after two boats struck rocks below the rapids in three days.
O nonprofit Kapit Express Boat Owners Association
F number two
F duration three days
> “The river is simply too shallow. At this level the channel at Pelagus is less than a metre deep in places, and a loaded boat draws almost that much,” association chairman Wong Siew Ling told Dayak Daily.
Q direct Wong Siew Ling :: “The river is simply too shallow. At this level the channel at Pelagus is less than a metre deep in places, and a loaded boat draws almost that much,”
L geo Pelagus
P full Wong Siew Ling
O media Dayak Daily
> “We cannot risk passengers’ lives. We will resume when the water is back above 2.5 metres,” he said.
Q direct Wong Siew Ling :: “We cannot risk passengers’ lives. We will resume when the water is back above 2.5 metres,”
F quantity 2.5 metres
> The 155km stretch from Kapit to Belaga has no road. The journey normally takes four and a half hours and costs RM60 one way.
F quantity 155km
L city Kapit
L city Belaga
F duration four and a half hours
F money RM60
> Some longhouse residents have begun making the trip in longboats with outboard engines, paying up to RM250 for fuel and a boatman, while others have taken the logging road from Belaga to Bintulu, a journey of eight hours over gravel.
F money RM250
L city Belaga
L city Bintulu
F duration eight hours
> Tuai Rumah Jenggi anak Unsai, 63, of Rumah Jenggi at Nanga Merit above the rapids, said his longhouse of 32 doors had run low on rice, diesel and cooking gas.
P full Jenggi anak Unsai
F age 63
L city Rumah Jenggi
L city Nanga Merit
F number 32
> “Our children who study in Kapit could not come home for the weekend, and our old people who must go to the hospital for dialysis have to pay for a longboat. One family has already spent RM700 this week,” he said.
Q direct Jenggi anak Unsai :: “Our children who study in Kapit could not come home for the weekend, and our old people who must go to the hospital for dialysis have to pay for a longboat. One family has already spent RM700 this week,”
L city Kapit
F number One
F money RM700
> Kapit Resident Elvin Jugah Ngumbang said his office had asked the Sarawak Rivers Board (SRB) to survey the channel and was arranging with the Upper Rajang Development Agency (URDA) for rice and fuel to be sent upriver by longboat.
L region Kapit
P full Elvin Jugah Ngumbang
O government Sarawak Rivers Board
O government SRB
O government Upper Rajang Development Agency
O government URDA
> “We are also speaking to Sarawak Energy about the release of water from Bakun and Murum, but they have told us the reservoirs are also low after the long dry spell,” he said.
Q direct Elvin Jugah Ngumbang :: “We are also speaking to Sarawak Energy about the release of water from Bakun and Murum, but they have told us the reservoirs are also low after the long dry spell,”
O company Sarawak Energy
L facility Bakun
L facility Murum
> Sarawak Energy said in a statement that Bakun was releasing its minimum required flow and that its priority remained “security of supply to the grid”.
O company Sarawak Energy
L facility Bakun
Q direct Sarawak Energy :: “security of supply to the grid”
> The Malaysian Meteorological Department (MetMalaysia) said rainfall in Kapit Division had been 62 per cent below average in July and August, and that the northeast monsoon was not expected to bring heavy rain before November.
O government Malaysian Meteorological Department
O government MetMalaysia
L region Kapit Division
F percent 62 per cent
> Upriver, traders in Belaga said goods were already scarce. A 14kg cylinder of cooking gas now sells for RM45 in the town, against RM26.60 in Kapit, according to a shopkeeper who did not want to be named.
L city Belaga
F quantity 14kg
F money RM45
F money RM26.60
L city Kapit
> “Every week the price goes up. If the boats do not come back by next month, Belaga will run out of gas,” the shopkeeper said.
Q direct - :: “Every week the price goes up. If the boats do not come back by next month, Belaga will run out of gas,”
L city Belaga
> Boats between Sibu, Kanowit, Song and Kapit, on the deeper lower reaches of the river, are running as normal.
L city Sibu
L city Kanowit
L city Song
L city Kapit
'''

ARTICLES['777-strathpeffer-highland-gathering-macaskill-heavy-events-ground-record-results-ross-shire-journal'] = r'''
> Sport
> ‘I just wanted to beat my dad’s record’: Lewis man Finlay MacAskill takes heavy events crown at Strathpeffer
Q direct Finlay MacAskill :: ‘I just wanted to beat my dad’s record’
L geo Lewis
P full Finlay MacAskill
L city Strathpeffer
> By Donald Iain Munro
P full Donald Iain Munro
> Published: 17:05, 12 August 2038
F time 17:05
F date 12 August 2038
> Finlay MacAskill sends the 22lb hammer on its way on Saturday. Picture: Callum Mackenzie
P full Finlay MacAskill
F quantity 22lb
P full Callum Mackenzie
> FINLAY MacAskill from Lewis claimed the heavy events title at the Strathpeffer Highland Gathering on Saturday, breaking a ground record in the 16lb shot that his father had held for 21 years.
P full FINLAY MacAskill
L geo Lewis
F quantity 16lb
F duration 21 years
> The 26-year-old fisherman from Ness put the shot 48ft 2in, seven inches further than Murdo MacAskill managed in 2017, and went on to win the caber and the weight over the bar to finish on 54 points, ten clear of Ruaridh Matheson from Dingwall.
F age 26-year-old
L region Ness
F quantity 48ft 2in
F quantity seven inches
P full Murdo MacAskill
F date 2017
F number 54
F number ten
P full Ruaridh Matheson
L city Dingwall
> Around 3,500 spectators filled the field below Castle Leod for the 2038 gathering, which organisers said was the biggest crowd since the games resumed in 2022.
F number 3,500
L facility Castle Leod
F date 2038
F date 2022
> “I just wanted to beat my dad’s record, and he’s never going to let me forget it if I didn’t,” said MacAskill, who trains in a shed behind the family croft.
Q direct Finlay MacAskill :: “I just wanted to beat my dad’s record, and he’s never going to let me forget it if I didn’t,”
P partial MacAskill
> “He was standing at the rope with his arms folded. When the measure came in at 48 feet I saw him shake his head and laugh. That was better than the trophy.”
Q direct Finlay MacAskill :: “He was standing at the rope with his arms folded. When the measure came in at 48 feet I saw him shake his head and laugh. That was better than the trophy.”
F quantity 48 feet
> Matheson, the 2036 champion, won the 22lb hammer with a throw of 121ft 9in but dropped the caber twice, while Poland’s Dariusz Wrona-Kowal, in his first season on the Scottish circuit, took third on 41 points.
P partial Matheson
F date 2036
F quantity 22lb
F quantity 121ft 9in
L country Poland
P full Dariusz Wrona-Kowal
F number 41
> The hill race to the summit of Knockfarrel and back was won for a third year by Inverness Harriers’ Ealasaid NicAoidh in 27min 48sec, the first time a woman has won it outright.
L geo Knockfarrel
O team Inverness Harriers
P full Ealasaid NicAoidh
F duration 27min 48sec
> The Highland dancing trophy went to 14-year-old Isla Rose Grant from Muir of Ord, while the solo piping was won by Kenneth Mackay from Ullapool.
F age 14-year-old
P full Isla Rose Grant
L city Muir of Ord
P full Kenneth Mackay
L city Ullapool
> Games convener Alasdair Fraser said the committee had raised £18,000 from sponsors including Highland Council and local businesses to keep entry at £10 for adults, with children under 16 admitted free.
P full Alasdair Fraser
F money £18,000
O government Highland Council
F money £10
F age 16
> “We were worried about the weather all week, but it stayed dry until the last pipe band marched off at 5.30pm,” he said. “The heavy events are what people come to see, and this year they got a show.”
Q direct Alasdair Fraser :: “We were worried about the weather all week, but it stayed dry until the last pipe band marched off at 5.30pm,”
F time 5.30pm
Q direct Alasdair Fraser :: “The heavy events are what people come to see, and this year they got a show.”
> RESULTS
> Heavy events (open): 1 Finlay MacAskill (Ness) 54 points; 2 Ruaridh Matheson (Dingwall) 44; 3 Dariusz Wrona-Kowal (Poland) 41; 4 Hamish Urquhart (Contin) 33.
P full Finlay MacAskill
L region Ness
F number 54
P full Ruaridh Matheson
L city Dingwall
F number 44
P full Dariusz Wrona-Kowal
L country Poland
F number 41
P full Hamish Urquhart
L city Contin
F number 33
> 16lb shot: 1 MacAskill 48ft 2in (ground record); 2 Wrona-Kowal 45ft 11in; 3 Matheson 43ft 6in.
F quantity 16lb
P partial MacAskill
F quantity 48ft 2in
P partial Wrona-Kowal
F quantity 45ft 11in
P partial Matheson
F quantity 43ft 6in
> 22lb hammer: 1 Matheson 121ft 9in; 2 MacAskill 118ft 4in; 3 Urquhart 102ft 1in.
F quantity 22lb
P partial Matheson
F quantity 121ft 9in
P partial MacAskill
F quantity 118ft 4in
P partial Urquhart
F quantity 102ft 1in
> Hill race (Knockfarrel, 5.2km): 1 Ealasaid NicAoidh (Inverness Harriers) 27min 48sec; 2 Rory Sutherland (Black Isle AC) 28min 15sec; 3 Peter Lindqvist (Sweden) 29min 02sec.
L geo Knockfarrel
F quantity 5.2km
P full Ealasaid NicAoidh
O team Inverness Harriers
F duration 27min 48sec
P full Rory Sutherland
O team Black Isle AC
F duration 28min 15sec
P full Peter Lindqvist
L country Sweden
F duration 29min 02sec
> Highland dancing (premier): 1 Isla Rose Grant (Muir of Ord); 2 Ciara MacRae (Alness); 3 Eilidh Ross (Tain).
P full Isla Rose Grant
L city Muir of Ord
P full Ciara MacRae
L city Alness
P full Eilidh Ross
L city Tain
> Solo piping (piobaireachd): 1 Kenneth Mackay (Ullapool); 2 Iain Beaton (Skye).
P full Kenneth Mackay
L city Ullapool
P full Iain Beaton
L geo Skye
'''

ARTICLES['778-azraq-camp-water-ration-cut-aquifer-wells-unhcr-rscn-jordan-times'] = r'''
> Azraq camp water ration cut as oasis aquifer drops
L facility Azraq
> By Lina Al Tarawneh - Jul 14,2038 - Last updated at Jul 14,2038
P full Lina Al Tarawneh
F date Jul 14,2038
F date Jul 14,2038
> Syrian refugees fill jerrycans at a tap stand in Azraq camp on Monday (Photo courtesy of UNHCR)
L facility Azraq
O intergovernmental UNHCR
> AMMAN — Refugees in Azraq camp will receive 25 litres of water per person per day from Sunday, down from 35 litres, after the output of the wells that supply the camp fell by nearly a third over the summer, the UN refugee agency and the Ministry of Water and Irrigation said on Monday.
L city AMMAN
L facility Azraq
F quantity 25 litres
F quantity 35 litres
F fraction a third
O intergovernmental UN
O government Ministry of Water and Irrigation
> The camp, 90km east of Amman in the Zarqa governorate, houses about 41,000 Syrians. It draws its water from three boreholes in the Azraq basin, whose aquifer also feeds the farms of the area and the Azraq Wetland Reserve.
F quantity 90km
L city Amman
L region Zarqa
F number 41,000
F number three
L geo Azraq
L facility Azraq Wetland Reserve
> "The water table in the basin has fallen 1.8 metres since last summer. We cannot pump more without drying out the wells entirely," Water Ministry spokesperson Omar Salameh told The Jordan Times.
Q direct Omar Salameh :: "The water table in the basin has fallen 1.8 metres since last summer. We cannot pump more without drying out the wells entirely,"
F quantity 1.8 metres
O government Water Ministry
P full Omar Salameh
O media The Jordan Times
> He said the ministry would drill a fourth well by October with JD2.3 million from the German development bank KfW, and that the Water Authority of Jordan (WAJ) was sending 12 tankers a day to the camp in the meantime.
F money JD2.3 million
O company KfW
O government Water Authority of Jordan
O government WAJ
F number 12
> UNHCR said the new ration was above the emergency minimum of 20 litres but would mean "hard choices" for families in the summer heat, when daytime temperatures in the camp reach 42°C.
O intergovernmental UNHCR
F quantity 20 litres
Q direct UNHCR :: "hard choices"
F quantity 42°C
> In Village 5, the camp's most crowded section, Umm Khaled, a mother of six from Homs, said her family of eight already stored water in plastic barrels on the roof of their caravan.
L facility Village 5
P partial Umm Khaled
F number six
L city Homs
F number eight
> "We fill everything when the tap runs, even the cooking pots. With 25 litres you choose between washing the children and washing the clothes," she said. She asked that her full name not be used.
Q direct Umm Khaled :: "We fill everything when the tap runs, even the cooking pots. With 25 litres you choose between washing the children and washing the clothes,"
F quantity 25 litres
> Her neighbour, Abu Rami, 61, who has lived in the camp since it opened in 2014, said the cut felt like the first months again.
P partial Abu Rami
F age 61
F date 2014
> "Then we were new and everybody was patient. We have been here 24 years now. My grandchildren were born in this camp, and they are still counting litres," he said.
Q direct Abu Rami :: "Then we were new and everybody was patient. We have been here 24 years now. My grandchildren were born in this camp, and they are still counting litres,"
F duration 24 years
> Environmentalists have long warned about the Azraq aquifer. The Royal Society for the Conservation of Nature (RSCN), which manages the wetland reserve, said pumping across the basin was now about 2.5 times the natural recharge.
L geo Azraq
O nonprofit Royal Society for the Conservation of Nature
O nonprofit RSCN
F number 2.5
> "The oasis has given water to caravans, to armies and now to a city of refugees. Unless farm pumping is brought under control, there will be nothing left to share," RSCN said in a statement.
Q direct Royal Society for the Conservation of Nature :: "The oasis has given water to caravans, to armies and now to a city of refugees. Unless farm pumping is brought under control, there will be nothing left to share,"
O nonprofit RSCN
> According to ministry figures, Jordan's renewable water resources stand at under 60 cubic metres per person per year, among the lowest in the world.
L country Jordan
F quantity 60 cubic metres
> UNICEF said it would distribute 6,000 water storage tanks of 1,000 litres each to households with children under five by the end of August, and that hygiene teams would visit every caravan in the camp's four villages.
O intergovernmental UNICEF
F number 6,000
F quantity 1,000 litres
F age five
F number four
'''

ARTICLES['779-east-holmes-emergency-levy-november-ballot-berlin-charm-amish-holmes-county-hub'] = r'''
> East Holmes Board Puts 5.9-Mill Emergency Levy on November Ballot
O education East Holmes
F money 5.9-Mill
> By Dale Hochstetler | Holmes County Hub
P full Dale Hochstetler
O media Holmes County Hub
> Published 6:02 a.m. ET Aug. 21, 2038
F time 6:02 a.m. ET
F date Aug. 21, 2038
> East Holmes Local Schools treasurer Bonnie Mast-Troyer presents levy figures to the board Monday at Hiland High School in Berlin. DALE HOCHSTETLER/HOLMES COUNTY HUB
O education East Holmes Local Schools
P full Bonnie Mast-Troyer
L facility Hiland High School
L city Berlin
P full DALE HOCHSTETLER
O media HOLMES COUNTY HUB
> BERLIN — Voters in the East Holmes Local School District will decide Nov. 4 whether to approve a 5.9-mill emergency levy that district officials say is needed to avoid cutting busing, sports and as many as 14 teaching positions.
L city BERLIN
O education East Holmes Local School District
F date Nov. 4
F money 5.9-mill
F number 14
> The East Holmes Board of Education voted 4-1 on Monday night to place the levy on the ballot. Board member Lavern Yoder cast the lone no vote.
O education East Holmes Board of Education
F number 4-1
P full Lavern Yoder
> The five-year levy would raise $2.74 million a year. Treasurer Bonnie Mast-Troyer said it would cost the owner of a $200,000 home about $413 a year.
F duration five-year
F money $2.74 million
P full Bonnie Mast-Troyer
F money $200,000
F money $413
> "We've cut $1.1 million over the last three years. We closed a building, we left positions open and we put off buying buses," Mast-Troyer said. "There's nothing left to cut that parents won't notice."
Q direct Bonnie Mast-Troyer :: "We've cut $1.1 million over the last three years. We closed a building, we left positions open and we put off buying buses,"
F money $1.1 million
F duration three years
P partial Mast-Troyer
Q direct Bonnie Mast-Troyer :: "There's nothing left to cut that parents won't notice."
> The district covers most of eastern Holmes County, including the villages of Berlin, Walnut Creek, Charm and Mount Hope. About 1,650 students attend its schools, while roughly 4,000 children in the same area go to Amish parochial schools.
L region Holmes County
L city Berlin
L city Walnut Creek
L city Charm
L city Mount Hope
F number 1,650
F number 4,000
> Because much of the farmland and many businesses in the district belong to Amish families who do not send children to public schools, Superintendent Kevin Weaver said the levy campaign would have to reach voters who never set foot in a district building.
P full Kevin Weaver
> "We need our neighbors who drive a buggy to see that a school bus on the road and a football game on Friday night are part of this community too," Weaver said.
Q direct Kevin Weaver :: "We need our neighbors who drive a buggy to see that a school bus on the road and a football game on Friday night are part of this community too,"
P partial Weaver
> Yoder said he voted no because residents had rejected a 4.5-mill levy by 312 votes in May 2037.
P partial Yoder
F money 4.5-mill
F number 312
F date May 2037
> "People told us no 15 months ago. I don't think coming back with a bigger number is the right answer," he said.
Q direct Lavern Yoder :: "People told us no 15 months ago. I don't think coming back with a bigger number is the right answer,"
F duration 15 months
> Several residents spoke during the public comment period. Marlin Hershberger, who farms near Winesburg, called the amount "too much, too soon" for dairy farmers facing low milk prices, while Charm quilt shop owner Ruth Ann Schlabach said she would vote for it.
P full Marlin Hershberger
L city Winesburg
Q direct Marlin Hershberger :: "too much, too soon"
L city Charm
P full Ruth Ann Schlabach
> "My shop doesn't survive if the young families leave," Schlabach said.
Q direct Ruth Ann Schlabach :: "My shop doesn't survive if the young families leave,"
P partial Schlabach
> The Holmes County Board of Elections certified the issue Tuesday. It will appear on the ballot as Issue 7.
O government Holmes County Board of Elections
> In other business, the board approved a $38,500 contract with Wooster-based Kidron Paving to reseal the Walnut Creek Elementary parking lot and recognized Hiland FFA members who showed grand champion market steers at the Holmes County Fair, held Aug. 4-9 at the fairgrounds in Millersburg.
F money $38,500
L city Wooster
O company Kidron Paving
L facility Walnut Creek Elementary
O nonprofit Hiland FFA
F date Aug. 4-9
L city Millersburg
> The board's next regular meeting is at 7 p.m. Sept. 15 in the high school library.
F time 7 p.m.
F date Sept. 15
'''

ARTICLES['780-paraguay-chaco-beef-bioceanic-corridor-iquique-52-hours-chortitzer-loma-plata-mercopress'] = r'''
> Paraguayan Chaco beef reaches Chilean port of Iquique in 52 hours on Bioceanic Corridor
L region Chaco
L city Iquique
F duration 52 hours
L street Bioceanic Corridor
> Friday, May 14th 2038 - 09:41 UTC
F date May 14th 2038
F time 09:41 UTC
> A refrigerated truck crosses the bridge between Carmelo Peralta and Porto Murtinho over the Paraguay River (Photo: MOPC)
L city Carmelo Peralta
L city Porto Murtinho
L geo Paraguay River
O government MOPC
> The first refrigerated trucks carrying beef from Paraguay's western Chaco to a Chilean Pacific port over the Bioceanic Corridor reached Iquique on Wednesday, 52 hours after leaving the slaughterhouse of the Chortitzer Cooperative in Loma Plata, the cooperative said.
L country Paraguay
L region Chaco
L geo Pacific
L street Bioceanic Corridor
L city Iquique
F duration 52 hours
O company Chortitzer Cooperative
L city Loma Plata
> The six trucks, with 148 tonnes of chilled and frozen cuts worth about US$ 1.05 million, crossed into Argentina at Pozo Hondo, climbed into the Andes through Salta and Jujuy and entered Chile at the Jama pass, a route of some 2,050 kilometres.
F number six
F quantity 148 tonnes
F money US$ 1.05 million
L country Argentina
L city Pozo Hondo
L geo Andes
L region Salta
L region Jujuy
L country Chile
L geo Jama
F quantity 2,050 kilometres
> Until now, Chaco beef bound for Asia travelled some 500 km by road to Asunción and then by barge down the Paraguay and Paraná rivers to Montevideo or Buenos Aires, a trip of up to five weeks before it was loaded on ocean vessels.
L region Chaco
L continent Asia
F quantity 500 km
L city Asunción
L geo Paraguay
L geo Paraná
L city Montevideo
L city Buenos Aires
F duration five weeks
> "This is the day the Chaco stopped being the end of the road and became the middle of it," Chortitzer president Heinrich Friesen Klassen told reporters in Loma Plata. "Our members have been waiting for this road since their grandparents arrived here in 1927."
Q direct Heinrich Friesen Klassen :: "This is the day the Chaco stopped being the end of the road and became the middle of it,"
L region Chaco
O company Chortitzer
P full Heinrich Friesen Klassen
L city Loma Plata
Q direct Heinrich Friesen Klassen :: "Our members have been waiting for this road since their grandparents arrived here in 1927."
F date 1927
> Friesen said freight to Asia had fallen to about 1.1 million guaraníes (US$ 150) a tonne, and that the cooperative hoped to ship 3,000 tonnes a year to Chile and on to Asian buyers, about 8% of its output.
P partial Friesen
L continent Asia
F money 1.1 million guaraníes
F money US$ 150
F quantity 3,000 tonnes
L country Chile
F percent 8%
> Paraguay exported 418,000 tonnes of beef worth US$ 1.96 billion in 2037, according to the National Animal Quality and Health Service (Senacsa), with Chile its largest single market.
L country Paraguay
F quantity 418,000 tonnes
F money US$ 1.96 billion
F date 2037
O government National Animal Quality and Health Service
O government Senacsa
L country Chile
> The Paraguayan Rural Association (ARP) called the trip "historic" but warned that the 220-kilometre stretch between Mariscal Estigarribia and Pozo Hondo still floods after heavy rain.
O nonprofit Paraguayan Rural Association
O nonprofit ARP
Q direct Paraguayan Rural Association :: "historic"
F quantity 220-kilometre
L city Mariscal Estigarribia
L city Pozo Hondo
> One of the drivers, who asked not to be named, said the crossing of the Andes had been the hardest part. "At 4,200 metres, at Jama, the engines lose power and so do we. We spent nine hours at the border because the inspectors had only one scanner," he said.
L geo Andes
Q direct - :: "At 4,200 metres, at Jama, the engines lose power and so do we. We spent nine hours at the border because the inspectors had only one scanner,"
F quantity 4,200 metres
L geo Jama
F duration nine hours
F number one
> Chile's Agricultural and Livestock Service (SAG) said all six trucks had "cleared sanitary controls without observations".
L country Chile
O government Agricultural and Livestock Service
O government SAG
F number six
Q direct Agricultural and Livestock Service :: "cleared sanitary controls without observations"
> Traffic on the bridge between Carmelo Peralta and Porto Murtinho, opened on March 15, has so far been mostly Brazilian soy and fertiliser, with 1,240 trucks counted in its first eight weeks, according to the Ministry of Public Works and Communications (MOPC).
L city Carmelo Peralta
L city Porto Murtinho
F date March 15
F number 1,240
F duration eight weeks
O government Ministry of Public Works and Communications
O government MOPC
> Public Works Minister Noelia Benítez Acosta said the last 48 kilometres of paving on the Paraguayan side would be finished by December. The corridor, which links Brazil's Mato Grosso do Sul through Paraguay and northern Argentina to the Chilean ports of Antofagasta, Mejillones and Iquique, is expected to cut freight costs to Asia by up to 30%.
P full Noelia Benítez Acosta
F quantity 48 kilometres
L country Brazil
L region Mato Grosso do Sul
L country Paraguay
L country Argentina
L city Antofagasta
L city Mejillones
L city Iquique
L continent Asia
F percent 30%
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
