#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval135 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval135/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['853-gwayi-shangani-dam-families-await-compensation-kana-block-lupane-zinwa-newsday'] = r'''
> News
> Gwayi-Shangani dam families still waiting for compensation
L facility Gwayi-Shangani
> BY THEMBELIHLE MPOFU
P full THEMBELIHLE MPOFU
> November 3, 2038
F date November 3, 2038
> Villagers displaced by the Gwayi-Shangani Dam at a meeting at the Kana Block resettlement site in Lupane last week. Picture: Thembelihle Mpofu
L facility Gwayi-Shangani Dam
L region Kana Block
L city Lupane
P full Thembelihle Mpofu
> MORE than 300 families moved from their homes to make way for the Gwayi-Shangani Dam in Matabeleland North province are still waiting for compensation two years after the last homestead was cleared, with some now living under plastic sheeting at a resettlement site in Lupane.
F number 300
L facility Gwayi-Shangani Dam
L region Matabeleland North
F duration two years
L city Lupane
> The families, from villages in the Kana Block area of Lupane and Binga districts, say government promised US$4 500 per household in 2036 to rebuild homes, clear new fields and sink boreholes, but only 118 of the 342 households have been paid.
L region Kana Block
L region Lupane
L region Binga
F money US$4 500
F date 2036
F number 118
F number 342
> “We were told to leave before the rains so that the water could fill the lake. We left. Now the lake is full and we are sleeping under plastic,” said Sikhumbuzo Mlilo (67), a village head from Gwayi.
Q direct Sikhumbuzo Mlilo :: “We were told to leave before the rains so that the water could fill the lake. We left. Now the lake is full and we are sleeping under plastic,”
P full Sikhumbuzo Mlilo
F age 67
L city Gwayi
> Mlilo said his family of nine was given two hectares at the new site against the four hectares it farmed along the Shangani River, and that the only borehole drilled for 60 families broke down in August.
P partial Mlilo
F number nine
F quantity two hectares
F quantity four hectares
L geo Shangani River
F number 60
> The Zimbabwe National Water Authority (Zinwa), which manages the dam, said in a statement that compensation was the responsibility of the Ministry of Lands, Agriculture, Fisheries, Water and Rural Development and that it had “handed over all valuation records” in March 2037.
O government Zimbabwe National Water Authority
O government Zinwa
O government Ministry of Lands, Agriculture, Fisheries, Water and Rural Development
Q direct Zimbabwe National Water Authority :: “handed over all valuation records”
F date March 2037
> Zinwa spokesperson Marvellous Tshuma said the dam, which holds 634 million cubic metres when full, reached 91% of capacity on October 28 for the first time since the wall was completed.
O government Zinwa
P full Marvellous Tshuma
F quantity 634 million cubic metres
F percent 91%
F date October 28
> “Our mandate is the water. It will go to Bulawayo through the 245km pipeline and to 10 000 hectares of irrigation here in Lupane,” he said.
Q direct Marvellous Tshuma :: “Our mandate is the water. It will go to Bulawayo through the 245km pipeline and to 10 000 hectares of irrigation here in Lupane,”
L city Bulawayo
F quantity 245km
F quantity 10 000 hectares
L city Lupane
> An official in the ministry, who declined to be named because he is not authorised to speak to the media, said Treasury had released ZiG38 million of the ZiG95 million needed and that the balance was “budgeted for next year”.
O government Treasury
F money ZiG38 million
F money ZiG95 million
Q direct - :: “budgeted for next year”
> Esnart Siamuleya, who chairs the Kana Dam-Affected Families Association, said the group would petition Parliament if no payments were made by January 31, 2039.
P full Esnart Siamuleya
O nonprofit Kana Dam-Affected Families Association
O government Parliament
F date January 31, 2039
> “Some of our elders have died waiting. Four people have died at the camp since June,” she said, speaking in Tonga through an interpreter. “We are not asking for favours. We are asking for what was promised.”
Q direct Esnart Siamuleya :: “Some of our elders have died waiting. Four people have died at the camp since June,”
F number Four
Q direct Esnart Siamuleya :: “We are not asking for favours. We are asking for what was promised.”
> Siamuleya said women walk 7km each way to fetch water from the dam, where two children were attacked by a crocodile in September. Villagers said the site’s clinic has had no nurse for three months.
P partial Siamuleya
F quantity 7km
F number two
F duration three months
> Lupane East MP Nqobizitha Dube (Zanu PF) said he had raised the matter in Parliament in July and had been told payments would resume “as soon as funds are availed”.
L region Lupane East
P full Nqobizitha Dube
O party Zanu PF
O government Parliament
Q direct Nqobizitha Dube :: “as soon as funds are availed”
> The dam, built on the Gwayi River near its confluence with the Shangani, is the centrepiece of the Matabeleland Zambezi Water Project, which is meant to end Bulawayo’s decades-old water shortages.
L geo Gwayi River
L geo Shangani
L city Bulawayo
> “The dam is good for the region, nobody disputes that,” Mlilo said. “But you cannot build a lake on people’s graves and forget them.”
Q direct Sikhumbuzo Mlilo :: “The dam is good for the region, nobody disputes that,”
P partial Mlilo
Q direct Sikhumbuzo Mlilo :: “But you cannot build a lake on people’s graves and forget them.”
'''

ARTICLES['854-iloilo-guimaras-pumpboat-operators-halt-trips-jordan-fare-cap-marina-inquirer'] = r'''
> Pumpboat operators halt Iloilo-Guimaras trips over fare cap
L city Iloilo
L region Guimaras
> By: Maricel B. Gallego-Tupas - Correspondent / @inquirervisayas
P full Maricel B. Gallego-Tupas
> Philippine Daily Inquirer / 04:12 AM July 16, 2037
O media Philippine Daily Inquirer
F time 04:12 AM
F date July 16, 2037
> STRANDED | Passengers wait at the Parola wharf in Iloilo City on Wednesday after pumpboat operators stopped trips to Jordan town in Guimaras province. —MARICEL B. GALLEGO-TUPAS
L facility Parola
L city Iloilo City
L city Jordan
L region Guimaras
P full MARICEL B. GALLEGO-TUPAS
> ILOILO CITY—Thousands of commuters were stranded on Wednesday (July 15) after the operators of 46 motorized bancas plying the Iloilo-Guimaras route stopped their trips to protest a fare cap set by the Maritime Industry Authority (Marina).
L city ILOILO CITY
F date July 15
F number 46
L city Iloilo
L region Guimaras
O government Maritime Industry Authority
O government Marina
> The 15-minute crossing between the Parola and Ortiz wharves here and Jordan town, the main gateway to the island province, normally carries about 12,000 passengers a day, according to the Philippine Ports Authority (PPA).
F duration 15-minute
L facility Parola
L facility Ortiz
L city Jordan
F number 12,000
O government Philippine Ports Authority
O government PPA
> PPA data show that 4.1 million passengers crossed the Iloilo Strait in 2036, up 9 percent from the previous year.
O government PPA
F number 4.1 million
L geo Iloilo Strait
F date 2036
F percent 9 percent
> “We cannot survive at P18. Diesel is already P71 a liter and we carry fewer passengers when the waves are high,” said Rodrigo “Digoy” Tarrosa Jr., 58, president of the Iloilo-Guimaras Pumpboat Operators Association.
Q direct Rodrigo “Digoy” Tarrosa Jr. :: “We cannot survive at P18. Diesel is already P71 a liter and we carry fewer passengers when the waves are high,”
F money P18
F money P71
P full Rodrigo “Digoy” Tarrosa Jr.
Q scare - :: “Digoy”
F age 58
O nonprofit Iloilo-Guimaras Pumpboat Operators Association
> Marina Region 6 capped the fare on July 1 at P18 per passenger, down from the P22 that operators had charged since January 2037 without approval, after complaints from students and vendors who cross daily.
O government Marina Region 6
F date July 1
F money P18
F money P22
F date January 2037
> Tarrosa said the association’s members lost P1.2 million in the first two weeks of the cap. He said a fare of P20 was “the lowest we can go.”
P partial Tarrosa
F money P1.2 million
F duration two weeks
F money P20
Q direct Rodrigo “Digoy” Tarrosa Jr. :: “the lowest we can go.”
> In a statement, Marina said the cap was based on a cost study and that operators could “file a petition for review anytime.” It also warned that boats sailing without a valid permit “will be apprehended.”
O government Marina
Q direct Maritime Industry Authority :: “file a petition for review anytime.”
Q direct Maritime Industry Authority :: “will be apprehended.”
> The Philippine Coast Guard (PCG) station in Guimaras said it would allow the larger roll-on, roll-off vessels from Dumangas port to take more passengers while the stoppage lasted. The RoRo trip takes about an hour.
O government Philippine Coast Guard
O government PCG
L region Guimaras
L city Dumangas
> Some commuters paid as much as P150 each to cross on private speedboats, while others waited up to three hours for space on the RoRo vessels, which charge P35.
F money P150
F duration three hours
F money P35
> Jordan Mayor Analiza Gabayeron-Tan said some 2,000 students from the town attend colleges in Iloilo City and at least 300 vendors bring mangoes to the city’s markets every morning.
L city Jordan
P full Analiza Gabayeron-Tan
F number 2,000
L city Iloilo City
F number 300
> “They are the ones paying for this fight. I hope Marina and the operators sit down before the weekend,” she said.
Q direct Analiza Gabayeron-Tan :: “They are the ones paying for this fight. I hope Marina and the operators sit down before the weekend,”
O government Marina
> One of them, 19-year-old Kristine Joy Dalisay, said she missed a quiz at the University of San Agustin. “I left the house at 5 a.m. and I am still here,” she said in Hiligaynon.
F age 19-year-old
P full Kristine Joy Dalisay
O education University of San Agustin
Q direct Kristine Joy Dalisay :: “I left the house at 5 a.m. and I am still here,”
F time 5 a.m.
> Marina Region 6 director Jose Ramil Ocampo said the agency would meet the operators on Friday (July 17) at its office on Muelle Loney Street.
O government Marina Region 6
P full Jose Ramil Ocampo
F date July 17
L street Muelle Loney Street
> “We are open to a review, but the fare must be fair to the riding public too,” Ocampo said.
Q direct Jose Ramil Ocampo :: “We are open to a review, but the fare must be fair to the riding public too,”
P partial Ocampo
> Tarrosa said the boats would stay docked “until there is a fair fare.” —WITH A REPORT FROM JOEY A. DELOS SANTOS
P partial Tarrosa
Q direct Rodrigo “Digoy” Tarrosa Jr. :: “until there is a fair fare.”
P full JOEY A. DELOS SANTOS
'''

ARTICLES['855-port-fairy-seagulls-beat-cobden-hampden-grand-final-reid-oval-scoreboard-warrnambool-standard'] = r'''
> Sport
> Seagulls end 49-year wait with Hampden flag over Cobden
O team Seagulls
F duration 49-year
O team Hampden
O team Cobden
> Port Fairy hold off a late charge from the Bombers to win the Hampden league grand final by 14 points at Reid Oval
O team Port Fairy
O team Bombers
O team Hampden
F number 14
L facility Reid Oval
> By Declan O'Keeffe
P full Declan O'Keeffe
> September 20 2037 - 7:45pm
F date September 20 2037
F time 7:45pm
> Port Fairy co-captain Tyson Van Kempen lifts the premiership cup at Reid Oval. Picture by Anika Vandersluys
O team Port Fairy
P full Tyson Van Kempen
L facility Reid Oval
P full Anika Vandersluys
> PORT Fairy has ended a 49-year premiership drought, holding off a fast-finishing Cobden to win the Hampden league grand final at Reid Oval on Saturday.
O team PORT Fairy
F duration 49-year
O team Cobden
O team Hampden
L facility Reid Oval
> The Seagulls kicked 13.12 (90) to the Bombers' 11.10 (76) in front of a crowd of 6120, the biggest at the Warrnambool ground since 2019.
O team Seagulls
F score 13.12
F score 90
O team Bombers
F score 11.10
F score 76
F number 6120
L city Warrnambool
F date 2019
> Trailing by nine points at half-time, Port Fairy kicked five goals to one in the third quarter, with co-captain Tyson Van Kempen winning 11 of his 34 disposals in that term.
F number nine
O team Port Fairy
F number five
F number one
P full Tyson Van Kempen
F number 11
F number 34
> Full-forward Koby Ah-Sam kicked three of his five goals after the long break, including a set shot from 45 metres on the three-quarter-time siren that put the Seagulls 20 points up.
P full Koby Ah-Sam
F number three
F number five
F quantity 45 metres
O team Seagulls
F number 20
> "We've had a lot of near misses. This group just refused to let it slip," Van Kempen said.
Q direct Tyson Van Kempen :: "We've had a lot of near misses. This group just refused to let it slip,"
P partial Van Kempen
> "I grew up watching the 2009 side lose by a kick. To be the ones who finally get it done, for the town, it's everything."
Q direct Tyson Van Kempen :: "I grew up watching the 2009 side lose by a kick. To be the ones who finally get it done, for the town, it's everything."
F date 2009
> Cobden, chasing back-to-back flags, kicked the first two goals of the last quarter through Jarrah Wilkinson-Tuhi and Lachie Brennan to get within eight points with 12 minutes left.
O team Cobden
F number two
P full Jarrah Wilkinson-Tuhi
P full Lachie Brennan
F number eight
F duration 12 minutes
> But Port Fairy defender Sam Noonan took three intercept marks in the last five minutes, and a snap from Ah-Sam with 90 seconds remaining sealed it.
O team Port Fairy
P full Sam Noonan
F number three
F duration five minutes
P partial Ah-Sam
F duration 90 seconds
> Ah-Sam, 21, who kicked 71 goals in the home-and-away season to win the league's goalkicking award, said the Seagulls had trained on the Port Fairy beach every Tuesday since January.
P partial Ah-Sam
F age 21
F number 71
O team Seagulls
L city Port Fairy
> Brennan was helped off with a hamstring injury late in the game and will have scans in Geelong on Monday.
P partial Brennan
L city Geelong
> Cobden coach Brett Lucchesi said his side had been "beaten by the better team on the day".
O team Cobden
P full Brett Lucchesi
Q direct Brett Lucchesi :: "beaten by the better team on the day"
> "Port Fairy were too strong around the ball in that third quarter. We got it back to a kick but you can't give a side like that a 20-point start," Lucchesi said.
Q direct Brett Lucchesi :: "Port Fairy were too strong around the ball in that third quarter. We got it back to a kick but you can't give a side like that a 20-point start,"
O team Port Fairy
F number 20
P partial Lucchesi
> Port Fairy coach Mick Tabone paid tribute to the club's volunteers and netballers, whose A-grade side lost the earlier netball grand final to Koroit 51-47.
O team Port Fairy
P full Mick Tabone
O team Koroit
F score 51-47
> The Seagulls last won the Hampden premiership in 1988.
O team Seagulls
O team Hampden
F date 1988
> PORT FAIRY 3.4 6.5 11.11 13.12 (90)
O team PORT FAIRY
F score 3.4
F score 6.5
F score 11.11
F score 13.12
F score 90
> COBDEN 2.2 7.8 8.9 11.10 (76)
O team COBDEN
F score 2.2
F score 7.8
F score 8.9
F score 11.10
F score 76
> GOALS: Port Fairy: Ah-Sam 5, Van Kempen 2, Hickey 2, Mahony, Oates-Brown, Jovanovic, Baulch. Cobden: Wilkinson-Tuhi 4, Brennan 3, Toleafoa, Dwyer, Kinnersley, Pham.
O team Port Fairy
P partial Ah-Sam
F number 5
P partial Van Kempen
F number 2
P partial Hickey
F number 2
P partial Mahony
P partial Oates-Brown
P partial Jovanovic
P partial Baulch
O team Cobden
P partial Wilkinson-Tuhi
F number 4
P partial Brennan
F number 3
P partial Toleafoa
P partial Dwyer
P partial Kinnersley
P partial Pham
> BEST: Port Fairy: Van Kempen, Noonan, Ah-Sam, Hickey, Jovanovic, Mahony. Cobden: Wilkinson-Tuhi, Lucas, Brennan, Dwyer, Nguyen-Hart, Toleafoa.
O team Port Fairy
P partial Van Kempen
P partial Noonan
P partial Ah-Sam
P partial Hickey
P partial Jovanovic
P partial Mahony
O team Cobden
P partial Wilkinson-Tuhi
P partial Lucas
P partial Brennan
P partial Dwyer
P partial Nguyen-Hart
P partial Toleafoa
> CROWD: 6120 at Reid Oval.
F number 6120
L facility Reid Oval
'''

ARTICLES['856-samso-electric-ferry-breaks-down-third-time-saelvig-hou-ballen-kalundborg-the-local-denmark'] = r'''
> TRAVEL NEWS
> Samsø islanders stranded as new electric ferry breaks down for third time
L geo Samsø
> The island's ferry company says its battery-powered flagship will be out of service for at least ten days, leaving only the long crossing to Kalundborg.
F duration ten days
L city Kalundborg
> Published: 14 February 2039 10:42 CET
F date 14 February 2039
F time 10:42 CET
> The electric ferry Besser at the quay in Sælvig on Samsø. Photo: Astrid Kjærsgaard Holm/Ritzau Scanpix
L city Sælvig
L geo Samsø
P full Astrid Kjærsgaard Holm
O media Ritzau Scanpix
> Around 3,700 residents of the Kattegat island of Samsø have had only one connection to the mainland since Sunday, when the new ferry Besser broke down on the Sælvig-Hou route for the third time since it entered service in October.
F number 3,700
L geo Kattegat
L geo Samsø
F number one
L city Sælvig
L city Hou
> The ferry company Samsø Linien said a fault in the ship's battery cooling system meant it would stay in port "for at least ten days" while engineers from the shipyard in Tuzla, Turkey, inspected it.
O company Samsø Linien
Q direct Samsø Linien :: "for at least ten days"
F duration ten days
L city Tuzla
L country Turkey
> The island's other route, between Ballen and Kalundborg on Zealand, takes almost two hours each way and runs only four times a day in winter.
L city Ballen
L city Kalundborg
L geo Zealand
F duration two hours
F number four
> "It's a catastrophe for people who commute, for the school, for the farmers who have to get their pigs to the slaughterhouse," mayor Line Bækgaard told broadcaster DR.
Q direct Line Bækgaard :: "It's a catastrophe for people who commute, for the school, for the farmers who have to get their pigs to the slaughterhouse,"
P full Line Bækgaard
O media DR
> "We were promised the most modern ferry in Denmark. Right now it is a very expensive floating garage."
Q direct Line Bækgaard :: "We were promised the most modern ferry in Denmark. Right now it is a very expensive floating garage."
L country Denmark
> Bækgaard said Samsø Municipality, which owns the ferry company, would seek compensation from the shipyard under the contract but would not say how much.
P partial Bækgaard
O government Samsø Municipality
> The ferry cost 310 million kroner (about 41.5 million euros) and was partly funded by a 95 million kroner grant from the Danish Energy Agency, according to the local newspaper Samsø Posten.
F money 310 million kroner
F money 41.5 million euros
F money 95 million kroner
O government Danish Energy Agency
O media Samsø Posten
> The Besser can carry 140 cars and 600 passengers and makes the crossing to Hou in 70 minutes on a single charge. It replaced the diesel ferry Samsø, which was sold to a Norwegian operator in December.
F number 140
F number 600
L city Hou
F duration 70 minutes
> Samsø Linien carried 1.1 million passengers on its two routes last year.
O company Samsø Linien
F number 1.1 million
F number two
> Dairy farmer Jens Ole Thygesen, who farms near Onsbjerg in the north of the island, said the breakdown had come at the worst possible time.
P full Jens Ole Thygesen
L city Onsbjerg
> "I have 40 calves that should have gone to Horsens on Tuesday. Now they are still here, eating," he told The Local. He said each extra day cost him around 2,500 kroner.
Q direct Jens Ole Thygesen :: "I have 40 calves that should have gone to Horsens on Tuesday. Now they are still here, eating,"
F number 40
L city Horsens
O media The Local
F money 2,500 kroner
> Pupils at Samsø Efterskole and patients with hospital appointments in Aarhus have been given priority on the Ballen crossing, the municipality said.
O education Samsø Efterskole
L city Aarhus
L city Ballen
> Samsø Linien said 86 percent of departures on the Hou route had sailed on time since October and that it was "deeply sorry" for the disruption. A replacement vessel chartered from a company in Esbjerg is expected from February 17th.
O company Samsø Linien
F percent 86 percent
L city Hou
Q direct Samsø Linien :: "deeply sorry"
L city Esbjerg
F date February 17th
> The island, known for its early potatoes, has been promoted as Denmark's "Energy Island" since the late 1990s, when it set out to run entirely on wind and other renewable power.
L country Denmark
Q scare - :: "Energy Island"
F date 1990s
'''

ARTICLES['857-frost-wipes-out-half-acadian-peninsula-wild-blueberry-crop-saint-sauveur-lameque-cbc-new-brunswick'] = r'''
> Frost wipes out half of Acadian Peninsula's wild blueberry crop, growers say
F fraction half
L region Acadian Peninsula
> Losses could top $40M in Lamèque and Saint-Sauveur area, industry group estimates
F money $40M
L city Lamèque
L city Saint-Sauveur
> Gabrielle Thibodeau-Ryan · CBC News · Posted: Jul 22, 2038 5:00 AM ADT | Last Updated: July 22, 2038
P full Gabrielle Thibodeau-Ryan
O media CBC News
F date Jul 22, 2038
F time 5:00 AM ADT
F date July 22, 2038
> Réjean Haché walks through a field of frost-killed blueberry plants near Saint-Sauveur, N.B., on Monday. (Gabrielle Thibodeau-Ryan/CBC)
P full Réjean Haché
L city Saint-Sauveur
L region N.B.
P full Gabrielle Thibodeau-Ryan
O media CBC
> Réjean Haché has grown wild blueberries on the same 180 acres near Saint-Sauveur for 31 years. He says he has never seen his fields look like this in July.
P full Réjean Haché
F quantity 180 acres
L city Saint-Sauveur
F duration 31 years
> "It's brown. Everything is brown," said Haché, 63, standing among plants whose berries should be turning blue by now. "You can walk the whole field and fill maybe one basket."
Q direct Réjean Haché :: "It's brown. Everything is brown,"
P partial Haché
F age 63
Q direct Réjean Haché :: "You can walk the whole field and fill maybe one basket."
F number one
> A hard frost on the night of June 9 dropped temperatures to -4 C in parts of the Acadian Peninsula while the plants were in full bloom, according to Environment and Climate Change Canada.
F date June 9
F quantity -4 C
L region Acadian Peninsula
O government Environment and Climate Change Canada
> Bleuets NB Blueberries, the association that represents about 300 growers in the province, estimates that half of this year's crop in the northeast has been lost. That would be about 28 million pounds of fruit, worth more than $40 million at last year's price of $1.45 a pound.
O nonprofit Bleuets NB Blueberries
F number 300
F fraction half
F quantity 28 million pounds
F money $40 million
F money $1.45
> "This is the worst frost event we have recorded since the association started keeping data in 1997," executive director Marie-Soleil Losier said in an interview.
Q direct Marie-Soleil Losier :: "This is the worst frost event we have recorded since the association started keeping data in 1997,"
F date 1997
P full Marie-Soleil Losier
> Losier said the peninsula's growers produce about 40 per cent of New Brunswick's wild blueberries, most of which are frozen and shipped to the United States.
P partial Losier
F percent 40 per cent
L region New Brunswick
L country United States
> 'We don't have crop insurance for this'
Q direct Nathalie Chiasson-Robichaud :: 'We don't have crop insurance for this'
> Nathalie Chiasson-Robichaud, who farms 60 hectares on Lamèque Island with her brother, said many growers dropped their coverage under the provincial crop insurance program when premiums rose in 2036.
P full Nathalie Chiasson-Robichaud
F quantity 60 hectares
L geo Lamèque Island
F date 2036
> "We don't have crop insurance for this. A lot of us don't," she said in French. "The bank doesn't care if it was the frost."
Q direct Nathalie Chiasson-Robichaud :: "We don't have crop insurance for this. A lot of us don't,"
Q direct Nathalie Chiasson-Robichaud :: "The bank doesn't care if it was the frost."
> The province's Department of Agriculture, Aquaculture and Fisheries said staff would visit affected farms over the next two weeks to assess the damage.
O government Department of Agriculture, Aquaculture and Fisheries
F duration two weeks
> In a statement, the department said it was "working closely with industry" and that growers could apply to the federal-provincial AgriRecovery framework. It did not say whether the province would cover lost revenue.
Q direct Department of Agriculture, Aquaculture and Fisheries :: "working closely with industry"
> Processing plant expects short season
> The loss will also be felt at the Tracadie processing plant of Acadie Fruits Ltée, which employs about 220 seasonal workers during the August harvest.
L city Tracadie
O company Acadie Fruits Ltée
F number 220
> Plant manager Yvon Savoie said the company expects to run for five weeks this year instead of the usual 10, and is trying to bring in berries from Nova Scotia and Maine to keep staff working.
P full Yvon Savoie
F duration five weeks
F number 10
L region Nova Scotia
L region Maine
> "Some of our people need 420 hours to qualify for EI. With a short season, a lot of them won't get there," Savoie said.
Q direct Yvon Savoie :: "Some of our people need 420 hours to qualify for EI. With a short season, a lot of them won't get there,"
F duration 420 hours
P partial Savoie
> Haché said he would still hire pickers for the few fields the frost spared, but expects to lose about $150,000.
P partial Haché
F money $150,000
> "My father used to say the blueberry is patient. This year, I'll have to be patient, too," he said.
Q direct Réjean Haché :: "My father used to say the blueberry is patient. This year, I'll have to be patient, too,"
'''

ARTICLES['858-napo-river-oil-spill-kichwa-communities-cleanup-stalled-petroecuador-coca-mongabay'] = r'''
> Kichwa communities on Ecuador’s Napo River say oil spill cleanup has stalled
L country Ecuador
L geo Napo River
> A ruptured pipeline near the town of El Chaco sent an estimated 6,300 barrels of crude oil into the Coca River on March 3, 2039, and the slick reached the Napo River within two days.
L city El Chaco
F quantity 6,300 barrels
L geo Coca River
F date March 3, 2039
L geo Napo River
F duration two days
> Leaders of 14 Kichwa communities downstream of the city of Coca say state oil company Petroecuador has cleaned only the riverbanks near roads, leaving oil in lagoons and flooded forest they use for fishing and farming.
F number 14
L city Coca
O company Petroecuador
> Petroecuador says it has recovered 71% of the spilled oil; tests commissioned by an Indigenous federation found hydrocarbon levels up to 40 times the legal limit in sediment near three communities.
O company Petroecuador
F percent 71%
F number 40
F number three
> by Lucía Andrade Tapuy on 21 April 2039
P full Lucía Andrade Tapuy
F date 21 April 2039
> Banner image: Rosa Elena Grefa Alvarado shows oil residue on the bank of a lagoon near Yanayacu, Orellana province. Image by Lucía Andrade Tapuy for Mongabay.
P full Rosa Elena Grefa Alvarado
L city Yanayacu
L region Orellana
P full Lucía Andrade Tapuy
O media Mongabay
> When the oil came down the Napo River in early March, Rosa Elena Grefa Alvarado was in her canoe checking fishing nets near the community of Yanayacu, about 60 kilometers (37 miles) downstream of Coca.
L geo Napo River
P full Rosa Elena Grefa Alvarado
L city Yanayacu
F quantity 60 kilometers
F quantity 37 miles
L city Coca
> “The water smelled of gasoline. The fish were floating with their bellies up,” she told Mongabay in Spanish. “We ate from that river every day. Now the children ask if the fish will make them sick.”
Q direct Rosa Elena Grefa Alvarado :: “The water smelled of gasoline. The fish were floating with their bellies up,”
O media Mongabay
Q direct Rosa Elena Grefa Alvarado :: “We ate from that river every day. Now the children ask if the fish will make them sick.”
> Ecuador’s Ministry of Environment, Water and Ecological Transition (MAATE) said the March 3 rupture in the Trans-Ecuadorian Pipeline System (SOTE), caused by erosion of the riverbed near El Chaco, sent an estimated 6,300 barrels of crude into the Coca River. It was the largest spill in the region since 2020, when erosion that followed the collapse of the San Rafael waterfall broke two pipelines.
L country Ecuador
O government Ministry of Environment, Water and Ecological Transition
O government MAATE
F date March 3
L facility Trans-Ecuadorian Pipeline System
L facility SOTE
L city El Chaco
F quantity 6,300 barrels
L geo Coca River
F date 2020
L geo San Rafael
F number two
> Petroecuador said in a statement on April 15 that its crews had recovered 71% of the oil and had “completed the containment and cleaning of the affected riverbanks.” It said 1,200 workers and 38 boats had taken part in the response.
O company Petroecuador
F date April 15
F percent 71%
Q direct Petroecuador :: “completed the containment and cleaning of the affected riverbanks.”
F number 1,200
F number 38
> But leaders of 14 communities that belong to the Federation of Kichwa Communes of the Lower Napo (FECKIBAN) say the crews worked mainly where the river can be reached by road and never came to the lagoons and flooded forest where families fish.
F number 14
O nonprofit Federation of Kichwa Communes of the Lower Napo
O nonprofit FECKIBAN
> Samples from three lagoons, collected in late March and analyzed by a laboratory at the Central University of Ecuador in Quito, contained total petroleum hydrocarbons of up to 9,600 milligrams per kilogram of sediment, about 40 times the limit set in Ecuadorian law for sensitive ecosystems, according to the federation.
F number three
O education Central University of Ecuador
L city Quito
F quantity 9,600 milligrams per kilogram
F number 40
> “They cleaned for the cameras,” said Wilmer Shiguango Cerda, FECKIBAN’s president. “Where there is no road, there was no cleaning.”
Q direct Wilmer Shiguango Cerda :: “They cleaned for the cameras,”
P full Wilmer Shiguango Cerda
O nonprofit FECKIBAN
Q direct Wilmer Shiguango Cerda :: “Where there is no road, there was no cleaning.”
> Asked about the results, MAATE said it had received the federation’s report and would send technicians to the area “in the coming weeks.” It said Petroecuador could face a fine of up to 200 basic salaries, about $94,000, under the Environmental Code if it failed to comply with the remediation plan.
O government MAATE
Q direct Ministry of Environment, Water and Ecological Transition :: “in the coming weeks.”
O company Petroecuador
F number 200
F money $94,000
> Diana Yumbo Licuy, a lawyer with Fundación Ñukanchik Allpa, which represents the communities, said they filed a constitutional protection action in a court in Francisco de Orellana on April 9, asking a judge to order a new cleanup and health checks for about 3,000 people.
P full Diana Yumbo Licuy
O nonprofit Fundación Ñukanchik Allpa
L city Francisco de Orellana
F date April 9
F number 3,000
> “The Constitution recognizes the rights of nature. The river also has the right to be repaired,” Yumbo said. A hearing is set for May 12.
Q direct Diana Yumbo Licuy :: “The Constitution recognizes the rights of nature. The river also has the right to be repaired,”
P partial Yumbo
F date May 12
> Grefa said her community has stopped fishing in the Napo and now buys canned tuna in Coca, a four-hour trip by motorized canoe that costs her $25 in fuel each way.
P partial Grefa
L geo Napo
L city Coca
F duration four-hour
F money $25
> “Before, the river was our market,” she said. “Now we pay to eat.”
Q direct Rosa Elena Grefa Alvarado :: “Before, the river was our market,”
Q direct Rosa Elena Grefa Alvarado :: “Now we pay to eat.”
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
