#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval218 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval218/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1351-have-coffee-producer-price-cocobod-volta-oti-graphic-online'] = r'''
> News
> COCOBOD Raises Coffee Producer Price By 45 Per Cent To GH¢3,900 A Bag
O government COCOBOD
F percent 45 Per Cent
F money GH¢3,900
> Author: Senyo Kwame Dzokoto
P full Senyo Kwame Dzokoto
> Nov - 09 - 2039 , 08:20
F date Nov - 09 - 2039
F time 08:20
> A farmer spreads coffee cherries to dry at Have in the Volta Region. Picture: Senyo Kwame Dzokoto
L city Have
L region Volta Region
P full Senyo Kwame Dzokoto
> THE Ghana Cocoa Board (COCOBOD) has increased the producer price of coffee by 45 per cent, from GH¢2,690 to GH¢3,900 per 60-kilogramme bag, for the 2039/40 crop year, which opens on Monday, November 14.
O government Ghana Cocoa Board
O government COCOBOD
F percent 45 per cent
F money GH¢2,690
F money GH¢3,900
F quantity 60-kilogramme
F date 2039/40
F date November 14
> The new price works out at GH¢65,000 per tonne, up from GH¢44,833. It is the first review of the coffee price since 2036 and follows a 31 per cent rise in the cocoa price announced on October 2.
F money GH¢65,000
F money GH¢44,833
F date 2036
F percent 31 per cent
F date October 2
> Announcing the price in Accra on Tuesday, the Deputy Chief Executive in charge of Agronomy and Quality Control at COCOBOD, Dr Mawuli Kpodo-Ametewee, said the board wanted to "bring coffee back from the dead" in the Volta and Oti regions.
L city Accra
O government COCOBOD
P full Mawuli Kpodo-Ametewee
Q direct Mawuli Kpodo-Ametewee :: "bring coffee back from the dead"
L region Volta
L region Oti
> "Our farmers abandoned coffee because the price did not pay for the labour. With this price, a farmer with one hectare can earn more than GH¢19,000 a season," he said. "We are also giving out two million seedlings free of charge over the next three years.
Q direct Mawuli Kpodo-Ametewee :: "Our farmers abandoned coffee because the price did not pay for the labour. With this price, a farmer with one hectare can earn more than GH¢19,000 a season,"
Q direct Mawuli Kpodo-Ametewee :: "We are also giving out two million seedlings free of charge over the next three years.
F quantity one hectare
F money GH¢19,000
F number two million
F duration three years
> "The 'coffee is for old men' story must end. Young people can make money from coffee, as their grandparents did in the 1970s."
Q direct Mawuli Kpodo-Ametewee :: "The 'coffee is for old men' story must end. Young people can make money from coffee, as their grandparents did in the 1970s."
F date 1970s
> Ghana produced about 1,850 tonnes of coffee in the 2038/39 season, against 3,400 tonnes in 2029, according to figures from the Quality Control Company (QCC), a COCOBOD subsidiary. The bulk of the crop comes from the Volta, Oti and Eastern regions, with smaller quantities from the Bono East and Western North regions.
L country Ghana
F quantity 1,850 tonnes
F date 2038/39
F quantity 3,400 tonnes
F date 2029
O government Quality Control Company
O government QCC
O government COCOBOD
L region Volta
L region Oti
L region Eastern
L region Bono East
L region Western North
> At Have, a farming town on the Hohoe road, the chief, Togbe Kwadzo Ahiabor III, welcomed the increase but said farmers were still owed for beans sold to licensed buying companies (LBCs) in March.
L city Have
L city Hohoe
P full Kwadzo Ahiabor III
> "Some of us have not been paid for five months. A good price on paper is not money in the pocket," Togbe Ahiabor said.
Q direct Kwadzo Ahiabor III :: "Some of us have not been paid for five months. A good price on paper is not money in the pocket,"
F duration five months
P partial Ahiabor
> The Volta Regional Coffee Farmers Association, which says it has 6,200 members, described the new price as "fair but late". Its secretary, Mrs Dzifa Ocloo-Yevu, 52, said input prices had almost doubled.
O nonprofit Volta Regional Coffee Farmers Association
F number 6,200
Q direct Volta Regional Coffee Farmers Association :: "fair but late"
P full Dzifa Ocloo-Yevu
F age 52
> "A bag of fertiliser that cost GH¢480 in 2037 now sells at GH¢760. We need the price and we need the inputs," she told the Daily Graphic.
Q direct Dzifa Ocloo-Yevu :: "A bag of fertiliser that cost GH¢480 in 2037 now sells at GH¢760. We need the price and we need the inputs,"
F money GH¢480
F date 2037
F money GH¢760
O media Daily Graphic
> A senior official of the Ministry of Food and Agriculture (MoFA), who asked not to be named, said 12 per cent of the new coffee levy would fund extension officers in the Oti Region. "The districts of Jasikan, Kadjebi and Biakoye need at least 40 more officers," the official said.
O government Ministry of Food and Agriculture
O government MoFA
F percent 12 per cent
L region Oti Region
Q direct - :: "The districts of Jasikan, Kadjebi and Biakoye need at least 40 more officers,"
L region Jasikan
L region Kadjebi
L region Biakoye
F number 40
> In a statement, COCOBOD said licensed buyers would receive a margin of GH¢210 per bag and a so-called "light crop" bonus of GH¢150 for beans delivered after May. Farmers offered less than the approved price should report to the nearest QCC office or to the regional office in Ho. The price, the statement added, will "remain in force until September 30, 2040".
O government COCOBOD
F money GH¢210
Q scare - :: "light crop"
F money GH¢150
O government QCC
L city Ho
Q direct Ghana Cocoa Board :: "remain in force until September 30, 2040"
F date September 30, 2040
> Farmers at Wli and Kpeve said they would wait to see the money. Mr Edem Agbeko-Fiagbe, 34, who farms four acres near Kpeve, said: "Coffee is the crop of my father. If the price stays like this, I will plant again."
L city Wli
L city Kpeve
P full Edem Agbeko-Fiagbe
F age 34
F quantity four acres
L city Kpeve
Q direct Edem Agbeko-Fiagbe :: "Coffee is the crop of my father. If the price stays like this, I will plant again."
'''

ARTICLES['1352-new-zealand-open-final-round-millbrook-cromwell-tawhiri-walsh-nz-herald'] = r'''
> Sport
> Golf: Cromwell's Ben Tāwhiri-Walsh wins New Zealand Open by one shot at Millbrook
L city Cromwell
P full Ben Tāwhiri-Walsh
F number one
L facility Millbrook
> A closing six-under 66 earned the 24-year-old his first professional title and $360,000 in prize money.
F score six-under
F score 66
F age 24-year-old
F money $360,000
> By Mikaere Stanton-Hurst
P full Mikaere Stanton-Hurst
> Golf writer·NZ Herald·
O media NZ Herald
> 4 Mar, 2040 07:15 PM
F date 4 Mar, 2040
F time 07:15 PM
> 4 mins to read
F duration 4 mins
> Ben Tāwhiri-Walsh celebrates on the 18th green at Millbrook Resort. Photo / Photosport
P full Ben Tāwhiri-Walsh
L facility Millbrook Resort
O media Photosport
> Ben Tāwhiri-Walsh grew up 60km down the road from Millbrook. On Sunday, in front of family and friends, he made the short trip count.
P full Ben Tāwhiri-Walsh
F quantity 60km
L facility Millbrook
> The 24-year-old from Cromwell closed with a six-under-par 66 on the par-72 Remarkables course to finish at 17-under 271 and win by one stroke from South Africa's Hendrik du Plessis, with Sweden's Måns Ekdahl a further two back.
F age 24-year-old
L city Cromwell
F score six-under-par
F score 66
F score par-72
L facility Remarkables
F score 17-under
F score 271
F number one
L country South Africa
P full Hendrik du Plessis
L country Sweden
P full Måns Ekdahl
F number two
> Tāwhiri-Walsh, who started the day two shots behind overnight leader Du Plessis, reached the turn in 32 and then holed a 9-metre eagle putt on the par-five 15th to take the lead for the first time.
P partial Tāwhiri-Walsh
F number two
P partial Du Plessis
F score 32
F quantity 9-metre
F score par-five
> "I've watched this tournament from behind the ropes since I was eight. My dad used to bring me over from Cromwell on the Sunday and we'd walk all 18 holes," Tāwhiri-Walsh said.
Q direct Ben Tāwhiri-Walsh :: "I've watched this tournament from behind the ropes since I was eight. My dad used to bring me over from Cromwell on the Sunday and we'd walk all 18 holes,"
F age eight
L city Cromwell
F number 18
P partial Tāwhiri-Walsh
> "On 16 my caddie, Hemi, just said, 'Breathe, bro, it's only golf.' I laughed, and I think that got me home.
Q direct Ben Tāwhiri-Walsh :: "On 16 my caddie, Hemi, just said, 'Breathe, bro, it's only golf.' I laughed, and I think that got me home.
P partial Hemi
> "To win it in front of this crowd, with half of Central Otago here, it's hard to put into words."
Q direct Ben Tāwhiri-Walsh :: "To win it in front of this crowd, with half of Central Otago here, it's hard to put into words."
F fraction half
L region Central Otago
> Du Plessis, 31, who had led by three after a third-round 65, found the water off the tee at the par-four 17th, a hole members call "the Widowmaker", and could not make the birdie he needed at the last. His closing 70 left him at 16 under.
P partial Du Plessis
F age 31
F number three
F score 65
F score par-four
Q scare - :: "the Widowmaker"
F score 70
F score 16 under
> "Ben played beautifully. I made one bad swing on 17 and that was the tournament," the South African said. "I'll be back next year. I like it here, even if the wind doesn't like me."
Q direct Hendrik du Plessis :: "Ben played beautifully. I made one bad swing on 17 and that was the tournament,"
Q direct Hendrik du Plessis :: "I'll be back next year. I like it here, even if the wind doesn't like me."
P partial Ben
F number one
> Ekdahl, the Swede who won the Qatar Masters in 2039, shot 68 to take third alone at 14 under. He called the greens "the fastest I've putted on all year".
P partial Ekdahl
F date 2039
F score 68
F score 14 under
Q direct Måns Ekdahl :: "the fastest I've putted on all year"
> The best of the other New Zealanders was Nikau Whitcombe, of Titirangi, who finished tied for eighth at nine under after a 67.
P full Nikau Whitcombe
L city Titirangi
F score nine under
F score 67
> NZ Golf chief executive Anahera Brightwell said crowds of more than 18,000 over the four days were a record for Millbrook, which has hosted the tournament since the 2010s.
O nonprofit NZ Golf
P full Anahera Brightwell
F number 18,000
F duration four days
L facility Millbrook
F date 2010s
> "When a kid from Cromwell wins, that does more for the game in this country than any campaign we could run," she said.
Q direct Anahera Brightwell :: "When a kid from Cromwell wins, that does more for the game in this country than any campaign we could run,"
L city Cromwell
> The caddie, Hemi Rangiaho, is Tāwhiri-Walsh's cousin and works as a greenkeeper in Clyde, 10 minutes from Cromwell.
P full Hemi Rangiaho
P partial Tāwhiri-Walsh
L city Clyde
F duration 10 minutes
L city Cromwell
> The win also earns Tāwhiri-Walsh a two-year exemption on the PGA Tour of Australasia and a place in the Open at Royal Portrush in July.
P partial Tāwhiri-Walsh
F duration two-year
O other PGA Tour of Australasia
L facility Royal Portrush
'''

ARTICLES['1353-chennai-metro-sholinganallur-siruseri-stretch-opens-omr-cmrl-the-hindu'] = r'''
> Chennai
L city Chennai
> Metro services begin on 10.2-km Sholinganallur-Siruseri stretch; 1.2 lakh riders expected daily
F quantity 10.2-km
L city Sholinganallur
L city Siruseri
F number 1.2 lakh
> Chief Minister flags off first train; fares range from ₹10 to ₹40, says CMRL
F money ₹10
F money ₹40
O government CMRL
> R. Vaishnavi Subramanian
P full R. Vaishnavi Subramanian
> Published - February 17, 2040 09:42 pm IST - CHENNAI
F date February 17, 2040
F time 09:42 pm IST
L city CHENNAI
> Passengers board the first train at the Sholinganallur station on Friday. | Photo Credit: M. Karunakaran Velu
L facility Sholinganallur
P full M. Karunakaran Velu
> The 10.2-km elevated stretch of Chennai Metro Rail’s Phase II between Sholinganallur and Siruseri on Old Mahabalipuram Road (OMR), often called the “IT Corridor”, was thrown open to the public on Friday (February 17, 2040), nearly 14 months after the deadline set by Chennai Metro Rail Limited (CMRL).
F quantity 10.2-km
O government Chennai Metro Rail
L city Sholinganallur
L city Siruseri
L street Old Mahabalipuram Road
L street OMR
Q scare - :: “IT Corridor”
F date February 17, 2040
F duration 14 months
O government Chennai Metro Rail Limited
O government CMRL
> Chief Minister T. Anbuselvan Rajendran flagged off the first train at 10.30 a.m. from Sholinganallur, and the stretch’s nine stations opened for passengers at 2 p.m. CMRL expects about 1.2 lakh people to use the line every day once the full 45.8-km Corridor 3 from Madhavaram is ready by December 2041.
P full T. Anbuselvan Rajendran
F time 10.30 a.m.
L facility Sholinganallur
F number nine
F time 2 p.m.
O government CMRL
F number 1.2 lakh
F quantity 45.8-km
L city Madhavaram
F date December 2041
> “For the lakhs of young people who work in the IT parks along OMR, this line will give back two hours every day,” Mr. Rajendran said. He added that the Union government had “not released a single rupee” of its share for the corridor since 2038, forcing the State to borrow.
Q direct T. Anbuselvan Rajendran :: “For the lakhs of young people who work in the IT parks along OMR, this line will give back two hours every day,”
Q direct T. Anbuselvan Rajendran :: “not released a single rupee”
L street OMR
F duration two hours
P partial Rajendran
F date 2038
> The stations on the stretch are Sholinganallur, Semmancheri, Navalur, Egattur, Kazhipattur, Padur, Siruseri, Siruseri SIPCOT and Kelambakkam Road. Trains will run every 8 minutes during peak hours and every 15 minutes at other times, from 5 a.m. to 11 p.m.
L facility Sholinganallur
L facility Semmancheri
L facility Navalur
L facility Egattur
L facility Kazhipattur
L facility Padur
L facility Siruseri
L facility Siruseri SIPCOT
L facility Kelambakkam Road
F duration 8 minutes
F duration 15 minutes
F time 5 a.m.
F time 11 p.m.
> CMRL Managing Director Parvathi Iyer-Ramanathan said the stretch had cost ₹4,860 crore, of which ₹2,310 crore came as a loan from the Japan International Cooperation Agency (JICA). “The Buckingham Canal crossing at Navalur alone took us 11 months. We had to work around the tides,” she said.
O government CMRL
P full Parvathi Iyer-Ramanathan
F money ₹4,860 crore
F money ₹2,310 crore
O government Japan International Cooperation Agency
O government JICA
Q direct Parvathi Iyer-Ramanathan :: “The Buckingham Canal crossing at Navalur alone took us 11 months. We had to work around the tides,”
L geo Buckingham Canal
L city Navalur
F duration 11 months
> Ms. Iyer-Ramanathan said fares would range from ₹10 for up to 2 km to ₹40 for journeys of more than 20 km, the same as on Phase I. Commuters using the National Common Mobility Card (NCMC) will get a 20% discount.
P partial Iyer-Ramanathan
F money ₹10
F quantity 2 km
F money ₹40
F quantity 20 km
F percent 20%
> On the first afternoon, many of the passengers were IT employees. “I used to leave home in Thoraipakkam at 7.15 a.m. and still reach Siruseri late. Today it took 19 minutes,” said S. Harini, 27, a software tester.
Q direct S. Harini :: “I used to leave home in Thoraipakkam at 7.15 a.m. and still reach Siruseri late. Today it took 19 minutes,”
L city Thoraipakkam
F time 7.15 a.m.
L city Siruseri
F duration 19 minutes
P full S. Harini
F age 27
> Residents of Semmancheri, however, complained that the station had no parking. A CMRL official, who did not wish to be named, said a multi-level parking facility for 300 two-wheelers and 80 cars would be ready “within six months”.
L city Semmancheri
O government CMRL
F number 300
F number 80
Q direct - :: “within six months”
F duration six months
> Transport activist V. Gopalakrishnan Naidu of the Chennai Commuters’ Forum called the opening “a ‘soft launch’ with hard fares” and said feeder buses of the Metropolitan Transport Corporation (MTC) were still missing at five of the nine stations.
P full V. Gopalakrishnan Naidu
O nonprofit Chennai Commuters’ Forum
Q direct V. Gopalakrishnan Naidu :: “a ‘soft launch’ with hard fares”
O government Metropolitan Transport Corporation
O government MTC
F number five
F number nine
> “A metro that ends at a highway is half a metro,” Mr. Naidu said. The MTC said 42 new feeder routes would be introduced from March 1.
Q direct V. Gopalakrishnan Naidu :: “A metro that ends at a highway is half a metro,”
F fraction half
P partial Naidu
O government MTC
F number 42
F date March 1
'''

ARTICLES['1354-laurentide-fundy-mobile-takeover-competition-bureau-review-globe-and-mail'] = r'''
> Telecom
> Laurentide’s $7.4-billion bid for Fundy Mobile faces in-depth Competition Bureau review
O company Laurentide
F money $7.4-billion
O company Fundy Mobile
O government Competition Bureau
> Watchdog issues ‘supplementary information request’ as Atlantic Canada’s lowest-priced carrier tries to sell itself to a Montreal rival
Q scare - :: ‘supplementary information request’
L region Atlantic Canada
L city Montreal
> Théo Marchessault-Diallo Telecom Reporter
P full Théo Marchessault-Diallo
> Published June 13, 2040 Updated 3 hours ago
F date June 13, 2040
F duration 3 hours
> A Fundy Mobile store in Halifax. The company has 1.9 million wireless subscribers in the four Atlantic provinces. DARREN MACISAAC-HOLT/THE GLOBE AND MAIL
O company Fundy Mobile
L city Halifax
F number 1.9 million
F number four
P full DARREN MACISAAC-HOLT
O media THE GLOBE AND MAIL
> The Competition Bureau has opened an in-depth review of Laurentide Communications Inc.’s proposed $7.4-billion takeover of Fundy Mobile Ltd., a move that could delay the deal by at least six months and test Ottawa’s promise to protect regional wireless competition.
O government Competition Bureau
O company Laurentide Communications Inc.
F money $7.4-billion
O company Fundy Mobile Ltd.
F duration six months
L city Ottawa
> In a filing on Tuesday, Montreal-based Laurentide said the bureau had issued a supplementary information request, a step that stops the clock on the review until the companies hand over internal documents, pricing data and customer-churn figures going back to 2036.
L city Montreal
O company Laurentide
F date 2036
> Laurentide, which has 6.2 million wireless subscribers in Quebec and Ontario, agreed on April 23 to pay $41.75 a share in cash for Saint John, N.B.-based Fundy, a premium of 38 per cent to the stock’s price before the deal was announced.
O company Laurentide
F number 6.2 million
L region Quebec
L region Ontario
F date April 23
F money $41.75
L city Saint John
L region N.B.
O company Fundy
F percent 38 per cent
> Fundy has about 1.9 million wireless and 410,000 home-internet customers in New Brunswick, Nova Scotia, Prince Edward Island and Newfoundland and Labrador, and has long been the cheapest of the region’s four carriers.
O company Fundy
F number 1.9 million
F number 410,000
L region New Brunswick
L region Nova Scotia
L region Prince Edward Island
L region Newfoundland and Labrador
F number four
> “We expected this. It is a big transaction in a concentrated market, and we will co-operate fully with the bureau,” Laurentide chief executive Marc-Olivier Després said in an interview. “But I want to be clear: prices in Atlantic Canada will not go up because of this deal.
Q direct Marc-Olivier Després :: “We expected this. It is a big transaction in a concentrated market, and we will co-operate fully with the bureau,”
Q direct Marc-Olivier Després :: “But I want to be clear: prices in Atlantic Canada will not go up because of this deal.
O company Laurentide
P full Marc-Olivier Després
L region Atlantic Canada
> “We are committing to freeze Fundy’s plans for three years and to spend $1.2-billion on its network by 2044.”
Q direct Marc-Olivier Després :: “We are committing to freeze Fundy’s plans for three years and to spend $1.2-billion on its network by 2044.”
O company Fundy
F duration three years
F money $1.2-billion
F date 2044
> Mr. Després, 57, said Laurentide would keep Fundy’s head office and its 2,300 employees in Saint John.
P partial Després
F age 57
O company Laurentide
O company Fundy
F number 2,300
L city Saint John
> Not everyone is convinced. Analyst Priyanka Oyelaran-Bose of Desjardins Securities wrote in a note to clients that the combined company would hold about 31 per cent of the Atlantic market and that the deal “removes the one carrier that kept everybody honest.”
P full Priyanka Oyelaran-Bose
O company Desjardins Securities
F percent 31 per cent
Q direct Priyanka Oyelaran-Bose :: “removes the one carrier that kept everybody honest.”
> The deal also needs approval from Innovation, Science and Economic Development Canada (ISED) for the transfer of Fundy’s spectrum licences and from the Canadian Radio-television and Telecommunications Commission (CRTC), which must sign off on the change of control of its small cable business.
O government Innovation, Science and Economic Development Canada
O government ISED
O company Fundy
O government Canadian Radio-television and Telecommunications Commission
O government CRTC
> A spokesperson for Industry Minister Hélène Varga-Thibodeau said the minister would “look carefully at every commitment” but would not comment on a file under review. ISED refused a similar licence transfer in 2031, the spokesperson noted.
P full Hélène Varga-Thibodeau
Q direct - :: “look carefully at every commitment”
O government ISED
F date 2031
> The Public Interest Advocacy Centre (PIAC) said it would ask the CRTC for a public hearing in Halifax. “Islanders and Newfoundlanders already pay some of the highest bills in the country,” PIAC counsel Joanna Kwarteng-Leduc said. “Three carriers is not competition. It is a club.”
O nonprofit Public Interest Advocacy Centre
O nonprofit PIAC
O government CRTC
L city Halifax
Q direct Joanna Kwarteng-Leduc :: “Islanders and Newfoundlanders already pay some of the highest bills in the country,”
Q direct Joanna Kwarteng-Leduc :: “Three carriers is not competition. It is a club.”
O nonprofit PIAC
P full Joanna Kwarteng-Leduc
F number Three
> The bureau said in a statement that it does not comment on continuing reviews but that it “takes the preservation of regional competitors very seriously.”
Q direct Competition Bureau :: “takes the preservation of regional competitors very seriously.”
> Fundy shares closed at $39.10 on the Toronto Stock Exchange on Tuesday, down 2.4 per cent, while Laurentide rose 18 cents to $27.64.
O company Fundy
F money $39.10
O company Toronto Stock Exchange
F percent 2.4 per cent
O company Laurentide
F money 18 cents
F money $27.64
'''

ARTICLES['1355-guemes-lummi-island-county-ferries-breakdown-skagit-whatcom-legislature-seattle-times'] = r'''
> Local News
> Two county ferries, no spare boat: Guemes and Lummi islanders stranded as aging fleet breaks down
F number Two
L geo Guemes
L geo Lummi
> By Kaitlyn Osterhout-Reyes, Seattle Times staff reporter
P full Kaitlyn Osterhout-Reyes
O media Seattle Times
> Originally published January 22, 2041 at 6:00 am | Updated January 22, 2041 at 1:48 pm
F date January 22, 2041
F time 6:00 am
F date January 22, 2041
F time 1:48 pm
> The Guemes, Skagit County's 21-car ferry, sits at its Anacortes dock, out of service since Jan. 9. (Luis Okonkwo-Barrera / The Seattle Times)
L region Skagit County
F number 21
L city Anacortes
F date Jan. 9
P full Luis Okonkwo-Barrera
O media The Seattle Times
> For the 800 or so people who live on Guemes Island, the trip to the mainland usually takes seven minutes. Since Jan. 9, it has taken a water taxi, a long wait and, for some, a missed chemotherapy appointment.
F number 800
L geo Guemes Island
F duration seven minutes
F date Jan. 9
> Skagit County's only car ferry, the 62-year-old Guemes, broke down that morning when a crankshaft cracked in one of its two engines. County officials say repairs will cost about $2.8 million and keep the boat out until at least April.
L region Skagit County
F duration 62-year-old
F number two
F money $2.8 million
> Twenty miles north, Whatcom County's ferry to Lummi Island has its own problem. The Whatcom Chief, built in 1962, was pulled from service in December after inspectors found corrosion in its hull, and the county is running a leased passenger boat that cannot carry cars or trucks.
F quantity Twenty miles
L region Whatcom County
L geo Lummi Island
F date 1962
> Between them, the two counties have no spare vessel. Washington State Ferries (WSF), itself short of boats, has said it cannot lend one.
F number two
O government Washington State Ferries
O government WSF
> "We are one breakdown away from an island with no car ferry at all. That's not a hypothetical anymore, it's January," said Skagit County Commissioner Raúl Esquivel-Haugen, whose district includes Guemes.
Q direct Raúl Esquivel-Haugen :: "We are one breakdown away from an island with no car ferry at all. That's not a hypothetical anymore, it's January,"
F number one
L region Skagit County
P full Raúl Esquivel-Haugen
L geo Guemes
> Esquivel-Haugen said the county had asked the Legislature for $14 million toward a new 28-car hybrid ferry, which would cost about $36 million in all. The county's own share would come from a bond and a 15% fare increase.
P partial Esquivel-Haugen
O government Legislature
F money $14 million
F number 28
F money $36 million
F percent 15%
> In Olympia, the request has support from both parties. Rep. Dana Lindqvist, D-Anacortes, and Sen. Curtis Ballard-Moe, R-Concrete, have filed matching bills that would set aside $22 million over two years for county ferries, including Pierce County's boats to Anderson and Ketron islands.
L city Olympia
P full Dana Lindqvist
L city Anacortes
P full Curtis Ballard-Moe
L city Concrete
F money $22 million
F duration two years
L region Pierce County
L geo Anderson
L geo Ketron
> "These are state highways that happen to float. The state already helps with the running costs. We're asking it to help buy the boat," Lindqvist said.
Q direct Dana Lindqvist :: "These are state highways that happen to float. The state already helps with the running costs. We're asking it to help buy the boat,"
P partial Lindqvist
> Ballard-Moe, who sits on the Senate Transportation Committee, was more cautious, noting that the transportation budget faces a $1.1 billion shortfall through 2043. "I'll fight for it. I just can't promise it," he said.
P partial Ballard-Moe
O government Senate Transportation Committee
F money $1.1 billion
F date 2043
Q direct Curtis Ballard-Moe :: "I'll fight for it. I just can't promise it,"
> On Guemes, the breakdown has changed daily life. Skagit County is running a 40-passenger water taxi, which residents have nicknamed "the lifeboat," 14 times a day, but cars stay on the island or in Anacortes, and propane and groceries come over by barge twice a week.
L geo Guemes
L region Skagit County
F number 40
Q scare - :: "the lifeboat,"
F number 14
L city Anacortes
> Marjorie Tveit, 71, who has lived on the island since 1994, said she had missed two cancer treatments in Mount Vernon. "The nurse said, 'Just come when the boat runs.' But which boat?" she said.
P full Marjorie Tveit
F age 71
F date 1994
F number two
L city Mount Vernon
Q direct Marjorie Tveit :: "The nurse said, 'Just come when the boat runs.' But which boat?"
> On Lummi Island, the Whatcom County Public Works Department said the leased boat makes 18 round trips a day and has carried 31% more foot passengers than usual. The department called the situation "manageable for now."
L geo Lummi Island
O government Whatcom County Public Works Department
F number 18
F percent 31%
Q direct Whatcom County Public Works Department :: "manageable for now."
> Islanders are less sure. "For now is doing a lot of work in that sentence," said Ingrid Halvorsen-Cole, who runs a bakery near the Lummi dock and says sales are down by half.
Q direct Ingrid Halvorsen-Cole :: "For now is doing a lot of work in that sentence,"
P full Ingrid Halvorsen-Cole
L geo Lummi
F fraction half
'''

ARTICLES['1356-scotland-nhs-waiting-lists-record-health-boards-msps-herald-glasgow'] = r'''
> News
> 'Patients are waiting in pain': Record 712,000 on NHS waiting lists in Scotland
Q direct Morven Achterberg-Reid :: 'Patients are waiting in pain'
F number 712,000
O government NHS
L country Scotland
> Health boards missed the 12-week treatment guarantee for more than half of inpatients, new figures show
F duration 12-week
F fraction half
> By Eilidh MacLeòid
P full Eilidh MacLeòid
> Health Correspondent
> Published: 18th September 2040
F date 18th September 2040
> Queen Elizabeth University Hospital in Glasgow. Image: Newsquest
O other Queen Elizabeth University Hospital
L city Glasgow
O media Newsquest
> A RECORD 712,000 patients are waiting for hospital treatment, outpatient appointments or diagnostic tests in Scotland, according to official figures published yesterday.
F number 712,000
L country Scotland
> Public Health Scotland (PHS) data for the quarter ending June 30 show that only 44.8% of inpatients and day cases were treated within the 12 weeks set by the Treatment Time Guarantee, against a legal target of 100%. The figure was 51.2% a year earlier.
O government Public Health Scotland
O government PHS
F date June 30
F percent 44.8%
F duration 12 weeks
F percent 100%
F percent 51.2%
> The longest waits were at NHS Grampian, where 14,380 people had been waiting more than two years for an operation, and at NHS Lanarkshire, where the median wait for a hip or knee replacement reached 61 weeks.
O government NHS Grampian
F number 14,380
F duration two years
O government NHS Lanarkshire
F duration 61 weeks
> NHS Greater Glasgow and Clyde (NHSGGC), the country's largest health board, reported 172,600 people on its lists. At University Hospital Wishaw, one in five A&E patients waited more than eight hours in August.
O government NHS Greater Glasgow and Clyde
O government NHSGGC
F number 172,600
O other University Hospital Wishaw
F number one
F number five
F duration eight hours
> PHS also found that 1,940 beds a day were taken up by patients fit to go home, the problem still widely called "bed-blocking".
O government PHS
F number 1,940
Q scare - :: "bed-blocking"
> Scottish Labour health spokeswoman Morven Achterberg-Reid said the figures were "a national scandal" and accused ministers of "managing decline".
O party Scottish Labour
P full Morven Achterberg-Reid
Q direct Morven Achterberg-Reid :: "a national scandal"
Q direct Morven Achterberg-Reid :: "managing decline"
> "Patients are waiting in pain, and some of them are waiting in pain for years. Behind every one of these 712,000 is a person who can't work, can't sleep or can't lift a grandchild," the Glasgow MSP said.
Q direct Morven Achterberg-Reid :: "Patients are waiting in pain, and some of them are waiting in pain for years. Behind every one of these 712,000 is a person who can't work, can't sleep or can't lift a grandchild,"
F number 712,000
L city Glasgow
> "The Health Secretary promised in 2038 that no one would wait more than a year by the end of this parliament. That promise is now in tatters.
Q direct Morven Achterberg-Reid :: "The Health Secretary promised in 2038 that no one would wait more than a year by the end of this parliament. That promise is now in tatters.
F date 2038
> "We need an honest plan, not another 'recovery framework' that nobody reads."
Q direct Morven Achterberg-Reid :: "We need an honest plan, not another 'recovery framework' that nobody reads."
> Scottish Conservative MSP Dr Alasdair McCreadie, a former GP, said the Scottish Government should use spare capacity in private hospitals "and stop pretending it is a matter of principle".
P full Alasdair McCreadie
O government Scottish Government
Q direct Alasdair McCreadie :: "and stop pretending it is a matter of principle"
> Health Secretary Fiona Drummond-Kerr said NHS Scotland had carried out 96,200 planned operations in the quarter, 6% more than in the same period of 2039, and that an extra £140 million would go to the Golden Jubilee hospital in Clydebank and to national treatment centres in Livingston and Inverness.
P full Fiona Drummond-Kerr
O government NHS Scotland
F number 96,200
F percent 6%
F date 2039
F money £140 million
O other Golden Jubilee
L city Clydebank
L city Livingston
L city Inverness
> "Every board is now seeing more patients than before the pandemic. But demand has grown faster than any of us predicted, and I will not pretend otherwise," she said.
Q direct Fiona Drummond-Kerr :: "Every board is now seeing more patients than before the pandemic. But demand has grown faster than any of us predicted, and I will not pretend otherwise,"
> A spokesman for NHS Lanarkshire said 38 theatre sessions a week had been lost since March because of anaesthetist vacancies. "We are recruiting internationally and expect to fill 12 posts by the end of the year," he said.
O government NHS Lanarkshire
F number 38
Q direct - :: "We are recruiting internationally and expect to fill 12 posts by the end of the year,"
F number 12
> BMA Scotland said the figures were "no surprise to anyone working on a ward" and warned that one in 10 consultant posts was vacant.
O nonprofit BMA Scotland
Q direct BMA Scotland :: "no surprise to anyone working on a ward"
F number one
F number 10
> Retired bus driver Tam Galbraith, 68, from Alexandria in West Dunbartonshire, has waited 26 months for a knee replacement. "I was told 18 weeks. I've stopped counting now," he told The Herald.
P full Tam Galbraith
F age 68
L city Alexandria
L region West Dunbartonshire
F duration 26 months
Q direct Tam Galbraith :: "I was told 18 weeks. I've stopped counting now,"
F duration 18 weeks
O media The Herald
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
