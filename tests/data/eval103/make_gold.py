#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval103 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval103/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['661-dakar-port-mali-cargo-truckers-strike-axle-load-fines-bel-air-kidira-africanews'] = r'''
> Senegal
L country Senegal
> Mali-bound cargo piles up at Dakar port as truckers strike over axle-load fines
L country Mali
L city Dakar
> By Africanews
O media Africanews
> with AFP
O media AFP
> Last updated: 18/11/2037 - 15:47
F date 18/11/2037
F time 15:47
> Trucks bound for Mali wait on the Route de Rufisque outside the port of Dakar, Senegal, on Tuesday, November 17, 2037.
L country Mali
L street Route de Rufisque
L city Dakar
L country Senegal
F date November 17, 2037
> Copyright © africanews
O media africanews
> Ibrahima Ndour/AFP
P full Ibrahima Ndour
O media AFP
> Hundreds of trucks loaded with rice, cement and fuel for Mali stood idle outside the port of Dakar on Wednesday, as a strike by Senegalese truck drivers against new fines for overloaded axles went into its third day.
L country Mali
L city Dakar
> The Port Autonome de Dakar (PAD) said 2,340 containers bound for Mali were waiting to be collected at its terminals, up from 900 on Monday, and that its yards were at 87% of capacity.
O government Port Autonome de Dakar
O government PAD
F number 2,340
L country Mali
F number 900
F percent 87%
> "If the trucks do not move by the weekend, we will have to stop unloading ships for Mali," the port authority said in a statement on Tuesday evening.
Q direct Port Autonome de Dakar :: "If the trucks do not move by the weekend, we will have to stop unloading ships for Mali,"
L country Mali
> The strike was called by the Union des Routiers du Sénégal (URS), which says the fines, in force since November 1, are applied only on the Senegalese side of the 1,250-kilometre corridor between Dakar and Bamako. Under the new rules, a driver caught at a weighbridge with more than 11.5 tonnes on a single axle must pay 250,000 CFA francs (about €381) for each tonne over the limit.
O nonprofit Union des Routiers du Sénégal
O nonprofit URS
F date November 1
F quantity 1,250-kilometre
L city Dakar
L city Bamako
F quantity 11.5 tonnes
F money 250,000 CFA francs
F money €381
> "A driver earns 150,000 francs for the whole trip. How can he pay 500,000 at Diamniadio for a load he did not put on the truck?" said Mame Cheikh Diagne, secretary general of the URS, at a meeting of drivers in a car park at Bel-Air on Tuesday.
Q direct Mame Cheikh Diagne :: "A driver earns 150,000 francs for the whole trip. How can he pay 500,000 at Diamniadio for a load he did not put on the truck?"
F money 150,000 francs
F money 500,000
L city Diamniadio
P full Mame Cheikh Diagne
O nonprofit URS
L city Bel-Air
> Diagne, 54, said loads were fixed by importers in Bamako and by clearing agents at the port, and that most drivers had no way of weighing their trucks before they set off. "They want to punish the smallest person in the chain," he said.
P partial Diagne
F age 54
L city Bamako
Q direct Mame Cheikh Diagne :: "They want to punish the smallest person in the chain,"
> Senegal's Ministry of Infrastructure and Land Transport said the checks apply a regional rule adopted by the West African Economic and Monetary Union (UEMOA) in 2005, which Senegal and Mali have both promised to enforce. Overloaded trucks cause about 40% of the damage to the national road network, it said.
L country Senegal
O government Ministry of Infrastructure and Land Transport
O intergovernmental West African Economic and Monetary Union
O intergovernmental UEMOA
F date 2005
L country Senegal
L country Mali
F percent 40%
> Minister Aïssatou Sow Ndiaye told reporters in Dakar on Wednesday there would be "no going back", but said her ministry would meet the unions on Thursday. "We are ready to discuss a period of transition. We are not ready to let 60-tonne trucks destroy roads that cost this country 400 billion francs," she said.
P full Aïssatou Sow Ndiaye
L city Dakar
Q direct Aïssatou Sow Ndiaye :: "no going back"
Q direct Aïssatou Sow Ndiaye :: "We are ready to discuss a period of transition. We are not ready to let 60-tonne trucks destroy roads that cost this country 400 billion francs,"
F quantity 60-tonne
F money 400 billion francs
> Landlocked Mali brings in most of its imports through Dakar and Abidjan. The Conseil Malien des Chargeurs (CMC), which represents Malian importers, said on Tuesday that about 1,100 Malian trucks were stuck in Senegal, among them 300 tankers at the Kidira border post, 650 km east of Dakar.
L country Mali
L city Dakar
L city Abidjan
O government Conseil Malien des Chargeurs
O government CMC
F number 1,100
L country Senegal
F number 300
L city Kidira
F quantity 650 km
L city Dakar
> In Bamako, a 50-kilogramme sack of rice now sells for 21,500 CFA francs, up from 19,000 francs a week ago, traders said.
L city Bamako
F quantity 50-kilogramme
F money 21,500 CFA francs
F money 19,000 francs
> "We have fuel for ten days, maybe two weeks," said Bakary Sissoko, who imports fuel and cooking gas in the Malian capital. "After that the stations in Kayes will run dry first, then Bamako."
Q direct Bakary Sissoko :: "We have fuel for ten days, maybe two weeks,"
F duration ten days
F duration two weeks
P full Bakary Sissoko
Q direct Bakary Sissoko :: "After that the stations in Kayes will run dry first, then Bamako."
L city Kayes
L city Bamako
> A customs officer at the port, who spoke on condition of anonymity because he was not authorised to talk to the press, said some clearing agents had started loading containers onto Malian-registered trucks, which are not part of the strike. "The Malians are working. The Senegalese are watching," he said.
Q direct - :: "The Malians are working. The Senegalese are watching,"
> It is the second strike on the corridor this year. In March, drivers stopped work for four days after two of their colleagues were killed in a robbery near Tambacounda.
F duration four days
F number two
L city Tambacounda
> DP World, which runs the container terminal in Dakar, forecasts that traffic for Mali will grow by 6% a year until 2040, when the new deep-water port at Ndayane, 50 km south-east of the capital, is due to take most of it.
O company DP World
L city Dakar
L country Mali
F percent 6%
F date 2040
L city Ndayane
F quantity 50 km
> At Bel-Air, drivers said they would not move before the meeting with the ministry. "We are not against the law. We are against a law that only we pay," said El Hadji Malick Guèye, 61, who has driven the corridor since 1998.
L city Bel-Air
Q direct El Hadji Malick Guèye :: "We are not against the law. We are against a law that only we pay,"
P full El Hadji Malick Guèye
F age 61
F date 1998
> By Wednesday afternoon the queue on the Route de Rufisque stretched for about 6 km, and police had closed a lane of the road at Hann to let other traffic through.
L street Route de Rufisque
F quantity 6 km
L city Hann
'''

ARTICLES['662-red-river-orange-mine-water-spill-wheal-kitto-pool-tuckingmill-gwithian-cornwall-live'] = r'''
> Environment
> 'It looks like someone tipped paint in it' - Red River runs orange after mine water spill near Camborne
Q direct Loveday Nancarrow :: 'It looks like someone tipped paint in it'
L geo Red River
L city Camborne
> The Environment Agency is investigating after untreated water pumped out of flooded tin workings at Pool reached the sea at Gwithian
O government Environment Agency
L city Pool
L city Gwithian
> By Jory Tregenza
P full Jory Tregenza
> 14:26, 7 SEP 2038
F time 14:26
F date 7 SEP 2038
> Updated 16:51, 7 SEP 2038
F time 16:51
F date 7 SEP 2038
> Orange water in the Red River at Gwithian Towans on Tuesday morning (Image: Kensa Hocking/Cornwall Live)
L geo Red River
L geo Gwithian Towans
P full Kensa Hocking
O media Cornwall Live
> A river in west Cornwall turned bright orange on Tuesday after untreated water from old mine workings near Camborne was released into it, with walkers and surfers reporting discoloured water all the way down to the beach at Gwithian.
L region Cornwall
L city Camborne
L city Gwithian
> The Environment Agency said it was called to the Red River at Tuckingmill shortly before 7am and found the water "heavily discoloured" for several miles downstream.
O government Environment Agency
L geo Red River
L city Tuckingmill
F time 7am
Q direct Environment Agency :: "heavily discoloured"
> Officers traced the discharge to the Wheal Kitto shaft at Pool, where Carn Brea Tin Ltd has been pumping out flooded workings since June as part of its plan to mine tin on the site for the first time since the 1990s.
L facility Wheal Kitto
L city Pool
O company Carn Brea Tin Ltd
F date 1990s
> In a statement, the company said a filter at its water treatment plant had "failed overnight" and that water had run into the river untreated for "around four hours" before staff shut down the pumps. It said the water was "predominantly iron oxide" and posed "no significant risk to public health".
Q direct Carn Brea Tin Ltd :: "failed overnight"
Q direct Carn Brea Tin Ltd :: "around four hours"
F duration four hours
Q direct Carn Brea Tin Ltd :: "predominantly iron oxide"
Q direct Carn Brea Tin Ltd :: "no significant risk to public health"
> Carn Brea Tin's chief executive Morwenna Angove said: "We are very sorry. This should not have happened, and we will pay for whatever clean-up the Environment Agency asks of us. We have stopped all pumping until an independent engineer has checked every part of the system."
O company Carn Brea Tin
P full Morwenna Angove
Q direct Morwenna Angove :: "We are very sorry. This should not have happened, and we will pay for whatever clean-up the Environment Agency asks of us. We have stopped all pumping until an independent engineer has checked every part of the system."
O government Environment Agency
> Residents said the colour had reached the sea by mid-morning. Loveday Nancarrow, 47, who walks her dogs through the Red River Valley nature reserve every day, said: "It looks like someone tipped paint in it. The whole stream was orange right down to the sand, and the foam on the beach was orange too."
P full Loveday Nancarrow
F age 47
L geo Red River Valley
Q direct Loveday Nancarrow :: "It looks like someone tipped paint in it. The whole stream was orange right down to the sand, and the foam on the beach was orange too."
> Surfers Against Sewage, the charity based in St Agnes, said it had received more than 30 reports from people in the water at Gwithian and Godrevy, and RNLI lifeguards told swimmers to keep away from the river mouth.
O nonprofit Surfers Against Sewage
L city St Agnes
F number 30
L city Gwithian
L geo Godrevy
O nonprofit RNLI
> Cllr Hedley Rowe, who represents Tuckingmill on Cornwall Council, said the spill was "exactly what people were afraid of".
P full Hedley Rowe
L city Tuckingmill
O government Cornwall Council
Q direct Hedley Rowe :: "exactly what people were afraid of"
> "People here are not against mining. Half the grandfathers in this town worked underground," he said. "But we were told there would be three stages of treatment and an alarm on every pump.
Q direct Hedley Rowe :: "People here are not against mining. Half the grandfathers in this town worked underground,"
F fraction Half
Q direct Hedley Rowe :: "But we were told there would be three stages of treatment and an alarm on every pump.
F number three
> "Now we find out that one filter failing in the middle of the night is enough to turn the river orange all the way to Gwithian. I want to know why nobody was watching it."
Q direct Hedley Rowe :: "Now we find out that one filter failing in the middle of the night is enough to turn the river orange all the way to Gwithian. I want to know why nobody was watching it."
F number one
L city Gwithian
> An Environment Agency spokesperson said: "Our officers took samples at five points between Tuckingmill and the sea. Early readings show iron at more than 40 times the normal level near the discharge point, falling sharply further downstream. We will know more when the laboratory results come back in seven to ten days."
O government Environment Agency
Q direct - :: "Our officers took samples at five points between Tuckingmill and the sea. Early readings show iron at more than 40 times the normal level near the discharge point, falling sharply further downstream. We will know more when the laboratory results come back in seven to ten days."
F number five
L city Tuckingmill
F number 40
F duration seven
F duration ten days
> The spokesperson said no dead fish had been found so far, but officers would keep checking the river for "any impact on wildlife".
Q direct - :: "any impact on wildlife"
> The Red River rises near Carn Brea and flows through Tuckingmill and Roscroggan to the sea at Gwithian. It takes its name from the tin waste that coloured it for more than a century, when dozens of mines between Camborne and Redruth washed their tailings into it. Its valley is now a nature reserve, and otters and brown trout have returned over the last 20 years.
L geo Red River
L geo Carn Brea
L city Tuckingmill
L city Roscroggan
L city Gwithian
L city Camborne
L city Redruth
F duration 20 years
> Carn Brea Tin, which employs 86 people, won planning permission from Cornwall Council in 2036 and hopes to produce 2,400 tonnes of tin a year from 2041. It says it has spent £14.5m on its water treatment plant, which the Environment Agency allows to release up to 6 million litres of treated water a day into the Red River.
O company Carn Brea Tin
F number 86
O government Cornwall Council
F date 2036
F quantity 2,400 tonnes
F date 2041
F money £14.5m
O government Environment Agency
F quantity 6 million litres
L geo Red River
> The company is one of several trying to bring mining back to Cornwall, where the last working tin mine, South Crofty, closed in 1998.
L region Cornwall
L facility South Crofty
F date 1998
> READ NEXT: Pool crossroads to shut for six weeks for gas main work
'''

ARTICLES['663-hibernian-glasgow-city-ragnarsdottir-double-meadowbank-swpl-team-lists-scotsman'] = r'''
> Sport
> Hibernian 1-2 Glasgow City: Ragnarsdóttir double keeps City in SWPL title race
O team Hibernian
F score 1-2
O team Glasgow City
P partial Ragnarsdóttir
O team City
O other SWPL
> Iceland striker scores twice after the break as Hibs are beaten at Meadowbank and City close to within a point of leaders Rangers
L country Iceland
O team Hibs
L facility Meadowbank
O team City
O team Rangers
> By Eilidh Carmichael
P full Eilidh Carmichael
> Published 15th Mar 2037, 18:42 GMT
F date 15th Mar 2037
F time 18:42 GMT
> Sóley Ragnarsdóttir heads Glasgow City’s winner at Meadowbank. (Photo by Euan Kinnaird / SNS Group)
P full Sóley Ragnarsdóttir
O team Glasgow City
L facility Meadowbank
P full Euan Kinnaird
O media SNS Group
> Sóley Ragnarsdóttir scored twice in the second half as Glasgow City came from behind to beat Hibernian 2-1 at Meadowbank and move to within a point of SWPL leaders Rangers.
P full Sóley Ragnarsdóttir
O team Glasgow City
O team Hibernian
F score 2-1
L facility Meadowbank
O other SWPL
O team Rangers
> Rhona Kinloch had given Hibs a deserved lead five minutes before half-time, turning Jodie Dempster on the edge of the box and curling a shot past Aino Hyvärinen into the far corner.
P full Rhona Kinloch
O team Hibs
F duration five minutes
P full Jodie Dempster
P full Aino Hyvärinen
> But Ragnarsdóttir, the 24-year-old who joined from Breiðablik in January, levelled in the 58th minute when she reacted first after Ishbel Baird had saved from Mackenzie Ruiz, and she headed the winner from Skye Robertson’s corner with 11 minutes left.
P partial Ragnarsdóttir
F age 24-year-old
O team Breiðablik
P full Ishbel Baird
P full Mackenzie Ruiz
P full Skye Robertson
F duration 11 minutes
> The result leaves City on 43 points from 18 games in the Scottish Women’s Premier League, one behind Rangers, who beat Spartans 4-0 at Broadwood on Saturday. Celtic, in third, were held 1-1 by Hearts at the Oriam.
O team City
F number 43
F number 18
O other Scottish Women’s Premier League
F number one
O team Rangers
O team Spartans
F score 4-0
L facility Broadwood
O team Celtic
F score 1-1
O team Hearts
L facility Oriam
> Hibs, who had won their previous four league games, stay fifth on 31 points.
O team Hibs
F number four
F number 31
> “We were the better team for an hour, and I’m proud of them for that,” said Hibs head coach Grant Scobie. “But City have players who punish you the minute you switch off, and Sóley showed that today. We gave her one yard and she scored.”
Q direct Grant Scobie :: “We were the better team for an hour, and I’m proud of them for that,”
O team Hibs
P full Grant Scobie
Q direct Grant Scobie :: “But City have players who punish you the minute you switch off, and Sóley showed that today. We gave her one yard and she scored.”
O team City
P partial Sóley
F quantity one yard
> Scobie said the Scotland international Kinloch had been “outstanding” but would have a scan on her ankle on Monday after limping off late on.
P partial Scobie
L country Scotland
P partial Kinloch
Q direct Grant Scobie :: “outstanding”
> City head coach Leanne Kerr-Haddow admitted her side had been second best for 45 minutes.
O team City
P full Leanne Kerr-Haddow
F duration 45 minutes
> “At half-time I told them we hadn’t come all the way to Edinburgh to make up the numbers,” she said. “Hibs pressed us really well and we didn’t cope with it. In the second half we moved the ball quicker and found Sóley in the box, and she’s the best finisher in this league.”
Q direct Leanne Kerr-Haddow :: “At half-time I told them we hadn’t come all the way to Edinburgh to make up the numbers,”
L city Edinburgh
Q direct Leanne Kerr-Haddow :: “Hibs pressed us really well and we didn’t cope with it. In the second half we moved the ball quicker and found Sóley in the box, and she’s the best finisher in this league.”
O team Hibs
P partial Sóley
> Ragnarsdóttir, who has 17 goals in 15 SWPL games since arriving from Kópavogur, said the cold had not bothered her.
P partial Ragnarsdóttir
F number 17
F number 15
O other SWPL
L city Kópavogur
> “People keep asking me about the weather, but in Iceland we play in the snow from when we are six years old,” she said. “I just want to win the league. At Breiðablik I learned that you win titles in March, not in May.”
Q direct Sóley Ragnarsdóttir :: “People keep asking me about the weather, but in Iceland we play in the snow from when we are six years old,”
L country Iceland
F age six years old
Q direct Sóley Ragnarsdóttir :: “I just want to win the league. At Breiðablik I learned that you win titles in March, not in May.”
O team Breiðablik
> City host Celtic at Petershill Park on Sunday, March 22 (2pm), while Hibs visit Montrose.
O team City
O team Celtic
L facility Petershill Park
F date March 22
F time 2pm
O team Hibs
O team Montrose
> Hibernian: Baird; Drummond, Leask, McAulay, Gillon; Fraser (Sinclair 77), Kinloch (Tait 84), Ross; Sutherland, Grieve (Ishii 70), Mackie. Subs not used: Wardlaw, Munro, Dunnet, Aitken.
O team Hibernian
P partial Baird
P partial Drummond
P partial Leask
P partial McAulay
P partial Gillon
P partial Fraser
P partial Sinclair
P partial Kinloch
P partial Tait
P partial Ross
P partial Sutherland
P partial Grieve
P partial Ishii
P partial Mackie
P partial Wardlaw
P partial Munro
P partial Dunnet
P partial Aitken
> Glasgow City: Hyvärinen; Ruiz, Dempster, Asante-Boateng, Ferrie; Nakagawa, Robertson, McAllister (Lindqvist 63); Paton (Dalgleish 81), Ragnarsdóttir, Kerr. Subs not used: Brogan, Ødegård, Cairns, Yule.
O team Glasgow City
P partial Hyvärinen
P partial Ruiz
P partial Dempster
P partial Asante-Boateng
P partial Ferrie
P partial Nakagawa
P partial Robertson
P partial McAllister
P partial Lindqvist
P partial Paton
P partial Dalgleish
P partial Ragnarsdóttir
P partial Kerr
P partial Brogan
P partial Ødegård
P partial Cairns
P partial Yule
> Goals: Kinloch (40); Ragnarsdóttir (58, 79).
P partial Kinloch
P partial Ragnarsdóttir
> Booked: Leask, Ferrie.
P partial Leask
P partial Ferrie
> Referee: Gemma Lauder.
P full Gemma Lauder
> Attendance: 1,486.
F number 1,486
'''

ARTICLES['664-meghalaya-assembly-umiam-catchment-bill-vpp-walkout-khadc-shillong-the-hindu'] = r'''
> Other States
> Meghalaya Assembly passes Umiam catchment Bill amid Opposition walkout
O government Meghalaya Assembly
L geo Umiam
> The VPP called the law ‘a land grab in the name of water’; Chief Minister says Shillong could run dry within a decade without it
O party VPP
Q direct Voice of the People Party :: ‘a land grab in the name of water’
L city Shillong
> Kmenlang Rymbai
P full Kmenlang Rymbai
> Published - March 17, 2038 09:14 pm IST - SHILLONG
F date March 17, 2038
F time 09:14 pm IST
L city SHILLONG
> Legislators of the Voice of the People Party walk out of the Meghalaya Legislative Assembly in Shillong on Wednesday. | Photo Credit: Special Arrangement
O party Voice of the People Party
O government Meghalaya Legislative Assembly
L city Shillong
> The Meghalaya Legislative Assembly on Wednesday (March 17, 2038) passed the Meghalaya Umiam Catchment Protection Bill, 2038 by voice vote after members of the Opposition Voice of the People Party (VPP) walked out, alleging that the law would let the State government take over community forests around the Umiam reservoir without the consent of traditional institutions.
O government Meghalaya Legislative Assembly
F date March 17, 2038
O party Voice of the People Party
O party VPP
L geo Umiam
> The Bill sets up a 14-member Umiam Catchment Authority, headed by the Chief Minister, with powers to notify “core zones” in about 9,600 hectares of the catchment in the Ri-Bhoi and East Khasi Hills districts, where construction, quarrying and tree felling will be banned.
F number 14
O government Umiam Catchment Authority
Q scare - :: “core zones”
F quantity 9,600 hectares
L region Ri-Bhoi
L region East Khasi Hills
> Replying to the debate, Chief Minister Lambok Kharshiing said the lake, which feeds the Umiam hydroelectric stations of the Meghalaya Energy Corporation Limited (MeECL) and is to supply drinking water to Shillong from 2041, had lost about 28% of its storage capacity to silt since it was filled in the 1960s.
P full Lambok Kharshiing
L facility Umiam
O company Meghalaya Energy Corporation Limited
O company MeECL
L city Shillong
F date 2041
F percent 28%
F date 1960s
> “If we do nothing, Shillong will be buying its water from tankers in ten years. This Bill is not about taking land. It is about making sure there is still a lake to protect,” Mr. Kharshiing said.
Q direct Lambok Kharshiing :: “If we do nothing, Shillong will be buying its water from tankers in ten years. This Bill is not about taking land. It is about making sure there is still a lake to protect,”
L city Shillong
F duration ten years
P partial Kharshiing
> He said the Authority would include three members nominated by the Khasi Hills Autonomous District Council (KHADC), and that no land owned by a clan or a village would be taken without compensation. The Bill provides ₹240 crore over five years for planting and for payments to villages that protect their forests, with each participating village eligible for up to ₹6 lakh a year.
O government Authority
F number three
O government Khasi Hills Autonomous District Council
O government KHADC
F money ₹240 crore
F duration five years
F money ₹6 lakh
> The VPP rejected the assurance. “The Bill says ‘in consultation with’ the traditional institutions. It does not say ‘with the consent of’. In the Khasi Hills, that is the whole difference.
O party VPP
Q direct Treiborlang Marngar :: “The Bill says ‘in consultation with’ the traditional institutions. It does not say ‘with the consent of’. In the Khasi Hills, that is the whole difference.
L region Khasi Hills
> “Our forests belong to the clans and the dorbar shnong, not to the Secretariat in Shillong. Today the government has taken the first step towards taking them,” said VPP legislator Treiborlang Marngar, who represents Mawryngkneng.
Q direct Treiborlang Marngar :: “Our forests belong to the clans and the dorbar shnong, not to the Secretariat in Shillong. Today the government has taken the first step towards taking them,”
O government Secretariat
L city Shillong
P full Treiborlang Marngar
L region Mawryngkneng
> All four members of the VPP and two Independents walked out before the vote. The Congress, which has a single member in the 60-member House, backed the Bill but asked the government to extend it to the stone quarries along the Guwahati-Shillong road, which Congress legislator Grikchang D. Shira said were “sending more silt into Umiam than all the villages put together”.
F number four
O party VPP
F number two
O party Congress
F number 60
O government House
L city Guwahati
L city Shillong
P full Grikchang D. Shira
Q direct Grikchang D. Shira :: “sending more silt into Umiam than all the villages put together”
L geo Umiam
> Speaker Everbright Lyngkhoi rejected a demand by the VPP to send the Bill to a select committee, ruling that it had been circulated to members 12 days before the debate.
P full Everbright Lyngkhoi
O party VPP
F duration 12 days
> Outside the chamber, the Ri-Bhoi Dorbar Shnong Federation, which represents 73 village councils around the lake, said it would challenge the law in the Meghalaya High Court. The federation described the Bill as “unconstitutional” and said the Sixth Schedule gave the district councils, not the State, control over community land.
O nonprofit Ri-Bhoi Dorbar Shnong Federation
F number 73
O government Meghalaya High Court
Q direct Ri-Bhoi Dorbar Shnong Federation :: “unconstitutional”
> A senior official of the Water Resources Department, who did not wish to be named, said notification of the core zones would begin only after the rules were framed. “Nobody is going to be evicted next month. We will sit with every dorbar before a single line is drawn on a map,” the official said.
O government Water Resources Department
Q direct - :: “Nobody is going to be evicted next month. We will sit with every dorbar before a single line is drawn on a map,”
> According to a 2036 study by North-Eastern Hill University (NEHU), the silt flowing into the lake has risen from 0.8 million cubic metres a year in 2010 to about 1.9 million cubic metres, much of it from quarrying, road cutting and construction along the highway between Shillong and Umsning.
F date 2036
O education North-Eastern Hill University
O education NEHU
F quantity 0.8 million cubic metres
F date 2010
F quantity 1.9 million cubic metres
L city Shillong
L city Umsning
> The Budget session of the Assembly will conclude on March 26.
O government Assembly
F date March 26
'''

ARTICLES['665-yukon-river-low-water-fuel-barge-turns-back-stevens-village-fort-yukon-beaver-circle-adn'] = r'''
> Rural Alaska
L region Alaska
> Low water on the Yukon strands the season's last fuel barge, and Fort Yukon will pay $16 a gallon to fly fuel in
L geo Yukon
L city Fort Yukon
F money $16
> The barge turned back below Stevens Village after running aground twice. Villages upriver are now counting gallons before freeze-up.
L city Stevens Village
> By Corinne Pitka
P full Corinne Pitka
> Updated: September 20, 2039 Published: September 19, 2039
F date September 20, 2039
F date September 19, 2039
> The tug Nenana Star and its fuel barge on a sandbar in the Yukon River below Stevens Village on Sept. 17. (Photo courtesy of Interior River Freight)
L geo Yukon River
L city Stevens Village
F date Sept. 17
O company Interior River Freight
> The last fuel barge of the season will not reach Fort Yukon this year, leaving the largest village on the upper Yukon River and three of its neighbors to fly in heating oil and gasoline at more than twice last winter's price.
L city Fort Yukon
L geo Yukon River
F number three
> Interior River Freight said Sunday that its tug and a barge carrying 310,000 gallons of fuel had turned back after running aground twice on sandbars below Stevens Village, where the Yukon was running at its lowest level for mid-September since a gauge was installed there in 1976.
O company Interior River Freight
F quantity 310,000 gallons
L city Stevens Village
L geo Yukon
F date 1976
> "We tried for four days. There just isn't the water," said Dale Frank, the company's operations manager in Nenana, where the barges load. "We need 5 feet under us with a full load, and we were finding 3 feet in places that are normally 8 or 9 this time of year."
Q direct Dale Frank :: "We tried for four days. There just isn't the water,"
F duration four days
P full Dale Frank
L city Nenana
Q direct Dale Frank :: "We need 5 feet under us with a full load, and we were finding 3 feet in places that are normally 8 or 9 this time of year."
F quantity 5 feet
F quantity 3 feet
F quantity 8
F quantity 9
> The barge was carrying 180,000 gallons for Fort Yukon, 41,000 for Beaver and smaller loads for Circle and Birch Creek. None of the four communities is on the road system except Circle, at the end of the Steese Highway, which can take fuel by truck from Fairbanks until the road drifts shut.
F quantity 180,000 gallons
L city Fort Yukon
F quantity 41,000
L city Beaver
L city Circle
L city Birch Creek
F number four
L city Circle
L street Steese Highway
L city Fairbanks
> In Fort Yukon, a community of about 480 people 8 miles north of the Arctic Circle, the tribal government's fuel depot sold heating oil for $8.90 a gallon last winter. Flying fuel in from Fairbanks will push that to $16.40 or more, said Marjorie Peter, first chief of the Gwichyaa Zhee Gwich'in Tribal Government.
L city Fort Yukon
F number 480
F quantity 8 miles
L geo Arctic Circle
F money $8.90
L city Fairbanks
F money $16.40
P full Marjorie Peter
O government Gwichyaa Zhee Gwich'in Tribal Government
> "It gets to 50 below here in January. People heat with oil and with wood, and you can't cut a whole winter of wood in the two weeks before the river freezes," Peter said.
Q direct Marjorie Peter :: "It gets to 50 below here in January. People heat with oil and with wood, and you can't cut a whole winter of wood in the two weeks before the river freezes,"
F quantity 50 below
F duration two weeks
P partial Peter
> "We have elders who already spend $900 a month on heat. At these prices some families will be choosing between fuel and food by Christmas.
Q direct Marjorie Peter :: "We have elders who already spend $900 a month on heat. At these prices some families will be choosing between fuel and food by Christmas.
F money $900
> "I'm 62 years old and I have never seen the river like this in September."
Q direct Marjorie Peter :: "I'm 62 years old and I have never seen the river like this in September."
F age 62 years old
> The river at Stevens Village stood at 1.9 feet on the gauge Sunday, about 4 feet below normal for the date, according to the National Weather Service's Alaska-Pacific River Forecast Center. Hydrologist Celeste Aguirre-Benson said a dry summer on the Yukon Flats and an early cold snap in the Brooks Range, where several of the river's tributaries begin, had left the Yukon "starved of water" just as the barge season was ending.
L city Stevens Village
F quantity 1.9 feet
F quantity 4 feet
O government National Weather Service
O government Alaska-Pacific River Forecast Center
P full Celeste Aguirre-Benson
L region Yukon Flats
L geo Brooks Range
L geo Yukon
Q direct Celeste Aguirre-Benson :: "starved of water"
> The state Division of Homeland Security and Emergency Management said Monday it was "in close contact" with the four villages and with Tanana Chiefs Conference, the Fairbanks-based nonprofit consortium that serves tribes across the Interior. TCC said it would ask the state for $2.5 million to help pay for the flights.
O government Division of Homeland Security and Emergency Management
Q direct Division of Homeland Security and Emergency Management :: "in close contact"
F number four
O nonprofit Tanana Chiefs Conference
L city Fairbanks
L region Interior
O nonprofit TCC
F money $2.5 million
> Boreal Cargo Lines, which flies fuel to rural communities in two converted DC-6 aircraft, said each flight from Fairbanks can carry about 3,000 gallons, meaning Fort Yukon alone would need 60 flights to replace what the barge was carrying. The company said it could fly "four or five times a day" when the weather allowed.
O company Boreal Cargo Lines
F number two
L city Fairbanks
F quantity 3,000 gallons
L city Fort Yukon
F number 60
Q direct Boreal Cargo Lines :: "four or five times a day"
F number four
F number five
> A pilot for another carrier, who asked not to be named because he was not authorized to speak for his company, said short days and bad weather would make it hard to keep up. "Once we get into November you have maybe six hours of light, and the fog can sit on the Flats for days. You fly when you can," he said.
Q direct - :: "Once we get into November you have maybe six hours of light, and the fog can sit on the Flats for days. You fly when you can,"
F duration six hours
L region Flats
> In Beaver, a village of 84 people about 60 miles downriver, tribal administrator Elmer Solomon Jr. said the school had enough fuel to stay open until February but many homes did not.
L city Beaver
F number 84
F quantity 60 miles
P full Elmer Solomon Jr.
> "If it comes to that, every family is going to be on wood, and the school will be the warm place," he said. "We'll get through it. We always do. But nobody should have to live like this in 2039."
Q direct Elmer Solomon Jr. :: "If it comes to that, every family is going to be on wood, and the school will be the warm place,"
Q direct Elmer Solomon Jr. :: "We'll get through it. We always do. But nobody should have to live like this in 2039."
F date 2039
> Interior River Freight said it would refund customers for the fuel it could not deliver and would try again after breakup in the spring.
O company Interior River Freight
> Corinne Pitka covers rural Alaska for the Anchorage Daily News.
P full Corinne Pitka
L region Alaska
O media Anchorage Daily News
'''

ARTICLES['666-yakutia-ice-crust-horses-starve-verkhoyansk-sartang-yana-hay-airlift-siberian-times'] = r'''
> ‘The ice came down like a lid on the pasture’: thousands of horses starve after November rain in Yakutia’s Verkhoyansk district
Q direct Nyurgun Sleptsov :: ‘The ice came down like a lid on the pasture’
L region Yakutia
L region Verkhoyansk
> Herders on the Yana River fear that up to a third of their animals will not live to see spring, with temperatures forecast to stay below minus 45C.
L geo Yana River
F fraction a third
F quantity minus 45C
> By The Siberian Times reporter
O media The Siberian Times
> 17 January 2040
F date 17 January 2040
> Horses dig at the ice crust on a pasture near Batagay. Picture: Yakutia Ministry of Agriculture
L city Batagay
O government Yakutia Ministry of Agriculture
> More than 3,800 horses have died in the Verkhoyansk district of Yakutia after heavy rain fell on deep snow in late November and froze into a crust of ice that the animals cannot break to reach the grass below.
F number 3,800
L region Verkhoyansk
L region Yakutia
> The republic’s Ministry of Agriculture said on Monday that 3,870 horses had been lost by 15 January out of 27,400 in the district, and that another 6,000 were ‘weak and at risk’.
O government Ministry of Agriculture
F number 3,870
F date 15 January
F number 27,400
F number 6,000
Q direct Yakutia Ministry of Agriculture :: ‘weak and at risk’
> Yakut horses, a small and shaggy breed that lives outdoors all year and digs its own grass out from under the snow, can survive frosts of minus 60C. But they cannot feed through ice more than 5cm thick, and this winter’s crust is up to 12cm deep in places, according to the ministry.
F quantity minus 60C
F quantity 5cm
F quantity 12cm
> ‘We have lost 140 of our 410 horses. Every morning my son and I go out and find more of them lying in the snow,’ said Nyurgun Sleptsov, 58, who keeps his herd near the village of Sartang on the Yana River, some 110km north of Batagay.
Q direct Nyurgun Sleptsov :: ‘We have lost 140 of our 410 horses. Every morning my son and I go out and find more of them lying in the snow,’
F number 140
F number 410
P full Nyurgun Sleptsov
F age 58
L city Sartang
L geo Yana River
F quantity 110km
L city Batagay
> ‘The rain came on the 27th of November, and the next morning it was minus 38. The ice came down like a lid on the pasture. The horses scraped at it until their legs bled.
Q direct Nyurgun Sleptsov :: ‘The rain came on the 27th of November, and the next morning it was minus 38. The ice came down like a lid on the pasture. The horses scraped at it until their legs bled.
F date 27th of November
F number minus 38
> ‘My grandfather told me about a winter like this in 1967. We have hay for perhaps three weeks. After that, I do not know.’
Q direct Nyurgun Sleptsov :: ‘My grandfather told me about a winter like this in 1967. We have hay for perhaps three weeks. After that, I do not know.’
F date 1967
F duration three weeks
> Herders in Yakutia call such a winter a ‘dzhut’, a word shared with Mongolia, where the same disaster is known as the dzud.
L region Yakutia
Q scare - :: ‘dzhut’
L country Mongolia
> Yakutia’s agriculture minister Ayaal Argunov told a meeting in Yakutsk on Monday that 280 tonnes of hay and 60 tonnes of oats had been sent north, by helicopter to the most remote herds and by lorry along the winter road from Yakutsk, a journey of 1,000km that now takes four days. Russia’s Emergencies Ministry has lent two Mi-8 helicopters for the operation.
L region Yakutia
P full Ayaal Argunov
L city Yakutsk
F quantity 280 tonnes
F quantity 60 tonnes
L city Yakutsk
F quantity 1,000km
F duration four days
L country Russia
O government Emergencies Ministry
F number two
> ‘No herder will be left alone with this. We will pay 45,000 roubles for every horse that has died, and we have asked Moscow for help with fodder,’ he said. The republic has set aside 186 million roubles for the campaign.
Q direct Ayaal Argunov :: ‘No herder will be left alone with this. We will pay 45,000 roubles for every horse that has died, and we have asked Moscow for help with fodder,’
F money 45,000 roubles
L city Moscow
F money 186 million roubles
> Tuyaara Vinokurova, a climate researcher at the Institute for Biological Problems of the Cryolithozone in Yakutsk, said such winters were becoming more frequent.
P full Tuyaara Vinokurova
O education Institute for Biological Problems of the Cryolithozone
L city Yakutsk
> ‘In the last 15 years there have been four ice-crust winters in the Verkhoyansk district, against two between 1960 and 2000. Old herders tell us they never saw rain in November in the 20th century,’ she said.
Q direct Tuyaara Vinokurova :: ‘In the last 15 years there have been four ice-crust winters in the Verkhoyansk district, against two between 1960 and 2000. Old herders tell us they never saw rain in November in the 20th century,’
F duration 15 years
F number four
L region Verkhoyansk
F number two
F date 1960
F date 2000
> A vet in Batagay, who asked not to be named, said some losses were not being reported. ‘Some families are hiding dead horses because the animals were never registered, and they are afraid they will get nothing,’ she said.
L city Batagay
Q direct - :: ‘Some families are hiding dead horses because the animals were never registered, and they are afraid they will get nothing,’
> On Sunday the temperature in Verkhoyansk fell to minus 54.3C. The town, which vies with Oymyakon for the title of the coldest inhabited place in the northern hemisphere, recorded minus 67.8C in February 1892.
L city Verkhoyansk
F quantity minus 54.3C
L city Oymyakon
F quantity minus 67.8C
F date February 1892
> Yakutia has about 190,000 horses, more than any other region of Russia, and horse meat and mare’s milk are staples of the Sakha table.
L region Yakutia
F number 190,000
L country Russia
> Sleptsov said he would start cutting willow branches for his horses this week if the hay ran out. ‘They will eat anything now. Last week I saw a mare eating the mane of another,’ he said.
P partial Sleptsov
Q direct Nyurgun Sleptsov :: ‘They will eat anything now. Last week I saw a mare eating the mane of another,’
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
