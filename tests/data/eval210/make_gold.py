#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval210 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval210/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1303-long-island-school-budget-votes-william-floyd-levy-newsday'] = r'''
> Long Island
L geo Long Island
> LI voters pass 119 of 124 school budgets; William Floyd plan fails again
L geo LI
F number 119
F number 124
O education William Floyd
> Average tax levy increase of 2.61% is the lowest in four years, a Newsday analysis finds
F percent 2.61%
F duration four years
O media Newsday
> By Dana Kowalczyk and Tomás Ferreira
P full Dana Kowalczyk
P full Tomás Ferreira
> Updated May 15, 2040 11:52 pm
F date May 15, 2040
F time 11:52 pm
> Voters sign in at William Floyd Middle School in Shirley on Tuesday. Credit: Newsday/Marisol Duquesne
L facility William Floyd Middle School
L city Shirley
O media Newsday
P full Marisol Duquesne
> Long Island voters approved 119 of the 124 school budgets on the ballot Tuesday, backing spending plans that total $17.4 billion and carry an average tax levy increase of 2.61%, according to a Newsday analysis of unofficial results posted by districts late Tuesday night.
L geo Long Island
F number 119
F number 124
F money $17.4 billion
F percent 2.61%
O media Newsday
> The average was down from 3.04% last year and was the smallest since 2036, when levies rose by an average of 2.2%. Only two districts asked voters to pierce the state's tax cap, which takes a 60% supermajority.
F percent 3.04%
F date 2036
F percent 2.2%
F number two
F percent 60%
> The sharpest defeat came in the William Floyd School District, which serves Shirley, Mastic, Mastic Beach and part of Moriches. Its $298.6 million budget carried a 4.9% levy increase, above the cap, and drew 3,412 yes votes to 3,958 no votes — 46.3% support, far short of the supermajority it needed and the district's second defeat in two years.
O education William Floyd School District
L city Shirley
L city Mastic
L city Mastic Beach
L city Moriches
F money $298.6 million
F percent 4.9%
F number 3,412
F number 3,958
F percent 46.3%
F duration two years
> "We heard the community loud and clear," Superintendent Lorraine Van Wyck said Tuesday night at a board meeting in Mastic Beach. "We will come back with a budget that stays under the cap, but people need to understand what a 'no' vote means.
Q direct Lorraine Van Wyck :: "We heard the community loud and clear,"
P full Lorraine Van Wyck
L city Mastic Beach
Q direct Lorraine Van Wyck :: "We will come back with a budget that stays under the cap, but people need to understand what a 'no' vote means.
> "A contingency budget means about $11 million in cuts. That's late buses, junior varsity sports and the elementary music program. It is not a small thing."
Q direct Lorraine Van Wyck :: "A contingency budget means about $11 million in cuts. That's late buses, junior varsity sports and the elementary music program. It is not a small thing."
F money $11 million
> Van Wyck said the board would meet June 4 to decide whether to put a revised plan before voters on June 19, the statewide revote date.
P partial Van Wyck
F date June 4
F date June 19
> Mastic Beach resident Darnell Okafor, 47, who has two children at William Floyd High School, said he voted yes. "My taxes went up $380 last year and I'm not thrilled," he said. "But I'd rather pay that than watch the music program disappear."
L city Mastic Beach
P full Darnell Okafor
F age 47
F number two
O education William Floyd High School
Q direct Darnell Okafor :: "My taxes went up $380 last year and I'm not thrilled,"
F money $380
Q direct Darnell Okafor :: "But I'd rather pay that than watch the music program disappear."
> In Nassau County, Levittown's $262.1 million budget passed with 2,877 votes to 1,204, and Massapequa voters approved a $249.9 million plan with a 1.98% levy increase. In Suffolk, Commack's $231.7 million budget passed by 412 votes.
L region Nassau County
L city Levittown
F money $262.1 million
F number 2,877
F number 1,204
L city Massapequa
F money $249.9 million
F percent 1.98%
L region Suffolk
L city Commack
F money $231.7 million
F number 412
> Baldwin, where the $148.2 million budget stayed within the cap, was one of four districts where a simple majority said no; it failed by 61 votes. Shoreham-Wading River's budget failed by nine.
L city Baldwin
F money $148.2 million
F number four
F number 61
L city Shoreham
L city Wading River
F number nine
> The New York State Council of School Superintendents said in a statement that the results showed voters "remain willing to invest in schools" when districts hold the line on taxes. A state Education Department official, who asked not to be named because the tallies are unofficial, said districts must certify results by May 22 and that five failed budgets was "about what we see in a normal year."
O nonprofit New York State Council of School Superintendents
Q direct New York State Council of School Superintendents :: "remain willing to invest in schools"
O government Education Department
F date May 22
F number five
Q direct - :: "about what we see in a normal year."
> Under the state's tax cap law, in effect since 2012, districts can raise levies by 2% or the rate of inflation, whichever is less, plus some exemptions, without a supermajority. The limit that results is known in school offices as the "Albany number."
F date 2012
F percent 2%
Q scare - :: "Albany number."
L city Albany
> Polls were open from 7 a.m. to 9 p.m. in most districts. Turnout in William Floyd was about 14% of registered voters, district clerk Jeannine Polowy said.
F time 7 a.m.
F time 9 p.m.
O education William Floyd
F percent 14%
P full Jeannine Polowy
'''

ARTICLES['1304-liege-bastogne-liege-vestergaard-van-der-elst-sprint-results-cyclingnews'] = r'''
> Road
> Liège-Bastogne-Liège: Vestergaard outsprints Van der Elst on the Quai des Ardennes for first Monument
P partial Vestergaard
P partial Van der Elst
L street Quai des Ardennes
> Dane, 24, beats Bricoflex-Vanhoutte’s Belgian by half a wheel after 259.4km as Kořínek leads the chase for third
F age 24
O team Bricoflex-Vanhoutte
F fraction half
F quantity 259.4km
P partial Kořínek
> By Niamh Calloway-Pryce
P full Niamh Calloway-Pryce
> published 22 April 2040
F date 22 April 2040
> Søren Vestergaard (Team Nordhavn Energi) celebrates after winning Liège-Bastogne-Liège (Image credit: Getty Images)
P full Søren Vestergaard
O team Team Nordhavn Energi
O media Getty Images
> Søren Vestergaard won Liège-Bastogne-Liège on Sunday, edging Joris Van der Elst (Bricoflex-Vanhoutte) in a two-man sprint on the Quai des Ardennes to take the first Monument of his career and Denmark’s first victory in La Doyenne in 21 years.
P full Søren Vestergaard
P full Joris Van der Elst
O team Bricoflex-Vanhoutte
F number two
L street Quai des Ardennes
L country Denmark
F duration 21 years
> The 24-year-old and the Belgian were clear of the rest after Van der Elst attacked on the Côte de la Roche-aux-Faucons, 13.6km from the finish, and Vestergaard came off his wheel with 150 metres to go. Matěj Kořínek (Alcázar Seguros) led the chase home for third at three seconds.
F age 24-year-old
P partial Van der Elst
L geo Côte de la Roche-aux-Faucons
F quantity 13.6km
P partial Vestergaard
F quantity 150 metres
P full Matěj Kořínek
O team Alcázar Seguros
F duration three seconds
> The winner covered the 259.4 kilometres and 4,300 metres of climbing in 6:21:47, an average of 40.8km/h, on a cold, wet day with temperatures of 6C on the Stockeu. Only 97 of the 175 starters finished.
F quantity 259.4 kilometres
F quantity 4,300 metres
F duration 6:21:47
F quantity 40.8km/h
F quantity 6C
L geo Stockeu
F number 97
F number 175
> “I knew Joris was stronger uphill, so I just had to survive La Roche-aux-Faucons,” Vestergaard said. “When he looked back at 300 metres, I thought, ‘He’s tired, he’s waiting for me.’ I counted to three and then I went.
Q direct Søren Vestergaard :: “I knew Joris was stronger uphill, so I just had to survive La Roche-aux-Faucons,”
P partial Joris
L geo La Roche-aux-Faucons
P partial Vestergaard
Q direct Søren Vestergaard :: “When he looked back at 300 metres, I thought, ‘He’s tired, he’s waiting for me.’ I counted to three and then I went.
F quantity 300 metres
F number three
> “My father raced here as an amateur in 2009 and never finished. He was standing at the top of La Redoute today. This one is for him.”
Q direct Søren Vestergaard :: “My father raced here as an amateur in 2009 and never finished. He was standing at the top of La Redoute today. This one is for him.”
F date 2009
L geo La Redoute
> Van der Elst, who was also second at Flèche Wallonne on Wednesday, said he had “no regrets” about his move. “If I wait for the sprint, I’m fourth,” he said. “Second hurts, but I raced to win.”
P partial Van der Elst
Q direct Joris Van der Elst :: “no regrets”
Q direct Joris Van der Elst :: “If I wait for the sprint, I’m fourth,”
Q direct Joris Van der Elst :: “Second hurts, but I raced to win.”
> Bricoflex-Vanhoutte said in a statement that the team had “ridden the race we planned” and that Van der Elst would now rest for six weeks before the Tour de France.
O team Bricoflex-Vanhoutte
Q direct Bricoflex-Vanhoutte :: “ridden the race we planned”
P partial Van der Elst
F duration six weeks
> Kořínek, 29, called his podium “the best day of my life on a bike”. “I was dropped on La Redoute and came back on the flat roads to Liège,” he said.
P partial Kořínek
F age 29
Q direct Matěj Kořínek :: “the best day of my life on a bike”
Q direct Matěj Kořínek :: “I was dropped on La Redoute and came back on the flat roads to Liège,”
L geo La Redoute
L city Liège
> The race was neutralised for 11 minutes about 87km into the race near Bastogne after a crash brought down 23 riders on a wet descent. A race commissaire, speaking on condition of anonymity, said the jury would review footage of the crash but that “no sanctions are expected”.
F duration 11 minutes
F quantity 87km
L city Bastogne
F number 23
Q direct - :: “no sanctions are expected”
> ASO, the race organiser, put the crowd on La Redoute at 60,000, and the climb lived up to its nickname, the “wall of noise”, as Van der Elst’s first attack went 31km from the line.
O company ASO
L geo La Redoute
F number 60,000
Q scare - :: “wall of noise”
P partial Van der Elst
F quantity 31km
> Liège-Bastogne-Liège 2040 results
F date 2040
> 1. Søren Vestergaard (Den) Team Nordhavn Energi 6:21:47
P full Søren Vestergaard
L country Den
O team Team Nordhavn Energi
F duration 6:21:47
> 2. Joris Van der Elst (Bel) Bricoflex-Vanhoutte s.t.
P full Joris Van der Elst
L country Bel
O team Bricoflex-Vanhoutte
> 3. Matěj Kořínek (Cze) Alcázar Seguros 0:03
P full Matěj Kořínek
L country Cze
O team Alcázar Seguros
F duration 0:03
> 4. Lorenzo Bellandi (Ita) Veneto Ceramiche-Astra 0:03
P full Lorenzo Bellandi
L country Ita
O team Veneto Ceramiche-Astra
F duration 0:03
> 5. Iñigo Arrizabalaga (Spa) Alcázar Seguros 0:19
P full Iñigo Arrizabalaga
L country Spa
O team Alcázar Seguros
F duration 0:19
> 6. Aurélien Dufresnoy (Fra) Groupe Côte d’Opale 0:19
P full Aurélien Dufresnoy
L country Fra
O team Groupe Côte d’Opale
F duration 0:19
> 7. Kaito Mizuno (Jpn) Team Nordhavn Energi 0:48
P full Kaito Mizuno
L country Jpn
O team Team Nordhavn Energi
F duration 0:48
'''

ARTICLES['1305-kerala-monsoon-trawling-ban-munambam-neendakara-boats-relief-the-hindu'] = r'''
> Kerala
L region Kerala
> 52-day trawling ban to come into force along Kerala coast; 3,800 boats to stay ashore
F duration 52-day
L region Kerala
F number 3,800
> Free ration and ₹4,500 relief for 1.6 lakh fishing families, says Fisheries Minister
F money ₹4,500
F number 1.6 lakh
> Reshma Thekkedath
P full Reshma Thekkedath
> KOCHI
L city KOCHI
> Updated - June 09, 2040 09:42 pm IST
F date June 09, 2040
F time 09:42 pm IST
> Mechanised boats anchored at the Munambam fishing harbour in Ernakulam on Saturday, ahead of the ban. | Photo Credit: Shibu Ramachandran
L city Munambam
L region Ernakulam
P full Shibu Ramachandran
> The annual trawling ban on mechanised boats in Kerala’s territorial waters will come into force at midnight on Saturday and remain until midnight on July 31, the Fisheries Department said. The 52-day ban, meant to protect fish stocks during the monsoon breeding season, covers the sea up to 12 nautical miles from the coast.
L region Kerala
F date July 31
O government Fisheries Department
F duration 52-day
F quantity 12 nautical miles
> Around 3,800 trawlers and purse-seiners registered in the State will stay in harbours at Neendakara, Sakthikulangara, Munambam, Beypore, Ponnani and Chombal, among others. Traditional craft with outboard engines of up to 25 horsepower are exempt.
F number 3,800
L city Neendakara
L city Sakthikulangara
L city Munambam
L city Beypore
L city Ponnani
L city Chombal
F quantity 25 horsepower
> Fisheries Minister Anto Pallipuram said every family of fishermen and allied workers registered with the Kerala Fishermen’s Welfare Fund Board would receive free ration and ₹4,500 in relief during the ban. About 1.6 lakh families would benefit, at a cost of ₹72 crore to the State, he said.
P full Anto Pallipuram
O government Kerala Fishermen’s Welfare Fund Board
F money ₹4,500
F number 1.6 lakh
F money ₹72 crore
> “The ban is not a punishment for the fishermen. Catches recover in August and September when the breeding grounds are left alone,” Mr. Pallipuram told reporters at Vypeen. “We are asking the Centre to extend the same ban, on the same dates, to the waters beyond 12 nautical miles.
Q direct Anto Pallipuram :: “The ban is not a punishment for the fishermen. Catches recover in August and September when the breeding grounds are left alone,”
P partial Pallipuram
L city Vypeen
Q direct Anto Pallipuram :: “We are asking the Centre to extend the same ban, on the same dates, to the waters beyond 12 nautical miles.
O government Centre
F quantity 12 nautical miles
> “Otherwise, boats from other States simply fish where ours cannot.”
Q direct Anto Pallipuram :: “Otherwise, boats from other States simply fish where ours cannot.”
> The Kerala Trawl Net Boat Operators’ Association (KTBOA) said the relief package ignored the crew of some 1,200 boats who come from Tamil Nadu, Odisha and West Bengal. KTBOA general secretary Joseph Kattikaran said owners had spent ₹2 lakh to ₹3.5 lakh per boat on repairs and new nets that would now lie idle for “nearly two months”.
O nonprofit Kerala Trawl Net Boat Operators’ Association
O nonprofit KTBOA
F number 1,200
L region Tamil Nadu
L region Odisha
L region West Bengal
O nonprofit KTBOA
P full Joseph Kattikaran
F money ₹2 lakh
F money ₹3.5 lakh
Q direct Joseph Kattikaran :: “nearly two months”
F duration two months
> At Munambam, boat owner C.K. Suharabi, 58, said her two boats had returned on Friday with a poor catch of sardine and mackerel. “Last year the ban ended and the sea was full for three weeks. Then it was empty again,” she said.
L city Munambam
P full C.K. Suharabi
F age 58
F number two
Q direct C.K. Suharabi :: “Last year the ban ended and the sea was full for three weeks. Then it was empty again,”
F duration three weeks
> The Coastal Police and the Fisheries Department will patrol with 22 rescue boats hired for the season, and a control room at the Vizhinjam harbour will function round the clock. A senior Fisheries Department official said boats caught violating the ban would face fines of up to ₹2.5 lakh and seizure of the catch. “We had 41 cases last season. We want zero this time,” the official said.
O government Coastal Police
O government Fisheries Department
F number 22
L city Vizhinjam
O government Fisheries Department
F money ₹2.5 lakh
Q direct - :: “We had 41 cases last season. We want zero this time,”
F number 41
F number zero
> Scientists at the Central Marine Fisheries Research Institute (CMFRI) in Kochi estimate that Kerala landed 6.9 lakh tonnes of marine fish in 2039, 8% more than in 2038, with oil sardine making up about a fifth of the catch. CMFRI has recommended a 61-day ban, in line with the ban on the east coast from April 15 to June 14.
O government Central Marine Fisheries Research Institute
O government CMFRI
L city Kochi
L region Kerala
F quantity 6.9 lakh tonnes
F date 2039
F percent 8%
F date 2038
F fraction a fifth
O government CMFRI
F duration 61-day
F date April 15
F date June 14
'''

ARTICLES['1306-athlone-shannon-flood-relief-scheme-opw-westmeath-roscommon-rte'] = r'''
> Ireland
L country Ireland
> €74m flood relief scheme for Athlone to protect 680 homes
F money €74m
L city Athlone
F number 680
> By Orlaith Ní Dhomhnaill, Midlands Correspondent
P full Orlaith Ní Dhomhnaill
L region Midlands
> Updated / Thursday, 8 Nov 2040 16:42
F date 8 Nov 2040
F time 16:42
> Floodwater on The Strand in Athlone in February 2040 (Pic: RollingNews.ie)
L street The Strand
L city Athlone
F date February 2040
O media RollingNews.ie
> The Office of Public Works (OPW) has lodged plans for a €74 million flood relief scheme in Athlone that it says will protect 680 homes and 115 businesses along the River Shannon in counties Westmeath and Roscommon.
O government Office of Public Works
O government OPW
F money €74 million
L city Athlone
F number 680
F number 115
L geo River Shannon
L region Westmeath
L region Roscommon
> The scheme includes 4.2km of walls and embankments on both banks, two pumping stations and demountable barriers that can be put in place within six hours, the OPW said. Construction is expected to start in the second half of 2041 and to last three years.
F quantity 4.2km
F number two
F duration six hours
O government OPW
F date 2041
F duration three years
> Athlone was last badly flooded in February 2040, when the Shannon at the town bridge rose 1.9 metres above its summer level and 140 properties were affected, according to the OPW.
L city Athlone
F date February 2040
L geo Shannon
F quantity 1.9 metres
F number 140
O government OPW
> Minister of State with responsibility for the OPW Declan Mac Giolla Phádraig said the town had flooded three times in the past 15 years. "People in Athlone have been sandbagging their front doors since 2009. That cannot go on," he said.
O government OPW
P full Declan Mac Giolla Phádraig
F number three
F duration 15 years
Q direct Declan Mac Giolla Phádraig :: "People in Athlone have been sandbagging their front doors since 2009. That cannot go on,"
L city Athlone
F date 2009
> "This is the biggest scheme we have brought forward on the Shannon, and it will not be the last," Mr Mac Giolla Phádraig said. "We are also looking at Carrick-on-Shannon, Banagher and Castleconnell, and I expect designs for those to go on public display next year.
Q direct Declan Mac Giolla Phádraig :: "This is the biggest scheme we have brought forward on the Shannon, and it will not be the last,"
L geo Shannon
P partial Mac Giolla Phádraig
Q direct Declan Mac Giolla Phádraig :: "We are also looking at Carrick-on-Shannon, Banagher and Castleconnell, and I expect designs for those to go on public display next year.
L city Carrick-on-Shannon
L city Banagher
L city Castleconnell
> "The river does not stop at county boundaries, and neither can we."
Q direct Declan Mac Giolla Phádraig :: "The river does not stop at county boundaries, and neither can we."
> Under the plans, the ESB, which controls levels on Lough Derg through Parteen Weir, and Waterways Ireland will share real-time data with the OPW and Met Éireann from 31 gauges on the river. The ESB said in a statement that it would "co-operate fully" with the scheme.
O company ESB
L geo Lough Derg
L facility Parteen Weir
O government Waterways Ireland
O government OPW
O government Met Éireann
F number 31
O company ESB
Q direct ESB :: "co-operate fully"
> Noeleen Fahy, 71, whose house on Carberry Road took in 40cm of water in February, said she welcomed the plans but feared the work would take too long. "I've been told 'next year' for a long time," she said.
P full Noeleen Fahy
F age 71
L street Carberry Road
F quantity 40cm
Q direct Noeleen Fahy :: "I've been told 'next year' for a long time,"
> Westmeath County Council said the scheme would be funded from the OPW's €1.3bn capital programme for flood defences. Fianna Fáil councillor Aidan Ó Briain said the Roscommon side of the town, around Monksland, had been "forgotten" in earlier plans but was now included.
O government Westmeath County Council
O government OPW
F money €1.3bn
P full Aidan Ó Briain
L region Roscommon
L city Monksland
Q direct Aidan Ó Briain :: "forgotten"
> Insurance Ireland said 27% of homes in the town's flood zone could not get flood cover, and that insurers would review that position once the defences were complete.
O nonprofit Insurance Ireland
F percent 27%
> The plans will be on public display at Athlone Civic Centre from 12 November to 21 December, and an online information session will be held at 7pm on 20 November. Submissions can be made until 5pm on 10 January 2041.
L facility Athlone Civic Centre
F date 12 November
F date 21 December
F time 7pm
F date 20 November
F time 5pm
F date 10 January 2041
> A spokesperson for Inland Fisheries Ireland said it would examine the scheme's impact on the river's "fragile" eel and salmon habitats before making a submission.
O government Inland Fisheries Ireland
Q direct - :: "fragile"
'''

ARTICLES['1307-asahina-motor-fuel-pump-recall-ota-gunma-kanda-yen-bloomberg'] = r'''
> Asahina Motor Recalls 1.4 Million Cars Over Fuel Pumps, Shares Slide
O company Asahina Motor
F number 1.4 Million
> Recall covers Tsubame sedan and Hayate SUV built from 2037 to 2040
F date 2037
F date 2040
> Carmaker sets aside ¥62 billion; analysts see hit to full-year profit
F money ¥62 billion
> By Haruka Onodera and Daniel Whitcombe-Saito
P full Haruka Onodera
P full Daniel Whitcombe-Saito
> May 16, 2041 at 2:07 AM GMT-4
F date May 16, 2041
F time 2:07 AM GMT-4
> Vehicles await shipment at Asahina Motor’s plant in Ota, Gunma prefecture. Photographer: Kentaro Ishiwata/Bloomberg
O company Asahina Motor
L city Ota
L region Gunma
P full Kentaro Ishiwata
O media Bloomberg
> (Bloomberg) -- Asahina Motor Corp. will recall about 1.4 million vehicles worldwide to replace fuel pumps that can fail and cause engines to stall, the biggest recall in the Japanese carmaker’s 88-year history.
O media Bloomberg
O company Asahina Motor Corp.
F number 1.4 million
F duration 88-year
> The recall covers Tsubame sedans and Hayate sport utility vehicles built between April 2037 and January 2040 at plants in Ota and in Kanda, Fukuoka prefecture, the Tokyo-based company said in a filing Thursday. About 610,000 of the vehicles were sold in Japan and 412,000 in the US, with the rest mainly in China, Thailand and Australia.
F date April 2037
F date January 2040
L city Ota
L city Kanda
L region Fukuoka
L city Tokyo
F number 610,000
L country Japan
F number 412,000
L country US
L country China
L country Thailand
L country Australia
> Asahina shares fell as much as 7.3% in Tokyo trading to ¥2,186, the steepest intraday drop since October 2038, before closing down 5.1%. The company set aside ¥62 billion ($412 million) for the recall and said it would review its forecast for the fiscal year ending March 2042, for which it had projected operating profit of ¥890 billion.
O company Asahina
F percent 7.3%
L city Tokyo
F money ¥2,186
F date October 2038
F percent 5.1%
F money ¥62 billion
F money $412 million
F date March 2042
F money ¥890 billion
> “We deeply apologize to our customers for the worry this has caused,” President Shuntaro Kusanagi told reporters at the company’s headquarters. “We traced the fault to a single lot of impellers, and we have changed both the part and the way we inspect it.
Q direct Shuntaro Kusanagi :: “We deeply apologize to our customers for the worry this has caused,”
P full Shuntaro Kusanagi
Q direct Shuntaro Kusanagi :: “We traced the fault to a single lot of impellers, and we have changed both the part and the way we inspect it.
> “No one has been hurt, as far as we know. But a car that stalls on an expressway is a danger we cannot accept.”
Q direct Shuntaro Kusanagi :: “No one has been hurt, as far as we know. But a car that stalls on an expressway is a danger we cannot accept.”
> Japan’s Ministry of Land, Infrastructure, Transport and Tourism said it had received 214 reports of stalling linked to the pumps since 2039. In the US, the National Highway Traffic Safety Administration (NHTSA) opened a preliminary review in March after 37 complaints, and NHTSA said Thursday it would monitor the remedy. The pumps were made by Seiryu Precision, a supplier based in Hamamatsu, which said it was “cooperating fully” with Asahina.
L country Japan
O government Ministry of Land, Infrastructure, Transport and Tourism
F number 214
F date 2039
L country US
O government National Highway Traffic Safety Administration
O government NHTSA
F number 37
O government NHTSA
O company Seiryu Precision
L city Hamamatsu
Q direct Seiryu Precision :: “cooperating fully”
O company Asahina
> The cost should be manageable but the timing is poor, said Mariko Tachibana-Lowe, an analyst at Bloomberg Intelligence. Asahina is already contending with a stronger yen and slowing sales in China, where its deliveries fell 18% in the three months through March.
P full Mariko Tachibana-Lowe
O media Bloomberg Intelligence
O company Asahina
L country China
F percent 18%
F duration three months
> “Investors will forgive one recall. What they won’t forgive is a second one in the same model line,” said Kōji Ebisawa, a senior analyst at Kohinata Research in Tokyo, who rates the shares a buy.
Q direct Kōji Ebisawa :: “Investors will forgive one recall. What they won’t forgive is a second one in the same model line,”
F number one
P full Kōji Ebisawa
O company Kohinata Research
L city Tokyo
> Asahina builds about 2.9 million vehicles a year, including 1.1 million at its three Japanese plants and the rest in Thailand, Mexico and the US. It said replacing a pump takes about 90 minutes per vehicle and that dealers would start repairs on June 3.
O company Asahina
F number 2.9 million
F number 1.1 million
F number three
L country Thailand
L country Mexico
L country US
F duration 90 minutes
F date June 3
> --With assistance from Yumi Teramoto
P full Yumi Teramoto
'''

ARTICLES['1308-hardap-green-hydrogen-ammonia-mariental-farmers-water-the-namibian'] = r'''
> National
> Hardap green hydrogen plant gets nod, farmers fear for water
L region Hardap
> Selma Ndeutapo
P full Selma Ndeutapo
> 2040-09-06
F date 2040-09-06
> WATER WORRIES … The Hardap Dam outside Mariental, which would supply the plant. Photo: Johannes !Gawaseb
L facility Hardap Dam
L city Mariental
P full Johannes !Gawaseb
> THE Ministry of Environment, Forestry and Tourism has granted an environmental clearance certificate to a N$14,8 billion green hydrogen and ammonia project near Mariental in the Hardap region, despite objections from farmers who say the plant will take water that the region's irrigation farms depend on.
O government Ministry of Environment, Forestry and Tourism
F money N$14,8 billion
L city Mariental
L region Hardap
> The developer, Hardap Green Molecules (HGM), a joint venture between NamPower and private investors, plans to produce 40 000 tonnes of hydrogen a year by 2044 and turn most of it into 210 000 tonnes of ammonia for fertiliser exports through Lüderitz and Walvis Bay. It would draw power from 1,2 gigawatts (GW) of solar panels spread over 3 500 hectares east of the B1 road.
O company Hardap Green Molecules
O company HGM
O company NamPower
F quantity 40 000 tonnes
F date 2044
F quantity 210 000 tonnes
L city Lüderitz
L city Walvis Bay
F quantity 1,2 gigawatts
F quantity 3 500 hectares
L street B1
> Mines and energy minister Tuyeni Amukwaya-Rittmann said at the signing in Windhoek on Thursday that the project would create 3 200 jobs during construction and about 450 permanent jobs.
P full Tuyeni Amukwaya-Rittmann
L city Windhoek
F number 3 200
F number 450
> "Hardap has the sun, the land and the railway. What it did not have was an industry. Today it has one," Amukwaya-Rittmann said. "This is the first project outside Erongo and //Kharas, and it shows that hydrogen is for the whole country.
Q direct Tuyeni Amukwaya-Rittmann :: "Hardap has the sun, the land and the railway. What it did not have was an industry. Today it has one,"
L region Hardap
P partial Amukwaya-Rittmann
Q direct Tuyeni Amukwaya-Rittmann :: "This is the first project outside Erongo and //Kharas, and it shows that hydrogen is for the whole country.
L region Erongo
L region //Kharas
> "We will make sure that no farmer loses water without a proper agreement."
Q direct Tuyeni Amukwaya-Rittmann :: "We will make sure that no farmer loses water without a proper agreement."
> The Namibia Agricultural Union (NAU) said in its objection that the plant would need up to 1,9 million cubic metres of water a year from the Hardap Dam, about 6% of the dam's average yield, at a time when irrigation farmers at Mariental have been rationed in four of the past seven years. The union called the company's water figures "optimistic at best".
O nonprofit Namibia Agricultural Union
O nonprofit NAU
F quantity 1,9 million cubic metres
L facility Hardap Dam
F percent 6%
L city Mariental
F number four
F duration seven years
Q direct Namibia Agricultural Union :: "optimistic at best"
> Lucerne farmer Gert van Rooyen (63) of Gibeon said the company had measured the sunshine but not the river. "They tested the sun for two years. Nobody tested the water with us," he said.
P full Gert van Rooyen
F age 63
L city Gibeon
Q direct Gert van Rooyen :: "They tested the sun for two years. Nobody tested the water with us,"
F duration two years
> Van Rooyen said his family had farmed along the Fish River since 1961.
P partial Van Rooyen
L geo Fish River
F date 1961
> HGM chief executive Pieter-Hendrik Louw said the company would build a 20-kilometre pipeline from the dam and pay N$38 per cubic metre, nearly four times what irrigation farmers pay. "We will not take water the farmers need," he said, adding that a desalination option at Lüderitz "remains on the table".
O company HGM
P full Pieter-Hendrik Louw
F quantity 20-kilometre
F money N$38
F number four
Q direct Pieter-Hendrik Louw :: "We will not take water the farmers need,"
L city Lüderitz
Q direct Pieter-Hendrik Louw :: "remains on the table"
> Agriculture, water and land reform minister Loide Mbango said in August that "water for food comes first" in the south.
P full Loide Mbango
Q direct Loide Mbango :: "water for food comes first"
> An official in the environment ministry, who asked not to be named, said the certificate carries 42 conditions, including monthly water reporting. "If they break the conditions, the certificate falls away," the official said.
F number 42
Q direct - :: "If they break the conditions, the certificate falls away,"
> Construction is expected to start in March 2041, with the first ammonia exports planned for 2045. The project would be the third green hydrogen venture to win clearance since 2038, after projects in Erongo and //Kharas.
F date March 2041
F date 2045
F date 2038
L region Erongo
L region //Kharas
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
