#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval170 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval170/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1063-santoft-forest-waitangi-tribunal-binding-recommendation-bulls-rangitikei-rnz'] = r'''
> Te Ao Māori
> Tribunal orders Crown to return Santoft forest land to Rangitīkei iwi
L city Santoft
L region Rangitīkei
> The Waitangi Tribunal says 3870 hectares near Bulls must go back to Ngāti Poutāwhiri, with $61.4 million in compensation.
O government Waitangi Tribunal
F quantity 3870 hectares
L city Bulls
O other Ngāti Poutāwhiri
F money $61.4 million
> Aperahama Tūroa-Kingi, Māori news reporter
P full Aperahama Tūroa-Kingi
> 4:12 pm on 9 September 2039
F time 4:12 pm
F date 9 September 2039
> Kaumātua Rāwiri Te Awe-Hākopa, 91, at the edge of the Santoft forest on Monday. Photo: RNZ / Hana McGregor-Tipene
P full Rāwiri Te Awe-Hākopa
F age 91
L city Santoft
O media RNZ
P full Hana McGregor-Tipene
> The Waitangi Tribunal has ordered the Crown to hand back 3870 hectares of forest land near Bulls to Ngāti Poutāwhiri, more than 40 years after the iwi lodged its claim.
O government Waitangi Tribunal
F quantity 3870 hectares
L city Bulls
O other Ngāti Poutāwhiri
F duration 40 years
> In a binding recommendation released on Monday, the tribunal said the land, planted in pine and licensed to a forestry company since the 1990s, had been taken from the iwi's ancestors "by means that no honest court would accept".
F date 1990s
Q direct Waitangi Tribunal :: "by means that no honest court would accept"
> The Crown must also pay $61.4 million in compensation, plus interest from 1 July 2039, within 90 days, the tribunal said.
F money $61.4 million
F date 1 July 2039
F duration 90 days
> Ngāti Poutāwhiri chairwoman Mereana Kāretu said the iwi's 2900 registered members had waited "three generations" for the decision.
O other Ngāti Poutāwhiri
P full Mereana Kāretu
F number 2900
Q direct Mereana Kāretu :: "three generations"
F number three
> "My grandmother gave evidence at the first hearing in Marton in 1998. She was 84 and she did not live to see this," Ms Kāretu said. "Today we can tell her, 'Kui, we got the whenua back.'
Q direct Mereana Kāretu :: "My grandmother gave evidence at the first hearing in Marton in 1998. She was 84 and she did not live to see this,"
L city Marton
F date 1998
F age 84
P partial Kāretu
Q direct Mereana Kāretu :: "Today we can tell her, 'Kui, we got the whenua back.'
> "We will not be selling the trees in a hurry, either. The forest pays its way, but the land is what matters."
Q direct Mereana Kāretu :: "We will not be selling the trees in a hurry, either. The forest pays its way, but the land is what matters."
> The tribunal found that about 60 percent of the block had been taken in 1923 for a "temporary" army rifle range and was never returned to its owners.
F percent 60 percent
F date 1923
Q scare - :: "temporary"
> Binding recommendations on licensed Crown forest land cannot be overturned by ministers, and only a handful have been made since the tribunal was given the power in 1989.
F date 1989
> The land lies between the Rangitīkei River and the coast, about 8km south-west of Bulls and 30km north of Foxton.
L geo Rangitīkei River
F quantity 8km
L city Bulls
F quantity 30km
L city Foxton
> Rangitīkei District Council mayor Tom Parehaka said the council welcomed the ruling. "Bulls and Marton have lived next to this claim for most of my life. Getting it sorted is good for everyone," he said.
O government Rangitīkei District Council
P full Tom Parehaka
Q direct Tom Parehaka :: "Bulls and Marton have lived next to this claim for most of my life. Getting it sorted is good for everyone,"
L city Bulls
L city Marton
> Te Arawhiti, the Office for Māori Crown Relations, said in a statement it was "carefully considering" the 212-page report and would meet the iwi before 31 October.
O government Te Arawhiti
O government Office for Māori Crown Relations
Q direct Te Arawhiti :: "carefully considering"
F number 212
F date 31 October
> The forestry company, Manawatū Timberlands Ltd, holds a licence that runs until 2047. Its chief executive, Graeme Van Asch, told RNZ that harvesting of a 640ha block would go ahead "as planned".
O company Manawatū Timberlands Ltd
F date 2047
P full Graeme Van Asch
O media RNZ
F quantity 640ha
Q direct Graeme Van Asch :: "as planned"
> Mr Van Asch said the company employed 36 people at its yard in Sanson and would talk with the iwi about the remaining 19 years of the licence.
P partial Van Asch
F number 36
L city Sanson
F duration 19 years
> Ms Kāretu said whānau would gather at Poutāwhiri Marae in Bulls at 10am on Saturday, 24 September, to discuss what comes next.
P partial Kāretu
L facility Poutāwhiri Marae
L city Bulls
F time 10am
F date 24 September
> "There will be plenty of kai and plenty of talking," she said. "But for the first time in four decades, we will be talking about our land as owners."
Q direct Mereana Kāretu :: "There will be plenty of kai and plenty of talking,"
Q direct Mereana Kāretu :: "But for the first time in four decades, we will be talking about our land as owners."
F duration four decades
'''

ARTICLES['1064-dubai-metro-green-line-extension-al-khawaneej-mizhar-rta-contract-gulf-news'] = r'''
> Transport
> RTA awards Dh11.4 billion contract to extend Green Line to Al Khawaneej
O government RTA
F money Dh11.4 billion
L facility Green Line
L city Al Khawaneej
> Seven new stations on 16.4km route will serve Muhaisnah, Mizhar and Al Khawaneej from 2044
F number Seven
F quantity 16.4km
L city Muhaisnah
L city Mizhar
L city Al Khawaneej
F date 2044
> Reem Al Suwaidi, Senior Reporter
P full Reem Al Suwaidi
> Published: October 22, 2040 15:30
F date October 22, 2040
F time 15:30
> A Green Line train pulls into Al Qusais station on Monday. Image Credit: Anil Varghese/Gulf News
L facility Green Line
L facility Al Qusais
P full Anil Varghese
O media Gulf News
> Dubai: The Roads and Transport Authority (RTA) has awarded a Dh11.4 billion contract to extend the Dubai Metro's Green Line by 16.4km from its eastern end at Al Qusais to Al Khawaneej, adding seven stations.
L city Dubai
O government Roads and Transport Authority
O government RTA
F money Dh11.4 billion
L facility Green Line
F quantity 16.4km
L city Al Qusais
L city Al Khawaneej
F number seven
> The contract went to Al Sahra Rail, a joint venture of Dubai-based Sahra Contracting and Spain's Ibérica Ferroviaria SA, which beat three other bidders.
O company Al Sahra Rail
L city Dubai
O company Sahra Contracting
L country Spain
O company Ibérica Ferroviaria SA
F number three
> Eng. Fatma Yousuf Bin Lahej, CEO of the Rail Agency at the RTA, said work would start in the first quarter of 2041 and the line would open on September 9, 2044, 35 years to the day after the Metro's first trains ran.
P full Fatma Yousuf Bin Lahej
O government Rail Agency
O government RTA
F date 2041
F date September 9, 2044
F duration 35 years
> "This is not just a railway. It is the spine of the eastern districts for the next 50 years," Bin Lahej said. "Around 410,000 people will live within a 10-minute walk of a station by 2050.
Q direct Fatma Yousuf Bin Lahej :: "This is not just a railway. It is the spine of the eastern districts for the next 50 years,"
F duration 50 years
P partial Bin Lahej
Q direct Fatma Yousuf Bin Lahej :: "Around 410,000 people will live within a 10-minute walk of a station by 2050.
F number 410,000
F duration 10-minute
F date 2050
> "We designed the route with the residents, not for them, and we will keep traffic moving while we build."
Q direct Fatma Yousuf Bin Lahej :: "We designed the route with the residents, not for them, and we will keep traffic moving while we build."
> Stations are planned at Muhaisnah 4, Mizhar 1, Mizhar 2 and Al Khawaneej 2, among others, with a Dh1.9 billion depot for 28 trains in Al Warqa.
L city Muhaisnah 4
L city Mizhar 1
L city Mizhar 2
L city Al Khawaneej 2
F money Dh1.9 billion
F number 28
L city Al Warqa
> The RTA said the extension would carry 96,000 passengers a day in its first year and take "up to 22,000 cars" off Sheikh Mohammed Bin Zayed Road and Al Amardi Street at peak hours.
O government RTA
F number 96,000
Q direct Roads and Transport Authority :: "up to 22,000 cars"
F number 22,000
L street Sheikh Mohammed Bin Zayed Road
L street Al Amardi Street
> Trains will run every 160 seconds at peak, down from 240 seconds today, and a trip from Al Khawaneej to Union will cost Dh7.50.
F duration 160 seconds
F duration 240 seconds
L city Al Khawaneej
L facility Union
F money Dh7.50
> Shirin D'Costa, 34, a nurse who lives in Mizhar and works at Rashid Hospital, said her commute by bus and Metro takes 75 minutes each way.
P full Shirin D'Costa
F age 34
L city Mizhar
O other Rashid Hospital
F duration 75 minutes
> "If the station is really at the end of my street, I will sell the car. My husband says 'wait and see', he has heard promises before," she said.
Q direct Shirin D'Costa :: "If the station is really at the end of my street, I will sell the car. My husband says 'wait and see', he has heard promises before,"
> An RTA official, who asked not to be named, said land for two of the stations was still being bought from private owners. "Two plots are in negotiation. We expect to close both by March," the official said.
O government RTA
F number two
Q direct - :: "Two plots are in negotiation. We expect to close both by March,"
F number Two
> The Green Line opened on September 9, 2011 and runs 22.5km between Al Qusais and Creek station, with 20 stations.
L facility Green Line
F date September 9, 2011
F quantity 22.5km
L city Al Qusais
L facility Creek
F number 20
> Metro ridership rose 7.2 per cent in 2039 to 301.6 million journeys, RTA figures show, and the Green Line carried 38 per cent of them.
F percent 7.2 per cent
F date 2039
F number 301.6 million
O government RTA
L facility Green Line
F percent 38 per cent
> The Dh11.4 billion cost is part of the Dh64 billion the emirate plans to spend on roads and rail by 2045.
F money Dh11.4 billion
F money Dh64 billion
F date 2045
'''

ARTICLES['1065-italy-scotland-19-27-six-nations-duncanson-stadio-olimpico-rome-scotsman'] = r'''
> Rugby
> Italy 19-27 Scotland: Duncanson double keeps title hopes alive in Rome
O team Italy
F score 19-27
O team Scotland
P partial Duncanson
L city Rome
> Biggar-born wing scores twice as Scotland come from behind at the Stadio Olimpico
L city Biggar
O team Scotland
L facility Stadio Olimpico
> By Gregor MacLennan
P full Gregor MacLennan
> Published 9th Feb 2041, 18:47 GMT
F date 9th Feb 2041
F time 18:47 GMT
> Fraser Duncanson dives over for his second try in Rome. (Photo by Euan Dalgleish-Moir/SNS Group)
P full Fraser Duncanson
L city Rome
P full Euan Dalgleish-Moir
O media SNS Group
> Scotland kept their Six Nations title hopes alive with a 27-19 win over Italy at the Stadio Olimpico on Saturday, Fraser Duncanson scoring two tries in the last 25 minutes after the visitors had trailed 16-6 early in the second half.
O team Scotland
F score 27-19
O team Italy
L facility Stadio Olimpico
P full Fraser Duncanson
F number two
F duration 25 minutes
F score 16-6
> It was Scotland’s ninth straight win over the Italians, and it lifts Alasdair Kerr’s side to 11 points from three matches, two behind leaders France before the trip to Dublin on 23 February.
O team Scotland
P full Alasdair Kerr
F number 11
F number three
F number two
O team France
L city Dublin
F date 23 February
> Italy led 9-6 at the break through three penalties from fly-half Tommaso Rinaldi, and Lorenzo Dalla Costa added a converted try on 44 minutes, the Treviso centre stepping inside Ewan Mackintosh-Reid from 30 metres.
O team Italy
F score 9-6
F number three
P full Tommaso Rinaldi
P full Lorenzo Dalla Costa
F duration 44 minutes
O team Treviso
P full Ewan Mackintosh-Reid
F quantity 30 metres
> Kerr had warned in the week that Italy were “nobody’s bonus point any more”, and for an hour his side looked rattled.
P partial Kerr
O team Italy
Q direct Alasdair Kerr :: “nobody’s bonus point any more”
> Then the Biggar-born wing, 23, took over. Duncanson finished a long move on 56 minutes, Callum Lockhart converting, and went over again on 71 minutes after a charge-down by replacement lock Hamish O’Neill-Grant.
L city Biggar
F age 23
P partial Duncanson
F duration 56 minutes
P full Callum Lockhart
F duration 71 minutes
P full Hamish O’Neill-Grant
> “I’ve never scored twice for Scotland, never mind in Rome,” said Duncanson, who plays his club rugby for Glasgow Warriors. “At 16-6 down you could hear the crowd, and the boys just said, ‘Keep the ball, it’ll come.’
Q direct Fraser Duncanson :: “I’ve never scored twice for Scotland, never mind in Rome,”
O team Scotland
L city Rome
P partial Duncanson
O team Glasgow Warriors
Q direct Fraser Duncanson :: “At 16-6 down you could hear the crowd, and the boys just said, ‘Keep the ball, it’ll come.’
F score 16-6
> “It did come. I only had to run in a straight line.”
Q direct Fraser Duncanson :: “It did come. I only had to run in a straight line.”
> Lockhart’s third conversion followed Mackintosh-Reid’s try in the corner two minutes from time, after Italy lost a line-out 5 metres from their own line.
P partial Lockhart
P partial Mackintosh-Reid
F duration two minutes
O team Italy
F quantity 5 metres
> Rinaldi’s fourth penalty, on 79 minutes, brought Italy within eight points but left them without a losing bonus point.
P partial Rinaldi
F duration 79 minutes
O team Italy
F number eight
> Italy head coach Marco Dell’Acqua said: “We were the better team for 55 minutes. Two mistakes, two tries. That is Test rugby.”
O team Italy
P full Marco Dell’Acqua
Q direct Marco Dell’Acqua :: “We were the better team for 55 minutes. Two mistakes, two tries. That is Test rugby.”
F duration 55 minutes
F number Two
F number two
> Kerr was happier with the finish than the start. “We gave them 40 minutes of penalties,” he said. “At this level you get one warning. Today we got away with it.”
P partial Kerr
Q direct Alasdair Kerr :: “We gave them 40 minutes of penalties,”
F duration 40 minutes
Q direct Alasdair Kerr :: “At this level you get one warning. Today we got away with it.”
F number one
> Scotland were without captain Rory Sinclair-Baird, who has a hamstring strain and is expected to miss three weeks. Kerr will name his side for Dublin at 12.30pm on Thursday.
P full Rory Sinclair-Baird
F duration three weeks
P partial Kerr
L city Dublin
F time 12.30pm
> Italy, who beat Wales 24-21 in Cardiff a week ago, travel to Twickenham to face England on 22 February.
O team Italy
O team Wales
F score 24-21
L city Cardiff
L facility Twickenham
O team England
F date 22 February
> Six Nations Rugby said the crowd of 58,412 was a record for the fixture in Rome.
O other Six Nations Rugby
F number 58,412
L city Rome
> Italy: Tries: Dalla Costa. Cons: Rinaldi. Pens: Rinaldi 4.
O team Italy
P partial Dalla Costa
P partial Rinaldi
P partial Rinaldi
F number 4
> Scotland: Tries: Duncanson 2, Mackintosh-Reid. Cons: Lockhart 3. Pens: Lockhart 2.
O team Scotland
P partial Duncanson
F number 2
P partial Mackintosh-Reid
P partial Lockhart
F number 3
P partial Lockhart
F number 2
> Half-time: Italy 9 Scotland 6. Referee: Ciarán Ó Dálaigh (Ireland). Attendance: 58,412.
O team Italy
F score 9
O team Scotland
F score 6
P full Ciarán Ó Dálaigh
L country Ireland
F number 58,412
'''

ARTICLES['1066-kanade-motor-brake-sensor-recall-okazaki-aichi-hinode-nikkei-asia'] = r'''
> Automobiles
> Kanade Motor recalls 1.2m vehicles over faulty brake sensor
O company Kanade Motor
F number 1.2m
> Aichi-based automaker expects 84 billion yen charge; shares fall 6%
L region Aichi
F money 84 billion yen
F percent 6%
> KEITA MORISHIMA, Nikkei staff writer
P full KEITA MORISHIMA
O media Nikkei
> March 15, 2040 19:05 JST
F date March 15, 2040
F time 19:05 JST
> Kanade Motor President Hiroshi Tanabe-Kono, center, bows at a news conference in Okazaki, Aichi Prefecture, on March 15. (Photo by Sayaka Ishiguro)
O company Kanade Motor
P full Hiroshi Tanabe-Kono
L city Okazaki
L region Aichi Prefecture
F date March 15
P full Sayaka Ishiguro
> NAGOYA -- Kanade Motor will recall about 1.2 million vehicles worldwide to replace a brake pressure sensor that can fail in cold weather, the Okazaki-based automaker said Thursday, in the largest recall of its 71-year history.
L city NAGOYA
O company Kanade Motor
F number 1.2 million
L city Okazaki
F duration 71-year
> The recall covers 486,000 vehicles in Japan, 391,000 in North America and the rest mainly in China and Southeast Asia, all built between April 2036 and September 2039. It includes the Sorami compact SUV and the Kanade Vela minivan.
F number 486,000
L country Japan
F number 391,000
L continent North America
L country China
L region Southeast Asia
F date April 2036
F date September 2039
> Kanade expects the recall to cost 84 billion yen ($560 million) and cut its net profit forecast for the fiscal year ending March 2040 by 11% to 312 billion yen.
O company Kanade
F money 84 billion yen
F money $560 million
F date March 2040
F percent 11%
F money 312 billion yen
> "We let our customers down, and I apologize from the bottom of my heart," Tanabe-Kono said at the company's headquarters in Okazaki. "Safety is not something we can ever trade for cost."
Q direct Hiroshi Tanabe-Kono :: "We let our customers down, and I apologize from the bottom of my heart,"
P partial Tanabe-Kono
L city Okazaki
Q direct Hiroshi Tanabe-Kono :: "Safety is not something we can ever trade for cost."
> The sensor, made by Kariya-based supplier Hinode Brake Systems, can misread line pressure at temperatures below minus 15 C, which may lengthen stopping distances by up to 20%, the company said. Kanade has confirmed 37 incidents, including three minor collisions, but no injuries.
L city Kariya
O company Hinode Brake Systems
F quantity minus 15 C
F percent 20%
O company Kanade
F number 37
F number three
> Tanabe-Kono, 63, said Kanade had known of "a small number of complaints" since November 2038 but did not link them to the part until January.
P partial Tanabe-Kono
F age 63
O company Kanade
Q direct Hiroshi Tanabe-Kono :: "a small number of complaints"
F date November 2038
> Hinode said in a statement that it was "cooperating fully" and would bear part of the cost. Its shares fell 9.4% in Tokyo.
O company Hinode
Q direct Hinode Brake Systems :: "cooperating fully"
F percent 9.4%
L city Tokyo
> Kanade shares closed down 6.1% at 2,847 yen on the Tokyo Stock Exchange, wiping about 310 billion yen off its market value.
O company Kanade
F percent 6.1%
F money 2,847 yen
O company Tokyo Stock Exchange
F money 310 billion yen
> Japan's Ministry of Land, Infrastructure, Transport and Tourism, which received the recall filing on Thursday, has asked Kanade to report on its quality checks within 30 days. "A delay of more than a year is a concern," a ministry official said.
L country Japan
O government Ministry of Land, Infrastructure, Transport and Tourism
O company Kanade
F duration 30 days
Q direct - :: "A delay of more than a year is a concern,"
> Executive Vice President Mayumi Ohashi-Reyes, who heads quality, said repairs would take about 40 minutes per vehicle and start on April 1 at 1,900 dealers in Japan. Owners will be contacted by mail from March 25.
P full Mayumi Ohashi-Reyes
F duration 40 minutes
F date April 1
F number 1,900
L country Japan
F date March 25
> "We have parts for 600,000 cars in stock now, and the rest will arrive by June," she said.
Q direct Mayumi Ohashi-Reyes :: "We have parts for 600,000 cars in stock now, and the rest will arrive by June,"
F number 600,000
> Analysts said the damage to the brand could spread. "Kanade built its name on reliability. One recall will not break that, but two would," said Ryo Nakagawa, an auto analyst at Tsubaki Research in Tokyo.
Q direct Ryo Nakagawa :: "Kanade built its name on reliability. One recall will not break that, but two would,"
O company Kanade
F number One
F number two
P full Ryo Nakagawa
O company Tsubaki Research
L city Tokyo
> The recall is Kanade's first since 2031, when it called back 142,000 minivans over a seat-belt fault. About 70% of its output is built at five plants in Aichi, including two in Toyota City.
O company Kanade
F date 2031
F number 142,000
F percent 70%
F number five
L region Aichi
F number two
L city Toyota City
'''

ARTICLES['1067-eskom-stage-5-load-shedding-medupi-koeberg-trips-alice-minister-mail-guardian'] = r'''
> Business
> Eskom moves to stage 5 as Medupi and Koeberg units trip
O company Eskom
L facility Medupi
L facility Koeberg
> Cuts of up to 10 hours a day are likely until at least Friday, as the electricity minister faces questions over a R2.3-billion repair bill
F duration 10 hours
F money R2.3-billion
> Lwazi Khumalo
P full Lwazi Khumalo
> 21 Jun 2040
F date 21 Jun 2040
> Traders in Alice, Eastern Cape, work by candlelight on Tuesday evening. (Zanele Mthembu-Abrahams/M&G)
L city Alice
L region Eastern Cape
P full Zanele Mthembu-Abrahams
O media M&G
> Eskom escalated load-shedding to stage 5 on Tuesday afternoon after two units at Medupi power station and one at Koeberg tripped within six hours, taking about 3 100MW off a grid already short of winter capacity.
O company Eskom
F number two
L facility Medupi
F number one
L facility Koeberg
F duration six hours
F quantity 3 100MW
> The utility said stage 5 would run from 4pm to 10pm daily “until further notice”, with stage 3 overnight.
F time 4pm
F time 10pm
Q direct Eskom :: “until further notice”
> At a media briefing at Megawatt Park in Sunninghill, Eskom’s chief operating officer, Pieter van Rensburg, said the Medupi units had failed because of boiler tube leaks and would return “by the weekend at the earliest”.
L facility Megawatt Park
L city Sunninghill
O company Eskom
P full Pieter van Rensburg
L facility Medupi
Q direct Pieter van Rensburg :: “by the weekend at the earliest”
> “We are not going to pretend this is good news. We have 27 000MW available tonight against a peak demand of 31 400MW,” Van Rensburg said. “Every megawatt we bring back goes straight to reducing the stages.”
Q direct Pieter van Rensburg :: “We are not going to pretend this is good news. We have 27 000MW available tonight against a peak demand of 31 400MW,”
F quantity 27 000MW
F quantity 31 400MW
P partial Van Rensburg
Q direct Pieter van Rensburg :: “Every megawatt we bring back goes straight to reducing the stages.”
> Unit 2 at Koeberg, near Cape Town, was shut on Monday for what Eskom called “an unplanned maintenance event”, a phrase it has used twice this winter.
L facility Koeberg
L city Cape Town
O company Eskom
Q direct Eskom :: “an unplanned maintenance event”
> Electricity and Energy Minister Thandeka Mabuza-Ncube told Parliament’s portfolio committee on Wednesday that her department had approved R2.3-billion for emergency boiler repairs at Medupi, Kusile and Matimba.
P full Thandeka Mabuza-Ncube
O government Parliament
F money R2.3-billion
L facility Medupi
L facility Kusile
L facility Matimba
> “I will not stand here and say ‘it is the weather’. It is maintenance that was not done between 2030 and 2035,” she said.
Q direct Thandeka Mabuza-Ncube :: “I will not stand here and say ‘it is the weather’. It is maintenance that was not done between 2030 and 2035,”
F date 2030
F date 2035
> The Democratic Alliance’s energy spokesperson, Riaan de Villiers-Botha, said the minister had “run out of excuses” and called for an independent audit of Eskom’s R18-billion maintenance budget.
O party Democratic Alliance
P full Riaan de Villiers-Botha
Q direct Riaan de Villiers-Botha :: “run out of excuses”
O company Eskom
F money R18-billion
> In Alice, in the Eastern Cape, spaza shop owner Nomsa Tshabalala, 52, said she had thrown away R4 800 worth of meat and milk since Sunday, when the long cuts in her area began.
L city Alice
L region Eastern Cape
P full Nomsa Tshabalala
F age 52
F money R4 800
> “With four hours of power, the fridge never gets cold. I lose money every day,” she said. “My customers come with cash and I send them away.”
Q direct Nomsa Tshabalala :: “With four hours of power, the fridge never gets cold. I lose money every day,”
F duration four hours
Q direct Nomsa Tshabalala :: “My customers come with cash and I send them away.”
> According to the Council for Scientific and Industrial Research (CSIR), stage 5 costs the economy about R1.6-billion a day in lost output.
O government Council for Scientific and Industrial Research
O government CSIR
F money R1.6-billion
> Load-shedding last reached stage 5 in July 2039, when it ran for 11 days. Eskom said 41% of its coal fleet was out of service on Tuesday, compared with 33% a year ago.
F date July 2039
F duration 11 days
O company Eskom
F percent 41%
F percent 33%
> An Eskom engineer at Medupi, who asked not to be named, said crews were working 12-hour shifts. “The boilers have run for 20 years and they are tired. You fix one leak and another one opens,” he said.
O company Eskom
L facility Medupi
F duration 12-hour
Q direct - :: “The boilers have run for 20 years and they are tired. You fix one leak and another one opens,”
F duration 20 years
F number one
> The utility will publish its next update at 5pm on Friday, 22 June.
F time 5pm
F date 22 June
'''

ARTICLES['1068-question-3-home-sale-transfer-fee-poll-florida-hull-massachusetts-boston-globe'] = r'''
> Politics
> Question 3 would let cities and towns tax home sales over $2 million. Here’s where it stands.
F money $2 million
> A new Globe poll finds 52 percent of likely voters back the measure, with three weeks to go before Election Day
O media Globe
F percent 52 percent
F duration three weeks
> By Nadia Okonkwo-Barros Globe Staff
P full Nadia Okonkwo-Barros
O media Globe
> Updated October 16, 2040, 5:30 a.m.
F date October 16, 2040
F time 5:30 a.m.
> Homes along the harbor in Hull, where the select board backed Question 3 in June. Jonathan Whitcombe-Reyes/Globe Staff
L city Hull
P full Jonathan Whitcombe-Reyes
O media Globe
> A ballot question that would let Massachusetts cities and towns charge a fee of up to 2 percent on home sales above $2 million is leading 52 percent to 43 percent three weeks before the Nov. 6 election, according to a new Globe/Tremont Research poll.
L region Massachusetts
F percent 2 percent
F money $2 million
F percent 52 percent
F percent 43 percent
F duration three weeks
F date Nov. 6
O media Globe
O company Tremont Research
> The poll of 800 likely voters, taken Oct. 9-13, found 5 percent undecided. Its margin of error is 3.5 percentage points.
F number 800
F date Oct. 9-13
F percent 5 percent
F percent 3.5 percentage points
> Under the measure, a town could charge up to 2 percent of the price above $2 million, paid by the seller, with the money going to affordable housing. Supporters say a $3 million sale in Wellesley would raise $20,000 for the town.
F percent 2 percent
F money $2 million
F money $3 million
L city Wellesley
F money $20,000
> “Every one of our teachers and firefighters lives 40 minutes away because they can’t afford to live here,” said state Senator Priya Ramanathan-Hale, a Democrat from Newton who chairs the Joint Committee on Housing. “This asks people buying $5 million homes to chip in a little. That’s it.”
Q direct Priya Ramanathan-Hale :: “Every one of our teachers and firefighters lives 40 minutes away because they can’t afford to live here,”
F duration 40 minutes
P full Priya Ramanathan-Hale
L city Newton
O government Joint Committee on Housing
Q direct Priya Ramanathan-Hale :: “This asks people buying $5 million homes to chip in a little. That’s it.”
F money $5 million
> Opponents, led by the Massachusetts Association of Realtors, have raised $14.6 million, more than four times what the campaign for the measure has raised, according to the Office of Campaign and Political Finance.
O nonprofit Massachusetts Association of Realtors
F money $14.6 million
F number four
O government Office of Campaign and Political Finance
> “This is a tax on the family home, dressed up as a fee,” said Kevin O’Halloran, the association’s president and a broker in Sharon. “A retired couple in Concord who bought in 1985 will pay it. A hedge fund in Boston will not.”
Q direct Kevin O’Halloran :: “This is a tax on the family home, dressed up as a fee,”
P full Kevin O’Halloran
L city Sharon
Q direct Kevin O’Halloran :: “A retired couple in Concord who bought in 1985 will pay it. A hedge fund in Boston will not.”
L city Concord
F date 1985
L city Boston
> O’Halloran, 58, said the realtors would spend “whatever it takes” in the final weeks, mostly on television in the Springfield and Worcester markets.
P partial O’Halloran
F age 58
Q direct Kevin O’Halloran :: “whatever it takes”
L city Springfield
L city Worcester
> At least 41 of the state’s 351 cities and towns have asked the Legislature for such a fee, from Nantucket to Florida, a Berkshire hill town of about 700 people whose select board voted 3-0 in April to back the idea.
F number 41
F number 351
O government Legislature
L city Nantucket
L city Florida
L region Berkshire
F number 700
F number 3-0
> “We have 14 kids in our school and second homes on every road,” said Glenn Whitaker-Pratt, who chairs the Florida select board. “If a fee on a $2.5 million ski house keeps that school open, I’m for it.”
Q direct Glenn Whitaker-Pratt :: “We have 14 kids in our school and second homes on every road,”
F number 14
P full Glenn Whitaker-Pratt
L city Florida
Q direct Glenn Whitaker-Pratt :: “If a fee on a $2.5 million ski house keeps that school open, I’m for it.”
F money $2.5 million
> Governor Daniel Ferreira-Walsh has not taken a position. His spokeswoman, Amy Lindqvist, said Tuesday that he would “respect the voters’ decision either way.”
P full Daniel Ferreira-Walsh
P full Amy Lindqvist
Q direct Amy Lindqvist :: “respect the voters’ decision either way.”
> Secretary of the Commonwealth Marisol Duarte-Kenney said her office had mailed 2.9 million voter guides and expects turnout of about 68 percent. Early voting begins Oct. 26.
P full Marisol Duarte-Kenney
F number 2.9 million
F percent 68 percent
F date Oct. 26
> The poll found support strongest in Boston, at 61 percent, and weakest on Cape Cod, at 44 percent, where backers have taken to calling the measure the “starter-home fund.”
L city Boston
F percent 61 percent
L geo Cape Cod
F percent 44 percent
Q scare - :: “starter-home fund.”
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
