#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval49 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval49/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['337-pohjoistorni-wind-towers-restructuring-ii-raahe-yle'] = r'''
> Business
> Wind tower maker Pohjoistorni seeks restructuring, putting 160 jobs in Ii and Raahe at risk
O company Pohjoistorni
F number 160
L city Ii
L city Raahe
> The North Ostrobothnian manufacturer blames a Danish customer's cancelled orders for its cash crunch. Workers say they heard the news from the media.
> Finished tower sections outside Pohjoistorni's plant in Ii in February. Image: Niko Mannila / Yle
O company Pohjoistorni
L city Ii
P full Niko Mannila
O media Yle
> Yle News
O media Yle News
> 8.3.2039 15:42
F date 8.3.2039
F time 15:42
> Pohjoistorni, which makes steel towers for onshore wind turbines, has applied for corporate restructuring at the Oulu District Court, the company announced on Tuesday.
O company Pohjoistorni
O government Oulu District Court
> The firm employs about 160 people at its two plants in Ii and Raahe on the coast of the Gulf of Bothnia. It said production would continue during the restructuring, but it did not rule out layoffs.
F number 160
F number two
L city Ii
L city Raahe
L geo Gulf of Bothnia
> According to the application, which Yle has seen, Pohjoistorni owes its creditors about 48 million euros. The largest of them are the state-owned financing company Finnvera, Nordea and the steelmaker SSAB, whose Raahe mill supplies most of the steel plate that Pohjoistorni rolls into tower sections.
O media Yle
O company Pohjoistorni
F money 48 million euros
O company Finnvera
O company Nordea
O company SSAB
L city Raahe
O company Pohjoistorni
> Business daily Kauppalehti first reported the filing on Tuesday morning.
O media Kauppalehti
> "We have a full order book for 2040. We simply ran out of cash before we could get there," chief executive Sampsa Yli-Rahko told Yle.
Q direct Sampsa Yli-Rahko :: "We have a full order book for 2040. We simply ran out of cash before we could get there,"
F date 2040
P full Sampsa Yli-Rahko
O media Yle
> The trouble began in October, when Danish developer Hvidsand Vind ApS cancelled orders for 42 towers meant for wind farms in Lapland and northern Sweden, citing delays in grid connections. The cancelled orders were worth some 31 million euros, nearly a third of Pohjoistorni's turnover of 96.4 million euros in 2038.
O company Hvidsand Vind ApS
F number 42
L region Lapland
L country Sweden
F money 31 million euros
F fraction a third
O company Pohjoistorni
F money 96.4 million euros
F date 2038
> The company's operating loss widened to 23.1 million euros last year from 4.8 million euros in 2037, its financial statements show.
F money 23.1 million euros
F money 4.8 million euros
F date 2037
> Yli-Rahko said the company had tried to find other buyers for the finished sections, each of which is up to 32 metres long and weighs as much as 95 tonnes. "They are not exactly something you can sell on Tori," he said.
P partial Yli-Rahko
F quantity 32 metres
F quantity 95 tonnes
Q direct Sampsa Yli-Rahko :: "They are not exactly something you can sell on Tori,"
O company Tori
> Staff were told about the application at a 15-minute meeting on Tuesday morning, according to Tiina Huttu-Pöyhönen, the chief shop steward of the Industrial Union (Teollisuusliitto) at the Ii plant.
F duration 15-minute
P full Tiina Huttu-Pöyhönen
O nonprofit Industrial Union
O nonprofit Teollisuusliitto
L city Ii
> "People are not panicking, but a lot of us have house loans and small children," she said. "Many of us were here when the previous owner went bankrupt. Nobody wants to go through that twice."
Q direct Tiina Huttu-Pöyhönen :: "People are not panicking, but a lot of us have house loans and small children,"
Q direct Tiina Huttu-Pöyhönen :: "Many of us were here when the previous owner went bankrupt. Nobody wants to go through that twice."
> Pohjoistorni said it would open change negotiations covering its entire staff next week. Under the Co-operation Act, negotiations that could lead to 20 or more redundancies must last at least six weeks.
O company Pohjoistorni
F number 20
F duration six weeks
> The company has asked the court to appoint Oulu lawyer Helena Ruotsalainen, a partner at Merilä & Ruotsalainen Attorneys Ltd, as administrator. A restructuring programme would have to be ready by the end of August, according to the filing.
L city Oulu
P full Helena Ruotsalainen
O company Merilä & Ruotsalainen Attorneys Ltd
> In Ii, a municipality of around 10,000 people some 35 kilometres north of Oulu, the news landed hard. Municipal manager Kaisu Ollila-Rautio said Pohjoistorni was the largest private employer in the municipality, which has built its image around wind power and runs its own energy company, Iin Energia.
L city Ii
F number 10,000
F quantity 35 kilometres
L city Oulu
P full Kaisu Ollila-Rautio
O company Pohjoistorni
O company Iin Energia
> "For us this is not just a factory. It is 110 families, the school bus and the village shop," Ollila-Rautio said.
Q direct Kaisu Ollila-Rautio :: "For us this is not just a factory. It is 110 families, the school bus and the village shop,"
F number 110
P partial Ollila-Rautio
> Ville-Veikko Mäntyranta, an analyst at the research firm Inderes, said Finnish tower makers were being squeezed between high steel prices and cheaper imports.
P full Ville-Veikko Mäntyranta
O company Inderes
> "Demand for towers in the Nordics is still there. The problem is that a tower shipped from Asia can be 15 to 20 percent cheaper, even with the freight," he said.
Q direct Ville-Veikko Mäntyranta :: "Demand for towers in the Nordics is still there. The problem is that a tower shipped from Asia can be 15 to 20 percent cheaper, even with the freight,"
L region Nordics
L continent Asia
F percent 15
F percent 20 percent
> Finnvera said in a statement that it was "following the situation closely" and that it had guaranteed loans worth 12.5 million euros to Pohjoistorni. Nordea and SSAB declined to comment.
O company Finnvera
Q direct Finnvera :: "following the situation closely"
F money 12.5 million euros
O company Pohjoistorni
O company Nordea
O company SSAB
> Pohjoistorni was founded in Raahe in 2036 and opened its Ii plant two years later. It is owned by the Helsinki-based investment firm Kaamos Capital, which had not responded to Yle's request for comment by Tuesday evening.
O company Pohjoistorni
L city Raahe
F date 2036
L city Ii
F duration two years
L city Helsinki
O company Kaamos Capital
O media Yle
'''

ARTICLES['338-flagstaff-council-water-rate-hike-red-gap-ranch-pipeline'] = r'''
> Local News
> Flagstaff council approves 14% water rate hike to fund Red Gap Ranch pipeline design
L city Flagstaff
F percent 14%
L facility Red Gap Ranch
> Upper Lake Mary, one of Flagstaff’s two surface water reservoirs, held 11% of its capacity on March 9, 2039.
L geo Upper Lake Mary
L city Flagstaff
F number two
F percent 11%
F date March 9, 2039
> Jake Bacanegra-Holt, Arizona Daily Sun
P full Jake Bacanegra-Holt
O media Arizona Daily Sun
> BRENNA TSOSIE-WHITAKER
P full BRENNA TSOSIE-WHITAKER
> Sun Staff Reporter
O media Sun
> Mar 16, 2039
F date Mar 16, 2039
> Flagstaff residents will pay more for water beginning July 1 after the Flagstaff City Council voted 5-2 on Tuesday to raise water rates 14% and put the money toward designing a pipeline from Red Gap Ranch, the city-owned property about 40 miles east of town.
L city Flagstaff
F date July 1
O government Flagstaff City Council
F number 5-2
F percent 14%
L facility Red Gap Ranch
F quantity 40 miles
> For a typical single-family home using 4,000 gallons a month, the increase adds about $8.90 to a monthly bill of roughly $63.50, according to a city staff report. Rates for heavy users above 15,000 gallons a month will rise 22%.
F quantity 4,000 gallons
F money $8.90
F money $63.50
F quantity 15,000 gallons
F percent 22%
> The vote, which came after nearly 4½ hours of public comment and debate, commits about $31 million over five years to engineering, right-of-way and environmental work on the roughly 42-mile pipeline. The full project, including wells, pump stations and a treatment plant, is estimated at $612 million and would not deliver water before 2046.
F duration 4½ hours
F money $31 million
F duration five years
F quantity 42-mile
F money $612 million
F date 2046
> “We can’t keep waiting for a wet winter to save us,” Water Services Director Marcus Benally-Reyes told the council. “Upper Lake Mary was at 11% this month. In a dry year, the wells are all we have, and they are not enough for the next 20 years.”
Q direct Marcus Benally-Reyes :: “We can’t keep waiting for a wet winter to save us,”
P full Marcus Benally-Reyes
Q direct Marcus Benally-Reyes :: “Upper Lake Mary was at 11% this month. In a dry year, the wells are all we have, and they are not enough for the next 20 years.”
L geo Upper Lake Mary
F percent 11%
F duration 20 years
> Flagstaff draws its water from Upper Lake Mary, from springs and wells in the Inner Basin of the San Francisco Peaks, and from the Lake Mary and Woody Mountain well fields south and west of town.
L city Flagstaff
L geo Upper Lake Mary
L geo Inner Basin
L geo San Francisco Peaks
L facility Lake Mary
L facility Woody Mountain
> Under state law, the city must show the Arizona Department of Water Resources that it has enough water to serve its growth for 100 years. City staff told the council that Flagstaff’s current designation covers projected demand only through 2042.
O government Arizona Department of Water Resources
F duration 100 years
L city Flagstaff
F date 2042
> Mayor Harlan Oyenque, Vice Mayor Celeste Natonabah and council members Pete Ferraro, Jolene Sandoval-Pike and Darius Whitehorse voted for the increase. Council members Ruth Ann Kimbrell and Tomás Echeverría voted against it.
P full Harlan Oyenque
P full Celeste Natonabah
P full Pete Ferraro
P full Jolene Sandoval-Pike
P full Darius Whitehorse
P full Ruth Ann Kimbrell
P full Tomás Echeverría
> Kimbrell said she supports the pipeline but not the timing. “We are asking people who already can’t afford to live here to pay for water that won’t come out of the tap for another seven years,” she said.
P partial Kimbrell
Q direct Ruth Ann Kimbrell :: “We are asking people who already can’t afford to live here to pay for water that won’t come out of the tap for another seven years,”
F duration seven years
> Echeverría proposed a discount for low-income households, which failed 3-4. He said he would bring it back during budget talks in May.
P partial Echeverría
F number 3-4
> Thirty-one people spoke during public comment at City Hall. Several, including residents of Sunnyside and the Southside neighborhood, said the increase would hit renters hardest.
F number Thirty-one
L facility City Hall
L city Sunnyside
L city Southside
> Rosa Quintana-Begay, 67, who has lived on East Cedar Avenue since 1994, said she already rations water for her garden. “I am not against the pipeline. I am against being told it’s the only answer,” she said.
P full Rosa Quintana-Begay
F age 67
L street East Cedar Avenue
F date 1994
Q direct Rosa Quintana-Begay :: “I am not against the pipeline. I am against being told it’s the only answer,”
> Others backed the plan. Kevin Arviso, who owns a plumbing supply business on East Route 66, said the city has studied Red Gap Ranch since it bought the property in 2005. “At some point, studying it is the expensive option,” he said.
P full Kevin Arviso
L street East Route 66
L facility Red Gap Ranch
F date 2005
Q direct Kevin Arviso :: “At some point, studying it is the expensive option,”
> The pipeline would run west from the ranch along the Interstate 40 corridor to a new storage tank near Doney Park. The Coconino County Board of Supervisors has asked the city to study whether homes in Doney Park and other unincorporated areas could one day connect to it.
L street Interstate 40
L city Doney Park
O government Coconino County Board of Supervisors
L city Doney Park
> The Navajo Nation, whose lands begin a few miles north of the route, said in a letter to the council that it expects “meaningful consultation” before any new well is drilled near its boundary.
O government Navajo Nation
Q direct Navajo Nation :: “meaningful consultation”
> The new rates take effect July 1. The council will vote April 5 on a $1.8 million design contract with Phoenix-based Saguaro Basin Engineers.
F date July 1
F date April 5
F money $1.8 million
L city Phoenix
O company Saguaro Basin Engineers
> Brenna Tsosie-Whitaker can be reached at btsosiewhitaker@azdailysun.com or 928-556-2261.
P full Brenna Tsosie-Whitaker
'''

ARTICLES['339-fremantle-west-coast-aflw-western-derby-ni-mhurchu'] = r'''
> AFLW
O other AFLW
> ‘Bigger than a county final’: Irish recruit Aoife Ní Mhurchú kicks three as Fremantle hold off West Coast
Q direct Aoife Ní Mhurchú :: ‘Bigger than a county final’
P full Aoife Ní Mhurchú
F number three
O team Fremantle
O team West Coast
> The Dockers survived a last-quarter Eagles surge to win the Western Derby by nine points at Fremantle Oval.
O team Dockers
O team Eagles
F number nine
L facility Fremantle Oval
> Georgia Vlahos-Reid
P full Georgia Vlahos-Reid
> The West Australian
O media West Australian
> Sat, 11 September 2038 7:48PM
F date 11 September 2038
F time 7:48PM
> Aoife Ní Mhurchú celebrates one of her three goals against West Coast at Fremantle Oval. Credit: Daniel Okafor-Lim/The West Australian
P full Aoife Ní Mhurchú
F number three
O team West Coast
L facility Fremantle Oval
P full Daniel Okafor-Lim
O media The West Australian
> FREMANTLE have held off a fierce final-quarter fightback from West Coast to win a tense Western Derby by nine points at Fremantle Oval, with Irish recruit Aoife Ní Mhurchú kicking three goals in her first derby.
O team FREMANTLE
O team West Coast
F number nine
L facility Fremantle Oval
P full Aoife Ní Mhurchú
F number three
> The Dockers led by 20 points at three-quarter time before the Eagles kicked three goals in seven minutes to cut the margin to two points, but Fremantle steadied to win 6.7 (43) to 5.4 (34) in front of 5,382 fans.
O team Dockers
F number 20
O team Eagles
F number three
F duration seven minutes
F number two
O team Fremantle
F score 6.7
F score 43
F score 5.4
F score 34
F number 5,382
> Ní Mhurchú, a 24-year-old from Dingle in County Kerry who played Gaelic football for her county before crossing to the AFLW last year, kicked her first goal in the second quarter and two more in the third, and set up another for Tahlia Okwuosa.
P partial Ní Mhurchú
F age 24-year-old
L city Dingle
L region County Kerry
O other AFLW
F number two
P full Tahlia Okwuosa
> “I didn’t know what a Western Derby was until Tuesday,” Ní Mhurchú said. “The girls told me it’s bigger than a county final at home. They weren’t lying.”
Q direct Aoife Ní Mhurchú :: “I didn’t know what a Western Derby was until Tuesday,”
P partial Ní Mhurchú
Q direct Aoife Ní Mhurchú :: “The girls told me it’s bigger than a county final at home. They weren’t lying.”
> West Coast had the better of the opening term but could not make it count. Caitlin Mbatha hit the post twice and Dakota Harrow missed a set shot from 20 metres, and Okwuosa’s snap from a Ní Mhurchú handball gave Fremantle a one-point lead at the first break.
O team West Coast
P full Caitlin Mbatha
P full Dakota Harrow
F quantity 20 metres
P partial Okwuosa
P partial Ní Mhurchú
O team Fremantle
F number one
> Freo kicked away in the second. Jessamy Rook goaled on the run and Ní Mhurchú marked strongly on the lead for her first. She added two more in the third term, the second of them a snap from the pocket that put the home side 26 points clear.
O team Freo
P full Jessamy Rook
P partial Ní Mhurchú
F number two
F number 26
> Ella Broome kicked the Eagles’ second goal just before the siren, and they came out after the last change with purpose. Harrow kicked two in three minutes and Siobhán Nic Aodha, another Irish recruit, snapped truly from a stoppage to make it 5.5 to 5.3 with six minutes left.
P full Ella Broome
O team Eagles
P partial Harrow
F number two
F duration three minutes
P full Siobhán Nic Aodha
F score 5.5
F score 5.3
F duration six minutes
> Fremantle answered. Ebony Marchesi won a free kick 15 metres out and converted with four minutes left, and two late behinds sealed it.
O team Fremantle
P full Ebony Marchesi
F quantity 15 metres
F duration four minutes
F number two
> Dockers coach Lachie Pavlovich admitted his side had “gone into our shells” after three-quarter time.
O team Dockers
P full Lachie Pavlovich
Q direct Lachie Pavlovich :: “gone into our shells”
> “Credit to West Coast, they threw everything at us,” he said. “But Ebony’s goal was as calm as you like. She’s 19 and she kicked it like she’s played 100 games.”
Q direct Lachie Pavlovich :: “Credit to West Coast, they threw everything at us,”
O team West Coast
Q direct Lachie Pavlovich :: “But Ebony’s goal was as calm as you like. She’s 19 and she kicked it like she’s played 100 games.”
P partial Ebony
F age 19
F number 100
> Eagles coach Renée Ostrowski said her side had given Fremantle “a 20-point head start”. “You can’t do that in a derby and expect to win it,” she said.
O team Eagles
P full Renée Ostrowski
O team Fremantle
Q direct Renée Ostrowski :: “a 20-point head start”
F number 20
Q direct Renée Ostrowski :: “You can’t do that in a derby and expect to win it,”
> The win lifts Fremantle to 4-2 and into the top four, while West Coast fall to 2-4. Fremantle midfielder Mia Colangelo left the ground in the second quarter with an ankle injury and will have scans on Monday.
O team Fremantle
F score 4-2
F number four
O team West Coast
F score 2-4
O team Fremantle
P full Mia Colangelo
> Fremantle meet Melbourne at Casey Fields next Saturday, while West Coast host Port Adelaide at Mineral Resources Park in Lathlain.
O team Fremantle
O team Melbourne
L facility Casey Fields
O team West Coast
O team Port Adelaide
L facility Mineral Resources Park
L city Lathlain
> FREMANTLE 1.2 3.3 5.5 6.7 (43)
O team FREMANTLE
F score 1.2
F score 3.3
F score 5.5
F score 6.7
F score 43
> WEST COAST 1.1 1.2 2.3 5.4 (34)
O team WEST COAST
F score 1.1
F score 1.2
F score 2.3
F score 5.4
F score 34
> GOALS: Fremantle: Ní Mhurchú 3, Okwuosa, Rook, Marchesi. West Coast: Harrow 2, Keirle, Broome, Nic Aodha.
O team Fremantle
P partial Ní Mhurchú
F number 3
P partial Okwuosa
P partial Rook
P partial Marchesi
O team West Coast
P partial Harrow
F number 2
P partial Keirle
P partial Broome
P partial Nic Aodha
> BEST: Fremantle: Ní Mhurchú, Rook, Quartermaine, Okwuosa, Fa’asalele. West Coast: Mbatha, Nic Aodha, Harrow, Keirle.
O team Fremantle
P partial Ní Mhurchú
P partial Rook
P partial Quartermaine
P partial Okwuosa
P partial Fa’asalele
O team West Coast
P partial Mbatha
P partial Nic Aodha
P partial Harrow
P partial Keirle
> INJURIES: Fremantle: Colangelo (ankle). West Coast: Nil.
O team Fremantle
P partial Colangelo
O team West Coast
> REPORTS: Mbatha (West Coast) for rough conduct on Dwyer in the third quarter.
P partial Mbatha
O team West Coast
P partial Dwyer
> UMPIRES: Delaney, Osei-Bonsu, Kurtović.
P partial Delaney
P partial Osei-Bonsu
P partial Kurtović
> CROWD: 5,382 at Fremantle Oval.
F number 5,382
L facility Fremantle Oval
> TEAMS
> FREMANTLE
O team FREMANTLE
> B: S. Dwyer, B. Quartermaine, L. Fa’asalele
P full S. Dwyer
P full B. Quartermaine
P full L. Fa’asalele
> HB: K. Mizzi, J. Roebuck, A. Tran-Nguyen
P full K. Mizzi
P full J. Roebuck
P full A. Tran-Nguyen
> C: M. Colangelo, T. Okwuosa, H. Birrell
P full M. Colangelo
P full T. Okwuosa
P full H. Birrell
> HF: J. Rook, C. O’Loughlin
P full J. Rook
P full C. O’Loughlin
> F: A. Ní Mhurchú, E. Marchesi
P full A. Ní Mhurchú
P full E. Marchesi
> Foll: P. Ngata-Holmes, R. Vandenberg, G. Pitt
P full P. Ngata-Holmes
P full R. Vandenberg
P full G. Pitt
> I/C: N. Ashdown, Z. Karimi, E. Wallis, T. Bonaventura, S. McGrane
P full N. Ashdown
P full Z. Karimi
P full E. Wallis
P full T. Bonaventura
P full S. McGrane
> WEST COAST
O team WEST COAST
> B: R. Tennant, M. Adeyemi-Shaw, J. Kristiansen
P full R. Tennant
P full M. Adeyemi-Shaw
P full J. Kristiansen
> HB: A. Leaupepe, F. Dimitriou, C. Hawdon
P full A. Leaupepe
P full F. Dimitriou
P full C. Hawdon
> C: I. Keirle, C. Mbatha, L. Pemberton
P full I. Keirle
P full C. Mbatha
P full L. Pemberton
> HF: E. Broome, T. Waddell
P full E. Broome
P full T. Waddell
> F: D. Harrow, K. Moyo
P full D. Harrow
P full K. Moyo
> Foll: S. Nic Aodha, B. Quinlivan, H. Sorensen
P full S. Nic Aodha
P full B. Quinlivan
P full H. Sorensen
> I/C: J. Atkins, M. Papadakis, R. Ellery, K. Duong, L. Fairweather
P full J. Atkins
P full M. Papadakis
P full R. Ellery
P full K. Duong
P full L. Fairweather
'''

ARTICLES['340-trang-dugong-deaths-seagrass-die-off-libong-nation'] = r'''
> Environment
> 'Hungry And Sick': Dugong Deaths In Trang Rise To 19 As Seagrass Meadows Die Off
Q direct Pongthep Sakulrattanakul :: 'Hungry And Sick'
L region Trang
F number 19
> Marine officials blame heat and sediment for the loss of meadows around Libong Island, home to Thailand's largest dugong herd
L geo Libong Island
L country Thailand
> PUBLISHED : Apr 07, 2039, 17:26
F date Apr 07, 2039
F time 17:26
> THE NATION
O media NATION
> Veterinarians from the DMCR examine a dead dugong on a beach in Hat Chao Mai National Park, Trang, on April 5. Photo: DMCR
O government DMCR
L region Hat Chao Mai National Park
L region Trang
F date April 5
O government DMCR
> Nineteen dugongs have died in the waters off Trang province since January 1, the Department of Marine and Coastal Resources (DMCR) said on Thursday, as scientists warned that a die-off of seagrass was starving the country's largest remaining herd.
F number Nineteen
L region Trang
F date January 1
O government Department of Marine and Coastal Resources
O government DMCR
> The toll already exceeds the 16 deaths recorded in the province in the whole of 2038. Most of the animals were found around Libong Island and Muk Island in Kantang district, where a survey last year counted about 190 dugongs.
F number 16
F date 2038
L geo Libong Island
L geo Muk Island
L region Kantang
F number 190
> DMCR director-general Pongthep Sakulrattanakul said necropsies showed that 11 of the dead animals had empty stomachs and had lost much of their body fat.
O government DMCR
P full Pongthep Sakulrattanakul
F number 11
> "The dugongs are not dying from a single cause. They are hungry, and hungry animals get sick and get hit by boats," Pongthep told reporters in Trang.
Q direct Pongthep Sakulrattanakul :: "The dugongs are not dying from a single cause. They are hungry, and hungry animals get sick and get hit by boats,"
P partial Pongthep
L city Trang
> Aerial and diving surveys carried out in March found that about 2,400 rai (384 hectares) of seagrass around Libong had died back or been buried by sediment, roughly 40 per cent of the meadows mapped there in 2036, the department said. The losses include much of the shallow channel east of the island that fishermen call the "dugong highway".
F quantity 2,400 rai
F quantity 384 hectares
L geo Libong
F percent 40 per cent
F date 2036
Q scare - :: "dugong highway"
> Sea-surface temperatures in the Andaman Sea off Trang reached 33.6 degrees Celsius in late March, about 1.8 degrees above the average for the month, according to the Thai Meteorological Department.
L geo Andaman Sea
L region Trang
F quantity 33.6 degrees Celsius
F quantity 1.8 degrees
O government Thai Meteorological Department
> Assoc Prof Dr Nantiya Srisawang, a marine biologist at Kasetsart University, said heat alone did not explain the losses. Sediment stirred up by dredging at the mouth of the Trang River and washed down from rubber and oil palm plantations had clouded the water, she said, cutting off the light that seagrass needs.
P full Nantiya Srisawang
O education Kasetsart University
L geo Trang River
> "In some plots we found a layer of mud five centimetres thick on top of the leaves. The plants simply suffocate," Nantiya said. "If the water stays this warm and this murky through May, I am afraid we will lose the meadows on the south side of the island completely."
Q direct Nantiya Srisawang :: "In some plots we found a layer of mud five centimetres thick on top of the leaves. The plants simply suffocate,"
F quantity five centimetres
P partial Nantiya
Q direct Nantiya Srisawang :: "If the water stays this warm and this murky through May, I am afraid we will lose the meadows on the south side of the island completely."
> The DMCR has asked the Marine Department to suspend dredging near Kantang Port for 90 days, and has begun a trial in which seagrass grown in nurseries at its research centre in Sikao district is replanted in fenced plots.
O government DMCR
O government Marine Department
L facility Kantang Port
F duration 90 days
L region Sikao
> The Department of National Parks, Wildlife and Plant Conservation (DNP) said it had doubled patrols in Hat Chao Mai National Park and banned gill nets in a 12-square-kilometre zone around Libong until the end of June.
O government Department of National Parks, Wildlife and Plant Conservation
O government DNP
L region Hat Chao Mai National Park
F quantity 12-square-kilometre
L geo Libong
> Villagers on Libong, many of whom depend on fishing, said they had noticed the change months ago. Yusof Kasamsan, 58, who leads a fishing group in Ban Mod Tanoi on the island's south coast, said dugongs that used to graze in groups of 10 or 20 now come alone or in pairs.
L geo Libong
P full Yusof Kasamsan
F age 58
L city Ban Mod Tanoi
F number 10
F number 20
> "Last month we found a calf the villagers called 'Mali' floating near the pier. Her mother had died in February," he said. "Without the grass the dugongs will go, and the tourists who come to see them will go too."
Q direct Yusof Kasamsan :: "Last month we found a calf the villagers called 'Mali' floating near the pier. Her mother had died in February,"
Q direct Yusof Kasamsan :: "Without the grass the dugongs will go, and the tourists who come to see them will go too."
> Tourism on the island brings in about Bt180 million a year, according to the Trang office of the Tourism Authority of Thailand (TAT).
F money Bt180 million
L region Trang
O government Tourism Authority of Thailand
O government TAT
> The cabinet approved Bt46.5 million last year for a five-year seagrass restoration plan on the Andaman coast, but Nantiya said only a small part of the money had been spent so far.
F money Bt46.5 million
F duration five-year
L geo Andaman
P partial Nantiya
> Dugongs are a protected species under Thai law. The DMCR estimates that about 270 remain in Thai waters, most of them off Trang and the neighbouring provinces of Satun and Krabi. Stranded marine animals can be reported to the department's hotline, 1362.
O government DMCR
F number 270
L region Trang
L region Satun
L region Krabi
'''

ARTICLES['341-lagos-court-interim-forfeiture-ex-npa-director-ikoyi-vanguard'] = r'''
> News
> Court orders interim forfeiture of N4.2bn, Ikoyi house linked to ex-NPA director
F money N4.2bn
L city Ikoyi
O government NPA
> May 12, 2039
F date May 12, 2039
> By Chidinma Okeke-Bassey
P full Chidinma Okeke-Bassey
> Alhaji Musa Danladi Gwarzo arriving at the Federal High Court, Ikoyi, Lagos, for his arraignment in March. Photo: Tunde Akinwale-Briggs
P full Musa Danladi Gwarzo
L facility Federal High Court
L city Ikoyi
L city Lagos
P full Tunde Akinwale-Briggs
> LAGOS—A Federal High Court sitting in Lagos, yesterday, ordered the interim forfeiture to the Federal Government of N4.21 billion, $1.36 million and a house in Ikoyi linked to a former Executive Director of the Nigerian Ports Authority, NPA, Alhaji Musa Danladi Gwarzo.
L city LAGOS
O government Federal High Court
L city Lagos
F money N4.21 billion
F money $1.36 million
L city Ikoyi
O government Nigerian Ports Authority
O government NPA
P full Musa Danladi Gwarzo
> Justice Nkeiruka Udeh-Okafor granted the order after hearing an ex parte motion moved by counsel to the Economic and Financial Crimes Commission, EFCC, Mr. Ifeanyi Nwachukwu-Oji, under Section 17 of the Advance Fee Fraud and Other Fraud Related Offences Act, 2006.
P full Nkeiruka Udeh-Okafor
O government Economic and Financial Crimes Commission
O government EFCC
P full Ifeanyi Nwachukwu-Oji
> The assets listed in the schedule to the motion include N4.21 billion in 14 accounts at six commercial banks, $1.36 million in a domiciliary account, and a five-bedroom detached house with a boys' quarters at 7B Bourdillon Road, Ikoyi.
F money N4.21 billion
F number 14
F number six
F money $1.36 million
F number five
L address 7B Bourdillon Road
L city Ikoyi
> Also affected are N612 million held in the accounts of Kainji Maritime Services Limited, a company the EFCC says Gwarzo controls through relatives, and a filling station on the Lekki-Epe Expressway.
F money N612 million
O company Kainji Maritime Services Limited
O government EFCC
P partial Gwarzo
L street Lekki-Epe Expressway
> In an affidavit in support of the motion, an EFCC investigator, Suleiman Abubakar Dikko, said the funds and the property were “reasonably suspected to be proceeds of unlawful activities” and that Gwarzo could not account for them from his legitimate income.
O government EFCC
P full Suleiman Abubakar Dikko
Q direct Suleiman Abubakar Dikko :: “reasonably suspected to be proceeds of unlawful activities”
P partial Gwarzo
> According to the investigator, Gwarzo, who retired from the NPA in 2037 after 31 years in service, earned a total of N186.5 million in salaries and allowances in his last eight years at the authority.
P partial Gwarzo
O government NPA
F date 2037
F duration 31 years
F money N186.5 million
F duration eight years
> He said the commission had traced at least N2.9 billion of the money to payments from 11 companies that won dredging and haulage contracts at the Lagos and Tin Can Island ports while Gwarzo was in office.
F money N2.9 billion
F number 11
L city Lagos
L city Tin Can Island
P partial Gwarzo
> In her ruling, Justice Udeh-Okafor said: “I have carefully considered the affidavit evidence and the exhibits attached to it. I am satisfied that the applicant has shown a reasonable suspicion that the assets are proceeds of unlawful activity.”
P partial Udeh-Okafor
Q direct Nkeiruka Udeh-Okafor :: “I have carefully considered the affidavit evidence and the exhibits attached to it. I am satisfied that the applicant has shown a reasonable suspicion that the assets are proceeds of unlawful activity.”
> She directed the EFCC to publish the interim order in a national newspaper within seven days, and gave anyone with an interest in the assets 14 days after publication to show cause why they should not be permanently forfeited.
O government EFCC
F duration seven days
F duration 14 days
> The matter was adjourned till June 23 for hearing of the motion for final forfeiture.
F date June 23
> Counsel to Gwarzo, Chief Olatokunbo Ajayi-Bamgbose, SAN, told journalists after the sitting that his client would oppose the final forfeiture.
P partial Gwarzo
P full Olatokunbo Ajayi-Bamgbose
> “An interim order is not a conviction. My client has pleaded not guilty and is presumed innocent, and we will show the court that every kobo and every dollar in those accounts is accounted for,” he said.
Q direct Olatokunbo Ajayi-Bamgbose :: “An interim order is not a conviction. My client has pleaded not guilty and is presumed innocent, and we will show the court that every kobo and every dollar in those accounts is accounted for,”
> He said the Ikoyi house was bought in 2036 with money from the sale of family land in Kano State, and that documents showing this would be filed before the next date.
L city Ikoyi
F date 2036
L region Kano State
> Gwarzo, 63, was arraigned in March on a 19-count charge of money laundering before another judge of the court, Justice Abdulkadir Bello-Gusau. He pleaded not guilty and was granted bail in the sum of N200 million with two sureties.
P partial Gwarzo
F age 63
F number 19
P full Abdulkadir Bello-Gusau
F money N200 million
F number two
> A member of Gwarzo's family, who asked not to be named, told Vanguard that the family was “shocked but not surprised”, describing the case as the work of “enemies at the NPA”.
P partial Gwarzo
O media Vanguard
Q direct - :: “shocked but not surprised”
Q direct - :: “enemies at the NPA”
O government NPA
'''

ARTICLES['342-southwest-sask-grasshopper-outbreak-rms-spraying-help'] = r'''
> Crops
> Grasshopper outbreak pushes southwest Sask. RMs to seek spraying help
L region Sask.
> Counts near Climax and Frontier are the highest since the 1980s, and some growers are already on their second spray
L city Climax
L city Frontier
F date 1980s
> By Tessa Hrycenko
P full Tessa Hrycenko
> Published: July 14, 2039
F date July 14, 2039
> Grasshoppers on a durum plant near Climax, Sask., July 8. Counts in parts of the southwest have topped 40 per square metre. | Tessa Hrycenko photo
L city Climax
L region Sask.
F date July 8
F number 40
P full Tessa Hrycenko
> SHAUNAVON, Sask. — Wayne Kowalchuk has farmed north of Climax for 41 years, and he says he has never seen the ditches move the way they did this month.
L city SHAUNAVON
L region Sask.
P full Wayne Kowalchuk
L city Climax
F duration 41 years
> “You walk through the durum and it sounds like rain on the truck roof,” Kowalchuk said. “We sprayed the headlands on July 2 and I was back out eight days later.”
Q direct Wayne Kowalchuk :: “You walk through the durum and it sounds like rain on the truck roof,”
P partial Kowalchuk
Q direct Wayne Kowalchuk :: “We sprayed the headlands on July 2 and I was back out eight days later.”
F date July 2
F duration eight days
> Grasshopper counts across southwest Saskatchewan have climbed to levels not seen since the 1980s, according to the provincial Ministry of Agriculture’s July survey. Roadside counts along Highway 13 and Highway 18 in the RMs of Frontier, Lone Tree and Reno averaged 28 grasshoppers per square metre, and some fields near Eastend and Consul topped 40.
L region Saskatchewan
F date 1980s
O government Ministry of Agriculture
L street Highway 13
L street Highway 18
L region Frontier
L region Lone Tree
L region Reno
F number 28
L city Eastend
L city Consul
F number 40
> The ministry considers eight to 12 grasshoppers per square metre enough to cause economic damage in cereal crops.
F number eight
F number 12
> On July 11, the council of the RM of Frontier No. 19 declared an agricultural disaster and asked the province to share the cost of insecticide. The RMs of Lone Tree No. 18 and Val Marie No. 17 passed similar motions the same week, and the Saskatchewan Association of Rural Municipalities (SARM) said it would take the request to the minister.
F date July 11
O government RM of Frontier No. 19
O government Lone Tree No. 18
O government Val Marie No. 17
O nonprofit Saskatchewan Association of Rural Municipalities
O nonprofit SARM
> Frontier reeve Darlene Szabo-Halvorson said producers in the RM had spent an estimated $2.6 million on insecticide since late June.
L region Frontier
P full Darlene Szabo-Halvorson
F money $2.6 million
> “Most guys are on their second pass already. At $18 to $22 an acre for product and another $6 for the plane, that adds up fast on a 5,000-acre farm,” she said. “Some of our younger producers are carrying a lot of debt after two years of drought.
Q direct Darlene Szabo-Halvorson :: “Most guys are on their second pass already. At $18 to $22 an acre for product and another $6 for the plane, that adds up fast on a 5,000-acre farm,”
F money $18
F money $22
F money $6
F quantity 5,000-acre
Q direct Darlene Szabo-Halvorson :: “Some of our younger producers are carrying a lot of debt after two years of drought.
F duration two years
> “We are not asking for a bailout. We are asking for a rebate on the chemical, the way other provinces have done in bad grasshopper years.”
Q direct Darlene Szabo-Halvorson :: “We are not asking for a bailout. We are asking for a rebate on the chemical, the way other provinces have done in bad grasshopper years.”
> The Ministry of Agriculture said in an emailed statement that it was “monitoring the situation closely” and that grasshopper damage is covered by crop insurance if producers file a claim before harvest. The Saskatchewan Crop Insurance Corp. (SCIC) said it had received 212 grasshopper damage claims by July 12, compared with 31 at the same point in 2038.
O government Ministry of Agriculture
Q direct Ministry of Agriculture :: “monitoring the situation closely”
O government Saskatchewan Crop Insurance Corp.
O government SCIC
F number 212
F date July 12
F number 31
F date 2038
> Hot, dry weather is behind the surge. Swift Current received 61 millimetres of rain between April 1 and July 10, less than half of normal, according to Environment and Climate Change Canada.
L city Swift Current
F quantity 61 millimetres
F date April 1
F date July 10
F fraction half
O government Environment and Climate Change Canada
> Owen Fairbairn-Tso, a research scientist who studies grasshoppers at Agriculture and Agri-Food Canada’s Swift Current Research and Development Centre, said the two-striped and migratory grasshoppers that dominate this year’s counts hatched early and have met few diseases to keep them in check.
P full Owen Fairbairn-Tso
O government Agriculture and Agri-Food Canada
O government Swift Current Research and Development Centre
> “A cool, wet spell in August would do more than any spray,” he said. “If it stays dry, the females will keep laying eggs into September, and we could be looking at a second bad year in 2040.”
Q direct Owen Fairbairn-Tso :: “A cool, wet spell in August would do more than any spray,”
Q direct Owen Fairbairn-Tso :: “If it stays dry, the females will keep laying eggs into September, and we could be looking at a second bad year in 2040.”
F date 2040
> Damage is also showing up in lentils and canola. Janelle Beausoleil, an agronomist based in Shaunavon, said she had seen lentil fields near Admiral and Cadillac lose 30 to 40 percent of their pods in a week.
P full Janelle Beausoleil
L city Shaunavon
L city Admiral
L city Cadillac
F percent 30
F percent 40 percent
> Durum prices have risen 9 percent since June on the dry outlook, to about $11.40 a bushel at Swift Current elevators, but Kowalchuk said that would not make up for lost yield.
F percent 9 percent
F money $11.40
L city Swift Current
P partial Kowalchuk
> “If I get 20 bushels off that field I’ll be happy,” he said. “Last year it went 38.”
Q direct Wayne Kowalchuk :: “If I get 20 bushels off that field I’ll be happy,”
F quantity 20 bushels
Q direct Wayne Kowalchuk :: “Last year it went 38.”
F number 38
> Contact tessa.hrycenko@producer.com
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
