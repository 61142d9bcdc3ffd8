#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval68 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval68/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['451-presteigne-oak-frame-factory-river-lugg-powys-planning-brecon-radnor-express'] = r'''
> News
> Presteigne oak-frame firm wins go-ahead for £7.5m factory despite River Lugg fears
L city Presteigne
F money £7.5m
L geo River Lugg
> Powys planners back 42 new jobs at Llanandras Oak Frames by seven votes to four
L region Powys
F number 42
O company Llanandras Oak Frames
F number seven
F number four
> By Elin Haf Bowen, Local Democracy Reporter
P full Elin Haf Bowen
> Wednesday 11th March 2037 7:00 am
F date 11th March 2037
F time 7:00 am
> Staff at Llanandras Oak Frames’ workshop on the edge of Presteigne. (Picture: Llanandras Oak Frames)
O company Llanandras Oak Frames
L city Presteigne
O company Llanandras Oak Frames
> A PRESTEIGNE company that builds oak-framed houses and barns has won permission for a £7.5m factory that it says will create 42 jobs, despite warnings that it could add to pollution in the River Lugg.
L city PRESTEIGNE
F money £7.5m
F number 42
L geo River Lugg
> Powys County Council’s planning committee approved the plans by seven votes to four on Tuesday, against the advice of Natural Resources Wales (NRW), which had asked councillors to put off a decision until the company could show the building would not add phosphate to the river.
O government Powys County Council
F number seven
F number four
O government Natural Resources Wales
O government NRW
> Llanandras Oak Frames, which takes its name from the Welsh name for Presteigne, employs 58 people at a workshop off the B4362. The new 2,600 square metre building on neighbouring farmland would house a drying kiln, a CNC cutting line and a bay where frames are test-fitted before they go to site.
O company Llanandras Oak Frames
L city Presteigne
F number 58
L street B4362
F quantity 2,600 square metre
> Managing director Owain Pritchard told the committee the firm had turned away more than £3m of orders last year because it had run out of space.
P full Owain Pritchard
F money £3m
> “Our oak comes from woods within 30 miles of here and our frames go out to clients from Cornwall to the Scottish Borders,” he said. “What we don’t have is room. Without this building, the next 42 jobs go to Shropshire or to Leominster, not to Presteigne.”
Q direct Owain Pritchard :: “Our oak comes from woods within 30 miles of here and our frames go out to clients from Cornwall to the Scottish Borders,”
Q direct Owain Pritchard :: “What we don’t have is room. Without this building, the next 42 jobs go to Shropshire or to Leominster, not to Presteigne.”
F quantity 30 miles
L region Cornwall
L region Scottish Borders
F number 42
L region Shropshire
L city Leominster
L city Presteigne
> The Lugg rises in the hills above Llangunllo and flows through Presteigne before crossing the border into Herefordshire, where it joins the Wye below Hereford. Both rivers are protected as a Special Area of Conservation, and high phosphate levels have held up house building on the English side of the border for years.
L geo Lugg
L city Llangunllo
L city Presteigne
L region Herefordshire
L geo Wye
L city Hereford
> In its response, NRW said the drainage plan submitted with the application was “not yet sufficient to rule out harm to the site’s features”. A report to the committee said the yard’s septic tank would be replaced by a sealed drainage system and a connection to the sewage works at Presteigne, which Dŵr Cymru Welsh Water upgraded in 2035.
O government NRW
Q direct Natural Resources Wales :: “not yet sufficient to rule out harm to the site’s features”
L city Presteigne
O company Dŵr Cymru Welsh Water
F date 2035
> Planning officer Huw Griffiths said the council’s own ecologist was satisfied the scheme would cut the phosphate leaving the site by about 60 per cent compared with today.
P full Huw Griffiths
F percent 60 per cent
> Cllr Rhiannon Vaughan, who represents Presteigne, said the town had waited “a generation” for jobs like these. “Young people leave for Hereford or Birmingham because there is nothing for them here. This is a local firm that wants to stay local,” she said.
P full Rhiannon Vaughan
L city Presteigne
Q direct Rhiannon Vaughan :: “a generation”
Q direct Rhiannon Vaughan :: “Young people leave for Hereford or Birmingham because there is nothing for them here. This is a local firm that wants to stay local,”
L city Hereford
L city Birmingham
> But Cllr Mervyn Jukes, who represents Old Radnor, said he could not vote for a scheme “on a promise” while farmers in his ward faced strict limits on new poultry units. “If a chicken shed at Evenjobb has to prove it won’t put a single extra gram of phosphate into the river, so should a factory,” he said.
P full Mervyn Jukes
L city Old Radnor
Q direct Mervyn Jukes :: “on a promise”
Q direct Mervyn Jukes :: “If a chicken shed at Evenjobb has to prove it won’t put a single extra gram of phosphate into the river, so should a factory,”
L city Evenjobb
> Herefordshire Council, consulted as a neighbouring authority, did not object but asked for lorries to use the B4362 towards Mortimer’s Cross rather than the lanes through Kingsland, where residents have complained about heavy traffic on the A4110.
O government Herefordshire Council
L street B4362
L city Mortimer’s Cross
L city Kingsland
L street A4110
> The company expects up to 35 lorry movements a day at the busiest times, and councillors added a condition limiting deliveries to between 7am and 6pm on weekdays.
F number 35
F time 7am
F time 6pm
> Friends of the Upper Lugg, a volunteer group that has tested the river at 14 points between Monaughty and Kinsham every month since 2034, said it was “deeply disappointed”.
O nonprofit Friends of the Upper Lugg
F number 14
L city Monaughty
L city Kinsham
F date 2034
Q direct Friends of the Upper Lugg :: “deeply disappointed”
> Its secretary, Dilys Morgan, 71, said samples taken below Presteigne last summer showed phosphate at 0.11 milligrams per litre, more than twice the 0.05 milligrams per litre target for the upper river.
P full Dilys Morgan
F age 71
L city Presteigne
F quantity 0.11 milligrams per litre
F quantity 0.05 milligrams per litre
> “Nobody here is against jobs. My grandfather worked at the old sawmill in Norton,” she said. “But the Lugg is struggling already, and once the damage is done you can’t put it right with a planning condition.”
Q direct Dilys Morgan :: “Nobody here is against jobs. My grandfather worked at the old sawmill in Norton,”
L city Norton
Q direct Dilys Morgan :: “But the Lugg is struggling already, and once the damage is done you can’t put it right with a planning condition.”
L geo Lugg
> Mr Pritchard said the firm would pay for two more monitoring points on the river and publish the results every quarter. Building work could start in September, he said, and the factory would open within 18 months, with apprenticeships run through NPTC Group’s college in Newtown.
P partial Pritchard
F number two
F duration 18 months
O education NPTC Group
L city Newtown
> NRW now has 21 days to decide whether to ask the Welsh Government to call in the application.
O government NRW
F duration 21 days
O government Welsh Government
> This story was written by a Local Democracy Reporter, part of a BBC-funded scheme to cover local councils across the UK.
O media BBC
L country UK
'''

ARTICLES['452-hsin-ho-bath-fittings-lukang-faucet-plant-changhua-coastal-park-taiwan-news'] = r'''
> Business
> Lukang faucet maker to build NT$3.2 billion plant in Changhua as US tariffs bite
L city Lukang
F money NT$3.2 billion
L region Changhua
L country US
> Hsin Ho Bath Fittings to move assembly home from Xiamen, add 320 jobs in 'faucet kingdom'
O company Hsin Ho Bath Fittings
L city Xiamen
F number 320
Q scare - :: 'faucet kingdom'
> By Lin Pei-shan, Taiwan News, Staff Writer
P full Lin Pei-shan
O media Taiwan News
> 2038/11/04 17:22
F date 2038/11/04
F time 17:22
> Workers assemble brass faucets at a Hsin Ho Bath Fittings factory in Lukang Township, Changhua County. (Hsin Ho Bath Fittings photo)
O company Hsin Ho Bath Fittings
L city Lukang Township
L region Changhua County
O company Hsin Ho Bath Fittings
> TAIPEI (Taiwan News) — Hsin Ho Bath Fittings Corp. (新和衛浴), one of the largest faucet makers in Changhua County's Lukang Township, said Thursday (Nov. 4) it will spend NT$3.2 billion (US$101 million) on a new plant in the Changhua Coastal Industrial Park and move most of its assembly work back from China.
L city TAIPEI
O media Taiwan News
O company Hsin Ho Bath Fittings Corp.
O company 新和衛浴
L region Changhua County
L city Lukang Township
F date Nov. 4
F money NT$3.2 billion
F money US$101 million
L facility Changhua Coastal Industrial Park
L country China
> The company, which is listed on the Taipei Exchange, said the plant would cover 14,500 ping (about 48,000 square meters) of reclaimed land in the park's Xianxi zone and create 320 jobs when it opens in the third quarter of 2040.
O company Taipei Exchange
F quantity 14,500 ping
F quantity 48,000 square meters
L city Xianxi
F number 320
F date 2040
> Hsin Ho makes about 4.6 million faucets and shower valves a year, roughly 62% of which are sold in the United States under the house brands of American home-improvement chains. Around 70% of its output is now assembled at a subsidiary in Xiamen, in China's Fujian province, from brass castings shipped across the Taiwan Strait.
O company Hsin Ho
F number 4.6 million
F percent 62%
L country United States
F percent 70%
L city Xiamen
L country China
L region Fujian
L geo Taiwan Strait
> Since Washington raised tariffs on Chinese-made plumbing fixtures to 45% in March 2038, several of the company's U.S. customers have asked for goods made elsewhere, Chairman Shih Chun-hung (施俊宏) told reporters in Lukang.
L city Washington
F percent 45%
F date March 2038
L country U.S.
P full Shih Chun-hung
P full 施俊宏
L city Lukang
> "Our customers don't ask where the brass comes from. They ask where the box was packed," Shih, 61, said. "When the tariff was 10%, we could absorb it. At 45%, we cannot.
Q direct Shih Chun-hung :: "Our customers don't ask where the brass comes from. They ask where the box was packed,"
Q direct Shih Chun-hung :: "When the tariff was 10%, we could absorb it. At 45%, we cannot.
P partial Shih
F age 61
F percent 10%
F percent 45%
> "Bringing assembly home to Lukang costs us more in wages, but it keeps us in the American market. My father started this company with three lathes in 1979. I am not going to lose it over a label."
Q direct Shih Chun-hung :: "Bringing assembly home to Lukang costs us more in wages, but it keeps us in the American market. My father started this company with three lathes in 1979. I am not going to lose it over a label."
L city Lukang
F number three
F date 1979
> The Xiamen subsidiary, which employs about 900 people, will keep making parts for customers in China and Southeast Asia, the company said. Shih said Hsin Ho had looked at Vietnam's Long An province but chose Changhua because most of its 140 suppliers of castings, valves and chrome plating are within 20 kilometers of Lukang.
L city Xiamen
F number 900
L country China
L region Southeast Asia
P partial Shih
O company Hsin Ho
L country Vietnam
L region Long An
L region Changhua
F number 140
F quantity 20 kilometers
L city Lukang
> Lukang and the neighboring Fuxing and Xiushui townships are home to more than 1,000 faucet and valve workshops, giving the area its nickname as Taiwan's "faucet kingdom." Many are family firms with fewer than 20 workers.
L city Lukang
L city Fuxing
L city Xiushui
F number 1,000
L country Taiwan
Q scare - :: "faucet kingdom."
F number 20
> The Ministry of Economic Affairs (MOEA) said in a statement that the project had been approved under a program of low-interest loans for companies that move production back to Taiwan, and that Hsin Ho would receive NT$1.1 billion in financing through state-run banks. The plant "shows that traditional industries still have a future at home," the ministry said.
O government Ministry of Economic Affairs
O government MOEA
L country Taiwan
O company Hsin Ho
F money NT$1.1 billion
Q direct Ministry of Economic Affairs :: "shows that traditional industries still have a future at home,"
> Changhua County Magistrate Hung Li-chu said the county would speed up work on a new interchange linking the industrial park to Provincial Highway 61, which is used by most of the trucks that carry castings between Lukang and the coast.
L region Changhua County
P full Hung Li-chu
L street Provincial Highway 61
L city Lukang
> Chiu Ya-wen, a researcher at the Taiwan Institute of Economic Research (TIER), said Hsin Ho's move reflected a wider shift among Taiwan's traditional manufacturers. "The chipmakers get the headlines, but it is the hardware and bathroom-fittings makers in places like Changhua and Tainan that are moving fastest," she said.
P full Chiu Ya-wen
O nonprofit Taiwan Institute of Economic Research
O nonprofit TIER
O company Hsin Ho
L country Taiwan
Q direct Chiu Ya-wen :: "The chipmakers get the headlines, but it is the hardware and bathroom-fittings makers in places like Changhua and Tainan that are moving fastest,"
L region Changhua
L city Tainan
> Hsin Ho's shares rose 6.8% to NT$47.35 on Thursday, outpacing a 0.4% gain in the Taipei Exchange's main index. The company reported revenue of NT$5.9 billion for the first nine months of 2038, up 3.1% from a year earlier.
O company Hsin Ho
F percent 6.8%
F money NT$47.35
F percent 0.4%
O company Taipei Exchange
F money NT$5.9 billion
F duration nine months
F date 2038
F percent 3.1%
> An industry source, who asked not to be named, said at least two other Lukang faucet makers were in talks with the ministry about similar moves. "Everyone is doing the same math," the source said.
F number two
L city Lukang
Q direct - :: "Everyone is doing the same math,"
'''

ARTICLES['453-irish-greyhound-derby-final-shelbourne-park-glenflesk-duke-kissane-irish-independent'] = r'''
> Sport
> Greyhounds
> ‘He’s the dog of a lifetime’ – Glenflesk Duke lands €125,000 Irish Derby for Kerry’s Kissane
Q direct Seánie Kissane :: ‘He’s the dog of a lifetime’
F money €125,000
L region Kerry
P partial Kissane
> Eoin Ó Catháin
P full Eoin Ó Catháin
> Sat 20 Sep 2036 at 23:48
F date 20 Sep 2036
F time 23:48
> Glenflesk Duke (black jacket) pulls clear of Moanmore Flash on the run-in at Shelbourne Park. Photo: Sportsfile
L facility Shelbourne Park
O media Sportsfile
> Seánie Kissane has been bringing greyhounds from his kennel outside Killorglin to tracks all over Ireland for 40 years, and on Saturday night at Shelbourne Park the Kerry man finally got his hands on the sport’s biggest prize.
P full Seánie Kissane
L city Killorglin
L country Ireland
F duration 40 years
L facility Shelbourne Park
L region Kerry
> Glenflesk Duke, a 26-month-old black dog bought as a pup for €6,500, broke smartly from trap four, led at the first bend and held off the late run of the 7/4 favourite Moanmore Flash to win the Irish Greyhound Derby final by two and a quarter lengths in 29.21 seconds.
F duration 26-month-old
F money €6,500
F number 7/4
F quantity two and a quarter lengths
F duration 29.21 seconds
> It was the fastest Derby final since 2031 and the first win in the event for a trainer from the Kingdom since 2029. The winner’s share of the €250,000 prize fund was €125,000, with €40,000 going to the runner-up.
F date 2031
L region Kingdom
F date 2029
F money €250,000
F money €125,000
F money €40,000
> “I’ve had good dogs, but he’s the dog of a lifetime,” said Kissane, 64, who trains 22 greyhounds with his daughter, Áine. “He doesn’t know how to run a bad race. I was more nervous watching the semi-final last week than I was tonight.”
Q direct Seánie Kissane :: “I’ve had good dogs, but he’s the dog of a lifetime,”
Q direct Seánie Kissane :: “He doesn’t know how to run a bad race. I was more nervous watching the semi-final last week than I was tonight.”
P partial Kissane
F age 64
F number 22
P partial Áine
> The black dog is owned by the Glenflesk Boys, a syndicate of five neighbours from Glenflesk, east of Killarney, none of whom had owned a greyhound before.
O other Glenflesk Boys
F number five
L city Glenflesk
L city Killarney
> “We put in €1,300 each,” said syndicate member Donncha Lynch-Healy, a 38-year-old dairy farmer. “Seánie told us he was a nice pup. He never told us he was a Derby winner. There’ll be a few pints drunk in Killarney tomorrow, I’d say.”
Q direct Donncha Lynch-Healy :: “We put in €1,300 each,”
Q direct Donncha Lynch-Healy :: “Seánie told us he was a nice pup. He never told us he was a Derby winner. There’ll be a few pints drunk in Killarney tomorrow, I’d say.”
F money €1,300
P full Donncha Lynch-Healy
F age 38-year-old
P partial Seánie
L city Killarney
> Moanmore Flash, trained in Co Tipperary by Majella Tobin-Ryan, had been unbeaten in five runs through the competition and was sent off favourite after clocking 29.09 in the second round, the fastest time of this year’s Derby.
L region Co Tipperary
P full Majella Tobin-Ryan
F number five
F duration 29.09
> Tobin-Ryan said her dog had been bumped at the first bend by Aughrim Maverick, the English challenger from Graham Pettifer’s kennel in Northamptonshire, and never made up the lost ground. “He ran a stormer from where he was, but you can’t give a dog like the winner three lengths at this level,” she said.
P partial Tobin-Ryan
P full Graham Pettifer
L region Northamptonshire
Q direct Majella Tobin-Ryan :: “He ran a stormer from where he was, but you can’t give a dog like the winner three lengths at this level,”
F quantity three lengths
> Aughrim Maverick held on for third, one and a half lengths further back, while Coolbawn Ace, Kilcummin Dancer and the 20/1 outsider Ballyhass Lightning filled the last three places.
F quantity one and a half lengths
F number 20/1
F number three
> Greyhound Racing Ireland (GRI) said a crowd of 6,214 attended, the biggest for a Derby final since the Ringsend track reopened after its redevelopment in 2033. Tote and on-course betting on the final came to €1.47 million, up 9 per cent on last year.
O government Greyhound Racing Ireland
O government GRI
F number 6,214
L city Ringsend
F date 2033
O company Tote
F money €1.47 million
F percent 9 per cent
> GRI chief executive Niamh Furlong-Dunne said the sport had “turned a corner” after three years of rising attendances and a welfare code that requires every greyhound to be tracked from birth until it is rehomed.
O government GRI
P full Niamh Furlong-Dunne
Q direct Niamh Furlong-Dunne :: “turned a corner”
F duration three years
> Glenflesk Duke will now be rested for six weeks before an autumn campaign that could include the Champion Stakes at Shelbourne Park and a trip to Curraheen Park in Cork in November.
F duration six weeks
L facility Shelbourne Park
L facility Curraheen Park
L city Cork
> FINAL RESULT
> Irish Greyhound Derby final (550 yards), Shelbourne Park, Dublin
F quantity 550 yards
L facility Shelbourne Park
L city Dublin
> 1 Glenflesk Duke (T4) 5/2 (S Kissane, Killorglin) 29.21
F number 5/2
P full S Kissane
L city Killorglin
F duration 29.21
> 2 Moanmore Flash (T1) 7/4 fav (M Tobin-Ryan, Co Tipperary) 29.39
F number 7/4
P full M Tobin-Ryan
L region Co Tipperary
F duration 29.39
> 3 Aughrim Maverick (T6) 4/1 (G Pettifer, Northamptonshire) 29.51
F number 4/1
P full G Pettifer
L region Northamptonshire
F duration 29.51
> 4 Coolbawn Ace (T2) 8/1 (D Hegarty, Co Limerick) 29.57
F number 8/1
P full D Hegarty
L region Co Limerick
F duration 29.57
> 5 Kilcummin Dancer (T5) 10/1 (P J Moran, Co Mayo) 29.73
F number 10/1
P full P J Moran
L region Co Mayo
F duration 29.73
> 6 Ballyhass Lightning (T3) 20/1 (C O’Leary-Boyce, Co Cork) 29.87
F number 20/1
P full C O’Leary-Boyce
L region Co Cork
F duration 29.87
> Distances: 2¼l, 1½l, ¾l, 2l, 1¾l. Tote win: €4.60. Forecast: €11.20.
F quantity 2¼l
F quantity 1½l
F quantity ¾l
F quantity 2l
F quantity 1¾l
O company Tote
F money €4.60
F money €11.20
'''

ARTICLES['454-gbarpolu-gold-miner-suspended-cyanide-lofa-river-weasua-liberian-observer'] = r'''
> News
> Gov't Suspends Chinese-Owned Gold Miner over Cyanide Spill in Lofa River
L geo Lofa River
> — Dead fish reported from Gbarma to Lofa Bridge; Gbarpolu residents demand compensation
L city Gbarma
L city Lofa Bridge
L region Gbarpolu
> By Varney G. Sheriff
P full Varney G. Sheriff
> March 18, 2038
F date March 18, 2038
> Residents of Weasua fetch water from a creek near the Hengda Liberia Mining site. (Photo: Varney G. Sheriff)
L city Weasua
O company Hengda Liberia Mining
P full Varney G. Sheriff
> The Ministry of Mines and Energy (MME) has suspended the operations of Hengda Liberia Mining Inc., a Chinese-owned gold company in Gbarpolu County, after the Environmental Protection Agency (EPA) found cyanide in the Lofa River downstream of its processing plant at Weasua.
O government Ministry of Mines and Energy
O government MME
O company Hengda Liberia Mining Inc.
L region Gbarpolu County
O government Environmental Protection Agency
O government EPA
L geo Lofa River
L city Weasua
> In a press release issued in Monrovia on Monday, the ministry said the company's Class B mining license had been suspended for 90 days "with immediate effect" and that the company must pay a fine of US$250,000 and clean up the affected area before it can resume work.
L city Monrovia
F duration 90 days
Q direct Ministry of Mines and Energy :: "with immediate effect"
F money US$250,000
> According to the EPA, water samples taken on March 9 at Gbarma, about 12 kilometers downstream, contained 0.83 milligrams per liter of cyanide, more than eight times the agency's limit of 0.1 milligrams per liter for discharges into rivers and creeks.
O government EPA
F date March 9
L city Gbarma
F quantity 12 kilometers
F quantity 0.83 milligrams per liter
F number eight
F quantity 0.1 milligrams per liter
> EPA Executive Director Dr. Korto M. Nyumah-Seekie said a tailings pond at the plant overflowed after heavy rains in the first week of March, sending contaminated water into a creek that feeds the Lofa.
O government EPA
P full Korto M. Nyumah-Seekie
L geo Lofa
> "This was not an accident of nature. The company was warned in November that the pond was too small for the rainy season, and it did nothing," Dr. Nyumah-Seekie told reporters. "We will not allow any company, Liberian or foreign, to poison the water our people drink."
Q direct Korto M. Nyumah-Seekie :: "This was not an accident of nature. The company was warned in November that the pond was too small for the rainy season, and it did nothing,"
Q direct Korto M. Nyumah-Seekie :: "We will not allow any company, Liberian or foreign, to poison the water our people drink."
P partial Nyumah-Seekie
> Residents of Weasua, Gbarma and smaller towns along the river told the Daily Observer that dead fish began floating to the surface on March 7 and that several goats died after drinking from the river.
L city Weasua
L city Gbarma
O media Daily Observer
F date March 7
> Weasua's town chief, Jallah Kamara, 67, said about 1,400 people depend on the Lofa for drinking water, fishing and washing. "We have been drinking this water since before any company came here. Now the government is telling us to stop, but two water tanks cannot serve a whole town," he said.
L city Weasua
P full Jallah Kamara
F age 67
F number 1,400
L geo Lofa
Q direct Jallah Kamara :: "We have been drinking this water since before any company came here. Now the government is telling us to stop, but two water tanks cannot serve a whole town,"
F number two
> "Our children are getting rashes. The women cannot sell fish in Bopolu anymore because people say the fish from Weasua is poison.
Q direct Jallah Kamara :: "Our children are getting rashes. The women cannot sell fish in Bopolu anymore because people say the fish from Weasua is poison.
L city Bopolu
L city Weasua
> "We want the company to pay every family and to dig hand pumps for us before they start work again."
Q direct Jallah Kamara :: "We want the company to pay every family and to dig hand pumps for us before they start work again."
> The Gbarpolu County Superintendent, Musu T. Gbessay-Freeman, said the county administration had sent two water tanks to Weasua over the weekend with the help of the Liberia National Red Cross Society, and was working with the Ministry of Health to test residents who had fallen sick.
L region Gbarpolu County
P full Musu T. Gbessay-Freeman
F number two
L city Weasua
O nonprofit Liberia National Red Cross Society
O government Ministry of Health
> Hengda Liberia Mining has operated at Weasua since 2034 under a five-year license covering 48 square kilometers. According to its website, the company has invested US$14.5 million in Liberia and employs 212 people, including 37 Chinese nationals.
O company Hengda Liberia Mining
L city Weasua
F date 2034
F duration five-year
F quantity 48 square kilometers
F money US$14.5 million
L country Liberia
F number 212
F number 37
> A senior staff of the company, who spoke on condition of anonymity because he was not authorized to speak to the press, said the company "regrets the incident" and had begun draining the pond. "We are cooperating with the EPA. The rains came early this year and the pond could not hold," he said.
Q direct - :: "regrets the incident"
Q direct - :: "We are cooperating with the EPA. The rains came early this year and the pond could not hold,"
O government EPA
> Fish traders in Bopolu said a bundle of dried fish that sold for L$1,500 before the spill now fetches less than L$600, if it sells at all.
L city Bopolu
F money L$1,500
F money L$600
> Gbarpolu County Senator Alfred G. Zinnah, who chairs the Senate Committee on Lands, Mines, Energy, Natural Resources and Environment, said he would summon the company's management and officials of the MME to appear before the committee next Tuesday.
L region Gbarpolu County
P full Alfred G. Zinnah
O government Senate Committee on Lands, Mines, Energy, Natural Resources and Environment
O government MME
> "We have seen this before in Grand Cape Mount and in Bong. The company pays a small fine, the suspension is lifted after three months, and the people downstream are left with nothing," Sen. Zinnah said.
Q direct Alfred G. Zinnah :: "We have seen this before in Grand Cape Mount and in Bong. The company pays a small fine, the suspension is lifted after three months, and the people downstream are left with nothing,"
L region Grand Cape Mount
L region Bong
F duration three months
P partial Zinnah
> The Lofa River rises in Guinea and flows south-west through Lofa and Gbarpolu counties before reaching the Atlantic Ocean in Grand Cape Mount County.
L geo Lofa River
L country Guinea
L region Lofa
L region Gbarpolu
L geo Atlantic Ocean
L region Grand Cape Mount County
> The MME said Hengda's license would be reviewed at the end of the 90-day suspension on June 13.
O government MME
O company Hengda
F duration 90-day
F date June 13
'''

ARTICLES['455-wangi-falls-croc-closure-batchelor-litchfield-coomalie-council-nt-news'] = r'''
> Top End
L region Top End
> Wangi wait: croc closure drags on as Batchelor traders count the cost
L geo Wangi
L city Batchelor
> Businesses at the gateway to Litchfield National Park say the Top End’s favourite swimming hole has stayed shut six weeks past its usual opening, costing them up to 40 per cent of their trade.
L geo Litchfield National Park
L region Top End
F duration six weeks
F percent 40 per cent
> Kezia Tsirimokos
P full Kezia Tsirimokos
> June 3, 2039 - 4:30PM
F date June 3, 2039
F time 4:30PM
> Wangi Falls in Litchfield National Park remains closed to swimmers while rangers trap saltwater crocodiles in the plunge pool. Picture: Tarni Oberholzer
L geo Wangi Falls
L geo Litchfield National Park
P full Tarni Oberholzer
> BUSINESSES in Batchelor say they are being “strangled” by the longest dry-season closure of Wangi Falls on record, with the Top End’s most popular swimming spot still off limits six weeks after it normally reopens.
L city Batchelor
Q direct Dean Kowalczyk :: “strangled”
L geo Wangi Falls
L region Top End
F duration six weeks
> Parks and Wildlife Commission of the Northern Territory rangers have pulled seven saltwater crocodiles from the falls and the creek below since March, including a 3.8m male caught in the plunge pool on April 26, four days after the falls were due to reopen for the dry season.
O government Parks and Wildlife Commission of the Northern Territory
F number seven
F quantity 3.8m
F date April 26
F duration four days
> Rangers blame a late 2038-39 wet season, which dropped more than 2,300mm of rain on Batchelor, for pushing crocodiles further upstream than usual.
F date 2038-39
F quantity 2,300mm
L city Batchelor
> The swimming area has stayed closed since, as rangers must complete three clear surveys under the Territory’s crocodile management program before swimmers are let back in.
F number three
L region Territory
> A Parks and Wildlife spokeswoman said a second large crocodile, estimated at more than 4m, had been seen near the base of the falls on May 30 but had so far stayed clear of the traps.
O government Parks and Wildlife
F quantity 4m
F date May 30
> “Public safety has to come first. We know how much Territorians and visitors love Wangi, but we will not reopen it until we are confident it is clear,” the spokeswoman said.
Q direct - :: “Public safety has to come first. We know how much Territorians and visitors love Wangi, but we will not reopen it until we are confident it is clear,”
L geo Wangi
> Wangi Falls is about 150km by road from Darwin and drew about 290,000 visitors last year, according to Tourism NT. Florence Falls and Buley Rockhole, closer to the park’s eastern entrance, remain open.
L geo Wangi Falls
F quantity 150km
L city Darwin
F number 290,000
O government Tourism NT
L geo Florence Falls
L geo Buley Rockhole
> At the Rum Jungle Caravan Park in Batchelor, owner Dean Kowalczyk said bookings for June were down 38 per cent on last year, and that day-trippers from Darwin, Palmerston and Humpty Doo who usually turn off the Stuart Highway for fuel and a pie on the way to Wangi were now “driving straight past”.
O company Rum Jungle Caravan Park
L city Batchelor
P full Dean Kowalczyk
F percent 38 per cent
L city Darwin
L city Palmerston
L city Humpty Doo
L street Stuart Highway
L geo Wangi
Q direct Dean Kowalczyk :: “driving straight past”
> “We’re being strangled,” he said. “The grey nomads ring up and the first question is always, ‘Is Wangi open?’ When I say no, half of them go to Katherine instead.”
Q direct Dean Kowalczyk :: “We’re being strangled,”
Q direct Dean Kowalczyk :: “The grey nomads ring up and the first question is always, ‘Is Wangi open?’ When I say no, half of them go to Katherine instead.”
L geo Wangi
F fraction half
L city Katherine
> Mr Kowalczyk, 52, said he had put off hiring two backpackers for the season and was thinking of closing the caravan park’s kiosk on weekdays. At nearby Rum Jungle Lake, the council-run kayak hire took 11 bookings in May, compared with 140 a year earlier.
P partial Kowalczyk
F age 52
F number two
L geo Rum Jungle Lake
F number 11
F number 140
> Coomalie Community Government Council, which covers Batchelor and Adelaide River, will ask the NT Government at its meeting on Tuesday for a $250,000 grant to help local businesses and pay for extra ranger patrols along Litchfield Park Road.
O government Coomalie Community Government Council
L city Batchelor
L city Adelaide River
O government NT Government
F money $250,000
L street Litchfield Park Road
> Coomalie Mayor Sue Marrapodi-Hinds said the region relied on visitors between May and October.
L region Coomalie
P full Sue Marrapodi-Hinds
> “Nobody is asking Parks to take risks with crocs. We are asking for a bit of help while they do their job. These businesses make their money in the dry season — lose six weeks of it and you’ve lost a quarter of your year,” she said.
Q direct Sue Marrapodi-Hinds :: “Nobody is asking Parks to take risks with crocs. We are asking for a bit of help while they do their job. These businesses make their money in the dry season — lose six weeks of it and you’ve lost a quarter of your year,”
O government Parks
F duration six weeks
F fraction a quarter
> Tourism NT figures show visitors spent $1.46 billion in the Top End in 2038, with Litchfield the second most visited park in the Territory after Kakadu.
O government Tourism NT
F money $1.46 billion
L region Top End
F date 2038
L geo Litchfield
L region Territory
L geo Kakadu
> Parks Minister Nick Theodorakis said rangers had removed 312 saltwater crocodiles from Top End waterways in the 12 months to April, up from 248 a year earlier.
P full Nick Theodorakis
F number 312
L region Top End
F duration 12 months
F number 248
> “There are more crocs in the Territory than at any time since the 1960s, and they are turning up in places people have swum in for 30 years,” he said.
Q direct Nick Theodorakis :: “There are more crocs in the Territory than at any time since the 1960s, and they are turning up in places people have swum in for 30 years,”
L region Territory
F date 1960s
F duration 30 years
> He said the government would consider the council’s request. The first of the three surveys needed to reopen Wangi is scheduled for June 9.
F number three
L geo Wangi
F date June 9
'''

ARTICLES['456-greitai-courier-tracking-fine-vdai-regional-administrative-court-vilnius-lrt'] = r'''
> Business
> Court upholds €1.6m fine on delivery app Greitai for tracking couriers after log-off
F money €1.6m
O company Greitai
> LRT English Newsroom
O media LRT English Newsroom
> 2039.04.19 13:05
F date 2039.04.19
F time 13:05
> Greitai couriers wait for orders in Vilnius' Naujamiestis district. / Rokas Vilkauskis, BNS
O company Greitai
L city Vilnius
L city Naujamiestis
P full Rokas Vilkauskis
O media BNS
> The Regional Administrative Court in Vilnius has upheld a €1.6 million fine imposed on the Lithuanian delivery platform Greitai by the State Data Protection Inspectorate (VDAI), which found that the company's app kept recording couriers' locations for up to 40 minutes after they had logged off.
O government Regional Administrative Court
L city Vilnius
F money €1.6 million
O company Greitai
O government State Data Protection Inspectorate
O government VDAI
F duration 40 minutes
> The ruling, published on Tuesday, is not final and can be appealed to the Supreme Administrative Court of Lithuania (LVAT) within 30 days. Greitai said it would study the reasoning before deciding whether to appeal.
O government Supreme Administrative Court of Lithuania
O government LVAT
F duration 30 days
O company Greitai
> Greitai, whose name means "quickly" in Lithuanian, delivers food, groceries and parcels in Vilnius, Kaunas, Klaipėda, Šiauliai and Panevėžys, and last year expanded to Riga. The company says about 4,800 couriers work through its app, most of them self-employed.
O company Greitai
Q scare - :: "quickly"
L city Vilnius
L city Kaunas
L city Klaipėda
L city Šiauliai
L city Panevėžys
L city Riga
F number 4,800
> According to the inspectorate, an update to the courier app released in March 2037 kept location tracking running in the background for up to 40 minutes after the end of each shift, in what the company called a "last-mile verification" function. The data were stored for five years and used, among other things, to rank couriers for access to the best-paid delivery slots.
F date March 2037
F duration 40 minutes
Q direct Greitai :: "last-mile verification"
F duration five years
> The VDAI imposed the fine in October 2038 after complaints from 17 couriers and from the Lithuanian Platform Workers' Union, which said riders in Kaunas had been questioned by supervisors about where they spent their evenings.
O government VDAI
F date October 2038
F number 17
O nonprofit Lithuanian Platform Workers' Union
L city Kaunas
> In its ruling, the court said that tracking a worker outside working hours "cannot be justified by a general interest in efficiency" and that Greitai had not shown why a shorter period would not have been enough.
Q direct Regional Administrative Court :: "cannot be justified by a general interest in efficiency"
O company Greitai
> "A courier who has logged off is no longer working for the platform. What he does, where he goes and whom he visits is his own business," the court said.
Q direct Regional Administrative Court :: "A courier who has logged off is no longer working for the platform. What he does, where he goes and whom he visits is his own business,"
> The fine is equal to about 2.1% of Greitai's turnover of €76 million in 2038, the inspectorate said. Under the EU's General Data Protection Regulation (GDPR), fines can reach 4% of annual turnover.
F percent 2.1%
O company Greitai
F money €76 million
F date 2038
O intergovernmental EU
F percent 4%
> VDAI director Agnė Bartkutė-Mockienė told BNS it was the largest fine the inspectorate had ever imposed on a Lithuanian company. "This is not a case about technology. It is a case about a company that forgot where work ends and private life begins," she said.
O government VDAI
P full Agnė Bartkutė-Mockienė
O media BNS
Q direct Agnė Bartkutė-Mockienė :: "This is not a case about technology. It is a case about a company that forgot where work ends and private life begins,"
> In a statement, Greitai's chief executive, Karolis Vaitiekūnas, said the tracking had been designed to settle disputes over missing deliveries and that the background function was switched off in December 2038, "well before" the court hearing.
O company Greitai
P full Karolis Vaitiekūnas
F date December 2038
Q direct Karolis Vaitiekūnas :: "well before"
> "We have never sold location data or shared it with third parties. We accept that we kept it for longer than we needed to, and we have changed that.
Q direct Karolis Vaitiekūnas :: "We have never sold location data or shared it with third parties. We accept that we kept it for longer than we needed to, and we have changed that.
> "But a fine of this size, for a Lithuanian company competing with global platforms, sends a signal that it is easier to build in Tallinn or Warsaw than in Vilnius," Vaitiekūnas said.
Q direct Karolis Vaitiekūnas :: "But a fine of this size, for a Lithuanian company competing with global platforms, sends a signal that it is easier to build in Tallinn or Warsaw than in Vilnius,"
L city Tallinn
L city Warsaw
L city Vilnius
P partial Vaitiekūnas
> Tomas Stankūnas, who chairs the Lithuanian Platform Workers' Union, said the union would help the couriers who complained to claim compensation in the district courts.
P full Tomas Stankūnas
O nonprofit Lithuanian Platform Workers' Union
> One of them, Jasurbek Tursunov, a 29-year-old courier from Uzbekistan who has worked for Greitai in Kaunas since 2035, said he no longer opens the app at home. "My supervisor asked me why my phone was at a mosque every Friday at 9 pm. After that I turned it off the moment I logged out," he said.
P full Jasurbek Tursunov
F age 29-year-old
L country Uzbekistan
O company Greitai
L city Kaunas
F date 2035
Q direct Jasurbek Tursunov :: "My supervisor asked me why my phone was at a mosque every Friday at 9 pm. After that I turned it off the moment I logged out,"
F time 9 pm
> The inspectorate said it was examining two further complaints against delivery platforms operating in Lithuania, but declined to name the companies.
F number two
L country Lithuania
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
