#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval192 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval192/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1195-wheat-export-duty-venado-tuerto-cra-urgara-buenos-aires-times'] = r'''
> ECONOMY
> Wheat export duty rises to 15 percent as farmers threaten ‘tractorazo’
F percent 15 percent
Q scare - :: ‘tractorazo’
> Government expects to raise US$1.1 billion from the 2039-40 harvest; growers in Santa Fe and Buenos Aires provinces say the increase will cost them 9,800 pesos a tonne
F money US$1.1 billion
F date 2039-40
L region Santa Fe
L region Buenos Aires
F money 9,800 pesos
> BY MARTINA DE LOS SANTOS ECHAGÜE
P full MARTINA DE LOS SANTOS ECHAGÜE
> 14-12-2039 18:05
F date 14-12-2039
F time 18:05
> A combine harvester cuts wheat near Pergamino, in northern Buenos Aires province. Photo: NA
L city Pergamino
L region Buenos Aires
O media NA
> The government raised the export duty on wheat from 12 to 15 percent on Wednesday, reversing a cut made in March 2038 and reopening a fight with the farm sector at the height of the harvest.
F percent 12
F percent 15 percent
F date March 2038
> Economy Minister Ramiro Quintana Etcheverry told reporters at the Palacio de Hacienda that the increase was “temporary” and would bring in about US$1.1 billion this season, money he said was needed to meet a US$2.4-billion payment to bondholders due on January 9.
P full Ramiro Quintana Etcheverry
L facility Palacio de Hacienda
Q direct Ramiro Quintana Etcheverry :: “temporary”
F money US$1.1 billion
F money US$2.4-billion
F date January 9
> “Nobody in this government enjoys raising a tax. But Argentina has to pay what it owes, and wheat is having a record year,” Quintana Etcheverry said. “When prices fall, the duty will fall with them.”
Q direct Ramiro Quintana Etcheverry :: “Nobody in this government enjoys raising a tax. But Argentina has to pay what it owes, and wheat is having a record year,”
L country Argentina
P partial Quintana Etcheverry
Q direct Ramiro Quintana Etcheverry :: “When prices fall, the duty will fall with them.”
> The Rosario Grain Exchange (BCR) puts the crop at a record 23.5 million tonnes, 14 percent more than last season, with some 16 million tonnes available for export. At Tuesday’s price of US$238 a tonne in the ports around Rosario, the higher duty takes about US$7 from every tonne, or 9,800 pesos at the official rate of 1,400 pesos per dollar.
O nonprofit Rosario Grain Exchange
O nonprofit BCR
F quantity 23.5 million tonnes
F percent 14 percent
F quantity 16 million tonnes
F money US$238
L city Rosario
F money US$7
F money 9,800 pesos
F money 1,400 pesos
> The duty is charged on the export price, but exporters pass it back to growers in the price they pay at the port. Farm groups said the rise would wipe out most of the margin on rented land, where about 60 percent of the country’s wheat is grown.
F percent 60 percent
> “Once again the State puts its hand in the pocket of those who produce. We will not accept it,” the Argentine Rural Confederations (CRA) said in a statement, calling an assembly in Rosario for December 16. Its leaders did not rule out what farmers call a “tractorazo”, a slow convoy of tractors on the national highways.
Q direct Argentine Rural Confederations :: “Once again the State puts its hand in the pocket of those who produce. We will not accept it,”
O nonprofit Argentine Rural Confederations
O nonprofit CRA
L city Rosario
F date December 16
Q scare - :: “tractorazo”
> In Venado Tuerto, in the south of Santa Fe, Esteban Ruiz Díaz, 61, has 1,150 hectares of wheat ready to cut. He rents two-thirds of the land and pays the owners in tonnes of grain. “My father used to say, ‘The State is the partner who never climbs onto the harvester.’ This year it takes a bigger share than the landowner
L city Venado Tuerto
L region Santa Fe
P full Esteban Ruiz Díaz
F age 61
F quantity 1,150 hectares
F fraction two-thirds
Q direct Esteban Ruiz Díaz :: “My father used to say, ‘The State is the partner who never climbs onto the harvester.’ This year it takes a bigger share than the landowner
> “With these numbers I will sow 400 hectares less next June, and the whole town will feel it,” Ruiz Díaz said.
Q direct Esteban Ruiz Díaz :: “With these numbers I will sow 400 hectares less next June, and the whole town will feel it,”
F quantity 400 hectares
P partial Ruiz Díaz
> Port workers also pushed back. URGARA, the union of grain inspectors, said lower shipments would mean fewer shifts for its 4,000 members and called the measure “a tax on work”. The exporters’ chamber declined to comment.
O nonprofit URGARA
F number 4,000
Q direct URGARA :: “a tax on work”
> An Agriculture Secretariat official, who asked not to be named, said the increase had been decided “over the objections” of the secretariat and that a review was planned for March. “Nobody here thinks this is good for the harvest,” the official said.
O government Agriculture Secretariat
Q direct - :: “over the objections”
Q direct - :: “Nobody here thinks this is good for the harvest,”
> Wheat exports earned US$4.3 billion in 2038, according to INDEC. The duty on soybeans remains at 26 percent and on corn at 9 percent.
F money US$4.3 billion
F date 2038
O government INDEC
F percent 26 percent
F percent 9 percent
'''

ARTICLES['1196-goole-hook-airmyn-flood-defence-scheme-ouse-aire-yorkshire-post'] = r'''
> News
> £48m flood defence scheme for villages near Goole approved after years of delay
F money £48m
L city Goole
> Work on 4.2km of walls and embankments along the Ouse and the Aire will begin in April 2041, protecting 1,340 homes in Hook, Airmyn and Rawcliffe
F quantity 4.2km
L geo Ouse
L geo Aire
F date April 2041
F number 1,340
L city Hook
L city Airmyn
L city Rawcliffe
> By Harriet Illingworth-Shaw
P full Harriet Illingworth-Shaw
> Environment Correspondent
> Published 14th Nov 2040, 16:25 GMT
F date 14th Nov 2040
F time 16:25 GMT
> Flood water surrounds homes in Hook in February 2036. Picture: Callum Ackroyd-Firth
L city Hook
F date February 2036
P full Callum Ackroyd-Firth
> A £48.3m scheme to protect three villages near Goole from the tidal Ouse and Aire has been approved, four years after floods forced more than 600 people from their homes.
F money £48.3m
F number three
L city Goole
L geo Ouse
L geo Aire
F duration four years
F number 600
> The Environment Agency said on Wednesday that the Goole and Hook Flood Alleviation Scheme had secured its final £11.6m from the Treasury and East Riding of Yorkshire Council, and that contractors would start work in April 2041.
O government Environment Agency
F money £11.6m
O government Treasury
O government East Riding of Yorkshire Council
F date April 2041
> The scheme will raise 4.2km of walls and earth banks by up to 1.4 metres and replace the pumping station at Rawcliffe Bridge, which failed during the storm of February 2036. It is designed to hold back a flood with a one in 200 chance of happening in any year.
F quantity 4.2km
F quantity 1.4 metres
L city Rawcliffe Bridge
F date February 2036
F number one
F number 200
> “People in Hook have been living with sandbags at the back door for four years,” said Dominic Wetherall, the agency’s flood risk manager for East Yorkshire. “This gives them something they have not had since 2036 – a night’s sleep when the river is high.”
Q direct Dominic Wetherall :: “People in Hook have been living with sandbags at the back door for four years,”
L city Hook
F duration four years
P full Dominic Wetherall
L region East Yorkshire
Q direct Dominic Wetherall :: “This gives them something they have not had since 2036 – a night’s sleep when the river is high.”
F date 2036
> He said 1,340 homes and 86 businesses would be better protected, along with a 1.1-mile stretch of the A614 between Airmyn and Rawcliffe. “We are building for the river we will have in 2100, not the one we had,” he said.
F number 1,340
F number 86
F quantity 1.1-mile
L street A614
L city Airmyn
L city Rawcliffe
Q direct Dominic Wetherall :: “We are building for the river we will have in 2100, not the one we had,”
F date 2100
> Residents have waited for the scheme since the 2036 floods, when water came over the banks at Hook on the night of 17 February and stood 90cm deep in some streets for three days.
F date 2036
L city Hook
F date 17 February
F quantity 90cm
F duration three days
> Pauline Sugden, 74, who chairs the Hook Flood Action Group, said the approval was “a relief, but only a relief”. She added: “We were promised a start in 2038, then 2039. Until I see the diggers on the bank, I’ll keep the pump in the garage.
P full Pauline Sugden
F age 74
O nonprofit Hook Flood Action Group
Q direct Pauline Sugden :: “a relief, but only a relief”
Q direct Pauline Sugden :: “We were promised a start in 2038, then 2039. Until I see the diggers on the bank, I’ll keep the pump in the garage.
F date 2038
F date 2039
> “My neighbours are both over 80. They cannot carry their furniture upstairs every time it rains for two days.”
Q direct Pauline Sugden :: “My neighbours are both over 80. They cannot carry their furniture upstairs every time it rains for two days.”
F age 80
F duration two days
> The cost has risen from £31m when the scheme was first proposed in 2034, which the agency put down to the price of steel sheet piling and a redesign after the 2036 floods.
F money £31m
F date 2034
F date 2036
> The two MPs whose constituencies the scheme covers welcomed the decision. Lucy Haigh-Barraclough, the Conservative MP for Goole and Pocklington, said it was “long overdue”, while Selby’s Labour MP Tariq Mahmood-Ellis said he would press ministers to fund a second phase at Snaith, where a further 420 homes are at risk.
F number two
P full Lucy Haigh-Barraclough
L region Goole and Pocklington
Q direct Lucy Haigh-Barraclough :: “long overdue”
L region Selby
P full Tariq Mahmood-Ellis
L city Snaith
F number 420
> East Riding of Yorkshire Council, which is paying £6.5m, said its cabinet would sign off its share on 3 December. Work is expected to take 30 months.
O government East Riding of Yorkshire Council
F money £6.5m
F date 3 December
F duration 30 months
'''

ARTICLES['1197-thunder-kings-game-5-osei-bonsu-golden-1-center-nba-playoffs-ap'] = r'''
> Sports
> Osei-Bonsu scores 36 as Thunder beat Kings 117-109 to take 3-2 series lead
P partial Osei-Bonsu
F number 36
O team Thunder
O team Kings
F score 117-109
F score 3-2
> By WESLEY TRUMBO-NAKASHIMA
P full WESLEY TRUMBO-NAKASHIMA
> Updated 12:41 AM PDT, April 26, 2040
F time 12:41 AM PDT
F date April 26, 2040
> Oklahoma City Thunder guard Kofi Osei-Bonsu, right, drives past Sacramento Kings forward Jovan Petrović during the second half of Game 5 of a first-round NBA playoff series, Wednesday, April 25, 2040, in Sacramento, Calif. (AP Photo/Rosalind Achterberg)
O team Oklahoma City Thunder
P full Kofi Osei-Bonsu
O team Sacramento Kings
P full Jovan Petrović
O other NBA
F date April 25, 2040
L city Sacramento
L region Calif.
O media AP
P full Rosalind Achterberg
> SACRAMENTO, Calif. (AP) — Kofi Osei-Bonsu scored 36 points, Marcus de la Garza added 21 points and 14 rebounds, and the Oklahoma City Thunder pulled away in the fourth quarter to beat the Sacramento Kings 117-109 on Wednesday night and take a 3-2 lead in their first-round series.
L city SACRAMENTO
L region Calif.
O media AP
P full Kofi Osei-Bonsu
F number 36
P full Marcus de la Garza
F number 21
F number 14
O team Oklahoma City Thunder
O team Sacramento Kings
F score 117-109
F score 3-2
> Game 6 is Friday night in Oklahoma City, where the Thunder have won 11 straight home playoff games. Fans there call the last minutes of close games "Kofi Time," and Osei-Bonsu gave the home crowd a preview.
L city Oklahoma City
O team Thunder
F number 11
Q scare - :: "Kofi Time,"
P partial Kofi
P partial Osei-Bonsu
> Osei-Bonsu, 26, made 13 of 22 shots and scored 14 of his points in the fourth, when Oklahoma City turned an 88-86 deficit into a 104-93 lead with an 18-5 run.
P partial Osei-Bonsu
F age 26
F number 13
F number 22
F number 14
O team Oklahoma City
F score 88-86
F score 104-93
F score 18-5
> "He just wanted the ball, and we gave it to him," Thunder coach Ainsley Marchetti-Boyd said. "When he gets to his spots like that, there's not a lot you can do. I've watched him do it for three years now."
Q direct Ainsley Marchetti-Boyd :: "He just wanted the ball, and we gave it to him,"
O team Thunder
P full Ainsley Marchetti-Boyd
Q direct Ainsley Marchetti-Boyd :: "When he gets to his spots like that, there's not a lot you can do. I've watched him do it for three years now."
F duration three years
> Jovan Petrović led Sacramento with 27 points and nine rebounds, and rookie Dré Washington-Oyelaran scored 19. The Kings shot 41% and made just 9 of 34 3-pointers.
P full Jovan Petrović
O team Sacramento
F number 27
F number nine
P full Dré Washington-Oyelaran
F number 19
O team Kings
F percent 41%
F number 9
F number 34
F number 3
> Sacramento led 58-51 at halftime behind Petrović, who had 17 points in the first half, but the Thunder outscored the Kings 31-19 in the third quarter. A 3-pointer by de la Garza with 2:14 left in the period put Oklahoma City ahead for the first time since the opening minutes.
O team Sacramento
F score 58-51
P partial Petrović
F number 17
O team Thunder
O team Kings
F score 31-19
F number 3
P partial de la Garza
F time 2:14
O team Oklahoma City
> Oklahoma City outrebounded Sacramento 48-39 and scored 22 points off 15 Kings turnovers. Center Tomás Ferreira-Ilunga had 12 points and 11 rebounds before fouling out with 1:52 remaining.
O team Oklahoma City
O team Sacramento
F score 48-39
F number 22
F number 15
O team Kings
P full Tomás Ferreira-Ilunga
F number 12
F number 11
F time 1:52
> The Kings got within 106-104 on Washington-Oyelaran's three-point play with 3:40 to go. Osei-Bonsu answered with back-to-back baskets, and Sacramento went 3:05 without a point as the Thunder closed it out.
O team Kings
F score 106-104
P partial Washington-Oyelaran
F number three
F time 3:40
P partial Osei-Bonsu
O team Sacramento
F duration 3:05
O team Thunder
> "We had them where we wanted them and we let it go," Kings coach Henrik Salo-Vance said. "Nobody in that locker room is done. We've got to win one game in their building, and then we're home for Game 7."
Q direct Henrik Salo-Vance :: "We had them where we wanted them and we let it go,"
O team Kings
P full Henrik Salo-Vance
Q direct Henrik Salo-Vance :: "Nobody in that locker room is done. We've got to win one game in their building, and then we're home for Game 7."
F number one
> De la Garza, who missed Game 4 with a sprained left ankle, played 38 minutes. He said the ankle was "fine, mostly." "I taped it twice," he said. "Ask me tomorrow."
P partial De la Garza
F duration 38 minutes
Q direct Marcus de la Garza :: "fine, mostly."
Q direct Marcus de la Garza :: "I taped it twice,"
Q direct Marcus de la Garza :: "Ask me tomorrow."
> The crowd of 17,608 at Golden 1 Center was the largest of the season. Sacramento has not won a playoff series since 2037.
F number 17,608
L facility Golden 1 Center
O team Sacramento
F date 2037
> UP NEXT
> Thunder: Host Game 6 on Friday at 7:30 p.m.
O team Thunder
F time 7:30 p.m.
> Kings: At Oklahoma City for Game 6 on Friday.
O team Kings
O team Oklahoma City
'''

ARTICLES['1198-karachi-power-outage-k-electric-bin-qasim-nepra-lyari-dawn'] = r'''
> Pakistan
L country Pakistan
> Power breakdown leaves half of Karachi in the dark for up to 19 hours
F fraction half
L city Karachi
F duration 19 hours
> Rabia Siddiqui Memon Published June 9, 2039 Updated about 2 hours ago
P full Rabia Siddiqui Memon
F date June 9, 2039
F duration 2 hours
> Residents of Lyari sit outside their homes during the outage on Wednesday night. — Photo by Faisal Mujeeb Khattak / White Star
L city Lyari
P full Faisal Mujeeb Khattak
O media White Star
> KARACHI: More than half of the city was left without electricity for up to 19 hours on Wednesday after a fault on a 500kV transmission line tripped three units of the Bin Qasim power station, K-Electric said, as temperatures touched 43 degrees Celsius.
L city KARACHI
F fraction half
F duration 19 hours
F quantity 500kV
F number three
L facility Bin Qasim
O company K-Electric
F quantity 43 degrees Celsius
> The power utility said the fault occurred at 2:47pm, cutting 1,650MW from a system that was carrying 3,420MW at the time. Supply was restored to most feeders by 9am on Thursday, but parts of Korangi, Malir and Keamari districts were still without power late in the afternoon.
F time 2:47pm
F quantity 1,650MW
F quantity 3,420MW
F time 9am
L region Korangi
L region Malir
L region Keamari
> “This was not load-shedding. It was a technical fault in the transmission system, and our teams worked through the night to restore supply,” K-Electric spokesperson Uzma Rehan Farooqui told Dawn. She said 1,240 of the company’s 1,960 feeders had tripped.
Q direct Uzma Rehan Farooqui :: “This was not load-shedding. It was a technical fault in the transmission system, and our teams worked through the night to restore supply,”
O company K-Electric
P full Uzma Rehan Farooqui
O media Dawn
F number 1,240
F number 1,960
> Residents were not convinced. In Lyari, where the lights went out shortly before 3pm, shopkeeper Ghulam Mustafa Baloch, 58, said his family had spent the night on the roof. “The fans stopped, the water motor stopped, everything stopped. My grandson is two months old and he cried until morning,” he said.
L city Lyari
F time 3pm
P full Ghulam Mustafa Baloch
F age 58
Q direct Ghulam Mustafa Baloch :: “The fans stopped, the water motor stopped, everything stopped. My grandson is two months old and he cried until morning,”
F age two months old
> Mr Baloch said his last bill was Rs18,400 for two rooms. “We pay every month, on time. For that money we should at least have power in June
P partial Baloch
F money Rs18,400
F number two
Q direct Ghulam Mustafa Baloch :: “We pay every month, on time. For that money we should at least have power in June
> “Who do we complain to? K-Electric tells us to call 118, and 118 does not answer.”
Q direct Ghulam Mustafa Baloch :: “Who do we complain to? K-Electric tells us to call 118, and 118 does not answer.”
O company K-Electric
> The National Electric Power Regulatory Authority (Nepra) said it had taken notice of the breakdown, which it called “unacceptable in peak summer”, and directed K-Electric to submit a report within seven days.
O government National Electric Power Regulatory Authority
O government Nepra
Q direct National Electric Power Regulatory Authority :: “unacceptable in peak summer”
O company K-Electric
F duration seven days
> Sindh Energy Minister Arsalan Mehdi Shaikh said the provincial government would ask the federal Power Division to audit the utility’s transmission network. “Karachi cannot be left at the mercy of one company,” he said in a statement.
L region Sindh
P full Arsalan Mehdi Shaikh
O government Power Division
Q direct Arsalan Mehdi Shaikh :: “Karachi cannot be left at the mercy of one company,”
L city Karachi
F number one
> Industry also counted its losses. The Karachi Chamber of Commerce and Industry (KCCI) estimated that factories in the Korangi and SITE industrial areas lost production worth Rs4.2bn, and said many had run diesel generators at a cost of Rs310 a litre.
O nonprofit Karachi Chamber of Commerce and Industry
O nonprofit KCCI
L city Korangi
L city SITE
F money Rs4.2bn
F money Rs310
> KE, which supplies about 3.8 million customers in Karachi and in the Hub and Lasbela districts of Balochistan, said the breakdown was the worst since May 22, 2037, when a similar fault cut power to the city for 11 hours.
O company KE
F number 3.8 million
L city Karachi
L region Hub
L region Lasbela
L region Balochistan
F date May 22, 2037
F duration 11 hours
> The company said areas on its so-called “high-loss feeders” would still face scheduled cuts of up to six hours a day until the end of the month. An official of the Power Division, speaking on condition of anonymity, said Islamabad had “lost patience” with the utility.
Q scare - :: “high-loss feeders”
F duration six hours
O government Power Division
L city Islamabad
Q direct - :: “lost patience”
'''

ARTICLES['1199-swiss-glaciers-volume-loss-morteratsch-pers-graubunden-valais-euronews'] = r'''
> Green
> Swiss glaciers lost 4% of their volume in a single summer, study finds
F percent 4%
> Scientists warn that smaller glaciers in Graubünden and Valais could vanish within 15 years after the freezing level stayed above 5,000 metres for a record 37 days
L region Graubünden
L region Valais
F duration 15 years
F quantity 5,000 metres
F duration 37 days
> By Lena Marchetti-Blanc with Keystone-SDA
P full Lena Marchetti-Blanc
O media Keystone-SDA
> Published on 02/10/2040 - 09:30 GMT+2 • Updated 11:48
F date 02/10/2040
F time 09:30 GMT+2
F time 11:48
> The Morteratsch glacier near Pontresina, in the canton of Graubünden, in September 2040 - Copyright KEYSTONE/Gian-Reto Caflisch
L geo Morteratsch
L city Pontresina
L region Graubünden
F date September 2040
O media KEYSTONE
P full Gian-Reto Caflisch
> Switzerland's glaciers lost 4.1% of their remaining ice in 2040, the second-worst year since measurements began, according to a study published on Tuesday by researchers at the University of Bern and ETH Zurich.
L country Switzerland
F percent 4.1%
F date 2040
O education University of Bern
O education ETH Zurich
> The team, working with the Glacier Monitoring Switzerland network (GLAMOS), measured 176 glaciers between October 2039 and the end of September 2040. It estimates that the country's glaciers now hold about 37 cubic kilometres of ice, down from 58 km³ in 2020.
O other Glacier Monitoring Switzerland
O other GLAMOS
F number 176
F date October 2039
F date September 2040
F quantity 37 cubic kilometres
F quantity 58 km³
F date 2020
> "We are no longer talking about glaciers retreating. In the east of the country, we are watching them disappear," said lead author Dr Annelise de Montmollin, a glaciologist at the University of Bern.
Q direct Annelise de Montmollin :: "We are no longer talking about glaciers retreating. In the east of the country, we are watching them disappear,"
P full Annelise de Montmollin
O education University of Bern
> Smaller glaciers fared worst. The Pers glacier, which once joined the Morteratsch below Piz Palü, thinned by an average of 3.2 metres, while several glaciers of less than 0.5 km² in the cantons of Uri and Ticino lost more than 10% of their volume in 12 months.
L geo Pers
L geo Morteratsch
L geo Piz Palü
F quantity 3.2 metres
F quantity 0.5 km²
L region Uri
L region Ticino
F percent 10%
F duration 12 months
> De Montmollin said the summer heat was only part of the story. A dry winter left 30% less snow than the 1991-2020 average on the glaciers by May, so bare ice was exposed to the sun from mid-June. "Snow is the glacier's sunscreen. This year it came off in June, and the ice had nowhere to hide
P partial De Montmollin
F percent 30%
F date 1991-2020
Q direct Annelise de Montmollin :: "Snow is the glacier's sunscreen. This year it came off in June, and the ice had nowhere to hide
> "What used to be an extreme year for us is now an ordinary one," she added.
Q direct Annelise de Montmollin :: "What used to be an extreme year for us is now an ordinary one,"
> According to the Federal Office of Meteorology and Climatology (MeteoSwiss), the freezing level rose above 5,000 metres on 37 days between June and August, against an average of nine days a summer in the 2010s.
O government Federal Office of Meteorology and Climatology
O government MeteoSwiss
F quantity 5,000 metres
F duration 37 days
F duration nine days
F date 2010s
> The study's co-author, Gian Andri Tscharner of ETH Zurich, said the loss was also a problem for hydropower. "Around a third of the water that fills the reservoirs of Valais in late summer comes from glaciers," Tscharner said. "In 15 to 20 years, much of that will be gone."
P full Gian Andri Tscharner
O education ETH Zurich
Q direct Gian Andri Tscharner :: "Around a third of the water that fills the reservoirs of Valais in late summer comes from glaciers,"
F fraction a third
L region Valais
P partial Tscharner
Q direct Gian Andri Tscharner :: "In 15 to 20 years, much of that will be gone."
F duration 15
F duration 20 years
> The Federal Office for the Environment (FOEN) said the findings were "in line with" its own projections. Near Andermatt, in Uri, the so-called "glacier blankets" that cover part of the Gurschen glacier each summer cut melt there by about 60%, but the researchers said the white fleece could protect only a few hectares.
O government Federal Office for the Environment
O government FOEN
Q direct Federal Office for the Environment :: "in line with"
L city Andermatt
L region Uri
Q scare - :: "glacier blankets"
L geo Gurschen
F percent 60%
> The canton of Valais said it would spend CHF 14 million (€14.9 million) over four years on monitoring unstable ice above villages in the Saas valley and near Brig. A cantonal official, who asked not to be named, said three hamlets were "on the list for possible evacuation" next spring.
L region Valais
F money CHF 14 million
F money €14.9 million
F duration four years
L geo Saas
L city Brig
F number three
Q direct - :: "on the list for possible evacuation"
'''

ARTICLES['1200-washington-state-ferries-fleet-replacement-vashon-legislature-seattle-times'] = r'''
> Transportation
> Legislature OKs $4.6 billion to replace aging ferries, first new boats due in 2045
O government Legislature
F money $4.6 billion
F date 2045
> By Noelani Brandvold-Price, Seattle Times staff reporter
P full Noelani Brandvold-Price
O media Seattle Times
> Originally published March 14, 2041 at 6:00 am | Updated March 14, 2041 at 1:52 pm
F date March 14, 2041
F time 6:00 am
F date March 14, 2041
F time 1:52 pm
> Passengers wait to board at the Fauntleroy terminal in West Seattle on Tuesday. Most boats on the Vashon route are more than 40 years old. (Kenji Ostrander-Lyle / The Seattle Times)
L city Fauntleroy
L city West Seattle
L geo Vashon
F duration 40 years old
P full Kenji Ostrander-Lyle
O media The Seattle Times
> OLYMPIA — The Legislature on Wednesday approved $4.6 billion over 16 years to build 16 hybrid-electric ferries, the largest investment in the state's ferry system since the 1960s and a bid to end years of canceled sailings on a fleet that is running out of boats.
L city OLYMPIA
O government Legislature
F money $4.6 billion
F duration 16 years
F number 16
F date 1960s
> The package passed 71-27 in the House and 34-15 in the Senate and now goes to Gov. Priya Lindqvist, who has said she will sign it.
F number 71-27
O government House
F number 34-15
O government Senate
P full Priya Lindqvist
> Washington State Ferries (WSF), the largest ferry system in the U.S., needs 26 boats to run its full schedule. It has 19 that can carry passengers, and nine of them are more than 45 years old.
O government Washington State Ferries
O government WSF
L country U.S.
F number 26
F number 19
F number nine
F duration 45 years old
> "We have been running a 1970s fleet with 2040s demand," said Marguerite Okafor-Lindgren, who heads the ferry system. "Every winter we pull a boat out for repairs and hope the others hold. This money means we can stop hoping
Q direct Marguerite Okafor-Lindgren :: "We have been running a 1970s fleet with 2040s demand,"
F date 1970s
F date 2040s
P full Marguerite Okafor-Lindgren
Q direct Marguerite Okafor-Lindgren :: "Every winter we pull a boat out for repairs and hope the others hold. This money means we can stop hoping
> "and start planning. For the first time in 20 years, we will be adding boats instead of just replacing the ones that fail."
Q direct Marguerite Okafor-Lindgren :: "and start planning. For the first time in 20 years, we will be adding boats instead of just replacing the ones that fail."
F duration 20 years
> The first four boats will carry 160 cars each and cost about $287 million apiece. WSF expects to award the contract in October and put the first vessel into service on the Seattle-Bremerton run in spring 2045, followed by the Fauntleroy-Vashon-Southworth route known to riders as "the Triangle."
F number four
F number 160
F money $287 million
O government WSF
L city Seattle
L city Bremerton
F date 2045
L city Fauntleroy
L geo Vashon
L city Southworth
Q scare - :: "the Triangle."
> About $1.3 billion of the total will come from the state's carbon auctions under the Climate Commitment Act. The rest comes from bonds, a 6% fare increase over three years and $210 million in federal grants.
F money $1.3 billion
F percent 6%
F duration three years
F money $210 million
> Sen. Marisol Ekberg, D-Vashon, who wrote the bill, said islanders had waited long enough. "When a boat breaks down, my constituents miss chemo appointments and shifts at Harborview. One woman told me, 'I plan my life around a ferry that may not come,'" she said.
P full Marisol Ekberg
L geo Vashon
Q direct Marisol Ekberg :: "When a boat breaks down, my constituents miss chemo appointments and shifts at Harborview. One woman told me, 'I plan my life around a ferry that may not come,'"
O other Harborview
> Rep. Dale Hoaglund, R-Port Orchard, voted against it. He said the plan "kicks the can to 2056" because the last of the 16 boats would not arrive for 15 years, and that lawmakers should have bought two existing vessels from other states first.
P full Dale Hoaglund
L city Port Orchard
Q direct Dale Hoaglund :: "kicks the can to 2056"
F date 2056
F number 16
F duration 15 years
F number two
> "I don't doubt anyone's good intentions," Hoaglund said. "But people on Bainbridge Island and Whidbey Island need boats in 2042, not in 2050."
Q direct Dale Hoaglund :: "I don't doubt anyone's good intentions,"
P partial Hoaglund
Q direct Dale Hoaglund :: "But people on Bainbridge Island and Whidbey Island need boats in 2042, not in 2050."
L geo Bainbridge Island
L geo Whidbey Island
F date 2042
F date 2050
> The Inlandboatmen's Union of the Pacific (IBU), which represents about 1,800 deck and terminal workers, called the vote "a lifeline." An executive at a Puget Sound shipyard, who asked not to be named because bidding has not opened, said only two yards in the state could build vessels of that size.
O nonprofit Inlandboatmen's Union of the Pacific
O nonprofit IBU
F number 1,800
Q direct Inlandboatmen's Union of the Pacific :: "a lifeline."
L geo Puget Sound
F number two
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
