#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval197 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval197/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1225-chingola-tailings-spill-mushishima-stream-kafue-zema-lusaka-times'] = r'''
> Headlines
> Tailings Spill Turns Chingola’s Mushishima Stream Orange, ZEMA Halts Mine
L city Chingola
L geo Mushishima
O government ZEMA
> By Mwila Chanda-Phiri
P full Mwila Chanda-Phiri
> March 16, 2040
F date March 16, 2040
> Residents of Kasompe draw water from a borehole in Chingola on Thursday. Photo credit: Bwalya Mutale
L city Kasompe
L city Chingola
P full Bwalya Mutale
> The Zambia Environmental Management Agency (ZEMA) has ordered Kasenga Copper Mining Plc to stop all processing at its Chingola concentrator after the wall of a tailings dam gave way on Tuesday night, sending an estimated 42,000 tonnes of slurry into the Mushishima stream, a tributary of the Kafue River.
O government Zambia Environmental Management Agency
O government ZEMA
O company Kasenga Copper Mining Plc
L city Chingola
F quantity 42,000 tonnes
L geo Mushishima
L geo Kafue River
> ZEMA Director General Mrs Chileshe Mwansa-Banda said inspectors who reached the site at 05:30 on Wednesday found the water “bright orange” for at least 14 kilometres downstream.
O government ZEMA
P full Chileshe Mwansa-Banda
F time 05:30
Q direct Chileshe Mwansa-Banda :: “bright orange”
F quantity 14 kilometres
> “What we have seen is a serious failure of containment. The company will not resume operations until it has cleaned up the stream and compensated every household affected,” Mrs Mwansa-Banda said.
Q direct Chileshe Mwansa-Banda :: “What we have seen is a serious failure of containment. The company will not resume operations until it has cleaned up the stream and compensated every household affected,”
P partial Mwansa-Banda
> She said the agency had notified the Ministry of Mines and Minerals Development and the Ministry of Water Development and Sanitation, and that the company faced a fine of up to K25 million (about US$1 million) under the Environmental Management Act.
O government Ministry of Mines and Minerals Development
O government Ministry of Water Development and Sanitation
F money K25 million
F money US$1 million
> Residents of Kasompe and Chiwempala townships say they have no safe water. “The water came at night like tea with milk. In the morning our wells were yellow and the fish were floating,” said Mr Bernard Kapambwe, 58, who grows vegetables on two hectares.
L city Kasompe
L city Chiwempala
Q direct Bernard Kapambwe :: “The water came at night like tea with milk. In the morning our wells were yellow and the fish were floating,”
P full Bernard Kapambwe
F age 58
F quantity two hectares
> “I have lost cabbages and rape worth K18,000. The company must come and see us, not just send a bowser of water once a day,” he said.
Q direct Bernard Kapambwe :: “I have lost cabbages and rape worth K18,000. The company must come and see us, not just send a bowser of water once a day,”
F money K18,000
> In a statement from Lusaka, Kasenga Copper Mining said the breach affected “a small section” of its No. 3 tailings storage facility and that there was “no evidence at this stage of any risk to human health”. It said it was trucking 60,000 litres of drinking water a day to the townships.
L city Lusaka
O company Kasenga Copper Mining
Q direct Kasenga Copper Mining Plc :: “a small section”
Q direct Kasenga Copper Mining Plc :: “no evidence at this stage of any risk to human health”
F quantity 60,000 litres
> Mine general manager Mr Luka Sichilongo told journalists on Thursday that about 180 workers had been deployed to build a temporary dyke. “We take full responsibility for what happened. We expect the wall to be sealed within 72 hours.
P full Luka Sichilongo
F number 180
Q direct Luka Sichilongo :: “We take full responsibility for what happened. We expect the wall to be sealed within 72 hours.
F duration 72 hours
> “We are also testing the water at six points between the plant and the Kafue, and we will share every result with ZEMA and the community,” Mr Sichilongo said.
Q direct Luka Sichilongo :: “We are also testing the water at six points between the plant and the Kafue, and we will share every result with ZEMA and the community,”
F number six
L geo Kafue
O government ZEMA
P partial Sichilongo
> An official at Mulonga Water Supply and Sanitation Company, who asked not to be named, said the utility had shut its Mushishima intake. “We have switched to boreholes, but they give us only 40 percent of what the town needs,” the official said.
O company Mulonga Water Supply and Sanitation Company
L geo Mushishima
Q direct - :: “We have switched to boreholes, but they give us only 40 percent of what the town needs,”
F percent 40 percent
> Residents have nicknamed the stream “the orange river”. It is the third spill into the Kafue catchment since 2036, when acid from a leach plant at Chambishi coloured the river for 11 days.
Q scare - :: “the orange river”
L geo Kafue
F date 2036
L city Chambishi
F duration 11 days
> The Kafue, which flows through the Copperbelt and Central provinces to the Zambezi, supplies water to about 5 million people.
L geo Kafue
L region Copperbelt
L region Central
L geo Zambezi
F number 5 million
> Ms Namakau Liswaniso, coordinator of the Copperbelt Environmental Justice Network (CEJN), said: “Mines pay the fine and carry on. ZEMA must publish the inspection reports for all 47 tailings dams on the Copperbelt,” Ms Liswaniso said, adding that CEJN would ask the High Court in Lusaka to order an independent audit.
P full Namakau Liswaniso
O nonprofit Copperbelt Environmental Justice Network
O nonprofit CEJN
Q direct Namakau Liswaniso :: “Mines pay the fine and carry on. ZEMA must publish the inspection reports for all 47 tailings dams on the Copperbelt,”
O government ZEMA
F number 47
L region Copperbelt
P partial Liswaniso
O nonprofit CEJN
O government High Court
L city Lusaka
> ZEMA said Kasenga had until March 31 to submit a clean-up plan. Kasenga’s Chingola operations produce about 96,000 tonnes of copper a year and employ 2,300 people.
O government ZEMA
O company Kasenga
F date March 31
O company Kasenga
L city Chingola
F quantity 96,000 tonnes
F number 2,300
'''

ARTICLES['1226-main-broadway-32-storey-rental-tower-mount-pleasant-council-vote-vancouver-sun'] = r'''
> Local News
> Council approves 32-storey rental tower at Main and Broadway after three-night hearing
F number 32
L street Main
L street Broadway
F duration three-night
> Mount Pleasant residents were split over the 410-unit project, which includes 82 below-market homes
L city Mount Pleasant
F number 410
F number 82
> Author of the article:
> Dana Okafor-Lindqvist
P full Dana Okafor-Lindqvist
> Vancouver Sun
O media Vancouver Sun
> Published Mar 15, 2040 • Last updated 6 hours ago • 4 minute read
F date Mar 15, 2040
F duration 6 hours
F duration 4 minute
> A rendering of the proposed tower at East Broadway and Main Street, seen from the north. Photo by City of Vancouver
L street East Broadway
L street Main Street
O government City of Vancouver
> Vancouver councillors have approved a 32-storey rental tower at the corner of Main Street and East Broadway, the tallest building yet allowed in Mount Pleasant, after a public hearing that stretched over three nights and heard from 187 speakers.
L city Vancouver
F number 32
L street Main Street
L street East Broadway
L city Mount Pleasant
F duration three nights
F number 187
> Council voted 6-5 at 11:40 p.m. Wednesday to rezone the site, a former car dealership and a row of three-storey walk-ups, for the $268-million project by Rivulet Pacific Developments. The 104-metre tower will hold 410 rental units, 82 of them — 20 per cent — let at rents set by the city, with the rest at market rates.
F number 6-5
F time 11:40 p.m.
F number three
F money $268-million
O company Rivulet Pacific Developments
F quantity 104-metre
F number 410
F number 82
F percent 20 per cent
> “This is exactly the kind of housing we said we would build near transit. People who work in this city should be able to live in it,” said Mayor Harjit Sandhu-Reyes, whose party, ABC Vancouver, split on the vote.
Q direct Harjit Sandhu-Reyes :: “This is exactly the kind of housing we said we would build near transit. People who work in this city should be able to live in it,”
P full Harjit Sandhu-Reyes
O party ABC Vancouver
> Coun. Marguerite Bélanger-Wu, who voted against, said the tower was “simply too much, too fast” for a block of mostly four-storey buildings. “Staff told us, ‘The Broadway Plan anticipates this height,’ but anticipating is not the same as planning for schools, for daycares, for the sewers,” she said.
P full Marguerite Bélanger-Wu
Q direct Marguerite Bélanger-Wu :: “simply too much, too fast”
F number four
Q direct Marguerite Bélanger-Wu :: “Staff told us, ‘The Broadway Plan anticipates this height,’ but anticipating is not the same as planning for schools, for daycares, for the sewers,”
> OneCity Coun. Tomás Ferreira-Quist, who supported the rezoning, said the city had lost 1,900 purpose-built rental units to redevelopment since 2031. “We can argue about the height for another 10 years, or we can house 800 people by 2044,” Ferreira-Quist said.
P full Tomás Ferreira-Quist
F number 1,900
F date 2031
Q direct Tomás Ferreira-Quist :: “We can argue about the height for another 10 years, or we can house 800 people by 2044,”
F duration 10 years
F number 800
F date 2044
P partial Ferreira-Quist
> Rivulet Pacific vice-president Hana Moreau-Sato said construction could start in spring 2041 and take about 34 months. She said the company would offer each of the 41 tenants of the walk-ups a unit in the new building at their current rent, “with no catch and no time limit.”
O company Rivulet Pacific
P full Hana Moreau-Sato
F date 2041
F duration 34 months
F number 41
Q direct Hana Moreau-Sato :: “with no catch and no time limit.”
> Outside City Hall, about 60 residents of the Mount Pleasant and Riley Park neighbourhoods rallied in the rain before the vote. Ingrid Halvorsen, 71, who has rented a one-bedroom suite on East 10th Avenue since 1998, said she feared the tower would push up rents on surrounding blocks.
L facility City Hall
F number 60
L city Mount Pleasant
L city Riley Park
P full Ingrid Halvorsen
F age 71
F number one
L street East 10th Avenue
F date 1998
> “My rent is $1,480 a month. The new ones will be $3,200 for a studio. Who is that for?” she asked.
Q direct Ingrid Halvorsen :: “My rent is $1,480 a month. The new ones will be $3,200 for a studio. Who is that for?”
F money $1,480
F money $3,200
> In a written submission, the Mount Pleasant Renters’ Association said the tower’s “so-called affordable units” would rent for as much as $2,150 a month.
O nonprofit Mount Pleasant Renters’ Association
Q direct Mount Pleasant Renters’ Association :: “so-called affordable units”
F money $2,150
> A city planner, who spoke on condition of anonymity because she was not authorized to comment, said staff expect at least 14 more towers of over 25 storeys along Broadway by 2050. “Main and Broadway is the test case,” she said.
F number 14
F number 25
L street Broadway
F date 2050
Q direct - :: “Main and Broadway is the test case,”
L street Main
L street Broadway
> Council will consider a smaller, 18-storey proposal near Fraser Street in Sunset on March 28.
F number 18
L street Fraser Street
L city Sunset
F date March 28
> dokaforlindqvist@postmedia.com
'''

ARTICLES['1227-real-madrid-atletico-liga-f-derby-okonkwo-saez-di-stefano-as-english'] = r'''
> LIGA F
O other LIGA F
> Real Madrid 3-1 Atlético: Okonkwo-Sáez double settles derby at the Di Stéfano
O team Real Madrid
F score 3-1
O team Atlético
P partial Okonkwo-Sáez
L facility Di Stéfano
> Two goals from the forward and a late header from Lucía de la Fuente lift Madrid to within four points of leaders Barcelona.
F number Two
P full Lucía de la Fuente
O team Madrid
F number four
O team Barcelona
> Irene Castañeda Roldán
P full Irene Castañeda Roldán
> Madrid Update: 12/03/2040 - 19:52 CET
L city Madrid
F date 12/03/2040
F time 19:52 CET
> Real Madrid’s Adaeze Okonkwo-Sáez celebrates her second goal against Atlético de Madrid at the Estadio Alfredo Di Stéfano. JUANJO VIDAL-MORA / EFE
O team Real Madrid
P full Adaeze Okonkwo-Sáez
O team Atlético de Madrid
L facility Estadio Alfredo Di Stéfano
P full JUANJO VIDAL-MORA
O media EFE
> Real Madrid won the derby for the first time in three seasons on Sunday, beating Atlético de Madrid 3-1 in front of 5,612 fans at the Estadio Alfredo Di Stéfano in Valdebebas thanks to two goals from Adaeze Okonkwo-Sáez and a stoppage-time header from captain Lucía de la Fuente.
O team Real Madrid
F number three
O team Atlético de Madrid
F score 3-1
F number 5,612
L facility Estadio Alfredo Di Stéfano
L city Valdebebas
F number two
P full Adaeze Okonkwo-Sáez
P full Lucía de la Fuente
> The visitors, known to their fans as “las Colchoneras”, had taken the lead after 11 minutes when Swedish midfielder Ebba Sjöberg curled a free kick over the wall from 22 metres.
Q scare - :: “las Colchoneras”
F duration 11 minutes
P full Ebba Sjöberg
F quantity 22 metres
> Okonkwo-Sáez equalised seven minutes before half-time, turning centre-back Carmen Ruiz-Bolaños on the edge of the box and shooting low past goalkeeper Mireia Puigdomènech. The 23-year-old then put Madrid ahead with 19 minutes left, meeting a cross from Noa Ben-Haim at the near post.
P partial Okonkwo-Sáez
F duration seven minutes
P full Carmen Ruiz-Bolaños
P full Mireia Puigdomènech
F age 23-year-old
O team Madrid
F duration 19 minutes
P full Noa Ben-Haim
> Okonkwo-Sáez, who joined from Levante in January, now has 14 league goals this season. Madrid had lost 2-0 in the reverse fixture at Alcalá de Henares in November.
P partial Okonkwo-Sáez
O team Levante
F number 14
O team Madrid
F score 2-0
L city Alcalá de Henares
> “I told the girls at half-time that we had 45 minutes to show who owns this city,” Okonkwo-Sáez said. “The first goal was for my mother, who was here for the first time. The second one was for everybody.”
Q direct Adaeze Okonkwo-Sáez :: “I told the girls at half-time that we had 45 minutes to show who owns this city,”
F duration 45 minutes
P partial Okonkwo-Sáez
Q direct Adaeze Okonkwo-Sáez :: “The first goal was for my mother, who was here for the first time. The second one was for everybody.”
> Atlético, unbeaten in six league games, pressed for an equaliser and hit the post through substitute Yasmina El Idrissi in the 81st minute before De la Fuente rose highest to head in a corner from Ben-Haim in the third minute of added time.
O team Atlético
F number six
P full Yasmina El Idrissi
P partial De la Fuente
P partial Ben-Haim
> Madrid coach Begoña Arrizabalaga-Uría praised her side’s “patience” after what she called a “nervous” start. “We lost the ball too cheaply early on, but nobody panicked,” she said. “In a derby you cannot win it in the first 20 minutes. You can only lose it.”
O team Madrid
P full Begoña Arrizabalaga-Uría
Q direct Begoña Arrizabalaga-Uría :: “patience”
Q direct Begoña Arrizabalaga-Uría :: “nervous”
Q direct Begoña Arrizabalaga-Uría :: “We lost the ball too cheaply early on, but nobody panicked,”
Q direct Begoña Arrizabalaga-Uría :: “In a derby you cannot win it in the first 20 minutes. You can only lose it.”
F duration 20 minutes
> Atlético boss Jean-Baptiste N’Diaye-Fournier blamed the referee. “The second goal comes from a foul on Ruiz-Bolaños. Everybody in the stadium saw it except the people who are paid to see it,” the Frenchman said.
O team Atlético
P full Jean-Baptiste N’Diaye-Fournier
Q direct Jean-Baptiste N’Diaye-Fournier :: “The second goal comes from a foul on Ruiz-Bolaños. Everybody in the stadium saw it except the people who are paid to see it,”
P partial Ruiz-Bolaños
> The Technical Committee of Referees (CTA) of the Royal Spanish Football Federation (RFEF) said on Monday that the challenge had been reviewed and that the decision was “correct and within the laws of the game”.
O other Technical Committee of Referees
O other CTA
O other Royal Spanish Football Federation
O other RFEF
Q direct Technical Committee of Referees :: “correct and within the laws of the game”
> Barcelona, who beat Levante 4-0 at the Estadi Johan Cruyff on Saturday, lead with 52 points from 21 games. Madrid are second on 48 and Atlético third on 41. Madrid visit Real Sociedad at Zubieta on 18 March, while Atlético host Granada on 17 March at 12:00.
O team Barcelona
O team Levante
F score 4-0
L facility Estadi Johan Cruyff
F number 52
F number 21
O team Madrid
F number 48
O team Atlético
F number 41
O team Madrid
O team Real Sociedad
L facility Zubieta
F date 18 March
O team Atlético
O team Granada
F date 17 March
F time 12:00
> Goals: 0-1 Sjöberg (11’), 1-1 Okonkwo-Sáez (38’), 2-1 Okonkwo-Sáez (71’), 3-1 De la Fuente (90+3’)
F score 0-1
P partial Sjöberg
F score 1-1
P partial Okonkwo-Sáez
F score 2-1
P partial Okonkwo-Sáez
F score 3-1
P partial De la Fuente
> Attendance: 5,612
F number 5,612
'''

ARTICLES['1228-obi-island-nickel-smelter-expansion-halted-waste-spill-north-maluku-reuters'] = r'''
> Commodities
> Indonesia halts expansion at Obi nickel smelter after waste spill, minister says
L country Indonesia
L geo Obi
> By Rangga Wiraatmadja and Tan Hui Ling
P full Rangga Wiraatmadja
P full Tan Hui Ling
> March 16, 2040 6:41 PM GMT+7 Updated 3 hours ago
F date March 16, 2040
F time 6:41 PM GMT+7
F duration 3 hours
> A worker walks past a nickel processing plant on Obi island, North Maluku province, Indonesia, February 2, 2040. REUTERS/Yudhistira Pane
L geo Obi
L region North Maluku
L country Indonesia
F date February 2, 2040
O media REUTERS
P full Yudhistira Pane
> JAKARTA, March 16 (Reuters) - Indonesia has suspended the expansion of a nickel smelter on Obi island in North Maluku province after a waste pipeline burst and spilled acidic tailings into the sea, Energy and Mineral Resources Minister Arief Wicaksono Hadiningrat said on Friday, a rare sanction against one of the plants feeding the country's battery-metals boom.
L city JAKARTA
F date March 16
O media Reuters
L country Indonesia
L geo Obi
L region North Maluku
P full Arief Wicaksono Hadiningrat
> The smelter, operated by PT Obi Cahaya Nikel, a joint venture between Indonesian miner PT Sentosa Bumi Halmahera and China's Zhejiang Huarong New Energy Co, uses high-pressure acid leach (HPAL) technology to make mixed hydroxide precipitate (MHP), an intermediate product for electric-vehicle batteries.
O company PT Obi Cahaya Nikel
O company PT Sentosa Bumi Halmahera
L country China
O company Zhejiang Huarong New Energy Co
> "We found that the company had been running a third autoclave line without a complete environmental permit. That line stays shut until the audit is finished," Hadiningrat told reporters in Jakarta. "There will be no exceptions for anyone."
Q direct Arief Wicaksono Hadiningrat :: "We found that the company had been running a third autoclave line without a complete environmental permit. That line stays shut until the audit is finished,"
P partial Hadiningrat
L city Jakarta
Q direct Arief Wicaksono Hadiningrat :: "There will be no exceptions for anyone."
> The suspension halts work on an $850 million expansion that would have raised the plant's capacity to 120,000 metric tons of nickel in MHP a year, from 55,000 tons now. Obi Cahaya had planned to start the new lines in the second half of 2041.
F money $850 million
F quantity 120,000 metric tons
F quantity 55,000 tons
O company Obi Cahaya
F date 2041
> In a statement, the company said the leak on March 9 had been "contained within 36 hours" and that about 1,400 cubic meters of slurry had reached the sea near Kawasi village. It said it would "cooperate fully" with the ministry.
F date March 9
Q direct PT Obi Cahaya Nikel :: "contained within 36 hours"
F duration 36 hours
F quantity 1,400 cubic meters
L city Kawasi
Q direct PT Obi Cahaya Nikel :: "cooperate fully"
> Fishermen in Kawasi said their catches had collapsed. "The water was brown for five days. Nobody would buy our fish, not even in Laiwui," Hasan Latuconsina, 44, who heads a local fishing group, said by telephone.
L city Kawasi
Q direct Hasan Latuconsina :: "The water was brown for five days. Nobody would buy our fish, not even in Laiwui,"
F duration five days
L city Laiwui
P full Hasan Latuconsina
F age 44
> Investment Minister Rosalina Siregar said the sanction would not deter investors, who she said wanted "a clear rule, applied the same way to everyone." Indonesia has attracted more than $60 billion in smelter investment since it banned exports of nickel ore in 2020.
P full Rosalina Siregar
Q direct Rosalina Siregar :: "a clear rule, applied the same way to everyone."
L country Indonesia
F money $60 billion
F date 2020
> The ministry has also told the company to place a reclamation guarantee of 1.2 trillion rupiah ($73 million) with a state bank, two ministry officials said, speaking on condition of anonymity because they were not authorized to speak to the media. One of them said the audit would take "three months at least."
F money 1.2 trillion rupiah
F money $73 million
F number two
Q direct - :: "three months at least."
F duration three months
> Indonesia, the world's largest nickel producer, supplied about 62% of global mined output in 2039, according to the Indonesian Nickel Miners Association (APNI). Its HPAL plants, most of them in Central Sulawesi and North Maluku, produced 610,000 tons of nickel in MHP last year.
L country Indonesia
F percent 62%
F date 2039
O nonprofit Indonesian Nickel Miners Association
O nonprofit APNI
L region Central Sulawesi
L region North Maluku
F quantity 610,000 tons
> Benchmark nickel on the London Metal Exchange rose 1.8% to $17,250 a ton after the announcement.
O company London Metal Exchange
F percent 1.8%
F money $17,250
> "Obi is a warning shot. The market will start pricing in audits across the whole sector," said Chua Mei Xin, a metals analyst at Straits Commodity Research in Singapore.
Q direct Chua Mei Xin :: "Obi is a warning shot. The market will start pricing in audits across the whole sector,"
L geo Obi
P full Chua Mei Xin
O company Straits Commodity Research
L city Singapore
> ($1 = 16,440 rupiah)
F money $1
F money 16,440 rupiah
> (Reporting by Rangga Wiraatmadja in Jakarta and Tan Hui Ling in Singapore; Editing by Fiona Abernethy-Cole)
P full Rangga Wiraatmadja
L city Jakarta
P full Tan Hui Ling
L city Singapore
P full Fiona Abernethy-Cole
'''

ARTICLES['1229-septa-twu-local-234-strike-authorization-vote-media-upper-darby-philadelphia-inquirer'] = r'''
> Transportation
> SEPTA workers vote to authorize a strike as contract talks stall
O government SEPTA
> The vote by TWU Local 234 clears the way for a walkout that could halt the buses, trolleys and subways that carry 780,000 riders a day.
O nonprofit TWU Local 234
F number 780,000
> by Keisha Montgomery-Boateng
P full Keisha Montgomery-Boateng
> Published Mar. 12, 2040, 5:00 a.m. ET
F date Mar. 12, 2040
F time 5:00 a.m. ET
> Riders board a bus at Broad Street and Olney Avenue in North Philadelphia on Friday. Jessie Alvarado-Kemp / Staff Photographer
L street Broad Street
L street Olney Avenue
L city North Philadelphia
P full Jessie Alvarado-Kemp
> Members of Transport Workers Union Local 234, which represents about 5,100 SEPTA bus and trolley operators, mechanics and cashiers in Philadelphia, voted 94% in favor of authorizing a strike on Sunday, union leaders said, raising the prospect of the first citywide transit shutdown since 2016.
O nonprofit Transport Workers Union Local 234
F number 5,100
O government SEPTA
L city Philadelphia
F percent 94%
F date 2016
> The union’s contract expired at 12:01 a.m. on March 1, and the two sides remain about $2.40 an hour apart on wages, said Local 234 president Darnell Ruiz-Whitaker. Workers are asking for raises of 5% a year over three years; SEPTA has offered 3.2%.
F time 12:01 a.m.
F date March 1
F number two
F money $2.40
O nonprofit Local 234
P full Darnell Ruiz-Whitaker
F percent 5%
F duration three years
O government SEPTA
F percent 3.2%
> “Our members kept this system running through everything. They were told, ‘Wait until Harrisburg passes a budget,’ and they waited. They are done waiting,” Ruiz-Whitaker said outside the union hall on Spring Garden Street. He said riders would get at least 48 hours’ notice before any walkout.
Q direct Darnell Ruiz-Whitaker :: “Our members kept this system running through everything. They were told, ‘Wait until Harrisburg passes a budget,’ and they waited. They are done waiting,”
L city Harrisburg
P partial Ruiz-Whitaker
L street Spring Garden Street
F duration 48 hours
> SEPTA general manager Lorraine DiNapoli-Grant said the authority could not meet the union’s demand without new money from the state. “Every dollar we add to a contract is a dollar we have to find somewhere else, and right now we are looking at a $213 million hole,” she said in a statement.
O government SEPTA
P full Lorraine DiNapoli-Grant
Q direct Lorraine DiNapoli-Grant :: “Every dollar we add to a contract is a dollar we have to find somewhere else, and right now we are looking at a $213 million hole,”
F money $213 million
> Transit advocates have warned for months of a so-called “death spiral” of service cuts and lost riders. Last year, SEPTA cut service on 32 bus routes and raised the base fare to $2.90.
Q scare - :: “death spiral”
O government SEPTA
F number 32
F money $2.90
> A strike would not affect Regional Rail, whose engineers and conductors belong to other unions, or suburban routes in Delaware and Montgomery counties, where operators are represented by separate locals. The trolleys to Media and Sharon Hill would keep running.
L region Delaware
L region Montgomery
L city Media
L city Sharon Hill
> At the 69th Street Transportation Center in Upper Darby Township, where city and suburban lines meet, Tanisha Greer-Holloway, 34, said a strike would double her commute to a hospital job in University City.
L facility 69th Street Transportation Center
L city Upper Darby Township
P full Tanisha Greer-Holloway
F age 34
L city University City
> “If the subway stops, I’m paying $40 a day for rides or I’m not working. It’s that simple,” she said. “I can’t work from home. You can’t change bandages over Zoom.”
Q direct Tanisha Greer-Holloway :: “If the subway stops, I’m paying $40 a day for rides or I’m not working. It’s that simple,”
F money $40
Q direct Tanisha Greer-Holloway :: “I can’t work from home. You can’t change bandages over Zoom.”
O company Zoom
> A spokesperson for Mayor Renata Oyelaran-Price said the city was in touch with both sides. “A strike would hurt the people who can least afford it,” the spokesperson said.
P full Renata Oyelaran-Price
Q direct - :: “A strike would hurt the people who can least afford it,”
> The School District of Philadelphia said about 54,000 students ride to school on SEPTA passes and that it would announce contingency plans by Friday.
O education School District of Philadelphia
F number 54,000
O government SEPTA
> The last SEPTA strike, in November 2016, lasted six days and ended the day before Election Day.
O government SEPTA
F date November 2016
F duration six days
> Negotiators are scheduled to meet again at 10 a.m. Thursday at SEPTA’s headquarters, 1234 Market St.
F time 10 a.m.
O government SEPTA
L address 1234 Market St.
'''

ARTICLES['1230-coll-tiree-ferry-contract-delay-gdansk-yard-cmal-msps-herald-scotland'] = r'''
> News
> Coll and Tiree ferry delayed again as Polish yard blames steel costs
L geo Coll
L geo Tiree
> Islanders told new vessel will not arrive before 2042 as contract cost rises to £61.4m
F date 2042
F money £61.4m
> By Eilidh MacAskill-Dunn
P full Eilidh MacAskill-Dunn
> Transport Correspondent
> Published: 14th March 2040
F date 14th March 2040
> The Clansman leaves Oban for Coll and Tiree. Image: Newsquest
L city Oban
L geo Coll
L geo Tiree
O media Newsquest
> ISLANDERS on Coll and Tiree face at least two more winters without a new ferry after a Polish shipyard told ministers it could not deliver the £61.4 million vessel until the spring of 2042, almost two years later than promised.
L geo Coll
L geo Tiree
F number two
F money £61.4 million
F date 2042
F duration two years
> Caledonian Maritime Assets Ltd (CMAL), the Scottish Government-owned company that buys and owns the CalMac fleet, confirmed yesterday that Stocznia Północna Gdańsk had asked for a 21-month extension and an extra £9.2m to cover the soaring cost of steel plate and marine engines.
O company Caledonian Maritime Assets Ltd
O company CMAL
O government Scottish Government
O company CalMac
O company Stocznia Północna Gdańsk
F duration 21-month
F money £9.2m
> The contract, signed in June 2038 for a 94-metre ship carrying 450 passengers and 60 cars, was meant to end years of breakdowns on the Oban–Coll–Tiree route, which is still served by the Clansman, in service since 1998.
F date June 2038
F quantity 94-metre
F number 450
F number 60
L city Oban
L geo Coll
L geo Tiree
F date 1998
> Coll Community Council chairwoman Morag Mac an t-Saoir said islanders had heard "every excuse in the book". "When the contract was signed we were told, 'This is the one that will be on time.' We had a ceilidh in the hall. Now our children will be at secondary school in Oban before it sails.
O government Coll Community Council
P full Morag Mac an t-Saoir
Q direct Morag Mac an t-Saoir :: "every excuse in the book"
Q direct Morag Mac an t-Saoir :: "When the contract was signed we were told, 'This is the one that will be on time.' We had a ceilidh in the hall. Now our children will be at secondary school in Oban before it sails.
L city Oban
> "Last winter we lost 19 sailings in January alone. The hotel cannot take bookings and the doctor comes by plane. We are 200 people hanging on a timetable."
Q direct Morag Mac an t-Saoir :: "Last winter we lost 19 sailings in January alone. The hotel cannot take bookings and the doctor comes by plane. We are 200 people hanging on a timetable."
F number 19
F number 200
> CMAL chief executive Graham Ochterlonie-Reid said the yard had been hit by "exceptional" inflation in Poland. "We are not going to pay for delay. Any additional money will be tied to milestones, and we have people in Gdańsk every week," he told The Herald.
O company CMAL
P full Graham Ochterlonie-Reid
Q direct Graham Ochterlonie-Reid :: "exceptional"
L country Poland
Q direct Graham Ochterlonie-Reid :: "We are not going to pay for delay. Any additional money will be tied to milestones, and we have people in Gdańsk every week,"
L city Gdańsk
O media The Herald
> A CalMac spokeswoman said the Clansman would stay on the route, with a chartered vessel brought in for six weeks each winter while it is overhauled. Transport Scotland said it remained "fully committed" to the project.
O company CalMac
F duration six weeks
O government Transport Scotland
Q direct Transport Scotland :: "fully committed"
> Holyrood's net zero committee questioned ministers on the delay yesterday. Highlands and Islands MSP Fiona Lamont-Ure, of Scottish Labour, asked whether the contract contained penalty clauses. Transport Secretary Kenneth Drummond-Baird said it did, worth up to £35,000 a week, but that ministers would "not put the yard out of business and lose the ship".
O government Holyrood
L region Highlands and Islands
P full Fiona Lamont-Ure
O party Scottish Labour
P full Kenneth Drummond-Baird
F money £35,000
Q direct Kenneth Drummond-Baird :: "not put the yard out of business and lose the ship"
> Argyll and Bute MSP Alasdair MacIver-Ross (SNP) said islanders were "sick of being told to be patient". Mr MacIver-Ross said Tiree, with about 650 residents, had seen its population fall by 8% since 2031.
L region Argyll and Bute
P full Alasdair MacIver-Ross
O party SNP
Q direct Alasdair MacIver-Ross :: "sick of being told to be patient"
P partial MacIver-Ross
L geo Tiree
F number 650
F percent 8%
F date 2031
> A hotel owner on Tiree, who did not want to be named, said: "Every delay costs us another season of visitors."
L geo Tiree
Q direct - :: "Every delay costs us another season of visitors."
> The Coll and Tiree vessel is the fourth of seven new ferries ordered by CMAL since 2035, at a combined cost of around £480m. Two of them, built in Turkey, entered service last year.
L geo Coll
L geo Tiree
F number seven
O company CMAL
F date 2035
F money £480m
F number Two
L country Turkey
> CMAL said a revised delivery date would be agreed "within eight weeks".
O company CMAL
Q direct Caledonian Maritime Assets Ltd :: "within eight weeks"
F duration eight weeks
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
