#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval318 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval318/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1951-typhoon-sinag-landfall-palanan-isabela-pagasa-ndrrmc-abs-cbn-news'] = r'''
> News
> Typhoon ‘Sinag’ makes landfall in Palanan, Isabela; 3 dead, over 41,000 evacuated
Q scare - :: ‘Sinag’
L city Palanan
L region Isabela
F number 3
F number 41,000
> Storm to exit through Ilocos Norte by Wednesday morning, PAGASA says
L region Ilocos Norte
O government PAGASA
> Mariel Quiambao-Lagasca, ABS-CBN News
P full Mariel Quiambao-Lagasca
O media ABS-CBN News
> Posted at Sep 24 2041 06:48 PM | Updated as of Sep 24 2041 09:15 PM
F date Sep 24 2041
F time 06:48 PM
F date Sep 24 2041
F time 09:15 PM
> Residents of Barangay Dicabisagan wade through floodwater in Palanan, Isabela on Tuesday. Photo courtesy of Palanan MDRRMO
L city Barangay Dicabisagan
L city Palanan
L region Isabela
O government Palanan MDRRMO
> ILAGAN CITY, Isabela — Typhoon Sinag made landfall in the town of Palanan, Isabela at 4:20 a.m. Tuesday, killing at least three people and forcing more than 41,000 residents of Cagayan Valley from their homes as it cut across northern Luzon with maximum sustained winds of 185 kilometers per hour.
L city ILAGAN CITY
L region Isabela
L city Palanan
L region Isabela
F time 4:20 a.m.
F number three
F number 41,000
L region Cagayan Valley
L geo Luzon
F quantity 185 kilometers per hour
> The Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA) said Sinag weakened slightly after crossing the Sierra Madre but still packed gusts of up to 230 kph as it moved west-northwest at 20 kph. Signal No. 4 remained raised over Isabela, Cagayan, Quirino and Apayao, while Signal No. 3 covered Kalinga, Abra and Nueva Vizcaya.
O government Philippine Atmospheric, Geophysical and Astronomical Services Administration
O government PAGASA
L geo Sierra Madre
F quantity 230 kph
F quantity 20 kph
L region Isabela
L region Cagayan
L region Quirino
L region Apayao
L region Kalinga
L region Abra
L region Nueva Vizcaya
> “Sinag is expected to leave the landmass through Ilocos Norte by Wednesday morning, but the rains will continue. Landslides are still likely in the Cordillera,” PAGASA weather specialist Benison Dacanay-Ferrer said in a 5 p.m. briefing.
Q direct Benison Dacanay-Ferrer :: “Sinag is expected to leave the landmass through Ilocos Norte by Wednesday morning, but the rains will continue. Landslides are still likely in the Cordillera,”
L region Ilocos Norte
L region Cordillera
O government PAGASA
P full Benison Dacanay-Ferrer
F time 5 p.m.
> The National Disaster Risk Reduction and Management Council (NDRRMC) said 41,286 people from 112 barangays were staying in 168 evacuation centers as of 3 p.m. Two of the dead were pinned by a fallen tree in San Mariano, and the third drowned in the Cagayan River in Tuguegarao City, it said.
O government National Disaster Risk Reduction and Management Council
O government NDRRMC
F number 41,286
F number 112
F number 168
F time 3 p.m.
F number Two
L city San Mariano
L geo Cagayan River
L city Tuguegarao City
> NDRRMC spokesperson Diosdado “Dado” Villareal told ABS-CBN News that damage to crops and roads could reach P1.8 billion. The council said relief goods had been “prepositioned well before landfall.”
O government NDRRMC
P full Diosdado “Dado” Villareal
Q scare - :: “Dado”
O media ABS-CBN News
F money P1.8 billion
Q direct National Disaster Risk Reduction and Management Council :: “prepositioned well before landfall.”
> Palanan, a town of about 19,000 on the Pacific side of the Sierra Madre reachable only by sea or light plane, lost power and signal at around 2 a.m.
L city Palanan
F number 19,000
L geo Pacific
L geo Sierra Madre
F time 2 a.m.
> “The sea came up to the municipal hall. Roofs are gone in Barangay Didian and Barangay Culasi, and our airstrip is underwater,” Palanan Mayor Teresita “Tess” Bernardo-Alcala said by phone. “We need rice, water and tarpaulins. Our people in the mountain barangays have not been heard from since Monday night.
Q direct Teresita “Tess” Bernardo-Alcala :: “The sea came up to the municipal hall. Roofs are gone in Barangay Didian and Barangay Culasi, and our airstrip is underwater,”
L city Barangay Didian
L city Barangay Culasi
L city Palanan
P full Teresita “Tess” Bernardo-Alcala
Q scare - :: “Tess”
Q direct Teresita “Tess” Bernardo-Alcala :: “We need rice, water and tarpaulins. Our people in the mountain barangays have not been heard from since Monday night.
> “If the skies clear tomorrow, we are asking the Philippine Coast Guard and the Philippine Air Force to bring in food first,” she added.
Q direct Teresita “Tess” Bernardo-Alcala :: “If the skies clear tomorrow, we are asking the Philippine Coast Guard and the Philippine Air Force to bring in food first,”
O government Philippine Coast Guard
O government Philippine Air Force
> At the Isabela Sports Complex in Ilagan, where 2,300 evacuees slept on mats, 58-year-old farmer Rogelio Tumaliuan said the water reached his waist within an hour. “Tumakbo na lang kami. Wala na kaming nadala,” he said. (We just ran. We could not bring anything with us.)
L facility Isabela Sports Complex
L city Ilagan
F number 2,300
F age 58-year-old
P full Rogelio Tumaliuan
Q direct Rogelio Tumaliuan :: “Tumakbo na lang kami. Wala na kaming nadala,”
> Tumaliuan said his 1.5-hectare corn field in Barangay Bagumbayan was flattened two weeks before harvest. “My wife kept asking me, ‘What will we eat until the next planting?’ I told her we will plant again,” he said.
P partial Tumaliuan
F quantity 1.5-hectare
L city Barangay Bagumbayan
F duration two weeks
Q direct Rogelio Tumaliuan :: “My wife kept asking me, ‘What will we eat until the next planting?’ I told her we will plant again,”
> The Department of Social Welfare and Development (DSWD) said it had sent 18,000 family food packs to Cagayan Valley and would give P5,000 in cash aid to every family whose house was destroyed.
O government Department of Social Welfare and Development
O government DSWD
F number 18,000
L region Cagayan Valley
F money P5,000
> A provincial disaster official, who was not authorized to speak to media, said at least 60 houses in Palanan were “flattened or simply gone.”
F number 60
L city Palanan
Q direct - :: “flattened or simply gone.”
> Classes and government work in Isabela, Cagayan and Quirino will remain suspended on Wednesday, the Office of Civil Defense said.
L region Isabela
L region Cagayan
L region Quirino
O government Office of Civil Defense
'''

ARTICLES['1952-portland-shelter-contract-sellwood-moreland-city-council-portland-tribune'] = r'''
> Local News
> Portland council OKs $31.6 million shelter contract over Sellwood neighbors' objections
L city Portland
F money $31.6 million
L city Sellwood
> The 4-1 vote hands Bridgeline Community Services a three-year deal to run a 150-bed shelter in a former furniture warehouse on Southeast Tacoma Street.
F number 4-1
O nonprofit Bridgeline Community Services
F duration three-year
F number 150
L street Southeast Tacoma Street
> Marcus Threlkeld
P full Marcus Threlkeld
> Wednesday, March 14, 2040
F date March 14, 2040
> PMG PHOTO: DELIA MARCHETTI - The former Sellwood Home Furnishings warehouse at 1731 S.E. Tacoma St. will hold up to 150 beds under the contract approved Wednesday.
O media PMG
P full DELIA MARCHETTI
O company Sellwood Home Furnishings
L address 1731 S.E. Tacoma St.
F number 150
> The Portland City Council voted 4-1 Wednesday to award a $31.6 million, three-year contract to the nonprofit Bridgeline Community Services to open a 150-bed shelter at 1731 S.E. Tacoma St., in the Sellwood-Moreland neighborhood.
O government Portland City Council
F number 4-1
F money $31.6 million
F duration three-year
O nonprofit Bridgeline Community Services
F number 150
L address 1731 S.E. Tacoma St.
L city Sellwood-Moreland
> The contract, the city's largest shelter deal since voters approved the 2036 housing bond, pays for staff, meals and round-the-clock case management. It works out to about $192 per bed per night, Commissioner Alisha Brandvold said, 14 percent less than the city pays at its two existing village shelters.
F date 2036
F money $192
P full Alisha Brandvold
F percent 14 percent
F number two
> "We have 2,100 people sleeping outside in this city on any given night, and 38 percent of them are over 50," said Brandvold, who oversees the Housing Bureau. "A bed with a door and a case manager is not a luxury. It is the floor.
Q direct Alisha Brandvold :: "We have 2,100 people sleeping outside in this city on any given night, and 38 percent of them are over 50,"
F number 2,100
F percent 38 percent
F age 50
P partial Brandvold
O government Housing Bureau
Q direct Alisha Brandvold :: "A bed with a door and a case manager is not a luxury. It is the floor.
> "If we wait for a site nobody objects to, we will still be having this conversation in 2044," she said.
Q direct Alisha Brandvold :: "If we wait for a site nobody objects to, we will still be having this conversation in 2044,"
F date 2044
> Commissioner Gareth Oyelaran cast the lone no vote, calling the warehouse "the right idea on the wrong block" and saying neighbors had been given "barely three weeks" to weigh in.
P full Gareth Oyelaran
Q direct Gareth Oyelaran :: "the right idea on the wrong block"
Q direct Gareth Oyelaran :: "barely three weeks"
F duration three weeks
> In a letter to the council, the Sellwood-Moreland Improvement League (SMILE), the neighborhood association, called the site "a poor fit for a low-barrier shelter" two blocks from a middle school and asked for a 90-day delay.
O nonprofit Sellwood-Moreland Improvement League
O nonprofit SMILE
Q direct Sellwood-Moreland Improvement League :: "a poor fit for a low-barrier shelter"
F number two
F duration 90-day
> SMILE chair Ingrid Solberg-Haas said the group was not against shelter. "Our board voted 11-2 last fall to support more beds in the neighborhood. What we asked for was a seat at the table, and a plan for the bus stop on Southeast 17th Avenue, where kids wait every morning at 7:40," she said.
O nonprofit SMILE
P full Ingrid Solberg-Haas
Q direct Ingrid Solberg-Haas :: "Our board voted 11-2 last fall to support more beds in the neighborhood. What we asked for was a seat at the table, and a plan for the bus stop on Southeast 17th Avenue, where kids wait every morning at 7:40,"
F number 11-2
L street Southeast 17th Avenue
F time 7:40
> Bridgeline's executive director, Tomas Ekwueme, said the nonprofit would hire 46 staff, put the shelter's only entrance on Southeast McLoughlin Boulevard, away from the school route, and hold monthly good-neighbor meetings.
O nonprofit Bridgeline
P full Tomas Ekwueme
F number 46
L street Southeast McLoughlin Boulevard
> "We have run our shelter at 6220 N. Interstate Ave. since 2037, and calls for police service on that block went down 22 percent," he said. "People who sleep indoors are easier neighbors than people who sleep in doorways."
Q direct Tomas Ekwueme :: "We have run our shelter at 6220 N. Interstate Ave. since 2037, and calls for police service on that block went down 22 percent,"
L address 6220 N. Interstate Ave.
F date 2037
F percent 22 percent
Q direct Tomas Ekwueme :: "People who sleep indoors are easier neighbors than people who sleep in doorways."
> Not everyone was persuaded. Lorraine Fitzhugh, 71, who has lived on Southeast Tacoma Street for 40 years, told commissioners she learned about the site from a flyer.
P full Lorraine Fitzhugh
F age 71
L street Southeast Tacoma Street
F duration 40 years
> "My husband used to say, 'Nothing ever happens on Tacoma Street, and that's the point.' Nobody from the city knocked on my door before today," she said.
Q direct Lorraine Fitzhugh :: "My husband used to say, 'Nothing ever happens on Tacoma Street, and that's the point.' Nobody from the city knocked on my door before today,"
L street Tacoma Street
> The contract also sets aside $1.2 million for security and cleanup within a four-block radius and requires quarterly reports to the council. Under a city-county agreement, Multnomah County's Homeless Services Department will cover 45 percent of the cost, the contract says.
F money $1.2 million
F number four
L region Multnomah County
O government Homeless Services Department
F percent 45 percent
> Bridgeline expects to open the shelter by Oct. 1. The council will hold a public meeting on the site at 6 p.m. March 28 at the Sellwood Community Center, 1436 S.E. Spokane St.
O nonprofit Bridgeline
F date Oct. 1
F time 6 p.m.
F date March 28
L facility Sellwood Community Center
L address 1436 S.E. Spokane St.
> Marcus Threlkeld covers Portland City Hall. Reach him at mthrelkeld@portlandtribune.com.
P full Marcus Threlkeld
O government Portland City Hall
'''

ARTICLES['1953-gdl-train-drivers-strike-deutsche-bahn-frankfurt-commuters-the-local-germany'] = r'''
> STRIKES
> Deutsche Bahn strike: What you need to know as train drivers walk out for 50 hours
O company Deutsche Bahn
F duration 50 hours
> The GDL train drivers' union has called a 50-hour strike on Deutsche Bahn's passenger services from Wednesday, with only around one in five long-distance trains expected to run. Here's what it means for travellers in Germany.
O nonprofit GDL
F duration 50-hour
O company Deutsche Bahn
F number one
F number five
L country Germany
> Author: Jana Hübenthal
P full Jana Hübenthal
> Published: 5 November 2040 09:42 CET
F date 5 November 2040
F time 09:42 CET
> Passengers check a departure board at Frankfurt's main station during an earlier walkout. Photo: picture alliance/dpa | Lennart Kößling
L city Frankfurt
O media picture alliance
O media dpa
P full Lennart Kößling
> The Gewerkschaft Deutscher Lokomotivführer (GDL) said on Monday that its members would stop work at Deutsche Bahn (DB) from 2 a.m. on Wednesday until 4 a.m. on Friday. Freight services will be hit from 6 p.m. on Tuesday, the union said.
O nonprofit Gewerkschaft Deutscher Lokomotivführer
O nonprofit GDL
O company Deutsche Bahn
O company DB
F time 2 a.m.
F time 4 a.m.
F time 6 p.m.
> The GDL is demanding a 9.5 percent pay rise over 12 months and a cut in the working week from 38 to 35 hours without loss of pay. DB has offered 5.2 percent in two stages and a one-off payment of €1,800.
O nonprofit GDL
F percent 9.5 percent
F duration 12 months
F duration 38
F duration 35 hours
O company DB
F percent 5.2 percent
F number two
F money €1,800
> "We have negotiated for eleven weeks and Deutsche Bahn has not moved on working hours at all," GDL chairman Jürgen Möllendorf told reporters in Frankfurt am Main on Monday. "Our members are not asking for gifts. They are asking to see their children."
Q direct Jürgen Möllendorf :: "We have negotiated for eleven weeks and Deutsche Bahn has not moved on working hours at all,"
F duration eleven weeks
O company Deutsche Bahn
O nonprofit GDL
P full Jürgen Möllendorf
L city Frankfurt am Main
Q direct Jürgen Möllendorf :: "Our members are not asking for gifts. They are asking to see their children."
> Which trains will run?
> DB said it would run an emergency timetable covering about 20 percent of long-distance ICE and IC services, mainly on the Hamburg-Hanover and Munich-Stuttgart routes. Regional and S-Bahn services will be "massively disrupted" in most states, the company said.
O company DB
F percent 20 percent
L city Hamburg
L city Hanover
L city Munich
L city Stuttgart
Q direct Deutsche Bahn :: "massively disrupted"
> In a statement, Deutsche Bahn called the walkout "completely unnecessary". "We have put a serious offer on the table. Instead of negotiating, the GDL is once again taking millions of passengers hostage," said DB spokeswoman Katrin Wöhlert.
O company Deutsche Bahn
Q direct Deutsche Bahn :: "completely unnecessary"
Q direct Katrin Wöhlert :: "We have put a serious offer on the table. Instead of negotiating, the GDL is once again taking millions of passengers hostage,"
O nonprofit GDL
O company DB
P full Katrin Wöhlert
> The German Economic Institute (IW) in Cologne estimates that each strike day costs the economy up to €100 million.
O nonprofit German Economic Institute
O nonprofit IW
L city Cologne
F money €100 million
> What does the government say?
> Federal Transport Minister Henrike Schäfer-Ostrowski urged both sides to accept mediation. "A strike of 50 hours in November, when people cannot simply switch to a bicycle, is a heavy burden. I expect both sides back at the table by the weekend," she told broadcaster ZDF.
P full Henrike Schäfer-Ostrowski
Q direct Henrike Schäfer-Ostrowski :: "A strike of 50 hours in November, when people cannot simply switch to a bicycle, is a heavy burden. I expect both sides back at the table by the weekend,"
F duration 50 hours
O media ZDF
> A spokesperson for the ministry said separately that the government would "not interfere in free collective bargaining".
Q direct - :: "not interfere in free collective bargaining"
> What does it mean for commuters?
> At Frankfurt's main station on Monday evening, Özlem Karataş, 34, a nurse who travels 40 minutes each way between Hanau and a hospital in Frankfurt, said she would drive instead and leave home at 5 a.m.
L city Frankfurt
P full Özlem Karataş
F age 34
F duration 40 minutes
L city Hanau
L city Frankfurt
F time 5 a.m.
> "On our ward we already call it 'strike week' when we write the rota. I understand the drivers, honestly, but the autobahn at six o'clock is no fun," she told The Local.
Q direct Özlem Karataş :: "On our ward we already call it 'strike week' when we write the rota. I understand the drivers, honestly, but the autobahn at six o'clock is no fun,"
F time six o'clock
O media The Local
> What are my rights?
> Under EU rules, delays of more than 60 minutes entitle passengers to 25 percent of the fare back, and delays of two hours or more to 50 percent.
O intergovernmental EU
F duration 60 minutes
F percent 25 percent
F duration two hours
F percent 50 percent
> READ ALSO: Can I get my money back if my Deutsche Bahn train is cancelled?
> Trains run by private operators, including several regional lines in Hesse, are not affected because the GDL's strike targets DB only. The union has said it will not strike over the Christmas holidays, from 22 December to 7 January.
L region Hesse
O nonprofit GDL
O company DB
F date 22 December
F date 7 January
'''

ARTICLES['1954-england-new-zealand-edgbaston-test-day-three-prendergast-okeke-espncricinfo'] = r'''
> Report
> Prendergast's unbeaten 78 stretches England's lead to 178 at Edgbaston
P partial Prendergast
F number 78
O team England
F number 178
L facility Edgbaston
> New Zealand lost their last four wickets in 52 minutes before England reached 145 for 3 at stumps on the third day
O team New Zealand
F number four
F duration 52 minutes
O team England
F score 145
F number 3
> Nikhil Ramaswamy
P full Nikhil Ramaswamy
> 06-Jun-2043
F date 06-Jun-2043
> Ollie Prendergast drives through the off side during his unbeaten 78 • Rhys Penhallow/Getty Images
P full Ollie Prendergast
F number 78
P full Rhys Penhallow
O company Getty Images
> Stumps England 312 and 145 for 3 (Prendergast 78*, Coyle 41*) lead New Zealand 279 (Fairbairn 88, Tautahi 51, Okeke 4-63, Westerby 3-58) by 178 runs
O team England
F score 312
F score 145
F number 3
P partial Prendergast
F number 78
P partial Coyle
F number 41
O team New Zealand
F score 279
P partial Fairbairn
F number 88
P partial Tautahi
F number 51
P partial Okeke
F score 4-63
P partial Westerby
F score 3-58
F number 178
> Ollie Prendergast made the most of a flat Edgbaston pitch and a tiring attack, striking an unbeaten 78 off 131 balls to take England's lead to 178 on the third day of the second Test.
P full Ollie Prendergast
L facility Edgbaston
F number 78
F number 131
O team England
F number 178
> New Zealand, replying to England's 312 all out, resumed on 244 for 6 on Saturday morning and lasted only 52 minutes, losing their last four wickets for 35 runs. Jamal Okeke, the Surrey quick, took three of them in 19 balls to complete his second four-for of the summer, trapping Logan Fairbairn lbw for 88 with one that kept low from the Birmingham End.
O team New Zealand
O team England
F score 312
F score 244
F number 6
F duration 52 minutes
F number four
F number 35
P full Jamal Okeke
O team Surrey
F number three
F number 19
F number four
P full Logan Fairbairn
F number 88
L facility Birmingham End
> Fairbairn had held the innings together for more than five hours, adding 97 for the sixth wicket with Rawiri Tautahi, whose 51 came off 68 balls before he chipped Callum Westerby to midwicket on Friday evening.
P partial Fairbairn
F duration five hours
F number 97
P full Rawiri Tautahi
F number 51
F number 68
P full Callum Westerby
> "We knew the second new ball would do a bit in the first hour, and Jamal was outstanding," England captain Callum Westerby said. "He has bowled 24 overs in this game and he still ran in at 90 miles an hour this morning.
Q direct Callum Westerby :: "We knew the second new ball would do a bit in the first hour, and Jamal was outstanding,"
P partial Jamal
O team England
P full Callum Westerby
Q direct Callum Westerby :: "He has bowled 24 overs in this game and he still ran in at 90 miles an hour this morning.
F number 24
F quantity 90 miles an hour
> "Ollie played beautifully. If we can get 350 ahead with four sessions left, I think we'll be in a good place."
Q direct Callum Westerby :: "Ollie played beautifully. If we can get 350 ahead with four sessions left, I think we'll be in a good place."
P partial Ollie
F number 350
F number four
> England's reply had begun uneasily. Tane Whakaruru, the New Zealand captain, had Zak Henshall caught at second slip for 4 in his third over, and Aaron Bexley-Tait followed for 11 when he was run out by Tautahi's direct hit from cover.
O team England
P full Tane Whakaruru
O team New Zealand
P full Zak Henshall
F number 4
P full Aaron Bexley-Tait
F number 11
P partial Tautahi
> When Whakaruru won an lbw decision against Ravi Dhaliwal for 9 shortly after tea, England were 31 for 3 and the lead was only 64. Prendergast and Harry Coyle then added an unbroken 114 in 38 overs, the Warwickshire left-hander driving handsomely down the ground in front of a full Hollies Stand.
P partial Whakaruru
P full Ravi Dhaliwal
F number 9
O team England
F score 31
F number 3
F number 64
P partial Prendergast
P full Harry Coyle
F number 114
F number 38
O team Warwickshire
L facility Hollies Stand
> Whakaruru, whose 14 overs cost only 29 runs, said his side had "let the game drift" on the second evening but were not out of the match.
P partial Whakaruru
F number 14
F number 29
Q direct Tane Whakaruru :: "let the game drift"
> "There's a lot of cricket left on this pitch. The boys keep saying, 'Two good sessions and we're chasing 250,' and they're right," Whakaruru said. "Rawiri and Logan showed yesterday you can bat out here if you're patient. We'll need someone to do that for five hours."
Q direct Tane Whakaruru :: "There's a lot of cricket left on this pitch. The boys keep saying, 'Two good sessions and we're chasing 250,' and they're right,"
F number Two
F score 250
P partial Whakaruru
Q direct Tane Whakaruru :: "Rawiri and Logan showed yesterday you can bat out here if you're patient. We'll need someone to do that for five hours."
P partial Rawiri
P partial Logan
F duration five hours
> Coyle, known in the England dressing room as "the Barber" for his short back-lift, had faced 97 balls for his 41 when the players came off at 6.31pm.
P partial Coyle
O team England
Q scare - :: "the Barber"
F number 97
F number 41
F time 6.31pm
> The crowd of 22,814 was the biggest for a Saturday of a Test at Edgbaston since 2039, according to Warwickshire County Cricket Club. England lead the three-match series 1-0 after winning at Lord's.
F number 22,814
L facility Edgbaston
F date 2039
O team Warwickshire County Cricket Club
O team England
F number three
F score 1-0
L facility Lord's
'''

ARTICLES['1955-sahra-vista-properties-ipo-dubai-financial-market-debut-arabian-business'] = r'''
> Real Estate
> Dubai developer Sahra Vista jumps 18% on DFM debut after AED3.2bn IPO
L city Dubai
O company Sahra Vista
F percent 18%
O company DFM
F money AED3.2bn
> Shares in the Jumeirah Village Circle-focused builder opened at Dh2.36 against an offer price of Dh2, with the retail tranche covered 31 times
L city Jumeirah Village Circle
F money Dh2.36
F money Dh2
F number 31
> By Leena Haddad
P full Leena Haddad
> Tue 12 Mar 2041 01:45 PM
F date 12 Mar 2041
F time 01:45 PM
> Sahra Vista Properties chairman Majid Khamis Al Shamsi (centre) rings the opening bell at the Dubai Financial Market on Tuesday. Image: Supplied
O company Sahra Vista Properties
P full Majid Khamis Al Shamsi
O company Dubai Financial Market
> Shares in Dubai developer Sahra Vista Properties PJSC opened 18 percent higher on their first day of trading on the Dubai Financial Market (DFM) on Tuesday, after an initial public offering that raised AED3.2 billion ($871 million) and drew orders of more than Dh44 billion.
L city Dubai
O company Sahra Vista Properties PJSC
F percent 18 percent
O company Dubai Financial Market
O company DFM
F money AED3.2 billion
F money $871 million
F money Dh44 billion
> The stock opened at Dh2.36, against an offer price of Dh2 a share, and touched Dh2.41 in the first hour before closing at Dh2.33, up 16.5 percent. That gives the company a market value of about Dh11.6 billion.
F money Dh2.36
F money Dh2
F money Dh2.41
F money Dh2.33
F percent 16.5 percent
F money Dh11.6 billion
> Sahra Vista sold 1.6 billion shares, or 32 percent of its capital, with 10 percent reserved for retail investors in the UAE. Retail demand covered that tranche 31 times, according to the lead managers.
O company Sahra Vista
F number 1.6 billion
F percent 32 percent
F percent 10 percent
L country UAE
F number 31
> “Today is not about one day of trading. Dubai’s population will pass five million within this decade, and those people need homes they can afford,” said Majid Khamis Al Shamsi, the company’s chairman. “We build for families earning Dh25,000 a month, not for speculators.
Q direct Majid Khamis Al Shamsi :: “Today is not about one day of trading. Dubai’s population will pass five million within this decade, and those people need homes they can afford,”
F duration one day
L city Dubai
F number five million
P full Majid Khamis Al Shamsi
Q direct Majid Khamis Al Shamsi :: “We build for families earning Dh25,000 a month, not for speculators.
F money Dh25,000
> “We have 4.6 million square feet under construction in Jumeirah Village Circle and Dubai South, and every square foot of it was sold off-plan before we poured concrete.”
Q direct Majid Khamis Al Shamsi :: “We have 4.6 million square feet under construction in Jumeirah Village Circle and Dubai South, and every square foot of it was sold off-plan before we poured concrete.”
F quantity 4.6 million square feet
L city Jumeirah Village Circle
L city Dubai South
> Al Shamsi, whose family founded the company in 2036, said the proceeds would fund 11 projects, including a 1,200-unit community near Al Maktoum International Airport due for handover in 2044.
P partial Al Shamsi
F date 2036
F number 11
F number 1,200
L facility Al Maktoum International Airport
F date 2044
> Rania Obeidat, head of research at Crescent Peak Capital in Dubai, said the pricing left “something on the table for everyone” but that the shares now trade at about 14 times forecast 2042 earnings, a premium to listed peers.
P full Rania Obeidat
O company Crescent Peak Capital
L city Dubai
Q direct Rania Obeidat :: “something on the table for everyone”
F number 14
F date 2042
> “Off-plan sales in Dubai rose 22 percent last year, and the market is pricing that as if it will continue forever. It may not. When the ‘hot money’ leaves, developers with thin margins will feel it first,” she said.
Q direct Rania Obeidat :: “Off-plan sales in Dubai rose 22 percent last year, and the market is pricing that as if it will continue forever. It may not. When the ‘hot money’ leaves, developers with thin margins will feel it first,”
L city Dubai
F percent 22 percent
> In a statement, the DFM said the listing was “the largest real estate IPO on the exchange since 2039” and the sixth new listing of the year.
O company DFM
Q direct Dubai Financial Market :: “the largest real estate IPO on the exchange since 2039”
F date 2039
> In Abu Dhabi, Omar Al Kaabi, a broker at Falcon Ridge Securities, said many of his clients had sold at the open. “They took 18 percent in a morning and walked away. I told some of them to hold half, but a profit is a profit,” he said.
L city Abu Dhabi
P full Omar Al Kaabi
O company Falcon Ridge Securities
Q direct Omar Al Kaabi :: “They took 18 percent in a morning and walked away. I told some of them to hold half, but a profit is a profit,”
F percent 18 percent
F fraction half
> A banker involved in the deal, who asked not to be named, said “around a third” of the institutional book came from outside the Gulf, mainly from London and Singapore.
Q direct - :: “around a third”
F fraction a third
L region Gulf
L city London
L city Singapore
> The DFM General Index closed 0.8 percent higher at 5,412.6 points.
F percent 0.8 percent
F number 5,412.6
'''

ARTICLES['1956-norcastle-orvaglutide-obesity-trial-weight-loss-list-price-stat'] = r'''
> Biotech
> Norcastle’s weekly obesity shot cut body weight by 21% in Phase 3 trial
O company Norcastle
F percent 21%
> Orvaglutide matches the market leaders, but nausea and a $1,150 monthly list price may decide its fate
F money $1,150
> By Elena Markowitz
P full Elena Markowitz
> Oct. 15, 2041
F date Oct. 15, 2041
> Norcastle Therapeutics’ orvaglutide is given as a once-weekly injection. Courtesy Norcastle Therapeutics
O company Norcastle Therapeutics
O company Norcastle Therapeutics
> Norcastle Therapeutics said Tuesday that its experimental weight-loss drug orvaglutide helped people with obesity lose an average of 21.4% of their body weight over 72 weeks in a Phase 3 trial.
O company Norcastle Therapeutics
F percent 21.4%
F duration 72 weeks
> Participants on placebo lost 2.6%. The trial, called SUMMIT-2, enrolled 3,412 adults with a body mass index of 30 or higher, or 27 with at least one weight-related condition, at 214 sites in 11 countries.
F percent 2.6%
F number 3,412
F number 30
F number 27
F number one
F number 214
F number 11
> The 21.4% figure came from the highest dose, 12 milligrams; people on the 8-milligram dose lost 17.9%. Norcastle presented the data Tuesday at a medical meeting in San Antonio and plans to file with the Food and Drug Administration in the first half of 2042.
F percent 21.4%
F quantity 12 milligrams
F quantity 8-milligram
F percent 17.9%
O company Norcastle
L city San Antonio
O government Food and Drug Administration
F date 2042
> “We set out to show that you don’t have to choose between efficacy and tolerability, and I think we did that,” Raymond Achterberg, Norcastle’s chief medical officer, told STAT. “Patients stayed on the drug. In the real world, that is the number that matters.”
Q direct Raymond Achterberg :: “We set out to show that you don’t have to choose between efficacy and tolerability, and I think we did that,”
P full Raymond Achterberg
O company Norcastle
O media STAT
Q direct Raymond Achterberg :: “Patients stayed on the drug. In the real world, that is the number that matters.”
> Discontinuation because of side effects was 6.1% on the high dose, compared with 2.9% on placebo. Nausea was reported by 38% of participants on orvaglutide, mostly during the first eight weeks, when the dose is raised every four weeks.
F percent 6.1%
F percent 2.9%
F percent 38%
F duration eight weeks
F duration four weeks
> Tamsin Okoro, an endocrinologist at the University of Michigan who sits on the FDA’s Endocrinologic and Metabolic Drugs Advisory Committee, spoke only for herself.
P full Tamsin Okoro
O education University of Michigan
O government FDA
O government Endocrinologic and Metabolic Drugs Advisory Committee
> “Twenty-one percent is a very good number. But we have now seen five or six drugs land in the same neighborhood, and the question for the committee will not be ‘does it work?’ It will be ‘what does it add?’” Okoro said.
Q direct Tamsin Okoro :: “Twenty-one percent is a very good number. But we have now seen five or six drugs land in the same neighborhood, and the question for the committee will not be ‘does it work?’ It will be ‘what does it add?’”
F percent Twenty-one percent
F number five
F number six
P partial Okoro
> Luis Betancourt, a preventive cardiologist at Johns Hopkins, said the trial was too short to show whether the drug prevents heart attacks and strokes. A separate outcomes study in 9,600 patients is not expected to read out until 2044.
P full Luis Betancourt
O education Johns Hopkins
F number 9,600
F date 2044
> “Weight is a surrogate. But my patients don’t come to me to weigh less. They come to me so they don’t have another heart attack,” Betancourt said. “Until the outcomes study reads out, I’d call this a very effective weight drug and nothing more.
Q direct Luis Betancourt :: “Weight is a surrogate. But my patients don’t come to me to weigh less. They come to me so they don’t have another heart attack,”
P partial Betancourt
Q direct Luis Betancourt :: “Until the outcomes study reads out, I’d call this a very effective weight drug and nothing more.
> “That may be enough for a lot of people. It isn’t enough for me to tell them it saves lives.”
Q direct Luis Betancourt :: “That may be enough for a lot of people. It isn’t enough for me to tell them it saves lives.”
> Norcastle said it would set a list price of $1,150 a month, about 15% below the leading brands, and called the figure “a price that reflects what payers have told us.”
O company Norcastle
F money $1,150
F percent 15%
Q direct Norcastle Therapeutics :: “a price that reflects what payers have told us.”
> Gloria Pettaway, 52, a trial participant and school bus dispatcher in Baltimore, said she lost 58 pounds in a little over a year, came off two blood pressure medicines and no longer hears what patients call “food noise.”
P full Gloria Pettaway
F age 52
L city Baltimore
F quantity 58 pounds
F number two
Q scare - :: “food noise.”
> “The first month I was sick most mornings. After that, I just wasn’t hungry the way I used to be,” she said. “But at $1,150 a month, I don’t know how I’d keep taking it without the study.”
Q direct Gloria Pettaway :: “The first month I was sick most mornings. After that, I just wasn’t hungry the way I used to be,”
Q direct Gloria Pettaway :: “But at $1,150 a month, I don’t know how I’d keep taking it without the study.”
F money $1,150
> Norcastle, based in Cambridge, Mass., had $2.4 billion in cash at the end of June. Its shares rose 11% in premarket trading Tuesday.
O company Norcastle
L city Cambridge
L region Mass.
F money $2.4 billion
F percent 11%
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
