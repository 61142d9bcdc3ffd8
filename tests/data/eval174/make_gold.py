#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval174 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval174/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1087-raasay-ferry-calmac-contract-row-msps-scotsman'] = r'''
> Transport
> Raasay ferry row: islanders say £1.1bn CalMac deal ‘leaves us stranded’
L geo Raasay
F money £1.1bn
O company CalMac
Q direct Morag NicLeòid :: ‘leaves us stranded’
> Ministers accused of breaking a promise of a new vessel for the Sconser crossing as MSPs demand answers
L city Sconser
> By Eilidh Drummond-Keir
P full Eilidh Drummond-Keir
> Transport Correspondent
> Published 4th Sep 2040, 17:45 BST
F date 4th Sep 2040
F time 17:45 BST
> The Raasay ferry at the Sconser slipway on Skye. Picture: Calum Ferrie
L geo Raasay
L city Sconser
L geo Skye
P full Calum Ferrie
> ISLANDERS on Raasay have accused the Scottish Government of abandoning them after a new £1.1bn contract for CalMac to run west coast ferry services for the next ten years left the island’s 15-minute crossing to Skye without a replacement vessel.
L geo Raasay
O government Scottish Government
F money £1.1bn
O company CalMac
F duration ten years
F duration 15-minute
L geo Skye
> The contract, signed by Transport Scotland and Caledonian MacBrayne (CalMac) on Tuesday, runs from 1 October 2040 to 30 September 2050 and covers 29 routes. It includes £214m for six new small vessels, but none is earmarked for Raasay, whose 2013-built hybrid ferry has broken down 11 times since November.
O government Transport Scotland
O company Caledonian MacBrayne
O company CalMac
F date 1 October 2040
F date 30 September 2050
F number 29
F money £214m
F number six
L geo Raasay
F date 2013
F number 11
> “We were told in black and white that Raasay would be first in the queue. Now we find we are not in the queue at all. It leaves us stranded,” said Morag NicLeòid, who chairs Raasay Community Council. “Every winter we hear the same five words, ‘the vessel is being repaired’, and every winter it gets worse.
Q direct Morag NicLeòid :: “We were told in black and white that Raasay would be first in the queue. Now we find we are not in the queue at all. It leaves us stranded,”
Q direct Morag NicLeòid :: “Every winter we hear the same five words, ‘the vessel is being repaired’, and every winter it gets worse.
L geo Raasay
P full Morag NicLeòid
O government Raasay Community Council
F number five
> “When the boat is off, children miss school in Portree, patients miss appointments in Broadford and the shop runs out of milk. We are 190 people, not a rounding error.”
Q direct Morag NicLeòid :: “When the boat is off, children miss school in Portree, patients miss appointments in Broadford and the shop runs out of milk. We are 190 people, not a rounding error.”
L city Portree
L city Broadford
F number 190
> Figures obtained by Highlands and Islands MSP Ruairidh Mac an t-Saoir show the island was without a ferry for a total of 23 days between November 2039 and March 2040, leaving passengers to rely on what locals call the “mercy boat” – a rigid inflatable lent by a fish farm.
L region Highlands and Islands
P full Ruairidh Mac an t-Saoir
F duration 23 days
F date November 2039
F date March 2040
Q scare - :: “mercy boat”
> Mr Mac an t-Saoir, a Conservative, said the Government had “quietly dropped” a pledge made in 2037 and called the deal “a ten-year sentence for the smaller islands”. He has lodged a written question at Holyrood and will raise the route in the chamber on Thursday.
P partial Mac an t-Saoir
Q direct Ruairidh Mac an t-Saoir :: “quietly dropped”
F date 2037
Q direct Ruairidh Mac an t-Saoir :: “a ten-year sentence for the smaller islands”
F duration ten-year
O government Holyrood
> Skye, Lochaber and Badenoch MSP Shona Beaton, of the SNP, said the contract was “good news for most of the network” but that Raasay had been “let down”.
L region Skye, Lochaber and Badenoch
P full Shona Beaton
O party SNP
Q direct Shona Beaton :: “good news for most of the network”
L geo Raasay
Q direct Shona Beaton :: “let down”
> Transport Scotland said the contract contained “the largest investment in small vessels in a generation” and that a new Raasay ferry would be considered in the next phase of its Small Vessel Replacement Programme, due to report in 2042.
O government Transport Scotland
Q direct Transport Scotland :: “the largest investment in small vessels in a generation”
L geo Raasay
F date 2042
> A Scottish Government source said the ferry “still has plenty of life in her” and that reliability on the route had risen to 97.2 per cent in 2039-40, from 94.8 per cent the year before.
O government Scottish Government
Q direct - :: “still has plenty of life in her”
F percent 97.2 per cent
F date 2039-40
F percent 94.8 per cent
> CalMac said about 61,000 passengers and 17,500 cars used the Sconser–Raasay crossing last year. A spokeswoman for the operator said it would keep a relief vessel at Uig over the winter and “do everything we can” to limit disruption.
O company CalMac
F number 61,000
F number 17,500
L city Sconser
L geo Raasay
L city Uig
Q direct - :: “do everything we can”
> Ms NicLeòid said community council members would meet officials in Inverness on 18 September. “We are not asking for a cruise ship,” she said. “We are asking for a boat that starts at 7.55am when it is meant to.”
P partial NicLeòid
L city Inverness
F date 18 September
Q direct Morag NicLeòid :: “We are not asking for a cruise ship,”
Q direct Morag NicLeòid :: “We are asking for a boat that starts at 7.55am when it is meant to.”
F time 7.55am
'''

ARTICLES['1088-lagos-calabar-coastal-highway-demolitions-akodo-estates-premium-times'] = r'''
> Metro
> Lagos–Calabar highway: Residents count losses as bulldozers flatten 312 buildings in Ibeju-Lekki
L city Lagos
L city Calabar
F number 312
L region Ibeju-Lekki
> Owners in two estates say they were offered N4.5 million for homes valued at N60 million
F number two
F money N4.5 million
F money N60 million
> By Chinedu Okonkwo-Ezeh
P full Chinedu Okonkwo-Ezeh
> March 12, 2040
F date March 12, 2040
> A demolished bungalow in Palm Haven Estate, Akodo, on Saturday. [PHOTO: ADEBAYO OLUWASEUN-ALLI/PREMIUM TIMES]
L city Palm Haven Estate
L city Akodo
P full ADEBAYO OLUWASEUN-ALLI
O media PREMIUM TIMES
> At least 312 buildings in two residential estates in the Ibeju-Lekki area of Lagos State have been pulled down to clear the right of way for the 700-kilometre Lagos–Calabar Coastal Highway, leaving hundreds of families homeless.
F number 312
F number two
L region Ibeju-Lekki
L region Lagos State
F quantity 700-kilometre
L street Lagos–Calabar Coastal Highway
> The demolitions, which began on Wednesday and continued until late Saturday, hit Palm Haven Estate and Oceanview Gardens in Akodo, about 62 kilometres from the Lekki toll gate, residents told PREMIUM TIMES.
L city Palm Haven Estate
L city Oceanview Gardens
L city Akodo
F quantity 62 kilometres
L city Lekki
O media PREMIUM TIMES
> The Federal Ministry of Works said the buildings stood inside the highway’s 150-metre corridor, which it said was published in the official gazette in 2035.
O government Federal Ministry of Works
F quantity 150-metre
F date 2035
> “I built this house with 17 years of savings. They marked it with red paint on Monday and by Wednesday it was gone,” said Folasade Adeyemi-Bankole, 58, a retired teacher who lived in Palm Haven Estate. “Nobody showed us a map. Nobody told us how much we would get.”
Q direct Folasade Adeyemi-Bankole :: “I built this house with 17 years of savings. They marked it with red paint on Monday and by Wednesday it was gone,”
Q direct Folasade Adeyemi-Bankole :: “Nobody showed us a map. Nobody told us how much we would get.”
F duration 17 years
P full Folasade Adeyemi-Bankole
F age 58
L city Palm Haven Estate
> Mrs Adeyemi-Bankole said she was later offered N4.5 million for a four-bedroom bungalow that a valuer put at N60 million in 2039.
P partial Adeyemi-Bankole
F money N4.5 million
F number four
F money N60 million
F date 2039
> The chairman of the Palm Haven Estate Residents’ Association, Tunde Abiola-Ekpo, said the estate had obtained its Certificate of Occupancy from the Lagos State Government in 2031 and had paid all charges.
O nonprofit Palm Haven Estate Residents’ Association
P full Tunde Abiola-Ekpo
O government Lagos State Government
F date 2031
> “We are not against the road. Every Nigerian wants good roads,” he said. “But the government cannot call us ‘illegal structures’ today when its own agency approved our plans. It is wickedness.”
Q direct Tunde Abiola-Ekpo :: “We are not against the road. Every Nigerian wants good roads,”
Q direct Tunde Abiola-Ekpo :: “But the government cannot call us ‘illegal structures’ today when its own agency approved our plans. It is wickedness.”
> Residents said about 1,200 people had lived in the two estates. Some slept in a church at Eleko on Saturday night; others moved in with relatives in Epe and Ajah.
F number 1,200
F number two
L city Eleko
L city Epe
L city Ajah
> A spokesperson for the ministry, Uchenna Nwachukwu-Obi, said in a statement on Sunday that property owners had been given “more than enough notice”, with the first notices served in October 2039.
P full Uchenna Nwachukwu-Obi
Q direct Uchenna Nwachukwu-Obi :: “more than enough notice”
F date October 2039
> “Compensation is being paid strictly according to the approved valuation, which covers structures, not land. Owners of 214 buildings have already received N3.1 billion,” the statement read, adding that claims would close on April 30.
Q direct Uchenna Nwachukwu-Obi :: “Compensation is being paid strictly according to the approved valuation, which covers structures, not land. Owners of 214 buildings have already received N3.1 billion,”
F number 214
F money N3.1 billion
F date April 30
> The Lagos State Building Control Agency (LASBCA), whose officials approved building plans in both estates, did not respond to calls and a text message on Sunday.
O government Lagos State Building Control Agency
O government LASBCA
> The coastal highway, which will link Lagos with Calabar through Ogun, Ondo, Delta, Bayelsa, Rivers and Akwa Ibom states, has been costed at N15.6 trillion. Its first section, a 47.5-kilometre stretch from Victoria Island to Eleko, opened to traffic in 2038.
L city Lagos
L city Calabar
L region Ogun
L region Ondo
L region Delta
L region Bayelsa
L region Rivers
L region Akwa Ibom
F money N15.6 trillion
F quantity 47.5-kilometre
L city Victoria Island
L city Eleko
F date 2038
> A lawyer for the residents, Barrister Ngozi Etim-Akpan, said they would file a suit at the Federal High Court in Lagos this week seeking an order to stop further demolitions and a review of the payments, which she called “an insult”.
P full Ngozi Etim-Akpan
O government Federal High Court
L city Lagos
Q direct Ngozi Etim-Akpan :: “an insult”
> Ms Etim-Akpan said 96 of her clients held approved plans. “Government is a continuum,” she said. “You cannot approve a building in 2031 and call it illegal in 2040.”
P partial Etim-Akpan
F number 96
Q direct Ngozi Etim-Akpan :: “Government is a continuum,”
Q direct Ngozi Etim-Akpan :: “You cannot approve a building in 2031 and call it illegal in 2040.”
F date 2031
F date 2040
'''

ARTICLES['1089-melbourne-cup-flemington-gallant-mariner-o-floinn-pellegrini-the-age'] = r'''
> Racing
> Irish raider Gallant Mariner storms home to win the $10 million Melbourne Cup
F money $10 million
> Séamus Ó Floinn’s stayer runs down the $4.80 favourite in the last 100 metres to give 22-year-old Darcy Pellegrini the biggest win of her career
P full Séamus Ó Floinn
F money $4.80
F quantity 100 metres
F age 22-year-old
P full Darcy Pellegrini
> By Lachlan Moody-Frazer
P full Lachlan Moody-Frazer
> November 6, 2040 — 4.52pm
F date November 6, 2040
F time 4.52pm
> Darcy Pellegrini salutes aboard Gallant Mariner after the Melbourne Cup at Flemington on Tuesday. Credit: Getty Images
P full Darcy Pellegrini
L facility Flemington
O media Getty Images
> Gallant Mariner gave Ireland its sixth Melbourne Cup and jockey Darcy Pellegrini the moment she had dreamed of since childhood, storming home from the back of the field to beat local hope Coolabah Creek by 1.5 lengths at Flemington on Tuesday.
L country Ireland
P full Darcy Pellegrini
F quantity 1.5 lengths
L facility Flemington
> The six-year-old, a $26 chance, was last of 24 runners at the 1200-metre mark and still had 15 horses in front of him at the top of the straight.
F duration six-year-old
F money $26
F number 24
F quantity 1200-metre
F number 15
> Coolabah Creek, the $4.80 favourite trained at Caulfield by Hayley Vandermeer, hit the front 300 metres from home but could not hold off the winner. Storm Harbour was a long neck away in third.
F money $4.80
L facility Caulfield
P full Hayley Vandermeer
F quantity 300 metres
> Pellegrini, 22, from Warrnambool, became only the fifth woman to ride a Cup winner. “I was told to be patient, and I was patient. At the 400 I thought, ‘We’re going to run tenth,’ and then he just kept finding,” she said. “When we turned for home he put his ears back.
P partial Pellegrini
F age 22
L city Warrnambool
Q direct Darcy Pellegrini :: “I was told to be patient, and I was patient. At the 400 I thought, ‘We’re going to run tenth,’ and then he just kept finding,”
F number 400
Q direct Darcy Pellegrini :: “When we turned for home he put his ears back.
> “That’s when I knew. I’ve watched this race since I was four, on the couch with my grandad.”
Q direct Darcy Pellegrini :: “That’s when I knew. I’ve watched this race since I was four, on the couch with my grandad.”
F age four
> Ó Floinn, who trains about 40 horses at the Curragh in County Kildare, flew Gallant Mariner to Melbourne in September and kept him at the Werribee quarantine centre for 14 days.
P partial Ó Floinn
F number 40
L facility Curragh
L region County Kildare
L city Melbourne
L city Werribee
F duration 14 days
> “He’s a horse who needs a fight. Two miles on a firm track in Melbourne is what he was bred for,” the 51-year-old said.
Q direct Séamus Ó Floinn :: “He’s a horse who needs a fight. Two miles on a firm track in Melbourne is what he was bred for,”
F quantity Two miles
L city Melbourne
F age 51-year-old
> It was a first Cup for the trainer, who had saddled three placegetters in the race since 2034.
F number three
F date 2034
> The win was worth $5.76 million to the owners, a syndicate of 31 friends headed by Dublin publican Mícheál Ua Briain, from total prizemoney of $10 million.
F money $5.76 million
F number 31
L city Dublin
P full Mícheál Ua Briain
F money $10 million
> Vandermeer said Coolabah Creek had “run the race of his life” under 57.5 kilograms. “We’ll be back next year,” she said.
P partial Vandermeer
Q direct Hayley Vandermeer :: “run the race of his life”
F quantity 57.5 kilograms
Q direct Hayley Vandermeer :: “We’ll be back next year,”
> The winner ran the 3200 metres in 3:18.42 on a track rated a Good 4. A crowd of 91,406 attended, and Racing Victoria said wagering on the race reached $312 million nationally, up 4.6 per cent on 2039.
F quantity 3200 metres
F duration 3:18.42
F number 91,406
O other Racing Victoria
F money $312 million
F percent 4.6 per cent
F date 2039
> The Victoria Racing Club (VRC) confirmed that stewards had fined the rider of Storm Harbour, Jye Kowalczyk, $2000 for careless riding near the 800-metre mark and suspended him for two meetings.
O other Victoria Racing Club
O other VRC
P full Jye Kowalczyk
F money $2000
F quantity 800-metre
F number two
> Melbourne Cup (3200m)
F quantity 3200m
> 1 Gallant Mariner (IRE) (S. Ó Floinn) D. Pellegrini $26
L country IRE
P full S. Ó Floinn
P full D. Pellegrini
F money $26
> 2 Coolabah Creek (H. Vandermeer) T. McAlister $4.80 fav
P full H. Vandermeer
P full T. McAlister
F money $4.80
> 3 Storm Harbour (NZ) (R. Tuhiwai) J. Kowalczyk $15
L country NZ
P full R. Tuhiwai
P full J. Kowalczyk
F money $15
> Margins: 1.5L, long neck. Time: 3:18.42
F quantity 1.5L
F duration 3:18.42
'''

ARTICLES['1090-rhine-low-water-kaub-gauge-barges-worms-dw'] = r'''
> Germany: Rhine level at Kaub falls to record low
L country Germany
L geo Rhine
L city Kaub
> Barges are sailing at a third of their capacity as the gauge at Kaub drops to 19 centimeters. Shipping operators warn of 'weeks, not days' of disruption for industry.
F fraction a third
L city Kaub
F quantity 19 centimeters
Q direct Federal Association of German Inland Navigation :: 'weeks, not days'
> 08/21/2040
F date 08/21/2040
> A cargo ship passes the Pfalzgrafenstein castle near Kaub, where the river is at its shallowest
L facility Pfalzgrafenstein
L city Kaub
> Image: Jens Albrecht-Sommer/dpa/picture alliance
P full Jens Albrecht-Sommer
O media dpa
O media picture alliance
> The water level at the Kaub gauge on the Rhine fell to 19 centimeters on Tuesday morning, the lowest reading on record, Germany's Federal Waterways and Shipping Administration (WSV) said.
L city Kaub
L geo Rhine
F quantity 19 centimeters
L country Germany
O government Federal Waterways and Shipping Administration
O government WSV
> The gauge does not show the actual depth of the river: the navigable channel at Kaub is roughly 1.2 meters deeper than the reading. But below 40 centimeters, most large barges cannot pass the shallow stretch between Bingen and St. Goar fully loaded.
L city Kaub
F quantity 1.2 meters
F quantity 40 centimeters
L city Bingen
L city St. Goar
> "We are sailing with 700 tons on a ship built for 2,500. Every trip costs the same fuel and the same crew and brings in a third of the money," said Pieter van der Heijden, 47, a Dutch skipper who carries diesel from Rotterdam to Basel.
Q direct Pieter van der Heijden :: "We are sailing with 700 tons on a ship built for 2,500. Every trip costs the same fuel and the same crew and brings in a third of the money,"
F quantity 700 tons
F number 2,500
F fraction a third
P full Pieter van der Heijden
F age 47
L city Rotterdam
L city Basel
> Van der Heijden said he had last seen the river this low in 2022, "but then it came back after two weeks. This time nobody knows."
P partial Van der Heijden
F date 2022
Q direct Pieter van der Heijden :: "but then it came back after two weeks. This time nobody knows."
F duration two weeks
> Freight rates from Rotterdam to the upper Rhine have tripled since early August, according to the Federal Association of German Inland Navigation (BDB). In a statement, the association said its members expected "weeks, not days" of restrictions and urged Berlin to speed up the deepening of the channel near Kaub, a project delayed since 2030.
L city Rotterdam
L geo Rhine
O nonprofit Federal Association of German Inland Navigation
O nonprofit BDB
Q direct Federal Association of German Inland Navigation :: "weeks, not days"
L city Berlin
L city Kaub
F date 2030
> Around 80% of Germany's inland waterway freight travels on the Rhine, much of it coal, chemicals, grain and fuel. At Worms, the car ferry across the river stopped running on Monday after its landing ramps ran dry.
F percent 80%
L country Germany
L geo Rhine
L city Worms
> "At Kaub, every centimeter counts," said Sabine Lindqvist-Mayer, a transport economist at the Leibniz Centre for European Economic Research (ZEW) in Mannheim. She estimated that a month of low water could cost German industry up to €2.4 billion in lost output, or about 0.1% of quarterly economic output.
Q direct Sabine Lindqvist-Mayer :: "At Kaub, every centimeter counts,"
L city Kaub
P full Sabine Lindqvist-Mayer
O nonprofit Leibniz Centre for European Economic Research
O nonprofit ZEW
L city Mannheim
F money €2.4 billion
F percent 0.1%
> "In 2018, low water cut industrial production for months. Companies have learned since then: they have built storage and booked rail capacity," she said. "But rail cannot replace the river.
Q direct Sabine Lindqvist-Mayer :: "In 2018, low water cut industrial production for months. Companies have learned since then: they have built storage and booked rail capacity,"
F date 2018
Q direct Sabine Lindqvist-Mayer :: "But rail cannot replace the river.
> "One large barge carries as much as 100 trucks, and the trucks are not there."
Q direct Sabine Lindqvist-Mayer :: "One large barge carries as much as 100 trucks, and the trucks are not there."
F number One
F number 100
> The German Weather Service (DWD) forecast no significant rain for the Rhine catchment before August 30 and temperatures of up to 36 degrees Celsius (97 degrees Fahrenheit) in the Upper Rhine Valley at the weekend.
O government German Weather Service
O government DWD
L geo Rhine
F date August 30
F quantity 36 degrees Celsius
F quantity 97 degrees Fahrenheit
L geo Upper Rhine Valley
> A WSV spokesperson said the agency expected the Kaub reading to fall by another 6 centimeters by Friday. "There is no reason to close the river. Ships must simply load less," the spokesperson said.
O government WSV
L city Kaub
F quantity 6 centimeters
Q direct - :: "There is no reason to close the river. Ships must simply load less,"
> Edited by: Rainer Oberholz
P full Rainer Oberholz
'''

ARTICLES['1091-taichung-science-park-chipmakers-water-cuts-liyutan-deji-reservoirs-taipei-times'] = r'''
> TAIWAN NEWS
L country TAIWAN
> DRY SEASON: Taichung chipmakers told to cut water use 15%
L city Taichung
F percent 15%
> By Lin Chia-hui / Staff reporter
P full Lin Chia-hui
> Sat, Mar 23, 2041 - Page 2
F date Mar 23, 2041
> The exposed bed of the Liyutan Reservoir in Miaoli County is pictured on Thursday. Photo: Huang Yu-wen, Taipei Times
L geo Liyutan Reservoir
L region Miaoli County
P full Huang Yu-wen
O media Taipei Times
> Chipmakers in the Central Taiwan Science Park (中部科學園區) have been asked to cut water use by 15 percent from Monday, after storage at the Liyutan Reservoir (鯉魚潭水庫) fell to 21.4 percent of capacity, the Water Resources Agency (WRA, 水利署) said yesterday.
L facility Central Taiwan Science Park
L facility 中部科學園區
F percent 15 percent
L geo Liyutan Reservoir
L geo 鯉魚潭水庫
F percent 21.4 percent
O government Water Resources Agency
O government WRA
O government 水利署
> Taichung and northern Miaoli will be placed under a "yellow" water supply alert, the third of five levels, with water pressure reduced from 11pm to 5am, it said.
L city Taichung
L region Miaoli
Q scare - :: "yellow"
F number five
F time 11pm
F time 5am
> The Deji Reservoir (德基水庫), which feeds the Dajia River (大甲溪) that supplies most of the city, was at 18.6 percent, holding about 36.5 million cubic meters of usable water, agency data showed. Rainfall in the catchment since October has been 42 percent below average.
L geo Deji Reservoir
L geo 德基水庫
L geo Dajia River
L geo 大甲溪
F percent 18.6 percent
F quantity 36.5 million cubic meters
F percent 42 percent
> Minister of Economic Affairs Chou Wei-ting (周維廷) told reporters in Taipei that the cuts would not affect chip output. "Fabs have been recycling water for years. Most plants in the park now reuse more than 85 percent of what they take in," Chou said. "The priority is households and hospitals. Industry will carry the cut."
P full Chou Wei-ting
P full 周維廷
L city Taipei
Q direct Chou Wei-ting :: "Fabs have been recycling water for years. Most plants in the park now reuse more than 85 percent of what they take in,"
F percent 85 percent
P partial Chou
Q direct Chou Wei-ting :: "The priority is households and hospitals. Industry will carry the cut."
> The ministry has hired 120 tanker trucks, each carrying 20 tonnes, to move treated water from Changhua County to the park at a cost of NT$1,500 per load, or about NT$450 million (US$14 million) over three months, he said.
F number 120
F quantity 20 tonnes
L region Changhua County
F money NT$1,500
F money NT$450 million
F money US$14 million
F duration three months
> Formosa Nanotech Corp (福爾摩沙奈米), which runs two 3-nanometer fabs in the park, said in a statement that it had "sufficient contingency plans" and that production "remains normal."
O company Formosa Nanotech Corp
O company 福爾摩沙奈米
F number two
F quantity 3-nanometer
Q direct Formosa Nanotech Corp :: "sufficient contingency plans"
Q direct Formosa Nanotech Corp :: "remains normal."
> However, a supplier of specialty gases to the park, who asked not to be named, said two smaller fabs had already delayed maintenance shutdowns to save water. "Everyone is watching the reservoir numbers every morning, like the stock market," he said.
F number two
Q direct - :: "Everyone is watching the reservoir numbers every morning, like the stock market,"
> In Taichung's Houli District (后里區), where irrigation canals have been shut since January, farmer Hsu Chin-shui (徐金水), 66, said his rice fields would lie fallow for the first time in 13 years.
L city Taichung
L region Houli District
L region 后里區
P full Hsu Chin-shui
P full 徐金水
F age 66
F duration 13 years
> "They tell the farmers to stop planting so the factories can keep running. Every dry year it is the same: we lose first," Hsu said. The government pays fallow subsidies of NT$45,000 per hectare.
Q direct Hsu Chin-shui :: "They tell the farmers to stop planting so the factories can keep running. Every dry year it is the same: we lose first,"
P partial Hsu
F money NT$45,000
> The Executive Yuan in 2039 approved NT$12.8 billion for a seawater desalination plant at Taichung Port, but it is not expected to open until 2043. Hsinchu, which faced similar cuts in 2040, now draws about 8 percent of its supply from recycled water.
O government Executive Yuan
F date 2039
F money NT$12.8 billion
L facility Taichung Port
F date 2043
L city Hsinchu
F date 2040
F percent 8 percent
> The Central Weather Administration said the plum rain season is expected to begin in mid-May, but might bring less rain than usual. The WRA would review the alert on April 8, the agency said.
O government Central Weather Administration
O government WRA
F date April 8
'''

ARTICLES['1092-golden-shore-insurer-wildfire-nonrenewals-altadena-tujunga-zip-codes-los-angeles-times'] = r'''
> California
L region California
> Insurer drops 48,000 wildfire-zone homeowners: ‘The math no longer works’
F number 48,000
Q direct Renata Okafor-Lindgren :: ‘The math no longer works’
> Golden Shore Mutual will not renew policies in 41 ZIP codes across three Southern California counties, pushing more residents toward the state’s insurer of last resort
O company Golden Shore Mutual
F number 41
F number three
L region Southern California
> By Marisol Quintanilla-Reyes
P full Marisol Quintanilla-Reyes
> Staff Writer
> Oct. 17, 2040 5 AM PT
F date Oct. 17, 2040
F time 5 AM PT
> A burned hillside above Pacific Coast Highway in Topanga in June. (Darnell Whitaker-Osei / Los Angeles Times)
L street Pacific Coast Highway
L city Topanga
P full Darnell Whitaker-Osei
O media Los Angeles Times
> Golden Shore Mutual, one of California’s 10 largest home insurers, said Tuesday it will not renew about 48,000 homeowners policies in 41 ZIP codes across Los Angeles, Ventura and San Bernardino counties, the latest sign that the state’s insurance market is still buckling under the cost of wildfires.
O company Golden Shore Mutual
L region California
F number 10
F number 48,000
F number 41
L region Los Angeles
L region Ventura
L region San Bernardino
> The nonrenewals, which begin Feb. 1, 2041, fall hardest on hillside communities such as Topanga, Altadena, La Cañada Flintridge and Sunland-Tujunga. In ZIP codes 91042 and 93023, which cover Tujunga and Ojai, the company is dropping nearly a third of its customers.
F date Feb. 1, 2041
L city Topanga
L city Altadena
L city La Cañada Flintridge
L city Sunland-Tujunga
L city Tujunga
L city Ojai
F fraction a third
> “We did not make this decision lightly. For every dollar we collected in premiums in those ZIP codes last year, we paid out $1.37 in claims and reinsurance. The math no longer works,” Chief Executive Renata Okafor-Lindgren wrote in a letter to policyholders.
Q direct Renata Okafor-Lindgren :: “We did not make this decision lightly. For every dollar we collected in premiums in those ZIP codes last year, we paid out $1.37 in claims and reinsurance. The math no longer works,”
F money $1.37
P full Renata Okafor-Lindgren
> Okafor-Lindgren said the Pasadena-based company had raised rates 34% since 2038 and still lost $612 million on California homeowners policies in 2039.
P partial Okafor-Lindgren
L city Pasadena
F percent 34%
F date 2038
F money $612 million
L region California
F date 2039
> Insurance Commissioner Elena Vásquez-Thornton called the move “deeply disappointing” and said her department would review whether the company had given the 75 days’ notice required by state law.
P full Elena Vásquez-Thornton
Q direct Elena Vásquez-Thornton :: “deeply disappointing”
F duration 75 days
> “Homeowners in Altadena and Tujunga did everything we asked. They cleared brush, they replaced roofs, they installed ember-resistant vents,” Vásquez-Thornton said at a news conference in Sacramento. “Now they are being told, ‘Thanks, but goodbye.’ That is not acceptable.”
Q direct Elena Vásquez-Thornton :: “Homeowners in Altadena and Tujunga did everything we asked. They cleared brush, they replaced roofs, they installed ember-resistant vents,”
L city Altadena
L city Tujunga
P partial Vásquez-Thornton
L city Sacramento
Q direct Elena Vásquez-Thornton :: “Now they are being told, ‘Thanks, but goodbye.’ That is not acceptable.”
> A spokesperson for the California Department of Insurance said the agency had approved 212 rate increases for home insurers since 2035 under rules meant to keep companies writing in fire country. “The rules only work if companies keep their side of the bargain,” the spokesperson said.
O government California Department of Insurance
F number 212
F date 2035
Q direct - :: “The rules only work if companies keep their side of the bargain,”
> Most of the dropped homeowners are likely to turn to the California FAIR Plan Association, which sells bare-bones fire coverage and whose policy count has tripled since 2033 to about 1.1 million.
O other California FAIR Plan Association
F date 2033
F number 1.1 million
> Coverage through the association for a $900,000 home in Altadena now costs about $6,800 a year and covers only fire, said Tomás Ibarra-Whitfield, an insurance broker in Glendale.
F money $900,000
L city Altadena
F money $6,800
P full Tomás Ibarra-Whitfield
L city Glendale
> “My phone has not stopped since Tuesday. I have one client who has been with Golden Shore for 31 years, a retired firefighter,” he said. “She called me crying.”
Q direct Tomás Ibarra-Whitfield :: “My phone has not stopped since Tuesday. I have one client who has been with Golden Shore for 31 years, a retired firefighter,”
F number one
O company Golden Shore
F duration 31 years
Q direct Tomás Ibarra-Whitfield :: “She called me crying.”
> Insurers began pulling back from fire-prone areas after the 2018 Camp fire destroyed much of Paradise, in Butte County. Golden Shore is at least the fourth large company to shrink in California since then.
F date 2018
L city Paradise
L region Butte County
O company Golden Shore
L region California
> The company said affected customers can call its hotline from 8 a.m. to 6 p.m. on weekdays.
F time 8 a.m.
F time 6 p.m.
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
