#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval95 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval95/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['613-macquarie-harbour-salmon-biomass-cut-epa-maugean-skate-strahan-franklin-ocean-farms-the-advocate'] = r'''
> Local News
> ‘Last chance’ for the skate as EPA orders salmon cut in Macquarie Harbour
Q direct Siosaia Taufa :: ‘Last chance’
O government EPA
L geo Macquarie Harbour
> Franklin Ocean Farms must take about 2,400 tonnes of fish out of the West Coast harbour by December 1 after oxygen readings fell to record lows.
O company Franklin Ocean Farms
F quantity 2,400 tonnes
L region West Coast
F date December 1
> Kirra Van Emmerik
P full Kirra Van Emmerik
> Updated October 14 2037 - 5:32pm, first published 11:15am
F date October 14 2037
F time 5:32pm
F time 11:15am
> Salmon pens in Macquarie Harbour, with Strahan in the distance. Picture by Brodie Tregoning
L geo Macquarie Harbour
L city Strahan
P full Brodie Tregoning
> The state’s environmental regulator has ordered Tasmania’s smallest salmon farmer to cut the fish in its Macquarie Harbour pens by a third, after oxygen near the harbour floor fell to the lowest levels on record.
L region Tasmania
L geo Macquarie Harbour
F fraction a third
> The Environment Protection Authority (EPA) on Tuesday told Franklin Ocean Farms to cut its biomass limit in the harbour from 7,200 tonnes to 4,800 tonnes by December 1, 2037, and to leave its two leases closest to the mouth of the Gordon River fallow for at least 18 months.
O government Environment Protection Authority
O government EPA
O company Franklin Ocean Farms
F quantity 7,200 tonnes
F quantity 4,800 tonnes
F date December 1, 2037
F number two
L geo Gordon River
F duration 18 months
> The order takes effect at 12.01am on Monday. It is the third time since 2019 that the EPA has lowered the cap on fish in the harbour, and the first time it has targeted a single operator.
F time 12.01am
F date 2019
O government EPA
> EPA director Rosalind Okonkwo-Hale said monitoring buoys had recorded dissolved oxygen of 0.4 milligrams per litre below 15 metres across much of the central basin in September, far under the 2mg/L level at which fish and other marine life begin to struggle.
O government EPA
P full Rosalind Okonkwo-Hale
F quantity 0.4 milligrams per litre
F quantity 15 metres
F quantity 2mg/L
> “The harbour simply cannot carry the number of fish that are in it at the moment,” Ms Okonkwo-Hale said. “We have given the company a clear timeline and our officers will be checking every pen.
Q direct Rosalind Okonkwo-Hale :: “The harbour simply cannot carry the number of fish that are in it at the moment,”
P partial Okonkwo-Hale
Q direct Rosalind Okonkwo-Hale :: “We have given the company a clear timeline and our officers will be checking every pen.
> “If the readings have not improved by autumn, further cuts are on the table.”
Q direct Rosalind Okonkwo-Hale :: “If the readings have not improved by autumn, further cuts are on the table.”
> Macquarie Harbour is the only known home of the Maugean skate, a small ray that has survived in the harbour’s dark, brackish water since the age of the dinosaurs. Scientists believe fewer than 1,000 adults remain.
L geo Macquarie Harbour
F number 1,000
> Dr Siosaia Taufa, a marine ecologist at the University of Tasmania’s Institute for Marine and Antarctic Studies (IMAS) in Hobart, said the skate population had fallen by almost half since 2014 and described the order as the species’ “last chance”.
P full Siosaia Taufa
O education University of Tasmania
O education Institute for Marine and Antarctic Studies
O education IMAS
L city Hobart
F fraction half
F date 2014
Q direct Siosaia Taufa :: “last chance”
> “The skate lays its eggs on the harbour floor, exactly where the oxygen has gone,” Dr Taufa said. “Every tonne of salmon that comes out of the water gives it a little more room to breathe.”
Q direct Siosaia Taufa :: “The skate lays its eggs on the harbour floor, exactly where the oxygen has gone,”
P partial Taufa
Q direct Siosaia Taufa :: “Every tonne of salmon that comes out of the water gives it a little more room to breathe.”
> Franklin Ocean Farms chief executive Angus Malouf said the company would comply with the order, but warned it would cost about $38 million in lost sales this financial year and put 60 of its 210 jobs in Strahan and Queenstown at risk.
O company Franklin Ocean Farms
P full Angus Malouf
F money $38 million
F number 60
F number 210
L city Strahan
L city Queenstown
> “We have spent $11 million on oxygen injection over the past three years, and the data shows it works inside the pens,” he said. “What it can’t fix is a harbour that is starved of seawater at Hells Gates and flushed with tannin-stained water from the hydro dams upstream.”
Q direct Angus Malouf :: “We have spent $11 million on oxygen injection over the past three years, and the data shows it works inside the pens,”
F money $11 million
F duration three years
Q direct Angus Malouf :: “What it can’t fix is a harbour that is starved of seawater at Hells Gates and flushed with tannin-stained water from the hydro dams upstream.”
L geo Hells Gates
> Mr Malouf said Franklin would apply to move part of its stock to a lease in Storm Bay, off the state’s south-east coast, where the company has held a permit since 2031.
P partial Malouf
O company Franklin
L geo Storm Bay
F date 2031
> West Coast mayor Bronwyn Pengilly said Strahan, a town of about 650 people, had already lost its bank branch and half its hospital beds in the past decade.
L region West Coast
P full Bronwyn Pengilly
L city Strahan
F number 650
F fraction half
> “Every one of those 60 jobs is a family. Some of them have been on the water since they were 16,” she said. “I support the skate – I just want someone in Hobart to remember there are people here too.”
Q direct Bronwyn Pengilly :: “Every one of those 60 jobs is a family. Some of them have been on the water since they were 16,”
F number 60
F age 16
Q direct Bronwyn Pengilly :: “I support the skate – I just want someone in Hobart to remember there are people here too.”
L city Hobart
> Strahan cray fisherman Col Bransgrove, 71, who has worked the harbour and the coast outside Hells Gates for 52 years, said he had watched the water “go from clear to black” in his lifetime.
L city Strahan
P full Col Bransgrove
F age 71
L geo Hells Gates
F duration 52 years
Q direct Col Bransgrove :: “go from clear to black”
> Salmon Tasmania, which represents the state’s four salmon companies, said in a statement that the EPA’s decision was “grounded in sound science” and that the other two companies farming in the harbour had already agreed to reduce their stock by 15 per cent.
O nonprofit Salmon Tasmania
F number four
O government EPA
Q direct Salmon Tasmania :: “grounded in sound science”
F number two
F percent 15 per cent
> A spokeswoman for the Save Macquarie Harbour Alliance, a coalition of fishing and conservation groups, called the cut “too little, too late” and said all pens should leave the harbour by 2040.
O nonprofit Save Macquarie Harbour Alliance
Q direct - :: “too little, too late”
F date 2040
> The harbour, which covers about 280 square kilometres and is six times the size of Sydney Harbour, has been farmed since the 1980s. Workers commute to the leases from Zeehan and Rosebery as well as Strahan and Queenstown.
F quantity 280 square kilometres
F number six
L geo Sydney Harbour
F date 1980s
L city Zeehan
L city Rosebery
L city Strahan
L city Queenstown
> A federal decision on whether farming in the harbour threatens the skate under national environment law is due by March 2038.
F date March 2038
> - with AAP
O media AAP
'''

ARTICLES['614-malmberget-last-households-lkab-relocation-gallivare-forest-sami-village-waste-rock-radio-sweden'] = r'''
> Radio Sweden
O media Radio Sweden
> Last families leave Malmberget as the mine swallows the town that ore built
L city Malmberget
> Mining company LKAB says the remaining 212 households in the old centre must move out by 30 June 2039. Reindeer herders fear the mine's next waste-rock heap.
O company LKAB
F number 212
F date 30 June 2039
> Published Monday 14 March 2039 at 07:42
F date 14 March 2039
F time 07:42
> Elin Kuoljok
P full Elin Kuoljok
> Empty apartment blocks on Fjällgatan in Malmberget, with the LKAB headframe behind them. Photo: Per-Anders Lantto/Sveriges Radio
L street Fjällgatan
L city Malmberget
O company LKAB
P full Per-Anders Lantto
O media Sveriges Radio
> The last 212 households in what remains of Malmberget's old town centre have been told to leave their homes by 30 June 2039, as state-owned mining company LKAB works its underground iron ore mine ever deeper beneath the town.
F number 212
L city Malmberget
F date 30 June 2039
O company LKAB
> Malmberget – literally "the ore mountain" – once had more than 5,000 residents. Since the relocation began in 2012, LKAB has bought out or moved about 1,700 homes, most of them to new neighbourhoods in Gällivare, five kilometres to the south.
L city Malmberget
Q scare - :: "the ore mountain"
F number 5,000
F date 2012
O company LKAB
F number 1,700
L city Gällivare
F quantity five kilometres
> The ground above the mine cracks and sinks as the ore body is followed downwards. LKAB's main haulage level in Malmberget now lies at 1,250 metres, and the company expects to reach 1,450 metres in the 2040s.
O company LKAB
L city Malmberget
F quantity 1,250 metres
F quantity 1,450 metres
F date 2040s
> "We have known this day would come for 25 years. It doesn't make it easier," said Tuula Keinänen, 67, who has lived on Fjällgatan since 1979 and raised three children there. "My husband worked underground for 38 years. Now the mountain takes the house as well."
Q direct Tuula Keinänen :: "We have known this day would come for 25 years. It doesn't make it easier,"
F duration 25 years
P full Tuula Keinänen
F age 67
L street Fjällgatan
F date 1979
F number three
Q direct Tuula Keinänen :: "My husband worked underground for 38 years. Now the mountain takes the house as well."
F duration 38 years
> Keinänen, whose family speaks Meänkieli at home, said the compensation – market value plus 25 percent – would not buy a comparable house in Gällivare's new centre.
P partial Keinänen
F percent 25 percent
L city Gällivare
> LKAB's head of urban transformation, Anneli Lindmark Hedlund, told Radio Sweden that the company had set aside 2.8 billion kronor for the final phase, including 640 new rental apartments in Gällivare and the move of the Malmberget church, which will be cut into two pieces and carried to its new site on a trailer in 2040.
O company LKAB
P full Anneli Lindmark Hedlund
O media Radio Sweden
F money 2.8 billion kronor
F number 640
L city Gällivare
L city Malmberget
F number two
F date 2040
> "Nobody is being asked to leave without a new home to go to," Lindmark Hedlund said. "But we cannot stop the ground from moving."
Q direct Anneli Lindmark Hedlund :: "Nobody is being asked to leave without a new home to go to,"
P partial Lindmark Hedlund
Q direct Anneli Lindmark Hedlund :: "But we cannot stop the ground from moving."
> Gällivare – Jiellevárre in Lule Sami – is also where the mine meets the reindeer. The Gällivare Forest Sami Village (Gällivare skogssameby), a herding community with about 3,500 reindeer, says a new waste-rock heap planned west of Malmberget would cut the route its animals take to their calving grounds in May.
L city Gällivare
L city Jiellevárre
O other Gällivare Forest Sami Village
O other Gällivare skogssameby
F number 3,500
L city Malmberget
> "LKAB talks about moving a town. Nobody talks about moving a reindeer migration that is older than the town," said herder Sunná Blind, who chairs the village's board. "If the heap is built where they have drawn it, the females will have to cross the railway and the E45 twice."
Q direct Sunná Blind :: "LKAB talks about moving a town. Nobody talks about moving a reindeer migration that is older than the town,"
O company LKAB
P full Sunná Blind
Q direct Sunná Blind :: "If the heap is built where they have drawn it, the females will have to cross the railway and the E45 twice."
L street E45
> Blind said the village had asked the Land and Environment Court in Umeå to stop the heap, and that a study commissioned by the Sami Parliament found the mine had already taken 11 percent of the village's spring and winter grazing land since 2005.
P partial Blind
O government Land and Environment Court
L city Umeå
O government Sami Parliament
F percent 11 percent
F date 2005
> LKAB said in a written comment that it was "in continuing dialogue" with the Sami village and would present changes to the heap's location before the court hearing.
O company LKAB
Q direct LKAB :: "in continuing dialogue"
> Gällivare municipal commissioner Tomas Pekkari (Social Democrats) said the municipality had gained about 400 new residents last year, many of them drawn by the green steel projects on the Norrbotten coast, but that it was losing "a piece of its soul" in Malmberget.
L region Gällivare
P full Tomas Pekkari
O party Social Democrats
F number 400
L region Norrbotten
Q direct Tomas Pekkari :: "a piece of its soul"
L city Malmberget
> "My grandfather came here from Pajala in 1931 to work in the mine. Every family in Malmberget has a story like that," Pekkari said. "We will move the church, the bandstand and the street names. We cannot move the view from the top of the hill."
Q direct Tomas Pekkari :: "My grandfather came here from Pajala in 1931 to work in the mine. Every family in Malmberget has a story like that,"
L city Pajala
F date 1931
L city Malmberget
P partial Pekkari
Q direct Tomas Pekkari :: "We will move the church, the bandstand and the street names. We cannot move the view from the top of the hill."
> LKAB's Malmberget mine produced 16.9 million tonnes of iron ore products last year, about a fifth of the company's output. The rest came from Kiruna and Svappavaara.
O company LKAB
L city Malmberget
F quantity 16.9 million tonnes
F fraction a fifth
L city Kiruna
L city Svappavaara
> Sveriges Radio's Sami newsroom, Sameradion, contributed to this report.
O media Sveriges Radio
O media Sameradion
'''

ARTICLES['615-komets-walleye-petrakis-5-on-3-winner-poyhonen-memorial-coliseum-echl-summary-journal-gazette'] = r'''
> Komets
O team Komets
> Petrakis' late power-play goal lifts Komets past Walleye
P partial Petrakis
O team Komets
O team Walleye
> Tomasz Wilkerson | The Journal Gazette
P full Tomasz Wilkerson
O media The Journal Gazette
> Sunday, March 21, 2038 12:40 am
F date March 21, 2038
F time 12:40 am
> Fort Wayne's Luca Petrakis (17) celebrates his third-period power-play goal against Toledo on Saturday at Memorial Coliseum. (Nyah Castellanos | The Journal Gazette)
O team Fort Wayne
P full Luca Petrakis
O team Toledo
L facility Memorial Coliseum
P full Nyah Castellanos
O media The Journal Gazette
> The Komets spent most of Saturday night chasing the Toledo Walleye. They caught them with 3:18 left.
O team Komets
O team Toledo Walleye
F time 3:18
> Luca Petrakis one-timed a cross-ice feed from Jean-Félix Ouellet-Tremblay past Toledo goaltender Ivars Liepins on a 5-on-3, and Fort Wayne held on for a 3-2 victory in front of 8,214 at Allen County War Memorial Coliseum.
P full Luca Petrakis
P full Jean-Félix Ouellet-Tremblay
O team Toledo
P full Ivars Liepins
F score 5-on-3
O team Fort Wayne
F score 3-2
F number 8,214
L facility Allen County War Memorial Coliseum
> The win moved the Komets (39-20-5-2) four points ahead of the Walleye (38-21-4-3) in the race for first place in the ECHL's Central Division with six games left in the regular season.
O team Komets
F score 39-20-5-2
F number four
O team Walleye
F score 38-21-4-3
O other ECHL
O other Central Division
F number six
> "That's the kind of game you're going to see in the playoffs," Komets coach Gord Halvorsen said. "Nobody gave an inch, and we found a way on the power play when it mattered."
Q direct Gord Halvorsen :: "That's the kind of game you're going to see in the playoffs,"
O team Komets
P full Gord Halvorsen
Q direct Gord Halvorsen :: "Nobody gave an inch, and we found a way on the power play when it mattered."
> Toledo led 1-0 after the first period on Jaxon Brightwater's 22nd goal of the season and 2-1 after the second, when Tomas Hrabovsky beat Komets goalie Rory MacAskill from the slot at 17:56.
O team Toledo
F score 1-0
P full Jaxon Brightwater
F score 2-1
P full Tomas Hrabovsky
O team Komets
P full Rory MacAskill
F time 17:56
> Brody Lansing had tied it for Fort Wayne at 4:09 of the second, deflecting a Kalle Pöyhönen point shot during a four-minute double minor to Toledo's Marcus Okafor-Reyes for high-sticking.
P full Brody Lansing
O team Fort Wayne
F time 4:09
P full Kalle Pöyhönen
F duration four-minute
O team Toledo
P full Marcus Okafor-Reyes
> Pöyhönen, a 24-year-old Finn in his first North American season, tied it again 2:51 into the third with a wrist shot through a screen, his ninth goal.
P partial Pöyhönen
F age 24-year-old
F time 2:51
> "Kalle doesn't say much, but he's got a heck of a shot," Halvorsen said.
Q direct Gord Halvorsen :: "Kalle doesn't say much, but he's got a heck of a shot,"
P partial Kalle
P partial Halvorsen
> The winner came after Toledo's Nate Vukovich went off for tripping at 15:20 and Hrabovsky flipped the puck over the glass 38 seconds later. Fort Wayne called its timeout, and Petrakis scored 44 seconds into the two-man advantage, his 27th of the season. The Komets went 2 for 3 on the power play.
O team Toledo
P full Nate Vukovich
F time 15:20
P partial Hrabovsky
F duration 38 seconds
O team Fort Wayne
P partial Petrakis
F duration 44 seconds
F number two
O team Komets
F number 2
F number 3
> "I just tried to get it off quick," said Petrakis, who was assigned to Fort Wayne by the Edmonton Oilers in January. "J-F put it right on my tape."
Q direct Luca Petrakis :: "I just tried to get it off quick,"
P partial Petrakis
O team Fort Wayne
O team Edmonton Oilers
Q direct Luca Petrakis :: "J-F put it right on my tape."
P partial J-F
> Toledo pulled Liepins for an extra attacker with 1:31 to play and outshot Fort Wayne 6-0 the rest of the way, but MacAskill stopped Brightwater from the left circle with 11 seconds left. MacAskill finished with 33 saves; Liepins made 34.
O team Toledo
P partial Liepins
F time 1:31
O team Fort Wayne
F number 6-0
P partial MacAskill
P partial Brightwater
F duration 11 seconds
P partial MacAskill
F number 33
P partial Liepins
F number 34
> Walleye coach Rick Osterhout did not hide his view of the delay-of-game call. "It's a rule I've never liked, and it decided a big game tonight," he said.
O team Walleye
P full Rick Osterhout
Q direct Rick Osterhout :: "It's a rule I've never liked, and it decided a big game tonight,"
> The teams meet again at 7:15 p.m. Wednesday at Huntington Center in Toledo. The Komets' next home game is April 2 against the Kalamazoo Wings; tickets start at $22.
F time 7:15 p.m.
L facility Huntington Center
L city Toledo
O team Komets
F date April 2
O team Kalamazoo Wings
F money $22
> twilkerson@jg.net
> Komets 3, Walleye 2
O team Komets
F score 3
O team Walleye
F score 2
> Toledo 1 1 0 — 2
O team Toledo
F score 1
F score 1
F score 0
F score 2
> Fort Wayne 0 1 2 — 3
O team Fort Wayne
F score 0
F score 1
F score 2
F score 3
> First period — 1. Toledo, Brightwater 22 (Vukovich, Hrabovsky), 11:37. Penalties — Kovalyov, FW (interference), 6:02.
O team Toledo
P partial Brightwater
F number 22
P partial Vukovich
P partial Hrabovsky
F time 11:37
P partial Kovalyov
O team FW
F time 6:02
> Second period — 2. Fort Wayne, Lansing 14 (Pöyhönen, Ouellet-Tremblay), 4:09 (pp). 3. Toledo, Hrabovsky 18 (Okafor-Reyes), 17:56. Penalties — Okafor-Reyes, TOL, double minor (high-sticking), 2:47; Petrakis, FW (slashing), 12:30.
O team Fort Wayne
P partial Lansing
F number 14
P partial Pöyhönen
P partial Ouellet-Tremblay
F time 4:09
O team Toledo
P partial Hrabovsky
F number 18
P partial Okafor-Reyes
F time 17:56
P partial Okafor-Reyes
O team TOL
F time 2:47
P partial Petrakis
O team FW
F time 12:30
> Third period — 4. Fort Wayne, Pöyhönen 9 (Kovalyov, Petrakis), 2:51. 5. Fort Wayne, Petrakis 27 (Ouellet-Tremblay, Lansing), 16:42 (pp). Penalties — Vukovich, TOL (tripping), 15:20; Hrabovsky, TOL (delay of game), 15:58.
O team Fort Wayne
P partial Pöyhönen
F number 9
P partial Kovalyov
P partial Petrakis
F time 2:51
O team Fort Wayne
P partial Petrakis
F number 27
P partial Ouellet-Tremblay
P partial Lansing
F time 16:42
P partial Vukovich
O team TOL
F time 15:20
P partial Hrabovsky
O team TOL
F time 15:58
> Shots on goal — Toledo 12 13 10 — 35. Fort Wayne 9 15 13 — 37.
O team Toledo
F number 12
F number 13
F number 10
F number 35
O team Fort Wayne
F number 9
F number 15
F number 13
F number 37
> Power-play opportunities — Toledo 0 of 2; Fort Wayne 2 of 3.
O team Toledo
F number 0
F number 2
O team Fort Wayne
F number 2
F number 3
> Goalies — Toledo, Liepins (L, 24-13-5). Fort Wayne, MacAskill (W, 27-12-4).
O team Toledo
P partial Liepins
F score 24-13-5
O team Fort Wayne
P partial MacAskill
F score 27-12-4
> Referees — Danielle Ortiz, Kyle Baptiste. A — 8,214 (10,480). T — 2:29.
P full Danielle Ortiz
P full Kyle Baptiste
F number 8,214
F number 10,480
F duration 2:29
'''

ARTICLES['616-masirah-island-solar-desalination-iwp-nama-pwp-jazeera-utilities-ro-41-6-million-oman-observer'] = r'''
> Business
> Nama PWP Signs Deal for Solar-Powered Desalination Plant on Masirah Island
O company Nama PWP
L geo Masirah Island
> Shaima al Mandhari
P full Shaima al Mandhari
> Published: Jan 13, 2039, 9:12 PM
F date Jan 13, 2039
F time 9:12 PM
> Fishing boats at the harbour in Hilf, the main town on Masirah Island. — ONA
L city Hilf
L geo Masirah Island
O media ONA
> MASIRAH, JAN 13 — Nama Power and Water Procurement Company (Nama PWP) on Thursday signed a 20-year water purchase agreement with a consortium led by Jazeera Utilities SAOC for a solar-powered desalination plant on Masirah Island, the first independent water project in the Al Sharqiyah South Governorate to run largely on renewable energy.
L city MASIRAH
F date JAN 13
O company Nama Power and Water Procurement Company
O company Nama PWP
F duration 20-year
O company Jazeera Utilities SAOC
L geo Masirah Island
L region Al Sharqiyah South Governorate
> The plant, to be built near the island’s airport at a cost of RO 41.6 million (about $108 million), will produce 18,000 cubic metres of drinking water a day when it starts operating in the third quarter of 2040, triple the capacity of the ageing thermal plant it will replace.
F money RO 41.6 million
F money $108 million
F quantity 18,000 cubic metres
F date 2040
> The agreement was signed at Nama PWP’s headquarters in Muscat by Eng. Yaqoob bin Hamdan al Kiyumi, Chief Executive Officer of Nama PWP, and Saif bin Nasser al Jabri, Chairman of Jazeera Utilities, in the presence of HE Dr Maryam bint Abdullah al Balushi, Chairperson of the Environment Authority, and Sheikh Hamad bin Sulaiman al Majaini, Wali of Masirah.
O company Nama PWP
L city Muscat
P full Yaqoob bin Hamdan al Kiyumi
O company Nama PWP
P full Saif bin Nasser al Jabri
O company Jazeera Utilities
P full Maryam bint Abdullah al Balushi
O government Environment Authority
P full Hamad bin Sulaiman al Majaini
L city Masirah
> Jazeera Utilities, an Omani company, is developing the project with Japan’s Kaiyo Engineering Corporation and the Muscat-based Al Fulk Investment LLC, which hold 30 per cent each, with the remaining 40 per cent held by Jazeera.
O company Jazeera Utilities
L country Japan
O company Kaiyo Engineering Corporation
L city Muscat
O company Al Fulk Investment LLC
F percent 30 per cent
F percent 40 per cent
O company Jazeera
> Under the agreement, Nama PWP will buy the plant’s output at a tariff of 312 baisas per cubic metre, which al Kiyumi said was among the lowest achieved for a plant of its size in the region.
O company Nama PWP
F money 312 baisas
P partial al Kiyumi
> “Masirah has depended for years on an old thermal plant and on water tankers brought across from Shannah on the ferry. This project will give the island a secure supply for the next 25 years and beyond,” he said.
Q direct Yaqoob bin Hamdan al Kiyumi :: “Masirah has depended for years on an old thermal plant and on water tankers brought across from Shannah on the ferry. This project will give the island a secure supply for the next 25 years and beyond,”
L city Masirah
L city Shannah
F duration 25 years
> The plant will use reverse osmosis and draw most of its power from a 14-megawatt solar field with 38 megawatt-hours of battery storage, cutting fuel use by about 70 per cent compared with the existing plant, according to Nama PWP.
F quantity 14-megawatt
F quantity 38 megawatt-hours
F percent 70 per cent
O company Nama PWP
> Masirah, which lies about 15 km off the coast of the Wilayat of Mahout, has a population of around 12,000. Demand for water rises sharply in the cooler months from October to March, when visitors come for the island’s beaches and kitesurfing.
L city Masirah
F quantity 15 km
L city Wilayat of Mahout
F number 12,000
> The Environment Authority said it had approved the project’s environmental permit on condition that the brine outfall is placed at least 1.2 km from the turtle nesting beaches on the island’s eastern shore, where loggerhead and green turtles come ashore between May and September.
O government Environment Authority
F quantity 1.2 km
> “Masirah is one of the most important nesting sites for loggerhead turtles in the world, and its protection is not negotiable,” the authority said in a statement.
Q direct Environment Authority :: “Masirah is one of the most important nesting sites for loggerhead turtles in the world, and its protection is not negotiable,”
L city Masirah
> Fishermen in Hilf welcomed the project. Khamis bin Salim al Hikmani, 58, who has fished off the island for four decades, said many households still buy water from tankers, paying RO 12 to RO 15 for a 5,000-gallon load in summer.
L city Hilf
P full Khamis bin Salim al Hikmani
F age 58
F duration four decades
F money RO 12
F money RO 15
F quantity 5,000-gallon
> “When the water comes from the truck, you pay what the driver asks. With the new plant, I hope the pipes reach every house, also in the villages in the south,” he said.
Q direct Khamis bin Salim al Hikmani :: “When the water comes from the truck, you pay what the driver asks. With the new plant, I hope the pipes reach every house, also in the villages in the south,”
> Nama Water Services, which distributes water in the governorate, said it would lay 46 km of new pipeline to connect Sur Masirah and other villages in the south of the island to the network by 2041, at a cost of RO 6.3 million.
O company Nama Water Services
F quantity 46 km
L city Sur Masirah
F date 2041
F money RO 6.3 million
> The project supports Oman Vision 2040, which targets 30 per cent of the country’s electricity from renewable sources by 2030, and is one of nine water projects that Nama PWP plans to tender by 2042, with a combined capacity of 1.1 million cubic metres a day.
F percent 30 per cent
F date 2030
F number nine
O company Nama PWP
F date 2042
F quantity 1.1 million cubic metres
> Financial close is expected by June 30, 2039, and construction will take about 14 months. Omanis are to fill 35 per cent of the jobs at the plant when it is running, and the consortium has committed to train 24 young people from Masirah as operators.
F date June 30, 2039
F duration 14 months
F percent 35 per cent
F number 24
L city Masirah
'''

ARTICLES['617-myawaddy-mae-sot-border-trade-fees-karen-national-army-kyat-baht-friendship-bridge-frontier-myanmar'] = r'''
> Business
> 'We pay at every gate': Myawaddy traders squeezed as border fees multiply
Q direct Khin Thandar Oo :: 'We pay at every gate'
L city Myawaddy
> Traders moving goods between Myanmar and Thailand say a tangle of new levies has doubled the cost of a crossing at Myawaddy, once the country’s busiest land border with its eastern neighbour.
L country Myanmar
L country Thailand
L city Myawaddy
> By FRONTIER
O media FRONTIER
> 17 August 2039
F date 17 August 2039
> Trucks queue at the Second Thai-Myanmar Friendship Bridge on the Thai side of the Moei River near Mae Sot in July. (Frontier)
L facility Second Thai-Myanmar Friendship Bridge
L geo Moei River
L city Mae Sot
O media Frontier
> At 6am on a Tuesday in early August, the line of trucks waiting to cross into Thailand stretched almost 3 kilometres back from the Second Thai-Myanmar Friendship Bridge along the road to Kawkareik.
F time 6am
L country Thailand
F quantity 3 kilometres
L facility Second Thai-Myanmar Friendship Bridge
L city Kawkareik
> Most of the drivers had been there since the previous evening. Each would pay at least five separate fees before reaching the Thai customs house in Mae Sot, according to traders and drivers interviewed by Frontier.
F number five
L city Mae Sot
O media Frontier
> “We pay at every gate – at the warehouse, at the checkpoint, at the bridge, and then again to the Thai agent,” said Daw Khin Thandar Oo, 46, who has exported beans, pulses and dried fish from Myawaddy for 19 years. “Last year a truck cost me about K1.2 million to send across. Now it is K2.5 million.”
Q direct Khin Thandar Oo :: “We pay at every gate – at the warehouse, at the checkpoint, at the bridge, and then again to the Thai agent,”
P full Khin Thandar Oo
F age 46
L city Myawaddy
F duration 19 years
Q direct Khin Thandar Oo :: “Last year a truck cost me about K1.2 million to send across. Now it is K2.5 million.”
F money K1.2 million
F money K2.5 million
> The fees include a “security fee” of K300,000 a truck collected by the Karen National Army, formerly the Border Guard Force, which controls Myanmar’s side of the crossing; warehouse charges; and a Thai road-use charge of 1,500 baht introduced on 1 July.
Q scare - :: “security fee”
F money K300,000
O other Karen National Army
O other Border Guard Force
L country Myanmar
F money 1,500 baht
F date 1 July
> A Myawaddy-based freight agent who asked not to be named for security reasons said the armed group had raised its charge twice since January. “Nobody can refuse. If you don’t pay, your truck sits in the yard,” he said.
L city Myawaddy
Q direct - :: “Nobody can refuse. If you don’t pay, your truck sits in the yard,”
> Official trade through Myawaddy fell to US$412 million in the 2038-39 fiscal year, from US$1.09 billion five years earlier, according to the Ministry of Commerce. Exports of maize, beans and cattle have shifted to the smaller crossings at Three Pagodas Pass and Htee Khee, while informal trade across the river has grown.
L city Myawaddy
F money US$412 million
F date 2038-39
F money US$1.09 billion
F duration five years
O government Ministry of Commerce
L geo Three Pagodas Pass
L city Htee Khee
> On the Thai side, the Tak Chamber of Commerce estimates that border trade through Mae Sot fell 18 percent in the first half of 2039, to 21.4 billion baht.
O nonprofit Tak Chamber of Commerce
L city Mae Sot
F percent 18 percent
F date 2039
F money 21.4 billion baht
> “Mae Sot businesses depend on buyers from Myanmar. When the trucks stop, the shops, the warehouses and the hotels all feel it,” said Wanida Saengthong, the chamber’s vice president, who sells cooking oil and building materials wholesale to traders from across the river.
Q direct Wanida Saengthong :: “Mae Sot businesses depend on buyers from Myanmar. When the trucks stop, the shops, the warehouses and the hotels all feel it,”
L city Mae Sot
L country Myanmar
P full Wanida Saengthong
> Wanida said several Thai banks had stopped accepting kyat transfers from banks in Myanmar in March, pushing traders back to hundi, the informal money-transfer networks that run on trust and phone calls.
P partial Wanida
L country Myanmar
> U Aung Kyaw Moe, deputy director of the Myawaddy border trade office, told the Global New Light of Myanmar in July that the ministry was aware of the complaints but that fees charged by armed groups were “outside the government’s control”.
P full Aung Kyaw Moe
L city Myawaddy
O media Global New Light of Myanmar
Q direct Aung Kyaw Moe :: “outside the government’s control”
> Saw Eh Htoo, a 33-year-old driver from Kawkareik, said he now spends four to five days on each round trip to Yangon, compared with two days before the fighting on the Asian Highway in 2024.
P full Eh Htoo
F age 33-year-old
L city Kawkareik
F duration four
F duration five days
L city Yangon
F duration two days
L street Asian Highway
F date 2024
> “The road is open now, but there are gates everywhere. Some days I pay more to the gates than I earn,” he said.
Q direct Eh Htoo :: “The road is open now, but there are gates everywhere. Some days I pay more to the gates than I earn,”
> Traders say the two governments could ease the squeeze by reopening the first Thai-Myanmar Friendship Bridge, built in 1997, to light goods vehicles. It has carried mainly pedestrians and motorcycles since the second bridge opened in 2019.
F number two
L facility Thai-Myanmar Friendship Bridge
F date 1997
F date 2019
> Khin Thandar Oo said she would keep sending trucks “as long as the numbers still work”. “After 19 years, where else would I go?”
P full Khin Thandar Oo
Q direct Khin Thandar Oo :: “as long as the numbers still work”
Q direct Khin Thandar Oo :: “After 19 years, where else would I go?”
F duration 19 years
'''

ARTICLES['618-chwarel-y-fedw-talysarn-community-share-offer-slate-quarry-dyffryn-nantlle-nebo-carmel-herald-wales'] = r'''
> Gwynedd
L region Gwynedd
> Villagers buy Nantlle Valley slate quarry in Wales' first community share offer for a working quarry
L geo Nantlle Valley
L country Wales
> By Lowri Mai Huws
P full Lowri Mai Huws
> Monday 4th April 2039
F date 4th April 2039
> Members of Llechi Cymunedol Nantlle at the Fedw quarry above Talysarn on Saturday. (Pic: Menna Glyn)
O nonprofit Llechi Cymunedol Nantlle
L facility Fedw
L city Talysarn
P full Menna Glyn
> A community group in Dyffryn Nantlle has bought a working slate quarry after more than 1,400 people, most of them from the surrounding villages, put money into a share offer that raised £1.36 million in ten weeks.
L geo Dyffryn Nantlle
F number 1,400
F money £1.36 million
F duration ten weeks
> Llechi Cymunedol Nantlle Cyf, a community benefit society set up in 2037, completed the purchase of Chwarel y Fedw, above Talysarn, from its retiring owners on Friday. It is believed to be the first slate quarry in Wales to pass into community ownership.
O nonprofit Llechi Cymunedol Nantlle Cyf
F date 2037
L facility Chwarel y Fedw
L city Talysarn
L country Wales
> The quarry, which employs nine people and produces around 2,800 tonnes of roofing slate a year, had been due to close when its owners, the Williams family, retired this spring. The society plans to take on six apprentices and to keep Welsh as the working language on site. From its top gallery, 200 metres above the valley floor, the view runs east to Yr Wyddfa.
F number nine
F quantity 2,800 tonnes
P partial Williams
F number six
F quantity 200 metres
L geo Yr Wyddfa
> "Mae llechi yn ein gwaed ni," said Iolo Wyn Pritchard, 83 – slate is in our blood.
Q direct Iolo Wyn Pritchard :: "Mae llechi yn ein gwaed ni,"
P full Iolo Wyn Pritchard
F age 83
> Mr Pritchard started at the Dorothea quarry at 15 and worked in three quarries in the valley before Dorothea closed in 1970. "Ces i fy magu yn Nhalysarn," he said – I was brought up in Talysarn. "My father and his father split slate in a caban on the quarry floor. I never thought I'd see the village own one."
P partial Pritchard
L facility Dorothea
F age 15
F number three
L facility Dorothea
F date 1970
Q direct Iolo Wyn Pritchard :: "Ces i fy magu yn Nhalysarn,"
L city Nhalysarn
L city Talysarn
Q direct Iolo Wyn Pritchard :: "My father and his father split slate in a caban on the quarry floor. I never thought I'd see the village own one."
> Dafydd ap Rhisiart, a teacher at Ysgol Dyffryn Nantlle in Penygroes who chairs the society, said 87 per cent of the shareholders lived within ten miles of the quarry.
P full Dafydd ap Rhisiart
O education Ysgol Dyffryn Nantlle
L city Penygroes
F percent 87 per cent
F quantity ten miles
> "People didn't buy shares to get rich. The minimum was £50, and hundreds of people put in exactly that," he said. "They bought them because this is what the valley is – slate, chapels and Welsh – and they were tired of watching it being sold off.
Q direct Dafydd ap Rhisiart :: "People didn't buy shares to get rich. The minimum was £50, and hundreds of people put in exactly that,"
F money £50
Q direct Dafydd ap Rhisiart :: "They bought them because this is what the valley is – slate, chapels and Welsh – and they were tired of watching it being sold off.
> "For once the money stays here."
Q direct Dafydd ap Rhisiart :: "For once the money stays here."
> Mr ap Rhisiart said the society had paid £1.1 million for the quarry, its machinery and 34 hectares of land, and would spend the rest on a new saw and a dust extraction system. The Development Bank of Wales has lent a further £400,000.
P partial ap Rhisiart
F money £1.1 million
F quantity 34 hectares
O company Development Bank of Wales
F money £400,000
> At the 2031 census, 78.4 per cent of residents aged three and over in the villages of the valley said they could speak Welsh, among the highest shares in Wales.
F date 2031
F percent 78.4 per cent
F age three
L country Wales
> Cyngor Gwynedd's cabinet member for the economy, Cllr Nia Lleucu Elis (Plaid Cymru), said the purchase showed "what a community can do when it refuses to become a museum of itself".
O government Cyngor Gwynedd
P full Nia Lleucu Elis
O party Plaid Cymru
Q direct Nia Lleucu Elis :: "what a community can do when it refuses to become a museum of itself"
> Since the slate landscape of north-west Gwynedd was inscribed as a UNESCO World Heritage Site in 2021, visitor numbers at the old quarries have risen, but few of the new jobs have gone to local people, she said.
L region Gwynedd
O intergovernmental UNESCO
F date 2021
> Not everyone in Nebo and Carmel, the hill villages on either side of the valley, is pleased. Residents on the roads up from Penygroes say the lorries carrying slate to the A487 have grown heavier, and a petition signed by 212 people asks for a weight limit through the villages.
L city Nebo
L city Carmel
L city Penygroes
L street A487
F number 212
> "We're glad the quarry is ours, of course we are," said a Carmel resident who did not want to be named. "But 'ours' has to mean the people who live on the hill as well."
Q direct - :: "We're glad the quarry is ours, of course we are,"
L city Carmel
Q direct - :: "But 'ours' has to mean the people who live on the hill as well."
> The society says it will move loading to the valley road by the end of 2039 and has asked Gwynedd Council to help with the £250,000 cost.
F date 2039
O government Gwynedd Council
F money £250,000
> The Nantlle Valley once had more than 40 quarries employing some 3,000 men in the 1890s. Only a handful of small workings remain, most of them selling slate for the repair of listed buildings in Wales and England.
L geo Nantlle Valley
F number 40
F number 3,000
F date 1890s
L country Wales
L country England
> Shareholders will meet for the society's first annual general meeting at the Neuadd Goffa in Penygroes at 7pm on 28th April.
L facility Neuadd Goffa
L city Penygroes
F time 7pm
F date 28th April
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
