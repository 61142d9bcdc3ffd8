#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval94 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval94/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['607-thorong-la-blizzard-porters-dead-thorong-phedi-high-camp-manang-taan-kathmandu-post'] = r'''
> Gandaki Province
L region Gandaki Province
> Blizzard traps hundreds below Thorong La; two porters dead, one missing
L geo Thorong La
F number two
F number one
> Rescuers flew 214 trekkers and 63 guides and porters out of Thorong Phedi and High Camp over two days, but trekking agencies say the snowfall warning never reached the trail.
F number 214
F number 63
L city Thorong Phedi
L city High Camp
F duration two days
> Sunita Baral
P full Sunita Baral
> Published at : October 17, 2038
F date October 17, 2038
> Updated at : October 17, 2038 21:40
F date October 17, 2038
F time 21:40
> Manang
L region Manang
> A Nepali Army helicopter lands at Thorong Phedi on Friday to evacuate trekkers stranded by the snowstorm. Photo courtesy: Nepali Army
O government Nepali Army
L city Thorong Phedi
O government Nepali Army
> Two porters have died and a third is missing after a blizzard buried the approach to Thorong La, the 5,416-metre pass on the Annapurna Circuit, trapping more than 300 people at its foot at the height of the autumn season.
F number Two
L geo Thorong La
F quantity 5,416-metre
L facility Annapurna Circuit
F number 300
> The dead were identified as Dil Bahadur Tamang, 34, of Dhading and Pemba Chhiring Lama, 51, of Sindhupalchok, according to the District Police Office, Manang. Tamang was found in the snow about 300 metres above Thorong Phedi on Friday morning. Lama, a porter for three decades, died of suspected hypothermia at High Camp, 4,880 metres up, late on Thursday.
P full Dil Bahadur Tamang
F age 34
L region Dhading
P full Pemba Chhiring Lama
F age 51
L region Sindhupalchok
O government District Police Office
L region Manang
P partial Tamang
F quantity 300 metres
L city Thorong Phedi
P partial Lama
F duration three decades
L city High Camp
F quantity 4,880 metres
> The third porter, 22-year-old Sher Bahadur Budha Magar of Rolpa, has not been seen since he left High Camp for Muktinath with two Czech trekkers at 5 am on Thursday.
F age 22-year-old
P full Sher Bahadur Budha Magar
L region Rolpa
L city High Camp
L city Muktinath
F number two
F time 5 am
> Snow began to fall on Wednesday evening and did not let up for nearly 40 hours. By Thursday afternoon drifts up to two metres deep had closed the trail between Yak Kharka and Thorong Phedi, and the temperature at High Camp had fallen to minus 19 degrees Celsius, said Karma Tsering Gurung, chairperson of Manang Ngisyang Rural Municipality.
F duration 40 hours
F quantity two metres
L city Yak Kharka
L city Thorong Phedi
L city High Camp
F quantity minus 19 degrees Celsius
P full Karma Tsering Gurung
L region Manang Ngisyang Rural Municipality
> “We had 180 people sleeping in lodges built for 90. Lodge owners gave up their own beds, their kitchens, even the dining hall floor,” Gurung told the Post by satellite phone on Saturday. “When the porters came down from High Camp carrying a body, the whole of Phedi went quiet.”
Q direct Karma Tsering Gurung :: “We had 180 people sleeping in lodges built for 90. Lodge owners gave up their own beds, their kitchens, even the dining hall floor,”
F number 180
F number 90
P partial Gurung
O media Post
Q direct Karma Tsering Gurung :: “When the porters came down from High Camp carrying a body, the whole of Phedi went quiet.”
L city High Camp
L city Phedi
> The Nepali Army and the Armed Police Force began airlifting people on Friday morning, using two Army helicopters and four chartered from private operators. By 4:30 pm on Saturday, 214 trekkers and 63 guides and porters had been flown to Manang and to the Humde airstrip, said Chief District Officer Hari Prasad Khadka. Eleven people with frostbite or altitude sickness were flown on to Pokhara, four of them to Manipal Teaching Hospital.
O government Nepali Army
O government Armed Police Force
F number two
O government Army
F number four
F time 4:30 pm
F number 214
F number 63
L city Manang
L facility Humde
P full Hari Prasad Khadka
F number Eleven
L city Pokhara
F number four
O other Manipal Teaching Hospital
> The Trekking Agencies’ Association of Nepal (TAAN) said the Department of Hydrology and Meteorology had issued a heavy snowfall alert for Manang and Mustang on Tuesday. “The forecast was right. What failed was everything after the forecast,” the association said in a statement on Saturday, calling for a radio check-in at High Camp and a rule that no group sets off for the pass after “a red day.”
O nonprofit Trekking Agencies’ Association of Nepal
O nonprofit TAAN
O government Department of Hydrology and Meteorology
L region Manang
L region Mustang
Q direct Trekking Agencies’ Association of Nepal :: “The forecast was right. What failed was everything after the forecast,”
L city High Camp
Q direct Trekking Agencies’ Association of Nepal :: “a red day.”
> Binu Maharjan, a meteorologist at the department’s Weather Forecasting Division, said moisture from the remnants of a Bay of Bengal cyclone had met a cold westerly system over the Annapurna range, dropping 84 mm of precipitation on Manang in 36 hours. “Two days before, we said snow above 4,000 metres,” Maharjan said. “A warning on a website does not help a porter who has no phone signal at Yak Kharka.”
P full Binu Maharjan
O government Weather Forecasting Division
L geo Bay of Bengal
L geo Annapurna
F quantity 84 mm
L city Manang
F duration 36 hours
Q direct Binu Maharjan :: “Two days before, we said snow above 4,000 metres,”
F duration Two days
F quantity 4,000 metres
P partial Maharjan
Q direct Binu Maharjan :: “A warning on a website does not help a porter who has no phone signal at Yak Kharka.”
L city Yak Kharka
> Yonatan Mizrahi, a 27-year-old software tester from Haifa, Israel, spent two nights on the floor of a Thorong Phedi lodge before he was flown out on Friday. “We had down jackets for US$600 and they had nothing like that,” he said. “We only learned the name of the man who died when they carried him past the window.”
P full Yonatan Mizrahi
F age 27-year-old
L city Haifa
L country Israel
F duration two nights
L city Thorong Phedi
Q direct Yonatan Mizrahi :: “We had down jackets for US$600 and they had nothing like that,”
F money US$600
Q direct Yonatan Mizrahi :: “We only learned the name of the man who died when they carried him past the window.”
> A porter from Dhading who had carried loads alongside Tamang for six seasons said both men had been hired through a sub-agent in Besisahar and paid Rs 1,800 a day. “Dil Bahadur had a jacket from the Besisahar market and canvas shoes. Nobody asked him what he had,” said the porter, who asked not to be named because he feared losing work.
L region Dhading
P partial Tamang
F number six
L city Besisahar
F money Rs 1,800
Q direct - :: “Dil Bahadur had a jacket from the Besisahar market and canvas shoes. Nobody asked him what he had,”
P partial Dil Bahadur
L city Besisahar
> Trekking agencies must insure every porter they hire for at least Rs 1.5 million, but relatives of the two dead men said on Saturday they had not been told which company held the policies. TAAN general secretary Nima Doma Sherpa said the association would check every agency involved and “name any member who sent a porter up without insurance or proper gear.”
F money Rs 1.5 million
F number two
O nonprofit TAAN
P full Nima Doma Sherpa
Q direct Nima Doma Sherpa :: “name any member who sent a porter up without insurance or proper gear.”
> According to the Nepal Tourism Board, 38,950 foreign trekkers crossed Thorong La in 2037, nearly half of them in October and November, when the Dashain and Tihar holidays fill the trail.
O government Nepal Tourism Board
F number 38,950
L geo Thorong La
F date 2037
F fraction half
> The pass reopened on Saturday afternoon for trekkers crossing from Muktinath towards Manang. Police said a 12-member search team would resume looking for Budha Magar at first light on Monday.
L city Muktinath
L city Manang
F number 12
P partial Budha Magar
> A version of this article appears in the print on October 18, 2038, of The Kathmandu Post.
F date October 18, 2038
O media The Kathmandu Post
'''

ARTICLES['608-reindeer-road-deaths-record-highway-4-vuotso-lappi-cooperative-vayla-fence-luke-yle-news'] = r'''
> Herders on record reindeer road deaths: 'Every morning we go out to collect bodies'
Q direct Niillas Aikio :: 'Every morning we go out to collect bodies'
> A record 4,870 reindeer were killed by cars, lorries and trains in the reindeer husbandry area last winter. Herders want fences along Highway 4, but the transport agency says a test stretch near Vuotso will not be finished before 2040.
F number 4,870
L street Highway 4
L city Vuotso
F date 2040
> Yle News
O media Yle News
> 14.4.2038 17:26
F date 14.4.2038
F time 17:26
> Reindeer on Highway 4 near Vuotso, in the municipality of Sodankylä, in March. Image: Sanna-Kaisa Aho / Yle
L street Highway 4
L city Vuotso
L region Sodankylä
P full Sanna-Kaisa Aho
O media Yle
> Vehicles killed a record 4,870 reindeer on roads and railways in Finland's reindeer husbandry area between November and March, according to figures published on Wednesday by the Reindeer Herders' Association (Paliskuntain yhdistys). The previous record, 4,410, was set in the winter of 2034–2035.
F number 4,870
L country Finland
O nonprofit Reindeer Herders' Association
O nonprofit Paliskuntain yhdistys
F number 4,410
F date 2034–2035
> The figure is 31 percent above the average of the previous ten winters. More than half of the deaths were on three roads: Highway 4 between Sodankylä and Inari, Highway 82 between Kemijärvi and Salla, and Highway 21 along the Swedish border near Kolari.
F percent 31 percent
F number ten
F fraction half
F number three
L street Highway 4
L city Sodankylä
L city Inari
L street Highway 82
L city Kemijärvi
L city Salla
L street Highway 21
L city Kolari
> "Every morning we go out to collect bodies. Some are still alive and we have to finish them ourselves," said Niillas Aikio, chair of the Lappi reindeer herding cooperative in Vuotso, whose 2,900 reindeer graze on both sides of Highway 4.
Q direct Niillas Aikio :: "Every morning we go out to collect bodies. Some are still alive and we have to finish them ourselves,"
P full Niillas Aikio
O other Lappi
L city Vuotso
F number 2,900
L street Highway 4
> "This winter we lost 212 animals to traffic. That is more than the wolverines and eagles take. The drivers are not bad people, but at 100 kilometres an hour, in the dark, a grey reindeer on a grey road is invisible until it is too late.
Q direct Niillas Aikio :: "This winter we lost 212 animals to traffic. That is more than the wolverines and eagles take. The drivers are not bad people, but at 100 kilometres an hour, in the dark, a grey reindeer on a grey road is invisible until it is too late.
F number 212
F quantity 100 kilometres an hour
> "We have asked for fences for 15 years. Every year someone writes a report."
Q direct Niillas Aikio :: "We have asked for fences for 15 years. Every year someone writes a report."
F duration 15 years
> In a statement, the association said motor insurers had paid 6.8 million euros in compensation for reindeer killed in traffic over the winter, an average of about 1,400 euros per animal. It said the sum "does not cover the work of herders who search the roadsides every day" and called on the government to fund fences on the worst stretches. It pointed to Sweden, where it said fenced sections of the E4 in Norrbotten had seen about two thirds fewer collisions.
F money 6.8 million euros
F money 1,400 euros
Q direct Reindeer Herders' Association :: "does not cover the work of herders who search the roadsides every day"
L country Sweden
L street E4
L region Norrbotten
F fraction two thirds
> The Finnish Transport Infrastructure Agency (Väylä) plans to build a 14-kilometre test fence on Highway 4 south of Vuotso, with two underpasses and a cattle grid at each end. Project manager Heikki Ylitalo told Yle Lapland that the agency had set aside 3.2 million euros for it, but that the environmental permit process would take at least 18 months.
O government Finnish Transport Infrastructure Agency
O government Väylä
F quantity 14-kilometre
L street Highway 4
L city Vuotso
F number two
P full Heikki Ylitalo
O media Yle Lapland
F money 3.2 million euros
F duration 18 months
> "A fence moves the problem to where the fence ends. We want to measure what happens at both ends before we build 100 kilometres of it," Ylitalo said.
Q direct Heikki Ylitalo :: "A fence moves the problem to where the fence ends. We want to measure what happens at both ends before we build 100 kilometres of it,"
F quantity 100 kilometres
P partial Ylitalo
> Researchers at Natural Resources Institute Finland (Luke) say the winter's weather played a part. Repeated thaws and freezes in January left a hard ice crust on the pastures, and hungry reindeer moved to the roadsides, where ploughs expose lichen and road salt draws them in, said Luke senior scientist Marja-Leena Kangasniemi.
O government Natural Resources Institute Finland
O government Luke
O government Luke
P full Marja-Leena Kangasniemi
> "On a day of minus 30 degrees, a reindeer walking on the road uses less energy than one digging through ice. For the animal it is a rational choice," Kangasniemi said.
Q direct Marja-Leena Kangasniemi :: "On a day of minus 30 degrees, a reindeer walking on the road uses less energy than one digging through ice. For the animal it is a rational choice,"
F quantity minus 30 degrees
P partial Kangasniemi
> The Lapland Police Department lowered the speed limit on 62 kilometres of Highway 4 from 100 km/h to 80 km/h for December and January. Chief Inspector Jari Kuusisto said most collisions on that stretch happened between 3pm and 9am, in darkness and with little traffic.
O government Lapland Police Department
F quantity 62 kilometres
L street Highway 4
F quantity 100 km/h
F quantity 80 km/h
P full Jari Kuusisto
F time 3pm
F time 9am
> A lorry driver who hauls timber between Sodankylä and Ivalo, and who asked Yle not to publish his name, said he had hit four reindeer this winter. "You see two eyes, then you see 20 of them. You cannot brake with 60 tonnes behind you."
L city Sodankylä
L city Ivalo
O media Yle
F number four
Q direct - :: "You see two eyes, then you see 20 of them. You cannot brake with 60 tonnes behind you."
F number two
F number 20
F quantity 60 tonnes
> Aikio said the cooperative would start calf marking in June with fewer animals than at any time since he became chair in 2029. "If the fence comes in 2040, good. But the reindeer are on the road now," he said.
P partial Aikio
F date 2029
Q direct Niillas Aikio :: "If the fence comes in 2040, good. But the reindeer are on the road now,"
F date 2040
'''

ARTICLES['609-plunket-shield-otago-volts-beat-wellington-firebirds-kerr-seven-university-oval-scoreboard-odt'] = r'''
> Cricket
> Kerr takes seven as Volts beat Firebirds at University Oval
P partial Kerr
F number seven
O team Volts
O team Firebirds
L facility University Oval
> By Fergus Dalziel
P full Fergus Dalziel
> Sun, 20 Mar 2039
F date 20 Mar 2039
> Otago seamer Jack Kerr celebrates the wicket of Wellington captain Angus Brackenridge at University Oval on Friday. PHOTO: HAMISH MacLEOD
O team Otago
P full Jack Kerr
O team Wellington
P full Angus Brackenridge
L facility University Oval
P full HAMISH MacLEOD
> Jack Kerr bowled Otago to their first Plunket Shield win at University Oval in two years, taking 7-58 as the Volts dismissed Wellington for 214 on Friday before chasing down 236 with four wickets in hand in Dunedin yesterday.
P full Jack Kerr
O team Otago
O other Plunket Shield
L facility University Oval
F duration two years
F score 7-58
O team Volts
O team Wellington
F score 214
F number 236
F number four
L city Dunedin
> Resuming on 61-1, the hosts needed another 175 on a pitch that had started to turn, and a cold southerly that held the temperature at 9degC did nothing for the batters’ fingers.
F score 61-1
F number 175
F quantity 9degC
> Opener Tāne Rangihuna made 84, his highest first-class score, and shared a stand of 97 for the third wicket with Manveer Dhillon before he was caught at slip off leg-spinner Sione Vaipulu shortly after lunch.
P full Tāne Rangihuna
F number 84
F number 97
P full Manveer Dhillon
P full Sione Vaipulu
> Dhillon was run out for 52 and, when Vaipulu struck twice more in five overs, Otago were 198-6 and the Firebirds could sense a second win of the season. But wicketkeeper Mitchell Baird and Kerr, who finished on 24 not out, added 38 in 49 balls to see the Volts home.
P partial Dhillon
F number 52
P partial Vaipulu
F number five
O team Otago
F score 198-6
O team Firebirds
P full Mitchell Baird
P partial Kerr
F number 24
F number 38
F number 49
O team Volts
> “I’ve bowled a lot of overs into the wind this season, so to get a day with the slope and a bit of bounce was pretty special,” said Kerr, 24, whose match figures of 10-119 were the best by an Otago bowler at the ground since 2031.
Q direct Jack Kerr :: “I’ve bowled a lot of overs into the wind this season, so to get a day with the slope and a bit of bounce was pretty special,”
P partial Kerr
F age 24
F score 10-119
O team Otago
F date 2031
> “To finish it with the bat as well, with Mitch at the other end, I’ll remember that one.”
Q direct Jack Kerr :: “To finish it with the bat as well, with Mitch at the other end, I’ll remember that one.”
P partial Mitch
> Wellington had looked in control after the first day, when Brackenridge’s 112 carried them to 284. Kerr took 3-61 and left-armer Iosefa Fa’alogo 4-70, and Otago replied with 263, Dhillon top-scoring with 73.
O team Wellington
P partial Brackenridge
F number 112
F score 284
P partial Kerr
F score 3-61
P full Iosefa Fa’alogo
F score 4-70
O team Otago
F score 263
P partial Dhillon
F number 73
> On the third afternoon, Kerr’s spell of 5-12 in 31 balls reduced Wellington from 151-3 to 176-8, and only an unbeaten 41 from No 10 Ollie Hunt took the lead past 230.
P partial Kerr
F score 5-12
F number 31
O team Wellington
F score 151-3
F score 176-8
F number 41
P full Ollie Hunt
F number 230
> Volts coach Dion Te Whare said the win lifted Otago off the bottom of the table, 13 points behind leaders Canterbury with three rounds left.
O team Volts
P full Dion Te Whare
O team Otago
F number 13
O team Canterbury
F number three
> “We’ve talked all summer about winning the big moments, and today we won most of them,” Te Whare said. “Jack bowled like someone who wants to be in a Black Caps squad.”
Q direct Dion Te Whare :: “We’ve talked all summer about winning the big moments, and today we won most of them,”
P partial Te Whare
Q direct Dion Te Whare :: “Jack bowled like someone who wants to be in a Black Caps squad.”
P partial Jack
O team Black Caps
> Brackenridge said his side had been “a wicket or two short” on the third evening and had dropped Rangihuna on 19.
P partial Brackenridge
Q direct Angus Brackenridge :: “a wicket or two short”
F number two
P partial Rangihuna
F number 19
> Otago play the Central Stags at Saxton Oval in Nelson from Wednesday.
O team Otago
O team Central Stags
L facility Saxton Oval
L city Nelson
> Scoreboard
> Plunket Shield, University Oval, Dunedin
O other Plunket Shield
L facility University Oval
L city Dunedin
> Wellington 284 (A Brackenridge 112, C Whitcombe 58; I Fa’alogo 4-70, J Kerr 3-61) and 214 (O Hunt 41*, R Chaudhary 38; J Kerr 7-58)
O team Wellington
F score 284
P full A Brackenridge
F number 112
P full C Whitcombe
F number 58
P full I Fa’alogo
F score 4-70
P full J Kerr
F score 3-61
F score 214
P full O Hunt
F number 41
P full R Chaudhary
F number 38
P full J Kerr
F score 7-58
> Otago 263 (M Dhillon 73, W Tipene 44; S Vaipulu 4-81) and 236-6
O team Otago
F score 263
P full M Dhillon
F number 73
P full W Tipene
F number 44
P full S Vaipulu
F score 4-81
F score 236-6
> Otago 2nd innings
O team Otago
> T Rangihuna c Whitcombe b Vaipulu 84
P full T Rangihuna
P partial Whitcombe
P partial Vaipulu
F number 84
> N Colquhoun lbw b Gray 17
P full N Colquhoun
P partial Gray
F number 17
> B Amos c Brackenridge b Gray 21
P full B Amos
P partial Brackenridge
P partial Gray
F number 21
> M Dhillon* run out (Hunt) 52
P full M Dhillon
P partial Hunt
F number 52
> J Galbraith c Hunt b Vaipulu 14
P full J Galbraith
P partial Hunt
P partial Vaipulu
F number 14
> W Tipene b Vaipulu 0
P full W Tipene
P partial Vaipulu
F number 0
> M Baird† not out 12
P full M Baird
F number 12
> J Kerr not out 24
P full J Kerr
F number 24
> Extras (b 4, lb 5, nb 3) 12
F number 4
F number 5
F number 3
F number 12
> Total (6 wkts, 81.4 overs) 236
F number 6
F number 81.4
F score 236
> Did not bat: I Fa’alogo, H Ruru, D Wallace
P full I Fa’alogo
P full H Ruru
P full D Wallace
> Fall: 1-40, 2-68, 3-165, 4-181, 5-190, 6-198
F score 1-40
F score 2-68
F score 3-165
F score 4-181
F score 5-190
F score 6-198
> Bowling: Ngata 16-3-51-0, Gray 19-4-52-2, Vaipulu 30.4-6-79-3, Hunt 9-2-24-0, Whitcombe 7-1-21-0
P partial Ngata
F score 16-3-51-0
P partial Gray
F score 19-4-52-2
P partial Vaipulu
F score 30.4-6-79-3
P partial Hunt
F score 9-2-24-0
P partial Whitcombe
F score 7-1-21-0
> Result: Otago won by four wickets
O team Otago
F number four
> Points: Otago 16, Wellington 4
O team Otago
F number 16
O team Wellington
F number 4
> Umpires: K Mahoney, P Sutherland
P full K Mahoney
P full P Sutherland
'''

ARTICLES['610-banc-darguin-yellow-mullet-closure-imraguen-lanches-iwik-mamghar-poutargue-imrop-pnba-mongabay'] = r'''
> In Mauritania’s Banc d’Arguin, a mullet ban tests the Imraguen’s faith in sail
L country Mauritania
L geo Banc d’Arguin
> by Aïssata Ba on 14 March 2039
P full Aïssata Ba
F date 14 March 2039
> Key ideas
> • Mauritania has closed the yellow mullet fishery in Banc d’Arguin National Park for two months, from March 1 to April 30, after survey catches fell to their lowest level since records began in 1997.
L country Mauritania
L region Banc d’Arguin National Park
F duration two months
F date March 1
F date April 30
F date 1997
> • About 1,500 Imraguen live in nine villages in the park, where fishing is done only from sailboats; women turn mullet roe into poutargue, a delicacy sold to Europe.
F number 1,500
F number nine
L continent Europe
> • Fishers say industrial boats and fishmeal plants at Nouadhibou, outside the park, take far more mullet.
L city Nouadhibou
> Imraguen fishers raise the sail of a lanche off Iwik, in Banc d’Arguin National Park. Image by Cheikh Tidiane Sy for Mongabay.
L city Iwik
L region Banc d’Arguin National Park
P full Cheikh Tidiane Sy
O media Mongabay
> On the morning the ban began, Brahim Ould Amar walked down to the beach at Iwik, looked at the four lanches lying in the sand, and went home.
P full Brahim Ould Amar
L city Iwik
F number four
> “For my father and his father, March was the month of the mullet,” said Ould Amar, 58, who has fished from the village since he was 12. “Now the government tells us March is the month of waiting.”
Q direct Brahim Ould Amar :: “For my father and his father, March was the month of the mullet,”
P partial Ould Amar
F age 58
F age 12
Q direct Brahim Ould Amar :: “Now the government tells us March is the month of waiting.”
> Mauritania’s Ministry of Fisheries and Maritime Economy closed the yellow mullet (Mugil cephalus) fishery inside Banc d’Arguin National Park from March 1 to April 30, the peak of the spawning run. In a decree published Feb. 18, the ministry said the closure would “give the stock a chance to rebuild before it is too late.”
L country Mauritania
O government Ministry of Fisheries and Maritime Economy
L region Banc d’Arguin National Park
F date March 1
F date April 30
F date Feb. 18
Q direct Ministry of Fisheries and Maritime Economy :: “give the stock a chance to rebuild before it is too late.”
> The park, a UNESCO World Heritage Site covering some 12,000 square kilometers (4,600 square miles) of mudflats and shallow sea between Nouakchott and Nouadhibou, is home to the Imraguen, a fishing people of mixed Arab-Berber and West African descent. Motorboats have been banned there since 1976, and its roughly 110 lanches make up one of the last working sail fleets in Africa.
O intergovernmental UNESCO
F quantity 12,000 square kilometers
F quantity 4,600 square miles
L city Nouakchott
L city Nouadhibou
F date 1976
F number 110
L continent Africa
> Survey catches of yellow mullet in the park fell by 62% between 2029 and 2038, according to the Mauritanian Institute of Oceanographic Research and Fisheries (IMROP), a government research body in Nouadhibou. In its latest survey, in December, researchers caught an average of 3.1 kilograms (6.8 pounds) of mullet per net set, down from 8.2 kg a decade earlier.
F percent 62%
F date 2029
F date 2038
O government Mauritanian Institute of Oceanographic Research and Fisheries
O government IMROP
L city Nouadhibou
F quantity 3.1 kilograms
F quantity 6.8 pounds
F quantity 8.2 kg
> “The mullet that spawn here are the same fish that pass Nouadhibou in the autumn and Senegal in the winter,” said Hawa Kane, a fisheries biologist at IMROP who led the survey. “Closing the park for two months helps, but the park is not where most of them are caught.”
Q direct Hawa Kane :: “The mullet that spawn here are the same fish that pass Nouadhibou in the autumn and Senegal in the winter,”
L city Nouadhibou
L country Senegal
P full Hawa Kane
O government IMROP
Q direct Hawa Kane :: “Closing the park for two months helps, but the park is not where most of them are caught.”
F duration two months
> Kane’s team estimates that industrial boats landed about 9,400 metric tons of mullet at Nouadhibou in 2038, much of it for fishmeal, against roughly 620 tons landed by the Imraguen.
P partial Kane
F quantity 9,400 metric tons
L city Nouadhibou
F date 2038
F quantity 620 tons
> An official at the fisheries ministry, who asked not to be named, said a closed season for the coastal fleet north of the park was “under study” and could begin in 2040.
Q direct - :: “under study”
F date 2040
> In Mamghar, the largest Imraguen village, the drying racks are empty. Women here have turned mullet roe into poutargue for generations; in 2038 the Mamghar Women’s Cooperative sold 2.3 tons of it, mostly to buyers in Spain and France, for about 11 million ouguiyas ($275,000).
L city Mamghar
F date 2038
O nonprofit Mamghar Women’s Cooperative
F quantity 2.3 tons
L country Spain
L country France
F money 11 million ouguiyas
F money $275,000
> “Two months without mullet is two months without roe, and the roe is the only thing here that is paid in euros,” said Toutou Mint Bouya, 44, who heads the cooperative’s 38 members. She spoke in Hassaniya through an interpreter.
Q direct Toutou Mint Bouya :: “Two months without mullet is two months without roe, and the roe is the only thing here that is paid in euros,”
F duration Two months
F duration two months
P full Toutou Mint Bouya
F age 44
F number 38
> “We are not against the biological rest. The Imraguen were resting the mullet before there was a ministry. But a rest for us and a party for the factories in Nouadhibou is not a rest for the fish.
Q direct Toutou Mint Bouya :: “We are not against the biological rest. The Imraguen were resting the mullet before there was a ministry. But a rest for us and a party for the factories in Nouadhibou is not a rest for the fish.
L city Nouadhibou
> “If the ministry closes Nouadhibou too, we will wait with patience. If not, they should pay us for our two months.”
Q direct Toutou Mint Bouya :: “If the ministry closes Nouadhibou too, we will wait with patience. If not, they should pay us for our two months.”
L city Nouadhibou
F duration two months
> The ministry has promised 3,000 ouguiyas ($75) a month to each registered fisher during the closure, paid from EU funds. The European Union’s fisheries protocol with Mauritania, signed in 2037, pays the country €62 million ($68 million) a year for access for EU vessels.
F money 3,000 ouguiyas
F money $75
O intergovernmental EU
O intergovernmental European Union
L country Mauritania
F date 2037
F money €62 million
F money $68 million
O intergovernmental EU
> The park administration, known by its French initials PNBA, said in a written reply to Mongabay that 412 fishers had registered for the payment by March 10 and that its rangers had “recorded no violations” in the first week of the closure.
O government PNBA
O media Mongabay
F number 412
F date March 10
Q direct PNBA :: “recorded no violations”
> Back in Iwik, Ould Amar said he would spend the two months mending sails. “The sail does not need fuel and it does not need permission,” he said. “It only needs fish.”
L city Iwik
P partial Ould Amar
F duration two months
Q direct Brahim Ould Amar :: “The sail does not need fuel and it does not need permission,”
Q direct Brahim Ould Amar :: “It only needs fish.”
> Banner image: Mullet roe drying in Mamghar. Image by Cheikh Tidiane Sy for Mongabay.
L city Mamghar
P full Cheikh Tidiane Sy
O media Mongabay
> Citations:
> Kane, H., & Ould Sidi, M. L. (2038). Decline of yellow mullet Mugil cephalus in the Banc d’Arguin: Evidence from three decades of survey data. African Journal of Marine Science, 60(2), 211-224. doi:10.2989/1814232X.2038.2104411
P full Kane, H.
P full Ould Sidi, M. L.
F date 2038
O media African Journal of Marine Science
'''

ARTICLES['611-welcome-teen-steer-record-940-a-pound-martin-county-fair-4h-sale-chain-lakes-fairmont-sentinel'] = r'''
> Local News
> Welcome Teen’s Steer Brings Record $9.40 a Pound at Martin County Fair
L city Welcome
F money $9.40
> Jul 27, 2040
F date Jul 27, 2040
> By Kaylee Brandt, Staff Writer
P full Kaylee Brandt
> Addison Klenk of Welcome stands with her grand champion market steer, Duke, before Thursday’s 4-H livestock sale at the Martin County Fairgrounds in Fairmont. Sentinel photo by Kaylee Brandt
P full Addison Klenk
L city Welcome
O nonprofit 4-H
L facility Martin County Fairgrounds
L city Fairmont
O media Sentinel
P full Kaylee Brandt
> Addison Klenk knew her steer was good. She did not expect it to bring $9.40 a pound.
P full Addison Klenk
F money $9.40
> Klenk, 17, of Welcome sold her 1,362-pound grand champion market steer for $12,802.80 Thursday night, a record for the 4-H Livestock Sale at the Martin County Fair. The buyer, Chain Lakes Bioenergy of Welcome, topped the previous high of $8.15 a pound, set in 2036, by more than a dollar.
P partial Klenk
F age 17
L city Welcome
F quantity 1,362-pound
F money $12,802.80
O company Chain Lakes Bioenergy
L city Welcome
F money $8.15
F date 2036
> "I was shaking the whole time. When it went past eight, I stopped listening to the auctioneer and just watched my mom," Klenk said. She plans to put the money toward a veterinary degree at the University of Minnesota.
Q direct Addison Klenk :: "I was shaking the whole time. When it went past eight, I stopped listening to the auctioneer and just watched my mom,"
F number eight
P partial Klenk
O education University of Minnesota
> The sale drew 161 market animals from 4-H members across the county — steers, hogs, lambs, goats, broilers and rabbits — and grossed $231,460, up 14% from last year, according to the Martin County Fair Board. Buyers also pay a 3% commission that goes to the 4-H premium fund.
F number 161
O nonprofit 4-H
F money $231,460
F percent 14%
O nonprofit Martin County Fair Board
F percent 3%
O nonprofit 4-H
> "People in this county don't always have a lot of cash in July, but they find it for these kids," said Fair Board president Doug Hinz, who has clerked the sale for 22 years. "We had bidders in that barn who have never owned a cow."
Q direct Doug Hinz :: "People in this county don't always have a lot of cash in July, but they find it for these kids,"
O nonprofit Fair Board
P full Doug Hinz
F duration 22 years
Q direct Doug Hinz :: "We had bidders in that barn who have never owned a cow."
> Chain Lakes general manager Rita Oyen said the ethanol plant, which employs 46 people south of Welcome and buys corn from about 400 growers in Martin, Faribault and Jackson counties, went into the sale planning to back the champion.
O company Chain Lakes
P full Rita Oyen
F number 46
L city Welcome
F number 400
L region Martin
L region Faribault
L region Jackson
> "Her family hauls corn to us. Half the kids in that barn, their folks are our growers," Oyen said. "We just didn't plan on the Truman bank bidding against us."
Q direct Rita Oyen :: "Her family hauls corn to us. Half the kids in that barn, their folks are our growers,"
F fraction Half
P partial Oyen
Q direct Rita Oyen :: "We just didn't plan on the Truman bank bidding against us."
L city Truman
> The underbidder, Tenhassen State Bank of Truman, dropped out at $9.35. "We'll be back next year," loan officer Kyle Schaible said.
O company Tenhassen State Bank
L city Truman
F money $9.35
Q direct Kyle Schaible :: "We'll be back next year,"
P full Kyle Schaible
> Reserve champion steer honors went to Brody Wegner, 15, of Ceylon, whose 1,298-pound crossbred sold to Center Creek Veterinary Clinic for $6.10 a pound.
P full Brody Wegner
F age 15
L city Ceylon
F quantity 1,298-pound
O company Center Creek Veterinary Clinic
F money $6.10
> In the swine show, 12-year-old Mateo Ibarra of Sherburn, showing for the first time, sold his grand champion market barrow for $2,150.50, or $7.82 a pound, to a group of six Sherburn businesses that pooled their money.
F age 12-year-old
P full Mateo Ibarra
L city Sherburn
F money $2,150.50
F money $7.82
F number six
L city Sherburn
> "My sister did it two years ago, so I had to beat her," Ibarra said. His sister, Sofia Ibarra, 16, showed the reserve champion lamb.
Q direct Mateo Ibarra :: "My sister did it two years ago, so I had to beat her,"
F duration two years
P partial Ibarra
P full Sofia Ibarra
F age 16
> University of Minnesota Extension educator Jenna Vander Zee said 4-H enrollment in Martin County had grown to 312 members in 14 clubs, from 268 in 2035. "The livestock projects are what keep a lot of these families in 4-H," Vander Zee said.
O education University of Minnesota Extension
P full Jenna Vander Zee
O nonprofit 4-H
L region Martin County
F number 312
F number 14
F number 268
F date 2035
Q direct Jenna Vander Zee :: "The livestock projects are what keep a lot of these families in 4-H,"
O nonprofit 4-H
P partial Vander Zee
> The fair closes Sunday with the demolition derby at 7 p.m. in the grandstand.
F time 7 p.m.
> Top sale prices
> Grand champion market steer: Addison Klenk, Welcome, 1,362 lbs., $9.40/lb., Chain Lakes Bioenergy
P full Addison Klenk
L city Welcome
F quantity 1,362 lbs.
F money $9.40/lb.
O company Chain Lakes Bioenergy
> Reserve champion market steer: Brody Wegner, Ceylon, 1,298 lbs., $6.10/lb., Center Creek Veterinary Clinic
P full Brody Wegner
L city Ceylon
F quantity 1,298 lbs.
F money $6.10/lb.
O company Center Creek Veterinary Clinic
> Grand champion market barrow: Mateo Ibarra, Sherburn, 275 lbs., $7.82/lb., Sherburn area businesses
P full Mateo Ibarra
L city Sherburn
F quantity 275 lbs.
F money $7.82/lb.
L city Sherburn
> Grand champion market lamb: Hailey Vaubel, Trimont, 138 lbs., $18.00/lb., Granada Farmers Elevator
P full Hailey Vaubel
L city Trimont
F quantity 138 lbs.
F money $18.00/lb.
O company Granada Farmers Elevator
> Reserve champion market lamb: Sofia Ibarra, Sherburn, 131 lbs., $11.50/lb., Trimont Lumber & Supply
P full Sofia Ibarra
L city Sherburn
F quantity 131 lbs.
F money $11.50/lb.
O company Trimont Lumber & Supply
> Grand champion market goat: Ethan Schwieger, Dunnell, 94 lbs., $16.25/lb., Dunnell American Legion Post 584
P full Ethan Schwieger
L city Dunnell
F quantity 94 lbs.
F money $16.25/lb.
O nonprofit Dunnell American Legion Post 584
'''

ARTICLES['612-tilos-nisyros-no-ferry-nine-days-kyra-panagia-breakdown-barren-line-pno-kathimerini'] = r'''
> NEWS
> ‘We are an island again, in the worst sense’: Tilos waits nine days for a ferry
Q direct Eleni Kouvaraki :: ‘We are an island again, in the worst sense’
L geo Tilos
F duration nine days
> Marina Zervoudaki
P full Marina Zervoudaki
> 24.02.2039 • 19:12
F date 24.02.2039
F time 19:12
> Passengers board a fishing boat for Nisyros at the port of Livadia, Tilos, on Tuesday. The island has had no scheduled ferry since February 15. [Eurokinissi]
L geo Nisyros
L city Livadia
L geo Tilos
F date February 15
O media Eurokinissi
> Tilos, a Dodecanese island of about 780 permanent residents, has been without a scheduled ferry for nine days after the only ship on its subsidized route broke down off Nisyros, leaving islanders to rely on fishing boats, a coast guard launch and, for one pregnant woman, a military helicopter.
L geo Tilos
L region Dodecanese
F number 780
F duration nine days
L geo Nisyros
F number one
> The 41-year-old Kyra Panagia suffered an engine failure on February 15 about 6 nautical miles north of Nisyros on its way from Rhodes to Piraeus, with 112 passengers and 19 vehicles on board. It was towed to Kos, where inspectors from the Rhodes Central Port Authority barred it from sailing until the engine is repaired.
F duration 41-year-old
F date February 15
F quantity 6 nautical miles
L geo Nisyros
L city Rhodes
L city Piraeus
F number 112
F number 19
L geo Kos
O government Rhodes Central Port Authority
> The ship, operated by the Rhodes-based company Aigaion Akti Shipping, is the only vessel under contract on the route linking Piraeus with Tilos, Nisyros, Halki and Symi, one of the so-called “barren lines” that the Ministry of Maritime Affairs and Insular Policy subsidizes because no operator would run them at a profit.
L city Rhodes
O company Aigaion Akti Shipping
L city Piraeus
L geo Tilos
L geo Nisyros
L geo Halki
L geo Symi
Q scare - :: “barren lines”
O government Ministry of Maritime Affairs and Insular Policy
> The ministry said in a statement on Wednesday that it had asked a second operator to send a ship to Tilos twice a week “as an emergency measure until the Kyra Panagia returns to service,” and that the route’s annual subsidy of €1.4 million would be reduced for every day without a sailing.
L geo Tilos
Q direct Ministry of Maritime Affairs and Insular Policy :: “as an emergency measure until the Kyra Panagia returns to service,”
F money €1.4 million
> “We are an island again, in the worst sense,” said Tilos Mayor Eleni Kouvaraki, whose municipality has asked for the ship to be replaced. “The bakery gets its flour, the health center gets its medicines and the children get to their exams in Rhodes on the same boat. When the boat stops, the island stops.”
Q direct Eleni Kouvaraki :: “We are an island again, in the worst sense,”
L region Tilos
P full Eleni Kouvaraki
Q direct Eleni Kouvaraki :: “The bakery gets its flour, the health center gets its medicines and the children get to their exams in Rhodes on the same boat. When the boat stops, the island stops.”
L city Rhodes
> On Sunday, a 29-year-old woman in her 34th week of pregnancy was flown from Tilos to Rhodes General Hospital by a Hellenic Air Force Super Puma after winds of 8 Beaufort kept the island’s fishing boats in port. The National Center for Emergency Care (EKAB) said the flight took 40 minutes.
F age 29-year-old
L geo Tilos
O other Rhodes General Hospital
O government Hellenic Air Force
F quantity 8 Beaufort
O government National Center for Emergency Care
O government EKAB
F duration 40 minutes
> A fisherman from Livadia who has been carrying passengers and supplies to Nisyros in his 9-meter caique said he had made the crossing six times in the past week. “I am a fisherman, not a ferry. If something happens to a passenger in that sea, who is responsible?” said the man, who did not want his name published because he does not hold a passenger license.
L city Livadia
L geo Nisyros
F quantity 9-meter
F number six
Q direct - :: “I am a fisherman, not a ferry. If something happens to a passenger in that sea, who is responsible?”
> The Panhellenic Seamen’s Federation (PNO) said the Kyra Panagia, built in 1998, was one of 14 ships over 35 years old still working subsidized routes in the Aegean, and called the ministry’s tenders a “race to the bottom.”
O nonprofit Panhellenic Seamen’s Federation
O nonprofit PNO
F date 1998
F number 14
F duration 35 years
L geo Aegean
Q direct Panhellenic Seamen’s Federation :: “race to the bottom.”
> Aigaion Akti said in an email to Kathimerini that a new crankshaft was being shipped from Hamburg and that the ship should be back in service by March 3. “The ship is old, but the sea on this route is older,” managing director Pantelis Chatzigeorgiou said, adding that newer and larger ships could not berth at Livadia in a strong north wind.
O company Aigaion Akti
O media Kathimerini
L city Hamburg
F date March 3
Q direct Pantelis Chatzigeorgiou :: “The ship is old, but the sea on this route is older,”
P full Pantelis Chatzigeorgiou
L city Livadia
> On Nisyros, where the Kyra Panagia also calls twice a week, deputy mayor Irini Paschalidou said hotels had lost 210 bookings for the Clean Monday holiday next week. “People ask us, is there a boat? We cannot say yes,” she said.
L geo Nisyros
P full Irini Paschalidou
F number 210
Q direct Irini Paschalidou :: “People ask us, is there a boat? We cannot say yes,”
> According to the ministry, 37 of Greece’s 59 subsidized ferry routes were served by a single vessel in 2038, and the average age of the ships on those routes was 32 years.
F number 37
L country Greece
F number 59
F date 2038
F duration 32 years
> Until the Kyra Panagia returns, Tilos residents traveling to Rhodes must take a fishing boat to Nisyros and a catamaran from there, a journey of at least five hours that costs €48 one way.
L geo Tilos
L city Rhodes
L geo Nisyros
F duration five hours
F money €48
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
