#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval86 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval86/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['559-machars-harbour-dues-45-per-cent-isle-of-whithorn-garlieston-community-transfer-galloway-gazette'] = r'''
> News
> Machars harbour dues to rise 45 per cent as council looks to hand Isle of Whithorn and Garlieston to communities
L geo Machars
F percent 45 per cent
L city Isle of Whithorn
L city Garlieston
> Creel fishermen say the increase, agreed by seven votes to five, could finish off the last working boats on the peninsula
F number seven
F number five
> By Fiona McCubbin
P full Fiona McCubbin
> Reporter
> Published 10th Jun 2038, 16:20 BST
F date 10th Jun 2038
F time 16:20 BST
> Creel boats tied up in the harbour at Isle of Whithorn on Tuesday morning. (Picture: Alasdair Kerr-Milligan)
L city Isle of Whithorn
P full Alasdair Kerr-Milligan
> Harbour dues at four council-owned harbours in the Machars and the Rhins are to rise by 45 per cent from 1 April 2039, after councillors narrowly backed the increase at a meeting in Dumfries on Tuesday.
F number four
L geo Machars
L geo Rhins
F percent 45 per cent
F date 1 April 2039
L city Dumfries
> Dumfries and Galloway Council’s economy and resources committee agreed by seven votes to five to raise the annual berthing charge at Isle of Whithorn, Garlieston, Port William and Drummore from £38 to £55 per metre of boat length.
O government Dumfries and Galloway Council
F number seven
F number five
L city Isle of Whithorn
L city Garlieston
L city Port William
L city Drummore
F money £38
F money £55
> The committee also agreed to open a 12-week consultation on transferring the harbours at Isle of Whithorn and Garlieston to community ownership, with a report due back to councillors in March 2039.
F duration 12-week
L city Isle of Whithorn
L city Garlieston
F date March 2039
> Officers told members the four harbours cost £412,000 to run last year but brought in just £96,500 in dues and fees, and that the quay wall at Garlieston alone needs repairs estimated at £1.3m.
F number four
F money £412,000
F money £96,500
L city Garlieston
F money £1.3m
> Harbours manager Graham Threave said the new charges would still be “well below” those at Kirkcudbright, and would add about £19,000 a year to the harbours’ income.
P full Graham Threave
Q direct Graham Threave :: “well below”
L city Kirkcudbright
F money £19,000
> About 14 creel boats and two scallop dredgers still work out of the Isle, landing lobster, brown crab and whelks, most of them for export to France and Spain.
F number 14
F number two
L city Isle
L country France
L country Spain
> Skipper Derek McClymont, 61, who lives in Whithorn and has fished from the Isle for 43 years, said a 10-metre boat would now pay £550 a year in dues before it landed a single creel.
P full Derek McClymont
F age 61
L city Whithorn
L city Isle
F duration 43 years
F quantity 10-metre
F money £550
> “It’s the Isle or nothing for us,” he said. “There’s no other harbour on this coast that will take a boat my size at low water, and the council knows it.
Q direct Derek McClymont :: “It’s the Isle or nothing for us,”
L city Isle
Q direct Derek McClymont :: “There’s no other harbour on this coast that will take a boat my size at low water, and the council knows it.
> “Forty-five per cent in one go, when diesel’s gone up and the price of crab has gone down – that’s not a rise, that’s an eviction notice. Half the boats here will be in Kirkcudbright by Christmas.”
Q direct Derek McClymont :: “Forty-five per cent in one go, when diesel’s gone up and the price of crab has gone down – that’s not a rise, that’s an eviction notice. Half the boats here will be in Kirkcudbright by Christmas.”
F percent Forty-five per cent
F fraction Half
L city Kirkcudbright
> Mr McClymont said three local boats already landed part of their catch at Kirkcudbright, a 90-minute round trip by road, when the tide was wrong at the Isle.
P partial McClymont
F number three
L city Kirkcudbright
F duration 90-minute
L city Isle
> Councillor Morag Sorbie (SNP), who represents Mid Galloway and Wigtown West, moved an amendment to phase the rise in over three years, but it fell by the same margin.
P full Morag Sorbie
O party SNP
L region Mid Galloway and Wigtown West
F duration three years
> “These are not yachts in a marina. These are family businesses that have kept these harbours alive for generations,” she told the committee. “If we price them out, there will be nobody left to hand the harbours over to.”
Q direct Morag Sorbie :: “These are not yachts in a marina. These are family businesses that have kept these harbours alive for generations,”
Q direct Morag Sorbie :: “If we price them out, there will be nobody left to hand the harbours over to.”
> Committee vice-chair Ian Gillespie (Con) said the council could not go on “subsidising harbours out of the roads budget” while potholes went unfilled across the region.
P full Ian Gillespie
O party Con
Q direct Ian Gillespie :: “subsidising harbours out of the roads budget”
> “Every pound we spend on a quay wall at Garlieston is a pound we don’t spend on the A75 or the A714,” he said.
Q direct Ian Gillespie :: “Every pound we spend on a quay wall at Garlieston is a pound we don’t spend on the A75 or the A714,”
L city Garlieston
L street A75
L street A714
> The Isle of Whithorn Harbour Users’ Association, which has 31 members, said it would take part in the consultation but was “not in a position” to take over the harbour unless the council first repaired the breakwater.
O nonprofit Isle of Whithorn Harbour Users’ Association
F number 31
Q direct Isle of Whithorn Harbour Users’ Association :: “not in a position”
> Its secretary, Elspeth Agnew-Broadfoot, said Garlieston was better placed, with a heritage trust already interested in its harbour. “Garlieston has people with money and a plan. The Isle has 20 fishermen, a pub and a lifeboat station,” she said.
P full Elspeth Agnew-Broadfoot
L city Garlieston
Q direct Elspeth Agnew-Broadfoot :: “Garlieston has people with money and a plan. The Isle has 20 fishermen, a pub and a lifeboat station,”
L city Garlieston
L city Isle
F number 20
> Port William and Drummore, near the Mull of Galloway at the southern tip of the Rhins, are not part of the consultation.
L city Port William
L city Drummore
L geo Mull of Galloway
L geo Rhins
> A council spokesperson said: “No decision has been taken on the future ownership of any harbour. The consultation will run from 21 June to 13 September, and every berth holder will be written to.”
Q direct - :: “No decision has been taken on the future ownership of any harbour. The consultation will run from 21 June to 13 September, and every berth holder will be written to.”
F date 21 June
F date 13 September
> Drop-in sessions will be held at the Isle of Whithorn village hall on 29 June, from 2pm to 7pm, and at Garlieston Village Hall on 1 July. Berth holders can also raise questions at the council’s office in Newton Stewart.
L city Isle of Whithorn
F date 29 June
F time 2pm
F time 7pm
L facility Garlieston Village Hall
F date 1 July
L city Newton Stewart
'''

ARTICLES['560-naeb-coffee-cherry-floor-price-rwf-520-kawa-nziza-nyamagabe-kitabi-kt-press'] = r'''
> Business & Tech
> Coffee Farmers To Earn Rwf 520 Per Kilo As NAEB Raises Cherry Price
F money Rwf 520
O government NAEB
> by Clémentine Ingabire Mutesi
P full Clémentine Ingabire Mutesi
> March 4, 2038 - 4:15 pm
F date March 4, 2038
F time 4:15 pm
> Farmers deliver cherries at the Kawa Nziza washing station in Kitabi Sector, Nyamagabe District, on Tuesday. Photo: Innocent Hakizimana
L facility Kawa Nziza
L region Kitabi Sector
L region Nyamagabe District
P full Innocent Hakizimana
> Coffee farmers will be paid at least Rwf 520 for a kilogram of cherries this season, up from Rwf 455 in 2037, the National Agricultural Export Development Board (NAEB) has announced.
F money Rwf 520
F money Rwf 455
F date 2037
O government National Agricultural Export Development Board
O government NAEB
> The new floor price, which took effect on Monday, March 1, was agreed at a meeting in Kigali between NAEB, the Rwanda Coffee Cooperatives' Federation (RCCF), owners of washing stations and exporters.
F date March 1
L city Kigali
O government NAEB
O nonprofit Rwanda Coffee Cooperatives' Federation
O nonprofit RCCF
> Floaters – lower-grade cherries that float when put in water – will fetch a minimum of Rwf 200 per kilogram, while farmers who bring ripe cherries to a washing station within six hours of picking will receive a bonus of Rwf 15 per kilogram.
F money Rwf 200
F duration six hours
F money Rwf 15
> In a statement, NAEB said the 14.3 per cent increase reflected "sustained demand for Rwandan specialty coffee" and higher prices on the New York market, where arabica futures averaged $3.12 per pound in February.
O government NAEB
F percent 14.3 per cent
Q direct National Agricultural Export Development Board :: "sustained demand for Rwandan specialty coffee"
L city New York
F money $3.12
> "The farmer is at the beginning of the value chain and must feel the benefit when the market is good," the statement said.
Q direct National Agricultural Export Development Board :: "The farmer is at the beginning of the value chain and must feel the benefit when the market is good,"
> Rwanda exported 21,840 tonnes of green coffee in the 2037 season, earning $118.6 million, according to NAEB. The board is targeting 25,000 tonnes this year.
L country Rwanda
F quantity 21,840 tonnes
F date 2037
F money $118.6 million
O government NAEB
F quantity 25,000 tonnes
> At the Kawa Nziza washing station in Nyamagabe, in the Southern Province, farmers began queuing at 6am on Tuesday to deliver the first cherries of the season at the new price.
L facility Kawa Nziza
L region Nyamagabe
L region Southern Province
F time 6am
> Mukandayisenga Vestine, 54, who grows coffee on 0.4 hectares in Kitabi, said the increase would help her pay school fees for her three grandchildren.
P full Mukandayisenga Vestine
F age 54
F quantity 0.4 hectares
L region Kitabi
F number three
> "Last season I sold 640 kilos, and after paying the pickers and buying fertiliser there was almost nothing left," she said in Kinyarwanda. "At Rwf 520, I can start to see something in my hand."
Q direct Mukandayisenga Vestine :: "Last season I sold 640 kilos, and after paying the pickers and buying fertiliser there was almost nothing left,"
F quantity 640 kilos
Q direct Mukandayisenga Vestine :: "At Rwf 520, I can start to see something in my hand."
F money Rwf 520
> Jean Pierre Nsanzimana, manager of the Kawa Nziza Cooperative, which has 1,180 members, welcomed the price but said cooperatives struggled to find the cash to pay farmers on time during the peak months of April and May.
P full Jean Pierre Nsanzimana
O nonprofit Kawa Nziza Cooperative
F number 1,180
> "A farmer who brings cherries today wants to be paid this week, not in July," Nsanzimana said. "This season we need about Rwf 310 million to buy cherries. Only two of the six banks we approached have agreed to lend, and at 16 to 18 per cent."
Q direct Jean Pierre Nsanzimana :: "A farmer who brings cherries today wants to be paid this week, not in July,"
P partial Nsanzimana
Q direct Jean Pierre Nsanzimana :: "This season we need about Rwf 310 million to buy cherries. Only two of the six banks we approached have agreed to lend, and at 16 to 18 per cent."
F money Rwf 310 million
F number two
F number six
F percent 16
F percent 18 per cent
> The Development Bank of Rwanda (BRD) said last month it had set aside Rwf 4.5 billion (about $3.1 million) for seasonal loans to coffee cooperatives and private washing stations.
O company Development Bank of Rwanda
O company BRD
F money Rwf 4.5 billion
F money $3.1 million
> Eric Mugisha Rwigamba, the coffee division manager at NAEB, told KT Press that the bonus for fresh cherries was meant to raise quality at the 312 washing stations operating this season.
P full Eric Mugisha Rwigamba
O government NAEB
O media KT Press
F number 312
> "Quality pays. A cherry that waits overnight in a sack loses value, and when it loses value the farmer loses and Rwanda loses," he said.
Q direct Eric Mugisha Rwigamba :: "Quality pays. A cherry that waits overnight in a sack loses value, and when it loses value the farmer loses and Rwanda loses,"
L country Rwanda
> Rwigamba said NAEB would distribute 3.2 million coffee seedlings in Nyamasheke, Rutsiro, Huye and Gakenke districts before the September rains, to replace trees that are more than 30 years old.
P partial Rwigamba
O government NAEB
F number 3.2 million
L region Nyamasheke
L region Rutsiro
L region Huye
L region Gakenke
F duration 30 years
> About 400,000 households grow coffee in Rwanda, most of them on plots smaller than 0.25 hectares. Rwandan lots will again be offered at the Cup of Excellence auction in July.
F number 400,000
L country Rwanda
F quantity 0.25 hectares
> Tags: Coffee, NAEB, Nyamagabe
O government NAEB
L region Nyamagabe
'''

ARTICLES['561-adelaide-36ers-tasmania-jackjumpers-deng-31-ent-cent-nbl-box-score-nbl-com-au'] = r'''
> NBL38 Round 16
> Deng Drops 31 As 36ers Snap JackJumpers' Streak
P partial Deng
F number 31
O team 36ers
O team JackJumpers
> Garang Deng poured in a season-high 31 points and the Sixers ended Tasmania's six-game winning run with a 97-89 win at the Ent Cent.
P full Garang Deng
F number 31
O team Sixers
O team Tasmania
F number six
F score 97-89
L facility Ent Cent
> By Bree Kalogeropoulos
P full Bree Kalogeropoulos
> 16 January 2038
F date 16 January 2038
> Garang Deng of the 36ers drives to the basket against Tasmania's Kobe Ferreira-Malolo. Picture: Sarah Reed-Tandy/Getty Images
P full Garang Deng
O team 36ers
O team Tasmania
P full Kobe Ferreira-Malolo
P full Sarah Reed-Tandy
O company Getty Images
> The Adelaide 36ers have snapped the Tasmania JackJumpers' six-game winning streak, beating the NBL leaders 97-89 in front of 9,104 fans at the Adelaide Entertainment Centre on Saturday night.
O team Adelaide 36ers
O team Tasmania JackJumpers
F number six
O other NBL
F score 97-89
F number 9,104
L facility Adelaide Entertainment Centre
> Garang Deng led the way with a season-high 31 points, going 11 of 17 from the field and hitting four three-pointers, two of them in the space of 40 seconds midway through the final quarter to turn a one-point game into a 79-72 lead.
P full Garang Deng
F number 31
F number 11
F number 17
F number four
F number three
F number two
F duration 40 seconds
F number one
F score 79-72
> The 24-year-old forward, born in Nairobi to South Sudanese parents and raised in Salisbury in Adelaide's north, also pulled down eight rebounds.
F age 24-year-old
L city Nairobi
L city Salisbury
L city Adelaide
F number eight
> "I just felt it tonight," Deng said. "The boys kept finding me and Coach kept calling my number, so I kept shooting. When the first two went in, the rim looked like a swimming pool."
Q direct Garang Deng :: "I just felt it tonight,"
P partial Deng
Q direct Garang Deng :: "The boys kept finding me and Coach kept calling my number, so I kept shooting. When the first two went in, the rim looked like a swimming pool."
F number two
> Adelaide (14-8) were without starting point guard Tremaine Okafor-Wills, who sat out with a hamstring strain, and trailed 70-68 at the final break after JackJumpers import DeAndre Whitfield scored 11 of his team-high 24 points in the third quarter.
O team Adelaide
F score 14-8
P full Tremaine Okafor-Wills
F score 70-68
O team JackJumpers
P full DeAndre Whitfield
F number 11
F number 24
> Sixers coach Nenad Vukašinović said the win showed what his side could do against the best defence in the league.
O team Sixers
P full Nenad Vukašinović
> "We've been chasing them for two months. They're on top for a reason, and we beat them by eight with our starting point guard in street clothes," Vukašinović said. "That tells me something about this group."
Q direct Nenad Vukašinović :: "We've been chasing them for two months. They're on top for a reason, and we beat them by eight with our starting point guard in street clothes,"
F duration two months
F number eight
P partial Vukašinović
Q direct Nenad Vukašinović :: "That tells me something about this group."
> Hamish Tuilagi had 14 points and 12 rebounds for the Sixers, who won the rebounding battle 44-35, and import Isaiah Brandt added 18 points and nine assists.
P full Hamish Tuilagi
F number 14
F number 12
O team Sixers
F number 44-35
P full Isaiah Brandt
F number 18
F number nine
> For Tasmania (16-6), New Zealand forward Tāwhiri Ngata-Rehua finished with 19 points and 10 rebounds, but the JJs shot just 9 of 31 from three-point range and went almost five minutes without a field goal late in the game.
O team Tasmania
F score 16-6
L country New Zealand
P full Tāwhiri Ngata-Rehua
F number 19
F number 10
O team JJs
F number 9
F number 31
F number three
F duration five minutes
> JackJumpers coach Pete Szabados said his side had been "soft on the glass" and had "stopped moving the ball" once Adelaide got in front.
O team JackJumpers
P full Pete Szabados
Q direct Pete Szabados :: "soft on the glass"
Q direct Pete Szabados :: "stopped moving the ball"
O team Adelaide
> "Credit to Adelaide, they were tougher than us for the last 10 minutes," Szabados said. "Six wins in a row doesn't make you a good team. How you respond to a night like this does."
Q direct Pete Szabados :: "Credit to Adelaide, they were tougher than us for the last 10 minutes,"
O team Adelaide
F duration 10 minutes
P partial Szabados
Q direct Pete Szabados :: "Six wins in a row doesn't make you a good team. How you respond to a night like this does."
F number Six
> Ngata-Rehua cut the gap to 93-89 with a corner three with 38.2 seconds left, but Brandt made four straight free throws to seal it.
P partial Ngata-Rehua
F score 93-89
F number three
F duration 38.2 seconds
P partial Brandt
F number four
> The 36ers travel to Cairns to face the Taipans on Thursday, while Tasmania host the New Zealand Breakers at MyState Bank Arena in Hobart on Friday at 7:30pm AEDT.
O team 36ers
L city Cairns
O team Taipans
O team Tasmania
O team New Zealand Breakers
L facility MyState Bank Arena
L city Hobart
F time 7:30pm AEDT
> Box score
> ADELAIDE 36ERS 97 – Deng 31, Brandt 18, Tuilagi 14, Calvert-Noone 11, Okonjo 9, Karagiannis 8, Boyce 4, Mwangi 2
O team ADELAIDE 36ERS
F score 97
P partial Deng
F number 31
P partial Brandt
F number 18
P partial Tuilagi
F number 14
P partial Calvert-Noone
F number 11
P partial Okonjo
F number 9
P partial Karagiannis
F number 8
P partial Boyce
F number 4
P partial Mwangi
F number 2
> Rebounds: Tuilagi 12, Deng 8. Assists: Brandt 9, Calvert-Noone 5.
P partial Tuilagi
F number 12
P partial Deng
F number 8
P partial Brandt
F number 9
P partial Calvert-Noone
F number 5
> TASMANIA JACKJUMPERS 89 – Whitfield 24, Ngata-Rehua 19, Ferreira-Malolo 15, Pennicott 12, Vanderwaal 8, Hassan 6, Lowe 5, Brereton 0
O team TASMANIA JACKJUMPERS
F score 89
P partial Whitfield
F number 24
P partial Ngata-Rehua
F number 19
P partial Ferreira-Malolo
F number 15
P partial Pennicott
F number 12
P partial Vanderwaal
F number 8
P partial Hassan
F number 6
P partial Lowe
F number 5
P partial Brereton
F number 0
> Rebounds: Ngata-Rehua 10, Pennicott 7. Assists: Whitfield 6, Lowe 4.
P partial Ngata-Rehua
F number 10
P partial Pennicott
F number 7
P partial Whitfield
F number 6
P partial Lowe
F number 4
> Quarters: 22-25, 46-44, 68-70, 97-89
F score 22-25
F score 46-44
F score 68-70
F score 97-89
> Referees: Jarrod Vlahakis, Mele Tupou-Fonua, Chris Amankwah
P full Jarrod Vlahakis
P full Mele Tupou-Fonua
P full Chris Amankwah
> Crowd: 9,104
F number 9,104
'''

ARTICLES['562-khorezm-karakalpakstan-cotton-area-cut-amudarya-tuyamuyun-clusters-beruniy-kun-uz'] = r'''
> Economy
> Khorezm and Karakalpakstan to cut cotton area by a fifth as Amudarya runs low
L region Khorezm
L region Karakalpakstan
F fraction a fifth
L geo Amudarya
> 14:35 / 12.03.2038
F time 14:35
F date 12.03.2038
> By Nilufar Xoliqova
P full Nilufar Xoliqova
> Cotton fields in Gurlan district, Khorezm (Xorazm) region. Photo: Kun.uz
L region Gurlan
L region Khorezm
L region Xorazm
O media Kun.uz
> Cotton will be sown on about a fifth less land in the Khorezm region and the Republic of Karakalpakstan this year, as the flow of the Amudarya is forecast to fall to its lowest level in more than three decades, the Ministry of Water Resources said on Thursday.
F fraction a fifth
L region Khorezm
L region Republic of Karakalpakstan
L geo Amudarya
F duration three decades
O government Ministry of Water Resources
> According to the ministry, the Tuyamuyun reservoir, which supplies both regions, held 2.1 billion cubic metres of water on 10 March, compared with 4.6 billion cubic metres a year earlier.
L facility Tuyamuyun
F quantity 2.1 billion cubic metres
F date 10 March
F quantity 4.6 billion cubic metres
> Under a resolution of the Cabinet of Ministers published on Thursday, cotton will be planted on 148,000 hectares in Karakalpakstan and 84,500 hectares in Khorezm, down from 186,000 and 105,000 hectares last season. The land freed up is to go to mung beans, sorghum, melons and other less thirsty crops.
O government Cabinet of Ministers
F quantity 148,000 hectares
L region Karakalpakstan
F quantity 84,500 hectares
L region Khorezm
F quantity 186,000
F quantity 105,000 hectares
> The decision affects 31 cotton-textile clusters in the two regions, which buy raw cotton from about 9,400 farms under contract.
F number 31
F number two
F number 9,400
> Yields in the lower reaches of the river averaged 27.4 centners per hectare in 2037, against a national average of 34.1 centners, according to the Ministry of Agriculture.
F quantity 27.4 centners per hectare
F date 2037
F quantity 34.1 centners
O government Ministry of Agriculture
> “We cannot ask a farmer to plant cotton in April and then tell him in July that there is no water,” Deputy Minister of Water Resources Jasur Egamberdiyev told a briefing in Tashkent. “There will be water for drinking, for household plots and for what is sown under the new plan. There will not be water for last year’s plan.”
Q direct Jasur Egamberdiyev :: “We cannot ask a farmer to plant cotton in April and then tell him in July that there is no water,”
P full Jasur Egamberdiyev
L city Tashkent
Q direct Jasur Egamberdiyev :: “There will be water for drinking, for household plots and for what is sown under the new plan. There will not be water for last year’s plan.”
> He said pumping stations along the river would work in a rotation of 10 days on and five days off from 1 May, and that releases from Tajikistan’s Nurek reservoir had been “lower than agreed” since the autumn.
F duration 10 days
F duration five days
F date 1 May
L country Tajikistan
L facility Nurek
Q direct Jasur Egamberdiyev :: “lower than agreed”
> Clusters, which were promised a free hand in planting decisions when state cotton quotas were abolished, say the cut came too late. Many had already bought seed and fertiliser and signed contracts with farms.
> In Gurlan district, Ulug'bek Sapayev, director of the Gurlan Agro Tekstil cluster, said the company had contracted 12,800 hectares and would lose about 96 billion soums ($7.1 million) if its area was cut as planned.
L region Gurlan
P full Ulug'bek Sapayev
O company Gurlan Agro Tekstil
F quantity 12,800 hectares
F money 96 billion soums
F money $7.1 million
> “We built a spinning mill for 1,400 workers on the basis of this cotton. If there is no cotton, who pays the workers?” Sapayev told Kun.uz. He said the cluster would ask for compensation “at least for the seed”.
Q direct Ulug'bek Sapayev :: “We built a spinning mill for 1,400 workers on the basis of this cotton. If there is no cotton, who pays the workers?”
F number 1,400
P partial Sapayev
O media Kun.uz
Q direct Ulug'bek Sapayev :: “at least for the seed”
> The Uzbek Textile and Garment Industry Association, known as Uztextileprom, said in a statement that clusters in the two regions would be allowed to import raw cotton from Kazakhstan and Turkmenistan free of customs duty until 31 December 2038.
O nonprofit Uzbek Textile and Garment Industry Association
O nonprofit Uztextileprom
F number two
L country Kazakhstan
L country Turkmenistan
F date 31 December 2038
> The Cabinet of Ministers resolution also sets aside UZS 410 billion in subsidised loans for farms that switch to drip irrigation, covering up to 60% of the cost.
O government Cabinet of Ministers
F money UZS 410 billion
F percent 60%
> In Beruniy district of Karakalpakstan, farmer Aygul Seytmuratova, 46, said she had grown cotton on her 38 hectares for 19 years.
L region Beruniy
L region Karakalpakstan
P full Aygul Seytmuratova
F age 46
F quantity 38 hectares
F duration 19 years
> “My father grew cotton on this land, and I grow cotton on this land. Now they say grow mung beans,” she said. “Who will buy 40 tonnes of mung beans in Beruniy? Nobody has told us.”
Q direct Aygul Seytmuratova :: “My father grew cotton on this land, and I grow cotton on this land. Now they say grow mung beans,”
Q direct Aygul Seytmuratova :: “Who will buy 40 tonnes of mung beans in Beruniy? Nobody has told us.”
F quantity 40 tonnes
L region Beruniy
> Uzbekistan harvested 3.38 million tonnes of raw cotton from 960,000 hectares in 2037, according to the Statistics Agency. The Amudarya, which rises in the Pamirs and once fed the Aral Sea, now rarely reaches it; the sea has shrunk to about a tenth of its 1960 area.
L country Uzbekistan
F quantity 3.38 million tonnes
F quantity 960,000 hectares
F date 2037
O government Statistics Agency
L geo Amudarya
L geo Pamirs
L geo Aral Sea
F fraction a tenth
F date 1960
'''

ARTICLES['563-colville-tribes-omak-small-log-sawmill-business-council-vote-ctfc-spokesman-review'] = r'''
> Business
> Colville Tribes to build $46 million sawmill in Omak, bringing up to 140 jobs
O government Colville Tribes
F money $46 million
L city Omak
F number 140
> By Cody Wapato The Spokesman-Review
P full Cody Wapato
O media The Spokesman-Review
> March 16, 2038
F date March 16, 2038
> Logs from tribal forest land are stacked at the former mill site on the south edge of Omak on March 11. (Cody Wapato/The Spokesman-Review)
L city Omak
F date March 11
P full Cody Wapato
O media The Spokesman-Review
> OMAK – The Confederated Tribes of the Colville Reservation will build a $46 million sawmill on the site of Omak’s old mill, bringing up to 140 jobs to a town that lost its last big mill more than two decades ago.
L city OMAK
O government Confederated Tribes of the Colville Reservation
F money $46 million
L city Omak
F number 140
F duration two decades
> The Colville Business Council, the tribes’ governing body, voted 12-2 on Thursday to approve the project, the tribes announced Monday. The mill will be built and run by Colville Tribal Federal Corp., the tribes’ business arm, and is designed to saw small-diameter logs thinned from overgrown stands on the 1.4 million-acre reservation.
O government Colville Business Council
F number 12-2
O company Colville Tribal Federal Corp.
F quantity 1.4 million-acre
> At full production the mill will cut about 60 million board feet of lumber a year, according to the tribes, and will be able to handle logs as small as 5 inches across.
F quantity 60 million board feet
F quantity 5 inches
> “For more than a century, the timber on this reservation was cut by someone else and milled by someone else,” Business Council Chairwoman Marlene Tonasket said in a statement. “Now it will be our logs, our mill and our people.”
Q direct Marlene Tonasket :: “For more than a century, the timber on this reservation was cut by someone else and milled by someone else,”
O government Business Council
P full Marlene Tonasket
Q direct Marlene Tonasket :: “Now it will be our logs, our mill and our people.”
> Tonasket, who grew up in Inchelium on the reservation’s east side, said the mill would also give the tribes a use for the thin, crowded trees that foresters say have fed the wildfires that burned through large parts of the reservation in recent summers.
P partial Tonasket
L city Inchelium
> Most logs from tribal land are now sold through timber sales run by the Bureau of Indian Affairs and trucked to mills in Kettle Falls, Republic and Colville, or across the border to British Columbia.
O government Bureau of Indian Affairs
L city Kettle Falls
L city Republic
L city Colville
L region British Columbia
> The project will be paid for with $18 million from the tribes, a $16 million loan from the U.S. Department of Agriculture and a $12 million grant from the Washington State Department of Commerce, approved last fall.
F money $18 million
F money $16 million
O government U.S. Department of Agriculture
F money $12 million
O government Washington State Department of Commerce
> Construction is due to start in May on the 62-acre site along the Okanogan River, which the tribes bought from its previous owner in 2036. The mill is expected to open in late 2039.
F quantity 62-acre
L geo Okanogan River
F date 2036
F date 2039
> Wesley Condon, 58, who worked 22 years at the old Omak mill before it closed and has since worked at the tribes’ Chief Joseph Hatchery near Bridgeport, said he applied for a job the day the vote was announced.
P full Wesley Condon
F age 58
F duration 22 years
L city Omak
L facility Chief Joseph Hatchery
L city Bridgeport
> “My dad worked that mill, I worked that mill, and then for 20 years it was weeds and a fence,” Condon said. “I’m too old to run the saws now, but I can teach the kids who will.
Q direct Wesley Condon :: “My dad worked that mill, I worked that mill, and then for 20 years it was weeds and a fence,”
F duration 20 years
P partial Condon
Q direct Wesley Condon :: “I’m too old to run the saws now, but I can teach the kids who will.
> “There’s a lot of people in Omak and Nespelem who know how to do this work. They just haven’t had anywhere to do it.”
Q direct Wesley Condon :: “There’s a lot of people in Omak and Nespelem who know how to do this work. They just haven’t had anywhere to do it.”
L city Omak
L city Nespelem
> Okanogan County Commissioner Rita Brewster said the county would widen the access road from U.S. Highway 97 and was working with the city on water and sewer lines to the site.
L region Okanogan County
P full Rita Brewster
L street U.S. Highway 97
> “One hundred forty family-wage jobs in Omak is like 10,000 in Spokane,” Brewster said.
Q direct Rita Brewster :: “One hundred forty family-wage jobs in Omak is like 10,000 in Spokane,”
F number One hundred forty
L city Omak
F number 10,000
L city Spokane
P partial Brewster
> A spokesperson for North Cascades Timber Watch, a Twisp-based conservation group, said it supported thinning but would be “watching the log decks closely” to make sure larger trees did not end up at the mill.
O nonprofit North Cascades Timber Watch
L city Twisp
Q direct - :: “watching the log decks closely”
> The reservation, bounded by the Okanogan River on the west and by the Columbia River and Lake Roosevelt on the south and east, takes in parts of Okanogan and Ferry counties. The tribes said hiring would begin in early 2039, with preference for enrolled members and their spouses.
L geo Okanogan River
L geo Columbia River
L geo Lake Roosevelt
L region Okanogan
L region Ferry
F date 2039
> Cody Wapato can be reached at (509) 459-5471 or codyw@spokesman.com.
P full Cody Wapato
'''

ARTICLES['564-xlendi-hotel-approved-planning-board-era-munxar-eprt-appeal-ngos-maltatoday'] = r'''
> National
> PA approves 68-room Xlendi hotel as NGOs vow to fight 'cliff-edge monster'
O government PA
F number 68
L city Xlendi
Q direct Jake Azzopardi Tanti :: 'cliff-edge monster'
> Planning Board votes 9-4 in favour of five-storey hotel above Xlendi Bay despite objections from ERA and the heritage watchdog
O government Planning Board
F number 9-4
F number five
L geo Xlendi Bay
O government ERA
> Ramona Xuereb Azzopardi
P full Ramona Xuereb Azzopardi
> 19 March 2038, 7:45am
F date 19 March 2038
F time 7:45am
> A photomontage of the hotel as seen from Xlendi Bay, submitted with the planning application (Photo: Xlendi Heights Ltd)
L geo Xlendi Bay
O company Xlendi Heights Ltd
> The Planning Authority has approved a 68-room hotel on the cliffs above Xlendi Bay in Gozo, in a 9-4 vote that environmental groups say will "wall off" one of the island's last unspoilt valleys.
O government Planning Authority
F number 68
L geo Xlendi Bay
L geo Gozo
F number 9-4
Q direct - :: "wall off"
> The Planning Board on Thursday approved application PA/04417/36, filed by Xlendi Heights Ltd, for a five-storey hotel with a restaurant, a spa and an underground car park for 90 vehicles on a 4,200 square metre site off Triq il-Munxar, on the edge of Wied ix-Xlendi. The hotel would be a 15-minute drive from the ferry terminal at Mġarr.
O government Planning Board
O company Xlendi Heights Ltd
F number five
F number 90
F quantity 4,200 square metre
L street Triq il-Munxar
L geo Wied ix-Xlendi
F duration 15-minute
L city Mġarr
> The approval came despite objections from the Environment and Resources Authority (ERA), the Superintendence of Cultural Heritage and the Munxar local council, and 1,912 objections filed by members of the public.
O government Environment and Resources Authority
O government ERA
O government Superintendence of Cultural Heritage
L city Munxar
F number 1,912
> ERA had warned that the building would "dominate the skyline of the valley" and that part of the site lies outside the development zone. The Superintendence said the hotel would stand less than 200 metres from the 17th-century Xlendi Tower.
O government ERA
Q direct Environment and Resources Authority :: "dominate the skyline of the valley"
O government Superintendence
F quantity 200 metres
L facility Xlendi Tower
> The PA's case officer had recommended approval subject to 41 conditions, including a cap of 16 metres on the building's height above street level and a €250,000 planning gain contribution towards the upgrading of the Xlendi promenade.
O government PA
F number 41
F quantity 16 metres
F money €250,000
L city Xlendi
> Voting against were four members, including the board's NGO representative, Perit Marisa Camilleri Debono, who said a building of that height "would be refused anywhere else on the Gozo coast".
F number four
P full Marisa Camilleri Debono
Q direct Marisa Camilleri Debono :: "would be refused anywhere else on the Gozo coast"
L geo Gozo
> Board chairperson Anton Mercieca Bonnici said the project kept within the limits of the 2006 Gozo and Comino Local Plan. "This is a tourism zone. Gozo needs beds of quality, and this application has been scrutinised for three years," he said.
P full Anton Mercieca Bonnici
F date 2006
Q direct Anton Mercieca Bonnici :: "This is a tourism zone. Gozo needs beds of quality, and this application has been scrutinised for three years,"
L geo +1 Gozo
F duration three years
> Xlendi Heights Ltd is owned by Gozitan contractor Emanuel 'Leli' Grech, who bought the site in 2033 for €3.1 million.
O company Xlendi Heights Ltd
P full Emanuel 'Leli' Grech
Q scare - :: 'Leli'
F date 2033
F money €3.1 million
> The company's architect, Perit Kristjan Vella Zarb, said the design had been cut from seven floors to five and that the hotel would employ 85 people all year round. "Xlendi has been losing its hotel beds to apartments for 20 years. This brings them back," he said.
P full Kristjan Vella Zarb
F number seven
F number five
F number 85
Q direct Kristjan Vella Zarb :: "Xlendi has been losing its hotel beds to apartments for 20 years. This brings them back,"
L city Xlendi
F duration 20 years
> Munxar mayor Doreen Sultana said the council would file an appeal before the Environment and Planning Review Tribunal (EPRT) within the 30-day deadline.
L city Munxar
P full Doreen Sultana
O government Environment and Planning Review Tribunal
O government EPRT
F duration 30-day
> "Our residents were never against a hotel. They were against this hotel, on this cliff," Sultana said.
Q direct Doreen Sultana :: "Our residents were never against a hotel. They were against this hotel, on this cliff,"
P partial Sultana
> Moviment Graffitti, Din l-Art Ħelwa and Flimkien għal Ambjent Aħjar (FAA) said they would join the appeal. Graffitti activist Jake Azzopardi Tanti called the project a "cliff-edge monster" that would set a precedent for the whole coast.
O nonprofit Moviment Graffitti
O nonprofit Din l-Art Ħelwa
O nonprofit Flimkien għal Ambjent Aħjar
O nonprofit FAA
O nonprofit Graffitti
P full Jake Azzopardi Tanti
Q direct Jake Azzopardi Tanti :: "cliff-edge monster"
> "Once this goes up, every other cliff in Gozo becomes negotiable," Azzopardi Tanti said.
Q direct Jake Azzopardi Tanti :: "Once this goes up, every other cliff in Gozo becomes negotiable,"
L geo Gozo
P partial Azzopardi Tanti
> An appeal suspends the permit until the tribunal decides, and the tribunal's ruling can in turn be challenged on points of law before the Court of Appeal. In 2031 the EPRT revoked a permit for 24 flats at Xlendi after an appeal by the same groups.
O government Court of Appeal
F date 2031
O government EPRT
F number 24
L city Xlendi
> The Gozo Tourism Association (GTA) welcomed the decision. Gozo received 1.34 million visitors in 2037, up 9 per cent on the year before, according to the National Statistics Office, but the number of hotel beds on the island has fallen by a quarter since 2030, the association said.
O nonprofit Gozo Tourism Association
O nonprofit GTA
L geo Gozo
F number 1.34 million
F date 2037
F percent 9 per cent
O government National Statistics Office
F fraction a quarter
F date 2030
> The Ministry for Gozo, in Victoria, did not reply to questions sent by MaltaToday.
O government Ministry for Gozo
L city Victoria
O media MaltaToday
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
