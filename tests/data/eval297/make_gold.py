#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval297 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval297/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1825-hull-blade-factory-expansion-alexandra-dock-hessle-yorkshire-post'] = r'''
> Business
> Hull blade factory to create 640 jobs in £310m expansion
L city Hull
F number 640
F money £310m
> Humber Blade Company will build a second production hall at Alexandra Dock able to make 140-metre blades, as the Humber cements its place in the UK’s offshore wind industry
O company Humber Blade Company
L facility Alexandra Dock
F quantity 140-metre
L region Humber
L country UK
> By Harriet Lockwood
P full Harriet Lockwood
> Published 17th Mar 2042, 06:00 GMT
F date 17th Mar 2042
F time 06:00 GMT
> A 107-metre blade leaves the factory at Alexandra Dock, Hull. Picture: JAMES OAKSHOTT
F quantity 107-metre
L facility Alexandra Dock
L city Hull
P full JAMES OAKSHOTT
> A WIND turbine blade factory in Hull is to almost double in size, creating 640 jobs, after its Danish-owned operator confirmed a £310m expansion.
L city Hull
F number 640
F money £310m
> The Humber Blade Company (HBC) said on Monday that work on a 42,000 sq m production hall at Alexandra Dock would start in June and that the first 140-metre blades would roll out in spring 2044.
O company Humber Blade Company
O company HBC
F quantity 42,000 sq m
L facility Alexandra Dock
F quantity 140-metre
F date 2044
> “This is the biggest single investment we have made since the factory opened in 2031,” said managing director Ingrid Solberg-Haugen. “The turbines going into the North Sea in the 2040s need blades of 140 metres or more, and we intend to make every one of them on the Humber.”
Q direct Ingrid Solberg-Haugen :: “This is the biggest single investment we have made since the factory opened in 2031,”
F date 2031
P full Ingrid Solberg-Haugen
Q direct Ingrid Solberg-Haugen :: “The turbines going into the North Sea in the 2040s need blades of 140 metres or more, and we intend to make every one of them on the Humber.”
L geo North Sea
F date 2040s
F quantity 140 metres
L region Humber
> Ms Solberg-Haugen, 51, said the company’s order book now ran to the end of 2044, with 1,900 blades due for three wind farms off the Yorkshire coast and on Dogger Bank.
P partial Solberg-Haugen
F age 51
F date 2044
F number 1,900
F number three
L region Yorkshire
L geo Dogger Bank
> She added: “We are not a factory that will be here for five years and then leave. We are part of Hull now.”
Q direct Ingrid Solberg-Haugen :: “We are not a factory that will be here for five years and then leave. We are part of Hull now.”
F duration five years
L city Hull
> Among the 1,150 people already employed at the site is Dean Whitlam, 34, a laminator from Hessle who joined HBC as an apprentice eight years ago.
F number 1,150
P full Dean Whitlam
F age 34
L city Hessle
O company HBC
F duration eight years
> “When I left school in Hessle there was nothing on the docks but empty sheds,” he said. “My dad worked on the trawlers, and he still can’t believe his lad makes ‘the biggest things in Yorkshire’ – his words, not mine.”
Q direct Dean Whitlam :: “When I left school in Hessle there was nothing on the docks but empty sheds,”
L city Hessle
Q direct Dean Whitlam :: “My dad worked on the trawlers, and he still can’t believe his lad makes ‘the biggest things in Yorkshire’ – his words, not mine.”
L region Yorkshire
> Hull City Council leader Coun Marian Oduya said the expansion was “the best news the city has had in a decade” and that the authority would put £4.5m towards a skills centre on Hedon Road.
O government Hull City Council
P full Marian Oduya
Q direct Marian Oduya :: “the best news the city has had in a decade”
F money £4.5m
L street Hedon Road
> “For too long people have talked about green jobs on the Humber as if they were always coming tomorrow,” Coun Oduya said. “Six hundred and forty new posts, paying on average £38,500 a year, is tomorrow arriving.
Q direct Marian Oduya :: “For too long people have talked about green jobs on the Humber as if they were always coming tomorrow,”
L region Humber
P partial Oduya
Q direct Marian Oduya :: “Six hundred and forty new posts, paying on average £38,500 a year, is tomorrow arriving.
F number Six hundred and forty
F money £38,500
> “Now we need the Government to match it with money for the A63 and for housing in east Hull.”
Q direct Marian Oduya :: “Now we need the Government to match it with money for the A63 and for housing in east Hull.”
O government Government
L street A63
L city Hull
> Dr Farah Qureshi, an economist at the University of Hull, estimated that each factory job supported about 1.4 further jobs in the region’s supply chain, and that the project could add 0.3 per cent to the city’s economic output within three years.
P full Farah Qureshi
O education University of Hull
F number 1.4
F percent 0.3 per cent
F duration three years
> “Hull’s unemployment rate is still 6.1 per cent, against 4.2 per cent nationally,” she said. “If half of these jobs go to people who are out of work today, that is a real change.”
Q direct Farah Qureshi :: “Hull’s unemployment rate is still 6.1 per cent, against 4.2 per cent nationally,”
L city Hull
F percent 6.1 per cent
F percent 4.2 per cent
Q direct Farah Qureshi :: “If half of these jobs go to people who are out of work today, that is a real change.”
F fraction half
> Smaller firms along the estuary have been burned before by what the industry calls the “boom and bust” of offshore contracts. “We have heard big numbers before. We will believe it when the steel goes up,” said the owner of a Grimsby fabrication firm, who asked not to be named.
Q scare - :: “boom and bust”
Q direct - :: “We have heard big numbers before. We will believe it when the steel goes up,”
L city Grimsby
> HBC, a subsidiary of Copenhagen-based Vestra Energi, said recruitment for the first 220 posts would begin on 4th May with a jobs fair at the MKM Stadium.
O company HBC
L city Copenhagen
O company Vestra Energi
F number 220
F date 4th May
L facility MKM Stadium
'''

ARTICLES['1826-lumora-halvorsen-house-streaming-publisher-merger-wall-street-journal'] = r'''
> Business | Media & Marketing
> Streamer Lumora to Merge With New York Publisher Halvorsen House in $8.4 Billion Deal
O company Lumora
L city New York
O company Halvorsen House
F money $8.4 Billion
> Combined company would have about 61 million subscribers; shareholders of the Los Angeles streaming service would own 55%
F number 61 million
L city Los Angeles
F percent 55%
> By Dana Whitcombe and Marcus Oyelaran
P full Dana Whitcombe
P full Marcus Oyelaran
> Updated April 13, 2043 7:05 pm ET
F date April 13, 2043
F time 7:05 pm ET
> Lumora’s headquarters in Culver City, Calif. The company has lost money in 11 of the past 12 quarters. Photo: Elena Marchetti for The Wall Street Journal
O company Lumora
L city Culver City
L region Calif.
F number 11
F number 12
P full Elena Marchetti
O media The Wall Street Journal
> Lumora Inc., the Los Angeles streaming service known for its true-crime series, agreed to merge with book and magazine publisher Halvorsen House in an all-stock deal valuing the combined company at about $8.4 billion, the companies said Monday.
O company Lumora Inc.
L city Los Angeles
O company Halvorsen House
F money $8.4 billion
> Under the terms, Halvorsen shareholders will receive 1.35 Lumora shares for each share they own, a premium of 22% to Friday’s closing price. Lumora’s investors will own 55% of the new company, which will be called Lumora Halvorsen and remain listed on the Nasdaq.
O company Halvorsen
F number 1.35
O company Lumora
F percent 22%
O company Lumora
F percent 55%
O company Lumora Halvorsen
O other Nasdaq
> “Stories are the whole business, and Halvorsen has been finding them for 118 years,” said Lumora Chief Executive Priya Santangelo, who will run the combined company. “We have the audience; they have the shelf.”
Q direct Priya Santangelo :: “Stories are the whole business, and Halvorsen has been finding them for 118 years,”
O company Halvorsen
F duration 118 years
O company Lumora
P full Priya Santangelo
Q direct Priya Santangelo :: “We have the audience; they have the shelf.”
> Ms. Santangelo, 47, said the deal would let Lumora turn Halvorsen’s back catalog of roughly 30,000 titles into series and podcasts, and cut about $400 million in annual costs within two years.
P partial Santangelo
F age 47
O company Lumora
O company Halvorsen
F number 30,000
F money $400 million
F duration two years
> Halvorsen’s chief executive, Theodore Blakemore, who will become vice chairman, said the publisher had been approached by "at least three" suitors since last fall. In an interview at the company’s offices on West 57th Street in Manhattan, he said the board chose Lumora because it "wants to read the books before it films them."
O company Halvorsen
P full Theodore Blakemore
Q direct Theodore Blakemore :: "at least three"
F number three
L street West 57th Street
L city Manhattan
O company Lumora
Q direct Theodore Blakemore :: "wants to read the books before it films them."
> Lumora ended last year with 38.2 million paying subscribers, mostly in the U.S. and Canada, while Halvorsen’s magazines and audiobook app have about 23 million. The streamer lost $612 million in 2042 on revenue of $5.1 billion.
O company Lumora
F number 38.2 million
L country U.S.
L country Canada
O company Halvorsen
F number 23 million
F money $612 million
F date 2042
F money $5.1 billion
> Lumora shares rose 9.4% to $31.20 in New York trading Monday, while Halvorsen jumped 19%.
O company Lumora
F percent 9.4%
F money $31.20
L city New York
O company Halvorsen
F percent 19%
> Not everyone was convinced. Gregory Achterberg, a media analyst at New York investment bank Calloway Reese & Co., called the pairing "a library buying a cinema" and said the cost savings looked "ambitious, to put it politely."
P full Gregory Achterberg
L city New York
O company Calloway Reese & Co.
Q direct Gregory Achterberg :: "a library buying a cinema"
Q direct Gregory Achterberg :: "ambitious, to put it politely."
> "Streaming companies have spent a decade learning that subscribers are expensive to win and cheap to lose," Mr. Achterberg said. "Books don't change that math."
Q direct Gregory Achterberg :: "Streaming companies have spent a decade learning that subscribers are expensive to win and cheap to lose,"
P partial Achterberg
Q direct Gregory Achterberg :: "Books don't change that math."
> The Writers Guild of America West, which represents about 11,500 screenwriters in Los Angeles and beyond, said it would seek meetings with both companies. Rosalind Ferreira-Kahn, a guild representative, said writers feared that authors’ and screenwriters’ rights would be folded into “one contract for everything.”
O nonprofit Writers Guild of America West
F number 11,500
L city Los Angeles
P full Rosalind Ferreira-Kahn
Q direct Rosalind Ferreira-Kahn :: “one contract for everything.”
> “A novel is not raw material,” she said. “If this merger means adaptations without the people who wrote the originals at the table, our members—and theirs—will say no.”
Q direct Rosalind Ferreira-Kahn :: “A novel is not raw material,”
Q direct Rosalind Ferreira-Kahn :: “If this merger means adaptations without the people who wrote the originals at the table, our members—and theirs—will say no.”
> A person familiar with the talks said the two boards had met six times since January and that the Federal Trade Commission was expected to review the deal, which the companies hope to close in the first quarter of 2044. “Nobody thinks this is a monopoly problem,” the person said.
F number two
F number six
O government Federal Trade Commission
F date 2044
Q direct - :: “Nobody thinks this is a monopoly problem,”
> Write to Dana Whitcombe at dana.whitcombe@wsj.com and Marcus Oyelaran at marcus.oyelaran@wsj.com
P full Dana Whitcombe
P full Marcus Oyelaran
'''

ARTICLES['1827-london-marathon-kiptanui-course-record-hartley-rowe-guardian'] = r'''
> Athletics
> Kiptanui breaks London course record as Hartley-Rowe ends long wait for home win
P partial Kiptanui
L city London
P partial Hartley-Rowe
> Kenyan runs 2:01:52 to win on the Mall; Stockport physio is first British women’s winner in 14 years with 2:17:09
F duration 2:01:52
L street Mall
L city Stockport
F duration 14 years
F duration 2:17:09
> Sean Ingram-Waite at the London Marathon
P full Sean Ingram-Waite
> Sun 26 Apr 2043 17.48 BST
F date 26 Apr 2043
F time 17.48 BST
> Joseph Kiptanui crosses the line on the Mall. Photograph: Aled Pryce/Getty Images
P full Joseph Kiptanui
L street Mall
P full Aled Pryce
O media Getty Images
> Joseph Kiptanui took 27 seconds off the London course record on Sunday, running 2:01:52 on a cool, grey morning to win by 38 seconds, and Ellie Hartley-Rowe gave the home crowd their first British women’s winner since 2029.
P full Joseph Kiptanui
F duration 27 seconds
L city London
F duration 2:01:52
F duration 38 seconds
P full Ellie Hartley-Rowe
F date 2029
> Kiptanui, 26, from Iten in Kenya’s Rift Valley, broke clear of Abebe Tadesse Gebre of Ethiopia on the Embankment with 5km to go and came home alone down the Mall, arms spread wide like a plane.
P partial Kiptanui
F age 26
L city Iten
L country Kenya
L geo Rift Valley
P full Abebe Tadesse Gebre
L country Ethiopia
L street Embankment
F quantity 5km
L street Mall
> “At 35 kilometres I told myself, ‘Joseph, today is the day, don’t wait for anyone,’” said Kiptanui, who earns $100,000 for the win plus a $50,000 record bonus. “The crowd at Tower Bridge was so loud I could not hear my own feet.”
Q direct Joseph Kiptanui :: “At 35 kilometres I told myself, ‘Joseph, today is the day, don’t wait for anyone,’”
F quantity 35 kilometres
P partial Joseph
P partial Kiptanui
F money $100,000
F money $50,000
Q direct Joseph Kiptanui :: “The crowd at Tower Bridge was so loud I could not hear my own feet.”
L facility Tower Bridge
> Gebre, 31, was second in 2:02:30, with Uganda’s Moses Okello third in 2:03:14. The previous record, 2:02:19, had stood since 2037.
P partial Gebre
F age 31
F duration 2:02:30
L country Uganda
P full Moses Okello
F duration 2:03:14
F duration 2:02:19
F date 2037
> Britain’s best man was Callum Reid-Fraser, 12th in 2:08:51. Okello, who turned 22 on Friday, said he would be back. “Next time I come for the top,” he said.
L country Britain
P full Callum Reid-Fraser
F duration 2:08:51
P partial Okello
F age 22
Q direct Moses Okello :: “Next time I come for the top,”
> The women’s race was closer. Hartley-Rowe, a 29-year-old physiotherapist who trains on the Pennines above Saddleworth, ran in a group of six to 20 miles, where the fabled “wall” waits, and then pulled away from the defending champion, Birtukan Alemu of Ethiopia, on the climb out of the Blackfriars underpass.
P partial Hartley-Rowe
F age 29-year-old
L geo Pennines
L city Saddleworth
F number six
F quantity 20 miles
Q scare - :: “wall”
P full Birtukan Alemu
L country Ethiopia
L facility Blackfriars
> She finished in 2:17:09, 41 seconds clear, and dropped to the tarmac in tears.
F duration 2:17:09
F duration 41 seconds
> “I’ve watched this race from my mum’s sofa since I was seven,” Hartley-Rowe said. “Every year I’d say, one day. Today I looked up at Buckingham Palace with a mile left and thought: it’s actually happening.
Q direct Ellie Hartley-Rowe :: “I’ve watched this race from my mum’s sofa since I was seven,”
F age seven
P partial Hartley-Rowe
Q direct Ellie Hartley-Rowe :: “Every year I’d say, one day. Today I looked up at Buckingham Palace with a mile left and thought: it’s actually happening.
L facility Buckingham Palace
> “Half of Stockport must be here. I heard my name the whole way round.”
Q direct Ellie Hartley-Rowe :: “Half of Stockport must be here. I heard my name the whole way round.”
F fraction Half
L city Stockport
> Alemu, who won last year in 2:16:40, said she had been troubled by a calf injury since March. "I am not sad. She was stronger today," she said through an interpreter.
P partial Alemu
F duration 2:16:40
Q direct Birtukan Alemu :: "I am not sad. She was stronger today,"
> Organisers said 58,412 runners started, a record for the race, and 57,960 finished, the last of them after 8pm. Hartley-Rowe also collects a £25,000 bonus from UK Athletics as the first British finisher.
F number 58,412
F number 57,960
F time 8pm
P partial Hartley-Rowe
F money £25,000
O other UK Athletics
> The temperature of 9C at the 10am start in Greenwich was, in the words of one race official who asked not to be named, “perfect for records”.
F quantity 9C
F time 10am
L city Greenwich
Q direct - :: “perfect for records”
> More than a third of the field ran for charity, raising an estimated £71.5m. Among them was Hartley-Rowe’s father, Graham Hartley, 61, who finished in 4hr 12min and called the last 385 yards “the longest of my life”.
F fraction a third
F money £71.5m
P partial Hartley-Rowe
P full Graham Hartley
F age 61
F duration 4hr
F duration 12min
F quantity 385 yards
Q direct Graham Hartley :: “the longest of my life”
'''

ARTICLES['1828-selangor-budget-row-water-plan-walkout-shah-alam-klang-cna'] = r'''
> Asia
L continent Asia
> Selangor Budget Row Deepens as Opposition Walks Out Over RM2.1 Billion Water Plan
L region Selangor
F money RM2.1 Billion
> The state government says the spending is needed to end years of water cuts in the Klang Valley; critics call it 'a blank cheque'.
L region Klang Valley
Q direct Tan Chee Keong :: 'a blank cheque'
> Hazirah Mohd Salleh
P full Hazirah Mohd Salleh
> 18 Nov 2041 07:32PM (Updated: 18 Nov 2041 09:05PM)
F date 18 Nov 2041
F time 07:32PM
F date 18 Nov 2041
F time 09:05PM
> The Selangor state secretariat building in Shah Alam. (File photo: CNA/Faris Iskandar bin Nordin)
L region Selangor
L city Shah Alam
O media CNA
P full Faris Iskandar bin Nordin
> SHAH ALAM: Opposition assemblymen walked out of the Selangor State Legislative Assembly on Monday (Nov 18) as the state government pushed through a RM2.1 billion plan to upgrade water treatment plants, in the sharpest budget row the state has seen in five years.
L city SHAH ALAM
O government Selangor State Legislative Assembly
F date Nov 18
F money RM2.1 billion
F duration five years
> The plan is the centrepiece of Selangor’s RM12.6 billion budget for 2042, which Menteri Besar Amirul Hakim Zainuddin tabled last Friday. It was approved by a voice vote after 17 opposition members left the chamber. The ruling coalition holds 34 of the assembly’s 56 seats.
L region Selangor
F money RM12.6 billion
F date 2042
P full Amirul Hakim Zainuddin
F number 17
F number 34
F number 56
> Datuk Seri Amirul said the money would fund new filters at the Sungai Semenyih and Rantau Panjang treatment plants and replace 480km of old pipes, cutting unscheduled water disruptions by 60 per cent by 2044.
P partial Amirul
L facility Sungai Semenyih
L facility Rantau Panjang
F quantity 480km
F percent 60 per cent
F date 2044
> “Selangor cannot be the richest state in Malaysia and still ask families in Petaling Jaya to queue for water with buckets,” he told the assembly. “Every ringgit in this plan goes into pipes, not pockets.”
Q direct Amirul Hakim Zainuddin :: “Selangor cannot be the richest state in Malaysia and still ask families in Petaling Jaya to queue for water with buckets,”
L region Selangor
L country Malaysia
L city Petaling Jaya
Q direct Amirul Hakim Zainuddin :: “Every ringgit in this plan goes into pipes, not pockets.”
> Mr Tan Chee Keong, the opposition assemblyman for Sungai Pelek, called the plan “a blank cheque” and said more than a third of the allocation had no named contractor.
P full Tan Chee Keong
L region Sungai Pelek
Q direct Tan Chee Keong :: “a blank cheque”
F fraction a third
> “We are not against clean water. We are against RM700 million being spent through direct negotiation,” Mr Tan said outside the chamber. “Show us the tenders, and we will vote for it.”
Q direct Tan Chee Keong :: “We are not against clean water. We are against RM700 million being spent through direct negotiation,”
F money RM700 million
P partial Tan
Q direct Tan Chee Keong :: “Show us the tenders, and we will vote for it.”
> The state’s water operator, Pengurusan Air Selangor (Air Selangor), said in a statement that all contracts would follow “open and transparent” procedures.
O company Pengurusan Air Selangor
O company Air Selangor
Q direct Pengurusan Air Selangor :: “open and transparent”
> Dr Nur Aisyah Kamaruddin, a political analyst at Universiti Malaya, said the row was less about pipes than about the state election, which must be held by 2043.
P full Nur Aisyah Kamaruddin
O education Universiti Malaya
F date 2043
> “Water cuts are the one issue every voter in the Klang Valley has lived through,” she told CNA. “Whoever is seen to fix them wins the argument, and the opposition knows the government’s majority is safe until what people here call the ‘mother of all polls’.
Q direct Nur Aisyah Kamaruddin :: “Water cuts are the one issue every voter in the Klang Valley has lived through,”
L region Klang Valley
O media CNA
Q direct Nur Aisyah Kamaruddin :: “Whoever is seen to fix them wins the argument, and the opposition knows the government’s majority is safe until what people here call the ‘mother of all polls’.
> “So the walkout is really for the cameras, not for the budget.”
Q direct Nur Aisyah Kamaruddin :: “So the walkout is really for the cameras, not for the budget.”
> In Klang, where some neighbourhoods had water for only 12 hours a day during a 19-day disruption in March 2041, trader Lim Siew Ling, 58, said she had spent RM1,800 on a storage tank for her noodle stall on Jalan Meru.
L city Klang
F duration 12 hours
F duration 19-day
F date March 2041
P full Lim Siew Ling
F age 58
F money RM1,800
L street Jalan Meru
> "I don't care which side fixes it. Just fix it before Chinese New Year," said Madam Lim, who has run the stall for two decades.
Q direct Lim Siew Ling :: "I don't care which side fixes it. Just fix it before Chinese New Year,"
P partial Lim
F duration two decades
> A state official, who declined to be named as he was not authorised to speak to the media, said Putrajaya had been asked to cover 30 per cent of the cost under what officials call the “water security roadmap”. “We have written twice. We are still waiting,” the official said.
L city Putrajaya
F percent 30 per cent
Q scare - :: “water security roadmap”
Q direct - :: “We have written twice. We are still waiting,”
'''

ARTICLES['1829-brawley-quake-early-warning-upgrade-imperial-valley-caltech-usgs-los-angeles-times'] = r'''
> Science
> After Brawley quake, Caltech upgrades the early warning that gave the Imperial Valley 9 seconds
L city Brawley
O education Caltech
L region Imperial Valley
F duration 9 seconds
> The magnitude 5.8 earthquake on Oct. 3 exposed gaps in sensor coverage near the Mexican border. Scientists say 140 new stations will help.
F quantity magnitude 5.8
F date Oct. 3
F number 140
> By Nathaniel Brightwater
P full Nathaniel Brightwater
> Staff Writer
> Nov. 12, 2038 5 AM PT
F date Nov. 12, 2038
F time 5 AM PT
> USGS seismologist Carmen Oyarzun inspects a new sensor outside Brawley. (Luis Ochoa-Reyes / Los Angeles Times)
O government USGS
P full Carmen Oyarzun
L city Brawley
P full Luis Ochoa-Reyes
O media Los Angeles Times
> When the ground began to shake beneath Brawley at 4:41 a.m. on Oct. 3, phones across the Imperial Valley lit up with the same message: “Earthquake! Expect shaking. Drop, cover, hold on.” Some residents got 9 seconds of notice. Others, a few miles closer to the epicenter, got none at all.
L city Brawley
F time 4:41 a.m.
F date Oct. 3
L region Imperial Valley
Q direct - :: “Earthquake! Expect shaking. Drop, cover, hold on.”
F duration 9 seconds
> The magnitude 5.8 quake, centered about 6 miles northwest of Brawley in the Brawley Seismic Zone, damaged 212 buildings, cracked a levee on the New River and injured 14 people, according to Imperial County officials.
F quantity magnitude 5.8
F quantity 6 miles
L city Brawley
L geo Brawley Seismic Zone
F number 212
L geo New River
F number 14
L region Imperial County
> Now Caltech and the U.S. Geological Survey say they will add 140 sensors around the Salton Sea and the southern end of the San Andreas fault by next summer, at a cost of $11.6 million, to close what scientists call the “border blind spot.”
O education Caltech
O government U.S. Geological Survey
F number 140
L geo Salton Sea
L geo San Andreas
F money $11.6 million
Q scare - :: “border blind spot.”
> “The algorithm worked the way it was designed to,” said Carmen Oyarzun, a seismologist at the USGS office in Pasadena. “The problem is geography. There were only three stations within 20 kilometers of that epicenter, and one of them was down for maintenance.”
Q direct Carmen Oyarzun :: “The algorithm worked the way it was designed to,”
P full Carmen Oyarzun
O government USGS
L city Pasadena
Q direct Carmen Oyarzun :: “The problem is geography. There were only three stations within 20 kilometers of that epicenter, and one of them was down for maintenance.”
F number three
F quantity 20 kilometers
> Oyarzun, 44, said the system needs at least four stations to detect a quake and estimate its size. Near Brawley, that took 3.2 seconds longer than it would have in Los Angeles, where sensors sit about 6 miles apart.
P partial Oyarzun
F age 44
F number four
L city Brawley
F duration 3.2 seconds
L city Los Angeles
F quantity 6 miles
> At Caltech’s Seismological Laboratory, professor Benjamin Adewale-Hart has spent two years teaching the software to recognize a quake from the first 0.5 seconds of shaking.
O education Caltech
O education Seismological Laboratory
P full Benjamin Adewale-Hart
F duration two years
F duration 0.5 seconds
> “Every second is worth something,” Adewale-Hart said. “At 5 seconds a surgeon can lift the scalpel. At 10 seconds a train can brake, and a classroom of kids can get under their desks.
Q direct Benjamin Adewale-Hart :: “Every second is worth something,”
P partial Adewale-Hart
Q direct Benjamin Adewale-Hart :: “At 5 seconds a surgeon can lift the scalpel. At 10 seconds a train can brake, and a classroom of kids can get under their desks.
F duration 5 seconds
F duration 10 seconds
> “Near the border we were giving people almost nothing. With the new stations we think we can give most of the valley 6 to 8 seconds.”
Q direct Benjamin Adewale-Hart :: “Near the border we were giving people almost nothing. With the new stations we think we can give most of the valley 6 to 8 seconds.”
F duration 6
F duration 8 seconds
> In Brawley, Rosa Delgadillo, 67, was making coffee in her kitchen off Main Street when her phone buzzed. She said she had time to turn off the gas and grab her granddaughter, 4, before the cabinets emptied onto the floor.
L city Brawley
P full Rosa Delgadillo
F age 67
L street Main Street
F age 4
> "Nine seconds doesn't sound like a lot," she said. "It was enough."
Q direct Rosa Delgadillo :: "Nine seconds doesn't sound like a lot,"
F duration Nine seconds
Q direct Rosa Delgadillo :: "It was enough."
> The California Governor’s Office of Emergency Services, known as Cal OES, will pay $4.8 million of the cost. Harold Ng-Castellanos, its deputy director, said reports from the border city of Calexico had been sobering.
O government California Governor’s Office of Emergency Services
O government Cal OES
F money $4.8 million
P full Harold Ng-Castellanos
L city Calexico
> “People in Calexico told us the shaking arrived before the alert did,” Ng-Castellanos said. “That is not acceptable for a community of 40,000 people.”
Q direct Harold Ng-Castellanos :: “People in Calexico told us the shaking arrived before the alert did,”
L city Calexico
P partial Ng-Castellanos
Q direct Harold Ng-Castellanos :: “That is not acceptable for a community of 40,000 people.”
F number 40,000
> An engineer with the Imperial Irrigation District, who was not authorized to speak publicly, said the district’s canal gates closed automatically within 11 seconds of the alert. “That’s the first time it has done that for real,” the engineer said.
O government Imperial Irrigation District
F duration 11 seconds
Q direct - :: “That’s the first time it has done that for real,”
> The new stations are expected to be running by June 2039. Shaking from a magnitude 7.8 quake on the southern San Andreas could reach Los Angeles in about 50 seconds.
F date June 2039
F quantity magnitude 7.8
L geo San Andreas
L city Los Angeles
F duration 50 seconds
'''

ARTICLES['1830-cocobod-cocoa-producer-price-rise-kuntanase-ashanti-ghanaian-times'] = r'''
> Business
> Cocoa farmers to receive GH¢6,912 per bag as COCOBOD raises price by 42 per cent
F money GH¢6,912
O government COCOBOD
F percent 42 per cent
> By Kwabena Asante-Boakye
P full Kwabena Asante-Boakye
> October 2, 2040
F date October 2, 2040
> Cocoa beans drying at Kuntanase in the Ashanti Region. Photo: Akosua Frimpomaa
L city Kuntanase
L region Ashanti Region
P full Akosua Frimpomaa
> The Ghana Cocoa Board (COCOBOD) has raised the producer price of cocoa for the 2040/41 crop season by 42 per cent, increasing the price paid to farmers from GH¢4,868 to GH¢6,912 per bag of 64 kilogrammes.
O government Ghana Cocoa Board
O government COCOBOD
F date 2040/41
F percent 42 per cent
F money GH¢4,868
F money GH¢6,912
F quantity 64 kilogrammes
> The new price, which translates to GH¢110,592 per tonne, takes effect from Thursday, October 4, 2040, the Chief Executive of COCOBOD, Dr Yaw Owusu-Mensah, announced at a press conference in Accra yesterday.
F money GH¢110,592
F date October 4, 2040
O government COCOBOD
P full Yaw Owusu-Mensah
L city Accra
> “Government has listened to our farmers. The world price has risen, the cedi has held steady, and the farmer must be the first to feel it,” Dr Owusu-Mensah said.
Q direct Yaw Owusu-Mensah :: “Government has listened to our farmers. The world price has risen, the cedi has held steady, and the farmer must be the first to feel it,”
O government Government
P partial Owusu-Mensah
> He explained that the price represented 70 per cent of the expected net FOB price of US$9,250 per tonne, in line with the Board’s policy of paying farmers not less than that share.
F percent 70 per cent
F money US$9,250
> “We are also paying a bonus. Every farmer who supplies more than 20 bags will receive an additional GH¢50 per bag, paid through the buying companies,” he said.
Q direct Yaw Owusu-Mensah :: “We are also paying a bonus. Every farmer who supplies more than 20 bags will receive an additional GH¢50 per bag, paid through the buying companies,”
F number 20
F money GH¢50
> COCOBOD projects output of 820,000 tonnes this season, up from 690,000 tonnes in 2039/40, after a rehabilitation programme replaced two-thirds of the diseased farms in the Western North Region.
O government COCOBOD
F quantity 820,000 tonnes
F quantity 690,000 tonnes
F date 2039/40
F fraction two-thirds
L region Western North Region
> In a statement issued by the Ministry of Finance, the Minister, Mrs Abena Darkwa-Ansah, said government had secured a US$1.8 billion syndicated loan to fund the purchase of the crop, the smallest such facility in five years.
O government Ministry of Finance
P full Abena Darkwa-Ansah
F money US$1.8 billion
F duration five years
> The statement said the increase would cost the state about GH¢3.2 billion, but described it as “a necessary investment in the backbone of our rural economy”.
F money GH¢3.2 billion
Q direct Ministry of Finance :: “a necessary investment in the backbone of our rural economy”
> At Kuntanase, about 30 kilometres south-east of Kumasi in the Ashanti Region, Opanin Kofi Boateng, 63, who farms 12 acres near Lake Bosomtwe, welcomed the news.
L city Kuntanase
F quantity 30 kilometres
L city Kumasi
L region Ashanti Region
P full Kofi Boateng
F age 63
F quantity 12 acres
L geo Lake Bosomtwe
> “Last season I harvested 46 bags and still could not pay my labourers on time,” he said. “With this price, my children will go back to school in Kumasi. But the smugglers pay in cash, the same day – COCOBOD must also pay us the same day.”
Q direct Kofi Boateng :: “Last season I harvested 46 bags and still could not pay my labourers on time,”
F number 46
Q direct Kofi Boateng :: “With this price, my children will go back to school in Kumasi. But the smugglers pay in cash, the same day – COCOBOD must also pay us the same day.”
L city Kumasi
O government COCOBOD
> Dr Efua Mensah-Bonsu, an economist at the University of Ghana, Legon, said the increase would help curb smuggling to Côte d’Ivoire and Togo, where farmers were paid the equivalent of GH¢7,400 a bag last season, but warned of "inflationary pressure" if COCOBOD financed it by borrowing.
P full Efua Mensah-Bonsu
O education University of Ghana
L city Legon
L country Côte d’Ivoire
L country Togo
F money GH¢7,400
Q direct Efua Mensah-Bonsu :: "inflationary pressure"
O government COCOBOD
> “The gap with our neighbours has closed from about a quarter to under 10 per cent. That is what stops beans walking across the border at night,” she said.
Q direct Efua Mensah-Bonsu :: “The gap with our neighbours has closed from about a quarter to under 10 per cent. That is what stops beans walking across the border at night,”
F fraction a quarter
F percent 10 per cent
> She cautioned, however, that what farmers call “bush money”, cash paid on the spot by smugglers, would still tempt some in border districts such as Bia West.
Q scare - :: “bush money”
L region Bia West
> A senior official at COCOBOD, who pleaded anonymity, told the Ghanaian Times that the first payments at the new price would reach farmers by October 15. "The funds are ready," the official said.
O government COCOBOD
O media Ghanaian Times
F date October 15
Q direct - :: "The funds are ready,"
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
