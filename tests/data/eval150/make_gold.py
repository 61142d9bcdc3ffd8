#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval150 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval150/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['943-malakal-causeway-repair-dive-tourism-koror-island-times'] = r'''
> Local
> Malakal Causeway Repair to Close One Lane for Six Months
L geo Malakal
F number One
F duration Six Months
> Dive operators fear delays for tourists as US$4.8 million seawall project starts in April
F money US$4.8 million
> By Rhea Ngiraibai
P full Rhea Ngiraibai
> March 12, 2040
F date March 12, 2040
> Workers inspect the eroded seawall along the Malakal causeway in Koror on Tuesday. (Photo: Rhea Ngiraibai/Island Times)
L geo Malakal
L city Koror
P full Rhea Ngiraibai
O media Island Times
> One lane of the Malakal causeway will close for six months starting April 1 while contractors rebuild a 340-meter stretch of seawall undermined by king tides in December, the Ministry of Public Infrastructure and Industries (MPII) announced Monday.
F number One
L geo Malakal
F duration six months
F date April 1
F quantity 340-meter
O government Ministry of Public Infrastructure and Industries
O government MPII
> The US$4.8 million repair is funded by a US$3.6 million grant from the Japan International Cooperation Agency (JICA) and US$1.2 million from the national budget, MPII Minister Dilmei O. Rengiil said at a press conference in Koror.
F money US$4.8 million
F money US$3.6 million
O government Japan International Cooperation Agency
O government JICA
F money US$1.2 million
O government MPII
P full Dilmei O. Rengiil
L city Koror
> “The causeway is the only road to Malakal. Every dive boat, every fuel truck and every container from the port uses it,” Rengiil said. “If we wait another year, we could lose the whole lane.”
Q direct Dilmei O. Rengiil :: “The causeway is the only road to Malakal. Every dive boat, every fuel truck and every container from the port uses it,”
L geo Malakal
P partial Rengiil
Q direct Dilmei O. Rengiil :: “If we wait another year, we could lose the whole lane.”
> He said flaggers would control traffic from 6 a.m. to 7 p.m., with temporary signals at night, and that the lane should reopen by Oct. 1. The worst damage is at the low stretch near the fuel dock that residents call “the Dip,” where about 12,000 tons of armor rock from a quarry in Airai will be placed.
F time 6 a.m.
F time 7 p.m.
F date Oct. 1
Q scare - :: “the Dip,”
F quantity 12,000 tons
L region Airai
> Hersey Obichang, 47, who runs Ngemelis Divers out of Malakal harbor, said the closure comes at the start of the busy season, when charter flights from Taipei and Seoul bring more than 9,000 visitors a month.
P full Hersey Obichang
F age 47
O company Ngemelis Divers
L geo Malakal
L city Taipei
L city Seoul
F number 9,000
> “Our boats leave at 7:30 in the morning. If the guests sit in traffic for 40 minutes, we miss the tide at German Channel and the whole day is gone,” Obichang said. “We are not against the repairs. We only ask them to let the tour vans through first.
Q direct Hersey Obichang :: “Our boats leave at 7:30 in the morning. If the guests sit in traffic for 40 minutes, we miss the tide at German Channel and the whole day is gone,”
F time 7:30
F duration 40 minutes
L geo German Channel
P partial Obichang
Q direct Hersey Obichang :: “We are not against the repairs. We only ask them to let the tour vans through first.
> “Otherwise people go home and write on Tripadvisor that Palau was ‘too much trouble.’ Then they choose Guam next time.”
Q direct Hersey Obichang :: “Otherwise people go home and write on Tripadvisor that Palau was ‘too much trouble.’ Then they choose Guam next time.”
O company Tripadvisor
L country Palau
L region Guam
> The Palau Visitors Authority (PVA) recorded 98,400 arrivals in 2039, up 12.5% from 2038, with Taiwan and South Korea the largest markets. PVA managing director Ucheliou Ngirmang said the authority would ask hotels to run airport shuttles “outside the peak hours.”
O government Palau Visitors Authority
O government PVA
F number 98,400
F date 2039
F percent 12.5%
F date 2038
L country Taiwan
L country South Korea
O government PVA
P full Ucheliou Ngirmang
Q direct Ucheliou Ngirmang :: “outside the peak hours.”
> A ministry engineer, who asked not to be named because he is not authorized to speak to reporters, said divers had found gaps up to 2 meters deep under the old wall. “The tides are higher every year. This is not a one-time fix,” he said.
F quantity 2 meters
Q direct - :: “The tides are higher every year. This is not a one-time fix,”
> The contractor, Pacific Rimco Construction, said in a statement that it would keep “at least one lane open at all times” and finish the work in two phases of 90 days each.
O company Pacific Rimco Construction
Q direct Pacific Rimco Construction :: “at least one lane open at all times”
F number one
F number two
F duration 90 days
> Koror will pay for two extra police officers at the Malakal junction during school hours, Koror State Gov. Ilong T. Ngirchoimei said. The Koror State Legislature passed a resolution on March 5 asking the national government to add a footpath for the roughly 300 residents who walk to work at the port.
L city Koror
F number two
L geo Malakal
L region Koror State
P full Ilong T. Ngirchoimei
O government Koror State Legislature
F date March 5
F number 300
> The causeway was last resurfaced in 2031 at a cost of US$640,000.
F date 2031
F money US$640,000
'''

ARTICLES['944-february-inflation-indec-cgt-wage-talks-argentina-buenos-aires-times'] = r'''
> ECONOMY
> Monthly inflation slows to 2.1 percent as CGT pushes to reopen wage deals
F percent 2.1 percent
O nonprofit CGT
> INDEC figures show February prices rose at the slowest pace in 14 months, but annual inflation still stands at 31.8 percent. Unions want pay agreements revised before April 30.
O government INDEC
F duration 14 months
F percent 31.8 percent
F date April 30
> BY JOAQUÍN DE LA FUENTE BARRIOS
P full JOAQUÍN DE LA FUENTE BARRIOS
> 13-03-2040 17:40
F date 13-03-2040
F time 17:40
> Members of the metalworkers’ union march towards the Labour Secretariat in Buenos Aires on Wednesday. Photo: NA
O government Labour Secretariat
L city Buenos Aires
O media NA
> Consumer prices rose 2.1 percent in February, the National Statistics and Census Institute (INDEC) reported on Wednesday at 4pm, the smallest monthly increase since December 2038 and down from 2.6 percent in January.
F percent 2.1 percent
O government National Statistics and Census Institute
O government INDEC
F time 4pm
F date December 2038
F percent 2.6 percent
> Prices rose 31.8 percent in the 12 months to February, INDEC said. Food climbed 1.7 percent, while regulated prices, including electricity, gas and bus fares in the Buenos Aires metropolitan area (AMBA), jumped 3.9 percent.
F percent 31.8 percent
F duration 12 months
O government INDEC
F percent 1.7 percent
L city Buenos Aires
L region AMBA
F percent 3.9 percent
> Economy Minister Facundo Iriarte Lemos wrote on X that the figure proved “disinflation is here to stay” and that March would come in “below two percent.”
P full Facundo Iriarte Lemos
O company X
Q direct Facundo Iriarte Lemos :: “disinflation is here to stay”
Q direct Facundo Iriarte Lemos :: “below two percent.”
F percent two percent
> The unions were less impressed. The General Confederation of Labour (CGT) said in a statement that wages had lost “at least 8 percent” against prices since the last round of collective bargaining in October 2039, and asked the government to call every sector back to the table.
O nonprofit General Confederation of Labour
O nonprofit CGT
Q direct General Confederation of Labour :: “at least 8 percent”
F percent 8 percent
F date October 2039
> CGT co-leader Héctor Pereyra told the Times that a worker earning 1.4 million pesos a month had lost “almost a week of wages” since October.
O nonprofit CGT
P full Héctor Pereyra
O media Times
F money 1.4 million pesos
Q direct Héctor Pereyra :: “almost a week of wages”
> “In January the minister looked at us and said, ‘Wait for the March data.’ We waited. The supermarket does not care about the monthly number,” Pereyra said. “If the paritarias are not reopened by the end of the month, we will call a general strike.
Q direct Héctor Pereyra :: “In January the minister looked at us and said, ‘Wait for the March data.’ We waited. The supermarket does not care about the monthly number,”
P partial Pereyra
Q direct Héctor Pereyra :: “If the paritarias are not reopened by the end of the month, we will call a general strike.
> “Nobody wants that, but nobody can live on promises either.”
Q direct Héctor Pereyra :: “Nobody wants that, but nobody can live on promises either.”
> The Metalworkers Union (UOM) has already called a rally for March 26 in Mercedes, where two auto-parts plants cut 640 jobs last year, and the truckers’ union Camioneros is seeking a 9 percent rise for the first quarter.
O nonprofit Metalworkers Union
O nonprofit UOM
F date March 26
L city Mercedes
F number two
F number 640
O nonprofit Camioneros
F percent 9 percent
> The minimum wage stands at 1.12 million pesos after a 6 percent increase in January. Meanwhile, the Treasury transferred 845 billion pesos to the provinces in February, and energy subsidies cost 1.3 trillion pesos in 2039, according to the Economy Ministry.
F money 1.12 million pesos
F percent 6 percent
O government Treasury
F money 845 billion pesos
F money 1.3 trillion pesos
F date 2039
O government Economy Ministry
> María Belén Ocampo, chief economist at the Rosario consultancy Analítica Sur, expects March inflation of between 1.8 and 2 percent, helped by a stable exchange rate of about 1,480 pesos to the dollar.
P full María Belén Ocampo
L city Rosario
O company Analítica Sur
F percent 1.8
F percent 2 percent
F money 1,480 pesos
> “The trend is good, but the wage question is political, not statistical,” Ocampo said. “After three years of losses, a worker does not feel 2.1 percent as a victory.”
Q direct María Belén Ocampo :: “The trend is good, but the wage question is political, not statistical,”
P partial Ocampo
Q direct María Belén Ocampo :: “After three years of losses, a worker does not feel 2.1 percent as a victory.”
F duration three years
F percent 2.1 percent
> Core inflation, which strips out seasonal and regulated prices, was 1.9 percent, the lowest since June 2038. The Central Bank (BCRA) held its benchmark rate at 28 percent on Thursday.
F percent 1.9 percent
F date June 2038
O government Central Bank
O government BCRA
F percent 28 percent
> INDEC will publish the March figure on April 14.
O government INDEC
F date April 14
> – TIMES/NA
O media TIMES
O media NA
'''

ARTICLES['945-wild-avalanche-4-3-despres-power-play-xcel-energy-center-ap-summary'] = r'''
> NHL
O other NHL
> Wild Rally Past Avalanche 4-3 Behind Després' Two Power-Play Goals
O team Wild
O team Avalanche
F score 4-3
P partial Després
F number Two
> By GRETA HALVORSEN Associated Press
P full GRETA HALVORSEN
O media Associated Press
> Updated 10:48 PM CDT, March 17, 2040
F time 10:48 PM CDT
F date March 17, 2040
> Minnesota Wild center Jean-Loup Després (24) celebrates his goal against the Colorado Avalanche during the second period of an NHL hockey game Tuesday, March 17, 2040, in St. Paul, Minn. (AP Photo/Owen Bratvold)
O team Minnesota Wild
P full Jean-Loup Després
O team Colorado Avalanche
O other NHL
F date March 17, 2040
L city St. Paul
L region Minn.
O media AP
P full Owen Bratvold
> ST. PAUL, Minn. (AP) — Jean-Loup Després scored two power-play goals, including the winner with 3:12 remaining, and the Minnesota Wild rallied from a two-goal deficit to beat the Colorado Avalanche 4-3 on Tuesday night.
L city ST. PAUL
L region Minn.
O media AP
P full Jean-Loup Després
F number two
F time 3:12
O team Minnesota Wild
F number two
O team Colorado Avalanche
F score 4-3
> Kyle Van Dusen had a goal and two assists, and Elias Nyqvist made 26 saves for Minnesota (38-22-7), which won its fourth straight game and moved three points ahead of St. Louis for the second wild card in the Western Conference.
P full Kyle Van Dusen
F number two
P full Elias Nyqvist
F number 26
O team Minnesota
F score 38-22-7
F number three
O team St. Louis
O other Western Conference
> Nikita Zhuravlyov scored twice and Brenden O'Shea had a goal and an assist for Colorado (36-25-6). Jaxon Littlechild stopped 30 of 34 shots.
P full Nikita Zhuravlyov
P full Brenden O'Shea
O team Colorado
F score 36-25-6
P full Jaxon Littlechild
F number 30
F number 34
> Colorado led 2-0 on Zhuravlyov's 18th goal at 6:14 of the first period and O'Shea's breakaway 1:05 into the second. Mattias Åberg cut the lead in half at 11:40 of the second, and Després tied it on a 5-on-3 with 52 seconds left in the period.
O team Colorado
F score 2-0
P partial Zhuravlyov
F time 6:14
P partial O'Shea
F time 1:05
P full Mattias Åberg
F fraction half
F time 11:40
P partial Després
F score 5-on-3
F duration 52 seconds
> Zhuravlyov put Colorado back ahead 3-2 at 4:27 of the third with a one-timer from the left circle, but Van Dusen answered 58 seconds later.
P partial Zhuravlyov
O team Colorado
F score 3-2
F time 4:27
P partial Van Dusen
F duration 58 seconds
> "We didn't play our game for 25 minutes," Després said. "Once we started getting pucks deep, they got tired. That's a good team over there, and we beat them with the power play."
Q direct Jean-Loup Després :: "We didn't play our game for 25 minutes,"
F duration 25 minutes
P partial Després
Q direct Jean-Loup Després :: "Once we started getting pucks deep, they got tired. That's a good team over there, and we beat them with the power play."
> Wild coach Dan Marchetti said Nyqvist kept the game close. "He's been 'Mr. Reliable' for us all year. Without him it's 4-1 after two," he said.
O team Wild
P full Dan Marchetti
P partial Nyqvist
Q direct Dan Marchetti :: "He's been 'Mr. Reliable' for us all year. Without him it's 4-1 after two,"
F score 4-1
F number two
> Colorado coach Rick Solberg was less forgiving. "You can't give a team like that two minutes of 5-on-3. That's the game," he said.
O team Colorado
P full Rick Solberg
Q direct Rick Solberg :: "You can't give a team like that two minutes of 5-on-3. That's the game,"
F duration two minutes
F score 5-on-3
> NOTES: Minnesota D Ilya Korsakov left in the third period with an upper-body injury and did not return. ... Colorado F Cole Mackenzie played his 600th NHL game. ... The crowd of 18,412 was the Xcel Energy Center's largest of the season.
O team Minnesota
P full Ilya Korsakov
O team Colorado
P full Cole Mackenzie
O other NHL
F number 18,412
L facility Xcel Energy Center
> UP NEXT
> Avalanche: Host Vegas on Thursday.
O team Avalanche
O team Vegas
> Wild: At Winnipeg on Thursday.
O team Wild
O team Winnipeg
> Colorado 1 1 1 — 3
O team Colorado
F score 1
F score 1
F score 1
F score 3
> Minnesota 0 2 2 — 4
O team Minnesota
F score 0
F score 2
F score 2
F score 4
> First Period—1, Colorado, Zhuravlyov 18 (O'Shea, Mackenzie), 6:14. Penalties—Åberg, MIN (hooking), 9:02; Mackenzie, COL (holding), 13:55.
O team Colorado
P partial Zhuravlyov
F number 18
P partial O'Shea
P partial Mackenzie
F time 6:14
P partial Åberg
O team MIN
F time 9:02
P partial Mackenzie
O team COL
F time 13:55
> Second Period—2, Colorado, O'Shea 22 (Dubois), 1:05. 3, Minnesota, Åberg 11 (Van Dusen, Haataja), 11:40. 4, Minnesota, Després 27 (Van Dusen, Korsakov), 19:08 (pp). Penalties—Mackenzie, COL (tripping), 17:40; Dubois, COL (delay of game), 18:12.
O team Colorado
P partial O'Shea
F number 22
P partial Dubois
F time 1:05
O team Minnesota
P partial Åberg
F number 11
P partial Van Dusen
P partial Haataja
F time 11:40
O team Minnesota
P partial Després
F number 27
P partial Van Dusen
P partial Korsakov
F time 19:08
P partial Mackenzie
O team COL
F time 17:40
P partial Dubois
O team COL
F time 18:12
> Third Period—5, Colorado, Zhuravlyov 19 (Mackenzie), 4:27. 6, Minnesota, Van Dusen 15 (Haataja, Nyqvist), 5:25. 7, Minnesota, Després 28 (Åberg), 16:48 (pp). Penalties—Haataja, MIN (slashing), 8:10; O'Shea, COL (high-sticking), 15:30.
O team Colorado
P partial Zhuravlyov
F number 19
P partial Mackenzie
F time 4:27
O team Minnesota
P partial Van Dusen
F number 15
P partial Haataja
P partial Nyqvist
F time 5:25
O team Minnesota
P partial Després
F number 28
P partial Åberg
F time 16:48
P partial Haataja
O team MIN
F time 8:10
P partial O'Shea
O team COL
F time 15:30
> Shots on Goal—Colorado 11 9 9—29. Minnesota 10 11 13—34.
O team Colorado
F number 11
F number 9
F number 9
F number 29
O team Minnesota
F number 10
F number 11
F number 13
F number 34
> Power-play opportunities—Colorado 0 of 2; Minnesota 2 of 4.
O team Colorado
F number 0
F number 2
O team Minnesota
F number 2
F number 4
> Goalies—Colorado, Littlechild 21-14-4. Minnesota, Nyqvist 25-11-6.
O team Colorado
P partial Littlechild
F score 21-14-4
O team Minnesota
P partial Nyqvist
F score 25-11-6
> A—18,412 (17,954). T—2:31.
F number 18,412
F number 17,954
F duration 2:31
'''

ARTICLES['946-hamana-motor-annual-earnings-us-tariffs-yen-kyodo-news'] = r'''
> Hamana Motor net profit falls 18% on U.S. tariffs, sales hit record
O company Hamana Motor
F percent 18%
L country U.S.
> KYODO NEWS - May 11, 2040 - 18:32 | Business, All
O media KYODO NEWS
F date May 11, 2040
F time 18:32
> Hamana Motor Co. President Keisuke Tanabe speaks at a press conference in Tokyo on May 11, 2040. (Kyodo)
O company Hamana Motor Co.
P full Keisuke Tanabe
L city Tokyo
F date May 11, 2040
O media Kyodo
> TOKYO - Hamana Motor Co. said Friday its group net profit fell 18.4 percent from a year earlier to 412.6 billion yen ($2.99 billion) in the business year ended March 31, as U.S. tariffs and higher material costs offset record global sales of 1.28 million vehicles.
L city TOKYO
O company Hamana Motor Co.
F percent 18.4 percent
F money 412.6 billion yen
F money $2.99 billion
F date March 31
L country U.S.
F number 1.28 million
> Operating profit dropped 11.2 percent to 598.3 billion yen, while sales rose 3.6 percent to a record 9.84 trillion yen, the Hamamatsu, Shizuoka Prefecture-based carmaker said.
F percent 11.2 percent
F money 598.3 billion yen
F percent 3.6 percent
F money 9.84 trillion yen
L city Hamamatsu
L region Shizuoka Prefecture
> In Japan, sales rose 6.1 percent to 312,000 vehicles, while sales in China fell 14 percent to 96,000 units and sales in Southeast Asia climbed 9 percent.
L country Japan
F percent 6.1 percent
F number 312,000
L country China
F percent 14 percent
F number 96,000
L region Southeast Asia
F percent 9 percent
> The 25 percent tariff on vehicles imported into the United States cut operating profit by 214 billion yen, the company said, while the weaker yen added 96 billion yen.
F percent 25 percent
L country United States
F money 214 billion yen
F money 96 billion yen
> For the year through March 2041, Hamana forecasts net profit of 380 billion yen, down another 7.9 percent, on an assumed exchange rate of 138 yen to the dollar and 152 yen to the euro.
F date March 2041
O company Hamana
F money 380 billion yen
F percent 7.9 percent
F money 138 yen
F money 152 yen
> "The tariff environment in the United States remains severe, but we will not pass the full cost on to our customers," Tanabe said at a press conference in Tokyo.
Q direct Keisuke Tanabe :: "The tariff environment in the United States remains severe, but we will not pass the full cost on to our customers,"
L country United States
P partial Tanabe
L city Tokyo
> "From October, the Kirin will be built in Guanajuato instead of Kosai. We are also talking with the 'Detroit Three' about sharing a plant in Ohio," he said, without naming a partner.
Q direct Keisuke Tanabe :: "From October, the Kirin will be built in Guanajuato instead of Kosai. We are also talking with the 'Detroit Three' about sharing a plant in Ohio,"
L region Guanajuato
L city Kosai
L region Ohio
> Moving the compact sport utility vehicle to the plant in central Mexico will shift about 120,000 units a year out of Japan, and the Kosai factory will switch to hybrid minivans for the domestic market, the company said.
L country Mexico
F number 120,000
L country Japan
L city Kosai
> Senior Managing Officer Ryo Kawabata, the chief financial officer, said Hamana would raise spending on electric vehicles and batteries to 1.1 trillion yen over three years, including a 20-gigawatt-hour battery plant in Iwata to be built with supplier Enshu Seiki Corp.
P full Ryo Kawabata
O company Hamana
F money 1.1 trillion yen
F duration three years
F quantity 20-gigawatt-hour
L city Iwata
O company Enshu Seiki Corp.
> "Our balance sheet is strong enough. What we need is time," Kawabata said, adding that Hamana would keep its annual dividend at 64 yen per share.
Q direct Ryo Kawabata :: "Our balance sheet is strong enough. What we need is time,"
P partial Kawabata
O company Hamana
F money 64 yen
> Hamana's shares closed down 2.4 percent at 3,145 yen on the Tokyo Stock Exchange before the results were announced at 3:30 p.m.
O company Hamana
F percent 2.4 percent
F money 3,145 yen
O company Tokyo Stock Exchange
F time 3:30 p.m.
> Sayaka Nishimura-Kent, an auto analyst at Kanda Securities Co., said the forecast was "more cautious than the market expected," noting that Hamana sells about 41 percent of its cars in North America.
P full Sayaka Nishimura-Kent
O company Kanda Securities Co.
Q direct Sayaka Nishimura-Kent :: "more cautious than the market expected,"
O company Hamana
F percent 41 percent
L continent North America
> A company official said the carmaker had no plan to cut jobs in Japan, where it employs 38,000 people at five plants.
L country Japan
F number 38,000
F number five
> Larger rival Toyota Motor Corp. is scheduled to report its full-year results on Wednesday.
O company Toyota Motor Corp.
'''

ARTICLES['947-nersa-eskom-tariff-ruling-municipalities-rand-businessday'] = r'''
> NATIONAL / ENERGY
> Nersa grants Eskom 11.4% tariff hike, far below utility’s ask
O government Nersa
O company Eskom
F percent 11.4%
> Regulator allows R421.5bn in revenue for 2040/41 as economists warn of pressure on municipalities
F money R421.5bn
F date 2040/41
> LINDIWE MAHLANGU Energy Writer
P full LINDIWE MAHLANGU
> 15 February 2040 - 17:05
F date 15 February 2040
F time 17:05
> Electricity pylons near Eskom’s Kendal power station in Mpumalanga. Picture: SIPHO DLAMINI-NKOSI
O company Eskom
L facility Kendal
L region Mpumalanga
P full SIPHO DLAMINI-NKOSI
> The National Energy Regulator of South Africa (Nersa) has approved an average electricity tariff increase of 11.4% for Eskom’s direct customers from April 1, less than half of the 24.7% the power utility had applied for.
O government National Energy Regulator of South Africa
O government Nersa
F percent 11.4%
O company Eskom
F date April 1
F fraction half
F percent 24.7%
> Municipalities, which buy about 40% of Eskom’s electricity and resell it to households and businesses, will face a 12.1% increase from July 1, in line with their financial year.
F percent 40%
O company Eskom
F percent 12.1%
F date July 1
> The decision, announced in Pretoria on Thursday, allows Eskom to collect R421.5bn from tariffs in 2040/41, R38bn less than it had asked for. Nersa said the utility had failed to justify R17.2bn in “inefficient” coal costs and a further R9.6bn for maintenance it had budgeted but not carried out.
L city Pretoria
O company Eskom
F money R421.5bn
F date 2040/41
F money R38bn
O government Nersa
F money R17.2bn
Q direct National Energy Regulator of South Africa :: “inefficient”
F money R9.6bn
> “The regulator cannot ask consumers to pay twice for the same maintenance,” Nersa full-time member for electricity Nomvula Sithole-Baptiste told journalists. “Eskom must show us the work before it asks for the money.”
Q direct Nomvula Sithole-Baptiste :: “The regulator cannot ask consumers to pay twice for the same maintenance,”
O government Nersa
P full Nomvula Sithole-Baptiste
Q direct Nomvula Sithole-Baptiste :: “Eskom must show us the work before it asks for the money.”
O company Eskom
> Eskom said in a statement that it was “studying the decision” and would consider a review in the high court. The utility’s chief financial officer, Pieter van der Merwe, said the shortfall would widen the group’s 2040/41 loss to about R6bn.
O company Eskom
Q direct Eskom :: “studying the decision”
P full Pieter van der Merwe
F date 2040/41
F money R6bn
> Van der Merwe said the utility’s debt still stood at R312bn. “We are not asking for a gift. We are asking to be allowed to keep the lights on,” he said.
P partial Van der Merwe
F money R312bn
Q direct Pieter van der Merwe :: “We are not asking for a gift. We are asking to be allowed to keep the lights on,”
> Economists said the ruling would add about 0.6 percentage points to consumer inflation, which stood at 4.9% in January. Thandeka Mofokeng, chief economist at Mzansi Capital, said the average household using 500kWh a month would pay R2.95/kWh, up from R2.65/kWh.
F percent 0.6 percentage points
F percent 4.9%
P full Thandeka Mofokeng
O company Mzansi Capital
F quantity 500kWh
F money R2.95/kWh
F money R2.65/kWh
> “That is an extra R150 a month for a family that is already choosing between food and transport. Municipalities will add their own increase on top,” Mofokeng said.
Q direct Thandeka Mofokeng :: “That is an extra R150 a month for a family that is already choosing between food and transport. Municipalities will add their own increase on top,”
F money R150
P partial Mofokeng
> Smaller councils that owe Eskom money are the most exposed. The utility says municipalities owed it R118bn at the end of December, led by Emalahleni, Maluti-a-Phofung and Matjhabeng. In Springs and George, business chambers have warned that firms could move to rooftop solar “faster than the council can send out bills”.
O company Eskom
F money R118bn
L city Emalahleni
L city Maluti-a-Phofung
L city Matjhabeng
L city Springs
L city George
Q direct - :: “faster than the council can send out bills”
> Eskom’s power stations generated 196TWh in 2039, and the utility plans to close three more coal-fired units at Camden and Hendrina by 2042.
O company Eskom
F quantity 196TWh
F date 2039
F number three
L facility Camden
L facility Hendrina
F date 2042
> A Nersa official, who asked not to be named, said the regulator would hold public hearings in Durban, Gqeberha and Polokwane in May before ruling on Eskom’s application for 2041/42.
O government Nersa
L city Durban
L city Gqeberha
L city Polokwane
O company Eskom
F date 2041/42
> The Congress of South African Trade Unions (Cosatu) called the increase “unaffordable” and said it would march to Nersa’s offices on March 3.
O nonprofit Congress of South African Trade Unions
O nonprofit Cosatu
Q direct Congress of South African Trade Unions :: “unaffordable”
O government Nersa
F date March 3
'''

ARTICLES['948-cork-harbour-dredging-plan-cobh-ringaskiddy-councillors-irish-examiner'] = r'''
> Cork
L city Cork
> Port of Cork seeks approval to dredge 1.4 million cubic metres from harbour channel
O company Port of Cork
F quantity 1.4 million cubic metres
> €86m plan would allow larger container ships and cruise liners to reach Ringaskiddy and Cobh
F money €86m
L city Ringaskiddy
L city Cobh
> Eoghan Ó Súilleabháin
P full Eoghan Ó Súilleabháin
> Thu, 14 Mar, 2040 - 06:00
F date 14 Mar, 2040
F time 06:00
> A container ship passes Spike Island on its way to Ringaskiddy. Picture: Dan Linehan-Kiely
L geo Spike Island
L city Ringaskiddy
P full Dan Linehan-Kiely
> The Port of Cork has applied for permission to deepen the main shipping channel in Cork Harbour from 13 metres to 15.5 metres, in an €86m project that would remove about 1.4 million cubic metres of sand, silt and rock from the seabed.
O company Port of Cork
L geo Cork Harbour
F quantity 13 metres
F quantity 15.5 metres
F money €86m
F quantity 1.4 million cubic metres
> The application, lodged with An Coimisiún Pleanála on Tuesday, covers a 7km stretch from Roches Point to the deepwater berth at Ringaskiddy, as well as the approach to the cruise terminal in Cobh.
O government An Coimisiún Pleanála
F quantity 7km
L geo Roches Point
L city Ringaskiddy
L city Cobh
> Port chief executive Niamh Breathnach-Coyle said the work was needed because the newest container ships on routes to Rotterdam and Antwerp now draw more than 14 metres of water.
P full Niamh Breathnach-Coyle
L city Rotterdam
L city Antwerp
F quantity 14 metres
> “If we do nothing, the bigger ships will go to Dublin or to Le Havre, and Cork will become a feeder port,” she said. “This is about the next 30 years of the port, not the next three.”
Q direct Niamh Breathnach-Coyle :: “If we do nothing, the bigger ships will go to Dublin or to Le Havre, and Cork will become a feeder port,”
L city Dublin
L city Le Havre
L city Cork
Q direct Niamh Breathnach-Coyle :: “This is about the next 30 years of the port, not the next three.”
F duration 30 years
F number three
> The port handled 11.2 million tonnes of cargo in 2039, up 4% on 2038, and 142 cruise calls brought 310,000 passengers to Cobh.
F quantity 11.2 million tonnes
F date 2039
F percent 4%
F date 2038
F number 142
F number 310,000
L city Cobh
> Under the plan, most of the dredged material would be dumped at a licensed site 12 nautical miles south of the harbour mouth, subject to a licence from the Environmental Protection Agency (EPA). About 200,000 cubic metres of clean sand would be used to rebuild the beach at Myrtleville.
F quantity 12 nautical miles
O government Environmental Protection Agency
O government EPA
F quantity 200,000 cubic metres
L city Myrtleville
> Not everyone is convinced. At a meeting of Cork County Council’s Cobh municipal district on Monday, Cllr Máire Ní Dhonnabháin said fishermen in Crosshaven and Aghada feared the “sea disposal” would smother mussel beds and drive away sprat.
O government Cork County Council
L city Cobh
P full Máire Ní Dhonnabháin
L city Crosshaven
L city Aghada
Q scare - :: “sea disposal”
> “We were told in 2031 that the last dredging would have no effect. Two years later there was no sprat in the harbour at all,” Cllr Ní Dhonnabháin said. “People here remember that.
Q direct Máire Ní Dhonnabháin :: “We were told in 2031 that the last dredging would have no effect. Two years later there was no sprat in the harbour at all,”
F date 2031
F duration Two years
P partial Ní Dhonnabháin
Q direct Máire Ní Dhonnabháin :: “People here remember that.
> “They are not against the port. They just want someone to say, ‘We will pay if it goes wrong.’”
Q direct Máire Ní Dhonnabháin :: “They are not against the port. They just want someone to say, ‘We will pay if it goes wrong.’”
> Cllr Tadhg Whelan, who represents Carrigaline, said the project would secure about 1,100 jobs in Ringaskiddy and that the port had agreed to fund an independent monitoring programme for five years.
P full Tadhg Whelan
L city Carrigaline
F number 1,100
L city Ringaskiddy
F duration five years
> In a statement, the Port of Cork said dredging would take place between October and March to avoid the salmon run, and that work would stop “immediately” if sediment levels rose above agreed limits.
O company Port of Cork
Q direct Port of Cork :: “immediately”
> Residents of Cobh and Passage West have until 5.30pm on April 25 to make submissions. A decision is expected by the end of 2040, and dredging could begin in the autumn of 2041.
L city Cobh
L city Passage West
F time 5.30pm
F date April 25
F date 2040
F date 2041
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
