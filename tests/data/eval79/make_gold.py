#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval79 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval79/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['517-cowes-floating-bridge-foot-passenger-fare-east-cowes-isle-of-wight-council-onthewight'] = r'''
> Cowes
L city Cowes
> Floating Bridge foot passengers to pay £1 again as council plugs £1.2m repair gap
F money £1
F money £1.2m
> East Cowes traders say the charge on the chain ferry across the Medina will be ‘the last straw’ for the town’s high street
L city East Cowes
L geo Medina
Q direct Phoebe Lanfear-Stroud :: ‘the last straw’
> By Jasper Hollingbury, Local Democracy Reporter
P full Jasper Hollingbury
> Wednesday, 17th March 2038 6:05pm
F date 17th March 2038
F time 6:05pm
> The Floating Bridge on the East Cowes slipway. Image: Kerensa Dyball under CC BY 2.0
L city East Cowes
P full Kerensa Dyball
> Foot passengers on the Cowes Floating Bridge will be charged £1 each way from 1st June, after the Isle of Wight Council’s Cabinet agreed a new fares package on Tuesday night (16th March).
F money £1
F date 1st June
O government Isle of Wight Council
O government Cabinet
F date 16th March
> It will be the first time pedestrians have paid to cross the River Medina between Cowes and East Cowes since 2029, when the council scrapped the 50p fare to win back trade after months of breakdowns.
L geo River Medina
L city Cowes
L city East Cowes
F date 2029
F money 50p
> Car fares will rise from £3.40 to £4.80 for a single crossing, a 41 per cent increase, while a book of 20 tickets for Island residents goes up from £38 to £52. Children under 16 and holders of a concessionary bus pass will still travel free.
F money £3.40
F money £4.80
F percent 41 per cent
F number 20
L geo Island
F money £38
F money £52
F age 16
> The council says the package will raise about £640,000 a year towards a £1.2m bill for new chains, a refit of the hydraulic ramps and repairs to the slipway at East Cowes, where a section of concrete broke away during Storm Hester in January.
F money £640,000
F money £1.2m
L city East Cowes
> The vessel, known as Floating Bridge 6 or FB6, entered service in 2017 and carries about 1.3 million passengers a year on the 120-metre crossing.
F date 2017
F number 1.3 million
F quantity 120-metre
> Cabinet member for transport and infrastructure, Cllr Malcolm Drewitt-Hayes, told the meeting at County Hall in Newport:
P full Malcolm Drewitt-Hayes
L facility County Hall
L city Newport
> “Nobody in this room wanted to bring back a foot passenger fare. But the chains alone cost us £310,000, the slipway is falling apart and there is nothing in the capital budget that isn’t already spoken for.
Q direct Malcolm Drewitt-Hayes :: “Nobody in this room wanted to bring back a foot passenger fare. But the chains alone cost us £310,000, the slipway is falling apart and there is nothing in the capital budget that isn’t already spoken for.
F money £310,000
> “A pound is less than a cup of coffee in Cowes. I would rather ask the people who use the service to contribute than close it for six weeks every winter.”
Q direct Malcolm Drewitt-Hayes :: “A pound is less than a cup of coffee in Cowes. I would rather ask the people who use the service to contribute than close it for six weeks every winter.”
L city Cowes
F duration six weeks
> ‘It will kill what’s left of the high street’
Q direct Rosalind Quarrie :: ‘It will kill what’s left of the high street’
> East Cowes councillor Rosalind Quarrie (Liberal Democrat) said the charge would fall hardest on people who walk to work at Venture Quays and at Medina Marine Composites, and on pensioners who cross to Cowes for the chemist and the doctor.
L region East Cowes
P full Rosalind Quarrie
L facility Venture Quays
O company Medina Marine Composites
L city Cowes
> She said:
> “It will kill what’s left of the high street. We have lost the bank, we have lost the post office, and now we are telling people it costs £2 to go and collect a prescription.”
Q direct Rosalind Quarrie :: “It will kill what’s left of the high street. We have lost the bank, we have lost the post office, and now we are telling people it costs £2 to go and collect a prescription.”
F money £2
> Phoebe Lanfear-Stroud, who chairs the East Cowes Traders’ Group, said the fare was “the last straw” for shops that already lose custom whenever the ferry breaks down. A petition against the charge gathered 2,140 signatures in eight days.
P full Phoebe Lanfear-Stroud
O nonprofit East Cowes Traders’ Group
Q direct Phoebe Lanfear-Stroud :: “the last straw”
F number 2,140
F duration eight days
> “Every time the bridge is off, our takings drop by a third. People from Cowes simply don’t come over,” she said.
Q direct Phoebe Lanfear-Stroud :: “Every time the bridge is off, our takings drop by a third. People from Cowes simply don’t come over,”
F fraction a third
L city Cowes
> Many of the crossing’s users are passengers off Red Funnel’s Red Jet from Southampton, which lands at West Cowes, who walk to the chain ferry to reach homes and jobs in East Cowes or the Red Funnel car ferry terminal across the river.
O company Red Funnel
L city Southampton
L city West Cowes
L city East Cowes
O company Red Funnel
> Conservative group leader Cllr Ned Attrill-Vane, who voted against the package, said the council was “punishing the people of East Cowes for its own engineering mistakes”.
P full Ned Attrill-Vane
Q direct Ned Attrill-Vane :: “punishing the people of East Cowes for its own engineering mistakes”
L city East Cowes
> “The Island deserves a crossing that works, not a turnstile on one that doesn’t,” he said.
Q direct Ned Attrill-Vane :: “The Island deserves a crossing that works, not a turnstile on one that doesn’t,”
L geo Island
> In a report to Cabinet, council officers described the crossing as “essential infrastructure” but warned that without new income it could only run “on a reduced timetable” from October.
O government Cabinet
Q direct - :: “essential infrastructure”
Q direct - :: “on a reduced timetable”
> The council said the fare would be reviewed after 12 months, and that it had bid to the Department for Transport for £4.5m towards a replacement vessel it hopes to order in 2040. An Isle of Wight Council spokesperson said the authority would “chase every penny of outside funding there is”.
F duration 12 months
O government Department for Transport
F money £4.5m
F date 2040
O government Isle of Wight Council
Q direct - :: “chase every penny of outside funding there is”
> During Cowes Week, when up to 9,000 people a day use the crossing, fares will be taken by conductors with card readers from 6am until the last sailing.
F number 9,000
F time 6am
> Cabinet approved the package by five votes to two. It needs no further approval and takes effect on 1st June.
O government Cabinet
F number five
F number two
F date 1st June
> This article is from the Local Democracy Reporting Service, which OnTheWight is part of. Find out more about the LDRS.
O media Local Democracy Reporting Service
O media OnTheWight
O media LDRS
'''

ARTICLES['518-baa-atoll-bait-reef-closures-epa-eydhafushi-pole-and-line-fishermen-raa-sun-online'] = r'''
> Fishing
> Baa fishermen told to go to Raa for bait as EPA closes 14 more reefs
L region Baa
L region Raa
O government EPA
F number 14
> Aishath Nuzuha
P full Aishath Nuzuha
> 14 March 2038, 10:42
F date 14 March 2038
F time 10:42
> Pole-and-line fishermen from B. Eydhafushi haul live bait on a reef near Hanifaru Bay. (Sun Photo/Hussain Ziyad)
L region B.
L city Eydhafushi
L geo Hanifaru Bay
O media Sun
P full Hussain Ziyad
> Fishermen in Baa Atoll say they will lose up to three days a week travelling to Raa Atoll for live bait after the Environmental Protection Agency (EPA) added 14 reefs to the areas closed to bait fishing inside the Baa Atoll Biosphere Reserve.
L region Baa Atoll
F duration three days
L region Raa Atoll
O government Environmental Protection Agency
O government EPA
F number 14
L geo Baa Atoll Biosphere Reserve
> The new rules take effect on 1 April and bring the number of closed reefs in the atoll to 31. The EPA said the reefs were feeding and cleaning grounds for manta rays and whale sharks that "bring thousands of divers to Baa every year".
F date 1 April
F number 31
O government EPA
Q direct Environmental Protection Agency :: "bring thousands of divers to Baa every year"
L region Baa
> Pole-and-line crews catch small reef fish at night with fine nets and keep them alive in tanks on deck. At sea, the bait is thrown overboard to bring schools of skipjack tuna to the surface.
> "We leave Eydhafushi at 4 am now and we are catching tuna by 8. If we have to go to Raa for bait, that is 40 nautical miles each way. Three hours there, three hours back, and 600 litres of diesel," said Ibrahim Nazeer, captain of a 28-metre vessel with a crew of 14.
Q direct Ibrahim Nazeer :: "We leave Eydhafushi at 4 am now and we are catching tuna by 8. If we have to go to Raa for bait, that is 40 nautical miles each way. Three hours there, three hours back, and 600 litres of diesel,"
L city Eydhafushi
F time 4 am
F time 8
L region Raa
F quantity 40 nautical miles
F duration Three hours
F duration three hours
F quantity 600 litres
P full Ibrahim Nazeer
F quantity 28-metre
F number 14
> Nazeer said the trip to Raa would add about MVR 9,000 in fuel to every fishing day, at a time when the state-owned MIFCO pays MVR 24 per kilogram of skipjack.
P partial Nazeer
L region Raa
F money MVR 9,000
O company MIFCO
F money MVR 24
> The Baa Atoll Fishermen's Association, which represents crews from Eydhafushi, Thulhaadhoo, Kendhoo and Kudarikilu, said 46 of the atoll's 58 pole-and-line vessels relied on the reefs that are now closed.
O nonprofit Baa Atoll Fishermen's Association
L city Eydhafushi
L city Thulhaadhoo
L city Kendhoo
L city Kudarikilu
F number 46
F number 58
> Its president, Hassan Shiham, told Sun that fishermen had not been consulted. "They held one meeting, in Malé, on a weekday, when every boat was at sea," he said.
P full Hassan Shiham
O media Sun
Q direct Hassan Shiham :: "They held one meeting, in Malé, on a weekday, when every boat was at sea,"
F number one
L city Malé
> "Nobody is against the mantas. The mantas are good for us also, our children work in the resorts. But a fisherman is not a tourist. We cannot only look at the fish."
Q direct Hassan Shiham :: "Nobody is against the mantas. The mantas are good for us also, our children work in the resorts. But a fisherman is not a tourist. We cannot only look at the fish."
> Baa Atoll was named a UNESCO biosphere reserve in 2011. Hanifaru Bay, a small lagoon off the island of Kihavah, is one of the few places in the world where hundreds of manta rays gather to feed between May and November.
L region Baa Atoll
O intergovernmental UNESCO
F date 2011
L geo Hanifaru Bay
L geo Kihavah
> Resort operators in the atoll have long complained that bait fishing at night disturbs the reefs used by their guests. Ahmed Zuhair Mohamed, general manager of Rasveli Bay Resort on Dhunikolhu, said the decision would "protect the reason people come here".
P full Ahmed Zuhair Mohamed
O company Rasveli Bay Resort
L geo Dhunikolhu
Q direct Ahmed Zuhair Mohamed :: "protect the reason people come here"
> "A manta dive costs a guest USD 180. Last season we sold 6,400 of them. That money stays in Baa too, in salaries and in the guest houses of Dharavandhoo," he said.
Q direct Ahmed Zuhair Mohamed :: "A manta dive costs a guest USD 180. Last season we sold 6,400 of them. That money stays in Baa too, in salaries and in the guest houses of Dharavandhoo,"
F money USD 180
F number 6,400
L region Baa
L city Dharavandhoo
> In a statement on Wednesday, the Ministry of Fisheries and Ocean Resources said it would pay MVR 15,000 a month to the owners of affected vessels for six months while it studied "alternative bait sources", including a milkfish hatchery at Hanimaadhoo in Haa Dhaalu Atoll.
O government Ministry of Fisheries and Ocean Resources
F money MVR 15,000
F duration six months
Q direct Ministry of Fisheries and Ocean Resources :: "alternative bait sources"
L city Hanimaadhoo
L region Haa Dhaalu Atoll
> "The ministry does not see fisheries and tourism as competitors. Both are pillars of our economy," the statement said.
Q direct Ministry of Fisheries and Ocean Resources :: "The ministry does not see fisheries and tourism as competitors. Both are pillars of our economy,"
> Eydhafushi MP Ali Rashaad Ibrahim said he would raise the matter in the People's Majlis, and called the compensation "an insult". "MVR 15,000 does not cover two trips to Raa," he said.
L region Eydhafushi
P full Ali Rashaad Ibrahim
O government People's Majlis
Q direct Ali Rashaad Ibrahim :: "an insult"
Q direct Ali Rashaad Ibrahim :: "MVR 15,000 does not cover two trips to Raa,"
F money MVR 15,000
F number two
L region Raa
> A senior EPA official, who spoke on condition of anonymity, said the agency had received the association's complaint, but that the closures were based on "nine years of survey data" and would not be reversed before the manta season.
O government EPA
Q direct - :: "nine years of survey data"
F duration nine years
> The Maldives landed 148,000 tonnes of tuna in 2037, according to the ministry, about 70 percent of it skipjack caught by pole and line.
L country Maldives
F quantity 148,000 tonnes
F date 2037
F percent 70 percent
'''

ARTICLES['519-champs-calabar-retain-mortimer-geddes-trophy-edwin-allen-girls-title-results-jamaica-observer'] = r'''
> Sport
> Calabar hold off KC to retain Champs crown
O team Calabar
O team KC
> Whyte-Bailey’s record 45.38 the highlight as Edwin Allen reclaim girls’ title
P partial Whyte-Bailey
F duration 45.38
O team Edwin Allen
> BY RUSHANE HINDS-GAYLE Observer staff reporter
P full RUSHANE HINDS-GAYLE
O media Observer
> hindsgayler@jamaicaobserver.com
> Sunday, March 28, 2038
F date March 28, 2038
> Calabar High’s Jahmari Whyte-Bailey crosses the line in the Class One boys’ 400m final at the National Stadium on Saturday. (Photo: Garfield Rowe-Tomlinson)
O team Calabar High
P full Jahmari Whyte-Bailey
F quantity 400m
L facility National Stadium
P full Garfield Rowe-Tomlinson
> CALABAR High School held off a late charge from Kingston College (KC) to retain the Mortimer Geddes Trophy at the ISSA/GraceKennedy Boys and Girls’ Athletics Championships at the National Stadium on Saturday night, while Edwin Allen High reclaimed the girls’ title from Hydel High.
O team CALABAR High School
O team Kingston College
O team KC
L facility National Stadium
O team Edwin Allen High
O team Hydel High
> The Red Hills Road-based school finished with 338 points to KC’s 301.5, with Jamaica College (JC) third on 256. It was Calabar’s 10th boys’ title in 12 years.
L street Red Hills Road
F number 338
O team KC
F number 301.5
O team Jamaica College
O team JC
F number 256
O team Calabar
F duration 12 years
> Edwin Allen, the Frankfield, Clarendon school, scored 362 points, ahead of Hydel on 340.5 and Holmwood Technical on 201.
O team Edwin Allen
L city Frankfield
L region Clarendon
F number 362
O team Hydel
F number 340.5
O team Holmwood Technical
F number 201
> A crowd estimated at 32,000 saw Whyte-Bailey, the 18-year-old Calabar captain, lower his own Champs record in the Class One 400m to 45.38 seconds, taking 0.14 off the mark he set last year.
F number 32,000
P partial Whyte-Bailey
F age 18-year-old
O team Calabar
F quantity 400m
F duration 45.38 seconds
F duration 0.14
> “I told coach after the heats that I had 45.3 in my legs. I didn’t get it, but I will take it,” Whyte-Bailey said. “KC pushed us all the way. That’s what Champs is about.”
Q direct Jahmari Whyte-Bailey :: “I told coach after the heats that I had 45.3 in my legs. I didn’t get it, but I will take it,”
F duration 45.3
P partial Whyte-Bailey
Q direct Jahmari Whyte-Bailey :: “KC pushed us all the way. That’s what Champs is about.”
O team KC
> KC’s Tavoy Lindo was second in 45.97 and JC’s Romario Facey-Grant third in 46.20.
O team KC
P full Tavoy Lindo
F duration 45.97
O team JC
P full Romario Facey-Grant
F duration 46.20
> The Purples had led after the first three days, helped by a one-two in the Class Two 110m hurdles and 20 points from the Class One high jump, where Oshane Vassell cleared 2.17m.
O team Purples
F duration three days
F quantity 110m
F number 20
P full Oshane Vassell
F quantity 2.17m
> But Calabar took 51 points from the three sprint relays on the final night, capped by a 3:06.44 win in the Class One 4x400m, to pull clear.
O team Calabar
F number 51
F number three
F duration 3:06.44
F quantity 4x400m
> “We knew it would come down to the relays. Our boys have been doing the work since January,” said Calabar head coach Orville ‘Scoopy’ Blagrove. “I’m proud, but I’m tired. Give me a week.”
Q direct Orville ‘Scoopy’ Blagrove :: “We knew it would come down to the relays. Our boys have been doing the work since January,”
O team Calabar
P full Orville ‘Scoopy’ Blagrove
Q scare - :: ‘Scoopy’
Q direct Orville ‘Scoopy’ Blagrove :: “I’m proud, but I’m tired. Give me a week.”
> KC head coach Neville Brissett-Dunn said his team had been hurt by a hamstring injury to sprinter Shamar Pottinger-Ellis in Wednesday’s heats. “Without Shamar we were always going to be chasing. Next year,” he said.
O team KC
P full Neville Brissett-Dunn
P full Shamar Pottinger-Ellis
Q direct Neville Brissett-Dunn :: “Without Shamar we were always going to be chasing. Next year,”
P partial Shamar
> In the girls’ championship, Edwin Allen’s Shantae Ebanks-Lindo won the Class One 100m in 11.04 seconds (+1.3m/s) and the 200m in 22.71, and anchored the 4x100m team to a 43.88 clocking.
O team Edwin Allen
P full Shantae Ebanks-Lindo
F quantity 100m
F duration 11.04 seconds
F quantity +1.3m/s
F quantity 200m
F duration 22.71
F quantity 4x100m
F duration 43.88
> “Last year Hydel beat us by four points and we heard about it for 12 months,” said the 17-year-old. “This one is for Frankfield.”
Q direct Shantae Ebanks-Lindo :: “Last year Hydel beat us by four points and we heard about it for 12 months,”
O team Hydel
F number four
F duration 12 months
F age 17-year-old
Q direct Shantae Ebanks-Lindo :: “This one is for Frankfield.”
L city Frankfield
> Hydel’s Kimoya Grizzle-Daley won the Class One 400m hurdles in 56.02, while Holmwood, the Christiana, Manchester school, got a 1500m and 3000m double from Class Two runner Janiece Tulloch.
O team Hydel
P full Kimoya Grizzle-Daley
F quantity 400m
F duration 56.02
O team Holmwood
L city Christiana
L region Manchester
F quantity 1500m
F quantity 3000m
P full Janiece Tulloch
> The Inter-Secondary Schools Sports Association (ISSA) said 118,000 tickets were sold over the five days, the most since 2031.
O nonprofit Inter-Secondary Schools Sports Association
O nonprofit ISSA
F number 118,000
F duration five days
F date 2031
> SELECTED FINALS
> Boys’ Class One 400m: 1. Jahmari Whyte-Bailey (Calabar) 45.38 (record); 2. Tavoy Lindo (KC) 45.97; 3. Romario Facey-Grant (JC) 46.20
F quantity 400m
P full Jahmari Whyte-Bailey
O team Calabar
F duration 45.38
P full Tavoy Lindo
O team KC
F duration 45.97
P full Romario Facey-Grant
O team JC
F duration 46.20
> Boys’ Class One high jump: 1. Oshane Vassell (KC) 2.17m; 2. Dejour Mattis (St Jago) 2.11m; 3. Kemari Bent (Calabar) 2.08m
P full Oshane Vassell
O team KC
F quantity 2.17m
P full Dejour Mattis
O team St Jago
F quantity 2.11m
P full Kemari Bent
O team Calabar
F quantity 2.08m
> Boys’ Class One 4x400m: 1. Calabar 3:06.44; 2. KC 3:07.10; 3. JC 3:09.85
F quantity 4x400m
O team Calabar
F duration 3:06.44
O team KC
F duration 3:07.10
O team JC
F duration 3:09.85
> Girls’ Class One 100m (+1.3m/s): 1. Shantae Ebanks-Lindo (Edwin Allen) 11.04; 2. Tianna Rose-Harriott (Hydel) 11.19; 3. Aaliyah Stewart (Holmwood) 11.30
F quantity 100m
F quantity +1.3m/s
P full Shantae Ebanks-Lindo
O team Edwin Allen
F duration 11.04
P full Tianna Rose-Harriott
O team Hydel
F duration 11.19
P full Aaliyah Stewart
O team Holmwood
F duration 11.30
> Girls’ Class One 400m hurdles: 1. Kimoya Grizzle-Daley (Hydel) 56.02; 2. Britney Chin-Wallace (Edwin Allen) 56.81; 3. Abigail Nembhard (STETHS) 57.40
F quantity 400m
P full Kimoya Grizzle-Daley
O team Hydel
F duration 56.02
P full Britney Chin-Wallace
O team Edwin Allen
F duration 56.81
P full Abigail Nembhard
O team STETHS
F duration 57.40
> FINAL POINTS
> Boys: Calabar 338, KC 301.5, JC 256, St Jago 171, STETHS 158
O team Calabar
F number 338
O team KC
F number 301.5
O team JC
F number 256
O team St Jago
F number 171
O team STETHS
F number 158
> Girls: Edwin Allen 362, Hydel 340.5, Holmwood 201, Excelsior 174, St Jago 133
O team Edwin Allen
F number 362
O team Hydel
F number 340.5
O team Holmwood
F number 201
O team Excelsior
F number 174
O team St Jago
F number 133
'''

ARTICLES['520-delta-assembly-summons-commissioner-ekreji-olomu-pipeline-spill-ughelli-south-ebpdc-thisday'] = r'''
> Nigeria
L country Nigeria
> Delta Assembly Summons Environment Commissioner over Ekreji-Olomu Spill
O government Delta Assembly
L city Ekreji-Olomu
> Omonigho Akpoveta-Ejiro in Warri
P full Omonigho Akpoveta-Ejiro
L city Warri
> 14 Mar 2038
F date 14 Mar 2038
> Crude oil on a fish pond at Ekreji-Olomu, Ughelli South, Delta State. Photo: Ovie Erhabor-Tanko
L city Ekreji-Olomu
L region Ughelli South
L region Delta State
P full Ovie Erhabor-Tanko
> The Delta State House of Assembly on Thursday summoned the state Commissioner for Environment, Dr. Tarila Ebiware-Okolo, to explain the government’s response to an oil spill at Ekreji-Olomu community in Ughelli South Local Government Area, which residents say has fouled farmland and fish ponds for nearly three weeks.
O government Delta State House of Assembly
P full Tarila Ebiware-Okolo
L city Ekreji-Olomu
L region Ughelli South Local Government Area
F duration three weeks
> The spill is from a 12-inch delivery line operated by Ethiope Basin Petroleum Development Company Limited (EBPDC), which carries about 6,500 barrels per day of crude from the company’s Okpare field to the Trans Forcados Pipeline. It was first reported on February 22.
F quantity 12-inch
O company Ethiope Basin Petroleum Development Company Limited
O company EBPDC
F quantity 6,500 barrels per day
L facility Okpare
L facility Trans Forcados Pipeline
F date February 22
> Moving a motion of urgent public importance, the member representing Ughelli South constituency, Hon. Oghenekaro Efe-Tonukari, said the crude had spread through the creeks linking Ekreji-Olomu to Otu-Jeremi and the Warri River.
L region Ughelli South
P full Oghenekaro Efe-Tonukari
L city Ekreji-Olomu
L city Otu-Jeremi
L geo Warri River
> “Mr. Speaker, the people of Ekreji-Olomu are drinking crude oil. Their farms are gone, their ponds are gone, and up till now no one from the company or from the ministry has visited them,” he said.
Q direct Oghenekaro Efe-Tonukari :: “Mr. Speaker, the people of Ekreji-Olomu are drinking crude oil. Their farms are gone, their ponds are gone, and up till now no one from the company or from the ministry has visited them,”
L city Ekreji-Olomu
> The House directed its Committee on Oil and Gas to visit the site within seven days and asked the National Oil Spill Detection and Response Agency (NOSDRA) to make public the findings of its joint investigation visit (JIV).
O government House
O government Committee on Oil and Gas
F duration seven days
O government National Oil Spill Detection and Response Agency
O government NOSDRA
> Residents told THISDAY that a clamp team from the company arrived only on March 3, nine days after the leak was reported, and that no clean-up had started.
O media THISDAY
F date March 3
F duration nine days
> The community’s youth leader, Comrade Efetobore Unuafe, said more than 200 hectares of cassava and plantain farms and 41 fish ponds had been affected.
P full Efetobore Unuafe
F quantity 200 hectares
F number 41
> “The crude entered the ponds with the tide. We lost catfish worth over N30 million in one week,” Unuafe said. “Our women cannot go to the creek again. The company should come and pay compensation, not bring bags of rice.”
Q direct Efetobore Unuafe :: “The crude entered the ponds with the tide. We lost catfish worth over N30 million in one week,”
F money N30 million
F duration one week
P partial Unuafe
Q direct Efetobore Unuafe :: “Our women cannot go to the creek again. The company should come and pay compensation, not bring bags of rice.”
> A fish farmer, Mrs. Roseline Okoro-Edafe, 54, said in Pidgin: “Everything don spoil. Na this pond I take train my three pikin for school.”
P full Roseline Okoro-Edafe
F age 54
Q direct Roseline Okoro-Edafe :: “Everything don spoil. Na this pond I take train my three pikin for school.”
F number three
> The community’s counsel, Barr. Ufuoma Ighoyota-Sagay, said it would demand N4.2 billion (about $2.6 million) in damages if the company did not begin remediation by the end of March.
P full Ufuoma Ighoyota-Sagay
F money N4.2 billion
F money $2.6 million
> In a statement signed by its Head of Corporate Communications, Mr. Kelechi Anozie-Bright, EBPDC said the leak was caused by “third-party interference” and that the line had been shut in since February 23.
P full Kelechi Anozie-Bright
O company EBPDC
Q direct Ethiope Basin Petroleum Development Company Limited :: “third-party interference”
F date February 23
> The company said it had deployed containment booms on the creek and would begin remediation “as soon as the JIV is concluded and access is guaranteed by the host community.”
Q direct Ethiope Basin Petroleum Development Company Limited :: “as soon as the JIV is concluded and access is guaranteed by the host community.”
> Under the Petroleum Industry Act (PIA) of 2021, operators fund host community development trusts with three per cent of their annual operating expenditure. Residents said the Ekreji-Olomu Host Community Development Trust received N84 million from EBPDC in 2037, but its board was not consulted on the response to the spill.
F date 2021
F percent three per cent
O nonprofit Ekreji-Olomu Host Community Development Trust
F money N84 million
O company EBPDC
F date 2037
> Speaking to journalists in Asaba on Friday, Ebiware-Okolo said the ministry had sent water and soil samples to a laboratory in Port Harcourt and would appear before the House on Tuesday.
L city Asaba
P partial Ebiware-Okolo
L city Port Harcourt
O government House
> “The Delta State Government will not allow any operator to treat our people as collateral damage. Whoever is responsible will clean it up and pay,” she said.
Q direct Tarila Ebiware-Okolo :: “The Delta State Government will not allow any operator to treat our people as collateral damage. Whoever is responsible will clean it up and pay,”
O government Delta State Government
> The Delta State Oil Producing Areas Development Commission (DESOPADEC) said it had sent relief materials worth N12.5 million to the community.
O government Delta State Oil Producing Areas Development Commission
O government DESOPADEC
F money N12.5 million
> Nigeria produced an average of 1.62 million barrels per day of crude oil in February, according to the Nigerian Upstream Petroleum Regulatory Commission (NUPRC), with fields in Delta State accounting for about a fifth of the total.
L country Nigeria
F quantity 1.62 million barrels per day
O government Nigerian Upstream Petroleum Regulatory Commission
O government NUPRC
L region Delta State
F fraction a fifth
'''

ARTICLES['521-cork-stopper-makers-lay-off-raw-cork-prices-santa-maria-da-feira-alentejo-drought-portugal-news'] = r'''
> Business
> Cork stopper makers put 1,400 on lay-off as bark prices soar
F number 1,400
> Drought in the Alentejo cut last summer's harvest by a third, and the factories of Santa Maria da Feira are paying the price
L region Alentejo
F fraction a third
L city Santa Maria da Feira
> By TPN/Lusa, in Business · 16 Mar 2038 · 0 Comments
O media TPN
O media Lusa
F date 16 Mar 2038
F number 0
> Cork oak bark stacked to dry at a yard in Coruche. Credits: Lusa; Author: Nuno Valadares Pinto;
L city Coruche
O media Lusa
P full Nuno Valadares Pinto
> Cork stopper manufacturers in Santa Maria da Feira, the heart of Portugal's cork industry, have placed about 1,400 workers on lay-off after the price of raw cork rose by 38 percent in a year, the Cork Workers' Union of the North (Sindicato dos Operários Corticeiros do Norte) said on Monday.
L city Santa Maria da Feira
L country Portugal
F number 1,400
F percent 38 percent
O nonprofit Cork Workers' Union of the North
O nonprofit Sindicato dos Operários Corticeiros do Norte
> The union's coordinator, Alcino Tavares Borges, said 23 companies in the parishes of Paços de Brandão, Lourosa, Santa Maria de Lamas and São Paio de Oleiros had applied for the simplified lay-off scheme, under which workers receive two-thirds of their pay.
P full Alcino Tavares Borges
F number 23
L city Paços de Brandão
L city Lourosa
L city Santa Maria de Lamas
L city São Paio de Oleiros
F fraction two-thirds
> "These are not companies in trouble because of bad management. They have orders. What they don't have is cork, or they cannot pay what the Alentejo is asking for it," Borges said.
Q direct Alcino Tavares Borges :: "These are not companies in trouble because of bad management. They have orders. What they don't have is cork, or they cannot pay what the Alentejo is asking for it,"
L region Alentejo
P partial Borges
> Raw cork sold for an average of €52 per arroba (15 kilograms) at the end of the 2037 harvest, against €37.70 a year earlier, according to the Portuguese Cork Association (APCOR), which is based in Santa Maria da Feira.
F money €52
F quantity 15 kilograms
F date 2037
F money €37.70
O nonprofit Portuguese Cork Association
O nonprofit APCOR
L city Santa Maria da Feira
> Cork is stripped from the trunks of cork oaks every nine years between May and August. APCOR said the 2037 extraction in the Alentejo and the Ribatejo came to about 118,000 tonnes, down from 176,000 tonnes in 2036, after the driest winter since records began in 1931.
F duration nine years
O nonprofit APCOR
F date 2037
L region Alentejo
L region Ribatejo
F quantity 118,000 tonnes
F quantity 176,000 tonnes
F date 2036
F date 1931
> "Trees under water stress give thinner, poorer bark, and many owners simply postponed the harvest to protect the tree," said forestry engineer Maria do Céu Lopes e Vasconcelos, of the University of Évora.
Q direct Maria do Céu Lopes e Vasconcelos :: "Trees under water stress give thinner, poorer bark, and many owners simply postponed the harvest to protect the tree,"
P full Maria do Céu Lopes e Vasconcelos
O education University of Évora
> Spain, the world's second-largest producer, was hit even harder. Growers in Extremadura and Andalusia reported losses of up to half of their crop, and prices at the cork auctions in San Vicente de Alcántara reached a record €61 per quintal, the association said.
L country Spain
L region Extremadura
L region Andalusia
F fraction half
L city San Vicente de Alcántara
F money €61
> At Rolhas Pinhal Valente, a family firm in Paços de Brandão that makes 900,000 natural stoppers a day, managing partner Joana Pinhal Valente said it had stopped two of its five punching lines and put 64 of its 210 workers on lay-off until at least June.
O company Rolhas Pinhal Valente
L city Paços de Brandão
F number 900,000
P full Joana Pinhal Valente
F number two
F number five
F number 64
F number 210
> "Our customers in Bordeaux and Champagne have been patient, but a winemaker does not wait for cork. If we cannot deliver, they go to screw caps, and they don't come back," she told Lusa.
Q direct Joana Pinhal Valente :: "Our customers in Bordeaux and Champagne have been patient, but a winemaker does not wait for cork. If we cannot deliver, they go to screw caps, and they don't come back,"
L city Bordeaux
L region Champagne
O media Lusa
> Portugal exported €1.24 billion of cork products in 2037, 1.8 percent less than a year earlier, according to the National Statistics Institute (INE). Stoppers account for about 70 percent of sales.
L country Portugal
F money €1.24 billion
F date 2037
F percent 1.8 percent
O government National Statistics Institute
O government INE
F percent 70 percent
> The Ministry of Agriculture and Food said on Tuesday that it would open a €25 million credit line for the sector next month and was studying "exceptional support" for cork oak owners who lost their harvest.
O government Ministry of Agriculture and Food
F money €25 million
Q direct Ministry of Agriculture and Food :: "exceptional support"
> Borges said the union would hold a protest outside Santa Maria da Feira town hall on 27 March. "Two-thirds of a wage does not pay a mortgage in 2038," he said.
P partial Borges
L city Santa Maria da Feira
F date 27 March
Q direct Alcino Tavares Borges :: "Two-thirds of a wage does not pay a mortgage in 2038,"
F fraction Two-thirds
F date 2038
'''

ARTICLES['522-lower-elkhorn-nrd-phase-3-nitrate-rules-cuming-dodge-colfax-counties-norfolk-daily-news'] = r'''
> Local News
> Lower Elkhorn NRD moves parts of three counties to Phase 3 over nitrate
O government Lower Elkhorn NRD
F number three
> By Brent Hoffmeister Daily News
P full Brent Hoffmeister
O media Daily News
> Mar 19, 2038
F date Mar 19, 2038
> Updated Mar 20, 2038
F date Mar 20, 2038
> Loren Mostek pushes a soil probe into a cornstalk field southwest of Beemer on Wednesday. Mostek’s land is inside the new Phase 3 area. (Brent Hoffmeister/Norfolk Daily News)
P full Loren Mostek
L city Beemer
P partial Mostek
P full Brent Hoffmeister
O media Norfolk Daily News
> The Lower Elkhorn Natural Resources District board voted 9-6 on Thursday night to place about 412,000 acres in parts of Cuming, Dodge and Colfax counties under Phase 3 groundwater rules, after nitrate levels in monitoring wells kept rising despite three years of lighter restrictions.
O government Lower Elkhorn Natural Resources District
F number 9-6
F quantity 412,000 acres
L region Cuming
L region Dodge
L region Colfax
F duration three years
> The decision, made in front of about 120 people at the district’s office in Norfolk, bans the application of commercial nitrogen fertilizer from Oct. 1 to March 1 and caps any single application at 80 pounds of nitrogen per acre.
F number 120
L city Norfolk
F date Oct. 1
F date March 1
F quantity 80 pounds
> Farmers in the area will also have to take annual soil and water samples, attend a certification class every four years and report their yields to the district. The rules take effect Sept. 1, so the first fall ban will apply this year.
F duration four years
F date Sept. 1
> The average nitrate concentration in the district’s monitoring wells across the three-county area rose from 8.1 parts per million in 2031 to 11.4 ppm last year, above the drinking water limit of 10 ppm set by the U.S. Environmental Protection Agency.
F number three
F quantity 8.1 parts per million
F date 2031
F quantity 11.4 ppm
F quantity 10 ppm
O government U.S. Environmental Protection Agency
> Several towns have already had to act. West Point drilled two new municipal wells in 2036 at a cost of $3.8 million, and the village of Dodge has blended water from its three wells since 2034 to keep its tap water under the limit.
L city West Point
F number two
F date 2036
F money $3.8 million
L city Dodge
F number three
F date 2034
> “We’ve got 612 people and a $4 million water problem,” said Gary Pospisil, chairman of the Dodge village board. “Nobody in this town put that nitrate there on purpose, but we are all paying for it.”
Q direct Gary Pospisil :: “We’ve got 612 people and a $4 million water problem,”
F number 612
F money $4 million
P full Gary Pospisil
L city Dodge
Q direct Gary Pospisil :: “Nobody in this town put that nitrate there on purpose, but we are all paying for it.”
> Board member Lyle Kasmeier, who farms near Snyder and voted no, said the district was moving too fast. He said farmers had already cut back on fall applications on their own and that the rise in the wells reflected “decades, not the last three years.”
P full Lyle Kasmeier
L city Snyder
Q direct Lyle Kasmeier :: “decades, not the last three years.”
F duration three years
> “You are telling a guy with 2,000 acres of corn and beans that he has to change how he farms by this fall, with corn at $4.10 a bushel,” Kasmeier said.
Q direct Lyle Kasmeier :: “You are telling a guy with 2,000 acres of corn and beans that he has to change how he farms by this fall, with corn at $4.10 a bushel,”
F quantity 2,000 acres
F money $4.10
P partial Kasmeier
> NRD general manager Andrea Vogt said the district’s own rules called for Phase 3 once the average passed 9 ppm, and that the board had “run out of reasons to wait.”
O government NRD
P full Andrea Vogt
F quantity 9 ppm
Q direct Andrea Vogt :: “run out of reasons to wait.”
> “The nitrate in these wells today went on the fields 20 or 30 years ago. If we wait for the water to tell us we were right, we will have waited another 20,” Vogt said.
Q direct Andrea Vogt :: “The nitrate in these wells today went on the fields 20 or 30 years ago. If we wait for the water to tell us we were right, we will have waited another 20,”
F duration 20
F duration 30 years
F duration 20
P partial Vogt
> The Phase 3 area follows the Elkhorn River valley from north of West Point to south of Scribner and includes the towns of Wisner, Beemer, Snyder, Hooper and Dodge.
L geo Elkhorn River
L city West Point
L city Scribner
L city Wisner
L city Beemer
L city Snyder
L city Hooper
L city Dodge
> Several parents at the meeting cited research at the University of Nebraska Medical Center in Omaha linking nitrate in drinking water to higher rates of some childhood cancers. Jessica Reinke-Osborn of Hooper, who has two children, told the board she now buys bottled water for her family.
O education University of Nebraska Medical Center
L city Omaha
P full Jessica Reinke-Osborn
L city Hooper
F number two
> “I shouldn’t have to do that in the middle of the best farm ground in the world,” she said.
Q direct Jessica Reinke-Osborn :: “I shouldn’t have to do that in the middle of the best farm ground in the world,”
> Nebraska Extension will hold the first certification classes at the Cuming County Fairgrounds in West Point on April 6 and at the Scribner fire hall on April 8. The Nebraska Department of Environment and Energy said in a statement that it supported the district’s “locally led” approach.
O education Nebraska Extension
L facility Cuming County Fairgrounds
L city West Point
F date April 6
L city Scribner
F date April 8
O government Nebraska Department of Environment and Energy
Q direct Nebraska Department of Environment and Energy :: “locally led”
> Brent Hoffmeister can be reached at bhoffmeister@norfolkdailynews.com.
P full Brent Hoffmeister
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
