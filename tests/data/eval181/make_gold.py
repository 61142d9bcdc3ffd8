#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval181 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval181/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1129-etobicoke-crane-boom-collapse-humber-bay-condo-toronto-star'] = r'''
> GTA
L region GTA
> Crane boom snaps over 38-storey Etobicoke condo site, injuring two workers
F number 38
L city Etobicoke
F number two
> Ministry of Labour orders work stopped as councillor calls for city-wide crane audit
O government Ministry of Labour
> By Priyanka Vasquez-Hale Staff Reporter
P full Priyanka Vasquez-Hale
> Thu., Sept. 12, 2041 • 5 min. read
F date Sept. 12, 2041
F duration 5 min.
> A section of the tower crane’s jib lies across the podium of the Lakeshore Crest tower near Park Lawn Rd. on Wednesday. Renata Kowalczyk-Amaral Toronto Star
L facility Lakeshore Crest
L street Park Lawn Rd.
P full Renata Kowalczyk-Amaral
O media Toronto Star
> Two construction workers were taken to hospital Wednesday after the boom of a tower crane snapped and fell across a concrete deck of a condo tower under construction in Etobicoke’s Humber Bay Shores, Toronto police said.
F number Two
L city Etobicoke
L city Humber Bay Shores
L city Toronto
> It happened at about 10:40 a.m. at the Lakeshore Crest site, a 38-storey, 412-unit tower being built by Harbourview Dunmore Developments at 2195 Lake Shore Blvd. W. A section of the jib roughly 18 metres long came down on the 14th-floor deck, where a crew of six was pouring concrete.
F time 10:40 a.m.
L facility Lakeshore Crest
F number 38
F number 412
O company Harbourview Dunmore Developments
L address 2195 Lake Shore Blvd. W.
F quantity 18 metres
F number six
> A 51-year-old concrete finisher suffered serious leg and pelvic injuries and was taken to St. Michael’s Hospital. A 29-year-old labourer was treated for a head injury at St. Joseph’s Health Centre.
F age 51-year-old
O other St. Michael’s Hospital
F age 29-year-old
O other St. Joseph’s Health Centre
> “I heard a crack like a rifle shot and then everybody was running,” said Joaquim da Silveira, 44, a carpenter two floors below. “The guys on the deck had maybe two seconds. It’s a miracle nobody died.”
Q direct Joaquim da Silveira :: “I heard a crack like a rifle shot and then everybody was running,”
P full Joaquim da Silveira
F age 44
F number two
Q direct Joaquim da Silveira :: “The guys on the deck had maybe two seconds. It’s a miracle nobody died.”
F duration two seconds
> Ontario’s Ministry of Labour issued a stop-work order covering all crane operations on the site. The crane “will not operate again until a professional engineer has certified it,” the ministry said in a statement.
L region Ontario
O government Ministry of Labour
Q direct Ministry of Labour :: “will not operate again until a professional engineer has certified it,”
> The luffing-jib crane was erected in March 2040 and passed its last inspection on Aug. 19, according to Harbourview Dunmore, which said in an email it was “devastated” and would co-operate fully.
F date March 2040
F date Aug. 19
O company Harbourview Dunmore
Q direct Harbourview Dunmore Developments :: “devastated”
> Coun. Morgan Castellanos-Boyd (Etobicoke—Lakeshore), whose ward includes the site, said it was the third crane incident in Ward 3 this year. “Parents keep asking me, ‘Is that thing going to fall on my kid’s school?’ Today I didn’t have a good answer,” she said.
P full Morgan Castellanos-Boyd
L region Etobicoke—Lakeshore
L region Ward 3
Q direct Morgan Castellanos-Boyd :: “Parents keep asking me, ‘Is that thing going to fall on my kid’s school?’ Today I didn’t have a good answer,”
> On Oct. 2 she will ask council for an audit of the roughly 240 tower cranes in Toronto. “We have approved a skyline of cranes,” Castellanos-Boyd said. “What we have not done is make sure somebody is watching every one of them.
F date Oct. 2
F number 240
L city Toronto
Q direct Morgan Castellanos-Boyd :: “We have approved a skyline of cranes,”
P partial Castellanos-Boyd
Q direct Morgan Castellanos-Boyd :: “What we have not done is make sure somebody is watching every one of them.
> “The province inspects, the city permits, and the workers are the ones standing underneath.”
Q direct Morgan Castellanos-Boyd :: “The province inspects, the city permits, and the workers are the ones standing underneath.”
> Shane O’Rourke-Baptiste, a health and safety representative with Carpenters Local 27, said the union had logged 17 crane-related complaints in Toronto since January, up from nine in all of 2040. “Workers are scared to stop a lift because the schedule is everything,” he said.
P full Shane O’Rourke-Baptiste
O nonprofit Carpenters Local 27
F number 17
L city Toronto
F number nine
F date 2040
Q direct Shane O’Rourke-Baptiste :: “Workers are scared to stop a lift because the schedule is everything,”
> A city building official, who was not authorized to speak publicly, said the permit letting the crane swing over Lake Shore Boulevard was issued in 2039 for a 30-month period. “Nobody at the city signs off on the crane itself. That is the province,” the official said.
L street Lake Shore Boulevard
F date 2039
F duration 30-month
Q direct - :: “Nobody at the city signs off on the crane itself. That is the province,”
> The strip, which sales brochures call the “Etobicoke Riviera,” has seen about 30 towers go up since the early 2000s. Units in Lakeshore Crest were listed from $689,900 for a one-bedroom, and the project was 85 per cent sold, the developer said.
Q scare - :: “Etobicoke Riviera,”
L city Etobicoke
F number 30
F date 2000s
L facility Lakeshore Crest
F money $689,900
F number one
F percent 85 per cent
> Occupancy had been scheduled for 2043. A Harbourview Dunmore spokesperson said it was too early to say whether that would change, or who would pay the $2.3-million crane contract.
F date 2043
O company Harbourview Dunmore
F money $2.3-million
'''

ARTICLES['1130-durian-exports-china-surge-chanthaburi-growers-bangkok-post'] = r'''
> Business
> Durian Exports To China Jump 38% As Eastern Growers Race The Rains
L country China
F percent 38%
> Shipments reach 1.24 million tonnes in six months, worth B142.6bn, but customs checks tighten
F quantity 1.24 million tonnes
F duration six months
F money B142.6bn
> PUBLISHED : 10 Jul 2040 at 04:00
F date 10 Jul 2040
F time 04:00
> WRITER: Suphawadee Kittikhun
P full Suphawadee Kittikhun
> Workers grade durian for export at a packing house in Tha Mai district of Chanthaburi on Monday. (Photo: Anucha Rattanawong)
L region Tha Mai
L region Chanthaburi
P full Anucha Rattanawong
> Thailand's durian exports to China rose 38% year-on-year to 1.24 million tonnes in the first six months of 2040, worth 142.6 billion baht, as faster border checks and rail links let exporters move more fruit from the eastern provinces, the Commerce Ministry said on Monday.
L country Thailand
L country China
F percent 38%
F quantity 1.24 million tonnes
F duration six months
F date 2040
F money 142.6 billion baht
O government Commerce Ministry
> The Department of Agriculture (DoA) said it had issued 61,800 phytosanitary certificates for fresh durian between January and June, up from 44,300 a year earlier.
O government Department of Agriculture
O government DoA
F number 61,800
F number 44,300
> Exporters said the Laos-China Railway now carries about a quarter of shipments, with refrigerated containers travelling from Nong Khai to Kunming in under 30 hours, against four to five days by road.
L facility Laos-China Railway
F fraction a quarter
L city Nong Khai
L city Kunming
F duration 30 hours
F number four
F duration five days
> "This season the Chinese buyers are paying before the fruit is even cut," said Thanakorn Siriwattanapong, president of the Chanthaburi Durian Exporters Association. "Two years ago we waited 45 days for our money. Now it is seven."
Q direct Thanakorn Siriwattanapong :: "This season the Chinese buyers are paying before the fruit is even cut,"
P full Thanakorn Siriwattanapong
O nonprofit Chanthaburi Durian Exporters Association
Q direct Thanakorn Siriwattanapong :: "Two years ago we waited 45 days for our money. Now it is seven."
F duration Two years
F duration 45 days
F number seven
> Mr Thanakorn said farm-gate prices for grade A fruit in Chanthaburi averaged 168 baht per kilogramme in June, against 141 baht a year earlier.
P partial Thanakorn
L region Chanthaburi
F money 168 baht
F money 141 baht
> Chanthaburi, Rayong and Trat in the East produced about 62% of the first-half crop. The southern provinces of Chumphon, Surat Thani and Nakhon Si Thammarat begin their main harvest in August.
L region Chanthaburi
L region Rayong
L region Trat
L region East
F percent 62%
L region Chumphon
L region Surat Thani
L region Nakhon Si Thammarat
> Quality remains the weak point. China's General Administration of Customs (GACC) suspended 14 packing houses in May after finding immature fruit, known in the trade as "cut-early durian", in containers at the Youyiguan crossing in Guangxi.
L country China
O government General Administration of Customs
O government GACC
F number 14
Q scare - :: "cut-early durian"
L facility Youyiguan
L region Guangxi
> Ms Pimpaka na Songkhla, deputy director-general of the DoA, said inspectors would cut open samples from every container leaving the Chanthaburi and Mukdahan checkpoints until Aug 31. "One bad container can close the door for the whole country," she said.
P full Pimpaka na Songkhla
O government DoA
L region Chanthaburi
L city Mukdahan
F date Aug 31
Q direct Pimpaka na Songkhla :: "One bad container can close the door for the whole country,"
F number One
> Ms Pimpaka said exporters who failed twice would lose their registration for 90 days.
P partial Pimpaka
F duration 90 days
> Competition is also growing. Vietnam shipped about 910,000 tonnes of fresh durian to China in 2039, and Malaysia and the Philippines have both won access for fresh fruit since 2038.
L country Vietnam
F quantity 910,000 tonnes
L country China
F date 2039
L country Malaysia
L country Philippines
F date 2038
> An official at the Commerce Ministry, who asked not to be named, said the ministry expected full-year exports of 1.9-2.1 million tonnes "if the weather is kind to us".
O government Commerce Ministry
F quantity 1.9-2.1 million tonnes
Q direct - :: "if the weather is kind to us"
> Growers are less sure. Sommai Thongkham, 58, who farms 32 rai in Khlung district, said heavy rain in late June had already split some of her fruit.
P full Sommai Thongkham
F age 58
F quantity 32 rai
L region Khlung
> She borrowed 400,000 baht last year to plant 250 new trees. "The price is good now, but everybody is planting durian. In five years, who will buy it all?" she asked.
F money 400,000 baht
F number 250
Q direct Sommai Thongkham :: "The price is good now, but everybody is planting durian. In five years, who will buy it all?"
F duration five years
'''

ARTICLES['1131-brentford-fulham-okafor-lindqvist-late-winner-west-london-derby-bbc-sport'] = r'''
> Premier League
O other Premier League
> Brentford 2-1 Fulham: Okafor-Lindqvist heads late winner for Bees
O team Brentford
F score 2-1
O team Fulham
P partial Okafor-Lindqvist
O team Bees
> Published 20 January 2041
F date 20 January 2041
> By Tomasz Eriksen-Mbeki, BBC Sport at Gtech Community Stadium
P full Tomasz Eriksen-Mbeki
O media BBC Sport
L facility Gtech Community Stadium
> Image source, Getty Images
O media Getty Images
> Image caption, Kwame Okafor-Lindqvist's header was his fifth goal of the season
P full Kwame Okafor-Lindqvist
> Substitute Kwame Okafor-Lindqvist headed an 89th-minute winner as Brentford came from behind to beat Fulham in a bad-tempered west London derby.
P full Kwame Okafor-Lindqvist
O team Brentford
O team Fulham
L city London
> The visitors led after 17 minutes when Álvaro Recio de la Fuente curled a 20-yard shot into the top corner, and they should have been further ahead before the break when Ibrahim Sesay-Holt hit the post.
F duration 17 minutes
P full Álvaro Recio de la Fuente
F quantity 20-yard
P full Ibrahim Sesay-Holt
> Brentford levelled seven minutes after half-time. Fulham goalkeeper Piotr Wąsowicz could only parry a low cross from Jonah Ashworth and Dominic Farrant-Obi turned in the rebound from six yards.
O team Brentford
F duration seven minutes
O team Fulham
P full Piotr Wąsowicz
P full Jonah Ashworth
P full Dominic Farrant-Obi
F quantity six yards
> Okafor-Lindqvist, 19, came on with 25 minutes left and won it when he rose above two defenders to meet Ashworth's corner. The Stockholm-born striker, nicknamed "the Iceman" by his team-mates, has now scored three times in his last four appearances.
P partial Okafor-Lindqvist
F age 19
F duration 25 minutes
F number two
P partial Ashworth
L city Stockholm
Q scare - :: "the Iceman"
F number three
F number four
> Brentford head coach Søren Lykke-Hansen told BBC Radio London: "At half-time I said to Kwame, 'Be ready, your moment is coming.' He is a boy with no fear.
O team Brentford
P full Søren Lykke-Hansen
O media BBC Radio London
P partial Kwame
Q direct Søren Lykke-Hansen :: "At half-time I said to Kwame, 'Be ready, your moment is coming.' He is a boy with no fear.
> "We were poor for 45 minutes, but the reaction from the players was fantastic. Three points in a derby - you cannot ask for more."
Q direct Søren Lykke-Hansen :: "We were poor for 45 minutes, but the reaction from the players was fantastic. Three points in a derby - you cannot ask for more."
F duration 45 minutes
F number Three
> Fulham manager Cathal Mac Aodha was angry that referee Harriet Osei-Whitmore did not award a penalty when Recio de la Fuente went down under a challenge from Farrant-Obi at 1-1.
O team Fulham
P full Cathal Mac Aodha
P full Harriet Osei-Whitmore
P partial Recio de la Fuente
P partial Farrant-Obi
F score 1-1
> "Everybody in the stadium saw it except one person," Mac Aodha said. He called the decision "incredible" and said his side had been "punished for playing football".
Q direct Cathal Mac Aodha :: "Everybody in the stadium saw it except one person,"
F number one
P partial Mac Aodha
Q direct Cathal Mac Aodha :: "incredible"
Q direct Cathal Mac Aodha :: "punished for playing football"
> "I am proud of the lads. We will be fine," he added.
Q direct Cathal Mac Aodha :: "I am proud of the lads. We will be fine,"
> Fulham, who had won the previous two meetings between the sides, also lost captain Yannick Moreau-Baptiste to a hamstring injury 12 minutes from time. Mac Aodha said a scan on Monday would show whether the 31-year-old will miss the trip to Sunderland on 23 January.
O team Fulham
F number two
P full Yannick Moreau-Baptiste
F duration 12 minutes
P partial Mac Aodha
F age 31-year-old
O team Sunderland
F date 23 January
> For Brentford it was a welcome response to last weekend's 3-0 defeat at Chelsea, and Lykke-Hansen's changes at the break turned the game. Ashworth, switched to the left wing, created both goals.
O team Brentford
F score 3-0
O team Chelsea
P partial Lykke-Hansen
P partial Ashworth
> Brentford finished with 58% of possession and 17 shots to Fulham's nine in front of a crowd of 17,084. The 14:00 GMT kick-off was delayed by 15 minutes after a problem with the turnstiles.
O team Brentford
F percent 58%
F number 17
O team Fulham
F number nine
F number 17,084
F time 14:00 GMT
F duration 15 minutes
> The win lifts the Bees to eighth on 34 points, four behind Newcastle, while the Cottagers have now gone five league games without a victory.
O team Bees
F number 34
F number four
O team Newcastle
O team Cottagers
F number five
> Brentford travel to Newcastle on 27 January, while Fulham host Aston Villa at Craven Cottage a day later.
O team Brentford
O team Newcastle
F date 27 January
O team Fulham
O team Aston Villa
L facility Craven Cottage
> Player of the match
> Kwame Okafor-Lindqvist
P full Kwame Okafor-Lindqvist
> Line-ups
> Brentford: Haldane, Quartey, Van Rossum, Mbemba-Clarke, Ashworth, Delacroix-Pym, Farrant-Obi, Nakamura, Oduya, Ferris, Tollefsen (Okafor-Lindqvist 65).
O team Brentford
P partial Haldane
P partial Quartey
P partial Van Rossum
P partial Mbemba-Clarke
P partial Ashworth
P partial Delacroix-Pym
P partial Farrant-Obi
P partial Nakamura
P partial Oduya
P partial Ferris
P partial Tollefsen
P partial Okafor-Lindqvist
> Fulham: Wąsowicz, Brennan, Achterberg, Lund, Okonjo, Sesay-Holt, Recio de la Fuente, Whitlock, Aldana, Moreau-Baptiste (Ivers 78), Kettleborough.
O team Fulham
P partial Wąsowicz
P partial Brennan
P partial Achterberg
P partial Lund
P partial Okonjo
P partial Sesay-Holt
P partial Recio de la Fuente
P partial Whitlock
P partial Aldana
P partial Moreau-Baptiste
P partial Ivers
P partial Kettleborough
> Referee: Harriet Osei-Whitmore. Attendance: 17,084.
P full Harriet Osei-Whitmore
F number 17,084
'''

ARTICLES['1132-nkwanta-cocoa-fertiliser-smuggling-togo-task-force-oti-graphic-online'] = r'''
> News
> Task Force Seizes 3,400 Bags Of Cocoa Fertiliser Bound For Togo At Nkwanta
F number 3,400
L country Togo
L city Nkwanta
> Author: Eyram Kofi Agbenyega
P full Eyram Kofi Agbenyega
> Jan - 22 - 2041 , 08:15
F date Jan - 22 - 2041
F time 08:15
> Some of the seized bags of fertiliser at the Nkwanta Divisional Police Command. Picture: Selasi Dzikunu
O government Nkwanta Divisional Police Command
P full Selasi Dzikunu
> A joint task force of the Ghana Cocoa Board (COCOBOD), the Ghana Police Service and the Customs Division of the Ghana Revenue Authority (GRA) has seized 3,400 bags of subsidised fertiliser meant for cocoa farmers at Nkwanta in the Oti Region as they were being moved across the border into Togo.
O government Ghana Cocoa Board
O government COCOBOD
O government Ghana Police Service
O government Customs Division
O government Ghana Revenue Authority
O government GRA
F number 3,400
L city Nkwanta
L region Oti Region
L country Togo
> The bags, each weighing 50 kilogrammes, were found in three articulated trucks and a warehouse at Kpassa last Sunday night, the Oti Regional Police Command said.
F quantity 50 kilogrammes
F number three
L city Kpassa
O government Oti Regional Police Command
> At the open-market price of GH¢620 a bag, the consignment is worth about GH¢2.1 million.
F money GH¢620
F money GH¢2.1 million
> The Deputy Chief Executive in charge of Agronomy and Quality Control at COCOBOD, Dr Adwoa Serwaa Owusu-Ansah, said the fertiliser was bought with public money. "When it crosses the border, our farmers lose twice: they lose the input and they lose the yield," she said.
O government COCOBOD
P full Adwoa Serwaa Owusu-Ansah
Q direct Adwoa Serwaa Owusu-Ansah :: "When it crosses the border, our farmers lose twice: they lose the input and they lose the yield,"
> "We have told all our district officers that any farmer group found selling its allocation will be removed from the list for the next two seasons.
Q direct Adwoa Serwaa Owusu-Ansah :: "We have told all our district officers that any farmer group found selling its allocation will be removed from the list for the next two seasons.
F number two
> "We will also publish the names of the agents involved, whoever they are," Dr Owusu-Ansah added.
Q direct Adwoa Serwaa Owusu-Ansah :: "We will also publish the names of the agents involved, whoever they are,"
P partial Owusu-Ansah
> COCOBOD said it distributed 1.6 million bags of granular fertiliser and 540,000 litres of liquid fertiliser free of charge to farmers in the 2040/41 season.
O government COCOBOD
F number 1.6 million
F quantity 540,000 litres
F date 2040/41
> The Oti Regional Police Commander, DCOP Kwabena Adu-Boahene, said four suspects aged between 27 and 46, among them two Togolese nationals, were in custody and would be arraigned before the Nkwanta District Court on Thursday.
P full Kwabena Adu-Boahene
F number four
F age 27
F age 46
F number two
O government Nkwanta District Court
> "The smugglers use the farm tracks at night, with motorbikes carrying four, five bags each," he said.
Q direct Kwabena Adu-Boahene :: "The smugglers use the farm tracks at night, with motorbikes carrying four, five bags each,"
F number four
F number five
> In Togo, a 50kg bag of the same fertiliser sells for up to 22,000 CFA francs, about GH¢890, task force members said.
L country Togo
F quantity 50kg
F money 22,000 CFA francs
F money GH¢890
> A customs officer at the Nkwanta border post, who spoke on condition of anonymity, said the seizure was "a drop in the ocean". "What we caught is maybe a tenth of what goes through in a season," the officer said.
L city Nkwanta
Q direct - :: "a drop in the ocean"
Q direct - :: "What we caught is maybe a tenth of what goes through in a season,"
F fraction a tenth
> The chairman of the Nkwanta South Cocoa Farmers Union, Opanin Yaw Dogbe, said many farmers in the area received their allocation "late and short".
O nonprofit Nkwanta South Cocoa Farmers Union
P full Yaw Dogbe
Q direct Yaw Dogbe :: "late and short"
> "By the time the fertiliser came in September, the rains were gone. So some people sell it to buy food. It is not right, but that is the truth," he said.
Q direct Yaw Dogbe :: "By the time the fertiliser came in September, the rains were gone. So some people sell it to buy food. It is not right, but that is the truth,"
> Residents say the young men who run the bags across the Oti River at night are known in the area as "fertiliser boys".
L geo Oti River
Q scare - :: "fertiliser boys"
> The Oti Region was carved out of the Volta Region in 2019. Its cocoa is grown mainly in Nkwanta South and Nkwanta North, far from the big producing areas of the Western North and Ahafo regions.
L region Oti Region
L region Volta Region
F date 2019
L region Nkwanta South
L region Nkwanta North
L region Western North
L region Ahafo
> Ghana produced about 780,000 tonnes of cocoa in the 2039/40 season, according to COCOBOD.
L country Ghana
F quantity 780,000 tonnes
F date 2039/40
O government COCOBOD
'''

ARTICLES['1133-north-bay-village-condo-recertification-assessment-dispute-miami-herald'] = r'''
> Real Estate News
> North Bay Village condo owners face $11.6 million bill after 30-year recertification. ‘Where do I find $62,000?’
L city North Bay Village
F money $11.6 million
F duration 30-year
Q direct Hortensia Valdés-Quiroga :: ‘Where do I find $62,000?’
F money $62,000
> By Yesenia Cabrera-Villalobos
P full Yesenia Cabrera-Villalobos
> Updated March 14, 2041 6:05 PM
F date March 14, 2041
F time 6:05 PM
> The 12-story Bayshore Pointe condominium at 7920 West Dr. in North Bay Village on Wednesday, March 13, 2041. MATÍAS J. OQUENDO moquendo@miamiherald.com
F number 12
L facility Bayshore Pointe
L address 7920 West Dr.
L city North Bay Village
F date March 13, 2041
P full MATÍAS J. OQUENDO
> Owners at a 12-story bayfront condominium in North Bay Village have been told to pay a combined $11.6 million in special assessments, due in two installments by Jan. 1, 2042, to fix structural problems found during the building's 30-year recertification.
F number 12
L city North Bay Village
F money $11.6 million
F number two
F date Jan. 1, 2042
F duration 30-year
> The board of the Bayshore Pointe Condominium Association voted 3-2 on Tuesday to approve the assessments, which range from $48,500 for a one-bedroom unit to $137,000 for each of the two penthouses.
O nonprofit Bayshore Pointe Condominium Association
F number 3-2
F money $48,500
F number one
F money $137,000
F number two
> "I'm 81 years old. Where do I find $62,000?" said Hortensia Valdés-Quiroga, who bought her eighth-floor apartment in 1987 with her late husband. "The bank won't lend to me. My children live in Orlando and they have their own mortgages."
Q direct Hortensia Valdés-Quiroga :: "I'm 81 years old. Where do I find $62,000?"
F age 81 years old
F money $62,000
P full Hortensia Valdés-Quiroga
F date 1987
Q direct Hortensia Valdés-Quiroga :: "The bank won't lend to me. My children live in Orlando and they have their own mortgages."
L city Orlando
> The building, finished in 1971, has 96 units on 11 residential floors above a two-level garage. About 30 percent of the owners are 65 or older, according to the association.
F date 1971
F number 96
F number 11
F number two
F percent 30 percent
F age 65
> The recertification report by Delgado Ferrán & Associates, a Coral Gables-based engineering firm, found "spalling and exposed reinforcing steel" in 14 garage columns and recommended that repairs begin within 180 days.
O company Delgado Ferrán & Associates
L city Coral Gables
Q direct Delgado Ferrán & Associates :: "spalling and exposed reinforcing steel"
F number 14
F duration 180 days
> Board president Lionel Vandermolen, 67, said the board had no choice. "The county does not care whether people like the number. If we don't start work by June, they can declare us unsafe," he said.
P full Lionel Vandermolen
F age 67
Q direct Lionel Vandermolen :: "The county does not care whether people like the number. If we don't start work by June, they can declare us unsafe,"
> Owners opposed to the plan have hired attorney Kimberly St. Fleur-Hannigan, who said the board approved the work without a second bid. She called the process "rushed and opaque."
P full Kimberly St. Fleur-Hannigan
Q direct Kimberly St. Fleur-Hannigan :: "rushed and opaque."
> "Nobody is saying don't fix the garage. We're saying show the owners the numbers," St. Fleur-Hannigan said.
Q direct Kimberly St. Fleur-Hannigan :: "Nobody is saying don't fix the garage. We're saying show the owners the numbers,"
P partial St. Fleur-Hannigan
> At Monday night's meeting, village commissioners voted 4-1 to ask Miami-Dade County for a 90-day extension of the repair deadline. Commissioner Rafael D'Amico-Ortiz, who cast the lone no vote, said the village should not "stand between engineers and a safety problem."
F number 4-1
L region Miami-Dade County
F duration 90-day
P full Rafael D'Amico-Ortiz
Q direct Rafael D'Amico-Ortiz :: "stand between engineers and a safety problem."
> Since the June 24, 2021, collapse of Champlain Towers South in Surfside, which killed 98 people, Florida has required older condo buildings within 3 miles of the coast to be inspected at 30 years and every 10 years after that.
F date June 24, 2021
L facility Champlain Towers South
L city Surfside
F number 98
L region Florida
F quantity 3 miles
F duration 30 years
F duration 10 years
> On the island, where a dozen older buildings face similar repairs, some residents now call the bills a "Surfside tax."
F number dozen
Q scare - :: "Surfside tax."
L city Surfside
> A Miami-Dade building official, who was not authorized to speak publicly, said the county had granted extensions before. "Nobody is going to be thrown out tomorrow, but the clock is running," the official said.
L region Miami-Dade
Q direct - :: "Nobody is going to be thrown out tomorrow, but the clock is running,"
> The North Bay Village Commission will take up the matter again at 6:30 p.m. on April 8 at village hall, 1666 Kennedy Causeway.
O government North Bay Village Commission
F time 6:30 p.m.
F date April 8
L address 1666 Kennedy Causeway
'''

ARTICLES['1134-mumbai-coastal-road-toll-rs-85-commuters-bmc-times-of-india'] = r'''
> Mumbai News
L city Mumbai
> Coastal Road Toll Of Rs 85 Per Trip From Aug 1 Leaves Commuters Fuming
L street Coastal Road
F money Rs 85
F date Aug 1
> BMC says levy will recover Rs 14,000 crore project cost over 25 years; monthly pass at Rs 2,400
O government BMC
F money Rs 14,000 crore
F duration 25 years
F money Rs 2,400
> Aparna Deshpande-Kulkarni / TNN / Updated: Jul 9, 2041, 06:10 IST
P full Aparna Deshpande-Kulkarni
O media TNN
F date Jul 9, 2041
F time 06:10 IST
> Vehicles on the Coastal Road near Breach Candy on Monday evening. (TOI photo by Sachin Ghorpade-Naik)
L street Coastal Road
L city Breach Candy
O media TOI
P full Sachin Ghorpade-Naik
> MUMBAI: Motorists using the 10.58km Coastal Road between Marine Drive and Worli will have to pay a toll of Rs 85 per trip from August 1, the Brihanmumbai Municipal Corporation (BMC) announced on Monday, ending free travel on the city's costliest road project 17 years after its first stretch opened in 2024.
L city MUMBAI
F quantity 10.58km
L street Coastal Road
L street Marine Drive
L city Worli
F money Rs 85
F date August 1
O government Brihanmumbai Municipal Corporation
O government BMC
F duration 17 years
F date 2024
> A return trip will cost Rs 150 and a monthly pass for 50 trips Rs 2,400. Buses, ambulances and motorcycles will be exempt. Tolls will be collected electronically at plazas near Haji Ali and Priyadarshini Park, with no cash lanes.
F money Rs 150
F number 50
F money Rs 2,400
L facility Haji Ali
L facility Priyadarshini Park
> Additional municipal commissioner (projects) Sunil Rao Jadhav said the toll would help recover the Rs 14,000 crore cost of the project over 25 years. "The road was built with loans. Somebody has to pay them back, and it is fairer that the user pays, not every taxpayer in the city," he said.
P full Sunil Rao Jadhav
F money Rs 14,000 crore
F duration 25 years
Q direct Sunil Rao Jadhav :: "The road was built with loans. Somebody has to pay them back, and it is fairer that the user pays, not every taxpayer in the city,"
> About 1.1 lakh vehicles use the road on an average weekday, according to BMC data, and the drive from Marine Drive to Worli takes about 12 minutes at peak hour, against 45 minutes on the old route through Peddar Road.
F number 1.1 lakh
O government BMC
L street Marine Drive
L city Worli
F duration 12 minutes
F duration 45 minutes
L street Peddar Road
> Regular commuters said the toll wiped out much of what they gained. "I save 40 minutes a day, but Rs 3,400 a month for the road is too much on a salary of Rs 60,000," said Rohan D'Souza, 34, a chartered accountant from Kandivli who drives to Nariman Point.
Q direct Rohan D'Souza :: "I save 40 minutes a day, but Rs 3,400 a month for the road is too much on a salary of Rs 60,000,"
F duration 40 minutes
F money Rs 3,400
F money Rs 60,000
P full Rohan D'Souza
F age 34
L city Kandivli
L city Nariman Point
> Meher Vakharia-Shah, a Tardeo resident who drives her mother to Jaslok Hospital twice a week, said families would simply go back to the old roads. "We will sit in traffic again and call it 'saving money'. What was the point of the whole road then?" she said.
P full Meher Vakharia-Shah
L city Tardeo
O other Jaslok Hospital
Q direct Meher Vakharia-Shah :: "We will sit in traffic again and call it 'saving money'. What was the point of the whole road then?"
> Former corporator Nitin Gawde-Patil, who has written to the civic chief, called the toll "daylight robbery" and said the BMC had promised a toll-free road when work began in 2018.
P full Nitin Gawde-Patil
Q direct Nitin Gawde-Patil :: "daylight robbery"
O government BMC
F date 2018
> A senior BMC official, requesting anonymity, said the rates had been cut from the Rs 120 first proposed in March. "The traffic police also want the toll. Without it, the road will be full by 2045," the official said.
O government BMC
F money Rs 120
Q direct - :: "The traffic police also want the toll. Without it, the road will be full by 2045,"
F date 2045
> Traffic on the stretch rose 18% in the past year, and the extension towards Bandra through the Bandra-Worli Sea Link carries another 60,000 vehicles a day, BMC data shows.
F percent 18%
L city Bandra
L facility Bandra-Worli Sea Link
F number 60,000
O government BMC
> Tolls will apply between 7am and 11pm; travel outside those hours will stay free for the first six months, the BMC said.
F time 7am
F time 11pm
F duration six months
O government BMC
> Among cab drivers, the stretch is already known as the "golden mile". Cab fares on app-based services are expected to rise by Rs 90 to Rs 100 a ride.
Q scare - :: "golden mile"
F money Rs 90
F money Rs 100
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
