#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval136 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval136/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['859-kilwa-masoko-fishing-port-landing-fee-fishermen-traders-lindi-the-citizen'] = r'''
> News
> Kilwa fishermen say new port fees eat into their catch
L city Kilwa
> Small-scale fishers at Kilwa Masoko want the landing fee halved, but officials say the Sh266 billion port must pay its way
L city Kilwa Masoko
F money Sh266 billion
> By Salma Mkwawa
P full Salma Mkwawa
> Monday, March 15, 2038
F date March 15, 2038
> Fishermen offload sardines at the Kilwa Masoko Fishing Port in Lindi Region on Saturday. PHOTO | SALMA MKWAWA
L facility Kilwa Masoko Fishing Port
L region Lindi Region
P full SALMA MKWAWA
> Kilwa. Fishermen at the Kilwa Masoko Fishing Port say a landing fee introduced in January is eating up most of what they earn, and some have gone back to landing their catch on open beaches to avoid it.
L city Kilwa
L facility Kilwa Masoko Fishing Port
> Under the new rules, every boat that offloads at the port pays Sh2,000 a day plus three percent of the value of its catch. The money is collected by the Tanzania Ports Authority (TPA) on behalf of the Kilwa District Council.
F money Sh2,000
F percent three percent
O government Tanzania Ports Authority
O government TPA
O government Kilwa District Council
> “On a good night I bring in fish worth Sh150,000. After the fee, the fuel and paying my four crew, I take home less than Sh30,000,” said Mr Athumani Bakari Mpemba, 52, who has fished from Kilwa for 31 years.
Q direct Athumani Bakari Mpemba :: “On a good night I bring in fish worth Sh150,000. After the fee, the fuel and paying my four crew, I take home less than Sh30,000,”
F money Sh150,000
F number four
F money Sh30,000
P full Athumani Bakari Mpemba
F age 52
L city Kilwa
F duration 31 years
> “At the beach in Kivinje you pay nothing. That is why the boats are going back there,” he added.
Q direct Athumani Bakari Mpemba :: “At the beach in Kivinje you pay nothing. That is why the boats are going back there,”
L city Kivinje
> The port, opened in October 2037, has a 300-metre quay, a cold store that holds 1,500 tonnes and an ice plant that makes 60 tonnes a day. It was built so that deep-sea vessels licensed by the Deep Sea Fishing Authority (DSFA) could land their catch in Tanzania instead of Port Louis or Mombasa.
F date October 2037
F quantity 300-metre
F quantity 1,500 tonnes
F quantity 60 tonnes
O government Deep Sea Fishing Authority
O government DSFA
L country Tanzania
L city Port Louis
L city Mombasa
> So far only two foreign-flagged longliners have docked there, according to port records seen by The Citizen.
F number two
O media The Citizen
> Fish traders, most of them women, say the cold store is too expensive for them. Bi Mwanaisha Said Kombo, who buys at the port and sells in Lindi and Dar es Salaam, said a shelf in the cold room costs Sh45,000 a week.
P full Mwanaisha Said Kombo
L city Lindi
L city Dar es Salaam
F money Sh45,000
> “We women carry the fish on our heads to the market because we cannot afford the cold room. Some days half of it is spoilt before noon,” she said.
Q direct Mwanaisha Said Kombo :: “We women carry the fish on our heads to the market because we cannot afford the cold room. Some days half of it is spoilt before noon,”
F fraction half
> Kilwa District Commissioner Hadija Mohamed Nyangasa said the government had heard the complaints and that a team from the Ministry of Livestock and Fisheries would visit the port on March 22.
L region Kilwa
P full Hadija Mohamed Nyangasa
O government Ministry of Livestock and Fisheries
F date March 22
> “The fee is not meant to punish anyone. The port has to maintain itself, and when the big ships start coming, small fishermen will benefit from the ice, the market and the jobs,” she said. “We are also discussing with TPA whether boats under 10 metres can pay a lower rate.
Q direct Hadija Mohamed Nyangasa :: “The fee is not meant to punish anyone. The port has to maintain itself, and when the big ships start coming, small fishermen will benefit from the ice, the market and the jobs,”
Q direct Hadija Mohamed Nyangasa :: “We are also discussing with TPA whether boats under 10 metres can pay a lower rate.
O government TPA
F quantity 10 metres
> “But people must understand that the beaches are not safe for landing fish. There is no clean water and no inspection there.”
Q direct Hadija Mohamed Nyangasa :: “But people must understand that the beaches are not safe for landing fish. There is no clean water and no inspection there.”
> According to the Tanzania Fisheries Research Institute (Tafiri), landings at Kilwa rose to 18,400 tonnes in 2037 from 14,900 tonnes in 2035, with sardines and octopus making up more than half.
O government Tanzania Fisheries Research Institute
O government Tafiri
L city Kilwa
F quantity 18,400 tonnes
F date 2037
F quantity 14,900 tonnes
F date 2035
F fraction half
> Tafiri researcher Dr Juma Selemani Mrisho said a proper landing site also helps scientists. “At the beaches we only guess. At the port, every crate can be weighed,” he said.
O government Tafiri
P full Juma Selemani Mrisho
Q direct Juma Selemani Mrisho :: “At the beaches we only guess. At the port, every crate can be weighed,”
> The fishermen’s group Umoja wa Wavuvi Kilwa, which says it has 640 members, wants the daily fee cut to Sh1,000 and the percentage scrapped. Its chairman, Mr Rashid Hamisi Ngwali, said the group would write to the Prime Minister’s Office if nothing changed by the end of April.
O nonprofit Umoja wa Wavuvi Kilwa
F number 640
F money Sh1,000
P full Rashid Hamisi Ngwali
O government Prime Minister’s Office
> “We are not against the port. We are against a fee that was decided in Dar es Salaam without asking us,” he said.
Q direct Rashid Hamisi Ngwali :: “We are not against the port. We are against a fee that was decided in Dar es Salaam without asking us,”
L city Dar es Salaam
> Kilwa Masoko lies about 300 kilometres south of Dar es Salaam. Tourists reach the ruins on Kilwa Kisiwani and Songo Mnara, which Unesco lists as a World Heritage Site, by boat from the same bay.
L city Kilwa Masoko
F quantity 300 kilometres
L city Dar es Salaam
L geo Kilwa Kisiwani
L geo Songo Mnara
O intergovernmental Unesco
'''

ARTICLES['860-gili-trawangan-desalination-plant-breakdown-water-limits-hotels-lombok-bali-sun'] = r'''
> Gili Trawangan Hotels Told To Cut Water Use As Desalination Plant Breaks Down
L geo Gili Trawangan
> By Amelia Hartono
P full Amelia Hartono
> March 4, 2039
F date March 4, 2039
> Guests walk along the main strip on Gili Trawangan. Image: Bali Sun
L geo Gili Trawangan
O media Bali Sun
> Travelers heading to Gili Trawangan, the largest of the three Gili Islands off the northwest coast of Lombok, are being asked to take shorter showers after the island's main desalination plant broke down last week.
L geo Gili Trawangan
F number three
L geo Gili Islands
L geo Lombok
> The plant, run by PT Tirta Gili Lestari, normally produces 2,400 cubic meters of fresh water a day for the island's hotels, restaurants and about 1,800 residents. Since February 24 it has been running at less than a third of that after two of its pumps failed.
O company PT Tirta Gili Lestari
F quantity 2,400 cubic meters
F number 1,800
F date February 24
F fraction a third
F number two
> In a letter to businesses on Monday, the North Lombok Regency government asked hotels to limit each guest to 40 liters a day, stop refilling swimming pools and stop watering gardens between 6 am and 6 pm.
L region North Lombok Regency
F quantity 40 liters
F time 6 am
F time 6 pm
> "This is temporary. Spare parts are on their way from Surabaya and we expect full supply again by March 15," the regency said in the letter.
Q direct North Lombok Regency :: "This is temporary. Spare parts are on their way from Surabaya and we expect full supply again by March 15,"
L city Surabaya
F date March 15
> Regent Lalu Muhammad Fathurrahman told reporters in Tanjung that the regency would pay for water tankers to cross from Bangsal harbor twice a day.
P full Lalu Muhammad Fathurrahman
L city Tanjung
L city Bangsal
> "We cannot let the island run dry in the middle of the season. Every boat will carry 20 tons, and the hotels will pay only the cost of fuel," he said.
Q direct Lalu Muhammad Fathurrahman :: "We cannot let the island run dry in the middle of the season. Every boat will carry 20 tons, and the hotels will pay only the cost of fuel,"
F quantity 20 tons
> Business owners say the shortage has come at the worst time. March is the start of the busy season for European and Australian travelers, and several hotels on "Gili T", as the island is known, reported occupancy above 85% last week.
Q scare - :: "Gili T"
L geo Gili T
F percent 85%
> Baiq Nurul Aini, who owns a 24-room bungalow resort on the island's north coast, said she had been buying water from the tankers at Rp 350,000 per cubic meter, about US$21.
P full Baiq Nurul Aini
F number 24
F money Rp 350,000
F money US$21
> "My guests understand, most of them. But one couple from Perth asked for a refund because the pool was closed," she said. "I told them: this is an island, the water comes by boat."
Q direct Baiq Nurul Aini :: "My guests understand, most of them. But one couple from Perth asked for a refund because the pool was closed,"
F number one
L city Perth
Q direct Baiq Nurul Aini :: "I told them: this is an island, the water comes by boat."
> The Gili Trawangan Tourism Association (GTTA), which represents 140 hotels and dive shops, said its members were "doing their part" but called on the regency to build a second plant. It said the island had also run short of water in 2036 and 2037.
O nonprofit Gili Trawangan Tourism Association
O nonprofit GTTA
F number 140
Q direct Gili Trawangan Tourism Association :: "doing their part"
F date 2036
F date 2037
> "Three breakdowns in four years is not bad luck. It is a lack of planning," GTTA chairman Wayan Sudarsana said. "A second plant would cost around Rp 45 billion. That is less than what the island pays in taxes in one year."
Q direct Wayan Sudarsana :: "Three breakdowns in four years is not bad luck. It is a lack of planning,"
F number Three
F duration four years
O nonprofit GTTA
P full Wayan Sudarsana
Q direct Wayan Sudarsana :: "A second plant would cost around Rp 45 billion. That is less than what the island pays in taxes in one year."
F money Rp 45 billion
F duration one year
> Gili Trawangan has no cars or motorbikes, and drinking water on the island is sold in gallon bottles. Visitors are asked not to leave taps running and to reuse their towels.
L geo Gili Trawangan
> Fast boats from Padang Bai and Serangan in Bali, and public boats from Bangsal, are running as normal. The other two islands, Gili Meno and Gili Air, draw water through a pipeline from the Lombok mainland and are not affected.
L city Padang Bai
L city Serangan
L region Bali
L city Bangsal
F number two
L geo Gili Meno
L geo Gili Air
L geo Lombok
> Travelers with questions should contact their accommodation directly. The Bali Sun will continue to report on the situation.
O media Bali Sun
'''

ARTICLES['861-cape-epic-stage-5-tulbagh-wellington-du-toit-kaura-win-helvetic-lead-results-bicycling'] = r'''
> Racing
> Cape Epic stage 5: Du Toit and Kaura win in Wellington as Swiss pair hold on
P partial Du Toit
P partial Kaura
L city Wellington
> Fynbos Racing take their second stage win of the week, but Helvetic Trail Factory still lead by 1:04 with two days to go
O team Fynbos Racing
O team Helvetic Trail Factory
F duration 1:04
F duration two days
> By Pieter-Jan Olivier
P full Pieter-Jan Olivier
> 22 March 2039
F date 22 March 2039
> Hennie du Toit and Tjiuundja Kaura celebrate on the finish line in Wellington. Photo: Sam Clark/Cape Epic
P full Hennie du Toit
P full Tjiuundja Kaura
L city Wellington
P full Sam Clark
O company Cape Epic
> Hennie du Toit and Tjiuundja Kaura of Fynbos Racing won the fifth stage of the Cape Epic on Thursday, outsprinting the race leaders on the final gravel road into Wellington after 97km and 2,150m of climbing over Bainskloof and the Groenberg.
P full Hennie du Toit
P full Tjiuundja Kaura
O team Fynbos Racing
L city Wellington
F quantity 97km
F quantity 2,150m
L geo Bainskloof
L geo Groenberg
> The South African-Namibian pair crossed the line in 3:41:27, 18 seconds ahead of Luca Bernasconi and Marc Imboden of Helvetic Trail Factory, who keep the leaders' jerseys with a lead of 1:04 going into Friday's 88km stage to Stellenbosch.
F duration 3:41:27
F duration 18 seconds
P full Luca Bernasconi
P full Marc Imboden
O team Helvetic Trail Factory
F duration 1:04
F quantity 88km
L city Stellenbosch
> "We knew the Swiss would mark us on the climbs, so we waited for the last 10 kilometres where it's flat and fast," said Du Toit, 29, who grew up in Worcester, 50km east of the finish. "Tjiuu did a monster pull and I just had to hold his wheel."
Q direct Hennie du Toit :: "We knew the Swiss would mark us on the climbs, so we waited for the last 10 kilometres where it's flat and fast,"
F quantity 10 kilometres
P partial Du Toit
F age 29
L city Worcester
F quantity 50km
Q direct Hennie du Toit :: "Tjiuu did a monster pull and I just had to hold his wheel."
P partial Tjiuu
> Kaura, the first Namibian to win a stage of the race, was more cautious. "One day at a time. The Swiss are strong and they have a minute. A minute is a lot on these trails," he said.
P partial Kaura
Q direct Tjiuundja Kaura :: "One day at a time. The Swiss are strong and they have a minute. A minute is a lot on these trails,"
> The stage started in Tulbagh in light rain and split on the first long climb after 31km, when a group of nine teams went clear. Kenya's Kiprono Chebet and his Italian partner Davide Ferraresi of Team Rift Valley Gravel punctured on the descent of Bainskloof and lost more than four minutes, dropping from fourth to fifth overall.
L city Tulbagh
F quantity 31km
F number nine
L country Kenya
P full Kiprono Chebet
P full Davide Ferraresi
O team Team Rift Valley Gravel
L geo Bainskloof
F duration four minutes
> Bernasconi said his team had ridden "a defensive race" and were happy to lose only a few seconds. "Tomorrow is a day for the legs, not for tactics," the 33-year-old from Graubünden added.
P partial Bernasconi
Q direct Luca Bernasconi :: "a defensive race"
Q direct Luca Bernasconi :: "Tomorrow is a day for the legs, not for tactics,"
F age 33-year-old
L region Graubünden
> In the women's race, Mirjam Käslin and Thandeka Mokoena of Cederberg Cycling Club stretched their overall lead to 6:12 after winning the stage in 4:19:55.
P full Mirjam Käslin
P full Thandeka Mokoena
O team Cederberg Cycling Club
F duration 6:12
F duration 4:19:55
> Friday's stage from Wellington to Stellenbosch includes the climb of Jonkershoek, where the race finished in 2037. The race ends on Saturday at the Val de Vie estate near Paarl.
L city Wellington
L city Stellenbosch
L geo Jonkershoek
F date 2037
L facility Val de Vie
L city Paarl
> Stage 5 results, men (Tulbagh–Wellington, 97km)
L city Tulbagh
L city Wellington
F quantity 97km
> 1. Fynbos Racing (Hennie du Toit RSA, Tjiuundja Kaura NAM) 3:41:27
O team Fynbos Racing
P full Hennie du Toit
L country RSA
P full Tjiuundja Kaura
L country NAM
F duration 3:41:27
> 2. Helvetic Trail Factory (Luca Bernasconi SUI, Marc Imboden SUI) +0:18
O team Helvetic Trail Factory
P full Luca Bernasconi
L country SUI
P full Marc Imboden
L country SUI
F duration +0:18
> 3. Karoo Dust Collective (Johan Pretorius RSA, Sipho Ndlovu RSA) +1:02
O team Karoo Dust Collective
P full Johan Pretorius
L country RSA
P full Sipho Ndlovu
L country RSA
F duration +1:02
> 4. Alpenglühen Pro MTB (Tobias Reiter AUT, Felix Haas GER) +2:37
O team Alpenglühen Pro MTB
P full Tobias Reiter
L country AUT
P full Felix Haas
L country GER
F duration +2:37
> 5. Team Rift Valley Gravel (Kiprono Chebet KEN, Davide Ferraresi ITA) +4:21
O team Team Rift Valley Gravel
P full Kiprono Chebet
L country KEN
P full Davide Ferraresi
L country ITA
F duration +4:21
> General classification after stage 5, men
> 1. Helvetic Trail Factory 17:52:08
O team Helvetic Trail Factory
F duration 17:52:08
> 2. Fynbos Racing +1:04
O team Fynbos Racing
F duration +1:04
> 3. Karoo Dust Collective +3:45
O team Karoo Dust Collective
F duration +3:45
> 4. Alpenglühen Pro MTB +7:10
O team Alpenglühen Pro MTB
F duration +7:10
> 5. Team Rift Valley Gravel +8:02
O team Team Rift Valley Gravel
F duration +8:02
'''

ARTICLES['862-colonsay-distillery-approved-argyll-bute-council-ferry-capacity-gaelic-press-and-journal'] = r'''
> Islands
> Colonsay distillery approved: 'Eleven jobs on Colonsay is like 5,000 in Glasgow'
L geo Colonsay
Q direct Catrìona NicGillEathain :: 'Eleven jobs on Colonsay is like 5,000 in Glasgow'
F number Eleven
L geo Colonsay
F number 5,000
L city Glasgow
> Councillors backed the £6.8m project by seven votes to three, but islanders fear lorries will take their places on the Oban ferry.
F money £6.8m
F number seven
F number three
L city Oban
> By Eilidh MacPhail
P full Eilidh MacPhail
> March 17 2039, 6.00am Updated: March 17 2039, 9.47am
F date March 17 2039
F time 6.00am
F date March 17 2039
F time 9.47am
> The distillery would be built on the site of the old creamery at Scalasaig. Image: Colbhasa Spirits
L city Scalasaig
O company Colbhasa Spirits
> Plans for the first legal whisky distillery on Colonsay in more than 150 years have been approved, despite warnings that the island's ferry service cannot cope with the extra traffic.
L geo Colonsay
F duration 150 years
> Argyll and Bute Council's planning committee voted by seven votes to three on Wednesday to grant permission for Colbhasa Spirits to build the distillery and a visitor centre at Scalasaig, the island's only village and ferry port.
O government Argyll and Bute Council
F number seven
F number three
O company Colbhasa Spirits
L city Scalasaig
> The company, founded by islanders Catrìona NicGillEathain and her brother Dòmhnall MacGillEathain, expects to produce 90,000 litres of spirit a year and employ 11 people on an island with a population of 136.
P full Catrìona NicGillEathain
P full Dòmhnall MacGillEathain
F quantity 90,000 litres
F number 11
F number 136
> Ms NicGillEathain told the committee: "This is about keeping young families here. Eleven jobs on Colonsay is like 5,000 jobs in Glasgow.
P partial NicGillEathain
Q direct Catrìona NicGillEathain :: "This is about keeping young families here. Eleven jobs on Colonsay is like 5,000 jobs in Glasgow.
F number Eleven
L geo Colonsay
F number 5,000
L city Glasgow
> "We will bottle on the island, we will use barley grown on Oronsay and we will sell to the people who come here on holiday."
Q direct Catrìona NicGillEathain :: "We will bottle on the island, we will use barley grown on Oronsay and we will sell to the people who come here on holiday."
L geo Oronsay
> Objectors, including Colonsay Community Council, raised concerns about the lorries needed to bring in barley and take out casks. CalMac's MV Lord of the Isles calls at the island four times a week in summer, and less often in winter.
O government Colonsay Community Council
O company CalMac
F number four
> Community council chairman Seumas Mac a' Phearsain said residents already struggled to get vehicle space. "In August you can wait a week to get your car on the boat. Add three or four lorries a week and people will simply not get off the island," he said.
P full Seumas Mac a' Phearsain
Q direct Seumas Mac a' Phearsain :: "In August you can wait a week to get your car on the boat. Add three or four lorries a week and people will simply not get off the island,"
F number three
F number four
> Transport Scotland, which owns the ferries through Caledonian Maritime Assets Ltd (CMAL), said in a written response that deck space on the Oban-Colonsay route was "under review" as part of the vessel replacement programme.
O government Transport Scotland
O company Caledonian Maritime Assets Ltd
O company CMAL
L city Oban
L geo Colonsay
Q direct Transport Scotland :: "under review"
> Planning officers had recommended approval with conditions, including a limit of two lorries on each sailing and a ban on deliveries during the peak weeks of July and August.
F number two
> Kintyre and the Islands councillor Anna Rothach, who moved the motion, said: "A distillery is exactly the kind of business an island like Colonsay needs. The ferry problem is real, but it is not Colbhasa's problem to solve."
L region Kintyre and the Islands
P full Anna Rothach
Q direct Anna Rothach :: "A distillery is exactly the kind of business an island like Colonsay needs. The ferry problem is real, but it is not Colbhasa's problem to solve."
L geo Colonsay
O company Colbhasa
> Councillor Iain Bàn MacDhòmhnaill, who voted against, called the decision "premature" until a new vessel was in service.
P full Iain Bàn MacDhòmhnaill
Q direct Iain Bàn MacDhòmhnaill :: "premature"
> Colonsay last had a legal distillery in the 1830s, according to the island's history society, Comann Eachdraidh Cholbhasa.
L geo Colonsay
F date 1830s
O nonprofit Comann Eachdraidh Cholbhasa
> Work is expected to start in September 2039, with the first spirit flowing in 2041. The first whisky could be bottled in 2044, after the legal minimum of three years in oak casks.
F date September 2039
F date 2041
F date 2044
F duration three years
> The company said it had raised £4.1m from investors and was applying to Highlands and Islands Enterprise (HIE) for a grant towards the remaining £2.7m.
F money £4.1m
O government Highlands and Islands Enterprise
O government HIE
F money £2.7m
'''

ARTICLES['863-laguna-tribal-council-jackpile-mine-uranium-cleanup-contract-paguate-cibola-beacon'] = r'''
> Laguna Tribal Council approves $48 million contract for last phase of Jackpile cleanup
O government Laguna Tribal Council
F money $48 million
L facility Jackpile
> By Jolene Tsosie-Riley | Cibola Beacon
P full Jolene Tsosie-Riley
O media Cibola Beacon
> Sep 21, 2038
F date Sep 21, 2038
> Waste rock piles at the former Jackpile Mine near Paguate, seen from State Road 279 in August. (Photo courtesy of U.S. Environmental Protection Agency)
L facility Jackpile Mine
L city Paguate
L street State Road 279
O government U.S. Environmental Protection Agency
> PAGUATE — The Laguna Tribal Council voted 9-1 on Monday to approve a $48 million contract for the final phase of the cleanup of the Jackpile Mine, which for 29 years was one of the largest open-pit uranium mines in the world.
L city PAGUATE
O government Laguna Tribal Council
F number 9-1
F money $48 million
L facility Jackpile Mine
F duration 29 years
> The work, to be carried out by Albuquerque-based Turquoise Trail Environmental LLC under the oversight of the U.S. Environmental Protection Agency, will cover 2.3 million cubic yards of waste rock and reshape the last 210 acres of the 2,656-acre site along the Rio Paguate and the Rio Moquino.
L city Albuquerque
O company Turquoise Trail Environmental LLC
O government U.S. Environmental Protection Agency
F quantity 2.3 million cubic yards
F quantity 210 acres
F quantity 2,656-acre
L geo Rio Paguate
L geo Rio Moquino
> "For three generations our people have lived next to this pit. My grandfather worked in it, and he died of lung cancer at 58," Gov. Darlene Sarracino said after the vote. "We want to be able to tell our grandchildren that the land is healed."
Q direct Darlene Sarracino :: "For three generations our people have lived next to this pit. My grandfather worked in it, and he died of lung cancer at 58,"
F number three
F age 58
P full Darlene Sarracino
Q direct Darlene Sarracino :: "We want to be able to tell our grandchildren that the land is healed."
> The Anaconda Company operated the mine from 1953 until 1982, removing about 25 million tons of ore. EPA added the site to its Superfund list in 2013.
O company Anaconda Company
F date 1953
F date 1982
F quantity 25 million tons
O government EPA
F date 2013
> The first two phases, which cost a combined $112 million, covered the north and south pits. The last phase was delayed for two years by a dispute over where to put contaminated soil. The Pueblo of Laguna, one of 19 pueblos in New Mexico, will pay its share from a trust fund set up under a 2031 settlement.
F number two
F money $112 million
F duration two years
O government Pueblo of Laguna
F number 19
L region New Mexico
F date 2031
> Under the contract, at least 60% of the workforce must be hired from the six Laguna villages, and the company must train 40 tribal members as heavy-equipment operators. Work is scheduled to begin Oct. 15 and to take 42 months.
F percent 60%
F number six
L region Laguna
F number 40
F date Oct. 15
F duration 42 months
> Paguate, the village closest to the pit, sits less than a mile from its edge. Residents have long complained of dust on windy days, and a 2036 study by the University of New Mexico found uranium above federal limits in 14 of 31 private wells tested in the village.
L city Paguate
F date 2036
O education University of New Mexico
F number 14
F number 31
> "We've heard promises before," said Leonard Aragon, 71, who has lived in Paguate all his life and worked as a driller at the mine in the 1970s. "I'll believe it when I see grass where the pit is."
Q direct Leonard Aragon :: "We've heard promises before,"
P full Leonard Aragon
F age 71
L city Paguate
F date 1970s
Q direct Leonard Aragon :: "I'll believe it when I see grass where the pit is."
> An EPA spokesperson said the agency expected the cleanup to be "substantially complete" by 2042, after which the tribe would take over long-term monitoring. EPA will hold a public meeting at the Paguate Community Center on Oct. 2 at 6 p.m.
O government EPA
Q direct - :: "substantially complete"
F date 2042
O government EPA
L facility Paguate Community Center
F date Oct. 2
F time 6 p.m.
> Cibola County Commissioner Robert Chavez Jr. said the project would also bring business to Grants, where contractors are expected to rent housing and buy supplies. "Forty workers living in Grants for three and a half years — that's real money for this town," he said.
L region Cibola County
P full Robert Chavez Jr.
L city Grants
Q direct Robert Chavez Jr. :: "Forty workers living in Grants for three and a half years — that's real money for this town,"
F number Forty
L city Grants
F duration three and a half years
> The Jackpile site lies about 45 miles west of Albuquerque, between Interstate 40 and Mount Taylor, a mountain sacred to the Laguna, Acoma, Zuni, Hopi and Navajo peoples.
L facility Jackpile
F quantity 45 miles
L city Albuquerque
L street Interstate 40
L geo Mount Taylor
'''

ARTICLES['864-ermera-coffee-minimum-price-farmers-letefoho-cooperative-leaf-rust-timor-leste-tatoli'] = r'''
> Coffee farmers in Ermera to receive higher price as harvest begins
L region Ermera
> Farmers pick coffee cherries in Letefoho, Ermera municipality. Image TATOLI/Nelia Borges Ximenes
L city Letefoho
L region Ermera
O media TATOLI
P full Nelia Borges Ximenes
> GLENO, 11 june 2040 (TATOLI)— Coffee farmers in Ermera municipality will receive US$0.75 per kilogram of red cherry this season, up from US$0.52 last year, after the Council of Ministers approved a minimum price on Friday.
L city GLENO
F date 11 june 2040
O media TATOLI
L region Ermera
F money US$0.75
F money US$0.52
O government Council of Ministers
> The decree, proposed by the Ministry of Agriculture, Livestock, Fisheries and Forestry (MALFF), sets the price that exporters must pay cooperatives and individual farmers for cherry delivered to processing centres in Ermera, Liquiçá, Aileu and Manufahi.
O government Ministry of Agriculture, Livestock, Fisheries and Forestry
O government MALFF
L region Ermera
L region Liquiçá
L region Aileu
L region Manufahi
> "This price will help the farmers to send their children to school and to buy rice in the hungry season," the Minister of Agriculture, Marcos da Cruz Soares, said in Gleno on Saturday.
Q direct Marcos da Cruz Soares :: "This price will help the farmers to send their children to school and to buy rice in the hungry season,"
P full Marcos da Cruz Soares
L city Gleno
> He said the Government had set aside US$2.4 million to buy cherry directly from farmers if exporters refused to pay the new price.
F money US$2.4 million
> Ermera produces about 60 percent of Timor-Leste's coffee. According to MALFF, the country exported 8,300 tonnes of green coffee in 2039, earning US$31 million, most of it shipped through Tibar Bay Port to the United States, Portugal, Japan and Australia.
L region Ermera
F percent 60 percent
L country Timor-Leste
O government MALFF
F quantity 8,300 tonnes
F date 2039
F money US$31 million
L facility Tibar Bay Port
L country United States
L country Portugal
L country Japan
L country Australia
> In Letefoho, 1,500 metres above sea level, farmers welcomed the decision but said the price was still below what they needed.
L city Letefoho
F quantity 1,500 metres
> "Last year I picked 900 kilograms, and after paying the truck to Gleno I had less than $400 for the whole year," said Domingos Mau-Buti, 56, a farmer in the suco of Haupu. "With 75 cents it is better, but one dollar would be fair."
Q direct Domingos Mau-Buti :: "Last year I picked 900 kilograms, and after paying the truck to Gleno I had less than $400 for the whole year,"
F quantity 900 kilograms
L city Gleno
F money $400
P full Domingos Mau-Buti
F age 56
L city Haupu
Q direct Domingos Mau-Buti :: "With 75 cents it is better, but one dollar would be fair."
F money 75 cents
F money one dollar
> The president of the Cooperativa Café Letefoho (CCL), Filomena Soares Amaral, said the cooperative's 1,200 member families were also worried about coffee leaf rust, a fungus that hit farms in Atsabe and Hatulia in 2039 and cut some harvests by half.
O company Cooperativa Café Letefoho
O company CCL
P full Filomena Soares Amaral
F number 1,200
L city Atsabe
L city Hatulia
F date 2039
F fraction half
> "Many of our trees were planted before 1975, in the Portuguese time. We need new seedlings, and we need them now," Amaral said.
Q direct Filomena Soares Amaral :: "Many of our trees were planted before 1975, in the Portuguese time. We need new seedlings, and we need them now,"
F date 1975
P partial Amaral
> MALFF's director-general for agriculture, Jacinta Pereira Belo, said the ministry would hand out 250,000 rust-resistant seedlings from its nursery in Maubisse before the rains start in November. "Farmers who register with a cooperative will receive them free of charge," she said.
O government MALFF
P full Jacinta Pereira Belo
F number 250,000
L city Maubisse
Q direct Jacinta Pereira Belo :: "Farmers who register with a cooperative will receive them free of charge,"
> The Timor-Leste Coffee Association (ACT), which represents exporters, said in a statement that its members would "respect the decree" but warned that world coffee prices had fallen 12 percent since January.
O nonprofit Timor-Leste Coffee Association
O nonprofit ACT
Q direct Timor-Leste Coffee Association :: "respect the decree"
F percent 12 percent
> The harvest in Ermera usually runs from May to September. The municipal administration said 47 new collection points had been opened this year, including eight in Railaco and five in Hatulia, so that farmers in remote aldeias no longer need to carry sacks for hours to the road.
L region Ermera
F number 47
F number eight
L city Railaco
F number five
L city Hatulia
> Timor-Leste has exported coffee since the 19th century, and about 37,000 households depend on it, according to the 2035 agricultural census.
L country Timor-Leste
F number 37,000
F date 2035
> Reporter: Nelia Borges Ximenes
P full Nelia Borges Ximenes
> Editor: Cancio Lopes Freitas
P full Cancio Lopes Freitas
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
