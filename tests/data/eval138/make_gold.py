#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval138 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval138/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['871-burkina-faso-fruit-fly-mango-exports-halted-bobo-dioulasso-orodara-africanews'] = r'''
> Burkina Faso
L country Burkina Faso
> Burkina Faso: fruit fly outbreak halts mango exports from Bobo-Dioulasso
L country Burkina Faso
L city Bobo-Dioulasso
> Africanews
O media Africanews
> with AFP
O media AFP
> Last updated: 12/05/2038 - 14:20
F date 12/05/2038
F time 14:20
> Workers sort mangoes at a packing station in Orodara, Kénédougou province, on May 9, 2038.
L city Orodara
L region Kénédougou
F date May 9, 2038
> Copyright © africanews
O media africanews
> Issouf Ouédraogo/AFP
P full Issouf Ouédraogo
O media AFP
> Mango exporters in western Burkina Faso have suspended shipments to Europe after the European Union rejected 11 consignments found to carry fruit fly larvae, leaving thousands of tonnes of fruit to rot in packing stations around Bobo-Dioulasso and Orodara.
L country Burkina Faso
L continent Europe
O intergovernmental European Union
F number 11
L city Bobo-Dioulasso
L city Orodara
> The suspension, announced on Monday by the exporters’ body Interprofession Mangue du Burkina (IMB), comes at the peak of a harvest season that usually runs from late March to the end of June.
O nonprofit Interprofession Mangue du Burkina
O nonprofit IMB
> “We cannot keep sending containers that come back or are destroyed at the port. Every rejected container costs us at least 11 million CFA francs,” said Tiéba Hien, who runs a packing station in Orodara and sits on the IMB board.
Q direct Tiéba Hien :: “We cannot keep sending containers that come back or are destroyed at the port. Every rejected container costs us at least 11 million CFA francs,”
F money 11 million CFA francs
P full Tiéba Hien
L city Orodara
O nonprofit IMB
> Under EU plant-health rules, a country whose exports are intercepted five times in a season with harmful organisms can face tighter checks on all its shipments. Burkina Faso had six interceptions in 2037 and 11 so far this year, according to the country’s Ministry of Agriculture.
O intergovernmental EU
F number five
L country Burkina Faso
F number six
F date 2037
F number 11
O government Ministry of Agriculture
> Burkina Faso exported about 42,000 tonnes of fresh mangoes in 2037, most of it by road to the port of Abidjan in Côte d’Ivoire and then by sea to Europe. Another 18,000 tonnes were dried, mostly by women’s cooperatives. The fruit earned the country an estimated €38 million last year, according to the IMB.
L country Burkina Faso
F quantity 42,000 tonnes
F date 2037
L city Abidjan
L country Côte d’Ivoire
L continent Europe
F quantity 18,000 tonnes
F money €38 million
O nonprofit IMB
> In Bobo, as the country’s second city is widely known, prices at the Dioulassoba market have collapsed. A crate of 25 kilograms that sold for 6,000 CFA francs two weeks ago now fetches 2,500 francs, traders said.
L city Bobo
L facility Dioulassoba
F quantity 25 kilograms
F money 6,000 CFA francs
F duration two weeks
F money 2,500 francs
> “Yesterday I threw away almost half of what I bought. Nobody wants to pay for fruit that cannot leave the country,” said Bintou Sanou, 47, a trader who has sold mangoes at the market for 20 years.
Q direct Bintou Sanou :: “Yesterday I threw away almost half of what I bought. Nobody wants to pay for fruit that cannot leave the country,”
F fraction half
P full Bintou Sanou
F age 47
F duration 20 years
> The Ministry of Agriculture said in a statement on Tuesday that it had sent 40 plant-protection officers to the main producing regions of Hauts-Bassins and Cascades and would give traps and bait to growers free of charge.
O government Ministry of Agriculture
F number 40
L region Hauts-Bassins
L region Cascades
> “The government is aware of the economic stakes. The fight against the fruit fly is a national priority and the resources will follow,” the ministry said.
Q direct Ministry of Agriculture :: “The government is aware of the economic stakes. The fight against the fruit fly is a national priority and the resources will follow,”
> Growers say the response has come late. Many orchards around Orodara and Banfora were not sprayed last year because of the cost of pesticides and, in some areas, because of insecurity that has kept extension workers away.
L city Orodara
L city Banfora
> A grower in Comoé province, who asked not to be named for fear of reprisals, said armed men had twice stopped trucks carrying fruit towards the border. “We lose the mangoes on the trees, then on the road, then at the port,” he said.
L region Comoé
Q direct - :: “We lose the mangoes on the trees, then on the road, then at the port,”
> The fruit fly Bactrocera dorsalis, first detected in West Africa in 2004, can destroy up to 60 percent of a harvest if it is not controlled, according to researchers at the Institut de l’environnement et de recherches agricoles (INERA) in Ouagadougou.
L region West Africa
F date 2004
F percent 60 percent
O government Institut de l’environnement et de recherches agricoles
O government INERA
L city Ouagadougou
> INERA entomologist Wendkouni Rasmata Nikièma said the pest thrived in the hotter, wetter conditions of recent seasons. “Ten years ago we saw the first flies in April. Now we trap them in February,” she said. She called the ministry’s plan to spray 8,500 hectares before the rains “a start, but not enough.”
O government INERA
P full Wendkouni Rasmata Nikièma
Q direct Wendkouni Rasmata Nikièma :: “Ten years ago we saw the first flies in April. Now we trap them in February,”
F duration Ten years
F quantity 8,500 hectares
Q direct Wendkouni Rasmata Nikièma :: “a start, but not enough.”
> The rejections have also hit Dafra Fruits, one of the largest exporters in Bobo-Dioulasso, which said it had laid off 130 seasonal workers, most of them women.
O company Dafra Fruits
L city Bobo-Dioulasso
F number 130
> The company’s director, Karim Barro, said he hoped a delegation of European inspectors due in Ouagadougou on May 20 would agree to pre-shipment checks in Burkina Faso rather than a ban. “If they give us six weeks, we can still save the end of the season,” he said.
P full Karim Barro
L city Ouagadougou
F date May 20
L country Burkina Faso
Q direct Karim Barro :: “If they give us six weeks, we can still save the end of the season,”
F duration six weeks
> Burkina Faso’s mango sector employs an estimated 30,000 people, according to the IMB.
L country Burkina Faso
F number 30,000
O nonprofit IMB
'''

ARTICLES['872-typhoon-yanhua-miyako-islands-power-outage-flights-canceled-okinawa-japan-times'] = r'''
> NATIONAL
> Typhoon Yanhua cuts power to 24,000 homes across Okinawa’s Miyako Islands
F number 24,000
L region Okinawa
L geo Miyako Islands
> Flights and ferries canceled as slow-moving storm lingers over Miyakojima
L city Miyakojima
> KYODO
O media KYODO
> Sep 7, 2038
F date Sep 7, 2038
> Utility poles lie across a road in Miyakojima, Okinawa Prefecture, on Saturday. | KYODO
L city Miyakojima
L region Okinawa Prefecture
O media KYODO
> NAHA, Okinawa Pref. – A slow-moving typhoon battered the Miyako Islands in Okinawa Prefecture for a second day on Sunday, knocking out power to about 24,000 households and injuring at least 14 people, local authorities said.
L city NAHA
L region Okinawa Pref.
L geo Miyako Islands
L region Okinawa Prefecture
F number 24,000
F number 14
> Typhoon Yanhua, the 11th of the season, was located about 40 kilometers west of Miyakojima at 3 p.m. Sunday and moving north-northwest at just 10 kph, the Japan Meteorological Agency said. It had a central pressure of 935 hectopascals and packed winds of up to 162 kph near its center.
F quantity 40 kilometers
L city Miyakojima
F time 3 p.m.
F quantity 10 kph
O government Japan Meteorological Agency
F quantity 935 hectopascals
F quantity 162 kph
> A maximum gust of 61.8 meters per second was recorded at Shimojishima Airport early Sunday, the strongest in the area since records began in 1967, the agency said.
F quantity 61.8 meters per second
L facility Shimojishima Airport
F date 1967
> Okinawa Electric Power Co. said that as of 6 p.m., 24,100 households in Miyakojima and the village of Tarama were without electricity, about 80 percent of all homes in the area. The utility said crews could not begin repairs until winds dropped below 15 meters per second.
O company Okinawa Electric Power Co.
F time 6 p.m.
F number 24,100
L city Miyakojima
L city Tarama
F percent 80 percent
F quantity 15 meters per second
> All flights between Miyako Airport and Naha, as well as flights to Tarama and Ishigaki islands, were canceled for a second day, affecting about 6,400 passengers, according to Japan Transocean Air and All Nippon Airways. Ferry services between the islands were also suspended.
L facility Miyako Airport
L city Naha
L geo Tarama
L geo Ishigaki
F number 6,400
O company Japan Transocean Air
O company All Nippon Airways
> The Okinawa Prefectural Police said a 78-year-old woman in the city’s Gusukube district broke her leg when she was blown over while closing the storm shutters of her house, and a man in his 40s was hit by flying roof tiles.
O government Okinawa Prefectural Police
F age 78-year-old
L city Gusukube
F age 40s
> About 1,300 residents spent Saturday night in 42 evacuation centers set up by the city, including the gymnasium of Miyako High School.
F number 1,300
F number 42
O education Miyako High School
> “The wind was so strong the whole house was shaking. I have lived here 60 years and never felt anything like it,” said Sunagawa Tomiko, 81, who spent the night at the gym with her daughter.
Q direct Sunagawa Tomiko :: “The wind was so strong the whole house was shaking. I have lived here 60 years and never felt anything like it,”
F duration 60 years
P full Sunagawa Tomiko
F age 81
> Miyakojima Mayor Shimoji Keiko told reporters that the city had asked the Ground Self-Defense Force for help clearing roads and distributing water, as the pumping station that supplies the northern Karimata area had lost power.
L city Miyakojima
P full Shimoji Keiko
O government Ground Self-Defense Force
L city Karimata
> “Our first priority is to restore water and power to the elderly who live alone. We ask residents not to go near the sea until the typhoon has passed,” Shimoji said.
Q direct Shimoji Keiko :: “Our first priority is to restore water and power to the elderly who live alone. We ask residents not to go near the sea until the typhoon has passed,”
P partial Shimoji
> The storm also flattened sugar cane fields across the islands only weeks before the harvest. Ishigaki Tatsuya, who heads the JA Okinawa office in Miyakojima, said early estimates put the damage to crops at ¥1.8 billion (about $12 million).
P full Ishigaki Tatsuya
O company JA Okinawa
L city Miyakojima
F money ¥1.8 billion
F money $12 million
> “Cane that is broken at this stage will not recover. For some farmers this means a whole year of work lost,” he said. He said the cooperative would ask the prefecture and the central government for emergency aid.
Q direct Ishigaki Tatsuya :: “Cane that is broken at this stage will not recover. For some farmers this means a whole year of work lost,”
> The agency warned of landslides and of waves as high as 9 meters around Miyako and the Yaeyama Islands through Monday and said the typhoon was expected to turn northeast toward the Amami region of Kagoshima Prefecture by Tuesday.
F quantity 9 meters
L geo Miyako
L geo Yaeyama Islands
L region Amami
L region Kagoshima Prefecture
> Okinawa Gov. Kakazu Hiroshi said the prefectural government would ask for the Disaster Relief Act to be applied in Miyakojima and Tarama. The Miyako Islands, about 300 km southwest of Okinawa’s main island, have a population of around 54,000.
L region Okinawa
P full Kakazu Hiroshi
L city Miyakojima
L city Tarama
L geo Miyako Islands
F quantity 300 km
L geo Okinawa
F number 54,000
'''

ARTICLES['873-water-polo-jug-dubrovnik-beat-mladost-zagreb-11-9-final-game-3-total-waterpolo'] = r'''
> Croatia
L country Croatia
> Jug edge Mladost in Gruž thriller to lead final series 2-1
O team Jug
O team Mladost
L city Gruž
F score 2-1
> Total Waterpolo
O media Total Waterpolo
> 18 May 2039
F date 18 May 2039
> Jug captain Vlaho Miljanić celebrates one of his three goals against Mladost at the Gruž pool. Photo: VK Jug / Ivana Perić
O team Jug
P full Vlaho Miljanić
F number three
O team Mladost
L city Gruž
O team VK Jug
P full Ivana Perić
> Jug AO Dubrovnik took a 2-1 lead in the best-of-five Croatian league final with an 11-9 win over Mladost Zagreb in front of 2,300 fans at the Gruž pool on Saturday night.
O team Jug AO Dubrovnik
F score 2-1
F number five
F score 11-9
O team Mladost Zagreb
F number 2,300
L city Gruž
> Vlaho Miljanić scored three times, including the goal that put Jug 10-8 up with 1:47 left, and goalkeeper Toni Dabelić made 14 saves as the hosts recovered from a 5-4 deficit at half-time of the latest “Adriatic derby”.
P full Vlaho Miljanić
F number three
O team Jug
F score 10-8
F time 1:47
P full Toni Dabelić
F number 14
F score 5-4
Q scare - :: “Adriatic derby”
> Mladost, who had won Game 2 in Zagreb 12-10 on Wednesday, led through two goals from Filip Vrdoljak in the second quarter, but Jug scored four unanswered goals in the third, two of them with an extra man, to turn the game around.
O team Mladost
L city Zagreb
F score 12-10
F number two
P full Filip Vrdoljak
O team Jug
F number four
F number two
> Hungarian left-hander Kristóf Hegyi-Nagy, who joined Jug from Szolnok last summer, scored both of his goals from the left wing in that spell.
P full Kristóf Hegyi-Nagy
O team Jug
O team Szolnok
> Mladost pulled back to 10-9 through American centre forward Jake Ferreira with 58 seconds to play, but Niko Sambrailo sealed it with a lob from the right with 12 seconds left.
O team Mladost
F score 10-9
P full Jake Ferreira
F duration 58 seconds
P full Niko Sambrailo
F duration 12 seconds
> “We talked at half-time about patience. Against Mladost you cannot win the game in two minutes, you have to wait for your moment,” said Jug head coach Ante Zec.
Q direct Ante Zec :: “We talked at half-time about patience. Against Mladost you cannot win the game in two minutes, you have to wait for your moment,”
O team Mladost
F duration two minutes
O team Jug
P full Ante Zec
> Zec singled out his goalkeeper. “Toni was a wall in the third quarter. Fourteen saves in a final, that is what you need.”
P partial Zec
Q direct Ante Zec :: “Toni was a wall in the third quarter. Fourteen saves in a final, that is what you need.”
P partial Toni
F number Fourteen
> Mladost coach Boris Pavletić blamed his side’s finishing. “We had nine extra-man chances and scored three. You cannot expect to win in Dubrovnik like that,” he said.
O team Mladost
P full Boris Pavletić
Q direct Boris Pavletić :: “We had nine extra-man chances and scored three. You cannot expect to win in Dubrovnik like that,”
F number nine
F number three
L city Dubrovnik
> Vrdoljak, the league’s top scorer with 71 goals in 26 games, admitted his side had let the game slip. “In the third quarter we stopped swimming. Against a team like this, at their pool, with this crowd, you cannot stop for four minutes,” the 24-year-old said.
P partial Vrdoljak
F number 71
F number 26
Q direct Filip Vrdoljak :: “In the third quarter we stopped swimming. Against a team like this, at their pool, with this crowd, you cannot stop for four minutes,”
F duration four minutes
F age 24-year-old
> The Zagreb side had gone into the final as favourites after sweeping Primorje Rijeka 3-0 in the semi-finals, while Jug needed all five games to get past Jadran Split. Jug’s 11 goals came from six different players, and the hosts converted four of their nine extra-man chances.
L city Zagreb
O team Primorje Rijeka
F score 3-0
O team Jug
F number five
O team Jadran Split
O team Jug
F number 11
F number six
F number four
F number nine
> The crowd of 2,300 was the largest at Gruž this season, and hundreds more watched on a screen on the quay outside. Club officials said the 1,000 tickets for Game 4, which went on sale on Sunday morning, had sold out in 40 minutes.
F number 2,300
L city Gruž
F number 1,000
F duration 40 minutes
> Jug, who last won the title in 2036, can close out the series in Game 4 in Zagreb on Tuesday at 20:30. Mladost have won four of the last five finals.
O team Jug
F date 2036
L city Zagreb
F time 20:30
O team Mladost
F number four
F number five
> Croatian league final, Game 3
> JUG AO DUBROVNIK – MLADOST ZAGREB 11-9 (3-2, 2-3, 4-2, 2-2)
O team JUG AO DUBROVNIK
O team MLADOST ZAGREB
F score 11-9
F score 3-2
F score 2-3
F score 4-2
F score 2-2
> Referees: Dario Jurić, Stipe Banovac. Extra-man goals: Jug 4 of 9, Mladost 3 of 9. Penalties: Jug 1 of 1, Mladost 2 of 2.
P full Dario Jurić
P full Stipe Banovac
O team Jug
F number 4
F number 9
O team Mladost
F number 3
F number 9
O team Jug
F number 1
F number 1
O team Mladost
F number 2
F number 2
> Jug: Miljanić 3, Hegyi-Nagy 2, Marinković 2, Sambrailo 2, Kristić 1, Glavić 1.
O team Jug
P partial Miljanić
F number 3
P partial Hegyi-Nagy
F number 2
P partial Marinković
F number 2
P partial Sambrailo
F number 2
P partial Kristić
F number 1
P partial Glavić
F number 1
> Mladost: Vrdoljak 3, Bubalo 2, Ferreira 2 (1 penalty), Tomašić 1, Jurjević 1.
O team Mladost
P partial Vrdoljak
F number 3
P partial Bubalo
F number 2
P partial Ferreira
F number 2
F number 1
P partial Tomašić
F number 1
P partial Jurjević
F number 1
'''

ARTICLES['874-alqueva-water-cut-olive-groves-alentejo-drought-moura-serpa-portugal-resident'] = r'''
> Alqueva water cut by 35% as Alentejo drought enters fourth year
L geo Alqueva
F percent 35%
L region Alentejo
> Small olive farmers in Moura and Serpa fear they will be the first to go dry
L city Moura
L city Serpa
> By MIRIAM SOUSA-BLAKE
P full MIRIAM SOUSA-BLAKE
> miriam@portugalresident.com
> March 21, 2039
F date March 21, 2039
> Rows of superintensive olive trees near Ferreira do Alentejo. Photo: TIAGO BRAVO SEIXAS/LUSA
L city Ferreira do Alentejo
P full TIAGO BRAVO SEIXAS
O media LUSA
> The company that manages the Alqueva reservoir has cut water allocations to farmers across the Alentejo by 35% this season, as the region faces its fourth dry winter in a row.
L geo Alqueva
L region Alentejo
F percent 35%
> EDIA (Empresa de Desenvolvimento e Infra-Estruturas do Alqueva) told farmers on Monday that each hectare would receive 1,950 cubic metres this year, down from 3,000 m³ in 2038 and the lowest since the irrigation system opened in 2002.
O company EDIA
O company Empresa de Desenvolvimento e Infra-Estruturas do Alqueva
F quantity 1,950 cubic metres
F quantity 3,000 m³
F date 2038
F date 2002
> The reservoir, the largest artificial lake in Western Europe, was at 58% of capacity on March 18, according to the Portuguese Environment Agency (APA), its lowest level for the time of year since it was first filled.
L region Western Europe
F percent 58%
F date March 18
O government Portuguese Environment Agency
O government APA
> The cut will be felt most by the intensive and superintensive olive groves that have spread across the Baixo Alentejo since the dam was built. Olive trees now cover 78,000 hectares, more than half of the land irrigated by Alqueva, and Portugal has become the world’s third-largest exporter of olive oil.
L region Baixo Alentejo
F quantity 78,000 hectares
F fraction half
L geo Alqueva
L country Portugal
> EDIA said the decision was “unavoidable” and that priority would go to the public water supply of the 200,000 people who depend on Alqueva. “We are managing a reserve that must last until 2041 if the rain does not come,” the company said in a statement.
O company EDIA
Q direct Empresa de Desenvolvimento e Infra-Estruturas do Alqueva :: “unavoidable”
Q direct Empresa de Desenvolvimento e Infra-Estruturas do Alqueva :: “We are managing a reserve that must last until 2041 if the rain does not come,”
F number 200,000
L geo Alqueva
F date 2041
> In Pias, a village in the municipality of Serpa, José Manuel Caeiro Bicho, 63, grows olives and almonds on 14 hectares that his father planted by hand.
L city Pias
L city Serpa
P full José Manuel Caeiro Bicho
F age 63
F quantity 14 hectares
> “The big companies have wells, reservoirs, lawyers. We have a meter on a pipe. When the water is cut, we are the first to dry,” he said.
Q direct José Manuel Caeiro Bicho :: “The big companies have wells, reservoirs, lawyers. We have a meter on a pipe. When the water is cut, we are the first to dry,”
> He said his share of water would now cover about two thirds of what his trees need in August. “I will have to choose which rows to save.”
F fraction two thirds
Q direct José Manuel Caeiro Bicho :: “I will have to choose which rows to save.”
> The mayor of Moura, Maria do Céu Guerreiro Palma, said the council had asked the Ministry of Agriculture for €12 million in emergency support for farmers with less than 20 hectares.
L city Moura
P full Maria do Céu Guerreiro Palma
O government Ministry of Agriculture
F money €12 million
F quantity 20 hectares
> “Moura lives from the olive. If the small producers give up, the villages empty,” she said.
Q direct Maria do Céu Guerreiro Palma :: “Moura lives from the olive. If the small producers give up, the villages empty,”
L city Moura
> Olivum, the association that represents most of the large olive growers in the Alentejo, said its members had invested €2.4 billion in the region over 20 years and already used drip irrigation on 98% of their land. Its president, Henrique Sardinha Nobre, rejected claims that the groves were draining Alqueva.
O nonprofit Olivum
L region Alentejo
F money €2.4 billion
F duration 20 years
F percent 98%
P full Henrique Sardinha Nobre
L geo Alqueva
> “Olive trees use less water per hectare than maize or vegetables. The problem is not the olive, it is the climate,” he told Lusa.
Q direct Henrique Sardinha Nobre :: “Olive trees use less water per hectare than maize or vegetables. The problem is not the olive, it is the climate,”
O media Lusa
> Environmental group ZERO said the cut was “a warning that came too late” and called for a halt to new irrigated plantations until the reservoir recovers.
O nonprofit ZERO
Q direct ZERO :: “a warning that came too late”
> At a meeting in Beja on Wednesday, about 300 farmers from Serpa, Moura, Vidigueira and Cuba asked EDIA to lower its price of €0.07/m³ for the first 5,000 m³ used by each small farm. The company said it would reply within 15 days.
L city Beja
F number 300
L city Serpa
L city Moura
L city Vidigueira
L city Cuba
O company EDIA
F money €0.07/m³
F quantity 5,000 m³
F duration 15 days
> The weather institute IPMA recorded 212 mm of rain in Beja between October and February, 46% below the 1991-2020 average. The Minister of Agriculture is due to visit Beja on April 2.
O government IPMA
F quantity 212 mm
L city Beja
F percent 46%
F date 1991-2020
L city Beja
F date April 2
'''

ARTICLES['875-scully-mine-restart-wabush-labrador-west-iron-ore-union-guarantees-the-aurora'] = r'''
> Local News
> New owner to restart Scully Mine, rehire 420 in Wabush
L facility Scully Mine
F number 420
L city Wabush
> Union says workers want guarantees after two shutdowns in six years
F number two
F duration six years
> By Darlene Mercer-Hynes, Local Journalism Initiative Reporter
P full Darlene Mercer-Hynes
> Published Feb. 16, 2039
F date Feb. 16, 2039
> The Scully Mine concentrator in Wabush, seen in 2037. Photo by Kyle Stuckless/The Aurora
L facility Scully Mine
L city Wabush
F date 2037
P full Kyle Stuckless
O media The Aurora
> A Montreal-based mining company says it will restart the idled Scully Mine in Wabush by the end of the year and hire back about 420 workers, but the union that represented them says it wants guarantees before anyone gets their hopes up.
L city Montreal
L facility Scully Mine
L city Wabush
F number 420
> Wabush Lake Iron Corp., which bought the mine and its concentrator out of creditor protection in November 2038 for $310 million, announced Tuesday it had secured financing for the restart from a group of lenders.
O company Wabush Lake Iron Corp.
F date November 2038
F money $310 million
> The company plans to produce 5.5 million tonnes of iron ore concentrate a year at full capacity, shipped by rail to Sept-Îles, Que., on the Quebec North Shore and Labrador Railway.
F quantity 5.5 million tonnes
L city Sept-Îles
L region Que.
O company Quebec North Shore and Labrador Railway
> “Labrador West has the ore, the people and the infrastructure. What this mine needed was an owner with a plan for the long term, and that is what we bring,” said chief executive Geneviève Lachance-Ouellet.
Q direct Geneviève Lachance-Ouellet :: “Labrador West has the ore, the people and the infrastructure. What this mine needed was an owner with a plan for the long term, and that is what we bring,”
L region Labrador West
P full Geneviève Lachance-Ouellet
> Lachance-Ouellet said the first shipments are expected in the fourth quarter, with production ramping up through 2040. The company will need about 420 workers at the mine and another 60 at the rail loading yard, and will give priority to former Scully employees, she said.
P partial Lachance-Ouellet
F date 2040
F number 420
F number 60
L facility Scully
> The mine’s hourly workers were represented by United Steelworkers Local 7104. Local president Roddy Oldford said many of his members moved to jobs in Alberta or at the Iron Ore Company of Canada’s operation in neighbouring Labrador City after the mine shut down in 2037, its second closure since 2032.
O nonprofit United Steelworkers Local 7104
P full Roddy Oldford
L region Alberta
O company Iron Ore Company of Canada
L city Labrador City
F date 2037
F date 2032
> “People here have been through this twice,” Oldford said. “They sold their houses and moved their families to Fort McMurray, and then they were told the mine was coming back. We want a collective agreement with job security in it, and a pension plan that doesn’t disappear the next time the price of iron ore drops.
Q direct Roddy Oldford :: “People here have been through this twice,”
P partial Oldford
Q direct Roddy Oldford :: “They sold their houses and moved their families to Fort McMurray, and then they were told the mine was coming back. We want a collective agreement with job security in it, and a pension plan that doesn’t disappear the next time the price of iron ore drops.
L city Fort McMurray
> “Until we have that in writing, nobody in this town is celebrating.”
Q direct Roddy Oldford :: “Until we have that in writing, nobody in this town is celebrating.”
> Trevor Flynn, 52, a former mill operator at Scully, said he would go back “in a heartbeat” if the pay matched what he earns now in Fort McMurray, where he works 14 days on and 14 off. “I’ve got two kids in school in Labrador City. I see them half the month,” he said.
P full Trevor Flynn
F age 52
L facility Scully
Q direct Trevor Flynn :: “in a heartbeat”
L city Fort McMurray
F duration 14 days
F number 14
Q direct Trevor Flynn :: “I’ve got two kids in school in Labrador City. I see them half the month,”
F number two
L city Labrador City
F fraction half
> Iron ore concentrate with 65 per cent iron content was trading at about US$118 a tonne this week, down from US$140 a year ago.
F percent 65 per cent
F money US$118
F money US$140
> Wabush Mayor Colleen Rumbolt said the town has lost about 300 residents since 2037 and that the restart would bring “badly needed” tax revenue. The town of 1,600 had counted on about $1.2 million a year in municipal taxes from the mine before it closed.
L city Wabush
P full Colleen Rumbolt
F number 300
F date 2037
Q direct Colleen Rumbolt :: “badly needed”
F number 1,600
F money $1.2 million
> “We’ve kept the lights on at the arena and the pool with our fingers crossed. This is the first good news we’ve had in two years,” Rumbolt said.
Q direct Colleen Rumbolt :: “We’ve kept the lights on at the arena and the pool with our fingers crossed. This is the first good news we’ve had in two years,”
F duration two years
P partial Rumbolt
> In a statement, Innu Nation said it expects the company to honour the impact and benefits agreement signed with the previous owner, and that it had “not yet been consulted” on the restart.
O government Innu Nation
Q direct Innu Nation :: “not yet been consulted”
> Industry Minister Darrell Pynn said in an email the province was “encouraged” by the announcement and had agreed to defer $14 million in royalties over the first three years of operation.
P full Darrell Pynn
Q direct Darrell Pynn :: “encouraged”
F money $14 million
F duration three years
> Darlene Mercer-Hynes is a Local Journalism Initiative reporter with The Aurora in Labrador City.
P full Darlene Mercer-Hynes
O media The Aurora
L city Labrador City
'''

ARTICLES['876-free-wesleyan-church-tonga-caps-misinale-donations-family-debt-kaniva-news'] = r'''
> Free Wesleyan Church caps misinale at TOP$500 a family after years of complaints about debt
O other Free Wesleyan Church
F money TOP$500
> Kaniva News
O media Kaniva News
> June 3, 2039
F date June 3, 2039
> Church members carry gifts during a misinale in Neiafu, Vava'u. Photo/Supplied
L city Neiafu
L region Vava'u
> The Free Wesleyan Church of Tonga (Siasi Uesiliana Tau'ataina 'o Tonga) has set a limit of TOP$500 on the amount a family may give at its annual misinale, following years of complaints that the donations were driving households into debt.
O other Free Wesleyan Church of Tonga
O other Siasi Uesiliana Tau'ataina 'o Tonga
F money TOP$500
> The decision was taken by the church's annual conference, which met in Nuku'alofa from May 27 to June 1, and will apply from this year's collections in August.
L city Nuku'alofa
F date May 27
F date June 1
> Under the new rule, no family may give more than TOP$500 in a single misinale, and congregations may no longer read out from the pulpit the amount given by each family, a practice many members say pushed families to compete.
F money TOP$500
> Church president Rev. Dr. Sione Lātū Fonua told Kaniva News the conference had voted 214 to 37 in favour of the cap.
P full Sione Lātū Fonua
O media Kaniva News
F number 214
F number 37
> "The misinale is an offering to God, not a competition between families. We have heard our members, especially the mothers, who tell us they borrow from the bank to give to the church," he said.
Q direct Sione Lātū Fonua :: "The misinale is an offering to God, not a competition between families. We have heard our members, especially the mothers, who tell us they borrow from the bank to give to the church,"
> "Giving must come from the heart and from what a family has, not from what it owes."
Q direct Sione Lātū Fonua :: "Giving must come from the heart and from what a family has, not from what it owes."
> The misinale, held once a year in each congregation, is the main source of income for the church, which has about 35,000 members in Tonga and congregations in New Zealand, Australia and the United States.
F number 35,000
L country Tonga
L country New Zealand
L country Australia
L country United States
> A 2036 survey by the Tonga Statistics Department found that 41 per cent of households that gave to church collections had borrowed money to do so, and that the average household gave $2,300 pa'anga a year to churches, about 9 per cent of its income.
F date 2036
O government Tonga Statistics Department
F percent 41 per cent
F money $2,300 pa'anga
F percent 9 per cent
> Losaline Vaipulu, 44, a mother of five from Neiafu in Vava'u, said she had borrowed TOP$3,000 from a moneylender last year to give at her congregation's misinale.
P full Losaline Vaipulu
F age 44
F number five
L city Neiafu
L region Vava'u
F money TOP$3,000
> "I was still paying it back when the next misinale came. My husband picks fruit in New Zealand and half of what he sends home goes to the loan," she said. She said the cap came "too late for many families".
Q direct Losaline Vaipulu :: "I was still paying it back when the next misinale came. My husband picks fruit in New Zealand and half of what he sends home goes to the loan,"
L country New Zealand
F fraction half
Q direct Losaline Vaipulu :: "too late for many families"
> Not everyone in the church is happy. A minister in Ha'apai, who spoke on condition of anonymity because he was not authorised to speak to the media, said some congregations relied on the misinale to repay loans for church halls and ministers' houses.
L region Ha'apai
> "Some of our churches were built with loans. If the money stops, who will pay the bank?" he said.
Q direct - :: "Some of our churches were built with loans. If the money stops, who will pay the bank?"
> In a statement, the church said congregations in debt could apply to a new central fund of $1.5 million pa'anga, paid for from the church's land leases, which would be "for buildings, not for pride".
F money $1.5 million pa'anga
Q direct Free Wesleyan Church of Tonga :: "for buildings, not for pride"
> The church's general secretary, Rev. 'Ofa Tu'ipulotu Kaufana, said congregations that ignored the cap could have their ministers moved at the next conference. The misinale of the Tongatapu congregations alone has raised more than $9 million pa'anga a year since 2030, she said.
P full 'Ofa Tu'ipulotu Kaufana
L region Tongatapu
F money $9 million pa'anga
F date 2030
> "We will not send people to count the money in every church, but each minister is responsible for his congregation and he will answer to the conference," Kaufana said.
Q direct 'Ofa Tu'ipulotu Kaufana :: "We will not send people to count the money in every church, but each minister is responsible for his congregation and he will answer to the conference,"
P partial Kaufana
> Dr. Mele Taumoepeau Latu, an economist at the University of the South Pacific's Tonga campus, said the cap could leave more cash with families but would only help if other churches followed. About 36 per cent of Tongans belong to the Free Wesleyan Church.
P full Mele Taumoepeau Latu
O education University of the South Pacific
L country Tonga
F percent 36 per cent
O other Free Wesleyan Church
> "When the biggest church changes the rules, the others feel it. Families who belong to two churches give twice," she said.
Q direct Mele Taumoepeau Latu :: "When the biggest church changes the rules, the others feel it. Families who belong to two churches give twice,"
F number two
> Congregations on 'Eua and in the Niuas will hold their misinale in September, after the yam harvest.
L geo 'Eua
L region Niuas
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
