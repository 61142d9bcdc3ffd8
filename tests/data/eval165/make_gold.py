#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval165 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval165/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1033-knocknacarra-housing-appeal-an-coimisiun-pleanala-galway-irish-times'] = r'''
> Housing & Planning
> Planning body clears 286-home Knocknacarra scheme after two-year fight
F number 286
L city Knocknacarra
F duration two-year
> Residents of Galway’s western suburb say roads and schools cannot cope, but the developer says the first families could move in by 2041
L city Galway
F date 2041
> Órla Mac Giolla Rua
P full Órla Mac Giolla Rua
> Wed Mar 14 2040 - 17:20
F date Mar 14 2040
F time 17:20
> The site off Cappagh Road in Knocknacarra, Galway, where 286 homes are to be built. Photograph: Eoghan Ferriter
L street Cappagh Road
L city Knocknacarra
L city Galway
F number 286
P full Eoghan Ferriter
> An Coimisiún Pleanála, the planning body formerly known as An Bord Pleanála, has granted permission for 286 homes on a 9.2-hectare site at Knocknacarra on the western edge of Galway city, overturning a refusal by Galway City Council that was backed by more than 1,100 objectors.
O government An Coimisiún Pleanála
O government An Bord Pleanála
F number 286
F quantity 9.2-hectare
L city Knocknacarra
L city Galway
O government Galway City Council
F number 1,100
> The €118 million scheme by Corrib Bay Living Ltd includes 174 apartments in four blocks of up to six storeys, 96 houses and 16 homes for older people. Under the permission, 20 per cent of the units must be sold to the council for social housing, and the Land Development Agency (LDA) has agreed to buy a further 58 apartments for cost rental, the developer said.
F money €118 million
O company Corrib Bay Living Ltd
F number 174
F number four
F number six
F number 96
F number 16
F percent 20 per cent
O government Land Development Agency
O government LDA
F number 58
> In its decision, dated March 9th, the commission found that the scheme was “consistent with” national policy on compact growth and that traffic concerns had been “adequately addressed” by a new signalised junction and a bus lane on Cappagh Road.
F date March 9th
Q direct An Coimisiún Pleanála :: “consistent with”
Q direct An Coimisiún Pleanála :: “adequately addressed”
L street Cappagh Road
> The council had refused permission in July 2039, finding that the apartment blocks would be “visually dominant” beside the two-storey houses of the surrounding estates. The developer appealed in August.
F date July 2039
Q direct Galway City Council :: “visually dominant”
F number two
> Cllr Máire Ní Fhlatharta, who lives about 400 metres from the site, said residents were “bitterly disappointed” but not surprised.
P full Máire Ní Fhlatharta
F quantity 400 metres
Q direct Máire Ní Fhlatharta :: “bitterly disappointed”
> “People in Knocknacarra are not against housing. Our own children cannot afford to live here,” she said. “But there is one road in and one road out, the secondary school turned away 140 applicants last September, and the nearest GP list has been closed since 2037.
Q direct Máire Ní Fhlatharta :: “People in Knocknacarra are not against housing. Our own children cannot afford to live here,”
L city Knocknacarra
Q direct Máire Ní Fhlatharta :: “But there is one road in and one road out, the secondary school turned away 140 applicants last September, and the nearest GP list has been closed since 2037.
F number one
F number one
F number 140
F date 2037
> “Now we are adding another 700 or 800 people to a road that locals already call ‘the car park’ at 8.15 in the morning. Nobody in Dublin has to sit in that.”
Q direct Máire Ní Fhlatharta :: “Now we are adding another 700 or 800 people to a road that locals already call ‘the car park’ at 8.15 in the morning. Nobody in Dublin has to sit in that.”
F number 700
F number 800
F time 8.15
L city Dublin
> Galway West TD Colm Ó Gráinne said he would raise the decision in the Dáil. “The ‘strategic’ label has become a way of going over the heads of the people who actually live in a place,” Mr Ó Gráinne said, adding that the area needed a second bridge over the Corrib before “a single extra car”.
L region Galway West
P full Colm Ó Gráinne
O government Dáil
Q direct Colm Ó Gráinne :: “The ‘strategic’ label has become a way of going over the heads of the people who actually live in a place,”
P partial Ó Gráinne
L geo Corrib
Q direct Colm Ó Gráinne :: “a single extra car”
> Corrib Bay Living’s managing director, Ruairí de Bláca, said construction would start within 10 weeks and the first 60 homes would be finished in the summer of 2041. Two-bedroom apartments will be priced from €365,000 and three-bedroom houses from €440,000, he said.
O company Corrib Bay Living
P full Ruairí de Bláca
F duration 10 weeks
F number 60
F date 2041
F number Two
F money €365,000
F number three
F money €440,000
> “Galway has waited long enough. These are homes for nurses, teachers and young couples who grew up in Knocknacarra and cannot find anywhere to rent,” Mr de Bláca said.
Q direct Ruairí de Bláca :: “Galway has waited long enough. These are homes for nurses, teachers and young couples who grew up in Knocknacarra and cannot find anywhere to rent,”
L city Galway
L city Knocknacarra
P partial de Bláca
> The Knocknacarra Residents’ Alliance, which gathered 1,134 of the objections, said it was taking legal advice on a judicial review in the High Court, which must be sought within eight weeks of the decision.
O nonprofit Knocknacarra Residents’ Alliance
F number 1,134
O government High Court
F duration eight weeks
> Galway City Council’s social housing list stood at 4,870 households at the end of 2039, up 14 per cent in three years.
O government Galway City Council
F number 4,870
F date 2039
F percent 14 per cent
F duration three years
'''

ARTICLES['1034-kisumu-matatu-fare-rise-kondele-nyalenda-ntsa-daily-nation'] = r'''
> Kisumu
L region Kisumu
> Commuters stranded as Kisumu matatus raise fares by Sh30
L city Kisumu
F money Sh30
> What you need to know:
> Operators on the Kondele, Nyalenda and Mamboleo routes say diesel has gone up by Sh19 a litre since January.
L city Kondele
L city Nyalenda
L city Mamboleo
F money Sh19
> NTSA warns that saccos which charge above the fares on their licences risk losing them.
O government NTSA
> By Achieng' Owino
P full Achieng' Owino
> Nation Media Group
O media Nation Media Group
> Tuesday, March 6, 2040
F date March 6, 2040
> Commuters queue for matatus at the Kisumu bus park on Monday evening. Photo credit: Tobias Odhiambo | Nation Media Group
L city Kisumu
P full Tobias Odhiambo
O media Nation Media Group
> Thousands of commuters in Kisumu walked to work on Monday after matatu operators on the busiest routes into the city centre raised fares from Sh50 to Sh80, a 60 per cent jump that crews blamed on the rising cost of diesel.
L city Kisumu
F money Sh50
F money Sh80
F percent 60 per cent
> By 7am, long queues had formed at stages in Kondele, Manyatta and Nyalenda, where many residents refused to pay the new fare and others squeezed into tuk-tuks. On the Kisumu-Kakamega road, traffic police counted fewer than 100 matatus on a route that normally carries about 400.
F time 7am
L city Kondele
L city Manyatta
L city Nyalenda
L city Kisumu
L city Kakamega
F number 100
F number 400
> "I earn Sh600 a day at Jubilee Market. If I pay Sh160 to get there and back, what do I take home to my children?" asked Beatrice Awuor, 41, a vegetable seller from Obunga.
Q direct Beatrice Awuor :: "I earn Sh600 a day at Jubilee Market. If I pay Sh160 to get there and back, what do I take home to my children?"
F money Sh600
L facility Jubilee Market
F money Sh160
P full Beatrice Awuor
F age 41
L city Obunga
> The Kisumu Matatu Operators Welfare Association, which represents 23 saccos with about 1,200 vehicles, said its members had no choice after the Energy and Petroleum Regulatory Authority (EPRA) raised the pump price of diesel in Kisumu to Sh241.60 a litre in its monthly review.
O nonprofit Kisumu Matatu Operators Welfare Association
F number 23
F number 1,200
O government Energy and Petroleum Regulatory Authority
O government EPRA
L city Kisumu
F money Sh241.60
> "A 14-seater on the Mamboleo route now burns Sh4,500 of diesel a day. The old fare was set when a litre was Sh170," the association's chairman, Fredrick Ochieng' Oyugi, told the Nation. "We are not thieves. We are also parents.
Q direct Fredrick Ochieng' Oyugi :: "A 14-seater on the Mamboleo route now burns Sh4,500 of diesel a day. The old fare was set when a litre was Sh170,"
F number 14
L city Mamboleo
F money Sh4,500
F money Sh170
P full Fredrick Ochieng' Oyugi
O media Nation
Q direct Fredrick Ochieng' Oyugi :: "We are not thieves. We are also parents.
> "If the government wants Sh50, let it reduce the fuel levy. Then we will go back tomorrow."
Q direct Fredrick Ochieng' Oyugi :: "If the government wants Sh50, let it reduce the fuel levy. Then we will go back tomorrow."
F money Sh50
> Mr Oyugi said crews would keep the new fares "until further notice" but would charge students in uniform Sh40.
P partial Oyugi
Q direct Fredrick Ochieng' Oyugi :: "until further notice"
F money Sh40
> The National Transport and Safety Authority (NTSA) said the operators had broken the terms of their licences, which fix the fare on each route. In a statement, the authority said it would "not hesitate to suspend" saccos that charge more than the approved fare.
O government National Transport and Safety Authority
O government NTSA
Q direct National Transport and Safety Authority :: "not hesitate to suspend"
> An NTSA official in Kisumu, who asked not to be named because he is not allowed to speak to the press, said inspectors would begin checking receipts on Wednesday. "We have the fare charts. Anyone caught charging Sh80 will be asked to explain," the official said.
O government NTSA
L city Kisumu
Q direct - :: "We have the fare charts. Anyone caught charging Sh80 will be asked to explain,"
F money Sh80
> At the Kondele roundabout, a conductor who gave his name only as Otis said the fare would come down "when diesel comes down". He said passengers who paid Sh80 in the morning were being asked for Sh70 by evening as crews competed for customers.
L city Kondele
P partial Otis
Q direct Otis :: "when diesel comes down"
F money Sh80
F money Sh70
> Kisumu County's Chief Officer for Roads and Transport, Dr Elijah Onyango-Ouma, said the county would meet operators on Thursday and urged commuters to "remain calm". He said 32 county buses due in June would run between the CBD and Nyamasaria for Sh40.
L region Kisumu County
P full Elijah Onyango-Ouma
Q direct Elijah Onyango-Ouma :: "remain calm"
F number 32
L city Nyamasaria
F money Sh40
> The pump price of diesel in Kenya has risen by 11 per cent since January, according to EPRA.
L country Kenya
F percent 11 per cent
O government EPRA
'''

ARTICLES['1035-orioles-beat-royals-castellanos-reyes-two-homers-camden-yards-ap'] = r'''
> MLB
O other MLB
> Castellanos-Reyes homers twice, Orioles beat Royals 6-4 for fifth straight win
P partial Castellanos-Reyes
O team Orioles
O team Royals
F score 6-4
> BY DARNELL WHITBY
P full DARNELL WHITBY
> Updated 10:41 PM EDT, August 13, 2039
F time 10:41 PM EDT
F date August 13, 2039
> Baltimore Orioles' Julián Castellanos-Reyes watches his two-run home run against the Kansas City Royals during the sixth inning of a baseball game, Saturday, Aug. 13, 2039, in Baltimore. (AP Photo/Megan Sokolowski)
O team Baltimore Orioles
P full Julián Castellanos-Reyes
F number two
O team Kansas City Royals
F date Aug. 13, 2039
L city Baltimore
O media AP
P full Megan Sokolowski
> BALTIMORE (AP) — Julián Castellanos-Reyes hit two home runs, Wes Oduya struck out nine over 6 1/3 innings and the Baltimore Orioles beat the Kansas City Royals 6-4 on Saturday night for their fifth straight win.
L city BALTIMORE
O media AP
P full Julián Castellanos-Reyes
F number two
P full Wes Oduya
F number nine
F number 6 1/3
O team Baltimore Orioles
O team Kansas City Royals
F score 6-4
> Castellanos-Reyes, batting .318 since the All-Star break, hit a solo shot in the fourth off Kansas City starter Daisuke Morioka (9-11) and a two-run drive in the sixth that traveled an estimated 418 feet into the flag court in right field. He finished 3 for 4 with three RBIs.
P partial Castellanos-Reyes
F number .318
O team Kansas City
P full Daisuke Morioka
F score 9-11
F number two
F quantity 418 feet
F number 3
F number 4
F number three
> "I was just trying to get something up in the zone. The first one I got a little out front, the second one I stayed through it," Castellanos-Reyes said. "When the crowd is like that, you feel it in your chest."
Q direct Julián Castellanos-Reyes :: "I was just trying to get something up in the zone. The first one I got a little out front, the second one I stayed through it,"
P partial Castellanos-Reyes
Q direct Julián Castellanos-Reyes :: "When the crowd is like that, you feel it in your chest."
> Oduya (12-6) allowed two runs on five hits and walked one. The 24-year-old right-hander threw 104 pitches, 71 for strikes, and lowered his ERA to 3.07. His fastball touched 99.4 mph.
P partial Oduya
F score 12-6
F number two
F number five
F number one
F age 24-year-old
F number 104
F number 71
F number 3.07
F quantity 99.4 mph
> Baltimore (68-49) moved 3 1/2 games ahead of the New York Yankees in the AL East. Kansas City (54-64) has lost eight of 10.
O team Baltimore
F score 68-49
F number 3 1/2
O team New York Yankees
O other AL East
O team Kansas City
F score 54-64
F number eight
F number 10
> Andrés de la Vega homered for the Royals, a two-run shot in the eighth off reliever Cole Pettibone that cut the lead to 6-4. Rafael Quiñones pitched the ninth for his 31st save in 35 chances.
P full Andrés de la Vega
O team Royals
F number two
P full Cole Pettibone
F score 6-4
P full Rafael Quiñones
F number 35
> "We had our chances. We left nine guys on base, and against a team playing like they are, you can't do that," Royals manager Stan Kowalczyk said. He said Morioka "left a couple of pitches up" but otherwise "competed."
Q direct Stan Kowalczyk :: "We had our chances. We left nine guys on base, and against a team playing like they are, you can't do that,"
F number nine
O team Royals
P full Stan Kowalczyk
P partial Morioka
Q direct Stan Kowalczyk :: "left a couple of pitches up"
Q direct Stan Kowalczyk :: "competed."
> Oduya leaned on his slider for 38 of his pitches. "It was working early, so I just kept throwing it until they showed me they could hit it," he said.
P partial Oduya
F number 38
Q direct Wes Oduya :: "It was working early, so I just kept throwing it until they showed me they could hit it,"
> Morioka gave up five runs and eight hits in 5 2/3 innings. He threw 97 pitches.
P partial Morioka
F number five
F number eight
F number 5 2/3
F number 97
> The Orioles broke it open in the sixth. After Castellanos-Reyes' homer, Luis "Pollo" Marrero doubled and scored on a single by Nate Hollis-Grant, and Brooks Ambler added a sacrifice fly.
O team Orioles
P partial Castellanos-Reyes
P full Luis "Pollo" Marrero
Q scare - :: "Pollo"
P full Nate Hollis-Grant
P full Brooks Ambler
> Hollis-Grant extended his on-base streak to 22 games, and the Orioles have won 11 of their last 13 at home.
P partial Hollis-Grant
F number 22
O team Orioles
F number 11
F number 13
> A crowd of 38,912 at Oriole Park at Camden Yards gave Castellanos-Reyes a curtain call after his second homer. The game took 2 hours, 36 minutes.
F number 38,912
L facility Oriole Park at Camden Yards
P partial Castellanos-Reyes
F duration 2 hours
F duration 36 minutes
> TRAINER'S ROOM
> Royals: SS Marco Iturbe (left hamstring) was placed on the 10-day injured list before the game.
O team Royals
P full Marco Iturbe
F duration 10-day
> Orioles: C Devin Sato (concussion) could return Tuesday, manager Ray Tillman-Booker said.
O team Orioles
P full Devin Sato
P full Ray Tillman-Booker
> UP NEXT
> Royals RHP Owen Kestrel (7-10, 4.62 ERA) faces Orioles LHP Mateo Lindqvist (11-5, 2.88 ERA) in the series finale Sunday at 1:35 p.m.
O team Royals
P full Owen Kestrel
F score 7-10
F number 4.62
O team Orioles
P full Mateo Lindqvist
F score 11-5
F number 2.88
F time 1:35 p.m.
'''

ARTICLES['1036-gdl-train-drivers-strike-deutsche-bahn-35-hour-week-spiegel-international'] = r'''
> Germany
L country Germany
> Why Germany's Train Drivers Have Brought the Country to a Standstill Again
L country Germany
> The GDL union has called a 72-hour strike, its third this fall. Deutsche Bahn says it cannot afford a 35-hour week for shift workers. Millions of commuters are caught in between.
O nonprofit GDL
F duration 72-hour
O company Deutsche Bahn
F duration 35-hour
> By Henrike Löwenthal and Jannik Osterkamp
P full Henrike Löwenthal
P full Jannik Osterkamp
> 14.11.2039, 18.07 Uhr
F date 14.11.2039
F time 18.07
> An empty platform at Frankfurt's main station on Monday morning: Only one in five long-distance trains ran. Foto: Lena Brückmann / dpa
L city Frankfurt
F number one
F number five
P full Lena Brückmann
O media dpa
> At 2 a.m. on Monday, the locomotives of Deutsche Bahn fell silent for the third time this fall. The train drivers' union GDL, which has around 41,000 members, has called a strike that is set to last until 2 a.m. on Thursday – 72 hours in which only a skeleton timetable will run across most of the country.
F time 2 a.m.
O company Deutsche Bahn
O nonprofit GDL
F number 41,000
F time 2 a.m.
F duration 72 hours
> According to DB, around 80 percent of long-distance services and up to 60 percent of regional trains were canceled on Monday. In Bavaria and Baden-Württemberg, where the Länder have handed parts of their regional networks to private operators, the picture was somewhat better.
O company DB
F percent 80 percent
F percent 60 percent
L region Bavaria
L region Baden-Württemberg
> The Gewerkschaft Deutscher Lokomotivführer, to use the GDL's full name, is demanding that the hours of shift workers be cut from 38 to 35 a week without any loss of pay, along with a raise of 9.5 percent over 18 months and a one-off payment of 3,000 euros.
O nonprofit Gewerkschaft Deutscher Lokomotivführer
O nonprofit GDL
F number 38
F number 35
F percent 9.5 percent
F duration 18 months
F money 3,000 euros
> DB has offered 5.2 percent in two stages and a 37-hour week from 2042. "We have put the most generous offer in the history of this company on the table," said Katrin von Dahlen, DB's board member for human resources. "What the GDL is asking for would cost us 1.4 billion euros a year and require 9,000 drivers who simply do not exist on the labor market."
O company DB
F percent 5.2 percent
F number two
F duration 37-hour
F date 2042
Q direct Katrin von Dahlen :: "We have put the most generous offer in the history of this company on the table,"
P full Katrin von Dahlen
O company DB
Q direct Katrin von Dahlen :: "What the GDL is asking for would cost us 1.4 billion euros a year and require 9,000 drivers who simply do not exist on the labor market."
O nonprofit GDL
F money 1.4 billion euros
F number 9,000
> GDL head Ralf Tiedemann-Kühn rejects that arithmetic. "DB always finds money for a new headquarters in Berlin and for bonuses in the executive suite," he told DER SPIEGEL. "Our members drive through the night, at weekends, on Christmas Eve. They have earned the 35-hour week."
O nonprofit GDL
P full Ralf Tiedemann-Kühn
Q direct Ralf Tiedemann-Kühn :: "DB always finds money for a new headquarters in Berlin and for bonuses in the executive suite,"
O company DB
L city Berlin
O media DER SPIEGEL
Q direct Ralf Tiedemann-Kühn :: "Our members drive through the night, at weekends, on Christmas Eve. They have earned the 35-hour week."
F duration 35-hour
> Tiedemann-Kühn, 54, who has led the union since 2037, called DB's latest offer a "Scheinangebot" – a sham offer – and said the GDL was prepared to strike "for as long as it takes."
P partial Tiedemann-Kühn
F age 54
F date 2037
O company DB
Q direct Ralf Tiedemann-Kühn :: "Scheinangebot"
O nonprofit GDL
Q direct Ralf Tiedemann-Kühn :: "for as long as it takes."
> In Bad Hersfeld, a rail hub in northern Hesse, 29-year-old nurse Selin Aydoğan stood on an empty platform at 6:15 a.m. "My shift at the hospital in Fulda starts at seven. Today my neighbor is driving me 45 kilometers. Tomorrow, I don't know," she said.
L city Bad Hersfeld
L region Hesse
F age 29-year-old
P full Selin Aydoğan
F time 6:15 a.m.
Q direct Selin Aydoğan :: "My shift at the hospital in Fulda starts at seven. Today my neighbor is driving me 45 kilometers. Tomorrow, I don't know,"
L city Fulda
F time seven
F quantity 45 kilometers
> Freight is hit as well. DB Cargo said about 1,500 freight trains were stuck on Monday, and the Association of German Chambers of Commerce and Industry (DIHK) estimates that each strike day costs the economy between 100 million and 150 million euros. The DIHK has called on both sides to accept arbitration.
O company DB Cargo
F number 1,500
O nonprofit Association of German Chambers of Commerce and Industry
O nonprofit DIHK
F money 100 million
F money 150 million euros
O nonprofit DIHK
> The Transport Ministry in Berlin has so far refused to intervene, citing the constitutional right to strike. The walkout also comes as the government struggles to deliver the "Deutschlandtakt," a nationwide timetable with connecting trains at fixed intervals that has been promised for years.
O government Transport Ministry
L city Berlin
Q scare - :: "Deutschlandtakt,"
> The next round of talks is scheduled for November 21 in Frankfurt. If it fails, the GDL has threatened an open-ended strike in December, when DB expects to carry some 14 million passengers over the holidays.
F date November 21
L city Frankfurt
O nonprofit GDL
O company DB
F number 14 million
'''

ARTICLES['1037-typhoon-tasyo-aurora-baler-casiguran-cut-off-signal-4-inquirer'] = r'''
> Regions
> ‘Tasyo’ leaves 4 dead, cuts off 3 Aurora towns
Q scare - :: ‘Tasyo’
F number 4
F number 3
L region Aurora
> By: Mikaela Joy Bautista-Ocampo - Correspondent / @inqnational
P full Mikaela Joy Bautista-Ocampo
> Philippine Daily Inquirer / 05:08 AM October 22, 2040
O media Philippine Daily Inquirer
F time 05:08 AM
F date October 22, 2040
> WASHED OUT — Residents of Barangay Reserva in Baler, Aurora, wade across a river on Sunday after floodwaters swept away a bridge during the onslaught of Typhoon “Tasyo.” —RODEL M. CABANTAC
L city Barangay Reserva
L city Baler
L region Aurora
Q scare - :: “Tasyo.”
P full RODEL M. CABANTAC
> BALER, Aurora, Philippines — Four people died and three towns in northern Aurora remained cut off on Sunday after Typhoon “Tasyo” (international name: Ranlan) slammed into the province’s coast with winds of up to 185 kilometers per hour, officials said.
L city BALER
L region Aurora
L country Philippines
F number Four
F number three
L region Aurora
Q scare - :: “Tasyo”
F quantity 185 kilometers per hour
> Pagasa said “Tasyo” made landfall in Dinalungan at 11:20 p.m. on Saturday, Oct. 20, before crossing the Sierra Madre into Nueva Vizcaya and Isabela. Signal No. 4 was raised over Aurora and parts of Quirino for 14 hours.
O government Pagasa
Q scare - :: “Tasyo”
L city Dinalungan
F time 11:20 p.m.
F date Oct. 20
L geo Sierra Madre
L region Nueva Vizcaya
L region Isabela
L region Aurora
L region Quirino
F duration 14 hours
> Aurora Gov. Leonila “Nilay” Amatorio-Sindac said landslides had blocked the Baler-Casiguran road in at least 11 places, isolating Dilasag, Casiguran and Dinalungan, home to some 68,000 people.
L region Aurora
P full Leonila “Nilay” Amatorio-Sindac
Q scare - :: “Nilay”
L city Baler
L city Casiguran
F number 11
L city Dilasag
L city Casiguran
L city Dinalungan
F number 68,000
> “We can reach Casiguran only by sea or by helicopter. The waves are still 3 meters high, so the boats cannot leave San Luis,” she said in a phone interview. “Our priority is food and water for the evacuees. We have rice for two days.”
Q direct Leonila “Nilay” Amatorio-Sindac :: “We can reach Casiguran only by sea or by helicopter. The waves are still 3 meters high, so the boats cannot leave San Luis,”
L city Casiguran
F quantity 3 meters
L city San Luis
Q direct Leonila “Nilay” Amatorio-Sindac :: “Our priority is food and water for the evacuees. We have rice for two days.”
F duration two days
> The dead include a 71-year-old woman in Barangay Zabali, Baler, who was hit by a falling coconut tree, a 48-year-old farmer buried by a landslide in San Luis, and two brothers, aged 9 and 12, who drowned in Maria Aurora when a swollen creek swept away their house, according to the Provincial Disaster Risk Reduction and Management Office (PDRRMO). A fisherman from Dingalan remains missing.
F age 71-year-old
L city Barangay Zabali
L city Baler
F age 48-year-old
L city San Luis
F number two
F age 9
F age 12
L city Maria Aurora
O government Provincial Disaster Risk Reduction and Management Office
O government PDRRMO
L city Dingalan
> The PDRRMO said 9,412 families, or 33,860 people, were staying in 147 evacuation centers across the province’s eight towns.
O government PDRRMO
F number 9,412
F number 33,860
F number 147
F number eight
> Damage to rice and coconut farms was initially placed at P286.4 million, covering 7,950 hectares, the Department of Agriculture (DA) in Central Luzon said. The DA said most of the rice had been due for harvest in two weeks.
F money P286.4 million
F quantity 7,950 hectares
O government Department of Agriculture
O government DA
L region Central Luzon
O government DA
F duration two weeks
> The Aurora Electric Cooperative (Aurelco) said power was out in all eight towns and could take “at least three weeks” to restore in the north, where 62 of its poles were toppled.
O company Aurora Electric Cooperative
O company Aurelco
F number eight
Q direct Aurora Electric Cooperative :: “at least three weeks”
F duration three weeks
F number 62
> In Barangay Sabang, Baler’s surfing beach, fisherman Rolando Dizon-Ventura, 53, sat beside his broken banca. “Wala na, pati bangka namin,” he said. (Nothing is left, not even our boat.) “We survived ‘Tasyo,’ but how do we survive the next months?”
L city Barangay Sabang
L city Baler
P full Rolando Dizon-Ventura
F age 53
Q direct Rolando Dizon-Ventura :: “Wala na, pati bangka namin,”
Q direct Rolando Dizon-Ventura :: “We survived ‘Tasyo,’ but how do we survive the next months?”
> A Pagasa weather specialist, who asked not to be named as he was not authorized to speak to the media, said the typhoon had “intensified very fast” over warm waters east of Luzon, gaining 65 kph in 18 hours.
O government Pagasa
Q direct - :: “intensified very fast”
L geo Luzon
F quantity 65 kph
F duration 18 hours
> The Office of Civil Defense (OCD) said two Philippine Navy vessels carrying 3,000 family food packs from the Department of Social Welfare and Development (DSWD) left Dingalan Bay for Casiguran at 6 a.m. on Sunday.
O government Office of Civil Defense
O government OCD
F number two
O government Philippine Navy
F number 3,000
O government Department of Social Welfare and Development
O government DSWD
L geo Dingalan Bay
L city Casiguran
F time 6 a.m.
> —WITH A REPORT FROM JOSEFINA T. MALLARI
P full JOSEFINA T. MALLARI
'''

ARTICLES['1038-kaposvar-potash-mine-opens-stockholm-ochapowace-saskatchewan-canadian-press'] = r'''
> Potash miner opens $7.8-billion Saskatchewan mine, signs profit deal with Ochapowace Nation
F money $7.8-billion
L region Saskatchewan
O government Ochapowace Nation
> The Canadian Press
O media Canadian Press
> Posted Sept. 25, 2040 11:38 am CST
F date Sept. 25, 2040
F time 11:38 am CST
> Workers stand at the headframe of the Kaposvar potash mine near Stockholm, Sask., on Monday, Sept. 24, 2040. THE CANADIAN PRESS/Marisa Yellowquill-Dahl
L facility Kaposvar
L city Stockholm
L region Sask.
F date Sept. 24, 2040
O media THE CANADIAN PRESS
P full Marisa Yellowquill-Dahl
> STOCKHOLM, Sask. — A Saskatoon-based company opened Saskatchewan's newest potash mine on Monday, promising 650 permanent jobs in the province's southeast and a share of its profits to a nearby First Nation.
L city STOCKHOLM
L region Sask.
L city Saskatoon
L region Saskatchewan
F number 650
> Qu'Appelle Sylvite Corp. says its Kaposvar mine, about 20 kilometres south of Stockholm, will produce 2.8 million tonnes of potash a year once it reaches full output in 2043. The solution mine, which pumps hot brine into ore beds 1,450 metres underground, cost $7.8 billion to build over five years.
O company Qu'Appelle Sylvite Corp.
L facility Kaposvar
F quantity 20 kilometres
L city Stockholm
F quantity 2.8 million tonnes
F date 2043
F quantity 1,450 metres
F money $7.8 billion
F duration five years
> "Twenty years ago, people in Stockholm and Esterhazy were watching their kids move to Calgary," chief executive Tamsin Olafson told a crowd of about 400 workers and guests at the site. "Today we are hiring welders, electricians and engineers from those same families.
Q direct Tamsin Olafson :: "Twenty years ago, people in Stockholm and Esterhazy were watching their kids move to Calgary,"
F duration Twenty years
L city Stockholm
L city Esterhazy
L city Calgary
P full Tamsin Olafson
F number 400
Q direct Tamsin Olafson :: "Today we are hiring welders, electricians and engineers from those same families.
> "The potash will be here for 60 years. So will we."
Q direct Tamsin Olafson :: "The potash will be here for 60 years. So will we."
F duration 60 years
> Under an impact-benefit agreement signed in 2039, Ochapowace Nation will receive 2.5 per cent of the mine's net revenue and a guaranteed share of contracts. The company says 120 of the first 650 hires are members of First Nations in the region.
F date 2039
O government Ochapowace Nation
F percent 2.5 per cent
F number 120
F number 650
> Ochapowace Chief Marlene Kaneweyas said the agreement was "not a gift." "That brine runs under Treaty 4 land. Our grandparents were never asked about the first mines in the 1960s," she said. "This time we have a seat at the table and a cheque, and we will be watching the water."
O government Ochapowace
P full Marlene Kaneweyas
Q direct Marlene Kaneweyas :: "not a gift."
Q direct Marlene Kaneweyas :: "That brine runs under Treaty 4 land. Our grandparents were never asked about the first mines in the 1960s,"
F date 1960s
Q direct Marlene Kaneweyas :: "This time we have a seat at the table and a cheque, and we will be watching the water."
> Kaneweyas's council has asked the provincial Water Security Agency to publish monthly figures on the 3.1 million cubic metres of water the mine is allowed to draw each year from the Qu'Appelle River.
P partial Kaneweyas
O government Water Security Agency
F quantity 3.1 million cubic metres
L geo Qu'Appelle River
> Kelly Stadnyk, 38, who grew up in nearby Spy Hill and works as a process operator at the mine, moved her family back from Fort McMurray last spring. "My kids go to the same school I did. For a miner's family out here, that didn't use to happen," she said.
P full Kelly Stadnyk
F age 38
L city Spy Hill
L city Fort McMurray
Q direct Kelly Stadnyk :: "My kids go to the same school I did. For a miner's family out here, that didn't use to happen,"
> Stockholm, a village of about 330 people, has approved 48 new housing lots since construction began. "We went from worrying about closing the rink to worrying about parking," Mayor Gord Lindgren said.
L city Stockholm
F number 330
F number 48
Q direct Gord Lindgren :: "We went from worrying about closing the rink to worrying about parking,"
P full Gord Lindgren
> Saskatchewan produced about 14.6 million tonnes of potash in 2039, roughly a third of world supply, according to the province's Ministry of Energy and Resources.
L region Saskatchewan
F quantity 14.6 million tonnes
F date 2039
F fraction a third
O government Ministry of Energy and Resources
> Potash prices have slipped to about US$310 a tonne from a peak of US$590 in 2037, and some analysts have questioned whether the market needs another mine. Olafson said the company has sold 70 per cent of its first two years of output under contracts with buyers in Brazil, India and Indonesia.
F money US$310
F money US$590
F date 2037
P partial Olafson
F percent 70 per cent
F duration two years
L country Brazil
L country India
L country Indonesia
> The potash will travel by rail to Vancouver, a trip of about 1,900 kilometres, for shipment overseas.
L city Vancouver
F quantity 1,900 kilometres
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
