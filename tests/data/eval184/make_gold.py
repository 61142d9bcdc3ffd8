#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval184 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval184/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1147-cross-lake-wildfire-evacuation-pimicikamak-airlift-brandon-cbc-manitoba'] = r'''
> Manitoba
L region Manitoba
> Wildfire forces evacuation of Cross Lake as flames come within 8 km of homes
L city Cross Lake
F quantity 8 km
> About 3,100 Pimicikamak members flown to Winnipeg, Thompson and Brandon since Sunday
F number 3,100
O government Pimicikamak
L city Winnipeg
L city Thompson
L city Brandon
> Nadine Mosquito-Ballantyne · CBC News · Posted: Jul 17, 2040 5:00 AM CDT | Last Updated: July 17, 2040
P full Nadine Mosquito-Ballantyne
O media CBC News
F date Jul 17, 2040
F time 5:00 AM CDT
F date July 17, 2040
> Smoke from a fire burning southeast of Cross Lake hangs over the community's airstrip on Monday. (Tyler Flett/CBC)
L city Cross Lake
P full Tyler Flett
O media CBC
> A wildfire that has grown to more than 41,000 hectares in northern Manitoba has forced the evacuation of Cross Lake, where about 3,100 members of Pimicikamak Cree Nation were flown out between Sunday morning and late Monday night.
F quantity 41,000 hectares
L region Manitoba
L city Cross Lake
F number 3,100
O government Pimicikamak Cree Nation
> The fire was roughly eight kilometres southeast of the community on Tuesday morning, the Manitoba Wildfire Service said in its 9 a.m. update. Winds gusting to 50 km/h were expected to push it closer by evening.
F quantity eight kilometres
O government Manitoba Wildfire Service
F time 9 a.m.
F quantity 50 km/h
> "We've never had it this close. On Saturday night you could see the glow from the school," Chief Lorraine Halcrow said in an interview from Winnipeg on Monday.
Q direct Lorraine Halcrow :: "We've never had it this close. On Saturday night you could see the glow from the school,"
P full Lorraine Halcrow
L city Winnipeg
> "Our Elders went first, then families with small children. Some people slept at the airstrip so they wouldn't miss their flight.
Q direct Lorraine Halcrow :: "Our Elders went first, then families with small children. Some people slept at the airstrip so they wouldn't miss their flight.
> "I want to thank every pilot who came in. But Ottawa has to explain why it takes a fire at our doorstep before anyone listens about firebreaks."
Q direct Lorraine Halcrow :: "I want to thank every pilot who came in. But Ottawa has to explain why it takes a fire at our doorstep before anyone listens about firebreaks."
L city Ottawa
> The airlift used 14 aircraft, including two CC-130J Hercules from the Canadian Armed Forces, which flew 23 round trips to Winnipeg's James Armstrong Richardson International Airport. Each Hercules can carry up to 90 passengers, compared with about 30 on the charter planes.
F number 14
F number two
O government Canadian Armed Forces
F number 23
L city Winnipeg
L facility James Armstrong Richardson International Airport
F number 90
F number 30
> The Canadian Red Cross said it had registered 3,112 evacuees by 10 p.m. Monday: 1,850 in Winnipeg hotels, 640 in Thompson and the rest in Brandon and Portage la Prairie.
O nonprofit Canadian Red Cross
F number 3,112
F time 10 p.m.
F number 1,850
L city Winnipeg
F number 640
L city Thompson
L city Brandon
L city Portage la Prairie
> "Our teams are working around the clock to make sure families stay together," said Red Cross spokesperson Amanda Kostyniuk. She said the agency had booked 1,100 hotel rooms for at least 14 days.
Q direct Amanda Kostyniuk :: "Our teams are working around the clock to make sure families stay together,"
O nonprofit Red Cross
P full Amanda Kostyniuk
F number 1,100
F duration 14 days
> Flora Monias, 78, was on one of the first flights to Thompson on Sunday with three of her grandchildren.
P full Flora Monias
F age 78
L city Thompson
F number three
> "My grandson kept asking me, 'Kokum, is our house going to burn?' I told him I don't know. I've lived here my whole life," she said.
Q direct Flora Monias :: "My grandson kept asking me, 'Kokum, is our house going to burn?' I told him I don't know. I've lived here my whole life,"
> The province has classified the fire as "out of control." It was started by lightning on July 9 and more than doubled in size over the weekend, when temperatures reached 33 C.
Q scare - :: "out of control."
F date July 9
F quantity 33 C
> A provincial official who was not authorized to speak publicly told CBC News that crews pulled back from the fire's eastern flank on Sunday because of "extreme fire behaviour" and that water bombers could not fly for six hours because of smoke.
O media CBC News
Q direct - :: "extreme fire behaviour"
F duration six hours
> Indigenous Services Canada (ISC) said in a statement that it would cover "all eligible evacuation costs." An ISC spokesperson said 26 First Nations in Manitoba had been evacuated at least once since 2035.
O government Indigenous Services Canada
O government ISC
Q direct Indigenous Services Canada :: "all eligible evacuation costs."
O government ISC
F number 26
L region Manitoba
F date 2035
> Cross Lake sits on the Nelson River, about 520 kilometres north of Winnipeg. As of Tuesday, 118 wildfires were burning across Manitoba, compared with a five-year average of 64 for mid-July.
L city Cross Lake
L geo Nelson River
F quantity 520 kilometres
L city Winnipeg
F number 118
L region Manitoba
F duration five-year
F number 64
> Halcrow said she hoped residents could go home within two weeks, "if the rain comes."
P partial Halcrow
F duration two weeks
Q direct Lorraine Halcrow :: "if the rain comes."
'''

ARTICLES['1148-nanmoku-depopulation-plan-free-homes-young-families-gunma-mainichi'] = r'''
> Nanmoku, Japan's 'oldest' town, bets 4.2 billion yen on free homes for young families
L city Nanmoku
L country Japan
Q scare - :: 'oldest'
F money 4.2 billion yen
> March 3, 2040 (Mainichi Japan)
F date March 3, 2040
O media Mainichi Japan
> Nanmoku Mayor Hiroko Sekiguchi explains the town's population plan at a news conference in Nanmoku, Gunma Prefecture, on March 2, 2040. (Mainichi/Kenta Oshima)
L city Nanmoku
P full Hiroko Sekiguchi
L city Nanmoku
L region Gunma Prefecture
F date March 2, 2040
O media Mainichi
P full Kenta Oshima
> NANMOKU, Gunma -- This mountain town of 1,284 people, where 71.6 percent of residents are aged 65 or older, has unveiled a five-year plan worth 4.2 billion yen to bring in young families, offering renovated houses rent-free for 10 years and 1 million yen for every child born in the town.
L city NANMOKU
L region Gunma
F number 1,284
F percent 71.6 percent
F age 65
F duration five-year
F money 4.2 billion yen
F duration 10 years
F money 1 million yen
> The plan, approved by the town assembly on March 2, aims to keep the population above 1,000 through fiscal 2045. Without it, the National Institute of Population and Social Security Research (IPSS) projects that Nanmoku will shrink to about 560 residents by 2050.
F date March 2
F number 1,000
F date 2045
O government National Institute of Population and Social Security Research
O government IPSS
L city Nanmoku
F number 560
F date 2050
> “We are not trying to turn back the clock. We are trying to make sure there is still a town here when today’s children grow up,” Mayor Sekiguchi, 58, told reporters. “People keep calling us a ‘vanishing municipality.’ I want to prove them wrong.”
Q direct Hiroko Sekiguchi :: “We are not trying to turn back the clock. We are trying to make sure there is still a town here when today’s children grow up,”
P partial Sekiguchi
F age 58
Q direct Hiroko Sekiguchi :: “People keep calling us a ‘vanishing municipality.’ I want to prove them wrong.”
> Sekiguchi said the town had bought 46 empty houses since April 2038 at an average of 3.2 million yen each and would spend another 1.1 billion yen renovating them. Families with at least one child under 15 can live in them free of charge, and will be given the house outright if they stay for the full decade.
P partial Sekiguchi
F number 46
F date April 2038
F money 3.2 million yen
F money 1.1 billion yen
F number one
F age 15
> The town will also run a shared minivan service to Shimonita and Tomioka six days a week, and will pay 30,000 yen a month toward the commuting costs of residents who work in Takasaki, about 50 kilometers to the east.
L city Shimonita
L city Tomioka
F duration six days
F money 30,000 yen
L city Takasaki
F quantity 50 kilometers
> Nanmoku, in the southwest of Gunma Prefecture near the border with Nagano Prefecture, had more than 11,000 residents in the 1950s, when its forests supplied timber and konjac to the Kanto region. Only seven babies were born in the town in 2039.
L city Nanmoku
L region Gunma Prefecture
L region Nagano Prefecture
F number 11,000
F date 1950s
L region Kanto
F number seven
F date 2039
> Among the first newcomers are Daisuke and Mai Kobayashi, who moved from Saitama Prefecture in January with their two daughters, aged 4 and 7. Daisuke, 36, works remotely for a software company in Tokyo.
P partial Daisuke
P full Mai Kobayashi
L region Saitama Prefecture
F number two
F age 4
F age 7
P partial Daisuke
F age 36
L city Tokyo
> “In Saitama we paid 120,000 yen a month for a small apartment. Here the girls have a river and a mountain behind the house,” he said. “The winters are hard, though.”
Q direct Daisuke :: “In Saitama we paid 120,000 yen a month for a small apartment. Here the girls have a river and a mountain behind the house,”
L region Saitama
F money 120,000 yen
Q direct Daisuke :: “The winters are hard, though.”
> Not everyone is convinced. Toshio Kuroiwa, 84, who grows konjac on a terraced plot above the Nanmoku River, said young families had come before under smaller programs and left “after two or three winters.”
P full Toshio Kuroiwa
F age 84
L geo Nanmoku River
Q direct Toshio Kuroiwa :: “after two or three winters.”
F number two
F number three
> “Houses are not enough. They need jobs and a doctor,” he said. The town’s only clinic is open three days a week.
Q direct Toshio Kuroiwa :: “Houses are not enough. They need jobs and a doctor,”
F duration three days
> The Gunma Prefectural Government said it would cover 40 percent of the renovation costs. A prefectural official, who asked not to be named, said at least nine other towns and villages in the prefecture were preparing similar plans, “but Nanmoku is the test case everyone is watching.”
O government Gunma Prefectural Government
F percent 40 percent
F number nine
Q direct - :: “but Nanmoku is the test case everyone is watching.”
L city Nanmoku
> According to the Ministry of Internal Affairs and Communications, Japan’s population fell by 0.8 percent in 2039, the 31st straight annual decline.
O government Ministry of Internal Affairs and Communications
L country Japan
F percent 0.8 percent
F date 2039
> (Japanese original by Kenta Oshima, Maebashi Bureau)
P full Kenta Oshima
O media Maebashi Bureau
'''

ARTICLES['1149-storm-rally-past-aces-okonkwo-reyes-career-high-climate-pledge-arena-wnba-swish-appeal'] = r'''
> Seattle Storm
O team Seattle Storm
> Storm Rally Past Aces 88-84 Behind Okonkwo-Reyes' Career Night at Climate Pledge Arena
O team Storm
O team Aces
F score 88-84
P partial Okonkwo-Reyes
L facility Climate Pledge Arena
> Nia Okonkwo-Reyes scored 31 points and grabbed 12 rebounds as Seattle erased a 14-point deficit in the final 12 minutes
P full Nia Okonkwo-Reyes
F number 31
F number 12
O team Seattle
F number 14
F duration 12 minutes
> By Marisol Tenorio | Aug 12, 2039, 11:48pm PDT
P full Marisol Tenorio
F date Aug 12, 2039
F time 11:48pm PDT
> Seattle Storm forward Nia Okonkwo-Reyes (21) drives against the Las Vegas Aces during the second half at Climate Pledge Arena on Friday. Photo by Devin McAllister-Kahale/NBAE via Getty Images
O team Seattle Storm
P full Nia Okonkwo-Reyes
O team Las Vegas Aces
L facility Climate Pledge Arena
P full Devin McAllister-Kahale
O media NBAE
O media Getty Images
> SEATTLE — Nia Okonkwo-Reyes had never scored more than 24 points in a WNBA game. On Friday night she scored 13 in the fourth quarter alone.
L city SEATTLE
P full Nia Okonkwo-Reyes
F number 24
O other WNBA
F number 13
> The third-year forward finished with a career-high 31 points and 12 rebounds, and the Seattle Storm came back from 14 points down late in the third quarter to beat the Las Vegas Aces 88-84 before a sellout crowd of 18,300 at Climate Pledge Arena.
F number 31
F number 12
O team Seattle Storm
F number 14
O team Las Vegas Aces
F score 88-84
F number 18,300
L facility Climate Pledge Arena
> "I just kept telling myself, 'Next play, next play,'" Okonkwo-Reyes said. "At halftime Coach told us they were going to get tired. He was right."
Q direct Nia Okonkwo-Reyes :: "I just kept telling myself, 'Next play, next play,'"
P partial Okonkwo-Reyes
Q direct Nia Okonkwo-Reyes :: "At halftime Coach told us they were going to get tired. He was right."
> Seattle (19-8) won its sixth straight game and moved within one game of first place in the Western Conference. Las Vegas (17-10) has lost three of its last four.
O team Seattle
F score 19-8
F number one
O other Western Conference
O team Las Vegas
F score 17-10
F number three
F number four
> The Aces led 67-53 with 1:48 left in the third after Kiara Dossou hit back-to-back 3-pointers. Okonkwo-Reyes answered with a three-point play, and Seattle opened the fourth on a 15-2 run to tie it at 70.
O team Aces
F score 67-53
F time 1:48
P full Kiara Dossou
F number 3
P partial Okonkwo-Reyes
F number three
O team Seattle
F score 15-2
F number 70
> "They made every hustle play," Aces coach Renata Castellanos said. "We got comfortable with a lead and we stopped moving the ball. That's on me."
Q direct Renata Castellanos :: "They made every hustle play,"
O team Aces
P full Renata Castellanos
Q direct Renata Castellanos :: "We got comfortable with a lead and we stopped moving the ball. That's on me."
> Dossou led Las Vegas with 26 points, going 6 of 11 from 3-point range. Center Ingrid Fofana added 18 points and nine rebounds but fouled out with 2:37 remaining.
P partial Dossou
O team Las Vegas
F number 26
F number 6
F number 11
F number 3
P full Ingrid Fofana
F number 18
F number nine
F time 2:37
> Guard Tamsin O'Shea had 17 points and eight assists for the Storm, including two free throws with 11.6 seconds left that put Seattle up 86-82. Rookie Paloma de la Vega added 12 off the bench.
P full Tamsin O'Shea
F number 17
F number eight
O team Storm
F number two
F duration 11.6 seconds
O team Seattle
F score 86-82
P full Paloma de la Vega
F number 12
> Storm coach Marcus Lindahl said the win mattered more for how it came than for the standings. "Two months ago we lose that game by 15," he said. "This group doesn't panic anymore."
O team Storm
P full Marcus Lindahl
Q direct Marcus Lindahl :: "Two months ago we lose that game by 15,"
F duration Two months
F number 15
Q direct Marcus Lindahl :: "This group doesn't panic anymore."
> Seattle outrebounded Las Vegas 44-35 and scored 20 second-chance points. The Storm shot 47.8% from the field; the Aces 44.1%.
O team Seattle
O team Las Vegas
F score 44-35
F number 20
O team Storm
F percent 47.8%
O team Aces
F percent 44.1%
> Okonkwo-Reyes, 23, who grew up in Tacoma, 30 miles south of the arena, said about 40 family members and friends were in the stands. "My grandma told me she'd only come if I scored 30," she said with a laugh. "So I owed her one."
P partial Okonkwo-Reyes
F age 23
L city Tacoma
F quantity 30 miles
F number 40
Q direct Nia Okonkwo-Reyes :: "My grandma told me she'd only come if I scored 30,"
F number 30
Q direct Nia Okonkwo-Reyes :: "So I owed her one."
> Seattle has won 11 of its 14 home games. Okonkwo-Reyes, the No. 7 pick in the 2037 draft out of Stanford, is averaging 16.3 points this season, up from 9.8 as a rookie.
O team Seattle
F number 11
F number 14
P partial Okonkwo-Reyes
F date 2037
O education Stanford
F number 16.3
F number 9.8
> The Storm visit the Phoenix Mercury on Sunday at 6 p.m. The Aces host the Minnesota Lynx on Tuesday.
O team Storm
O team Phoenix Mercury
F time 6 p.m.
O team Aces
O team Minnesota Lynx
'''

ARTICLES['1150-rand-slides-past-r21-eskom-stage-6-majuba-duvha-economists-businessday'] = r'''
> MARKETS / CURRENCIES
> Rand slumps past R21/$ as Eskom escalates to stage 6
F money R21/$
O company Eskom
> Local unit has lost 4.8% since Friday as power cuts deepen and traders price in weaker growth
F percent 4.8%
> THANDEKA MOLEFE-PIETERSEN Markets Writer
P full THANDEKA MOLEFE-PIETERSEN
> 27 June 2040 - 18:12
F date 27 June 2040
F time 18:12
> Currency traders at a dealing room in Sandton on Wednesday. Picture: NKOSINATHI VAN WYK
L city Sandton
P full NKOSINATHI VAN WYK
> The rand slid past R21/$ for the first time on Wednesday, extending its worst run in more than two years, after Eskom said it would move to stage 6 load-shedding from 4pm following the loss of three more generating units at its Majuba and Duvha power stations.
F money R21/$
F duration two years
O company Eskom
F time 4pm
F number three
L facility Majuba
L facility Duvha
> The local currency weakened as much as 2.1% to R21.34/$ in afternoon trade before recovering slightly to R21.18/$ at 5pm. It has lost 4.8% since Friday, when it closed at R20.21/$.
F percent 2.1%
F money R21.34/$
F money R21.18/$
F time 5pm
F percent 4.8%
F money R20.21/$
> Eskom said in a statement that “breakdowns at multiple units” had taken 17,400MW of capacity offline, and that stage 6 would “remain in force until at least Sunday”. The utility last implemented stage 6 in August 2037.
O company Eskom
Q direct Eskom :: “breakdowns at multiple units”
F quantity 17,400MW
Q direct Eskom :: “remain in force until at least Sunday”
F date August 2037
> The outages wiped out what Eskom had called a “winter buffer” of 2,000MW, and revived what traders have long dubbed the “Eskom discount” on South African assets.
O company Eskom
Q direct Eskom :: “winter buffer”
F quantity 2,000MW
Q scare - :: “Eskom discount”
O company Eskom
> Nedbank economist Lerato Vilakazi-Dube said the market was reacting less to the outages themselves than to what they said about the grid. “We thought the ‘structural fix’ was behind us. Stage 6 in the middle of winter tells investors it is not,” she said.
O company Nedbank
P full Lerato Vilakazi-Dube
Q direct Lerato Vilakazi-Dube :: “We thought the ‘structural fix’ was behind us. Stage 6 in the middle of winter tells investors it is not,”
> Vilakazi-Dube estimated that each stage of load-shedding costs the economy about R1.1bn a day, and cut her 2040 growth forecast to 0.6% from 1.1%.
P partial Vilakazi-Dube
F money R1.1bn
F date 2040
F percent 0.6%
F percent 1.1%
> The JSE all share index fell 1.9% to 98,412.36 points, with banks and retailers hardest hit. The yield on the benchmark 10-year government bond rose 28 basis points to 11.42%.
O company JSE
F percent 1.9%
F number 98,412.36
F duration 10-year
F percent 28 basis points
F percent 11.42%
> Foreign investors sold a net R6.3bn of South African bonds and equities on Tuesday and Wednesday, according to JSE data.
F money R6.3bn
O company JSE
> “The rand is carrying two shocks at once: the grid and a stronger dollar. If the Fed holds and Eskom cannot get back to stage 2 within a week, R22 is not out of the question,” said Riaan van Staden, chief economist at Stellenbosch-based Khanya Asset Managers.
Q direct Riaan van Staden :: “The rand is carrying two shocks at once: the grid and a stronger dollar. If the Fed holds and Eskom cannot get back to stage 2 within a week, R22 is not out of the question,”
F number two
O government Fed
O company Eskom
F money R22
P full Riaan van Staden
L city Stellenbosch
O company Khanya Asset Managers
> Van Staden said a sustained move beyond R22/$ would add about 0.4 percentage points to inflation within six months, making it harder for the South African Reserve Bank (Sarb) to cut rates at its July meeting. The Sarb held the repo rate at 7.25% in May.
P partial Van Staden
F money R22/$
F percent 0.4 percentage points
F duration six months
O government South African Reserve Bank
O government Sarb
O government Sarb
F percent 7.25%
> Small businesses are feeling it first. Naledi Khumalo, who runs a bakery in Soweto with 14 employees, said she spent R38,000 on diesel for her generator in May alone.
P full Naledi Khumalo
L city Soweto
F number 14
F money R38,000
> “At stage 6 the generator runs nine hours a day. I cannot put that into the price of bread,” she said.
Q direct Naledi Khumalo :: “At stage 6 the generator runs nine hours a day. I cannot put that into the price of bread,”
F duration nine hours
> Eskom said it expected to return two of the Majuba units to service by Friday, and that it was running its diesel-fired peaking plants at Ankerlig and Gourikwa “at maximum sustainable output”.
O company Eskom
F number two
L facility Majuba
L facility Ankerlig
L facility Gourikwa
Q direct Eskom :: “at maximum sustainable output”
'''

ARTICLES['1151-coastal-commission-approves-oxnard-desalination-plant-ormond-beach-acre-feet-los-angeles-times'] = r'''
> California
L region California
> Coastal Commission approves $1.4-billion desalination plant at Ormond Beach
O government Coastal Commission
F money $1.4-billion
L geo Ormond Beach
> The Oxnard plant would turn 30 million gallons of seawater a day into drinking water for Ventura County, where groundwater has fallen to record lows
L city Oxnard
F quantity 30 million gallons
L region Ventura County
> By Elena Marquez-Tran
P full Elena Marquez-Tran
> Staff Writer
> May 11, 2040 5 AM PT
F date May 11, 2040
F time 5 AM PT
> Protesters hold signs outside the California Coastal Commission meeting in Oxnard on Thursday. (Julio César Ibarra / Los Angeles Times)
O government California Coastal Commission
L city Oxnard
P full Julio César Ibarra
O media Los Angeles Times
> After a 14-hour hearing that stretched past midnight, the California Coastal Commission voted 8-4 early Friday to approve a $1.4-billion seawater desalination plant on the Oxnard coast, the first large plant it has approved since a smaller one in Dana Point in 2022.
F duration 14-hour
O government California Coastal Commission
F number 8-4
F money $1.4-billion
L city Oxnard
L city Dana Point
F date 2022
> The plant, proposed by Channel Coast Water Partners, would draw seawater through pipes buried beneath the sand at Ormond Beach and produce up to 28,000 acre-feet of drinking water a year — enough, the company says, for about 84,000 households.
O company Channel Coast Water Partners
L geo Ormond Beach
F quantity 28,000 acre-feet
F number 84,000
> “This is the most drought-proof water Ventura County will ever have,” said Gabriel Ontiveros, the company’s chief executive. “The aquifers are not coming back on their own.”
Q direct Gabriel Ontiveros :: “This is the most drought-proof water Ventura County will ever have,”
L region Ventura County
P full Gabriel Ontiveros
Q direct Gabriel Ontiveros :: “The aquifers are not coming back on their own.”
> Opponents, led by residents of south Oxnard and the Ormond Wetlands Alliance, argued that the plant’s brine and heavy electricity use would fall hardest on a largely Latino, working-class neighborhood already ringed by power plants and farm fields.
L city Oxnard
O nonprofit Ormond Wetlands Alliance
> “We were told for 40 years that this coast was a ‘sacrifice zone.’ Now they want to put one more industrial plant on it and call it climate resilience,” said Rosalía Mendoza-Chávez, 61, who has lived near the beach since 1998. “We said no to the power plant. We’ll say no again.”
Q direct Rosalía Mendoza-Chávez :: “We were told for 40 years that this coast was a ‘sacrifice zone.’ Now they want to put one more industrial plant on it and call it climate resilience,”
F duration 40 years
F number one
P full Rosalía Mendoza-Chávez
F age 61
F date 1998
Q direct Rosalía Mendoza-Chávez :: “We said no to the power plant. We’ll say no again.”
> The commission’s staff had recommended approval with 31 conditions, including a requirement that the company buy enough renewable power to cover 100% of the plant’s electricity and restore 55 acres of wetlands near the mouth of the Santa Clara River. The staff report called the brine plan “adequate but not ideal.”
F number 31
F percent 100%
F quantity 55 acres
L geo Santa Clara River
Q direct - :: “adequate but not ideal.”
> “Nobody on this commission loves desalination,” Chair Teresa Alvarado-Kim said before the vote. “But this region cannot keep betting on rain that isn’t coming.”
Q direct Teresa Alvarado-Kim :: “Nobody on this commission loves desalination,”
P full Teresa Alvarado-Kim
Q direct Teresa Alvarado-Kim :: “But this region cannot keep betting on rain that isn’t coming.”
> Water from the plant would cost an estimated $3,100 per acre-foot, about twice what local agencies pay for water imported from Northern California.
F money $3,100
L region Northern California
> Growers from Fillmore to Camarillo, who raise strawberries, lemons and celery on about 90,000 acres, have been ordered to cut groundwater pumping by 25% by 2045 under state rules. Several testified in favor of the plant.
L city Fillmore
L city Camarillo
F quantity 90,000 acres
F percent 25%
F date 2045
> Oxnard Mayor Adriana Solís said the city would hold the company to its promises. “We needed this water, but not at any price,” she said.
L city Oxnard
P full Adriana Solís
Q direct Adriana Solís :: “We needed this water, but not at any price,”
> The commission also required Channel Coast to fund a $12-million community benefits program for south Oxnard and Port Hueneme residents over 20 years.
O company Channel Coast
F money $12-million
L city Oxnard
L city Port Hueneme
F duration 20 years
> Construction could begin in 2041 and take three years. The plant still needs permits from the State Water Resources Control Board and the Los Angeles Regional Water Quality Control Board.
F date 2041
F duration three years
O government State Water Resources Control Board
O government Los Angeles Regional Water Quality Control Board
> California has 12 operating seawater desalination plants. The largest, in Carlsbad, produces about 50 million gallons a day.
L region California
F number 12
L city Carlsbad
F quantity 50 million gallons
'''

ARTICLES['1152-record-trolley-numbers-uhl-cork-galway-inmo-hse-flu-irish-independent'] = r'''
> Health
> Record 931 patients on trolleys as UHL crisis spreads to Cork and Galway
F number 931
O other UHL
L city Cork
L city Galway
> Nurses’ union warns of ‘unsafe’ wards as HSE says flu cases have doubled in a week
Q direct Irish Nurses and Midwives Organisation :: ‘unsafe’
O government HSE
> Eilís Ní Dhubhghaill
P full Eilís Ní Dhubhghaill
> Tue 8 Jan 2041 at 07:30
F date 8 Jan 2041
F time 07:30
> Patients on trolleys in the emergency department of University Hospital Limerick yesterday. Photo: Brian Mac Lochlainn/Collins
O other University Hospital Limerick
P full Brian Mac Lochlainn
O media Collins
> A record 931 patients were waiting on trolleys in Irish hospitals yesterday morning, 127 of them at University Hospital Limerick (UHL), according to the Irish Nurses and Midwives Organisation (INMO).
F number 931
F number 127
O other University Hospital Limerick
O other UHL
O nonprofit Irish Nurses and Midwives Organisation
O nonprofit INMO
> The union’s Trolley Watch count, taken at 8am, showed 84 patients on trolleys at Cork University Hospital and 71 at University Hospital Galway. Letterkenny University Hospital in Co Donegal had 58, the highest in its history.
F time 8am
F number 84
O other Cork University Hospital
F number 71
O other University Hospital Galway
O other Letterkenny University Hospital
L region Co Donegal
F number 58
> The previous record, 894, was set on January 3, 2039. Overall, the number of patients on trolleys in 2040 was 9pc higher than in 2039, the INMO said.
F number 894
F date January 3, 2039
F date 2040
F percent 9pc
F date 2039
O nonprofit INMO
> INMO general secretary Gráinne Mac Giolla Rua said nurses were “working in conditions that are simply unsafe”.
O nonprofit INMO
P full Gráinne Mac Giolla Rua
Q direct Gráinne Mac Giolla Rua :: “working in conditions that are simply unsafe”
> “We have patients aged over 90 spending two nights on a trolley in a corridor. We have nurses caring for 14 patients on a single shift in spaces that were never designed for care,” she said.
Q direct Gráinne Mac Giolla Rua :: “We have patients aged over 90 spending two nights on a trolley in a corridor. We have nurses caring for 14 patients on a single shift in spaces that were never designed for care,”
F age 90
F duration two nights
F number 14
> “The HSE cannot keep telling us this is a surge. It happens every January. It happened last January and the January before that.
Q direct Gráinne Mac Giolla Rua :: “The HSE cannot keep telling us this is a surge. It happens every January. It happened last January and the January before that.
O government HSE
> “What we need is beds and staff, not another winter plan.”
Q direct Gráinne Mac Giolla Rua :: “What we need is beds and staff, not another winter plan.”
> In a statement, the Health Service Executive (HSE) said flu cases had doubled in a week, with 1,240 people in hospital with influenza yesterday, up from 612 a week earlier. It said it had opened 48 “surge beds” and asked GPs and pharmacies to extend their hours.
O government Health Service Executive
O government HSE
F number 1,240
F number 612
F number 48
Q direct Health Service Executive :: “surge beds”
> “The HSE is asking the public to attend emergency departments only when it is an emergency,” the statement said.
Q direct Health Service Executive :: “The HSE is asking the public to attend emergency departments only when it is an emergency,”
O government HSE
> Seán Ó Briain, from Ennis in Co Clare, said his mother, 91, waited 41 hours on a trolley at UHL last week before she was given a bed.
P full Seán Ó Briain
L city Ennis
L region Co Clare
F age 91
F duration 41 hours
O other UHL
> “She was beside a door that opened every two minutes. Nobody did anything wrong – the nurses were run off their feet – but there was no bed,” he said.
Q direct Seán Ó Briain :: “She was beside a door that opened every two minutes. Nobody did anything wrong – the nurses were run off their feet – but there was no bed,”
F duration two minutes
> UHL is the only emergency department for about 400,000 people in Limerick, Clare and north Tipperary. HSE Mid West, which runs the hospital, said its department was built for 50,000 attendances a year but treated 83,600 people in 2040.
O other UHL
F number 400,000
L region Limerick
L region Clare
L region Tipperary
O government HSE Mid West
F number 50,000
F number 83,600
F date 2040
> According to the INMO, 1,702 patients waited on trolleys at UHL in the first week of January alone, while hospitals in Cork and Kerry had 389 between them. The HSE said its overtime bill for emergency departments rose to €186m in 2040.
O nonprofit INMO
F number 1,702
O other UHL
L region Cork
L region Kerry
F number 389
O government HSE
F money €186m
F date 2040
> A spokesman for the Department of Health said €2.3bn had been set aside for winter capacity in Budget 2041, including 1,100 new acute beds by the end of 2042, and that the minister would meet the INMO on Thursday.
O government Department of Health
F money €2.3bn
F date 2041
F number 1,100
F date 2042
O nonprofit INMO
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
