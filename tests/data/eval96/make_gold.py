#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval96 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval96/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['619-kasese-nyamwamba-floods-kahokya-hydro-weir-rhpl-uedcl-era-daily-monitor'] = r'''
> National
> Kasese floods wash away Kahokya hydro weir, 14,000 homes in darkness
L city Kasese
L facility Kahokya
F number 14,000
> What you need to know:
> The 6.8MW plant on River Nyamwamba could be off the grid for up to four months, its owners say, as traders turn to generators and the district counts its losses.
F quantity 6.8MW
L geo River Nyamwamba
F duration four months
> By Enid Kabugho
P full Enid Kabugho
> Monday, May 17, 2038
F date May 17, 2038
> Residents look at the remains of the intake weir of Kahokya Hydro Power Station on River Nyamwamba in Kasese District on Saturday. PHOTO | ENID KABUGHO
L facility Kahokya Hydro Power Station
L geo River Nyamwamba
L region Kasese District
P full ENID KABUGHO
> More than 14,000 homes and businesses in Kasese Municipality and the neighbouring Kilembe and Karusandara sub-counties have been without power since the early hours of Saturday, after floods on River Nyamwamba washed away the intake weir of the 6.8MW Kahokya Hydro Power Station.
F number 14,000
L city Kasese Municipality
L region Kilembe
L region Karusandara
L geo River Nyamwamba
F quantity 6.8MW
L facility Kahokya Hydro Power Station
> The river burst its banks at about 2am after two days of heavy rain on the Rwenzori Mountains, rolling boulders and mud through Kilembe and into Bulembia Division. At least 340 families were displaced and two people, a 67-year-old man and his nine-year-old grandson, are still missing, according to the district disaster management committee.
F time 2am
F duration two days
L geo Rwenzori Mountains
L city Kilembe
L city Bulembia Division
F number 340
F number two
F age 67-year-old
F age nine-year-old
> “The weir is simply gone. What the river left us is a heap of rocks and twisted steel,” said Mr Moses Kule Bwambale, the general manager of Rwenzori Highland Power Ltd (RHPL), which owns the plant. “We have shut down the turbines to protect the powerhouse, but we cannot generate a single kilowatt until the intake is rebuilt.”
Q direct Moses Kule Bwambale :: “The weir is simply gone. What the river left us is a heap of rocks and twisted steel,”
P full Moses Kule Bwambale
O company Rwenzori Highland Power Ltd
O company RHPL
Q direct Moses Kule Bwambale :: “We have shut down the turbines to protect the powerhouse, but we cannot generate a single kilowatt until the intake is rebuilt.”
> Mr Bwambale estimated the repairs at Shs11.4 billion (about $3m) and said they could take up to four months, depending on the rains.
P partial Bwambale
F money Shs11.4 billion
F money $3m
F duration four months
> “We had insured the powerhouse and the penstock, but the insurers refused to cover the weir because they said the Nyamwamba was too risky.
Q direct Moses Kule Bwambale :: “We had insured the powerhouse and the penstock, but the insurers refused to cover the weir because they said the Nyamwamba was too risky.
L geo Nyamwamba
> “Now we are going to the bank, to ERA and to government for help,” he said.
Q direct Moses Kule Bwambale :: “Now we are going to the bank, to ERA and to government for help,”
O government ERA
> The run-of-river plant, commissioned in 2031, sells its power to Uganda Electricity Distribution Company Ltd (UEDCL) through a 33kV line to the Kasese substation. It supplied about 14,600 customers in the municipality and the two sub-counties, roughly a third of the district's connections.
F date 2031
O company Uganda Electricity Distribution Company Ltd
O company UEDCL
F quantity 33kV
L facility Kasese
F number 14,600
F number two
F fraction a third
> In a statement on Sunday, the Electricity Regulatory Authority (ERA) said it had directed UEDCL to “prioritise Kilembe Mines Hospital, water pumping stations and the Mubuku irrigation scheme” with supply from the national grid, and that load-shedding in the area would continue “until further notice”.
O government Electricity Regulatory Authority
O government ERA
O company UEDCL
Q direct Electricity Regulatory Authority :: “prioritise Kilembe Mines Hospital, water pumping stations and the Mubuku irrigation scheme”
O other Kilembe Mines Hospital
L facility Mubuku
Q direct Electricity Regulatory Authority :: “until further notice”
> In Kasese town, traders are counting the cost. Ms Jovia Biira, who runs a cold-drinks shop and a welding workshop on Rwenzori Road, said she had spent Shs180,000 on diesel since Saturday.
L city Kasese
P full Jovia Biira
L street Rwenzori Road
F money Shs180,000
> “My generator eats five litres in three hours. If this goes on for a month, I will close the workshop and send the boys home,” Ms Biira, 38, said.
Q direct Jovia Biira :: “My generator eats five litres in three hours. If this goes on for a month, I will close the workshop and send the boys home,”
F quantity five litres
F duration three hours
P partial Biira
F age 38
> Kasese District LC5 chairperson Augustine Baluku Muhindo blamed the flood on encroachment on the river banks and asked government to relocate families living within 100 metres of the Nyamwamba, which also burst its banks in 2013 and 2020.
L region Kasese District
P full Augustine Baluku Muhindo
F quantity 100 metres
L geo Nyamwamba
F date 2013
F date 2020
> “Every year we bury people because of this river. We have told them to leave the banks since 2013, and every year they come back,” Mr Muhindo said.
Q direct Augustine Baluku Muhindo :: “Every year we bury people because of this river. We have told them to leave the banks since 2013, and every year they come back,”
F date 2013
P partial Muhindo
> An engineer at the plant, who asked not to be named because he is not allowed to speak to the press, said the weir had been designed for a flood “of about 180 cubic metres per second” but Saturday's flow was “at least double that”.
Q direct - :: “of about 180 cubic metres per second”
F quantity 180 cubic metres per second
Q direct - :: “at least double that”
> The Ministry of Energy and Mineral Development has licensed 11 small hydropower plants in the Rwenzori sub-region in the past six years, with a combined capacity of about 78MW, most of them on rivers that drain the mountains' glaciers.
O government Ministry of Energy and Mineral Development
F number 11
L region Rwenzori
F duration six years
F quantity 78MW
> Mr Bwambale said RHPL engineers would start clearing the debris on Wednesday if the water level drops, and that the company hoped to restore part of the supply “by the end of August” through a temporary intake.
P partial Bwambale
O company RHPL
Q direct Moses Kule Bwambale :: “by the end of August”
'''

ARTICLES['620-santarem-lake-maica-soy-terminal-license-suspended-quilombolas-mpf-aprosoja-agencia-brasil'] = r'''
> Environment
> Court suspends license for soy terminal on Lake Maicá in Santarém
L geo Lake Maicá
L city Santarém
> Quilombola and fishing communities were not consulted, federal judge rules; company will appeal
> Published on 22/09/2038 - 18:05 By Lucas Tavares Pinheiro - Reporter at Agência Brasil - Santarém
F date 22/09/2038
F time 18:05
P full Lucas Tavares Pinheiro
O media Agência Brasil
L city Santarém
> Santarém (PA), 21/09/2038 - Fishermen on Lake Maicá, where the grain terminal was to be built. Photo: Raimundo Nonato Farias/Agência Brasil
L city Santarém
L region PA
F date 21/09/2038
L geo Lake Maicá
P full Raimundo Nonato Farias
O media Agência Brasil
> A federal court in Santarém, in western Pará, suspended on Tuesday (Sep. 21) the environmental license for a R$ 2.1 billion grain terminal on Lake Maicá, on the eastern edge of the city, ruling that quilombola and fishing communities affected by the project had not been consulted.
L city Santarém
L region Pará
F date Sep. 21
F money R$ 2.1 billion
L geo Lake Maicá
> The terminal, planned by Maicá Terminais Graneleiros S.A. (MTG), was designed to handle 6 million tonnes of soybeans and corn a year, brought by truck along the BR-163 highway from Mato Grosso and loaded onto barges and ocean-going ships bound for China and Europe.
O company Maicá Terminais Graneleiros S.A.
O company MTG
F quantity 6 million tonnes
L street BR-163
L region Mato Grosso
L country China
L continent Europe
> In her decision, Judge Helena Vasconcelos Bragança, of the 2nd Federal Court of Santarém, wrote that the consultation required by ILO Convention 169 "cannot be replaced by public hearings held after the license was granted." The license, issued by the Pará State Department of Environment and Sustainability (Semas) in March 2037, will remain suspended until the communities are consulted, she ruled.
P full Helena Vasconcelos Bragança
O government 2nd Federal Court of Santarém
Q direct Helena Vasconcelos Bragança :: "cannot be replaced by public hearings held after the license was granted."
O government Pará State Department of Environment and Sustainability
O government Semas
F date March 2037
> The lawsuit was filed in 2037 by the Federal Public Prosecutor's Office (MPF) and the Federal Public Defender's Office (DPU) on behalf of 11 communities around the lake, among them the quilombos of Arapemã, Saracura and Bom Jardim and the fishing village of Ituqui.
F date 2037
O government Federal Public Prosecutor's Office
O government MPF
O government Federal Public Defender's Office
O government DPU
F number 11
L city Arapemã
L city Saracura
L city Bom Jardim
L city Ituqui
> "For us, the lake is the market, the pharmacy and the road. If they dredge the channel for the ships, the nurseries where the fish spawn will disappear," said Maria do Socorro Arapiranga dos Santos, 54, coordinator of the Federation of Quilombola Organizations of Santarém (FOQS).
Q direct Maria do Socorro Arapiranga dos Santos :: "For us, the lake is the market, the pharmacy and the road. If they dredge the channel for the ships, the nurseries where the fish spawn will disappear,"
P full Maria do Socorro Arapiranga dos Santos
F age 54
O nonprofit Federation of Quilombola Organizations of Santarém
O nonprofit FOQS
> According to her, fishermen in the quilombos already catch about 40% less tambaqui and pirarucu than they did ten years ago. "Nobody from the company came to ask us anything. They came with a map that said 'port area' on top of our houses," Maria do Socorro said.
F percent 40%
F duration ten years
Q direct Maria do Socorro Arapiranga dos Santos :: "Nobody from the company came to ask us anything. They came with a map that said 'port area' on top of our houses,"
P partial Maria do Socorro
> In a note, MTG said it would appeal to the Federal Regional Court of the 1st Region (TRF1), in Brasília, and that the project "complied with every stage of the environmental licensing process." The company said the terminal would create 1,200 jobs during construction and 380 permanent jobs.
O company MTG
O government Federal Regional Court of the 1st Region
O government TRF1
L city Brasília
Q direct Maicá Terminais Graneleiros S.A. :: "complied with every stage of the environmental licensing process."
F number 1,200
F number 380
> Santarém's port handled 9.8 million tonnes of grain in 2037, up 7.5% from the previous year, according to the National Waterway Transportation Agency (Antaq). Most of it arrives by road from the north of Mato Grosso, some 1,000 kilometers to the south.
L city Santarém
F quantity 9.8 million tonnes
F date 2037
F percent 7.5%
O government National Waterway Transportation Agency
O government Antaq
L region Mato Grosso
F quantity 1,000 kilometers
> The Mato Grosso Soybean and Corn Producers Association (Aprosoja-MT) said the decision "puts at risk the logistics of the Northern Arc," the network of river ports that farmers use to cut freight costs. Shipping through Santarém instead of the southern ports of Santos and Paranaguá saves producers in Sorriso and Lucas do Rio Verde up to R$ 95 per tonne, the association estimates.
O nonprofit Mato Grosso Soybean and Corn Producers Association
O nonprofit Aprosoja-MT
Q direct Mato Grosso Soybean and Corn Producers Association :: "puts at risk the logistics of the Northern Arc,"
L region Northern Arc
L city Santarém
L city Santos
L city Paranaguá
L city Sorriso
L city Lucas do Rio Verde
F money R$ 95
> Federal prosecutor Rafael Nogueira Lins said the ruling "sets a precedent" for at least four other port projects planned on the Tapajós and Amazon rivers between Itaituba and Santarém.
P full Rafael Nogueira Lins
Q direct Rafael Nogueira Lins :: "sets a precedent"
F number four
L geo Tapajós
L geo Amazon
L city Itaituba
L city Santarém
> "The law does not say 'consult if convenient'. It says consult before," he told Agência Brasil.
Q direct Rafael Nogueira Lins :: "The law does not say 'consult if convenient'. It says consult before,"
O media Agência Brasil
> The judge set a fine of R$ 500,000 per day if any works begin before the consultation, which must be concluded within 180 days.
F money R$ 500,000
F duration 180 days
> Translation: Diana Carvalho Lemos
P full Diana Carvalho Lemos
> Edition: Marcos Antônio Ribas
P full Marcos Antônio Ribas
'''

ARTICLES['621-indian-derby-sapphire-monsoon-short-head-mahalaxmi-rwitc-shinde-daruwala-results-mid-day'] = r'''
> Horse Racing
> Indian Derby: Sapphire Monsoon Pips Kohinoor Dancer in Photo Finish
> Aarav Shinde, 23, lands his first Classic as the Kunigal-bred colt beats the 6-4 favourite by a short head before a crowd of around 28,000 at Mahalaxmi
P full Aarav Shinde
F age 23
L city Kunigal
F number 6-4
F number 28,000
L facility Mahalaxmi
> Updated on: 07 February,2039 07:42 AM IST | Mumbai | Hormazd Sethna
F date 07 February,2039
F time 07:42 AM IST
L city Mumbai
P full Hormazd Sethna
> Aarav Shinde drives Sapphire Monsoon (right) past Kohinoor Dancer in the final strides of the Indian Derby at Mahalaxmi racecourse on Sunday. Pic/Tejas Wagle
P full Aarav Shinde
L facility Mahalaxmi
P full Tejas Wagle
> Sapphire Monsoon, trained by Kersi F. Daruwala and ridden by 23-year-old Aarav Shinde, won the 2039 Indian Derby by a short head at Mahalaxmi on Sunday, catching the 6-4 favourite Kohinoor Dancer in the last 50 metres of the 2,400m classic.
P full Kersi F. Daruwala
F age 23-year-old
P full Aarav Shinde
F date 2039
L facility Mahalaxmi
F number 6-4
F quantity 50 metres
F quantity 2,400m
> It was a first Derby for Shinde, who rode his first winner only in 2034, and for the Pune-based Cama family, whose Chandanwadi Stud bred the colt at its farm near Kunigal in Karnataka.
P partial Shinde
F date 2034
L city Pune
P partial Cama
O company Chandanwadi Stud
L city Kunigal
L region Karnataka
> "I knew at the 400 metres that I had plenty of horse under me. He was waiting for the other one to come to him, and when Kohinoor Dancer came, he found another gear," said Shinde, who grew up in a farming family in Satara district. "Ekdum sher dil hai - he has the heart of a lion."
Q direct Aarav Shinde :: "I knew at the 400 metres that I had plenty of horse under me. He was waiting for the other one to come to him, and when Kohinoor Dancer came, he found another gear,"
F quantity 400 metres
P partial Shinde
L region Satara
Q direct Aarav Shinde :: "Ekdum sher dil hai - he has the heart of a lion."
> Daruwala, 61, who saddled his first Derby runner in 2011, said the colt had been "a difficult child" as a two-year-old.
P partial Daruwala
F age 61
F date 2011
Q direct Kersi F. Daruwala :: "a difficult child"
F duration two-year-old
> "He would not load into the stalls and he would not eat when we took him to Pune. My head lad Shankar slept outside his box for three weeks before the Guineas.
Q direct Kersi F. Daruwala :: "He would not load into the stalls and he would not eat when we took him to Pune. My head lad Shankar slept outside his box for three weeks before the Guineas.
L city Pune
P partial Shankar
F duration three weeks
> "Today he paid all of us back," Daruwala said.
Q direct Kersi F. Daruwala :: "Today he paid all of us back,"
P partial Daruwala
> Kohinoor Dancer, ridden by South African jockey Dylan van Wyk, hit the front 300 metres out and looked the winner until Shinde switched to the outside. The judges took nearly four minutes to separate the two on the photo.
P full Dylan van Wyk
F quantity 300 metres
P partial Shinde
F duration four minutes
F number two
> Malabar Hill, the only filly in the field of 12, finished third, one and a quarter lengths behind, with the 40-1 outsider Sea Of Grace fourth.
F number 12
F quantity one and a quarter lengths
F number 40-1
> The winner's share of the Rs 4.5 crore stakes was Rs 2.43 crore, the Royal Western India Turf Club (RWITC) said. Betting on the Derby, on course and online, touched Rs 38.6 crore, up 12 per cent from 2038, the club said, calling the crowd "the biggest we have had on Derby day in 20 years."
F money Rs 4.5 crore
F money Rs 2.43 crore
O nonprofit Royal Western India Turf Club
O nonprofit RWITC
F money Rs 38.6 crore
F percent 12 per cent
F date 2038
Q direct Royal Western India Turf Club :: "the biggest we have had on Derby day in 20 years."
F duration 20 years
> A bookmaker in the ring, who did not want to be named, said most of the money had been on the favourite. "Ninety per cent of my book was Kohinoor Dancer. Today the punters are crying and we are smiling," he said.
Q direct - :: "Ninety per cent of my book was Kohinoor Dancer. Today the punters are crying and we are smiling,"
F percent Ninety per cent
> Earlier, Yash Naik rode a double for trainer Imtiaz Sait, and Shinde added a third win in the last race of the 10-race card.
P full Yash Naik
P full Imtiaz Sait
P partial Shinde
F number 10
> RESULTS
> Lakshmi Vilas Plate (1,200m): Golden Tamarind (Yash Naik) 1, Pearl Of Worli (Aarav Shinde) 2, Bold Sahyadri (Rohan Jadhav) 3. Won by: 2-3/4, Nk. Time: 1:11.84. Tote: Win Rs 37; Place: Rs 14, 19; Quinella: Rs 121. Trainer: Imtiaz Sait.
F quantity 1,200m
P full Yash Naik
P full Aarav Shinde
P full Rohan Jadhav
F quantity 2-3/4
F duration 1:11.84
O company Tote
F money Rs 37
F money Rs 14
F money 19
F money Rs 121
P full Imtiaz Sait
> Colaba Cup (1,600m): Western Ghat (Yash Naik) 1, Ruby Of Ranikhet (Sandeep Gaikwad) 2, Monsoon Raga (Aarav Shinde) 3. Won by: 1/2, 3-1/2. Time: 1:37.20. Tote: Win Rs 22; Place: Rs 11, 26, 15; Quinella: Rs 88. Trainer: Imtiaz Sait.
F quantity 1,600m
P full Yash Naik
P full Sandeep Gaikwad
P full Aarav Shinde
F quantity 1/2
F quantity 3-1/2
F duration 1:37.20
O company Tote
F money Rs 22
F money Rs 11
F money 26
F money 15
F money Rs 88
P full Imtiaz Sait
> Indian Derby (Gr. 1) (2,400m): Sapphire Monsoon (Aarav Shinde) 1, Kohinoor Dancer (Dylan van Wyk) 2, Malabar Hill (Rohan Jadhav) 3, Sea Of Grace (Sandeep Gaikwad) 4. Won by: SH, 1-1/4, 3/4. Time: 2:29.61. Tote: Win Rs 118; Place: Rs 31, 12, 44; Quinella: Rs 163; Tanala: Rs 3,482. Fav: Kohinoor Dancer. Trainer: Kersi F. Daruwala.
F quantity 2,400m
P full Aarav Shinde
P full Dylan van Wyk
P full Rohan Jadhav
P full Sandeep Gaikwad
F quantity 1-1/4
F quantity 3/4
F duration 2:29.61
O company Tote
F money Rs 118
F money Rs 31
F money 12
F money 44
F money Rs 163
F money Rs 3,482
P full Kersi F. Daruwala
> Jackpot: Rs 1,84,320 (70 per cent); Rs 78,990 (30 per cent).
F money Rs 1,84,320
F percent 70 per cent
F money Rs 78,990
F percent 30 per cent
'''

ARTICLES['622-kouris-asprokremmos-dams-14-percent-limassol-paphos-night-water-cuts-wdd-eoa-in-cyprus'] = r'''
> Cyprus
L country Cyprus
> 'We are rationing by the hour': Limassol and Paphos face night-time water cuts as dams fall to 14%
Q direct Loizos Panayiotou :: 'We are rationing by the hour'
L city Limassol
L city Paphos
F percent 14%
> By Anna Hadjikyriakou
P full Anna Hadjikyriakou
> 16 July 2038 | 19:42
F date 16 July 2038
F time 19:42
> The Kouris dam, the island's largest reservoir, photographed on Thursday at 9.6% of its capacity. (Photo: CNA)
L facility Kouris
F percent 9.6%
O media CNA
> Households in Limassol and Paphos will have their water supply cut for eight hours every night from Monday, the Water Development Department (WDD) announced on Friday, as the island's reservoirs fell to 14.2% of capacity, the lowest July level since records began in 1987.
L city Limassol
L city Paphos
F duration eight hours
O government Water Development Department
O government WDD
F percent 14.2%
F date 1987
> Supply will be interrupted from 11pm to 7am in both districts, with the cuts rotating between neighbourhoods every 48 hours, the department said. Hotels, hospitals, care homes and the industrial areas of Limassol and Paphos are exempt.
F time 11pm
F time 7am
F duration 48 hours
L city Limassol
L city Paphos
> The 115-million-cubic-metre Kouris dam held just 11.1 million cubic metres on Friday, while Asprokremmos, which supplies Paphos, was at 17%. Total storage in the island's 108 dams stood at 41.7 million cubic metres, compared with 98.3 million cubic metres a year earlier.
F quantity 115-million-cubic-metre
L facility Kouris
F quantity 11.1 million cubic metres
L facility Asprokremmos
L city Paphos
F percent 17%
F number 108
F quantity 41.7 million cubic metres
F quantity 98.3 million cubic metres
> "We are rationing by the hour because the alternative is rationing by the day," WDD director Loizos Panayiotou told in-cyprus. "The desalination plants are working at full capacity. There is simply no more water to give."
Q direct Loizos Panayiotou :: "We are rationing by the hour because the alternative is rationing by the day,"
O government WDD
P full Loizos Panayiotou
O media in-cyprus
Q direct Loizos Panayiotou :: "The desalination plants are working at full capacity. There is simply no more water to give."
> Cyprus relies on desalination for about 70% of its drinking water in dry years. The plants at Dhekelia, Larnaca, Episkopi and Vasilikos produce around 245,000 cubic metres a day, and four mobile units installed at Moni in 2037 add another 20,000.
L country Cyprus
F percent 70%
L city Dhekelia
L city Larnaca
L city Episkopi
L city Vasilikos
F quantity 245,000 cubic metres
F number four
L city Moni
F date 2037
F quantity 20,000
> The heatwave has made matters worse: temperatures reached 42C in Nicosia on Wednesday, and the Meteorological Department expects highs of 40-43C until at least July 25.
F quantity 42C
L city Nicosia
O government Meteorological Department
F quantity 40-43C
F date July 25
> Agriculture Minister Maria Stylianou-Constantinou said the cabinet would on Wednesday approve €14.5 million for two more mobile units at Pentakomo and Paphos, to be running "before the end of October".
P full Maria Stylianou-Constantinou
F money €14.5 million
F number two
L city Pentakomo
L city Paphos
Q direct Maria Stylianou-Constantinou :: "before the end of October"
> Farmers have already taken the brunt. Irrigation water from Asprokremmos has been cut by 40% since April, and growers in the Paphos district say trees are dying.
L facility Asprokremmos
F percent 40%
L region Paphos
> "The avocados need water in August, not in December. If the cut stays at 40%, I will let half of the orchard die to save the rest," said Panicos Loizides, 58, who grows avocados and citrus near Polis Chrysochous.
Q direct Panicos Loizides :: "The avocados need water in August, not in December. If the cut stays at 40%, I will let half of the orchard die to save the rest,"
F percent 40%
F fraction half
P full Panicos Loizides
F age 58
L city Polis Chrysochous
> Loizides said the Cyprus Farmers' Union had asked the ministry for compensation of €1,200 per hectare for trees lost to the drought.
P partial Loizides
O nonprofit Cyprus Farmers' Union
F money €1,200
> A Limassol hotelier, who asked not to be named, said guests had begun to complain about weak pressure in the evenings even before the cuts. "We tell them it's the heat. We don't tell them the island is running dry," he said.
L city Limassol
Q direct - :: "We tell them it's the heat. We don't tell them the island is running dry,"
> Opposition party Akel accused the government of "sleepwalking into a drought everyone could see coming" and called on the WDD to publish the cut schedule for every neighbourhood.
O party Akel
Q direct Akel :: "sleepwalking into a drought everyone could see coming"
O government WDD
> The Limassol District Local Government Organisation (EOA), which took over the city's water board in 2024, said residents would be able to check their schedule on its website from Saturday, and that tankers would be sent to homes with "vulnerable residents" on request.
O government Limassol District Local Government Organisation
O government EOA
F date 2024
Q direct Limassol District Local Government Organisation :: "vulnerable residents"
> In the north, which has received water from Türkiye through an undersea pipeline from Anamur since 2015, Turkish Cypriot authorities said no cuts were planned.
L country Türkiye
L city Anamur
F date 2015
> (With information from CNA)
O media CNA
'''

ARTICLES['623-la-peche-fire-hall-loan-register-referendum-wakefield-masham-lac-des-loups-low-down'] = r'''
> News
> La Pêche residents force referendum on $7.9M fire hall loan
L city La Pêche
F money $7.9M
> Register drew 641 signatures, 154 more than needed; vote set for May 2
F number 641
F number 154
F date May 2
> By Maëlle Tremblay-O’Hara
P full Maëlle Tremblay-O’Hara
> Local Journalism Initiative reporter
> March 19, 2038
F date March 19, 2038
> The Wakefield fire station on Chemin Riverside, built in 1974, would be replaced under the plan. Photo: Maëlle Tremblay-O’Hara
L city Wakefield
L street Chemin Riverside
F date 1974
P full Maëlle Tremblay-O’Hara
> La Pêche residents will vote in a referendum on May 2 on whether the municipality can borrow $7.9 million to build a new fire hall in Wakefield, after a register held at the municipal office on March 16 and 17 gathered 641 signatures – 154 more than the 487 required under Quebec law.
L city La Pêche
F date May 2
F money $7.9 million
L city Wakefield
F date March 16
F date 17
F number 641
F number 154
F number 487
L region Quebec
> Council adopted the loan bylaw, numbered 38-07, in a 4-3 vote on Feb. 15. It would pay for a 1,450-square-metre hall with four truck bays on a municipal lot next to Highway 5, replacing the 64-year-old Wakefield station and the smaller station in Alcove, which fire chief Daniel Kerr-Ouimet says no longer meet provincial standards.
F number 4-3
F date Feb. 15
F quantity 1,450-square-metre
F number four
L street Highway 5
F duration 64-year-old
L city Wakefield
L city Alcove
P full Daniel Kerr-Ouimet
> “We have firefighters changing their clothes in a room where the diesel exhaust from the trucks has nowhere to go,” Mayor Geneviève Larocque-Brennan, who voted for the bylaw, told the Low Down. “I understand that people are worried about their taxes. I am too. But this is not a luxury.”
Q direct Geneviève Larocque-Brennan :: “We have firefighters changing their clothes in a room where the diesel exhaust from the trucks has nowhere to go,”
P full Geneviève Larocque-Brennan
O media Low Down
Q direct Geneviève Larocque-Brennan :: “I understand that people are worried about their taxes. I am too. But this is not a luxury.”
> According to the municipality, the loan would be repaid over 25 years and would add about $96 a year to the tax bill of an average house, valued at $389,000 on the 2038 assessment roll. Quebec’s Ministry of Municipal Affairs and Housing (MAMH) has approved a $2.1-million grant, which brings the total cost of the project to $10 million.
F duration 25 years
F money $96
F money $389,000
F date 2038
L region Quebec
O government Ministry of Municipal Affairs and Housing
O government MAMH
F money $2.1-million
F money $10 million
> The register was organized by a group of residents from Masham and Lac-des-Loups, who argue that the hall should be built in Sainte-Cécile-de-Masham, the municipality’s most populous sector, rather than in Wakefield.
L city Masham
L city Lac-des-Loups
L city Sainte-Cécile-de-Masham
L city Wakefield
> Coun. Rhéal St-Amour, who represents Lac-des-Loups and voted against the bylaw, said the problem was the location, not the hall.
P full Rhéal St-Amour
L city Lac-des-Loups
> “Half of the calls come from our side of the municipality. When there is a fire on Chemin Pontbriand at 2 a.m., the trucks from Wakefield have to drive 25 kilometres up Route 366, and 12 minutes is the difference between a kitchen fire and a house that is gone.
Q direct Rhéal St-Amour :: “Half of the calls come from our side of the municipality. When there is a fire on Chemin Pontbriand at 2 a.m., the trucks from Wakefield have to drive 25 kilometres up Route 366, and 12 minutes is the difference between a kitchen fire and a house that is gone.
F fraction Half
L street Chemin Pontbriand
F time 2 a.m.
L city Wakefield
F quantity 25 kilometres
L street Route 366
F duration 12 minutes
> “Nobody is against the firefighters. We are against putting everything in Wakefield again,” he said in French.
Q direct Rhéal St-Amour :: “Nobody is against the firefighters. We are against putting everything in Wakefield again,”
L city Wakefield
> Councillors Paula Dunn-Kearney and Marc-Antoine Brisebois also voted against the bylaw.
P full Paula Dunn-Kearney
P full Marc-Antoine Brisebois
> Kerr-Ouimet said the department’s 38 volunteer firefighters answered 412 calls in 2037, up from 297 in 2032. A new hall would cut response times in the Wakefield, Rupert and Edelweiss sectors by “two or three minutes,” he said, while the Masham station on Route 366 would be renovated with a separate grant.
P partial Kerr-Ouimet
F number 38
F number 412
F date 2037
F number 297
F date 2032
L city Wakefield
L city Rupert
L city Edelweiss
Q direct Daniel Kerr-Ouimet :: “two or three minutes,”
F duration two
F duration three minutes
L city Masham
L street Route 366
> Dispatch data from the MRC des Collines-de-l’Outaouais, which handles 911 calls for La Pêche, Chelsea, Cantley and four other municipalities, show an average response time of 14 minutes in La Pêche in 2037, the longest in the MRC.
O government MRC des Collines-de-l’Outaouais
L city La Pêche
L city Chelsea
L city Cantley
F number four
F duration 14 minutes
L city La Pêche
F date 2037
O government MRC
> In a statement, the Municipality of La Pêche said it “respects the democratic process” and would hold two information sessions in April, in Wakefield and in Masham.
O government Municipality of La Pêche
Q direct Municipality of La Pêche :: “respects the democratic process”
F number two
L city Wakefield
L city Masham
> Polls will be open from 10 a.m. to 8 p.m. at the community centres in Wakefield and Masham on May 2, with advance voting on April 25. If a majority votes no, the bylaw is withdrawn and council would have to start the process again.
F time 10 a.m.
F time 8 p.m.
L city Wakefield
L city Masham
F date May 2
F date April 25
'''

ARTICLES['624-maafushi-guesthouse-permit-freeze-kaafu-atoll-fenaka-sewage-mgoa-green-tax-the-edition'] = r'''
> Tourism
> ‘The island can’t take one more bed’: Maafushi freezes new guesthouse permits
Q direct Hussain Shafeeq :: ‘The island can’t take one more bed’
F number one
L city Maafushi
> Mariyam Nuzuha
P full Mariyam Nuzuha
> 17 November 2038, 14:25
F date 17 November 2038
F time 14:25
> Guesthouses and cafés line the bikini beach on K. Maafushi. Photo: Maafushi Council
L region K.
L city Maafushi
O government Maafushi Council
> Maafushi Council has stopped accepting applications for new guesthouses and extensions on the island, saying its sewage and water systems can no longer cope with a tourist population that now rivals the number of residents.
O government Maafushi Council
> The moratorium, approved unanimously by the seven-member council on Sunday, will last for at least six months and covers all new tourist beds on K. Maafushi, the Kaafu Atoll island that became the country’s best-known guesthouse destination after the government opened inhabited islands to tourism in 2009.
F number seven
F duration six months
L region K.
L city Maafushi
L region Kaafu Atoll
F date 2009
> Maafushi, a 26-hectare island 27 kilometres south of Malé, now has 61 registered guesthouses with 1,984 beds, according to the Ministry of Tourism and Environment. Its resident population was 3,120 at the 2035 census. Rooms cost USD 60-120 a night in high season.
L city Maafushi
F quantity 26-hectare
F quantity 27 kilometres
L city Malé
F number 61
F number 1,984
O government Ministry of Tourism and Environment
F number 3,120
F date 2035
F money USD 60-120
> “On a busy night in February we have more than 2,000 tourists sleeping here, plus the staff. Our sewage plant was built for 4,000 people,” Council President Hussain Shafeeq told The Edition. “The island can’t take one more bed until the new plant is running.”
Q direct Hussain Shafeeq :: “On a busy night in February we have more than 2,000 tourists sleeping here, plus the staff. Our sewage plant was built for 4,000 people,”
F number 2,000
F number 4,000
P full Hussain Shafeeq
O media The Edition
Q direct Hussain Shafeeq :: “The island can’t take one more bed until the new plant is running.”
F number one
> State utility Fenaka Corporation said in a statement that a new treatment plant with a capacity of 1,200 cubic metres a day was under construction, financed by a MVR 46.2 million (USD 3 million) loan, and would be commissioned “by the third quarter of 2039”.
O company Fenaka Corporation
F quantity 1,200 cubic metres
F money MVR 46.2 million
F money USD 3 million
Q direct Fenaka Corporation :: “by the third quarter of 2039”
F date 2039
> Until then, Shafeeq said, the council would not issue any new permits, including for projects whose land had already been allocated.
P partial Shafeeq
> That has angered some owners. Aminath Niuma, who runs a 12-room guesthouse near the harbour and had planned to add a second floor with eight rooms, said she had already spent MVR 780,000 on the foundations.
P full Aminath Niuma
F number 12
F number eight
F money MVR 780,000
> “I followed every rule. I got the council’s approval in March, I took a loan from the bank, and now they tell me to wait.
Q direct Aminath Niuma :: “I followed every rule. I got the council’s approval in March, I took a loan from the bank, and now they tell me to wait.
> “Who will pay the bank for six months? The council?” she said.
Q direct Aminath Niuma :: “Who will pay the bank for six months? The council?”
F duration six months
> The Maafushi Guesthouse Operators Association (MGOA), which represents 43 of the island’s 61 guesthouses, said it supported the freeze but asked the council to exempt projects approved before November 1.
O nonprofit Maafushi Guesthouse Operators Association
O nonprofit MGOA
F number 43
F number 61
F date November 1
> Guesthouse tourism, promoted by successive governments as “local island tourism”, has grown rapidly since the pandemic. The Maldives recorded 2.41 million tourist arrivals in 2037, and guesthouses accounted for 14.6 percent of all bed nights, up from 9 percent in 2029, according to the tourism ministry.
Q scare - :: “local island tourism”
L country Maldives
F number 2.41 million
F date 2037
F percent 14.6 percent
F percent 9 percent
F date 2029
> Councils on Thulusdhoo, Dhiffushi and Gulhi, also in Kaafu Atoll, have asked the Local Government Authority (LGA) for similar powers. Maafushi MP Ibrahim Nashid Waheed said he would raise the issue in the People’s Majlis, warning that “if Maafushi can freeze beds, every island will want to do the same.”
L city Thulusdhoo
L city Dhiffushi
L city Gulhi
L region Kaafu Atoll
O government Local Government Authority
O government LGA
L region Maafushi
P full Ibrahim Nashid Waheed
O government People’s Majlis
Q direct Ibrahim Nashid Waheed :: “if Maafushi can freeze beds, every island will want to do the same.”
L city Maafushi
> Guests on inhabited islands pay a green tax of USD 6 a night. Maafushi is 45 minutes by speedboat from Velana International Airport, and a public ferry runs from Malé three times a week.
F money USD 6
L city Maafushi
F duration 45 minutes
L facility Velana International Airport
L city Malé
F number three
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
