#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval8 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval8/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['71-greenville-rezoning'] = r'''
> Local News
> Greenville Approves Sullivan Hill Apartment Tower Over Neighbors’ Objections
L city Greenville
L city Sullivan Hill
> ![Residents hold signs reading “No Towers on Sullivan Hill” outside City Hall in Greenville, S.C., on Tuesday, May 12, 2026. (Jordan Pruitt/Upstate Ledger)](/images/2026/05/12/sullivan-hill-rezoning.jpg)
Q direct - :: “No Towers on Sullivan Hill”
L city Sullivan Hill
L facility City Hall
L city Greenville
L region S.C.
F date May 12, 2026
P full Jordan Pruitt
O media Upstate Ledger
> By Hannah Whitcomb | Staff writer
P full Hannah Whitcomb
> GREENVILLE, S.C. — After more than five hours of testimony, the Greenville City Council voted 5 to 2 early Wednesday to rezone 2.3 acres on the edge of Sullivan Hill, clearing the way for a 160-foot apartment tower that residents say will overwhelm one of the city’s last intact mill villages.
L city GREENVILLE
L region S.C.
F duration five hours
O government Greenville City Council
F number 5
F number 2
F quantity 2.3 acres
L city Sullivan Hill
F quantity 160-foot
> The project would put 312 apartments, a 400-space parking deck and 18,000 square feet of shops on a former textile warehouse site at 1100 Pendleton St. Its developer, Charlotte-based Harlow Crane Development, says 42 of the units would be rented at 60% of the area median income for at least 30 years.
F number 312
F number 400
F quantity 18,000 square feet
L address 1100 Pendleton St.
L city Charlotte
O company Harlow Crane Development
F number 42
F percent 60%
F duration 30 years
> The council’s decision overrides a recommendation from the city’s Planning Commission, which voted in March to reject the request to change the site from RM-2 residential to C-3 commercial zoning. The city’s comprehensive plan, branded “Greenville Grows,” calls for denser housing along Pendleton Street but not inside historic mill villages.
O government Planning Commission
Q scare - :: “Greenville Grows,”
L street Pendleton Street
> “This is the most consequential land-use vote this council has taken in a decade,” Mayor Priscilla Oduya said before casting her vote in favor. “We have 4,000 people on waiting lists for affordable housing. I cannot look them in the eye and vote no.”
Q direct Priscilla Oduya :: “This is the most consequential land-use vote this council has taken in a decade,”
P full Priscilla Oduya
Q direct Priscilla Oduya :: “We have 4,000 people on waiting lists for affordable housing. I cannot look them in the eye and vote no.”
F number 4,000
> Opponents, organized by the Sullivan Hill Neighborhood Association (SHNA), packed the chamber and an overflow room Tuesday night. Of the 71 people who signed up to speak, 58 opposed the rezoning. Several carried photographs of the mill houses, some of which were built in 1902 for workers at the old Sullivan Mill.
O nonprofit Sullivan Hill Neighborhood Association
O nonprofit SHNA
F number 71
F number 58
F date 1902
L facility Sullivan Mill
> Doris Kimbrell, 81, has lived on Ridley Avenue since 1968. She told the council the tower would leave her back yard in shadow from October to March.
P full Doris Kimbrell
F age 81
L street Ridley Avenue
F date 1968
> “They keep calling it ‘missing middle’ housing,” she said. “There is nothing missing in this neighborhood except a grocery store.”
Q direct Doris Kimbrell :: “They keep calling it ‘missing middle’ housing,”
Q direct Doris Kimbrell :: “There is nothing missing in this neighborhood except a grocery store.”
> In a statement after the vote, the SHNA said it would ask the Greenville County Court of Common Pleas to overturn the decision, calling the rezoning “spot zoning for a single out-of-town developer.” The group has raised about $38,000 for legal fees, its treasurer, Curtis Ogletree, said.
O nonprofit SHNA
O government Greenville County Court of Common Pleas
Q direct Sullivan Hill Neighborhood Association :: “spot zoning for a single out-of-town developer.”
F money $38,000
P full Curtis Ogletree
> Harlow Crane’s president, Graham Oyelaran, told council members the company had already scaled the building back from 22 stories to 16 and agreed to pay $1.2 million toward a traffic signal and sidewalks at Pendleton Street and Ridley Avenue. The South Carolina Department of Transportation (SCDOT) lists the intersection among the most dangerous in Greenville County; SCDOT counted 14 crashes there in 2025.
O company Harlow Crane
P full Graham Oyelaran
F number 22
F number 16
F money $1.2 million
L street Pendleton Street
L street Ridley Avenue
O government South Carolina Department of Transportation
O government SCDOT
L region Greenville County
O government SCDOT
F number 14
F date 2025
> "We heard the neighbors, and we changed the building," Oyelaran said. "What we can't do is build 312 apartments here for the price of 80 townhomes. The math doesn't work."
Q direct Graham Oyelaran :: "We heard the neighbors, and we changed the building,"
P partial Oyelaran
Q direct Graham Oyelaran :: "What we can't do is build 312 apartments here for the price of 80 townhomes. The math doesn't work."
F number 312
F number 80
> The two council members who voted no, Raymond Huskey and Alma Trevino-Burke, represent districts that border the site. Huskey said city staff had negotiated with the developer for 18 months before residents learned of the plan from a sign posted on the fence in January.
F number two
P full Raymond Huskey
P full Alma Trevino-Burke
P partial Huskey
F duration 18 months
> "People in Sullivan Hill found out about this the same way you find out about a new Dollar General," he said. "That is not how a city treats a neighborhood that has been here for 120 years.
Q direct Raymond Huskey :: "People in Sullivan Hill found out about this the same way you find out about a new Dollar General,"
L city Sullivan Hill
O company Dollar General
Q direct Raymond Huskey :: "That is not how a city treats a neighborhood that has been here for 120 years.
F duration 120 years
> "If that tower goes up, every house on Ridley Avenue becomes a teardown. Give it 10 years."
Q direct Raymond Huskey :: "If that tower goes up, every house on Ridley Avenue becomes a teardown. Give it 10 years."
L street Ridley Avenue
F duration 10 years
> The rezoning still needs a second reading, set for June 9 at 5:30 p.m. The council can change its vote then, but Huskey said he did not expect any of the five members in the majority to switch.
F date June 9
F time 5:30 p.m.
P partial Huskey
F number five
> If it is approved, construction would begin in early 2027 and take about 26 months, according to the developer’s filing. City finance staff estimate the tower would add $2.4 million a year in property taxes.
F date 2027
F duration 26 months
F money $2.4 million
'''

ARTICLES['72-silkeborg-viborg'] = r'''
> Soccer
> Bjørnskov Strikes Late as Silkeborg Edge 10-Man Viborg 3-2
P partial Bjørnskov
O team Silkeborg
F number 10
O team Viborg
F score 3-2
> ![Silkeborg's Kasper Bjørnskov, right, celebrates with Elias Dahlgaard after scoring the winning goal against Viborg during a Superliga match at Jysk Park in Silkeborg, Denmark, Sunday, March 8, 2026. (Mette Lindholt/Ritzau Scanpix via AP)](/photos/2026/03/08/denmark-soccer-superliga.jpg)
O team Silkeborg
P full Kasper Bjørnskov
P full Elias Dahlgaard
O team Viborg
O other Superliga
L facility Jysk Park
L city Silkeborg
L country Denmark
F date March 8, 2026
P full Mette Lindholt
O media Ritzau Scanpix
O media AP
> By SØREN HOLMGAARD
P full SØREN HOLMGAARD
> Associated Press
O media Associated Press
> SILKEBORG, Denmark (AP) — Kasper Bjørnskov scored in the 88th minute as Silkeborg came from behind twice to beat 10-man Viborg 3-2 in the Superliga on Sunday, moving within one point of the top six.
L city SILKEBORG
L country Denmark
O media AP
P full Kasper Bjørnskov
O team Silkeborg
F number 10
O team Viborg
F score 3-2
O other Superliga
F number one
F number six
> The 21-year-old forward, who joined from second-division Hobro in January for a reported 4 million kroner ($580,000), turned in a low cross from Elias Dahlgaard at the near post for his seventh league goal of the season.
F age 21-year-old
O team Hobro
F money 4 million kroner
F money $580,000
P full Elias Dahlgaard
> Viborg led 1-0 and 2-1 and played the last 34 minutes with 10 men after Argentine defender Nicolás Ferreyra was sent off for a second yellow card.
O team Viborg
F score 1-0
F score 2-1
F duration 34 minutes
F number 10
P full Nicolás Ferreyra
> Ibrahima Sané put the visitors ahead in the 11th minute, heading in a corner from Jonas Krogh-Madsen. Silkeborg equalized just before halftime when Dahlgaard curled a 20-meter shot inside the far post.
P full Ibrahima Sané
P full Jonas Krogh-Madsen
O team Silkeborg
P partial Dahlgaard
F quantity 20-meter
> Viborg went ahead again when Sané converted a penalty in the 52nd minute, but Ferreyra’s second booking, for pulling back Bjørnskov on a counterattack four minutes later, changed the game.
O team Viborg
P partial Sané
P partial Ferreyra
P partial Bjørnskov
F duration four minutes
> Substitute Mikkel Aagaard made it 2-2 with 17 minutes left, and Bjørnskov won it two minutes from time. Viborg goalkeeper Thorbjørn Juel made six saves.
P full Mikkel Aagaard
F score 2-2
F duration 17 minutes
P partial Bjørnskov
F duration two minutes
O team Viborg
P full Thorbjørn Juel
F number six
> “At 2-1 down with 30 minutes to go, I told the players the chances would come if we stayed patient,” Silkeborg coach Henrik Lykkegaard said. “Against 10 men you have to move the ball quickly and not panic. Kasper did not panic.”
Q direct Henrik Lykkegaard :: “At 2-1 down with 30 minutes to go, I told the players the chances would come if we stayed patient,”
F score 2-1
F duration 30 minutes
O team Silkeborg
P full Henrik Lykkegaard
Q direct Henrik Lykkegaard :: “Against 10 men you have to move the ball quickly and not panic. Kasper did not panic.”
F number 10
P partial Kasper
> Lykkegaard said the club had turned down an offer from Belgian club Genk for Bjørnskov last week. "He stays until the summer, at least," he said.
P partial Lykkegaard
O team Genk
P partial Bjørnskov
Q direct Henrik Lykkegaard :: "He stays until the summer, at least,"
> Viborg coach Anders Thorsø was angrier about the red card than about the result.
O team Viborg
P full Anders Thorsø
> "The first yellow was soft, and the second was a dive," Thorsø said. "We can talk about the referee for an hour, but we lost because we stopped playing football in the last 20 minutes. That is my responsibility.
Q direct Anders Thorsø :: "The first yellow was soft, and the second was a dive,"
P partial Thorsø
Q direct Anders Thorsø :: "We can talk about the referee for an hour, but we lost because we stopped playing football in the last 20 minutes. That is my responsibility.
F duration 20 minutes
> "We have three games before the split. We need seven points, maybe nine."
Q direct Anders Thorsø :: "We have three games before the split. We need seven points, maybe nine."
F number three
F number seven
F number nine
> The win lifted Silkeborg to 31 points from 19 games, seventh in the 12-team league and one point behind sixth-placed Randers. Viborg are ninth with 26 points and a 7-5-7 record.
O team Silkeborg
F number 31
F number 19
F number 12
F number one
O team Randers
O team Viborg
F number 26
F score 7-5-7
> A crowd of 6,214 at Jysk Park, about 4,000 short of capacity, saw Silkeborg finish with 61% of possession and 19 shots to Viborg’s eight.
F number 6,214
L facility Jysk Park
F number 4,000
O team Silkeborg
F percent 61%
F number 19
O team Viborg
F number eight
> Bjørnskov, whom Silkeborg fans have nicknamed “the Lake Express,” grew up 15 kilometers away in Gjern and played in the club’s youth teams until he was 16.
P partial Bjørnskov
O team Silkeborg
Q scare - :: “the Lake Express,”
F quantity 15 kilometers
L city Gjern
F age 16
> "My grandfather sat in the same stand today," he said. "He has had a season ticket since 1987."
Q direct Kasper Bjørnskov :: "My grandfather sat in the same stand today,"
Q direct Kasper Bjørnskov :: "He has had a season ticket since 1987."
F date 1987
> Silkeborg visit Aarhus side AGF next Sunday at 2 p.m.; Viborg host FC Midtjylland on Saturday.
O team Silkeborg
L city Aarhus
O team AGF
F time 2 p.m.
O team Viborg
O team FC Midtjylland
'''

ARTICLES['73-ledgerline-paycadia'] = r'''
> Technology
> Payroll Startup Ledgerline Raises $140 Million as Rival Paycadia Cuts 22% of Staff
O company Ledgerline
F money $140 Million
O company Paycadia
F percent 22%
> By Alana Fong and Tomasz Wierzbicki
P full Alana Fong
P full Tomasz Wierzbicki
> SAN FRANCISCO, Feb. 11 (Reuters) - Ledgerline, a San Francisco payroll software startup, said on Wednesday it had raised $140 million in a funding round led by Halcyon Ridge Ventures that values the company, founded in 2022, at $1.9 billion, a day after rival Paycadia laid off about 180 employees.
L city SAN FRANCISCO
F date Feb. 11
O media Reuters
O company Ledgerline
L city San Francisco
F money $140 million
O company Halcyon Ridge Ventures
F date 2022
F money $1.9 billion
O company Paycadia
F number 180
> The Series C round, which included existing investors Northmark Capital and Bluewater Growth Partners, more than doubles the valuation Ledgerline reached in March 2024, Chief Executive Dana Whitfield told Reuters in an interview. The company has about 420 employees in San Francisco, Austin and Lisbon.
O company Northmark Capital
O company Bluewater Growth Partners
O company Ledgerline
F date March 2024
P full Dana Whitfield
O media Reuters
F number 420
L city San Francisco
L city Austin
L city Lisbon
> "Customers are leaving older platforms faster than we expected," Whitfield said. "This money is about hiring engineers in Lisbon and getting our tax engine into 15 more states by the end of 2027."
Q direct Dana Whitfield :: "Customers are leaving older platforms faster than we expected,"
P partial Whitfield
Q direct Dana Whitfield :: "This money is about hiring engineers in Lisbon and getting our tax engine into 15 more states by the end of 2027."
L city Lisbon
F number 15
F date 2027
> Whitfield, 38, co-founded Ledgerline with Rafael Okonkwo-Lind, a former engineer at Stripe, after the two met at a payments conference in 2019.
P partial Whitfield
F age 38
O company Ledgerline
P full Rafael Okonkwo-Lind
O company Stripe
F number two
F date 2019
> Paycadia, based in Denver, said on Tuesday it would cut 22% of its workforce and close its office in Raleigh, North Carolina, to stretch what Chief Financial Officer Marisol Etxeberria called its "runway" into the second half of 2027. The company raised $95 million in 2021 at a $1.2 billion valuation, according to data firm Tallyhouse.
O company Paycadia
L city Denver
F percent 22%
L city Raleigh
L region North Carolina
P full Marisol Etxeberria
Q direct Marisol Etxeberria :: "runway"
F date 2027
F money $95 million
F date 2021
F money $1.2 billion
O company Tallyhouse
> In a memo to staff that was later posted on LinkedIn, Paycadia Chief Executive Brent Sorensen said the company had "hired for a market that never came back." He said Paycadia was not seeking a so-called “down round,” in which new shares are sold at a lower valuation, and that he would take no salary for the rest of the year.
O company LinkedIn
O company Paycadia
P full Brent Sorensen
Q direct Brent Sorensen :: "hired for a market that never came back."
O company Paycadia
Q scare - :: “down round,”
> Laid-off employees will receive 16 weeks of severance pay and six months of health insurance, the memo said. A notice Paycadia filed with the Colorado Department of Labor and Employment under the state's WARN Act listed 64 jobs in Denver.
F duration 16 weeks
F duration six months
O company Paycadia
O government Colorado Department of Labor and Employment
F number 64
L city Denver
> The two announcements show how unevenly money is flowing to software startups. Funding for U.S. payroll and human-resources technology companies fell 31% last year to $4.6 billion, Tallyhouse data shows, while the number of deals dropped to 212 from 340.
F number two
L country U.S.
F percent 31%
F money $4.6 billion
O company Tallyhouse
F number 212
F number 340
> "Investors are writing big checks to one or two winners in each category and telling everyone else to cut," said Nkechi Adebayo-Hart, a partner at Corvane Research in New York. "If you are not in the top three in payroll, your choices right now are to shrink, sell or hope."
Q direct Nkechi Adebayo-Hart :: "Investors are writing big checks to one or two winners in each category and telling everyone else to cut,"
F number one
F number two
P full Nkechi Adebayo-Hart
O company Corvane Research
L city New York
Q direct Nkechi Adebayo-Hart :: "If you are not in the top three in payroll, your choices right now are to shrink, sell or hope."
F number three
> Tessellate, a smaller rival based in Toronto, agreed last month to be acquired by accounting software maker Orbwell Inc. for an undisclosed sum. Orbwell shares rose 4.2% on the news.
O company Tessellate
L city Toronto
O company Orbwell Inc.
O company Orbwell
F percent 4.2%
> Ledgerline says its annual recurring revenue has climbed to more than $85 million from $30 million a year earlier. It charges small businesses $12 a month for each worker on the payroll and recently launched Ledgerline Assist, an AI tool that answers employees' pay questions.
O company Ledgerline
F money $85 million
F money $30 million
F money $12
> Whitfield said the company was not yet profitable and did not plan to go public before 2028. She said Ledgerline had no plans to buy Paycadia, despite what she called "a lot of inbound interest" from bankers.
P partial Whitfield
F date 2028
O company Ledgerline
O company Paycadia
Q direct Dana Whitfield :: "a lot of inbound interest"
> "We looked at their customer list," she said. "We would rather win those customers one at a time."
Q direct Dana Whitfield :: "We looked at their customer list,"
Q direct Dana Whitfield :: "We would rather win those customers one at a time."
> (Reporting by Alana Fong in San Francisco and Tomasz Wierzbicki in Denver; Editing by Carla Brandt)
P full Alana Fong
L city San Francisco
P full Tomasz Wierzbicki
L city Denver
P full Carla Brandt
'''

ARTICLES['74-azuay-recount-protest'] = r'''
> Latin America
L region Latin America
> Ecuador’s Azuay Prefect Race Heads for Recount Fight as Protesters Block Roads to Cuenca
L country Ecuador
L region Azuay
L city Cuenca
> ![Supporters of Rosa Elvira Quishpe Tenesaca march toward the provincial electoral board in Cuenca, Ecuador, Monday, Feb. 22, 2027. (AP Photo/Diego Alvear Mora)](/photos/2027/02/22/ecuador-election-protest.jpg)
P full Rosa Elvira Quishpe Tenesaca
L city Cuenca
L country Ecuador
F date Feb. 22, 2027
O media AP
P full Diego Alvear Mora
> By GABRIELA PAREDES and JUAN CARLOS MONTALVO
P full GABRIELA PAREDES
P full JUAN CARLOS MONTALVO
> Associated Press
O media Associated Press
> CUENCA, Ecuador (AP) — Thousands of Indigenous farmers and students blocked the main roads into Cuenca on Monday, demanding a full recount in the race for prefect of Azuay province, which election officials say was decided by 1,842 votes out of more than 480,000 cast in the Feb. 14 vote.
L city CUENCA
L country Ecuador
O media AP
L city Cuenca
L region Azuay
F number 1,842
F number 480,000
F date Feb. 14
> Final results published on Saturday by the National Electoral Council (CNE) gave José Luis Peñaherrera Ortiz of the Citizen Revolution party 50.19% of the valid votes against 49.81% for Rosa Elvira Quishpe Tenesaca, a 44-year-old agronomist backed by Pachakutik, the political arm of the Confederation of Indigenous Nationalities of Ecuador (CONAIE).
O government National Electoral Council
O government CNE
P full José Luis Peñaherrera Ortiz
O party Citizen Revolution
F percent 50.19%
F percent 49.81%
P full Rosa Elvira Quishpe Tenesaca
F age 44-year-old
O party Pachakutik
O nonprofit Confederation of Indigenous Nationalities of Ecuador
O nonprofit CONAIE
> “We are not asking for favors. We are asking them to open the boxes and count,” Quishpe Tenesaca told supporters from the back of a truck on Avenida de las Américas. “If they won, let them prove it.”
Q direct Rosa Elvira Quishpe Tenesaca :: “We are not asking for favors. We are asking them to open the boxes and count,”
P partial Quishpe Tenesaca
L street Avenida de las Américas
Q direct Rosa Elvira Quishpe Tenesaca :: “If they won, let them prove it.”
> Police said 23 people were detained and 11 officers injured late Sunday when protesters tried to push past barriers outside the provincial electoral board on Calle Larga. The Interior Ministry said roadblocks on the Pan-American Highway had cut traffic between Cuenca and Loja for 36 hours, and the Production Ministry put losses to the province’s flower and dairy farms at $4.5 million a day.
F number 23
F number 11
L street Calle Larga
O government Interior Ministry
L street Pan-American Highway
L city Cuenca
L city Loja
F duration 36 hours
O government Production Ministry
F money $4.5 million
> The Federation of Kichwa Communities of Azuay (FECKA), which organized the blockades, said it would keep the roads closed until the CNE agreed to review the tally sheets, known in Ecuador as “actas,” from 312 polling stations in the cantons of Gualaceo, Sígsig and Paute, where Quishpe Tenesaca’s observers say figures were altered.
O nonprofit Federation of Kichwa Communities of Azuay
O nonprofit FECKA
O government CNE
L country Ecuador
Q scare - :: “actas,”
F number 312
L city Gualaceo
L city Sígsig
L city Paute
P partial Quishpe Tenesaca
> Its leader, Manuel Guamán Lojano, 57, said the federation had photographs of 97 actas on which the totals did not match the number of voters’ signatures. “They think we cannot read numbers,” he said. “Our children are accountants now.”
P full Manuel Guamán Lojano
F age 57
F number 97
Q direct Manuel Guamán Lojano :: “They think we cannot read numbers,”
Q direct Manuel Guamán Lojano :: “Our children are accountants now.”
> Peñaherrera Ortiz, a 61-year-old former mayor of Gualaceo, rejected the fraud allegations and accused the protesters of "holding the province hostage." In a post on X, he said he would accept a recount of any polling station the CNE chose, "but not under the threat of blockades."
P partial Peñaherrera Ortiz
F age 61-year-old
L city Gualaceo
Q direct José Luis Peñaherrera Ortiz :: "holding the province hostage."
O company X
O government CNE
Q direct José Luis Peñaherrera Ortiz :: "but not under the threat of blockades."
> Under Ecuador’s electoral code, a candidate can request a recount when the margin is below 0.5 percentage points. The CNE’s five council members are due to vote on the request on Wednesday. One of them, Daniela Cevallos Ruiz, said on Sunday that the count had been "clean and transparent" and that the council would "apply the law, not the pressure of the street."
L country Ecuador
F percent 0.5 percentage points
O government CNE
F number five
P full Daniela Cevallos Ruiz
Q direct Daniela Cevallos Ruiz :: "clean and transparent"
Q direct Daniela Cevallos Ruiz :: "apply the law, not the pressure of the street."
> The dispute has national weight. Azuay, home to about 900,000 people, is one of several provinces where Citizen Revolution, the movement founded by former President Rafael Correa, made gains this month at the expense of President Daniel Noboa’s National Democratic Action (ADN).
L region Azuay
F number 900,000
O party Citizen Revolution
P full Rafael Correa
P full Daniel Noboa
O party National Democratic Action
O party ADN
> "Cuenca was always the city that voted for order," said Verónica Andrade Salcedo, a political scientist at the University of Cuenca. "If a movement can shut it down for three days, every close race in this country will be decided on the highway."
Q direct Verónica Andrade Salcedo :: "Cuenca was always the city that voted for order,"
L city Cuenca
P full Verónica Andrade Salcedo
O education University of Cuenca
Q direct Verónica Andrade Salcedo :: "If a movement can shut it down for three days, every close race in this country will be decided on the highway."
F duration three days
> Along the highway near Cumbe, protesters carried hand-painted signs reading “¡Respeten el voto!” and cooked potatoes and corn over open fires. Some had traveled from Cañar and Morona Santiago provinces to join them.
L city Cumbe
Q direct - :: “¡Respeten el voto!”
L region Cañar
L region Morona Santiago
'''

ARTICLES['75-shift-worker-eating-trial'] = r'''
> Health
> Eating Within 10 Hours Helped Night-Shift Nurses Lose Weight, UK Trial Finds
F duration 10 Hours
L country UK
> A nurse eats a meal in a staff kitchen at St. James’s University Hospital in Leeds, England, during a night shift. (Whitmore University/Handout via Reuters)
O other St. James’s University Hospital
L city Leeds
L country England
O education Whitmore University
O media Reuters
> By Eleanor Hatfield, Health Correspondent
P full Eleanor Hatfield
> LONDON, Oct. 8 (Reuters) - Night-shift nurses and paramedics who ate all their meals within a 10-hour window lost more weight and had lower blood pressure after 12 weeks than colleagues who ate whenever they liked, according to a British study published on Wednesday.
L city LONDON
F date Oct. 8
O media Reuters
F duration 10-hour
F duration 12 weeks
> The trial, led by researchers at Whitmore University in Leeds and published in The BMJ, followed 312 health workers aged 24 to 61 at four hospitals in northern England between March 2023 and October 2024.
O education Whitmore University
L city Leeds
O media The BMJ
F number 312
F age 24
F age 61
F number four
L country England
F date March 2023
F date October 2024
> Half of the participants were told to eat only between 8 a.m. and 6 p.m., on work days and days off; the rest received standard dietary advice. After 12 weeks, the time-restricted group had lost an average of 2.6 kilograms (5.7 pounds), compared with 0.4 kilograms in the control group, and their systolic blood pressure had fallen by 4.8 mmHg.
F fraction Half
F time 8 a.m.
F time 6 p.m.
F duration 12 weeks
F quantity 2.6 kilograms
F quantity 5.7 pounds
F quantity 0.4 kilograms
F quantity 4.8 mmHg
> “Shift workers are told to eat healthily, but nobody tells them when to eat,” said Dr. Anjali Raghunathan, a professor of occupational health at Whitmore who led the study. “Our bodies are not built to digest a full meal at 3 a.m.
Q direct Anjali Raghunathan :: “Shift workers are told to eat healthily, but nobody tells them when to eat,”
P full Anjali Raghunathan
O education Whitmore
Q direct Anjali Raghunathan :: “Our bodies are not built to digest a full meal at 3 a.m.
F time 3 a.m.
> “What surprised us was how many nurses could stick to the window once their managers backed them.”
Q direct Anjali Raghunathan :: “What surprised us was how many nurses could stick to the window once their managers backed them.”
> About 18% of those in the time-restricted group dropped out, most within the first four weeks, compared with 9% in the control group. Among those who stayed, 71 percent said they would keep eating within the window after the study ended.
F percent 18%
F duration four weeks
F percent 9%
F percent 71 percent
> Raghunathan said the benefit was largest among workers on rotating rosters, who switch between day and night shifts several times a month and suffer from so-called “social jet lag,” a mismatch between the body clock and the working day.
P partial Raghunathan
Q scare - :: “social jet lag,”
> "They lost the most weight, about 3.4 kilograms on average, and reported sleeping better," she said. "That matters, because about a third of NHS staff in England work some nights."
Q direct Anjali Raghunathan :: "They lost the most weight, about 3.4 kilograms on average, and reported sleeping better,"
F quantity 3.4 kilograms
Q direct Anjali Raghunathan :: "That matters, because about a third of NHS staff in England work some nights."
F fraction a third
O government NHS
L country England
> The study was funded by the National Institute for Health and Care Research (NIHR) and the British Heart Foundation and cost about £1.1 million.
O government National Institute for Health and Care Research
O government NIHR
O nonprofit British Heart Foundation
F money £1.1 million
> Independent experts said the results were encouraging but limited. Participants recorded their own meal times in a phone app, and the trial did not follow them beyond six months.
F duration six months
> "Twelve weeks is short, and people in trials behave better than people in real life," said Dr. Tobias Ekwueme, a senior lecturer in nutrition at King's College London who was not involved in the research. "But the effect on blood pressure is about what you'd get from cutting 2 grams of salt a day, and it costs nothing."
Q direct Tobias Ekwueme :: "Twelve weeks is short, and people in trials behave better than people in real life,"
F duration Twelve weeks
P full Tobias Ekwueme
O education King's College London
Q direct Tobias Ekwueme :: "But the effect on blood pressure is about what you'd get from cutting 2 grams of salt a day, and it costs nothing."
F quantity 2 grams
> The Royal College of Nursing said in a statement that hospitals should give night staff access to hot food. "Too many of our members are eating from vending machines at 4 a.m.," the union said.
O nonprofit Royal College of Nursing
Q direct Royal College of Nursing :: "Too many of our members are eating from vending machines at 4 a.m.,"
F time 4 a.m.
> The researchers plan a larger trial with 1,200 workers at 20 hospitals in England, Scotland and Wales, due to start in September 2026 and run for two years.
F number 1,200
F number 20
L country England
L country Scotland
L country Wales
F date September 2026
F duration two years
'''

ARTICLES['76-pakistan-bangladesh-trade'] = r'''
> Pakistan, Bangladesh Agree to Restart Direct Trade and Cut Tariffs
L country Pakistan
L country Bangladesh
> ![Pakistan's Commerce Minister Zahid Mehmood Awan (L) shakes hands with Bangladesh's Commerce Minister Shafiqul Alam Bhuiyan after signing a trade agreement in Dhaka on January 26, 2027. (Photo by Rafiq Hossain / AFP)](/afp/2027/01/26/pakistan-bangladesh-trade.jpg)
L country Pakistan
P full Zahid Mehmood Awan
L country Bangladesh
P full Shafiqul Alam Bhuiyan
L city Dhaka
F date January 26, 2027
P full Rafiq Hossain
O media AFP
> By Farhana Rahman with Imran Qureshi in Islamabad
P full Farhana Rahman
P full Imran Qureshi
L city Islamabad
> Dhaka (AFP) – Pakistan and Bangladesh agreed on Tuesday to restart direct shipping between Karachi and Chattogram and to cut tariffs on cotton yarn, sugar and jute, in the clearest sign yet of a thaw between two countries that split in 1971.
L city Dhaka
O media AFP
L country Pakistan
L country Bangladesh
L city Karachi
L city Chattogram
F number two
F date 1971
> The agreement, signed by commerce ministers Zahid Mehmood Awan and Shafiqul Alam Bhuiyan after two days of talks, aims to lift bilateral trade from about $870 million last year to $3 billion within five years, officials said.
P full Zahid Mehmood Awan
P full Shafiqul Alam Bhuiyan
F duration two days
F money $870 million
F money $3 billion
F duration five years
> Under the deal, Bangladesh will cut its import duty on Pakistani cotton yarn from 25 percent to 10 percent, while Pakistan will allow duty-free entry for up to 2 lakh tonnes of Bangladeshi jute and jute goods a year. Both sides will accept payment in their own currencies for some goods, reducing their need for scarce dollars.
L country Bangladesh
F percent 25 percent
F percent 10 percent
L country Pakistan
F quantity 2 lakh tonnes
> "For 50 years we traded through Dubai and Singapore and paid the middlemen," Awan told reporters at the State Guest House Padma. "From today a textile mill in Karachi can ship straight to Chattogram in eight days."
Q direct Zahid Mehmood Awan :: "For 50 years we traded through Dubai and Singapore and paid the middlemen,"
F duration 50 years
L city Dubai
L city Singapore
P partial Awan
L facility State Guest House Padma
Q direct Zahid Mehmood Awan :: "From today a textile mill in Karachi can ship straight to Chattogram in eight days."
L city Karachi
L city Chattogram
F duration eight days
> Bhuiyan said the state-run Trading Corporation of Bangladesh (TCB) would buy 150,000 tonnes of Pakistani sugar by June. The TCB will pay in taka, and the first cargo of 50,000 tonnes, worth about Tk 370 crore ($30 million), is due to leave Port Qasim near Karachi next month.
P partial Bhuiyan
O government Trading Corporation of Bangladesh
O government TCB
F quantity 150,000 tonnes
O government TCB
F quantity 50,000 tonnes
F money Tk 370 crore
F money $30 million
L facility Port Qasim
L city Karachi
> "Trade is not a favour to anyone," he said. "It is the oldest way neighbours have of making peace."
Q direct Shafiqul Alam Bhuiyan :: "Trade is not a favour to anyone,"
Q direct Shafiqul Alam Bhuiyan :: "It is the oldest way neighbours have of making peace."
> Islamabad also agreed to waive visa fees for Bangladeshi business travellers and to reopen its trade office in Sylhet, which closed in 2013. Pakistan's Foreign Office said in a statement that the two governments had opened "a new chapter based on sovereign equality and mutual respect."
L city Islamabad
L city Sylhet
F date 2013
L country Pakistan
O government Foreign Office
F number two
Q direct Foreign Office :: "a new chapter based on sovereign equality and mutual respect."
> The rapprochement is being watched closely in New Delhi, long Bangladesh's biggest trading partner in South Asia. India's Ministry of External Affairs declined to comment. Indian exports to Bangladesh were worth about $11 billion in fiscal 2025-26, according to Indian government data.
L city New Delhi
L country Bangladesh
L region South Asia
L country India
O government Ministry of External Affairs
L country Bangladesh
F money $11 billion
F date 2025-26
> "Dhaka is diversifying, not switching sides," said Mubashir Rahman Chowdhury, a senior fellow at the Bangladesh Institute of International and Strategic Studies (BIISS). "Pakistan is a market of 240 million people, and nobody at the Federation of Bangladesh Chambers of Commerce and Industry wants to leave that on the table because of history.
Q direct Mubashir Rahman Chowdhury :: "Dhaka is diversifying, not switching sides,"
L city Dhaka
P full Mubashir Rahman Chowdhury
O nonprofit Bangladesh Institute of International and Strategic Studies
O nonprofit BIISS
Q direct Mubashir Rahman Chowdhury :: "Pakistan is a market of 240 million people, and nobody at the Federation of Bangladesh Chambers of Commerce and Industry wants to leave that on the table because of history.
L country Pakistan
F number 240 million
O nonprofit Federation of Bangladesh Chambers of Commerce and Industry
> "The harder question is whether the ships actually sail. We signed memorandums with Pakistan in 2003 and 2012, and almost nothing moved."
Q direct Mubashir Rahman Chowdhury :: "The harder question is whether the ships actually sail. We signed memorandums with Pakistan in 2003 and 2012, and almost nothing moved."
L country Pakistan
F date 2003
F date 2012
> Business groups in both countries welcomed the deal. The Karachi Chamber of Commerce and Industry said the lower yarn duty could add PKR 60 billion ($215 million) a year to Pakistani exports, and its president, Saima Farooqui, said members would send a 40-member delegation to Dhaka in March.
O nonprofit Karachi Chamber of Commerce and Industry
F money PKR 60 billion
F money $215 million
P full Saima Farooqui
F number 40
L city Dhaka
> Shipping agents said a direct service could cut freight costs by 30% to 40%. The Chittagong Port Authority said it had reserved a berth for the first Pakistani vessel, expected to carry about 1,200 containers.
F percent 30%
F percent 40%
O government Chittagong Port Authority
F number 1,200
> Officials from the two countries will meet again in Islamabad in May to discuss a free trade agreement. Awan said he hoped it could be signed "before the end of 2027, inshallah."
F number two
L city Islamabad
P partial Awan
Q direct Zahid Mehmood Awan :: "before the end of 2027, inshallah."
F date 2027
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
