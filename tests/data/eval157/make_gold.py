#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval157 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval157/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['985-dubai-metro-red-line-airport-extension-rta-contract-gulf-news'] = r'''
> Transport
> RTA awards Dh18.2 billion contract to extend Dubai Metro Red Line to Al Maktoum airport
O government RTA
F money Dh18.2 billion
L facility Red Line
L facility Al Maktoum
> The 21.5km extension will add seven stations between Expo City Dubai and the new airport, with the first trains due in 2044
F quantity 21.5km
F number seven
L city Expo City Dubai
F date 2044
> Mariam Al Shehhi, Senior Reporter
P full Mariam Al Shehhi
> Published: March 13, 2040 17:45
F date March 13, 2040
F time 17:45
> A Red Line train pulls into Jebel Ali station. The line will run on to Al Maktoum International Airport. Image Credit: Joyeeta Sengupta/Gulf News
L facility Red Line
L facility Jebel Ali
L facility Al Maktoum International Airport
P full Joyeeta Sengupta
O media Gulf News
> Dubai: The Roads and Transport Authority (RTA) has awarded a Dh18.2 billion contract to extend the Dubai Metro's Red Line by 21.5km from Expo City Dubai to Al Maktoum International Airport, the authority said on Tuesday.
L city Dubai
O government Roads and Transport Authority
O government RTA
F money Dh18.2 billion
L facility Red Line
F quantity 21.5km
L city Expo City Dubai
L facility Al Maktoum International Airport
> The contract went to a consortium of Dubai-based Saqr Al Khaleej Contracting and South Korea's Hanbit Rail Systems, which beat three other bidders. The route will have seven new stations, two of them inside the airport, and will run underground for 14km.
L city Dubai
O company Saqr Al Khaleej Contracting
L country South Korea
O company Hanbit Rail Systems
F number three
F number seven
F number two
F quantity 14km
> Eng. Hessa Obaid Al Marri, chief executive of the Rail Agency at the RTA, called the extension "the missing link" between Dubai's two airports. "When Al Maktoum International is fully open, a passenger landing there should reach Downtown Dubai by Metro in under 40 minutes," she said. "We are building for the airport of 2050, not for the airport of today.
P full Hessa Obaid Al Marri
O government Rail Agency
O government RTA
Q direct Hessa Obaid Al Marri :: "the missing link"
L city Dubai
F number two
Q direct Hessa Obaid Al Marri :: "When Al Maktoum International is fully open, a passenger landing there should reach Downtown Dubai by Metro in under 40 minutes,"
L facility Al Maktoum International
L city Downtown Dubai
F duration 40 minutes
Q direct Hessa Obaid Al Marri :: "We are building for the airport of 2050, not for the airport of today.
F date 2050
> "This is the promise we made to the families moving to Dubai South, and this contract keeps it."
Q direct Hessa Obaid Al Marri :: "This is the promise we made to the families moving to Dubai South, and this contract keeps it."
L city Dubai South
> Al Marri said the line was designed to carry up to 320,000 passengers a day once the airport reaches its full capacity of 260 million passengers a year. The RTA will also buy 46 driverless trains, each with five cars, under a separate Dh2.4 billion order.
P partial Al Marri
F number 320,000
F number 260 million
O government RTA
F number 46
F number five
F money Dh2.4 billion
> Work is due to start in September and take 42 months. In a statement, the RTA said the extension would cut traffic on Emirates Road and Sheikh Mohammed Bin Zayed Road by "up to 12 per cent".
F duration 42 months
O government RTA
L street Emirates Road
L street Sheikh Mohammed Bin Zayed Road
Q direct Roads and Transport Authority :: "up to 12 per cent"
F percent 12 per cent
> Yoon Hae-rim, regional managing director of Hanbit Rail Systems, said the consortium would employ about 6,500 workers at the peak. "Tunnelling under a working airport is never simple. Our boring machines will run 24 hours a day, and the aircraft will not notice us," he said.
P full Yoon Hae-rim
O company Hanbit Rail Systems
F number 6,500
Q direct Yoon Hae-rim :: "Tunnelling under a working airport is never simple. Our boring machines will run 24 hours a day, and the aircraft will not notice us,"
F duration 24 hours
> The Dubai Metro carried 291.4 million passengers in 2039, according to RTA figures, up 6.8 per cent on the year before. The Red Line, which opened on September 9, 2009, is 67km long and the busiest of the network's three lines.
F number 291.4 million
F date 2039
O government RTA
F percent 6.8 per cent
L facility Red Line
F date September 9, 2009
F quantity 67km
F number three
> Priya D'Souza, 34, an accountant from Kochi who moved to the area in 2038, said she spends Dh1,100 a month on taxis to reach the nearest station.
P full Priya D'Souza
F age 34
L city Kochi
F date 2038
F money Dh1,100
> "Every morning it is the same call from the driver: 'Madam, I am stuck at the roundabout, five minutes more,'" she said. "Four years is a long time, but at least now there is a date."
Q direct Priya D'Souza :: "Every morning it is the same call from the driver: 'Madam, I am stuck at the roundabout, five minutes more,'"
F duration five minutes
Q direct Priya D'Souza :: "Four years is a long time, but at least now there is a date."
F duration Four years
> A senior official at Dubai Airports, who asked not to be named, said the airport operator had pushed for both airport stations to be built in the first phase. "Without the Metro, you cannot move 260 million people. The roads alone will not do it," the official said.
O company Dubai Airports
Q direct - :: "Without the Metro, you cannot move 260 million people. The roads alone will not do it,"
F number 260 million
> Dubai South is planned on the so-called "20-minute city" model, where homes, offices and the airport sit close together. The RTA said bids for feeder bus routes to the new stations would open in June.
L city Dubai South
Q scare - :: "20-minute city"
F duration 20-minute
O government RTA
'''

ARTICLES['986-hyderabad-water-tanker-strike-hwsc-hydrant-rates-sindh-dawn'] = r'''
> Pakistan
L country Pakistan
> Tanker strike leaves Hyderabad dry as owners reject new hydrant rates
L city Hyderabad
> Rehana Soomro
P full Rehana Soomro
> Published March 5, 2040
F date March 5, 2040
> TANKERS stand idle at the Hala Naka hydrant on Sunday. — Photo by Umair Qureshi / White Star
L city Hala Naka
P full Umair Qureshi
O media White Star
> HYDERABAD: Nearly 400 water tankers stayed off the roads of Hyderabad for a third day on Monday as their owners went on strike against a sharp rise in the rates charged at the city’s hydrants, leaving Latifabad, Qasimabad and parts of the old city without water.
L city HYDERABAD
F number 400
L city Hyderabad
L city Latifabad
L city Qasimabad
> The Hyderabad Water and Sewerage Corporation (HWSC) raised the charge for filling a 1,000-gallon tanker at its hydrants from Rs450 to Rs1,200 on March 1, citing a 38 per cent rise in its electricity bills over the past year.
O government Hyderabad Water and Sewerage Corporation
O government HWSC
F quantity 1,000-gallon
F money Rs450
F money Rs1,200
F date March 1
F percent 38 per cent
> The Hyderabad Water Tanker Owners Association, which represents about 1,100 owners, says the new rate will push the price a household pays for one tanker from Rs2,500 to more than Rs4,000.
O nonprofit Hyderabad Water Tanker Owners Association
F number 1,100
F number one
F money Rs2,500
F money Rs4,000
> “We are not against paying. We are against being looted,” the association’s president, Ghulam Mustafa Khaskheli, told Dawn outside the Hala Naka hydrant. “Diesel is Rs412 a litre, the police take their share at every chowk, and now the corporation wants triple.
Q direct Ghulam Mustafa Khaskheli :: “We are not against paying. We are against being looted,”
P full Ghulam Mustafa Khaskheli
O media Dawn
L city Hala Naka
Q direct Ghulam Mustafa Khaskheli :: “Diesel is Rs412 a litre, the police take their share at every chowk, and now the corporation wants triple.
F money Rs412
> “If the rate is not brought back to Rs450 by Wednesday, we will park our tankers outside the Sindh Assembly in Karachi,” he said.
Q direct Ghulam Mustafa Khaskheli :: “If the rate is not brought back to Rs450 by Wednesday, we will park our tankers outside the Sindh Assembly in Karachi,”
F money Rs450
O government Sindh Assembly
L city Karachi
> Residents said donkey-cart vendors and small pickups were selling water at Rs50 for a 20-litre can, five times the usual price, and accused what they called a “water mafia” of exploiting the strike.
F money Rs50
F quantity 20-litre
F number five
Q scare - :: “water mafia”
> “My children have not bathed since Friday. I bought four cans this morning for Rs200 and that is only for cooking,” said Shabana Parveen, 41, a schoolteacher in Latifabad Unit 8.
Q direct Shabana Parveen :: “My children have not bathed since Friday. I bought four cans this morning for Rs200 and that is only for cooking,”
F number four
F money Rs200
P full Shabana Parveen
F age 41
L city Latifabad Unit 8
> Sindh Local Government Minister Zulfiqar Ali Talpur said the new rate had been approved by the HWSC board after the corporation’s unpaid bills to the Hyderabad Electric Supply Company (Hesco) crossed Rs3.8 billion.
L region Sindh
P full Zulfiqar Ali Talpur
O government HWSC
O company Hyderabad Electric Supply Company
O company Hesco
F money Rs3.8 billion
> “Hesco disconnects our pumping stations, and then the same people who are striking today complain that the taps are dry,” Mr Talpur said at a press conference in Karachi on Sunday. He said the government would not be “blackmailed”, but offered to cut the rate to Rs900 for tankers supplying hospitals and katchi abadis.
Q direct Zulfiqar Ali Talpur :: “Hesco disconnects our pumping stations, and then the same people who are striking today complain that the taps are dry,”
O company Hesco
P partial Talpur
L city Karachi
Q direct Zulfiqar Ali Talpur :: “blackmailed”
F money Rs900
> Sindh Health Minister Dr Sadia Memon-Jatoi said 14 children had been treated for diarrhoea at the Liaquat University Hospital in the past 48 hours, and urged residents to boil stored water for at least 10 minutes.
L region Sindh
P full Sadia Memon-Jatoi
F number 14
O other Liaquat University Hospital
F duration 48 hours
F duration 10 minutes
> An HWSC official, who spoke on condition of anonymity, said the corporation supplied about 32 million gallons a day against a demand of 70 million gallons, and that the shortfall had grown since the level of the Indus at Kotri Barrage dropped in February. “Even if every tanker is back on the road tomorrow, half the city will still be short,” the official said.
O government HWSC
F quantity 32 million gallons
F quantity 70 million gallons
L geo Indus
L facility Kotri Barrage
Q direct - :: “Even if every tanker is back on the road tomorrow, half the city will still be short,”
F fraction half
> In a statement, the Karachi Water and Sewerage Corporation (KWSC), which charges Rs1,050 for a 1,000-gallon tanker at its own hydrants, said it had “no plan” to follow Hyderabad’s increase.
O government Karachi Water and Sewerage Corporation
O government KWSC
F money Rs1,050
F quantity 1,000-gallon
Q direct Karachi Water and Sewerage Corporation :: “no plan”
L city Hyderabad
> Talks between the association and the Hyderabad commissioner are to be held at 11am on Tuesday.
L city Hyderabad
F time 11am
'''

ARTICLES['987-nottingham-forest-brighton-var-late-winner-city-ground-guardian'] = r'''
> Premier League
O other Premier League
> Ferreyra heads late Forest winner after VAR takes away Brighton penalty
P partial Ferreyra
O team Forest
O team Brighton
> Nottingham Forest 2-1 Brighton & Hove Albion; Van Dijkhuizen booked for diving at 1-1; Ó Dálaigh: ‘He took it like a veteran’
O team Nottingham Forest
F score 2-1
O team Brighton & Hove Albion
P partial Van Dijkhuizen
F score 1-1
P partial Ó Dálaigh
Q direct Ciarán Ó Dálaigh :: ‘He took it like a veteran’
> Eleanor Whitcombe at the City Ground
P full Eleanor Whitcombe
L facility City Ground
> Sat 22 Oct 2039 19.45 BST
F date 22 Oct 2039
F time 19.45 BST
> Joaquín Ferreyra (centre) celebrates after scoring Nottingham Forest’s winner. Photograph: Tom Ashcroft-Lyle/Getty Images
P full Joaquín Ferreyra
O team Nottingham Forest
P full Tom Ashcroft-Lyle
O media Getty Images
> Nottingham Forest have made a habit of late drama this season and they found it again in front of 30,412 at the City Ground, where Joaquín Ferreyra’s header two minutes from time beat a Brighton side who will feel the afternoon turned on a decision taken 120 miles away at Stockley Park.
O team Nottingham Forest
F number 30,412
L facility City Ground
P full Joaquín Ferreyra
F duration two minutes
O team Brighton
F quantity 120 miles
L facility Stockley Park
> With the score at 1-1 and 14 minutes left, the referee, Callum Ridgeway, pointed to the spot when Brighton’s Luuk van Dijkhuizen went down under a challenge from Forest’s Moses Adeyemi-Clarke. The VAR, Helen Okoro, sent Ridgeway to the pitchside monitor, and after watching the replay three times he reversed the decision and booked Van Dijkhuizen for simulation.
F score 1-1
F duration 14 minutes
P full Callum Ridgeway
O team Brighton
P full Luuk van Dijkhuizen
O team Forest
P full Moses Adeyemi-Clarke
P full Helen Okoro
P partial Ridgeway
F number three
P partial Van Dijkhuizen
> Twelve minutes later Ferreyra, a 19-year-old substitute from Rosario, rose above two defenders to meet Tiago Conceição’s cross from the right and send the home end into raptures.
F duration Twelve minutes
P partial Ferreyra
F age 19-year-old
L city Rosario
F number two
P full Tiago Conceição
> “I didn’t touch him, I promise you,” Adeyemi-Clarke said. “I pulled my leg away and he went down like he’d been shot. The referee was honest enough to look again.”
Q direct Moses Adeyemi-Clarke :: “I didn’t touch him, I promise you,”
P partial Adeyemi-Clarke
Q direct Moses Adeyemi-Clarke :: “I pulled my leg away and he went down like he’d been shot. The referee was honest enough to look again.”
> Brighton had led through Kaoru Shimizu’s curling shot in the 23rd minute, the forward’s fourth goal in six games, before Forest’s captain, Rhys Penhaligon, equalised with a low drive three minutes after half-time.
O team Brighton
P full Kaoru Shimizu
F number six
O team Forest
P full Rhys Penhaligon
F duration three minutes
> Brighton’s head coach, Anders Mølgaard, was still fuming 45 minutes after the final whistle. “We are told the system is there for ‘clear and obvious’ errors. Ten of us on the bench thought it was a penalty, the referee thought it was a penalty, and then a man in a room in west London decides it is not,” he said.
O team Brighton
P full Anders Mølgaard
F duration 45 minutes
Q direct Anders Mølgaard :: “We are told the system is there for ‘clear and obvious’ errors. Ten of us on the bench thought it was a penalty, the referee thought it was a penalty, and then a man in a room in west London decides it is not,”
F number Ten
L city London
> “I have to be careful what I say or I will be paying the FA. But I will be asking for the audio, and I want to hear it,” Mølgaard added.
Q direct Anders Mølgaard :: “I have to be careful what I say or I will be paying the FA. But I will be asking for the audio, and I want to hear it,”
O other FA
P partial Mølgaard
> Professional Game Match Officials Limited (PGMOL) said the replays showed “no contact” and that the on-field decision had been correctly changed.
O other Professional Game Match Officials Limited
O other PGMOL
Q direct Professional Game Match Officials Limited :: “no contact”
> Forest’s manager, Ciarán Ó Dálaigh, admitted that from the touchline the penalty had looked soft. “Joaquín has waited two months for his chance and he took it like a veteran, like a man who has been doing this for 10 years,” he said.
O team Forest
P full Ciarán Ó Dálaigh
Q direct Ciarán Ó Dálaigh :: “Joaquín has waited two months for his chance and he took it like a veteran, like a man who has been doing this for 10 years,”
P partial Joaquín
F duration two months
F duration 10 years
> He rejected the suggestion that his side had been fortunate. “Lucky? We had 19 shots to their eight. Ask their goalkeeper if we were lucky.”
Q direct Ciarán Ó Dálaigh :: “Lucky? We had 19 shots to their eight. Ask their goalkeeper if we were lucky.”
F number 19
F number eight
> Forest, whose high press is known among supporters as “the swarm”, are unbeaten in eight home games, and the win lifts them to fourth with 17 points from nine matches, two behind the leaders, Arsenal.
O team Forest
Q scare - :: “the swarm”
F number eight
F number 17
F number nine
F number two
O team Arsenal
> Brighton, who beat Chelsea 3-0 last weekend, drop to 11th. Forest play Newcastle away on Saturday, while Brighton host Wolves on Sunday.
O team Brighton
O team Chelsea
F score 3-0
O team Forest
O team Newcastle
O team Brighton
O team Wolves
'''

ARTICLES['988-campbelltown-hospital-emergency-waits-nsw-upper-house-inquiry-smh'] = r'''
> Health
> Patients waited up to 31 hours for a bed at Campbelltown Hospital, inquiry told
F duration 31 hours
O other Campbelltown Hospital
> Only 48 per cent of emergency patients at the south-west Sydney hospital were treated on time last year, against a state target of 80 per cent.
F percent 48 per cent
L city Sydney
F percent 80 per cent
> By Lucinda Farrah-Nguyen
P full Lucinda Farrah-Nguyen
> August 23, 2039 — 5.00am
F date August 23, 2039
F time 5.00am
> The emergency department at Campbelltown Hospital, where 2100 patients waited more than 12 hours last year. Credit: Rhiannon Keough
O other Campbelltown Hospital
F number 2100
F duration 12 hours
P full Rhiannon Keough
> Patients at Campbelltown Hospital waited up to 31 hours on trolleys and in corridors before a ward bed was found for them, a NSW parliamentary inquiry has heard, as senior doctors warned that the emergency department was “one bad winter away” from collapse.
O other Campbelltown Hospital
F duration 31 hours
L region NSW
Q direct - :: “one bad winter away”
> The Legislative Council inquiry, chaired by Greens MLC Dr Imogen Castellanos-Reid, opened on Monday with evidence from clinicians, paramedics and the South Western Sydney Local Health District, which runs the 620-bed hospital.
O government Legislative Council
P full Imogen Castellanos-Reid
O government South Western Sydney Local Health District
F number 620
> Figures tabled at the hearing show only 48 per cent of patients who came to the hospital’s emergency department in 2038-39 left within four hours, compared with 61 per cent across NSW. More than 2100 waited longer than 12 hours.
F percent 48 per cent
F date 2038-39
F duration four hours
F percent 61 per cent
L region NSW
F number 2100
F duration 12 hours
> Dr Farida Haidari-Wells, an emergency physician who has worked at the hospital for 14 years, told the committee that on a single night in June there were 46 patients in a department built for 28. The problem, known as “access block”, arises when patients who need a ward bed stay in emergency because none is free.
P full Farida Haidari-Wells
F duration 14 years
F number 46
F number 28
Q scare - :: “access block”
> “We had an 87-year-old woman with a broken hip on a trolley in the corridor for 19 hours. Her daughter sat on the floor beside her the whole time,” Haidari-Wells said. “I apologised to them, and I have apologised to hundreds of families since.
Q direct Farida Haidari-Wells :: “We had an 87-year-old woman with a broken hip on a trolley in the corridor for 19 hours. Her daughter sat on the floor beside her the whole time,”
F age 87-year-old
F duration 19 hours
P partial Haidari-Wells
Q direct Farida Haidari-Wells :: “I apologised to them, and I have apologised to hundreds of families since.
> “The staff are not the problem. The building is too small for the Macarthur of today.”
Q direct Farida Haidari-Wells :: “The staff are not the problem. The building is too small for the Macarthur of today.”
L region Macarthur
> Liberal MLC Peter Vanderzee asked the district’s chief executive, Graham Oduya, why a $1.1 billion expansion promised by Labor before the March 2039 election had not started. Mr Oduya said planning approval was expected “within months” and that 160 new beds would open in stages from 2041.
P full Peter Vanderzee
P full Graham Oduya
F money $1.1 billion
O party Labor
F date March 2039
P partial Oduya
Q direct Graham Oduya :: “within months”
F number 160
F date 2041
> “I won’t sit here and pretend the numbers are acceptable. They are not,” Mr Oduya said. He said the district had spent $38.6 million on agency nurses and locum doctors in 2038-39, up 22 per cent on the year before.
Q direct Graham Oduya :: “I won’t sit here and pretend the numbers are acceptable. They are not,”
P partial Oduya
F money $38.6 million
F date 2038-39
F percent 22 per cent
> The NSW Nurses and Midwives’ Association told the inquiry in a written submission that nurses at Campbelltown were routinely caring for six patients instead of the mandated four, and described the emergency department as “a car park with monitors”.
O nonprofit NSW Nurses and Midwives’ Association
L city Campbelltown
F number six
F number four
Q direct NSW Nurses and Midwives’ Association :: “a car park with monitors”
> Health Minister Daniel Petrakis said in a statement that 42 beds had been added at Campbelltown since the election and that the median wait to start treatment had fallen from 29 minutes to 24 minutes in the June quarter.
P full Daniel Petrakis
F number 42
L city Campbelltown
F duration 29 minutes
F duration 24 minutes
> The committee will sit again at the Campbelltown Arts Centre on September 9 and is due to report by December 1. Dr Castellanos-Reid said residents of Camden, Picton and Appin would be invited to speak.
L facility Campbelltown Arts Centre
F date September 9
F date December 1
P partial Castellanos-Reid
L city Camden
L city Picton
L city Appin
> “We have heard from the people who run the hospital. Now we want to hear from the people who wait in it,” she said.
Q direct Imogen Castellanos-Reid :: “We have heard from the people who run the hospital. Now we want to hear from the people who wait in it,”
'''

ARTICLES['989-revontuli-airlines-first-quarter-loss-fuel-hedges-seat-cuts-bloomberg'] = r'''
> Business
> Revontuli Loss Widens as Fuel Hedges Backfire, Airline Trims Asia Seats
O company Revontuli
L continent Asia
> Helsinki-based carrier lost €214 million in the first quarter
L city Helsinki
F money €214 million
> Seat capacity on Asian routes to drop 6% next winter
F percent 6%
> By Sanna Lindqvist-Aho and Matthias Brenner
P full Sanna Lindqvist-Aho
P full Matthias Brenner
> April 24, 2040 at 8:07 AM GMT+3
F date April 24, 2040
F time 8:07 AM GMT+3
> A Revontuli Airlines Airbus A350 at Helsinki-Vantaa Airport. Photographer: Eetu Hämäläinen/Bloomberg
O company Revontuli Airlines
L facility Helsinki-Vantaa Airport
P full Eetu Hämäläinen
O media Bloomberg
> (Bloomberg) -- Revontuli Airlines Oyj posted a wider first-quarter loss as fuel hedges bought when oil was more expensive weighed on earnings, and said it will cut seats on its Asian routes next winter.
O media Bloomberg
O company Revontuli Airlines Oyj
> The Helsinki-based carrier’s operating loss widened to €214 million in the three months through March from €158 million a year earlier, the company said in a statement Tuesday. Analysts had expected a loss of €181 million, according to the average of five estimates compiled by Bloomberg. Revenue rose 4.2% to €1.06 billion.
L city Helsinki
F money €214 million
F duration three months
F money €158 million
F money €181 million
F number five
O media Bloomberg
F percent 4.2%
F money €1.06 billion
> The shares fell as much as 7.3% in Helsinki trading, the steepest intraday drop since October 2038.
F percent 7.3%
L city Helsinki
F date October 2038
> Chief Financial Officer Kaisa Väänänen-Roth said the airline had hedged 68% of its expected fuel needs for 2040 at an average of $842 a metric ton, about 14% above the current market price. “Our hedging policy is there to protect us when prices spike, and this quarter it did the opposite. We knew that was a risk when we signed,” she said in an interview with Bloomberg Television.
P full Kaisa Väänänen-Roth
F percent 68%
F date 2040
F money $842
F percent 14%
Q direct Kaisa Väänänen-Roth :: “Our hedging policy is there to protect us when prices spike, and this quarter it did the opposite. We knew that was a risk when we signed,”
O media Bloomberg Television
> She said the policy would stay, but that Revontuli would hedge a smaller share of its 2041 consumption, about 50%. “We are not going to gamble on the oil price. We are an airline, not a ‘trading desk with wings,’ as one of our board members likes to say,” Väänänen-Roth said.
O company Revontuli
F date 2041
F percent 50%
Q direct Kaisa Väänänen-Roth :: “We are not going to gamble on the oil price. We are an airline, not a ‘trading desk with wings,’ as one of our board members likes to say,”
P partial Väänänen-Roth
> Revontuli will reduce available seat kilometers on Asian routes by 6% in the winter season starting in late October, dropping its four-times-weekly service to Osaka and cutting Seoul to five flights a week. Overall capacity for the year will still grow 2% to about 41.5 billion seat kilometers.
O company Revontuli
F percent 6%
F number four
L city Osaka
L city Seoul
F number five
F percent 2%
F quantity 41.5 billion seat kilometers
> Chief Executive Officer Jukka-Pekka Österlund said in the statement that summer bookings were “encouraging,” with the load factor forecast at 84% for the June-August period.
P full Jukka-Pekka Österlund
Q direct Jukka-Pekka Österlund :: “encouraging,”
F percent 84%
> A 24-hour strike by the IAU aviation union in February grounded 312 flights and cost about €9 million, the company said.
F duration 24-hour
O nonprofit IAU
F number 312
F money €9 million
> Read more: European Airlines Brace for Higher Airport Fees in 2041
> Finland’s government, which holds 55.8% of Revontuli through the Prime Minister’s Office, declined to comment.
L country Finland
F percent 55.8%
O company Revontuli
O government Prime Minister’s Office
> “The hedging loss is a timing issue, but the capacity cut tells you Asia is not coming back the way they hoped,” said Rhiannon Achterberg, an analyst at Bloomberg Intelligence. She estimates the hedges will cost Revontuli €95 million to €110 million this year.
Q direct Rhiannon Achterberg :: “The hedging loss is a timing issue, but the capacity cut tells you Asia is not coming back the way they hoped,”
L continent Asia
P full Rhiannon Achterberg
O company Bloomberg Intelligence
O company Revontuli
F money €95 million
F money €110 million
> The stock has lost 31% over the past 12 months, giving the company a market value of about €1.9 billion.
F percent 31%
F duration 12 months
F money €1.9 billion
> —With assistance from Tomasz Wiśniewski
P full Tomasz Wiśniewski
'''

ARTICLES['990-ada-school-board-building-bond-issue-ofcc-hardin-county-kenton-times'] = r'''
> Ada school board sends $38.4M building bond issue to November ballot
L city Ada
F money $38.4M
> By Janelle Hofacker, Times Staff Writer
P full Janelle Hofacker
O media Times
> Posted Aug 7, 2040
F date Aug 7, 2040
> Ada Exempted Village Schools Superintendent Dr. Marcus Weingart explains the building plan Monday at the high school. (Times photo/Janelle Hofacker)
O education Ada Exempted Village Schools
P full Marcus Weingart
O media Times
P full Janelle Hofacker
> ADA — The Ada Exempted Village Schools Board of Education voted 4-1 Monday night to put a 4.9-mill bond issue on the Nov. 6 ballot to pay the local share of a new pre-kindergarten through 12th grade building.
L city ADA
O education Ada Exempted Village Schools Board of Education
F number 4-1
F money 4.9-mill
F date Nov. 6
> The 37-year bond would raise $38.4 million. The Ohio Facilities Construction Commission (OFCC) has agreed to pay 51 percent of the $78.3 million project, with the district covering the other 49 percent. Voters will also be asked to approve a 0.5-mill permanent improvement levy to maintain the building.
F duration 37-year
F money $38.4 million
O government Ohio Facilities Construction Commission
O government OFCC
F percent 51 percent
F money $78.3 million
F percent 49 percent
F money 0.5-mill
> Treasurer Angela DeWitt said the bond issue would cost the owner of a $150,000 home about $257 a year, and the levy another $26.
P full Angela DeWitt
F money $150,000
F money $257
F money $26
> "This is the cheapest this building will ever be," DeWitt said. "If we pass on the state's money now, we go to the back of the line, and the next offer could be 10 years away."
Q direct Angela DeWitt :: "This is the cheapest this building will ever be,"
P partial DeWitt
Q direct Angela DeWitt :: "If we pass on the state's money now, we go to the back of the line, and the next offer could be 10 years away."
F duration 10 years
> Weingart said the district's three buildings — the elementary, built in 1954, the middle school and the high school on South Main Street — need new boilers and roofs that would cost $21 million on their own.
P partial Weingart
F number three
F date 1954
L street South Main Street
F money $21 million
> "We have buckets in the gym when it rains. I'm not exaggerating for effect — our custodians keep a 'bucket map,'" Weingart said, drawing laughter from about 60 residents in the high school cafeteria.
Q direct Marcus Weingart :: "We have buckets in the gym when it rains. I'm not exaggerating for effect — our custodians keep a 'bucket map,'"
P partial Weingart
F number 60
> Board member Lyle Buckland cast the lone no vote. He said farmers in Liberty and Washington townships were still paying for the 2036 renewal levy and could not carry another tax.
P full Lyle Buckland
L region Liberty
L region Washington
F date 2036
> "I'm for the kids. Nobody in this room is against the kids," Buckland said. "But you are asking a man with 400 acres to pay for a building on what his land is worth on paper, not on what his corn brings in."
Q direct Lyle Buckland :: "I'm for the kids. Nobody in this room is against the kids,"
P partial Buckland
Q direct Lyle Buckland :: "But you are asking a man with 400 acres to pay for a building on what his land is worth on paper, not on what his corn brings in."
F quantity 400 acres
> Board President Colleen Van Horn said the board would hold two tours of the old buildings, including the 1954 wing known to students as "the Annex," on Aug. 25 and Sept. 15. Ohio Northern University (ONU) has offered its auditorium for a community forum.
P full Colleen Van Horn
F number two
F date 1954
Q scare - :: "the Annex,"
F date Aug. 25
F date Sept. 15
O education Ohio Northern University
O education ONU
> ONU employs about 700 people in the village of 5,400, and Van Horn said its support could help. The Hardin County Board of Elections must certify the issue by Aug. 22.
O education ONU
F number 700
F number 5,400
P partial Van Horn
O government Hardin County Board of Elections
F date Aug. 22
> Resident Karen Osterloh, 68, whose two grandchildren attend the elementary, said she voted against the last bond issue in 2031 but would back this one. "The state is paying half. My grandkids are worth the other half," she said.
P full Karen Osterloh
F age 68
F number two
F date 2031
Q direct Karen Osterloh :: "The state is paying half. My grandkids are worth the other half,"
F fraction half
F fraction +0 half
> The board also approved a $1.2 million design contract with Lima-based Hoverman Design Group. If voters approve the issue, construction could begin in spring 2042 and the building would open for the 2044-45 school year, Weingart said.
F money $1.2 million
L city Lima
O company Hoverman Design Group
F date 2042
F date 2044-45
P partial Weingart
> The board meets next at 7 p.m. Aug. 20 in the high school library.
F time 7 p.m.
F date Aug. 20
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
