#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval186 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval186/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1159-harbourview-casino-licence-inquiry-nicc-orange-young-smh'] = r'''
> Gambling
> ‘A culture of looking away’: casino licence in doubt as inquiry hears of $94m in cash
Q direct Naomi Farrugia :: ‘A culture of looking away’
F money $94m
> Harbourview’s Sydney licence could be suspended for up to 90 days after the NSW Independent Casino Commission heard that cash flagged by staff was never reported.
O company Harbourview
L city Sydney
F duration 90 days
O government NSW Independent Casino Commission
> By Lachlan Whitcombe
P full Lachlan Whitcombe
> September 19, 2040 — 5.00am
F date September 19, 2040
F time 5.00am
> Commissioner Philippa de Vries at the opening of the inquiry in Sydney on Tuesday. Credit: Kate Abernethy
P full Philippa de Vries
L city Sydney
P full Kate Abernethy
> The operator of Sydney’s second casino failed to report almost $94 million in suspicious cash deposits over 18 months, an inquiry has heard, with one gaming manager allegedly telling staff that bundles of $50 notes were “not our problem”.
L city Sydney
F money $94 million
F duration 18 months
F number one
F money $50
Q direct - :: “not our problem”
> The NSW Independent Casino Commission (NICC) opened its public inquiry into Harbourview Entertainment Group on Tuesday, two years after the company won a licence for its $2.4 billion tower at Barangaroo.
O government NSW Independent Casino Commission
O government NICC
O company Harbourview Entertainment Group
F duration two years
F money $2.4 billion
L city Barangaroo
> Counsel assisting the inquiry, Naomi Farrugia, SC, told Commissioner de Vries that the casino’s anti-money laundering team had raised 312 internal alerts between March 2039 and August 2040, but only 41 were passed on to the financial intelligence agency AUSTRAC.
P full Naomi Farrugia
P partial de Vries
F number 312
F date March 2039
F date August 2040
F number 41
O government AUSTRAC
> “What emerges from the documents is a culture of looking away,” Ms Farrugia said. “Staff did their jobs. They flagged the cash, sometimes three or four times for the same customer.
Q direct Naomi Farrugia :: “What emerges from the documents is a culture of looking away,”
Q direct Naomi Farrugia :: “Staff did their jobs. They flagged the cash, sometimes three or four times for the same customer.
P partial Farrugia
F number three
F number four
> “And then the flags went into a drawer.”
Q direct Naomi Farrugia :: “And then the flags went into a drawer.”
> She said a property developer from Orange, in the state’s Central West, had deposited $3.7 million in cash over 11 visits, often in amounts of $20,000 to $50,000 carried in what one cashier described as “shoeboxes”.
L city Orange
L region Central West
F money $3.7 million
F number 11
F money $20,000
F money $50,000
F number one
Q direct - :: “shoeboxes”
> The commission can suspend the licence for up to 90 days, impose a fine of up to $100 million or cancel it outright. Harbourview’s shares fell 6.4 per cent to $3.12 on the ASX on Tuesday.
F duration 90 days
F money $100 million
O company Harbourview
F percent 6.4 per cent
F money $3.12
O company ASX
> In a statement, Harbourview said it had “co-operated fully” with the commission and had already replaced its head of financial crime. The company said it would “vigorously defend” its licence.
O company Harbourview
Q direct Harbourview Entertainment Group :: “co-operated fully”
Q direct Harbourview Entertainment Group :: “vigorously defend”
> Its chief executive, Marcus Tan-Hollis, 58, is due to give evidence next week. He did not attend Tuesday’s hearing.
P full Marcus Tan-Hollis
F age 58
> The inquiry will also examine the casino’s “premium coach” service, which carried about 1,800 players a month from towns including Young, Forbes and Goulburn to Barangaroo, with free meals and $200 in gaming credit.
Q scare - :: “premium coach”
F number 1,800
L city Young
L city Forbes
L city Goulburn
L city Barangaroo
F money $200
> Young mayor Bernadette Kilroy, whose town of 7,000 sits 380 kilometres south-west of Sydney, said the coaches left the main street at 6.30am every Friday.
L city Young
P full Bernadette Kilroy
F number 7,000
F quantity 380 kilometres
L city Sydney
F time 6.30am
> “People here were told it was a day out. Some of them came home with nothing,” she said. “We want to know who was paying for those seats, and why.”
Q direct Bernadette Kilroy :: “People here were told it was a day out. Some of them came home with nothing,”
Q direct Bernadette Kilroy :: “We want to know who was paying for those seats, and why.”
> Counsel for Harbourview, Anthony Di Marco, SC, told the commission the company had spent $61 million on compliance since 2038 and that the coach service had been “reviewed and paused” in July. Mr Di Marco said regional clubs in Orange ran their own buses.
O company Harbourview
P full Anthony Di Marco
F money $61 million
F date 2038
Q direct Anthony Di Marco :: “reviewed and paused”
P partial Di Marco
L city Orange
> A spokeswoman for the NSW government said it would “act on whatever the commission finds”. Hearings continue until October 2, with a final report due by December 18, 2040.
L region NSW
Q direct - :: “act on whatever the commission finds”
F date October 2
F date December 18, 2040
'''

ARTICLES['1160-tokai-no-2-nuclear-restart-ibaraki-mayors-hitachi-kyodo-news'] = r'''
> Japan's Tokai No. 2 nuclear plant restarts after 28 years offline
L country Japan
L facility Tokai No. 2
F duration 28 years
> KYODO NEWS - Nov 8, 2039 - 19:05 | Japan, All
O media KYODO NEWS
F date Nov 8, 2039
F time 19:05
L country Japan
> Photo taken Nov. 8, 2039, shows the Tokai No. 2 nuclear power plant in Tokai, Ibaraki Prefecture. (Kyodo)
F date Nov. 8, 2039
L facility Tokai No. 2
L city Tokai
L region Ibaraki Prefecture
O media Kyodo
> Japan Atomic Power Co. on Tuesday restarted the Tokai No. 2 nuclear power plant in Ibaraki Prefecture, ending a shutdown of more than 28 years at the 1,100-megawatt reactor, which has some 920,000 people living within a 30-kilometer radius.
O company Japan Atomic Power Co.
L facility Tokai No. 2
L region Ibaraki Prefecture
F duration 28 years
F quantity 1,100-megawatt
F number 920,000
F quantity 30-kilometer
> Control rods were withdrawn at 6 p.m. and the reactor is expected to reach criticality early Wednesday, the utility said. It plans to begin sending power to the grid on Nov. 14 and reach full output in early December.
F time 6 p.m.
F date Nov. 14
> It is the first reactor in the Kanto region to operate since the meltdowns at the Fukushima Daiichi plant in 2011, and the first boiling water reactor east of Niigata to restart.
L region Kanto
L facility Fukushima Daiichi
F date 2011
L region Niigata
> Japan Atomic Power, which is owned by major utilities, has spent about 350 billion yen ($2.3 billion) on safety work, including a 20-meter-high seawall stretching 1.7 kilometers along the coast. It will sell the plant's output to Tokyo Electric Power Company Holdings Inc. and Tohoku Electric Power Co.
O company Japan Atomic Power
F money 350 billion yen
F money $2.3 billion
F quantity 20-meter
F quantity 1.7 kilometers
O company Tokyo Electric Power Company Holdings Inc.
O company Tohoku Electric Power Co.
> The Nuclear Regulation Authority cleared the plant in 2018, but construction delays and a 2021 court ruling halted it. Under an agreement signed in 2012, the operator needed the consent of the prefecture and six municipalities, including the cities of Mito, Hitachi and Naka.
O government Nuclear Regulation Authority
F date 2018
F date 2021
F date 2012
F number six
L city Mito
L city Hitachi
L city Naka
> Tokai Mayor Kenta Oshiro said the village had received "a sufficient explanation" from the operator. "The plant has been part of this village for 60 years. We want it to run safely, and we will be watching," Oshiro said.
L city Tokai
P full Kenta Oshiro
Q direct Kenta Oshiro :: "a sufficient explanation"
Q direct Kenta Oshiro :: "The plant has been part of this village for 60 years. We want it to run safely, and we will be watching,"
F duration 60 years
P partial Oshiro
> Mito Mayor Sayuri Onodera, whose city of about 270,000 lies around 15 km from the plant, gave her consent in September but said evacuation plans were still "on paper only."
L city Mito
P full Sayuri Onodera
F number 270,000
F quantity 15 km
Q direct Sayuri Onodera :: "on paper only."
> "If a bus cannot reach a nursing home within 45 minutes during a snowstorm, then the plan is not finished," she told reporters. "We have asked the prefecture for 120 more buses and drivers.
Q direct Sayuri Onodera :: "If a bus cannot reach a nursing home within 45 minutes during a snowstorm, then the plan is not finished,"
F duration 45 minutes
Q direct Sayuri Onodera :: "We have asked the prefecture for 120 more buses and drivers.
F number 120
> "Until they arrive, I will keep saying so."
Q direct Sayuri Onodera :: "Until they arrive, I will keep saying so."
> An official of the Ibaraki prefectural government, speaking on condition of anonymity, said the prefecture had secured 85 of the buses and would hold a drill for 4,000 residents in February 2040.
L region Ibaraki
F number 85
F number 4,000
F date February 2040
> Chief Cabinet Secretary Hiroshi Kanemaru told a press conference the restart was "essential" for a stable power supply in the capital region, where demand from data centers has risen 18 percent over three years.
P full Hiroshi Kanemaru
Q direct Hiroshi Kanemaru :: "essential"
F percent 18 percent
F duration three years
> Nuclear power accounted for 14.8 percent of Japan's electricity in fiscal 2038, against a government target of 20 to 22 percent for 2040. Of the country's 33 operable reactors, 19 have now restarted.
F percent 14.8 percent
L country Japan
F date 2038
F percent 20
F percent 22 percent
F date 2040
F number 33
F number 19
> A group of 230 residents has filed for an injunction at the Mito District Court, arguing that the plant, which began operating in 1978, is too old. A ruling is expected in the spring.
F number 230
O government Mito District Court
F date 1978
'''

ARTICLES['1161-hurricanes-devils-3-2-nystrom-overtime-lenovo-center-ap'] = r'''
> NHL
O other NHL
> Nyström Scores in Overtime, Hurricanes Edge Devils 3-2 to Snap Three-Game Skid
P partial Nyström
O team Hurricanes
O team Devils
F score 3-2
F number Three
> By MARCUS ELLERBEE Associated Press
P full MARCUS ELLERBEE
O media Associated Press
> Updated 10:41 PM EDT, April 3, 2040
F time 10:41 PM EDT
F date April 3, 2040
> Carolina Hurricanes right wing Axel Nyström (17) celebrates his overtime goal against the New Jersey Devils on Tuesday, April 3, 2040, in Raleigh, N.C. (AP Photo/Lena Marchetti)
O team Carolina Hurricanes
P full Axel Nyström
O team New Jersey Devils
F date April 3, 2040
L city Raleigh
L region N.C.
O media AP
P full Lena Marchetti
> RALEIGH, N.C. (AP) — Axel Nyström scored 2:14 into overtime, Pyotr Okhotin made 31 saves and the Carolina Hurricanes beat the New Jersey Devils 3-2 on Tuesday night to end a three-game losing streak.
L city RALEIGH
L region N.C.
O media AP
P full Axel Nyström
F time 2:14
P full Pyotr Okhotin
F number 31
O team Carolina Hurricanes
O team New Jersey Devils
F score 3-2
F number three
> Nyström took a drop pass from Jean-Luc Thériault at the blue line, cut around defenseman Caleb MacInnes and beat Anders Lindqvist high on the glove side for his 27th goal of the season.
P partial Nyström
P full Jean-Luc Thériault
P full Caleb MacInnes
P full Anders Lindqvist
> "I just tried to get it up quick. Lindqvist had been standing on his head all night," Nyström said. "You don't get many clean looks against him, so when you get one, you shoot."
Q direct Axel Nyström :: "I just tried to get it up quick. Lindqvist had been standing on his head all night,"
P partial Lindqvist
P partial Nyström
Q direct Axel Nyström :: "You don't get many clean looks against him, so when you get one, you shoot."
> Thériault had a goal and an assist, and Brent Halvorsen also scored for Carolina (41-28-7), which pulled even with Washington for the second wild card in the Eastern Conference with five games left.
P partial Thériault
P full Brent Halvorsen
O team Carolina
F score 41-28-7
O team Washington
O other Eastern Conference
F number five
> Lindqvist stopped 36 shots for New Jersey (38-30-8), which has lost four straight. Dawson Fairweather and Ilya Grachev scored for the Devils.
P partial Lindqvist
F number 36
O team New Jersey
F score 38-30-8
F number four
P full Dawson Fairweather
P full Ilya Grachev
O team Devils
> Fairweather opened the scoring 4:37 into the game, and Thériault answered 51 seconds later with a wrist shot from the right circle that went in off Lindqvist's shoulder.
P partial Fairweather
F time 4:37
P partial Thériault
F duration 51 seconds
P partial Lindqvist
> New Jersey led 2-1 after two periods on Grachev's power-play goal at 18:52 of the second, a one-timer from the left circle while Carolina's Tomáš Vrábel served a tripping minor.
O team New Jersey
F score 2-1
F number two
P partial Grachev
F time 18:52
O team Carolina
P full Tomáš Vrábel
> Halvorsen tied it 6:05 into the third, banging in a rebound after Okhotin's long outlet sent Thériault in alone. Carolina outshot New Jersey 15-4 in the period.
P partial Halvorsen
F time 6:05
P partial Okhotin
P partial Thériault
O team Carolina
O team New Jersey
F score 15-4
> "We talked about it after two. We were sitting back, playing not to lose, and that's not who we are," Hurricanes coach Mitch Lavoie said. "In the third we got pucks behind their D and went to work.
Q direct Mitch Lavoie :: "We talked about it after two. We were sitting back, playing not to lose, and that's not who we are,"
F number two
O team Hurricanes
P full Mitch Lavoie
Q direct Mitch Lavoie :: "In the third we got pucks behind their D and went to work.
> "We've got five left. Every one of them is a playoff game now."
Q direct Mitch Lavoie :: "We've got five left. Every one of them is a playoff game now."
F number five
> Okhotin, 24, made 12 of his saves in the third period. "Tomáš came over before overtime and said, 'Keep us in it and we'll find one,'" Okhotin said. "So that was the job."
P partial Okhotin
F age 24
F number 12
Q direct Pyotr Okhotin :: "Tomáš came over before overtime and said, 'Keep us in it and we'll find one,'"
P partial Tomáš
P partial Okhotin
Q direct Pyotr Okhotin :: "So that was the job."
> Devils coach Sylvie Marchand said her team "stopped skating" once it had the lead. "You can't give a team like that 15 shots in a period and expect to win," she said.
O team Devils
P full Sylvie Marchand
Q direct Sylvie Marchand :: "stopped skating"
Q direct Sylvie Marchand :: "You can't give a team like that 15 shots in a period and expect to win,"
F number 15
> NOTES: Carolina D Mikko Saarinen left with an upper-body injury 8:30 into the second period and did not return. ... Fairweather has points in seven straight games. ... The crowd of 18,700 at Lenovo Center was the 19th sellout of the season.
O team Carolina
P full Mikko Saarinen
F time 8:30
P partial Fairweather
F number seven
F number 18,700
L facility Lenovo Center
> UP NEXT
> Devils: Host the Boston Bruins on Thursday.
O team Devils
O team Boston Bruins
> Hurricanes: At the Philadelphia Flyers on Friday.
O team Hurricanes
O team Philadelphia Flyers
'''

ARTICLES['1162-kpor-gokana-oil-spill-nosdra-rivbank-rivers-state-premium-times'] = r'''
> Oil spill: Rivers community counts losses as NOSDRA puts leak at 2,300 barrels
L region Rivers
O government NOSDRA
F quantity 2,300 barrels
> Fishermen in Kpor say the spill has wiped out their catch, while the operator blames “equipment failure”
L city Kpor
Q direct Rivbank Energy Limited :: “equipment failure”
> By Ifeoma Chukwuemeka
P full Ifeoma Chukwuemeka
> November 9, 2040
F date November 9, 2040
> Crude oil on the surface of a creek near Kpor in Gokana Local Government Area of Rivers State. [PHOTO: IFEOMA CHUKWUEMEKA/PREMIUM TIMES]
L city Kpor
L region Gokana Local Government Area
L region Rivers State
P full IFEOMA CHUKWUEMEKA
O media PREMIUM TIMES
> At least 2,300 barrels of crude oil spilled from a ruptured delivery line into creeks and farmland around Kpor, a fishing community in Gokana Local Government Area of Rivers State, the National Oil Spill Detection and Response Agency (NOSDRA) has said.
F quantity 2,300 barrels
L city Kpor
L region Gokana Local Government Area
L region Rivers State
O government National Oil Spill Detection and Response Agency
O government NOSDRA
> In a preliminary report released on Thursday, the agency said the leak, first noticed by fishermen at about 5:40 a.m. on October 28, had affected an estimated 14 hectares of mangrove and two fish ponds. NOSDRA said it found no sign of sabotage.
F time 5:40 a.m.
F date October 28
F quantity 14 hectares
F number two
O government NOSDRA
> The 12-inch line is operated by Rivbank Energy Limited, which took over the onshore assets in 2034. In a statement, Rivbank said the line was shut “within 90 minutes” and blamed “equipment failure”, adding that clean-up teams were already on site.
F quantity 12-inch
O company Rivbank Energy Limited
F date 2034
O company Rivbank
Q direct Rivbank Energy Limited :: “within 90 minutes”
F duration 90 minutes
Q direct Rivbank Energy Limited :: “equipment failure”
> But the chairman of the Kpor Council of Chiefs, Saturday Lebari, said no clean-up had started by Wednesday, 12 days after the spill.
O other Kpor Council of Chiefs
P full Saturday Lebari
F duration 12 days
> “Our people fish; that is all we know. Since that morning nobody has caught anything in these waters,” Mr Lebari told PREMIUM TIMES. “The company people came, took pictures and left.
Q direct Saturday Lebari :: “Our people fish; that is all we know. Since that morning nobody has caught anything in these waters,”
P partial Lebari
O media PREMIUM TIMES
Q direct Saturday Lebari :: “The company people came, took pictures and left.
> “When they tell us ‘equipment failure’, we ask them: who is supposed to look after the equipment?”
Q direct Saturday Lebari :: “When they tell us ‘equipment failure’, we ask them: who is supposed to look after the equipment?”
> A fisherman, Barine Kpakol, 47, said he lost nets and two canoes worth N850,000. He said his family of nine now depended on his wife’s cassava farm in Bodo, about eight kilometres away, which was “still clean, for now”.
P full Barine Kpakol
F age 47
F number two
F money N850,000
F number nine
L city Bodo
F quantity eight kilometres
Q direct Barine Kpakol :: “still clean, for now”
> Rivbank said it had distributed relief materials worth N40 million to 1,200 households in Kpor and would pay compensation after a joint investigation visit (JIV) with regulators. Community leaders have asked for N5 billion.
O company Rivbank
F money N40 million
F number 1,200
L city Kpor
F money N5 billion
> A NOSDRA official, who asked not to be named because he was not authorised to speak, said the pipe was “corroded like paper” at the point of the leak and had not been inspected since 2037.
O government NOSDRA
Q direct - :: “corroded like paper”
F date 2037
> Police in Port Harcourt said separately that they had destroyed three so-called “kpofire” camps, where stolen crude is boiled into diesel, along the Bonny River in the past month.
L city Port Harcourt
F number three
Q scare - :: “kpofire”
L geo Bonny River
> The Rivers State Commissioner for Environment, Dumo Ibiama-West, said the state would send its own team to Kpor on Monday. “We will not wait for Abuja. If the company is at fault, it must pay, and pay quickly,” she said.
L region Rivers State
P full Dumo Ibiama-West
L city Kpor
Q direct Dumo Ibiama-West :: “We will not wait for Abuja. If the company is at fault, it must pay, and pay quickly,”
L city Abuja
> Nigeria produced 1.74 million barrels per day in September, 6 per cent below its OPEC quota, according to the Nigerian Upstream Petroleum Regulatory Commission (NUPRC).
L country Nigeria
F quantity 1.74 million barrels per day
F percent 6 per cent
O intergovernmental OPEC
O government Nigerian Upstream Petroleum Regulatory Commission
O government NUPRC
'''

ARTICLES['1163-delta-levee-repair-funding-fight-hood-walnut-grove-sacramento-bee'] = r'''
> Local
> Delta levees are crumbling. Lawmakers are fighting over who pays $1.2 billion to fix them
L region Delta
F money $1.2 billion
> By Rosalind Achterberg
P full Rosalind Achterberg
> Updated March 12, 2040 5:04 AM
F date March 12, 2040
F time 5:04 AM
> A crew places rock along a levee on the Sacramento River near Hood on Feb. 27, 2040. Renata Sifuentes-Lowe rsifuentes@sacbee.com
L geo Sacramento River
L city Hood
F date Feb. 27, 2040
P full Renata Sifuentes-Lowe
> The levee that protects the town of Hood has settled nearly 2 feet since the storms of January, and the state engineers who inspected it last month gave it a grade that residents had never heard before: “unacceptable.”
L city Hood
F quantity 2 feet
Q direct - :: “unacceptable.”
> Hood, an unincorporated town of about 270 people on Highway 160, sits 15 miles south of downtown Sacramento. Its levee was last raised in 1986, after a flood that forced the evacuation of the whole Delta shore.
L city Hood
F number 270
L street Highway 160
F quantity 15 miles
L city Sacramento
F date 1986
L region Delta
> Fixing that levee and 41 others in the Sacramento-San Joaquin Delta would cost about $1.2 billion over 10 years, according to a report released Monday by the California Department of Water Resources (DWR). Who pays is now the biggest fight of the budget season at the Capitol.
F number 41
L region Sacramento-San Joaquin Delta
F money $1.2 billion
F duration 10 years
O government California Department of Water Resources
O government DWR
L facility Capitol
> Assemblymember Teodora Vasquez-Ruelas, D-Stockton, wants the state to cover 85% of the cost, up from the roughly 50% it pays under current rules. Her bill cleared the Assembly Water, Parks and Wildlife Committee 11-3 last week.
P full Teodora Vasquez-Ruelas
L city Stockton
F percent 85%
F percent 50%
O government Assembly Water, Parks and Wildlife Committee
F number 11-3
> “These levees protect Interstate 5, two state highways and the water that 27 million Californians drink,” Vasquez-Ruelas said. “It makes no sense to hand the bill to a reclamation district with 300 voters.”
Q direct Teodora Vasquez-Ruelas :: “These levees protect Interstate 5, two state highways and the water that 27 million Californians drink,”
L street Interstate 5
F number two
F number 27 million
P partial Vasquez-Ruelas
Q direct Teodora Vasquez-Ruelas :: “It makes no sense to hand the bill to a reclamation district with 300 voters.”
F number 300
> State Sen. Garrett Lindqvist-Ames, R-Yuba City, said the plan would take money from flood projects upstream. Sutter and Yuba counties have their own repairs, he said, and “the Delta is not the only place that floods.”
P full Garrett Lindqvist-Ames
L city Yuba City
L region Sutter
L region Yuba
Q direct Garrett Lindqvist-Ames :: “the Delta is not the only place that floods.”
L region Delta
> “We spent $480 million on the Feather River levees after 2029, and half of it came from local property owners,” he said. “Nobody gave us an 85% deal.”
Q direct Garrett Lindqvist-Ames :: “We spent $480 million on the Feather River levees after 2029, and half of it came from local property owners,”
F money $480 million
L geo Feather River
F date 2029
F fraction half
Q direct Garrett Lindqvist-Ames :: “Nobody gave us an 85% deal.”
F percent 85%
> In January, the river at the I Street Bridge peaked at 31.2 feet, and water releases from Folsom Lake reached 115,000 cubic feet per second. DWR estimates that a single breach near Walnut Grove could flood 14,000 acres with about 180,000 acre-feet of water.
L facility I Street Bridge
F quantity 31.2 feet
L geo Folsom Lake
F quantity 115,000 cubic feet per second
O government DWR
L city Walnut Grove
F quantity 14,000 acres
F quantity 180,000 acre-feet
> Sacramento County supervisors voted 4-1 on Tuesday to back the bill. Yolo and San Joaquin counties are expected to vote this month.
L region Sacramento County
F number 4-1
L region Yolo
L region San Joaquin
> Marisol Ortega-Baines, 63, whose family has grown pears outside Courtland since 1931, said her reclamation district already charges $212 an acre each year.
P full Marisol Ortega-Baines
F age 63
L city Courtland
F date 1931
F money $212
> “They call us the ‘last line of defense’ in Sacramento. Then they send us the invoice,” she said.
Q direct Marisol Ortega-Baines :: “They call us the ‘last line of defense’ in Sacramento. Then they send us the invoice,”
L city Sacramento
> A spokesperson for the Central Valley Flood Protection Board said the board supported “a fairer split” but had not taken a position on the bill. The U.S. Army Corps of Engineers, which built many of the levees in the 1950s, said federal money would require a new study.
O government Central Valley Flood Protection Board
Q direct - :: “a fairer split”
O government U.S. Army Corps of Engineers
F date 1950s
> The Assembly Appropriations Committee will take up the bill on April 8. Lawmakers face a June 15 deadline to pass the budget.
O government Assembly Appropriations Committee
F date April 8
F date June 15
'''

ARTICLES['1164-causeway-clear-once-woodlands-checkpoint-johor-congestion-straits-times'] = r'''
> Singapore
L country Singapore
> One stop, not two: Causeway travellers to be cleared once under plan to cut jams
F number One
F number two
L facility Causeway
> Joint clearance trial at Woodlands and Bangunan Sultan Iskandar to start in October; peak waits could fall to under 30 minutes
L facility Woodlands
L facility Bangunan Sultan Iskandar
F duration 30 minutes
> Lim Wei Ting
P full Lim Wei Ting
> Updated Jul 14, 2040, 05:00 AM
F date Jul 14, 2040
F time 05:00 AM
> Motorcyclists queueing to enter Woodlands Checkpoint on July 12. ST PHOTO: NG KAI XUAN
L facility Woodlands Checkpoint
F date July 12
O media ST
P full NG KAI XUAN
> SINGAPORE – Travellers crossing the Causeway will be cleared by Singapore and Malaysian officers at a single counter from October, in a trial that officials say could cut peak-hour waits at Woodlands Checkpoint from about 90 minutes to under 30 minutes.
L city SINGAPORE
L facility Causeway
L country Singapore
L facility Woodlands Checkpoint
F duration 90 minutes
F duration 30 minutes
> The “clear once” plan was announced on July 13 by Singapore’s Immigration and Checkpoints Authority (ICA) and Malaysia’s Immigration Department. Under it, travellers will have their passports checked by both countries at either Woodlands or the Bangunan Sultan Iskandar (BSI) complex in Johor Bahru, not at both.
Q scare - :: “clear once”
F date July 13
L country Singapore
O government Immigration and Checkpoints Authority
O government ICA
L country Malaysia
O government Immigration Department
L facility Woodlands
L facility Bangunan Sultan Iskandar
L facility BSI
L city Johor Bahru
> About 350,000 people cross the Causeway and the Second Link on an average weekday, and the figure has topped 480,000 on the eve of public holidays. About 60 per cent of them travel by motorcycle.
F number 350,000
L facility Causeway
L facility Second Link
F number 480,000
F percent 60 per cent
> The trial will cost about S$210 million, of which Singapore will pay S$125 million. Johor’s share of RM290 million will be funded by Putrajaya, Malaysia’s Transport Ministry said.
F money S$210 million
L country Singapore
F money S$125 million
L region Johor
F money RM290 million
L city Putrajaya
L country Malaysia
O government Transport Ministry
> Minister of State for Home Affairs Mohamed Irfan Rahmat said the change would apply first to cars and motorcycles between 5am and 10am on weekdays. “This is the busiest land border in the world. We cannot keep adding counters on both sides and expect the queue to go away,” Mr Irfan said.
P full Mohamed Irfan Rahmat
F time 5am
F time 10am
Q direct Mohamed Irfan Rahmat :: “This is the busiest land border in the world. We cannot keep adding counters on both sides and expect the queue to go away,”
P partial Irfan
> Johor’s state public works and transport committee chairman, Datuk Azlan Mohd Yusof, called the plan “a game changer” for the 120,000 Malaysians who work in Singapore, but said it would take “at least six months” to see results.
L region Johor
P full Azlan Mohd Yusof
Q direct Azlan Mohd Yusof :: “a game changer”
F number 120,000
L country Singapore
Q direct Azlan Mohd Yusof :: “at least six months”
F duration six months
> For Ms Kavitha Ramasamy, 38, a nurse who lives in Taman Pelangi and works at Khoo Teck Puat Hospital in Yishun, that cannot come soon enough. She leaves home at 4.45am and is often still at the checkpoint at 6.30am.
P full Kavitha Ramasamy
F age 38
L city Taman Pelangi
O other Khoo Teck Puat Hospital
L city Yishun
F time 4.45am
F time 6.30am
> “My son asked me last week, ‘Amma, why do you sleep in the car?’ I said it is because the queue sleeps longer than me,” she said. “Some days I spend three hours on the road for a 25km trip.
Q direct Kavitha Ramasamy :: “My son asked me last week, ‘Amma, why do you sleep in the car?’ I said it is because the queue sleeps longer than me,”
Q direct Kavitha Ramasamy :: “Some days I spend three hours on the road for a 25km trip.
F duration three hours
F quantity 25km
> “If they really cut it to 30 minutes, I will get back one hour of my life every day.”
Q direct Kavitha Ramasamy :: “If they really cut it to 30 minutes, I will get back one hour of my life every day.”
F duration 30 minutes
F duration one hour
> The RTS Link between Bukit Chagar and Woodlands North, which opened in December 2026, carries up to 10,000 passengers an hour in each direction, but trains are full before 7am and fares have risen to S$7.50 and RM6.40 for a single trip.
L facility RTS Link
L facility Bukit Chagar
L facility Woodlands North
F date December 2026
F number 10,000
F time 7am
F money S$7.50
F money RM6.40
> An ICA officer, who asked not to be named as he was not authorised to speak to the media, said the shared counters would rely on face and iris scans and that “nine in 10 cars” should pass in under a minute. The Land Transport Authority said it would adjust bus lanes on Woodlands Centre Road by September.
O government ICA
Q direct - :: “nine in 10 cars”
F number nine
F number 10
O government Land Transport Authority
L street Woodlands Centre Road
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
