#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval191 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval191/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1189-cape-town-water-tariff-kilolitre-wards-councillors-daily-maverick'] = r'''
> CAPE TOWN
L city CAPE TOWN
> Cape Town’s new water tariff hits poorer wards hardest, councillors warn
L city Cape Town
> The City of Cape Town wants to raise the price of the first six kilolitres by 14.5% from 1 July. Opposition councillors in Khayelitsha and Mitchells Plain say the poor are paying for the city’s “water resilience” drive.
O government City of Cape Town
F quantity six kilolitres
F percent 14.5%
F date 1 July
L city Khayelitsha
L city Mitchells Plain
Q scare - :: “water resilience”
> By Thandeka Mhlongo-Adams
P full Thandeka Mhlongo-Adams
> 14 Apr 2039
F date 14 Apr 2039
> A resident fills containers at a communal standpipe in Site C, Khayelitsha, on 11 April 2039. (Photo: Gallo Images / Lwazi Dyantyi)
L city Site C
L city Khayelitsha
F date 11 April 2039
O company Gallo Images
P full Lwazi Dyantyi
> Households in Cape Town will pay R38.46 a kilolitre for the first six kilolitres they use each month from 1 July if the council approves the draft tariff tabled on Wednesday, up from R33.59 now. The increase of 14.5% is nearly three times the inflation forecast of 4.9%.
L city Cape Town
F money R38.46
F quantity six kilolitres
F date 1 July
F money R33.59
F percent 14.5%
F number three
F percent 4.9%
> The draft, tabled by the mayoral committee member for water and sanitation, Councillor Pieter-Jan du Plessis, also raises the fixed monthly charge for homes valued above R1-million from R62 to R95, and adds a fourth step to the block tariff for users of more than 35 kilolitres.
P full Pieter-Jan du Plessis
F money R1-million
F money R62
F money R95
F quantity 35 kilolitres
> “We are not building dams any more. We are building desalination plants, and somebody has to pay for them,” Du Plessis told Daily Maverick. “The alternative is Day Zero again, and nobody in this city wants to go back to 2018.”
Q direct Pieter-Jan du Plessis :: “We are not building dams any more. We are building desalination plants, and somebody has to pay for them,”
Q direct Pieter-Jan du Plessis :: “The alternative is Day Zero again, and nobody in this city wants to go back to 2018.”
P partial Du Plessis
O media Daily Maverick
F date 2018
> The city’s own figures show that the rise falls mostly on the first two blocks, which cover the first 10.5 kilolitres used by most households in townships such as Khayelitsha, Gugulethu and Nyanga.
F number two
F quantity 10.5 kilolitres
L city Khayelitsha
L city Gugulethu
L city Nyanga
> Ward 99 councillor Nomvula Gqiba, whose ward covers Site C and Harare in Khayelitsha, called the proposal “a tax on being poor”.
L region Ward 99
P full Nomvula Gqiba
L city Site C
L city Harare
L city Khayelitsha
Q direct Nomvula Gqiba :: “a tax on being poor”
> “Families here are already rationing,” she said. “A mother with five children does not use six kilolitres because she is wasteful. She uses it because she washes, cooks and cleans for seven people. They tell us ‘use less’, but we cannot use less than nothing.
Q direct Nomvula Gqiba :: “Families here are already rationing,”
Q direct Nomvula Gqiba :: “A mother with five children does not use six kilolitres because she is wasteful. She uses it because she washes, cooks and cleans for seven people. They tell us ‘use less’, but we cannot use less than nothing.
F number five
F quantity six kilolitres
F number seven
> “And when a pipe bursts in this ward, it takes the City 11 days to come. In Constantia it takes 11 hours.”
Q direct Nomvula Gqiba :: “And when a pipe bursts in this ward, it takes the City 11 days to come. In Constantia it takes 11 hours.”
O government City
F duration 11 days
L city Constantia
F duration 11 hours
> According to the draft budget, the city expects to collect R5.8-billion in the 2039/40 financial year, up from R5.1-billion, and to spend R2.3-billion on new supply, including the Strandfontein desalination plant and an aquifer scheme under the Cape Flats.
F money R5.8-billion
F date 2039/40
F money R5.1-billion
F money R2.3-billion
L facility Strandfontein
L geo Cape Flats
> A senior official in the City’s water and sanitation directorate, who spoke on condition of anonymity, said the budget assumed that demand would stay below 860 megalitres a day. “If we have a dry winter and people relax, the numbers fall apart,” the official said.
O government City
F quantity 860 megalitres
Q direct - :: “If we have a dry winter and people relax, the numbers fall apart,”
> The city says about 240,000 indigent households will be shielded: their free allocation of 10.5 kilolitres a month stays, and the number of households registered as indigent has grown by a fifth since 2036.
F number 240,000
F quantity 10.5 kilolitres
F fraction a fifth
F date 2036
> But the South African Human Rights Commission (SAHRC) said that the indigent register “excludes thousands of families who qualify but have never been reached”. The SAHRC asked the council to delay the vote by 30 days.
O government South African Human Rights Commission
O government SAHRC
Q direct South African Human Rights Commission :: “excludes thousands of families who qualify but have never been reached”
O government SAHRC
F duration 30 days
> In Mitchells Plain, Ward 76 resident Faiez Abrahams, 67, said his monthly bill had climbed from R410 to R690 in three years. “I live alone. I shower with a bucket. Where must I cut?” he asked.
L city Mitchells Plain
L region Ward 76
P full Faiez Abrahams
F age 67
F money R410
F money R690
F duration three years
Q direct Faiez Abrahams :: “I live alone. I shower with a bucket. Where must I cut?”
> The council will vote on the budget on 28 May. Public comment closes at 11:59pm on 5 May. DM
F date 28 May
F time 11:59pm
F date 5 May
O media DM
'''

ARTICLES['1190-goulburn-murray-irrigation-buyback-gigalitres-nathalia-abc-news'] = r'''
> 'When the water's gone, the town goes with it': Goulburn Valley braces for $1.1 billion buyback
Q direct Colin Marchetti :: 'When the water's gone, the town goes with it'
L region Goulburn Valley
F money $1.1 billion
> By Mackenzie Trewin-Lowe
P full Mackenzie Trewin-Lowe
> ABC Goulburn Murray
O media ABC Goulburn Murray
> Posted Wed 6 Mar 2041 at 5:45am
F date 6 Mar 2041
F time 5:45am
> Dairy farmer Colin Marchetti on his property at Nathalia, where he sold 180 megalitres of water in the last buyback. (ABC Goulburn Murray: Mackenzie Trewin-Lowe)
P full Colin Marchetti
L city Nathalia
F quantity 180 megalitres
O media ABC Goulburn Murray
P full Mackenzie Trewin-Lowe
> In short:
> The federal government will buy back 120 gigalitres of water from irrigators in northern Victoria for $1.1 billion.
F quantity 120 gigalitres
L region Victoria
F money $1.1 billion
> Farmers and councils in towns such as Kyabram and Pyramid Hill say the loss of water will close dairies and shops.
L city Kyabram
L city Pyramid Hill
> What's next?
> Tenders open on April 1 and the first purchases are expected before July 2041.
F date April 1
F date July 2041
> The federal government will spend $1.1 billion buying 120 gigalitres of water entitlements from irrigators in the Goulburn-Murray Irrigation District (GMID), the largest single purchase in Victoria since the Murray-Darling Basin Plan was signed in 2012.
F money $1.1 billion
F quantity 120 gigalitres
L region Goulburn-Murray Irrigation District
L region GMID
L region Victoria
F date 2012
> Federal Water Minister Annabel Quist announced the tender in Shepparton on Tuesday, saying the water would be returned to the Goulburn and Murray rivers to meet the basin's environmental targets.
P full Annabel Quist
L city Shepparton
L geo Goulburn
L geo Murray
> "We have done this the fair way, with willing sellers and a fair price," Ms Quist said. "Nobody will be forced to sell a single megalitre."
Q direct Annabel Quist :: "We have done this the fair way, with willing sellers and a fair price,"
Q direct Annabel Quist :: "Nobody will be forced to sell a single megalitre."
P partial Quist
> The tender offers up to $9,200 a megalitre for high-reliability water shares, about 15 per cent above the price on the open market last month.
F money $9,200
F percent 15 per cent
> But in Nathalia, dairy farmer Colin Marchetti, 58, said the water he sold in the 2033 buyback had been the start of the end for his district.
L city Nathalia
P full Colin Marchetti
F age 58
F date 2033
> "When the water's gone, the town goes with it. There were 14 dairies on this road when I was a kid. Now there are three," he said.
Q direct Colin Marchetti :: "When the water's gone, the town goes with it. There were 14 dairies on this road when I was a kid. Now there are three,"
F number 14
F number three
> "Every one of those farms bought its feed, its fuel and its vet from Nathalia. That's what a buyback really buys.
Q direct Colin Marchetti :: "Every one of those farms bought its feed, its fuel and its vet from Nathalia. That's what a buyback really buys.
L city Nathalia
> "It buys a closed shop in the main street."
Q direct Colin Marchetti :: "It buys a closed shop in the main street."
> Campaspe Shire Council Mayor Rhys Pendlebury said the shire had lost 1,100 farm jobs since 2030 and that towns such as Kyabram, Rochester and Tongala could not absorb another round.
O government Campaspe Shire Council
P full Rhys Pendlebury
F number 1,100
F date 2030
L city Kyabram
L city Rochester
L city Tongala
> Victoria's Water Minister Dimitra Kallis said the state had not agreed to the purchase and would demand "a proper socio-economic assessment" before any water left the district.
L region Victoria
P full Dimitra Kallis
Q direct Dimitra Kallis :: "a proper socio-economic assessment"
> A senior Victorian official, who asked not to be named, was blunter. "Canberra has the chequebook and we have the consequences," the official said.
Q direct - :: "Canberra has the chequebook and we have the consequences,"
L city Canberra
> The Murray-Darling Basin Authority (MDBA) says the southern basin is still about 200 gigalitres short of the 450-gigalitre "efficiency" target set under the plan.
O government Murray-Darling Basin Authority
O government MDBA
F quantity 200 gigalitres
F quantity 450-gigalitre
Q scare - :: "efficiency"
> An MDBA spokesperson said the authority would publish its modelling of the tender's effect on river flows within six weeks.
O government MDBA
F duration six weeks
> Ms Quist said $120 million would be set aside for "community adjustment" in affected towns, including Cohuna, Kerang and Pyramid Hill.
P partial Quist
F money $120 million
Q direct Annabel Quist :: "community adjustment"
L city Cohuna
L city Kerang
L city Pyramid Hill
> Community submissions on the tender close at 5pm on March 29.
F time 5pm
F date March 29
'''

ARTICLES['1191-vuelta-stage-15-sierra-nevada-penalver-van-wijk-afp'] = r'''
> Cycling
> Peñalver conquers Sierra Nevada as Van Wijk limits losses on Vuelta
P partial Peñalver
L geo Sierra Nevada
P partial Van Wijk
> Spain's Álvaro Peñalver won the 15th stage of the Vuelta a España at the Sierra Nevada summit on Sunday, while Dutchman Jonas van Wijk limited his losses to keep a lead of 1min 48sec with six stages left.
L country Spain
P full Álvaro Peñalver
L geo Sierra Nevada
P full Jonas van Wijk
F duration 1min
F duration 48sec
F number six
> By Inés ARÓSTEGUI
P full Inés ARÓSTEGUI
> Issued on: 09/09/2040 - 18:52
F date 09/09/2040
F time 18:52
> Movistar's Álvaro Peñalver celebrates as he crosses the finish line at Hoya de la Mora in the Sierra Nevada on September 9, 2040. (Photo by Marta ESCUDERO / AFP)
O team Movistar
P full Álvaro Peñalver
L geo Hoya de la Mora
L geo Sierra Nevada
F date September 9, 2040
P full Marta ESCUDERO
O media AFP
> Sierra Nevada (Spain) (AFP) - Álvaro Peñalver gave Spain a home win at the Vuelta a España on Sunday, attacking 4.5 kilometres from the top of the Sierra Nevada to win the 15th stage alone, as race leader Jonas van Wijk kept his rivals at bay.
L geo Sierra Nevada
L country Spain
O media AFP
P full Álvaro Peñalver
L country Spain
F quantity 4.5 kilometres
L geo Sierra Nevada
P full Jonas van Wijk
> The 27-year-old Movistar rider, from the Granada suburb of Armilla, crossed the line at Hoya de la Mora, 2,510 metres above sea level, 24 seconds ahead of Colombia's Brayan Ospina (Caja Rural-Seguros RGA) after 176.4 kilometres from Baza.
F age 27-year-old
O team Movistar
L city Granada
L city Armilla
L geo Hoya de la Mora
F quantity 2,510 metres
F duration 24 seconds
L country Colombia
P full Brayan Ospina
O team Caja Rural-Seguros RGA
F quantity 176.4 kilometres
L city Baza
> "I have dreamed of this since I was a boy watching the Vuelta from the roadside in Monachil. My father used to say, 'One day they will shout your name up here.' Today they did," said Peñalver, who had twice finished second on this mountain.
Q direct Álvaro Peñalver :: "I have dreamed of this since I was a boy watching the Vuelta from the roadside in Monachil. My father used to say, 'One day they will shout your name up here.' Today they did,"
L city Monachil
P partial Peñalver
> Van Wijk, of Team Visma-Lease a Bike, finished fourth, 41 seconds down, in a group with Poland's Szymon Łęcki (UAE Team Emirates), and now leads Ospina by 1min 48sec and Łęcki by 2min 05sec.
P partial Van Wijk
O team Team Visma-Lease a Bike
F duration 41 seconds
L country Poland
P full Szymon Łęcki
O team UAE Team Emirates
P partial Ospina
F duration 1min
F duration 48sec
P partial Łęcki
F duration 2min
F duration 05sec
> "It was a day to lose nothing, and we lost nothing," said Van Wijk, 24. "Álvaro was the strongest today. I am not worried about seconds here, I am worried about the Angliru on Friday."
Q direct Jonas van Wijk :: "It was a day to lose nothing, and we lost nothing,"
P partial Van Wijk
F age 24
Q direct Jonas van Wijk :: "Álvaro was the strongest today. I am not worried about seconds here, I am worried about the Angliru on Friday."
P partial Álvaro
L geo Angliru
> The stage crossed the Puerto de la Ragua and the Alto de Hazallanas before the final climb of 19.3 kilometres at an average gradient of 6.4 percent, with ramps of 14 percent below the Pradollano ski station.
L geo Puerto de la Ragua
L geo Alto de Hazallanas
F quantity 19.3 kilometres
F percent 6.4 percent
F percent 14 percent
L city Pradollano
> A break of 22 riders, including Ospina's team-mate Iker Goñi, built a lead of seven minutes on the Ragua, but Movistar set a fierce pace on Hazallanas and the last survivor, Germany's Lukas Brenninger (Red Bull-Bora-Hansgrohe), was caught with 6 kilometres to go.
F number 22
P partial Ospina
P full Iker Goñi
F duration seven minutes
L geo Ragua
O team Movistar
L geo Hazallanas
L country Germany
P full Lukas Brenninger
O team Red Bull-Bora-Hansgrohe
F quantity 6 kilometres
> Ospina, who lost 1min 10sec in Thursday's time trial, promised to "attack every day until Madrid". "The Vuelta is not finished. There are three mountain stages left and I have nothing to lose," he told AFP.
P partial Ospina
F duration 1min
F duration 10sec
Q direct Brayan Ospina :: "attack every day until Madrid"
L city Madrid
Q direct Brayan Ospina :: "The Vuelta is not finished. There are three mountain stages left and I have nothing to lose,"
F number three
O media AFP
> Temperatures reached 34C at the start in Baza, and organisers Unipublic said 40,000 fans lined the last 3 kilometres, a stretch local riders call "the oven".
F quantity 34C
L city Baza
O company Unipublic
F number 40,000
F quantity 3 kilometres
Q scare - :: "the oven"
> Monday is a rest day. The race ends in Madrid on September 16.
L city Madrid
F date September 16
> Stage 15 results:
> 1. Álvaro Peñalver (ESP/Movistar) 4:41:27
P full Álvaro Peñalver
L country ESP
O team Movistar
F duration 4:41:27
> 2. Brayan Ospina (COL/Caja Rural-Seguros RGA) at 24sec
P full Brayan Ospina
L country COL
O team Caja Rural-Seguros RGA
F duration 24sec
> 3. Iker Goñi (ESP/Caja Rural-Seguros RGA) at 33sec
P full Iker Goñi
L country ESP
O team Caja Rural-Seguros RGA
F duration 33sec
> 4. Jonas van Wijk (NED/Visma-Lease a Bike) at 41sec
P full Jonas van Wijk
L country NED
O team Visma-Lease a Bike
F duration 41sec
> 5. Szymon Łęcki (POL/UAE Team Emirates) same time
P full Szymon Łęcki
L country POL
O team UAE Team Emirates
> Overall standings:
> 1. Jonas van Wijk (NED/Visma-Lease a Bike) 61:12:08
P full Jonas van Wijk
L country NED
O team Visma-Lease a Bike
F duration 61:12:08
> 2. Brayan Ospina (COL/Caja Rural-Seguros RGA) at 1min 48sec
P full Brayan Ospina
L country COL
O team Caja Rural-Seguros RGA
F duration 1min
F duration 48sec
> 3. Szymon Łęcki (POL/UAE Team Emirates) at 2min 05sec
P full Szymon Łęcki
L country POL
O team UAE Team Emirates
F duration 2min
F duration 05sec
'''

ARTICLES['1192-sunhwa-semiconductor-saemangeum-2-nanometer-fab-north-jeolla-joongang-daily'] = r'''
> Business
> Sunhwa to build 18 trillion won chip plant in Saemangeum
O company Sunhwa
F money 18 trillion won
L region Saemangeum
> Chipmaker's first fab outside the capital region to make 2-nanometer chips from 2043
F quantity 2-nanometer
F date 2043
> BY HWANG DA-EUN [hwang.daeun@joongang.co.kr]
P full HWANG DA-EUN
> Published: 22 Feb. 2040, 17:42
F date 22 Feb. 2040
F time 17:42
> Sunhwa Semiconductor CEO Baek In-seok speaks at a groundbreaking ceremony for the company's Saemangeum plant in Gunsan, North Jeolla, on Wednesday. [SUNHWA SEMICONDUCTOR]
O company Sunhwa Semiconductor
P full Baek In-seok
L region Saemangeum
L city Gunsan
L region North Jeolla
O company SUNHWA SEMICONDUCTOR
> Sunhwa Semiconductor, the country's third-largest chipmaker, will invest 18 trillion won ($13.4 billion) in a foundry plant on reclaimed land in Saemangeum, North Jeolla, the company said Wednesday, making it the first major chip fab built outside the Seoul metropolitan area in more than a decade.
O company Sunhwa Semiconductor
F money 18 trillion won
F money $13.4 billion
L region Saemangeum
L region North Jeolla
L city Seoul
> The plant, on a 1.2 million-square-meter site near Gunsan, will make chips on a 2-nanometer process from the second half of 2043 and employ about 3,200 people, Sunhwa said. Monthly capacity is planned at 40,000 wafers.
F quantity 1.2 million-square-meter
L city Gunsan
F quantity 2-nanometer
F date 2043
F number 3,200
O company Sunhwa
F number 40,000
> "Saemangeum has what Yongin no longer has: land, water and power," CEO Baek In-seok said at the ceremony. "We were told for years that engineers would not move south. We will prove that they will."
Q direct Baek In-seok :: "Saemangeum has what Yongin no longer has: land, water and power,"
L region Saemangeum
L city Yongin
P full Baek In-seok
Q direct Baek In-seok :: "We were told for years that engineers would not move south. We will prove that they will."
> The decision is a blow to Gyeonggi, where Samsung Electronics and SK hynix are building their own plants in Yongin, and a boost for what the government calls the "southwestern chip belt."
L region Gyeonggi
O company Samsung Electronics
O company SK hynix
L city Yongin
Q scare - :: "southwestern chip belt."
> Baek, 61, said the site would draw up to 180,000 tons of industrial water a day from the Yongdam Dam and would be connected to a 1.5-gigawatt offshore wind farm off Gunsan.
P partial Baek
F age 61
F quantity 180,000 tons
L facility Yongdam Dam
F quantity 1.5-gigawatt
L city Gunsan
> North Jeolla Gov. Oh Jae-hyeon said the province would spend 600 billion won on roads and housing for the plant. "For 30 years our young people have left for Seoul. This is the first time I can tell them, 'Stay,'" Oh said.
L region North Jeolla
P full Oh Jae-hyeon
F money 600 billion won
Q direct Oh Jae-hyeon :: "For 30 years our young people have left for Seoul. This is the first time I can tell them, 'Stay,'"
F duration 30 years
L city Seoul
P partial Oh
> The Ministry of Trade, Industry and Energy (MOTIE) said the plant would qualify for a tax credit of up to 25 percent under the K-Chips Act. MOTIE will also pay half the cost of a new substation, it said.
O government Ministry of Trade, Industry and Energy
O government MOTIE
F percent 25 percent
O government MOTIE
F fraction half
> Analysts were divided. "Two nanometers is where the customers are, but Sunhwa is arriving late to a crowded table," said Kim Ha-neul, a semiconductor analyst at Kiwoom Securities. "Taiwan Semiconductor Manufacturing Co. and Samsung already hold more than 80 percent of that market."
Q direct Kim Ha-neul :: "Two nanometers is where the customers are, but Sunhwa is arriving late to a crowded table,"
F quantity Two nanometers
O company Sunhwa
P full Kim Ha-neul
O company Kiwoom Securities
Q direct Kim Ha-neul :: "Taiwan Semiconductor Manufacturing Co. and Samsung already hold more than 80 percent of that market."
O company Taiwan Semiconductor Manufacturing Co.
O company Samsung
F percent 80 percent
> Sunhwa shares rose 4.7 percent to 212,500 won on the Korea Exchange on Wednesday.
O company Sunhwa
F percent 4.7 percent
F money 212,500 won
O company Korea Exchange
> An official at the Gunsan city government, who asked not to be named, said the city had received more than 1,400 job inquiries since Monday. "Housing is the next fight. We need 5,000 apartments by 2043," the official said.
L city Gunsan
F number 1,400
Q direct - :: "Housing is the next fight. We need 5,000 apartments by 2043,"
F number 5,000
F date 2043
> Construction will begin in April, and about 9,000 workers will be on site at the peak, the company said.
F number 9,000
> Sunhwa, founded in 2009 in Cheongju, North Chungcheong, makes memory chips at two plants, there and in Icheon, Gyeonggi. The Saemangeum fab will be its first foundry.
O company Sunhwa
F date 2009
L city Cheongju
L region North Chungcheong
F number two
L city Icheon
L region Gyeonggi
L region Saemangeum
'''

ARTICLES['1193-mbta-fare-increase-low-income-discount-chelsea-lynn-revere-boston-globe'] = r'''
> Metro
> MBTA board approves 50-cent fare increase, with a break for low-income riders
O government MBTA
F money 50-cent
> The T’s first fare hike since 2034 takes effect July 1; councilors in Chelsea, Lynn, and Revere say the discount does not go far enough
O government T
F date 2034
F date July 1
L city Chelsea
L city Lynn
L city Revere
> By Marisol Dunleavy-Ortiz Globe Staff
P full Marisol Dunleavy-Ortiz
O media Globe
> Updated May 17, 2040, 8:14 p.m.
F date May 17, 2040
F time 8:14 p.m.
> Riders boarded an inbound Blue Line train at Wonderland station in Revere on Thursday.
L facility Blue Line
L facility Wonderland
L city Revere
> Tobias Kwarteng-Hale/Globe Staff
P full Tobias Kwarteng-Hale
O media Globe
> The Massachusetts Bay Transportation Authority’s board of directors voted 5-2 on Thursday to raise the base subway fare from $2.75 to $3.25 and the bus fare from $1.95 to $2.30, the first increase in six years, while cutting fares in half for riders who earn less than 200 percent of the federal poverty level.
O government Massachusetts Bay Transportation Authority
F number 5-2
F money $2.75
F money $3.25
F money $1.95
F money $2.30
F duration six years
F fraction half
F percent 200 percent
> The changes take effect July 1 and are expected to raise about $68 million a year, according to MBTA estimates, narrowing a projected $437 million operating deficit for fiscal year 2041.
F date July 1
F money $68 million
O government MBTA
F money $437 million
F date 2041
> “Nobody on this board wanted to vote for a fare increase,” said board chair Rosalind McCaffrey. “But the Legislature gave us a budget with a hole in it, and the alternative was cutting service on the lines people depend on most.”
Q direct Rosalind McCaffrey :: “Nobody on this board wanted to vote for a fare increase,”
P full Rosalind McCaffrey
Q direct Rosalind McCaffrey :: “But the Legislature gave us a budget with a hole in it, and the alternative was cutting service on the lines people depend on most.”
O government Legislature
> The discount program, known as “Fare Forward,” will be open to riders ages 18 to 64 who are enrolled in state benefit programs such as SNAP.
Q scare - :: “Fare Forward,”
F age 18
F age 64
> Councilors in the communities north of Boston with the heaviest bus use said the board should have gone further. Chelsea City Councilor Yesenia Arriaga said more than 40 percent of Chelsea households would qualify, but that fewer than half of eligible riders signed up for a 2038 pilot.
L city Boston
L city Chelsea
P full Yesenia Arriaga
F percent 40 percent
L city Chelsea
F fraction half
F date 2038
> “People here are not choosing between the bus and a car. They’re choosing between the bus and groceries,” Arriaga said. “A 50-cent increase is $20 a month for a family that rides every day.
Q direct Yesenia Arriaga :: “People here are not choosing between the bus and a car. They’re choosing between the bus and groceries,”
P partial Arriaga
Q direct Yesenia Arriaga :: “A 50-cent increase is $20 a month for a family that rides every day.
F money 50-cent
F money $20
> “That’s real money in Chelsea.”
Q direct Yesenia Arriaga :: “That’s real money in Chelsea.”
L city Chelsea
> In Lynn, which has no subway service and relies on buses and the commuter rail, City Councilor Desmond Oyelaran called the vote “a penalty for living past the end of the Blue Line.”
L city Lynn
P full Desmond Oyelaran
Q direct Desmond Oyelaran :: “a penalty for living past the end of the Blue Line.”
L facility Blue Line
> In a statement, the MBTA said the increase was needed “to protect service and safety” and that fares would not rise again before 2043.
O government MBTA
Q direct Massachusetts Bay Transportation Authority :: “to protect service and safety”
F date 2043
> A senior state transportation official, who spoke on condition of anonymity because budget talks are ongoing, said the administration would ask lawmakers for $150 million in one-time aid. “The fare was never going to close this gap on its own,” the official said.
F money $150 million
Q direct - :: “The fare was never going to close this gap on its own,”
> Riders at Wonderland on Thursday evening sounded resigned. “I’m 71 and I take the 441 bus to the Blue Line every day,” said Lorraine DeAngelis of Revere’s Beachmont neighborhood. “Fifty cents, 50 dollars, they’ll get it out of us either way.”
L facility Wonderland
Q direct Lorraine DeAngelis :: “I’m 71 and I take the 441 bus to the Blue Line every day,”
F age 71
L facility Blue Line
P full Lorraine DeAngelis
L city Revere
L city Beachmont
Q direct Lorraine DeAngelis :: “Fifty cents, 50 dollars, they’ll get it out of us either way.”
F money Fifty cents
F money 50 dollars
> Commuter rail fares in Quincy, Braintree, and other zones will rise by 8 percent. The board will hold a hearing on weekend passes at 6 p.m. June 4 at the State Transportation Building, 10 Park Plaza.
L city Quincy
L city Braintree
F percent 8 percent
F time 6 p.m.
F date June 4
L facility State Transportation Building
L address 10 Park Plaza
'''

ARTICLES['1194-chennai-metro-extension-poonamallee-parandur-crore-stations-the-hindu'] = r'''
> Chennai
L city Chennai
> Metro extension to Parandur gets nod; ₹9,870 crore project to add 14 stations
L city Parandur
F money ₹9,870 crore
F number 14
> The 38.6-km elevated line will link Poonamallee with the new airport; CMRL aims to open the first stretch by June 2043
F quantity 38.6-km
L city Poonamallee
O government CMRL
F date June 2043
> K. Aravindhan Selvaraj
P full K. Aravindhan Selvaraj
> Published - March 22, 2041 10:18 pm IST - CHENNAI
F date March 22, 2041
F time 10:18 pm IST
L city CHENNAI
> A metro train on the elevated Poonamallee-Porur stretch on Friday. | Photo Credit: T. Sivaranjani Vel
L city Poonamallee
L city Porur
P full T. Sivaranjani Vel
> The Tamil Nadu government on Friday (March 22, 2041) approved a ₹9,870-crore extension of the metro line from Poonamallee to the Parandur airport, a 38.6-km elevated corridor with 14 stations that is expected to carry 2.8 lakh passengers a day by 2050.
L region Tamil Nadu
F date March 22, 2041
F money ₹9,870-crore
L city Poonamallee
L city Parandur
F quantity 38.6-km
F number 14
F number 2.8 lakh
F date 2050
> Chennai Metro Rail Limited (CMRL) will build the line, which will run along the Chennai-Bengaluru highway through Thirumazhisai and Sriperumbudur in Kanchipuram district. It will be the first addition to the 118.9-km Phase II network, which was completed in 2028.
O government Chennai Metro Rail Limited
O government CMRL
L city Chennai
L city Bengaluru
L city Thirumazhisai
L city Sriperumbudur
L region Kanchipuram
F quantity 118.9-km
F date 2028
> Speaking to reporters at Fort St. George, Transport Minister P. Anbarasi Thangavel said the State would bear 40% of the cost. “Parandur will not be an airport in a field. When it opens, passengers will reach it from Chennai Central in 55 minutes without touching a road,” Ms. Thangavel said.
L facility Fort St. George
P full P. Anbarasi Thangavel
F percent 40%
Q direct P. Anbarasi Thangavel :: “Parandur will not be an airport in a field. When it opens, passengers will reach it from Chennai Central in 55 minutes without touching a road,”
L city Parandur
L facility Chennai Central
F duration 55 minutes
P partial Thangavel
> The rest will come from a loan of ₹5,200 crore from the Japan International Cooperation Agency (JICA) and from the Union government. JICA had funded the first phase of the metro as well.
F money ₹5,200 crore
O government Japan International Cooperation Agency
O government JICA
O government JICA
> The 14 stations include Thirumazhisai, Chembarambakkam, Sriperumbudur SIPCOT and Parandur, with a depot on 42 acres near Sunguvarchatram.
F number 14
L facility Thirumazhisai
L facility Chembarambakkam
L facility Sriperumbudur SIPCOT
L facility Parandur
F quantity 42 acres
L city Sunguvarchatram
> CMRL Managing Director R. Kalaiyarasan said the first 11 km, from Poonamallee to Sriperumbudur, would open by June 2043, with the rest following “within 18 months”. The fare for the full journey will be capped at ₹60, he said.
O government CMRL
P full R. Kalaiyarasan
F quantity 11 km
L city Poonamallee
L city Sriperumbudur
F date June 2043
Q direct R. Kalaiyarasan :: “within 18 months”
F duration 18 months
F money ₹60
> “We have designed the viaduct to carry six-coach trains every three minutes. The airport will open with 10 million passengers a year, and the line is built for four times that,” Mr. Kalaiyarasan said.
Q direct R. Kalaiyarasan :: “We have designed the viaduct to carry six-coach trains every three minutes. The airport will open with 10 million passengers a year, and the line is built for four times that,”
F number six
F duration three minutes
F number 10 million
F number four
P partial Kalaiyarasan
> In the 13 villages around Parandur, where residents have opposed the airport since 2022, the news was received coldly. “A metro line to an airport that has taken our land is not development for us. It is a faster road out of our village,” said G. Murugesan, 54, a paddy farmer from Ekanapuram.
F number 13
L city Parandur
F date 2022
Q direct G. Murugesan :: “A metro line to an airport that has taken our land is not development for us. It is a faster road out of our village,”
P full G. Murugesan
F age 54
L city Ekanapuram
> A senior official in the Housing and Urban Development Department, who did not wish to be named, said ridership depended on the airport’s schedule. “If the airport is delayed, this becomes a ₹9,870-crore line to nowhere,” the official said.
O government Housing and Urban Development Department
Q direct - :: “If the airport is delayed, this becomes a ₹9,870-crore line to nowhere,”
F money ₹9,870-crore
> The city’s metro network carried an average of 6.1 lakh passengers a day in 2040, according to CMRL data. Officials said the new line would skirt the Chembarambakkam lake, crossing its feeder canal on a 1.2-km bridge.
F number 6.1 lakh
F date 2040
O government CMRL
L geo Chembarambakkam
F quantity 1.2-km
> Land acquisition for 61 hectares along the route will begin in May, officials said.
F quantity 61 hectares
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
