#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval236 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval236/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1459-lagos-red-line-extension-agbado-kajola-ogun-lamata-guardian-nigeria'] = r'''
> Metro
> FG, Lagos Sign ₦412bn Deal To Extend Red Line To Kajola
O government FG
L region Lagos
F money ₦412bn
L facility Red Line
L city Kajola
> Extension will add 27 kilometres and five stations across two states, says LAMATA
F quantity 27 kilometres
F number five
F number two
O government LAMATA
> By Chinedu Okwuosa-Bakare
P full Chinedu Okwuosa-Bakare
> 19 February 2041 | 4:12 am
F date 19 February 2041
F time 4:12 am
> A Red Line train at the Agbado station, Ifako-Ijaiye, Lagos. PHOTO: TÓYÌN ADÉỌLÁ
L facility Red Line
L facility Agbado
L region Ifako-Ijaiye
L city Lagos
P full TÓYÌN ADÉỌLÁ
> The Federal Government and the Lagos State Government on Monday signed a ₦412 billion agreement to extend the Lagos Red Line from Agbado to Kajola in Ogun State, a 27-kilometre stretch that officials say will carry 250,000 passengers a day by 2044.
O government Federal Government
O government Lagos State Government
F money ₦412 billion
L facility Lagos Red Line
L city Agbado
L city Kajola
L region Ogun State
F quantity 27-kilometre
F number 250,000
F date 2044
> The deal, signed at Lagos House in Alausa, Ikeja, commits the Lagos Metropolitan Area Transport Authority (LAMATA) to build five new stations at Ijoko, Ota, Sango, Itele and Kajola, with the first trains due in the last quarter of 2043.
L facility Lagos House
L city Alausa
L city Ikeja
O government Lagos Metropolitan Area Transport Authority
O government LAMATA
F number five
L city Ijoko
L city Ota
L city Sango
L city Itele
L city Kajola
F date 2043
> “Commuters from Ota and Sango spend three hours on the road every morning. We want to bring that down to 45 minutes,” said the Managing Director of LAMATA, Engr. Folasade Adeyemi-Okoh.
Q direct Folasade Adeyemi-Okoh :: “Commuters from Ota and Sango spend three hours on the road every morning. We want to bring that down to 45 minutes,”
L city Ota
L city Sango
F duration three hours
F duration 45 minutes
O government LAMATA
P full Folasade Adeyemi-Okoh
> She said the line would run beside the Lagos–Ibadan railway and share the depot at Agbado, and that 60 per cent of the cost would come from the Africa Finance Corporation (AFC). “The AFC has agreed to a 20-year loan at 4.5 per cent,” she said. “Ogun will provide the land for the three stations on its side, and Lagos will pay for the trains.
L city Lagos
L city Ibadan
L city Agbado
F percent 60 per cent
O intergovernmental Africa Finance Corporation
O intergovernmental AFC
Q direct Folasade Adeyemi-Okoh :: “The AFC has agreed to a 20-year loan at 4.5 per cent,”
O intergovernmental AFC
F duration 20-year
F percent 4.5 per cent
Q direct Folasade Adeyemi-Okoh :: “Ogun will provide the land for the three stations on its side, and Lagos will pay for the trains.
L region Ogun
F number three
L region Lagos
> “We are not building a line that ends in the bush. Every station will have a bus interchange and parking for 400 cars.”
Q direct Folasade Adeyemi-Okoh :: “We are not building a line that ends in the bush. Every station will have a bus interchange and parking for 400 cars.”
F number 400
> Ogun State Commissioner for Transport, Mr Babatunde Oyèkànmí, said the state had already acquired 86 hectares in the Ado-Odo/Ota and Ifo local government areas, and paid ₦3.8bn in compensation to 1,240 landowners.
L region Ogun State
P full Babatunde Oyèkànmí
F quantity 86 hectares
L region Ado-Odo/Ota
L region Ifo
F money ₦3.8bn
F number 1,240
> For Mrs Kehinde Bello-Ajayi, 38, a trader who travels daily from Sango to Balogun Market on Lagos Island, the extension cannot come soon enough. “I leave the house at 5am and I am lucky to open my shop by 8:30,” she said. “The ‘Red Line’ they told us about for years stopped at Agbado. Now they say Kajola. I will believe it when I see the train.”
P full Kehinde Bello-Ajayi
F age 38
L city Sango
L facility Balogun Market
L city Lagos Island
Q direct Kehinde Bello-Ajayi :: “I leave the house at 5am and I am lucky to open my shop by 8:30,”
F time 5am
F time 8:30
Q direct Kehinde Bello-Ajayi :: “The ‘Red Line’ they told us about for years stopped at Agbado. Now they say Kajola. I will believe it when I see the train.”
L facility Red Line
L city Agbado
L city Kajola
> The Nigerian Railway Corporation (NRC), which runs intercity and freight trains on the Lagos–Ibadan corridor, said in a statement that it would “cooperate fully” with LAMATA but that shared tracks at Ijoko must be “properly signalled”.
O government Nigerian Railway Corporation
O government NRC
L city Lagos
L city Ibadan
Q direct Nigerian Railway Corporation :: “cooperate fully”
O government LAMATA
L city Ijoko
Q direct Nigerian Railway Corporation :: “properly signalled”
> A senior official at the Federal Ministry of Transportation, who asked not to be named, said the deal had been held up for 18 months over who would pay for the so-called “last mile”, a 4.2km spur into Kajola town. “Nobody wanted to fund it. In the end, Lagos blinked,” the official said.
O government Federal Ministry of Transportation
F duration 18 months
Q scare - :: “last mile”
F quantity 4.2km
L city Kajola
Q direct - :: “Nobody wanted to fund it. In the end, Lagos blinked,”
L region Lagos
> The first phase of the Red Line, from Agbado to Oyingbo, has 37 kilometres of track and eight stations. LAMATA said fares on the extension would be announced in January 2043 and would not exceed ₦1,800 for a single trip.
L facility Red Line
L city Agbado
L city Oyingbo
F quantity 37 kilometres
F number eight
O government LAMATA
F date January 2043
F money ₦1,800
'''

ARTICLES['1460-south-platte-water-sharing-deal-aurora-sterling-ditch-companies-denver-post'] = r'''
> Environment
> Aurora, northeastern Colorado farmers strike $186 million South Platte water-sharing deal
L city Aurora
L region Colorado
F money $186 million
L geo South Platte
> The deal lets the city lease up to 25,000 acre-feet a year from ditch companies in dry years instead of buying and drying up farms
F quantity 25,000 acre-feet
> By Marisol Quintanilla-Reyes | mquintanilla@denverpost.com | The Denver Post
P full Marisol Quintanilla-Reyes
O media The Denver Post
> PUBLISHED: March 6, 2040 at 5:30 a.m. MT | UPDATED: March 6, 2040 at 9:14 a.m. MT
F date March 6, 2040
F time 5:30 a.m. MT
F date March 6, 2040
F time 9:14 a.m. MT
> Water runs through a headgate on the Lower Platte Valley Canal east of Sterling on March 5, 2040. (Tomás Eberhardt-Luján/The Denver Post)
L facility Lower Platte Valley Canal
L city Sterling
F date March 5, 2040
P full Tomás Eberhardt-Luján
O media The Denver Post
> STERLING — The city of Aurora and 11 irrigation ditch companies along the lower South Platte River signed a 30-year water-sharing agreement Monday that will let the Front Range’s third-largest city lease farm water in drought years without drying up the fields that grow it.
L city STERLING
L city Aurora
F number 11
L geo South Platte River
F duration 30-year
L region Front Range
> Under the deal, worth $186 million over its life, Aurora will pay the ditch companies $2.4 million a year to hold the option, plus $640 per acre-foot for any water it actually takes. It can call for up to 25,000 acre-feet in three years out of every 10, and never in back-to-back years.
F money $186 million
L city Aurora
F money $2.4 million
F money $640
F quantity 25,000 acre-feet
F duration three years
F number 10
> “For 50 years, the way a Front Range city got water was to buy a farm and dry it up. We are trying to prove there’s another way,” said Dwayne Kittredge-Omole, general manager of Aurora Water. “The farmers keep their land, the ditch keeps running and we get a backstop when the snowpack fails.”
Q direct Dwayne Kittredge-Omole :: “For 50 years, the way a Front Range city got water was to buy a farm and dry it up. We are trying to prove there’s another way,”
F duration 50 years
L region Front Range
P full Dwayne Kittredge-Omole
O government Aurora Water
Q direct Dwayne Kittredge-Omole :: “The farmers keep their land, the ditch keeps running and we get a backstop when the snowpack fails.”
> Kittredge-Omole said the city had spent two years negotiating with the ditch companies and with Logan, Morgan and Washington counties, which fought earlier purchases. No more than 20% of the irrigated acres will be fallowed in any year the water is called, he said.
P partial Kittredge-Omole
F duration two years
L region Logan
L region Morgan
L region Washington
F percent 20%
> Ruth Ann Dvořák, 64, who grows corn and sugar beets on 1,100 acres near Merino, called the deal “the least bad option we’ve been offered.”
P full Ruth Ann Dvořák
F age 64
F quantity 1,100 acres
L city Merino
Q direct Ruth Ann Dvořák :: “the least bad option we’ve been offered.”
> “My grandfather watched his neighbors sell their water to the cities in the 1970s. Half the farms east of here went back to weeds,” she said. “This way my son can still farm in a dry year. He just won’t farm all of it.”
Q direct Ruth Ann Dvořák :: “My grandfather watched his neighbors sell their water to the cities in the 1970s. Half the farms east of here went back to weeds,”
F date 1970s
F fraction Half
Q direct Ruth Ann Dvořák :: “This way my son can still farm in a dry year. He just won’t farm all of it.”
> The Colorado Water Conservation Board, which must sign off on the lease terms, said in a statement that the agreement “fits squarely within the state water plan” and could become a model for the Arkansas Valley.
O government Colorado Water Conservation Board
Q direct Colorado Water Conservation Board :: “fits squarely within the state water plan”
L region Arkansas Valley
> Not everyone is convinced. Logan County Commissioner Harlan Tschetter-Boyd voted against a county resolution backing the deal, which passed 2-1 on Feb. 27. He said the $640 price is fixed for the first 10 years and will lose value to inflation.
L region Logan County
P full Harlan Tschetter-Boyd
F number 2-1
F date Feb. 27
F money $640
F duration 10 years
> “We’re renting the river to Aurora for the price of a used pickup,” he said.
Q direct Harlan Tschetter-Boyd :: “We’re renting the river to Aurora for the price of a used pickup,”
L city Aurora
> An official in the State Engineer’s Office, who was not authorized to speak publicly, said the water court in Greeley must approve a change of use for the leased water, which typically takes 18 months to three years. “Nobody has done a rotating lease this size on the South Platte,” the official said. “The engineering will be watched very closely.”
O government State Engineer’s Office
L city Greeley
F duration 18 months
F duration three years
Q direct - :: “Nobody has done a rotating lease this size on the South Platte,”
L geo South Platte
Q direct - :: “The engineering will be watched very closely.”
> Aurora, a city of about 420,000, gets much of its water from the Colorado and Arkansas river basins through mountain tunnels, and already recycles South Platte flows. The first lease could be called as early as 2042 if the snowpack falls below 70% of normal.
L city Aurora
F number 420,000
L geo Colorado
L geo Arkansas
L geo South Platte
F date 2042
F percent 70%
'''

ARTICLES['1461-cork-bus-network-redesign-glanmire-ballincollig-nta-rte-news'] = r'''
> Regional
> 'We were never asked': Glanmire residents criticise Cork bus network plan
Q direct Áine Mac Cárthaigh-Ryan :: 'We were never asked'
L city Glanmire
L city Cork
> New network will have 14 routes running every 10 minutes or better, NTA says
F number 14
F duration 10 minutes
O government NTA
> By Siobhán Ní Chonchúir, Southern Correspondent
P full Siobhán Ní Chonchúir
> Updated / Thursday, 14 Mar 2041 18:22
F date 14 Mar 2041
F time 18:22
> A Bus Éireann double-decker on St Patrick's Street in Cork city centre (Image: RollingNews.ie)
O company Bus Éireann
L street St Patrick's Street
L city Cork
O media RollingNews.ie
> The National Transport Authority has published a redesign of Cork's bus network that will cut the number of city routes from 22 to 14 but run most of them every 10 minutes or better by 2043.
O government National Transport Authority
L city Cork
F number 22
F number 14
F duration 10 minutes
F date 2043
> The €96 million plan, the first full overhaul of the network since the 1970s, includes 240 new zero-emission buses, an orbital route linking Ballincollig, Wilton, Douglas and Mahon, and a cross-city route from Glanmire to Cork University Hospital.
F money €96 million
F date 1970s
F number 240
L city Ballincollig
L city Wilton
L city Douglas
L city Mahon
L city Glanmire
L facility Cork University Hospital
> The NTA's Director of Public Transport Services, Diarmuid Ó Flaithbheartaigh, said the changes would put 70% of Cork's population within 400 metres of a frequent service.
O government NTA
P full Diarmuid Ó Flaithbheartaigh
F percent 70%
L city Cork
F quantity 400 metres
> "Today, people in Ballincollig can wait 40 minutes for a bus at 8pm," he said. "Under the new network, the 220 from Ballincollig to the city centre will run every eight minutes from 6am until midnight.
Q direct Diarmuid Ó Flaithbheartaigh :: "Today, people in Ballincollig can wait 40 minutes for a bus at 8pm,"
L city Ballincollig
F duration 40 minutes
F time 8pm
Q direct Diarmuid Ó Flaithbheartaigh :: "Under the new network, the 220 from Ballincollig to the city centre will run every eight minutes from 6am until midnight.
L city Ballincollig
F duration eight minutes
F time 6am
> "It is a network built for how people live now, not for how Cork looked in 1975."
Q direct Diarmuid Ó Flaithbheartaigh :: "It is a network built for how people live now, not for how Cork looked in 1975."
L city Cork
F date 1975
> In Glanmire, where the existing 215 route will be replaced by two shorter routes, residents say they were not consulted. "We were never asked. We found out from a leaflet in the door," said Áine Mac Cárthaigh-Ryan, 47, who chairs the Glanmire Area Community Association.
L city Glanmire
F number two
Q direct Áine Mac Cárthaigh-Ryan :: "We were never asked. We found out from a leaflet in the door,"
P full Áine Mac Cárthaigh-Ryan
F age 47
O nonprofit Glanmire Area Community Association
> Ms Mac Cárthaigh-Ryan said older people in Riverstown and Sallybrook would have to change buses at Dunkettle to reach the Mercy University Hospital. "For someone who is 80, a 'connection' is a cold bus stop beside a dual carriageway," she said.
P partial Mac Cárthaigh-Ryan
L city Riverstown
L city Sallybrook
L city Dunkettle
L facility Mercy University Hospital
Q direct Áine Mac Cárthaigh-Ryan :: "For someone who is 80, a 'connection' is a cold bus stop beside a dual carriageway,"
F age 80
> Seán Ó Dálaigh-Buckley, a Fianna Fáil councillor for Cork City North East, said he would table a motion at Monday's meeting of Cork City Council calling for the public consultation to be extended by six weeks. He said the NTA had held only two public meetings on the northside.
P full Seán Ó Dálaigh-Buckley
L region Cork City North East
O government Cork City Council
F duration six weeks
O government NTA
F number two
> "The northside always gets the leftovers," he said. "Six weeks is the least the people of Blackpool and Mayfield are owed."
Q direct Seán Ó Dálaigh-Buckley :: "The northside always gets the leftovers,"
Q direct Seán Ó Dálaigh-Buckley :: "Six weeks is the least the people of Blackpool and Mayfield are owed."
F duration Six weeks
L city Blackpool
L city Mayfield
> Bus Éireann said it would need to recruit about 190 additional drivers to run the new timetable. The National Bus and Rail Union (NBRU) said in a statement that the plan was "deliverable only if drivers are paid properly", and warned against relying on overtime.
O company Bus Éireann
F number 190
O nonprofit National Bus and Rail Union
O nonprofit NBRU
Q direct National Bus and Rail Union :: "deliverable only if drivers are paid properly"
> A Department of Transport source said funding of €41m for the first phase had been approved, with the rest subject to the 2042 budget. "The money is there for the Ballincollig end. The rest depends on the next budget," the source said.
O government Department of Transport
F money €41m
F date 2042
Q direct - :: "The money is there for the Ballincollig end. The rest depends on the next budget,"
L city Ballincollig
> The first changes will take effect on the Ballincollig and Douglas corridors in September 2042. The public consultation closes on 25 April.
L city Ballincollig
L city Douglas
F date September 2042
F date 25 April
'''

ARTICLES['1462-longan-export-surge-china-chiang-mai-lamphun-lhong-bangkok-post'] = r'''
> Business
> Longan Exports Surge 41% As Chinese Demand Rebounds
F percent 41%
> Growers in Chiang Mai and Lamphun expect record B28bn in shipments this year
L region Chiang Mai
L region Lamphun
F money B28bn
> PUBLISHED : 22 Aug 2040 at 04:00
F date 22 Aug 2040
F time 04:00
> NEWSPAPER SECTION: Business
> WRITER: Suphawadee Chaiwongkham
P full Suphawadee Chaiwongkham
> Workers sort longan at a packing house in Pa Sang district of Lamphun on Tuesday. (Photo: Nattaphon Srisombat)
L region Pa Sang
L region Lamphun
P full Nattaphon Srisombat
> Thailand's longan exports jumped 41% in the first seven months of the year to 412,000 tonnes, worth 21.6 billion baht, as demand from China recovered and rail links cut delivery times, according to the Department of International Trade Promotion (DITP).
L country Thailand
F percent 41%
F duration seven months
F quantity 412,000 tonnes
F money 21.6 billion baht
L country China
O government Department of International Trade Promotion
O government DITP
> Exporters expect full-year shipments to reach 680,000 tonnes and 28 billion baht, a record, with most of the fruit coming from Chiang Mai and Lamphun in the North. Fresh longan now travels mainly on the Laos-China Railway, which takes about 30 hours from Vientiane to Kunming, while dried longan goes by sea from Laem Chabang.
F quantity 680,000 tonnes
F money 28 billion baht
L region Chiang Mai
L region Lamphun
L region North
L facility Laos-China Railway
F duration 30 hours
L city Vientiane
L city Kunming
L city Laem Chabang
> Kittisak Wongsuwan, president of the Thai Longan Exporters Association, said buyers from Guangzhou and Chongqing were paying 38-45 baht a kilogramme for grade AA fruit at the orchard gate, up from 25 baht a year earlier.
P full Kittisak Wongsuwan
O nonprofit Thai Longan Exporters Association
L city Guangzhou
L city Chongqing
F money 38-45 baht
F money 25 baht
> "In 2038, half the orchards in Lamphun could not sell above cost. Now the Chinese traders are back at the packing houses before the fruit is even picked," Mr Kittisak said. "The buyers tell us, 'Thai longan is sweeter, send us more.' The problem now is labour, not price."
Q direct Kittisak Wongsuwan :: "In 2038, half the orchards in Lamphun could not sell above cost. Now the Chinese traders are back at the packing houses before the fruit is even picked,"
F date 2038
F fraction half
L region Lamphun
P partial Kittisak
Q direct Kittisak Wongsuwan :: "The buyers tell us, 'Thai longan is sweeter, send us more.' The problem now is labour, not price."
> He said about 40,000 workers from Myanmar and Laos were needed for the harvest, which peaks in the second half of August.
F number 40,000
L country Myanmar
L country Laos
> Pornthip Saengchai, deputy director-general of the Department of Agriculture, said 3,120 orchards covering 96,000 rai had been certified for export, and the department would inspect all 214 packing houses, known locally as "lhong", in the two provinces before the harvest ends.
P full Pornthip Saengchai
O government Department of Agriculture
F number 3,120
F quantity 96,000 rai
F number 214
Q scare - :: "lhong"
F number two
> "We found sulphur residue above 50 parts per million in 11 containers last year. One bad container can close the market for everybody," she said.
Q direct Pornthip Saengchai :: "We found sulphur residue above 50 parts per million in 11 containers last year. One bad container can close the market for everybody,"
F quantity 50 parts per million
F number 11
F number One
> A Commerce Ministry official, who asked not to be named, said Chinese customs had approved 18 more packing houses in July and that talks on a "green lane" at the Mohan border checkpoint were "close to finished".
O government Commerce Ministry
F number 18
Q scare - :: "green lane"
L city Mohan
Q direct - :: "close to finished"
> In Saraphi district of Chiang Mai, grower Boonsong Inkaew, 58, said he had sold his 12-rai crop for 410,000 baht, more than twice last year's price.
L region Saraphi
L region Chiang Mai
P full Boonsong Inkaew
F age 58
F quantity 12-rai
F money 410,000 baht
> "For the first time in five years I can pay back the BAAC," he said, referring to the Bank for Agriculture and Agricultural Cooperatives. "My son wants to plant another 3 rai next year. I told him, wait and see if China still loves us."
Q direct Boonsong Inkaew :: "For the first time in five years I can pay back the BAAC,"
F duration five years
O company BAAC
O company Bank for Agriculture and Agricultural Cooperatives
Q direct Boonsong Inkaew :: "My son wants to plant another 3 rai next year. I told him, wait and see if China still loves us."
F quantity 3 rai
L country China
> Thailand exported 1.1 million tonnes of fresh and dried longan in 2039, according to DITP figures, about 85% of it to China.
L country Thailand
F quantity 1.1 million tonnes
F date 2039
O government DITP
F percent 85%
L country China
> Shipments to Indonesia and Vietnam rose 12% over the same period, the department said.
L country Indonesia
L country Vietnam
F percent 12%
'''

ARTICLES['1463-singapore-open-final-round-morisaki-tan-play-off-sentosa-serapong-straits-times'] = r'''
> Golf
> Japan's Morisaki edges Tan in play-off to win Singapore Open
L country Japan
P partial Morisaki
P partial Tan
> Home hope Dexter Tan's birdie putt on the 72nd hole lips out as the 24-year-old settles for a career-best US$232,000
P full Dexter Tan
F age 24-year-old
F money US$232,000
> Nur Aisyah Rahmat
P full Nur Aisyah Rahmat
> UPDATED Mar 17, 2041, 07:48 PM
F date Mar 17, 2041
F time 07:48 PM
> Kaito Morisaki lifts the trophy on the 18th green of the Serapong course on March 17. ST PHOTO: NG WEI LIANG
P full Kaito Morisaki
L facility Serapong
F date March 17
O media ST
P full NG WEI LIANG
> SINGAPORE – Japan's Kaito Morisaki won the Singapore Open on March 17, beating home favourite Dexter Tan on the first hole of a sudden-death play-off at Sentosa Golf Club's Serapong course.
L country SINGAPORE
L country Japan
P full Kaito Morisaki
F date March 17
P full Dexter Tan
L facility Sentosa Golf Club
L facility Serapong
> The 31-year-old from Chiba, who started the day two shots behind, closed with a five-under-par 66 to finish on 17-under 267, then holed a 3m birdie putt at the par-four 18th in the play-off to collect the winner's cheque of US$360,000 (S$480,000).
F age 31-year-old
L city Chiba
F number two
F score five-under-par
F score 66
F score 17-under
F score 267
F quantity 3m
F score par-four
F money US$360,000
F money S$480,000
> Tan, 24, had a chance to win in regulation, but his 4m putt on the 72nd hole lipped out. He signed for a 68.
P partial Tan
F age 24
F quantity 4m
F score 68
> Morisaki made seven birdies and two bogeys in his final round, and his 267 was two shots outside the tournament record set on the same course in 2036. Total prize money this year was US$2 million, up from US$1.5 million in 2040.
P partial Morisaki
F number seven
F number two
F score 267
F number two
F date 2036
F money US$2 million
F money US$1.5 million
F date 2040
> "I was watching the leaderboard on the 15th and I saw Dexter make three birdies in a row," Morisaki said through an interpreter. "My caddie told me, 'Forget him, play the course.' So I tried to do that.
Q direct Kaito Morisaki :: "I was watching the leaderboard on the 15th and I saw Dexter make three birdies in a row,"
P partial Dexter
F number three
P partial Morisaki
Q direct Kaito Morisaki :: "My caddie told me, 'Forget him, play the course.' So I tried to do that.
> "The play-off made me very nervous. In Japan we say the last hole has a ghost, and today I think the ghost was on my side."
Q direct Kaito Morisaki :: "The play-off made me very nervous. In Japan we say the last hole has a ghost, and today I think the ghost was on my side."
L country Japan
> Morisaki, who won twice on the Japan Golf Tour in 2040, also earned one of three places in July's Open Championship on offer to players not already exempt.
P partial Morisaki
O other Japan Golf Tour
F date 2040
F number three
> Tan, who turned professional in 2037 after four years at the University of Texas, was followed by a crowd of about 6,000. His father, Tan Boon Huat, carried his bag.
P partial Tan
F date 2037
F duration four years
O education University of Texas
F number 6,000
P full Tan Boon Huat
> "I hit a good putt. It just didn't want to go in," he said. "To hear the whole crowd on 18 shouting my name - I will remember that more than the putt."
Q direct Dexter Tan :: "I hit a good putt. It just didn't want to go in,"
Q direct Dexter Tan :: "To hear the whole crowd on 18 shouting my name - I will remember that more than the putt."
> Thailand's Pongsakorn Wiriyaphan (66) and South Korea's Baek Seung-hyun (69) shared third at 15 under, two shots back. Australian Liam O'Driscoll-Hart, the overnight leader, shot 73 after a double bogey at the par-three 16th, nicknamed "the Moat", and finished fifth.
L country Thailand
P full Pongsakorn Wiriyaphan
F score 66
L country South Korea
P full Baek Seung-hyun
F score 69
F score 15 under
F number two
P full Liam O'Driscoll-Hart
F score 73
F score par-three
Q scare - :: "the Moat"
> The Singapore Golf Association said 41,500 spectators attended over the four days, a record for the event, and that the turnout showed golf was "no longer a niche sport here".
O nonprofit Singapore Golf Association
F number 41,500
F duration four days
Q direct Singapore Golf Association :: "no longer a niche sport here"
> An Asian Tour official, who declined to be named, said three players had been given one-shot penalties for slow play on the final day. "The greens were firm and the pace was slow. We had to act," the official said.
O other Asian Tour
F number three
F number one
Q direct - :: "The greens were firm and the pace was slow. We had to act,"
'''

ARTICLES['1464-beinn-ruadh-wind-farm-community-fund-tongue-bettyhill-lairg-press-and-journal'] = r'''
> Highlands & Islands
L region Highlands & Islands
> ‘It’s our wind too’: Tongue and Bettyhill demand bigger share of £1.2m wind farm fund
Q direct Iain Dòmhnallach-Mackay :: ‘It’s our wind too’
L city Tongue
L city Bettyhill
F money £1.2m
> Villages say they will get less than a third of the money from the 22-turbine Beinn Ruadh scheme
F fraction a third
F number 22
L facility Beinn Ruadh
> By Morag Nic a' Phì
P full Morag Nic a' Phì
> April 9 2041, 6.00am Updated: April 9 2041, 11.42am
F date April 9 2041
F time 6.00am
F date April 9 2041
F time 11.42am
> Turbines at the Beinn Ruadh wind farm above Loch Loyal. Image: Sandy McBain/DC Thomson
L facility Beinn Ruadh
L geo Loch Loyal
P full Sandy McBain
O company DC Thomson
> Communities on the north coast of Sutherland say they are being short-changed by a wind farm community fund that will pay out £1.2 million a year once the 22-turbine Beinn Ruadh scheme is fully running.
L region Sutherland
F money £1.2 million
F number 22
L facility Beinn Ruadh
> Under rules set by the operator, Norland Renewables, the Beinn Ruadh Community Trust will split the money between six community council areas by population, giving the area around Lairg, about 28 miles away, 44% of the total.
O company Norland Renewables
O nonprofit Beinn Ruadh Community Trust
F number six
L city Lairg
F quantity 28 miles
F percent 44%
> Tongue, Bettyhill and Melvich, the three villages closest to the turbines, would share just 31%, or £372,000 a year, even though 14 of the 22 turbines can be seen from their homes.
L city Tongue
L city Bettyhill
L city Melvich
F number three
F percent 31%
F money £372,000
F number 14
F number 22
> Bettyhill, a village of about 450 people, lies 12 miles east of Tongue on the A836.
L city Bettyhill
F number 450
F quantity 12 miles
L city Tongue
L street A836
> “It’s our wind too, and it’s our view that has changed for ever,” said Iain Dòmhnallach-Mackay, 66, chairman of Tongue Community Council. “Lairg is a fine place, but you can’t see a single blade from Lairg.
Q direct Iain Dòmhnallach-Mackay :: “It’s our wind too, and it’s our view that has changed for ever,”
P full Iain Dòmhnallach-Mackay
F age 66
O government Tongue Community Council
Q direct Iain Dòmhnallach-Mackay :: “Lairg is a fine place, but you can’t see a single blade from Lairg.
L city Lairg
L city Lairg
> “We are asking for half the fund to go to the three villages on the coast. That is not greed. That is fairness.”
Q direct Iain Dòmhnallach-Mackay :: “We are asking for half the fund to go to the three villages on the coast. That is not greed. That is fairness.”
F fraction half
F number three
> Norland Renewables said in a statement that the formula had been “agreed in good faith” with all six community councils in 2039 and followed Scottish Government guidance of £5,000 per megawatt of installed capacity.
O company Norland Renewables
Q direct Norland Renewables :: “agreed in good faith”
F number six
F date 2039
O government Scottish Government
F money £5,000
> The 22 turbines, each 200m to blade tip, have a combined capacity of 240MW, enough to power about 210,000 homes, according to the company.
F number 22
F quantity 200m
F quantity 240MW
F number 210,000
> Councillor Alasdair MacRath-Gunn, who represents North, West and Central Sutherland on Highland Council, said he had asked officers to review the formula before the first payments in October.
P full Alasdair MacRath-Gunn
L region North, West and Central Sutherland
O government Highland Council
> “There is no law that says it must be done by head count,” he said. “A village of 400 people living under the turbines has a stronger claim than a town of 1,000 that barely hears them.”
Q direct Alasdair MacRath-Gunn :: “There is no law that says it must be done by head count,”
Q direct Alasdair MacRath-Gunn :: “A village of 400 people living under the turbines has a stronger claim than a town of 1,000 that barely hears them.”
F number 400
F number 1,000
> In Lairg, Kirsty Mackay-Ross, who chairs Lairg Community Council, rejected talk of a “postcode lottery” and said the village hall and a new school minibus depended on the money. “We didn’t write the rules. We just applied on time,” she said.
L city Lairg
P full Kirsty Mackay-Ross
O government Lairg Community Council
Q scare - :: “postcode lottery”
Q direct Kirsty Mackay-Ross :: “We didn’t write the rules. We just applied on time,”
> A source at the trust said its board would meet on April 23 to discuss the complaints. “The board has heard the anger, and it will look again,” the source said.
F date April 23
Q direct - :: “The board has heard the anger, and it will look again,”
> The wind farm, built over 30 months at a cost of £410 million, began exporting power in January and is expected to run for 35 years.
F duration 30 months
F money £410 million
F duration 35 years
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
