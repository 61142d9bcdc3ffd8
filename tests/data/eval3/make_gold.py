#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval3 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval3/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['21-ecj-data-broker'] = r'''
> Technology
> EU Top Court Sides With Regulator Against Cologne Data Broker Datavia
O intergovernmental EU
L city Cologne
O company Datavia
> ![Judges of the European Court of Justice take their seats in Luxembourg on Feb. 11, 2025. [Marc Wiltgen/Reuters]](/images/2025/02/11/ecj-judges_1200x675.webp)
O government European Court of Justice
L city Luxembourg
F date Feb. 11, 2025
P full Marc Wiltgen
O media Reuters
> By Katrin Vogel and Julien Marchetti
P full Katrin Vogel
P full Julien Marchetti
> LUXEMBOURG, Oct. 14 (Reuters) – Europe's top court ruled on Tuesday that Datavia GmbH, a Cologne-based data broker, broke European Union privacy law by selling the location histories of 41 million smartphone users without valid consent, clearing the way for a €310 million ($360 million) fine that the company had challenged in German courts.
L city LUXEMBOURG
F date Oct. 14
O media Reuters
L continent Europe
O company Datavia GmbH
L city Cologne
O intergovernmental European Union
F number 41 million
F money €310 million
F money $360 million
> The European Court of Justice (ECJ) was answering questions referred by the Higher Regional Court in Cologne, which is hearing Datavia's appeal against a 2023 decision by North Rhine-Westphalia's data protection authority (LDI NRW). The regulator found that the company had bought precise location coordinates from more than 1,800 third-party apps and resold them to advertisers, insurers and hedge funds.
O government European Court of Justice
O government ECJ
O government Higher Regional Court
L city Cologne
O company Datavia
F date 2023
L region North Rhine-Westphalia
O government LDI NRW
F number 1,800
> “The collection of data revealing where a person sleeps, worships and seeks medical care cannot be justified by a consent box that users are unlikely to read,” the court said in its judgment. It added that a fine of roughly 4% of a company’s worldwide turnover was not “disproportionate” for breaches on that scale.
Q direct European Court of Justice :: “The collection of data revealing where a person sleeps, worships and seeks medical care cannot be justified by a consent box that users are unlikely to read,”
F percent 4%
Q direct European Court of Justice :: “disproportionate”
> The judgment is the first time the Luxembourg court has ruled on whether the General Data Protection Regulation (GDPR) allows companies to resell location data gathered by apps they do not own. The GDPR, which took effect in May 2018, allows fines of up to 4% of annual global revenue or €20 million, whichever is higher.
L city Luxembourg
F date May 2018
F percent 4%
F money €20 million
> Datavia, which employs about 650 people in Cologne and Leipzig, said in a statement that it was “disappointed” but would not contest the fine further. It has already set aside the full amount, the company said.
O company Datavia
F number 650
L city Cologne
L city Leipzig
Q direct Datavia GmbH :: “disappointed”
> Chief Executive Tobias Reinhardt, 52, told shareholders in a letter that the company had stopped buying data from outside developers in the 2024 financial year. “We built this business in a grey zone that the law had not yet mapped,” he wrote. “That zone is now closed, and we accept it.”
P full Tobias Reinhardt
F age 52
F date 2024
Q direct Tobias Reinhardt :: “We built this business in a grey zone that the law had not yet mapped,”
Q direct Tobias Reinhardt :: “That zone is now closed, and we accept it.”
> The case began with a complaint filed in 2021 by Digitale Freiheit, a Berlin-based advocacy group, after a reporter at the weekly Die Zeit bought a sample of Datavia's data for €1,200 and was able to follow a senior government official's phone from his home in Potsdam to the Reichstag building.
F date 2021
O nonprofit Digitale Freiheit
L city Berlin
O media Die Zeit
O company Datavia
F money €1,200
L city Potsdam
L facility Reichstag
> “This ruling says that a person’s movements are not a commodity,” said Lena Okonkwo-Brandt, the group’s legal director. She said the group had counted at least 30 other brokers operating in the European Union and planned to file complaints against “the worst offenders” within six months.
Q direct Lena Okonkwo-Brandt :: “This ruling says that a person’s movements are not a commodity,”
P full Lena Okonkwo-Brandt
F number 30
O intergovernmental European Union
Q direct Lena Okonkwo-Brandt :: “the worst offenders”
F duration six months
> The ruling is the latest in a series in which the court has sided with privacy campaigners, most famously in July 2020, when it struck down a data-sharing arrangement between the EU and the United States in a case brought by Austrian activist Max Schrems. That judgment, widely known as “Schrems II,” forced thousands of companies to rewrite their contracts.
F date July 2020
O intergovernmental EU
L country United States
P full Max Schrems
Q scare - :: “Schrems II,”
> Ireland’s Data Protection Commission (DPC), which oversees most large U.S. technology groups because they have their European headquarters in Dublin, fined Meta Platforms €1.2 billion in May 2023, the largest penalty yet under the GDPR. Datavia’s fine is the biggest imposed on a company that is not a household name.
L country Ireland
O government Data Protection Commission
O government DPC
L country U.S.
L city Dublin
O company Meta Platforms
F money €1.2 billion
F date May 2023
O company Datavia
> Shares in Adlytic SE, a Frankfurt-listed advertising firm that owns 18% of Datavia, fell 6.3 per cent to €14.82 after the ruling, their lowest since November. Analysts at Berenberg said the judgment could cut Adlytic's earnings by 10-15% next year.
O company Adlytic SE
L city Frankfurt
F percent 18%
O company Datavia
F percent 6.3 per cent
F money €14.82
O company Berenberg
O company Adlytic
F percent 10-15%
> "This is a wake-up call for the mid-sized players who thought regulators only cared about the giants," Berenberg analyst Sophie Lindahl wrote in a note to clients.
Q direct Sophie Lindahl :: "This is a wake-up call for the mid-sized players who thought regulators only cared about the giants,"
O company Berenberg
P full Sophie Lindahl
> Reinhardt said Datavia would now focus on “privacy-safe” aggregate statistics for city planners and transport operators such as Cologne's KVB, which uses the data to schedule buses between 5:30 a.m. and 11:45 p.m.
P partial Reinhardt
O company Datavia
Q direct Tobias Reinhardt :: “privacy-safe”
L city Cologne
O company KVB
F time 5:30 a.m.
F time 11:45 p.m.
> The LDI NRW said in a statement from Düsseldorf that it would publish guidance on location data by March 31. Datavia has two months to pay.
O government LDI NRW
L city Düsseldorf
F date March 31
O company Datavia
F duration two months
'''

ARTICLES['22-toulouse-racing-rugby'] = r'''
> Rugby
> Toulouse Edge 14-Man Racing 92 to Stay Top of the Top 14
O team Toulouse
F number 14
O team Racing 92
O other Top 14
> By CLAIRE DUBOIS, Associated Press
P full CLAIRE DUBOIS
O media Associated Press
> TOULOUSE, France (AP) — Léo Carrère kicked a 45-meter penalty with two minutes left as Toulouse beat 14-man Racing 92 26-24 on Saturday to stay four points clear at the top of the Top 14 with three rounds of the regular season remaining.
L city TOULOUSE
L country France
O media AP
P full Léo Carrère
F quantity 45-meter
F duration two minutes
O team Toulouse
F number 14
O team Racing 92
F score 26-24
F number four
O other Top 14
F number three
> The 23-year-old fly-half had missed two earlier kicks, including a penalty from in front of the posts in the 58th minute, before he struck the winner in front of a sellout crowd of 18,754 at the Stade Ernest-Wallon, the ground the club's supporters call “the Pink Fortress.”
F age 23-year-old
F number two
F number 18,754
L facility Stade Ernest-Wallon
Q scare - :: “the Pink Fortress.”
> Racing, who had second-row forward Baptiste Goujon sent off for a dangerous clearout after 31 minutes, led 17-13 at halftime and 24-20 with 12 minutes to play after a converted try by winger Siosaia Tuipulotu.
O team Racing
P full Baptiste Goujon
F duration 31 minutes
F score 17-13
F score 24-20
F duration 12 minutes
P full Siosaia Tuipulotu
> Toulouse's only try of the second half came in the 47th minute, when center Mathis Ribeiro-Ferrand finished a move started by captain Thibault Larrieu, and Carrère added a penalty in the 74th before his winner.
O team Toulouse
P full Mathis Ribeiro-Ferrand
P full Thibault Larrieu
P partial Carrère
> “We played 50 minutes with 14 men and we were still winning with two minutes to go,” Racing coach Yannick Berthomieu said. “I am proud of the boys, but pride doesn’t get you into the playoffs.”
Q direct Yannick Berthomieu :: “We played 50 minutes with 14 men and we were still winning with two minutes to go,”
F duration 50 minutes
F number 14
F duration two minutes
O team Racing
P full Yannick Berthomieu
Q direct Yannick Berthomieu :: “I am proud of the boys, but pride doesn’t get you into the playoffs.”
> Goujon, a 118-kilogram lock, faces a ban of up to six weeks. The Ligue Nationale de Rugby (LNR) said its disciplinary commission would examine the incident on Tuesday.
P partial Goujon
F quantity 118-kilogram
F duration six weeks
O other Ligue Nationale de Rugby
O other LNR
> Toulouse coach Jérôme Castaignède said his side had been “lazy” with the ball for long stretches.
O team Toulouse
P full Jérôme Castaignède
Q direct Jérôme Castaignède :: “lazy”
> “It was not beautiful, and I will not pretend it was,” Castaignède said. “Against 14 men you must keep the ball, and we kicked it away too often.
Q direct Jérôme Castaignède :: “It was not beautiful, and I will not pretend it was,”
P partial Castaignède
Q direct Jérôme Castaignède :: “Against 14 men you must keep the ball, and we kicked it away too often.
F number 14
> “But this group has won the title three times in the last four years. They know how to suffer, and tonight they suffered.”
Q direct Jérôme Castaignède :: “But this group has won the title three times in the last four years. They know how to suffer, and tonight they suffered.”
F number three
F duration four years
> Toulouse had almost two-thirds of possession and won 94 percent of their own lineouts, but conceded 13 penalties to Racing's seven.
O team Toulouse
F fraction two-thirds
F percent 94 percent
F number 13
O team Racing
F number seven
> Toulouse have 78 points from 23 matches, four more than Union Bordeaux-Bègles, who beat Perpignan 38-10 on Friday night. Racing dropped to seventh with 58 points, outside the top six, which qualify for the playoffs.
O team Toulouse
F number 78
F number 23
F number four
O team Union Bordeaux-Bègles
O team Perpignan
F score 38-10
O team Racing
F number 58
F number six
> Carrère, who joined from Pau before the 2022-23 season, has scored 231 points this season. He said he had not looked at the posts before the final kick.
P partial Carrère
O team Pau
F date 2022-23
F number 231
> "I looked at my mother in the stand instead," Carrère told Canal+. "She was more nervous than me, I promise you."
Q direct Léo Carrère :: "I looked at my mother in the stand instead,"
P partial Carrère
O media Canal+
Q direct Léo Carrère :: "She was more nervous than me, I promise you."
> Toulouse visit Clermont on May 24 at 9:05 p.m., while Racing host Stade Français at the Paris La Défense Arena the following day in a derby that Berthomieu called “a final for us.”
O team Toulouse
O team Clermont
F date May 24
F time 9:05 p.m.
O team Racing
O team Stade Français
L facility Paris La Défense Arena
P partial Berthomieu
Q direct Yannick Berthomieu :: “a final for us.”
'''

ARTICLES['23-ostrander-earnings'] = r'''
> Business
> Ostrander Foods Profit Falls 12% as Milk Costs Squeeze Cheese Unit; Shares Slide
O company Ostrander Foods
F percent 12%
> By Meera Iyer
P full Meera Iyer
> MINNEAPOLIS, Nov. 6 (Reuters) - Ostrander Foods Inc. on Thursday reported a 12% drop in third-quarter profit as higher milk prices squeezed margins at its cheese business, and the packaged-food maker cut its full-year sales forecast, sending its shares down 9.4% in morning trading.
L city MINNEAPOLIS
F date Nov. 6
O media Reuters
O company Ostrander Foods Inc.
F percent 12%
F percent 9.4%
> The Minneapolis-based company, which owns regional food makers such as Pemberly Creamery and Little Oak Bakery Co., said net income fell to $48.7 million, or 71 cents a share, in the three months ended Sept. 27, from $55.3 million, or 80 cents a share, a year earlier.
L city Minneapolis
O company Pemberly Creamery
O company Little Oak Bakery Co.
F money $48.7 million
F money 71 cents
F duration three months
F date Sept. 27
F money $55.3 million
F money 80 cents
> Excluding one-time items, Ostrander earned 88 cents per share, short of the 97 cents analysts had expected on average, according to LSEG data. Revenue rose 3.1% to $1.42 billion, slightly below estimates of $1.45 billion. Gross margin narrowed by 180 basis points to 27.4%.
O company Ostrander
F money 88 cents
F money 97 cents
O company LSEG
F percent 3.1%
F money $1.42 billion
F money $1.45 billion
F percent 180 basis points
F percent 27.4%
> The company now expects full-year net sales of $5.5 billion to $5.6 billion, down from a previous forecast of $5.7 billion, and adjusted earnings of $3.40-$3.55 a share.
F money $5.5 billion
F money $5.6 billion
F money $5.7 billion
F money $3.40-$3.55
> “Dairy has been the story of this year,” Chief Executive Karen Lindgren-Holt said on a call with analysts. “Class III milk futures were up almost 20 percent over the quarter, and we chose not to pass all of that on to shoppers.”
Q direct Karen Lindgren-Holt :: “Dairy has been the story of this year,”
P full Karen Lindgren-Holt
Q direct Karen Lindgren-Holt :: “Class III milk futures were up almost 20 percent over the quarter, and we chose not to pass all of that on to shoppers.”
F percent 20 percent
> Lindgren-Holt said the company would raise cheese prices by 4-6% in January and close a 210,000-square-foot plant in Fond du Lac, Wisconsin, by the end of March 2026, moving production to its larger site in Eau Claire. About 340 workers will lose their jobs. She said Ostrander had avoided so-called “shrinkflation,” the practice of quietly cutting package sizes, because its customers noticed.
P partial Lindgren-Holt
F percent 4-6%
F quantity 210,000-square-foot
L city Fond du Lac
L region Wisconsin
F date March 2026
L city Eau Claire
F number 340
O company Ostrander
Q scare - :: “shrinkflation,”
> The closure will cost between $18 million and $22 million, mostly in severance, Chief Financial Officer Tomasz Wierzbicki said. He expects annual savings of about $15 million starting in fiscal 2027.
F money $18 million
F money $22 million
P full Tomasz Wierzbicki
F money $15 million
F date 2027
> Sales at the bakery unit, which includes Little Oak and the Canadian bread maker Maple Hearth Ltd., rose 7.8%, helped by a new contract to supply Metro Inc.'s supermarkets in Ontario and Quebec. Ostrander bought Maple Hearth for C$212 million ($155 million) in 2023.
O company Little Oak
O company Maple Hearth Ltd.
F percent 7.8%
O company Metro Inc.
L region Ontario
L region Quebec
O company Ostrander
O company Maple Hearth
F money C$212 million
F money $155 million
F date 2023
> Volumes in the snacks division, whose biggest seller is Crisp Hollow kettle chips, fell 2.4% as shoppers traded down to store brands.
F percent 2.4%
> "The guidance cut is smaller than we feared, but dairy is now the whole story at Ostrander," said Rohan Mehta, an analyst at Jefferies. "Until milk prices turn, this is a show-me stock."
Q direct Rohan Mehta :: "The guidance cut is smaller than we feared, but dairy is now the whole story at Ostrander,"
O company Ostrander
P full Rohan Mehta
O company Jefferies
Q direct Rohan Mehta :: "Until milk prices turn, this is a show-me stock."
> Ostrander's shares, which are listed on the New York Stock Exchange, were down 9.4% at $38.15 by 11:20 a.m. ET, their lowest since March 2020. The stock had gained about a quarter of its value this year before Thursday's report.
O company Ostrander
O company New York Stock Exchange
F percent 9.4%
F money $38.15
F time 11:20 a.m. ET
F date March 2020
F fraction a quarter
> Founded in 1948 as a single creamery in St. Cloud, Ostrander grew through acquisitions in the 1990s and 2000s and now employs about 9,800 people at 14 plants in the U.S. and Canada.
F date 1948
L city St. Cloud
O company Ostrander
F date 1990s
F date 2000s
F number 9,800
F number 14
L country U.S.
L country Canada
> Hedge fund Carraway Capital Partners, which disclosed a 6.2% stake in August, said in an Oct. 20 letter to the board that the bakery business was “undervalued and under-managed” and should be sold. Ostrander said it would review the letter.
O company Carraway Capital Partners
F percent 6.2%
F date Oct. 20
Q direct Carraway Capital Partners :: “undervalued and under-managed”
O company Ostrander
> The company will pay a quarterly dividend of 42 cents a share on Dec. 15 to shareholders of record on Dec. 1.
F money 42 cents
F date Dec. 15
F date Dec. 1
'''

ARTICLES['24-halvorsen-obituary'] = r'''
> Obituaries
> Margit Halvorsen, Glaciologist Who Read Climate History in Ice, Dies at 91
P full Margit Halvorsen
F age 91
> ![Margit Halvorsen with an ice core at the University of Bergen in 1987. [University of Bergen/Handout]](/img/obits/2026/halvorsen-1987.jpg)
P full Margit Halvorsen
O education University of Bergen
F date 1987
O education University of Bergen
> By Henrik Aas Lunde
P full Henrik Aas Lunde
> OSLO, Jan. 9 – Margit Halvorsen, a Norwegian glaciologist whose analysis of air bubbles trapped in Antarctic ice helped show that carbon dioxide levels had risen and fallen in step with temperatures over hundreds of thousands of years, died on Jan. 4 at her home in Bergen. She was 91.
L city OSLO
F date Jan. 9
P full Margit Halvorsen
F date Jan. 4
L city Bergen
F age 91
> Her son, Erik Halvorsen, said the cause was complications of pneumonia.
P full Erik Halvorsen
> Dr. Halvorsen spent 34 years at the University of Bergen, where she founded an ice core laboratory in 1971, and took part in 11 expeditions to Antarctica and Greenland. Her best-known work came from cores drilled at the Soviet Union's Vostok Station in the 1980s, which she analysed with French and Soviet colleagues.
P partial Halvorsen
F duration 34 years
O education University of Bergen
F date 1971
F number 11
L continent Antarctica
L region Greenland
L country Soviet Union
L facility Vostok Station
F date 1980s
> A 1987 paper in the journal Nature, on which she was one of five authors, showed that carbon dioxide concentrations had swung from about 190 parts per million during ice ages to 280 parts per million in warm periods over the previous 160,000 years. It has been cited more than 4,000 times.
F date 1987
O media Nature
F number five
F quantity 190 parts per million
F quantity 280 parts per million
F duration 160,000 years
F number 4,000
> “Margit could look at a bubble the size of a pinhead and tell you what the air was like when mammoths walked the tundra,” said Claude Vernier, a glaciologist at the Institute of Environmental Geosciences in Grenoble who worked with her for two decades. “She was patient in a way the rest of us were not.”
Q direct Claude Vernier :: “Margit could look at a bubble the size of a pinhead and tell you what the air was like when mammoths walked the tundra,”
P partial Margit
P full Claude Vernier
O education Institute of Environmental Geosciences
L city Grenoble
F duration two decades
Q direct Claude Vernier :: “She was patient in a way the rest of us were not.”
> Margit Elisabeth Halvorsen was born on March 22, 1934, in Ålesund, a fishing town on Norway's west coast, the second of four children of Olav Halvorsen, a ship's engineer, and Ragnhild Halvorsen, a schoolteacher.
P full Margit Elisabeth Halvorsen
F date March 22, 1934
L city Ålesund
L country Norway
F number four
P full Olav Halvorsen
P full Ragnhild Halvorsen
> She studied physics at the University of Oslo in the 1950s, one of two women in a class of 38, and earned a doctorate in 1963 with a thesis on the crystal structure of sea ice. A year at the Swiss Federal Institute for Snow and Avalanche Research in Davos, she later said, "made me a glaciologist for life."
O education University of Oslo
F date 1950s
F number two
F number 38
F date 1963
O education Swiss Federal Institute for Snow and Avalanche Research
L city Davos
Q direct Margit Elisabeth Halvorsen :: "made me a glaciologist for life."
> In a 2009 interview with the Bergen newspaper Bergens Tidende, she recalled her first Antarctic winter, in 1968, at the age of 34, when temperatures at her camp fell to minus 57 degrees Celsius.
F date 2009
L city Bergen
O media Bergens Tidende
F date 1968
F age 34
F quantity minus 57 degrees Celsius
> “People think the cold is the hard part,” she said. “It is not. The hard part is waiting six weeks for a plane that may not come, with 200 kilograms of ice in a freezer that is also running out of fuel.
Q direct Margit Elisabeth Halvorsen :: “People think the cold is the hard part,”
Q direct Margit Elisabeth Halvorsen :: “It is not. The hard part is waiting six weeks for a plane that may not come, with 200 kilograms of ice in a freezer that is also running out of fuel.
F duration six weeks
F quantity 200 kilograms
> “But when the numbers finally come out of the machine and they agree with the ones from the other side of the world, it is worth every frozen finger.”
Q direct Margit Elisabeth Halvorsen :: “But when the numbers finally come out of the machine and they agree with the ones from the other side of the world, it is worth every frozen finger.”
> Students nicknamed her basement laboratory “the Icebox.” It was kept at minus 25 degrees and at one point stored more than 3 kilometers of ice cores from Greenland and the Antarctic Peninsula.
Q scare - :: “the Icebox.”
F quantity minus 25 degrees
F quantity 3 kilometers
L region Greenland
L geo Antarctic Peninsula
> She was elected to the Norwegian Academy of Science and Letters in 1979 and advised the Intergovernmental Panel on Climate Change (IPCC) from 1990 to 2001, contributing to its first three assessment reports.
O nonprofit Norwegian Academy of Science and Letters
F date 1979
O intergovernmental Intergovernmental Panel on Climate Change
O intergovernmental IPCC
F date 1990
F date 2001
F number three
> Her marriage to Arne Solheim, a geologist, ended in divorce in 1975. In addition to her son, she is survived by a daughter, Ingrid Solheim Halvorsen; a brother, Knut; and five grandchildren.
P full Arne Solheim
F date 1975
P full Ingrid Solheim Halvorsen
P partial Knut
F number five
> The University of Bergen said on Thursday that it would name its new climate archive after her. "She taught generations of students to listen to the ice," the university said.
O education University of Bergen
Q direct University of Bergen :: "She taught generations of students to listen to the ice,"
'''

ARTICLES['25-bogota-metro-loan'] = r'''
> Latin America
> Bogotá Lawmakers Back $1.1 Billion Loan for City's Second Metro Line
L city Bogotá
F money $1.1 Billion
> By Valentina Restrepo and Diego Ochoa
P full Valentina Restrepo
P full Diego Ochoa
> BOGOTÁ, Colombia (AP) — Bogotá's City Council approved early Wednesday a loan of 4.6 trillion pesos ($1.1 billion) to build the Colombian capital's second metro line, ending a 14-hour session that featured shouting matches, a brief power cut and a protest by street vendors outside City Hall.
L city BOGOTÁ
L country Colombia
O media AP
L city Bogotá
O government City Council
F money 4.6 trillion pesos
F money $1.1 billion
F duration 14-hour
L facility City Hall
> The measure passed by 29 votes to 14 shortly before 4:30 a.m., with two abstentions, after allies of Mayor Carlos Fernando Galán agreed to add an independent audit of the project's costs.
F number 29
F number 14
F time 4:30 a.m.
F number two
P full Carlos Fernando Galán
> The 15.5-kilometer line will run mostly underground from the Calle 72 station of the first line to the northwestern districts of Engativá and Suba, with 11 stations. It is designed to carry 20,000 passengers an hour in each direction and to cut travel times between Suba and the city center from about 90 minutes to 35 minutes.
F quantity 15.5-kilometer
L street Calle 72
L city Engativá
L city Suba
F number 11
F number 20,000
L city Suba
F duration 90 minutes
F duration 35 minutes
> The loan, from a group of lenders led by the Inter-American Development Bank (IDB) and the Development Bank of Latin America (CAF), covers about 70% of the cost. The national government and the city will pay the rest over 30 years under a 2024 co-financing agreement.
O intergovernmental Inter-American Development Bank
O intergovernmental IDB
O intergovernmental Development Bank of Latin America
O intergovernmental CAF
F percent 70%
F duration 30 years
F date 2024
> Galán, who took office in January 2024, has made the project the centerpiece of his administration and has argued that the city cannot afford another decade of traffic jams.
P partial Galán
F date January 2024
> “This city has waited more than 70 years for a metro. We are not going to make the people of Suba and Engativá wait another generation,” said Andrea Milena Cárdenas, head of Empresa Metro de Bogotá, the public company building the network.
Q direct Andrea Milena Cárdenas :: “This city has waited more than 70 years for a metro. We are not going to make the people of Suba and Engativá wait another generation,”
F duration 70 years
L city Suba
L city Engativá
P full Andrea Milena Cárdenas
O company Empresa Metro de Bogotá
> Opponents said the city had not published a full study of the line's effect on traffic on Avenida Calle 80 and Avenida Boyacá, two of the busiest roads in the west of the city. Council member Héctor Rubiano of the Green Alliance said the vote had been rushed.
L street Avenida Calle 80
L street Avenida Boyacá
F number two
P full Héctor Rubiano
O party Green Alliance
> “We are not against the metro. We are against signing a blank check at dawn," Rubiano said, adding that his party would ask the city's comptroller to review the contract.
Q direct Héctor Rubiano :: “We are not against the metro. We are against signing a blank check at dawn,"
P partial Rubiano
> The first line, a 23.9-kilometer elevated route across the south and west of the city, is being built by a consortium of China Harbour Engineering Co. and Xi'an Metro Co. and is scheduled to open in March 2028. The metro company said last month that it was 72.4% complete.
F quantity 23.9-kilometer
O company China Harbour Engineering Co.
O company Xi'an Metro Co.
F date March 2028
F percent 72.4%
> Bogotá, a city of about 8 million people, is one of the most congested in Latin America. Drivers lost an average of 98 hours in traffic in 2024, according to the Urban Mobility Observatory at the University of the Andes.
L city Bogotá
F number 8 million
L region Latin America
F duration 98 hours
F date 2024
O education Urban Mobility Observatory
O education University of the Andes
> TransMilenio, the bus rapid transit system that carries about 2.4 million passengers a day, will add 14 feeder routes to serve the new stations, its general manager, María Fernanda Ortiz, said. The standard fare of 3,200 pesos will not change until at least Dec. 31, 2026.
O company TransMilenio
F number 2.4 million
F number 14
P full María Fernanda Ortiz
F money 3,200 pesos
F date Dec. 31, 2026
> Outside City Hall, about 300 street vendors who sell food and phone chargers near the Plaza de Bolívar held signs reading “Metro sí, desalojos no” (Metro yes, evictions no). Police briefly detained a dozen protesters, the city's Government Secretariat said.
L facility City Hall
F number 300
L facility Plaza de Bolívar
Q direct - :: “Metro sí, desalojos no”
F number dozen
O government Government Secretariat
> Construction of the second line is scheduled for the 2027-2033 period. The council session began at 2 p.m. on Tuesday and was suspended for 40 minutes after the power cut at about 9:15 p.m.
F date 2027-2033
F time 2 p.m.
F duration 40 minutes
F time 9:15 p.m.
'''

ARTICLES['26-nepal-earthquake'] = r'''
> World
> Nepal Earthquake Kills at Least 128; Aid Groups Struggle to Reach Remote Villages
L country Nepal
F number 128
> Rescuers search the rubble of a collapsed house in Dhimegaun, in Nepal's Jajarkot district, on Nov. 5, 2025. REUTERS/Bikash Shrestha
L city Dhimegaun
L country Nepal
L region Jajarkot
F date Nov. 5, 2025
O media REUTERS
P full Bikash Shrestha
> By Anjali Karki and Devendra Bista
P full Anjali Karki
P full Devendra Bista
> KATHMANDU, Nov. 5 (Reuters) – A 6.4-magnitude earthquake struck the hills of western Nepal shortly before midnight on Tuesday, killing at least 128 people and injuring more than 1,400, officials said, as villagers and soldiers dug through collapsed mud-brick homes with their bare hands.
L city KATHMANDU
F date Nov. 5
O media Reuters
F quantity 6.4-magnitude
L country Nepal
F number 128
F number 1,400
> The quake struck at 11:47 p.m. local time (18:02 GMT) at a depth of 18 km, with its epicentre near Ramidanda in Jajarkot district, about 500 km (310 miles) west of Kathmandu, according to Nepal's National Earthquake Monitoring and Research Center (NEMRC).
F time 11:47 p.m.
F time 18:02 GMT
F quantity 18 km
L city Ramidanda
L region Jajarkot
F quantity 500 km
F quantity 310 miles
L city Kathmandu
L country Nepal
O government National Earthquake Monitoring and Research Center
O government NEMRC
> The U.S. Geological Survey (USGS) recorded at least 40 aftershocks by Wednesday afternoon, the strongest a 4.9-magnitude tremor at 2:15 a.m.
O government U.S. Geological Survey
O government USGS
F number 40
F quantity 4.9-magnitude
F time 2:15 a.m.
> Most of the dead were in Jajarkot and neighbouring Rukum West, Home Ministry spokesman Kamal Raj Adhikari said. In Rukum West alone, 61 people were killed, and about 80 per cent of homes in some villages were damaged.
L region Jajarkot
L region Rukum West
O government Home Ministry
P full Kamal Raj Adhikari
L region Rukum West
F number 61
F percent 80 per cent
> “Many villages can only be reached on foot, and landslides have blocked the road to Khalanga in at least three places,” he told Reuters by phone. “We are sending helicopters, but the weather is not helping us.”
Q direct Kamal Raj Adhikari :: “Many villages can only be reached on foot, and landslides have blocked the road to Khalanga in at least three places,”
L city Khalanga
F number three
O media Reuters
Q direct Kamal Raj Adhikari :: “We are sending helicopters, but the weather is not helping us.”
> The Nepal Army deployed four helicopters and about 1,200 soldiers, and Armed Police Force units were sent from Surkhet, a three-hour drive away when the roads are open.
O government Nepal Army
F number four
F number 1,200
O government Armed Police Force
L city Surkhet
F duration three-hour
> The Nepal Red Cross Society said it had sent 2,000 tarpaulins, 1,500 blankets and 12 tonnes of rice from its warehouse in Nepalgunj, while the International Federation of Red Cross and Red Crescent Societies (IFRC) launched an emergency appeal for 3.2 million Swiss francs ($4 million).
O nonprofit Nepal Red Cross Society
F number 2,000
F number 1,500
F quantity 12 tonnes
L city Nepalgunj
O nonprofit International Federation of Red Cross and Red Crescent Societies
O nonprofit IFRC
F money 3.2 million Swiss francs
F money $4 million
> “Children are sleeping outside in temperatures that fall to 4 degrees Celsius at night,” UNICEF said in a statement, adding that about a third of the dead were children. The World Food Programme (WFP) said it was flying in high-energy biscuits for 18,000 people from its regional hub in Dubai.
Q direct UNICEF :: “Children are sleeping outside in temperatures that fall to 4 degrees Celsius at night,”
F quantity 4 degrees Celsius
O intergovernmental UNICEF
F fraction a third
O intergovernmental World Food Programme
O intergovernmental WFP
F number 18,000
L city Dubai
> In Dhimegaun, a village of about 90 households on a ridge above the Bheri River, 23 people died. Sita Kumari B.K. of the Kathmandu-based Karnali Women's Health Network, who reached the village on foot on Wednesday morning, said there was no doctor there.
L city Dhimegaun
F number 90
L geo Bheri River
F number 23
P full Sita Kumari B.K.
L city Kathmandu
O nonprofit Karnali Women's Health Network
> “We have 23 bodies in the school yard and two nurses for the whole village,” she said by phone. “The nearest health post has also collapsed.”
Q direct Sita Kumari B.K. :: “We have 23 bodies in the school yard and two nurses for the whole village,”
F number 23
F number two
Q direct Sita Kumari B.K. :: “The nearest health post has also collapsed.”
> Most homes in the area are traditional “dhunga-mato” houses of stone and mud mortar, which engineers say collapse easily even in moderate shaking.
Q scare - :: “dhunga-mato”
> Nepal lies on a major fault line where the Indian tectonic plate pushes into the Eurasian plate, forming the Himalayas. A 7.8-magnitude earthquake in April 2015 killed nearly 9,000 people and destroyed more than 500,000 homes. Jajarkot was also hit by a 5.7-magnitude quake on Nov. 3, 2023, that killed 153 people.
L country Nepal
L geo Himalayas
F quantity 7.8-magnitude
F date April 2015
F number 9,000
F number 500,000
L region Jajarkot
F quantity 5.7-magnitude
F date Nov. 3, 2023
F number 153
> India and China pledged help on Wednesday. India's Ministry of External Affairs said an Indian Air Force C-130J aircraft would deliver 11 tonnes of relief supplies to Nepalgunj, and the European Union released €1.5 million in emergency funds.
L country India
L country China
L country India
O government Ministry of External Affairs
O government Indian Air Force
F quantity 11 tonnes
L city Nepalgunj
O intergovernmental European Union
F money €1.5 million
> The government announced 200,000 rupees ($1,480) in relief for the family of each person killed. Schools in the two districts will stay closed for two weeks, the Jajarkot district administration office said.
F money 200,000 rupees
F money $1,480
F number two
F duration two weeks
L region Jajarkot
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
