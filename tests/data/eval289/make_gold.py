#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval289 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval289/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1777-belfast-grand-central-timetable-change-lisburn-evening-trains-translink-belfast-telegraph'] = r'''
> Transport
> ‘We were promised better’: Lisburn commuters hit out at Grand Central timetable
Q direct Gareth Lyttle :: ‘We were promised better’
L city Lisburn
L facility Grand Central
> Translink says the new timetable adds 14 trains a day and saves £2.3m a year, but some evening passengers face waits of up to 40 minutes
O company Translink
F number 14
F money £2.3m
F duration 40 minutes
> Claire McKeown-Doyle
P full Claire McKeown-Doyle
> Mon 11 Mar 2041 at 06:00
F date 11 Mar 2041
F time 06:00
> Passengers on the concourse at Belfast Grand Central Station on Friday. (Photo: Liam Carberry-Nash/Pacemaker)
L facility Belfast Grand Central Station
P full Liam Carberry-Nash
O media Pacemaker
> Commuters in Lisburn have rounded on Translink after the company confirmed that its new timetable for Belfast Grand Central Station will take effect on Sunday, March 24, cutting two late evening services on the Lisburn line and moving others by as much as 12 minutes.
L city Lisburn
O company Translink
L facility Belfast Grand Central Station
F date March 24
F number two
L city Lisburn
F duration 12 minutes
> The £340m hub, which opened in 2024 on the edge of the city centre, now handles about 20,000 rail passengers a day. Translink said the changes would add 14 trains a day across its Northern Ireland Railways network and save some £2.3 million a year in staff and energy costs.
F money £340m
F date 2024
F number 20,000
O company Translink
F number 14
O company Northern Ireland Railways
F money £2.3 million
> Translink chief executive Dr Ronan Gilmore-Quigley said the timetable was “built around how people actually travel now”.
O company Translink
P full Ronan Gilmore-Quigley
Q direct Ronan Gilmore-Quigley :: “built around how people actually travel now”
> “Morning peak demand is back above 2019 levels, but after 8pm our trains to Lisburn and Portadown are running at less than a third full,” he said. “We are putting the capacity where the passengers are.
Q direct Ronan Gilmore-Quigley :: “Morning peak demand is back above 2019 levels, but after 8pm our trains to Lisburn and Portadown are running at less than a third full,”
Q direct Ronan Gilmore-Quigley :: “We are putting the capacity where the passengers are.
F date 2019
F time 8pm
L city Lisburn
L city Portadown
F fraction a third
> “That means four extra trains every weekday morning to Bangor and Newry, and a train every 15 minutes from Lisburn until 7pm.”
Q direct Ronan Gilmore-Quigley :: “That means four extra trains every weekday morning to Bangor and Newry, and a train every 15 minutes from Lisburn until 7pm.”
F number four
L city Bangor
L city Newry
F duration 15 minutes
L city Lisburn
F time 7pm
> Dr Gilmore-Quigley, 54, said the two trains being withdrawn, at 9.42pm and 10.12pm, had carried an average of 31 passengers each since January.
P partial Gilmore-Quigley
F age 54
F number two
F time 9.42pm
F time 10.12pm
F number 31
> That is little comfort to Gareth Lyttle, a 38-year-old software tester who takes the train from Lisburn five days a week.
P full Gareth Lyttle
F age 38-year-old
L city Lisburn
F duration five days
> “We were promised better when Grand Central opened. Now if I miss the 9.12pm I’m standing on a platform for 40 minutes,” he said. “My wife calls it the ‘last chance saloon’ train.”
Q direct Gareth Lyttle :: “We were promised better when Grand Central opened. Now if I miss the 9.12pm I’m standing on a platform for 40 minutes,”
Q direct Gareth Lyttle :: “My wife calls it the ‘last chance saloon’ train.”
L facility Grand Central
F time 9.12pm
F duration 40 minutes
> Mr Lyttle said an online petition he started on Thursday had gathered more than 1,600 signatures, mostly from Lisburn, Lambeg and Hilden.
P partial Lyttle
F number 1,600
L city Lisburn
L city Lambeg
L city Hilden
> Stormont’s Infrastructure Minister, Aoife Nic Róibín, said she had asked Translink to review the evening changes after six months. “Public transport has to work for the person going home late as well as the person going in early,” the minister said.
O government Stormont
P full Aoife Nic Róibín
O company Translink
F duration six months
Q direct Aoife Nic Róibín :: “Public transport has to work for the person going home late as well as the person going in early,”
> A Department for Infrastructure (DfI) spokesperson said the timetable had been “agreed in principle” but would be “kept under review”.
O government Department for Infrastructure
O government DfI
Q direct - :: “agreed in principle”
Q direct - :: “kept under review”
> Dr Maeve Cassidy-Thornton, a transport economist at Queen’s University Belfast, said about half of all evening rail journeys in Northern Ireland were now made for leisure rather than work.
P full Maeve Cassidy-Thornton
O education Queen’s University Belfast
F fraction half
L region Northern Ireland
> “Cutting late trains to save a few hundred thousand pounds is a false economy,” she said. “Every passenger you lose at 10pm is a passenger you may lose at 8am too.”
Q direct Maeve Cassidy-Thornton :: “Cutting late trains to save a few hundred thousand pounds is a false economy,”
Q direct Maeve Cassidy-Thornton :: “Every passenger you lose at 10pm is a passenger you may lose at 8am too.”
F time 10pm
F time 8am
> She estimated that the evening cuts would save Translink no more than £180,000 a year, or 8% of the promised total. Her own modelling, published in 2040, found that a one-minute delay on the Lisburn line cost commuters an estimated £1.4m a year in lost time.
O company Translink
F money £180,000
F percent 8%
F date 2040
F duration one-minute
L city Lisburn
F money £1.4m
> The new timetable will be posted on Translink’s website and at stations from Monday. Fares are unchanged, with an adult single from Lisburn to Belfast still costing £4.60.
O company Translink
L city Lisburn
L city Belfast
F money £4.60
'''

ARTICLES['1778-havbris-utsira-nord-floating-wind-farm-investment-north-sea-norway-reuters'] = r'''
> Energy
> Norway's Havbris to build 1.5 GW floating wind farm off Utsira for 52 billion crowns
L country Norway
O company Havbris
F quantity 1.5 GW
L geo Utsira
F money 52 billion crowns
> By Ingrid Solheim-Aasen and Tomasz Wierzbicki
P full Ingrid Solheim-Aasen
P full Tomasz Wierzbicki
> March 6, 2042 11:27 AM GMT+1
F date March 6, 2042
F time 11:27 AM GMT+1
> A floating wind turbine is towed out of the port of Haugesund, Norway, May 14, 2041. REUTERS/Kjetil Brønnøy/File Photo
L city Haugesund
L country Norway
F date May 14, 2041
O media REUTERS
P full Kjetil Brønnøy
> OSLO, March 6 (Reuters) - Norwegian developer Havbris Energi will build a 1.5 gigawatt floating wind farm in the North Sea off the island of Utsira at a cost of 52 billion Norwegian crowns ($4.9 billion), it said on Thursday, the largest floating project yet approved in Europe.
L city OSLO
F date March 6
O media Reuters
O company Havbris Energi
F quantity 1.5 gigawatt
L geo North Sea
L geo Utsira
F money 52 billion Norwegian crowns
F money $4.9 billion
L continent Europe
> The wind farm, in the Utsira Nord zone about 22 kilometres west of the island, is due to deliver first power in 2046. It will use 100 turbines of 15 megawatts each, mounted on concrete hulls known in the industry as "spars", and is expected to generate about 6 terawatt hours a year, or roughly 4% of Norway's power demand.
L geo Utsira Nord
F quantity 22 kilometres
F date 2046
F number 100
F quantity 15 megawatts
Q scare - :: "spars"
F quantity 6 terawatt hours
F percent 4%
L country Norway
> "This is the project that proves floating wind can be built at industrial scale, not turbine by turbine," Havbris Chief Executive Sigrid Vatnaland told Reuters. "We have cut the cost per megawatt by almost a third since 2039."
Q direct Sigrid Vatnaland :: "This is the project that proves floating wind can be built at industrial scale, not turbine by turbine,"
Q direct Sigrid Vatnaland :: "We have cut the cost per megawatt by almost a third since 2039."
O company Havbris
P full Sigrid Vatnaland
O media Reuters
F fraction a third
F date 2039
> Vatnaland, 49, said the company had secured 60% of the financing from a group of 11 banks and export credit agencies and would carry the remaining 40% on its own balance sheet.
P partial Vatnaland
F age 49
F percent 60%
F number 11
F percent 40%
> The government awarded the zone in a 2040 auction with state support of up to 23 billion crowns over 15 years, the largest subsidy Norway has offered for offshore wind.
F date 2040
F money 23 billion crowns
F duration 15 years
L country Norway
> "The support is there to bring a new industry to Norway, and the bill will come down with every project," said Torunn Heggebø, state secretary at the Ministry of Energy, adding that Oslo expected the hulls to be cast at yards in Stord and Haugesund. "We want the jobs on this coast, not in Asia."
Q direct Torunn Heggebø :: "The support is there to bring a new industry to Norway, and the bill will come down with every project,"
Q direct Torunn Heggebø :: "We want the jobs on this coast, not in Asia."
L country Norway
P full Torunn Heggebø
O government Ministry of Energy
L city Oslo
L city Stord
L city Haugesund
L continent Asia
> Analysts were less sure. Erlend Vikøren-Lunde, head of energy research at Oslo-based Nordhavn Markets, said the project would need power prices of at least 0.95 crowns per kilowatt hour to earn its cost of capital.
P full Erlend Vikøren-Lunde
L city Oslo
O company Nordhavn Markets
F money 0.95 crowns
> "On today's forward curve it doesn't get there until the 2050s," he said. "Bigger players, Equinor among them, have been far more cautious on floating wind at this scale."
Q direct Erlend Vikøren-Lunde :: "On today's forward curve it doesn't get there until the 2050s,"
Q direct Erlend Vikøren-Lunde :: "Bigger players, Equinor among them, have been far more cautious on floating wind at this scale."
F date 2050s
O company Equinor
> Shares in Havbris, listed in Oslo since 2038, rose 7.2% to 184.60 crowns by 1040 GMT, valuing the company at about 31 billion crowns.
O company Havbris
L city Oslo
F date 2038
F percent 7.2%
F money 184.60 crowns
F time 1040 GMT
F money 31 billion crowns
> Fishing groups have opposed the zone, saying the moorings will close some 90 square kilometres of grounds. The Norwegian Fishermen's Association said in a statement the approval was "a step too far" and that it would seek compensation.
F quantity 90 square kilometres
O nonprofit Norwegian Fishermen's Association
Q direct Norwegian Fishermen's Association :: "a step too far"
> A ministry official, speaking on condition of anonymity because the talks are not public, said the government was weighing a fund of around 400 million crowns for affected fishing communities. "Nobody will be left out," the official said.
F money 400 million crowns
Q direct - :: "Nobody will be left out,"
> Work offshore is due to start in the summer of 2043, with the first 20 turbines installed within two years.
F date 2043
F number 20
F duration two years
> ($1 = 10.61 Norwegian crowns)
F money $1
F money 10.61 Norwegian crowns
> (Reporting by Ingrid Solheim-Aasen in Oslo and Tomasz Wierzbicki in Gdansk; Editing by Harriet Pembroke-Hale)
P full Ingrid Solheim-Aasen
L city Oslo
P full Tomasz Wierzbicki
L city Gdansk
P full Harriet Pembroke-Hale
'''

ARTICLES['1779-wimbledon-womens-quarter-final-okonjo-beats-halvorsen-tie-break-centre-court-guardian'] = r'''
> Tennis
> Okonjo holds her nerve in tie-break to end Halvorsen’s run and reach Wimbledon semi-final
P partial Okonjo
P partial Halvorsen
> British No 9 seed saves three set points before sealing 6-4, 7-6 (5) win on Centre Court
F number three
F score 6-4
F score 7-6 (5)
L facility Centre Court
> Tess Marwood-Achebe
P full Tess Marwood-Achebe
> Tue 8 Jul 2042 19.48 BST
F date 8 Jul 2042
F time 19.48 BST
> Adaeze Okonjo celebrates after winning the tie-break against Ingrid Halvorsen. Photograph: Joe Pattinson-Reyes/Getty Images
P full Adaeze Okonjo
P full Ingrid Halvorsen
P full Joe Pattinson-Reyes
O company Getty Images
> For most of a humid afternoon on Centre Court, Adaeze Okonjo looked like a player who had been here before. She had not. The 24-year-old from Sutton, in her first Wimbledon quarter-final, beat Norway’s Ingrid Halvorsen 6-4, 7-6 (5) to become the first British woman to reach the semi-finals since 2036.
L facility Centre Court
P full Adaeze Okonjo
F age 24-year-old
L city Sutton
L country Norway
P full Ingrid Halvorsen
F score 6-4
F score 7-6 (5)
F date 2036
> The ninth seed will play the top seed, Mirela Stancu of Romania, on Thursday.
P full Mirela Stancu
L country Romania
> Halvorsen, the 19-year-old qualifier who had knocked out two seeds on her way to the quarter-finals, served 11 aces to Okonjo’s three but was undone by seven double faults, four of them in the opening set.
P partial Halvorsen
F age 19-year-old
F number two
F number 11
P partial Okonjo
F number three
F number seven
F number four
> Okonjo broke for 5-4 in the first set with a forehand pass down the line and served it out to love. The second went with serve until Okonjo, serving at 5-6, fell 0-40 behind.
P partial Okonjo
F score 5-4
P partial Okonjo
F score 5-6
F score 0-40
> “I just told myself: ‘Breathe, Adaeze, it’s only tennis,’” Okonjo said. “At 0-40 you have nothing to lose. You have to go for it.”
Q direct Adaeze Okonjo :: “I just told myself: ‘Breathe, Adaeze, it’s only tennis,’”
Q direct Adaeze Okonjo :: “At 0-40 you have nothing to lose. You have to go for it.”
P partial Adaeze
P partial Okonjo
F score 0-40
> She saved all three with a service winner, an ace and a drop shot that Halvorsen chased down but pushed wide. In the tie-break Okonjo led 4-1, was pegged back to 5-5 and then won the last two points, sealing the match with her third ace after an hour and 47 minutes. The Centre Court crowd of almost 15,000 rose to her.
F number three
P partial Halvorsen
P partial Okonjo
F score 4-1
F score 5-5
F number two
F duration 47 minutes
L facility Centre Court
F number 15,000
> Halvorsen, who had not dropped a set in seven matches, including three rounds of qualifying at Roehampton, was gracious. “She played the big points better. I played them like a teenager,” she said, smiling. “But I am 19. I will be back.”
P partial Halvorsen
F number seven
F number three
L city Roehampton
Q direct Ingrid Halvorsen :: “She played the big points better. I played them like a teenager,”
Q direct Ingrid Halvorsen :: “But I am 19. I will be back.”
F age 19
> Her coach, Magnus Thorsrud, called the defeat “a lesson, not a setback”.
P full Magnus Thorsrud
Q direct Magnus Thorsrud :: “a lesson, not a setback”
> Okonjo’s run has revived talk of a British “golden generation”, the group of juniors who came through the Lawn Tennis Association’s (LTA) academy in south London in the 2030s. The LTA said in a statement that Okonjo was “proof that the pathway works”.
P partial Okonjo
Q scare - :: “golden generation”
O other Lawn Tennis Association
O other LTA
L city London
F date 2030s
O other LTA
P partial Okonjo
Q direct Lawn Tennis Association :: “proof that the pathway works”
> An All England Club official, who asked not to be named, said seats for Thursday’s semi-final were changing hands for more than £1,200 on resale sites. “It’s the hottest ticket of the fortnight,” the official said.
O other All England Club
F money £1,200
Q direct - :: “It’s the hottest ticket of the fortnight,”
> Okonjo, who turned professional at 16 and was ranked outside the top 200 as recently as 2040, will earn at least £775,000 for reaching the semi-finals. She has lost all three of her meetings with Stancu, the last of them in Eastbourne a fortnight ago.
P partial Okonjo
F age 16
F number 200
F date 2040
F money £775,000
F number three
P partial Stancu
L city Eastbourne
> “Mirela is the best player in the world right now,” Okonjo said. “But nobody expected me to be here either, so why stop now?”
Q direct Adaeze Okonjo :: “Mirela is the best player in the world right now,”
Q direct Adaeze Okonjo :: “But nobody expected me to be here either, so why stop now?”
P partial Mirela
P partial Okonjo
'''

ARTICLES['1780-pune-ring-road-land-acquisition-payout-maval-farmers-pmrda-times-of-india'] = r'''
> Pune News
L city Pune
> Pune Ring Road: PMRDA Releases Rs 1,240 Crore Payout To Maval Farmers In 14 Villages
L street Pune Ring Road
O government PMRDA
F money Rs 1,240 Crore
L region Maval
F number 14
> Siddharth Kulkarni-Bhosale / TNN / Updated: Feb 18, 2043, 06:12 IST
P full Siddharth Kulkarni-Bhosale
O media TNN
F date Feb 18, 2043
F time 06:12 IST
> Farmers queue at a compensation camp in Talegaon Dabhade on Monday. (TOI photo by Rohan Deshmukh-Patil)
L city Talegaon Dabhade
O media TOI
P full Rohan Deshmukh-Patil
> PUNE: The Pune Metropolitan Region Development Authority (PMRDA) on Monday began paying Rs 1,240 crore to 3,860 landowners in 14 villages of Maval taluka whose land falls on the western arm of the proposed inner ring road, officials said.
L city PUNE
O government Pune Metropolitan Region Development Authority
O government PMRDA
F money Rs 1,240 crore
F number 3,860
F number 14
L region Maval
> The 83-km, eight-lane road, estimated to cost Rs 14,200 crore, will loop around the city through Maval, Mulshi, Haveli and Khed talukas and cross the Mumbai-Pune Expressway near Urse. For the western stretch alone the authority must acquire about 412 hectares, nearly half of it farmland.
F quantity 83-km
F number eight
F money Rs 14,200 crore
L region Maval
L region Mulshi
L region Haveli
L region Khed
L street Mumbai-Pune Expressway
L city Urse
F quantity 412 hectares
F fraction half
> PMRDA commissioner Rahul Jagtap-Inamdar said compensation was being paid at five times the ready reckoner rate for rural land, and that 71% of the affected landowners had given written consent.
O government PMRDA
P full Rahul Jagtap-Inamdar
F number five
F percent 71%
> "Nobody is being forced. We have held 46 gram sabha meetings since September and the money is going straight into bank accounts," Jagtap-Inamdar said. "By March 31 we want the first 27 kilometres handed over to the contractor."
Q direct Rahul Jagtap-Inamdar :: "Nobody is being forced. We have held 46 gram sabha meetings since September and the money is going straight into bank accounts,"
Q direct Rahul Jagtap-Inamdar :: "By March 31 we want the first 27 kilometres handed over to the contractor."
F number 46
P partial Jagtap-Inamdar
F date March 31
F quantity 27 kilometres
> Not everyone is convinced. Dnyaneshwar Shelar, 58, who grows rice and flowers on 3.5 acres at Shirgaon near Talegaon, said he would receive about Rs 2.1 crore but lose land his family has tilled for four generations.
P full Dnyaneshwar Shelar
F age 58
F quantity 3.5 acres
L city Shirgaon
L city Talegaon
F money Rs 2.1 crore
F number four
> He had borrowed Rs 4 lakh in 2042 to dig a new well on the plot, he said.
F money Rs 4 lakh
F date 2042
> "They keep saying 'five times the rate', but the rate itself is from 2019. My son asked me, 'Baba, where will we farm now?' I had no answer," Shelar said.
Q direct Dnyaneshwar Shelar :: "They keep saying 'five times the rate', but the rate itself is from 2019. My son asked me, 'Baba, where will we farm now?' I had no answer,"
F number five
F date 2019
P partial Shelar
> Maharashtra revenue minister Vaishali Nimbalkar-Dhone, who visited the camp on Sunday, said the state would add a Rs 50,000 "rehabilitation bonus" for every family that loses its house. "Development cannot come at the cost of the farmer's dignity," she said.
L region Maharashtra
P full Vaishali Nimbalkar-Dhone
F money Rs 50,000
Q scare - :: "rehabilitation bonus"
Q direct Vaishali Nimbalkar-Dhone :: "Development cannot come at the cost of the farmer's dignity,"
> Prof Anand Kolhatkar, an economist at Savitribai Phule Pune University, said the payout was among the largest in the district's history. Land prices along the alignment had risen 35-40% since the route was notified in 2040, he said.
P full Anand Kolhatkar
O education Savitribai Phule Pune University
F percent 35-40%
F date 2040
> "Cash compensation works for a big landholder. For a family with 0.5 acre, Rs 30 lakh can vanish within three years," Kolhatkar said, adding that the authority should offer developed plots as well.
Q direct Anand Kolhatkar :: "Cash compensation works for a big landholder. For a family with 0.5 acre, Rs 30 lakh can vanish within three years,"
F quantity 0.5 acre
F money Rs 30 lakh
F duration three years
P partial Kolhatkar
> A PMRDA official, who did not wish to be named, said 212 landowners in Maval had so far refused consent and that their land would be acquired under the central law "if talks fail by April".
O government PMRDA
F number 212
L region Maval
Q direct - :: "if talks fail by April"
> The authority has set up help desks at Talegaon, Kamshet and Vadgaon Maval, open from 10am to 5pm on weekdays until March 15. Landowners in the remaining 23 villages on the eastern arm will be paid from June, officials added.
L city Talegaon
L city Kamshet
L city Vadgaon Maval
F time 10am
F time 5pm
F date March 15
F number 23
> Work on the western arm, to be built in three packages, is expected to take 30 months once the land is handed over.
F number three
F duration 30 months
'''

ARTICLES['1781-riverview-streetcar-reroute-west-7th-street-shepard-road-st-paul-metro-transit-star-tribune'] = r'''
> Transportation
> Metro Transit proposes $2.6B streetcar reroute away from West 7th Street
O government Metro Transit
F money $2.6B
L street West 7th Street
> The new route would add two stations and cut six minutes from the trip to the Mall of America, but businesses along the old alignment say they were blindsided.
F number two
F duration six minutes
L facility Mall of America
> By Derek Solberg-Mwangi
P full Derek Solberg-Mwangi
> April 16, 2041 — 6:05PM
F date April 16, 2041
F time 6:05PM
> Traffic on West 7th Street near Randolph Avenue in St. Paul on Tuesday. (Aaron Lundquist-Ortiz/The Minnesota Star Tribune)
L street West 7th Street
L street Randolph Avenue
L city St. Paul
P full Aaron Lundquist-Ortiz
O media The Minnesota Star Tribune
> ST. PAUL — Metro Transit on Wednesday proposed moving the planned Riverview Corridor streetcar off a 1.4-mile stretch of West 7th Street, a change its general manager said would save $180 million and keep the $2.6 billion project on track for a 2046 opening.
L city ST. PAUL
O government Metro Transit
F quantity 1.4-mile
L street West 7th Street
F money $180 million
F money $2.6 billion
F date 2046
> Under the plan, trains would leave West 7th at Randolph Avenue and run along Shepard Road beside the Mississippi River for 1.6 miles before rejoining the original route near Davern Street.
L street West 7th
L street Randolph Avenue
L street Shepard Road
L geo Mississippi River
F quantity 1.6 miles
L street Davern Street
> The 12-mile line would link Union Depot in downtown St. Paul with Fort Snelling, the airport and the Mall of America in Bloomington. The change brings the number of stations to 18 and cuts the end-to-end trip from 44 minutes to 38, according to Metro Transit estimates.
F quantity 12-mile
L facility Union Depot
L city St. Paul
L facility Fort Snelling
L facility Mall of America
L city Bloomington
F number 18
F duration 44 minutes
F duration 38
O government Metro Transit
> “We listened to the engineers, and the engineers told us the street simply isn’t wide enough,” said Metro Transit General Manager Lorraine Basswood-Keller.
Q direct Lorraine Basswood-Keller :: “We listened to the engineers, and the engineers told us the street simply isn’t wide enough,”
O government Metro Transit
P full Lorraine Basswood-Keller
> Basswood-Keller, 57, said the reroute would also avoid relocating utility lines under West 7th, work estimated at $95 million and two years of lane closures. Ridership projections have risen to 14,500 a day in the line’s first full year, she said.
P partial Basswood-Keller
F age 57
L street West 7th
F money $95 million
F duration two years
F number 14,500
> Businesses on the skipped stretch were not persuaded. Teresa Nguyen-Halvorsen has run a bakery on West 7th for 22 years and sat on two community advisory panels for the project.
P full Teresa Nguyen-Halvorsen
L street West 7th
F duration 22 years
F number two
> “We were told for a decade this line was coming to our door. We showed up to every meeting,” she said. “Now it’s ‘thanks for your patience’ and a bus.”
Q direct Teresa Nguyen-Halvorsen :: “We were told for a decade this line was coming to our door. We showed up to every meeting,”
Q direct Teresa Nguyen-Halvorsen :: “Now it’s ‘thanks for your patience’ and a bus.”
> Ramsey County Commissioner Joel Rask-Ibarra, who chairs the Ramsey County Regional Railroad Authority, called the proposal “a betrayal of the corridor” and said the county board would not vote on it before June 3.
L region Ramsey County
P full Joel Rask-Ibarra
O government Ramsey County Regional Railroad Authority
Q direct Joel Rask-Ibarra :: “a betrayal of the corridor”
F date June 3
> Ahmed Varga-Lindqvist, who teaches transportation planning at the University of Minnesota, said the river route made engineering sense.
P full Ahmed Varga-Lindqvist
O education University of Minnesota
> “Streetcars in mixed traffic live or die by how often they get stuck, and Shepard Road is faster,” he said. “But speed is not the whole story. Riders walk to stations, and far fewer people live by the river.”
Q direct Ahmed Varga-Lindqvist :: “Streetcars in mixed traffic live or die by how often they get stuck, and Shepard Road is faster,”
Q direct Ahmed Varga-Lindqvist :: “But speed is not the whole story. Riders walk to stations, and far fewer people live by the river.”
L street Shepard Road
> He estimated that about a third of the riders the old route would have served live within a 10-minute walk of the dropped stretch.
F fraction a third
F duration 10-minute
> A Metro Transit official, who asked not to be named because the board has not voted, said the Federal Transit Administration (FTA) had been briefed and that the federal share, 49% of the cost, was “not at risk.”
O government Metro Transit
O government Federal Transit Administration
O government FTA
F percent 49%
Q direct - :: “not at risk.”
> Public hearings are set for 6 p.m. May 7 and 10 a.m. May 10 at Metro Transit’s offices, 560 6th Ave. N., in Minneapolis.
F time 6 p.m.
F date May 7
F time 10 a.m.
F date May 10
O government Metro Transit
L address 560 6th Ave. N.
L city Minneapolis
'''

ARTICLES['1782-jakarta-mrt-north-south-line-ancol-extension-delay-bekasi-commuters-jakarta-post'] = r'''
> City
> MRT Jakarta Pushes Ancol Extension Back to 2044 as Cost Rises to Rp 26.4 Trillion
O company MRT Jakarta
L city Ancol
F date 2044
F money Rp 26.4 Trillion
> The north-south line’s final 4.2-kilometer stretch is expected to carry 90,000 passengers a day
F quantity 4.2-kilometer
F number 90,000
> Dewi Anggraini Rahmawati (The Jakarta Post)
P full Dewi Anggraini Rahmawati
O media The Jakarta Post
> Jakarta ● Thu, November 14, 2041
L city Jakarta
F date November 14, 2041
> Workers at the Kota station construction site in West Jakarta on Wednesday, Nov. 13, 2041. (JP/Agus Setiadi-Wirawan)
L facility Kota
L city West Jakarta
F date Nov. 13, 2041
O media JP
P full Agus Setiadi-Wirawan
> The extension of the capital’s north-south MRT line to Ancol in North Jakarta, the stretch planners call the “missing link”, will open a year later than planned, in 2044, and cost Rp 26.4 trillion (US$1.6 billion), 18 percent more than the 2039 estimate, city-owned operator MRT Jakarta said on Wednesday.
L city Ancol
L city North Jakarta
Q scare - :: “missing link”
F date 2044
F money Rp 26.4 trillion
F money US$1.6 billion
F percent 18 percent
F date 2039
O company MRT Jakarta
> MRT Jakarta president director Hendra Wicaksono-Putra said tunneling under the old port district had proven harder than expected because of soft soil and land subsidence of up to 12 centimeters a year.
O company MRT Jakarta
P full Hendra Wicaksono-Putra
F quantity 12 centimeters
> “In some places we found groundwater four meters below the surface. That is not a tunnel, that is a swimming pool,” he told reporters at the company’s headquarters in Central Jakarta.
Q direct Hendra Wicaksono-Putra :: “In some places we found groundwater four meters below the surface. That is not a tunnel, that is a swimming pool,”
F quantity four meters
L city Central Jakarta
> Hendra, 52, said the line, which runs 15.7 km from Lebak Bulus in South Jakarta to Bundaran HI and is being extended to Kota, was expected to carry 380,000 passengers a day once the Ancol section opens, up from about 250,000 now.
P partial Hendra
F age 52
F quantity 15.7 km
L city Lebak Bulus
L city South Jakarta
L facility Bundaran HI
L city Kota
F number 380,000
L city Ancol
F number 250,000
> Commuters from the satellite cities say they have waited long enough. Rina Kusumawati, 34, who travels two hours each way from Bekasi in West Java to an office near Ancol, said the delay meant “another year of traffic jams” for people like her.
P full Rina Kusumawati
F age 34
F duration two hours
L city Bekasi
L region West Java
L city Ancol
Q direct Rina Kusumawati :: “another year of traffic jams”
> “I change trains twice at Manggarai and then take a bus. If the trains reached Ancol I could save an hour a day,” she said. “My boss says, ‘Just move closer.’ With what money?”
Q direct Rina Kusumawati :: “I change trains twice at Manggarai and then take a bus. If the trains reached Ancol I could save an hour a day,”
Q direct Rina Kusumawati :: “My boss says, ‘Just move closer.’ With what money?”
L facility Manggarai
L city Ancol
> Yudhistira Prakoso, an adviser to the Jakarta governor on transportation, said the city administration would cover 49 percent of the extra cost, with the rest coming from a loan by the Japan International Cooperation Agency (JICA).
P full Yudhistira Prakoso
L city Jakarta
F percent 49 percent
O government Japan International Cooperation Agency
O government JICA
> "The governor’s message is simple: no more delays after this one. Ancol is a tourism and residential hub, and it cannot keep waiting," Yudhistira said.
Q direct Yudhistira Prakoso :: "The governor’s message is simple: no more delays after this one. Ancol is a tourism and residential hub, and it cannot keep waiting,"
L city Ancol
P partial Yudhistira
> Ayu Paramitha Sinaga, an urban planner at the University of Indonesia (UI), said the delay mattered less than what happens around the new stations. Land prices within 500 meters of the planned Ancol station have doubled since 2040, she said.
P full Ayu Paramitha Sinaga
O education University of Indonesia
O education UI
F quantity 500 meters
L facility Ancol
F date 2040
> “Without affordable housing near the stations, the people who need this line most, in Bekasi and Tangerang, will still be commuting three hours a day in 2050,” Ayu said. She warned that the seafront could become “a Jakarta for the rich”.
Q direct Ayu Paramitha Sinaga :: “Without affordable housing near the stations, the people who need this line most, in Bekasi and Tangerang, will still be commuting three hours a day in 2050,”
L city Bekasi
L city Tangerang
F duration three hours
F date 2050
P partial Ayu
Q direct Ayu Paramitha Sinaga :: “a Jakarta for the rich”
L city Jakarta
> An official at the Jakarta Transportation Agency, who asked not to be named, said fares on the extension would stay capped at Rp 14,000, but that a subsidy of Rp 1.1 trillion a year would be needed. “The budget is there for 2044. After that, nobody knows,” the official said.
O government Jakarta Transportation Agency
F money Rp 14,000
F money Rp 1.1 trillion
Q direct - :: “The budget is there for 2044. After that, nobody knows,”
F date 2044
> Tunnel boring is due to finish by March 2043, with trial runs on the three new stations planned from January 2044.
F date March 2043
F number three
F date January 2044
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
