#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval149 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval149/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['937-beirut-port-grain-terminal-silos-cabinet-lorient-today'] = r'''
> Lebanon
L country Lebanon
> New grain terminal to rise beside Beirut port's ruined silos
L city Beirut
> The Cabinet approves a US$21.2 million terminal for 120,000 tonnes of wheat, but victims' families fear for the silos that survived the 2020 blast.
F money US$21.2 million
F quantity 120,000 tonnes
F date 2020
> OLJ / By Rana Abi Nader, 17 March 2039 18:05
O media OLJ
P full Rana Abi Nader
F date 17 March 2039
F time 18:05
> The remains of the grain silos at the port of Beirut, seen from Karantina. (Credit: Fadi Chahine/L'Orient Today)
L city Beirut
L city Karantina
P full Fadi Chahine
O media L'Orient Today
> BEIRUT — The Council of Ministers on Wednesday approved plans for a new grain terminal at the port of Beirut, nearly 19 years after the Aug. 4, 2020 explosion gutted the port's silos and wiped out most of Lebanon's wheat reserve.
L city BEIRUT
O government Council of Ministers
L city Beirut
F duration 19 years
F date Aug. 4, 2020
L country Lebanon
> The terminal, to be built on the eastern basin of the port, will hold 120,000 tonnes of grain in 24 steel silos, Economy and Trade Minister Walid Saadé told reporters after the session at the Grand Serail. It is expected to cost US$21.2 million, or about LBP 1.9 trillion at the official rate of LBP 89,500 to the dollar.
F quantity 120,000 tonnes
F number 24
P full Walid Saadé
L facility Grand Serail
F money US$21.2 million
F money LBP 1.9 trillion
F money LBP 89,500
> "Since 2020 we have been buying wheat week by week, like a family without a fridge," Saadé said. "A country of five million people cannot live on one month of stock."
Q direct Walid Saadé :: "Since 2020 we have been buying wheat week by week, like a family without a fridge,"
Q direct Walid Saadé :: "A country of five million people cannot live on one month of stock."
F date 2020
P partial Saadé
F number five million
F duration one month
> Public Works and Transport Minister Joumana Bou Khalil said the Council for Development and Reconstruction (CDR) would launch the tender by June 30 and that construction should take 26 months. The CDR has already received "serious interest" from three consortiums, she said, one of them led by a Kuwaiti firm.
P full Joumana Bou Khalil
O government Council for Development and Reconstruction
O government CDR
F date June 30
F duration 26 months
O government CDR
Q direct Joumana Bou Khalil :: "serious interest"
F number three
> The original silos, 48 meters high, were built in 1970 with a loan from the Kuwait Fund for Arab Economic Development. Their northern block partly collapsed in 2022 after weeks of fires in the fermenting grain. Under the new plan, the southern block, which still stands, will be "stabilized and preserved," Bou Khalil said.
F quantity 48 meters
F date 1970
O government Kuwait Fund for Arab Economic Development
F date 2022
Q direct Joumana Bou Khalil :: "stabilized and preserved,"
P partial Bou Khalil
> That did not reassure the families. Marie-Josée Tabet, whose husband Élie, a 41-year-old customs clerk, was killed in the blast, said the committee of victims' families had heard such promises before.
P full Marie-Josée Tabet
P partial Élie
F age 41-year-old
> "In 2023 they told us, 'The silos will stay, nobody will touch them.' Then they let them burn for weeks," Tabet said. "We are not against bread. We are against erasing the evidence while the investigation is still frozen.
Q direct Marie-Josée Tabet :: "In 2023 they told us, 'The silos will stay, nobody will touch them.' Then they let them burn for weeks,"
Q direct Marie-Josée Tabet :: "We are not against bread. We are against erasing the evidence while the investigation is still frozen.
F date 2023
P partial Tabet
> "Build the terminal, yes. But the silos are a witness, and you don't demolish a witness."
Q direct Marie-Josée Tabet :: "Build the terminal, yes. But the silos are a witness, and you don't demolish a witness."
> Since the blast, most of the country's imported wheat has been unloaded in Tripoli and trucked south, an arrangement port workers call the "wheat shuttle." A port official, who asked not to be named, said the new terminal would unload a 60,000-tonne bulk carrier in about 40 hours, against four days in Tripoli.
L city Tripoli
Q scare - :: "wheat shuttle."
F quantity 60,000-tonne
F duration 40 hours
F duration four days
L city Tripoli
> "Right now the flour for Beirut's bakeries travels 85 kilometers by road before it reaches an oven," the official said.
Q direct - :: "Right now the flour for Beirut's bakeries travels 85 kilometers by road before it reaches an oven,"
L city Beirut
F quantity 85 kilometers
> Bread prices have risen 14 percent since January, according to the Association of Bakery Owners in Beirut and Mount Lebanon, which said a 900-gram bundle of Arabic bread now sells for LBP 95,000. The World Bank has financed part of Lebanon's wheat imports since a 2022 emergency loan of US$150 million.
F percent 14 percent
O nonprofit Association of Bakery Owners in Beirut and Mount Lebanon
F quantity 900-gram
F money LBP 95,000
O intergovernmental World Bank
L country Lebanon
F date 2022
F money US$150 million
> Asked about the families' objections, Saadé said the Cabinet's decision "does not touch one stone" of the southern block. "The memory of Aug. 4 belongs to all Lebanese," he said.
P partial Saadé
Q direct Walid Saadé :: "does not touch one stone"
Q direct Walid Saadé :: "The memory of Aug. 4 belongs to all Lebanese,"
F number one
F date Aug. 4
'''

ARTICLES['938-maui-waihee-kauaula-stream-water-rights-cwrm-civil-beat'] = r'''
> Environment
> Water Commission Orders More Water Left In Maui's Waiheʻe River
L geo Maui
L geo Waiheʻe River
> The decision returns water to Na Wai ʻEha streams and to Lahaina's Kauaʻula Stream, but a Central Maui farm company says it will appeal.
L region Na Wai ʻEha
L city Lahaina
L geo Kauaʻula Stream
L region Central Maui
> By Malia Kekumu-Ferreira
P full Malia Kekumu-Ferreira
> March 16, 2039
F date March 16, 2039
> Water flows past a diversion intake on the Waiheʻe River. (Kanoa Ah Sing/Civil Beat/2038)
L geo Waiheʻe River
P full Kanoa Ah Sing
O media Civil Beat
F date 2038
> The state Commission on Water Resource Management voted 5-2 on Tuesday to increase the amount of water a Central Maui farm company must leave in the Waiheʻe River, a dispute that has kept Native Hawaiian taro farmers and the heirs of the sugar plantations in hearing rooms for more than three decades.
O government Commission on Water Resource Management
F number 5-2
L region Central Maui
L geo Waiheʻe River
F duration three decades
> Under the order, Central Maui Farms LLC must leave at least 10 million gallons a day in the river below its main intake, up from 6.2 mgd under a 2031 settlement, and release another 2.5 mgd into Waiehu Stream.
O company Central Maui Farms LLC
F quantity 10 million gallons a day
F quantity 6.2 mgd
F date 2031
F quantity 2.5 mgd
L geo Waiehu Stream
> The commission, known as CWRM, also set an interim flow standard for Kauaʻula Stream above Lahaina, where growers and cultural practitioners fought over water long before the August 2023 wildfire destroyed most of the town.
O government CWRM
L geo Kauaʻula Stream
L city Lahaina
F date August 2023
> “This is water that was taken for 150 years to grow sugar, and sugar has been gone from Maui since 2016,” said Commissioner Leināʻala Kapahu, who wrote the majority opinion. “The law says the streams come first. Today we finally acted like it.”
Q direct Leināʻala Kapahu :: “This is water that was taken for 150 years to grow sugar, and sugar has been gone from Maui since 2016,”
Q direct Leināʻala Kapahu :: “The law says the streams come first. Today we finally acted like it.”
F duration 150 years
L geo Maui
F date 2016
P full Leināʻala Kapahu
> Commissioner Glenn Takushi-Ota, one of the two no votes, said the order left the company “with no margin for a dry summer.”
P full Glenn Takushi-Ota
F number two
Q direct Glenn Takushi-Ota :: “with no margin for a dry summer.”
> Central Maui Farms grows coffee, papaya and cattle feed on about 9,400 acres of former cane land. Its general manager, Darren Pacheco, said the company would appeal to the Environmental Court within 30 days. “We support stream restoration. But the commission just cut our supply by 40% and told us to figure it out,” Pacheco said in a written statement.
O company Central Maui Farms
F quantity 9,400 acres
P full Darren Pacheco
O government Environmental Court
F duration 30 days
Q direct Darren Pacheco :: “We support stream restoration. But the commission just cut our supply by 40% and told us to figure it out,”
F percent 40%
P partial Pacheco
> For the taro farmers of Waiheʻe, the ruling means kalo loʻi left dry for years can be planted again.
L city Waiheʻe
> Kainoa Makaʻala, 67, whose family has farmed loʻi along the river since the 1800s, watched the vote from the back of the room at the Kalanimoku Building in Honolulu.
P full Kainoa Makaʻala
F age 67
F date 1800s
L facility Kalanimoku Building
L city Honolulu
> “My grandfather testified in 1988 and he died waiting. My mother testified in 2006,” Makaʻala said. “When I called her at 6:30 this morning, she said, ‘Don’t come home until they vote.’
Q direct Kainoa Makaʻala :: “My grandfather testified in 1988 and he died waiting. My mother testified in 2006,”
Q direct Kainoa Makaʻala :: “When I called her at 6:30 this morning, she said, ‘Don’t come home until they vote.’
F date 1988
F date 2006
P partial Makaʻala
F time 6:30
> “So I stayed. Now I go home and open the ʻauwai.”
Q direct Kainoa Makaʻala :: “So I stayed. Now I go home and open the ʻauwai.”
> The Lahaina standard requires 3.8 mgd to stay in Kauaʻula Stream at the 1,200-foot elevation. Commission staff estimated that the two decisions together return about 11,300 acre-feet a year to the streams.
L city Lahaina
F quantity 3.8 mgd
L geo Kauaʻula Stream
F quantity 1,200-foot
F number two
F quantity 11,300 acre-feet
> The Office of Hawaiian Affairs, a party to the contested case, called the decision “a long overdue correction.” The order takes effect July 1. The company has until 4:30 p.m. on April 14 to file its appeal.
O government Office of Hawaiian Affairs
Q direct Office of Hawaiian Affairs :: “a long overdue correction.”
F date July 1
F time 4:30 p.m.
F date April 14
'''

ARTICLES['939-vnl-poland-brazil-five-sets-gdansk-ergo-arena-wasowicz-volleyball-world'] = r'''
> Volleyball Nations League
O other Volleyball Nations League
> Poland outlast Brazil in five-set thriller in Gdańsk
O team Poland
O team Brazil
F number five
L city Gdańsk
> Wąsowicz hits 27 points as the hosts come back from two sets to one down to stay unbeaten
P partial Wąsowicz
F number 27
F number two
F number one
> By Tomasz Grzelak
P full Tomasz Grzelak
> 23 June 2040
F date 23 June 2040
> Poland's Mikołaj Wąsowicz celebrates a point against Brazil at Ergo Arena. (Photo: Volleyball World/Aleksandra Prus)
L country Poland
P full Mikołaj Wąsowicz
O team Brazil
L facility Ergo Arena
O other Volleyball World
P full Aleksandra Prus
> Poland came back from two sets to one down to beat Brazil 3-2 (25-21, 23-25, 19-25, 25-22, 15-12) in the men's Volleyball Nations League in front of a sold-out Ergo Arena in Gdańsk on Friday night, stretching their unbeaten run to six matches.
O team Poland
F number two
F number one
O team Brazil
F score 3-2
F score 25-21
F score 23-25
F score 19-25
F score 25-22
F score 15-12
O other Volleyball Nations League
L facility Ergo Arena
L city Gdańsk
F number six
> Opposite Mikołaj Wąsowicz, who plays his club volleyball for Jastrzębski Węgiel, led all scorers with 27 points, including four blocks and three aces. Middle blocker Bartosz Zieliński-Kraus added 14 points, eight of them at the net.
P full Mikołaj Wąsowicz
O team Jastrzębski Węgiel
F number 27
F number four
F number three
P full Bartosz Zieliński-Kraus
F number 14
F number eight
> Brazil, who had won all five of their matches in Ottawa and Osaka, were led by outside hitter Lucas de Souza Lima with 21 points. Setter Rafael Fonseca-Alves ran the offence for the first four sets before being replaced by Thiago Bastos at 9-11 in the fifth.
O team Brazil
F number five
L city Ottawa
L city Osaka
P full Lucas de Souza Lima
F number 21
P full Rafael Fonseca-Alves
F number four
P full Thiago Bastos
F score 9-11
> After the teams traded the first two sets, Brazil took control of the third behind their blockers, out-blocking the hosts 5-1 in the set, and led 16-12 in the fourth before Wąsowicz served four straight points.
F number two
O team Brazil
F number 5-1
F score 16-12
P partial Wąsowicz
F number four
> “At 12-16 in the fourth I looked at the bench and everybody was calm,” said Wąsowicz, 26. “Our coach always tells us, ‘One point, then the next one.’ So that is what we did.”
Q direct Mikołaj Wąsowicz :: “At 12-16 in the fourth I looked at the bench and everybody was calm,”
Q direct Mikołaj Wąsowicz :: “Our coach always tells us, ‘One point, then the next one.’ So that is what we did.”
F score 12-16
P partial Wąsowicz
F age 26
> Poland coach Andrea Castellani said his team had been “too nervous” in the third set, which Brazil won 25-19 on the back of a 7-0 run.
O team Poland
P full Andrea Castellani
Q direct Andrea Castellani :: “too nervous”
O team Brazil
F score 25-19
F score 7-0
> “Brazil are the best blocking team in the world. You cannot attack them with power only,” the Italian said. “Tonight we were patient, and in the fifth set we were brave.”
Q direct Andrea Castellani :: “Brazil are the best blocking team in the world. You cannot attack them with power only,”
Q direct Andrea Castellani :: “Tonight we were patient, and in the fifth set we were brave.”
O team Brazil
> De Souza Lima, who plays for Itas Trentino in Italy's SuperLega, said the defeat would not change Brazil's plans for the Final Round in July. “We lost a match, not the summer,” he said. “Poland in Gdańsk, with 11,000 people, is the hardest game of the whole VNL.”
P partial De Souza Lima
O team Itas Trentino
L country Italy
O other SuperLega
O team Brazil
Q direct Lucas de Souza Lima :: “We lost a match, not the summer,”
Q direct Lucas de Souza Lima :: “Poland in Gdańsk, with 11,000 people, is the hardest game of the whole VNL.”
O team Poland
L city Gdańsk
F number 11,000
O other VNL
> The hall, known to home fans as “the Cauldron,” rocked through the tie-break, which Poland closed on their third match point when Zieliński-Kraus stuffed de Souza Lima at 14-12.
Q scare - :: “the Cauldron,”
O team Poland
P partial Zieliński-Kraus
P partial de Souza Lima
F score 14-12
> Earlier on Friday, Japan swept Serbia 3-0 (25-20, 25-23, 25-18) in the first match of the day in Gdańsk, with 19 points from outside hitter Sōta Hiramatsu.
O team Japan
O team Serbia
F score 3-0
F score 25-20
F score 25-23
F score 25-18
L city Gdańsk
F number 19
P full Sōta Hiramatsu
> The match lasted two hours and 11 minutes. Poland finished with 13 blocks to Brazil's 11 and nine aces to five, but made 27 service errors.
F duration two hours
F duration 11 minutes
O team Poland
F number 13
O team Brazil
F number 11
F number nine
F number five
F number 27
> Poland, now 6-0, face Japan on Sunday at 20:00 local time, while Brazil (5-1) play Serbia at 17:00. Both matches will be played at Ergo Arena.
O team Poland
F score 6-0
O team Japan
F time 20:00
O team Brazil
F score 5-1
O team Serbia
F time 17:00
L facility Ergo Arena
'''

ARTICLES['940-banjul-barra-ferry-breakdown-passengers-stranded-gpa-the-point'] = r'''
> Headlines
> Banjul–Barra Ferry Breakdown Leaves Hundreds Stranded For Hours
L city Banjul
L city Barra
> By Fatoumatta Jarju-Camara
P full Fatoumatta Jarju-Camara
> Mar 14, 2040, 11:43 AM
F date Mar 14, 2040
F time 11:43 AM
> Passengers wait at the Barra ferry terminal on Tuesday. Photo: Ousman Bittaye
L city Barra
P full Ousman Bittaye
> Hundreds of passengers, traders and vehicles were stranded on both banks of the River Gambia on Tuesday after the Banjul–Barra ferry service was cut to a single vessel when the Niumi Pride broke down in mid-river with 312 passengers on board.
L geo River Gambia
L city Banjul
L city Barra
F number 312
> The ferry, which left Banjul at 9:40am, lost power in one of its engines about 20 minutes into the 45-minute crossing and drifted for almost two hours before a Gambia Navy patrol boat towed it back to the Banjul terminal, according to the Gambia Ports Authority (GPA).
L city Banjul
F time 9:40am
F duration 20 minutes
F duration 45-minute
F duration two hours
O government Gambia Navy
L city Banjul
O government Gambia Ports Authority
O government GPA
> No one was injured, but passengers said they spent the time without shade or drinking water. "Children were crying and some old women fainted. Nobody from the ferry told us anything," said Awa Touray, 34, a fish trader from Essau in the North Bank Region.
Q direct Awa Touray :: "Children were crying and some old women fainted. Nobody from the ferry told us anything,"
P full Awa Touray
F age 34
L city Essau
L region North Bank Region
> Modou Lamin Bah, a lorry driver who had been queuing at Barra since Monday night, said he had paid D2,500 for his crossing ticket and would lose D18,000 if his load of onions rotted. "The whole of The Gambia depends on this crossing. When one ferry is down, life stops," he said.
P full Modou Lamin Bah
L city Barra
F money D2,500
F money D18,000
Q direct Modou Lamin Bah :: "The whole of The Gambia depends on this crossing. When one ferry is down, life stops,"
L country The Gambia
F number one
> With the Niumi Pride out of service, only the smaller Jokadu was running on Tuesday afternoon, carrying about 150 passengers and eight vehicles a trip. Queues at Barra stretched for 2 kilometres by nightfall, and some travellers paid D300 each to cross in pirogues, the long wooden boats the GPA has banned from the route since 2036.
F number 150
F number eight
L city Barra
F quantity 2 kilometres
F money D300
O government GPA
F date 2036
> GPA managing director Alieu M. Kanteh told The Point that engineers had found a damaged fuel pump and that spare parts were being flown in from Dakar. "We expect the Niumi Pride back in service by Saturday. Until then we will run the Jokadu 24 hours," Kanteh said.
O government GPA
P full Alieu M. Kanteh
O media The Point
L city Dakar
Q direct Alieu M. Kanteh :: "We expect the Niumi Pride back in service by Saturday. Until then we will run the Jokadu 24 hours,"
F duration 24 hours
P partial Kanteh
> He said the authority had spent D42.6 million on repairs to its two Banjul–Barra ferries in 2039 alone, and that a new vessel ordered from a Turkish shipyard was due in the first quarter of 2041.
F money D42.6 million
F number two
L city Banjul
L city Barra
F date 2039
F date 2041
> The breakdown comes three weeks after the Public Enterprises Committee of the National Assembly questioned GPA officials over what one member called "a ferry service held together with prayers."
F duration three weeks
O government Public Enterprises Committee
O government National Assembly
O government GPA
F number one
Q direct - :: "a ferry service held together with prayers."
> Transport, Works and Infrastructure Minister Ndey Isatou Mbye said in a statement on Tuesday evening that the government "regrets the inconvenience" and had asked the Gambia Red Cross Society to provide water at both terminals.
P full Ndey Isatou Mbye
Q direct Ndey Isatou Mbye :: "regrets the inconvenience"
O nonprofit Gambia Red Cross Society
> For travellers unwilling to wait, the alternative is the Senegambia Bridge at Farafenni, a road journey of about 290 kilometres that takes at least five hours.
L facility Senegambia Bridge
L city Farafenni
F quantity 290 kilometres
F duration five hours
> Mrs Touray said she would sleep at the terminal. "I have D600 in my pocket and fish that will not wait. Where will I go?"
P partial Touray
Q direct Awa Touray :: "I have D600 in my pocket and fish that will not wait. Where will I go?"
F money D600
'''

ARTICLES['941-verdant-row-bluefield-trade-secrets-verdict-delaware-law360'] = r'''
> Trade Secrets
> Vertical Farm Co. Wins $18.4M Verdict Over Stolen Grow 'Recipes'
F money $18.4M
Q scare - :: 'Recipes'
> By Priya Venkataraman-Holt · March 17, 2039, 7:42 PM EDT
P full Priya Venkataraman-Holt
F date March 17, 2039
F time 7:42 PM EDT
> Law360 (March 17, 2039, 7:42 PM EDT) -- A Delaware federal jury on Thursday found that a Texas-based investment firm stole the lighting and nutrient "recipes" of vertical farming company Verdant Row Inc. and ordered it to pay $18.4 million, including $6.1 million in exemplary damages for willful and malicious misappropriation.
O media Law360
F date March 17, 2039
F time 7:42 PM EDT
L region Delaware
L region Texas
Q scare - :: "recipes"
O company Verdant Row Inc.
F money $18.4 million
F money $6.1 million
> After a seven-day trial before U.S. District Judge Constance M. Arbeláez, the eight-person jury deliberated for about six hours before returning its verdict against Bluefield Growth Partners LLC and two of its affiliates, finding they had violated both the federal Defend Trade Secrets Act and the Delaware Uniform Trade Secrets Act.
F duration seven-day
L country U.S.
P full Constance M. Arbeláez
F number eight
F duration six hours
O company Bluefield Growth Partners LLC
F number two
> Verdant Row, which grows leafy greens in stacked indoor farms in Wilmington, Delaware, and Camden, New Jersey, said Bluefield used a 2035 due diligence review of a proposed $40 million investment to copy 214 files describing its growing methods.
O company Verdant Row
L city Wilmington
L region Delaware
L city Camden
L region New Jersey
O company Bluefield
F date 2035
F money $40 million
F number 214
> Representatives for Bluefield's two affiliates, Bluefield Ag Holdings LLC and BGP Austin LLC, did not respond to requests for comment on Friday.
O company Bluefield
F number two
O company Bluefield Ag Holdings LLC
O company BGP Austin LLC
> In an April 2038 ruling, Judge Arbeláez denied Bluefield's bid for summary judgment, writing that "a reasonable jury could find that the recipes derived independent economic value from not being generally known."
F date April 2038
P partial Arbeláez
O company Bluefield
Q direct Constance M. Arbeláez :: "a reasonable jury could find that the recipes derived independent economic value from not being generally known."
> Verdant Row's counsel, Marcus T. Oyelaran-Price of Hargrove Pell & Lindqvist LLP, told Law360 after the verdict that the jury "saw exactly what happened."
O company Verdant Row
P full Marcus T. Oyelaran-Price
O company Hargrove Pell & Lindqvist LLP
O media Law360
Q direct Marcus T. Oyelaran-Price :: "saw exactly what happened."
> "They came in as investors, they left with our playbook, and within 11 months they had a farm in Austin growing the same basil under the same light schedule, down to the minute," he said.
Q direct Marcus T. Oyelaran-Price :: "They came in as investors, they left with our playbook, and within 11 months they had a farm in Austin growing the same basil under the same light schedule, down to the minute,"
F duration 11 months
L city Austin
> Bluefield's attorney, Deborah Quist of Osei Brandt LLP, said her clients would move for a new trial and ask Judge Arbeláez to set aside the exemplary award. "This verdict punishes an investor for doing its homework," Quist said in an email. "Nothing in those files was secret. Half of it was in a 2033 conference presentation."
O company Bluefield
P full Deborah Quist
O company Osei Brandt LLP
P partial Arbeláez
Q direct Deborah Quist :: "This verdict punishes an investor for doing its homework,"
Q direct Deborah Quist :: "Nothing in those files was secret. Half of it was in a 2033 conference presentation."
P partial Quist
F fraction Half
F date 2033
> Jurors awarded $12.3 million in compensatory damages, well below the $31 million Verdant Row had sought, but found the misappropriation willful, which allows exemplary damages of up to twice that amount under the federal statute.
F money $12.3 million
F money $31 million
O company Verdant Row
> Verdant Row chief executive Ingrid Solheim-Matsuda testified during the trial, which opened March 7, that the company cut 38% of its workforce, or 61 employees, in 2036 after Bluefield's Austin farm began undercutting its prices at grocery chains across the Southwest.
O company Verdant Row
P full Ingrid Solheim-Matsuda
F date March 7
F percent 38%
F number 61
F date 2036
O company Bluefield
L city Austin
L region Southwest
> Verdant Row is represented by Marcus T. Oyelaran-Price, Jennifer Adeyemi and Luis F. Carrasco of Hargrove Pell & Lindqvist LLP.
O company Verdant Row
P full Marcus T. Oyelaran-Price
P full Jennifer Adeyemi
P full Luis F. Carrasco
O company Hargrove Pell & Lindqvist LLP
> Bluefield is represented by Deborah Quist and Aaron Blum-Whitaker of Osei Brandt LLP.
O company Bluefield
P full Deborah Quist
P full Aaron Blum-Whitaker
O company Osei Brandt LLP
> The case is Verdant Row Inc. v. Bluefield Growth Partners LLC, case number 1:37-cv-01184, in the U.S. District Court for the District of Delaware.
O government U.S. District Court for the District of Delaware
> --Editing by Karen Ostrowski.
P full Karen Ostrowski
'''

ARTICLES['942-inari-sami-reindeer-herders-wind-farm-sami-parliament-yle'] = r'''
> Sámi herders: 'A wind farm would cut our pastures in two'
Q direct Jovnna-Ánde Vuolab :: 'A wind farm would cut our pastures in two'
F number two
> The Sámi Parliament has joined reindeer herders in Inari in opposing a 42-turbine wind farm planned north of Ivalo.
O government Sámi Parliament
L region Inari
F number 42
L city Ivalo
> Reindeer at a roundup fence near Menesjärvi in Inari. Image: Pirita Uusitalo / Yle
L city Menesjärvi
L region Inari
P full Pirita Uusitalo
O media Yle
> Yle News
O media Yle News
> 24.5.2039 14:08
F date 24.5.2039
F time 14:08
> The Sámi Parliament (Sámediggi) has asked the Municipality of Inari to reject a zoning plan for a 42-turbine wind farm on the fells between Ivalo and Menesjärvi, saying it would split the winter pastures of two reindeer herding cooperatives.
O government Sámi Parliament
O government Sámediggi
O government Municipality of Inari
F number 42
L city Ivalo
L city Menesjärvi
F number two
> The company behind the project, Oulu-based Tuulivoima Pohjoinen Oy, wants to build the 290-megawatt farm on about 3,600 hectares of state land managed by Metsähallitus, at an estimated cost of 410 million euros.
L city Oulu
O company Tuulivoima Pohjoinen Oy
F quantity 290-megawatt
F quantity 3,600 hectares
O government Metsähallitus
F money 410 million euros
> "The turbines would stand right across the route our reindeer take to the calving grounds in May," said Jovnna-Ánde Vuolab, 46, who chairs the Muddusjärvi reindeer herding cooperative. "The company says the animals will get used to them. My father heard the same about the road in the 1970s. A wind farm would cut our pastures in two.
Q direct Jovnna-Ánde Vuolab :: "The turbines would stand right across the route our reindeer take to the calving grounds in May,"
Q direct Jovnna-Ánde Vuolab :: "The company says the animals will get used to them. My father heard the same about the road in the 1970s. A wind farm would cut our pastures in two.
P full Jovnna-Ánde Vuolab
F age 46
O other Muddusjärvi
F date 1970s
F number two
> "Reindeer do not read zoning plans."
Q direct Jovnna-Ánde Vuolab :: "Reindeer do not read zoning plans."
> The two cooperatives together keep about 9,000 reindeer, and herders estimate that 30 percent of their late-winter lichen pastures lie inside the planned area. Calving begins in mid-May, and herders say pregnant does keep up to 5 kilometres away from turbines.
F number two
F number 9,000
F percent 30 percent
F quantity 5 kilometres
> Herders from the neighbouring Paatsjoki cooperative, whose lands lie further east, have said they back Muddusjärvi.
O other Paatsjoki
O other Muddusjärvi
> Chief executive Sanna Rautiainen-Koski told Yle that the company had moved six turbines after talks with herders in 2038 and would pay the cooperatives 1.2 million euros in compensation over the farm's 30-year life.
P full Sanna Rautiainen-Koski
O media Yle
F number six
F date 2038
F money 1.2 million euros
F duration 30-year
> "We have listened, and we will keep listening," she said. "But Finland needs this power, and Lapland has the wind."
Q direct Sanna Rautiainen-Koski :: "We have listened, and we will keep listening,"
Q direct Sanna Rautiainen-Koski :: "But Finland needs this power, and Lapland has the wind."
L country Finland
L region Lapland
> Sámi Parliament president Biret-Máret Juuso-Paltto said the plan had been prepared without the "free, prior and informed consent" of the Sámi and called it "green colonialism in a hi-vis vest."
O government Sámi Parliament
P full Biret-Máret Juuso-Paltto
Q scare - :: "free, prior and informed consent"
Q direct Biret-Máret Juuso-Paltto :: "green colonialism in a hi-vis vest."
> Juuso-Paltto said the Sámediggi would take the matter to the Administrative Court of Northern Finland if the council approved the plan, as it did with a mining permit in Enontekiö in 2037.
P partial Juuso-Paltto
O government Sámediggi
O government Administrative Court of Northern Finland
L region Enontekiö
F date 2037
> The Inari municipal council is due to vote on 16 June. Municipal manager Pentti Kyrö-Lehtola told Yle Lapland that the wind farm would bring the municipality about 2.1 million euros a year in property tax, "about the same as our whole road budget."
L region Inari
F date 16 June
P full Pentti Kyrö-Lehtola
O media Yle Lapland
F money 2.1 million euros
Q direct Pentti Kyrö-Lehtola :: "about the same as our whole road budget."
> Inari – Aanaar in Inari Sámi – is Finland's largest municipality by area, about 17,300 square kilometres, and the only one with four official languages: Finnish and Northern, Inari and Skolt Sámi. Lake Inari alone covers more than 1,000 square kilometres.
L region Inari
L region Aanaar
L country Finland
F quantity 17,300 square kilometres
F number four
L geo Lake Inari
F quantity 1,000 square kilometres
> Herders have until 9 June to file objections. Vuolab said the cooperative would hold a meeting at the Sajos Sámi cultural centre in Inari village on Friday at 6pm.
F date 9 June
P partial Vuolab
L facility Sajos
L city Inari
F time 6pm
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
