#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval227 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval227/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1405-kumasi-asafo-market-rebuild-kma-traders-gna'] = r'''
> Regional News
> KMA Begins GH¢84 Million Rebuild Of Fire-Gutted Asafo Market
O government KMA
F money GH¢84 Million
L facility Asafo Market
> Traders to return to 1,200 new stalls by December 2040 – MCE
F number 1,200
F date December 2040
> By Yaw Boakye-Ansah, GNA
P full Yaw Boakye-Ansah
O media GNA
> Mar 14, 2040
F date Mar 14, 2040
> Mr Kwadwo Antwi-Mensah (middle), the Kumasi MCE, with traders at the site on Thursday. Photo: Akosua Dapaah, GNA
P full Kwadwo Antwi-Mensah
L city Kumasi
P full Akosua Dapaah
O media GNA
> Kumasi, March 14, GNA – The Kumasi Metropolitan Assembly (KMA) has started work on a GH¢84 million project to rebuild the section of the Asafo Market destroyed by fire on October 17, 2039, with 1,200 lockable stalls, 64 fire hydrants and a two-storey car park.
L city Kumasi
F date March 14
O media GNA
O government Kumasi Metropolitan Assembly
O government KMA
F money GH¢84 million
L facility Asafo Market
F date October 17, 2039
F number 1,200
F number 64
F number two
> Mr Kwadwo Antwi-Mensah, the Metropolitan Chief Executive (MCE), cut the sod on Thursday and said the contractor, Obuasi-based Sika Build Limited, had been given 40 weeks to complete the work.
P full Kwadwo Antwi-Mensah
L city Obuasi
O company Sika Build Limited
F duration 40 weeks
> “The fire took everything from our mothers and sisters in a single night. We promised them they would come back to a better market, and today we are keeping that promise,” he said.
Q direct Kwadwo Antwi-Mensah :: “The fire took everything from our mothers and sisters in a single night. We promised them they would come back to a better market, and today we are keeping that promise,”
> He said the Assembly would provide GH¢30 million from its internally generated funds, while the balance would come from a loan from the Ghana Infrastructure Investment Fund (GIIF), to be repaid from stall rents over 12 years.
F money GH¢30 million
O government Ghana Infrastructure Investment Fund
O government GIIF
F duration 12 years
> “We will not allow anybody to sell stalls to middlemen,” the MCE said. “Every trader who lost a stall in the fire is on our register.
Q direct Kwadwo Antwi-Mensah :: “We will not allow anybody to sell stalls to middlemen,”
Q direct Kwadwo Antwi-Mensah :: “Every trader who lost a stall in the fire is on our register.
> “Those who are not on the register will join a ballot for the remaining 180 stalls, and we will publish the list at the market.”
Q direct Kwadwo Antwi-Mensah :: “Those who are not on the register will join a ballot for the remaining 180 stalls, and we will publish the list at the market.”
F number 180
> The fire, which started at about 2:30am in the cloth and second-hand clothing section, destroyed 1,027 stalls and goods worth an estimated GH¢19.6 million, according to the Ghana National Fire Service (GNFS). No life was lost.
F time 2:30am
F number 1,027
F money GH¢19.6 million
O government Ghana National Fire Service
O government GNFS
> An officer of the GNFS in Kumasi, who asked not to be named, said the old market had “no access lane wide enough for a fire tender”, and that the new design had been approved by fire officers after three revisions.
O government GNFS
L city Kumasi
Q direct - :: “no access lane wide enough for a fire tender”
F number three
> Madam Abena Serwaa, 52, who has sold cloth at Asafo for 23 years, said she had been trading from the temporary sheds at the Race Course, which traders call “the oven” because of the heat under the metal roofs.
P full Abena Serwaa
F age 52
L city Asafo
F duration 23 years
L facility Race Course
Q scare - :: “the oven”
> “Every morning my customers call me and ask, ‘Auntie Serwaa, when are you coming back?’ I tell them December. If it is not ready by then, we will march to the KMA,” she said.
Q direct Abena Serwaa :: “Every morning my customers call me and ask, ‘Auntie Serwaa, when are you coming back?’ I tell them December. If it is not ready by then, we will march to the KMA,”
P partial Serwaa
O government KMA
> The Ghana Union of Traders’ Associations (GUTA) welcomed the project but said the proposed monthly rent of GH¢450 per stall was “too heavy for petty traders who have lost everything”.
O nonprofit Ghana Union of Traders’ Associations
O nonprofit GUTA
F money GH¢450
Q direct Ghana Union of Traders’ Associations :: “too heavy for petty traders who have lost everything”
> Mr Osei Kofi Bonsu, the GUTA chairman for the Ashanti Region, said traders wanted the rent reduced to GH¢250 for the first two years. “Our members are still paying back loans on goods that burnt. Give them time to stand on their feet,” he said.
P full Osei Kofi Bonsu
O nonprofit GUTA
L region Ashanti Region
F money GH¢250
F duration two years
Q direct Osei Kofi Bonsu :: “Our members are still paying back loans on goods that burnt. Give them time to stand on their feet,”
> The Asokwa Municipal Assembly has also released land at Atonsu for a satellite market of 300 stalls to ease congestion in the city centre, its Municipal Chief Executive, Madam Gifty Ntiamoah-Boateng, said.
O government Asokwa Municipal Assembly
L city Atonsu
F number 300
P full Gifty Ntiamoah-Boateng
> About 65 per cent of the traders at Asafo are women, and many travel in from Ejisu, Bekwai and Konongo each morning, she said.
F percent 65 per cent
L city Asafo
L city Ejisu
L city Bekwai
L city Konongo
> GNA
O media GNA
'''

ARTICLES['1406-up-warriorz-gujarat-giants-wpl-ekana-bhandari-rao-espncricinfo'] = r'''
> Report
> Bhandari's 74 powers Warriorz past Giants in Lucknow
P partial Bhandari
F number 74
O team Warriorz
O team Giants
L city Lucknow
> Captain Lavanya Rao's 3-19 keeps Gujarat 17 short on a slow Ekana pitch
P full Lavanya Rao
F score 3-19
O team Gujarat
F number 17
L facility Ekana
> Nandini Iyer
P full Nandini Iyer
> 18-Mar-2040
F date 18-Mar-2040
> Meher Bhandari struck nine fours and two sixes in her 52-ball 74 • Sunil Kaushik/BCCI
P full Meher Bhandari
F number nine
F number two
F number 52
F number 74
P full Sunil Kaushik
O other BCCI
> UP Warriorz 168 for 6 (Bhandari 74, de Souza 31, Patel 2-27) beat Gujarat Giants 151 for 9 (Kaur-Sandhu 48, Rao 3-19, Ekka 2-30) by 17 runs
O team UP Warriorz
F score 168
F number 6
P partial Bhandari
F number 74
P partial de Souza
F number 31
P partial Patel
F score 2-27
O team Gujarat Giants
F score 151
F number 9
P partial Kaur-Sandhu
F number 48
P partial Rao
F score 3-19
P partial Ekka
F score 2-30
F number 17
> Meher Bhandari's 74 off 52 balls and a tight spell from her captain Lavanya Rao gave UP Warriorz a 17-run win over Gujarat Giants at the Bharat Ratna Shri Atal Bihari Vajpayee Ekana Cricket Stadium on Tuesday night, lifting them to third in the Women's Premier League (WPL) table with eight points from six games.
P full Meher Bhandari
F number 74
F number 52
P full Lavanya Rao
O team UP Warriorz
F number 17
O team Gujarat Giants
L facility Bharat Ratna Shri Atal Bihari Vajpayee Ekana Cricket Stadium
O other Women's Premier League
O other WPL
F number eight
F number six
> Sent in on a dry surface, the Warriorz were 38 for 2 after the powerplay before Bhandari and the Goan left-hander Tanya de Souza added 81 in 9.4 overs for the third wicket.
O team Warriorz
F score 38
F number 2
P partial Bhandari
P full Tanya de Souza
F number 81
F number 9.4
> Bhandari, 23, reached 50 off 36 balls with a reverse-swept four off Shreya Patel and then took 16 from the 17th over, bowled by the Australian left-armer Mia Hollis-Grant.
P partial Bhandari
F age 23
F number 50
F number 36
P full Shreya Patel
F number 16
P full Mia Hollis-Grant
> "I just wanted to bat through, because on this pitch a new batter can't hit from the first ball," Bhandari said. "Tanya told me, 'You take the risk, I'll rotate.' That made it easy."
Q direct Meher Bhandari :: "I just wanted to bat through, because on this pitch a new batter can't hit from the first ball,"
P partial Bhandari
Q direct Meher Bhandari :: "Tanya told me, 'You take the risk, I'll rotate.' That made it easy."
P partial Tanya
> Gujarat, who had won four of their five games, lost Harleen Kaur-Sandhu's opening partner in the first over and never quite matched the asking rate of 8.45.
O team Gujarat
F number four
F number five
P full Harleen Kaur-Sandhu
F number 8.45
> Kaur-Sandhu made 48 from 35 balls, but Rao, bowling her legbreaks into the wind from the Gomti End, removed her in the 14th over with a googly and finished with figures of 3-19 from her four overs.
P partial Kaur-Sandhu
F number 48
F number 35
P partial Rao
L facility Gomti End
F score 3-19
F number four
> "It was gripping a bit from the Gomti End, so I kept myself on there," said Rao, who is 29 and was playing her 40th WPL match. "We were ten runs too many for them, but the fielding won us this one."
Q direct Lavanya Rao :: "It was gripping a bit from the Gomti End, so I kept myself on there,"
L facility Gomti End
P partial Rao
F age 29
O other WPL
Q direct Lavanya Rao :: "We were ten runs too many for them, but the fielding won us this one."
F number ten
> De Souza, who made 31 from 27 balls, was run out by a direct hit from Lindqvist-Moore at cover in the 16th over.
P partial De Souza
F number 31
F number 27
P partial Lindqvist-Moore
> The Warriorz held five catches in the deep, two of them by the 17-year-old debutant Sakshi Ekka from Ranchi, who also claimed two wickets with her offbreaks.
O team Warriorz
F number five
F number two
F age 17-year-old
P full Sakshi Ekka
L city Ranchi
F number two
> Gujarat captain Beth Lindqvist-Moore, the England opener, blamed her side's batting in the middle overs. "We lost three wickets for 11 runs and that was the game," she said. "Credit to Lavanya, she bowled like a Test bowler."
O team Gujarat
P full Beth Lindqvist-Moore
O team England
Q direct Beth Lindqvist-Moore :: "We lost three wickets for 11 runs and that was the game,"
F number three
F number 11
Q direct Beth Lindqvist-Moore :: "Credit to Lavanya, she bowled like a Test bowler."
P partial Lavanya
> A crowd of 31,400 watched the match, the largest at the ground for a women's game, according to the Uttar Pradesh Cricket Association (UPCA).
F number 31,400
O other Uttar Pradesh Cricket Association
O other UPCA
> The Warriorz play Mumbai Indians at the Brabourne Stadium in Mumbai on Friday at 7.30pm IST, while Gujarat travel to Vadodara to face Delhi Capitals on March 22.
O team Warriorz
O team Mumbai Indians
L facility Brabourne Stadium
L city Mumbai
F time 7.30pm IST
O team Gujarat
L city Vadodara
O team Delhi Capitals
F date March 22
'''

ARTICLES['1407-northern-beaches-metro-dee-why-chatswood-shelved-sydney-morning-herald'] = r'''
> Transport
> ‘Dee Why deserves a train’: Beaches metro link shelved for a decade
Q direct Fiona Delacroix-Hart :: ‘Dee Why deserves a train’
L city Dee Why
L region Beaches
> The $11.2b Chatswood to Dee Why line has been pushed back to the 2050s, leaving 270,000 residents reliant on buses.
F money $11.2b
L city Chatswood
L city Dee Why
F date 2050s
F number 270,000
> By Harriet Quinlan and Ciarán Ó Dálaigh
P full Harriet Quinlan
P full Ciarán Ó Dálaigh
> March 12, 2040 — 5.00am
F date March 12, 2040
F time 5.00am
> Buses queue on Pittwater Road at Dee Why during the morning peak. Credit: Lisette Haddad-Ng
L street Pittwater Road
L city Dee Why
P full Lisette Haddad-Ng
> A promised metro line linking the Northern Beaches to Chatswood has been shelved until at least 2052, with the NSW government blaming a $4.6 billion blowout on Sydney Metro West and warning that a tunnel under Middle Harbour would cost “far more than first thought”.
L region Northern Beaches
L city Chatswood
F date 2052
L region NSW
F money $4.6 billion
L facility Sydney Metro West
L geo Middle Harbour
Q direct - :: “far more than first thought”
> Transport Minister Daniela Okonkwo-Reyes said on Tuesday the 16-kilometre line, with stations at Frenchs Forest, Brookvale and Dee Why, would not be funded in the next two budgets because the state needed to “finish what we started”.
P full Daniela Okonkwo-Reyes
F quantity 16-kilometre
L city Frenchs Forest
L city Brookvale
L city Dee Why
F number two
Q direct Daniela Okonkwo-Reyes :: “finish what we started”
> “I know people on the beaches have heard promises before. I’m not going to make another one I can’t keep,” Okonkwo-Reyes said. “The honest answer is that the money is in the ground at Parramatta and Westmead.
Q direct Daniela Okonkwo-Reyes :: “I know people on the beaches have heard promises before. I’m not going to make another one I can’t keep,”
P partial Okonkwo-Reyes
Q direct Daniela Okonkwo-Reyes :: “The honest answer is that the money is in the ground at Parramatta and Westmead.
L city Parramatta
L city Westmead
> “When that line opens, we can look at the next one. Not before.”
Q direct Daniela Okonkwo-Reyes :: “When that line opens, we can look at the next one. Not before.”
> Northern Beaches Council mayor Cr Fiona Delacroix-Hart, who has campaigned for the link since 2031, said the decision was “a slap in the face” for commuters who spend up to 90 minutes on the B-Line to reach the city.
O government Northern Beaches Council
P full Fiona Delacroix-Hart
F date 2031
Q direct Fiona Delacroix-Hart :: “a slap in the face”
F duration 90 minutes
> “Dee Why deserves a train. We have 270,000 people and not a single metre of rail. My residents are told ‘be patient’ every four years, at every election,” she said.
Q direct Fiona Delacroix-Hart :: “Dee Why deserves a train. We have 270,000 people and not a single metre of rail. My residents are told ‘be patient’ every four years, at every election,”
L city Dee Why
F number 270,000
F duration four years
> Infrastructure Australia (IA) added the link to its priority list in 2036, estimating it would carry 58,000 passengers a day by 2046 and cut the trip from Dee Why to Chatswood from 55 minutes to 19 minutes.
O government Infrastructure Australia
O government IA
F date 2036
F number 58,000
F date 2046
L city Dee Why
L city Chatswood
F duration 55 minutes
F duration 19 minutes
> The federal Infrastructure Minister, Marcus Thibodeaux-Lim, said Canberra had offered $3b towards the project in 2038 and the offer “remains on the table”. IA declined to comment.
P full Marcus Thibodeaux-Lim
L city Canberra
F money $3b
F date 2038
Q direct Marcus Thibodeaux-Lim :: “remains on the table”
O government IA
> A senior Transport for NSW official, who spoke on condition of anonymity because the cabinet decision has not been published, said engineers had found the sandstone under Middle Harbour more fractured than expected. “The tunnel alone is now north of $5 billion,” the official said.
O government Transport for NSW
L geo Middle Harbour
Q direct - :: “The tunnel alone is now north of $5 billion,”
F money $5 billion
> Bus patronage on the Northern Beaches rose 14 per cent in 2039 to 31.5 million trips, according to figures from the department released last week.
L region Northern Beaches
F percent 14 per cent
F date 2039
F number 31.5 million
> At Narrabeen, nurse Jacinta Pereira, 41, said her trip to work at St Leonards took an hour and 20 minutes each way. “By the time they build it, I’ll be retired,” she said.
L city Narrabeen
P full Jacinta Pereira
F age 41
L city St Leonards
F duration 20 minutes
Q direct Jacinta Pereira :: “By the time they build it, I’ll be retired,”
> Opposition transport spokesman Raffaele Brennan-Tui said the government had “quietly killed” the line. “Every Beaches MP of every party has promised this since 2017,” he said.
P full Raffaele Brennan-Tui
Q direct Raffaele Brennan-Tui :: “quietly killed”
Q direct Raffaele Brennan-Tui :: “Every Beaches MP of every party has promised this since 2017,”
L region Beaches
F date 2017
'''

ARTICLES['1408-konawe-nickel-smelter-quota-cut-sulawesi-nikel-raya-hengrui-nikkei-asia'] = r'''
> Metals & Mining
> Indonesia's Konawe nickel smelter faces $1.4bn hit as ore quota cut bites
L country Indonesia
L region Konawe
F money $1.4bn
> Chinese-backed plant in Southeast Sulawesi runs at 60% as Jakarta tightens permits
L region Southeast Sulawesi
F percent 60%
L city Jakarta
> DIMAS PRAKOSO and LU WENQIAN, Nikkei staff writers
P full DIMAS PRAKOSO
P full LU WENQIAN
O media Nikkei
> March 21, 2040 17:40 JST
F date March 21, 2040
F time 17:40 JST
> Workers at the Morosi smelter in Konawe, Southeast Sulawesi, in February. (Photo by Dimas Prakoso)
L city Morosi
L region Konawe
L region Southeast Sulawesi
P full Dimas Prakoso
> JAKARTA -- PT Sulawesi Nikel Raya, one of Indonesia's largest nickel processors, will run its Konawe smelter at about 60% of capacity through June after the government cut its ore mining quota, a move the company says could wipe 23 trillion rupiah ($1.4 billion) off this year's revenue.
L city JAKARTA
O company PT Sulawesi Nikel Raya
L country Indonesia
L region Konawe
F percent 60%
F money 23 trillion rupiah
F money $1.4 billion
> The smelter at Morosi, about 60 km north of the provincial capital Kendari, produces 310,000 tonnes a year of nickel pig iron and, since 2037, 48,000 tonnes of mixed hydroxide precipitate (MHP) for electric vehicle batteries.
L city Morosi
F quantity 60 km
L city Kendari
F quantity 310,000 tonnes
F date 2037
F quantity 48,000 tonnes
> "We have 14 production lines and only enough ore for eight of them," President Director Haryanto Wibisono told Nikkei Asia in an interview on Tuesday. "Nobody has been laid off yet, but we cannot pay 11,000 people to watch the furnaces cool."
Q direct Haryanto Wibisono :: "We have 14 production lines and only enough ore for eight of them,"
F number 14
F number eight
P full Haryanto Wibisono
O media Nikkei Asia
Q direct Haryanto Wibisono :: "Nobody has been laid off yet, but we cannot pay 11,000 people to watch the furnaces cool."
F number 11,000
> Wibisono said the company had asked the Ministry of Energy and Mineral Resources to restore its quota of 9.2 million wet tonnes for 2040, which was cut by 35% in January. He called the ministry's decision "political, not technical."
P partial Wibisono
O government Ministry of Energy and Mineral Resources
F quantity 9.2 million wet tonnes
F date 2040
F percent 35%
Q direct Haryanto Wibisono :: "political, not technical."
> The ministry, known by its Indonesian initials ESDM, said in a statement that quotas nationwide had been reduced to "protect reserves and the price," and that companies with "incomplete reclamation records" would get no additional allocation.
O government ESDM
Q direct Ministry of Energy and Mineral Resources :: "protect reserves and the price,"
Q direct Ministry of Energy and Mineral Resources :: "incomplete reclamation records"
> Sulawesi Nikel Raya is 51% owned by Indonesian conglomerate Grup Mahakarya and 49% by China's Hengrui Alloy of Ningbo, Zhejiang province, which built the plant for $2.7 billion between 2033 and 2035.
O company Sulawesi Nikel Raya
F percent 51%
O company Grup Mahakarya
F percent 49%
L country China
O company Hengrui Alloy
L city Ningbo
L region Zhejiang
F money $2.7 billion
F date 2033
F date 2035
> Hengrui's vice president for overseas operations, Zhou Jianming, said the Chinese partner would not add capital until the quota issue was settled. "Our shareholders in Ningbo ask me every week when the lines will restart," Zhou said.
O company Hengrui
P full Zhou Jianming
Q direct Zhou Jianming :: "Our shareholders in Ningbo ask me every week when the lines will restart,"
L city Ningbo
P partial Zhou
> Indonesia, which holds about 42% of the world's nickel reserves, banned raw ore exports in 2020 to force miners to build smelters at home. Output of refined nickel rose to 2.9 million tons in 2039, according to the Indonesian Nickel Miners Association (APNI).
L country Indonesia
F percent 42%
F date 2020
F quantity 2.9 million tons
F date 2039
O nonprofit Indonesian Nickel Miners Association
O nonprofit APNI
> An official at the provincial government in Kendari, who asked not to be named, said the cut had already hit about 3,800 contract workers in the Konawe and North Konawe regencies. "Many of them are going home to Java and South Sulawesi," the official said.
L city Kendari
F number 3,800
L region Konawe
L region North Konawe
Q direct - :: "Many of them are going home to Java and South Sulawesi,"
L geo Java
L region South Sulawesi
> The London Metal Exchange three-month nickel price fell 0.8% to $16,920 a ton on Wednesday, while shares of Hengrui Alloy closed 3.1% lower in Shanghai.
O company London Metal Exchange
F duration three-month
F percent 0.8%
F money $16,920
O company Hengrui Alloy
F percent 3.1%
L city Shanghai
> Rini Kusumawardhani, an analyst at Mandiri Sekuritas in Jakarta, said the Konawe plant was "a test case" for how far the government would go.
P full Rini Kusumawardhani
O company Mandiri Sekuritas
L city Jakarta
L region Konawe
Q direct Rini Kusumawardhani :: "a test case"
> "If a Chinese-backed plant of this size cannot get its ore, smaller ones will think twice about expanding," she said.
Q direct Rini Kusumawardhani :: "If a Chinese-backed plant of this size cannot get its ore, smaller ones will think twice about expanding,"
'''

ARTICLES['1409-mbta-commuter-rail-fare-bands-worcester-reading-newton-boston-globe'] = r'''
> Metro
> MBTA to cut commuter rail fares in outer zones, raise some closer to Boston
O government MBTA
L city Boston
> Riders from Worcester and Providence would save up to $4.25 a trip; some in Newton and Quincy would pay 50 cents more
L city Worcester
L city Providence
F money $4.25
L city Newton
L city Quincy
F money 50 cents
> By Declan Moriarty-Chen Globe Staff
P full Declan Moriarty-Chen
O media Globe
> Updated April 4, 2040, 6:18 p.m.
F date April 4, 2040
F time 6:18 p.m.
> Commuters boarded an inbound train at the Sharon station on Tuesday. Jessamyn Okoro/Globe Staff
L city Sharon
P full Jessamyn Okoro
O media Globe
> The MBTA will overhaul commuter rail fares on July 1, cutting the price of a ride from the farthest stations by as much as 30 percent while charging slightly more for short trips inside Route 128, under a plan its board approved Thursday by a 5-2 vote.
O government MBTA
F date July 1
F percent 30 percent
L street Route 128
F number 5-2
> The change collapses the system’s 11 fare zones into four “bands,” priced at $2.75, $5.50, $8.25 and $11 for a one-way trip. A ride from Worcester to South Station, now $15.25, will cost $11.
F number 11
F number four
Q scare - :: “bands,”
F money $2.75
F money $5.50
F money $8.25
F money $11
L city Worcester
L facility South Station
F money $15.25
F money $11
> “We are charging people in Fitchburg more than people in Needham for a seat on the same kind of train, and many of them earn less,” said Renata Villalobos-Hart, chair of the Massachusetts Bay Transportation Authority’s board of directors. “That is not a fare system. That is an accident of history.”
Q direct Renata Villalobos-Hart :: “We are charging people in Fitchburg more than people in Needham for a seat on the same kind of train, and many of them earn less,”
L city Fitchburg
L city Needham
P full Renata Villalobos-Hart
O government Massachusetts Bay Transportation Authority
Q direct Renata Villalobos-Hart :: “That is not a fare system. That is an accident of history.”
> The T estimates the new fares will cost it $14.2 million a year in lost revenue, which officials hope to recover by adding 6,000 daily riders by 2042. Ridership on the commuter rail stood at about 96,000 trips a weekday in 2039, or 78 percent of its 2019 level.
O government T
F money $14.2 million
F number 6,000
F date 2042
F number 96,000
F date 2039
F percent 78 percent
F date 2019
> Not everyone comes out ahead. Riders boarding at West Newton, Auburndale and Quincy Center will pay 50 cents more each way, and a monthly pass in the inner band will rise from $90 to $100.
L city West Newton
L city Auburndale
L facility Quincy Center
F money 50 cents
F money $90
F money $100
> “It’s a 50-cent tax on people who already pay $4 to park,” said Newton City Councilor Abigail Fenwick-Durant, who said she would ask the Legislature to block the increase. “Nobody asked the riders in my ward.”
Q direct Abigail Fenwick-Durant :: “It’s a 50-cent tax on people who already pay $4 to park,”
F money 50-cent
F money $4
L city Newton
P full Abigail Fenwick-Durant
O government Legislature
Q direct Abigail Fenwick-Durant :: “Nobody asked the riders in my ward.”
> In Reading, where the town has pushed for cheaper fares for a decade, Select Board member Tomás Echeverría said the change would save a daily commuter about $720 a year. The Reading-to-North Station ride falls from $8.75 to $8.25.
L city Reading
P full Tomás Echeverría
F money $720
L city Reading
L facility North Station
F money $8.75
F money $8.25
> “People in Reading have been paying for Boston’s traffic relief for years,” he said. “This is a start.”
Q direct Tomás Echeverría :: “People in Reading have been paying for Boston’s traffic relief for years,”
L city Reading
L city Boston
Q direct Tomás Echeverría :: “This is a start.”
> “Eleven dollars is still a lot, but it’s not $15,” said Nkechi Abernathy, 58, who commutes every weekday from Worcester to a lab in the Seaport.
Q direct Nkechi Abernathy :: “Eleven dollars is still a lot, but it’s not $15,”
F money Eleven dollars
F money $15
P full Nkechi Abernathy
F age 58
L city Worcester
L city Seaport
> Keolis, the company that runs the trains under contract, referred questions to the MBTA. A T spokesperson said the authority would add “more frequent service, not just cheaper service” on the Worcester and Providence lines next year.
O company Keolis
O government MBTA
O government T
Q direct - :: “more frequent service, not just cheaper service”
L city Worcester
L city Providence
> TransitMatters, a Boston-based advocacy group, called the plan “a real step” but said fares should be lower still for low-income riders.
O nonprofit TransitMatters
L city Boston
Q direct TransitMatters :: “a real step”
> The board will hold a final public hearing at 6 p.m. on May 14 at the State Transportation Building, 10 Park Plaza.
F time 6 p.m.
F date May 14
L facility State Transportation Building
L address 10 Park Plaza
'''

ARTICLES['1410-south-bank-cable-factory-teesside-freeport-1100-jobs-northern-echo'] = r'''
> News
> Freeport cable factory at South Bank to create 1,100 jobs
L city South Bank
F number 1,100
> Norwegian firm's £640m plant is the biggest investment on the Teesworks site since the steelworks closed
F money £640m
L facility Teesworks
> By Gemma Thistlewood, Business Reporter
P full Gemma Thistlewood
> Published: 12th March 2040
F date 12th March 2040
> An artist's impression of the Nordhavn Kabel factory at South Bank (Image: Nordhavn Kabel)
O company Nordhavn Kabel
L city South Bank
O company Nordhavn Kabel
> A NORWEGIAN cable maker is to build a £640million factory on former steelworks land at South Bank, creating 1,100 jobs in what the Tees Valley Mayor called "the biggest vote of confidence in Teesside in a generation".
F money £640million
L city South Bank
F number 1,100
L region Tees Valley
Q direct Callum Ashworth-Brady :: "the biggest vote of confidence in Teesside in a generation"
L region Teesside
> Nordhavn Kabel, based in Kristiansand, will make high-voltage subsea cables for offshore wind farms at the 45-hectare site, which sits inside the Teesside Freeport, with production due to start in autumn 2042.
O company Nordhavn Kabel
L city Kristiansand
F quantity 45-hectare
L facility Teesside Freeport
F date 2042
> Mayor Callum Ashworth-Brady said the Tees Valley Combined Authority (TVCA) would spend £38m on a new quay wall and a heavy-load road, and that the firm would pay no business rates for five years under freeport rules.
P full Callum Ashworth-Brady
O government Tees Valley Combined Authority
O government TVCA
F money £38m
F duration five years
> "When the blast furnace went out in 2015, people said Teesside was finished. Today a company that could have gone to Rotterdam or Esbjerg has chosen South Bank," he said. "These are skilled jobs paying £38,000 to £52,000, and we want every one of them filled by someone from Redcar, Middlesbrough, Stockton or Hartlepool."
Q direct Callum Ashworth-Brady :: "When the blast furnace went out in 2015, people said Teesside was finished. Today a company that could have gone to Rotterdam or Esbjerg has chosen South Bank,"
F date 2015
L region Teesside
L city Rotterdam
L city Esbjerg
L city South Bank
Q direct Callum Ashworth-Brady :: "These are skilled jobs paying £38,000 to £52,000, and we want every one of them filled by someone from Redcar, Middlesbrough, Stockton or Hartlepool."
F money £38,000
F money £52,000
L city Redcar
L city Middlesbrough
L city Stockton
L city Hartlepool
> Nordhavn Kabel chief executive Ingrid Solheim-Vårdal said: "Teesside has the deep water, the land and the people who know heavy industry. We looked at 14 sites in four countries. This one had everything."
O company Nordhavn Kabel
P full Ingrid Solheim-Vårdal
Q direct Ingrid Solheim-Vårdal :: "Teesside has the deep water, the land and the people who know heavy industry. We looked at 14 sites in four countries. This one had everything."
L region Teesside
F number 14
F number four
> The firm expects to employ 650 people directly by 2044, with the rest of the jobs in its supply chain and at neighbouring Teesport, run by PD Ports.
F number 650
F date 2044
L facility Teesport
O company PD Ports
> The South Bank plot, once part of the Lackenby steelworks, has sat empty for nearly two decades, and a previous plan for a 300-job wind turbine plant there collapsed in 2036.
L city South Bank
L facility Lackenby
F duration two decades
F number 300
F date 2036
> Redcar and Cleveland Borough Council leader Cllr Alec Pennock (Lab) said the council would fast-track planning, with a decision expected within 13 weeks of the application being lodged in May.
O government Redcar and Cleveland Borough Council
P full Alec Pennock
O party Lab
F duration 13 weeks
> But Cllr Denise Okafor-Lyle (Lib Dem), who represents Grangetown, said residents had heard big promises before. "They told us 'thousands of jobs' in 2021 and we got fences and security guards," she said. "I want it in writing that local lads and lasses get the apprenticeships."
P full Denise Okafor-Lyle
O party Lib Dem
L city Grangetown
Q direct Denise Okafor-Lyle :: "They told us 'thousands of jobs' in 2021 and we got fences and security guards,"
F date 2021
Q direct Denise Okafor-Lyle :: "I want it in writing that local lads and lasses get the apprenticeships."
> A TVCA spokesman said 120 apprenticeships would be ring-fenced for people living within ten miles of the site.
O government TVCA
F number 120
F quantity ten miles
> The plant will use about 90MW of power, much of it from the Dogger Bank wind farms 80 miles offshore, the company said.
F quantity 90MW
L geo Dogger Bank
F quantity 80 miles
> Unemployment in Redcar and Cleveland stood at 6.1 per cent in January, against 4.2 per cent across the North East, according to the Office for National Statistics.
L region Redcar and Cleveland
F percent 6.1 per cent
F percent 4.2 per cent
L region North East
O government Office for National Statistics
> Work on the site is due to begin on 3 June, with a ground-breaking ceremony at 11am.
F date 3 June
F time 11am
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
