#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval183 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval183/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1141-woodburn-coraki-flood-buyback-grant-richmond-valley-lismore-abc-news'] = r'''
> ABC North Coast
O media ABC North Coast
> 'We've waited two years': Northern Rivers flood grant to buy back 310 homes
Q direct Dulcie Ngata :: 'We've waited two years'
F duration two years
L region Northern Rivers
F number 310
> By Tamsin Okoro-Blake and Huw Penhaligon
P full Tamsin Okoro-Blake
P full Huw Penhaligon
> Posted Wed 14 Mar 2040 at 5:42am, updated Wed 14 Mar 2040 at 9:10am
F date 14 Mar 2040
F time 5:42am
F date 14 Mar 2040
F time 9:10am
> Floodwater reached the eaves of homes in Woodburn in February 2038. (ABC North Coast: Huw Penhaligon)
L city Woodburn
F date February 2038
O media ABC North Coast
P full Huw Penhaligon
> In short:
> The NSW and federal governments will spend $412 million buying back, raising and repairing flood-damaged homes in the Richmond Valley and Lismore.
L region NSW
F money $412 million
L region Richmond Valley
L city Lismore
> Residents of Woodburn, Coraki and Broadwater say they have waited 25 months for help.
L city Woodburn
L city Coraki
L city Broadwater
F duration 25 months
> What's next?
> Applications open on 2 April and close on 30 June.
F date 2 April
F date 30 June
> Hundreds of flood-affected homeowners in northern New South Wales will be able to apply for a share of a $412 million recovery grant, more than two years after the February 2038 flood that swamped the lower Richmond River.
L region New South Wales
F money $412 million
F duration two years
F date February 2038
L geo Richmond River
> The joint state and federal package, announced in Lismore on Tuesday, will fund the voluntary buyback of 310 homes, the raising of another 450 and repair grants of up to $75,000 for about 1,200 households.
L city Lismore
F number 310
F number 450
F money $75,000
F number 1,200
> The NSW Reconstruction Authority (RA) said buybacks would be offered where water had reached more than 1.5 metres above floor level in 2038 or in the 2022 flood.
O government NSW Reconstruction Authority
O government RA
F quantity 1.5 metres
F date 2038
F date 2022
> The RA's chief executive, Mariela Van Straaten, said the first offers would be made "within 90 days" of applications closing.
O government RA
P full Mariela Van Straaten
Q direct Mariela Van Straaten :: "within 90 days"
F duration 90 days
> "We know people have been living in caravans, in sheds and with relatives for far too long," Ms Van Straaten said.
Q direct Mariela Van Straaten :: "We know people have been living in caravans, in sheds and with relatives for far too long,"
P partial Van Straaten
> "This package won't fix everything, but it means a family in Coraki can finally decide whether to rebuild or move to higher ground.
Q direct Mariela Van Straaten :: "This package won't fix everything, but it means a family in Coraki can finally decide whether to rebuild or move to higher ground.
L city Coraki
> "The 'build back better' line has to mean something this time."
Q direct Mariela Van Straaten :: "The 'build back better' line has to mean something this time."
> Woodburn resident Dulcie Ngata, 67, has lived in a converted shed behind her ruined weatherboard house since the flood.
L city Woodburn
P full Dulcie Ngata
F age 67
> "We've waited two years for someone to tell us what's happening. I'm 67 and I'm not climbing onto a roof again," she said.
Q direct Dulcie Ngata :: "We've waited two years for someone to tell us what's happening. I'm 67 and I'm not climbing onto a roof again,"
F duration two years
F age 67
> She said she would take a buyback "if the price is fair", but feared offers would be based on post-flood valuations.
Q direct Dulcie Ngata :: "if the price is fair"
> Richmond Valley Council Mayor Joanne Tuhiwai-Hart welcomed the money but said the council was still owed $23.6m for roads and bridges damaged in 2038.
O government Richmond Valley Council
P full Joanne Tuhiwai-Hart
F money $23.6m
F date 2038
> "We've got 140 kilometres of local roads still under repair, and the Bungawalbin bridge has been closed for 18 months," Cr Tuhiwai-Hart said.
Q direct Joanne Tuhiwai-Hart :: "We've got 140 kilometres of local roads still under repair, and the Bungawalbin bridge has been closed for 18 months,"
F quantity 140 kilometres
L city Bungawalbin
F duration 18 months
P partial Tuhiwai-Hart
> Lismore City Council, which will run the buyback on its side of the river, said in a statement it expected "strong interest" from North Lismore and South Lismore, where 60 per cent of homes flooded above the floor.
O government Lismore City Council
Q direct Lismore City Council :: "strong interest"
L city North Lismore
L city South Lismore
F percent 60 per cent
> A spokesperson for the National Emergency Management Agency (NEMA) said Canberra would pay half of the package under the Disaster Recovery Funding Arrangements.
O government National Emergency Management Agency
O government NEMA
L city Canberra
F fraction half
> The Insurance Council of Australia says flood premiums in parts of Lismore have risen above $30,000 a year, and many owners have stopped insuring at all.
O nonprofit Insurance Council of Australia
L city Lismore
F money $30,000
> Broadwater cane grower Ravinder Sidhu, 44, said his street had emptied since the flood.
L city Broadwater
P full Ravinder Sidhu
F age 44
> "Half the street has already gone. If they raise my house 2.4m, I'll stay, but I won't wait another wet season," Mr Sidhu said.
Q direct Ravinder Sidhu :: "Half the street has already gone. If they raise my house 2.4m, I'll stay, but I won't wait another wet season,"
F fraction Half
F quantity 2.4m
P partial Sidhu
> Information sessions will be held at the Coraki Community Hall at 6:30pm on Thursday and at Woodburn's Riverside Park on 24 March.
L facility Coraki Community Hall
F time 6:30pm
L city Woodburn
L facility Riverside Park
F date 24 March
'''

ARTICLES['1142-collahuasi-copper-strike-union-rejects-offer-tarapaca-chile-bloomberg'] = r'''
> Business
> Strike at Chile’s Collahuasi Mine Drags Into Second Week as Union Rejects Offer
L country Chile
L facility Collahuasi
> Workers seek 4.5% raise and bonus of 8 million pesos each
F percent 4.5%
F money 8 million pesos
> Stoppage cuts output at world’s No. 3 copper mine by 1,600 tons a day
F quantity 1,600 tons
> By Valentina Irarrázaval and Tomás Ekdahl-Ruiz
P full Valentina Irarrázaval
P full Tomás Ekdahl-Ruiz
> April 17, 2040 at 4:12 PM GMT-4
F date April 17, 2040
F time 4:12 PM GMT-4
> Trucks parked at the Collahuasi mine in northern Chile. Photographer: Catalina Mujica/Bloomberg
L facility Collahuasi
L country Chile
P full Catalina Mujica
O media Bloomberg
> (Bloomberg) -- Workers at Chile’s Collahuasi copper mine extended their strike into a second week after the main union rejected a revised wage offer, deepening the biggest disruption to the country’s output this year.
O media Bloomberg
L country Chile
L facility Collahuasi
> The union, which represents about 2,300 operators and maintenance staff, voted 87% against the proposal on Monday, according to its president, Héctor Quilodrán. The offer included a 3.2% real wage increase and a one-time bonus of 5.5 million pesos ($5,900) per worker.
F number 2,300
F percent 87%
P full Héctor Quilodrán
F percent 3.2%
F money 5.5 million pesos
F money $5,900
> “The company made record profits last year and comes to us with crumbs,” Quilodrán said by phone from Iquique. “We are not going back to work for a bonus that doesn’t cover a year of inflation.”
Q direct Héctor Quilodrán :: “The company made record profits last year and comes to us with crumbs,”
P partial Quilodrán
L city Iquique
Q direct Héctor Quilodrán :: “We are not going back to work for a bonus that doesn’t cover a year of inflation.”
> Compañía Minera Doña Inés de Collahuasi, owned by Anglo American Plc and Glencore Plc with a group of Japanese companies, said in a statement that its offer was “the best in the industry” and that contingency crews were keeping the concentrator running at about 40% of capacity. It estimated lost sales at 118 billion pesos ($126 million) so far.
O company Compañía Minera Doña Inés de Collahuasi
O company Anglo American Plc
O company Glencore Plc
Q direct Compañía Minera Doña Inés de Collahuasi :: “the best in the industry”
F percent 40%
F money 118 billion pesos
F money $126 million
> The mine, in the Tarapacá region some 4,400 meters above sea level, produced 558,000 tons of copper last year, or about 10% of Chile’s total. Each day of the strike removes roughly 1,600 tons of output, according to Bloomberg calculations.
L region Tarapacá
F quantity 4,400 meters
F quantity 558,000 tons
F percent 10%
L country Chile
F quantity 1,600 tons
O media Bloomberg
> Copper for three-month delivery rose as much as 1.4% to $11,820 a ton on the London Metal Exchange, the highest since Feb. 3.
F duration three-month
F percent 1.4%
F money $11,820
O company London Metal Exchange
F date Feb. 3
> “Collahuasi is one of the few mines that can move the market on its own,” said Ingrid Solheim-Vargas, a metals analyst at BMI in London. “If this lasts into May, you’re looking at 50,000 tons lost, and the concentrate market is already tight.”
Q direct Ingrid Solheim-Vargas :: “Collahuasi is one of the few mines that can move the market on its own,”
L facility Collahuasi
P full Ingrid Solheim-Vargas
O company BMI
L city London
Q direct Ingrid Solheim-Vargas :: “If this lasts into May, you’re looking at 50,000 tons lost, and the concentrate market is already tight.”
F quantity 50,000 tons
> The dispute is being watched closely in Santiago. The Labor Ministry’s office in Iquique called both sides to mediation on Tuesday under the labor code’s “good offices” procedure, which can last up to 10 days.
L city Santiago
O government Labor Ministry
L city Iquique
Q scare - :: “good offices”
F duration 10 days
> Chile, the world’s largest copper producer, mined 5.3 million tons in 2039, according to the Chilean Copper Commission, known as Cochilco. The state agency expects output to rise 2.5% this year as new projects ramp up.
L country Chile
F quantity 5.3 million tons
F date 2039
O government Chilean Copper Commission
O government Cochilco
F percent 2.5%
> Union leaders said they were ready to hold out for weeks. Workers at BHP’s Escondida, the world’s biggest copper mine, in the Antofagasta region, struck for 44 days in 2017.
O company BHP
L facility Escondida
L region Antofagasta
F duration 44 days
F date 2017
> Glencore declined to comment. An Anglo American spokesperson in London said the company was “monitoring the situation closely.”
O company Glencore
O company Anglo American
L city London
Q direct - :: “monitoring the situation closely.”
> Quilodrán said the union’s 14 delegates would meet again Sunday at 10 a.m. in Pica, the oasis town nearest the mine, to vote on any new offer.
P partial Quilodrán
F number 14
F time 10 a.m.
L city Pica
> --With assistance from Joaquín Fuenzalida
P full Joaquín Fuenzalida
'''

ARTICLES['1143-giro-ditalia-stage-19-tre-cime-arrieta-olano-bakkeheim-pink-results-cyclingnews'] = r'''
> Giro d’Italia
> Giro d’Italia: Arrieta-Olano conquers Tre Cime di Lavaredo as Bakkeheim takes pink
P partial Arrieta-Olano
L geo Tre Cime di Lavaredo
P partial Bakkeheim
> Basque rider attacks on the Giau and holds off Dal Molin by 23 seconds; Norwegian leads by 41 seconds with two stages left
L geo Giau
P partial Dal Molin
F duration 23 seconds
F duration 41 seconds
F number two
> By Fiorella Santangelo-Reyes
P full Fiorella Santangelo-Reyes
> published 25 May 2040
F date 25 May 2040
> Unai Arrieta-Olano (EF Education-EasyPost) celebrates on Tre Cime di Lavaredo (Image credit: Getty Images)
P full Unai Arrieta-Olano
O team EF Education-EasyPost
L geo Tre Cime di Lavaredo
O company Getty Images
> Unai Arrieta-Olano (EF Education-EasyPost) won stage 19 of the Giro d’Italia on Tre Cime di Lavaredo on Friday, dropping Matteo Dal Molin (Lidl-Trek) 4km from the top and crossing the line 23 seconds clear after 5 hours 12 minutes 44 seconds of racing.
P full Unai Arrieta-Olano
O team EF Education-EasyPost
L geo Tre Cime di Lavaredo
P full Matteo Dal Molin
O team Lidl-Trek
F quantity 4km
F duration 23 seconds
F duration 5 hours
F duration 12 minutes
F duration 44 seconds
> Sindre Bakkeheim (Visma-Lease a Bike) finished third, 51 seconds down, and took the maglia rosa from Dal Molin, who now trails the Norwegian by 41 seconds with two stages left before Rome.
P full Sindre Bakkeheim
O team Visma-Lease a Bike
F duration 51 seconds
P partial Dal Molin
F duration 41 seconds
F number two
L city Rome
> The 184km stage from Feltre crossed the Passo Giau (2,236m) and the Passo Tre Croci above Cortina d’Ampezzo before the final climb to the Rifugio Auronzo, 7km at an average of 7.6 per cent with ramps of 18 per cent in the last kilometre. It was 4°C at the summit.
F quantity 184km
L city Feltre
L geo Passo Giau
F quantity 2,236m
L geo Passo Tre Croci
L city Cortina d’Ampezzo
L facility Rifugio Auronzo
F quantity 7km
F percent 7.6 per cent
F percent 18 per cent
F quantity 4°C
> Arrieta-Olano, 26, went clear of a 14-rider break on the descent of the Giau with 38km to go and had 1:55 on the favourites at the foot of the last climb.
P partial Arrieta-Olano
F age 26
F number 14
L geo Giau
F quantity 38km
F duration 1:55
> “This morning I told my directeur sportif, ‘If I’m in the break, I go on the Giau,’ and he laughed at me,” said the 26-year-old from Tolosa. “Nobody laughs now. This one is for my grandmother, who is 91 and watched every kilometre.”
Q direct Unai Arrieta-Olano :: “This morning I told my directeur sportif, ‘If I’m in the break, I go on the Giau,’ and he laughed at me,”
L geo Giau
F age 26-year-old
L city Tolosa
Q direct Unai Arrieta-Olano :: “Nobody laughs now. This one is for my grandmother, who is 91 and watched every kilometre.”
F age 91
> Dal Molin, who won Il Lombardia in 2038, attacked the pink jersey group 6km from the top and was briefly race leader on the road. “The legs were there, but Unai was stronger today,” he said. “Tomorrow there is still the Zoncolan.”
P partial Dal Molin
F date 2038
F quantity 6km
Q direct Matteo Dal Molin :: “The legs were there, but Unai was stronger today,”
P partial Unai
Q direct Matteo Dal Molin :: “Tomorrow there is still the Zoncolan.”
L geo Zoncolan
> Bakkeheim, 24, rode the last climb at his own pace. Visma-Lease a Bike sports director Rolf Kjærgaard said the team would ride “defensively” on Saturday’s 163km stage to Monte Zoncolan, which packs 4,100m of climbing.
P partial Bakkeheim
F age 24
O team Visma-Lease a Bike
P full Rolf Kjærgaard
Q direct Rolf Kjærgaard :: “defensively”
F quantity 163km
L geo Monte Zoncolan
F quantity 4,100m
> “Forty-one seconds is not nothing, and it is not enough,” Kjærgaard said. “Sindre knows the Zoncolan from the Giro Next Gen. He is calm.”
Q direct Rolf Kjærgaard :: “Forty-one seconds is not nothing, and it is not enough,”
F duration Forty-one seconds
P partial Kjærgaard
Q direct Rolf Kjærgaard :: “Sindre knows the Zoncolan from the Giro Next Gen. He is calm.”
P partial Sindre
L geo Zoncolan
> Bahrain Victorious lost Théo Lemaître, seventh overall, who crashed on the descent of the Tre Croci and abandoned with a suspected broken collarbone. About 30,000 fans lined the final 7km, many of them Basque.
O team Bahrain Victorious
P full Théo Lemaître
L geo Tre Croci
F number 30,000
F quantity 7km
> Stage 19 results
> 1. Unai Arrieta-Olano (Spa) EF Education-EasyPost 5:12:44
P full Unai Arrieta-Olano
L country Spa
O team EF Education-EasyPost
F duration 5:12:44
> 2. Matteo Dal Molin (Ita) Lidl-Trek 0:23
P full Matteo Dal Molin
L country Ita
O team Lidl-Trek
F duration 0:23
> 3. Sindre Bakkeheim (Nor) Visma-Lease a Bike 0:51
P full Sindre Bakkeheim
L country Nor
O team Visma-Lease a Bike
F duration 0:51
> 4. Jens Van den Broeck (Bel) Soudal Quick-Step 1:07
P full Jens Van den Broeck
L country Bel
O team Soudal Quick-Step
F duration 1:07
> General classification after stage 19
> 1. Sindre Bakkeheim (Nor) Visma-Lease a Bike 82:47:19
P full Sindre Bakkeheim
L country Nor
O team Visma-Lease a Bike
F duration 82:47:19
> 2. Matteo Dal Molin (Ita) Lidl-Trek 0:41
P full Matteo Dal Molin
L country Ita
O team Lidl-Trek
F duration 0:41
> 3. Jens Van den Broeck (Bel) Soudal Quick-Step 2:36
P full Jens Van den Broeck
L country Bel
O team Soudal Quick-Step
F duration 2:36
'''

ARTICLES['1144-lagos-port-congestion-levy-apapa-tin-can-npa-anlca-vanguard'] = r'''
> News
> Port congestion: Agents threaten shutdown over N120,000 container levy
F money N120,000
> By Ifeoma Adesanya-Ojo
P full Ifeoma Adesanya-Ojo
> March 12, 2040
F date March 12, 2040
> Trucks queue at Ijora on the Apapa-Oshodi Expressway, Lagos, on Sunday. Photo: Kunle Fashola-Bankole
L city Ijora
L street Apapa-Oshodi Expressway
L city Lagos
P full Kunle Fashola-Bankole
> LAGOS—CUSTOMS brokers at the Lagos ports have threatened to shut down clearing operations from next Monday over a new N120,000 congestion levy on every 20-foot container that stays more than 10 days at the Apapa and Tin Can Island terminals.
L city LAGOS
L city Lagos
F money N120,000
F quantity 20-foot
F duration 10 days
L facility Apapa
L facility Tin Can Island
> The levy, announced last week by the Nigerian Ports Authority, NPA, rises to N240,000 for 40-foot boxes and grows by N15,000 for each additional day.
O government Nigerian Ports Authority
O government NPA
F money N240,000
F quantity 40-foot
F money N15,000
> NPA Managing Director, Dr. Aliyu Bashir Kangiwa, said the charge was meant to clear about 8,500 TEUs of overtime cargo clogging the terminals and would "discourage importers who use the ports as warehouses".
O government NPA
P full Aliyu Bashir Kangiwa
F quantity 8,500 TEUs
Q direct Aliyu Bashir Kangiwa :: "discourage importers who use the ports as warehouses"
> "We cannot continue like this. A ship that should berth in two days now waits 11 days at the anchorage, and the country pays for it," Kangiwa said in Abuja on Friday.
Q direct Aliyu Bashir Kangiwa :: "We cannot continue like this. A ship that should berth in two days now waits 11 days at the anchorage, and the country pays for it,"
F duration two days
F duration 11 days
P partial Kangiwa
L city Abuja
> He said the proceeds, estimated at N45bn a year, would fund the Eto electronic call-up system for trucks and repairs to access roads.
F money N45bn
> But the National President of the Association of Nigerian Licensed Customs Agents, ANLCA, Chief Emeka Nwachukwu-Obi, described the levy as "extortion dressed as policy".
O nonprofit Association of Nigerian Licensed Customs Agents
O nonprofit ANLCA
P full Emeka Nwachukwu-Obi
Q direct Emeka Nwachukwu-Obi :: "extortion dressed as policy"
> "Our members did not cause this congestion. The terminals' cranes break down, the scanners at Tin Can have not worked since January, and Customs takes 14 days to release one container," he said.
Q direct Emeka Nwachukwu-Obi :: "Our members did not cause this congestion. The terminals' cranes break down, the scanners at Tin Can have not worked since January, and Customs takes 14 days to release one container,"
L facility Tin Can
O government Customs
F duration 14 days
F number one
> "Now they want the importer to pay N120,000 for their own inefficiency. We say no.
Q direct Emeka Nwachukwu-Obi :: "Now they want the importer to pay N120,000 for their own inefficiency. We say no.
F money N120,000
> "From Monday, 8am, no agent will lodge a single entry at Apapa or Tin Can until this levy is suspended."
Q direct Emeka Nwachukwu-Obi :: "From Monday, 8am, no agent will lodge a single entry at Apapa or Tin Can until this levy is suspended."
F time 8am
L facility Apapa
L facility Tin Can
> The Nigerian Shippers' Council, NSC, the economic regulator of the ports, said it had not been consulted and would meet the NPA on Thursday. Its Executive Secretary, Barr. Halima Danjuma-Okoye, told Vanguard that any new charge "must pass through the council's tariff review".
O government Nigerian Shippers' Council
O government NSC
O government NPA
P full Halima Danjuma-Okoye
O media Vanguard
Q direct Halima Danjuma-Okoye :: "must pass through the council's tariff review"
> Figures from the NPA show that Apapa and Tin Can Island handled 1.62 million TEUs in 2039, 9.4 per cent fewer than in 2038, as more cargo moved to the Lekki Deep Sea Port, where containers spend an average of six days.
O government NPA
L facility Apapa
L facility Tin Can Island
F quantity 1.62 million TEUs
F date 2039
F percent 9.4 per cent
F date 2038
L facility Lekki Deep Sea Port
F duration six days
> The Lagos State Traffic Management Authority, LASTMA, said it had posted 120 officers to the port corridor, where queues of trucks stretched for 7km on Sunday.
O government Lagos State Traffic Management Authority
O government LASTMA
F number 120
F quantity 7km
> A truck driver who gave his name only as Musa, 38, said he had waited "three days" at Ijora to collect an empty container for a shipping line. "Na importer go pay, but na we dey suffer," he said in Pidgin.
P partial Musa
F age 38
Q direct Musa :: "three days"
F duration three days
L city Ijora
Q direct Musa :: "Na importer go pay, but na we dey suffer,"
> Importers are also counting the cost. A Lagos-based food importer, who asked not to be named, said a single 40-foot container of rice now attracts about N2.3 million in port charges. "By the time this levy enters, a bag of rice will add another N1,500 in the market," he said.
L city Lagos
F quantity 40-foot
F money N2.3 million
Q direct - :: "By the time this levy enters, a bag of rice will add another N1,500 in the market,"
F money N1,500
> The levy takes effect on April 1, 2040, according to the NPA circular.
F date April 1, 2040
O government NPA
'''

ARTICLES['1145-washington-state-ferries-crew-shortage-canceled-sailings-clinton-kingston-seattle-times'] = r'''
> Transportation
> Washington State Ferries canceled 212 sailings in a week. A crew shortage is to blame
O government Washington State Ferries
F number 212
> By Marisol Vandeventer-Ochoa, Seattle Times staff reporter
P full Marisol Vandeventer-Ochoa
O media Seattle Times
> Originally published June 18, 2040 at 6:00 am | Updated June 18, 2040 at 2:17 pm
F date June 18, 2040
F time 6:00 am
F date June 18, 2040
F time 2:17 pm
> A walk-on passenger waits at the Kingston terminal after the 7:25 a.m. sailing to Edmonds was canceled Monday. (Darnell Achebe-Ward / The Seattle Times)
L city Kingston
F time 7:25 a.m.
L city Edmonds
P full Darnell Achebe-Ward
O media The Seattle Times
> Washington State Ferries canceled 212 scheduled sailings last week because it could not find enough licensed crew, the most in a single week since the system began tracking cancellations in 2019, according to data reviewed by The Seattle Times.
O government Washington State Ferries
F number 212
F date 2019
O media The Seattle Times
> The Edmonds-Kingston and Mukilteo-Clinton routes were hit hardest, with 71 of their 336 weekly sailings dropped. On the Anacortes run to the San Juan Islands, the 202-car Wenatchee sat at the dock for three days.
L city Edmonds
L city Kingston
L city Mukilteo
L city Clinton
F number 71
F number 336
L city Anacortes
L geo San Juan Islands
F number 202
F duration three days
> "I left Clinton at 5:10 this morning, and I'm still not in Seattle," said Priya Lindqvist-Moore, 34, a nurse at Harborview Medical Center who commutes from Whidbey Island. "People here have a name for it. We call it 'ferry roulette.'"
Q direct Priya Lindqvist-Moore :: "I left Clinton at 5:10 this morning, and I'm still not in Seattle,"
L city Clinton
F time 5:10
L city Seattle
P full Priya Lindqvist-Moore
F age 34
O other Harborview Medical Center
L geo Whidbey Island
Q direct Priya Lindqvist-Moore :: "People here have a name for it. We call it 'ferry roulette.'"
> WSF, the largest ferry system in the U.S., needs about 1,850 crew members to run its full schedule on 10 routes. Under U.S. Coast Guard rules, each vessel must sail with a minimum crew; if one deckhand calls in sick and no relief can be found, the boat stays tied up.
O government WSF
L country U.S.
F number 1,850
F number 10
O government U.S. Coast Guard
F number one
> Kendra Ojala-Whitfield, the system's assistant secretary, said WSF was 94 licensed mariners short of what it needs this summer.
P full Kendra Ojala-Whitfield
O government WSF
F number 94
> "We are hiring as fast as we can train, but it takes about two years of sea time to become an able seaman," Ojala-Whitfield said. "We would rather cancel the night before than leave 400 cars sitting in a holding lane.
Q direct Kendra Ojala-Whitfield :: "We are hiring as fast as we can train, but it takes about two years of sea time to become an able seaman,"
F duration two years
P partial Ojala-Whitfield
Q direct Kendra Ojala-Whitfield :: "We would rather cancel the night before than leave 400 cars sitting in a holding lane.
F number 400
> "That is not a fix. It is triage."
Q direct Kendra Ojala-Whitfield :: "That is not a fix. It is triage."
> The Legislature put $38.5 million into the 2040 supplemental budget for recruitment, including $12,000 signing bonuses for engine-room crew and a training center in Bremerton.
O government Legislature
F money $38.5 million
F date 2040
F money $12,000
L city Bremerton
> The Inlandboatmen's Union of the Pacific (IBU), which represents deck and terminal workers, said in a statement that the shortage was "years in the making" and that overtime had reached 31% of crew hours in May.
O nonprofit Inlandboatmen's Union of the Pacific
O nonprofit IBU
Q direct Inlandboatmen's Union of the Pacific :: "years in the making"
F percent 31%
> On the islands, the cancellations ripple into daily life. San Juan County Council member Tobias Hendry-Lund said the grocery store in Eastsound on Orcas Island ran out of milk twice last week, and two patients missed dialysis in Friday Harbor.
O government San Juan County Council
P full Tobias Hendry-Lund
L city Eastsound
L geo Orcas Island
F number two
L city Friday Harbor
> "For Vashon or Bainbridge, a canceled boat is a bad morning," he said. "For Lopez, it can be a lost day."
Q direct Tobias Hendry-Lund :: "For Vashon or Bainbridge, a canceled boat is a bad morning,"
L geo Vashon
L geo Bainbridge
Q direct Tobias Hendry-Lund :: "For Lopez, it can be a lost day."
L geo Lopez
> Walk-on fares on the Seattle-Bainbridge Island route, now $10.25, are scheduled to rise 3% on Oct. 1. Two new hybrid-electric boats, each costing about $260 million, are not due until 2043.
L city Seattle
L geo Bainbridge Island
F money $10.25
F percent 3%
F date Oct. 1
F number Two
F money $260 million
F date 2043
> WSF said it expects to restore the two-boat schedule on the Edmonds-Kingston route by July 9.
O government WSF
F number two
L city Edmonds
L city Kingston
F date July 9
'''

ARTICLES['1146-pennine-water-fined-sewage-spills-wharfe-aire-ofwat-mps-guardian'] = r'''
> Water
> Pennine Water fined record £96m over illegal sewage spills into Wharfe and Aire
O company Pennine Water
F money £96m
L geo Wharfe
L geo Aire
> Ofwat says company let untreated sewage flow on 61 dry days, as MPs call for bonuses to be clawed back
O government Ofwat
F duration 61 dry days
> Helena Marsh-Adeyemi Environment correspondent
P full Helena Marsh-Adeyemi
> Thu 6 Sep 2040 07.00 BST
F date 6 Sep 2040
F time 07.00 BST
> The River Wharfe at Ilkley, where bathing water has been rated poor for a fourth year. Photograph: Callum Ashworth-Reid/The Guardian
L geo River Wharfe
L city Ilkley
P full Callum Ashworth-Reid
O media The Guardian
> A water company has been fined a record £96m after the regulator found it let untreated sewage pour into two of Yorkshire’s best-known rivers on days when it had not rained.
F money £96m
F number two
L region Yorkshire
> Ofwat, the Water Services Regulation Authority, said Pennine Water had breached its licence at 23 treatment works on the Wharfe, the Aire and the Calder between April 2036 and December 2039, discharging for a total of 3,400 hours.
O government Ofwat
O government Water Services Regulation Authority
O company Pennine Water
F number 23
L geo Wharfe
L geo Aire
L geo Calder
F date April 2036
F date December 2039
F duration 3,400 hours
> The penalty, equal to 7% of the company’s annual turnover, is the largest Ofwat has imposed. It must be paid by shareholders, not customers, whose average bill is £612 a year.
F percent 7%
O government Ofwat
F money £612
> Ofwat’s chief executive, Saoirse Ní Fhloinn, said the spills were “not bad luck and not heavy rain”.
O government Ofwat
P full Saoirse Ní Fhloinn
Q direct Saoirse Ní Fhloinn :: “not bad luck and not heavy rain”
> “On 61 days the rivers were low and the sun was out, and sewage was still going in,” she said. “Pennine’s own monitors recorded it. The company simply didn’t act.”
Q direct Saoirse Ní Fhloinn :: “On 61 days the rivers were low and the sun was out, and sewage was still going in,”
F duration 61 days
Q direct Saoirse Ní Fhloinn :: “Pennine’s own monitors recorded it. The company simply didn’t act.”
O company Pennine
> The Environment Agency, which is running a separate criminal investigation into spills at Esholt and Burley, said it would “not hesitate” to bring charges.
O government Environment Agency
L city Esholt
L city Burley
Q direct Environment Agency :: “not hesitate”
> Pennine Water, which serves 2.1 million people in West Yorkshire and the Yorkshire Dales, said it was “deeply sorry” and would spend £1.2bn by 2045 on storm tanks and upgrades at 40 sites. A spokesperson said: “We accept Ofwat’s findings in full. We have changed how our works are run, and spills on dry days are down 80% this year.”
O company Pennine Water
F number 2.1 million
L region West Yorkshire
L region Yorkshire Dales
Q direct Pennine Water :: “deeply sorry”
F money £1.2bn
F date 2045
F number 40
Q direct - :: “We accept Ofwat’s findings in full. We have changed how our works are run, and spills on dry days are down 80% this year.”
O government Ofwat
F percent 80%
> MPs said the fine did not go far enough. Priyanka Holroyd-Mensah, the Labour MP for Keighley and Ilkley and a member of the Commons environmental audit committee, said three directors had shared bonuses of £2.7m over the same four years.
P full Priyanka Holroyd-Mensah
L region Keighley and Ilkley
O government Commons
F number three
F money £2.7m
F duration four years
> “If you are paid a bonus while your works are pumping sewage into the Wharfe on a sunny afternoon, that money should come back,” she said. “People in Ilkley, Otley and Pool have been told to keep their children out of the river. That is the ‘world-class’ service they are paying for.”
Q direct Priyanka Holroyd-Mensah :: “If you are paid a bonus while your works are pumping sewage into the Wharfe on a sunny afternoon, that money should come back,”
L geo Wharfe
Q direct Priyanka Holroyd-Mensah :: “People in Ilkley, Otley and Pool have been told to keep their children out of the river. That is the ‘world-class’ service they are paying for.”
L city Ilkley
L city Otley
L city Pool
> The Liberal Democrats, who have called for water firms to be turned into public-benefit companies, said the case showed the regulator had been “asleep at the wheel” for a decade.
O party Liberal Democrats
Q direct Liberal Democrats :: “asleep at the wheel”
> Campaigners at Ilkley Clean River Group, which in 2020 won England’s first bathing water designation for a river, said tests this summer had found E coli levels up to 14 times the safe limit below the Ilkley outfall.
O nonprofit Ilkley Clean River Group
F date 2020
L country England
F number 14
L city Ilkley
> “Fines are welcome, but the fish don’t read press releases,” said the group’s chair, Rowan Featherstone-Iqbal, 58. “We want to swim in the river, not read about it.”
Q direct Rowan Featherstone-Iqbal :: “Fines are welcome, but the fish don’t read press releases,”
P full Rowan Featherstone-Iqbal
F age 58
Q direct Rowan Featherstone-Iqbal :: “We want to swim in the river, not read about it.”
> The Department for Environment, Food and Rural Affairs (Defra) said the fine would go to the Treasury, with £20m set aside for river restoration in the Aire catchment.
O government Department for Environment, Food and Rural Affairs
O government Defra
O government Treasury
F money £20m
L geo Aire
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
