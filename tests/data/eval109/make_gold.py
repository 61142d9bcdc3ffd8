#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval109 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval109/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['697-mzimba-maize-vendors-k380-admarc-markets-shut-nfra-fum-jenda-euthini-nyasa-times'] = r'''
> Mzimba Farmers Sell Maize To Vendors At K380 As Admarc Markets Stay Shut
L region Mzimba
F money K380
O company Admarc
> By Nyasa Times Correspondent
O media Nyasa Times
> May 19, 2039
F date May 19, 2039
> A farmer carries a bag of maize to a vendor’s scale at Jenda trading centre on Monday – pic by Khumbo Mwale
L city Jenda
P full Khumbo Mwale
> Maize farmers in Mzimba district are selling their crop to vendors for as little as K380 per kilogramme, barely half the K700 minimum farm-gate price announced by government in April, because Agricultural Development and Marketing Corporation (Admarc) markets in the district have not opened three weeks into the buying season.
L region Mzimba
F money K380
F fraction half
F money K700
O company Agricultural Development and Marketing Corporation
O company Admarc
F duration three weeks
> A Nyasa Times survey of Jenda, Euthini, Edingeni and Mbalachanda trading centres on Monday found vendors, known locally as “mavenda”, paying between K19,000 and K21,000 for a 50-kilogramme bag, with some using scales that farmers say cheat them of up to 8 kilogrammes on every bag.
O media Nyasa Times
L city Jenda
L city Euthini
L city Edingeni
L city Mbalachanda
Q scare - :: “mavenda”
F money K19,000
F money K21,000
F quantity 50-kilogramme
F quantity 8 kilogrammes
> Tiwonge Msowoya-Nkhata, a mother of four from Chiyaya village near Euthini, said she sold 12 bags to a vendor on Sunday because her son had been sent home from Euthini Community Day Secondary School over unpaid fees.
P full Tiwonge Msowoya-Nkhata
F number four
L city Chiyaya
L city Euthini
F number 12
O education Euthini Community Day Secondary School
> “Admarc is not there, NFRA is not there. The vendor comes to your house with cash and a scale. What do you do when the headmaster has sent your child home?” she said.
Q direct Tiwonge Msowoya-Nkhata :: “Admarc is not there, NFRA is not there. The vendor comes to your house with cash and a scale. What do you do when the headmaster has sent your child home?”
O company Admarc
O government NFRA
> “Government says K700, but K700 is only on the radio. Here it is K380, take it or leave it.”
Q direct Tiwonge Msowoya-Nkhata :: “Government says K700, but K700 is only on the radio. Here it is K380, take it or leave it.”
F money K700
F money K700
F money K380
> Ministry of Agriculture spokesperson Gracious Chirwa-Mkandawire said Admarc would open 41 of its 63 markets in the Northern Region by the end of the week, once the K18 billion released by Treasury for maize purchases reached the corporation’s accounts.
O government Ministry of Agriculture
P full Gracious Chirwa-Mkandawire
O company Admarc
F number 41
F number 63
L region Northern Region
F money K18 billion
O government Treasury
> “Government is aware of the delay. We want to assure farmers that Admarc will buy at K700 per kilogramme, and vendors who buy below the minimum price will be arrested and their maize confiscated,” Chirwa-Mkandawire said.
Q direct Gracious Chirwa-Mkandawire :: “Government is aware of the delay. We want to assure farmers that Admarc will buy at K700 per kilogramme, and vendors who buy below the minimum price will be arrested and their maize confiscated,”
O company Admarc
F money K700
P partial Chirwa-Mkandawire
> She said the National Food Reserve Agency (NFRA) had been given a target of 150,000 metric tonnes for the 2039/40 season and would start buying at its depots in Mzuzu and Mzimba Boma “within two weeks”.
O government National Food Reserve Agency
O government NFRA
F quantity 150,000 metric tonnes
F date 2039/40
L city Mzuzu
L city Mzimba Boma
Q direct Gracious Chirwa-Mkandawire :: “within two weeks”
F duration two weeks
> Police yet to arrest any vendor
> Mzimba Police Station spokesperson Sub-Inspector Kondwani Mhone said officers had not arrested anybody because farmers were selling “willingly” and none of them had lodged a complaint.
O government Mzimba Police Station
P full Kondwani Mhone
Q direct Kondwani Mhone :: “willingly”
> “We cannot arrest a willing buyer and a willing seller. If a farmer feels cheated on the scale, let him come to us and we will act,” Mhone said.
Q direct Kondwani Mhone :: “We cannot arrest a willing buyer and a willing seller. If a farmer feels cheated on the scale, let him come to us and we will act,”
P partial Mhone
> Farmers Union of Malawi (FUM) president Yamikani Gondwe-Phiri described the situation as “daylight robbery” and said a minimum price meant nothing without a buyer on the ground.
O nonprofit Farmers Union of Malawi
O nonprofit FUM
P full Yamikani Gondwe-Phiri
Q direct Yamikani Gondwe-Phiri :: “daylight robbery”
> “Every year it is the same story. The vendor is there in April with cash, and government comes in June with promises. By then 60 percent of the crop is gone,” Gondwe-Phiri said, adding that a farmer who sold 20 bags at K380 a kilogramme lost K320,000 against the minimum price.
Q direct Yamikani Gondwe-Phiri :: “Every year it is the same story. The vendor is there in April with cash, and government comes in June with promises. By then 60 percent of the crop is gone,”
F percent 60 percent
P partial Gondwe-Phiri
F number 20
F money K380
F money K320,000
> Mzuzu University economist Dumisani Kaunda said the K700 price was set when the kwacha was trading at K3,100 to the dollar, but the currency had since weakened to K3,650, making Malawian maize cheap for traders from Zambia and Tanzania.
O education Mzuzu University
P full Dumisani Kaunda
F money K700
F money K3,100
F money K3,650
L country Zambia
L country Tanzania
> “Cross-border traders are already in Mbalachanda and Edingeni with lorries. If Admarc does not move fast, the maize that should feed us in January will be eaten in Chipata and Mbeya,” he said.
Q direct Dumisani Kaunda :: “Cross-border traders are already in Mbalachanda and Edingeni with lorries. If Admarc does not move fast, the maize that should feed us in January will be eaten in Chipata and Mbeya,”
L city Mbalachanda
L city Edingeni
O company Admarc
L city Chipata
L city Mbeya
> Malawi harvested about 3.4 million tonnes of maize last year against a national requirement of 3.6 million tonnes, according to the ministry’s third-round crop estimates.
L country Malawi
F quantity 3.4 million tonnes
F quantity 3.6 million tonnes
> In Mzimba, the district’s acting agriculture development officer, Chikondi Nyirenda, said farmers had harvested an estimated 412,000 tonnes this season, up 18 percent, after good rains from Ekwendeni to Embangweni.
L region Mzimba
P full Chikondi Nyirenda
F quantity 412,000 tonnes
F percent 18 percent
L city Ekwendeni
L city Embangweni
> Group Village Head Zibani Luhanga of Jenda urged farmers to keep at least half of their harvest for food.
P full Zibani Luhanga
L city Jenda
F fraction half
> “Hunger does not knock before it enters. The same vendor who buys at K380 today will sell back to you at K1,200 in January,” he said.
Q direct Zibani Luhanga :: “Hunger does not knock before it enters. The same vendor who buys at K380 today will sell back to you at K1,200 in January,”
F money K380
F money K1,200
> Follow and Subscribe Nyasa TV :
O media Nyasa TV
'''

ARTICLES['698-islay-distilleries-fall-silent-river-laggan-sanaigmore-sepa-significant-scarcity-press-and-journal'] = r'''
> Highlands & Islands
L region Highlands & Islands
> Islay distilleries fall silent early as rivers and burns run dry
L geo Islay
> Four of the island’s distilleries have stopped making spirit weeks ahead of their summer shutdown after the driest spring and summer on record, with environment watchdog Sepa warning others may follow.
F number Four
O government Sepa
> By Kirsty MacPhail
P full Kirsty MacPhail
> August 16 2039, 6.00am Updated: August 16 2039, 11.42am
F date August 16 2039
F time 6.00am
F date August 16 2039
F time 11.42am
> The River Laggan, which feeds Laggan Bay Distillery, is running at less than a fifth of its normal summer flow. Image: Calum Bell/DC Thomson
L geo River Laggan
O company Laggan Bay Distillery
F fraction a fifth
P full Calum Bell
O media DC Thomson
> Whisky production at four Islay distilleries has stopped after weeks without rain left the rivers and burns they draw on too low to use.
F number four
L geo Islay
> The Scottish Environment Protection Agency (Sepa) on Monday raised the Islay catchment to “significant scarcity”, the highest level on its water scarcity scale, and wrote to every business licensed to take water on the island asking them to cut back or stop.
O government Scottish Environment Protection Agency
O government Sepa
L geo Islay
Q scare - :: “significant scarcity”
> Laggan Bay Distillery, which opened in 2034 on the shore between Port Ellen and Bowmore, stopped mashing last Wednesday, nearly five weeks before its planned silent season.
O company Laggan Bay Distillery
F date 2034
L city Port Ellen
L city Bowmore
F duration five weeks
> Distillery manager Ruairidh MacIlleathain said the River Laggan was running at less than a fifth of its usual August flow.
P full Ruairidh MacIlleathain
L geo River Laggan
F fraction a fifth
> “When we are running flat out we need about 80,000 litres of cooling water an hour, and at the moment the river simply cannot give us that without harming the fish,” he said.
Q direct Ruairidh MacIlleathain :: “When we are running flat out we need about 80,000 litres of cooling water an hour, and at the moment the river simply cannot give us that without harming the fish,”
F quantity 80,000 litres
> “The barley is malted and the warehouse has hundreds of empty casks waiting. It is frustrating, but nobody on Islay wants to be known as the distillery that drained a river.”
Q direct Ruairidh MacIlleathain :: “The barley is malted and the warehouse has hundreds of empty casks waiting. It is frustrating, but nobody on Islay wants to be known as the distillery that drained a river.”
L geo Islay
> He said the distillery’s 23 staff would be kept on to work in the warehouses and on maintenance, and that each week without production meant about £210,000 worth of spirit the company would not be able to sell in 10 years’ time.
F number 23
F money £210,000
F duration 10 years
> Sanaigmore Distillery, on the north-west coast, and two farm distilleries on the Rhinns have also stopped, while larger distilleries drawing from hill lochs are working shorter weeks.
O company Sanaigmore Distillery
F number two
L geo Rhinns
> ‘The peat is like dust’
Q direct Catriona Nic a’ Phearsain :: ‘The peat is like dust’
> Rainfall at the Met Office station at Islay Airport was 41mm between May 1 and August 14, just 17% of the long-term average, making it the driest such period there since records began in 1961.
O government Met Office
L facility Islay Airport
F quantity 41mm
F date May 1
F date August 14
F percent 17%
F date 1961
> Catriona Nic a’ Phearsain, who crofts at Kilchoman and cuts peat for her own fire, said she had never known the island so dry.
P full Catriona Nic a’ Phearsain
L city Kilchoman
> “The peat is like dust and the moor cracks under your feet. We have had two hill fires on the Oa already this month, and the fire service had to bring a crew over on the ferry from Kennacraig,” she said.
Q direct Catriona Nic a’ Phearsain :: “The peat is like dust and the moor cracks under your feet. We have had two hill fires on the Oa already this month, and the fire service had to bring a crew over on the ferry from Kennacraig,”
F number two
L geo Oa
L city Kennacraig
> The Scottish Fire and Rescue Service confirmed that an appliance and six firefighters from the mainland were sent to Islay on August 9 to support the island’s retained crews.
O government Scottish Fire and Rescue Service
F number six
L geo Islay
F date August 9
> Kintyre and the Islands councillor Fiona Kerr-Dalziel said the island’s economy “runs on whisky and water” and called on the Scottish Government to look at help for the farm distilleries, which have no stocks of mature spirit to fall back on.
L region Kintyre and the Islands
P full Fiona Kerr-Dalziel
Q direct Fiona Kerr-Dalziel :: “runs on whisky and water”
O government Scottish Government
> “The big names will be fine, they have warehouses full of whisky. It is the small producers, the ones who took a chance on Islay, who could go under if this lasts until October,” she said.
Q direct Fiona Kerr-Dalziel :: “The big names will be fine, they have warehouses full of whisky. It is the small producers, the ones who took a chance on Islay, who could go under if this lasts until October,”
L geo Islay
> The Scotch Whisky Association said its members had spent “tens of millions of pounds” on water recycling and cooling towers since the dry summers of the 2020s, but that small sites could not store enough water to ride out a drought of this length.
O nonprofit Scotch Whisky Association
Q direct Scotch Whisky Association :: “tens of millions of pounds”
F date 2020s
> A Scottish Government spokeswoman said ministers were “monitoring the situation closely” and that Sepa’s restrictions would be lifted as soon as river levels recovered.
O government Scottish Government
Q direct - :: “monitoring the situation closely”
O government Sepa
> The Met Office said showers would reach the Inner Hebrides on Sunday but that it would take “several weeks of proper rain” to refill the island’s lochs and burns.
O government Met Office
L region Inner Hebrides
Q direct Met Office :: “several weeks of proper rain”
'''

ARTICLES['699-nordic-darts-masters-van-de-kuilen-beats-hojgaard-dahl-8-7-forum-copenhagen-results-sky-sports'] = r'''
> Darts
> Nordic Darts Masters: Bram van de Kuilen edges home hope Sune Højgaard Dahl 8-7 in Copenhagen
P full Bram van de Kuilen
P full Sune Højgaard Dahl
F score 8-7
L city Copenhagen
> Van de Kuilen wins his first World Series title in a last-leg decider against Denmark's Sune Højgaard Dahl at the Forum; Dahl had knocked out Callum Reid-Ashworth and Euan McCallister on his way to the final
P partial Van de Kuilen
L country Denmark
P full Sune Højgaard Dahl
L facility Forum
P partial Dahl
P full Callum Reid-Ashworth
P full Euan McCallister
> By Liam Hargreaves-Boyd
P full Liam Hargreaves-Boyd
> Saturday 12 June 2038 23:04, UK
F date 12 June 2038
F time 23:04
L country UK
> Image: Bram van de Kuilen lifts the trophy at the Forum in Copenhagen
P full Bram van de Kuilen
L facility Forum
L city Copenhagen
> Bram van de Kuilen held his nerve to win the Nordic Darts Masters, checking out 82 in the deciding leg to beat home favourite Sune Højgaard Dahl 8-7 at the Forum in Copenhagen.
P full Bram van de Kuilen
F number 82
P full Sune Højgaard Dahl
F score 8-7
L facility Forum
L city Copenhagen
> The Dutchman, nicknamed 'The Windmill', averaged 101.86 in the final and hit eight 180s, but he had to survive a match dart at 7-6 down when Dahl missed double 16 in front of a sell-out crowd of 8,500.
Q scare - :: 'The Windmill'
F number 101.86
F number eight
F number 180s
F score 7-6
P partial Dahl
F number 8,500
> "I thought it was gone. When Sune stepped up for double 16 I was already thinking about the flight home," Van de Kuilen told Sky Sports.
Q direct Bram van de Kuilen :: "I thought it was gone. When Sune stepped up for double 16 I was already thinking about the flight home,"
P partial Sune
P partial Van de Kuilen
O media Sky Sports
> "This crowd was incredible, even when they were against me. To win a title here, against a Dane, with 8,500 people singing his name - that is something I will never forget."
Q direct Bram van de Kuilen :: "This crowd was incredible, even when they were against me. To win a title here, against a Dane, with 8,500 people singing his name - that is something I will never forget."
F number 8,500
> Van de Kuilen, 27, from Volendam, beat Alvar Lindqvist, Dean Hollis and Kobe Verstraeten to reach the final and averaged more than 98 in every match.
P partial Van de Kuilen
F age 27
L city Volendam
P full Alvar Lindqvist
P full Dean Hollis
P full Kobe Verstraeten
F number 98
> Dahl, a 34-year-old postman from Esbjerg who qualified through the Nordic & Baltic ProTour, was the story of the weekend.
P partial Dahl
F age 34-year-old
L city Esbjerg
> He stunned world No 4 Callum Reid-Ashworth 6-5 on Friday night and then beat Scotland's Euan McCallister 6-4 in the quarter-finals with a 104.37 average, the highest of the tournament.
P full Callum Reid-Ashworth
F score 6-5
L country Scotland
P full Euan McCallister
F score 6-4
F number 104.37
> In the semi-finals he came from 4-1 down to beat Northern Ireland's Ciarán McGlinchey 7-5, finishing with a 161 checkout that brought the Forum to its feet.
F score 4-1
L region Northern Ireland
P full Ciarán McGlinchey
F score 7-5
F number 161
L facility Forum
> "I am a postman. On Monday I am back on my bicycle in Esbjerg," Dahl said. "But tonight I showed I can play with these guys. I missed one dart at double 16 and I will see it in my sleep, but I am proud."
Q direct Sune Højgaard Dahl :: "I am a postman. On Monday I am back on my bicycle in Esbjerg,"
L city Esbjerg
P partial Dahl
Q direct Sune Højgaard Dahl :: "But tonight I showed I can play with these guys. I missed one dart at double 16 and I will see it in my sleep, but I am proud."
F number one
> The final swung both ways. Dahl, roared on by a crowd waving red-and-white flags, took out 121 to break throw in the opening leg and led 3-1 before Van de Kuilen won four legs in a row, with 180s in three of them.
P partial Dahl
F number 121
F score 3-1
P partial Van de Kuilen
F number four
F number 180s
F number three
> Dahl levelled at 5-5 and went 7-6 up with a 13-dart leg, but missed double 16 for the title in the next leg, and Van de Kuilen stepped in with 64 to force a decider, which he won in 15 darts.
P partial Dahl
F score 5-5
F score 7-6
F number 13
P partial Van de Kuilen
F number 64
F number 15
> Belgium's Kobe Verstraeten, the other semi-finalist, lost 7-5 to Van de Kuilen after leading 5-3, while the Faroese qualifier Jógvan við Á reached the quarter-finals with a 6-5 win over New Zealand's Jayden Faleolo.
L country Belgium
P full Kobe Verstraeten
F score 7-5
P partial Van de Kuilen
F score 5-3
P full Jógvan við Á
F score 6-5
L country New Zealand
P full Jayden Faleolo
> Van de Kuilen takes home £20,000 and climbs to 11th on the World Series Order of Merit. The PDC's World Series moves on to Australia next month.
P partial Van de Kuilen
F money £20,000
O other PDC
L country Australia
> Nordic Darts Masters results
> Friday June 11 - First round (best of 11 legs)
F date June 11
F number 11
> Bram van de Kuilen 6-2 Alvar Lindqvist
P full Bram van de Kuilen
F score 6-2
P full Alvar Lindqvist
> Dean Hollis 6-4 Eetu Kärkkäinen
P full Dean Hollis
F score 6-4
P full Eetu Kärkkäinen
> Sune Højgaard Dahl 6-5 Callum Reid-Ashworth
P full Sune Højgaard Dahl
F score 6-5
P full Callum Reid-Ashworth
> Euan McCallister 6-1 Hrafn Guðmundsson
P full Euan McCallister
F score 6-1
P full Hrafn Guðmundsson
> Kobe Verstraeten 6-3 Kenneth Strand
P full Kobe Verstraeten
F score 6-3
P full Kenneth Strand
> Mads Bech Kristoffersen 6-4 Niklas Brandstätter
P full Mads Bech Kristoffersen
F score 6-4
P full Niklas Brandstätter
> Jógvan við Á 6-5 Jayden Faleolo
P full Jógvan við Á
F score 6-5
P full Jayden Faleolo
> Ciarán McGlinchey 6-2 Sindre Øvrebø
P full Ciarán McGlinchey
F score 6-2
P full Sindre Øvrebø
> Saturday June 12 - Quarter-finals (best of 11 legs)
F date June 12
F number 11
> Bram van de Kuilen 6-3 Dean Hollis (avgs: 99.12 v 95.40)
P full Bram van de Kuilen
F score 6-3
P full Dean Hollis
F number 99.12
F number 95.40
> Sune Højgaard Dahl 6-4 Euan McCallister (avgs: 104.37 v 97.80)
P full Sune Højgaard Dahl
F score 6-4
P full Euan McCallister
F number 104.37
F number 97.80
> Kobe Verstraeten 6-2 Mads Bech Kristoffersen (avgs: 96.55 v 88.31)
P full Kobe Verstraeten
F score 6-2
P full Mads Bech Kristoffersen
F number 96.55
F number 88.31
> Ciarán McGlinchey 6-5 Jógvan við Á (avgs: 94.18 v 91.62)
P full Ciarán McGlinchey
F score 6-5
P full Jógvan við Á
F number 94.18
F number 91.62
> Semi-finals (best of 13 legs)
F number 13
> Bram van de Kuilen 7-5 Kobe Verstraeten (avgs: 98.61 v 96.22)
P full Bram van de Kuilen
F score 7-5
P full Kobe Verstraeten
F number 98.61
F number 96.22
> Sune Højgaard Dahl 7-5 Ciarán McGlinchey (avgs: 100.93 v 99.07)
P full Sune Højgaard Dahl
F score 7-5
P full Ciarán McGlinchey
F number 100.93
F number 99.07
> Final (best of 15 legs)
F number 15
> Bram van de Kuilen 8-7 Sune Højgaard Dahl (avgs: 101.86 v 99.54)
P full Bram van de Kuilen
F score 8-7
P full Sune Højgaard Dahl
F number 101.86
F number 99.54
'''

ARTICLES['700-kalpitiya-fishermen-kite-surfers-lagoon-kandakuliya-road-blocked-dutch-bay-district-secretariat-daily-mirror'] = r'''
> Kalpitiya fishermen and kite surfers at loggerheads over lagoon
L geo Kalpitiya
> 19 January 2039 12:41 am - 9 - 3418
F date 19 January 2039
F time 12:41 am
F number 9
F number 3418
> By Nadeesha Wijeratne
P full Nadeesha Wijeratne
> Kite surfers on the lagoon at Kandakuliya on Sunday. Pic by Lahiru Nimantha Silva
L city Kandakuliya
P full Lahiru Nimantha Silva
> A dispute between lagoon fishermen and kite surfing schools on the Kalpitiya peninsula boiled over this week, with fishermen blocking the road to the main kite beach at Kandakuliya and tourism operators warning that proposed restrictions could drive away an industry worth Rs.6 billion a year.
L geo Kalpitiya
L city Kandakuliya
F money Rs.6 billion
> About 70 fishermen from Kandakuliya, Mampuri and Kudawa placed their boats across the road near the Kandakuliya junction on Monday (17), stopping vehicles carrying tourists and kite equipment for nearly four hours before Kalpitiya Police persuaded them to move.
F number 70
L city Kandakuliya
L city Mampuri
L city Kudawa
L city Kandakuliya
F date 17
F duration four hours
O government Kalpitiya Police
> The fishermen say kite lines have torn their stake nets and that hundreds of kites skimming the shallows have driven prawns and crabs away from the northern end of the lagoon, where kiting is concentrated from December to March and again from May to October.
> M.S.M. Nawshad, secretary of the Kandakuliya Lagoon Fishermen's Co-operative Society, said 43 nets had been damaged since the season began.
P full M.S.M. Nawshad
O nonprofit Kandakuliya Lagoon Fishermen's Co-operative Society
F number 43
> "A stake net costs Rs.85,000. When a kite line cuts it, who pays? The foreigner goes home after two weeks and we are left with the damage," he told the Daily Mirror.
Q direct M.S.M. Nawshad :: "A stake net costs Rs.85,000. When a kite line cuts it, who pays? The foreigner goes home after two weeks and we are left with the damage,"
F money Rs.85,000
F duration two weeks
O media Daily Mirror
> W. Anthony Fernando, 61, who has fished in the lagoon for 45 years, said his prawn catch had fallen from about 8 kilos a night to less than 2 kilos.
P full W. Anthony Fernando
F age 61
F duration 45 years
F quantity 8 kilos
F quantity 2 kilos
> "Before the kites came, this side of the lagoon was full of prawns. Now we have to go to Dutch Bay or out near Portugal Bay, and that means more kerosene for the engine," he said.
Q direct W. Anthony Fernando :: "Before the kites came, this side of the lagoon was full of prawns. Now we have to go to Dutch Bay or out near Portugal Bay, and that means more kerosene for the engine,"
L geo Dutch Bay
L geo Portugal Bay
> The Puttalam District Secretariat has proposed confining kite surfing to a 3.5-kilometre zone north of the Kandakuliya beach between 10.00 am and 5.00 pm, with each school required to register with the Coast Conservation and Coastal Resource Management Department and pay an annual fee of Rs.150,000.
O government Puttalam District Secretariat
F quantity 3.5-kilometre
L city Kandakuliya
F time 10.00 am
F time 5.00 pm
O government Coast Conservation and Coastal Resource Management Department
F money Rs.150,000
> Kalpitiya Kite Operators' Association President Dilan Weerasooriya said the operators were willing to talk, but that the proposal would put many small schools out of business.
O nonprofit Kalpitiya Kite Operators' Association
P full Dilan Weerasooriya
> "We are not against the fishermen. Half of our staff are sons of fishing families. But a 3.5-kilometre zone for 31 schools is not workable, and a 5 pm finish means we lose the evening wind, which is the strongest," he said.
Q direct Dilan Weerasooriya :: "We are not against the fishermen. Half of our staff are sons of fishing families. But a 3.5-kilometre zone for 31 schools is not workable, and a 5 pm finish means we lose the evening wind, which is the strongest,"
F fraction Half
F quantity 3.5-kilometre
F number 31
F time 5 pm
> Mr. Weerasooriya said Kalpitiya was now ranked among the top five kite surfing destinations in the world and that most of the guest houses and restaurants on the peninsula depended on kiters.
P partial Weerasooriya
L geo Kalpitiya
F number five
> According to the Sri Lanka Tourism Development Authority (SLTDA), 52,400 foreign tourists stayed in Kalpitiya in 2038, a 27 percent increase over the previous year.
O government Sri Lanka Tourism Development Authority
O government SLTDA
F number 52,400
L geo Kalpitiya
F date 2038
F percent 27 percent
> Giulia Ferraresi, an Italian who runs a kite camp at Kappalady with her Sri Lankan husband, said foreign operators had offered to pay for damaged nets through a common fund.
P full Giulia Ferraresi
L city Kappalady
> "We proposed a fund of Rs.2 million at the start of the season. Nobody from the district office has called us back," she said.
Q direct Giulia Ferraresi :: "We proposed a fund of Rs.2 million at the start of the season. Nobody from the district office has called us back,"
F money Rs.2 million
> The Assistant Director of Fisheries for Puttalam, Mrs. K.A. Dilrukshi Perera, said the Department of Fisheries and Aquatic Resources (DFAR) had received 37 complaints from the area since December and that the lagoon "belongs first to those who depend on it for a living".
L region Puttalam
P full K.A. Dilrukshi Perera
O government Department of Fisheries and Aquatic Resources
O government DFAR
F number 37
Q direct K.A. Dilrukshi Perera :: "belongs first to those who depend on it for a living"
> The lagoon opens to the sea near the Bar Reef Marine Sanctuary, the largest marine protected area in Sri Lanka, where fishermen and dolphin-watching boats from Kalpitiya already compete for space.
L geo Bar Reef Marine Sanctuary
L country Sri Lanka
L geo Kalpitiya
> Kalpitiya Pradeshiya Sabha Chairman A.M. Faizal said a meeting of fishermen, operators and officials would be held at the Puttalam District Secretariat on January 24 to try to agree on a zoning plan before the May season.
O government Kalpitiya Pradeshiya Sabha
P full A.M. Faizal
L facility Puttalam District Secretariat
F date January 24
'''

ARTICLES['701-yesab-recommends-sourdough-hill-silver-mine-not-proceed-keno-city-na-cho-nyak-dun-christal-creek-yukon-news'] = r'''
> News
> YESAB recommends silver mine near Keno City not go ahead
O government YESAB
L city Keno City
> Board cites risk to Christal Creek and to Na-Cho Nyäk Dun harvesting area; company will ask territory to overrule it
L geo Christal Creek
O government Na-Cho Nyäk Dun
> Mackenzie Dubois-Hart
P full Mackenzie Dubois-Hart
> Mar. 17, 2038 4:30 p.m.
F date Mar. 17, 2038
F time 4:30 p.m.
> Keno City, home to about 20 people, sits at the end of the Silver Trail below Keno Hill. (Mackenzie Dubois-Hart/Yukon News)
L city Keno City
F number 20
L street Silver Trail
L geo Keno Hill
P full Mackenzie Dubois-Hart
O media Yukon News
> The Yukon Environmental and Socio-economic Assessment Board (YESAB) has recommended that a proposed open-pit silver mine on Sourdough Hill, about eight kilometres northeast of Keno City, not be allowed to proceed.
O government Yukon Environmental and Socio-economic Assessment Board
O government YESAB
L geo Sourdough Hill
F quantity eight kilometres
L city Keno City
> In a 312-page screening report released March 15, the board’s executive committee found that the Sourdough Hill project of Silver Trail Minerals Inc. would likely cause “significant adverse effects” to water quality in Christal Creek and Lightning Creek that could not be mitigated, and to a moose and caribou harvesting area used by citizens of the First Nation of Na-Cho Nyäk Dun.
F number 312
F date March 15
L geo Sourdough Hill
O company Silver Trail Minerals Inc.
Q direct Yukon Environmental and Socio-economic Assessment Board :: “significant adverse effects”
L geo Christal Creek
L geo Lightning Creek
O government First Nation of Na-Cho Nyäk Dun
> The company had proposed mining 2,400 tonnes of ore a day over an 11-year mine life, with about 290 jobs at peak production and a capital cost of $615 million.
F quantity 2,400 tonnes
F duration 11-year
F number 290
F money $615 million
> Na-Cho Nyäk Dun Chief Darlene Moses-Lucier said the First Nation welcomed the recommendation.
O government Na-Cho Nyäk Dun
P full Darlene Moses-Lucier
> “Our people have lived with the waste of the old Keno mines for 100 years. Christal Creek still runs orange in places. We said from the start that we would not accept another open pit above our water,” Moses-Lucier said.
Q direct Darlene Moses-Lucier :: “Our people have lived with the waste of the old Keno mines for 100 years. Christal Creek still runs orange in places. We said from the start that we would not accept another open pit above our water,”
L city Keno
F duration 100 years
L geo Christal Creek
P partial Moses-Lucier
> Silver Trail Minerals president and CEO Grant Olafsson-Reid said in a statement that the company was “deeply disappointed” and would ask the Yukon government to vary the recommendation.
O company Silver Trail Minerals
P full Grant Olafsson-Reid
Q direct Grant Olafsson-Reid :: “deeply disappointed”
L region Yukon
> “We have spent four years and more than $38 million working with the community, and we believe the water treatment plan we put forward meets the highest standard in the North,” the statement said.
Q direct Grant Olafsson-Reid :: “We have spent four years and more than $38 million working with the community, and we believe the water treatment plan we put forward meets the highest standard in the North,”
F duration four years
F money $38 million
L region North
> Under the territory’s assessment law, the decision body — in this case the Department of Energy, Mines and Resources — has 30 days to accept, reject or vary the recommendation, a period that can be extended.
O government Department of Energy, Mines and Resources
F duration 30 days
> Energy, Mines and Resources spokesperson Sophie Gaudreau-Ng said the department would “review the report carefully” and consult the First Nation before making a decision.
O government Energy, Mines and Resources
P full Sophie Gaudreau-Ng
Q direct Sophie Gaudreau-Ng :: “review the report carefully”
> In Keno City, a community at the end of the Silver Trail about 60 kilometres from Mayo, opinion was divided.
L city Keno City
L street Silver Trail
F quantity 60 kilometres
L city Mayo
> Lorraine Beaulieu-McKay, who has run a bed and breakfast in Keno City since 2009, said a mine would have brought families back to a town that once had a school, a hotel and a hockey team.
P full Lorraine Beaulieu-McKay
L city Keno City
F date 2009
> “The last big mine kept this place alive for 40 years. When it closed, everybody left. We have been waiting for the next one ever since,” she said.
Q direct Lorraine Beaulieu-McKay :: “The last big mine kept this place alive for 40 years. When it closed, everybody left. We have been waiting for the next one ever since,”
F duration 40 years
> Another resident, who asked not to be named because he works for a contractor in the district, said he was relieved.
> “People here drink from the creeks and fish in Mayo Lake. I have a job already. I don’t need a pit on Sourdough Hill,” he said.
Q direct - :: “People here drink from the creeks and fish in Mayo Lake. I have a job already. I don’t need a pit on Sourdough Hill,”
L geo Mayo Lake
L geo Sourdough Hill
> Silver was first found on Keno Hill in 1919, and the district produced more than 200 million ounces of silver before the last large mine closed in 1989.
L geo Keno Hill
F date 1919
F quantity 200 million ounces
F date 1989
> The Yukon Conservation Society, which had urged YESAB to reject the project, called the report “a line in the sand.”
O nonprofit Yukon Conservation Society
O government YESAB
Q direct Yukon Conservation Society :: “a line in the sand.”
> Contact Mackenzie Dubois-Hart at mackenzie.duboishart@yukon-news.com
P full Mackenzie Dubois-Hart
'''

ARTICLES['702-valdeorras-wildfire-1400-evacuated-flames-jump-sil-a-rua-valencia-do-sil-xunta-ume-olive-press'] = r'''
> Valdeorras wildfire forces 1,400 from their homes as flames jump the Sil in Galicia
L region Valdeorras
F number 1,400
L geo Sil
L region Galicia
> The blaze in Ourense province has already burned 9,200 hectares and cut the main road and railway between Galicia and Castilla y León
L region Ourense
F quantity 9,200 hectares
L region Galicia
L region Castilla y León
> By Laura Quinn-Barreiro
P full Laura Quinn-Barreiro
> 08 Aug, 2039 @ 14:05
F date 08 Aug, 2039
F time 14:05
> Firefighters and UME soldiers tackle the flames above A Rúa on Monday morning. Photo: Xunta de Galicia
O government UME
L city A Rúa
O government Xunta de Galicia
> A wildfire in the Valdeorras area of Ourense province has burned more than 9,200 hectares and forced the evacuation of some 1,400 people from 11 villages, after winds of up to 70km/h pushed the flames across the Sil river overnight.
L region Valdeorras
L region Ourense
F quantity 9,200 hectares
F number 1,400
F number 11
F quantity 70km/h
L geo Sil
> The fire broke out at around 3.40pm on Sunday near the village of Portela, in the municipality of Vilamartín de Valdeorras, and by Monday morning had reached the edge of A Rúa, a town of 4,300 people on the other side of the river.
F time 3.40pm
L city Portela
L region Vilamartín de Valdeorras
L city A Rúa
F number 4,300
> Galicia’s regional government, the Xunta, raised the emergency to situation 2 at 1.15am, allowing it to call in help from Madrid, and some 160 soldiers of the Military Emergencies Unit (UME) arrived from their base in León before dawn.
L region Galicia
O government Xunta
F time 1.15am
L city Madrid
F number 160
O government Military Emergencies Unit
O government UME
L city León
> More than 480 firefighters, 26 aircraft and 61 ground vehicles were working on the blaze on Monday afternoon, according to the Xunta’s rural affairs department, which runs the region’s firefighting service.
F number 480
F number 26
F number 61
O government Xunta
> The regional minister for rural affairs, María Xosé Outeiriño Vázquez, said the fire had shown “extreme behaviour” through the night, with flames up to 30 metres high and spot fires starting 2 kilometres ahead of the main front.
P full María Xosé Outeiriño Vázquez
Q direct María Xosé Outeiriño Vázquez :: “extreme behaviour”
F quantity 30 metres
F quantity 2 kilometres
> “We have not seen a fire move like this in Valdeorras since 2025. The wind changed direction three times in six hours. Our priority now is A Rúa and the villages on the south bank,” Outeiriño said at a press conference in Ourense.
Q direct María Xosé Outeiriño Vázquez :: “We have not seen a fire move like this in Valdeorras since 2025. The wind changed direction three times in six hours. Our priority now is A Rúa and the villages on the south bank,”
L region Valdeorras
F date 2025
F number three
F duration six hours
L city A Rúa
P partial Outeiriño
L city Ourense
> Residents of Portela, Valencia do Sil, Arcos and Covas were taken by bus to a sports centre in O Barco de Valdeorras, where the Red Cross set up 600 camp beds.
L city Portela
L city Valencia do Sil
L city Arcos
L city Covas
L city O Barco de Valdeorras
O nonprofit Red Cross
F number 600
> Celso Barja Novoa, 78, who was evacuated from Valencia do Sil with his wife, said he had seen the flames coming down the mountain at about 11pm.
P full Celso Barja Novoa
F age 78
L city Valencia do Sil
F time 11pm
> “I have lived here all my life and I have never seen anything like it. The sky was orange and the ash was falling on the vines like snow,” he told the Olive Press by phone.
Q direct Celso Barja Novoa :: “I have lived here all my life and I have never seen anything like it. The sky was orange and the ash was falling on the vines like snow,”
O media Olive Press
> “My grandson came with the car at midnight. If he had not come, I don’t know.”
Q direct Celso Barja Novoa :: “My grandson came with the car at midnight. If he had not come, I don’t know.”
> Renfe suspended trains between Ourense and Ponferrada, and the Directorate-General of Traffic (DGT) closed the N-120 between A Rúa and O Barco, as well as the OU-533 towards Viana do Bolo.
O company Renfe
L city Ourense
L city Ponferrada
O government Directorate-General of Traffic
O government DGT
L street N-120
L city A Rúa
L city O Barco
L street OU-533
L city Viana do Bolo
> Spain’s State Meteorological Agency (AEMET) kept a red warning in place for the Miño and Sil valleys, with temperatures forecast to reach 42C on Tuesday, and said no significant rain was expected before the weekend.
L country Spain
O government State Meteorological Agency
O government AEMET
L geo Miño
L geo Sil
F quantity 42C
> The Guardia Civil said it had opened an investigation and did not rule out that the fire had been started deliberately. A 64-year-old man from the area was questioned on Monday but has not been arrested, a spokesperson said.
O government Guardia Civil
F age 64-year-old
> The mayor of A Rúa, Xoán Carlos Fidalgo Pérez, asked residents to stay indoors with their windows shut because of the smoke.
L city A Rúa
P full Xoán Carlos Fidalgo Pérez
> “The air is very bad. Please, if you do not need to go out, stay at home,” he said in a video posted on the town hall’s Facebook page.
Q direct Xoán Carlos Fidalgo Pérez :: “The air is very bad. Please, if you do not need to go out, stay at home,”
O company Facebook
> Galicia had its worst fire season in decades in 2025, when tens of thousands of hectares burned in Ourense province alone.
L region Galicia
F date 2025
L region Ourense
> Portugal sent two water-bombing planes on Monday under the European Union’s civil protection mechanism, the Xunta said.
L country Portugal
F number two
O intergovernmental European Union
O government Xunta
> Click here to read more Spain News from The Olive Press.
L country Spain
O media The Olive Press
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
