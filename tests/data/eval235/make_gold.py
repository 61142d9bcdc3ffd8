#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval235 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval235/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1453-condobolin-hospital-emergency-closure-nurses-lachlan-shire-smh'] = r'''
> Health
> ‘We are running on fumes’: Condobolin hospital shuts its emergency department overnight
Q direct Bronwyn Tuckett :: ‘We are running on fumes’
L city Condobolin
> Nurses in the Lachlan Shire say agency staff are costing the state $3100 a shift while local jobs sit vacant for months.
L region Lachlan Shire
F money $3100
> By Harriet Okonkwo-Lane
P full Harriet Okonkwo-Lane
> March 12, 2040 — 5.00am
F date March 12, 2040
F time 5.00am
> A nurse walks past the closed emergency department at Condobolin Health Service on Monday. Credit: Declan Ferris
O other Condobolin Health Service
P full Declan Ferris
> The emergency department at Condobolin Health Service in western NSW will close from 8pm to 8am for at least six weeks from Monday after the Western NSW Local Health District failed to fill 14 of its 22 nursing positions, leaving the town’s 3200 residents a 100-kilometre drive from the nearest overnight doctor in Parkes.
O other Condobolin Health Service
L region NSW
F time 8pm
F time 8am
F duration six weeks
O government Western NSW Local Health District
F number 14
F number 22
F number 3200
F quantity 100-kilometre
L city Parkes
> The health district confirmed the closure in a statement on Wednesday, saying it had “exhausted every option” to roster staff, including flying in agency nurses from Sydney at a cost of up to $3100 a shift.
Q direct Western NSW Local Health District :: “exhausted every option”
L city Sydney
F money $3100
> Lachlan Shire mayor Bronwyn Tuckett, 58, said the town had been warned but not consulted. “We are running on fumes. Our nurses are doing double shifts, our only GP is 71, and now the lights go off at night,” she said. “Nobody from Sydney has set foot in this hospital since Christmas.
L region Lachlan Shire
P full Bronwyn Tuckett
F age 58
Q direct Bronwyn Tuckett :: “We are running on fumes. Our nurses are doing double shifts, our only GP is 71, and now the lights go off at night,”
F age 71
Q direct Bronwyn Tuckett :: “Nobody from Sydney has set foot in this hospital since Christmas.
L city Sydney
> “A woman in labour, a farmer who rolls a quad bike, a kid with asthma – they will all be in the back of an ambulance for 70 minutes. That is not a health system, that is a lottery.”
Q direct Bronwyn Tuckett :: “A woman in labour, a farmer who rolls a quad bike, a kid with asthma – they will all be in the back of an ambulance for 70 minutes. That is not a health system, that is a lottery.”
F duration 70 minutes
> Western NSW Local Health District chief executive Marcus Delahunty said recruiting in small towns had become “a bidding war” with Queensland and Victoria, where regional incentives of up to $20,000 were on offer.
O government Western NSW Local Health District
P full Marcus Delahunty
Q direct Marcus Delahunty :: “a bidding war”
L region Queensland
L region Victoria
F money $20,000
> “We have advertised these roles 11 times since July 2039. We have had four applicants, and two of them withdrew when they saw the rent,” he said. Delahunty said the district would spend $4.6 million over two years on housing for staff at Condobolin, Lake Cargelligo and Tullamore.
Q direct Marcus Delahunty :: “We have advertised these roles 11 times since July 2039. We have had four applicants, and two of them withdrew when they saw the rent,”
F number 11
F date July 2039
F number four
F number two
P partial Delahunty
F money $4.6 million
F duration two years
L city Condobolin
L city Lake Cargelligo
L city Tullamore
> The NSW Nurses and Midwives’ Association (NSWNMA) said it was the 19th temporary shutdown of a rural emergency department in the state this year, up from 11 in 2039. Its general secretary, Priya Ramaswamy-Hill, said 38 per cent of the 2400 rural nurses in the union’s latest survey planned to leave within five years.
O nonprofit NSW Nurses and Midwives’ Association
O nonprofit NSWNMA
F number 11
F date 2039
P full Priya Ramaswamy-Hill
F percent 38 per cent
F number 2400
F duration five years
> The NSWNMA called the housing plan “a band-aid” and said staffing ratios, which apply in Sydney hospitals, should be extended to every facility with more than 10 beds.
O nonprofit NSWNMA
Q direct NSW Nurses and Midwives’ Association :: “a band-aid”
L city Sydney
F number 10
> Regional Health Minister Tom Karagiannis said he had asked the district to reopen the department on weekends “as a matter of urgency”. A spokeswoman for Health Minister Annabel Fitz-Simmons said 312 graduate nurses would start in regional hospitals in February 2041.
P full Tom Karagiannis
Q direct Tom Karagiannis :: “as a matter of urgency”
P full Annabel Fitz-Simmons
F number 312
F date February 2041
> A senior doctor at Parkes Hospital, who asked not to be named because he was not authorised to speak publicly, said the transfers would stretch its own six-bed emergency department. “We will be catching Condobolin’s patients at 3am with the same two nurses we had before,” he said.
O other Parkes Hospital
F number six
Q direct - :: “We will be catching Condobolin’s patients at 3am with the same two nurses we had before,”
L city Condobolin
F time 3am
F number two
> Tuckett said the council would hold a public meeting at the Condobolin Community Centre on March 19. “People here are not asking for a city hospital,” she said. “They are asking for the lights to stay on.”
P partial Tuckett
L facility Condobolin Community Centre
F date March 19
Q direct Bronwyn Tuckett :: “People here are not asking for a city hospital,”
Q direct Bronwyn Tuckett :: “They are asking for the lights to stay on.”
'''

ARTICLES['1454-dammam-alkhobar-green-line-metro-opens-eastern-province-arab-news'] = r'''
> Saudi Arabia
> First Eastern Province Metro Line Opens, Linking Dammam and Alkhobar in 38 Minutes
L region Eastern Province
L city Dammam
L city Alkhobar
F duration 38 Minutes
> The 19-station, 31-kilometer Green Line is expected to carry 150,000 passengers a day within two years
F number 19
F quantity 31-kilometer
L facility Green Line
F number 150,000
F duration two years
> Rami Al-Ghamdi
P full Rami Al-Ghamdi
> Updated 21 May 2040
F date 21 May 2040
> Passengers board a train at King Abdulaziz Park Station in Dammam on Monday. (Supplied)
L facility King Abdulaziz Park Station
L city Dammam
> DAMMAM: The Eastern Province’s first metro line opened to the public on Monday, with trains running every six minutes between Dammam’s Al-Faisaliyah district and the Alkhobar waterfront on a route that cost SR14.8 billion ($3.95 billion).
L city DAMMAM
L region Eastern Province
F duration six minutes
L city Dammam
L city Al-Faisaliyah
L city Alkhobar
F money SR14.8 billion
F money $3.95 billion
> The Green Line, built and operated by the Sharqiya Metro Company (SMC) under a contract awarded by the Eastern Province Municipality in 2034, has 19 stations, including a stop at King Fahd University of Petroleum and Minerals (KFUPM) in Dhahran.
L facility Green Line
O company Sharqiya Metro Company
O company SMC
O government Eastern Province Municipality
F date 2034
F number 19
O education King Fahd University of Petroleum and Minerals
O education KFUPM
L city Dhahran
> Eng. Faisal bin Nasser Al-Mutlaq, the company’s chief executive, said 41,000 passengers had used the line by 6 p.m. on its first day. “We expected 25,000. People came with their children just to ride it, some of them three or four times,” he said.
P full Faisal bin Nasser Al-Mutlaq
F number 41,000
F time 6 p.m.
Q direct Faisal bin Nasser Al-Mutlaq :: “We expected 25,000. People came with their children just to ride it, some of them three or four times,”
F number 25,000
F number three
F number four
> “An old man told me today, ‘In my time you needed a car to buy bread.’ Now his granddaughter takes the train to university.
Q direct Faisal bin Nasser Al-Mutlaq :: “An old man told me today, ‘In my time you needed a car to buy bread.’ Now his granddaughter takes the train to university.
> “Ridership will reach 150,000 a day when the Blue Line to King Fahd International Airport opens in 2041,” Al-Mutlaq said.
Q direct Faisal bin Nasser Al-Mutlaq :: “Ridership will reach 150,000 a day when the Blue Line to King Fahd International Airport opens in 2041,”
F number 150,000
L facility Blue Line
L facility King Fahd International Airport
F date 2041
P partial Al-Mutlaq
> Fares are set at SR4 for a single trip and SR150 for a monthly pass, with a 50 percent discount for students and for people over 60, the Transport General Authority (TGA) said in a statement. The authority said the fares were “among the lowest in the Gulf.”
F money SR4
F money SR150
F percent 50 percent
F age 60
O government Transport General Authority
O government TGA
Q direct Transport General Authority :: “among the lowest in the Gulf.”
L region Gulf
> In Al-Aziziyah, a district of Alkhobar where the line runs on a 9-meter viaduct, some shop owners said construction had cost them customers for nearly four years.
L city Al-Aziziyah
L city Alkhobar
F quantity 9-meter
F duration four years
> “For four years this street was a wall of dust,” said Hessa Al-Qahtani, 44, who runs a perfume shop on Prince Turki Street. “Now the station is 200 meters from my door. We will see if it brings the customers back.”
Q direct Hessa Al-Qahtani :: “For four years this street was a wall of dust,”
F duration four years
P full Hessa Al-Qahtani
F age 44
L street Prince Turki Street
Q direct Hessa Al-Qahtani :: “Now the station is 200 meters from my door. We will see if it brings the customers back.”
F quantity 200 meters
> An official at the municipality, who spoke on condition of anonymity because he was not authorized to brief the media, said the line had opened 11 months behind schedule and about 9 percent over its original budget of SR13.6 billion. “The soil near the coast gave us surprises. The tunnel under King Saud Street alone took 14 months,” he said.
F duration 11 months
F percent 9 percent
F money SR13.6 billion
Q direct - :: “The soil near the coast gave us surprises. The tunnel under King Saud Street alone took 14 months,”
L street King Saud Street
F duration 14 months
> The Eastern Province, home to Saudi Aramco’s headquarters in Dhahran and to more than 5 million people, is the second Saudi region after Riyadh to open a metro, a goal of the Vision 2030 plan to cut car use.
L region Eastern Province
O company Saudi Aramco
L city Dhahran
F number 5 million
L city Riyadh
> Trains will run from 5:30 a.m. to midnight, and until 2 a.m. on Thursdays and Fridays, the company said, adding that park-and-ride lots with 1,200 spaces had been built at the two end stations.
F time 5:30 a.m.
F time 2 a.m.
F number 1,200
F number two
'''

ARTICLES['1455-morrison-bridge-seismic-retrofit-lanes-multnomah-county-oregonian'] = r'''
> Commuting
> Morrison Bridge to lose 2 lanes for 34 months under $486 million quake retrofit
L facility Morrison Bridge
F number 2
F duration 34 months
F money $486 million
> By Dana Whitcombe-Reyes | The Oregonian/OregonLive
P full Dana Whitcombe-Reyes
O media The Oregonian/OregonLive
> Published: Apr. 18, 2040, 5:47 p.m.
F date Apr. 18, 2040
F time 5:47 p.m.
> Traffic crosses the Morrison Bridge toward downtown Portland on Wednesday. Beth Nakashima-Cole/The Oregonian
L facility Morrison Bridge
L city Portland
P full Beth Nakashima-Cole
O media The Oregonian
> Multnomah County commissioners voted 4-1 on Tuesday to spend $486 million strengthening the Morrison Bridge so it can survive a major Cascadia Subduction Zone earthquake, a project that will cut the span to two lanes in each direction for nearly three years starting in July 2041.
L region Multnomah County
F number 4-1
F money $486 million
L facility Morrison Bridge
L geo Cascadia Subduction Zone
F number two
F duration three years
F date July 2041
> The bridge carries about 48,000 vehicles a day across the Willamette River between downtown and the Central Eastside and is one of the county's so-called "lifeline routes," which must reopen within days of a quake. County engineers say it would likely be unusable for months after one.
F number 48,000
L geo Willamette River
L city Central Eastside
Q scare - :: "lifeline routes,"
> "This is the bridge we would need on the day after. Right now it is the bridge we would be pulling people out of," said Commissioner Alma Vu-Hendricks, whose district includes the Buckman and Kerns neighborhoods at the bridge's east end.
Q direct Alma Vu-Hendricks :: "This is the bridge we would need on the day after. Right now it is the bridge we would be pulling people out of,"
P full Alma Vu-Hendricks
L city Buckman
L city Kerns
> The vote came after a three-hour hearing. Commissioner Gareth O'Donoghue, the lone no vote, said he supported a retrofit but not the plan to pay for it, which leans on a $1.25 increase in the county's vehicle registration fee. "We are asking people in Gresham and Troutdale to pay for a bridge most of them never cross," he said. "The state and the feds should carry more of this.
F duration three-hour
P full Gareth O'Donoghue
F money $1.25
Q direct Gareth O'Donoghue :: "We are asking people in Gresham and Troutdale to pay for a bridge most of them never cross,"
L city Gresham
L city Troutdale
Q direct Gareth O'Donoghue :: "The state and the feds should carry more of this.
> "If Salem wants a resilient downtown, Salem can help pay for one."
Q direct Gareth O'Donoghue :: "If Salem wants a resilient downtown, Salem can help pay for one."
L city Salem
L city Salem
> The county has lined up $212 million from the Federal Highway Administration and $96 million from the Oregon Department of Transportation (ODOT), said Ken Abernathy-Ruiz, the county's bridge program manager. The rest, about $178 million, would come from county bonds and the fee, which would rise from $19 to $20.25 a year.
F money $212 million
O government Federal Highway Administration
F money $96 million
O government Oregon Department of Transportation
O government ODOT
P full Ken Abernathy-Ruiz
F money $178 million
F money $19
F money $20.25
> Abernathy-Ruiz said crews would rebuild the north side of the deck first, keeping two lanes open each way and the south sidewalk open throughout. The lift span, which opens about 40 times a month for river traffic, would be closed to boats for 10 weeks.
P partial Abernathy-Ruiz
F number two
F number 40
F duration 10 weeks
> TriMet said its Line 15 buses, which cross the bridge 180 times a day, would be rerouted over the Hawthorne Bridge, adding up to seven minutes to trips. A TriMet spokesperson said the agency was "still working through the details" with the county.
O government TriMet
F number 180
L facility Hawthorne Bridge
F duration seven minutes
O government TriMet
Q direct - :: "still working through the details"
> Business owners in the Central Eastside were more worried about freight. "Half my deliveries come over that bridge," said Lorena Castellanos, 52, who owns a restaurant-supply warehouse on Southeast Water Avenue. "Two lanes each way at rush hour? I'll believe it when I see it."
L city Central Eastside
Q direct Lorena Castellanos :: "Half my deliveries come over that bridge,"
F fraction Half
P full Lorena Castellanos
F age 52
L street Southeast Water Avenue
Q direct Lorena Castellanos :: "Two lanes each way at rush hour? I'll believe it when I see it."
F number Two
> The Morrison, which opened in 1958, is one of six Willamette bridges the county owns. Construction is scheduled to take 34 months, and the board will vote on the contractor in March 2041, county documents show.
L facility Morrison
F date 1958
F number six
L geo Willamette
F duration 34 months
F date March 2041
'''

ARTICLES['1456-typhoon-dodong-rice-farms-isabela-cagayan-valley-manila-bulletin'] = r'''
> NEWS
> Typhoon ‘Dodong’ wipes out ₱3.8 billion in rice crops in Cagayan Valley
Q scare - :: ‘Dodong’
F money ₱3.8 billion
L region Cagayan Valley
> By Liezl D. Bautista
P full Liezl D. Bautista
> Published Oct 9, 2040 06:15 pm
F date Oct 9, 2040
F time 06:15 pm
> A farmer in Ilagan City, Isabela inspects rice stalks flattened by Typhoon “Dodong” on Oct. 8, 2040. (Photo courtesy of DA)
L city Ilagan City
L region Isabela
Q scare - :: “Dodong”
F date Oct. 8, 2040
O government DA
> Typhoon “Dodong” (international name: Kalangit) destroyed or damaged rice on 61,420 hectares of farmland in Cagayan Valley, with losses estimated at ₱3.8 billion, the Department of Agriculture (DA) said on Tuesday, Oct. 9.
Q scare - :: “Dodong”
F quantity 61,420 hectares
L region Cagayan Valley
F money ₱3.8 billion
O government Department of Agriculture
O government DA
F date Oct. 9
> In its latest bulletin, the DA said the typhoon hit 48,300 farmers in Isabela, Cagayan, Nueva Vizcaya and Quirino, and that about 212,000 metric tons of palay (unhusked rice) were lost only weeks before harvest.
O government DA
F number 48,300
L region Isabela
L region Cagayan
L region Nueva Vizcaya
L region Quirino
F quantity 212,000 metric tons
> Isabela, the country’s second-biggest rice-producing province, accounted for 71 percent of the damage. Ilagan City, Cauayan City, Alicia and Echague were among the hardest-hit towns.
L region Isabela
F percent 71 percent
L city Ilagan City
L city Cauayan City
L city Alicia
L city Echague
> Agriculture Secretary Ramon “Monching” Tiongson said the department would release ₱640 million from its Quick Response Fund for seeds, fertilizer and cash aid of ₱7,000 per affected farmer.
P full Ramon “Monching” Tiongson
Q scare - :: “Monching”
F money ₱640 million
F money ₱7,000
> “We will not let our farmers carry this alone. The seeds will be in Isabela before the end of the month so they can plant again for the dry season,” Tiongson said at a press briefing in Quezon City.
Q direct Ramon “Monching” Tiongson :: “We will not let our farmers carry this alone. The seeds will be in Isabela before the end of the month so they can plant again for the dry season,”
L region Isabela
P partial Tiongson
L city Quezon City
> He said the DA was also asking the Land Bank of the Philippines to restructure ₱1.2 billion in crop loans for up to three years without penalty.
O government DA
O company Land Bank of the Philippines
F money ₱1.2 billion
F duration three years
> In Barangay San Vicente in Alicia, farmer Rodolfo Macaraeg, 63, said his three-hectare field was under waist-deep water for two days. “Wala na. Everything is gone,” he said, pointing to stalks that had begun to rot. “I borrowed ₱85,000 for this crop. Now I have nothing to sell and the bank still wants its money.”
L city Barangay San Vicente
L city Alicia
P full Rodolfo Macaraeg
F age 63
F quantity three-hectare
F duration two days
Q direct Rodolfo Macaraeg :: “Wala na. Everything is gone,”
Q direct Rodolfo Macaraeg :: “I borrowed ₱85,000 for this crop. Now I have nothing to sell and the bank still wants its money.”
F money ₱85,000
> The Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA) said Dodong made landfall in Divilacan, Isabela at 2:40 a.m. on Sunday, Oct. 7, with maximum sustained winds of 175 kilometers per hour, before crossing the Sierra Madre and leaving the landmass over the Babuyan Islands.
O government Philippine Atmospheric, Geophysical and Astronomical Services Administration
O government PAGASA
L city Divilacan
L region Isabela
F time 2:40 a.m.
F date Oct. 7
F quantity 175 kilometers per hour
L geo Sierra Madre
L geo Babuyan Islands
> A regional official of the National Irrigation Administration (NIA), who requested anonymity because he was not authorized to speak, said at least 14 irrigation canals in the Magat River system were clogged with debris. “Until we clear the canals, there is no second cropping. That could take six weeks,” the official said.
O government National Irrigation Administration
O government NIA
F number 14
L geo Magat River
Q direct - :: “Until we clear the canals, there is no second cropping. That could take six weeks,”
F duration six weeks
> Isabela Provincial Agriculturist Ma. Corazon dela Peña said the province had stockpiled 18,000 bags of certified seeds but needed at least 40,000. “We are asking the national government for the balance. Our farmers cannot wait for another ‘assessment,’” she said.
L region Isabela
P full Ma. Corazon dela Peña
F number 18,000
F number 40,000
Q direct Ma. Corazon dela Peña :: “We are asking the national government for the balance. Our farmers cannot wait for another ‘assessment,’”
> The DA said prices of regular milled rice in Metro Manila markets were unchanged at ₱48 to ₱52 per kilo on Tuesday, and that national buffer stocks were enough for 74 days.
O government DA
L region Metro Manila
F money ₱48
F money ₱52
F duration 74 days
> The NDRRMC reported three deaths in Cagayan and 9,870 families still in evacuation centers as of 6 a.m. Tuesday.
O government NDRRMC
F number three
L region Cagayan
F number 9,870
F time 6 a.m.
'''

ARTICLES['1457-halifax-tides-ottawa-rapid-northern-super-league-wanderers-grounds-cbc-sports'] = r'''
> Soccer
> Tides Stun Rapid 2-1 With Stoppage-Time Header at Wanderers Grounds
O team Tides
O team Rapid
F score 2-1
L facility Wanderers Grounds
> Teenage substitute Maëlle Cormier-Dyer scores late as Halifax end 5-game winless run
P full Maëlle Cormier-Dyer
O team Halifax
F number 5
> Anjali Kovač-Breen · CBC Sports · Posted: Jun 16, 2040 9:41 PM ADT
P full Anjali Kovač-Breen
O media CBC Sports
F date Jun 16, 2040
F time 9:41 PM ADT
> Halifax Tides forward Maëlle Cormier-Dyer, centre, celebrates her winning goal against Ottawa Rapid FC on Saturday. (Riley Sampson-Doucette/Halifax Tides FC)
O team Halifax Tides
P full Maëlle Cormier-Dyer
O team Ottawa Rapid FC
P full Riley Sampson-Doucette
O team Halifax Tides FC
> Maëlle Cormier-Dyer had been on the pitch for 24 minutes when the ball finally found her in the penalty area. One touch was all she needed.
P full Maëlle Cormier-Dyer
F duration 24 minutes
F number One
> The 19-year-old headed in Sofía Ibáñez's corner in the fourth minute of stoppage time as the Halifax Tides beat Ottawa Rapid FC 2-1 in front of 6,218 fans at the Wanderers Grounds on Saturday, ending a five-game winless run.
F age 19-year-old
P full Sofía Ibáñez
O team Halifax Tides
O team Ottawa Rapid FC
F score 2-1
F number 6,218
L facility Wanderers Grounds
F number five
> It was only the second win of the Northern Super League season for Halifax (2-4-6), who had conceded 21 goals in their previous 11 matches, the most in the six-team league.
O other Northern Super League
O team Halifax
F score 2-4-6
F number 21
F number 11
F number six
> Ottawa (5-4-3) went ahead in the 31st minute when Canadian international Jordyn Asante-MacLeod curled a shot from 20 metres inside the far post. Halifax levelled four minutes after halftime through captain Kiera O'Halloran-Blais, who poked in a rebound after Rapid goalkeeper Thea Lindqvist parried a shot from Ibáñez.
O team Ottawa
F score 5-4-3
P full Jordyn Asante-MacLeod
F quantity 20 metres
O team Halifax
F duration four minutes
P full Kiera O'Halloran-Blais
O team Rapid
P full Thea Lindqvist
P partial Ibáñez
> Halifax nearly fell further behind in the 58th minute, but goalkeeper Nadia Brisebois-Kaur got a hand to a penalty from Asante-MacLeod, her third save from the spot this season. Ní Riada then sent on Cormier-Dyer and fellow substitute Awa Diop-Lacroix with 20 minutes of regular time left. The match was played in steady rain and a 30 km/h wind off Halifax Harbour.
O team Halifax
P full Nadia Brisebois-Kaur
P partial Asante-MacLeod
P partial Ní Riada
P partial Cormier-Dyer
P full Awa Diop-Lacroix
F duration 20 minutes
F quantity 30 km/h
L geo Halifax Harbour
> Cormier-Dyer, who signed from Dalhousie University in January, said she had barely slept the night before. "My mom drove up from Yarmouth for the game. I wanted to give her something to cheer about," she said.
P partial Cormier-Dyer
O education Dalhousie University
Q direct Maëlle Cormier-Dyer :: "My mom drove up from Yarmouth for the game. I wanted to give her something to cheer about,"
L city Yarmouth
> "I said to her before she went on, 'Attack the near post, every time,'" Tides head coach Siobhán Ní Riada said. "She listened. That is more than I can say for some of the others."
Q direct Siobhán Ní Riada :: "I said to her before she went on, 'Attack the near post, every time,'"
O team Tides
P full Siobhán Ní Riada
Q direct Siobhán Ní Riada :: "She listened. That is more than I can say for some of the others."
> Ní Riada, in her first season in charge, said the win had been coming. "We have been the better team in four of our last six games and had nothing to show for it. Tonight the ball went in.
P partial Ní Riada
Q direct Siobhán Ní Riada :: "We have been the better team in four of our last six games and had nothing to show for it. Tonight the ball went in.
F number four
F number six
> "I'm not going to pretend the table looks good. But these players have not quit on each other once."
Q direct Siobhán Ní Riada :: "I'm not going to pretend the table looks good. But these players have not quit on each other once."
> Rapid manager Bruno Vasconcelos-Tremblay called the defending on the winner "not acceptable at this level" and said his side had been "too comfortable" after the break.
O team Rapid
P full Bruno Vasconcelos-Tremblay
Q direct Bruno Vasconcelos-Tremblay :: "not acceptable at this level"
Q direct Bruno Vasconcelos-Tremblay :: "too comfortable"
> "We had 61 per cent of the ball and 14 shots. You cannot lose that game," he said.
Q direct Bruno Vasconcelos-Tremblay :: "We had 61 per cent of the ball and 14 shots. You cannot lose that game,"
F percent 61 per cent
F number 14
> Asante-MacLeod's goal was her eighth of the season, one behind the league leader, Camille Ouellet of Montreal.
P partial Asante-MacLeod
F number one
P full Camille Ouellet
O team Montreal
> Halifax visit AFC Toronto on June 21 at 3 p.m. ET, while Ottawa host Calgary Wild FC at TD Place on June 22.
O team Halifax
O team AFC Toronto
F date June 21
F time 3 p.m. ET
O team Ottawa
O team Calgary Wild FC
L facility TD Place
F date June 22
'''

ARTICLES['1458-portmagee-pier-upgrade-berths-iveragh-kerry-county-council-irish-examiner'] = r'''
> Kerry
> €18.6m upgrade to give Portmagee pier 14 new berths as trawler fleet grows
F money €18.6m
L city Portmagee
F number 14
> Councillors welcome the plan but warn of ‘years of disruption’ for Iveragh fishing village
Q direct Máire Ní Shúilleabháin :: ‘years of disruption’
L geo Iveragh
> Seán Ó Conchúir
P full Seán Ó Conchúir
> Wed, 15 May, 2041 - 19:20
F date 15 May, 2041
F time 19:20
> Trawlers tied up at Portmagee pier, Co Kerry. Picture: Dónal Mac Cárthaigh
L city Portmagee
L region Co Kerry
P full Dónal Mac Cárthaigh
> A €18.6m upgrade of Portmagee pier on the Iveragh Peninsula will add 14 deep-water berths and a 120m breakwater, Kerry County Council has confirmed, in the biggest investment in a south Kerry fishing port in more than 30 years.
F money €18.6m
L city Portmagee
L geo Iveragh Peninsula
F number 14
F quantity 120m
O government Kerry County Council
L region Kerry
F duration 30 years
> The Department of Agriculture, Food and the Marine will fund 75% of the cost under its fishery harbour development programme, with the council paying the remaining €4.65m. Councillors at a meeting of the Kenmare Municipal District in Killarney on Monday were told construction could start in October 2041 and take 22 months.
O government Department of Agriculture, Food and the Marine
F percent 75%
F money €4.65m
O government Kenmare Municipal District
L city Killarney
F date October 2041
F duration 22 months
> Cllr Máire Ní Shúilleabháin (FF), who lives in the townland of Kilkeaveragh above the harbour, said the plan was “long overdue” but warned of “years of disruption” for the 40 or so families who depend on the pier.
P full Máire Ní Shúilleabháin
O party FF
L city Kilkeaveragh
Q direct Máire Ní Shúilleabháin :: “long overdue”
Q direct Máire Ní Shúilleabháin :: “years of disruption”
F number 40
> “The fleet here has doubled in ten years and the boats are bigger. On a bad night in winter you have trawlers rafted four deep, and men climbing across three decks to get ashore,” she said. “Somebody will be hurt.
Q direct Máire Ní Shúilleabháin :: “The fleet here has doubled in ten years and the boats are bigger. On a bad night in winter you have trawlers rafted four deep, and men climbing across three decks to get ashore,”
F duration ten years
F number four
F number three
Q direct Máire Ní Shúilleabháin :: “Somebody will be hurt.
> “I have asked that the work on the slipway be done outside the summer, because the Skellig boats bring 30,000 visitors through this village and we cannot lose a season.”
Q direct Máire Ní Shúilleabháin :: “I have asked that the work on the slipway be done outside the summer, because the Skellig boats bring 30,000 visitors through this village and we cannot lose a season.”
L geo Skellig
F number 30,000
> Cllr Diarmuid Breathnach (Ind) said Cahersiveen, 15km away, had been waiting since 2036 for repairs to its own pier at Renard Point and asked whether the Portmagee scheme would “leave the rest of us at the back of the queue again”.
P full Diarmuid Breathnach
L city Cahersiveen
F quantity 15km
F date 2036
L city Renard Point
L city Portmagee
Q direct Diarmuid Breathnach :: “leave the rest of us at the back of the queue again”
> Senior engineer Colm Ó Riain told the meeting the design allowed for a sea-level rise of 0.5m by 2070 and for vessels of up to 24m, against 18m now. The pier’s 1970s quay wall would be rebuilt along 85m of its length.
P full Colm Ó Riain
F quantity 0.5m
F date 2070
F quantity 24m
F quantity 18m
F date 1970s
F quantity 85m
> The plan also includes a 40-tonne boat hoist, a new ice plant and shore power for moored vessels, which the council said would cut the harbour’s diesel use by about a third.
F quantity 40-tonne
F fraction a third
> Bord Iascaigh Mhara (BIM) said landings at Portmagee had risen by 38% since 2036, to 4,100 tonnes worth €11.2m last year, driven by prawns and crab.
O government Bord Iascaigh Mhara
O government BIM
L city Portmagee
F percent 38%
F date 2036
F quantity 4,100 tonnes
F money €11.2m
> Skipper Tadhg O’Sullivan, 47, who fishes out of Portmagee with a crew of five, said the new berths could not come soon enough. “I’ve lost two sets of fenders and a rail this winter just sitting at the pier,” he said. “At €3,000 a go, that adds up.”
P full Tadhg O’Sullivan
F age 47
L city Portmagee
F number five
Q direct Tadhg O’Sullivan :: “I’ve lost two sets of fenders and a rail this winter just sitting at the pier,”
F number two
Q direct Tadhg O’Sullivan :: “At €3,000 a go, that adds up.”
F money €3,000
> A spokesperson for the department said the application was “at an advanced stage” and that a decision was expected “within weeks”.
Q direct - :: “at an advanced stage”
Q direct - :: “within weeks”
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
