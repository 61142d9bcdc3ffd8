#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval262 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval262/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1615-silver-line-delays-reston-herndon-track-fasteners-wmata-washington-post'] = r'''
> Transportation
> Silver Line delays stretch to 40 minutes as Metro fixes cracked track near Reston
L facility Silver Line
F duration 40 minutes
O government Metro
L city Reston
> Repairs on a 2.3-mile elevated section will cost $18.6 million, WMATA says. Riders say nobody told them anything.
F quantity 2.3-mile
F money $18.6 million
O government WMATA
> By Colin Maddox
P full Colin Maddox
> February 19, 2042 at 6:15 p.m. EST
F date February 19, 2042
F time 6:15 p.m. EST
> Commuters wait on the platform at the Reston Town Center station on Tuesday. (Renata Vos/The Washington Post)
L facility Reston Town Center
P full Renata Vos
O media The Washington Post
> RESTON, Va. — Riders on the western end of Metro’s Silver Line faced delays of up to 40 minutes for a third straight day Wednesday, after inspectors found cracked rail fasteners on a 2.3-mile elevated section between Reston and Herndon, transit officials said.
L city RESTON
L region Va.
O government Metro
L facility Silver Line
F duration 40 minutes
F quantity 2.3-mile
L city Reston
L city Herndon
> The Washington Metropolitan Area Transit Authority (WMATA) has limited trains between the Reston Town Center and Ashburn stations to one track, with trains every 24 minutes instead of every 12, according to a notice posted on its website at 5:10 a.m. Monday.
O government Washington Metropolitan Area Transit Authority
O government WMATA
L facility Reston Town Center
L facility Ashburn
F number one
F duration 24 minutes
F number 12
F time 5:10 a.m.
> “This is a safety decision, not a convenience decision,” said Metro spokeswoman Alicia Brandt-Moreno. “We would rather run fewer trains than run them over track we have not cleared.”
Q direct Alicia Brandt-Moreno :: “This is a safety decision, not a convenience decision,”
Q direct Alicia Brandt-Moreno :: “We would rather run fewer trains than run them over track we have not cleared.”
O government Metro
P full Alicia Brandt-Moreno
> Brandt-Moreno said crews had replaced 1,400 of roughly 3,800 fasteners by Tuesday night and that full service should return by March 9. “We are working three shifts, 24 hours a day,” she said.
P partial Brandt-Moreno
F number 1,400
F number 3,800
F date March 9
Q direct Alicia Brandt-Moreno :: “We are working three shifts, 24 hours a day,”
F number three
F duration 24 hours
> The extension to Loudoun County, which runs 11.4 miles from Reston to Ashburn through Washington Dulles International Airport, carried about 31,500 riders a day in 2041, according to Metro figures, roughly a quarter of them to and from the airport.
L region Loudoun County
F quantity 11.4 miles
L city Reston
L city Ashburn
L facility Washington Dulles International Airport
F number 31,500
F date 2041
O government Metro
F fraction a quarter
> Fairfax County Board of Supervisors Chair Nadine Okwuosa, whose county helped pay for the line, said she had asked Metro’s general manager for a written timeline by Friday. “Our residents paid for this railroad twice — once at the toll booth and once in their tax bills,” Okwuosa said in a statement. “They deserve better than a post on social media at 5 a.m.”
O government Fairfax County Board of Supervisors
P full Nadine Okwuosa
O government Metro
Q direct Nadine Okwuosa :: “Our residents paid for this railroad twice — once at the toll booth and once in their tax bills,”
P partial Okwuosa
Q direct Nadine Okwuosa :: “They deserve better than a post on social media at 5 a.m.”
F time 5 a.m.
> Kavya Ramaswamy-Hart, 38, who commutes from Reston to an office near Farragut Square in the District, said her trip had grown from 47 minutes to 85. “On Monday I stood on the platform for 26 minutes and nobody said a word. The board just said ‘Delayed,’ and then it said nothing at all.
P full Kavya Ramaswamy-Hart
F age 38
L city Reston
L facility Farragut Square
L city District
F duration 47 minutes
F number 85
Q direct Kavya Ramaswamy-Hart :: “On Monday I stood on the platform for 26 minutes and nobody said a word. The board just said ‘Delayed,’ and then it said nothing at all.
F duration 26 minutes
> “I have a 4-year-old in day care in Herndon that closes at 6 p.m.,” she said. “Half the people on my train were on the phone to a babysitter.”
Q direct Kavya Ramaswamy-Hart :: “I have a 4-year-old in day care in Herndon that closes at 6 p.m.,”
Q direct Kavya Ramaswamy-Hart :: “Half the people on my train were on the phone to a babysitter.”
F age 4-year-old
L city Herndon
F time 6 p.m.
F fraction Half
> Glenn Abercrombie, an Arlington-based transit consultant who advised Loudoun County on the extension, called the failures “embarrassing but fixable” and said they pointed to a bad batch of parts rather than a design flaw. He put the cost to the region’s economy at $250,000 to $300,000 a day in lost time.
P full Glenn Abercrombie
L city Arlington
L region Loudoun County
Q direct Glenn Abercrombie :: “embarrassing but fixable”
F money $250,000
F money $300,000
> A Metro track inspector, who spoke on the condition of anonymity because he was not authorized to talk to reporters, said the section had been on the agency’s list of so-called "slow zones" since October 2041. “We wrote it up three times,” he said.
O government Metro
Q scare - :: "slow zones"
F date October 2041
Q direct - :: “We wrote it up three times,”
F number three
> Metro said shuttle buses would run every 10 minutes between the Herndon and Reston Town Center stations from 5 a.m., and that parking at lots along the Dulles Toll Road would be free through March 9. Fares on the affected section have been cut by 50 percent.
O government Metro
F duration 10 minutes
L facility Herndon
L facility Reston Town Center
F time 5 a.m.
L street Dulles Toll Road
F date March 9
F percent 50 percent
'''

ARTICLES['1616-cardiff-celsa-steelworks-electric-arc-furnace-tremorfa-splott-bbc-wales'] = r'''
> South East Wales
L region South East Wales
> Cardiff steelworks fires up £410m furnace in 'new chapter' for plant
L city Cardiff
F money £410m
Q direct Carys Ellington-Rhys :: 'new chapter'
> Huw Rhys Bevan
P full Huw Rhys Bevan
> Business correspondent, BBC Wales
O media BBC Wales
> Published 12 November 2041
F date 12 November 2041
> Image source, Getty Images
O company Getty Images
> Image caption, The furnace at the Tremorfa plant can melt 160 tonnes of scrap in about 50 minutes
L facility Tremorfa
F quantity 160 tonnes
F duration 50 minutes
> A new electric arc furnace has been switched on at Celsa's steelworks in Cardiff, in what its owner called the biggest investment at the site for 40 years.
O company Celsa
L city Cardiff
F duration 40 years
> The £410m furnace melted its first batch of scrap at 06:15 GMT on Tuesday, replacing a furnace that had run since 1976.
F money £410m
F time 06:15 GMT
F date 1976
> Celsa Steel UK said the furnace would cut the plant's carbon emissions by about 30% and let it make up to 1.4 million tonnes of reinforcing bar and wire rod a year, up from 1.1 million tonnes.
O company Celsa Steel UK
F percent 30%
F quantity 1.4 million tonnes
F quantity 1.1 million tonnes
> Plant director Carys Ellington-Rhys said: "This is a new chapter for steelmaking in Cardiff. Our grandparents made steel here with coal; our grandchildren will make it with electricity."
P full Carys Ellington-Rhys
Q direct Carys Ellington-Rhys :: "This is a new chapter for steelmaking in Cardiff. Our grandparents made steel here with coal; our grandchildren will make it with electricity."
L city Cardiff
> She said the company had spent four years planning the project and that the furnace would be run by a crew of 48 on each shift. "We had 11 days of testing and not a single trip," she added.
F duration four years
F number 48
Q direct Carys Ellington-Rhys :: "We had 11 days of testing and not a single trip,"
F duration 11 days
> About 780 people work at the site, which has made steel since the 1930s. The company said no jobs would be lost and that 35 apprenticeships would be created over the next three years.
F number 780
F date 1930s
F number 35
F duration three years
> Gethin Morcombe, the Unite union's convenor at the plant, said members had been "nervous for a long time" after job losses elsewhere in the industry, including at Port Talbot.
P full Gethin Morcombe
O nonprofit Unite
Q direct Gethin Morcombe :: "nervous for a long time"
L city Port Talbot
> He said: "When the lads saw what happened down the M4, everybody thought, 'We're next.' Nobody is saying that today.
Q direct Gethin Morcombe :: "When the lads saw what happened down the M4, everybody thought, 'We're next.' Nobody is saying that today.
L street M4
> "But a furnace is only as good as the price of electricity. If the bills go up by a third again, this plant is back in trouble."
Q direct Gethin Morcombe :: "But a furnace is only as good as the price of electricity. If the bills go up by a third again, this plant is back in trouble."
F fraction a third
> Economy Secretary Bethan Olwen-Harries, who visited on Tuesday afternoon, said the Welsh government had put £22.5m towards the project, with the UK government adding £60m from a decarbonisation fund.
P full Bethan Olwen-Harries
F money £22.5m
L country UK
F money £60m
> "It shows that Wales can make steel without burning coal, and that you don't have to choose between jobs and the climate," she said.
Q direct Bethan Olwen-Harries :: "It shows that Wales can make steel without burning coal, and that you don't have to choose between jobs and the climate,"
L country Wales
> The furnace sits inside a new 90m-long building that staff have nicknamed "the cathedral".
F quantity 90m
Q scare - :: "the cathedral"
> Not everyone nearby is convinced. Sandra Pellow, 67, who has lived in Splott for 41 years, said the old furnace used to "rattle the windows" and that lorries on Ocean Way still ran through the night.
P full Sandra Pellow
F age 67
L city Splott
F duration 41 years
Q direct Sandra Pellow :: "rattle the windows"
L street Ocean Way
> "They tell us it's quieter and cleaner. I'll believe it when I can leave my washing out," Ms Pellow said.
Q direct Sandra Pellow :: "They tell us it's quieter and cleaner. I'll believe it when I can leave my washing out,"
P partial Pellow
> A senior manager, who did not want to be named, said the first 500 tonnes of billet had passed quality checks. "It's running sweeter than we hoped," he said.
F quantity 500 tonnes
Q direct - :: "It's running sweeter than we hoped,"
> Steel from the works goes mainly to building projects in England and Wales, and the company says 98% of its raw material is scrap collected within 150 miles of Cardiff. The Barcelona-based Celsa group has owned the site for more than 20 years.
L country England
L country Wales
F percent 98%
F quantity 150 miles
L city Cardiff
L city Barcelona
O company Celsa
F duration 20 years
'''

ARTICLES['1617-cyclone-mayil-chennai-cuddalore-heavy-rain-relief-camps-kasimedu-the-hindu'] = r'''
> Chennai
L city Chennai
> Cyclone Mayil: Chennai, Cuddalore record over 200 mm of rain; 14,000 moved to relief camps
L city Chennai
L city Cuddalore
F quantity 200 mm
F number 14,000
> Nungambakkam logs 231 mm in 24 hours; GCC opens 180 camps, fishermen told to stay ashore till Friday
L city Nungambakkam
F quantity 231 mm
F duration 24 hours
O government GCC
F number 180
> V. Thenmozhi Rajan
P full V. Thenmozhi Rajan
> Published - November 18, 2041 10:42 pm IST - CHENNAI
F date November 18, 2041
F time 10:42 pm IST
L city CHENNAI
> Waterlogged streets near the Kasimedu fishing harbour in Chennai on Monday. | Photo Credit: M. KARTHIKEYAN SUNDAR
L facility Kasimedu
L city Chennai
P full M. KARTHIKEYAN SUNDAR
> Cyclone Mayil, which crossed the coast between Puducherry and Cuddalore early on Monday (November 18, 2041), brought very heavy rain to Chennai and the northern coastal districts of Tamil Nadu, flooding low-lying areas and forcing more than 14,000 people into relief camps.
L city Puducherry
L city Cuddalore
F date November 18, 2041
L city Chennai
L region Tamil Nadu
F number 14,000
> Nungambakkam recorded 231 mm of rain in the 24 hours ending 8.30 a.m. on Monday, and Meenambakkam 198 mm, according to the India Meteorological Department (IMD). Cuddalore received 264 mm, the highest in the State.
L city Nungambakkam
F quantity 231 mm
F duration 24 hours
F time 8.30 a.m.
L city Meenambakkam
F quantity 198 mm
O government India Meteorological Department
O government IMD
L city Cuddalore
F quantity 264 mm
> “The system weakened into a deep depression within six hours of landfall, but the moisture it pulled in from the Bay of Bengal will keep the rain going for another 36 hours,” said S. Balakumaran, a scientist at the IMD’s Regional Meteorological Centre in Chennai.
Q direct S. Balakumaran :: “The system weakened into a deep depression within six hours of landfall, but the moisture it pulled in from the Bay of Bengal will keep the rain going for another 36 hours,”
F duration six hours
L geo Bay of Bengal
F duration 36 hours
P full S. Balakumaran
O government IMD
O government Regional Meteorological Centre
L city Chennai
> Mr. Balakumaran said winds had touched 95 km/h at Cuddalore at the time of landfall, around 3 a.m., and warned of a storm surge of up to 1.5 metres along the coast.
P partial Balakumaran
F quantity 95 km/h
L city Cuddalore
F time 3 a.m.
F quantity 1.5 metres
> Greater Chennai Corporation (GCC) Commissioner R. Anbarasi said 180 relief camps had been opened across the city’s 15 zones, and that 1,200 motor pumps were clearing water from 410 streets. “Our workers have been on the roads since Sunday night. In Velachery and Pallikaranai the water is still knee-deep in places, and we have brought in boats from the Fire and Rescue Services Department.
O government Greater Chennai Corporation
O government GCC
P full R. Anbarasi
F number 180
F number 15
F number 1,200
F number 410
Q direct R. Anbarasi :: “Our workers have been on the roads since Sunday night. In Velachery and Pallikaranai the water is still knee-deep in places, and we have brought in boats from the Fire and Rescue Services Department.
L city Velachery
L city Pallikaranai
O government Fire and Rescue Services Department
> “We request people not to venture out unless it is necessary. Schools will remain closed on Tuesday,” Ms. Anbarasi said.
Q direct R. Anbarasi :: “We request people not to venture out unless it is necessary. Schools will remain closed on Tuesday,”
P partial Anbarasi
> In a statement, the Chief Minister’s Office said ₹25 crore had been released for relief work in Chennai, Chengalpattu, Tiruvallur and Cuddalore districts, and that families whose huts were damaged would get ₹10,000 each. It described the response as “swift and coordinated”.
O government Chief Minister’s Office
F money ₹25 crore
L region Chennai
L region Chengalpattu
L region Tiruvallur
L region Cuddalore
F money ₹10,000
Q direct Chief Minister’s Office :: “swift and coordinated”
> At Kasimedu, where about 600 mechanised boats have been tied up since Thursday, fisherman P. Velmurugan, 52, said the warning came in time but the losses would be heavy. “My brother called me from the harbour at midnight and said, ‘Anna, the waves are coming over the wall.’ We lost two nets worth ₹40,000,” he said.
L city Kasimedu
F number 600
P full P. Velmurugan
F age 52
Q direct P. Velmurugan :: “My brother called me from the harbour at midnight and said, ‘Anna, the waves are coming over the wall.’ We lost two nets worth ₹40,000,”
F number two
F money ₹40,000
> Fishermen have been told not to go to sea until Friday. “Ten days without fishing means ten days without income,” Mr. Velmurugan said.
Q direct P. Velmurugan :: “Ten days without fishing means ten days without income,”
F duration Ten days
F duration ten days
P partial Velmurugan
> An official of the Water Resources Department, who did not wish to be named, said the Chembarambakkam reservoir was at 87% of its capacity of 3.6 tmcft and that 2,000 cusecs of surplus water would be released from 4 p.m. on Tuesday. “There is no cause for panic,” the official said.
O government Water Resources Department
L facility Chembarambakkam
F percent 87%
F quantity 3.6 tmcft
F quantity 2,000 cusecs
F time 4 p.m.
Q direct - :: “There is no cause for panic,”
> Residents along the Adyar have been asked to move to higher ground, and the civic body has set up what it calls “floating kitchens” at Mudichur and Tambaram to serve two meals a day to 3,500 people.
L geo Adyar
Q scare - :: “floating kitchens”
L city Mudichur
L city Tambaram
F number two
F number 3,500
'''

ARTICLES['1618-tottenham-aston-villa-2-2-quiroga-lund-late-header-10-man-spurs-sky-sports'] = r'''
> Premier League
O other Premier League
> Tottenham 2-2 Aston Villa: Quiroga-Lund's late header earns 10-man Spurs a point
O team Tottenham
F score 2-2
O team Aston Villa
P partial Quiroga-Lund
F number 10
O team Spurs
> Report and free match highlights as Mateo Quiroga-Lund heads in an 88th-minute equaliser after Villa led 2-0 through Jordan Mbeki-Hale's double and Spurs lost Ruben Castellanos to a second yellow
P full Mateo Quiroga-Lund
O team Villa
F score 2-0
P full Jordan Mbeki-Hale
O team Spurs
P full Ruben Castellanos
> Oliver Penhaligon, Football Reporter at Tottenham Hotspur Stadium @OliPenhaligonSky
P full Oliver Penhaligon
L facility Tottenham Hotspur Stadium
> Saturday 2 November 2041 19:48, UK
F date 2 November 2041
F time 19:48
L country UK
> Image: Mateo Quiroga-Lund celebrates his equaliser in front of the South Stand
P full Mateo Quiroga-Lund
L facility South Stand
> Mateo Quiroga-Lund's header two minutes from time earned 10-man Tottenham a 2-2 draw with Aston Villa, who had looked set to go fourth after leading 2-0 at the break.
P full Mateo Quiroga-Lund
F duration two minutes
F number 10
O team Tottenham
F score 2-2
O team Aston Villa
F score 2-0
> Jordan Mbeki-Hale put the visitors ahead on 14 minutes, curling in from 20 yards after Spurs goalkeeper Fraser Dunmore could only parry a shot from Ruairí Costigan, and the Villa striker doubled the lead from the penalty spot in the 39th minute after Castellanos tripped him.
P full Jordan Mbeki-Hale
F duration 14 minutes
F quantity 20 yards
O team Spurs
P full Fraser Dunmore
P full Ruairí Costigan
O team Villa
P partial Castellanos
> Referee Anthony Kerslake showed Castellanos a second yellow card three minutes after half-time, but Tottenham improved with 10 men. Substitute Kofi Adjei-Brennan made it 2-1 on 71 minutes and Quiroga-Lund rose above Tyrone Whitlock to meet a corner in the 88th minute.
P full Anthony Kerslake
P partial Castellanos
F duration three minutes
O team Tottenham
F number 10
P full Kofi Adjei-Brennan
F score 2-1
F duration 71 minutes
P partial Quiroga-Lund
P full Tyrone Whitlock
> Spurs finished with 58 per cent of the ball and an expected-goals (xG) figure of 1.9 to Villa's 1.4, and had 16 shots to the visitors' 11. Costigan and Whitlock were also booked in front of a crowd of 61,208.
O team Spurs
F percent 58 per cent
F number 1.9
O team Villa
F number 1.4
F number 16
F number 11
P partial Costigan
P partial Whitlock
F number 61,208
> Dunmore, 34, atoned with three saves in the second half, including a fingertip stop from Mbeki-Hale's volley with 15 minutes left. Tottenham have now taken 11 points from losing positions this season, more than any other Premier League side, and have not lost at home since August 2041.
P partial Dunmore
F age 34
F number three
P partial Mbeki-Hale
F duration 15 minutes
O team Tottenham
F number 11
O other Premier League
F date August 2041
> The result leaves Villa fifth on 21 points from 11 games, one behind Arsenal, while Tottenham are 10th with 15 points.
O team Villa
F number 21
F number 11
F number one
O team Arsenal
O team Tottenham
F number 15
> What the managers said
> Tottenham head coach Matías Ferreyra told Sky Sports: "At half-time I said to them, 'Nobody leaves this pitch with their head down.' With 10 men, against a team like that, they gave me everything.
O team Tottenham
P full Matías Ferreyra
O media Sky Sports
Q direct Matías Ferreyra :: "At half-time I said to them, 'Nobody leaves this pitch with their head down.' With 10 men, against a team like that, they gave me everything.
F number 10
> "The red card was soft, for me. Ruben knows he has to be cleverer, but he is 21 and he will learn," the Argentine said.
Q direct Matías Ferreyra :: "The red card was soft, for me. Ruben knows he has to be cleverer, but he is 21 and he will learn,"
P partial Ruben
F age 21
> Villa head coach Henrik Solvang said his side had "switched off" for the equaliser. "We controlled the game for 80 minutes and we leave with one point instead of three. That hurts," he said.
O team Villa
P full Henrik Solvang
Q direct Henrik Solvang :: "switched off"
Q direct Henrik Solvang :: "We controlled the game for 80 minutes and we leave with one point instead of three. That hurts,"
F duration 80 minutes
F number one
F number three
> Mbeki-Hale, nicknamed "the Ghost" by the Holte End, now has nine league goals this season, two more than anyone else in the division.
P partial Mbeki-Hale
Q scare - :: "the Ghost"
L facility Holte End
F number nine
F number two
> A Tottenham official, speaking on condition of anonymity, said the club would "look at the footage" before deciding whether to appeal against Castellanos' red card, which rules him out of the trip to Brighton.
O team Tottenham
Q direct - :: "look at the footage"
P partial Castellanos
O team Brighton
> Man of the match: Kofi Adjei-Brennan.
P full Kofi Adjei-Brennan
> What's next?
> Tottenham travel to Brighton on November 10 at 2pm; Villa host Newcastle at Villa Park on November 9 at 3pm.
O team Tottenham
O team Brighton
F date November 10
F time 2pm
O team Villa
O team Newcastle
L facility Villa Park
F date November 9
F time 3pm
'''

ARTICLES['1619-harrowgate-capital-lumenvale-cloud-software-take-private-delaware-wall-street-journal'] = r'''
> Business | Technology
> Harrowgate Capital to Buy Cloud-Software Maker Lumenvale for $11.2 Billion
O company Harrowgate Capital
O company Lumenvale
F money $11.2 Billion
> The take-private deal values the Austin company at $64.50 a share, a 31% premium, as buyout firms chase software makers with steady subscription revenue
L city Austin
F money $64.50
F percent 31%
> By Dana K. Whitford
P full Dana K. Whitford
> Updated Feb. 11, 2043 7:04 pm ET
F date Feb. 11, 2043
F time 7:04 pm ET
> Lumenvale’s offices in Austin, Texas. Photo: Marcus Ybarra-Stone for The Wall Street Journal
O company Lumenvale
L city Austin
L region Texas
P full Marcus Ybarra-Stone
O media The Wall Street Journal
> Private-equity firm Harrowgate Capital Partners agreed to buy Lumenvale Systems Inc. for about $11.2 billion including debt, one of the largest software buyouts of the year, the companies said Wednesday.
O company Harrowgate Capital Partners
O company Lumenvale Systems Inc.
F money $11.2 billion
> Harrowgate will pay $64.50 a share in cash, a 31% premium to Lumenvale’s closing price of $49.24 on Feb. 9, the last trading day before The Wall Street Journal reported that the two sides were in talks. Lumenvale shares rose 27.6% to $62.83 in New York trading Wednesday.
O company Harrowgate
F money $64.50
F percent 31%
O company Lumenvale
F money $49.24
F date Feb. 9
O media The Wall Street Journal
F number two
O company Lumenvale
F percent 27.6%
F money $62.83
L city New York
> Lumenvale, founded in 2029 by Chief Executive Priya Venkataraman-Cole and two colleagues from the University of Texas, sells software that lets hospitals and insurers run billing and records systems in the cloud. It had revenue of $1.9 billion in 2042, up 18%, and about 6,400 employees in 14 countries.
O company Lumenvale
F date 2029
P full Priya Venkataraman-Cole
F number two
O education University of Texas
F money $1.9 billion
F date 2042
F percent 18%
F number 6,400
F number 14
> “We have spent 14 years building something that hospitals trust with their most sensitive data,” Ms. Venkataraman-Cole, 47, said in an interview. “Harrowgate gives us the patience to keep doing that without reporting to the market every 90 days.”
Q direct Priya Venkataraman-Cole :: “We have spent 14 years building something that hospitals trust with their most sensitive data,”
F duration 14 years
P partial Venkataraman-Cole
F age 47
Q direct Priya Venkataraman-Cole :: “Harrowgate gives us the patience to keep doing that without reporting to the market every 90 days.”
O company Harrowgate
F duration 90 days
> She said she would remain chief executive and keep a stake of about 4% after the deal, which is expected to close in the third quarter of 2043. Harrowgate has lined up $5.5 billion of debt financing from a group of banks and will fund the rest from its $24 billion ninth fund.
F percent 4%
F date 2043
O company Harrowgate
F money $5.5 billion
F money $24 billion
> Wendell Okoro-Brandt, an analyst at Castlemere Securities, said the price was “full but not crazy,” at about 5.8 times Lumenvale’s expected revenue for the next 12 months. He said at least one other buyout firm had looked at the company in 2042.
P full Wendell Okoro-Brandt
O company Castlemere Securities
Q direct Wendell Okoro-Brandt :: “full but not crazy,”
F number 5.8
O company Lumenvale
F duration 12 months
F number one
F date 2042
> The deal arrives as Lumenvale fights a shareholder lawsuit in the Delaware Court of Chancery over a 2041 pay package for Ms. Venkataraman-Cole valued at up to $410 million. Last month, Vice Chancellor Harriet Lindqvist-Amado declined to dismiss the case, writing that the board’s process had been “less an arm’s-length negotiation than a conversation among friends.”
O company Lumenvale
O government Delaware Court of Chancery
F date 2041
P partial Venkataraman-Cole
F money $410 million
P full Harriet Lindqvist-Amado
Q direct Harriet Lindqvist-Amado :: “less an arm’s-length negotiation than a conversation among friends.”
> A person familiar with the matter said the suit was likely to be folded into litigation over the deal. “Nobody on either side wanted the case to kill the deal,” the person said. Vice Chancellor Lindqvist-Amado has set a hearing for May 4.
Q direct - :: “Nobody on either side wanted the case to kill the deal,”
P partial Lindqvist-Amado
F date May 4
> Buyout firms have spent more than $90 billion this year on what bankers call “sticky” software, whose customers rarely switch providers, according to data provider Dealogic.
F money $90 billion
Q scare - :: “sticky”
O company Dealogic
> Harrowgate, based in Greenwich, Conn., manages about $68 billion. Managing partner Tobias Renfrew-Hale said the firm planned to invest in artificial-intelligence tools at Lumenvale over the next five years and had no plans to cut jobs.
O company Harrowgate
L city Greenwich
L region Conn.
F money $68 billion
P full Tobias Renfrew-Hale
O company Lumenvale
F duration five years
> Write to Dana K. Whitford at dana.whitford@wsj.com
P full Dana K. Whitford
'''

ARTICLES['1620-shamattawa-winter-road-opens-late-freeze-gillam-thompson-cbc-manitoba'] = r'''
> Manitoba
L region Manitoba
> Shamattawa winter road finally opens after late freeze-up, six weeks behind schedule
L facility Shamattawa
F duration six weeks
> Province allowing loads of up to 30 tonnes as temperatures drop to -35 C, but chief says season may be too short to bring in a year's supplies
F quantity 30 tonnes
F quantity -35 C
> Noelle Kapashesit-Muswagon · CBC News · Posted: Feb 05, 2043 5:00 AM CST | Last Updated: February 5, 2043
P full Noelle Kapashesit-Muswagon
O media CBC News
F date Feb 05, 2043
F time 5:00 AM CST
F date February 5, 2043
> A fuel truck crosses a frozen stretch of the winter road south of Shamattawa on Thursday. (Darren Flett-Spence/CBC)
L city Shamattawa
P full Darren Flett-Spence
O media CBC
> The winter road into Shamattawa First Nation opened to traffic on Thursday, about six weeks later than usual, after one of the warmest Decembers on record in northern Manitoba kept lakes and muskeg from freezing.
O government Shamattawa First Nation
F duration six weeks
L region Manitoba
> Manitoba Transportation and Infrastructure said the 284-kilometre road, which links the community of about 1,300 people to the all-weather highway near Gillam, can now carry loads of up to 30 tonnes. Loads of up to 45 tonnes will be allowed once the ice on God's River is at least 90 centimetres thick.
O government Manitoba Transportation and Infrastructure
F quantity 284-kilometre
F number 1,300
L city Gillam
F quantity 30 tonnes
F quantity 45 tonnes
L geo God's River
F quantity 90 centimetres
> Chief Marlene Redhead-Beardy said the community had been waiting since Christmas for trucks carrying fuel, building materials and groceries. "Every day that road was closed, our store prices went up. A jug of milk was $17 last week. People were choosing between milk and gas.
P full Marlene Redhead-Beardy
Q direct Marlene Redhead-Beardy :: "Every day that road was closed, our store prices went up. A jug of milk was $17 last week. People were choosing between milk and gas.
F money $17
> "Now we have maybe seven weeks to bring in a whole year's worth of supplies. That's not enough time, and everybody in Winnipeg knows it," she said.
Q direct Marlene Redhead-Beardy :: "Now we have maybe seven weeks to bring in a whole year's worth of supplies. That's not enough time, and everybody in Winnipeg knows it,"
F duration seven weeks
L city Winnipeg
> Trucker Clayton Sinclair-Mowat, 56, of Thompson, hauled one of the first loads in on Thursday, a tanker carrying 38,000 litres of diesel. He said the trip took 19 hours, about twice as long as in a normal year.
P full Clayton Sinclair-Mowat
F age 56
L city Thompson
F quantity 38,000 litres
F duration 19 hours
> "There were spots where I could hear the ice talking under me. You go slow, you keep your door unlatched and you pray a little," Sinclair-Mowat said.
Q direct Clayton Sinclair-Mowat :: "There were spots where I could hear the ice talking under me. You go slow, you keep your door unlatched and you pray a little,"
P partial Sinclair-Mowat
> A department spokesperson, Aaron Desjarlais, said crews began flooding the ice crossings on Jan. 9, weeks later than the usual mid-December start, and had to build up 14 crossings in stages. "We don't open a road until it's safe, full stop," Desjarlais said in an email.
P full Aaron Desjarlais
F date Jan. 9
F number 14
Q direct Aaron Desjarlais :: "We don't open a road until it's safe, full stop,"
P partial Desjarlais
> Environment and Climate Change Canada meteorologist Tamsin Oakes-Bighetty said Thompson's average temperature in December was -13.4 C, about 9 degrees warmer than normal, and that the first stretch of cold below -30 C did not arrive until the third week of January.
O government Environment and Climate Change Canada
P full Tamsin Oakes-Bighetty
L city Thompson
F quantity -13.4 C
F quantity 9 degrees
F quantity -30 C
> "We're seeing these late freeze-ups more often. Winters like this one used to happen maybe once a decade," she said.
Q direct Tamsin Oakes-Bighetty :: "We're seeing these late freeze-ups more often. Winters like this one used to happen maybe once a decade,"
> A manager at the community's grocery store, who asked not to be named because she was not authorized to speak for the company, said the first food truck was expected on Monday. "The shelves are mostly empty, and people are lining up at 7 a.m. for bread," she said.
Q direct - :: "The shelves are mostly empty, and people are lining up at 7 a.m. for bread,"
F time 7 a.m.
> Last year, about 2,400 loads went up Manitoba's winter roads to 22 communities, according to the province. The network, roughly 2,200 kilometres long and known to truckers as the "ice highway," is paid for jointly by Manitoba and Ottawa, which each put $14.5 million toward it in 2042.
F number 2,400
L region Manitoba
F number 22
F quantity 2,200 kilometres
Q scare - :: "ice highway,"
L region Manitoba
L city Ottawa
F money $14.5 million
F date 2042
> The province says it hopes to keep the Shamattawa road open until at least March 20, about half as long as a normal season.
L facility Shamattawa
F date March 20
F fraction half
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
