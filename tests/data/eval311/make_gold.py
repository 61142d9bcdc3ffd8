#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval311 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval311/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1909-new-territories-home-prices-rvd-tuen-mun-castle-peak-crest-first-time-buyers-scmp'] = r'''
> Business / Property
> New Territories home prices fall for sixth month as first-time buyers wait for bigger discounts
L region New Territories
> Rating and Valuation Department data shows flat prices in the New Territories fell 1.8 per cent in March, as a surveyor warns of ‘a slow grind, not a crash’
O government Rating and Valuation Department
L region New Territories
F percent 1.8 per cent
Q direct Irene Mak Wing-sze :: ‘a slow grind, not a crash’
> Natalie Kwok Hiu-tung
P full Natalie Kwok Hiu-tung
> Published: 7:15pm, 14 Apr 2042
F time 7:15pm
F date 14 Apr 2042
> Residential blocks in Tin Shui Wai, Yuen Long, where second-hand flat prices are down 14 per cent from their peak. Photo: Edmond Yip Chun-hei
L city Tin Shui Wai
L city Yuen Long
F percent 14 per cent
P full Edmond Yip Chun-hei
> Home prices in the New Territories fell for a sixth straight month in March, dragged down by a wave of new flats in Yuen Long and Tuen Mun and by first-time buyers in no hurry to sign, official data showed on Tuesday.
L region New Territories
L city Yuen Long
L city Tuen Mun
> The Rating and Valuation Department (RVD) said its price index for private flats in the New Territories dropped 1.8 per cent from February to 318.6, leaving prices 11.4 per cent below their level of April 2041. Across Hong Kong, prices fell 1.2 per cent in the month.
O government Rating and Valuation Department
O government RVD
L region New Territories
F percent 1.8 per cent
F number 318.6
F percent 11.4 per cent
F date April 2041
L region Hong Kong
F percent 1.2 per cent
> Flats of less than 430 sq ft lost 2.3 per cent in March, while those of 1,076 sq ft or more slipped just 0.4 per cent, according to the RVD.
F quantity 430 sq ft
F percent 2.3 per cent
F quantity 1,076 sq ft
F percent 0.4 per cent
O government RVD
> Developers have answered with discounts. Wing Fat Properties cut prices at Castle Peak Crest, its 300-flat project in Tuen Mun, for a second batch released on Saturday.
O company Wing Fat Properties
L facility Castle Peak Crest
F number 300
L city Tuen Mun
> “We priced the second batch at HK$13,800 per square foot, about 8 per cent below the first. That is where the market is,” said Gordon Lau Chi-keung, executive director of Wing Fat. “Buyers are telling us, very politely, that they can wait.”
Q direct Gordon Lau Chi-keung :: “We priced the second batch at HK$13,800 per square foot, about 8 per cent below the first. That is where the market is,”
Q direct Gordon Lau Chi-keung :: “Buyers are telling us, very politely, that they can wait.”
F money HK$13,800
F percent 8 per cent
P full Gordon Lau Chi-keung
O company Wing Fat
> Lau said the developer sold 212 of the 300 flats, with prices starting at HK$4.9 million (US$626,000) for a 355 sq ft one-bedroom unit. Nearly half the buyers came from Kowloon, he said.
P partial Lau
F number 212
F number 300
F money HK$4.9 million
F money US$626,000
F quantity 355 sq ft
F number one
F fraction half
L region Kowloon
> Dr Irene Mak Wing-sze, a director at Jadeline Property Consultants and a member of the Hong Kong Institute of Surveyors (HKIS), called the decline “a slow grind, not a crash”. She expects New Territories prices to fall a further 5 to 7 per cent this year as about 21,000 private flats are completed across the city in 2042, two in five of them in Yuen Long, Tuen Mun and Tin Shui Wai.
P full Irene Mak Wing-sze
O company Jadeline Property Consultants
O nonprofit Hong Kong Institute of Surveyors
O nonprofit HKIS
Q direct Irene Mak Wing-sze :: “a slow grind, not a crash”
L region New Territories
F percent 5
F percent 7 per cent
F number 21,000
F date 2042
F number two
F number five
L city Yuen Long
L city Tuen Mun
L city Tin Shui Wai
> “The Northern Metropolis will bring jobs eventually, but eventually does not pay a mortgage,” Mak said. “With the one-month Hibor still near 3.9 per cent, a young couple watches the rate, not the index.”
Q direct Irene Mak Wing-sze :: “The Northern Metropolis will bring jobs eventually, but eventually does not pay a mortgage,”
Q direct Irene Mak Wing-sze :: “With the one-month Hibor still near 3.9 per cent, a young couple watches the rate, not the index.”
L region Northern Metropolis
P partial Mak
F duration one-month
F percent 3.9 per cent
> Cheryl Tsang Hoi-yan, 31, a nurse at Tuen Mun Hospital, has been looking for two years. She and her husband rent a 280 sq ft flat in Tuen Mun for HK$11,200 a month and have saved HK$900,000 for a deposit.
P full Cheryl Tsang Hoi-yan
F age 31
O other Tuen Mun Hospital
F duration two years
F quantity 280 sq ft
L city Tuen Mun
F money HK$11,200
F money HK$900,000
> “My parents say buy now before prices go up again. My mother’s generation called property ‘the thing that never falls’, and we grew up believing it,” Tsang said. “But every month I wait, the flat I want gets cheaper.
Q direct Cheryl Tsang Hoi-yan :: “My parents say buy now before prices go up again. My mother’s generation called property ‘the thing that never falls’, and we grew up believing it,”
Q direct Cheryl Tsang Hoi-yan :: “But every month I wait, the flat I want gets cheaper.
P partial Tsang
> “If it drops another 5 per cent, we will sign. Not before.”
Q direct Cheryl Tsang Hoi-yan :: “If it drops another 5 per cent, we will sign. Not before.”
F percent 5 per cent
> A branch manager at Centaline Property Agency in Yuen Long, who asked not to be named, said weekend viewings had risen 15 per cent since the Castle Peak Crest launch, but that most visitors “come to look, not to sign”.
O company Centaline Property Agency
L city Yuen Long
F percent 15 per cent
L facility Castle Peak Crest
Q direct - :: “come to look, not to sign”
> The RVD will publish its April figures on May 12.
O government RVD
F date May 12
'''

ARTICLES['1910-brandtner-cheese-kiel-wisconsin-family-succession-grandchildren-fortune'] = r'''
> Leadership
> A Wisconsin cheese dynasty built a $410 million business. Now three grandchildren want the keys
L region Wisconsin
F money $410 million
F number three
> Brandtner Cheese has made cheddar in Kiel for 85 years. The founder’s grandchildren disagree on almost everything, except one rule: ‘Nobody sells.’
O company Brandtner Cheese
L city Kiel
F duration 85 years
Q direct Lukas Brandtner :: ‘Nobody sells.’
> By Dana Whitcomb
P full Dana Whitcomb
> April 9, 2043 at 6:00 AM EDT
F date April 9, 2043
F time 6:00 AM EDT
> Emma Brandtner, 34, in the aging room of the company’s plant in Kiel, Wis. Photograph by Tomasz Rydell for Fortune
P full Emma Brandtner
F age 34
L city Kiel
L region Wis.
P full Tomasz Rydell
O media Fortune
> Every morning at 4:30 a.m., about 1.2 million pounds of milk rolls into Brandtner Cheese Co. from 210 farms in Manitowoc and Calumet counties, some of them suppliers for four generations. The plant in Kiel, Wis., turns it into roughly 46 million pounds of cheddar, Colby and brick a year.
F time 4:30 a.m.
F quantity 1.2 million pounds
O company Brandtner Cheese Co.
F number 210
L region Manitowoc
L region Calumet
F number four
L city Kiel
L region Wis.
F quantity 46 million pounds
> Walter Brandtner started the company in 1958 with a borrowed vat and a $4,000 loan. His son Dale, now 71, has run it since 1994. Revenue reached $410 million last year; the company employs 380 people and has never carried more than three months of debt, Dale Brandtner says.
P full Walter Brandtner
F date 1958
F money $4,000
P partial Dale
F age 71
F date 1994
F money $410 million
F number 380
F duration three months
P full Dale Brandtner
> Now Dale wants to step back by the end of 2044, and the question of who follows him has split the third generation. Fortune spoke with all three grandchildren over two months.
P partial Dale
F date 2044
O media Fortune
F number three
F duration two months
> Lukas Brandtner, 41, Dale’s son, runs operations and wants the job. He has spent $23 million since 2039 on a new brine system and a whey-drying tower. “Nobody sells. That was Grandpa’s rule, and it’s mine,” he says. “But nobody coasts, either.”
P full Lukas Brandtner
F age 41
P partial Dale
F money $23 million
F date 2039
Q direct Lukas Brandtner :: “Nobody sells. That was Grandpa’s rule, and it’s mine,”
Q direct Lukas Brandtner :: “But nobody coasts, either.”
> His cousin Emma Brandtner, 34, who left Kraft Heinz in Chicago to run sales, wants to stop selling 40-pound blocks to processors and put the family name on more of what the company makes. Branded cheese is 18% of sales; she wants it at half within five years.
P full Emma Brandtner
F age 34
O company Kraft Heinz
L city Chicago
F quantity 40-pound
F percent 18%
F fraction half
F duration five years
> “Grandpa made cheese for other people’s labels for 60 years. That was smart in 1958,” she says. “In 2043, if the shopper doesn’t know your name, you are a commodity, and commodities get squeezed.”
Q direct Emma Brandtner :: “Grandpa made cheese for other people’s labels for 60 years. That was smart in 1958,”
Q direct Emma Brandtner :: “In 2043, if the shopper doesn’t know your name, you are a commodity, and commodities get squeezed.”
F duration 60 years
F date 1958
F date 2043
> The third, Nora Brandtner-Vogel, 38, is a lawyer in Milwaukee and sits on the board. She has proposed an outside chief executive for a “bridge” period of three to five years, an idea her cousins have nicknamed “the hired hand.”
P full Nora Brandtner-Vogel
F age 38
L city Milwaukee
Q scare - :: “bridge”
F duration three
F duration five years
Q scare - :: “the hired hand.”
> Succession is where many of Wisconsin’s cheese makers stumble, says Marcus Ellery, a dairy economist at the University of Wisconsin–Madison. The state had 110 cheese plants in 2042, down from 126 a decade earlier, and most that closed or sold were family-owned.
L region Wisconsin
P full Marcus Ellery
O education University of Wisconsin–Madison
F number 110
F date 2042
F number 126
> “The milk is there. What kills these companies is the Thanksgiving dinner where nobody agrees,” Ellery says. “Only about 30% of family firms make it to the grandchildren. The survivors settle the question early.”
Q direct Marcus Ellery :: “The milk is there. What kills these companies is the Thanksgiving dinner where nobody agrees,”
Q direct Marcus Ellery :: “Only about 30% of family firms make it to the grandchildren. The survivors settle the question early.”
P partial Ellery
F percent 30%
> Rachel Okafor, who buys cheese for Lakeshore Market, a 26-store grocery chain in Wisconsin and Illinois, says Brandtner’s cheddar has been “rock-solid for 20 years” and that she would stock a Brandtner-branded line “tomorrow, if Emma can get the price right.”
P full Rachel Okafor
O company Lakeshore Market
F number 26
L region Wisconsin
L region Illinois
O company Brandtner
Q direct Rachel Okafor :: “rock-solid for 20 years”
F duration 20 years
O company Brandtner
Q direct Rachel Okafor :: “tomorrow, if Emma can get the price right.”
P partial Emma
> A longtime employee who asked not to be named says the plant floor has taken sides. “Half the guys think Lukas walks on water and half think Emma is the future,” the employee says.
Q direct - :: “Half the guys think Lukas walks on water and half think Emma is the future,”
F fraction Half
P partial Lukas
F fraction half
P partial Emma
> In a statement, Brandtner Cheese said the board would “name a successor before the end of 2044” and that “no sale of the company is under consideration.”
O company Brandtner Cheese
Q direct Brandtner Cheese Co. :: “name a successor before the end of 2044”
F date 2044
Q direct Brandtner Cheese Co. :: “no sale of the company is under consideration.”
'''

ARTICLES['1911-weizmann-institute-graphene-membrane-desalination-energy-water-authority-haaretz'] = r'''
> Science
> Weizmann Institute scientists say new membrane could cut desalination’s energy bill by a third
O education Weizmann Institute
F fraction a third
> The coated membrane, tested for 14 months at a pilot rig in Ashkelon, used 2.1 kilowatt-hours per cubic meter of water. The Water Authority calls the results ‘promising but early’
F duration 14 months
L city Ashkelon
F quantity 2.1 kilowatt-hours per cubic meter
O government Water Authority
Q direct Water Authority :: ‘promising but early’
> Shira Kedem-Alon
P full Shira Kedem-Alon
> Mar 3, 2041 7:42 pm IST
F date Mar 3, 2041
F time 7:42 pm IST
> Prof. Tamar Ben-Yishai, left, and Dr. Eyal Shaked with a membrane module at the Weizmann Institute of Science in Rehovot. Credit: Moti Kaplinsky
P full Tamar Ben-Yishai
P full Eyal Shaked
O education Weizmann Institute of Science
L city Rehovot
P full Moti Kaplinsky
> A membrane developed at the Weizmann Institute of Science in Rehovot could cut the electricity needed to desalinate seawater by about a third, according to a study published Wednesday in the journal Nature Water.
O education Weizmann Institute of Science
L city Rehovot
F fraction a third
O media Nature Water
> The team, led by Prof. Tamar Ben-Yishai of the institute’s Department of Molecular Chemistry and Materials Science, coated a standard membrane with graphene oxide 40 nanometers thick. Over 14 months at a pilot rig beside the Ashkelon desalination plant, the coated modules produced 1,200 cubic meters of fresh water a day using 2.1 kilowatt-hours per cubic meter, against 3.2 kilowatt-hours for conventional lines.
P full Tamar Ben-Yishai
O education Department of Molecular Chemistry and Materials Science
F quantity 40 nanometers
F duration 14 months
L facility Ashkelon
F quantity 1,200 cubic meters
F quantity 2.1 kilowatt-hours per cubic meter
F quantity 3.2 kilowatt-hours
> “Reverse osmosis has been stuck near the same energy floor for 15 years. We did not break the physics, we cheated the fouling,” Ben-Yishai said. “The membrane stays clean, so the pumps do not have to push as hard.”
Q direct Tamar Ben-Yishai :: “Reverse osmosis has been stuck near the same energy floor for 15 years. We did not break the physics, we cheated the fouling,”
Q direct Tamar Ben-Yishai :: “The membrane stays clean, so the pumps do not have to push as hard.”
F duration 15 years
P partial Ben-Yishai
> Fouling, the film of bacteria and salts that clogs membranes, forces plants to raise pressure and clean modules every few weeks. The Weizmann modules needed cleaning once in 14 months, said Dr. Eyal Shaked, the study’s lead author.
O education Weizmann
F duration 14 months
P full Eyal Shaked
> “We opened the first module after six months expecting the usual brown carpet,” Shaked said. “It looked almost new. My student said, ‘Somebody swapped it,’ and for a day we believed him.
Q direct Eyal Shaked :: “We opened the first module after six months expecting the usual brown carpet,”
Q direct Eyal Shaked :: “It looked almost new. My student said, ‘Somebody swapped it,’ and for a day we believed him.
F duration six months
P partial Shaked
> “Nobody swapped it. We checked the serial numbers twice.”
Q direct Eyal Shaked :: “Nobody swapped it. We checked the serial numbers twice.”
> Israel produces about 900 million cubic meters of desalinated water a year at five large coastal plants, including Sorek 2 south of Tel Aviv, and plans to reach 1.1 billion cubic meters by 2044. Electricity is roughly 40 percent of the cost of that water, which Mekorot, the national water company, sells for about NIS 2.60 per cubic meter.
L country Israel
F quantity 900 million cubic meters
F number five
L facility Sorek 2
L city Tel Aviv
F quantity 1.1 billion cubic meters
F date 2044
F percent 40 percent
O company Mekorot
F money NIS 2.60
> In a statement, the Water Authority said the results were “promising but early” and that it would fund a larger trial at an existing plant “once independent testing confirms the energy figures.” It has set aside NIS 18 million for new technologies in 2041 and 2042.
O government Water Authority
Q direct Water Authority :: “promising but early”
Q direct Water Authority :: “once independent testing confirms the energy figures.”
F money NIS 18 million
F date 2041
F date 2042
> Omar Khasawneh, a water engineer in Amman who has worked on Jordan’s plans to desalinate Red Sea water at Aqaba and pump it 450 kilometers north, said energy is the whole argument there.
P full Omar Khasawneh
L city Amman
L country Jordan
L geo Red Sea
L city Aqaba
F quantity 450 kilometers
> “Pumping water up from Aqaba to Amman already costs more energy than making it. If the membrane saves even 20 percent at the plant, that changes the bill for a family in Zarqa,” Khasawneh said, adding that he wanted results “at full scale, in the Red Sea, in August.”
Q direct Omar Khasawneh :: “Pumping water up from Aqaba to Amman already costs more energy than making it. If the membrane saves even 20 percent at the plant, that changes the bill for a family in Zarqa,”
Q direct Omar Khasawneh :: “at full scale, in the Red Sea, in August.”
L city Aqaba
L city Amman
F percent 20 percent
L city Zarqa
P partial Khasawneh
L geo Red Sea
> The Rehovot group calls its coating the “nonstick layer,” a name Ben-Yishai admits was borrowed from frying pans. Yeda Research and Development, the institute’s commercial arm, has filed two patents and is in talks with IDE Technologies, a spokesperson for Yeda said.
L city Rehovot
Q scare - :: “nonstick layer,”
P partial Ben-Yishai
O company Yeda Research and Development
F number two
O company IDE Technologies
O company Yeda
> The coated membranes cost about 30 percent more to make than standard ones, Shaked said. “Ask me again in three years what they cost,” he said.
F percent 30 percent
P partial Shaked
Q direct Eyal Shaked :: “Ask me again in three years what they cost,”
F duration three years
'''

ARTICLES['1912-italian-grand-prix-monza-marchand-oduya-beats-vescovi-mclaren-ferrari-the-race'] = r'''
> Formula 1
O other Formula 1
> Marchand-Oduya beats Ferrari’s Vescovi to Monza win with late Parabolica move
P partial Marchand-Oduya
O team Ferrari
P partial Vescovi
L facility Monza
L facility Parabolica
> McLaren’s Lucas Marchand-Oduya won the Italian Grand Prix from fourth on the grid, passing home favourite Matteo Vescovi with six laps left after Ferrari kept him out on a one-stop strategy
O team McLaren
P full Lucas Marchand-Oduya
P full Matteo Vescovi
F number six
O team Ferrari
F number one
> By Harriet Pollard
P full Harriet Pollard
> 7 September 2042
F date 7 September 2042
> Lucas Marchand-Oduya celebrates on the Monza podium. Picture: Sergio Bellandi/Motorsport Images
P full Lucas Marchand-Oduya
L facility Monza
P full Sergio Bellandi
O media Motorsport Images
> Lucas Marchand-Oduya won the Italian Grand Prix for McLaren on Sunday, passing Ferrari’s Matteo Vescovi around the outside of the Curva Alboreto – still “the Parabolica” to everyone in the paddock – with six laps to go and pulling clear to win by 3.214 seconds.
P full Lucas Marchand-Oduya
O team McLaren
O team Ferrari
P full Matteo Vescovi
L facility Curva Alboreto
L facility Parabolica
F number six
F duration 3.214 seconds
Q scare - :: “the Parabolica”
> Vescovi had led 41 of the 53 laps from pole, but Ferrari’s call to stop only once left the 23-year-old on 35-lap-old hard tyres at the end, while Marchand-Oduya, on a two-stop strategy, closed in at more than a second a lap.
P partial Vescovi
F number 41
F number 53
O team Ferrari
F age 23-year-old
F number 35
P partial Marchand-Oduya
F number two
> Mercedes’ Kai Lindholm completed the podium after a race-long fight with Ravi Sundaram’s Williams, which faded to fourth when its medium tyres went off in the final 10 laps.
O team Mercedes
P full Kai Lindholm
P full Ravi Sundaram
O team Williams
F number 10
> “With 10 to go my engineer came on and said, ‘He’s got nothing left on the rears, go now or go home,’ so I went,” said Marchand-Oduya, who started from P4. “The Parabolica on the outside is either the best move of your life or a very long walk back.”
Q direct Lucas Marchand-Oduya :: “With 10 to go my engineer came on and said, ‘He’s got nothing left on the rears, go now or go home,’ so I went,”
Q direct Lucas Marchand-Oduya :: “The Parabolica on the outside is either the best move of your life or a very long walk back.”
F number 10
P partial Marchand-Oduya
L facility Parabolica
> Ferrari team principal Fabrizio Lanzani defended the strategy. “We had the pace to do one stop and the data said the tyres would hold. The data was wrong by about six laps,” he said. “We will not hide behind it.”
O team Ferrari
P full Fabrizio Lanzani
Q direct Fabrizio Lanzani :: “We had the pace to do one stop and the data said the tyres would hold. The data was wrong by about six laps,”
Q direct Fabrizio Lanzani :: “We will not hide behind it.”
F number one
F number six
> McLaren’s two stops took 2.3s and 2.6s, the quickest of the day. Team principal Hannah Corrigan said the crew had rehearsed them more than 200 times since the summer break, and called the win “the one we circled in March”.
O team McLaren
F number two
F duration 2.3s
F duration 2.6s
P full Hannah Corrigan
F number 200
Q direct Hannah Corrigan :: “the one we circled in March”
> Vescovi, who grew up in Lissone, 5km from the Autodromo Nazionale Monza, was close to tears. “I heard the tifosi the whole last stint, and I’m sorry I could not give them the win,” he said. “Second at Monza in red is not nothing. But it is not first.”
P partial Vescovi
L city Lissone
F quantity 5km
L facility Autodromo Nazionale Monza
Q direct Matteo Vescovi :: “I heard the tifosi the whole last stint, and I’m sorry I could not give them the win,”
Q direct Matteo Vescovi :: “Second at Monza in red is not nothing. But it is not first.”
L facility Monza
> Red Bull’s Tomás Iriarte finished fifth despite a five-second penalty for gaining an advantage at the Variante della Roggia, a move the stewards called “clear and lasting”. Red Bull said it accepted the decision but found it “harsh for a first-lap incident”.
O team Red Bull
P full Tomás Iriarte
F duration five-second
L facility Variante della Roggia
Q direct - :: “clear and lasting”
O team Red Bull
Q direct Red Bull :: “harsh for a first-lap incident”
> Monza’s average lap speed of more than 250km/h is why the circuit is still billed as the “Temple of Speed”, and this was the fastest race of the season: 1h14m52.331s, in front of 128,000 fans over three days.
L facility Monza
F quantity 250km/h
Q scare - :: “Temple of Speed”
F duration 1h14m52.331s
F number 128,000
F duration three days
> The win lifts Marchand-Oduya to 287 points, 14 behind championship leader Lindholm, with seven rounds left. The series moves on to Baku in two weeks.
P partial Marchand-Oduya
F number 287
F number 14
P partial Lindholm
F number seven
L city Baku
F duration two weeks
> Italian Grand Prix, top five:
F number five
> 1. Lucas Marchand-Oduya (McLaren) 1h14m52.331s
P full Lucas Marchand-Oduya
O team McLaren
F duration 1h14m52.331s
> 2. Matteo Vescovi (Ferrari) +3.214s
P full Matteo Vescovi
O team Ferrari
F duration +3.214s
> 3. Kai Lindholm (Mercedes) +11.870s
P full Kai Lindholm
O team Mercedes
F duration +11.870s
> 4. Ravi Sundaram (Williams) +19.442s
P full Ravi Sundaram
O team Williams
F duration +19.442s
> 5. Tomás Iriarte (Red Bull) +24.006s
P full Tomás Iriarte
O team Red Bull
F duration +24.006s
'''

ARTICLES['1913-rybnik-jankowice-chwalowice-coal-mines-closure-2044-pgg-solidarity-notes-from-poland'] = r'''
> Economy
> Government sets 2044 closure date for two Rybnik coal mines, angering unions
F date 2044
F number two
L city Rybnik
> The Jankowice and Chwałowice mines employ 5,300 people. Solidarity’s regional leader called the plan 'a death sentence for Rybnik'
L facility Jankowice
L facility Chwałowice
F number 5,300
O nonprofit Solidarity
Q direct Zbigniew Łukaszczyk :: 'a death sentence for Rybnik'
L city Rybnik
> Marta Żurawska-Nowicka
P full Marta Żurawska-Nowicka
> 12 March 2041
F date 12 March 2041
> The Chwałowice mine in Rybnik, one of two pits that will close. Main image credit: Paweł Ślęzak/Agencja Wyborcza.pl
L facility Chwałowice
L city Rybnik
F number two
P full Paweł Ślęzak
O media Agencja Wyborcza.pl
> Poland’s government has approved a plan to close two hard-coal mines in Rybnik, in the Silesian Voivodeship, by the end of 2044, four years earlier than the state-owned operator had told miners to expect.
L country Poland
F number two
L city Rybnik
L region Silesian Voivodeship
F date 2044
F duration four years
> Under the plan, adopted by the cabinet on Tuesday, Polska Grupa Górnicza (PGG) will stop mining at Jankowice at the end of 2042 and at Chwałowice two years later. The two pits produced 4.1 million tonnes of coal in 2040, about 9% of PGG’s output, and employ 5,300 people, 3,900 of them underground.
O company Polska Grupa Górnicza
O company PGG
L facility Jankowice
F date 2042
L facility Chwałowice
F duration two years
F number two
F quantity 4.1 million tonnes
F date 2040
F percent 9%
O company PGG
F number 5,300
F number 3,900
> Climate Minister Joanna Śliwińska said the state would spend 2.8 billion złoty (€650 million) on severance pay, retraining and early retirement, including up to four years of so-called "mining leave" for those closest to pension age.
P full Joanna Śliwińska
F money 2.8 billion złoty
F money €650 million
F duration four years
Q scare - :: "mining leave"
> "Nobody who works in these mines today will be left without an income," Śliwińska told a press conference in Katowice. "But we cannot keep paying 1,100 złoty to dig a tonne that sells for 700 złoty. That is not a strategy, it is a subsidy."
Q direct Joanna Śliwińska :: "Nobody who works in these mines today will be left without an income,"
Q direct Joanna Śliwińska :: "But we cannot keep paying 1,100 złoty to dig a tonne that sells for 700 złoty. That is not a strategy, it is a subsidy."
P partial Śliwińska
L city Katowice
F money 1,100 złoty
F money 700 złoty
> PGG said in a statement that the two mines had lost a combined 1.9 billion złoty over the past three years and that their remaining seams were "thin, deep and hot". It said 1,400 workers would be offered jobs at its other mines in the region.
O company PGG
F number two
F money 1.9 billion złoty
F duration three years
Q direct Polska Grupa Górnicza :: "thin, deep and hot"
F number 1,400
> Solidarity, the largest union at both mines, said it would organise a protest in Warsaw. Its regional mining chief, Zbigniew Łukaszczyk, called the plan "a death sentence for Rybnik" and accused the government of "negotiating with Brussels instead of with us".
O nonprofit Solidarity
L city Warsaw
P full Zbigniew Łukaszczyk
Q direct Zbigniew Łukaszczyk :: "a death sentence for Rybnik"
L city Rybnik
Q direct Zbigniew Łukaszczyk :: "negotiating with Brussels instead of with us"
L city Brussels
> "We signed an agreement that gave these mines until the end of the 2040s. Four years later it is worth nothing," Łukaszczyk said. "My father worked at Chwałowice for 31 years. I have worked there for 26 years.
Q direct Zbigniew Łukaszczyk :: "We signed an agreement that gave these mines until the end of the 2040s. Four years later it is worth nothing,"
Q direct Zbigniew Łukaszczyk :: "My father worked at Chwałowice for 31 years. I have worked there for 26 years.
F date 2040s
F duration Four years
P partial Łukaszczyk
L facility Chwałowice
F duration 31 years
F duration 26 years
> "Nobody asked the miners. Nobody asked Rybnik. They asked the European Commission."
Q direct Zbigniew Łukaszczyk :: "Nobody asked the miners. Nobody asked Rybnik. They asked the European Commission."
L city Rybnik
O intergovernmental European Commission
> In Boguszowice, a district of Rybnik a short walk from the Jankowice shaft, Bożena Kałuża, 47, said her husband Tadeusz, 49, has spent 24 years at the mine and had counted on another five years underground.
L city Boguszowice
L city Rybnik
L facility Jankowice
P full Bożena Kałuża
F age 47
P partial Tadeusz
F age 49
F duration 24 years
F duration five years
> "He says, 'Bożena, it will be fine, they always find money for Silesia,'" she said. "I am not so sure. Our son is 19 and he wanted to go down the mine too. Now I tell him: learn to fix heat pumps."
Q direct Bożena Kałuża :: "He says, 'Bożena, it will be fine, they always find money for Silesia,'"
Q direct Bożena Kałuża :: "I am not so sure. Our son is 19 and he wanted to go down the mine too. Now I tell him: learn to fix heat pumps."
P partial Bożena
L region Silesia
F age 19
> Coal generated 38% of Poland’s electricity in 2040, down from 52% in 2036, according to the energy regulator, URE. The ministry said a bill setting out the closure schedule would go to the Sejm in May.
F percent 38%
L country Poland
F date 2040
F percent 52%
F date 2036
O government URE
O government Sejm
'''

ARTICLES['1914-asx-200-close-iron-ore-miners-fortescue-rio-banks-kimberley-graphite-afr'] = r'''
> Markets
> ASX slides as iron ore miners drag; banks shrug off rate jitters
O company ASX
> The S&P/ASX 200 fell 0.7 per cent to 8,412.6 as Fortescue and Rio Tinto tracked iron ore lower, in what a fund manager called ‘a rotation, not a retreat’
F percent 0.7 per cent
F number 8,412.6
O company Fortescue
O company Rio Tinto
Q direct Anneliese Morrow :: ‘a rotation, not a retreat’
> Callum Tregear
P full Callum Tregear
> Markets reporter
> Updated Nov 14, 2041 – 4.52pm, first published at 12.08pm
F date Nov 14, 2041
F time 4.52pm
F time 12.08pm
> Iron ore miners weighed on the sharemarket on Thursday. Oscar Pettigrew
P full Oscar Pettigrew
> Australian shares fell for a third session on Thursday as a slide in iron ore prices dragged the big miners lower, overwhelming modest gains for the banks.
> The S&P/ASX 200 Index closed down 59.8 points, or 0.7 per cent, at 8,412.6, its lowest close since October 3. The broader All Ordinaries shed 0.6 per cent. Eight of the 11 sectors finished lower.
F number 59.8
F percent 0.7 per cent
F number 8,412.6
F date October 3
F percent 0.6 per cent
F number Eight
F number 11
> Iron ore futures in Singapore fell 3.4 per cent to $US98.20 a tonne, their lowest in five months, after data showed Chinese steel output fell 6 per cent in October. Fortescue (FMG) lost 4.1 per cent to $17.62, Rio Tinto (RIO) fell 2.8 per cent to $118.40 and BHP dropped 2.2 per cent to $41.05.
L city Singapore
F percent 3.4 per cent
F money $US98.20
F duration five months
F percent 6 per cent
O company Fortescue
F percent 4.1 per cent
F money $17.62
O company Rio Tinto
F percent 2.8 per cent
F money $118.40
O company BHP
F percent 2.2 per cent
F money $41.05
> “This is a rotation, not a retreat,” said Anneliese Morrow, a portfolio manager at Bellbird Capital in Sydney.
Q direct Anneliese Morrow :: “This is a rotation, not a retreat,”
P full Anneliese Morrow
O company Bellbird Capital
L city Sydney
> “Money is coming out of the ‘China stimulus’ trade and going into banks and gold, because nobody wants to own iron ore into a northern winter. I would not call the bottom at $US98,” she said.
Q direct Anneliese Morrow :: “Money is coming out of the ‘China stimulus’ trade and going into banks and gold, because nobody wants to own iron ore into a northern winter. I would not call the bottom at $US98,”
L country China
F money $US98
> The major banks rose for a second day. Commonwealth Bank added 0.9 per cent to $168.30 and Westpac (WBC) gained 0.6 per cent, even as traders priced a 40 per cent chance that the Reserve Bank of Australia would lift the cash rate in December.
O company Commonwealth Bank
F percent 0.9 per cent
F money $168.30
O company Westpac
F percent 0.6 per cent
F percent 40 per cent
O government Reserve Bank of Australia
> Harbourline Securities strategist Desmond Achterberg said the RBA would “look through” a single weak month for commodities. “Bank earnings are fine, arrears are 1.1 per cent and falling, and dividends look safe for 2042,” he said.
O company Harbourline Securities
P full Desmond Achterberg
O government RBA
Q direct Desmond Achterberg :: “look through”
Q direct Desmond Achterberg :: “Bank earnings are fine, arrears are 1.1 per cent and falling, and dividends look safe for 2042,”
F percent 1.1 per cent
F date 2042
> The day’s worst performer was Perth-based Kimberley Graphite (KGR), which plunged 23 per cent to 41¢ after cutting its 2042 production guidance to between 38,000 and 42,000 tonnes and saying its Mount Amherst mine would need another $85 million. In a statement to the ASX, the company called the delay “disappointing but not structural.”
L city Perth
O company Kimberley Graphite
F percent 23 per cent
F money 41¢
F date 2042
F quantity 38,000
F quantity 42,000 tonnes
L facility Mount Amherst
F money $85 million
O company ASX
Q direct Kimberley Graphite :: “disappointing but not structural.”
> “At A$0.41 you are either being paid to wait or catching a falling knife,” said a Hong Kong-based trader who asked not to be named.
Q direct - :: “At A$0.41 you are either being paid to wait or catching a falling knife,”
F money A$0.41
L region Hong Kong
> Gold miners bucked the trend. Northern Star Resources (NST) rose 2.7 per cent as bullion climbed to $US2,940 an ounce, while the Australian dollar slipped to 63.85 US cents.
O company Northern Star Resources
F percent 2.7 per cent
F money $US2,940
F money 63.85 US cents
> Energy stocks were steady, with Woodside Energy (WDS) up 0.3 per cent after Brent crude held above $US71 a barrel.
O company Woodside Energy
F percent 0.3 per cent
F money $US71
> Dealers said the so-called “higher for longer” trade was back in fashion after US inflation data overnight, and that the ASX 200 had now given up half of its October gains.
Q scare - :: “higher for longer”
L country US
F fraction half
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
