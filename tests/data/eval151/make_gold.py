#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval151 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval151/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['949-tallinn-tram-tender-caf-skoda-appeal-pirita-line-baltic-times'] = r'''
> Estonia
L country Estonia
> Tallinn picks CAF for 186 million euro tram deal as losing bidder cries foul
L city Tallinn
O company CAF
F money 186 million euro
> City government says Spanish maker offered the best price per seat; Škoda vows to take the 23-tram order to the review committee
O company Škoda
F number 23
> BNS/TBT Staff
O media BNS
O media TBT
> Published: 2039/04/06
F date 2039/04/06
> A tram on line 4 waits at the Ülemiste stop in Tallinn. Photo: Siim Kõrvits
L city Ülemiste
L city Tallinn
P full Siim Kõrvits
> TALLINN – The Tallinn City Government on Tuesday chose Spanish manufacturer CAF to supply 23 new low-floor trams for 186 million euros, the biggest rolling-stock order in the capital's history. The losing bidder said it would appeal.
L city TALLINN
O government Tallinn City Government
O company CAF
F number 23
F money 186 million euros
> The contract includes 30 years of maintenance and is tied to the new 6.1-kilometre line from the city centre to Pirita and Merivälja, which the city plans to open in 2041. Tallinna Linnatranspordi AS (TLT), the municipal transport company, will operate the service.
F duration 30 years
F quantity 6.1-kilometre
L city Pirita
L city Merivälja
F date 2041
O company Tallinna Linnatranspordi AS
O company TLT
> Deputy Mayor Kristjan Õunapuu, who is responsible for transport, said CAF had offered "the best price per seat, not just the best price per tram." Each 42-metre vehicle will carry up to 285 passengers, he said.
P full Kristjan Õunapuu
O company CAF
Q direct Kristjan Õunapuu :: "the best price per seat, not just the best price per tram."
F quantity 42-metre
F number 285
> "Tallinn is not buying the cheapest tram. It is buying the tram that is cheapest to run for 30 years, and that is what taxpayers expect," Õunapuu told reporters at Tallinn City Hall. "The first vehicles should arrive in autumn 2040, so we can test them through a whole winter.
Q direct Kristjan Õunapuu :: "Tallinn is not buying the cheapest tram. It is buying the tram that is cheapest to run for 30 years, and that is what taxpayers expect,"
L city Tallinn
F duration 30 years
P partial Õunapuu
L facility Tallinn City Hall
Q direct Kristjan Õunapuu :: "The first vehicles should arrive in autumn 2040, so we can test them through a whole winter.
F date 2040
> "Nobody wants a tram that stops at minus 25 degrees on the Pirita road."
Q direct Kristjan Õunapuu :: "Nobody wants a tram that stops at minus 25 degrees on the Pirita road."
F quantity minus 25 degrees
L city Pirita
> Four companies bid in the tender, which closed in January: CAF, Škoda Group, Stadler and Alstom. Škoda's offer of 191.4 million euros came second, according to procurement documents seen by The Baltic Times.
F number Four
O company CAF
O company Škoda Group
O company Stadler
O company Alstom
O company Škoda
F money 191.4 million euros
O media The Baltic Times
> Merike Väljaots, head of Škoda's Tallinn office, said the company would file a complaint with the Public Procurement Review Committee within the 10 days allowed by law. "The city changed the weighting for energy use two weeks before the deadline. That decided the outcome," she said, calling the scoring "tailor-made".
P full Merike Väljaots
O company Škoda
L city Tallinn
O government Public Procurement Review Committee
F duration 10 days
Q direct Merike Väljaots :: "The city changed the weighting for energy use two weeks before the deadline. That decided the outcome,"
F duration two weeks
Q direct Merike Väljaots :: "tailor-made"
> The committee normally rules within 15 working days. If it suspends the contract, the line could open six to nine months late, said Deniss Kovaljov, chairman of TLT's management board.
F duration 15 working days
F duration six
F duration nine months
P full Deniss Kovaljov
O company TLT
> The project is financed with 112 million euros from the EU's Cohesion Fund, a 60 million euro loan from the Nordic Investment Bank (NIB) and the city budget. An NIB spokesperson said the bank had "no concerns" about the procedure so far.
F money 112 million euros
O intergovernmental EU
F money 60 million euro
O intergovernmental Nordic Investment Bank
O intergovernmental NIB
O intergovernmental NIB
Q direct - :: "no concerns"
> In Pirita, a seaside district of about 18,000 people, residents say they have waited long enough. Buses on Narva maantee are full by 7:45 in the morning, and the ride to the Old Town can take 35 minutes in summer traffic, said district elder Helle-Mai Tamm.
L city Pirita
F number 18,000
L street Narva maantee
F time 7:45
L region Old Town
F duration 35 minutes
P full Helle-Mai Tamm
> "People here were promised a tram in 2030. Now they are told 2041, maybe 2042. We will believe it when we see the rails," she said.
Q direct Helle-Mai Tamm :: "People here were promised a tram in 2030. Now they are told 2041, maybe 2042. We will believe it when we see the rails,"
F date 2030
F date 2041
F date 2042
> The city plans to sign the contract once the appeal period ends on April 15, Õunapuu said.
F date April 15
P partial Õunapuu
'''

ARTICLES['950-fahaheel-salwa-water-rota-shuaiba-north-fire-mew-kuwait-times'] = r'''
> Local
> Water rota for 11 areas after fire shuts Shuaiba North units
F number 11
L facility Shuaiba North
> MEW says supply will be normal in 10 days; tanker prices double to KD 25 in Fahaheel
O government MEW
F duration 10 days
F money KD 25
L city Fahaheel
> By Ghadeer Ashkanani
P full Ghadeer Ashkanani
> August 7, 2039
F date August 7, 2039
> Residents fill containers from a water tanker in Mangaf on Saturday. — Photo by Anwar Al-Kandari
L city Mangaf
P full Anwar Al-Kandari
> KUWAIT: The Ministry of Electricity and Water (MEW) began pumping water on alternate days to 11 residential areas in three governorates yesterday, after a fire on Friday night put two distillation units at the Shuaiba North plant out of service as temperatures reached 51.3°C.
L country KUWAIT
O government Ministry of Electricity and Water
O government MEW
F number 11
F number three
F number two
L facility Shuaiba North
F quantity 51.3°C
> The fire broke out at 11:40 pm in a transformer room and was put out after three hours, the Kuwait Fire Force (KFF) said. No one was injured. The two units produce 18 million imperial gallons of water a day, and their turbines feed 420 megawatts into the grid.
F time 11:40 pm
F duration three hours
O government Kuwait Fire Force
O government KFF
F number two
F quantity 18 million imperial gallons
F quantity 420 megawatts
> Under the rota, Fahaheel, Mangaf, Abu Halifa and Fintas receive water on even dates, and Salwa, Rumaithiya, Mishref and Sabah Al-Salem on odd dates. The other three areas, Egaila, Fnaitees and Messila, get water for eight hours a day.
L city Fahaheel
L city Mangaf
L city Abu Halifa
L city Fintas
L city Salwa
L city Rumaithiya
L city Mishref
L city Sabah Al-Salem
F number three
L city Egaila
L city Fnaitees
L city Messila
F duration eight hours
> "The network cannot carry the usual load to every area at once without the Shuaiba units. We chose a rota so that no house goes more than 24 hours without water," MEW Undersecretary Eng. Hamad Saleh Al-Dhafiri told Kuwait Times. "Our teams are working around the clock.
Q direct Hamad Saleh Al-Dhafiri :: "The network cannot carry the usual load to every area at once without the Shuaiba units. We chose a rota so that no house goes more than 24 hours without water,"
L facility Shuaiba
F duration 24 hours
O government MEW
P full Hamad Saleh Al-Dhafiri
O media Kuwait Times
Q direct Hamad Saleh Al-Dhafiri :: "Our teams are working around the clock.
> "If the spare parts arrive from Germany on schedule, both units will be back by August 16."
Q direct Hamad Saleh Al-Dhafiri :: "If the spare parts arrive from Germany on schedule, both units will be back by August 16."
L country Germany
F date August 16
> Al-Dhafiri said the ministry would import up to 300 MW through the GCC Interconnection Authority grid between 1 pm and 5 pm to protect the power supply, after the load hit a record 19,870 MW on July 29.
P partial Al-Dhafiri
F quantity 300 MW
O intergovernmental GCC Interconnection Authority
F time 1 pm
F time 5 pm
F quantity 19,870 MW
F date July 29
> In Fahaheel, the price of a private water tanker has doubled. "Last week I paid KD 12 for a tanker. Today the driver asked for KD 25 and said, 'Take it or leave it,'" said Bader Fahad Al-Ajmi, 46, a father of five. "In this heat, with old parents at home, what can I do?"
L city Fahaheel
Q direct Bader Fahad Al-Ajmi :: "Last week I paid KD 12 for a tanker. Today the driver asked for KD 25 and said, 'Take it or leave it,'"
F money KD 12
F money KD 25
P full Bader Fahad Al-Ajmi
F age 46
F number five
Q direct Bader Fahad Al-Ajmi :: "In this heat, with old parents at home, what can I do?"
> Anil Kuttappan, a 38-year-old accountant who shares a flat with four colleagues in Mangaf, said their building's tank ran dry on Saturday afternoon. "We bought 20 bottles of water from the co-op. They were gone by evening," he said.
P full Anil Kuttappan
F age 38-year-old
F number four
L city Mangaf
Q direct Anil Kuttappan :: "We bought 20 bottles of water from the co-op. They were gone by evening,"
F number 20
> Residents quickly dubbed the schedule the "odd-even calendar." Dr Maha Youssef Al-Roomi, who teaches power engineering at Kuwait University, said the outage showed how thin the margin had become. "A single fire should not leave three governorates counting the days," she said.
Q scare - :: "odd-even calendar."
P full Maha Youssef Al-Roomi
O education Kuwait University
Q direct Maha Youssef Al-Roomi :: "A single fire should not leave three governorates counting the days,"
F number three
> Kuwait produces about 520 million imperial gallons of fresh water a day, almost all of it by desalination, and each resident uses around 500 litres a day, one of the highest rates in the world, according to MEW figures. The ministry plans to spend KD 1.2 billion on new distillation capacity at Az-Zour North and Al-Khairan by 2044.
L country Kuwait
F quantity 520 million imperial gallons
F quantity 500 litres
O government MEW
F money KD 1.2 billion
L facility Az-Zour North
L facility Al-Khairan
F date 2044
> The Meteorological Department forecast 48 to 50 degrees Celsius for the rest of the week. MEW urged residents not to wash cars or water gardens, and said violators could be fined KD 100. "Every drop saved today helps your neighbour," the ministry said in a statement on X.
O government Meteorological Department
F quantity 48
F quantity 50 degrees Celsius
O government MEW
F money KD 100
Q direct Ministry of Electricity and Water :: "Every drop saved today helps your neighbour,"
O company X
'''

ARTICLES['951-tour-de-france-stage-14-mont-ventoux-le-goff-podlogar-yellow-results-cyclingnews'] = r'''
> Tour de France
> Tour de France: Le Goff wins on Mont Ventoux on Bastille Day as Podlogar tightens grip on yellow
P partial Le Goff
L geo Mont Ventoux
P partial Podlogar
> Frenchman attacks 6km from the summit to take the first home win of the 2040 Tour; Van der Heijden loses 1:52
F quantity 6km
F date 2040
P partial Van der Heijden
F duration 1:52
> By Mathilde Arcambal
P full Mathilde Arcambal
> published 14 July 2040
F date 14 July 2040
> Baptiste Le Goff (Groupama-FDJ) crosses the line alone at the summit of Mont Ventoux (Image credit: Getty Images)
P full Baptiste Le Goff
O team Groupama-FDJ
L geo Mont Ventoux
O company Getty Images
> Baptiste Le Goff (Groupama-FDJ) gave France a home win on its national holiday, taking stage 14 of the Tour de France alone on Mont Ventoux on Saturday after attacking 6km from the summit.
P full Baptiste Le Goff
O team Groupama-FDJ
L country France
L geo Mont Ventoux
F quantity 6km
> The 26-year-old from Quimper crossed the line 14 seconds ahead of race leader Žiga Podlogar (UAE Team Emirates XRG), who took six bonus seconds for second place and now leads the general classification by 1:09 with a week to go.
F age 26-year-old
L city Quimper
F duration 14 seconds
P full Žiga Podlogar
O team UAE Team Emirates XRG
F duration six bonus seconds
F duration 1:09
> Sem van der Heijden (Visma-Lease a Bike), second overnight, cracked with 4km to go and finished 1:52 down. The Dutchman is now third, 2:21 behind, with Colombian Esteban Rincón Patiño (EF Education-EasyPost) moving up to second.
P full Sem van der Heijden
O team Visma-Lease a Bike
F quantity 4km
F duration 1:52
F duration 2:21
P full Esteban Rincón Patiño
O team EF Education-EasyPost
> The 172.5km stage from Orange finished with the 21.5km climb from Bédoin, which averages 7.5 per cent and reaches 10 per cent in the forest below Chalet Reynard. It was 34°C at the start; at the summit, 1,910 metres up, the riders met a 40km/h crosswind on what they call the “moonscape” of white scree.
F quantity 172.5km
L city Orange
F quantity 21.5km
L city Bédoin
F percent 7.5 per cent
F percent 10 per cent
L facility Chalet Reynard
F quantity 34°C
F quantity 1,910 metres
F quantity 40km/h
Q scare - :: “moonscape”
> A break of 11 riders went clear after 20km but never had more than four minutes. Podlogar’s team took over at the foot of the climb, and by Chalet Reynard only nine riders were left at the front.
F number 11
F quantity 20km
F duration four minutes
P partial Podlogar
L facility Chalet Reynard
F number nine
> “I have been thinking of this stage since the route was presented in October. On Bastille Day, on the Ventoux, you cannot lose time looking at the others,” Le Goff said. “When I saw Sem was suffering, I told myself, ‘It’s now or never.’”
Q direct Baptiste Le Goff :: “I have been thinking of this stage since the route was presented in October. On Bastille Day, on the Ventoux, you cannot lose time looking at the others,”
L geo Ventoux
P partial Le Goff
Q direct Baptiste Le Goff :: “When I saw Sem was suffering, I told myself, ‘It’s now or never.’”
P partial Sem
> He is the first French rider in 11 years to win a Tour stage on the Ventoux, and the team’s first stage winner at the race since 2037.
F duration 11 years
L geo Ventoux
F date 2037
> Podlogar, 24, said he had not tried to follow. “Baptiste was the strongest today. My job was to take time on Sem and Esteban, and we did that,” the Slovenian said. “The Tour is not finished. The Alps are still coming.”
P partial Podlogar
F age 24
Q direct Žiga Podlogar :: “Baptiste was the strongest today. My job was to take time on Sem and Esteban, and we did that,”
P partial Baptiste
P partial Sem
P partial Esteban
Q direct Žiga Podlogar :: “The Tour is not finished. The Alps are still coming.”
L geo Alps
> Visma-Lease a Bike sports director Joost de Ruiter said Van der Heijden had been sick in the night. “He didn’t eat well this morning. Two minutes is a lot, but it is not the end,” De Ruiter said.
O team Visma-Lease a Bike
P full Joost de Ruiter
P partial Van der Heijden
Q direct Joost de Ruiter :: “He didn’t eat well this morning. Two minutes is a lot, but it is not the end,”
F duration Two minutes
P partial De Ruiter
> Stage 15 on Sunday takes the peloton 183km from Valence to Le Grand-Bornand before the second rest day.
F quantity 183km
L city Valence
L city Le Grand-Bornand
> Stage 14 results
> 1. Baptiste Le Goff (Fra) Groupama-FDJ 4:41:36
P full Baptiste Le Goff
L country Fra
O team Groupama-FDJ
F duration 4:41:36
> 2. Žiga Podlogar (Slo) UAE Team Emirates XRG 0:14
P full Žiga Podlogar
L country Slo
O team UAE Team Emirates XRG
F duration 0:14
> 3. Esteban Rincón Patiño (Col) EF Education-EasyPost 0:31
P full Esteban Rincón Patiño
L country Col
O team EF Education-EasyPost
F duration 0:31
> 4. Kasper Lindqvist Aarup (Den) Lidl-Trek 0:47
P full Kasper Lindqvist Aarup
L country Den
O team Lidl-Trek
F duration 0:47
> 5. Sem van der Heijden (Ned) Visma-Lease a Bike 1:52
P full Sem van der Heijden
L country Ned
O team Visma-Lease a Bike
F duration 1:52
> General classification after stage 14
> 1. Žiga Podlogar (Slo) UAE Team Emirates XRG 58:12:40
P full Žiga Podlogar
L country Slo
O team UAE Team Emirates XRG
F duration 58:12:40
> 2. Esteban Rincón Patiño (Col) EF Education-EasyPost 1:09
P full Esteban Rincón Patiño
L country Col
O team EF Education-EasyPost
F duration 1:09
> 3. Sem van der Heijden (Ned) Visma-Lease a Bike 2:21
P full Sem van der Heijden
L country Ned
O team Visma-Lease a Bike
F duration 2:21
> 4. Baptiste Le Goff (Fra) Groupama-FDJ 3:05
P full Baptiste Le Goff
L country Fra
O team Groupama-FDJ
F duration 3:05
> 5. Kasper Lindqvist Aarup (Den) Lidl-Trek 3:48
P full Kasper Lindqvist Aarup
L country Den
O team Lidl-Trek
F duration 3:48
'''

ARTICLES['952-piraeus-ferry-strike-pno-naxos-paros-stranded-kathimerini'] = r'''
> NEWS
> ‘We slept on the floor of the terminal’: PNO strike strands 14,000 at Piraeus
Q direct Eleni Margariti :: ‘We slept on the floor of the terminal’
O nonprofit PNO
F number 14,000
L city Piraeus
> Seamen’s 48-hour walkout leaves Naxos and Paros without ferries at the start of August; court to rule on Friday
F duration 48-hour
L geo Naxos
L geo Paros
> Vassilis Kourtidis
P full Vassilis Kourtidis
> 01.08.2039 • 20:14
F date 01.08.2039
F time 20:14
> Passengers wait at the port of Piraeus on Monday after ferry crews walked off the job. [InTime News]
L city Piraeus
O media InTime News
> Thousands of travelers spent the night at the port of Piraeus and at Rafina after the Panhellenic Seamen’s Federation (PNO) began a 48-hour strike at 6 a.m. on Monday, keeping every ferry to the Cyclades in port at the start of the busiest week of the summer.
L city Piraeus
L city Rafina
O nonprofit Panhellenic Seamen’s Federation
O nonprofit PNO
F duration 48-hour
F time 6 a.m.
L region Cyclades
> The Hellenic Coast Guard said 61 scheduled departures were canceled and about 14,000 passengers were affected, most of them bound for Paros, Naxos, Mykonos and Santorini.
O government Hellenic Coast Guard
F number 61
F number 14,000
L geo Paros
L geo Naxos
L geo Mykonos
L geo Santorini
> The union is demanding a 9 percent pay rise for crews on coastal ships and a cap of 12 hours on daily shifts in the summer season. PNO General Secretary Stavros Kalogeropoulos said shipowners had offered 3.5 percent, “an insult to people who work 80 days in a row without a day off.”
F percent 9 percent
F duration 12 hours
O nonprofit PNO
P full Stavros Kalogeropoulos
F percent 3.5 percent
Q direct Stavros Kalogeropoulos :: “an insult to people who work 80 days in a row without a day off.”
F duration 80 days
> “We are not against the islands. We are against a system in which a deckhand earns €1,450 a month while ticket prices go up every year,” Kalogeropoulos told Kathimerini. He said the strike could be extended if there was no new offer by Wednesday.
Q direct Stavros Kalogeropoulos :: “We are not against the islands. We are against a system in which a deckhand earns €1,450 a month while ticket prices go up every year,”
F money €1,450
P partial Kalogeropoulos
O media Kathimerini
> The Union of Coastal Passenger Shipping Companies (SEEN) called the walkout “unjustified” and said it had asked the Piraeus Court of First Instance to declare it illegal. The court is expected to rule on Friday, August 5.
O nonprofit Union of Coastal Passenger Shipping Companies
O nonprofit SEEN
Q direct Union of Coastal Passenger Shipping Companies :: “unjustified”
O government Piraeus Court of First Instance
F date August 5
> Among those stranded was Eleni Margariti, 67, who had traveled from Thessaloniki to catch the 7:25 a.m. Blue Star ferry to Paros for her granddaughter’s baptism. “We slept on the floor of the terminal, with the air conditioning off. Nobody from the company came to tell us anything,” she said.
P full Eleni Margariti
F age 67
L city Thessaloniki
F time 7:25 a.m.
O company Blue Star
L geo Paros
Q direct Eleni Margariti :: “We slept on the floor of the terminal, with the air conditioning off. Nobody from the company came to tell us anything,”
> On Naxos, hotels reported a wave of cancellations. Deputy Mayor for Tourism Irini Sfyroera said around 3,000 visitors who were due on Monday had not arrived, while some 2,500 could not leave. “August is when we make the money for the whole year. Every day without a ship costs the island about €2 million,” she said.
L geo Naxos
P full Irini Sfyroera
F number 3,000
F number 2,500
Q direct Irini Sfyroera :: “August is when we make the money for the whole year. Every day without a ship costs the island about €2 million,”
F money €2 million
> Anna-Lena van den Berg, a 29-year-old teacher from Utrecht, said she and her partner had paid €212 for two tickets to Naxos and were told by text message that their “trip has been postponed.” “Postponed to when? Nobody knows,” she said.
P full Anna-Lena van den Berg
F age 29-year-old
L city Utrecht
F money €212
F number two
L geo Naxos
Q direct - :: “trip has been postponed.”
Q direct Anna-Lena van den Berg :: “Postponed to when? Nobody knows,”
> The Ministry of Maritime Affairs and Insular Policy said it had allowed two high-speed catamarans exempt from the strike to add sailings from Rafina, and that Aegean Airlines would add four flights a day to Paros and Naxos until Wednesday.
O government Ministry of Maritime Affairs and Insular Policy
F number two
L city Rafina
O company Aegean Airlines
F number four
L geo Paros
L geo Naxos
> Shipowners say fuel and crew costs rose 22 percent between 2035 and 2038. An executive at one of the largest ferry companies, who spoke on condition of anonymity, said a deal was “close, but not at 9 percent.”
F percent 22 percent
F date 2035
F date 2038
Q direct - :: “close, but not at 9 percent.”
F percent 9 percent
> Ferries to Crete, the Dodecanese and the North Aegean were also halted. Services are due to resume at 6 a.m. on Wednesday if the strike is not extended.
L geo Crete
L region Dodecanese
L region North Aegean
F time 6 a.m.
'''

ARTICLES['953-greenland-glaciers-submarine-melting-gliders-geus-sea-level-nature'] = r'''
> NEWS
> Warm ocean water is eating Greenland’s glaciers from below faster than thought
L region Greenland
> Melting at glacier fronts could add up to 4 centimetres to sea-level rise by 2100, a study suggests — twice previous estimates.
F quantity 4 centimetres
F date 2100
> By Tamsin Oduya-Reeve
P full Tamsin Oduya-Reeve
> 12 September 2040
F date 12 September 2040
> Icebergs calve from the front of Sermeq Kujalleq, also known as Jakobshavn Isbræ, in western Greenland. Credit: Lars Øhlenschläger/Alamy
L geo Sermeq Kujalleq
L geo Jakobshavn Isbræ
L region Greenland
P full Lars Øhlenschläger
O company Alamy
> Glaciers in Greenland are losing ice to warm ocean water almost twice as fast as climate models assume, according to a study that combines 11 years of measurements from underwater robots with satellite data.
L region Greenland
F duration 11 years
> The work, published in Nature on 12 September, estimates that melting at the submerged fronts of the ice sheet’s 47 largest marine-terminating glaciers removed 126 gigatonnes (Gt) of ice a year between 2028 and 2039 — about 35% of Greenland’s total ice loss over that period.
O media Nature
F date 12 September
F number 47
F quantity 126 gigatonnes
F date 2028
F date 2039
F percent 35%
L region Greenland
> ‘The ocean is doing much more of the work than we gave it credit for,’ says lead author Signe Haugaard Nørgaard, a glaciologist at the University of Copenhagen. ‘Even 0.1 °C of warming at depth matters.’
Q direct Signe Haugaard Nørgaard :: ‘The ocean is doing much more of the work than we gave it credit for,’
P full Signe Haugaard Nørgaard
O education University of Copenhagen
Q direct Signe Haugaard Nørgaard :: ‘Even 0.1 °C of warming at depth matters.’
F quantity 0.1 °C
> The team used data from 26 autonomous gliders operated by the Geological Survey of Denmark and Greenland (GEUS) and the Woods Hole Oceanographic Institution in Massachusetts, which dived to 900 metres in front of the glaciers. The water there warmed by 0.6 °C between 2028 and 2039, the researchers found.
F number 26
O government Geological Survey of Denmark and Greenland
O government GEUS
O nonprofit Woods Hole Oceanographic Institution
L region Massachusetts
F quantity 900 metres
F quantity 0.6 °C
F date 2028
F date 2039
> When those rates are fed into an ice-sheet model, submarine melting alone adds 3–4 centimetres to global sea level by 2100 under a moderate-emissions scenario, roughly double the figure in the latest assessment by the Intergovernmental Panel on Climate Change (IPCC).
F quantity 3–4 centimetres
F date 2100
O intergovernmental Intergovernmental Panel on Climate Change
O intergovernmental IPCC
> Ice-sheet modeller Pablo de la Vega Arranz at the Spanish National Research Council (CSIC) in Madrid, who was not involved in the work, calls the glider record ‘a real gift’. But he cautions that 11 years is a short time series. ‘Some of that warming could be natural variability in the North Atlantic. We need another decade before we can say how much is the trend,’ he says.
P full Pablo de la Vega Arranz
O government Spanish National Research Council
O government CSIC
L city Madrid
Q direct Pablo de la Vega Arranz :: ‘a real gift’
F duration 11 years
Q direct Pablo de la Vega Arranz :: ‘Some of that warming could be natural variability in the North Atlantic. We need another decade before we can say how much is the trend,’
L geo North Atlantic
> Nørgaard’s co-author Ewan MacLeod-Baird, an oceanographer at the University of Edinburgh, UK, says the team also found that the warm layer, fed by the Irminger Current, has risen by about 150 metres since the early 2030s, bringing it into contact with glacier fronts that had been sheltered.
P partial Nørgaard
P full Ewan MacLeod-Baird
O education University of Edinburgh
L country UK
L geo Irminger Current
F quantity 150 metres
F date 2030s
> ‘At Sermeq Kujalleq, the front retreated 2.3 kilometres in just 18 months,’ he says.
Q direct Ewan MacLeod-Baird :: ‘At Sermeq Kujalleq, the front retreated 2.3 kilometres in just 18 months,’
L geo Sermeq Kujalleq
F quantity 2.3 kilometres
F duration 18 months
> Greenland lost an average of 360 Gt of ice a year over the study period, enough to raise sea level by 1 millimetre annually, according to GEUS. The ice sheet holds enough water to raise global seas by 7.4 metres.
L region Greenland
F quantity 360 Gt
F quantity 1 millimetre
O government GEUS
F quantity 7.4 metres
> The authors argue that the models used for the next IPCC report, due in 2043, should include ocean-driven melting explicitly. Tomasz Wierzbicki-Lund, a climate modeller at the Alfred Wegener Institute in Bremerhaven, Germany, agrees. ‘This is the piece that has been missing,’ he says, ‘and it points in the wrong direction.’
O intergovernmental IPCC
F date 2043
P full Tomasz Wierzbicki-Lund
O education Alfred Wegener Institute
L city Bremerhaven
L country Germany
Q direct Tomasz Wierzbicki-Lund :: ‘This is the piece that has been missing,’
Q direct Tomasz Wierzbicki-Lund :: ‘and it points in the wrong direction.’
'''

ARTICLES['954-tortuguero-green-turtle-nests-fall-hot-sand-sinac-guides-limon-tico-times'] = r'''
> Environment
> Green Turtle Nests at Tortuguero Fall 38% as Beaches Heat Up, SINAC Says
L geo Tortuguero
F percent 38%
O government SINAC
> Rangers counted 21,400 nests in the 2040 season, the lowest in two decades; tour guides fear for the village’s income
F number 21,400
F date 2040
F duration two decades
> By Tico Times
O media Tico Times
> November 6, 2040
F date November 6, 2040
> A green turtle returns to the sea at dawn on the beach of Tortuguero National Park. (Courtesy of Fabián Mora Chacón)
L geo Tortuguero National Park
P full Fabián Mora Chacón
> Green turtles dug 21,400 nests on the 29-kilometer beach of Tortuguero National Park this season, 38% fewer than in 2039 and the lowest count in 20 years, the National System of Conservation Areas (SINAC) said Monday.
F number 21,400
F quantity 29-kilometer
L geo Tortuguero National Park
F percent 38%
F date 2039
F duration 20 years
O government National System of Conservation Areas
O government SINAC
> Researchers blame the heat of the sand. Loggers buried at nest depth recorded an average of 33.1 degrees Celsius in August and September, above the roughly 32 degrees at which embryos start to die, said biologist Marcela Quesada Brenes, who coordinates turtle monitoring for SINAC in Tortuguero.
F quantity 33.1 degrees Celsius
F quantity 32 degrees
P full Marcela Quesada Brenes
O government SINAC
L geo Tortuguero
> “When the sand stays above 32 degrees for weeks, we lose whole nests. And the ones that survive produce almost only females,” Quesada said. “If the beach keeps warming, in 15 years we could have a generation with very few males.”
Q direct Marcela Quesada Brenes :: “When the sand stays above 32 degrees for weeks, we lose whole nests. And the ones that survive produce almost only females,”
F quantity 32 degrees
P partial Quesada
Q direct Marcela Quesada Brenes :: “If the beach keeps warming, in 15 years we could have a generation with very few males.”
F duration 15 years
> Tortuguero, on Costa Rica’s northern Caribbean coast in the province of Limón, is the largest green turtle nesting site in the Western Hemisphere. It can only be reached by boat or small plane, mostly from La Pavona, 90 minutes by road from Cariari.
L city Tortuguero
L country Costa Rica
L geo Caribbean
L region Limón
L region Western Hemisphere
L city La Pavona
F duration 90 minutes
L city Cariari
> Leatherback nests, which peak between March and June, held steady at about 410, according to the Sea Turtle Conservancy (STC), which monitors the beach with park rangers. STC said in a statement that the drop in green turtle nests was “a warning, not yet a collapse.”
F number 410
O nonprofit Sea Turtle Conservancy
O nonprofit STC
O nonprofit STC
Q direct Sea Turtle Conservancy :: “a warning, not yet a collapse.”
> In the village of Tortuguero, home to about 1,600 people, most families depend on turtle tours. Guides charge $35 per visitor for a two-hour night walk, on top of the park’s $18 entrance fee for foreigners and ₡1,600 for Costa Ricans.
L city Tortuguero
F number 1,600
F money $35
F duration two-hour
F money $18
F money ₡1,600
> “Last year I took out groups every night in July. This year some nights we walked two hours and saw nothing,” said guide Álvaro Jiménez Solano, 52, who heads the village’s guides’ association. “Tourists still pay, but they don’t come back.”
Q direct Álvaro Jiménez Solano :: “Last year I took out groups every night in July. This year some nights we walked two hours and saw nothing,”
F duration two hours
P full Álvaro Jiménez Solano
F age 52
Q direct Álvaro Jiménez Solano :: “Tourists still pay, but they don’t come back.”
> Jiménez said night tours now bring his family about ₡450,000 a month in high season, down from ₡700,000 two years ago.
P partial Jiménez
F money ₡450,000
F money ₡700,000
F duration two years
> SINAC plans to shade 2 kilometers of the northern beach with palm fronds and to move up to 3,000 nests to a hatchery next season, at a cost of ₡185 million (about $360,000), paid partly from park fees. “Moving nests is a last resort. But we cannot wait for the climate to sort itself out,” Quesada said.
O government SINAC
F quantity 2 kilometers
F number 3,000
F money ₡185 million
F money $360,000
Q direct Marcela Quesada Brenes :: “Moving nests is a last resort. But we cannot wait for the climate to sort itself out,”
P partial Quesada
> Nesting also fell by about a quarter at Parismina, 50 kilometers to the south, STC said.
F fraction a quarter
L city Parismina
F quantity 50 kilometers
O nonprofit STC
> In the village, the few hatchlings that reach the water are now called “los afortunados” – the lucky ones.
Q scare - :: “los afortunados”
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
