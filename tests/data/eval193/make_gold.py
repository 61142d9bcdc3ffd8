#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval193 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval193/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1201-cocoa-producer-price-rise-goaso-ahafo-cocobod-graphic-online'] = r'''
> News
> Cocoa Farmers Hail 38 Per Cent Price Rise, Say It Will Stop Smuggling
F percent 38 Per Cent
> Producer price for 2039/40 season set at GH¢5,200 per bag of 64 kilogrammes
F date 2039/40
F money GH¢5,200
F quantity 64 kilogrammes
> Author: Kwabena Asante-Owusu
P full Kwabena Asante-Owusu
> Oct - 01 - 2039 , 07:45
F date Oct - 01 - 2039
F time 07:45
> Opanin Kofi Boadu-Ansah spreading cocoa beans to dry at Kukuom in the Ahafo Region on Friday. Picture: Efua Bentsi-Enchill
P full Kofi Boadu-Ansah
L city Kukuom
L region Ahafo Region
P full Efua Bentsi-Enchill
> COCOA farmers in the Ahafo, Ashanti and Western North regions have welcomed the government's decision to raise the producer price of cocoa by 38 per cent for the 2039/40 crop season, saying the new price would keep their beans at home instead of across the border.
L region Ahafo
L region Ashanti
L region Western North
F percent 38 per cent
F date 2039/40
> The new price, announced in Accra last Friday by the Ghana Cocoa Board (COCOBOD), is GH¢5,200 per bag of 64 kilogrammes, up from GH¢3,770 last season. That works out at GH¢81,250 per tonne, the highest in the country's history. It takes effect from today, October 1, 2039, when the main crop season opens.
L city Accra
O government Ghana Cocoa Board
O government COCOBOD
F money GH¢5,200
F quantity 64 kilogrammes
F money GH¢3,770
F money GH¢81,250
F date October 1, 2039
> Speaking at the announcement, the Chief Executive of COCOBOD, Dr Adwoa Frimpong-Boateng, said the board expected to buy 780,000 tonnes of cocoa this season, against 612,000 tonnes in 2038/39, and had raised US$1.4 billion from a syndicated loan to pay for the purchases.
O government COCOBOD
P full Adwoa Frimpong-Boateng
F quantity 780,000 tonnes
F quantity 612,000 tonnes
F date 2038/39
F money US$1.4 billion
> "We have listened to our farmers. With this price, nobody needs to carry his cocoa through the bush to sell it in another country," she said. "Farmers will be paid within 48 hours of delivering their beans.
Q direct Adwoa Frimpong-Boateng :: "We have listened to our farmers. With this price, nobody needs to carry his cocoa through the bush to sell it in another country,"
Q direct Adwoa Frimpong-Boateng :: "Farmers will be paid within 48 hours of delivering their beans.
F duration 48 hours
> "Any licensed buying company that keeps a farmer waiting beyond two days will lose its licence. We will not go back to the days of 'pay tomorrow'."
Q direct Adwoa Frimpong-Boateng :: "Any licensed buying company that keeps a farmer waiting beyond two days will lose its licence. We will not go back to the days of 'pay tomorrow'."
F duration two days
> At Goaso, in the Asunafo North Municipality, farmers who spoke to the Daily Graphic described the increase as "long overdue".
L city Goaso
L region Asunafo North Municipality
O media Daily Graphic
Q direct - :: "long overdue"
> Opanin Boadu-Ansah, 67, who farms 12 acres at Kukuom, said he sold only 40 bags last season after the rains failed. "After paying the labourers and the sprayers, there was nothing left for me. Now, if God gives us rain, I can put my three grandchildren in school," he said.
P partial Boadu-Ansah
F age 67
F quantity 12 acres
L city Kukuom
F number 40
Q direct Kofi Boadu-Ansah :: "After paying the labourers and the sprayers, there was nothing left for me. Now, if God gives us rain, I can put my three grandchildren in school,"
F number three
> The Secretary of the Goaso Cocoa Farmers Association, Madam Akosua Nyarko, said the price was "a good start" but the government must now fix the feeder roads. "In the rainy season the trucks cannot reach us and the bags sit in the sheds for three weeks. The beans lose weight and we lose money," she said.
O nonprofit Goaso Cocoa Farmers Association
P full Akosua Nyarko
Q direct Akosua Nyarko :: "a good start"
Q direct Akosua Nyarko :: "In the rainy season the trucks cannot reach us and the bags sit in the sheds for three weeks. The beans lose weight and we lose money,"
F duration three weeks
> Madam Nyarko said about a quarter of farmers in the area sold part of their crop last season to buyers from Côte d'Ivoire, where the price reached 2,900 CFA francs a kilogramme. Others, she said, had leased their farms to illegal miners, known locally as "galamsey" operators.
P partial Nyarko
F fraction a quarter
L country Côte d'Ivoire
F money 2,900 CFA francs
Q scare - :: "galamsey"
> A senior official of COCOBOD's Cocoa Health and Extension Division (CHED), who asked not to be named because he was not authorised to speak, said smuggling cost the country an estimated 80,000 tonnes of beans in 2038/39. "With the price gap closed, the smugglers have no business. We expect most of that cocoa to come back through our sheds," the official said.
O government COCOBOD
O government Cocoa Health and Extension Division
O government CHED
F quantity 80,000 tonnes
F date 2038/39
Q direct - :: "With the price gap closed, the smugglers have no business. We expect most of that cocoa to come back through our sheds,"
> COCOBOD also raised the buyers' margin to GH¢4,100 per tonne and the hauliers' rate to GH¢3,250 per tonne. CHED will distribute 1.2 million bags of fertiliser to farmers free of charge from November, the board said.
O government COCOBOD
F money GH¢4,100
F money GH¢3,250
O government CHED
F number 1.2 million
> Cocoa earned Ghana US$3.8 billion in 2038, about 14 per cent of total export revenue.
L country Ghana
F money US$3.8 billion
F date 2038
F percent 14 per cent
'''

ARTICLES['1202-po-toi-tap-mun-kat-o-kaito-ferry-subsidy-legco-scmp'] = r'''
> Hong Kong / Transport
L city Hong Kong
> Kaito subsidy for Po Toi and Tap Mun ‘too little, too late’, lawmakers say
L geo Po Toi
L geo Tap Mun
Q direct Michelle Tong Hoi-yan :: ‘too little, too late’
> Transport Department proposes HK$96 million over three years to keep nine remote-island ferry routes running, but operators warn fares may still rise
O government Transport Department
F money HK$96 million
F duration three years
F number nine
> Natalie Kwok Wing-yan
P full Natalie Kwok Wing-yan
> Published: 7:05pm, 21 Mar 2040
F time 7:05pm
F date 21 Mar 2040
> A kaito leaves the pier at Po Toi, Hong Kong’s southernmost inhabited island. Photo: Gordon Yip Chun-hei
L geo Po Toi
L city Hong Kong
P full Gordon Yip Chun-hei
> Hong Kong’s government will pay HK$96 million over three years to the operators of nine ferry routes serving remote islands such as Po Toi, Tap Mun and Kat O, but lawmakers said on Wednesday the subsidy was too small to stop fares from rising again.
L city Hong Kong
F money HK$96 million
F duration three years
F number nine
L geo Po Toi
L geo Tap Mun
L geo Kat O
> Under a proposal put to Legco’s transport panel, the Transport Department (TD) would cover up to 60 per cent of the fuel and maintenance costs of the small motorised ferries known locally as “kaito” from July 1. The routes carried about 1.3 million passengers last year, down from 1.7 million in 2036.
O government Legco
O government Transport Department
O government TD
F percent 60 per cent
Q scare - :: “kaito”
F date July 1
F number 1.3 million
F number 1.7 million
F date 2036
> Lawmaker Michelle Tong Hoi-yan, who represents New Territories North East, called the plan “too little, too late” for islanders who had watched services shrink for a decade.
P full Michelle Tong Hoi-yan
L region New Territories North East
Q direct Michelle Tong Hoi-yan :: “too little, too late”
> “On Tap Mun, the last boat now leaves at 5.30pm on weekdays. If you miss it, you sleep in Sai Kung,” she said. “The department keeps telling us these routes are ‘commercially unviable’. Of course they are. That is why they need a proper subsidy.”
Q direct Michelle Tong Hoi-yan :: “On Tap Mun, the last boat now leaves at 5.30pm on weekdays. If you miss it, you sleep in Sai Kung,”
L geo Tap Mun
F time 5.30pm
L city Sai Kung
Q direct Michelle Tong Hoi-yan :: “The department keeps telling us these routes are ‘commercially unviable’. Of course they are. That is why they need a proper subsidy.”
> Fellow lawmaker Raymond Ho Chun-wai said the money would run out within 18 months if diesel prices climbed again. “This is a sticking plaster. We need a long-term franchise, not a cheque every three years,” he said.
P full Raymond Ho Chun-wai
F duration 18 months
Q direct Raymond Ho Chun-wai :: “This is a sticking plaster. We need a long-term franchise, not a cheque every three years,”
F duration three years
> In a paper submitted to the panel, the TD said the subsidy would hold the fare for a single trip to Po Toi from Aberdeen or Stanley at HK$32 and would “safeguard basic access” for about 1,100 residents who still live on the nine islands. Without support, fares would rise by between 15 and 22 per cent in the summer, it said.
O government TD
L geo Po Toi
L city Aberdeen
L city Stanley
F money HK$32
Q direct Transport Department :: “safeguard basic access”
F number 1,100
F number nine
F percent 15
F percent 22 per cent
> A government source, who declined to be named, said officials had considered a larger grant but feared setting a precedent. “Once you subsidise a kaito, every village with a pier will come knocking,” the source said.
Q direct - :: “Once you subsidise a kaito, every village with a pier will come knocking,”
> Operators were unconvinced. Tsang Kam-po, 71, whose family has run the Aberdeen–Po Toi service since 1983, said his two boats each burned 180 litres of diesel a day. “Even with the subsidy we lose money on weekdays. On a Sunday in spring I carry 400 hikers; on a Tuesday in August, maybe 12 people,” he said.
P full Tsang Kam-po
F age 71
L city Aberdeen
L geo Po Toi
F date 1983
F number two
F quantity 180 litres
Q direct Tsang Kam-po :: “Even with the subsidy we lose money on weekdays. On a Sunday in spring I carry 400 hikers; on a Tuesday in August, maybe 12 people,”
F number 400
F number 12
> On Kat O, near the border with Shenzhen, Lau Yuk-ying, 64, said the island’s population had fallen to about 60, most of them elderly. “My grandson visits once a month. If the fare goes up again, maybe he comes once every two months,” she said.
L geo Kat O
L city Shenzhen
P full Lau Yuk-ying
F age 64
F number 60
Q direct Lau Yuk-ying :: “My grandson visits once a month. If the fare goes up again, maybe he comes once every two months,”
F duration two months
> Tsang said he would decide in May whether to keep his second boat. “Ask Mrs Lau. Without the boat, Kat O is just a rock,” he said.
P partial Tsang
Q direct Tsang Kam-po :: “Ask Mrs Lau. Without the boat, Kat O is just a rock,”
P partial Lau
L geo Kat O
> The Legislative Council’s Finance Committee will vote on the funding request on April 13. If approved, the subsidy would start on July 1 and run until June 30, 2043.
O government Legislative Council
O government Finance Committee
F date April 13
F date July 1
F date June 30, 2043
'''

ARTICLES['1203-scotland-france-six-nations-murrayfield-moisan-guardian'] = r'''
> Six Nations
> Moisan’s late try breaks Scotland hearts as France edge Murrayfield thriller
P partial Moisan
O team Scotland
O team France
L facility Murrayfield
> • Scotland 24-27 France: wing scores twice, the winner in 78th minute
O team Scotland
F score 24-27
O team France
> • Rennie-Tait kicks 14 points in vain as hosts let 18-6 half-time lead slip
P partial Rennie-Tait
F number 14
F score 18-6
> Rhona MacAskill at Murrayfield
P full Rhona MacAskill
L facility Murrayfield
> Sat 9 Feb 2041 19.04 GMT
F date 9 Feb 2041
F time 19.04 GMT
> Théo Moisan dives over for France’s winning try. Photograph: Ewan Baillie-Ross/Getty Images
P full Théo Moisan
O team France
P full Ewan Baillie-Ross
O media Getty Images
> For an hour Scotland played the rugby of champions. Then Théo Moisan, the Toulouse wing known across France as “le Lièvre”, found the outside of Ruaridh MacAulay two minutes from time and broke 67,144 hearts at Murrayfield.
O team Scotland
P full Théo Moisan
O team Toulouse
L country France
Q scare - :: “le Lièvre”
P full Ruaridh MacAulay
F duration two minutes
F number 67,144
L facility Murrayfield
> Mathis Dubreuil-Lacoste converted from the touchline, and France, who had trailed 18-6 at the break, had won at Murrayfield for the first time since 2035.
P full Mathis Dubreuil-Lacoste
O team France
F score 18-6
L facility Murrayfield
F date 2035
> Scotland had been superb in the first half. Duncan Rennie-Tait landed a penalty on five minutes and, on 12, the Melrose-born MacAulay finished a sweeping move from deep in his own half that went through 11 pairs of hands. Rennie-Tait converted and added a second penalty on 26 minutes.
O team Scotland
P full Duncan Rennie-Tait
F duration five minutes
F duration 12
L city Melrose
P partial MacAulay
F number 11
P partial Rennie-Tait
F duration 26 minutes
> Dubreuil-Lacoste kept France in touch with penalties on 17 and 33 minutes, but Callum Ferguson-Ure’s try just before half-time, after a charged-down kick, seemed to have put the game beyond them.
P partial Dubreuil-Lacoste
O team France
F duration 17
F duration 33 minutes
P full Callum Ferguson-Ure
> The second half belonged to the visitors’ pack. Karim Aït-Brahim barrelled over from a lineout maul on 47 minutes, and when Scotland’s captain, Fraser Lennox-Imrie, was sent to the sin-bin for 10 minutes for a cynical offside, France scored through Moisan on 63 to close the gap to 21-20.
P full Karim Aït-Brahim
F duration 47 minutes
O team Scotland
P full Fraser Lennox-Imrie
F duration 10 minutes
O team France
P partial Moisan
F duration 63
F score 21-20
> Rennie-Tait’s fourth penalty, on 71 minutes, restored a four-point cushion, but Scotland could not get out of their own half. France kept the ball through 14 phases before Moisan went over in the corner.
P partial Rennie-Tait
F duration 71 minutes
F number four
O team Scotland
O team France
F number 14
P partial Moisan
> “It is cruel. For 60 minutes we were the better side, and rugby does not care about that,” said the Scotland head coach, Alasdair Crerar. “I said to the boys at half-time, ‘They will come at you up front, so win the collisions.’ We did not win enough of them.
Q direct Alasdair Crerar :: “It is cruel. For 60 minutes we were the better side, and rugby does not care about that,”
F duration 60 minutes
O team Scotland
P full Alasdair Crerar
Q direct Alasdair Crerar :: “I said to the boys at half-time, ‘They will come at you up front, so win the collisions.’ We did not win enough of them.
> “The yellow card hurt us. You cannot give France 10 minutes with a man extra. They are too good for that.”
Q direct Alasdair Crerar :: “The yellow card hurt us. You cannot give France 10 minutes with a man extra. They are too good for that.”
O team France
F duration 10 minutes
> Crerar refused to blame the referee, Sipho Maseko-Dlamini of South Africa, for the penalty count, which went 13-7 against his side in the second half.
P partial Crerar
P full Sipho Maseko-Dlamini
L country South Africa
F score 13-7
> Moisan, 23, who now has nine tries in 11 Tests, said he had barely seen the line. “Mathis gave me two metres and I just ran. In the dressing room they are all singing, but I am too tired,” he said through an interpreter.
P partial Moisan
F age 23
F number nine
F number 11
Q direct Théo Moisan :: “Mathis gave me two metres and I just ran. In the dressing room they are all singing, but I am too tired,”
P partial Mathis
F quantity two metres
> The France head coach, Yannick Le Goff, called the comeback “the best 40 minutes” of his three years in charge.
O team France
P full Yannick Le Goff
Q direct Yannick Le Goff :: “the best 40 minutes”
F duration 40 minutes
F duration three years
> Scotland travel to Cardiff to face Wales on 23 February, while France host Ireland in Paris the following day.
O team Scotland
L city Cardiff
O team Wales
F date 23 February
O team France
O team Ireland
L city Paris
> Scotland: Tries MacAulay, Ferguson-Ure. Con Rennie-Tait. Pens Rennie-Tait 4.
O team Scotland
P partial MacAulay
P partial Ferguson-Ure
P partial Rennie-Tait
P partial Rennie-Tait
F number 4
> France: Tries Moisan 2, Aït-Brahim. Cons Dubreuil-Lacoste 3. Pens Dubreuil-Lacoste 2.
O team France
P partial Moisan
F number 2
P partial Aït-Brahim
P partial Dubreuil-Lacoste
F number 3
P partial Dubreuil-Lacoste
F number 2
'''

ARTICLES['1204-evg-rail-warning-strike-mannheim-worms-deutsche-bahn-dw'] = r'''
> Business
> Germany: Rail workers' strike halts trains across south and west
L country Germany
> The EVG union has called out signal staff and conductors for 10 hours to press for an 11.5% pay rise. Deutsche Bahn called the walkout "irresponsible."
O nonprofit EVG
F duration 10 hours
F percent 11.5%
O company Deutsche Bahn
Q direct Deutsche Bahn :: "irresponsible."
> Lukas Ebersbach
P full Lukas Ebersbach
> 11/15/2039
F date 11/15/2039
> Passengers wait on a deserted platform at Mannheim's main station on Tuesday morning. Image: Anna-Lena Strobel/dpa/picture alliance
L city Mannheim
P full Anna-Lena Strobel
O media dpa
O media picture alliance
> Regional and long-distance trains stood still across large parts of southern and western Germany on Tuesday after the Railway and Transport Union (EVG) called a 10-hour warning strike at Deutsche Bahn (DB) in a dispute over pay.
L country Germany
O nonprofit Railway and Transport Union
O nonprofit EVG
F duration 10-hour
O company Deutsche Bahn
O company DB
> The walkout began at 3 a.m. and was due to end at 1 p.m., but DB said disruption would last well into the evening. The company said only about 20% of long-distance services were running and that commuter networks in Stuttgart, Frankfurt and Munich had largely shut down.
F time 3 a.m.
F time 1 p.m.
O company DB
F percent 20%
L city Stuttgart
L city Frankfurt
L city Munich
> The EVG is demanding an 11.5% increase over 12 months for around 190,000 DB employees, including signal operators, conductors and maintenance staff. DB has offered 4.8% in two stages over 26 months, plus a one-off payment of €1,200.
O nonprofit EVG
F percent 11.5%
F duration 12 months
F number 190,000
O company DB
F percent 4.8%
F number two
F duration 26 months
F money €1,200
> "Our colleagues in the signal boxes keep this country moving in every storm and every heatwave. They are not going to accept a pay cut dressed up as a 'generous offer,'" EVG negotiator Sabine Kowalczyk-Henning told DW outside Mannheim's main station.
Q direct Sabine Kowalczyk-Henning :: "Our colleagues in the signal boxes keep this country moving in every storm and every heatwave. They are not going to accept a pay cut dressed up as a 'generous offer,'"
O nonprofit EVG
P full Sabine Kowalczyk-Henning
O media DW
L city Mannheim
> She said inflation had eaten up 9% of rail workers' real wages since 2036 and warned of longer strikes if talks set for November 22 in Frankfurt failed.
F percent 9%
F date 2036
F date November 22
L city Frankfurt
> DB's board member for human resources, Carsten Vollmer, called the strike "completely unnecessary" and said the company's offer was "the highest in its history."
O company DB
P full Carsten Vollmer
Q direct Carsten Vollmer :: "completely unnecessary"
Q direct Carsten Vollmer :: "the highest in its history."
> "Millions of passengers are paying the price for a union that prefers the picket line to the negotiating table," he said in a statement. "We are ready to talk on Wednesday, not in a week."
Q direct Carsten Vollmer :: "Millions of passengers are paying the price for a union that prefers the picket line to the negotiating table,"
Q direct Carsten Vollmer :: "We are ready to talk on Wednesday, not in a week."
> In Worms, a cathedral city on the Rhine about 20 kilometers north of Mannheim, commuters crowded onto replacement buses. Nurse Melanie Adeyemi-Roth, 34, said her trip to the university hospital in Mannheim, normally 35 minutes, had taken more than two hours.
L city Worms
L geo Rhine
F quantity 20 kilometers
L city Mannheim
P full Melanie Adeyemi-Roth
F age 34
L city Mannheim
F duration 35 minutes
F duration two hours
> "I understand why they strike, I really do. But nobody asked the patients," she said. "Today I left home at 5:15. Tomorrow I will take the car, if it starts."
Q direct Melanie Adeyemi-Roth :: "I understand why they strike, I really do. But nobody asked the patients,"
Q direct Melanie Adeyemi-Roth :: "Today I left home at 5:15. Tomorrow I will take the car, if it starts."
F time 5:15
> Freight was also hit. DB Cargo said around 1,100 freight trains had been held back, including deliveries to BASF's chemical site in Ludwigshafen and to the inland port of Duisburg.
O company DB Cargo
F number 1,100
O company BASF
L city Ludwigshafen
L city Duisburg
> The German Economic Institute (IW) in Cologne estimates that a 24-hour rail strike costs the economy up to €150 million ($163 million) in lost output.
O nonprofit German Economic Institute
O nonprofit IW
L city Cologne
F duration 24-hour
F money €150 million
F money $163 million
> A government source in Berlin, speaking on condition of anonymity, said the Federal Transport Ministry would not intervene. "This is for the two sides to settle. The minister will not sit at the table," the source said.
L city Berlin
O government Federal Transport Ministry
Q direct - :: "This is for the two sides to settle. The minister will not sit at the table,"
F number two
> The passenger association Pro Bahn urged both sides to agree on arbitration, saying travelers had become "hostages of a ritual." The last EVG strike, in March 2037, lasted eight hours and canceled some 9,000 trains.
O nonprofit Pro Bahn
Q direct Pro Bahn :: "hostages of a ritual."
O nonprofit EVG
F date March 2037
F duration eight hours
F number 9,000
> Edited by: Jonas Brehmer-Tuncay
P full Jonas Brehmer-Tuncay
'''

ARTICLES['1205-mint-fire-evacuation-acton-agua-dulce-soledad-canyon-los-angeles-times'] = r'''
> California
L region California
> Wind-driven fire forces thousands from Acton and Agua Dulce as flames race through canyons
L city Acton
L city Agua Dulce
> The Mint fire has burned 18,400 acres north of Santa Clarita and is 7% contained. About 11,000 people are under evacuation orders.
F quantity 18,400 acres
L city Santa Clarita
F percent 7%
F number 11,000
> By Marisol Ocampo-Reyes and Trent Halvorsen
P full Marisol Ocampo-Reyes
P full Trent Halvorsen
> Staff Writers
> Sept. 14, 2040 6:40 PM PT
F date Sept. 14, 2040
F time 6:40 PM PT
> Flames climb a ridge above Soledad Canyon Road near Acton on Friday afternoon. (Trent Halvorsen / Los Angeles Times)
L street Soledad Canyon Road
L city Acton
P full Trent Halvorsen
O media Los Angeles Times
> A wind-driven wildfire tore through the canyons north of Santa Clarita on Friday, forcing about 11,000 residents of Acton, Agua Dulce and Green Valley to flee and destroying at least 14 homes, fire officials said.
L city Santa Clarita
F number 11,000
L city Acton
L city Agua Dulce
L city Green Valley
F number 14
> The Mint fire broke out shortly after 11:20 a.m. Thursday near Mint Canyon Road and had grown to 18,400 acres by Friday evening, with containment at 7%. Gusts of up to 55 mph pushed embers across the Antelope Valley Freeway, which was closed in both directions between Sand Canyon Road and Palmdale.
F time 11:20 a.m.
L street Mint Canyon Road
F quantity 18,400 acres
F percent 7%
F quantity 55 mph
L street Antelope Valley Freeway
L street Sand Canyon Road
L city Palmdale
> "We had spot fires 2 miles ahead of the main front. You can't put a line in front of that," said Battalion Chief Renata Villaseñor of the Los Angeles County Fire Department, which is leading the fight alongside Cal Fire and the U.S. Forest Service. "Our priority right now is getting people out and keeping them out."
Q direct Renata Villaseñor :: "We had spot fires 2 miles ahead of the main front. You can't put a line in front of that,"
F quantity 2 miles
P full Renata Villaseñor
O government Los Angeles County Fire Department
O government Cal Fire
O government U.S. Forest Service
Q direct Renata Villaseñor :: "Our priority right now is getting people out and keeping them out."
> More than 1,300 firefighters, 12 air tankers and nine helicopters were assigned to the fire, she said. The temperature in Acton reached 104 degrees Friday, and the fire built a towering smoke column, creating what forecasters call a "plume-dominated" fire that makes its own wind.
F number 1,300
F number 12
F number nine
L city Acton
F quantity 104 degrees
Q scare - :: "plume-dominated"
> In a statement, Cal Fire said the blaze was burning in "steep, inaccessible terrain" and warned that gusts could reach 65 mph in the San Gabriel Mountains overnight.
O government Cal Fire
Q direct Cal Fire :: "steep, inaccessible terrain"
F quantity 65 mph
L geo San Gabriel Mountains
> An official with the Los Angeles County Sheriff's Department, who was not authorized to speak publicly, said deputies had found two people who refused to leave their homes in Bouquet Canyon. "We can't force them, but we tell them nobody is coming back for them tonight," the official said.
O government Los Angeles County Sheriff's Department
F number two
L geo Bouquet Canyon
Q direct - :: "We can't force them, but we tell them nobody is coming back for them tonight,"
> At an evacuation center at Golden Valley High School in Santa Clarita, Dale Whitcomb, 72, said he and his wife left their ranch in Agua Dulce with the dog, her pills and little else. "My wife yelled, 'Dale, the hill is on fire,' and we had maybe 10 minutes," he said. "We've been there 31 years. I don't know what's left."
L facility Golden Valley High School
L city Santa Clarita
P full Dale Whitcomb
F age 72
L city Agua Dulce
Q direct Dale Whitcomb :: "My wife yelled, 'Dale, the hill is on fire,' and we had maybe 10 minutes,"
P partial Dale
F duration 10 minutes
Q direct Dale Whitcomb :: "We've been there 31 years. I don't know what's left."
F duration 31 years
> Los Angeles County Supervisor Kathryn Bellamy-Soto, whose district includes the burn area, said the county had opened two more shelters, in Palmdale and Lancaster, and would ask Sacramento for a state emergency declaration.
L region Los Angeles County
P full Kathryn Bellamy-Soto
F number two
L city Palmdale
L city Lancaster
L city Sacramento
> "Every one of these canyons has one road in and one road out," Bellamy-Soto said. "People up here know that. It's why they leave when we ask."
Q direct Kathryn Bellamy-Soto :: "Every one of these canyons has one road in and one road out,"
F number +1 one
F number one
P partial Bellamy-Soto
Q direct Kathryn Bellamy-Soto :: "People up here know that. It's why they leave when we ask."
> Southern California Edison said it had cut power to about 24,000 customers in the Antelope Valley as a precaution. The cause of the fire is under investigation.
O company Southern California Edison
F number 24,000
L region Antelope Valley
> It is the largest fire in Los Angeles County since the Eaton and Palisades fires of January 2025, which together destroyed more than 16,000 structures.
L region Los Angeles County
F date January 2025
F number 16,000
'''

ARTICLES['1206-douglas-cork-412-home-scheme-objections-coimisiun-pleanala-irish-times'] = r'''
> Housing & Planning
> Douglas residents and councillors lodge objections to 412-home scheme
L city Douglas
F number 412
> More than 300 submissions made to planning body over apartment blocks of up to eight storeys off Maryborough Hill
F number 300
F number eight
L street Maryborough Hill
> Donnchadh Ó Siochrú
P full Donnchadh Ó Siochrú
> Tue Apr 17 2040 - 18:05
F date Apr 17 2040
F time 18:05
> The site off Maryborough Hill in Douglas, Co Cork, where 412 homes are proposed. Photograph: Daragh Mac Suibhne
L street Maryborough Hill
L city Douglas
L region Co Cork
F number 412
P full Daragh Mac Suibhne
> More than 300 objections have been lodged with An Coimisiún Pleanála, the planning body formerly known as An Bord Pleanála, against a plan for 412 homes in Douglas, with residents and four Cork city councillors warning that the suburb’s roads and schools cannot cope.
F number 300
O government An Coimisiún Pleanála
O government An Bord Pleanála
F number 412
L city Douglas
F number four
L city Cork
> The scheme, by Lee Valley Residential, would see 286 apartments in five blocks of between four and eight storeys and 126 two- and three-bedroom houses built on a 9.4-hectare site that was used as a sports ground until the 1990s. The company puts its cost at €165 million.
O company Lee Valley Residential
F number 286
F number five
F number four
F number eight
F number 126
F number two
F number three
F quantity 9.4-hectare
F date 1990s
F money €165 million
> Cork City Council granted permission on March 9th, with 31 conditions, after its planners found the density “appropriate for a suburban location served by high-frequency buses”. Under the council’s development plan, 20 per cent of the homes would be social housing.
O government Cork City Council
F date March 9th
F number 31
Q direct Cork City Council :: “appropriate for a suburban location served by high-frequency buses”
F percent 20 per cent
> Appeals against the decision were lodged by the Douglas and Grange Residents’ Association and by Fine Gael, Green and Independent councillors for the Cork City South Central ward, among others.
O nonprofit Douglas and Grange Residents’ Association
L region Cork City South Central
> Cllr Fiachra Ó Dúill, who chaired a public meeting attended by some 400 people at the Rochestown Park Hotel on Monday night, said the scheme “may be the right idea in the wrong place”.
P full Fiachra Ó Dúill
F number 400
L facility Rochestown Park Hotel
Q direct Fiachra Ó Dúill :: “may be the right idea in the wrong place”
> “Nobody in Douglas is against housing. My own children cannot afford to live here,” he said. “But at 8.15 in the morning the traffic on the Well Road does not move, and the two secondary schools have waiting lists of more than 200 pupils.
Q direct Fiachra Ó Dúill :: “Nobody in Douglas is against housing. My own children cannot afford to live here,”
L city Douglas
Q direct Fiachra Ó Dúill :: “But at 8.15 in the morning the traffic on the Well Road does not move, and the two secondary schools have waiting lists of more than 200 pupils.
F time 8.15
L street Well Road
F number two
F number 200
> “Put 1,000 more people on that hill without a school place or a bus lane and you are building the next problem, not solving this one.”
Q direct Fiachra Ó Dúill :: “Put 1,000 more people on that hill without a school place or a bus lane and you are building the next problem, not solving this one.”
F number 1,000
> Mr Ó Dúill, a Fine Gael councillor, said the Department of Education had not been asked about the plan. In a statement, the department said it was “keeping the demand for school places in Douglas under review”.
P partial Ó Dúill
O government Department of Education
Q direct Department of Education :: “keeping the demand for school places in Douglas under review”
L city Douglas
> Maura Hegarty-Lynch, who chairs the residents’ association, said neighbours had been told at a pre-planning meeting that the tallest block would be “no higher than the trees”. “Now they say eight storeys. One man stood up on Monday and said, ‘Which trees? The ones they are cutting down?’ and the whole room clapped,” she said.
P full Maura Hegarty-Lynch
Q direct Maura Hegarty-Lynch :: “no higher than the trees”
Q direct Maura Hegarty-Lynch :: “Now they say eight storeys. One man stood up on Monday and said, ‘Which trees? The ones they are cutting down?’ and the whole room clapped,”
F number eight
F number One
> Lee Valley Residential’s managing director, Ronan Kiely-Burke, said the company had cut the number of homes from 470 and moved the tallest block away from existing houses in Blackrock and Grange.
O company Lee Valley Residential
P full Ronan Kiely-Burke
F number 470
L city Blackrock
L city Grange
> “Cork needs 4,000 homes a year and is building half that. If a site a mile from the South Ring Road is not the place for apartments, I would like to know where is,” Mr Kiely-Burke said.
Q direct Ronan Kiely-Burke :: “Cork needs 4,000 homes a year and is building half that. If a site a mile from the South Ring Road is not the place for apartments, I would like to know where is,”
L city Cork
F number 4,000
F fraction half
L street South Ring Road
P partial Kiely-Burke
> An Coimisiún Pleanála said it aimed to decide the appeals within 18 weeks. Observations can be made until May 2nd at a fee of €50.
O government An Coimisiún Pleanála
F duration 18 weeks
F date May 2nd
F money €50
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
