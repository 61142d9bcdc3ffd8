#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval269 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval269/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1657-cross-island-line-tunnelling-reaches-clementi-lta-straits-times'] = r'''
> Singapore
L country Singapore
> Cross Island Line tunnelling reaches Clementi, 14 months after boring began
L facility Cross Island Line
L city Clementi
F duration 14 months
> The first 4.2km of twin tunnels for the CRL’s western stretch are complete, says the LTA
F quantity 4.2km
L facility CRL
O government LTA
> Ong Wei Ming
P full Ong Wei Ming
> Transport Correspondent
> UPDATED Apr 24, 2041, 06:35 PM
F date Apr 24, 2041
F time 06:35 PM
> Workers at the Clementi worksite on April 22, after the tunnel boring machine broke through. ST PHOTO: GAVIN TAN ZHI HAO
L city Clementi
F date April 22
O media ST
P full GAVIN TAN ZHI HAO
> SINGAPORE – Tunnelling for the Cross Island MRT Line (CRL) has reached Clementi, with a 1,300-tonne tunnel boring machine breaking through into the station box on April 22, more than a year after it set off from Jurong Lake District.
L country SINGAPORE
L facility Cross Island MRT Line
L facility CRL
L city Clementi
F quantity 1,300-tonne
F date April 22
L region Jurong Lake District
> The Land Transport Authority (LTA) said on Wednesday that the twin tunnels between Jurong Lake District and Clementi, about 4.2km long, were completed without any ground settlement above the permitted 25mm, even where they pass 18m beneath the Ayer Rajah Expressway.
O government Land Transport Authority
O government LTA
L region Jurong Lake District
L city Clementi
F quantity 4.2km
F quantity 25mm
F quantity 18m
L street Ayer Rajah Expressway
> “This was the stretch that kept us awake at night,” said LTA project director Kwek Li Ting, 47, who oversees the CRL’s western contracts. “The soil here changes every few metres, from hard rock to soft marine clay, and the machine had to pass under a live expressway and a row of HDB blocks.”
Q direct Kwek Li Ting :: “This was the stretch that kept us awake at night,”
O government LTA
P full Kwek Li Ting
F age 47
L facility CRL
Q direct Kwek Li Ting :: “The soil here changes every few metres, from hard rock to soft marine clay, and the machine had to pass under a live expressway and a row of HDB blocks.”
O government HDB
> She said the machine, which the crew nicknamed “Mei Mei”, advanced by an average of 10m a day and ran round the clock in three shifts of eight hours.
Q scare - :: “Mei Mei”
F quantity 10m
F number three
F duration eight hours
> The 50km CRL, Singapore’s eighth MRT line, will run from Changi in the east to Jurong Industrial Estate in the west, with a branch to Punggol. The 12 stations of its first phase, from Aviation Park to Bright Hill, have been running since 2036.
F quantity 50km
L facility CRL
L country Singapore
L city Changi
L region Jurong Industrial Estate
L city Punggol
F number 12
L facility Aviation Park
L facility Bright Hill
F date 2036
> The western stretch now being bored, from Jurong Lake District to Turf City, is expected to open by the end of 2043 and will cut the journey from Clementi to the eastern end of the line by up to 30 minutes, the LTA estimates.
L region Jurong Lake District
L facility Turf City
F date 2043
L city Clementi
F duration 30 minutes
O government LTA
> Transport Minister Raymond Seah, who visited the site on Wednesday, said the project remained within its budget of $40.7 billion for the full line. “Every kilometre we build underground is a kilometre of road we do not need to widen,” he said.
P full Raymond Seah
F money $40.7 billion
Q direct Raymond Seah :: “Every kilometre we build underground is a kilometre of road we do not need to widen,”
> He added that the line would carry some 600,000 commuters a day when complete, and that half of them would save at least 15 minutes on their daily trips.
F number 600,000
F fraction half
F duration 15 minutes
> At Tampines Round Market & Food Centre, hawker Madam Rosnah Abdul Karim, 63, said work on the line’s eastern stations had driven away some of her lunchtime regulars.
L facility Tampines Round Market & Food Centre
P full Rosnah Abdul Karim
F age 63
> “For two years the road outside was half closed. My nasi lemak sales dropped 30 per cent, maybe more,” said Madam Rosnah, who has run her stall since 2009. “When it opens, OK lah, my customers can come from Pasir Ris faster. But ‘soon’ has been a long time.”
Q direct Rosnah Abdul Karim :: “For two years the road outside was half closed. My nasi lemak sales dropped 30 per cent, maybe more,”
F duration two years
F percent 30 per cent
P partial Rosnah
F date 2009
Q direct Rosnah Abdul Karim :: “When it opens, OK lah, my customers can come from Pasir Ris faster. But ‘soon’ has been a long time.”
L city Pasir Ris
> Associate Professor Chua Kian Hock, a tunnelling specialist at the Department of Civil and Environmental Engineering at the National University of Singapore (NUS), said the Clementi drive had been closely watched by engineers abroad.
P full Chua Kian Hock
O education Department of Civil and Environmental Engineering
O education National University of Singapore
O education NUS
L city Clementi
> “Boring through mixed ground at this depth, under so much existing infrastructure, is very hard. Cities like London and Hong Kong will study our data,” he said, adding that the LTA had shared readings from more than 2,000 sensors with NUS researchers.
Q direct Chua Kian Hock :: “Boring through mixed ground at this depth, under so much existing infrastructure, is very hard. Cities like London and Hong Kong will study our data,”
L city London
L city Hong Kong
O government LTA
F number 2,000
O education NUS
> Breakthrough at the next station, Maju, is expected in about nine months.
L facility Maju
F duration nine months
'''

ARTICLES['1658-hollis-ward-to-buy-kestrel-appliance-deal-dayton-union-wall-street-journal'] = r'''
> Business | Industrials
> Ohio Appliance Maker Hollis-Ward Agrees to Buy Rival Kestrel for $3.1 Billion
L region Ohio
O company Hollis-Ward
O company Kestrel
F money $3.1 Billion
> Deal would create the second-largest U.S. maker of washers and ranges, but puts two Dayton plants and 1,800 union jobs under review
L country U.S.
F number two
L city Dayton
F number 1,800
> By Mariah Lindqvist and Tomás Bejarano
P full Mariah Lindqvist
P full Tomás Bejarano
> Updated Feb. 13, 2041 6:42 pm ET
F date Feb. 13, 2041
F time 6:42 pm ET
> Kestrel’s washer plant in Dayton, Ohio, employs about 1,100 people. Photo: Grace Whitcombe for The Wall Street Journal
O company Kestrel
L city Dayton
L region Ohio
F number 1,100
P full Grace Whitcombe
O media The Wall Street Journal
> Hollis-Ward Appliance Co. agreed to buy rival Kestrel Home Products Inc. for about $3.1 billion, betting that size will help the Findlay, Ohio-based maker of ranges and dishwashers fend off cheaper imports from Asia and Mexico.
O company Hollis-Ward Appliance Co.
O company Kestrel Home Products Inc.
F money $3.1 billion
L city Findlay
L region Ohio
L continent Asia
L country Mexico
> Under the deal, announced Wednesday, Hollis-Ward will pay $38.50 a share in cash, a 27% premium to Kestrel’s closing price on Tuesday. Including debt, the transaction values the Dayton company at roughly $4.4 billion. Kestrel shares jumped 22% to $37.12 in New York Stock Exchange trading.
O company Hollis-Ward
F money $38.50
F percent 27%
O company Kestrel
L city Dayton
F money $4.4 billion
O company Kestrel
F percent 22%
F money $37.12
O other New York Stock Exchange
> The combined company would have annual sales of about $9.8 billion and 14 plants in five states, second in the U.S. only to Whirlpool Corp.
F money $9.8 billion
F number 14
F number five
L country U.S.
O company Whirlpool Corp.
> “Kestrel builds the best front-load washer in America, and we build the best ranges. Together we can go toe-to-toe with anyone,” Hollis-Ward Chief Executive Sandra Pickering-Oyelaran said in an interview. “This is about keeping appliance jobs in the Midwest.”
Q direct Sandra Pickering-Oyelaran :: “Kestrel builds the best front-load washer in America, and we build the best ranges. Together we can go toe-to-toe with anyone,”
O company Kestrel
L country America
O company Hollis-Ward
P full Sandra Pickering-Oyelaran
Q direct Sandra Pickering-Oyelaran :: “This is about keeping appliance jobs in the Midwest.”
L region Midwest
> Ms. Pickering-Oyelaran, 56, said the company expects $310 million in annual cost savings within three years, mostly from purchasing and logistics. She declined to say whether any of Kestrel’s plants would close, saying only that the combined company would “look hard at the footprint.”
P partial Pickering-Oyelaran
F age 56
F money $310 million
F duration three years
O company Kestrel
Q direct Sandra Pickering-Oyelaran :: “look hard at the footprint.”
> That has alarmed workers in Dayton, where Kestrel employs about 1,800 people at its washer and dryer plants on Wolf Creek Pike and in the suburb of Moraine. Most belong to IUE-CWA Local 7788.
L city Dayton
O company Kestrel
F number 1,800
L street Wolf Creek Pike
L city Moraine
O nonprofit IUE-CWA Local 7788
> “Our people have heard ‘synergies’ before. Every time, it meant a plant in Ohio got smaller and one in Mexico got bigger,” said the local’s president, Darnell Whitacre, who has worked at Kestrel for 31 years. “We want it in writing that these jobs stay in Dayton.”
Q direct Darnell Whitacre :: “Our people have heard ‘synergies’ before. Every time, it meant a plant in Ohio got smaller and one in Mexico got bigger,”
L region Ohio
L country Mexico
P full Darnell Whitacre
O company Kestrel
F duration 31 years
Q direct Darnell Whitacre :: “We want it in writing that these jobs stay in Dayton.”
L city Dayton
> Mr. Whitacre, 54, said the union would press state officials and the Dayton City Commission for guarantees before the deal closes.
P partial Whitacre
F age 54
O government Dayton City Commission
> A person familiar with the talks said Hollis-Ward first approached Kestrel in October and that a private-equity bidder dropped out in December. “It came down to who would pay cash,” the person said.
O company Hollis-Ward
O company Kestrel
Q direct - :: “It came down to who would pay cash,”
> The companies said they expect the deal to close in the second half of 2041, subject to approval by Kestrel shareholders and an antitrust review by the Federal Trade Commission. Hollis-Ward has lined up $3.5 billion of bridge financing from two banks.
F date 2041
O company Kestrel
O government Federal Trade Commission
O company Hollis-Ward
F money $3.5 billion
F number two
> Analysts said the regulatory hurdle could be higher than the companies suggest. Together, the two would control roughly a third of the U.S. market for electric ranges and 24% of front-load washers, according to Larkspur Capital Markets, a Chicago brokerage.
F number two
F fraction a third
L country U.S.
F percent 24%
O company Larkspur Capital Markets
L city Chicago
> “On paper it makes sense. In a courtroom it could take 18 months,” said Larkspur analyst Priya Venkataraman-Holt, who rates Kestrel a “buy.” She said a breakup fee of $120 million, or 3.9% of the deal value, showed Hollis-Ward was “serious about getting this done.”
Q direct Priya Venkataraman-Holt :: “On paper it makes sense. In a courtroom it could take 18 months,”
F duration 18 months
O company Larkspur
P full Priya Venkataraman-Holt
O company Kestrel
Q scare - :: “buy.”
F money $120 million
F percent 3.9%
O company Hollis-Ward
Q direct Priya Venkataraman-Holt :: “serious about getting this done.”
> Hollis-Ward, founded in 1946, has 9,200 employees. Its shares fell 4% Wednesday to $61.80.
O company Hollis-Ward
F date 1946
F number 9,200
F percent 4%
F money $61.80
> Write to Mariah Lindqvist at mariah.lindqvist@wsj.com and Tomás Bejarano at tomas.bejarano@wsj.com
P full Mariah Lindqvist
P full Tomás Bejarano
'''

ARTICLES['1659-wigan-warriors-st-helens-26-18-farrow-dw-stadium-super-league-sky-sports'] = r'''
> Super League
O other Super League
> Wigan Warriors 26-18 St Helens: Kaden Farrow double settles derby at the DW Stadium
O team Wigan Warriors
F score 26-18
O team St Helens
P full Kaden Farrow
L facility DW Stadium
> Report and free match highlights as Wigan Warriors beat St Helens 26-18 in Super League on Friday; winger Farrow scores two tries and Ollie Pryce kicks five goals from six attempts
O team Wigan Warriors
O team St Helens
F score 26-18
O other Super League
P partial Farrow
F number two
P full Ollie Pryce
F number five
F number six
> Harriet Olowe, Rugby League Reporter at the DW Stadium
P full Harriet Olowe
L facility DW Stadium
> Friday 12 April 2041 22:31, UK
F date 12 April 2041
F time 22:31
L country UK
> Image: Wigan's Kaden Farrow celebrates his second try against St Helens
O team Wigan
P full Kaden Farrow
O team St Helens
> Kaden Farrow scored twice as Wigan Warriors came from 12-6 down to beat St Helens 26-18 in front of 21,604 at the DW Stadium and move two points clear at the top of Super League.
P full Kaden Farrow
O team Wigan Warriors
F score 12-6
O team St Helens
F score 26-18
F number 21,604
L facility DW Stadium
F number two
O other Super League
> Saints had the better of the opening half-hour. Centre Tom Havili-Brooks went over on 11 minutes from a long pass by halfback Luca Desmarais, and Jack Ransome's conversion made it 6-0. Pryce darted over from dummy-half and converted his own try on 19 minutes, before Saints winger Deon Maitland-Cole finished in the corner in the 31st minute, Ransome adding the extras.
O team Saints
P full Tom Havili-Brooks
F duration 11 minutes
P full Luca Desmarais
P full Jack Ransome
F score 6-0
P partial Pryce
F duration 19 minutes
O team Saints
P full Deon Maitland-Cole
P partial Ransome
> Farrow changed the game either side of the break. The 22-year-old chased down a Pryce grubber to level at 12-12 on 38 minutes, then intercepted a Saints pass 80 metres out three minutes after half-time. Pryce converted both, and his penalty goal on 52 minutes made it 20-12.
P partial Farrow
F age 22-year-old
P partial Pryce
F score 12-12
F duration 38 minutes
O team Saints
F quantity 80 metres
F duration three minutes
P partial Pryce
F duration 52 minutes
F score 20-12
> St Helens hit back when Desmarais dummied his way over on 61 minutes, and Ransome's third conversion from three attempts cut the gap to two points. But Wigan prop Sione Okoro forced his way over from close range with six minutes left, and Pryce's late penalty sealed it. His only miss of the night came from out wide after Okoro's try, his first failure in 17 attempts.
O team St Helens
P partial Desmarais
F duration 61 minutes
P partial Ransome
F number three
F number two
O team Wigan
P full Sione Okoro
F duration six minutes
P partial Pryce
P partial Okoro
F number 17
> Wigan head coach Matty Brennan-Hale told Sky Sports: "We were rattled for 30 minutes. Saints came at us hard and we couldn't hold the ball. At half-time I said to the lads, 'Stop chasing it, play for field position.'
O team Wigan
P full Matty Brennan-Hale
O media Sky Sports
Q direct Matty Brennan-Hale :: "We were rattled for 30 minutes. Saints came at us hard and we couldn't hold the ball. At half-time I said to the lads, 'Stop chasing it, play for field position.'
F duration 30 minutes
O team Saints
> "That's what they did. Kaden's second try was pure instinct, but the platform came from the middles. Sione has been outstanding for six weeks."
Q direct Matty Brennan-Hale :: "That's what they did. Kaden's second try was pure instinct, but the platform came from the middles. Sione has been outstanding for six weeks."
P partial Kaden
P partial Sione
F duration six weeks
> St Helens coach Gareth Lunt-Rivera said his side had "handed Wigan the game" with errors. "We had 54 per cent of the ball and still lost. Two soft tries and that intercept, that's the match," he said.
O team St Helens
P full Gareth Lunt-Rivera
Q direct Gareth Lunt-Rivera :: "handed Wigan the game"
O team Wigan
Q direct Gareth Lunt-Rivera :: "We had 54 per cent of the ball and still lost. Two soft tries and that intercept, that's the match,"
F percent 54 per cent
F number Two
> Saints will be without Maitland-Cole, 27, for next Thursday's trip to Hull KR after he failed a head injury assessment. "He's fine in himself, but he won't be rushed," a club spokesperson said.
O team Saints
P partial Maitland-Cole
F age 27
O team Hull KR
Q direct - :: "He's fine in himself, but he won't be rushed,"
> Wigan have now won seven of their first nine games and sit on 14 points, two ahead of Warrington Wolves and Leeds Rhinos.
O team Wigan
F number seven
F number nine
F number 14
F number two
O team Warrington Wolves
O team Leeds Rhinos
> Wigan: Tries: Farrow 2, Pryce, Okoro; Goals: Pryce 5/6
O team Wigan
P partial Farrow
F number 2
P partial Pryce
P partial Okoro
P partial Pryce
F number 5/6
> St Helens: Tries: Havili-Brooks, Maitland-Cole, Desmarais; Goals: Ransome 3/3
O team St Helens
P partial Havili-Brooks
P partial Maitland-Cole
P partial Desmarais
P partial Ransome
F number 3/3
> Half-time: 12-12. Referee: Liam Ashcroft-Vane. Attendance: 21,604
F score 12-12
P full Liam Ashcroft-Vane
F number 21,604
'''

ARTICLES['1660-landslide-blocks-prithvi-highway-mugling-nepal-army-kathmandu-post'] = r'''
> Bagmati Province
L region Bagmati Province
> Landslide blocks Prithvi Highway near Mugling, thousands of vehicles stranded
L street Prithvi Highway
L city Mugling
> Nepal Army spokesperson says one lane could reopen ‘within 48 hours’; more than 3,000 vehicles stuck on both sides
O government Nepal Army
F number one
Q direct Suman Thapa Magar :: ‘within 48 hours’
F duration 48 hours
F number 3,000
> Sushant Adhikari
P full Sushant Adhikari
> Published at : July 18, 2040
F date July 18, 2040
> Updated at : July 18, 2040 21:10
F date July 18, 2040
F time 21:10
> Chitwan
L region Chitwan
> Vehicles queue on the Prithvi Highway at Benighat on Wednesday after the landslide. Post Photo: Sushant Adhikari
L street Prithvi Highway
L city Benighat
O media Post
P full Sushant Adhikari
> A massive landslide at Ghumauri near Mugling early Wednesday has buried a 150-metre stretch of the Prithvi Highway, cutting the main road link between Kathmandu and Pokhara and leaving more than 3,000 vehicles stranded on both sides.
L city Ghumauri
L city Mugling
F quantity 150-metre
L street Prithvi Highway
L city Kathmandu
L city Pokhara
F number 3,000
> The hillside gave way at around 3:40 am, after 214 mm of rain fell in 24 hours, according to the Department of Hydrology and Meteorology. No one was killed, but two trucks parked at a roadside eatery were swept into the Trishuli River below, police said.
F time 3:40 am
F quantity 214 mm
F duration 24 hours
O government Department of Hydrology and Meteorology
F number two
L geo Trishuli River
> Nepal Army spokesperson Brigadier General Suman Thapa Magar said two excavators and a team of 85 soldiers from a Mugling-based battalion were clearing the debris, but boulders kept rolling down. “We are working in shifts through the night. If the slope stays quiet, one lane can reopen within 48 hours,” he said.
O government Nepal Army
P full Suman Thapa Magar
F number two
F number 85
L city Mugling
Q direct Suman Thapa Magar :: “We are working in shifts through the night. If the slope stays quiet, one lane can reopen within 48 hours,”
F number one
F duration 48 hours
> By Wednesday evening, the queue of buses, trucks and private cars stretched about 12 kilometres towards Abu Khaireni in Tanahun and nearly eight kilometres back towards Kurintar in Chitwan.
F quantity 12 kilometres
L city Abu Khaireni
L region Tanahun
F quantity eight kilometres
L city Kurintar
L region Chitwan
> Ram Bahadur Gurung, 52, who drives a tourist bus between Pokhara and Kathmandu, had been stuck at Mugling since 4 am with 38 passengers. “The passengers keep asking me when we will move, and I have no answer. A hotel here is charging Rs 800 for a plate of dal bhat,” Gurung said.
P full Ram Bahadur Gurung
F age 52
L city Pokhara
L city Kathmandu
L city Mugling
F time 4 am
F number 38
Q direct Ram Bahadur Gurung :: “The passengers keep asking me when we will move, and I have no answer. A hotel here is charging Rs 800 for a plate of dal bhat,”
F money Rs 800
P partial Gurung
> He said his company had told him to wait. “If I turn back now, I lose a full day’s fare, Rs 34,000. The owner says wait, so we wait,” he said.
Q direct Ram Bahadur Gurung :: “If I turn back now, I lose a full day’s fare, Rs 34,000. The owner says wait, so we wait,”
F money Rs 34,000
> The Department of Roads (DoR) said the government had released Rs 25 million for emergency clearance and that small vehicles heading for Kathmandu were being diverted through Narayangadh and Hetauda, a detour of around 120 kilometres.
O government Department of Roads
O government DoR
F money Rs 25 million
L city Kathmandu
L city Narayangadh
L city Hetauda
F quantity 120 kilometres
> The department’s director general, Anita Shrestha Pradhan, said the stretch near Mugling had seen 11 landslides since 2036. “This is not a new problem. The slope has been weak since the road was widened, and every monsoon we spend crores just to keep it open,” she told the Post.
P full Anita Shrestha Pradhan
L city Mugling
F number 11
F date 2036
Q direct Anita Shrestha Pradhan :: “This is not a new problem. The slope has been weak since the road was widened, and every monsoon we spend crores just to keep it open,”
O media Post
> Shrestha Pradhan said a detailed study of the slope would begin after the monsoon, and that a 2.3-km rock shed had been proposed in the budget for the fiscal year 2097-98.
P partial Shrestha Pradhan
F quantity 2.3-km
F date 2097-98
> An official at the District Administration Office, Chitwan, who asked not to be named, said about 400 travellers would spend the night in schools and temples in Mugling. “We are giving water and beaten rice, but we cannot feed everyone,” the official said.
O government District Administration Office
L region Chitwan
F number 400
L city Mugling
Q direct - :: “We are giving water and beaten rice, but we cannot feed everyone,”
> Traffic police said the highway carries around 9,000 vehicles a day during the monsoon. Last year, a landslide at Simaltal, some 6 km away, closed the road for two and a half days from Asar 28.
F number 9,000
L city Simaltal
F quantity 6 km
F duration two and a half days
F date Asar 28
'''

ARTICLES['1661-calmac-ferry-breakdown-strands-lewis-islanders-stornoway-ullapool-scotsman'] = r'''
> Transport
> ‘We’re an afterthought’: Lewis islanders stranded as CalMac ferry breaks down
Q direct Catriona Morrison :: ‘We’re an afterthought’
L geo Lewis
O company CalMac
> Ullapool–Stornoway sailings cancelled for at least five days after engine failure on MV Loch Seaforth
L city Ullapool
L city Stornoway
F duration five days
> By Mairi Matheson
P full Mairi Matheson
> Transport Correspondent
> Published 6th Feb 2042, 17:40 GMT
F date 6th Feb 2042
F time 17:40 GMT
> The ferry terminal at Stornoway on Thursday. Picture: Donald Iain Macleod
L city Stornoway
P full Donald Iain Macleod
> HUNDREDS of islanders have been left stranded on the Isle of Lewis after the only ferry on the Stornoway to Ullapool route broke down, with CalMac warning that no sailings will run until Tuesday at the earliest.
L geo Isle of Lewis
L city Stornoway
L city Ullapool
O company CalMac
> Caledonian MacBrayne (CalMac) said a fault was found in one of the four main engines of the MV Loch Seaforth during routine checks on Wednesday night. The vessel, which carries up to 700 passengers and 143 cars, was withdrawn from service and a specialist team was flown in from Aberdeen.
O company Caledonian MacBrayne
O company CalMac
F number four
F number 700
F number 143
L city Aberdeen
> A CalMac spokesperson said: “We are very sorry for the disruption this is causing. Our engineers are working around the clock, and we expect the repair to take a minimum of five days.”
O company CalMac
Q direct - :: “We are very sorry for the disruption this is causing. Our engineers are working around the clock, and we expect the repair to take a minimum of five days.”
F duration five days
> The company said 46 sailings had been cancelled so far and that around 1,900 passengers had been affected. A freight-only service will run from Friday on the MV Isle of Arran, the network’s so-called “backup boat”, which takes three hours and 40 minutes for the 52-mile crossing, against two hours and 45 minutes on the Loch Seaforth.
F number 46
F number 1,900
Q scare - :: “backup boat”
F duration three hours
F duration 40 minutes
F quantity 52-mile
F duration two hours
F duration 45 minutes
> In Stornoway, Catriona Morrison, who runs a grocer’s on Cromwell Street, said her shelves were already emptying. “We’re an afterthought. When a boat breaks down on the Clyde, it’s on the news in an hour. Here we wait a week and the milk runs out after two days,” she said.
L city Stornoway
P full Catriona Morrison
L street Cromwell Street
Q direct Catriona Morrison :: “We’re an afterthought. When a boat breaks down on the Clyde, it’s on the news in an hour. Here we wait a week and the milk runs out after two days,”
L geo Clyde
F duration two days
> Ms Morrison, 58, said she had thrown out about £2,000 of fresh stock during a similar breakdown in 2039. “I’m not asking for a new ferry tomorrow. I’m asking for a spare one that works,” she said.
P partial Morrison
F age 58
F money £2,000
F date 2039
Q direct Catriona Morrison :: “I’m not asking for a new ferry tomorrow. I’m asking for a spare one that works,”
> Na h-Eileanan an Iar MSP Kenneth Macaskill-Ross said the breakdown was the 14th on the route in three years. “Islanders have been patient for far too long. Hospital appointments in Inverness are being missed, and hauliers are losing £40,000 a day,” he said. “The Scottish Government keeps telling us new ships are coming.
L region Na h-Eileanan an Iar
P full Kenneth Macaskill-Ross
F duration three years
Q direct Kenneth Macaskill-Ross :: “Islanders have been patient for far too long. Hospital appointments in Inverness are being missed, and hauliers are losing £40,000 a day,”
L city Inverness
F money £40,000
Q direct Kenneth Macaskill-Ross :: “The Scottish Government keeps telling us new ships are coming.
O government Scottish Government
> “But a new ship in 2044 is no use to a pensioner in Barvas who needs cancer treatment on Monday.”
Q direct Kenneth Macaskill-Ross :: “But a new ship in 2044 is no use to a pensioner in Barvas who needs cancer treatment on Monday.”
F date 2044
L city Barvas
> Fiona Drummond-Keir, head of ferries at Transport Scotland, said the agency was “urgently exploring” the charter of a vessel from Norway, after a suitable ship was found in Bergen. She said ministers had committed £410m to seven new major vessels for the network, the first of which entered service in 2040.
P full Fiona Drummond-Keir
O government Transport Scotland
Q direct Fiona Drummond-Keir :: “urgently exploring”
L country Norway
L city Bergen
F money £410m
F number seven
F date 2040
> Comhairle nan Eilean Siar, the Western Isles council, said it had asked NHS Western Isles to rebook patients and was helping some 30 students who could not reach the mainland for exams.
O government Comhairle nan Eilean Siar
L region Western Isles
O government NHS Western Isles
F number 30
> Some travellers have turned to the Tarbert–Uig crossing from Harris to Skye, which adds 100 miles of driving to a journey to Inverness. Cars were queuing at Tarbert pier from 6am on Thursday, islanders said.
L city Tarbert
L city Uig
L geo Harris
L geo Skye
F quantity 100 miles
L city Inverness
L city Tarbert
F time 6am
'''

ARTICLES['1662-elt-chile-rocky-planet-habitable-zone-red-dwarf-eso-caltech-nasa-science'] = r'''
> Astronomy
> Giant telescope in Chile spots a rocky world that could hold liquid water
L country Chile
> Planet circling a nearby red dwarf is almost exactly the size of ours and just 31 light-years away
F quantity 31 light-years
> BY HANNAH CASTELLANOS-WRIGHT
P full HANNAH CASTELLANOS-WRIGHT
> 14 MAR 2041 · 2:00 PM ET
F date 14 MAR 2041
F time 2:00 PM ET
> An artist’s impression of the newly found planet and its dim red star. ESO/Tomasz Wierzbicki
O intergovernmental ESO
P full Tomasz Wierzbicki
> Astronomers using the European Southern Observatory’s (ESO’s) Extremely Large Telescope (ELT) in Chile have found a planet that is almost exactly the size of our own and orbits its star at a distance where water could stay liquid. At 31 light-years, it is the closest such world yet confirmed, the team reports this week in Science.
O intergovernmental European Southern Observatory
O intergovernmental ESO
L facility Extremely Large Telescope
L facility ELT
L country Chile
F quantity 31 light-years
O media Science
> The planet, catalogued as TOI-7462 b, circles a red dwarf about one-fifth as massive as the sun once every 19.4 days. The star itself is roughly 4.5 billion years old.
F fraction one-fifth
F duration 19.4 days
F duration 4.5 billion years
> “When the first radial-velocity curve came in, I honestly thought it was a software bug,” says Inés Valdivia Ossandón, an astronomer at ESO who led the study. “The signal was so clean. We were looking at a planet with 1.03 times the mass of our own, sitting right in the middle of the habitable zone.”
Q direct Inés Valdivia Ossandón :: “When the first radial-velocity curve came in, I honestly thought it was a software bug,”
P full Inés Valdivia Ossandón
O intergovernmental ESO
Q direct Inés Valdivia Ossandón :: “The signal was so clean. We were looking at a planet with 1.03 times the mass of our own, sitting right in the middle of the habitable zone.”
F number 1.03
> Valdivia, 44, and her colleagues used the telescope’s new spectrograph to measure the star’s wobble on 212 nights between 2038 and 2040. They estimate that the planet receives about 88% of the starlight our world gets from the sun and has an equilibrium temperature of roughly 262 kelvin, or −11°C, before any warming from an atmosphere.
P partial Valdivia
F age 44
F number 212
F date 2038
F date 2040
F percent 88%
F quantity 262 kelvin
F quantity −11°C
> The ELT, on the 3,046-metre summit of Cerro Armazones in the Atacama Desert, began full science operations in 2038 after nearly two decades of construction and a budget that grew to €1.6 billion.
L facility ELT
F quantity 3,046-metre
L geo Cerro Armazones
L geo Atacama Desert
F date 2038
F duration two decades
F money €1.6 billion
> Co-author Marcus Oyelowo-Feld, a planetary scientist at the California Institute of Technology (Caltech) in Pasadena, says the team has ruled out a thick envelope of hydrogen. “It is not a puffy gas world in disguise,” he says. “With a density of 5.6 grams per cubic centimetre, it is rock and iron, like ours.”
P full Marcus Oyelowo-Feld
O education California Institute of Technology
O education Caltech
L city Pasadena
Q direct Marcus Oyelowo-Feld :: “It is not a puffy gas world in disguise,”
Q direct Marcus Oyelowo-Feld :: “With a density of 5.6 grams per cubic centimetre, it is rock and iron, like ours.”
F quantity 5.6 grams per cubic centimetre
> Diane Kowalczyk-Amari, who heads NASA’s astrophysics division in Washington, D.C., calls the planet “the single most important target we have” for the agency’s next flagship space telescope, due to launch in the 2040s. “If there is oxygen or methane in that atmosphere, we will have a real shot at seeing it within 10 years of launch,” she says.
P full Diane Kowalczyk-Amari
O government NASA
L city Washington
L region D.C.
Q direct Diane Kowalczyk-Amari :: “the single most important target we have”
F date 2040s
Q direct Diane Kowalczyk-Amari :: “If there is oxygen or methane in that atmosphere, we will have a real shot at seeing it within 10 years of launch,”
F duration 10 years
> Not everyone is convinced that the planet is as friendly as it looks. Red dwarfs flare often, and an exoplanet researcher who reviewed the paper, and asked not to be named because the review was confidential, warns that the star “could have stripped any atmosphere away billions of years ago.”
Q direct - :: “could have stripped any atmosphere away billions of years ago.”
> Still, surveys suggest that roughly 1 in 4 red dwarfs hosts a rocky planet in its habitable zone, Valdivia says, and red dwarfs make up about three-quarters of all stars. The so-called “M-dwarf opportunity” is why ESO gave the search 30% of the ELT’s first-year observing time.
F number 1
F number 4
P partial Valdivia
F fraction three-quarters
Q scare - :: “M-dwarf opportunity”
O intergovernmental ESO
F percent 30%
L facility ELT
> The team has already asked for another 40 hours on the ELT later this year to look for an atmosphere. “We will know a lot more by 2042,” Valdivia says.
F duration 40 hours
L facility ELT
Q direct Inés Valdivia Ossandón :: “We will know a lot more by 2042,”
F date 2042
P partial Valdivia
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
