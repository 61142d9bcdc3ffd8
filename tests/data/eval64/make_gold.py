#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval64 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval64/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['427-bus-vannin-evening-cuts-andreas-bride-jurby-ayre-commissioners-isle-of-man-today'] = r'''
> Transport
> Anger in the north as Bus Vannin plans to axe late buses to Andreas and Bride
O government Bus Vannin
L city Andreas
L city Bride
> Commissioners say the £186,000 saving will leave ‘whole villages stranded after teatime’
F money £186,000
Q direct Ayre and District Commissioners :: ‘whole villages stranded after teatime’
> By Orry Kinvig
P full Orry Kinvig
> Thursday 14th April 2039 5:00 am
F date 14th April 2039
F time 5:00 am
> A route 6 bus leaves Ramsey bus station on Parliament Street. Evening journeys north of the town would end under the plans (Image: Breesha Cregeen)
L city Ramsey
L street Parliament Street
P full Breesha Cregeen
> BUS Vannin is to withdraw every evening service after 7.15pm between Ramsey, Andreas, Bride and Jurby from Sunday, 1st May, in a move the Department of Infrastructure says will save £186,000 a year.
O government BUS Vannin
F time 7.15pm
L city Ramsey
L city Andreas
L city Bride
L city Jurby
F date 1st May
O government Department of Infrastructure
F money £186,000
> The northern loop, which runs as route 6 once the school journeys have finished, carried an average of 11 passengers a journey after 7pm last year, according to figures given in the House of Keys on Tuesday. Daytime journeys on the same route averaged 38.
F number 11
F time 7pm
O government House of Keys
F number 38
> Under the new timetable, the last bus from Ramsey to Bride will leave at 6.40pm on weekdays and 5.55pm on Saturdays, and there will be no Sunday service to Jurby at all.
L city Ramsey
L city Bride
F time 6.40pm
F time 5.55pm
L city Jurby
> Infrastructure Minister Juan Kermeen MHK told the House of Keys the department had to find £2.4m of savings in 2039-40 and that evening buses in the north were "the emptiest seats we run".
P full Juan Kermeen
O government House of Keys
F money £2.4m
F date 2039-40
Q direct Juan Kermeen :: "the emptiest seats we run"
> "We have looked at every option," Mr Kermeen said. "Running a 40-seat bus to Bride at ten o'clock at night with two people on it is not a good use of public money, however much we would like to."
Q direct Juan Kermeen :: "We have looked at every option,"
P partial Kermeen
Q direct Juan Kermeen :: "Running a 40-seat bus to Bride at ten o'clock at night with two people on it is not a good use of public money, however much we would like to."
F number 40
L city Bride
F time ten o'clock
F number two
> In a statement, Ayre and District Commissioners, whose area takes in Andreas and Bride, said the cut had been announced "without a word of consultation" and would leave "whole villages stranded after teatime".
O government Ayre and District Commissioners
L city Andreas
L city Bride
Q direct Ayre and District Commissioners :: "without a word of consultation"
Q direct Ayre and District Commissioners :: "whole villages stranded after teatime"
> The board's chairman, Ealish Corlett, said a decision "taken in Douglas" would fall hardest on shift workers and older people.
P full Ealish Corlett
Q direct Ealish Corlett :: "taken in Douglas"
L city Douglas
> "There are young people in Andreas who work nights at Noble's Hospital and at Ronaldsway Airport and rely on the 9.20pm bus home," she said. "There are people in Jurby in their eighties who have never driven.
Q direct Ealish Corlett :: "There are young people in Andreas who work nights at Noble's Hospital and at Ronaldsway Airport and rely on the 9.20pm bus home,"
L city Andreas
O other Noble's Hospital
L facility Ronaldsway Airport
F time 9.20pm
Q direct Ealish Corlett :: "There are people in Jurby in their eighties who have never driven.
L city Jurby
F age eighties
> "What are they meant to do, move to Ramsey?"
Q direct Ealish Corlett :: "What are they meant to do, move to Ramsey?"
L city Ramsey
> A petition started by Moirrey Skillicorn, 19, of Jurby, who works evenings at a café in Ramsey, had passed 1,400 signatures by Wednesday night.
P full Moirrey Skillicorn
F age 19
L city Jurby
L city Ramsey
F number 1,400
> "I finish at half nine. If the bus goes it's a taxi at £22 every night, or my dad driving out for me," she said. "Half my wages would go on getting home."
Q direct Moirrey Skillicorn :: "I finish at half nine. If the bus goes it's a taxi at £22 every night, or my dad driving out for me,"
F time half nine
F money £22
Q direct Moirrey Skillicorn :: "Half my wages would go on getting home."
F fraction Half
> Both MHKs for Ayre and Michael, Tanya Kewley and Illiam Faragher, have tabled a question for Tuesday's sitting of Tynwald asking the minister to put the change back by six months while the department looks at a bookable minibus for the north.
L region Ayre and Michael
P full Tanya Kewley
P full Illiam Faragher
O government Tynwald
F duration six months
> Mr Faragher said the north of the island had already "lost its bank branches and its police station" and that the bus cut was "another thing taken away from us".
P partial Faragher
Q direct Illiam Faragher :: "lost its bank branches and its police station"
Q direct Illiam Faragher :: "another thing taken away from us"
> Kirk Michael and Ballaugh, on the western side of the loop, keep their evening buses because they are served by route 5 to Peel, which is not affected.
L city Kirk Michael
L city Ballaugh
L city Peel
> A Department of Infrastructure spokesperson said passengers in the north could still book Dial-a-Ride journeys until 10pm, at £3.50 a trip, and that the change would be reviewed after 12 months.
O government Department of Infrastructure
F time 10pm
F money £3.50
F duration 12 months
> "Nobody takes a decision like this lightly," the spokesperson said. "But the subsidy has gone up every year for five years and we have been asked to bring it down."
Q direct - :: "Nobody takes a decision like this lightly,"
Q direct - :: "But the subsidy has gone up every year for five years and we have been asked to bring it down."
F duration five years
> Bus Vannin carried 2.9 million passengers in 2038, 4 per cent fewer than in 2037, and received £9.7m in subsidy from the Isle of Man Government.
O government Bus Vannin
F number 2.9 million
F date 2038
F percent 4 per cent
F date 2037
F money £9.7m
O government Isle of Man Government
> Ms Kewley told Manx Radio the figures for the northern loop were "skewed" because evening buses had been cancelled at short notice 23 times since January for lack of drivers.
P partial Kewley
O media Manx Radio
Q direct Tanya Kewley :: "skewed"
F number 23
> The commissioners have called a public meeting at Andreas Parish Hall on Monday 25th April at 7.30pm. The new timetable is due to be published on 21st April.
L facility Andreas Parish Hall
F date 25th April
F time 7.30pm
F date 21st April
'''

ARTICLES['428-nea-ppa-upper-simbuwa-hydropower-taplejung-export-bangladesh-republica'] = r'''
> Economy
> NEA signs PPA for 312 MW Upper Simbuwa project, first plant built with an eye on Bangladesh
O government NEA
F quantity 312 MW
L facility Upper Simbuwa
L country Bangladesh
> By HEMANTA SUBBA
P full HEMANTA SUBBA
> Published On: June 9, 2039 07:15 AM NPT
F date June 9, 2039
F time 07:15 AM NPT
> The Tamor River near Mitlung in Taplejung, where the Upper Simbuwa project will release water from its powerhouse. (Republica File Photo)
L geo Tamor River
L city Mitlung
L region Taplejung
L facility Upper Simbuwa
O media Republica
> KATHMANDU, June 9: The Nepal Electricity Authority (NEA) on Wednesday signed a power purchase agreement (PPA) with Pathibhara Hydro Power Company Limited for the 312-megawatt Upper Simbuwa Hydropower Project in Taplejung, the largest PPA signed by the state-owned utility in the current fiscal year 2095/96.
L city KATHMANDU
F date June 9
O government Nepal Electricity Authority
O government NEA
O company Pathibhara Hydro Power Company Limited
F quantity 312-megawatt
L region Taplejung
F date 2095/96
> The agreement, signed at the NEA's head office on Durbar Marg on Jestha 25 (June 8), commits the authority to buy the plant's output for 30 years from its commercial operation date. The NEA will pay Rs 4.80 per unit for electricity generated in the wet season and Rs 8.40 per unit in the dry season, the rates set by the Electricity Regulatory Commission (ERC) for run-of-river projects with daily peaking capacity.
O government NEA
L street Durbar Marg
F date Jestha 25
F date June 8
F duration 30 years
O government NEA
F money Rs 4.80
F money Rs 8.40
O government Electricity Regulatory Commission
O government ERC
> The project will divert water from the Simbuwa Khola, a tributary of the Tamor, through a 9.6-km headrace tunnel to an underground powerhouse near Mitlung. It is expected to generate 1,642 GWh a year, about 61 percent of it between Jestha and Kartik, when the rivers are swollen by the monsoon.
L geo Simbuwa Khola
L geo Tamor
F quantity 9.6-km
L city Mitlung
F quantity 1,642 GWh
F percent 61 percent
> Its estimated cost of Rs 68.4 billion will be financed with 70 percent debt from a consortium of 11 commercial banks led by Sagarmatha Commercial Bank and 30 percent equity. Ten percent of the shares will be reserved for residents of Taplejung affected by the project and 5 percent for the general public.
F money Rs 68.4 billion
F percent 70 percent
F number 11
O company Sagarmatha Commercial Bank
F percent 30 percent
F percent Ten percent
L region Taplejung
F percent 5 percent
> NEA Managing Director Bishwo Mani Pokharel said it was the first project whose size had been fixed with exports in mind from the start.
O government NEA
P full Bishwo Mani Pokharel
> "Nepal cannot use all of this electricity in the monsoon. We are already spilling energy in Shrawan and Bhadra," Pokharel said at the signing ceremony. "Bangladesh needs power most exactly when we have the most, and that is the market we are building for."
Q direct Bishwo Mani Pokharel :: "Nepal cannot use all of this electricity in the monsoon. We are already spilling energy in Shrawan and Bhadra,"
L country Nepal
P partial Pokharel
Q direct Bishwo Mani Pokharel :: "Bangladesh needs power most exactly when we have the most, and that is the market we are building for."
L country Bangladesh
> Nepal has been selling 40 MW to Bangladesh in the wet season since 2024 under a tripartite arrangement with the Bangladesh Power Development Board (BPDB) and India's NTPC Vidyut Vyapar Nigam (NVVN), with the power wheeled through the Dhalkebar-Muzaffarpur cross-border line. Officials said talks were under way to raise the quantity to 500 MW from 2041.
L country Nepal
F quantity 40 MW
L country Bangladesh
F date 2024
O government Bangladesh Power Development Board
O government BPDB
L country India
O company NTPC Vidyut Vyapar Nigam
O company NVVN
L city Dhalkebar
L city Muzaffarpur
F quantity 500 MW
F date 2041
> An official at the Ministry of Energy, Water Resources and Irrigation, who asked not to be named because the negotiations are continuing, said Dhaka wanted "firm, year-round supply" rather than monsoon power alone. "They want 24 hours, twelve months. We can give them the monsoon now and more when the storage projects come," the official said.
O government Ministry of Energy, Water Resources and Irrigation
L city Dhaka
Q direct - :: "firm, year-round supply"
Q direct - :: "They want 24 hours, twelve months. We can give them the monsoon now and more when the storage projects come,"
F duration 24 hours
F duration twelve months
> Chandra Kumar Angbuhang, chairman of Pathibhara Hydro Power, said work on the access road from Phungling would begin after the monsoon and that the company aimed to reach financial closure by Poush 2096.
P full Chandra Kumar Angbuhang
O company Pathibhara Hydro Power
L city Phungling
F date Poush 2096
> "We have waited six years for this PPA. The survey licence was issued in 2090, and we have spent Rs 1.3 billion on studies without a single rupee of return," Angbuhang said. "Now the people of Taplejung can see that something is really going to be built."
Q direct Chandra Kumar Angbuhang :: "We have waited six years for this PPA. The survey licence was issued in 2090, and we have spent Rs 1.3 billion on studies without a single rupee of return,"
F duration six years
F date 2090
F money Rs 1.3 billion
P partial Angbuhang
Q direct Chandra Kumar Angbuhang :: "Now the people of Taplejung can see that something is really going to be built."
L region Taplejung
> Phaktanglung Rural Municipality Chairperson Lakpa Tenzing Sherpa welcomed the agreement but said compensation, estimated at Rs 45 crore, had not yet been settled for 214 households whose land will be taken for the dam, the tunnel adits and the 132 kV line to the Dhungesangu substation.
L region Phaktanglung Rural Municipality
P full Lakpa Tenzing Sherpa
F money Rs 45 crore
F number 214
F quantity 132 kV
L facility Dhungesangu
> "A PPA is good news for Kathmandu. For the people whose fields will go under the dam, the good news is when the money arrives," Sherpa said.
Q direct Lakpa Tenzing Sherpa :: "A PPA is good news for Kathmandu. For the people whose fields will go under the dam, the good news is when the money arrives,"
L city Kathmandu
P partial Sherpa
> In the first ten months of the current fiscal year, the NEA exported electricity worth Rs 21.7 billion, mostly to India, and imported power worth Rs 9.2 billion during the dry months, according to the authority. Nepal's installed capacity stood at 6,840 MW at the end of Chaitra.
F duration ten months
O government NEA
F money Rs 21.7 billion
L country India
F money Rs 9.2 billion
L country Nepal
F quantity 6,840 MW
'''

ARTICLES['429-players-championship-17-hildesheim-van-der-wal-brzeczek-final-results-pdc'] = r'''
> News
> Van der Wal lands maiden ProTour title at Players Championship 17
P partial Van der Wal
> By Tom Ashurst-Bell
P full Tom Ashurst-Bell
> Saturday 26 March 2039
F date 26 March 2039
> Sjoerd van der Wal with the Players Championship 17 trophy in Hildesheim (Photo: Jannik Oberdörfer/PDC Europe)
P full Sjoerd van der Wal
L city Hildesheim
P full Jannik Oberdörfer
O other PDC Europe
> Sjoerd van der Wal claimed his first PDC ranking title on Saturday evening, holding his nerve to beat Wiktor Brzęczek 8-6 in the final of Players Championship 17 at Halle 39 in Hildesheim.
P full Sjoerd van der Wal
O other PDC
P full Wiktor Brzęczek
F score 8-6
L facility Halle 39
L city Hildesheim
> The 27-year-old from Zaandam, nicknamed 'The Skipper' after the four years he spent crewing barges on the Rhine, averaged 101.47 in the final and took out 164 to break throw in the 11th leg before finishing the match on double 16.
F age 27-year-old
L city Zaandam
Q scare - :: 'The Skipper'
F duration four years
L geo Rhine
F number 101.47
F number 164
> Brzęczek, who was bidding to become the first Polish player to win two ProTour events in the same season, had led 4-2 and 6-5 but missed three darts at double 10 to go 7-5 up.
P partial Brzęczek
F number two
F score 4-2
F score 6-5
F number three
F score 7-5
> "I've been knocking on the door for two years and I'd started to think it was never going to open," said Van der Wal, who collects £15,000 and moves into the top 32 of the ProTour Order of Merit.
Q direct Sjoerd van der Wal :: "I've been knocking on the door for two years and I'd started to think it was never going to open,"
F duration two years
P partial Van der Wal
F money £15,000
F number 32
> "Wiktor played brilliantly, and at 6-5 I thought it was gone. Then the 164 went in and something changed in my head.
Q direct Sjoerd van der Wal :: "Wiktor played brilliantly, and at 6-5 I thought it was gone. Then the 164 went in and something changed in my head.
P partial Wiktor
F score 6-5
F number 164
> "My dad drove me to every youth event from Groningen to Gibraltar. This one is for him."
Q direct Sjoerd van der Wal :: "My dad drove me to every youth event from Groningen to Gibraltar. This one is for him."
L city Groningen
L region Gibraltar
> Brzęczek, who won Players Championship 9 in Leicester in February, said he had "no complaints" about the result.
P partial Brzęczek
L city Leicester
Q direct Wiktor Brzęczek :: "no complaints"
> "Three darts for 7-5 and I missed all of them. You can't do that against a player like Sjoerd," he said. "I'll be back tomorrow."
Q direct Wiktor Brzęczek :: "Three darts for 7-5 and I missed all of them. You can't do that against a player like Sjoerd,"
F number Three
F score 7-5
P partial Sjoerd
Q direct Wiktor Brzęczek :: "I'll be back tomorrow."
> Van der Wal produced the highest average of the day, 108.92, in a 7-2 semi-final win over Belgium's Jelle Van Acker, while Brzęczek edged Scotland's Callum McAteer 7-6 after McAteer missed two match darts in the deciding leg.
P partial Van der Wal
F number 108.92
F score 7-2
L country Belgium
P full Jelle Van Acker
P partial Brzęczek
L country Scotland
P full Callum McAteer
F score 7-6
P partial McAteer
F number two
> The afternoon session had its own highlight when Germany's Florian Kneißl hit a nine-darter in his last-64 win over Japan's Kazuki Hanamura, the fourth on the PDC circuit this year. Kneißl, 22, went on to lose 6-4 to McAteer in the last 16.
L country Germany
P full Florian Kneißl
F number nine
L country Japan
P full Kazuki Hanamura
O other PDC
P partial Kneißl
F age 22
F score 6-4
P partial McAteer
> Brzęczek hit 11 180s over the day, more than any other player, and Lithuania's Mindaugas Rimkevičius took out the highest checkout, a 170, in his last-16 win over Harry Blenkinsop.
P partial Brzęczek
F number 11
F number 180s
L country Lithuania
P full Mindaugas Rimkevičius
F number 170
P full Harry Blenkinsop
> The same 128 players return to Halle 39 on Sunday for Players Championship 18, with play starting at 11:00 local time (10:00 BST).
F number 128
L facility Halle 39
F time 11:00
F time 10:00 BST
> Players Championship 17 – Results
> Last 16
> Sjoerd van der Wal 6-3 Liam Outhwaite
P full Sjoerd van der Wal
F score 6-3
P full Liam Outhwaite
> Mindaugas Rimkevičius 6-5 Harry Blenkinsop
P full Mindaugas Rimkevičius
F score 6-5
P full Harry Blenkinsop
> Jelle Van Acker 6-0 Danny Rafferty-Cole
P full Jelle Van Acker
F score 6-0
P full Danny Rafferty-Cole
> Dean Carrow-Hughes 6-4 Rob Venter
P full Dean Carrow-Hughes
F score 6-4
P full Rob Venter
> Wiktor Brzęczek 6-2 Niels Overbeek
P full Wiktor Brzęczek
F score 6-2
P full Niels Overbeek
> Cathal Ó Dálaigh 6-5 Gareth Prys-Morgan
P full Cathal Ó Dálaigh
F score 6-5
P full Gareth Prys-Morgan
> Callum McAteer 6-4 Florian Kneißl
P full Callum McAteer
F score 6-4
P full Florian Kneißl
> Marek Dvořáček 6-3 Jamie Hollowell
P full Marek Dvořáček
F score 6-3
P full Jamie Hollowell
> Quarter-Finals
> Sjoerd van der Wal 6-4 Mindaugas Rimkevičius
P full Sjoerd van der Wal
F score 6-4
P full Mindaugas Rimkevičius
> Jelle Van Acker 6-5 Dean Carrow-Hughes
P full Jelle Van Acker
F score 6-5
P full Dean Carrow-Hughes
> Wiktor Brzęczek 6-1 Cathal Ó Dálaigh
P full Wiktor Brzęczek
F score 6-1
P full Cathal Ó Dálaigh
> Callum McAteer 6-2 Marek Dvořáček
P full Callum McAteer
F score 6-2
P full Marek Dvořáček
> Semi-Finals
> Sjoerd van der Wal 7-2 Jelle Van Acker
P full Sjoerd van der Wal
F score 7-2
P full Jelle Van Acker
> Wiktor Brzęczek 7-6 Callum McAteer
P full Wiktor Brzęczek
F score 7-6
P full Callum McAteer
> Final
> Sjoerd van der Wal 8-6 Wiktor Brzęczek (101.47 v 98.30)
P full Sjoerd van der Wal
F score 8-6
P full Wiktor Brzęczek
F number 101.47
F number 98.30
'''

ARTICLES['430-pemba-port-lng-supply-quay-cabo-delgado-cfm-noticias-club-of-mozambique'] = r'''
> Economy
> Mozambique: Work starts on US$238m supply quay at Pemba port – Notícias
L country Mozambique
F money US$238m
L city Pemba
O media Notícias
> 22 September 2038
F date 22 September 2038
> By Club of Mozambique
O media Club of Mozambique
> File photo: Ships at anchor in Pemba Bay, Cabo Delgado province. Image: CFM
L geo Pemba Bay
L region Cabo Delgado
O company CFM
> Construction of a 420-metre quay at the port of Pemba, capital of the northern province of Cabo Delgado, started on Tuesday and is due to be completed by March 2040, in time to serve supply ships for the liquefied natural gas (LNG) projects on the Afungi peninsula, the daily Notícias reported on Wednesday.
F quantity 420-metre
L city Pemba
L region Cabo Delgado
F date March 2040
L geo Afungi
O media Notícias
> The new berth, with an alongside depth of 14 metres, will allow the port to receive offshore supply vessels and cargo ships of up to 40,000 tonnes, against a limit of 12,000 tonnes at the existing quay, built in the 1950s, according to the state ports and railways company Portos e Caminhos de Ferro de Moçambique (CFM).
F quantity 14 metres
F quantity 40,000 tonnes
F quantity 12,000 tonnes
F date 1950s
O company Portos e Caminhos de Ferro de Moçambique
O company CFM
> The work is being carried out by a consortium of the Mozambican firm Construtora Zambeze, Lda and China’s Fujian Haixin Harbour Engineering, under a contract worth 15.2 billion meticais (US$238 million) financed by Banco Índico de Desenvolvimento (BID), a Maputo-based development lender.
O company Construtora Zambeze, Lda
L country China
O company Fujian Haixin Harbour Engineering
F money 15.2 billion meticais
F money US$238 million
O company Banco Índico de Desenvolvimento
O company BID
L city Maputo
> CFM said in a statement that the quay would “return Pemba to its place as the logistics gateway of the north” and cut the time supply ships spend waiting at anchor, which averaged 6.4 days in the first half of 2038.
O company CFM
Q direct Portos e Caminhos de Ferro de Moçambique :: “return Pemba to its place as the logistics gateway of the north”
L city Pemba
F duration 6.4 days
F date 2038
> Speaking at the launch ceremony, the director of CFM’s northern region, Abdul Remane Assane, said about 1,100 workers would be employed at the peak of construction, at least 70% of them from Cabo Delgado.
O company CFM
P full Abdul Remane Assane
F number 1,100
F percent 70%
L region Cabo Delgado
> “We are not going to bring people from Maputo to pour concrete in Pemba. The young people of Metuge, Mecúfi and Ancuabe will build this quay,” he said. “And when the gas ships come, they will be the ones who run it.
Q direct Abdul Remane Assane :: “We are not going to bring people from Maputo to pour concrete in Pemba. The young people of Metuge, Mecúfi and Ancuabe will build this quay,”
L city Maputo
L city Pemba
L region Metuge
L region Mecúfi
L region Ancuabe
Q direct Abdul Remane Assane :: “And when the gas ships come, they will be the ones who run it.
> “It is the first time in 20 years that the port of Pemba has seen an investment of this size.”
Q direct Abdul Remane Assane :: “It is the first time in 20 years that the port of Pemba has seen an investment of this size.”
F duration 20 years
L city Pemba
> Cabo Delgado Governor Eugénia Chauque said the project was “a sign that confidence has returned” to a province where an Islamist insurgency displaced more than 900,000 people after 2017, and where the March 2021 attack on Palma led TotalEnergies to suspend work on its Mozambique LNG project.
L region Cabo Delgado
P full Eugénia Chauque
Q direct Eugénia Chauque :: “a sign that confidence has returned”
F number 900,000
F date 2017
F date March 2021
L city Palma
O company TotalEnergies
> Supply traffic for the gas projects has so far been handled mainly through a temporary logistics base at Palma and by vessels sailing from Durban, in South Africa, and from Dar es Salaam, in Tanzania. Afungi lies some 400 kilometres north of Pemba by road.
L city Palma
L city Durban
L country South Africa
L city Dar es Salaam
L country Tanzania
L geo Afungi
F quantity 400 kilometres
L city Pemba
> A shipping agent in Pemba, who asked not to be named, told Lusa that the investment was welcome but that the port’s problems were “as much on land as at sea”, pointing to the single-lane road to the port gate and to customs clearance that can take “four or five days”.
L city Pemba
O media Lusa
Q direct - :: “as much on land as at sea”
Q direct - :: “four or five days”
F duration four
F duration five days
> Pemba handled 1.38 million tonnes of cargo and 41,600 TEU in 2037, up 18% on the previous year, according to CFM figures. The ports of Maputo, Beira and Nacala together handled more than 60 million tonnes.
L city Pemba
F quantity 1.38 million tonnes
F quantity 41,600 TEU
F date 2037
F percent 18%
O company CFM
L city Maputo
L city Beira
L city Nacala
F quantity 60 million tonnes
> The consortium will also build a 6-hectare container yard and rebuild 3.2 km of the access road, for which Pemba Municipal Council has approved the resettlement of 146 families from the Paquitequete neighbourhood. Each family will receive MZN 410,000 in compensation, the municipality said.
F quantity 6-hectare
F quantity 3.2 km
O government Pemba Municipal Council
F number 146
L city Paquitequete
F money MZN 410,000
> Source: Lusa
O media Lusa
'''

ARTICLES['431-greater-wellington-ruamahanga-stopbank-rates-gladstone-farmers-wairarapa-times-age'] = r'''
> Farmers face rates hike as Greater Wellington backs $14.6m Ruamāhanga stopbank upgrade
O government Greater Wellington
F money $14.6m
L geo Ruamāhanga
> Landowners on the lower Ruamāhanga will pay up to 38 per cent more from July, and some say nobody asked them.
L geo Ruamāhanga
F percent 38 per cent
> By Mere Tāwhiri-Hollis
P full Mere Tāwhiri-Hollis
> Local Democracy Reporter·Wairarapa Times-Age·
O media Wairarapa Times-Age
> 9 Jun, 2039 05:00 AM
F date 9 Jun, 2039
F time 05:00 AM
> 4 mins to read
F duration 4 mins
> A section of the Ruamāhanga stopbank near Gladstone that was overtopped in the June 2038 flood. Photo / Tom Karaitiana
L geo Ruamāhanga
L city Gladstone
F date June 2038
P full Tom Karaitiana
> Greater Wellington Regional Council has voted to spend $14.6 million strengthening 11.4km of stopbanks on the lower Ruamāhanga River, with most of the cost to fall on about 420 rural ratepayers between Gladstone and Lake Onoke.
O government Greater Wellington Regional Council
F money $14.6 million
F quantity 11.4km
L geo Ruamāhanga River
F number 420
L city Gladstone
L geo Lake Onoke
> Councillors voted 9-4 on Wednesday to fund the upgrade in the council's 2039-40 annual plan, a year after a flood overtopped the stopbank in two places near Ponatahi and left 1800ha of farmland under water for up to nine days.
F number 9-4
F date 2039-40
F number two
L city Ponatahi
F quantity 1800ha
F duration nine days
> Under the funding split, landowners in the scheme's targeted rating area will pay 70 per cent of the cost and ratepayers across the region the other 30 per cent. For a typical 300ha sheep and beef farm near Martinborough, that means the annual river rate rises from $3020 to $4170, or 38 per cent, from 1 July.
F percent 70 per cent
F percent 30 per cent
F quantity 300ha
L city Martinborough
F money $3020
F money $4170
F percent 38 per cent
F date 1 July
> Cr Aroha Pōmare-Kingi, who chairs the council's environment committee and moved the recommendation, said last June's flood "could have been a lot worse" and that stopbanks built in the 1960s were "simply not up to a 1-in-100-year flood any more".
P full Aroha Pōmare-Kingi
Q direct Aroha Pōmare-Kingi :: "could have been a lot worse"
F date 1960s
Q direct Aroha Pōmare-Kingi :: "simply not up to a 1-in-100-year flood any more"
F duration 1-in-100-year
> "We had water lapping at the crest near Ponatahi for six hours. If it had rained for another afternoon, we would have been evacuating Martinborough," she said.
Q direct Aroha Pōmare-Kingi :: "We had water lapping at the crest near Ponatahi for six hours. If it had rained for another afternoon, we would have been evacuating Martinborough,"
L city Ponatahi
F duration six hours
L city Martinborough
> Wairarapa constituency councillor Hamish Dunlevy, one of the four who voted against, said the split was "upside down".
L region Wairarapa
P full Hamish Dunlevy
F number four
Q direct Hamish Dunlevy :: "upside down"
> "Everyone in Masterton and Featherston uses the roads and bridges these stopbanks protect. But it's the 420 farmers on the river flats who get the bill," he said.
Q direct Hamish Dunlevy :: "Everyone in Masterton and Featherston uses the roads and bridges these stopbanks protect. But it's the 420 farmers on the river flats who get the bill,"
L city Masterton
L city Featherston
F number 420
> Federated Farmers Wairarapa president Tessa McIlraith said members had been "blindsided" by the size of the rise, which comes on top of a 9 per cent increase in the general rate and lamb prices that have fallen 14 per cent since January.
O nonprofit Federated Farmers Wairarapa
P full Tessa McIlraith
Q direct Tessa McIlraith :: "blindsided"
F percent 9 per cent
F percent 14 per cent
> Beef + Lamb New Zealand figures show the average sheep and beef farm in Wairarapa made a profit before tax of $71,300 in 2037-38, down from $118,900 two seasons earlier.
O nonprofit Beef + Lamb New Zealand
L region Wairarapa
F money $71,300
F date 2037-38
F money $118,900
F number two
> Gladstone farmer Leonard "Lenny" Te Huia, whose family has farmed 460ha beside the river since 1911, said he supported the work but not the way it was being paid for.
L city Gladstone
P full Leonard "Lenny" Te Huia
F quantity 460ha
F date 1911
Q scare - :: "Lenny"
> "The river doesn't care whose name is on the title. When it came through last June it took out the bridge on Ponatahi Rd, and that's a council road that everybody uses.
Q direct Leonard "Lenny" Te Huia :: "The river doesn't care whose name is on the title. When it came through last June it took out the bridge on Ponatahi Rd, and that's a council road that everybody uses.
L street Ponatahi Rd
> "We're not saying don't do it. We're saying Wellington should pay its fair share."
Q direct Leonard "Lenny" Te Huia :: "We're not saying don't do it. We're saying Wellington should pay its fair share."
L city Wellington
> Greater Wellington's flood protection manager, Craig Aldous-Whitu, said the same split had been used for the region's river schemes since 2014, and that changing it for one scheme would mean "reopening every scheme from Ōtaki to Cape Palliser".
O government Greater Wellington
P full Craig Aldous-Whitu
F date 2014
F number one
Q direct Craig Aldous-Whitu :: "reopening every scheme from Ōtaki to Cape Palliser"
L city Ōtaki
L geo Cape Palliser
> Work on the first 3.2km, downstream of the Waihenga Bridge at Martinborough, is due to start in November and be finished by April 2041. The council received 312 submissions on the proposal, 241 of them opposed.
F quantity 3.2km
L facility Waihenga Bridge
L city Martinborough
F date April 2041
F number 312
F number 241
> LDR is local body journalism co-funded by RNZ and NZ On Air.
O media RNZ
O government NZ On Air
'''

ARTICLES['432-tbilisi-court-rehabilitation-batumi-riviera-developer-apartment-buyers-bm-ge'] = r'''
> Business
> Tbilisi City Court Places Batumi Riviera Developer Under Rehabilitation, Freezes ₾48.6 Million in Claims
O government Tbilisi City Court
O company Batumi Riviera
F money ₾48.6 Million
> 03.11.2037 14:20
F date 03.11.2037
F time 14:20
> Author: Salome Kurtanidze
P full Salome Kurtanidze
> The unfinished Batumi Riviera Tower on Sherif Khimshiashvili Street, Batumi. Photo: BM.GE
L facility Batumi Riviera Tower
L street Sherif Khimshiashvili Street
L city Batumi
O media BM.GE
> Tbilisi City Court has placed Batumi Riviera Development LLC, the developer of an unfinished 41-storey residential tower on Batumi’s seafront, under a rehabilitation regime, suspending claims worth GEL 48.6 million from banks, contractors and apartment buyers for up to 12 months.
O government Tbilisi City Court
O company Batumi Riviera Development LLC
F number 41
L city Batumi
F money GEL 48.6 million
F duration 12 months
> The ruling, made on 2 November by Judge Nestan Chkhaidze, appoints a rehabilitation manager and gives the company 90 days to present a rehabilitation plan to its creditors. Under Georgia’s insolvency law, the creditors will then vote on the plan, and the court may declare the company bankrupt if they reject it.
F date 2 November
P full Nestan Chkhaidze
F duration 90 days
L country Georgia
> The company’s director, Zurab Meskhi, told BM.GE that the plan would include bringing in a new investor to complete the tower by the end of 2039. “We are in talks with two serious partners, a fund from the Gulf and a construction group from Kazakhstan. The building is 70% complete, and it will be finished,” Meskhi said.
P full Zurab Meskhi
O media BM.GE
F date 2039
Q direct Zurab Meskhi :: “We are in talks with two serious partners, a fund from the Gulf and a construction group from Kazakhstan. The building is 70% complete, and it will be finished,”
F number two
L region Gulf
L country Kazakhstan
F percent 70%
P partial Meskhi
> The 41-storey Riviera Tower was due to be completed in December 2035. Work stopped in March 2036 at the 29th floor, after the main contractor, Trabzon-based Karadeniz Yapı, left the site over unpaid invoices of USD 9.3 million.
F number 41
L facility Riviera Tower
F date December 2035
F date March 2036
L city Trabzon
O company Karadeniz Yapı
F money USD 9.3 million
> According to the court’s decision, 1,164 apartments in the tower were sold off-plan between 2032 and 2035, to buyers from Georgia, Israel, Ukraine and Kazakhstan, at prices of USD 850–1,200 per square metre.
F number 1,164
F date 2032
F date 2035
L country Georgia
L country Israel
L country Ukraine
L country Kazakhstan
F money USD 850–1,200
> An association of 612 buyers, the Riviera Tower Investors’ Union, had asked the court to declare the company bankrupt instead. Its lawyer, Mariam Japaridze, said the decision “protects the company, not the people who paid for the flats”.
F number 612
O nonprofit Riviera Tower Investors’ Union
P full Mariam Japaridze
Q direct Mariam Japaridze :: “protects the company, not the people who paid for the flats”
> “Some of our members have been paying rent and a mortgage at the same time for four years,” Japaridze said. “A rehabilitation regime means another year of waiting, and at the end of it they may get a flat, or they may get 20 tetri on the lari.
Q direct Mariam Japaridze :: “Some of our members have been paying rent and a mortgage at the same time for four years,”
F duration four years
P partial Japaridze
Q direct Mariam Japaridze :: “A rehabilitation regime means another year of waiting, and at the end of it they may get a flat, or they may get 20 tetri on the lari.
F money 20 tetri
> “We will appeal to the Tbilisi Court of Appeals within the 14 days the law allows.”
Q direct Mariam Japaridze :: “We will appeal to the Tbilisi Court of Appeals within the 14 days the law allows.”
O government Tbilisi Court of Appeals
F duration 14 days
> The largest secured creditor is Iveria Capital Bank, which holds a mortgage over the land plot and the first 12 floors and has a claim of GEL 21.7 million. A representative of the bank, who asked not to be named, said it would “support any realistic plan that finishes the building”.
O company Iveria Capital Bank
F number 12
F money GEL 21.7 million
Q direct - :: “support any realistic plan that finishes the building”
> The National Bank of Georgia (NBG) said in its October financial stability review that banks’ exposure to stalled residential projects in Adjara had reached ₾412 million, or 3.1% of the sector’s mortgage portfolio.
O government National Bank of Georgia
O government NBG
L region Adjara
F money ₾412 million
F percent 3.1%
> Levan Kiknadze, an analyst at Tbilisi-based research firm Orbeli Analytics, said 14 residential towers in Batumi, Gonio and Kobuleti had stalled since 2034, leaving about 6,800 buyers without the flats they had paid for.
P full Levan Kiknadze
L city Tbilisi
O company Orbeli Analytics
F number 14
L city Batumi
L city Gonio
L city Kobuleti
F date 2034
F number 6,800
> “Batumi sold the same square metre three times: to the buyer, to the bank and to the contractor. This case will show who actually owns it,” he said.
Q direct Levan Kiknadze :: “Batumi sold the same square metre three times: to the buyer, to the bank and to the contractor. This case will show who actually owns it,”
L city Batumi
F number three
> Adjara’s Minister of Finance and Economy, Tornike Surmanidze, said the autonomous republic’s government would not let Batumi become “a city of concrete skeletons” and was ready to discuss tax relief with a new investor.
L region Adjara
P full Tornike Surmanidze
L city Batumi
Q direct Tornike Surmanidze :: “a city of concrete skeletons”
> The first meeting of creditors is scheduled for 14 December at 11:00 at the court’s building on David Aghmashenebeli Alley in Tbilisi.
F date 14 December
F time 11:00
L street David Aghmashenebeli Alley
L city Tbilisi
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
