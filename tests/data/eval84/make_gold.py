#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval84 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval84/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['547-inis-oirr-desalination-plant-breakdown-water-shipped-ros-a-mhil-aran-connacht-tribune'] = r'''
> ‘We were told this was the end of it’ – Inis Oírr back on shipped water
Q direct Máirtín Ó Conghaile :: ‘We were told this was the end of it’
L geo Inis Oírr
> Published: July 15, 2038
F date July 15, 2038
> Author: Bríd Ní Chualáin
P full Bríd Ní Chualáin
> ~ 3 minutes read
F duration 3 minutes
> WATER is being shipped to Inis Oírr (Inisheer) again this summer, just 14 months after a €4.2 million desalination plant was switched on to end the smallest Aran island’s reliance on tankers from Ros a’ Mhíl (Rossaveal).
L geo Inis Oírr
L geo Inisheer
F duration 14 months
F money €4.2 million
L geo Aran
L city Ros a’ Mhíl
L city Rossaveal
> Uisce Éireann confirmed on Monday that the plant beside Loch Mór had been out of action since June 29, when salt water corroded two of its high-pressure pumps, and that a cargo vessel had been chartered to carry up to 120 cubic metres of water a day across from the Connemara port.
O company Uisce Éireann
L geo Loch Mór
F date June 29
F number two
F quantity 120 cubic metres
L region Connemara
> Night-time restrictions, from 11pm to 7am, were brought back on the island last Thursday for the first time since 2036.
F time 11pm
F time 7am
F date 2036
> Islanders say the breakdown could not have come at a worse time, with the island’s population of around 300 swollen by up to 2,000 day-trippers a day off the ferries from Ros a’ Mhíl and Doolin, and by some 450 students at the Irish-language summer college.
F number 300
F number 2,000
L city Ros a’ Mhíl
L city Doolin
F number 450
> “We were told this was the end of it – that we’d never see a tanker at the pier again,” said Máirtín Ó Conghaile, manager of Comharchumann Inis Oírr Teo, the island’s co-op.
Q direct Máirtín Ó Conghaile :: “We were told this was the end of it – that we’d never see a tanker at the pier again,”
P full Máirtín Ó Conghaile
O nonprofit Comharchumann Inis Oírr Teo
> “The plant is barely a year old. People here were carrying water home in drums in the 1990s, and we thought our children would never have to.”
Q direct Máirtín Ó Conghaile :: “The plant is barely a year old. People here were carrying water home in drums in the 1990s, and we thought our children would never have to.”
F date 1990s
> Mr Ó Conghaile said the co-op had written to Uisce Éireann in March 2037 to warn that the plant’s borehole was drawing water through limestone that was ‘more sea than spring’ in dry weather.
P partial Ó Conghaile
O company Uisce Éireann
F date March 2037
Q direct Máirtín Ó Conghaile :: ‘more sea than spring’
> In a statement, Uisce Éireann said the pumps had failed “well inside their design life” and that replacement parts were being shipped from the manufacturer in Denmark. It expected the plant to be back in service “by mid-August at the latest”.
O company Uisce Éireann
Q direct Uisce Éireann :: “well inside their design life”
L country Denmark
Q direct Uisce Éireann :: “by mid-August at the latest”
> “We would ask residents, businesses and visitors to Inis Oírr to use water sparingly and to avoid non-essential uses such as washing cars or filling paddling pools,” the utility said.
Q direct Uisce Éireann :: “We would ask residents, businesses and visitors to Inis Oírr to use water sparingly and to avoid non-essential uses such as washing cars or filling paddling pools,”
L geo Inis Oírr
> Its regional operations manager, Eoghan Breathnach, told the Connacht Tribune that the charter was costing “in the region of €18,000 a week” and would run “for as long as it takes”.
P full Eoghan Breathnach
O media Connacht Tribune
Q direct Eoghan Breathnach :: “in the region of €18,000 a week”
F money €18,000
Q direct Eoghan Breathnach :: “for as long as it takes”
> Rainfall along the west coast was well below normal in May and June. Met Éireann’s station at Mace Head in Connemara recorded just 41mm of rain over the two months, 62 per cent below the long-term average.
O government Met Éireann
L geo Mace Head
L region Connemara
F quantity 41mm
F duration two months
F percent 62 per cent
> Caitríona Uí Fhlatharta (58), who runs a seven-bedroom B&B near the pier, said she had already cancelled two bookings for August.
P full Caitríona Uí Fhlatharta
F age 58
F number seven
F number two
> “I had a family from Lyon on the phone last night asking if they’d be able to shower. What do you say to that?” she said. “Half my guests come back every year. I don’t want this to be the summer they stop.”
Q direct Caitríona Uí Fhlatharta :: “I had a family from Lyon on the phone last night asking if they’d be able to shower. What do you say to that?”
L city Lyon
Q direct Caitríona Uí Fhlatharta :: “Half my guests come back every year. I don’t want this to be the summer they stop.”
F fraction Half
> Cllr Tomás Ó Flatharta (SF), who represents the islands on Galway County Council, said islanders were ‘sick of being an afterthought’.
P full Tomás Ó Flatharta
O party SF
O government Galway County Council
Q direct Tomás Ó Flatharta :: ‘sick of being an afterthought’
> “Every summer there’s a new plan and every summer there’s a new crisis,” he said. “The Department of Rural and Community Development and the Gaeltacht put €1.1 million into this plant. They should be asking hard questions too.”
Q direct Tomás Ó Flatharta :: “Every summer there’s a new plan and every summer there’s a new crisis,”
Q direct Tomás Ó Flatharta :: “The Department of Rural and Community Development and the Gaeltacht put €1.1 million into this plant. They should be asking hard questions too.”
O government Department of Rural and Community Development and the Gaeltacht
F money €1.1 million
> The plant, which can produce up to 150,000 litres a day, opened in May 2037 and was expected to meet the island’s needs on all but a handful of days each summer.
F quantity 150,000 litres
F date May 2037
> A fisherman at the pier, who asked not to be named, said the tankers were “a fact of life” on Inis Oírr. “My father carried it up from Tobar Éinne in a bucket. At least now it comes in a boat,” he said.
Q direct - :: “a fact of life”
L geo Inis Oírr
Q direct - :: “My father carried it up from Tobar Éinne in a bucket. At least now it comes in a boat,”
L facility Tobar Éinne
> Guests arriving on Aer Arann Islands flights from Connemara Airport at Indreabhán are being handed a leaflet on saving water, and the co-op has put up signs in Irish, English, French and German at the pier.
O company Aer Arann Islands
L facility Connemara Airport
L city Indreabhán
> Inis Meáin and Inis Mór are not affected, Uisce Éireann said.
L geo Inis Meáin
L geo Inis Mór
O company Uisce Éireann
> Caption: Water being pumped ashore from a chartered cargo vessel at the pier on Inis Oírr on Tuesday. Photo: Joe Ó Mainnín
L geo Inis Oírr
P full Joe Ó Mainnín
> Read the full story in this week’s Connacht Tribune, on sale in shops now, or download the digital edition from www.connachttribune.ie.
O media Connacht Tribune
'''

ARTICLES['548-guddu-sukkur-high-flood-kashmore-ghotki-katcha-villages-evacuated-pdma-sindh-pakistan-today'] = r'''
> National
> Guddu in ‘high flood’ as katcha villages in Kashmore, Ghotki emptied
L city Guddu
Q scare - :: ‘high flood’
L region Kashmore
L region Ghotki
> Inflow at barrage crosses 600,000 cusecs; PDMA says 212,460 people moved to relief camps
F quantity 600,000 cusecs
O government PDMA
F number 212,460
> Our Correspondent
> August 20, 2038
F date August 20, 2038
> Families wade through floodwater with their belongings near Kandhkot in Kashmore district on Thursday. — APP
L city Kandhkot
L region Kashmore
O media APP
> SUKKUR: The Indus was in high flood at Guddu Barrage on Thursday with an inflow of 612,400 cusecs, forcing the evacuation of more than 200 villages in the riverine katcha areas of Kashmore and Ghotki districts as the flood wave moved towards Sukkur and the rest of upper Sindh.
L city SUKKUR
L geo Indus
L facility Guddu Barrage
F quantity 612,400 cusecs
F number 200
L region Kashmore
L region Ghotki
L city Sukkur
L region Sindh
> According to the Flood Forecasting Division (FFD) in Lahore, the outflow downstream of the barrage was 598,115 cusecs at 6am, while Sukkur Barrage was passing 471,900 cusecs and was expected to be in high flood by Saturday night.
O government Flood Forecasting Division
O government FFD
L city Lahore
F quantity 598,115 cusecs
F time 6am
L facility Sukkur Barrage
F quantity 471,900 cusecs
> The Sindh Provincial Disaster Management Authority (PDMA) said 212,460 people had been moved to 86 relief camps in Kashmore, Ghotki, Sukkur and Shikarpur districts since Tuesday, and that 37 boats of the Pakistan Army and Rescue 1122 were working in the katcha belt.
O government Sindh Provincial Disaster Management Authority
O government PDMA
F number 212,460
F number 86
L region Kashmore
L region Ghotki
L region Sukkur
L region Shikarpur
F number 37
O government Pakistan Army
O government Rescue 1122
> "The water is moving faster than in 2022 because the bunds upstream are holding," PDMA Director General Syed Imdad Hussain Shah told Pakistan Today. "That is good for the embankments, but it gives people in the katcha less time. We are asking everyone on the river side of the bunds to leave now, not tomorrow."
Q direct Syed Imdad Hussain Shah :: "The water is moving faster than in 2022 because the bunds upstream are holding,"
F date 2022
O government PDMA
P full Syed Imdad Hussain Shah
O media Pakistan Today
Q direct Syed Imdad Hussain Shah :: "That is good for the embankments, but it gives people in the katcha less time. We are asking everyone on the river side of the bunds to leave now, not tomorrow."
> Shah said the Tori bund near Kandhkot and the Ali Wahan bund near Sukkur were being watched "round the clock" by irrigation engineers, and that heavy machinery had been positioned at both sites.
P partial Shah
L facility Tori
L city Kandhkot
L facility Ali Wahan
L city Sukkur
Q direct Syed Imdad Hussain Shah :: "round the clock"
> Guddu Barrage chief engineer Abdul Jabbar Mahar said the barrage, which was built to pass 1.2 million cusecs, was "absolutely safe" and all its gates had been opened.
L facility Guddu Barrage
P full Abdul Jabbar Mahar
F quantity 1.2 million cusecs
Q direct Abdul Jabbar Mahar :: "absolutely safe"
> In Goth Wali Muhammad Chachar, a village of about 90 households on the right bank near Kandhkot, water had entered homes by Wednesday evening.
L city Goth Wali Muhammad Chachar
F number 90
L city Kandhkot
> "We left with what we could carry on our heads. The cotton was two weeks from picking and now it is under four feet of water," said Ghulam Rasool Chachar, 52, who farms 12 acres on lease. "In 2010 we lost everything. In 2022 we lost everything. Now again."
Q direct Ghulam Rasool Chachar :: "We left with what we could carry on our heads. The cotton was two weeks from picking and now it is under four feet of water,"
F duration two weeks
F quantity four feet
P full Ghulam Rasool Chachar
F age 52
F quantity 12 acres
Q direct Ghulam Rasool Chachar :: "In 2010 we lost everything. In 2022 we lost everything. Now again."
F date 2010
F date 2022
> His wife, Zarina, said the family had spent two nights on the embankment before a Rescue 1122 boat reached them.
P partial Zarina
F duration two nights
O government Rescue 1122
> The Sindh Abadgar Board (SAB), which represents growers, estimated that standing cotton on about 38,000 acres and rice on another 21,500 acres had been submerged in the two districts, with losses it put at Rs6.8 billion.
O nonprofit Sindh Abadgar Board
O nonprofit SAB
F quantity 38,000 acres
F quantity 21,500 acres
F number two
F money Rs6.8 billion
> "For ginners in Ghotki and Sukkur this was supposed to be a recovery year," said Mahmood Ali Qureshi, a vice-chairman of the Pakistan Cotton Ginners Association (PCGA). "Mills in Karachi and Faisalabad were already short of local lint. Every bale we lose here will be imported in dollars."
Q direct Mahmood Ali Qureshi :: "For ginners in Ghotki and Sukkur this was supposed to be a recovery year,"
L city Ghotki
L city Sukkur
P full Mahmood Ali Qureshi
O nonprofit Pakistan Cotton Ginners Association
O nonprofit PCGA
Q direct Mahmood Ali Qureshi :: "Mills in Karachi and Faisalabad were already short of local lint. Every bale we lose here will be imported in dollars."
L city Karachi
L city Faisalabad
> The Pakistan Meteorological Department (PMD) forecast more monsoon rain over Punjab and Khyber-Pakhtunkhwa over the next 48 hours, and the FFD warned that a second peak of between 550,000 and 650,000 cusecs could reach Guddu by August 24.
O government Pakistan Meteorological Department
O government PMD
L region Punjab
L region Khyber-Pakhtunkhwa
F duration 48 hours
O government FFD
F quantity 550,000
F quantity 650,000 cusecs
L city Guddu
F date August 24
> A senior irrigation official in Sukkur, who did not wish to be named, called the flooding of the katcha "a disaster we can predict every year". "People are moved out and every year they go back, because the land is all they have," he said.
L city Sukkur
Q direct - :: "a disaster we can predict every year"
Q direct - :: "People are moved out and every year they go back, because the land is all they have,"
> The provincial government has announced Rs25,000 in cash for each family registered at a relief camp, the PDMA said.
F money Rs25,000
O government PDMA
'''

ARTICLES['549-kansas-city-current-bay-fc-mwale-taina-cpkc-stadium-nwsl-lineups-kc-current-match-recap'] = r'''
> Match Recap
> Current Rally Past Bay FC 3-2 As Mwale Scores Twice at CPKC Stadium
O team Current
O team Bay FC
F score 3-2
P partial Mwale
L facility CPKC Stadium
> Kansas City extends its home unbeaten run to nine matches with a late winner from substitute Tainá
O team Kansas City
F number nine
P partial Tainá
> By Marisol Achterberg
P full Marisol Achterberg
> May 15, 2038 | 10:12 PM
F date May 15, 2038
F time 10:12 PM
> Forward Thandiwe Mwale celebrates her second goal against Bay FC on Saturday night at CPKC Stadium. (Photo: Reggie Ndukwe / KC Current)
P full Thandiwe Mwale
O team Bay FC
L facility CPKC Stadium
P full Reggie Ndukwe
O team KC Current
> KANSAS CITY, Mo. – The Kansas City Current (6-1-2, 20 pts., 2nd place) came from behind twice to beat Bay FC (3-4-2, 11 pts., 10th place) 3-2 on Saturday night in front of a sellout crowd of 11,500 at CPKC Stadium, with Brazilian midfielder Tainá scoring the winner in the 86th minute.
L city KANSAS CITY
L region Mo.
O team Kansas City Current
F score 6-1-2
F number 20
O team Bay FC
F score 3-4-2
F number 11
F score 3-2
F number 11,500
L facility CPKC Stadium
P partial Tainá
> Forward Thandiwe Mwale scored the Current's other two goals, her fifth and sixth of the 2038 NWSL season, and now shares the lead in the league's scoring chart.
P full Thandiwe Mwale
O team Current
F number two
F date 2038
O other NWSL
> Bay took the lead in the 12th minute when Zimbabwean striker Mbali Dube ran onto a long ball from Keira McAllister and beat goalkeeper Hannah Brookshire at the near post.
O team Bay
P full Mbali Dube
P full Keira McAllister
P full Hannah Brookshire
> Kansas City answered in the 38th minute. Rin Hoshino won the ball in midfield and slipped Mwale through, and the 26-year-old finished low past Ainhoa Etxeberria.
O team Kansas City
P full Rin Hoshino
P partial Mwale
F age 26-year-old
P full Ainhoa Etxeberria
> The visitors went back in front four minutes after halftime. Dube headed a Camila Restrepo corner against the crossbar, and defender Sadie Brennan-Cho reacted first to poke in the rebound from 2 yards.
F duration four minutes
P partial Dube
P full Camila Restrepo
P full Sadie Brennan-Cho
F quantity 2 yards
> Mwale leveled again in the 61st minute, curling a 20-yard shot inside the far post after an overlapping run from Amara Nwachukwu drew two defenders.
P partial Mwale
F quantity 20-yard
P full Amara Nwachukwu
F number two
> Head coach Matías Ferreyra sent on Tainá and Jordyn Whitehorse with 20 minutes to play, and the change paid off. With four minutes of regulation left, Whitehorse cut the ball back from the byline and Tainá swept it first time into the roof of the net.
P full Matías Ferreyra
P partial Tainá
P full Jordyn Whitehorse
F duration 20 minutes
F duration four minutes
P partial Whitehorse
P partial Tainá
> "We talked at halftime about being brave on the ball, and they were," Ferreyra said. "Going behind twice against a team that defends like Bay does is not easy. To come back twice shows what this group is about."
Q direct Matías Ferreyra :: "We talked at halftime about being brave on the ball, and they were,"
P partial Ferreyra
Q direct Matías Ferreyra :: "Going behind twice against a team that defends like Bay does is not easy. To come back twice shows what this group is about."
O team Bay
> Mwale, who joined the Current from Lyon in January, gave the credit for the winner to her teammate. "I just wanted to give Tainá the ball and let her do the rest. She has been working for this all week," Mwale said.
P partial Mwale
O team Current
O team Lyon
Q direct Thandiwe Mwale :: "I just wanted to give Tainá the ball and let her do the rest. She has been working for this all week,"
P partial Tainá
P partial Mwale
> Bay head coach Elin Sundqvist said her side had "switched off for a second" on the winning goal. "We did a lot of good things tonight, but in this league you can't give a player like Tainá a yard of space," she said.
O team Bay
P full Elin Sundqvist
Q direct Elin Sundqvist :: "switched off for a second"
Q direct Elin Sundqvist :: "We did a lot of good things tonight, but in this league you can't give a player like Tainá a yard of space,"
P partial Tainá
> Kansas City outshot Bay 17-9 and had 58% of possession. Brookshire made four saves.
O team Kansas City
O team Bay
F number 17-9
F percent 58%
P partial Brookshire
F number four
> The Current travel to Louisville next Saturday to face Racing Louisville FC at Lynn Family Stadium, with kickoff at 6:30 p.m. CT.
O team Current
L city Louisville
O team Racing Louisville FC
L facility Lynn Family Stadium
F time 6:30 p.m. CT
> Scoring Summary:
> BAY – Mbali Dube (Keira McAllister) 12'
O team BAY
P full Mbali Dube
P full Keira McAllister
> KC – Thandiwe Mwale (Rin Hoshino) 38'
O team KC
P full Thandiwe Mwale
P full Rin Hoshino
> BAY – Sadie Brennan-Cho 49'
O team BAY
P full Sadie Brennan-Cho
> KC – Thandiwe Mwale (Amara Nwachukwu) 61'
O team KC
P full Thandiwe Mwale
P full Amara Nwachukwu
> KC – Tainá (Jordyn Whitehorse) 86'
O team KC
P partial Tainá
P full Jordyn Whitehorse
> Discipline:
> BAY – Olivia Tuitupou (caution) 54'
O team BAY
P full Olivia Tuitupou
> KC – Leonie Håkansson (caution) 77'
O team KC
P full Leonie Håkansson
> Lineups:
> KC: Hannah Brookshire; Amara Nwachukwu, Leonie Håkansson, Kaylee Fontenot, Bree Castellanos (Maya Okafor-Lindqvist 88'); Rin Hoshino, Sophie Lachance (Tainá 70'), Ngozi Adeyemi-Brooks; Thandiwe Mwale, Dani Rourke-Halloway (Jordyn Whitehorse 70'), Alexis Kamara
O team KC
P full Hannah Brookshire
P full Amara Nwachukwu
P full Leonie Håkansson
P full Kaylee Fontenot
P full Bree Castellanos
P full Maya Okafor-Lindqvist
P full Rin Hoshino
P full Sophie Lachance
P partial Tainá
P full Ngozi Adeyemi-Brooks
P full Thandiwe Mwale
P full Dani Rourke-Halloway
P full Jordyn Whitehorse
P full Alexis Kamara
> Unused substitutes: Lena Marchetti, Tiana Broussard, Harper Quincey, Yasmin El-Amrani
P full Lena Marchetti
P full Tiana Broussard
P full Harper Quincey
P full Yasmin El-Amrani
> BAY: Ainhoa Etxeberria; Olivia Tuitupou, Keira McAllister, Sadie Brennan-Cho, Camila Restrepo; Naledi Khumalo (Grace Fairweather 75'), Marit Solberg, Ivy Onwuachi; Mbali Dube, Lucía Barrionuevo (Jess Tran 63'), Seo Yun-ah
O team BAY
P full Ainhoa Etxeberria
P full Olivia Tuitupou
P full Keira McAllister
P full Sadie Brennan-Cho
P full Camila Restrepo
P full Naledi Khumalo
P full Grace Fairweather
P full Marit Solberg
P full Ivy Onwuachi
P full Mbali Dube
P full Lucía Barrionuevo
P full Jess Tran
P full Seo Yun-ah
> Unused substitutes: Brianna Holloway, Mireille Ndiaye, Kat O'Rourke
P full Brianna Holloway
P full Mireille Ndiaye
P full Kat O'Rourke
> Referee: Danielle Hu
P full Danielle Hu
> Attendance: 11,500
F number 11,500
'''

ARTICLES['550-potosi-comcipo-blockade-salar-de-uyuni-lithium-royalties-ylb-rio-grande-al-jazeera'] = r'''
> News|Mining
> Bolivia’s Potosí blocks roads to Uyuni salt flat in lithium royalties row
L country Bolivia
L region Potosí
L geo Uyuni
> Civic leaders want 11 percent of the revenue from a new state lithium plant, up from 3 percent, as trucks queue for a sixth day.
F percent 11 percent
F percent 3 percent
> By Valeria Quisbert Rojas
P full Valeria Quisbert Rojas
> Published On 14 Mar 2038
F date 14 Mar 2038
> Trucks wait at a roadblock on the highway between Uyuni and Potosí, Bolivia, on March 13, 2038 [Valeria Quisbert Rojas/Al Jazeera]
L city Uyuni
L city Potosí
L country Bolivia
F date March 13, 2038
P full Valeria Quisbert Rojas
O media Al Jazeera
> Potosí, Bolivia – Hundreds of trucks loaded with salt, quinoa and mining equipment stood idle on Sunday on the roads into the Salar de Uyuni, as a civic movement in Bolivia’s poorest region pressed its demand for a bigger share of the money from the country’s lithium.
L city Potosí
L country Bolivia
L geo Salar de Uyuni
L country Bolivia
> The Potosí Civic Committee (Comité Cívico Potosinista), known as Comcipo, began the blockade on Tuesday after the national government signed an operating contract for a direct lithium extraction plant at Río Grande, a village of about 1,600 people on the southern edge of the salt flat.
O nonprofit Potosí Civic Committee
O nonprofit Comité Cívico Potosinista
O nonprofit Comcipo
L city Río Grande
F number 1,600
> The plant, to be run by state-owned Yacimientos de Litio Bolivianos (YLB) with the Chinese-Bolivian consortium Andes Salar Technologies, is designed to produce 25,000 tonnes of battery-grade lithium carbonate a year from 2040.
O company Yacimientos de Litio Bolivianos
O company YLB
O company Andes Salar Technologies
F quantity 25,000 tonnes
F date 2040
> Under the contract, Potosí department would receive a royalty of 3 percent of the value of sales, in line with the mining code. Comcipo wants 11 percent, plus a guarantee that at least half of the plant’s 1,300 workers will be hired locally.
L region Potosí
F percent 3 percent
O nonprofit Comcipo
F percent 11 percent
F fraction half
F number 1,300
> “For 500 years, the silver of Cerro Rico left Potosí and what stayed behind was poverty,” Comcipo president Wilfredo Choque Mamani told Al Jazeera at a roadblock outside Colchani, where a banner read “El litio es de Potosí” – lithium belongs to Potosí. “We will not let the same thing happen with the lithium.”
Q direct Wilfredo Choque Mamani :: “For 500 years, the silver of Cerro Rico left Potosí and what stayed behind was poverty,”
F duration 500 years
L geo Cerro Rico
L city Potosí
O nonprofit Comcipo
P full Wilfredo Choque Mamani
O media Al Jazeera
L city Colchani
Q direct - :: “El litio es de Potosí”
L region Potosí
L region Potosí
Q direct Wilfredo Choque Mamani :: “We will not let the same thing happen with the lithium.”
> “The government in La Paz signs the contracts, and we read about them in the newspapers,” he said.
Q direct Wilfredo Choque Mamani :: “The government in La Paz signs the contracts, and we read about them in the newspapers,”
L city La Paz
> Choque said the blockade, which covers the main highway from Potosí and the road north to Oruro, would continue until the Plurinational Legislative Assembly, which must approve the contract, added a higher royalty for the region.
P partial Choque
L city Potosí
L city Oruro
O government Plurinational Legislative Assembly
> In a statement on Saturday, the Ministry of Hydrocarbons and Energy said the royalty was “fixed by law” and that Potosí would also receive 60 percent of the plant’s corporate tax under the contract, worth an estimated 410 million bolivianos ($59m) a year at current prices.
O government Ministry of Hydrocarbons and Energy
Q direct Ministry of Hydrocarbons and Energy :: “fixed by law”
L region Potosí
F percent 60 percent
F money 410 million bolivianos
F money $59m
> “The ministry calls on the leaders of Comcipo to lift a blockade that is hurting the very producers of Potosí it claims to defend,” the statement said.
Q direct Ministry of Hydrocarbons and Energy :: “The ministry calls on the leaders of Comcipo to lift a blockade that is hurting the very producers of Potosí it claims to defend,”
O nonprofit Comcipo
L region Potosí
> Bolivia holds an estimated 23 million tonnes of lithium resources, according to the United States Geological Survey (USGS), most of it beneath the 10,582-square-kilometre (4,086-square-mile) Salar de Uyuni, 3,656 metres (11,995ft) above sea level. But it has lagged far behind its neighbours in the so-called “lithium triangle”, Argentina and Chile, which together produced more than 40 percent of the world’s supply last year.
L country Bolivia
F quantity 23 million tonnes
O government United States Geological Survey
O government USGS
F quantity 10,582-square-kilometre
F quantity 4,086-square-mile
L geo Salar de Uyuni
F quantity 3,656 metres
F quantity 11,995ft
Q scare - :: “lithium triangle”
L country Argentina
L country Chile
F percent 40 percent
> YLB’s older plant at Llipi, on the southeastern edge of the salt flat, has struggled for years to reach its design output.
O company YLB
L facility Llipi
> An engineer at the Llipi site, who asked not to be named because he was not authorised to speak to the media, said the blockade had already held up the delivery of 40 evaporation-pond liners and two reverse-osmosis units. “If it lasts another week, we lose the dry season for the civil works,” he said.
L facility Llipi
F number 40
F number two
Q direct - :: “If it lasts another week, we lose the dry season for the civil works,”
> Not everyone in the region supports the blockade. Eulogia Huarachi Copa, 47, who sells quinoa and salt carvings to tourists in Colchani, said she had lost about 2,000 bolivianos in five days.
P full Eulogia Huarachi Copa
F age 47
L city Colchani
F money 2,000 bolivianos
F duration five days
> “The tourists cannot come from Uyuni and we cannot go to the market,” she said. “Lithium is for the future. We need to eat now.”
Q direct Eulogia Huarachi Copa :: “The tourists cannot come from Uyuni and we cannot go to the market,”
L city Uyuni
Q direct Eulogia Huarachi Copa :: “Lithium is for the future. We need to eat now.”
> Andes Salar Technologies did not respond to a request for comment. The consortium has said it expects to invest $1.2bn in the plant over 30 months of construction.
O company Andes Salar Technologies
F money $1.2bn
F duration 30 months
> Source: Al Jazeera
O media Al Jazeera
'''

ARTICLES['551-north-miami-school-board-operating-referendum-denver-macy-chili-mexico-peru-tribune'] = r'''
> Local News
> North Miami board puts 8-year operating referendum on November ballot
O education North Miami
F duration 8-year
> Owner of a $150,000 home would pay about $106 a year more if voters say yes
F money $150,000
F money $106
> By Delaney Schrock
P full Delaney Schrock
> Tribune staff writer
O media Tribune
> Apr 13, 2038
F date Apr 13, 2038
> North Miami Community Schools Superintendent Dale Eikenberry presents enrollment figures to the school board Monday night. Tribune photo by Delaney Schrock
O education North Miami Community Schools
P full Dale Eikenberry
O media Tribune
P full Delaney Schrock
> DENVER — Voters in the North Miami Community Schools district will be asked in November to approve an eight-year operating referendum after the school board voted 4-1 Monday to put the question on the ballot.
L city DENVER
O education North Miami Community Schools
F duration eight-year
F number 4-1
> The referendum would let the school corporation levy up to 16 cents per $100 of assessed value for operating costs from 2039 through 2046. Superintendent Dale Eikenberry told the board it would raise about $1.1 million a year, roughly an eighth of the general fund.
F money 16 cents
F money $100
F date 2039
F date 2046
P full Dale Eikenberry
F money $1.1 million
F fraction an eighth
> Eikenberry said enrollment has fallen from 1,012 students in 2030 to 846 this spring, and state funding follows each student. The corporation has already cut two bus routes and left five positions unfilled since 2035, he said.
P partial Eikenberry
F number 1,012
F date 2030
F number 846
F number two
F number five
F date 2035
> “We are not asking for a new building or a new gym,” Eikenberry said. “We are asking for the money to keep the teachers we have in front of the kids we have. If this fails, we are looking at 14 positions and bigger classes in every grade from kindergarten up.
Q direct Dale Eikenberry :: “We are not asking for a new building or a new gym,”
P partial Eikenberry
Q direct Dale Eikenberry :: “We are asking for the money to keep the teachers we have in front of the kids we have. If this fails, we are looking at 14 positions and bigger classes in every grade from kindergarten up.
F number 14
> “I don’t say that to scare anybody. That’s just the math.”
Q direct Dale Eikenberry :: “I don’t say that to scare anybody. That’s just the math.”
> Under estimates prepared for the corporation by Indianapolis-based Hollister Reed & Co., the referendum would add the following to yearly tax bills, after the standard homestead deductions:
L city Indianapolis
O company Hollister Reed & Co.
> Home value $100,000: $54
F money $100,000
F money $54
> Home value $150,000: $106
F money $150,000
F money $106
> Home value $200,000: $158
F money $200,000
F money $158
> Home value $300,000: $262
F money $300,000
F money $262
> Farmland, per acre: $3.90
F money $3.90
> Board member Troy Baer cast the lone no vote. He said farmers in the district had been hit by higher land assessments and low grain prices and should not be asked to pay more “in a year when nobody’s making money on corn.”
P full Troy Baer
Q direct Troy Baer :: “in a year when nobody’s making money on corn.”
> “I support our teachers. I just think we should have gone through the budget line by line first,” Baer said.
Q direct Troy Baer :: “I support our teachers. I just think we should have gone through the budget line by line first,”
P partial Baer
> Board President Lynnette Flora said the board had held three public meetings on the question since January, in Denver, Macy and Chili.
P full Lynnette Flora
F number three
L city Denver
L city Macy
L city Chili
> About 60 people attended Monday’s meeting, and most of those who spoke were in favor.
F number 60
> Ruth Ann Kindig, 71, who taught fourth grade in Macy for 31 years, told the board that the schools were “the only thing holding some of these towns together.”
P full Ruth Ann Kindig
F age 71
L city Macy
F duration 31 years
Q direct Ruth Ann Kindig :: “the only thing holding some of these towns together.”
> “When the school goes, the town goes. Ask anybody who grew up in Mexico,” she said, referring to the unincorporated Miami County community north of Peru.
Q direct Ruth Ann Kindig :: “When the school goes, the town goes. Ask anybody who grew up in Mexico,”
L city Mexico
L region Miami County
L city Peru
> The question will appear on the Nov. 2 general election ballot once the Indiana Department of Local Government Finance (DLGF) approves its wording and sends it to the Miami County Clerk’s Office.
F date Nov. 2
O government Indiana Department of Local Government Finance
O government DLGF
O government Miami County Clerk’s Office
> Voters in the neighboring Maconaquah School Corporation, which serves Bunker Hill and families at Grissom Air Reserve Base, approved a seven-year referendum in 2036. Peru Community Schools has not said whether it will seek one.
O education Maconaquah School Corporation
L city Bunker Hill
L facility Grissom Air Reserve Base
F duration seven-year
F date 2036
O education Peru Community Schools
> The board’s next meeting is at 6:30 p.m. May 10 at the administration building, 650 E. State Road 16, Denver.
F time 6:30 p.m.
F date May 10
L address 650 E. State Road 16
L city Denver
> Reach Delaney Schrock at delaney.schrock@perutribune.com.
P full Delaney Schrock
'''

ARTICLES['552-matei-airport-runway-extension-atr-flights-taveuni-navakasobu-lease-tourism-fiji-sun'] = r'''
> Tourism
> Matei Runway Extension To Bring ATR Flights To Taveuni
L city Matei
O company ATR
L geo Taveuni
> SELAI NAIVALU
P full SELAI NAIVALU
> TAVEUNI
L geo TAVEUNI
> March 17, 2039 5:00 am
F date March 17, 2039
F time 5:00 am
> Visitors at the Tavoro Waterfalls in Bouma National Heritage Park on Taveuni. Photo: Mesake Rokotuiwai
L geo Tavoro Waterfalls
L geo Bouma National Heritage Park
L geo Taveuni
P full Mesake Rokotuiwai
> Airports Fiji Limited (AFL) will extend the runway at Matei Airport on Taveuni by 320 metres so that Fiji Airways can fly its 70-seat ATR 72-600 aircraft to the Garden Island for the first time.
O company Airports Fiji Limited
O company AFL
L facility Matei Airport
L geo Taveuni
F quantity 320 metres
O company Fiji Airways
F number 70
L geo Garden Island
> The $38.6 million project, funded by the Government and the Asian Development Bank (ADB), will lengthen the sealed runway from 1,180 to 1,500 metres and add a new terminal and fire station. Work is due to start in June and finish by December 2040.
F money $38.6 million
O intergovernmental Asian Development Bank
O intergovernmental ADB
F quantity 1,180
F quantity 1,500 metres
F date December 2040
> At present only Fiji Link’s 19-seat Twin Otters and the smaller aircraft of Northern Air can land at Matei, which limits the island to about 260 seats a day from Nadi and Suva.
O company Fiji Link
F number 19
O company Northern Air
L city Matei
F number 260
L city Nadi
L city Suva
> Minister for Tourism and Civil Aviation Sairusi Waqanivalu said the extension would “change the economics” of tourism in Cakaudrove.
P full Sairusi Waqanivalu
Q direct Sairusi Waqanivalu :: “change the economics”
L region Cakaudrove
> “Right now a family from Sydney has to fly to Nadi, change planes and hope there is a seat on a Twin Otter,” he said.
Q direct Sairusi Waqanivalu :: “Right now a family from Sydney has to fly to Nadi, change planes and hope there is a seat on a Twin Otter,”
L city Sydney
L city Nadi
> “With the ATR, they land at Nadi in the morning and they are snorkelling on Taveuni by lunch. That is a different market.”
Q direct Sairusi Waqanivalu :: “With the ATR, they land at Nadi in the morning and they are snorkelling on Taveuni by lunch. That is a different market.”
O company ATR
L city Nadi
L geo Taveuni
> Taveuni recorded 21,340 international visitor arrivals in 2038, up 12 per cent on the year before, according to Tourism Fiji.
L geo Taveuni
F number 21,340
F date 2038
F percent 12 per cent
O government Tourism Fiji
> Resort owners on the island said the new runway was overdue.
> “We lose guests every week because the flights are full, or cancelled when the weather turns,” said Shalvin Kumar Narayan, who owns a 24-room resort near Matei.
Q direct Shalvin Kumar Narayan :: “We lose guests every week because the flights are full, or cancelled when the weather turns,”
P full Shalvin Kumar Narayan
F number 24
L city Matei
> “Last year I refunded more than $60,000 in deposits. Some of those guests went to Vanuatu instead.”
Q direct Shalvin Kumar Narayan :: “Last year I refunded more than $60,000 in deposits. Some of those guests went to Vanuatu instead.”
F money $60,000
L country Vanuatu
> Mr Narayan said bigger aircraft would also let farmers send more kava and dalo to the Suva market.
P partial Narayan
L city Suva
> Landowners of the mataqali Navakasobu of Welagi village, who own 18 hectares of the land needed for the extension, have agreed to a new 99-year lease through the iTaukei Land Trust Board (TLTB), with AFL paying a $1.2 million premium.
O other Navakasobu
L city Welagi
F quantity 18 hectares
F duration 99-year
O government iTaukei Land Trust Board
O government TLTB
O company AFL
F money $1.2 million
> The head of the mataqali, Ratu Isikeli Vakaceguvanua, said the landowners had also asked for jobs on the project and a share of the landing fees.
P full Isikeli Vakaceguvanua
> “Our grandparents gave land for the first airstrip and received very little for it. This time we have made sure our children will benefit,” he said.
Q direct Isikeli Vakaceguvanua :: “Our grandparents gave land for the first airstrip and received very little for it. This time we have made sure our children will benefit,”
> Fiji Airways said in a statement that it planned to start “up to two daily ATR services” from Nadi once the runway had been certified by the Civil Aviation Authority of Fiji (CAAF), with one-way fares from $289.
O company Fiji Airways
Q direct Fiji Airways :: “up to two daily ATR services”
F number two
O company ATR
L city Nadi
O government Civil Aviation Authority of Fiji
O government CAAF
F money $289
> AFL said the airport would have to close for up to 10 weeks in the second half of 2040, when the new section is joined to the old strip. Flights would be diverted to Savusavu on Vanua Levu, with passengers taken across the Somosomo Strait by boat, a crossing of about 90 minutes.
O company AFL
F duration 10 weeks
F date 2040
L city Savusavu
L geo Vanua Levu
L geo Somosomo Strait
F duration 90 minutes
> Dive operators welcomed the extension but warned of the pressure on the reefs of the strait.
> “More planes means more divers on the Rainbow Reef and the Great White Wall. We need a plan for moorings and numbers before 2040, not after,” said Adi Litia Tuilevuka, president of the Taveuni Dive Operators Association.
Q direct Litia Tuilevuka :: “More planes means more divers on the Rainbow Reef and the Great White Wall. We need a plan for moorings and numbers before 2040, not after,”
L geo Rainbow Reef
L geo Great White Wall
F date 2040
P full Litia Tuilevuka
O nonprofit Taveuni Dive Operators Association
> Feedback: selai.naivalu@fijisun.com.fj
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
