#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval42 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval42/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['295-hemsby-marrams-rollback-great-yarmouth-council'] = r'''
> News
> ‘We have lost 40 metres in four winters’: Hemsby clifftop homes to be bought and demolished
Q direct Maureen Kittle :: ‘We have lost 40 metres in four winters’
F quantity 40 metres
F number four
L city Hemsby
> Great Yarmouth Borough Council backs £3.4m deal for 11 households on The Marrams after Storm Fenella left two bungalows hanging over the beach
O government Great Yarmouth Borough Council
F money £3.4m
F number 11
L street The Marrams
F number two
> Rosie Thurtle
P full Rosie Thurtle
> Published: 6:00 AM October 14, 2038
F time 6:00 AM
F date October 14, 2038
> Updated: 9:41 AM October 14, 2038
F time 9:41 AM
F date October 14, 2038
> Bungalows on The Marrams in Hemsby, where the dunes have retreated by about 40 metres since 2034. - Credit: Ollie Gotts-Brinkley
L street The Marrams
L city Hemsby
F quantity 40 metres
F date 2034
P full Ollie Gotts-Brinkley
> Eleven homes on the edge of the crumbling dunes at Hemsby are to be bought and demolished after councillors agreed a £3.4 million package to move their owners inland.
F number Eleven
L city Hemsby
F money £3.4 million
> Great Yarmouth Borough Council’s policy and resources committee voted 9-2 on Tuesday night to buy the properties on The Marrams at their pre-erosion value, in what officers called the biggest “rollback” scheme yet attempted on the East Anglian coast.
O government Great Yarmouth Borough Council
F number 9-2
L street The Marrams
Q scare - :: “rollback”
> The decision comes three weeks after Storm Fenella stripped away 9.5 metres of dune in a single night, leaving the back gardens of two bungalows hanging over the beach and forcing six people from their homes.
F duration three weeks
F quantity 9.5 metres
F number two
F number six
> Maureen Kittle, 74, who has lived on The Marrams since 1989, said the vote had come as a relief.
P full Maureen Kittle
F age 74
L street The Marrams
F date 1989
> “We have lost 40 metres in four winters,” she said. “You go to bed and you don’t know whether the shed will still be there in the morning. I’ve watched the neighbours’ houses go one by one.”
Q direct Maureen Kittle :: “We have lost 40 metres in four winters,”
F quantity 40 metres
F number four
Q direct Maureen Kittle :: “You go to bed and you don’t know whether the shed will still be there in the morning. I’ve watched the neighbours’ houses go one by one.”
> Under the scheme, £2.99m will come from Defra, the Department for Environment, Food and Rural Affairs, and £410,000 from the council’s own reserves. Owners will be offered what their homes would have been worth if they were not at risk, plus a 10pc home-loss payment, and the council will meet legal and removal costs of up to £8,500 per household.
F money £2.99m
O government Defra
O government Department for Environment, Food and Rural Affairs
F money £410,000
F percent 10pc
F money £8,500
> Council leader Graham Plowright said the authority had run out of “sticking-plaster” options.
P full Graham Plowright
Q direct Graham Plowright :: “sticking-plaster”
> “Nobody on this committee came into politics to sign off the demolition of people’s homes,” he said. “But the alternative is waiting until a house goes over the edge with somebody in it.”
Q direct Graham Plowright :: “Nobody on this committee came into politics to sign off the demolition of people’s homes,”
Q direct Graham Plowright :: “But the alternative is waiting until a house goes over the edge with somebody in it.”
> Labour’s Ivo Thurkettle, one of the two members who voted against, said the package did nothing for 23 more homes further north along the dunes towards Winterton-on-Sea.
O party Labour
P full Ivo Thurkettle
F number two
F number 23
L city Winterton-on-Sea
> “We are buying out 11 families and telling the next 23 to wait their turn,” he said.
Q direct Ivo Thurkettle :: “We are buying out 11 families and telling the next 23 to wait their turn,”
F number 11
F number 23
> A report to the committee put the cost of rock armour along the 1.6km frontage at between £14m and £18m, which officers said could not be justified under government funding rules because of the small number of homes it would protect.
F quantity 1.6km
F money £14m
F money £18m
> The Environment Agency said its latest shoreline modelling showed the dunes at Hemsby could retreat a further 30 metres by 2045 “under any realistic scenario”.
O government Environment Agency
L city Hemsby
F quantity 30 metres
F date 2045
Q direct Environment Agency :: “under any realistic scenario”
> An Environment Agency spokesperson said: “We will continue to work with Great Yarmouth Borough Council and the community so that people have the support they need to adapt to a changing coastline.”
O government Environment Agency
Q direct - :: “We will continue to work with Great Yarmouth Borough Council and the community so that people have the support they need to adapt to a changing coastline.”
O government Great Yarmouth Borough Council
> Homes on The Marrams were first lost to the sea in the tidal surge of December 2013, and 13 bungalows had to be pulled down after the “Beast from the East” storms of March 2018.
L street The Marrams
F date December 2013
F number 13
Q scare - :: “Beast from the East”
F date March 2018
> The council’s scheme is modelled on one at Happisburgh, in North Norfolk, where clifftop homes on Beach Road were replaced with new ones further inland in the 2010s.
L city Happisburgh
L region North Norfolk
L street Beach Road
F date 2010s
> Further south, residents of California, a hamlet between Scratby and Caister-on-Sea, have asked for a public meeting, saying a gap in the dunes below their homes has widened to 12 metres since the storm.
L city California
L city Scratby
L city Caister-on-Sea
F quantity 12 metres
> Demolition is expected to start in March and take about six months. Owners have until 5pm on November 26 to accept the council’s offer, and a drop-in session will be held at Hemsby Village Hall from 2pm to 7.30pm on Saturday, October 23.
F duration six months
F time 5pm
F date November 26
L facility Hemsby Village Hall
F time 2pm
F time 7.30pm
F date October 23
'''

ARTICLES['296-mberengwa-lithium-runde-first-exports-beira'] = r'''
> Business
> Mberengwa lithium plant starts exports as Govt eyes US$1,2bn from sector
L region Mberengwa
F money US$1,2bn
> Tinotenda Mabhena-Gumbo
P full Tinotenda Mabhena-Gumbo
> Senior Business Reporter
> Thursday, 17 June 2038
F date 17 June 2038
> Mines and Mining Development Minister Cde Farai Chidzikwe-Moyo (second from right) is shown spodumene concentrate by Runde Lithium general manager Eng Tatenda Makoni at the company’s plant in Mberengwa yesterday. — Picture: Memory Chikowore
P full Farai Chidzikwe-Moyo
O company Runde Lithium
P full Tatenda Makoni
L region Mberengwa
P full Memory Chikowore
> ZIMBABWE’S newest lithium processor, Runde Lithium (Private) Limited, has shipped its first 12 000 tonnes of spodumene concentrate through the port of Beira in Mozambique, a milestone Government says will help lift mineral exports to US$9 billion this year.
L country ZIMBABWE
O company Runde Lithium (Private) Limited
F quantity 12 000 tonnes
L city Beira
L country Mozambique
F money US$9 billion
> The US$180 million plant, about 40km south of Mberengwa growth point in the Midlands Province, was commissioned in March and is designed to treat 1,8 million tonnes of ore a year, producing about 240 000 tonnes of concentrate grading 6 percent lithium oxide.
F money US$180 million
F quantity 40km
L region Mberengwa
L region Midlands Province
F quantity 1,8 million tonnes
F quantity 240 000 tonnes
F percent 6 percent
> Runde Lithium is 70 percent owned by China’s Hunan Jinhai Minerals Group, with the remaining 30 percent held by local partner Ngezi Resources (Pvt) Ltd, a Harare-based investment firm.
O company Runde Lithium
F percent 70 percent
L country China
O company Hunan Jinhai Minerals Group
F percent 30 percent
O company Ngezi Resources (Pvt) Ltd
L city Harare
> Speaking at the ceremony yesterday, Mines and Mining Development Minister Cde Farai Chidzikwe-Moyo said the ban on exports of raw lithium ore, introduced in December 2022, was “paying dividends”.
P full Farai Chidzikwe-Moyo
F date December 2022
Q direct Farai Chidzikwe-Moyo :: “paying dividends”
> “When we stopped the export of raw ore, many said investors would run away. Today we have six processing plants in the country and this is the biggest of them,” he said.
Q direct Farai Chidzikwe-Moyo :: “When we stopped the export of raw ore, many said investors would run away. Today we have six processing plants in the country and this is the biggest of them,”
F number six
> “By 2040, we want to see lithium sulphate and battery-grade chemicals produced here in the Midlands, not in Asia. That is where the real value lies.
Q direct Farai Chidzikwe-Moyo :: “By 2040, we want to see lithium sulphate and battery-grade chemicals produced here in the Midlands, not in Asia. That is where the real value lies.
F date 2040
L region Midlands
L continent Asia
> “Government will not allow our children to inherit empty holes in the ground.”
Q direct Farai Chidzikwe-Moyo :: “Government will not allow our children to inherit empty holes in the ground.”
> According to the Minerals Marketing Corporation of Zimbabwe (MMCZ), lithium earned the country US$1,41 billion in the first half of 2038, overtaking platinum group metals to become the second-largest mineral export after gold.
O government Minerals Marketing Corporation of Zimbabwe
O government MMCZ
F money US$1,41 billion
F date 2038
> Eng Makoni said the plant employed 1 140 people, 83 percent of them from Mberengwa and neighbouring Zvishavane, and had so far paid ZiG46,2 million in royalties and fees to the Zimbabwe Revenue Authority (Zimra).
P partial Makoni
F number 1 140
F percent 83 percent
L region Mberengwa
L city Zvishavane
F money ZiG46,2 million
O government Zimbabwe Revenue Authority
O government Zimra
> “The first consignment went by road to Beira and took four days,” he said. “Once NRZ has rehabilitated the rail line to Rutenga, we expect to cut our transport costs by a third.”
Q direct Tatenda Makoni :: “The first consignment went by road to Beira and took four days,”
L city Beira
F duration four days
Q direct Tatenda Makoni :: “Once NRZ has rehabilitated the rail line to Rutenga, we expect to cut our transport costs by a third.”
O company NRZ
L city Rutenga
F fraction a third
> The plant draws 28MW from the national grid under a supply agreement with the Zimbabwe Electricity Transmission and Distribution Company (ZETDC), and the company plans to add a 12-megawatt solar plant on site by the end of next year.
F quantity 28MW
O company Zimbabwe Electricity Transmission and Distribution Company
O company ZETDC
F quantity 12-megawatt
> Spodumene prices have been volatile. Concentrate fetched an average of US$1 320 per tonne in May, down from US$1 610 in January, according to the Chamber of Mines of Zimbabwe.
F money US$1 320
F money US$1 610
O nonprofit Chamber of Mines of Zimbabwe
> In its quarterly review, the Chamber warned that “weak prices and delays in accessing export retention funds could slow the pace of new investment in the sector”.
O nonprofit Chamber
Q direct Chamber of Mines of Zimbabwe :: “weak prices and delays in accessing export retention funds could slow the pace of new investment in the sector”
> Under Reserve Bank of Zimbabwe (RBZ) rules, exporters surrender 30 percent of their foreign currency earnings, which are converted into ZiG at the official rate of about ZiG31,40 to the US dollar.
O government Reserve Bank of Zimbabwe
O government RBZ
F percent 30 percent
F money ZiG31,40
> A buyer at a Chinese trading house in Harare, who asked not to be named, said the Runde concentrate was “among the cleanest coming out of Africa right now”, but that trucking it to Beira added about US$95 a tonne to costs.
L city Harare
O company Runde
Q direct - :: “among the cleanest coming out of Africa right now”
L continent Africa
L city Beira
F money US$95
> Mberengwa East legislator Hon Rutendo Nyathi-Sibanda said villagers welcomed the jobs but wanted the company to tar the 62km gravel road to Mataga, which is used by ore trucks.
L region Mberengwa East
P full Rutendo Nyathi-Sibanda
F quantity 62km
L city Mataga
> “Our children are getting jobs, and we are grateful. But every truck leaves a cloud of dust over our homes and our fields,” she said.
Q direct Rutendo Nyathi-Sibanda :: “Our children are getting jobs, and we are grateful. But every truck leaves a cloud of dust over our homes and our fields,”
> The Environmental Management Agency (EMA) fined Runde Lithium ZiG2,5 million in April for dust emissions. The company said it had since started watering the road three times a day.
O government Environmental Management Agency
O government EMA
O company Runde Lithium
F money ZiG2,5 million
F number three
'''

ARTICLES['297-chile-deputies-impeach-energy-minister-blackout'] = r'''
> Chilean deputies impeach Energy minister over August blackout; she calls it a 'political trial'
Q direct Valentina Astaburuaga Fuenzalida :: 'political trial'
> Thursday, September 16th 2038 - 09:47 UTC
F date September 16th 2038
F time 09:47 UTC
> Chile's Chamber of Deputies on Wednesday approved a constitutional accusation against Energy Minister Valentina Astaburuaga Fuenzalida over the nationwide blackout of August 11, which left some 8.9 million people without power for up to 19 hours. The case now goes to the Senate, which acts as a jury.
L country Chile
O government Chamber of Deputies
P full Valentina Astaburuaga Fuenzalida
F date August 11
F number 8.9 million
F duration 19 hours
O government Senate
> Astaburuaga insisted she had acted "with the information available at every moment" (Pic: Agencia Uno)
P partial Astaburuaga
Q direct Valentina Astaburuaga Fuenzalida :: "with the information available at every moment"
O media Agencia Uno
> The accusation, filed by 11 deputies of the Independent Democratic Union (UDI), National Renewal (RN) and the Republican Party, was approved by 79 votes to 66 with five abstentions, after a session of more than nine hours in Valparaíso, where Congress sits.
F number 11
O party Independent Democratic Union
O party UDI
O party National Renewal
O party RN
O party Republican Party
F number 79
F number 66
F number five
F duration nine hours
L city Valparaíso
O government Congress
> Astaburuaga is the third minister of President Matías Echaurren Prieto's government to face an accusation, and the first to see one pass the lower house. If the Senate upholds it, she will be removed from office and barred from holding public posts for five years.
P partial Astaburuaga
P full Matías Echaurren Prieto
O government Senate
F duration five years
> The outage began at 15:16 local time, when protection systems at the Nueva Pan de Azúcar substation, in the Coquimbo region, tripped a 500 kV line carrying power south from solar plants in the Atacama Desert. Within seconds the grid had collapsed from Arica in the far north to the island of Chiloé.
F time 15:16
L facility Nueva Pan de Azúcar
L region Coquimbo
F quantity 500 kV
L geo Atacama Desert
L city Arica
L geo Chiloé
> Santiago's metro stopped during the evening rush hour, traffic lights failed across the capital and hospitals ran on generators. In Los Ángeles, in the Biobío region, a woman of 81 who depended on home oxygen died, according to the regional health service. State copper giant Codelco said the outage cost it about 4,700 tonnes of output.
L city Santiago
L city Los Ángeles
L region Biobío
F age 81
O company Codelco
F quantity 4,700 tonnes
> The National Electric Coordinator (CEN), the independent grid operator, concluded in its final report on September 3 that a misconfigured relay at the substation, operated by transmission company Interconexión Norte Grande SA (Innorte), had triggered the cascade. It said it had warned the ministry in March that the northern corridor was running "at the limit of its capacity."
O government National Electric Coordinator
O government CEN
F date September 3
O company Interconexión Norte Grande SA
O company Innorte
Q direct National Electric Coordinator :: "at the limit of its capacity."
> "The minister knew since March that the corridor was operating at the limit, and she chose to do nothing," said deputy Joaquín Urrutia Besa (UDI), who presented the accusation on the floor. "Eight million Chileans paid for that decision."
Q direct Joaquín Urrutia Besa :: "The minister knew since March that the corridor was operating at the limit, and she chose to do nothing,"
P full Joaquín Urrutia Besa
O party UDI
Q direct Joaquín Urrutia Besa :: "Eight million Chileans paid for that decision."
F number Eight million
> Francisca Millacura Ñancupil, of the Broad Front (Frente Amplio), who voted against, said the opposition was "using a technical failure to settle political scores" and warned that the vote would make it harder to pass the ministry's US$2.3 billion transmission plan in the budget.
P full Francisca Millacura Ñancupil
O party Broad Front
O party Frente Amplio
Q direct Francisca Millacura Ñancupil :: "using a technical failure to settle political scores"
F money US$2.3 billion
> Astaburuaga, who did not attend the vote, called the accusation "a political trial dressed up as a technical one" in a written statement. "I acted with the information available at every moment, and I will prove it before the Senate," she said.
P partial Astaburuaga
Q direct Valentina Astaburuaga Fuenzalida :: "a political trial dressed up as a technical one"
Q direct Valentina Astaburuaga Fuenzalida :: "I acted with the information available at every moment, and I will prove it before the Senate,"
O government Senate
> La Moneda said in a statement that the president retained "full confidence" in his minister.
O government La Moneda
Q direct La Moneda :: "full confidence"
> Business groups say the blackout cost the economy dearly. The Santiago Chamber of Commerce (CCS) estimated losses at 410 billion pesos (about US$445 million), and the Superintendency of Electricity and Fuels (SEC) has opened sanction proceedings against Innorte that could lead to fines of more than US$8 million.
O nonprofit Santiago Chamber of Commerce
O nonprofit CCS
F money 410 billion pesos
F money US$445 million
O government Superintendency of Electricity and Fuels
O government SEC
O company Innorte
F money US$8 million
> The Senate is expected to vote on the accusation by October 14. A Cadem poll published on Sunday found that 58% of Chileans supported the minister's removal, against 31% who opposed it.
O government Senate
F date October 14
O company Cadem
F percent 58%
F percent 31%
'''

ARTICLES['298-ntsb-hot-bearing-detector-marshall-texas-derailment'] = r'''
> NTSB preliminary report: Detector flagged overheated bearing before Marshall, Texas, derailment
O government NTSB
L city Marshall
L region Texas
> Alarm was downgraded by dispatch software 11 miles before the TL&G train left the rails near Little Cypress Bayou, investigators say
F quantity 11 miles
O company TL&G
L geo Little Cypress Bayou
> By Dwight Okafor-Lindqvist | February 25, 2038
P full Dwight Okafor-Lindqvist
F date February 25, 2038
> NTSB investigators examine derailed tank cars west of Marshall, Texas, on Feb. 10. NTSB
O government NTSB
L city Marshall
L region Texas
F date Feb. 10
O government NTSB
> MARSHALL, Texas — An overheated wheel bearing that a trackside detector had flagged about 11 miles earlier failed moments before the Feb. 9 derailment and ethanol fire on the Texas, Louisiana & Gulf Railroad west of Marshall, the National Transportation Safety Board said Thursday in its preliminary report.
L city MARSHALL
L region Texas
F quantity 11 miles
F date Feb. 9
O company Texas, Louisiana & Gulf Railroad
L city Marshall
O government National Transportation Safety Board
> The eastbound manifest train, with two locomotives and 96 cars, was traveling at 47 mph when the bearing on the 38th car failed at about 11:52 p.m. CST, the report said. Twenty-three cars derailed, including nine tank cars loaded with denatured ethanol, four of which were breached.
F number two
F number 96
F quantity 47 mph
F time 11:52 p.m. CST
F number Twenty-three
F number nine
F number four
> About 41,000 gallons of ethanol burned or spilled, and a fire near Little Cypress Bayou burned for 31 hours. Harrison County officials ordered about 1,200 residents within a 1-mile radius to leave their homes; the order was lifted on Feb. 12. No one was injured.
F quantity 41,000 gallons
L geo Little Cypress Bayou
F duration 31 hours
L region Harrison County
F number 1,200
F quantity 1-mile
F date Feb. 12
> According to the report, a wayside hot bearing detector at milepost 221.4 measured the bearing at 171 degrees Fahrenheit above ambient temperature, just over the railroad’s 170-degree threshold for a “critical” alarm, which requires the crew to stop and inspect the train. But a software setting at the railroad’s dispatch center in Shreveport, La., reclassified the reading as a “warm” alert, which requires only a reduction in speed.
F quantity 171 degrees Fahrenheit
F quantity 170-degree
Q scare - :: “critical”
Q scare - :: “warm”
L city Shreveport
L region La.
> The two-person crew, which had been running at 58 mph on track rated for 60 mph, slowed the train to 47 mph as the alert instructed, the NTSB said. Neither crew member was hurt.
F number two
F quantity 58 mph
F quantity 60 mph
F quantity 47 mph
O government NTSB
> “This is exactly the kind of accident detectors are supposed to prevent,” NTSB Chair Rosalind Achterberg-Mills said at a briefing in Washington. “The detector did its job. The question we are asking is why the alarm that reached the crew was not the alarm the detector sent.”
Q direct Rosalind Achterberg-Mills :: “This is exactly the kind of accident detectors are supposed to prevent,”
O government NTSB
P full Rosalind Achterberg-Mills
L city Washington
Q direct Rosalind Achterberg-Mills :: “The detector did its job. The question we are asking is why the alarm that reached the crew was not the alarm the detector sent.”
> The preliminary report does not determine a probable cause. A final report is expected in 12 to 18 months.
F duration 12
F duration 18 months
> TL&G, a regional railroad that operates about 640 miles of track in East Texas and northwest Louisiana and is owned by Fort Worth-based Brazos Rail Holdings, said in a statement that it had “immediately suspended” the software setting across its network and hired an outside firm to review its alarm thresholds.
O company TL&G
F quantity 640 miles
L region East Texas
L region Louisiana
L city Fort Worth
O company Brazos Rail Holdings
Q direct Texas, Louisiana & Gulf Railroad :: “immediately suspended”
> The railroad said it had paid about $2.4 million to 1,150 households for evacuation costs and property damage. Damage to track and equipment was estimated at $7.9 million, and the line reopened on Feb. 14 after crews replaced 1,300 feet of track.
F money $2.4 million
F number 1,150
F money $7.9 million
F date Feb. 14
F quantity 1,300 feet
> Harrison County Judge Lacey Broussard-Whitt said residents wanted to know “why a computer in Louisiana gets to decide whether a train full of ethanol stops in Texas.”
L region Harrison County
P full Lacey Broussard-Whitt
Q direct Lacey Broussard-Whitt :: “why a computer in Louisiana gets to decide whether a train full of ethanol stops in Texas.”
L region Louisiana
L region Texas
> U.S. Rep. Wade Tolliver (R-Texas), whose district includes Marshall, said he would ask the House Transportation and Infrastructure Committee to hold a hearing on detector standards. The Federal Railroad Administration, which sets no maximum spacing or alarm temperature for detectors, said it was “reviewing the findings closely.”
L country U.S.
P full Wade Tolliver
L region Texas
L city Marshall
O government House Transportation and Infrastructure Committee
O government Federal Railroad Administration
Q direct Federal Railroad Administration :: “reviewing the findings closely.”
> The NTSB has examined hot bearing detectors before, most prominently after the February 2023 derailment in East Palestine, Ohio, which was also caused by an overheated bearing.
O government NTSB
F date February 2023
L city East Palestine
L region Ohio
'''

ARTICLES['299-kotoko-hearts-of-oak-alhassan-double-baba-yara'] = r'''
> Sports
> Alhassan Double Sinks Hearts As Kotoko Go Top Of GPL
P partial Alhassan
O team Hearts
O team Kotoko
O other GPL
> Asante Kotoko came from behind to beat Accra Hearts of Oak 2-1 in the Super Clash at the Baba Yara Sports Stadium, with Sadick Nuhu Alhassan scoring twice in 11 minutes
O team Asante Kotoko
O team Accra Hearts of Oak
F score 2-1
L facility Baba Yara Sports Stadium
P full Sadick Nuhu Alhassan
F duration 11 minutes
> Source: Joy Sports | Kwabena Adjei-Mensah
O media Joy Sports
P full Kwabena Adjei-Mensah
> 14 March 2038, 20:02
F date 14 March 2038
F time 20:02
> Sadick Nuhu Alhassan (centre) celebrates with teammates after his second goal against Hearts of Oak on Sunday. Photo: Kotoko Media
P full Sadick Nuhu Alhassan
O team Hearts of Oak
O media Kotoko Media
> Asante Kotoko moved to the top of the Ghana Premier League for the first time this season after a 2-1 win over arch-rivals Accra Hearts of Oak in front of 38,412 fans at the Baba Yara Sports Stadium on Sunday.
O team Asante Kotoko
O other Ghana Premier League
F score 2-1
O team Accra Hearts of Oak
F number 38,412
L facility Baba Yara Sports Stadium
> The Phobians, unbeaten in nine league games before the trip to Kumasi, led at the break through Gideon Tetteh Ashong's 18th-minute header, but two goals from Alhassan in the space of 11 minutes after the restart turned the game.
O team Phobians
F number nine
L city Kumasi
P full Gideon Tetteh Ashong
F number two
P partial Alhassan
F duration 11 minutes
> The result leaves the Porcupine Warriors on 47 points from 24 matches, one ahead of Medeama, who were held 1-1 by Nations FC in Tarkwa on Saturday. Hearts drop to fourth on 41 points.
O team Porcupine Warriors
F number 47
F number 24
F number one
O team Medeama
F score 1-1
O team Nations FC
L city Tarkwa
O team Hearts
F number 41
> Hearts started brighter and deserved their lead. Augustine Kwao Adjei's corner from the right was met by Ashong, who rose above Abdul-Karim Ziblim to head past Kotoko goalkeeper Kofi Manu Asiedu.
O team Hearts
P full Augustine Kwao Adjei
P partial Ashong
P full Abdul-Karim Ziblim
O team Kotoko
P full Kofi Manu Asiedu
> Kotoko coach Kwesi Appau-Mensah responded at half-time by moving Stephen Nii Ayi Tagoe into midfield, and the change paid off seven minutes after the restart. Tagoe's through ball released Alhassan, and the 22-year-old slid his shot under Benjamin Nii Okai Lartey.
O team Kotoko
P full Kwesi Appau-Mensah
P full Stephen Nii Ayi Tagoe
F duration seven minutes
P partial Tagoe
P partial Alhassan
F age 22-year-old
P full Benjamin Nii Okai Lartey
> The winner came in the 63rd minute. Bismark Oduro Amankwah's cross from the left deflected off Baba Iddrisu Mahama, and Alhassan, who joined from Berekum Chelsea in January, reacted quickest to fire in from six yards.
P full Bismark Oduro Amankwah
P full Baba Iddrisu Mahama
P partial Alhassan
O team Berekum Chelsea
F quantity six yards
> Hearts pushed for an equaliser, and substitute Richmond Lamptey Addo struck the crossbar with 12 minutes left before Asiedu saved from Kelvin Osei-Agyemang in stoppage time.
O team Hearts
P full Richmond Lamptey Addo
F duration 12 minutes
P partial Asiedu
P full Kelvin Osei-Agyemang
> "My players showed the Kotoko spirit today," Appau-Mensah told journalists after the game. "At half-time I told them that Kumasi does not lose to Accra at home. They listened."
Q direct Kwesi Appau-Mensah :: "My players showed the Kotoko spirit today,"
O team Kotoko
P partial Appau-Mensah
Q direct Kwesi Appau-Mensah :: "At half-time I told them that Kumasi does not lose to Accra at home. They listened."
O team Kumasi
O team Accra
> Hearts coach Dragan Milisavljević, speaking through an interpreter, said his side had been "punished for one mistake" and complained that the referee had waved away a penalty appeal when Osei-Agyemang went down under a challenge from Rashid Tahiru Bawa shortly before the winner.
O team Hearts
P full Dragan Milisavljević
Q direct Dragan Milisavljević :: "punished for one mistake"
F number one
P partial Osei-Agyemang
P full Rashid Tahiru Bawa
> "Everybody in the stadium saw it except the man with the whistle," he said.
Q direct Dragan Milisavljević :: "Everybody in the stadium saw it except the man with the whistle,"
> The Ghana Football Association (GFA) said gate receipts of GH¢2.14 million were a record for a league match. Kotoko travel to Dreams FC on Wednesday, while Hearts host Medeama at the Accra Sports Stadium on Sunday, March 21.
O other Ghana Football Association
O other GFA
F money GH¢2.14 million
O team Kotoko
O team Dreams FC
O team Hearts
O team Medeama
L facility Accra Sports Stadium
F date March 21
> TEAMS
> Asante Kotoko: Kofi Manu Asiedu; Rashid Tahiru Bawa, Abdul-Karim Ziblim, Emmanuel Kyei-Darkwah, Yaw Opoku Nkansah; Issah Moro Zakaria, Kwadwo Ampem Frimpong (capt.), Stephen Nii Ayi Tagoe; Bismark Oduro Amankwah (Mohammed Fuseini Salifu 71), Sadick Nuhu Alhassan, Francis Kwame Appiah-Nti (Prince Owusu Afrane 84)
O team Asante Kotoko
P full Kofi Manu Asiedu
P full Rashid Tahiru Bawa
P full Abdul-Karim Ziblim
P full Emmanuel Kyei-Darkwah
P full Yaw Opoku Nkansah
P full Issah Moro Zakaria
P full Kwadwo Ampem Frimpong
P full Stephen Nii Ayi Tagoe
P full Bismark Oduro Amankwah
P full Mohammed Fuseini Salifu
P full Sadick Nuhu Alhassan
P full Francis Kwame Appiah-Nti
P full Prince Owusu Afrane
> Accra Hearts of Oak: Benjamin Nii Okai Lartey; Eric Ablorh Quaye, Godfred Nortey Sowah, Daniel Ofoli Quarshie, Baba Iddrisu Mahama; Samuel Akuffo Ankrah, Gideon Tetteh Ashong (capt.), Emmanuel Nartey Larbi (Richmond Lamptey Addo 63); Augustine Kwao Adjei, Kelvin Osei-Agyemang, Yusif Baako Sulemana (Hamza Issifu 77)
O team Accra Hearts of Oak
P full Benjamin Nii Okai Lartey
P full Eric Ablorh Quaye
P full Godfred Nortey Sowah
P full Daniel Ofoli Quarshie
P full Baba Iddrisu Mahama
P full Samuel Akuffo Ankrah
P full Gideon Tetteh Ashong
P full Emmanuel Nartey Larbi
P full Richmond Lamptey Addo
P full Augustine Kwao Adjei
P full Kelvin Osei-Agyemang
P full Yusif Baako Sulemana
P full Hamza Issifu
> Scorers: Alhassan 52, 63; Ashong 18
P partial Alhassan
P partial Ashong
> Booked: Bawa, Zakaria; Quarshie, Sulemana
P partial Bawa
P partial Zakaria
P partial Quarshie
P partial Sulemana
> Referee: Abdul-Latif Iddrisu Sumaila (Tamale)
P full Abdul-Latif Iddrisu Sumaila
L city Tamale
> Attendance: 38,412
F number 38,412
'''

ARTICLES['300-romania-a8-motorway-ditrau-leghin-contract'] = r'''
> Romania signs EUR 1.12 bln contract for A8 motorway section across the Eastern Carpathians
L country Romania
F money EUR 1.12 bln
L street A8
L geo Eastern Carpathians
> by Ioana Vlădescu-Petrar
P full Ioana Vlădescu-Petrar
> 18 March 2038
F date 18 March 2038
> The Ditrău-Leghin section will include 14 tunnels and 41 viaducts. (Photo source: CNAIR)
L city Ditrău
L city Leghin
F number 14
F number 41
O company CNAIR
> Romania's National Company for Road Infrastructure Administration (CNAIR) signed on Tuesday, March 16, a EUR 1.12 billion contract for the 51.6-km section of the A8 motorway that will cross the Eastern Carpathians between Ditrău, in Harghita county, and Leghin, in Neamț county.
L country Romania
O company National Company for Road Infrastructure Administration
O company CNAIR
F date March 16
F money EUR 1.12 billion
F quantity 51.6-km
L street A8
L geo Eastern Carpathians
L city Ditrău
L region Harghita
L city Leghin
L region Neamț
> The contract was awarded to an association of Romanian builder Drumcon Carpați SA and Turkish contractor Kaydaş İnşaat AŞ, which submitted the lowest of seven bids in a tender launched in October 2036. It covers the design and construction of the section, which includes 14 tunnels with a combined length of 12.4 km and 41 viaducts.
O company Drumcon Carpați SA
O company Kaydaş İnşaat AŞ
F number seven
F date October 2036
F number 14
F quantity 12.4 km
F number 41
> The signing was delayed by five months after one of the losing bidders challenged the award at the National Council for Solving Complaints (CNSC), which rejected the complaint in February.
F duration five months
O government National Council for Solving Complaints
O government CNSC
> "This is the most difficult kilometer of motorway Romania has ever tried to build, and we have 51 of them," Transport minister Radu-Cosmin Bălănescu said at the signing ceremony in Piatra Neamț. "For the first time, Moldova will be connected to Transylvania through the mountains, not around them."
Q direct Radu-Cosmin Bălănescu :: "This is the most difficult kilometer of motorway Romania has ever tried to build, and we have 51 of them,"
L country Romania
F number 51
P full Radu-Cosmin Bălănescu
L city Piatra Neamț
Q direct Radu-Cosmin Bălănescu :: "For the first time, Moldova will be connected to Transylvania through the mountains, not around them."
L region Moldova
L region Transylvania
> The A8, also known as the Unirea Motorway, will link Târgu Mureș to Iași and to the border with the Republic of Moldova at Ungheni, with a total length of about 310 km. Construction has started on most of the other sections, and the 24-km stretch between Târgu Mureș and Miercurea Nirajului opened to traffic in December 2037.
L street A8
L street Unirea Motorway
L city Târgu Mureș
L city Iași
L country Republic of Moldova
L city Ungheni
F quantity 310 km
F quantity 24-km
L city Târgu Mureș
L city Miercurea Nirajului
F date December 2037
> The mountain section is the most expensive on the route, at about EUR 21.7 mln per kilometer. Unlike the Târgu Neamț-Iași section, which is paid for through the National Recovery and Resilience Plan (PNRR), it will be financed mainly from the EU's Cohesion Fund, with RON 1.9 bln (EUR 380 mln) from the state budget. The works are expected to take 60 months, including 12 months for design, and the section is due to open in 2043.
F money EUR 21.7 mln
L city Târgu Neamț
L city Iași
O intergovernmental EU
F money RON 1.9 bln
F money EUR 380 mln
F duration 60 months
F duration 12 months
F date 2043
> The route follows the Bistrița valley for part of its length and runs close to the Cheile Bicazului-Hășmaș National Park, a Natura 2000 site. The environmental permit requires 23 wildlife crossings, including 9 green bridges for brown bears, whose population in the Eastern Carpathians is among the densest in Europe.
L geo Bistrița
L geo Cheile Bicazului-Hășmaș National Park
F number 23
F number 9
L geo Eastern Carpathians
L continent Europe
> Ionuț Ciobanu-Gheorghiu, of the Pro Infrastructure Association (API), an NGO that monitors road projects, welcomed the contract but said the 2043 deadline was "optimistic, to put it politely."
P full Ionuț Ciobanu-Gheorghiu
O nonprofit Pro Infrastructure Association
O nonprofit API
F date 2043
Q direct Ionuț Ciobanu-Gheorghiu :: "optimistic, to put it politely."
> "Romania has never finished a mountain section of motorway on time. Look at how long Sibiu-Pitești took. In the mountains, every tunnel brings surprises," he told Romania Insider.
Q direct Ionuț Ciobanu-Gheorghiu :: "Romania has never finished a mountain section of motorway on time. Look at how long Sibiu-Pitești took. In the mountains, every tunnel brings surprises,"
L country Romania
L city Sibiu
L city Pitești
O media Romania Insider
> In Harghita, the mainly Hungarian-speaking county where the section begins, local officials want a junction near Gheorgheni (Gyergyószentmiklós). Gheorgheni mayor Zoltán Bíró-Kedves said the town of about 17,000 people "has waited 30 years for this road."
L region Harghita
L city Gheorgheni
L city Gyergyószentmiklós
L city Gheorgheni
P full Zoltán Bíró-Kedves
F number 17,000
Q direct Zoltán Bíró-Kedves :: "has waited 30 years for this road."
F duration 30 years
> ioana.vladescu@romania-insider.com
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
