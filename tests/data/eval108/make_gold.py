#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval108 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval108/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['691-tongo-field-diamond-pit-collapse-seven-diggers-lalehun-nma-suspends-lower-bambara-awoko'] = r'''
> Mining
> Seven Diggers Die As Diamond Pit Caves In At Tongo Field
F number Seven
L city Tongo Field
> By Sia Kumba Ngaujah
P full Sia Kumba Ngaujah
> March 16, 2039
F date March 16, 2039
> Volunteers search the collapsed pit at Lalehun, Tongo Field, on Tuesday evening. Photo: Sia Kumba Ngaujah
L city Lalehun
L city Tongo Field
P full Sia Kumba Ngaujah
> Seven artisanal miners, two of them boys aged 15 and 16, were killed on Tuesday when the gravel walls of a diamond pit caved in on them at Lalehun village in Lower Bambara Chiefdom, Kenema District.
F number Seven
F number two
F age 15
F age 16
L city Lalehun
L region Lower Bambara Chiefdom
L region Kenema District
> Three other diggers were pulled out alive after a search of more than four hours by community youths, officers of the Sierra Leone Police and the National Fire Force, and were rushed to the Panguma Catholic Hospital.
F number Three
F duration four hours
O government Sierra Leone Police
O government National Fire Force
O other Panguma Catholic Hospital
> The hospital’s medical superintendent, Dr. Kadiatu Mansaray-Bah, told Awoko on Wednesday that one of the survivors, a 19-year-old, was still in a critical condition with a broken pelvis, while the other two had been treated and discharged.
P full Kadiatu Mansaray-Bah
O media Awoko
F age 19-year-old
F number two
> The deceased were identified by the police as Sahr Mustapha Koroma (34), Joseph Lahai (22), Mohamed Bangura (41), Ibrahim Kamara (29), Alusine Swaray (38), Foday Vandi (16) and Komba Kallon (15).
P full Sahr Mustapha Koroma
F age 34
P full Joseph Lahai
F age 22
P full Mohamed Bangura
F age 41
P full Ibrahim Kamara
F age 29
P full Alusine Swaray
F age 38
P full Foday Vandi
F age 16
P full Komba Kallon
F age 15
> According to the town chief of Lalehun, Pa Brima Kamara Sesay, the pit was about 40 feet deep and was being worked by a gang of 16 diggers for a “supporter”, the local name for the financier who pays the diggers and holds the licence for the plot.
L city Lalehun
P full Brima Kamara Sesay
F quantity 40 feet
F number 16
Q scare - :: “supporter”
> “It rained for two days and the gravel wall was soft. I warned them on Monday not to work under it, but they said the gravel was good there,” Pa Sesay said.
Q direct Brima Kamara Sesay :: “It rained for two days and the gravel wall was soft. I warned them on Monday not to work under it, but they said the gravel was good there,”
F duration two days
P partial Sesay
> One of the survivors, Musa Kpaka Lahai, 27, who was pulled out after nearly two hours, said the wall came down without warning.
P full Musa Kpaka Lahai
F age 27
F duration two hours
> “We were washing gravel at the bottom. I heard a sound like thunder and then everything was dark. My head was outside, that is why I am alive. Joseph was next to me,” he said from his hospital bed.
Q direct Musa Kpaka Lahai :: “We were washing gravel at the bottom. I heard a sound like thunder and then everything was dark. My head was outside, that is why I am alive. Joseph was next to me,”
P partial Joseph
> NMA suspends mining
O government NMA
> In a press release dated March 15, 2039, the National Minerals Agency (NMA) said it had suspended “with immediate effect” all artisanal mining within a 2km radius of the pit for 30 days, pending an investigation by its mines monitoring officers.
F date March 15, 2039
O government National Minerals Agency
O government NMA
Q direct National Minerals Agency :: “with immediate effect”
F quantity 2km
F duration 30 days
> “The Agency reminds all licence holders that pits must be benched and that no digger should be allowed to work under an overhanging wall. Licences of operators found to be in breach will be cancelled,” the release said.
Q direct National Minerals Agency :: “The Agency reminds all licence holders that pits must be benched and that no digger should be allowed to work under an overhanging wall. Licences of operators found to be in breach will be cancelled,”
O government Agency
> The Director General of the NMA, Ing. Fodei Sandi Kamara, who visited Lalehun on Wednesday, told journalists that the agency had only 11 monitoring officers for the whole of Kenema District, “which is not enough for more than 1,400 licensed plots”.
O government NMA
P full Fodei Sandi Kamara
L city Lalehun
F number 11
L region Kenema District
Q direct Fodei Sandi Kamara :: “which is not enough for more than 1,400 licensed plots”
F number 1,400
> The Paramount Chief of Lower Bambara Chiefdom, PC Alhaji Brima Kowa Gbakima III, declared three days of mourning and said the chiefdom administration would give NLe5,000 to each bereaved family for the burial.
L region Lower Bambara Chiefdom
P full Brima Kowa Gbakima III
F duration three days
F money NLe5,000
> “Diamonds have given this chiefdom a name, but they have also taken our children. From today, no boy under 18 will enter any pit in Lower Bambara,” PC Gbakima said.
Q direct Brima Kowa Gbakima III :: “Diamonds have given this chiefdom a name, but they have also taken our children. From today, no boy under 18 will enter any pit in Lower Bambara,”
F age 18
L region Lower Bambara
P partial Gbakima
> ‘The digger pays with his life’
Q direct Ansu Vandi Massaquoi :: ‘The digger pays with his life’
> The Secretary General of the Tongo Field Diggers Union, Ansu Vandi Massaquoi, blamed supporters for paying diggers NLe40 a day “and a cup of rice” while refusing to spend money on timber, pumps or safety gear.
O nonprofit Tongo Field Diggers Union
P full Ansu Vandi Massaquoi
F money NLe40
Q direct Ansu Vandi Massaquoi :: “and a cup of rice”
> “The supporters want quick diamonds. Nobody buys timber, nobody buys a pump, and when the pit falls it is the digger who pays with his life,” he said.
Q direct Ansu Vandi Massaquoi :: “The supporters want quick diamonds. Nobody buys timber, nobody buys a pump, and when the pit falls it is the digger who pays with his life,”
> A senior police officer in Kenema, who asked not to be named because investigations were ongoing, said the licence holder, a businessman based in Bo, had been “invited” for questioning.
L city Kenema
L city Bo
Q direct - :: “invited”
> “He is cooperating with us. Nobody has been charged yet,” the officer said.
Q direct - :: “He is cooperating with us. Nobody has been charged yet,”
> Tongo Field, about 60 kilometres north of Kenema town, has been mined for diamonds since the 1950s and was one of the most fought-over areas of the civil war. According to the NMA, Sierra Leone exported diamonds worth US$162 million in 2038, about 22 per cent of them from artisanal mines in Kenema and Kono districts.
L city Tongo Field
F quantity 60 kilometres
L city Kenema
F date 1950s
O government NMA
L country Sierra Leone
F money US$162 million
F date 2038
F percent 22 per cent
L region Kenema
L region Kono
> The seven were buried at Lalehun on Wednesday afternoon. The Ministry of Mines and Mineral Resources said in a statement from Freetown that the minister would visit the chiefdom on Friday.
F number seven
L city Lalehun
O government Ministry of Mines and Mineral Resources
L city Freetown
'''

ARTICLES['692-newgale-shingle-bank-will-not-be-rebuilt-storm-gwenllian-brandy-brook-nrw-western-telegraph'] = r'''
> News
> Newgale shingle bank 'will not be rebuilt' after Storm Gwenllian breach
L city Newgale
Q direct Natural Resources Wales :: 'will not be rebuilt'
> Residents say they feel 'abandoned' after the storm pushed the pebble ridge up to 30 metres inland and flooded six homes in the Brandy Brook valley
Q direct Siân Ifans-Bowen :: 'abandoned'
F quantity 30 metres
F number six
L geo Brandy Brook
> By Elin Rhys-Mathias
P full Elin Rhys-Mathias
> Reporter
> 4:52pm 11th January 2039
F time 4:52pm
F date 11th January 2039
> The breached shingle bank at Newgale on Monday morning, with the closed coast road behind it. Picture: Pembrokeshire County Council
L city Newgale
O government Pembrokeshire County Council
> NEWGALE residents say they have been left to fend for themselves after Natural Resources Wales (NRW) confirmed that the shingle bank breached by Storm Gwenllian will not be rebuilt.
L city NEWGALE
O government Natural Resources Wales
O government NRW
> The storm brought gusts of up to 84mph to the Pembrokeshire coast on Sunday night, and its peak coincided with a 7.1m spring tide at Milford Haven at 11.05pm.
F quantity 84mph
L region Pembrokeshire
F quantity 7.1m
L city Milford Haven
F time 11.05pm
> Waves pushed the ridge up to 30 metres inland along a 400-metre stretch of St Brides Bay, and seawater poured over the old A487 into the Brandy Brook valley, flooding six homes, the campsite and the beach café.
F quantity 30 metres
F quantity 400-metre
L geo St Brides Bay
L street A487
L geo Brandy Brook
F number six
> The crew of the Little and Broad Haven RNLI inshore lifeboat and firefighters from Haverfordwest helped two people out of a flooded bungalow at 11.40pm, Mid and West Wales Fire and Rescue Service said.
O nonprofit Little and Broad Haven RNLI
L city Haverfordwest
F number two
F time 11.40pm
O government Mid and West Wales Fire and Rescue Service
> Siân Ifans-Bowen, 71, who has lived at Newgale for 46 years, told the Western Telegraph: "We feel abandoned. When they moved the main road inland in 2031 they told us the bank would be 'managed'. Managed retreat, they call it.
P full Siân Ifans-Bowen
F age 71
L city Newgale
F duration 46 years
O media Western Telegraph
Q direct Siân Ifans-Bowen :: "We feel abandoned. When they moved the main road inland in 2031 they told us the bank would be 'managed'. Managed retreat, they call it.
F date 2031
> "Nobody told us it was us they were retreating from."
Q direct Siân Ifans-Bowen :: "Nobody told us it was us they were retreating from."
> In a statement on Tuesday, NRW said the bank "will not be rebuilt to its old line" and would be left to settle further landward, as its own coastal modelling has recommended since the 2020s.
O government NRW
Q direct Natural Resources Wales :: "will not be rebuilt to its old line"
F date 2020s
> Huw Penri-Lloyd, NRW's operations manager for south-west Wales, said: "Newgale is a naturally mobile shingle barrier. It has been rolling landward for thousands of years, and every time it has been pushed back by machine it has come back over the road within a few winters.
P full Huw Penri-Lloyd
O government NRW
L country Wales
Q direct Huw Penri-Lloyd :: "Newgale is a naturally mobile shingle barrier. It has been rolling landward for thousands of years, and every time it has been pushed back by machine it has come back over the road within a few winters.
L city Newgale
> "Rebuilding it would cost well over £2m and would buy the valley perhaps five years. We would rather spend that money helping people to adapt."
Q direct Huw Penri-Lloyd :: "Rebuilding it would cost well over £2m and would buy the valley perhaps five years. We would rather spend that money helping people to adapt."
F money £2m
F duration five years
> Road shut 'until further notice'
Q direct Pembrokeshire County Council :: 'until further notice'
> Pembrokeshire County Council said the old coast road between Newgale and Penycwm, which has carried only local traffic since the new A487 opened, would stay closed "until further notice".
O government Pembrokeshire County Council
L city Newgale
L city Penycwm
L street A487
Q direct Pembrokeshire County Council :: "until further notice"
> The council's cabinet member for residents' services, Cllr Rhodri ap Gwilym (Independent), said £240,000 had been set aside for temporary flood barriers and pumps at the mouth of Brandy Brook, and that officers would visit every household in the valley this week.
P full Rhodri ap Gwilym
F money £240,000
L geo Brandy Brook
> "We cannot hold back the sea at Newgale, but we will not leave anybody on their own with it either," he said.
Q direct Rhodri ap Gwilym :: "We cannot hold back the sea at Newgale, but we will not leave anybody on their own with it either,"
L city Newgale
> Ceredigion Penfro MS Mererid Llwyd-Harries said she would raise the village's case in the Senedd on Wednesday, and called on the Welsh Government to set up a fund to buy homes "that are now on the wrong side of the shingle".
L region Ceredigion Penfro
P full Mererid Llwyd-Harries
O government Senedd
O government Welsh Government
Q direct Mererid Llwyd-Harries :: "that are now on the wrong side of the shingle"
> The Welsh Government said £1.2m from its Coastal Risk Management Programme had been spent at Newgale since 2031 and that it would "consider any request from Pembrokeshire County Council carefully".
O government Welsh Government
F money £1.2m
L city Newgale
F date 2031
Q direct Welsh Government :: "consider any request from Pembrokeshire County Council carefully"
O government Pembrokeshire County Council
> Newgale, known in Welsh as Niwgwl, sits at the northern end of a two-mile beach between Roch and Solva and is one of the busiest surfing beaches in the Pembrokeshire Coast National Park.
L city Newgale
L city Niwgwl
F quantity two-mile
L city Roch
L city Solva
L geo Pembrokeshire Coast National Park
> The Met Office has issued a yellow warning for wind for west Wales from 6pm on Thursday until 9am on Friday.
O government Met Office
L country Wales
F time 6pm
F time 9am
> Are you affected by the flooding at Newgale? Email newsdesk@westerntelegraph.co.uk
L city Newgale
'''

ARTICLES['693-tiwi-bombers-st-marys-ntfl-grand-final-13-10-88-12-11-83-kerinaiua-tio-stadium-nt-news'] = r'''
> NTFL
O other NTFL
> Bombers end 12-year wait with grand final thriller over Saints
O team Bombers
F duration 12-year
O team Saints
> The Tiwi Bombers have won their first NTFL premiership since 2027, holding off a late St Mary’s charge to win by five points in front of 6214 fans at TIO Stadium
O team Tiwi Bombers
O other NTFL
F date 2027
O team St Mary’s
F number five
F number 6214
L facility TIO Stadium
> Jarrah McInnes-Tait
P full Jarrah McInnes-Tait
> March 20, 2039 - 6:00AM
F date March 20, 2039
F time 6:00AM
> Tiwi Bombers captain Cyprian Puruntatameri lifts the premiership cup after Saturday night’s grand final at TIO Stadium. Picture: Keely Dunstan-Ryan
O team Tiwi Bombers
P full Cyprian Puruntatameri
L facility TIO Stadium
P full Keely Dunstan-Ryan
> FOR 12 years the Tiwi Islands waited for this. On Saturday night, in front of 6214 fans at TIO Stadium, the Tiwi Bombers finally got their hands on the NTFL premiership cup again.
F duration 12 years
L geo Tiwi Islands
F number 6214
L facility TIO Stadium
O team Tiwi Bombers
O other NTFL
> Teenager Bonaventure Kerinaiua kicked the winning goal with 52 seconds left as the Bombers came from 25 points down at half-time to beat St Mary’s 13.10 (88) to 12.11 (83) in one of the great Marrara grand finals.
P full Bonaventure Kerinaiua
F duration 52 seconds
O team Bombers
F number 25
O team St Mary’s
F score 13.10
F score 88
F score 12.11
F score 83
L facility Marrara
> The 18-year-old from Pirlangimpi had barely touched the ball in the last quarter, but when Saints full-back Hamish O’Brien-Danks spilled a mark 40 metres out, he gathered, turned and snapped through traffic.
F age 18-year-old
L city Pirlangimpi
O team Saints
P full Hamish O’Brien-Danks
F quantity 40 metres
> “I just saw the big sticks and thought, don’t miss,” Kerinaiua said. “My whole family was up in the stand. Half of Pirlangimpi was here.”
Q direct Bonaventure Kerinaiua :: “I just saw the big sticks and thought, don’t miss,”
P partial Kerinaiua
Q direct Bonaventure Kerinaiua :: “My whole family was up in the stand. Half of Pirlangimpi was here.”
F fraction Half
L city Pirlangimpi
> It is the Bombers’ third premiership and their first since the 2026-27 season, when a side led by Kerinaiua’s uncle, Clement Kerinaiua, beat Nightcliff at the same ground.
O team Bombers
F date 2026-27
P partial Kerinaiua
P full Clement Kerinaiua
O team Nightcliff
> St Mary’s, chasing back-to-back flags, looked home at the main break after kicking eight goals to four in the first half, with Liam Ah Kit kicking three of them in the second quarter.
O team St Mary’s
F number eight
F number four
P full Liam Ah Kit
F number three
> But the Bombers, who had lost all three meetings with the Saints this season, kicked six goals to one in a stunning third quarter, driven by Ambrose Tipiloura in the midfield and by Puruntatameri, who kicked two of his four goals in the term.
O team Bombers
F number three
O team Saints
F number six
F number one
P full Ambrose Tipiloura
P partial Puruntatameri
F number two
F number four
> The Saints kicked the first two goals of the last quarter to go eight points up. A goal to Marius Portaminni cut the margin to two, but the Saints were eight clear again with less than five minutes to play when Tyrell Lew Fatt goaled from the pocket. Jerome Timaepatua replied within a minute, and Kerinaiua did the rest.
O team Saints
F number two
F number eight
P full Marius Portaminni
F number two
O team Saints
F number eight
F duration five minutes
P full Tyrell Lew Fatt
P full Jerome Timaepatua
P partial Kerinaiua
> Bombers coach Francis Tipungwuti said his players had talked at half-time about “playing our way, Tiwi way”.
O team Bombers
P full Francis Tipungwuti
Q direct Francis Tipungwuti :: “playing our way, Tiwi way”
> “We were too tight in the first half, too worried about them. At the main break I told the boys, we didn’t fly across from the islands to lose by 50,” he said.
Q direct Francis Tipungwuti :: “We were too tight in the first half, too worried about them. At the main break I told the boys, we didn’t fly across from the islands to lose by 50,”
F number 50
> “Those boys from Wurrumiyanga and Milikapiti and Pirlangimpi, they play footy like nobody else. When they run, you can’t catch them.”
Q direct Francis Tipungwuti :: “Those boys from Wurrumiyanga and Milikapiti and Pirlangimpi, they play footy like nobody else. When they run, you can’t catch them.”
L city Wurrumiyanga
L city Milikapiti
L city Pirlangimpi
> St Mary’s coach Dean Ferraro-Whyte said his side had “let it slip” in the third quarter.
O team St Mary’s
P full Dean Ferraro-Whyte
Q direct Dean Ferraro-Whyte :: “let it slip”
> “Credit to the Bombers. They were brave and they got the bounce of the ball at the end, but we made too many errors going forward,” he said.
Q direct Dean Ferraro-Whyte :: “Credit to the Bombers. They were brave and they got the bounce of the ball at the end, but we made too many errors going forward,”
O team Bombers
> Tipiloura was named best on ground after 31 disposals and 12 clearances, while Ah Kit finished with four goals for the Saints.
P partial Tipiloura
F number 31
F number 12
P partial Ah Kit
F number four
O team Saints
> More than 1500 supporters travelled from Bathurst and Melville islands for the game, most of them on charter flights and the morning ferry, and the Tiwi Islands Regional Council said a celebration would be held at Wurrumiyanga next Saturday.
F number 1500
L geo Bathurst
L geo Melville
O government Tiwi Islands Regional Council
L city Wurrumiyanga
> AFL Northern Territory chief executive Natalie Grieve-Moroney said the crowd was the biggest for an NTFL grand final since 2024.
O other AFL Northern Territory
P full Natalie Grieve-Moroney
O other NTFL
F date 2024
> TIWI BOMBERS 2.3 4.5 10.7 13.10 (88)
O team TIWI BOMBERS
F score 2.3
F score 4.5
F score 10.7
F score 13.10
F score 88
> ST MARY’S 4.2 8.6 9.9 12.11 (83)
O team ST MARY’S
F score 4.2
F score 8.6
F score 9.9
F score 12.11
F score 83
> GOALS: Tiwi Bombers: Puruntatameri 4, Kerinaiua 3, Tipiloura 2, Portaminni, Timaepatua, Kantilla, Pilakui. St Mary’s: Ah Kit 4, Lew Fatt 3, Dhamarrandji-Bell 2, Kruger, Lee, Moss.
O team Tiwi Bombers
P partial Puruntatameri
F number 4
P partial Kerinaiua
F number 3
P partial Tipiloura
F number 2
P partial Portaminni
P partial Timaepatua
P partial Kantilla
P partial Pilakui
O team St Mary’s
P partial Ah Kit
F number 4
P partial Lew Fatt
F number 3
P partial Dhamarrandji-Bell
F number 2
P partial Kruger
P partial Lee
P partial Moss
> BEST: Tiwi Bombers: Tipiloura, Puruntatameri, Kantilla, Kerinaiua, Munkara. St Mary’s: Ah Kit, O’Brien-Danks, Lew Fatt, Dhamarrandji-Bell.
O team Tiwi Bombers
P partial Tipiloura
P partial Puruntatameri
P partial Kantilla
P partial Kerinaiua
P partial Munkara
O team St Mary’s
P partial Ah Kit
P partial O’Brien-Danks
P partial Lew Fatt
P partial Dhamarrandji-Bell
> UMPIRES: Stathopoulos, Nguyen, McLeod-Wirth.
P partial Stathopoulos
P partial Nguyen
P partial McLeod-Wirth
> CROWD: 6214 at TIO Stadium.
F number 6214
L facility TIO Stadium
'''

ARTICLES['694-baitarani-breach-nuagaon-aul-kendrapara-38-villages-marooned-akhuapada-danger-level-times-of-india'] = r'''
> Bhubaneswar
L city Bhubaneswar
> Baitarani breaches embankment near Aul, 38 villages marooned; 2 drown
L geo Baitarani
L city Aul
F number 38
F number 2
> Sudhansu Sekhar Mohapatra / TNN / Updated: Aug 26, 2038, 23:49 IST
P full Sudhansu Sekhar Mohapatra
O media TNN
F date Aug 26, 2038
F time 23:49 IST
> Villagers wade through floodwater at Nuagaon near Aul in Kendrapara district on Thursday. (TOI photo)
L city Nuagaon
L city Aul
L region Kendrapara
O media TOI
> KENDRAPARA: At least 38 villages in Aul and Rajkanika blocks of Kendrapara district were marooned on Thursday after the swollen Baitarani breached its left embankment at Nuagaon around 4.30am, forcing the evacuation of more than 14,000 people.
L city KENDRAPARA
F number 38
L region Aul
L region Rajkanika
L region Kendrapara
L geo Baitarani
L city Nuagaon
F time 4.30am
F number 14,000
> Two persons drowned in the district. Kanaklata Jena, 62, was swept away while crossing a submerged village road at Mangalpur, and a 23-year-old youth, Prasanta Kumar Rout, drowned while trying to rescue a calf near Rajkanika, police said.
F number Two
P full Kanaklata Jena
F age 62
L city Mangalpur
F age 23-year-old
P full Prasanta Kumar Rout
L city Rajkanika
> The Baitarani was flowing at 18.62 metres at Akhuapada in Bhadrak district at 6am, 79 cm above the danger level of 17.83 metres, according to the Central Water Commission (CWC). Water resources officials said the river was still rising by 2 cm an hour.
L geo Baitarani
F quantity 18.62 metres
L city Akhuapada
L region Bhadrak
F time 6am
F quantity 79 cm
F quantity 17.83 metres
O government Central Water Commission
O government CWC
F quantity 2 cm
> The flood follows two days of heavy rain in the river's upper catchment in Keonjhar district, where Anandapur recorded 286 mm of rainfall in the 24 hours till 8.30am on Wednesday, the India Meteorological Department (IMD) said. The Salandi dam at Hadagarh released 18,000 cusecs on Wednesday night.
F duration two days
L region Keonjhar
L city Anandapur
F quantity 286 mm
F duration 24 hours
F time 8.30am
O government India Meteorological Department
O government IMD
L facility Salandi
L city Hadagarh
F quantity 18,000 cusecs
> Special relief commissioner (SRC) Pramod Kumar Satapathy said six teams of the Odisha Disaster Rapid Action Force (ODRAF), three teams of the NDRF and 22 fire service teams had been deployed in Kendrapara, Bhadrak and Jajpur districts.
P full Pramod Kumar Satapathy
F number six
O government Odisha Disaster Rapid Action Force
O government ODRAF
F number three
O government NDRF
F number 22
L region Kendrapara
L region Bhadrak
L region Jajpur
> "Our priority is to shift every family from the low-lying pockets before nightfall. Dry food, drinking water and fodder are being sent by boat to the villages that are cut off," Satapathy said.
Q direct Pramod Kumar Satapathy :: "Our priority is to shift every family from the low-lying pockets before nightfall. Dry food, drinking water and fodder are being sent by boat to the villages that are cut off,"
P partial Satapathy
> Kendrapara collector Anuradha Swain-Mishra said 9,200 people were staying in 47 cyclone and flood shelters and 64 free kitchens had been opened. "Many people do not want to leave their cattle. We are sending fodder so that they do not stay in the water with the animals," she said.
L region Kendrapara
P full Anuradha Swain-Mishra
F number 9,200
F number 47
F number 64
Q direct Anuradha Swain-Mishra :: "Many people do not want to leave their cattle. We are sending fodder so that they do not stay in the water with the animals,"
> At Nuagaon, where the breach is now nearly 120 metres wide, villagers said the water came without warning. Agriculture officials estimated that about a third of the kharif paddy in Aul block was under water.
L city Nuagaon
F quantity 120 metres
F fraction a third
L region Aul
> "We heard the sound around four in the morning. By the time we woke the children, the water was at our knees. We carried the old people and the goats to the embankment road," said Sabitri Mallick, 45, who has been living on the road with her family since then. "Since yesterday we have eaten only chuda (flattened rice)."
Q direct Sabitri Mallick :: "We heard the sound around four in the morning. By the time we woke the children, the water was at our knees. We carried the old people and the goats to the embankment road,"
F time four
P full Sabitri Mallick
F age 45
Q direct Sabitri Mallick :: "Since yesterday we have eaten only chuda (flattened rice)."
> Aul MLA Debasis Samantaray (BJD) blamed the water resources department for the breach. "This embankment was repaired in 2036 at a cost of Rs 3.8 crore, and it has given way at the same spot. There must be a vigilance inquiry," he said.
L region Aul
P full Debasis Samantaray
O party BJD
Q direct Debasis Samantaray :: "This embankment was repaired in 2036 at a cost of Rs 3.8 crore, and it has given way at the same spot. There must be a vigilance inquiry,"
F date 2036
F money Rs 3.8 crore
> An engineer of the department, who did not wish to be named, said the embankment had been weakened by "rat holes and illegal sand mining" and that the breach would be closed within 72 hours of the water receding.
Q direct - :: "rat holes and illegal sand mining"
F duration 72 hours
> Forest officials at Bhitarkanika National Park have asked people in villages along the Baitarani and the Brahmani near Rajkanika to keep away from the water after two saltwater crocodiles were spotted in a flooded pond at Jayanagar.
L geo Bhitarkanika National Park
L geo Baitarani
L geo Brahmani
L city Rajkanika
F number two
L city Jayanagar
> In Kendrapara town, floodwater entered the outer courtyard of the Baladevjew temple, but the daily rituals of the deity continued as usual, temple officials said.
L city Kendrapara
L facility Baladevjew
> The chief minister announced an ex gratia of Rs 4 lakh each to the next of kin of the two deceased. The IMD has forecast heavy to very heavy rainfall in Keonjhar, Mayurbhanj, Bhadrak and Balasore districts till Saturday, as a low-pressure area over the northwest Bay of Bengal is likely to intensify into a depression within 48 hours. Odisha has received 31% more rain than normal since June 1.
F money Rs 4 lakh
F number two
O government IMD
L region Keonjhar
L region Mayurbhanj
L region Bhadrak
L region Balasore
L geo Bay of Bengal
F duration 48 hours
L region Odisha
F percent 31%
F date June 1
'''

ARTICLES['695-bella-desgagnes-engine-failure-lower-north-shore-harrington-harbour-route-138-gap-coasters-cbc-montreal'] = r'''
> Montreal
L city Montreal
> Lower North Shore faces weeks without its supply ship after engine failure off Natashquan
L region Lower North Shore
L city Natashquan
> Bella Desgagnés out of service until at least Dec. 20, Relais Nordik says
F date Dec. 20
O company Relais Nordik
> Émilie Vachon-Tremblay · CBC News · Posted: Dec 01, 2038 4:00 AM EST | Last Updated: December 1, 2038
P full Émilie Vachon-Tremblay
O media CBC News
F date Dec 01, 2038
F time 4:00 AM EST
F date December 1, 2038
> The Bella Desgagnés at the wharf in Harrington Harbour in 2036. The ship carries nearly all the freight for the villages east of Kegaska, where Route 138 ends. (Émilie Vachon-Tremblay/CBC)
L city Harrington Harbour
F date 2036
L city Kegaska
L street Route 138
P full Émilie Vachon-Tremblay
O media CBC
> For the roughly 5,000 people who live along Quebec's Lower North Shore, the weekly call of the Bella Desgagnés is how groceries, gasoline, building materials and even new trucks arrive.
F number 5,000
L region Quebec
L region Lower North Shore
> Now the supply ship will be out of service for at least three weeks, after one of its two main engines failed off Natashquan on Saturday, Nov. 27, according to Relais Nordik, the Rimouski-based company that operates it under contract with the Quebec government.
F duration three weeks
F number two
L city Natashquan
F date Nov. 27
O company Relais Nordik
L city Rimouski
L region Quebec
> In a statement, the company said a crankshaft had been "seriously damaged" and that the ship was being towed to Sept-Îles, where repairs would take "a minimum of 21 days."
Q direct Relais Nordik :: "seriously damaged"
L city Sept-Îles
Q direct Relais Nordik :: "a minimum of 21 days."
F duration 21 days
> That means the ship will miss its last two scheduled trips before Christmas.
F number two
> "We ordered our Christmas stock in October. Right now it's sitting in a warehouse in Rimouski," said Wanda Robertson-Keats, who runs the general store in Harrington Harbour.
Q direct Wanda Robertson-Keats :: "We ordered our Christmas stock in October. Right now it's sitting in a warehouse in Rimouski,"
L city Rimouski
P full Wanda Robertson-Keats
L city Harrington Harbour
> "If the ship doesn't come, there's no turkey, there's no fresh milk, and for some people there's no heating oil. We're not talking about luxuries here."
Q direct Wanda Robertson-Keats :: "If the ship doesn't come, there's no turkey, there's no fresh milk, and for some people there's no heating oil. We're not talking about luxuries here."
> A four-litre jug of milk already sells for $9.49 at her store, she said, more than double the price in Montreal.
F quantity four-litre
F money $9.49
L city Montreal
> Cargo ship chartered
> Quebec's Transport Ministry said it had chartered a cargo vessel to make two trips from Sept-Îles before Dec. 24, but the vessel cannot carry passengers or vehicles and is too big to dock at Kegaska, Chevery or Mutton Bay.
L region Quebec
O government Transport Ministry
F number two
L city Sept-Îles
F date Dec. 24
L city Kegaska
L city Chevery
L city Mutton Bay
> Freight for those villages will be unloaded at Harrington Harbour and La Tabatière and taken the rest of the way in smaller boats, the ministry said, at a cost of about $1.4 million.
L city Harrington Harbour
L city La Tabatière
F money $1.4 million
> Harrington Harbour is part of Côte-Nord-du-Golfe-du-Saint-Laurent, a municipality of about 900 people spread over 250 kilometres of coastline, where most residents speak English.
L city Harrington Harbour
L region Côte-Nord-du-Golfe-du-Saint-Laurent
F number 900
F quantity 250 kilometres
> 'We're not a priority'
Q direct Calvin Stubbert-Jones :: 'We're not a priority'
> The Coasters Association, which represents English-speaking communities on the Lower North Shore, said the breakdown showed once again how exposed the region is without a road. Its own survey found that food prices on the coast rose 18 per cent over the past two years.
O nonprofit Coasters Association
L region Lower North Shore
F percent 18 per cent
F duration two years
> Route 138 now ends at Kegaska. The gap to Old Fort, about 425 kilometres of coast with no highway, has been studied since the 1970s, and the latest estimate puts the cost of closing it at $4.2 billion.
L street Route 138
L city Kegaska
L city Old Fort
F quantity 425 kilometres
F date 1970s
F money $4.2 billion
> "Every winter something breaks, and every winter we're told to be patient. People down here feel we're not a priority for Quebec City," said the association's president, Calvin Stubbert-Jones, who lives in St. Paul's River.
Q direct Calvin Stubbert-Jones :: "Every winter something breaks, and every winter we're told to be patient. People down here feel we're not a priority for Quebec City,"
L city Quebec City
P full Calvin Stubbert-Jones
L city St. Paul's River
> In Unamen Shipu, the Innu community next to La Romaine, Chief Marie-Hélène Bellefleur-Lalo said in French that the band council had started buying extra food and diesel for the community's generators.
L city Unamen Shipu
L city La Romaine
P full Marie-Hélène Bellefleur-Lalo
> "We are used to being forgotten, but children cannot be forgotten at Christmas," she said.
Q direct Marie-Hélène Bellefleur-Lalo :: "We are used to being forgotten, but children cannot be forgotten at Christmas,"
> The mayor of Gros-Mécatina, Réjean Monger-Evans, said the municipality would open its community hall in La Tabatière to store food that residents fly in from Blanc-Sablon and Sept-Îles.
L region Gros-Mécatina
P full Réjean Monger-Evans
L city La Tabatière
L city Blanc-Sablon
L city Sept-Îles
> Relais Nordik said the Bella Desgagnés should be back in service on Dec. 20 if parts arrive from Europe on time, and that it would add an extra trip in early January.
O company Relais Nordik
F date Dec. 20
L continent Europe
> With files from CBC's Quebec AM
O media CBC
'''

ARTICLES['696-vrancea-grape-growers-block-dn2-panciu-1-2-lei-kg-purchase-price-avv-onvpv-agerpres'] = r'''
> Economy
> Vrancea grape growers block DN2 at Panciu over 1.2 lei/kg purchase price
L region Vrancea
L street DN2
L city Panciu
F money 1.2 lei/kg
> Publication date: 19-09-2039 15:42
F date 19-09-2039
F time 15:42
> Grape growers and tractors on the DN2 at the entry into Panciu, Vrancea County, on September 19, 2039. AGERPRES FOTO/Costel Niculae-Bratu
L street DN2
L city Panciu
L region Vrancea County
F date September 19, 2039
O media AGERPRES
P full Costel Niculae-Bratu
> Panciu, Sept 19 /Agerpres/ - More than 300 grape growers from Vrancea County blocked the DN2 (E85) national road at the entry into Panciu for four hours on Monday with tractors and trailers loaded with grapes, protesting against the purchase prices offered by wineries in this year's harvest, Agerpres' correspondent reports.
L city Panciu
F date Sept 19
O media Agerpres
F number 300
L region Vrancea County
L street DN2
L street E85
L city Panciu
F duration four hours
O media Agerpres
> The growers say the large wineries in the area are paying only 1.2 lei/kg for white grapes and 1.5 lei/kg for Fetească Neagră, well below a production cost they put at 1.9 lei per kilogram.
F money 1.2 lei/kg
F money 1.5 lei/kg
F money 1.9 lei
> "Last year they paid us 2 lei and we still lost money. Now they come with 1.2 lei and tell us to be happy that somebody buys at all," said Ionuț Vrânceanu, 52, who grows 6 hectares of vines in Țifești.
Q direct Ionuț Vrânceanu :: "Last year they paid us 2 lei and we still lost money. Now they come with 1.2 lei and tell us to be happy that somebody buys at all,"
F money 2 lei
F money 1.2 lei
P full Ionuț Vrânceanu
F age 52
F quantity 6 hectares
L city Țifești
> Some of the growers emptied crates of grapes on the roadside and held placards reading "Our grapes are not rubbish" and "No fair price, no Romanian wine".
Q direct - :: "Our grapes are not rubbish"
Q direct - :: "No fair price, no Romanian wine"
> The protest was organised by the Vrancea Winegrowers' Association (AVV), whose president, Mihaela Bucur-Stoian, said the growers want a minimum reference price of 2 lei/kg set by the Ministry of Agriculture and Rural Development (MADR) and state aid for the grapes that cannot be sold.
O nonprofit Vrancea Winegrowers' Association
O nonprofit AVV
P full Mihaela Bucur-Stoian
F money 2 lei/kg
O government Ministry of Agriculture and Rural Development
O government MADR
> "Vrancea has the largest vineyard area in Romania, about 22,000 hectares, and thousands of families live from it. If the grapes stay on the vine this autumn, many of them will not prune next spring," Bucur-Stoian said.
Q direct Mihaela Bucur-Stoian :: "Vrancea has the largest vineyard area in Romania, about 22,000 hectares, and thousands of families live from it. If the grapes stay on the vine this autumn, many of them will not prune next spring,"
L region Vrancea
L country Romania
F quantity 22,000 hectares
P partial Bucur-Stoian
> The blockade began at 10:00 and ended shortly after 14:00, when the growers drove their tractors to the square in front of the town hall. It was the second such protest in Vrancea in three years, after growers dumped about 40 tonnes of grapes in front of the Vrancea County Council in Focșani in October 2037.
F time 10:00
F time 14:00
L region Vrancea
F duration three years
F quantity 40 tonnes
O government Vrancea County Council
L city Focșani
F date October 2037
> Gendarmes from the Vrancea County Gendarmerie Inspectorate diverted traffic through Străoane and Mărășești, and queues of up to 6 kilometres formed on the DN2, one of the main roads linking Bucharest with Moldova and Suceava.
O government Vrancea County Gendarmerie Inspectorate
L city Străoane
L city Mărășești
F quantity 6 kilometres
L street DN2
L city Bucharest
L region Moldova
L city Suceava
> Wineries blame imports
> A representative of one of the largest wineries in Panciu, who asked not to be named, told Agerpres that the company still had about 9 million litres of wine from the 2038 harvest in its tanks.
L city Panciu
O media Agerpres
F quantity 9 million litres
F date 2038
> "Supermarkets buy bulk wine from Spain and the Republic of Moldova at 40 euro cents a litre. We cannot pay growers 2 lei for grapes and sell the wine at a loss," the representative said.
Q direct - :: "Supermarkets buy bulk wine from Spain and the Republic of Moldova at 40 euro cents a litre. We cannot pay growers 2 lei for grapes and sell the wine at a loss,"
L country Spain
L country Republic of Moldova
F money 40 euro cents
F money 2 lei
> According to data from the National Office for Vine and Wine Products (ONVPV), Romania produced 3.9 million hectolitres of wine in 2038, 14% less than in the previous year, while imports rose by 27% to 1.1 million hectolitres.
O government National Office for Vine and Wine Products
O government ONVPV
L country Romania
F quantity 3.9 million hectolitres
F date 2038
F percent 14%
F percent 27%
F quantity 1.1 million hectolitres
> Vrancea Prefect Cristian Moldoveanu-Ionescu met a delegation of growers in Focșani in the afternoon and promised to forward their demands to the ministry. The Agriculture Minister is expected in Vrancea on Thursday, the Vrancea Prefect's Office said.
L region Vrancea
P full Cristian Moldoveanu-Ionescu
L city Focșani
L region Vrancea
O government Vrancea Prefect's Office
> The MADR said in a statement that it was analysing "all the legal instruments" for supporting wine growers, including a de minimis aid scheme, and that it would present a decision "in the shortest possible time."
O government MADR
Q direct Ministry of Agriculture and Rural Development :: "all the legal instruments"
Q direct Ministry of Agriculture and Rural Development :: "in the shortest possible time."
> The growers threatened to return to the road on October 3 and to block the entry into Focșani if no solution is found.
F date October 3
L city Focșani
> (translated by Andreea Pîrvu-Stan, editing by Mircea Cojocaru-Bălan)
P full Andreea Pîrvu-Stan
P full Mircea Cojocaru-Bălan
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
