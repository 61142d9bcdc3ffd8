#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval105 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval105/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['673-gabon-timber-exports-record-owendo-quay-transgabonais-bottleneck-african-business'] = r'''
> Companies & Markets
> Gabon’s timber mills ride the Owendo boom, but a rail bottleneck bites
L country Gabon
L city Owendo
> Processed wood exports through the port south of Libreville rose 18% last year, yet mills in the interior say the Transgabonais railway and new traceability rules in Europe are eating into their margins
L city Libreville
F percent 18%
L facility Transgabonais
L continent Europe
> Aurélie Mintsa Nzé
P full Aurélie Mintsa Nzé
> 12 March 2038
F date 12 March 2038
> Stacks of okoumé veneer wait for loading at the timber quay in Owendo. Credit: Ghislain Moussavou-Boussougou
L city Owendo
P full Ghislain Moussavou-Boussougou
> Gabon shipped 1.46m cubic metres of sawn timber, veneer and plywood in 2037, up 18% on the year before, according to figures published on 9 March by the Ministry of Water and Forests. It was the best year for the industry since the government banned the export of raw logs in 2010 and required every tree felled in the country to be processed before it leaves.
L country Gabon
F quantity 1.46m cubic metres
F date 2037
F percent 18%
F date 9 March
O government Ministry of Water and Forests
F date 2010
> Export earnings from wood reached 412bn CFA francs ($690m), making timber the country’s second-largest source of foreign currency after oil and ahead of manganese, the ministry said.
F money 412bn CFA francs
F money $690m
> Nearly all of it leaves through Owendo, 15km south of the capital, where Estuaire Bois Terminal (EBT), a joint venture between the Office des Ports et Rades du Gabon (OPRAG) and a group of Gabonese and Turkish investors, opened a dedicated timber quay in April 2036.
L city Owendo
F quantity 15km
O company Estuaire Bois Terminal
O company EBT
O government Office des Ports et Rades du Gabon
O government OPRAG
F date April 2036
> “We loaded 212 vessels last year, against 171 the year before,” said Jean-Rémy Obame Ndong, EBT’s managing director. “The quay is no longer the problem. The problem is getting the wood to the quay.”
Q direct Jean-Rémy Obame Ndong :: “We loaded 212 vessels last year, against 171 the year before,”
F number 212
F number 171
P full Jean-Rémy Obame Ndong
O company EBT
Q direct Jean-Rémy Obame Ndong :: “The quay is no longer the problem. The problem is getting the wood to the quay.”
> About 70% of the processed timber comes from the Nkok Special Economic Zone, 27km east of Libreville, where more than 140 sawmills and furniture workshops now operate. The rest travels by road and rail from concessions in the provinces of Ogooué-Ivindo, Ogooué-Lolo and Haut-Ogooué.
F percent 70%
L facility Nkok Special Economic Zone
F quantity 27km
L city Libreville
F number 140
L region Ogooué-Ivindo
L region Ogooué-Lolo
L region Haut-Ogooué
> That is where the bottleneck lies. The Transgabonais, the 648km single-track line from Owendo to Franceville that also carries manganese ore from Moanda, ran only 19 timber trains a week in January, down from 26 a year earlier, according to Setrag, the company that operates it under a concession. A landslide near Ndjolé closed the line for nine days in November.
L facility Transgabonais
F quantity 648km
L city Owendo
L city Franceville
L city Moanda
F number 19
F number 26
O company Setrag
L city Ndjolé
F duration nine days
> Chen Lihua, general manager of Haoyuan Wood Industries, a Chinese-owned veneer maker at Lastoursville, said her company had been forced to send part of its output by truck along the N3, at roughly twice the cost.
P full Chen Lihua
O company Haoyuan Wood Industries
L city Lastoursville
L street N3
> “A wagon to Owendo costs us about 21,000 CFA francs a cubic metre. A truck is 45,000, and the road between Lastoursville and Ndjolé takes two days in the rainy season,” she said. “On a container of veneer, that is our whole margin.”
Q direct Chen Lihua :: “A wagon to Owendo costs us about 21,000 CFA francs a cubic metre. A truck is 45,000, and the road between Lastoursville and Ndjolé takes two days in the rainy season,”
L city Owendo
F money 21,000 CFA francs
F number 45,000
L city Lastoursville
L city Ndjolé
F duration two days
Q direct Chen Lihua :: “On a container of veneer, that is our whole margin.”
> Ms Chen said Haoyuan had kept all 380 of its workers but had dropped its night shift since December.
P partial Chen
O company Haoyuan
F number 380
> Mills selling to Europe face a second squeeze. Since the EU’s deforestation regulation took full effect, buyers in Antwerp, Rotterdam and Marseille have demanded geolocation data for every log, down to the plot where the tree was felled.
L continent Europe
O intergovernmental EU
L city Antwerp
L city Rotterdam
L city Marseille
> A shipping agent in Owendo, who asked not to be named because his firm works for several of the mills, said some smaller sawmills had stopped selling to Europe altogether and now shipped “only to China, Vietnam and India, where nobody asks for a map”.
L city Owendo
L continent Europe
Q direct - :: “only to China, Vietnam and India, where nobody asks for a map”
L country China
L country Vietnam
L country India
> Okoumé veneer fetched €610 a cubic metre in Antwerp in February, against €545 a year earlier, according to the International Tropical Timber Organization (ITTO).
F money €610
L city Antwerp
F money €545
O intergovernmental International Tropical Timber Organization
O intergovernmental ITTO
> The government wants more. Under its Gabon Emergent industrial plan, it aims to process 3m cubic metres a year by 2040 and to turn a larger share into furniture, doors and flooring rather than planks.
F quantity 3m cubic metres
F date 2040
> “Gabon does not want to sell planks any more than it wanted to sell logs,” said Serge-Landry Mba Ondo, the director-general of forests. “The next step is the finished product: the door, the table, the floor. That is where the jobs are.
Q direct Serge-Landry Mba Ondo :: “Gabon does not want to sell planks any more than it wanted to sell logs,”
L country Gabon
P full Serge-Landry Mba Ondo
Q direct Serge-Landry Mba Ondo :: “The next step is the finished product: the door, the table, the floor. That is where the jobs are.
> “We know about the railway. Setrag has promised 40 new wagons before the end of the year, and the second track between Owendo and Ntoum will be ready in 2039.”
Q direct Serge-Landry Mba Ondo :: “We know about the railway. Setrag has promised 40 new wagons before the end of the year, and the second track between Owendo and Ntoum will be ready in 2039.”
O company Setrag
F number 40
L city Owendo
L city Ntoum
F date 2039
> About 2.4m hectares of the country’s 14m hectares of forest concessions are certified by the Forest Stewardship Council (FSC), the largest area in Central Africa, which Mr Mba Ondo said would help mills keep their European customers.
F quantity 2.4m hectares
F quantity 14m hectares
O nonprofit Forest Stewardship Council
O nonprofit FSC
L region Central Africa
P partial Mba Ondo
> Mr Obame Ndong said EBT would add a second mobile crane in June, raising the quay’s capacity to 1.8m cubic metres a year.
P partial Obame Ndong
O company EBT
F quantity 1.8m cubic metres
> Aurélie Mintsa Nzé is a journalist based in Libreville who covers forestry, mining and trade in Central Africa.
P full Aurélie Mintsa Nzé
L city Libreville
L region Central Africa
'''

ARTICLES['674-wetterskip-fryslan-wadden-sea-dike-moved-inland-63-hectares-farmers-ternaard-nl-times'] = r'''
> Water board moves Wadden Sea dike inland, taking 63 hectares of farmland: 'The sea will not wait'
L geo Wadden Sea
F quantity 63 hectares
Q direct Hylke ter Horst :: 'The sea will not wait'
> Anouk Veldkamp
P full Anouk Veldkamp
> Friday, 12 March 2038 - 16:42
F date 12 March 2038
F time 16:42
> The Wadden Sea dike near Paesens-Moddergat in Noardeast-Fryslân, 3 September 2037 - Credit: Sjoerd van der Wal / ANP
L geo Wadden Sea
L city Paesens-Moddergat
L region Noardeast-Fryslân
F date 3 September 2037
P full Sjoerd van der Wal
O media ANP
> Farmers along the Frisian coast will have to give up 63 hectares of land to make room for a stronger sea dike, water board Wetterskip Fryslân decided on Thursday. The board's general assembly voted 21 to 9 to reinforce a 12.4-kilometer stretch of the Wadden Sea dike between Holwerd and Paesens-Moddergat on the landward side, rather than on the seaward side as farmers had asked.
F quantity 63 hectares
O government Wetterskip Fryslân
F number 21
F number 9
F quantity 12.4-kilometer
L geo Wadden Sea
L city Holwerd
L city Paesens-Moddergat
> The work is expected to cost 187 million euros and will raise the crest of the dike by up to 1.4 meters, to 9.8 meters above NAP, the Dutch reference level for sea height. Construction is due to start in the spring of 2039 and take six years. It is paid for largely from the national Flood Protection Programme (HWBP).
F money 187 million euros
F quantity 1.4 meters
F quantity 9.8 meters
F date 2039
F duration six years
> The new dike will take land from 14 farms, most of them dairy farms, the water board said. It offered the owners 68,000 euros per hectare, about 20 percent above the average price of farmland in Friesland last year, and a total of 4.2 million euros in compensation for lost income.
F number 14
F money 68,000 euros
F percent 20 percent
L region Friesland
F money 4.2 million euros
> "My grandfather farmed this land when the dike was half as high. Now they want to put the dike on top of it," said Sietse Bouma, 58, who milks 140 cows on a farm outside Ternaard and will lose 11 hectares.
Q direct Sietse Bouma :: "My grandfather farmed this land when the dike was half as high. Now they want to put the dike on top of it,"
F fraction half
P full Sietse Bouma
F age 58
F number 140
L city Ternaard
F quantity 11 hectares
> Bouma said he would appeal to the Council of State, the country's highest administrative court. "Eleven hectares is a fifth of my grassland. With what is left, I cannot keep 140 cows. They know that," he told regional broadcaster Omrop Fryslân.
P partial Bouma
O government Council of State
Q direct Sietse Bouma :: "Eleven hectares is a fifth of my grassland. With what is left, I cannot keep 140 cows. They know that,"
F quantity Eleven hectares
F fraction a fifth
F number 140
O media Omrop Fryslân
> Dike reeve Hylke ter Horst defended the decision. Building on the seaward side would have meant covering part of the Wadden Sea, a UNESCO World Heritage site, with sand and basalt, and the European Commission had warned the Netherlands that this could breach EU nature law, he said.
P full Hylke ter Horst
L geo Wadden Sea
O intergovernmental UNESCO
O intergovernmental European Commission
L country Netherlands
O intergovernmental EU
> "We did not take this lightly. But a dike that protects 160,000 people cannot be pushed onto a protected tidal flat if there is another way," Ter Horst said. "The sea will not wait for us to agree."
Q direct Hylke ter Horst :: "We did not take this lightly. But a dike that protects 160,000 people cannot be pushed onto a protected tidal flat if there is another way,"
F number 160,000
P partial Ter Horst
Q direct Hylke ter Horst :: "The sea will not wait for us to agree."
> Research institute Deltares has calculated that the sea along the Frisian coast could rise by 0.8-1.2 meters by 2100 if emissions stay high, according to scenarios of the KNMI, the national weather service. The current dike, last raised in the 1970s, meets the legal safety standard along only 4.1 kilometers of its length, the water board's own tests found in 2035.
O nonprofit Deltares
F quantity 0.8-1.2 meters
F date 2100
O government KNMI
F date 1970s
F quantity 4.1 kilometers
F date 2035
> Farmers' organization LTO Noord called the compensation "a decent offer on paper" but said no price per hectare could make up for a farm that loses a fifth of its grass.
O nonprofit LTO Noord
Q direct LTO Noord :: "a decent offer on paper"
F fraction a fifth
> "You can buy land elsewhere, but not next to your own barn. A cow does not commute," said Gerbrich de Vries-Terpstra, who speaks for the organization's dairy farmers in the province. De Vries-Terpstra said at least three of the 14 families had already asked the water board to buy their entire farms.
Q direct Gerbrich de Vries-Terpstra :: "You can buy land elsewhere, but not next to your own barn. A cow does not commute,"
P full Gerbrich de Vries-Terpstra
P partial De Vries-Terpstra
F number three
F number 14
> The Wadden Society, or Waddenvereniging, welcomed the vote as "the only responsible choice" for the tidal flats, which are home to about 10,000 species of plants and animals.
O nonprofit Wadden Society
O nonprofit Waddenvereniging
Q direct Wadden Society :: "the only responsible choice"
F number 10,000
> The municipality of Noardeast-Fryslân backed the plan but asked the water board to keep the road over the dike open for cyclists and for traffic to the ferry to Ameland during the work. About 800,000 passengers a year take the 45-minute crossing from Holwerd to the island.
L region Noardeast-Fryslân
L geo Ameland
F number 800,000
F duration 45-minute
L city Holwerd
> Wetterskip Fryslân, which is based in Leeuwarden (Ljouwert in Frisian), expects the final project plan to be ready on 15 November. Objections can then be filed for six weeks, after which the province of Friesland must approve it.
O government Wetterskip Fryslân
L city Leeuwarden
L city Ljouwert
F date 15 November
F duration six weeks
L region Friesland
'''

ARTICLES['675-tour-du-rwanda-stage-7-mont-kigali-nshimiyimana-tesfamariam-keeps-yellow-results-cycling-weekly'] = r'''
> Racing
> Nshimiyimana soars on Mont Kigali as Tesfamariam clings to yellow at the Tour du Rwanda
P partial Nshimiyimana
L geo Mont Kigali
P partial Tesfamariam
> Muhabura Racing’s 22-year-old gives the home crowd a first stage win of the week, while the Eritrean leader holds on by 12 seconds with one stage left
O team Muhabura Racing
F age 22-year-old
F duration 12 seconds
F number one
> By Owen Pritchard-Lloyd
P full Owen Pritchard-Lloyd
> published 25 February 2038
F date 25 February 2038
> Fabrice Nshimiyimana (Muhabura Racing) celebrates on the summit of Mont Kigali (Image credit: Jean Paul Ishimwe/FERWACY)
P full Fabrice Nshimiyimana
O team Muhabura Racing
L geo Mont Kigali
P full Jean Paul Ishimwe
O nonprofit FERWACY
> Fabrice Nshimiyimana gave Rwanda the stage win it had waited for all week on Thursday, riding clear of a select group on the cobbled slopes of Mont Kigali to win stage 7 of the Tour du Rwanda in front of a roaring home crowd.
P full Fabrice Nshimiyimana
L country Rwanda
L geo Mont Kigali
> The 22-year-old from Muhabura Racing attacked with 1.8km to go, on the steepest part of the climb, and crossed the line eight seconds ahead of Algeria’s Yacine Benmoussa (Sahel Sun Pro Cycling). Race leader Aron Tesfamariam, riding for Eritrea, came in a further three seconds back in third.
F age 22-year-old
O team Muhabura Racing
F quantity 1.8km
F duration eight seconds
L country Algeria
P full Yacine Benmoussa
O team Sahel Sun Pro Cycling
P full Aron Tesfamariam
O team Eritrea
F duration three seconds
> Tesfamariam, 25, kept the yellow jersey he took in Musanze on Tuesday, but his lead over Benmoussa is down to 12 seconds before Friday’s final stage, a 92.4km circuit race in the capital with time bonuses of 10, six and four seconds at the finish.
P partial Tesfamariam
F age 25
L city Musanze
P partial Benmoussa
F duration 12 seconds
F quantity 92.4km
F duration 10
F duration six
F duration four seconds
> “I knew I had one attack, not two,” said Nshimiyimana, whose nickname in the Rwandan bunch is ‘Inkuba’, thunder in Kinyarwanda. “When I heard the people shouting my name at the bottom of the wall, I forgot the pain.”
Q direct Fabrice Nshimiyimana :: “I knew I had one attack, not two,”
F number one
F number two
P partial Nshimiyimana
Q scare - :: ‘Inkuba’
Q direct Fabrice Nshimiyimana :: “When I heard the people shouting my name at the bottom of the wall, I forgot the pain.”
> The 152.6km stage from Musanze started at 10:15 and took the riders south through Rulindo, over the climb of Shyorongi and across the Nyabarongo before three laps of a 14km circuit in Kigali that took in the Mur de Kigali twice and finished on Mont Kigali. The winner averaged 39.8km/h.
F quantity 152.6km
L city Musanze
F time 10:15
L region Rulindo
L geo Shyorongi
L geo Nyabarongo
F number three
F quantity 14km
L city Kigali
L geo Mur de Kigali
L geo Mont Kigali
F quantity 39.8km/h
> An early break of nine riders, among them Claude Twagirayezu (Akagera Pro Cycling) and the Frenchman Loïc Le Goff (Bretagne Horizon), built a lead of 4:10 on the long descent to the Nyabarongo bridge but was caught with 22km remaining.
F number nine
P full Claude Twagirayezu
O team Akagera Pro Cycling
P full Loïc Le Goff
O team Bretagne Horizon
F duration 4:10
L geo Nyabarongo
F quantity 22km
> Tesfamariam’s team-mates Filmon Woldemichael and Robel Tsegay set the pace on the first ascent of the Mur de Kigali and cut the group to 14 riders. Nshimiyimana, Benmoussa and the Ethiopian Kibrom Desta (Addis Velo) were the only ones able to follow the race leader when he pushed on the second time up.
P partial Tesfamariam
P full Filmon Woldemichael
P full Robel Tsegay
L geo Mur de Kigali
F number 14
P partial Nshimiyimana
P partial Benmoussa
P full Kibrom Desta
O team Addis Velo
> “Twelve seconds is not much, but tomorrow is flat and my team is strong,” Tesfamariam said. “Fabrice deserved it. He rode like a champion today.”
Q direct Aron Tesfamariam :: “Twelve seconds is not much, but tomorrow is flat and my team is strong,”
F duration Twelve seconds
P partial Tesfamariam
Q direct Aron Tesfamariam :: “Fabrice deserved it. He rode like a champion today.”
P partial Fabrice
> Benmoussa, 29, who finished second overall in 2036, said he would “try everything” on the 10 laps around the Kigali Convention Centre.
P partial Benmoussa
F age 29
F date 2036
Q direct Yacine Benmoussa :: “try everything”
F number 10
L facility Kigali Convention Centre
> “Eritrea have the strongest team here, so I have to be clever. Maybe the bonuses, maybe a crash in the last corner, you never know,” he said.
Q direct Yacine Benmoussa :: “Eritrea have the strongest team here, so I have to be clever. Maybe the bonuses, maybe a crash in the last corner, you never know,”
O team Eritrea
> Rwanda National Police put the crowd on Mont Kigali at 40,000. No Rwandan has won the race since 2016, and Muhabura Racing sports director Emmanuel Hakizimana said the win was “for the kids on the roadside with their wooden bikes”.
O government Rwanda National Police
L geo Mont Kigali
F number 40,000
F date 2016
O team Muhabura Racing
P full Emmanuel Hakizimana
Q direct Emmanuel Hakizimana :: “for the kids on the roadside with their wooden bikes”
> Tour du Rwanda 2038, stage seven: Musanze to Kigali (152.6km)
F date 2038
L city Musanze
L city Kigali
F quantity 152.6km
> 1. Fabrice Nshimiyimana (Rwa) Muhabura Racing, in 3-48-27
P full Fabrice Nshimiyimana
L country Rwa
O team Muhabura Racing
F duration 3-48-27
> 2. Yacine Benmoussa (Alg) Sahel Sun Pro Cycling, at 8s
P full Yacine Benmoussa
L country Alg
O team Sahel Sun Pro Cycling
F duration 8s
> 3. Aron Tesfamariam (Eri) Eritrea, at 11s
P full Aron Tesfamariam
L country Eri
O team Eritrea
F duration 11s
> 4. Kibrom Desta (Eth) Addis Velo, at 19s
P full Kibrom Desta
L country Eth
O team Addis Velo
F duration 19s
> 5. Jean-Claude Uwimana (Rwa) Rwanda, at 31s
P full Jean-Claude Uwimana
L country Rwa
O team Rwanda
F duration 31s
> 6. Filmon Woldemichael (Eri) Eritrea, at 44s
P full Filmon Woldemichael
L country Eri
O team Eritrea
F duration 44s
> 7. Anass Ait El Haj (Mar) Sahel Sun Pro Cycling, at 44s
P full Anass Ait El Haj
L country Mar
O team Sahel Sun Pro Cycling
F duration 44s
> 8. Mathis Kerhervé (Fra) Bretagne Horizon, at 1-02
P full Mathis Kerhervé
L country Fra
O team Bretagne Horizon
F duration 1-02
> General classification after stage seven
> 1. Aron Tesfamariam (Eri) Eritrea, in 24-51-06
P full Aron Tesfamariam
L country Eri
O team Eritrea
F duration 24-51-06
> 2. Yacine Benmoussa (Alg) Sahel Sun Pro Cycling, at 12s
P full Yacine Benmoussa
L country Alg
O team Sahel Sun Pro Cycling
F duration 12s
> 3. Fabrice Nshimiyimana (Rwa) Muhabura Racing, at 37s
P full Fabrice Nshimiyimana
L country Rwa
O team Muhabura Racing
F duration 37s
> 4. Kibrom Desta (Eth) Addis Velo, at 1-05
P full Kibrom Desta
L country Eth
O team Addis Velo
F duration 1-05
> 5. Jean-Claude Uwimana (Rwa) Rwanda, at 2-18
P full Jean-Claude Uwimana
L country Rwa
O team Rwanda
F duration 2-18
> Mountains classification: Claude Twagirayezu (Rwa) Akagera Pro Cycling, 46 points
P full Claude Twagirayezu
L country Rwa
O team Akagera Pro Cycling
F number 46
'''

ARTICLES['676-bumthang-homestays-full-sdf-cut-ura-tang-bathpalathang-flights-kuensel'] = r'''
> Bumthang homestays full as tourists return to the central valleys
L region Bumthang
> Tashi Pem | Bumthang
P full Tashi Pem
L region Bumthang
> April 14, 2038
F date April 14, 2038
> Tourists walk past Jakar Dzong in Chamkhar. Photo: Tashi Pem
L facility Jakar Dzong
L city Chamkhar
P full Tashi Pem
> Homestays and farmhouses in Bumthang’s Ura and Tang valleys are booked out until the end of May, as the number of international tourists visiting the central dzongkhags climbed to its highest level in more than a decade.
L region Bumthang
L geo Ura
L geo Tang
> According to the Department of Tourism (DoT), 4,318 international tourists spent at least one night in Bumthang between January and March this year, compared with 1,962 in the same period last year, an increase of 120 percent.
O government Department of Tourism
O government DoT
F number 4,318
F duration one night
L region Bumthang
F number 1,962
F percent 120 percent
> The increase follows the government’s decision last June to halve the Sustainable Development Fee (SDF) to USD 50 a night for tourists who spend at least half of their nights in the dzongkhags east of Wangdue Phodrang. Regional tourists from India pay Nu 600 a night under the same scheme.
F money USD 50
F fraction half
L region Wangdue Phodrang
L country India
F money Nu 600
> Aum Deki Choden, 61, who runs a four-room homestay in Ura, said she had received more bookings in the first three months of the year than in all of 2036.
P full Deki Choden
F age 61
F number four
L geo Ura
F duration three months
F date 2036
> "Last year, some weeks no one came at all. Now my daughter has come back from Thimphu to help me cook," she said. "The guests want to eat what we eat, buckwheat pancakes, ema datshi, everything."
Q direct Deki Choden :: "Last year, some weeks no one came at all. Now my daughter has come back from Thimphu to help me cook,"
L city Thimphu
Q direct Deki Choden :: "The guests want to eat what we eat, buckwheat pancakes, ema datshi, everything."
> Aum Deki charges Nu 3,500 a night for a room with meals, of which Nu 300 goes to the Ura Homestay Association for the village’s water supply and footpaths. The association collected Nu 1.4M in the 2037-38 fiscal year.
P partial Deki
F money Nu 3,500
F money Nu 300
O nonprofit Ura Homestay Association
F money Nu 1.4M
F date 2037-38
> Tour operators say the new daily Drukair flight between Paro and Bathpalathang, the domestic airport in Chhoekhor gewog, has made the difference. The 35-minute flight replaced a seven-hour drive over Pele La and Yotong La.
O company Drukair
L city Paro
L facility Bathpalathang
L region Chhoekhor
F duration 35-minute
F duration seven-hour
L geo Pele La
L geo Yotong La
> The Association of Bhutanese Tour Operators (ABTO) said its members had sold 212 itineraries to central Bhutan for spring, against 74 a year ago.
O nonprofit Association of Bhutanese Tour Operators
O nonprofit ABTO
F number 212
L country Bhutan
F number 74
> "For 15 years everyone went to Paro, Thimphu and Punakha and flew home. The east and the centre got the trucks and the dust," ABTO’s executive director, Sangay Tenzin, said. "Now the guides are asking us for Bumthang, for Trongsa, even for Lhuentse.
Q direct Sangay Tenzin :: "For 15 years everyone went to Paro, Thimphu and Punakha and flew home. The east and the centre got the trucks and the dust,"
F duration 15 years
L city Paro
L city Thimphu
L region Punakha
O nonprofit ABTO
P full Sangay Tenzin
Q direct Sangay Tenzin :: "Now the guides are asking us for Bumthang, for Trongsa, even for Lhuentse.
L region Bumthang
L region Trongsa
L region Lhuentse
> "But we have only 38 licensed guides who speak French or German and live in the central region. In summer that will be our problem, not the fee."
Q direct Sangay Tenzin :: "But we have only 38 licensed guides who speak French or German and live in the central region. In summer that will be our problem, not the fee."
F number 38
> Bumthang Dzongdag Dasho Kinley Norbu said the dzongkhag administration had asked the DoT to cap visitors to Membar Tsho, the Burning Lake, at 300 a day during the Ura Yakchoe in May, after residents complained about cars parked along the narrow road to Tang.
L region Bumthang
P full Kinley Norbu
O government DoT
L geo Membar Tsho
L geo Burning Lake
F number 300
L geo Tang
> He said tourism had to grow "at the speed of the valley, not at the speed of the bookings".
Q direct Kinley Norbu :: "at the speed of the valley, not at the speed of the bookings"
> Tourism earned the country USD 142 million in 2037, or about 5 percent of gross domestic product, the Royal Monetary Authority (RMA) said in its annual report released on April 2.
F money USD 142 million
F date 2037
F percent 5 percent
O government Royal Monetary Authority
O government RMA
F date April 2
> A Thimphu-based guide, who asked not to be named, said some operators were routing guests through the central dzongkhags for two nights to qualify for the lower fee before driving them back to Paro.
L city Thimphu
F duration two nights
L city Paro
> "It is on paper only. The guests sleep two nights in Jakar, see nothing and leave," the guide said.
Q direct - :: "It is on paper only. The guests sleep two nights in Jakar, see nothing and leave,"
F duration two nights
L city Jakar
> The DoT said it was aware of the practice and would start checking hotel registers against flight and road permit records from July 1.
O government DoT
F date July 1
> Edited by Pema Chhoden Wangdi
P full Pema Chhoden Wangdi
'''

ARTICLES['677-winter-roads-late-freeze-fuel-airlift-wunnumin-lake-kingfisher-lake-shibogama-wawatay-news'] = r'''
> Late Freeze Leaves Winter Roads Closed and Fuel Running Low in Shibogama Communities
L region Shibogama
> By Tanya Kakegamic-Rae – Wawatay News
P full Tanya Kakegamic-Rae
O media Wawatay News
> February 16, 2039
F date February 16, 2039
> Crews flood a section of the winter road near Wunnumin Lake on Feb. 12 to thicken the ice. Photo supplied by Shibogama First Nations Council
L city Wunnumin Lake
F date Feb. 12
O nonprofit Shibogama First Nations Council
> Four First Nations in the Shibogama area are down to their last few weeks of diesel and gasoline after an unusually warm January left the winter roads north of Pickle Lake too thin for fuel trucks.
F number Four
L region Shibogama
L city Pickle Lake
> As of Feb. 15, the winter road to Wunnumin Lake, Kingfisher Lake, Kasabonika Lake and Wapekeka was open only to light vehicles of up to 5,000 kilograms, according to Shibogama First Nations Council. Fuel tankers, which weigh up to 38 tonnes loaded, need at least 76 centimetres (30 inches) of solid ice on the lakes.
F date Feb. 15
L city Wunnumin Lake
L city Kingfisher Lake
L city Kasabonika Lake
L city Wapekeka
F quantity 5,000 kilograms
O nonprofit Shibogama First Nations Council
F quantity 38 tonnes
F quantity 76 centimetres
F quantity 30 inches
> In a normal year the roads open to heavy loads in the last week of January. This year, temperatures at Big Trout Lake averaged -14 C in January, seven degrees warmer than the 30-year average, according to Environment and Climate Change Canada.
L city Big Trout Lake
F quantity -14 C
F quantity seven degrees
F duration 30-year
O government Environment and Climate Change Canada
> “We have maybe three weeks of diesel left for the generators, the school and the nursing station. After that we are flying it in at three times the price,” said Wunnumin Lake Chief Eli Sakchekapo.
Q direct Eli Sakchekapo :: “We have maybe three weeks of diesel left for the generators, the school and the nursing station. After that we are flying it in at three times the price,”
F duration three weeks
F number three
L city Wunnumin Lake
P full Eli Sakchekapo
> Sakchekapo said the community of about 650 people burns roughly 40,000 litres of diesel a month to keep its power plant running. Diesel brought in by road last winter cost the band $1.92 a litre delivered. Flown in by Wasaya Airways from Pickle Lake, it costs closer to $5.60.
P partial Sakchekapo
F number 650
F quantity 40,000 litres
F money $1.92
O company Wasaya Airways
L city Pickle Lake
F money $5.60
> Nishnawbe Aski Nation (NAN) Deputy Grand Chief Lorraine Kakepetum-Beardy said the crisis was no longer a bad-luck winter.
O nonprofit Nishnawbe Aski Nation
O nonprofit NAN
P full Lorraine Kakepetum-Beardy
> “Every year the winter roads open later and close earlier. In 2038 they were open for 41 days. The year before it was 52. Our grandparents could count on 70 or 80,” she said. “This is climate change on our doorstep.
Q direct Lorraine Kakepetum-Beardy :: “Every year the winter roads open later and close earlier. In 2038 they were open for 41 days. The year before it was 52. Our grandparents could count on 70 or 80,”
F date 2038
F duration 41 days
F number 52
F number 70
F number 80
Q direct Lorraine Kakepetum-Beardy :: “This is climate change on our doorstep.
> “Ontario and Canada have talked about all-season roads for 20 years. We need them built, not studied.”
Q direct Lorraine Kakepetum-Beardy :: “Ontario and Canada have talked about all-season roads for 20 years. We need them built, not studied.”
L region Ontario
L country Canada
F duration 20 years
> Ontario’s Ministry of Indigenous Affairs and First Nations Economic Reconciliation said in a statement it was “working closely with Indigenous Services Canada (ISC) and the affected communities” and had approved $2.4 million for emergency fuel flights.
L region Ontario
O government Ministry of Indigenous Affairs and First Nations Economic Reconciliation
Q direct Ministry of Indigenous Affairs and First Nations Economic Reconciliation :: “working closely with Indigenous Services Canada (ISC) and the affected communities”
O government Indigenous Services Canada
O government ISC
F money $2.4 million
> An ISC spokesperson said in an email that the federal department “will continue to monitor the situation closely.”
O government ISC
Q direct - :: “will continue to monitor the situation closely.”
> The 2,100-kilometre winter road network links 31 fly-in communities to Highway 599 at Pickle Lake and to Red Lake and Sioux Lookout. Each community builds and maintains its own section with provincial and federal money.
F quantity 2,100-kilometre
F number 31
L street Highway 599
L city Pickle Lake
L city Red Lake
L city Sioux Lookout
> At Kingfisher Lake, winter road co-ordinator Jonah Mamakeesic, 44, said his crew of 12 has been flooding the road at night, when temperatures drop below -25 C, pumping lake water onto the ice to thicken it by about two centimetres a night.
L city Kingfisher Lake
P full Jonah Mamakeesic
F age 44
F number 12
F quantity -25 C
F quantity two centimetres
> “We’re working 14 hours a day. If we get two cold weeks, we can open to the tankers by March 1,” Mamakeesic said. “If not, we are in trouble.”
Q direct Jonah Mamakeesic :: “We’re working 14 hours a day. If we get two cold weeks, we can open to the tankers by March 1,”
F duration 14 hours
F duration two cold weeks
F date March 1
P partial Mamakeesic
Q direct Jonah Mamakeesic :: “If not, we are in trouble.”
> Sakchekapo said Wunnumin Lake will hold a community meeting Friday at 7 p.m. to decide whether to ration gasoline at the band-owned gas bar, where the price rose from $2.35 to $3.10 a litre this week.
P partial Sakchekapo
L city Wunnumin Lake
F time 7 p.m.
F money $2.35
F money $3.10
> “Meegwetch to everybody who is helping us. We will get through this like we always have,” he said.
Q direct Eli Sakchekapo :: “Meegwetch to everybody who is helping us. We will get through this like we always have,”
'''

ARTICLES['678-uruguay-beef-exports-china-slide-drought-tacuarembo-paso-de-los-toros-globalmeatnews'] = r'''
> Markets
> 'The numbers do not close': Uruguay's beef exports to China slide as drought thins northern herds
Q direct Washington Ferreira Olivera :: 'The numbers do not close'
L country Uruguay
L country China
> By Natalia Pereyra Núñez
P full Natalia Pereyra Núñez
> 14-Apr-2038 - Last updated on 14-Apr-2038 at 10:41 GMT
F date 14-Apr-2038
F date 14-Apr-2038
F time 10:41 GMT
> Cattle on a ranch near Tacuarembó, in northern Uruguay © Getty Images/Diego Larrañaga
L city Tacuarembó
L country Uruguay
O company Getty Images
P full Diego Larrañaga
> Uruguay's beef exports fell 14% by volume in the first quarter of 2038 as a second dry summer in the north of the country cut the number of finished steers reaching slaughterhouses, and shipments to China, its biggest market, dropped by almost a quarter.
L country Uruguay
F percent 14%
F date 2038
L country China
F fraction a quarter
> Figures from the National Meat Institute (INAC) show that packers shipped 98,640 tonnes of beef between January and March, down from 114,700 tonnes a year earlier. Exports to China fell 23% to 41,300 tonnes, while shipments to the United States and the European Union rose.
O government National Meat Institute
O government INAC
F quantity 98,640 tonnes
F quantity 114,700 tonnes
L country China
F percent 23%
F quantity 41,300 tonnes
L country United States
O intergovernmental European Union
> Shipments under the EU's Hilton quota for high-quality grass-fed beef rose 11% to 1,950 tonnes, and Uruguay had already filled 62% of its share of the 481 quota for grain-fed beef by the end of March.
O intergovernmental EU
F percent 11%
F quantity 1,950 tonnes
L country Uruguay
F percent 62%
> Cattle slaughter in the quarter was 512,000 head, the lowest first-quarter figure since 2019, according to INAC.
F number 512,000
F date 2019
O government INAC
> The Ministry of Livestock, Agriculture and Fisheries (MGAP) declared an agricultural emergency in the departments of Artigas, Salto, Rivera and Tacuarembó in January, after rain from November to January came in at 40% of the historical average. The eastern departments of Treinta y Tres and Rocha had close to normal rainfall.
O government Ministry of Livestock, Agriculture and Fisheries
O government MGAP
L region Artigas
L region Salto
L region Rivera
L region Tacuarembó
F percent 40%
L region Treinta y Tres
L region Rocha
> Frigorífico San Gregorio, a mid-sized plant in Paso de los Toros that slaughters for the Chinese and EU markets, cut its kill to four days a week in March and put 210 of its 780 workers on unemployment insurance.
O company Frigorífico San Gregorio
L city Paso de los Toros
O intergovernmental EU
F duration four days
F number 210
F number 780
> "We are paying US$4.95 a kilo for a finished steer and selling to China at prices that were set when steers cost US$4.20," said the plant's general manager, Washington Ferreira Olivera. "The numbers do not close."
Q direct Washington Ferreira Olivera :: "We are paying US$4.95 a kilo for a finished steer and selling to China at prices that were set when steers cost US$4.20,"
F money US$4.95
L country China
F money US$4.20
P full Washington Ferreira Olivera
Q direct Washington Ferreira Olivera :: "The numbers do not close."
> Ferreira said the plant had lost about UYU 310 million (US$7.2 million) in the quarter and would not bring back its second shift before July.
P partial Ferreira
F money UYU 310 million
F money US$7.2 million
> The average export price of chilled beef to China was US$5,980 a tonne in March, down 6% on a year earlier, while the price of a finished steer rose 19% as packers competed for scarce cattle.
L country China
F money US$5,980
F percent 6%
F percent 19%
> Ranchers in the north say the high prices came too late for them. "I sold 60 calves in February because there was no grass, and the buyer knew it," said María Noel Sosa, 47, who runs 1,200 head of cattle near Tranqueras, in Rivera department. "Now the steers are worth gold and I have none to sell."
Q direct María Noel Sosa :: "I sold 60 calves in February because there was no grass, and the buyer knew it,"
F number 60
P full María Noel Sosa
F age 47
F number 1,200
L city Tranqueras
L region Rivera
Q direct María Noel Sosa :: "Now the steers are worth gold and I have none to sell."
> The packers' chamber, the Cámara de la Industria Frigorífica (CIF), said in a statement that the industry faced "the tightest cattle supply in two decades" and renewed its call for a temporary tax on exports of live cattle, which reached 94,000 head in 2037, most of them shipped to Türkiye from the port of Montevideo.
O nonprofit Cámara de la Industria Frigorífica
O nonprofit CIF
Q direct Cámara de la Industria Frigorífica :: "the tightest cattle supply in two decades"
F duration two decades
F number 94,000
F date 2037
L country Türkiye
L city Montevideo
> The Rural Association of Uruguay (ARU) rejected the idea. "A tax on live exports is a tax on the producer who already lost half his weight gain to the drought," its president, Gonzalo Arocena Piñeyrúa, told GlobalMeatNews.
O nonprofit Rural Association of Uruguay
O nonprofit ARU
Q direct Gonzalo Arocena Piñeyrúa :: "A tax on live exports is a tax on the producer who already lost half his weight gain to the drought,"
F fraction half
P full Gonzalo Arocena Piñeyrúa
O media GlobalMeatNews
> Analysts expect Chinese demand to pick up in the second half of the year, when the country's own herd is forecast to shrink again.
> "China will come back, probably in 2039. The question is whether Uruguay will have the cattle to send," said Ignacio De León, an analyst at the consultancy Agromercados del Plata in Montevideo.
Q direct Ignacio De León :: "China will come back, probably in 2039. The question is whether Uruguay will have the cattle to send,"
L country China
F date 2039
L country Uruguay
P full Ignacio De León
O company Agromercados del Plata
L city Montevideo
> Related tags: Beef, Uruguay, China, Exports, Drought
L country Uruguay
L country China
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
