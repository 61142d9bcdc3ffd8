#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval166 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval166/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1039-yen-intervention-ministry-of-finance-165-per-dollar-reuters'] = r'''
> Currencies
> Japan Steps In to Prop Up Yen After Slide Past 165 per Dollar, Sources Say
L country Japan
F money 165
> By Haruka Minegishi and Daniel Okafor
P full Haruka Minegishi
P full Daniel Okafor
> March 14, 2040 4:18 PM GMT+9 Updated 2 hours ago
F date March 14, 2040
F time 4:18 PM GMT+9
F duration 2 hours
> A pedestrian walks past a screen showing the Japanese yen's exchange rate against the U.S. dollar outside a brokerage in Tokyo, Japan, March 14, 2040. REUTERS/Masaru Ikegami
L country U.S.
L city Tokyo
L country Japan
F date March 14, 2040
O media REUTERS
P full Masaru Ikegami
> TOKYO, March 14 (Reuters) - Japan's Ministry of Finance bought yen on Thursday for the first time in nearly two years, two people with direct knowledge of the matter said, after the currency slid past 165 per dollar and traders began eyeing the so-called "line in the sand" at 170.
L city TOKYO
F date March 14
O media Reuters
L country Japan
O government Ministry of Finance
F duration two years
F number two
F money 165
Q scare - :: "line in the sand"
F money 170
> The yen jumped as much as 3.1% to 159.82 per dollar at around 2:40 p.m. local time (0540 GMT), before paring gains to trade at 161.45 yen in late Asian hours. It had touched 165.37 earlier in the session, its weakest in 54 years.
F percent 3.1%
F money 159.82
F time 2:40 p.m.
F time 0540 GMT
F money 161.45 yen
F money 165.37
F duration 54 years
> "We are ready to take decisive action against excessive, speculative moves, as we have said many times," Takeshi Nagaura, vice finance minister for international affairs, told reporters at the ministry in Kasumigaseki. "I will not comment on whether we did or did not intervene today."
Q direct Takeshi Nagaura :: "We are ready to take decisive action against excessive, speculative moves, as we have said many times,"
P full Takeshi Nagaura
L city Kasumigaseki
Q direct Takeshi Nagaura :: "I will not comment on whether we did or did not intervene today."
> Nagaura, Japan's top currency diplomat, said moves over the past week had been "one-sided and abrupt" and did not reflect fundamentals. Asked whether Tokyo would defend a particular level, he said: "We do not have a line. The market knows what it did."
P partial Nagaura
L country Japan
Q direct Takeshi Nagaura :: "one-sided and abrupt"
L city Tokyo
Q direct Takeshi Nagaura :: "We do not have a line. The market knows what it did."
> A Japanese government official, speaking on condition of anonymity, said the ministry had acted "because the speculators were testing us, and we answered."
Q direct - :: "because the speculators were testing us, and we answered."
> Traders said the move bore the hallmarks of intervention: a sudden 5-yen drop in the dollar on thin volume. "It was a wall of yen buying, not the kind of flow you get from a pension fund," said Priya Raghunathan, head of FX strategy at Meridian Harbour Securities in Singapore.
F money 5-yen
Q direct Priya Raghunathan :: "It was a wall of yen buying, not the kind of flow you get from a pension fund,"
P full Priya Raghunathan
O company Meridian Harbour Securities
L city Singapore
> "They waited for the market to get short and crowded, then hit it hard. When people start telling you 'the yen is a funding currency forever,' that is usually the moment," she said.
Q direct Priya Raghunathan :: "They waited for the market to get short and crowded, then hit it hard. When people start telling you 'the yen is a funding currency forever,' that is usually the moment,"
> Money market estimates based on Bank of Japan (BOJ) current account projections suggested the ministry may have spent as much as 5.5 trillion yen ($34 billion). The ministry will publish its monthly intervention data on March 29.
O government Bank of Japan
O government BOJ
F money 5.5 trillion yen
F money $34 billion
F date March 29
> The intervention came two days after the BOJ kept its short-term policy rate at 0.75%, disappointing investors who had bet on a 25-basis-point hike. The BOJ said it would "watch market developments with a high sense of urgency." The gap between U.S. and Japanese 10-year bond yields stands at about 265 basis points, keeping pressure on the yen.
F duration two days
O government BOJ
F percent 0.75%
F percent 25-basis-point
O government BOJ
Q direct Bank of Japan :: "watch market developments with a high sense of urgency."
L country U.S.
F duration 10-year
F percent 265 basis points
> "The problem is the rate gap, and intervention does not close it," said Kaito Ferreira, chief currency strategist at Norinaga Asset Management in Tokyo. "Japan has about $1.2 trillion in reserves, so the ministry can do this again and again. But every round costs more and buys less time.
Q direct Kaito Ferreira :: "The problem is the rate gap, and intervention does not close it,"
P full Kaito Ferreira
O company Norinaga Asset Management
L city Tokyo
Q direct Kaito Ferreira :: "Japan has about $1.2 trillion in reserves, so the ministry can do this again and again. But every round costs more and buys less time.
L country Japan
F money $1.2 trillion
> "Unless the BOJ moves in April, I would expect to see 165 again by the summer."
Q direct Kaito Ferreira :: "Unless the BOJ moves in April, I would expect to see 165 again by the summer."
O government BOJ
F money 165
> Japan last intervened in April 2038, spending a record 9.8 trillion yen over two sessions, ministry data showed.
L country Japan
F date April 2038
F money 9.8 trillion yen
F number two
> (Reporting by Haruka Minegishi and Ryo Tsunoda in Tokyo; Additional reporting by Daniel Okafor in Singapore; Editing by Margaret Kellaway)
P full Haruka Minegishi
P full Ryo Tsunoda
L city Tokyo
P full Daniel Okafor
L city Singapore
P full Margaret Kellaway
> ($1 = 161.45 yen)
F money $1
F money 161.45 yen
'''

ARTICLES['1040-ashdod-north-desalination-plant-negev-arad-omer-pipeline-times-of-israel'] = r'''
> Environment
> Ashdod’s new desalination plant opens, but Negev towns are told to wait until 2042
L city Ashdod
L region Negev
F date 2042
> NIS 4.6 billion facility will supply 300 million cubic meters a year; minister says pipeline to Omer and Arad held up by ‘bureaucracy, not money’
F money NIS 4.6 billion
F quantity 300 million cubic meters
L city Omer
L city Arad
Q direct Avital Segev-Harari :: ‘bureaucracy, not money’
> By Noa Elbaz-Tamir
P full Noa Elbaz-Tamir
> 14 March 2040, 4:12 pm
F date 14 March 2040
F time 4:12 pm
> Workers walk past seawater filters at the new Ashdod North desalination plant, March 12, 2040. (Gilad Ronen/Flash90)
L facility Ashdod North
F date March 12, 2040
P full Gilad Ronen
O media Flash90
> Israel’s newest desalination plant began pumping water into the national grid on Thursday, adding 300 million cubic meters a year to the country’s drinking supply, but residents of a string of Negev towns will have to wait until 2042 for the pipeline meant to carry it to them.
L country Israel
F quantity 300 million cubic meters
L region Negev
F date 2042
> The NIS 4.6 billion ($1.27 billion) Ashdod North plant, built by a consortium led by IDE Technologies, was inaugurated by Energy and Infrastructure Minister Avital Segev-Harari at a ceremony on the beach south of the city’s port.
F money NIS 4.6 billion
F money $1.27 billion
L facility Ashdod North
O company IDE Technologies
P full Avital Segev-Harari
> “Ten years ago, people laughed when we said Israel would sell water to its neighbors. Today a quarter of what Jordan drinks comes from our coast,” Segev-Harari said.
Q direct Avital Segev-Harari :: “Ten years ago, people laughed when we said Israel would sell water to its neighbors. Today a quarter of what Jordan drinks comes from our coast,”
F duration Ten years
L country Israel
F fraction a quarter
L country Jordan
P partial Segev-Harari
> With Ashdod North, the country’s seven major plants can produce about 1.15 billion cubic meters a year, nearly 90 percent of the water used by households and industry, according to the Water Authority.
L facility Ashdod North
F number seven
F quantity 1.15 billion cubic meters
F percent 90 percent
O government Water Authority
> But the 68-kilometer pipeline from the coast to Omer, Meitar and Arad, approved in 2036, has not left the planning stage. The minister blamed “bureaucracy, not money,” and said tenders would be issued by the end of the year.
F quantity 68-kilometer
L city Omer
L city Meitar
L city Arad
F date 2036
Q direct Avital Segev-Harari :: “bureaucracy, not money,”
> “We have the water. We have the budget. What we don’t have is the six signatures we need from four different ministries, and I intend to get them,” she said.
Q direct Avital Segev-Harari :: “We have the water. We have the budget. What we don’t have is the six signatures we need from four different ministries, and I intend to get them,”
F number six
F number four
> Arad Mayor Shimon Ben-Ezra was not impressed. “For 15 years we have been told ‘next year.’ Our residents pay the same tariff as Tel Aviv for water that arrives at half the pressure,” he told The Times of Israel.
L city Arad
P full Shimon Ben-Ezra
Q direct Shimon Ben-Ezra :: “For 15 years we have been told ‘next year.’ Our residents pay the same tariff as Tel Aviv for water that arrives at half the pressure,”
F duration 15 years
L city Tel Aviv
F fraction half
O media The Times of Israel
> Ben-Ezra said shortages in the summer of 2039 left parts of the town without running water for up to 11 hours a day.
P partial Ben-Ezra
F date 2039
F duration 11 hours
> The national water company, Mekorot, said in a statement that the Negev line would be built “in full coordination with local authorities” and that interim works worth NIS 85 million would raise water pressure in Arad and Omer before the summer.
O company Mekorot
L region Negev
Q direct Mekorot :: “in full coordination with local authorities”
F money NIS 85 million
L city Arad
L city Omer
> Water will also cost more. The Water Authority said Wednesday that household tariffs will rise 2.9 percent from July 1, to NIS 8.14 per cubic meter for the first 3.5 cubic meters a month per person, partly to cover the plant’s costs.
O government Water Authority
F percent 2.9 percent
F date July 1
F money NIS 8.14
F quantity 3.5 cubic meters
> Environmental scientists have raised other concerns. Dr. Leah Mizrahi-Cohen, a marine biologist at the University of Haifa, said brine from the plant would raise seawater salinity “by up to 2 percent within 500 meters of the outfall.”
P full Leah Mizrahi-Cohen
O education University of Haifa
Q direct Leah Mizrahi-Cohen :: “by up to 2 percent within 500 meters of the outfall.”
F percent 2 percent
F quantity 500 meters
> “Desalination saved Israel from drought. That doesn’t mean we can treat the Mediterranean as a sink,” she said, adding that the state’s monitoring budget was only NIS 3 million a year.
Q direct Leah Mizrahi-Cohen :: “Desalination saved Israel from drought. That doesn’t mean we can treat the Mediterranean as a sink,”
L country Israel
L geo Mediterranean
F money NIS 3 million
> Israel opened its first large seawater plant, at Ashkelon, in 2005. The government plans two more, in the Western Galilee and near Hadera, by 2045.
L country Israel
L city Ashkelon
F date 2005
F number two
L region Western Galilee
L city Hadera
F date 2045
'''

ARTICLES['1041-new-zealand-pakistan-wellington-test-day-three-ruatapu-de-villiers-espncricinfo'] = r'''
> Report
> Ruatapu five-for, de Villiers 84 put New Zealand in command at the Basin
P partial Ruatapu
F number five
P partial de Villiers
F number 84
O team New Zealand
L facility Basin
> Pakistan lose their last six wickets for 73 on a seaming pitch before de Villiers stretches the lead to 263
O team Pakistan
F number six
F number 73
P partial de Villiers
F number 263
> Deepak Varadarajan
P full Deepak Varadarajan
> 13-Jan-2041
F date 13-Jan-2041
> Tāne Ruatapu celebrates the wicket of Usman Qureshi on the third day in Wellington © Mere Tahana/Photosport
P full Tāne Ruatapu
P full Usman Qureshi
L city Wellington
P full Mere Tahana
O media Photosport
> Stumps New Zealand 318 and 176 for 3 (de Villiers 84*, Iqbal 2-41) lead Pakistan 231 (Qureshi 61, Ruatapu 5-47) by 263 runs
O team New Zealand
F score 318
F score 176
F number 3
P partial de Villiers
F number 84
P partial Iqbal
F score 2-41
O team Pakistan
F score 231
P partial Qureshi
F number 61
P partial Ruatapu
F score 5-47
F number 263
> Tāne Ruatapu's career-best 5-47 and an unbeaten 84 from Liam de Villiers put New Zealand firmly in control of the second Test on a day when nine wickets fell at the Basin Reserve.
P full Tāne Ruatapu
F score 5-47
F number 84
P full Liam de Villiers
O team New Zealand
F number nine
L facility Basin Reserve
> Pakistan, who resumed on 158 for 4, lost their last six wickets for 73 runs in 25.2 overs, and by stumps the hosts' lead had grown to 263 with seven wickets in hand.
O team Pakistan
F score 158
F number 4
F number six
F number 73
F number 25.2
F number 263
F number seven
> Ruatapu, a 26-year-old left-armer from Nelson playing only his fourth Test, took three wickets in 11 balls after lunch, removing Usman Qureshi for 61 with one that left him late and then bowling Faraz Abbasi and Adeel Mahmood through the gate.
P partial Ruatapu
F age 26-year-old
L city Nelson
F number three
F number 11
P full Usman Qureshi
F number 61
P full Faraz Abbasi
P full Adeel Mahmood
> "I just tried to hit the seam and let the wind do the rest. At the Basin you take what the wind gives you," Ruatapu said. "My dad flew up from Nelson this morning, so I'm glad he didn't waste the fare."
Q direct Tāne Ruatapu :: "I just tried to hit the seam and let the wind do the rest. At the Basin you take what the wind gives you,"
L facility Basin
P partial Ruatapu
Q direct Tāne Ruatapu :: "My dad flew up from Nelson this morning, so I'm glad he didn't waste the fare."
L city Nelson
> Qureshi had looked set for a century, his 61 coming off 112 balls with nine fours, a strike rate of 54.46. He and Abbasi added 58 for the fifth wicket before Abbasi, on 27, edged Hamish Kerr-Whitley to second slip.
P partial Qureshi
F number 61
F number 112
F number nine
F number 54.46
P partial Abbasi
F number 58
P partial Abbasi
F number 27
P full Hamish Kerr-Whitley
> Only Sajid Rafiq, the No. 9, resisted for long, making 22 from 40 balls before he was run out by a direct hit from Devon Aperahama at midwicket. Pakistan's last four wickets fell for 19 in 38 minutes.
P full Sajid Rafiq
F number 22
F number 40
P full Devon Aperahama
O team Pakistan
F number four
F number 19
F duration 38 minutes
> Haris Iqbal, who took 2-41 in the evening session, insisted Pakistan were "not out of it." "We chased 312 in Rawalpindi in 2039. Nobody in our dressing room thinks this is over," he said.
P full Haris Iqbal
F score 2-41
O team Pakistan
Q direct Haris Iqbal :: "not out of it."
Q direct Haris Iqbal :: "We chased 312 in Rawalpindi in 2039. Nobody in our dressing room thinks this is over,"
F score 312
L city Rawalpindi
F date 2039
> Iqbal had struck twice in his first three overs to leave New Zealand 31 for 2, but De Villiers, dropped on 12 by Imran Siddiqui at gully, hit 11 fours and two sixes in his 84 off 131 balls, a strike rate of 64.12, and shared an unbroken stand of 97 with Kerr-Whitley, who is 38 not out.
P partial Iqbal
F number three
O team New Zealand
F score 31
F number 2
P partial De Villiers
F number 12
P full Imran Siddiqui
F number 11
F number two
F number 84
F number 131
F number 64.12
F number 97
P partial Kerr-Whitley
F number 38
> "We want 350 and about 110 overs at them," Kerr-Whitley said. "That gives the bowlers time, even if we lose a session to rain."
Q direct Hamish Kerr-Whitley :: "We want 350 and about 110 overs at them,"
F number 350
F number 110
P partial Kerr-Whitley
Q direct Hamish Kerr-Whitley :: "That gives the bowlers time, even if we lose a session to rain."
> Rain is forecast for the final two days in Wellington, where 18mm fell on Saturday night, and play will start at 10.30am local time on Sunday, half an hour early, to make up for overs lost on day one. New Zealand lead the three-match series 1-0 after winning in Hamilton by 142 runs.
F duration two days
L city Wellington
F quantity 18mm
F time 10.30am
F fraction half
O team New Zealand
F number three
F score 1-0
L city Hamilton
F number 142
'''

ARTICLES['1042-hdb-resale-prices-million-dollar-flats-queenstown-tengah-bto-straits-times'] = r'''
> Housing
> HDB resale prices rise 2.1% in first quarter; record 318 million-dollar flats sold
O government HDB
F percent 2.1%
F number 318
F money million-dollar
> Prices up for 27 straight quarters; 6,850 BTO flats to be offered in July in Tengah, Queenstown and three other towns
F number 27
F number 6,850
L city Tengah
L city Queenstown
F number three
> Ng Hui Min
P full Ng Hui Min
> Senior Housing Correspondent
> Updated Apr 1, 2040, 06:41 PM
F date Apr 1, 2040
F time 06:41 PM
> A four-room flat in Toa Payoh changed hands for $1.38 million in March, a record for the estate. ST PHOTO: DARREN SEOW JUN WEI
F number four
L city Toa Payoh
F money $1.38 million
O media ST
P full DARREN SEOW JUN WEI
> SINGAPORE – Prices of Housing and Development Board (HDB) resale flats rose 2.1 per cent in the first quarter of 2040, the 27th straight quarterly increase, as a record 318 flats changed hands for at least $1 million.
L country SINGAPORE
O government Housing and Development Board
O government HDB
F percent 2.1 per cent
F date 2040
F number 318
F money $1 million
> HDB’s resale price index rose to 214.6, from 210.2 in the previous quarter, according to flash data released on April 1. Resale volume fell 4.8 per cent to 6,912 transactions.
O government HDB
F number 214.6
F number 210.2
F date April 1
F percent 4.8 per cent
F number 6,912
> Most of the million-dollar deals were five-room and executive flats in mature estates such as Bishan, Toa Payoh and Kallang/Whampoa. But the priciest, at $1.72 million, was a four-room flat at SkyTerrace@Dawson in Queenstown.
F money million-dollar
F number five
L city Bishan
L city Toa Payoh
L city Kallang/Whampoa
F money $1.72 million
F number four
L facility SkyTerrace@Dawson
L city Queenstown
> Speaking at a community event in Woodlands on Sunday, National Development Minister Leong Wai Kit said the Government was “watching the market closely”, but noted that resale prices had grown more slowly than household incomes over the past three years.
L city Woodlands
P full Leong Wai Kit
Q direct Leong Wai Kit :: “watching the market closely”
F duration three years
> “The million-dollar flats make headlines, but they are less than 5 per cent of resale transactions. For most young couples, a BTO flat in a non-mature estate is still within reach on two median incomes,” Mr Leong said.
Q direct Leong Wai Kit :: “The million-dollar flats make headlines, but they are less than 5 per cent of resale transactions. For most young couples, a BTO flat in a non-mature estate is still within reach on two median incomes,”
F money million-dollar
F percent 5 per cent
F number two
P partial Leong
> He said HDB would offer about 6,850 Build-To-Order flats in July in Tengah, Queenstown, Woodlands, Sembawang and Bayshore. More than 1,900 of them will be three-room flats, up from 1,300 in the July exercise last year, to meet demand from singles and seniors.
O government HDB
F number 6,850
L city Tengah
L city Queenstown
L city Woodlands
L city Sembawang
L city Bayshore
F number 1,900
F number three
F number 1,300
> Analysts expect prices to keep climbing. “Supply from flats reaching their five-year minimum occupation period is thinner this year, at about 8,100 units, compared with 13,500 in 2038,” said Mr Marcus Teo Jun Hao, head of research at Pinnacle Realty Research.
F duration five-year
F number 8,100
F number 13,500
F date 2038
Q direct Marcus Teo Jun Hao :: “Supply from flats reaching their five-year minimum occupation period is thinner this year, at about 8,100 units, compared with 13,500 in 2038,”
P full Marcus Teo Jun Hao
O company Pinnacle Realty Research
> “Until that pipeline fills up again in 2042, buyers will be chasing a smaller pool,” said Mr Teo, who expects full-year price growth of 6 to 8 per cent.
Q direct Marcus Teo Jun Hao :: “Until that pipeline fills up again in 2042, buyers will be chasing a smaller pool,”
F date 2042
P partial Teo
F percent 6
F percent 8 per cent
> Some sellers say rising prices cut both ways. Retiree Siti Rohani Abdul Karim, 67, sold her five-room flat in Pasir Ris for $905,000 in February, but said the three-room unit she and her husband bought in Tampines cost $640,000, “more than we paid for our first flat and our second flat put together”.
P full Siti Rohani Abdul Karim
F age 67
F number five
L city Pasir Ris
F money $905,000
F number three
L city Tampines
F money $640,000
Q direct Siti Rohani Abdul Karim :: “more than we paid for our first flat and our second flat put together”
> “My children tell me, ‘Mak, you made money.’ On paper, yes. But everything else also costs more,” said Madam Siti Rohani.
Q direct Siti Rohani Abdul Karim :: “My children tell me, ‘Mak, you made money.’ On paper, yes. But everything else also costs more,”
P partial Siti Rohani
> Engineer Ganesh Kumar s/o Ramasamy, 34, has applied for a BTO flat five times without success. “This time I’m trying Tengah again, because the odds are better there,” said Mr Ganesh, who hopes to marry in 2041.
P full Ganesh Kumar s/o Ramasamy
F age 34
F number five
Q direct Ganesh Kumar s/o Ramasamy :: “This time I’m trying Tengah again, because the odds are better there,”
L city Tengah
P partial Ganesh
F date 2041
> Applications for the July exercise open on July 22 and close on July 29.
F date July 22
F date July 29
'''

ARTICLES['1043-patagonia-inflation-gas-tariffs-neuquen-chubut-indec-buenos-aires-times'] = r'''
> ECONOMY
> Gas bills push Patagonia’s inflation to 4.6 percent, highest in the country
L region Patagonia
F percent 4.6 percent
> INDEC says national prices rose 2.7 percent in March; governors of Neuquén, Chubut and Santa Cruz demand the Energy Secretariat reverse its subsidy cut
O government INDEC
F percent 2.7 percent
L region Neuquén
L region Chubut
L region Santa Cruz
O government Energy Secretariat
> BY MARÍA JOSÉ DE LA RIESTRA OCHOA
P full MARÍA JOSÉ DE LA RIESTRA OCHOA
> 15-04-2040 17:52
F date 15-04-2040
F time 17:52
> A gas meter outside a home in Comodoro Rivadavia, Chubut. Photo: NA
L city Comodoro Rivadavia
L region Chubut
O media NA
> Consumer prices in Patagonia rose 4.6 percent in March, the fastest pace of the country’s six statistical regions, as a 38 percent increase in residential gas tariffs hit households in the coldest part of Argentina just before winter, the National Statistics and Census Institute (INDEC) reported on Tuesday.
L region Patagonia
F percent 4.6 percent
F number six
F percent 38 percent
L country Argentina
O government National Statistics and Census Institute
O government INDEC
> Nationally, prices rose 2.7 percent, up from 2.2 percent in February, taking inflation over the 12 months to March to 41.3 percent. Analysts polled by the Central Bank had expected 2.5 percent. In Greater Buenos Aires (GBA), which carries the most weight in the index, prices rose 2.4 percent.
F percent 2.7 percent
F percent 2.2 percent
F duration 12 months
F percent 41.3 percent
O government Central Bank
F percent 2.5 percent
L region Greater Buenos Aires
L region GBA
F percent 2.4 percent
> The Energy Secretariat cut the gas discount for middle-income households in the south on March 1, ending a regime that had kept bills in Patagonia at roughly half the national average.
O government Energy Secretariat
F date March 1
L region Patagonia
F fraction half
> Economy Minister Gonzalo Ibarra Saavedra defended the decision. “We cannot keep asking a family in Rosario to pay for the heating of a family in Neuquén with the same income. That is not federalism, it is a transfer,” he told reporters at the Economy Ministry.
P full Gonzalo Ibarra Saavedra
Q direct Gonzalo Ibarra Saavedra :: “We cannot keep asking a family in Rosario to pay for the heating of a family in Neuquén with the same income. That is not federalism, it is a transfer,”
L city Rosario
L city Neuquén
O government Economy Ministry
> Ibarra Saavedra said 1.1 million households on the so-called “social tariff” would keep paying 45 percent less, and that the monthly bill for a typical home in Neuquén would rise “by about 19,000 pesos, not the figures being shouted on the radio.”
P partial Ibarra Saavedra
F number 1.1 million
Q scare - :: “social tariff”
F percent 45 percent
L city Neuquén
Q direct Gonzalo Ibarra Saavedra :: “by about 19,000 pesos, not the figures being shouted on the radio.”
F money 19,000 pesos
> The governors disagree. Neuquén Governor Rolando Pérez Kahler said in a statement signed with his counterparts in Chubut and Santa Cruz that the measure “punishes the provinces that produce the gas.”
L region Neuquén
P full Rolando Pérez Kahler
L region Chubut
L region Santa Cruz
Q direct Rolando Pérez Kahler :: “punishes the provinces that produce the gas.”
> “Half of Argentina’s gas comes out of Vaca Muerta, in our province, and our people will pay the highest bills in the country. Nobody in Buenos Aires would accept that,” Pérez Kahler told Radio Mitre.
Q direct Rolando Pérez Kahler :: “Half of Argentina’s gas comes out of Vaca Muerta, in our province, and our people will pay the highest bills in the country. Nobody in Buenos Aires would accept that,”
F fraction Half
L country Argentina
L geo Vaca Muerta
L city Buenos Aires
P partial Pérez Kahler
O media Radio Mitre
> In Comodoro Rivadavia, Chubut’s largest city, retired oil worker Héctor Quintana, 71, said his March bill was 62,400 pesos, up from 41,800 pesos in February. “At 6 degrees in the morning you don’t turn the heater off. You turn off something else – the meat, the medicine,” he said.
L city Comodoro Rivadavia
L region Chubut
P full Héctor Quintana
F age 71
F money 62,400 pesos
F money 41,800 pesos
Q direct Héctor Quintana :: “At 6 degrees in the morning you don’t turn the heater off. You turn off something else – the meat, the medicine,”
F quantity 6 degrees
> Economists warned that the jump could spread. “The national number hides a lot. When gas goes up 38 percent in one region, transport, bread and services follow within weeks,” said Valentina Ruiz de Olano, an economist at the consultancy Cono Sur Analítica. “We see April at between 2.8 and 3 percent nationally, and above 4 percent again in the south.
Q direct Valentina Ruiz de Olano :: “The national number hides a lot. When gas goes up 38 percent in one region, transport, bread and services follow within weeks,”
F percent 38 percent
F number one
P full Valentina Ruiz de Olano
O company Cono Sur Analítica
Q direct Valentina Ruiz de Olano :: “We see April at between 2.8 and 3 percent nationally, and above 4 percent again in the south.
F percent 2.8
F percent 3 percent
F percent 4 percent
> “The Central Bank will not like that, with the dollar at 2,140 pesos in the parallel market.”
Q direct Valentina Ruiz de Olano :: “The Central Bank will not like that, with the dollar at 2,140 pesos in the parallel market.”
O government Central Bank
F money 2,140 pesos
> The official wholesale exchange rate closed at 2,118 pesos per US dollar on Tuesday. INDEC will publish April’s figures on May 14.
F money 2,118 pesos
L country US
O government INDEC
F date May 14
'''

ARTICLES['1044-cta-budget-fare-increase-pink-line-cuts-aldermen-chicago-tribune'] = r'''
> Transportation
> CTA budget would raise fares to $2.75 and trim Pink Line service as aldermen push back
O government CTA
F money $2.75
L facility Pink Line
> Proposed $2.31 billion plan for 2041 leans on $140 million in reserves; South Side aldermen say riders will pay the price
F money $2.31 billion
F date 2041
F money $140 million
L region South Side
> By Tamara Okonjo-Wells | Chicago Tribune
P full Tamara Okonjo-Wells
O media Chicago Tribune
> PUBLISHED: November 8, 2040 at 5:02 PM CST | UPDATED: November 8, 2040 at 7:54 PM CST
F date November 8, 2040
F time 5:02 PM CST
F date November 8, 2040
F time 7:54 PM CST
> Riders board a Pink Line train at the 54th/Cermak station in Cicero on Nov. 6, 2040. (Luis Ochoa-Brandt / Chicago Tribune)
L facility Pink Line
L facility 54th/Cermak
L city Cicero
F date Nov. 6, 2040
P full Luis Ochoa-Brandt
O media Chicago Tribune
> The Chicago Transit Authority would raise its base fare by a quarter, to $2.75, and run Pink Line trains every 15 minutes instead of every 10 at midday under a proposed $2.31 billion budget for 2041 unveiled Friday.
O government Chicago Transit Authority
F money a quarter
F money $2.75
L facility Pink Line
F duration 15 minutes
F number 10
F money $2.31 billion
F date 2041
> CTA President Dorian Whitfield-Mays said the agency faces a $412 million gap as state funding approved in 2039 falls short of rising labor and power costs.
O government CTA
P full Dorian Whitfield-Mays
F money $412 million
F date 2039
> “We are not going to balance this on the backs of riders alone, but I can’t print money,” Whitfield-Mays said at the agency’s headquarters at 567 W. Lake St. “Every dollar we don’t get from Springfield is a dollar we have to find in service.”
Q direct Dorian Whitfield-Mays :: “We are not going to balance this on the backs of riders alone, but I can’t print money,”
P partial Whitfield-Mays
L address 567 W. Lake St.
Q direct Dorian Whitfield-Mays :: “Every dollar we don’t get from Springfield is a dollar we have to find in service.”
L city Springfield
> The plan draws $140 million from reserves, leaving about $90 million, and assumes 312 million rides, up 4% from 2040. The fare increase would be the first since January 2018, and a seven-day pass would rise from $20 to $22.
F money $140 million
F money $90 million
F number 312 million
F percent 4%
F date 2040
F date January 2018
F duration seven-day
F money $20
F money $22
> Aldermen whose wards are served by the Pink and Green lines said the cuts would fall hardest on neighborhoods that can least afford them.
L facility Pink
L facility Green
> “You don’t cut the line that serves Pilsen and Little Village and call it efficiency,” said Ald. Rosa Villanueva-Ortiz, 25th. “That’s a ‘service adjustment’ only if you don’t have to ride it.”
Q direct Rosa Villanueva-Ortiz :: “You don’t cut the line that serves Pilsen and Little Village and call it efficiency,”
L city Pilsen
L city Little Village
P full Rosa Villanueva-Ortiz
Q direct Rosa Villanueva-Ortiz :: “That’s a ‘service adjustment’ only if you don’t have to ride it.”
> Ald. Marcus Hollins Jr., 9th, said he would introduce a resolution at the Nov. 20 City Council meeting calling on the CTA to drop the cuts. “Ridership on the South Side came back because the trains came back. Pull them again and you lose those riders for a decade,” he said.
P full Marcus Hollins Jr.
F date Nov. 20
O government City Council
O government CTA
Q direct Marcus Hollins Jr. :: “Ridership on the South Side came back because the trains came back. Pull them again and you lose those riders for a decade,”
L region South Side
> The plan would also end 24-hour service on the Blue Line’s Forest Park branch, closing the stretch between Harlem and Forest Park from 1 a.m. to 4 a.m.
F duration 24-hour
L facility Blue Line
L city Forest Park
L facility Harlem
L city Forest Park
F time 1 a.m.
F time 4 a.m.
> “Fifteen minutes at midday means I miss my bus at Polk, and then I’m 40 minutes late for a 12-hour shift,” said Nadia Kowalczyk, 29, a nurse at Rush University Medical Center who boards at Cicero.
Q direct Nadia Kowalczyk :: “Fifteen minutes at midday means I miss my bus at Polk, and then I’m 40 minutes late for a 12-hour shift,”
F duration Fifteen minutes
L facility Polk
F duration 40 minutes
F duration 12-hour
P full Nadia Kowalczyk
F age 29
O other Rush University Medical Center
L facility Cicero
> The Regional Transportation Authority (RTA), which oversees the CTA, Metra and Pace, must sign off on the budget. The RTA called the plan “a responsible starting point” but said it expected “further changes before Dec. 11,” when the CTA board is scheduled to vote.
O government Regional Transportation Authority
O government RTA
O government CTA
O government Metra
O government Pace
O government RTA
Q direct Regional Transportation Authority :: “a responsible starting point”
Q direct Regional Transportation Authority :: “further changes before Dec. 11,”
F date Dec. 11
O government CTA
> The CTA will hold three public hearings, the first at 6 p.m. Nov. 18 at its headquarters.
O government CTA
F number three
F time 6 p.m.
F date Nov. 18
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
