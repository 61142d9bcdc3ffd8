#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval257 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval257/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1585-turkey-central-bank-rate-cut-aydemir-lira-kadikoy-economist'] = r'''
> Finance & economics | Turkish monetary policy
> Turkey’s central bank bets on patience
L country Turkey
> Selin Aydemir has cut rates by 250 basis points. Shopkeepers want more; investors fear she has gone too far
P full Selin Aydemir
F percent 250 basis points
> Mar 14th 2041 | ISTANBUL
F date Mar 14th 2041
L city ISTANBUL
> A money-changer’s board in Istanbul’s Grand Bazaar. Photograph: Getty Images
L city Istanbul
L facility Grand Bazaar
O company Getty Images
> ON THE shelves of Hakan Yıldız’s hardware shop in Kadıköy, on the Asian side of Istanbul, the price tags are written in pencil. “I rub them out every Monday,” he says. Mr Yıldız, who is 58, has changed the price of a box of screws 11 times since January 2040. That is progress: in 2038 he changed it almost weekly.
P full Hakan Yıldız
L city Kadıköy
L city Istanbul
Q direct Hakan Yıldız :: “I rub them out every Monday,”
P partial Yıldız
F age 58
F number 11
F date January 2040
F date 2038
> Turkey’s annual consumer-price inflation fell to 31.4% in February, according to the Turkish Statistical Institute (TurkStat), down from a peak of 74% two years earlier. On March 13th the Central Bank of the Republic of Turkey (CBRT) cut its benchmark one-week repo rate by 250 basis points, to 36%, its third cut in a row. The lira, which traded at 58.2 lira to the dollar before the decision, slipped by 1.6% within an hour.
L country Turkey
F percent 31.4%
O government Turkish Statistical Institute
O government TurkStat
F percent 74%
F duration two years
F date March 13th
O government Central Bank of the Republic of Turkey
O government CBRT
F duration one-week
F percent 250 basis points
F percent 36%
F money 58.2 lira
F percent 1.6%
> The bank’s governor, Selin Aydemir, defended the move at a press conference in Ankara. “Disinflation is now established, and real rates remain firmly positive,” she said. “We will not declare victory early. But nor will we keep the economy in a cast once the bone has healed.”
P full Selin Aydemir
L city Ankara
Q direct Selin Aydemir :: “Disinflation is now established, and real rates remain firmly positive,”
Q direct Selin Aydemir :: “We will not declare victory early. But nor will we keep the economy in a cast once the bone has healed.”
> Ms Aydemir, a 47-year-old former academic who took over in July 2039, has spent much of her tenure rebuilding reserves. Net foreign-exchange reserves rose from $18bn to $96bn over 20 months, the bank says. Its monetary-policy committee meets eight times a year; the next meeting is on April 24th.
P partial Aydemir
F age 47-year-old
F date July 2039
F money $18bn
F money $96bn
F duration 20 months
F number eight
F date April 24th
> Not everyone is convinced. “The bank has cut by 750 basis points since November, and services inflation is still running at 44%,” says Oliver Pennington-Shaw, an economist at Halcyon Ridge Capital, a London fund that holds some $2.3bn of Turkish bonds. “Wage settlements this spring will be the test. If the minimum wage rises by a third again, the bank will have to stop, or even reverse.
Q direct Oliver Pennington-Shaw :: “The bank has cut by 750 basis points since November, and services inflation is still running at 44%,”
F percent 750 basis points
F percent 44%
P full Oliver Pennington-Shaw
O company Halcyon Ridge Capital
L city London
F money $2.3bn
Q direct Oliver Pennington-Shaw :: “Wage settlements this spring will be the test. If the minimum wage rises by a third again, the bank will have to stop, or even reverse.
F fraction a third
> “Markets have priced in two more cuts before September. I would price in just one cut, and then a long pause,” he adds.
Q direct Oliver Pennington-Shaw :: “Markets have priced in two more cuts before September. I would price in just one cut, and then a long pause,”
F number two
F number one
> Ankara has helped. The finance ministry has tightened spending, and the budget deficit is forecast at 3.2% of GDP this year, down from 5.9% in 2039. A senior official in Ankara, speaking anonymously, called the rate cuts “earned, not gifted”. The International Monetary Fund (IMF), whose staff visited in February, was more cautious: in a statement it said easing “should remain gradual and data-dependent”.
L city Ankara
F percent 3.2%
F percent 5.9%
F date 2039
L city Ankara
Q direct - :: “earned, not gifted”
O intergovernmental International Monetary Fund
O intergovernmental IMF
Q direct International Monetary Fund :: “should remain gradual and data-dependent”
> For Mr Yıldız the test is simpler. He keeps a tally of what he calls “pencil days”, the days on which every tag must be redone. There were 41 of them in 2039 and 19 last year. “When it gets to zero, I will believe Ms Aydemir,” he says. Half of his customers, he reckons, now pay in lira rather than in dollars or gold; five years ago barely a quarter did.
P partial Yıldız
Q scare - :: “pencil days”
F number 41
F date 2039
F number 19
Q direct Hakan Yıldız :: “When it gets to zero, I will believe Ms Aydemir,”
F number zero
P partial Aydemir
F fraction Half
F duration five years
F fraction a quarter
> Investors will watch the April 24th meeting closely. Foreigners hold 11.8% of local-currency government bonds, against less than 1% in 2036; a hasty cut could send that money home within 48 hours. Ms Aydemir has said she would rather be called boring than brave.
F date April 24th
F percent 11.8%
F percent 1%
F date 2036
F duration 48 hours
P partial Aydemir
'''

ARTICLES['1586-senate-border-security-bill-vote-dellinger-texas-border-patrol-fox-news'] = r'''
> Politics
> Senate passes $38 billion border security bill in 52-47 vote after all-night session
O government Senate
F money $38 billion
F number 52-47
> Texas Republican says the measure pays for 210 miles of new wall; White House signals the president will sign it
L region Texas
F quantity 210 miles
O government White House
> By Caleb Marchetti Fox News
P full Caleb Marchetti
O media Fox News
> Published June 12, 2042 9:14pm EDT
F date June 12, 2042
F time 9:14pm EDT
> Sen. Ray Dellinger, R-Texas, speaks to reporters outside the Senate chamber on Capitol Hill on Wednesday. (Tom Wakefield/Fox News Digital)
P full Ray Dellinger
L region Texas
O government Senate
L city Capitol Hill
P full Tom Wakefield
O media Fox News Digital
> The Senate passed a $38 billion border security bill early Thursday by a vote of 52-47, sending the measure to the House after a 14-hour debate that ran past 3 a.m.
O government Senate
F money $38 billion
F number 52-47
O government House
F duration 14-hour
F time 3 a.m.
> The bill, known as the Secure Southern Border Act, would fund 210 miles of new barrier, hire 4,500 additional Border Patrol agents over five years and cap asylum processing at ports of entry at 5,000 encounters per day. Two Democrats joined 50 Republicans in voting for it.
F quantity 210 miles
F number 4,500
O government Border Patrol
F duration five years
F number 5,000
F number Two
F number 50
> "This is the strongest border bill the Senate has passed in a generation," said Sen. Ray Dellinger, R-Texas, the bill's lead sponsor. "Folks in Eagle Pass and Del Rio have been asking for this for years. Tonight Washington finally listened."
Q direct Ray Dellinger :: "This is the strongest border bill the Senate has passed in a generation,"
O government Senate
P full Ray Dellinger
L region Texas
Q direct Ray Dellinger :: "Folks in Eagle Pass and Del Rio have been asking for this for years. Tonight Washington finally listened."
L city Eagle Pass
L city Del Rio
L city Washington
> Dellinger, 61, a former Maverick County sheriff, said the bill's $11.2 billion for barrier construction would close gaps along the Rio Grande "from Laredo to Brownsville."
P partial Dellinger
F age 61
L region Maverick County
F money $11.2 billion
L geo Rio Grande
Q direct Ray Dellinger :: "from Laredo to Brownsville."
L city Laredo
L city Brownsville
> Encounters at the southwest border averaged 148,000 a month in the first half of 2042, according to U.S. Customs and Border Protection (CBP), down from a peak of about 250,000 in December 2039.
F number 148,000
F date 2042
O government U.S. Customs and Border Protection
O government CBP
F number 250,000
F date December 2039
> Senate Majority Leader Patricia Okafor-Lindqvist, R-S.D., who kept the chamber in session through the night, called the vote "a down payment, not the final word." "I told my colleagues we would stay until it was done, and we did," she said in a floor speech shortly after 3:20 a.m. ET.
P full Patricia Okafor-Lindqvist
L region S.D.
Q direct Patricia Okafor-Lindqvist :: "a down payment, not the final word."
Q direct Patricia Okafor-Lindqvist :: "I told my colleagues we would stay until it was done, and we did,"
F time 3:20 a.m. ET
> Democrats argued the bill shortchanged immigration courts. Sen. Marisol Quintanilla, D-N.M., said the 72-hour limit on asylum screenings was "unworkable" and would "overwhelm judges who already have a backlog of 3.1 million cases." The chamber rejected her amendment 46-53.
P full Marisol Quintanilla
L region N.M.
F duration 72-hour
Q direct Marisol Quintanilla :: "unworkable"
Q direct Marisol Quintanilla :: "overwhelm judges who already have a backlog of 3.1 million cases."
F number 3.1 million
F number 46-53
> Brandon Kessler, president of the National Border Patrol Council, the union that represents about 18,000 agents, said morale had hit "rock bottom." "Our agents are working 16-hour shifts in 110-degree heat," Kessler told Fox News Digital. "Every shift somebody asks me, 'Is help coming?' Now I can tell them yes."
P full Brandon Kessler
O nonprofit National Border Patrol Council
F number 18,000
Q direct Brandon Kessler :: "rock bottom."
Q direct Brandon Kessler :: "Our agents are working 16-hour shifts in 110-degree heat,"
F duration 16-hour
F quantity 110-degree
P partial Kessler
O media Fox News Digital
Q direct Brandon Kessler :: "Every shift somebody asks me, 'Is help coming?' Now I can tell them yes."
> The White House said in a statement that the president would sign the bill "as soon as it reaches his desk" if the House passes it unchanged. Deputy press secretary Danielle Ferreira-Cobb told reporters that the administration had "no appetite" for a conference with the Senate.
O government White House
Q direct White House :: "as soon as it reaches his desk"
O government House
P full Danielle Ferreira-Cobb
Q direct Danielle Ferreira-Cobb :: "no appetite"
O government Senate
> The House is expected to take up the bill the week of June 22. A senior Republican aide, who requested anonymity to discuss private talks, said at least 12 members wanted the end of so-called "catch and release" written into the text. "Leadership has maybe a two-vote cushion," the aide said. "Nobody is sleeping much."
O government House
F date June 22
F number 12
Q scare - :: "catch and release"
Q direct - :: "Leadership has maybe a two-vote cushion,"
F number two
Q direct - :: "Nobody is sleeping much."
> The measure would also spend $1.9 billion on scanners at 14 ports of entry in California, Arizona, New Mexico and Texas, and add 600 immigration judges by 2045.
F money $1.9 billion
F number 14
L region California
L region Arizona
L region New Mexico
L region Texas
F number 600
F date 2045
'''

ARTICLES['1587-borders-railway-hawick-carlisle-second-phase-approved-scotsman'] = r'''
> Transport
> Borders Railway: ‘Hawick has waited long enough’ as £1.4bn second phase to Carlisle gets green light
L facility Borders Railway
Q direct Euan Hardie :: ‘Hawick has waited long enough’
L city Hawick
F money £1.4bn
L city Carlisle
> Ministers commit to extending the line 78km south from Hawick, with trains to run by 2046
F quantity 78km
L city Hawick
F date 2046
> By Fiona Lauder
P full Fiona Lauder
> Published 17th Sep 2041, 15:30 BST
F date 17th Sep 2041
F time 15:30 BST
> A train at Hawick station, the current end of the line. Picture: Iain McAllister/PA
L facility Hawick
P full Iain McAllister
O media PA
> The Scottish Government has approved the second phase of the Borders Railway extension, committing £1.4 billion to carry the line 78 kilometres from Hawick to Carlisle and reconnect the Scottish Borders with the English rail network for the first time since 1969.
O government Scottish Government
L facility Borders Railway
F money £1.4 billion
F quantity 78 kilometres
L city Hawick
L city Carlisle
L region Scottish Borders
F date 1969
> The first phase, a 27km stretch from Tweedbank through St Boswells to Hawick, opened in March 2040 and carried 1.18 million passengers in its first 12 months – almost double the 640,000 forecast by Transport Scotland.
F quantity 27km
L city Tweedbank
L city St Boswells
L city Hawick
F date March 2040
F number 1.18 million
F duration 12 months
F number 640,000
O government Transport Scotland
> Transport Minister Alasdair Rennick-Gow announced the decision at Hawick Town Hall on Wednesday. “The people of Hawick, Newcastleton and Langholm were told for 50 years that this line would never come back,” he said. “Today we are proving them wrong.”
P full Alasdair Rennick-Gow
L facility Hawick Town Hall
Q direct Alasdair Rennick-Gow :: “The people of Hawick, Newcastleton and Langholm were told for 50 years that this line would never come back,”
L city Hawick
L city Newcastleton
L city Langholm
F duration 50 years
Q direct Alasdair Rennick-Gow :: “Today we are proving them wrong.”
> Mr Rennick-Gow said construction would begin in spring 2042 and take four years, with six new stations and a journey time of 52 minutes between Hawick and Carlisle. Network Rail will build the line, and the UK Government has agreed to meet a quarter of the cost of the 14km section south of the border in Cumbria.
P partial Rennick-Gow
F date 2042
F duration four years
F number six
F duration 52 minutes
L city Hawick
L city Carlisle
O government Network Rail
O government UK Government
F fraction a quarter
F quantity 14km
L region Cumbria
> Councillor Morag Elliot-Bryce, Scottish Borders Council’s executive member for transport, said the council had campaigned for the extension “for longer than some of our staff have been alive”.
P full Morag Elliot-Bryce
O government Scottish Borders Council
Q direct Morag Elliot-Bryce :: “for longer than some of our staff have been alive”
> “This is about the young people who leave Hawick at 18 and never come back,” she said. “A graduate working in Edinburgh can now live here and commute. Firms in Galashiels and Selkirk tell us the same thing: they cannot recruit without the train.
Q direct Morag Elliot-Bryce :: “This is about the young people who leave Hawick at 18 and never come back,”
L city Hawick
F age 18
Q direct Morag Elliot-Bryce :: “A graduate working in Edinburgh can now live here and commute. Firms in Galashiels and Selkirk tell us the same thing: they cannot recruit without the train.
L city Edinburgh
L city Galashiels
L city Selkirk
> “We asked ministers for a firm date, not another ‘target window’. Today we got one.”
Q direct Morag Elliot-Bryce :: “We asked ministers for a firm date, not another ‘target window’. Today we got one.”
> Euan Hardie, 44, who runs a knitwear shop on Hawick’s High Street, said footfall rose by 22 per cent after the first trains arrived. “Hawick has waited long enough,” he said. “Half my customers on a Saturday now come off the train, and a third of them are from Edinburgh.”
P full Euan Hardie
F age 44
L city Hawick
L street High Street
F percent 22 per cent
Q direct Euan Hardie :: “Hawick has waited long enough,”
Q direct Euan Hardie :: “Half my customers on a Saturday now come off the train, and a third of them are from Edinburgh.”
F fraction Half
F fraction a third
L city Edinburgh
> Borders Buses, which runs the X95 between Carlisle and Edinburgh along the A7, said it would “review connections” at the new stations. The line is expected to need an operating subsidy of £18m a year.
O company Borders Buses
L city Carlisle
L city Edinburgh
L street A7
Q direct Borders Buses :: “review connections”
F money £18m
> A Transport Scotland source said the second phase had been costed at £1.1bn in 2038 and that “inflation did the rest”. The source added that the route south of Newcastleton, through the so-called “Waverley gap”, would need two new viaducts over the Liddel Water.
O government Transport Scotland
F money £1.1bn
F date 2038
Q direct - :: “inflation did the rest”
L city Newcastleton
Q scare - :: “Waverley gap”
F number two
L geo Liddel Water
> Building the first phase took 31 months and ran £64m over budget, a record that opposition MSPs have raised repeatedly at Holyrood and are likely to raise again when the bill for the second phase comes before them.
F duration 31 months
F money £64m
O government Holyrood
'''

ARTICLES['1588-cyclone-state-of-emergency-tairawhiti-hawkes-bay-wairoa-stuff'] = r'''
> Weather
> Cyclone Hana: state of emergency in Tairāwhiti and Hawke's Bay as 340mm of rain falls
L region Tairāwhiti
L region Hawke's Bay
F quantity 340mm
> More than 2000 homes without power and Wairoa cut off as State Highway 2 closes in three places
F number 2000
L city Wairoa
L street State Highway 2
F number three
> Tom Whaanga-Reid and Lucy Crampton
P full Tom Whaanga-Reid
P full Lucy Crampton
> 07:15, Feb 19 2040
F time 07:15
F date Feb 19 2040
> Floodwater surrounds a house near Wairoa on Tuesday. KAVINDA PERERA/STUFF
L city Wairoa
P full KAVINDA PERERA
O media STUFF
> A state of emergency has been declared in Tairāwhiti and Hawke's Bay after Cyclone Hana dumped up to 340mm of rain on the region in 36 hours, cutting power to more than 2000 homes and isolating Wairoa.
L region Tairāwhiti
L region Hawke's Bay
F quantity 340mm
F duration 36 hours
F number 2000
L city Wairoa
> Ngaire Pōhatu-Kemp, who is controlling the response for Tairāwhiti Civil Defence Emergency Management, said the declaration, made at 11.40pm on Monday, would last seven days and could be extended.
P full Ngaire Pōhatu-Kemp
O government Tairāwhiti Civil Defence Emergency Management
F time 11.40pm
F duration seven days
> "We've had people on roofs in Te Karaka and a bridge gone at Matawhero. For some of these communities this is bigger than Gabrielle," she said.
Q direct Ngaire Pōhatu-Kemp :: "We've had people on roofs in Te Karaka and a bridge gone at Matawhero. For some of these communities this is bigger than Gabrielle,"
L city Te Karaka
L city Matawhero
> Pōhatu-Kemp said 46 people had been rescued overnight, nine of them by helicopter, and 380 were in evacuation centres in Gisborne and Wairoa.
P partial Pōhatu-Kemp
F number 46
F number nine
F number 380
L city Gisborne
L city Wairoa
> MetService meteorologist Harriet Ocampo-Lane said the storm had stalled about 200 kilometres east of Gisborne for most of Monday. "It just sat there and rained," Ocampo-Lane said. Gusts reached 146km/h on Māhia Peninsula, and a red heavy rain warning remains in place until 6pm on Wednesday.
O company MetService
P full Harriet Ocampo-Lane
F quantity 200 kilometres
L city Gisborne
Q direct Harriet Ocampo-Lane :: "It just sat there and rained,"
P partial Ocampo-Lane
F quantity 146km/h
L geo Māhia Peninsula
F time 6pm
> Gisborne recorded 212mm at its airport in the 24 hours to 9am on Tuesday, the wettest day there since records began in 1937, and the Waipaoa River peaked just below its stopbanks.
L city Gisborne
F quantity 212mm
F duration 24 hours
F time 9am
F date 1937
L geo Waipaoa River
> Sheep and beef farmer Rewi Tamatea-Hollis, 63, runs 1200 hectares at Frasertown, 8km north of Wairoa. "My neighbour rang at 4am and said, 'The river's over the road, get the dogs up,'" he said.
P full Rewi Tamatea-Hollis
F age 63
F quantity 1200 hectares
L city Frasertown
F quantity 8km
L city Wairoa
Q direct Rewi Tamatea-Hollis :: "My neighbour rang at 4am and said, 'The river's over the road, get the dogs up,'"
F time 4am
> "We got most of the stock to the top paddocks, but we've lost a third of the fences. That's $90,000 I haven't got.
Q direct Rewi Tamatea-Hollis :: "We got most of the stock to the top paddocks, but we've lost a third of the fences. That's $90,000 I haven't got.
F fraction a third
F money $90,000
> "People in town talk about the Wairoa River like it's a pet. It isn't."
Q direct Rewi Tamatea-Hollis :: "People in town talk about the Wairoa River like it's a pet. It isn't."
L geo Wairoa River
> Emergency Management Minister Simone Karaka-Doyle flew into Hawke's Bay Airport in Napier on Tuesday afternoon and announced an initial $5 million for a mayoral relief fund. "Nobody in Wairoa should feel they have been forgotten," Karaka-Doyle said.
P full Simone Karaka-Doyle
L facility Hawke's Bay Airport
L city Napier
F money $5 million
Q direct Simone Karaka-Doyle :: "Nobody in Wairoa should feel they have been forgotten,"
L city Wairoa
P partial Karaka-Doyle
> Waka Kotahi NZ Transport Agency (NZTA) said State Highway 2 between Napier and Wairoa was closed at Devil's Elbow and at two slips near Tūtira, and would not reopen "for several days". Hastings District Council said 14 local roads were shut.
O government Waka Kotahi NZ Transport Agency
O government NZTA
L street State Highway 2
L city Napier
L city Wairoa
L geo Devil's Elbow
F number two
L city Tūtira
Q direct Waka Kotahi NZ Transport Agency :: "for several days"
O government Hastings District Council
F number 14
> Lines company Unison said 2140 customers were still without power at 5pm on Tuesday, most of them around Wairoa and Mōhaka, where the river bridge known locally as "the swing" was under water.
O company Unison
F number 2140
F time 5pm
L city Wairoa
L city Mōhaka
Q scare - :: "the swing"
> A Gisborne District Council staffer, who asked not to be named, said the city's water supply had "maybe two days left" after the main pipeline from the Mangapoike dams was damaged. The state of emergency runs until February 25.
O government Gisborne District Council
Q direct - :: "maybe two days left"
F number two
L facility Mangapoike
F date February 25
'''

ARTICLES['1589-india-england-ranchi-test-day-one-sandhu-khatri-espncricinfo'] = r'''
> Report
> Sandhu's 96 and Khatri's four-for leave honours even in Ranchi
P partial Sandhu
F number 96
P partial Khatri
F number four
L city Ranchi
> England reached 287 for 6 in 81.4 overs on a slow first-day pitch before Khatri struck twice with the second new ball
O team England
F score 287
F number 6
F number 81.4
P partial Khatri
> Arjun Raghavan
P full Arjun Raghavan
> 23-Feb-2042
F date 23-Feb-2042
> Dev Khatri removed Harry Whitlam with the second new ball • Rajesh Kumar Singh/BCCI
P full Dev Khatri
P full Harry Whitlam
P full Rajesh Kumar Singh
O other BCCI
> Stumps England 287 for 6 (Sandhu 96, Whitlam 58, Khatri 4-61) v India
O team England
F score 287
F number 6
P partial Sandhu
F number 96
P partial Whitlam
F number 58
P partial Khatri
F score 4-61
O team India
> Callum Sandhu fell four runs short of a maiden Test century and Dev Khatri finished with 4-61 as India pegged England back to 287 for 6 on the opening day of the fourth Test at the JSCA International Stadium Complex in Ranchi. India lead the five-match series 2-1.
P full Callum Sandhu
F number four
P full Dev Khatri
F score 4-61
O team India
O team England
F score 287
F number 6
L facility JSCA International Stadium Complex
L city Ranchi
O team India
F number five
F score 2-1
> Will Ashdown chose to bat under a hazy sky, and play began at 9.30am local time after a 20-minute delay for a damp patch at the Main Pavilion End. England were 104 for 1 at lunch, Sandhu and Whitlam having added 88 for the second wicket.
P full Will Ashdown
F time 9.30am
F duration 20-minute
L facility Main Pavilion End
O team England
F score 104
F number 1
P partial Sandhu
P partial Whitlam
F number 88
> Sandhu's 96 came off 171 balls at a strike rate of 56.1, with 13 fours and two sixes, both off the legspinner Amit Bhardwaj. The 23-year-old Yorkshire opener was caught at slip off Khatri half an hour before tea, pushing at one that turned sharply out of the rough.
P partial Sandhu
F number 96
F number 171
F number 56.1
F number 13
F number two
P full Amit Bhardwaj
F age 23-year-old
O team Yorkshire
P partial Khatri
F fraction half
> "I said to Whitlam at lunch, 'Just bat time, the runs will come,' and then I went and did the opposite," Sandhu said. "It'll hurt for a night. Tomorrow it's 287, not 96."
Q direct Callum Sandhu :: "I said to Whitlam at lunch, 'Just bat time, the runs will come,' and then I went and did the opposite,"
P partial Whitlam
P partial Sandhu
Q direct Callum Sandhu :: "It'll hurt for a night. Tomorrow it's 287, not 96."
F score 287
F number 96
> Khatri, known in the India dressing room as "Professor" for his field-setting notes, bowled 27 overs unchanged either side of tea for figures of 2-38 before returning with the new ball after the 80th over. He had Whitlam caught behind for 58 and trapped Ollie Brennan lbw for 11 in the space of seven balls.
P partial Khatri
O team India
Q scare - :: "Professor"
F number 27
F score 2-38
P partial Whitlam
F number 58
P full Ollie Brennan
F number 11
F number seven
> Whitlam, 31, had been dropped twice before lunch, on 14 and 37, both times by Bhardwaj at short leg. Brennan's dismissal made it 241 for 5, and Bhardwaj had Josh Pettifer stumped for 2 shortly after 3.40pm. India's quicks, Sameer Kulkarni and Vivek Toppo, went wicketless in 29 overs between them on a surface offering little carry.
P partial Whitlam
F age 31
F number 14
F number 37
P partial Bhardwaj
P partial Brennan
F score 241
F number 5
P partial Bhardwaj
P full Josh Pettifer
F number 2
F time 3.40pm
O team India
P full Sameer Kulkarni
P full Vivek Toppo
F number 29
> India captain Rohan Mehra-Iyer said the pitch would "start talking" on the third day. "We bowled 81 overs and gave away just 3.5 an over. That's a good day in Ranchi in February," he said.
O team India
P full Rohan Mehra-Iyer
Q direct Rohan Mehra-Iyer :: "start talking"
Q direct Rohan Mehra-Iyer :: "We bowled 81 overs and gave away just 3.5 an over. That's a good day in Ranchi in February,"
F number 81
F number 3.5
L city Ranchi
> Ashdown, unbeaten on 31 alongside Kieran Doyle-Amos, was happy enough. "It's a pitch where you have to earn everything," he said. "If we get to 400, we're right in this game.
P partial Ashdown
F number 31
P full Kieran Doyle-Amos
Q direct Will Ashdown :: "It's a pitch where you have to earn everything,"
Q direct Will Ashdown :: "If we get to 400, we're right in this game.
F number 400
> "Four hundred here is worth 550 in Mumbai."
Q direct Will Ashdown :: "Four hundred here is worth 550 in Mumbai."
F number Four hundred
F number 550
L city Mumbai
> Bad light ended play 35 minutes early at 4.25pm, with 8.2 overs lost. The Jharkhand State Cricket Association (JSCA) said 31,000 spectators attended, the biggest first-day crowd at the ground since 2019.
F duration 35 minutes
F time 4.25pm
F number 8.2
O other Jharkhand State Cricket Association
O other JSCA
F number 31,000
F date 2019
'''

ARTICLES['1590-halden-vista-display-smart-glasses-launch-counterpoint-the-verge'] = r'''
> Tech
> Halden’s First Smart Glasses Put a 100-Inch Screen in Your Sunglasses
O company Halden
F quantity 100-Inch
> The $649 Halden Vista weighs 49 grams and ships in the US on May 14th
F money $649
F quantity 49 grams
L country US
F date May 14th
> by Priya Castellanos-Webb
P full Priya Castellanos-Webb
> Apr 2, 2043, 9:00 AM EDT
F date Apr 2, 2043
F time 9:00 AM EDT
> The Vista comes in three frame styles, including a translucent “smoke” finish. Photo by Marcus Oyelaran / The Verge
F number three
Q scare - :: “smoke”
P full Marcus Oyelaran
O media The Verge
> Halden, the Oslo-based startup best known for its $199 earbuds, is getting into smart glasses. The company announced the Halden Vista on Wednesday, a pair of display glasses with two microOLED panels that it says create the effect of a 100-inch screen seen from 3 meters away. They go on sale for $649 on May 14th in the US, Canada, and the UK, with Germany and Japan to follow “by the end of summer.”
O company Halden
L city Oslo
F money $199
F number two
F quantity 100-inch
F quantity 3 meters
F money $649
F date May 14th
L country US
L country Canada
L country UK
L country Germany
L country Japan
Q direct Halden :: “by the end of summer.”
> The frames weigh 49 grams, about 20 percent less than the heaviest display glasses on the market, with a 310mAh battery in each arm rated for seven hours of video or 11 hours of audio. The panels run at 120Hz and reach 1,200 nits. A charging case adds 2.5 full charges and costs nothing extra; prescription lenses cost $129.
F quantity 49 grams
F percent 20 percent
F quantity 310mAh
F duration seven hours
F duration 11 hours
F quantity 120Hz
F quantity 1,200 nits
F number 2.5
F money $129
> “We didn’t want to build a computer for your face,” Ingrid Solvang-Marsh, Halden’s head of product, told The Verge. “We wanted to build the best screen you can carry in a pocket, and then make it disappear.” She said the company tested 14 frame prototypes over 26 months.
Q direct Ingrid Solvang-Marsh :: “We didn’t want to build a computer for your face,”
P full Ingrid Solvang-Marsh
O company Halden
O media The Verge
Q direct Ingrid Solvang-Marsh :: “We wanted to build the best screen you can carry in a pocket, and then make it disappear.”
F number 14
F duration 26 months
> There is no camera, and that was deliberate. “The first question everybody asks about glasses with a camera is, ‘Are you recording me?’ We didn’t want our customers to have to answer that,” she said. The Vista works with Android phones and the iPhone over USB-C, and Halden says a wireless version is “not on the roadmap for 2043.”
Q direct Ingrid Solvang-Marsh :: “The first question everybody asks about glasses with a camera is, ‘Are you recording me?’ We didn’t want our customers to have to answer that,”
O company Halden
Q direct Halden :: “not on the roadmap for 2043.”
F date 2043
> I wore a preproduction pair for about two hours on a flight from New York to Chicago. Text was sharp at the center and a little soft at the edges, and the dimming shade cut glare from the window to almost nothing. Tomasz Wierzbicki, who reviews headsets for the German site DisplayBench, had a similar verdict after a week with an earlier unit. “It’s the first pair I’d actually pack,” he said, though he called the speakers “tinny.”
F duration two hours
L city New York
L city Chicago
P full Tomasz Wierzbicki
O media DisplayBench
Q direct Tomasz Wierzbicki :: “It’s the first pair I’d actually pack,”
Q direct Tomasz Wierzbicki :: “tinny.”
> Display glasses remain a niche. Counterpoint Research estimates that 3.4 million pairs of smart glasses shipped worldwide in 2042, up 61 percent from a year earlier, and that fewer than 18 percent had a display.
O company Counterpoint Research
F number 3.4 million
F date 2042
F percent 61 percent
F percent 18 percent
> “Display glasses are where smartwatches were around 2015,” said Ravi Menon-Adeyemi, a senior analyst at Counterpoint. “Halden doesn’t need to sell millions. It needs to sell 200,000 and prove people wear them outside the house.”
Q direct Ravi Menon-Adeyemi :: “Display glasses are where smartwatches were around 2015,”
F date 2015
P full Ravi Menon-Adeyemi
O company Counterpoint
Q direct Ravi Menon-Adeyemi :: “Halden doesn’t need to sell millions. It needs to sell 200,000 and prove people wear them outside the house.”
O company Halden
F number 200,000
> Preorders open today at 10AM ET on Halden’s website, with a two-year warranty and a 30-day return window. Apple, Samsung, and Meta are all rumored to be working on rival glasses.
F time 10AM ET
O company Halden
F duration two-year
F duration 30-day
O company Apple
O company Samsung
O company Meta
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
