#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval239 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval239/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1477-qatarenergy-lng-supply-deal-cuu-long-power-vietnam-son-my-al-jazeera'] = r'''
> Economy|Oil and Gas
> QatarEnergy signs 27-year LNG supply deal with Vietnam’s Cuu Long Power
O company QatarEnergy
F duration 27-year
L country Vietnam
O company Cuu Long Power
> The state-owned producer will ship 3 million tonnes a year to a new terminal in southern Vietnam in a deal analysts value at about $41bn.
F quantity 3 million tonnes
L country Vietnam
F money $41bn
> By Mariam Al-Sulaiti
P full Mariam Al-Sulaiti
> Published On 9 Oct 2040
F date 9 Oct 2040
> A tanker loads liquefied natural gas at Ras Laffan Industrial City, about 80km north of Doha [Karim Haddad/Reuters]
L facility Ras Laffan Industrial City
F quantity 80km
L city Doha
P full Karim Haddad
O media Reuters
> Doha, Qatar – QatarEnergy has signed a 27-year agreement to supply liquefied natural gas (LNG) to Cuu Long Power Corporation (CLPC), a Vietnamese state utility, the company said on Wednesday.
L city Doha
L country Qatar
O company QatarEnergy
F duration 27-year
O company Cuu Long Power Corporation
O company CLPC
> Under the deal, signed at QatarEnergy’s headquarters in Doha’s West Bay district, the company will deliver 3 million tonnes per annum (mtpa) from January 2043 to a floating import terminal that CLPC is building at Son My in Binh Thuan province. Volumes will start at 1.5 mtpa for the first two years.
O company QatarEnergy
L city Doha
L city West Bay
F quantity 3 million tonnes per annum
F date January 2043
O company CLPC
L city Son My
L region Binh Thuan
F quantity 1.5 mtpa
F duration two years
> “This agreement gives Vietnam a reliable partner for almost three decades, and it gives us a foothold in one of the fastest-growing power markets in Asia,” said Khalid bin Nasser Al-Marri, QatarEnergy’s executive vice-president for LNG marketing.
Q direct Khalid bin Nasser Al-Marri :: “This agreement gives Vietnam a reliable partner for almost three decades, and it gives us a foothold in one of the fastest-growing power markets in Asia,”
L country Vietnam
F duration three decades
L continent Asia
P full Khalid bin Nasser Al-Marri
O company QatarEnergy
> Al-Marri would not disclose the price but said it was tied to crude oil through what traders call the “slope”, which industry sources put at 12.5 percent to 13 percent. “We never discuss commercial terms, but I can tell you both sides left the room satisfied,” he said.
P partial Al-Marri
Q scare - :: “slope”
F percent 12.5 percent
F percent 13 percent
Q direct Khalid bin Nasser Al-Marri :: “We never discuss commercial terms, but I can tell you both sides left the room satisfied,”
> The gas will come from the North Field, which Qatar shares with Iran. Its expansion has lifted the country’s export capacity to 142 mtpa, up from 77 mtpa in the early 2020s.
L geo North Field
L country Qatar
L country Iran
F quantity 142 mtpa
F quantity 77 mtpa
F date 2020s
> CLPC’s president, Phan Thi Ngoc Anh, said the gas would feed two 1,500-megawatt power plants beside the terminal and would be sold to the grid through Vietnam Electricity (EVN).
O company CLPC
P full Phan Thi Ngoc Anh
F number two
F quantity 1,500-megawatt
O company Vietnam Electricity
O company EVN
> “In the summer of 2039 our northern provinces had rolling blackouts. Factories in Bac Ninh stopped for four days. We cannot let that happen again,” Anh told Al Jazeera.
Q direct Phan Thi Ngoc Anh :: “In the summer of 2039 our northern provinces had rolling blackouts. Factories in Bac Ninh stopped for four days. We cannot let that happen again,”
F date 2039
L region Bac Ninh
F duration four days
P partial Anh
O media Al Jazeera
> “Coal made up 46 percent of our generation last year, and by 2044 we want it below a quarter,” she said. “Gas is the bridge. Solar and wind in the south are growing fast, but when the sun goes down at 6pm somebody still has to keep the lights on in Hanoi and Ho Chi Minh City.
Q direct Phan Thi Ngoc Anh :: “Coal made up 46 percent of our generation last year, and by 2044 we want it below a quarter,”
Q direct Phan Thi Ngoc Anh :: “Gas is the bridge. Solar and wind in the south are growing fast, but when the sun goes down at 6pm somebody still has to keep the lights on in Hanoi and Ho Chi Minh City.
F percent 46 percent
F date 2044
F fraction a quarter
F time 6pm
L city Hanoi
L city Ho Chi Minh City
> “For that we need a supplier that does not vanish when spot prices jump. Qatar has never missed a cargo to us, not once.”
Q direct Phan Thi Ngoc Anh :: “For that we need a supplier that does not vanish when spot prices jump. Qatar has never missed a cargo to us, not once.”
L country Qatar
> Lim Wei Ting, a 44-year-old gas analyst at the Singapore-based consultancy Straits Energy Partners, said Asian buyers were locking in supply for longer as Europe and China compete for the same cargoes.
P full Lim Wei Ting
F age 44-year-old
L country Singapore
O company Straits Energy Partners
L continent Europe
L country China
> “A 15-year contract used to be considered long. Now Doha is signing for 27 years and buyers are queuing,” Lim said. She estimated that half of the LNG Vietnam imports in 2043 would come under the Qatari deal, the rest coming from Australia and the United States.
Q direct Lim Wei Ting :: “A 15-year contract used to be considered long. Now Doha is signing for 27 years and buyers are queuing,”
F duration 15-year
L city Doha
F duration 27 years
P partial Lim
F fraction half
L country Vietnam
F date 2043
L country Australia
L country United States
> A person involved in the talks, who asked not to be named, said utilities from Japan and India had also bid for the volumes. “There was competition for every single cargo,” the person said.
L country Japan
L country India
Q direct - :: “There was competition for every single cargo,”
> CLPC has chartered three carriers of 174,000 cubic metres for the route, each voyage taking about 12 days via the Strait of Hormuz and the Strait of Malacca.
O company CLPC
F number three
F quantity 174,000 cubic metres
F duration 12 days
L geo Strait of Hormuz
L geo Strait of Malacca
> Source: Al Jazeera
O media Al Jazeera
'''

ARTICLES['1478-niseko-caps-tour-buses-short-term-rentals-overtourism-hokkaido-japan-times'] = r'''
> NATIONAL
> Niseko caps tour buses and short-term rentals as visitors swamp ski town
L city Niseko
> The Hokkaido town will allow no more than 60 tour buses a day from December and let private homes be rented out for only 90 days a year.
L region Hokkaido
F number 60
F duration 90 days
> By Emiko Tanabe / Staff writer
P full Emiko Tanabe
> Sep 28, 2041
F date Sep 28, 2041
> Tour buses line up at a parking area below Mount Yotei in Niseko, Hokkaido, in February. | KYODO
L geo Mount Yotei
L city Niseko
L region Hokkaido
O media KYODO
> NISEKO, Hokkaido – The town of Niseko will limit tour buses to 60 a day and cap short-term rentals at 90 days a year from Dec. 1, its mayor said Thursday, in one of the toughest steps yet taken by a Japanese municipality against overtourism.
L city NISEKO
L region Hokkaido
L city Niseko
F number 60
F duration 90 days
F date Dec. 1
> The town of 5,100 people recorded 1.9 million overnight stays in the year to March, up 38% from 2036, according to town figures. On peak days in January, as many as 240 coaches arrived from New Chitose Airport and Sapporo, clogging the two-lane road to the Annupuri slopes.
F number 5,100
F number 1.9 million
F percent 38%
F date 2036
F number 240
L facility New Chitose Airport
L city Sapporo
F number two
L geo Annupuri
> “We welcome visitors, but the town belongs to the people who live here all year,” Mayor Kenji Sasamori told reporters at the town office. “Residents tell me they cannot get to the clinic or the supermarket on a Saturday. Something had to give.”
Q direct Kenji Sasamori :: “We welcome visitors, but the town belongs to the people who live here all year,”
P full Kenji Sasamori
Q direct Kenji Sasamori :: “Residents tell me they cannot get to the clinic or the supermarket on a Saturday. Something had to give.”
> Under the rules, operators must book a slot online at least 48 hours in advance and pay ¥15,000 per bus. Vehicles without a permit face fines of up to ¥300,000. Private lodgings registered under Japan’s minpaku law will be limited to 90 days a year, down from the national ceiling of 180.
F duration 48 hours
F money ¥15,000
F money ¥300,000
L country Japan
F duration 90 days
F number 180
> Sasamori, 57, said the fees, expected to raise about 210 million yen ($1.4 million) a year, would pay for shuttle buses from Kutchan Station and four more snow-clearing crews.
P partial Sasamori
F age 57
F money 210 million yen
F money $1.4 million
L facility Kutchan Station
F number four
> Not everyone is pleased. Yuka Tomikawa, who manages lift operations at one of the Annupuri ski areas, said international group tours made up about a third of her lift-ticket sales.
P full Yuka Tomikawa
L geo Annupuri
F fraction a third
> “If the buses stop at the town line, the guests will go to Furano or Rusutsu instead,” she said. “The problem is not the visitors. It is that nobody planned for them.”
Q direct Yuka Tomikawa :: “If the buses stop at the town line, the guests will go to Furano or Rusutsu instead,”
L city Furano
L city Rusutsu
Q direct Yuka Tomikawa :: “The problem is not the visitors. It is that nobody planned for them.”
> Brendan Kielty, an Australian-born lodge owner who moved to the town in 2036 and runs a 14-room inn near Niseko Station, welcomed the rental cap. He said dozens of houses on his street had been bought by overseas investors and turned into what locals call “ghost chalets,” empty for eight months of the year.
P full Brendan Kielty
F date 2036
F number 14
L facility Niseko Station
Q scare - :: “ghost chalets,”
F duration eight months
> “I’m a foreigner myself, so I understand the irony,” said Kielty, 61. “But when my neighbor’s kids asked why the lights were never on next door, I didn’t have an answer. We called those places ‘dark houses’ for years.”
Q direct Brendan Kielty :: “I’m a foreigner myself, so I understand the irony,”
P partial Kielty
F age 61
Q direct Brendan Kielty :: “But when my neighbor’s kids asked why the lights were never on next door, I didn’t have an answer. We called those places ‘dark houses’ for years.”
> The Hokkaido Prefectural Government is watching closely. Haruto Ishizaki, director of its tourism promotion division in Sapporo, said three other towns, including Furano, had asked about copying the bus permits. “Niseko is a test case for all of Hokkaido,” he said.
O government Hokkaido Prefectural Government
P full Haruto Ishizaki
L city Sapporo
F number three
L city Furano
Q direct Haruto Ishizaki :: “Niseko is a test case for all of Hokkaido,”
L city Niseko
L region Hokkaido
> The Japan Tourism Agency (JTA) says Japan received 52 million foreign visitors in 2040. A JTA official, who spoke on condition of anonymity, said the agency had no power to overrule local caps but called Niseko’s approach “reasonable, if it is enforced.”
O government Japan Tourism Agency
O government JTA
L country Japan
F number 52 million
F date 2040
O government JTA
L city Niseko
Q direct - :: “reasonable, if it is enforced.”
> Residents will vote on whether to keep the rules in a nonbinding referendum in April 2043, Sasamori said.
F date April 2043
P partial Sasamori
'''

ARTICLES['1479-england-india-second-test-lords-day-one-whitlock-century-espncricinfo'] = r'''
> Report
> Whitlock's unbeaten 138 puts England in command at Lord's
P partial Whitlock
F number 138
O team England
L facility Lord's
> Left-hander adds 171 with Kettering for the fourth wicket after Sahni's three-for leaves the hosts at 58 for 3
F number 171
P partial Kettering
P partial Sahni
F number three
F score 58
F number 3
> Niall Prentice
P full Niall Prentice
> 19-Jun-2042
F date 19-Jun-2042
> Tom Whitlock celebrates his century in front of the pavilion • Marcus Dellow/Getty Images
P full Tom Whitlock
P full Marcus Dellow
O company Getty Images
> Stumps England 331 for 4 (Whitlock 138*, Kettering 87, Sahni 3-74) vs India
O team England
F score 331
F number 4
P partial Whitlock
F number 138
P partial Kettering
F number 87
P partial Sahni
F score 3-74
O team India
> Tom Whitlock's sixth Test century, an unbeaten 138 from 241 balls, carried England from a wobbly 58 for 3 to 331 for 4 on the opening day of the second Test at Lord's, and left India's attack looking flat by the time stumps were drawn at 6.34pm.
P full Tom Whitlock
F number 138
F number 241
O team England
F score 58
F number 3
F score 331
F number 4
L facility Lord's
O team India
F time 6.34pm
> The 29-year-old Hampshire batter came in after Ollie Prynne had edged Rohan Sahni to second slip in the 14th over, and he and Josh Kettering added 171 either side of tea. It was the highest fourth-wicket stand in a Lord's Test since 2037.
F age 29-year-old
O team Hampshire
P full Ollie Prynne
P full Rohan Sahni
P full Josh Kettering
F number 171
L facility Lord's
F date 2037
> India, 1-0 up in the five-match series after their win at Headingley, chose to bowl under heavy cloud, and the first session belonged to them. Sahni, bowling from the Pavilion End, found movement off the slope and removed both openers inside the first hour; England went to lunch at 74 for 3 after 27 overs.
O team India
F score 1-0
F number five
L facility Headingley
P partial Sahni
L facility Pavilion End
O team England
F score 74
F number 3
F number 27
> Whitlock was dropped on 19 by Dev Malhotra at gully off Kabir Anand shortly after lunch, and India paid for it. He drove anything full through the covers, pulled Anand for two sixes into the Mound Stand and reached his century from 172 balls with a cut for four off the last ball before the second new ball was due.
P partial Whitlock
F number 19
P full Dev Malhotra
P full Kabir Anand
O team India
P partial Anand
F number two
L facility Mound Stand
F number 172
F number four
> Kettering, who had made 12 runs in his previous three Test innings, was more watchful. He faced 203 balls for his 87 before Aditya Venkatraman trapped him lbw at 5.52pm, ending the partnership.
P partial Kettering
F number 12
F number three
F number 203
F number 87
P full Aditya Venkatraman
F time 5.52pm
> Rain delayed the start by 45 minutes to 11.45am, so the day was extended by half an hour, and 88 overs were bowled in all.
F duration 45 minutes
F time 11.45am
F fraction half
F number 88
> "It's probably the best I've batted," Whitlock said at the press conference. "The first hour was as hard as it gets. Sahni was nipping it both ways and I was just trying to survive until lunch.
Q direct Tom Whitlock :: "It's probably the best I've batted,"
P partial Whitlock
Q direct Tom Whitlock :: "The first hour was as hard as it gets. Sahni was nipping it both ways and I was just trying to survive until lunch.
P partial Sahni
> "Once Josh and I got through to tea, it felt different. He said to me in the middle, 'Just keep leaving them, they'll come to you,' and that's what we did."
Q direct Tom Whitlock :: "Once Josh and I got through to tea, it felt different. He said to me in the middle, 'Just keep leaving them, they'll come to you,' and that's what we did."
P partial Josh
> Asked whether he had thought about a first Test double-century, he smiled. "Ask me tomorrow at 11 o'clock," he said.
Q direct Tom Whitlock :: "Ask me tomorrow at 11 o'clock,"
F time 11 o'clock
> A member of India's support staff, speaking on condition of anonymity, said the seamers had "bowled too short after tea" and would regroup overnight. Sahni finished with 3-74 from 22 overs.
O team India
Q direct - :: "bowled too short after tea"
P partial Sahni
F score 3-74
F number 22
> The Board of Control for Cricket in India (BCCI) said Malhotra had his left thumb scanned after the drop and would be assessed at 9am on Friday. The Marylebone Cricket Club (MCC), which owns the ground, said 28,430 spectators attended and all 31,100 seats had been sold for the second day.
O other Board of Control for Cricket in India
O other BCCI
P partial Malhotra
F time 9am
O nonprofit Marylebone Cricket Club
O nonprofit MCC
F number 28,430
F number 31,100
'''

ARTICLES['1480-bavaria-state-election-poll-csu-slips-greens-regensburg-dw'] = r'''
> Politics
> Germany: Poll shows CSU slipping ahead of Bavarian election
L country Germany
O party CSU
> Four weeks before Bavaria votes, a new survey puts the Christian Social Union at 33%, its weakest showing in decades. A Green candidate speaks of "a mood for change."
F duration Four weeks
L region Bavaria
O party Christian Social Union
F percent 33%
Q direct Lena Hofbauer :: "a mood for change."
> Tobias Marquardt
P full Tobias Marquardt
> 09/13/2043
F date 09/13/2043
> Campaign posters on Leopoldstrasse in Munich. The CSU has led every Bavarian government since 1957 Image: Lukas Brenninger/dpa/picture alliance
L street Leopoldstrasse
L city Munich
O party CSU
F date 1957
P full Lukas Brenninger
O media dpa
O media picture alliance
> The Christian Social Union (CSU), the conservative sister party of the Christian Democrats, has fallen to 33% in a poll published on Wednesday, down from 38% in June and well short of the 37.0% it won at the last state election in 2038.
O party Christian Social Union
O party CSU
O party Christian Democrats
F percent 33%
F percent 38%
F percent 37.0%
F date 2038
> The survey of 1,512 eligible voters, carried out for DW and the Munich daily Abendpost by the Policon Institute between September 4 and September 10, puts the Greens second on 19%, followed by the Free Voters (FW) on 14%, the far-right Alternative for Germany (AfD) on 13% and the Social Democrats (SPD) on 8%. The election is on October 11, 2043.
F number 1,512
O media DW
L city Munich
O media Abendpost
O company Policon Institute
F date September 4
F date September 10
O party Greens
F percent 19%
O party Free Voters
O party FW
F percent 14%
O party Alternative for Germany
O party AfD
F percent 13%
O party Social Democrats
O party SPD
F percent 8%
F date October 11, 2043
> On those numbers the CSU would win 71 of the 203 seats in the Landtag, the state parliament in Munich, 14 fewer than it holds today, and would need a coalition partner once again.
O party CSU
F number 71
F number 203
O government Landtag
L city Munich
F number 14
> "This is a snapshot, not a verdict," said Matthias Eberl, the CSU's general secretary. "In 2038 people also said we were finished, and we won. We will win again, because Bavarians know what they have."
Q direct Matthias Eberl :: "This is a snapshot, not a verdict,"
P full Matthias Eberl
O party CSU
Q direct Matthias Eberl :: "In 2038 people also said we were finished, and we won. We will win again, because Bavarians know what they have."
F date 2038
> Eberl blamed the slide on the federal coalition in Berlin and on "noise" over a third runway at Munich Airport, which the CSU-led state government revived in the spring.
P partial Eberl
L city Berlin
Q direct Matthias Eberl :: "noise"
L facility Munich Airport
O party CSU
> Sabine Achterberg of the Policon Institute said the CSU was losing older voters in rural Lower Bavaria and the Upper Palatinate to the Free Voters, while the Greens had gained among voters under 35 in cities such as Regensburg, Nuremberg and Würzburg.
P full Sabine Achterberg
O company Policon Institute
O party CSU
L region Lower Bavaria
L region Upper Palatinate
O party Free Voters
O party Greens
F age 35
L city Regensburg
L city Nuremberg
L city Würzburg
> "The margin of error is 2.5 percentage points, so the trend matters more than any single number," Achterberg said. "But a drop of five points in three months is not noise. It's the biggest move we have measured in a Bavarian campaign."
Q direct Sabine Achterberg :: "The margin of error is 2.5 percentage points, so the trend matters more than any single number,"
F percent 2.5 percentage points
P partial Achterberg
Q direct Sabine Achterberg :: "But a drop of five points in three months is not noise. It's the biggest move we have measured in a Bavarian campaign."
F percent five points
F duration three months
> In Regensburg, where the Greens hope to take a directly elected seat from the CSU for the first time, their candidate Lena Hofbauer, 34, was handing out leaflets on the Steinerne Brücke, the medieval stone bridge over the Danube.
L city Regensburg
O party Greens
O party CSU
P full Lena Hofbauer
F age 34
L facility Steinerne Brücke
L geo Danube
> "People here are not angry, they are tired," she told DW. "There is a mood for change, and you can feel it at the market stalls and at the bus stops. Voters want someone who talks about rents and trains, not about runways."
Q direct Lena Hofbauer :: "People here are not angry, they are tired,"
O media DW
Q direct Lena Hofbauer :: "There is a mood for change, and you can feel it at the market stalls and at the bus stops. Voters want someone who talks about rents and trains, not about runways."
> Not everyone agrees. Josef Wimmer, 71, a retired bus driver who has voted CSU all his life, said he was undecided for the first time. "I don't like what's happening in Berlin, and I don't like the 'experiments' the others want," he said outside the cathedral. "Maybe I stay home. Maybe not."
P full Josef Wimmer
F age 71
O party CSU
Q direct Josef Wimmer :: "I don't like what's happening in Berlin, and I don't like the 'experiments' the others want,"
L city Berlin
Q direct Josef Wimmer :: "Maybe I stay home. Maybe not."
> A senior CSU official, speaking on condition of anonymity, said the party leadership would hold a crisis meeting at its Munich headquarters on Monday. "Nobody is panicking yet," the official said.
O party CSU
L city Munich
Q direct - :: "Nobody is panicking yet,"
> Edited by: Karin Vogelsang
P full Karin Vogelsang
'''

ARTICLES['1481-yeronga-fairfield-flood-levee-approved-brisbane-river-council-courier-mail'] = r'''
> QLD News
L region QLD
> ‘We’ve waited 30 years’: Yeronga flood levee finally gets green light
Q direct Dianne Kovac :: ‘We’ve waited 30 years’
F duration 30 years
L city Yeronga
> Brisbane City Council has approved an $86.5m levee to protect 1400 homes in Yeronga and Fairfield, three decades after the 2011 flood swamped the riverside suburbs.
O government Brisbane City Council
F money $86.5m
F number 1400
L city Yeronga
L city Fairfield
F duration three decades
F date 2011
> Lachlan Petrie
P full Lachlan Petrie
> May 15, 2041 - 5:00AM
F date May 15, 2041
F time 5:00AM
> Yeronga resident Dianne Kovac outside her home near Yeronga Memorial Park, which flooded in 2011 and 2022. Picture: Ruby Castellanos
L city Yeronga
P full Dianne Kovac
L facility Yeronga Memorial Park
F date 2011
F date 2022
P full Ruby Castellanos
> DIANNE Kovac has mopped mud out of her Yeronga home twice in her life. She says she will not do it a third time.
P full DIANNE Kovac
L city Yeronga
> On Thursday, Brisbane City Council voted 19-6 to build a 2.3km earth-and-concrete levee along the Brisbane River between Yeronga Memorial Park and the Fairfield Rd rail underpass, ending a fight residents say began the week the water went down in January 2011.
O government Brisbane City Council
F number 19-6
F quantity 2.3km
L geo Brisbane River
L facility Yeronga Memorial Park
L street Fairfield Rd
F date January 2011
> The $86.5m project, to be funded jointly with the state, will protect about 1400 homes and 60 businesses from a flood of 4.6m at the city gauge, slightly higher than the 4.46m peak of 2011. Locals have long called it simply “the wall”.
F money $86.5m
F number 1400
F number 60
F quantity 4.6m
F quantity 4.46m
F date 2011
Q scare - :: “the wall”
> Lord Mayor Sophie Trenerry said the levee would be the council’s biggest flood-defence project since the floods of 2011 and 2022. “We’re not going to pretend a wall fixes everything, but for Yeronga it’s the difference between a clean-up of weeks and a clean-up of days,” she said.
P full Sophie Trenerry
F date 2011
F date 2022
Q direct Sophie Trenerry :: “We’re not going to pretend a wall fixes everything, but for Yeronga it’s the difference between a clean-up of weeks and a clean-up of days,”
L city Yeronga
> “This suburb has flooded twice in 11 years and people have waited 30 years for someone to say yes,” Cr Trenerry said. “Some of them have sold up and left. Some have raised their houses at their own cost, $200,000 or more.
Q direct Sophie Trenerry :: “This suburb has flooded twice in 11 years and people have waited 30 years for someone to say yes,”
F duration 11 years
F duration 30 years
P partial Trenerry
Q direct Sophie Trenerry :: “Some of them have sold up and left. Some have raised their houses at their own cost, $200,000 or more.
F money $200,000
> “Those who stayed deserve better than another sandbag.”
Q direct Sophie Trenerry :: “Those who stayed deserve better than another sandbag.”
> Construction is due to start in March 2042 and take 26 months. The levee will stand 1.8m above the riverbank at its highest point, with three floodgates and two pumping stations able to move 4000 litres a second.
F date March 2042
F duration 26 months
F quantity 1.8m
F number three
F number two
F quantity 4000 litres
> A spokeswoman for Local Government Minister Grant Ellery confirmed the state would pay $43.25m, half the cost, through the Queensland Reconstruction Authority (QRA). “The minister has been clear that the money depends on council finishing its flood modelling by the end of the year,” she said.
P full Grant Ellery
F money $43.25m
F fraction half
O government Queensland Reconstruction Authority
O government QRA
Q direct - :: “The minister has been clear that the money depends on council finishing its flood modelling by the end of the year,”
> Not every resident is convinced. Tennyson retiree Bob Marchant, 74, whose street sits just outside the levee line, fears the wall will push water onto his side of the river bend.
L city Tennyson
P full Bob Marchant
F age 74
> “They’re building a ‘bathtub’ for Yeronga and leaving us to float,” Mr Marchant said. He wants the council to buy back the 46 homes in his pocket of the suburb, as it did after 2022.
Q direct Bob Marchant :: “They’re building a ‘bathtub’ for Yeronga and leaving us to float,”
L city Yeronga
P partial Marchant
F number 46
F date 2022
> Council engineers said their modelling showed the levee would raise flood levels on the Tennyson bank by less than 5cm in a major flood.
L city Tennyson
F quantity 5cm
> For Ms Kovac, 58, who lost her kitchen, her car and two-thirds of her photo albums in 2022, the vote is bittersweet. “We’ve waited 30 years for this,” she said. “I just hope I’m still here to see it finished.”
P partial Kovac
F age 58
F fraction two-thirds
F date 2022
Q direct Dianne Kovac :: “We’ve waited 30 years for this,”
F duration 30 years
Q direct Dianne Kovac :: “I just hope I’m still here to see it finished.”
'''

ARTICLES['1482-red-sea-coral-bleaching-recovery-hurghada-farasan-study-nature'] = r'''
> NEWS
> Red Sea corals bounce back from bleaching faster than expected
L geo Red Sea
> A survey of 68 reefs finds that most recovered within three years of a 2037 heatwave — but scientists warn that the respite may be short-lived.
F number 68
F duration three years
F date 2037
> By Helen Okafor-Strand
P full Helen Okafor-Strand
> 4 March 2041
F date 4 March 2041
> Divers survey a reef off Hurghada, Egypt, where bleached corals have regained their colour. Credit: Yusuf Demirci/Alamy
L city Hurghada
L country Egypt
P full Yusuf Demirci
O company Alamy
> Corals in the northern Red Sea recovered from a severe bleaching event far faster than researchers had predicted, according to a study published today in Nature that tracked 68 reef sites along more than 1,900 kilometres of coastline.
L geo Red Sea
O media Nature
F number 68
F quantity 1,900 kilometres
> The team, led by marine ecologist Dalia Fawzy of the Reef Resilience Laboratory at the University of the Red Sea in Hurghada, found that 71% of coral colonies that bleached during a marine heatwave in August 2037 had regained their symbiotic algae by 2040, and that only 9% had died.
P full Dalia Fawzy
O education Reef Resilience Laboratory
O education University of the Red Sea
L city Hurghada
F percent 71%
F date August 2037
F date 2040
F percent 9%
> ‘We expected to be writing an obituary for these reefs,’ Fawzy says. ‘Instead, in some places we found corals that looked as if nothing had happened.’
Q direct Dalia Fawzy :: ‘We expected to be writing an obituary for these reefs,’
P partial Fawzy
Q direct Dalia Fawzy :: ‘Instead, in some places we found corals that looked as if nothing had happened.’
> Water temperatures at the study sites peaked at 32.4 °C, about 1.5 °C above the long-term summer maximum, and stayed there for six weeks. On the Great Barrier Reef, heat stress of that size has killed half or more of the coral on affected reefs.
F quantity 32.4 °C
F quantity 1.5 °C
F duration six weeks
L geo Great Barrier Reef
F fraction half
> The researchers think that the northern Red Sea’s corals are unusually tolerant because their ancestors colonized the basin from the south after the last ice age, passing through the Bab el-Mandeb strait, where the water is several degrees warmer. Co-author Tariq Al-Harbi, a coral geneticist at King Abdullah University of Science and Technology (KAUST) in Thuwal, Saudi Arabia, calls the region ‘a refuge that the rest of the world’s reefs don’t have’.
L geo Red Sea
L geo Bab el-Mandeb
P full Tariq Al-Harbi
O education King Abdullah University of Science and Technology
O education KAUST
L city Thuwal
L country Saudi Arabia
Q direct Tariq Al-Harbi :: ‘a refuge that the rest of the world’s reefs don’t have’
> But the recovery was uneven. In the Gulf of Aqaba, near Eilat and Aqaba, 88% of bleached colonies recovered; farther south, off the Farasan Islands, the figure was only 41%, and a third of the sites there lost more than half of their live coral cover.
L geo Gulf of Aqaba
L city Eilat
L city Aqaba
F percent 88%
L geo Farasan Islands
F percent 41%
F fraction a third
F fraction half
> ‘The southern sites are the canary in the coal mine,’ says Al-Harbi. ‘If the warming continues at 0.3 °C per decade, even these “super corals” will hit their limit by the 2060s.’
Q direct Tariq Al-Harbi :: ‘The southern sites are the canary in the coal mine,’
P partial Al-Harbi
Q direct Tariq Al-Harbi :: ‘If the warming continues at 0.3 °C per decade, even these “super corals” will hit their limit by the 2060s.’
F quantity 0.3 °C
F date 2060s
> Outside researchers welcomed the data but cautioned against reading too much into them. Jonah Whitcombe-Reyes, a reef ecologist at James Cook University in Townsville, Australia, who was not involved in the work, says that three years is a short window. ‘Recovery of colour is not recovery of the reef,’ he says. ‘Some of these colonies may have lost the ability to grow or reproduce for a decade.’
P full Jonah Whitcombe-Reyes
O education James Cook University
L city Townsville
L country Australia
F duration three years
Q direct Jonah Whitcombe-Reyes :: ‘Recovery of colour is not recovery of the reef,’
Q direct Jonah Whitcombe-Reyes :: ‘Some of these colonies may have lost the ability to grow or reproduce for a decade.’
> He also notes that the study relied on satellite temperature data from the National Oceanic and Atmospheric Administration (NOAA), which are coarse near the coast. The authors acknowledge this in the paper, which they describe as a ‘baseline, not a verdict’.
O government National Oceanic and Atmospheric Administration
O government NOAA
Q direct - :: ‘baseline, not a verdict’
> The team surveyed each site twice a year between 2037 and 2040, using 1,240 photo quadrats of 1 square metre each. Fawzy, 46, says the group plans to return to all 68 sites in August, when forecasters expect sea temperatures to top 31 °C again.
F date 2037
F date 2040
F number 1,240
F quantity 1 square metre
P partial Fawzy
F age 46
F number 68
F quantity 31 °C
> ‘Our corals bought us time,’ she says. ‘What we do with it is up to everyone else.’
Q direct Dalia Fawzy :: ‘Our corals bought us time,’
Q direct Dalia Fawzy :: ‘What we do with it is up to everyone else.’
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
