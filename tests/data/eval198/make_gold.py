#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval198 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval198/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1231-samalut-nile-pipeline-minya-desert-farms-egypt-independent'] = r'''
> Egypt
L country Egypt
> Irrigation Ministry Launches LE18.6 Billion Project to Pipe Nile Water to Minya Desert Farms
O government Irrigation Ministry
F money LE18.6 Billion
L geo Nile
L region Minya
> The 42-kilometre pipeline will carry 1.5 million cubic metres a day from the river at Samalut to 60,000 feddans of reclaimed land, the ministry says
F quantity 42-kilometre
F quantity 1.5 million cubic metres
L city Samalut
F quantity 60,000 feddans
> Karim El-Shennawy
P full Karim El-Shennawy
> Sunday, April 17, 2039 | 3:45 pm
F date April 17, 2039
F time 3:45 pm
> Workers lay steel pipe sections near the Ibrahimiya Canal in Minya, April 2039. (Photo courtesy of the Ministry of Water Resources and Irrigation)
L geo Ibrahimiya Canal
L city Minya
F date April 2039
O government Ministry of Water Resources and Irrigation
> The Ministry of Water Resources and Irrigation on Sunday launched a LE18.6 billion project to pump Nile water through a 42-kilometre pipeline to farmland in the western desert of Minya governorate, in what Irrigation Minister Hatem Abou El-Enein called “the largest single investment in Upper Egypt’s water in a generation.”
O government Ministry of Water Resources and Irrigation
F money LE18.6 billion
L geo Nile
F quantity 42-kilometre
L region Minya
P full Hatem Abou El-Enein
Q direct Hatem Abou El-Enein :: “the largest single investment in Upper Egypt’s water in a generation.”
L region Upper Egypt
> The pipeline will draw 1.5 million cubic metres of water a day from an intake on the Nile at Samalut and lift it 85 metres to a reservoir on the desert plateau, feeding drip-irrigation networks on 60,000 feddans of reclaimed land, the ministry said in a statement.
F quantity 1.5 million cubic metres
L geo Nile
L city Samalut
F quantity 85 metres
F quantity 60,000 feddans
> Abou El-Enein said the water would come from savings, not from Egypt’s share of the river. “We are not taking a single extra drop from the Nile. Every cubic metre in this pipe is a cubic metre we saved by lining canals in Beni Suef, Fayoum and Minya,” he said.
P partial Abou El-Enein
L country Egypt
Q direct Hatem Abou El-Enein :: “We are not taking a single extra drop from the Nile. Every cubic metre in this pipe is a cubic metre we saved by lining canals in Beni Suef, Fayoum and Minya,”
L geo Nile
L region Beni Suef
L region Fayoum
L region Minya
> Under the 1959 agreement with Sudan, Egypt is entitled to 55.5 billion cubic metres of Nile water a year, a quota the government says has not grown in six decades while the population has passed 118 million.
F date 1959
L country Sudan
L country Egypt
F quantity 55.5 billion cubic metres
L geo Nile
F duration six decades
F number 118 million
> The minister said the first phase, costing LE7.2 billion, would be finished by June 30, 2040, with the remaining two phases due in 2041. Misr Upper Egypt Pipe Works will build the three pumping stations, he said.
F money LE7.2 billion
F date June 30, 2040
F number two
F date 2041
O company Misr Upper Egypt Pipe Works
F number three
> Sayed Abdel-Tawab, 57, who farms 12 feddans near the village of Tahna El-Gabal, said his wells had dropped by 20 metres since 2030. “The groundwater is salty now, and diesel for the pump costs me LE4,000 a month,” he said. “If the Nile comes, my sons will stay. If not, they will go to Cairo like everybody else.”
P full Sayed Abdel-Tawab
F age 57
F quantity 12 feddans
L city Tahna El-Gabal
F quantity 20 metres
F date 2030
Q direct Sayed Abdel-Tawab :: “The groundwater is salty now, and diesel for the pump costs me LE4,000 a month,”
F money LE4,000
Q direct Sayed Abdel-Tawab :: “If the Nile comes, my sons will stay. If not, they will go to Cairo like everybody else.”
L geo Nile
L city Cairo
> Minya Governor Rasha Mohie El-Din said the governorate would hand out the new land in plots of five feddans to young graduates and to families from crowded villages along the valley. “This is not only a water project. It is a housing project, a jobs project and a food project,
L region Minya
P full Rasha Mohie El-Din
F quantity five feddans
Q direct Rasha Mohie El-Din :: “This is not only a water project. It is a housing project, a jobs project and a food project,
> “We expect 9,000 families to live here within ten years,” she said.
Q direct Rasha Mohie El-Din :: “We expect 9,000 families to live here within ten years,”
F number 9,000
F duration ten years
> Not everyone is convinced. Nadia El-Sawy, a water economist at Cairo University, said what the ministry calls “saved water” had never been independently measured. Lining canals reduces seepage, she said, but much of that seepage once recharged the same aquifers that farmers like Abdel-Tawab now depend on.
P full Nadia El-Sawy
O education Cairo University
Q scare - :: “saved water”
P partial Abdel-Tawab
> “You cannot count the same water twice,” she said.
Q direct Nadia El-Sawy :: “You cannot count the same water twice,”
> The project comes as talks with Ethiopia over the operation of the Grand Ethiopian Renaissance Dam (GERD) remain frozen. A ministry official, speaking on condition of anonymity, said the pipeline had been designed “with the worst years in mind.”
L country Ethiopia
L facility Grand Ethiopian Renaissance Dam
L facility GERD
Q direct - :: “with the worst years in mind.”
> The Holding Company for Water and Wastewater (HCWW) will also take 150,000 cubic metres a day from the pipeline for drinking water in Samalut and Matay, at a cost of LE1.1 billion, HCWW said.
O company Holding Company for Water and Wastewater
O company HCWW
F quantity 150,000 cubic metres
L city Samalut
L city Matay
F money LE1.1 billion
O company HCWW
'''

ARTICLES['1232-bradfield-macarthur-metro-extension-deferred-oran-park-smh'] = r'''
> Transport
> ‘We were promised a train’: $9.4b metro extension to Macarthur shelved for five years
Q direct Sione Lātū :: ‘We were promised a train’
F money $9.4b
L region Macarthur
F duration five years
> The state government will build the line from the new airport only as far as Bringelly, leaving Oran Park and Narellan waiting until at least 2046.
L city Bringelly
L city Oran Park
L city Narellan
F date 2046
> By Lachlan Whitford and Mei-Ling Tran
P full Lachlan Whitford
P full Mei-Ling Tran
> April 10, 2040 — 5.00am
F date April 10, 2040
F time 5.00am
> Construction at the Bradfield metro station, next to Western Sydney International Airport at Badgerys Creek. Credit: Janie Costa-Ward
L city Bradfield
L facility Western Sydney International Airport
L city Badgerys Creek
P full Janie Costa-Ward
> Residents of Sydney’s fastest-growing suburbs will wait at least another five years for a rail link to Western Sydney International Airport after the state government deferred a $9.4 billion extension of the metro line south from Bradfield to Macarthur.
L city Sydney
F duration five years
L facility Western Sydney International Airport
F money $9.4 billion
L city Bradfield
L region Macarthur
> Transport Minister Danielle Koutsoukis confirmed on Monday that the 21-kilometre extension would be split in two. A 6.5km first stage to a new station at Bringelly will start construction in 2041, but the remaining 14.5km to Oran Park, Narellan and Campbelltown has been pushed back until at least 2046.
P full Danielle Koutsoukis
F quantity 21-kilometre
F number two
F quantity 6.5km
L city Bringelly
F date 2041
F quantity 14.5km
L city Oran Park
L city Narellan
L city Campbelltown
F date 2046
> “We have to be honest with people about what we can afford,” Koutsoukis said. “The budget position we inherited does not allow us to build the whole line at once, and I am not going to pretend otherwise.”
Q direct Danielle Koutsoukis :: “We have to be honest with people about what we can afford,”
P partial Koutsoukis
Q direct Danielle Koutsoukis :: “The budget position we inherited does not allow us to build the whole line at once, and I am not going to pretend otherwise.”
> Infrastructure NSW estimated in 2039 that the full extension would carry 62,000 passengers a day by 2056 and cut the trip between Campbelltown and the airport to 19 minutes.
O government Infrastructure NSW
F date 2039
F number 62,000
F date 2056
L city Campbelltown
F duration 19 minutes
> The federal government, which put $1.8 billion into the planning work, said it was “disappointed but not surprised”. A spokesman for federal Infrastructure Minister Ewan Carradine said Canberra’s offer of a 50 per cent share remained on the table.
F money $1.8 billion
Q direct - :: “disappointed but not surprised”
P full Ewan Carradine
L city Canberra
F percent 50 per cent
> Camden mayor Sione Lātū said families had bought homes in Oran Park and Gregory Hills on the strength of the promise. “We were promised a train. The brochures said ‘metro coming’ in big letters, and people believed it,
L city Camden
P full Sione Lātū
L city Oran Park
L city Gregory Hills
Q direct Sione Lātū :: “We were promised a train. The brochures said ‘metro coming’ in big letters, and people believed it,
> “Now they are told to sit in traffic on Camden Valley Way for another decade. It is not good enough,” Cr Lātū said.
Q direct Sione Lātū :: “Now they are told to sit in traffic on Camden Valley Way for another decade. It is not good enough,”
L street Camden Valley Way
P partial Lātū
> Census figures show the Camden local government area grew by 41 per cent between 2026 and 2036, to about 190,000 residents, and it is forecast to pass 300,000 by 2051.
L region Camden
F percent 41 per cent
F date 2026
F date 2036
F number 190,000
F number 300,000
F date 2051
> Oran Park resident Brianna O’Sullivan, 34, leaves home at 5.45am to drive her two children to daycare in Narellan before catching a bus to Leppington station. “By the time I get to the office in Parramatta it’s 8.15, on a good day,” she said.
L city Oran Park
P full Brianna O’Sullivan
F age 34
F time 5.45am
F number two
L city Narellan
L facility Leppington
Q direct Brianna O’Sullivan :: “By the time I get to the office in Parramatta it’s 8.15, on a good day,”
L city Parramatta
F time 8.15
> Opposition transport spokesman Marcus Delahunty called the decision a “betrayal of the south-west”, while the Western Sydney Leadership Dialogue said the government was repeating the mistakes of the 1990s.
P full Marcus Delahunty
Q direct Marcus Delahunty :: “betrayal of the south-west”
O nonprofit Western Sydney Leadership Dialogue
F date 1990s
> Sydney Metro said the two tunnel boring machines now finishing work at Aerotropolis would be moved south for the first stage. The line between St Marys and the airport, which opened in 2027, carried 11.2 million passengers in 2039.
O government Sydney Metro
F number two
L city Aerotropolis
L city St Marys
F date 2027
F number 11.2 million
F date 2039
> A senior government source, who was not authorised to speak publicly, said cabinet had looked at cheaper options, including rapid buses. “Nobody wanted to be the one to announce buses,” the source said.
Q direct - :: “Nobody wanted to be the one to announce buses,”
'''

ARTICLES['1233-travers-stakes-harbor-bell-van-dyke-de-la-pena-saratoga-bloodhorse'] = r'''
> Stakes
> Harbor Bell Rallies Late to Take Travers Stakes for Van Dyke
P partial Van Dyke
> The 9-2 shot ran down 6-5 favorite Quiet Dominion in the final sixteenth to give Joaquín de la Peña his first win in the $1.25 million race.
F number 9-2
F number 6-5
P full Joaquín de la Peña
F money $1.25 million
> By Colleen Marchetti-Haas
P full Colleen Marchetti-Haas
> August 26, 2040
F date August 26, 2040
> Harbor Bell and Joaquín de la Peña win the Travers Stakes at Saratoga Race Course. (Photo: Dana Lockridge/NYRA)
P full Joaquín de la Peña
L facility Saratoga Race Course
P full Dana Lockridge
O other NYRA
> SARATOGA SPRINGS, N.Y. — Harbor Bell was fifth of seven with three furlongs to run in the Travers Stakes (G1) Aug. 25 at Saratoga Race Course. By the wire he was 1 3/4 lengths clear, and trainer Wesley Van Dyke was hugging strangers in the winner's circle.
L city SARATOGA SPRINGS
L region N.Y.
F number seven
F quantity three furlongs
F date Aug. 25
L facility Saratoga Race Course
F quantity 1 3/4 lengths
P full Wesley Van Dyke
> The 3-year-old colt, owned by Mohawk Valley Stables, covered the 1 1/4 miles in 2:01.38 over a fast main track and paid $11.00 to win as the 9-2 third choice.
F duration 3-year-old
O other Mohawk Valley Stables
F quantity 1 1/4 miles
F duration 2:01.38
F money $11.00
F number 9-2
> Quiet Dominion, the 6-5 favorite from the barn of Delphine Okafor-Reyes, set the pace through fractions of :23.41 and :47.20 and still led by a length at the quarter pole. He held second by a neck over Cape Vincent, with Long Lake another 4 1/2 lengths back.
F number 6-5
P full Delphine Okafor-Reyes
F duration :23.41
F duration :47.20
F quantity 4 1/2 lengths
> "I told Joaquín to sit and wait, that they would come back to him. He listened, which jockeys don't always do," said Van Dyke, 61, who trains a string of 40 horses out of Belmont Park. "This horse has been knocking on the door all summer.
Q direct Wesley Van Dyke :: "I told Joaquín to sit and wait, that they would come back to him. He listened, which jockeys don't always do,"
P partial Joaquín
P partial Van Dyke
F age 61
F number 40
L facility Belmont Park
Q direct Wesley Van Dyke :: "This horse has been knocking on the door all summer.
> "Three weeks ago at Monmouth he got beat a head. Today he got the trip," he said.
Q direct Wesley Van Dyke :: "Three weeks ago at Monmouth he got beat a head. Today he got the trip,"
F duration Three weeks
L facility Monmouth
> De la Peña, 26, who grew up in Carolina, Puerto Rico, and came to New York in 2033, said he had been "very patient, maybe too patient" down the backstretch.
P partial De la Peña
F age 26
L city Carolina
L region Puerto Rico
L region New York
F date 2033
Q direct Joaquín de la Peña :: "very patient, maybe too patient"
> "Turning for home I was thinking, 'Come on, let's go now.' But Wesley told me wait, so I waited. When I finally asked him, he gave me everything," he said.
Q direct Joaquín de la Peña :: "Turning for home I was thinking, 'Come on, let's go now.' But Wesley told me wait, so I waited. When I finally asked him, he gave me everything,"
P partial Wesley
> Okafor-Reyes said Quiet Dominion, who came in on a four-race win streak, may have found the distance a little too far. "He ran his race. Nine furlongs is probably his best trip," she said.
P partial Okafor-Reyes
F number four
Q direct Delphine Okafor-Reyes :: "He ran his race. Nine furlongs is probably his best trip,"
F quantity Nine furlongs
> The crowd of 47,312 bet $28.6 million on the Travers alone, and all-sources handle on the 14-race card reached $71.9 million, the New York Racing Association said. The winner's share of the purse was $687,500.
F number 47,312
F money $28.6 million
F number 14
F money $71.9 million
O other New York Racing Association
F money $687,500
> Harbor Bell will likely be pointed to the Breeders' Cup Classic Nov. 2 at Keeneland, Van Dyke said, though the colt will first get "a couple of weeks of grass and rest."
F date Nov. 2
L facility Keeneland
P partial Van Dyke
Q direct Wesley Van Dyke :: "a couple of weeks of grass and rest."
> Mohawk Valley Stables, a partnership of 22 dentists from Utica and Schenectady that calls itself "the Tooth Fairy Syndicate," bought the colt for $85,000 as a yearling in 2038.
O other Mohawk Valley Stables
F number 22
L city Utica
L city Schenectady
Q scare - :: "the Tooth Fairy Syndicate,"
F money $85,000
F date 2038
> Order of finish: Harbor Bell (J. de la Peña), Quiet Dominion (T. Ruane), Cape Vincent (K. Albrecht-Moss), Long Lake (R. Iturralde), Sheriff Dawes (M. Kowalczyk), Bonaventure (S. Tewari), Tin Cup Road (D. Nakashima).
P full J. de la Peña
P full T. Ruane
P full K. Albrecht-Moss
P full R. Iturralde
P full M. Kowalczyk
P full S. Tewari
P full D. Nakashima
'''

ARTICLES['1234-rheinmark-marl-cracker-closure-works-council-nrw-handelsblatt'] = r'''
> Chemicals
> Rheinmark to shut Marl cracker, cutting 1,450 jobs in North Rhine-Westphalia
O company Rheinmark
L city Marl
F number 1,450
L region North Rhine-Westphalia
> The chemicals maker blames gas prices and cheap imports. The head of the works council calls it “a death sentence for the Ruhr.”
Q direct Birgit Schäfer-Nowak :: “a death sentence for the Ruhr.”
L region Ruhr
> Katharina Wellbrock, Jonas Pfleiderer
P full Katharina Wellbrock
P full Jonas Pfleiderer
> 22.03.2040 – 17:12
F date 22.03.2040
F time 17:12
> The steam cracker at the Marl Chemical Park, where about 10,000 people work. Photo: dpa
L facility Marl Chemical Park
F number 10,000
O media dpa
> Rheinmark Chemie AG will close its steam cracker and two downstream plants in Marl by the end of 2041, eliminating 1,450 of the 2,300 jobs at the site, the Düsseldorf-based company said on Thursday. It is the deepest cut in Germany’s chemical industry since the shutdowns at Ludwigshafen in 2023.
O company Rheinmark Chemie AG
F number two
L city Marl
F date 2041
F number 1,450
F number 2,300
L city Düsseldorf
L country Germany
L city Ludwigshafen
F date 2023
> Chief executive Henrik von der Lahn said the cracker, which turns naphtha into ethylene and propylene, had lost money in 11 of the last 14 quarters. “At today’s gas prices we pay three times what our competitors in Texas pay, and four times what they pay in the Gulf,” he told Handelsblatt. “No amount of efficiency can close that gap.”
P full Henrik von der Lahn
F number 11
F number 14
Q direct Henrik von der Lahn :: “At today’s gas prices we pay three times what our competitors in Texas pay, and four times what they pay in the Gulf,”
F number three
L region Texas
F number four
L region Gulf
O media Handelsblatt
Q direct Henrik von der Lahn :: “No amount of efficiency can close that gap.”
> The closure will cost €640 million, including €410 million for a social plan and early retirement, and will cut annual costs by around €290 million from 2042, Rheinmark said. Its shares rose 4.8% in Frankfurt trading.
F money €640 million
F money €410 million
F money €290 million
F date 2042
O company Rheinmark
F percent 4.8%
L city Frankfurt
> Birgit Schäfer-Nowak, who chairs the works council in Marl, said employees had learned of the decision from a press release. “This is a death sentence for the Ruhr. Nobody here believes the promise that 850 jobs are safe,
P full Birgit Schäfer-Nowak
L city Marl
Q direct Birgit Schäfer-Nowak :: “This is a death sentence for the Ruhr. Nobody here believes the promise that 850 jobs are safe,
L region Ruhr
F number 850
> “They said exactly the same thing in 2036 when they closed the chlorine unit,” she said.
Q direct Birgit Schäfer-Nowak :: “They said exactly the same thing in 2036 when they closed the chlorine unit,”
F date 2036
> The mining, chemical and energy union IG BCE said it would fight the plan “with every legal means” and repeated its call for a state-backed industrial power price of 4 cents per kilowatt hour.
O nonprofit IG BCE
Q direct IG BCE :: “with every legal means”
F money 4 cents
> The state government in Düsseldorf said it had offered Rheinmark €120 million in February to keep the cracker running. “We put a serious offer on the table. The company chose Antwerp,” said Selin Kaya-Brandt, North Rhine-Westphalia’s economy minister.
L city Düsseldorf
O company Rheinmark
F money €120 million
Q direct Selin Kaya-Brandt :: “We put a serious offer on the table. The company chose Antwerp,”
L city Antwerp
P full Selin Kaya-Brandt
L region North Rhine-Westphalia
> Rheinmark plans to supply its remaining units in Marl with ethylene delivered by pipeline from the port of Antwerp, about 250 kilometers away. The decision also reaches Saxony-Anhalt: the company’s plant in Leuna, with 380 workers, loses its feedstock from Marl and will be reviewed by the summer.
O company Rheinmark
L city Marl
L city Antwerp
F quantity 250 kilometers
L region Saxony-Anhalt
L city Leuna
F number 380
L city Marl
> A person familiar with the supervisory board’s deliberations said the plan was approved on Wednesday after a five-hour meeting. “It was the most bitter session I have seen in 15 years,” the person said.
F duration five-hour
Q direct - :: “It was the most bitter session I have seen in 15 years,”
F duration 15 years
> The German Chemical Industry Association (VCI) expects output in the sector to fall 3% this year after a 2.5% decline in 2039. Production of basic chemicals has dropped by about a quarter since 2021, according to VCI figures.
O nonprofit German Chemical Industry Association
O nonprofit VCI
F percent 3%
F percent 2.5%
F date 2039
F fraction a quarter
F date 2021
O nonprofit VCI
> For Marl, a town of 84,000 on the northern edge of the Ruhr, the cracker has been part of the skyline since 1938. Mayor Uwe Brinkhoff-Demir said the town stood to lose €18 million a year in trade tax. “We will survive this. But we will be poorer for a long time,” he said.
L city Marl
F number 84,000
L region Ruhr
F date 1938
P full Uwe Brinkhoff-Demir
F money €18 million
Q direct Uwe Brinkhoff-Demir :: “We will survive this. But we will be poorer for a long time,”
'''

ARTICLES['1235-fraser-river-snowmaking-water-rights-grand-county-commissioners-denver-post'] = r'''
> Environment
> Grand County commissioners vow to fight ski area’s bid for Fraser River water
L region Grand County
L geo Fraser River
> Berthoud Pass Mountain Co. wants 1,100 acre-feet a year for snowmaking; ranchers and towns downstream say the river can’t spare it
O company Berthoud Pass Mountain Co.
F quantity 1,100 acre-feet
> By Dexter Halvorsen | dhalvorsen@denverpost.com | The Denver Post
P full Dexter Halvorsen
O media The Denver Post
> PUBLISHED: March 15, 2040 at 6:00 a.m. MT | UPDATED: March 15, 2040 at 9:41 a.m. MT
F date March 15, 2040
F time 6:00 a.m. MT
F date March 15, 2040
F time 9:41 a.m. MT
> Snowmaking guns run at dusk above the town of Winter Park on Feb. 27, 2040. (Rachel Ortiz-Hale/The Denver Post)
L city Winter Park
F date Feb. 27, 2040
P full Rachel Ortiz-Hale
O media The Denver Post
> GRANBY — Grand County commissioners voted 3-0 Tuesday to spend up to $450,000 fighting a ski company’s claim in water court for 1,100 acre-feet of water a year from the upper Fraser River, setting up what Commissioner Renée Vallejos called “the biggest water fight this county has seen since the tunnels.”
L city GRANBY
L region Grand County
F number 3-0
F money $450,000
F quantity 1,100 acre-feet
L geo Fraser River
P full Renée Vallejos
Q direct Renée Vallejos :: “the biggest water fight this county has seen since the tunnels.”
> Berthoud Pass Mountain Co., which plans to open a 1,400-acre ski area on the west side of the Continental Divide in 2043, filed the claim in Water Division 5 in Glenwood Springs in January. It wants to divert the water between Nov. 1 and Jan. 31 to make snow on 310 acres of trails.
O company Berthoud Pass Mountain Co.
F quantity 1,400-acre
L geo Continental Divide
F date 2043
O government Water Division 5
L city Glenwood Springs
F date Nov. 1
F date Jan. 31
F quantity 310 acres
> “Every drop they take in November is a drop that isn’t in the river when the trout need it,” said Vallejos, who has ranched near Tabernash for 30 years. “We already gave our water away once. We are not going to do it again.”
Q direct Renée Vallejos :: “Every drop they take in November is a drop that isn’t in the river when the trout need it,”
P partial Vallejos
L city Tabernash
F duration 30 years
Q direct Renée Vallejos :: “We already gave our water away once. We are not going to do it again.”
> Between 60% and 70% of the Fraser’s natural flow is already piped under the Divide to the Front Range, most of it by Denver Water, according to a 2039 study paid for by the county.
F percent 60%
F percent 70%
L geo Fraser
L geo Divide
L region Front Range
O government Denver Water
F date 2039
> The company’s president, Garrett Lindqvist, said snowmaking returns about 80% of the water to the basin when the snow melts in spring. “This is not a transmountain diversion. The water stays in Grand County, it just sits on the mountain for a few months,” he said in an interview.
P full Garrett Lindqvist
F percent 80%
Q direct Garrett Lindqvist :: “This is not a transmountain diversion. The water stays in Grand County, it just sits on the mountain for a few months,”
L region Grand County
> Lindqvist said the company had offered to stop pumping whenever flows at the Winter Park gauge fall below 12 cubic feet per second, and to pay $2 million into a river restoration fund.
P partial Lindqvist
L city Winter Park
F quantity 12 cubic feet per second
F money $2 million
> The town of Fraser, which draws its drinking water from wells near the river, has filed a statement of opposition, as have the Middle Park Water Conservancy District and at least 14 ranches.
L city Fraser
O government Middle Park Water Conservancy District
F number 14
> A state water official, who asked not to be named because the case is pending, said the claim would be “junior to just about everybody” and could be cut off in a dry year.
Q direct - :: “junior to just about everybody”
> Under Colorado’s prior appropriation system, known as “first in time, first in right,” older rights are served first. Most rights on the Fraser date to the 1880s and 1900s; the ski company’s would carry a 2040 priority date.
L region Colorado
Q scare - :: “first in time, first in right,”
L geo Fraser
F date 1880s
F date 1900s
F date 2040
> In neighboring Summit County, Commissioner Alden Pike-Morrow said his board would watch the case closely. Two Summit ski areas have claims of their own pending, totaling about 2,600 acre-feet.
L region Summit County
P full Alden Pike-Morrow
F number Two
L region Summit
F quantity 2,600 acre-feet
> A trial is not expected before 2042, said Owen Sadowski, the county’s water attorney, who put the cost of the case at $1.2 million to $1.5 million over three years.
F date 2042
P full Owen Sadowski
F money $1.2 million
F money $1.5 million
F duration three years
> Vallejos was blunt. “They can make snow with somebody else’s river,” she said.
P partial Vallejos
Q direct Renée Vallejos :: “They can make snow with somebody else’s river,”
'''

ARTICLES['1236-foynes-port-expansion-shannon-estuary-councillors-irish-examiner'] = r'''
> Limerick
L city Limerick
> €410m Foynes port expansion cleared despite ‘toxic dust’ fears
F money €410m
L city Foynes
Q direct Gráinne Tierney :: ‘toxic dust’
> Shannon Foynes Port Company plans to double capacity to 20 million tonnes a year by 2045
O company Shannon Foynes Port Company
F quantity 20 million tonnes
F date 2045
> Eoghan de Búrca
P full Eoghan de Búrca
> Wed, 11 Apr, 2040 - 19:30
F date 11 Apr, 2040
F time 19:30
> Bulk cargo being unloaded at Foynes Port on the Shannon Estuary. Picture: Aisling Mac Craith
L facility Foynes Port
L geo Shannon Estuary
P full Aisling Mac Craith
> A €410m expansion of the port at Foynes in west Limerick has been approved by An Coimisiún Pleanála, clearing the way for a new deepwater jetty, 38 hectares of storage yards and a rail-served bulk terminal on the Shannon Estuary.
F money €410m
L city Foynes
L region Limerick
O government An Coimisiún Pleanála
F quantity 38 hectares
L geo Shannon Estuary
> The planning body granted permission on Tuesday with 27 conditions, including a limit of 55 decibels on night-time noise at the nearest homes and a ban on open-air storage of coal within 300 metres of the village.
F number 27
F quantity 55 decibels
F quantity 300 metres
> Shannon Foynes Port Company (SFPC) chief executive Fionnuala Ní Dhubhghaill said the decision was “a generational moment for the Mid-West”. “Foynes handled 11.4 million tonnes last year, and we were turning ships away. With this, we can reach 20 million tonnes by 2045 and take the floating wind turbines that will be built for the Atlantic,” she said.
O company Shannon Foynes Port Company
O company SFPC
P full Fionnuala Ní Dhubhghaill
Q direct Fionnuala Ní Dhubhghaill :: “a generational moment for the Mid-West”
L region Mid-West
Q direct Fionnuala Ní Dhubhghaill :: “Foynes handled 11.4 million tonnes last year, and we were turning ships away. With this, we can reach 20 million tonnes by 2045 and take the floating wind turbines that will be built for the Atlantic,”
L city Foynes
F quantity 11.4 million tonnes
F quantity 20 million tonnes
F date 2045
L geo Atlantic
> The port company said the project would create 320 construction jobs and 140 permanent ones. SFPC will fund €260m itself and borrow the rest from the European Investment Bank.
F number 320
F number 140
O company SFPC
F money €260m
O intergovernmental European Investment Bank
> Local councillors were divided. Cllr Séamus Buckley-Hartnett (FF) said the jobs were badly needed in towns such as Askeaton, Glin and Newcastle West, where young people “leave for Dublin or Sydney the week after the Leaving Cert”.
P full Séamus Buckley-Hartnett
O party FF
L city Askeaton
L city Glin
L city Newcastle West
Q direct Séamus Buckley-Hartnett :: “leave for Dublin or Sydney the week after the Leaving Cert”
L city Dublin
L city Sydney
> But Cllr Gráinne Tierney (SD), who lives in Foynes, said residents had complained for years about dust blowing from the open storage yards. “My windowsills are red with it. People call it ‘toxic dust’ and the port says it’s harmless. Nobody has ever measured it properly,
P full Gráinne Tierney
O party SD
L city Foynes
Q direct Gráinne Tierney :: “My windowsills are red with it. People call it ‘toxic dust’ and the port says it’s harmless. Nobody has ever measured it properly,
> “We are not against the port. We are against being treated like we don’t exist,” Ms Tierney said.
Q direct Gráinne Tierney :: “We are not against the port. We are against being treated like we don’t exist,”
P partial Tierney
> Limerick City and County Council, which backed the scheme, said the reopened 42km railway to Limerick city would take up to 250 trucks a day off the N69 between Foynes and Limerick.
O government Limerick City and County Council
F quantity 42km
L city Limerick
F number 250
L street N69
L city Foynes
L city Limerick
> The Foynes-Limerick line, closed to freight in 2001, was reopened by Iarnród Éireann in 2038 at a cost of €95m.
L city Foynes
L city Limerick
F date 2001
O company Iarnród Éireann
F date 2038
F money €95m
> The Environmental Protection Agency (EPA) will have to license the bulk terminal separately. An EPA spokesman said an application was expected “in the coming months”.
O government Environmental Protection Agency
O government EPA
O government EPA
Q direct - :: “in the coming months”
> Figures from the Irish Maritime Development Office show that ports on the Shannon Estuary, including Foynes and the jetties at Aughinish and Moneypoint, handled 12.9 million tonnes in 2039, about 22% of bulk traffic through Irish ports.
O government Irish Maritime Development Office
L geo Shannon Estuary
L city Foynes
L geo Aughinish
L facility Moneypoint
F quantity 12.9 million tonnes
F date 2039
F percent 22%
> Work on the jetty is due to begin in September 2040 and take three and a half years. Objectors have eight weeks to seek a judicial review in the High Court.
F date September 2040
F duration three and a half years
F duration eight weeks
O government High Court
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
