#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval126 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval126/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['799-cyclone-ulani-tongoa-emae-water-ndmo-shefa-vanuatu-daily-post'] = r'''
> Cyclone Ulani leaves 6,000 without water on Tongoa and Emae
F number 6,000
L geo Tongoa
L geo Emae
> By Anita Kalsrap Toara
P full Anita Kalsrap Toara
> Thursday, February 12, 2037
F date February 12, 2037
> Women fetch water from a damaged tank at Mangarisu village on Tongoa on Wednesday. Photo: NDMO
L city Mangarisu
L geo Tongoa
O government NDMO
> About 6,000 people on the islands of Tongoa and Emae in Shefa Province are relying on green coconuts and rain caught in buckets after Tropical Cyclone Ulani destroyed water tanks and fouled wells on Monday night, the National Disaster Management Office (NDMO) said yesterday.
F number 6,000
L geo Tongoa
L geo Emae
L region Shefa Province
O government National Disaster Management Office
O government NDMO
> The Category 4 system passed 40 kilometres east of Tongoa at about 11pm on Monday, with gusts of 230km/h recorded at the Vanuatu Meteorology and Geo-Hazards Department (VMGD) station on Emae.
F quantity 40 kilometres
L geo Tongoa
F time 11pm
F quantity 230km/h
O government Vanuatu Meteorology and Geo-Hazards Department
O government VMGD
L geo Emae
> NDMO Director Morris Tavoa Iatika said an aerial assessment flown from Port Vila on Tuesday found that 70 per cent of houses on Tongoa had lost their roofs and that 14 of the island's 19 community rainwater tanks were damaged.
O government NDMO
P full Morris Tavoa Iatika
L city Port Vila
F percent 70 per cent
L geo Tongoa
F number 14
F number 19
> "Water is our first priority. Food we can bring in a few days, but people cannot wait a few days for water," Mr Iatika said.
Q direct Morris Tavoa Iatika :: "Water is our first priority. Food we can bring in a few days, but people cannot wait a few days for water,"
P partial Iatika
> He said a government patrol boat would leave Port Vila this morning carrying 12,000 litres of bottled water, 400 tarpaulins and 80 family hygiene kits from the Vanuatu Red Cross Society and UNICEF.
L city Port Vila
F quantity 12,000 litres
F number 400
F number 80
O nonprofit Vanuatu Red Cross Society
O intergovernmental UNICEF
> On Emae, community leaders said the storm surge reached the church at Sangava village, more than 100 metres inland.
L geo Emae
L city Sangava
F quantity 100 metres
> Chief Kalo Manaroto of Sangava said nobody was killed because families had moved into the school building before dark on the advice of the area council secretary.
P full Kalo Manaroto
L city Sangava
> "Mifala i lusum evri samting. Ol garen oli flat, ol kokonas oli foldaon [We lost everything. The gardens are flat, the coconut trees have fallen]," he told the Daily Post by phone.
Q direct Kalo Manaroto :: "Mifala i lusum evri samting. Ol garen oli flat, ol kokonas oli foldaon [We lost everything. The gardens are flat, the coconut trees have fallen],"
O media Daily Post
> "We need seeds and tools more than rice. If we plant now, we can eat in three months."
Q direct Kalo Manaroto :: "We need seeds and tools more than rice. If we plant now, we can eat in three months."
F duration three months
> The Shefa Provincial Government has asked the Council of Ministers to declare a state of emergency for the Shepherd Islands and Epi for 30 days.
O government Shefa Provincial Government
O government Council of Ministers
L geo Shepherd Islands
L geo Epi
F duration 30 days
> Shefa Secretary General Leisel Namuri Kaltabang said the province had set aside VT5 million from its own budget for fuel and boat hire, but that the cost of clearing roads and rebuilding two dispensaries on Tongoa alone would be "well beyond VT40 million".
L region Shefa
P full Leisel Namuri Kaltabang
F money VT5 million
F number two
L geo Tongoa
Q direct Leisel Namuri Kaltabang :: "well beyond VT40 million"
F money VT40 million
> VMGD said in a bulletin at 6am yesterday that Ulani had weakened to a Category 2 system and was moving south-east towards Tafea at 15 kilometres per hour. It warned of "heavy rainfall and flash flooding" on Tanna and Aneityum until Friday.
O government VMGD
F time 6am
L region Tafea
F quantity 15 kilometres per hour
Q direct Vanuatu Meteorology and Geo-Hazards Department :: "heavy rainfall and flash flooding"
L geo Tanna
L geo Aneityum
> The Vanuatu Mobile Force has sent 25 soldiers to Epi to clear the airstrip at Lamen Bay, which was blocked by fallen trees and debris.
O government Vanuatu Mobile Force
F number 25
L geo Epi
L city Lamen Bay
> Schools in Shefa will stay closed until February 23, the Ministry of Education and Training said.
L region Shefa
F date February 23
O government Ministry of Education and Training
> Donations of water containers and tarpaulins can be left at any National Bank of Vanuatu branch, the NDMO said.
O company National Bank of Vanuatu
O government NDMO
'''

ARTICLES['800-weda-bay-flash-floods-sagea-kobe-rivers-nickel-central-halmahera-jakarta-globe'] = r'''
> Flash Floods Hit Weda Villages Again as Residents Blame Nickel Mining
L city Weda
> Rizky Amalia Sangaji
P full Rizky Amalia Sangaji
> March 4, 2038 | 9:17 pm
F date March 4, 2038
F time 9:17 pm
> Residents of Lukulamo village wade through floodwater in Central Halmahera, North Maluku, on Monday. (Photo Courtesy of BPBD Central Halmahera)
L city Lukulamo
L region Central Halmahera
L region North Maluku
O government BPBD Central Halmahera
> Jakarta. Floodwaters up to 1.5 meters deep swept through six villages around Weda Bay in Central Halmahera, North Maluku, on Monday, the third major flood in the area in less than two years, officials said.
L city Jakarta
F quantity 1.5 meters
F number six
L geo Weda Bay
L region Central Halmahera
L region North Maluku
F duration two years
> The Central Halmahera Regional Disaster Mitigation Agency (BPBD) said 1,214 families, or about 4,300 people, had been affected, and that 312 of them were sheltering in a mosque and two schools in Lelilef Sawai. No deaths were reported.
O government Central Halmahera Regional Disaster Mitigation Agency
O government BPBD
F number 1,214
F number 4,300
F number 312
F number two
L city Lelilef Sawai
> "The rain was heavy but not unusual. What is unusual is how fast the water came and how much mud it carried," BPBD head Abdul Gafur Hasan told the Jakarta Globe by phone on Tuesday.
Q direct Abdul Gafur Hasan :: "The rain was heavy but not unusual. What is unusual is how fast the water came and how much mud it carried,"
O government BPBD
P full Abdul Gafur Hasan
O media Jakarta Globe
> He said the Kobe and Sagea rivers had burst their banks within two hours of the rain starting at about 2 a.m.
L geo Kobe
L geo Sagea
F duration two hours
F time 2 a.m.
> Residents and environmental groups blamed the clearing of forest for nickel mines on the hills above the villages. According to an analysis by the Indonesian Forum for the Environment (Walhi), about 5,600 hectares of forest in the Kobe and Sagea watersheds have been cleared since 2030.
O nonprofit Indonesian Forum for the Environment
O nonprofit Walhi
F quantity 5,600 hectares
L geo Kobe
L geo Sagea
F date 2030
> "Before the mines, the Sagea was clear. We drank from it. Now when it rains it turns the color of tea," said Yulianti Fabanyo, 38, a teacher in Sagea village whose house has been flooded twice since 2036.
Q direct Yulianti Fabanyo :: "Before the mines, the Sagea was clear. We drank from it. Now when it rains it turns the color of tea,"
L geo Sagea
P full Yulianti Fabanyo
F age 38
L city Sagea
F date 2036
> Walhi North Maluku director Rahmat Djumadil Ali said the provincial government should suspend the permits of companies operating upstream until an independent audit was completed.
O nonprofit Walhi North Maluku
P full Rahmat Djumadil Ali
> "The government keeps calling this a natural disaster. It is not natural. It is a disaster that has been permitted, hectare by hectare," he said.
Q direct Rahmat Djumadil Ali :: "The government keeps calling this a natural disaster. It is not natural. It is a disaster that has been permitted, hectare by hectare,"
> PT Sagea Nikel Lestari, which operates a 4,100-hectare concession west of the river, denied that its operations had contributed to the flooding. In a statement, the company said its settling ponds had "functioned as designed" and that it had sent two excavators and a water truck to help residents.
O company PT Sagea Nikel Lestari
F quantity 4,100-hectare
Q direct PT Sagea Nikel Lestari :: "functioned as designed"
F number two
> The company employs about 2,900 people and shipped 3.2 million tons of ore to smelters in the Indonesia Weda Bay Industrial Park last year, according to data from the Ministry of Energy and Mineral Resources.
F number 2,900
F quantity 3.2 million tons
L facility Indonesia Weda Bay Industrial Park
O government Ministry of Energy and Mineral Resources
> The North Maluku provincial government said it would form a team to review environmental permits in Central Halmahera, but gave no timeline.
L region North Maluku
L region Central Halmahera
> Indonesia is the world's largest producer of nickel, a key ingredient in batteries for electric vehicles. North Maluku's economy grew 14.6 percent in 2037, one of the fastest rates in the country, largely on the back of nickel processing.
L country Indonesia
L region North Maluku
F percent 14.6 percent
F date 2037
> The BPBD said it had distributed 2.5 tons of rice and Rp 180 million ($11,000) in cash aid by Tuesday evening, and that the Weda-Sagea road remained closed at two points.
O government BPBD
F quantity 2.5 tons
F money Rp 180 million
F money $11,000
L city Weda
L city Sagea
F number two
'''

ARTICLES['801-royal-canadian-henley-martindale-pond-don-argonaut-eight-st-catharines-standard'] = r'''
> Local crews take three golds as Henley closes on Martindale Pond
F number three
L geo Martindale Pond
> Don edges Argos in men's eight final by 0.4 seconds
O team Don
O team Argos
F duration 0.4 seconds
> By Sukhpreet Grewal-Lam
P full Sukhpreet Grewal-Lam
> Sun., Aug. 8, 2038
F date Aug. 8, 2038
> St. Catharines Rowing Club's Tessa Vandenberg-Ruiz celebrates after winning the women's under-23 single on Martindale Pond on Saturday. Rhea Szabo/The Standard
O team St. Catharines Rowing Club
P full Tessa Vandenberg-Ruiz
L geo Martindale Pond
P full Rhea Szabo
O media The Standard
> ST. CATHARINES — The home club saved its best for the last afternoon of the 136th Royal Canadian Henley Regatta.
L city ST. CATHARINES
> St. Catharines Rowing Club crews won three of Saturday's 11 finals on Martindale Pond, including the women's under-23 single, where Tessa Vandenberg-Ruiz, 21, led from the start and finished in 7:52.08, more than four seconds clear of Ottawa's Noémie Lachapelle-Baptiste.
O team St. Catharines Rowing Club
F number three
F number 11
L geo Martindale Pond
P full Tessa Vandenberg-Ruiz
F age 21
F duration 7:52.08
F duration four seconds
O team Ottawa
P full Noémie Lachapelle-Baptiste
> "I've raced on this pond since I was 12, so I know where the wind comes across from the QEW," Vandenberg-Ruiz said. "At the 1,000 I just told myself to keep the rate at 32 and not look over."
Q direct Tessa Vandenberg-Ruiz :: "I've raced on this pond since I was 12, so I know where the wind comes across from the QEW,"
F age 12
L street QEW
P partial Vandenberg-Ruiz
Q direct Tessa Vandenberg-Ruiz :: "At the 1,000 I just told myself to keep the rate at 32 and not look over."
F number 1,000
F number 32
> The biggest cheer of the day went to the men's eight final, in which Don Rowing Club of Mississauga held off Argonaut Rowing Club by 0.4 seconds in a time of 5:41.73. Hanlan Boat Club was third, with Leander Boat Club of Hamilton fourth.
O team Don Rowing Club
L city Mississauga
O team Argonaut Rowing Club
F duration 0.4 seconds
F duration 5:41.73
O team Hanlan Boat Club
O team Leander Boat Club
L city Hamilton
> Don stroke Kwabena Asante-Mills said his crew had been "a length down at the halfway mark" after the Argonauts went out at a rate of 44.
O team Don
P full Kwabena Asante-Mills
Q direct Kwabena Asante-Mills :: "a length down at the halfway mark"
O team Argonauts
F number 44
> "We knew they'd go out hard. Our coach told us they'd be gone by 500 metres if we panicked, so we didn't panic," he said.
Q direct Kwabena Asante-Mills :: "We knew they'd go out hard. Our coach told us they'd be gone by 500 metres if we panicked, so we didn't panic,"
F quantity 500 metres
> Argonaut coach Hamid Rezaei-Lund called it "about as close as this sport gets" and said his crew would meet Don again at the national championships in Burnaby in October.
O team Argonaut
P full Hamid Rezaei-Lund
Q direct Hamid Rezaei-Lund :: "about as close as this sport gets"
O team Don
L city Burnaby
> The home club's other wins came in the men's lightweight double, where Owen Tkachuk and Matteo Ferraro-Diallo beat Vancouver by 1.6 seconds, and the women's four, which led Victoria by a length at 1,500 metres.
P full Owen Tkachuk
P full Matteo Ferraro-Diallo
O team Vancouver
F duration 1.6 seconds
O team Victoria
F quantity 1,500 metres
> Brock University's Priya Venkataraman, 19, took bronze in the women's under-23 single, 6.69 seconds behind the winner, in her first race since breaking her wrist in May.
O education Brock University
P full Priya Venkataraman
F age 19
F duration 6.69 seconds
> A crosswind of 18 km/h delayed the first races by 40 minutes. Organizers said 2,140 athletes from 96 clubs entered the five-day regatta, the most since 2019.
F quantity 18 km/h
F duration 40 minutes
F number 2,140
F number 96
F duration five-day
F date 2019
> Martindale Pond next hosts the Canadian Secondary Schools Rowing Association championships in May.
L geo Martindale Pond
O nonprofit Canadian Secondary Schools Rowing Association
> SATURDAY'S FINALS
> Men's eight: 1. Don RC 5:41.73; 2. Argonaut RC 5:42.13; 3. Hanlan BC 5:44.90; 4. Leander BC 5:47.02
O team Don RC
F duration 5:41.73
O team Argonaut RC
F duration 5:42.13
O team Hanlan BC
F duration 5:44.90
O team Leander BC
F duration 5:47.02
> Women's U23 single: 1. Tessa Vandenberg-Ruiz (St. Catharines RC) 7:52.08; 2. Noémie Lachapelle-Baptiste (Ottawa RC) 7:56.41; 3. Priya Venkataraman (Brock) 7:58.77
P full Tessa Vandenberg-Ruiz
O team St. Catharines RC
F duration 7:52.08
P full Noémie Lachapelle-Baptiste
O team Ottawa RC
F duration 7:56.41
P full Priya Venkataraman
O team Brock
F duration 7:58.77
> Men's lightweight double: 1. St. Catharines RC (Owen Tkachuk, Matteo Ferraro-Diallo) 6:38.50; 2. Vancouver RC (Jun-seo Park, Elliot Marchand) 6:40.12; 3. Ridley College (Amara Eze, Tobias Lindqvist) 6:45.66
O team St. Catharines RC
P full Owen Tkachuk
P full Matteo Ferraro-Diallo
F duration 6:38.50
O team Vancouver RC
P full Jun-seo Park
P full Elliot Marchand
F duration 6:40.12
O team Ridley College
P full Amara Eze
P full Tobias Lindqvist
F duration 6:45.66
> Women's four: 1. St. Catharines RC 6:55.31; 2. Victoria City RC 6:58.04; 3. Western 7:01.90
O team St. Catharines RC
F duration 6:55.31
O team Victoria City RC
F duration 6:58.04
O team Western
F duration 7:01.90
'''

ARTICLES['802-taounate-olive-harvest-drought-oil-prices-fez-meknes-morocco-world-news'] = r'''
> Economy
> Drought Cuts Taounate Olive Harvest by Half as Oil Reaches MAD 110 per Liter
L region Taounate
F fraction Half
F money MAD 110
> Growers in Morocco's largest olive province say trees did not flower after a sixth dry year, while the government bans olive oil exports until the end of 2038.
L country Morocco
F date 2038
> Hicham Ait Lahcen
P full Hicham Ait Lahcen
> Nov 14, 2037
F date Nov 14, 2037
> Olive pickers on a farm near Ghafsai, Taounate province. Photo credit: Hicham Ait Lahcen / Morocco World News
L city Ghafsai
L region Taounate
P full Hicham Ait Lahcen
O media Morocco World News
> Fez – Olive growers in Taounate, Morocco's largest olive-producing province, expect their harvest to fall by about half this season after a sixth consecutive year of below-average rainfall, local officials and farmers told Morocco World News.
L city Fez
L region Taounate
L country Morocco
F fraction half
O media Morocco World News
> The Regional Directorate of Agriculture of Fez-Meknes estimated this week that the province would produce around 118,000 tons of olives in the 2037-2038 season, compared with 245,000 tons in a normal year.
O government Regional Directorate of Agriculture of Fez-Meknes
F quantity 118,000 tons
F date 2037-2038
F quantity 245,000 tons
> Rainfall in the region between September 2037 and March 2038 stood at 212 millimeters, 41% below the 30-year average, according to the General Directorate of Meteorology (DGM).
F date September 2037
F date March 2038
F quantity 212 millimeters
F percent 41%
F duration 30-year
O government General Directorate of Meteorology
O government DGM
> In the hills around Ghafsai, many trees did not flower at all in the spring.
L city Ghafsai
> "My father planted these trees when I was a boy. Some of them are older than 60 years, and I have never seen them like this," said Abdelkader Ouled Bouchta, 67, who farms 4 hectares near Ras El Oued. "The fruit is small and dry. There is no oil in it."
Q direct Abdelkader Ouled Bouchta :: "My father planted these trees when I was a boy. Some of them are older than 60 years, and I have never seen them like this,"
F duration 60 years
P full Abdelkader Ouled Bouchta
F age 67
F quantity 4 hectares
L city Ras El Oued
Q direct Abdelkader Ouled Bouchta :: "The fruit is small and dry. There is no oil in it."
> At the olive mills of Taounate, the price of a liter of extra-virgin oil has risen to between MAD 95 and MAD 110, compared with MAD 70 a year ago, mill owners said. In Casablanca and Rabat supermarkets, some brands were selling at MAD 130 per liter last week.
L region Taounate
F money MAD 95
F money MAD 110
F money MAD 70
L city Casablanca
L city Rabat
F money MAD 130
> Khadija Ait Benhaddou, who runs a cooperative of 48 women producing oil in Tissa, said the cooperative had pressed only 9 tons of olives by mid-November, against 26 tons at the same point last year.
P full Khadija Ait Benhaddou
F number 48
L city Tissa
F quantity 9 tons
F quantity 26 tons
> "We have orders from Germany and Canada that we cannot fill," she said. "The buyers understand, but they will not wait forever."
Q direct Khadija Ait Benhaddou :: "We have orders from Germany and Canada that we cannot fill,"
L country Germany
L country Canada
Q direct Khadija Ait Benhaddou :: "The buyers understand, but they will not wait forever."
> The Ministry of Agriculture, Maritime Fisheries, Rural Development, Water and Forests said in a statement on November 10 that it had allocated MAD 1.2 billion for emergency support to olive and cereal farmers, including subsidized drip irrigation kits and the distribution of 3 million drought-resistant seedlings.
O government Ministry of Agriculture, Maritime Fisheries, Rural Development, Water and Forests
F date November 10
F money MAD 1.2 billion
F number 3 million
> The ministry also said it would suspend exports of olive oil until the end of 2038, a measure Morocco last took in 2023.
F date 2038
L country Morocco
F date 2023
> The olive industry federation Interprolive welcomed the suspension but warned that "small mills will close if the state does not help them through a second bad year."
O nonprofit Interprolive
Q direct Interprolive :: "small mills will close if the state does not help them through a second bad year."
> Morocco has about 1.2 million hectares of olive groves, most of them rain-fed, and aims to expand the area under the Generation Green strategy.
L country Morocco
F quantity 1.2 million hectares
> Read also: Dams in Fez-Meknes Region Fall to 19% of Capacity
L region Fez-Meknes
F percent 19%
'''

ARTICLES['803-letcher-school-board-closes-blackey-elementary-flood-north-fork-mountain-eagle'] = r'''
> Letcher school board votes 3-2 to close Blackey Elementary
L region Letcher
F number 3-2
O education Blackey Elementary
> Second flood in four years left building 'beyond reasonable repair,' engineer says
F duration four years
Q direct Harlan Fugate :: 'beyond reasonable repair,'
> By Loretta Caudill Banks
P full Loretta Caudill Banks
> Staff Writer
> Wednesday, July 18, 2040
F date July 18, 2040
> Mud lines still mark the gym wall at Blackey Elementary School, where water stood 5 feet deep on June 27. (Eagle photo by Dwayne Hogg)
O education Blackey Elementary School
F quantity 5 feet
F date June 27
O media Eagle
P full Dwayne Hogg
> The Letcher County Board of Education voted 3-2 Thursday night to close Blackey Elementary School and send its 187 students to Letcher Elementary School and Arlie Boggs Elementary in Eolia beginning this fall.
O government Letcher County Board of Education
F number 3-2
O education Blackey Elementary School
F number 187
O education Letcher Elementary School
O education Arlie Boggs Elementary
L city Eolia
> The vote came two weeks after the North Fork of the Kentucky River rose more than 14 feet at Blackey on June 27, flooding the school for the second time since July 2036.
F duration two weeks
L geo North Fork of the Kentucky River
F quantity 14 feet
L city Blackey
F date June 27
F date July 2036
> Engineer Harlan Fugate of Hazard-based Cumberland Design Group told the board that repairing the building would cost an estimated $4.8 million and that it would remain "beyond reasonable repair" as long as it sat in the floodplain.
P full Harlan Fugate
L city Hazard
O company Cumberland Design Group
F money $4.8 million
Q direct Harlan Fugate :: "beyond reasonable repair"
> Board members Rhonda Mullins Ison and Darrell Whitaker and chairman Travis Holbrook voted for the closure. Members Jessie Banks and Earl Dean Adams voted against it.
P full Rhonda Mullins Ison
P full Darrell Whitaker
P full Travis Holbrook
P full Jessie Banks
P full Earl Dean Adams
> "I went to school in that building. My children went to school in that building," Holbrook said before the vote. "But I'm not going to put a child back in there and pray it doesn't rain."
Q direct Travis Holbrook :: "I went to school in that building. My children went to school in that building,"
P partial Holbrook
Q direct Travis Holbrook :: "But I'm not going to put a child back in there and pray it doesn't rain."
> Adams said the board was "giving up on Blackey" and asked that the decision wait until FEMA rules on the county's appeal.
P partial Adams
Q direct Earl Dean Adams :: "giving up on Blackey"
L city Blackey
O government FEMA
> Superintendent Denise Whitt-Collier said the Federal Emergency Management Agency had approved $1.9 million toward repairs, but that state rules would not allow the district to rebuild on the same site without raising the building at least 3 feet above the 100-year flood elevation.
P full Denise Whitt-Collier
O government Federal Emergency Management Agency
F money $1.9 million
F quantity 3 feet
F duration 100-year
> She said about 40 percent of Blackey's students already ride a bus more than 45 minutes each way, and that the district would add two routes at a cost of $212,000 a year.
F percent 40 percent
O education Blackey
F duration 45 minutes
F number two
F money $212,000
> Blackey Elementary opened in 1957 and was rebuilt after a fire in 1989. Its enrollment has fallen from 310 in 2030 to 187 this year, according to the Kentucky Department of Education.
O education Blackey Elementary
F date 1957
F date 1989
F number 310
F date 2030
F number 187
O government Kentucky Department of Education
> Parents packed the cafeteria at Letcher County Central High School for the 6 p.m. meeting. Several carried signs reading "Keep Blackey Home."
O education Letcher County Central High School
F time 6 p.m.
Q direct - :: "Keep Blackey Home."
L city Blackey
> Kayla Sturgill, whose two sons are in the third and fifth grades at Blackey, said the longer rides would mean leaving home before 6:30 a.m.
P full Kayla Sturgill
F number two
O education Blackey
F time 6:30 a.m.
> "They're 8 and 10 years old. That's a long day for a little one," she said.
Q direct Kayla Sturgill :: "They're 8 and 10 years old. That's a long day for a little one,"
F age 8
F age 10 years old
> The board agreed to keep the building open as a community center and storage site for the Letcher County Fiscal Court until a buyer is found. Classes at the new schools begin Aug. 14.
O government Letcher County Fiscal Court
F date Aug. 14
> The board will next meet July 26 at 6 p.m. in the Letcher County Central High School library.
F date July 26
F time 6 p.m.
O education Letcher County Central High School
'''

ARTICLES['804-kainuu-bark-beetle-outbreak-early-felling-suomussalmi-hyrynsalmi-kuhmo-yle-news'] = r'''
> Bark beetle outbreak forces early felling of 1.3 million cubic metres in Kainuu
F quantity 1.3 million cubic metres
L region Kainuu
> The Finnish Forest Centre says the spruce bark beetle has spread to 6,400 hectares of forest in the region, more than twice last year's area.
O government Finnish Forest Centre
F quantity 6,400 hectares
> Dead spruces on a private forest plot in Suomussalmi in August. Image: Ville-Pekka Heikkinen / Yle
L city Suomussalmi
P full Ville-Pekka Heikkinen
O media Yle
> Yle News
O media Yle News
> 3.9.2038 12:47
F date 3.9.2038
F time 12:47
> An outbreak of the European spruce bark beetle in Kainuu has spread to about 6,400 hectares of forest this summer, more than twice the area recorded in 2037, according to the Finnish Forest Centre (Metsäkeskus).
L region Kainuu
F quantity 6,400 hectares
F date 2037
O government Finnish Forest Centre
O government Metsäkeskus
> The centre estimates that forest owners in the region will have to fell around 1.3 million cubic metres of damaged spruce ahead of schedule, roughly a quarter of Kainuu's normal annual harvest.
F quantity 1.3 million cubic metres
F fraction a quarter
L region Kainuu
> The worst-hit areas are around Suomussalmi, Hyrynsalmi and Kuhmo, where a dry, hot July allowed the insects to produce a second generation.
L city Suomussalmi
L city Hyrynsalmi
L city Kuhmo
> "In 2030 we were talking about a few dozen hectares. Now we are talking about thousands," said Tuomas Kärkkäinen, a forest health expert at the Finnish Forest Centre's Kajaani office.
Q direct Tuomas Kärkkäinen :: "In 2030 we were talking about a few dozen hectares. Now we are talking about thousands,"
F date 2030
P full Tuomas Kärkkäinen
O government Finnish Forest Centre
L city Kajaani
> He said the temperature in Kajaani had exceeded 25 degrees Celsius on 19 days in July, against an average of seven.
L city Kajaani
F quantity 25 degrees Celsius
F duration 19 days
F number seven
> Researchers at the Natural Resources Institute Finland (Luke) expect the beetle to reach the southern parts of Kuusamo and Pudasjärvi within 10 years.
O government Natural Resources Institute Finland
O government Luke
L city Kuusamo
L city Pudasjärvi
F duration 10 years
> Under the Forest Damages Prevention Act, owners must remove freshly damaged spruce from the forest by 15 July if more than 10 cubic metres of it lie on a single property.
F date 15 July
F quantity 10 cubic metres
> Pirjo-Riitta Moilanen, who owns 74 hectares of forest near Hyrynsalmi, said she had learned of the damage from a neighbour in June.
P full Pirjo-Riitta Moilanen
F quantity 74 hectares
L city Hyrynsalmi
> "By the time the harvester came, half the stand was grey. My grandfather planted those trees in 1961," she said. "The sawmill paid me less than half of what the timber would have been worth last year."
Q direct Pirjo-Riitta Moilanen :: "By the time the harvester came, half the stand was grey. My grandfather planted those trees in 1961,"
F fraction half
F date 1961
Q direct Pirjo-Riitta Moilanen :: "The sawmill paid me less than half of what the timber would have been worth last year."
F fraction half
> Moilanen said she was paid just over 38 euros per cubic metre for the damaged logs, against 82 euros for healthy spruce logs in 2037.
P partial Moilanen
F money 38 euros
F money 82 euros
F date 2037
> The Central Union of Agricultural Producers and Forest Owners (MTK) has asked the government to raise the compensation paid to owners under the Kemera subsidy scheme and to extend the removal deadline by 60 days in the worst-hit municipalities.
O nonprofit Central Union of Agricultural Producers and Forest Owners
O nonprofit MTK
F duration 60 days
> "Owners in Kainuu are doing what the law asks of them, and they are losing money for it," MTK forest director Jussi-Matti Huttu said in a statement on Tuesday.
Q direct Jussi-Matti Huttu :: "Owners in Kainuu are doing what the law asks of them, and they are losing money for it,"
L region Kainuu
O nonprofit MTK
P full Jussi-Matti Huttu
> State forest enterprise Metsähallitus said it had felled 210,000 cubic metres of beetle-damaged timber in its Kainuu forests since May and would keep harvesters working through the autumn.
O government Metsähallitus
F quantity 210,000 cubic metres
L region Kainuu
> The Ministry of Agriculture and Forestry is expected to present a proposal on compensation to the government in October.
O government Ministry of Agriculture and Forestry
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
