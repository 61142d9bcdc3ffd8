#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval222 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval222/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1375-tanga-port-concession-pangani-bay-terminals-tpa-northern-regions-the-citizen'] = r'''
> Business
> Govt Hands Tanga Port to Private Operator in Sh2.4 Trillion Deal
L facility Tanga Port
F money Sh2.4 Trillion
> Operator promises 3.2 million tonnes a year within seven years as traders in northern regions count the cost
F quantity 3.2 million tonnes
F duration seven years
> By Rehema Mwakyusa
P full Rehema Mwakyusa
> Thursday, March 7, 2041
F date March 7, 2041
> Cargo ships at Tanga Port on Wednesday. A private operator will take over the port’s two deep-water berths from July. PHOTO | SAIDI KIBWANA
L facility Tanga Port
F number two
P full SAIDI KIBWANA
> Tanga. The government has signed a 30-year concession with Pangani Bay Terminals Ltd, a joint venture led by an Omani logistics group, to run and expand the Tanga Port in a deal valued at $960 million (about Sh2.4 trillion).
L city Tanga
F duration 30-year
O company Pangani Bay Terminals Ltd
L facility Tanga Port
F money $960 million
F money Sh2.4 trillion
> The agreement, signed in Dodoma on Tuesday by Tanzania Ports Authority (TPA) director general Baraka Mwinyimvua and the operator’s chief executive, Ms Salma Al-Harthy, gives Pangani Bay Terminals control of two berths and 48 hectares of yard behind them.
L city Dodoma
O government Tanzania Ports Authority
O government TPA
P full Baraka Mwinyimvua
P full Salma Al-Harthy
O company Pangani Bay Terminals
F number two
F quantity 48 hectares
> Transport minister Dr Neema Kisanga told Parliament on Wednesday that the operator would invest $410 million over the first seven years in new cranes, a 600-metre quay extension and a rail siding linking the port to the Tanga–Moshi line.
P full Neema Kisanga
O government Parliament
F money $410 million
F duration seven years
F quantity 600-metre
L city Tanga
L city Moshi
> “This is not a sale. The port remains public property, the land remains ours and TPA will collect a fee on every tonne that crosses the quay,” Dr Kisanga said. “What we are buying is speed.”
Q direct Neema Kisanga :: “This is not a sale. The port remains public property, the land remains ours and TPA will collect a fee on every tonne that crosses the quay,”
Q direct Neema Kisanga :: “What we are buying is speed.”
O government TPA
P partial Kisanga
> Under the deal, the operator will pay an upfront fee of $85 million and a royalty of 11 percent of gross revenue, rising to 14 percent after 2050, according to a summary of the agreement seen by The Citizen. TPA said in a statement that the concession “protects every public interest”.
F money $85 million
F percent 11 percent
F percent 14 percent
F date 2050
O media The Citizen
O government TPA
Q direct Tanzania Ports Authority :: “protects every public interest”
> Tanga handled 1.4 million tonnes of cargo in the 2039/40 financial year, and about 41,000 containers. Pangani Bay Terminals says it can lift that to 3.2 million tonnes and 150,000 TEUs a year by 2048.
L city Tanga
F quantity 1.4 million tonnes
F date 2039/40
F number 41,000
O company Pangani Bay Terminals
F quantity 3.2 million tonnes
F quantity 150,000 TEUs
F date 2048
> Ms Al-Harthy said the company would keep “every one of the 620 workers now on the TPA payroll at Tanga” for at least three years, and would train 200 young people from Tanga and Muheza as crane and forklift operators.
P partial Al-Harthy
Q direct Salma Al-Harthy :: “every one of the 620 workers now on the TPA payroll at Tanga”
F number 620
O government TPA
L city Tanga
F duration three years
F number 200
L city Tanga
L city Muheza
> Mr Elias Mollel, who chairs the Arusha branch of the Tanzania Truck Owners Association (Tatoa), said members now wait up to five days to load at Tanga.
P full Elias Mollel
L city Arusha
O nonprofit Tanzania Truck Owners Association
O nonprofit Tatoa
F duration five days
L city Tanga
> “If the new operator cuts that to one day, we all gain. But if they bring Dar es Salaam prices to Tanga, the farmers of Kilimanjaro and Manyara will pay for it,” he said. “Ten years ago we were told Tanga would become ‘the Dar of the north’. We are still waiting for the trains, and we are still queuing at the gate.
Q direct Elias Mollel :: “If the new operator cuts that to one day, we all gain. But if they bring Dar es Salaam prices to Tanga, the farmers of Kilimanjaro and Manyara will pay for it,”
Q direct Elias Mollel :: “Ten years ago we were told Tanga would become ‘the Dar of the north’. We are still waiting for the trains, and we are still queuing at the gate.
F duration one day
L city Dar es Salaam
L city Tanga
L region Kilimanjaro
L region Manyara
F duration Ten years
L city Tanga
L city Dar
> “Give us a timetable and a price list, and we will bring the cargo.”
Q direct Elias Mollel :: “Give us a timetable and a price list, and we will bring the cargo.”
> A senior official in the Ministry of Transport, who spoke on condition of anonymity, said port charges would be capped at the TPA rate for the first 24 months. “After that, any increase has to be approved by the regulator,” the official said.
O government Ministry of Transport
O government TPA
F duration 24 months
Q direct - :: “After that, any increase has to be approved by the regulator,”
> Tanga Regional Commissioner Juma Kilua said the port would also serve the oil pipeline terminal at Chongoleani and transit cargo for Uganda. “Tanga has waited long enough. From July 1, the ships will not have to wait,” he said.
L region Tanga
P full Juma Kilua
L city Chongoleani
L country Uganda
Q direct Juma Kilua :: “Tanga has waited long enough. From July 1, the ships will not have to wait,”
L city Tanga
F date July 1
> TPA said 52 ships were waiting at anchor off Tanga on Monday, the longest queue since 2036.
O government TPA
F number 52
L city Tanga
F date 2036
'''

ARTICLES['1376-ireland-finland-2-1-world-cup-qualifier-ni-dhomhnaill-tallaght-stadium-irish-times'] = r'''
> Soccer
> Republic of Ireland 2 Finland 1: Ní Dhomhnaill double keeps World Cup hopes alive
O team Republic of Ireland
F score 2
O team Finland
F score 1
P partial Ní Dhomhnaill
> Rush striker scores twice after the break as Ireland come from behind to close on leaders Norway
L city Rush
O team Ireland
O team Norway
> Gráinne Mac Lochlainn at Tallaght Stadium
P full Gráinne Mac Lochlainn
L facility Tallaght Stadium
> Tue Oct 26 2038 - 21:58
F date Oct 26 2038
F time 21:58
> Republic of Ireland’s Clodagh Ní Dhomhnaill celebrates her second goal against Finland at Tallaght Stadium. Photograph: Ciarán Doherty-Walsh/Inpho
O team Republic of Ireland
P full Clodagh Ní Dhomhnaill
O team Finland
L facility Tallaght Stadium
P full Ciarán Doherty-Walsh
O media Inpho
> Clodagh Ní Dhomhnaill had waited 14 months for an international goal. She needed only 11 minutes of the second half to score two, and Ireland’s World Cup qualifying campaign is very much alive.
P full Clodagh Ní Dhomhnaill
F duration 14 months
F duration 11 minutes
F number two
O team Ireland
> Trailing to Emmi Häkkinen’s header at the break, Eileen Keogh’s side turned the game around in front of 7,412 supporters in Tallaght and now sit two points behind Norway with three matches left. The group winners qualify directly for the 2039 finals; the runners-up go into the play-offs.
P full Emmi Häkkinen
P full Eileen Keogh
F number 7,412
L city Tallaght
F number two
O team Norway
F number three
F date 2039
> Finland, who had beaten Ireland 3-0 in Helsinki in April, deserved their lead. Häkkinen, the Finland captain, rose above Ciara Flood to meet Aino Lehtonen’s corner in the 29th minute, and the visitors might have had a second when Lehtonen’s 25-metre shot struck the crossbar seven minutes later.
O team Finland
O team Ireland
F score 3-0
L city Helsinki
P partial Häkkinen
O team Finland
P full Ciara Flood
P full Aino Lehtonen
P partial Lehtonen
F quantity 25-metre
F duration seven minutes
> Keogh’s half-time change, Sadhbh de Paor for the tiring Amy Brennan, altered the shape of the game. De Paor’s pace down the left pinned Finland back, and seven minutes after the restart her low cross was turned in at the near post by Ní Dhomhnaill.
P partial Keogh
P full Sadhbh de Paor
P full Amy Brennan
P partial De Paor
O team Finland
F duration seven minutes
P partial Ní Dhomhnaill
> The winner came in the 63rd minute. Captain Louise Kinsella won the ball back in midfield, and Ní Dhomhnaill, 23, cut inside Sanna Virtanen and curled a shot in off the far post from 18 yards.
P full Louise Kinsella
P partial Ní Dhomhnaill
F age 23
P full Sanna Virtanen
F quantity 18 yards
> “I’ve been sitting on the bench for most of a year, so I wasn’t going to waste it,” Ní Dhomhnaill said. “The manager told me at half-time, ‘Stay high, they’re tired.’ She was right.”
Q direct Clodagh Ní Dhomhnaill :: “I’ve been sitting on the bench for most of a year, so I wasn’t going to waste it,”
Q direct Clodagh Ní Dhomhnaill :: “The manager told me at half-time, ‘Stay high, they’re tired.’ She was right.”
P partial Ní Dhomhnaill
> The Rush native, who plays her club football for Shelbourne, was the last player named in the squad a week ago.
L city Rush
O team Shelbourne
> Keogh described the first half as “flat” and the second as “the best 45 minutes we have played under me”.
P partial Keogh
Q direct Eileen Keogh :: “flat”
Q direct Eileen Keogh :: “the best 45 minutes we have played under me”
F duration 45 minutes
> “We talk about character a lot, and tonight the players showed it. But we have given ourselves a job, not finished one,” she said. “Oslo in November will decide this group.
Q direct Eileen Keogh :: “We talk about character a lot, and tonight the players showed it. But we have given ourselves a job, not finished one,”
Q direct Eileen Keogh :: “Oslo in November will decide this group.
L city Oslo
> “If we win there, we go to the World Cup. It is as simple as that.”
Q direct Eileen Keogh :: “If we win there, we go to the World Cup. It is as simple as that.”
> Finland coach Kaisa Lindqvist-Mäkelä said her side had “stopped playing” after the equaliser. “We lost the second half 2-0, and we deserved to,” she said.
O team Finland
P full Kaisa Lindqvist-Mäkelä
Q direct Kaisa Lindqvist-Mäkelä :: “stopped playing”
Q direct Kaisa Lindqvist-Mäkelä :: “We lost the second half 2-0, and we deserved to,”
F score 2-0
> Kinsella, who won her 100th cap, called it “one of the great nights in this stadium”.
P partial Kinsella
Q direct Louise Kinsella :: “one of the great nights in this stadium”
> The Football Association of Ireland (FAI) said 3,000 tickets for the trip to Ullevaal Stadium on November 29th would go on sale at 10am on Friday. Ireland host Slovakia four days earlier.
O nonprofit Football Association of Ireland
O nonprofit FAI
F number 3,000
L facility Ullevaal Stadium
F date November 29th
F time 10am
O team Ireland
O team Slovakia
F duration four days
> Scorers – Ireland: Ní Dhomhnaill (52, 63). Finland: Häkkinen (29).
O team Ireland
P partial Ní Dhomhnaill
O team Finland
P partial Häkkinen
> Attendance: 7,412.
F number 7,412
'''

ARTICLES['1377-busan-expo-venue-plan-eco-delta-city-gangseo-gu-hectares-korea-herald'] = r'''
> National
> Busan unveils W1.9tr venue plan for 2045 expo bid
L city Busan
F money W1.9tr
F date 2045
> City picks 86-hectare waterfront site in Gangseo-gu for second attempt after 2023 defeat
F quantity 86-hectare
L region Gangseo-gu
F date 2023
> By Kim Da-eun
P full Kim Da-eun
> Published : Mar. 13, 2040 - 14:31 Updated : Mar. 13, 2040 - 17:05
F date Mar. 13, 2040
F time 14:31
F date Mar. 13, 2040
F time 17:05
> An aerial view of the Eco Delta City development in Gangseo-gu, Busan. (Busan Metropolitan Government)
L city Eco Delta City
L region Gangseo-gu
L city Busan
O government Busan Metropolitan Government
> The city of Busan on Tuesday unveiled a 1.92 trillion won ($1.38 billion) plan to build an expo venue on reclaimed land at the mouth of the Nakdong River, laying the groundwork for a second bid to host a world exposition after its defeat to Riyadh in 2023.
L city Busan
F money 1.92 trillion won
F money $1.38 billion
L geo Nakdong River
L city Riyadh
F date 2023
> Under the plan, presented by Busan Mayor Ha Seung-woo at City Hall, the main exhibition zone would cover 86 hectares in Eco Delta City, a new town in Gangseo-gu, with a further 34 hectares set aside for parking, a ferry pier and a 4,000-room "expo village" that would later be sold as public housing.
L city Busan
P full Ha Seung-woo
L facility City Hall
F quantity 86 hectares
L city Eco Delta City
L region Gangseo-gu
F quantity 34 hectares
F number 4,000
Q scare - :: "expo village"
> The city is aiming for a Specialized Expo, a smaller three-month event recognized by the Paris-based Bureau International des Expositions. The BIE's general assembly is expected to choose the host of the 2045 event in November 2041.
F duration three-month
L city Paris
O intergovernmental Bureau International des Expositions
O intergovernmental BIE
F date 2045
F date November 2041
> "We learned in 2023 that a good slogan does not win votes. A finished airport, a working railway and a site with no one living on it do," Ha said. "This time we are bringing a plan that is already half built."
Q direct Ha Seung-woo :: "We learned in 2023 that a good slogan does not win votes. A finished airport, a working railway and a site with no one living on it do,"
Q direct Ha Seung-woo :: "This time we are bringing a plan that is already half built."
F date 2023
P partial Ha
> Busan won only 29 of the 165 votes cast in the 2023 ballot, against 119 for the Saudi capital. The North Port redevelopment zone that anchored that bid has since filled with office towers and a cruise terminal.
L city Busan
F number 29
F number 165
F date 2023
F number 119
L facility North Port
> According to the plan, the central government would cover 40 percent of the cost, Busan 45 percent and private sponsors the remaining 15 percent. Construction would start in 2042 at the earliest and take three and a half years.
F percent 40 percent
L city Busan
F percent 45 percent
F percent 15 percent
F date 2042
F duration three and a half years
> The Ministry of Trade, Industry and Energy said in a statement that it "supports Busan's ambition in principle" but would review the cost estimate before the bid is submitted. A ministry official, who asked not to be named, said the figure was "optimistic by at least 20 percent."
O government Ministry of Trade, Industry and Energy
Q direct Ministry of Trade, Industry and Energy :: "supports Busan's ambition in principle"
Q direct - :: "optimistic by at least 20 percent."
L city Busan
F percent 20 percent
> Residents of Myeongji-dong and Daejeo-dong, the two neighborhoods closest to the site, have asked for a public hearing. Lee Soon-ja, 67, who has grown green onions on a leased plot in Daejeo-dong for 31 years, said she had been told to leave by the end of 2041.
L city Myeongji-dong
L city Daejeo-dong
F number two
P full Lee Soon-ja
F age 67
L city Daejeo-dong
F duration 31 years
F date 2041
> "They say 'temporary relocation,' but nobody has told us where," Lee said. "My husband's family has farmed here since the 1980s.
Q direct Lee Soon-ja :: "They say 'temporary relocation,' but nobody has told us where,"
Q direct Lee Soon-ja :: "My husband's family has farmed here since the 1980s.
P partial Lee
F date 1980s
> "An expo lasts three months. We have been here for fifty years."
Q direct Lee Soon-ja :: "An expo lasts three months. We have been here for fifty years."
F duration three months
F duration fifty years
> An environmental group, Nakdong Estuary Watch, said the site lies on the edge of a migratory bird sanctuary and called the plan "another concrete dream." The group said it would take the matter to the Busan Metropolitan Council if no impact study is released by June 30.
O nonprofit Nakdong Estuary Watch
Q direct Nakdong Estuary Watch :: "another concrete dream."
O government Busan Metropolitan Council
F date June 30
> Vice Mayor Jeong Hae-rin, who leads the bid team, said the site plan leaves a 500-meter buffer along the riverbank. She added that Gadeokdo New Airport, which opened in 2035 about 12 kilometers away, lets visitors reach the venue "in under 20 minutes."
P full Jeong Hae-rin
F quantity 500-meter
L facility Gadeokdo New Airport
F date 2035
F quantity 12 kilometers
Q direct Jeong Hae-rin :: "in under 20 minutes."
F duration 20 minutes
> The city will hold briefings in Gangseo-gu on March 20 and in Haeundae-gu on March 27.
L region Gangseo-gu
F date March 20
L region Haeundae-gu
F date March 27
> (kimdaeun@heraldcorp.com)
'''

ARTICLES['1378-pilbrook-takeover-bid-kalgarra-lithium-newman-spodumene-australian-dollars-reuters'] = r'''
> Deals
> Australia's Pilbrook Resources bids A$3.1 billion for lithium miner Kalgarra
L country Australia
O company Pilbrook Resources
F money A$3.1 billion
O company Kalgarra
> By Tessa Whitcombe and Rohan Pillai-Dunne
P full Tessa Whitcombe
P full Rohan Pillai-Dunne
> March 6, 2040 10:47 AM GMT+8 Updated 3 hours ago
F date March 6, 2040
F time 10:47 AM GMT+8
F duration 3 hours
> Trucks haul ore at a lithium mine in the Pilbara region of Western Australia, in this file photo. REUTERS/Darren Fairweather-Oakes/File Photo
L region Pilbara
L region Western Australia
O media REUTERS
P full Darren Fairweather-Oakes
> PERTH, March 6 (Reuters) - Pilbrook Resources on Tuesday offered A$3.1 billion ($2.02 billion) in cash and shares for smaller rival Kalgarra Lithium, betting that a two-year slump in prices for the battery metal is close to an end.
L city PERTH
F date March 6
O media Reuters
O company Pilbrook Resources
F money A$3.1 billion
F money $2.02 billion
O company Kalgarra Lithium
F duration two-year
> The offer of A$1.12 in cash plus 0.41 Pilbrook shares for each Kalgarra share values the target at A$2.38 a share, a 37% premium to its last close, Pilbrook said in a filing to the Australian Securities Exchange.
F money A$1.12
F number 0.41
O company Pilbrook
O company Kalgarra
F money A$2.38
F percent 37%
O company Pilbrook
O company Australian Securities Exchange
> Kalgarra's shares jumped 30.1% to A$2.26 by 0315 GMT, while Pilbrook fell 6.2%. The broader S&P/ASX 200 index was flat.
O company Kalgarra
F percent 30.1%
F money A$2.26
F time 0315 GMT
O company Pilbrook
F percent 6.2%
> Kalgarra owns the Mount Wilkie spodumene mine near Newman, which produced 412,000 tonnes of concentrate in the year to June 30, and a half share in a hydroxide refinery at Kwinana, south of Perth.
O company Kalgarra
L facility Mount Wilkie
L city Newman
F quantity 412,000 tonnes
F date June 30
F fraction half
L city Kwinana
L city Perth
> "We have been patient, and we think the bottom of the cycle is the right moment to build scale," Pilbrook Chief Executive Marguerite Oyelaran-Tate told reporters on a call. "Two mines 90 kilometres apart should not be running two sets of crushers, two camps and two haul roads."
Q direct Marguerite Oyelaran-Tate :: "We have been patient, and we think the bottom of the cycle is the right moment to build scale,"
Q direct Marguerite Oyelaran-Tate :: "Two mines 90 kilometres apart should not be running two sets of crushers, two camps and two haul roads."
O company Pilbrook
P full Marguerite Oyelaran-Tate
F number Two
F quantity 90 kilometres
F number two
F number two
F number two
> She said the combined company would save A$140 million to A$160 million a year within three years and would keep Kalgarra's Perth office.
F money A$140 million
F money A$160 million
F duration three years
O company Kalgarra
L city Perth
> Kalgarra said its board was reviewing the offer and advised shareholders to "take no action." Its chairman, Fergus McIlwraith, said in a separate statement that the bid "materially undervalues" the company's reserves, without saying whether the board would reject it.
O company Kalgarra
Q direct Kalgarra Lithium :: "take no action."
P full Fergus McIlwraith
Q direct Fergus McIlwraith :: "materially undervalues"
> Spodumene prices have fallen to about $780 a tonne from a peak of $2,150 in 2038 as new supply from Africa and South America came on faster than demand from electric-vehicle makers, squeezing margins across Western Australia's lithium belt.
F money $780
F money $2,150
F date 2038
L continent Africa
L continent South America
L region Western Australia
> Analysts said the bid was likely to draw other suitors. "This is an opening offer. A$2.38 gets the conversation started, it doesn't finish it," said Priya Raman-Holt, a mining analyst at Coolbinia Capital in Sydney. She put a fair value on Kalgarra of between A$2.60 and A$2.90.
Q direct Priya Raman-Holt :: "This is an opening offer. A$2.38 gets the conversation started, it doesn't finish it,"
F money A$2.38
P full Priya Raman-Holt
O company Coolbinia Capital
L city Sydney
O company Kalgarra
F money A$2.60
F money A$2.90
> Kalgarra's largest shareholder, Chinese battery maker Qingrui New Energy, which owns 19.9% of the company, declined to comment. A deal would need approval from the Foreign Investment Review Board (FIRB) if Qingrui's stake were to change, and from 75% of the votes cast at a scheme meeting.
O company Kalgarra
O company Qingrui New Energy
F percent 19.9%
O government Foreign Investment Review Board
O government FIRB
O company Qingrui
F percent 75%
> The offer is Pilbrook's third attempt to buy Kalgarra since 2036. Both companies were spun out of the former Harding River Holdings group in the 2020s, and Pilbrook's Wodgina Road mine lies 90 km from Mount Wilkie.
O company Pilbrook
O company Kalgarra
F date 2036
O company Harding River Holdings
F date 2020s
O company Pilbrook
L facility Wodgina Road
F quantity 90 km
L facility Mount Wilkie
> ($1 = 1.5350 Australian dollars)
F money $1
F money 1.5350 Australian dollars
> (Reporting by Tessa Whitcombe in Perth and Rohan Pillai-Dunne in Sydney; Editing by Joanna Ferriday)
P full Tessa Whitcombe
L city Perth
P full Rohan Pillai-Dunne
L city Sydney
P full Joanna Ferriday
'''

ARTICLES['1379-citizens-insurance-rate-hike-pasco-holiday-hurricane-tobias-regulators-tampa-bay-times'] = r'''
> Business
> Citizens wants to raise Tampa Bay homeowners’ rates 14.6% after Hurricane Tobias
O company Citizens
L region Tampa Bay
F percent 14.6%
> The state-backed insurer says claims from last fall’s storm drained its reserves in four counties. Pasco and Hernando customers would see the biggest increases.
F number four
L region Pasco
L region Hernando
> By Dana Whitlock-Reyes
P full Dana Whitlock-Reyes
> Published Feb. 14, 2040|Updated Feb. 14, 2040
F date Feb. 14, 2040
F date Feb. 14, 2040
> Storm debris still lines a canal in Holiday on Tuesday, four months after Hurricane Tobias made landfall near Tarpon Springs. [ MARCUS DELGADO-PRICE | Times ]
L city Holiday
F duration four months
L city Tarpon Springs
P full MARCUS DELGADO-PRICE
O media Times
> Homeowners insured by Citizens Property Insurance Corp. in Pasco County would pay an average of 22.8 percent more for wind coverage next year under a rate request filed Monday, as the state’s “insurer of last resort” tries to rebuild its finances after Hurricane Tobias.
O company Citizens Property Insurance Corp.
L region Pasco County
F percent 22.8 percent
Q scare - :: “insurer of last resort”
> Across Pinellas, Hillsborough, Pasco and Hernando counties, the average increase would be 14.6 percent, or about $612 a year on a typical policy, according to the filing with the Florida Office of Insurance Regulation.
L region Pinellas
L region Hillsborough
L region Pasco
L region Hernando
F percent 14.6 percent
F money $612
O government Florida Office of Insurance Regulation
> Statewide, Citizens is asking for an average of 9.1 percent for its roughly 1.1 million policies. If approved, the new rates would apply to policies renewing on or after June 1.
O company Citizens
F percent 9.1 percent
F number 1.1 million
F date June 1
> Tobias, a Category 4 storm, came ashore near Tarpon Springs on Oct. 8 with 140 mph winds and pushed a surge of up to 11 feet into Pasco’s coastal neighborhoods. Citizens has paid $3.4 billion on about 61,000 claims so far, the filing shows.
L city Tarpon Springs
F date Oct. 8
F quantity 140 mph
F quantity 11 feet
L region Pasco
O company Citizens
F money $3.4 billion
F number 61,000
> “Our rates have to reflect the risk we actually carry, not the risk we wish we carried,” Citizens president and CEO Harold Vanterpool-Gaines said in a statement. “Tobias showed us what a direct hit on this coast costs.”
Q direct Harold Vanterpool-Gaines :: “Our rates have to reflect the risk we actually carry, not the risk we wish we carried,”
Q direct Harold Vanterpool-Gaines :: “Tobias showed us what a direct hit on this coast costs.”
O company Citizens
P full Harold Vanterpool-Gaines
> For Gloria Estevanez, 71, who lives on a fixed income in Holiday, the increase would push her premium from $4,380 to about $5,380. Her house took 3 feet of water.
P full Gloria Estevanez
F age 71
L city Holiday
F money $4,380
F money $5,380
F quantity 3 feet
> “I did everything they asked. I put up the shutters, I raised the air conditioner, I paid every bill on time,” she said. “Now they want another thousand dollars from a widow who is still sleeping at her daughter’s in Land O’ Lakes.”
Q direct Gloria Estevanez :: “I did everything they asked. I put up the shutters, I raised the air conditioner, I paid every bill on time,”
Q direct Gloria Estevanez :: “Now they want another thousand dollars from a widow who is still sleeping at her daughter’s in Land O’ Lakes.”
F money thousand dollars
L city Land O’ Lakes
> Insurance Commissioner Renata Okafor, whose office must approve the request, has scheduled a public hearing for 9 a.m. March 3 at the West Pasco Government Center, 8731 Citizens Drive, New Port Richey. “Every number in this filing will be tested,” she said in an email.
P full Renata Okafor
F time 9 a.m.
F date March 3
L facility West Pasco Government Center
L address 8731 Citizens Drive
L city New Port Richey
Q direct Renata Okafor :: “Every number in this filing will be tested,”
> State Rep. Colby Fairclough, R-Spring Hill, called the request “a gut punch” and said he would file a bill to cap any single-year increase for Citizens customers at 15 percent. “People in Hernando didn’t build in a flood zone on a whim. The state drew those maps,” he said.
P full Colby Fairclough
L city Spring Hill
Q direct Colby Fairclough :: “a gut punch”
O company Citizens
F percent 15 percent
Q direct Colby Fairclough :: “People in Hernando didn’t build in a flood zone on a whim. The state drew those maps,”
L region Hernando
> But Sen. Audra Pennock-Ruiz, R-Safety Harbor, who chairs the Senate Banking and Insurance Committee, said a cap would shift the cost to every other policyholder in Florida through a “hurricane tax” on their own premiums. The Legislature’s 60-day session ends March 13.
P full Audra Pennock-Ruiz
L city Safety Harbor
O government Senate Banking and Insurance Committee
L region Florida
Q direct Audra Pennock-Ruiz :: “hurricane tax”
O government Legislature
F duration 60-day
F date March 13
> Private insurers are raising rates, too. Ashcombe Mutual, which took 42,000 policies out of Citizens in 2038, said Tuesday it would not renew about 9,500 homes in Pinellas west of U.S. 19.
O company Ashcombe Mutual
F number 42,000
O company Citizens
F date 2038
F number 9,500
L region Pinellas
L street U.S. 19
> Citizens customers can comment on the filing through Feb. 28 on the regulator’s website. Agents said many homeowners will not see the new numbers until their renewal notices arrive, 45 days before a policy expires.
O company Citizens
F date Feb. 28
F duration 45 days
'''

ARTICLES['1380-edinburgh-tram-granton-royal-infirmary-consultation-inch-roseburn-councillors-scotsman'] = r'''
> Transport
> Edinburgh trams: ‘Don’t cut us off’ plea as £2.1bn north-south line goes out to consultation
L city Edinburgh
Q direct Senga Dalgleish :: ‘Don’t cut us off’
F money £2.1bn
> Residents of the Inch say the route would pass them by, as council sets out 19 stops between Granton and the Royal Infirmary
L city Inch
F number 19
L city Granton
L facility Royal Infirmary
> By Morag Lindsay-Quinn
P full Morag Lindsay-Quinn
> Published 3rd Apr 2040, 16:45 BST
F date 3rd Apr 2040
F time 16:45 BST
> A tram at the Ocean Terminal stop in Leith. The new line would run from Granton to the BioQuarter. Picture: Euan Baird-Sørensen
L facility Ocean Terminal
L city Leith
L city Granton
L facility BioQuarter
P full Euan Baird-Sørensen
> Public consultation on Edinburgh’s second tram line opens on Monday, with the City of Edinburgh Council asking residents to choose between two routes for a £2.1 billion link from Granton on the Forth to the Royal Infirmary and the BioQuarter in the south-east of the city.
L city Edinburgh
O government City of Edinburgh Council
F number two
F money £2.1 billion
L city Granton
L geo Forth
L facility Royal Infirmary
L facility BioQuarter
> Option A runs from Crewe Toll through Orchard Brae and the West End to Haymarket before turning south through Tollcross and past the Meadows, with 19 stops. Option B takes a western loop through Craigleith and Roseburn, adding two stops but avoiding the narrow streets of Comely Bank.
L city Crewe Toll
L city Orchard Brae
L city West End
L city Haymarket
L city Tollcross
L geo Meadows
F number 19
L city Craigleith
L city Roseburn
F number two
L city Comely Bank
> Trams would run every six minutes at peak times, with an end-to-end journey of about 42 minutes. Both routes would follow Dalkeith Road to Cameron Toll and then Old Dalkeith Road to the hospital, passing within 800 metres of the Inch but without a stop there.
F duration six minutes
F duration 42 minutes
L street Dalkeith Road
L city Cameron Toll
L street Old Dalkeith Road
F quantity 800 metres
L city Inch
> “We have been told for 20 years that the tram is coming. Now we’re told it will come within sight of our doors and not stop,” said Senga Dalgleish, who chairs the Inch Community Association. “Our message to the council is simple: don’t cut us off.
Q direct Senga Dalgleish :: “We have been told for 20 years that the tram is coming. Now we’re told it will come within sight of our doors and not stop,”
Q direct Senga Dalgleish :: “Our message to the council is simple: don’t cut us off.
F duration 20 years
P full Senga Dalgleish
O nonprofit Inch Community Association
> “Half the households on this estate do not own a car. We are exactly who a tram should be for.”
Q direct Senga Dalgleish :: “Half the households on this estate do not own a car. We are exactly who a tram should be for.”
F fraction Half
> Transport convener Cllr Alasdair Mackintosh-Dunn said the consultation was “genuinely open” and that a stop at the Inch had not been ruled out.
P full Alasdair Mackintosh-Dunn
Q direct Alasdair Mackintosh-Dunn :: “genuinely open”
L city Inch
> “Every extra stop adds about 40 seconds to the journey and roughly £9m to the bill, so we need to hear the case,” he said. “If the people of the Inch turn out in numbers, that will count.”
Q direct Alasdair Mackintosh-Dunn :: “Every extra stop adds about 40 seconds to the journey and roughly £9m to the bill, so we need to hear the case,”
Q direct Alasdair Mackintosh-Dunn :: “If the people of the Inch turn out in numbers, that will count.”
F duration 40 seconds
F money £9m
L city Inch
> The council expects the line to carry 16.5 million passengers a year by 2050 and says 60 per cent of the capital cost would come from the Scottish Government, with the rest from council borrowing and developer contributions at Granton Waterfront.
F number 16.5 million
F date 2050
F percent 60 per cent
O government Scottish Government
L city Granton Waterfront
> Opposition councillors questioned the sums. Cllr Iain Ruthven-Bell, who represents Liberton/Gilmerton ward, recalled that the first line had opened “years late and millions over budget” and warned against “another blank cheque”.
P full Iain Ruthven-Bell
L region Liberton/Gilmerton
Q direct Iain Ruthven-Bell :: “years late and millions over budget”
Q direct Iain Ruthven-Bell :: “another blank cheque”
> “Nobody in Gilmerton is against trams. We are against paying for a line we cannot reach,” Mr Ruthven-Bell said.
Q direct Iain Ruthven-Bell :: “Nobody in Gilmerton is against trams. We are against paying for a line we cannot reach,”
L city Gilmerton
P partial Ruthven-Bell
> A council spokeswoman said the consultation would run for 12 weeks until 2 July, with drop-in sessions at Granton Library and the Inch Community Centre and an online survey. Lothian Buses, which is owned by the council, said it would redesign routes 23 and 41 around the line if it is approved.
F duration 12 weeks
F date 2 July
L facility Granton Library
L facility Inch Community Centre
O company Lothian Buses
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
