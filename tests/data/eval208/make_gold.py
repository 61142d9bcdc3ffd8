#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval208 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval208/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1291-date-hokkaido-brown-bear-sightings-hunters-orchards-kyodo-news'] = r'''
> Bear sightings triple in Hokkaido's Date as aging hunters struggle to keep up
L region Hokkaido
L city Date
> KYODO NEWS - Oct 3, 2039 - 17:45 | Japan, All
O media KYODO NEWS
F date Oct 3, 2039
F time 17:45
> Photo taken Sept. 28, 2039, shows a brown bear walking through a corn field in Date, Hokkaido. (Kyodo)
F date Sept. 28, 2039
L city Date
L region Hokkaido
O media Kyodo
> Sightings of brown bears in the city of Date in Hokkaido have more than tripled this year, with 214 reports logged by the end of September, prompting the city to hire extra hunters and to warn residents to stay indoors after dark, local officials said Monday.
L city Date
L region Hokkaido
F number 214
> The figure compares with 67 sightings in the whole of 2038, according to the city, which faces Uchiura Bay in southwestern Hokkaido. Six people have been injured by bears in the prefecture since April, one of them fatally, the Hokkaido Prefectural Police said.
F number 67
F date 2038
L geo Uchiura Bay
L region Hokkaido
F number Six
O government Hokkaido Prefectural Police
> "We have never seen numbers like this. Bears are coming down to the orchards in broad daylight," Date Mayor Haruto Ōnishi told a press conference. "Our hunters are doing their best, but many of them are in their 70s."
Q direct Haruto Ōnishi :: "We have never seen numbers like this. Bears are coming down to the orchards in broad daylight,"
L city Date
P full Haruto Ōnishi
Q direct Haruto Ōnishi :: "Our hunters are doing their best, but many of them are in their 70s."
F age 70s
> Ōnishi said the city will spend 38 million yen ($254,000) from a reserve fund to pay 12 more hunters for patrols through Nov. 30, and to put up electric fences around 40 hectares of farmland in the Ōtaki district.
P partial Ōnishi
F money 38 million yen
F money $254,000
F number 12
F date Nov. 30
F quantity 40 hectares
L city Ōtaki
> The Date branch of the Hokkaido Hunting Association has 31 members, whose average age is 71. Its head, Shigeru Kanemoto, 74, said a single bear that has learned to raid farms can take two or three days to track down.
L city Date
O nonprofit Hokkaido Hunting Association
F number 31
F age 71
P full Shigeru Kanemoto
F age 74
F duration two
F duration three days
> "It is not like hunting deer. A bear that knows people will wait for you in the grass," Kanemoto said. "Some of the younger members have told me, 'I have a family, I cannot do this.' I understand them.
Q direct Shigeru Kanemoto :: "It is not like hunting deer. A bear that knows people will wait for you in the grass,"
P partial Kanemoto
Q direct Shigeru Kanemoto :: "Some of the younger members have told me, 'I have a family, I cannot do this.' I understand them.
> "We are paid 8,500 yen a day. For that money, nobody will risk his life for a field of corn."
Q direct Shigeru Kanemoto :: "We are paid 8,500 yen a day. For that money, nobody will risk his life for a field of corn."
F money 8,500 yen
> Under a revision of the wildlife protection law that took effect in 2025, municipalities can let hunters fire rifles in residential areas when a bear poses an imminent danger. Date has used the so-called "emergency shooting" rule three times since August.
F date 2025
L city Date
Q scare - :: "emergency shooting"
F number three
> An official of the Hokkaido Prefectural Government, speaking on condition of anonymity, said a poor crop of beechnuts and acorns in the mountains had driven bears toward towns across the region, including neighboring Sobetsu and Toyako. "It is the worst autumn since records began in 1990," the official said.
O government Hokkaido Prefectural Government
L city Sobetsu
L city Toyako
Q direct - :: "It is the worst autumn since records began in 1990,"
F date 1990
> The Environment Ministry said in a statement that 5,900 bears were culled nationwide in the six months to September, about 40 percent of them in Hokkaido, and called for "sustained" funding for local hunters.
O government Environment Ministry
F number 5,900
F duration six months
F percent 40 percent
L region Hokkaido
Q direct Environment Ministry :: "sustained"
> In Date, a city of about 32,000 people, schools have moved bus pickups to 3:30 p.m. and canceled outdoor sports days. Ayaka Tsuchiya, 38, who runs an apple orchard on the city's edge, said she had lost half of her crop. "They eat the fruit and break the branches. Next year will be worse," she said.
L city Date
F number 32,000
F time 3:30 p.m.
P full Ayaka Tsuchiya
F age 38
F fraction half
Q direct Ayaka Tsuchiya :: "They eat the fruit and break the branches. Next year will be worse,"
'''

ARTICLES['1292-vasseur-wins-australian-motogp-phillip-island-bianchini-motorsport-com'] = r'''
> MotoGP
O other MotoGP
> Vasseur pips Bianchini by 0.041s in Phillip Island thriller
P partial Vasseur
P partial Bianchini
F duration 0.041s
L facility Phillip Island
> Ducati’s Théo Vasseur won the Australian Grand Prix by just 0.041 seconds after a last-lap pass on Aprilia’s Matteo Bianchini, and now leads the championship with three rounds left.
O team Ducati
P full Théo Vasseur
F duration 0.041 seconds
O team Aprilia
P full Matteo Bianchini
F number three
> By Rhiannon Calloway-Price
P full Rhiannon Calloway-Price
> Oct 16, 2039, 4:52 PM
F date Oct 16, 2039
F time 4:52 PM
> Théo Vasseur, Ducati Lenovo Team
P full Théo Vasseur
O team Ducati Lenovo Team
> Photo by: Gold and Goose / Motorsport Images
O media Gold and Goose
O media Motorsport Images
> Théo Vasseur snatched victory in a breathless MotoGP race at Phillip Island on Sunday, diving under Matteo Bianchini at Doohan Corner on the final lap and crossing the line 0.041s ahead in front of 94,300 fans.
P full Théo Vasseur
O other MotoGP
L facility Phillip Island
P full Matteo Bianchini
L facility Doohan Corner
F duration 0.041s
F number 94,300
> Gresini Racing rookie Sindre Haaland, 21, was the top independent rider in fifth, 6.07s behind the winner on his first visit to the 4.448km track.
O team Gresini Racing
P full Sindre Haaland
F age 21
F duration 6.07s
F quantity 4.448km
> The Frenchman, 26, started fifth on the grid but took the lead on lap 19 of the 27-lap race when Bianchini ran wide at Lukey Heights in gusts of up to 60km/h. The Italian retook it two laps from the end, only for Vasseur to answer at the first corner of the last lap.
F age 26
F number 27
P partial Bianchini
L facility Lukey Heights
F quantity 60km/h
F number two
P partial Vasseur
> “Honestly, I thought it was gone when Matteo passed me at the Southern Loop,” said Vasseur. “The front was closing everywhere. But into Doohan I knew he had to defend the inside, and I braked maybe five metres later than I should.
Q direct Théo Vasseur :: “Honestly, I thought it was gone when Matteo passed me at the Southern Loop,”
P partial Matteo
L facility Southern Loop
P partial Vasseur
Q direct Théo Vasseur :: “The front was closing everywhere. But into Doohan I knew he had to defend the inside, and I braked maybe five metres later than I should.
L facility Doohan
F quantity five metres
> “When I saw the board say ‘P1’ on the back straight I could not believe it. This one is for the whole team.”
Q direct Théo Vasseur :: “When I saw the board say ‘P1’ on the back straight I could not believe it. This one is for the whole team.”
> Bianchini, 31, was left to rue a tyre choice that his Aprilia Racing team admitted had been “a gamble”. He opted for the medium rear Michelin while most of the field chose the soft, and his lap times faded by about 0.3s a lap in the closing stages.
P partial Bianchini
F age 31
O team Aprilia Racing
Q direct Aprilia Racing :: “a gamble”
O company Michelin
F duration 0.3s
> “We had the pace for 25 laps, not for 27,” Bianchini said. “Second is still 20 points, and we go to Sepang only five points behind.”
Q direct Matteo Bianchini :: “We had the pace for 25 laps, not for 27,”
F number 25
F number 27
P partial Bianchini
Q direct Matteo Bianchini :: “Second is still 20 points, and we go to Sepang only five points behind.”
F number 20
L facility Sepang
F number five
> Honda’s Kaito Morishita completed the podium, 3.118s behind, to give the Japanese factory its second rostrum of the season. Lachlan O’Dwyer, the only Australian on the grid, finished sixth for Trackhouse Racing and was cheered on every lap by a crowd that the organisers said was the largest at the circuit since 2005.
O team Honda
P full Kaito Morishita
F duration 3.118s
P full Lachlan O’Dwyer
O team Trackhouse Racing
F date 2005
> “I grew up in Cowes, ten minutes down the road, so this place is everything to me,” O’Dwyer said.
Q direct Lachlan O’Dwyer :: “I grew up in Cowes, ten minutes down the road, so this place is everything to me,”
L city Cowes
F duration ten minutes
P partial O’Dwyer
> Red Bull KTM Factory Racing’s Joaquín de la Vega crashed out at Stoner Corner on lap 9 while running fourth and was taken to the medical centre for checks on his left wrist. The team said in a statement that the 23-year-old had been declared fit to race in Malaysia.
O team Red Bull KTM Factory Racing
P full Joaquín de la Vega
L facility Stoner Corner
F age 23-year-old
L country Malaysia
> Vasseur now leads the standings on 312 points, five ahead of Bianchini, with Morishita a distant third on 247. Track temperature peaked at 38C, and the winning race time was 40m12.604s.
P partial Vasseur
F number 312
F number five
P partial Bianchini
P partial Morishita
F number 247
F quantity 38C
F duration 40m12.604s
'''

ARTICLES['1293-beetaloo-basin-gas-project-approval-northern-land-council-guardian-australia'] = r'''
> Northern Territory
L region Northern Territory
> Beetaloo gas project wins approval despite land council warning of ‘broken promises’
L geo Beetaloo
Q direct Yvonne Japanangka Morris :: ‘broken promises’
> Karrabin Energy’s $4.6bn plan to produce 180 petajoules a year from 2043 gets NT government green light, but traditional owners say consent was rushed
O company Karrabin Energy
F money $4.6bn
F quantity 180 petajoules
F date 2043
L region NT
> Mardi Kesteven-Hall Energy reporter
P full Mardi Kesteven-Hall
> Wed 14 Mar 2040 05.00 AEDT
F date 14 Mar 2040
F time 05.00 AEDT
> Drilling equipment at an exploration site in the Beetaloo basin, about 500km south-east of Darwin. Photograph: Tobias Wren/AAP
L geo Beetaloo
F quantity 500km
L city Darwin
P full Tobias Wren
O media AAP
> The Northern Territory government has approved a $4.6bn gas development in the Beetaloo basin, clearing the way for the first commercial production from the region’s shale reserves, despite objections from the Northern Land Council that traditional owners were given “six weeks to decide the next 50 years”.
L region Northern Territory
F money $4.6bn
L geo Beetaloo
O government Northern Land Council
Q direct Northern Land Council :: “six weeks to decide the next 50 years”
F duration six weeks
F duration 50 years
> The project, run by the Perth-based Karrabin Energy, will drill 96 wells across 1,850 sq km of the Sturt Plateau and pipe the gas 310km north to Darwin’s export terminals. It is expected to produce 180 petajoules a year at its peak, equivalent to about 9% of annual demand on the east coast, the company said.
L city Perth
O company Karrabin Energy
F number 96
F quantity 1,850 sq km
L geo Sturt Plateau
F quantity 310km
L city Darwin
F quantity 180 petajoules
F percent 9%
> The territory’s minister for mining and energy, Callum Deverell, said the approval came with “the toughest conditions in the country”, including a $250m rehabilitation bond and a cap of 1.2m tonnes of carbon dioxide a year.
P full Callum Deverell
Q direct Callum Deverell :: “the toughest conditions in the country”
F money $250m
F quantity 1.2m tonnes
> “This is a decision that will create 1,400 jobs during construction and 230 permanent jobs, many of them in Katherine and Elliott,” he told reporters in Darwin on Tuesday. “Nobody has been rushed.”
Q direct Callum Deverell :: “This is a decision that will create 1,400 jobs during construction and 230 permanent jobs, many of them in Katherine and Elliott,”
F number 1,400
F number 230
L city Katherine
L city Elliott
L city Darwin
Q direct Callum Deverell :: “Nobody has been rushed.”
> The NLC’s chief executive, Yvonne Japanangka Morris, said the council had asked for six months to consult about 40 family groups whose country lies over the gas field.
O government NLC
P full Yvonne Japanangka Morris
F duration six months
F number 40
> “Traditional owners were told the company needed an answer by 28 February,” she said. “People were getting ‘information sessions’ at the Daly Waters pub at 10am on a weekday and being asked to sign by lunch.
Q direct Yvonne Japanangka Morris :: “Traditional owners were told the company needed an answer by 28 February,”
F date 28 February
Q direct Yvonne Japanangka Morris :: “People were getting ‘information sessions’ at the Daly Waters pub at 10am on a weekday and being asked to sign by lunch.
L city Daly Waters
F time 10am
> “Those are broken promises. The land rights act was meant to stop exactly this.”
Q direct Yvonne Japanangka Morris :: “Those are broken promises. The land rights act was meant to stop exactly this.”
> The federal environment minister has 30 days to decide whether the project needs further assessment under national environment law. A spokesperson for the minister said the department would “consider all relevant material”.
F duration 30 days
Q direct - :: “consider all relevant material”
> The Climate Council estimated the development would add 14m tonnes of emissions a year once the gas is burned overseas, mostly in Japan and South Korea. “You cannot call that a transition fuel,” said its senior researcher, Dr Priya Anand-Whitlock.
O nonprofit Climate Council
F quantity 14m tonnes
L country Japan
L country South Korea
Q direct Priya Anand-Whitlock :: “You cannot call that a transition fuel,”
P full Priya Anand-Whitlock
> Karrabin’s managing director, Wesley Hargreaves, said the company had paid $3.2m to the NLC since 2038 to fund meetings on country, and that a royalty of 2.5% would flow to a trust for traditional owners. First gas is expected in the second half of 2043.
O company Karrabin
P full Wesley Hargreaves
F money $3.2m
O government NLC
F date 2038
F percent 2.5%
F date 2043
> The Central Land Council, whose region takes in the southern edge of the basin, said it had not been consulted.
O government Central Land Council
> A spokesperson for the council said it would write to the minister “within days”.
Q direct - :: “within days”
'''

ARTICLES['1294-tax-revenue-falls-provinces-transfers-governors-arca-buenos-aires-times'] = r'''
> ECONOMY
> Tax Take Falls 6.2% in Real Terms as Governors Demand Their Share
F percent 6.2%
> Federal revenue collected by ARCA reached 19.4 trillion pesos in March, trailing inflation for a fifth month; automatic transfers to the provinces dropped 7.1 percent.
O government ARCA
F money 19.4 trillion pesos
F percent 7.1 percent
> BY MARTINA DEL VALLE ORTÚZAR
P full MARTINA DEL VALLE ORTÚZAR
> 02-04-2040 18:10
F date 02-04-2040
F time 18:10
> Economy Minister Ignacio Saravia Funes at the Casa Rosada. Photo: NA
P full Ignacio Saravia Funes
L facility Casa Rosada
O media NA
> Argentina’s tax revenue fell 6.2 percent in real terms in March compared with the same month of 2039, the Customs Collection and Control Agency (ARCA) reported on Monday, the fifth consecutive monthly drop and a fresh blow to provinces that depend on federal transfers to pay salaries.
L country Argentina
F percent 6.2 percent
F date 2039
O government Customs Collection and Control Agency
O government ARCA
> Total collection reached 19.4 trillion pesos, up 22.5 percent in nominal terms, while consumer prices rose 31.8 percent over the same 12 months, according to the INDEC statistics bureau.
F money 19.4 trillion pesos
F percent 22.5 percent
F percent 31.8 percent
F duration 12 months
O government INDEC
> Value-added tax (IVA), the biggest single source, brought in 6.9 trillion pesos, down 4.8 percent after inflation. Income tax fell 9.3 percent, and export duties, scrapped for wheat and corn in 2038, contributed just 212 billion pesos.
F money 6.9 trillion pesos
F percent 4.8 percent
F percent 9.3 percent
F date 2038
F money 212 billion pesos
> Under the co-participation regime, 57.7 percent of shared taxes go to the provinces automatically. Those transfers totalled 5.3 trillion pesos in March, a real decline of 7.1 percent, according to calculations by the Rosario-based consultancy Datum Federal.
F percent 57.7 percent
F money 5.3 trillion pesos
F percent 7.1 percent
L city Rosario
O company Datum Federal
> Economy Minister Ignacio Saravia Funes said the fall reflected “a deliberate reduction of the tax burden” and insisted the government would not print money to cover the gap. “The provinces must do what the nation has done: spend less,” he wrote on X.
P full Ignacio Saravia Funes
Q direct Ignacio Saravia Funes :: “a deliberate reduction of the tax burden”
Q direct Ignacio Saravia Funes :: “The provinces must do what the nation has done: spend less,”
O company X
> Córdoba Governor Valentina Ruiz Echagüe called the figures “a silent adjustment” on her province. “Every month the Casa Rosada says the numbers are improving, and every month we have less to pay teachers, nurses and police,” she told Radio Mitre.
L region Córdoba
P full Valentina Ruiz Echagüe
Q direct Valentina Ruiz Echagüe :: “a silent adjustment”
Q direct Valentina Ruiz Echagüe :: “Every month the Casa Rosada says the numbers are improving, and every month we have less to pay teachers, nurses and police,”
O government Casa Rosada
O media Radio Mitre
> “We received 412 billion pesos less than in the first quarter of last year. That is three months of salaries for the whole provincial police force.
Q direct Valentina Ruiz Echagüe :: “We received 412 billion pesos less than in the first quarter of last year. That is three months of salaries for the whole provincial police force.
F money 412 billion pesos
F duration three months
> “If this goes on until June, we will have to talk about ‘emergency bonds’ again, and nobody wants that.”
Q direct Valentina Ruiz Echagüe :: “If this goes on until June, we will have to talk about ‘emergency bonds’ again, and nobody wants that.”
> The governors of Buenos Aires Province, Santa Fe, Mendoza and Chubut signed a joint letter on Friday asking Congress to restore a 1.9 percent share of fuel tax that was cut in 2037. Chubut, whose oil royalties fell by a third last year, has already paid March salaries ten days late.
L region Buenos Aires Province
L region Santa Fe
L region Mendoza
L region Chubut
O government Congress
F percent 1.9 percent
F date 2037
L region Chubut
F fraction a third
F duration ten days
> “Revenue is falling faster than activity,” said Lucía Ferrante, an economist at the consultancy Pampa Datos. “Part of it is lower taxes, part of it is evasion. And with 2.4 percent monthly inflation, every peso collected a month late is worth less.”
Q direct Lucía Ferrante :: “Revenue is falling faster than activity,”
P full Lucía Ferrante
O company Pampa Datos
Q direct Lucía Ferrante :: “Part of it is lower taxes, part of it is evasion. And with 2.4 percent monthly inflation, every peso collected a month late is worth less.”
F percent 2.4 percent
> ARCA said collection would improve from May, when annual income tax returns fall due, and forecast real growth of between 1 and 2 percent in the second quarter.
O government ARCA
F percent 1
F percent 2 percent
> INDEC is due to publish March consumer prices on April 12.
O government INDEC
F date April 12
'''

ARTICLES['1295-sound-transit-tacoma-dome-light-rail-delay-fife-girders-seattle-times'] = r'''
> Transportation
> Sound Transit delays Tacoma Dome light rail to 2043, adding $1.1 billion to cost
O government Sound Transit
L facility Tacoma Dome
F date 2043
F money $1.1 billion
> Cracked girders on a Fife viaduct and a dispute with the contractor push the opening of four stations back by at least 27 months, the agency’s board was told Thursday.
L city Fife
F number four
F duration 27 months
> By Marisol Quintanilla-Hart, Seattle Times staff reporter
P full Marisol Quintanilla-Hart
O media Seattle Times
> Updated March 22, 2040 at 6:14 pm
F date March 22, 2040
F time 6:14 pm
> Concrete girders sit beside the unfinished guideway near the future Fife station on Feb. 27, 2040. (Graham Ostrowski / The Seattle Times)
L city Fife
F date Feb. 27, 2040
P full Graham Ostrowski
O media The Seattle Times
> Riders in Pierce County will wait at least two years longer for light rail to reach the Tacoma Dome, after Sound Transit told its board Thursday that the 9.7-mile extension from Federal Way will not open until the spring of 2043.
L region Pierce County
F duration two years
L facility Tacoma Dome
O government Sound Transit
F quantity 9.7-mile
L city Federal Way
F date 2043
> The line had been due to open in September 2040. The new schedule adds an estimated $1.1 billion to a project already budgeted at $4.8 billion, pushing its total to $5.9 billion, staff said.
F date September 2040
F money $1.1 billion
F money $4.8 billion
F money $5.9 billion
> Most of the delay comes from 212 precast girders on the elevated section through Fife, Milton and the Tacoma tideflats. Inspectors found hairline cracks in 38 of them in November, and the agency ordered every girder load-tested.
F number 212
L city Fife
L city Milton
L city Tacoma
F number 38
> “We are not going to open a bridge that we are not completely sure about,” said Sound Transit CEO Renata Szymańska-Bell. “I know ‘another two years’ sounds like forever to somebody in Fife or Tacoma who voted for this in 2016. I hear that.”
Q direct Renata Szymańska-Bell :: “We are not going to open a bridge that we are not completely sure about,”
O government Sound Transit
P full Renata Szymańska-Bell
Q direct Renata Szymańska-Bell :: “I know ‘another two years’ sounds like forever to somebody in Fife or Tacoma who voted for this in 2016. I hear that.”
F duration two years
L city Fife
L city Tacoma
F date 2016
> The contractor, Cascade Span Constructors, disputes the agency’s findings. In a letter to the board dated March 8, the joint venture said the cracks were “cosmetic” and that the testing program would cost it $46 million and 14 months.
O company Cascade Span Constructors
F date March 8
Q direct Cascade Span Constructors :: “cosmetic”
F money $46 million
F duration 14 months
> Board chair and Pierce County Executive Tomás Oyarzún-Reed called the news “a gut punch.” He asked staff to return by May 1 with options to open the Fife and Portland Avenue stations first, possibly by late 2041, with buses carrying riders the last 2 miles to the Tacoma Dome.
L region Pierce County
P full Tomás Oyarzún-Reed
Q direct Tomás Oyarzún-Reed :: “a gut punch.”
F date May 1
L city Fife
L facility Portland Avenue
F date 2041
F quantity 2 miles
L facility Tacoma Dome
> For Keanu Faleolo, 29, who commutes from Fife to a warehouse job in Kent, the news means another two years of a 50-minute bus ride each way.
P full Keanu Faleolo
F age 29
L city Fife
L city Kent
F duration two years
F duration 50-minute
> “They keep moving the date and nobody ever says sorry,” Faleolo said. “I could have bought a car with what I’ve spent on waiting.”
Q direct Keanu Faleolo :: “They keep moving the date and nobody ever says sorry,”
P partial Faleolo
Q direct Keanu Faleolo :: “I could have bought a car with what I’ve spent on waiting.”
> Seattle City Council member Grace Hwang said the agency must not let the overruns “bleed into” the Ballard and West Seattle extensions, which voters approved in the same 2016 measure.
O government Seattle City Council
P full Grace Hwang
Q direct Grace Hwang :: “bleed into”
L city Ballard
L city West Seattle
F date 2016
> The board voted 13-4 to accept the revised schedule. A Sound Transit spokesperson said an open house will be held at 6 p.m. April 9 at the Fife Community Center, 2111 54th Ave. E.
F number 13-4
O government Sound Transit
F time 6 p.m.
F date April 9
L facility Fife Community Center
L address 2111 54th Ave. E.
> Sound Transit has opened 12 stations since 2021, but three of its last four extensions opened late, according to an audit the agency released in January.
O government Sound Transit
F number 12
F date 2021
F number three
F number four
'''

ARTICLES['1296-nairobi-coffee-exchange-auction-prices-slump-nyeri-factories-daily-nation'] = r'''
> Business
> Coffee prices slump 31% at Nairobi auction as buyers hold back
F percent 31%
L city Nairobi
> What you need to know:
> The average price of a 50-kilo bag fell to US$212 at Tuesday's sale, down from US$307 a week earlier.
F quantity 50-kilo
F money US$212
F money US$307
> Farmers in Nyeri and Kirinyaga say factories may pay less than Sh40 a kilo of cherry this season.
L region Nyeri
L region Kirinyaga
F money Sh40
> By Wanjiru Mwangi-Kariuki
P full Wanjiru Mwangi-Kariuki
> Wednesday, April 11, 2040
F date April 11, 2040
> Farmers deliver coffee cherry at the Kagumo-ini factory in Mathira, Nyeri County, on April 6, 2040. Photo credit: Joseph Kimani Ng'ang'a | Nation Media Group
L facility Kagumo-ini
L region Mathira
L region Nyeri County
F date April 6, 2040
P full Joseph Kimani Ng'ang'a
O media Nation Media Group
> Coffee prices at the Nairobi Coffee Exchange (NCE) fell by 31 percent on Tuesday, the steepest weekly drop in nearly 15 years, as international buyers stayed away from a sale that offered 38,400 bags.
O company Nairobi Coffee Exchange
O company NCE
F percent 31 percent
F duration 15 years
F number 38,400
> Only 61 percent of the lots on offer were sold, and the average price of a 50-kilo bag of clean coffee dropped to US$212 (Sh27,560), from US$307 (Sh39,910) at the previous sale on April 3, according to figures from the exchange.
F percent 61 percent
F quantity 50-kilo
F money US$212
F money Sh27,560
F money US$307
F money Sh39,910
F date April 3
> Traders blamed a bumper harvest in Brazil, the world's largest producer, and a stronger shilling, which has gained 8.5 percent against the dollar since January. "The Europeans are buying from Brazil at half the price. Our AA is good, but not that good," said a broker who asked not to be named.
L country Brazil
F percent 8.5 percent
Q direct - :: "The Europeans are buying from Brazil at half the price. Our AA is good, but not that good,"
L country Brazil
F fraction half
> For the 600,000 smallholders who grow most of Kenya's coffee, the slump comes as factories prepare their first payouts for the October-December harvest.
F number 600,000
L country Kenya
> At the Kagumo-ini factory in Mathira, which serves 2,300 members, chairman Daniel Gachanja Wahome said the society had hoped to pay Sh72 a kilo of cherry. "Now we are looking at Sh40, maybe Sh45. That does not even cover the fertiliser," he said.
L facility Kagumo-ini
L region Mathira
F number 2,300
P full Daniel Gachanja Wahome
F money Sh72
Q direct Daniel Gachanja Wahome :: "Now we are looking at Sh40, maybe Sh45. That does not even cover the fertiliser,"
F money Sh40
F money Sh45
> Mr Wahome said members delivered 1.26 million kilos of cherry last season, up from 980,000 kilos the year before, after the society replaced 40,000 old trees. "We did everything the government told us. We planted, we sprayed, we pruned.
P partial Wahome
F quantity 1.26 million kilos
F quantity 980,000 kilos
F number 40,000
Q direct Daniel Gachanja Wahome :: "We did everything the government told us. We planted, we sprayed, we pruned.
> "Now the government must tell us who will buy our coffee at a fair price."
Q direct Daniel Gachanja Wahome :: "Now the government must tell us who will buy our coffee at a fair price."
> In neighbouring Kirinyaga, county agriculture executive Esther Njeri Kanyi said the county would set aside Sh150 million to top up payments to farmers in its 19 co-operative societies.
L region Kirinyaga
P full Esther Njeri Kanyi
F money Sh150 million
F number 19
> "We cannot let farmers cut down their trees because of one bad auction," she said.
Q direct Esther Njeri Kanyi :: "We cannot let farmers cut down their trees because of one bad auction,"
F number one
> The Agriculture and Food Authority (AFA) said in a statement that it was "monitoring the market closely" and would meet exporters and marketing agents in Nairobi next week.
O government Agriculture and Food Authority
O government AFA
Q direct Agriculture and Food Authority :: "monitoring the market closely"
L city Nairobi
> Kenya earned Sh38.2 billion from coffee exports in 2039, down from Sh41 billion in 2038. The crop is grown in 33 of the country's 47 counties.
L country Kenya
F money Sh38.2 billion
F date 2039
F money Sh41 billion
F date 2038
F number 33
F number 47
> Some farmers in Murang'a have already uprooted their coffee bushes for avocados, the so-called "green gold," Mr Wahome said.
L region Murang'a
Q scare - :: "green gold,"
P partial Wahome
> The next auction is set for 10am on April 17.
F time 10am
F date April 17
> Coffee is sold at the NCE every Tuesday from October to June through 18 licensed marketing agents.
O company NCE
F number 18
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
