#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval291 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval291/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1789-south-wales-metro-merthyr-tydfil-electric-trains-tfw-walesonline'] = r'''
> 'It's like a different railway': electric trains finally reach Merthyr Tydfil
Q direct Sioned Rees-Powell :: 'It's like a different railway'
L city Merthyr Tydfil
> The £1.1bn upgrade brings four trains an hour and a 38-minute journey to Cardiff, Transport for Wales says
F money £1.1bn
F number four
F duration 38-minute
L city Cardiff
O government Transport for Wales
> Catrin Pugh-Morgan, Transport Correspondent
P full Catrin Pugh-Morgan
> 06:00, 17 MAR 2042
F time 06:00
F date 17 MAR 2042
> A new electric train waits at Merthyr Tydfil station on Sunday morning (Image: Huw Bevan-Jones)
L city Merthyr Tydfil
P full Huw Bevan-Jones
> Electric trains began running to Merthyr Tydfil on Sunday, completing the last and steepest section of the South Wales Metro almost three years later than first promised and, locals hope, ending the era of “the Merthyr crawl”.
L city Merthyr Tydfil
L facility South Wales Metro
F duration three years
Q scare - :: “the Merthyr crawl”
L city Merthyr
> The £1.1bn scheme has electrified 24.5 miles of track between Cardiff Queen Street and Merthyr, doubled the line through Abercynon and rebuilt stations at Pontypridd, Quakers Yard and Pentre-bach. Trains now run every 15 minutes, and the fastest take 38 minutes, down from 61 minutes before the work began in 2037.
F money £1.1bn
F quantity 24.5 miles
L facility Cardiff Queen Street
L city Merthyr
L city Abercynon
L city Pontypridd
L city Quakers Yard
L city Pentre-bach
F duration 15 minutes
F duration 38 minutes
F duration 61 minutes
F date 2037
> Transport for Wales (TfW) chief executive Dr Eluned Probert-Vaughan said the Merthyr branch had been “the hardest part of the whole job” because of its gradients, its tunnels and the River Taff running beside it for much of the way.
O government Transport for Wales
O government TfW
P full Eluned Probert-Vaughan
L city Merthyr
Q direct Eluned Probert-Vaughan :: “the hardest part of the whole job”
L geo River Taff
> “We had to lower the track in two tunnels, rebuild 11 bridges and put up more than 1,400 masts on a valley side that did not want them,” she said. “There were weeks last winter when the hillside above Abercynon moved more than our engineers did.
Q direct Eluned Probert-Vaughan :: “We had to lower the track in two tunnels, rebuild 11 bridges and put up more than 1,400 masts on a valley side that did not want them,”
F number two
F number 11
F number 1,400
Q direct Eluned Probert-Vaughan :: “There were weeks last winter when the hillside above Abercynon moved more than our engineers did.
L city Abercynon
> “But from today a nurse in Merthyr can be on a ward in Cardiff in under 40 minutes, and that is what all this was for.”
Q direct Eluned Probert-Vaughan :: “But from today a nurse in Merthyr can be on a ward in Cardiff in under 40 minutes, and that is what all this was for.”
L city Merthyr
L city Cardiff
F duration 40 minutes
> The Welsh Government’s cabinet secretary for transport, Rhys Gwilym Tudor, told the Senedd on Tuesday that journeys on the Merthyr and Aberdare branches had risen 22% since the first electric services reached Pontypridd in October 2040. He said the line would be “paid back in people, not just pounds”.
O government Welsh Government
P full Rhys Gwilym Tudor
O government Senedd
L city Merthyr
L city Aberdare
F percent 22%
L city Pontypridd
F date October 2040
Q direct Rhys Gwilym Tudor :: “paid back in people, not just pounds”
> Sioned Rees-Powell, 34, who travels from Pontypridd to an accountancy firm on Callaghan Square in Cardiff, said the difference was obvious from the first morning. “It's like a different railway. The old trains used to shake so much you couldn't drink your coffee. Now I get a seat, I get ‘the wifi that actually works’, as my daughter calls it, and I'm home before 6pm,” she said.
P full Sioned Rees-Powell
F age 34
L city Pontypridd
L street Callaghan Square
L city Cardiff
Q direct Sioned Rees-Powell :: “It's like a different railway. The old trains used to shake so much you couldn't drink your coffee. Now I get a seat, I get ‘the wifi that actually works’, as my daughter calls it, and I'm home before 6pm,”
F time 6pm
> Not everyone is celebrating. A senior engineer on the project, who asked not to be named, said the Merthyr section had cost about £310m more than budgeted and that two of the new stations were still unfinished. “Nobody priced in the mountain,” he said.
L city Merthyr
F money £310m
F number two
Q direct - :: “Nobody priced in the mountain,”
> Dr Gethin Llewellyn-Hughes, an economist at Cardiff University, said journeys of under 45 minutes tended to change where people were willing to work. He estimated that house prices within 1km of stations between Pontypridd and Merthyr had risen by 8 to 12 per cent since 2039, “which is good news if you own and less good if you rent”.
P full Gethin Llewellyn-Hughes
O education Cardiff University
F duration 45 minutes
F quantity 1km
L city Pontypridd
L city Merthyr
F percent 8
F percent 12 per cent
F date 2039
Q direct Gethin Llewellyn-Hughes :: “which is good news if you own and less good if you rent”
> “Half the people on my street in Trehafod now work in Cardiff, and that was unthinkable ten years ago,” Dr Llewellyn-Hughes said.
Q direct Gethin Llewellyn-Hughes :: “Half the people on my street in Trehafod now work in Cardiff, and that was unthinkable ten years ago,”
F fraction Half
L city Trehafod
L city Cardiff
F duration ten years
P partial Llewellyn-Hughes
> TfW said a further 36 trains would enter service by the end of 2042 and that the £6.80 return fare between Merthyr and Cardiff would be frozen until April. The company said it would publish passenger figures for the first month “in the spring”.
O government TfW
F number 36
F date 2042
F money £6.80
L city Merthyr
L city Cardiff
Q direct Transport for Wales :: “in the spring”
'''

ARTICLES['1790-dalmeijer-greenhouse-systems-orders-naaldwijk-job-cuts-financial-times'] = r'''
> Horticulture
> Dalmeijer orders jump 31% as Gulf growers buy Dutch greenhouses
O company Dalmeijer
F percent 31%
L region Gulf
> Westland-based maker of glasshouse climate systems lifts guidance but plans to cut 240 jobs in Naaldwijk
L region Westland
F number 240
L city Naaldwijk
> Joris Hoekstra in Amsterdam
P full Joris Hoekstra
L city Amsterdam
> Published February 14 2041
F date February 14 2041
> A Dalmeijer installation in the Westland, the Netherlands’ main horticultural region © Marieke Dijkgraaf/Bloomberg
O company Dalmeijer
L region Westland
L country Netherlands
P full Marieke Dijkgraaf
O media Bloomberg
> Dalmeijer Greenhouse Systems reported a 31 per cent jump in orders for 2040, as growers in the Gulf, China and North Africa bought climate-controlled glasshouses to grow vegetables close to their cities, but the Dutch group said it would cut 240 of its 3,150 jobs at home and shift assembly to a new plant in Poland.
O company Dalmeijer Greenhouse Systems
F percent 31 per cent
F date 2040
L region Gulf
L country China
L region North Africa
F number 240
F number 3,150
L country Poland
> Orders rose to €1.86bn from €1.42bn, the company said on Thursday, lifting its backlog to a record €2.3bn, or roughly 14 months of production. Revenue grew 12 per cent to €1.58bn and operating profit rose by a fifth to €164mn, ahead of the €151mn expected by analysts.
F money €1.86bn
F money €1.42bn
F money €2.3bn
F duration 14 months
F percent 12 per cent
F money €1.58bn
F fraction a fifth
F money €164mn
F money €151mn
> Shares in the Amsterdam-listed group rose as much as 9.4 per cent in morning trading to €48.70, their highest level since March 2038.
L city Amsterdam
F percent 9.4 per cent
F money €48.70
F date March 2038
> “Two-thirds of the world’s new greenhouse area is now being built in places where it is too hot, too dry or too cold to farm outside,” said Annelies ter Horst, chief executive. “That used to be a niche. It is now the core of our business.”
Q direct Annelies ter Horst :: “Two-thirds of the world’s new greenhouse area is now being built in places where it is too hot, too dry or too cold to farm outside,”
F fraction Two-thirds
P full Annelies ter Horst
Q direct Annelies ter Horst :: “That used to be a niche. It is now the core of our business.”
> Ter Horst said the group expected revenue of €1.75bn-€1.85bn in 2041 and would raise its dividend to €1.20 a share. A 44-hectare project outside Riyadh, the largest in the company’s 96-year history, would be handed over in the autumn, she added.
P partial Ter Horst
F money €1.75bn-€1.85bn
F date 2041
F money €1.20
F quantity 44-hectare
L city Riyadh
F duration 96-year
> Pieter-Jan Mulder, an analyst at Amstelhaven Securities in Amsterdam, called the numbers “clean” but said the order book was increasingly exposed to a handful of state-backed buyers. “When three customers in the Gulf make up a quarter of your backlog, one delayed payment can move the whole year,” he said, raising his price target to €55.
P full Pieter-Jan Mulder
O company Amstelhaven Securities
L city Amsterdam
Q direct Pieter-Jan Mulder :: “clean”
Q direct Pieter-Jan Mulder :: “When three customers in the Gulf make up a quarter of your backlog, one delayed payment can move the whole year,”
F number three
L region Gulf
F fraction a quarter
F number one
F money €55
> The job cuts, which fall mainly on the assembly halls in Naaldwijk and a smaller site in De Lier, drew an angry response from the company’s works council. “People here have built these greenhouses for 40 years and are now told a plant near Poznań can do it cheaper. We were told ‘nothing changes for Naaldwijk’ only last summer,” said Wouter Brandsma, a spokesperson for the council.
L city Naaldwijk
L city De Lier
Q direct Wouter Brandsma :: “People here have built these greenhouses for 40 years and are now told a plant near Poznań can do it cheaper. We were told ‘nothing changes for Naaldwijk’ only last summer,”
F duration 40 years
L city Poznań
L city Naaldwijk
P full Wouter Brandsma
> Brandsma said the council would seek legal advice and talk to the FNV union before giving its formal opinion on the plan, on which it must be consulted under Dutch law.
P partial Brandsma
O nonprofit FNV
> Dalmeijer said the plant in Września, which will employ about 400 people by 2042, would make standard frames and glazing, while Naaldwijk kept engineering, software and the climate computers that the company calls the “brains” of a greenhouse. About 180 of the 240 affected staff would be offered other posts, it said.
O company Dalmeijer
L city Września
F number 400
F date 2042
L city Naaldwijk
Q scare - :: “brains”
F number 180
F number 240
> The company, founded in 1945 by a tomato grower in Monster, employs 5,900 people worldwide. Energy costs for Dutch growers have fallen by almost half since the 2036 peak, and domestic orders are “finally waking up”, said a person familiar with the company’s plans.
F date 1945
L city Monster
F number 5,900
F fraction half
F date 2036
Q direct - :: “finally waking up”
'''

ARTICLES['1791-michigan-ohio-state-27-20-okafor-snow-michigan-stadium-espn'] = r'''
> Okafor Runs for 3 TDs as Michigan Stuns No. 2 Ohio State in the Snow
P partial Okafor
F number 3
O team Michigan
O team Ohio State
> Darnell Okafor ran for 187 yards and three touchdowns, and Michigan held Ohio State to two field goals after halftime to win 27-20 before 110,412 at Michigan Stadium.
P full Darnell Okafor
F quantity 187 yards
F number three
O team Michigan
O team Ohio State
F number two
F score 27-20
F number 110,412
L facility Michigan Stadium
> Kyle Brandtmeier, ESPN Staff Writer
P full Kyle Brandtmeier
O media ESPN
> Nov 24, 2040, 04:21 PM ET
F date Nov 24, 2040
F time 04:21 PM ET
> Michigan running back Darnell Okafor (24) breaks away from the Ohio State defense in the third quarter on Saturday. Gregory Shamus-Reyes/Getty Images
O team Michigan
P full Darnell Okafor
O team Ohio State
P full Gregory Shamus-Reyes
O company Getty Images
> ANN ARBOR, Mich. -- Darnell Okafor had heard about snow games in this rivalry for most of his life. On Saturday he got one of his own, and he made the most of it.
L city ANN ARBOR
L region Mich.
P full Darnell Okafor
> The junior from Flint carried the ball 29 times for 187 yards and three touchdowns as No. 9 Michigan (10-2, 7-2 Big Ten) beat No. 2 Ohio State 27-20, ending the Buckeyes' hopes of an unbeaten season and a place in the Big Ten title game.
L city Flint
F number 29
F quantity 187 yards
F number three
O team Michigan
F score 10-2
F score 7-2
O other Big Ten
O team Ohio State
F score 27-20
O team Buckeyes
O other Big Ten
> Okafor's third score, a 6-yard run with 2:14 left, broke a 20-20 tie after Ohio State had rallied from 17 points down in the third quarter.
P partial Okafor
F quantity 6-yard
F time 2:14
F score 20-20
O team Ohio State
F number 17
> "I told the guys at halftime, 'They don't want to tackle in this stuff. Make them,'" Okafor said. "My grandpa used to tell me about the old snow games up here. I guess I've got my own story now."
Q direct Darnell Okafor :: "I told the guys at halftime, 'They don't want to tackle in this stuff. Make them,'"
P partial Okafor
Q direct Darnell Okafor :: "My grandpa used to tell me about the old snow games up here. I guess I've got my own story now."
> Ohio State quarterback Mason Vukovich completed 21 of 34 passes for 248 yards and a touchdown but was sacked four times, twice by defensive end Tavion Hale-Brooks in the fourth quarter.
O team Ohio State
P full Mason Vukovich
F number 21
F number 34
F quantity 248 yards
F number four
P full Tavion Hale-Brooks
> The Buckeyes (11-1, 8-1) managed only two Jayden Whitcomb field goals, from 42 and 37 yards, after the break. Whitcomb, 22, pushed a 51-yard try wide left with 6:40 remaining.
O team Buckeyes
F score 11-1
F score 8-1
F number two
P full Jayden Whitcomb
F quantity 42
F quantity 37 yards
P partial Whitcomb
F age 22
F quantity 51-yard
F time 6:40
> "We had our chances. We didn't finish drives, and against a team like that in weather like this, you get punished," Ohio State coach Ray Castellano said. "That's on me."
Q direct Ray Castellano :: "We had our chances. We didn't finish drives, and against a team like that in weather like this, you get punished,"
O team Ohio State
P full Ray Castellano
Q direct Ray Castellano :: "That's on me."
> Michigan coach Brett Lindqvist, in his fourth season, said he had made his team practice outdoors all week. "Some of them looked at me like I was crazy," Lindqvist said. "Turns out the crazy guy was right."
O team Michigan
P full Brett Lindqvist
Q direct Brett Lindqvist :: "Some of them looked at me like I was crazy,"
P partial Lindqvist
Q direct Brett Lindqvist :: "Turns out the crazy guy was right."
> The temperature at kickoff was 24 degrees, and about 3 inches of snow fell during the first half. Crews cleared the yard lines with leaf blowers at every timeout. It was the coldest game at the stadium since 2036, according to the university.
F quantity 24 degrees
F quantity 3 inches
F date 2036
> Okafor, who was nicknamed "the Snowplow" by teammates as a freshman, has run for 1,412 yards this season, the most in the Big Ten.
P partial Okafor
Q scare - :: "the Snowplow"
F quantity 1,412 yards
O other Big Ten
> A Big Ten official said the league had discussed moving the kickoff to 3:30 p.m. but kept the 12 p.m. start. "Nobody was going to postpone this one," the official said.
O other Big Ten
F time 3:30 p.m.
F time 12 p.m.
Q direct - :: "Nobody was going to postpone this one,"
> Michigan, which had lost the previous two meetings, now leads the all-time series 62-51-6 and learns its bowl destination on Dec. 2.
O team Michigan
F number two
F score 62-51-6
F date Dec. 2
'''

ARTICLES['1792-gtx-a-ridership-review-dongtan-paju-molit-korea-herald'] = r'''
> National
> GTX-A ridership falls short of forecasts two years after last stations open
L facility GTX-A
F duration two years
> Dongtan commuters praise 20-minute ride, but fares of up to W4,450 keep others on buses
L city Dongtan
F duration 20-minute
F money W4,450
> By Yoon Seo-yeon
P full Yoon Seo-yeon
> Published : Mar 12, 2041 - 15:08 Updated : Mar 12, 2041 - 17:32
F date Mar 12, 2041
F time 15:08
F date Mar 12, 2041
F time 17:32
> Passengers board a GTX-A train at Suseo Station in southern Seoul on Monday. (Yonhap)
L facility GTX-A
L facility Suseo Station
L city Seoul
O media Yonhap
> Two years after the last stations of the Great Train Express Line A opened along its 82.1-kilometer route, the express line is carrying far fewer passengers than planners predicted, a review by the Ministry of Land, Infrastructure and Transport showed Tuesday.
F duration Two years
L facility Great Train Express Line A
F quantity 82.1-kilometer
O government Ministry of Land, Infrastructure and Transport
> The line between Unjeong in Paju and Dongtan in Hwaseong averaged 152,300 passengers a day in 2040, about 56 percent of the 272,000 projected when the 4.4 trillion won ($3.2 billion) project was approved.
L city Unjeong
L city Paju
L city Dongtan
L city Hwaseong
F number 152,300
F date 2040
F percent 56 percent
F number 272,000
F money 4.4 trillion won
F money $3.2 billion
> Choi Dong-wook, who heads the ministry's metropolitan express railway division, said the shortfall was concentrated in the north. "The southern section, from Dongtan to Seoul Station, is close to what we hoped. The problem is that people in Paju still drive," Choi said.
P full Choi Dong-wook
Q direct Choi Dong-wook :: "The southern section, from Dongtan to Seoul Station, is close to what we hoped. The problem is that people in Paju still drive,"
L city Dongtan
L facility Seoul Station
L city Paju
P partial Choi
> He said fares of W3,200 to W4,450 per trip, roughly double a regular subway ride, had also kept many away. The ministry plans to cut the top fare by W600 from July 1 for passengers using the K-Pass transit card, he said.
F money W3,200
F money W4,450
F money W600
F date July 1
> For commuters such as Han Min-ji, 38, who lives in Dongtan and works near Samseong Station in Gangnam-gu, the line has changed daily life. "I used to leave home at 6:10 and sit on the red bus for 80 minutes. Now it is 20 minutes to Samseong. My son says, 'Mom, you're home before dinner now.' He's 7, so that matters," she said.
P full Han Min-ji
F age 38
L city Dongtan
L facility Samseong Station
L region Gangnam-gu
Q direct Han Min-ji :: "I used to leave home at 6:10 and sit on the red bus for 80 minutes. Now it is 20 minutes to Samseong. My son says, 'Mom, you're home before dinner now.' He's 7, so that matters,"
F time 6:10
F duration 80 minutes
F duration 20 minutes
L city Samseong
F age 7
> Han said she pays about 190,000 won a month in fares, "a lot, but less than a second car."
P partial Han
F money 190,000 won
Q direct Han Min-ji :: "a lot, but less than a second car."
> Seoul Metropolitan Council member Kang Tae-soo, who represents a district of Eunpyeong-gu, said the city should not be paying for station upkeep when "half the seats are empty at Yeonsinnae Station after 10 a.m." He went further. "Seoul put in 410 billion won. Seoul residents deserve to know what they are getting for it," Kang said.
O government Seoul Metropolitan Council
P full Kang Tae-soo
L region Eunpyeong-gu
Q direct Kang Tae-soo :: "half the seats are empty at Yeonsinnae Station after 10 a.m."
F fraction half
L facility Yeonsinnae Station
F time 10 a.m.
Q direct Kang Tae-soo :: "Seoul put in 410 billion won. Seoul residents deserve to know what they are getting for it,"
L city Seoul
F money 410 billion won
L city Seoul
P partial Kang
> Lee Ha-eun, a transport researcher at Seoul National University, said ridership on new lines in the capital region usually took five to seven years to mature as apartments and offices grew around stations. "Judging the GTX after two years is like judging a tree after its first summer," she said.
P full Lee Ha-eun
O education Seoul National University
F duration five
F duration seven years
Q direct Lee Ha-eun :: "Judging the GTX after two years is like judging a tree after its first summer,"
L facility GTX
F duration two years
> An official at Gyeonggi Province, who asked not to be named, said the province wanted more feeder buses at Unjeong and Kintex rather than fare cuts. "Cheaper tickets do not help if you cannot get to the station," the official said.
L region Gyeonggi Province
L city Unjeong
L facility Kintex
Q direct - :: "Cheaper tickets do not help if you cannot get to the station,"
> According to the ministry, 38 percent of riders used the line for trips longer than 30 km, and 9.1 million trips were made in December alone. A full review, including the planned B and C lines, is due in the second half of the year.
F percent 38 percent
F quantity 30 km
F number 9.1 million
> (ysy@heraldcorp.com)
'''

ARTICLES['1793-ontario-line-tunnel-breakthrough-queen-station-metrolinx-globe-and-mail'] = r'''
> Toronto
L city Toronto
> Ontario Line tunnel machines break through at Queen and Yonge
L facility Ontario Line
L street Queen
L street Yonge
> Metrolinx says the $17.3-billion subway is on track to open in 2043, but merchants on Queen Street East say five years of construction has cost them dearly
O government Metrolinx
F money $17.3-billion
F date 2043
L street Queen Street East
F duration five years
> Marcus Delacroix-Wong Transportation Reporter
P full Marcus Delacroix-Wong
> Published April 16, 2041 Updated 3 hours ago
F date April 16, 2041
F duration 3 hours
> Workers cheer as a tunnel boring machine breaks through the wall of the future Queen station on Tuesday. JESSICA NAKAMURA-BELL/THE GLOBE AND MAIL
L facility Queen
P full JESSICA NAKAMURA-BELL
O media THE GLOBE AND MAIL
> Two tunnel boring machines broke into the future Queen station beneath downtown Toronto on Tuesday, completing 6.2 kilometres of twin tunnels for the Ontario Line and marking what Metrolinx called “the halfway point” of the project.
F number Two
L facility Queen
L city Toronto
F quantity 6.2 kilometres
L facility Ontario Line
O government Metrolinx
Q direct Metrolinx :: “the halfway point”
> The 15.6-kilometre line, which replaced the long-promised “Relief Line,” will have 15 stations between Exhibition Place and the Ontario Science Centre. It is now expected to open in the fall of 2043, three years later than the province promised in 2033, and its budget has grown to $17.3-billion from $10.9-billion.
F quantity 15.6-kilometre
Q scare - :: “Relief Line,”
L facility Relief Line
F number 15
L facility Exhibition Place
L facility Ontario Science Centre
F date 2043
F duration three years
F date 2033
F money $17.3-billion
F money $10.9-billion
> “These machines have ground through shale, clay and a century of forgotten pipes to get here,” Metrolinx chief executive Adaeze Ferreira-Lindholm told reporters at the site. “We are not going to pretend the schedule has been kind to anyone. But the hardest digging under the core of the city is now behind us.”
Q direct Adaeze Ferreira-Lindholm :: “These machines have ground through shale, clay and a century of forgotten pipes to get here,”
O government Metrolinx
P full Adaeze Ferreira-Lindholm
Q direct Adaeze Ferreira-Lindholm :: “We are not going to pretend the schedule has been kind to anyone. But the hardest digging under the core of the city is now behind us.”
> Ms. Ferreira-Lindholm said crews would now begin fitting out the tunnels and the eight underground stations, work she expects to take about 30 months.
P partial Ferreira-Lindholm
F number eight
F duration 30 months
> For Theo Papadakis, 61, who has run a diner on Queen Street East near Broadview Avenue since 2019, the celebration rang hollow. “My sales are down 40 per cent since they closed the street. I have cut two cooks and my own pay, and every month somebody tells me it will be over soon,” he said. “I’m still here because my father opened this place and I am too stubborn to close it.
P full Theo Papadakis
F age 61
L street Queen Street East
L street Broadview Avenue
F date 2019
Q direct Theo Papadakis :: “My sales are down 40 per cent since they closed the street. I have cut two cooks and my own pay, and every month somebody tells me it will be over soon,”
F percent 40 per cent
F number two
Q direct Theo Papadakis :: “I’m still here because my father opened this place and I am too stubborn to close it.
> “They gave us a ‘business support’ cheque for $5,000. That is one week of rent and wages.”
Q direct Theo Papadakis :: “They gave us a ‘business support’ cheque for $5,000. That is one week of rent and wages.”
F money $5,000
F duration one week
> Ontario’s Minister of Transportation, Gurpreet Sandhu-Ellis, said the province had paid $38-million to 1,140 businesses along the route and would add a second round of grants in June. “We know the disruption is real. We are not asking people on Queen Street to cheer for a hole in the ground,” he said.
L region Ontario
P full Gurpreet Sandhu-Ellis
F money $38-million
F number 1,140
Q direct Gurpreet Sandhu-Ellis :: “We know the disruption is real. We are not asking people on Queen Street to cheer for a hole in the ground,”
L street Queen Street
> Dr. Hannah Okonkwo-Reid, a geotechnical engineer at the University of Toronto, said the twin bores under the Don River had been the riskiest part of the dig. The machines advanced as little as 4 metres a day there, against an average of 14 metres elsewhere, because of water pressure in the sand layers, she said.
P full Hannah Okonkwo-Reid
O education University of Toronto
L geo Don River
F quantity 4 metres
F quantity 14 metres
> Dr. Okonkwo-Reid called the elevated sections through Thorncliffe Park and Flemingdon Park “the easier part,” but warned that fully automated trains, new to Toronto, would need at least a year of testing.
P partial Okonkwo-Reid
L city Thorncliffe Park
L city Flemingdon Park
Q direct Hannah Okonkwo-Reid :: “the easier part,”
L city Toronto
> A provincial official familiar with the contracts, who was not authorized to speak publicly, said the consortium building the stations had asked for a further $600-million. Metrolinx declined to comment on the claim.
F money $600-million
O government Metrolinx
'''

ARTICLES['1794-kiondo-pay-series-b-eko-bridge-capital-nairobi-fintech-business-daily'] = r'''
> Companies
> Nairobi lender Kiondo Pay raises Sh3.9 billion to expand into Uganda, Rwanda
L city Nairobi
O company Kiondo Pay
F money Sh3.9 billion
L country Uganda
L country Rwanda
> In Summary
> The $30 million Series B round is led by Lagos-based Eko Bridge Capital.
F money $30 million
L city Lagos
O company Eko Bridge Capital
> The firm says its active users grew 68 percent to 2.4 million last year.
F percent 68 percent
F number 2.4 million
> KAMAU WA NJOROGE
P full KAMAU WA NJOROGE
> Wednesday, March 20, 2041
F date March 20, 2041
> Kiondo Pay chief executive Wanjiru Achieng-Otieno at the firm's offices in Nairobi's Westlands on March 18, 2041. PHOTO | DENNIS OCHIENG | NMG
O company Kiondo Pay
P full Wanjiru Achieng-Otieno
L city Nairobi
L city Westlands
F date March 18, 2041
P full DENNIS OCHIENG
O media NMG
> Nairobi-based digital lender Kiondo Pay has raised $30 million (Sh3.9 billion) in a Series B round led by Lagos venture fund Eko Bridge Capital, as it prepares to launch in Uganda and Rwanda before the end of the year.
L city Nairobi
O company Kiondo Pay
F money $30 million
F money Sh3.9 billion
L city Lagos
O company Eko Bridge Capital
L country Uganda
L country Rwanda
> The round, which values the company founded in 2037 at about $210 million, also drew money from the International Finance Corporation (IFC) and two Nairobi family offices, chief executive Wanjiru Achieng-Otieno said on Tuesday.
F date 2037
F money $210 million
O intergovernmental International Finance Corporation
O intergovernmental IFC
F number two
L city Nairobi
P full Wanjiru Achieng-Otieno
> Kiondo Pay, which lends to small traders through M-Pesa and bank apps, said its active users rose 68 percent to 2.4 million in 2040, while its loan book grew to Sh6.1 billion. About 41 percent of its borrowers are women running market stalls and kiosks, the firm said.
O company Kiondo Pay
F percent 68 percent
F number 2.4 million
F date 2040
F money Sh6.1 billion
F percent 41 percent
> “A woman selling shoes in Gikomba does not need a bank branch. She needs Sh20,000 on a Monday morning and the chance to pay it back by Friday,” said Ms Achieng-Otieno, 36. “That is the whole business.”
Q direct Wanjiru Achieng-Otieno :: “A woman selling shoes in Gikomba does not need a bank branch. She needs Sh20,000 on a Monday morning and the chance to pay it back by Friday,”
L facility Gikomba
F money Sh20,000
P partial Achieng-Otieno
F age 36
Q direct Wanjiru Achieng-Otieno :: “That is the whole business.”
> She said the new money would pay for licences in Kampala and Kigali, a credit-scoring team of 45 engineers and a push into Mombasa and Kisumu, where the firm already has about 180,000 users.
L city Kampala
L city Kigali
F number 45
L city Mombasa
L city Kisumu
F number 180,000
> Eko Bridge partner Tolulope Adeyemi-Bankole said the fund had looked at more than 60 East African lenders since 2038. “Most of them grow fast and lose money faster. Kiondo’s default rate is under 4 percent, which in this market is rare,” she said, adding that the deal was “not cheap, but worth it”.
O company Eko Bridge
P full Tolulope Adeyemi-Bankole
F number 60
F date 2038
Q direct Tolulope Adeyemi-Bankole :: “Most of them grow fast and lose money faster. Kiondo’s default rate is under 4 percent, which in this market is rare,”
O company Kiondo
F percent 4 percent
Q direct Tolulope Adeyemi-Bankole :: “not cheap, but worth it”
> The Central Bank of Kenya (CBK), which licenses digital lenders, has tightened rules on loan pricing and debt collection since 2039. Daniel Kiprono Rotich, who heads digital credit supervision at the CBK, said the regulator would watch the expansion “closely”.
O government Central Bank of Kenya
O government CBK
F date 2039
P full Daniel Kiprono Rotich
O government CBK
Q direct Daniel Kiprono Rotich :: “closely”
> “Growth is welcome. Growth built on a borrower taking a third loan to pay off the first two is not,” Mr Rotich told a banking forum in Nairobi on Tuesday.
Q direct Daniel Kiprono Rotich :: “Growth is welcome. Growth built on a borrower taking a third loan to pay off the first two is not,”
F number two
P partial Rotich
L city Nairobi
> The founder of a rival lender, who asked not to be named because of talks with investors, said the valuation reflected “a lot of hope about Uganda”. Kiondo Pay’s loans carry a monthly fee of 7.5 percent, compared with 9 percent to 12 percent at some competitors, according to the company.
Q direct - :: “a lot of hope about Uganda”
L country Uganda
O company Kiondo Pay
F percent 7.5 percent
F percent 9 percent
F percent 12 percent
> The firm plans to launch a savings product it calls “chama wallet” for rotating savings groups by June 2041. It employs 210 people in Nairobi and plans to hire 120 more within 18 months.
Q scare - :: “chama wallet”
F date June 2041
F number 210
L city Nairobi
F number 120
F duration 18 months
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
