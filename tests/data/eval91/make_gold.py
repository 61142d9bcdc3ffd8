#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval91 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval91/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['589-lake-poso-flooded-rice-fields-sulewana-hydropower-weir-tentena-meko-papa-ferdi-kompas'] = r'''
> Nusantara
L region Nusantara
> Lake Poso Farmers Reject Rp 10 Million Offer as Dam Keeps Fields Under Water
L geo Lake Poso
F money Rp 10 Million
> For eight months, rice fields on the shores of Lake Poso in Central Sulawesi have been under water. Farmers blame the hydropower plant downstream at Sulewana, which holds the lake high through the dry season.
F duration eight months
L geo Lake Poso
L region Central Sulawesi
L city Sulewana
> By GRACIA TUMEWU
P full GRACIA TUMEWU
> 15 March 2039 14.32 WIB
F date 15 March 2039
F time 14.32 WIB
> Farmers wade through a flooded rice field in Meko village, Pamona Barat district, Poso regency, Central Sulawesi, on Sunday (13/3/2039). KOMPAS/GRACIA TUMEWU
L city Meko
L region Pamona Barat
L region Poso
L region Central Sulawesi
F date 13/3/2039
O media KOMPAS
P full GRACIA TUMEWU
> TENTENA, KOMPAS — Sumarni (54) has not planted rice since July 2038. The 0.8-hectare plot that she and her husband farm in Meko village, on the western shore of Lake Poso, has stood under knee-deep water for eight months, and water hyacinth now covers the fields where green shoots should be ripening.
L city TENTENA
O media KOMPAS
P partial Sumarni
F age 54
F date July 2038
F quantity 0.8-hectare
L city Meko
L geo Lake Poso
F duration eight months
> "Every month they tell us the water will go down next month. We have stopped believing them," she said on Sunday.
Q direct Sumarni :: "Every month they tell us the water will go down next month. We have stopped believing them,"
> Farmers in at least 11 villages in the Pamona Barat, Pamona Utara and Pamona Puselemba districts say the lake has stayed about 1.3 meters above its normal dry-season level since the operator of the Sulewana hydropower plant, PT Sulewana Energi Nusantara (SEN), began holding back water behind a weir at the lake's outlet in Tentena to keep its turbines running.
F number 11
L region Pamona Barat
L region Pamona Utara
L region Pamona Puselemba
F quantity 1.3 meters
L facility Sulewana
O company PT Sulewana Energi Nusantara
O company SEN
L city Tentena
> The Poso Regency Agriculture Agency counted 612 hectares of flooded rice fields in its latest assessment in February, up from 266 hectares in November. About 1,450 farming households are affected, the agency said.
O government Poso Regency Agriculture Agency
F quantity 612 hectares
F quantity 266 hectares
F number 1,450
> In a written statement on Monday, SEN said the water level remained "within the operating limits set out in our environmental permit" and that it had offered compensation of Rp 10 million (US$610) per hectare to farmers who could show land certificates.
O company SEN
Q direct PT Sulewana Energi Nusantara :: "within the operating limits set out in our environmental permit"
F money Rp 10 million
F money US$610
> Lisye Kalengke (41), coordinator of the Lake Poso Residents Alliance (Aliansi Warga Danau Poso or AWDP), said the offer did not cover even one harvest. A hectare of paddy on the lake shore yields about 5 tons of unhusked rice a season, worth around Rp 32 million at the current farm-gate price of Rp 6,400 per kilogram, and most farmers here harvest twice a year.
P full Lisye Kalengke
F age 41
O nonprofit Lake Poso Residents Alliance
O nonprofit Aliansi Warga Danau Poso
O nonprofit AWDP
F number one
F quantity 5 tons
F money Rp 32 million
F money Rp 6,400
> "The company measures our loss by the number of certificates we hold. But half of the fields here were opened by our grandparents, and nobody had certificates then.
Q direct Lisye Kalengke :: "The company measures our loss by the number of certificates we hold. But half of the fields here were opened by our grandparents, and nobody had certificates then.
F fraction half
> "We are not against electricity. We only ask that the lake be allowed to rise and fall the way it did before the weir," she said.
Q direct Lisye Kalengke :: "We are not against electricity. We only ask that the lake be allowed to rise and fall the way it did before the weir,"
> The high water has also ended the eel season on the Poso River below Tentena, where fishers have for generations built V-shaped fences of stone and bamboo to trap eels swimming down to the sea. A fisherman who goes by Papa Ferdi (67) said his traps had caught nothing since October.
L geo Poso River
L city Tentena
P partial Papa Ferdi
F age 67
> "My father showed me where the eels pass. Now the river is too deep and too fast to build anything," he said.
Q direct Papa Ferdi :: "My father showed me where the eels pass. Now the river is too deep and too fast to build anything,"
> SEN general manager Arief Setiawan said the plant, which supplies around 40 percent of the electricity on the Central Sulawesi grid and also sends power to South Sulawesi, could not run at full capacity in the dry months without storing water in the lake.
O company SEN
P full Arief Setiawan
F percent 40 percent
L region Central Sulawesi
L region South Sulawesi
> "If we open the weir completely, people in Palu will have blackouts every evening. We are looking for a balance," Arief said, adding that the company would raise its offer for fields that had been flooded for more than six months.
Q direct Arief Setiawan :: "If we open the weir completely, people in Palu will have blackouts every evening. We are looking for a balance,"
L city Palu
P partial Arief
F duration six months
> The Poso Regency Legislative Council (DPRD) summoned the company and the agriculture agency to a hearing on 4 March. Council member Hendrik Tobondo said the council would ask the Central Sulawesi provincial administration to review the water-level limits in the company's permit, which were set in 2031.
O government Poso Regency Legislative Council
O government DPRD
F date 4 March
P full Hendrik Tobondo
L region Central Sulawesi
F date 2031
> An official at the Central Sulawesi Environment Agency in Palu, who asked not to be named because he was not authorized to speak to the press, said a team had measured the lake at five points last week and would publish its findings "before the planting season begins in May."
O government Central Sulawesi Environment Agency
L city Palu
F number five
Q direct - :: "before the planting season begins in May."
> Lake Poso, about 32,000 hectares in area and among the deepest lakes in Indonesia, drains through Tentena into the Poso River, which runs past the Sulewana plant to the sea at Poso town.
L geo Lake Poso
F quantity 32,000 hectares
L country Indonesia
L city Tentena
L geo Poso River
L facility Sulewana
L city Poso
> For Sumarni, who moved to Meko from East Java with her parents in 1989, the dispute has already cost two harvests. The family now lives on what her husband earns as a day laborer in the clove gardens in the hills, about Rp 90,000 a day.
P partial Sumarni
L city Meko
L region East Java
F date 1989
F number two
F money Rp 90,000
> "We used to sell rice. Now we buy it," she said.
Q direct Sumarni :: "We used to sell rice. Now we buy it,"
> Editor: MARIA LAKSMI HANDAYANI
P full MARIA LAKSMI HANDAYANI
'''

ARTICLES['590-bodija-market-traders-shut-n25000-levy-ibadan-north-local-government-iyaloja-oysiec-saharareporters'] = r'''
> Ibadan Traders Shut Bodija Market Over N25,000 Levy, Accuse Council Chairman Of Extortion
L city Ibadan
L facility Bodija Market
F money N25,000
> SaharaReporters, New York
O media SaharaReporters
L city New York
> Mar 14, 2039
F date Mar 14, 2039
> Traders at the Bodija Market in Ibadan. File Photo
L facility Bodija Market
L city Ibadan
> Traders at the Bodija Market in Ibadan, the Oyo State capital, on Monday locked their shops and blocked the main gate to protest a new N25,000 "development levy" imposed on every shop by the Ibadan North Local Government.
L facility Bodija Market
L city Ibadan
L region Oyo State
F money N25,000
Q scare - :: "development levy"
O government Ibadan North Local Government
> The traders, who deal mainly in grains, yams, pepper and other foodstuffs, said the council raised the annual charge from N5,000 to N25,000 without consulting market leaders, an increase of 400 per cent.
F money N5,000
F money N25,000
F percent 400 per cent
> SaharaReporters gathered that the market, one of the largest foodstuff markets in the South-West, has about 6,200 registered shops and open stalls, which would bring the council about N155m a year if every trader paid.
O media SaharaReporters
L region South-West
F number 6,200
F money N155m
> The Iyaloja of Bodija Market, Alhaja Kafayat Adeoti-Salami, told SaharaReporters that most of the women who sell in the market could not afford the new levy.
L facility Bodija Market
P full Kafayat Adeoti-Salami
O media SaharaReporters
> "Most of the women here sell pepper and tomatoes on small tables. On a good day, a woman makes N3,000 profit. Where will she find N25,000 at once? We are already paying N200 ticket every market day.
Q direct Kafayat Adeoti-Salami :: "Most of the women here sell pepper and tomatoes on small tables. On a good day, a woman makes N3,000 profit. Where will she find N25,000 at once? We are already paying N200 ticket every market day.
F money N3,000
F money N25,000
F money N200
> "We are not saying government should not collect money. We are saying they should sit down with us first. Nobody called the market leaders before this thing was announced on the radio," she said.
Q direct Kafayat Adeoti-Salami :: "We are not saying government should not collect money. We are saying they should sit down with us first. Nobody called the market leaders before this thing was announced on the radio,"
> In a statement signed by the Chief Press Secretary to the Executive Chairman, Mr Segun Oyelami, the Ibadan North Local Government said the levy would fund "the reconstruction of drainage channels, solar streetlights and a fire service post inside the market."
P full Segun Oyelami
O government Ibadan North Local Government
Q direct Ibadan North Local Government :: "the reconstruction of drainage channels, solar streetlights and a fire service post inside the market."
> The statement added that the chairman, Hon. Olawale Adigun, had met "some leaders of the market" in January and that traders who paid before March 31 would get a 20 per cent discount.
P full Olawale Adigun
Q direct Ibadan North Local Government :: "some leaders of the market"
F date March 31
F percent 20 per cent
> But a grain seller who spoke with SaharaReporters on condition of anonymity for fear of victimisation said council officials had been sealing shops since Friday.
O media SaharaReporters
> "They came with thugs and padlocked more than 40 shops on my line. If you want your key, you pay N25,000 and another N5,000 for 'unsealing'. Is that development?" the trader asked.
Q direct - :: "They came with thugs and padlocked more than 40 shops on my line. If you want your key, you pay N25,000 and another N5,000 for 'unsealing'. Is that development?"
F number 40
F money N25,000
F money N5,000
> Rasheed Ayinde Oladejo, 58, who brings yams to Bodija from Saki and from farms around Oyo town, said traders from outside Ibadan were also being charged N1,500 a day to offload their lorries at the market gate.
P full Rasheed Ayinde Oladejo
F age 58
L city Bodija
L city Saki
L city Oyo
L city Ibadan
F money N1,500
> "If the lorries stop coming, the price of yam and gari will go up for everybody in Ibadan, not only for us," he said.
Q direct Rasheed Ayinde Oladejo :: "If the lorries stop coming, the price of yam and gari will go up for everybody in Ibadan, not only for us,"
L city Ibadan
> The protest comes less than three weeks before the Oyo State Independent Electoral Commission (OYSIEC) conducts elections into the chairmanship and councillorship seats of the state's 33 local government areas on April 2, 2039.
F duration three weeks
O government Oyo State Independent Electoral Commission
O government OYSIEC
F number 33
F date April 2, 2039
> The All Progressives Congress (APC) in Ibadan North accused Adigun, who is seeking a second term on the platform of the Peoples Democratic Party (PDP), of using the levy to raise campaign funds. The party's publicity secretary in the local government, Comrade Tunde Afolabi, described it as "daylight robbery dressed up as development."
O party All Progressives Congress
O party APC
L region Ibadan North
P partial Adigun
O party Peoples Democratic Party
O party PDP
P full Tunde Afolabi
Q direct Tunde Afolabi :: "daylight robbery dressed up as development."
> When contacted, Mr Oyelami said the chairman would not "play politics with the safety of the market" and that the levy had been approved by the council's legislative arm in December.
P partial Oyelami
Q direct Segun Oyelami :: "play politics with the safety of the market"
> The Police Public Relations Officer in Oyo State, SP Olumide Fagbemi, said officers had been deployed to Bodija to prevent a breakdown of law and order and that no arrest had been made.
L region Oyo State
P full Olumide Fagbemi
L city Bodija
> By Monday afternoon, some traders had moved their wares to the roadside at Sango and Agbowo, while others said the market would stay shut until the levy was suspended.
L city Sango
L city Agbowo
> SaharaReporters had reported in February that traders at Oja'ba market in Ibadan South-East Local Government Area were also protesting against new ticket rates.
O media SaharaReporters
L facility Oja'ba
L region Ibadan South-East Local Government Area
'''

ARTICLES['591-fighters-eagles-kaneshiro-eighth-inning-double-nagano-es-con-field-hokkaido-line-score-japan-news'] = r'''
> Baseball
> Fighters rally in 8th on Kaneshiro's 2-run double to edge Eagles 4-3
O team Fighters
P partial Kaneshiro
F number 2
O team Eagles
F score 4-3
> By Rina Okabe / Yomiuri Shimbun Staff Writer
P full Rina Okabe
O media Yomiuri Shimbun
> 22:15 JST, April 9, 2039
F time 22:15 JST
F date April 9, 2039
> Nippon-Ham's Haruto Kaneshiro hits a two-run double in the eighth inning against Rakuten at ES CON Field Hokkaido in Kitahiroshima, Hokkaido, on Saturday. (The Yomiuri Shimbun)
O team Nippon-Ham
P full Haruto Kaneshiro
F number two
O team Rakuten
L facility ES CON Field Hokkaido
L city Kitahiroshima
L region Hokkaido
O media The Yomiuri Shimbun
> KITAHIROSHIMA, Hokkaido — Haruto Kaneshiro had gone 0-for-11 since Opening Day. On Saturday night, he needed one swing to change that.
L city KITAHIROSHIMA
L region Hokkaido
P full Haruto Kaneshiro
F number 0-for-11
F number one
> With the Hokkaido Nippon-Ham Fighters trailing 3-1 in the eighth inning, the 24-year-old left fielder lined a 2-2 fastball from Rakuten reliever Shota Nakazato into the right-center gap to drive in two runs, and Shun Aoki followed with a sacrifice fly as the Fighters beat the Tohoku Rakuten Golden Eagles 4-3 at ES CON Field Hokkaido.
O team Hokkaido Nippon-Ham Fighters
F score 3-1
F age 24-year-old
F number 2-2
O team Rakuten
P full Shota Nakazato
F number two
P full Shun Aoki
O team Fighters
O team Tohoku Rakuten Golden Eagles
F score 4-3
L facility ES CON Field Hokkaido
> "I was just trying not to strike out again," Kaneshiro said in the on-field interview as the crowd of 31,406 chanted his name. "My legs were shaking. I'm glad I could pay the fans back a little."
Q direct Haruto Kaneshiro :: "I was just trying not to strike out again,"
P partial Kaneshiro
F number 31,406
Q direct Haruto Kaneshiro :: "My legs were shaking. I'm glad I could pay the fans back a little."
> The Eagles had been in control behind right-hander Kazuki Nagano, who held Nippon-Ham to one run on six hits over seven innings and struck out nine. Ryusei Kamata homered to left in the fourth, and Rakuten added two runs in the sixth on a two-out single by Tomoya Higa.
O team Eagles
P full Kazuki Nagano
O team Nippon-Ham
F number one
F number six
F number seven
F number nine
P full Ryusei Kamata
O team Rakuten
F number two
F number two
P full Tomoya Higa
> Nagano, whose fastball touched 157 kph, left after 102 pitches. Nakazato, the Eagles' setup man, walked Yefri Almánzar to open the eighth and gave up a single to Daichi Mori before Kaneshiro's double tied the game. Aoki's fly ball to center then scored Kaneshiro.
P partial Nagano
F quantity 157 kph
F number 102
P partial Nakazato
O team Eagles
P full Yefri Almánzar
P full Daichi Mori
P partial Kaneshiro
P partial Aoki
P partial Kaneshiro
> "Nagano was outstanding, and we couldn't do anything against him for seven innings. But a game has nine," Fighters manager Kenji Tachibana said.
Q direct Kenji Tachibana :: "Nagano was outstanding, and we couldn't do anything against him for seven innings. But a game has nine,"
P partial Nagano
F number seven
F number nine
O team Fighters
P full Kenji Tachibana
> Kaneshiro, a native of Naha, Okinawa Prefecture, who was taken in the second round of the 2036 draft, had been dropped to seventh in the order on Friday. Tachibana said he never thought of benching him.
P partial Kaneshiro
L city Naha
L region Okinawa Prefecture
F date 2036
P partial Tachibana
> "He hit .291 for us last season. A hitter like that does not forget how in 11 at-bats," the manager said.
Q direct Kenji Tachibana :: "He hit .291 for us last season. A hitter like that does not forget how in 11 at-bats,"
F number .291
F number 11
> Rookie Takumi Hoshino (2-0) pitched a scoreless eighth for the win, and closer Ren Arakawa worked around a leadoff double in the ninth for his fourth save.
P full Takumi Hoshino
F score 2-0
P full Ren Arakawa
> Almánzar, the Dominican slugger who signed a one-year deal worth ¥380 million in December, went 0-for-3 with a walk. Fighters starter Yuto Fujisaki allowed three runs in 6 1/3 innings.
P partial Almánzar
F duration one-year
F money ¥380 million
F number 0-for-3
O team Fighters
P full Yuto Fujisaki
F number three
F number 6 1/3
> Rakuten manager Shinji Morioka said the decision to take Nagano out was his alone. "He had thrown enough. That one is on me, not on Nakazato," Morioka said.
O team Rakuten
P full Shinji Morioka
P partial Nagano
Q direct Shinji Morioka :: "He had thrown enough. That one is on me, not on Nakazato,"
P partial Nakazato
P partial Morioka
> The Fighters (6-3) moved into a tie for first place in the Pacific League with the Orix Buffaloes, who lost 5-2 to the Chiba Lotte Marines in Osaka. The Eagles fell to 4-5.
O team Fighters
F score 6-3
O other Pacific League
O team Orix Buffaloes
F score 5-2
O team Chiba Lotte Marines
L city Osaka
O team Eagles
F score 4-5
> The teams meet again at 1 p.m. Sunday before Rakuten returns to Rakuten Mobile Park Miyagi in Sendai for a three-game series against the Saitama Seibu Lions.
F time 1 p.m.
O team Rakuten
L facility Rakuten Mobile Park Miyagi
L city Sendai
F number three
O team Saitama Seibu Lions
> Line score
> Eagles 000 102 000 — 3 8 0
O team Eagles
F score 000
F score 102
F score 000
F score 3
F number 8
F number 0
> Fighters 010 000 03x — 4 8 1
O team Fighters
F score 010
F score 000
F score 03x
F score 4
F number 8
F number 1
> W: Hoshino (2-0)  L: Nakazato (0-1)  S: Arakawa (4)
P partial Hoshino
F score 2-0
P partial Nakazato
F score 0-1
P partial Arakawa
F number 4
> HR: Kamata (2)
P partial Kamata
F number 2
> Attendance: 31,406
F number 31,406
'''

ARTICLES['592-valais-voters-approve-chf-285-million-saas-valley-tunnel-eisten-rockfall-district-results-le-news'] = r'''
> Valais voters approve CHF 285 million tunnel to protect Saas valley road
L region Valais
F money CHF 285 million
L geo Saas
> 14 March 2039
F date 14 March 2039
> Le News
O media Le News
> The road below Eisten, closed for 19 days after the rockfall of August 2037. Photo: Keystone-ATS/Norbert Imseng
L city Eisten
F duration 19 days
F date August 2037
O media Keystone-ATS
P full Norbert Imseng
> On Sunday, voters in the canton of Valais approved a CHF 285 million credit to build a 4.2-kilometre tunnel that will take the only road into the Saas valley away from the slope above Eisten, where rockfalls have closed it three times since 2037.
L region Valais
F money CHF 285 million
F quantity 4.2-kilometre
L geo Saas
L city Eisten
F number three
F date 2037
> The credit was accepted by 56.8% of voters, with 43.2% against. Turnout was 44.1%, high for a cantonal vote held without a federal ballot on the same day.
F percent 56.8%
F percent 43.2%
F percent 44.1%
> The result split along the language border. In German-speaking Upper Valais every district said yes, led by Visp, the district in which the Saas valley lies, with 81.4%. French-speaking Lower Valais approved the credit by a narrow 51.3%, and three of its districts rejected it.
L region Upper Valais
L region Visp
L geo Saas
F percent 81.4%
L region Lower Valais
F percent 51.3%
F number three
> Results by district (% yes):
> Goms 66.9
L region Goms
F percent 66.9
> Östlich Raron 68.2
L region Östlich Raron
F percent 68.2
> Brig 72.5
L region Brig
F percent 72.5
> Visp 81.4
L region Visp
F percent 81.4
> Westlich Raron 70.3
L region Westlich Raron
F percent 70.3
> Leuk 64.7
L region Leuk
F percent 64.7
> Sierre 55.8
L region Sierre
F percent 55.8
> Hérens 52.9
L region Hérens
F percent 52.9
> Sion 53.6
L region Sion
F percent 53.6
> Conthey 50.4
L region Conthey
F percent 50.4
> Martigny 49.1
L region Martigny
F percent 49.1
> Entremont 47.6
L region Entremont
F percent 47.6
> Saint-Maurice 51.2
L region Saint-Maurice
F percent 51.2
> Monthey 46.3
L region Monthey
F percent 46.3
> The road from Stalden to Saas-Fee is the only link between the Rhône valley and four villages – Saas-Balen, Saas-Grund, Saas-Almagell and Saas-Fee – which together have around 3,500 residents and record about 1.1 million overnight stays a year.
L city Stalden
L city Saas-Fee
L geo Rhône
F number four
L city Saas-Balen
L city Saas-Grund
L city Saas-Almagell
L city Saas-Fee
F number 3,500
F number 1.1 million
> In August 2037, some 40,000 cubic metres of rock buried the road below Eisten and cut off the valley for 19 days. Guests were flown out of Saas-Fee by helicopter, and food and fuel were brought in by Air Zermatt and Air-Glaciers. The road was closed again for four days in June 2038 and for 36 hours in January.
F date August 2037
F quantity 40,000 cubic metres
L city Eisten
F duration 19 days
L city Saas-Fee
O company Air Zermatt
O company Air-Glaciers
F duration four days
F date June 2038
F duration 36 hours
> “Today the whole canton has shown solidarity with a valley that was living with its bags packed,” said State Councillor Stefan Imboden, head of the cantonal Department of Mobility, Territory and Environment, after the result was announced in Sion.
Q direct Stefan Imboden :: “Today the whole canton has shown solidarity with a valley that was living with its bags packed,”
P full Stefan Imboden
O government Department of Mobility, Territory and Environment
L city Sion
> He told Keystone-ATS that the canton hoped to award the main contract by the end of 2039 and that construction would take five to six years. Until the tunnel opens, the canton will spend CHF 14 million on nets, sensors and a radar warning system above Eisten.
O media Keystone-ATS
F date 2039
F duration five
F duration six years
F money CHF 14 million
L city Eisten
> The referendum had been forced by a committee of taxpayers from the Chablais, which collected 4,112 signatures, well above the 3,000 required. Its spokesman, Sébastien Rey-Mermet, argued that the money would be better spent on galleries and protection works along the existing road, at about a third of the cost.
L region Chablais
F number 4,112
F number 3,000
P full Sébastien Rey-Mermet
F fraction a third
> “We are not against the people of Saas. We are against a solution that costs CHF 285 million when a cheaper one exists,” he said. “The Lower Valais will be paying for this for 30 years.”
Q direct Sébastien Rey-Mermet :: “We are not against the people of Saas. We are against a solution that costs CHF 285 million when a cheaper one exists,”
L geo Saas
F money CHF 285 million
Q direct Sébastien Rey-Mermet :: “The Lower Valais will be paying for this for 30 years.”
L region Lower Valais
F duration 30 years
> The cantonal Greens had also called for a no vote, while The Centre, the largest party in the Grand Council, the Liberal-Radicals and the Socialists backed the credit.
O party Greens
O party The Centre
O government Grand Council
O party Liberal-Radicals
O party Socialists
> The Federal Roads Office (FEDRO) has said the Confederation could cover up to 35% of the cost, which would reduce the canton’s share to around CHF 185 million.
O government Federal Roads Office
O government FEDRO
L country Confederation
F percent 35%
F money CHF 185 million
> Claudia Anthamatten, who runs a 24-room hotel in Saas-Grund, said the closures had cost her about a quarter of her bookings last winter.
P full Claudia Anthamatten
F number 24
L city Saas-Grund
F fraction a quarter
> “Guests from Germany and the Netherlands ask us first whether the road is open,” she said. “Now I can tell them it will be.”
Q direct Claudia Anthamatten :: “Guests from Germany and the Netherlands ask us first whether the road is open,”
L country Germany
L country Netherlands
Q direct Claudia Anthamatten :: “Now I can tell them it will be.”
> More on this:
> Le Nouvelliste article (in French)
O media Le Nouvelliste
> Walliser Bote article (in German)
O media Walliser Bote
'''

ARTICLES['593-nain-hunter-rescued-sea-ice-paul-island-nain-ground-search-and-rescue-jrcc-halifax-nunatsiavut-aptn'] = r'''
> Nain hunter rescued after snowmobile breaks through sea ice as warm winter thins trails
L city Nain
> Search and rescue volunteers say the ice around the northernmost community in Labrador is getting harder to read every year
L region Labrador
> Kelsey Pottle
P full Kelsey Pottle
> APTN News
O media APTN News
> Mar 08, 2038
F date Mar 08, 2038
> Nain, on Labrador’s north coast, in early March. Photo: Kelsey Pottle/APTN
L city Nain
L region Labrador
P full Kelsey Pottle
O media APTN
> A hunter from Nain, N.L., is recovering in hospital in Happy Valley-Goose Bay after his snowmobile broke through thin sea ice about 30 kilometres east of the community on Saturday night.
L city Nain
L region N.L.
L city Happy Valley-Goose Bay
F quantity 30 kilometres
> Elias Nochasak, 62, spent nearly six hours on a pan of ice in -14 C before volunteers from Nain Ground Search and Rescue reached him shortly after 3 a.m. Sunday, according to the group.
P full Elias Nochasak
F age 62
F duration six hours
F quantity -14 C
O nonprofit Nain Ground Search and Rescue
F time 3 a.m.
> His daughter, Tabea Nochasak, said her father had taken the same route to his cabin near Paul Island for more than 40 years.
P full Tabea Nochasak
L geo Paul Island
F duration 40 years
> “He knows that ice better than anybody. He said it looked the same as always, and it wasn’t,” she told APTN News by phone from the hospital on Monday.
Q direct Tabea Nochasak :: “He knows that ice better than anybody. He said it looked the same as always, and it wasn’t,”
O media APTN News
> Nochasak was travelling alone. He managed to crawl onto firmer ice and send a message with his satellite messenger, but his machine and his komatik, the wooden sled he was towing, went through.
P partial Nochasak
> Gideon Andersen, who co-ordinates Nain Ground Search and Rescue, said 14 volunteers went out on four snowmobiles after the alert came in at about 9:20 p.m.
P full Gideon Andersen
O nonprofit Nain Ground Search and Rescue
F number 14
F number four
F time 9:20 p.m.
> “We had to go the long way around, along the shore, because the ice on the direct route was no good. In the dark you can’t see the open water until you’re on top of it.
Q direct Gideon Andersen :: “We had to go the long way around, along the shore, because the ice on the direct route was no good. In the dark you can’t see the open water until you’re on top of it.
> “Twenty years ago we would never have worried about that stretch in March. Now we check it every week, and every week it’s different,” he said.
Q direct Gideon Andersen :: “Twenty years ago we would never have worried about that stretch in March. Now we check it every week, and every week it’s different,”
F duration Twenty years
> The Joint Rescue Coordination Centre (JRCC) in Halifax said a CH-149 Cormorant helicopter from 103 Search and Rescue Squadron in Gander was tasked but turned back because of freezing fog.
O government Joint Rescue Coordination Centre
O government JRCC
L city Halifax
O government 103 Search and Rescue Squadron
L city Gander
> In an email, the JRCC said ground teams were “often the fastest and safest option” in northern Labrador when weather kept aircraft on the ground.
O government JRCC
Q direct Joint Rescue Coordination Centre :: “often the fastest and safest option”
L region Labrador
> The Nunatsiavut Government issued a travel advisory on Monday for the sea-ice routes around Nain, Hopedale and Makkovik, calling conditions “unpredictable and in places dangerous.”
O government Nunatsiavut Government
L city Nain
L city Hopedale
L city Makkovik
Q direct Nunatsiavut Government :: “unpredictable and in places dangerous.”
> Ice-thickness readings collected with SmartICE, a social enterprise that builds sea-ice sensors with Inuit communities, averaged 38 centimetres along the Nain trails in February, compared with 64 centimetres in February 2031, the government said.
O nonprofit SmartICE
F quantity 38 centimetres
L city Nain
F quantity 64 centimetres
F date February 2031
> Searchers treat 25-30 centimetres as the minimum for a snowmobile towing a loaded komatik, Andersen said.
F quantity 25-30 centimetres
P partial Andersen
> Nain AngajukKâk Miriam Semigak said the community wants money for more sensors and for a full-time ice monitor. The Nunatsiavut Government has set aside $480,000 for ice safety in its five communities this year, but she said that was “not close to enough” for a coast where people still travel on the ice to hunt, fish and reach their cabins.
L city Nain
P full Miriam Semigak
O government Nunatsiavut Government
F money $480,000
F number five
Q direct Miriam Semigak :: “not close to enough”
> “For us the ice is a road. When the road breaks, everything stops – hunting, wood, visiting family in Hopedale,” she said.
Q direct Miriam Semigak :: “For us the ice is a road. When the road breaks, everything stops – hunting, wood, visiting family in Hopedale,”
L city Hopedale
> Nain, with about 1,200 residents, has no road connection to the rest of Labrador. It is reached by air year-round and, in summer and fall, by coastal ferry.
L city Nain
F number 1,200
L region Labrador
> Tabea Nochasak said her father expects to fly home later this week. She thanked the searchers in Inuttitut.
P full Tabea Nochasak
> “Nakummek. They went out in the dark for him, on ice they didn’t trust,” she said.
Q direct Tabea Nochasak :: “Nakummek. They went out in the dark for him, on ice they didn’t trust,”
> With files from The Canadian Press
O media The Canadian Press
'''

ARTICLES['594-lake-poopo-huanuni-river-tailings-spill-cooperativa-21-de-diciembre-uru-murato-llapallapani-dialogue-earth'] = r'''
> Pollution
> ‘The lake gave us everything’: mine waste reaches what is left of Bolivia’s Lake Poopó
Q direct Feliciano Mollo Choque :: ‘The lake gave us everything’
L country Bolivia
L geo Lake Poopó
> A tailings spill on the Huanuni River has turned the last pools of the lake orange. For the Uru Murato, who have lived from its water for centuries, it may be the final blow
L geo Huanuni River
> Camila Torrico Lafuente
P full Camila Torrico Lafuente
> 14 March 2040
F date 14 March 2040
> Feliciano Mollo Choque on the dry bed of Lake Poopó near Llapallapani, in Bolivia’s Oruro department. (Image: Camila Torrico Lafuente / Dialogue Earth)
P full Feliciano Mollo Choque
L geo Lake Poopó
L city Llapallapani
L country Bolivia
L region Oruro
P full Camila Torrico Lafuente
O media Dialogue Earth
> Feliciano Mollo Choque remembers when the water of Lake Poopó came up to the adobe walls of Llapallapani. He was 12, and his father took him out in a totora-reed boat to hunt ducks.
P full Feliciano Mollo Choque
L geo Lake Poopó
L city Llapallapani
F age 12
> Now 63, he walks for almost an hour across a crust of salt and dried mud to reach the nearest water, a shallow pool about two kilometres from the village. Since late February, it has been the colour of rust.
F age 63
F quantity two kilometres
> “The lake gave us everything: fish, birds, eggs, the reeds for our boats and our houses,” Mollo said. “First it dried up. Now what comes back is poison.”
Q direct Feliciano Mollo Choque :: “The lake gave us everything: fish, birds, eggs, the reeds for our boats and our houses,”
P partial Mollo
Q direct Feliciano Mollo Choque :: “First it dried up. Now what comes back is poison.”
> On 18 February, the wall of a tailings dam run by the Cooperativa Minera 21 de Diciembre above the town of Huanuni gave way after days of heavy rain, releasing an estimated 14,000 cubic metres of mud laced with heavy metals into the Huanuni River, which drains into the lake.
F date 18 February
O company Cooperativa Minera 21 de Diciembre
L city Huanuni
F quantity 14,000 cubic metres
L geo Huanuni River
> Samples taken on 21 February at the river’s mouth by the environment office of the Oruro departmental government found cadmium at 0.41 milligrams per litre and lead at 2.3 mg/L, 82 and 46 times the national limits. The water had a pH of 3.2.
F date 21 February
L region Oruro
F quantity 0.41 milligrams per litre
F quantity 2.3 mg/L
F number 82
F number 46
F number 3.2
> Bolivia’s Ministry of Environment and Water said it had opened a sanctions process against the cooperative, which could be fined up to Bs 1.4 million (US$200,000), and had ordered it to suspend work at the site until the dam is rebuilt.
L country Bolivia
O government Ministry of Environment and Water
F money Bs 1.4 million
F money US$200,000
> The cooperative said in a statement that the wall had failed under “rainfall not seen in 20 years” and that its members had “contained the spill within 48 hours”.
Q direct Cooperativa Minera 21 de Diciembre :: “rainfall not seen in 20 years”
F duration 20 years
Q direct Cooperativa Minera 21 de Diciembre :: “contained the spill within 48 hours”
F duration 48 hours
> Lake Poopó, on the Altiplano at about 3,690 metres above sea level, was once Bolivia’s second-largest lake, covering up to 2,500 square kilometres in wet years. Fed mainly by the Desaguadero River, which drains Lake Titicaca, it dried almost completely in December 2015 after years of drought and water diversions.
L geo Lake Poopó
L geo Altiplano
F quantity 3,690 metres
L country Bolivia
F quantity 2,500 square kilometres
L geo Desaguadero River
L geo Lake Titicaca
F date December 2015
> The Uru Murato, one of three surviving Uru peoples in Bolivia, number about 700. They live in three communities on the shores of the lake, Llapallapani, Vilañeque and Puñaca Tinta María, and many families left for the mines or for Oruro city when the water disappeared.
F number three
L country Bolivia
F number 700
F number three
L city Llapallapani
L city Vilañeque
L city Puñaca Tinta María
L city Oruro
> “When the water came back in 2038, some families returned and we started fishing pejerrey again. We sold it in Poopó and Machacamarca on Sundays,” said Aurelia Zuna Mollo, 34, Mollo’s niece, who chairs the Llapallapani women’s association.
Q direct Aurelia Zuna Mollo :: “When the water came back in 2038, some families returned and we started fishing pejerrey again. We sold it in Poopó and Machacamarca on Sundays,”
F date 2038
L city Poopó
L city Machacamarca
P full Aurelia Zuna Mollo
F age 34
P partial Mollo
L city Llapallapani
> “Now nobody will buy fish from this lake, not even the fish that are healthy.
Q direct Aurelia Zuna Mollo :: “Now nobody will buy fish from this lake, not even the fish that are healthy.
> “We were people of the water. Without the lake we are only poor people on dry land,” she said.
Q direct Aurelia Zuna Mollo :: “We were people of the water. Without the lake we are only poor people on dry land,”
> Ximena Quiroga Ayala, a hydrologist at the Technical University of Oruro (UTO) who has studied the lake since 2016, said the spill added to decades of contamination from mining in the Huanuni and Desaguadero basins.
P full Ximena Quiroga Ayala
O education Technical University of Oruro
O education UTO
F date 2016
L geo Huanuni
L geo Desaguadero
> “Cadmium and lead settle in the sediment. Every time the lake fills again, the wind stirs them back into the water,” she said. “A spill like this one is not an accident that ends. It stays on the bottom for years.”
Q direct Ximena Quiroga Ayala :: “Cadmium and lead settle in the sediment. Every time the lake fills again, the wind stirs them back into the water,”
Q direct Ximena Quiroga Ayala :: “A spill like this one is not an accident that ends. It stays on the bottom for years.”
> Quiroga said the state-owned Empresa Minera Huanuni, which runs Bolivia’s largest tin mine, had built a lined tailings facility in 2036, but that “dozens” of cooperatives working smaller concessions upstream still stored their waste behind earth walls.
P partial Quiroga
O company Empresa Minera Huanuni
L country Bolivia
F date 2036
Q direct Ximena Quiroga Ayala :: “dozens”
> A member of the 21 de Diciembre cooperative, who asked not to be named for fear of losing his place in it, said the wall had been raised twice since 2037 without an engineer’s approval. “Everyone knew the wall was tired,” he said.
O company 21 de Diciembre
F date 2037
Q direct - :: “Everyone knew the wall was tired,”
> The National Federation of Mining Cooperatives of Bolivia (Fencomin) said on 2 March that cooperatives were being “unfairly blamed” for pollution that began with colonial and state mining, and that its members in Huanuni had sent 3,000 litres of drinking water to the lakeside communities.
O nonprofit National Federation of Mining Cooperatives of Bolivia
O nonprofit Fencomin
F date 2 March
Q direct National Federation of Mining Cooperatives of Bolivia :: “unfairly blamed”
L city Huanuni
F quantity 3,000 litres
> Mollo and other elders fear that their grandchildren will not stay.
P partial Mollo
> “When the last Uru leaves the lake, the lake is finished too,” he said. “Maybe that is what they are waiting for.”
Q direct Feliciano Mollo Choque :: “When the last Uru leaves the lake, the lake is finished too,”
Q direct Feliciano Mollo Choque :: “Maybe that is what they are waiting for.”
> Camila Torrico Lafuente is a journalist based in La Paz who covers mining, water and Indigenous rights in the Andes.
P full Camila Torrico Lafuente
L city La Paz
L geo Andes
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
