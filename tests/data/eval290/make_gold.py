#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval290 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval290/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1783-bakerloo-line-extension-funding-gap-lewisham-tfl-evening-standard'] = r'''
> Transport
> Bakerloo line extension faces £2.4bn black hole as Treasury stalls on funding
L facility Bakerloo
F money £2.4bn
O government Treasury
> TfL warns a 14-month delay would add £310m to the cost of taking the Tube to Lewisham
O government TfL
F duration 14-month
F money £310m
L city Lewisham
> By Hannah Oduya
P full Hannah Oduya
> Tuesday 12 March 2041 06:30 GMT
F date 12 March 2041
F time 06:30 GMT
> Work has yet to start at Elephant & Castle, where the extension would branch off beneath Old Kent Road (Joe Penrith)
L city Elephant & Castle
L street Old Kent Road
P full Joe Penrith
> A £2.4 billion funding gap threatens to push back the Bakerloo line extension to Lewisham by at least three years, Transport for London (TfL) has warned, after the Treasury declined to commit money in Wednesday’s budget.
F money £2.4 billion
L facility Bakerloo
L city Lewisham
F duration three years
O government Transport for London
O government TfL
O government Treasury
> The 4.5-mile line, which would run from Elephant & Castle under Old Kent Road to New Cross Gate and Lewisham, is now priced at £8.1bn. City Hall and TfL have pledged £5.7bn between them, largely from a business rates levy and developer contributions along the route.
F quantity 4.5-mile
L city Elephant & Castle
L street Old Kent Road
L city New Cross Gate
L city Lewisham
F money £8.1bn
O government City Hall
O government TfL
F money £5.7bn
> TfL’s commissioner, Marcus Adeyemi-Frost, said the gap had to be closed by the autumn if tunnelling machines were to be ordered in time. “Every month we wait adds roughly £22 million to the bill,” he said. “We have the designs, we have the powers and we have two-thirds of the money.
O government TfL
P full Marcus Adeyemi-Frost
Q direct Marcus Adeyemi-Frost :: “Every month we wait adds roughly £22 million to the bill,”
F money £22 million
Q direct Marcus Adeyemi-Frost :: “We have the designs, we have the powers and we have two-thirds of the money.
F fraction two-thirds
> “What we do not have is a government willing to sign the last cheque. If the trains run in 2047 rather than 2044, a whole generation of south-east Londoners will have waited for nothing.”
Q direct Marcus Adeyemi-Frost :: “What we do not have is a government willing to sign the last cheque. If the trains run in 2047 rather than 2044, a whole generation of south-east Londoners will have waited for nothing.”
F date 2047
F date 2044
> Mr Adeyemi-Frost, 52, told the London Assembly’s transport committee on Monday that TfL would “not pour concrete we cannot pay for”, a line he repeated three times during the two-hour session.
P partial Adeyemi-Frost
F age 52
O government London Assembly
O government TfL
Q direct Marcus Adeyemi-Frost :: “not pour concrete we cannot pay for”
F number three
F duration two-hour
> In Lewisham, where the line would end beneath the shopping centre, residents have heard promises since the 2010s. “They’ve had that map up on ‘consultation boards’ since my kids were at primary school,” said Dolores Nkemelu, 58, who has lived off Lewisham High Street for 31 years. “My youngest is 27 now.”
L city Lewisham
F date 2010s
Q direct Dolores Nkemelu :: “They’ve had that map up on ‘consultation boards’ since my kids were at primary school,”
P full Dolores Nkemelu
F age 58
L street Lewisham High Street
F duration 31 years
Q direct Dolores Nkemelu :: “My youngest is 27 now.”
F age 27
> She said the trip into central London by bus and Overground takes her 50 minutes at rush hour. “The Tube would do it in half that,” she added.
L city London
F duration 50 minutes
Q direct Dolores Nkemelu :: “The Tube would do it in half that,”
F fraction half
> Tom Haverstock, the Labour London Assembly member for Greenwich and Lewisham, accused ministers of treating the scheme as “a nice-to-have for south London”. He said 20,000 homes planned along Old Kent Road depended on the line, and that developers had already paid £190m towards it.
P full Tom Haverstock
O government London Assembly
L region Greenwich and Lewisham
Q direct Tom Haverstock :: “a nice-to-have for south London”
L city London
F number 20,000
L street Old Kent Road
F money £190m
> A Department for Transport (DfT) spokesperson said the department “remains supportive in principle” and would “set out next steps in due course”. A senior government source was blunter: “There is no spare £2bn down the back of the sofa.”
O government Department for Transport
O government DfT
Q direct - :: “remains supportive in principle”
Q direct - :: “set out next steps in due course”
Q direct - :: “There is no spare £2bn down the back of the sofa.”
F money £2bn
> Dr Ines Whitlow-Baptiste, a transport researcher at University College London (UCL), said delay was the costliest option of all. Her modelling suggests the extension would shorten journeys for 130,000 people a day and take 5 per cent of cars off the A2. “Tunnelling costs are rising at 6% a year,” she said. “Stop-start is what kills projects.”
P full Ines Whitlow-Baptiste
O education University College London
O education UCL
F number 130,000
F percent 5 per cent
L street A2
Q direct Ines Whitlow-Baptiste :: “Tunnelling costs are rising at 6% a year,”
F percent 6%
Q direct Ines Whitlow-Baptiste :: “Stop-start is what kills projects.”
> UCL’s study puts the price of a three-year pause at £640m, about a quarter of the gap itself. TfL said it would “keep the line alive” and take revised costs to its board on 3 April.
O education UCL
F duration three-year
F money £640m
F fraction a quarter
O government TfL
Q direct Transport for London :: “keep the line alive”
F date 3 April
> The Bakerloo line, which opened in 1906, has not been extended since the 1910s. Its 36 trains, built in the 1970s, are the oldest in passenger service in Britain.
L facility Bakerloo
F date 1906
F date 1910s
F number 36
F date 1970s
L country Britain
'''

ARTICLES['1784-sao-mai-electric-scooter-ipo-ho-chi-minh-city-debut-bloomberg'] = r'''
> Markets
> Vietnam Scooter Maker Sao Mai Jumps 20% in Ho Chi Minh City Debut
L country Vietnam
O company Sao Mai
F percent 20%
L city Ho Chi Minh City
> Listing raised 4.6 trillion dong, the most on the exchange since 2038
F money 4.6 trillion dong
F date 2038
> Founder plans second battery plant and expansion into Thailand
L country Thailand
> By Nguyen Dieu Linh and Aaron Castellvi
P full Nguyen Dieu Linh
P full Aaron Castellvi
> April 9, 2041 at 11:42 AM GMT+7
F date April 9, 2041
F time 11:42 AM GMT+7
> Sao Mai Mobility scooters on display at a showroom in Ho Chi Minh City. Photographer: Pham Quoc Bao/Bloomberg
O company Sao Mai Mobility
L city Ho Chi Minh City
P full Pham Quoc Bao
O media Bloomberg
> (Bloomberg) -- Shares of Sao Mai Mobility JSC, Vietnam’s biggest electric-scooter maker, jumped 20%, the maximum allowed on a first trading day, after an initial public offering that drew orders for more than six times the stock on sale.
O media Bloomberg
O company Sao Mai Mobility JSC
L country Vietnam
F percent 20%
F number six
> The shares rose to 58,200 dong by the midday break in Ho Chi Minh City from an offer price of 48,500 dong, valuing the company at about 26.8 trillion dong ($1.05 billion). Sao Mai sold 95 million new shares, raising 4.6 trillion dong, the most for a listing on the Ho Chi Minh Stock Exchange since 2038.
F money 58,200 dong
L city Ho Chi Minh City
F money 48,500 dong
F money 26.8 trillion dong
F money $1.05 billion
O company Sao Mai
F number 95 million
F money 4.6 trillion dong
O company Ho Chi Minh Stock Exchange
F date 2038
> “We built Sao Mai for the 40 million people who ride a motorbike to work every day,” founder and Chief Executive Officer Tran Minh Khoa said after the opening bell. “Today some of them became our shareholders.”
Q direct Tran Minh Khoa :: “We built Sao Mai for the 40 million people who ride a motorbike to work every day,”
O company Sao Mai
F number 40 million
P full Tran Minh Khoa
Q direct Tran Minh Khoa :: “Today some of them became our shareholders.”
> Khoa, 44, started the company in a rented workshop in Thu Duc in 2031 with 12 engineers. It sold 412,000 scooters last year, up 27%, and holds about a third of Vietnam’s electric two-wheeler market.
P partial Khoa
F age 44
L city Thu Duc
F date 2031
F number 12
F number 412,000
F percent 27%
F fraction a third
L country Vietnam
> The proceeds will pay for a second battery plant in Binh Duong, where the firm already assembles cells, and a push into Thailand and Indonesia. Khoa said Sao Mai aims to sell 1 million scooters a year by 2044 and to open 300 dealerships across Southeast Asia within five years.
L region Binh Duong
L country Thailand
L country Indonesia
P partial Khoa
O company Sao Mai
F number 1 million
F date 2044
F number 300
L region Southeast Asia
F duration five years
> “Investors are paying for growth and for policy,” said Vivian Ong, an analyst at Marina Crest Bank in Singapore. “Hanoi’s ban on petrol motorbikes in the old quarter is the ‘tailwind nobody priced in’ a year ago, and Sao Mai is the cleanest way to play it.”
Q direct Vivian Ong :: “Investors are paying for growth and for policy,”
P full Vivian Ong
O company Marina Crest Bank
L city Singapore
Q direct Vivian Ong :: “Hanoi’s ban on petrol motorbikes in the old quarter is the ‘tailwind nobody priced in’ a year ago, and Sao Mai is the cleanest way to play it.”
L city Hanoi
O company Sao Mai
> Ong has a “buy” rating on the stock and a price target of 72,000 dong, about 24% above where it traded at noon. She warned that margins could narrow once Chinese rivals cut prices.
P partial Ong
Q scare - :: “buy”
F money 72,000 dong
F percent 24%
> Le Thi Thu Ha, who manages the equivalent of $240 million at Hoan Kiem Capital in Hanoi, said she had put in for “a token allocation” only.
P full Le Thi Thu Ha
F money $240 million
O company Hoan Kiem Capital
L city Hanoi
Q direct Le Thi Thu Ha :: “a token allocation”
> “The valuation assumes everything goes right for 10 years,” Ha said. “Battery prices, subsidies, the export plan. We have seen this film before with the 2021 listings.”
Q direct Le Thi Thu Ha :: “The valuation assumes everything goes right for 10 years,”
F duration 10 years
P partial Ha
Q direct Le Thi Thu Ha :: “Battery prices, subsidies, the export plan. We have seen this film before with the 2021 listings.”
F date 2021
> Foreign funds took 42% of the offering and retail buyers 15%, according to a person familiar with the deal who asked not to be identified because the details are private. The order book “closed in under three hours” on April 2, the person said.
F percent 42%
F percent 15%
Q direct - :: “closed in under three hours”
F duration three hours
F date April 2
> Vietnam’s State Securities Commission (SSC) approved the listing in February. The SSC said the offering showed the market was “ready for larger deals,” and that two more companies had applied to list in the second half of 2041.
L country Vietnam
O government State Securities Commission
O government SSC
O government SSC
Q direct State Securities Commission :: “ready for larger deals,”
F number two
F date 2041
> Sao Mai’s debut ends a 14-month lull in big listings in the city. Shares of Thang Long Batteries, a supplier that listed in Hanoi in March, have lost half their value since.
O company Sao Mai
F duration 14-month
O company Thang Long Batteries
L city Hanoi
F fraction half
> --With assistance from Jeremy Tan
P full Jeremy Tan
'''

ARTICLES['1785-open-championship-royal-liverpool-hoylake-final-round-moriarty-kessler-bbc-sport'] = r'''
> Golf
> Moriarty holds his nerve to win the Open at Royal Liverpool
P partial Moriarty
L facility Royal Liverpool
> Irishman birdies three of the last four holes to beat American Brady Kessler by one shot
F number three
F number four
P full Brady Kessler
F number one
> Iain Crockett
P full Iain Crockett
> BBC Sport golf reporter at Royal Liverpool
O media BBC Sport
L facility Royal Liverpool
> Published 20 July 2042
F date 20 July 2042
> Image source, Getty Images
O company Getty Images
> Image caption, Declan Moriarty is the first golfer from County Mayo to lift the Claret Jug
P full Declan Moriarty
L region County Mayo
> Declan Moriarty birdied three of the last four holes and closed with a seven-under-par 64 to win the Open by one shot from Brady Kessler at Royal Liverpool on Sunday.
P full Declan Moriarty
F number three
F number four
F score seven-under-par
F score 64
F number one
P full Brady Kessler
L facility Royal Liverpool
> The 31-year-old from Westport, who began the day three shots behind the American, finished on 15 under with a total of 269 and takes home $4.6m (£3.5m) from a record $25m prize fund.
F age 31-year-old
L city Westport
F number three
F score 15 under
F score 269
F money $4.6m
F money £3.5m
F money $25m
> Kessler, 26, playing in only his sixth major, had a chance to force a play-off, but his eight-foot birdie putt on the last slid past the left edge. He signed for a 68.
P partial Kessler
F age 26
F quantity eight-foot
F score 68
> "I've dreamed about this since I was nine, hitting balls into the Atlantic off the beach at Bertra," said Moriarty, whose only previous DP World Tour win came at the Irish Open in 2039. "My dad used to say, 'One day you'll do it on a links that matters.' Well, Hoylake matters.
Q direct Declan Moriarty :: "I've dreamed about this since I was nine, hitting balls into the Atlantic off the beach at Bertra,"
F age nine
L geo Atlantic
L geo Bertra
P partial Moriarty
O other DP World Tour
F date 2039
Q direct Declan Moriarty :: "My dad used to say, 'One day you'll do it on a links that matters.' Well, Hoylake matters.
L facility Hoylake
> "He's not here to see it, but my mother and my two sisters are, and I'll be bringing this thing home to Mayo on Tuesday."
Q direct Declan Moriarty :: "He's not here to see it, but my mother and my two sisters are, and I'll be bringing this thing home to Mayo on Tuesday."
F number two
L region Mayo
> Moriarty's round turned on the par-five 16th, where a fairway wood from 262 yards finished 10 feet from the hole. He rolled in the putt for an eagle three, then birdied the 17th from 15 feet and parred the last.
P partial Moriarty
F score par-five
F quantity 262 yards
F quantity 10 feet
F score eagle three
F quantity 15 feet
> Kessler, known on the PGA Tour as "the Metronome" for his unhurried swing, led by two after 11 holes but dropped shots at the 12th and 14th. "I hit the shots I wanted to hit coming home, mostly," he said. "Declan just hit better ones. Fair play to him."
P partial Kessler
O other PGA Tour
Q scare - :: "the Metronome"
F number two
F number 11
Q direct Brady Kessler :: "I hit the shots I wanted to hit coming home, mostly,"
Q direct Brady Kessler :: "Declan just hit better ones. Fair play to him."
P partial Declan
> South Africa's Thabo Mkhize-Rowe, 35, shot 66 to finish third on 13 under, two clear of England's Harry Latchford (67) and Sweden's Nils Åkerlund (70).
L country South Africa
P full Thabo Mkhize-Rowe
F age 35
F score 66
F score 13 under
F number two
L country England
P full Harry Latchford
F score 67
L country Sweden
P full Nils Åkerlund
F score 70
> Åkerlund, who started the round tied with Kessler on 11 under, sent his tee shot out of bounds at the third and made a triple-bogey seven.
P partial Åkerlund
P partial Kessler
F score 11 under
F score triple-bogey seven
> The R&A said 261,000 spectators attended over the four days, the second-highest figure for an Open in England. A spokesperson said the championship would return to the Wirral "within the next decade".
O other The R&A
F number 261,000
F duration four days
L country England
L geo Wirral
Q direct - :: "within the next decade"
> Moriarty's caddie, his cousin Seán Gallagher, was in tears on the final green. "We used to play for 50 cents a hole at Westport Golf Club when we were kids," Gallagher said. "Now look at him."
P partial Moriarty
P full Seán Gallagher
Q direct Seán Gallagher :: "We used to play for 50 cents a hole at Westport Golf Club when we were kids,"
F money 50 cents
L facility Westport Golf Club
P partial Gallagher
Q direct Seán Gallagher :: "Now look at him."
> Kessler, from Scottsdale, Arizona, earns $2.6m as runner-up and climbs to fifth in the world rankings. "Second at the Open at 26 - I'll take that and come back," he said.
P partial Kessler
L city Scottsdale
L region Arizona
F money $2.6m
Q direct Brady Kessler :: "Second at the Open at 26 - I'll take that and come back,"
F age 26
'''

ARTICLES['1786-etihad-rail-passenger-service-abu-dhabi-dubai-launch-al-reem-the-national'] = r'''
> UAE
L country UAE
> Etihad Rail passenger trains link Abu Dhabi and Dubai in 57 minutes
O company Etihad Rail
L city Abu Dhabi
L city Dubai
F duration 57 minutes
> First service leaves Mussafah at 5.40am, with one-way fares starting at Dh45
L city Mussafah
F time 5.40am
F money Dh45
> Hamad Al Zaabi
P full Hamad Al Zaabi
> January 14, 2042
F date January 14, 2042
> The first passenger train pulls out of the Mussafah terminal on Tuesday morning. Photo: Anjali Kurup / The National
L facility Mussafah
P full Anjali Kurup
O media The National
> Etihad Rail began regular passenger services between Abu Dhabi and Dubai on Tuesday, cutting the trip between the two cities to 57 minutes, about half the time it takes by car on Sheikh Zayed Road at rush hour.
O company Etihad Rail
L city Abu Dhabi
L city Dubai
F number two
F duration 57 minutes
F fraction half
L street Sheikh Zayed Road
> The first train, carrying 312 passengers, left Mussafah at 5.40am and reached Al Jaddaf station in Dubai at 6.37am, three minutes ahead of schedule.
F number 312
L city Mussafah
F time 5.40am
L facility Al Jaddaf
L city Dubai
F time 6.37am
F duration three minutes
> Trains will run every 40 minutes until midnight, with 22 departures a day in each direction. One-way fares start at Dh45 in standard class and Dh110 in business class, and each train has 400 seats.
F duration 40 minutes
F number 22
F money Dh45
F money Dh110
F number 400
> Eng. Omran Al Dhaheri, chief executive of Etihad Rail, said the service would carry 3.6 million passengers in its first full year. “This is the line the country has been waiting for since the network was first drawn,” he said. “A family in Al Dhafra will one day ride to Fujairah without touching a steering wheel.
P full Omran Al Dhaheri
O company Etihad Rail
F number 3.6 million
Q direct Omran Al Dhaheri :: “This is the line the country has been waiting for since the network was first drawn,”
Q direct Omran Al Dhaheri :: “A family in Al Dhafra will one day ride to Fujairah without touching a steering wheel.
L region Al Dhafra
L city Fujairah
> “Today is the first step. By 2044, Sharjah and Fujairah will be on the same timetable.”
Q direct Omran Al Dhaheri :: “Today is the first step. By 2044, Sharjah and Fujairah will be on the same timetable.”
F date 2044
L city Sharjah
L city Fujairah
> Mr Al Dhaheri said the 143-kilometre route allows speeds of up to 200kph on its stretch past Ghantoot, near the border between the two emirates.
P partial Al Dhaheri
F quantity 143-kilometre
F quantity 200kph
L city Ghantoot
F number two
> Among the first-day passengers was Rohan D’Souza, 34, an engineer who lives on Al Reem Island and works in Dubai Internet City. “I used to leave home at 6.15am and still be stuck near Ghantoot at 8am,” he said. “My wife calls it ‘the miracle train’, and she hasn’t even been on it yet.”
P full Rohan D’Souza
F age 34
L geo Al Reem Island
L facility Dubai Internet City
Q direct Rohan D’Souza :: “I used to leave home at 6.15am and still be stuck near Ghantoot at 8am,”
F time 6.15am
L city Ghantoot
F time 8am
Q direct Rohan D’Souza :: “My wife calls it ‘the miracle train’, and she hasn’t even been on it yet.”
> He said a monthly pass, priced at Dh1,350, would cost him less than the Dh1,900 he spends on fuel, road tolls and parking.
F money Dh1,350
F money Dh1,900
> Dr Mariam Al Ketbi, assistant under-secretary for land transport at the Ministry of Energy and Infrastructure, said the ministry expected the line to take 12,000 cars a day off the road. “Rail is no longer only a freight story in this country,” she said, adding that fares would be reviewed after six months.
P full Mariam Al Ketbi
O government Ministry of Energy and Infrastructure
F number 12,000
Q direct Mariam Al Ketbi :: “Rail is no longer only a freight story in this country,”
F duration six months
> Dr Luca Ferrandi, who studies transport emissions at Khalifa University, said each full train would save about 14 tonnes of carbon dioxide compared with the same trips by car. But he warned that the “last-mile” links at both ends were still weak. “If you arrive at Al Jaddaf and wait 25 minutes for a bus, you will drive next time,” he said.
P full Luca Ferrandi
O education Khalifa University
F quantity 14 tonnes
Q scare - :: “last-mile”
L facility Al Jaddaf
F duration 25 minutes
Q direct Luca Ferrandi :: “If you arrive at Al Jaddaf and wait 25 minutes for a bus, you will drive next time,”
> Abu Dhabi’s Integrated Transport Centre (ITC) said feeder buses meeting every train at Mussafah would be “free for the first three months” from February 1. In Dubai, the Roads and Transport Authority (RTA) is studying a link to the Green Line of the Dubai Metro, a plan one RTA official described as “at a very early stage”.
L city Abu Dhabi
O government Integrated Transport Centre
O government ITC
L city Mussafah
Q direct Integrated Transport Centre :: “free for the first three months”
F duration three months
F date February 1
L city Dubai
O government Roads and Transport Authority
O government RTA
L facility Green Line
L facility Dubai Metro
O government RTA
Q direct - :: “at a very early stage”
> Etihad Rail’s 900km freight network, which runs from Ruwais to the border with Saudi Arabia and to Khorfakkan, opened in 2023. It is meant to join a rail line planned by the Gulf Cooperation Council (GCC).
O company Etihad Rail
F quantity 900km
L city Ruwais
L country Saudi Arabia
L city Khorfakkan
F date 2023
O intergovernmental Gulf Cooperation Council
O intergovernmental GCC
'''

ARTICLES['1787-cta-red-line-extension-130th-street-construction-roseland-chicago-tribune'] = r'''
> Red Line extension crews break ground at 130th Street as CTA touts 1,800 jobs
L facility Red Line
L facility 130th Street
O government CTA
F number 1,800
> By Keisha Dunmore | Chicago Tribune
P full Keisha Dunmore
O media Chicago Tribune
> PUBLISHED: April 17, 2041 at 5:00 AM CDT | UPDATED: April 17, 2041 at 9:12 AM CDT
F date April 17, 2041
F time 5:00 AM CDT
F date April 17, 2041
F time 9:12 AM CDT
> Crews prepare the site of the future 130th Street station near Altgeld Gardens on Tuesday. (Victor Saldana / Chicago Tribune)
L facility 130th Street
L city Altgeld Gardens
P full Victor Saldana
O media Chicago Tribune
> Construction crews began pouring foundations Tuesday for the southern terminal of the Chicago Transit Authority's Red Line extension, the first of four new stations on a 5.6-mile, $5.75 billion project that will bring rapid transit to the city's Far South Side for the first time.
O government Chicago Transit Authority
L facility Red Line
F number four
F quantity 5.6-mile
F money $5.75 billion
L region Far South Side
> The extension will run south from the 95th/Dan Ryan terminal, with stops at 103rd Street, 111th Street and Michigan Avenue, to the new terminal at 130th Street. The CTA expects trains to start running in 2044.
L facility 95th/Dan Ryan
L facility 103rd Street
L facility 111th Street
L facility Michigan Avenue
L facility 130th Street
O government CTA
F date 2044
> "For 50 years, people out here have been promised this train," CTA President Renata Okafor-Hill said at a groundbreaking ceremony attended by about 300 people. "Today the promise has a shovel in it."
Q direct Renata Okafor-Hill :: "For 50 years, people out here have been promised this train,"
F duration 50 years
O government CTA
P full Renata Okafor-Hill
F number 300
Q direct Renata Okafor-Hill :: "Today the promise has a shovel in it."
> Okafor-Hill said the project would support 1,800 construction jobs and that the agency had set a goal of filling 30% of work hours with people who live along the route. Contractors have hired 412 local workers so far.
P partial Okafor-Hill
F number 1,800
F percent 30%
F number 412
> For Lamont Prewitt, 67, who has lived on the same block of South Michigan Avenue in Roseland since 1981, the ceremony was bittersweet.
P full Lamont Prewitt
F age 67
L street South Michigan Avenue
L city Roseland
F date 1981
> "My mother used to say, 'They'll build it when I'm gone,'" Prewitt said. "She was right. She passed in 2034. But my grandkids will ride it downtown in 25 minutes instead of 70 minutes."
Q direct Lamont Prewitt :: "My mother used to say, 'They'll build it when I'm gone,'"
P partial Prewitt
Q direct Lamont Prewitt :: "She was right. She passed in 2034. But my grandkids will ride it downtown in 25 minutes instead of 70 minutes."
F date 2034
F duration 25 minutes
F duration 70 minutes
> He said the bus ride to the 95th Street terminal takes him 40 minutes on a good day.
L facility 95th Street
F duration 40 minutes
> State Sen. Carla Dominguez-Reyes, a Democrat whose district includes Roseland and Pullman, said Springfield had committed $960 million to the project in 2039 but warned that any cost overruns could not come "out of our neighborhoods' pockets." She said she would seek a state audit of the tax increment financing district that pays for much of the line and stretches into the Loop.
P full Carla Dominguez-Reyes
L city Roseland
L city Pullman
L city Springfield
F money $960 million
F date 2039
Q direct Carla Dominguez-Reyes :: "out of our neighborhoods' pockets."
L region Loop
> The Federal Transit Administration (FTA) is paying $1.97 billion under a grant agreement signed in 2037.
O government Federal Transit Administration
O government FTA
F money $1.97 billion
F date 2037
> Jerome Whitfield-Aguilar, an urban planner at the University of Illinois Chicago (UIC), said the extension could add $1.1 billion in property value within 800 meters of the new stations, but he warned of displacement. "Transit gets you to jobs. It can also price you out of your own block," he said. A UIC study found that 38% of households near the planned stops earn less than $35,000 a year.
P full Jerome Whitfield-Aguilar
O education University of Illinois Chicago
O education UIC
F money $1.1 billion
F quantity 800 meters
Q direct Jerome Whitfield-Aguilar :: "Transit gets you to jobs. It can also price you out of your own block,"
O education UIC
F percent 38%
F money $35,000
> A CTA board member, who asked not to be named because the board has not discussed it in public, said the agency was weighing whether to open the Michigan Avenue station a year later to save money. "Nothing is off the table," the board member said.
O government CTA
L facility Michigan Avenue
Q direct - :: "Nothing is off the table,"
> The CTA said in a statement that the schedule was "on track" and that tunneling under the Union Pacific tracks near 115th Street would begin in the fall, with two of the four stations enclosed by the end of 2042.
O government CTA
Q direct Chicago Transit Authority :: "on track"
O company Union Pacific
L street 115th Street
F number two
F number four
F date 2042
> The agency will hold a community meeting at 6 p.m. May 3 at 11301 S. Michigan Ave.
F time 6 p.m.
F date May 3
L address 11301 S. Michigan Ave.
'''

ARTICLES['1788-lagos-abeokuta-expressway-compensation-row-abule-egba-hotels-premium-times'] = r'''
> News
> FG, Lagos Clash Over N184bn Compensation For Lagos-Abeokuta Expressway
O government FG
L region Lagos
F money N184bn
L street Lagos-Abeokuta Expressway
> Hotel owners in Abule Egba say valuers priced their buildings at a quarter of market value
L city Abule Egba
F fraction a quarter
> By Adaeze Nwankwo-Bello
P full Adaeze Nwankwo-Bello
> March 20, 2041
F date March 20, 2041
> Buildings marked for demolition along the Lagos-Abeokuta Expressway at Abule Egba, Lagos. [PHOTO: KEHINDE ADEOSUN/PREMIUM TIMES]
L street Lagos-Abeokuta Expressway
L city Abule Egba
L region Lagos
P full KEHINDE ADEOSUN
O media PREMIUM TIMES
> The federal government and the Lagos State Government are at odds over who should pay N184 billion in compensation to the owners of 1,140 buildings marked for demolition on the Lagos-Abeokuta Expressway, as the Federal Ministry of Works prepares to widen the road.
O government Lagos State Government
F money N184 billion
F number 1,140
L street Lagos-Abeokuta Expressway
O government Federal Ministry of Works
> The 26-kilometre section from Abule Egba to Sango-Ota, in Ogun State, is to be expanded to 10 lanes under a N615 billion contract signed in January. About 60 per cent of the structures in its path are in Lagos.
F quantity 26-kilometre
L city Abule Egba
L city Sango-Ota
L region Ogun State
F number 10
F money N615 billion
F percent 60 per cent
L region Lagos
> “The federal government has budgeted for the road, not for Lagos’s land,” the Minister of Works, Lawal Danbaba Kwaru, told journalists in Abuja on Monday. “Where a state benefits from a federal road, the state must carry its share of the compensation.”
Q direct Lawal Danbaba Kwaru :: “The federal government has budgeted for the road, not for Lagos’s land,”
L region Lagos
P full Lawal Danbaba Kwaru
L city Abuja
Q direct Lawal Danbaba Kwaru :: “Where a state benefits from a federal road, the state must carry its share of the compensation.”
> Mr Kwaru said the ministry had already paid N41.8 billion to 312 property owners in Ogun and would not pay “a kobo more than the law allows”.
P partial Kwaru
F money N41.8 billion
F number 312
L region Ogun
Q direct Lawal Danbaba Kwaru :: “a kobo more than the law allows”
> But the Special Adviser to the Lagos State Governor on Infrastructure, Omotola Adebanjo-Ekpe, said the state would not “subsidise a federal contract with the money of Lagos residents”. Lagos had already spent N9.2 billion moving power lines and drains along the corridor, she said.
L region Lagos State
P full Omotola Adebanjo-Ekpe
Q direct Omotola Adebanjo-Ekpe :: “subsidise a federal contract with the money of Lagos residents”
L region Lagos
L region Lagos
F money N9.2 billion
> “We are not against the road. We are against being handed the bill at the last minute,” she said.
Q direct Omotola Adebanjo-Ekpe :: “We are not against the road. We are against being handed the bill at the last minute,”
> In Abule Egba, Chief Adebisi Okunowo, 63, who built a 48-room hotel beside the Alakuko junction in 2029, said valuers offered him N38 million for a property that cost N160 million to build.
L city Abule Egba
P full Adebisi Okunowo
F age 63
F number 48
L city Alakuko
F date 2029
F money N38 million
F money N160 million
> “They came with a measuring tape and a biro. The valuer told me, ‘Oga, it is what Abuja approved.’ What does Abuja know about my hotel?” Mr Okunowo said. He employs 41 people and said at least half of them would lose their jobs.
Q direct Adebisi Okunowo :: “They came with a measuring tape and a biro. The valuer told me, ‘Oga, it is what Abuja approved.’ What does Abuja know about my hotel?”
L city Abuja
L city Abuja
P partial Okunowo
F number 41
F fraction half
> Residents said officials carrying out the so-called “enumeration” in February marked buildings with red paint at night and left no notices. Some owners were given 14 days to leave.
Q scare - :: “enumeration”
F duration 14 days
> Chidinma Okereke-Balogun, a professor of civil engineering at the University of Lagos (UNILAG), said widening the road would not end the daily gridlock at Abule Egba unless the drains were rebuilt. “Every rainy season the road floods to knee height at Alakuko and Ijaiye. Ten lanes of water is not progress,” she said.
P full Chidinma Okereke-Balogun
O education University of Lagos
O education UNILAG
L city Abule Egba
Q direct Chidinma Okereke-Balogun :: “Every rainy season the road floods to knee height at Alakuko and Ijaiye. Ten lanes of water is not progress,”
L city Alakuko
L city Ijaiye
F number Ten
> A UNILAG study she led in 2040 found that 25 per cent of the expressway’s travel delays came from flooded sections, not from too few lanes.
O education UNILAG
F date 2040
F percent 25 per cent
> A director in the ministry, who asked not to be named because he was not authorised to speak, told PREMIUM TIMES that demolitions would begin on April 15 “whether Lagos pays or not”.
O media PREMIUM TIMES
F date April 15
Q direct - :: “whether Lagos pays or not”
L region Lagos
> The expressway, built in the 1970s, carries about 110,000 vehicles a day between Lagos and Abeokuta.
F date 1970s
F number 110,000
L city Lagos
L city Abeokuta
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
