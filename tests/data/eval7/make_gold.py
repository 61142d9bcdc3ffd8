#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval7 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval7/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['61-nelson-mandela-bay-mayor'] = r'''
> Politics
> South Africa’s ANC Wins Back Nelson Mandela Bay as Coalition Partner Switches Sides
L country South Africa
O party ANC
L city Nelson Mandela Bay
> ![Councillors of the African National Congress celebrate after a mayoral vote at City Hall in Gqeberha, South Africa, Sept. 17, 2026. [Sipho Mthembu/Reuters]](/images/2026/09/17/nmb-council-vote.jpg)
O party African National Congress
L facility City Hall
L city Gqeberha
L country South Africa
F date Sept. 17, 2026
P full Sipho Mthembu
O media Reuters
> By Nomvula Dlamini and Pieter van der Walt
P full Nomvula Dlamini
P full Pieter van der Walt
> GQEBERHA, South Africa, Sept. 17 (Reuters) - The African National Congress (ANC) won back the mayoralty of Nelson Mandela Bay on Thursday after a small local party switched sides, ending a 14-month coalition led by the Democratic Alliance (DA) in one of South Africa’s most contested cities.
L city GQEBERHA
L country South Africa
F date Sept. 17
O media Reuters
O party African National Congress
O party ANC
L city Nelson Mandela Bay
F duration 14-month
O party Democratic Alliance
O party DA
L country South Africa
> Councillors elected Andile Nqweni, 52, a former school principal, as executive mayor by 61 votes to 58 in a secret ballot that ran past 11 p.m. The vote came after the Bay Civic Movement, which holds three of the council’s 120 seats, said it would no longer back Retha Cloete, the DA’s mayor since July 2025. Several hundred supporters of the DA waited on Govan Mbeki Avenue outside City Hall for the result.
P full Andile Nqweni
F age 52
F number 61
F number 58
F time 11 p.m.
O party Bay Civic Movement
F number three
F number 120
P full Retha Cloete
O party DA
F date July 2025
O party DA
L street Govan Mbeki Avenue
L facility City Hall
> Cloete, 47, called the vote “a backroom deal dressed up as a rescue” and said her party would challenge it in court. “Nothing in this city has been fixed by changing the mayor,” she told reporters outside the council chamber. “The water leaks are still there. The potholes are still there.”
P partial Cloete
F age 47
Q direct Retha Cloete :: “a backroom deal dressed up as a rescue”
Q direct Retha Cloete :: “Nothing in this city has been fixed by changing the mayor,”
Q direct Retha Cloete :: “The water leaks are still there. The potholes are still there.”
> Nelson Mandela Bay, which includes the port city formerly known as Port Elizabeth, has had 10 mayors since the 2016 local elections, a churn known locally as the “mayoral merry-go-round.” No party has held a majority on the council since then, and the next local elections are less than three months away.
L city Nelson Mandela Bay
L city Port Elizabeth
F number 10
F date 2016
Q scare - :: “mayoral merry-go-round.”
F duration three months
> The Bay Civic Movement, founded in 2021 by residents of Helenvale and other northern suburbs, says the DA broke a promise to spend R450 million ($25 million) on replacing water pipes in those areas. Its leader, Gerald Fortuin, will become deputy mayor.
O party Bay Civic Movement
F date 2021
L city Helenvale
O party DA
F money R450 million
F money $25 million
P full Gerald Fortuin
> "We gave them a year. They spent R60 million and then blamed the ANC for the rest," Fortuin said by phone. "Our people are still carrying buckets."
Q direct Gerald Fortuin :: "We gave them a year. They spent R60 million and then blamed the ANC for the rest,"
F money R60 million
O party ANC
P partial Fortuin
Q direct Gerald Fortuin :: "Our people are still carrying buckets."
> The change in the Eastern Cape city does not directly affect the Government of National Unity (GNU) in Pretoria, where the ANC and the DA have governed together since the May 2024 national election cost the ANC its majority for the first time in 30 years. But it adds to strains between the two largest parties, which have clashed over the Expropriation Act, budget cuts and foreign policy.
L region Eastern Cape
O government Government of National Unity
O government GNU
L city Pretoria
O party ANC
O party DA
F date May 2024
O party ANC
F duration 30 years
F number two
> Lulama Sityana, provincial secretary of President Cyril Ramaphosa’s party in the Eastern Cape, said the new administration would publish a 100-day plan by Oct. 30 and would ask the National Treasury to release R1.2 billion in delayed infrastructure grants.
P full Lulama Sityana
P full Cyril Ramaphosa
L region Eastern Cape
F duration 100-day
F date Oct. 30
O government National Treasury
F money R1.2 billion
> “This is not about who sits in the mayor’s chair,” Sityana said. “It is about whether the taps work in Motherwell and KwaNobuhle on a Monday morning.”
Q direct Lulama Sityana :: “This is not about who sits in the mayor’s chair,”
P partial Sityana
Q direct Lulama Sityana :: “It is about whether the taps work in Motherwell and KwaNobuhle on a Monday morning.”
L city Motherwell
L city KwaNobuhle
> The DA said in a statement it would ask the Eastern Cape High Court to set aside the vote, arguing that two councillors had been "improperly sworn in" hours before the ballot. It said the metro's finances had improved under Cloete and that the city had received a clean audit from the Auditor-General of South Africa (AGSA) for the first time since 2019.
O party DA
O government Eastern Cape High Court
F number two
Q direct Democratic Alliance :: "improperly sworn in"
P partial Cloete
O government Auditor-General of South Africa
O government AGSA
F date 2019
> Analysts said the vote showed how much power small parties hold in South Africa’s divided cities, where coalitions now run five of the eight metropolitan municipalities.
L country South Africa
F number five
F number eight
> "Parties with three seats are choosing mayors for a metro of 1.2 million people," said Thandeka Mokoena, a political analyst at the University of the Witwatersrand in Johannesburg. "Voters punished the big parties, and this is the result. It is not chaos, exactly, but it is not stable either.
Q direct Thandeka Mokoena :: "Parties with three seats are choosing mayors for a metro of 1.2 million people,"
F number three
F number 1.2 million
P full Thandeka Mokoena
O education University of the Witwatersrand
L city Johannesburg
Q direct Thandeka Mokoena :: "Voters punished the big parties, and this is the result. It is not chaos, exactly, but it is not stable either.
> "Until a party wins more than half of the seats, or the parties sign binding coalition agreements, Nelson Mandela Bay will keep changing mayors."
Q direct Thandeka Mokoena :: "Until a party wins more than half of the seats, or the parties sign binding coalition agreements, Nelson Mandela Bay will keep changing mayors."
F fraction half
L city Nelson Mandela Bay
> (Reporting by Nomvula Dlamini in Gqeberha and Pieter van der Walt in Johannesburg; Editing by Joanna Pryce)
P full Nomvula Dlamini
L city Gqeberha
P full Pieter van der Walt
L city Johannesburg
P full Joanna Pryce
'''

ARTICLES['62-kings-timberwolves'] = r'''
> Ferreira Scores 38 as Kings Rally Past Timberwolves 118-112
P partial Ferreira
F number 38
O team Kings
O team Timberwolves
F score 118-112
> By DELANEY OKORO
P full DELANEY OKORO
> AP Sports Writer
O media AP
> ![Sacramento Kings guard Malik Ferreira (4) drives past Minnesota Timberwolves forward Andre Bellamy during the second half of an NBA basketball game, Wednesday, Jan. 13, 2027, in Sacramento, Calif. (AP Photo/Lucía Serrano)](/photos/2027/01/13/timberwolves-kings-basketball.jpg)
O team Sacramento Kings
P full Malik Ferreira
O team Minnesota Timberwolves
P full Andre Bellamy
O other NBA
F date Jan. 13, 2027
L city Sacramento
L region Calif.
O media AP
P full Lucía Serrano
> SACRAMENTO, Calif. (AP) — Malik Ferreira scored 38 points, 14 of them in the fourth quarter, and the Sacramento Kings rallied from a 17-point deficit to beat the Minnesota Timberwolves 118-112 on Wednesday night.
L city SACRAMENTO
L region Calif.
O media AP
P full Malik Ferreira
F number 38
F number 14
O team Sacramento Kings
F number 17
O team Minnesota Timberwolves
F score 118-112
> Ferreira, 24, made 13 of 22 shots, including five 3-pointers. Jonah Whitlock added 21 points and 12 rebounds for Sacramento, which has won four straight and improved to 24-17, sixth in the Western Conference.
P partial Ferreira
F age 24
F number 13
F number 22
F number five
F number 3
P full Jonah Whitlock
F number 21
F number 12
O team Sacramento
F number four
F score 24-17
O other Western Conference
> Andre Bellamy had 29 points and nine assists for Minnesota, which has lost five of its last seven games. The Timberwolves (22-19) led 88-71 with 3:05 left in the third quarter before Sacramento closed the period on a 16-4 run.
P full Andre Bellamy
F number 29
F number nine
O team Minnesota
F number five
F number seven
O team Timberwolves
F score 22-19
F score 88-71
F time 3:05
O team Sacramento
F score 16-4
> “We were getting whatever we wanted for three quarters, and then we stopped moving the ball,” Bellamy said. “That’s on me. I’m the one who has to settle us down.”
Q direct Andre Bellamy :: “We were getting whatever we wanted for three quarters, and then we stopped moving the ball,”
F number three
P partial Bellamy
Q direct Andre Bellamy :: “That’s on me. I’m the one who has to settle us down.”
> Whitlock finished a 3-on-2 fast break with a dunk to cut the deficit to 104-101 with 4:36 to play.
P partial Whitlock
F score 3-on-2
F score 104-101
F time 4:36
> Ferreira tied it with a 3-pointer from the left corner with 2:48 remaining and put the Kings ahead for good 40 seconds later with a step-back jumper over Bellamy. Minnesota made two of its last nine shots.
P partial Ferreira
F number 3
F time 2:48
O team Kings
F duration 40 seconds
P partial Bellamy
O team Minnesota
F number two
F number nine
> "Malik has that switch where he just decides the game is his," Kings coach Ray Castellano said. "You saw it tonight. We didn't call anything special for him in the fourth. We just got out of the way."
Q direct Ray Castellano :: "Malik has that switch where he just decides the game is his,"
P partial Malik
O team Kings
P full Ray Castellano
Q direct Ray Castellano :: "You saw it tonight. We didn't call anything special for him in the fourth. We just got out of the way."
> Timberwolves coach Dwayne Hollis said his players "got comfortable" after building the lead. "A 17-point lead on the road is nothing in this league. We talked about it in the huddle, and then we went out and played like the game was over," he said.
O team Timberwolves
P full Dwayne Hollis
Q direct Dwayne Hollis :: "got comfortable"
Q direct Dwayne Hollis :: "A 17-point lead on the road is nothing in this league. We talked about it in the huddle, and then we went out and played like the game was over,"
F number 17
> Rookie Tomás Ybarra, the No. 7 overall pick in June, had 11 points off the bench, and 7-foot center Kofi Mensah-Asante blocked four shots. The Kings shot 52% from the field and outscored Minnesota 31-20 in the fourth quarter.
P full Tomás Ybarra
F number 11
F quantity 7-foot
P full Kofi Mensah-Asante
F number four
O team Kings
F percent 52%
O team Minnesota
F score 31-20
> Sacramento’s reserves, nicknamed “the Cowbell Crew” by fans, outscored Minnesota’s bench 41-19. A sellout crowd of 17,608 at Golden 1 Center chanted Ferreira’s name during his final free throws.
O team Sacramento
Q scare - :: “the Cowbell Crew”
O team Minnesota
F score 41-19
F number 17,608
L facility Golden 1 Center
P partial Ferreira
> Bellamy, who signed a five-year, $245 million extension in the offseason, has scored at least 25 points in 11 consecutive games. He was 4 for 12 from beyond the arc.
P partial Bellamy
F duration five-year
F money $245 million
F number 25
F number 11
F number 4
F number 12
> TIP-INS
> Timberwolves: G Marcus Lindqvist missed his third straight game with a sprained left ankle. Minnesota is 2-3 on a six-game trip.
O team Timberwolves
P full Marcus Lindqvist
O team Minnesota
F score 2-3
F number six
> Kings: Whitlock has 22 double-doubles, second in the NBA. Castellano said F Darnell Price (back spasms) is day to day.
O team Kings
P partial Whitlock
F number 22
O other NBA
P partial Castellano
P full Darnell Price
> UP NEXT
> Timberwolves: Visit the Portland Trail Blazers on Friday night.
O team Timberwolves
O team Portland Trail Blazers
> Kings: Host the Phoenix Suns on Saturday night.
O team Kings
O team Phoenix Suns
'''

ARTICLES['63-philippines-typhoon'] = r'''
> Disasters
> Typhoon Haneul Kills at Least 14 in Philippines, Forces 300,000 From Homes
F number 14
L country Philippines
F number 300,000
> ![Residents wade through a flooded street in Tuguegarao City, Cagayan province, Philippines, Oct. 20, 2026. REUTERS/Andrea Villanueva](/images/2026/10/20/philippines-typhoon-cagayan.jpg)
L city Tuguegarao City
L region Cagayan
L country Philippines
F date Oct. 20, 2026
O media REUTERS
P full Andrea Villanueva
> By Jose Mari Santos and Liezl Ocampo
P full Jose Mari Santos
P full Liezl Ocampo
> MANILA, Oct. 20 (Reuters) - Typhoon Haneul tore across the northern Philippines on Tuesday with sustained winds of 185 kph (115 mph), killing at least 14 people, cutting power to more than 1 million homes and forcing about 300,000 people into evacuation centres, officials said.
L city MANILA
F date Oct. 20
O media Reuters
L country Philippines
F quantity 185 kph
F quantity 115 mph
F number 14
F number 1 million
F number 300,000
> The storm, known locally as Ramil, made landfall at 4:40 a.m. (2040 GMT on Monday) near the town of Divilacan in Isabela province, the Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA) said. It weakened slightly over the Sierra Madre mountains before moving out over the South China Sea late on Tuesday.
F time 4:40 a.m.
F time 2040 GMT
L city Divilacan
L region Isabela
O government Philippine Atmospheric, Geophysical and Astronomical Services Administration
O government PAGASA
L geo Sierra Madre
L geo South China Sea
> The Office of Civil Defense (OCD) said 11 of the deaths were in Cagayan and Isabela, mostly from landslides and falling trees, and three people drowned in Aurora province. Nine people were missing, including four fishermen who had set out from the port of Aparri on Sunday.
O government Office of Civil Defense
O government OCD
F number 11
L region Cagayan
L region Isabela
F number three
L region Aurora
F number Nine
F number four
L city Aparri
> “The rain did not stop for 18 hours. By the time we decided to leave, the water was already at our chests,” said Rosario Dumlao, 63, who spent the night with her grandchildren on the second floor of a chapel in Tuguegarao.
Q direct Rosario Dumlao :: “The rain did not stop for 18 hours. By the time we decided to leave, the water was already at our chests,”
F duration 18 hours
P full Rosario Dumlao
F age 63
L city Tuguegarao
> PAGASA had raised its highest warning, Signal No. 5, over parts of Isabela and Cagayan on Monday evening, telling residents to expect "extreme threat to life and property." The weather bureau said 410 mm (16 inches) of rain fell in 24 hours at its station in Ilagan, more than the city usually gets in a month.
O government PAGASA
L region Isabela
L region Cagayan
Q direct Philippine Atmospheric, Geophysical and Astronomical Services Administration :: "extreme threat to life and property."
F quantity 410 mm
F quantity 16 inches
F duration 24 hours
L city Ilagan
> Classes and government work were suspended in 23 provinces, the Presidential Communications Office said, and President Ferdinand Marcos Jr. was due to visit Cagayan on Wednesday.
F number 23
O government Presidential Communications Office
P full Ferdinand Marcos Jr.
L region Cagayan
> Philippine Airlines and Cebu Pacific cancelled 86 domestic flights, most of them out of Ninoy Aquino International Airport in Manila, and the Philippine Coast Guard said 4,500 passengers were stranded at ports across Luzon.
O company Philippine Airlines
O company Cebu Pacific
F number 86
L facility Ninoy Aquino International Airport
L city Manila
O government Philippine Coast Guard
F number 4,500
L geo Luzon
> The Department of Agriculture estimated crop damage at 2.3 billion pesos ($40 million), mostly to rice and corn that was weeks from harvest in the Cagayan Valley, the country's second-biggest rice-growing region. About 62,000 hectares of farmland were under water.
O government Department of Agriculture
F money 2.3 billion pesos
F money $40 million
L region Cagayan Valley
F quantity 62,000 hectares
> Aid groups said the evacuation centres, mostly schools and gymnasiums, were crowded. Jericho Bautista, who runs the Tuguegarao chapter of the Philippine Red Cross, said volunteers had handed out 12,000 food packs but that a third of the centres had no clean water.
P full Jericho Bautista
L city Tuguegarao
O nonprofit Philippine Red Cross
F number 12,000
F fraction a third
> "The families here have lost everything twice in three years," he said. "They keep asking us when they can go home, and we do not have an answer.
Q direct Jericho Bautista :: "The families here have lost everything twice in three years,"
F duration three years
Q direct Jericho Bautista :: "They keep asking us when they can go home, and we do not have an answer.
> "Some of them have been through four typhoons since 2024. People are tired."
Q direct Jericho Bautista :: "Some of them have been through four typhoons since 2024. People are tired."
F number four
F date 2024
> The Philippines is hit by about 20 tropical storms a year. Typhoon Haiyan, known locally as Yolanda, killed more than 6,300 people in November 2013. Scientists at the Manila Observatory have said warmer seas are making the strongest storms strengthen faster, a process known as “rapid intensification.”
L country Philippines
F number 20
F number 6,300
F date November 2013
O nonprofit Manila Observatory
Q scare - :: “rapid intensification.”
> (Reporting by Jose Mari Santos and Liezl Ocampo; Editing by Ramon Estrada)
P full Jose Mari Santos
P full Liezl Ocampo
P full Ramon Estrada
'''

ARTICLES['64-valpadana-tirrenico-merger'] = r'''
> Deals
> Italy's Banca Valpadana to Buy Credito Tirrenico for €4.1 Billion
L country Italy
O company Banca Valpadana
O company Credito Tirrenico
F money €4.1 Billion
> By Giulia Ferrante and Matteo Rinaldi
P full Giulia Ferrante
P full Matteo Rinaldi
> MILAN, Feb. 9 (Reuters) - Banca Valpadana SpA agreed on Monday to buy smaller rival Credito Tirrenico in a cash-and-shares deal that values the Genoa-based lender at €4.1 billion ($4.8 billion), creating Italy's fourth-largest bank by assets and adding to a wave of consolidation in European banking.
L city MILAN
F date Feb. 9
O media Reuters
O company Banca Valpadana SpA
O company Credito Tirrenico
L city Genoa
F money €4.1 billion
F money $4.8 billion
L country Italy
> Valpadana, based in Brescia, will pay 0.85 of its own shares plus €1.20 in cash for each Tirrenico share, valuing them at €9.45 each, a premium of 24% to Friday's closing price, the banks said.
O company Valpadana
L city Brescia
F number 0.85
F money €1.20
O company Tirrenico
F money €9.45
F percent 24%
> The combined group will have about 1,150 branches, 19,800 employees and total assets of €162 billion, with a strong presence in Lombardy, Liguria and Tuscany. Valpadana expects annual cost savings of €310 million by 2029, partly from closing 180 overlapping branches, and plans to cut up to 1,400 jobs through voluntary departures.
F number 1,150
F number 19,800
F money €162 billion
L region Lombardy
L region Liguria
L region Tuscany
O company Valpadana
F money €310 million
F date 2029
F number 180
F number 1,400
> "This is a merger of two banks that know the same customers — family businesses, exporters, savers — and that have been competing for them for 150 years," Chief Executive Lorenzo Bassani told analysts on a conference call. "Together we can lend more, not less."
Q direct Lorenzo Bassani :: "This is a merger of two banks that know the same customers — family businesses, exporters, savers — and that have been competing for them for 150 years,"
F number two
F duration 150 years
P full Lorenzo Bassani
Q direct Lorenzo Bassani :: "Together we can lend more, not less."
> Bassani, 58, said the merged bank would keep its common equity tier 1 (CET1) ratio, a key measure of financial strength, above 14% and would pay out 70% of profit as dividends and buybacks over the next three years.
P partial Bassani
F age 58
F percent 14%
F percent 70%
F duration three years
> Tirrenico, founded in 1871 as a savings bank for the port's merchants, has struggled with bad loans since the debt crisis of 2011-12. Its shares jumped 19.6% to €9.12 in Milan, while Valpadana's fell 3.1%.
O company Tirrenico
F date 1871
F date 2011-12
F percent 19.6%
F money €9.12
L city Milan
O company Valpadana
F percent 3.1%
> The deal needs approval from the European Central Bank (ECB), the Bank of Italy and market regulator Consob, and the government must decide whether to use its "golden power" to attach conditions. Rome imposed such conditions on UniCredit's offer for Banco BPM in 2025, and UniCredit later withdrew the bid.
O intergovernmental European Central Bank
O intergovernmental ECB
O government Bank of Italy
O government Consob
Q scare - :: "golden power"
L city Rome
O company UniCredit
O company Banco BPM
F date 2025
O company UniCredit
> An official at the Ministry of Economy and Finance said the ministry would "look carefully at lending to small firms in the south" but did not expect to block the deal.
O government Ministry of Economy and Finance
Q direct - :: "look carefully at lending to small firms in the south"
> Analysts were divided. Federica Sanna of Ardesia Securities in Milan called the price "full but defensible." She said Tirrenico's loan book had shrunk by a fifth since 2020 and that Valpadana was paying "for the deposits, not the loans."
P full Federica Sanna
O company Ardesia Securities
L city Milan
Q direct Federica Sanna :: "full but defensible."
O company Tirrenico
F fraction a fifth
F date 2020
O company Valpadana
Q direct Federica Sanna :: "for the deposits, not the loans."
> Fondazione Lanterna, a Genoa banking foundation that owns 11.8% of Tirrenico, said its board would meet on Feb. 19 to consider the offer. "We will judge it on its value for Genoa and for Liguria, not only on the price," the foundation said in a statement.
O nonprofit Fondazione Lanterna
L city Genoa
F percent 11.8%
O company Tirrenico
F date Feb. 19
Q direct Fondazione Lanterna :: "We will judge it on its value for Genoa and for Liguria, not only on the price,"
L city Genoa
L region Liguria
> The deal is the latest in a run of Italian bank mergers. Monte dei Paschi di Siena took control of Mediobanca in 2025, and BPER Banca bought Banca Popolare di Sondrio the same year. In Spain, BBVA's hostile bid for Banco Sabadell failed in October 2025 after too few shareholders tendered their shares.
O company Monte dei Paschi di Siena
O company Mediobanca
F date 2025
O company BPER Banca
O company Banca Popolare di Sondrio
L country Spain
O company BBVA
O company Banco Sabadell
F date October 2025
> Valpadana is being advised by JPMorgan and Mediobanca, and Tirrenico by Rothschild & Co. The banks expect to complete the deal in the third quarter.
O company Valpadana
O company JPMorgan
O company Mediobanca
O company Tirrenico
O company Rothschild & Co
> (Reporting by Giulia Ferrante and Matteo Rinaldi in Milan; Editing by Sarah Whitcombe)
P full Giulia Ferrante
P full Matteo Rinaldi
L city Milan
P full Sarah Whitcombe
'''

ARTICLES['65-lapland-nato-garrison'] = r'''
> World
> In Arctic Finland, a Town of 8,000 Prepares to Host NATO Troops
L country Finland
F number 8,000
O intergovernmental NATO
> By ANNIKA LEHTONEN and TOMAS BERGQVIST
P full ANNIKA LEHTONEN
P full TOMAS BERGQVIST
> Associated Press
O media Associated Press
> ![Finnish conscripts ski past a reindeer fence during a winter exercise near Sodankylä, Finland, on Thursday, Feb. 4, 2027. (Mirja Halonen/Lehtikuva via AP)](/photos/2027/02/04/finland-nato-lapland.jpg)
L city Sodankylä
L country Finland
F date Feb. 4, 2027
P full Mirja Halonen
O media Lehtikuva
O media AP
> SODANKYLÄ, Finland (AP) — The garrison in this Lapland town was built to train Finnish conscripts for war in deep snow. By next winter it will also house up to 1,200 Swedish, Norwegian and Danish soldiers, the first foreign combat troops based permanently in Finland since it joined NATO in April 2023.
L city SODANKYLÄ
L country Finland
O media AP
L region Lapland
F number 1,200
L country Finland
O intergovernmental NATO
F date April 2023
> They will form part of a NATO brigade, led by Sweden, that the alliance agreed in 2024 to station in Finland. Finland shares a 1,340-kilometer (830-mile) border with Russia, the longest of any NATO member.
O intergovernmental NATO
L country Sweden
F date 2024
L country Finland
L country Finland
F quantity 1,340-kilometer
F quantity 830-mile
L country Russia
O intergovernmental NATO
> In Sodankylä, a municipality of about 8,000 people spread across 12,400 square kilometers (4,800 square miles) of forest and bog, most residents welcome the troops. Some worry about what they will cost.
L city Sodankylä
F number 8,000
F quantity 12,400 square kilometers
F quantity 4,800 square miles
> “For 80 years we were told to keep quiet and not provoke anyone,” said Jussi Kärkkäinen, the municipal manager. “Now the question at the town hall is where we put 600 new apartments and whether the school can take 150 more children.”
Q direct Jussi Kärkkäinen :: “For 80 years we were told to keep quiet and not provoke anyone,”
F duration 80 years
P full Jussi Kärkkäinen
Q direct Jussi Kärkkäinen :: “Now the question at the town hall is where we put 600 new apartments and whether the school can take 150 more children.”
F number 600
F number 150
> The Finnish Defence Forces said the government had set aside €420 million ($490 million) for new barracks, a firing range and a longer runway at the airfield, which will be extended by 600 meters to take larger transport aircraft. An advance team of 40 Swedish engineers arrived on Thursday, and the work is due to be finished in October 2028.
O government Finnish Defence Forces
F money €420 million
F money $490 million
F quantity 600 meters
F number 40
F date October 2028
> President Alexander Stubb, who took office in March 2024, has made closer military ties with Sweden and Norway a priority. Finland ended decades of military nonalignment and applied to join NATO together with Sweden in May 2022, three months after Russia’s full-scale invasion of Ukraine. Sweden joined in March 2024.
P full Alexander Stubb
F date March 2024
L country Sweden
L country Norway
L country Finland
O intergovernmental NATO
L country Sweden
F date May 2022
F duration three months
L country Russia
L country Ukraine
L country Sweden
F date March 2024
> Helsinki closed all eight crossing points on its eastern border in December 2023 after more than 1,300 asylum seekers arrived from Russia in a few months. The Finnish government accused Moscow of using migrants as a weapon, and the crossings remain closed.
L city Helsinki
F number eight
F date December 2023
F number 1,300
L country Russia
L city Moscow
> Col. Mikael Savolainen, commander of the Jaeger Brigade, said about 3,500 conscripts train in Sodankylä each year in temperatures as low as minus 40 degrees Celsius (minus 40 degrees Fahrenheit). Conscripts call the brigade’s main winter training area “the Freezer.”
P full Mikael Savolainen
O government Jaeger Brigade
F number 3,500
L city Sodankylä
F quantity minus 40 degrees Celsius
F quantity minus 40 degrees Fahrenheit
Q scare - :: “the Freezer.”
> "The Swedes and the Norwegians know cold. They do not know these forests the way our reservists do," Savolainen said. "We will learn from each other, and the reindeer will learn to live with all of us."
Q direct Mikael Savolainen :: "The Swedes and the Norwegians know cold. They do not know these forests the way our reservists do,"
P partial Savolainen
Q direct Mikael Savolainen :: "We will learn from each other, and the reindeer will learn to live with all of us."
> Not everyone is convinced. Aslak Magga, 61, a Sámi herder whose family has grazed reindeer near the garrison for generations, said firing exercises had already pushed his herd of about 700 animals off its winter pastures.
P full Aslak Magga
F age 61
F number 700
> “Nobody asks the reindeer what they think about NATO,” Magga said. “We are not against defense. My son did his service here. But every new road and every new range takes land we will never get back.
Q direct Aslak Magga :: “Nobody asks the reindeer what they think about NATO,”
O intergovernmental NATO
P partial Magga
Q direct Aslak Magga :: “We are not against defense. My son did his service here. But every new road and every new range takes land we will never get back.
> “If the army takes another 50 square kilometers, there will be no winter grazing left on this side of the Kitinen River.”
Q direct Aslak Magga :: “If the army takes another 50 square kilometers, there will be no winter grazing left on this side of the Kitinen River.”
F quantity 50 square kilometers
L geo Kitinen River
> The Sámi Parliament, based in Inari, has asked the Defence Ministry to consult herders' cooperatives before any more land is fenced off. The ministry said in a statement that it would "take reindeer husbandry into account" and that talks with the Reindeer Herders' Association were set for March 15.
O government Sámi Parliament
L city Inari
O government Defence Ministry
Q direct Defence Ministry :: "take reindeer husbandry into account"
O nonprofit Reindeer Herders' Association
F date March 15
> Finland spends about 2.4% of its gross domestic product on defense and has pledged to reach 3% by 2029. Hosting the brigade will cost about €80 million a year, according to the Helsinki-based think tank Itämeri Institute.
L country Finland
F percent 2.4%
F percent 3%
F date 2029
F money €80 million
L city Helsinki
O nonprofit Itämeri Institute
'''

ARTICLES['66-calloway-admissions-lawsuit'] = r'''
> Education
> Lawsuit Says Ohio’s Calloway University Uses Essays to Weigh Applicants’ Race
L region Ohio
O education Calloway University
> By DEREK HALVERSON and PRIYA NATARAJAN
P full DEREK HALVERSON
P full PRIYA NATARAJAN
> Associated Press
O media Associated Press
> ![Students walk past Mercer Hall on the campus of Calloway University in Dayton, Ohio, Aug. 26, 2026. (Courtesy Calloway University via AP)](/photos/2026/08/26/calloway-admissions-lawsuit.jpg)
L facility Mercer Hall
O education Calloway University
L city Dayton
L region Ohio
F date Aug. 26, 2026
O education Calloway University
O media AP
> COLUMBUS, Ohio (AP) — A group of parents sued a private university in Dayton on Tuesday, accusing it of using application essays and a hidden "context score" to keep considering race in admissions three years after the U.S. Supreme Court banned the practice.
L city COLUMBUS
L region Ohio
O media AP
L city Dayton
Q scare - :: "context score"
F duration three years
O government U.S. Supreme Court
> The lawsuit, filed in federal court in Columbus by Merit First Ohio, a nonprofit formed last year by parents in the Cincinnati suburbs, says admissions readers at Calloway University can add up to 4 points on a 20-point scale for essays that describe experiences of discrimination, and that the score works as a stand-in for race.
L city Columbus
O nonprofit Merit First Ohio
L city Cincinnati
O education Calloway University
F number 4
F number 20
> The Supreme Court’s June 2023 ruling in cases brought by Students for Fair Admissions against Harvard University and the University of North Carolina barred colleges from treating race as a factor in itself. But Chief Justice John Roberts wrote for the majority that universities could still consider "an applicant's discussion of how race affected his or her life," as long as the student was treated as an individual.
O government Supreme Court
F date June 2023
O nonprofit Students for Fair Admissions
O education Harvard University
O education University of North Carolina
P full John Roberts
Q direct John Roberts :: "an applicant's discussion of how race affected his or her life,"
> The Dayton suit argues that Calloway went further. It cites an internal reader guide, obtained by the group, that tells staff to give the highest context scores to "essays reflecting the applicant's racial or ethnic identity."
L city Dayton
O education Calloway
Q direct Calloway University :: "essays reflecting the applicant's racial or ethnic identity."
> Calloway, founded in 1887 by Methodist ministers, enrolls about 11,400 students and admitted 38% of its 21,600 applicants last year. Tuition, room and board cost $71,850 this year. The share of Black students in its first-year class fell from 9.1% in 2022 to 7.4% in 2025, according to figures it reported to the U.S. Department of Education.
O education Calloway
F date 1887
F number 11,400
F percent 38%
F number 21,600
F money $71,850
F percent 9.1%
F date 2022
F percent 7.4%
F date 2025
O government U.S. Department of Education
> Among the plaintiffs is the father of a 17-year-old from Mason, Ohio, who was rejected in March despite a 4.0 grade point average and an SAT score of 1,540. The lawsuit does not name the student.
F age 17-year-old
L city Mason
L region Ohio
F number 4.0
F number 1,540
> "My son did everything they asked. He wrote about robotics and about his grandmother's bakery, and apparently that wasn't the right kind of story," said the father, Vikram Raghunathan, 49, an engineer at an aerospace supplier near Cincinnati. "Nobody would tell us what the context score was or how they calculated it."
Q direct Vikram Raghunathan :: "My son did everything they asked. He wrote about robotics and about his grandmother's bakery, and apparently that wasn't the right kind of story,"
P full Vikram Raghunathan
F age 49
L city Cincinnati
Q direct Vikram Raghunathan :: "Nobody would tell us what the context score was or how they calculated it."
> Merit First Ohio is represented by Hartwell & Pike, a Washington law firm, and asks the court to bar the use of the score and to award each of the 14 families named in the suit $25,000 in damages.
O nonprofit Merit First Ohio
O company Hartwell & Pike
L city Washington
F number 14
F money $25,000
> In a statement, Calloway said it "complies fully with the law" and would fight the suit. "We read every application as an individual's story. Our readers do not see, and do not ask for, any applicant's race," the university said.
O education Calloway
Q direct Calloway University :: "complies fully with the law"
Q direct Calloway University :: "We read every application as an individual's story. Our readers do not see, and do not ask for, any applicant's race,"
> The case is one of several testing the limits of the 2023 ruling. In August 2025, President Donald Trump ordered colleges to report admissions data broken down by race to the Education Department, and the Justice Department has opened inquiries into admissions at several universities.
F date 2023
F date August 2025
P full Donald Trump
O government Education Department
O government Justice Department
> "This is the question the Supreme Court left open," said Laura Bennington, who teaches education law at the Moritz College of Law at Ohio State University. "Essays can't be a back door for race, but a college also can't pretend applicants have no background. Calloway is going to be a test case."
Q direct Laura Bennington :: "This is the question the Supreme Court left open,"
O government Supreme Court
P full Laura Bennington
O education Moritz College of Law
O education Ohio State University
Q direct Laura Bennington :: "Essays can't be a back door for race, but a college also can't pretend applicants have no background. Calloway is going to be a test case."
O education Calloway
> Judge Elena Vasquez-Hart scheduled a first hearing for Oct. 14 at 10 a.m.
P full Elena Vasquez-Hart
F date Oct. 14
F time 10 a.m.
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
