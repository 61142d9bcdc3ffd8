#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval121 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval121/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['769-laiagam-landslide-buries-14-homes-highlands-highway-yokona-lagaip-enga-the-national'] = r'''
> National
> Slip buries 14 homes, cuts highway near Laiagam
F number 14
L city Laiagam
> By PETRUS KANDAKASI
P full PETRUS KANDAKASI
> March 10, 2038
F date March 10, 2038
> Villagers from Yokona dig through the mud at the slip site on the Wabag-Porgera road outside Laiagam on Monday. – Picture supplied
L city Yokona
L city Wabag
L city Porgera
L city Laiagam
> A LANDSLIDE in Enga has buried 14 homes and about 300 metres of the Highlands Highway outside Laiagam, leaving three people missing and cutting the road link to Porgera for a fourth day.
L region Enga
F number 14
F quantity 300 metres
L street Highlands Highway
L city Laiagam
F number three
L city Porgera
> The slip came down from a ridge above the Lai River at about 2.30am on Sunday, March 7, after nine days of heavy rain, Lagaip district administrator Joseph Yalu Pyawe said yesterday.
L geo Lai River
F time 2.30am
F date March 7
F duration nine days
L region Lagaip
P full Joseph Yalu Pyawe
> "The whole side of the mountain just moved. People heard a sound like thunder and by the time they came out of their houses the road was gone," Mr Pyawe said.
Q direct Joseph Yalu Pyawe :: "The whole side of the mountain just moved. People heard a sound like thunder and by the time they came out of their houses the road was gone,"
P partial Pyawe
> He said a man, his nine-year-old daughter and an elderly woman from Yokona village were still missing. Police and villagers had been digging with spades and bare hands since Sunday morning.
F age nine-year-old
L city Yokona
> "We have no machines here. The excavator from Wabag cannot pass because the road is cut on both sides," he said.
Q direct Joseph Yalu Pyawe :: "We have no machines here. The excavator from Wabag cannot pass because the road is cut on both sides,"
L city Wabag
> Enga Provincial Government has released K500,000 for relief supplies and the hire of heavy equipment, according to provincial disaster coordinator Miriam Kepa Lakane.
O government Enga Provincial Government
F money K500,000
P full Miriam Kepa Lakane
> She said 212 people from Yokona, Kolombi and Tombaka had moved to the Laiagam Catholic mission and to relatives' houses, and that the National Disaster Centre (NDC) had been asked for tarpaulins, water containers and 20 tonnes of rice.
F number 212
L city Yokona
L city Kolombi
L city Tombaka
L city Laiagam
O government National Disaster Centre
O government NDC
F quantity 20 tonnes
> "The people are sleeping in the church and in classrooms. Our biggest worry now is clean water, because the creeks are full of mud," Ms Lakane said.
Q direct Miriam Kepa Lakane :: "The people are sleeping in the church and in classrooms. Our biggest worry now is clean water, because the creeks are full of mud,"
P partial Lakane
> The Department of Works and Highways said a team with two bulldozers had left Mt Hagen on Tuesday but the Highlands Highway was also blocked by smaller slips near Wapenamanda. A spokesman said the department hoped to open "a single lane" within 10 to 14 days, weather permitting.
O government Department of Works and Highways
F number two
L city Mt Hagen
L street Highlands Highway
L city Wapenamanda
Q direct - :: "a single lane"
F duration 10
F duration 14 days
> The road is the only link between Wabag and the Porgera gold mine, which trucks fuel, food and explosives up the highway every day. Porgera businessman Pakau Tekepa, 52, said prices at the Porgera station market had doubled since Sunday.
L city Wabag
L city Porgera
L city Porgera
P full Pakau Tekepa
F age 52
L city Porgera
> "A 20-kilogram bag of rice was K95 last week. Today the shops are asking K180, and some have already run out," he said.
Q direct Pakau Tekepa :: "A 20-kilogram bag of rice was K95 last week. Today the shops are asking K180, and some have already run out,"
F quantity 20-kilogram
F money K95
F money K180
> Provincial police commander Chief Inspector Samuel Kupa said officers had set up a checkpoint at Kaiap, on the Wabag side of the slip, to turn back trucks and stop people from crossing the unstable ground on foot.
P full Samuel Kupa
L city Kaiap
L city Wabag
> The PNG National Weather Service said its gauge at Wabag recorded 312 millimetres of rain in the first 10 days of March, almost twice the monthly average for the province.
O government PNG National Weather Service
L city Wabag
F quantity 312 millimetres
F duration 10 days
> Mr Pyawe said the district would ask the national government to move the Yokona families to safer ground, away from the ridge that villagers call "the walking mountain". "This ridge has been cracking for two years. We warned them in 2036 and again last year," he said.
P partial Pyawe
L city Yokona
Q scare - :: "the walking mountain"
Q direct Joseph Yalu Pyawe :: "This ridge has been cracking for two years. We warned them in 2036 and again last year,"
F duration two years
F date 2036
'''

ARTICLES['770-cinnamon-peeler-shortage-galle-karandeniya-growers-alba-quills-dea-the-morning'] = r'''
> News
> Cinnamon peeler shortage leaves Galle growers with ‘bark rotting on the trees’
L region Galle
Q direct H. K. Sumanadasa :: ‘bark rotting on the trees’
> By Nadeesha Wickramarachchi
P full Nadeesha Wickramarachchi
> 18 Mar 2038
F date 18 Mar 2038
> A peeler strips cinnamon quills on a smallholding in Karandeniya, Galle. Pic by Chaminda Liyanage
L city Karandeniya
L region Galle
P full Chaminda Liyanage
> Cinnamon growers in the Galle and Matara districts say thousands of kilos of bark are being left uncut this season because there are not enough skilled peelers, even as export prices for the spice have climbed to a record of more than US$ 24 per kilo.
L region Galle
L region Matara
F money US$ 24
> According to the Department of Export Agriculture (DEA), Sri Lanka shipped 18,460 metric tons of cinnamon in 2037, earning Rs. 148 billion, with Mexico, the United States and Peru the main buyers. Sri Lanka accounts for around 85% of the world's supply of true cinnamon, also known as Ceylon cinnamon.
O government Department of Export Agriculture
O government DEA
L country Sri Lanka
F quantity 18,460 metric tons
F date 2037
F money Rs. 148 billion
L country Mexico
L country United States
L country Peru
L country Sri Lanka
F percent 85%
L country Ceylon
> At his land in Karandeniya, 62-year-old grower H. K. Sumanadasa showed The Morning rows of bushes that should have been harvested in January.
L city Karandeniya
F age 62-year-old
P full H. K. Sumanadasa
O media The Morning
> “I have the bark rotting on the trees. Last year I had six peelers; this year only two came, and they go to whoever pays the most,” he said.
Q direct H. K. Sumanadasa :: “I have the bark rotting on the trees. Last year I had six peelers; this year only two came, and they go to whoever pays the most,”
F number six
F number two
> Peeling is done by hand with brass rods and small knives, and a good peeler can strip 12 to 15 kilos of quills a day. Growers say the daily wage has risen from Rs. 4,500 to Rs. 7,000 in two years, and that younger workers prefer jobs in the garment factories of Koggala or abroad.
F quantity 12
F quantity 15 kilos
F money Rs. 4,500
F money Rs. 7,000
F duration two years
L city Koggala
> Wasantha Kumara, 41, who has peeled cinnamon since he was 14, said many of his colleagues had left for Israel, South Korea and the Middle East on work visas.
P full Wasantha Kumara
F age 41
F age 14
L country Israel
L country South Korea
L region Middle East
> “My father taught me, and his father taught him. My son is working in a hotel in Unawatuna. He says peeling is work for people who cannot do anything else,” Kumara said. “If this goes on, in ten years there will be nobody left who knows how to make an Alba quill.
Q direct Wasantha Kumara :: “My father taught me, and his father taught him. My son is working in a hotel in Unawatuna. He says peeling is work for people who cannot do anything else,”
L city Unawatuna
P partial Kumara
Q direct Wasantha Kumara :: “If this goes on, in ten years there will be nobody left who knows how to make an Alba quill.
F duration ten years
> “Then Ceylon cinnamon is finished.”
Q direct Wasantha Kumara :: “Then Ceylon cinnamon is finished.”
L country Ceylon
> Alba, the thinnest and most expensive grade, fetched Rs. 9,850 a kilo at the Colombo auction last week, up 31% on a year earlier, according to the Spices and Allied Products Producers’ and Traders’ Association.
F money Rs. 9,850
L city Colombo
F percent 31%
O nonprofit Spices and Allied Products Producers’ and Traders’ Association
> The DEA’s Director General, Dr. Kanchana Abeygunawardena, said the department had trained 640 new peelers at the National Cinnamon Research and Training Centre in Palolpitiya since 2035 and would pay a Rs. 25,000 allowance to each trainee who completes the six-month course.
O government DEA
P full Kanchana Abeygunawardena
F number 640
O government National Cinnamon Research and Training Centre
L city Palolpitiya
F date 2035
F money Rs. 25,000
F duration six-month
> “Peeling machines are being tested, but the market pays a premium for hand-rolled quills. We cannot lose that,” she said, adding that the department was also working with the Export Development Board (EDB) to sell graded cinnamon directly to buyers in Europe.
Q direct Kanchana Abeygunawardena :: “Peeling machines are being tested, but the market pays a premium for hand-rolled quills. We cannot lose that,”
O government Export Development Board
O government EDB
L continent Europe
> Lalith Ranaweera, secretary of the Ruhuna Cinnamon Growers’ Association, said the allowance was “too little, too late”.
P full Lalith Ranaweera
O nonprofit Ruhuna Cinnamon Growers’ Association
Q direct Lalith Ranaweera :: “too little, too late”
> “A peeler in Dubai earns in one month what he earns here in three months. Unless the Government helps growers share the cost of wages, smallholders with two or three acres will simply cut down the cinnamon and plant something else,” he said.
Q direct Lalith Ranaweera :: “A peeler in Dubai earns in one month what he earns here in three months. Unless the Government helps growers share the cost of wages, smallholders with two or three acres will simply cut down the cinnamon and plant something else,”
L city Dubai
F duration one month
F duration three months
F quantity two
F quantity three acres
> An exporter in Colombo, who asked not to be named, said some buyers in Mexico had begun to accept cheaper quills from Madagascar. “They still want Sri Lankan, but at US$ 24 they start asking questions,” he said.
L city Colombo
L country Mexico
L country Madagascar
Q direct - :: “They still want Sri Lankan, but at US$ 24 they start asking questions,”
F money US$ 24
'''

ARTICLES['771-koivisto-rink-steals-northern-ontario-u21-curling-title-extra-end-soo-curlers-standings-sootoday'] = r'''
> Sports
> Koivisto rink steals Northern Ontario junior title in extra end
P partial Koivisto
L region Northern Ontario
> Thunder Bay foursome steals one in the 11th end to beat Sudbury's Lachance 7-6; Kenora's Heikkinen takes the women's crown
L city Thunder Bay
F number one
L city Sudbury
P partial Lachance
F score 7-6
L city Kenora
P partial Heikkinen
> Dario Ferraro
P full Dario Ferraro
> Feb 2, 2038 10:45 PM
F date Feb 2, 2038
F time 10:45 PM
> Skip Reid Koivisto of the Fort William Curling Club calls the sweep during Sunday's final at the Soo Curlers Association. Jenna Laakso/SooToday
P full Reid Koivisto
O nonprofit Fort William Curling Club
O nonprofit Soo Curlers Association
P full Jenna Laakso
O media SooToday
> Reid Koivisto and his Thunder Bay rink needed an extra end and a little luck, but they are going to the Canadian juniors.
P full Reid Koivisto
L city Thunder Bay
> The Fort William Curling Club foursome stole a single point in the 11th end to beat Sudbury's Mathis Lachance 7-6 in the final of the Northern Ontario U21 Curling Championships at the Soo Curlers Association on Sunday afternoon.
O nonprofit Fort William Curling Club
L city Sudbury
P full Mathis Lachance
F score 7-6
O nonprofit Soo Curlers Association
> Lachance, whose Idylwylde rink had hammer in the extra end, was light with his last draw to the four-foot, and the Koivisto stone at the back of the button stayed for the win.
P partial Lachance
O nonprofit Idylwylde
F quantity four-foot
P partial Koivisto
> “Honestly, I thought he had it. I was already shaking his hand in my head,” said Koivisto, 19, who throws last rocks for a team that includes his cousin, third Aino Mäkelä, second Jesse Nieminen and lead Owen Kakegamic.
Q direct Reid Koivisto :: “Honestly, I thought he had it. I was already shaking his hand in my head,”
P partial Koivisto
F age 19
P full Aino Mäkelä
P full Jesse Nieminen
P full Owen Kakegamic
> “We gave up three in the sixth and we never panicked. That’s this group. We’ve been playing together since we were 12.”
Q direct Reid Koivisto :: “We gave up three in the sixth and we never panicked. That’s this group. We’ve been playing together since we were 12.”
F number three
F age 12
> Lachance, 20, said the miss would sting for a while. “It was a half-inch. That’s curling,” he said.
P partial Lachance
F age 20
Q direct Mathis Lachance :: “It was a half-inch. That’s curling,”
F quantity half-inch
> Koivisto finished the week 8-1, his only loss coming 8-4 to Lachance in the round robin on Friday, before a 9-3 semifinal win over Port Arthur's Tyler Ojala on Sunday morning. Team Koivisto will represent Northern Ontario at the Canadian Junior Curling Championships in Fredericton, N.B., March 13-21.
P partial Koivisto
F score 8-1
F score 8-4
P partial Lachance
F score 9-3
O nonprofit Port Arthur
P full Tyler Ojala
O team Team Koivisto
L region Northern Ontario
L city Fredericton
L region N.B.
F date March 13-21
> In the women's final, Kenora's Hanna Heikkinen beat Sault Ste. Marie's Brielle Trudeau-Mandamin 9-4 in eight ends, running the home side out of stones after scoring four in the seventh.
L city Kenora
P full Hanna Heikkinen
L city Sault Ste. Marie
P full Brielle Trudeau-Mandamin
F score 9-4
F number eight
F number four
> “The crowd was all for Brielle, and that’s fair, it’s her club,” Heikkinen said. “We just tried to keep it quiet and make them throw the hard shots.”
Q direct Hanna Heikkinen :: “The crowd was all for Brielle, and that’s fair, it’s her club,”
P partial Brielle
P partial Heikkinen
Q direct Hanna Heikkinen :: “We just tried to keep it quiet and make them throw the hard shots.”
> About 350 spectators watched the finals, the largest crowd for the junior event since it returned to the Sault in 2036. The Northern Ontario Curling Association (NOCA) called the turnout “a great sign for curling in the north.”
F number 350
L city Sault
F date 2036
O nonprofit Northern Ontario Curling Association
O nonprofit NOCA
Q direct Northern Ontario Curling Association :: “a great sign for curling in the north.”
> Heikkinen's rink, with third Sofia Carpenter-Beardy, second Maija Hautala and lead Rylee Lahti, went 7-0 through the round robin and never trailed in either playoff game. Both champions receive $2,500 from the association toward the cost of travelling to New Brunswick.
P partial Heikkinen
P full Sofia Carpenter-Beardy
P full Maija Hautala
P full Rylee Lahti
F score 7-0
F money $2,500
L region New Brunswick
> Final round-robin standings (men)
> Reid Koivisto (Fort William) 6-1
P full Reid Koivisto
O nonprofit Fort William
F score 6-1
> Mathis Lachance (Idylwylde) 6-1
P full Mathis Lachance
O nonprofit Idylwylde
F score 6-1
> Tyler Ojala (Port Arthur) 5-2
P full Tyler Ojala
O nonprofit Port Arthur
F score 5-2
> Émile Gagnon-Roy (Kapuskasing) 4-3
P full Émile Gagnon-Roy
O nonprofit Kapuskasing
F score 4-3
> Noah Sinclair (Soo Curlers) 3-4
P full Noah Sinclair
O nonprofit Soo Curlers
F score 3-4
> Kaden Moonias (Geraldton) 2-5
P full Kaden Moonias
O nonprofit Geraldton
F score 2-5
> Liam Bouchard (Kenora) 1-6
P full Liam Bouchard
O nonprofit Kenora
F score 1-6
> Cole Dokis (Copper Cliff) 1-6
P full Cole Dokis
O nonprofit Copper Cliff
F score 1-6
'''

ARTICLES['772-corme-percebe-harvest-halted-roncudo-costa-da-morte-warm-sea-xunta-galicia-guardian'] = r'''
> Spain
L country Spain
> ‘The sea is too warm’: Galician barnacle harvest halted as stocks collapse
Q direct Xosé Manuel Lema Pose :: ‘The sea is too warm’
> Fishers’ guild in Corme stops percebe gathering on the Costa da Morte after counts fall by 60%, with prices heading for €200 a kilo before Christmas
L city Corme
L region Costa da Morte
F percent 60%
F money €200
> Lucía Barreiro in Corme
P full Lucía Barreiro
L city Corme
> Tue 9 Dec 2036 05.00 GMT
F date 9 Dec 2036
F time 05.00 GMT
> A percebeiro on the rocks below Roncudo point in Corme, A Coruña. Photograph: Brais Lorenzo Outeiral/The Guardian
L geo Roncudo
L city Corme
L region A Coruña
P full Brais Lorenzo Outeiral
O media The Guardian
> The fishers’ guild of Corme, a village on Galicia’s rugged Costa da Morte, has stopped all harvesting of goose barnacles on its rocks for the rest of the year after a survey found 60% fewer adult barnacles than in 2034, a collapse that scientists link to a summer of record sea temperatures.
L city Corme
L region Galicia
L region Costa da Morte
F percent 60%
F date 2034
> The ban, which runs until 31 December, closes the most famous percebe grounds in Spain just as prices peak for the Christmas market, when the crustaceans can sell for more than €190 a kilo at auction in Corme and for twice that in Madrid restaurants.
F date 31 December
L country Spain
F money €190
L city Corme
L city Madrid
> Percebes are gathered by hand by percebeiros who climb down the cliffs between waves, roped together and armed with a scraper called a rasqueta. About 35 people hold licences from the Cofradía de Pescadores de Corme to work the rocks of Roncudo, where the barnacles grow short and thick in the surf.
F number 35
O nonprofit Cofradía de Pescadores de Corme
L geo Roncudo
> “The sea is too warm. We have been doing this for generations and nobody remembers the rocks like this,” said Xosé Manuel Lema Pose, the guild’s patrón maior, who has gathered barnacles for 38 years. “Where there should be clusters the size of your fist there are bare rocks, or barnacles so small you would be ashamed to sell them.”
Q direct Xosé Manuel Lema Pose :: “The sea is too warm. We have been doing this for generations and nobody remembers the rocks like this,”
P full Xosé Manuel Lema Pose
F duration 38 years
Q direct Xosé Manuel Lema Pose :: “Where there should be clusters the size of your fist there are bare rocks, or barnacles so small you would be ashamed to sell them.”
> Sea surface temperatures off the Galician coast stayed above 21C for 19 days in August, up to 3C above the 1991-2020 average, according to the Spanish Institute of Oceanography (IEO).
F quantity 21C
F duration 19 days
F quantity 3C
F date 1991-2020
O government Spanish Institute of Oceanography
O government IEO
> Uxía Castiñeira Mouzo, a marine biologist at the University of Santiago de Compostela who has monitored the Roncudo grounds since 2029, said the heat had killed young barnacles before they could settle.
P full Uxía Castiñeira Mouzo
O education University of Santiago de Compostela
L geo Roncudo
F date 2029
> “The adults can survive a hot summer. The larvae cannot,” she said. “What we are seeing now is the gap from last year, and we expect the 2037 season to be poor as well.
Q direct Uxía Castiñeira Mouzo :: “The adults can survive a hot summer. The larvae cannot,”
Q direct Uxía Castiñeira Mouzo :: “What we are seeing now is the gap from last year, and we expect the 2037 season to be poor as well.
F date 2037
> “Closing the rocks is painful, but it is the right decision.”
Q direct Uxía Castiñeira Mouzo :: “Closing the rocks is painful, but it is the right decision.”
> The Xunta de Galicia, the regional government, approved the closure on Monday and said it would pay each licensed percebeiro €1,400 a month in compensation, at a cost of about €150,000. The Xunta said in a statement that the measure was “exceptional and temporary”.
O government Xunta de Galicia
F money €1,400
F money €150,000
O government Xunta
Q direct Xunta de Galicia :: “exceptional and temporary”
> For the guild the money is a lifeline but not a solution. Antía Varela, 29, who began working the rocks with her father at 17, said the compensation covered little more than her boat fuel and insurance. “In one week before Christmas I can make what they are giving me for the whole month,” she said.
P full Antía Varela
F age 29
F age 17
Q direct Antía Varela :: “In one week before Christmas I can make what they are giving me for the whole month,”
F duration one week
> Restaurants in A Coruña and Santiago say they will turn to barnacles from Brittany, Portugal and Morocco, which sell for half the price. “A Roncudo percebe is a Roncudo percebe. People notice,” said the owner of one seafood restaurant in A Coruña, who asked not to be named.
L city A Coruña
L city Santiago
L region Brittany
L country Portugal
L country Morocco
F fraction half
Q direct - :: “A Roncudo percebe is a Roncudo percebe. People notice,”
L geo Roncudo
L geo Roncudo
L city A Coruña
> Neighbouring guilds in Malpica and Muxía have cut their daily quotas from 4kg to 2kg per percebeiro but have not closed their grounds.
L city Malpica
L city Muxía
F quantity 4kg
F quantity 2kg
'''

ARTICLES['773-bmc-payment-delays-ghanzi-cattle-farmers-sell-to-namibia-gobabis-lobatse-mmegi'] = r'''
> BMC payment delays push Ghanzi farmers to Namibia
O company BMC
L city Ghanzi
L country Namibia
> KEABETSWE MOTLHABANE, Staff Writer
P full KEABETSWE MOTLHABANE
> Friday 19 March 2038
F date 19 March 2038
> Cattle wait at a holding kraal outside Ghanzi. Farmers say they have not been paid for animals delivered to the Lobatse abattoir in January PIC: ONKARABILE SEBETLELA
L city Ghanzi
L city Lobatse
P full ONKARABILE SEBETLELA
> GHANZI: Cattle farmers in the Ghanzi District say they are owed more than P40 million by the Botswana Meat Commission (BMC) for animals slaughtered at the Lobatse abattoir since January, and some have started selling their herds across the border in Namibia.
L city GHANZI
L region Ghanzi District
F money P40 million
O company Botswana Meat Commission
O company BMC
L city Lobatse
L country Namibia
> Farmers told Mmegi this week that payments which used to arrive within 14 days of slaughter now take up to 10 weeks, leaving them unable to buy feed, pay herdboys or service bank loans.
O media Mmegi
F duration 14 days
F duration 10 weeks
> Ghanzi Farmers' Association chairperson, Kelebogile Sekwababe said the association's 230 members had delivered 5,600 head of cattle to BMC between January and March.
O nonprofit Ghanzi Farmers' Association
P full Kelebogile Sekwababe
F number 230
F number 5,600
O company BMC
> "Some of our members have not seen a single thebe since January. A farmer who delivered 40 cattle is waiting for P400,000 and in the meantime the bank is phoning him every week," she said. "We are selling at a loss because we have no choice."
Q direct Kelebogile Sekwababe :: "Some of our members have not seen a single thebe since January. A farmer who delivered 40 cattle is waiting for P400,000 and in the meantime the bank is phoning him every week,"
F number 40
F money P400,000
Q direct Kelebogile Sekwababe :: "We are selling at a loss because we have no choice."
> BMC pays P37.80 per kilogramme cold dressed mass for top-grade carcasses, but farmers say buyers at Gobabis in Namibia, about 120 kilometres from the Mamuno border post, pay cash on the day, even at N$42 a kilogramme (about P31).
O company BMC
F money P37.80
L city Gobabis
L country Namibia
F quantity 120 kilometres
L city Mamuno
F money N$42
F money P31
> Ghanzi farmer Hendrik Brink, 58, whose family has ranched near D'Kar since the 1950s, said he had sold 65 weaners to a Namibian feedlot last month after waiting eight weeks for BMC to pay for an earlier consignment.
L city Ghanzi
P full Hendrik Brink
F age 58
L city D'Kar
F date 1950s
F number 65
F duration eight weeks
O company BMC
> "My grandfather sold to BMC, my father sold to BMC. I never thought I would see Ghanzi cattle going to Gobabis," Brink said.
Q direct Hendrik Brink :: "My grandfather sold to BMC, my father sold to BMC. I never thought I would see Ghanzi cattle going to Gobabis,"
O company BMC
O company BMC
L city Ghanzi
L city Gobabis
P partial Brink
> In a statement on Wednesday, BMC said the delays were caused by "temporary cash flow constraints" after the loss of two shipments to the European Union in January, when the Department of Veterinary Services (DVS) suspended exports from Zone 6 following a foot-and-mouth scare.
O company BMC
Q direct Botswana Meat Commission :: "temporary cash flow constraints"
F number two
O intergovernmental European Union
O government Department of Veterinary Services
O government DVS
L region Zone 6
> The commission said it had paid P62 million to farmers countrywide since 1 March and would clear all outstanding payments "within the next 30 days".
F money P62 million
F date 1 March
Q direct Botswana Meat Commission :: "within the next 30 days"
F duration 30 days
> Contacted for comment, BMC chief executive officer, Dr Tebogo Masilo said the commission was also negotiating a P250 million facility with a local bank.
O company BMC
P full Tebogo Masilo
F money P250 million
> "We understand the frustration of farmers. BMC exists because of them," Masilo said. "But people must not panic-sell into Namibia. Prices will recover when the EU market opens again in April."
Q direct Tebogo Masilo :: "We understand the frustration of farmers. BMC exists because of them,"
O company BMC
P partial Masilo
Q direct Tebogo Masilo :: "But people must not panic-sell into Namibia. Prices will recover when the EU market opens again in April."
L country Namibia
O intergovernmental EU
> A BMC employee in Lobatse, who spoke on condition of anonymity, said the abattoir had cut slaughtering to three days a week. "There are days when the lines stand still," the employee said.
O company BMC
L city Lobatse
F duration three days
Q direct - :: "There are days when the lines stand still,"
> Ghanzi district has about 210,000 cattle, roughly one-tenth of the national herd, according to the Ministry of Lands and Agriculture.
L region Ghanzi
F number 210,000
F fraction one-tenth
O government Ministry of Lands and Agriculture
'''

ARTICLES['774-bissoondyal-ton-harpy-eagles-beat-windward-volcanoes-providence-super50-summarised-scores-guyana-chronicle'] = r'''
> Sport
> Bissoondyal ton powers Harpy Eagles past Volcanoes
P partial Bissoondyal
O team Harpy Eagles
O team Volcanoes
> By Latchmie Boodhoo
P full Latchmie Boodhoo
> March 4, 2038
F date March 4, 2038
> Shamar Bissoondyal celebrates his century at Providence on Tuesday. (CWI Media photo)
P full Shamar Bissoondyal
L city Providence
O media CWI Media
> SHAMAR Bissoondyal struck a maiden List A hundred as the Guyana Harpy Eagles beat the Windward Islands Volcanoes by 35 runs in the CWI Super50 Cup at the Providence Stadium on Tuesday, keeping alive their hopes of a home semi-final.
P full SHAMAR Bissoondyal
O team Guyana Harpy Eagles
O team Windward Islands Volcanoes
F number 35
O other CWI Super50 Cup
L facility Providence Stadium
> The 23-year-old left-hander made 104 off 97 balls, with nine fours and five sixes, and added 121 for the third wicket with Tevin Fredericks (63) after the hosts had slipped to 38 for two in the ninth over.
F age 23-year-old
F number 104
F number 97
F number nine
F number five
F number 121
P full Tevin Fredericks
F number 63
F score 38
F number two
> Akeem Ramcharran's brisk 38 lifted Guyana to 281 for seven, a total the Volcanoes never looked like reaching once leg-spinner Keshav Sukhai removed their captain Kenroy St Hill for 17.
P full Akeem Ramcharran
F number 38
O team Guyana
F score 281
F number seven
O team Volcanoes
P full Keshav Sukhai
P full Kenroy St Hill
F number 17
> "I just wanted to bat the 50 overs. Coach told me before the game that the pitch would get slower, so the job was to be there at the end," Bissoondyal said.
Q direct Shamar Bissoondyal :: "I just wanted to bat the 50 overs. Coach told me before the game that the pitch would get slower, so the job was to be there at the end,"
F number 50
P partial Bissoondyal
> "This one is for my mother. She was in the stand today, first time she ever come to see me play at Providence."
Q direct Shamar Bissoondyal :: "This one is for my mother. She was in the stand today, first time she ever come to see me play at Providence."
L city Providence
> Jaheim Joseph-Charles kept the visitors in the hunt with a fluent 88, but when he skied Sukhai to long-on in the 41st over the Volcanoes still needed 77 from 56 balls with four wickets in hand. They were bowled out for 246 in 46.2 overs, Sukhai finishing with 4-39.
P full Jaheim Joseph-Charles
F number 88
P partial Sukhai
O team Volcanoes
F number 77
F number 56
F number four
F score 246
F number 46.2
P partial Sukhai
F score 4-39
> Fredericks, who was stumped off the part-time spin of Dillon Mapp, said the 121-run stand had been built on hard running. "Shamar was finding the boundary, so my job was to give him the strike and keep the scoreboard moving," he said.
P partial Fredericks
P full Dillon Mapp
F number 121
Q direct Tevin Fredericks :: "Shamar was finding the boundary, so my job was to give him the strike and keep the scoreboard moving,"
P partial Shamar
> Volcanoes coach Rawlins Baptiste said his bowlers had given away "too many soft runs" at the death.
O team Volcanoes
P full Rawlins Baptiste
Q direct Rawlins Baptiste :: "too many soft runs"
> "Credit to Guyana, they batted well, but you can't give a side like this 90 runs in the last 10 overs and expect to win," he said.
Q direct Rawlins Baptiste :: "Credit to Guyana, they batted well, but you can't give a side like this 90 runs in the last 10 overs and expect to win,"
O team Guyana
F number 90
F number 10
> The win lifts the Harpy Eagles to 16 points from six matches, two behind the leaders, Barbados Pride, with the Trinidad and Tobago Red Force third on 14. The Harpy Eagles close their group campaign against the Combined Campuses and Colleges (CCC) at the same venue on Thursday.
O team Harpy Eagles
F number 16
F number six
F number two
O team Barbados Pride
O team Trinidad and Tobago Red Force
F number 14
O team Harpy Eagles
O team Combined Campuses and Colleges
O team CCC
> The Guyana Cricket Board said about 4,000 spectators attended, the biggest crowd for a one-day match at the venue since 2035.
O nonprofit Guyana Cricket Board
F number 4,000
F date 2035
> SUMMARISED SCORES
> GUYANA HARPY EAGLES 281 for 7 (50 overs) (Shamar Bissoondyal 104, Tevin Fredericks 63, Akeem Ramcharran 38; Ulric Pascal 3-47, Kenroy St Hill 2-51)
O team GUYANA HARPY EAGLES
F score 281
F number 7
F number 50
P full Shamar Bissoondyal
F number 104
P full Tevin Fredericks
F number 63
P full Akeem Ramcharran
F number 38
P full Ulric Pascal
F score 3-47
P full Kenroy St Hill
F score 2-51
> WINDWARD ISLANDS VOLCANOES 246 all out (46.2 overs) (Jaheim Joseph-Charles 88, Dillon Mapp 41, Kenroy St Hill 17; Keshav Sukhai 4-39, Romario Abrams 2-44)
O team WINDWARD ISLANDS VOLCANOES
F score 246
F number 46.2
P full Jaheim Joseph-Charles
F number 88
P full Dillon Mapp
F number 41
P full Kenroy St Hill
F number 17
P full Keshav Sukhai
F score 4-39
P full Romario Abrams
F score 2-44
> Result: Harpy Eagles won by 35 runs
O team Harpy Eagles
F number 35
> Player of the Match: Shamar Bissoondyal
P full Shamar Bissoondyal
> Points: Barbados Pride 18, Guyana Harpy Eagles 16, T&T Red Force 14, Windward Islands Volcanoes 8, CCC 4
O team Barbados Pride
F number 18
O team Guyana Harpy Eagles
F number 16
O team T&T Red Force
F number 14
O team Windward Islands Volcanoes
F number 8
O team CCC
F number 4
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
