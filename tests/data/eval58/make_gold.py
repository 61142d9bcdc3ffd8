#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval58 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval58/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['391-nelson-coal-tip-landslip-stabilisation-tomen-ddu-caerphilly-observer'] = r'''
> Politics
> Council agrees £6.4m plan to stabilise coal tip above Nelson after January landslip
F money £6.4m
L city Nelson
> Families on Llanfabon Road spent 11 nights away from home after about 2,000 tonnes of spoil slid towards their back gardens
L street Llanfabon Road
F duration 11 nights
F quantity 2,000 tonnes
> By Gwenllian Prydderch
P full Gwenllian Prydderch
> Local Democracy Reporter
> Wednesday, 16th March 2039 at 6:05pm
F date 16th March 2039
F time 6:05pm
> The Tomen Ddu tip above Nelson, photographed by drone two days after the slip. Picture: Caerphilly County Borough Council
L facility Tomen Ddu
L city Nelson
F duration two days
O government Caerphilly County Borough Council
> A £6.4 million scheme to drain and reshape a disused coal tip that slipped towards homes in Nelson in January has been approved by Caerphilly County Borough Council’s cabinet.
F money £6.4 million
L city Nelson
O government Caerphilly County Borough Council
> Cabinet members meeting at Penallta House in Ystrad Mynach on Wednesday heard that the Tomen Ddu tip, on the hillside between Nelson and Trelewis, is now one of 14 tips in the county borough placed in Category D, the highest-risk classification used by the Welsh Government.
L facility Penallta House
L city Ystrad Mynach
L facility Tomen Ddu
L city Nelson
L city Trelewis
F number 14
O government Welsh Government
> About 2,000 tonnes of spoil moved after 96 hours of heavy rain in the early hours of 9 January, stopping about 40 metres short of the back gardens of 38 houses on Llanfabon Road and Heol y Felin. Residents spent the first night at a rest centre in Nelson Workmen’s Hall and were allowed home 11 days later.
F quantity 2,000 tonnes
F duration 96 hours
F date 9 January
F quantity 40 metres
F number 38
L street Llanfabon Road
L street Heol y Felin
L facility Nelson Workmen’s Hall
F duration 11 days
> Cllr Islwyn Bevan, cabinet member for infrastructure and climate change, told the meeting the slip had been “a warning we cannot afford to ignore”.
P full Islwyn Bevan
Q direct Islwyn Bevan :: “a warning we cannot afford to ignore”
> “People in Nelson went to bed with rain on the windows and woke up to police at the door,” he said. “Nobody was hurt, and that is down to the monitoring equipment we put on that tip in 2036 and to the officers who knocked on 38 doors before dawn.
Q direct Islwyn Bevan :: “People in Nelson went to bed with rain on the windows and woke up to police at the door,”
L city Nelson
Q direct Islwyn Bevan :: “Nobody was hurt, and that is down to the monitoring equipment we put on that tip in 2036 and to the officers who knocked on 38 doors before dawn.
F date 2036
F number 38
> “But there are hundreds of tips in this borough and the money from Cardiff has never matched the risk. This scheme fixes one hillside. It does not fix the problem.”
Q direct Islwyn Bevan :: “But there are hundreds of tips in this borough and the money from Cardiff has never matched the risk. This scheme fixes one hillside. It does not fix the problem.”
L city Cardiff
F number one
> Of the total cost, £4.1m will come from the Welsh Government’s coal tip safety grant and £2.3m from the council’s reserves. Work to dig 1.2 kilometres of drainage channels, lower the crest of the tip by up to 6 metres and plant 1.5 hectares of woodland is expected to start in June and take 18 months.
F money £4.1m
O government Welsh Government
F money £2.3m
F quantity 1.2 kilometres
F quantity 6 metres
F quantity 1.5 hectares
F duration 18 months
> A report by Marcus Lloyd-Evans, the council’s head of engineering, said boreholes drilled by the Mining Remediation Authority had found water trapped inside the tip at depths of 9 to 14 metres.
P full Marcus Lloyd-Evans
O government Mining Remediation Authority
F quantity 9
F quantity 14 metres
> The authority, which took over the work of the Coal Authority, said in a statement that the tip was “stable but not safe” and that it would keep six piezometers and two tilt meters on the site until the work was finished.
O government Coal Authority
Q direct Mining Remediation Authority :: “stable but not safe”
F number six
F number two
> Nelson ward councillor Meleri Watkins, of Plaid Cymru, welcomed the decision but said residents had been “left in the dark” for weeks.
L region Nelson
P full Meleri Watkins
O party Plaid Cymru
Q direct Meleri Watkins :: “left in the dark”
> “The first letter most people on Heol y Felin got from the council arrived three weeks after they went home,” she said. “If you live under a tip, you should not have to find out about it on Facebook.”
Q direct Meleri Watkins :: “The first letter most people on Heol y Felin got from the council arrived three weeks after they went home,”
L street Heol y Felin
F duration three weeks
Q direct Meleri Watkins :: “If you live under a tip, you should not have to find out about it on Facebook.”
O company Facebook
> Glyn Pritchard, 71, who has lived on Llanfabon Road since 1989, said he heard the slip before he saw it.
P full Glyn Pritchard
F age 71
L street Llanfabon Road
F date 1989
> “It was like a train going past at the bottom of the garden, only slower,” he said. “My father worked at Taff Merthyr for 30 years. We grew up with those tips. We never thought one would come to us.”
Q direct Glyn Pritchard :: “It was like a train going past at the bottom of the garden, only slower,”
Q direct Glyn Pritchard :: “My father worked at Taff Merthyr for 30 years. We grew up with those tips. We never thought one would come to us.”
L facility Taff Merthyr
F duration 30 years
> The cabinet decision followed a meeting of the council’s housing and regeneration scrutiny committee on 2 March, which backed the scheme by nine votes to two. Independent councillor Rhodri Jenkins-Pugh asked whether the 38 households would get help with higher insurance premiums; officers said the council had no power to pay them.
F date 2 March
F number nine
F number two
P full Rhodri Jenkins-Pugh
F number 38
> A spokesperson for Natural Resources Wales (NRW) said the body was testing water draining from the tip into the Bargoed Taff, which runs below the village, and would “take whatever action is needed”.
O government Natural Resources Wales
O government NRW
L geo Bargoed Taff
Q direct - :: “take whatever action is needed”
> There are more than 2,500 disused coal tips in Wales, most of them in the south Wales valleys. About 350 are in Rhondda Cynon Taf and 300 in Caerphilly county borough, according to Welsh Government figures published in 2038.
F number 2,500
L country Wales
L country Wales
F number 350
L region Rhondda Cynon Taf
F number 300
L region Caerphilly
O government Welsh Government
F date 2038
> Blaenau Gwent Caerffili Rhymni MS Aled Pennant-Morgan said he would raise the cost of the scheme with the Cabinet Secretary for Climate Change in the Senedd next week.
L region Blaenau Gwent Caerffili Rhymni
P full Aled Pennant-Morgan
O government Senedd
> Cllr Bevan said the council would write to every household on Llanfabon Road and Heol y Felin before work begins. The tip is due to be finished by the end of 2040, and a helpline for residents has been set up on 01443 815588.
P partial Bevan
L street Llanfabon Road
L street Heol y Felin
F date 2040
> The Local Democracy Reporting Service is funded by the BBC and local news organisations.
O media BBC
'''

ARTICLES['392-luang-prabang-pi-mai-record-visitors-laos-china-railway-vientiane-times'] = r'''
> Luang Prabang welcomes record 212,000 visitors over New Year holiday
L city Luang Prabang
F number 212,000
> (Latest Update April 19, 2039)
F date April 19, 2039
> By Phetsamone Keobounheuang
P full Phetsamone Keobounheuang
> Visitors pour scented water over a Buddha image at Wat Xieng Thong in Luang Prabang on April 15. -- Photo: Viengsavanh Chanthavong
L facility Wat Xieng Thong
L city Luang Prabang
F date April 15
P full Viengsavanh Chanthavong
> Luang Prabang received a record 212,000 visitors during the Lao New Year (Pi Mai) holiday from April 13-17, up 18 percent on last year, with almost half of them arriving on the Laos-China Railway, provincial tourism officials said on Monday.
L city Luang Prabang
F number 212,000
F date April 13-17
F percent 18 percent
F fraction half
L facility Laos-China Railway
> The figure includes 131,000 Lao visitors and 81,000 foreigners, most of them from China, Thailand and Vietnam, according to the Luang Prabang Provincial Department of Information, Culture and Tourism.
F number 131,000
F number 81,000
L country China
L country Thailand
L country Vietnam
O government Luang Prabang Provincial Department of Information, Culture and Tourism
> Director of the department Mr Khamphone Sengsouvanh told Vientiane Times that all 1,240 hotels and guesthouses in the town were fully booked from April 12 and that some visitors had slept in temples or travelled in each day from Nan district, 40 km to the south.
P full Khamphone Sengsouvanh
O media Vientiane Times
F number 1,240
F date April 12
L region Nan
F quantity 40 km
> "This is the highest number since Luang Prabang was listed as a World Heritage site in 1995," Mr Khamphone said.
Q direct Khamphone Sengsouvanh :: "This is the highest number since Luang Prabang was listed as a World Heritage site in 1995,"
L city Luang Prabang
F date 1995
P partial Khamphone
> The Laos-China Railway Company Limited (LCR) added four extra trains a day between Vientiane and Luang Prabang and two more from Boten, on the Chinese border, for the holiday. LCR said 97,400 passengers got off at Luang Prabang station between April 11 and April 18, compared with 71,900 during Pi Mai in 2038.
O company Laos-China Railway Company Limited
O company LCR
F number four
L city Vientiane
L city Luang Prabang
F number two
L city Boten
O company LCR
F number 97,400
L facility Luang Prabang
F date April 11
F date April 18
F number 71,900
F date 2038
> A second-class ticket from Vientiane costs 286,000 kip and the journey takes 1 hour 50 minutes, against about eight hours by road.
L city Vientiane
F money 286,000 kip
F duration 1 hour
F duration 50 minutes
F duration eight hours
> Ms Vanida Phommachanh, who runs the 14-room Nam Khan View Guesthouse near the confluence of the Nam Khan and Mekong rivers, said she had raised her prices from 450,000 kip to 600,000 kip a night but still turned away about 30 bookings a day.
P full Vanida Phommachanh
F number 14
O company Nam Khan View Guesthouse
L geo Nam Khan
L geo Mekong
F money 450,000 kip
F money 600,000 kip
F number 30
> "Many Chinese guests book through apps and arrive at the station with no room," Ms Vanida said. "We call our friends, our cousins, even the monks. Nobody wants a visitor to sleep in the street during Pi Mai."
Q direct Vanida Phommachanh :: "Many Chinese guests book through apps and arrive at the station with no room,"
P partial Vanida
Q direct Vanida Phommachanh :: "We call our friends, our cousins, even the monks. Nobody wants a visitor to sleep in the street during Pi Mai."
> The department estimated that visitors spent 163 billion kip (about US$7.6 million) in the province during the five-day holiday, compared with 118 billion kip in 2038. Foreign visitors spent an average of US$74 a day and domestic visitors about 640,000 kip.
F money 163 billion kip
F money US$7.6 million
F duration five-day
F money 118 billion kip
F date 2038
F money US$74
F money 640,000 kip
> Not all residents welcomed the crowds. Mr Somsanouk Vongkhamsao, head of Xiengmouane village in the old town, said the water supply had been cut for up to six hours a day during the holiday and rubbish had piled up along the Mekong riverbank.
P full Somsanouk Vongkhamsao
L city Xiengmouane
F duration six hours
L geo Mekong
> "We are happy to see the town full, but the town is small," Mr Somsanouk said, adding that the village had asked the provincial authorities to limit the number of tour buses allowed in the heritage zone.
Q direct Somsanouk Vongkhamsao :: "We are happy to see the town full, but the town is small,"
P partial Somsanouk
> Luang Prabang International Airport handled 64 flights over the five days, including new direct services from Chiang Mai and Kunming operated by Lao Airlines.
L facility Luang Prabang International Airport
F number 64
F duration five days
L city Chiang Mai
L city Kunming
O company Lao Airlines
> The Kuang Si waterfall, 29 km south of the town, recorded 38,600 visitors, nearly double its usual April numbers. Its management began selling tickets online at 60,000 kip for foreigners and 10,000 kip for Lao citizens.
L geo Kuang Si
F quantity 29 km
F number 38,600
F money 60,000 kip
F money 10,000 kip
> Thai visitors, many of whom took the overnight train from Bangkok's Krung Thep Aphiwat Central Terminal to Vientiane and changed there, made up 23 percent of foreign arrivals.
L city Bangkok
L facility Krung Thep Aphiwat Central Terminal
L city Vientiane
F percent 23 percent
> Mr Khamphone said the province would open 11 new homestays in villages along the Nam Ou river by the end of the year and had asked the Lao Association of Travel Agents (LATA) to spread tours "beyond the three busy days".
P partial Khamphone
F number 11
L geo Nam Ou
O nonprofit Lao Association of Travel Agents
O nonprofit LATA
Q direct Khamphone Sengsouvanh :: "beyond the three busy days"
F number three
> The Ministry of Information, Culture and Tourism has set a target of 5.2 million foreign arrivals nationwide in 2039 under the Visit Laos Year 2039 campaign, after 4.6 million came in 2038.
O government Ministry of Information, Culture and Tourism
F number 5.2 million
F date 2039
F number 4.6 million
F date 2038
'''

ARTICLES['393-scottish-grand-national-ayr-bracken-hollow-drummond-kerr-results-racing-post'] = r'''
> Scottish Grand National
> 'He just doesn't know when to stop' - Bracken Hollow digs deep at Ayr to give Drummond-Kerr a first Scottish National
Q direct Isla Drummond-Kerr :: 'He just doesn't know when to stop'
L facility Ayr
P partial Drummond-Kerr
> The 14-1 shot outstays favourite Kilbride Lass to land the £215,000 marathon for the Kinross trainer and her 19-year-old rider
F number 14-1
F money £215,000
L city Kinross
F age 19-year-old
> By Fergus Lennie-Baird
P full Fergus Lennie-Baird
> 6:12PM, APR 16 2039
F time 6:12PM
F date APR 16 2039
> Bracken Hollow (right) and Eoghan Tierney-Ward jump the last ahead of Kilbride Lass at Ayr on Saturday. Credit: Ailsa Grierson
P full Eoghan Tierney-Ward
L facility Ayr
P full Ailsa Grierson
> Isla Drummond-Kerr has sent out winners at every jumps track in Scotland, but she had never had a runner finish in the first three of the Scottish Grand National until Bracken Hollow ground his way up the Ayr straight on Saturday to win the 2039 running by three and a quarter lengths.
P full Isla Drummond-Kerr
L country Scotland
F number three
L facility Ayr
F date 2039
F quantity three and a quarter lengths
> The nine-year-old, sent off at 14-1 in a field of 28, was ridden by Eoghan Tierney-Ward, who claimed 3lb and was having only his second ride in the race. The pair were only tenth four fences from home but made ground steadily, jumped to the front at the last and kept on up the run-in to beat the 7-2 favourite Kilbride Lass, with Colonel Buchan a further two lengths back in third.
F duration nine-year-old
F number 14-1
F number 28
P full Eoghan Tierney-Ward
F quantity 3lb
F number four
F number 7-2
F quantity two lengths
> "He just doesn't know when to stop," said Drummond-Kerr, who trains 34 horses at Balado, outside Kinross. "Three out he was off the bridle and Eoghan was pushing, and I thought we'd be fourth or fifth. Then he found his second wind. He's a proper stayer and he's been like that since he was a baby."
Q direct Isla Drummond-Kerr :: "He just doesn't know when to stop,"
P partial Drummond-Kerr
F number 34
L city Balado
L city Kinross
Q direct Isla Drummond-Kerr :: "Three out he was off the bridle and Eoghan was pushing, and I thought we'd be fourth or fifth. Then he found his second wind. He's a proper stayer and he's been like that since he was a baby."
F number Three
P partial Eoghan
> Bracken Hollow, bred in County Limerick and bought for €38,000 as a three-year-old at Fairyhouse, runs in the colours of the Saltire Four Partnership, four retired teachers from Perth and Dundee.
L region County Limerick
F money €38,000
F duration three-year-old
L facility Fairyhouse
O other Saltire Four Partnership
F number four
L city Perth
L city Dundee
> "We had a fiver each way at 20-1 on Thursday, so Isla's buying the drinks," said Moira Sutherland, one of the four. "She's the real winner. She's had him since he was a skinny thing nobody wanted."
Q direct Moira Sutherland :: "We had a fiver each way at 20-1 on Thursday, so Isla's buying the drinks,"
F number 20-1
P partial Isla
P full Moira Sutherland
F number four
Q direct Moira Sutherland :: "She's the real winner. She's had him since he was a skinny thing nobody wanted."
> Tierney-Ward, 19, from Bansha in County Tipperary, joined Drummond-Kerr's yard in the summer of 2037 after riding 41 point-to-point winners in Ireland.
P partial Tierney-Ward
F age 19
L city Bansha
L region County Tipperary
P partial Drummond-Kerr
F date 2037
F number 41
L country Ireland
> "I'd never ridden round here before today, so I just followed the ones in front for the first circuit," he said. "He jumped like a buck the whole way and when I gave him a squeeze after the last he found plenty. It's the biggest day of my life."
Q direct Eoghan Tierney-Ward :: "I'd never ridden round here before today, so I just followed the ones in front for the first circuit,"
Q direct Eoghan Tierney-Ward :: "He jumped like a buck the whole way and when I gave him a squeeze after the last he found plenty. It's the biggest day of my life."
> Kilbride Lass, trained in County Durham by Peadar Hennelly and ridden by Callum McVitie, travelled best for a long way and led from four out, but she carried 11st 6lb, 19lb more than the winner, and could not hold on.
L region County Durham
P full Peadar Hennelly
P full Callum McVitie
F number four
F quantity 11st
F quantity 6lb
F quantity 19lb
> "No complaints," said Hennelly. "She's run a massive race under top weight and she'll go for the bet365 Gold Cup at Sandown next."
Q direct Peadar Hennelly :: "No complaints,"
P partial Hennelly
Q direct Peadar Hennelly :: "She's run a massive race under top weight and she'll go for the bet365 Gold Cup at Sandown next."
L facility Sandown
> Of the 28 runners, 17 completed the 3m7f176y trip on ground that had been watered and was officially good to soft. There were six fallers, and last year's runner-up Uncle Dougie was pulled up before halfway. All horses and riders returned safely, the British Horseracing Authority said.
F number 28
F number 17
F quantity 3m7f176y
F number six
O other British Horseracing Authority
> The winner's share of the prize fund is £123,000. It was Drummond-Kerr's 46th winner of the season and her first in a race worth more than £50,000.
F money £123,000
P partial Drummond-Kerr
F money £50,000
> Scottish Grand National Handicap Chase (Grade 3), Ayr, 3.35pm, 3m7f176y
L facility Ayr
F time 3.35pm
F quantity 3m7f176y
> 1 Bracken Hollow (IRE) 14-1 E Tierney-Ward (I Drummond-Kerr)
L country IRE
F number 14-1
P full E Tierney-Ward
P full I Drummond-Kerr
> 2 Kilbride Lass (GB) 7-2 fav C McVitie (P Hennelly)
L country GB
F number 7-2
P full C McVitie
P full P Hennelly
> 3 Colonel Buchan (FR) 11-1 N Costigan (R Strachan)
L country FR
F number 11-1
P full N Costigan
P full R Strachan
> 4 Dalriada Gold (IRE) 25-1 D Furlong-Hayes (T Mulcahy-Byrne)
L country IRE
F number 25-1
P full D Furlong-Hayes
P full T Mulcahy-Byrne
> Distances: 3¼l, 2l, nk, 9l. 28 ran. Time: 7min 58.40sec. Going: good to soft.
F quantity 3¼l
F quantity 2l
F quantity 9l
F number 28
F duration 7min
F duration 58.40sec
> Tote win: £15.20. Exacta: £61.40. CSF: £58.93. Tricast: £1,204.55.
O company Tote
F money £15.20
F money £61.40
F money £58.93
F money £1,204.55
> Owner: Saltire Four Partnership. Bred: Ballinvreena Stud, County Limerick.
O other Saltire Four Partnership
O company Ballinvreena Stud
L region County Limerick
> Non-runners: Glen Affric Lad, Bonnie Mhairi
'''

ARTICLES['394-bosaso-port-record-livestock-exports-hajj-puntland-garowe-online'] = r'''
> Bosaso port ships record 1.9 million head of livestock ahead of Hajj season
L city Bosaso
F number 1.9 million
> Monday March 21, 2039 - 14:22:05 in Latest News by Garowe Online
F date March 21, 2039
F time 14:22:05
O media Garowe Online
> Goats wait to be loaded onto a ship bound for Jeddah at Bosaso port on Saturday. Photo: Garowe Online
L city Jeddah
L city Bosaso
O media Garowe Online
> BOSASO, Puntland - Livestock exports through Bosaso port reached a record 1.9 million head in the five months to the end of February, officials said on Sunday, as traders in Puntland rushed sheep, goats and camels to Saudi Arabia ahead of the Hajj pilgrimage and Eid al-Adha.
L city BOSASO
L region Puntland
L city Bosaso
F number 1.9 million
F duration five months
L region Puntland
L country Saudi Arabia
> Figures from the Puntland Ministry of Livestock and Animal Husbandry show that 1,912,400 animals were shipped between October 1, 2038 and February 28, 2039, up 27 percent on the same period a year earlier. Goats and sheep made up 91 percent of the total, alongside 168,000 camels and 4,300 cattle.
O government Puntland Ministry of Livestock and Animal Husbandry
F number 1,912,400
F date October 1, 2038
F date February 28, 2039
F percent 27 percent
F percent 91 percent
F number 168,000
F number 4,300
> Puntland's livestock minister, Abdiqani Mohamed Warsame, said the port's quarantine station had vaccinated and certified every animal before loading, and that no shipment had been turned back by Saudi authorities this season.
L region Puntland
P full Abdiqani Mohamed Warsame
> "Our livestock is our oil," Warsame told Garowe Online. "Every goat that leaves Bosaso with a clean certificate is money in the pocket of a family in Nugaal, in Bari, in Sanaag. We cannot afford a single ban."
Q direct Abdiqani Mohamed Warsame :: "Our livestock is our oil,"
P partial Warsame
O media Garowe Online
Q direct Abdiqani Mohamed Warsame :: "Every goat that leaves Bosaso with a clean certificate is money in the pocket of a family in Nugaal, in Bari, in Sanaag. We cannot afford a single ban."
L city Bosaso
L region Nugaal
L region Bari
L region Sanaag
> Saudi Arabia banned Somali livestock from 2000 to 2009 over fears of Rift Valley fever, a blow that herders in the northeast still remember.
L country Saudi Arabia
F date 2000
F date 2009
> Prices at the Bosaso livestock market have climbed with demand. An export-grade goat now sells for $95 to $110, against $70 a year ago, while a young camel fetches up to $1,150, traders said. Exporters pay a port levy of $1.20 per head and a ministry fee of $0.80.
L city Bosaso
F money $95
F money $110
F money $70
F money $1,150
F money $1.20
F money $0.80
> Hassan Abdi Jama "Dhegey", who has traded goats between Galkayo and Bosaso for 22 years, said he had sent 14,000 animals on six dhows and two livestock carriers since January.
P full Hassan Abdi Jama
Q scare - :: "Dhegey"
L city Galkayo
L city Bosaso
F duration 22 years
F number 14,000
F number six
F number two
> "The trucks from Galkayo queue for two days at the checkpoint in Garowe. By the time the goats reach the port, some of them have lost three kilos," he said. "If the government fixed the road, we would ship more."
Q direct Hassan Abdi Jama :: "The trucks from Galkayo queue for two days at the checkpoint in Garowe. By the time the goats reach the port, some of them have lost three kilos,"
L city Galkayo
F duration two days
L city Garowe
F quantity three kilos
Q direct Hassan Abdi Jama :: "If the government fixed the road, we would ship more."
> The 750-kilometre road linking Bosaso with Garowe and Galkayo is Puntland's main trade route. Its upgrade, financed by a $96 million loan from the African Development Bank (AfDB), has been delayed since 2036.
F quantity 750-kilometre
L city Bosaso
L city Garowe
L city Galkayo
L region Puntland
F money $96 million
O intergovernmental African Development Bank
O intergovernmental AfDB
F date 2036
> Bosaso also faces competition from Berbera, in Somaliland, where a new livestock terminal opened in 2037. Berbera shipped 1.6 million animals over the same period, according to the Somaliland Ministry of Livestock and Fisheries Development.
L city Bosaso
L city Berbera
L region Somaliland
F date 2037
L city Berbera
F number 1.6 million
O government Somaliland Ministry of Livestock and Fisheries Development
> The Food and Agriculture Organization (FAO) said in a statement that the boom was "good news for pastoralist incomes" but warned that herders in Bari and Nugaal were selling young female animals they would need to rebuild their herds after the 2038 drought.
O intergovernmental Food and Agriculture Organization
O intergovernmental FAO
Q direct Food and Agriculture Organization :: "good news for pastoralist incomes"
L region Bari
L region Nugaal
F date 2038
> An official at the Bosaso Port Authority, who asked not to be named because he was not authorized to speak to the media, said 31 vessels had loaded livestock in February alone, "more than the port was built for".
O government Bosaso Port Authority
F number 31
Q direct - :: "more than the port was built for"
> Most animals go to Jeddah, with smaller shipments to Salalah in Oman and Mukalla in Yemen. Puntland's livestock exports earned an estimated $412 million last year, the ministry said.
L city Jeddah
L city Salalah
L country Oman
L city Mukalla
L country Yemen
L region Puntland
F money $412 million
> At the Bosaso market, most deals were settled in US dollars through Golis Telecom's Sahal mobile money service, traders said.
L city Bosaso
O company Golis Telecom
'''

ARTICLES['395-greeley-county-lema-irrigation-cuts-upheld-tribune-ogallala-kansas-reflector'] = r'''
> Judge upholds irrigation cuts in Greeley County as Ogallala keeps falling
L region Greeley County
L geo Ogallala
> Farmers who challenged a five-year cap on pumping say they will appeal
F duration five-year
> By Dana Wiebe - March 18, 2039 4:11 pm
P full Dana Wiebe
F date March 18, 2039
F time 4:11 pm
> A center pivot irrigates corn north of Tribune in July 2038. A district judge on Monday upheld a state order limiting groundwater use in Greeley County. (Dana Wiebe/Kansas Reflector)
L city Tribune
F date July 2038
L region Greeley County
P full Dana Wiebe
O media Kansas Reflector
> TRIBUNE — A district judge on Monday upheld a state order that caps how much water farmers in Greeley County can pump from the Ogallala Aquifer, rejecting arguments from five irrigators who said the limits would cost them as much as $1.4 million a year in lost crops.
L city TRIBUNE
L region Greeley County
L geo Ogallala Aquifer
F number five
F money $1.4 million
> In a 31-page ruling, Judge Rachel Unruh-Kessler of Greeley County District Court found that the chief engineer of the Kansas Department of Agriculture’s Division of Water Resources acted within the law in 2038 when she approved a local enhanced management area, or LEMA, covering about 412 square miles of the county.
F number 31
P full Rachel Unruh-Kessler
O government Greeley County District Court
O government Kansas Department of Agriculture
O government Division of Water Resources
F date 2038
F quantity 412 square miles
> The order, which took effect Jan. 1, limits each irrigated acre to 55 inches of water over five years, or an average of 11 inches a year. Before the LEMA, many wells in the area pumped 16 to 18 inches a year, according to the Kansas Geological Survey.
F date Jan. 1
F quantity 55 inches
F duration five years
F quantity 11 inches
F quantity 16
F quantity 18 inches
O education Kansas Geological Survey
> “The chief engineer is not required to wait until the aquifer is exhausted before acting to conserve it,” Unruh-Kessler wrote. “The record shows a decline of more than 1.5 feet a year for two decades. The statute asks for no more.”
Q direct Rachel Unruh-Kessler :: “The chief engineer is not required to wait until the aquifer is exhausted before acting to conserve it,”
P partial Unruh-Kessler
Q direct Rachel Unruh-Kessler :: “The record shows a decline of more than 1.5 feet a year for two decades. The statute asks for no more.”
F quantity 1.5 feet
F duration two decades
> The farmers, led by Stucky Farms LLC of Tribune and the Weninger family of Horace, argued that the chief engineer ignored evidence that their wells drew from a deeper part of the aquifer and that the cuts amounted to taking their water rights without compensation.
O company Stucky Farms LLC
L city Tribune
P partial Weninger
L city Horace
> Wendell Stucky, 62, who farms about 3,800 acres of corn, wheat and sorghum with his two sons, said the family would take the case to the Kansas Court of Appeals.
P full Wendell Stucky
F age 62
F quantity 3,800 acres
F number two
O government Kansas Court of Appeals
> “We’ve cut back before and we’ll cut back again, but this was written in Topeka by people who don’t have to make a payment on a pivot,” Stucky said. “At 11 inches I can grow wheat. I can’t grow 200-bushel corn.”
Q direct Wendell Stucky :: “We’ve cut back before and we’ll cut back again, but this was written in Topeka by people who don’t have to make a payment on a pivot,”
L city Topeka
P partial Stucky
Q direct Wendell Stucky :: “At 11 inches I can grow wheat. I can’t grow 200-bushel corn.”
F quantity 11 inches
F quantity 200-bushel
> The LEMA was requested by Western Kansas Groundwater Management District No. 1, which covers Greeley, Wichita, Scott, Lane and Wallace counties. The district’s board voted 4-1 in 2037 to ask the state to impose it after measurements showed the water table under parts of Greeley County had dropped 61 feet since 1980.
O government Western Kansas Groundwater Management District No. 1
L region Greeley
L region Wichita
L region Scott
L region Lane
L region Wallace
F number 4-1
F date 2037
L region Greeley County
F quantity 61 feet
F date 1980
> “Nobody on that board wanted to vote for less water,” said Tyler Brungardt, the district’s manager. “But if you look at the wells in the north end of the county, some of them have 20 years left. Some have less than 10.”
Q direct Tyler Brungardt :: “Nobody on that board wanted to vote for less water,”
P full Tyler Brungardt
Q direct Tyler Brungardt :: “But if you look at the wells in the north end of the county, some of them have 20 years left. Some have less than 10.”
F duration 20 years
F duration 10
> Corn has traded around $4.60 a bushel this winter, and agricultural economists at Kansas State University have estimated that the cuts will reduce irrigated corn acres in the LEMA by 35% to 40% by 2043, with some fields switched to dryland wheat or grain sorghum.
F money $4.60
O education Kansas State University
F percent 35%
F percent 40%
F date 2043
> Similar LEMAs already cover Wichita County and parts of Sheridan and Thomas counties. A 2037 study by Kansas State found that farmers in the oldest of them had cut pumping by a third while keeping net income within 5% of what it had been.
L region Wichita County
L region Sheridan
L region Thomas
F date 2037
O education Kansas State
F fraction a third
F percent 5%
> The ruling comes as the Kansas Legislature weighs a bill that would let groundwater districts set up LEMAs without a request from local water-right holders. The Kansas Farm Bureau opposes the bill, and its lobbyist told the Senate Agriculture and Natural Resources Committee last month that it would “take the local out of local management.”
O government Kansas Legislature
O nonprofit Kansas Farm Bureau
O government Senate Agriculture and Natural Resources Committee
Q direct - :: “take the local out of local management.”
> A spokeswoman for the Kansas Department of Agriculture said the agency was reviewing the decision. The chief engineer, Lorna Haskett-Vogel, testified at a three-day hearing in Garden City in November that wells in the area had lost an average of 24% of their saturated thickness since 2008.
O government Kansas Department of Agriculture
P full Lorna Haskett-Vogel
F duration three-day
L city Garden City
F percent 24%
F date 2008
> Stucky said he would plant his first corn under the new limits in late April. “I’ll put the water on the best ground and let the rest go to wheat,” he said. “My dad would’ve called that giving up. I call it staying in business.”
P partial Stucky
Q direct Wendell Stucky :: “I’ll put the water on the best ground and let the rest go to wheat,”
Q direct Wendell Stucky :: “My dad would’ve called that giving up. I call it staying in business.”
> Kansas Reflector is part of States Newsroom, a nonprofit news network supported by grants and a coalition of donors as a 501c(3) public charity. Kansas Reflector maintains editorial independence. Contact Editor Marcus Yoder for questions: info@kansasreflector.com.
O media Kansas Reflector
O media States Newsroom
O media Kansas Reflector
P full Marcus Yoder
> Follow Kansas Reflector on Facebook and X.
O media Kansas Reflector
O company Facebook
O company X
'''

ARTICLES['396-migdaley-hasharon-debt-arrangement-bondholders-or-yehuda-globes'] = r'''
> Court approves Migdaley Hasharon debt arrangement
O company Migdaley Hasharon
> Bondholders of the Or Yehuda residential developer will receive about 71% of their NIS 1.14b debt in cash and shares. Judge: "The alternative is liquidation, and nobody benefits from that."
L city Or Yehuda
F percent 71%
F money NIS 1.14b
Q direct Yael Carmi-Dotan :: "The alternative is liquidation, and nobody benefits from that."
> Shira Ben-Hamo 21 Mar, 2039 18:09
P full Shira Ben-Hamo
F date 21 Mar, 2039
F time 18:09
> Migdaley Hasharon project in Kiryat Gat. Photo: PR
O company Migdaley Hasharon
L city Kiryat Gat
> The Tel Aviv District Court today approved the debt arrangement of residential construction company Migdaley Hasharon (TASE: MGDL), whose bondholders will receive about NIS 810 million of the NIS 1.14 billion ($312 million) they are owed, in cash and shares.
O government Tel Aviv District Court
O company Migdaley Hasharon
O company TASE
F money NIS 810 million
F money NIS 1.14 billion
F money $312 million
> Judge Yael Carmi-Dotan approved the arrangement after holders of 92.4% of the company's Series B and Series C bonds voted in favor at meetings held last week. Under the arrangement, the bondholders will receive NIS 640 million in cash, from the sale of four projects and from the company's cash flow over the next three years, and 58% of the company's shares, which will be transferred to them by controlling shareholder Avner Shitrit-Golan.
P full Yael Carmi-Dotan
F percent 92.4%
F money NIS 640 million
F number four
F duration three years
F percent 58%
P full Avner Shitrit-Golan
> "I am aware that the bondholders, many of whom are pension savers through the institutional bodies, are taking a heavy haircut," Judge Carmi-Dotan wrote. "But the alternative is liquidation, and nobody benefits from that."
Q direct Yael Carmi-Dotan :: "I am aware that the bondholders, many of whom are pension savers through the institutional bodies, are taking a heavy haircut,"
P partial Carmi-Dotan
Q direct Yael Carmi-Dotan :: "But the alternative is liquidation, and nobody benefits from that."
> Or Yehuda-based Migdaley Hasharon, founded in 1994 by Shitrit-Golan's father, builds mainly in outlying towns and in the Mehir Lamishtaken ("Buyer's Price") subsidized housing program. It has 1,420 housing units under construction in 14 projects in Kiryat Gat, Netivot, Be'er Sheva, Afula and Rosh Ha'Ayin.
L city Or Yehuda
O company Migdaley Hasharon
F date 1994
P partial Shitrit-Golan
Q scare - :: "Buyer's Price"
F number 1,420
F number 14
L city Kiryat Gat
L city Netivot
L city Be'er Sheva
L city Afula
L city Rosh Ha'Ayin
> The company ran into trouble in 2037, when higher interest rates and a slowdown in apartment sales left it unable to repay NIS 240 million due to holders of its Series B bonds in August of that year. In October 2037, at the request of the bonds' trustee, Ofek Trusts (2002) Ltd., the court appointed Adv. Eyal Tzur-Mendel and CPA Hagit Peretz-Levin as trustees to run the company.
F date 2037
F money NIS 240 million
F date October 2037
O company Ofek Trusts (2002) Ltd.
P full Eyal Tzur-Mendel
P full Hagit Peretz-Levin
> "The arrangement allows the company to complete every apartment it has sold. About 1,100 families who signed purchase contracts will receive their homes, most of them within 18 months," Tzur-Mendel said in a statement on behalf of the trustees.
Q direct Eyal Tzur-Mendel :: "The arrangement allows the company to complete every apartment it has sold. About 1,100 families who signed purchase contracts will receive their homes, most of them within 18 months,"
F number 1,100
F duration 18 months
P partial Tzur-Mendel
> The company's banks, Bank Hapoalim and Israel Discount Bank, will be repaid in full from the proceeds of the projects they financed.
O company Bank Hapoalim
O company Israel Discount Bank
> Migdaley Hasharon's share price rose 11.6% on the TASE today, to NIS 3.82, giving a market cap of NIS 293 million. The share has fallen 79% since its peak in January 2036.
O company Migdaley Hasharon
F percent 11.6%
O company TASE
F money NIS 3.82
F money NIS 293 million
F percent 79%
F date January 2036
> A source close to the bondholders told "Globes" that the institutional investors had agreed to a deeper haircut than they had originally sought because the alternative was "years of litigation and half-built buildings in the periphery."
Q scare - :: "Globes"
O media Globes
Q direct - :: "years of litigation and half-built buildings in the periphery."
> S&P Maalot, which cut the bonds' rating to D in August 2037, said it would review the rating after the arrangement was completed. The Israel Securities Authority is examining reports filed by the company in 2036 and 2037, the company said in its announcement to the TASE.
O company S&P Maalot
F date August 2037
O government Israel Securities Authority
F date 2036
F date 2037
O company TASE
> Shitrit-Golan, who will keep 14% of the shares, declined to comment.
P partial Shitrit-Golan
F percent 14%
> Migdaley Hasharon is the third residential developer to reach a debt arrangement in court since the start of 2038, after Ashdod-based Binyaney Hayam and Hadera's Tzameret Yazamut.
O company Migdaley Hasharon
F date 2038
L city Ashdod
O company Binyaney Hayam
L city Hadera
O company Tzameret Yazamut
> Published by Globes, Israel business news - en.globes.co.il - on March 21, 2039.
O media Globes
L country Israel
F date March 21, 2039
> © Copyright of Globes Publisher Itonut (1983) Ltd., 2039.
O company Globes Publisher Itonut (1983) Ltd.
F date 2039
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
