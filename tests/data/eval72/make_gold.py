#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval72 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval72/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['475-gagaifomauga-no-3-by-election-fast-holds-seiuli-samoa-observer'] = r'''
> Politics
> F.A.S.T. holds Gagaifomauga No. 3 by 87 votes, runner-up to 'study' result
O party F.A.S.T.
L region Gagaifomauga No. 3
F number 87
Q direct Lautafi Malia Fonoti-Sapolu :: 'study'
> By Elisapeta Tuimavave
P full Elisapeta Tuimavave
> 09 March 2037, 8:15PM
F date 09 March 2037
F time 8:15PM
> F.A.S.T. candidate Seiuli Peni Aumua (centre) is congratulated by supporters at Safotu on Saturday night. (Photo: Tavita Leilua)
O party F.A.S.T.
P full Seiuli Peni Aumua
L city Safotu
P full Tavita Leilua
> The Fa'atuatua i le Atua Samoa ua Tasi (F.A.S.T.) party has held on to the Gagaifomauga No. 3 seat in Saturday's by-election, with its candidate Seiuli Peni Aumua beating the Human Rights Protection Party (H.R.P.P.) candidate by 87 votes, according to preliminary results released by the Office of the Electoral Commissioner (O.E.C.).
O party Fa'atuatua i le Atua Samoa ua Tasi
O party F.A.S.T.
L region Gagaifomauga No. 3
P full Seiuli Peni Aumua
O party Human Rights Protection Party
O party H.R.P.P.
F number 87
O government Office of the Electoral Commissioner
O government O.E.C.
> Seiuli, a 54-year-old former school principal from Safotu, polled 1,184 votes to 1,097 for the H.R.P.P.'s Lautafi Malia Fonoti-Sapolu. Independent candidate Ioane Ah Sue, a 29-year-old taro exporter from Matavai, received 212 votes, and 31 ballots were ruled informal.
P partial Seiuli
F age 54-year-old
L city Safotu
F number 1,184
F number 1,097
O party H.R.P.P.
P full Lautafi Malia Fonoti-Sapolu
P full Ioane Ah Sue
F age 29-year-old
L city Matavai
F number 212
F number 31
> The by-election was called after the death in December of Tuiloma Ropati Fepulea'i, who had held the northern Savai'i seat for F.A.S.T. since 2030. Turnout was 78.4 per cent of the 3,211 registered voters, down from 86 per cent at the 2035 general election, the O.E.C. said.
P full Tuiloma Ropati Fepulea'i
L geo Savai'i
O party F.A.S.T.
F date 2030
F percent 78.4 per cent
F number 3,211
F percent 86 per cent
F date 2035
O government O.E.C.
> The result leaves the government with 31 of the 54 seats in the Legislative Assembly and spares the ruling party an awkward test before the Budget is tabled in June.
F number 31
F number 54
O government Legislative Assembly
> Speaking to supporters at Safotu shortly after midnight, Seiuli thanked the villages of the constituency in Samoan. "Fa'afetai tele lava," he said (thank you very much), before switching to English: "This seat belonged to Tuiloma for six years. I will not fill his shoes, but I will walk the same road he walked, to every village from Samauga to Matavai."
L city Safotu
P partial Seiuli
Q direct Seiuli Peni Aumua :: "Fa'afetai tele lava,"
Q direct Seiuli Peni Aumua :: "This seat belonged to Tuiloma for six years. I will not fill his shoes, but I will walk the same road he walked, to every village from Samauga to Matavai."
P partial Tuiloma
F duration six years
L city Samauga
L city Matavai
> Lautafi, 47, who was trying to become the first woman to represent Gagaifomauga No. 3, said she would "study" the result with her lawyers before deciding whether to file an election petition.
P partial Lautafi
F age 47
L region Gagaifomauga No. 3
Q direct Lautafi Malia Fonoti-Sapolu :: "study"
> "My scrutineers saw problems at two polling booths in Lefagaoali'i, and the law gives us 21 days. I am not saying the result is wrong. I am saying we will look at it properly," she told the Samoa Observer.
Q direct Lautafi Malia Fonoti-Sapolu :: "My scrutineers saw problems at two polling booths in Lefagaoali'i, and the law gives us 21 days. I am not saying the result is wrong. I am saying we will look at it properly,"
F number two
L city Lefagaoali'i
F duration 21 days
O media Samoa Observer
> In a statement on Sunday, the H.R.P.P. said it "respects the voice of the people of Gagaifomauga No. 3" and would stand behind its candidate whatever she decided.
O party H.R.P.P.
Q direct Human Rights Protection Party :: "respects the voice of the people of Gagaifomauga No. 3"
L region Gagaifomauga No. 3
> Electoral Commissioner Fuimaono Ane Leavasa said the official count would begin at 9am on Tuesday at the O.E.C. office in Apia. The 64 special votes cast at Salelologa and in Apia would be added then, but they could not change the outcome.
P full Fuimaono Ane Leavasa
F time 9am
O government O.E.C.
L city Apia
F number 64
L city Salelologa
L city Apia
> "Even if every special vote went to the same candidate, the margin would not be closed. The people of Gagaifomauga No. 3 have spoken," Fuimaono said.
Q direct Fuimaono Ane Leavasa :: "Even if every special vote went to the same candidate, the margin would not be closed. The people of Gagaifomauga No. 3 have spoken,"
L region Gagaifomauga No. 3
P partial Fuimaono
> Under the Electoral Act 2019, a petition must be filed with the Supreme Court within 21 days of the declaration of the result, together with a deposit of $1,000 tala.
O government Supreme Court
F duration 21 days
F money $1,000 tala
> Ah Sue, who campaigned on sealed roads and mobile coverage for the inland plantations, said he was "proud" of a result that few had expected.
P partial Ah Sue
Q direct Ioane Ah Sue :: "proud"
> "Two hundred people voted for a young man with no matai title and no party. That is a message to both parties, not only to one," he said.
Q direct Ioane Ah Sue :: "Two hundred people voted for a young man with no matai title and no party. That is a message to both parties, not only to one,"
F number Two hundred
> Gagaifomauga No. 3 takes in the north coast villages of Samauga, Lefagaoali'i, Safotu and Matavai. Village mayors estimate that more than 300 registered voters are working in New Zealand and Australia under seasonal work schemes and could not vote on Saturday.
L region Gagaifomauga No. 3
L city Samauga
L city Lefagaoali'i
L city Safotu
L city Matavai
F number 300
L country New Zealand
L country Australia
> Seiuli is expected to be sworn in when Parliament resumes at Mulinu'u on 23 March.
P partial Seiuli
O government Parliament
L city Mulinu'u
F date 23 March
> Preliminary results, Gagaifomauga No. 3:
L region Gagaifomauga No. 3
> Seiuli Peni Aumua (F.A.S.T.) 1,184
P full Seiuli Peni Aumua
O party F.A.S.T.
F number 1,184
> Lautafi Malia Fonoti-Sapolu (H.R.P.P.) 1,097
P full Lautafi Malia Fonoti-Sapolu
O party H.R.P.P.
F number 1,097
> Ioane Ah Sue (Independent) 212
P full Ioane Ah Sue
F number 212
> Informal 31
F number 31
'''

ARTICLES['476-capelin-zero-quota-neskaupstadur-vestmannaeyjar-mfri-iceland-review'] = r'''
> News
> East Fjords Towns Brace for Second Winter Without Capelin
L region East Fjords
> The Marine and Freshwater Research Institute has advised a zero quota for the season, a blow to Neskaupstaður and Vestmannaeyjar that could cost the economy ISK 25 billion.
O government Marine and Freshwater Research Institute
F number zero
L city Neskaupstaður
L city Vestmannaeyjar
F money ISK 25 billion
> By Hólmfríður Dögg Einarsdóttir
P full Hólmfríður Dögg Einarsdóttir
> February 4, 2038
F date February 4, 2038
> Pelagic trawlers moored in Neskaupstaður harbour. Photo: Snæbjörn Þór Guðmundsson.
L city Neskaupstaður
P full Snæbjörn Þór Guðmundsson
> There will be no capelin fishing off Iceland this winter after the Marine and Freshwater Research Institute (MFRI) advised on Tuesday that the quota for the 2037–2038 season be set at zero. It is the second winter in a row without a capelin season.
L country Iceland
O government Marine and Freshwater Research Institute
O government MFRI
F date 2037–2038
F number zero
> The advice follows a survey by the research vessels Árni Friðriksson and Bjarni Sæmundsson between January 11 and January 24, which measured a spawning stock of 287,000 tonnes off the east and north coasts. Under the harvest rule agreed with Greenland and Norway, no quota can be issued unless at least 150,000 tonnes are expected to remain in the sea to spawn in March.
F date January 11
F date January 24
F quantity 287,000 tonnes
L country Greenland
L country Norway
F quantity 150,000 tonnes
> “We found capelin, but far fewer mature fish than we need to see,” said Sigríður Ósk Hafsteinsdóttir, who heads the institute’s pelagic division. “The young fish were there in good numbers, which gives us some hope for next winter.”
Q direct Sigríður Ósk Hafsteinsdóttir :: “We found capelin, but far fewer mature fish than we need to see,”
P full Sigríður Ósk Hafsteinsdóttir
Q direct Sigríður Ósk Hafsteinsdóttir :: “The young fish were there in good numbers, which gives us some hope for next winter.”
> Sigríður said warmer water north of Iceland had pushed the stock’s feeding grounds further towards Greenland and Jan Mayen in recent years, making the fish harder to find and to measure.
P partial Sigríður
L country Iceland
L country Greenland
L geo Jan Mayen
> Capelin exports were worth ISK 38.2 billion in the 2035–2036 season, the last with a full quota, according to Statistics Iceland. Most of the catch is turned into fishmeal and oil, while roe and frozen females are sold to Japan and Eastern Europe.
F money ISK 38.2 billion
F date 2035–2036
O government Statistics Iceland
L country Japan
L region Eastern Europe
> In Neskaupstaður, where the fishing company Hrafnaborg hf. runs one of the country’s largest fishmeal plants, the news had been expected but was still hard to take. For decades the “loðnuvertíð”, as the winter capelin rush is known, has meant night shifts and overtime for half the town. The company employs 210 people in the town and in nearby Eskifjörður, and its three pelagic trawlers will spend the winter fishing blue whiting west of the Faroe Islands instead.
L city Neskaupstaður
O company Hrafnaborg hf.
Q scare - :: “loðnuvertíð”
F fraction half
F number 210
L city Eskifjörður
F number three
L geo Faroe Islands
> “Two winters without capelin is not the end of the world for a company like ours,” Kristján Már Ingvarsson, Hrafnaborg’s managing director, told Iceland Review. “We have mackerel, we have herring, we have blue whiting.
Q direct Kristján Már Ingvarsson :: “Two winters without capelin is not the end of the world for a company like ours,”
F number Two
P full Kristján Már Ingvarsson
O company Hrafnaborg
O media Iceland Review
Q direct Kristján Már Ingvarsson :: “We have mackerel, we have herring, we have blue whiting.
> “But for the people in the plant, it means six or seven weeks of night shifts that will not come. That is real money for families here. Some of them have already asked me whether they should move to Reykjavík.”
Q direct Kristján Már Ingvarsson :: “But for the people in the plant, it means six or seven weeks of night shifts that will not come. That is real money for families here. Some of them have already asked me whether they should move to Reykjavík.”
F duration six
F duration seven weeks
L city Reykjavík
> Fjarðabyggð, the municipality that includes Neskaupstaður and Eskifjörður, expects to lose about ISK 140 million in harbour fees and local tax income. Mayor Bryndís Lind Ólafsdóttir called it “a hole in the budget that we cannot simply wish away” and said the municipality would ask the state for help to keep the fishmeal plants’ seasonal staff on the payroll.
L region Fjarðabyggð
L city Neskaupstaður
L city Eskifjörður
F money ISK 140 million
P full Bryndís Lind Ólafsdóttir
Q direct Bryndís Lind Ólafsdóttir :: “a hole in the budget that we cannot simply wish away”
> In Vestmannaeyjar, the Westman Islands off the south coast, the fishing company Eyjaberg ehf. has told 38 temporary workers that their contracts will not be renewed. A deckhand on one of the company’s trawlers, who asked not to be named, said younger crews had lost “close to a third” of their yearly income.
L city Vestmannaeyjar
L geo Westman Islands
O company Eyjaberg ehf.
F number 38
Q direct - :: “close to a third”
F fraction a third
> “Capelin is the bonus. It is what pays off the truck or the house. Two years without it, you feel it,” he said.
Q direct - :: “Capelin is the bonus. It is what pays off the truck or the house. Two years without it, you feel it,”
F duration Two years
> Fisheries Minister Einar Logi Bergþórsson said the government would follow the institute’s advice, as every government has done since the harvest rule was adopted in 2015. “We do not fish what is not there. That rule is why there is still a stock to fish next year,” he said.
P full Einar Logi Bergþórsson
F date 2015
Q direct Einar Logi Bergþórsson :: “We do not fish what is not there. That rule is why there is still a stock to fish next year,”
> A second survey is planned for late February, and the MFRI has said it will revise its advice if the vessels find significantly more fish. Last winter the follow-up survey changed nothing, Sigríður said, “but the capelin has surprised us before.”
O government MFRI
P partial Sigríður
Q direct Sigríður Ósk Hafsteinsdóttir :: “but the capelin has surprised us before.”
> A full capelin season brings in between ISK 20 billion and ISK 40 billion in export revenue, or roughly €135 million to €270 million, depending on the size of the quota and prices in Japan.
F money ISK 20 billion
F money ISK 40 billion
F money €135 million
F money €270 million
L country Japan
'''

ARTICLES['477-saint-louis-st-bonaventure-obi-nwosu-chaifetz-arena-box-score-post-dispatch'] = r'''
> SLU Billikens
O team SLU Billikens
> Obi-Nwosu scores 24 as Billikens hold off Bonnies, clinch A-10 double bye
P partial Obi-Nwosu
F number 24
O team Billikens
O team Bonnies
O other A-10
> By Dana Kessler-Whitt
P full Dana Kessler-Whitt
> Mar 6, 2038
F date Mar 6, 2038
> Saint Louis forward Chukwuemeka Obi-Nwosu dunks over St. Bonaventure’s Mamadou Ndiaye-Sarr in the second half Saturday at Chaifetz Arena. Photo by Renata Oduya, Post-Dispatch
O team Saint Louis
P full Chukwuemeka Obi-Nwosu
O team St. Bonaventure
P full Mamadou Ndiaye-Sarr
L facility Chaifetz Arena
P full Renata Oduya
O media Post-Dispatch
> Chukwuemeka Obi-Nwosu had 24 points and 11 rebounds, and Saint Louis held off a late St. Bonaventure rally for a 74-69 win Saturday at Chaifetz Arena that clinched a double bye in next week’s Atlantic 10 Tournament.
P full Chukwuemeka Obi-Nwosu
F number 24
F number 11
O team Saint Louis
O team St. Bonaventure
F score 74-69
L facility Chaifetz Arena
> The Billikens (21-9, 12-6 A-10) led 66-52 with 4:51 to play before the Bonnies (17-13, 8-10) scored 13 of the next 15 points. Declan Hartigan’s 3-pointer from the left wing cut the lead to 68-65 with 58 seconds left, and Chaifetz, loud all afternoon, went quiet.
O team Billikens
F score 21-9
F score 12-6
O other A-10
F score 66-52
F time 4:51
O team Bonnies
F score 17-13
F score 8-10
F number 13
F number 15
P full Declan Hartigan
F number 3
F score 68-65
F duration 58 seconds
L facility Chaifetz
> Matas Žukauskas answered. The sophomore guard from Kaunas, Lithuania, drove the baseline, drew a foul and made both free throws with 41 seconds left, then found Obi-Nwosu for a dunk on SLU’s next possession.
P full Matas Žukauskas
L city Kaunas
L country Lithuania
F duration 41 seconds
P partial Obi-Nwosu
O team SLU
> Dalen Pruitt-Lee’s layup made it 72-67 with 19 seconds to go, and Brayden Toliver-Hayes, who scored 12 points off the bench, sealed it with two free throws before Liko Kealoha’s layup at the buzzer.
P full Dalen Pruitt-Lee
F score 72-67
F duration 19 seconds
P full Brayden Toliver-Hayes
F number 12
F number two
P full Liko Kealoha
> Žukauskas finished with 15 points and six assists for the Billikens, who won their fifth straight game and their 14th in 15 home games this season.
P partial Žukauskas
F number 15
F number six
O team Billikens
F number 15
> “We didn’t make it easy on ourselves,” SLU coach Marcus Delahunt said. “But this group has been in close games since November. Nobody panicked. Matas made two big free throws, and Emeka did what Emeka does.”
Q direct Marcus Delahunt :: “We didn’t make it easy on ourselves,”
O team SLU
P full Marcus Delahunt
Q direct Marcus Delahunt :: “But this group has been in close games since November. Nobody panicked. Matas made two big free throws, and Emeka did what Emeka does.”
P partial Matas
F number two
P partial Emeka
P partial Emeka
> Obi-Nwosu, a 6-foot-9 senior from Enugu, Nigeria, spent two seasons at Hutchinson Community College in Kansas before transferring to SLU. He made 9 of 14 shots and 6 of 7 free throws and scored in double figures for the 27th time in 30 games.
P partial Obi-Nwosu
F quantity 6-foot-9
L city Enugu
L country Nigeria
F number two
O education Hutchinson Community College
L region Kansas
O team SLU
F number 9
F number 14
F number 6
F number 7
F number 30
> “I told my mom before the game that this was the one I wanted,” Obi-Nwosu said. “Senior day, last home game, a bye on the line. You don’t get many of those.”
Q direct Chukwuemeka Obi-Nwosu :: “I told my mom before the game that this was the one I wanted,”
P partial Obi-Nwosu
Q direct Chukwuemeka Obi-Nwosu :: “Senior day, last home game, a bye on the line. You don’t get many of those.”
> Ndiaye-Sarr, a 6-foot-11 junior from Thiès, Senegal, led St. Bonaventure with 17 points and nine rebounds before fouling out with 2:10 remaining. Hartigan, a graduate transfer from Dublin, Ireland, made 4 of 10 3-pointers and finished with 16 points.
P partial Ndiaye-Sarr
F quantity 6-foot-11
L city Thiès
L country Senegal
O team St. Bonaventure
F number 17
F number nine
F time 2:10
P partial Hartigan
L city Dublin
L country Ireland
F number 4
F number 10
F number 3
F number 16
> The Bonnies shot 41% from the field and were outrebounded 36-31, but they made 10 3-pointers, six of them in the second half.
O team Bonnies
F percent 41%
F number 36-31
F number 10
F number 3
F number six
> “We got the game we wanted and the ending we didn’t,” St. Bonaventure coach Ray Costigan said. “Give them credit. Their best players made plays in the last two minutes, and ours missed a couple.”
Q direct Ray Costigan :: “We got the game we wanted and the ending we didn’t,”
O team St. Bonaventure
P full Ray Costigan
Q direct Ray Costigan :: “Give them credit. Their best players made plays in the last two minutes, and ours missed a couple.”
F duration two minutes
> SLU led 38-31 at halftime after a 12-2 run late in the first half, with Toliver-Hayes hitting two 3-pointers in 40 seconds. The Billikens stretched the lead to 14 early in the second half behind eight straight points from Obi-Nwosu.
O team SLU
F score 38-31
F score 12-2
P partial Toliver-Hayes
F number two
F number 3
F duration 40 seconds
O team Billikens
F number 14
F number eight
P partial Obi-Nwosu
> The Billikens, the No. 2 seed, will play in the quarterfinals Friday at 11 a.m. at Barclays Center in Brooklyn, N.Y., against the winner of Thursday’s Dayton-Fordham game. St. Bonaventure opens the tournament Wednesday.
O team Billikens
F time 11 a.m.
L facility Barclays Center
L city Brooklyn
L region N.Y.
O team Dayton
O team Fordham
O team St. Bonaventure
> SAINT LOUIS 74, ST. BONAVENTURE 69
O team SAINT LOUIS
F score 74
O team ST. BONAVENTURE
F score 69
> ST. BONAVENTURE (17-13)
O team ST. BONAVENTURE
F score 17-13
> Ndiaye-Sarr 7-12 3-4 17, Hartigan 5-13 2-2 16, Washington 2-7 0-0 5, Kealoha 3-8 2-2 9, Pruitt-Lee 4-11 4-6 13, Abernathy 1-4 0-0 3, Szymanski 2-4 0-0 6. Totals 24-59 11-14 69.
P partial Ndiaye-Sarr
F number 7-12
F number 3-4
F number 17
P partial Hartigan
F number 5-13
F number 2-2
F number 16
P partial Washington
F number 2-7
F number 0-0
F number 5
P partial Kealoha
F number 3-8
F number 2-2
F number 9
P partial Pruitt-Lee
F number 4-11
F number 4-6
F number 13
P partial Abernathy
F number 1-4
F number 0-0
F number 3
P partial Szymanski
F number 2-4
F number 0-0
F number 6
F number 24-59
F number 11-14
F number 69
> SAINT LOUIS (21-9)
O team SAINT LOUIS
F score 21-9
> Obi-Nwosu 9-14 6-7 24, Žukauskas 5-11 4-4 15, Baptiste 3-9 0-0 7, Guerrero 2-5 2-2 6, Delgado-Ruiz 2-6 0-2 6, Toliver-Hayes 4-8 2-3 12, Fofana 2-4 0-1 4. Totals 27-57 14-19 74.
P partial Obi-Nwosu
F number 9-14
F number 6-7
F number 24
P partial Žukauskas
F number 5-11
F number 4-4
F number 15
P partial Baptiste
F number 3-9
F number 0-0
F number 7
P partial Guerrero
F number 2-5
F number 2-2
F number 6
P partial Delgado-Ruiz
F number 2-6
F number 0-2
F number 6
P partial Toliver-Hayes
F number 4-8
F number 2-3
F number 12
P partial Fofana
F number 2-4
F number 0-1
F number 4
F number 27-57
F number 14-19
F number 74
> Halftime—Saint Louis 38-31.
O team Saint Louis
F score 38-31
> 3-Point Goals—St. Bonaventure 10-27 (Hartigan 4-10, Szymanski 2-3, Washington 1-5, Kealoha 1-4, Pruitt-Lee 1-3, Abernathy 1-2), Saint Louis 6-18 (Toliver-Hayes 2-4, Delgado-Ruiz 2-5, Žukauskas 1-4, Baptiste 1-5).
F number 3
O team St. Bonaventure
F number 10-27
P partial Hartigan
F number 4-10
P partial Szymanski
F number 2-3
P partial Washington
F number 1-5
P partial Kealoha
F number 1-4
P partial Pruitt-Lee
F number 1-3
P partial Abernathy
F number 1-2
O team Saint Louis
F number 6-18
P partial Toliver-Hayes
F number 2-4
P partial Delgado-Ruiz
F number 2-5
P partial Žukauskas
F number 1-4
P partial Baptiste
F number 1-5
> Fouled Out—Ndiaye-Sarr.
P partial Ndiaye-Sarr
> Rebounds—St. Bonaventure 31 (Ndiaye-Sarr 9), Saint Louis 36 (Obi-Nwosu 11).
O team St. Bonaventure
F number 31
P partial Ndiaye-Sarr
F number 9
O team Saint Louis
F number 36
P partial Obi-Nwosu
F number 11
> Assists—St. Bonaventure 11 (Pruitt-Lee 5), Saint Louis 15 (Žukauskas 6).
O team St. Bonaventure
F number 11
P partial Pruitt-Lee
F number 5
O team Saint Louis
F number 15
P partial Žukauskas
F number 6
> Total Fouls—St. Bonaventure 18, Saint Louis 14.
O team St. Bonaventure
F number 18
O team Saint Louis
F number 14
> A—8,412 (10,600).
F number 8,412
F number 10,600
'''

ARTICLES['478-tan-uyen-woodcraft-furniture-plant-us-orders-hcmc-vnexpress'] = r'''
> Business
> HCMC furniture maker to hire 2,500 workers as US orders jump 31%
L city HCMC
F number 2,500
L country US
F percent 31%
> Tan Uyen Woodcraft, one of Vietnam's largest furniture exporters, will build a VND1.9 trillion factory in the former Binh Duong Province as American retailers move orders away from China.
O company Tan Uyen Woodcraft
L country Vietnam
F money VND1.9 trillion
L region Binh Duong Province
L country China
> By Thanh Tam, Quynh Nhu
P full Thanh Tam
P full Quynh Nhu
> March 11, 2038 | 03:14 pm PT
F date March 11, 2038
F time 03:14 pm PT
> Workers assemble oak dining chairs at Tan Uyen Woodcraft's factory in HCMC's Tan Uyen Ward, March 2038. Photo by VnExpress/Thanh Tam
O company Tan Uyen Woodcraft
L city HCMC
L city Tan Uyen Ward
F date March 2038
O media VnExpress
P full Thanh Tam
> Tan Uyen Woodcraft JSC said Tuesday it will spend VND1.9 trillion ($73 million) on a second factory in Bac Tan Uyen Commune, HCMC, creating 2,500 jobs by the end of 2039, after orders from U.S. retailers rose 31% year-on-year in the first two months.
O company Tan Uyen Woodcraft JSC
F money VND1.9 trillion
F money $73 million
L city Bac Tan Uyen Commune
L city HCMC
F number 2,500
F date 2039
L country U.S.
F percent 31%
F duration two months
> The 42-hectare plant, in what was Binh Duong Province before the province merged into HCMC in 2025, will make solid-wood dining sets and upholstered sofas, mainly for the U.S. and Canada, the company said in a filing to the Ho Chi Minh Stock Exchange (HoSE).
F quantity 42-hectare
L region Binh Duong Province
L city HCMC
F date 2025
L country U.S.
L country Canada
O company Ho Chi Minh Stock Exchange
O company HoSE
> General director Nguyen Thi Kim Loan said American buyers had shifted around 40% of the orders they used to place with factories in Guangdong and Fujian to Vietnam over the past 18 months, driven by U.S. tariffs on Chinese furniture.
P full Nguyen Thi Kim Loan
F percent 40%
L region Guangdong
L region Fujian
L country Vietnam
F duration 18 months
L country U.S.
> "Buyers from North Carolina and Michigan now come here and stay a week, not two days," Loan said. "Three years ago they asked if we could make 20 containers a month. Now they ask for 60."
Q direct Nguyen Thi Kim Loan :: "Buyers from North Carolina and Michigan now come here and stay a week, not two days,"
L region North Carolina
L region Michigan
F duration two days
P partial Loan
Q direct Nguyen Thi Kim Loan :: "Three years ago they asked if we could make 20 containers a month. Now they ask for 60."
F duration Three years
F number 20
F number 60
> The company, which started as a sawmill in the former Tan Uyen District in 1998, exported furniture worth $214 million last year, up 18% from 2036. It employs 6,800 people, most of them from the Mekong Delta and the central provinces.
L region Tan Uyen District
F date 1998
F money $214 million
F percent 18%
F date 2036
F number 6,800
L region Mekong Delta
> Vietnam's wood and wood product exports hit a record $21.4 billion in 2037, with the U.S. taking 54%, according to the Handicraft and Wood Industry Association of HCMC (HAWA).
L country Vietnam
F money $21.4 billion
F date 2037
L country U.S.
F percent 54%
O nonprofit Handicraft and Wood Industry Association of HCMC
O nonprofit HAWA
> HAWA vice chairman Tran Quoc Bao said 2038 could be "the best year and the most dangerous year at the same time" for the industry. The U.S. Department of Commerce opened an investigation in January into whether Chinese manufacturers were shipping semi-finished furniture through Vietnam to avoid duties, he said.
O nonprofit HAWA
P full Tran Quoc Bao
F date 2038
Q direct Tran Quoc Bao :: "the best year and the most dangerous year at the same time"
O government U.S. Department of Commerce
L country Vietnam
> "If a single company cheats on origin, all 1,200 of our members pay for it. We tell them: check every container, keep every invoice," Bao said.
Q direct Tran Quoc Bao :: "If a single company cheats on origin, all 1,200 of our members pay for it. We tell them: check every container, keep every invoice,"
F number 1,200
P partial Bao
> U.S. tariffs of 25% on upholstered furniture, imposed under Section 232 of the Trade Expansion Act, still apply to Vietnamese goods, while solid-wood dining furniture enters duty-free. That is why two-thirds of the new plant's capacity will go to tables and chairs, Loan said.
L country U.S.
F percent 25%
F fraction two-thirds
P partial Loan
> Entry-level workers at Tan Uyen Woodcraft earn VND9.5 million ($365) a month plus meals. Ly Van Sang, 34, who moved from Can Tho with his wife in 2031, said overtime was the main reason he stayed.
O company Tan Uyen Woodcraft
F money VND9.5 million
F money $365
P full Ly Van Sang
F age 34
L city Can Tho
F date 2031
> "Last year we worked until 9 p.m. four nights a week. That money paid for my son's school back home," Sang said.
Q direct Ly Van Sang :: "Last year we worked until 9 p.m. four nights a week. That money paid for my son's school back home,"
F time 9 p.m.
F number four
P partial Sang
> HAWA estimates the industry will need 60,000 more workers by 2040, while average wages in wood processing rose 9% last year. Many factories are now installing robotic sanding and spray-painting lines from Germany and Italy to save labor, Bao said.
O nonprofit HAWA
F number 60,000
F date 2040
F percent 9%
L country Germany
L country Italy
P partial Bao
> Tan Uyen Woodcraft shares rose 4.2% to VND48,300 on Tuesday on HoSE.
O company Tan Uyen Woodcraft
F percent 4.2%
F money VND48,300
O company HoSE
> Vietnam is the world's second largest furniture exporter after China, and the U.S. has been its biggest market for more than two decades.
L country Vietnam
L country China
L country U.S.
F duration two decades
'''

ARTICLES['479-joza-water-outage-james-kleynhans-pumps-makana-grocotts-mail'] = r'''
> News
> Joza taps dry for 11th day as James Kleynhans pumps fail again
L city Joza
L facility James Kleynhans
> Makana says repairs will take at least another week; residents queue at tankers from 5am
L region Makana
F time 5am
> Lwazi Ntshinga
P full Lwazi Ntshinga
> 12 March 2037
F date 12 March 2037
> Residents of Extension 6 fill containers from a municipal water tanker on Tuesday morning. Photo: Buhle Kwababana
L city Extension 6
P full Buhle Kwababana
> Households in Joza and the eastern townships of Makhanda (formerly Grahamstown) have been without running water for 11 days after two of the four raw-water pumps at the James Kleynhans Water Treatment Works broke down again last week, the Makana Local Municipality has confirmed.
L city Joza
L city Makhanda
L city Grahamstown
F duration 11 days
F number two
F number four
L facility James Kleynhans Water Treatment Works
O government Makana Local Municipality
> The plant, which draws water from the Orange River via the Great Fish River, normally supplies about 10 megalitres a day to the eastern side of the city, including Joza, Extension 6, Extension 9, Hlalani, Tantyi and Fingo Village. Since 2 March it has produced less than 4Ml/day.
L geo Orange River
L geo Great Fish River
F quantity 10 megalitres
L city Joza
L city Extension 6
L city Extension 9
L city Hlalani
L city Tantyi
L city Fingo Village
F date 2 March
F quantity 4Ml/day
> In a statement on Wednesday, the municipality said it “regrets the inconvenience to affected residents” and that a contractor had taken the two pumps to Gqeberha for repair.
Q direct Makana Local Municipality :: “regrets the inconvenience to affected residents”
F number two
L city Gqeberha
> Municipal spokesperson Anele Mjekula said the pumps were expected back “by the middle of next week” but could not give a date. “We know people are tired. We are tired too. Our teams have been working through the night, but you cannot fix a pump that is sitting in a workshop 130 kilometres away,” he said.
P full Anele Mjekula
Q direct Anele Mjekula :: “by the middle of next week”
Q direct Anele Mjekula :: “We know people are tired. We are tired too. Our teams have been working through the night, but you cannot fix a pump that is sitting in a workshop 130 kilometres away,”
F quantity 130 kilometres
> The western side of the city, which is supplied by the Waainek Water Treatment Works from Settlers Dam and Howieson’s Poort Dam, has had water for most of the week, although the level at Howieson’s Poort has fallen to 23%.
L facility Waainek Water Treatment Works
L geo Settlers Dam
L geo Howieson’s Poort Dam
L geo Howieson’s Poort
F percent 23%
> At a tanker in Extension 6 on Tuesday, Nomalungelo Kwetana, 63, had been waiting since before sunrise with six 25-litre containers.
L city Extension 6
P full Nomalungelo Kwetana
F age 63
F number six
F quantity 25-litre
> “Asinamanzi, asinanto,” she said (we have no water, we have nothing). “I carry water up this hill twice a day. My grandchildren go to school without washing. This is not the first time, and the municipality knows it.”
Q direct Nomalungelo Kwetana :: “Asinamanzi, asinanto,”
Q direct Nomalungelo Kwetana :: “I carry water up this hill twice a day. My grandchildren go to school without washing. This is not the first time, and the municipality knows it.”
> Ward 4 councillor Xolani Mqhayi (ANC) said 14 tankers and 22 JoJo tanks had been placed around Joza, but residents in the higher streets of Tantyi were still walking more than a kilometre to the nearest one.
L region Ward 4
P full Xolani Mqhayi
O party ANC
F number 14
F number 22
O company JoJo
L city Joza
L city Tantyi
> “I have asked for tankers to come in the evening as well, because people work during the day. If you are at work in town, by the time you come back the tanker is empty,” Mqhayi said.
Q direct Xolani Mqhayi :: “I have asked for tankers to come in the evening as well, because people work during the day. If you are at work in town, by the time you come back the tanker is empty,”
P partial Mqhayi
> Makana owes Amatola Water R38.6-million for bulk water, according to the utility, and the Department of Water and Sanitation (DWS) is funding a R120-million upgrade of James Kleynhans that would double its capacity to 20Ml a day. The project was due to be finished in June 2036 and is now nine months behind schedule.
L region Makana
O government Amatola Water
F money R38.6-million
O government Department of Water and Sanitation
O government DWS
F money R120-million
L facility James Kleynhans
F quantity 20Ml
F date June 2036
F duration nine months
> Professor Hendrik van Staden of the Institute for Water Research at Rhodes University said the pumps at James Kleynhans were “older than most of the people queuing for water” and that breakdowns would continue until the upgrade was complete.
P full Hendrik van Staden
O education Institute for Water Research
O education Rhodes University
L facility James Kleynhans
Q direct Hendrik van Staden :: “older than most of the people queuing for water”
> “Makhanda has the water. The problem is getting it from the river to the tap. Every week without maintenance now costs the town more later,” Van Staden said.
Q direct Hendrik van Staden :: “Makhanda has the water. The problem is getting it from the river to the tap. Every week without maintenance now costs the town more later,”
L city Makhanda
P partial Van Staden
> At least three schools in Joza, including Nombulelo Secondary School, sent learners home at 11am on Monday because toilets could not be flushed, the Eastern Cape Department of Education’s Sarah Baartman district office confirmed.
F number three
L city Joza
O education Nombulelo Secondary School
F time 11am
O government Eastern Cape Department of Education
L region Sarah Baartman
> The Makhanda Water Forum, a residents’ group, said it would march to the City Hall on Friday to hand over a memorandum demanding a written repair schedule and a daily tanker timetable.
O nonprofit Makhanda Water Forum
L facility City Hall
> Mjekula said residents could report tankers that did not arrive by contacting their ward councillors.
P partial Mjekula
'''

ARTICLES['480-kai-tak-harbour-crest-first-day-sales-9pc-discount-the-standard'] = r'''
> Property
> Kai Tak project sells 621 flats on first day after 9pc discount
L city Kai Tak
F number 621
F percent 9pc
> Cheryl Mak
P full Cheryl Mak
> 14 Mar 2038 8:15 PM
F date 14 Mar 2038
F time 8:15 PM
> Prospective buyers queue outside the Harbour Crest sales office in Kowloon Bay on Saturday. (Sing Tao)
L facility Harbour Crest
L city Kowloon Bay
O media Sing Tao
> A new residential project in Kai Tak sold 621 of the 688 flats on offer on its first day of sales on Saturday, after its developer priced the units about 9 percent below second-hand homes nearby, in a sign that buyers are returning when prices are right.
L city Kai Tak
F number 621
F number 688
F percent 9 percent
> Harbour Crest, developed by Lung Cheung Properties, offered flats ranging from 281 to 1,046 square feet at an average of HK$17,980 per square foot after discounts. The cheapest, a 281-sq-ft studio on the fifth floor, sold for HK$4.98 million, while a four-bedroom unit with a harbour view went for HK$26.3 million.
L facility Harbour Crest
O company Lung Cheung Properties
F quantity 281
F quantity 1,046 square feet
F money HK$17,980
F quantity 281-sq-ft
F money HK$4.98 million
F number four
F money HK$26.3 million
> Lung Cheung executive director Vivian Ho Suet-ying said the pricing was deliberate. "We priced it for people who want to live in Kai Tak, not for people who want to flip it in six months," she told The Standard.
O company Lung Cheung
P full Vivian Ho Suet-ying
Q direct Vivian Ho Suet-ying :: "We priced it for people who want to live in Kai Tak, not for people who want to flip it in six months,"
L city Kai Tak
F duration six months
O media The Standard
> The developer, which bought the site at a government land tender in 2034 for HK$6.12 billion, or HK$5,260 per square foot, will release another 312 flats next Saturday at prices up to 5 percent higher, Ho said.
F date 2034
F money HK$6.12 billion
F money HK$5,260
F number 312
F percent 5 percent
P partial Ho
> Agents said about 40 percent of buyers came from the mainland, many of them professionals who moved to Hong Kong under talent schemes in recent years. Louis Tam Ka-ho, chief executive of Centaline Property Agency's residential department, said the queue at the Kowloon Bay sales office had stretched to 1,100 people by 9am.
F percent 40 percent
L city Hong Kong
P full Louis Tam Ka-ho
O company Centaline Property Agency
L city Kowloon Bay
F number 1,100
F time 9am
> "Two years ago developers were still pricing for a market that no longer existed. This is the first launch in a long time where the price came down to meet the buyer," Tam said.
Q direct Louis Tam Ka-ho :: "Two years ago developers were still pricing for a market that no longer existed. This is the first launch in a long time where the price came down to meet the buyer,"
F duration Two years
P partial Tam
> Among the buyers was Chen Xiaoling, 34, a fintech manager from Shenzhen who paid HK$7.6 million for a 452 sq ft two-bedroom flat.
P full Chen Xiaoling
F age 34
L city Shenzhen
F money HK$7.6 million
F quantity 452 sq ft
F number two
> "In Shenzhen I could buy double the space. But my daughter goes to school in Kowloon City, and I do not want to rent forever," Chen said.
Q direct Chen Xiaoling :: "In Shenzhen I could buy double the space. But my daughter goes to school in Kowloon City, and I do not want to rent forever,"
L city Shenzhen
L region Kowloon City
P partial Chen
> Hong Kong home prices fell 1.8 percent in January, according to the Rating and Valuation Department, and remain about 31 percent below their peak of September 2021.
L city Hong Kong
F percent 1.8 percent
O government Rating and Valuation Department
F percent 31 percent
F date September 2021
> Mortgage costs have also eased. HSBC cut its prime rate to 4.875 percent last month, and the one-month HIBOR, to which most new mortgages are linked, stood at 2.64 percent on Friday.
O company HSBC
F percent 4.875 percent
F duration one-month
F percent 2.64 percent
> A senior agent at Midland Realty, who asked not to be named, said the real test would come next month, when about 3,000 flats in Tseung Kwan O, Yuen Long and Tuen Mun are expected to go on sale. "Kai Tak is Kai Tak. Everyone wants the harbour. The question is whether the New Territories can sell at these prices," the agent said.
O company Midland Realty
F number 3,000
L city Tseung Kwan O
L city Yuen Long
L city Tuen Mun
Q direct - :: "Kai Tak is Kai Tak. Everyone wants the harbour. The question is whether the New Territories can sell at these prices,"
L city Kai Tak
L city Kai Tak
L region New Territories
> About 14,200 private flats are due to be completed this year, according to the Housing Bureau.
F number 14,200
O government Housing Bureau
> The former airport site at Kai Tak, closed in 1998, has become one of the city's busiest residential districts, with the Kai Tak Sports Park and a new hospital nearby.
L city Kai Tak
F date 1998
L facility Kai Tak Sports Park
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
