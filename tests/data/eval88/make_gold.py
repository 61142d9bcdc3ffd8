#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval88 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval88/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['571-maerdy-mine-water-heat-network-rhondda-fach-little-moscow-rct-itv-wales'] = r'''
> Wales
L country Wales
> Warm water from flooded Rhondda pit to heat 400 homes in Maerdy
L geo Rhondda
F number 400
L city Maerdy
> Wednesday 9 February 2039, 6:14pm
F date 9 February 2039
F time 6:14pm
> Report by Ffion Wyn-Pritchard, ITV Wales Correspondent
P full Ffion Wyn-Pritchard
O media ITV Wales
> The former colliery site at Maerdy, at the top of the Rhondda Fach, where the energy centre will be built. Credit: ITV Wales
L city Maerdy
L geo Rhondda Fach
O media ITV Wales
> Hundreds of homes in a Rhondda village once known as “Little Moscow” are to be heated with water pumped from the flooded coal workings beneath it, 48 years after its colliery closed.
L geo Rhondda
Q scare - :: “Little Moscow”
L city Little Moscow
F duration 48 years
> Rhondda Cynon Taf Council’s cabinet on Tuesday approved a £14.6m scheme to drill two boreholes into the old Maerdy Colliery workings, where the water stays at around 14C all year, about 320 metres below the surface.
O government Rhondda Cynon Taf Council
F money £14.6m
F number two
L facility Maerdy Colliery
F quantity 14C
F quantity 320 metres
> Heat pumps in a new energy centre on the old pithead will raise the water to 65C and send it through 6.2km of insulated pipes to 412 council and housing association homes, Ysgol Gymraeg Llyn-y-Forwyn and the Maerdy Workmen’s Hall.
F quantity 65C
F quantity 6.2km
F number 412
O education Ysgol Gymraeg Llyn-y-Forwyn
L facility Maerdy Workmen’s Hall
> It will be the first mine water heat network in Wales. Similar schemes already supply homes in Gateshead and Seaham in the north east of England, and in the Dutch city of Heerlen.
L country Wales
L city Gateshead
L city Seaham
L country England
L city Heerlen
> The Mining Remediation Authority, which manages the legacy of coal mining in Britain, estimates that a quarter of homes in Wales sit above old mine workings. “The water in those workings is a resource, not just a hazard,” a spokesperson for the authority said.
O government Mining Remediation Authority
L country Britain
F fraction a quarter
L country Wales
Q direct - :: “The water in those workings is a resource, not just a hazard,”
> The Welsh Government will pay £9.1m of the cost. The rest will be borrowed by the council and repaid over 25 years from the charges tenants pay for their heat.
O government Welsh Government
F money £9.1m
F duration 25 years
> Cllr Bethan Rhys-Howells, the council’s cabinet member for climate change, said: “For 130 years this valley sent its coal out to heat the world. Now, at last, the pits are going to heat us.”
P full Bethan Rhys-Howells
Q direct Bethan Rhys-Howells :: “For 130 years this valley sent its coal out to heat the world. Now, at last, the pits are going to heat us.”
F duration 130 years
> She said tenants’ bills were expected to be about 20% lower than with a gas boiler, and that the first homes should be connected by October 2040.
F percent 20%
F date October 2040
> Maerdy was the last deep mine in the Rhondda when it closed in December 1990. At its peak, in the 1920s, more than 2,500 men worked there, and the village earned its nickname from the strength of its support for the Communist Party.
L facility Maerdy
L geo Rhondda
F date December 1990
F date 1920s
F number 2,500
O party Communist Party
> Glyn Pritchard, 81, worked underground at Maerdy for 23 years until the gates were locked.
P full Glyn Pritchard
F age 81
L facility Maerdy
F duration 23 years
> “When they shut the pit we thought that was the end of the place. My father and my grandfather both went down that shaft,” he said. “If the water down there can keep my great-grandchildren warm, then good. It’s only fair.”
Q direct Glyn Pritchard :: “When they shut the pit we thought that was the end of the place. My father and my grandfather both went down that shaft,”
Q direct Glyn Pritchard :: “If the water down there can keep my great-grandchildren warm, then good. It’s only fair.”
> At Ysgol Gymraeg Llyn-y-Forwyn, the Welsh-medium primary that will be among the first buildings connected, headteacher Elin Mair Jenkins said the scheme would cut the school’s heating bill by about £11,000 a year.
O education Ysgol Gymraeg Llyn-y-Forwyn
P full Elin Mair Jenkins
F money £11,000
> “Mae’r cwm yn cael rhywbeth yn ôl o’r diwedd,” she said – the valley is finally getting something back.
Q direct Elin Mair Jenkins :: “Mae’r cwm yn cael rhywbeth yn ôl o’r diwedd,”
> Not everyone is convinced the numbers add up. Plaid Cymru’s councillor for Maerdy, Cllr Dafydd ap Ieuan, backed the plan at a scrutiny meeting last month but said tenants needed a cap on prices written into the contract.
O party Plaid Cymru
L region Maerdy
P full Dafydd ap Ieuan
> “People here remember what happened when the water and the electric were sold off. We are not going to swap one private monopoly for another,” he said. “If this is a public network, keep it public.”
Q direct Dafydd ap Ieuan :: “People here remember what happened when the water and the electric were sold off. We are not going to swap one private monopoly for another,”
Q direct Dafydd ap Ieuan :: “If this is a public network, keep it public.”
> RCT Council said the network would be run by a new arm’s-length company, Gwres Cwm Rhondda Cyf, wholly owned by the council, and that the drilling contract had gone to Caerphilly-based Daear Drilling Ltd.
O government RCT Council
O company Gwres Cwm Rhondda Cyf
L city Caerphilly
O company Daear Drilling Ltd
> Drilling is due to start in May. Officers told the cabinet that, if the Maerdy boreholes perform as expected, the same approach could be used in Ferndale and Tylorstown further down the Rhondda Fach, and in Mountain Ash in the Cynon valley.
L city Maerdy
L city Ferndale
L city Tylorstown
L geo Rhondda Fach
L city Mountain Ash
L geo Cynon
> The network is expected to save around 1,100 tonnes of carbon dioxide a year compared with gas heating.
F quantity 1,100 tonnes
> Watch the full report on Wales at Six from 6pm.
F time 6pm
'''

ARTICLES['572-zanzibar-malindi-port-cruise-berth-68bn-stone-town-stcda-zpc-daily-news'] = r'''
> Business
> Zanzibar targets 100 cruise calls as 68bn/- Malindi port upgrade takes off
L region Zanzibar
F number 100
F money 68bn/-
L facility Malindi
> By Salma Khamis Haji, Zanzibar
P full Salma Khamis Haji
L region Zanzibar
> November 16, 2038
F date November 16, 2038
> Passengers disembark from a cruise liner at Malindi Port in Stone Town, Zanzibar, on Monday. (Photo by Abdalla Mohamed Pandu)
L facility Malindi Port
L city Stone Town
L region Zanzibar
P full Abdalla Mohamed Pandu
> THE Zanzibar Ports Corporation (ZPC) has started a 68bn/- expansion of Malindi Port that will allow two cruise liners of up to 300 metres to berth at the same time, as the Isles aim for 100 cruise calls a year by 2040.
O company Zanzibar Ports Corporation
O company ZPC
F money 68bn/-
L facility Malindi Port
F number two
F quantity 300 metres
L region Isles
F number 100
F date 2040
> ZPC Director General Dr Khadija Omar Juma told the Daily News on Monday that the project, funded by the Revolutionary Government of Zanzibar (SMZ) and a 24m US dollar loan from the OPEC Fund for International Development, would lengthen the main quay by 180 metres and deepen the approach channel to 11 metres.
O company ZPC
P full Khadija Omar Juma
O media Daily News
O government Revolutionary Government of Zanzibar
O government SMZ
F money 24m US dollar
O intergovernmental OPEC Fund for International Development
F quantity 180 metres
F quantity 11 metres
> She said the corporation handled 63 cruise calls and 71,400 passengers in the 2037/38 season, up 27 per cent on the season before.
F number 63
F number 71,400
F date 2037/38
F percent 27 per cent
> "Many ships passed us by because Malindi could take only one vessel at a time. The big ones had to anchor offshore and bring their passengers in by tender, and the cruise lines do not like that.
Q direct Khadija Omar Juma :: "Many ships passed us by because Malindi could take only one vessel at a time. The big ones had to anchor offshore and bring their passengers in by tender, and the cruise lines do not like that.
L facility Malindi
F number one
> "With the new berth we can take two ships on the same day in the peak months. Every call leaves money with our taxi drivers, our guides and the traders of Darajani," she said.
Q direct Khadija Omar Juma :: "With the new berth we can take two ships on the same day in the peak months. Every call leaves money with our taxi drivers, our guides and the traders of Darajani,"
F number two
L city Darajani
> Dr Juma said the contractor, Dar es Salaam-based Pwani Marine Works Ltd, was expected to finish the work within 30 months.
P partial Juma
L city Dar es Salaam
O company Pwani Marine Works Ltd
F duration 30 months
> Figures from the Office of the Chief Government Statistician (OCGS) show that Zanzibar received 1,184,320 international visitors in the 12 months to September, up 9.6 per cent, with Italy, Poland and Germany the largest source markets.
O government Office of the Chief Government Statistician
O government OCGS
L region Zanzibar
F number 1,184,320
F duration 12 months
F percent 9.6 per cent
L country Italy
L country Poland
L country Germany
> Arrivals at Abeid Amani Karume International Airport rose by 14.2 per cent over the same period, while hotel occupancy in Nungwi, Kendwa and Paje averaged 78 per cent in August, according to the Zanzibar Commission for Tourism (ZCT).
L facility Abeid Amani Karume International Airport
F percent 14.2 per cent
L city Nungwi
L city Kendwa
L city Paje
F percent 78 per cent
O government Zanzibar Commission for Tourism
O government ZCT
> Tourism accounts for about 30 per cent of the Isles' gross domestic product and some 80 per cent of foreign exchange earnings, according to the Ministry of Tourism and Heritage.
F percent 30 per cent
L region Isles
F percent 80 per cent
O government Ministry of Tourism and Heritage
> But conservationists warn that Stone Town, a Unesco World Heritage Site since 2000, is already struggling with the crowds. The Stone Town Conservation and Development Authority (STCDA) has limited tour groups in the narrow streets around the House of Wonders, known locally as Beit al-Ajaib, to 40 an hour on cruise days.
L city Stone Town
O intergovernmental Unesco
F date 2000
O government Stone Town Conservation and Development Authority
O government STCDA
L facility House of Wonders
L facility Beit al-Ajaib
F number 40
> "We are not against ships. But two thousand people arriving before lunch in streets built for donkey carts is a different matter," said STCDA conservation officer Mr Othman Suleiman Ali.
Q direct Othman Suleiman Ali :: "We are not against ships. But two thousand people arriving before lunch in streets built for donkey carts is a different matter,"
F number two thousand
O government STCDA
P full Othman Suleiman Ali
> Traders, however, welcomed the expansion. "Meli zikija, biashara inachangamka," said Mwanaisha Juma Makame, who sells spices and kanga cloth near the Darajani market. (When ships come, business picks up.)
Q direct Mwanaisha Juma Makame :: "Meli zikija, biashara inachangamka,"
P full Mwanaisha Juma Makame
L facility Darajani
> Tour guide Said Nassor Said, who has worked in Stone Town for 19 years, said a cruise day could bring him up to 150,000/- in tips, against about 40,000/- on an ordinary day.
P full Said Nassor Said
L city Stone Town
F duration 19 years
F money 150,000/-
F money 40,000/-
> He said, however, that passengers were often rushed. "They have four hours on the island. They see the Old Fort, they buy a kanga, and they are gone. We want them to stay a night in Nungwi next time."
Q direct Said Nassor Said :: "They have four hours on the island. They see the Old Fort, they buy a kanga, and they are gone. We want them to stay a night in Nungwi next time."
F duration four hours
L facility Old Fort
L city Nungwi
> On Pemba, ZPC is building an 8.5bn/- passenger terminal at Mkoani for ferries from Unguja and Tanga, due to open in March 2039. A feasibility study for a new multipurpose port at Mangapwani, north of Stone Town, is still under review, Dr Juma said.
L geo Pemba
O company ZPC
F money 8.5bn/-
L city Mkoani
L geo Unguja
L city Tanga
F date March 2039
L city Mangapwani
L city Stone Town
P partial Juma
> Cruise passengers pay a port fee of 5 US dollars and, like all visitors, must buy the Isles' mandatory travel insurance, which costs USD 44.
F money 5 US dollars
L region Isles
F money USD 44
'''

ARTICLES['573-rock-rush-general-overtime-winner-td-coliseum-nll-box-score-hamilton-spectator'] = r'''
> Sports
> Rock rally past Rush on General's overtime winner
O team Rock
O team Rush
P partial General
> Six Nations rookie scores twice, including the winner 2:41 into overtime, as Toronto erases a three-goal deficit in the final six minutes
L region Six Nations
F time 2:41
O team Toronto
F number three
F duration six minutes
> By Dan Kowalczyk Spectator Reporter
P full Dan Kowalczyk
O media Spectator
> Sat., March 19, 2039
F date March 19, 2039
> 3 min read
F duration 3 min
> Toronto Rock forward Rylan General celebrates his overtime winner against the Saskatchewan Rush at TD Coliseum on Saturday night. Cathy Vuong-Marsh/The Hamilton Spectator
O team Toronto Rock
P full Rylan General
O team Saskatchewan Rush
L facility TD Coliseum
P full Cathy Vuong-Marsh
O media The Hamilton Spectator
> Rylan General grew up 40 minutes down the road, watching players from home wear the Toronto Rock jersey. On Saturday night, 8,914 fans at TD Coliseum in Hamilton chanted his name.
P full Rylan General
F duration 40 minutes
O team Toronto Rock
F number 8,914
L facility TD Coliseum
L city Hamilton
> The 21-year-old rookie from Six Nations scored his second goal of the night 2:41 into overtime to give the Rock a 12-11 National Lacrosse League win over the Saskatchewan Rush, capping a comeback from 11-8 down with 6:12 left in the fourth quarter.
F age 21-year-old
L region Six Nations
F time 2:41
O team Rock
F score 12-11
O other National Lacrosse League
O team Saskatchewan Rush
F score 11-8
F time 6:12
> "I've been coming to this building since I was five years old. My uncle played here," General said. "To score that one in front of my grandmother, my cousins, half of Ohsweken — I don't know what to say. I don't think I'll sleep tonight."
Q direct Rylan General :: "I've been coming to this building since I was five years old. My uncle played here,"
F age five years old
P partial General
Q direct Rylan General :: "To score that one in front of my grandmother, my cousins, half of Ohsweken — I don't know what to say. I don't think I'll sleep tonight."
F fraction half
L city Ohsweken
> The win lifted the Rock to 10-5, a game behind the Buffalo Bandits for first place in the NLL standings, while the Rush fell to 7-8.
O team Rock
F score 10-5
O team Buffalo Bandits
O other NLL
O team Rush
F score 7-8
> Saskatchewan led 6-4 at halftime and 9-6 after the third quarter, and Brett Olynyk's fourth goal of the night made it 11-8 with 6:12 to play. Rush goaltender Dawson Kreutzer had turned aside 44 shots to that point.
O team Saskatchewan
F score 6-4
F score 9-6
P full Brett Olynyk
F score 11-8
F time 6:12
O team Rush
P full Dawson Kreutzer
F number 44
> Then the Rock found another gear. Ethan Doxtator scored on the power play with 5:09 left, captain Cole Vandenberg bounced a shot in off Kreutzer's shoulder 41 seconds later, and General tied it with 1:07 left in regulation, spinning off a Saskatchewan defender and beating Kreutzer low to the glove side.
O team Rock
P full Ethan Doxtator
F time 5:09
P full Cole Vandenberg
P partial Kreutzer
F duration 41 seconds
P partial General
F time 1:07
O team Saskatchewan
P partial Kreutzer
> In overtime, Rock goaltender Nick Bomberry stopped Tanner Wolfe-Carriere on a breakaway before Liam Ferreira found General alone on the doorstep.
O team Rock
P full Nick Bomberry
P full Tanner Wolfe-Carriere
P full Liam Ferreira
P partial General
> "We were dead in the water for 50 minutes," Rock head coach Darren Quattrocchi said. "Bomberry kept us in it and the kid did the rest. He's been playing box since he could walk, and you could see it on that last goal. He wanted the ball."
Q direct Darren Quattrocchi :: "We were dead in the water for 50 minutes,"
F duration 50 minutes
O team Rock
P full Darren Quattrocchi
Q direct Darren Quattrocchi :: "Bomberry kept us in it and the kid did the rest. He's been playing box since he could walk, and you could see it on that last goal. He wanted the ball."
P partial Bomberry
> Bomberry finished with 39 saves and improved to 8-3.
P partial Bomberry
F number 39
F score 8-3
> Rush head coach Jean-Marc Lavallée-Hunt said his team "stopped moving the ball" once it had the lead. "You can't sit on a three-goal lead in this league. They'll make you pay, and they did," he said.
O team Rush
P full Jean-Marc Lavallée-Hunt
Q direct Jean-Marc Lavallée-Hunt :: "stopped moving the ball"
Q direct Jean-Marc Lavallée-Hunt :: "You can't sit on a three-goal lead in this league. They'll make you pay, and they did,"
F number three
> General, who played junior for the Six Nations Arrows, was taken fourth overall in last fall's draft. Saturday was his 15th NLL game.
P partial General
O team Six Nations Arrows
O other NLL
> The Rock (10-5) visit the Halifax Thunderbirds at Scotiabank Centre next Saturday at 7 p.m. before returning home to face the Albany FireWolves on April 2.
O team Rock
F score 10-5
O team Halifax Thunderbirds
L facility Scotiabank Centre
F time 7 p.m.
O team Albany FireWolves
F date April 2
> SUMMARY
> Rock 12, Rush 11 (OT)
O team Rock
F score 12
O team Rush
F score 11
> Saskatchewan 2 4 3 2 0 — 11
O team Saskatchewan
F score 2
F score 4
F score 3
F score 2
F score 0
F score 11
> Toronto 1 3 2 5 1 — 12
O team Toronto
F score 1
F score 3
F score 2
F score 5
F score 1
F score 12
> Goals: TOR — Doxtator 3, General 2, Vandenberg 2, Ferreira 2, Hill-Sandy, Martin, Okafor. SAS — Olynyk 4, Wolfe-Carriere 3, Mclean 2, Pelletier, Ramsay.
O team TOR
P partial Doxtator
F number 3
P partial General
F number 2
P partial Vandenberg
F number 2
P partial Ferreira
F number 2
P partial Hill-Sandy
P partial Martin
P partial Okafor
O team SAS
P partial Olynyk
F number 4
P partial Wolfe-Carriere
F number 3
P partial Mclean
F number 2
P partial Pelletier
P partial Ramsay
> Goaltenders: TOR — Bomberry (W, 8-3), 39 saves on 50 shots. SAS — Kreutzer (L, 5-6), 47 saves on 59 shots.
O team TOR
P partial Bomberry
F score 8-3
F number 39
F number 50
O team SAS
P partial Kreutzer
F score 5-6
F number 47
F number 59
> Shots: TOR 14 15 12 16 2 — 59; SAS 13 12 11 13 1 — 50.
O team TOR
F number 14
F number 15
F number 12
F number 16
F number 2
F number 59
O team SAS
F number 13
F number 12
F number 11
F number 13
F number 1
F number 50
> Power plays: TOR 2-5; SAS 1-4. Penalty minutes: TOR 8; SAS 12.
O team TOR
F number 2-5
O team SAS
F number 1-4
O team TOR
F number 8
O team SAS
F number 12
> Referees: Amanda Szczepanik, Troy Whitehead-Nanibush. Attendance: 8,914.
P full Amanda Szczepanik
P full Troy Whitehead-Nanibush
F number 8,914
'''

ARTICLES['574-salmones-patagua-escape-140000-salmon-melinka-guaitecas-aysen-sma-seafoodsource'] = r'''
> Aquaculture
> Storm frees 140,000 salmon from Chilean farm; regulator opens sanction case
F number 140,000
> By Tomás Riquelme Vidal | March 17, 2038
P full Tomás Riquelme Vidal
F date March 17, 2038
> Salmon pens in the Guaitecas archipelago, Aysén region, Chile. | Photo courtesy of Sernapesca
L geo Guaitecas
L region Aysén
L country Chile
O government Sernapesca
> An estimated 140,000 Atlantic salmon escaped from a farm run by Salmones Patagua in southern Chile’s Aysén region after a storm tore through the site over the weekend, Chile’s National Fisheries and Aquaculture Service (Sernapesca) said on March 15.
F number 140,000
O company Salmones Patagua
L country Chile
L region Aysén
L country Chile
O government National Fisheries and Aquaculture Service
O government Sernapesca
F date March 15
> The fish, averaging 3.4 kilograms, were weeks from harvest at the company’s Punta Garrao site near Melinka, on the Guaitecas Islands, when gusts of up to 110 kilometers per hour snapped mooring lines on six of the farm’s 12 cages in the early hours of March 13.
F quantity 3.4 kilograms
L facility Punta Garrao
L city Melinka
L geo Guaitecas Islands
F quantity 110 kilometers per hour
F number six
F number 12
F date March 13
> Sernapesca said it had ordered the company to start recapture work “immediately” and to report the number of fish recovered every 24 hours.
O government Sernapesca
Q direct Sernapesca :: “immediately”
F duration 24 hours
> “The escape of this volume of fish represents a serious risk to native species and to the artisanal fishing communities of the archipelago,” the agency said in a statement.
Q direct Sernapesca :: “The escape of this volume of fish represents a serious risk to native species and to the artisanal fishing communities of the archipelago,”
> On March 16, Chile’s Superintendency of the Environment (SMA) opened a sanction proceeding against Salmones Patagua. The most serious breaches of Chilean environmental law can draw fines of up to 10,000 UTA, around USD 8.6 million at current exchange rates.
F date March 16
L country Chile
O government Superintendency of the Environment
O government SMA
O company Salmones Patagua
F money 10,000 UTA
F money USD 8.6 million
> Salmones Patagua, a subsidiary of Oslo-listed Fjordhav ASA, said about 31,000 fish had been recaptured by Tuesday evening. The damaged cages held roughly 476 metric tons of fish, it said.
O company Salmones Patagua
L city Oslo
O company Fjordhav ASA
F number 31,000
F quantity 476 metric tons
> “Our priority is to recover as many fish as possible and to work transparently with the authorities and with the people of Melinka,” Salmones Patagua CEO Rodrigo Cárcamo Yáñez said.
Q direct Rodrigo Cárcamo Yáñez :: “Our priority is to recover as many fish as possible and to work transparently with the authorities and with the people of Melinka,”
L city Melinka
O company Salmones Patagua
P full Rodrigo Cárcamo Yáñez
> The company said the last antibiotic treatment at Punta Garrao ended 94 days before the escape, well beyond the withdrawal period required before fish can be eaten. Local fishers are not reassured.
L facility Punta Garrao
F duration 94 days
> Melinka, a town of about 1,600 people on Ascensión Island, lives off hake, sea urchin and, increasingly, contracts with the salmon farms. Members of the local fishers’ union, the Sindicato de Pescadores Artesanales Isla Ascensión, have joined the recapture effort with gillnets, and the company pays CLP 1,500 for each fish landed.
L city Melinka
F number 1,600
L geo Ascensión Island
O nonprofit Sindicato de Pescadores Artesanales Isla Ascensión
F money CLP 1,500
> “We are catching salmon where there should only be róbalo and pejerrey. A salmon eats everything — the small fish, the crabs, the eggs,” said union president Marisol Llaipén Huenupán. “In two months they will be in every channel from here to Chiloé.”
Q direct Marisol Llaipén Huenupán :: “We are catching salmon where there should only be róbalo and pejerrey. A salmon eats everything — the small fish, the crabs, the eggs,”
P full Marisol Llaipén Huenupán
Q direct Marisol Llaipén Huenupán :: “In two months they will be in every channel from here to Chiloé.”
F duration two months
L geo Chiloé
> Llaipén said union members had landed more than 9,000 salmon by Tuesday, but that many more were being caught, unreported, by recreational anglers along the Moraleda Channel.
P partial Llaipén
F number 9,000
L geo Moraleda Channel
> It is the largest escape in Chile since 2018, when about 690,000 fish broke out of a farm in the Los Lagos region after a storm.
L country Chile
F date 2018
F number 690,000
L region Los Lagos
> Aysén, officially the Aysén del General Carlos Ibáñez del Campo Region, now produces about 40 percent of Chile’s farmed salmon. Industry group SalmonChile said farms there had invested heavily in “storm-rated” moorings since 2030, but that this summer’s weather had been “exceptional.”
L region Aysén
L region Aysén del General Carlos Ibáñez del Campo Region
F percent 40 percent
L country Chile
O nonprofit SalmonChile
Q direct SalmonChile :: “storm-rated”
F date 2030
Q direct SalmonChile :: “exceptional.”
> The Undersecretariat of Fisheries and Aquaculture (Subpesca) said it would review the site’s concession, which Salmones Patagua has held since 2029.
O government Undersecretariat of Fisheries and Aquaculture
O government Subpesca
O company Salmones Patagua
F date 2029
> Analysts do not expect the escape to move export prices. Chile shipped USD 6.4 billion of salmon and trout in 2037, with the United States, Japan and Brazil its top markets.
L country Chile
F money USD 6.4 billion
F date 2037
L country United States
L country Japan
L country Brazil
> “Four hundred tons is less than a day of Chile’s exports to Miami. The market will not notice. Melinka will,” said Andrés Kaschel Oyarzo, a Puerto Montt-based aquaculture consultant.
Q direct Andrés Kaschel Oyarzo :: “Four hundred tons is less than a day of Chile’s exports to Miami. The market will not notice. Melinka will,”
F quantity Four hundred tons
L country Chile
L city Miami
L city Melinka
P full Andrés Kaschel Oyarzo
L city Puerto Montt
'''

ARTICLES['575-dennis-select-board-oyster-grants-chapin-memorial-beach-3-2-vote-cape-cod-times'] = r'''
> Local
> Dennis Select Board OKs oyster farms off Chapin Beach over neighbors' objections
O government Dennis Select Board
L geo Chapin Beach
> Four new aquaculture grants, totaling 8 acres, split the board 3-2. Opponents say they will take the fight to town meeting.
F number Four
F quantity 8 acres
F number 3-2
> Sabrina Costa-Mayhew
P full Sabrina Costa-Mayhew
> Cape Cod Times
O media Cape Cod Times
> Published 5:04 a.m. ET March 16, 2039
F time 5:04 a.m. ET
F date March 16, 2039
> Shellfish farmer Nate Eldredge checks oyster bags on the flats off Chapin Memorial Beach in Dennis at low tide on Monday. Merritt Kalahele/Cape Cod Times
P full Nate Eldredge
L geo Chapin Memorial Beach
L city Dennis
P full Merritt Kalahele
O media Cape Cod Times
> DENNIS — After more than three hours of public comment, the Select Board voted 3-2 Tuesday night to approve four new shellfish aquaculture grants on the tidal flats off Chapin Memorial Beach, the biggest expansion of oyster farming in the town’s Cape Cod Bay waters in more than a decade.
L city DENNIS
F duration three hours
O government Select Board
F number 3-2
F number four
L geo Chapin Memorial Beach
L geo Cape Cod Bay
> The grants, each 2 acres, will go to four Dennis shellfishermen who plan to grow oysters in mesh bags on low racks about 1,500 feet from the high-tide line. They carry 10-year licenses from the town and still need final sign-off from the state Division of Marine Fisheries.
F quantity 2 acres
F number four
L city Dennis
F quantity 1,500 feet
F duration 10-year
O government Division of Marine Fisheries
> Opponents, many of them owners of summer cottages along Chapin Beach Road, filled the main meeting room at Dennis Town Hall in South Dennis. Several held signs reading “Keep Chapin Wild.”
L street Chapin Beach Road
L facility Dennis Town Hall
L city South Dennis
Q direct - :: “Keep Chapin Wild.”
L geo Chapin
> “My family has been coming to this beach since 1962, and my grandchildren dig for quahogs on those flats every August,” said Roberta Killam-Doane, whose family has owned a cottage on the road for three generations. “You put 8 acres of racks out there and you’ve turned a public beach into somebody’s farm.
Q direct Roberta Killam-Doane :: “My family has been coming to this beach since 1962, and my grandchildren dig for quahogs on those flats every August,”
F date 1962
P full Roberta Killam-Doane
F number three
Q direct Roberta Killam-Doane :: “You put 8 acres of racks out there and you’ve turned a public beach into somebody’s farm.
F quantity 8 acres
> “Nobody in this room is against the shellfishermen. We are against this spot.”
Q direct Roberta Killam-Doane :: “Nobody in this room is against the shellfishermen. We are against this spot.”
> Nathaniel “Nate” Eldredge, 34, one of the four grant holders, said his family has fished out of Sesuit Harbor for five generations.
P full Nathaniel “Nate” Eldredge
Q scare - :: “Nate”
F age 34
F number four
L geo Sesuit Harbor
F number five
> “The cod are gone, the scallops are mostly gone, and the quahogs aren’t what they were when my grandfather was raking them,” he said. “Oysters are the one thing left that a kid from Dennis can still make a living at.”
Q direct Nathaniel “Nate” Eldredge :: “The cod are gone, the scallops are mostly gone, and the quahogs aren’t what they were when my grandfather was raking them,”
Q direct Nathaniel “Nate” Eldredge :: “Oysters are the one thing left that a kid from Dennis can still make a living at.”
L city Dennis
> Eldredge said the racks sit on the bottom and would be visible only for about two hours on either side of low tide. Growers tend them on foot and by skiff.
P partial Eldredge
F duration two hours
> Shellfish Constable Paula Nickerson-Ryder told the board the town now has 27 grants covering about 41 acres. Dennis growers sold about 2.1 million oysters worth more than $1.6 million last year, she said.
P full Paula Nickerson-Ryder
F number 27
F quantity 41 acres
L city Dennis
F number 2.1 million
F money $1.6 million
> Oyster farming has grown quickly across Cape Cod. Statewide, Massachusetts growers sold 46 million oysters worth $39.8 million in 2037, according to the Division of Marine Fisheries.
L geo Cape Cod
L region Massachusetts
F number 46 million
F money $39.8 million
F date 2037
O government Division of Marine Fisheries
> Select Board Chair Lorraine Baptiste-Howes, who voted with the majority, said the town had moved the grant sites 400 feet farther from the swimming area after a site visit in January.
P full Lorraine Baptiste-Howes
F quantity 400 feet
> Board member Robert J. Sears III, one of the two no votes, said he supported aquaculture “but not where 3,000 people go on a July afternoon.”
P full Robert J. Sears III
F number two
Q direct Robert J. Sears III :: “but not where 3,000 people go on a July afternoon.”
F number 3,000
> A grower who asked not to be named, because he still has to share the beach parking lot with the cottage owners all summer, said the fight was about views, not clams. “Nobody complained when the flats were empty and the town was begging us to find new ground,” he said.
Q direct - :: “Nobody complained when the flats were empty and the town was begging us to find new ground,”
> Opponents have 30 days to appeal the decision to the state. Killam-Doane said a residents’ group, Friends of Chapin Beach, had already collected more than 200 signatures for a citizens’ petition at the annual town meeting on May 3.
F duration 30 days
P partial Killam-Doane
O nonprofit Friends of Chapin Beach
F number 200
F date May 3
> Neighboring Brewster approved four grants on its own Cape Cod Bay flats in 2036, and Yarmouth is weighing requests for new grants in Bass River.
L city Brewster
F number four
L geo Cape Cod Bay
F date 2036
L city Yarmouth
L geo Bass River
> If the state signs off, the first oysters could go into the water by June, Nickerson-Ryder said.
P partial Nickerson-Ryder
> Contact Sabrina Costa-Mayhew at scostamayhew@capecodonline.com.
P full Sabrina Costa-Mayhew
'''

ARTICLES['576-sunamganj-haor-flash-floods-shanir-matian-boro-paddy-meghalaya-bwdb-bdnews24'] = r'''
> 'We cut the paddy green, or we lose it all': flash floods swamp Sunamganj haors
Q direct Sukhen Chandra Das :: 'We cut the paddy green, or we lose it all'
L region Sunamganj
> Sunamganj Correspondent
L city Sunamganj
> bdnews24.com
O media bdnews24.com
> Published : 07 Apr 2038, 08:41 PM
F date 07 Apr 2038
F time 08:41 PM
> Updated : 07 Apr 2038, 09:26 PM
F date 07 Apr 2038
F time 09:26 PM
> Farmers carry bundles of unripe boro paddy out of the flooded Shanir Haor in Tahirpur Upazila of Sunamganj on Wednesday. Photo: bdnews24.com
L geo Shanir Haor
L region Tahirpur Upazila
L region Sunamganj
O media bdnews24.com
> Farmers in Sunamganj are racing to cut unripe boro paddy after flash floods from the hills of India's Meghalaya breached embankments around four haors in two days, submerging at least 11,800 hectares of crops.
L region Sunamganj
L country India
L region Meghalaya
F number four
F duration two days
F quantity 11,800 hectares
> The Surma was flowing 48 cm above the danger level at the Sunamganj point at 6pm on Wednesday, said the Bangladesh Water Development Board (BWDB).
L geo Surma
F quantity 48 cm
L facility Sunamganj
F time 6pm
O government Bangladesh Water Development Board
O government BWDB
> Water entered Shanir Haor in Tahirpur Upazila late on Tuesday after a 60-metre section of the embankment gave way near Ahmakkhali village, while Matian Haor in Tahirpur and Halir Haor in Jamalganj went under early on Wednesday, according to the Department of Agricultural Extension (DAE).
L geo Shanir Haor
L region Tahirpur Upazila
F quantity 60-metre
L city Ahmakkhali
L geo Matian Haor
L region Tahirpur
L geo Halir Haor
L region Jamalganj
O government Department of Agricultural Extension
O government DAE
> Boro has been planted on 2,23,410 hectares across the district's 12 upazilas this season, DAE Sunamganj Deputy Director Md Shafiqul Alam said.
F quantity 2,23,410 hectares
F number 12
O government DAE
L region Sunamganj
P full Md Shafiqul Alam
> "About 30 percent of the paddy in the affected haors had already been cut. The rest is 70 to 80 percent ripe. We have asked farmers to harvest anything that is 80 percent ripe right away," he said.
Q direct Md Shafiqul Alam :: "About 30 percent of the paddy in the affected haors had already been cut. The rest is 70 to 80 percent ripe. We have asked farmers to harvest anything that is 80 percent ripe right away,"
F percent 30 percent
F percent 70
F percent 80 percent
F percent 80 percent
> The DAE put the loss so far at Tk 186 crore, at the current price of Tk 1,250 per maund of paddy.
O government DAE
F money Tk 186 crore
F money Tk 1,250
> Sukhen Chandra Das, 52, of Ahmakkhali had taken a loan of Tk 80,000 from an NGO to farm 13 bighas on the edge of Shanir Haor.
P full Sukhen Chandra Das
F age 52
L city Ahmakkhali
F money Tk 80,000
F quantity 13 bighas
L geo Shanir Haor
> "The water came in the middle of the night. By morning my whole field was under two feet of water," he said.
Q direct Sukhen Chandra Das :: "The water came in the middle of the night. By morning my whole field was under two feet of water,"
F quantity two feet
> "Shob shesh," he added in Bangla – it is all over. "We cut the paddy green, or we lose it all."
Q direct Sukhen Chandra Das :: "Shob shesh,"
Q direct Sukhen Chandra Das :: "We cut the paddy green, or we lose it all."
> His wife, Anjali Rani Das, and their two sons were cutting paddy waist-deep in water on Wednesday afternoon, he said.
P full Anjali Rani Das
F number two
> Across the border, Cherrapunji, also known as Sohra, recorded 412 mm of rain in the 24 hours to 8:30am on Wednesday, according to the India Meteorological Department.
L city Cherrapunji
L city Sohra
F quantity 412 mm
F duration 24 hours
F time 8:30am
O government India Meteorological Department
> The Flood Forecasting and Warning Centre (FFWC) said the Surma, Kushiyara and Jadukata rivers could keep rising for the next 48 hours, putting more haors at risk in Sunamganj, Netrokona and Kishoreganj.
O government Flood Forecasting and Warning Centre
O government FFWC
L geo Surma
L geo Kushiyara
L geo Jadukata
F duration 48 hours
L region Sunamganj
L region Netrokona
L region Kishoreganj
> Haor Bachao Andolon (Save the Haor Movement), a platform of haor farmers, blamed late repairs of the submersible embankments.
O nonprofit Haor Bachao Andolon
O nonprofit Save the Haor Movement
> "Of the 734 embankment repair projects in the district this year, 96 were not finished by the February 28 deadline. Every year the money comes, and every year the dykes go," said Obaidul Haque Chowdhury, general secretary of the group's Sunamganj district unit.
Q direct Obaidul Haque Chowdhury :: "Of the 734 embankment repair projects in the district this year, 96 were not finished by the February 28 deadline. Every year the money comes, and every year the dykes go,"
F number 734
F number 96
F date February 28
P full Obaidul Haque Chowdhury
L region Sunamganj
> BWDB Sunamganj Executive Engineer Mamun Hawlader said the embankments around all four haors had been completed on time and that the water coming down from Meghalaya was "beyond the design of any submersible embankment."
O government BWDB
L region Sunamganj
P full Mamun Hawlader
F number four
L region Meghalaya
Q direct Mamun Hawlader :: "beyond the design of any submersible embankment."
> An official of the district administration, who asked not to be named, said the damage estimate was likely to rise. "If the Jadukata crosses the danger level tonight, Dharmapasha and Shalla will be next," the official said.
Q direct - :: "If the Jadukata crosses the danger level tonight, Dharmapasha and Shalla will be next,"
L geo Jadukata
L region Dharmapasha
L region Shalla
> Sunamganj Deputy Commissioner Rashida Ferdous Mim said 2,400 families in Tahirpur and Jamalganj had received 10 kg of rice and Tk 2,000 each from the government.
L region Sunamganj
P full Rashida Ferdous Mim
F number 2,400
L region Tahirpur
L region Jamalganj
F quantity 10 kg
F money Tk 2,000
> Flash floods in 2017 destroyed nearly the entire boro crop of the Sunamganj haors, and in June 2022 floods inundated most of Sylhet and Sunamganj districts.
F date 2017
L region Sunamganj
F date June 2022
L region Sylhet
L region Sunamganj
> Water also entered parts of Tanguar Haor, a protected wetland near the border in Tahirpur, but boat trips for tourists had not been suspended, the upazila administration said.
L geo Tanguar Haor
L region Tahirpur
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
