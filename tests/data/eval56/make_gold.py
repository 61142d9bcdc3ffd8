#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval56 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval56/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['379-orkney-inter-isles-air-service-electric-aircraft-papay-orcadian'] = r'''
> News
> Councillors back £19.6m bid for electric planes on Orkney’s inter-isles air routes
F money £19.6m
L region Orkney
> By Ingrid Flett
P full Ingrid Flett
> Thursday, 17 March 2039
F date 17 March 2039
> One of the two Islander aircraft that serve the North Isles, on the runway at Papa Westray. (Picture: Kenny Drever)
F number two
L region North Isles
L geo Papa Westray
P full Kenny Drever
> Orkney Islands Council has agreed to seek £19.6 million from the Scottish Government to replace the two ageing aircraft that link Kirkwall with six of the North Isles, after North Isles councillor Magnus Groundwater described the current service as “a lifeline held together with tape”.
O government Orkney Islands Council
F money £19.6 million
O government Scottish Government
F number two
L city Kirkwall
F number six
L region North Isles
L region North Isles
P full Magnus Groundwater
Q direct Magnus Groundwater :: “a lifeline held together with tape”
> Members of the council’s Development and Infrastructure Committee voted by 14 votes to six on Tuesday to submit a full business case for two hybrid-electric aircraft, a new hangar at Kirkwall Airport and charging points at the six island airstrips they serve.
O government Development and Infrastructure Committee
F number 14
F number six
F number two
L facility Kirkwall Airport
F number six
> The service, flown by Loganair under contract to the council, carries around 11,000 passengers a year between Kirkwall and Westray, Papa Westray, Sanday, Stronsay, Eday and North Ronaldsay. Its two eight-seat Britten-Norman Islanders are 32 and 37 years old.
O company Loganair
F number 11,000
L city Kirkwall
L geo Westray
L geo Papa Westray
L geo Sanday
L geo Stronsay
L geo Eday
L geo North Ronaldsay
F number two
F number eight
F duration 32
F duration 37 years
> The network includes the world’s shortest scheduled flight, the hop of about 1.7 miles between Westray and Papa Westray, which takes under two minutes when the wind is favourable.
F quantity 1.7 miles
L geo Westray
L geo Papa Westray
F duration two minutes
> Cllr Groundwater told the committee: “People on Papay do not think of this as a nice-to-have. It is how a child with a broken arm gets to the Balfour, how the nurse gets to the school, how the post arrives when the boat is off.
P partial Groundwater
Q direct Magnus Groundwater :: “People on Papay do not think of this as a nice-to-have. It is how a child with a broken arm gets to the Balfour, how the nurse gets to the school, how the post arrives when the boat is off.
L geo Papay
O other Balfour
> “We have been running a lifeline held together with tape for too long. If we wait for Holyrood to come to us, we will be waiting until these planes are grounded for good.”
Q direct Magnus Groundwater :: “We have been running a lifeline held together with tape for too long. If we wait for Holyrood to come to us, we will be waiting until these planes are grounded for good.”
O government Holyrood
> The report before councillors put the cost of the two aircraft at £11.2m, with £5.9m for the hangar and £2.5m for chargers and runway work. Officers said the council would be expected to find 25 per cent of the total itself if ministers agreed to fund the rest.
F number two
F money £11.2m
F money £5.9m
F money £2.5m
F percent 25 per cent
> Freya Linklater, the council’s head of marine and transport services, said the manufacturer, Cranston Aero of Prestwick, expected its nine-seat hybrid aircraft to be certified in 2040, with the first deliveries in spring 2041.
P full Freya Linklater
O company Cranston Aero
L city Prestwick
F number nine
F date 2040
F date 2041
> “The Islanders can keep flying safely, but every year they spend more time in the hangar and less in the air,” she said. “Last winter we lost 61 days of service to maintenance and weather, against 23 the winter before.”
Q direct Freya Linklater :: “The Islanders can keep flying safely, but every year they spend more time in the hangar and less in the air,”
Q direct Freya Linklater :: “Last winter we lost 61 days of service to maintenance and weather, against 23 the winter before.”
F duration 61 days
F duration 23
> Not every member was convinced. West Mainland councillor Ruth Isbister, who voted against, said the council should not “bet the islands’ lifeline on an aircraft that nobody has flown yet”.
L region West Mainland
P full Ruth Isbister
Q direct Ruth Isbister :: “bet the islands’ lifeline on an aircraft that nobody has flown yet”
> “I want a modern service as much as anyone does. But we have been told for ten years that electric flying is just round the corner,” she said. “I would rather we spent the money keeping the planes we have in the air.”
Q direct Ruth Isbister :: “I want a modern service as much as anyone does. But we have been told for ten years that electric flying is just round the corner,”
F duration ten years
Q direct Ruth Isbister :: “I would rather we spent the money keeping the planes we have in the air.”
> A Loganair spokeswoman said the airline “welcomes the council’s ambition” and would work with the manufacturer on training for its pilots and engineers. The Scottish Government said it would consider the business case “alongside other island transport priorities”.
O company Loganair
Q direct - :: “welcomes the council’s ambition”
O government Scottish Government
Q direct Scottish Government :: “alongside other island transport priorities”
> Elspeth Rendall, who runs the shop on Papa Westray, said islanders had been “patient for long enough”.
P full Elspeth Rendall
L geo Papa Westray
Q direct Elspeth Rendall :: “patient for long enough”
> Fares on the routes, currently £25 for an adult single to most islands and £21 for residents, are not affected. Papa Westray, home to about 90 people, and North Ronaldsay, with around 50, have no other daily year-round link to the Mainland.
F money £25
F money £21
L geo Papa Westray
F number 90
L geo North Ronaldsay
F number 50
L geo Mainland
> The council is also replacing its ageing ferry fleet. It agreed in 2037 to buy two new vessels for Orkney Ferries, the first of which is due on the Houton–Lyness route in 2040.
F date 2037
F number two
O company Orkney Ferries
L city Houton
L city Lyness
F date 2040
> The business case will go before the full council on 29 March before being submitted to Transport Scotland.
F date 29 March
O government Transport Scotland
'''

ARTICLES['380-ramanagara-cocoon-market-price-crash-sericulture-deccan-herald'] = r'''
> Karnataka
L region Karnataka
> 'We are selling below cost': cocoon prices crash at Ramanagara market
Q direct H K Shivalingaiah :: 'We are selling below cost'
L city Ramanagara
> Bivoltine cocoons fetched an average of Rs 412 a kg on Friday, 38% lower than a year ago, as reelers stopped buying amid a glut of cheap imported silk
F money Rs 412
F percent 38%
> Tejaswini M R
P full Tejaswini M R
> Last Updated : 18 March 2039, 21:06 IST
F date 18 March 2039
F time 21:06 IST
> Farmers wait with their cocoons at the government cocoon market in Ramanagara on Friday. Credit: DH Photo/Kavya T R
L city Ramanagara
O media DH
P full Kavya T R
> Ramanagara, DHNS: Cocoon prices at the government market here, billed as Asia's largest, fell to a six-year low on Friday, with some lots of bivoltine cocoons going for as little as Rs 365 a kg, well below what farmers say it costs them to produce.
L city Ramanagara
O media DHNS
L continent Asia
F duration six-year
F money Rs 365
> The average price of bivoltine cocoons on Friday was Rs 412 a kg, against Rs 664 in March 2038, according to the Department of Sericulture. Cross-breed (CB) cocoons averaged Rs 338 a kg, down from Rs 521.
F money Rs 412
F money Rs 664
F date March 2038
O government Department of Sericulture
F money Rs 338
F money Rs 521
> Arrivals were heavy. The market received 1,284 lots weighing 61.7 tonnes, compared with a daily average of about 42 tonnes in February.
F number 1,284
F quantity 61.7 tonnes
F quantity 42 tonnes
> Traders blamed the slump on reelers in Ramanagara, Channapatna and Kanakapura, who have cut their purchases after raw silk prices fell. Imported raw silk from China and Uzbekistan is being sold in Bengaluru at Rs 3,150 a kg, nearly Rs 700 less than silk reeled in the state, they said.
L city Ramanagara
L city Channapatna
L city Kanakapura
L country China
L country Uzbekistan
L city Bengaluru
F money Rs 3,150
F money Rs 700
> H K Shivalingaiah, a farmer from Harohalli taluk who brought 186 kg of cocoons to the market, was offered Rs 371 a kg.
P full H K Shivalingaiah
L region Harohalli
F quantity 186 kg
F money Rs 371
> "We are selling below cost. To produce one kg of bivoltine cocoons I spend nearly Rs 450 on mulberry leaves, labour, disinfectant and power. At this rate I will lose more than Rs 14,000 on this batch alone," he said.
Q direct H K Shivalingaiah :: "We are selling below cost. To produce one kg of bivoltine cocoons I spend nearly Rs 450 on mulberry leaves, labour, disinfectant and power. At this rate I will lose more than Rs 14,000 on this batch alone,"
F quantity one kg
F money Rs 450
F money Rs 14,000
> Nagaraju, a farmer from Magadi, said he had borrowed Rs 2 lakh from a private lender last year to build a new rearing house. "I have two daughters in college. If prices don't recover by the next crop, I will have to sell two of my four cows," he said.
P partial Nagaraju
L city Magadi
F money Rs 2 lakh
Q direct Nagaraju :: "I have two daughters in college. If prices don't recover by the next crop, I will have to sell two of my four cows,"
F number two
F number two
F number four
> Reelers say they have little choice. Syed Imran Pasha, president of the Ramanagara Silk Reelers' Association, said nearly 40% of the town's 2,300 charkha and cottage basin units had stopped work in the last three weeks.
P full Syed Imran Pasha
O nonprofit Ramanagara Silk Reelers' Association
F percent 40%
F number 2,300
F duration three weeks
> "Who will buy cocoons at Rs 400 when imported silk is cheaper than what we can make? The reeler is also a victim," Pasha said. He wants the Centre to raise the import duty on raw silk from 10% to at least 25%.
Q direct Syed Imran Pasha :: "Who will buy cocoons at Rs 400 when imported silk is cheaper than what we can make? The reeler is also a victim,"
F money Rs 400
P partial Pasha
O government Centre
F percent 10%
F percent 25%
> M Puttaswamy, Joint Director of Sericulture, Ramanagara, said the department had asked the Karnataka Silk Marketing Board (KSMB) to buy bivoltine cocoons at a support price.
P full M Puttaswamy
L city Ramanagara
O government Karnataka Silk Marketing Board
O government KSMB
> "We have sent a proposal to the government for a support price of Rs 500 a kg for bivoltine cocoons for 90 days. It will cost about Rs 48 crore," Puttaswamy told DH. A decision was likely at the cabinet meeting on March 24, he said.
Q direct M Puttaswamy :: "We have sent a proposal to the government for a support price of Rs 500 a kg for bivoltine cocoons for 90 days. It will cost about Rs 48 crore,"
F money Rs 500
F duration 90 days
F money Rs 48 crore
P partial Puttaswamy
O media DH
F date March 24
> Sericulture Minister N S Boraiah, who visited the market on Friday morning, said the government would "stand by the farmers" but did not commit to the support price.
P full N S Boraiah
Q direct N S Boraiah :: "stand by the farmers"
> The Karnataka Silk Industries Corporation (KSIC), which weaves Mysore Silk sarees at its Mysuru factory, buys only about 4% of the raw silk produced in the state, officials said.
O company Karnataka Silk Industries Corporation
O company KSIC
L city Mysuru
F percent 4%
> Members of the Karnataka Rajya Raitha Sangha (KRRS) blocked the service road of the Bengaluru-Mysuru Expressway at Ramanagara for two hours on Friday afternoon, demanding a minimum price of Rs 600 a kg.
O nonprofit Karnataka Rajya Raitha Sangha
O nonprofit KRRS
L street Bengaluru-Mysuru Expressway
L city Ramanagara
F duration two hours
F money Rs 600
> Karnataka produces about 32% of India's mulberry raw silk, and more than 1.3 lakh families in the state depend on sericulture, according to the Central Silk Board (CSB). Bengaluru South (formerly Ramanagara), Chikkaballapur, Kolar, Mandya and Mysuru are the main cocoon-producing districts.
L region Karnataka
F percent 32%
L country India
F number 1.3 lakh
O government Central Silk Board
O government CSB
L region Bengaluru South
L region Ramanagara
L region Chikkaballapur
L region Kolar
L region Mandya
L region Mysuru
> The market moved to a new 8-acre campus on the outskirts of the town in 2033 and handles cocoons worth about Rs 2.1 crore on an average day.
F quantity 8-acre
F date 2033
F money Rs 2.1 crore
> A senior official of the department, who did not wish to be named, said prices were unlikely to recover before the monsoon crop. "Reelers are sitting on stock. Unless the duty is raised, this will continue till June," the official said.
Q direct - :: "Reelers are sitting on stock. Unless the duty is raised, this will continue till June,"
'''

ARTICLES['381-firebirds-lightning-super-netball-fifita-latu-nathan-courier-mail'] = r'''
> Netball
> Firebirds stun Lightning as teen's super-shot blitz wins Queensland derby
O team Firebirds
O team Lightning
L region Queensland
> Brought on with 12 minutes left, Ana Fifita-Latu landed four super shots in the final five minutes as the Queensland Firebirds came from five goals down to beat the Sunshine Coast Lightning 64-60
F duration 12 minutes
P full Ana Fifita-Latu
F number four
F duration five minutes
O team Queensland Firebirds
F number five
O team Sunshine Coast Lightning
F score 64-60
> Lachlan Haughey
P full Lachlan Haughey
> The Courier-Mail
O media Courier-Mail
> March 26, 2039 - 9:41PM
F date March 26, 2039
F time 9:41PM
> Firebirds goal attack Ana Fifita-Latu lines up a super shot against the Lightning at the Queensland State Netball Centre. Picture: Tamsin Rourke/Getty Images
O team Firebirds
P full Ana Fifita-Latu
O team Lightning
L facility Queensland State Netball Centre
P full Tamsin Rourke
O media Getty Images
> ANA Fifita-Latu had played 11 minutes of Super Netball before Saturday night. By the end of it, the 18-year-old had a Queensland derby to remember.
P full ANA Fifita-Latu
F duration 11 minutes
O other Super Netball
F age 18-year-old
L region Queensland
> Sent on at goal attack with 12 minutes to play, the Logan teenager sank four two-point super shots in the Power 5 period as the Firebirds turned a 57-52 deficit into a 64-60 win in front of 4,873 fans at Nathan.
F duration 12 minutes
L city Logan
F number four
F number two
O team Firebirds
F score 57-52
F score 64-60
F number 4,873
L city Nathan
> It was the Firebirds' first win over their southeast Queensland rivals in five attempts, and it lifts them off the bottom of the ladder after two rounds.
O team Firebirds
L region Queensland
F number five
F number two
> For three quarters the Lightning were in control. Centre Georgia Tuhiwai-Mason fed the circle at will and Jamaican goal shooter Kadijah Brown-Whyte, 31, was close to faultless under the post.
F number three
O team Lightning
P full Georgia Tuhiwai-Mason
P full Kadijah Brown-Whyte
F age 31
> The visitors led 15-14 at quarter-time and 31-29 at the main break, and when Brown-Whyte scored with 6:12 left in the third term they were 39-32 up.
F score 15-14
F score 31-29
P partial Brown-Whyte
F time 6:12
F score 39-32
> The Firebirds clawed back to trail 46-41 at the last change, but the Lightning still held a five-goal buffer when the Power 5 began with five minutes to go.
O team Firebirds
F score 46-41
O team Lightning
F number five
F duration five minutes
> That was when Firebirds coach Tanya Rosseau told Fifita-Latu to start shooting from the top of the circle. The teenager, whose parents moved to Logan from Nuku'alofa in 2019, hit her first super shot within 40 seconds and three more in the next three minutes, while goal shooter Tiana Okonkwo-Reid did not miss.
O team Firebirds
P full Tanya Rosseau
P partial Fifita-Latu
L city Logan
L city Nuku'alofa
F date 2019
F duration 40 seconds
F number three
F duration three minutes
P full Tiana Okonkwo-Reid
> "I just told her to back herself. She's been doing it at training for months and she's got no fear," Rosseau said.
Q direct Tanya Rosseau :: "I just told her to back herself. She's been doing it at training for months and she's got no fear,"
P partial Rosseau
> "Ana's 18, she plays for the Cougars in the Sapphire Series and she's never had a crowd like that. To do what she did in a Power 5 against a side as good as the Lightning, I'm so proud of her."
Q direct Tanya Rosseau :: "Ana's 18, she plays for the Cougars in the Sapphire Series and she's never had a crowd like that. To do what she did in a Power 5 against a side as good as the Lightning, I'm so proud of her."
P partial Ana
F age 18
O team Cougars
O other Sapphire Series
O team Lightning
> Fifita-Latu was more modest. "Honestly, I just shut my eyes and shot," she said. "The girls did all the hard work down the other end."
P partial Fifita-Latu
Q direct Ana Fifita-Latu :: "Honestly, I just shut my eyes and shot,"
Q direct Ana Fifita-Latu :: "The girls did all the hard work down the other end."
> At that other end, Samoan-born keeper Leilani Faleolo finished with six gains, three of them in the final quarter, and Brooke Te Rangi was named player of the match for a 31-feed night at centre.
P full Leilani Faleolo
F number six
F number three
P full Brooke Te Rangi
F number 31
> Lightning coach Mele Havili-Koloamatangi said her side had "switched off" once the super shots started to fall.
O team Lightning
P full Mele Havili-Koloamatangi
Q direct Mele Havili-Koloamatangi :: "switched off"
> "We were five up with five minutes to go and we let a kid who hadn't started a game in this league shoot us out of it," she said. "Credit to Ana, she was fearless, but our defensive pressure on the shot just dropped off."
Q direct Mele Havili-Koloamatangi :: "We were five up with five minutes to go and we let a kid who hadn't started a game in this league shoot us out of it,"
F number five
F duration five minutes
Q direct Mele Havili-Koloamatangi :: "Credit to Ana, she was fearless, but our defensive pressure on the shot just dropped off."
P partial Ana
> Brown-Whyte finished with 44 goals from 47 attempts, but the Lightning landed only three super shots to the Firebirds' five.
P partial Brown-Whyte
F number 44
F number 47
O team Lightning
F number three
O team Firebirds
F number five
> The Firebirds face the Melbourne Vixens at John Cain Arena next Sunday, while the Lightning host the NSW Swifts at the University of the Sunshine Coast Stadium.
O team Firebirds
O team Melbourne Vixens
L facility John Cain Arena
O team Lightning
O team NSW Swifts
L facility University of the Sunshine Coast Stadium
> FIREBIRDS 64 (T Okonkwo-Reid 38/41, H Vandersluys 12/17, A Fifita-Latu 9/11) def LIGHTNING 60 (K Brown-Whyte 44/47, M Coote 13/18)
O team FIREBIRDS
F score 64
P full T Okonkwo-Reid
F number 38/41
P full H Vandersluys
F number 12/17
P full A Fifita-Latu
F number 9/11
O team LIGHTNING
F score 60
P full K Brown-Whyte
F number 44/47
P full M Coote
F number 13/18
> Super shots: Firebirds 5 (Fifita-Latu 4, Vandersluys 1); Lightning 3 (Coote 3)
O team Firebirds
F number 5
P partial Fifita-Latu
F number 4
P partial Vandersluys
F number 1
O team Lightning
F number 3
P partial Coote
F number 3
> Quarter scores: Firebirds 14 29 41 64; Lightning 15 31 46 60
O team Firebirds
F score 14
F score 29
F score 41
F score 64
O team Lightning
F score 15
F score 31
F score 46
F score 60
> FIREBIRDS: GS Tiana Okonkwo-Reid, GA Hollie Vandersluys, WA Kayla Dowse, C Brooke Te Rangi, WD Jess McAuliffe, GD Sophie Rautenbach, GK Leilani Faleolo. Bench: Ana Fifita-Latu, Mikaela Strazzeri, Annika Lyon. Coach: Tanya Rosseau.
O team FIREBIRDS
P full Tiana Okonkwo-Reid
P full Hollie Vandersluys
P full Kayla Dowse
P full Brooke Te Rangi
P full Jess McAuliffe
P full Sophie Rautenbach
P full Leilani Faleolo
P full Ana Fifita-Latu
P full Mikaela Strazzeri
P full Annika Lyon
P full Tanya Rosseau
> LIGHTNING: GS Kadijah Brown-Whyte, GA Maddison Coote, WA Ellie-Mae Barnard, C Georgia Tuhiwai-Mason, WD Olivia Kapeen, GD Zara Mukherjee, GK Tahnee-Jade Wilkins. Bench: Priya Sandhu, Courtney Malouf, Isla Brennan-Tuala. Coach: Mele Havili-Koloamatangi.
O team LIGHTNING
P full Kadijah Brown-Whyte
P full Maddison Coote
P full Ellie-Mae Barnard
P full Georgia Tuhiwai-Mason
P full Olivia Kapeen
P full Zara Mukherjee
P full Tahnee-Jade Wilkins
P full Priya Sandhu
P full Courtney Malouf
P full Isla Brennan-Tuala
P full Mele Havili-Koloamatangi
> Player of the match: Brooke Te Rangi (Firebirds)
P full Brooke Te Rangi
O team Firebirds
> Crowd: 4,873
F number 4,873
'''

ARTICLES['382-tan-tan-wind-green-ammonia-deal-guelmim-oued-noun-morocco-world-news'] = r'''
> Economy
> Emirati-Moroccan Consortium Signs $4.8 Billion Deal for Wind-Powered Ammonia Plant in Tan-Tan
F money $4.8 Billion
L city Tan-Tan
> The project would pair 1.2 GW of wind turbines with a green ammonia plant producing 300,000 tonnes a year, most of it for export to Europe.
F quantity 1.2 GW
F quantity 300,000 tonnes
L continent Europe
> By Salma Bouzidi
P full Salma Bouzidi
> Mar 17, 2039
F date Mar 17, 2039
> Wind turbines at the Tarfaya wind farm in southern Morocco. Photo: MASEN
L facility Tarfaya
L country Morocco
O government MASEN
> Rabat – A consortium led by Moroccan developer Atlas Rih Energies and Abu Dhabi-based Sahra Capital on Thursday signed an agreement to build a wind-powered green ammonia complex near Tan-Tan, in the southern Guelmim-Oued Noun region, the largest single private investment yet in Morocco’s energy transition.
L city Rabat
O company Atlas Rih Energies
L city Abu Dhabi
O company Sahra Capital
L city Tan-Tan
L region Guelmim-Oued Noun
L country Morocco
> The $4.8 billion (MAD 46.6 billion) project combines a 1.2-gigawatt wind farm on the plateau east of Tan-Tan with a 500-megawatt electrolysis plant and an ammonia synthesis unit at the port of Tan-Tan in El Ouatia, 25 kilometers to the west.
F money $4.8 billion
F money MAD 46.6 billion
F quantity 1.2-gigawatt
L city Tan-Tan
F quantity 500-megawatt
L city Tan-Tan
L city El Ouatia
F quantity 25 kilometers
> Once fully operational, the complex is expected to produce 300,000 tonnes of ammonia per year. Around 80% of the output has already been sold under a 15-year contract to Hanseatic Ammonia Import, a joint venture of German utilities that is building an import terminal in Wilhelmshaven.
F quantity 300,000 tonnes
F percent 80%
F duration 15-year
O company Hanseatic Ammonia Import
L city Wilhelmshaven
> Energy Transition Minister Nadia Ouazzani Chahdi signed the agreement in Rabat alongside Youssef Ait Lahcen, director general of the Moroccan Agency for Sustainable Energy (MASEN), and the heads of the two companies.
P full Nadia Ouazzani Chahdi
L city Rabat
P full Youssef Ait Lahcen
O government Moroccan Agency for Sustainable Energy
O government MASEN
F number two
> “This is the first project of this size in which Moroccan wind becomes a product we sell to the world, not only electricity,” Ouazzani Chahdi said at the signing ceremony. “It shows that the Offre Maroc is working.”
Q direct Nadia Ouazzani Chahdi :: “This is the first project of this size in which Moroccan wind becomes a product we sell to the world, not only electricity,”
P partial Ouazzani Chahdi
Q direct Nadia Ouazzani Chahdi :: “It shows that the Offre Maroc is working.”
> The Offre Maroc, the government’s framework for green hydrogen launched in 2024, reserves up to 1 million hectares of public land for developers who commit to producing hydrogen and its derivatives from renewable power.
F date 2024
F quantity 1 million hectares
> Under the agreement, the consortium has been allocated 30,000 hectares in Tan-Tan province and neighboring Guelmim province for an initial period of 30 years.
F quantity 30,000 hectares
L region Tan-Tan
L region Guelmim
F duration 30 years
> Sahra Capital will hold 45% of the project company, Atlas Rih 30% and the Japanese trading house Kitamura Shoji 25%. The financing includes a €1.1 billion loan from the European Investment Bank (EIB) and $900 million from a group of commercial lenders.
O company Sahra Capital
F percent 45%
O company Atlas Rih
F percent 30%
O company Kitamura Shoji
F percent 25%
F money €1.1 billion
O intergovernmental European Investment Bank
O intergovernmental EIB
F money $900 million
> Atlas Rih Energies CEO Mohamed Amine El Fassi Fihri said construction would start in the first half of 2040, with the first turbines turning in late 2041 and full output by 2043. The wind farm will have 160 turbines of 7.5 megawatts each.
O company Atlas Rih Energies
P full Mohamed Amine El Fassi Fihri
F date 2040
F date 2041
F date 2043
F number 160
F quantity 7.5 megawatts
> “Tan-Tan has some of the best wind in the world. Our turbines here will run at a capacity factor of more than 50%, which is rare anywhere,” El Fassi Fihri told Morocco World News.
Q direct Mohamed Amine El Fassi Fihri :: “Tan-Tan has some of the best wind in the world. Our turbines here will run at a capacity factor of more than 50%, which is rare anywhere,”
L city Tan-Tan
F percent 50%
P partial El Fassi Fihri
O media Morocco World News
> MASEN’s Ait Lahcen said the port of Tan-Tan, now used mostly by sardine boats, would get a new 1.4-kilometer jetty and ammonia storage tanks holding 90,000 cubic meters.
O government MASEN
P partial Ait Lahcen
L city Tan-Tan
F quantity 1.4-kilometer
F quantity 90,000 cubic meters
> The project is expected to create about 3,500 jobs during construction and 420 permanent positions, according to the consortium. Tan-Tan, a city of some 90,000 people best known for the Moussem of Tan-Tan, a yearly gathering of nomadic tribes listed by UNESCO, has struggled with unemployment since the decline of its fishing industry.
F number 3,500
F number 420
L city Tan-Tan
F number 90,000
O intergovernmental UNESCO
> Not everyone is convinced. Ahmed Ould Sidi Mbarek, who heads the Oued Draa Camel Herders’ Association, said herders had not been consulted about the land.
P full Ahmed Ould Sidi Mbarek
O nonprofit Oued Draa Camel Herders’ Association
> “We are not against the turbines. But the plateau is where our camels graze in spring, and nobody has told us where we will go,” he said.
Q direct Ahmed Ould Sidi Mbarek :: “We are not against the turbines. But the plateau is where our camels graze in spring, and nobody has told us where we will go,”
> MASEN said in a statement that grazing corridors would be “kept open between the turbine rows” and that public consultations would be held in Tan-Tan and Guelmim in May.
O government MASEN
Q direct Moroccan Agency for Sustainable Energy :: “kept open between the turbine rows”
L city Tan-Tan
L city Guelmim
> Morocco aims to raise the share of renewables in its installed power capacity to 52% by 2030. Renewables made up about 45% of capacity at the end of 2038, according to the National Office of Electricity and Drinking Water (ONEE).
L country Morocco
F percent 52%
F date 2030
F percent 45%
F date 2038
O government National Office of Electricity and Drinking Water
O government ONEE
> Egypt and Oman have also signed large green ammonia deals in recent years, as European buyers look for alternatives to fertilizer and fuel made from natural gas.
L country Egypt
L country Oman
> Read also: Morocco’s Green Hydrogen Push Draws New Interest From Asian Investors
L country Morocco
'''

ARTICLES['383-fogo-island-harvester-fined-snow-crab-seldom-gander-court-telegram'] = r'''
> Local News
> Fogo Island fish harvester fined $68,000 for under-reporting snow crab
L geo Fogo Island
F money $68,000
> Court hears 14,600 pounds of crab went unrecorded over two seasons at Seldom wharf
F quantity 14,600 pounds
F number two
L city Seldom
> Rosalind Pardy · The Telegram
P full Rosalind Pardy
O media Telegram
> Published Mar 17, 2039 • 3 min read
F date Mar 17, 2039
F duration 3 min
> The provincial courthouse in Gander. SaltWire file photo
L city Gander
O media SaltWire
> GANDER, N.L. — A Fogo Island fish harvester has been fined $68,000 after admitting he failed to report more than 14,600 pounds of snow crab his boat landed at Seldom in the 2037 and 2038 seasons.
L city GANDER
L region N.L.
L geo Fogo Island
F money $68,000
F quantity 14,600 pounds
L city Seldom
F date 2037
F date 2038
> Darrell Keats, 54, of Joe Batt's Arm, pleaded guilty in provincial court in Gander on Wednesday to two counts of failing to accurately report his catch under the Fisheries Act and one count of making a false statement to a fishery officer.
P full Darrell Keats
F age 54
L city Joe Batt's Arm
L city Gander
F number two
F number one
> Judge Bernadette Kinsella also ordered him to pay $41,200, the value of the unreported crab, and suspended his snow crab licence for the first 10 days of the 2039 season.
P full Bernadette Kinsella
F money $41,200
F duration 10 days
F date 2039
> Court heard that fishery officers with Fisheries and Oceans Canada (DFO) began looking at Keats's landings in the summer of 2038, after a deckhand on another boat raised concerns.
O government Fisheries and Oceans Canada
O government DFO
P partial Keats
F date 2038
> Crown prosecutor Nikhil Varghese said that on 11 trips between May 2037 and July 2038, the weights recorded by the dockside monitor for Keats's vessel, the Ocean Crystal II, were between 900 and 1,600 pounds lower than the weights on the buyer's own scales.
P full Nikhil Varghese
F number 11
F date May 2037
F date July 2038
P partial Keats
F quantity 900
F quantity 1,600 pounds
> The buyer, Notre Dame Bay Seafoods Ltd., which runs a crab plant in Twillingate, pleaded guilty to one count of failing to keep accurate purchase records and was fined $25,000.
O company Notre Dame Bay Seafoods Ltd.
L city Twillingate
F number one
F money $25,000
> "This was not a clerical slip. It was a deliberate scheme that ran over two seasons and took crab out of a quota that every harvester in 3K shares," Varghese told the court.
Q direct Nikhil Varghese :: "This was not a clerical slip. It was a deliberate scheme that ran over two seasons and took crab out of a quota that every harvester in 3K shares,"
F number two
L region 3K
P partial Varghese
> Defence lawyer Kieran Power said his client had "made a bad decision at a bad time," after crab prices dropped to $2.85 a pound in 2037 and he fell behind on the payments on his boat.
P full Kieran Power
Q direct Kieran Power :: "made a bad decision at a bad time,"
F money $2.85
F date 2037
> "He has fished out of Seldom since he was 16 and he has never been charged with anything before. He knows he has let his community down," Power said.
Q direct Kieran Power :: "He has fished out of Seldom since he was 16 and he has never been charged with anything before. He knows he has let his community down,"
L city Seldom
F age 16
P partial Power
> Keats, who stood with his hands folded, spoke briefly. "I'm sorry for what I done. I'll pay it back," he said.
P partial Keats
Q direct Darrell Keats :: "I'm sorry for what I done. I'll pay it back,"
> In her decision, Kinsella said: "Quotas in this province are set on the basis of what is landed and what is reported. When a harvester hides part of his catch, he is not only cheating the system, he is taking from his neighbours on the wharf.
P partial Kinsella
Q direct Bernadette Kinsella :: "Quotas in this province are set on the basis of what is landed and what is reported. When a harvester hides part of his catch, he is not only cheating the system, he is taking from his neighbours on the wharf.
> "I accept that Mr. Keats was under financial pressure in 2037. Many harvesters were. They did not do what he did."
Q direct Bernadette Kinsella :: "I accept that Mr. Keats was under financial pressure in 2037. Many harvesters were. They did not do what he did."
P partial Keats
F date 2037
> Keats was given 18 months to pay the fine and the forfeiture.
P partial Keats
F duration 18 months
> In a statement, the Fish, Food and Allied Workers union (FFAW-Unifor), which represents inshore harvesters, said it "supports strong enforcement" but called on DFO to "fix the gaps in a dockside monitoring system that harvesters have been raising for years."
O nonprofit Fish, Food and Allied Workers
O nonprofit FFAW-Unifor
Q direct Fish, Food and Allied Workers :: "supports strong enforcement"
O government DFO
Q direct Fish, Food and Allied Workers :: "fix the gaps in a dockside monitoring system that harvesters have been raising for years."
> A DFO spokesperson said in an email that fishery officers carried out 312 dockside inspections in Crab Fishing Area 3K last season and laid charges in nine cases.
O government DFO
F number 312
L region Crab Fishing Area 3K
F number nine
> The total allowable catch of snow crab in Newfoundland and Labrador for 2039 has been set at 48,500 tonnes, down 6.5 per cent from last year, DFO announced on March 9.
L region Newfoundland and Labrador
F date 2039
F quantity 48,500 tonnes
F percent 6.5 per cent
O government DFO
F date March 9
> Rosalind Pardy is a reporter with The Telegram in St. John's.
P full Rosalind Pardy
O media The Telegram
L city St. John's
'''

ARTICLES['384-costa-rica-snakebites-antivenom-clodomiro-picado-san-carlos-tico-times'] = r'''
> Health
> Snakebites Up 30% in Costa Rica’s Northern Lowlands as Rains Arrive Early
F percent 30%
L country Costa Rica
> By Tico Times
O media Tico Times
> March 22, 2039
F date March 22, 2039
> A fer-de-lance at the serpentarium of the Clodomiro Picado Institute in Coronado. (Courtesy of UCR)
O education Clodomiro Picado Institute
L city Coronado
O education UCR
> Costa Rica’s public hospitals treated 412 people for snakebites in the first 10 weeks of 2039, a 30% increase on the same period last year, the Costa Rican Social Security Fund (CCSS) said on Monday.
L country Costa Rica
F number 412
F duration 10 weeks
F date 2039
F percent 30%
O government Costa Rican Social Security Fund
O government CCSS
> More than half of the bites were recorded in the northern cantons of San Carlos, Upala, Los Chiles and Sarapiquí and in Pococí, in Limón province, where heavy rains arrived three weeks earlier than usual and farmworkers are clearing fields for planting.
F fraction half
L region San Carlos
L region Upala
L region Los Chiles
L region Sarapiquí
L region Pococí
L region Limón
F duration three weeks
> Two people have died: a 61-year-old pineapple worker in Pital, San Carlos, and a 9-year-old girl from Cariari, Pococí. Seven other patients needed amputations, the CCSS said.
F number Two
F age 61-year-old
L city Pital
L region San Carlos
F age 9-year-old
L city Cariari
L region Pococí
F number Seven
O government CCSS
> “We are seeing bites on the hands and feet of people who were cutting weeds with a machete or picking fruit without boots,” said Dr. Mariela Chaves Rojas, head of emergency medicine at the Hospital de Guápiles. “Most arrive within two hours, which is good, but some patients from remote farms take five or six hours to reach us, and by then the damage to the tissue is serious.”
Q direct Mariela Chaves Rojas :: “We are seeing bites on the hands and feet of people who were cutting weeds with a machete or picking fruit without boots,”
P full Mariela Chaves Rojas
O other Hospital de Guápiles
Q direct Mariela Chaves Rojas :: “Most arrive within two hours, which is good, but some patients from remote farms take five or six hours to reach us, and by then the damage to the tissue is serious.”
F duration two hours
F duration five
F duration six hours
> Patients from the north are usually taken to the Hospital San Carlos in Ciudad Quesada or the Hospital de Upala, and the most serious cases are flown to the Hospital México in San José. In Limón, the Hospital Tony Facio treated 37 snakebite patients, up from 22 in the same weeks of 2038.
O other Hospital San Carlos
L city Ciudad Quesada
O other Hospital de Upala
O other Hospital México
L city San José
L region Limón
O other Hospital Tony Facio
F number 37
F number 22
F date 2038
> The fer-de-lance (Bothrops asper), known locally as “terciopelo,” or velvet, causes about 80% of the country’s snakebites. It is common on banana and pineapple plantations, where it hunts rats.
Q scare - :: “terciopelo,”
F percent 80%
> Antivenom for all public hospitals is produced by the Clodomiro Picado Institute (ICP) of the University of Costa Rica (UCR) in Coronado, northeast of San José. The institute said it had 18,000 vials in reserve, “sufficient for any scenario this season,” after raising production by 15% in 2038.
O education Clodomiro Picado Institute
O education ICP
O education University of Costa Rica
O education UCR
L city Coronado
L city San José
F number 18,000
Q direct Clodomiro Picado Institute :: “sufficient for any scenario this season,”
F percent 15%
F date 2038
> A typical treatment needs between five and 10 vials, each of which costs the CCSS about ₡48,000 ($96).
F number five
F number 10
O government CCSS
F money ₡48,000
F money $96
> Health Minister Óscar Villalobos Mora urged farmworkers to wear rubber boots, to use a stick to check undergrowth before reaching into it and to go straight to the nearest clinic if bitten.
P full Óscar Villalobos Mora
> “Do not cut the wound, do not suck out the venom, do not put on a tourniquet and do not go to a curandero first,” Villalobos said at a press conference in San José. “Every minute counts.”
Q direct Óscar Villalobos Mora :: “Do not cut the wound, do not suck out the venom, do not put on a tourniquet and do not go to a curandero first,”
P partial Villalobos
L city San José
Q direct Óscar Villalobos Mora :: “Every minute counts.”
> Many of those bitten are Nicaraguan migrants working without contracts. “Uno sale a trabajar y no sabe si vuelve” (“You go out to work and you don’t know if you’ll come back”), said a pineapple picker in Upala who asked not to be named because he does not have papers.
Q direct - :: “Uno sale a trabajar y no sabe si vuelve”
Q direct - :: “You go out to work and you don’t know if you’ll come back”
L city Upala
> The Ministry of Health and the CCSS have launched a radio campaign in Spanish, Bribri and Cabécar aimed at farmworkers and at Indigenous communities in Talamanca.
O government Ministry of Health
O government CCSS
L region Talamanca
> Costa Rica records between 500 and 650 snakebites in a normal year, one of the highest rates in Central America, but deaths have fallen from around 20 a year in the 1970s to fewer than five, thanks largely to antivenom and rural clinics.
L country Costa Rica
F number 500
F number 650
L region Central America
F number 20
F date 1970s
F number five
> The ICP also exports antivenom to 12 countries, including Panama, Nicaragua, Ecuador and Nigeria, under agreements with their health ministries and the Pan American Health Organization (PAHO).
O education ICP
F number 12
L country Panama
L country Nicaragua
L country Ecuador
L country Nigeria
O intergovernmental Pan American Health Organization
O intergovernmental PAHO
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
