#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval309 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval309/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1897-cocobod-light-crop-cocoa-farmgate-price-sefwi-wiawso-lbc-myjoyonline'] = r'''
> Business
> Cocoa farmers reject COCOBOD’s GH¢4,480 light-crop price, demand review
O government COCOBOD
F money GH¢4,480
> Farmers in the Western North and Ahafo regions say the price is “too small to buy fertiliser”, while licensed buying companies say they have no cash to pay for beans.
L region Western North
L region Ahafo
Q direct Kwadwo Boateng-Mensah :: “too small to buy fertiliser”
> Source: Joy Business | Akosua Frimpong-Manso
O media Joy Business
P full Akosua Frimpong-Manso
> 9 May 2041, 10:14
F date 9 May 2041
F time 10:14
> A farmer dries cocoa beans at Asawinso in the Sefwi Wiawso Municipality. Photo: Joy Business
L city Asawinso
L region Sefwi Wiawso Municipality
O media Joy Business
> Cocoa farmers have rejected the decision of the Ghana Cocoa Board (COCOBOD) to keep the farmgate price at GH¢4,480 per 64-kilogramme bag for the light crop of the 2040/41 season, saying rising costs have wiped out the gains of the main crop.
O government Ghana Cocoa Board
O government COCOBOD
F money GH¢4,480
F quantity 64-kilogramme
F date 2040/41
> The price, announced by COCOBOD on Tuesday, works out to 70,000 cedis per tonne. It was raised by 28 per cent in October 2040, when world prices were climbing, but the cedi has since lost about 11 per cent of its value against the dollar.
O government COCOBOD
F money 70,000 cedis
F percent 28 per cent
F date October 2040
F percent 11 per cent
> “Everything has gone up except the price of our cocoa. A bag of fertiliser that cost GH¢610 in October is now GH¢845. How can a farmer survive?” asked Opanin Kwadwo Boateng-Mensah, national chairman of the Cocoa Farmers Union of Ghana (CFUG).
Q direct Kwadwo Boateng-Mensah :: “Everything has gone up except the price of our cocoa. A bag of fertiliser that cost GH¢610 in October is now GH¢845. How can a farmer survive?”
F money GH¢610
F money GH¢845
P full Kwadwo Boateng-Mensah
O nonprofit Cocoa Farmers Union of Ghana
O nonprofit CFUG
> Speaking to Joy Business at Asawinso, he said the CFUG would ask COCOBOD to raise the price to at least GH¢5,600 a bag, 25 per cent more, before the end of June. The current price, he said, was “too small to buy fertiliser” and pushed farmers towards smugglers who carry beans to Côte d’Ivoire.
O media Joy Business
L city Asawinso
O nonprofit CFUG
O government COCOBOD
F money GH¢5,600
F percent 25 per cent
Q direct Kwadwo Boateng-Mensah :: “too small to buy fertiliser”
L country Côte d’Ivoire
> In a statement, COCOBOD said the price reflected “the forward sales already made for the season” and would be reviewed “at the appropriate time”.
O government COCOBOD
Q direct Ghana Cocoa Board :: “the forward sales already made for the season”
Q direct Ghana Cocoa Board :: “at the appropriate time”
> Mr Yaw Owusu-Ansah, district manager of Adwenpa Commodities Limited, a licensed buying company (LBC) with 14 sheds in the Sefwi Wiawso and Bodi districts, said his company had bought only 2,300 bags since the light crop opened on May 2, against 6,100 a year ago.
P full Yaw Owusu-Ansah
O company Adwenpa Commodities Limited
F number 14
L region Sefwi Wiawso
L region Bodi
F number 2,300
F date May 2
F number 6,100
> “We are receiving seed funds three weeks late. When a farmer brings ten bags and you tell him to come back next week, he will sell to anybody who has money, even a person carrying the beans to Ivory Coast,” he said.
Q direct Yaw Owusu-Ansah :: “We are receiving seed funds three weeks late. When a farmer brings ten bags and you tell him to come back next week, he will sell to anybody who has money, even a person carrying the beans to Ivory Coast,”
F duration three weeks
F number ten
L country Ivory Coast
> A COCOBOD official who asked not to be named said the light-crop funds had been “held up by the banks, not by COCOBOD” and would reach LBCs by the end of the month.
O government COCOBOD
Q direct - :: “held up by the banks, not by COCOBOD”
O government COCOBOD
> The Minister for Finance, Dr Kwabena Adu-Gyamfi, told Parliament on Wednesday that government would not fund a mid-season increase from the budget.
P full Kwabena Adu-Gyamfi
O government Parliament
> “We cannot borrow to pay a price that the market has not given us. COCOBOD must first sell forward at good prices, and then the farmer will get his share,” he said, adding that the 2041/42 main crop price would be announced in October and would give farmers at least 70 per cent of the free-on-board price.
Q direct Kwabena Adu-Gyamfi :: “We cannot borrow to pay a price that the market has not given us. COCOBOD must first sell forward at good prices, and then the farmer will get his share,”
O government COCOBOD
F date 2041/42
F percent 70 per cent
> COCOBOD expects to buy 650,000 tonnes of cocoa in the 2040/41 season, down from a forecast of 750,000 tonnes. Farmers at Asawinso said swollen shoot disease, old trees and illegal mining had cut yields by half on some farms.
O government COCOBOD
F quantity 650,000 tonnes
F date 2040/41
F quantity 750,000 tonnes
L city Asawinso
F fraction half
> “My farm gave me 40 bags five years ago. This year I got 22,” said Madam Akua Serwaa Darko, 58, who farms seven acres near Dwinase. “If the price stays like this, my children will go to the galamsey pits.”
Q direct Akua Serwaa Darko :: “My farm gave me 40 bags five years ago. This year I got 22,”
F number 40
F duration five years
F number 22
P full Akua Serwaa Darko
F age 58
F quantity seven acres
L city Dwinase
Q direct Akua Serwaa Darko :: “If the price stays like this, my children will go to the galamsey pits.”
'''

ARTICLES['1898-mbta-red-line-slow-zones-braintree-branch-quincy-boston-globe'] = r'''
> Metro
> Red Line slow zones return, adding up to 20 minutes to riders’ round trips
L facility Red Line
F duration 20 minutes
> The T blames worn rail ties on the Braintree branch and says repairs will cost $48 million. A Quincy lawmaker wants to know why track rebuilt in 2038 is failing again.
O government T
L city Braintree
F money $48 million
L city Quincy
F date 2038
> By Owen Castellano-Burke Globe Staff
P full Owen Castellano-Burke
O media Globe
> Updated April 12, 2042, 7:36 p.m.
F date April 12, 2042
F time 7:36 p.m.
> A Braintree-bound Red Line train passed track workers at North Quincy station on Thursday.Dana Whitcombe-Lee/Globe Staff
L city Braintree
L facility Red Line
L facility North Quincy
P full Dana Whitcombe-Lee
O media Globe
> Red Line riders heading south of JFK/UMass are crawling again. Fourteen stretches of track on the Braintree and Ashmont branches are now under speed restrictions, the Massachusetts Bay Transportation Authority said Thursday, some as low as 10 miles per hour, adding as much as 10 minutes to a one-way trip between Downtown Crossing and Braintree.
L facility Red Line
L facility JFK/UMass
F number Fourteen
L city Braintree
L city Ashmont
O government Massachusetts Bay Transportation Authority
F quantity 10 miles per hour
F duration 10 minutes
L facility Downtown Crossing
L facility Braintree
> The restrictions, known inside the agency as “slow zones,” cover about 4.2 miles of track, or roughly 12 percent of the line, according to the MBTA’s own online tracker.
Q scare - :: “slow zones,”
F quantity 4.2 miles
F percent 12 percent
O government MBTA
> General Manager Renata Osei-Whitfield said inspectors found the problem in March, when they measured rails spreading apart on worn wooden ties near Wollaston and Quincy Adams stations.
P full Renata Osei-Whitfield
L facility Wollaston
L facility Quincy Adams
> “I’m not going to pretend this is good news. These are ties we expected to last another 20 years, and they’re failing now,” Osei-Whitfield said at a briefing at the State Transportation Building. “Safety comes first, so the trains will run slower until we replace them.”
Q direct Renata Osei-Whitfield :: “I’m not going to pretend this is good news. These are ties we expected to last another 20 years, and they’re failing now,”
F duration 20 years
P partial Osei-Whitfield
L facility State Transportation Building
Q direct Renata Osei-Whitfield :: “Safety comes first, so the trains will run slower until we replace them.”
> The T plans to close the Braintree branch south of JFK/UMass on 11 weekends between May and August and run shuttle buses, at a cost of $48 million, most of it from the state’s capital budget. Osei-Whitfield said all 14 slow zones would be lifted by Sept. 30.
O government T
L city Braintree
L facility JFK/UMass
F number 11
F money $48 million
P partial Osei-Whitfield
F number 14
F date Sept. 30
> State Representative Thomas Mulcahy-Reyes, a Quincy Democrat who sits on the Legislature’s transportation committee, said he had heard “nothing but excuses” from the T since the last round of repairs.
P full Thomas Mulcahy-Reyes
L city Quincy
O government Legislature
Q direct Thomas Mulcahy-Reyes :: “nothing but excuses”
O government T
> “My constituents were told in 2038 that the Red Line was fixed for a generation. Four years later they’re standing on the platform at North Quincy watching the train crawl in,” Mulcahy-Reyes said. “People planned their lives around a 40-minute commute. Now it’s 50 minutes, on a good day.
Q direct Thomas Mulcahy-Reyes :: “My constituents were told in 2038 that the Red Line was fixed for a generation. Four years later they’re standing on the platform at North Quincy watching the train crawl in,”
F date 2038
L facility Red Line
F duration Four years
L facility North Quincy
P partial Mulcahy-Reyes
Q direct Thomas Mulcahy-Reyes :: “People planned their lives around a 40-minute commute. Now it’s 50 minutes, on a good day.
F duration 40-minute
F duration 50 minutes
> “I want to see the inspection records, and I want to know who signed off on that work.”
Q direct Thomas Mulcahy-Reyes :: “I want to see the inspection records, and I want to know who signed off on that work.”
> Ride Fair Boston, a riders’ advocacy group, said in a statement that the slow zones were costing Braintree branch riders “roughly 9,000 hours every weekday” and urged the T to publish its tie inspections every week.
O nonprofit Ride Fair Boston
L city Braintree
Q direct Ride Fair Boston :: “roughly 9,000 hours every weekday”
F duration 9,000 hours
O government T
> Its executive director, Priya Natarajan-Cole, was blunter. “Every time something breaks, the T tells us, ‘It’s an old railroad.’ Fine. Then budget like it’s an old railroad,” she said.
P full Priya Natarajan-Cole
Q direct Priya Natarajan-Cole :: “Every time something breaks, the T tells us, ‘It’s an old railroad.’ Fine. Then budget like it’s an old railroad,”
O government T
> For Marisol Dejesus-Kerr, 34, a nurse who rides from Braintree to Kendall/MIT, the slow zones have added about 20 minutes to her round trip. “I leave at 6:15 now instead of 6:30, and I still walk in late some days,” she said. “And I pay $90 a month for this.”
P full Marisol Dejesus-Kerr
F age 34
L facility Braintree
L facility Kendall/MIT
F duration 20 minutes
Q direct Marisol Dejesus-Kerr :: “I leave at 6:15 now instead of 6:30, and I still walk in late some days,”
F time 6:15
F time 6:30
Q direct Marisol Dejesus-Kerr :: “And I pay $90 a month for this.”
F money $90
> The MBTA board is scheduled to vote on the shuttle plan on April 24.
O government MBTA
F date April 24
'''

ARTICLES['1899-copper-jumps-chile-cerro-tamarugo-mine-strike-lme-codelco-marketwatch'] = r'''
> Metals
> Copper jumps to 3-month high as strike shuts big Chilean mine
F duration 3-month
> Union at Cerro Tamarugo walks out over bonus; Codelco says its own mines are running normally
L facility Cerro Tamarugo
O company Codelco
> Last Updated: April 9, 2041 at 12:48 p.m. ET First Published: April 9, 2041 at 7:05 a.m. ET
F date April 9, 2041
F time 12:48 p.m. ET
F date April 9, 2041
F time 7:05 a.m. ET
> By Nathaniel Brightwater
P full Nathaniel Brightwater
> Trucks haul ore at an open-pit copper mine in Chile’s Antofagasta region. Photo: Getty Images
L country Chile
L region Antofagasta
O company Getty Images
> Copper prices climbed to their highest level in three months on Wednesday after workers walked off the job at the Cerro Tamarugo mine in northern Chile, one of the world’s 10 biggest, in a market already expected to run short this year.
F duration three months
L facility Cerro Tamarugo
L country Chile
F number 10
> Three-month copper on the London Metal Exchange (LME) rose as much as 4.1% to $11,640 a metric ton, its biggest one-day gain since November 2040, before settling at $11,485, up 2.7%. Copper futures for May delivery on New York’s Comex were up 2.4% at $5.21 a pound.
F duration Three-month
O company London Metal Exchange
O company LME
F percent 4.1%
F money $11,640
F duration one-day
F date November 2040
F money $11,485
F percent 2.7%
L city New York
O company Comex
F percent 2.4%
F money $5.21
> About 2,300 of the mine’s 3,100 workers began an indefinite strike at midnight on Tuesday after talks on a new three-year contract broke down over wages and a one-time bonus. The union is seeking a bonus of 9 million pesos ($9,800) per worker; the company has offered 6.5 million pesos.
F number 2,300
F number 3,100
F duration three-year
F money 9 million pesos
F money $9,800
F money 6.5 million pesos
> The mine is owned by Toronto-listed Atacama Norte Resources Inc., which produced 412,000 metric tons of copper there last year. In a statement, the company said it had “activated its contingency plan” and would keep the concentrator running with contractors and supervisors “for as long as it is safe to do so.”
L city Toronto
O company Atacama Norte Resources Inc.
F quantity 412,000 metric tons
Q direct Atacama Norte Resources Inc. :: “activated its contingency plan”
Q direct Atacama Norte Resources Inc. :: “for as long as it is safe to do so.”
> Chief Executive Graham Whitlock-Soto said output would fall by about 1,100 tons of copper a day while the strike lasted. “We respect the right to strike, but we will not sign a contract we can’t afford when prices turn,” he said.
P full Graham Whitlock-Soto
F quantity 1,100 tons
Q direct Graham Whitlock-Soto :: “We respect the right to strike, but we will not sign a contract we can’t afford when prices turn,”
> Héctor Maturana Rojas, president of the Sindicato Minero Cerro Tamarugo, said workers had accepted a pay freeze in 2038, when prices were low, and now wanted their share. “The company told us, ‘When copper is at $11,000, we will remember you.’ Copper is at $11,000. Nobody remembers,” Maturana told reporters at the mine’s gate outside Sierra Gorda.
P full Héctor Maturana Rojas
O nonprofit Sindicato Minero Cerro Tamarugo
F date 2038
Q direct Héctor Maturana Rojas :: “The company told us, ‘When copper is at $11,000, we will remember you.’ Copper is at $11,000. Nobody remembers,”
F money $11,000
F money $11,000
P partial Maturana
L city Sierra Gorda
> Codelco, Chile’s state-owned copper giant, said in a statement that its operations in the Antofagasta region were “running normally” and had been “in no way affected” by the dispute. Codelco runs the nearby Chuquicamata and Radomiro Tomic mines.
O company Codelco
L country Chile
L region Antofagasta
Q direct Codelco :: “running normally”
Q direct Codelco :: “in no way affected”
O company Codelco
L facility Chuquicamata
L facility Radomiro Tomic
> “This is the first real supply shock of the year, and the market was already thin,” said Fiona Barraclough, head of metals research at London-based Halden Street Capital. She estimated that a month-long strike would remove 30,000 tons of copper from the market, and raised her third-quarter LME forecast to $12,200 a ton.
Q direct Fiona Barraclough :: “This is the first real supply shock of the year, and the market was already thin,”
P full Fiona Barraclough
L city London
O company Halden Street Capital
F quantity 30,000 tons
O company LME
F money $12,200
> Daniel Okafor-Lindqvist, a commodities strategist at Ashgrove Bay Securities in New York, said Chinese demand remained soft, with copper stocks in Shanghai Futures Exchange warehouses at 286,000 tons, up 18% from a month earlier. He called the rally “a headline trade” that could “fade within two weeks if the two sides get back to the table.”
P full Daniel Okafor-Lindqvist
O company Ashgrove Bay Securities
L city New York
O company Shanghai Futures Exchange
F quantity 286,000 tons
F percent 18%
Q direct Daniel Okafor-Lindqvist :: “a headline trade”
Q direct Daniel Okafor-Lindqvist :: “fade within two weeks if the two sides get back to the table.”
F duration two weeks
F number two
> Chile is the world’s largest copper producer, with about 24% of global mine supply. Its Labor Ministry said it had called both sides to a mediation meeting in Antofagasta on Friday.
L country Chile
F percent 24%
O government Labor Ministry
L city Antofagasta
> Shares of Atacama Norte fell 3.2% in Toronto.
O company Atacama Norte
F percent 3.2%
L city Toronto
> —Lucía Ferreyra contributed to this article.
P full Lucía Ferreyra
'''

ARTICLES['1900-royton-burglar-jailed-minshull-street-crown-court-gmp-oldham-times'] = r'''
> News
> 'You took her sense of safety': Royton burglar jailed
Q direct Philippa Gansu-Whitaker :: 'You took her sense of safety'
L city Royton
> A man who broke into an 81-year-old widow's home while she slept upstairs and stole her father's war medals has been jailed
F age 81-year-old
> By Hannah Livesey-Brook, Reporter
P full Hannah Livesey-Brook
> 4:52pm 14th March 2041
F time 4:52pm
F date 14th March 2041
> Jordan Kelsall (27) was jailed at Minshull Street Crown Court (Image: GMP)
P full Jordan Kelsall
F age 27
O government Minshull Street Crown Court
O government GMP
> A BURGLAR who crept into the home of an 81-year-old widow in Royton as she slept upstairs has been jailed for three years and two months.
F age 81-year-old
L city Royton
F duration three years
F duration two months
> Jordan Kelsall (27), of Sandy Lane, Royton, admitted burglary and was sentenced at Minshull Street Crown Court in Manchester on Wednesday.
P full Jordan Kelsall
F age 27
L street Sandy Lane
L city Royton
O government Minshull Street Crown Court
L city Manchester
> The court heard that Kelsall carried out what police call a "creeper" burglary, forcing a rear window of the woman's terraced house off Shaw Road at about 2.40am on November 18 last year and spending around 20 minutes inside.
P partial Kelsall
Q scare - :: "creeper"
L street Shaw Road
F time 2.40am
F date November 18
F duration 20 minutes
> Prosecuting, Sarah Oyelaran-Finch said Kelsall took a purse containing £85, an iPad and a wooden box holding two Second World War medals that had belonged to the victim's father.
P full Sarah Oyelaran-Finch
P partial Kelsall
F money £85
F number two
> The widow woke at 6.10am to find her back door open and her handbag emptied on the kitchen floor. She called police from a neighbour's phone because her own had been taken.
F time 6.10am
> Detective Constable Imran Shafiq, of Greater Manchester Police (GMP), traced Kelsall through a fingerprint on the window frame and doorbell camera footage from a house on the same street. The medals were found in a second-hand shop in Ashton-under-Lyne three days later.
P full Imran Shafiq
O government Greater Manchester Police
O government GMP
P partial Kelsall
L city Ashton-under-Lyne
F duration three days
> In a victim personal statement read to the court, the woman said she no longer slept in her own bed. "I have lived in this house for 52 years. I used to leave the back door on the latch for the neighbours' children," she said.
Q direct - :: "I have lived in this house for 52 years. I used to leave the back door on the latch for the neighbours' children,"
F duration 52 years
> "Now I check every window twice before bed and I sleep downstairs in my chair with the lamp on. He took my dad's medals, but he also took my nerve.
Q direct - :: "Now I check every window twice before bed and I sleep downstairs in my chair with the lamp on. He took my dad's medals, but he also took my nerve.
> "I am 81 and for the first time in my life I am frightened in my own home."
Q direct - :: "I am 81 and for the first time in my life I am frightened in my own home."
F age 81
> Defending, Marcus Etherington-Lowe said Kelsall had been using crack cocaine at the time and had "no memory of choosing that house". He said his client had written a letter of apology and had been drug-free for four months on remand at HMP Forest Bank.
P full Marcus Etherington-Lowe
P partial Kelsall
Q direct Marcus Etherington-Lowe :: "no memory of choosing that house"
F duration four months
L facility HMP Forest Bank
> The case had been adjourned in January by Judge Nicholas Ashworth-Crane for a pre-sentence report.
P full Nicholas Ashworth-Crane
> Sentencing, Recorder Philippa Gansu-Whitaker told Kelsall: "You went into the home of a woman of 81 in the middle of the night. You took things that can never be replaced, and you took her sense of safety."
P full Philippa Gansu-Whitaker
P partial Kelsall
Q direct Philippa Gansu-Whitaker :: "You went into the home of a woman of 81 in the middle of the night. You took things that can never be replaced, and you took her sense of safety."
F age 81
> Kelsall, who has 14 previous convictions for 31 offences, will serve half of the sentence in custody before being released on licence.
P partial Kelsall
F number 14
F number 31
F fraction half
> After the hearing, DC Shafiq said: "Burglaries like this leave people feeling unsafe in their own homes for years. I hope this sentence gives the victim some peace."
P partial Shafiq
Q direct Imran Shafiq :: "Burglaries like this leave people feeling unsafe in their own homes for years. I hope this sentence gives the victim some peace."
> Anyone with information about burglaries in Royton can contact GMP on 101 or Crimestoppers anonymously on 0800 555 111.
L city Royton
O government GMP
O nonprofit Crimestoppers
'''

ARTICLES['1901-sunrisers-hyderabad-beat-gujarat-titans-uppal-bhati-ipl-cricbuzz'] = r'''
> Match Report
> Nair's 78 and Bhati's three-for lift Sunrisers past Titans
P partial Nair
F number 78
P partial Bhati
F number three
O team Sunrisers
O team Titans
> Sunrisers Hyderabad 187 for 6 (Nair 78, Malhotra 41*, Kalsekar 2-29) beat Gujarat Titans 181 (D'Souza 66, Bhati 3-31) by six runs
O team Sunrisers Hyderabad
F score 187
F number 6
P partial Nair
F number 78
P partial Malhotra
F number 41
P partial Kalsekar
F score 2-29
O team Gujarat Titans
F score 181
P partial D'Souza
F number 66
P partial Bhati
F score 3-31
F number six
> Siddharth Raghunathan
P full Siddharth Raghunathan
> Sun, Apr 21, 2041 • 11:46 PM
F date Apr 21, 2041
F time 11:46 PM
> Kaviraj Nair struck five sixes in his 44-ball 78 ©BCCI
P full Kaviraj Nair
F number five
F number 44
F number 78
O other BCCI
> Kaviraj Nair's 78 and an unbeaten 41 from Arjun Malhotra carried Sunrisers Hyderabad to 187 for 6, and Sahil Bhati took three wickets in the 19th over as Gujarat Titans were bowled out for 181 in 19.4 overs at the Rajiv Gandhi International Stadium in Uppal on Sunday.
P full Kaviraj Nair
F number 78
F number 41
P full Arjun Malhotra
O team Sunrisers Hyderabad
F score 187
F number 6
P full Sahil Bhati
F number three
O team Gujarat Titans
F score 181
F number 19.4
L facility Rajiv Gandhi International Stadium
L city Uppal
> The six-run win, SRH's fourth in seven matches, lifts Sunrisers to eight points and fifth in the IPL table. Titans, who had won their previous three games, stay on ten points.
F number six
O team SRH
F number seven
O team Sunrisers
F number eight
O other IPL
O team Titans
F number three
F number ten
> Put in to bat, Hyderabad lost Devraj Kulkarni in the second over, but Nair took 22 off Jitesh Kalsekar's third over and reached 50 from 27 balls. He hit six fours and five sixes before holing out to long-on off left-arm spinner Ravi Thangavel in the 14th over, with the score on 132 for 3.
O team Hyderabad
P full Devraj Kulkarni
P partial Nair
F number 22
P full Jitesh Kalsekar
F number 50
F number 27
F number six
F number five
P full Ravi Thangavel
F score 132
F number 3
> GT pulled things back through Kalsekar, who removed Rohan Pillai and Imad Qureshi in the 17th over, but Malhotra made 41 off 23 balls at a strike rate of 178.26, taking 17 off the final over from the Australian quick Liam Pettigrew.
O team GT
P partial Kalsekar
P full Rohan Pillai
P full Imad Qureshi
P partial Malhotra
F number 41
F number 23
F number 178.26
F number 17
P full Liam Pettigrew
> Titans' chase was built around Clinton D'Souza, who made 66 off 40 balls. With 24 needed from 12 balls and five wickets in hand, Gujarat looked favourites, but Bhati had D'Souza caught at deep square leg with the first ball of the 19th over and then bowled Harsh Vaghela and Tanmay Rao in the space of three deliveries.
O team Titans
P full Clinton D'Souza
F number 66
F number 40
F number 24
F number 12
F number five
O team Gujarat
P partial Bhati
P partial D'Souza
P full Harsh Vaghela
P full Tanmay Rao
F number three
> Needing 13 off the last over with two wickets left, Pettigrew hit Yash Chaudhary's first ball for six, but he was caught at long-off two balls later and Titans' "impact player" Mohit Sen was run out attempting a single off the fourth.
F number 13
F number two
P partial Pettigrew
P full Yash Chaudhary
F number two
O team Titans
Q scare - :: "impact player"
P full Mohit Sen
> "We were probably 15 short on this pitch, but the way Sahil held his nerve in that over was special," Sunrisers captain Abhinav Reddy said at the post-match presentation. "I told him, 'Just hit the top of off, don't try anything fancy.' He did exactly that."
Q direct Abhinav Reddy :: "We were probably 15 short on this pitch, but the way Sahil held his nerve in that over was special,"
F number 15
P partial Sahil
O team Sunrisers
P full Abhinav Reddy
Q direct Abhinav Reddy :: "I told him, 'Just hit the top of off, don't try anything fancy.' He did exactly that."
> Titans captain Shubhankar Joshi said his side had lost the game in the middle overs, when they managed only 38 runs in six overs. "On this pitch 188 was very gettable. We left too much for the end and Bhati bowled a brilliant over," he said.
O team Titans
P full Shubhankar Joshi
F number 38
F number six
Q direct Shubhankar Joshi :: "On this pitch 188 was very gettable. We left too much for the end and Bhati bowled a brilliant over,"
F number 188
P partial Bhati
> Nair, 24, was named Player of the Match. His strike rate of 177.27 was the best of his 14 IPL innings.
P partial Nair
F age 24
F number 177.27
F number 14
O other IPL
> A crowd of 36,800 watched at Uppal. Sunrisers travel to Lucknow to face Lucknow Super Giants at Ekana on Thursday, while Titans host Punjab Kings in Ahmedabad on April 26.
F number 36,800
L facility Uppal
O team Sunrisers
L city Lucknow
O team Lucknow Super Giants
L facility Ekana
O team Titans
O team Punjab Kings
L city Ahmedabad
F date April 26
'''

ARTICLES['1902-barents-sea-cod-quota-dispute-norway-russia-tromso-trawlers-nrk'] = r'''
> NRK Troms
O media NRK Troms
> Norway sets Barents Sea cod quota alone after talks with Russia collapse
L country Norway
L geo Barents Sea
L country Russia
> Fishing companies in Tromsø fear Russian reprisals after Norway set next year's quota at 318,000 tonnes without Moscow's approval.
L city Tromsø
L country Norway
F quantity 318,000 tonnes
L city Moscow
> Ingrid Sørbø Aasland, Henrik Vågen
P full Ingrid Sørbø Aasland
P full Henrik Vågen
> Published 3 December 2041 at 07.12
F date 3 December 2041
F time 07.12
> Trawlers at the quay in Tromsø. The Barents Sea cod quota is the most valuable in Norwegian fisheries. Photo: Ole-Jørgen Bakkevik / NRK
L city Tromsø
L geo Barents Sea
P full Ole-Jørgen Bakkevik
O media NRK
> Norway will set its own cod quota in the Barents Sea for 2042 after talks in the Joint Norwegian-Russian Fisheries Commission broke down last week, the Ministry of Trade, Industry and Fisheries confirmed on Tuesday. It is the first time in more than 60 years that the two countries have failed to agree.
L country Norway
L geo Barents Sea
F date 2042
O intergovernmental Joint Norwegian-Russian Fisheries Commission
O government Ministry of Trade, Industry and Fisheries
F duration 60 years
F number two
> The Directorate of Fisheries (Fiskeridirektoratet) has set the Norwegian quota at 318,000 tonnes, the same as this year. Norwegian vessels will be allowed to fish it in the Norwegian economic zone and in the fisheries protection zone around Svalbard.
O government Directorate of Fisheries
O government Fiskeridirektoratet
F quantity 318,000 tonnes
L region Svalbard
> "Without an agreement, Norway still has a duty to manage the stock responsibly. The quota follows the scientific advice and the harvest rule the two countries have used together since 2037," the directorate said in a statement.
Q direct Directorate of Fisheries :: "Without an agreement, Norway still has a duty to manage the stock responsibly. The quota follows the scientific advice and the harvest rule the two countries have used together since 2037,"
L country Norway
F number two
F date 2037
> Russia's Federal Agency for Fishery (Rosrybolovstvo) responded on Wednesday morning. In a statement on the agency's website, deputy head Oleg Tarkhanovsky said Moscow "does not recognise" the Norwegian quota and that Russian vessels would fish "according to Russian decisions" in the waters around Svalbard, which Russia calls the Spitsbergen archipelago.
L country Russia
O government Federal Agency for Fishery
O government Rosrybolovstvo
P full Oleg Tarkhanovsky
L city Moscow
Q direct Oleg Tarkhanovsky :: "does not recognise"
Q direct Oleg Tarkhanovsky :: "according to Russian decisions"
L region Svalbard
L country Russia
L geo Spitsbergen
> At the quay in Tromsø, Kari-Anne Strømsnes, managing director of the trawler company Kvaløy Polartrål AS, says the decision leaves her company's four vessels exposed.
L city Tromsø
P full Kari-Anne Strømsnes
O company Kvaløy Polartrål AS
F number four
> "We have fished side by side with the Russians for as long as I can remember. Now we are afraid they will arrest our boats in their zone, or simply stop us landing fish in Murmansk," Strømsnes tells NRK.
Q direct Kari-Anne Strømsnes :: "We have fished side by side with the Russians for as long as I can remember. Now we are afraid they will arrest our boats in their zone, or simply stop us landing fish in Murmansk,"
L city Murmansk
P partial Strømsnes
O media NRK
> She says Polartrål caught about 41 per cent of its cod in the Russian zone this year, worth around NOK 210 million. Some skippers in Tromsø have already started to talk about a new "cod war".
O company Polartrål
F percent 41 per cent
F money NOK 210 million
L city Tromsø
Q scare - :: "cod war"
> Researcher Åsmund Bjørkvoll at the Institute of Marine Research (IMR) in Tromsø says the cod stock is in better shape than five years ago, but that two sets of quotas could push the total catch far above the advice.
P full Åsmund Bjørkvoll
O government Institute of Marine Research
O government IMR
L city Tromsø
F duration five years
F number two
> "Scientists on both sides agreed on the advice: 565,000 tonnes in total. If Norway fishes its share and Russia fishes what it wants, we could end up 15 to 20 per cent above that. The cod does not care about 'Norwegian' or 'Russian' quotas," says Bjørkvoll.
Q direct Åsmund Bjørkvoll :: "Scientists on both sides agreed on the advice: 565,000 tonnes in total. If Norway fishes its share and Russia fishes what it wants, we could end up 15 to 20 per cent above that. The cod does not care about 'Norwegian' or 'Russian' quotas,"
F quantity 565,000 tonnes
L country Norway
L country Russia
F percent 15
F percent 20 per cent
P partial Bjørkvoll
> He says the IMR's researchers will keep working with their colleagues at PINRO in Murmansk "as long as we are allowed to".
O government IMR
Q direct Åsmund Bjørkvoll :: "as long as we are allowed to"
O government PINRO
L city Murmansk
> The Norwegian cod quota was worth about 11.4 billion kroner at first-hand prices this year, according to the Norwegian Fishermen's Sales Organisation. The ministry says the two countries will meet again in Oslo in February.
F money 11.4 billion kroner
O company Norwegian Fishermen's Sales Organisation
F number two
L city Oslo
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
