#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval232 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval232/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1435-noor-tata-solar-storage-plant-akka-oasis-water-morocco-al-jazeera'] = r'''
> News|Energy
> Morocco switches on desert solar plant that keeps the lights on after dark
L country Morocco
> The 600MW Noor Tata complex can run for four hours after sunset, but oasis farmers say it is drinking their water
F quantity 600MW
L facility Noor Tata
F duration four hours
> By Houda Ait Benali
P full Houda Ait Benali
> Published On 12 Apr 2039
F date 12 Apr 2039
> Rows of solar panels at the Noor Tata complex in southern Morocco, which began commercial operation on Monday [Youssef Ben Larbi/Al Jazeera]
L facility Noor Tata
L country Morocco
P full Youssef Ben Larbi
O media Al Jazeera
> Tata, Morocco – Morocco has switched on one of the world’s largest solar plants able to keep supplying electricity after dark, a project costing 9.8 billion dirhams ($1.03bn) on the edge of the Sahara that officials say will serve more than 1.1 million homes.
L city Tata
L country Morocco
L country Morocco
F money 9.8 billion dirhams
F money $1.03bn
L geo Sahara
F number 1.1 million
> The complex, built by the Moroccan Agency for Sustainable Energy (MASEN) about 25km north of the town of Tata, combines 600 megawatts (MW) of solar panels with batteries that can store 2,400 megawatt-hours, the latest plant along the so-called “sun road” from Ouarzazate to Guelmim.
O government Moroccan Agency for Sustainable Energy
O government MASEN
F quantity 25km
L city Tata
F quantity 600 megawatts
F quantity 2,400 megawatt-hours
Q scare - :: “sun road”
L city Ouarzazate
L city Guelmim
> “For the first time, the sun will work a night shift in Morocco,” MASEN’s director of projects, Karim El Ouardi, told Al Jazeera at the plant on Monday, as stored power first flowed into the grid at 7:42pm.
Q direct Karim El Ouardi :: “For the first time, the sun will work a night shift in Morocco,”
L country Morocco
O government MASEN
P full Karim El Ouardi
O media Al Jazeera
F time 7:42pm
> “Our engineers call it the ‘desert battery’. When Casablanca switches on its lights in the evening, part of that power will now come from Tata,” he said. “This is what we promised in 2009, and it took three decades of work.
Q direct Karim El Ouardi :: “Our engineers call it the ‘desert battery’. When Casablanca switches on its lights in the evening, part of that power will now come from Tata,”
L city Casablanca
L city Tata
Q direct Karim El Ouardi :: “This is what we promised in 2009, and it took three decades of work.
F date 2009
F duration three decades
> “But nobody should think the job is finished. We still burn imported gas every winter night.”
Q direct Karim El Ouardi :: “But nobody should think the job is finished. We still burn imported gas every winter night.”
> Morocco aims to draw 52 percent of its installed power capacity from renewable sources by 2030, a target announced in 2015. Renewables made up 44 percent in 2038, according to the National Office of Electricity and Drinking Water (ONEE).
L country Morocco
F percent 52 percent
F date 2030
F date 2015
F percent 44 percent
F date 2038
O government National Office of Electricity and Drinking Water
O government ONEE
> The plant covers 1,900 hectares of stony plain between Tata and the oasis of Akka. Summer temperatures there reach 47C, and sandstorms mean the panels must be washed about every two weeks.
F quantity 1,900 hectares
L city Tata
L city Akka
F quantity 47C
F duration two weeks
> That washing has angered farmers downstream. Lahcen Oubaha, 61, who grows dates on two hectares near Akka, said the water table under his palms had dropped by three metres in five years.
P full Lahcen Oubaha
F age 61
F quantity two hectares
L city Akka
F quantity three metres
F duration five years
> “They told us the panels would be cleaned by robots with very little water. Then the tanker trucks came,” Oubaha said. “We are not against the sun. We are against a plant that drinks while our palms die.”
Q direct Lahcen Oubaha :: “They told us the panels would be cleaned by robots with very little water. Then the tanker trucks came,”
P partial Oubaha
Q direct Lahcen Oubaha :: “We are not against the sun. We are against a plant that drinks while our palms die.”
> MASEN said in a statement that the complex uses 410,000 cubic metres of water a year, “less than a single large farm”, and that a dry-cleaning system would replace most of the washing by 2041.
O government MASEN
F quantity 410,000 cubic metres
Q direct Moroccan Agency for Sustainable Energy :: “less than a single large farm”
F date 2041
> The provincial governor, Mustapha Ben Haddou, said 30 percent of the plant’s 380 permanent jobs had gone to people from Tata province, and that the agency would pay 12 million dirhams a year into a local development fund.
P full Mustapha Ben Haddou
F percent 30 percent
F number 380
L region Tata
F money 12 million dirhams
> An official at the Ministry of Energy Transition and Sustainable Development, who asked not to be named, said Rabat wanted three more storage plants in the south by 2045. “Without storage, the sun is only part of the answer,” the official said.
O government Ministry of Energy Transition and Sustainable Development
L city Rabat
F number three
F date 2045
Q direct - :: “Without storage, the sun is only part of the answer,”
> In Akka, Oubaha’s neighbour Fatima Zahra Id Brahim, 44, had heard such promises before. “They said ‘jobs for everyone’. My son waited two years for a contract and they gave him six weeks,” she said.
L city Akka
P partial Oubaha
P full Fatima Zahra Id Brahim
F age 44
Q direct Fatima Zahra Id Brahim :: “They said ‘jobs for everyone’. My son waited two years for a contract and they gave him six weeks,”
F duration two years
F duration six weeks
> Source: Al Jazeera
O media Al Jazeera
'''

ARTICLES['1436-nj-transit-engineers-strike-atlantic-city-rail-line-south-jersey-philadelphia-inquirer'] = r'''
> Transportation
> NJ Transit engineers strike, halting Atlantic City trains and stranding South Jersey riders
O government NJ Transit
L city Atlantic City
L region South Jersey
> The walkout by 430 locomotive engineers is the first on the agency’s rail lines since a three-day strike in May 2025. Buses are running, but not nearly enough of them.
F number 430
F duration three-day
F date May 2025
> by Marisol Quintero-Haines
P full Marisol Quintero-Haines
> Published Oct. 10, 2039, 7:45 p.m. ET
F date Oct. 10, 2039
F time 7:45 p.m. ET
> An empty platform at the Egg Harbor City station on Sunday, the first day of the strike. Tyrell Banks-Whitaker / Staff Photographer
L city Egg Harbor City
P full Tyrell Banks-Whitaker
> About 430 NJ Transit locomotive engineers walked off the job at 12:01 a.m. Sunday, shutting down the Atlantic City Rail Line and every other commuter train the agency runs, after talks over wages broke down late Saturday in Newark.
F number 430
O government NJ Transit
F time 12:01 a.m.
L facility Atlantic City Rail Line
L city Newark
> For South Jersey, the line is the only rail link between Atlantic City and Philadelphia’s 30th Street Station, with stops in Absecon, Egg Harbor City, Hammonton, Atco, Lindenwold, Cherry Hill and Pennsauken. Long mocked by riders as the “Forgotten Line,” it carried about 3,100 riders on an average weekday in September, NJ Transit said.
L region South Jersey
L city Atlantic City
L city Philadelphia
L facility 30th Street Station
L city Absecon
L city Egg Harbor City
L city Hammonton
L city Atco
L city Lindenwold
L city Cherry Hill
L city Pennsauken
Q scare - :: “Forgotten Line,”
F number 3,100
O government NJ Transit
> The Brotherhood of Locomotive Engineers and Trainmen (BLET), which represents the engineers, wants raises that would bring the top rate to $52.40 an hour, in line with engineers at SEPTA and on Amtrak’s Northeast Corridor. NJ Transit has offered 14.5% over five years.
O nonprofit Brotherhood of Locomotive Engineers and Trainmen
O nonprofit BLET
F money $52.40
O government SEPTA
O company Amtrak
L facility Northeast Corridor
O government NJ Transit
F percent 14.5%
F duration five years
> “Our members have gone six years without a contract. Six years,” BLET general chairman Darnell Okafor-Price said outside the union’s office in Camden on Sunday morning. “Nobody in Trenton can tell me an engineer in Pennsauken is worth $9 an hour less than one in Paoli.”
Q direct Darnell Okafor-Price :: “Our members have gone six years without a contract. Six years,”
F duration six years
F duration Six years
O nonprofit BLET
P full Darnell Okafor-Price
L city Camden
Q direct Darnell Okafor-Price :: “Nobody in Trenton can tell me an engineer in Pennsauken is worth $9 an hour less than one in Paoli.”
L city Trenton
L city Pennsauken
F money $9
L city Paoli
> He said the union would keep picket lines at the Atlantic City and Lindenwold rail yards “for as long as it takes.”
L city Atlantic City
L city Lindenwold
Q direct Darnell Okafor-Price :: “for as long as it takes.”
> NJ Transit president and CEO Renata Szczepańska-Lowe called the union’s demands “unaffordable” and said the agency, which faces a $310 million budget gap next year, could not pay for a deal that would cost $118 million over its life.
O government NJ Transit
P full Renata Szczepańska-Lowe
Q direct Renata Szczepańska-Lowe :: “unaffordable”
F money $310 million
F money $118 million
> “We have put a fair offer on the table twice,” Szczepańska-Lowe said in a statement. “The union is asking riders in South Jersey to pay for a fight that belongs in Newark.”
Q direct Renata Szczepańska-Lowe :: “We have put a fair offer on the table twice,”
P partial Szczepańska-Lowe
Q direct Renata Szczepańska-Lowe :: “The union is asking riders in South Jersey to pay for a fight that belongs in Newark.”
L region South Jersey
L city Newark
> The agency is running 46 extra buses between Atlantic City and Lindenwold, where riders can transfer to PATCO trains across the Ben Franklin Bridge. Riders said the trip takes 45 to 90 minutes longer than the train.
F number 46
L city Atlantic City
L city Lindenwold
O government PATCO
L facility Ben Franklin Bridge
F duration 45
F duration 90 minutes
> Keisha Montgomery-Ruiz, 34, a dental hygienist from Egg Harbor City, said she left home at 5:15 a.m. Monday to reach her job in Center City by 8 a.m. “The bus was packed by Hammonton. A guy had to stand all the way to the bridge,” she said. “If this goes on for a month, I lose my job.”
P full Keisha Montgomery-Ruiz
F age 34
L city Egg Harbor City
F time 5:15 a.m.
L city Center City
F time 8 a.m.
Q direct Keisha Montgomery-Ruiz :: “The bus was packed by Hammonton. A guy had to stand all the way to the bridge,”
L city Hammonton
Q direct Keisha Montgomery-Ruiz :: “If this goes on for a month, I lose my job.”
> Gov. Adrienne Whitfield-Osei’s office said she had asked both sides to return to the table. A person in the governor’s office, who was not authorized to speak publicly, said Trenton was “not going to write a blank check” but would ask the National Mediation Board for help.
P full Adrienne Whitfield-Osei
L city Trenton
Q direct - :: “not going to write a blank check”
O government National Mediation Board
> The engineers’ last contract expired in July 2033. Under federal rail labor law, a strike can begin only after mediation fails and a 30-day cooling-off period ends; that period ran out Friday.
F date July 2033
F duration 30-day
> SEPTA said its Regional Rail trains, which do not run to South Jersey, were not affected.
O government SEPTA
L region South Jersey
'''

ARTICLES['1437-busan-new-port-automation-plan-dockworkers-union-gangseo-gu-korea-herald'] = r'''
> Busan port to go fully automated by 2046 in W4.2tr push
L city Busan
F date 2046
F money W4.2tr
> Dockworkers warn 2,600 jobs at risk as ministry bets on remote-controlled cranes, self-driving trucks
F number 2,600
> By Yoon Da-eun (dayoon@heraldcorp.com)
P full Yoon Da-eun
> Published : Jun. 5, 2040 - 15:12 Updated : Jun. 5, 2040 - 18:40
F date Jun. 5, 2040
F time 15:12
F date Jun. 5, 2040
F time 18:40
> Automated stacking cranes at a terminal of Busan New Port in Gangseo-gu, Busan. (Busan Port Authority)
L facility Busan New Port
L region Gangseo-gu
L city Busan
O government Busan Port Authority
> The government will spend 4.2 trillion won ($3.05 billion) to automate all nine container terminals at Busan New Port by 2046, the Ministry of Oceans and Fisheries said Tuesday.
F money 4.2 trillion won
F money $3.05 billion
F number nine
L facility Busan New Port
F date 2046
O government Ministry of Oceans and Fisheries
> Under the plan, the Busan Port Authority (BPA) will replace manned gantry cranes and yard tractors at the five older terminals with remote-controlled cranes and self-driving trucks between 2041 and 2046. The four newer terminals, including two on the Jinhae-gu side of the port in neighboring Changwon, were built automated.
O government Busan Port Authority
O government BPA
F number five
F date 2041
F date 2046
F number four
F number two
L region Jinhae-gu
L city Changwon
> "Singapore, Rotterdam and Shanghai already move most of their boxes without a driver in the cab. If Busan stands still, the shipping lines will go elsewhere," Oceans and Fisheries Minister Bang Seung-ho said at a briefing in Sejong.
Q direct Bang Seung-ho :: "Singapore, Rotterdam and Shanghai already move most of their boxes without a driver in the cab. If Busan stands still, the shipping lines will go elsewhere,"
L country Singapore
L city Rotterdam
L city Shanghai
L city Busan
P full Bang Seung-ho
L city Sejong
> Bang said automation would lift productivity from about 28 container moves per crane per hour to 40 and cut the time ships spend at berth by 20 percent.
P partial Bang
F number 28
F number 40
F percent 20 percent
> Busan handled 24.7 million twenty-foot equivalent units (TEUs) last year, 1.9 percent more than in 2038, making it the world's seventh-busiest container port. Around half of that was transshipment cargo, which can easily move to rival hubs.
L city Busan
F quantity 24.7 million twenty-foot equivalent units
F percent 1.9 percent
F date 2038
F fraction half
> The Busan Port Stevedores' Union, which represents about 7,800 dockworkers, said the plan could eliminate 2,600 jobs. Its chairman, Kim Song-taek, 57, said the union had not been consulted.
O nonprofit Busan Port Stevedores' Union
F number 7,800
F number 2,600
P full Kim Song-taek
F age 57
> "The ministry keeps talking about 'smart ports,' but a smart port still needs people who know the sea. They are writing us out of the plan," Kim said. "We will not sit and watch while the cranes are switched over terminal by terminal.
Q direct Kim Song-taek :: "The ministry keeps talking about 'smart ports,' but a smart port still needs people who know the sea. They are writing us out of the plan,"
P partial Kim
Q direct Kim Song-taek :: "We will not sit and watch while the cranes are switched over terminal by terminal.
> "If the ministry wants a fight, it will have one this summer."
Q direct Kim Song-taek :: "If the ministry wants a fight, it will have one this summer."
> The ministry said no worker would be laid off and that 1,100 would be retrained as remote crane operators in a new control center, which dockworkers have already nicknamed "the fishbowl."
F number 1,100
Q scare - :: "the fishbowl."
> A ministry official, who spoke on condition of anonymity, said the government would put 310 billion won into a retraining fund over five years. "Nobody will be pushed out of the port. But the jobs of 2050 will not look like the jobs of 1990," the official said.
F money 310 billion won
F duration five years
Q direct - :: "Nobody will be pushed out of the port. But the jobs of 2050 will not look like the jobs of 1990,"
F date 2050
F date 1990
> Employment and Labor Minister Yoo Jae-hee said her ministry would mediate talks between the BPA and the union from June 18.
P full Yoo Jae-hee
O government BPA
F date June 18
> Busan Mayor Song Ha-rin welcomed the plan but urged Sejong to move more of the port's back-office work to Busan. Song said the city would turn 12 hectares of former container yards at North Port in Dong-gu into housing and offices by 2044.
L city Busan
P full Song Ha-rin
L city Sejong
L city Busan
P partial Song
F quantity 12 hectares
L facility North Port
L region Dong-gu
F date 2044
> Shares of Haedong Port Systems, a Changwon-based crane maker, rose 6.8 percent to 14,250 won on the Kosdaq on Tuesday.
O company Haedong Port Systems
L city Changwon
F percent 6.8 percent
F money 14,250 won
O company Kosdaq
'''

ARTICLES['1438-southern-trust-hip-knee-waiting-list-seven-years-daisy-hill-bbc-news-ni'] = r'''
> Northern Ireland
L region Northern Ireland
> Hip and knee patients told to expect seven-year wait in Southern Trust
F duration seven-year
O government Southern Trust
> By Orlaith Mac Giolla Rua
P full Orlaith Mac Giolla Rua
> BBC News NI health correspondent
O media BBC News NI
> Published 12 March 2040
F date 12 March 2040
> Image source, Pacemaker
O media Pacemaker
> Image caption, Daisy Hill Hospital in Newry has carried out no planned orthopaedic surgery since 2038
O other Daisy Hill Hospital
L city Newry
F date 2038
> Thousands of people in the Southern Trust area have been waiting more than five years for hip and knee replacements, and some have been told their wait could stretch to seven years, new figures show.
O government Southern Trust
F duration five years
F duration seven years
> Department of Health statistics published on Thursday show 14,260 patients were waiting for orthopaedic treatment in the trust at the end of December, up 9% on a year earlier.
O government Department of Health
F number 14,260
F percent 9%
> Of those, 3,870 had waited longer than 52 weeks for an operation. The target set by Stormont is that no patient should wait more than 52 weeks.
F number 3,870
F duration 52 weeks
O government Stormont
F duration 52 weeks
> Bernadette McAlinden, 68, from Hilltown in County Down, was put on the list for a new hip in November 2034. She now walks with two sticks and has not been able to drive for three years.
P full Bernadette McAlinden
F age 68
L city Hilltown
L region County Down
F date November 2034
F number two
F duration three years
> “I was told two years, maybe three. Then it was five. Last month a letter came saying ‘up to seven years’,” she told BBC News NI.
Q direct Bernadette McAlinden :: “I was told two years, maybe three. Then it was five. Last month a letter came saying ‘up to seven years’,”
F duration two years
F number three
F number five
F duration seven years
O media BBC News NI
> “I’m not asking to jump the queue. I just want somebody to tell me the truth.”
Q direct Bernadette McAlinden :: “I’m not asking to jump the queue. I just want somebody to tell me the truth.”
> Health Minister Ciarán Ó Fearghail told the Assembly on Monday that £32m would be spent over the next two years on a new elective care centre at South Tyrone Hospital in Dungannon, due to open in April 2041.
P full Ciarán Ó Fearghail
O government Assembly
F money £32m
F duration two years
O other South Tyrone Hospital
L city Dungannon
F date April 2041
> “These waits are not acceptable and I will not pretend otherwise,” he said. “The money is there for new theatres, but we cannot build our way out of this without the staff to run them.
Q direct Ciarán Ó Fearghail :: “These waits are not acceptable and I will not pretend otherwise,”
Q direct Ciarán Ó Fearghail :: “The money is there for new theatres, but we cannot build our way out of this without the staff to run them.
> “I have asked the trusts to pool their lists, so that a patient in Newry can be treated in Belfast or Enniskillen if that is quicker.”
Q direct Ciarán Ó Fearghail :: “I have asked the trusts to pool their lists, so that a patient in Newry can be treated in Belfast or Enniskillen if that is quicker.”
L city Newry
L city Belfast
L city Enniskillen
> Mr Ó Fearghail said the centre would carry out 2,400 hip and knee operations a year once fully staffed, and would help end the so-called “postcode lottery” of waiting times.
P partial Ó Fearghail
F number 2,400
Q scare - :: “postcode lottery”
> The British Orthopaedic Association (BOA) said the Southern Trust figures were “among the worst in the UK” and called on Stormont to publish a workforce plan. The BOA said patients were “deteriorating on the list” and that a third of those waiting now needed stronger painkillers.
O nonprofit British Orthopaedic Association
O nonprofit BOA
O government Southern Trust
Q direct British Orthopaedic Association :: “among the worst in the UK”
L country UK
O government Stormont
O nonprofit BOA
Q direct British Orthopaedic Association :: “deteriorating on the list”
F fraction a third
> A consultant surgeon at Craigavon Area Hospital, who asked not to be named, said theatre lists were often cancelled when beds were needed for emergency patients. “Last winter I lost 11 lists in a row. We are running a 1990s service in 2040,” the surgeon said.
O other Craigavon Area Hospital
Q direct - :: “Last winter I lost 11 lists in a row. We are running a 1990s service in 2040,”
F number 11
F date 1990s
F date 2040
> In a statement, the Southern Health and Social Care Trust said it was “deeply sorry” for the delays. It said it had sent 640 patients to independent hospitals in England since 2038 and would reopen day-case theatres at Daisy Hill from 6 May.
O government Southern Health and Social Care Trust
Q direct Southern Health and Social Care Trust :: “deeply sorry”
F number 640
L country England
F date 2038
O other Daisy Hill
F date 6 May
> Across Northern Ireland, 442,000 people were waiting for a first outpatient appointment at the end of 2039, the highest rate of any UK nation.
L region Northern Ireland
F number 442,000
F date 2039
L country UK
> Ms McAlinden said she had begun saving for private surgery, for which she has been quoted £14,500. “If I wait for the health service, I’ll be 75 before I walk properly again,” she said.
P partial McAlinden
F money £14,500
Q direct Bernadette McAlinden :: “If I wait for the health service, I’ll be 75 before I walk properly again,”
F age 75
'''

ARTICLES['1439-zalewska-nowak-cheung-hoi-ying-hong-kong-tennis-open-final-victoria-park-scmp'] = r'''
> Sport / Tennis
> Hong Kong’s Cheung Hoi-ying beaten in three-set final as Zalewska-Nowak takes Victoria Park title
L city Hong Kong
P full Cheung Hoi-ying
F number three
P partial Zalewska-Nowak
L facility Victoria Park
> Local qualifier saves three match points but Polish third seed wins 6-4, 3-6, 7-6 (5) to lift her first WTA title in front of 3,600 fans
F number three
F score 6-4
F score 3-6
F score 7-6 (5)
O other WTA
F number 3,600
> Aldric Tse
P full Aldric Tse
> Published: 9:48pm, 14 Oct 2040
F time 9:48pm
F date 14 Oct 2040
> Cheung Hoi-ying hits a backhand during the final at Victoria Park on Sunday. Photo: Winnie Yeung Sze-man
P full Cheung Hoi-ying
L facility Victoria Park
P full Winnie Yeung Sze-man
> Hong Kong qualifier Cheung Hoi-ying came within two points of the biggest win of her career on Sunday before third seed Wiktoria Zalewska-Nowak of Poland held her nerve to win the Hong Kong Tennis Open final 6-4, 3-6, 7-6 (5) at Victoria Park Tennis Stadium in Causeway Bay.
L city Hong Kong
P full Cheung Hoi-ying
F number two
P full Wiktoria Zalewska-Nowak
L country Poland
F score 6-4
F score 3-6
F score 7-6 (5)
L facility Victoria Park Tennis Stadium
L city Causeway Bay
> The 19-year-old from Tai Po, ranked 211th in the world, saved three match points at 4-5 in the third set and led 5-3 in the tie-break before Zalewska-Nowak won four points in a row to end a match that began at 2.30pm in 29-degree heat and lasted two hours and 41 minutes.
F age 19-year-old
L city Tai Po
F number three
F score 4-5
F score 5-3
P partial Zalewska-Nowak
F number four
F time 2.30pm
F quantity 29-degree
F duration two hours
F duration 41 minutes
> “I had her. At 5-3 I was already thinking about the speech,” Cheung said, laughing. “Then I hit two forehands into the net, and she hit the line. That’s tennis.
Q direct Cheung Hoi-ying :: “I had her. At 5-3 I was already thinking about the speech,”
F score 5-3
P partial Cheung
Q direct Cheung Hoi-ying :: “Then I hit two forehands into the net, and she hit the line. That’s tennis.
F number two
> “A year ago I was playing in front of my parents and 40 people in Kowloon Park. Today the whole city came.”
Q direct Cheung Hoi-ying :: “A year ago I was playing in front of my parents and 40 people in Kowloon Park. Today the whole city came.”
F number 40
L facility Kowloon Park
> Zalewska-Nowak, 26, who helped Poland reach the Billie Jean King Cup final last year but had never gone past the quarter-finals of a WTA event, collected US$61,500 in prize money, about HK$480,000. Cheung earned US$36,800, more than she had won in her whole career before this week.
P partial Zalewska-Nowak
F age 26
O team Poland
O other WTA
F money US$61,500
F money HK$480,000
P partial Cheung
F money US$36,800
> “She played without fear, and the crowd played with her. At 3-5 down I was already looking at flights to Osaka,” the Pole said. “My coach told me, ‘Just make her play another ball.’ So I did.”
Q direct Wiktoria Zalewska-Nowak :: “She played without fear, and the crowd played with her. At 3-5 down I was already looking at flights to Osaka,”
F score 3-5
L city Osaka
Q direct Wiktoria Zalewska-Nowak :: “My coach told me, ‘Just make her play another ball.’ So I did.”
> That coach, Piotr Kaczmarczyk, said his player had “finally believed” in her second serve.
P full Piotr Kaczmarczyk
Q direct Piotr Kaczmarczyk :: “finally believed”
> Cheung, who turned professional only last year after two seasons of college tennis at the University of Virginia, came through three rounds of qualifying and beat the top seed, Brazil’s Lívia Araújo Menezes, in the second round.
P partial Cheung
F number two
O education University of Virginia
F number three
L country Brazil
P full Lívia Araújo Menezes
> The Hong Kong, China Tennis Association (HKCTA), which runs the tournament, said it would give Cheung a main-draw wildcard next year and a HK$250,000 travel grant. The association said her week had been “the best advert for the sport we have ever had”.
O nonprofit Hong Kong, China Tennis Association
O nonprofit HKCTA
P partial Cheung
F money HK$250,000
Q direct Hong Kong, China Tennis Association :: “the best advert for the sport we have ever had”
> Tournament director Melissa Fung Ka-yan said 21,800 people had attended over the seven days, a record since the event returned to Victoria Park in 2023.
P full Melissa Fung Ka-yan
F number 21,800
F duration seven days
L facility Victoria Park
F date 2023
> In the doubles final earlier on Sunday, Japan’s Aiko Morishita and Taiwan’s Hsu Pei-chen beat the second seeds 6-2, 6-7 (4), 10-7 in a match tie-break.
L country Japan
P full Aiko Morishita
L country Taiwan
P full Hsu Pei-chen
F score 6-2
F score 6-7 (4)
F score 10-7
> Zalewska-Nowak will rise to No 38 in the rankings on Monday, while Cheung is expected to climb about 90 places.
P partial Zalewska-Nowak
P partial Cheung
F number 90
'''

ARTICLES['1440-narmada-semiconductor-dholera-fab-rs-68400-crore-gujarat-economic-times'] = r'''
> Tech
> Narmada Semiconductor To Build Rs 68,400 Crore Chip Fab In Dholera; Gujarat Offers 410 Acres
O company Narmada Semiconductor
F money Rs 68,400 Crore
L city Dholera
L region Gujarat
F quantity 410 Acres
> Synopsis
> The Vadodara-based company will make 28nm chips for cars and power equipment, with 40% of the project cost to come from central and state subsidies. The first wafers are due in the December quarter of FY44.
L city Vadodara
F quantity 28nm
F percent 40%
F date FY44
> By Raghav Deshpande-Iyer, ET Bureau
P full Raghav Deshpande-Iyer
O media ET Bureau
> Last Updated: Feb 22, 2040, 08:05:00 PM IST
F date Feb 22, 2040
F time 08:05:00 PM IST
> (Image: Narmada Semiconductor)
O company Narmada Semiconductor
> Ahmedabad: Narmada Semiconductor Ltd (NSL) on Wednesday said it would invest Rs 68,400 crore ($8.2 billion) to build a chip fabrication plant in the Dholera Special Investment Region, about 100 km south-west of Ahmedabad, in what would be India’s second commercial fab after the Tata Electronics unit in the same zone.
L city Ahmedabad
O company Narmada Semiconductor Ltd
O company NSL
F money Rs 68,400 crore
F money $8.2 billion
L region Dholera Special Investment Region
F quantity 100 km
L city Ahmedabad
L country India
O company Tata Electronics
> The plant will be built on 410 acres allotted by the Gujarat government at a concessional Rs 1,250 per square metre, and will process 40,000 wafers a month when fully ramped up by FY46, the company said in an exchange filing.
F quantity 410 acres
L region Gujarat
F money Rs 1,250
F number 40,000
F date FY46
> “India has built the design talent and the demand. What it has not built is the factory floor,” Anirudh Vaghela, managing director and CEO of NSL, said at a press conference in Gandhinagar. “We are not chasing the 3nm race. We want to be the workhorse for the chips that go into every car, every inverter and every smart meter.”
Q direct Anirudh Vaghela :: “India has built the design talent and the demand. What it has not built is the factory floor,”
L country India
P full Anirudh Vaghela
O company NSL
L city Gandhinagar
Q direct Anirudh Vaghela :: “We are not chasing the 3nm race. We want to be the workhorse for the chips that go into every car, every inverter and every smart meter.”
F quantity 3nm
> Vaghela, 52, said NSL had signed a technology licence with a Japanese foundry, which he declined to name, and would send 600 engineers to Japan for 18 months of training.
P partial Vaghela
F age 52
O company NSL
F number 600
L country Japan
F duration 18 months
> Under the second phase of the India Semiconductor Mission (ISM), the Centre will meet 30% of the project cost and the state another 10%, the company said. Chief financial officer Farzana Kapadia said NSL would fund the rest through Rs 21,000 crore of equity and Rs 20,040 crore of debt.
O government India Semiconductor Mission
O government ISM
O government Centre
F percent 30%
F percent 10%
P full Farzana Kapadia
O company NSL
F money Rs 21,000 crore
F money Rs 20,040 crore
> “We have the lenders lined up. The question is no longer ‘if’ but ‘how fast’,” Kapadia said.
Q direct Farzana Kapadia :: “We have the lenders lined up. The question is no longer ‘if’ but ‘how fast’,”
P partial Kapadia
> A senior official of the Gujarat State Electronics Mission (GSEM), who did not wish to be named, said the state would supply 120 million litres of water a day from the Narmada canal and build a dedicated 400 kV substation. “Water and power were the two questions every chip company asked us. Both are now answered,” the official said.
O government Gujarat State Electronics Mission
O government GSEM
F quantity 120 million litres
L geo Narmada
F quantity 400 kV
Q direct - :: “Water and power were the two questions every chip company asked us. Both are now answered,”
F number two
> The plant is expected to create 3,200 direct jobs and about 12,000 indirect ones in Dholera, a planned city once dismissed as a “ghost city”.
F number 3,200
F number 12,000
L city Dholera
Q scare - :: “ghost city”
> Ritika Sabharwal, an analyst at Kothari Capital Markets in Mumbai, called the plan “ambitious but credible”. “The 28nm node is not glamorous, but it is where the volume is. The risk is execution, and Dholera still runs short of water in May and June,” she said.
P full Ritika Sabharwal
O company Kothari Capital Markets
L city Mumbai
Q direct Ritika Sabharwal :: “ambitious but credible”
Q direct Ritika Sabharwal :: “The 28nm node is not glamorous, but it is where the volume is. The risk is execution, and Dholera still runs short of water in May and June,”
F quantity 28nm
L city Dholera
> India’s semiconductor market was worth an estimated Rs 9.4 lakh crore in 2039, most of it imported, according to industry estimates.
L country India
F money Rs 9.4 lakh crore
F date 2039
> Shares of NSL rose 7.4% to close at Rs 1,836.20 on the NSE, valuing the company at Rs 52,310 crore.
O company NSL
F percent 7.4%
F money Rs 1,836.20
O company NSE
F money Rs 52,310 crore
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
