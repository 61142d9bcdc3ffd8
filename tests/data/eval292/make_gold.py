#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval292 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval292/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1795-edinburgh-tram-granton-extension-consultation-leith-herald'] = r'''
> News
> Edinburgh tram extension to Granton: ‘We’ve waited 20 years for this’
L city Edinburgh
L city Granton
Q direct Morven Tait :: ‘We’ve waited 20 years for this’
F duration 20 years
> Consultation opens on £340m line from Newhaven to Granton Waterfront with six new stops
F money £340m
L city Newhaven
L city Granton Waterfront
F number six
> By Ailsa Drummond-Kerr
P full Ailsa Drummond-Kerr
> Transport Correspondent
> Published 14th March 2041
F date 14th March 2041
> A tram at the Ocean Terminal stop in Leith. The proposed extension would run west along the Forth shore. Picture: GORDON McTAVISH
L facility Ocean Terminal
L city Leith
L geo Forth
P full GORDON McTAVISH
> THE City of Edinburgh Council has opened a 12-week public consultation on extending the capital’s tram network by 4.6 kilometres from Newhaven to Granton, the biggest addition to the line since trams returned to Leith in 2023.
O government City of Edinburgh Council
F duration 12-week
F quantity 4.6 kilometres
L city Newhaven
L city Granton
L city Leith
F date 2023
> The £340 million scheme would add six stops, among them Granton Harbour, Granton Square and West Shore Road, with trams every seven minutes at peak times and a journey of 11 minutes from Granton to Ocean Terminal.
F money £340 million
F number six
L facility Granton Harbour
L street Granton Square
L street West Shore Road
F duration seven minutes
F duration 11 minutes
L city Granton
L facility Ocean Terminal
> Councillor Fiona Baxendale, the council’s transport convener, said the line would open up “one of the largest brownfield sites in Scotland” to 3,500 new homes. “This is about linking people to jobs, to schools and to the city centre,” she said. “It is also about fairness.
P full Fiona Baxendale
Q direct Fiona Baxendale :: “one of the largest brownfield sites in Scotland”
L country Scotland
F number 3,500
Q direct Fiona Baxendale :: “This is about linking people to jobs, to schools and to the city centre,”
Q direct Fiona Baxendale :: “It is also about fairness.
> “Granton has been promised a tram since the first line was drawn up in the early 2000s. We intend to deliver it, on time and on budget, by 2044.”
Q direct Fiona Baxendale :: “Granton has been promised a tram since the first line was drawn up in the early 2000s. We intend to deliver it, on time and on budget, by 2044.”
L city Granton
F date 2000s
F date 2044
> Ms Baxendale said the council would borrow up to £180m, with the rest expected from the Scottish Government and developers. The consultation closes at 5pm on 6 June.
P partial Baxendale
F money £180m
O government Scottish Government
F time 5pm
F date 6 June
> Morven Tait, 67, who has lived off Great Junction Street in Leith for four decades, said she was “cautiously optimistic”. “We’ve waited 20 years for this, and we put up with the roadworks last time, when everybody said ‘never again’,” she said. “My granddaughter works in Granton. Right now it’s two buses and 50 minutes.”
P full Morven Tait
F age 67
L street Great Junction Street
L city Leith
F duration four decades
Q direct Morven Tait :: “cautiously optimistic”
Q direct Morven Tait :: “We’ve waited 20 years for this, and we put up with the roadworks last time, when everybody said ‘never again’,”
F duration 20 years
Q direct Morven Tait :: “My granddaughter works in Granton. Right now it’s two buses and 50 minutes.”
L city Granton
F number two
F duration 50 minutes
> Scotland’s transport minister, Alasdair Rennie-Moffat, told the Scottish Parliament on Wednesday that ministers would “look closely” at the business case. Edinburgh would not be handed “a blank cheque”, he said, but the scale of building under way on the waterfront was hard to ignore.
L country Scotland
P full Alasdair Rennie-Moffat
O government Scottish Parliament
Q direct Alasdair Rennie-Moffat :: “look closely”
L city Edinburgh
Q direct Alasdair Rennie-Moffat :: “a blank cheque”
> Dr Iain Kowalczyk, a transport researcher at Edinburgh Napier University, said tram extensions in the UK had typically cost £60m to £80m per kilometre, so the Granton estimate was “at the lean end”. He noted that 38 per cent of households in the area had no car.
P full Iain Kowalczyk
O education Edinburgh Napier University
L country UK
F money £60m
F money £80m
L city Granton
Q direct Iain Kowalczyk :: “at the lean end”
F percent 38 per cent
> “The numbers are plausible, but only just,” he said. “About a quarter of the cost is moving pipes and cables nobody has mapped since the 1960s. That is where budgets go to die.”
Q direct Iain Kowalczyk :: “The numbers are plausible, but only just,”
Q direct Iain Kowalczyk :: “About a quarter of the cost is moving pipes and cables nobody has mapped since the 1960s. That is where budgets go to die.”
F fraction a quarter
F date 1960s
> Campaigners have long called the gap between the two ends of the network the “missing mile”, while one council official, who asked not to be named, said the 2044 date was “ambitious at best”.
F number two
Q scare - :: “missing mile”
Q direct - :: “ambitious at best”
F date 2044
> The council will hold drop-in sessions at Granton Library and Leith Community Centre over the next two weeks, and says about half of the 1,200 responses received in the first 48 hours backed the plan.
L facility Granton Library
L facility Leith Community Centre
F duration two weeks
F fraction half
F number 1,200
F duration 48 hours
'''

ARTICLES['1796-mexico-industrias-cerralvo-auto-parts-plant-monterrey-salinas-victoria-reuters'] = r'''
> Autos & Transportation
> Mexico's Industrias Cerralvo to invest $1.2 billion in Monterrey plant, add 3,000 jobs
L country Mexico
O company Industrias Cerralvo
F money $1.2 billion
L city Monterrey
F number 3,000
> By Lucía Garza-Treviño and Tomás Ibarra
P full Lucía Garza-Treviño
P full Tomás Ibarra
> March 19, 2041 4:37 PM UTC Updated 2 hours ago
F date March 19, 2041
F time 4:37 PM UTC
F duration 2 hours
> Workers assemble brake components at an Industrias Cerralvo factory in Apodaca, Nuevo Leon state, Mexico, February 27, 2041. REUTERS/Daniel Becerra Ortiz
O company Industrias Cerralvo
L city Apodaca
L region Nuevo Leon
L country Mexico
F date February 27, 2041
O media REUTERS
P full Daniel Becerra Ortiz
> MONTERREY, Mexico, March 19 (Reuters) - Mexican auto-parts maker Industrias Cerralvo said on Tuesday it would invest $1.2 billion over five years in a new plant on the outskirts of Monterrey, its biggest bet yet that North American carmakers will keep moving production closer to the United States.
L city MONTERREY
L country Mexico
F date March 19
O media Reuters
O company Industrias Cerralvo
F money $1.2 billion
F duration five years
L city Monterrey
L country United States
> The plant in Salinas Victoria, about 30 kilometers (19 miles) north of the city, will make steering and suspension parts and is expected to employ 3,000 people when it reaches full output in 2044, the company said in a statement.
L city Salinas Victoria
F quantity 30 kilometers
F quantity 19 miles
F number 3,000
F date 2044
> "We are not building for next year, we are building for the next 20 years," Chief Executive Rodrigo Elizondo Cantú told Reuters in an interview. "Our customers want parts made within a day's drive of their assembly lines."
Q direct Rodrigo Elizondo Cantú :: "We are not building for next year, we are building for the next 20 years,"
F duration 20 years
P full Rodrigo Elizondo Cantú
O media Reuters
Q direct Rodrigo Elizondo Cantú :: "Our customers want parts made within a day's drive of their assembly lines."
> Elizondo, 54, said about 40% of the plant's output would go to pickup and SUV lines in Texas and Michigan, and the rest to factories in Coahuila and Guanajuato. He said the company was in talks with two U.S. carmakers he declined to name.
P partial Elizondo
F age 54
F percent 40%
L region Texas
L region Michigan
L region Coahuila
L region Guanajuato
F number two
L country U.S.
> The investment equals about 21.5 billion pesos. Cerralvo's shares rose 6.3% in Mexico City trading, their biggest one-day gain since October 2039.
F money 21.5 billion pesos
O company Cerralvo
F percent 6.3%
L city Mexico City
F duration one-day
F date October 2039
> Deputy Economy Minister Valeria Ochoa Ruelas said the government would offer the project "fast-track" permits and tax credits worth up to 1.8 billion pesos over a decade.
P full Valeria Ochoa Ruelas
Q direct Valeria Ochoa Ruelas :: "fast-track"
F money 1.8 billion pesos
> "Nuevo Leon has the water, the power and the people, and the Economy Ministry will make sure the paperwork is not the bottleneck," Ochoa told reporters at an event in San Pedro Garza Garcia. "We expect more announcements like this one before the end of the year."
Q direct Valeria Ochoa Ruelas :: "Nuevo Leon has the water, the power and the people, and the Economy Ministry will make sure the paperwork is not the bottleneck,"
L region Nuevo Leon
O government Economy Ministry
P partial Ochoa
L city San Pedro Garza Garcia
Q direct Valeria Ochoa Ruelas :: "We expect more announcements like this one before the end of the year."
> Water has been a sore point in the region. Monterrey endured months of rationing in 2022, and Cerralvo said the new plant would recycle 85 percent of its water and draw none from municipal supplies.
L city Monterrey
F date 2022
O company Cerralvo
F percent 85 percent
> Gabriela Fonseca, an analyst at Mexico City brokerage Casa de Bolsa Anáhuac, said the project looked "sensible, if not cheap" and estimated it would lift Cerralvo's annual revenue by 9% to 12% once at full capacity.
P full Gabriela Fonseca
L city Mexico City
O company Casa de Bolsa Anáhuac
Q direct Gabriela Fonseca :: "sensible, if not cheap"
O company Cerralvo
F percent 9%
F percent 12%
> "The risk is not demand, it's the trade review," she said, referring to the 2042 review of the United States-Mexico-Canada Agreement. "If tariffs come back, a $1.2 billion plant becomes a very expensive 'maybe.'"
Q direct Gabriela Fonseca :: "The risk is not demand, it's the trade review,"
F date 2042
Q direct Gabriela Fonseca :: "If tariffs come back, a $1.2 billion plant becomes a very expensive 'maybe.'"
F money $1.2 billion
> A person familiar with the company's plans said Cerralvo had also looked at sites in Saltillo and San Luis Potosi before settling on Nuevo Leon, where it already runs two factories. "The board wanted certainty on power first," the person said.
O company Cerralvo
L city Saltillo
L city San Luis Potosi
L region Nuevo Leon
F number two
Q direct - :: "The board wanted certainty on power first,"
> Cerralvo, founded in 1987, employs about 11,500 people in Mexico and reported revenue of $2.3 billion in 2040.
O company Cerralvo
F date 1987
F number 11,500
L country Mexico
F money $2.3 billion
F date 2040
> ($1 = 17.9150 Mexican pesos)
F money $1
F money 17.9150 Mexican pesos
> Reporting by Lucía Garza-Treviño in Monterrey and Tomás Ibarra in Mexico City; Editing by Rosalind Kettering
P full Lucía Garza-Treviño
L city Monterrey
P full Tomás Ibarra
L city Mexico City
P full Rosalind Kettering
'''

ARTICLES['1797-super-league-grand-final-wigan-warriors-st-helens-hartigan-old-trafford-guardian'] = r'''
> Super League
O other Super League
> Hartigan’s late drop goal wins Grand Final for Wigan against St Helens
P partial Hartigan
O team Wigan
O team St Helens
> Wigan Warriors 19-18 St Helens: Connor Hartigan settles a classic in front of 71,806 at Old Trafford after Saints are held up on the line
O team Wigan Warriors
F score 19-18
O team St Helens
P full Connor Hartigan
F number 71,806
L facility Old Trafford
O team Saints
> Aidan Roscoe at Old Trafford
P full Aidan Roscoe
L facility Old Trafford
> Sat 13 Oct 2040 20.41 BST
F date 13 Oct 2040
F time 20.41 BST
> Connor Hartigan celebrates after his drop goal put Wigan ahead with three minutes left. Photograph: Martin Rickerby/Getty Images
P full Connor Hartigan
O team Wigan
F duration three minutes
P full Martin Rickerby
O media Getty Images
> For 77 minutes on a wet Manchester night this was a Grand Final that refused to pick a winner. Then Connor Hartigan, the 23-year-old Wigan half-back who had spent most of the evening being hunted by St Helens forwards, dropped into the pocket 30 metres out and sent the ball between the posts.
F duration 77 minutes
L city Manchester
P full Connor Hartigan
F age 23-year-old
O team Wigan
O team St Helens
F quantity 30 metres
> It was enough. St Helens threw everything at the Wigan line in the final three minutes, and Reuben Faleolo-Marsh was held up over the line with 40 seconds on the clock, but the Warriors held on for a 19-18 win and their first title since 2038.
O team St Helens
O team Wigan
F duration three minutes
P full Reuben Faleolo-Marsh
F duration 40 seconds
O team Warriors
F score 19-18
F date 2038
> In front of 71,806 – the biggest Grand Final crowd for six years – Wigan trailed 12-6 at half-time after Saints scored twice in eight minutes through Kieran Astley and Josh Penhallow.
F number 71,806
F duration six years
O team Wigan
F score 12-6
O team Saints
F duration eight minutes
P full Kieran Astley
P full Josh Penhallow
> Wigan’s only try of the half came on 14 minutes, when the centre Liam Ogunbanjo finished a long move down the left. Hartigan added the conversion, his first of three goals.
O team Wigan
F duration 14 minutes
P full Liam Ogunbanjo
P partial Hartigan
F number three
> The second half swung both ways. Wigan’s hooker, Matty Greenhalgh, squeezed over from dummy-half on 47 minutes and Hartigan’s goal levelled it at 12-12, before St Helens went back in front when Penhallow gathered a kick to score his second on 58 minutes. Jonah Ashworth-Pye converted from the touchline to make it 18-12.
O team Wigan
P full Matty Greenhalgh
F duration 47 minutes
P partial Hartigan
F score 12-12
O team St Helens
P partial Penhallow
F duration 58 minutes
P full Jonah Ashworth-Pye
F score 18-12
> Wigan’s third try, from the winger Sam Devereux on 71 minutes, and Hartigan’s touchline goal brought them level at 18-18 and set up a frantic finish.
O team Wigan
P full Sam Devereux
F duration 71 minutes
P partial Hartigan
F score 18-18
> “I said to him at half-time, ‘If it’s there, take it,’” said the Wigan coach, Danny Marchetti. “He’s 23, he’s played 41 games, and he stood over a drop goal in a Grand Final like he was in his back garden.
Q direct Danny Marchetti :: “I said to him at half-time, ‘If it’s there, take it,’”
O team Wigan
P full Danny Marchetti
Q direct Danny Marchetti :: “He’s 23, he’s played 41 games, and he stood over a drop goal in a Grand Final like he was in his back garden.
F age 23
F number 41
> “We didn’t play well for an hour. But this group doesn’t know when it’s beaten, and you can’t coach that.”
Q direct Danny Marchetti :: “We didn’t play well for an hour. But this group doesn’t know when it’s beaten, and you can’t coach that.”
> The St Helens coach, Paul Whitcombe-Lowe, was left to rue a missed conversion and a knock-on 10 metres from the line. “Eighteen points should win you a Grand Final,” he said. “We gave them three soft tries. You can’t do that here.”
O team St Helens
P full Paul Whitcombe-Lowe
F quantity 10 metres
Q direct Paul Whitcombe-Lowe :: “Eighteen points should win you a Grand Final,”
F number Eighteen
Q direct Paul Whitcombe-Lowe :: “We gave them three soft tries. You can’t do that here.”
F number three
> Whitcombe-Lowe, 46, said he had no complaints about the referee, Chris Lydgate, but a Saints official, who asked not to be named, described the decision to rule out Faleolo-Marsh’s late effort as “a coin toss”.
P partial Whitcombe-Lowe
F age 46
P full Chris Lydgate
O team Saints
P partial Faleolo-Marsh
Q direct - :: “a coin toss”
> Hartigan, who came through the club’s academy from Orrell, has been nicknamed “the Ice Man” by teammates. He finished with three goals from four attempts as well as the drop goal.
P partial Hartigan
L city Orrell
Q scare - :: “the Ice Man”
F number three
F number four
> Wigan, who finished top of the table with 22 wins from 27 matches, have now won five of the last 10 Grand Finals. Gate receipts were about £4.1m, the Rugby Football League said.
O team Wigan
F number 22
F number 27
F number five
F number 10
F money £4.1m
O other Rugby Football League
'''

ARTICLES['1798-karachi-circular-railway-revival-contract-orangi-sindh-dawn'] = r'''
> Pakistan
L country Pakistan
> Sindh signs Rs312bn contract to revive Karachi Circular Railway
L region Sindh
F money Rs312bn
L facility Karachi Circular Railway
> Imran Qureshi-Baloch Published March 21, 2042 Updated about 4 hours ago
P full Imran Qureshi-Baloch
F date March 21, 2042
F duration 4 hours
> Commuters wait for a train at the Orangi station on the old circular line in Karachi on Thursday. — Photo by Shahzeb Lakhani / White Star
L facility Orangi
L city Karachi
P full Shahzeb Lakhani
O media White Star
> KARACHI: The Sindh government on Friday signed a Rs312 billion contract with a Chinese-Pakistani consortium, Indus Orient Rail Consortium (IORC), to rebuild and electrify the 43-kilometre Karachi Circular Railway (KCR), promising the first trains on the revived loop by December 2044.
L city KARACHI
L region Sindh
F money Rs312 billion
O company Indus Orient Rail Consortium
O company IORC
F quantity 43-kilometre
L facility Karachi Circular Railway
L facility KCR
F date December 2044
> Under the deal, signed at the Chief Minister House, IORC will lay new track on the loop from the Karachi City station through Liaquatabad, Nazimabad, Orangi and Baldia, build 24 stations and run 20 trains, each carrying up to 1,000 passengers.
L facility Chief Minister House
O company IORC
L facility Karachi City
L city Liaquatabad
L city Nazimabad
L city Orangi
L city Baldia
F number 24
F number 20
F number 1,000
> Sindh Transport Minister Naveed Aslam Shaikh said the railway would carry 450,000 passengers a day once fully running and take “at least 200,000 cars and motorcycles” off the city’s roads.
L region Sindh
P full Naveed Aslam Shaikh
F number 450,000
Q direct Naveed Aslam Shaikh :: “at least 200,000 cars and motorcycles”
F number 200,000
> “For 25 years, every government has promised the KCR. We have signed, the money is arranged and the machines will be on site within 90 days,” Mr Shaikh told reporters after the ceremony. He said Islamabad would bear a third of the cost, with the rest coming from the province and a loan from China.
Q direct Naveed Aslam Shaikh :: “For 25 years, every government has promised the KCR. We have signed, the money is arranged and the machines will be on site within 90 days,”
F duration 25 years
L facility KCR
F duration 90 days
P partial Shaikh
L city Islamabad
F fraction a third
L country China
> Pakistan Railways, which owns the land, will hand over the right of way in three phases. Its divisional superintendent in Karachi, Farah Naz Abbasi, said 1,650 encroachments had been identified along the route, against about 4,600 cleared in 2020 and 2021.
O government Pakistan Railways
F number three
L city Karachi
P full Farah Naz Abbasi
F number 1,650
F number 4,600
F date 2020
F date 2021
> “No one will be removed without notice. The compensation lists have been shared with the deputy commissioners,” she said, adding that the railway had set aside Rs6.5bn for resettlement.
Q direct Farah Naz Abbasi :: “No one will be removed without notice. The compensation lists have been shared with the deputy commissioners,”
F money Rs6.5bn
> In Orangi Town, where many residents spend up to three hours a day on buses and rickshaws, the news was met with caution. Abdul Wahid, 52, a tailor who travels to Saddar every morning, said his commute cost him Rs450 a day.
L city Orangi Town
F duration three hours
P full Abdul Wahid
F age 52
L city Saddar
F money Rs450
> “My father used to take the circular train from Orangi in the 1980s. Then it stopped, and we were told ‘next year, next year’ for my whole life,” he said. “If I can reach work in 40 minutes, that is two hours back with my children every day.”
Q direct Abdul Wahid :: “My father used to take the circular train from Orangi in the 1980s. Then it stopped, and we were told ‘next year, next year’ for my whole life,”
L city Orangi
F date 1980s
Q direct Abdul Wahid :: “If I can reach work in 40 minutes, that is two hours back with my children every day.”
F duration 40 minutes
F duration two hours
> Dr Saima Rizvi-Hashmi, an associate professor of civil engineering at NED University of Engineering and Technology, said the 43km alignment was sound but warned that the consortium’s 30-month schedule was “tight”.
P full Saima Rizvi-Hashmi
O education NED University of Engineering and Technology
F quantity 43km
F duration 30-month
Q direct Saima Rizvi-Hashmi :: “tight”
> “The hard part is not the track. It is the 22 level crossings where the line meets roads like Shahrah-i-Faisal and University Road,” she said. “Each one needs a flyover or an underpass, and each one is a fight.”
Q direct Saima Rizvi-Hashmi :: “The hard part is not the track. It is the 22 level crossings where the line meets roads like Shahrah-i-Faisal and University Road,”
F number 22
L street Shahrah-i-Faisal
L street University Road
Q direct Saima Rizvi-Hashmi :: “Each one needs a flyover or an underpass, and each one is a fight.”
> She said a 2041 survey by NED found that 62pc of Karachi’s daily trips were made by bus, rickshaw or motorcycle, and only 4pc by rail. The final 2km “loop closure” near Karsaz will be built last.
F date 2041
O education NED
F percent 62pc
L city Karachi
F percent 4pc
F quantity 2km
Q scare - :: “loop closure”
L city Karsaz
> Transporters’ groups have called the project a “white elephant”, and an official in the transport department, speaking on condition of anonymity, said fares had yet to be set. “We are looking at Rs50 to Rs100 per trip, but the cabinet will decide,” the official said.
Q direct - :: “white elephant”
Q direct - :: “We are looking at Rs50 to Rs100 per trip, but the cabinet will decide,”
F money Rs50
F money Rs100
> The original KCR, opened in 1969, carried about 6m passengers a year at its peak before services were suspended in 1999.
L facility KCR
F date 1969
F number 6m
F date 1999
'''

ARTICLES['1799-phoenix-light-rail-extension-glendale-valley-metro-board-arizona-republic'] = r'''
> Transportation
> Valley Metro Approves $1.9 Billion Light-Rail Extension to Glendale
O government Valley Metro
F money $1.9 Billion
L city Glendale
> The 7.4-mile line would add eight stations along Glendale Avenue and open in 2044, if federal money comes through.
F quantity 7.4-mile
F number eight
L street Glendale Avenue
F date 2044
> Marisol Quintero-Hale
P full Marisol Quintero-Hale
> Arizona Republic
O media Arizona Republic
> Published 5:02 a.m. MT April 10, 2041 | Updated 11:18 a.m. MT April 10, 2041
F time 5:02 a.m. MT
F date April 10, 2041
F time 11:18 a.m. MT
F date April 10, 2041
> A Valley Metro train crosses Central Avenue in downtown Phoenix on April 8, 2041. Patrick Benavidez-Cole/The Republic
O government Valley Metro
L street Central Avenue
L city Phoenix
F date April 8, 2041
P full Patrick Benavidez-Cole
O media The Republic
> The Valley Metro board voted 11-2 on Wednesday to extend light rail 7.4 miles west from the existing line on 19th Avenue in Phoenix into Glendale, ending two decades of stop-and-start planning for the city's first rail link.
O government Valley Metro
F number 11-2
F quantity 7.4 miles
L street 19th Avenue
L city Phoenix
L city Glendale
F duration two decades
> The $1.9 billion project would run along Glendale Avenue to 67th Avenue and then north to State Farm Stadium and the Westgate Entertainment District, with eight stations and trains every 12 minutes.
F money $1.9 billion
L street Glendale Avenue
L street 67th Avenue
L facility State Farm Stadium
L facility Westgate Entertainment District
F number eight
F duration 12 minutes
> "This is the piece of the system the West Valley has been asking for since the first train ran in 2008," said Valley Metro CEO Rochelle Antwine-Baca. "Glendale is the fourth-largest city in the Valley, and today it finally gets a seat on the train."
Q direct Rochelle Antwine-Baca :: "This is the piece of the system the West Valley has been asking for since the first train ran in 2008,"
L region West Valley
F date 2008
O government Valley Metro
P full Rochelle Antwine-Baca
Q direct Rochelle Antwine-Baca :: "Glendale is the fourth-largest city in the Valley, and today it finally gets a seat on the train."
L city Glendale
L region Valley
> Antwine-Baca said the agency would apply in June for a Federal Transit Administration grant covering up to 49% of the cost, with the rest coming from the Proposition 479 regional sales tax and Glendale's general fund.
P partial Antwine-Baca
O government Federal Transit Administration
F percent 49%
L city Glendale
> Business owners along Glendale Avenue are split. Hector Villaseñor, 61, who has run Villaseñor Tire & Brake near 43rd Avenue for 27 years, said the 18-month construction window "scares me more than the train excites me."
L street Glendale Avenue
P full Hector Villaseñor
F age 61
O company Villaseñor Tire & Brake
L street 43rd Avenue
F duration 27 years
F duration 18-month
Q direct Hector Villaseñor :: "scares me more than the train excites me."
> "When they built the line on Camelback Road, some shops lost half their customers. A few never came back," he said. "I'm not against it. I just want to know who pays my rent in 2043."
Q direct Hector Villaseñor :: "When they built the line on Camelback Road, some shops lost half their customers. A few never came back,"
L street Camelback Road
F fraction half
Q direct Hector Villaseñor :: "I'm not against it. I just want to know who pays my rent in 2043."
F date 2043
> Phoenix Councilmember Daniela Whitford-Ruiz, who sits on the Valley Metro board, said Phoenix would set up a $5 million fund for small businesses on its side of the route and that Glendale had promised to match it. "We learned the hard way that 'temporary' disruption can last three years," she said.
L city Phoenix
P full Daniela Whitford-Ruiz
O government Valley Metro
L city Phoenix
F money $5 million
L city Glendale
Q direct Daniela Whitford-Ruiz :: "We learned the hard way that 'temporary' disruption can last three years,"
F duration three years
> Arizona State University urban planning researcher Tomás Yazzie-Caldwell said projections of 9,800 weekday boardings within five years of opening were "plausible but not conservative."
O education Arizona State University
P full Tomás Yazzie-Caldwell
F number 9,800
F duration five years
Q direct Tomás Yazzie-Caldwell :: "plausible but not conservative."
> He noted that the average Glendale household spends about 17% of its income on transportation and that 21% of residents within 1 mile of the route do not own a car. "Rail in the West Valley is overdue. Whether it is worth $1.9 billion depends on what gets built around the stations," he said.
L city Glendale
F percent 17%
F percent 21%
F quantity 1 mile
Q direct Tomás Yazzie-Caldwell :: "Rail in the West Valley is overdue. Whether it is worth $1.9 billion depends on what gets built around the stations,"
L region West Valley
F money $1.9 billion
> Two board members voted no. One of them, speaking on condition of anonymity because the vote followed a closed session, called the plan "gold-plated" and said buses could serve the corridor for a fraction of the cost. Supporters say it finally closes the so-called "Glendale gap" in the network.
F number Two
Q direct - :: "gold-plated"
Q scare - :: "Glendale gap"
L city Glendale
> The board also approved $42 million for design work over the next 14 months. A final vote on construction is expected by March 2042.
F money $42 million
F duration 14 months
F date March 2042
'''

ARTICLES['1800-hamburg-port-burchardkai-container-terminal-stake-sale-waltershof-dw'] = r'''
> Business
> Germany: Hamburg to sell 49% stake in Burchardkai container terminal
L country Germany
L city Hamburg
F percent 49%
L facility Burchardkai
> The city-state wants €1.1 billion for a minority stake in its biggest container terminal. Dockworkers in Waltershof fear for their jobs, while economists say the port needs the money.
F money €1.1 billion
L city Waltershof
> Henrike Asmussen
P full Henrike Asmussen
> 05/14/2042
F date 05/14/2042
> Container ships at the Burchardkai terminal in Hamburg's Waltershof district, where about 2,800 people work. Image: Jonas Wiebke-Lorenz/dpa/picture alliance
L facility Burchardkai
L city Hamburg
L city Waltershof
F number 2,800
P full Jonas Wiebke-Lorenz
O media dpa
O media picture alliance
> Hamburg's state government on Tuesday agreed to sell a 49% stake in the Burchardkai container terminal to Nordlicht Container Line, a Danish-German shipping company, for €1.1 billion ($1.19 billion), the largest deal of its kind at the port in more than a decade.
L city Hamburg
F percent 49%
L facility Burchardkai
O company Nordlicht Container Line
F money €1.1 billion
F money $1.19 billion
> The terminal, run by port operator HHLA, handled 3.9 million TEU last year, or roughly 45 percent of the throughput of a port often called Germany's "gateway to the world." Under the deal, Nordlicht commits to routing 1.2 million TEU a year through Burchardkai for 20 years.
O company HHLA
F quantity 3.9 million TEU
F percent 45 percent
L country Germany
Q scare - :: "gateway to the world."
O company Nordlicht
F quantity 1.2 million TEU
L facility Burchardkai
F duration 20 years
> Hamburg's senator for economic affairs, Katharina Vosskamp-Ehlers, defended the sale in the city parliament, the Bürgerschaft. "We are not selling the port. We are selling certainty," she told lawmakers. "A shipping line with its own cargo at stake will bring ships to Hamburg, not to Rotterdam or Antwerp."
L city Hamburg
P full Katharina Vosskamp-Ehlers
O government Bürgerschaft
Q direct Katharina Vosskamp-Ehlers :: "We are not selling the port. We are selling certainty,"
Q direct Katharina Vosskamp-Ehlers :: "A shipping line with its own cargo at stake will bring ships to Hamburg, not to Rotterdam or Antwerp."
L city Hamburg
L city Rotterdam
L city Antwerp
> Vosskamp-Ehlers, 51, said the city would keep a 51% majority in the terminal through HHLA and a veto over land use. The proceeds, she said, would go towards deepening the Elbe and rebuilding the Köhlbrand Bridge, expected to cost around €5 billion.
P partial Vosskamp-Ehlers
F age 51
F percent 51%
O company HHLA
L geo Elbe
L facility Köhlbrand Bridge
F money €5 billion
> Nordlicht's chief operating officer, Mikkel Brandstrup, said the company wanted "a home port in northern Europe" and would move two of its Asia-Europe services to Hamburg from 2043.
O company Nordlicht
P full Mikkel Brandstrup
Q direct Mikkel Brandstrup :: "a home port in northern Europe"
L continent Europe
F number two
L continent Asia
L continent Europe
L city Hamburg
F date 2043
> "Our ships call here 140 times a year already," Brandstrup told DW. "With this stake, that could reach 250 within three years."
Q direct Mikkel Brandstrup :: "Our ships call here 140 times a year already,"
F number 140
P partial Brandstrup
O media DW
Q direct Mikkel Brandstrup :: "With this stake, that could reach 250 within three years."
F number 250
F duration three years
> In Waltershof, where the cranes rise above the Elbe's south bank, the mood was wary. Jens Kowalke, 38, a straddle-carrier driver for 14 years, said colleagues had heard promises before.
L city Waltershof
L geo Elbe
P full Jens Kowalke
F age 38
F duration 14 years
> "When the Chinese came into Tollerort, they said nothing would change for us. Now they say the same thing again," he said. "I want it in writing: no job cuts, no 'flexible' contracts.
Q direct Jens Kowalke :: "When the Chinese came into Tollerort, they said nothing would change for us. Now they say the same thing again,"
L facility Tollerort
Q direct Jens Kowalke :: "I want it in writing: no job cuts, no 'flexible' contracts.
> "My father worked on this quay. I want my son to have that chance, if he wants it."
Q direct Jens Kowalke :: "My father worked on this quay. I want my son to have that chance, if he wants it."
> The ver.di union said it would seek a 10-year job guarantee for the terminal's 2,800 staff.
O nonprofit ver.di
F duration 10-year
F number 2,800
> Professor Annika Lühmann, an economist at the University of Hamburg, said the price valued the terminal at roughly 12 times its annual earnings, "a fair price, not a generous one." Hamburg's share of container traffic among Europe's northern ports had fallen from 26% in 2015 to 19% last year, she said.
P full Annika Lühmann
O education University of Hamburg
F number 12
Q direct Annika Lühmann :: "a fair price, not a generous one."
L city Hamburg
L continent Europe
F percent 26%
F date 2015
F percent 19%
> "Hamburg has lost ground for two decades. Selling half of a terminal does not fix that, but doing nothing would be worse," she said.
Q direct Annika Lühmann :: "Hamburg has lost ground for two decades. Selling half of a terminal does not fix that, but doing nothing would be worse,"
L city Hamburg
F duration two decades
F fraction half
> A person close to HHLA's management, who asked not to be named, said its board had backed the deal "reluctantly" at a meeting on May 12. The Bürgerschaft is due to vote on June 4.
O company HHLA
Q direct - :: "reluctantly"
F date May 12
O government Bürgerschaft
F date June 4
> Edited by: Rolf Gerstenmaier
P full Rolf Gerstenmaier
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
