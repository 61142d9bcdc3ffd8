#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval146 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval146/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['919-yerevan-metro-extension-ajapnyak-davtashen-drams-armenpress'] = r'''
> Society
> Yerevan metro to reach Ajapnyak and Davtashen by 2043 at cost of 148 billion drams
L city Yerevan
L city Ajapnyak
L city Davtashen
F date 2043
F money 148 billion drams
> Two new stations will bring about 60,000 residents of the northwestern districts within 12 minutes of Republic Square, minister says
F number Two
F number 60,000
F duration 12 minutes
L facility Republic Square
> By Ani Karapetyan
P full Ani Karapetyan
> 14:35, 14 September 2039
F time 14:35
F date 14 September 2039
> Drilling rigs at the site of the future Ajapnyak station on Halabyan Street, 13 September 2039. Photo: Hayk Barseghyan/ARMENPRESS
L facility Ajapnyak
L street Halabyan Street
F date 13 September 2039
P full Hayk Barseghyan
O media ARMENPRESS
> YEREVAN, SEPTEMBER 14, ARMENPRESS. The Government has approved a plan to extend the Yerevan metro by 4.2 km from Barekamutyun station to two new stations in the Ajapnyak and Davtashen administrative districts, at a cost of 148 billion drams (about $385 million), Minister of Territorial Administration and Infrastructure Arsen Ter-Mkrtchyan told reporters on Wednesday.
L city YEREVAN
F date SEPTEMBER 14
O media ARMENPRESS
L city Yerevan
F quantity 4.2 km
L facility Barekamutyun
F number two
L city Ajapnyak
L city Davtashen
F money 148 billion drams
F money $385 million
P full Arsen Ter-Mkrtchyan
> "For 58 years the line has ended at Barekamutyun, and the people of Ajapnyak and Davtashen have been riding minibuses to reach it," Ter-Mkrtchyan said at a press conference in the ministry.
Q direct Arsen Ter-Mkrtchyan :: "For 58 years the line has ended at Barekamutyun, and the people of Ajapnyak and Davtashen have been riding minibuses to reach it,"
F duration 58 years
L facility Barekamutyun
L city Ajapnyak
L city Davtashen
P partial Ter-Mkrtchyan
> Under the plan, a 2.9-km tunnel will run under Halabyan Street to Ajapnyak station, and a 1.3-km section will continue north to a terminus near the Davtashen Bridge. Trains will run every six minutes at peak hours, and a ride from Davtashen to Republic Square will take 12 minutes, according to the ministry.
F quantity 2.9-km
L street Halabyan Street
L facility Ajapnyak
F quantity 1.3-km
L facility Davtashen Bridge
F duration six minutes
L city Davtashen
L facility Republic Square
F duration 12 minutes
> The project will be financed with a €240 million loan from the European Investment Bank (EIB) and AMD 52 billion from the state budget. The minister said the EIB board was expected to approve the loan in November.
F money €240 million
O intergovernmental European Investment Bank
O intergovernmental EIB
F money AMD 52 billion
O intergovernmental EIB
> The Karen Demirchyan Yerevan Metro CJSC will carry out the work together with a contractor to be chosen in an international tender. Construction is scheduled to begin in June 2040 and to take 42 months. The Ministry of Territorial Administration and Infrastructure said in a statement that the tender documents would be published "in the coming weeks."
O company Karen Demirchyan Yerevan Metro CJSC
F date June 2040
F duration 42 months
O government Ministry of Territorial Administration and Infrastructure
Q direct Ministry of Territorial Administration and Infrastructure :: "in the coming weeks."
> Deputy Mayor of Yerevan Sevak Avagyan said Ajapnyak had grown faster than any district of the capital in the last 20 years.
L city Yerevan
P full Sevak Avagyan
L city Ajapnyak
F duration 20 years
> "Residents write to us every day with one question: 'When will the metro come?' Now we can give them a date. Every morning Halabyan Street stands still from 7:30 to 10, and the new line will take thousands of cars off it," Avagyan said.
Q direct Sevak Avagyan :: "Residents write to us every day with one question: 'When will the metro come?' Now we can give them a date. Every morning Halabyan Street stands still from 7:30 to 10, and the new line will take thousands of cars off it,"
F number one
L street Halabyan Street
F time 7:30
F time 10
P partial Avagyan
> He added that Yerevan would buy 12 new four-car trains from 2041 and renovate the platforms of Marshal Baghramyan and Yeritasardakan stations.
L city Yerevan
F number 12
F number four
F date 2041
L facility Marshal Baghramyan
L facility Yeritasardakan
> According to Karine Movsisyan, director of the metro, the network carried 21.4 million passengers in 2038, 6% more than a year earlier. She said the fare of AMD 250, unchanged since 2036, would stay the same when the new stations open.
P full Karine Movsisyan
F number 21.4 million
F date 2038
F percent 6%
F money AMD 250
F date 2036
> "We expect about 45,000 more passengers a day once Davtashen is connected. The old trains run at 90 percent of capacity in the morning already," Movsisyan said.
Q direct Karine Movsisyan :: "We expect about 45,000 more passengers a day once Davtashen is connected. The old trains run at 90 percent of capacity in the morning already,"
F number 45,000
L city Davtashen
F percent 90 percent
P partial Movsisyan
> For commuters in the northern districts the news was welcome, though some doubted the dates. Anush Grigoryan, 34, a nurse who lives in Davtashen, spends an hour and 10 minutes each way reaching her job at the Erebuni Medical Center.
P full Anush Grigoryan
F age 34
L city Davtashen
F duration 10 minutes
O other Erebuni Medical Center
> "I change two minibuses every morning. With the metro it will be half that time, if they finish it," she said. "We heard the same promise in 2031."
Q direct Anush Grigoryan :: "I change two minibuses every morning. With the metro it will be half that time, if they finish it,"
Q direct Anush Grigoryan :: "We heard the same promise in 2031."
F number two
F fraction half
F date 2031
> Ter-Mkrtchyan said the ministry would publish monthly progress reports, and that Armenia would seek a second EIB loan for a later extension towards Nor Nork.
P partial Ter-Mkrtchyan
L country Armenia
O intergovernmental EIB
L city Nor Nork
'''

ARTICLES['920-hsinchu-taoyuan-water-rationing-reservoirs-chip-plants-taipei-times'] = r'''
> FRONT PAGE
> Hsinchu, Taoyuan to ration water as reservoirs run dry
L city Hsinchu
L city Taoyuan
> DRY SPRING: Households will lose supply two days a week from Monday, while the Hsinchu Science Park must cut use by 15 percent, the Water Resources Agency said
F duration two days
L facility Hsinchu Science Park
F percent 15 percent
O government Water Resources Agency
> By Kuo Pei-shan / Staff reporter
P full Kuo Pei-shan
> Fri, Apr 13, 2040 - Page 1
F date Apr 13, 2040
> The cracked bed of the Baoshan Second Reservoir in Hsinchu County is pictured on Wednesday. Photo: Kuo Pei-shan, Taipei Times
L geo Baoshan Second Reservoir
L region Hsinchu County
P full Kuo Pei-shan
O media Taipei Times
> Water supply to about 1.2 million households in Hsinchu County, Hsinchu City and parts of Taoyuan is to be cut two days a week from Monday, after the driest spring in 76 years left reservoirs in the region under 20 percent of capacity, the Water Resources Agency (WRA, 水利署) said yesterday.
F number 1.2 million
L region Hsinchu County
L city Hsinchu City
L city Taoyuan
F duration two days
F duration 76 years
F percent 20 percent
O government Water Resources Agency
O government WRA
O government 水利署
> Under the "orange" alert, the fourth of five levels, homes and shops in each zone will have no piped water from 11pm on Tuesday to 11pm on Wednesday, and again from 11pm on Friday to 11pm on Saturday, the agency said.
Q scare - :: "orange"
F number five
F time 11pm
F time 11pm
F time 11pm
F time 11pm
> Large users, including the Hsinchu Science Park (新竹科學園區), where Taiwan Semiconductor Manufacturing Co (TSMC, 台積電) and other chipmakers run fabs, are to reduce their use by 15 percent.
L facility Hsinchu Science Park
L facility 新竹科學園區
O company Taiwan Semiconductor Manufacturing Co
O company TSMC
O company 台積電
F percent 15 percent
> The Shihmen Reservoir (石門水庫) in Taoyuan was at 18.6 percent of capacity yesterday, holding 37.5 million cubic meters, while the Baoshan Second Reservoir, Hsinchu's main source, stood at 11.2 percent, WRA data showed. Rainfall in the catchments since Jan. 1 was 212mm, or 38 percent of the average.
L geo Shihmen Reservoir
L geo 石門水庫
L city Taoyuan
F percent 18.6 percent
F quantity 37.5 million cubic meters
L geo Baoshan Second Reservoir
L city Hsinchu
F percent 11.2 percent
O government WRA
F date Jan. 1
F quantity 212mm
F percent 38 percent
> "We are sending water north from Taichung and Miaoli through pipelines, and it is still not enough. Unless the plum rains come early, we will have to hold this level until the middle of May," WRA Deputy Director-General Lee Chien-hung (李建宏) told a news conference in Taipei.
Q direct Lee Chien-hung :: "We are sending water north from Taichung and Miaoli through pipelines, and it is still not enough. Unless the plum rains come early, we will have to hold this level until the middle of May,"
L city Taichung
L city Miaoli
O government WRA
P full Lee Chien-hung
P full 李建宏
L city Taipei
> Hsinchu County Commissioner Chang Mei-hui (張美惠) said schools, hospitals and fire stations would keep their supply.
L region Hsinchu County
P full Chang Mei-hui
P full 張美惠
> "For the rest of us, this means filling buckets on Monday night. The county has 180 water trucks ready and has reopened 42 emergency wells," Chang said. "I ask everyone in Zhubei and Hukou to save every drop.
Q direct Chang Mei-hui :: "For the rest of us, this means filling buckets on Monday night. The county has 180 water trucks ready and has reopened 42 emergency wells,"
Q direct Chang Mei-hui :: "I ask everyone in Zhubei and Hukou to save every drop.
F number 180
F number 42
P partial Chang
L city Zhubei
L city Hukou
> "The next six weeks will be hard, but we have been through this before."
Q direct Chang Mei-hui :: "The next six weeks will be hard, but we have been through this before."
F duration six weeks
> The Taiwan Semiconductor Industry Association (TSIA) said in a statement that its members had prepared for a "dry year" by raising water recycling rates to about 90 percent and would "fully cooperate" with the rationing.
O nonprofit Taiwan Semiconductor Industry Association
O nonprofit TSIA
Q direct Taiwan Semiconductor Industry Association :: "dry year"
F percent 90 percent
Q direct Taiwan Semiconductor Industry Association :: "fully cooperate"
> An engineer at a packaging plant in Taoyuan's Guanyin District, who asked not to be named, said his company was paying NT$1,200 per tonne for trucked water, against NT$12 from the tap.
L city Taoyuan
L city Guanyin District
F money NT$1,200
F money NT$12
> "Trucks are booked until May. If the rain does not come in three weeks, some of our lines will stop," he said.
Q direct - :: "Trucks are booked until May. If the rain does not come in three weeks, some of our lines will stop,"
F duration three weeks
> Hsieh Yu-ting (謝宇婷), 41, who runs a breakfast shop in Hsinchu City's East District, said she had bought 20 barrels.
P full Hsieh Yu-ting
P full 謝宇婷
F age 41
L city Hsinchu City
L city East District
F number 20
> "My mother talks about 'the year with no water' in 2021. She says this one is worse, because now there are twice as many factories," Hsieh said.
Q direct Hsieh Yu-ting :: "My mother talks about 'the year with no water' in 2021. She says this one is worse, because now there are twice as many factories,"
F date 2021
P partial Hsieh
> The Executive Yuan yesterday approved NT$3.8 billion (US$118 million) in emergency funding for wells, pipelines and subsidies of NT$5,000 per household for water tanks, Cabinet spokeswoman Tsai Wan-ling (蔡婉玲) said.
O government Executive Yuan
F money NT$3.8 billion
F money US$118 million
F money NT$5,000
O government Cabinet
P full Tsai Wan-ling
P full 蔡婉玲
> The Central Weather Administration forecast light rain for northern Taiwan on Sunday, not enough to end the drought.
O government Central Weather Administration
L country Taiwan
> Additional reporting by CNA
O media CNA
'''

ARTICLES['921-tigers-beat-giants-4-3-kuroiwa-enokida-koshien-npb-japan-times'] = r'''
> SPORTS / BASEBALL
> Kuroiwa and Enokida power Tigers past Giants
P partial Kuroiwa
P partial Enokida
O team Tigers
O team Giants
> by Ryosuke Hanazawa, Staff Writer
P full Ryosuke Hanazawa
> Apr 18, 2040
F date Apr 18, 2040
> Tigers starter Yamato Kuroiwa pitches against the Giants at Koshien Stadium on Tuesday. | KYODO
O team Tigers
P full Yamato Kuroiwa
O team Giants
L facility Koshien Stadium
O media KYODO
> NISHINOMIYA, Hyogo Pref. – Yamato Kuroiwa kept the Yomiuri Giants quiet for most of the night, Shoma Enokida hit a two-run homer in a three-run fifth, and the Hanshin Tigers held on for a 4-3 win on Tuesday at Koshien Stadium.
L city NISHINOMIYA
L region Hyogo Pref.
P full Yamato Kuroiwa
O team Yomiuri Giants
P full Shoma Enokida
F number two
F number three
O team Hanshin Tigers
F score 4-3
L facility Koshien Stadium
> Kuroiwa (3-0) allowed three runs on eight hits over 7⅔ innings, striking out nine without a walk. The 26-year-old right-hander lowered his ERA to 1.62 and has not lost since Aug. 29, 2039.
P partial Kuroiwa
F score 3-0
F number three
F number eight
F number 7⅔
F number nine
F age 26-year-old
F number 1.62
F date Aug. 29, 2039
> “My fastball was good from the first inning, so I kept throwing it,” Kuroiwa said. “I left one slider over the plate to Quiñones in the seventh, and he did not miss it.”
Q direct Yamato Kuroiwa :: “My fastball was good from the first inning, so I kept throwing it,”
Q direct Yamato Kuroiwa :: “I left one slider over the plate to Quiñones in the seventh, and he did not miss it.”
P partial Kuroiwa
F number one
P partial Quiñones
> José Ángel Quiñones had pulled the Giants within a run with a two-run homer to left in the seventh, his fourth of the season. Shunsuke Noro got the final out of the eighth and Ryota Mizusawa pitched a perfect ninth for his sixth save.
P full José Ángel Quiñones
O team Giants
F number two
P full Shunsuke Noro
P full Ryota Mizusawa
> Hanshin (12-5) moved two games clear of Hiroshima in the Central League. Yomiuri (8-9) has lost four of its last five games.
O team Hanshin
F score 12-5
F number two
O team Hiroshima
O other Central League
O team Yomiuri
F score 8-9
F number four
F number five
> Giants starter Kaito Shibasaki (1-2) was sharp early, retiring 12 of the first 13 batters he faced, but the Tigers broke through in the fifth. Kazuma Ihara led off with a double, Takumi Sonoda singled him home and Enokida drove a 2-2 fastball at 154 kph into the left-field stands.
O team Giants
P full Kaito Shibasaki
F score 1-2
F number 12
F number 13
O team Tigers
P full Kazuma Ihara
P full Takumi Sonoda
P partial Enokida
F number 2-2
F quantity 154 kph
> “I have been missing that pitch for a week. Tonight I was waiting for it,” said Enokida, who was 0-for-11 coming into the game. It was his fifth home run of the season.
Q direct Shoma Enokida :: “I have been missing that pitch for a week. Tonight I was waiting for it,”
P partial Enokida
F number 0-for-11
> Adrián Villafañe added a sacrifice fly in the sixth to make it 4-1, a run that proved to be the winner.
P full Adrián Villafañe
F score 4-1
> Shibasaki gave up four runs on eight hits in six innings, and his ERA rose to 4.15.
P partial Shibasaki
F number four
F number eight
F number six
F number 4.15
> Giants manager Tetsuya Ogasawara said his pitcher had thrown “one bad pitch” and that the lineup had to do more. Ryunosuke Okabe homered in the second for Yomiuri’s first run.
O team Giants
P full Tetsuya Ogasawara
Q direct Tetsuya Ogasawara :: “one bad pitch”
F number one
P full Ryunosuke Okabe
O team Yomiuri
> Tigers manager Hiroshi Tateyama praised Kuroiwa, who was Hanshin’s first-round pick in the 2035 draft.
O team Tigers
P full Hiroshi Tateyama
P partial Kuroiwa
O team Hanshin
F date 2035
> “He is 26 years old and pitching like a veteran of 10 years,” Tateyama said. “When he has the fastball and the slider together, you will not see many hits.”
Q direct Hiroshi Tateyama :: “He is 26 years old and pitching like a veteran of 10 years,”
Q direct Hiroshi Tateyama :: “When he has the fastball and the slider together, you will not see many hits.”
F age 26 years old
F duration 10 years
P partial Tateyama
> A crowd of 42,611 filled the stadium on a cool evening, with the first pitch at 6 p.m. The game lasted three hours and 11 minutes.
F number 42,611
F time 6 p.m.
F duration three hours
F duration 11 minutes
> The teams meet again at 6 p.m. on Wednesday, when Hanshin sends left-hander Daiki Morozumi (2-1, 2.45 ERA) against Yomiuri’s Sora Kanemitsu (1-1, 3.60).
F time 6 p.m.
O team Hanshin
P full Daiki Morozumi
F score 2-1
F number 2.45
O team Yomiuri
P full Sora Kanemitsu
F score 1-1
F number 3.60
> Elsewhere in the Central League, Hiroshima beat the Yokohama DeNA BayStars 6-2 at Mazda Stadium and the Chunichi Dragons beat the Yakult Swallows 3-0 at Vantelin Dome Nagoya.
O other Central League
O team Hiroshima
O team Yokohama DeNA BayStars
F score 6-2
L facility Mazda Stadium
O team Chunichi Dragons
O team Yakult Swallows
F score 3-0
L facility Vantelin Dome Nagoya
> Giants 010 000 200 — 3 8 1
O team Giants
F score 010
F score 000
F score 200
F score 3
F number 8
F number 1
> Tigers 000 031 00x — 4 9 0
O team Tigers
F score 000
F score 031
F score 00x
F score 4
F number 9
F number 0
> W: Kuroiwa (3-0)  L: Shibasaki (1-2)  S: Mizusawa (6)
P partial Kuroiwa
F score 3-0
P partial Shibasaki
F score 1-2
P partial Mizusawa
F number 6
> HR: Okabe (2), Quiñones (4), Enokida (5)
P partial Okabe
F number 2
P partial Quiñones
F number 4
P partial Enokida
F number 5
> T: 3:11  A: 42,611
F duration 3:11
F number 42,611
'''

ARTICLES['922-marlborough-grape-harvest-picker-shortage-rse-cap-renwick-nz-herald'] = r'''
> Rural
> Grapes left hanging as Marlborough vineyards run short of pickers
L region Marlborough
> Growers say the region needs 1500 more workers after the RSE cap was cut, with a record crop ripening fast
F number 1500
> By Anahera Pōtae-Smith
P full Anahera Pōtae-Smith
> Rural reporter·NZ Herald·
O media NZ Herald
> 9 Apr, 2040 05:00 AM
F date 9 Apr, 2040
F time 05:00 AM
> 4 mins to read
F duration 4 mins
> Sauvignon blanc grapes ready for harvest on a vineyard near Renwick. Photo / Callum Reddish
L city Renwick
P full Callum Reddish
> Marlborough winegrowers say hundreds of tonnes of sauvignon blanc could be left on the vines this vintage because they cannot find enough people to pick, net and drive harvesters.
L region Marlborough
> The shortage follows the Government's decision in November to cut the national cap on Recognised Seasonal Employer (RSE) workers from 21,500 to 17,000, a drop of 21 per cent.
F number 21,500
F number 17,000
F percent 21 per cent
> Wine Marlborough general manager Sophie Drummond said the region was at least 1500 workers short at the peak of harvest.
O nonprofit Wine Marlborough
P full Sophie Drummond
F number 1500
> "We have the biggest crop we have seen since 2033 and fewer hands than we had in 2030. Some growers are running harvesters 20 hours a day, and the fruit is still ripening faster than we can get it in," Drummond said.
Q direct Sophie Drummond :: "We have the biggest crop we have seen since 2033 and fewer hands than we had in 2030. Some growers are running harvesters 20 hours a day, and the fruit is still ripening faster than we can get it in,"
F date 2033
F date 2030
F duration 20 hours
P partial Drummond
> Growers had expected an average of 13.4 tonnes per hectare across Marlborough's 31,000ha of vineyards this season, against 11.2 tonnes last year, according to New Zealand Winegrowers.
F quantity 13.4 tonnes per hectare
L region Marlborough
F quantity 31,000ha
F quantity 11.2 tonnes
O nonprofit New Zealand Winegrowers
> Hemi Walker, who runs a contracting business in Renwick with 240 seasonal staff, said he had 60 beds empty in his worker accommodation on State Highway 63.
P full Hemi Walker
L city Renwick
F number 240
F number 60
L street State Highway 63
> "Last year I had 32 men from Tanna and Malekula. This year Immigration said I could bring 18," Walker said.
Q direct Hemi Walker :: "Last year I had 32 men from Tanna and Malekula. This year Immigration said I could bring 18,"
F number 32
L geo Tanna
L geo Malekula
O government Immigration
F number 18
P partial Walker
> "I rang every backpacker hostel between Picton and Nelson. You put a job on Facebook and you get two replies. It's not a 'labour shortage' any more, it's a drought."
Q direct Hemi Walker :: "I rang every backpacker hostel between Picton and Nelson. You put a job on Facebook and you get two replies. It's not a 'labour shortage' any more, it's a drought."
L city Picton
L city Nelson
O company Facebook
F number two
> Pickers in Marlborough are paid between $28.50 and $31 an hour, Walker said, while vineyards in South Australia were offering A$34, about NZ$37.
L region Marlborough
F money $28.50
F money $31
P partial Walker
L region South Australia
F money A$34
F money NZ$37
> Jean-Pierre Kalsakau, 29, from Port Vila in Vanuatu, is on his seventh season in the Wairau Valley.
P full Jean-Pierre Kalsakau
F age 29
L city Port Vila
L country Vanuatu
L geo Wairau Valley
> "My brother is at home this year because there was no place for him. The work is here, the money is good, but they said no," he said, during a 15-minute break between rows near Rapaura.
Q direct Jean-Pierre Kalsakau :: "My brother is at home this year because there was no place for him. The work is here, the money is good, but they said no,"
F duration 15-minute
L city Rapaura
> Immigration New Zealand said in a statement that the cap was set "after careful consultation" and that employers could apply for "limited additional places" before May 1.
O government Immigration New Zealand
Q direct Immigration New Zealand :: "after careful consultation"
Q direct Immigration New Zealand :: "limited additional places"
F date May 1
> Marlborough District Council's economic development manager, who did not wish to be named, said the council was talking to the Ministry of Social Development about sending jobseekers from Blenheim and Nelson.
O government Marlborough District Council
O government Ministry of Social Development
L city Blenheim
L city Nelson
> "We have people in Blenheim who need work, and vineyards that need people. But it is hard, physical work and the harvest only lasts six weeks," she said.
Q direct - :: "We have people in Blenheim who need work, and vineyards that need people. But it is hard, physical work and the harvest only lasts six weeks,"
L city Blenheim
F duration six weeks
> In the Awatere Valley, near Seddon, grower Lucy van der Merwe said frost on March 14 had already cost her a third of her chardonnay.
L geo Awatere Valley
L city Seddon
P full Lucy van der Merwe
F date March 14
F fraction a third
> "Now I have good fruit and nobody to pick it. We've picked 40 per cent of 86 hectares and we started on March 22," she said.
Q direct Lucy van der Merwe :: "Now I have good fruit and nobody to pick it. We've picked 40 per cent of 86 hectares and we started on March 22,"
F percent 40 per cent
F quantity 86 hectares
F date March 22
> Harvest across the region began about a week earlier than usual, on March 18. The last sauvignon blanc is usually in the winery by the end of April.
F date March 18
> Marlborough produces about three-quarters of New Zealand's wine, and exports were worth $2.9 billion in the year to June 2039.
L region Marlborough
F fraction three-quarters
L country New Zealand
F money $2.9 billion
F date June 2039
'''

ARTICLES['923-bali-tourist-levy-rp-450000-waste-water-ubud-jakarta-post'] = r'''
> Archipelago
> Bali to Triple Tourist Levy to Rp 450,000 as Island Struggles With Waste, Water
L region Bali
F money Rp 450,000
> Tour operators fear the higher fee, due from July 1, will push visitors to Lombok and Labuan Bajo
F date July 1
L geo Lombok
L city Labuan Bajo
> Ni Kadek Ayu Lestari (The Jakarta Post)
P full Ni Kadek Ayu Lestari
O media The Jakarta Post
> Denpasar, Bali ● Tue, March 13, 2040
L city Denpasar
L region Bali
F date March 13, 2040
> Foreign tourists pay the levy at a counter in the arrival hall of I Gusti Ngurah Rai International Airport in Badung, Bali, on March 10, 2040. (JP/Ni Kadek Ayu Lestari)
L facility I Gusti Ngurah Rai International Airport
L region Badung
L region Bali
F date March 10, 2040
O media JP
P full Ni Kadek Ayu Lestari
> The Bali provincial administration will raise its levy on foreign tourists from Rp 150,000 (US$9) to Rp 450,000 from July 1, saying the money is needed to deal with the waste, water shortages and traffic jams that came with a record 7.9 million foreign arrivals last year.
L region Bali
F money Rp 150,000
F money US$9
F money Rp 450,000
F date July 1
F number 7.9 million
> Bali Governor I Nyoman Gede Arsana signed the regulation on Monday after the Bali Regional Legislative Council (DPRD) approved it 41 to 9.
L region Bali
P full I Nyoman Gede Arsana
O government Bali Regional Legislative Council
O government DPRD
F number 41
F number 9
> “Rp 450,000 is less than one dinner in Seminyak. We are not asking too much from people who come to enjoy our island and its culture,” Arsana told reporters at his office in Renon, Denpasar.
Q direct I Nyoman Gede Arsana :: “Rp 450,000 is less than one dinner in Seminyak. We are not asking too much from people who come to enjoy our island and its culture,”
F money Rp 450,000
F number one
L city Seminyak
P partial Arsana
L city Renon
L city Denpasar
> The levy, paid once per visit, brought in Rp 1.16 trillion in 2039, according to the Bali Tourism Agency. Its head, Made Sri Wahyuni, said about 62 percent of foreign visitors had paid it, mostly online before their flights.
F money Rp 1.16 trillion
F date 2039
O government Bali Tourism Agency
P full Made Sri Wahyuni
F percent 62 percent
> Made said the new money would go to 14 waste-processing sites, to the restoration of subak irrigation terraces and to hiring 300 more tourism police officers. The Suwung landfill in Denpasar, which takes about 1,600 tonnes of waste a day, is due to close in 2041.
P partial Made
F number 14
F number 300
L facility Suwung
L city Denpasar
F quantity 1,600 tonnes
F date 2041
> “We want every rupiah to be visible,” she said, adding that a report would be published “every three months.”
Q direct Made Sri Wahyuni :: “We want every rupiah to be visible,”
Q direct Made Sri Wahyuni :: “every three months.”
F duration three months
> Tourism businesses are less sure. The Bali chapter of the Indonesian Hotel and Restaurant Association (PHRI) said in a statement that the increase was “too steep, too fast” and asked for it to be phased in over two years.
L region Bali
O nonprofit Indonesian Hotel and Restaurant Association
O nonprofit PHRI
Q direct Indonesian Hotel and Restaurant Association :: “too steep, too fast”
F duration two years
> PHRI Bali chairman Anak Agung Bagus Wiranata said hotel occupancy in Nusa Dua and Kuta had fallen to 64 percent in February, from 71 percent a year earlier.
O nonprofit PHRI Bali
P full Anak Agung Bagus Wiranata
L city Nusa Dua
L city Kuta
F percent 64 percent
F percent 71 percent
> “Guests compare. A family of four will now pay Rp 1.8 million just to land, and Lombok charges nothing,” he said.
Q direct Anak Agung Bagus Wiranata :: “Guests compare. A family of four will now pay Rp 1.8 million just to land, and Lombok charges nothing,”
F number four
F money Rp 1.8 million
L geo Lombok
> In Ubud, driver and guide Wayan Darmika, 44, said his clients were already asking about it.
L city Ubud
P full Wayan Darmika
F age 44
> “A guest from Melbourne asked me, ‘Is this a tax or a ticket?’ I told him it is a ticket to keep Bali clean,” Darmika said, laughing. “Then he asked why the river behind his villa is full of plastic.”
Q direct Wayan Darmika :: “A guest from Melbourne asked me, ‘Is this a tax or a ticket?’ I told him it is a ticket to keep Bali clean,”
Q direct Wayan Darmika :: “Then he asked why the river behind his villa is full of plastic.”
L city Melbourne
L region Bali
P partial Darmika
> Chloe Hartnett, 31, an Australian teacher from Perth on her fifth visit to Bali, said she did not mind paying. “It is about A$45. That’s two cocktails in Canggu,” she said.
P full Chloe Hartnett
F age 31
L city Perth
L region Bali
Q direct Chloe Hartnett :: “It is about A$45. That’s two cocktails in Canggu,”
F money A$45
F number two
L city Canggu
> Slamet, 52, a driver from Banyuwangi in East Java who has worked in Sanur for 20 years, was more worried. “Tourists pay, but who checks where the money goes?” he asked.
P partial Slamet
F age 52
L city Banyuwangi
L region East Java
L city Sanur
F duration 20 years
Q direct Slamet :: “Tourists pay, but who checks where the money goes?”
> The Tourism Ministry in Jakarta has asked the province to exempt cruise passengers on day visits, which the provincial administration has not yet decided.
O government Tourism Ministry
L city Jakarta
> Bali welcomed 10.4 million domestic tourists in 2039, who do not pay the levy.
L region Bali
F number 10.4 million
F date 2039
'''

ARTICLES['924-lagos-blue-line-fare-rise-lamata-mile-2-marina-guardian-nigeria'] = r'''
> Metro
> Commuters Lament As LAMATA Raises Blue Line Fares By 60 Per Cent
O government LAMATA
L facility Blue Line
F percent 60 Per Cent
> Mile 2–Marina trip now costs ₦2,400 as agency blames power costs and naira
L city Mile 2
L city Marina
F money ₦2,400
> By Tolulope Ogunbiyi-Ade
P full Tolulope Ogunbiyi-Ade
> 14 March 2040 | 3:47 am
F date 14 March 2040
F time 3:47 am
> Passengers board a Blue Line train at the Marina station, Lagos. PHOTO: ADEWALE BANKOLE-COKER
L facility Blue Line
L facility Marina
L city Lagos
P full ADEWALE BANKOLE-COKER
> Commuters on the Lagos Blue Line rail have criticised the Lagos Metropolitan Area Transport Authority (LAMATA) over a 60 per cent increase in fares, which took effect on Monday and raised the one-way fare from Mile 2 to Marina from ₦1,500 to ₦2,400.
L facility Lagos Blue Line
O government Lagos Metropolitan Area Transport Authority
O government LAMATA
F percent 60 per cent
L city Mile 2
L city Marina
F money ₦1,500
F money ₦2,400
> The 13-kilometre line, which runs from Mile 2 through Alaka, Iganmu and National Theatre to Marina, carried 148,000 passengers a day in February, according to LAMATA.
F quantity 13-kilometre
L city Mile 2
L city Alaka
L city Iganmu
L facility National Theatre
L city Marina
F number 148,000
O government LAMATA
> Speaking with The Guardian on Tuesday, the Managing Director of LAMATA, Engr. Folashade Oshodi, said the authority had held fares for 26 months while its electricity bill rose by 140 per cent.
O media The Guardian
O government LAMATA
P full Folashade Oshodi
F duration 26 months
F percent 140 per cent
> “We pay for power in naira, but the spare parts for the trains come in dollars, at ₦1,950 to the dollar. Every trip was being subsidised by about ₦900,” Oshodi said. “We could not continue like that.
Q direct Folashade Oshodi :: “We pay for power in naira, but the spare parts for the trains come in dollars, at ₦1,950 to the dollar. Every trip was being subsidised by about ₦900,”
Q direct Folashade Oshodi :: “We could not continue like that.
F money ₦1,950
F money ₦900
P partial Oshodi
> “Even at ₦2,400, the train is cheaper than a danfo and two hours faster. A commuter who takes the train twice a day saves at least three hours.”
Q direct Folashade Oshodi :: “Even at ₦2,400, the train is cheaper than a danfo and two hours faster. A commuter who takes the train twice a day saves at least three hours.”
F money ₦2,400
F duration two hours
F duration three hours
> She said the authority would keep the fare for students and people over 65 at ₦1,200 and would review the new fares “after six months.”
F age 65
F money ₦1,200
Q direct Folashade Oshodi :: “after six months.”
F duration six months
> But at Mile 2 station on Tuesday morning, where queues stretched to the bus park from 6:15 am, many passengers were angry.
L facility Mile 2
F time 6:15 am
> Alhaji Musa Danjuma, 58, who sells fabrics at Balogun Market, said he now spends ₦4,800 a day on the train.
P full Musa Danjuma
F age 58
L facility Balogun Market
F money ₦4,800
> “They said ‘affordable transport for all Lagosians’ when they opened this line. Is ₦2,400 affordable for a man whose shop makes ₦10,000 on a good day?” he asked.
Q direct Musa Danjuma :: “They said ‘affordable transport for all Lagosians’ when they opened this line. Is ₦2,400 affordable for a man whose shop makes ₦10,000 on a good day?”
F money ₦2,400
F money ₦10,000
> Chief (Mrs) Bolanle Adeyemi-Taiwo, chairman of the Amuwo-Odofin Commuters’ Forum, said the group would write to the Lagos State House of Assembly.
P full Bolanle Adeyemi-Taiwo
O nonprofit Amuwo-Odofin Commuters’ Forum
O government Lagos State House of Assembly
> “We are not saying there should be no increase. We are saying it should not come all at once, without any hearing,” she said.
Q direct Bolanle Adeyemi-Taiwo :: “We are not saying there should be no increase. We are saying it should not come all at once, without any hearing,”
> A LAMATA official, who asked not to be named because he was not authorised to speak, said a proposal to raise fares in two stages had been rejected by the Ministry of Transportation.
O government LAMATA
F number two
O government Ministry of Transportation
> The ministry said in a statement that the increase was “painful but necessary” and that Lagos had spent ₦84.6 billion on the line’s operations since 2034.
Q direct Ministry of Transportation :: “painful but necessary”
L region Lagos
F money ₦84.6 billion
F date 2034
> On the Red Line, which runs 37 kilometres from Agbado to Oyingbo, the fare remains ₦1,000, the statement said, as that line is operated under a separate agreement with the Nigerian Railway Corporation (NRC).
L facility Red Line
F quantity 37 kilometres
L city Agbado
L city Oyingbo
F money ₦1,000
O government Nigerian Railway Corporation
O government NRC
> Transport analyst Dr Kelechi Nwachukwu-Obi of the University of Lagos (UNILAG) said the increase could push up to 30,000 riders back to roads like the Apapa-Oshodi Expressway.
P full Kelechi Nwachukwu-Obi
O education University of Lagos
O education UNILAG
F number 30,000
L street Apapa-Oshodi Expressway
> “If even a fifth of them return to the road, you add thousands of vehicles to the worst traffic in Africa,” he said.
Q direct Kelechi Nwachukwu-Obi :: “If even a fifth of them return to the road, you add thousands of vehicles to the worst traffic in Africa,”
F fraction a fifth
L continent Africa
> Ifeoma Chukwu, 27, who works at a bank on Broad Street, said she and three colleagues now shared a ride on three days of the week.
P full Ifeoma Chukwu
F age 27
L street Broad Street
F number three
F duration three days
> “It is ₦1,300 each by car if we leave by 5:30. On the other days we take the train,” she said.
Q direct Ifeoma Chukwu :: “It is ₦1,300 each by car if we leave by 5:30. On the other days we take the train,”
F money ₦1,300
F time 5:30
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
