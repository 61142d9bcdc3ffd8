#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval118 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval118/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['751-morebaya-fishermen-ore-port-dredging-compensation-forecariah-upam-guineenews'] = r'''
> Forécariah
L region Forécariah
> Morébaya fishermen demand compensation as ore port dredging muddies estuary
L city Morébaya
> By Mamadou Saliou Bah
P full Mamadou Saliou Bah
> Published on 12 March 2038 at 10:45
F date 12 March 2038
F time 10:45
> Fishermen unload a pirogue at Morébaya, in the prefecture of Forécariah, on 10 March 2038. Photo: Guinéenews
L city Morébaya
L region Forécariah
F date 10 March 2038
O media Guinéenews
> More than 600 artisanal fishermen from Morébaya and four neighbouring villages say their catches have fallen by half since dredging began in January at the new iron ore terminal at the mouth of the Morébaya river, and they are demanding GNF 45 million for each pirogue in compensation.
F number 600
L city Morébaya
F number four
F fraction half
L geo Morébaya
F money GNF 45 million
> The terminal, about 90 kilometres south-east of Conakry, is being built to ship ore carried by rail from the Simandou range, 650 kilometres inland. Its marine contractor, Atlantique Dragage Guinée SA, has been deepening a 16-kilometre access channel through the estuary since 6 January 2038.
F quantity 90 kilometres
L city Conakry
L geo Simandou
F quantity 650 kilometres
O company Atlantique Dragage Guinée SA
F quantity 16-kilometre
F date 6 January 2038
> "The water has turned the colour of clay. Where we used to bring back 80 kilos of bonga in a night, we now come back with 30," said Ansoumane Soumah, 58, president of the Union des pêcheurs artisanaux de Morébaya (UPAM), who has fished the estuary for 41 years.
Q direct Ansoumane Soumah :: "The water has turned the colour of clay. Where we used to bring back 80 kilos of bonga in a night, we now come back with 30,"
F quantity 80 kilos
F quantity 30
P full Ansoumane Soumah
F age 58
O nonprofit Union des pêcheurs artisanaux de Morébaya
O nonprofit UPAM
F duration 41 years
> "The fish have gone further out, and a pirogue with a 15-horsepower engine cannot follow them. Some of our young men have already left for Conakry."
Q direct Ansoumane Soumah :: "The fish have gone further out, and a pirogue with a 15-horsepower engine cannot follow them. Some of our young men have already left for Conakry."
F quantity 15-horsepower
L city Conakry
> The union says its members own 212 pirogues. At GNF 45 million each, its claim comes to about GNF 9.5 billion, or roughly $1.1 million.
F number 212
F money GNF 45 million
F money GNF 9.5 billion
F money $1.1 million
> Women who smoke and sell the catch say they have been hit as hard. Mabinty Camara, who heads a group of 35 fish smokers in Kaback, said a basin of bonga that cost GNF 150,000 in December now sells for GNF 260,000 on the beach, when there is any.
P full Mabinty Camara
F number 35
L city Kaback
F money GNF 150,000
F money GNF 260,000
> "We smoke fish to pay the school fees. Now the ovens are cold most of the week, and the children ask why," she said.
Q direct Mabinty Camara :: "We smoke fish to pay the school fees. Now the ovens are cold most of the week, and the children ask why,"
> An engineer with the dredging contractor, who asked not to be named because he was not authorised to speak to the press, said the plume of silt was "temporary" and would settle "within weeks" once the channel reached its planned depth of 18 metres.
Q direct - :: "temporary"
Q direct - :: "within weeks"
F quantity 18 metres
> In a statement on Tuesday, the Ministry of Fisheries and Maritime Economy said it had sent inspectors from the Centre national des sciences halieutiques de Boussoura (CNSHB) to measure turbidity in the estuary and that "any damage established by the survey will be compensated in accordance with the law."
O government Ministry of Fisheries and Maritime Economy
O government Centre national des sciences halieutiques de Boussoura
O government CNSHB
Q direct Ministry of Fisheries and Maritime Economy :: "any damage established by the survey will be compensated in accordance with the law."
> The ministry did not say when the results of the survey would be published.
> The prefect of Forécariah, Col. Fodé Lansana Touré, met representatives of the fishermen and the contractor at the prefecture on 9 March. According to participants, he asked the union to lift a blockade of the road to the construction site, which had been in place for 48 hours, and promised a second meeting "before the end of the month".
L region Forécariah
P full Fodé Lansana Touré
F date 9 March
F duration 48 hours
Q direct Fodé Lansana Touré :: "before the end of the month"
> The Simandou deposit, in the Guinée Forestière region, holds one of the world's largest untapped reserves of high-grade iron ore. The government expects exports through Morébaya to reach 60 million tonnes a year by 2040 and says taxes and royalties from the mine will pay for roads, schools and health centres across the country.
L geo Simandou
L region Guinée Forestière
L city Morébaya
F quantity 60 million tonnes
F date 2040
> Soumah said the fishermen were not against the port. "We are Guineans too. We want the iron to leave, but we do not want to leave with it," he said.
P partial Soumah
Q direct Ansoumane Soumah :: "We are Guineans too. We want the iron to leave, but we do not want to leave with it,"
> The UPAM has given the authorities until 31 March to open talks on compensation, after which, it says, the blockade will resume.
O nonprofit UPAM
F date 31 March
> With Aïssatou Diallo in Conakry
P full Aïssatou Diallo
L city Conakry
'''

ARTICLES['752-achlachan-crofters-common-grazings-wind-farm-resumption-crofting-commission-watten-john-o-groat-journal'] = r'''
> News
> ‘The hill is not for sale’: Achlachan crofters vow to fight 14-turbine wind farm
Q direct Donnie Gunn :: ‘The hill is not for sale’
L city Achlachan
F number 14
> Shareholders say resumption of 1,100 hectares of common grazing would end crofting on the hill
F quantity 1,100 hectares
> By Morven Sinclair
P full Morven Sinclair
> Published: 06:00, 18 March 2038
F time 06:00
F date 18 March 2038
> Grazings clerk Donnie Gunn on Achlachan hill, near Watten, where the turbines would stand. Picture: Robert Bremner
P full Donnie Gunn
L geo Achlachan
L city Watten
P full Robert Bremner
> CROFTERS near Watten have vowed to fight plans for a 14-turbine wind farm on their common grazings after the developer applied to the Crofting Commission to take more than 1,100 hectares of the hill out of crofting tenure.
L city Watten
F number 14
O government Crofting Commission
F quantity 1,100 hectares
> Flowcountry Renewables Ltd, an Inverness-based company, wants to build the 84MW Achlachan Wind Farm on land where nine shareholders of the Achlachan common grazings keep about 600 ewes.
O company Flowcountry Renewables Ltd
L city Inverness
F quantity 84MW
L facility Achlachan Wind Farm
F number nine
L city Achlachan
F number 600
> The turbines, each up to 200 metres to the blade tip, would be visible from Wick, Thurso and across the Pentland Firth to Orkney, according to the company’s own landscape assessment.
F quantity 200 metres
L city Wick
L city Thurso
L geo Pentland Firth
L region Orkney
> Under crofting law, a landlord can apply to the commission to “resume” croft or grazings land for a reasonable purpose, such as development, with compensation paid to the crofters. The estate that owns the hill, Achlachan and Bylbster Estate, has backed the application.
Q scare - :: “resume”
O company Achlachan and Bylbster Estate
> Mr Gunn, who is 63 and whose family has crofted at Achlachan since 1886, said the shareholders would object.
P partial Gunn
F age 63
L city Achlachan
F date 1886
> “The hill is not for sale. It was won for us by people who were cleared off better land, and we are not going to give it up for a cheque,” he said.
Q direct Donnie Gunn :: “The hill is not for sale. It was won for us by people who were cleared off better land, and we are not going to give it up for a cheque,”
> “The compensation they are offering works out at less than £2,000 a year for each of us. The company will take that much out of one turbine in a morning.”
Q direct Donnie Gunn :: “The compensation they are offering works out at less than £2,000 a year for each of us. The company will take that much out of one turbine in a morning.”
F money £2,000
F number one
> Flowcountry Renewables said the scheme would pay £5,000 per megawatt each year into a community benefit fund – about £420,000 a year – for the 35-year life of the wind farm, and that it had offered the grazings a separate annual rent.
O company Flowcountry Renewables
F money £5,000
F money £420,000
F duration 35-year
> “We have listened to the shareholders and reduced the scheme from 19 turbines to 14,” said project manager Catriona MacAulay-Swanson. “We remain open to a shared-ownership stake for the township.”
Q direct Catriona MacAulay-Swanson :: “We have listened to the shareholders and reduced the scheme from 19 turbines to 14,”
F number 19
F number 14
P full Catriona MacAulay-Swanson
Q direct Catriona MacAulay-Swanson :: “We remain open to a shared-ownership stake for the township.”
> Wick and East Caithness councillor Jill Sutherland told the John O’Groat Journal she had received “dozens” of letters about the application, both for and against.
L region Wick and East Caithness
P full Jill Sutherland
O media John O’Groat Journal
Q direct Jill Sutherland :: “dozens”
> “Caithness has done more than its share for the energy transition. The question is whether the people who live beside the turbines get a fair share back,” she said.
Q direct Jill Sutherland :: “Caithness has done more than its share for the energy transition. The question is whether the people who live beside the turbines get a fair share back,”
L region Caithness
> Because the wind farm would generate more than 50MW, the final decision rests with the Energy Consents Unit of the Scottish Government, while Highland Council is a statutory consultee.
F quantity 50MW
O government Energy Consents Unit
O government Scottish Government
O government Highland Council
> A spokesman for the Crofting Commission said it could not comment on a live application but that the shareholders and “any other interested party” have 28 days from the date of notice to make representations.
O government Crofting Commission
Q direct - :: “any other interested party”
F duration 28 days
> A public meeting will be held in Watten Village Hall on Thursday 26 March at 7pm.
L facility Watten Village Hall
F date 26 March
F time 7pm
'''

ARTICLES['753-ochieng-odhiambo-wins-magical-kenya-open-muthaiga-albuquerque-kaewmanee-leaderboard-daily-nation'] = r'''
> Sports
> Golf
> Ochieng' holds off Albuquerque to win Magical Kenya Open at Muthaiga
P partial Ochieng'
P partial Albuquerque
L facility Muthaiga
> Nairobi's Daniel Ochieng' Odhiambo closes with a four-under-par 67 to win by two shots and collect $425,000
L city Nairobi
P full Daniel Ochieng' Odhiambo
F score four-under-par
F score 67
F number two
F money $425,000
> By Peter Mwangi Kariuki
P full Peter Mwangi Kariuki
> Sunday, March 28, 2038
F date March 28, 2038
> Daniel Ochieng' Odhiambo celebrates with the trophy on the 18th green at Muthaiga Golf Club on March 28, 2038. PHOTO | WILFRED NYAGA | NMG
P full Daniel Ochieng' Odhiambo
L facility Muthaiga Golf Club
F date March 28, 2038
P full WILFRED NYAGA
O media NMG
> Daniel Ochieng' Odhiambo became the first Kenyan professional to win the Magical Kenya Open since it joined the DP World Tour, closing with a four-under-par 67 at Muthaiga Golf Club on Sunday to finish 17 under par, two shots clear of Portugal's Tiago Albuquerque.
P full Daniel Ochieng' Odhiambo
O other DP World Tour
F score four-under-par
F score 67
L facility Muthaiga Golf Club
F score 17 under par
F number two
L country Portugal
P full Tiago Albuquerque
> The 29-year-old from Kibera, who learned the game as a caddie at Royal Nairobi Golf Club, started the final round one shot behind Albuquerque and Thailand's Thitipong Kaewmanee but birdied four of the first six holes and was never caught.
F age 29-year-old
L city Kibera
L facility Royal Nairobi Golf Club
F number one
P partial Albuquerque
L country Thailand
P full Thitipong Kaewmanee
F number four
F number six
> "I carried bags on these fairways when I was 14. To win here in front of my mother is something I cannot put in words," said Ochieng', who also earned about KSh55 million.
Q direct Daniel Ochieng' Odhiambo :: "I carried bags on these fairways when I was 14. To win here in front of my mother is something I cannot put in words,"
F age 14
P partial Ochieng'
F money KSh55 million
> "The crowd carried me on the back nine. When the putt dropped on the 16th, I heard the noise from the clubhouse."
Q direct Daniel Ochieng' Odhiambo :: "The crowd carried me on the back nine. When the putt dropped on the 16th, I heard the noise from the clubhouse."
> Albuquerque, the 2036 champion, had a 10-foot putt on the 18th to force a play-off but missed on the low side and signed for a 70. Kaewmanee, who shared the lead after 54 holes, dropped two shots on the par-four 12th, where his drive found the trees, and finished alone in third on 14 under.
P partial Albuquerque
F date 2036
F quantity 10-foot
F score 70
P partial Kaewmanee
F number 54
F number two
F score par-four
F score 14 under
> Ochieng' turned professional in 2031 after winning six national amateur titles and is the first graduate of the Kenya Golf Union's junior programme to win on the DP World Tour.
P partial Ochieng'
F date 2031
F number six
O nonprofit Kenya Golf Union
O other DP World Tour
> Kenya Open Golf Limited chairman Joseph Kiprono Lagat said crowds had passed 31,000 over the four days, a record for the event.
O company Kenya Open Golf Limited
P full Joseph Kiprono Lagat
F number 31,000
F duration four days
> "What we saw today is what this tournament was built for. Every caddie in this country will now believe it is possible," Lagat said.
Q direct Joseph Kiprono Lagat :: "What we saw today is what this tournament was built for. Every caddie in this country will now believe it is possible,"
P partial Lagat
> Germany's Bastian Lorenzen was fourth on 13 under after a week in which he did not drop a shot on the front nine, and moves into the top 20 of the Race to Dubai rankings. Marcus Ellery of England and South Africa's Sipho Dlamini-Mabuza shared fifth, a shot further back.
L country Germany
P full Bastian Lorenzen
F score 13 under
F number 20
P full Marcus Ellery
L country England
L country South Africa
P full Sipho Dlamini-Mabuza
> Amateur Samuel Ng'ang'a Mwaura, 19, was the next best Kenyan, sharing 24th on four under, while Nakuru's Felix Wekesa Simiyu missed the cut by one. The tour moves to Karen Country Club next week for the first of two Challenge Tour events in Nairobi.
P full Samuel Ng'ang'a Mwaura
F age 19
F score four under
L city Nakuru
P full Felix Wekesa Simiyu
F number one
L facility Karen Country Club
F number two
O other Challenge Tour
L city Nairobi
> Final leaderboard (par 71)
F score par 71
> 267 Daniel Ochieng' Odhiambo (KEN) 69-65-66-67
F score 267
P full Daniel Ochieng' Odhiambo
L country KEN
F score 69-65-66-67
> 269 Tiago Albuquerque (POR) 66-67-66-70
F score 269
P full Tiago Albuquerque
L country POR
F score 66-67-66-70
> 270 Thitipong Kaewmanee (THA) 67-64-68-71
F score 270
P full Thitipong Kaewmanee
L country THA
F score 67-64-68-71
> 271 Bastian Lorenzen (GER) 68-67-68-68
F score 271
P full Bastian Lorenzen
L country GER
F score 68-67-68-68
> 272 Marcus Ellery (ENG) 70-66-67-69; Sipho Dlamini-Mabuza (RSA) 67-70-68-67
F score 272
P full Marcus Ellery
L country ENG
F score 70-66-67-69
P full Sipho Dlamini-Mabuza
L country RSA
F score 67-70-68-67
> 274 Jordan Hale (USA) 71-66-69-68
F score 274
P full Jordan Hale
L country USA
F score 71-66-69-68
> 280 Samuel Ng'ang'a Mwaura (a) (KEN) 70-69-71-70
F score 280
P full Samuel Ng'ang'a Mwaura
L country KEN
F score 70-69-71-70
'''

ARTICLES['754-kaptai-lake-fishing-ban-extended-low-water-rangamati-fishers-bfdc-chakma-marma-daily-star'] = r'''
> Kaptai Lake fishing ban extended by 15 days as water stays low
L geo Kaptai Lake
F duration 15 days
> Our Correspondent, Rangamati
L city Rangamati
> Tue Jul 30, 2038 12:00 AM Last update on: Tue Jul 30, 2038 01:14 AM
F date Jul 30, 2038
F time 12:00 AM
F date Jul 30, 2038
F time 01:14 AM
> Fishing boats lie idle at the BFDC landing centre in Rangamati town yesterday. PHOTO: STAR
O government BFDC
L city Rangamati
O media STAR
> The authorities have extended the ban on fishing in Kaptai Lake by 15 days to August 15, as the water level in the country's largest artificial lake remains well below the level needed for carp to breed.
L geo Kaptai Lake
F duration 15 days
F date August 15
> The three-month ban, imposed every year from May 1 to July 31 to protect the natural spawning of carp species, was due to end tomorrow.
F duration three-month
F date May 1
F date July 31
> The decision was taken at a meeting of the district fisheries task force on Sunday, said Commander Md Touhidul Alam Bhuiyan, manager of the Bangladesh Fisheries Development Corporation (BFDC) in Rangamati.
P full Md Touhidul Alam Bhuiyan
O government Bangladesh Fisheries Development Corporation
O government BFDC
L city Rangamati
> "The water level was 79.4 feet above mean sea level on Monday, while the rule curve for this time of year is 88 feet. Carp will not spawn until the water rises and covers the shallow beds," he said.
Q direct Md Touhidul Alam Bhuiyan :: "The water level was 79.4 feet above mean sea level on Monday, while the rule curve for this time of year is 88 feet. Carp will not spawn until the water rises and covers the shallow beds,"
F quantity 79.4 feet
F quantity 88 feet
> He said the lake, spread over 725 square kilometres, had received 38 percent less rain than normal in June and July.
F quantity 725 square kilometres
F percent 38 percent
> The Kaptai Hydroelectric Power Station, the country's only hydropower plant, has been running two of its five units since mid-July to save water, according to the Bangladesh Power Development Board (BPDB).
L facility Kaptai Hydroelectric Power Station
F number two
F number five
O government Bangladesh Power Development Board
O government BPDB
> About 27,000 registered fishers depend on the lake. Each has been receiving 20kg of rice a month under the government's VGF programme during the ban, but fishers say the aid has not kept pace with prices.
F number 27,000
F quantity 20kg
> "Twenty kilos of rice does not feed a family of six for a month. We need oil, lentils, medicine. My son has stopped going to school to work as a day labourer," said Sumon Kanti Chakma, 44, a fisher from Bilaichhari upazila.
Q direct Sumon Kanti Chakma :: "Twenty kilos of rice does not feed a family of six for a month. We need oil, lentils, medicine. My son has stopped going to school to work as a day labourer,"
F quantity Twenty kilos
F number six
P full Sumon Kanti Chakma
F age 44
L region Bilaichhari
> Many fishers have borrowed from mohajans, the local moneylenders and fish traders, at an interest of Tk 10 per Tk 100 a month, he said.
F money Tk 10
F money Tk 100
> Uchingmong Marma, a fish trader at the Rangamati landing centre, said the ban was necessary but that the extension would hurt traders who had already taken advance orders from Chattogram and Dhaka.
P full Uchingmong Marma
L city Rangamati
L city Chattogram
L city Dhaka
> "We support the ban. But the lake has been dying slowly for years. Sand, silt, waste from the towns — everything comes down into it," he said.
Q direct Uchingmong Marma :: "We support the ban. But the lake has been dying slowly for years. Sand, silt, waste from the towns — everything comes down into it,"
> According to the Department of Fisheries, the lake produced 14,650 tonnes of fish in fiscal year 2036-37, down from 17,200 tonnes in 2033-34. The share of carp in the catch has fallen to less than 5 percent from 81 percent in the 1960s, researchers at the University of Chittagong have found.
O government Department of Fisheries
F quantity 14,650 tonnes
F date 2036-37
F quantity 17,200 tonnes
F date 2033-34
F percent 5 percent
F percent 81 percent
F date 1960s
O education University of Chittagong
> Contacted, Rangamati Deputy Commissioner Nusrat Jahan Keya said an additional 10kg of rice per family would be distributed during the extension and that the district administration would "consider" cash support for the poorest households.
L region Rangamati
P full Nusrat Jahan Keya
F quantity 10kg
Q direct Nusrat Jahan Keya :: "consider"
> The lake was created in 1962 when the Karnaphuli river was dammed at Kaptai, displacing tens of thousands of people, most of them Chakmas.
F date 1962
L geo Karnaphuli
L city Kaptai
'''

ARTICLES['755-acequia-del-llano-presa-flood-interstate-stream-commission-1-4-million-cleveland-mora-county-santa-fe-new-mexican'] = r'''
> Local News
> Mora County acequia wins $1.4 million to rebuild diversion dam lost to flood
L region Mora County
F money $1.4 million
> By Ramón Gallegos-Ortiz rgallegos@sfnewmexican.com
P full Ramón Gallegos-Ortiz
> Mar 20, 2038 Updated Mar 21, 2038
F date Mar 20, 2038
F date Mar 21, 2038
> Eloy Gurulé, mayordomo of the Acequia del Llano, stands on the bank of the Mora River where the ditch’s diversion dam stood until last summer’s flood. Marisol Trujillo-Baca/The New Mexican
P full Eloy Gurulé
O other Acequia del Llano
L geo Mora River
P full Marisol Trujillo-Baca
O media The New Mexican
> CLEVELAND — For 11 generations, the Acequia del Llano has carried water from the Mora River to the hay fields and chile patches of this village at 7,200 feet. Since August, it has carried almost nothing.
L city CLEVELAND
F number 11
L geo Acequia del Llano
L geo Mora River
F quantity 7,200 feet
> A flash flood on Aug. 14, 2037, fed by rain on burn scars upstream, tore out the ditch’s rock-and-timber presa, or diversion dam, and buried 900 feet of the channel under gravel. The 41 parciantes who share the water watched their second cutting of hay dry in the field.
F date Aug. 14, 2037
F quantity 900 feet
F number 41
> On Thursday, the New Mexico Interstate Stream Commission approved $1.4 million from its Acequia and Community Ditch Infrastructure Fund to rebuild the dam in concrete and line 2.3 miles of ditch, the largest single award the program has made to a Mora County acequia.
O government New Mexico Interstate Stream Commission
F money $1.4 million
F quantity 2.3 miles
L region Mora County
> “Without the presa, there is no acequia, and without the acequia, there is no Cleveland,” said Gurulé, 71, who has been mayordomo for 26 years. “My grandfather fixed that dam with a team of horses. We tried with a backhoe in October, and the river took it again.”
Q direct Eloy Gurulé :: “Without the presa, there is no acequia, and without the acequia, there is no Cleveland,”
L city Cleveland
P partial Gurulé
F age 71
F duration 26 years
Q direct Eloy Gurulé :: “My grandfather fixed that dam with a team of horses. We tried with a backhoe in October, and the river took it again.”
> Gurulé said the acequia’s three commissioners voted in January to raise the 10 percent match the state requires, about $140,000, by charging each parciante $85 an acre and selling the ditch’s share of a gravel lease.
P partial Gurulé
F number three
F percent 10 percent
F money $140,000
F money $85
> Paula Archuleta y Sandoval, who irrigates 6 acres of alfalfa and a family orchard below the church, called the assessment hard but fair.
P full Paula Archuleta y Sandoval
F quantity 6 acres
> “Some of the older parciantes live on Social Security. But if we do not pay, we lose the water right, and then we lose the land,” she said.
Q direct Paula Archuleta y Sandoval :: “Some of the older parciantes live on Social Security. But if we do not pay, we lose the water right, and then we lose the land,”
> Under New Mexico law, acequias are political subdivisions of the state, and a water right not put to beneficial use can be lost after four years of nonuse. The Office of the State Engineer has not moved against any Mora County ditch since the flood, a spokeswoman said.
L region New Mexico
F duration four years
O government Office of the State Engineer
L region Mora County
> The New Mexico Acequia Association, which represents more than 600 acequias around the state, called the award “overdue” and said at least 19 ditches in Mora and San Miguel counties were still damaged from the 2037 monsoon.
O nonprofit New Mexico Acequia Association
F number 600
Q direct New Mexico Acequia Association :: “overdue”
F number 19
L region Mora
L region San Miguel
F date 2037
> Work is to begin after the spring runoff, when the river drops below 40 cubic feet per second, said Chacon-based engineer Tomás Olguín of Sangre Hydro Engineering LLC. He expects the dam to be finished by Sept. 30.
F quantity 40 cubic feet per second
L city Chacon
P full Tomás Olguín
O company Sangre Hydro Engineering LLC
F date Sept. 30
> Until then, parciantes are pumping from the river. Gurulé has rigged a 3-inch pump to a generator at the head of the ditch and runs it four hours a night, at a cost of about $60 in gasoline.
P partial Gurulé
F quantity 3-inch
F duration four hours
F money $60
> “It is not how my father did it,” he said. “But the water is moving.”
Q direct Eloy Gurulé :: “It is not how my father did it,”
Q direct Eloy Gurulé :: “But the water is moving.”
'''

ARTICLES['756-sardinian-shepherds-block-ss131-macomer-milk-price-70-cents-pecorino-romano-coldiretti-ansa'] = r'''
> Sardinian shepherds block SS131 as milk price falls to 70 cents
L street SS131
F money 70 cents
> Protest after cheese prices slump, Sardinia promises 12 mn euros in aid
L region Sardinia
F money 12 mn euros
> 09 February 2038 18:42
F date 09 February 2038
F time 18:42
> Shepherds pour milk on the SS131 near Macomer. ANSA/EFISIO CUCCURU
L street SS131
L city Macomer
O media ANSA
P full EFISIO CUCCURU
> (ANSA) - NUORO, FEBRUARY 9 - Hundreds of shepherds blocked the Carlo Felice highway (SS131) near Macomer on Monday, pouring milk on the road in protest at a fall in the price paid for sheep's milk to 70 cents a litre, the lowest in ten years.
O media ANSA
L city NUORO
F date FEBRUARY 9
L street Carlo Felice
L street SS131
L city Macomer
F money 70 cents
F duration ten years
> Traffic between Cagliari and Sassari was halted for more than three hours as about 400 protesters, many with the bells of their flocks tied to their tractors, lined the carriageway at the Birori junction.
L city Cagliari
L city Sassari
F duration three hours
F number 400
L city Birori
> "We are being paid less than it costs to feed the animals. A litre costs me 95 cents to produce," said Giovanni Maria Deiana, 52, who keeps 380 sheep near Orani.
Q direct Giovanni Maria Deiana :: "We are being paid less than it costs to feed the animals. A litre costs me 95 cents to produce,"
F money 95 cents
P full Giovanni Maria Deiana
F age 52
F number 380
L city Orani
> "Every month I lose money. My son wants to go and work in Milan, and I cannot tell him he is wrong."
Q direct Giovanni Maria Deiana :: "Every month I lose money. My son wants to go and work in Milan, and I cannot tell him he is wrong."
L city Milan
> The price of sheep's milk in Sardinia, which produces about two thirds of Italy's sheep's milk, is largely set by the market for Pecorino Romano, the hard salted cheese that accounts for most of the island's food exports.
L region Sardinia
F fraction two thirds
L country Italy
> Wholesale prices for the cheese fell to 6.40 euros a kilo in January from 9.10 euros a year earlier, according to the Consorzio per la Tutela del Formaggio Pecorino Romano, as US buyers cut orders after new tariffs.
F money 6.40 euros
F money 9.10 euros
O nonprofit Consorzio per la Tutela del Formaggio Pecorino Romano
L country US
> The consortium's president, Pietro Salvatore Loi, told ANSA that stocks stood at 31,000 tonnes, "a level we have not seen since 2018", and that producers would cut output by 8% this year.
P full Pietro Salvatore Loi
O media ANSA
F quantity 31,000 tonnes
Q direct Pietro Salvatore Loi :: "a level we have not seen since 2018"
F date 2018
F percent 8%
> Coldiretti Sardegna, the regional branch of Italy's largest farmers' association, called on the regional government to buy up 5,000 tonnes of cheese for food aid and to set "a minimum price that covers costs".
O nonprofit Coldiretti Sardegna
L country Italy
F quantity 5,000 tonnes
Q direct Coldiretti Sardegna :: "a minimum price that covers costs"
> Sardinia's agriculture councillor, Maria Antonietta Sanna, met a delegation of shepherds in Cagliari in the evening and promised 12 million euros in emergency aid, equal to about 15 cents for each litre delivered since December.
L region Sardinia
P full Maria Antonietta Sanna
L city Cagliari
F money 12 million euros
F money 15 cents
> "Sardinia will not leave its shepherds alone," Sanna said, adding that she would ask the agriculture ministry in Rome to open EU crisis funds for the sector.
Q direct Maria Antonietta Sanna :: "Sardinia will not leave its shepherds alone,"
L region Sardinia
P partial Sanna
L city Rome
O intergovernmental EU
> Sardinia has about 12,000 sheep farms and some 3 million sheep, more than any other Italian region.
L region Sardinia
F number 12,000
F number 3 million
> The last large protest, in February 2019, saw shepherds pour milk on roads across the island for weeks and ended with a deal on a minimum price.
F date February 2019
> Shepherds said they would return to the SS131 on Thursday at the Abbasanta junction unless the government in Rome called a meeting with the processors by then. Traffic police in Nuoro said no one was hurt during the protest, which ended at 13:30.
L street SS131
L city Abbasanta
L city Rome
L city Nuoro
F time 13:30
> ALL RIGHTS RESERVED © Copyright ANSA
O media ANSA
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
