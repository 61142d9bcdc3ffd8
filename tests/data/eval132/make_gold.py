#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval132 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval132/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['835-robertsport-canoe-fishermen-trawlers-inshore-zone-nafaa-grand-cape-mount-frontpage-africa'] = r'''
> News
> Robertsport Fishermen Say Trawlers Are Emptying Their Waters; NaFAA Promises Patrols
L city Robertsport
O government NaFAA
> By Kula S. Dorley, kdorley@frontpageafricaonline.com
P full Kula S. Dorley
> Published on April 9, 2038
F date April 9, 2038
> Fishermen pull a canoe onto the beach at Robertsport on Monday after a night at sea. Photo: Kula S. Dorley/FrontPage Africa
L city Robertsport
P full Kula S. Dorley
O media FrontPage Africa
> Robertsport, Grand Cape Mount County – Canoe fishermen in this coastal city near the Sierra Leone border say industrial trawlers are fishing inside the six-nautical-mile zone reserved for them, tearing their nets and leaving them with catches so small that some have stopped going to sea.
L city Robertsport
L region Grand Cape Mount County
L country Sierra Leone
F quantity six-nautical-mile
> "Last year, a good night could give you 200 kilos of bonga. Now we come back with 20 kilos, sometimes nothing," said Jallah Massaquoi, 47, who heads a crew of nine on a canoe he calls "God's Time". "The big boats come at night with their lights off. By morning our nets are gone."
Q direct Jallah Massaquoi :: "Last year, a good night could give you 200 kilos of bonga. Now we come back with 20 kilos, sometimes nothing,"
F quantity 200 kilos
F quantity 20 kilos
P full Jallah Massaquoi
F age 47
F number nine
Q scare - :: "God's Time"
Q direct Jallah Massaquoi :: "The big boats come at night with their lights off. By morning our nets are gone."
> Massaquoi said he lost two nets worth L$180,000 (about US$950) in March alone. He now owes a fishmonger in the Fanti Town community who advanced him money for fuel.
P partial Massaquoi
F number two
F money L$180,000
F money US$950
L city Fanti Town
> The National Fisheries and Aquaculture Authority (NaFAA) said in a statement on Tuesday that it had received "several complaints" from Grand Cape Mount County and Grand Bassa County and would deploy a patrol with the Liberia Coast Guard "in the coming days".
O government National Fisheries and Aquaculture Authority
O government NaFAA
Q direct National Fisheries and Aquaculture Authority :: "several complaints"
L region Grand Cape Mount County
L region Grand Bassa County
O government Liberia Coast Guard
Q direct National Fisheries and Aquaculture Authority :: "in the coming days"
> Under the country's fisheries regulations, industrial vessels may not fish within six nautical miles of the shore, an area reserved for the roughly 33,000 artisanal fishermen who supply most of the fish eaten in Liberia. Violators face fines of up to US$1 million.
F quantity six nautical miles
F number 33,000
L country Liberia
F money US$1 million
> NaFAA's deputy director general for technical services, Emmanuel T. Kollie, told FrontPage Africa that satellite data showed at least four trawlers "behaving suspiciously" off Cape Mount between March 20 and April 2. He named one, the Hai Feng 818, which he said had switched off its tracking system for 11 hours.
O government NaFAA
P full Emmanuel T. Kollie
O media FrontPage Africa
F number four
Q direct Emmanuel T. Kollie :: "behaving suspiciously"
L geo Cape Mount
F date March 20
F date April 2
F duration 11 hours
> "We have the data, we know the boats. What we did not have was fuel for the patrol boat. That has now been solved with support from our partners," Kollie said. He declined to say which company owns the vessel.
Q direct Emmanuel T. Kollie :: "We have the data, we know the boats. What we did not have was fuel for the patrol boat. That has now been solved with support from our partners,"
P partial Kollie
> At the landing site near Lake Piso, where women smoke fish in clay ovens for sale in Monrovia, the shortage is plain to see. A pan of smoked bonga that sold for L$2,500 in January now fetches L$4,000.
L geo Lake Piso
L city Monrovia
F money L$2,500
F money L$4,000
> "The women are the ones suffering most. We borrow to buy fish, and when the men come back empty, we have nothing to smoke and nothing to sell," said Musu Kiadii, 38, chairlady of the Robertsport Fish Smokers Association.
Q direct Musu Kiadii :: "The women are the ones suffering most. We borrow to buy fish, and when the men come back empty, we have nothing to smoke and nothing to sell,"
P full Musu Kiadii
F age 38
O nonprofit Robertsport Fish Smokers Association
> The Grand Cape Mount Artisanal Fishermen Union, which says it has 2,100 members at 14 landing sites, wants the government to place observers on every trawler and to publish the list of licensed vessels. Its secretary general, Varney Fahnbulleh, said fishermen had filmed two trawlers less than three miles from the beach on March 27.
O nonprofit Grand Cape Mount Artisanal Fishermen Union
F number 2,100
F number 14
P full Varney Fahnbulleh
F number two
F quantity three miles
F date March 27
> "We sent the videos to NaFAA and to the Coast Guard. We are waiting," Fahnbulleh said. "If nothing is done by May, our people will go out and stop those boats themselves, and that is something nobody wants."
Q direct Varney Fahnbulleh :: "We sent the videos to NaFAA and to the Coast Guard. We are waiting,"
O government NaFAA
O government Coast Guard
P partial Fahnbulleh
Q direct Varney Fahnbulleh :: "If nothing is done by May, our people will go out and stop those boats themselves, and that is something nobody wants."
> Liberia earned US$7.2 million from fishing licences in 2037, according to NaFAA's annual report, up 18 percent from 2036.
L country Liberia
F money US$7.2 million
F date 2037
O government NaFAA
F percent 18 percent
F date 2036
'''

ARTICLES['836-sopore-apple-trucks-stranded-highway-landslide-ramban-mandi-prices-greater-kashmir'] = r'''
> Kashmir
L region Kashmir
> Highway closure leaves 3,000 fruit trucks stranded, growers fear losses
F number 3,000
> Prices at Sopore mandi halve in a week; J&K Traffic Police to allow one-way movement of loaded trucks once road reopens
L city Sopore
O government J&K Traffic Police
> Irfan Rashid Mir
P full Irfan Rashid Mir
> Sopore, Publish Date: Sep 22 2038 11:36PM
L city Sopore
F date Sep 22 2038
F time 11:36PM
> Apple-laden trucks stranded on the Srinagar-Jammu National Highway near Qazigund on Wednesday. [Aamir Yasin/GK]
L street Srinagar-Jammu National Highway
L city Qazigund
P full Aamir Yasin
O media GK
> Sopore: More than 3,000 trucks loaded with apples remained stranded on the Srinagar-Jammu National Highway for the fourth consecutive day on Wednesday, as a landslide at Mehar in Ramban district kept the only all-weather road linking Kashmir with the rest of the country shut.
L city Sopore
F number 3,000
L street Srinagar-Jammu National Highway
L city Mehar
L region Ramban
L region Kashmir
> At the Sopore Fruit Mandi, Asia’s second-largest fruit market, growers said the closure had come at the peak of the harvest of the Delicious variety, and prices had fallen from Rs 900 to Rs 450 for a 16-kg box in less than a week.
L facility Sopore Fruit Mandi
L continent Asia
F money Rs 900
F money Rs 450
F quantity 16-kg
> “I have 1,200 boxes lying in the mandi since Sunday. If the road does not open in two days, half of it will be fit only for the juice factory,” said Ghulam Rasool Wani, 63, a grower from Bomai village.
Q direct Ghulam Rasool Wani :: “I have 1,200 boxes lying in the mandi since Sunday. If the road does not open in two days, half of it will be fit only for the juice factory,”
F number 1,200
F duration two days
F fraction half
P full Ghulam Rasool Wani
F age 63
L city Bomai
> Wani said he had taken a loan of Rs 3.5 lakh from Jammu and Kashmir Bank to buy fertiliser and pesticides this season. “Every year it is the same story. We grow the best apples in India and they rot on the road,” he said.
P partial Wani
F money Rs 3.5 lakh
O company Jammu and Kashmir Bank
Q direct Ghulam Rasool Wani :: “Every year it is the same story. We grow the best apples in India and they rot on the road,”
L country India
> The Sopore Fruit Growers and Dealers Association estimated the loss to growers at Rs 40 crore since Sunday. Its president, Fayaz Ahmad Malik, said 8 lakh boxes were waiting to be dispatched from north Kashmir alone.
O nonprofit Sopore Fruit Growers and Dealers Association
F money Rs 40 crore
P full Fayaz Ahmad Malik
F number 8 lakh
L region Kashmir
> “The trucks that left Sopore on Saturday are still at Qazigund. The fruit is sitting in the sun at 28 degrees, and traders in Azadpur are already cancelling orders,” Malik said, referring to the wholesale market in Delhi. “Every hour of delay means a lower rate.
Q direct Fayaz Ahmad Malik :: “The trucks that left Sopore on Saturday are still at Qazigund. The fruit is sitting in the sun at 28 degrees, and traders in Azadpur are already cancelling orders,”
L city Sopore
L city Qazigund
F quantity 28 degrees
L facility Azadpur
P partial Malik
L city Delhi
Q direct Fayaz Ahmad Malik :: “Every hour of delay means a lower rate.
> “Our demand is simple: fruit trucks should get priority over everything else until the backlog is cleared.”
Q direct Fayaz Ahmad Malik :: “Our demand is simple: fruit trucks should get priority over everything else until the backlog is cleared.”
> A trader at the mandi, who did not want to be named, said some commission agents had stopped advancing money to growers. “Nobody wants to buy fruit that cannot move,” he said.
Q direct - :: “Nobody wants to buy fruit that cannot move,”
> Officials said the landslide, triggered by 74 mm of rain on Saturday night, had buried a 150-metre stretch of the road. Deputy Commissioner Ramban, Shabnam Kour, said the Border Roads Organisation and the National Highways Authority of India (NHAI) had deployed 11 machines at the spot.
F quantity 74 mm
F quantity 150-metre
L region Ramban
P full Shabnam Kour
O government Border Roads Organisation
O government National Highways Authority of India
O government NHAI
F number 11
> “Restoration work is going on round the clock. We hope to make one lane motorable by Thursday morning,” she said.
Q direct Shabnam Kour :: “Restoration work is going on round the clock. We hope to make one lane motorable by Thursday morning,”
F number one
> In an advisory, the J&K Traffic Police said only loaded fruit trucks would be allowed to move from Qazigund towards Jammu once the road is cleared, and that the Mughal Road, which connects Shopian with Poonch, would stay open for light vehicles till 4 pm daily.
O government J&K Traffic Police
L city Qazigund
L city Jammu
L street Mughal Road
L city Shopian
L city Poonch
F time 4 pm
> Growers in south Kashmir’s Shopian and Pulwama districts, where the harvest begins later, said they were holding back picking. “We are keeping the apples on the trees for another week. It is a risk, because snow can come any day in October,” said Showkat Ahmad Bhat, an orchardist in Kellar.
L region Kashmir
L region Shopian
L region Pulwama
Q direct Showkat Ahmad Bhat :: “We are keeping the apples on the trees for another week. It is a risk, because snow can come any day in October,”
P full Showkat Ahmad Bhat
L city Kellar
> Kashmir produces about 20 lakh metric tonnes of apples a year, and horticulture supports nearly 7 lakh families in the Union Territory, according to the Department of Horticulture.
L region Kashmir
F quantity 20 lakh metric tonnes
F number 7 lakh
O government Department of Horticulture
'''

ARTICLES['837-kenya-lionesses-beat-uganda-32-12-rugby-africa-womens-cup-semi-final-rfuea-standard'] = r'''
> Sports
> Lionesses roar past Lady Cranes to book Rugby Africa Women's Cup final
O team Lionesses
O team Lady Cranes
> Kenya ran in five tries at the RFUEA Ground to set up a title decider against South Africa on Saturday
O team Kenya
F number five
L facility RFUEA Ground
O team South Africa
> By Mercy Nyambura | Jun 20th 2038 | 3 min read
P full Mercy Nyambura
F date Jun 20th 2038
F duration 3 min
> Kenya Lionesses' Diana Wanjiru breaks through the Uganda defence during their Rugby Africa Women's Cup semi-final at the RFUEA Ground, Nairobi on June 19, 2038. [Denish Ochieng, Standard]
O team Kenya Lionesses
P full Diana Wanjiru
O team Uganda
L facility RFUEA Ground
L city Nairobi
F date June 19, 2038
P full Denish Ochieng
O media Standard
> Kenya Lionesses booked a place in the Rugby Africa Women's Cup final for the third time in four years after beating Uganda 32-12 in a one-sided semi-final at the RFUEA Ground on Ngong Road yesterday.
O team Kenya Lionesses
F duration four years
O team Uganda
F score 32-12
L facility RFUEA Ground
L street Ngong Road
> Uganda struck first through centre Sarah Nabwire Akello, whose sixth-minute try was converted by Joan Atim, but Kenya answered with tries from Wanjiru and fly-half Mercy Chepngetich, who also kicked a conversion and a penalty to give the hosts a 15-7 lead at the break.
O team Uganda
P full Sarah Nabwire Akello
P full Joan Atim
O team Kenya
P partial Wanjiru
P full Mercy Chepngetich
F score 15-7
> The Lionesses pulled away in the second half. Wanjiru went over for her second, replacement hooker Faith Chebet Koech crashed over from a lineout drive, and captain Grace Adhiambo converted her own try in the 71st minute. Uganda's only reply was a late try by wing Brenda Namutebi.
O team Lionesses
P partial Wanjiru
P full Faith Chebet Koech
P full Grace Adhiambo
O team Uganda
P full Brenda Namutebi
> Wanjiru, who scored twice, was named player of the match. The 22-year-old from Kakamega had missed the opening win over Madagascar with a hamstring injury.
P partial Wanjiru
F age 22-year-old
L city Kakamega
O team Madagascar
> "I was not sure I would be fit, so I just wanted to enjoy every minute. The forwards gave us quick ball all afternoon," Wanjiru said.
Q direct Diana Wanjiru :: "I was not sure I would be fit, so I just wanted to enjoy every minute. The forwards gave us quick ball all afternoon,"
P partial Wanjiru
> Lady Cranes head coach Peter Ssemakula said his side had paid for their indiscipline after two players were sent to the sin-bin before half-time. "We gave them 14 penalties. You cannot do that against a team like Kenya and expect to stay in the game," he said. "The girls showed heart, but heart is not enough at this level."
O team Lady Cranes
P full Peter Ssemakula
F number two
Q direct Peter Ssemakula :: "We gave them 14 penalties. You cannot do that against a team like Kenya and expect to stay in the game,"
F number 14
O team Kenya
Q direct Peter Ssemakula :: "The girls showed heart, but heart is not enough at this level."
> Kenya will face South Africa, who beat Madagascar 41-5 in the other semi-final, in Saturday's final at the same venue. The winner qualifies for WXV 3 later in the year.
O team Kenya
O team South Africa
O team Madagascar
F score 41-5
> Lionesses coach Dennis Mwangi Kariuki said South Africa, who have won the title seven times, would start as favourites. "They are the benchmark in Africa, but we have closed the gap. On our day, at home, in front of our fans, anything can happen," he said.
O team Lionesses
P full Dennis Mwangi Kariuki
O team South Africa
F number seven
Q direct Dennis Mwangi Kariuki :: "They are the benchmark in Africa, but we have closed the gap. On our day, at home, in front of our fans, anything can happen,"
L continent Africa
> Kariuki said he would wait until Thursday to decide on prop Esther Moraa, who went off in the 50th minute with a knee injury.
P partial Kariuki
P full Esther Moraa
> The Kenya Rugby Union (KRU) said 4,800 fans watched the semi-final, and that tickets for the final would cost Sh200 for the terraces and Sh1,000 for the main stand.
O nonprofit Kenya Rugby Union
O nonprofit KRU
F number 4,800
F money Sh200
F money Sh1,000
> SCORERS
> Kenya: Tries: Wanjiru 2, Chepngetich, Koech, Adhiambo; Cons: Chepngetich, Adhiambo; Pen: Chepngetich
O team Kenya
P partial Wanjiru
F number 2
P partial Chepngetich
P partial Koech
P partial Adhiambo
P partial Chepngetich
P partial Adhiambo
P partial Chepngetich
> Uganda: Tries: Akello, Namutebi; Con: Atim
O team Uganda
P partial Akello
P partial Namutebi
P partial Atim
'''

ARTICLES['838-danube-record-low-budapest-mohacs-ferry-halted-cruise-ships-hungary-today'] = r'''
> Danube Drops to Record Low in Budapest, Mohács Ferry Halted
L geo Danube
L city Budapest
L city Mohács
> Hungary Today 2038.08.17.
O media Hungary Today
F date 2038.08.17
> The Danube at Budapest’s Vigadó Square on Monday. Photo: MTI/Kertész Áron
L geo Danube
L city Budapest
L street Vigadó Square
O media MTI
P full Kertész Áron
> The water level of the Danube at Budapest fell to 31 centimeters on Monday morning, the lowest since measurements began in 1876, the National Directorate General for Water Management (OVF) announced.
L geo Danube
L city Budapest
F quantity 31 centimeters
F date 1876
O government National Directorate General for Water Management
O government OVF
> The previous record, 34 centimeters, was set in August 2036, and hydrologists expect the river to fall by a further 5 to 10 centimeters by the weekend, as there has been almost no rain in the upper catchment in Germany and Austria for seven weeks.
F quantity 34 centimeters
F date August 2036
F quantity 5
F quantity 10 centimeters
L country Germany
L country Austria
F duration seven weeks
> In the south of the country, the ferry between Mohács and Újmohács stopped running on Sunday after its landing ramps no longer reached the water. The ferry is the only river crossing on the 90-kilometer stretch between the Türr István Bridge in Baja and the Serbian border, and about 1,400 people and 300 vehicles used it on an average summer day.
L city Mohács
L city Újmohács
F quantity 90-kilometer
L facility Türr István Bridge
L city Baja
F number 1,400
F number 300
> “We have pushed the ramps out as far as they go. Another 20 centimeters and the ferry would sit on the riverbed,” said Gergely Tóth-Vadász, managing director of Mohácsi Rév Kft., the town-owned company that runs the service. Commuters from the island now face a detour of 76 kilometers through Baja, he added.
Q direct Gergely Tóth-Vadász :: “We have pushed the ramps out as far as they go. Another 20 centimeters and the ferry would sit on the riverbed,”
F quantity 20 centimeters
P full Gergely Tóth-Vadász
O company Mohácsi Rév Kft.
F quantity 76 kilometers
L city Baja
> Mohács mayor Krisztina Hajdú-Bognár said the town would run a free minibus to Baja three times a day for workers and pupils from Újmohács and Homorúd. She called the situation “unprecedented in living memory”.
L city Mohács
P full Krisztina Hajdú-Bognár
L city Baja
F number three
L city Újmohács
L city Homorúd
Q direct Krisztina Hajdú-Bognár :: “unprecedented in living memory”
> Shipping has also been hit. The Hungarian Shipping Association said river cruise ships with a draught of more than 1.6 meters could no longer pass the shallow sections at Nagymaros and Dunaföldvár, and some operators have begun ending their cruises in Vienna or Bratislava and taking passengers on to Budapest by bus.
O nonprofit Hungarian Shipping Association
F quantity 1.6 meters
L city Nagymaros
L city Dunaföldvár
L city Vienna
L city Bratislava
L city Budapest
> “A third of the cruises booked for the rest of August will not reach Hungary by water,” the association’s secretary general, Levente Pintér, told Hungary Today. “Every ship that turns around in Vienna means 150 guests who do not sleep, eat or shop here.
Q direct Levente Pintér :: “A third of the cruises booked for the rest of August will not reach Hungary by water,”
F fraction A third
L country Hungary
P full Levente Pintér
O media Hungary Today
Q direct Levente Pintér :: “Every ship that turns around in Vienna means 150 guests who do not sleep, eat or shop here.
L city Vienna
F number 150
> “If this lasts into September, the loss to ports and suppliers will be at least EUR 4 million, or about HUF 1.6 billion.”
Q direct Levente Pintér :: “If this lasts into September, the loss to ports and suppliers will be at least EUR 4 million, or about HUF 1.6 billion.”
F money EUR 4 million
F money HUF 1.6 billion
> The Paks Nuclear Power Plant, which takes its cooling water from the Danube, said its operation was “not affected in any way”. Under its licence, the water it returns to the river may not be warmer than 30 degrees Celsius.
O company Paks Nuclear Power Plant
L geo Danube
Q direct Paks Nuclear Power Plant :: “not affected in any way”
F quantity 30 degrees Celsius
> According to HungaroMet, the national weather service, no significant rain is expected before August 27. Farmers along the river have been banned from drawing irrigation water since August 8, and a fine of HUF 500,000 applies to anyone caught pumping from the Danube or its side branches.
O government HungaroMet
F date August 27
F date August 8
F money HUF 500,000
L geo Danube
> The low water has also exposed wide sandbanks near Esztergom and on Szentendre Island, where police rescued two people who had been cut off by the current on Saturday.
L city Esztergom
L geo Szentendre Island
F number two
> via MTI, Telex
O media MTI
O media Telex
'''

ARTICLES['839-tenby-rnli-lifeboats-launched-twice-kayakers-caldey-swimmer-giltar-point-tenby-observer'] = r'''
> 'Check the tide times before you go out': Tenby lifeboats launched twice in an hour
Q direct Siân Harries-Griffith :: 'Check the tide times before you go out'
L city Tenby
> Three kayakers and a swimmer rescued off Caldey Island and Giltar Point on busiest afternoon of the summer
F number Three
L geo Caldey Island
L geo Giltar Point
> By Carys Llewellyn-Phelps
P full Carys Llewellyn-Phelps
> Monday 2nd August 2038 10:15 am
F date 2nd August 2038
F time 10:15 am
> Tenby's inshore lifeboat returns to the station at Castle Beach after Saturday's rescue. (Picture: RNLI/Aled Morgan-Rees)
L city Tenby
L geo Castle Beach
O nonprofit RNLI
P full Aled Morgan-Rees
> TENBY'S two lifeboats were launched within an hour of each other on Saturday afternoon to rescue three kayakers who had been swept towards Caldey Island and a swimmer in difficulty off Giltar Point.
L city TENBY
F number two
F number three
L geo Caldey Island
L geo Giltar Point
> The volunteer crew of the D-class inshore lifeboat Ken and Mary Owen was paged at 2.42pm after a walker on Penally beach saw the kayakers drifting south on a strong ebb tide.
F time 2.42pm
L city Penally
> Helmsman Rhodri ap Gwilym said the three, a father and two teenagers from Swansea, had been paddling for about 40 minutes when they lost sight of each other in a sea mist.
P full Rhodri ap Gwilym
F number three
F number two
L city Swansea
F duration 40 minutes
> "By the time we reached them they were more than a mile apart and one of the boys was in the water, holding on to his kayak. They had buoyancy aids on, which made all the difference," he said.
Q direct Rhodri ap Gwilym :: "By the time we reached them they were more than a mile apart and one of the boys was in the water, holding on to his kayak. They had buoyancy aids on, which made all the difference,"
> All three were brought back to the lifeboat station and checked by the Welsh Ambulance Service, but none needed hospital treatment.
F number three
O government Welsh Ambulance Service
> While the inshore crew were still at sea, Milford Haven Coastguard asked for the all-weather lifeboat to be launched to a swimmer reported in difficulty 300 metres off Giltar Point. The Tamar-class lifeboat reached him at 3.31pm, and he was flown to Morriston Hospital in Swansea by the coastguard helicopter Rescue 187 from St Athan.
O government Milford Haven Coastguard
F quantity 300 metres
L geo Giltar Point
F time 3.31pm
O other Morriston Hospital
L city Swansea
L city St Athan
> The man, aged 67, was said to be in a stable condition on Sunday.
F age 67
> Earlier in the day the inshore crew had been put on standby when a paddleboarder was reported missing off Saundersfoot, but she was found safe on the beach at Monkstone Point within 20 minutes, the coastguard said.
L city Saundersfoot
L geo Monkstone Point
F duration 20 minutes
> Sailings to Caldey from Tenby harbour were held back for two hours during the rescue, Caldey Ferries Ltd said.
L geo Caldey
L city Tenby
F duration two hours
O company Caldey Ferries Ltd
> Tenby RNLI lifeboat operations manager Siân Harries-Griffith said Saturday's shouts were the station's 41st and 42nd launches of the year, against 38 in the whole of 2037.
O nonprofit Tenby RNLI
P full Siân Harries-Griffith
F number 38
F date 2037
> "Caldey Sound can look like a millpond from the beach, but the tide runs through it at up to four knots on a spring ebb," she said. "Check the tide times before you go out, tell someone where you are going, and if you see someone in trouble, dial 999 and ask for the coastguard."
Q direct Siân Harries-Griffith :: "Caldey Sound can look like a millpond from the beach, but the tide runs through it at up to four knots on a spring ebb,"
L geo Caldey Sound
F quantity four knots
Q direct Siân Harries-Griffith :: "Check the tide times before you go out, tell someone where you are going, and if you see someone in trouble, dial 999 and ask for the coastguard."
> The station has 36 volunteer crew, eight of whom joined in the past 12 months. It will hold an open day at the boathouse on Sunday 15th August from 11am to 3pm, with a demonstration launch at 1pm if the tide allows.
F number 36
F number eight
F duration 12 months
F date 15th August
F time 11am
F time 3pm
F time 1pm
'''

ARTICLES['840-coffin-bay-oyster-harvest-closed-sewage-overflow-port-douglas-pirsa-port-lincoln-times'] = r'''
> Coffin Bay oyster harvest halted after sewage overflow, growers count the cost
L city Coffin Bay
> Growers say the closure could cost the industry $1.5 million, as PIRSA waits on test results
F money $1.5 million
O government PIRSA
> By Tahlia Marsh
P full Tahlia Marsh
> March 17 2039 - 5:40pm
F date March 17 2039
F time 5:40pm
> Oyster grower Nathan Kourakis at his lease in Kellidie Bay, Coffin Bay, on Thursday. Picture by Tahlia Marsh
P full Nathan Kourakis
L geo Kellidie Bay
L city Coffin Bay
P full Tahlia Marsh
> The harvest of oysters from Coffin Bay has been halted for at least seven days after a pump failure at the town's wastewater plant sent an estimated 90,000 litres of partly treated sewage into Port Douglas on Tuesday night.
L geo Coffin Bay
F duration seven days
F quantity 90,000 litres
L geo Port Douglas
> Primary Industries and Regions SA (PIRSA) closed all 12 harvest areas in the bay on Wednesday morning under the South Australian Shellfish Quality Assurance Program, and said they would stay shut until two rounds of water and flesh samples came back clear.
O government Primary Industries and Regions SA
O government PIRSA
F number 12
F number two
> "Public health comes first. No oysters will leave Coffin Bay until we are confident they are safe," a PIRSA spokesperson said.
Q direct - :: "Public health comes first. No oysters will leave Coffin Bay until we are confident they are safe,"
L city Coffin Bay
O government PIRSA
> The District Council of Lower Eyre Peninsula, which runs the plant, said a float switch had failed on one of its two pumps at about 9.30pm and an alarm had not reached the on-call operator.
O government District Council of Lower Eyre Peninsula
F number two
F time 9.30pm
> Mayor Kerryn Tiggemann said the council was "deeply sorry" and would pay for an independent review.
P full Kerryn Tiggemann
Q direct Kerryn Tiggemann :: "deeply sorry"
> "We know what this means for the growers and their families. We will not hide from it," she said.
Q direct Kerryn Tiggemann :: "We know what this means for the growers and their families. We will not hide from it,"
> About 20 growers farm Pacific oysters in Coffin Bay, Kellidie Bay and Mount Dutton Bay, producing about 54 million oysters a year, or roughly a third of South Australia's crop.
F number 20
L geo Coffin Bay
L geo Kellidie Bay
L geo Mount Dutton Bay
F number 54 million
F fraction a third
L region South Australia
> Mr Kourakis, whose family has farmed in Kellidie Bay since 1991, said he had 30,000 dozen oysters ready for Easter orders in Sydney and Melbourne.
P partial Kourakis
L geo Kellidie Bay
F date 1991
F number 30,000 dozen
L city Sydney
L city Melbourne
> "Every day we can't sell, the oysters keep growing and some will be too big for the half-shell market. At $1.10 an oyster at the farm gate, you do the sums," he said.
Q direct Nathan Kourakis :: "Every day we can't sell, the oysters keep growing and some will be too big for the half-shell market. At $1.10 an oyster at the farm gate, you do the sums,"
F money $1.10
> The South Australian Oyster Growers Association (SAOGA) said it was the third closure at Coffin Bay in five years, after heavy rain in 2035 and a norovirus scare in 2037. Its executive officer, Bree Dunstan, said growers could not insure against lost sales from a closure.
O nonprofit South Australian Oyster Growers Association
O nonprofit SAOGA
L city Coffin Bay
F duration five years
F date 2035
F date 2037
P full Bree Dunstan
> "Our growers did nothing wrong here. They should not be carrying the cost of a council's broken pump," she said, adding that SAOGA would ask the state government for relief payments of up to $5000 per business.
Q direct Bree Dunstan :: "Our growers did nothing wrong here. They should not be carrying the cost of a council's broken pump,"
O nonprofit SAOGA
F money $5000
> SA Health said no illnesses had been reported and people who had eaten oysters bought before Tuesday did not need to take any action. Results of the first round of testing are expected on Monday.
O government SA Health
> Tourism operators in the town, which grows from about 600 residents to more than 4000 people over the Easter long weekend, said visitors were still welcome.
F number 600
F number 4000
> "The fish are still biting, the cafes are open and the water's as pretty as ever. Just don't order the oysters this week," Coffin Bay Progress Association president Denise Appelt said.
Q direct Denise Appelt :: "The fish are still biting, the cafes are open and the water's as pretty as ever. Just don't order the oysters this week,"
O nonprofit Coffin Bay Progress Association
P full Denise Appelt
> Oysters from Port Lincoln, 50 kilometres to the north-east, and from Smoky Bay and Streaky Bay on the west coast are not affected by the closure.
L city Port Lincoln
F quantity 50 kilometres
L geo Smoky Bay
L geo Streaky Bay
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
