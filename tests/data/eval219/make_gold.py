#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval219 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval219/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1357-thailand-indonesia-rice-deal-bulog-suphan-buri-bangkok-post'] = r'''
> Business
> Thailand Seals 1.2m-Tonne Rice Deal With Indonesia
L country Thailand
F quantity 1.2m-Tonne
L country Indonesia
> G2G contract worth B23.6bn to ship white and parboiled rice over 18 months
F money B23.6bn
F duration 18 months
> PUBLISHED : 15 Mar 2039 at 04:00
F date 15 Mar 2039
F time 04:00
> WRITER: Wichuda Rattanaporn
P full Wichuda Rattanaporn
> Workers load bags of white rice onto a cargo ship at Bangkok Port in Khlong Toey. (Photo: Pornchai Sakulthong)
L facility Bangkok Port
L city Khlong Toey
P full Pornchai Sakulthong
> Thailand has signed a government-to-government deal to sell 1.2 million tonnes of rice to Indonesia over the next 18 months, the largest single contract for Thai exporters since 2031, Commerce Minister Phirun Chaowalit said on Monday.
L country Thailand
F quantity 1.2 million tonnes
L country Indonesia
F duration 18 months
F date 2031
P full Phirun Chaowalit
> The contract, signed in Jakarta with Perum Bulog, Indonesia's state food logistics agency, is worth about 23.6 billion baht, or US$610 per tonne on a free-on-board basis. Deliveries will begin in May and run until October 2040.
L city Jakarta
O company Perum Bulog
L country Indonesia
F money 23.6 billion baht
F money US$610
F date October 2040
> "This is a vote of confidence in Thai rice at a time when Vietnam and India are selling very aggressively," Mr Phirun told reporters at the ministry in Nonthaburi. "Our farmers will feel it at the farm gate within weeks."
Q direct Phirun Chaowalit :: "This is a vote of confidence in Thai rice at a time when Vietnam and India are selling very aggressively,"
L country Vietnam
L country India
P partial Phirun
L city Nonthaburi
Q direct Phirun Chaowalit :: "Our farmers will feel it at the farm gate within weeks."
> Under the deal, 700,000 tonnes will be 5% broken white rice and 500,000 tonnes parboiled rice, he said. The Department of Foreign Trade (DFT) will share the quota among 32 exporters, with priority for those buying directly from cooperatives.
F quantity 700,000 tonnes
F percent 5%
F quantity 500,000 tonnes
O government Department of Foreign Trade
O government DFT
F number 32
> Most of the white rice will come from Suphan Buri, Chai Nat, Nakhon Sawan and Phitsanulok in the Central Plains, while the parboiled grain will be milled from crops in Ubon Ratchathani, Surin and Roi Et.
L region Suphan Buri
L region Chai Nat
L region Nakhon Sawan
L region Phitsanulok
L region Central Plains
L region Ubon Ratchathani
L region Surin
L region Roi Et
> Paddy prices in Suphan Buri rose to 11,400 baht a tonne on Monday, up 6.5% from a week earlier, according to the Thai Rice Mills Association.
L region Suphan Buri
F money 11,400 baht
F percent 6.5%
O nonprofit Thai Rice Mills Association
> Wirat Saengchai, president of the Thai Rice Exporters Association (TREA), welcomed the deal but warned about the baht. "At 33.8 baht to the dollar we are already 'the expensive guy' in Asia," he said. "If it goes below 33, some exporters will lose money on every shipment.
P full Wirat Saengchai
O nonprofit Thai Rice Exporters Association
O nonprofit TREA
Q direct Wirat Saengchai :: "At 33.8 baht to the dollar we are already 'the expensive guy' in Asia,"
F money 33.8 baht
L continent Asia
Q direct Wirat Saengchai :: "If it goes below 33, some exporters will lose money on every shipment.
F number 33
> "We need the Bank of Thailand to watch this closely, and we need the ports to move faster."
Q direct Wirat Saengchai :: "We need the Bank of Thailand to watch this closely, and we need the ports to move faster."
O government Bank of Thailand
> Exporters have complained about the so-called "container crunch" at Laem Chabang since January, when waiting times for empty boxes rose to nine days.
Q scare - :: "container crunch"
L facility Laem Chabang
F duration nine days
> TREA expects Thai rice exports to reach 8.2 million tonnes in 2039, up from 7.6 million tonnes last year, with Indonesia, the Philippines and Iraq the largest buyers. About a third of this year's total would go to Indonesia under the new contract.
O nonprofit TREA
F quantity 8.2 million tonnes
F date 2039
F quantity 7.6 million tonnes
L country Indonesia
L country Philippines
L country Iraq
F fraction a third
L country Indonesia
> Farmers' groups were more cautious. Boonlue Thongkham, 58, who grows 45 rai of rice in Suphan Buri's Song Phi Nong district, said millers had kept most of the gains of past export deals. "Every time there is a big contract, the price goes up for two weeks and then comes down before we harvest," he said.
P full Boonlue Thongkham
F age 58
F quantity 45 rai
L region Suphan Buri
L region Song Phi Nong
Q direct Boonlue Thongkham :: "Every time there is a big contract, the price goes up for two weeks and then comes down before we harvest,"
F duration two weeks
> A DFT official, who asked not to be named, said the department would publish a reference price for paddy "every Monday at 10am" during the contract and would act against "price games" by middlemen.
O government DFT
Q direct - :: "every Monday at 10am"
F time 10am
Q direct - :: "price games"
> Indonesia last bought Thai rice under a G2G deal in 2036, when Bulog purchased 600,000 tonnes. In a statement, Bulog said the contract would help it rebuild national stocks to "at least 3 million tonnes" before the 2040 dry season.
L country Indonesia
F date 2036
O company Bulog
F quantity 600,000 tonnes
O company Bulog
Q direct Perum Bulog :: "at least 3 million tonnes"
F quantity 3 million tonnes
F date 2040
'''

ARTICLES['1358-spurs-rally-past-rockets-echeverri-38-toyota-center-nba-recap-ap'] = r'''
> Echeverri scores 38 as Spurs rally from 17 down to beat Rockets 118-111
P partial Echeverri
F number 38
O team Spurs
F number 17
O team Rockets
F score 118-111
> By DORIAN WELLS-AGUILAR
P full DORIAN WELLS-AGUILAR
> Associated Press
O media Associated Press
> Updated 11:14 PM CST, January 18, 2040
F time 11:14 PM CST
F date January 18, 2040
> San Antonio Spurs forward Matías Echeverri (7) drives past Houston Rockets center Ivo Šarčević during the second half of an NBA basketball game Wednesday, Jan. 18, 2040, in Houston. (AP Photo/Kelsey Brannigan)
O team San Antonio Spurs
P full Matías Echeverri
O team Houston Rockets
P full Ivo Šarčević
O other NBA
F date Jan. 18, 2040
L city Houston
O media AP
P full Kelsey Brannigan
> HOUSTON (AP) — Matías Echeverri scored 38 points, 14 of them in the fourth quarter, and the San Antonio Spurs rallied from a 17-point deficit to beat the Houston Rockets 118-111 on Wednesday night.
L city HOUSTON
O media AP
P full Matías Echeverri
F number 38
F number 14
O team San Antonio Spurs
F number 17
O team Houston Rockets
F score 118-111
> Jalen Whitaker added 22 points and 11 assists for San Antonio (28-19), which has won five of its last six games. Theo Marchand had 15 points and nine rebounds off the bench.
P full Jalen Whitaker
F number 22
F number 11
O team San Antonio
F score 28-19
F number five
F number six
P full Theo Marchand
F number 15
F number nine
> Desmond Vance had 31 points and 12 rebounds for Houston (24-23), and Šarčević added 18 points and 10 rebounds. The Rockets have lost three straight at home.
P full Desmond Vance
F number 31
F number 12
O team Houston
F score 24-23
P partial Šarčević
F number 18
F number 10
O team Rockets
F number three
> Houston led 64-49 at halftime after making 11 of 19 shots from 3-point range. The Spurs opened the third quarter with a 21-6 run and outscored the Rockets 37-22 in the period, with Echeverri going 6 for 7 from the field.
O team Houston
F score 64-49
F number 11
F number 19
F number 3
O team Spurs
F score 21-6
O team Rockets
F score 37-22
P partial Echeverri
F number 6
F number 7
> "At halftime Coach just looked at us and said, 'Are we going to guard anybody tonight?' Nobody had an answer," Echeverri said. "So we answered on the floor."
Q direct Matías Echeverri :: "At halftime Coach just looked at us and said, 'Are we going to guard anybody tonight?' Nobody had an answer,"
P partial Echeverri
Q direct Matías Echeverri :: "So we answered on the floor."
> Echeverri, 24, grew up in Sugar Land, about 20 miles southwest of the arena, and had more than 200 friends and relatives in the stands.
P partial Echeverri
F age 24
L city Sugar Land
F quantity 20 miles
F number 200
> "It's different when your high school coach is sitting right behind the bench," he said.
Q direct Matías Echeverri :: "It's different when your high school coach is sitting right behind the bench,"
> Whitaker's 3-pointer with 2:47 left gave San Antonio the lead for good at 106-104. Vance missed two free throws with 1:12 to play, and Marchand, a 20-year-old rookie from Normal, Illinois, answered with a dunk.
P partial Whitaker
F number 3
F time 2:47
O team San Antonio
F score 106-104
P partial Vance
F number two
F time 1:12
P partial Marchand
F age 20-year-old
L city Normal
L region Illinois
> Spurs coach Gideon Marchetti called the comeback "a 24-minute lesson." Rockets coach Lamar DeWitt said his team "stopped moving the ball" after the break.
O team Spurs
P full Gideon Marchetti
Q direct Gideon Marchetti :: "a 24-minute lesson."
F duration 24-minute
O team Rockets
P full Lamar DeWitt
Q direct Lamar DeWitt :: "stopped moving the ball"
> "We got comfortable with a 15-point lead, and in this league that lasts about four minutes," DeWitt said.
Q direct Lamar DeWitt :: "We got comfortable with a 15-point lead, and in this league that lasts about four minutes,"
F number 15
F duration four minutes
P partial DeWitt
> Houston made only 3 of 16 3-pointers after halftime and went 4:05 without a field goal early in the fourth. San Antonio outrebounded the Rockets 49-41.
O team Houston
F number 3
F number 16
F number 3
F duration 4:05
O team San Antonio
O team Rockets
F score 49-41
> Šarčević, known to Rockets fans as "the Zagreb Tower," left for six minutes in the third quarter with a sprained left ankle but returned and finished the game.
P partial Šarčević
O team Rockets
Q scare - :: "the Zagreb Tower,"
L city Zagreb
F duration six minutes
> A crowd of 18,055 at Toyota Center saw the Rockets lose for the fifth time in seven games.
F number 18,055
L facility Toyota Center
O team Rockets
F number seven
> TIP-INS
> Spurs: San Antonio shot 52.4% from the field and committed only eight turnovers. Whitaker has 11 double-doubles this season.
O team Spurs
O team San Antonio
F percent 52.4%
F number eight
P partial Whitaker
F number 11
> Rockets: Vance has scored 30 or more points in four straight games. Houston was called for 24 fouls.
O team Rockets
P partial Vance
F number 30
F number four
O team Houston
F number 24
> UP NEXT
> Spurs: Host Dallas on Friday night.
O team Spurs
O team Dallas
> Rockets: At Memphis on Saturday night.
O team Rockets
O team Memphis
'''

ARTICLES['1359-mellieha-bypass-tunnel-xemxija-ghadira-infrastructure-malta-ngos-times-of-malta'] = r'''
> Mellieħa bypass tunnel would take 11,000 cars a day off Xemxija Hill
L city Mellieħa
F number 11,000
L street Xemxija Hill
> Infrastructure Malta unveils €210m plan; NGOs fear for Għadira wetland
O government Infrastructure Malta
F money €210m
L geo Għadira
> Kirsten Zammit Cutajar
P full Kirsten Zammit Cutajar
> Thursday, 7 February 2041, 06:45
F date 7 February 2041
F time 06:45
> 3 min read
F duration 3 min
> Morning traffic crawls up Xemxija Hill towards Mellieħa. Photo: Jonathan Borg Cardona
L street Xemxija Hill
L city Mellieħa
P full Jonathan Borg Cardona
> A 2.8-kilometre road tunnel under the Mellieħa ridge would cut the drive from St Paul’s Bay to the Ċirkewwa ferry terminal by up to 12 minutes, according to plans published by Infrastructure Malta on Wednesday.
F quantity 2.8-kilometre
L city Mellieħa
L city St Paul’s Bay
L facility Ċirkewwa
F duration 12 minutes
O government Infrastructure Malta
> The €210 million project, which the agency hopes to start in 2042, would take traffic off Xemxija Hill and out of Mellieħa’s narrow centre, where some 11,000 vehicles a day squeeze past the parish church on their way to the Gozo ferry, in a daily queue known locally as “the Xemxija crawl”.
F money €210 million
F date 2042
L street Xemxija Hill
L city Mellieħa
F number 11,000
L geo Gozo
Q scare - :: “the Xemxija crawl”
L city Xemxija
> Transport Minister Roderick Galea Bonello said the tunnel was “long overdue”. “For 30 years, people in Mellieħa have been promised a bypass. They have heard it before every election,” he said.
P full Roderick Galea Bonello
Q direct Roderick Galea Bonello :: “long overdue”
Q direct Roderick Galea Bonello :: “For 30 years, people in Mellieħa have been promised a bypass. They have heard it before every election,”
F duration 30 years
L city Mellieħa
> “This time the money is there and the design is there. What we need now is a permit.”
Q direct Roderick Galea Bonello :: “This time the money is there and the design is there. What we need now is a permit.”
> According to the plans, the southern portal would sit near the Xemxija roundabout, while the northern one would emerge on farmland between Manikata and Għadira Bay, about 400 metres from the edge of the Għadira Nature Reserve.
L city Xemxija
L city Manikata
L geo Għadira Bay
F quantity 400 metres
L geo Għadira Nature Reserve
> BirdLife Malta, which manages the reserve, said the portal would bring noise and light to “one of the last wetlands we have left” and called on the Environment and Resources Authority (ERA) to demand a full assessment.
O nonprofit BirdLife Malta
Q direct BirdLife Malta :: “one of the last wetlands we have left”
O government Environment and Resources Authority
O government ERA
> Moviment Graffitti went further, describing the project as “a motorway in disguise” that would draw more cars to the north. Flimkien għal Ambjent Aħjar (FAA) said it would object at the Planning Authority.
O nonprofit Moviment Graffitti
Q direct Moviment Graffitti :: “a motorway in disguise”
O nonprofit Flimkien għal Ambjent Aħjar
O nonprofit FAA
O government Planning Authority
> An ERA spokesman said the authority had received the project description on 31 January and would decide within six weeks whether an environmental impact assessment was needed.
O government ERA
F date 31 January
F duration six weeks
> Infrastructure Malta said spoil from the tunnel, estimated at 420,000 cubic metres, would be used for land reclamation rather than dumped, and that 15 per cent of the budget was set aside for landscaping and “green bridges”.
O government Infrastructure Malta
F quantity 420,000 cubic metres
F percent 15 per cent
Q direct Infrastructure Malta :: “green bridges”
> Mellieħa mayor Daniela Vella Ħaber said residents had waited long enough. “Our children breathe exhaust every morning. Ask any mother on Triq Ġorġ Borg Olivier,” she said.
L city Mellieħa
P full Daniela Vella Ħaber
Q direct Daniela Vella Ħaber :: “Our children breathe exhaust every morning. Ask any mother on Triq Ġorġ Borg Olivier,”
L street Triq Ġorġ Borg Olivier
> But Salvu Grima, 71, who farms four tumoli of vines near Manikata, said the northern portal would cut through his land. “My father planted these in 1968. Nobody from the agency has come to see them,” Mr Grima said.
P full Salvu Grima
F age 71
F quantity four tumoli
L city Manikata
Q direct Salvu Grima :: “My father planted these in 1968. Nobody from the agency has come to see them,”
F date 1968
P partial Grima
> Opposition transport spokesman Neville Grech Sultana said the Nationalist Party supported a bypass but questioned the cost, which he noted had risen from €145 million in a 2037 feasibility study.
P full Neville Grech Sultana
O party Nationalist Party
F money €145 million
F date 2037
> Public consultation on the plans runs until 14 March. Infrastructure Malta will hold an information evening at the Mellieħa local council at 6.30pm on 20 February.
F date 14 March
O government Infrastructure Malta
L city Mellieħa
F time 6.30pm
F date 20 February
'''

ARTICLES['1360-hanbora-energy-georgia-battery-plant-commerce-won-gwh-nikkei-asia'] = r'''
> Electric vehicles
> Korea's Hanbora Energy to build $3bn battery plant in Georgia
L country Korea
O company Hanbora Energy
F money $3bn
L region Georgia
> Cell maker bets on grid storage as U.S. EV demand cools; output to start in 2043
L country U.S.
F date 2043
> SEO YU-NA and MARCUS HALVORSEN, Nikkei staff writers
P full SEO YU-NA
P full MARCUS HALVORSEN
O media Nikkei
> June 5, 2040 14:20 JST
F date June 5, 2040
F time 14:20 JST
> Hanbora Energy's existing cell plant in Ochang, North Chungcheong province. (Photo by Kang Hyun-woo)
O company Hanbora Energy
L city Ochang
L region North Chungcheong
P full Kang Hyun-woo
> SEOUL -- South Korean battery maker Hanbora Energy said on Tuesday that it will invest 4.1 trillion won ($3 billion) in a cell factory in Commerce, Georgia, its first plant in the U.S., as it shifts toward batteries for power grids.
L city SEOUL
O company Hanbora Energy
F money 4.1 trillion won
F money $3 billion
L city Commerce
L region Georgia
L country U.S.
> The plant, on a 160-hectare site in Jackson County, will have an annual capacity of 20 gigawatt-hours (GWh) when it reaches full output in 2045, enough for about 4,000 large storage containers. About two-thirds of the capacity will go to lithium iron phosphate (LFP) cells for grid storage, with the rest for electric vehicles.
F quantity 160-hectare
L region Jackson County
F quantity 20 gigawatt-hours
F date 2045
F number 4,000
F fraction two-thirds
> Hanbora will hire about 1,800 workers. Production is set to begin in the second half of 2043 with a first line of 8 GWh.
O company Hanbora
F number 1,800
F date 2043
F quantity 8 GWh
> "Two years ago, everybody wanted EV batteries. Today our customers are utilities in Texas and California," Hanbora CEO Park Ji-hoon told reporters in Seoul. "The grid is where the growth is."
Q direct Park Ji-hoon :: "Two years ago, everybody wanted EV batteries. Today our customers are utilities in Texas and California,"
F duration Two years
L region Texas
L region California
O company Hanbora
P full Park Ji-hoon
L city Seoul
Q direct Park Ji-hoon :: "The grid is where the growth is."
> Park, 56, said the company had looked at sites in Tennessee, Kentucky and Ohio before choosing Georgia, which offered a package of tax credits and training grants that he put at "more than $400 million over 10 years."
P partial Park
F age 56
L region Tennessee
L region Kentucky
L region Ohio
L region Georgia
Q direct Park Ji-hoon :: "more than $400 million over 10 years."
F money $400 million
F duration 10 years
> The Georgia Department of Economic Development said the project was "the largest foreign investment in northeast Georgia this decade." Commerce is already home to a large battery cluster about 110 km northeast of Atlanta.
O government Georgia Department of Economic Development
Q direct Georgia Department of Economic Development :: "the largest foreign investment in northeast Georgia this decade."
L region Georgia
L city Commerce
F quantity 110 km
L city Atlanta
> Hanbora, which is based in Cheongju and listed on the Korea Exchange, is the smallest of what local media call the "K-battery" makers. Its shares rose 4.6% to 52,300 won on Tuesday, while the benchmark Kospi fell 0.3%.
O company Hanbora
L city Cheongju
O company Korea Exchange
Q scare - :: "K-battery"
F percent 4.6%
F money 52,300 won
F percent 0.3%
> The company reported an operating loss of 86.2 billion won for the January-March quarter, its third loss in four quarters, as orders from American carmakers slowed.
F money 86.2 billion won
F duration four quarters
> Lee Da-eun, an analyst at Seorin Securities, said the move made sense but carried risk. "LFP cells made in Georgia will cost 20% to 25% more than cells shipped from China," she said. "Hanbora is betting that Washington keeps tariffs high for the next decade.
P full Lee Da-eun
O company Seorin Securities
Q direct Lee Da-eun :: "LFP cells made in Georgia will cost 20% to 25% more than cells shipped from China,"
L region Georgia
F percent 20%
F percent 25%
L country China
Q direct Lee Da-eun :: "Hanbora is betting that Washington keeps tariffs high for the next decade.
O company Hanbora
L city Washington
> "If that changes, the numbers look very different."
Q direct Lee Da-eun :: "If that changes, the numbers look very different."
> Chief Financial Officer Yoon Seo-jin said the plant would be funded with 1.5 trillion won in cash and a $1.9 billion loan from a group of Korean and U.S. banks, and that Hanbora had signed a 12-year supply agreement with a Texas utility she declined to name.
P full Yoon Seo-jin
F money 1.5 trillion won
F money $1.9 billion
L country U.S.
O company Hanbora
F duration 12-year
L region Texas
> Yoon said construction would start in October, with a groundbreaking planned for Oct. 14.
P partial Yoon
F date Oct. 14
'''

ARTICLES['1361-colorado-river-conservation-deal-western-slope-front-range-ute-tribes-denver-post'] = r'''
> Environment
> Western Slope farmers, Front Range cities and two tribes agree to leave 120,000 acre-feet in Colorado River
L region Western Slope
L region Front Range
F number two
F quantity 120,000 acre-feet
L geo Colorado River
> By Hallie Brandvold | hbrandvold@denverpost.com | The Denver Post
P full Hallie Brandvold
O media The Denver Post
> PUBLISHED: September 14, 2039 at 5:45 a.m. MT | UPDATED: September 14, 2039 at 11:20 a.m. MT
F date September 14, 2039
F time 5:45 a.m. MT
F date September 14, 2039
F time 11:20 a.m. MT
> Alfalfa fields line the Gunnison River outside Delta on Sept. 8, 2039. (Ruben Sandoval-Teague/The Denver Post)
L geo Gunnison River
L city Delta
F date Sept. 8, 2039
P full Ruben Sandoval-Teague
O media The Denver Post
> GRAND JUNCTION — Irrigators in four Western Slope counties, two Front Range water utilities and Colorado’s two Ute tribes signed a deal Tuesday to leave 120,000 acre-feet of water a year in the Colorado River system for the next three years, the first time Colorado has paid its own water users to cut back on such a scale.
L city GRAND JUNCTION
F number four
L region Western Slope
F number two
L region Front Range
L region Colorado
F number two
F quantity 120,000 acre-feet
L geo Colorado River
F duration three years
L region Colorado
> The $86 million agreement pays ranchers and farmers in Mesa, Delta, Montrose and Garfield counties $450 for each acre-foot they do not divert, with Denver Water and Northern Water covering about a third of the cost and the state the rest.
F money $86 million
L region Mesa
L region Delta
L region Montrose
L region Garfield
F money $450
O company Denver Water
O government Northern Water
F fraction a third
> The Southern Ute Indian Tribe and the Ute Mountain Ute Tribe will together leave 18,500 acre-feet of their water rights unused in the San Juan and Dolores basins, in return for $14.2 million and a seat on the committee that will oversee the program.
O government Southern Ute Indian Tribe
O government Ute Mountain Ute Tribe
F quantity 18,500 acre-feet
L geo San Juan
L geo Dolores
F money $14.2 million
> “Nobody on the Western Slope wanted to be the one giving up water first,” said Andrea Kowalczyk-Reyes, general manager of the Colorado River Water Conservation District, which brokered the talks. “But if Lake Powell drops below 3,490 feet, everybody loses, and we lose first.”
Q direct Andrea Kowalczyk-Reyes :: “Nobody on the Western Slope wanted to be the one giving up water first,”
L region Western Slope
P full Andrea Kowalczyk-Reyes
O government Colorado River Water Conservation District
Q direct Andrea Kowalczyk-Reyes :: “But if Lake Powell drops below 3,490 feet, everybody loses, and we lose first.”
L geo Lake Powell
F quantity 3,490 feet
> Lake Powell stood at 3,526 feet on Monday, about 36% full, according to the U.S. Bureau of Reclamation.
L geo Lake Powell
F quantity 3,526 feet
F percent 36%
O government U.S. Bureau of Reclamation
> The deal comes as the seven Colorado River states remain split over how to share cuts after 2040. Lower Basin states Arizona, California and Nevada have pressed the Upper Basin to “carry its share,” a phrase Colorado negotiators have come to dread.
F number seven
L geo Colorado River
F date 2040
L region Lower Basin
L region Arizona
L region California
L region Nevada
L region Upper Basin
Q direct - :: “carry its share,”
L region Colorado
> Colorado’s commissioner on the Upper Colorado River Commission, Teodoro Quintana Vigil, called the agreement “proof that we are not just talking.”
L region Colorado
O intergovernmental Upper Colorado River Commission
P full Teodoro Quintana Vigil
Q direct Teodoro Quintana Vigil :: “proof that we are not just talking.”
> Southern Ute Tribal Council member Loretta Cloud-Baker said the tribe had waited decades to be at the table. “Our water was promised to us in 1868 and again in 1988. This time we are not asking,” she said.
O government Southern Ute Tribal Council
P full Loretta Cloud-Baker
Q direct Loretta Cloud-Baker :: “Our water was promised to us in 1868 and again in 1988. This time we are not asking,”
F date 1868
F date 1988
> Not every irrigator is happy. Wade Hollister, 63, who grows hay on 640 acres near Olathe, said the payments were too low for ranchers who also lease out grazing. “Four-fifty an acre-foot sounds like a lot until you sell the cows because there is no hay,” he said.
P full Wade Hollister
F age 63
F quantity 640 acres
L city Olathe
Q direct Wade Hollister :: “Four-fifty an acre-foot sounds like a lot until you sell the cows because there is no hay,”
F money Four-fifty
> Sign-up for the program opens Oct. 1 and closes Nov. 15. A Reclamation official, who was not authorized to speak publicly, said federal money could add “another 40,000 acre-feet or so” by 2041.
F date Oct. 1
F date Nov. 15
O government Reclamation
Q direct - :: “another 40,000 acre-feet or so”
F quantity 40,000 acre-feet
F date 2041
> Denver Water said its share, about $19 million, would come from rates, adding roughly 85 cents a month to a typical household bill.
O company Denver Water
F money $19 million
F money 85 cents
'''

ARTICLES['1362-blackpool-glanmire-flood-relief-scheme-opw-cork-city-council-rte'] = r'''
> Ireland
L country Ireland
> 'We can't keep sandbagging': €68m flood scheme for Cork's Blackpool and Glanmire approved
Q direct Eileen Hegarty :: 'We can't keep sandbagging'
F money €68m
L city Cork
L city Blackpool
L city Glanmire
> Works to protect 420 homes and 115 businesses on the Bride and Glashaboy rivers to begin next spring
F number 420
F number 115
L geo Bride
L geo Glashaboy
> By Clodagh Mac Cárthaigh
P full Clodagh Mac Cárthaigh
> Updated / Tuesday, 9 Oct 2040 17:25
F date 9 Oct 2040
F time 17:25
> Flood water on Commons Road in Blackpool after Storm Ferdia in December 2038 (Pic: Provision)
L street Commons Road
L city Blackpool
F date December 2038
O media Provision
> A €68 million flood relief scheme for Blackpool and Glanmire on Cork's northside has been approved by An Coimisiún Pleanála, more than two years after it was lodged by the Office of Public Works and Cork City Council.
F money €68 million
L city Blackpool
L city Glanmire
L city Cork
O government An Coimisiún Pleanála
F duration two years
O government Office of Public Works
O government Cork City Council
> The OPW said the scheme will protect 420 homes and 115 businesses from a flood of the size expected once every 100 years. Work on the first of three phases is due to begin in April 2041 and take about 30 months.
O government OPW
F number 420
F number 115
F duration 100 years
F number three
F date April 2041
F duration 30 months
> It includes 2.3km of walls and embankments along the River Bride and the Glashaboy, a new culvert under the North Ring Road and a flood storage area at Kilbarry that can hold 140,000 cubic metres of water.
F quantity 2.3km
L geo River Bride
L geo Glashaboy
L street North Ring Road
L city Kilbarry
F quantity 140,000 cubic metres
> Blackpool has flooded seven times since 2009. During Storm Ferdia on 11 and 12 December 2038, water rose to 1.4 metres on Commons Road and about 60 homes had to be evacuated.
L city Blackpool
F number seven
F date 2009
F date 11
F date 12 December 2038
F quantity 1.4 metres
L street Commons Road
F number 60
> Eileen Hegarty, 74, who has lived on Great William O'Brien Street for 51 years, said she had been flooded out three times. "We can't keep sandbagging. I'm 74 and I'm still lifting sandbags at two in the morning," she said.
P full Eileen Hegarty
F age 74
L street Great William O'Brien Street
F duration 51 years
F number three
Q direct Eileen Hegarty :: "We can't keep sandbagging. I'm 74 and I'm still lifting sandbags at two in the morning,"
F age 74
F time two in the morning
> "The insurance went in 2039. The neighbours who could sell have sold."
Q direct Eileen Hegarty :: "The insurance went in 2039. The neighbours who could sell have sold."
F date 2039
> Minister of State with responsibility for the OPW Fergal Ó Donnabháin said funding was in place. "This has taken too long, and I make no apology for saying that to my own department," he said.
O government OPW
P full Fergal Ó Donnabháin
Q direct Fergal Ó Donnabháin :: "This has taken too long, and I make no apology for saying that to my own department,"
> Sinn Féin councillor Tadhg Ó Murchú, who represents Cork City North East, said residents would believe it "when the diggers arrive". Fine Gael councillor Aisling Creedon welcomed the decision but said 17 homes at Glanmire's Riverstown were left outside the scheme.
P full Tadhg Ó Murchú
L region Cork City North East
Q direct Tadhg Ó Murchú :: "when the diggers arrive"
P full Aisling Creedon
F number 17
L city Glanmire
L city Riverstown
> "They were told in 2037 that they would be included. Now they are being told to wait for a 'phase four' that has no date and no budget," Cllr Creedon said.
Q direct Aisling Creedon :: "They were told in 2037 that they would be included. Now they are being told to wait for a 'phase four' that has no date and no budget,"
F date 2037
P partial Creedon
> A spokesperson for the OPW said the Riverstown homes would be assessed "as a priority" once the main works were under way. Cork City Council said temporary barriers would be stored at Blackpool fire station from 1 November.
O government OPW
L city Riverstown
Q direct - :: "as a priority"
O government Cork City Council
L city Blackpool
F date 1 November
> The scheme is the largest of 11 flood projects the OPW is advancing in Co Cork, alongside schemes in Midleton and Skibbereen, under a €1.3bn national programme. A contractor will be chosen after a tender that closes on 15 January.
F number 11
O government OPW
L region Co Cork
L city Midleton
L city Skibbereen
F money €1.3bn
F date 15 January
> Met Éireann has forecast a wetter than average autumn for Munster, with rainfall up to 20% above normal.
O government Met Éireann
L region Munster
F percent 20%
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
