#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval271 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval271/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1669-sipekne-katik-elver-standoff-meteghan-wharf-dfo-rcmp-cbc-news'] = r'''
> Nova Scotia
L region Nova Scotia
> Elver standoff at Meteghan wharf enters third night as Mi'kmaw fishers refuse to pull nets
L facility Meteghan
> Fishery officers seized 14 nets Tuesday; band says its harvesters are exercising a treaty right
F number 14
> Maddie Thibodeau · CBC News · Posted: Apr 16, 2041 5:00 AM ADT | Last Updated: April 16, 2041
P full Maddie Thibodeau
O media CBC News
F date Apr 16, 2041
F time 5:00 AM ADT
F date April 16, 2041
> Elver fishers from Sipekne'katik First Nation stand on the wharf in Meteghan on Tuesday night. (Maddie Thibodeau/CBC)
O government Sipekne'katik First Nation
L city Meteghan
P full Maddie Thibodeau
O media CBC
> A standoff between Mi'kmaw elver fishers and federal fishery officers at a wharf in Meteghan, N.S., stretched into a third night on Wednesday, with about 40 people camped beside their trucks.
L city Meteghan
L region N.S.
F number 40
> The fishers, from Sipekne'katik First Nation near Indian Brook, say they are harvesting the baby eels under a treaty right affirmed by the Supreme Court of Canada in 1999. Fisheries and Oceans Canada (DFO) says the elver fishery in the Maritimes has been closed since March 28 and that anyone fishing without a licence is breaking the law.
O government Sipekne'katik First Nation
L city Indian Brook
O government Supreme Court of Canada
F date 1999
O government Fisheries and Oceans Canada
O government DFO
L region Maritimes
F date March 28
> "We are not going anywhere. My grandfather fished this river, and so did his father," said Tyler Paul-Francis, 34, who has fished elvers at the mouth of the Meteghan River for six years.
Q direct Tyler Paul-Francis :: "We are not going anywhere. My grandfather fished this river, and so did his father,"
P full Tyler Paul-Francis
F age 34
L geo Meteghan River
F duration six years
> "They took 14 of our nets on Tuesday. Each one of those is $1,200, and that's money I borrowed," he said. "It's like they want us to give up. We won't."
Q direct Tyler Paul-Francis :: "They took 14 of our nets on Tuesday. Each one of those is $1,200, and that's money I borrowed,"
Q direct Tyler Paul-Francis :: "It's like they want us to give up. We won't."
F number 14
F money $1,200
> Elvers, also known as glass eels, sell for as much as $4,500 a kilogram, most of them shipped live to Hong Kong and mainland China. A good night on the river can bring in two or three kilograms.
F money $4,500
L city Hong Kong
L country China
F quantity two
F quantity three kilograms
> DFO spokesperson Hélène Arsenault said in an email Wednesday that officers had seized 14 nets and about 180 kilograms of elvers "in accordance with the Fisheries Act," and that the department "respects the treaty rights of the Mi'kmaq and continues to negotiate in good faith."
O government DFO
P full Hélène Arsenault
F number 14
F quantity 180 kilograms
Q direct Hélène Arsenault :: "in accordance with the Fisheries Act,"
Q direct Hélène Arsenault :: "respects the treaty rights of the Mi'kmaq and continues to negotiate in good faith."
> 'Nobody wants this to get worse'
Q direct Colin MacAulay :: 'Nobody wants this to get worse'
> RCMP Sgt. Colin MacAulay said officers had been at the wharf since 9 p.m. Monday "to keep the peace, not to take sides."
O government RCMP
P full Colin MacAulay
F time 9 p.m.
Q direct Colin MacAulay :: "to keep the peace, not to take sides."
> "Nobody wants this to get worse. One truck had its tires slashed on Monday night, but nobody has been hurt," MacAulay said.
Q direct Colin MacAulay :: "Nobody wants this to get worse. One truck had its tires slashed on Monday night, but nobody has been hurt,"
F number One
P partial MacAulay
> Halifax lawyer Naomi Lévesque-Hart, who represents 11 of the harvesters, said the seizures ignored the 1999 Marshall decision and a Nova Scotia Supreme Court ruling from 2038 that, in her words, "put Ottawa on notice."
L city Halifax
P full Naomi Lévesque-Hart
F number 11
F date 1999
O government Nova Scotia Supreme Court
F date 2038
Q direct Naomi Lévesque-Hart :: "put Ottawa on notice."
L city Ottawa
> "My clients are not criminals. They are exercising a right that the courts have recognized for more than four decades," Lévesque-Hart told CBC News, adding that she would seek an injunction in Halifax on Friday.
Q direct Naomi Lévesque-Hart :: "My clients are not criminals. They are exercising a right that the courts have recognized for more than four decades,"
F duration four decades
P partial Lévesque-Hart
O media CBC News
L city Halifax
> The band's fisheries director, who asked not to be named, said Sipekne'katik had offered to limit its harvest to 500 kilograms this season, about one-fifth of what its members caught in 2040. "We put a plan on the table in January. We're still waiting for an answer," she said.
O government Sipekne'katik
F quantity 500 kilograms
F fraction one-fifth
F date 2040
Q direct - :: "We put a plan on the table in January. We're still waiting for an answer,"
> There are nine commercial elver licences in the Maritimes, and the total allowable catch for 2041 was set at 9,960 kilograms, half of what it was in the early 2030s.
F number nine
L region Maritimes
F date 2041
F quantity 9,960 kilograms
F fraction half
F date 2030s
> By late Wednesday, some fishers had begun hauling gear out of the water at the wharf in Saulnierville, about eight kilometres up the shore, while others said they would stay "until Ottawa talks to us, not at us."
L city Saulnierville
F quantity eight kilometres
Q direct - :: "until Ottawa talks to us, not at us."
L city Ottawa
> With files from CBC's Information Morning
O media CBC
'''

ARTICLES['1670-hengtai-chip-plant-kitakami-iwate-450bn-yen-meti-nikkei-asia'] = r'''
> Semiconductors
> Taiwan's Hengtai to build $3bn chip plant in Iwate with Tokyo's help
L country Taiwan
O company Hengtai
F money $3bn
L region Iwate
L city Tokyo
> Kitakami factory to make 28-nanometer chips for carmakers, creating 1,100 jobs
L city Kitakami
F quantity 28-nanometer
F number 1,100
> KAORI YAMANE, Nikkei staff writer
P full KAORI YAMANE
O media Nikkei
> April 9, 2040 17:05 JST
F date April 9, 2040
F time 17:05 JST
> An artist's rendering of Hengtai Microelectronics' planned plant in Kitakami, Iwate Prefecture. (Courtesy of Hengtai Microelectronics)
O company Hengtai Microelectronics
L city Kitakami
L region Iwate Prefecture
O company Hengtai Microelectronics
> KITAKAMI, Japan -- Taiwanese contract chipmaker Hengtai Microelectronics will build a 450 billion yen ($3 billion) plant in this city in northern Japan, the company said on Tuesday, in the latest bet by a foreign semiconductor maker on Japan's push to rebuild its chip industry.
L city KITAKAMI
L country Japan
O company Hengtai Microelectronics
F money 450 billion yen
F money $3 billion
L country Japan
L country Japan
> The Hsinchu-based company, known as HTM, said the plant would start production in the second half of 2043 and make 28-nanometer and 40-nanometer chips for automakers and industrial equipment makers. It expects to hire about 1,100 people, two-thirds of them locally.
L city Hsinchu
O company HTM
F date 2043
F quantity 28-nanometer
F quantity 40-nanometer
F number 1,100
F fraction two-thirds
> Japan's Ministry of Economy, Trade and Industry (METI) will cover up to 160 billion yen of the cost, ministry officials said, the largest subsidy it has granted to a foreign chipmaker outside Kyushu.
L country Japan
O government Ministry of Economy, Trade and Industry
O government METI
F money 160 billion yen
L region Kyushu
> "Japan needs mature-node capacity as much as it needs the most advanced chips. Cars, factories and power grids run on them," said Takeshi Morikawa, director of METI's semiconductor strategy office. "We want supply chains that do not stop when something happens across the Taiwan Strait."
Q direct Takeshi Morikawa :: "Japan needs mature-node capacity as much as it needs the most advanced chips. Cars, factories and power grids run on them,"
Q direct Takeshi Morikawa :: "We want supply chains that do not stop when something happens across the Taiwan Strait."
L country Japan
P full Takeshi Morikawa
O government METI
L geo Taiwan Strait
> HTM Chairman Lin Cheng-hao said the company had looked at sites in four prefectures before choosing Kitakami, where Kioxia already runs a large memory plant and where the Tohoku Expressway gives easy access to Tokyo and the port of Sendai.
O company HTM
P full Lin Cheng-hao
F number four
L city Kitakami
O company Kioxia
L street Tohoku Expressway
L city Tokyo
L city Sendai
> "Our customers asked us for a second source outside Taiwan. Iwate gave us land, water, engineers and, most of all, patience," Lin said at a news conference in Morioka, the prefectural capital. "When we first came here, the governor's office told us, 'Take your time, we will still be here.' That stayed with me.
Q direct Lin Cheng-hao :: "Our customers asked us for a second source outside Taiwan. Iwate gave us land, water, engineers and, most of all, patience,"
Q direct Lin Cheng-hao :: "When we first came here, the governor's office told us, 'Take your time, we will still be here.' That stayed with me.
L country Taiwan
L region Iwate
P partial Lin
L city Morioka
> "We will build this plant the same way: slowly at first, then very fast."
Q direct Lin Cheng-hao :: "We will build this plant the same way: slowly at first, then very fast."
> The plant will sit on 21 hectares of an industrial park south of the city center and produce 40,000 12-inch wafers a month at full capacity. HTM said it would use 18,000 tonnes of water a day, 70% of it recycled.
F quantity 21 hectares
F number 40,000
F quantity 12-inch
O company HTM
F quantity 18,000 tonnes
F percent 70%
> Aiko Sasaki, who heads the Iwate prefectural government's industry promotion division, said the prefecture would spend 9.5 billion yen widening roads and building a water line to the site by March 2042. "Young people leave Iwate for Tokyo at 18. We want them to have a reason to stay," she said.
P full Aiko Sasaki
L region Iwate
F money 9.5 billion yen
F date March 2042
Q direct Aiko Sasaki :: "Young people leave Iwate for Tokyo at 18. We want them to have a reason to stay,"
L region Iwate
L city Tokyo
F age 18
> The prefecture's population fell below 1.1 million in 2039, down about 20% from 2000.
F number 1.1 million
F date 2039
F percent 20%
F date 2000
> Analysts welcomed the deal but warned about costs. Kenji Horibe, an analyst at Tokyo-based Hoshimi Research, said building a fab in Japan costs "roughly 30% more" than in Taiwan, mainly because of labor and construction prices.
P full Kenji Horibe
L city Tokyo
O company Hoshimi Research
L country Japan
Q direct Kenji Horibe :: "roughly 30% more"
F percent 30%
L country Taiwan
> "The subsidy closes part of that gap, not all of it. HTM is betting that carmakers will pay a premium for chips made in Japan," Horibe said. He estimated the plant would break even in its fifth year if it ran at 85% of capacity.
Q direct Kenji Horibe :: "The subsidy closes part of that gap, not all of it. HTM is betting that carmakers will pay a premium for chips made in Japan,"
O company HTM
L country Japan
P partial Horibe
F percent 85%
> HTM's shares rose 4.6% in Taipei on Tuesday, giving the company a market value of about NT$310 billion.
O company HTM
F percent 4.6%
L city Taipei
F money NT$310 billion
'''

ARTICLES['1671-wimbledon-quarter-final-penrose-beats-santamarina-centre-court-bbc-sport'] = r'''
> Tennis
> Penrose saves four set points to beat Santamarina and reach Wimbledon semi-finals
P partial Penrose
F number four
P partial Santamarina
> By Harriet Coyle
P full Harriet Coyle
> BBC Sport tennis reporter on Centre Court
O media BBC Sport
L facility Centre Court
> Published 9 July 2042
F date 9 July 2042
> Image source, Getty Images
O company Getty Images
> Image caption, Oliver Penrose is the first British man in the semi-finals since 2038
P full Oliver Penrose
F date 2038
> Oliver Penrose (GB) [6] bt Diego Santamarina (Spa) [11] 6-4 3-6 7-6 (7-5) 6-3
P full Oliver Penrose
L country GB
P full Diego Santamarina
L country Spa
F score 6-4
F score 3-6
F score 7-6 (7-5)
F score 6-3
> Oliver Penrose saved four set points in a third-set tie-break and then broke Diego Santamarina twice in the fourth to reach the Wimbledon semi-finals in front of a roaring Centre Court.
P full Oliver Penrose
F number four
P full Diego Santamarina
L facility Centre Court
> The 26-year-old from Harrogate, seeded sixth, won 6-4 3-6 7-6 (7-5) 6-3 in three hours and 18 minutes to become the first British man to reach the semi-finals at the All England Club since 2038.
F age 26-year-old
L city Harrogate
F score 6-4
F score 3-6
F score 7-6 (7-5)
F score 6-3
F duration three hours
F duration 18 minutes
O other All England Club
F date 2038
> He will face world number one Jonas Ekdahl of Sweden on Friday for a place in Sunday’s final.
P full Jonas Ekdahl
L country Sweden
> Penrose hit 19 aces and made only three double faults, but he needed all of his nerve in the third set. Santamarina, 31, led 6-3 in the tie-break and had a fourth set point at 6-5 before the Briton won four points in a row, the last with a backhand pass down the line.
P partial Penrose
F number 19
F number three
P partial Santamarina
F age 31
F score 6-3
F score 6-5
F number four
> “At 6-3 down I just told myself, ‘One point at a time, make him play,’” Penrose said. “I have dreamed about a night like this since I was seven. To do it here, with my grandmother in the crowd, is ridiculous.”
Q direct Oliver Penrose :: “At 6-3 down I just told myself, ‘One point at a time, make him play,’”
Q direct Oliver Penrose :: “I have dreamed about a night like this since I was seven. To do it here, with my grandmother in the crowd, is ridiculous.”
F score 6-3
P partial Penrose
F age seven
> Santamarina, who beat Penrose in the fourth round here two years ago, converted just two of his 14 break points. He won 71% of points behind his first serve, against 82% for the Briton.
P partial Santamarina
P partial Penrose
F duration two years
F number two
F number 14
F percent 71%
F percent 82%
> “He served like a machine when it mattered. I had my chances, four of them, and I did not take them,” said the Spaniard, who was playing his first Wimbledon quarter-final. “That is tennis. It hurts tonight, and tomorrow it will hurt a bit less.”
Q direct Diego Santamarina :: “He served like a machine when it mattered. I had my chances, four of them, and I did not take them,”
Q direct Diego Santamarina :: “That is tennis. It hurts tonight, and tomorrow it will hurt a bit less.”
F number four
> The match started at 14:05 BST under a closed roof after rain and finished in near-darkness, with Centre Court’s 15,000 spectators on their feet for most of the final game.
F time 14:05 BST
L facility Centre Court
F number 15,000
> Penrose’s coach, Marcus Oyelaran, said the turning point was a 40-minute conversation the pair had on Monday about his return position.
P partial Penrose
P full Marcus Oyelaran
F duration 40-minute
> “We moved him two metres further back,” Oyelaran said. “It sounds like nothing. It is not nothing.”
Q direct Marcus Oyelaran :: “We moved him two metres further back,”
Q direct Marcus Oyelaran :: “It sounds like nothing. It is not nothing.”
F quantity two metres
P partial Oyelaran
> The Lawn Tennis Association (LTA) called his run “a reward for years of hard work” by a player who came through its programme at the National Tennis Centre in Roehampton.
O other Lawn Tennis Association
O other LTA
Q direct Lawn Tennis Association :: “a reward for years of hard work”
L facility National Tennis Centre
L city Roehampton
> Ekdahl, the defending champion, needed only an hour and 41 minutes to beat Australian qualifier Sam Whitlock 6-2 6-1 6-4 earlier in the day. The 23-year-old Swede has not dropped a set in five matches.
P partial Ekdahl
F duration 41 minutes
P full Sam Whitlock
F score 6-2
F score 6-1
F score 6-4
F age 23-year-old
F number five
> Penrose said he would spend Thursday “doing as little as possible” before the biggest match of his career. “Ice bath, pasta, sleep,” he said. “Maybe some FaceTime with my mum.”
P partial Penrose
Q direct Oliver Penrose :: “doing as little as possible”
Q direct Oliver Penrose :: “Ice bath, pasta, sleep,”
Q direct Oliver Penrose :: “Maybe some FaceTime with my mum.”
'''

ARTICLES['1672-eastern-bypass-toll-hike-ruai-utawala-matatu-kenha-cofek-daily-nation'] = r'''
> Nairobi
L region Nairobi
> Motorists cry foul as Eastern Bypass toll jumps 40 per cent
L street Eastern Bypass
F percent 40 per cent
> What you need to know:
> KeNHA says the new charges will fund the dualling of a 12-kilometre stretch between Utawala and Ruai.
O government KeNHA
F quantity 12-kilometre
L city Utawala
L city Ruai
> Matatu operators on the route have threatened to raise fares by Sh20 from Monday.
F money Sh20
> Faith Nyambura Kimani
P full Faith Nyambura Kimani
> Tuesday, April 9, 2041
F date April 9, 2041
> A matatu at the new Ruai toll station on the Eastern Bypass on April 8, 2041. Photo credit: Faith Nyambura Kimani | Nation Media Group
L facility Ruai
L street Eastern Bypass
F date April 8, 2041
P full Faith Nyambura Kimani
O media Nation Media Group
> Motorists using the Eastern Bypass will pay up to 40 per cent more from next week after the Kenya National Highways Authority (KeNHA) raised tolls on the busy road linking Mombasa Road and Thika Road.
L street Eastern Bypass
F percent 40 per cent
O government Kenya National Highways Authority
O government KeNHA
L street Mombasa Road
L street Thika Road
> Under the new schedule, which takes effect at 6am on Monday, April 15, a private car will pay Sh140 for a single trip through the Ruai toll station, up from Sh100. Matatus and other 14-seater vans will pay Sh280, while trucks with three or more axles will be charged Sh850.
F time 6am
F date April 15
F money Sh140
L facility Ruai
F money Sh100
F number 14
F money Sh280
F number three
F money Sh850
> KeNHA Director-General Eng Samuel Kiprono Rotich said the authority needs Sh4.2 billion to widen the 12-kilometre stretch between Utawala and Ruai into a dual carriageway and to build two footbridges.
O government KeNHA
P full Samuel Kiprono Rotich
F money Sh4.2 billion
F quantity 12-kilometre
L city Utawala
L city Ruai
F number two
> "The traffic on this road has tripled since 2036. About 38,000 vehicles use it every day, and the road was designed for a third of that," Eng Rotich said. "We cannot keep patching potholes and pretending."
Q direct Samuel Kiprono Rotich :: "The traffic on this road has tripled since 2036. About 38,000 vehicles use it every day, and the road was designed for a third of that,"
Q direct Samuel Kiprono Rotich :: "We cannot keep patching potholes and pretending."
F date 2036
F number 38,000
F fraction a third
P partial Rotich
> He said the dualling would take 18 months and that the tolls would be reviewed "once the project is complete".
F duration 18 months
Q direct Samuel Kiprono Rotich :: "once the project is complete"
> At the Utawala stage, drivers said the increase would be passed on to passengers. Peter Otieno Were, 44, who drives a 33-seater between Mlolongo and Ruai, said he pays the toll up to eight times a day.
L facility Utawala
P full Peter Otieno Were
F age 44
F number 33
L city Mlolongo
L city Ruai
F number eight
> "That is Sh2,240 a day now, from Sh1,600. The owner will not take less money, so the passenger pays," he said. "A mama selling vegetables in Kayole will now pay Sh120 instead of Sh100. Tell me, how is that fair?"
Q direct Peter Otieno Were :: "That is Sh2,240 a day now, from Sh1,600. The owner will not take less money, so the passenger pays,"
Q direct Peter Otieno Were :: "A mama selling vegetables in Kayole will now pay Sh120 instead of Sh100. Tell me, how is that fair?"
F money Sh2,240
F money Sh1,600
L city Kayole
F money Sh120
F money Sh100
> Transport Cabinet Secretary Grace Chepkemoi Langat defended the increase, saying the toll had not changed since 2037 and that the government had "no more money for this road in this financial year".
P full Grace Chepkemoi Langat
F date 2037
Q direct Grace Chepkemoi Langat :: "no more money for this road in this financial year"
> In a statement, the Ministry of Roads and Transport said the toll station had collected Sh1.1 billion in 2040, all of it paid to the National Treasury. "Every shilling collected at Ruai will be spent on the Eastern Bypass," the ministry said.
O government Ministry of Roads and Transport
F money Sh1.1 billion
F date 2040
O government National Treasury
Q direct Ministry of Roads and Transport :: "Every shilling collected at Ruai will be spent on the Eastern Bypass,"
L city Ruai
L street Eastern Bypass
> But the Consumers Federation of Kenya (Cofek) said the timing was "insensitive", coming two weeks after pump prices rose by Sh9 a litre.
O nonprofit Consumers Federation of Kenya
O nonprofit Cofek
Q direct Consumers Federation of Kenya :: "insensitive"
F duration two weeks
F money Sh9
> "Kenyans are being asked to pay twice, once at the pump and again at the barrier, for a road that floods every time it rains," said Cofek spokesperson Mercy Achieng Odhiambo. She said the federation would go to the High Court in Nairobi if KeNHA did not suspend the increase within seven days.
Q direct Mercy Achieng Odhiambo :: "Kenyans are being asked to pay twice, once at the pump and again at the barrier, for a road that floods every time it rains,"
O nonprofit Cofek
P full Mercy Achieng Odhiambo
O government High Court
L city Nairobi
O government KeNHA
F duration seven days
> KeNHA says 62 per cent of vehicles using the road are private cars, and that motorists who pay with an electronic tag will get a 10 per cent discount.
O government KeNHA
F percent 62 per cent
F percent 10 per cent
'''

ARTICLES['1673-hackney-low-traffic-neighbourhood-london-fields-mare-street-cabbies-the-times'] = r'''
> ‘We are not going to be bullied out of it’: Hackney digs in over traffic scheme
Q direct Priya Raman-Whitcombe :: ‘We are not going to be bullied out of it’
L region Hackney
> Cabbies say the London Fields low-traffic neighbourhood has pushed 9,000 vehicles a day on to Mare Street
L city London Fields
F number 9,000
L street Mare Street
> Thursday March 14 2041, 12.01am, The Times
F date March 14 2041
F time 12.01am
O media The Times
> Jack Pemberton-Hale, Transport Correspondent
P full Jack Pemberton-Hale
> Planters block Richmond Road at its junction with Lansdowne Drive in Hackney
L street Richmond Road
L street Lansdowne Drive
L region Hackney
> TOM ASHWORTH-BELL FOR THE TIMES
P full TOM ASHWORTH-BELL
O media THE TIMES
> A London council has refused to scrap a low-traffic neighbourhood that black-cab drivers say has added 20 minutes to journeys across the East End, insisting that the scheme has cut traffic on residential streets by more than half.
L city London
F duration 20 minutes
L region East End
F fraction half
> Hackney Council installed 14 planters and four camera-enforced “bus gates” across 31 streets around London Fields in September 2040 as an 18-month trial. Its own figures, published yesterday, show that the number of motor vehicles on those streets fell from about 41,000 a day to 17,500, a drop of 57 per cent.
O government Hackney Council
F number 14
F number four
Q scare - :: “bus gates”
F number 31
L city London Fields
F date September 2040
F duration 18-month
F number 41,000
F number 17,500
F percent 57 per cent
> But data from Transport for London (TfL) shows that traffic on Mare Street, the main road along the edge of the zone, has risen by 9,000 vehicles a day, and that the 254 and 55 bus routes have slowed by up to four minutes at peak times.
O government Transport for London
O government TfL
L street Mare Street
F number 9,000
F duration four minutes
> Councillor Priya Raman-Whitcombe, the council’s cabinet member for climate and transport, said the scheme would be made permanent when the cabinet meets on April 22.
P full Priya Raman-Whitcombe
F date April 22
> “We are not going to be bullied out of it. Children can walk to school on these streets again, and we have the numbers to prove it,” she said. “For 60 years these roads were treated as a rat run by people who do not live here.
Q direct Priya Raman-Whitcombe :: “We are not going to be bullied out of it. Children can walk to school on these streets again, and we have the numbers to prove it,”
Q direct Priya Raman-Whitcombe :: “For 60 years these roads were treated as a rat run by people who do not live here.
F duration 60 years
> “When a resident told me, ‘I can hear birds on Middleton Road now’, I knew we had done something right.”
Q direct Priya Raman-Whitcombe :: “When a resident told me, ‘I can hear birds on Middleton Road now’, I knew we had done something right.”
L street Middleton Road
> Cab drivers are less convinced. Dennis Coyle, 58, who has driven a black cab for 31 years, said a fare from Liverpool Street station to Homerton University Hospital now costs passengers £6 to £8 more than before the trial.
P full Dennis Coyle
F age 58
F duration 31 years
L facility Liverpool Street
L facility Homerton University Hospital
F money £6
F money £8
> “I sit on Mare Street watching the meter go up and the passenger in the back getting angrier,” he said. “They call it a ‘liveable neighbourhood’. It’s liveable if you don’t have to earn one.”
Q direct Dennis Coyle :: “I sit on Mare Street watching the meter go up and the passenger in the back getting angrier,”
Q direct Dennis Coyle :: “They call it a ‘liveable neighbourhood’. It’s liveable if you don’t have to earn one.”
L street Mare Street
> The Licensed Taxi Drivers’ Association, which represents about 10,000 cabbies, has raised £48,000 towards a legal challenge.
O nonprofit Licensed Taxi Drivers’ Association
F number 10,000
F money £48,000
> Cycling campaigners say the figures speak for themselves. Ruth Okonedo-Lamb, of the London Cycling Campaign, said the number of people cycling through the area had doubled to about 6,200 a day, and that “not a single child has been hit by a car on these streets since the planters went in”.
P full Ruth Okonedo-Lamb
O nonprofit London Cycling Campaign
F number 6,200
Q direct Ruth Okonedo-Lamb :: “not a single child has been hit by a car on these streets since the planters went in”
> “Nobody is banning cars. You can still drive to every house in the zone; you just cannot drive through it,” she said.
Q direct Ruth Okonedo-Lamb :: “Nobody is banning cars. You can still drive to every house in the zone; you just cannot drive through it,”
> A Transport for London spokeswoman said: “We are working with Hackney on signal timings at the junction of Mare Street and Well Street to keep buses moving, and we will publish a full review in three months.”
O government Transport for London
Q direct - :: “We are working with Hackney on signal timings at the junction of Mare Street and Well Street to keep buses moving, and we will publish a full review in three months.”
L region Hackney
L street Mare Street
L street Well Street
F duration three months
> Hackney is one of 11 London boroughs with such schemes. A YouGov poll for The Times last month found that 46 per cent of Londoners supported them and 39 per cent were opposed.
L region Hackney
F number 11
L city London
O company YouGov
O media The Times
F percent 46 per cent
F percent 39 per cent
'''

ARTICLES['1674-saudi-arabia-voluntary-oil-output-cut-600000-bpd-riyadh-brent-reuters'] = r'''
> Saudi Arabia to cut oil output by extra 600,000 bpd from July, energy ministry says
L country Saudi Arabia
F quantity 600,000 bpd
> By Dana Al-Mutairi and Rohan Pillai-Teo
P full Dana Al-Mutairi
P full Rohan Pillai-Teo
> May 28, 2043 2:15 PM GMT+3 Updated 2 hours ago
F date May 28, 2043
F time 2:15 PM GMT+3
F duration 2 hours
> A tanker is loaded at Saudi Aramco's Ras Tanura terminal in Saudi Arabia, October 3, 2041. REUTERS/Faisal Nasser/File Photo
O company Saudi Aramco
L facility Ras Tanura
L country Saudi Arabia
F date October 3, 2041
O media REUTERS
P full Faisal Nasser
> RIYADH/SINGAPORE, May 28 (Reuters) - Saudi Arabia will cut its crude production by a further 600,000 barrels per day (bpd) from July 1, the Ministry of Energy said on Thursday, taking the kingdom's output to about 8.4 million bpd, its lowest in more than four years.
L city RIYADH
L city SINGAPORE
F date May 28
O media Reuters
L country Saudi Arabia
F quantity 600,000 barrels per day
F date July 1
O government Ministry of Energy
F quantity 8.4 million bpd
F duration four years
> The voluntary cut, on top of reductions agreed by the wider OPEC+ group in April, will last for three months and can be extended, the ministry said in a statement carried by the Saudi Press Agency. It called the step "precautionary" and said it was meant to "support the stability and balance of oil markets."
O intergovernmental OPEC+
F duration three months
O media Saudi Press Agency
Q direct Ministry of Energy :: "precautionary"
Q direct Ministry of Energy :: "support the stability and balance of oil markets."
> Prices rose on the news. Brent crude futures were up $2.14, or 2.6%, at $84.30 a barrel by 1105 GMT, while U.S. West Texas Intermediate crude gained $1.97, or 2.5%, to $80.85.
F money $2.14
F percent 2.6%
F money $84.30
F time 1105 GMT
L country U.S.
F money $1.97
F percent 2.5%
F money $80.85
> "The kingdom is acting early, before weak demand turns into a glut," said Khalid bin Saad al-Otaibi, an adviser at the ministry who briefed reporters in Riyadh. "We would rather cut 600,000 barrels now than two million barrels later."
Q direct Khalid bin Saad al-Otaibi :: "The kingdom is acting early, before weak demand turns into a glut,"
Q direct Khalid bin Saad al-Otaibi :: "We would rather cut 600,000 barrels now than two million barrels later."
P full Khalid bin Saad al-Otaibi
L city Riyadh
F quantity 600,000 barrels
F quantity two million barrels
> Al-Otaibi said Saudi Arabia had not asked other members of the Organization of the Petroleum Exporting Countries and allies led by Russia, known as OPEC+, to follow suit, but that several had "expressed understanding."
P partial Al-Otaibi
L country Saudi Arabia
O intergovernmental Organization of the Petroleum Exporting Countries
L country Russia
O intergovernmental OPEC+
Q direct Khalid bin Saad al-Otaibi :: "expressed understanding."
> The group, which pumps about 40% of the world's crude, agreed in April to hold combined output at 39.5 million bpd until the end of 2043.
F percent 40%
F quantity 39.5 million bpd
F date 2043
> Analysts said the move showed concern about demand in China and India, where refinery runs have fallen for three months in a row.
L country China
L country India
F duration three months
> "Riyadh is trying to put a floor under Brent at around $80," said Mei Lin Tan, a senior analyst at Singapore-based consultancy Pelagic Energy Advisory. "But every barrel it takes off the market is a barrel that U.S. shale producers, Brazil and Guyana are happy to supply.
Q direct Mei Lin Tan :: "Riyadh is trying to put a floor under Brent at around $80,"
Q direct Mei Lin Tan :: "But every barrel it takes off the market is a barrel that U.S. shale producers, Brazil and Guyana are happy to supply.
L city Riyadh
F money $80
P full Mei Lin Tan
L city Singapore
O company Pelagic Energy Advisory
L country U.S.
L country Brazil
L country Guyana
> "The Saudis have cut alone before, in 2023, and lost market share for it."
Q direct Mei Lin Tan :: "The Saudis have cut alone before, in 2023, and lost market share for it."
F date 2023
> Tan estimated that global inventories would fall by 1.2 million bpd in the third quarter, up from a draw of about 700,000 bpd she had expected before the announcement.
P partial Tan
F quantity 1.2 million bpd
F quantity 700,000 bpd
> In Houston, traders said the cut would widen the gap between Brent and WTI and lift U.S. exports to Asia. "Asian refiners are going to call us first now," said Ray Delgado-Burke, a crude trader at a Houston brokerage. "I've had six calls this morning and it's not even 7 a.m. here."
L city Houston
L country U.S.
L continent Asia
Q direct Ray Delgado-Burke :: "Asian refiners are going to call us first now,"
Q direct Ray Delgado-Burke :: "I've had six calls this morning and it's not even 7 a.m. here."
P full Ray Delgado-Burke
L city Houston
F number six
F time 7 a.m.
> An OPEC+ delegate, who declined to be named, said the Saudi move was "a message to the overproducers" and that the group would review quotas at its next meeting in Vienna on June 4.
O intergovernmental OPEC+
Q direct - :: "a message to the overproducers"
L city Vienna
F date June 4
> Saudi Arabia produced 9.0 million bpd in April, according to a Reuters survey, and has about 3 million bpd of spare capacity.
L country Saudi Arabia
F quantity 9.0 million bpd
O media Reuters
F quantity 3 million bpd
> Reporting by Dana Al-Mutairi in Riyadh and Rohan Pillai-Teo in Singapore; Editing by Susan Fenwick
P full Dana Al-Mutairi
L city Riyadh
P full Rohan Pillai-Teo
L city Singapore
P full Susan Fenwick
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
