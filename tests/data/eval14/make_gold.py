#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval14 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval14/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['127-vaigai-sand-quarry-high-court'] = r'''
> Tamil Nadu
L region Tamil Nadu
> Madras High Court halts sand quarrying on Vaigai, orders ₹4.6-crore penalty
O government Madras High Court
L geo Vaigai
F money ₹4.6-crore
> Contractor dug ‘far beyond’ permitted depth near Manamadurai, says judge; Collector told to restore riverbed in six months
Q direct P. Ilango Devasagayam :: ‘far beyond’
L city Manamadurai
F duration six months
> Express News Service
O media Express News Service
> Published: 15th March 2029 05:12 AM | Last Updated: 15th March 2029 11:40 AM
F date 15th March 2029
F time 05:12 AM
F date 15th March 2029
F time 11:40 AM
> Excavators on the Vaigai riverbed near Manamadurai in Sivaganga district in a file picture. (Photo | Express)
L geo Vaigai
L city Manamadurai
L region Sivaganga
O media Express
> MADURAI: The Madurai Bench of the Madras High Court on Wednesday stopped all sand quarrying along a 7.5-km stretch of the Vaigai in Sivaganga district and ordered a private contractor to pay ₹4.6 crore as environmental compensation for the damage done to the river.
L city MADURAI
O government Madurai Bench
O government Madras High Court
F quantity 7.5-km
L geo Vaigai
L region Sivaganga
F money ₹4.6 crore
> Justice P. Ilango Devasagayam held that Thirumalai Minerals Pvt Ltd, which had a five-year lease to quarry near Manamadurai from November 2025, had dug “far beyond” the depth allowed in its licence, removing sand to a depth of up to 4 metres against the permitted 1 metre and lowering the water table in at least 14 villages on both banks of the river.
P full P. Ilango Devasagayam
O company Thirumalai Minerals Pvt Ltd
F duration five-year
L city Manamadurai
F date November 2025
Q direct P. Ilango Devasagayam :: “far beyond”
F quantity 4 metres
F quantity 1 metre
F number 14
> “The river is not a private quarry. What has been taken out of the Vaigai in three years will take decades to come back, if it comes back at all,” the judge said in his 62-page order.
Q direct P. Ilango Devasagayam :: “The river is not a private quarry. What has been taken out of the Vaigai in three years will take decades to come back, if it comes back at all,”
L geo Vaigai
F duration three years
F number 62
> The petition was filed in 2027 by K. Pandiammal, 58, a farmer from Kattanur village, and the Vaigai River Protection Movement, a coalition of farmers’ associations from Sivaganga and Ramanathapuram districts. They said borewells in the area, which once struck water at 40 feet, now had to be sunk to 300 feet or more. Readings filed by the Central Ground Water Board (CGWB) showed the water level in the stretch falling 38% between 2021 and 2028.
F date 2027
P full K. Pandiammal
F age 58
L city Kattanur
O nonprofit Vaigai River Protection Movement
L region Sivaganga
L region Ramanathapuram
F quantity 40 feet
F quantity 300 feet
O government Central Ground Water Board
O government CGWB
F percent 38%
F date 2021
F date 2028
> “When I was a girl we carried water home from the river in pots. Now even the borewell gives us salt water,” Pandiammal told TNIE outside the court.
Q direct K. Pandiammal :: “When I was a girl we carried water home from the river in pots. Now even the borewell gives us salt water,”
P partial Pandiammal
O media TNIE
> According to a report by an Advocate Commissioner appointed by the court, the firm ran at least 11 excavators on the site and moved an estimated 2.3 lakh cubic metres of sand between January 2026 and August 2028, most of it at night. Lorries carrying the sand were sent to Madurai, Virudhunagar and as far as Kerala, often on transport permits issued for other quarries, the report said.
F number 11
F quantity 2.3 lakh cubic metres
F date January 2026
F date August 2028
L city Madurai
L city Virudhunagar
L region Kerala
> The judge directed the Tamil Nadu Pollution Control Board (TNPCB) to recover the compensation within eight weeks and keep it in a separate account to be used only for restoring the riverbed. The Sivaganga District Collector was told to fill the pits and replant the banks with native vegetation within six months, and to file a compliance report by September 30.
O government Tamil Nadu Pollution Control Board
O government TNPCB
F duration eight weeks
L region Sivaganga
F duration six months
F date September 30
> The order also criticised what it called “paper inspections” by the Water Resources Department, noting that the department’s Manamadurai office had recorded only two site visits in 31 months.
Q direct P. Ilango Devasagayam :: “paper inspections”
O government Water Resources Department
L city Manamadurai
F number two
F duration 31 months
> Additional Advocate General R. Sundaravadivel, appearing for the State, told the court that quarrying had been halted in August 2028 after complaints from villagers and that the licence had since been cancelled. The judge said the cancellation “does not undo the damage” and refused to reduce the penalty.
P full R. Sundaravadivel
F date August 2028
Q direct P. Ilango Devasagayam :: “does not undo the damage”
> Counsel for Thirumalai Minerals, S. Thangaraj Ebenezer, said the firm would appeal to the Supreme Court. “Our client worked within the permit and paid ₹1.12 crore in royalty to the government. The penalty has been calculated on assumptions, not measurements,” he said.
O company Thirumalai Minerals
P full S. Thangaraj Ebenezer
O government Supreme Court
Q direct S. Thangaraj Ebenezer :: “Our client worked within the permit and paid ₹1.12 crore in royalty to the government. The penalty has been calculated on assumptions, not measurements,”
F money ₹1.12 crore
> “We will place the survey records before the apex court, and we are confident they will speak for themselves.”
Q direct S. Thangaraj Ebenezer :: “We will place the survey records before the apex court, and we are confident they will speak for themselves.”
> The Vaigai rises in the Western Ghats and flows about 258 km through Theni, Madurai, Sivaganga and Ramanathapuram districts before emptying into the Palk Bay. Farmers’ groups say close to two lakh acres downstream depend on the river and on the Vaigai dam near Andipatti for irrigation.
L geo Vaigai
L geo Western Ghats
F quantity 258 km
L region Theni
L region Madurai
L region Sivaganga
L region Ramanathapuram
L geo Palk Bay
F quantity two lakh acres
L facility Vaigai
L city Andipatti
> Justice Devasagayam listed the case again for October 6, when the Collector is to report on the restoration work. Last year, the Madurai Bench ordered a survey of all sand quarries licensed along the Gundar and Kottakaraiyar rivers in Virudhunagar and Ramanathapuram districts.
P partial Devasagayam
F date October 6
O government Madurai Bench
L geo Gundar
L geo Kottakaraiyar
L region Virudhunagar
L region Ramanathapuram
'''

ARTICLES['128-kwena-tamarugal-copper-sale'] = r'''
> Mining
> Kwena sells Chilean copper stake to Tamarugal for $1.1bn
O company Kwena
O company Tamarugal
F money $1.1bn
> Deal includes a 220MW solar and battery plant that Tamarugal says will let the Atacama mine run on clean power around the clock
F quantity 220MW
O company Tamarugal
L geo Atacama
> Ignacia Valdebenito Roa in Santiago and Lwazi Mthembu-Kruger in Johannesburg
P full Ignacia Valdebenito Roa
L city Santiago
P full Lwazi Mthembu-Kruger
L city Johannesburg
> Published 06 March 2029 - 17:40
F date 06 March 2029
F time 17:40
> Haul trucks at the Pampa Lirio open pit near Sierra Gorda in Chile’s Antofagasta region. Picture: Bloomberg/Cristóbal Henríquez Mella
L facility Pampa Lirio
L city Sierra Gorda
L country Chile
L region Antofagasta
O media Bloomberg
P full Cristóbal Henríquez Mella
> Kwena Resources Ltd, the Johannesburg-listed miner, has agreed to sell its 60% stake in the Pampa Lirio copper mine in northern Chile to Minera Tamarugal SA for $1.1bn, ending a venture that struggled for a decade with water shortages, strikes and falling ore grades.
O company Kwena Resources Ltd
L city Johannesburg
F percent 60%
L facility Pampa Lirio
L country Chile
O company Minera Tamarugal SA
F money $1.1bn
> The price, equal to about R20.3bn, includes $140m in deferred payments linked to copper prices, Kwena said in a statement to the JSE on Tuesday. The sale would let it “concentrate on the Bushveld and the Northern Cape”, the company said. Its shares rose 7.4% to R48.15 in Johannesburg, their biggest daily gain since October 2027.
F money R20.3bn
F money $140m
O company Kwena
O company JSE
Q direct Kwena Resources Ltd :: “concentrate on the Bushveld and the Northern Cape”
L region Bushveld
L region Northern Cape
F percent 7.4%
F money R48.15
L city Johannesburg
F date October 2027
> Santiago-based Tamarugal, which already owns the other 40%, will take full control of the mine, which produced 86,000 tonnes of copper in concentrate last year. It will pay with cash and a $600m loan from a group of banks led by Banco de Crédito e Inversiones (Bci).
L city Santiago
O company Tamarugal
F percent 40%
F quantity 86,000 tonnes
F money $600m
O company Banco de Crédito e Inversiones
O company Bci
> As part of the deal, Tamarugal will build a 220MW solar plant with a 900MWh battery on 410 hectares of desert next to the pit, at a cost of 310 billion pesos ($335m), and plans to sell the mine’s output as so-called “green copper”. The batteries will come from Sweden’s Hallvik Energilagring AB, which supplies storage systems to iron ore mines in Norrbotten county.
O company Tamarugal
F quantity 220MW
F quantity 900MWh
F quantity 410 hectares
F money 310 billion pesos
F money $335m
Q scare - :: “green copper”
L country Sweden
O company Hallvik Energilagring AB
L region Norrbotten
> “Pampa Lirio has the ore. What it did not have was reliable water and cheap, clean power, and we can fix both,” said Tamarugal’s chief executive, Rodrigo Aránguiz Vial. He said the solar plant, due to start operating in the second half of 2030, would cut the mine’s power bill by about a third.
Q direct Rodrigo Aránguiz Vial :: “Pampa Lirio has the ore. What it did not have was reliable water and cheap, clean power, and we can fix both,”
L facility Pampa Lirio
O company Tamarugal
P full Rodrigo Aránguiz Vial
F date 2030
F fraction a third
> The mine, 1,650 metres above sea level and 140 km inland from the port of Mejillones, has since 2026 relied on desalinated seawater pumped up from the coast instead of wells in the Loa River basin. Kwena blamed the cost of that water, and a 38-day strike in 2027, when it wrote down the value of its stake by $290m.
F quantity 1,650 metres
F quantity 140 km
L city Mejillones
F date 2026
L geo Loa River
O company Kwena
F duration 38-day
F date 2027
F money $290m
> Analysts said the price was fair. “Kwena is getting out at roughly 5.5 times earnings, which is not cheap for an asset with Pampa Lirio’s problems,” said Ndumiso van Wyk, a mining analyst at Protea Capital Markets in Johannesburg.
Q direct Ndumiso van Wyk :: “Kwena is getting out at roughly 5.5 times earnings, which is not cheap for an asset with Pampa Lirio’s problems,”
O company Kwena
F number 5.5
L facility Pampa Lirio
P full Ndumiso van Wyk
O company Protea Capital Markets
L city Johannesburg
> “But they had no appetite to put another $700m into Chile, and the market likes that they are going back to being a platinum and manganese company,” he said.
Q direct Ndumiso van Wyk :: “But they had no appetite to put another $700m into Chile, and the market likes that they are going back to being a platinum and manganese company,”
F money $700m
L country Chile
> Kwena chief executive Nomvula Sithebe-Adams said the proceeds would go towards paying down debt and a special dividend of R3.50 a share. She told Business Day the board had approached “three or four” possible buyers in Chile, Canada and Australia before settling on Tamarugal.
O company Kwena
P full Nomvula Sithebe-Adams
F money R3.50
O media Business Day
Q direct Nomvula Sithebe-Adams :: “three or four”
F number three
F number four
L country Chile
L country Canada
L country Australia
O company Tamarugal
> The deal needs approval from Chile’s National Economic Prosecutor’s Office (FNE) and from South African competition authorities, and is expected to close by September 2029. Tamarugal will also need an environmental permit for the solar plant from the Environmental Evaluation Service (SEA), a process that usually takes 12 to 18 months.
L country Chile
O government National Economic Prosecutor’s Office
O government FNE
F date September 2029
O company Tamarugal
O government Environmental Evaluation Service
O government SEA
F duration 12
F duration 18 months
> Copper has risen 18% this year to about $11,200 a tonne on the London Metal Exchange, as demand from power grids and electric vehicles outstrips new supply. Chile, the world’s biggest producer, has struggled to lift output as ore grades fall at its older mines.
F percent 18%
F money $11,200
O company London Metal Exchange
L country Chile
> The sale leaves Toronto-listed Atacama Ridge Copper Corp, whose Cerro Chuño deposit lies 30 km to the south, as the only foreign company with a stake in the district. Its shares fell 3.1% to C$0.42 in Toronto.
L city Toronto
O company Atacama Ridge Copper Corp
L geo Cerro Chuño
F quantity 30 km
F percent 3.1%
F money C$0.42
L city Toronto
> In Sierra Gorda, a town of about 2,400 people that receives royalties from the mine, mayor Ximena Colque Mamani welcomed the plan but said residents had been promised a solar plant “every election since 2015”. “We have the sun. What we need is for some of the money to stay here,” she told local radio.
L city Sierra Gorda
F number 2,400
P full Ximena Colque Mamani
Q direct Ximena Colque Mamani :: “every election since 2015”
F date 2015
Q direct Ximena Colque Mamani :: “We have the sun. What we need is for some of the money to stay here,”
'''

ARTICLES['129-leigh-hull-kr-super-league'] = r'''
> Hull KR
O team Hull KR
> Leigh Leopards 18-25 Hull KR: Ashdown drop goal settles it as Robins go top of Super League
O team Leigh Leopards
F score 18-25
O team Hull KR
P partial Ashdown
O team Robins
O other Super League
> Rovers led 20-6 at the break and survived a second-half fightback at the Leigh Sports Village
O team Rovers
F score 20-6
L facility Leigh Sports Village
> Callum Brierley
P full Callum Brierley
> Rugby League Writer
> 22:14, 13 APR 2029
F time 22:14
F date 13 APR 2029
> Hull KR’s Declan Ashdown lands the match-winning drop goal at the Leigh Sports Village (Image: Ellie Hargreaves/SWpix.com)
O team Hull KR
P full Declan Ashdown
L facility Leigh Sports Village
P full Ellie Hargreaves
O media SWpix.com
> Declan Ashdown’s drop goal with six minutes left gave Hull KR a 25-18 win over Leigh Leopards on Friday night and took the Robins two points clear at the top of Super League.
P full Declan Ashdown
F duration six minutes
O team Hull KR
F score 25-18
O team Leigh Leopards
O team Robins
F number two
O other Super League
> Rovers had led 20-6 at the break after tries from winger Tyrese Okafor, who crossed twice, centre Jaden Whitlock and hooker Sam Priestley-Grant, with Ashdown adding two conversions. Leigh’s only first-half points came from a Lewis Hollinshead try, converted by Harry Dunford.
O team Rovers
F score 20-6
P full Tyrese Okafor
P full Jaden Whitlock
P full Sam Priestley-Grant
P partial Ashdown
F number two
O team Leigh
P full Lewis Hollinshead
P full Harry Dunford
> Ashdown kicked a penalty soon after half-time, but Leigh, roared on by a crowd of 9,214, hit back after Rovers prop Mikey Fonohema was sent to the sin bin for a high tackle in the 49th minute. Tries from full-back Ryan Kershaw-Bell and second-row Corey Eckersall, both converted by Dunford, cut the gap to 22-18 with 17 minutes to play.
P partial Ashdown
O team Leigh
F number 9,214
O team Rovers
P full Mikey Fonohema
P full Ryan Kershaw-Bell
P full Corey Eckersall
P partial Dunford
F score 22-18
F duration 17 minutes
> A second Ashdown penalty, for offside in front of the posts, restored a six-point lead before the 23-year-old half-back slotted the one-pointer from 35 metres.
P partial Ashdown
F number six
F age 23-year-old
F number one
F quantity 35 metres
> “That’s exactly the kind of game we lost last year,” Rovers coach Gareth Pennock said. “We went into our shells for 20 minutes, and Leigh are too good a side to give that sort of invitation to. But Declan has ice in his veins. He practises that kick every Thursday.”
Q direct Gareth Pennock :: “That’s exactly the kind of game we lost last year,”
O team Rovers
P full Gareth Pennock
Q direct Gareth Pennock :: “We went into our shells for 20 minutes, and Leigh are too good a side to give that sort of invitation to. But Declan has ice in his veins. He practises that kick every Thursday.”
F duration 20 minutes
O team Leigh
P partial Declan
> He described Fonohema’s tackle as “clumsy rather than malicious” and said he expected the prop to be available for next Friday’s derby against Hull FC at Sewell Group Craven Park.
P partial Fonohema
Q direct Gareth Pennock :: “clumsy rather than malicious”
O team Hull FC
L facility Sewell Group Craven Park
> Leigh coach Martin Sefton said his side had “handed them a head start”. “You can’t give a team like that 20 points and expect to reel them in. I thought the lads showed plenty, but we were poor for 40 minutes and you get punished for that at this level,” he said.
O team Leigh
P full Martin Sefton
Q direct Martin Sefton :: “handed them a head start”
Q direct Martin Sefton :: “You can’t give a team like that 20 points and expect to reel them in. I thought the lads showed plenty, but we were poor for 40 minutes and you get punished for that at this level,”
F number 20
F duration 40 minutes
> “Ryan was outstanding again. If he keeps playing like that, he’s not far away from an England call.”
Q direct Martin Sefton :: “Ryan was outstanding again. If he keeps playing like that, he’s not far away from an England call.”
P partial Ryan
O team England
> The defeat leaves Leigh sixth with 12 points from nine matches. Hull KR have 16 points from nine games and sit two clear of Wigan Warriors, who beat Catalans Dragons 30-12 in Perpignan on Thursday, and St Helens, who are behind on points difference.
O team Leigh
F number 12
F number nine
O team Hull KR
F number 16
F number nine
F number two
O team Wigan Warriors
O team Catalans Dragons
F score 30-12
L city Perpignan
O team St Helens
> Fonohema will learn on Tuesday whether he faces further action from the Rugby Football League (RFL) match review panel. Under the RFL’s disciplinary code, a grade B high tackle carries a ban of one to three matches.
P partial Fonohema
O other Rugby Football League
O other RFL
O other RFL
F number one
F number three
> Leigh, who have sold out 11 of their last 14 home games, confirmed before kick-off that capacity at the Leigh Sports Village will rise to 12,700 next season after a £2.4m upgrade of the south stand, part-funded by Wigan Council.
O team Leigh
F number 11
F number 14
L facility Leigh Sports Village
F number 12,700
F money £2.4m
O government Wigan Council
> Leigh Leopards: Tries – Hollinshead, Kershaw-Bell, Eckersall. Goals – Dunford 3.
O team Leigh Leopards
P partial Hollinshead
P partial Kershaw-Bell
P partial Eckersall
P partial Dunford
F number 3
> Hull KR: Tries – Okafor 2, Whitlock, Priestley-Grant. Goals – Ashdown 4. Drop goal – Ashdown.
O team Hull KR
P partial Okafor
F number 2
P partial Whitlock
P partial Priestley-Grant
P partial Ashdown
F number 4
P partial Ashdown
> Half-time: Leigh Leopards 6-20 Hull KR. Referee: Liam Tattersall-Moore (Wakefield). Attendance: 9,214.
O team Leigh Leopards
F score 6-20
O team Hull KR
P full Liam Tattersall-Moore
L city Wakefield
F number 9,214
'''

ARTICLES['130-tromso-teen-sleep-study'] = r'''
> Health
> Teenagers in Arctic Norway lose 40 minutes of sleep a night in the dark season, study finds
L country Norway
F duration 40 minutes
> Researchers at UiT The Arctic University of Norway tracked more than 1,200 pupils in Tromsø and Finnmark for two years
O education UiT The Arctic University of Norway
F number 1,200
L city Tromsø
L region Finnmark
F duration two years
> By Ingrid Solbakken-Aune
P full Ingrid Solbakken-Aune
> Published on 06/02/2029 - 08:15 GMT+1 • Updated 10:02
F date 06/02/2029
F time 08:15 GMT+1
F time 10:02
> Pupils walk to school in Tromsø during the polar night, when the sun stays below the horizon for about seven weeks. - Copyright © NTB/Mats Hjelmeland Dahl
L city Tromsø
F duration seven weeks
O media NTB
P full Mats Hjelmeland Dahl
> Teenagers in northern Norway sleep on average 40 minutes less per night in the darkest months of the year than in spring, and the shortfall is largest among those who spend their evenings on screens, according to a study published on Tuesday.
L country Norway
F duration 40 minutes
> The researchers, from UiT The Arctic University of Norway in Tromsø, followed 1,214 pupils aged 13 to 16 at 19 lower secondary schools in Troms and Finnmark counties between August 2026 and June 2028. The pupils wore wrist sensors that measured sleep and light exposure for two weeks in each of the four seasons.
O education UiT The Arctic University of Norway
L city Tromsø
F number 1,214
F age 13
F age 16
F number 19
L region Troms
L region Finnmark
F date August 2026
F date June 2028
F duration two weeks
F number four
> In November, December and January, when the sun barely clears the horizon or does not rise at all, the average pupil slept 6.9 hours on school nights, compared with 7.6 hours in April and May. Health authorities recommend eight to 10 hours for that age group, a target only 9 per cent of the pupils met in winter, against 23 per cent in spring.
F duration 6.9 hours
F duration 7.6 hours
F duration eight
F duration 10 hours
F percent 9 per cent
F percent 23 per cent
> "We expected the dark period to shift their body clocks, and it does. But school still starts at 8.30 in the morning, so the sleep they lose at the start of the night they never get back," said the study's lead author, Dr Siri Haugland Mathisen of UiT's Department of Clinical Medicine.
Q direct Siri Haugland Mathisen :: "We expected the dark period to shift their body clocks, and it does. But school still starts at 8.30 in the morning, so the sleep they lose at the start of the night they never get back,"
F time 8.30
P full Siri Haugland Mathisen
O education UiT
O education Department of Clinical Medicine
> "What surprised us was how little the pupils themselves noticed. Most of them told us they slept well.
Q direct Siri Haugland Mathisen :: "What surprised us was how little the pupils themselves noticed. Most of them told us they slept well.
> "Their teachers noticed, though. In the winter weeks the first lesson of the day was simply lost for a lot of them."
Q direct Siri Haugland Mathisen :: "Their teachers noticed, though. In the winter weeks the first lesson of the day was simply lost for a lot of them."
> The effect was strongest among pupils who used phones or games consoles for more than two hours after 9pm. In that group the winter shortfall reached 58 minutes, against 21 minutes for pupils who put their screens away at least an hour before bed. The findings were published in the journal Acta Paediatrica.
F duration two hours
F time 9pm
F duration 58 minutes
F duration 21 minutes
O media Acta Paediatrica
> In a smaller trial within the study, 96 pupils at two schools in Alta and Hammerfest had bright-light lamps installed in their classrooms for the first lesson of the day. Their sleep improved by about 15 minutes a night, and teachers reported fewer pupils dozing off in class, the researchers wrote.
F number 96
F number two
L city Alta
L city Hammerfest
F duration 15 minutes
> The lamps were supplied free of charge by Ljusgården Medical AB, a company based in Umeå, Sweden, which had no role in the analysis, the authors said.
O company Ljusgården Medical AB
L city Umeå
L country Sweden
> The project was funded with 14.5 million kroner (€1.25 million) from the Research Council of Norway and a grant from the Norwegian Institute of Public Health (NIPH), which advises municipalities on school health services.
F money 14.5 million kroner
F money €1.25 million
O government Research Council of Norway
O government Norwegian Institute of Public Health
O government NIPH
> Marieke van der Zwaag-Bosma, a chronobiologist at the University of Groningen in the Netherlands who was not involved in the research, called the study "one of the most careful" of its kind.
P full Marieke van der Zwaag-Bosma
O education University of Groningen
L country Netherlands
Q direct Marieke van der Zwaag-Bosma :: "one of the most careful"
> "Most sleep studies in teenagers are done at latitudes like ours, where the change between the seasons is modest. Tromsø is close to a natural laboratory," she told Euronews Health.
Q direct Marieke van der Zwaag-Bosma :: "Most sleep studies in teenagers are done at latitudes like ours, where the change between the seasons is modest. Tromsø is close to a natural laboratory,"
L city Tromsø
O media Euronews Health
> Van der Zwaag-Bosma said the results might not apply further south, where the seasonal swing in daylight is smaller. She also warned that weekend lie-ins, a habit sleep researchers call "catch-up sleep", did little to repair the damage.
P partial Van der Zwaag-Bosma
Q scare - :: "catch-up sleep"
> Tromsø municipality has discussed moving the start of the school day to 9am during the dark period. Mathisen said a later start was "the cheapest intervention there is", but that it was a decision for local politicians.
L city Tromsø
F time 9am
P partial Mathisen
Q direct Siri Haugland Mathisen :: "the cheapest intervention there is"
> The Norwegian Directorate for Education and Training said in a statement that schools already had "considerable freedom" to organise their own timetables, and that it had received no request from Tromsø.
O government Norwegian Directorate for Education and Training
Q direct Norwegian Directorate for Education and Training :: "considerable freedom"
L city Tromsø
> Tromsø lies about 350 km north of the Arctic Circle. In Hammerfest, further north still, the polar night lasts from late November until late January.
L city Tromsø
F quantity 350 km
L geo Arctic Circle
L city Hammerfest
'''

ARTICLES['131-wilson-kansas-downtown-fire'] = r'''
> Ellsworth County
L region Ellsworth County
> Fire guts historic Kralik Building in downtown Wilson; two firefighters treated for heat exhaustion
L facility Kralik Building
L city Wilson
F number two
> Crews from six departments fought the blaze for nearly nine hours. The Kansas State Fire Marshal's Office is investigating.
F number six
F duration nine hours
O government Kansas State Fire Marshal's Office
> By Dana Kubik-Rhodes | Managing Editor
P full Dana Kubik-Rhodes
> Posted Thursday, Aug. 16, 2029 9:05 am
F date Aug. 16, 2029
F time 9:05 am
> Firefighters pour water on the Kralik Building at 423 27th St. in Wilson early Wednesday, Aug. 15, 2029. (Photo courtesy of Wilson Volunteer Fire Department)
L facility Kralik Building
L address 423 27th St.
L city Wilson
F date Aug. 15, 2029
O government Wilson Volunteer Fire Department
> WILSON — A fire that started early Wednesday destroyed the Kralik Building, a two-story limestone storefront that had stood on 27th Street since 1902, and damaged two neighboring businesses in this Ellsworth County town of about 780 people.
L city WILSON
L facility Kralik Building
F number two
L street 27th Street
F date 1902
F number two
L region Ellsworth County
F number 780
> No one was inside when the fire was reported at 2:47 a.m., Wilson Fire Chief Lonnie Pechacek said. Two firefighters were treated at the scene for heat exhaustion, and one was taken to Ellsworth County Medical Center in Ellsworth as a precaution and released later that morning.
F time 2:47 a.m.
L city Wilson
P full Lonnie Pechacek
F number Two
F number one
O other Ellsworth County Medical Center
L city Ellsworth
> "By the time we got there the whole back of it was going, and the roof came in about an hour later," Pechacek said. "Those old buildings share walls and attics, so our whole job was keeping it from jumping down the block to the opera house."
Q direct Lonnie Pechacek :: "By the time we got there the whole back of it was going, and the roof came in about an hour later,"
P partial Pechacek
Q direct Lonnie Pechacek :: "Those old buildings share walls and attics, so our whole job was keeping it from jumping down the block to the opera house."
> Crews from Wilson, Dorrance, Ellsworth and Lucas, along with Russell County Fire District 3 and the Kanopolis Volunteer Fire Department, worked until about 11:30 a.m. to put the fire out. Tanker trucks shuttled water from a hydrant near Interstate 70 after the town's water tower fell to a third of its capacity, Pechacek said.
L city Wilson
L city Dorrance
L city Ellsworth
L city Lucas
O government Russell County Fire District 3
O government Kanopolis Volunteer Fire Department
F time 11:30 a.m.
L street Interstate 70
F fraction a third
P partial Pechacek
> The building was owned by Prairie Rose Antiques Inc., which ran an antiques store on the ground floor and rented out two apartments upstairs that were empty at the time. Owner Marlene Hrabik, 67, said she bought the building in 1994 and estimated the loss at $1.3 million. She said the building and the stock were insured for only about 60 percent of their value.
O company Prairie Rose Antiques Inc.
F number two
P full Marlene Hrabik
F age 67
F date 1994
F money $1.3 million
F percent 60 percent
> "My grandmother bought her wedding shoes in that building," Hrabik said Wednesday afternoon, standing across the street as an excavator pulled down what was left of the front wall. "I don't know yet if I can rebuild. I'd like to. Ask me in a month."
Q direct Marlene Hrabik :: "My grandmother bought her wedding shoes in that building,"
P partial Hrabik
Q direct Marlene Hrabik :: "I don't know yet if I can rebuild. I'd like to. Ask me in a month."
> Smoke and water also damaged Kasper's Barber Shop next door and the Wilson Czech Opera House, two doors down, where volunteers spent Wednesday carrying costumes and photographs out of the basement.
L facility Kasper's Barber Shop
L facility Wilson Czech Opera House
F number two
> Investigators from the Kansas State Fire Marshal's Office were at the scene Wednesday and Thursday. A spokesperson for the office said the cause had not been determined but that the fire "does not appear suspicious at this time."
O government Kansas State Fire Marshal's Office
Q direct - :: "does not appear suspicious at this time."
> Ellsworth County Emergency Management director Curtis Wellbrock said 27th Street would remain closed between Avenue D and Avenue E until the remaining walls are taken down, probably by Monday.
O government Ellsworth County Emergency Management
P full Curtis Wellbrock
L street 27th Street
L street Avenue D
L street Avenue E
> Temperatures reached 101 degrees in Wilson on Wednesday, according to the National Weather Service in Wichita, and firefighters worked in 20-minute rotations, cooling off in an air-conditioned school bus parked at the end of the block.
F quantity 101 degrees
L city Wilson
O government National Weather Service
L city Wichita
F duration 20-minute
> The Wilson Area Chamber of Commerce has set up a relief fund for Hrabik and the store's two part-time employees at Post Rock Community Bank. The fund had raised $18,400 by Thursday morning, said Renee Hlavaty, the chamber's president.
O nonprofit Wilson Area Chamber of Commerce
P partial Hrabik
F number two
O company Post Rock Community Bank
F money $18,400
P full Renee Hlavaty
> "This is a small town. When something happens on 27th Street, it happens to all of us," Hlavaty said. "People have been dropping off checks at the bank all day, $20, $50, whatever they have.
Q direct Renee Hlavaty :: "This is a small town. When something happens on 27th Street, it happens to all of us,"
L street 27th Street
P partial Hlavaty
Q direct Renee Hlavaty :: "People have been dropping off checks at the bank all day, $20, $50, whatever they have.
F money $20
F money $50
> "The Kralik Building is on every postcard of this town. Nobody here can picture 27th Street without it."
Q direct Renee Hlavaty :: "The Kralik Building is on every postcard of this town. Nobody here can picture 27th Street without it."
L facility Kralik Building
L street 27th Street
> The building was put up by Czech immigrant Frantisek Kralik, who ran a dry goods store there until the 1930s, according to the Ellsworth County Historical Society. Wilson, which calls itself the "Czech Capital of Kansas," holds its After Harvest Czech Festival on the last weekend of July.
P full Frantisek Kralik
F date 1930s
O nonprofit Ellsworth County Historical Society
L city Wilson
Q scare - :: "Czech Capital of Kansas,"
L region Kansas
'''

ARTICLES['132-mildura-passenger-rail-return'] = r'''
> Transport
> Mildura trains back on track in $870m plan, 36 years after last service
L city Mildura
F money $870m
F duration 36 years
> Passenger trains will return to the Sunraysia region by 2032 under a state government plan the opposition calls “a fantasy”
L region Sunraysia
F date 2032
Q direct Brendan Tkalec :: “a fantasy”
> Rhiannon Castellari
P full Rhiannon Castellari
> (Australian Associated Press)
O media Australian Associated Press
> May 24, 2029 4:12pm
F date May 24, 2029
F time 4:12pm
> Mildura’s old station building, where passenger services ended in 1993. (Kellie Varga/AAP PHOTOS)
L city Mildura
F date 1993
P full Kellie Varga
O media AAP
> Passenger trains will return to Mildura for the first time since 1993 under an $870 million plan announced by the Victorian government, which says services could be running by the end of 2032.
L city Mildura
F date 1993
F money $870 million
F date 2032
> Premier Anneliese Corcoran and Public Transport Minister Hamish Drummond-Kerr made the announcement on the platform at Mildura on Thursday, saying the line would be upgraded to carry four return services a week to Melbourne via Ouyen, St Arnaud, Maryborough and Ballarat.
P full Anneliese Corcoran
P full Hamish Drummond-Kerr
L city Mildura
F number four
L city Melbourne
L city Ouyen
L city St Arnaud
L city Maryborough
L city Ballarat
> “For 36 years, families in the north-west have been told to get in the car or get on a coach for a seven-hour trip to Melbourne,” Ms Corcoran told reporters. “Today that changes.”
Q direct Anneliese Corcoran :: “For 36 years, families in the north-west have been told to get in the car or get on a coach for a seven-hour trip to Melbourne,”
F duration 36 years
F duration seven-hour
L city Melbourne
P partial Corcoran
Q direct Anneliese Corcoran :: “Today that changes.”
> The package includes $540 million for track and signalling works on the 570km line, most of which now carries only freight, and $210 million for six new VLocity trains. The remaining $120 million will pay for station upgrades at Ouyen, St Arnaud and Red Cliffs and a new platform in Mildura.
F money $540 million
F quantity 570km
F money $210 million
F number six
F money $120 million
L city Ouyen
L city St Arnaud
L city Red Cliffs
L city Mildura
> V/Line, which will run the service, said in a statement it would recruit 40 extra drivers and conductors and begin services “as soon as the track is ready”. It expects the journey to take just under seven hours at first, and about six hours once the upgrades are finished. Patronage on its regional network has grown 14 per cent since 2019, the operator said.
O company V/Line
F number 40
Q direct V/Line :: “as soon as the track is ready”
F duration seven hours
F duration six hours
F percent 14 per cent
F date 2019
> The Public Transport Users Association (PTUA), which has campaigned for the line’s return since the last train ran, welcomed the plan but said four services a week was “the bare minimum”.
O nonprofit Public Transport Users Association
O nonprofit PTUA
F number four
Q direct Public Transport Users Association :: “the bare minimum”
> “Warrnambool and Swan Hill have trains every day. Mildura is more than three times the size of Swan Hill,” PTUA spokeswoman Leonie Faulkner-Hart said.
Q direct Leonie Faulkner-Hart :: “Warrnambool and Swan Hill have trains every day. Mildura is more than three times the size of Swan Hill,”
L city Warrnambool
L city Swan Hill
L city Mildura
F number three
L city Swan Hill
O nonprofit PTUA
P full Leonie Faulkner-Hart
> Opposition transport spokesman Brendan Tkalec called the timeline “a fantasy” and said Labor had promised to study the same line before each of the last two state elections.
P full Brendan Tkalec
Q direct Brendan Tkalec :: “a fantasy”
O party Labor
F number two
> “Every four years the Mildura train comes out of the drawer, and every four years it goes back in,” he said. “Sunraysia deserves a timetable, not another press release.”
Q direct Brendan Tkalec :: “Every four years the Mildura train comes out of the drawer, and every four years it goes back in,”
F duration four years
L city Mildura
F duration four years
Q direct Brendan Tkalec :: “Sunraysia deserves a timetable, not another press release.”
L region Sunraysia
> Mildura MP Kirsty Albrecht-Lowe, who holds the seat for the Nationals, said she would “hold the government to every date in that timetable”.
L city Mildura
P full Kirsty Albrecht-Lowe
O party Nationals
Q direct Kirsty Albrecht-Lowe :: “hold the government to every date in that timetable”
> The Victorian Farmers Federation (VFF) said passenger services must not “push grain off the line” at harvest, when up to 30 freight trains a week use the track to carry wheat and barley to the Port of Geelong and the Port of Melbourne.
O nonprofit Victorian Farmers Federation
O nonprofit VFF
Q direct Victorian Farmers Federation :: “push grain off the line”
F number 30
L facility Port of Geelong
L facility Port of Melbourne
> The state has asked Canberra to pay a third of the cost. A federal government spokesperson said the request would be “assessed on its merits” before the next federal budget. Construction is due to start in the 2030-31 financial year, according to budget papers released on Thursday.
L city Canberra
F fraction a third
Q direct - :: “assessed on its merits”
F date 2030-31
> Mildura, a city of about 36,000 people on the Murray River, lost its passenger train in September 1993, when the overnight Vinelander was cut along with several other country services. Since then, V/Line coaches have carried travellers to railheads such as Swan Hill and Ballarat.
L city Mildura
F number 36,000
L geo Murray River
F date September 1993
O company V/Line
L city Swan Hill
L city Ballarat
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
