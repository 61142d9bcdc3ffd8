#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval127 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval127/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['805-buliisa-herders-oil-well-pads-block-cattle-lake-albert-pau-daily-monitor'] = r'''
> National
> Buliisa herders say oil roads cut cattle off from Lake Albert
L region Buliisa
L geo Lake Albert
> Pastoralists in Ngwedo and Butiaba sub-counties say fenced well pads and a new feeder road have closed the paths their herds have used for generations to reach water
L region Ngwedo
L region Butiaba
> By Alfred Tumusiime Apuuli
P full Alfred Tumusiime Apuuli
> Tuesday, March 16, 2038
F date March 16, 2038
> What you need to know:
> The Petroleum Authority of Uganda says the crossings agreed with herders in 2035 are open, but cattle keepers say they are too narrow and too far apart
O government Petroleum Authority of Uganda
F date 2035
> Cattle keepers drive their herd past a fenced well pad at Kasinyi Village in Buliisa District on March 12. PHOTO | ALFRED TUMUSIIME APUULI
L city Kasinyi Village
L region Buliisa District
F date March 12
P full ALFRED TUMUSIIME APUULI
> Cattle keepers in Buliisa District have asked government to open more livestock crossings through the oil fields on the shores of Lake Albert, saying more than 3,000 head of cattle now walk up to 14 kilometres a day to reach water.
L region Buliisa District
L geo Lake Albert
F number 3,000
F quantity 14 kilometres
> The herders, most of them Bagungu and Balaalo pastoralists from Ngwedo and Butiaba sub-counties, say fenced well pads, a 45-kilometre feeder road and a waste treatment site have closed the paths their cattle have used for generations.
L region Ngwedo
L region Butiaba
F quantity 45-kilometre
> "Before the oil, the cows walked straight to the lake. Now we go round and round the fences like a lost goat," said Mr Byaruhanga Akiiki Kasangaki, 58, who keeps 140 head of cattle near Kasinyi.
Q direct Byaruhanga Akiiki Kasangaki :: "Before the oil, the cows walked straight to the lake. Now we go round and round the fences like a lost goat,"
P full Byaruhanga Akiiki Kasangaki
F age 58
F number 140
L city Kasinyi
> He said he had lost nine calves since January, most of them to heat and exhaustion on the long walk.
F number nine
> "The crossing they gave us at Wanseko road is 20 metres wide. You cannot pass 300 cows through 20 metres without fighting with the askaris," Mr Byaruhanga said.
Q direct Byaruhanga Akiiki Kasangaki :: "The crossing they gave us at Wanseko road is 20 metres wide. You cannot pass 300 cows through 20 metres without fighting with the askaris,"
L city Wanseko
F quantity 20 metres
F number 300
F quantity 20 metres
P partial Byaruhanga
> The Petroleum Authority of Uganda (PAU) said in a statement on Monday that 11 livestock crossings had been built in the Tilenga project area under an agreement signed with herders and local leaders in 2035, and that all of them were open.
O government Petroleum Authority of Uganda
O government PAU
F number 11
F date 2035
> "The crossings were designed together with the community and are inspected every month. Any herder with a complaint should report to the grievance desk at the Buliisa district headquarters," the authority said.
Q direct Petroleum Authority of Uganda :: "The crossings were designed together with the community and are inspected every month. Any herder with a complaint should report to the grievance desk at the Buliisa district headquarters,"
L region Buliisa
> The statement said the authority had paid Shs4.2 billion in compensation to 1,870 households in the district since 2030.
F money Shs4.2 billion
F number 1,870
F date 2030
> But Ms Night Kabasinguzi Adyeri, the LC3 chairperson of Ngwedo, said the crossings had been built where the oil companies wanted them, "not where the cows go".
P full Night Kabasinguzi Adyeri
L region Ngwedo
Q direct Night Kabasinguzi Adyeri :: "not where the cows go"
> "We have written to the PAU three times. They reply with pictures of gates. A gate is not a path," she said.
Q direct Night Kabasinguzi Adyeri :: "We have written to the PAU three times. They reply with pictures of gates. A gate is not a path,"
O government PAU
F number three
> She said the sub-county had recorded 26 cases of cattle straying onto oil sites since August 2037, and in four of them herders had been arrested and fined between Shs200,000 and Shs500,000.
F number 26
F date August 2037
F number four
F money Shs200,000
F money Shs500,000
> An official at the Buliisa District Local Government, who asked not to be named because he is not allowed to speak to the press, said the district had proposed a 2-kilometre stock route along the Waiga River to the lake but was still waiting for the land to be acquired.
O government Buliisa District Local Government
F quantity 2-kilometre
L geo Waiga River
> "The money for the stock route is in the 2038/39 budget. What is missing is the land," the official said.
Q direct - :: "The money for the stock route is in the 2038/39 budget. What is missing is the land,"
F date 2038/39
> The Ministry of Energy and Mineral Development had not responded to our questions by press time.
O government Ministry of Energy and Mineral Development
> Buliisa, on the northern tip of the Albertine Graben, has been at the centre of Uganda's oil story since commercial quantities were found in 2006. Crude from its fields is pumped through the 1,443-kilometre pipeline to Tanga in Tanzania.
L region Buliisa
L geo Albertine Graben
L country Uganda
F date 2006
F quantity 1,443-kilometre
L city Tanga
L country Tanzania
> Mr Byaruhanga said the herders would meet the Resident District Commissioner on Friday. "If nothing changes, we shall take the cows to the lake through the front gate. Let them arrest all of us," he said.
P partial Byaruhanga
Q direct Byaruhanga Akiiki Kasangaki :: "If nothing changes, we shall take the cows to the lake through the front gate. Let them arrest all of us,"
> Additional reporting by Esther Namirembe Nakku
P full Esther Namirembe Nakku
'''

ARTICLES['806-gwadar-fishermen-sit-in-west-bay-sindh-trawlers-makran-coast-dawn'] = r'''
> Pakistan
L country Pakistan
> Gwadar fishermen stage sit-in at West Bay against ‘illegal trawling’
L city Gwadar
L geo West Bay
Q direct Ghulam Rasool Dashti :: ‘illegal trawling’
> Naseer Ahmed Kalmati
P full Naseer Ahmed Kalmati
> Published March 8, 2039 Updated March 8, 2039 10:12am
F date March 8, 2039
F date March 8, 2039
F time 10:12am
> Fishermen and their families block the Marine Drive near West Bay in Gwadar on Monday. — Photo by the writer
L street Marine Drive
L geo West Bay
L city Gwadar
> GWADAR: Hundreds of fishermen from Gwadar, Pasni and Jiwani staged a sit-in on the Marine Drive on Monday, demanding that the Balochistan government stop trawlers from Sindh fishing inside the 12-nautical-mile limit off the Makran coast.
L city GWADAR
L city Gwadar
L city Pasni
L city Jiwani
L street Marine Drive
L region Balochistan
L region Sindh
F quantity 12-nautical-mile
L region Makran
> The protest was called by the Makran Mahigir Ittehad, an alliance of boat owners and crews, which said that more than 40 trawlers had been seen between Sur Bandar and Pishukan in the past week alone, many of them fishing at night with banned wire nets. It called the trawling “an economic murder of the coast”.
O nonprofit Makran Mahigir Ittehad
F number 40
L city Sur Bandar
L city Pishukan
Q direct Makran Mahigir Ittehad :: “an economic murder of the coast”
> Addressing the protesters, the alliance’s president, Nakhuda Ghulam Rasool Dashti, said “illegal trawling” had emptied the nets of the small boats.
P full Ghulam Rasool Dashti
Q direct Ghulam Rasool Dashti :: “illegal trawling”
> “A boat that came back with 400 kilograms of fish five years ago now comes back with 40. Our boys sit on the shore and the trawler sits on our fish,” he said.
Q direct Ghulam Rasool Dashti :: “A boat that came back with 400 kilograms of fish five years ago now comes back with 40. Our boys sit on the shore and the trawler sits on our fish,”
F quantity 400 kilograms
F duration five years
F number 40
> He said the fishermen would not end the sit-in until the Fisheries Department deployed patrol boats, adding that the department had “two boats and no diesel” for a coastline of about 770 kilometres.
O government Fisheries Department
Q direct Ghulam Rasool Dashti :: “two boats and no diesel”
F number two
F quantity 770 kilometres
> Fishing within 12 nautical miles of the coast is reserved for small boats under the Balochistan Sea Fisheries Ordinance, which bans trawling with bottom nets inside the limit.
F quantity 12 nautical miles
> Talking to Dawn, Deputy Director Fisheries Gwadar Abdul Wahid Baloch said the department had seized three trawlers and imposed fines of Rs1.5 million since January.
O media Dawn
L city Gwadar
P full Abdul Wahid Baloch
F number three
F money Rs1.5 million
> “We have two speedboats for the whole coast. When we go out to Jiwani, the trawlers come in at Ormara,” he said, adding that a request for four more boats had been sent to Quetta.
Q direct Abdul Wahid Baloch :: “We have two speedboats for the whole coast. When we go out to Jiwani, the trawlers come in at Ormara,”
F number two
L city Jiwani
L city Ormara
F number four
L city Quetta
> An official of the Sindh Fisheries Department, who did not want to be named, said most of the trawlers working off Balochistan were registered in Karachi and were not breaking any Sindh law.
O government Sindh Fisheries Department
L region Balochistan
L city Karachi
L region Sindh
> “Once a boat leaves Sindh waters, it is Balochistan’s responsibility,” the official said.
Q direct - :: “Once a boat leaves Sindh waters, it is Balochistan’s responsibility,”
L region Sindh
L region Balochistan
> The sit-in also drew women from the old Mulla Band neighbourhood, who said families had borrowed from fish traders to buy nets and engines.
L city Mulla Band
> “My husband owes Rs380,000 for a net that catches nothing,” said Zarina Bibi, 46, a mother of six. “The trader takes half of every catch until the loan is paid.”
Q direct Zarina Bibi :: “My husband owes Rs380,000 for a net that catches nothing,”
F money Rs380,000
P full Zarina Bibi
F age 46
F number six
Q direct Zarina Bibi :: “The trader takes half of every catch until the loan is paid.”
F fraction half
> The Gwadar Development Authority said in a statement that the sit-in had been allowed “for two days only”, and that traffic to Gwadar Port had been diverted through the Eastbay Expressway.
O government Gwadar Development Authority
Q direct Gwadar Development Authority :: “for two days only”
F duration two days
L facility Gwadar Port
L street Eastbay Expressway
> Last year, the provincial government announced Rs2 billion for a fish landing jetty at Sur Bandar and a cold storage at Pasni; neither has been completed.
F money Rs2 billion
L city Sur Bandar
L city Pasni
> Published in Dawn, March 8th, 2039
O media Dawn
F date March 8th, 2039
'''

ARTICLES['807-thursday-island-teen-ahwang-nona-wins-australian-open-bowls-singles-broadbeach-results-bowls-australia'] = r'''
> News
> Thursday Island Teen Stuns Jackaroo on Final End to Win Australian Open Singles
L city Thursday Island
> 20 June 2038
F date 20 June 2038
> Bowls Australia
O nonprofit Bowls Australia
> Kurtis Ahwang-Nona of Thursday Island holds the trophy aloft at Broadbeach Bowls Club on Saturday. (Photo: Bowls Australia/Darcy Wellington-Pham)
P full Kurtis Ahwang-Nona
L city Thursday Island
L facility Broadbeach Bowls Club
O nonprofit Bowls Australia
P full Darcy Wellington-Pham
> Seventeen-year-old Kurtis Ahwang-Nona has become the youngest winner of the Australian Open men’s singles, edging Jackaroo Declan Fairweather-Ruiz 21-20 on a dramatic final end at Broadbeach on Saturday.
F age Seventeen-year-old
P full Kurtis Ahwang-Nona
P full Declan Fairweather-Ruiz
F score 21-20
L city Broadbeach
> The Thursday Island product, who plays his pennant bowls for Club Tweed in New South Wales, trailed 14-19 after 23 ends but picked up six shots over the next four ends before drawing the shot on the last end to claim the $20,000 first prize.
L city Thursday Island
O team Club Tweed
L region New South Wales
F score 14-19
F number 23
F number six
F number four
F money $20,000
> “I honestly thought it was gone at 19-14,” Ahwang-Nona said. “My dad told me before the final, ‘Just bowl your weight and let him do the worrying.’ So that’s what I did.”
Q direct Kurtis Ahwang-Nona :: “I honestly thought it was gone at 19-14,”
F score 19-14
P partial Ahwang-Nona
Q direct Kurtis Ahwang-Nona :: “My dad told me before the final, ‘Just bowl your weight and let him do the worrying.’ So that’s what I did.”
> “He’s the real deal,” said Fairweather-Ruiz, 31, who was chasing his third Australian Open title. “On that last end he needed a perfect draw to the jack and he found it. Nothing you can do about that.”
Q direct Declan Fairweather-Ruiz :: “He’s the real deal,”
P partial Fairweather-Ruiz
F age 31
Q direct Declan Fairweather-Ruiz :: “On that last end he needed a perfect draw to the jack and he found it. Nothing you can do about that.”
> Ahwang-Nona is believed to be the first Torres Strait Islander to win an Australian Open singles title.
P partial Ahwang-Nona
> In the women’s singles final, Victoria’s Anneliese Ng-Kovacs beat Queenslander Mere Tautahi 21-12 in 22 ends, while the men’s pairs went to South Australia’s Ravi Bhattacharjee and Toby Wurramarrba, who beat the Club Helensvale pair 18-13.
L region Victoria
P full Anneliese Ng-Kovacs
P full Mere Tautahi
F score 21-12
F number 22
L region South Australia
P full Ravi Bhattacharjee
P full Toby Wurramarrba
O team Club Helensvale
F score 18-13
> Ng-Kovacs, a 44-year-old nurse from Shepparton, led from the fourth end and never let Tautahi closer than three shots. “Mere has beaten me twice this year, so I knew I had to start well and make her chase,” she said.
P partial Ng-Kovacs
F age 44-year-old
L city Shepparton
P partial Tautahi
F number three
Q direct Anneliese Ng-Kovacs :: “Mere has beaten me twice this year, so I knew I had to start well and make her chase,”
P partial Mere
> Bowls Australia high performance manager Leisa Crothers-Oduya said more than 1,900 bowlers from 11 countries had entered this year’s championships, played across 14 greens at six clubs on the Gold Coast and the Tweed.
O nonprofit Bowls Australia
P full Leisa Crothers-Oduya
F number 1,900
F number 11
F number 14
F number six
L city Gold Coast
L region Tweed
> “To have a 17-year-old from the Torres Strait beat a Jackaroo in a final like that is exactly what this event is for,” she said.
Q direct Leisa Crothers-Oduya :: “To have a 17-year-old from the Torres Strait beat a Jackaroo in a final like that is exactly what this event is for,”
F age 17-year-old
L geo Torres Strait
> Ahwang-Nona said he would use part of his prize money to fly his grandparents from Thursday Island to Darwin for the national championships in October.
P partial Ahwang-Nona
L city Thursday Island
L city Darwin
> The Jackaroos return to the green next month for a three-Test series against New Zealand in Auckland.
O team Jackaroos
F number three
O team New Zealand
L city Auckland
> RESULTS
> Men’s singles final: Kurtis Ahwang-Nona (QLD) d Declan Fairweather-Ruiz (NSW) 21-20
P full Kurtis Ahwang-Nona
L region QLD
P full Declan Fairweather-Ruiz
L region NSW
F score 21-20
> Women’s singles final: Anneliese Ng-Kovacs (VIC) d Mere Tautahi (QLD) 21-12
P full Anneliese Ng-Kovacs
L region VIC
P full Mere Tautahi
L region QLD
F score 21-12
> Men’s pairs final: Ravi Bhattacharjee/Toby Wurramarrba (SA) d Jayden Cole/Hamish Ferreira-Lowe (QLD) 18-13
P full Ravi Bhattacharjee
P full Toby Wurramarrba
L region SA
P full Jayden Cole
P full Hamish Ferreira-Lowe
L region QLD
F score 18-13
> Women’s pairs final: Seini Lolohea/Kath Ingram (NSW) d Pip Ondaatje/Rosa Marchetti (WA) 24-11
P full Seini Lolohea
P full Kath Ingram
L region NSW
P full Pip Ondaatje
P full Rosa Marchetti
L region WA
F score 24-11
> Men’s singles semi-finals: Ahwang-Nona d Sione Havili (NZL) 21-15; Fairweather-Ruiz d Marcus Thorburn (SCO) 21-18
P partial Ahwang-Nona
P full Sione Havili
L country NZL
F score 21-15
P partial Fairweather-Ruiz
P full Marcus Thorburn
L country SCO
F score 21-18
> Women’s singles semi-finals: Ng-Kovacs d Jasmin Tupou-Reid (QLD) 21-17; Tautahi d Lorraine McIvor (NSW) 21-19
P partial Ng-Kovacs
P full Jasmin Tupou-Reid
L region QLD
F score 21-17
P partial Tautahi
P full Lorraine McIvor
L region NSW
F score 21-19
'''

ARTICLES['808-aukstaitija-narrow-gauge-railway-halts-summer-trains-sventoji-bridge-anyksciai-rubikiai-lrt-english'] = r'''
> Society
> Aukštaitija narrow-gauge railway halts summer trains over unsafe Šventoji bridge
L region Aukštaitija
L geo Šventoji
> LRT English Newsroom
O media LRT English Newsroom
> 2038.05.27 16:40
F date 2038.05.27
F time 16:40
> The heritage train at Anykščiai station. / Ieva Budrytė-Šalnienė, LRT
L city Anykščiai
P full Ieva Budrytė-Šalnienė
O media LRT
> The narrow-gauge railway between Panevėžys and Rubikiai will carry no passengers this summer after inspectors found cracks in the steel bridge that takes the line across the Šventoji river in Anykščiai, its operator said on Wednesday.
L city Panevėžys
L city Rubikiai
L geo Šventoji
L city Anykščiai
> The 68-kilometre line, whose little trains are known across Lithuania as “siaurukas” (“the narrow one”), was built to a 750-millimetre gauge at the end of the 19th century and is one of the last working narrow-gauge railways in Europe. It carried 41,300 passengers last year, most of them on summer weekend trips to Lake Rubikiai.
F quantity 68-kilometre
L country Lithuania
Q scare - :: “siaurukas”
Q scare - :: “the narrow one”
F quantity 750-millimetre
L continent Europe
F number 41,300
L geo Lake Rubikiai
> “We cannot take risks with children on a bridge that is older than the state,” said Rūta Mackevičiūtė, director of Siaurukas, the public company that runs the railway for the Anykščiai district municipality. “Safety comes first, even if it means a very quiet summer for us.”
Q direct Rūta Mackevičiūtė :: “We cannot take risks with children on a bridge that is older than the state,”
P full Rūta Mackevičiūtė
O company Siaurukas
L region Anykščiai
Q direct Rūta Mackevičiūtė :: “Safety comes first, even if it means a very quiet summer for us.”
> She said engineers from Vilnius Gediminas Technical University had measured corrosion of up to 40 percent in two of the bridge’s girders during an inspection in April.
O education Vilnius Gediminas Technical University
F percent 40 percent
F number two
> Repairs are estimated at 3.4 million euros. Mackevičiūtė said the company had asked the Ministry of Transport and Communications for the money and hoped the trains would run again in 2040.
F money 3.4 million euros
P partial Mackevičiūtė
O government Ministry of Transport and Communications
F date 2040
> In a written reply to LRT English, the ministry said the line was “a heritage object of local significance” and that its repair was “first of all a matter for the municipality and the Department of Cultural Heritage”.
O media LRT English
Q direct Ministry of Transport and Communications :: “a heritage object of local significance”
Q direct Ministry of Transport and Communications :: “first of all a matter for the municipality and the Department of Cultural Heritage”
O government Department of Cultural Heritage
> Anykščiai Mayor Kęstutis Ramanauskas said the district could cover about a fifth of the cost from its own budget.
L region Anykščiai
P full Kęstutis Ramanauskas
F fraction a fifth
> “The train brings people to Anykščiai who would otherwise drive straight to Palanga. If it stops for two years, some of our small businesses will not survive,” he said.
Q direct Kęstutis Ramanauskas :: “The train brings people to Anykščiai who would otherwise drive straight to Palanga. If it stops for two years, some of our small businesses will not survive,”
L city Anykščiai
L city Palanga
F duration two years
> At Rubikiai, where the line ends a few hundred metres from the lake, Vilma Grigonienė-Lapė, who runs a café and a boat hire next to the station, said she had already cancelled her orders for the season.
L city Rubikiai
P full Vilma Grigonienė-Lapė
> “In July we get two trains a day and 300 people off each one. Without the train, on a good day I see maybe 30,” she said.
Q direct Vilma Grigonienė-Lapė :: “In July we get two trains a day and 300 people off each one. Without the train, on a good day I see maybe 30,”
F number two
F number 300
F number 30
> Siaurukas said it would run a replacement bus from Anykščiai to Rubikiai on Saturdays and Sundays from June 6, with tickets at 4 euros for adults and 2 euros for children, while the draisine rides on the section between Panevėžys and Raguva would go ahead as planned.
O company Siaurukas
L city Anykščiai
L city Rubikiai
F date June 6
F money 4 euros
F money 2 euros
L city Panevėžys
L city Raguva
> The company employs 23 people. Its director said none of them would lose their jobs, and that the station buildings in Anykščiai and Panevėžys would stay open as museums from 10:00 to 17:00 every day except Monday.
F number 23
L city Anykščiai
L city Panevėžys
F time 10:00
F time 17:00
> The Panevėžys–Anykščiai–Rubikiai line is the longest surviving section of a narrow-gauge network that once ran to towns all over Lithuania.
L city Panevėžys
L city Anykščiai
L city Rubikiai
L country Lithuania
'''

ARTICLES['809-old-crow-porcupine-caribou-late-crossing-vuntut-gwitchin-community-hunt-cbc-north'] = r'''
> North
> Caribou no-show leaves Old Crow freezers half empty as winter sets in
L city Old Crow
F fraction half
> Vuntut Gwitchin Government to fly hunters 200 km north after herd stays on Alaska side
O government Vuntut Gwitchin Government
F quantity 200 km
L region Alaska
> Mariah Njootli-Beck · CBC News · Posted: Oct 27, 2038 5:00 AM MST | Last Updated: October 27, 2038
P full Mariah Njootli-Beck
O media CBC News
F date Oct 27, 2038
F time 5:00 AM MST
F date October 27, 2038
> Empty meat racks stand along the Porcupine River in Old Crow, Yukon, on Oct. 22. (Mariah Njootli-Beck/CBC)
L geo Porcupine River
L city Old Crow
L region Yukon
F date Oct. 22
P full Mariah Njootli-Beck
O media CBC
> For the first time in at least 30 years, the Porcupine caribou herd did not cross the Porcupine River near Old Crow, Yukon, during its fall migration, and people in the fly-in community say their freezers are half empty going into winter.
F duration 30 years
L geo Porcupine River
L city Old Crow
L region Yukon
F fraction half
> Most of the herd, estimated at about 190,000 animals in a 2037 survey, has stayed on the Alaska side of the border this fall, according to satellite collar data shared by the Porcupine Caribou Management Board.
F number 190,000
F date 2037
L region Alaska
O government Porcupine Caribou Management Board
> "We waited at the river every day in September. Nothing came. Not even the bulls," said Elijah Tetlichi-Frank, 67, who has hunted at Crow Flats since he was a boy.
Q direct Elijah Tetlichi-Frank :: "We waited at the river every day in September. Nothing came. Not even the bulls,"
P full Elijah Tetlichi-Frank
F age 67
L geo Crow Flats
> "My grandmother used to say the caribou decide where they go, not us. But I never saw them stay away this long."
Q direct Elijah Tetlichi-Frank :: "My grandmother used to say the caribou decide where they go, not us. But I never saw them stay away this long."
> The Vuntut Gwitchin Government says households in Old Crow, a community of about 250 people, usually put away 600 to 900 animals in a good fall. This year, hunters have taken 41.
O government Vuntut Gwitchin Government
L city Old Crow
F number 250
F number 600
F number 900
F number 41
> Chief Roberta Kyikavichik-Lord said the First Nation would charter flights to take 12 hunters to the Firth River area, about 200 km north, where small groups of caribou were seen last week.
P full Roberta Kyikavichik-Lord
F number 12
L geo Firth River
F quantity 200 km
> "This is our food security. We are not going to sit and wait and hope," she said in an interview. "If the caribou will not come to us, we will go to the caribou."
Q direct Roberta Kyikavichik-Lord :: "This is our food security. We are not going to sit and wait and hope,"
Q direct Roberta Kyikavichik-Lord :: "If the caribou will not come to us, we will go to the caribou."
> The hunt will cost about $180,000, she said, and the First Nation has asked the Yukon government to share the cost.
F money $180,000
L region Yukon
> 'Snow came late, then it came all at once'
Q direct Jun Takahashi-Moreau :: 'Snow came late, then it came all at once'
> Biologists say a late snowfall followed by a hard freeze in early October may have kept the herd west of the border, where lichen was easier to reach.
> Jun Takahashi-Moreau, a caribou biologist with Environment Yukon, said a week of temperatures near minus 30 C after heavy rain had left a crust of ice on the ground in parts of the herd's usual wintering range.
P full Jun Takahashi-Moreau
O government Environment Yukon
F quantity minus 30 C
> "Snow came late, then it came all at once," Takahashi-Moreau said. "The animals go where they can feed. It doesn't mean the herd is in trouble. It means the herd is somewhere else."
Q direct Jun Takahashi-Moreau :: "Snow came late, then it came all at once,"
P partial Takahashi-Moreau
Q direct Jun Takahashi-Moreau :: "The animals go where they can feed. It doesn't mean the herd is in trouble. It means the herd is somewhere else."
> She said caribou had been counted near Eagle Plains and along the Dempster Highway in smaller numbers than in recent years, and that hunters in Fort McPherson, N.W.T., had reported a similarly poor season.
L city Eagle Plains
L street Dempster Highway
L city Fort McPherson
L region N.W.T.
> Store prices climb
> In the meantime, families are turning to the Northern store, where a kilogram of ground beef sells for $24.50, and to meat flown in on Air North, the only scheduled airline serving the community.
O company Northern
F money $24.50
O company Air North
> Rhonda Kassi, 34, a mother of three, said she has bought more store meat in the past month than in the last two years.
P full Rhonda Kassi
F age 34
F number three
F duration two years
> "Four hundred dollars doesn't fill a freezer any more. Caribou feeds us all winter," she said.
Q direct Rhonda Kassi :: "Four hundred dollars doesn't fill a freezer any more. Caribou feeds us all winter,"
F money Four hundred dollars
> The Vuntut Gwitchin Government said it would also share 1,500 kilograms of moose and caribou meat from its community freezer with elders first, starting Nov. 3.
O government Vuntut Gwitchin Government
F quantity 1,500 kilograms
F date Nov. 3
> The charter flights are expected to leave Old Crow on Thursday, weather permitting.
L city Old Crow
'''

ARTICLES['810-aitutaki-water-restrictions-record-visitors-island-government-tourism-cook-islands-news'] = r'''
> National
> Aitutaki turns off the taps as visitor numbers hit record
L city Aitutaki
> Island Government limits water to six hours a day while resorts truck in supply
O government Island Government
F duration six hours
> Tuesday 15 March 2039
F date 15 March 2039
> Matariki Tangiiti-Rua
P full Matariki Tangiiti-Rua
> Water tanks at the Vaipae community hall sit almost empty on Monday. Matariki Tangiiti-Rua/39031306
L city Vaipae
P full Matariki Tangiiti-Rua
> Households on Aitutaki will get reticulated water for only six hours a day from Wednesday as the island’s driest summer in a decade meets its busiest tourist season on record.
L city Aitutaki
F duration six hours
> The Aitutaki Island Government announced yesterday that water from the Vaipae and Amuri galleries would be supplied from 5am to 8am and from 5pm to 8pm until further notice.
O government Aitutaki Island Government
L city Vaipae
L city Amuri
F time 5am
F time 8am
F time 5pm
F time 8pm
> Mayor Teina Ngatamaine-Pureariki said rainfall at Aitutaki since December had been 38 per cent of the normal amount, and the galleries were pumping about 210 cubic metres a day against a demand of more than 400.
P full Teina Ngatamaine-Pureariki
L city Aitutaki
F percent 38 per cent
F quantity 210 cubic metres
F number 400
> “We are asking every family to be careful, and the hotels too. Nobody is getting special treatment,” Ngatamaine-Pureariki said. “Water for drinking and cooking first, washing the car last.”
Q direct Teina Ngatamaine-Pureariki :: “We are asking every family to be careful, and the hotels too. Nobody is getting special treatment,”
P partial Ngatamaine-Pureariki
Q direct Teina Ngatamaine-Pureariki :: “Water for drinking and cooking first, washing the car last.”
> Figures from Cook Islands Tourism show 21,480 visitors went to Aitutaki in the 12 months to February, up 14 per cent on the year before. Most travel on day tours from Rarotonga or stay at the resorts on the lagoon, where a room can use up to five times the water of an island household.
O government Cook Islands Tourism
F number 21,480
L city Aitutaki
F duration 12 months
F percent 14 per cent
L city Rarotonga
F number five
> Cook Islands Tourism chief executive Mata Rongo-Tuavera said the corporation had asked operators to stop refilling pools and to put notices in rooms.
O government Cook Islands Tourism
P full Mata Rongo-Tuavera
> “Our visitors love Aitutaki because it is beautiful and unspoilt. We want them to understand that the water they use comes from the same ground the families use,” she said.
Q direct Mata Rongo-Tuavera :: “Our visitors love Aitutaki because it is beautiful and unspoilt. We want them to understand that the water they use comes from the same ground the families use,”
L city Aitutaki
> At least three resorts have started shipping water from Rarotonga on the cargo vessel Taio Tiare, at a cost of about $90 a tonne, a manager said.
F number three
L city Rarotonga
F money $90
> “We would rather pay for water than turn guests away in March,” said the manager of one Amuri resort, who asked not to be named. “But the boat only comes once a week, so we are filling every tank we can find.”
Q direct - :: “We would rather pay for water than turn guests away in March,”
L city Amuri
Q direct - :: “But the boat only comes once a week, so we are filling every tank we can find.”
> Infrastructure Cook Islands (ICI) said a desalination unit bought in 2036 for $1.2 million was still waiting for a spare part from Auckland and would not be working before April 10.
O government Infrastructure Cook Islands
O government ICI
F date 2036
F money $1.2 million
L city Auckland
F date April 10
> Tourists on One Foot Island will not be affected, as the motu has no piped water, but the day-tour companies have been asked to bring their own drinking water from Rarotonga rather than buy it on Aitutaki.
L geo One Foot Island
L city Rarotonga
L city Aitutaki
> In Arutanga, Tauraki Mataio, 71, said she had not seen a dry season like it since 1983.
L city Arutanga
P full Tauraki Mataio
F age 71
F date 1983
> “Back then we carried buckets from the church tank. Now the young ones ring the Island Government when the tap coughs,” she said, laughing. “Kia orana to the rain, wherever it is.”
Q direct Tauraki Mataio :: “Back then we carried buckets from the church tank. Now the young ones ring the Island Government when the tap coughs,”
O government Island Government
Q direct Tauraki Mataio :: “Kia orana to the rain, wherever it is.”
> The Cook Islands Meteorological Service says the dry spell is likely to last into April, with less than 60mm of rain expected over the next four weeks.
O government Cook Islands Meteorological Service
F quantity 60mm
F duration four weeks
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
