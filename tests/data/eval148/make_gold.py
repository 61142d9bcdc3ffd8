#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval148 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval148/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['931-bulawayo-water-shedding-120-hours-dam-levels-insiza-mayfair-council-chronicle'] = r'''
> Local News
> Bulawayo Extends Water Shedding to 120 Hours as Dams Fall Below 25 Percent
L city Bulawayo
F duration 120 Hours
F percent 25 Percent
> Council says Pumula, Nkulumane and Magwegwe will be hardest hit as Insiza Mayfair nears decommissioning
L city Pumula
L city Nkulumane
L city Magwegwe
L facility Insiza Mayfair
> Thulisile Nkomazana, Chronicle Reporter
P full Thulisile Nkomazana
O media Chronicle
> Wednesday, 10 October 2040
F date 10 October 2040
> The shrinking Insiza Mayfair Dam, Bulawayo’s largest supply dam, on Monday. — Picture: Nkosikhona Mlilo
L facility Insiza Mayfair Dam
L city Bulawayo
P full Nkosikhona Mlilo
> BULAWAYO City Council has extended water shedding to 120 hours a week after the combined level of the city’s six supply dams fell to 24,6 percent, the lowest since the 2019-20 drought.
O government BULAWAYO City Council
F duration 120 hours
F number six
F percent 24,6 percent
F date 2019-20
> Under the new schedule, which starts on Monday, taps in high-lying suburbs such as Pumula, Nkulumane, Magwegwe and Cowdray Park will be dry from 6am on Monday until 6am on Saturday. Low-lying areas, including Suburbs, Hillside and Famona, will lose water for 72 hours from Tuesday.
L city Pumula
L city Nkulumane
L city Magwegwe
L city Cowdray Park
F time 6am
F time 6am
L city Suburbs
L city Hillside
L city Famona
F duration 72 hours
> Council spokesperson Mrs Nokuthula Sibindi said the city was pumping 118 megalitres a day against a daily demand of 165 megalitres.
P full Nokuthula Sibindi
F quantity 118 megalitres
F quantity 165 megalitres
> “Our dams are simply not receiving inflows. We had 380mm of rain last season against an average of 590mm,” she said.
Q direct Nokuthula Sibindi :: “Our dams are simply not receiving inflows. We had 380mm of rain last season against an average of 590mm,”
F quantity 380mm
F quantity 590mm
> Mrs Sibindi said Insiza Mayfair stood at 11,3 percent and would be decommissioned within six weeks if no rain fell. Umzingwane Dam was decommissioned in August, while Inyankuni stood at 19,8 percent, Lower Ncema at 27,5 percent and Mtshabezi at 48,1 percent.
P partial Sibindi
L facility Insiza Mayfair
F percent 11,3 percent
F duration six weeks
L facility Umzingwane Dam
L facility Inyankuni
F percent 19,8 percent
L facility Lower Ncema
F percent 27,5 percent
L facility Mtshabezi
F percent 48,1 percent
> Mayor Cllr Themba Mpofu-Ndiweni told councillors on Tuesday that residents should treat every litre as “precious”. He said the city had again asked the Government to speed up the Gwayi-Shangani pipeline, which will carry water 245km from the new dam in Lupane district.
P full Themba Mpofu-Ndiweni
Q direct Themba Mpofu-Ndiweni :: “precious”
L facility Gwayi-Shangani
F quantity 245km
L region Lupane
> “When the pipeline was first promised, people in this city said ‘we will believe it when we drink it’. It is now 2040 and they are still saying it,” Cllr Mpofu-Ndiweni said. “We have replaced 41km of old pipes since 2037 and cut losses from 48 percent to 36 percent.
Q direct Themba Mpofu-Ndiweni :: “When the pipeline was first promised, people in this city said ‘we will believe it when we drink it’. It is now 2040 and they are still saying it,”
F date 2040
P partial Mpofu-Ndiweni
Q direct Themba Mpofu-Ndiweni :: “We have replaced 41km of old pipes since 2037 and cut losses from 48 percent to 36 percent.
F quantity 41km
F date 2037
F percent 48 percent
F percent 36 percent
> “But we cannot pump water that is not in the dams.”
Q direct Themba Mpofu-Ndiweni :: “But we cannot pump water that is not in the dams.”
> The Zimbabwe National Water Authority (Zinwa) said in a statement that it was “monitoring the situation closely” and that the Mtshabezi pipeline would deliver an extra 15 megalitres a day once a ZiG46,5 million pump station was finished in December.
O government Zimbabwe National Water Authority
O government Zinwa
Q direct Zimbabwe National Water Authority :: “monitoring the situation closely”
L facility Mtshabezi
F quantity 15 megalitres
F money ZiG46,5 million
> In Nkulumane, Mrs Sithembile Ncube (68) said she had been queuing at a borehole on Mafela Street since 4am.
L city Nkulumane
P full Sithembile Ncube
F age 68
L street Mafela Street
F time 4am
> “We are told to save water, but what water? I fetch 60 litres a day for five people and my back is finished,” she said.
Q direct Sithembile Ncube :: “We are told to save water, but what water? I fetch 60 litres a day for five people and my back is finished,”
F quantity 60 litres
F number five
> Ward 17 councillor Cllr Sipho Dlodlo said many residents could not afford to buy borehole water at ZiG8 for a 20-litre container.
L region Ward 17
P full Sipho Dlodlo
F money ZiG8
F quantity 20-litre
> The Bulawayo Progressive Residents Association (BPRA) said the council should also publish the schedule in isiNdebele. Its coordinator, Mr Bhekimpilo Nyathi, said residents were still paying a fixed charge of US$9 a month for water they did not receive. “That is not fair. If there is no water, there should be no charge,” he said.
O nonprofit Bulawayo Progressive Residents Association
O nonprofit BPRA
P full Bhekimpilo Nyathi
F money US$9
Q direct Bhekimpilo Nyathi :: “That is not fair. If there is no water, there should be no charge,”
> A senior council engineer, who spoke on condition of anonymity, said the 2040-41 rainy season was forecast to be “normal to below normal”. “If the rains fail again, we will be talking about 144 hours, not 120,” the engineer said.
F date 2040-41
Q direct - :: “normal to below normal”
Q direct - :: “If the rains fail again, we will be talking about 144 hours, not 120,”
F duration 144 hours
F number 120
> The council has set up 32 water points with 10 000-litre tanks and will post the schedule on its Facebook page.
F number 32
F quantity 10 000-litre
O company Facebook
'''

ARTICLES['932-ben-tre-soc-trang-salinity-70km-inland-ham-luong-rice-vinh-long-can-tho-viet-nam-news'] = r'''
> Environment
> Saltwater reaches 70km inland in Bến Tre, Sóc Trăng as dry season peaks
F quantity 70km
L region Bến Tre
L region Sóc Trăng
> March 14, 2041 - 08:26
F date March 14, 2041
F time 08:26
> A farmer in Thạnh Phú Commune, Vĩnh Long Province, pumps fresh water for his coconut trees. — VNA/VNS Photo Lâm Khánh Vy
L city Thạnh Phú Commune
L region Vĩnh Long Province
O media VNA
O media VNS
P full Lâm Khánh Vy
> VĨNH LONG — Saltwater has pushed up to 70km inland along the Hàm Luông and Cổ Chiên rivers in the former Bến Tre Province, now part of Vĩnh Long, and 62km up the Hậu River, known abroad as the Bassac, in Sóc Trăng, the Southern Institute of Water Resources Research (SIWRR) said on Wednesday.
L city VĨNH LONG
F quantity 70km
L geo Hàm Luông
L geo Cổ Chiên
L region Bến Tre Province
L region Vĩnh Long
F quantity 62km
L geo Hậu River
L geo Bassac
L region Sóc Trăng
O other Southern Institute of Water Resources Research
O other SIWRR
> Readings of 4 grams per litre (g/l) were taken 58km from the sea at An Hiệp Commune on the Hàm Luông on March 12, about two weeks earlier than in the 2039-40 dry season, the institute said.
F quantity 4 grams per litre
F quantity 58km
L city An Hiệp Commune
L geo Hàm Luông
F date March 12
F duration two weeks
F date 2039-40
> Its deputy director, Dr Trần Minh Khôi, said this year's salinity was close to the record of the 2019-20 drought. "Upstream flows in the Mekong are 18 per cent below the average for March, and the tides will be at their highest from March 18 to 22," he said. "Farmers must store fresh water now, not next week."
P full Trần Minh Khôi
F date 2019-20
Q direct Trần Minh Khôi :: "Upstream flows in the Mekong are 18 per cent below the average for March, and the tides will be at their highest from March 18 to 22,"
L geo Mekong
F percent 18 per cent
F date March 18
F date 22
Q direct Trần Minh Khôi :: "Farmers must store fresh water now, not next week."
> In Ba Tri, a coastal commune of the former province, rice farmer Nguyễn Văn Tám, 58, harvested his winter-spring crop early. "I cut the rice at 85 days instead of 95 days. The grain is lighter, maybe 5.2 tonnes a hectare instead of 6.5 tonnes, but if I wait the salt will take everything," Tám said.
L city Ba Tri
P full Nguyễn Văn Tám
F age 58
Q direct Nguyễn Văn Tám :: "I cut the rice at 85 days instead of 95 days. The grain is lighter, maybe 5.2 tonnes a hectare instead of 6.5 tonnes, but if I wait the salt will take everything,"
F duration 85 days
F duration 95 days
F quantity 5.2 tonnes
F quantity 6.5 tonnes
P partial Tám
> The Vĩnh Long Province People's Committee said 12,400ha of rice and 3,600ha of coconut and durian orchards were at risk. It has allocated VNĐ86 billion to build temporary dams on 140 canals and to deliver fresh water by boat to 9,200 households in Ba Tri, Bình Đại and Thạnh Phú communes.
O government Vĩnh Long Province People's Committee
F quantity 12,400ha
F quantity 3,600ha
F money VNĐ86 billion
F number 140
F number 9,200
L city Ba Tri
L city Bình Đại
L city Thạnh Phú
> Coastal households are paying VNĐ120,000 per cubic metre for water delivered by boat, four times the usual price. Nguyễn Thị Bé Ba, who sells rice noodles in Bình Đại, said her family now used 2 cubic metres a week, down from 5 cubic metres. "We wash the vegetables and then the floor with the same water," Ba said.
F money VNĐ120,000
F number four
P full Nguyễn Thị Bé Ba
L city Bình Đại
F quantity 2 cubic metres
F quantity 5 cubic metres
Q direct Nguyễn Thị Bé Ba :: "We wash the vegetables and then the floor with the same water,"
P partial Ba
> In the former Sóc Trăng Province, now part of Cần Thơ City, salinity of 4g/l has reached Đại Ngãi in Long Phú, 45km from the Trần Đề estuary.
L region Sóc Trăng Province
L city Cần Thơ City
F quantity 4g/l
L city Đại Ngãi
L city Long Phú
F quantity 45km
L geo Trần Đề
> Thạch Sô Phia, a Khmer farmer on Cù Lao Dung island, said shrimp farmers downstream had let salt water in weeks ago. "They say 'salt is money' for shrimp. For our rice it is poison," Sô Phia said.
P full Thạch Sô Phia
L geo Cù Lao Dung
Q direct Thạch Sô Phia :: "They say 'salt is money' for shrimp. For our rice it is poison,"
P partial Sô Phia
> An official at the city's Department of Agriculture and Environment, who asked not to be named, said the department had recommended the so-called "rice-shrimp" rotation for another 2,000ha in Trần Đề, but "not where people still depend on canals for drinking water".
O government Department of Agriculture and Environment
Q scare - :: "rice-shrimp"
F quantity 2,000ha
L city Trần Đề
Q direct - :: "not where people still depend on canals for drinking water"
> Dr Nguyen Hoang Phuc, a hydrologist at the University of Queensland in Australia, said sand mining and upstream dams in China and Laos had deepened the riverbeds. "The 2019-20 drought was called a once-in-a-century event. We may now see one every five years," he said.
P full Nguyen Hoang Phuc
O education University of Queensland
L country Australia
L country China
L country Laos
Q direct Nguyen Hoang Phuc :: "The 2019-20 drought was called a once-in-a-century event. We may now see one every five years,"
F date 2019-20
F duration five years
> The Ministry of Agriculture and Environment said in a dispatch on Wednesday that it expected salinity to ease after April 20, but told delta localities to "save every drop" until the rains arrive. — VNS
O government Ministry of Agriculture and Environment
F date April 20
Q direct Ministry of Agriculture and Environment :: "save every drop"
O media VNS
'''

ARTICLES['933-ashby-clarke-9-87-monaco-herculis-andriamanana-8-21m-long-jump-results-world-athletics'] = r'''
> Report
> Ashby-Clarke clocks 9.87 in Monaco as Andriamanana soars to 8.21m
P partial Ashby-Clarke
F duration 9.87
L country Monaco
P partial Andriamanana
F quantity 8.21m
> World leads fall in the women’s 800m and the men’s steeplechase at the Herculis meeting
F quantity 800m
> Mathilde Roussel-Ferrand for World Athletics
P full Mathilde Roussel-Ferrand
O other World Athletics
> 15 JUL 2039
F date 15 JUL 2039
> Dwayne Ashby-Clarke wins the 100m at the Herculis meeting in Monaco (© Philippe Gréaux-Lambert / Diamond League AG)
P full Dwayne Ashby-Clarke
F quantity 100m
L country Monaco
P full Philippe Gréaux-Lambert
O company Diamond League AG
> Jamaica’s Dwayne Ashby-Clarke, nicknamed “the Spanish Town Rocket”, ran 9.87 (+0.4m/s) to win the 100m at the Herculis Wanda Diamond League meeting at the Stade Louis II in Monaco on Friday (15), a meeting record and the fastest time in the world this year.
L country Jamaica
P full Dwayne Ashby-Clarke
Q scare - :: “the Spanish Town Rocket”
L city Spanish Town
F duration 9.87
F quantity +0.4m/s
F quantity 100m
L facility Stade Louis II
L country Monaco
F date 15
> The 24-year-old beat the US champion Tremaine Okoye-Banks, who clocked 9.91, with Italy’s Luca De Santis third in 10.02.
F age 24-year-old
L country US
P full Tremaine Okoye-Banks
F duration 9.91
L country Italy
P full Luca De Santis
F duration 10.02
> “Before the race I told my coach, ‘If the wind is kind tonight, something fast is coming.’ It was kind,” said Ashby-Clarke, who missed most of 2038 with a hamstring injury. “I have been running 9.90 in training for two months. Tonight it finally came out.”
Q direct Dwayne Ashby-Clarke :: “Before the race I told my coach, ‘If the wind is kind tonight, something fast is coming.’ It was kind,”
P partial Ashby-Clarke
F date 2038
Q direct Dwayne Ashby-Clarke :: “I have been running 9.90 in training for two months. Tonight it finally came out.”
F duration 9.90
F duration two months
> Madagascar’s Fanilo Andriamanana produced the longest jump in the world for three years, 8.21m (+0.6m/s) in the fifth round, to beat South Africa’s Kelvin van der Merwe (8.09m) and Greece’s Stavros Kalogeropoulos (8.02m).
L country Madagascar
P full Fanilo Andriamanana
F duration three years
F quantity 8.21m
F quantity +0.6m/s
L country South Africa
P full Kelvin van der Merwe
F quantity 8.09m
L country Greece
P full Stavros Kalogeropoulos
F quantity 8.02m
> “At home in Antananarivo we train on a runway that is 30 years old,” said Andriamanana, 26, the first Malagasy man to jump beyond 8.20m. “This jump is for the kids there.”
Q direct Fanilo Andriamanana :: “At home in Antananarivo we train on a runway that is 30 years old,”
L city Antananarivo
F duration 30 years
P partial Andriamanana
F age 26
F quantity 8.20m
Q direct Fanilo Andriamanana :: “This jump is for the kids there.”
> In the women’s 800m, Kenya’s Naomi Jepchumba Kiprono ran a world-leading 1:56.42, pulling clear of Britain’s Isla McCorquodale-Baird over the final 100 metres. Kiprono, 21, had been fourth at the bell.
F quantity 800m
L country Kenya
P full Naomi Jepchumba Kiprono
F duration 1:56.42
L country Britain
P full Isla McCorquodale-Baird
F quantity 100 metres
P partial Kiprono
F age 21
> “She is brave,” said her coach, Joseph Kiptanui-Rono. “We said: run your race, be patient, and when you see the straight, go.”
Q direct Joseph Kiptanui-Rono :: “She is brave,”
P full Joseph Kiptanui-Rono
Q direct Joseph Kiptanui-Rono :: “We said: run your race, be patient, and when you see the straight, go.”
> The men’s 3000m steeplechase also brought a world lead, as Morocco’s Yassine El Amrani outkicked Ethiopia’s Getachew Alemu Tesfaye to win in 8:03.77. Ukraine’s Oleksandra Hrytsenko cleared 2.01m at the second attempt to take the high jump, and Denmark’s Søren Kjærgaard-Holm won the pole vault with 5.92m.
F quantity 3000m
L country Morocco
P full Yassine El Amrani
L country Ethiopia
P full Getachew Alemu Tesfaye
F duration 8:03.77
L country Ukraine
P full Oleksandra Hrytsenko
F quantity 2.01m
L country Denmark
P full Søren Kjærgaard-Holm
F quantity 5.92m
> The Fédération Monégasque d’Athlétisme said a crowd of 14,600 watched, the biggest since the meeting moved to a Friday in 2031. “Monaco loves a fast night,” the federation said. The series moves to London on 23 July.
O other Fédération Monégasque d’Athlétisme
F number 14,600
F date 2031
Q direct Fédération Monégasque d’Athlétisme :: “Monaco loves a fast night,”
L country Monaco
L city London
F date 23 July
> Leading results
> Men
> 100m (+0.4m/s): Dwayne Ashby-Clarke (JAM) 9.87, Tremaine Okoye-Banks (USA) 9.91, Luca De Santis (ITA) 10.02
F quantity 100m
F quantity +0.4m/s
P full Dwayne Ashby-Clarke
L country JAM
F duration 9.87
P full Tremaine Okoye-Banks
L country USA
F duration 9.91
P full Luca De Santis
L country ITA
F duration 10.02
> 3000m steeplechase: Yassine El Amrani (MAR) 8:03.77, Getachew Alemu Tesfaye (ETH) 8:04.10, Jean-Marc N’Guessan (CIV) 8:07.55
F quantity 3000m
P full Yassine El Amrani
L country MAR
F duration 8:03.77
P full Getachew Alemu Tesfaye
L country ETH
F duration 8:04.10
P full Jean-Marc N’Guessan
L country CIV
F duration 8:07.55
> Long jump: Fanilo Andriamanana (MAD) 8.21m (+0.6), Kelvin van der Merwe (RSA) 8.09m (+0.2), Stavros Kalogeropoulos (GRE) 8.02m (-0.3)
P full Fanilo Andriamanana
L country MAD
F quantity 8.21m
F number +0.6
P full Kelvin van der Merwe
L country RSA
F quantity 8.09m
F number +0.2
P full Stavros Kalogeropoulos
L country GRE
F quantity 8.02m
F number -0.3
> Pole vault: Søren Kjærgaard-Holm (DEN) 5.92m, Anselmo Quiñones (ECU) 5.82m, Théo Marchand-Lévy (FRA) 5.82m
P full Søren Kjærgaard-Holm
L country DEN
F quantity 5.92m
P full Anselmo Quiñones
L country ECU
F quantity 5.82m
P full Théo Marchand-Lévy
L country FRA
F quantity 5.82m
> Women
> 800m: Naomi Jepchumba Kiprono (KEN) 1:56.42, Isla McCorquodale-Baird (GBR) 1:56.87, Amina Diarra-Coulibaly (MLI) 1:57.30
F quantity 800m
P full Naomi Jepchumba Kiprono
L country KEN
F duration 1:56.42
P full Isla McCorquodale-Baird
L country GBR
F duration 1:56.87
P full Amina Diarra-Coulibaly
L country MLI
F duration 1:57.30
> High jump: Oleksandra Hrytsenko (UKR) 2.01m, Émilie Gaudreau (CAN) 1.97m, Zoë van Rensburg (NED) 1.94m
P full Oleksandra Hrytsenko
L country UKR
F quantity 2.01m
P full Émilie Gaudreau
L country CAN
F quantity 1.97m
P full Zoë van Rensburg
L country NED
F quantity 1.94m
'''

ARTICLES['934-riyadh-metro-line-7-opens-diriyah-qiddiya-rcrc-sr38-5-billion-arab-news'] = r'''
> Saudi Arabia
L country Saudi Arabia
> Riyadh Metro’s Line 7 opens, linking Diriyah and Qiddiya in 38 minutes
L facility Line 7
L city Diriyah
L city Qiddiya
F duration 38 minutes
> Royal Commission says the 64-km line will carry 150,000 passengers a day in its first year
O government Royal Commission
F quantity 64-km
F number 150,000
> Lama Al-Harbi
P full Lama Al-Harbi
> Updated 04 November 2040
F date 04 November 2040
> Passengers board a train at the Bujairi station in Diriyah on Sunday. (AN photo by Turki Al-Sahli)
L facility Bujairi
L city Diriyah
O media AN
P full Turki Al-Sahli
> RIYADH: Line 7 of the Riyadh Metro opened to passengers on Sunday, linking the historic town of Diriyah with Qiddiya, a Vision 2030 entertainment city 40 km southwest of the capital, and bringing the network to 240 km.
L city RIYADH
L facility Line 7
L city Diriyah
L city Qiddiya
F quantity 40 km
F quantity 240 km
> The Royal Commission for Riyadh City (RCRC) said the 64-km line, built at a cost of SR38.5 billion ($10.3 billion), has 14 stations and an interchange with Line 3, the Orange Line, at Tuwaiq.
O government Royal Commission for Riyadh City
O government RCRC
F quantity 64-km
F money SR38.5 billion
F money $10.3 billion
F number 14
L facility Line 3
L facility Orange Line
L city Tuwaiq
> Trains will run every four minutes at peak hours, from 6 a.m. to midnight, with a standard fare of SR4 for two hours of travel.
F duration four minutes
F time 6 a.m.
F money SR4
F duration two hours
> Eng. Abdulmohsen bin Fahad Al-Mutairi, the RCRC’s vice president for rail projects, said the line had been built in 52 months by a consortium of Saudi, Spanish and Korean companies, and that 41 percent of its 2,300 workers were Saudis.
P full Abdulmohsen bin Fahad Al-Mutairi
O government RCRC
F duration 52 months
F percent 41 percent
F number 2,300
> “Qiddiya was a place you could only reach by car. Now a student in Olaya can be on the rides in 50 minutes for four riyals,” he said. “This is what the city promised the world for Expo 2030.
Q direct Abdulmohsen bin Fahad Al-Mutairi :: “Qiddiya was a place you could only reach by car. Now a student in Olaya can be on the rides in 50 minutes for four riyals,”
L city Qiddiya
L city Olaya
F duration 50 minutes
F money four riyals
Q direct Abdulmohsen bin Fahad Al-Mutairi :: “This is what the city promised the world for Expo 2030.
> “The next step is the airport extension and the southern loop. We will not stop at seven.”
Q direct Abdulmohsen bin Fahad Al-Mutairi :: “The next step is the airport extension and the southern loop. We will not stop at seven.”
F number seven
> Line 7 was first due to open in 2037, but tunnelling under Wadi Hanifah took 14 months longer than planned, the commission said in a statement. It said 80 percent of the route runs on viaducts.
L facility Line 7
F date 2037
L geo Wadi Hanifah
F duration 14 months
F percent 80 percent
> Some early passengers have already called it the “fun line”. Nouf Al-Shehri, 29, a teacher who lives in Al-Malqa, rode it with her three children. “Last month we spent two hours in traffic on the Jeddah Road. Today the children were reading, not fighting,” she said.
Q scare - :: “fun line”
P full Nouf Al-Shehri
F age 29
L city Al-Malqa
F number three
Q direct Nouf Al-Shehri :: “Last month we spent two hours in traffic on the Jeddah Road. Today the children were reading, not fighting,”
F duration two hours
L street Jeddah Road
> Not everyone was impressed. Saad Al-Dossary, who runs a car-rental office near the Tuwaiq station, said his bookings had fallen by a third since test runs began in August. “I have 60 cars and 11 drivers. Maybe I will become a taxi for the metro,” he joked.
P full Saad Al-Dossary
L facility Tuwaiq
F fraction a third
Q direct Saad Al-Dossary :: “I have 60 cars and 11 drivers. Maybe I will become a taxi for the metro,”
F number 60
F number 11
> The Saudi Public Transport Company (SAPTCO) said it would add 120 feeder buses to serve the line’s stations, while Qiddiya Investment Company said visitors with tickets to its theme park would ride free until Dec. 31.
O company Saudi Public Transport Company
O company SAPTCO
F number 120
O company Qiddiya Investment Company
F date Dec. 31
> An official at the Transport General Authority, speaking on condition of anonymity, said fares on all seven lines would be reviewed next year. “Four riyals is cheap compared to fuel and parking, but we have to watch the numbers,” the official said.
O government Transport General Authority
F number seven
Q direct - :: “Four riyals is cheap compared to fuel and parking, but we have to watch the numbers,”
F money Four riyals
> Riyadh’s first six metro lines opened between December 2024 and January 2025 and had carried 1.1 billion passengers by the end of 2036, according to the RCRC.
L city Riyadh
F number six
F date December 2024
F date January 2025
F number 1.1 billion
F date 2036
O government RCRC
'''

ARTICLES['935-aspen-police-courts-basalt-burglary-bond-woody-creek-dui-buttermilk-skis-marble-sentencing-aspen-times'] = r'''
> Crime
> Police and courts: Basalt man held on $25,000 bond in Durant Avenue burglary
L city Basalt
F money $25,000
L street Durant Avenue
> Also: DUI crash near Woody Creek, skis stolen at Buttermilk and a sentence in the Castle Creek Road crash
L city Woody Creek
L facility Buttermilk
L street Castle Creek Road
> Dane Westergaard
P full Dane Westergaard
> January 21, 2041
F date January 21, 2041
> The Pitkin County Courthouse on Main Street in Aspen. Aspen Times file photo
L facility Pitkin County Courthouse
L street Main Street
L city Aspen
O media Aspen Times
> A Basalt man was being held at the Pitkin County Jail on a $25,000 bond Monday after police said he broke into a vacation condominium in the 700 block of East Durant Avenue and took jewelry and a $4,800 road bike.
L city Basalt
L facility Pitkin County Jail
F money $25,000
L street East Durant Avenue
F money $4,800
> Jonah Pettibone-Arce, 34, was arrested at 2:15 a.m. Saturday on suspicion of second-degree burglary and theft of between $5,000 and $20,000, both felonies, said Tamsin Holloway, a spokeswoman for the Aspen Police Department.
P full Jonah Pettibone-Arce
F age 34
F time 2:15 a.m.
F money $5,000
F money $20,000
P full Tamsin Holloway
O government Aspen Police Department
> "He had the owner's garage code, which narrows things down," Holloway said. Police believe Pettibone-Arce, a former property manager, used the code while the owners were in Denver.
Q direct Tamsin Holloway :: "He had the owner's garage code, which narrows things down,"
P partial Holloway
P partial Pettibone-Arce
L city Denver
> He is due in Pitkin County District Court on Feb. 4.
O government Pitkin County District Court
F date Feb. 4
> DUI crash on Highway 82
L street Highway 82
> A Snowmass Village woman faces a charge of driving under the influence after her car left Highway 82 near the Woody Creek turnoff at 11:40 p.m. Friday and rolled twice, the Colorado State Patrol said.
L city Snowmass Village
L street Highway 82
L city Woody Creek
F time 11:40 p.m.
O government Colorado State Patrol
> Kaitlyn Marsh-Olander, 27, was taken to Aspen Valley Hospital with minor injuries. Trooper Reuben Sandoval-Pike said her blood-alcohol level was 0.19, more than twice the legal limit. "She was lucky. That stretch has a 60-foot drop to the Roaring Fork," he said.
P full Kaitlyn Marsh-Olander
F age 27
O other Aspen Valley Hospital
P full Reuben Sandoval-Pike
F number 0.19
Q direct Reuben Sandoval-Pike :: "She was lucky. That stretch has a 60-foot drop to the Roaring Fork,"
F quantity 60-foot
L geo Roaring Fork
> Skis stolen at Buttermilk
L facility Buttermilk
> Pitkin County Sheriff's Office deputies are looking for whoever took nine pairs of skis, worth about $11,200, from racks outside the Buttermilk base lodge between 1 and 3 p.m. Sunday. Aspen Skiing Co. said it was reviewing its camera footage.
O government Pitkin County Sheriff's Office
F number nine
F money $11,200
L facility Buttermilk
F time 1
F time 3 p.m.
O company Aspen Skiing Co.
> "People leave $1,500 skis on a rack and go inside for a burger. We see it every weekend," said Sheriff Marisa Quintrell-Dahl, who asked anyone who saw a silver pickup with Utah plates to call.
Q direct Marisa Quintrell-Dahl :: "People leave $1,500 skis on a rack and go inside for a burger. We see it every weekend,"
F money $1,500
P full Marisa Quintrell-Dahl
L region Utah
> 'Ski Bum Santa' arrested again
Q scare - :: 'Ski Bum Santa'
> A Carbondale man known around the valley as "Ski Bum Santa" for the red suit he skis in at Aspen Highlands was arrested Thursday on a warrant for failing to appear in a 2040 trespassing case. Winslow Breck, 62, who lists an address at 480 Main St. in Carbondale, was released on a $500 personal recognizance bond.
L city Carbondale
Q scare - :: "Ski Bum Santa"
L facility Aspen Highlands
F date 2040
P full Winslow Breck
F age 62
L address 480 Main St.
L city Carbondale
F money $500
> Marble man sentenced
L city Marble
> In Pitkin County District Court on Thursday, District Judge Anneliese Ortmann-Brady sentenced Travis Kellerby, 41, of Marble to 90 days in jail and four years of probation for a November 2039 crash on Castle Creek Road that left a cyclist with a broken pelvis. Kellerby pleaded guilty in December to vehicular assault.
O government Pitkin County District Court
P full Anneliese Ortmann-Brady
P full Travis Kellerby
F age 41
L city Marble
F duration 90 days
F duration four years
F date November 2039
L street Castle Creek Road
P partial Kellerby
> "You were texting at 45 miles an hour on a road with no shoulder," Ortmann-Brady told him. "I have read the victim's letter three times. I am not going to read it a fourth."
Q direct Anneliese Ortmann-Brady :: "You were texting at 45 miles an hour on a road with no shoulder,"
F quantity 45 miles an hour
P partial Ortmann-Brady
Q direct Anneliese Ortmann-Brady :: "I have read the victim's letter three times. I am not going to read it a fourth."
F number three
> His attorney, public defender Graham Ostrowicz, said Kellerby had sold his car and now rides a Roaring Fork Transportation Authority bus to work in Glenwood Springs. The 9th Judicial District Attorney's Office had asked for six months in jail.
P full Graham Ostrowicz
P partial Kellerby
O government Roaring Fork Transportation Authority
L city Glenwood Springs
O government 9th Judicial District Attorney's Office
F duration six months
> In the week ending Sunday, Aspen police answered 196 calls for service, including 23 false alarms and 14 parking complaints, according to the department's weekly log.
L city Aspen
F number 196
F number 23
F number 14
> Contact Dane Westergaard at dwestergaard@aspentimes.com.
P full Dane Westergaard
'''

ARTICLES['936-storm-maelon-94mph-gusts-amber-warning-dawlish-street-wool-power-cuts-gwr-bbc-weather'] = r'''
> Storm Maelon: 94mph gusts and flooding hit south-west England and Wales
F quantity 94mph
L country England
L country Wales
> Tomos Pendry-Rowlands
P full Tomos Pendry-Rowlands
> BBC Weather
O media BBC Weather
> 15 February 2041
F date 15 February 2041
> Image source, PA Media
O media PA Media
> Image caption, Waves break over the sea wall at Dawlish in Devon on Friday morning
L city Dawlish
L region Devon
> Storm Maelon has brought gusts of more than 90mph and heavy rain to south-west England and Wales, leaving thousands of homes without power and cutting rail lines across the region.
F quantity 90mph
L country England
L country Wales
> The Met Office has an amber warning for wind in force for Cornwall, Devon, Somerset, Dorset and south Wales until 18:00 GMT on Friday, and a yellow rain warning covers much of Wales and the Midlands until 09:00 on Saturday.
O government Met Office
L region Cornwall
L region Devon
L region Somerset
L region Dorset
L country Wales
F time 18:00 GMT
L country Wales
L region Midlands
F time 09:00
> The strongest gust, 94mph, was recorded at the Needles on the Isle of Wight shortly after 05:00. Berry Head in Devon recorded 87mph and Capel Curig in Snowdonia 81mph.
F quantity 94mph
L geo Needles
L geo Isle of Wight
F time 05:00
L geo Berry Head
L region Devon
F quantity 87mph
L city Capel Curig
L region Snowdonia
F quantity 81mph
> Princetown on Dartmoor had 98mm of rain in the 24 hours to 09:00, and 40-60mm fell widely over the hills of south Wales.
L city Princetown
L geo Dartmoor
F quantity 98mm
F duration 24 hours
F time 09:00
F quantity 40-60mm
L country Wales
> Met Office deputy chief meteorologist Ffion Treharne said the storm had "deepened very quickly" overnight and that forecasters had been watching for a so-called "sting jet", a narrow band of extreme winds that can form near the tip of a storm's cloud head.
O government Met Office
P full Ffion Treharne
Q direct Ffion Treharne :: "deepened very quickly"
Q scare - :: "sting jet"
> "The worst of the wind will clear east through the afternoon, but the rain will not," she said. "Rivers in Somerset and south Wales will keep rising into Saturday, and some communities that flooded last winter could flood again.
Q direct Ffion Treharne :: "The worst of the wind will clear east through the afternoon, but the rain will not,"
Q direct Ffion Treharne :: "Rivers in Somerset and south Wales will keep rising into Saturday, and some communities that flooded last winter could flood again.
L region Somerset
L country Wales
> "Please don't drive through flood water. Thirty centimetres of moving water is enough to float a car."
Q direct Ffion Treharne :: "Please don't drive through flood water. Thirty centimetres of moving water is enough to float a car."
F quantity Thirty centimetres
> National Grid Electricity Distribution said 68,000 customers were without power at 10:00, mostly in Cornwall and Devon, and that some might not be reconnected until Sunday. UK Power Networks reported 12,500 homes cut off in Dorset and Hampshire.
O company National Grid Electricity Distribution
F number 68,000
F time 10:00
L region Cornwall
L region Devon
O company UK Power Networks
F number 12,500
L region Dorset
L region Hampshire
> Great Western Railway (GWR) said no trains would run west of Exeter until at least midday after Network Rail found a 12-metre stretch of track at Dawlish buried in shingle, and urged passengers "not to travel" on Friday. Transport for Wales cancelled all services between Cardiff and Swansea and on the Conwy Valley line, and CrossCountry trains are terminating at Bristol Temple Meads.
O company Great Western Railway
O company GWR
L city Exeter
O company Network Rail
F quantity 12-metre
L city Dawlish
Q direct Great Western Railway :: "not to travel"
O company Transport for Wales
L city Cardiff
L city Swansea
L facility Conwy Valley
O company CrossCountry
L facility Bristol Temple Meads
> In Street, Somerset, crews from Devon and Somerset Fire and Rescue Service helped 14 people from homes near the River Brue after the water rose 1.2 metres in three hours. Kerensa Vowles, 71, was taken from her bungalow by boat. "I've lived in Street for 44 years and I've never seen the Brue like this," she said.
L city Street
L region Somerset
O government Devon and Somerset Fire and Rescue Service
F number 14
L geo River Brue
F quantity 1.2 metres
F duration three hours
P full Kerensa Vowles
F age 71
Q direct Kerensa Vowles :: "I've lived in Street for 44 years and I've never seen the Brue like this,"
L city Street
F duration 44 years
L geo Brue
> In the Dorset village of Wool, the A352 was closed after a tree brought down power lines. A Dorset Council spokesperson said 30 roads across the county were shut.
L region Dorset
L city Wool
L street A352
O government Dorset Council
F number 30
> The Environment Agency had 41 flood warnings in place in England at midday, and Natural Resources Wales (NRW) had 17 in Wales.
O government Environment Agency
F number 41
L country England
O government Natural Resources Wales
O government NRW
F number 17
L country Wales
> Maelon is the 11th named storm of the 2040-41 season. The Met Office said conditions should ease by Sunday, but warned that "another unsettled spell" was likely next week.
F date 2040-41
O government Met Office
Q direct Met Office :: "another unsettled spell"
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
