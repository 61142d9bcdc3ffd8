#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval51 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval51/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['349-upper-lough-erne-flooding-derrylin-kinawley-impartial-reporter'] = r'''
> News
> ‘Our farms are under the lough’: Upper Erne families want answers on water levels
Q direct Tommy McCaffrey :: ‘Our farms are under the lough’
L region Upper Erne
> Councillors vote 11-2 to write to DfI Rivers and ESB as homes around Derrylin, Kinawley and Teemore remain cut off after six weeks of flooding
F number 11-2
O government DfI Rivers
O company ESB
L city Derrylin
L city Kinawley
L city Teemore
F duration six weeks
> By Aoibheann Mulligan
P full Aoibheann Mulligan
> Senior Reporter
> 24th February 2038 at 5:00pm
F date 24th February 2038
F time 5:00pm
> Flood water across the Derrylin Road at Teemore on Monday. (Image: Raymond Humphreys)
L street Derrylin Road
L city Teemore
P full Raymond Humphreys
> Farming families around Upper Lough Erne have accused the authorities of “sitting on their hands” while flood water has stood on their land for six weeks, leaving homes near Derrylin, Kinawley and Teemore reachable only by tractor.
L geo Upper Lough Erne
Q direct - :: “sitting on their hands”
F duration six weeks
L city Derrylin
L city Kinawley
L city Teemore
> At a meeting of Fermanagh and Omagh District Council’s Environmental Services Committee on Tuesday (February 23), councillors voted by 11 votes to two to write to the Department for Infrastructure (DfI) and to ESB, which controls the outflow of the lough system through its hydroelectric stations at Cliff, near Belleek, and Cathaleen’s Fall in Ballyshannon, Co Donegal.
O government Fermanagh and Omagh District Council
O government Environmental Services Committee
F date February 23
F number 11
F number two
O government Department for Infrastructure
O government DfI
O company ESB
L facility Cliff
L city Belleek
L facility Cathaleen’s Fall
L city Ballyshannon
L region Co Donegal
> According to DfI Rivers, which operates the sluice gates at Portora in Enniskillen, Upper Lough Erne stood at 46.92 metres above sea level on Monday, 0.81 metres above its normal winter maximum and the highest reading since December 2015.
O government DfI Rivers
L city Portora
L city Enniskillen
L geo Upper Lough Erne
F quantity 46.92 metres
F quantity 0.81 metres
F date December 2015
> Cllr Pádraig Ó Dubhthaigh (SF), who represents Erne East, said: “There are families in Kinawley who have been making a 20-mile round trip to get their children to school since the middle of January, because the road is under two feet of water. Some of them have not seen the bin lorry since Christmas.
P full Pádraig Ó Dubhthaigh
O party SF
L region Erne East
Q direct Pádraig Ó Dubhthaigh :: “There are families in Kinawley who have been making a 20-mile round trip to get their children to school since the middle of January, because the road is under two feet of water. Some of them have not seen the bin lorry since Christmas.
L city Kinawley
F quantity 20-mile
F quantity two feet
> “We are told the gates at Portora are fully open and that the lough cannot come down any faster. Then somebody should explain why the water was held at summer levels into November. Somebody made that decision, and it wasn’t a farmer in Teemore.”
Q direct Pádraig Ó Dubhthaigh :: “We are told the gates at Portora are fully open and that the lough cannot come down any faster. Then somebody should explain why the water was held at summer levels into November. Somebody made that decision, and it wasn’t a farmer in Teemore.”
L city Portora
L city Teemore
> Cllr Heather Armstrong-Breen (DUP) said she had “a lot of sympathy” with the families, but warned colleagues against “blaming the nearest sluice”. Any change to the way the levels are managed, she said, would need the agreement of the authorities in the Republic, because the Erne system crosses the border twice.
P full Heather Armstrong-Breen
O party DUP
Q direct Heather Armstrong-Breen :: “a lot of sympathy”
Q direct Heather Armstrong-Breen :: “blaming the nearest sluice”
L country Republic
L geo Erne
> The last review of the water-level agreement between DfI, ESB and the Office of Public Works in Dublin was completed in 2031.
O government DfI
O company ESB
O government Office of Public Works
L city Dublin
F date 2031
> Tommy McCaffrey, 61, who farms 140 acres near Knockninny, has moved 85 cattle to rented sheds across the border in Co Cavan at a cost of €2,300 a week.
P full Tommy McCaffrey
F age 61
F quantity 140 acres
L geo Knockninny
F number 85
L region Co Cavan
F money €2,300
> "Our farms are under the lough. I've been farming here 40 years and I've seen floods, but this isn't a flood, it's a lake that nobody will let go," he said. "The ground won't carry a beast until May at the earliest."
Q direct Tommy McCaffrey :: "Our farms are under the lough. I've been farming here 40 years and I've seen floods, but this isn't a flood, it's a lake that nobody will let go,"
F duration 40 years
Q direct Tommy McCaffrey :: "The ground won't carry a beast until May at the earliest."
> In a statement, DfI Rivers said the Portora gates had been “fully open since January 11” and that rainfall across the Erne catchment between November and January had been 41% above the long-term average. “The Department understands the distress being caused to rural families,” the statement said. “Levels are falling, but the upper lough will take several weeks to return to normal.”
O government DfI Rivers
Q direct DfI Rivers :: “fully open since January 11”
L city Portora
F date January 11
L geo Erne
F percent 41%
Q direct DfI Rivers :: “The Department understands the distress being caused to rural families,”
Q direct DfI Rivers :: “Levels are falling, but the upper lough will take several weeks to return to normal.”
> An ESB spokesman said generation at Cathaleen’s Fall had run at its full capacity of 45MW since December 28 and that the company operated the stations “strictly within” the agreed limits.
O company ESB
L facility Cathaleen’s Fall
F quantity 45MW
F date December 28
Q direct - :: “strictly within”
> Waterways Ireland, which manages navigation on the Erne and the Shannon–Erne Waterway, has closed 14 of its public jetties on the upper lough and warned boat owners to stay off the water until further notice.
O government Waterways Ireland
L geo Erne
L geo Shannon–Erne Waterway
F number 14
> The committee’s letter will also ask the Northern Ireland Executive to set up a hardship payment of £750 for each household cut off for more than a month, similar to a scheme run by Cavan County Council after flooding around Belturbet in 2036.
O government Northern Ireland Executive
F money £750
O government Cavan County Council
L city Belturbet
F date 2036
> The A509 between Derrylin and Belturbet was closed for nine days this month, and Translink has diverted its 264 school bus service through Lisnaskea, adding 35 minutes to the journey.
L street A509
L city Derrylin
L city Belturbet
F duration nine days
O company Translink
L city Lisnaskea
F duration 35 minutes
> The Environmental Services Committee will meet again on March 23.
O government Environmental Services Committee
F date March 23
'''

ARTICLES['350-serra-do-cristal-lithium-bndes-loan-aracuai-valor'] = r'''
> Mining
> Lithium miner Serra do Cristal gets R$1.9bn BNDES loan for second concentrator
O company Serra do Cristal
F money R$1.9bn
O government BNDES
> Plant in Araçuaí, in Minas Gerais’s Jequitinhonha Valley, will triple output of spodumene concentrate by 2040; residents question water use
L city Araçuaí
L region Minas Gerais
L geo Jequitinhonha Valley
F date 2040
> By Renata Guimarães Ferraz — São Paulo
P full Renata Guimarães Ferraz
L city São Paulo
> 03/16/2038 6:41 PM · Updated 03/16/2038 8:05 PM
F date 03/16/2038
F time 6:41 PM
F date 03/16/2038
F time 8:05 PM
> Open pit at Serra do Cristal’s mine in Itinga, in the Jequitinhonha Valley — Photo: Divulgação
O company Serra do Cristal
L city Itinga
L geo Jequitinhonha Valley
> Mineração Serra do Cristal S.A., a lithium producer controlled by Toronto-based fund Northwater Resource Partners, has signed a R$1.9 billion loan with the Brazilian Development Bank (BNDES) to build a second concentrator at its mine on the border of Araçuaí and Itinga, in northeastern Minas Gerais, the company said on Tuesday.
O company Mineração Serra do Cristal S.A.
L city Toronto
O company Northwater Resource Partners
F money R$1.9 billion
O government Brazilian Development Bank
O government BNDES
L city Araçuaí
L city Itinga
L region Minas Gerais
> The 16-year financing, equivalent to about US$365 million, covers 70% of the R$2.7 billion project. The new unit will process 2.4 million tonnes of ore a year and lift production of spodumene concentrate graded at 5.5% lithium oxide (SC5.5) to 540,000 tonnes a year, from 180,000 tonnes now.
F duration 16-year
F money US$365 million
F percent 70%
F money R$2.7 billion
F quantity 2.4 million tonnes
F percent 5.5%
F quantity 540,000 tonnes
F quantity 180,000 tonnes
> “Brazil has the geology, the hydro power and the ports. What it did not have was patient capital for a second phase,” chief executive Luiz Otávio Camargo Brandão told Valor. “With the BNDES on board, we start civil works in July and commission the plant in the second half of 2040.”
Q direct Luiz Otávio Camargo Brandão :: “Brazil has the geology, the hydro power and the ports. What it did not have was patient capital for a second phase,”
L country Brazil
P full Luiz Otávio Camargo Brandão
O media Valor
Q direct Luiz Otávio Camargo Brandão :: “With the BNDES on board, we start civil works in July and commission the plant in the second half of 2040.”
O government BNDES
F date 2040
> Mr. Brandão said about 85% of the additional output was already committed under offtake contracts with Hanul Cathode Materials, a South Korean cathode maker, and Jiangxi Ruitong Lithium, a Chinese converter, both priced against Asian spot benchmarks.
P partial Brandão
F percent 85%
O company Hanul Cathode Materials
O company Jiangxi Ruitong Lithium
> Spodumene concentrate traded at around US$1,380 per tonne in Asia last week, down 18% from a year earlier and far below the peaks of 2022. Mr. Brandão said the mine’s cash cost of US$410 a tonne, delivered to the port of Vitória, in Espírito Santo, kept it profitable “at any price we have seen in the last ten years.”
F money US$1,380
L continent Asia
F percent 18%
F date 2022
P partial Brandão
F money US$410
L city Vitória
L region Espírito Santo
Q direct Luiz Otávio Camargo Brandão :: “at any price we have seen in the last ten years.”
F duration ten years
> The Minas Gerais government has promoted the Jequitinhonha region as “Lithium Valley” since 2023, offering fast-track permits to miners. The valley remains one of the poorest parts of Brazil, and its average rainfall has fallen by roughly a fifth since the 1990s, according to the state meteorology institute.
L region Minas Gerais
L region Jequitinhonha
Q scare - :: “Lithium Valley”
F date 2023
L country Brazil
F fraction a fifth
F date 1990s
> Residents of Capivara, a rural community 6 kilometers from the pit, say the wells they depend on have dropped by about 4 meters since mining began in 2034.
L city Capivara
F quantity 6 kilometers
F quantity 4 meters
F date 2034
> “They talk about green energy in São Paulo and in Seoul. Here we are carrying water in buckets,” said Maria das Dores Gonçalves, 54, who heads the community’s residents’ association. She said 31 families had asked the state prosecutor’s office to review the company’s water permit.
Q direct Maria das Dores Gonçalves :: “They talk about green energy in São Paulo and in Seoul. Here we are carrying water in buckets,”
L city São Paulo
L city Seoul
P full Maria das Dores Gonçalves
F age 54
F number 31
> Serra do Cristal said the second concentrator would recycle 88% of its process water and draw no more than 420 cubic meters an hour from the Jequitinhonha River, under a permit issued by Semad, the state environment secretariat, in November 2037. “We have no objection to an independent review,” the company said in a note.
O company Serra do Cristal
F percent 88%
F quantity 420 cubic meters
L geo Jequitinhonha River
O government Semad
F date November 2037
Q direct Mineração Serra do Cristal S.A. :: “We have no objection to an independent review,”
> Civil works will employ up to 1,900 people at peak, and the plant will add 430 permanent jobs, according to the company.
F number 1,900
F number 430
> A mining analyst at a São Paulo bank, who asked not to be named because the bank advises on lithium deals, called the loan “a bet on the bottom of the cycle.” The BNDES has approved R$6.4 billion for critical-minerals projects since 2036, most of it in Minas Gerais and Goiás.
L city São Paulo
Q direct - :: “a bet on the bottom of the cycle.”
O government BNDES
F money R$6.4 billion
F date 2036
L region Minas Gerais
L region Goiás
> Northwater, which bought control of Serra do Cristal from its Brazilian founders in 2033 for US$212 million, plans to list the company on B3, the São Paulo stock exchange, in 2039.
O company Northwater
O company Serra do Cristal
F date 2033
F money US$212 million
O company B3
L city São Paulo
F date 2039
'''

ARTICLES['351-arkansas-ole-miss-baseball-whitlock-baum-walker-box-score'] = r'''
> SPORTS > RAZORBACKS
O team RAZORBACKS
> Whitlock’s two-out single in eighth lifts Hogs past Rebels
P partial Whitlock
F number two
O team Hogs
O team Rebels
> by Tyler Pennington
P full Tyler Pennington
> April 11, 2038 at 2:14 a.m.
F date April 11, 2038
F time 2:14 a.m.
> Arkansas right fielder Cade Whitlock (4) celebrates at first base after his go-ahead single in the eighth inning Saturday at Baum-Walker Stadium in Fayetteville. (NWA Democrat-Gazette/Hank Delgado-Rowe)
O team Arkansas
P full Cade Whitlock
L facility Baum-Walker Stadium
L city Fayetteville
O media NWA Democrat-Gazette
P full Hank Delgado-Rowe
> FAYETTEVILLE — Cade Whitlock went to the plate in the eighth inning Saturday having been jammed all afternoon. He got a fastball over the middle, and he did not miss it.
L city FAYETTEVILLE
P full Cade Whitlock
> Whitlock’s two-out single to left scored Mason Hale with the go-ahead run, and No. 6 Arkansas beat No. 19 Ole Miss 7-6 in front of 11,607 at Baum-Walker Stadium to take two of three games in the SEC series.
P partial Whitlock
F number two
P full Mason Hale
O team Arkansas
O team Ole Miss
F score 7-6
F number 11,607
L facility Baum-Walker Stadium
F number two
F number three
O other SEC
> The Razorbacks (31-9, 12-6 SEC) trailed 6-4 going into the bottom of the eighth before Jax Thibodeaux hit a two-run home run off Ole Miss reliever Kwame Okafor (3-2) to tie it.
O team Razorbacks
F score 31-9
F score 12-6
O other SEC
F score 6-4
P full Jax Thibodeaux
F number two
O team Ole Miss
P full Kwame Okafor
F score 3-2
> Hale followed with a double into the right-center gap, moved to third on a groundout and scored when Whitlock lined a 1-1 pitch into left field.
P partial Hale
P partial Whitlock
F number 1-1
> "He'd beaten me inside twice, so I was just trying to stay short," Whitlock said. "I knew if he left one over the plate, I wasn't going to foul it off again."
Q direct Cade Whitlock :: "He'd beaten me inside twice, so I was just trying to stay short,"
P partial Whitlock
Q direct Cade Whitlock :: "I knew if he left one over the plate, I wasn't going to foul it off again."
> Whitlock, a junior from Texarkana, finished 3 for 5 and stole his 17th base of the season in the first inning.
P partial Whitlock
L city Texarkana
F number 3
F number 5
> Koa Vang (4-1) struck out two in a scoreless eighth for the victory, and Brody Echols got Will Ashby-Cole to ground into a game-ending double play in the ninth for his ninth save.
P full Koa Vang
F score 4-1
F number two
P full Brody Echols
P full Will Ashby-Cole
> Ole Miss (26-14, 9-9) built its lead on Jaylen Gentry’s two-run double in the third and a three-run fifth against Arkansas starter Cooper Hollister, who allowed 5 runs on 6 hits in 4 2/3 innings.
O team Ole Miss
F score 26-14
F score 9-9
P full Jaylen Gentry
F number two
F number three
O team Arkansas
P full Cooper Hollister
F number 5
F number 6
F number 4 2/3
> Ashby-Cole drove in three runs for the Rebels, two of them on a double in the fifth.
P partial Ashby-Cole
F number three
O team Rebels
F number two
> Hale’s two-run homer in the fourth, after an error by Ole Miss shortstop Luke Broussard, had given Arkansas a 3-2 lead, and Thibodeaux’s sacrifice fly in the sixth cut the deficit to 5-4.
P partial Hale
F number two
O team Ole Miss
P full Luke Broussard
O team Arkansas
F score 3-2
P partial Thibodeaux
F score 5-4
> "We didn't pitch great early, and we walked too many guys," Arkansas coach Rick Haskamp said. "But this group doesn't panic. You get to the eighth inning down two runs at home in front of this crowd, you like your chances."
Q direct Rick Haskamp :: "We didn't pitch great early, and we walked too many guys,"
O team Arkansas
P full Rick Haskamp
Q direct Rick Haskamp :: "But this group doesn't panic. You get to the eighth inning down two runs at home in front of this crowd, you like your chances."
F number two
> Ole Miss coach Mike Castellaw said Okafor, who had not allowed a run in his previous 11 appearances, simply left a slider up to Thibodeaux.
O team Ole Miss
P full Mike Castellaw
P partial Okafor
F number 11
P partial Thibodeaux
> "Kwame's been our best arm for a month," Castellaw said. "That's baseball in this league. You can do 95 things right and lose on one pitch."
Q direct Mike Castellaw :: "Kwame's been our best arm for a month,"
P partial Kwame
P partial Castellaw
Q direct Mike Castellaw :: "That's baseball in this league. You can do 95 things right and lose on one pitch."
F number 95
F number one
> Cole "Tank" Delacroix had an RBI single in the first for Arkansas, which left seven runners on base. Hale finished 3 for 3 with a walk.
P full Cole "Tank" Delacroix
Q scare - :: "Tank"
O team Arkansas
F number seven
P partial Hale
F number 3
F number 3
> The Razorbacks play at Missouri State at 6:30 p.m. Tuesday before opening a three-game series at Texas A&M on Friday.
O team Razorbacks
O team Missouri State
F time 6:30 p.m.
F number three
O team Texas A&M
> ARKANSAS 7, OLE MISS 6
O team ARKANSAS
F score 7
O team OLE MISS
F score 6
> OLE MISS AB R H BI
O team OLE MISS
> Gentry cf 5 1 2 2
P partial Gentry
F number 5
F number 1
F number 2
F number 2
> Broussard ss 5 1 3 1
P partial Broussard
F number 5
F number 1
F number 3
F number 1
> Ashby-Cole 1b 5 0 1 3
P partial Ashby-Cole
F number 5
F number 0
F number 1
F number 3
> McCloud dh 4 0 0 0
P partial McCloud
F number 4
F number 0
F number 0
F number 0
> Dubose 3b 3 0 0 0
P partial Dubose
F number 3
F number 0
F number 0
F number 0
> Ferriday lf 3 0 1 0
P partial Ferriday
F number 3
F number 0
F number 1
F number 0
> Quarles c 4 0 1 0
P partial Quarles
F number 4
F number 0
F number 1
F number 0
> Benoit 2b 3 2 1 0
P partial Benoit
F number 3
F number 2
F number 1
F number 0
> Strong rf 3 2 1 0
P partial Strong
F number 3
F number 2
F number 1
F number 0
> Totals 35 6 10 6
F number 35
F number 6
F number 10
F number 6
> ARKANSAS AB R H BI
O team ARKANSAS
> Whitlock rf 5 1 3 1
P partial Whitlock
F number 5
F number 1
F number 3
F number 1
> Pruitt 2b 5 0 0 0
P partial Pruitt
F number 5
F number 0
F number 0
F number 0
> Delacroix 1b 4 0 1 1
P partial Delacroix
F number 4
F number 0
F number 1
F number 1
> Kittredge lf 4 1 1 0
P partial Kittredge
F number 4
F number 1
F number 1
F number 0
> Reyes c 3 1 0 0
P partial Reyes
F number 3
F number 1
F number 0
F number 0
> Thibodeaux ss 3 2 1 3
P partial Thibodeaux
F number 3
F number 2
F number 1
F number 3
> Hale 3b 3 2 3 2
P partial Hale
F number 3
F number 2
F number 3
F number 2
> Nakamura-Pierce cf 3 0 0 0
P partial Nakamura-Pierce
F number 3
F number 0
F number 0
F number 0
> Fortenberry dh 3 0 0 0
P partial Fortenberry
F number 3
F number 0
F number 0
F number 0
> Totals 33 7 9 7
F number 33
F number 7
F number 9
F number 7
> Ole Miss 002 030 100 — 6 10 1
O team Ole Miss
F score 002
F score 030
F score 100
F score 6
F number 10
F number 1
> Arkansas 100 201 03x — 7 9 0
O team Arkansas
F score 100
F score 201
F score 03x
F score 7
F number 9
F number 0
> E — Broussard (6). DP — Arkansas 2. LOB — Ole Miss 6, Arkansas 7. 2B — Gentry (14), Ashby-Cole (9), Kittredge (11), Hale (7). HR — Hale (8), Thibodeaux (12). SB — Whitlock (17). SF — Thibodeaux.
P partial Broussard
F number 6
O team Arkansas
F number 2
O team Ole Miss
F number 6
O team Arkansas
F number 7
P partial Gentry
F number 14
P partial Ashby-Cole
F number 9
P partial Kittredge
F number 11
P partial Hale
F number 7
P partial Hale
F number 8
P partial Thibodeaux
F number 12
P partial Whitlock
F number 17
P partial Thibodeaux
> Ole Miss IP H R ER BB SO
O team Ole Miss
> Landreneau 5 2/3 5 4 3 1 6
P partial Landreneau
F number 5 2/3
F number 5
F number 4
F number 3
F number 1
F number 6
> Baptiste 1 1/3 1 0 0 2 2
P partial Baptiste
F number 1 1/3
F number 1
F number 0
F number 0
F number 2
F number 2
> Okafor L, 3-2 1 3 3 3 0 1
P partial Okafor
F score 3-2
F number 1
F number 3
F number 3
F number 3
F number 0
F number 1
> Arkansas IP H R ER BB SO
O team Arkansas
> Hollister 4 2/3 6 5 5 3 4
P partial Hollister
F number 4 2/3
F number 6
F number 5
F number 5
F number 3
F number 4
> Sorensen 2 1/3 3 1 1 0 2
P partial Sorensen
F number 2 1/3
F number 3
F number 1
F number 1
F number 0
F number 2
> Vang W, 4-1 1 0 0 0 1 2
P partial Vang
F score 4-1
F number 1
F number 0
F number 0
F number 0
F number 1
F number 2
> Echols S, 9 1 1 0 0 0 1
P partial Echols
F number 9
F number 1
F number 1
F number 0
F number 0
F number 0
F number 1
> HBP — Reyes (by Okafor). WP — Hollister. T — 3:07. A — 11,607.
P partial Reyes
P partial Okafor
P partial Hollister
F duration 3:07
F number 11,607
'''

ARTICLES['352-marino-agar-carrageenan-plant-zamboanga-businessworld'] = r'''
> Corporate News
> Marino Agar to build P3.2-billion carrageenan plant in Zamboanga
O company Marino Agar
F money P3.2-billion
L city Zamboanga
> By Katrina Mae B. Dizon, Reporter
P full Katrina Mae B. Dizon
> April 6, 2038 | 12:32 am
F date April 6, 2038
F time 12:32 am
> Seaweed farmers dry their harvest on a boardwalk in Sitangkai, Tawi-Tawi. — PHILIPPINE STAR/ JUAN MIGUEL T. ESCARAN
L city Sitangkai
L region Tawi-Tawi
O media PHILIPPINE STAR
P full JUAN MIGUEL T. ESCARAN
> MARINO AGAR Corp. will spend P3.2 billion (about $57 million) on a refined carrageenan plant in Zamboanga City that will double its processing capacity by 2040, the listed seaweed processor said on Monday.
O company MARINO AGAR Corp.
F money P3.2 billion
F money $57 million
L city Zamboanga City
F date 2040
> In a regulatory filing with the Philippine Stock Exchange (PSE), the company said its board approved the 12,000-metric-ton (MT) refined carrageenan facility, which will rise on a 6.5-hectare lot inside the Zamboanga City Special Economic Zone and Freeport in Barangay San Ramon.
O company Philippine Stock Exchange
O company PSE
F quantity 12,000-metric-ton
F quantity 6.5-hectare
L facility Zamboanga City Special Economic Zone and Freeport
L city Barangay San Ramon
> Construction will start in the third quarter, with commercial operations targeted for the first half of 2040. The project will be funded by a P2-billion term loan from the Development Bank of the Philippines (DBP) and internally generated funds, it added.
F date 2040
F money P2-billion
O government Development Bank of the Philippines
O government DBP
> “Our farmers in Tawi-Tawi and Sulu are producing more than we can process. Every ton we ship out as dried seaweed is value we give away to processors in Cebu, China and Indonesia,” Marino Agar President and Chief Executive Officer Ma. Teresita “Tessie” Abubakar-Lim said at a briefing in Makati City.
Q direct Ma. Teresita “Tessie” Abubakar-Lim :: “Our farmers in Tawi-Tawi and Sulu are producing more than we can process. Every ton we ship out as dried seaweed is value we give away to processors in Cebu, China and Indonesia,”
L region Tawi-Tawi
L region Sulu
L city Cebu
L country China
L country Indonesia
O company Marino Agar
P full Ma. Teresita “Tessie” Abubakar-Lim
Q scare - :: “Tessie”
L city Makati City
> Ms. Abubakar-Lim said the new plant would process about 40,000 MT of dried seaweed a year and employ 620 workers. It will also include a 3-megawatt solar array and a wastewater treatment facility, following complaints from fishermen in Talon-Talon about effluent from older processors along the coast.
P partial Abubakar-Lim
F quantity 40,000 MT
F number 620
F quantity 3-megawatt
L city Talon-Talon
> Marino Agar’s net income rose 18.4% to P612.5 million in 2037 from P517.3 million a year earlier, as revenues climbed 11% to P6.84 billion. Exports, mainly to the United States, Europe and Japan, made up 72% of sales.
O company Marino Agar
F percent 18.4%
F money P612.5 million
F date 2037
F money P517.3 million
F percent 11%
F money P6.84 billion
L country United States
L continent Europe
L country Japan
F percent 72%
> The Philippines produced 1.41 million MT of seaweed last year, according to the Philippine Statistics Authority (PSA), with the Bangsamoro Autonomous Region in Muslim Mindanao (BARMM) accounting for nearly two-thirds of output.
L country Philippines
F quantity 1.41 million MT
O government Philippine Statistics Authority
O government PSA
L region Bangsamoro Autonomous Region in Muslim Mindanao
L region BARMM
F fraction two-thirds
> Farmgate prices of dried cottonii seaweed in Tawi-Tawi averaged P68 per kilogram in March, up from P52 a year ago, data from the Bureau of Fisheries and Aquatic Resources (BFAR) showed.
L region Tawi-Tawi
F money P68
F money P52
O government Bureau of Fisheries and Aquatic Resources
O government BFAR
> The company has signed supply agreements with 14 cooperatives in Tawi-Tawi and Sulu covering some 3,800 farmers, among them the Sitangkai Seaweed Growers Multi-Purpose Cooperative.
F number 14
L region Tawi-Tawi
L region Sulu
F number 3,800
O nonprofit Sitangkai Seaweed Growers Multi-Purpose Cooperative
> Its chairman, Hadji Abdulhan Sarabi, said members welcomed the plant but wanted a floor price written into their contracts. “When the price drops to P40, our people go back to borrowing from the traders. A plant in Zamboanga does not change that unless the contract does,” he said by phone.
P full Abdulhan Sarabi
Q direct Abdulhan Sarabi :: “When the price drops to P40, our people go back to borrowing from the traders. A plant in Zamboanga does not change that unless the contract does,”
F money P40
L city Zamboanga
> Luis Rafael C. Manalastas, research head at Tanglaw Securities, Inc., said the project was “sensible on paper” but noted that power supply in Zamboanga City remained tight. “Investors will want to see the plant running on schedule before they pay up for the growth,” he said.
P full Luis Rafael C. Manalastas
O company Tanglaw Securities, Inc.
Q direct Luis Rafael C. Manalastas :: “sensible on paper”
L city Zamboanga City
Q direct Luis Rafael C. Manalastas :: “Investors will want to see the plant running on schedule before they pay up for the growth,”
> Shares in Marino Agar rose 3.2% to close at P14.86 apiece on Monday.
O company Marino Agar
F percent 3.2%
F money P14.86
> — with a report from Jomar T. Sumagaysay
P full Jomar T. Sumagaysay
'''

ARTICLES['353-nebe-annuls-central-ethiopia-council-polls-gurage-the-reporter'] = r'''
> Politics
> NEBE orders re-run in 11 constituencies of Central Ethiopia Region
O government NEBE
F number 11
L region Central Ethiopia Region
> By Kaleab Girma
P full Kaleab Girma
> March 27, 2038
F date March 27, 2038
> Election officials count ballots at a polling station in Wolkite, Gurage Zone, on Megabit 6. Photo: The Reporter
L city Wolkite
L region Gurage Zone
F date Megabit 6
O media The Reporter
> The National Election Board of Ethiopia (NEBE) has annulled the results of the regional and zonal council elections in 11 constituencies of the Central Ethiopia Region and ordered new polls to be held by Miyazia 10, 2030 E.C. (April 18, 2038), citing ballot stuffing, missing result sheets and the intimidation of party observers.
O government National Election Board of Ethiopia
O government NEBE
F number 11
L region Central Ethiopia Region
F date Miyazia 10, 2030 E.C.
F date April 18, 2038
> The decision, announced at a press briefing in Addis Ababa on Thursday, affects 214 polling stations in the Gurage, Silte and Hadiya zones and some 386,000 registered voters, roughly a ninth of the region’s electorate.
L city Addis Ababa
F number 214
L region Gurage
L region Silte
L region Hadiya
F number 386,000
F fraction a ninth
> The elections, held on Megabit 6, 2030 E.C. (March 15, 2038), were the first in the region since it was created from the former Southern Nations, Nationalities and Peoples’ Region in 2023.
F date Megabit 6, 2030 E.C.
F date March 15, 2038
L region Southern Nations, Nationalities and Peoples’ Region
F date 2023
> “The Board has found that in these constituencies the will of the voters cannot be determined with confidence,” NEBE said in a statement read by its chairperson, Selamawit Gebru Tessema. “Where we cannot certify a result, we will not certify it.”
Q direct National Election Board of Ethiopia :: “The Board has found that in these constituencies the will of the voters cannot be determined with confidence,”
O government NEBE
P full Selamawit Gebru Tessema
Q direct National Election Board of Ethiopia :: “Where we cannot certify a result, we will not certify it.”
> Selamawit told reporters that the board had received 1,140 complaints from nine parties, and that its investigators had found more ballots than registered voters at 37 polling stations. The re-run will cost an estimated Br 64 million, she said.
P partial Selamawit
F number 1,140
F number nine
F number 37
F money Br 64 million
> According to provisional results released before the annulment, the ruling Prosperity Party (PP) won 262 of the council’s 298 seats, with turnout at 71.4 percent.
O party Prosperity Party
O party PP
F number 262
F number 298
F percent 71.4 percent
> Opposition parties said the re-run did not go far enough. The Ethiopian Citizens for Social Justice (EZEMA), which won four seats, said it had documented irregularities in at least 30 constituencies and called on the board to annul the vote across the region.
O party Ethiopian Citizens for Social Justice
O party EZEMA
F number four
F number 30
> “Annulling eleven constituencies is an admission that the process failed. It is not a remedy,” said Ephrem Lemma Woldeyes, head of EZEMA’s Central Ethiopia branch. Ato Ephrem said observers from his party had been turned away from polling stations in Butajira and Worabe “by armed men in civilian clothes.”
Q direct Ephrem Lemma Woldeyes :: “Annulling eleven constituencies is an admission that the process failed. It is not a remedy,”
F number eleven
P full Ephrem Lemma Woldeyes
O party EZEMA
L region Central Ethiopia
P partial Ephrem
L city Butajira
L city Worabe
Q direct Ephrem Lemma Woldeyes :: “by armed men in civilian clothes.”
> Gurage People’s Democratic Unity, a small party based in Wolkite, said it would boycott the re-run unless NEBE replaced the election officials in the Gurage Zone constituencies of Abeshge and Kebena.
O party Gurage People’s Democratic Unity
L city Wolkite
O government NEBE
L region Gurage Zone
L region Abeshge
L region Kebena
> Officials of the Prosperity Party welcomed the board’s decision. “We have nothing to fear from a re-run. Our support in Hadiya and Silte is not in doubt,” said Tigist Alemu Haile, the party’s deputy head for the region, who spoke to The Reporter in Hosaena on Friday.
O party Prosperity Party
Q direct Tigist Alemu Haile :: “We have nothing to fear from a re-run. Our support in Hadiya and Silte is not in doubt,”
L region Hadiya
L region Silte
P full Tigist Alemu Haile
O media The Reporter
L city Hosaena
> An election official in Wolkite, who asked not to be named because he was not authorised to speak to the media, said result sheets from 12 polling stations had been “lost in transport” between the woreda offices and the zonal centre. “Nobody lost them. They were taken,” he said.
L city Wolkite
F number 12
Q direct - :: “lost in transport”
Q direct - :: “Nobody lost them. They were taken,”
> The House of Federation, which has the final say on constitutional disputes, is expected to hear a petition from three opposition parties on the scope of the annulment next month.
O government House of Federation
F number three
> NEBE has asked the Ministry of Finance to release the money within 10 days, and said 2,600 new ballot boxes and about 4,100 poll workers would be deployed. Voters will be able to check their polling station by SMS from Miyazia 1.
O government NEBE
O government Ministry of Finance
F duration 10 days
F number 2,600
F number 4,100
F date Miyazia 1
'''

ARTICLES['354-elbwerk-battery-recycler-founder-subsidy-fraud-magdeburg-courthouse-news'] = r'''
> International
> German court convicts battery recycler’s founder in $42 million subsidy fraud
F money $42 million
> A court in Magdeburg found that the founder of Elbwerk Recycling inflated job and investment figures to obtain state aid for a plant that never processed batteries at scale.
L city Magdeburg
O company Elbwerk Recycling
> CONSTANTIN HOLTZ / March 2, 2038
P full CONSTANTIN HOLTZ
F date March 2, 2038
> The entrance to the Magdeburg Regional Court in Magdeburg, Germany, in 2035. (Klaus-Dieter Wolf/dpa via AP)
L facility Magdeburg Regional Court
L city Magdeburg
L country Germany
F date 2035
P full Klaus-Dieter Wolf
O media dpa
O media AP
> MAGDEBURG, Germany (CN) — A German court on Tuesday sentenced the founder of a bankrupt battery-recycling company to four years and nine months in prison for cheating the state of Saxony-Anhalt and the federal government out of €38.4 million ($41.7 million) in subsidies, one of the largest fraud cases to come out of Germany’s push to build its own battery industry.
L city MAGDEBURG
L country Germany
O media CN
F duration four years
F duration nine months
L region Saxony-Anhalt
F money €38.4 million
F money $41.7 million
L country Germany
> The Magdeburg Regional Court found that Henning Vosskuhl, 54, who founded Elbwerk Recycling GmbH in 2031, submitted inflated job, investment and capacity figures in three grant applications between 2032 and 2035 for a plant in the Chemiepark Bitterfeld-Wolfen, an industrial estate on the Mulde river about 20 miles north of Leipzig.
O government Magdeburg Regional Court
P full Henning Vosskuhl
F age 54
O company Elbwerk Recycling GmbH
F date 2031
F number three
F date 2032
F date 2035
L facility Chemiepark Bitterfeld-Wolfen
L geo Mulde
F quantity 20 miles
L city Leipzig
> Elbwerk told the state development bank, Investitionsbank Sachsen-Anhalt, that it would employ 240 people and recycle 20,000 metric tons of lithium-ion batteries a year by 2035. When it filed for insolvency in March 2036, it had 41 employees and had processed less than 900 tons in total, according to the verdict.
O company Elbwerk
O government Investitionsbank Sachsen-Anhalt
F number 240
F quantity 20,000 metric tons
F date 2035
F date March 2036
F number 41
F quantity 900 tons
> “The defendant did not build a factory. He built a facade, and he rented the people to stand in front of it,” Presiding Judge Ulrike Rabenhorst-Kiel said as she read the verdict, according to a translation provided by the court. She called the project a “Luftschloss” — a castle in the air.
Q direct Ulrike Rabenhorst-Kiel :: “The defendant did not build a factory. He built a facade, and he rented the people to stand in front of it,”
P full Ulrike Rabenhorst-Kiel
Q direct Ulrike Rabenhorst-Kiel :: “Luftschloss”
> Prosecutors said Vosskuhl had hired temporary workers through a staffing agency for two weeks in September 2034 to fill the plant’s production hall during an inspection by officials of the Federal Ministry for Economic Affairs and Climate Action, which co-financed the project as part of a European battery program approved by the European Commission.
P partial Vosskuhl
F duration two weeks
F date September 2034
O government Federal Ministry for Economic Affairs and Climate Action
O intergovernmental European Commission
> The company’s former finance director, a 49-year-old identified only as Jens W. in keeping with German privacy rules, received a suspended sentence of 22 months and was ordered to pay €60,000 to a children’s charity. The court found he had signed two of the three applications knowing the figures were false.
F age 49-year-old
P full Jens W.
F duration 22 months
F money €60,000
F number two
F number three
> Vosskuhl, who has been in pretrial detention since his arrest in Hamburg in May 2036, showed no reaction as the sentence was read shortly after 2 p.m. His lawyer, Dilara Aksoy-Brenner, told reporters outside the courthouse that her client would appeal to the Federal Court of Justice in Karlsruhe.
P partial Vosskuhl
L city Hamburg
F date May 2036
F time 2 p.m.
P full Dilara Aksoy-Brenner
O government Federal Court of Justice
L city Karlsruhe
> “The court has punished my client for being an optimist in an industry that collapsed around him,” Aksoy-Brenner said. “Every battery company in this country missed its targets in 2035. Only one of them is in prison.”
Q direct Dilara Aksoy-Brenner :: “The court has punished my client for being an optimist in an industry that collapsed around him,”
P partial Aksoy-Brenner
Q direct Dilara Aksoy-Brenner :: “Every battery company in this country missed its targets in 2035. Only one of them is in prison.”
F date 2035
> The Public Prosecutor’s Office in Magdeburg, which had asked for six years and six months, said it would study the written judgment before deciding whether to appeal. Under German law, both sides have one week to lodge an appeal on points of law.
O government Public Prosecutor’s Office
L city Magdeburg
F duration six years
F duration six months
F duration one week
> Saxony-Anhalt’s economy ministry said it had recovered €11.2 million of the money so far, largely from the sale of Elbwerk’s equipment and land. “We will pursue every euro that can still be found,” a ministry spokeswoman told Courthouse News.
L region Saxony-Anhalt
F money €11.2 million
O company Elbwerk
Q direct - :: “We will pursue every euro that can still be found,”
O media Courthouse News
> The case has added to scrutiny of Germany’s battery subsidies. At least four other recipients of state aid for battery projects in eastern Germany have gone insolvent since 2035, and the Federal Court of Auditors warned in a report last year that checks on grant applications had been “largely on paper.”
L country Germany
F number four
L country Germany
F date 2035
O government Federal Court of Auditors
Q direct Federal Court of Auditors :: “largely on paper.”
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
