#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval97 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval97/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['625-thika-road-matatu-strike-cashless-fares-ntsa-githurai-45-kiambu-daily-nation'] = r'''
> Kiambu
L region Kiambu
> Commuters stranded as Thika Road matatus strike over cashless fare rule
L street Thika Road
> What you need to know:
> Operators say the NTSA directive, which takes effect on August 1, will cost each vehicle up to Sh3,000 a day in transaction charges.
O government NTSA
F date August 1
F money Sh3,000
> Hundreds of commuters walked from Githurai 45 and Roysambu to the city centre.
L city Githurai 45
L city Roysambu
> By Brian Otieno Ouma
P full Brian Otieno Ouma
> Nation Media Group
O media Nation Media Group
> Tuesday, July 6, 2038
F date July 6, 2038
> Commuters walk along the Thika Superhighway near Roysambu after matatus stayed off the road on Monday. Photo credit: Wanjiku Ng'ang'a | Nation Media Group
L street Thika Superhighway
L city Roysambu
P full Wanjiku Ng'ang'a
O media Nation Media Group
> Thousands of commuters on the Thika Superhighway were forced to walk or pay double fares to boda boda riders on Monday after matatu operators pulled more than 2,000 vehicles off the road in protest against a new cashless fare rule.
L street Thika Superhighway
F number 2,000
> The strike, called by saccos that run the 42-kilometre route between Nairobi and Thika, paralysed transport in Ruiru, Juja, Kahawa West, Githurai 45 and Roysambu from 5am. By 9am the queues at the Kencom and Odeon stages in the city centre had vanished, and several offices on Moi Avenue and Tom Mboya Street said more than half of their staff had not reported to work.
F quantity 42-kilometre
L city Nairobi
L city Thika
L city Ruiru
L city Juja
L city Kahawa West
L city Githurai 45
L city Roysambu
F time 5am
F time 9am
L facility Kencom
L facility Odeon
L street Moi Avenue
L street Tom Mboya Street
F fraction half
> The National Transport and Safety Authority (NTSA) last month gave all public service vehicles in the Nairobi Metropolitan Area until August 1 to stop accepting cash. Conductors will instead collect fares through mobile money or prepaid cards linked to a central system, which the authority says will end extortion at the stages and help it track vehicles that exceed 80km/h.
O government National Transport and Safety Authority
O government NTSA
L region Nairobi Metropolitan Area
F date August 1
F quantity 80km/h
> “We are not against technology. We are against being robbed twice,” said Mr Samuel Kariuki Njoroge, the chairman of the Thika Road Matatu Operators Alliance, which brings together 23 saccos. “The system provider will take 2.5 per cent of every fare. On a Sh100 fare, that is Sh2.50 that the owner was using to pay the loan on the vehicle.”
Q direct Samuel Kariuki Njoroge :: “We are not against technology. We are against being robbed twice,”
P full Samuel Kariuki Njoroge
O nonprofit Thika Road Matatu Operators Alliance
F number 23
Q direct Samuel Kariuki Njoroge :: “The system provider will take 2.5 per cent of every fare. On a Sh100 fare, that is Sh2.50 that the owner was using to pay the loan on the vehicle.”
F percent 2.5 per cent
F money Sh100
F money Sh2.50
> Mr Njoroge said a 33-seater on the route makes about 14 trips a day and that each owner stood to lose between Sh2,000 and Sh3,000 daily.
P partial Njoroge
F number 33
F number 14
F money Sh2,000
F money Sh3,000
> “Who will pay that in the end? The passenger,” he said.
Q direct Samuel Kariuki Njoroge :: “Who will pay that in the end? The passenger,”
> In a statement on Monday evening, NTSA said the directive would take effect “as scheduled” and warned that vehicles found collecting cash after the deadline would have their licences suspended for 30 days. The authority said the fee would be capped at one per cent and paid by the system operator, not by vehicle owners.
O government NTSA
Q direct National Transport and Safety Authority :: “as scheduled”
F duration 30 days
F percent one per cent
> “Cash is where the problem starts. It is the cash that goes to cartels at the stage and to officers on the road,” NTSA Director-General Faith Chepkoech Rotich told the Nation.
Q direct Faith Chepkoech Rotich :: “Cash is where the problem starts. It is the cash that goes to cartels at the stage and to officers on the road,”
O government NTSA
P full Faith Chepkoech Rotich
O media Nation
> Commuters bore the brunt of the standoff. At Githurai 45, where the stage usually clears its morning queue in minutes, Ms Grace Wambui Kamau waited for two hours before she gave up.
L city Githurai 45
P full Grace Wambui Kamau
F duration two hours
> “I start my shift at 7am and it is now 8.30 and I am still here,” said Ms Kamau, 34, a nurse at Kenyatta National Hospital. “I paid Sh300 to a boda boda to get to Roysambu, and now there is nothing from Roysambu either.
Q direct Grace Wambui Kamau :: “I start my shift at 7am and it is now 8.30 and I am still here,”
F time 7am
F time 8.30
P partial Kamau
F age 34
O other Kenyatta National Hospital
Q direct Grace Wambui Kamau :: “I paid Sh300 to a boda boda to get to Roysambu, and now there is nothing from Roysambu either.
F money Sh300
L city Roysambu
L city Roysambu
> “Whoever is fighting, let them fight in an office, not on the road.”
Q direct Grace Wambui Kamau :: “Whoever is fighting, let them fight in an office, not on the road.”
> Boda boda riders doubled their charges for much of the day. A rider at the Kahawa West stage, who did not want to be named, said he had made Sh4,500 by noon, “more than in a whole week in June”.
L city Kahawa West
F money Sh4,500
Q direct - :: “more than in a whole week in June”
> Matatu culture on the route has long set operators against the authorities. Owners of the brightly painted, music-blaring vehicles known as “nganya” say they were singled out in a crackdown in March, when 412 vehicles were impounded over loud music and graffiti.
Q scare - :: “nganya”
F number 412
> Mr Dennis Mwaura Gitau, the chairman of the Matatu Owners Association (MOA), said the industry had asked the authority for a six-month pilot on two routes before the rule is extended to the whole metropolitan area.
P full Dennis Mwaura Gitau
O nonprofit Matatu Owners Association
O nonprofit MOA
F duration six-month
F number two
> “We have written to the Cabinet Secretary three times and we have not received a reply,” he said.
Q direct Dennis Mwaura Gitau :: “We have written to the Cabinet Secretary three times and we have not received a reply,”
F number three
> Police said a truce was reached at about 3pm after a meeting at Kasarani police station between the operators, NTSA officials and the Nairobi regional police commander, Mr Joseph Kirui Langat. Some matatus were back on the road by 4.30pm, although the alliance said its members would withdraw their vehicles again on Thursday if the directive is not suspended.
F time 3pm
L facility Kasarani
O government NTSA
L city Nairobi
P full Joseph Kirui Langat
F time 4.30pm
> Kiambu Governor Esther Nyokabi Mbugua, whose county collects about Sh180 million a year in matatu parking fees, urged both sides to return to the table. “The people of Ruiru and Juja cannot be held hostage every time there is a quarrel in Nairobi,” she said.
L region Kiambu
P full Esther Nyokabi Mbugua
F money Sh180 million
Q direct Esther Nyokabi Mbugua :: “The people of Ruiru and Juja cannot be held hostage every time there is a quarrel in Nairobi,”
L city Ruiru
L city Juja
L city Nairobi
> According to NTSA, 61 per cent of matatu fares in Nairobi are already paid through M-Pesa or other mobile wallets, up from 38 per cent in 2035.
O government NTSA
F percent 61 per cent
L city Nairobi
F percent 38 per cent
F date 2035
'''

ARTICLES['626-argentine-wine-exports-20-year-low-mendoza-hail-uco-valley-inv-malbec-buenos-aires-times'] = r'''
> ECONOMY
> Argentine wine exports slide to 20-year low as hail and strong peso bite
F duration 20-year
> Shipments fell 14.2 percent in 2038 to 203 million litres; Mendoza wineries look to Brazil and China to make up the loss.
F percent 14.2 percent
F date 2038
F quantity 203 million litres
L region Mendoza
L country Brazil
L country China
> BY VALENTINA ROSSI ECHEGARAY
P full VALENTINA ROSSI ECHEGARAY
> 14-03-2039 11:25
F date 14-03-2039
F time 11:25
> Harvesters at work in a vineyard in Tupungato, in Mendoza's Uco Valley. Photo: NA
L city Tupungato
L region Mendoza
L geo Uco Valley
O media NA
> Argentina's wine exports fell to their lowest level in two decades last year, as a February hailstorm in Mendoza and a stronger peso squeezed the wineries that sell abroad, according to figures released on Monday by the National Viticulture Institute (INV).
L country Argentina
F duration two decades
L region Mendoza
O government National Viticulture Institute
O government INV
> Shipments of bottled and bulk wine totalled 203 million litres in 2038, down 14.2 percent from a year earlier and the smallest volume since 2018. Their value dropped 9.8 percent to US$671 million, as higher prices for premium Malbec partly offset the fall in bulk sales.
F quantity 203 million litres
F date 2038
F percent 14.2 percent
F date 2018
F percent 9.8 percent
F money US$671 million
> Bulk wine, most of it sold to the United States and the United Kingdom for blending and bottling, fell by more than a third to 41 million litres. "The bulk business is finished at this exchange rate," said Ricardo Tomasetti Quiroga, president of Bodegas de Argentina, the wineries' chamber. "A litre of bulk Malbec from Mendoza costs us 48 cents more to make than it did in 2036, in dollars. The Chileans and the South Africans sell it for less."
L country United States
L country United Kingdom
F fraction a third
F quantity 41 million litres
Q direct Ricardo Tomasetti Quiroga :: "The bulk business is finished at this exchange rate,"
P full Ricardo Tomasetti Quiroga
O nonprofit Bodegas de Argentina
Q direct Ricardo Tomasetti Quiroga :: "A litre of bulk Malbec from Mendoza costs us 48 cents more to make than it did in 2036, in dollars. The Chileans and the South Africans sell it for less."
L region Mendoza
F money 48 cents
F date 2036
> The INV report put last year's harvest at 16.9 million quintals of grapes, 11 percent below 2037. The February 9 hailstorm alone destroyed an estimated 24,000 hectares of vines in the departments of Tunuyán, Tupungato and San Carlos, the heart of the Uco Valley, where many of the country's export labels source their fruit.
O government INV
F quantity 16.9 million quintals
F percent 11 percent
F date 2037
F date February 9
F quantity 24,000 hectares
L region Tunuyán
L region Tupungato
L region San Carlos
L geo Uco Valley
> Growers there say the damage will be felt for two vintages, because vines stripped by hail bear less fruit the following season. "In 40 minutes we lost what we had worked for all year," said Lucía Bertolotti, 52, whose family farms 38 hectares in Los Chacayes. "The insurance pays half of what the grapes were worth. The other half we owe the bank."
F number two
Q direct Lucía Bertolotti :: "In 40 minutes we lost what we had worked for all year,"
F duration 40 minutes
P full Lucía Bertolotti
F age 52
F quantity 38 hectares
L city Los Chacayes
Q direct Lucía Bertolotti :: "The insurance pays half of what the grapes were worth. The other half we owe the bank."
F fraction half
F fraction half
> For premium wineries, Brazil and China have taken up part of the slack. Exports to Brazil, now Argentina's largest market by value, rose 6.1 percent to US$118 million, helped by Mercosur's zero tariff, while sales to China grew for a third straight year, to 9.4 million litres.
L country Brazil
L country China
L country Brazil
L country Argentina
F percent 6.1 percent
F money US$118 million
O intergovernmental Mercosur
L country China
F quantity 9.4 million litres
> Wines of Argentina, the body that promotes the country's labels abroad, said in a statement that it expected "a slow recovery, led by bottled wine above US$15 a bottle," and that it would open an office in Shanghai in June.
O nonprofit Wines of Argentina
Q direct Wines of Argentina :: "a slow recovery, led by bottled wine above US$15 a bottle,"
F money US$15
L city Shanghai
> The peso's real appreciation against the dollar remains the industry's main complaint. Economists at Fundación Mediterránea in Córdoba estimate that the exchange rate exporters receive is 27 percent stronger in real terms than its 2036 average, eroding margins in regional economies from Río Negro pears to Salta tobacco and the wineries of Mendoza and San Juan.
O nonprofit Fundación Mediterránea
L city Córdoba
F percent 27 percent
F date 2036
L region Río Negro
L region Salta
L region Mendoza
L region San Juan
> Economy Ministry officials, who asked not to be named, told the Times that the government was studying a temporary cut in the 4.5 percent export duty on wine. "It is on the table, but so are many things," one of them said.
O government Economy Ministry
O media Times
F percent 4.5 percent
Q direct - :: "It is on the table, but so are many things,"
> Tomasetti said the chamber would ask for the duty to be scrapped, not cut. "Every other wine country in the world subsidises its exports. We tax ours," he said.
P partial Tomasetti
Q direct Ricardo Tomasetti Quiroga :: "Every other wine country in the world subsidises its exports. We tax ours,"
> For Bertolotti, help cannot come soon enough. "My grandfather planted these vines in 1961, when Tupungato had more horses than tractors," she said. "I am not going to be the one who pulls them out."
P partial Bertolotti
Q direct Lucía Bertolotti :: "My grandfather planted these vines in 1961, when Tupungato had more horses than tractors,"
F date 1961
L city Tupungato
Q direct Lucía Bertolotti :: "I am not going to be the one who pulls them out."
> – TIMES/NA
O media TIMES
O media NA
'''

ARTICLES['627-worcestershire-rapids-beat-derbyshire-falcons-t20-blast-ul-haq-new-road-scorecard-worcester-news'] = r'''
> Cricket
> Rapids hold their nerve to sink Falcons at New Road
O team Rapids
O team Falcons
L facility New Road
> Zain ul Haq hits career-best 71 as Worcestershire keep Blast hopes alive
P full Zain ul Haq
F number 71
O team Worcestershire
O other Blast
> By Tom Harrington-Cole
P full Tom Harrington-Cole
> Sports reporter
> Published: 12th June 2038
F date 12th June 2038
> Worcestershire Rapids' Zain ul Haq on his way to 71 against Derbyshire Falcons at New Road. Picture: Paul Ridgeway
O team Worcestershire Rapids
P full Zain ul Haq
F number 71
O team Derbyshire Falcons
L facility New Road
P full Paul Ridgeway
> ZAIN ul Haq struck a career-best 71 and Ethan Pollard held his nerve in the final over as Worcestershire Rapids kept their Blast quarter-final hopes alive with a 14-run win over Derbyshire Falcons in front of a sell-out New Road crowd last night.
P full ZAIN ul Haq
F number 71
P full Ethan Pollard
O team Worcestershire Rapids
O other Blast
F number 14
O team Derbyshire Falcons
L facility New Road
> The Pears, put in on a slow pitch, were wobbling at 48-3 in the seventh over before ul Haq and captain Sam Whitcombe added 92 in 9.3 overs for the fourth wicket.
O team Pears
F score 48-3
P partial ul Haq
P full Sam Whitcombe
F number 92
F number 9.3
> The 24-year-old, born in Kidderminster to parents from Mirpur, hit six fours and four sixes in a 43-ball innings before he picked out long-on off the leg-spinner Ghulam Rasool Stanikzai.
F age 24-year-old
L city Kidderminster
L city Mirpur
F number six
F number four
F number 43
P full Ghulam Rasool Stanikzai
> “I’ve been batting at five all season and waiting for a night like this,” ul Haq said. “Sam took the pressure off at the other end. When he’s hitting it like that they have to bowl at him, and I get my pick.”
Q direct Zain ul Haq :: “I’ve been batting at five all season and waiting for a night like this,”
P partial ul Haq
Q direct Zain ul Haq :: “Sam took the pressure off at the other end. When he’s hitting it like that they have to bowl at him, and I get my pick.”
P partial Sam
> Whitcombe’s 58 from 31 balls included three sixes over the short boundary at the Diglis End, and a late flurry from Josh Amankwah, who made 24 not out from 11 balls, lifted the hosts to 186-6.
P partial Whitcombe
F number 58
F number 31
F number three
L facility Diglis End
P full Josh Amankwah
F number 24
F number 11
F score 186-6
> Derbyshire’s reply was built on a brisk 67 from captain Luke Ferreira, but the Falcons lost four wickets for 19 runs in the 14th and 15th overs, three of them to the Dutch left-armer Floris van den Akker.
O team Derbyshire
F number 67
P full Luke Ferreira
O team Falcons
F number four
F number 19
F number three
P full Floris van den Akker
> Van den Akker finished with 3-27, and the visitors needed 23 from the last over with two wickets left.
P partial Van den Akker
F score 3-27
F number 23
F number two
> Pollard, who had gone for 19 in his previous over, was hit for a six by Tayyab Mirza first ball but gave away only two more runs as the Falcons closed on 172-8.
P partial Pollard
F number 19
P full Tayyab Mirza
F number two
O team Falcons
F score 172-8
> “To be honest I didn’t look at the scoreboard once,” said Pollard, 21. “Floris told me to go full and straight, and if they hit it, they hit it.”
Q direct Ethan Pollard :: “To be honest I didn’t look at the scoreboard once,”
P partial Pollard
F age 21
Q direct Ethan Pollard :: “Floris told me to go full and straight, and if they hit it, they hit it.”
P partial Floris
> Worcestershire head coach Graham Oduya said the win, their fifth in nine group games, had come at the right time with two home fixtures left. “We talked all week about being brave with the bat, and tonight we were,” he said.
O team Worcestershire
P full Graham Oduya
F number nine
F number two
Q direct Graham Oduya :: “We talked all week about being brave with the bat, and tonight we were,”
> The Rapids move up to 10 points, level with Northamptonshire Steelbacks, and travel to Birmingham Bears at Edgbaston on Thursday.
O team Rapids
F number 10
O team Northamptonshire Steelbacks
O team Birmingham Bears
L facility Edgbaston
> A crowd of 4,950 was the club’s biggest for a Blast game since the Severn flooded the ground in 2034.
F number 4,950
O other Blast
L geo Severn
F date 2034
> SCORECARD
> WORCESTERSHIRE RAPIDS
O team WORCESTERSHIRE RAPIDS
> J Tennant c Mirza b Osei-Bonsu 10 (10)
P full J Tennant
P partial Mirza
P partial Osei-Bonsu
F number 10
F number 10
> R Kettle lbw b Stanikzai 7 (9)
P full R Kettle
P partial Stanikzai
F number 7
F number 9
> O Pratt† c Ferreira b Hollins 8 (11)
P full O Pratt
P partial Ferreira
P partial Hollins
F number 8
F number 11
> Z ul Haq c Dunmore b Stanikzai 71 (43)
P full Z ul Haq
P partial Dunmore
P partial Stanikzai
F number 71
F number 43
> S Whitcombe* run out (Ferreira/Mirza) 58 (31)
P full S Whitcombe
P partial Ferreira
P partial Mirza
F number 58
F number 31
> J Amankwah not out 24 (11)
P full J Amankwah
F number 24
F number 11
> F van den Akker c & b Osei-Bonsu 0 (3)
P full F van den Akker
P partial Osei-Bonsu
F number 0
F number 3
> C Breen not out 0 (3)
P full C Breen
F number 0
F number 3
> Extras (lb 2, w 5, nb 1) 8
F number 2
F number 5
F number 1
F number 8
> Total (6 wkts, 20 overs) 186
F number 6
F number 20
F score 186
> Did not bat: E Pollard, M Devereux, T Okafor-Hume
P full E Pollard
P full M Devereux
P full T Okafor-Hume
> Fall of wickets: 1-17, 2-31, 3-48, 4-140, 5-162, 6-163
F score 1-17
F score 2-31
F score 3-48
F score 4-140
F score 5-162
F score 6-163
> Bowling: Osei-Bonsu 4-0-39-2, Hollins 4-0-42-1, Stanikzai 4-0-24-2, Dunmore 3-0-35-0, Mirza 4-0-31-0, Ferreira 1-0-13-0
P partial Osei-Bonsu
F score 4-0-39-2
P partial Hollins
F score 4-0-42-1
P partial Stanikzai
F score 4-0-24-2
P partial Dunmore
F score 3-0-35-0
P partial Mirza
F score 4-0-31-0
P partial Ferreira
F score 1-0-13-0
> DERBYSHIRE FALCONS
O team DERBYSHIRE FALCONS
> L Ferreira* c Pratt b van den Akker 67 (44)
P full L Ferreira
P partial Pratt
P partial van den Akker
F number 67
F number 44
> H Dunmore c Whitcombe b Okafor-Hume 6 (7)
P full H Dunmore
P partial Whitcombe
P partial Okafor-Hume
F number 6
F number 7
> D Marchetti b Devereux 28 (20)
P full D Marchetti
P partial Devereux
F number 28
F number 20
> K Rhodes-Adeyemi c Amankwah b van den Akker 11 (9)
P full K Rhodes-Adeyemi
P partial Amankwah
P partial van den Akker
F number 11
F number 9
> W Thackeray lbw b van den Akker 0 (2)
P full W Thackeray
P partial van den Akker
F number 0
F number 2
> J Greatorex† st Pratt b Breen 4 (5)
P full J Greatorex
P partial Pratt
P partial Breen
F number 4
F number 5
> G R Stanikzai c ul Haq b Pollard 17 (11)
P full G R Stanikzai
P partial ul Haq
P partial Pollard
F number 17
F number 11
> T Mirza not out 24 (13)
P full T Mirza
F number 24
F number 13
> N Hollins c Breen b Pollard 5 (6)
P full N Hollins
P partial Breen
P partial Pollard
F number 5
F number 6
> A Osei-Bonsu not out 3 (3)
P full A Osei-Bonsu
F number 3
F number 3
> Extras (b 1, lb 2, w 4) 7
F number 1
F number 2
F number 4
F number 7
> Total (8 wkts, 20 overs) 172
F number 8
F number 20
F score 172
> Did not bat: J Dunnett
P full J Dunnett
> Fall of wickets: 1-19, 2-71, 3-112, 4-118, 5-118, 6-131, 7-150, 8-161
F score 1-19
F score 2-71
F score 3-112
F score 4-118
F score 5-118
F score 6-131
F score 7-150
F score 8-161
> Bowling: Okafor-Hume 4-0-33-1, Devereux 4-0-36-1, van den Akker 4-0-27-3, Breen 4-0-30-1, Pollard 4-0-43-2
P partial Okafor-Hume
F score 4-0-33-1
P partial Devereux
F score 4-0-36-1
P partial van den Akker
F score 4-0-27-3
P partial Breen
F score 4-0-30-1
P partial Pollard
F score 4-0-43-2
> Result: Worcestershire Rapids won by 14 runs
O team Worcestershire Rapids
F number 14
> Toss: Derbyshire Falcons
O team Derbyshire Falcons
> Player of the match: Z ul Haq
P full Z ul Haq
> Umpires: R Pennock, S Adebayo-Clarke
P full R Pennock
P full S Adebayo-Clarke
'''

ARTICLES['628-luing-ferry-breakdown-cuan-sound-creel-boat-argyll-and-bute-council-seil-press-and-journal'] = r'''
> Highlands & Islands
L region Highlands & Islands
> ‘Our children are crossing in a fishing boat’: Luing ferry out for third week
Q direct Mòrag Sinclair :: ‘Our children are crossing in a fishing boat’
L geo Luing
> Argyll and Bute Council says the 49-year-old vessel on the Cuan Sound crossing will not be back before March 1, as islanders count the cost.
O government Argyll and Bute Council
F duration 49-year-old
L geo Cuan Sound
F date March 1
> By Eilidh MacCorquodale
P full Eilidh MacCorquodale
> January 19 2039, 6.00am Updated: January 19 2039, 10.27am
F date January 19 2039
F time 6.00am
F date January 19 2039
F time 10.27am
> The slipway at North Cuan on Luing, with the chartered creel boat alongside. Image: Ruaridh Beaton/DC Thomson
L city North Cuan
L geo Luing
P full Ruaridh Beaton
O media DC Thomson
> Islanders on Luing say they have been “abandoned” after the council-run ferry to Seil broke down for the third time in a year, leaving the school run, GP appointments and a slate quarry dependent on a chartered fishing boat.
L geo Luing
Q direct - :: “abandoned”
L geo Seil
> The island’s only car ferry has been out of service since December 29, when a hydraulic ram on its ramp failed as it berthed at South Cuan on Seil. Argyll and Bute Council told residents on Monday that a replacement part had to be made in Norway and that the ferry was not expected back before March 1.
F date December 29
L city South Cuan
L geo Seil
O government Argyll and Bute Council
L country Norway
F date March 1
> The Cuan Sound is only 200 metres wide, but its tide runs at up to seven knots on springs, and the crossing is one of the most exposed on the council’s network of small ferries.
L geo Cuan Sound
F quantity 200 metres
F quantity seven knots
> About 190 people live on Luing, most of them in the villages of Cullipool and Toberonochy. Since the breakdown the council has chartered a 10-metre creel boat, the Morven Lass, which can carry 12 passengers but no vehicles, on a reduced timetable of eight return sailings a day between 7.30am and 6pm.
F number 190
L geo Luing
L city Cullipool
L city Toberonochy
F quantity 10-metre
F number 12
F number eight
F time 7.30am
F time 6pm
> “Our children are crossing in a fishing boat in January, in the dark, and then sitting on a bus for 40 minutes to Oban,” said Mòrag Sinclair, whose son and daughter attend Oban High School. “Nobody at the council would put up with that for their own kids.”
Q direct Mòrag Sinclair :: “Our children are crossing in a fishing boat in January, in the dark, and then sitting on a bus for 40 minutes to Oban,”
F duration 40 minutes
L city Oban
P full Mòrag Sinclair
O education Oban High School
Q direct Mòrag Sinclair :: “Nobody at the council would put up with that for their own kids.”
> The island’s slate quarry, which reopened in 2036 and employs 11 people, has stopped shipping stone. Its manager, Calum Buchanan, said orders worth £38,000 were sitting on the pier at Cullipool.
F date 2036
F number 11
P full Calum Buchanan
F money £38,000
L city Cullipool
> “We have lorries booked and nothing to put on them. If this goes into March, we will have to lay people off,” he said.
Q direct Calum Buchanan :: “We have lorries booked and nothing to put on them. If this goes into March, we will have to lay people off,”
> NHS Highland said patients from Luing with appointments at Lorn and Islands Hospital in Oban would be offered video consultations “where clinically appropriate”.
O government NHS Highland
L geo Luing
O other Lorn and Islands Hospital
L city Oban
Q direct NHS Highland :: “where clinically appropriate”
> The council’s head of roads and infrastructure, Fiona Drummond-Laing, apologised to islanders. “The vessel is 49 years old and parts for her are no longer made off the shelf. We are doing everything we can to get her back safely and as quickly as possible,” she said.
P full Fiona Drummond-Laing
Q direct Fiona Drummond-Laing :: “The vessel is 49 years old and parts for her are no longer made off the shelf. We are doing everything we can to get her back safely and as quickly as possible,”
F duration 49 years
> She said a business case for a replacement ferry, estimated at £6.4m, would go to the council’s environment, development and infrastructure committee in April, and the authority would ask Transport Scotland to meet most of the cost.
F money £6.4m
O government Transport Scotland
> Oban South and the Isles councillor Neil MacAskill said islanders had been promised a new vessel since 2031.
L region Oban South and the Isles
P full Neil MacAskill
F date 2031
> “Every winter we get the same letter and the same apology,” he said. “Luing is not asking for a bridge. It is asking for a boat that works.”
Q direct Neil MacAskill :: “Every winter we get the same letter and the same apology,”
Q direct Neil MacAskill :: “Luing is not asking for a bridge. It is asking for a boat that works.”
L geo Luing
> Seil, by contrast, has been joined to the mainland since the 1790s by the Clachan Bridge, the single-arch crossing known to visitors as the “Bridge over the Atlantic”.
L geo Seil
F date 1790s
L facility Clachan Bridge
Q scare - :: “Bridge over the Atlantic”
L geo Atlantic
> A council spokeswoman said the charter of the Morven Lass costs £1,450 a day and that fares had been suspended until the ferry returns. The normal return fare for a car and driver is £11.20.
F money £1,450
F money £11.20
'''

ARTICLES['629-batanes-typhoon-ulysa-itbayat-cut-off-relief-basco-dswd-ocd-coast-guard-inquirer'] = r'''
> Regions
> Itbayat still cut off 5 days after ‘Ulysa’; relief goods stuck in Basco
L city Itbayat
F duration 5 days
Q scare - :: ‘Ulysa’
L city Basco
> By: Joan Marie Dela Torre-Abad - Correspondent / @inqnational
P full Joan Marie Dela Torre-Abad
> Philippine Daily Inquirer / 04:52 AM October 04, 2038
O media Philippine Daily Inquirer
F time 04:52 AM
F date October 04, 2038
> STONE STILL STANDING — Traditional Ivatan stone houses in Sabtang survived Typhoon “Ulysa,” but most wooden homes on the island lost their roofs. —PHOTO COURTESY OF BATANES PDRRMO
L city Sabtang
Q scare - :: “Ulysa,”
O government BATANES PDRRMO
> BASCO, Batanes — Five days after Typhoon “Ulysa” (international name: Sanlan) tore across the country’s northernmost province, residents of Itbayat were still waiting on Sunday for the first boatload of food, as waves of up to 6 meters kept relief vessels in port here.
L city BASCO
L region Batanes
F duration Five days
Q scare - :: “Ulysa”
L city Itbayat
F quantity 6 meters
> The Office of Civil Defense (OCD) in Cagayan Valley said at least 1,846 houses in the province’s six towns were damaged, 412 of them totally, and that losses in crops, livestock and fishing boats had reached P186.4 million as of Saturday.
O government Office of Civil Defense
O government OCD
L region Cagayan Valley
F number 1,846
F number six
F number 412
F money P186.4 million
> Two people were killed: a 67-year-old fisherman who was swept off the pier in Mahatao and a 9-year-old girl who was hit by a falling acacia branch in Ivana.
F number Two
F age 67-year-old
L city Mahatao
F age 9-year-old
L city Ivana
> Ulysa made landfall over Itbayat at 11:40 p.m. on Tuesday with maximum sustained winds of 205 kilometers per hour and gusts of up to 250 kph, according to the state weather bureau PAGASA, which had raised Signal No. 5 over the province, the highest level in its warning system.
L city Itbayat
F time 11:40 p.m.
F quantity 205 kilometers per hour
F quantity 250 kph
O government PAGASA
> Itbayat, home to about 2,900 people, lies 56 kilometers north of Basco across open sea and has no harbor for large vessels. Its only landing, the cliff-side Paganaman port, can be used only when the sea is calm.
L city Itbayat
F number 2,900
F quantity 56 kilometers
L city Basco
L facility Paganaman
> “We have rice for three days, maybe four. After that, we will be eating camote and whatever the sea gives us,” Itbayat Mayor Rodrigo “Digoy” Castillejos said by satellite phone on Saturday. “The people here are strong, but the children are already getting sick from the water.”
Q direct Rodrigo “Digoy” Castillejos :: “We have rice for three days, maybe four. After that, we will be eating camote and whatever the sea gives us,”
F duration three days
F duration four
L city Itbayat
P full Rodrigo “Digoy” Castillejos
Q scare - :: “Digoy”
Q direct Rodrigo “Digoy” Castillejos :: “The people here are strong, but the children are already getting sick from the water.”
> The Department of Social Welfare and Development (DSWD) said 8,500 family food packs, each holding 6 kilos of rice and canned goods good for three days, had been flown to Basco aboard two Philippine Air Force C-130 planes since Thursday. But moving them the last 56 km to Itbayat requires a boat.
O government Department of Social Welfare and Development
O government DSWD
F number 8,500
F quantity 6 kilos
F duration three days
L city Basco
F number two
O government Philippine Air Force
F quantity 56 km
L city Itbayat
> “The goods are here. The problem is the last crossing,” said DSWD Cagayan Valley regional director Ma. Cristina Agudo-Ramos. “We will not send people out in a small boat in these waves just to say we did something.”
Q direct Ma. Cristina Agudo-Ramos :: “The goods are here. The problem is the last crossing,”
O government DSWD
L region Cagayan Valley
P full Ma. Cristina Agudo-Ramos
Q direct Ma. Cristina Agudo-Ramos :: “We will not send people out in a small boat in these waves just to say we did something.”
> The Philippine Coast Guard said its vessel BRP Sabtang, loaded with 600 food packs and a water purification unit, would attempt the crossing on Monday if waves off the northern tip of Batan Island drop below 3 meters.
O government Philippine Coast Guard
F number 600
L geo Batan Island
F quantity 3 meters
> In Basco, residents lined up at the provincial capitol on Saturday for drinking water, as the town’s water system remained down. The Batanes Electric Cooperative (Batanelco) said its diesel power plant was damaged and that full service could take two weeks to restore.
L city Basco
O company Batanes Electric Cooperative
O company Batanelco
F duration two weeks
> In Ivana, Elena Hornedo, 58, lost the roof of her family’s sari-sari store and the small boat her husband used to fish for dorado.
L city Ivana
P full Elena Hornedo
F age 58
> “Wala na kaming bubong, wala pang bangka,” Hornedo said. (We have no roof, and still no boat.) “In Batanes we always rebuild. But this time we do not know where to start.”
Q direct Elena Hornedo :: “Wala na kaming bubong, wala pang bangka,”
P partial Hornedo
Q direct Elena Hornedo :: “In Batanes we always rebuild. But this time we do not know where to start.”
L region Batanes
> Batanes Gov. Marites Abad-Cariño said the provincial government had released P12 million from its quick response fund and asked the Department of Agriculture for 300 fiberglass boats to replace those lost in the storm.
L region Batanes
P full Marites Abad-Cariño
F money P12 million
O government Department of Agriculture
F number 300
> “Batanes is used to typhoons, but not to being forgotten,” she said. “We have been through Signal No. 5 before. What we need now is one boat that can reach Itbayat.”
Q direct Marites Abad-Cariño :: “Batanes is used to typhoons, but not to being forgotten,”
L region Batanes
Q direct Marites Abad-Cariño :: “We have been through Signal No. 5 before. What we need now is one boat that can reach Itbayat.”
F number one
L city Itbayat
> —WITH A REPORT FROM JESSA MAE CORPUZ
P full JESSA MAE CORPUZ
'''

ARTICLES['630-liepaja-port-offshore-wind-quay-karosta-lsez-latvenergo-elwind-lsm-english'] = r'''
> Economy
> Liepāja port board backs 142-million-euro wind quay in Karosta
L city Liepāja
F money 142-million-euro
L city Karosta
> The quay would serve offshore wind farms in the Baltic Sea from 2043, but two board members and Karosta residents say the costs and the traffic have not been thought through.
L geo Baltic Sea
F date 2043
F number two
L city Karosta
> April 24, 2040, 14:17
F date April 24, 2040
F time 14:17
> Latvian Radio
O media Latvian Radio
> The former naval port in Karosta, where the quay would be built. Photo: Madara Sproģe / LETA
L city Karosta
P full Madara Sproģe
O media LETA
> The board of the Liepāja Special Economic Zone (LSEZ), which manages the port, voted 7-2 on Monday, April 23, to back a 142-million-euro heavy-lift quay on the northern bank of the Karosta canal, Latvian Radio reported.
O government Liepāja Special Economic Zone
O government LSEZ
F number 7-2
F date April 23
F money 142-million-euro
L geo Karosta
O media Latvian Radio
> The quay, 420 metres long and dredged to 13.5 metres, would be used to store and pre-assemble foundations, towers and blades for wind farms off the Latvian and Estonian coasts, including ELWIND, the joint project of the two countries that is due to deliver up to 1 GW in the 2040s.
F quantity 420 metres
F quantity 13.5 metres
F number two
F quantity 1 GW
F date 2040s
> LSEZ chief executive Kristaps Liepiņš said at least three turbine makers had asked about using the port as a base. "Liepāja is the closest Latvian port to the wind areas, and Karosta has space that Riga and Ventspils do not have," he told Latvian Radio. "If we do not build it, the work will go to Klaipėda or to Denmark."
O government LSEZ
P full Kristaps Liepiņš
F number three
Q direct Kristaps Liepiņš :: "Liepāja is the closest Latvian port to the wind areas, and Karosta has space that Riga and Ventspils do not have,"
L city Liepāja
L city Karosta
L city Riga
L city Ventspils
O media Latvian Radio
Q direct Kristaps Liepiņš :: "If we do not build it, the work will go to Klaipėda or to Denmark."
L city Klaipėda
L country Denmark
> The port expects the quay to handle up to 400,000 tonnes of components a year and to create around 350 permanent jobs. Cargo turnover in Liepāja fell to 5.1 million tonnes in 2039, down 8% on the year before, as grain and timber volumes declined.
F quantity 400,000 tonnes
F number 350
L city Liepāja
F quantity 5.1 million tonnes
F date 2039
F percent 8%
> Of the total cost, EUR 85 million is expected to come from the EU, with the rest covered by the LSEZ and a bank loan, the board said. The Ministry of Climate and Energy has said the state will not put money into the quay itself, but will pay for a 330-kilovolt grid connection to be built by transmission operator AST.
F money EUR 85 million
O intergovernmental EU
O government LSEZ
O government Ministry of Climate and Energy
F quantity 330-kilovolt
O company AST
> Both board members appointed by the Liepāja city council voted against. One of them, Dace Bērziņa, said the estimated cost had risen by a third since the first study in 2037.
L city Liepāja
P full Dace Bērziņa
F fraction a third
F date 2037
> "We are not against wind. We are against signing a blank cheque," Bērziņa said. "Nobody has a contract yet. We would be building a quay for turbines that may never be ordered.
Q direct Dace Bērziņa :: "We are not against wind. We are against signing a blank cheque,"
P partial Bērziņa
Q direct Dace Bērziņa :: "Nobody has a contract yet. We would be building a quay for turbines that may never be ordered.
> "And the people of Karosta were asked about it for the first time last week."
Q direct Dace Bērziņa :: "And the people of Karosta were asked about it for the first time last week."
L city Karosta
> Karosta, a district of around 6,000 people in the north of Liepāja, was a closed Soviet naval base until 1994 and still has some of the city's poorest housing. Residents fear that heavy loads would be carried through the district over the Kalpaka Bridge, the swing bridge across the canal that is its main link to the city centre.
L city Karosta
F number 6,000
L city Liepāja
F date 1994
L facility Kalpaka Bridge
> The LSEZ said in a statement that the components would arrive and leave by sea and that the quay would "not add a single truck" to the district's streets.
O government LSEZ
Q direct Liepāja Special Economic Zone :: "not add a single truck"
> Latvenergo, the state energy company, which hopes to build part of ELWIND, welcomed the decision. In a written comment, it said a port base "within 100 kilometres of the wind area" could cut installation costs by 10-15%.
O company Latvenergo
Q direct Latvenergo :: "within 100 kilometres of the wind area"
F quantity 100 kilometres
F percent 10-15%
> Construction could begin in 2041 if the European Commission approves the EU funding, and would take about 30 months, the board said.
F date 2041
O intergovernmental European Commission
O intergovernmental EU
F duration 30 months
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
