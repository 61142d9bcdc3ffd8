#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval73 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval73/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['481-newlyn-harbour-dues-ice-plant-mary-williams-pier-mousehole-cornishman'] = r'''
> News
> 'Without ice there is no Newlyn' - harbour dues to rise 8% to pay for £4.6m plant
Q direct Jago Tregenza :: 'Without ice there is no Newlyn'
L city Newlyn
F percent 8%
F money £4.6m
> Commissioners back a new ice plant and repairs to the North Pier, but Mousehole crabbers say the small boats are paying for the big ones
L facility North Pier
L city Mousehole
> By Demelza Trewhella
P full Demelza Trewhella
> 06:00, 17 MAR 2038
F time 06:00
F date 17 MAR 2038
> Updated 09:14, 17 MAR 2038
F time 09:14
F date 17 MAR 2038
> Beam trawlers tied up alongside the Mary Williams Pier in Newlyn (Image: Tamsin Nance/Cornwall Live)
L facility Mary Williams Pier
L city Newlyn
P full Tamsin Nance
O media Cornwall Live
> Fishermen who land at Newlyn will pay 8% more in harbour dues from April 1 after the Newlyn Pier and Harbour Commissioners backed a £4.6 million plan to replace the port's worn-out ice plant and repair the North Pier.
L city Newlyn
F percent 8%
F date April 1
O government Newlyn Pier and Harbour Commissioners
F money £4.6 million
L facility North Pier
> The commissioners, an unpaid board that runs the trust port on behalf of the people who use it, voted 9-3 at the Harbour Office on Tuesday night to raise landing dues on fish sold through the market from 2.5% to 2.7% of its first-sale value. Berthing charges for visiting boats will go up by the same proportion.
F number 9-3
L facility Harbour Office
F percent 2.5%
F percent 2.7%
> The flake-ice plant on the Mary Williams Pier was installed in 1984 and can make up to 40 tonnes of ice a day. It broke down for 11 days last August, at the height of the hake season, and skippers had to truck ice in from Brixham and Plymouth at up to £95 a tonne.
L facility Mary Williams Pier
F date 1984
F quantity 40 tonnes
F duration 11 days
L city Brixham
L city Plymouth
F money £95
> "Without ice there is no Newlyn," harbour master Jago Tregenza told the meeting. "You can land the best hake in Europe, but if it isn't iced the minute it comes over the rail, it's worth nothing by the time it gets to Billingsgate."
Q direct Jago Tregenza :: "Without ice there is no Newlyn,"
L city Newlyn
P full Jago Tregenza
Q direct Jago Tregenza :: "You can land the best hake in Europe, but if it isn't iced the minute it comes over the rail, it's worth nothing by the time it gets to Billingsgate."
L continent Europe
L facility Billingsgate
> He said the plant's two compressors were "older than some of the crews" and that their Danish maker had stopped supplying parts in 2031.
F number two
Q direct Jago Tregenza :: "older than some of the crews"
F date 2031
> The replacement, on the same site, would make 60 tonnes a day. About £1.3m of the total will go on the North Pier, where 140 metres of granite facing was ripped away by Storm Ingrid in January and the 24-metre beam trawler Lowenna Grace had to be moved to the South Pier for safety.
F quantity 60 tonnes
F money £1.3m
L facility North Pier
F quantity 140 metres
F quantity 24-metre
L facility South Pier
> The commissioners have applied to the Marine Management Organisation (MMO) for a £2.1m grant and will borrow the remaining £2.5m from Lloyds over 25 years. A decision on the grant is expected by the end of May.
O government Marine Management Organisation
O government MMO
F money £2.1m
F money £2.5m
O company Lloyds
F duration 25 years
> Chairwoman Morwenna Bolitho said the rise, the first since 2034, would bring in about £180,000 a year.
P full Morwenna Bolitho
F date 2034
F money £180,000
> "Nobody round this table wanted to put the dues up," she said. "But we are a trust port. There is no council and no shareholder standing behind us, and when something breaks, the harbour has to find the money itself.
Q direct Morwenna Bolitho :: "Nobody round this table wanted to put the dues up,"
Q direct Morwenna Bolitho :: "But we are a trust port. There is no council and no shareholder standing behind us, and when something breaks, the harbour has to find the money itself.
> "If we had done nothing and the plant had packed up in July, we'd have lost the summer, and some of those boats would not have come back."
Q direct Morwenna Bolitho :: "If we had done nothing and the plant had packed up in July, we'd have lost the summer, and some of those boats would not have come back."
> Unlike Penzance harbour, a mile along Mount's Bay, which belongs to Cornwall Council, Newlyn gets no public money for its day-to-day running.
L city Penzance
L geo Mount's Bay
O government Cornwall Council
L city Newlyn
> The three commissioners who voted against, two of whom sit for the inshore fleet, said the rise would hit hardest the under-10-metre boats from Newlyn and Mousehole, which land crab, lobster and pollack and rarely use ice.
F number three
F number two
F quantity 10-metre
L city Newlyn
L city Mousehole
> Dickon Pascoe, 58, who fishes a 9.8-metre crabber out of Mousehole, said: "We keep our crab alive in tanks, not in ice. I've bought maybe three bags of ice in the last year.
P full Dickon Pascoe
F age 58
F quantity 9.8-metre
L city Mousehole
Q direct Dickon Pascoe :: "We keep our crab alive in tanks, not in ice. I've bought maybe three bags of ice in the last year.
F number three
> "Now I'm paying 8% more so the big beamers can have a new plant. That's not fair on the small man, and it's the small man who's been fishing out of here for 300 years."
Q direct Dickon Pascoe :: "Now I'm paying 8% more so the big beamers can have a new plant. That's not fair on the small man, and it's the small man who's been fishing out of here for 300 years."
F percent 8%
F duration 300 years
> The Cornish Fish Producers' Organisation (CFPO), whose members land most of Newlyn's fish by value, said the new plant was "long overdue" but asked for dues on boats under 10 metres to be frozen for a year. The commissioners agreed to look at the inshore rate again in September.
O nonprofit Cornish Fish Producers' Organisation
O nonprofit CFPO
L city Newlyn
Q direct Cornish Fish Producers' Organisation :: "long overdue"
F quantity 10 metres
> Fish worth £38.6m was sold through Newlyn market in 2037, down from £41.2m in 2036, according to the commissioners' figures. Hake, megrim and monkfish made up more than half of that.
F money £38.6m
L city Newlyn
F date 2037
F money £41.2m
F date 2036
F fraction half
> The commissioners expect to order the new plant in June and to have it running by March 2039, in time for the spring fishery.
F date March 2039
> This article first appeared in The Cornishman, on sale every Thursday.
O media The Cornishman
'''

ARTICLES['482-kolaka-nickel-hauling-halt-seaweed-farmers-gulf-of-bone-antara'] = r'''
> Business
> SE Sulawesi halts nickel ore hauling in Kolaka after mud hits seaweed farms
L region SE Sulawesi
L region Kolaka
> Tuesday, 11 May 2038 17:46 WIB
F date 11 May 2038
F time 17:46 WIB
> Seaweed farmers check their lines in the waters off Tanggetada, Kolaka District, Southeast Sulawesi, on Sunday (May 9, 2038). ANTARA FOTO/La Ode Arif Rahmatullah/nym.
L region Tanggetada
L region Kolaka District
L region Southeast Sulawesi
F date May 9, 2038
O media ANTARA
P full La Ode Arif Rahmatullah
> Kendari, SE Sulawesi (ANTARA) - The Southeast Sulawesi provincial government has ordered nickel miner PT Wulan Tambang Mineral to stop hauling ore from its concession in Kolaka District for 60 days after runoff from its stockpiles turned coastal waters brown and destroyed the crops of some 1,400 seaweed-farming households.
L city Kendari
L region SE Sulawesi
O media ANTARA
L region Southeast Sulawesi
O company PT Wulan Tambang Mineral
L region Kolaka District
F duration 60 days
F number 1,400
> Head of the provincial Energy and Mineral Resources Office, La Ode Muhammad Syarif, said here on Tuesday that the order, signed by the governor on Monday, covers the company's 14-kilometer haul road and its jetty in Tanggetada subdistrict, where ore is loaded onto barges bound for smelters in Morowali, Central Sulawesi.
O government Energy and Mineral Resources Office
P full La Ode Muhammad Syarif
F quantity 14-kilometer
L region Tanggetada
L region Morowali
L region Central Sulawesi
> "We are not revoking the permit. We are telling the company to stop, fix its settling ponds and prove to us that the water coming out is clean. If it cannot do that in 60 days, we will take further steps," Syarif said.
Q direct La Ode Muhammad Syarif :: "We are not revoking the permit. We are telling the company to stop, fix its settling ponds and prove to us that the water coming out is clean. If it cannot do that in 60 days, we will take further steps,"
F duration 60 days
P partial Syarif
> Inspectors from the office found that three of the five sediment ponds on the company's 1,850-hectare concession had overflowed after 312 millimeters of rain fell in April, nearly twice the monthly average, sending red laterite mud down local streams and into the Gulf of Bone.
F number three
F number five
F quantity 1,850-hectare
F quantity 312 millimeters
L geo Gulf of Bone
> The Kolaka District Fisheries Office estimated that about 620 hectares of seaweed lines were affected, with losses of Rp9.6 billion (US$590 thousand).
O government Kolaka District Fisheries Office
F quantity 620 hectares
F money Rp9.6 billion
F money US$590 thousand
> Wa Ode Nurhayati, 41, who has farmed seaweed off the village of Lambopini for 12 years, said her family had lost almost its entire crop.
P full Wa Ode Nurhayati
F age 41
L city Lambopini
F duration 12 years
> "In March I sold 1.2 tons of dried seaweed. This month the lines came up brown and rotten, and nobody wants to buy it," she told ANTARA. "We have no other work here. The sea is our rice field."
Q direct Wa Ode Nurhayati :: "In March I sold 1.2 tons of dried seaweed. This month the lines came up brown and rotten, and nobody wants to buy it,"
F quantity 1.2 tons
O media ANTARA
Q direct Wa Ode Nurhayati :: "We have no other work here. The sea is our rice field."
> Traders in Kolaka currently pay around Rp18,000 per kilogram for dried cottonii, the main seaweed species grown in the area.
L region Kolaka
F money Rp18,000
> PT Wulan Tambang Mineral's external relations manager, Haryanto, said the company respected the decision and had brought in excavators to enlarge the ponds. He said it would compensate farmers "based on a verified count" carried out together with village heads.
O company PT Wulan Tambang Mineral
P partial Haryanto
Q direct Haryanto :: "based on a verified count"
> "We have mined here since 2029 and we intend to stay, so we must be a good neighbor," he remarked.
Q direct Haryanto :: "We have mined here since 2029 and we intend to stay, so we must be a good neighbor,"
F date 2029
> The company, a subsidiary of Jakarta-listed PT Sinar Laterit Nusantara Tbk, produced 2.3 million wet metric tons of ore with an average nickel content of 1.6 percent last year, most of it sold to smelters in the Indonesia Morowali Industrial Park (IMIP).
L city Jakarta
O company PT Sinar Laterit Nusantara Tbk
F quantity 2.3 million wet metric tons
F percent 1.6 percent
L facility Indonesia Morowali Industrial Park
L facility IMIP
> The Indonesian Forum for the Environment (Walhi) said the suspension should be extended to other miners along the Kolaka coast.
O nonprofit Indonesian Forum for the Environment
O nonprofit Walhi
L region Kolaka
> "This is not the first company and it will not be the last. Pomalaa, Tanggetada and Samaturu all have the same problem every rainy season," Andi Tenri Abeng, director of Walhi's Southeast Sulawesi chapter, stated.
Q direct Andi Tenri Abeng :: "This is not the first company and it will not be the last. Pomalaa, Tanggetada and Samaturu all have the same problem every rainy season,"
L region Pomalaa
L region Tanggetada
L region Samaturu
P full Andi Tenri Abeng
O nonprofit Walhi
L region Southeast Sulawesi
> She urged the Energy and Mineral Resources Ministry in Jakarta to review the company's 2038 work plan and budget (RKAB) before it is allowed to resume operations.
O government Energy and Mineral Resources Ministry
L city Jakarta
F date 2038
> Nickel mining has expanded rapidly in Southeast Sulawesi since Indonesia banned exports of raw nickel ore in 2020 to encourage domestic processing. According to data from the provincial office, 142 mining business permits (IUP) for nickel have been issued in the province, most of them in Kolaka, North Kolaka and Konawe.
L region Southeast Sulawesi
L country Indonesia
F date 2020
F number 142
L region Kolaka
L region North Kolaka
L region Konawe
> The Southeast Sulawesi Regional Police (Polda Sultra) have also sent a team to take water samples, its spokesperson, Senior Commissioner Bambang Wicaksono, said.
O government Southeast Sulawesi Regional Police
O government Polda Sultra
P full Bambang Wicaksono
> Related news: Kolaka seaweed farmers receive Rp2 billion in aid after April floods
L region Kolaka
F money Rp2 billion
> Related news: Govt to tighten checks on nickel stockpiles across Sulawesi
L geo Sulawesi
> Reporter: La Ode Arif Rahmatullah, Wa Ode Sitti Marlina
P full La Ode Arif Rahmatullah
P full Wa Ode Sitti Marlina
> Editor: Yuni Kartika Sari
P full Yuni Kartika Sari
> Copyright © ANTARA 2038
O media ANTARA
F date 2038
'''

ARTICLES['483-lauderdale-glenorchy-kgv-kingston-tsl-scoreboard-ladder-mercury'] = r'''
> TSL
O other TSL
> Kingston kicks four as Bombers storm home to sink Magpies at KGV
P partial Kingston
F number four
O team Bombers
O team Magpies
L facility KGV
> Lauderdale came from four points down at half-time to beat Glenorchy by 17 points and stay unbeaten after two rounds.
O team Lauderdale
F number four
O team Glenorchy
F number 17
F number two
> Lachie Vertigan
P full Lachie Vertigan
> April 17, 2038 - 9:12PM
F date April 17, 2038
F time 9:12PM
> Lauderdale forward Jett Kingston celebrates one of his four goals against Glenorchy at King George V Oval. Picture: Linda Higginson
O team Lauderdale
P full Jett Kingston
F number four
O team Glenorchy
L facility King George V Oval
P full Linda Higginson
> JETT Kingston kicked four goals and Lauderdale won the last quarter 4.4 to 3.1 to beat Glenorchy by 17 points at KGV on Saturday and stay unbeaten in the TSL.
P full JETT Kingston
F number four
O team Lauderdale
F score 4.4
F score 3.1
O team Glenorchy
F number 17
L facility KGV
O other TSL
> The Bombers trailed by four points at half-time after the Magpies kicked three goals in seven minutes late in the second quarter, but they kicked the first three goals of the third term and held their nerve when Glenorchy got within a goal with 10 minutes left.
O team Bombers
F number four
O team Magpies
F number three
F duration seven minutes
F number three
O team Glenorchy
F duration 10 minutes
> Kingston, the 19-year-old from Kingston Beach who is in his second season at the club, kicked two of his goals in the last quarter, including a 45-metre set shot from a tight angle that put the Bombers 15 points up. Lauderdale won 13.14 (92) to 11.9 (75).
P partial Kingston
F age 19-year-old
L city Kingston Beach
F number two
F quantity 45-metre
O team Bombers
F number 15
O team Lauderdale
F score 13.14
F score 92
F score 11.9
F score 75
> “I just wanted to kick it long and hope,” Kingston said. “The boys found me in good spots all day. Credit to them – that last quarter was the whole team.”
Q direct Jett Kingston :: “I just wanted to kick it long and hope,”
P partial Kingston
Q direct Jett Kingston :: “The boys found me in good spots all day. Credit to them – that last quarter was the whole team.”
> Lauderdale coach Matt Sculthorpe said his side had been “too loose” in the first half.
O team Lauderdale
P full Matt Sculthorpe
Q direct Matt Sculthorpe :: “too loose”
> “Glenorchy came hard at the footy, they always do at KGV, and we didn’t go with them early,” he said. “At half-time we spoke about winning our own ball and being brave, and they did that. Two from two is a nice start, but it’s April.”
Q direct Matt Sculthorpe :: “Glenorchy came hard at the footy, they always do at KGV, and we didn’t go with them early,”
O team Glenorchy
L facility KGV
Q direct Matt Sculthorpe :: “At half-time we spoke about winning our own ball and being brave, and they did that. Two from two is a nice start, but it’s April.”
F number Two
F number two
> Midfielder Tyson Mansell had 31 disposals and 11 clearances as well as three goals for the Bombers, while ruckman Majak Deng, at 203cm one of the tallest players in the league, won 42 hitouts and kicked two goals.
P full Tyson Mansell
F number 31
F number 11
F number three
O team Bombers
P full Majak Deng
F quantity 203cm
F number 42
F number two
> Glenorchy captain Hudson Cripps was best for the Magpies with 28 disposals, and Riley Bezzant, who trained with the Tasmania Devils’ VFL side over summer, kicked three goals, two of them in the burst before half-time.
O team Glenorchy
P full Hudson Cripps
O team Magpies
F number 28
P full Riley Bezzant
O team Tasmania Devils
O other VFL
F number three
F number two
> Magpies coach Nick von Bibra said his team had “run out of legs” after three-quarter time.
O team Magpies
P full Nick von Bibra
Q direct Nick von Bibra :: “run out of legs”
> “We had our chances. We kicked 1.5 in the third quarter, and at this level you can’t do that against a side like Lauderdale and expect to win,” von Bibra said.
Q direct Nick von Bibra :: “We had our chances. We kicked 1.5 in the third quarter, and at this level you can’t do that against a side like Lauderdale and expect to win,”
F score 1.5
O team Lauderdale
P partial von Bibra
> Glenorchy defender Cooper Gangell was taken to the Royal Hobart Hospital with a suspected broken collarbone after a heavy collision in the first quarter.
O team Glenorchy
P full Cooper Gangell
O other Royal Hobart Hospital
> Lauderdale travels to York Park to face North Launceston next Saturday, while Glenorchy meets Clarence at Bellerive Oval.
O team Lauderdale
L facility York Park
O team North Launceston
O team Glenorchy
O team Clarence
L facility Bellerive Oval
> LAUDERDALE 3.4 6.5 9.10 13.14 (92)
O team LAUDERDALE
F score 3.4
F score 6.5
F score 9.10
F score 13.14
F score 92
> GLENORCHY 4.2 7.3 8.8 11.9 (75)
O team GLENORCHY
F score 4.2
F score 7.3
F score 8.8
F score 11.9
F score 75
> GOALS: Lauderdale: Kingston 4, Mansell 3, Deng 2, Clarke, Febey, Lowe, Walker. Glenorchy: Bezzant 3, Triffett 2, Hodgetts 2, Cripps, O’Dwyer, Vinen, Tew.
O team Lauderdale
P partial Kingston
F number 4
P partial Mansell
F number 3
P partial Deng
F number 2
P partial Clarke
P partial Febey
P partial Lowe
P partial Walker
O team Glenorchy
P partial Bezzant
F number 3
P partial Triffett
F number 2
P partial Hodgetts
F number 2
P partial Cripps
P partial O’Dwyer
P partial Vinen
P partial Tew
> BEST: Lauderdale: Mansell, Kingston, Deng, Walker, Febey, Ransley. Glenorchy: Cripps, Bezzant, Hodgetts, Smith-Nichols, O’Dwyer.
O team Lauderdale
P partial Mansell
P partial Kingston
P partial Deng
P partial Walker
P partial Febey
P partial Ransley
O team Glenorchy
P partial Cripps
P partial Bezzant
P partial Hodgetts
P partial Smith-Nichols
P partial O’Dwyer
> INJURIES: Lauderdale: Nil. Glenorchy: Gangell (collarbone).
O team Lauderdale
O team Glenorchy
P partial Gangell
> UMPIRES: Wilkinson, Ah Chee, Dobson.
P partial Wilkinson
P partial Ah Chee
P partial Dobson
> CROWD: 1,846 at KGV.
F number 1,846
L facility KGV
> RESERVES: Lauderdale 9.11 (65) d Glenorchy 6.8 (44).
O team Lauderdale
F score 9.11
F score 65
O team Glenorchy
F score 6.8
F score 44
> OTHER GAMES: Clarence 15.12 (102) d Kingborough 8.6 (54); North Launceston 12.13 (85) d Launceston 9.8 (62). Bye: North Hobart.
O team Clarence
F score 15.12
F score 102
O team Kingborough
F score 8.6
F score 54
O team North Launceston
F score 12.13
F score 85
O team Launceston
F score 9.8
F score 62
O team North Hobart
> TSL LADDER (W, L, %, Pts)
O other TSL
> 1. Clarence 2 0 186.7 8
O team Clarence
F number 2
F number 0
F percent 186.7
F number 8
> 2. Lauderdale 2 0 121.1 8
O team Lauderdale
F number 2
F number 0
F percent 121.1
F number 8
> 3. North Launceston 1 1 107.9 4
O team North Launceston
F number 1
F number 1
F percent 107.9
F number 4
> 4. Kingborough 1 1 78.4 4
O team Kingborough
F number 1
F number 1
F percent 78.4
F number 4
> 5. Glenorchy 0 1 81.5 0
O team Glenorchy
F number 0
F number 1
F percent 81.5
F number 0
> 6. Launceston 0 2 78.2 0
O team Launceston
F number 0
F number 2
F percent 78.2
F number 0
> 7. North Hobart 0 1 54.3 0
O team North Hobart
F number 0
F number 1
F percent 54.3
F number 0
'''

ARTICLES['484-fra-maize-floor-price-k420-znfu-katete-choma-times-of-zambia'] = r'''
> Business
> FRA pegs maize at K420 per bag
O government FRA
F money K420
> By MWILA KATONGO
P full MWILA KATONGO
> June 3, 2038
F date June 3, 2038
> SMALL-SCALE farmers offload maize at a Food Reserve Agency satellite depot in Katete last season. – Picture by CHOOLWE HAAMUNYANGA
O government Food Reserve Agency
L city Katete
P full CHOOLWE HAAMUNYANGA
> THE Food Reserve Agency (FRA) has pegged the floor price of maize for the 2038/2039 crop marketing season at K420 per 50 kilogramme bag, up from K350 last season, and will buy up to 1.2 million metric tonnes from small-scale farmers.
O government Food Reserve Agency
O government FRA
F date 2038/2039
F money K420
F quantity 50 kilogramme
F money K350
F quantity 1.2 million metric tonnes
> FRA executive director Mutinta Hachilala announced the price in Lusaka yesterday and said the agency would open 1,050 buying points across the country from July 1.
O government FRA
P full Mutinta Hachilala
L city Lusaka
F number 1,050
F date July 1
> "We have set a price that is fair to the farmer and that the Treasury can afford. Last season we paid farmers within 21 days on average, and this season we want to do better," Ms Hachilala said.
Q direct Mutinta Hachilala :: "We have set a price that is fair to the farmer and that the Treasury can afford. Last season we paid farmers within 21 days on average, and this season we want to do better,"
O government Treasury
F duration 21 days
P partial Hachilala
> She said Government had allocated K6.8 billion to the agency for crop purchases, of which K2.4 billion had already been released by the Ministry of Finance and National Planning.
F money K6.8 billion
F money K2.4 billion
O government Ministry of Finance and National Planning
> The agency will also buy soya beans, paddy rice and sorghum. The floor prices for the season are:
> Maize – K420 per 50kg bag
F money K420
F quantity 50kg
> Soya beans – K650 per 50kg bag
F money K650
F quantity 50kg
> Paddy rice – K380 per 50kg bag
F money K380
F quantity 50kg
> Sorghum – K300 per 50kg bag
F money K300
F quantity 50kg
> But the Zambia National Farmers Union (ZNFU) said the price was below the cost of producing a bag of maize, which it put at K465 after fertiliser prices rose by 18 percent in the past year.
O nonprofit Zambia National Farmers Union
O nonprofit ZNFU
F money K465
F percent 18 percent
> "A farmer who sells at K420 is selling at a loss. We asked for K500 and we showed the agency our figures," ZNFU president Bwalya Chanda Mulenga said in a statement.
Q direct Bwalya Chanda Mulenga :: "A farmer who sells at K420 is selling at a loss. We asked for K500 and we showed the agency our figures,"
F money K420
F money K500
O nonprofit ZNFU
P full Bwalya Chanda Mulenga
> The union said the price would push many farmers to sell to private traders, commonly known as "briefcase buyers", who were already offering between K300 and K350 a bag in cash in parts of Eastern and Central provinces.
Q scare - :: "briefcase buyers"
F money K300
F money K350
L region Eastern
L region Central
> In Katete, Given Phiri, 46, who harvested 180 bags from his 4-hectare field this season, said he would wait for the FRA depot to open.
L city Katete
P full Given Phiri
F age 46
F number 180
F quantity 4-hectare
O government FRA
> "The traders come with cash on a bicycle and pay K320. FRA pays more, but last year I waited two months for my money," Mr Phiri said. "Two months is a long time when you have school fees to pay."
Q direct Given Phiri :: "The traders come with cash on a bicycle and pay K320. FRA pays more, but last year I waited two months for my money,"
F money K320
O government FRA
F duration two months
P partial Phiri
Q direct Given Phiri :: "Two months is a long time when you have school fees to pay."
F duration Two months
> In Choma, Loveness Hamoonga said drought in Southern Province had cut her harvest by half. "This year I will have nothing to sell. We are the ones buying maize now," she said.
L city Choma
P full Loveness Hamoonga
L region Southern Province
F fraction half
Q direct Loveness Hamoonga :: "This year I will have nothing to sell. We are the ones buying maize now,"
> The Zambia Meteorological Department said rainfall in parts of Southern and Western provinces was 40 percent below normal in the 2037/2038 rain season.
O government Zambia Meteorological Department
L region Southern
L region Western
F percent 40 percent
F date 2037/2038
> The Zambia Statistics Agency (ZamStats) has forecast the national maize harvest at 3.1 million tonnes, down from 3.6 million tonnes last year. Zambia needs about 2.4 million tonnes a year for food and animal feed.
O government Zambia Statistics Agency
O government ZamStats
F quantity 3.1 million tonnes
F quantity 3.6 million tonnes
L country Zambia
F quantity 2.4 million tonnes
> University of Zambia (UNZA) agricultural economist Dr Chileshe Mutale-Banda said the kwacha's fall against the United States dollar had hurt farmers more than the floor price.
O education University of Zambia
O education UNZA
P full Chileshe Mutale-Banda
> "Fertiliser is imported and priced in dollars. When the kwacha moves from K24 to K28, the farmer pays more for every bag of D-compound whether he likes it or not," Dr Mutale-Banda said.
Q direct Chileshe Mutale-Banda :: "Fertiliser is imported and priced in dollars. When the kwacha moves from K24 to K28, the farmer pays more for every bag of D-compound whether he likes it or not,"
F money K24
F money K28
P partial Mutale-Banda
> The kwacha traded at K27.85 against the dollar yesterday, according to Bank of Zambia data, compared with K24.10 a year earlier.
F money K27.85
O government Bank of Zambia
F money K24.10
> Ms Hachilala said Government had maintained the ban on exports of maize grain and mealie meal to protect the strategic reserve, which stood at 310,000 metric tonnes at the end of April. Traders caught moving maize to the Democratic Republic of Congo (DRC) or Malawi would have their grain seized, she said.
P partial Hachilala
F quantity 310,000 metric tonnes
L country Democratic Republic of Congo
L country DRC
L country Malawi
> She also warned that the agency would not buy maize with a moisture content above 12.5 percent.
F percent 12.5 percent
'''

ARTICLES['485-velille-chumbivilcas-water-deal-ccollpamayo-copper-blockade-andina'] = r'''
> Economy
> Cusco: Government, Chumbivilcas communities sign water deal for Ccollpamayo copper project
L region Cusco
L region Chumbivilcas
L facility Ccollpamayo
> 14:22 | Lima, May 13.
F time 14:22
L city Lima
F date May 13
> Representatives of the Executive Branch, Minera Kallpa Sur and eight peasant communities sign the agreement in Velille. Photo: ANDINA/Difusión.
O company Minera Kallpa Sur
F number eight
L city Velille
O media ANDINA
> Lima, May 13 (ANDINA). The Peruvian Government and eight peasant communities of Velille district, in Cusco region’s Chumbivilcas province, signed an agreement late on Wednesday that sets up independent water monitoring around the Ccollpamayo copper project and ends a 12-day blockade of the Southern Mining Corridor.
L city Lima
F date May 13
O media ANDINA
F number eight
L region Velille
L region Cusco
L region Chumbivilcas
L facility Ccollpamayo
F duration 12-day
L street Southern Mining Corridor
> The agreement was reached after two days of talks in Velille led by the Presidency of the Council of Ministers (PCM), through its Vice Ministry of Territorial Governance, with the participation of the Ministry of Energy and Mines (Minem), the National Water Authority (ANA) and the Agency for Environmental Assessment and Enforcement (OEFA).
F duration two days
L city Velille
O government Presidency of the Council of Ministers
O government PCM
O government Vice Ministry of Territorial Governance
O government Ministry of Energy and Mines
O government Minem
O government National Water Authority
O government ANA
O government Agency for Environmental Assessment and Enforcement
O government OEFA
> Under the deal, ANA and OEFA will install six water quality and flow stations on the Ccollpamayo and Santo Tomás rivers, which will be run jointly with monitors chosen by the communities. Results will be published every three months.
O government ANA
O government OEFA
F number six
L geo Ccollpamayo
L geo Santo Tomás
F duration three months
> Minera Kallpa Sur S.A.C., which holds the project, committed to building a 1.4-million-cubic-meter reservoir in the Qochapata ravine so that farmers have water during the dry season, and to cutting its licensed water use from the Ccollpamayo River from 120 to 85 liters per second.
O company Minera Kallpa Sur S.A.C.
F quantity 1.4-million-cubic-meter
L geo Qochapata
L geo Ccollpamayo River
F quantity 120
F quantity 85 liters per second
> “This agreement shows that dialogue works. The communities asked for clear information about their water, and the State is committing to give it to them,” said Vice Minister of Territorial Governance Rocío Castañeda Vilca.
Q direct Rocío Castañeda Vilca :: “This agreement shows that dialogue works. The communities asked for clear information about their water, and the State is committing to give it to them,”
P full Rocío Castañeda Vilca
> The blockade, which began on May 1, had kept some 400 trucks carrying copper concentrate from using the road that links the mines of Apurímac and Cusco with the port of Matarani, in Arequipa region. Traffic resumed on Thursday morning.
F date May 1
F number 400
L region Apurímac
L region Cusco
L city Matarani
L region Arequipa
> The communities’ spokesman, Justo Ccahuana Huamaní, president of the peasant community of Ccollpa, said the people were not against mining but had seen springs dry up since exploration drilling began in 2035.
P full Justo Ccahuana Huamaní
L city Ccollpa
F date 2035
> “Water is life for us. We have 14 springs in our community, and four of them no longer give water in the dry season. We want to know why, with our own monitors,” Ccahuana said in Quechua, through an interpreter.
Q direct Justo Ccahuana Huamaní :: “Water is life for us. We have 14 springs in our community, and four of them no longer give water in the dry season. We want to know why, with our own monitors,”
F number 14
F number four
P partial Ccahuana
> At the signing, community members held up a banner that read “Yakuqa kawsaymi”, which means water is life in Quechua.
Q direct - :: “Yakuqa kawsaymi”
> Minera Kallpa Sur general manager Gonzalo Arrieta Balbín said the company will invest S/ 48 million (about US$12.7 million) in the reservoir and in irrigation canals for the eight communities over the next three years.
O company Minera Kallpa Sur
P full Gonzalo Arrieta Balbín
F money S/ 48 million
F money US$12.7 million
F number eight
F duration three years
> “We have listened to the communities. The project will not go ahead without their trust, and independent monitoring is the best way to earn it,” Arrieta said.
Q direct Gonzalo Arrieta Balbín :: “We have listened to the communities. The project will not go ahead without their trust, and independent monitoring is the best way to earn it,”
P partial Arrieta
> Ccollpamayo, which the company expects to cost US$1.9 billion, would produce about 110,000 metric tons of copper in concentrate a year over an 18-year mine life. The project’s environmental impact study is under review by the National Service of Environmental Certification for Sustainable Investments (Senace).
L facility Ccollpamayo
F money US$1.9 billion
F quantity 110,000 metric tons
F duration 18-year
O government National Service of Environmental Certification for Sustainable Investments
O government Senace
> Peru is the world’s second-largest copper producer, and Cusco and Apurímac regions account for about a quarter of national output, according to Minem figures.
L country Peru
L region Cusco
L region Apurímac
F fraction a quarter
O government Minem
> In its latest monthly report, the Ombudsman’s Office registered 203 social conflicts across the country in April, 64 percent of them socio-environmental and most of them linked to mining.
O government Ombudsman’s Office
F number 203
F percent 64 percent
> The parties agreed to meet again in Velille on June 15 to review progress.
L city Velille
F date June 15
> (END) JCR/MVB
'''

ARTICLES['486-prince-albert-river-intake-north-saskatchewan-water-rates-daily-herald'] = r'''
> Local News
> Council approves $11.4-million river intake as North Saskatchewan runs low
F money $11.4-million
L geo North Saskatchewan
> Water and sewer rates to rise 6.5 per cent a year for three years after 6-3 vote
F percent 6.5 per cent
F duration three years
F number 6-3
> By Mackenzie Bear, Local Journalism Initiative Reporter
P full Mackenzie Bear
> Prince Albert Daily Herald
O media Prince Albert Daily Herald
> April 12, 2039
F date April 12, 2039
> The City of Prince Albert's raw water intake on the North Saskatchewan River sat partly out of the water last August, when the river fell to a record low. - Daily Herald file photo
O government City of Prince Albert
L geo North Saskatchewan River
O media Daily Herald
> Prince Albert city council has approved an $11.4-million project to build a new raw water intake on the North Saskatchewan River, after record low water last summer left the city's old intake pumps close to drawing air.
L city Prince Albert
F money $11.4-million
L geo North Saskatchewan River
> Council voted 6-3 at Monday's regular meeting to go ahead with the project and to raise water and sewer rates by 6.5 per cent a year in 2040, 2041 and 2042 to help pay for it. Coun. Anita Sidhu (Ward 5), Coun. Terry Nordquist (Ward 8) and Coun. Blaine Letendre (Ward 2) voted against.
F number 6-3
F percent 6.5 per cent
F date 2040
F date 2041
F date 2042
P full Anita Sidhu
L region Ward 5
P full Terry Nordquist
L region Ward 8
P full Blaine Letendre
L region Ward 2
> The river's flow at Prince Albert fell to 71 cubic metres per second on Aug. 22, 2038, the lowest since records began in 1911, according to the Water Security Agency.
L city Prince Albert
F quantity 71 cubic metres per second
F date Aug. 22, 2038
F date 1911
O government Water Security Agency
> Public works director Wes Kozakewycz told council the existing intake, built in 1962, sits in a side channel that has been silting up for decades. During the low-water weeks last August, crews had to run a temporary pump from a barge for 19 days.
P full Wes Kozakewycz
F date 1962
F duration 19 days
> "If the river drops another 40 centimetres at the old intake, we are not pumping water. It's that simple," Kozakewycz said. "This isn't a nice-to-have. We have one source of water in this city."
Q direct Wes Kozakewycz :: "If the river drops another 40 centimetres at the old intake, we are not pumping water. It's that simple,"
F quantity 40 centimetres
P partial Kozakewycz
Q direct Wes Kozakewycz :: "This isn't a nice-to-have. We have one source of water in this city."
F number one
> The new intake would sit about 300 metres upstream, in a deeper channel near the Diefenbaker Bridge, and would draw water through a 1.2-metre pipe laid under the riverbed.
F quantity 300 metres
L facility Diefenbaker Bridge
F quantity 1.2-metre
> The city has applied for $6.8 million from the Canada Housing Infrastructure Fund. If the application fails, it would borrow the full amount.
F money $6.8 million
> Sidhu said she supported a new intake but could not vote for three straight rate increases when "families are already choosing between groceries and rent."
P partial Sidhu
F number three
Q direct Anita Sidhu :: "families are already choosing between groceries and rent."
> "We are asking people in the West Flat and the East Flat to pay more again. I think we should have waited to hear from Ottawa before we locked in three years of increases," she said.
Q direct Anita Sidhu :: "We are asking people in the West Flat and the East Flat to pay more again. I think we should have waited to hear from Ottawa before we locked in three years of increases,"
L city West Flat
L city East Flat
L city Ottawa
F duration three years
> Mayor Dwayne Fiddler said waiting was not an option.
P full Dwayne Fiddler
> "Last August we came within days of telling 38,000 people to boil their water," he said. "I'm not going to sit in this chair and gamble on that a second time. P.A. has one river, and we have to be able to reach it."
Q direct Dwayne Fiddler :: "Last August we came within days of telling 38,000 people to boil their water,"
F number 38,000
Q direct Dwayne Fiddler :: "I'm not going to sit in this chair and gamble on that a second time. P.A. has one river, and we have to be able to reach it."
L city P.A.
F number one
> According to city administration, the increase will add about $7.80 a month to the average household's bill in 2040.
F money $7.80
F date 2040
> The Water Security Agency said flows on the North Saskatchewan depend largely on snowmelt in the Rocky Mountains of Alberta, where snowpack has been below normal in four of the past six winters. The agency has forecast another low-flow year in 2039.
O government Water Security Agency
L geo North Saskatchewan
L geo Rocky Mountains
L region Alberta
F number four
F number six
F date 2039
> Construction is expected to start in the fall and be finished by November 2040.
F date November 2040
> The city will hold an open house on the project at the Art Hauser Centre on April 27 from 5 p.m. to 8 p.m.
L facility Art Hauser Centre
F date April 27
F time 5 p.m.
F time 8 p.m.
> mackenzie.bear@paherald.sk.ca
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
