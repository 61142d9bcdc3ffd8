#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval114 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval114/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['727-mafia-island-whale-shark-boat-cap-kilindoni-mpru-mitoa-operators-citizen'] = r'''
> News
> Mafia boat operators cry foul as whale shark cap bites
L geo Mafia
> By Faraji Omary Lugendo
P full Faraji Omary Lugendo
> Tuesday, November 10, 2037
F date November 10, 2037
> Tourists swim alongside a whale shark off Kilindoni, Mafia Island, last month. PHOTO | FARAJI LUGENDO
L city Kilindoni
L geo Mafia Island
P full FARAJI LUGENDO
> Mafia. Boat operators on Mafia Island say a new cap on the number of boats allowed near whale sharks has more than halved their earnings barely six weeks into the 2037/38 season.
L geo Mafia
L geo Mafia Island
F duration six weeks
F date 2037/38
> Under rules that took effect on October 1, only 12 licensed boats may operate at any one time in the whale shark zone off Kilindoni, down from 20 last season, and each must stay at least 10 metres from the animals. The fee paid by every foreign visitor has gone up from $25 to $40, while Tanzanian residents now pay Sh15,000.
F date October 1
F number 12
L city Kilindoni
F number 20
F quantity 10 metres
F money $25
F money $40
F money Sh15,000
> The rules were issued by the Marine Parks and Reserves Unit (MPRU), which manages the Mafia Island Marine Park, after researchers recorded fresh propeller scars on 23 of the sharks seen last season.
O government Marine Parks and Reserves Unit
O government MPRU
L geo Mafia Island Marine Park
F number 23
> “We are not against protecting papa potwe. These fish feed our children. But when you tell a man with a boat that he can only go out every second day, you are telling him to sit at home,” said Mr Athumani Said Kipingu, chairman of the Mafia Island Tour Operators Association (Mitoa).
Q direct Athumani Said Kipingu :: “We are not against protecting papa potwe. These fish feed our children. But when you tell a man with a boat that he can only go out every second day, you are telling him to sit at home,”
P full Athumani Said Kipingu
O nonprofit Mafia Island Tour Operators Association
O nonprofit Mitoa
> He said the association’s 34 members had been put on a rotation, which operators call “zamu”, so that most boats now go out three or four days a week. A full boat of eight tourists earns about Sh640,000 a trip.
F number 34
Q scare - :: “zamu”
F duration three
F duration four days
F number eight
F money Sh640,000
> “Last season I made 86 trips between October and February. This season, if things stay like this, I will be lucky to reach 40,” said Mr Kipingu, who has run trips out of Kilindoni since 2021.
Q direct Athumani Said Kipingu :: “Last season I made 86 trips between October and February. This season, if things stay like this, I will be lucky to reach 40,”
F number 86
F number 40
P partial Kipingu
L city Kilindoni
F date 2021
> The MPRU warden in charge of Mafia, Ms Zuhura Bakari Mkumba, said the cap followed a study by the Institute of Marine Sciences of the University of Dar es Salaam, which found that the sharks spent less time feeding near the surface on mornings when more than 15 boats were around them.
O government MPRU
L geo Mafia
P full Zuhura Bakari Mkumba
O education Institute of Marine Sciences
O education University of Dar es Salaam
F number 15
> “The whale sharks come to Mafia because the plankton is here. If we disturb them, they will go somewhere else, and then there will be no business for anybody,” she said.
Q direct Zuhura Bakari Mkumba :: “The whale sharks come to Mafia because the plankton is here. If we disturb them, they will go somewhere else, and then there will be no business for anybody,”
L geo Mafia
> Between 2012 and 2036, researchers identified 148 individual sharks in Kilindoni Bay from the pattern of spots behind their gills, most of them young males between four and seven metres long.
F date 2012
F date 2036
F number 148
L geo Kilindoni Bay
F quantity four
F quantity seven metres
> Dr Hamisi Omari Chande, a marine biologist at the institute’s campus in Zanzibar, said the number of sharks counted in a single morning had dropped from as many as 40 in 2031 to fewer than 15 last season.
P full Hamisi Omari Chande
L region Zanzibar
F number 40
F date 2031
F number 15
> “It is too early to blame the boats alone, but we cannot ignore what the scars are telling us,” he said.
Q direct Hamisi Omari Chande :: “It is too early to blame the boats alone, but we cannot ignore what the scars are telling us,”
> Belgian diver Lotte Verhaegen, 29, who flew in from Dar es Salaam for two days, said she waited three hours on the beach before her boat was allowed to leave.
P full Lotte Verhaegen
F age 29
L city Dar es Salaam
F duration two days
F duration three hours
> “We saw one shark for maybe 10 minutes. It was magical, but I paid $40 plus the boat, and most of the day we were just sitting there,” she said.
Q direct Lotte Verhaegen :: “We saw one shark for maybe 10 minutes. It was magical, but I paid $40 plus the boat, and most of the day we were just sitting there,”
F number one
F duration 10 minutes
F money $40
> A fisherman at the Kilindoni fish market, who asked not to be named because his brother works for the park, said some operators were now taking tourists out before sunrise without a permit.
L city Kilindoni
> “Sheria zipo mchana tu. Alfajiri hakuna anayehesabu,” he said. (The rules are there only in the daytime. At dawn nobody is counting.)
Q direct - :: “Sheria zipo mchana tu. Alfajiri hakuna anayehesabu,”
> Mafia District Commissioner Mr Juma Hassani Mzee said the district council would meet the operators and MPRU officials next week to review the rotation.
L region Mafia
P full Juma Hassani Mzee
O government MPRU
> “Tourism is the second biggest employer on this island after fishing. Nobody wants to kill the goose that lays the golden egg. We will find a middle way,” Mr Mzee said, adding that the council collected Sh312 million in tourism levies in the 2036/37 financial year.
Q direct Juma Hassani Mzee :: “Tourism is the second biggest employer on this island after fishing. Nobody wants to kill the goose that lays the golden egg. We will find a middle way,”
P partial Mzee
F money Sh312 million
F date 2036/37
> Mafia, which lies about 160 kilometres south of Dar es Salaam off the Rufiji Delta in Pwani Region, received 11,800 foreign visitors last year, according to the Tanzania Tourist Board (TTB). About 62 per cent of them came between October and March, the whale shark months.
L geo Mafia
F quantity 160 kilometres
L city Dar es Salaam
L geo Rufiji Delta
L region Pwani Region
F number 11,800
O government Tanzania Tourist Board
O government TTB
F percent 62 per cent
'''

ARTICLES['728-kallin-pier-rebuild-grimsay-creel-boats-lochmaddy-comhairle-wifa-hebrides-news'] = r'''
> Fishing
> Kallin pier rebuild approved as creel men warn of ‘lost season’
L city Kallin
Q direct Western Isles Fishermen’s Association :: ‘lost season’
> By Iain Mac a' Phearsain
P full Iain Mac a' Phearsain
> Thursday 19 March 2037
F date 19 March 2037
> Creel boats rafted up at Lochmaddy pier after the storm damage at Kallin. Photo: Seonag NicIlleathain
L city Lochmaddy
L city Kallin
P full Seonag NicIlleathain
> Comhairle nan Eilean Siar (CnES) has approved £3.4 million to rebuild the storm-wrecked pier at Kallin harbour on Grimsay, but fishermen say the work will come too late to save this year’s shellfish season.
O government Comhairle nan Eilean Siar
O government CnES
F money £3.4 million
L city Kallin
L geo Grimsay
> Members of the council’s transportation and infrastructure committee voted 9-2 on Tuesday to take the money from the comhairle’s capital programme and to ask the Scottish Government for a further £1.2m from its islands infrastructure fund.
F number 9-2
O government Scottish Government
F money £1.2m
> The main pier and the ice plant at Kallin were badly damaged when Storm Fionnlagh brought 90mph gusts and a 4.6-metre surge across the Uists on January 27. A 40-metre section of the breakwater collapsed and the fuel berth has been closed since.
L city Kallin
F quantity 90mph
F quantity 4.6-metre
L region Uists
F date January 27
F quantity 40-metre
> Before the storm, 14 creel boats and three prawn trawlers fishing the Minch landed at Kallin, supplying the Grimsay processor Ceallan Seafoods Ltd and a weekly live-export lorry to Spain. Most of the boats have since moved to Lochmaddy, a 40-minute steam away, where there is no ice plant and only limited berthing.
F number 14
F number three
L geo Minch
L city Kallin
L geo Grimsay
O company Ceallan Seafoods Ltd
L country Spain
L city Lochmaddy
F duration 40-minute
> The Western Isles Fishermen’s Association said its members faced a “lost season” and that landings of langoustine and brown crab at Kallin had fallen by 70 per cent in February compared with the same month last year.
O nonprofit Western Isles Fishermen’s Association
Q direct Western Isles Fishermen’s Association :: “lost season”
L city Kallin
F percent 70 per cent
> Its secretary, Dòmhnall Iain MacLeòid, who fishes out of Kallin with his son, said: “Every week the boats spend steaming back and forth to Lochmaddy is diesel and hours we will never see again. A creel man does not get a second spring.
P full Dòmhnall Iain MacLeòid
L city Kallin
Q direct Dòmhnall Iain MacLeòid :: “Every week the boats spend steaming back and forth to Lochmaddy is diesel and hours we will never see again. A creel man does not get a second spring.
L city Lochmaddy
> “We were told the pier would be fixed by the summer. Now we hear it will be 2038 before a contractor is even on site.”
Q direct Dòmhnall Iain MacLeòid :: “We were told the pier would be fixed by the summer. Now we hear it will be 2038 before a contractor is even on site.”
F date 2038
> The comhairle’s head of harbours, Catriona Nic a' Phì, told the committee that the design had to be redrawn after divers found that the old pier, built in 1974, had been undermined along 60 metres of its length.
P full Catriona Nic a' Phì
F date 1974
F quantity 60 metres
> “We cannot patch a structure that has no foundation left under it. The new pier will be built to take the bigger boats, and to take a storm like Fionnlagh,” she said, adding that tenders would go out in June and that the work was expected to take 14 months.
Q direct Catriona Nic a' Phì :: “We cannot patch a structure that has no foundation left under it. The new pier will be built to take the bigger boats, and to take a storm like Fionnlagh,”
F duration 14 months
> Councillor Uisdean MacAoidh, who represents Beinn na Foghla agus Uibhist a Tuath, said the Uists could not afford to lose another working harbour.
P full Uisdean MacAoidh
L region Beinn na Foghla agus Uibhist a Tuath
L region Uists
> “Tha Griomasaigh beò air an iasgach (Grimsay lives on the fishing). If the boats go, the young families go with them,” he said.
Q direct Uisdean MacAoidh :: “Tha Griomasaigh beò air an iasgach (Grimsay lives on the fishing). If the boats go, the young families go with them,”
L geo Griomasaigh
L geo Grimsay
> The two votes against came from Steòrnabhagh a Tuath councillor Morag Ann Macaulay and her ward colleague, who argued that the money should be spread across more of the islands’ piers and slipways.
F number two
L region Steòrnabhagh a Tuath
P full Morag Ann Macaulay
> “Nobody is saying Kallin does not matter. But £3.4 million is more than we will spend on roads on the whole of Lewis this year,” Ms Macaulay said.
Q direct Morag Ann Macaulay :: “Nobody is saying Kallin does not matter. But £3.4 million is more than we will spend on roads on the whole of Lewis this year,”
L city Kallin
F money £3.4 million
L geo Lewis
P partial Macaulay
> Figures from Seafish show that shellfish landed in the Western Isles were worth £21.7m in 2036, with langoustines fetching an average of £9.80 a kilo at the quayside.
O government Seafish
L region Western Isles
F money £21.7m
F date 2036
F money £9.80
> Ceallan Seafoods director Ruairidh Ferguson said the firm had cut its staff from 22 to nine since January and was now trucking crab from Lochmaddy twice a week.
O company Ceallan Seafoods
P full Ruairidh Ferguson
F number 22
F number nine
L city Lochmaddy
> “We can hold on through the spring. If we lose the summer as well, I honestly do not know if we will open again,” he said.
Q direct Ruairidh Ferguson :: “We can hold on through the spring. If we lose the summer as well, I honestly do not know if we will open again,”
'''

ARTICLES['729-petro-gazz-cignal-five-sets-pvl-reinforced-semifinal-game-2-hrytsenko-philsports-box-score-spin'] = r'''
> PVL
O other PVL
> Hrytsenko Fires 29 As Petro Gazz Outlasts Cignal In Five To Force Game 3
P partial Hrytsenko
F number 29
O team Petro Gazz
O team Cignal
F number Five
> By Jerome Lacson Bautista
P full Jerome Lacson Bautista
> Nov 21, 2037
F date Nov 21, 2037
> Oleksandra Hrytsenko (center) and the Petro Gazz Angels celebrate the final point of the fifth set. PVL Media
P full Oleksandra Hrytsenko
O team Petro Gazz Angels
O media PVL Media
> OLEKSANDRA Hrytsenko delivered 29 points and Petro Gazz survived a 31-point outing from Yaneisy Borrego Cuesta to beat Cignal, 25-22, 19-25, 23-25, 25-20, 15-12, and tie their Premier Volleyball League (PVL) Reinforced Conference semifinal series on Saturday at the PhilSports Arena in Pasig City.
P full OLEKSANDRA Hrytsenko
F number 29
O team Petro Gazz
F number 31
P full Yaneisy Borrego Cuesta
O team Cignal
F score 25-22
F score 19-25
F score 23-25
F score 25-20
F score 15-12
O other Premier Volleyball League
O other PVL
L facility PhilSports Arena
L city Pasig City
> The Angels forced a deciding Game 3 in the best-of-three series, set for Tuesday at 6:30 p.m. at the Smart Araneta Coliseum.
O team Angels
F number three
F time 6:30 p.m.
L facility Smart Araneta Coliseum
> Down two sets to one, Petro Gazz erased a 14-18 deficit in the fourth behind a 7-0 run capped by back-to-back blocks from middle blocker Rhea Mae Cañete, then rode Hrytsenko’s hitting in the fifth after the HD Spikers had pulled level at 10-10.
F number two
F number one
O team Petro Gazz
F score 14-18
F score 7-0
P full Rhea Mae Cañete
P partial Hrytsenko
O team HD Spikers
F score 10-10
> Hrytsenko, the 1.93-meter Ukrainian opposite who was named the conference’s best foreign guest player last year, finished with 25 attacks, three blocks and one ace. Kristine Joy Baldomero added 17 points and 14 excellent digs, while Cañete had 11, five of them off blocks.
P partial Hrytsenko
F quantity 1.93-meter
F number 25
F number three
F number one
P full Kristine Joy Baldomero
F number 17
F number 14
P partial Cañete
F number 11
F number five
> “In the fourth set I told the girls, ‘One point at a time, don’t look at the board.’ They believed it and we came back,” said the 27-year-old, who played two seasons in Turkey before joining the Angels.
Q direct Oleksandra Hrytsenko :: “In the fourth set I told the girls, ‘One point at a time, don’t look at the board.’ They believed it and we came back,”
F age 27-year-old
F number two
L country Turkey
O team Angels
> Borrego Cuesta, the Cuban spiker in her first PVL stint, scored 27 of her 31 points on kills, but Cignal committed 33 errors, 11 of them in the last two sets.
P partial Borrego Cuesta
O other PVL
F number 27
F number 31
O team Cignal
F number 33
F number 11
F number two
> “We gave away too many free points. You cannot do that against a team with a hitter like her,” said Cignal head coach Edgardo “Egay” Salvacion. “But it’s 1-1. Nobody goes home yet.”
Q direct Edgardo “Egay” Salvacion :: “We gave away too many free points. You cannot do that against a team with a hitter like her,”
O team Cignal
P full Edgardo “Egay” Salvacion
Q scare - :: “Egay”
Q direct Edgardo “Egay” Salvacion :: “But it’s 1-1. Nobody goes home yet.”
F score 1-1
> Setter Janelle Ylagan-Soriano dished out 21 excellent sets for Petro Gazz, which dropped Game 1, 22-25, 25-18, 20-25, 21-25, on Thursday.
P full Janelle Ylagan-Soriano
F number 21
O team Petro Gazz
F score 22-25
F score 25-18
F score 20-25
F score 21-25
> “Grabe, ang haba ng laro. Pero sabi ni coach, trust the system lang, at nag-trust naman kami,” said Baldomero, who turned 31 on Friday.
Q direct Kristine Joy Baldomero :: “Grabe, ang haba ng laro. Pero sabi ni coach, trust the system lang, at nag-trust naman kami,”
P partial Baldomero
F age 31
> Angels head coach Hiroshi Nakamaru said his team had fixed its reception after committing 12 reception errors in the opener. “Today our passing gave the setter options. That is the difference,” said the Japanese mentor.
O team Angels
P full Hiroshi Nakamaru
F number 12
Q direct Hiroshi Nakamaru :: “Today our passing gave the setter options. That is the difference,”
> In the other semifinal, the Creamline Cool Smashers swept the Akari Chargers, 25-17, 25-21, 25-19, to reach their ninth final in 10 conferences.
O team Creamline Cool Smashers
O team Akari Chargers
F score 25-17
F score 25-21
F score 25-19
F number 10
> A crowd of 4,812 watched the match, which lasted two hours and 19 minutes.
F number 4,812
F duration two hours
F duration 19 minutes
> Petro Gazz out-blocked Cignal 14-9 and served 11 aces to the HD Spikers’ six. The winner of Tuesday’s decider meets Creamline in the best-of-three finals, which open on Nov 28 at the Ynares Center in Antipolo.
O team Petro Gazz
O team Cignal
F number 14-9
F number 11
O team HD Spikers
F number six
O team Creamline
F number three
F date Nov 28
L facility Ynares Center
L city Antipolo
> THE SCORES:
> PETRO GAZZ 3 – Hrytsenko 29, Baldomero 17, Cañete 11, Ylagan-Soriano 6, Tabuena 5, Dimaculangan 4, Sarmiento-Lim 2, Ilustre 0.
O team PETRO GAZZ
F score 3
P partial Hrytsenko
F number 29
P partial Baldomero
F number 17
P partial Cañete
F number 11
P partial Ylagan-Soriano
F number 6
P partial Tabuena
F number 5
P partial Dimaculangan
F number 4
P partial Sarmiento-Lim
F number 2
P partial Ilustre
F number 0
> CIGNAL 2 – Borrego Cuesta 31, Pangilinan-Reyes 16, De Guzman 12, Oabel 8, Catindig 6, Macaraeg 4, Buenaflor 1.
O team CIGNAL
F score 2
P partial Borrego Cuesta
F number 31
P partial Pangilinan-Reyes
F number 16
P partial De Guzman
F number 12
P partial Oabel
F number 8
P partial Catindig
F number 6
P partial Macaraeg
F number 4
P partial Buenaflor
F number 1
> Sets: 25-22, 19-25, 23-25, 25-20, 15-12
F score 25-22
F score 19-25
F score 23-25
F score 25-20
F score 15-12
'''

ARTICLES['730-mun-river-floods-warin-chamrap-ubon-hom-mali-rice-38000-rai-wat-nong-bua-pak-mun-thai-pbs-world'] = r'''
> Regional
> Mun River spills into Warin Chamrap as Ubon farmers lose rice weeks before harvest
L geo Mun River
L region Warin Chamrap
L region Ubon
> Thai PBS World’s General Desk
O media Thai PBS World
> 13th Sep 2038
F date 13th Sep 2038
> Villagers move their belongings by boat in Warin Chamrap district, Ubon Ratchathani, on Sunday. (Photo: Ubon Ratchathani Provincial Public Relations Office)
L region Warin Chamrap
L region Ubon Ratchathani
O government Ubon Ratchathani Provincial Public Relations Office
> The Mun River burst its banks in Ubon Ratchathani’s Warin Chamrap district on Sunday, flooding more than 1,400 homes and about 38,000 rai of hom mali rice that farmers had hoped to harvest in November.
L geo Mun River
L region Ubon Ratchathani
L region Warin Chamrap
F number 1,400
F quantity 38,000 rai
> The river stood at 116.2 metres above mean sea level at the M.7 gauging station in Mueang district at 6am on Sunday, 2.2 metres above its banks, the Royal Irrigation Department (RID) said. The flow through the city reached 3,950 cubic metres per second, the highest since the floods of 2019.
F quantity 116.2 metres
L region Mueang
F time 6am
F quantity 2.2 metres
O government Royal Irrigation Department
O government RID
F quantity 3,950 cubic metres per second
F date 2019
> The Electricity Generating Authority of Thailand (Egat) said it had opened all eight sluice gates of the Pak Mun Dam, 82 kilometres downstream at Khong Chiam, to speed the water’s passage into the Mekong.
O company Electricity Generating Authority of Thailand
O company Egat
F number eight
L facility Pak Mun Dam
F quantity 82 kilometres
L city Khong Chiam
L geo Mekong
> But the Mekong itself was running high after heavy rain in Laos, which slowed the drainage, said Asst Prof Sutthida Phromwong, a hydrologist at Ubon Ratchathani University.
L geo Mekong
L country Laos
P full Sutthida Phromwong
O education Ubon Ratchathani University
> “The Mun cannot empty into a river that is already full. Ubon is the bottleneck for the whole of Isan,” she said. The Chi River, which joins the Mun west of the city, was also rising through Yasothon and Roi Et provinces.
Q direct Sutthida Phromwong :: “The Mun cannot empty into a river that is already full. Ubon is the bottleneck for the whole of Isan,”
L geo Mun
L city Ubon
L region Isan
L geo Chi River
L geo Mun
L region Yasothon
L region Roi Et
> At Ban Kham Nam Saep, a village on the river’s south bank, Bunma Saengsuriya, 58, waded through knee-deep water to show reporters her 22 rai of paddy, where the rice was only weeks from harvest.
L city Ban Kham Nam Saep
P full Bunma Saengsuriya
F age 58
F quantity 22 rai
> “Last year we lost half to drought. This year the rice was beautiful, heavy, almost ready. In one night it is all under water,” Mrs Bunma said. She had borrowed 45,000 baht from the Bank for Agriculture and Agricultural Cooperatives (BAAC) to plant the crop.
Q direct Bunma Saengsuriya :: “Last year we lost half to drought. This year the rice was beautiful, heavy, almost ready. In one night it is all under water,”
F fraction half
F duration one night
P partial Bunma
F money 45,000 baht
O company Bank for Agriculture and Agricultural Cooperatives
O company BAAC
> About 600 evacuees were sheltering at Wat Nong Bua and two schools in the city, where the Department of Disaster Prevention and Mitigation (DDPM) had set up field kitchens and mobile toilets.
F number 600
L facility Wat Nong Bua
F number two
O government Department of Disaster Prevention and Mitigation
O government DDPM
> Ubon Ratchathani governor Prasert Wongkhamchan declared 14 of the province’s 25 districts disaster zones on Monday, allowing the province to draw on an emergency budget of 20 million baht.
L region Ubon Ratchathani
P full Prasert Wongkhamchan
F number 14
F number 25
F money 20 million baht
> “We expect the water to stay for at least two weeks. Our priority is people first, then livestock, then the rice,” Mr Prasert said.
Q direct Prasert Wongkhamchan :: “We expect the water to stay for at least two weeks. Our priority is people first, then livestock, then the rice,”
F duration two weeks
P partial Prasert
> Under cabinet rules, farmers whose rice is destroyed by floods can claim 1,340 baht per rai for up to 30 rai, but growers said the payment did not cover even half of what they had spent on seed, fertiliser and labour.
F money 1,340 baht
F quantity 30 rai
F fraction half
> A provincial agriculture official, speaking on condition of anonymity, said losses to the hom mali crop in Ubon alone could reach 1.2 billion baht.
L region Ubon
F money 1.2 billion baht
> “If the water does not go down by October, the farmers will not have time to plant a second crop either,” the official said.
Q direct - :: “If the water does not go down by October, the farmers will not have time to plant a second crop either,”
> Ubon Ratchathani, about 630 kilometres northeast of Bangkok, is one of the main growing areas for Thailand’s jasmine rice, which fetched 18,500 baht a tonne at mills in the province last week, up 6% from August.
L region Ubon Ratchathani
F quantity 630 kilometres
L city Bangkok
L country Thailand
F money 18,500 baht
F percent 6%
> The Thai Meteorological Department warned of further heavy rain in the lower Northeast until Sept 17 as a low-pressure trough lingered over the region.
O government Thai Meteorological Department
L region Northeast
F date Sept 17
'''

ARTICLES['731-bell-island-ferry-one-boat-wabana-spirit-shaft-portugal-cove-lineups-wabana-vocm'] = r'''
> Bell Island commuters face hours-long waits as ferry sidelined
L geo Bell Island
> By Krista Dalton-Pike
P full Krista Dalton-Pike
> Published: January 18, 2038, 5:52 pm
F date January 18, 2038
F time 5:52 pm
> The MV Wabana Spirit at the Portugal Cove terminal in a VOCM file photo.
L city Portugal Cove
O media VOCM
> Commuters on Bell Island are facing waits of up to three hours at the ferry terminals after the MV Wabana Spirit was pulled from service Sunday with a cracked propeller shaft, leaving a single boat on the run across the tickle to Portugal Cove.
L geo Bell Island
F duration three hours
L city Portugal Cove
> The Department of Transportation and Infrastructure says the vessel is expected to be out for at least 10 days while a replacement shaft is shipped from Halifax. The service's other ferry, the MV Sea Crest, is keeping to the regular schedule of 13 round trips a day, but it can carry only 38 vehicles a sailing.
O government Department of Transportation and Infrastructure
F duration 10 days
L city Halifax
F number 13
F number 38
> Normally the two boats move about 1,200 vehicles a day between Bell Island and the Avalon Peninsula.
F number two
F number 1,200
L geo Bell Island
L geo Avalon Peninsula
> Wabana Mayor Loretta Kavanagh-Rees says the lineup at the Beach terminal stretched past the Lance Cove Road turnoff by 6 a.m.
L city Wabana
P full Loretta Kavanagh-Rees
L facility Beach
L street Lance Cove Road
F time 6 a.m.
> "People were in that line at four o'clock this morning trying to get to work in town, and some of them still didn't make the 7:10 boat," Kavanagh-Rees told VOCM News.
Q direct Loretta Kavanagh-Rees :: "People were in that line at four o'clock this morning trying to get to work in town, and some of them still didn't make the 7:10 boat,"
F time four o'clock
F time 7:10
P partial Kavanagh-Rees
O media VOCM News
> "We have nurses, we have students going to Memorial, we have people going in for cancer treatment at the Health Sciences Centre. This can't go on for 10 days."
Q direct Loretta Kavanagh-Rees :: "We have nurses, we have students going to Memorial, we have people going in for cancer treatment at the Health Sciences Centre. This can't go on for 10 days."
O education Memorial
O other Health Sciences Centre
F duration 10 days
> The town is asking the province to bring in a smaller passenger-only vessel for walk-on traffic and to give priority boarding to people with medical appointments.
> In a statement, the department said it was "exploring all options" and that medical priority passes were already available at the ticket office in Portugal Cove.
Q direct Department of Transportation and Infrastructure :: "exploring all options"
L city Portugal Cove
> Brandon Tobin, 34, who works construction in Paradise, said he spent more than four hours in his truck today and lost a day's pay.
P full Brandon Tobin
F age 34
L city Paradise
F duration four hours
> "You can't plan your life around it. You just sit there in the lineup and hope," he said.
Q direct Brandon Tobin :: "You can't plan your life around it. You just sit there in the lineup and hope,"
> A crew member on the Sea Crest, who did not want to be named because employees are not allowed to speak to the media, said crews were working 14-hour days to keep the boat on schedule.
F duration 14-hour
> "Everybody's tired, but we're not going to leave people on the wharf," he said.
Q direct - :: "Everybody's tired, but we're not going to leave people on the wharf,"
> Transportation and Infrastructure Minister Gerard Furlong-Hynes told reporters at Confederation Building this afternoon that the government has been looking at a third vessel for the run since 2036 and expects to issue a tender this spring.
P full Gerard Furlong-Hynes
L facility Confederation Building
F date 2036
> "A one-boat service isn't acceptable for 2,500 people, and we know that," he said.
Q direct Gerard Furlong-Hynes :: "A one-boat service isn't acceptable for 2,500 people, and we know that,"
F number one
F number 2,500
> Bell Island, in Conception Bay about 20 minutes by ferry from Portugal Cove-St. Philip's, was home to the Wabana iron ore mines until they closed in 1966. A return trip costs $11.25 for a car and driver and $4 for a walk-on passenger.
L geo Bell Island
L geo Conception Bay
F duration 20 minutes
L city Portugal Cove-St. Philip's
L city Wabana
F date 1966
F money $11.25
F money $4
> VOCM News reached out to the Bell Island Ferry Users Committee on Sunday but did not hear back by deadline.
O media VOCM News
O nonprofit Bell Island Ferry Users Committee
'''

ARTICLES['732-mako-onion-harvest-drought-maros-mures-huf-420-growers-association-hagymatikum-daily-news-hungary'] = r'''
> Drought leaves Makó onion growers with smallest harvest in four decades
L city Makó
F duration four decades
> By Réka Szűcs-Balogh
P full Réka Szűcs-Balogh
> August 28, 2038
F date August 28, 2038
> Illustration. Photo: depositphotos.com
O company depositphotos.com
> Growers in Makó, the town in Csongrád-Csanád County known as Hungary's 'onion capital', expect their smallest harvest in 40 years after a summer in which barely any rain fell on the fields along the Maros river, Telex reports.
L city Makó
L region Csongrád-Csanád County
L country Hungary
Q scare - :: 'onion capital'
F duration 40 years
L geo Maros
O media Telex
> According to the Makó Onion Growers' Association, yields this year average 18 tonnes per hectare, compared with 45–50 tonnes in a normal year. On some unirrigated plots near Kiszombor and Apátfalva, farmers are lifting as little as 8 tonnes.
O nonprofit Makó Onion Growers' Association
F quantity 18 tonnes per hectare
F quantity 45–50 tonnes
L city Kiszombor
L city Apátfalva
F quantity 8 tonnes
> Tibor Dóczi, who grows onions on 60 hectares outside Makó, told Telex that he had started lifting the crop three weeks early because the bulbs had stopped growing in the heat.
P full Tibor Dóczi
F quantity 60 hectares
L city Makó
O media Telex
F duration three weeks
> "I have been doing this since 1991, and my father before me. I have never seen onions the size of walnuts in August," he said.
Q direct Tibor Dóczi :: "I have been doing this since 1991, and my father before me. I have never seen onions the size of walnuts in August,"
F date 1991
> The region received 62 millimetres of rain between May 1 and August 20, less than a third of the long-term average, while the temperature in Szeged reached 39.4°C on July 30, according to the HungaroMet weather service.
F quantity 62 millimetres
F date May 1
F date August 20
F fraction a third
L city Szeged
F quantity 39.4°C
F date July 30
O government HungaroMet
> Onions drying in a field near Kiszombor. Photo: MTI/Rosta Gábor
L city Kiszombor
O media MTI
P full Rosta Gábor
> Irrigation from the Maros has been restricted since mid-July, when the river fell to a record low of 48 centimetres at the Makó gauge, the Lower Tisza Water Directorate (ATIVIZIG) said. The Maros, known as the Mureș in Romania, where it rises, brought less water across the border than at any time since measurements began in 1901.
L geo Maros
F quantity 48 centimetres
L city Makó
O government Lower Tisza Water Directorate
O government ATIVIZIG
L geo Maros
L geo Mureș
L country Romania
F date 1901
> Wholesale prices have more than doubled. At the Budapest Wholesale Market, Makó onions sold for HUF 420 (EUR 1.05) per kilogram last week, up from HUF 180 a year earlier, Portfolio reported. Shops are already selling onions imported from Poland and Egypt, the financial news site said.
L facility Budapest Wholesale Market
L city Makó
F money HUF 420
F money EUR 1.05
F money HUF 180
O media Portfolio
L country Poland
L country Egypt
> Erzsébet Vass-Kovács, who chairs the growers' association, said about 1,100 hectares had been planted this spring in and around Makó, down from 2,000 hectares a decade ago.
P full Erzsébet Vass-Kovács
F quantity 1,100 hectares
L city Makó
F quantity 2,000 hectares
> "Young people look at a year like this and ask: why should I stay? If the onion goes, Makó loses its name," she told hvg.hu. The association wants the state to extend its drought compensation scheme to onions and to speed up work on a long-promised irrigation canal from the Maros.
Q direct Erzsébet Vass-Kovács :: "Young people look at a year like this and ask: why should I stay? If the onion goes, Makó loses its name,"
L city Makó
O media hvg.hu
L geo Maros
> The Ministry of Agriculture told the site that farmers could claim up to HUF 95,000 per hectare from the agricultural risk management fund if their yields fall by more than 30%, and that HUF 3.2 billion had been set aside for drought damage on the Great Plain this year. "Onion growers are eligible on the same terms as growers of any other crop," the ministry said.
O government Ministry of Agriculture
F money HUF 95,000
F percent 30%
F money HUF 3.2 billion
L geo Great Plain
Q direct Ministry of Agriculture :: "Onion growers are eligible on the same terms as growers of any other crop,"
> Even the town's Hagymatikum spa, whose name comes from the Hungarian word for onion, has closed its outdoor pools until September 15 to save water, the Makó municipality announced on Facebook.
L facility Hagymatikum
F date September 15
L city Makó
O company Facebook
> Under its Hungarian name, Makói hagyma, the onion is protected as a geographical indication in the European Union.
O intergovernmental European Union
> Source: Telex, hvg.hu, Portfolio
O media Telex
O media hvg.hu
O media Portfolio
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
