#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval223 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval223/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1381-bengaluru-suburban-rail-mallige-line-delay-k-ride-times-of-india'] = r'''
> Bengaluru News
L city Bengaluru
> Suburban Rail's Mallige Line Delayed Again, Cost Goes Up By Rs 1,120 Crore
L facility Mallige Line
F money Rs 1,120 Crore
> K-RIDE now says trains between Baiyappanahalli and Chikkabanavara only by December 2040; minister calls delay "unacceptable"
O government K-RIDE
L city Baiyappanahalli
L city Chikkabanavara
F date December 2040
Q direct R Venkatesh Murthy :: "unacceptable"
> Nikhil Gowda / TNN / Updated: Mar 14, 2040, 06:12 IST
P full Nikhil Gowda
O media TNN
F date Mar 14, 2040
F time 06:12 IST
> Work on the elevated stretch near Hebbal on Wednesday. (TOI photo by Sandeep Kumar Rao)
L city Hebbal
O media TOI
P full Sandeep Kumar Rao
> BENGALURU: The 25km Mallige Line of the Bengaluru suburban rail project, promised to commuters by the end of 2038, will not carry passengers before December 2040, the Rail Infrastructure Development Company (Karnataka) Ltd (K-RIDE) has told the state government, pushing the cost of the corridor up by Rs 1,120 crore to Rs 16,890 crore.
L city BENGALURU
F quantity 25km
L facility Mallige Line
L city Bengaluru
F date 2038
F date December 2040
O government Rail Infrastructure Development Company (Karnataka) Ltd
O government K-RIDE
F money Rs 1,120 crore
F money Rs 16,890 crore
> In a letter to the infrastructure development department, K-RIDE blamed land acquisition near Yeshwanthpur, the shifting of high-tension power lines at 14 locations and a shortage of U-girders from its contractor. Only 61% of the civil work on the elevated section was complete by February 29, the letter said.
O government K-RIDE
L city Yeshwanthpur
F number 14
F percent 61%
F date February 29
> Infrastructure development minister R Venkatesh Murthy said the delay was "unacceptable" and that he had asked K-RIDE's managing director to appear before a review meeting on March 20. "Commuters from Hebbal, Lottegollahalli and Kodigehalli were promised a train in 2038. Now we are telling them 2040. I will not accept another revised date," he said.
P full R Venkatesh Murthy
Q direct R Venkatesh Murthy :: "unacceptable"
O government K-RIDE
F date March 20
Q direct R Venkatesh Murthy :: "Commuters from Hebbal, Lottegollahalli and Kodigehalli were promised a train in 2038. Now we are telling them 2040. I will not accept another revised date,"
L city Hebbal
L city Lottegollahalli
L city Kodigehalli
F date 2038
F date 2040
> K-RIDE managing director Shalini Ramaiah said in a statement that the company had "no control" over the power-line work, which is being carried out by Bescom and the Karnataka Power Transmission Corporation Ltd (KPTCL). "We have lost close to nine months waiting for shutdowns on the 220kV lines. Once KPTCL clears them, the girders can be launched within 16 weeks," she said.
O government K-RIDE
P full Shalini Ramaiah
Q direct Shalini Ramaiah :: "no control"
O company Bescom
O company Karnataka Power Transmission Corporation Ltd
O company KPTCL
Q direct Shalini Ramaiah :: "We have lost close to nine months waiting for shutdowns on the 220kV lines. Once KPTCL clears them, the girders can be launched within 16 weeks,"
F duration nine months
F quantity 220kV
O company KPTCL
F duration 16 weeks
> The 25km corridor will have eight stations, from Baiyappanahalli to Chikkabanavara via Hebbal and Yeshwanthpur, and is designed for six-coach trains running every 15 minutes at peak hours. K-RIDE expects about 2.4 lakh passengers a day in the first year.
F quantity 25km
F number eight
L city Baiyappanahalli
L city Chikkabanavara
L city Hebbal
L city Yeshwanthpur
F number six
F duration 15 minutes
O government K-RIDE
F number 2.4 lakh
> The Centre and the state each pay 20% of the project's cost, with the remaining 60% raised as loans from lenders including the European Investment Bank (EIB) and Germany's KfW. A senior South Western Railway (SWR) official, who did not want to be named, said the railway had handed over 38 acres of its land at Yeshwanthpur and Lottegollahalli in 2039. "The hold-up is not on our side. SWR is still waiting for K-RIDE's signalling plan," the official said.
O government Centre
F percent 20%
F percent 60%
O intergovernmental European Investment Bank
O intergovernmental EIB
L country Germany
O government KfW
O government South Western Railway
O government SWR
F quantity 38 acres
L city Yeshwanthpur
L city Lottegollahalli
F date 2039
Q direct - :: "The hold-up is not on our side. SWR is still waiting for K-RIDE's signalling plan,"
O government SWR
O government K-RIDE
> Commuters who had hoped to escape the traffic on Bellary Road were not impressed. "I spend two-and-a-half hours every day between Yelahanka and my office in Whitefield. They told us 'suburban trains by 2038' and we believed it," said Pooja Shetty, 34, a software tester.
L street Bellary Road
Q direct Pooja Shetty :: "I spend two-and-a-half hours every day between Yelahanka and my office in Whitefield. They told us 'suburban trains by 2038' and we believed it,"
F duration two-and-a-half hours
L city Yelahanka
L city Whitefield
F date 2038
P full Pooja Shetty
F age 34
> Murthy said the state would consider penalties on the contractor if the new date slipped.
P partial Murthy
> The Mallige Line is the second of the four corridors of the 148km suburban network approved in 2020. Work on the Kanaka Line between Heelalige and Rajanukunte is about 40% complete, K-RIDE said.
L facility Mallige Line
F number four
F quantity 148km
F date 2020
L facility Kanaka Line
L city Heelalige
L city Rajanukunte
F percent 40%
O government K-RIDE
'''

ARTICLES['1382-northern-ireland-open-snooker-final-o-dochartaigh-srisuk-waterfront-hall-bbc-sport'] = r'''
> Snooker
> Northern Ireland Open: Ciarán Ó Dochartaigh beats Thanawat Srisuk 9-7 to win first ranking title
P full Ciarán Ó Dochartaigh
P full Thanawat Srisuk
F score 9-7
> By Declan Mawhinney
P full Declan Mawhinney
> BBC Sport NI at the Waterfront Hall, Belfast
O media BBC Sport NI
L facility Waterfront Hall
L city Belfast
> Published 19 November 2039
F date 19 November 2039
> Image source, Getty Images
O media Getty Images
> Image caption, Ó Dochartaigh, 26, made four century breaks in the final
P partial Ó Dochartaigh
F age 26
F number four
> Derry's Ciarán Ó Dochartaigh came from 6-3 down to beat Thailand's Thanawat Srisuk 9-7 and win his first ranking title in front of a home crowd at the Waterfront Hall in Belfast.
L city Derry
P full Ciarán Ó Dochartaigh
F score 6-3
L country Thailand
P full Thanawat Srisuk
F score 9-7
L facility Waterfront Hall
L city Belfast
> The 26-year-old, who turned professional only in 2035, won six of the last seven frames, sealing victory with a break of 112 in the 16th frame shortly after 10:40pm.
F age 26-year-old
F date 2035
F number six
F number seven
F number 112
F time 10:40pm
> Ó Dochartaigh takes home the £100,000 winner's cheque and the Alex Higgins Trophy, and climbs from 31st to 14th in the world rankings.
P partial Ó Dochartaigh
F money £100,000
> "I've watched this tournament from the seats up there since I was nine, so to lift the trophy in this building is something else," said Ó Dochartaigh, whose father Pádraig drove him to Belfast for junior events every Saturday.
Q direct Ciarán Ó Dochartaigh :: "I've watched this tournament from the seats up there since I was nine, so to lift the trophy in this building is something else,"
F age nine
P partial Ó Dochartaigh
P partial Pádraig
L city Belfast
> "At 6-3 I honestly thought it was gone. Thanawat was scoring from everywhere and I was just sitting in my chair. My dad said to me at the interval, 'Just win the next frame, nothing else,' and that's what I tried to do.
Q direct Ciarán Ó Dochartaigh :: "At 6-3 I honestly thought it was gone. Thanawat was scoring from everywhere and I was just sitting in my chair. My dad said to me at the interval, 'Just win the next frame, nothing else,' and that's what I tried to do.
F score 6-3
P partial Thanawat
> "The crowd got me over the line tonight. I'll remember that roar for the rest of my life."
Q direct Ciarán Ó Dochartaigh :: "The crowd got me over the line tonight. I'll remember that roar for the rest of my life."
> Srisuk, 31, had looked in control when breaks of 127 and 88 helped him to a 5-3 lead after the afternoon session, which began at 1pm, and he went 6-3 up in the first frame of the evening.
P partial Srisuk
F age 31
F number 127
F number 88
F score 5-3
F time 1pm
F score 6-3
> But the world number eight missed a routine red to the middle pocket on 41 in the 10th frame, and Ó Dochartaigh cleared with 73 to start a run of four frames in a row.
F number 41
P partial Ó Dochartaigh
F number 73
F number four
> "I missed one ball and the whole match changed," said Srisuk, who was runner-up at the same event in 2037. "Ciarán deserved it. He played the last hour like a champion."
Q direct Thanawat Srisuk :: "I missed one ball and the whole match changed,"
F number one
P partial Srisuk
F date 2037
Q direct Thanawat Srisuk :: "Ciarán deserved it. He played the last hour like a champion."
P partial Ciarán
> The best-of-17 final lasted nearly six hours across the two sessions, the longest ranking final of the season.
F number 17
F duration six hours
F number two
> The Thai, who was born in Nakhon Ratchasima and now practises in Sheffield, pockets £45,000 as runner-up.
L city Nakhon Ratchasima
L city Sheffield
F money £45,000
> The World Snooker Tour (WST) said 2,350 tickets had been sold for the evening session and described the atmosphere as "as loud as the Crucible on a final night".
O company World Snooker Tour
O company WST
F number 2,350
Q direct World Snooker Tour :: "as loud as the Crucible on a final night"
L facility Crucible
> Ó Dochartaigh returns to action at the UK Championship in York on 25 November, when he meets England's Harvey Cattermole in the first round.
P partial Ó Dochartaigh
L city York
F date 25 November
L country England
P full Harvey Cattermole
> Frame scores (Ó Dochartaigh first): 0-127 (127), 71-30 (71), 8-88 (88), 45-67, 102-0 (102), 24-73 (59), 61-58, 13-79 (66), 0-91 (91), 73-41 (73), 118-5 (118), 66-49, 104-20 (104), 35-80 (80), 77-14 (77), 112-0 (112).
P partial Ó Dochartaigh
F score 0-127
F number 127
F score 71-30
F number 71
F score 8-88
F number 88
F score 45-67
F score 102-0
F number 102
F score 24-73
F number 59
F score 61-58
F score 13-79
F number 66
F score 0-91
F number 91
F score 73-41
F number 73
F score 118-5
F number 118
F score 66-49
F score 104-20
F number 104
F score 35-80
F number 80
F score 77-14
F number 77
F score 112-0
F number 112
'''

ARTICLES['1383-christchurch-te-kaha-north-stand-extension-cost-overrun-councillors-rnz'] = r'''
> New Zealand
L country New Zealand
> Te Kaha stand extension $18.6m over budget, councillors told
L facility Te Kaha
F money $18.6m
> Christchurch's stadium extension will now cost $91.4 million - a quarter more than budgeted - and will not be finished before the 2041 rugby season, a council report shows.
L city Christchurch
F money $91.4 million
F fraction a quarter
F date 2041
> Kerys Tainui, Local Democracy Reporter
P full Kerys Tainui
> 4:48 pm on 21 March 2040
F time 4:48 pm
F date 21 March 2040
> Te Kaha stadium in central Christchurch. Photo: RNZ / Kerys Tainui
L facility Te Kaha
L city Christchurch
O media RNZ
P full Kerys Tainui
> The cost of adding 5200 seats to Christchurch's new stadium, Te Kaha, has blown out by $18.6 million, and some city councillors say they were kept in the dark for months.
F number 5200
L city Christchurch
L facility Te Kaha
F money $18.6 million
> A report to the Christchurch City Council's finance committee on Thursday shows the north stand extension, budgeted at $72.8m when it was approved in June 2038, is now forecast to cost $91.4m. The main contractor, Torlesse Construction, has told the council that steel prices, a 14-week delay to piling and a redesign of the roof link account for most of the extra cost.
O government Christchurch City Council
F money $72.8m
F date June 2038
F money $91.4m
O company Torlesse Construction
F duration 14-week
> The extension would lift the stadium's capacity from about 30,000 to 35,200 for rugby and concerts. It was meant to be ready for the start of the 2041 Super Rugby Pacific season.
F number 30,000
F number 35,200
F date 2041
O other Super Rugby Pacific
> Councillor Mere Rāwiri-Clarke, who chairs the finance committee, said she learned of the overrun "from a spreadsheet, not a phone call".
P full Mere Rāwiri-Clarke
Q direct Mere Rāwiri-Clarke :: "from a spreadsheet, not a phone call"
> "Staff knew in November that the numbers were moving. We were told in March. That's four months in which we could have changed the design or paused the work," she said.
Q direct Mere Rāwiri-Clarke :: "Staff knew in November that the numbers were moving. We were told in March. That's four months in which we could have changed the design or paused the work,"
F duration four months
> "Ratepayers in Linwood and Sumner are paying for this. They deserve better than a 'trust us' from the people running the project."
Q direct Mere Rāwiri-Clarke :: "Ratepayers in Linwood and Sumner are paying for this. They deserve better than a 'trust us' from the people running the project."
L city Linwood
L city Sumner
> Councillor Tom Hazlett said the council should consider dropping the roof link, which would save about $6m. Christchurch had "already paid once for a stadium it waited 15 years to get", he said.
P full Tom Hazlett
F money $6m
L city Christchurch
Q direct Tom Hazlett :: "already paid once for a stadium it waited 15 years to get"
F duration 15 years
> Anaru Pōhatu, chief executive of Venues Ōtautahi, the council-owned company that runs the stadium, said the extra seats were still worth building. "Every sold-out test here has turned people away. Those 5200 seats pay for themselves over 20 years," he said.
P full Anaru Pōhatu
O company Venues Ōtautahi
Q direct Anaru Pōhatu :: "Every sold-out test here has turned people away. Those 5200 seats pay for themselves over 20 years,"
F number 5200
F duration 20 years
> In a statement, Torlesse Construction said it had "absorbed $2.1m of cost increases already" and that the revised figure reflected "the real price of structural steel in 2040".
O company Torlesse Construction
Q direct Torlesse Construction :: "absorbed $2.1m of cost increases already"
F money $2.1m
Q direct Torlesse Construction :: "the real price of structural steel in 2040"
F date 2040
> A council staff member, who asked not to be named, said the piling crews had struck old foundations beneath Madras Street and Barbadoes Street from buildings demolished after the 2011 earthquake. "We found concrete nobody had a record of. You can't drive piles through that," the staff member said.
L street Madras Street
L street Barbadoes Street
F date 2011
Q direct - :: "We found concrete nobody had a record of. You can't drive piles through that,"
> Demand for seats was clear in October, when 30,000 people watched Canterbury beat Wellington 27-24 in the provincial final, the report says.
F number 30,000
O team Canterbury
O team Wellington
F score 27-24
> Mayor Hemi Walters-Pike said councillors would vote on 3 April on whether to approve the extra spending, cut the roof link or pause the extension for 12 months. He said the council "cannot keep writing blank cheques" but would not leave the north stand half built.
P full Hemi Walters-Pike
F date 3 April
F duration 12 months
Q direct Hemi Walters-Pike :: "cannot keep writing blank cheques"
> The stadium, which replaced the earthquake-damaged Lancaster Park, opened in April 2026.
L facility Lancaster Park
F date April 2026
'''

ARTICLES['1384-konark-airways-airbus-fleet-order-a321neo-bhubaneswar-economic-times'] = r'''
> Aviation
> Konark Airways orders 150 Airbus jets worth $14.2 billion in its biggest fleet deal
O company Konark Airways
F number 150
O company Airbus
F money $14.2 billion
> Synopsis
> The Bhubaneswar-based carrier will take 120 A321neos and 30 A330neos from 2043, lifting its fleet to 310 aircraft by 2050. Lessors and a bank consortium will finance most of the deal, the airline said.
L city Bhubaneswar
F number 120
F number 30
F date 2043
F number 310
F date 2050
> By Riya Chakraborty, ET Bureau
P full Riya Chakraborty
O media ET Bureau
> Last Updated: Apr 12, 2040, 07:15:00 PM IST
F date Apr 12, 2040
F time 07:15:00 PM IST
> Konark Airways chairman Rustom D'Souza at the signing in Toulouse on Thursday. (Image: Konark Airways)
O company Konark Airways
P full Rustom D'Souza
L city Toulouse
O company Konark Airways
> Konark Airways, India's fourth-largest airline by domestic market share, on Thursday signed a firm order for 150 Airbus aircraft worth $14.2 billion (about Rs 1.19 lakh crore) at list prices, the biggest order placed by an Indian carrier outside the two largest groups.
O company Konark Airways
L country India
F number 150
O company Airbus
F money $14.2 billion
F money Rs 1.19 lakh crore
F number two
> The order, signed at the Airbus delivery centre in Toulouse, covers 120 A321neo narrowbodies and 30 A330neo widebodies. Deliveries begin in January 2043 and run until 2050. The airline also holds purchase rights for another 40 aircraft.
O company Airbus
L city Toulouse
F number 120
F number 30
F date January 2043
F date 2050
F number 40
> "This order is about the next 20 years of Indian aviation, not the next two quarters," chairman Rustom D'Souza said at the signing. "India will need more than 2,000 new aircraft in that time. We want our fair share of them."
Q direct Rustom D'Souza :: "This order is about the next 20 years of Indian aviation, not the next two quarters,"
F duration 20 years
F duration two quarters
P full Rustom D'Souza
Q direct Rustom D'Souza :: "India will need more than 2,000 new aircraft in that time. We want our fair share of them."
L country India
F number 2,000
> D'Souza, 58, founded the airline in Bhubaneswar in 2029 with two leased ATR turboprops. It now flies 172 aircraft to 64 domestic and 11 international destinations and carried 31.6 million passengers in FY40.
P partial D'Souza
F age 58
L city Bhubaneswar
F date 2029
F number two
O company ATR
F number 172
F number 64
F number 11
F number 31.6 million
F date FY40
> Chief executive Aditya Menon said the A330neos would be used on new routes from Bhubaneswar and Kolkata to Europe and the Gulf, where Konark now flies only to Dubai, Doha and Muscat. "Odisha has 4.6 crore people and no non-stop flight to London. That is the gap we want to close," he said.
P full Aditya Menon
L city Bhubaneswar
L city Kolkata
L continent Europe
L region Gulf
O company Konark
L city Dubai
L city Doha
L city Muscat
Q direct Aditya Menon :: "Odisha has 4.6 crore people and no non-stop flight to London. That is the gap we want to close,"
L region Odisha
F number 4.6 crore
L city London
> The airline did not disclose the discount it had negotiated. Airlines typically secure discounts of 45-55% on list prices for orders of this size, analysts said.
F percent 45-55%
> Chief financial officer Priya Natarajan said 70% of the aircraft would be taken on sale-and-leaseback, with the rest financed through a consortium led by State Bank of India (SBI) and Bank of Baroda. "We are not going to put Rs 40,000 crore of debt on our balance sheet. That is not the Konark way," she said.
P full Priya Natarajan
F percent 70%
O company State Bank of India
O company SBI
O company Bank of Baroda
Q direct Priya Natarajan :: "We are not going to put Rs 40,000 crore of debt on our balance sheet. That is not the Konark way,"
F money Rs 40,000 crore
O company Konark
> Data from the Directorate General of Civil Aviation (DGCA) show Konark held a 9.4% share of the domestic market in February, behind IndiGo, the Air India group and Akasa Air.
O government Directorate General of Civil Aviation
O government DGCA
O company Konark
F percent 9.4%
O company IndiGo
O company Air India
O company Akasa Air
> An analyst at a Mumbai brokerage, who did not want to be named, called the order "ambitious but not reckless". "Konark has the lowest unit costs in the country after IndiGo. The question is whether Bhubaneswar can be a real hub," the analyst said.
L city Mumbai
Q direct - :: "ambitious but not reckless"
Q direct - :: "Konark has the lowest unit costs in the country after IndiGo. The question is whether Bhubaneswar can be a real hub,"
O company Konark
O company IndiGo
L city Bhubaneswar
> Shares of Konark Airways' parent, Konark Aviation Holdings, rose 6.8% to Rs 1,412.50 on the NSE on Thursday, giving the company a market value of Rs 38,600 crore.
O company Konark Airways
O company Konark Aviation Holdings
F percent 6.8%
F money Rs 1,412.50
O company NSE
F money Rs 38,600 crore
'''

ARTICLES['1385-texas-city-refinery-explosion-csb-preliminary-findings-gulfhaven-houston-chronicle'] = r'''
> Houston
L city Houston
> Federal investigators say corroded pipe caused deadly Texas City refinery blast
L city Texas City
> Chemical Safety Board's preliminary findings point to a line workers had nicknamed "the sweat line"; two workers died and 11 were hurt in the June explosion
O government Chemical Safety Board
Q scare - :: "the sweat line"
F number two
F number 11
> By Marisol Treviño-Aldana, Staff writer
P full Marisol Treviño-Aldana
> Updated Sept. 18, 2040 5:16 p.m.
F date Sept. 18, 2040
F time 5:16 p.m.
> Smoke rises from the Gulfhaven Refining plant in Texas City on June 2, 2040. Darnell Okafor-Reese/Staff photographer
O company Gulfhaven Refining
L city Texas City
F date June 2, 2040
P full Darnell Okafor-Reese
> TEXAS CITY — The explosion that killed two workers at the Gulfhaven Refining plant in June began when a corroded 8-inch pipe carrying hot hydrocarbons split open, releasing a vapor cloud that ignited within 90 seconds, federal investigators said Wednesday.
L city TEXAS CITY
F number two
O company Gulfhaven Refining
F quantity 8-inch
F duration 90 seconds
> The U.S. Chemical Safety and Hazard Investigation Board, known as the CSB, said in a preliminary report that the section of pipe had worn to less than a third of its original thickness and had not been inspected since 2034. Workers called it "the sweat line" because it dripped condensate onto the walkway below.
O government U.S. Chemical Safety and Hazard Investigation Board
O government CSB
F fraction a third
F date 2034
Q scare - :: "the sweat line"
> "This was not a sudden failure. The metal was telling people for years that it was getting thin," CSB lead investigator Lucas Thibodeaux said at a news conference at the College of the Mainland, a few miles from the plant.
Q direct Lucas Thibodeaux :: "This was not a sudden failure. The metal was telling people for years that it was getting thin,"
O government CSB
P full Lucas Thibodeaux
O education College of the Mainland
> He said the board had found "a backlog of more than 1,400 overdue inspections" across the 184,000-barrel-a-day refinery. "We will be looking at why those numbers were allowed to grow," he said. "That is a question for management, not for the welders."
Q direct Lucas Thibodeaux :: "a backlog of more than 1,400 overdue inspections"
F number 1,400
F quantity 184,000-barrel
Q direct Lucas Thibodeaux :: "We will be looking at why those numbers were allowed to grow,"
Q direct Lucas Thibodeaux :: "That is a question for management, not for the welders."
> Killed in the blast on June 2 were pipefitter Jerome Batiste, 44, of La Marque, and Ana Lucía Villaseñor, 29, a contract operator from Hitchcock. Eleven other workers were treated at the University of Texas Medical Branch in Galveston; three remain hospitalized.
F date June 2
P full Jerome Batiste
F age 44
L city La Marque
P full Ana Lucía Villaseñor
F age 29
L city Hitchcock
F number Eleven
O education University of Texas Medical Branch
L city Galveston
F number three
> Gulfhaven, a subsidiary of Dallas-based Corvina Energy Partners, said it had "fully cooperated" with investigators and had spent $212 million on maintenance at the plant since 2036.
O company Gulfhaven
L city Dallas
O company Corvina Energy Partners
Q direct Gulfhaven Refining :: "fully cooperated"
F money $212 million
F date 2036
> "We will not speculate on the cause until the CSB's work is complete," the company said in a statement.
Q direct Gulfhaven Refining :: "We will not speculate on the cause until the CSB's work is complete,"
O government CSB
> The Occupational Safety and Health Administration opened its own inspection in June and has six months to issue any citations. A person familiar with the OSHA inspection, who was not authorized to speak publicly, said the agency was weighing penalties "at the top of the scale," which could exceed $16 million.
O government Occupational Safety and Health Administration
F duration six months
O government OSHA
Q direct - :: "at the top of the scale,"
F money $16 million
> Brandon Kowalczyk, president of United Steelworkers Local 13-1, which represents about 600 hourly workers at the plant, said members had reported leaks on the unit for years. "Our people have been writing up that line since 2037. Somebody in an office in Dallas decided it could wait," Kowalczyk said.
P full Brandon Kowalczyk
O nonprofit United Steelworkers Local 13-1
F number 600
Q direct Brandon Kowalczyk :: "Our people have been writing up that line since 2037. Somebody in an office in Dallas decided it could wait,"
F date 2037
L city Dallas
P partial Kowalczyk
> Texas City has been here before. In March 2005, an explosion at the BP refinery a mile away killed 15 workers and injured 180, and led to one of the largest OSHA fines in U.S. history.
L city Texas City
F date March 2005
O company BP
F number 15
F number 180
O government OSHA
L country U.S.
> The CSB said its final report would take 18 to 24 months. Gulfhaven restarted the refinery's crude unit at 6 a.m. on Aug. 27 but said the damaged hydrotreater would stay shut until at least January.
O government CSB
F duration 18
F duration 24 months
O company Gulfhaven
F time 6 a.m.
F date Aug. 27
'''

ARTICLES['1386-merseyrail-northern-line-evening-cuts-southport-ormskirk-unions-liverpool-echo'] = r'''
> Transport
> Merseyrail to cut evening Northern Line trains to Southport and Ormskirk in £8.4m savings plan
O company Merseyrail
L facility Northern Line
L city Southport
L city Ormskirk
F money £8.4m
> Union warns of "ghost stations" as late services drop to every 30 minutes from May
Q direct Gerard O'Hanlon :: "ghost stations"
F duration 30 minutes
> Connor Mulhearn Transport Correspondent
P full Connor Mulhearn
> 06:00, 14 MAR 2040
F time 06:00
F date 14 MAR 2040
> A Merseyrail train at Sandhills station (Image: Liverpool ECHO)
O company Merseyrail
L facility Sandhills
O media Liverpool ECHO
> Merseyrail will cut evening and Sunday services on parts of its Northern Line from May 19 as the Liverpool City Region Combined Authority tries to close an £8.4m gap in its transport budget.
O company Merseyrail
L facility Northern Line
F date May 19
O government Liverpool City Region Combined Authority
F money £8.4m
> Under the plans, trains between Liverpool Central and Southport and between Sandhills and Ormskirk will run every 30 minutes instead of every 15 minutes after 8pm, and Sunday trains to Hunts Cross will stop at 9.30pm. About 4,100 passengers a day use those services, according to the combined authority's own figures.
L facility Liverpool Central
L city Southport
L facility Sandhills
L city Ormskirk
F duration 30 minutes
F duration 15 minutes
F time 8pm
L city Hunts Cross
F time 9.30pm
F number 4,100
> The combined authority, which owns the Merseyrail fleet, said the changes would save £2.6m a year and protect "the core daytime timetable".
O company Merseyrail
F money £2.6m
Q direct Liverpool City Region Combined Authority :: "the core daytime timetable"
> Metro mayor Joanne Mulvaney said: "I didn't come into politics to cut train services. But the Department for Transport (DfT) has cut our transport grant by 11% in two years and I have to balance the books.
P full Joanne Mulvaney
Q direct Joanne Mulvaney :: "I didn't come into politics to cut train services. But the Department for Transport (DfT) has cut our transport grant by 11% in two years and I have to balance the books.
O government Department for Transport
O government DfT
F percent 11%
F duration two years
> "If passengers come back to the evening trains, the trains will come back too. That's a promise."
Q direct Joanne Mulvaney :: "If passengers come back to the evening trains, the trains will come back too. That's a promise."
> Passenger numbers on the Northern Line after 8pm are still 8% below 2019 levels, the authority says. Services on the Wirral Line to West Kirby, New Brighton, Chester and Ellesmere Port are not affected, although they will be reviewed in the autumn.
L facility Northern Line
F time 8pm
F percent 8%
F date 2019
L facility Wirral Line
L city West Kirby
L city New Brighton
L city Chester
L city Ellesmere Port
> Ms Mulvaney, 47, said the authority had asked the DfT for an emergency £5m to keep the current timetable until March 2041.
P partial Mulvaney
F age 47
O government DfT
F money £5m
F date March 2041
> The RMT union said it would ballot its members on Merseyrail for industrial action. RMT regional organiser Gerard O'Hanlon said the cuts would turn quiet stations such as Bank Hall, Hall Road and Town Green into "ghost stations" after dark.
O nonprofit RMT
O company Merseyrail
O nonprofit RMT
P full Gerard O'Hanlon
L facility Bank Hall
L facility Hall Road
L facility Town Green
Q direct Gerard O'Hanlon :: "ghost stations"
> "Fewer trains means fewer staff on platforms at night, and that's when women and young people need them most," he said. "We've been here before with the guards dispute. Our members won't stand by."
Q direct Gerard O'Hanlon :: "Fewer trains means fewer staff on platforms at night, and that's when women and young people need them most,"
Q direct Gerard O'Hanlon :: "We've been here before with the guards dispute. Our members won't stand by."
> Aslef, the train drivers' union, said it was "studying the detail".
O nonprofit Aslef
Q direct Aslef :: "studying the detail"
> Sefton Council's cabinet member for transport, Cllr Mark Rimmer-Jones, said the borough had not been consulted. "Southport is the end of the line, not the end of the world. People there work late too," he said.
O government Sefton Council
P full Mark Rimmer-Jones
Q direct Mark Rimmer-Jones :: "Southport is the end of the line, not the end of the world. People there work late too,"
L city Southport
> Jenny Whitfield, 52, a nurse at Southport and Formby District General Hospital, finishes her shift at 10pm and gets the train home to Birkdale. "Thirty minutes on a cold platform at that time of night isn't a small thing," she said.
P full Jenny Whitfield
F age 52
O other Southport and Formby District General Hospital
F time 10pm
L city Birkdale
Q direct Jenny Whitfield :: "Thirty minutes on a cold platform at that time of night isn't a small thing,"
F duration Thirty minutes
> Merseyrail's Class 777 trains entered service in 2023 at a cost of £460m. The combined authority's transport committee will take a final decision on April 4.
O company Merseyrail
F date 2023
F money £460m
F date April 4
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
