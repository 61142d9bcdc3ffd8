#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval226 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval226/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1399-cairo-monorail-shubra-el-kheima-ramses-qalyubia-egypt-independent'] = r'''
> Egypt
L country Egypt
> Third Monorail Line to Link Shubra El-Kheima With Ramses Square by 2041, Transport Ministry Says
L city Shubra El-Kheima
L street Ramses Square
F date 2041
O government Transport Ministry
> The LE41.5 billion line will run 27 kilometers across two governorates, with 19 stations
F money LE41.5 billion
F quantity 27 kilometers
F number two
F number 19
> Nadine Abou Seif
P full Nadine Abou Seif
> Tuesday, March 8, 2039 | 2:10 pm
F date March 8, 2039
F time 2:10 pm
> A monorail train during a test run in New Cairo. (Photo: Mahmoud El-Khatib/Al-Masry Al-Youm)
L city New Cairo
P full Mahmoud El-Khatib
O media Al-Masry Al-Youm
> The Transport Ministry announced on Monday that construction of a third monorail line, linking Shubra El-Kheima in Qalyubia governorate with Ramses Square in central Cairo, will begin in September 2039 at a cost of LE41.5 billion.
O government Transport Ministry
L city Shubra El-Kheima
L region Qalyubia
L street Ramses Square
L city Cairo
F date September 2039
F money LE41.5 billion
> The 27-kilometer line will have 19 stations and is expected to carry 450,000 passengers a day when it opens in 2041, Transport Minister Tarek Abdel-Moneim El-Gammal told a press conference at 11 am in the New Administrative Capital.
F quantity 27-kilometer
F number 19
F number 450,000
F date 2041
P full Tarek Abdel-Moneim El-Gammal
F time 11 am
L city New Administrative Capital
> “This line will serve the most crowded corridor in Greater Cairo. A worker in Shubra El-Kheima now spends two hours on a microbus to reach Ramses. With the monorail, it will be 38 minutes,” El-Gammal said.
Q direct Tarek Abdel-Moneim El-Gammal :: “This line will serve the most crowded corridor in Greater Cairo. A worker in Shubra El-Kheima now spends two hours on a microbus to reach Ramses. With the monorail, it will be 38 minutes,”
L region Greater Cairo
L city Shubra El-Kheima
F duration two hours
L street Ramses
F duration 38 minutes
P partial El-Gammal
> He added that a monorail had been chosen over a metro line because “digging under Shubra is impossible without moving half the neighborhood.” Residents along the route have already nicknamed the project the “sky microbus” on social media.
Q direct Tarek Abdel-Moneim El-Gammal :: “digging under Shubra is impossible without moving half the neighborhood.”
L city Shubra
F fraction half
Q scare - :: “sky microbus”
> The National Authority for Tunnels (NAT), which oversees the project, said the line would run above Shubra Street and Port Said Street, with stations at Mostorod, Rod El-Farag and Ramses and a depot on 12 feddans near the Ring Road. The trains will be “fully driverless from the first day,” the authority said.
O government National Authority for Tunnels
O government NAT
L street Shubra Street
L street Port Said Street
L city Mostorod
L city Rod El-Farag
L street Ramses
F quantity 12 feddans
L street Ring Road
Q direct National Authority for Tunnels :: “fully driverless from the first day,”
> The financing includes a LE24 billion loan from a group of banks led by the National Bank of Egypt, while the rest will come from the state budget over four fiscal years, according to NAT. Each train will have four cars carrying up to 600 passengers.
F money LE24 billion
O company National Bank of Egypt
F duration four fiscal years
O government NAT
F number four
F number 600
> Qalyubia Governor Hazem Nour El-Din said the line would ease the Shubra El-Kheima–Cairo road, which carries more than 1.2 million commuters a day. “Forty percent of the workers in Cairo’s factories and shops come from our governorate,” he said.
L region Qalyubia
P full Hazem Nour El-Din
L city Shubra El-Kheima
L city Cairo
F number 1.2 million
Q direct Hazem Nour El-Din :: “Forty percent of the workers in Cairo’s factories and shops come from our governorate,”
F percent Forty percent
L city Cairo
> The ministry has not set fares. An official at the ministry, who asked not to be named, said tickets would likely cost between LE15 and LE30 depending on distance, compared with LE10 to LE20 on the New Cairo line. “The fare must cover the electricity, at least,” the official said.
F money LE15
F money LE30
F money LE10
F money LE20
L city New Cairo
Q direct - :: “The fare must cover the electricity, at least,”
> Urban planner Yasmine El-Sawy, 44, who teaches at Ain Shams University, welcomed the project but warned that ridership on the New Cairo line reached only 18 percent of forecasts in its first year.
P full Yasmine El-Sawy
F age 44
O education Ain Shams University
L city New Cairo
F percent 18 percent
> “That line was built for a city that does not exist yet. This one is different, because the people are already there, waiting at the bus stops,” El-Sawy said. “But if the ticket is LE30, a daily laborer earning LE450 will go back to the microbus.
Q direct Yasmine El-Sawy :: “That line was built for a city that does not exist yet. This one is different, because the people are already there, waiting at the bus stops,”
P partial El-Sawy
Q direct Yasmine El-Sawy :: “But if the ticket is LE30, a daily laborer earning LE450 will go back to the microbus.
F money LE30
F money LE450
> “The government has to think about the fare on the day it thinks about the track, not after the ribbon is cut.”
Q direct Yasmine El-Sawy :: “The government has to think about the fare on the day it thinks about the track, not after the ribbon is cut.”
> Construction is expected to take 30 months. The ministry plans to open the first 11 stations, from Shubra El-Kheima to Rod El-Farag, by June 30, 2041, and is studying a fourth line to Giza’s Haram district.
F duration 30 months
F number 11
L city Shubra El-Kheima
L city Rod El-Farag
F date June 30, 2041
L city Giza
L city Haram
'''

ARTICLES['1400-state-of-origin-game-one-maroons-blues-suncorp-stadium-nrl-com'] = r'''
> State of Origin
> Maroons hold off Blues surge to draw first blood at Suncorp
O team Maroons
O team Blues
L facility Suncorp
> Five-eighth Tavita Lemalu-Reid scored twice and kicked four goals as Queensland won 24-20 in front of 52,104 fans.
P full Tavita Lemalu-Reid
F number four
O team Queensland
F score 24-20
F number 52,104
> By Declan Moorcroft
P full Declan Moorcroft
> Wed 8 Jun 2039, 10:14 PM
F date 8 Jun 2039
F time 10:14 PM
> Queensland's Tavita Lemalu-Reid celebrates his second try at Suncorp Stadium. ©Jasmine Haddad/NRL Photos
O team Queensland
P full Tavita Lemalu-Reid
L facility Suncorp Stadium
P full Jasmine Haddad
O media NRL Photos
> Queensland have taken a 1-0 lead in the 2039 State of Origin series after a 24-20 win over New South Wales at Suncorp Stadium on Wednesday night, surviving a 14-point comeback from the Blues.
O team Queensland
F score 1-0
F date 2039
F score 24-20
O team New South Wales
L facility Suncorp Stadium
F number 14
O team Blues
> Maroons five-eighth Lemalu-Reid was the difference, crossing on 12 minutes and again 13 minutes after halftime, and landing four goals from four attempts.
O team Maroons
P partial Lemalu-Reid
F duration 12 minutes
F duration 13 minutes
F number four
F number four
> "I just backed myself. The forwards gave me a roll-on all night," said Lemalu-Reid, 23, whose family moved from Apia to Logan when he was 11.
Q direct Tavita Lemalu-Reid :: "I just backed myself. The forwards gave me a roll-on all night,"
P partial Lemalu-Reid
F age 23
L city Apia
L city Logan
F age 11
> The Maroons led 18-6 at halftime after tries to Lemalu-Reid, centre Kalani Fonoti-Hape and winger Reece Ashby, and stretched the lead to 24-6 when Lemalu-Reid scooted over from dummy-half in the 53rd minute.
O team Maroons
F score 18-6
P partial Lemalu-Reid
P full Kalani Fonoti-Hape
P full Reece Ashby
F score 24-6
P partial Lemalu-Reid
> NSW hit back through a double to Penrith winger Josiah Ta'ufo'ou and a 70-metre try to fullback Mitchell De Bono, but Blues halfback Harrison Quayle, dubbed "the Quiet Assassin" by fans before the series, missed the conversion from the sideline, and NSW spent the final six minutes camped on the Queensland line.
O team NSW
O team Penrith
P full Josiah Ta'ufo'ou
F quantity 70-metre
P full Mitchell De Bono
O team Blues
P full Harrison Quayle
Q scare - :: "the Quiet Assassin"
O team NSW
F duration six minutes
O team Queensland
> "It wasn't pretty in the last 20 minutes, but Origin never is," Queensland coach Shane McAllister said. "Tavi was outstanding. He's 23 and he played like he's had 10 years in this arena.
Q direct Shane McAllister :: "It wasn't pretty in the last 20 minutes, but Origin never is,"
F duration 20 minutes
O team Queensland
P full Shane McAllister
Q direct Shane McAllister :: "Tavi was outstanding. He's 23 and he played like he's had 10 years in this arena.
P partial Tavi
F age 23
F duration 10 years
> "We'll enjoy tonight, but the boys know Sydney will be a different beast."
Q direct Shane McAllister :: "We'll enjoy tonight, but the boys know Sydney will be a different beast."
L city Sydney
> The win came at a cost, with prop Jayden Whitlock-Rowe sent for scans on a knee injury after 31 minutes. McAllister said he was "unlikely" for Game II at Accor Stadium on June 29.
P full Jayden Whitlock-Rowe
F duration 31 minutes
P partial McAllister
Q direct Shane McAllister :: "unlikely"
L facility Accor Stadium
F date June 29
> Earlier, Queensland lock Brodie Nguyen-Tait spent 10 minutes in the sin bin before halftime for a professional foul, but the Maroons held out with 12 men. Nguyen-Tait, 27, still finished with 41 tackles, and McAllister called him "the heartbeat of this side".
O team Queensland
P full Brodie Nguyen-Tait
F duration 10 minutes
O team Maroons
F number 12
P partial Nguyen-Tait
F age 27
F number 41
P partial McAllister
Q direct Shane McAllister :: "the heartbeat of this side"
> Blues coach Lachlan D'Arcy said his side had been "off the pace" for 40 minutes but found something after the break.
O team Blues
P full Lachlan D'Arcy
Q direct Lachlan D'Arcy :: "off the pace"
F duration 40 minutes
> "I said to them at halftime, 'Nobody's coming to save us,' and they responded. Josiah was enormous," D'Arcy said. "We were one kick away. We'll go home and fix the first 40."
Q direct Lachlan D'Arcy :: "I said to them at halftime, 'Nobody's coming to save us,' and they responded. Josiah was enormous,"
P partial Josiah
P partial D'Arcy
Q direct Lachlan D'Arcy :: "We were one kick away. We'll go home and fix the first 40."
F number one
F number 40
> Quayle finished with two goals from four attempts, while De Bono, 19, ran for 212 metres, the most by a NSW fullback in an Origin match in six years.
P partial Quayle
F number two
F number four
P partial De Bono
F age 19
F quantity 212 metres
O team NSW
F duration six years
> QUEENSLAND 24 (T Lemalu-Reid 2, K Fonoti-Hape, R Ashby tries; T Lemalu-Reid 4 goals) def. NEW SOUTH WALES 20 (J Ta'ufo'ou 2, T Manu, M De Bono tries; H Quayle 2 goals)
O team QUEENSLAND
F score 24
P full T Lemalu-Reid
F number 2
P full K Fonoti-Hape
P full R Ashby
P full T Lemalu-Reid
F number 4
O team NEW SOUTH WALES
F score 20
P full J Ta'ufo'ou
F number 2
P full T Manu
P full M De Bono
P full H Quayle
F number 2
> Halftime: Queensland 18-6
O team Queensland
F score 18-6
> Referee: Cameron Oduya
P full Cameron Oduya
> Crowd: 52,104
F number 52,104
'''

ARTICLES['1401-north-otago-dairy-nitrate-cap-kakanui-five-forks-regional-council-otago-daily-times'] = r'''
> North Otago
L region North Otago
> Dairy farmers face nitrate cap in Waitaki catchments
L region Waitaki
> By Fergus van Asch
P full Fergus van Asch
> Mon, 12 Mar 2040
F date 12 Mar 2040
> Five Forks dairy farmer Simon Kerrigan checks a nitrate test strip from a bore on his 240ha farm. PHOTO: ANNA-LISE PĀRAONE
L city Five Forks
P full Simon Kerrigan
F quantity 240ha
P full ANNA-LISE PĀRAONE
> North Otago dairy farmers will have to cut nitrogen losses by up to 30% over the next 10 years under rules notified by the Otago Regional Council (ORC) on Friday, and some say the change could force them to sell.
L region North Otago
F percent 30%
F duration 10 years
O government Otago Regional Council
O government ORC
> The rules set a limit of 25kg of nitrogen per hectare per year for farms in the Kakanui and Waiareka catchments, where nitrate levels in some bores have reached 14.2mg/L, above the drinking-water standard of 11.3mg/L.
F quantity 25kg
L geo Kakanui
L geo Waiareka
F quantity 14.2mg/L
F quantity 11.3mg/L
> About 140 farms covering 31,500ha are affected. Farms bigger than 20ha will need a certified farm environment plan by July 1, 2042, and new dairy conversions will be banned outright.
F number 140
F quantity 31,500ha
F quantity 20ha
F date July 1, 2042
> ORC chairwoman Cr Kate Mulholland said testing by council staff had found rising nitrate levels in 19 of 32 monitored bores between Maheno and Totara.
O government ORC
P full Kate Mulholland
F number 19
F number 32
L city Maheno
L city Totara
> "People in Weston and Enfield drink this water. Some of those bores are on school grounds," Cr Mulholland said. "We've been talking about this since 2031. The science hasn't changed - the nitrate is only going one way."
Q direct Kate Mulholland :: "People in Weston and Enfield drink this water. Some of those bores are on school grounds,"
L city Weston
L city Enfield
P partial Mulholland
Q direct Kate Mulholland :: "We've been talking about this since 2031. The science hasn't changed - the nitrate is only going one way."
F date 2031
> The Kakanui River, which supplies Oamaru's water in dry summers, now carries nitrate levels three times higher than in 2030, according to council monitoring data. Of the 140 affected farms, 96 are dairy units and the rest run sheep, beef or crops.
L geo Kakanui River
L city Oamaru
F number three
F date 2030
F number 140
F number 96
> Mr Kerrigan, who milks 620 cows on 240ha at Five Forks, said getting below 25kg would mean cutting his herd by a third. "That's 200 cows. At today's payout that's $650,000 a year off the top line, and the bank doesn't care about nitrate," he said.
P partial Kerrigan
F number 620
F quantity 240ha
L city Five Forks
F quantity 25kg
F fraction a third
Q direct Simon Kerrigan :: "That's 200 cows. At today's payout that's $650,000 a year off the top line, and the bank doesn't care about nitrate,"
F number 200
F money $650,000
> Federated Farmers North Otago president Mereana Te Kani said farmers supported clean water, but the timeframe in the rules, already dubbed the "nitrate tax" on farming Facebook pages, was "brutal".
O nonprofit Federated Farmers North Otago
P full Mereana Te Kani
Q scare - :: "nitrate tax"
O company Facebook
Q direct Mereana Te Kani :: "brutal"
> "Farmers on the downs have spent $1.2m on wetlands and riparian planting since 2034. Now they're being told it's not enough.
Q direct Mereana Te Kani :: "Farmers on the downs have spent $1.2m on wetlands and riparian planting since 2034. Now they're being told it's not enough.
F money $1.2m
F date 2034
> "If the council wants farms to change, it has to help pay for it, the way Environment Canterbury did over the river in Waimate," Ms Te Kani said.
Q direct Mereana Te Kani :: "If the council wants farms to change, it has to help pay for it, the way Environment Canterbury did over the river in Waimate,"
O government Environment Canterbury
L city Waimate
P partial Te Kani
> A council staff member, who did not want to be named, said the ORC had budgeted $4.8m over three years for farm advisers and monitoring, "which is about $34,000 a farm, if you do the sums".
O government ORC
F money $4.8m
F duration three years
Q direct - :: "which is about $34,000 a farm, if you do the sums"
F money $34,000
> Waitaki District Council chief executive Liam O'Rourke-Finch said 1100 households on the Windsor and Ngapara rural water schemes drew from affected bores, and the council had spent $2.3m on treatment since 2036.
O government Waitaki District Council
P full Liam O'Rourke-Finch
F number 1100
L city Windsor
L city Ngapara
F money $2.3m
F date 2036
> DairyNZ said in a statement it would work with farmers on "practical, farm-by-farm" plans.
O nonprofit DairyNZ
Q direct DairyNZ :: "practical, farm-by-farm"
> Submissions close at 5pm on April 30. Hearings will be held in Oamaru over two weeks in June.
F time 5pm
F date April 30
L city Oamaru
F duration two weeks
'''

ARTICLES['1402-chile-lithium-joint-venture-andes-salares-hoshino-piedra-parada-reuters'] = r'''
> Chile's Andes Salares, Japan's Hoshino form $1.4 billion lithium venture
L country Chile
O company Andes Salares
L country Japan
O company Hoshino
F money $1.4 billion
> By Valentina Ossandón and Kenji Morimoto
P full Valentina Ossandón
P full Kenji Morimoto
> March 14, 2039 7:42 PM UTC Updated 2 hours ago
F date March 14, 2039
F time 7:42 PM UTC
F duration 2 hours
> Brine evaporation ponds at the Salar de Piedra Parada in Chile's Atacama region, January 18, 2039. REUTERS/Tomás Villagra
L geo Salar de Piedra Parada
L country Chile
L region Atacama
F date January 18, 2039
O media REUTERS
P full Tomás Villagra
> SANTIAGO, March 14 (Reuters) - Chilean lithium developer Andes Salares SpA and Japan's Hoshino Metals Corp said on Monday they would form a $1.4 billion joint venture to produce 40,000 metric tons a year of battery-grade lithium carbonate from the Salar de Piedra Parada, starting in 2042.
L city SANTIAGO
F date March 14
O media Reuters
O company Andes Salares SpA
L country Japan
O company Hoshino Metals Corp
F money $1.4 billion
F quantity 40,000 metric tons
L geo Salar de Piedra Parada
F date 2042
> Hoshino will pay $560 million for a 49% stake in the venture, to be called Litio Piedra Parada, with Andes Salares keeping 51% and operating control, the companies said in a joint statement.
O company Hoshino
F money $560 million
F percent 49%
O company Litio Piedra Parada
O company Andes Salares
F percent 51%
> The deal is the largest foreign investment in Chile's lithium sector since the government opened the salt flats to public-private partnerships in 2023, and comes as Tokyo and Seoul push their automakers to secure supplies outside China.
L country Chile
F date 2023
L city Tokyo
L city Seoul
L country China
> "Piedra Parada has some of the best brine in the world, and now it has a partner that can take every ton we make," Andes Salares Chief Executive Rodrigo Echeverría Valdés told Reuters in an interview in Santiago.
Q direct Rodrigo Echeverría Valdés :: "Piedra Parada has some of the best brine in the world, and now it has a partner that can take every ton we make,"
L geo Piedra Parada
O company Andes Salares
P full Rodrigo Echeverría Valdés
O media Reuters
L city Santiago
> Echeverría said the venture would use direct lithium extraction, which returns brine to the salt flat and cuts water use by about 70% compared with evaporation ponds. A first phase of 20,000 tons a year should start in the second half of 2042.
P partial Echeverría
F percent 70%
F quantity 20,000 tons
F date 2042
> "When we first met Hoshino, their engineers asked one question: 'How many liters of water per ton?' We had the answer, and they signed," he said.
Q direct Rodrigo Echeverría Valdés :: "When we first met Hoshino, their engineers asked one question: 'How many liters of water per ton?' We had the answer, and they signed,"
O company Hoshino
F number one
> Hoshino, which supplies cathode materials to battery makers in Japan and the United States, will buy all of the venture's output for 15 years, said Senior Vice President Aiko Tanabe-Rivas, who will sit on its five-member board. "For us this is not a trade. It is a 30-year commitment to Chile," she said.
O company Hoshino
L country Japan
L country United States
F duration 15 years
P full Aiko Tanabe-Rivas
F number five
Q direct Aiko Tanabe-Rivas :: "For us this is not a trade. It is a 30-year commitment to Chile,"
F duration 30-year
L country Chile
> Chile's development agency Corfo, which holds the rights to the 3,200-hectare concession, approved the partnership in February. The venture will pay Corfo royalties of between 8% and 35% of sales depending on prices, plus 3% to communities around Copiapó and Tierra Amarilla.
L country Chile
O government Corfo
F quantity 3,200-hectare
O government Corfo
F percent 8%
F percent 35%
F percent 3%
L city Copiapó
L city Tierra Amarilla
> Corfo said the contract included "the strictest water conditions of any lithium contract in Chile."
O government Corfo
Q direct Corfo :: "the strictest water conditions of any lithium contract in Chile."
L country Chile
> The Los Pircos Colla Community, whose grazing lands border the salt flat, said it had not been consulted and would take the case to the First Environmental Court in Antofagasta.
O nonprofit Los Pircos Colla Community
O government First Environmental Court
L city Antofagasta
> "We read about a $1.4 billion deal in the newspaper. Nobody came up the valley to ask us about the water," said its president, Marcela Cardoso Tapia, 47.
Q direct Marcela Cardoso Tapia :: "We read about a $1.4 billion deal in the newspaper. Nobody came up the valley to ask us about the water,"
F money $1.4 billion
P full Marcela Cardoso Tapia
F age 47
> Lithium carbonate prices have risen 38% this year to about $21,500 a metric ton, according to Benchmark Mineral Intelligence, after falling for most of 2037.
F percent 38%
F money $21,500
O company Benchmark Mineral Intelligence
F date 2037
> Shares of Andes Salares rose 7.4% in Santiago to 2,185 pesos, their highest since October. Hoshino's stock gained 2.1% in Tokyo.
O company Andes Salares
F percent 7.4%
L city Santiago
F money 2,185 pesos
O company Hoshino
F percent 2.1%
L city Tokyo
> ($1 = 928.60 Chilean pesos)
F money $1
F money 928.60 Chilean pesos
> (Reporting by Valentina Ossandón in Santiago and Kenji Morimoto in Tokyo; Editing by Graham Whitlow)
P full Valentina Ossandón
L city Santiago
P full Kenji Morimoto
L city Tokyo
P full Graham Whitlow
'''

ARTICLES['1403-portland-shelter-plan-cully-lents-multnomah-county-commissioners-oregonian'] = r'''
> Multnomah County commissioners back $38 million plan for 400 shelter beds in Cully, Lents
L region Multnomah County
F money $38 million
F number 400
L city Cully
L city Lents
> By Theo Alvarez-Quinn | The Oregonian/OregonLive
P full Theo Alvarez-Quinn
O media The Oregonian/OregonLive
> Published: Feb. 9, 2040, 6:05 p.m.
F date Feb. 9, 2040
F time 6:05 p.m.
> A former warehouse at 10550 N.E. Sandy Blvd. would become a 250-bed shelter under the plan approved Thursday. Dmitri Kovalenko/The Oregonian
L address 10550 N.E. Sandy Blvd.
F number 250
P full Dmitri Kovalenko
O media The Oregonian
> Multnomah County commissioners voted 4-1 on Thursday to spend $38 million on two new shelters with a combined 400 beds in the Cully and Lents neighborhoods, the largest expansion of the county's shelter system since 2036.
L region Multnomah County
F number 4-1
F money $38 million
F number two
F number 400
L city Cully
L city Lents
F date 2036
> The vote comes two months after a 120-bed motel shelter in St. Johns closed when its lease ran out.
F duration two months
F number 120
L city St. Johns
> The larger site, a vacant 62,000-square-foot warehouse at 10550 N.E. Sandy Blvd. in Cully, would hold 250 beds when it opens in spring 2041. A second shelter of 150 beds would go up on a county-owned lot near Southeast 92nd Avenue and Foster Road in Lents.
F quantity 62,000-square-foot
L address 10550 N.E. Sandy Blvd.
L city Cully
F number 250
F date 2041
F number 150
L street Southeast 92nd Avenue
L street Foster Road
L city Lents
> "Every night, about 6,300 people sleep outside in this county. We can't house them all tomorrow, but we can give 400 of them a door that locks," said County Chair Renata Okonkwo-Hale, who championed the plan.
Q direct Renata Okonkwo-Hale :: "Every night, about 6,300 people sleep outside in this county. We can't house them all tomorrow, but we can give 400 of them a door that locks,"
F number 6,300
F number 400
P full Renata Okonkwo-Hale
> Okonkwo-Hale said the county's Homeless Services Department would hire Transition Projects, a nonprofit that runs shelters in Old Town, to operate the Cully site. "We have learned a lot from the sites that worked and the ones that didn't.
P partial Okonkwo-Hale
O government Homeless Services Department
O nonprofit Transition Projects
L city Old Town
L city Cully
Q direct Renata Okonkwo-Hale :: "We have learned a lot from the sites that worked and the ones that didn't.
> "Nobody will be asked to leave at 7 a.m. with everything they own in a bag."
Q direct Renata Okonkwo-Hale :: "Nobody will be asked to leave at 7 a.m. with everything they own in a bag."
F time 7 a.m.
> The Cully site would be the first in Oregon built on the county's "navigation center" model, with case managers, showers, storage and a clinic on site.
L city Cully
L region Oregon
Q scare - :: "navigation center"
> Commissioner Marcus Lindqvist, who represents East Portland and cast the only no vote, said Lents already hosts more than its share of services. He called the plan "a 1990s answer to a 2040 problem."
P full Marcus Lindqvist
L region East Portland
L city Lents
Q direct Marcus Lindqvist :: "a 1990s answer to a 2040 problem."
F date 1990s
F date 2040
> At a hearing that ran past 11 p.m. on Jan. 26, more than 90 people testified. Kim Tran Bui, 61, who has run a pho restaurant on Southeast 82nd Avenue for 19 years, said she supports shelters but worries about needles and fires.
F time 11 p.m.
F date Jan. 26
F number 90
P full Kim Tran Bui
F age 61
L street Southeast 82nd Avenue
F duration 19 years
> "I'm not against anybody. I just want the county to keep its promises this time," she said.
Q direct Kim Tran Bui :: "I'm not against anybody. I just want the county to keep its promises this time,"
> The Portland City Council must still approve a zoning change for the Lents lot. Councilor Jamal Whitby, whose district includes Lents, said he expects a vote by May 15. The city has pledged $9.5 million toward that shelter from its housing bond.
O government Portland City Council
L city Lents
P full Jamal Whitby
L city Lents
F date May 15
F money $9.5 million
> Commissioners also asked staff to report back within 90 days on a possible third site west of the Willamette River.
F duration 90 days
L geo Willamette River
> Running both shelters would cost about $14.2 million a year, or roughly $97 per bed per night, according to a county budget memo.
F money $14.2 million
F money $97
> The 2039 point-in-time count found 6,312 people homeless in Multnomah County, up 8.4% from 2037, with 58% of them unsheltered.
F date 2039
F number 6,312
L region Multnomah County
F percent 8.4%
F date 2037
F percent 58%
> Theo Alvarez-Quinn covers homelessness for The Oregonian/OregonLive. Reach him at talvarezquinn@oregonian.com.
P full Theo Alvarez-Quinn
O media The Oregonian/OregonLive
'''

ARTICLES['1404-aberdeen-south-harbour-cruise-terminal-nigg-bay-torry-councillors-press-and-journal'] = r'''
> Aberdeen & Aberdeenshire
L city Aberdeen
L region Aberdeenshire
> ‘Cruise passengers will finally see the best of Aberdeen’: £46m terminal approved for South Harbour
Q direct Morven Ogilvie-Strachan :: ‘Cruise passengers will finally see the best of Aberdeen’
L city Aberdeen
F money £46m
L facility South Harbour
> Councillors back glass terminal at Nigg Bay as port predicts 180,000 visitors a year by 2042
L geo Nigg Bay
F number 180,000
F date 2042
> By Eilidh MacAulay-Reid
P full Eilidh MacAulay-Reid
> March 21 2040, 6.00am Updated: March 21 2040, 10.18am
F date March 21 2040
F time 6.00am
F date March 21 2040
F time 10.18am
> An artist’s impression of the planned cruise terminal at Aberdeen South Harbour. Image: Port of Aberdeen
L facility Aberdeen South Harbour
O company Port of Aberdeen
> A £46 million cruise terminal at Aberdeen’s South Harbour has been given the green light, with port bosses predicting it will bring 180,000 passengers a year to the city by 2042.
F money £46 million
L city Aberdeen
L facility South Harbour
F number 180,000
F date 2042
> Aberdeen City Council’s planning committee voted by nine votes to four yesterday to approve the two-storey glass building on the quayside at Nigg Bay, below Girdle Ness lighthouse. The meeting, which began at 10am, ran for more than five hours.
O government Aberdeen City Council
F number nine
F number four
F number two
L geo Nigg Bay
L geo Girdle Ness
F time 10am
F duration five hours
> The Port of Aberdeen says the terminal will let ships of up to 340 metres – carrying as many as 4,500 passengers – berth in the city for the first time, instead of anchoring off Stonehaven or sailing on to Invergordon and Kirkwall.
O company Port of Aberdeen
F quantity 340 metres
F number 4,500
L city Stonehaven
L city Invergordon
L city Kirkwall
> Port of Aberdeen chief executive Morven Ogilvie-Strachan said: “Cruise passengers will finally see the best of Aberdeen instead of a container yard. The ships are getting bigger every year and, until now, we simply could not take them.
O company Port of Aberdeen
P full Morven Ogilvie-Strachan
Q direct Morven Ogilvie-Strachan :: “Cruise passengers will finally see the best of Aberdeen instead of a container yard. The ships are getting bigger every year and, until now, we simply could not take them.
L city Aberdeen
> “Last season we turned away 23 calls. Each of those ships would have spent around £300,000 ashore. That is money that went to Invergordon, to Kirkwall and to Norway.”
Q direct Morven Ogilvie-Strachan :: “Last season we turned away 23 calls. Each of those ships would have spent around £300,000 ashore. That is money that went to Invergordon, to Kirkwall and to Norway.”
F number 23
F money £300,000
L city Invergordon
L city Kirkwall
L country Norway
> VisitAberdeenshire, the region’s tourism body, estimates that cruise visitors spent £38.6m in the area in 2039, up 12% on the year before, most of it on coach tours to Balmoral Castle and Royal Deeside. Scottish Enterprise has committed £8m, with the rest coming from the port’s reserves and a £20m loan.
O nonprofit VisitAberdeenshire
F money £38.6m
F date 2039
F percent 12%
L facility Balmoral Castle
L region Royal Deeside
O government Scottish Enterprise
F money £8m
F money £20m
> Torry and Ferryhill councillor Hamish Duthie-Kerr, who voted against, said the neighbourhood had heard such promises before.
L region Torry and Ferryhill
P full Hamish Duthie-Kerr
> “When the South Harbour was built, Torry was told, ‘This will bring jobs and it will bring life back to the area.’ Seventeen years on, people here are still waiting for the life part,” he said.
Q direct Hamish Duthie-Kerr :: “When the South Harbour was built, Torry was told, ‘This will bring jobs and it will bring life back to the area.’ Seventeen years on, people here are still waiting for the life part,”
L facility South Harbour
L city Torry
F duration Seventeen years
> Mr Duthie-Kerr also raised concerns about coaches on Greyhope Road and Balnagask Road, which run through a residential area. Up to 90 coaches could use the route on a busy day, according to a transport assessment.
P partial Duthie-Kerr
L street Greyhope Road
L street Balnagask Road
F number 90
> Councillor Alison Mearns-Grant said the terminal would make Aberdeen “a destination, not a drive-through” and called for a water taxi to Footdee, the old fishing village known locally as “Fittie”.
P full Alison Mearns-Grant
L city Aberdeen
Q direct Alison Mearns-Grant :: “a destination, not a drive-through”
L city Footdee
Q scare - :: “Fittie”
L city Fittie
> NatureScot had objected over noise from piling, but withdrew its objection in January after the port agreed to limit piling to 12 hours a day and to stop work whenever bottlenose dolphins come within 500 metres.
O government NatureScot
F duration 12 hours
F quantity 500 metres
> Construction is due to start in October and take 18 months, with the first ship expected on May 4 2042. Around 60 permanent jobs will be created.
F duration 18 months
F date May 4 2042
F number 60
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
