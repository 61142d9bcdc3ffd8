#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval129 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval129/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['817-caspian-seals-dead-mangystau-coast-fort-shevchenko-aktau-astana-times'] = r'''
> More than 1,100 Caspian seals found dead on Mangystau coast
F number 1,100
L region Mangystau
> By Aizhan Nurlankyzy in Nation on 10 May 2038
P full Aizhan Nurlankyzy
F date 10 May 2038
> Volunteers of Caspian Seal Watch count carcasses on the shore near Fort-Shevchenko on May 6. Photo credit: Caspian Seal Watch
O nonprofit Caspian Seal Watch
L city Fort-Shevchenko
F date May 6
O nonprofit Caspian Seal Watch
> ASTANA – More than 1,100 dead Caspian seals have washed up along a 170-kilometer stretch of the Mangystau coast since late April, the Ministry of Ecology and Natural Resources said on May 8, in the largest die-off recorded on Kazakhstan’s side of the sea in more than a decade.
L city ASTANA
F number 1,100
F quantity 170-kilometer
L region Mangystau
O government Ministry of Ecology and Natural Resources
F date May 8
L country Kazakhstan
> Inspectors of the ministry’s Committee for Ecological Regulation and Control counted 1,134 carcasses between the tip of the Tyub-Karagan peninsula and Kenderli bay, most of them pups born on the northern ice in January and February.
O government Committee for Ecological Regulation and Control
F number 1,134
L geo Tyub-Karagan
L geo Kenderli
> “The samples we have taken so far show no sign of an infectious disease. We are looking at oxygen in the water, at oil and at what the seals were eating,” Saltanat Yerzhanova, head of the committee’s Mangystau department, told The Astana Times by phone from Aktau.
Q direct Saltanat Yerzhanova :: “The samples we have taken so far show no sign of an infectious disease. We are looking at oxygen in the water, at oil and at what the seals were eating,”
P full Saltanat Yerzhanova
L region Mangystau
O media The Astana Times
L city Aktau
> She said laboratory results from the Atyrau branch of the Fisheries Research and Production Centre were expected by May 20, and that 60 tissue samples and 14 samples of seawater had been sent there.
L city Atyrau
O other Fisheries Research and Production Centre
F date May 20
F number 60
F number 14
> The Caspian seal, known in Kazakh as “itbalyq”, the only marine mammal of the world’s largest inland body of water, has been listed as endangered by the International Union for Conservation of Nature (IUCN) since 2008. Its numbers have fallen from about one million at the start of the 20th century to between 100,000 and 170,000, according to estimates cited by the ministry.
Q scare - :: “itbalyq”
O nonprofit International Union for Conservation of Nature
O nonprofit IUCN
F date 2008
F number one million
F number 100,000
F number 170,000
> Residents of Fort-Shevchenko, a town of about 6,500 people on the peninsula, first reported the dead animals on April 27.
L city Fort-Shevchenko
F number 6,500
F date April 27
> “My grandson counted 40 of them on a walk of two kilometers. In 30 years at sea I have never seen anything like it,” said Yerbol Sagyndykuly, 63, a retired fisherman from the village of Bautino.
Q direct Yerbol Sagyndykuly :: “My grandson counted 40 of them on a walk of two kilometers. In 30 years at sea I have never seen anything like it,”
F number 40
F quantity two kilometers
F duration 30 years
P full Yerbol Sagyndykuly
F age 63
L city Bautino
> Sagyndykuly said the fishermen of the peninsula blamed poachers’ nets as much as the water. “The young ones get caught under the surface and drown. Nobody sees it, nobody counts it,” he said.
P partial Sagyndykuly
Q direct Yerbol Sagyndykuly :: “The young ones get caught under the surface and drown. Nobody sees it, nobody counts it,”
> Caspian Seal Watch, a volunteer group based in Aktau, said its members had found 212 animals in a single day on May 5 near Cape Peschany, south of the city. The group’s coordinator, Dana Akhmetova-Brandt, called the official count “the tip of what the sea gives back” and asked the authorities to publish water temperature and oxygen readings every day.
O nonprofit Caspian Seal Watch
L city Aktau
F number 212
F date May 5
L geo Cape Peschany
P full Dana Akhmetova-Brandt
Q direct Dana Akhmetova-Brandt :: “the tip of what the sea gives back”
> Scientists have linked earlier mass deaths to a lack of oxygen near the seabed. In December 2022, about 2,500 seals were found dead on the Russian coast in Dagestan.
F date December 2022
F number 2,500
L region Dagestan
> The sea is also shrinking. The level of the Caspian has fallen by about two meters since 2006, and the shallow northern shelf where the seals breed on winter ice has retreated by dozens of kilometers, according to Kazhydromet, the national hydrometeorological service.
L geo Caspian
F quantity two meters
F date 2006
O government Kazhydromet
> The ministry said it had set aside 48 million tenge (US$92,000) to collect and bury the carcasses and had asked the Mangystau regional akimat to close three beaches near Aktau to the public until June 1.
F money 48 million tenge
F money US$92,000
L region Mangystau
F number three
L city Aktau
F date June 1
> Aktau’s beach season usually opens in late May and draws about 400,000 visitors a year, many of them from Astana, Almaty and Russia’s Astrakhan region.
L city Aktau
F number 400,000
L city Astana
L city Almaty
L country Russia
L region Astrakhan
> “People call us every day to ask whether the water is safe. We tell them to wait for the laboratory,” said an official at the regional tourism department who asked not to be named.
Q direct - :: “People call us every day to ask whether the water is safe. We tell them to wait for the laboratory,”
'''

ARTICLES['818-bhutan-dry-winter-record-power-imports-tala-pasakha-furnaces-kuensel'] = r'''
> Dry winter forces record power imports
> Yangchen Lhamo | Thimphu
P full Yangchen Lhamo
L city Thimphu
> February 16, 2039
F date February 16, 2039
> The Wangchhu runs low below Chhukha on February 12. Photo: Pema Lhendup
L geo Wangchhu
L region Chhukha
F date February 12
P full Pema Lhendup
> Bhutan imported 412 million units (MU) of electricity from India between November and January, the highest ever for a winter, as flows in the country's rivers fell to their lowest in at least 25 years.
L country Bhutan
F quantity 412 million units
L country India
F duration 25 years
> Figures from Druk Green Power Corporation (DGPC) show that its eight hydropower plants generated 498MU in January, less than a third of what they produce in July.
O company Druk Green Power Corporation
O company DGPC
F number eight
F quantity 498MU
F fraction a third
> The 1,020-megawatt (MW) Tala plant on the Wangchhu was running at 19 percent of its capacity last week, and the Mangdechhu plant in Trongsa at 17 percent, DGPC's managing director, Dasho Sonam Phuntsho Dendup, said.
F quantity 1,020-megawatt
L facility Tala
L geo Wangchhu
F percent 19 percent
L facility Mangdechhu
L region Trongsa
F percent 17 percent
O company DGPC
P full Sonam Phuntsho Dendup
> "This is the driest winter we have on record. The Wangchhu at Chhukha was carrying 38 cumecs on Monday. In a normal January it is above 60," Dasho Sonam Phuntsho Dendup said.
Q direct Sonam Phuntsho Dendup :: "This is the driest winter we have on record. The Wangchhu at Chhukha was carrying 38 cumecs on Monday. In a normal January it is above 60,"
L geo Wangchhu
L region Chhukha
F quantity 38 cumecs
F number 60
P full Sonam Phuntsho Dendup
> He said snowfall in the upper catchments had been well below average for three years in a row, while demand at home had grown with new industries in Pasakha and Gelephu and the data centres at Jigmeling.
F duration three years
L city Pasakha
L city Gelephu
L city Jigmeling
> The import bill this winter reached Nu 2.9 billion, compared with Nu 1.1B last winter, according to Bhutan Power Corporation (BPC), which buys power on the Indian Energy Exchange at prices that touched Nu 10.40 a unit during the evening peak.
F money Nu 2.9 billion
F money Nu 1.1B
O company Bhutan Power Corporation
O company BPC
O company Indian Energy Exchange
F money Nu 10.40
> Bhutan exports most of the power it generates in summer to India, and earned Nu 31.6 billion from electricity sales in the 2037-38 fiscal year.
L country Bhutan
L country India
F money Nu 31.6 billion
F date 2037-38
> To keep the grid stable, BPC has cut supply to high-voltage industrial customers by 30 percent between 5pm and 10pm since January 20. Ferro-silicon plants in Pasakha, which run round the clock, say they have had to shut furnaces.
O company BPC
F percent 30 percent
F time 5pm
F time 10pm
F date January 20
L city Pasakha
> "We have two furnaces of 9MW each. One is cold since January 22 and the other runs only at night," said Suman Kumar Pradhan, plant manager at Druk Alloys and Minerals in Pasakha. "We have 140 workers and we are still paying all of them. We cannot do that past March."
Q direct Suman Kumar Pradhan :: "We have two furnaces of 9MW each. One is cold since January 22 and the other runs only at night,"
F number two
F quantity 9MW
F date January 22
P full Suman Kumar Pradhan
O company Druk Alloys and Minerals
L city Pasakha
Q direct Suman Kumar Pradhan :: "We have 140 workers and we are still paying all of them. We cannot do that past March."
F number 140
> The Department of Energy said households, hospitals and schools would not face load shedding. "Domestic supply is protected and will remain protected," the department said in a statement on Friday.
O government Department of Energy
Q direct Department of Energy :: "Domestic supply is protected and will remain protected,"
> The department said the 1,200MW Punatsangchhu-I project in Wangdue Phodrang, now expected to be completed in 2040, and a planned storage dam in the Kholongchhu basin would make winters easier, but not for some years.
F quantity 1,200MW
L facility Punatsangchhu-I
L region Wangdue Phodrang
F date 2040
L geo Kholongchhu
> An official with BPC, who asked not to be named, said the corporation had also asked the 14 crypto-mining sites in the country to stop drawing power at peak hours. "They have been cooperating. It is in everybody's interest to keep the lights on," the official said.
O company BPC
F number 14
Q direct - :: "They have been cooperating. It is in everybody's interest to keep the lights on,"
> The National Center for Hydrology and Meteorology (NCHM) expects below-normal rainfall until April.
O government National Center for Hydrology and Meteorology
O government NCHM
> Edited by Tshering Zangmo Namgay
P full Tshering Zangmo Namgay
'''

ARTICLES['819-tappara-gotteron-overtime-chl-quarter-final-nokia-arena-tampere-box-score'] = r'''
> Tappara edge Gottéron in OT to reach CHL semis
O team Tappara
O team Gottéron
O other CHL
> Kärkkäinen's power-play winner in overtime sends the Finnish champions through 7-6 on aggregate
P partial Kärkkäinen
F score 7-6
> By Laura Suominen
P full Laura Suominen
> 19 January 2039
F date 19 January 2039
> Tappara's Otto Kärkkäinen celebrates his overtime winner at Nokia Arena. Photo: Tappara / Jussi Eskola
O team Tappara
P full Otto Kärkkäinen
L facility Nokia Arena
O team Tappara
P full Jussi Eskola
> Otto Kärkkäinen scored on the power play 3:41 into overtime as Tappara came back from two goals down on aggregate to beat Fribourg-Gottéron 4-2 on Tuesday night, win the quarter-final 7-6 over two legs and reach the Champions Hockey League semi-finals for the first time since 2033.
P full Otto Kärkkäinen
F time 3:41
O team Tappara
F number two
O team Fribourg-Gottéron
F score 4-2
F score 7-6
F number two
O other Champions Hockey League
F date 2033
> Gottéron, who won the first leg 4-3 in Fribourg a week earlier, led 2-1 after 40 minutes in front of 12,804 fans at Nokia Arena and were 20 minutes away from a first semi-final of their own.
O team Gottéron
F score 4-3
L city Fribourg
F score 2-1
F duration 40 minutes
F number 12,804
L facility Nokia Arena
F duration 20 minutes
> Then Tappara's fourth line turned the game. Eelis Hirvikoski tipped in a point shot from Joonatan Peltokangas at 47:12, and Veeti Mäenpää beat goaltender Matthias Ruchti five-hole with 2:58 left in regulation to force overtime.
O team Tappara
P full Eelis Hirvikoski
P full Joonatan Peltokangas
F time 47:12
P full Veeti Mäenpää
P full Matthias Ruchti
F time 2:58
> Gottéron's Loïc Sprecher went to the box for hooking at 62:05, and Kärkkäinen, the Tampere club's 22-year-old Liiga scoring leader, one-timed a cross-ice pass from Tyler Kowalchuk past Ruchti 96 seconds later.
O team Gottéron
P full Loïc Sprecher
F time 62:05
P partial Kärkkäinen
L city Tampere
F age 22-year-old
O other Liiga
P full Tyler Kowalchuk
P partial Ruchti
F duration 96 seconds
> "We talked in the room after the second that we need just one goal to make it a game again, not three," Kärkkäinen said. "When Veeti scored with three minutes left, you could feel the building. I have never heard Nokia Arena like that."
Q direct Otto Kärkkäinen :: "We talked in the room after the second that we need just one goal to make it a game again, not three,"
F number one
F number three
P partial Kärkkäinen
Q direct Otto Kärkkäinen :: "When Veeti scored with three minutes left, you could feel the building. I have never heard Nokia Arena like that."
P partial Veeti
F duration three minutes
L facility Nokia Arena
> Gottéron had gone ahead through Julien Baeriswyl at 8:30 and, after Peltokangas equalised on a power play late in the first period, through Yannick Chappuis at 33:19. Ruchti made 38 saves.
O team Gottéron
P full Julien Baeriswyl
F time 8:30
P partial Peltokangas
P full Yannick Chappuis
F time 33:19
P partial Ruchti
F number 38
> Tappara goaltender Severi Lahdenperä, 31, stopped 28 of 30 shots, among them a breakaway by Sprecher early in the third period with Gottéron still two goals up on aggregate. About 600 Gottéron supporters had made the trip of more than 2,000 kilometres from Fribourg.
O team Tappara
P full Severi Lahdenperä
F age 31
F number 28
F number 30
P partial Sprecher
O team Gottéron
F number two
F number 600
O team Gottéron
F quantity 2,000 kilometres
L city Fribourg
> "Severi kept us alive. If that one goes in, it is over," Tappara head coach Sami Kaartinen-Rask said. "At 2-1 down, nobody on the bench was looking at the aggregate. We just wanted the next goal."
Q direct Sami Kaartinen-Rask :: "Severi kept us alive. If that one goes in, it is over,"
P partial Severi
O team Tappara
P full Sami Kaartinen-Rask
Q direct Sami Kaartinen-Rask :: "At 2-1 down, nobody on the bench was looking at the aggregate. We just wanted the next goal."
F score 2-1
> "We played 57 minutes of good hockey. In Europe that is not enough," Gottéron head coach Christian Dubey-Mauron said. "It hurts, but this group will learn from it. We have a big game in the National League on Friday."
Q direct Christian Dubey-Mauron :: "We played 57 minutes of good hockey. In Europe that is not enough,"
F duration 57 minutes
L continent Europe
O team Gottéron
P full Christian Dubey-Mauron
Q direct Christian Dubey-Mauron :: "It hurts, but this group will learn from it. We have a big game in the National League on Friday."
O other National League
> Tappara will meet Frölunda HC or Red Bull Salzburg in the semi-finals. Frölunda lead that tie 5-1 before the second leg in Gothenburg on Wednesday. The first legs of the semi-finals are played on February 1.
O team Tappara
O team Frölunda HC
O team Red Bull Salzburg
O team Frölunda
F score 5-1
L city Gothenburg
F date February 1
> Tappara (FIN) - Fribourg-Gottéron (SUI) 4-2 OT (1-1, 0-1, 2-0, 1-0)
O team Tappara
L country FIN
O team Fribourg-Gottéron
L country SUI
F score 4-2
F score 1-1
F score 0-1
F score 2-0
F score 1-0
> Aggregate: 7-6
F score 7-6
> Goals: 0-1 Baeriswyl (Chappuis, Sprecher) 08:30; 1-1 Peltokangas (Kärkkäinen, Kowalchuk) 18:47 PP; 1-2 Chappuis (Gerber) 33:19; 2-2 Hirvikoski (Peltokangas) 47:12; 3-2 Mäenpää (Lahdensuo, Hirvikoski) 57:02; 4-2 Kärkkäinen (Kowalchuk, Peltokangas) 63:41 PP
F score 0-1
P partial Baeriswyl
P partial Chappuis
P partial Sprecher
F time 08:30
F score 1-1
P partial Peltokangas
P partial Kärkkäinen
P partial Kowalchuk
F time 18:47
F score 1-2
P partial Chappuis
P partial Gerber
F time 33:19
F score 2-2
P partial Hirvikoski
P partial Peltokangas
F time 47:12
F score 3-2
P partial Mäenpää
P partial Lahdensuo
P partial Hirvikoski
F time 57:02
F score 4-2
P partial Kärkkäinen
P partial Kowalchuk
P partial Peltokangas
F time 63:41
> Shots on goal: TAP 42, FRI 30
O team TAP
F number 42
O team FRI
F number 30
> Goaltenders: Lahdenperä (TAP) 28 saves, Ruchti (FRI) 38 saves
P partial Lahdenperä
O team TAP
F number 28
P partial Ruchti
O team FRI
F number 38
> Penalty minutes: TAP 8, FRI 12
O team TAP
F number 8
O team FRI
F number 12
> Referees: Mikael Nordqvist (SWE), Lukas Kohlmüller (GER)
P full Mikael Nordqvist
L country SWE
P full Lukas Kohlmüller
L country GER
> Attendance: 12,804
F number 12,804
'''

ARTICLES['820-bardsey-boat-porth-meudwy-slipway-repair-aberdaron-island-farm-north-wales-chronicle'] = r'''
> 'We can't lose the boat': Bardsey landing to get £1.4m repair
Q direct Siôn Aled Pritchard :: 'We can't lose the boat'
L geo Bardsey
F money £1.4m
> By Cadi Haf Llywelyn
P full Cadi Haf Llywelyn
> Reporter
> Published: 12th May 2039
F date 12th May 2039
> The slipway at Porth Meudwy, near Aberdaron, where the Bardsey boat leaves for Ynys Enlli. Picture: Gwynedd Council
L geo Porth Meudwy
L city Aberdaron
L geo Bardsey
L geo Ynys Enlli
O government Gwynedd Council
> A CRUMBLING slipway that is the only link between Llŷn and Bardsey Island is to be rebuilt at a cost of £1.4 million after winter storms left the island boat unable to land for nearly seven weeks.
L region Llŷn
L geo Bardsey Island
F money £1.4 million
F duration seven weeks
> Gwynedd Council's cabinet agreed on Tuesday to pay £900,000 towards the work at Porth Meudwy, with the rest coming from the Bardsey Island Trust and the Welsh Government.
O government Gwynedd Council
F money £900,000
L geo Porth Meudwy
O nonprofit Bardsey Island Trust
O government Welsh Government
> The concrete ramp in the cove, used by the island boat since the 1970s, was undermined by storms in January and February. The boat did not cross between January 9 and February 26, leaving the island's farm without feed deliveries and its 11 winter residents cut off.
F date 1970s
F date January 9
F date February 26
F number 11
> Boatman Siôn Aled Pritchard, 58, whose family has run the crossing for three generations, said: "We can't lose the boat. Without it there is no farm, no visitors, no island as we know it."
P full Siôn Aled Pritchard
F age 58
F number three
Q direct Siôn Aled Pritchard :: "We can't lose the boat. Without it there is no farm, no visitors, no island as we know it."
> Mr Pritchard said the crossing of just under two miles over Bardsey Sound, Y Swnt, could be made safely on only about 40 days between November and March. "When the ramp went, we lost even those days," he said.
P partial Pritchard
F quantity two miles
L geo Bardsey Sound
L geo Y Swnt
F duration 40 days
Q direct Siôn Aled Pritchard :: "When the ramp went, we lost even those days,"
> The island farm, run by the trust's tenant Gwenllian Morris-Jones, carries 260 Welsh Mountain ewes and a small herd of Welsh Black cattle. Its lambs are shipped across each autumn and sold at Bryncir mart.
P full Gwenllian Morris-Jones
F number 260
L city Bryncir
> Mrs Morris-Jones said: "Mae'r ynys yn dibynnu ar y cwch (the island depends on the boat). In February I was feeding the hay I had kept for lambing, and I had 30 bags of ewe nuts sitting on a lorry in Pwllheli."
P partial Morris-Jones
Q direct Gwenllian Morris-Jones :: "Mae'r ynys yn dibynnu ar y cwch (the island depends on the boat). In February I was feeding the hay I had kept for lambing, and I had 30 bags of ewe nuts sitting on a lorry in Pwllheli."
F number 30
L city Pwllheli
> Cllr Nia Wyn Jeffreys (Plaid Cymru), cabinet member for the economy, said the slipway was "as important to Llŷn as any road" and that the council could not wait for another storm.
P full Nia Wyn Jeffreys
O party Plaid Cymru
Q direct Nia Wyn Jeffreys :: "as important to Llŷn as any road"
L region Llŷn
> The trust said 9,800 people visited Bardsey last year, most of them on day trips between April and September, and that a further 270 stayed in its holiday cottages.
F number 9,800
L geo Bardsey
F number 270
> Bardsey, which lies off the tip of the peninsula, has drawn pilgrims since the Middle Ages and is known in legend as the resting place of 20,000 saints. The trust, which has owned the island since 1979, employs a warden and a boat crew of four.
L geo Bardsey
F number 20,000
F date 1979
F number four
> Gareth Tudur Roberts, the county councillor who represents Aberdaron, said businesses on the mainland also depended on the visitors. "Every cafe, every bed and breakfast in Aberdaron feels it when the boat stops," he said.
P full Gareth Tudur Roberts
L region Aberdaron
Q direct Gareth Tudur Roberts :: "Every cafe, every bed and breakfast in Aberdaron feels it when the boat stops,"
L city Aberdaron
> Work is due to start in September 2039 and take 14 weeks, with a temporary pontoon in use at Porth Meudwy. Natural Resources Wales must still grant a marine licence.
F date September 2039
F duration 14 weeks
L geo Porth Meudwy
O government Natural Resources Wales
> A spokesperson for Natural Resources Wales said: "We have received the application and will aim to determine it within the statutory period."
O government Natural Resources Wales
Q direct - :: "We have received the application and will aim to determine it within the statutory period."
'''

ARTICLES['821-palacios-shrimpers-hurricane-teodoro-matagorda-county-debris-contract-4-1-victoria-advocate'] = r'''
> Palacios shrimpers count losses after Teodoro; county OKs $4.6M debris contract
L city Palacios
F money $4.6M
> By Marisol Treviño-Haas
P full Marisol Treviño-Haas
> Sep 16, 2037
F date Sep 16, 2037
> Shrimp boats lie against the seawall at the Palacios harbor on Tuesday, three days after Hurricane Teodoro made landfall near Port O'Connor. (Marisol Treviño-Haas/Victoria Advocate)
L city Palacios
F duration three days
L city Port O'Connor
P full Marisol Treviño-Haas
O media Victoria Advocate
> PALACIOS — Of the 74 shrimp boats that tie up in Palacios, Tuan Van Le counts 19 that will not go out again this season.
L city PALACIOS
F number 74
L city Palacios
P full Tuan Van Le
F number 19
> Hurricane Teodoro came ashore as a Category 2 storm near Port O'Connor at 4:10 a.m. Saturday with winds of 105 mph, pushing a 9-foot surge into Tres Palacios Bay and tossing boats onto the docks of the Port of Palacios, which is run by the Matagorda County Navigation District No. 1.
L city Port O'Connor
F time 4:10 a.m.
F quantity 105 mph
F quantity 9-foot
L geo Tres Palacios Bay
L facility Port of Palacios
O government Matagorda County Navigation District No. 1
> "Three of mine are on the bottom of the turning basin and another is up on the dock like a toy," said Le, 61, who came to Palacios from Vung Tau, Vietnam, in 1979 and has shrimped out of the town for 40 years. "I am too old to start again, but my sons are not."
Q direct Tuan Van Le :: "Three of mine are on the bottom of the turning basin and another is up on the dock like a toy,"
F number Three
P partial Le
F age 61
L city Palacios
L city Vung Tau
L country Vietnam
F date 1979
F duration 40 years
Q direct Tuan Van Le :: "I am too old to start again, but my sons are not."
> The Matagorda County Commissioners Court voted 4-1 on Monday to sign a $4.6 million debris-removal contract with Coastal Bend Recovery Services of Corpus Christi and to ask the state for help raising sunken vessels.
O government Matagorda County Commissioners Court
F number 4-1
F money $4.6 million
O company Coastal Bend Recovery Services
L city Corpus Christi
> Precinct 3 Commissioner Arlene Kubecka-Salinas cast the lone vote against, saying the contract should have gone out for bids. "We are spending $4.6 million in an emergency, fine. But we owe the taxpayers in Blessing and Markham a real price," she said.
P full Arlene Kubecka-Salinas
Q direct Arlene Kubecka-Salinas :: "We are spending $4.6 million in an emergency, fine. But we owe the taxpayers in Blessing and Markham a real price,"
F money $4.6 million
L city Blessing
L city Markham
> County Judge Dale Hlavinka said the county could not wait through a 45-day bid process with debris blocking the Intracoastal Waterway and Texas 35 still closed between Palacios and Blessing.
P full Dale Hlavinka
F duration 45-day
L geo Intracoastal Waterway
L street Texas 35
L city Palacios
L city Blessing
> Texas Parks and Wildlife Department biologists estimate that 30% to 40% of the bay shrimp fleet between Sargent and Port Lavaca was damaged. The department said it would extend the fall bay season, which opened Aug. 15, by two weeks.
O government Texas Parks and Wildlife Department
F percent 30%
F percent 40%
L city Sargent
L city Port Lavaca
F date Aug. 15
F duration two weeks
> Ramón Elizondo Cantú, executive director of the Texas Shrimp Association, said dock prices had been strong before the storm, around $4.75 a pound for large brown shrimp. "Losing a boat in September is losing the whole year," he said.
P full Ramón Elizondo Cantú
O nonprofit Texas Shrimp Association
F money $4.75
Q direct Ramón Elizondo Cantú :: "Losing a boat in September is losing the whole year,"
> The National Weather Service recorded 11.2 inches of rain at Bay City between Saturday and Monday. About 2,300 customers in Palacios were still without power Wednesday, AEP Texas said, and the city had lifted its boil-water notice for all but the neighborhoods south of 1st Street.
O government National Weather Service
F quantity 11.2 inches
L city Bay City
F number 2,300
L city Palacios
O company AEP Texas
L street 1st Street
> The town's Vietnamese American families, who began arriving in the late 1970s and now own more than half of its boats, met Sunday at the Pavilion on South Bay Boulevard to sort out who could still fish.
F date 1970s
F fraction half
L facility Pavilion
L street South Bay Boulevard
> Le's son, Kevin Le, 34, said many owners had let hull insurance lapse after premiums passed $12,000 a year. "Most of these boats had no insurance. Dad's didn't," he said. "So now it is the bank and the church and the family."
P partial Le
P full Kevin Le
F age 34
F money $12,000
Q direct Kevin Le :: "Most of these boats had no insurance. Dad's didn't,"
Q direct Kevin Le :: "So now it is the bank and the church and the family."
> Commissioners will meet again at 10 a.m. Sept. 24 in Bay City to discuss a request to the Federal Emergency Management Agency for individual assistance.
F time 10 a.m.
F date Sept. 24
L city Bay City
O government Federal Emergency Management Agency
'''

ARTICLES['822-curieuse-coral-bleaching-snorkelling-suspended-praslin-boat-owners-spga-seychelles-news-agency'] = r'''
> Snorkelling suspended at Curieuse as bleaching hits 70 percent of corals
L geo Curieuse
F percent 70 percent
> Victoria, Seychelles | April 9, 2039, Saturday @ 11:42 | By Dorothée Barbé-Monthy
L city Victoria
L country Seychelles
F date April 9, 2039
F time 11:42
P full Dorothée Barbé-Monthy
> Bleached coral at Baie Laraie, Curieuse, on April 5. (Seychelles Parks and Gardens Authority) Photo License: All Rights Reserved
L geo Baie Laraie
L geo Curieuse
F date April 5
O government Seychelles Parks and Gardens Authority
> (Seychelles News Agency) - The Seychelles Parks and Gardens Authority (SPGA) has suspended snorkelling and diving at four sites in the Curieuse Marine National Park for at least 30 days after surveys found that 70 percent of hard corals there had turned white.
O media Seychelles News Agency
O government Seychelles Parks and Gardens Authority
O government SPGA
F number four
L geo Curieuse Marine National Park
F duration 30 days
F percent 70 percent
> The suspension, which started on Thursday, covers Baie Laraie, Anse St José, the reef off St Pierre islet and the channel between Curieuse and Praslin, the second largest island of the archipelago.
L geo Baie Laraie
L geo Anse St José
L geo St Pierre
L geo Curieuse
L geo Praslin
> Sea surface temperatures around Praslin have stayed above 31 degrees Celsius since mid-March, two degrees above the seasonal average, according to the Seychelles Meteorological Authority.
L geo Praslin
F quantity 31 degrees Celsius
F quantity two degrees
O government Seychelles Meteorological Authority
> “What we are seeing now is worse than 2016 at this stage. In 2016 about half of the corals in the inner islands died, and some of these reefs have only just come back,” said the SPGA’s chief marine officer, Nadia Ah-Time.
Q direct Nadia Ah-Time :: “What we are seeing now is worse than 2016 at this stage. In 2016 about half of the corals in the inner islands died, and some of these reefs have only just come back,”
F date 2016
F date 2016
F fraction half
O government SPGA
P full Nadia Ah-Time
> “If the water cools in the next three weeks, many colonies can recover. If it does not, we will lose them. Closing the sites does not stop the heat, but it takes away the fins, the anchors and the sunscreen.
Q direct Nadia Ah-Time :: “If the water cools in the next three weeks, many colonies can recover. If it does not, we will lose them. Closing the sites does not stop the heat, but it takes away the fins, the anchors and the sunscreen.
F duration three weeks
> “We are asking the boat operators to understand that this is their reef as much as ours,” she added.
Q direct Nadia Ah-Time :: “We are asking the boat operators to understand that this is their reef as much as ours,”
> About 40 boats based at Côte d’Or and Baie Ste Anne on Praslin take visitors to Curieuse, where the park fee is SCR 350 (about $24) for foreign visitors.
F number 40
L city Côte d’Or
L city Baie Ste Anne
L geo Praslin
L geo Curieuse
F money SCR 350
F money $24
> Jean-Marc Hoareau, chairman of the Praslin Boat Owners Association, said his members had lost about 60 percent of their bookings since the announcement. “We support protecting the reef. But the government cannot close the park and leave the skippers with nothing. A boat costs SCR 8,000 a week to keep, even tied up,” he said.
P full Jean-Marc Hoareau
O nonprofit Praslin Boat Owners Association
F percent 60 percent
Q direct Jean-Marc Hoareau :: “We support protecting the reef. But the government cannot close the park and leave the skippers with nothing. A boat costs SCR 8,000 a week to keep, even tied up,”
F money SCR 8,000
> The association has asked the Ministry of Agriculture, Climate Change and Environment for compensation of SCR 1.2 million, Hoareau said. The ministry said in a statement that it was “assessing the request with the Ministry of Finance” and that boats could still take visitors to the giant tortoises and the mangrove boardwalk on Curieuse, which remain open.
O government Ministry of Agriculture, Climate Change and Environment
F money SCR 1.2 million
P partial Hoareau
Q direct Ministry of Agriculture, Climate Change and Environment :: “assessing the request with the Ministry of Finance”
O government Ministry of Finance
L geo Curieuse
> Curieuse, an island of 2.9 square kilometres north of Praslin, has been part of a marine national park since 1979. It is home to about 300 Aldabra giant tortoises.
L geo Curieuse
F quantity 2.9 square kilometres
L geo Praslin
F date 1979
F number 300
L geo Aldabra
> Marine biologist Rodney Esparon of the University of Seychelles said the closure was “the right call, and probably not the last one this year”. He said the university’s Blue Economy Research Institute had found bleaching at 11 of the 17 sites it monitors around Mahé, Praslin and La Digue.
P full Rodney Esparon
O education University of Seychelles
Q direct Rodney Esparon :: “the right call, and probably not the last one this year”
O education Blue Economy Research Institute
F number 11
F number 17
L geo Mahé
L geo Praslin
L geo La Digue
> The SPGA will review the suspension on May 8.
O government SPGA
F date May 8
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
