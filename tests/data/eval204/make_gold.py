#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval204 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval204/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1267-mumbai-bmc-election-results-wards-corporators-hindustan-times'] = r'''
> Mumbai News
L city Mumbai
> BMC polls: BJP wins 94 of 227 wards, falls short of majority in ₹74,000-crore civic body
O government BMC
O party BJP
F number 94
F number 227
F money ₹74,000-crore
> Congress and Shiv Sena together hold 81 seats; three independents will decide who runs the city
O party Congress
O party Shiv Sena
F number 81
F number three
> By Aditi Varadkar-Shenoy, Mumbai
P full Aditi Varadkar-Shenoy
L city Mumbai
> Jan 18, 2041 07:05 AM IST
F date Jan 18, 2041
F time 07:05 AM IST
> Supporters celebrate outside the counting centre at Worli on Friday. (Rohan Pereira/HT Photo)
L city Worli
P full Rohan Pereira
O media HT
> The Bharatiya Janata Party (BJP) emerged as the single largest party in the Brihanmumbai Municipal Corporation (BMC) on Friday, winning 94 of the 227 wards, but fell 20 short of the 114 needed for a majority in India’s richest civic body, whose budget for 2041-42 is ₹74,427 crore.
O party Bharatiya Janata Party
O party BJP
O government Brihanmumbai Municipal Corporation
O government BMC
F number 94
F number 227
F number 20
F number 114
L country India
F date 2041-42
F money ₹74,427 crore
> The Congress won 43 wards and the Shiv Sena 38, according to results declared by the State Election Commission (SEC). Three independents are now being courted by both camps.
O party Congress
F number 43
O party Shiv Sena
F number 38
O government State Election Commission
O government SEC
F number Three
> Counting began at 10am at 23 centres and the first trends came in within two hours. Turnout was 54.2%, up from 52.8% in 2036, with 1.04 crore of the 1.92 crore registered voters casting their ballots on January 15, the SEC said.
F time 10am
F number 23
F duration two hours
F percent 54.2%
F percent 52.8%
F date 2036
F number 1.04 crore
F number 1.92 crore
F date January 15
O government SEC
> BJP city unit president Sanjay Kolhatkar called the result “a clear mandate for development”. The party, which had campaigned on the slogan “Mission 150”, fell well short of that target, but Kolhatkar said the people of Mumbai “have voted for the coastal road, the metro and clean water, not for slogans”.
O party BJP
P full Sanjay Kolhatkar
Q direct Sanjay Kolhatkar :: “a clear mandate for development”
Q scare - :: “Mission 150”
P partial Kolhatkar
L city Mumbai
Q direct Sanjay Kolhatkar :: “have voted for the coastal road, the metro and clean water, not for slogans”
> “Mumbai gave us 94 seats, and we will give it a budget that reaches every one of the 227 wards,” he said at the party office in Nariman Point. “By Monday, the city will have a new mayor.
Q direct Sanjay Kolhatkar :: “Mumbai gave us 94 seats, and we will give it a budget that reaches every one of the 227 wards,”
L city Mumbai
F number 94
F number 227
L city Nariman Point
Q direct Sanjay Kolhatkar :: “By Monday, the city will have a new mayor.
> “The numbers are with us.”
Q direct Sanjay Kolhatkar :: “The numbers are with us.”
> In Sion, the Congress’s Farhana Qureshi-D’Souza held ward 172 by 3,118 votes. She said her party would sit in the opposition “unless the BJP accepts our demands on water taxes”.
L city Sion
O party Congress
P full Farhana Qureshi-D’Souza
F number 3,118
Q direct Farhana Qureshi-D’Souza :: “unless the BJP accepts our demands on water taxes”
O party BJP
> “Water bills in this ward went up 18% last year while the tankers still come twice a week,” she said.
Q direct Farhana Qureshi-D’Souza :: “Water bills in this ward went up 18% last year while the tankers still come twice a week,”
F percent 18%
> The Shiv Sena, which ran the corporation for nearly 25 years until 2022, lost ground in Dadar and Parel but held on in Vikhroli and Bhandup. Its former group leader, Vinayak Sawant, admitted that the party had “misread the mood”.
O party Shiv Sena
F duration 25 years
F date 2022
L city Dadar
L city Parel
L city Vikhroli
L city Bhandup
P full Vinayak Sawant
Q direct Vinayak Sawant :: “misread the mood”
> In the 2036 polls, the BJP had won 82 wards and the Sena 51. The Aam Aadmi Party (AAP), which contested 140 seats this time, drew a blank.
F date 2036
O party BJP
F number 82
O party Sena
F number 51
O party Aam Aadmi Party
O party AAP
F number 140
> An SEC official, who did not wish to be named, said voting machines in two booths at Grant Road and three at Malad were replaced during polling after “technical glitches”. “None of it changes any result. The margins are far larger than the votes in those booths,” the official said.
O government SEC
F number two
L city Grant Road
F number three
L city Malad
Q direct - :: “technical glitches”
Q direct - :: “None of it changes any result. The margins are far larger than the votes in those booths,”
> Independent corporator Dr Meher Bhiwandiwala, 34, of Andheri West, said she has had calls from both sides. “Whoever gives my ward a 24-hour water supply gets my vote. That is my only condition,” she said.
P full Meher Bhiwandiwala
F age 34
L city Andheri West
Q direct Meher Bhiwandiwala :: “Whoever gives my ward a 24-hour water supply gets my vote. That is my only condition,”
F duration 24-hour
> The new house will elect a mayor on January 24 at the BMC headquarters opposite CSMT. The mayor’s post is reserved for a woman from the general category for the 2041-46 term.
F date January 24
O government BMC
L facility CSMT
F date 2041-46
> Of the 227 corporators elected, 118 are women, against 50% of seats reserved for them. The youngest, Kunal Rane of Kurla, is 22; the oldest, 71-year-old Shantaram Gawde of Girgaon, was first elected in 1997.
F number 227
F number 118
F percent 50%
P full Kunal Rane
L city Kurla
F age 22
F age 71-year-old
P full Shantaram Gawde
L city Girgaon
F date 1997
'''

ARTICLES['1268-ebor-york-kirkham-abbey-malton-apprentice-handicap-yorkshire-post'] = r'''
> Racing
> Ebor Glory For Malton As 25-1 Shot Kirkham Abbey Lands £1m Handicap
L city Malton
F number 25-1
F money £1m
> Teenage apprentice Niamh Ó Faoláin rides the biggest winner of her career at York as trainer Ruth Ingleby-Marr wins the race her father won
P full Niamh Ó Faoláin
L facility York
P full Ruth Ingleby-Marr
> By Dominic Atherley
P full Dominic Atherley
> Racing Correspondent
> Published 25th Aug 2040, 18:42 BST
F date 25th Aug 2040
F time 18:42 BST
> Kirkham Abbey and Niamh Ó Faoláin (right) hold off Sandal Magna to win the Ebor at York. Picture: Bruce Waddilove
P full Niamh Ó Faoláin
L facility York
P full Bruce Waddilove
> KIRKHAM ABBEY gave Malton its first Ebor winner in nine years when the 25-1 shot, ridden by 19-year-old apprentice Niamh Ó Faoláin, held the late charge of Sandal Magna by a neck in front of 41,200 racegoers on the Knavesmire on Saturday.
L city Malton
F duration nine years
F number 25-1
F age 19-year-old
P full Niamh Ó Faoláin
F number 41,200
L facility Knavesmire
> The five-year-old, trained by Ruth Ingleby-Marr on the edge of the town, carried 8st 7lb in the 22-runner handicap over 1m6f, with Ó Faoláin’s 3lb claim taking him down to 8st 4lb.
F duration five-year-old
P full Ruth Ingleby-Marr
F quantity 8st
F quantity 7lb
F number 22
F quantity 1m6f
P partial Ó Faoláin
F quantity 3lb
F quantity 8st
F quantity 4lb
> “I didn’t dare look round. Ruth told me, ‘Whatever you do, don’t hit the front before the two pole,’ and I nearly left it too late,” said Ó Faoláin, from Kilcullen in County Kildare, who moved to Yorkshire in March 2039.
Q direct Niamh Ó Faoláin :: “I didn’t dare look round. Ruth told me, ‘Whatever you do, don’t hit the front before the two pole,’ and I nearly left it too late,”
P partial Ruth
F number two
P partial Ó Faoláin
L city Kilcullen
L region County Kildare
L region Yorkshire
F date March 2039
> Ingleby-Marr, 44, who took out her licence in 2033 after 12 years as assistant to her father, was in tears in the winner’s enclosure. “We bought him for 18,000 guineas as a yearling because nobody else wanted him. He had a crooked foot and a bad attitude,” she said. “He still has the attitude.
P partial Ingleby-Marr
F age 44
F date 2033
F duration 12 years
Q direct Ruth Ingleby-Marr :: “We bought him for 18,000 guineas as a yearling because nobody else wanted him. He had a crooked foot and a bad attitude,”
F money 18,000 guineas
Q direct Ruth Ingleby-Marr :: “He still has the attitude.
> “To win this for Malton, with half the town here, means more than anything I’ll do at Ascot. Dad won it in 2031 and he was stood next to me today.”
Q direct Ruth Ingleby-Marr :: “To win this for Malton, with half the town here, means more than anything I’ll do at Ascot. Dad won it in 2031 and he was stood next to me today.”
L city Malton
F fraction half
L facility Ascot
F date 2031
> Sandal Magna, the 9-2 favourite, was beaten a neck, with Fenwick Lad two and a quarter lengths away in third. His rider, Tom Ashworth-Pyle, said: “Another stride and we win. He was galloping all the way to the line.”
F number 9-2
F quantity two and a quarter lengths
P full Tom Ashworth-Pyle
Q direct Tom Ashworth-Pyle :: “Another stride and we win. He was galloping all the way to the line.”
> The stewards held an inquiry into interference a furlong out, where the winner drifted right across the favourite, but left the placings unaltered after 11 minutes. The British Horseracing Authority (BHA) said Ó Faoláin had been cautioned for careless riding but that the interference “did not improve the winner’s placing”.
F duration 11 minutes
O other British Horseracing Authority
O other BHA
P partial Ó Faoláin
Q direct British Horseracing Authority :: “did not improve the winner’s placing”
> The winner earned £600,000 of the £1m prize fund. The race was run in 3min 01.84sec on ground officially described as “good to firm”, the fastest Ebor since 2026. Bookmakers were relieved: Coral said it had faced “more than £2m of liability” on the favourite.
F money £600,000
F money £1m
F duration 3min
F duration 01.84sec
Q scare - :: “good to firm”
F date 2026
O company Coral
Q direct Coral :: “more than £2m of liability”
F money £2m
> York’s clerk of the course, Annabel Thwaite, said 6mm of water had been put on the track on Thursday night. “We wanted safe, fast ground and we got it,” she said.
L facility York
P full Annabel Thwaite
F quantity 6mm
Q direct Annabel Thwaite :: “We wanted safe, fast ground and we got it,”
> Ingleby-Marr said Kirkham Abbey could now run in the Cesarewitch at Newmarket on October 3, where he would carry a 7lb penalty.
P partial Ingleby-Marr
L facility Newmarket
F date October 3
F quantity 7lb
> Result: 1 Kirkham Abbey (N Ó Faoláin) 25-1, 2 Sandal Magna (T Ashworth-Pyle) 9-2 fav, 3 Fenwick Lad (J McAvoy) 14-1. 22 ran. Neck, 2¼l. Tote win: £31.60.
P full N Ó Faoláin
F number 25-1
P full T Ashworth-Pyle
F number 9-2
P full J McAvoy
F number 14-1
F number 22
F quantity 2¼l
O company Tote
F money £31.60
'''

ARTICLES['1269-hanover-street-bridge-replacement-middle-branch-board-of-public-works-baltimore-sun'] = r'''
> Maryland News
L region Maryland
> Board of Public Works Approves $742 Million Hanover Street Bridge Replacement
O government Board of Public Works
F money $742 Million
L facility Hanover Street Bridge
> By Colleen Marchetti-Boyd | Baltimore Sun
P full Colleen Marchetti-Boyd
O media Baltimore Sun
> PUBLISHED: March 14, 2040 at 5:12 PM EDT | UPDATED: March 15, 2040 at 8:40 AM EDT
F date March 14, 2040
F time 5:12 PM EDT
F date March 15, 2040
F time 8:40 AM EDT
> Traffic crosses the Hanover Street Bridge over the Middle Branch of the Patapsco River on Wednesday. The 124-year-old drawbridge is to be replaced by a fixed span by 2044. (Kenji Albrecht-Moss/Staff)
L facility Hanover Street Bridge
L geo Middle Branch
L geo Patapsco River
F duration 124-year-old
F date 2044
P full Kenji Albrecht-Moss
> Maryland's Board of Public Works on Wednesday approved a $742 million contract to tear down the Hanover Street Bridge and build a wider, fixed span across the Middle Branch, ending a decade of debate over the drawbridge that links South Baltimore to Cherry Hill and Brooklyn.
L region Maryland
O government Board of Public Works
F money $742 million
L facility Hanover Street Bridge
L geo Middle Branch
L region South Baltimore
L city Cherry Hill
L city Brooklyn
> The board voted 2-1 to award the work to Chesapeake Span Constructors, a joint venture of two Pennsylvania firms that beat three other bidders. Construction is due to start in September and take about 42 months, with the new bridge opening to traffic in spring 2044.
F number 2-1
O company Chesapeake Span Constructors
F number two
L region Pennsylvania
F number three
F duration 42 months
F date 2044
> The state's share, $418 million, comes from the Maryland Department of Transportation (MDOT) and its State Highway Administration; the rest is a federal grant announced in 2039 by the Federal Highway Administration. Baltimore City, which owns the bridge, will hand it over to the state on July 1.
F money $418 million
O government Maryland Department of Transportation
O government MDOT
O government State Highway Administration
F date 2039
O government Federal Highway Administration
L city Baltimore City
F date July 1
> The new span will carry four traffic lanes, two in each direction, plus a 14-foot path for bikes and pedestrians and room for a future light rail line. It will use about 31,000 tons of steel and sit 65 feet above the water, high enough for tugs and barges to pass without the bascule span that opened 2,400 times in 2039.
F number four
F number two
F quantity 14-foot
F quantity 31,000 tons
F quantity 65 feet
F number 2,400
F date 2039
> "Inspectors rated this deck poor in 2037, in 2038 and again in January. We have been patching it with steel plates since I was a kid," MDOT Secretary Delphine Okafor-Hale told the board. "We are not going to patch it any more."
Q direct Delphine Okafor-Hale :: "Inspectors rated this deck poor in 2037, in 2038 and again in January. We have been patching it with steel plates since I was a kid,"
F date 2037
F date 2038
O government MDOT
P full Delphine Okafor-Hale
Q direct Delphine Okafor-Hale :: "We are not going to patch it any more."
> Del. Marisa Quintanilla-Reyes, a Baltimore Democrat whose district includes Brooklyn and Curtis Bay, said closing the old bridge for 18 months of the work would push 27,000 vehicles a day onto Interstate 95 and Potee Street.
P full Marisa Quintanilla-Reyes
L city Baltimore
L city Brooklyn
L city Curtis Bay
F duration 18 months
F number 27,000
L street Interstate 95
L street Potee Street
> "For 18 months my constituents will be told to drive around. For people without a car, a 10-minute bus ride becomes 45 minutes," she said. "Nobody in Annapolis has asked them what that means."
Q direct Marisa Quintanilla-Reyes :: "For 18 months my constituents will be told to drive around. For people without a car, a 10-minute bus ride becomes 45 minutes,"
F duration 18 months
F duration 10-minute
F duration 45 minutes
Q direct Marisa Quintanilla-Reyes :: "Nobody in Annapolis has asked them what that means."
L city Annapolis
> Quintanilla-Reyes and two other city delegates have asked the Maryland Transit Administration (MTA) to run free buses across the Vietnam Veterans Memorial Bridge, as the span is officially named, until the new one opens.
P partial Quintanilla-Reyes
F number two
O government Maryland Transit Administration
O government MTA
L facility Vietnam Veterans Memorial Bridge
> An MDOT spokesperson said a free shuttle would run every 12 minutes from the Cherry Hill light rail station to Port Covington during the closure, and that the agency was "studying" a temporary water taxi across the Middle Branch.
O government MDOT
F duration 12 minutes
L facility Cherry Hill
L city Port Covington
Q direct - :: "studying"
L geo Middle Branch
> The bridge opened in 1916, when Hanover Street was the main road south to Glen Burnie and Annapolis.
F date 1916
L street Hanover Street
L city Glen Burnie
L city Annapolis
> At a Cherry Hill community meeting on Tuesday, residents were divided. "They promised us a new bridge in 2031, and again in 2035. I will believe it when I drive on it," said Lorraine Whitfield, 67, who has lived on Cherry Hill Road since 1981.
L city Cherry Hill
Q direct Lorraine Whitfield :: "They promised us a new bridge in 2031, and again in 2035. I will believe it when I drive on it,"
F date 2031
F date 2035
P full Lorraine Whitfield
F age 67
L street Cherry Hill Road
F date 1981
> The contract caps late penalties at $9.2 million: the builder will lose $25,000 for each day the new bridge opens after April 30, 2044.
F money $9.2 million
F money $25,000
F date April 30, 2044
'''

ARTICLES['1270-marl-vireon-ev-plant-closure-ig-metall-nrw-deutsche-welle'] = r'''
> Business
> Germany: Carmaker Vireon to close Marl plant, cutting 3,400 jobs
L country Germany
O company Vireon
L city Marl
F number 3,400
> The electric vehicle maker says demand in Europe has collapsed. The IG Metall union called the decision "a betrayal" of workers in the Ruhr who gave up pay to save the site in 2037.
L continent Europe
O nonprofit IG Metall
Q direct IG Metall :: "a betrayal"
L region Ruhr
F date 2037
> Workers leave the Vireon plant in Marl after Tuesday's announcement
O company Vireon
L city Marl
> Image: Lutz Brandhorst/dpa/picture alliance
P full Lutz Brandhorst
O media dpa
O media picture alliance
> Sabine Kettler-Amadi
P full Sabine Kettler-Amadi
> 04/17/2040
F date 04/17/2040
> Vireon Automotive said on Tuesday it would close its electric car plant in Marl, in the western German state of North Rhine-Westphalia (NRW), by the end of 2041, putting 3,400 jobs at risk in a region still recovering from the end of coal mining.
O company Vireon Automotive
L city Marl
L region North Rhine-Westphalia
L region NRW
F date 2041
F number 3,400
> Production of the compact Lynx SUV will move to the company's plant in Kamenz, in the eastern state of Saxony, and to a factory in Győr, Hungary, the company said in a statement. It expects to save €410 million ($446 million) a year.
L city Kamenz
L region Saxony
L city Győr
L country Hungary
F money €410 million
F money $446 million
> "The European market for electric cars has not developed as we expected in 2034," said Vireon Europe chief executive Hendrik van Oosterhout. "We are building 1,100 cars a day in Marl for a market that needs 600. We cannot continue like this."
Q direct Hendrik van Oosterhout :: "The European market for electric cars has not developed as we expected in 2034,"
F date 2034
O company Vireon Europe
P full Hendrik van Oosterhout
Q direct Hendrik van Oosterhout :: "We are building 1,100 cars a day in Marl for a market that needs 600. We cannot continue like this."
F number 1,100
L city Marl
F number 600
> Van Oosterhout said the company would offer "fair" severance packages and help workers find jobs at its other plants. About 900 of the 3,400 employees are over 55, he said.
P partial Van Oosterhout
Q direct Hendrik van Oosterhout :: "fair"
F number 900
F number 3,400
F age 55
> Union: Workers 'were lied to'
Q direct Katrin Wessel-Ohm :: 'were lied to'
> IG Metall, Germany's largest union, said workers in Marl had accepted a 7.5% pay cut and a 36-hour week in 2037 in return for a promise that the plant would stay open until at least 2045.
O nonprofit IG Metall
L country Germany
L city Marl
F percent 7.5%
F duration 36-hour
F date 2037
F date 2045
> "Our colleagues gave up money to save this plant. Now they are told the promise was worth nothing," said Katrin Wessel-Ohm, who chairs the plant's works council. "When we signed, the manager told us, 'Marl is Vireon's home in Europe.' We were lied to."
Q direct Katrin Wessel-Ohm :: "Our colleagues gave up money to save this plant. Now they are told the promise was worth nothing,"
P full Katrin Wessel-Ohm
Q direct Katrin Wessel-Ohm :: "When we signed, the manager told us, 'Marl is Vireon's home in Europe.' We were lied to."
L city Marl
O company Vireon
L continent Europe
> The union plans a rally at the plant gates on Saturday and has called on the state government in Düsseldorf to step in.
L city Düsseldorf
> NRW Economy Minister Jonas Eberhardt-Lenz said he would meet Vireon's management in Berlin on Friday. The state paid €180 million in subsidies to bring the plant to Marl in 2031, money it would now "look at very closely," he said.
L region NRW
P full Jonas Eberhardt-Lenz
O company Vireon
L city Berlin
F money €180 million
L city Marl
F date 2031
Q direct Jonas Eberhardt-Lenz :: "look at very closely,"
> A spokesperson for the Federal Ministry for Economic Affairs said the government was "in close contact" with the company and the state but ruled out direct aid.
O government Federal Ministry for Economic Affairs
Q direct - :: "in close contact"
> From coal to cars
> Marl, a town of about 83,000 people on the northern edge of the Ruhr, lost its last coal mine, Auguste Victoria, in 2015. The Vireon plant, which opened in 2033 on the site of a former chemical park warehouse, was meant to be its new start.
L city Marl
F number 83,000
L region Ruhr
L facility Auguste Victoria
F date 2015
O company Vireon
F date 2033
> "My father worked underground at Auguste Victoria for 31 years. I thought cars would be safer than coal," said Dennis Yıldırım, 38, who works in the paint shop.
Q direct Dennis Yıldırım :: "My father worked underground at Auguste Victoria for 31 years. I thought cars would be safer than coal,"
L facility Auguste Victoria
F duration 31 years
P full Dennis Yıldırım
F age 38
> Economists at the German Economic Institute (IW) in Cologne estimate that each job at the plant supports 1.8 jobs at suppliers and service firms in the region. Vireon's shares fell 6.2% in New York on Tuesday.
O nonprofit German Economic Institute
O nonprofit IW
L city Cologne
F number 1.8
O company Vireon
F percent 6.2%
L city New York
> Edited by: Miriam Okonjo-Fuchs
P full Miriam Okonjo-Fuchs
'''

ARTICLES['1271-pistons-cavaliers-double-overtime-okonkwo-little-caesars-arena-espn'] = r'''
> Okonkwo's 41 lift Pistons past Cavaliers in double OT
P partial Okonkwo
F number 41
O team Pistons
O team Cavaliers
> Emeka Okonkwo had 41 points and 13 rebounds, and the Detroit Pistons beat the Cleveland Cavaliers 131-127 in double overtime to move into sixth place in the Eastern Conference.
P full Emeka Okonkwo
F number 41
F number 13
O team Detroit Pistons
O team Cleveland Cavaliers
F score 131-127
O other Eastern Conference
> Darnell Whitacre, ESPN Staff Writer
P full Darnell Whitacre
O media ESPN
> Mar 20, 2040, 11:48 PM ET
F date Mar 20, 2040
F time 11:48 PM ET
> Emeka Okonkwo scored 14 of his 41 points in the two overtime periods. Marisol Kettering/NBAE via Getty Images
P full Emeka Okonkwo
F number 14
F number 41
F number two
P full Marisol Kettering
O media NBAE
O media Getty Images
> DETROIT -- Emeka Okonkwo hit a go-ahead 3-pointer with 38.6 seconds left in the second overtime and the Detroit Pistons held off the Cleveland Cavaliers 131-127 on Tuesday night at Little Caesars Arena.
L city DETROIT
P full Emeka Okonkwo
F number 3
F duration 38.6 seconds
O team Detroit Pistons
O team Cleveland Cavaliers
F score 131-127
L facility Little Caesars Arena
> Jalen Whitby-Cross added 27 points and 11 assists for Detroit (38-29), which won for the seventh time in eight games and moved past Milwaukee into sixth in the East.
P full Jalen Whitby-Cross
F number 27
F number 11
O team Detroit
F score 38-29
F number eight
O team Milwaukee
O other East
> Donovan Achterberg scored 33 for Cleveland (41-26), 12 of them in the first quarter, and Teodor Mihăilescu had 18 points and 16 rebounds before fouling out with 2:11 left in the first overtime. Cleveland was without guard Mikael Sandoval-Ruiz (left ankle) for a fourth straight game.
P full Donovan Achterberg
F number 33
O team Cleveland
F score 41-26
F number 12
P full Teodor Mihăilescu
F number 18
F number 16
F time 2:11
O team Cleveland
P full Mikael Sandoval-Ruiz
> The Pistons trailed 98-86 with 6:40 left in the fourth quarter before a 14-2 run tied it 100-100. Okonkwo missed two free throws with 4.1 seconds remaining in regulation that would have won it.
O team Pistons
F score 98-86
F time 6:40
F score 14-2
F score 100-100
P partial Okonkwo
F number two
F duration 4.1 seconds
> "I missed two free throws at the end of regulation, so I owed the guys one," Okonkwo said. "Coach told me in the huddle, 'Next one's yours, take it.' I didn't think twice."
Q direct Emeka Okonkwo :: "I missed two free throws at the end of regulation, so I owed the guys one,"
F number two
P partial Okonkwo
Q direct Emeka Okonkwo :: "Coach told me in the huddle, 'Next one's yours, take it.' I didn't think twice."
> Whitby-Cross, a 20-year-old rookie from Flint, Michigan, scored nine straight points in the first overtime. "Emeka carries us, but tonight I wanted to carry some of it," he said.
P partial Whitby-Cross
F age 20-year-old
L city Flint
L region Michigan
F number nine
Q direct Jalen Whitby-Cross :: "Emeka carries us, but tonight I wanted to carry some of it,"
P partial Emeka
> Pistons coach Aurelio Benedetti played Okonkwo 51 minutes, a career high. "He just refuses to lose. You can't teach that," Benedetti said.
O team Pistons
P full Aurelio Benedetti
P partial Okonkwo
F duration 51 minutes
Q direct Aurelio Benedetti :: "He just refuses to lose. You can't teach that,"
P partial Benedetti
> Cavaliers coach Marguerite Osei-Lindqvist said her team "stopped playing with pace" late in regulation. "We had them. Twelve points up, six minutes to go, in their building," she said. "That's on me as much as anyone."
O team Cavaliers
P full Marguerite Osei-Lindqvist
Q direct Marguerite Osei-Lindqvist :: "stopped playing with pace"
Q direct Marguerite Osei-Lindqvist :: "We had them. Twelve points up, six minutes to go, in their building,"
F number Twelve
F duration six minutes
Q direct Marguerite Osei-Lindqvist :: "That's on me as much as anyone."
> Detroit shot 47.3% from the field and made 16 of 39 3-pointers. Cleveland outrebounded the Pistons 58-51 but committed 19 turnovers, which Detroit turned into 28 points.
O team Detroit
F percent 47.3%
F number 16
F number 39
F number 3
O team Cleveland
O team Pistons
F score 58-51
F number 19
O team Detroit
F number 28
> The NBA said a clock error in the first overtime was "a human mistake" and that the 0.8 seconds restored by the officials after a review was correct.
O other NBA
Q direct NBA :: "a human mistake"
F duration 0.8 seconds
> Achterberg, 23, made his first nine shots but went 2 for 11 after halftime, including a miss at the rim with eight seconds left in the second overtime.
P partial Achterberg
F age 23
F number nine
F number 2
F number 11
F duration eight seconds
> Cleveland had won the teams' first two meetings this season, 118-104 in December and 122-115 on Feb. 9 in Cleveland. The sellout crowd of 20,190 was the Pistons' 14th straight.
O team Cleveland
F number two
F score 118-104
F score 122-115
F date Feb. 9
L city Cleveland
F number 20,190
O team Pistons
> Up next
> Pistons: Host Atlanta on Thursday night.
O team Pistons
O team Atlanta
> Cavaliers: Host Toronto on Friday after losing three of their past four.
O team Cavaliers
O team Toronto
F number three
F number four
'''

ARTICLES['1272-wenchi-cashew-floor-price-tcda-bono-farmers-graphic-online'] = r'''
> News
> Bono Cashew Farmers Reject GH¢11.50 Floor Price, Threaten To Sell Across Border
L region Bono
F money GH¢11.50
> Author: Yaw Asamoah-Nkansah
P full Yaw Asamoah-Nkansah
> Mar - 27 - 2040 , 07:50
F date Mar - 27 - 2040
F time 07:50
> Farmers sort raw cashew nuts at a buying centre in Wenchi. Picture: Yaw Asamoah-Nkansah
L city Wenchi
P full Yaw Asamoah-Nkansah
> Cashew farmers in the Bono and Bono East regions have rejected the GH¢11.50 per kilogramme floor price announced by the Tree Crops Development Authority (TCDA) for the 2040 season, describing it as "a slap in the face" of growers whose costs have more than doubled in two years.
L region Bono
L region Bono East
F money GH¢11.50
O government Tree Crops Development Authority
O government TCDA
F date 2040
Q direct - :: "a slap in the face"
F duration two years
> The price, which took effect on Monday, March 25, is 8 per cent higher than last year's GH¢10.65 but far below the GH¢16 the farmers' associations had demanded.
F date March 25
F percent 8 per cent
F money GH¢10.65
F money GH¢16
> At a press conference in Wenchi on Tuesday, the Chairman of the Bono Regional Cashew Farmers Association, Nana Kwadwo Agyeman-Badu, said a 50-kilogramme bag of raw nuts would now fetch GH¢575, "which does not even pay for the weeding".
L city Wenchi
O nonprofit Bono Regional Cashew Farmers Association
P full Kwadwo Agyeman-Badu
F quantity 50-kilogramme
F money GH¢575
Q direct Kwadwo Agyeman-Badu :: "which does not even pay for the weeding"
> "A labourer now takes GH¢120 a day. Fertiliser is GH¢780 a bag. We spray three times a season. How can a farmer survive on GH¢11.50?" he asked. "If the TCDA will not listen, our members will sell to the buyers from Côte d'Ivoire and Burkina Faso who come at night.
Q direct Kwadwo Agyeman-Badu :: "A labourer now takes GH¢120 a day. Fertiliser is GH¢780 a bag. We spray three times a season. How can a farmer survive on GH¢11.50?"
F money GH¢120
F money GH¢780
F number three
F money GH¢11.50
Q direct Kwadwo Agyeman-Badu :: "If the TCDA will not listen, our members will sell to the buyers from Côte d'Ivoire and Burkina Faso who come at night.
O government TCDA
L country Côte d'Ivoire
L country Burkina Faso
> "They pay GH¢14, cash, at the farm gate. Nobody can stop a hungry man from selling his own nuts."
Q direct Kwadwo Agyeman-Badu :: "They pay GH¢14, cash, at the farm gate. Nobody can stop a hungry man from selling his own nuts."
F money GH¢14
> Ghana produced an estimated 182,000 tonnes of raw cashew nuts in 2039, about 70 per cent of it from the Bono, Bono East and Savannah regions, according to the TCDA. More than 90 per cent is exported unprocessed, mainly to India and Vietnam. Cashew, once called "the poor man's cocoa" in the area, now earns the country more than US$300 million a year.
L country Ghana
F quantity 182,000 tonnes
F date 2039
F percent 70 per cent
L region Bono
L region Bono East
L region Savannah
O government TCDA
F percent 90 per cent
L country India
L country Vietnam
Q scare - :: "the poor man's cocoa"
F money US$300 million
> In a statement signed by its Head of Corporate Affairs, Mrs Adjoa Frimpong-Boateng, the TCDA said the floor price was set "after wide consultation with all stakeholders" and reflected falling world prices, with raw cashew selling for an average of US$1,140 per tonne in February.
P full Adjoa Frimpong-Boateng
O government TCDA
Q direct Tree Crops Development Authority :: "after wide consultation with all stakeholders"
F money US$1,140
> "Any person or vehicle caught carrying raw cashew towards the borders will be arrested and the nuts confiscated," the statement said.
Q direct Tree Crops Development Authority :: "Any person or vehicle caught carrying raw cashew towards the borders will be arrested and the nuts confiscated,"
> A senior official of the Ministry of Food and Agriculture (MoFA) in Sunyani, who asked not to be named, told the Daily Graphic that at least 6,000 tonnes left the country through unapproved routes last season. "The border at Sampa is a sieve," the official said.
O government Ministry of Food and Agriculture
O government MoFA
L city Sunyani
O media Daily Graphic
F quantity 6,000 tonnes
Q direct - :: "The border at Sampa is a sieve,"
L city Sampa
> At Tuobodom, near Techiman, Madam Akosua Serwaa-Mensah, 58, who farms 12 acres of cashew, said she had sold a third of her crop before the price was announced. "I needed money for my grandchildren's school fees in January," she said.
L city Tuobodom
L city Techiman
P full Akosua Serwaa-Mensah
F age 58
F quantity 12 acres
F fraction a third
Q direct Akosua Serwaa-Mensah :: "I needed money for my grandchildren's school fees in January,"
> The TCDA said buying would continue until May 31, after which unsold nuts could be stored at its four warehouses in Wenchi, Techiman, Kintampo and Bole.
O government TCDA
F date May 31
F number four
L city Wenchi
L city Techiman
L city Kintampo
L city Bole
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
