#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval5 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval5/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['41-mardleigh-by-election'] = r'''
> Politics
> Lib Dems Win Mardleigh and Coxford By-Election, Ending a Century of Conservative Rule
O party Lib Dems
L region Mardleigh and Coxford
> ![Liberal Democrat candidate Priya Chandran-Welsh celebrates with supporters at Coxford Leisure Centre after the count on July 17, 2026. [Owen Tregarthen/PA Media]](/images/2026/07/17/mardleigh-coxford-count.jpg)
P full Priya Chandran-Welsh
L facility Coxford Leisure Centre
F date July 17, 2026
P full Owen Tregarthen
O media PA Media
> By Fiona MacLeod and Daniel Adeyemi-Brooks
P full Fiona MacLeod
P full Daniel Adeyemi-Brooks
> MARDLEIGH, England, July 17 (Reuters) - The Liberal Democrats won the Mardleigh and Coxford by-election in southern England early on Friday, overturning a Conservative majority of 18,402 and taking a seat the Conservatives had held without a break since 1922.
L city MARDLEIGH
L country England
F date July 17
O media Reuters
O party Liberal Democrats
L region Mardleigh and Coxford
L country England
F number 18,402
O party Conservatives
F date 1922
> Priya Chandran-Welsh, a 39-year-old former paramedic, took 21,977 votes, or 47.3% of the total, against 13,665 for the Conservative candidate, Julian Rhodes. Reform UK came third with 8,120 votes and Labour fourth with 3,402, the returning officer announced at 3:42 a.m.
P full Priya Chandran-Welsh
F age 39-year-old
F number 21,977
F percent 47.3%
F number 13,665
P full Julian Rhodes
O party Reform UK
F number 8,120
O party Labour
F number 3,402
F time 3:42 a.m.
> Turnout was 41.6 per cent, down from 68.9 per cent at the 2024 general election. The swing of 24 percentage points from the Conservatives to the Liberal Democrats was one of the largest at any by-election since 1945, according to the House of Commons Library. Nine of the 11 candidates lost their £500 deposits.
F percent 41.6 per cent
F percent 68.9 per cent
F date 2024
F percent 24 percentage points
O party Conservatives
O party Liberal Democrats
F date 1945
O government House of Commons Library
F number Nine
F number 11
F money £500
> The contest was triggered when Sir Graham Pettifer, who had represented the seat since 1997, resigned in April to chair a regional water company. Pettifer, 71, said at the time that he had “given Mardleigh the best years of my life.”
P full Graham Pettifer
F date 1997
P partial Pettifer
F age 71
Q direct Graham Pettifer :: “given Mardleigh the best years of my life.”
L city Mardleigh
> “People here have been taken for granted for a very long time,” Chandran-Welsh told cheering supporters after the result was declared. “They wanted someone who would fight for the hospital, for the buses and for the high street.
Q direct Priya Chandran-Welsh :: “People here have been taken for granted for a very long time,”
P partial Chandran-Welsh
Q direct Priya Chandran-Welsh :: “They wanted someone who would fight for the hospital, for the buses and for the high street.
> “Tonight Mardleigh has said it will not be ignored again. I will be in Westminster on Monday, and I intend to make a lot of noise.”
Q direct Priya Chandran-Welsh :: “Tonight Mardleigh has said it will not be ignored again. I will be in Westminster on Monday, and I intend to make a lot of noise.”
L city Mardleigh
L city Westminster
> Her campaign centred on plans to close the maternity unit at St Aldhelm’s Hospital in Coxford, which the local NHS trust says it cannot staff safely. A petition organised by Save Coxford Maternity, a volunteer group, gathered 31,000 signatures in six weeks, and Lib Dem activists delivered it to Downing Street in June.
O other St Aldhelm’s Hospital
L city Coxford
O government NHS
O nonprofit Save Coxford Maternity
F number 31,000
F duration six weeks
L street Downing Street
> Rhodes’ vote was nearly 14,000 lower than Pettifer’s in 2024. The Conservative Party said the result was “a disappointing night” and that it would “listen carefully” to voters who had “lent their support elsewhere.” The defeat adds to the pressure on Kemi Badenoch, who became the party’s leader in November 2024.
P partial Rhodes
F number 14,000
P partial Pettifer
F date 2024
O party Conservative Party
Q direct Conservative Party :: “a disappointing night”
Q direct Conservative Party :: “listen carefully”
Q direct Conservative Party :: “lent their support elsewhere.”
P full Kemi Badenoch
F date November 2024
> Reform UK’s candidate, Darren Vella, a 52-year-old builder from Coxford, more than doubled his party’s share of the vote. “We came from nowhere here,” he said. “Give us another campaign and this seat is ours.”
O party Reform UK
P full Darren Vella
F age 52-year-old
L city Coxford
Q direct Darren Vella :: “We came from nowhere here,”
Q direct Darren Vella :: “Give us another campaign and this seat is ours.”
> "Mardleigh is exactly the kind of affluent, older, rural seat the Conservatives cannot afford to lose," said Hannah Okonkwo-Reid, a senior lecturer in politics at the University of Southampton. "If they are bleeding votes in both directions here, nowhere is safe."
Q direct Hannah Okonkwo-Reid :: "Mardleigh is exactly the kind of affluent, older, rural seat the Conservatives cannot afford to lose,"
L city Mardleigh
O party Conservatives
P full Hannah Okonkwo-Reid
O education University of Southampton
Q direct Hannah Okonkwo-Reid :: "If they are bleeding votes in both directions here, nowhere is safe."
> The result lifts Ed Davey’s party to 73 seats in the House of Commons. Chandran-Welsh has promised to hold a public meeting in a different village every month and to revive plans to widen the single-lane bypass known locally as “the Bottleneck,” which carries about 22,000 vehicles a day.
P full Ed Davey
F number 73
O government House of Commons
P partial Chandran-Welsh
Q scare - :: “the Bottleneck,”
F number 22,000
'''

ARTICLES['42-madrid-open-final'] = r'''
> Tennis
> Dascălu Saves Three Match Points to Beat Tanabe in Madrid Final
P partial Dascălu
F number Three
P partial Tanabe
L city Madrid
> ![Romania’s Mirela Dascălu holds the trophy after beating Japan’s Aiko Tanabe in the women’s final of the Madrid Open at the Caja Mágica in Madrid, Spain, Saturday, May 2, 2026. (AP Photo/Paloma Iturriaga)](/photos/2026/05/02/madrid-open-tennis.jpg)
L country Romania
P full Mirela Dascălu
L country Japan
P full Aiko Tanabe
L facility Caja Mágica
L city Madrid
L country Spain
F date May 2, 2026
O media AP
P full Paloma Iturriaga
> By JAVIER OLMEDO
P full JAVIER OLMEDO
> AP Tennis Writer
O media AP
> MADRID (AP) — Mirela Dascălu saved three match points in the second set and beat Aiko Tanabe 3-6, 7-6 (6), 6-2 on Saturday to win the Madrid Open, the biggest title of the 24-year-old Romanian’s career.
L city MADRID
O media AP
P full Mirela Dascălu
F number three
P full Aiko Tanabe
F score 3-6
F score 7-6 (6)
F score 6-2
F age 24-year-old
> Tanabe, the 19-year-old from Osaka who grew up idolizing Naomi Osaka, served for the championship at 5-4 in the second set and led 6-3 in the tiebreaker before Dascălu won five points in a row.
P partial Tanabe
F age 19-year-old
L city Osaka
P full Naomi Osaka
F score 5-4
F score 6-3
P partial Dascălu
F number five
> “At 6-3 I was already thinking about what to say in the runner-up speech,” Dascălu said. “Then she missed a forehand by a few centimeters, and I thought, OK, maybe she is nervous too.”
Q direct Mirela Dascălu :: “At 6-3 I was already thinking about what to say in the runner-up speech,”
F score 6-3
P partial Dascălu
Q direct Mirela Dascălu :: “Then she missed a forehand by a few centimeters, and I thought, OK, maybe she is nervous too.”
> The final lasted 158 minutes. Dascălu hit 41 winners to Tanabe’s 29 and won 71% of the points on her first serve, while Tanabe, whose serve has been timed at up to 196 km/h, finished with nine aces and eight double faults.
F duration 158 minutes
P partial Dascălu
F number 41
P partial Tanabe
F number 29
F percent 71%
P partial Tanabe
F quantity 196 km/h
F number nine
F number eight
> Tanabe, who is nicknamed “the Little Typhoon” in Japan, was broken in the opening game of the third set and did not recover. Speaking through an interpreter, she said she had “no regrets.” “I played my best tennis for almost two sets,” she said. “Mirela played her best tennis for three.”
P partial Tanabe
Q scare - :: “the Little Typhoon”
L country Japan
Q direct Aiko Tanabe :: “no regrets.”
Q direct Aiko Tanabe :: “I played my best tennis for almost two sets,”
F number two
Q direct Aiko Tanabe :: “Mirela played her best tennis for three.”
P partial Mirela
F number three
> Dascălu earns €1,064,000 (about $1.2 million) and 1,000 ranking points and will rise to No. 6 in the WTA rankings on Monday. Tanabe, who started the week ranked 31st, will enter the top 20 for the first time.
P partial Dascălu
F money €1,064,000
F money $1.2 million
F number 1,000
O other WTA
P partial Tanabe
F number 20
> She is the first Romanian woman to win in Madrid since Simona Halep, who took the title in 2016 and 2017.
L city Madrid
P full Simona Halep
F date 2016
F date 2017
> Dascălu’s coach, Bogdan Ilie, a former Davis Cup player who has worked with her since she was 12, said the match turned in the locker room after the first set. "I told her to stop trying to hit winners from the back of the court," he said. "She listened. She doesn't always listen."
P partial Dascălu
P full Bogdan Ilie
F age 12
Q direct Bogdan Ilie :: "I told her to stop trying to hit winners from the back of the court,"
Q direct Bogdan Ilie :: "She listened. She doesn't always listen."
> Organizers said a record 312,400 spectators attended the two-week tournament at the Caja Mágica, a stadium beside the Manzanares River in the south of the city. IMG, the sports and events company, bought the tournament in 2021 from its founder, Romanian former player Ion Țiriac.
F number 312,400
F duration two-week
L facility Caja Mágica
L geo Manzanares River
O company IMG
F date 2021
P full Ion Țiriac
> The men’s final is on Sunday at 6:30 p.m., when Lorenzo Bianchetti of Italy faces Argentina’s Tomás Echeverría, who beat him 6-4, 6-4 in their only previous meeting, in Rome last year.
F time 6:30 p.m.
P full Lorenzo Bianchetti
L country Italy
L country Argentina
P full Tomás Echeverría
F score 6-4
F score +0 6-4
L city Rome
'''

ARTICLES['43-sakurai-airbag-recall'] = r'''
> Autos
> Sakurai Recalls 1.3 Million Vehicles Over Airbag Sensor That Fails in the Cold
O company Sakurai
F number 1.3 Million
> By Yuki Hashimoto and David Whitfield
P full Yuki Hashimoto
P full David Whitfield
> TOKYO/DETROIT, March 10 (Reuters) - Japan’s Sakurai Motor Corp. said on Tuesday it would recall about 1.3 million vehicles worldwide, including 612,000 in the United States, because a sensor that tells the front passenger airbag whether the seat is occupied can fail in very cold weather.
L city TOKYO
L city DETROIT
F date March 10
O media Reuters
L country Japan
O company Sakurai Motor Corp.
F number 1.3 million
F number 612,000
L country United States
> The recall covers Aoba compact SUVs and Kisaragi sedans built between June 2023 and November 2025, Sakurai said in a filing with the U.S. National Highway Traffic Safety Administration (NHTSA). Both models use a seat-occupancy sensor made by Donghae Sensing, a supplier based in Changwon, South Korea.
F date June 2023
F date November 2025
O company Sakurai
O government U.S. National Highway Traffic Safety Administration
O government NHTSA
O company Donghae Sensing
L city Changwon
L country South Korea
> At temperatures below minus 10 degrees Celsius (14 degrees Fahrenheit), the sensor can mistake an adult passenger for an empty seat and switch off the airbag, NHTSA said in documents posted on its website. Sakurai said it knew of 14 crashes and three minor injuries that might be linked to the problem, and no deaths.
F quantity minus 10 degrees Celsius
F quantity 14 degrees Fahrenheit
O government NHTSA
O company Sakurai
F number 14
F number three
> Dealers will replace the sensor free of charge, a repair that takes about 90 minutes, and owners will be notified by mail from May 4. Until then, owners of a Sakurai Aoba or Kisaragi should not let anyone sit in the front passenger seat if the airbag warning light stays on, the company said.
F duration 90 minutes
F date May 4
> “We sincerely apologize to our customers for the inconvenience and concern this has caused,” Sakurai said in a statement. “Safety is the foundation of everything we build.”
Q direct Sakurai Motor Corp. :: “We sincerely apologize to our customers for the inconvenience and concern this has caused,”
O company Sakurai
Q direct Sakurai Motor Corp. :: “Safety is the foundation of everything we build.”
> The company said it expects the recall to cost about ¥48 billion ($325 million) and cut its operating profit forecast for the year ending March 31 by the same amount, to ¥212 billion. The announcement came after the Tokyo market closed at 3:30 p.m.; Sakurai’s shares had fallen 4.2% during the day, their biggest single-day drop since August 2024, on reports of the recall.
F money ¥48 billion
F money $325 million
F date March 31
F money ¥212 billion
L city Tokyo
F time 3:30 p.m.
O company Sakurai
F percent 4.2%
F date August 2024
> Rebecca Tolliver, 54, president of Sakurai Motor North America, told reporters in Plano, Texas, that dealers had stopped selling affected vehicles on Feb. 27 and that replacement parts would arrive “within weeks.”
P full Rebecca Tolliver
F age 54
O company Sakurai Motor North America
L city Plano
L region Texas
F date Feb. 27
Q direct Rebecca Tolliver :: “within weeks.”
> “Nobody should drive around with that light on and just hope for the best,” she said. "If it stays on, call your dealer and we will arrange a loaner car the same day."
Q direct Rebecca Tolliver :: “Nobody should drive around with that light on and just hope for the best,”
Q direct Rebecca Tolliver :: "If it stays on, call your dealer and we will arrange a loaner car the same day."
> Donghae, which is listed on the Korea Exchange and also supplies parts to Hyundai Motor and Kia, said in a regulatory filing in Seoul that a resin used in the sensor housing since 2023 becomes brittle at low temperatures. Its shares fell 11%.
O company Donghae
O company Korea Exchange
O company Hyundai Motor
O company Kia
L city Seoul
F date 2023
F percent 11%
> The recall also includes 241,000 vehicles in Japan, which were reported to the Ministry of Land, Infrastructure, Transport and Tourism, and about 58,000 in Canada, according to Transport Canada. The rest were sold in Australia, the Middle East and Southeast Asia.
F number 241,000
L country Japan
O government Ministry of Land, Infrastructure, Transport and Tourism
F number 58,000
L country Canada
O government Transport Canada
L country Australia
L region Middle East
L region Southeast Asia
> "This is a cheap part and a cheap fix, but it is a bad look for a brand that sells itself on safety," said Tomasz Wierzbicki, an auto analyst at Hoshino Partners in Tokyo, who estimated the recall would wipe out about a fifth of Sakurai's full-year profit.
Q direct Tomasz Wierzbicki :: "This is a cheap part and a cheap fix, but it is a bad look for a brand that sells itself on safety,"
P full Tomasz Wierzbicki
O company Hoshino Partners
L city Tokyo
F fraction a fifth
O company Sakurai
> Japanese automakers have been hit by big airbag recalls before. Inflators made by Takata Corp., which filed for bankruptcy in 2017, were linked to at least 27 deaths in the United States and led to the largest automotive recall in U.S. history.
O company Takata Corp.
F date 2017
F number 27
L country United States
L country U.S.
'''

ARTICLES['44-tigris-water-talks'] = r'''
> World
> Turkey Agrees to Release More Tigris Water to Iraq After Baghdad Talks
L country Turkey
L geo Tigris
L country Iraq
L city Baghdad
> By Layla Haddad and Mert Öztürk
P full Layla Haddad
P full Mert Öztürk
> BAGHDAD, Aug. 12 (Reuters) - Turkey will raise the flow of water it releases into the Tigris River to 500 cubic meters per second for the next 60 days, Iraqi officials said on Wednesday after two days of talks in Baghdad aimed at easing Iraq’s worst drought in almost a century.
L city BAGHDAD
F date Aug. 12
O media Reuters
L country Turkey
L geo Tigris River
F quantity 500 cubic meters per second
F duration 60 days
F duration two days
L city Baghdad
L country Iraq
> Iraq’s Ministry of Water Resources said in a statement that the higher releases from Turkey’s Ilısu Dam would begin on Saturday and would be reviewed “on a weekly basis” by a joint technical committee. Iraq had asked for at least 700 cubic meters per second.
L country Iraq
O government Ministry of Water Resources
L country Turkey
L facility Ilısu Dam
Q direct Ministry of Water Resources :: “on a weekly basis”
L country Iraq
F quantity 700 cubic meters per second
> Flows at the border fell below 200 cubic meters per second in July, according to the ministry, and the water stored behind Iraqi dams has dropped to about 8 billion cubic meters, the lowest level since records began in 1933.
F quantity 200 cubic meters per second
F quantity 8 billion cubic meters
F date 1933
> “Our farmers in the south cannot wait for next winter’s rain,” Raed al-Obaidi, the prime minister’s envoy for water affairs, told reporters in Baghdad. “Basra is drinking salt water. The marshes are dying. Two million people depend on this river below Kut alone.
Q direct Raed al-Obaidi :: “Our farmers in the south cannot wait for next winter’s rain,”
P full Raed al-Obaidi
L city Baghdad
Q direct Raed al-Obaidi :: “Basra is drinking salt water. The marshes are dying. Two million people depend on this river below Kut alone.
L city Basra
F number Two million
L city Kut
> “We thank our neighbors for listening. But 500 cubic meters is not enough, and we will keep asking.”
Q direct Raed al-Obaidi :: “We thank our neighbors for listening. But 500 cubic meters is not enough, and we will keep asking.”
F quantity 500 cubic meters
> Al-Obaidi, 58, a former irrigation engineer from Amarah, said Iraq would also ask Turkey to share daily data on reservoir levels at its dams, something Ankara has long resisted.
P partial Al-Obaidi
F age 58
L city Amarah
L country Iraq
L country Turkey
L city Ankara
> The Turkish delegation was led by Deputy Foreign Minister Selin Karaağaç, who said Ankara was “doing what it can” despite low rainfall in its own southeast, where reservoirs are at 38 percent of capacity. Turkey’s State Hydraulic Works (DSI), which runs the country’s dams, says rainfall in the Tigris basin was 31% below average between October and May.
P full Selin Karaağaç
L city Ankara
Q direct Selin Karaağaç :: “doing what it can”
F percent 38 percent
L country Turkey
O government State Hydraulic Works
O government DSI
L geo Tigris
F percent 31%
> More than 170,000 people have been displaced by drought in the southern provinces of Dhi Qar, Maysan and Basra since 2022, according to the International Organization for Migration (IOM), a United Nations agency.
F number 170,000
L region Dhi Qar
L region Maysan
L region Basra
F date 2022
O intergovernmental International Organization for Migration
O intergovernmental IOM
O intergovernmental United Nations
> In Chibayish, a town in the marshes, Nadia Jabbar of the Mesopotamian Marsh Keepers, a local environmental group, said buffalo herders had lost about a third of their animals this summer. "The water that reaches us is so salty that the buffalo refuse to drink it," she said by phone.
L city Chibayish
P full Nadia Jabbar
O nonprofit Mesopotamian Marsh Keepers
F fraction a third
Q direct Nadia Jabbar :: "The water that reaches us is so salty that the buffalo refuse to drink it,"
> Water has long strained relations between the two neighbors. Turkey has built dozens of dams on the Tigris and the Euphrates under its Southeastern Anatolia Project, known by its Turkish acronym GAP, while Iraq has pressed for a binding agreement on shared rivers since the 1980s.
F number two
L country Turkey
L geo Tigris
L geo Euphrates
L country Iraq
F date 1980s
> Turkish President Tayyip Erdoğan and Iraqi Prime Minister Mohammed Shia al-Sudani signed a 10-year framework agreement on water management in Baghdad in April 2024, at a time when Ankara was also seeking Iraqi help against the Kurdistan Workers’ Party (PKK).
P full Tayyip Erdoğan
P full Mohammed Shia al-Sudani
F duration 10-year
L city Baghdad
F date April 2024
L city Ankara
O party Kurdistan Workers’ Party
O party PKK
> A Turkish official familiar with the talks said Ankara could not promise the higher flows beyond October “if the autumn is dry again.” The joint committee will meet again in Ankara on Sept. 9, the Iraqi ministry said.
L city Ankara
Q direct - :: “if the autumn is dry again.”
L city Ankara
F date Sept. 9
'''

ARTICLES['45-oregon-wildfire'] = r'''
> Wind-Driven Wildfire Forces 9,000 People From Their Homes Near Bend, Oregon
F number 9,000
L city Bend
L region Oregon
> ![A firefighter watches a hillside burn near Sisters, Ore., on Sunday, Aug. 23, 2026. (AP Photo/Jesse Whitcomb-Lee)](/photos/2026/08/23/oregon-wildfire.jpg)
L city Sisters
L region Ore.
F date Aug. 23, 2026
O media AP
P full Jesse Whitcomb-Lee
> By CLAIRE RUSHWORTH and TEMITOPE ADEYEMI
P full CLAIRE RUSHWORTH
P full TEMITOPE ADEYEMI
> Associated Press
O media Associated Press
> BEND, Ore. (AP) — A wind-driven wildfire in central Oregon grew to more than 41,000 acres on Sunday and forced about 9,000 people from their homes as crews tried to keep the flames away from the small city of Sisters, officials said.
L city BEND
L region Ore.
O media AP
L region Oregon
F quantity 41,000 acres
F number 9,000
L city Sisters
> The Whychus Ridge Fire was reported at 2:15 p.m. Friday in the Deschutes National Forest and was 5% contained on Sunday evening. Gusts of up to 45 mph pushed it 6 miles east in a single afternoon, according to the U.S. Forest Service. At least 17 homes have been destroyed.
F time 2:15 p.m.
L geo Deschutes National Forest
F percent 5%
F quantity 45 mph
F quantity 6 miles
O government U.S. Forest Service
F number 17
> The Deschutes County Sheriff’s Office has issued “Level 3 – Go Now” evacuation orders for about 3,800 homes west and north of Sisters, and told residents of another 2,100 homes to be ready to leave.
O government Deschutes County Sheriff’s Office
Q scare - :: “Level 3 – Go Now”
F number 3,800
L city Sisters
F number 2,100
> “If you are told to leave, leave. Do not wait until you can see the flames,” Sheriff Kelsey Brandauer said at a briefing at the Deschutes County Fair & Expo Center in Redmond, where the Red Cross has opened a shelter. “We may not be able to come back for you. ‘Go now’ means go now.”
Q direct Kelsey Brandauer :: “If you are told to leave, leave. Do not wait until you can see the flames,”
P full Kelsey Brandauer
L facility Deschutes County Fair & Expo Center
L city Redmond
O nonprofit Red Cross
Q direct Kelsey Brandauer :: “We may not be able to come back for you. ‘Go now’ means go now.”
> Gov. Tina Kotek invoked the state’s Emergency Conflagration Act on Saturday, allowing the Office of the State Fire Marshal to send structural firefighting crews from 11 other counties. By Sunday, 1,140 personnel, 14 helicopters and four air tankers had been assigned to the fire.
P full Tina Kotek
O government Office of the State Fire Marshal
F number 11
F number 1,140
F number 14
F number four
> The Federal Emergency Management Agency (FEMA) approved federal funding late Saturday that will cover 75% of the state’s eligible firefighting costs. FEMA said the fire threatened about 4,500 structures, including a power substation and the main water line for Sisters.
O government Federal Emergency Management Agency
O government FEMA
F percent 75%
O government FEMA
F number 4,500
L city Sisters
> The National Weather Service office in Pendleton issued a red flag warning through 11 p.m. Monday, forecasting afternoon humidity as low as 8% and temperatures near 97 degrees.
O government National Weather Service
L city Pendleton
F time 11 p.m.
F percent 8%
F quantity 97 degrees
> Mark and Deb Hollister, both 68, loaded two horses and a dog into a trailer on Saturday night as ash fell on their property outside Sisters. “We’ve lived here 31 years and never seen a sky that color,” Deb Hollister said. “It was orange in the middle of the day.”
P partial Mark
P full Deb Hollister
F age 68
F number two
L city Sisters
Q direct Deb Hollister :: “We’ve lived here 31 years and never seen a sky that color,”
F duration 31 years
P full Deb Hollister
Q direct Deb Hollister :: “It was orange in the middle of the day.”
> U.S. Highway 20 was closed between Sisters and Black Butte Ranch, and the Oregon Department of Transportation said it could stay closed through Tuesday. A second shelter opened on Sunday in a church hall at 1700 SW Canal Blvd. in Redmond.
L street U.S. Highway 20
L city Sisters
L city Black Butte Ranch
O government Oregon Department of Transportation
L address 1700 SW Canal Blvd.
L city Redmond
> The cause of the fire is under investigation. Tamsin Reyes-Holt, a Forest Service spokeswoman, said crews had found no sign of lightning in the area on Friday. "We're not ruling anything out," she said. "We are asking anyone who was on the trails near Whychus Creek that morning to call us."
P full Tamsin Reyes-Holt
O government Forest Service
Q direct Tamsin Reyes-Holt :: "We're not ruling anything out,"
Q direct Tamsin Reyes-Holt :: "We are asking anyone who was on the trails near Whychus Creek that morning to call us."
L geo Whychus Creek
> The fire is already the largest in Deschutes County since the 2017 Milli Fire, which burned about 24,000 acres west of Sisters.
L region Deschutes County
F date 2017
F quantity 24,000 acres
L city Sisters
'''

ARTICLES['46-drogasol-boa-vida'] = r'''
> Deals
> Brazil’s Drogasol to Buy Rival Pharmacy Chain Boa Vida for $570 Million
L country Brazil
O company Drogasol
O company Boa Vida
F money $570 Million
> By Mariana Tavares and Luiz Eduardo Figueiredo
P full Mariana Tavares
P full Luiz Eduardo Figueiredo
> SÃO PAULO, Oct. 5 (Reuters) - Brazilian pharmacy chain Drogasol has agreed to buy smaller rival Farmácias Boa Vida for about 3.1 billion reais ($570 million) in cash and shares, creating the country’s second-largest drugstore operator with more than 2,400 outlets, the companies said on Monday.
L city SÃO PAULO
F date Oct. 5
O media Reuters
O company Drogasol
O company Farmácias Boa Vida
F money 3.1 billion reais
F money $570 million
F number 2,400
> Boa Vida shareholders will receive R$4.80 in cash and 0.62 Drogasol share for each share they own, valuing the Belo Horizonte-based chain at R$14.35 a share, a 27% premium to Friday’s closing price. Drogasol will also take on about R$900 million of Boa Vida’s net debt.
O company Boa Vida
F money R$4.80
F number 0.62
O company Drogasol
L city Belo Horizonte
F money R$14.35
F percent 27%
O company Drogasol
F money R$900 million
O company Boa Vida
> Drogasol, which has about 1,700 stores, most of them in the Northeast, was founded in Recife in 1987 by pharmacist Severino Albuquerque and is run by his daughter, Chief Executive Renata Albuquerque Lins. Boa Vida has 710 stores in Minas Gerais, Goiás and the Federal District around Brasília.
O company Drogasol
F number 1,700
L region Northeast
L city Recife
F date 1987
P full Severino Albuquerque
P full Renata Albuquerque Lins
O company Boa Vida
F number 710
L region Minas Gerais
L region Goiás
L region Federal District
L city Brasília
> The combined group will trail only RD Saúde, which operates more than 3,000 drugstores, and will have annual gross revenue of about R$19 billion, the companies said.
O company RD Saúde
F number 3,000
F money R$19 billion
> “Together we will be within a 10-minute walk of 60% of Brazilians who live in cities,” Albuquerque Lins said on a call with analysts. “The neighborhood pharmacy is where Brazil buys its health, and we want to be that pharmacy everywhere.”
Q direct Renata Albuquerque Lins :: “Together we will be within a 10-minute walk of 60% of Brazilians who live in cities,”
F duration 10-minute
F percent 60%
P partial Albuquerque Lins
Q direct Renata Albuquerque Lins :: “The neighborhood pharmacy is where Brazil buys its health, and we want to be that pharmacy everywhere.”
L country Brazil
> The deal needs approval from the Administrative Council for Economic Defense (CADE), Brazil’s antitrust regulator, which can take up to 240 days to review large mergers. Analysts expect CADE to require the sale of stores in cities where the chains overlap, such as Goiânia and Uberlândia.
O government Administrative Council for Economic Defense
O government CADE
L country Brazil
F duration 240 days
O government CADE
L city Goiânia
L city Uberlândia
> Saúde Para Todos, a patients’ group in Recife, said it would ask the regulator to block the deal in small towns where it could leave “a single company deciding what medicine costs.”
O nonprofit Saúde Para Todos
L city Recife
Q direct Saúde Para Todos :: “a single company deciding what medicine costs.”
> Boa Vida’s shares jumped 22.6% to R$13.90 on the B3 exchange in São Paulo by 2:10 p.m. local time, while Drogasol’s fell 3.8%.
O company Boa Vida
F percent 22.6%
F money R$13.90
O company B3
L city São Paulo
F time 2:10 p.m.
O company Drogasol
F percent 3.8%
> "The price is full, but the savings story is credible," said Camila Nakamura, a retail analyst at XP Investimentos in São Paulo, who estimates annual cost savings of R$350 million within three years. "With this deal [Drogasol] is buying density in the richest part of the country."
Q direct Camila Nakamura :: "The price is full, but the savings story is credible,"
P full Camila Nakamura
O company XP Investimentos
L city São Paulo
F money R$350 million
F duration three years
Q direct Camila Nakamura :: "With this deal [Drogasol] is buying density in the richest part of the country."
O company Drogasol
> Nakamura said the bigger question was whether Drogasol could make money from its so-called “dark stores,” delivery-only outlets that it has opened in 14 cities over the past two years to compete with apps such as iFood and Mercado Livre.
P partial Nakamura
O company Drogasol
Q scare - :: “dark stores,”
F number 14
F duration two years
O company iFood
O company Mercado Livre
> Severino Albuquerque, 74, who still chairs Drogasol’s board, will control about 41% of the combined company through the family holding company Sol Nascente Participações, and Boa Vida’s founders, the brothers Otávio and Rui Moreira, will hold about 12%.
P full Severino Albuquerque
F age 74
O company Drogasol
F percent 41%
O company Sol Nascente Participações
O company Boa Vida
P partial Otávio
P full Rui Moreira
F percent 12%
> Itaú BBA and Goldman Sachs advised Drogasol, while BTG Pactual advised Boa Vida. The companies expect to complete the deal in the second half of 2027.
O company Itaú BBA
O company Goldman Sachs
O company Drogasol
O company BTG Pactual
O company Boa Vida
F date 2027
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
