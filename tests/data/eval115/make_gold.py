#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval115 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval115/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['733-southern-kaduna-ginger-prices-crash-kafanchan-rotterdam-rejection-nepc-kachia-punch'] = r'''
> Ginger farmers count losses as prices crash in Southern Kaduna
L region Southern Kaduna
> Godwin Audu Ajiya, Kaduna
P full Godwin Audu Ajiya
L city Kaduna
> 17th March 2037
F date 17th March 2037
> Women peel ginger at a farm in Fadan Kagoro, Kaura Local Government Area of Kaduna State, on Saturday. Photo: Godwin Audu Ajiya
L city Fadan Kagoro
L region Kaura Local Government Area
L region Kaduna State
P full Godwin Audu Ajiya
> Ginger farmers in Southern Kaduna, Nigeria’s main ginger belt, are counting their losses as the price of dried split ginger has crashed from N1,650 to about N480 per kilogramme in less than five months.
L region Southern Kaduna
L country Nigeria
F money N1,650
F money N480
F duration five months
> Our correspondent, who visited the ginger market in Kafanchan and farms in Jema’a, Kaura and Zangon Kataf local government areas on Saturday, gathered that many farmers had stopped harvesting and were leaving the rhizomes in the ground in the hope that prices would recover.
L city Kafanchan
L region Jema’a
L region Kaura
L region Zangon Kataf
> It was learnt that the slump began in November 2036, after two containers of dried ginger shipped through the Apapa port in Lagos were rejected in Rotterdam, the Netherlands, over pesticide residues, prompting several exporters to suspend purchases.
F date November 2036
F number two
L facility Apapa
L city Lagos
L city Rotterdam
L country Netherlands
> “Last year, I sold a 50kg bag for N80,000. Today the buyers are offering N24,000 for the same bag, and many of them are not even coming,” said Mr Bitrus Yakubu Gandu, a 52-year-old farmer in Fadan Kagoro who planted six hectares this season.
Q direct Bitrus Yakubu Gandu :: “Last year, I sold a 50kg bag for N80,000. Today the buyers are offering N24,000 for the same bag, and many of them are not even coming,”
F quantity 50kg
F money N80,000
F money N24,000
P full Bitrus Yakubu Gandu
F age 52-year-old
L city Fadan Kagoro
F quantity six hectares
> “I borrowed N1.2m from a cooperative to buy seedlings and fertiliser. If this continues, I don’t know how I will pay back. My children have been sent home from school for fees,” he lamented.
Q direct Bitrus Yakubu Gandu :: “I borrowed N1.2m from a cooperative to buy seedlings and fertiliser. If this continues, I don’t know how I will pay back. My children have been sent home from school for fees,”
F money N1.2m
> A farmer in Kagoro, Mrs Rahila Danjuma, said the women who peel and dry the ginger for a fee of N500 per basin had also lost their income.
L city Kagoro
P full Rahila Danjuma
F money N500
> “We used to peel 20 basins in a day. Now nobody is bringing ginger to peel,” she told PUNCH.
Q direct Rahila Danjuma :: “We used to peel 20 basins in a day. Now nobody is bringing ginger to peel,”
F number 20
O media PUNCH
> The Chairman of the Kaduna State Ginger Growers Association, Alhaji Ibrahim Sani Kachia, said about 60 per cent of the 2036/37 crop was still unsold, put the farmers’ losses at N14bn and called on the Federal Government to set up a residue-testing laboratory in Kafanchan.
O nonprofit Kaduna State Ginger Growers Association
P full Ibrahim Sani Kachia
F percent 60 per cent
F date 2036/37
F money N14bn
L city Kafanchan
> “Our ginger is among the best in the world, but we cannot keep sending it to Lagos and waiting for somebody in Europe to tell us it is bad. By the time the result comes back, the farmer has already lost everything,” Kachia said.
Q direct Ibrahim Sani Kachia :: “Our ginger is among the best in the world, but we cannot keep sending it to Lagos and waiting for somebody in Europe to tell us it is bad. By the time the result comes back, the farmer has already lost everything,”
L city Lagos
L continent Europe
P partial Kachia
> In a statement on Monday, the Nigerian Export Promotion Council said it had begun a “traceability and residue-testing drive” for ginger, sesame and hibiscus, and urged exporters “to buy only from farmers who have been trained on safe pesticide use”.
O government Nigerian Export Promotion Council
Q direct Nigerian Export Promotion Council :: “traceability and residue-testing drive”
Q direct Nigerian Export Promotion Council :: “to buy only from farmers who have been trained on safe pesticide use”
> The council’s Executive Director, Dr Obiageli Nwankwo-Ofoegbu, told our correspondent on the telephone that the Netherlands and Germany remained the biggest buyers of Nigerian ginger, which earned the country $38.6m in 2036.
P full Obiageli Nwankwo-Ofoegbu
L country Netherlands
L country Germany
F money $38.6m
F date 2036
> “The rejection of two containers should not be allowed to destroy a whole value chain. We are working with NAFDAC and the Nigeria Agricultural Quarantine Service so that every consignment is tested before it leaves the country,” she said.
Q direct Obiageli Nwankwo-Ofoegbu :: “The rejection of two containers should not be allowed to destroy a whole value chain. We are working with NAFDAC and the Nigeria Agricultural Quarantine Service so that every consignment is tested before it leaves the country,”
F number two
O government NAFDAC
O government Nigeria Agricultural Quarantine Service
> An exporter based in Kaduna, who spoke on condition of anonymity because he was not authorised to speak for his company, said buyers in Europe had cut their orders by half and were turning to ginger from China, India and Peru.
L city Kaduna
L continent Europe
F fraction half
L country China
L country India
L country Peru
> “Nobody wants to be the next person whose container is sent back. We are buying small quantities, maybe five tonnes at a time, and we are testing everything ourselves,” the exporter said.
Q direct - :: “Nobody wants to be the next person whose container is sent back. We are buying small quantities, maybe five tonnes at a time, and we are testing everything ourselves,”
F quantity five tonnes
> The Kaduna State Commissioner for Agriculture, Mr Yusuf Danladi Bature, said the state government would distribute 3,000 tarpaulins and 120 solar dryers to farmers in the southern part of the state before the rains.
L region Kaduna State
P full Yusuf Danladi Bature
F number 3,000
F number 120
> Nigeria produced about 730,000 tonnes of fresh ginger in 2035, according to the Food and Agriculture Organisation, and about 70 per cent of it came from Southern Kaduna, with smaller quantities from Nasarawa, Gombe and Bauchi states.
L country Nigeria
F quantity 730,000 tonnes
F date 2035
O intergovernmental Food and Agriculture Organisation
F percent 70 per cent
L region Southern Kaduna
L region Nasarawa
L region Gombe
L region Bauchi
> Farmers in the area lost much of the 2023 crop to a blight that wiped out more than 90 per cent of farms in some communities, and many only returned to ginger last year.
F date 2023
F percent 90 per cent
> A youth leader in Kafanchan, Mr Emmanuel Zakka Tagwai, 34, warned that young people who went back to farming after the blight could abandon it for good.
L city Kafanchan
P full Emmanuel Zakka Tagwai
F age 34
> “If ginger fails again, the boys will go back to riding okada in Kaduna or they will go to Abuja. That is the truth,” he said.
Q direct Emmanuel Zakka Tagwai :: “If ginger fails again, the boys will go back to riding okada in Kaduna or they will go to Abuja. That is the truth,”
L city Kaduna
L city Abuja
> Copyright PUNCH. All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from PUNCH.
O media PUNCH
O media PUNCH
> Contact: theeditor@punchng.com
'''

ARTICLES['734-st-agnes-school-base-closure-consultation-scilly-five-islands-academy-parents-cornwall-live'] = r'''
> ‘We are not a line on a spreadsheet’ - St Agnes parents fight plan to close island’s tiny school
Q direct Tamsin Pender-Hicks :: ‘We are not a line on a spreadsheet’
L geo St Agnes
> The Five Islands Academy wants the island’s four primary pupils to travel to St Mary’s by boat every day from September
O education Five Islands Academy
F number four
L geo St Mary’s
> Demelza Kitto
P full Demelza Kitto
> Local Democracy Reporter
> 06:00, 21 MAR 2037
F time 06:00
F date 21 MAR 2037
> Updated 07:40, 21 MAR 2037
F time 07:40
F date 21 MAR 2037
> Parents and children outside the school on St Agnes, with Gugh across the bar behind them (Image: Demelza Kitto/Cornwall Live)
L geo St Agnes
L geo Gugh
P full Demelza Kitto
O media Cornwall Live
> Parents on St Agnes, the most southerly inhabited island in the Isles of Scilly, say their community will not survive if the island’s primary school base is closed and its four pupils are sent across the water to St Mary’s every day.
L geo St Agnes
L geo Isles of Scilly
F number four
L geo St Mary’s
> The Five Islands Academy, which runs primary bases on St Mary’s, Tresco, St Martin’s and St Agnes as well as the islands’ secondary school, began a six-week consultation on Monday on closing the St Agnes base at the end of the summer term.
O education Five Islands Academy
L geo St Mary’s
L geo Tresco
L geo St Martin’s
L geo St Agnes
F duration six-week
L geo St Agnes
> Under the proposal, the island’s children, who are aged between four and 10, would travel to the Carn Gwaval base on St Mary’s, leaving the quay at 7.45am and getting home at about 4.30pm.
F age four
F age 10
L facility Carn Gwaval
L geo St Mary’s
F time 7.45am
F time 4.30pm
> The academy says the base, which has had fewer than eight pupils for the past six years, costs £61,400 a year to keep open – more than £15,000 per pupil – and that the children would benefit from learning and playing with others of their own age.
F number eight
F duration six years
F money £61,400
F money £15,000
> Off-island pupils of secondary age already spend the school week on St Mary’s, boarding at Mundy House, and go home at weekends.
L geo St Mary’s
L facility Mundy House
> But Tamsin Pender-Hicks, whose two sons, aged six and eight, go to the school, said the plan ignored what the base meant to an island of about 70 people.
P full Tamsin Pender-Hicks
F number two
F age six
F age eight
F number 70
> “We are not a line on a spreadsheet. If the school goes, young families won’t come here, and without young families there will be no one to run the boats, the farms or the campsite in 20 years’ time,” she said.
Q direct Tamsin Pender-Hicks :: “We are not a line on a spreadsheet. If the school goes, young families won’t come here, and without young families there will be no one to run the boats, the farms or the campsite in 20 years’ time,”
F duration 20 years
> “My boys would be on a boat before 8am in the middle of winter. Some days in January you can’t get off the island at all.”
Q direct Tamsin Pender-Hicks :: “My boys would be on a boat before 8am in the middle of winter. Some days in January you can’t get off the island at all.”
F time 8am
> The crossing between St Agnes and St Mary’s takes about 15 minutes in good weather, but St Mary’s Sound is exposed to the Atlantic, and figures given to the academy’s governors show that school-day sailings were cancelled 31 times in the 2035-36 school year.
L geo St Agnes
L geo St Mary’s
F duration 15 minutes
L geo St Mary’s Sound
L geo Atlantic
F number 31
F date 2035-36
> Executive headteacher Piran Woodcock said no decision had been made. “Nobody takes a decision like this lightly. There has been a school on St Agnes since the 1830s, and I know how much it means to the island.
P full Piran Woodcock
Q direct Piran Woodcock :: “Nobody takes a decision like this lightly. There has been a school on St Agnes since the 1830s, and I know how much it means to the island.
L geo St Agnes
F date 1830s
> “But a class of four children across seven year groups is very hard to teach well, however good the teacher is, and Ofsted has told us our smallest bases need to offer the children more.”
Q direct Piran Woodcock :: “But a class of four children across seven year groups is very hard to teach well, however good the teacher is, and Ofsted has told us our smallest bases need to offer the children more.”
F number four
F number seven
O government Ofsted
> The Council of the Isles of Scilly, which pays for children’s travel between the islands, estimates that the daily boat would cost £38,000 a year. Its cabinet will discuss the proposal on May 12, after the consultation closes on April 27.
O government Council of the Isles of Scilly
F money £38,000
F date May 12
F date April 27
> Cllr Loveday Hicks, who represents St Agnes on the council, wants the academy to look at a “hub” model, in which a teacher from St Mary’s would spend three days a week on the island.
P full Loveday Hicks
L geo St Agnes
Q scare - :: “hub”
L geo St Mary’s
F duration three days
> “In my lifetime the off-islands have lost shops, post office counters and a doctor’s surgery. If we lose the school as well, St Agnes becomes a holiday island and nothing more,” she said.
Q direct Loveday Hicks :: “In my lifetime the off-islands have lost shops, post office counters and a doctor’s surgery. If we lose the school as well, St Agnes becomes a holiday island and nothing more,”
L geo St Agnes
> A petition started by parents had 1,214 signatures by Friday, many of them from visitors who return to the island every summer, and the Turks Head, the island’s only pub, has put a collection tin on the bar.
F number 1,214
L facility Turks Head
> St Agnes on Scilly should not be confused with the village of St Agnes on Cornwall’s north coast, whose primary school has more than 200 pupils.
L geo St Agnes
L geo Scilly
L city St Agnes
L region Cornwall
F number 200
> Cornwall Live has asked the Department for Education for comment.
O media Cornwall Live
O government Department for Education
'''

ARTICLES['735-solberg-bislett-games-400m-hurdles-wondimu-5000m-dream-mile-oslo-results-athletics-weekly'] = r'''
> Solberg delivers at Bislett as Wondimu runs world lead
P partial Solberg
L facility Bislett
P partial Wondimu
> Norwegian hurdler thrills a sold-out Oslo crowd with 46.71 while Ethiopian teenager clocks 14:18.40 over 5000m
L city Oslo
F duration 46.71
F duration 14:18.40
F quantity 5000m
> By Hanne Myrvold-Strand
P full Hanne Myrvold-Strand
> June 11, 2038
F date June 11, 2038
> Eirik Haugland Solberg celebrates his 400m hurdles win at Bislett Stadium (Photo: Terje Lund Pedersen/Diamond League AG)
P full Eirik Haugland Solberg
F quantity 400m
L facility Bislett Stadium
P full Terje Lund Pedersen
O company Diamond League AG
> Eirik Haugland Solberg gave a sell-out crowd of 15,400 at Bislett Stadium exactly what it had come for on Thursday night, running 46.71 to win the 400m hurdles at the Bislett Games, the fastest time in the world this year and the third-quickest of his career.
P full Eirik Haugland Solberg
F number 15,400
L facility Bislett Stadium
F duration 46.71
F quantity 400m
> The 26-year-old from Bergen, who trains with IL Gular, took the lead off the final bend and held off the Brazilian Matheus Albuquerque Ramos, who set a South American record of 46.95, with the American Tyrese Dunmore third in 47.38.
F age 26-year-old
L city Bergen
O team IL Gular
P full Matheus Albuquerque Ramos
F duration 46.95
P full Tyrese Dunmore
F duration 47.38
> "I have dreamt about this race since I was a boy sitting up there in the stand with my father," said Solberg, who took eight Diamond League points and $10,000. "When I came off the last hurdle I could not hear my own feet."
Q direct Eirik Haugland Solberg :: "I have dreamt about this race since I was a boy sitting up there in the stand with my father,"
P partial Solberg
F number eight
F money $10,000
Q direct Eirik Haugland Solberg :: "When I came off the last hurdle I could not hear my own feet."
> His coach, Kjersti Nymoen-Aas, said the time had come "earlier than we planned". "We were aiming for 46.9 here and a lot faster in August," she said.
P full Kjersti Nymoen-Aas
Q direct Kjersti Nymoen-Aas :: "earlier than we planned"
Q direct Kjersti Nymoen-Aas :: "We were aiming for 46.9 here and a lot faster in August,"
F duration 46.9
> Solberg, who missed most of the 2037 season with a torn hamstring, goes next to the Norwegian championships in Kristiansand.
P partial Solberg
F date 2037
L city Kristiansand
> In the women's 5000m, Fikirte Wondimu Tola, 19, broke away with two laps to go and ran 14:18.40, a meeting record and the fastest time in the world this season. Kenya's Winfred Chepkoech Koros was second in 14:22.07 and Wondimu's compatriot Ayantu Kebede Wolde third in 14:25.91.
F quantity 5000m
P full Fikirte Wondimu Tola
F age 19
F number two
F duration 14:18.40
L country Kenya
P full Winfred Chepkoech Koros
F duration 14:22.07
P partial Wondimu
P full Ayantu Kebede Wolde
F duration 14:25.91
> "My coach told me to wait for the bell, but I felt strong," said Wondimu, who was running only her second race outside Ethiopia. "Next time I will listen to him. Maybe."
Q direct Fikirte Wondimu Tola :: "My coach told me to wait for the bell, but I felt strong,"
P partial Wondimu
L country Ethiopia
Q direct Fikirte Wondimu Tola :: "Next time I will listen to him. Maybe."
> The Dream Mile, the meeting's traditional closing event, went to Elkanah Kipruto Bett in 3:48.62. The 22-year-old Kenyan went past Norway's Magnus Øvrebø 50 metres from the line, and Øvrebø held on for second in 3:49.05 ahead of Britain's Tobias Fairclough-Ndlovu (3:49.30).
P full Elkanah Kipruto Bett
F duration 3:48.62
F age 22-year-old
L country Norway
P full Magnus Øvrebø
F quantity 50 metres
P partial Øvrebø
F duration 3:49.05
L country Britain
P full Tobias Fairclough-Ndlovu
F duration 3:49.30
> Øvrebø, who grew up in Tromsø, said he had "nothing left" over the last 100 metres. "The crowd carried me for three laps. The fourth one I had to do on my own," he said.
P partial Øvrebø
L city Tromsø
Q direct Magnus Øvrebø :: "nothing left"
F quantity 100 metres
Q direct Magnus Øvrebø :: "The crowd carried me for three laps. The fourth one I had to do on my own,"
F number three
> Sweden's Linnea Åkerlund won the women's pole vault with 4.86m at her first attempt before three failures at a Swedish record height of 4.93m. Greece's Eleni Kostopoulou-Marangou and New Zealand's Aroha Tane-Whitfield both cleared 4.71m, the Greek taking second on countback.
L country Sweden
P full Linnea Åkerlund
F quantity 4.86m
F number three
F quantity 4.93m
L country Greece
P full Eleni Kostopoulou-Marangou
L country New Zealand
P full Aroha Tane-Whitfield
F quantity 4.71m
> Finland's Tapio Rautiainen threw 88.14m in the fifth round to win the men's javelin from India's Harjot Singh Brar (86.70m) and the Czech Republic's Ondřej Kubelík (85.22m).
L country Finland
P full Tapio Rautiainen
F quantity 88.14m
L country India
P full Harjot Singh Brar
F quantity 86.70m
L country Czech Republic
P full Ondřej Kubelík
F quantity 85.22m
> The women's 100m, run into a headwind of 0.9m/s, went to Jamaica's Shenelle Campbell-Rowe in 11.02, with the American DeShauna Whitfield second in 11.06 and Switzerland's Noémie Rochat third in 11.14.
F quantity 100m
F quantity 0.9m/s
L country Jamaica
P full Shenelle Campbell-Rowe
F duration 11.02
P full DeShauna Whitfield
F duration 11.06
L country Switzerland
P full Noémie Rochat
F duration 11.14
> Meeting director Steinar Fossum said all 15,400 tickets had gone by Tuesday, the first sell-out since the stadium was rebuilt in 2005. "Norwegian athletics has never been in a better place, and tonight the whole country could see it," he said.
P full Steinar Fossum
F number 15,400
F date 2005
Q direct Steinar Fossum :: "Norwegian athletics has never been in a better place, and tonight the whole country could see it,"
> Leading results
> Men, 400m hurdles: 1 Eirik Haugland Solberg (NOR) 46.71; 2 Matheus Albuquerque Ramos (BRA) 46.95; 3 Tyrese Dunmore (USA) 47.38
F quantity 400m
P full Eirik Haugland Solberg
L country NOR
F duration 46.71
P full Matheus Albuquerque Ramos
L country BRA
F duration 46.95
P full Tyrese Dunmore
L country USA
F duration 47.38
> Mile: 1 Elkanah Kipruto Bett (KEN) 3:48.62; 2 Magnus Øvrebø (NOR) 3:49.05; 3 Tobias Fairclough-Ndlovu (GBR) 3:49.30
P full Elkanah Kipruto Bett
L country KEN
F duration 3:48.62
P full Magnus Øvrebø
L country NOR
F duration 3:49.05
P full Tobias Fairclough-Ndlovu
L country GBR
F duration 3:49.30
> Javelin: 1 Tapio Rautiainen (FIN) 88.14m; 2 Harjot Singh Brar (IND) 86.70m; 3 Ondřej Kubelík (CZE) 85.22m
P full Tapio Rautiainen
L country FIN
F quantity 88.14m
P full Harjot Singh Brar
L country IND
F quantity 86.70m
P full Ondřej Kubelík
L country CZE
F quantity 85.22m
> Women, 100m (-0.9m/s): 1 Shenelle Campbell-Rowe (JAM) 11.02; 2 DeShauna Whitfield (USA) 11.06; 3 Noémie Rochat (SUI) 11.14
F quantity 100m
F quantity -0.9m/s
P full Shenelle Campbell-Rowe
L country JAM
F duration 11.02
P full DeShauna Whitfield
L country USA
F duration 11.06
P full Noémie Rochat
L country SUI
F duration 11.14
> 5000m: 1 Fikirte Wondimu Tola (ETH) 14:18.40; 2 Winfred Chepkoech Koros (KEN) 14:22.07; 3 Ayantu Kebede Wolde (ETH) 14:25.91
F quantity 5000m
P full Fikirte Wondimu Tola
L country ETH
F duration 14:18.40
P full Winfred Chepkoech Koros
L country KEN
F duration 14:22.07
P full Ayantu Kebede Wolde
L country ETH
F duration 14:25.91
> Pole vault: 1 Linnea Åkerlund (SWE) 4.86m; 2 Eleni Kostopoulou-Marangou (GRE) 4.71m; 3 Aroha Tane-Whitfield (NZL) 4.71m
P full Linnea Åkerlund
L country SWE
F quantity 4.86m
P full Eleni Kostopoulou-Marangou
L country GRE
F quantity 4.71m
P full Aroha Tane-Whitfield
L country NZL
F quantity 4.71m
'''

ARTICLES['736-dak-lak-farmers-uproot-coffee-for-durian-robusta-slide-ede-ea-kly-vicofa-vnexpress'] = r'''
> Business
> Dak Lak farmers uproot coffee for durian as robusta prices slide
L region Dak Lak
> Farmers in the Central Highlands have cut down coffee trees on thousands of hectares this dry season after robusta prices fell by more than half in a year, betting instead on durian for China.
L region Central Highlands
F fraction half
L country China
> March 19, 2037 | 07:12 pm PT
F date March 19, 2037
F time 07:12 pm PT
> Y Bhiet Nie among the stumps of the coffee trees he cut down in Ea Kly Commune, Dak Lak Province, March 2037. Photo by VnExpress/Hoang Ngan
P full Y Bhiet Nie
L city Ea Kly Commune
L region Dak Lak Province
F date March 2037
O media VnExpress
P full Hoang Ngan
> Y Bhiet Nie, an Ede farmer in Ea Kly, spent the last week of February cutting down 900 coffee trees that his father had planted in 1998 in what used to be Krong Pac District.
P full Y Bhiet Nie
L city Ea Kly
F number 900
F date 1998
L region Krong Pac District
> In their place he has planted 140 Monthong durian saplings, bought on credit for VND65,000 ($2.50) each.
F number 140
F money VND65,000
F money $2.50
> "Coffee fed my family for 30 years, but at this price I lose money on every kilo I sell," the 47-year-old said. "Durian takes four years to give fruit. Until then we will live on pepper and chickens."
Q direct Y Bhiet Nie :: "Coffee fed my family for 30 years, but at this price I lose money on every kilo I sell,"
F duration 30 years
F age 47-year-old
Q direct Y Bhiet Nie :: "Durian takes four years to give fruit. Until then we will live on pepper and chickens."
F duration four years
> Robusta beans fetched VND62,000 per kilogram at Dak Lak farm gates on Wednesday, down from a record VND131,000 in March 2036, according to the provincial Department of Agriculture and Environment. Robusta futures on ICE Futures Europe in London fell to $2,410 a ton this week, their lowest since 2022.
F money VND62,000
L region Dak Lak
F money VND131,000
F date March 2036
O government Department of Agriculture and Environment
O company ICE Futures Europe
L city London
F money $2,410
F date 2022
> The department estimates that farmers in the province have replaced coffee with durian, passion fruit or avocado on 11,300 ha since October, around 5% of Dak Lak's 211,500 ha of coffee.
F quantity 11,300 ha
F percent 5%
L region Dak Lak
F quantity 211,500 ha
> Nguyen Thi Thu Ha, deputy director of the department, said the province would not stop farmers from switching crops but warned that a durian orchard needs three times as much water as coffee.
P full Nguyen Thi Thu Ha
F number three
> "In 2024 and 2032, many gardens in Krong Pac and Ea Kar dried up in the dry season. If everyone plants durian, the reservoirs will not be enough," Ha said.
Q direct Nguyen Thi Thu Ha :: "In 2024 and 2032, many gardens in Krong Pac and Ea Kar dried up in the dry season. If everyone plants durian, the reservoirs will not be enough,"
F date 2024
F date 2032
L region Krong Pac
L region Ea Kar
P partial Ha
> China, which opened its market to fresh Vietnamese durian in 2022, bought $4.1 billion worth of the fruit from Vietnam last year, according to the Vietnam Fruit and Vegetables Association (Vinafruit).
L country China
F date 2022
F money $4.1 billion
L country Vietnam
O nonprofit Vietnam Fruit and Vegetables Association
O nonprofit Vinafruit
> Pham Quang Vinh, vice chairman of the Vietnam Coffee and Cocoa Association (Vicofa), said farmers were repeating the pepper boom of 2015-2016, when growers planted pepper across the Central Highlands and prices then collapsed.
P full Pham Quang Vinh
O nonprofit Vietnam Coffee and Cocoa Association
O nonprofit Vicofa
F date 2015-2016
L region Central Highlands
> "When prices are high everyone plants, and four or five years later everyone cuts," Vinh said. "Coffee prices have always come back. A farmer who cuts his coffee now may regret it in 2039."
Q direct Pham Quang Vinh :: "When prices are high everyone plants, and four or five years later everyone cuts,"
F duration four
F duration five years
P partial Vinh
Q direct Pham Quang Vinh :: "Coffee prices have always come back. A farmer who cuts his coffee now may regret it in 2039."
F date 2039
> Vietnam, the world's second largest coffee producer after Brazil, exported 1.31 million tons of coffee worth $6.9 billion in the 2035-36 crop year, according to Vicofa. Dak Lak alone grows about a third of the country's coffee.
L country Vietnam
L country Brazil
F quantity 1.31 million tons
F money $6.9 billion
F date 2035-36
O nonprofit Vicofa
L region Dak Lak
F fraction a third
> A purchasing manager at a coffee exporter in Buon Ma Thuot, who asked not to be named, said European roasters were already asking whether Vietnamese suppliers could fill their orders for the 2037-38 crop.
L city Buon Ma Thuot
F date 2037-38
> "We signed contracts in January at prices we now cannot match. If the harvest is short, some companies will have to buy from traders at any price," he said.
Q direct - :: "We signed contracts in January at prices we now cannot match. If the harvest is short, some companies will have to buy from traders at any price,"
> In Cu M'gar, H'Linh Mlo, 36, has kept her 1.5 hectares of coffee but stopped buying fertilizer for it.
L region Cu M'gar
P full H'Linh Mlo
F age 36
F quantity 1.5 hectares
> "My neighbors laughed at me when I did not plant durian. But I have seen what happens when everyone runs after the same crop," she said. "Last time it was pepper. This time it is durian."
Q direct H'Linh Mlo :: "My neighbors laughed at me when I did not plant durian. But I have seen what happens when everyone runs after the same crop,"
Q direct H'Linh Mlo :: "Last time it was pepper. This time it is durian."
> The province plans to hold a conference with exporters and banks in Buon Ma Thuot on April 8 on loans for farmers who keep their coffee, the department said.
L city Buon Ma Thuot
F date April 8
> By Hoang Ngan
P full Hoang Ngan
'''

ARTICLES['737-cskt-tribal-council-drought-emergency-fiip-55-percent-jocko-river-bull-trout-pablo-char-koosta-news'] = r'''
> Tribal Council declares drought emergency; irrigators to get 55 percent of their water
O government Tribal Council
F percent 55 percent
> By Lorna Courville
P full Lorna Courville
> Char-Koosta News
O media Char-Koosta News
> May 14, 2037
F date May 14, 2037
> Ditch rider Shane Big Sam checks a headgate on the Pablo Feeder Canal north of Pablo on May 9. (Lorna Courville photo)
P full Shane Big Sam
L facility Pablo Feeder Canal
L city Pablo
F date May 9
P full Lorna Courville
> PABLO — The Confederated Salish and Kootenai Tribes’ Tribal Council declared a drought emergency on the Flathead Reservation on May 11 after the snowpack in the Mission Mountains melted out nearly a month early. Irrigators served by the Flathead Indian Irrigation Project will get 55 percent of their normal water this season.
L city PABLO
O government Confederated Salish and Kootenai Tribes
O government Tribal Council
L region Flathead Reservation
F date May 11
L geo Mission Mountains
O government Flathead Indian Irrigation Project
F percent 55 percent
> The Council voted 9-1 for the emergency resolution, which lets the CSKT Natural Resources Department shorten the irrigation season and set minimum flows for fish in the Jocko River and other streams under the water compact.
F number 9-1
O government CSKT Natural Resources Department
L geo Jocko River
> Snow at the North Fork Jocko measuring site held 41 percent of its median water content on May 1, according to the Natural Resources Conservation Service, and the National Weather Service in Missoula expects a hotter and drier summer than normal.
L facility North Fork Jocko
F percent 41 percent
F date May 1
O government Natural Resources Conservation Service
O government National Weather Service
L city Missoula
> “Our elders tell us about the dry years in the 1930s and the 1980s. This one is coming at us faster,” said Tribal Council Chairwoman Roberta “Bobbie” Antiste.
Q direct Roberta “Bobbie” Antiste :: “Our elders tell us about the dry years in the 1930s and the 1980s. This one is coming at us faster,”
F date 1930s
F date 1980s
O government Tribal Council
P full Roberta “Bobbie” Antiste
Q scare - :: “Bobbie”
> “We have the compact now, and the compact says the river and the fish come first when there is not enough. That is hard on our irrigators, Indian and non-Indian, and we know it.
Q direct Roberta “Bobbie” Antiste :: “We have the compact now, and the compact says the river and the fish come first when there is not enough. That is hard on our irrigators, Indian and non-Indian, and we know it.
> “But the bull trout were here before any of us, and if we do this right they will be here after us,” she said.
Q direct Roberta “Bobbie” Antiste :: “But the bull trout were here before any of us, and if we do this right they will be here after us,”
> Under the emergency plan, FIIP will open its headgates on May 18 instead of the usual May 1 and expects to close them by Aug. 31, about six weeks early. Irrigators will receive 0.77 acre-feet of water per acre, down from the 1.4 acre-feet they got last year.
O government FIIP
F date May 18
F date May 1
F date Aug. 31
F duration six weeks
F quantity 0.77 acre-feet
F quantity 1.4 acre-feet
> The project delivers water to about 127,000 acres on the reservation through some 1,300 miles of canals and ditches fed by 17 reservoirs, among them Kicking Horse, Ninepipe, Mission and Pablo reservoirs.
F quantity 127,000 acres
F quantity 1,300 miles
F number 17
L geo Kicking Horse
L geo Ninepipe
L geo Mission
L geo Pablo
> FIIP project manager Curtis Vanderburg said ditch riders would deliver water on a strict rotation.
O government FIIP
P full Curtis Vanderburg
> “We are going to run this system tighter than anything we have done since the Tribes took it over from the Bureau of Indian Affairs in 2034. If you don’t need your turn, tell your ditch rider, and somebody down the line will use it,” Vanderburg said.
Q direct Curtis Vanderburg :: “We are going to run this system tighter than anything we have done since the Tribes took it over from the Bureau of Indian Affairs in 2034. If you don’t need your turn, tell your ditch rider, and somebody down the line will use it,”
O government Bureau of Indian Affairs
F date 2034
P partial Vanderburg
> Near Charlo, cattle rancher Gary Lindgren, 63, said he expected one good cutting of hay instead of two and would sell 40 of his 220 cows.
L city Charlo
P full Gary Lindgren
F age 63
F number one
F number two
F number 40
F number 220
> “Hay was $240 a ton last fall and it’s going to be more this year. At 55 percent you pray for rain and you sell cows,” Lindgren said.
Q direct Gary Lindgren :: “Hay was $240 a ton last fall and it’s going to be more this year. At 55 percent you pray for rain and you sell cows,”
F money $240
F percent 55 percent
P partial Lindgren
> The Flathead Joint Board of Control, which represents the irrigation districts on the reservation, said in a statement that it supported the rotation but wanted “a clear timeline” for restoring full deliveries.
O government Flathead Joint Board of Control
Q direct Flathead Joint Board of Control :: “a clear timeline”
> Tribal fisheries biologist Danielle Adams-Bigcrane said water in the lower Jocko River reached 71 degrees Fahrenheit last July, close to the limit bull trout can survive. Bull trout are listed as threatened under the Endangered Species Act.
P full Danielle Adams-Bigcrane
L geo Jocko River
F quantity 71 degrees Fahrenheit
> A longtime ditch rider who works the canals around St. Ignatius, and who asked not to be named because he is not authorized to speak to the press, said tempers were already short. “In a year like this somebody always cuts a lock off a headgate at 2 a.m. We’ll be out there at night,” he said.
L city St. Ignatius
Q direct - :: “In a year like this somebody always cuts a lock off a headgate at 2 a.m. We’ll be out there at night,”
F time 2 a.m.
> Lake County commissioners have asked the U.S. Department of Agriculture for a drought disaster declaration, which would open emergency loans to farmers and ranchers.
L region Lake County
O government U.S. Department of Agriculture
> The Tribes will hold information meetings for irrigators at the Arlee Community Center on May 19 at 6 p.m. and at the Ronan Community Center on May 21 at 6 p.m.
L facility Arlee Community Center
F date May 19
F time 6 p.m.
L facility Ronan Community Center
F date May 21
F time 6 p.m.
'''

ARTICLES['738-la-palma-banana-growers-dump-fruit-price-slump-tazacorte-asprocan-cabildo-aid-canarian-weekly'] = r'''
> 'We are throwing away our work': La Palma banana growers dump fruit as prices slump
Q direct Juan Francisco Pérez Acosta :: 'We are throwing away our work'
L geo La Palma
> By Canarian Weekly
O media Canarian Weekly
> 9 April 2038, 08:15
F date 9 April 2038
F time 08:15
> Bunches of bananas left to ripen on the plants at a farm near Tazacorte. Photo: Asprocan
L city Tazacorte
O nonprofit Asprocan
> Banana growers on La Palma have started leaving fruit to rot on the plants and dumping bunches at roadside tips after the price paid to farmers fell to as little as 12 cents a kilo, the lowest in more than a decade.
L geo La Palma
F money 12 cents
> Asprocan, the association of Canarian banana producer organisations, said on Tuesday that the average price for first-class fruit fell to €0.19 per kilo in March, against production costs of around €0.55.
O nonprofit Asprocan
F money €0.19
F money €0.55
> The association blames a surge of cheaper Latin American fruit into mainland Spain since the European Union cut its tariff on so-called "dollar bananas" to €50 a tonne at the start of 2037, and weak demand on the Peninsula, which takes about 90% of the islands' bananas.
L country Spain
O intergovernmental European Union
Q scare - :: "dollar bananas"
F money €50
F date 2037
L region Peninsula
F percent 90%
> In Tazacorte, on the island's west coast, Juan Francisco Pérez Acosta, 58, has stopped cutting fruit on his 3.5 hectares.
L city Tazacorte
P full Juan Francisco Pérez Acosta
F age 58
F quantity 3.5 hectares
> "We are throwing away our work. Every bunch I send to the packing house costs me more than they pay me for it, so I leave them on the plant," he told Canarian Weekly. "My father survived the volcano. I don't know if I will survive this."
Q direct Juan Francisco Pérez Acosta :: "We are throwing away our work. Every bunch I send to the packing house costs me more than they pay me for it, so I leave them on the plant,"
O media Canarian Weekly
Q direct Juan Francisco Pérez Acosta :: "My father survived the volcano. I don't know if I will survive this."
> Pérez Acosta is one of about 5,500 growers on La Palma, where bananas cover some 2,900 hectares and make up almost half of the island's economy. Many farms in the Aridane Valley were buried or cut off by lava during the 85-day Tajogaite eruption of 2021.
P partial Pérez Acosta
F number 5,500
L geo La Palma
F quantity 2,900 hectares
F fraction half
L geo Aridane Valley
F duration 85-day
L geo Tajogaite
F date 2021
> On Monday the Cabildo de La Palma, the island's government, approved €4.2 million in emergency aid to pay growers an extra 8 cents for every kilo delivered in April and May and to clear dumped fruit from roadsides and ravines.
O government Cabildo de La Palma
F money €4.2 million
F money 8 cents
> Its councillor for agriculture, Tanausú Hernández Cabrera, said the money would reach growers "within 30 days".
P full Tanausú Hernández Cabrera
Q direct Tanausú Hernández Cabrera :: "within 30 days"
F duration 30 days
> "This aid is a bandage, not a cure. The price of our bananas is decided in Brussels and in Madrid, not in Los Llanos," he said.
Q direct Tanausú Hernández Cabrera :: "This aid is a bandage, not a cure. The price of our bananas is decided in Brussels and in Madrid, not in Los Llanos,"
L city Brussels
L city Madrid
L city Los Llanos
> The Canary Islands Government has asked the Ministry of Agriculture, Fisheries and Food in Madrid to press the European Commission for an early payment of POSEI aid, worth €141 million a year to the islands' banana growers and normally paid in the autumn.
O government Canary Islands Government
O government Ministry of Agriculture, Fisheries and Food
L city Madrid
O intergovernmental European Commission
F money €141 million
> In a statement, Asprocan said the Plátano de Canarias brand was "paying the price for a market that rewards whoever produces cheapest, not whoever produces best". It wants clearer labelling so that shoppers on the mainland can tell Canarian bananas from imported ones.
O nonprofit Asprocan
Q direct Asprocan :: "paying the price for a market that rewards whoever produces cheapest, not whoever produces best"
> The farmers' union COAG Canarias said younger growers were already selling up. Its spokeswoman on La Palma, Acerina Rodríguez Brito, said: "Who is going to buy a farm that loses money? The land ends up abandoned, and abandoned land on La Palma means fire and erosion."
O nonprofit COAG Canarias
L geo La Palma
P full Acerina Rodríguez Brito
Q direct Acerina Rodríguez Brito :: "Who is going to buy a farm that loses money? The land ends up abandoned, and abandoned land on La Palma means fire and erosion."
L geo La Palma
> The manager of a packing cooperative in Los Llanos de Aridane, who asked not to be named, said it had cut shifts from five days a week to three and sent 40 of its 110 workers home.
L city Los Llanos de Aridane
F duration five days
F duration three
F number 40
F number 110
> "The cold stores are full and the lorries are not coming. In 30 years I have not seen a spring like this," the manager said.
Q direct - :: "The cold stores are full and the lorries are not coming. In 30 years I have not seen a spring like this,"
F duration 30 years
> Bananas are the Canary Islands' biggest farm export, with around 400,000 tonnes shipped to mainland Spain every year from Tenerife, La Palma, Gran Canaria and La Gomera.
L geo Canary Islands
F quantity 400,000 tonnes
L country Spain
L geo Tenerife
L geo La Palma
L geo Gran Canaria
L geo La Gomera
> Follow Canarian Weekly on Facebook and Instagram for the latest news from the Canaries.
O media Canarian Weekly
O company Facebook
O company Instagram
L geo Canaries
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
