#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval272 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval272/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1675-galway-oughterard-greenway-opens-corrib-moycullen-irish-times'] = r'''
> Transport
> Galway to Oughterard greenway opens along the Corrib after 18 months of works
L city Galway
L city Oughterard
L geo Corrib
F duration 18 months
> The 26km route through Moycullen cost €41.5 million, and the council expects 1,200 users a day by the summer
F quantity 26km
L city Moycullen
F money €41.5 million
F number 1,200
> Áine Ní Fhlatharta
P full Áine Ní Fhlatharta
> Sat Apr 13 2041 - 06:00
F date Apr 13 2041
F time 06:00
> Cyclists cross the new bridge over the Owenriff river at Oughterard on Friday. Photograph: Colm Mac Aodha/Provision
L geo Owenriff
L city Oughterard
P full Colm Mac Aodha
O media Provision
> A 26km greenway linking Galway city with Oughterard along the western shore of Lough Corrib opened to walkers and cyclists on Friday, 18 months after work began and almost four years later than first promised.
F quantity 26km
L city Galway
L city Oughterard
L geo Lough Corrib
F duration 18 months
F duration four years
> The €41.5 million route, the first section of a planned greenway to Clifden, follows much of the old Galway-Clifden railway, which closed in 1935. About two-thirds of it runs on the former rail bed; the rest was built on land bought from 63 landowners.
F money €41.5 million
L city Clifden
L city Galway
L city Clifden
F date 1935
F fraction two-thirds
F number 63
> Galway County Council’s senior engineer on the project, Declan Fahy, said the hardest stretch had been a 1.8km boardwalk across the bog at Ballycuirke, where piles had to be driven up to 9 metres deep.
O government Galway County Council
P full Declan Fahy
F quantity 1.8km
L city Ballycuirke
F quantity 9 metres
> “We were building on ground that moves. Some days we put in a pile and came back the next morning to find it had sunk another 40 centimetres,” Mr Fahy said. “The contractor had never seen anything like it, and neither had I.”
Q direct Declan Fahy :: “We were building on ground that moves. Some days we put in a pile and came back the next morning to find it had sunk another 40 centimetres,”
F quantity 40 centimetres
P partial Fahy
Q direct Declan Fahy :: “The contractor had never seen anything like it, and neither had I.”
> Figures from Transport Infrastructure Ireland (TII), which paid for most of the scheme, show 1,150 people used the route on its first day. TII expects 400,000 trips a year once the greenway reaches Clifden, 78km from the city.
O government Transport Infrastructure Ireland
O government TII
F number 1,150
O government TII
F number 400,000
L city Clifden
F quantity 78km
> The Minister for Transport, Róisín Kilbride, who cut the ribbon at Moycullen, called the greenway “the best money this department has spent west of the Shannon” and said Dublin would pay 90 per cent of the next section, from Oughterard to Maam Cross.
P full Róisín Kilbride
L city Moycullen
Q direct Róisín Kilbride :: “the best money this department has spent west of the Shannon”
L geo Shannon
L city Dublin
F percent 90 per cent
L city Oughterard
L city Maam Cross
> “People told me a greenway was a luxury. Go out to Oughterard on a Saturday in June and tell me that,” she said.
Q direct Róisín Kilbride :: “People told me a greenway was a luxury. Go out to Oughterard on a Saturday in June and tell me that,”
L city Oughterard
> In Oughterard, where the route ends beside the old railway station, Bríd Joyce, who has run the Riverside Pantry café on Main Street for 22 years, said takings on the first morning were double those of a normal April Friday. “I had the scones gone by 11 o’clock. We have taken on two extra staff for the summer, and my daughter is coming home from Boston to help.
L city Oughterard
P full Bríd Joyce
O company Riverside Pantry
L street Main Street
F duration 22 years
Q direct Bríd Joyce :: “I had the scones gone by 11 o’clock. We have taken on two extra staff for the summer, and my daughter is coming home from Boston to help.
F time 11 o’clock
F number two
L city Boston
> “The town was dying on its feet in the winter. Now there is a reason to stop, and people are stopping.”
Q direct Bríd Joyce :: “The town was dying on its feet in the winter. Now there is a reason to stop, and people are stopping.”
> Not everyone is happy. Eoin Rabbitte, 34, a cyclist from Moycullen who rides 14km to work at the University of Galway, said the crushed-stone surface was "fine for a Sunday spin, useless in the rain" and that parts of the path flooded when the lake rose in February. Ms Joyce’s customers, he added, would soon be selling wellingtons.
P full Eoin Rabbitte
F age 34
L city Moycullen
F quantity 14km
O education University of Galway
Q direct Eoin Rabbitte :: "fine for a Sunday spin, useless in the rain"
P partial Joyce
> A council source, who did not want to be named, said drainage works worth €2.3m were planned for the autumn. “It will be sorted before the winter. Nobody wants a ‘lakeside’ greenway in the literal sense,” the source said.
F money €2.3m
Q direct - :: “It will be sorted before the winter. Nobody wants a ‘lakeside’ greenway in the literal sense,”
> Local runners have already nicknamed the boardwalk “the Floating Mile”. Work on the 31km second phase to Maam Cross is due to start in March 2042 and to take about two years.
Q scare - :: “the Floating Mile”
F quantity 31km
L city Maam Cross
F date March 2042
F duration two years
'''

ARTICLES['1676-tuen-mun-west-reclamation-lung-kwu-tan-villagers-housing-plan-scmp'] = r'''
> Hong Kong / Politics
L region Hong Kong
> ‘We were never asked’: Lung Kwu Tan villagers push back on 600-hectare reclamation for 90,000 flats
Q direct Tang Siu-fong :: ‘We were never asked’
L city Lung Kwu Tan
F quantity 600-hectare
F number 90,000
> Development minister says the first 12,000 homes at Tuen Mun West could be ready by 2044, but a legislator questions the HK$186 billion bill
F number 12,000
L region Tuen Mun West
F date 2044
F money HK$186 billion
> Kelvin Ho
P full Kelvin Ho
> Published: 8:10pm, 16 Mar 2038
F time 8:10pm
F date 16 Mar 2038
> Village houses at Lung Kwu Tan, where the shoreline would be reclaimed under the plan. Photo: Dickson Lam Tsz-ho
L city Lung Kwu Tan
P full Dickson Lam Tsz-ho
> Hong Kong’s development minister has defended a HK$186 billion (US$23.8 billion) plan to reclaim 600 hectares off Tuen Mun West and build 90,000 flats, as residents of Lung Kwu Tan, a village that looks across the estuary to Shekou in Shenzhen, said they had learned of it from the newspapers.
L region Hong Kong
F money HK$186 billion
F money US$23.8 billion
F quantity 600 hectares
L region Tuen Mun West
F number 90,000
L city Lung Kwu Tan
L city Shekou
L city Shenzhen
> Secretary for Development Edwin Chau Ka-lok told the Legislative Council’s development panel on Monday that the first 12,000 flats, 70 per cent of them public housing, could take their first residents in 2044, four years after reclamation begins.
P full Edwin Chau Ka-lok
O government Legislative Council
F number 12,000
F percent 70 per cent
F date 2044
F duration four years
> “This is land we can make without moving a single grave or a single family,” Chau said. “Every other option in the New Territories means a fight over brownfield sites that can take a decade.”
Q direct Edwin Chau Ka-lok :: “This is land we can make without moving a single grave or a single family,”
P partial Chau
Q direct Edwin Chau Ka-lok :: “Every other option in the New Territories means a fight over brownfield sites that can take a decade.”
L region New Territories
> He said the Development Bureau would put the plan to a three-month public consultation from April, and that the first land sale could come in 2040.
O government Development Bureau
F duration three-month
F date 2040
> Tang Siu-fong, 67, the village representative of Lung Kwu Tan, whose family has fished the waters off the village for four generations, said no one from the bureau had visited. “We were never asked. We read about it in the newspaper like everybody else,” she said.
P full Tang Siu-fong
F age 67
L city Lung Kwu Tan
F number four
Q direct Tang Siu-fong :: “We were never asked. We read about it in the newspaper like everybody else,”
> “They say ‘consultation’, but the drawings are finished. The sea in front of my house becomes a road,” Tang said, adding that about 300 villagers had signed a petition to the Heung Yee Kuk, the rural body.
Q direct Tang Siu-fong :: “They say ‘consultation’, but the drawings are finished. The sea in front of my house becomes a road,”
P partial Tang
F number 300
O government Heung Yee Kuk
> Vincent Leung Wai-man, head of research at consultancy Harbourline Property Research, said the bill worked out at about HK$2.07 million per flat before land premiums, “roughly what a 400 sq ft flat sells for in Tuen Mun today”.
P full Vincent Leung Wai-man
O company Harbourline Property Research
F money HK$2.07 million
Q direct Vincent Leung Wai-man :: “roughly what a 400 sq ft flat sells for in Tuen Mun today”
F quantity 400 sq ft
L city Tuen Mun
> “The numbers only work if the government keeps land prices where they are for 20 years. That is a big if,” he said. Leung expects private flat prices in the district to fall by 5 to 8 per cent once the first sites are sold.
Q direct Vincent Leung Wai-man :: “The numbers only work if the government keeps land prices where they are for 20 years. That is a big if,”
F duration 20 years
P partial Leung
F percent 5
F percent 8 per cent
> Legislator Cheryl Yip Hoi-ting, of the Democratic Alliance for the Betterment and Progress of Hong Kong (DAB), said the bill had grown by a third since the idea was first floated in 2036. “The public is being asked to sign a blank cheque,” she said.
P full Cheryl Yip Hoi-ting
O party Democratic Alliance for the Betterment and Progress of Hong Kong
O party DAB
F fraction a third
F date 2036
Q direct Cheryl Yip Hoi-ting :: “The public is being asked to sign a blank cheque,”
> Yip also asked how a so-called “eco-shoreline” of mangroves and rock pools would cope with the storm surges that flooded parts of Tuen Mun in 2037.
P partial Yip
Q scare - :: “eco-shoreline”
L city Tuen Mun
F date 2037
> A government source said the bureau hoped to seek HK$38 billion from the Finance Committee for the first phase by the end of 2039. “If we wait for everyone to agree, nothing gets built,” the source said.
F money HK$38 billion
O government Finance Committee
F date 2039
Q direct - :: “If we wait for everyone to agree, nothing gets built,”
> Some 220,000 applicants are on the waiting list for public rental housing in Hong Kong, and they wait an average of 5.6 years for a flat.
F number 220,000
L region Hong Kong
F duration 5.6 years
'''

ARTICLES['1677-celtics-76ers-walsh-38-points-td-garden-nba-espn'] = r'''
> Walsh Scores 38 as Celtics Hold Off 76ers 121-114 for Fifth Straight Win
P partial Walsh
F number 38
O team Celtics
O team 76ers
F score 121-114
> Tess Okonjo-Brandt, ESPN Staff Writer
P full Tess Okonjo-Brandt
O media ESPN
> Feb 5, 2042, 10:51 PM ET
F date Feb 5, 2042
F time 10:51 PM ET
> Brennan Walsh drives past Philadelphia's Idris Macaulay in the third quarter on Wednesday. Kyle Pennant/NBAE via Getty Images
P full Brennan Walsh
O team Philadelphia
P full Idris Macaulay
P full Kyle Pennant
O other NBAE
O company Getty Images
> BOSTON -- Brennan Walsh scored 38 points, 14 of them in the fourth quarter, and the Boston Celtics held off the Philadelphia 76ers 121-114 on Wednesday night at TD Garden for their fifth straight win.
L city BOSTON
P full Brennan Walsh
F number 38
F number 14
O team Boston Celtics
O team Philadelphia 76ers
F score 121-114
L facility TD Garden
> Walsh, 26, added nine rebounds and seven assists in 41 minutes as Boston (34-17) won for the 11th time in 13 home games. Center Mateus Oyelaran had 22 points and 13 rebounds, and the Celtics went 17 for 39 from 3-point range.
P partial Walsh
F age 26
F number nine
F number seven
F duration 41 minutes
O team Boston
F score 34-17
F number 13
P full Mateus Oyelaran
F number 22
F number 13
O team Celtics
F number 17
F number 39
F number 3
> Boston led by 18 midway through the third quarter, but Philadelphia (29-22) answered with a 16-2 run, trailed only 92-88 after three quarters and went ahead 97-96 with 8:14 left before Walsh hit back-to-back 3-pointers.
O team Boston
F number 18
O team Philadelphia
F score 29-22
F score 16-2
F score 92-88
F number three
F score 97-96
F time 8:14
P partial Walsh
F number 3
> "I just wanted the ball," Walsh said. "When it's a one-point game in February against these guys, you want it in your hands. That's the job."
Q direct Brennan Walsh :: "I just wanted the ball,"
P partial Walsh
Q direct Brennan Walsh :: "When it's a one-point game in February against these guys, you want it in your hands. That's the job."
F number one
> He went 6 for 9 from the field in the fourth quarter, and half of his 38 points came at the free throw line.
F number 6
F number 9
F fraction half
F number 38
> Macaulay led the 76ers with 31 points and 11 assists, and rookie forward Dario Kessler-Mbeki added 19 off the bench. Philadelphia has lost four of its past six games.
P partial Macaulay
O team 76ers
F number 31
F number 11
P full Dario Kessler-Mbeki
F number 19
O team Philadelphia
F number four
F number six
> Macaulay, who played all 24 minutes of the second half, blamed himself for two late turnovers. "That one's on me," he said. "I've got to be better than that with the game on the line."
P partial Macaulay
F duration 24 minutes
F number two
Q direct Idris Macaulay :: "That one's on me,"
Q direct Idris Macaulay :: "I've got to be better than that with the game on the line."
> Philadelphia guard Tomasz Rydell (hamstring) missed his third straight game and is expected back within two weeks.
O team Philadelphia
P full Tomasz Rydell
F duration two weeks
> "We gave them 24 points off turnovers. You can't do that in this building," 76ers coach Lionel Braddock said. "I told them at halftime, 'Take care of the ball and we win this game.' We didn't."
Q direct Lionel Braddock :: "We gave them 24 points off turnovers. You can't do that in this building,"
F number 24
O team 76ers
P full Lionel Braddock
Q direct Lionel Braddock :: "I told them at halftime, 'Take care of the ball and we win this game.' We didn't."
> Celtics coach Harriet Quinlan said she was "not thrilled" with her team's defense in the third quarter but praised Oyelaran, who played through a sprained left ankle. "He's 31 years old and he's playing like he's 24," Quinlan said. "I don't know where he gets it."
O team Celtics
P full Harriet Quinlan
Q direct Harriet Quinlan :: "not thrilled"
P partial Oyelaran
Q direct Harriet Quinlan :: "He's 31 years old and he's playing like he's 24,"
F age 31 years old
F age 24
P partial Quinlan
Q direct Harriet Quinlan :: "I don't know where he gets it."
> Walsh, whom Celtics fans have nicknamed "the Quiet Storm," has scored at least 30 points in six of his past eight games.
P partial Walsh
O team Celtics
Q scare - :: "the Quiet Storm,"
F number 30
F number six
F number eight
> An Eastern Conference scout at the game, who asked not to be named, said Philadelphia's half-court offense "looked tired in the last five minutes."
O other Eastern Conference
O team Philadelphia
Q direct - :: "looked tired in the last five minutes."
F duration five minutes
> The game, played before a sellout crowd of 19,156, was held up for 12 minutes in the second quarter while arena staff fixed a faulty shot clock.
F number 19,156
F duration 12 minutes
> Up next: The Celtics visit the New York Knicks at Madison Square Garden on Friday at 7:30 p.m. ET. The 76ers host the Milwaukee Bucks on Saturday.
O team Celtics
O team New York Knicks
L facility Madison Square Garden
F time 7:30 p.m. ET
O team 76ers
O team Milwaukee Bucks
'''

ARTICLES['1678-coimbatore-metro-first-line-avinashi-road-ukkadam-neelambur-cmrl-the-hindu'] = r'''
> Coimbatore
L city Coimbatore
> Coimbatore’s first metro line opens; CMRL expects 40,000 riders a day
L city Coimbatore
O government CMRL
F number 40,000
> The ₹10,740-crore line along Avinashi Road links Ukkadam and Neelambur; fares range from ₹10 to ₹50
F money ₹10,740-crore
L street Avinashi Road
L city Ukkadam
L city Neelambur
F money ₹10
F money ₹50
> Tamilselvi Ramasamy
P full Tamilselvi Ramasamy
> Published - March 21, 2041 07:52 pm IST - COIMBATORE
F date March 21, 2041
F time 07:52 pm IST
L city COIMBATORE
> A metro train pulls into the Peelamedu station on Avinashi Road on Thursday. | Photo Credit: T. ELANGKATHIR
L facility Peelamedu
L street Avinashi Road
P full T. ELANGKATHIR
> Coimbatore’s first metro line, a 20.4-km elevated corridor along Avinashi Road between Ukkadam and Neelambur, was thrown open to the public on Thursday (March 21, 2041), 62 months after work began.
L city Coimbatore
F quantity 20.4-km
L street Avinashi Road
L city Ukkadam
L city Neelambur
F date March 21, 2041
F duration 62 months
> Tamil Nadu Transport Minister S. Kaliyaperumal flagged off the first train from Ukkadam at 8.15 a.m., with around 600 passengers on board.
L region Tamil Nadu
P full S. Kaliyaperumal
L city Ukkadam
F time 8.15 a.m.
F number 600
> Chennai Metro Rail Limited (CMRL), which is executing the project for the State government, said 14 of the line’s 18 stations would open on Thursday and the remaining four, including the one near the airport, by June.
O government Chennai Metro Rail Limited
O government CMRL
F number 14
F number 18
F number four
> CMRL managing director Arul Prakasam said trains would run every eight minutes at peak hours, from 5.30 a.m. to 11 p.m. “We expect 40,000 riders a day in the first month and 1.2 lakh by the end of 2042,” Mr. Prakasam said. “The line has been designed for four times that. What we need now is feeder buses, so that people from Saravanampatti and Kalapatti can reach the stations without a scooter.
O government CMRL
P full Arul Prakasam
F duration eight minutes
F time 5.30 a.m.
F time 11 p.m.
Q direct Arul Prakasam :: “We expect 40,000 riders a day in the first month and 1.2 lakh by the end of 2042,”
F number 40,000
F number 1.2 lakh
F date 2042
P partial Prakasam
Q direct Arul Prakasam :: “The line has been designed for four times that. What we need now is feeder buses, so that people from Saravanampatti and Kalapatti can reach the stations without a scooter.
F number four
L city Saravanampatti
L city Kalapatti
> “We have asked the Tamil Nadu State Transport Corporation for 120 feeder buses by August.”
Q direct Arul Prakasam :: “We have asked the Tamil Nadu State Transport Corporation for 120 feeder buses by August.”
O government Tamil Nadu State Transport Corporation
F number 120
> For Revathi Shanmugam, 29, a software tester who lives in Peelamedu, the 7-km ride to Town Hall took 14 minutes on Thursday, against 50 minutes by bus. “My mother kept asking, ‘Is it really only ₹30?’ I told her it is cheaper than an autorickshaw,” she said.
P full Revathi Shanmugam
F age 29
L city Peelamedu
F quantity 7-km
L city Town Hall
F duration 14 minutes
F duration 50 minutes
Q direct Revathi Shanmugam :: “My mother kept asking, ‘Is it really only ₹30?’ I told her it is cheaper than an autorickshaw,”
F money ₹30
> Traders on Avinashi Road, who lived with barricades and diversions for nearly five years, were relieved. “Business dropped by a third when the pillars went up,” said K. Murugesan, 52, who runs a textile showroom near the Lakshmi Mills junction. “Now, at least, the road is ours again.”
L street Avinashi Road
F duration five years
Q direct K. Murugesan :: “Business dropped by a third when the pillars went up,”
F fraction a third
P full K. Murugesan
F age 52
L city Lakshmi Mills
Q direct K. Murugesan :: “Now, at least, the road is ours again.”
> N. Gayathri Venkatesan, professor at the Department of Civil Engineering at IIT Madras, who studied the corridor for the State, cautioned that new metros in India had often carried barely half their projected ridership in the first three years.
P full N. Gayathri Venkatesan
O education Department of Civil Engineering
O education IIT Madras
L country India
F fraction half
F duration three years
> “Coimbatore is a city of scooters. Unless parking at stations is easy and fares stay low, people will not leave their bikes at home,” Prof. Venkatesan said.
Q direct N. Gayathri Venkatesan :: “Coimbatore is a city of scooters. Unless parking at stations is easy and fares stay low, people will not leave their bikes at home,”
L city Coimbatore
P partial Venkatesan
> In a statement, CMRL said the fares were “among the lowest in the country” and that work on the 14.4-km second corridor along Sathyamangalam Road to Valiyampalayam would begin in 2042.
O government CMRL
Q direct Chennai Metro Rail Limited :: “among the lowest in the country”
F quantity 14.4-km
L street Sathyamangalam Road
L city Valiyampalayam
F date 2042
> An official of the Highways Department, who did not wish to be named, said the service road below the viaduct, dug up for three years, would be relaid “within 90 days”.
O government Highways Department
F duration three years
Q direct - :: “within 90 days”
F duration 90 days
> The cost of the line rose 18% from the ₹9,100 crore estimated in 2036. The Union and State governments share the equity equally, and 60% of the cost is met through loans.
F percent 18%
F money ₹9,100 crore
F date 2036
F percent 60%
'''

ARTICLES['1679-septa-service-cuts-28-bus-routes-kensington-el-philadelphia-inquirer'] = r'''
> SEPTA board votes to cut 28 bus routes and end trolley and El service at 9 p.m.
O government SEPTA
F number 28
L facility El
F time 9 p.m.
> The transit agency faces a $214 million deficit. Riders in Kensington and North Philadelphia say the cuts will strand them.
F money $214 million
L city Kensington
L city North Philadelphia
> by Naomi Feldscher
P full Naomi Feldscher
> Published Apr. 24, 2042, 6:05 p.m. ET
F date Apr. 24, 2042
F time 6:05 p.m. ET
> Riders board a Route 3 bus at Frankford Avenue and Allegheny Avenue in Kensington on Thursday. Rashad Mims / Staff Photographer
L street Frankford Avenue
L street Allegheny Avenue
L city Kensington
P full Rashad Mims
> SEPTA’s board voted 11-2 on Thursday to eliminate 28 bus routes, trim service on 41 others and end trolley and subway service at 9 p.m. starting Aug. 17, closing a $214 million budget gap, the so-called “fiscal cliff.”
O government SEPTA
F number 11-2
F number 28
F number 41
F time 9 p.m.
F date Aug. 17
F money $214 million
Q scare - :: “fiscal cliff.”
> The cuts, the deepest in the Southeastern Pennsylvania Transportation Authority’s 79-year history, will affect about 160,000 weekday riders, or roughly 22% of the system’s daily trips, according to agency estimates.
O government Southeastern Pennsylvania Transportation Authority
F duration 79-year
F number 160,000
F percent 22%
> General manager Charlene Abernathy-Osei said the board had run out of options after the state budget passed in Harrisburg last month without new transit money. “We have cut $60 million in administration, we have frozen hiring, we have sold property,” she said. “There is no more fat. What’s left is service.”
P full Charlene Abernathy-Osei
L city Harrisburg
Q direct Charlene Abernathy-Osei :: “We have cut $60 million in administration, we have frozen hiring, we have sold property,”
F money $60 million
Q direct Charlene Abernathy-Osei :: “There is no more fat. What’s left is service.”
> Abernathy-Osei said the base fare would also rise by 15 cents, to $2.65, on July 1, the second increase in two years.
P partial Abernathy-Osei
F money 15 cents
F money $2.65
F date July 1
F duration two years
> In Kensington, Luz Marrero, 58, a home health aide who lives on East Cambria Street, takes the Market-Frankford Line to care for an 84-year-old client in Center City. “If they stop the El at 9 p.m., how do I get home from a shift that ends at 11:30? They’re telling me to pay $30 for an Uber every night,” she said.
L city Kensington
P full Luz Marrero
F age 58
L street East Cambria Street
L facility Market-Frankford Line
F age 84-year-old
L city Center City
Q direct Luz Marrero :: “If they stop the El at 9 p.m., how do I get home from a shift that ends at 11:30? They’re telling me to pay $30 for an Uber every night,”
L facility El
F time 9 p.m.
F time 11:30
F money $30
O company Uber
> State Sen. Vincent Tarallo-Brooks, a Democrat who represents parts of Kensington and Port Richmond, said he would introduce a bill next week to let Philadelphia and its four suburban counties raise a local sales tax for transit. “Harrisburg has left SEPTA riders on the curb for three years running,” he said. “I am not going to stand there and watch the El go dark at night.
P full Vincent Tarallo-Brooks
L city Kensington
L city Port Richmond
L city Philadelphia
F number four
Q direct Vincent Tarallo-Brooks :: “Harrisburg has left SEPTA riders on the curb for three years running,”
L city Harrisburg
O government SEPTA
F duration three years
Q direct Vincent Tarallo-Brooks :: “I am not going to stand there and watch the El go dark at night.
L facility El
> “My constituents work nights. They clean the hospitals, they cook in the restaurants. This bill gives them a way home.”
Q direct Vincent Tarallo-Brooks :: “My constituents work nights. They clean the hospitals, they cook in the restaurants. This bill gives them a way home.”
> Ayesha Whitcombe, policy director of the Delaware Valley Riders Coalition (DVRC), said the cuts would “hit the people with the fewest choices first” and called the vote “a slow-motion shutdown.” A third of riders on the routes to be cut do not own a car, a DVRC survey found.
P full Ayesha Whitcombe
O nonprofit Delaware Valley Riders Coalition
O nonprofit DVRC
Q direct Ayesha Whitcombe :: “hit the people with the fewest choices first”
Q direct Ayesha Whitcombe :: “a slow-motion shutdown.”
F fraction A third
O nonprofit DVRC
> A SEPTA board member who voted for the cuts, speaking on condition of anonymity, said: "Nobody on that board wanted to do this. We were handed a spreadsheet, not a choice."
O government SEPTA
Q direct - :: "Nobody on that board wanted to do this. We were handed a spreadsheet, not a choice."
> Riders waiting for the 89 bus on Lehigh Avenue on Thursday evening said they had heard nothing about the vote. One, a 19-year-old student at the Community College of Philadelphia, said his ride home already takes 70 minutes.
L street Lehigh Avenue
F age 19-year-old
O education Community College of Philadelphia
F duration 70 minutes
> SEPTA will hold a public hearing on the route changes at its headquarters, 1234 Market St., on May 8 at 6 p.m.
O government SEPTA
L address 1234 Market St.
F date May 8
F time 6 p.m.
'''

ARTICLES['1680-pagalume-fintech-ipo-b3-sao-paulo-monteverde-bloomberg-businessweek'] = r'''
> Finance
> A Brazilian Fintech Rings the Bell in São Paulo, and Bets on the Unbanked
L city São Paulo
> Pagalume raised 3.2 billion reais on B3, the city’s biggest listing in five years. Its founder says the hard part starts now.
O company Pagalume
F money 3.2 billion reais
O company B3
F duration five years
> By Renata Albuquerque Vogt
P full Renata Albuquerque Vogt
> June 4, 2043 at 5:00 AM EDT
F date June 4, 2043
F time 5:00 AM EDT
> Pagalume founder Iara Monteverde at the company’s offices in São Paulo. Photographer: Tomás Arantes Lobo for Bloomberg Businessweek
O company Pagalume
P full Iara Monteverde
L city São Paulo
P full Tomás Arantes Lobo
O media Bloomberg Businessweek
> On the morning of May 29, Iara Monteverde rang the opening bell at B3, the São Paulo stock exchange, and watched shares of Pagalume Pagamentos SA jump 31% in their first hour of trading. By the close, the fintech she started in 2034 in a rented room in Recife was worth 18.6 billion reais, or about $3.5 billion.
F date May 29
P full Iara Monteverde
O company B3
L city São Paulo
O company Pagalume Pagamentos SA
F percent 31%
F date 2034
L city Recife
F money 18.6 billion reais
F money $3.5 billion
> Pagalume sold 142 million shares at 22.50 reais each, the top of a marketed range of 19 to 22.50 reais, raising 3.2 billion reais ($610 million). It was the largest initial public offering on the exchange since 2038.
O company Pagalume
F number 142 million
F money 22.50 reais
F money 19
F money 22.50 reais
F money 3.2 billion reais
F money $610 million
F date 2038
> The company offers free payment accounts and small loans to 27 million customers, 60% of them in Brazil’s North and Northeast, where roughly a third of adults had no bank account a decade ago.
F number 27 million
F percent 60%
L country Brazil
L region North
L region Northeast
F fraction a third
> Pagalume’s loan book grew 46% last year to 12.4 billion reais, and the company turned its first annual profit, 610 million reais, in 2042. It employs 2,300 people, most of them in Recife.
O company Pagalume
F percent 46%
F money 12.4 billion reais
F money 610 million reais
F date 2042
F number 2,300
L city Recife
> “Everyone told me the poor don’t make money for a bank,” Monteverde, 41, said in an interview at Pagalume’s headquarters on Avenida Brigadeiro Faria Lima. “They do. They just make it in small pieces, 40 reais at a time.”
Q direct Iara Monteverde :: “Everyone told me the poor don’t make money for a bank,”
P partial Monteverde
F age 41
O company Pagalume
L street Avenida Brigadeiro Faria Lima
Q direct Iara Monteverde :: “They do. They just make it in small pieces, 40 reais at a time.”
F money 40 reais
> Ricardo Tanaka Pires, B3’s head of issuer relations, said 11 more companies had filed to list in the second half of 2043. “The window is open. Whether it stays open depends on Brasília more than on us,” he said.
P full Ricardo Tanaka Pires
O company B3
F number 11
F date 2043
Q direct Ricardo Tanaka Pires :: “The window is open. Whether it stays open depends on Brasília more than on us,”
L city Brasília
> Much depends on rates. Banco Central do Brasil cut its benchmark to 8.75% in April, from a peak of 14.25% in 2041, and economists surveyed by the bank expect another 1.5 percentage points of cuts within 12 months.
O government Banco Central do Brasil
F percent 8.75%
F percent 14.25%
F date 2041
F percent 1.5 percentage points
F duration 12 months
> Not every buyer is convinced. Dmitri Halvorsen, a portfolio manager at Cobalt Ridge Capital in New York who bought into the offering, said Pagalume’s 6.8% default rate was “the number I watch, not the customer count.” He sold half his shares on the first day.
P full Dmitri Halvorsen
O company Cobalt Ridge Capital
L city New York
O company Pagalume
F percent 6.8%
Q direct Dmitri Halvorsen :: “the number I watch, not the customer count.”
F fraction half
> A banker who worked on the deal, and who asked not to be named because the order book is private, said demand was “more than 12 times the shares on offer, mostly from abroad.”
Q direct - :: “more than 12 times the shares on offer, mostly from abroad.”
F number 12
> Fintechs like Pagalume belong to what local bankers call the “Pix generation”: companies built on the central bank’s instant-payment system, which handles some 9 billion transfers a month.
O company Pagalume
Q scare - :: “Pix generation”
F number 9 billion
> Monteverde, who still owns 19% of the company, says she will not sell a share for at least three years. “I waited nine years for this,” she says. “I can wait three more.”
P partial Monteverde
F percent 19%
F duration three years
Q direct Iara Monteverde :: “I waited nine years for this,”
F duration nine years
Q direct Iara Monteverde :: “I can wait three more.”
F number three
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
