#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval201 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval201/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1249-quetta-water-tanker-hydrants-sealed-wasa-sariab-dawn'] = r'''
> Pakistan
L country Pakistan
> Quetta administration seals 38 illegal hydrants in crackdown on ‘tanker mafia’
L city Quetta
F number 38
Q scare - :: ‘tanker mafia’
> Wasa says private tankers pump up to 40pc of city’s groundwater; 11 arrested
O government Wasa
F percent 40pc
F number 11
> Fahad Ali Kakar Published April 16, 2040 Updated about 4 hours ago
P full Fahad Ali Kakar
F date April 16, 2040
F duration 4 hours
> A Wasa team cuts an illegal pipe feeding a private hydrant on Sariab Road in Quetta on Monday. — Photo by Shahzaib Rind / White Star
O government Wasa
L street Sariab Road
L city Quetta
P full Shahzaib Rind
O media White Star
> QUETTA: The district administration and the Water and Sanitation Authority (Wasa) on Monday sealed 38 illegal hydrants and impounded 14 tankers in Sariab, Kuchlak and Samungli, in what officials called the biggest action against the city’s private water trade in a decade.
L city QUETTA
O government Water and Sanitation Authority
O government Wasa
F number 38
F number 14
L city Sariab
L city Kuchlak
L city Samungli
> Quetta Deputy Commissioner Noor Ahmed Pirkani said 11 people, including the owners of three hydrants, had been arrested and cases registered against them under the Balochistan Groundwater Rights Administration Ordinance.
L city Quetta
P full Noor Ahmed Pirkani
F number 11
F number three
> “These hydrants were pumping from the same aquifer that feeds Wasa’s tube wells, and then the city’s own water was sold back to the people at Rs3,500 for a 1,000-gallon tanker,” Mr Pirkani told reporters at the Sariab police station. “That is theft, nothing else.”
Q direct Noor Ahmed Pirkani :: “These hydrants were pumping from the same aquifer that feeds Wasa’s tube wells, and then the city’s own water was sold back to the people at Rs3,500 for a 1,000-gallon tanker,”
O government Wasa
F money Rs3,500
F quantity 1,000-gallon
P partial Pirkani
L facility Sariab
Q direct Noor Ahmed Pirkani :: “That is theft, nothing else.”
> He said the operation, which began at 6am and went on till late afternoon, would be extended to Hazarganji, Nawa Killi and the Western Bypass over the next seven days.
F time 6am
L city Hazarganji
L city Nawa Killi
L street Western Bypass
F duration seven days
> According to Wasa, Quetta needs around 55 million gallons of water a day, but the authority supplies only 31 million gallons through 412 tube wells, many of them now drilled more than 1,200 feet deep.
O government Wasa
L city Quetta
F quantity 55 million gallons
F quantity 31 million gallons
F number 412
F quantity 1,200 feet
> Wasa Managing Director Rukhsana Jamaldini said private operators were pumping up to 40 per cent of all groundwater extracted in the city. “The water table in Quetta is falling by three to four feet every year. If this continues, parts of the valley will run dry before 2050,” Ms Jamaldini said. “We have a parallel supply system running under our noses. Some of these hydrants had meters, staff and even receipt books.
O government Wasa
P full Rukhsana Jamaldini
F percent 40 per cent
Q direct Rukhsana Jamaldini :: “The water table in Quetta is falling by three to four feet every year. If this continues, parts of the valley will run dry before 2050,”
L city Quetta
F quantity three
F quantity four feet
F date 2050
P partial Jamaldini
Q direct Rukhsana Jamaldini :: “We have a parallel supply system running under our noses. Some of these hydrants had meters, staff and even receipt books.
> “We are not against tanker owners. We are against the ‘tanker mafia’ that steals from the public and sells to the public,” she added.
Q direct Rukhsana Jamaldini :: “We are not against tanker owners. We are against the ‘tanker mafia’ that steals from the public and sells to the public,”
> The Quetta Water Tanker Owners Association condemned the action as “one-sided” and announced a strike from Wednesday. Its president, Haji Gul Khan Achakzai, said his members had applied for licences in 2038 but Wasa had “never issued a single one”.
O nonprofit Quetta Water Tanker Owners Association
Q direct Quetta Water Tanker Owners Association :: “one-sided”
P full Gul Khan Achakzai
F date 2038
O government Wasa
Q direct Gul Khan Achakzai :: “never issued a single one”
> “When there is no water in Wasa’s lines, people call us. Now 200 tankers are parked and the people will suffer,” Mr Achakzai said.
Q direct Gul Khan Achakzai :: “When there is no water in Wasa’s lines, people call us. Now 200 tankers are parked and the people will suffer,”
O government Wasa
F number 200
P partial Achakzai
> Residents of Sariab and Brewery Road said the price of a tanker had already risen from Rs2,800 to Rs4,000 in the past two weeks. Shazia Bibi, 46, a mother of five in Killi Shabo, said a driver she had booked on Sunday raised his rate at her gate.
L city Sariab
L street Brewery Road
F money Rs2,800
F money Rs4,000
F duration two weeks
P full Shazia Bibi
F age 46
F number five
L city Killi Shabo
> “He told me, ‘Pay Rs4,000 or wait for the rain,’ and drove off,” she said. “We have had no water in our taps since Eidul Fitr.”
Q direct Shazia Bibi :: “He told me, ‘Pay Rs4,000 or wait for the rain,’ and drove off,”
F money Rs4,000
Q direct Shazia Bibi :: “We have had no water in our taps since Eidul Fitr.”
> A Wasa official, who requested anonymity, said at least half of the hydrants sealed in a similar drive in October 2039 had reopened within weeks. “They pay someone and they are back in business in two days,” he said.
O government Wasa
F fraction half
F date October 2039
Q direct - :: “They pay someone and they are back in business in two days,”
F duration two days
> The Balochistan government has asked Islamabad for Rs8.5bn to complete the pipeline from the Mangi dam, which is expected to supply 8.1 million gallons a day to Quetta from 2042.
L region Balochistan
L city Islamabad
F money Rs8.5bn
L facility Mangi
F quantity 8.1 million gallons
L city Quetta
F date 2042
'''

ARTICLES['1250-rail-strike-aslef-rmt-48-hour-walkout-euston-reading-guardian'] = r'''
> Rail industry
> Train drivers and RMT to strike for 48 hours in May over ‘insulting’ 3.5% pay offer
O nonprofit RMT
F duration 48 hours
Q direct Carys Pennock-Ward :: ‘insulting’
F percent 3.5%
> Most services in England and much of Scotland expected to stop on 14 and 15 May as unions reject Great British Railways deal
L country England
L country Scotland
F date 14
F date 15 May
O government Great British Railways
> Owain Thrussell Transport correspondent
P full Owain Thrussell
> Tue 1 May 2040 17.42 BST
F date 1 May 2040
F time 17.42 BST
> Empty platforms at London Euston during a walkout in March. Photograph: Nkechi Odunsi-Bright/The Guardian
L facility London Euston
P full Nkechi Odunsi-Bright
O media The Guardian
> Rail passengers face the biggest shutdown of the network in almost two years after train drivers and signalling staff announced a joint 48-hour strike, starting at 00.01 on Monday 14 May.
F duration two years
F duration 48-hour
F time 00.01
F date 14 May
> Aslef, which represents about 21,000 drivers, and the National Union of Rail, Maritime and Transport Workers (RMT) said on Tuesday their members had rejected a two-year offer from Great British Railways (GBR) worth 3.5% this year and 2.75% in 2041.
O nonprofit Aslef
F number 21,000
O nonprofit National Union of Rail, Maritime and Transport Workers
O nonprofit RMT
F duration two-year
O government Great British Railways
O government GBR
F percent 3.5%
F percent 2.75%
F date 2041
> In the Aslef ballot, 88% of members voted for strike action on a turnout of 71%. The RMT vote among 6,400 signallers and maintenance workers was 79% in favour.
O nonprofit Aslef
F percent 88%
F percent 71%
O nonprofit RMT
F number 6,400
F percent 79%
> Aslef’s general secretary, Carys Pennock-Ward, called the offer “insulting” and said it was tied to what GBR calls its “productivity package”, which would end guaranteed rest days and allow one-person operation on 14 more routes.
O nonprofit Aslef
P full Carys Pennock-Ward
Q direct Carys Pennock-Ward :: “insulting”
O government GBR
Q scare - :: “productivity package”
F number 14
> “Our members have lost nearly a fifth of the value of their pay since 2033. They are being asked to sign away safety for a rise that doesn’t cover their rent,” she said. “Nobody takes this decision lightly, least of all drivers who live in the towns they serve.
Q direct Carys Pennock-Ward :: “Our members have lost nearly a fifth of the value of their pay since 2033. They are being asked to sign away safety for a rise that doesn’t cover their rent,”
F fraction a fifth
F date 2033
Q direct Carys Pennock-Ward :: “Nobody takes this decision lightly, least of all drivers who live in the towns they serve.
> “But if ministers think we will say ‘thank you’ for this, they have not been listening.”
Q direct Carys Pennock-Ward :: “But if ministers think we will say ‘thank you’ for this, they have not been listening.”
> The RMT general secretary, Delroy Amankwah, said signallers in Reading, Crewe and Carlisle had been working “12-hour shifts with no cover” since the winter.
O nonprofit RMT
P full Delroy Amankwah
L city Reading
L city Crewe
L city Carlisle
Q direct Delroy Amankwah :: “12-hour shifts with no cover”
F duration 12-hour
> GBR said the walkout would cost the industry about £65m a day and that fewer than one in five trains would run on strike days, mostly on routes in Wales and Northern Ireland, where the unions’ disputes are separate.
O government GBR
F money £65m
F number one
F number five
L country Wales
L country Northern Ireland
> “This is a fair offer that would take a driver’s basic salary to more than £74,000,” a GBR spokesperson said. “We remain ready to talk, any day, at any hour.”
Q direct - :: “This is a fair offer that would take a driver’s basic salary to more than £74,000,”
F money £74,000
O government GBR
Q direct - :: “We remain ready to talk, any day, at any hour.”
> The transport secretary, Harriet Oyelaran-Maitland, told MPs that the government would not fund a bigger rise. “The taxpayer already puts £1.3bn a year into the railway on top of fares,” she said. She said she had asked Acas to offer talks before 10 May.
P full Harriet Oyelaran-Maitland
Q direct Harriet Oyelaran-Maitland :: “The taxpayer already puts £1.3bn a year into the railway on top of fares,”
F money £1.3bn
O government Acas
F date 10 May
> In Scotland, where ScotRail is publicly owned, Holyrood’s transport committee said it would hold an urgent session on Thursday.
L country Scotland
O company ScotRail
O government Holyrood
> Commuters at Manchester Piccadilly on Tuesday evening were resigned. Joanne Kilbride, 34, a nurse who travels 40 miles each way from Macclesfield, said she would stay with a friend for two nights. “I support them, honestly. I just wish it wasn’t the week of my exams,” she said.
L facility Manchester Piccadilly
P full Joanne Kilbride
F age 34
F quantity 40 miles
L city Macclesfield
F duration two nights
Q direct Joanne Kilbride :: “I support them, honestly. I just wish it wasn’t the week of my exams,”
> The Rail Delivery Group advised passengers to check before travelling from 6pm on Sunday 13 May until 8am on Wednesday 16 May, and said tickets for both days could be used on 17 May or refunded.
O nonprofit Rail Delivery Group
F time 6pm
F date 13 May
F time 8am
F date 16 May
F date 17 May
'''

ARTICLES['1251-tour-de-romandie-stage-3-thyon-2000-kolenc-snow-results-velo'] = r'''
> Road
> Tour de Romandie: Žiga Kolenc Conquers Thyon 2000 as Van den Broeck Cracks in the Snow
P full Žiga Kolenc
L city Thyon 2000
P partial Van den Broeck
> Slovenian climber wins stage 3 and takes the yellow jersey after a 14-kilometer final ascent from Sion
F quantity 14-kilometer
L city Sion
> By Maren Holtby-Ashe
P full Maren Holtby-Ashe
> Published April 29, 2040 12:48 PM
F date April 29, 2040
F time 12:48 PM
> Žiga Kolenc (Helvion-Scott) attacks on the upper slopes of Thyon 2000. (Photo: Lionel Bruchez/Getty Images)
P full Žiga Kolenc
O team Helvion-Scott
L city Thyon 2000
P full Lionel Bruchez
O company Getty Images
> Žiga Kolenc (Helvion-Scott) won stage 3 of the Tour de Romandie at Thyon 2000 on Wednesday, riding clear of the favorites 3.2 kilometers from the summit in falling snow to take the race lead.
P full Žiga Kolenc
O team Helvion-Scott
L city Thyon 2000
F quantity 3.2 kilometers
> The 26-year-old finished alone in 4:12:37 after the 145.8km stage from Aigle, 18 seconds ahead of Sindre Østby (Nordvik-Koga) and 31 seconds ahead of Dúber Andrés Quintero (Grupo Andino-Orbea). Overnight leader Lukas van den Broeck (Tarvesa-Look) lost 1:04 and dropped to fifth overall.
F age 26-year-old
F duration 4:12:37
F quantity 145.8km
L city Aigle
F duration 18 seconds
P full Sindre Østby
O team Nordvik-Koga
F duration 31 seconds
P full Dúber Andrés Quintero
O team Grupo Andino-Orbea
P full Lukas van den Broeck
O team Tarvesa-Look
F duration 1:04
> Organizers had cut 11 kilometers and the Col des Mosses from the route on Tuesday night after forecasters warned of snow above 1,400 meters. The riders still faced the Col de la Croix, the climb to Villars-sur-Ollon and the final ascent from Sion through Vex and Les Collons, which averages 7.6 percent.
F quantity 11 kilometers
L geo Col des Mosses
F quantity 1,400 meters
L geo Col de la Croix
L city Villars-sur-Ollon
L city Sion
L city Vex
L city Les Collons
F percent 7.6 percent
> “I was freezing on the descent from the Croix, I could not feel my fingers,” Kolenc said at the finish. “But on the climb you warm up fast. When Lukas looked back with 4km to go, I knew it was the moment.”
Q direct Žiga Kolenc :: “I was freezing on the descent from the Croix, I could not feel my fingers,”
L geo Croix
P partial Kolenc
Q direct Žiga Kolenc :: “But on the climb you warm up fast. When Lukas looked back with 4km to go, I knew it was the moment.”
P partial Lukas
F quantity 4km
> At the summit the temperature was 1C, and the last 500 meters ran between walls of plowed snow.
F quantity 1C
F quantity 500 meters
> Helvion-Scott set the pace on the lower slopes with three riders, and by Vex the front group was down to 14. Van den Broeck, who won Sunday’s prologue in Lausanne, was dropped when Quintero accelerated on the steepest section, a 12 percent ramp that local fans call the “Vex wall.”
O team Helvion-Scott
F number three
L city Vex
F number 14
P partial Van den Broeck
L city Lausanne
P partial Quintero
F percent 12 percent
Q scare - :: “Vex wall.”
> “My legs were empty, there is nothing more to say,” Van den Broeck said. “Maybe it was the cold. Tomorrow is another day, and the race is not over until Geneva.”
Q direct Lukas van den Broeck :: “My legs were empty, there is nothing more to say,”
P partial Van den Broeck
Q direct Lukas van den Broeck :: “Maybe it was the cold. Tomorrow is another day, and the race is not over until Geneva.”
L city Geneva
> His Tarvesa-Look team said in a statement that the Belgian had been “fighting a chest cold since Monday” and would start Thursday’s stage to Fribourg.
O team Tarvesa-Look
Q direct Tarvesa-Look :: “fighting a chest cold since Monday”
L city Fribourg
> Østby, 22, in his first WorldTour season, took six bonus seconds for second place. “In Norway we train in this weather all winter, so maybe I had a small advantage,” he said, laughing.
P partial Østby
F age 22
O other WorldTour
F duration six bonus seconds
Q direct Sindre Østby :: “In Norway we train in this weather all winter, so maybe I had a small advantage,”
L country Norway
> Noé Berthoud of the Swiss national team was fourth, 46 seconds down, to the delight of several thousand fans at the finish. Kolenc, who was fourth at the 2039 Tour de Suisse, now leads Østby by 21 seconds with three stages left, including Saturday’s 19.4km time trial in Fribourg.
P full Noé Berthoud
F duration 46 seconds
P partial Kolenc
F date 2039
P partial Østby
F duration 21 seconds
F number three
F quantity 19.4km
L city Fribourg
> Stage 3 results
> 1. Žiga Kolenc (Slo) Helvion-Scott 4:12:37
P full Žiga Kolenc
L country Slo
O team Helvion-Scott
F duration 4:12:37
> 2. Sindre Østby (Nor) Nordvik-Koga +0:18
P full Sindre Østby
L country Nor
O team Nordvik-Koga
F duration +0:18
> 3. Dúber Andrés Quintero (Col) Grupo Andino-Orbea +0:31
P full Dúber Andrés Quintero
L country Col
O team Grupo Andino-Orbea
F duration +0:31
> 4. Noé Berthoud (Sui) Switzerland +0:46
P full Noé Berthoud
L country Sui
O team Switzerland
F duration +0:46
> 5. Lukas van den Broeck (Bel) Tarvesa-Look +1:04
P full Lukas van den Broeck
L country Bel
O team Tarvesa-Look
F duration +1:04
> General classification after stage 3
> 1. Žiga Kolenc (Slo) Helvion-Scott 9:48:15
P full Žiga Kolenc
L country Slo
O team Helvion-Scott
F duration 9:48:15
> 2. Sindre Østby (Nor) Nordvik-Koga +0:21
P full Sindre Østby
L country Nor
O team Nordvik-Koga
F duration +0:21
> 3. Dúber Andrés Quintero (Col) Grupo Andino-Orbea +0:37
P full Dúber Andrés Quintero
L country Col
O team Grupo Andino-Orbea
F duration +0:37
'''

ARTICLES['1252-bray-fassaroe-412-homes-appeal-coimisiun-pleanala-wicklow-irish-times'] = r'''
> Housing & Planning
> Planning body clears 412 homes at Fassaroe in Bray despite ‘gridlock’ warnings
F number 412
L city Fassaroe
L city Bray
Q direct Aoife Ní Dhubhghaill :: ‘gridlock’
> Wicklow County Council had refused the €164m scheme, citing road access and flood risk along the Dargle
O government Wicklow County Council
F money €164m
L geo Dargle
> Conall Mac Aodha Bhuí
P full Conall Mac Aodha Bhuí
> Wed Mar 13 2041 - 17:45
F date Mar 13 2041
F time 17:45
> The Fassaroe site west of the N11, with Bray Head in the distance. Photograph: Saoirse Kinsella-Byrne
L city Fassaroe
L street N11
L geo Bray Head
P full Saoirse Kinsella-Byrne
> An Coimisiún Pleanála has granted permission for 412 homes on a 9.6-hectare site at Fassaroe, on the western edge of Bray, Co Wicklow, overturning a refusal by Wicklow County Council last September.
O government An Coimisiún Pleanála
F number 412
F quantity 9.6-hectare
L city Fassaroe
L city Bray
L region Co Wicklow
O government Wicklow County Council
> The €164 million scheme by Glencormac Living Ltd comprises 148 houses and 264 apartments in five blocks of up to seven storeys, along with a creche for 60 children. About 30 per cent of the homes are to be let as so-called “cost rental” units.
F money €164 million
O company Glencormac Living Ltd
F number 148
F number 264
F number five
F number seven
F number 60
F percent 30 per cent
Q scare - :: “cost rental”
> In its decision, dated March 8th, the commission said the development was “consistent with” the county development plan and that the applicant had “satisfactorily addressed” concerns over access from the Old Connaught Avenue junction.
F date March 8th
Q direct An Coimisiún Pleanála :: “consistent with”
Q direct An Coimisiún Pleanála :: “satisfactorily addressed”
L street Old Connaught Avenue
> The council had refused permission on the grounds that the scheme would cause a “traffic hazard” and that part of the site lay within a flood zone of the river Dargle.
Q direct Wicklow County Council :: “traffic hazard”
L geo Dargle
> Cllr Aoife Ní Dhubhghaill (SD), who represents the Bray East area, said the decision would bring “gridlock” to a town already choked at peak times.
P full Aoife Ní Dhubhghaill
O party SD
L region Bray East
Q direct Aoife Ní Dhubhghaill :: “gridlock”
> “There is one road in and one road out of Fassaroe. At 8.15 in the morning you can sit for 25 minutes to get on to the N11,” she said. “Nobody here is against housing. People are against being told by a body in Dublin that a ‘temporary’ bus lane will fix it.
Q direct Aoife Ní Dhubhghaill :: “There is one road in and one road out of Fassaroe. At 8.15 in the morning you can sit for 25 minutes to get on to the N11,”
F number one
F number one
L city Fassaroe
F time 8.15
F duration 25 minutes
L street N11
Q direct Aoife Ní Dhubhghaill :: “Nobody here is against housing. People are against being told by a body in Dublin that a ‘temporary’ bus lane will fix it.
L city Dublin
> “We were promised a Luas extension in 2030. We are still waiting.”
Q direct Aoife Ní Dhubhghaill :: “We were promised a Luas extension in 2030. We are still waiting.”
F date 2030
> Her party colleague in the Dáil, Wicklow TD Ruairí de Paor, said he would ask the Minister for Housing to review the “cumulative impact” of 1,900 homes approved in the Bray area since 2038.
O government Dáil
L region Wicklow
P full Ruairí de Paor
Q direct Ruairí de Paor :: “cumulative impact”
F number 1,900
L city Bray
F date 2038
> The managing director of Glencormac Living, Fiachra Tallon-Reid, welcomed the decision. “Bray needs homes for the people who grew up here and can’t afford to stay,” Mr Tallon-Reid said. He said construction could start within nine months and the first 120 homes would be ready by the end of 2043.
O company Glencormac Living
P full Fiachra Tallon-Reid
Q direct Fiachra Tallon-Reid :: “Bray needs homes for the people who grew up here and can’t afford to stay,”
L city Bray
P partial Tallon-Reid
F duration nine months
F number 120
F date 2043
> The company will pay development levies of €6.2m to the council and contribute €1.1m to a new pedestrian bridge over the Dargle at Ravenswell.
F money €6.2m
F money €1.1m
L geo Dargle
L city Ravenswell
> A council spokeswoman said the authority was “studying the decision” and would not comment further. Fassaroe Residents’ Alliance, which made one of 317 submissions, said it was “considering a judicial review” in the High Court.
Q direct - :: “studying the decision”
O nonprofit Fassaroe Residents’ Alliance
F number 317
Q direct Fassaroe Residents’ Alliance :: “considering a judicial review”
O government High Court
> Figures from the Central Statistics Office show the population of Bray grew by 11.4 per cent to 37,800 between 2031 and 2036.
O government Central Statistics Office
L city Bray
F percent 11.4 per cent
F number 37,800
F date 2031
F date 2036
'''

ARTICLES['1253-brazil-soybean-exports-madeira-river-low-porto-velho-itacoatiara-reuters'] = r'''
> Commodities
> Brazil's northern soy exports slump as Madeira River hits record low
L country Brazil
L geo Madeira River
> Barge convoys halted at Porto Velho; traders shift cargoes to Santos and Paranagua
L city Porto Velho
L city Santos
L city Paranagua
> By Renata Figueiredo Lins and Tomasz Wierzbicki-Soto
P full Renata Figueiredo Lins
P full Tomasz Wierzbicki-Soto
> September 18, 2040 4:05 PM GMT-3 Updated 3 hours ago
F date September 18, 2040
F time 4:05 PM GMT-3
F duration 3 hours
> Barges loaded with soybeans sit idle on the Madeira River in Porto Velho, Rondonia state, Brazil September 16, 2040. REUTERS/Joao Batista Arruda
L geo Madeira River
L city Porto Velho
L region Rondonia
L country Brazil
F date September 16, 2040
O media REUTERS
P full Joao Batista Arruda
> SAO PAULO, Sept 18 (Reuters) - Soybean shipments from Brazil's northern river ports fell by more than a third in the first half of September as the Madeira River dropped to its lowest level on record, halting barge traffic from Porto Velho and forcing traders to send cargoes south by truck, industry data showed on Wednesday.
L city SAO PAULO
F date Sept 18
O media Reuters
L country Brazil
F fraction a third
L geo Madeira River
L city Porto Velho
> The river measured 0.62 meters at Porto Velho on Tuesday, below the previous low of 1.10 meters set in 2024, according to Brazil's geological service SGB.
F quantity 0.62 meters
L city Porto Velho
F quantity 1.10 meters
F date 2024
L country Brazil
O government SGB
> Grain exporters group Anec said exports through the so-called "Arco Norte" ports, which include Itacoatiara in Amazonas state and Santarem and Barcarena in Para, totaled 1.42 million metric tons between Sept. 1 and Sept. 14, down 36% from the same period a year earlier.
O nonprofit Anec
Q scare - :: "Arco Norte"
L city Itacoatiara
L region Amazonas
L city Santarem
L city Barcarena
L region Para
F quantity 1.42 million metric tons
F date Sept. 1
F date Sept. 14
F percent 36%
> "We have 140 barges tied up in Porto Velho and another 60 waiting upriver. Nothing moves below 1.5 meters," said Cristiano Bezerra Tavares, logistics director at barge operator Hidrovia Madeira Navegacao, which carries soy from Mato Grosso and Rondonia to Itacoatiara.
Q direct Cristiano Bezerra Tavares :: "We have 140 barges tied up in Porto Velho and another 60 waiting upriver. Nothing moves below 1.5 meters,"
F number 140
L city Porto Velho
F number 60
F quantity 1.5 meters
P full Cristiano Bezerra Tavares
O company Hidrovia Madeira Navegacao
L region Mato Grosso
L region Rondonia
L city Itacoatiara
> Tavares said the company had laid off 210 crew members and expected navigation to resume only after rains return in late October. "Every week the river is closed costs us around 9 million reais," he said.
P partial Tavares
F number 210
Q direct Cristiano Bezerra Tavares :: "Every week the river is closed costs us around 9 million reais,"
F money 9 million reais
> Trucking soybeans from northern Mato Grosso to the southern port of Santos adds about 2,100 km to the journey. Freight from Sorriso to Santos rose to 412 reais ($79.10) per ton this week from 335 reais in August, according to the Mato Grosso Institute of Agricultural Economics (Imea).
L region Mato Grosso
L city Santos
F quantity 2,100 km
L city Sorriso
L city Santos
F money 412 reais
F money $79.10
F money 335 reais
O nonprofit Mato Grosso Institute of Agricultural Economics
O nonprofit Imea
> "The north was supposed to be the cheap route. Right now it is the expensive one," said a trader at a multinational grains house in Sao Paulo, who asked not to be named. He said some September cargoes bound for China had been "washed out" and rebooked for November from Paranagua.
Q direct - :: "The north was supposed to be the cheap route. Right now it is the expensive one,"
L city Sao Paulo
L country China
Q direct - :: "washed out"
L city Paranagua
> Anec nonetheless raised its forecast for Brazil's total September soybean exports to 6.85 million tons from 6.6 million a week ago, as shipments from the south offset the northern losses. Brazil, the world's largest soybean exporter, shipped a record 109.3 million tons in 2039.
O nonprofit Anec
L country Brazil
F quantity 6.85 million tons
F quantity 6.6 million
L country Brazil
F quantity 109.3 million tons
F date 2039
> Line-ups were also growing at Paranagua, where 74 ships were waiting to load grains and meal, up from 51 two weeks ago, shipping agency Rotamar Agenciamento said.
L city Paranagua
F number 74
F number 51
F duration two weeks
O company Rotamar Agenciamento
> Analyst Larissa Oyama Kruger of consultancy Safras Norte said the drought would also slow the planting of the 2040/41 crop in Rondonia and southern Amazonas. "If the rains are late again, farmers will not plant the second corn crop on time," she said.
P full Larissa Oyama Kruger
O company Safras Norte
F date 2040/41
L region Rondonia
L region Amazonas
Q direct Larissa Oyama Kruger :: "If the rains are late again, farmers will not plant the second corn crop on time,"
> ($1 = 5.2080 reais)
F money $1
F money 5.2080 reais
> Reporting by Renata Figueiredo Lins and Tomasz Wierzbicki-Soto; Editing by Aurelio Mancebo Prieto
P full Renata Figueiredo Lins
P full Tomasz Wierzbicki-Soto
P full Aurelio Mancebo Prieto
'''

ARTICLES['1254-brisbane-flood-recovery-rocklea-oxley-goodna-grants-courier-mail'] = r'''
> QLD News
L region QLD
> ‘Mud is the easy part’: Rocklea families face months of flood rebuild
Q direct Kylie Brannigan :: ‘Mud is the easy part’
L city Rocklea
> Three weeks after 438mm fell on Brisbane’s southwest in 72 hours, hundreds of homes in Rocklea, Oxley and Goodna are still gutted, and families say the grants are too slow.
F duration Three weeks
F quantity 438mm
L city Brisbane
F duration 72 hours
L city Rocklea
L city Oxley
L city Goodna
> Tahlia Rennick-Oakes
P full Tahlia Rennick-Oakes
> March 24, 2041 - 5:30AM
F date March 24, 2041
F time 5:30AM
> Kylie Brannigan and her son Jaxon, 9, outside their gutted Rocklea home. Picture: Lachlan Okafor-Reid
P full Kylie Brannigan
P partial Jaxon
F age 9
L city Rocklea
P full Lachlan Okafor-Reid
> KYLIE Brannigan has scrubbed the same kitchen floor in Rocklea four times since the Oxley Creek came through her front door on March 2, 2041, leaving a tide mark 1.4m up the wall.
P full KYLIE Brannigan
L city Rocklea
F number four
L geo Oxley Creek
F date March 2, 2041
F quantity 1.4m
> “Mud is the easy part. It’s the waiting that breaks you,” the 41-year-old said. “We’ve got no plasterboard, no fridge and no idea when the insurer will turn up.”
Q direct Kylie Brannigan :: “Mud is the easy part. It’s the waiting that breaks you,”
F age 41-year-old
Q direct Kylie Brannigan :: “We’ve got no plasterboard, no fridge and no idea when the insurer will turn up.”
> The Bureau of Meteorology (BoM) recorded 438mm at Rocklea over the three days to March 3, including 211mm in 24 hours, the highest daily total at the gauge since January 2011.
O government Bureau of Meteorology
O government BoM
F quantity 438mm
L city Rocklea
F duration three days
F date March 3
F quantity 211mm
F duration 24 hours
F date January 2011
> Brisbane City Council says 1,870 homes in the city were inundated above floor level, most of them in Rocklea, Oxley, Chelmer, Graceville and Fairfield, with a further 640 in Goodna and Bundamba in the Ipswich council area.
O government Brisbane City Council
F number 1,870
L city Rocklea
L city Oxley
L city Chelmer
L city Graceville
L city Fairfield
F number 640
L city Goodna
L city Bundamba
L city Ipswich
> Lord Mayor Tristan Vaughan-Doyle said crews had removed more than 14,000 tonnes of flood waste and that the council would waive rates for affected homeowners for six months.
P full Tristan Vaughan-Doyle
F quantity 14,000 tonnes
F duration six months
> “We are not going to leave anyone behind, whether it takes six weeks or six months,” Cr Vaughan-Doyle said. “But I won’t pretend this is quick.”
Q direct Tristan Vaughan-Doyle :: “We are not going to leave anyone behind, whether it takes six weeks or six months,”
F duration six weeks
F duration six months
P partial Vaughan-Doyle
Q direct Tristan Vaughan-Doyle :: “But I won’t pretend this is quick.”
> Under jointly funded state and federal arrangements, households can claim a $180 emergency payment per person, up to $900 for a family, and structural assistance grants of up to $50,000.
F money $180
F money $900
F money $50,000
> The Queensland Reconstruction Authority (QRA) said it had received 9,412 applications and approved 3,106, worth $48.6m in total. The average wait for a structural assessment was 19 days.
O government Queensland Reconstruction Authority
O government QRA
F number 9,412
F number 3,106
F money $48.6m
F duration 19 days
> A QRA spokesperson said the authority had doubled its assessors to 120 and expected to clear the backlog “by the end of April”.
O government QRA
F number 120
Q direct - :: “by the end of April”
> In Goodna, where the Brisbane River peaked at 14.9m on March 4, Ipswich Mayor Deb Tuilagi-Marsh said whole streets were still without power.
L city Goodna
L geo Brisbane River
F quantity 14.9m
F date March 4
L city Ipswich
P full Deb Tuilagi-Marsh
> “I walked down Stuart Street on Saturday and there were 30 houses with their lives on the footpath,” she said. “People here have done this in 2011, in 2022 and now again. They’re tired.
Q direct Deb Tuilagi-Marsh :: “I walked down Stuart Street on Saturday and there were 30 houses with their lives on the footpath,”
L street Stuart Street
F number 30
Q direct Deb Tuilagi-Marsh :: “People here have done this in 2011, in 2022 and now again. They’re tired.
F date 2011
F date 2022
> “Some of them are asking whether the ‘voluntary home buy-back’ is coming back, and I can’t tell them yet.”
Q direct Deb Tuilagi-Marsh :: “Some of them are asking whether the ‘voluntary home buy-back’ is coming back, and I can’t tell them yet.”
> Volunteers have filled the gaps. More than 2,000 people joined the “mud army” on the first weekend, and Brisbane’s 26-20 win over Melbourne at Suncorp Stadium on Friday night raised $312,000 for the Lord Mayor’s appeal.
F number 2,000
Q scare - :: “mud army”
O team Brisbane
F score 26-20
O team Melbourne
L facility Suncorp Stadium
F money $312,000
> Back in Rocklea, Ms Brannigan is living in a caravan in the driveway with Jaxon and her partner, Dale. The family’s insurer has told them a loss assessor will visit “within 10 business days”.
L city Rocklea
P partial Brannigan
P partial Jaxon
P partial Dale
Q direct - :: “within 10 business days”
F duration 10 business days
> “That’s what they said a fortnight ago,” she said.
Q direct Kylie Brannigan :: “That’s what they said a fortnight ago,”
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
