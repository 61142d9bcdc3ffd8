#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval123 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval123/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['781-mate-maa-tonga-edge-toa-samoa-24-22-taufoou-penalty-teufaiva-nukualofa-matangi-tonga'] = r'''
> Sport
> Mate Ma'a Tonga edge Toa Samoa 24-22 as Ta'ufo'ou penalty settles Teufaiva thriller
O team Mate Ma'a Tonga
O team Toa Samoa
F score 24-22
P partial Ta'ufo'ou
L facility Teufaiva
> Nuku'alofa, Tonga
L city Nuku'alofa
L country Tonga
> Sunday, October 31, 2038 - 20:15
F date October 31, 2038
F time 20:15
> Mate Ma'a Tonga winger Siosaia Vaipulu dives over for his second try at Teufaiva Sport Stadium on Saturday night. Photo: Matangi Tonga/Salote Mahe
O team Mate Ma'a Tonga
P full Siosaia Vaipulu
L facility Teufaiva Sport Stadium
O media Matangi Tonga
P full Salote Mahe
> Mate Ma'a Tonga came back from 16-6 down at half-time to beat Toa Samoa 24-22 before a sell-out crowd of 11,500 at Teufaiva Sport Stadium in Nuku'alofa on Saturday night, in the first rugby league Test played in the Kingdom for four years.
O team Mate Ma'a Tonga
F score 16-6
O team Toa Samoa
F score 24-22
F number 11,500
L facility Teufaiva Sport Stadium
L city Nuku'alofa
L country Kingdom
F duration four years
> Fullback Sione Ta'ufo'ou kicked four goals from five attempts, the last a penalty from 35 metres with 2:10 left on the clock after Samoa were penalised for a high shot on prop Viliami Kata, who had levelled the scores with a try seven minutes from the end.
P full Sione Ta'ufo'ou
F number four
F number five
F quantity 35 metres
F time 2:10
O team Samoa
P full Viliami Kata
F duration seven minutes
> Winger Siosaia Vaipulu scored two tries and second-rower Tomasi Kioa crossed for the other as Tonga turned the game around in a 31-minute spell after the break.
P full Siosaia Vaipulu
F number two
P full Tomasi Kioa
O team Tonga
F duration 31-minute
> "I told the boys at half-time that nobody comes to Teufaiva and takes this game off us, not in front of our people," Mate Ma'a Tonga coach Semisi Lolohea said.
Q direct Semisi Lolohea :: "I told the boys at half-time that nobody comes to Teufaiva and takes this game off us, not in front of our people,"
L facility Teufaiva
O team Mate Ma'a Tonga
P full Semisi Lolohea
> "We were too soft for 40 minutes. The second half, that was the Tonga we know."
Q direct Semisi Lolohea :: "We were too soft for 40 minutes. The second half, that was the Tonga we know."
F duration 40 minutes
O team Tonga
> Toa Samoa, coached by Leota Pita Faumuina, had looked in control when centre Iosefa Aumua scored twice in the first 25 minutes and hooker Ioane Alofaituli added a third from dummy-half on the stroke of half-time. Five-eighth Mikaele Tuimavave converted two of them.
O team Toa Samoa
P full Leota Pita Faumuina
P full Iosefa Aumua
F duration 25 minutes
P full Ioane Alofaituli
P full Mikaele Tuimavave
F number two
> Tonga's only reply before the break came when Vaipulu chased down a Ta'ufo'ou grubber in the 33rd minute.
O team Tonga
P partial Vaipulu
P partial Ta'ufo'ou
> Kioa's try in the 47th minute, converted by Ta'ufo'ou, and an unconverted second for Vaipulu 11 minutes later brought the home side level at 16-16. Samoa went back in front when winger Jerome Tavita-Leiataua finished in the corner and Tuimavave landed the conversion from the touchline.
P partial Kioa
P partial Ta'ufo'ou
P partial Vaipulu
F duration 11 minutes
F score 16-16
O team Samoa
P full Jerome Tavita-Leiataua
P partial Tuimavave
> Then Kata, the 118kg prop from 'Eua, charged through two defenders from 10 metres out, and Ta'ufo'ou's conversion made it 22-22.
P partial Kata
F quantity 118kg
L geo 'Eua
F number two
F quantity 10 metres
P partial Ta'ufo'ou
F score 22-22
> Leota said his side had "switched off" after the break. "We gave them the ball back too many times. You can't do that at Teufaiva, with 11,000 people screaming at you," he said.
P partial Leota
Q direct Leota Pita Faumuina :: "switched off"
Q direct Leota Pita Faumuina :: "We gave them the ball back too many times. You can't do that at Teufaiva, with 11,000 people screaming at you,"
L facility Teufaiva
F number 11,000
> The Tonga National Rugby League said all 11,500 tickets had been sold within three days, and that the night had shown the stadium was "ready for the Pacific Championships".
O nonprofit Tonga National Rugby League
F number 11,500
F duration three days
Q direct Tonga National Rugby League :: "ready for the Pacific Championships"
> Fans had lined Taufa'ahau Road from early afternoon, many of them draped in red and white. Among them was Mele Fonua, 64, who came over from Ha'apai with three of her grandsons.
L street Taufa'ahau Road
P full Mele Fonua
F age 64
L geo Ha'apai
F number three
> "I have waited a long time to see them play here. Win or lose I am happy, but winning is sweeter," she said.
Q direct Mele Fonua :: "I have waited a long time to see them play here. Win or lose I am happy, but winning is sweeter,"
> A Samoan supporter leaving the ground, who would not give his name, called the penalty decision "very soft".
Q direct - :: "very soft"
> The two sides meet again at Apia Park in Apia on November 13, 2038.
F number two
L facility Apia Park
L city Apia
F date November 13, 2038
> Mate Ma'a Tonga 24 (Siosaia Vaipulu 2, Tomasi Kioa, Viliami Kata tries; Sione Ta'ufo'ou 4 goals)
O team Mate Ma'a Tonga
F score 24
P full Siosaia Vaipulu
F number 2
P full Tomasi Kioa
P full Viliami Kata
P full Sione Ta'ufo'ou
F number 4
> Toa Samoa 22 (Iosefa Aumua 2, Ioane Alofaituli, Jerome Tavita-Leiataua tries; Mikaele Tuimavave 3 goals)
O team Toa Samoa
F score 22
P full Iosefa Aumua
F number 2
P full Ioane Alofaituli
P full Jerome Tavita-Leiataua
P full Mikaele Tuimavave
F number 3
> Half-time: 6-16. Crowd: 11,500. Referee: Aaron Whakataka (New Zealand)
F score 6-16
F number 11,500
P full Aaron Whakataka
L country New Zealand
'''

ARTICLES['782-ribb-dam-canals-dry-fogera-libo-kemkem-farmers-amhara-irrigation-bureau-contractor-addis-standard'] = r'''
> News
> Farmers below Ribb dam say canals still dry five years after reservoir filled, Amhara bureau blames contractor
L facility Ribb
F duration five years
L region Amhara
> Some 9,800 households in Fogera and Libo Kemkem were promised irrigation for 19,000 hectares; fewer than a third of the canals have been built
F number 9,800
L region Fogera
L region Libo Kemkem
F quantity 19,000 hectares
F fraction a third
> Etsegenet Molla
P full Etsegenet Molla
> February 8, 2039
F date February 8, 2039
> A dry secondary canal in Shina kebele, Fogera woreda, with the Ribb reservoir behind it. Photo: Addis Standard/Etsegenet Molla
L city Shina
L region Fogera
L facility Ribb
O media Addis Standard
P full Etsegenet Molla
> Bahir Dar – Farmers in Fogera and Libo Kemkem woredas of South Gondar Zone say they are still waiting for water from the Ribb dam, five years after its reservoir was first filled and 13 years after construction began, while the Amhara Region Irrigation and Lowland Development Bureau says the contractor has built less than 30% of the planned canals.
L city Bahir Dar
L region Fogera
L region Libo Kemkem
L region South Gondar Zone
L facility Ribb
F duration five years
F duration 13 years
O government Amhara Region Irrigation and Lowland Development Bureau
F percent 30%
> The 73-metre-high dam on the Ribb river, about 35 kilometres east of Lake Tana, holds 234 million cubic metres of water and was designed to irrigate 19,000 hectares of rice, maize and onion fields around Woreta.
F quantity 73-metre
L geo Ribb
F quantity 35 kilometres
L geo Lake Tana
F quantity 234 million cubic metres
F quantity 19,000 hectares
L city Woreta
> “We watch the water sit behind the wall while our onions dry in the field,” said Ayalew Mekonnen Tesfa, 52, who farms two hectares in Shina kebele. “Every year they tell us: next year.”
Q direct Ayalew Mekonnen Tesfa :: “We watch the water sit behind the wall while our onions dry in the field,”
P full Ayalew Mekonnen Tesfa
F age 52
F quantity two hectares
L city Shina
Q direct Ayalew Mekonnen Tesfa :: “Every year they tell us: next year.”
> Ato Ayalew said he paid Br 18,000 last dry season to rent a diesel pump and buy fuel to lift water from the Gumara river, money he borrowed from the Amhara Credit and Saving Institution (ACSI).
P partial Ayalew
F money Br 18,000
L geo Gumara
O company Amhara Credit and Saving Institution
O company ACSI
> W/ro Tiruwork Alemu, a mother of five in neighbouring Nabega kebele, said women carried the heavier burden. “When there is no irrigation the men go to Metema for work, and we stay behind with the children and the debts,” she said.
P full Tiruwork Alemu
F number five
L city Nabega
Q direct Tiruwork Alemu :: “When there is no irrigation the men go to Metema for work, and we stay behind with the children and the debts,”
L city Metema
> Dr. Melkamu Wondimagegn, deputy head of the bureau, told Addis Standard that the contractor, Gafat Irrigation Works PLC, had completed only 41 kilometres of the 142 kilometres of main and secondary canals in its contract, worth Br 2.3 billion when it was signed in Hidar 2029 E.C. (November 2036).
P full Melkamu Wondimagegn
O media Addis Standard
O company Gafat Irrigation Works PLC
F quantity 41 kilometres
F quantity 142 kilometres
F money Br 2.3 billion
F date Hidar 2029 E.C.
F date November 2036
> “The contractor has received 60% of the payment and delivered less than a third of the work. We have given a final warning. If there is no progress by the end of Megabit, the contract will be terminated,” he said.
Q direct Melkamu Wondimagegn :: “The contractor has received 60% of the payment and delivered less than a third of the work. We have given a final warning. If there is no progress by the end of Megabit, the contract will be terminated,”
F percent 60%
F fraction a third
> In a written response, Gafat Irrigation Works said it had not been paid for eight months and that a shortage of foreign currency had held up the import of gates and pipes. The company said the bureau owed it “more than Br 310 million in certified work”.
O company Gafat Irrigation Works
F duration eight months
Q direct Gafat Irrigation Works PLC :: “more than Br 310 million in certified work”
F money Br 310 million
> Work has also been disrupted by insecurity on the roads, according to a site engineer who asked not to be named. “Twice last year our trucks were stopped on the road from Debre Tabor, and the workers refused to come back for weeks,” the engineer said.
Q direct - :: “Twice last year our trucks were stopped on the road from Debre Tabor, and the workers refused to come back for weeks,”
L city Debre Tabor
> The dam is part of a federal plan to expand irrigated rice around Lake Tana, where the Fogera plain is the country’s main rice-growing area. The Ministry of Irrigation and Lowlands, which finances the project, did not respond to questions by the time of publication.
L geo Lake Tana
L region Fogera
O government Ministry of Irrigation and Lowlands
> Farmers in Shina said they would meet the woreda administration on February 15. “If the water does not come this year, we will go to Bahir Dar ourselves,” Ayalew said.
L city Shina
F date February 15
Q direct Ayalew Mekonnen Tesfa :: “If the water does not come this year, we will go to Bahir Dar ourselves,”
L city Bahir Dar
P partial Ayalew
'''

ARTICLES['783-superprestige-boom-van-oost-solo-de-schorre-van-t-hof-hrubesova-results-cyclocross-magazine'] = r'''
> Race Reports
> Van Oost Rides Away in the Sand at Superprestige Boom, Hrubešová Takes Women's Race
P partial Van Oost
P partial Hrubešová
> The Belgian escaped on the second of seven laps at De Schorre and now leads the series by 11 points
F number seven
L facility De Schorre
F number 11
> by Femke Dierickx
P full Femke Dierickx
> December 12, 2038
F date December 12, 2038
> Seppe Van Oost rode alone over the last five laps in Boom. photo: Lieven Cornelis
P full Seppe Van Oost
F number five
L city Boom
P full Lieven Cornelis
> Seppe Van Oost won the fifth round of the Superprestige in Boom, Belgium, on Sunday, attacking on the second of seven laps through the sand and clay pits of De Schorre and finishing 38 seconds clear of Dutchman Joris van 't Hof.
P full Seppe Van Oost
L city Boom
L country Belgium
F number seven
L facility De Schorre
F duration 38 seconds
P full Joris van 't Hof
> The 23-year-old from Kasterlee now leads the series by 11 points over van 't Hof with three rounds left, and took home €3,000 of the €16,500 prize pot.
F age 23-year-old
L city Kasterlee
F number 11
P partial van 't Hof
F number three
F money €3,000
F money €16,500
> A crowd of about 12,000 lined the 2.9-kilometer course, which climbs twice up the old clay quarry above the Rupel and drops through two long sand sections beside the former brickworks ponds. Rain on Saturday left the clay heavy, and lap times rose from 8:21 on the first lap to more than 8:50 by the end.
F number 12,000
F quantity 2.9-kilometer
L geo Rupel
F number two
F duration 8:21
F duration 8:50
> Van Oost was fourth into the first sand pit, behind van 't Hof, Belgian champion Wannes De Clercq and Czech rider Vojtěch Kříž, but he rode the second pit cleanly while the others ran, and had 12 seconds at the end of the lap.
P partial Van Oost
P partial van 't Hof
P full Wannes De Clercq
P full Vojtěch Kříž
F duration 12 seconds
> "I knew the sand would make the difference today," Van Oost said. "I trained at the coast all week, in Koksijde, on the beach. When I saw the others running, I just kept pedaling."
Q direct Seppe Van Oost :: "I knew the sand would make the difference today,"
P partial Van Oost
Q direct Seppe Van Oost :: "I trained at the coast all week, in Koksijde, on the beach. When I saw the others running, I just kept pedaling."
L city Koksijde
> Van 't Hof, 27, who lives in Hulst just across the Dutch border, closed to 25 seconds on the fifth lap but slid out on the off-camber descent to the pond.
P partial Van 't Hof
F age 27
L city Hulst
F duration 25 seconds
> "My legs were good, but in the sand he is on another level," he said. "Eleven points is nothing with three races to go."
Q direct Joris van 't Hof :: "My legs were good, but in the sand he is on another level,"
Q direct Joris van 't Hof :: "Eleven points is nothing with three races to go."
F number Eleven
F number three
> De Clercq outsprinted Kříž for third, 1:04 behind the winner. Lowie Van Hoecke, 20, was the best of the rest in fifth.
P partial De Clercq
P partial Kříž
F duration 1:04
P full Lowie Van Hoecke
F age 20
> In the women's race, Czech champion Tereza Hrubešová won by 19 seconds from Fenna van der Zalm over five laps, her second win in Belgium this season.
P full Tereza Hrubešová
F duration 19 seconds
P full Fenna van der Zalm
F number five
L country Belgium
> "This is my favorite course. It is like home in Tábor, mud and hills," said Hrubešová, 30, who spends her winters in Oudenaarde.
Q direct Tereza Hrubešová :: "This is my favorite course. It is like home in Tábor, mud and hills,"
L city Tábor
P partial Hrubešová
F age 30
L city Oudenaarde
> The Superprestige continues in Gavere on December 19, 2038.
L city Gavere
F date December 19, 2038
> Elite Men (7 laps)
F number 7
> 1. Seppe Van Oost (BEL) Verhaert-Hemiksem CX 1:01:12
P full Seppe Van Oost
L country BEL
O team Verhaert-Hemiksem CX
F duration 1:01:12
> 2. Joris van 't Hof (NED) Team Polderzicht +0:38
P full Joris van 't Hof
L country NED
O team Team Polderzicht
F duration +0:38
> 3. Wannes De Clercq (BEL) Krokant-Vondel Racing +1:04
P full Wannes De Clercq
L country BEL
O team Krokant-Vondel Racing
F duration +1:04
> 4. Vojtěch Kříž (CZE) Brno Cyklo Team +1:05
P full Vojtěch Kříž
L country CZE
O team Brno Cyklo Team
F duration +1:05
> 5. Lowie Van Hoecke (BEL) Verhaert-Hemiksem CX +1:31
P full Lowie Van Hoecke
L country BEL
O team Verhaert-Hemiksem CX
F duration +1:31
> 6. Daan Kuipers (NED) Team Polderzicht +1:47
P full Daan Kuipers
L country NED
O team Team Polderzicht
F duration +1:47
> 7. Ward Lommelen (BEL) Krokant-Vondel Racing +2:10
P full Ward Lommelen
L country BEL
O team Krokant-Vondel Racing
F duration +2:10
> 8. Cian Ó Dubhghaill (IRL) Team Polderzicht +2:26
P full Cian Ó Dubhghaill
L country IRL
O team Team Polderzicht
F duration +2:26
> Elite Women (5 laps)
F number 5
> 1. Tereza Hrubešová (CZE) Brno Cyklo Team 48:20
P full Tereza Hrubešová
L country CZE
O team Brno Cyklo Team
F duration 48:20
> 2. Fenna van der Zalm (NED) Team Polderzicht +0:19
P full Fenna van der Zalm
L country NED
O team Team Polderzicht
F duration +0:19
> 3. Lotte Meersman (BEL) Krokant-Vondel Racing +0:44
P full Lotte Meersman
L country BEL
O team Krokant-Vondel Racing
F duration +0:44
> 4. Jolien Baert (BEL) Verhaert-Hemiksem CX +1:12
P full Jolien Baert
L country BEL
O team Verhaert-Hemiksem CX
F duration +1:12
'''

ARTICLES['784-kenai-assembly-disaster-declaration-east-side-setnetters-clam-gulch-kasilof-kpfa-peninsula-clarion'] = r'''
> News
> Assembly asks state for disaster declaration as east side setnetters face 3rd closed season
> By Ruby Nanalook
P full Ruby Nanalook
> Peninsula Clarion
O media Peninsula Clarion
> Wednesday, June 17, 2037 1:30am
F date June 17, 2037
F time 1:30am
> Setnet buoys and skiffs sit on the beach at Clam Gulch, Alaska, on Monday, June 15, 2037. (Ruby Nanalook/Peninsula Clarion)
L city Clam Gulch
L region Alaska
F date June 15, 2037
P full Ruby Nanalook
O media Peninsula Clarion
> The Kenai Peninsula Borough Assembly voted 7-2 on Tuesday to ask the governor to declare an economic disaster for the east side setnet fishery, after the Alaska Department of Fish and Game said the beaches from Kasilof to Ninilchik would stay closed for a third straight summer to protect Kenai River king salmon.
O government Kenai Peninsula Borough Assembly
F number 7-2
O government Alaska Department of Fish and Game
L city Kasilof
L city Ninilchik
L geo Kenai River
> The resolution, sponsored by assembly member Dana Kvasnikoff, who represents the Kalifornsky district, also asks the Alaska Legislature for $4.2 million in relief for the roughly 440 permit holders who fish the beaches of Cook Inlet's east side.
P full Dana Kvasnikoff
L region Kalifornsky
O government Alaska Legislature
F money $4.2 million
F number 440
L geo Cook Inlet
> Fish and Game's preseason forecast puts the late run of large Kenai River kings at 11,800 fish, well below the 15,000-30,000 escapement goal. The commercial setnet fishery stays closed as long as the sport fishery on the river is restricted to catch-and-release.
O government Fish and Game
L geo Kenai River
F number 11,800
F number 15,000-30,000
> "These are families who have fished the same sites since before statehood," Kvasnikoff said. "Some of them have not put a net in the water since 2034. You can't pay a mortgage on a permit you're not allowed to use."
Q direct Dana Kvasnikoff :: "These are families who have fished the same sites since before statehood,"
P partial Kvasnikoff
Q direct Dana Kvasnikoff :: "Some of them have not put a net in the water since 2034. You can't pay a mortgage on a permit you're not allowed to use."
F date 2034
> Assembly members Marla Sandvik and Pete Oskolkoff voted no. Sandvik, of Homer, called the resolution "symbolic" and said the borough should not be asking for money "for one user group over another."
P full Marla Sandvik
P full Pete Oskolkoff
P partial Sandvik
L city Homer
Q direct Marla Sandvik :: "symbolic"
Q direct Marla Sandvik :: "for one user group over another."
> The vote came at 10:40 p.m., after two hours of public testimony from 23 people, most of them from Kasilof and Clam Gulch.
F time 10:40 p.m.
F duration two hours
F number 23
L city Kasilof
L city Clam Gulch
> Ruth Ann Halvorsen, 67, has fished a site north of Clam Gulch since 1996, most of those years with her son and two grandchildren as crew.
P full Ruth Ann Halvorsen
F age 67
L city Clam Gulch
F date 1996
F number two
> "I'm not asking for a handout," she told the assembly. "I'm asking them to admit that what happened to us is a disaster. We still pay for the permit, the site lease and the insurance on the skiffs."
Q direct Ruth Ann Halvorsen :: "I'm not asking for a handout,"
Q direct Ruth Ann Halvorsen :: "I'm asking them to admit that what happened to us is a disaster. We still pay for the permit, the site lease and the insurance on the skiffs."
> In a letter to the assembly, the Kenai Peninsula Fishermen's Association said the average east side setnet family had lost about $62,000 a season and called the closures "a slow-motion taking."
O nonprofit Kenai Peninsula Fishermen's Association
F money $62,000
Q direct Kenai Peninsula Fishermen's Association :: "a slow-motion taking."
> Borough Mayor Anita Swan said the borough's share of the state fish tax from Cook Inlet had fallen 38% since 2033, and that she would sign the resolution Wednesday.
P full Anita Swan
L geo Cook Inlet
F percent 38%
F date 2033
> A Fish and Game biologist in Soldotna, who was not authorized to speak publicly, said the department expected another "very weak" late run.
O government Fish and Game
L city Soldotna
Q direct - :: "very weak"
> The Alaska Board of Fisheries meets in Anchorage in February 2038 to take up Upper Cook Inlet proposals. A state disaster declaration would let setnetters apply for federal fishery disaster money through NOAA Fisheries, a process that has taken up to three years.
O government Alaska Board of Fisheries
L city Anchorage
F date February 2038
L geo Upper Cook Inlet
O government NOAA Fisheries
F duration three years
> Reach reporter Ruby Nanalook at ruby.nanalook@peninsulaclarion.com.
P full Ruby Nanalook
'''

ARTICLES['785-avalanche-buries-lirung-khola-headworks-langtang-rasuwa-two-workers-missing-rising-nepal'] = r'''
> Avalanche buries headworks of Langtang hydro project, two workers missing
L region Langtang
F number two
> By A Staff Reporter
> Dhunche, Magh 23
L city Dhunche
F date Magh 23
> Rescuers from the Nepal Army search the avalanche debris at the headworks site below Kyanjin Gompa in Langtang on Saturday. Photo: TRN
O government Nepal Army
L city Kyanjin Gompa
L region Langtang
O media TRN
> Two workers have gone missing and five others were injured after an avalanche buried the headworks of the under-construction 18-megawatt Lirung Khola Hydropower Project in Langtang of Rasuwa district on Saturday morning.
F number Two
F number five
F quantity 18-megawatt
L region Langtang
L region Rasuwa
> The avalanche came down from the Lirung glacier at around 7:40 am and swept snow, ice and boulders across the intake and the settling basin being built on the Langtang Khola, Chief District Officer (CDO) Tek Bahadur Khatiwada said.
L geo Lirung
F time 7:40 am
L geo Langtang Khola
P full Tek Bahadur Khatiwada
> Twelve workers were at the site when it struck. The missing are Pasang Tamang, 24, of Gatlang and site engineer Sujan Rai, 31, of Dharan.
F number Twelve
P full Pasang Tamang
F age 24
L city Gatlang
P full Sujan Rai
F age 31
L city Dharan
> The injured were flown by a Nepal Army helicopter to Kathmandu, where they are being treated at the Tribhuvan University Teaching Hospital in Maharajgunj. Two of them are said to be in serious condition.
O government Nepal Army
L city Kathmandu
O other Tribhuvan University Teaching Hospital
L city Maharajgunj
F number Two
> “A team of 40 security personnel from the Nepal Army, the Armed Police Force and Nepal Police reached the site by noon, but fresh snowfall and the risk of another avalanche forced us to stop the search at 4 pm,” CDO Khatiwada told The Rising Nepal over the phone.
Q direct Tek Bahadur Khatiwada :: “A team of 40 security personnel from the Nepal Army, the Armed Police Force and Nepal Police reached the site by noon, but fresh snowfall and the risk of another avalanche forced us to stop the search at 4 pm,”
F number 40
O government Nepal Army
O government Armed Police Force
O government Nepal Police
F time 4 pm
P partial Khatiwada
O media The Rising Nepal
> The search would resume on Sunday morning if the weather allowed, he said.
> The project, estimated to cost Rs 3.6 billion, is being built by Gosaikunda Hydro Developers Ltd. and was scheduled to start generation in Shrawan 2096 BS (July 2039).
F money Rs 3.6 billion
O company Gosaikunda Hydro Developers Ltd.
F date Shrawan 2096 BS
F date July 2039
> Company chairperson Nima Gyalbu Lama said the headworks, at an altitude of 3,600 metres, had been designed with walls to protect it from floods. “We built for floods, not for avalanches of this size. Our first priority now is to find our two friends,” Lama said. The company announced Rs 500,000 in immediate relief to each of the families.
P full Nima Gyalbu Lama
F quantity 3,600 metres
Q direct Nima Gyalbu Lama :: “We built for floods, not for avalanches of this size. Our first priority now is to find our two friends,”
F number two
P partial Lama
F money Rs 500,000
> The Department of Hydrology and Meteorology (DHM) had warned on Thursday of heavy snowfall above 3,000 metres in Bagmati and Gandaki provinces. The Langtang valley received 85 centimetres of snow in the 48 hours before the avalanche, according to the DHM station at Kyanjin.
O government Department of Hydrology and Meteorology
O government DHM
F quantity 3,000 metres
L region Bagmati
L region Gandaki
L region Langtang
F quantity 85 centimetres
F duration 48 hours
O government DHM
L city Kyanjin
> Chhiring Dolma Tamang, chairperson of Gosaikunda Rural Municipality-6, said villagers had long warned that the headworks stood in the path of the snow. “Every winter the snow comes down that gully. We told them many times, but nobody listened to us,” she said.
P full Chhiring Dolma Tamang
L region Gosaikunda Rural Municipality-6
Q direct Chhiring Dolma Tamang :: “Every winter the snow comes down that gully. We told them many times, but nobody listened to us,”
> Officials at the Langtang National Park said 64 trekkers and 21 porters staying at Kyanjin Gompa were safe and had been asked not to travel until the weather cleared.
L geo Langtang National Park
F number 64
F number 21
L city Kyanjin Gompa
> The valley lost more than 300 people in April 2015, when the earthquake set off an avalanche that buried the old Langtang village.
F number 300
F date April 2015
L city Langtang
'''

ARTICLES['786-ex-estate-agent-jailed-hk68m-deposits-diamond-hill-hos-buyers-district-court-hkfp'] = r'''
> Ex-estate agent jailed 40 months for stealing HK$6.8m in deposits from Diamond Hill flat buyers
F duration 40 months
F money HK$6.8m
L city Diamond Hill
> Natalie Ho
P full Natalie Ho
> 16:05, 9 March 2039
F time 16:05
F date 9 March 2039
> The District Court in Wan Chai. File photo: Candice Yeung/HKFP.
O government District Court
L city Wan Chai
P full Candice Yeung
O media HKFP
> A former estate agent has been jailed for three years and four months for stealing more than HK$6.8 million in deposits from 19 buyers of subsidised flats in Diamond Hill and Tsz Wan Shan, most of them elderly or first-time buyers.
F duration three years
F duration four months
F money HK$6.8 million
F number 19
L city Diamond Hill
L city Tsz Wan Shan
> Kelvin Mak Siu-fung, 41, pleaded guilty at the District Court on Wednesday to 19 counts of theft and a single count of using a false instrument. He worked for Tak Fung Property Agency at its branch at 18 Fung Tak Road.
P full Kelvin Mak Siu-fung
F age 41
O government District Court
F number 19
O company Tak Fung Property Agency
L address 18 Fung Tak Road
> Between March 2036 and August 2037, Mak told buyers of Home Ownership Scheme flats to pay their initial deposits, ranging from HK$120,000 to HK$580,000, into a personal bank account instead of to the sellers’ solicitors, the court heard. He gave them receipts on forged company letterhead.
F date March 2036
F date August 2037
P partial Mak
F money HK$120,000
F money HK$580,000
> District Judge Ivan Tsui Hok-man said Mak had “preyed on the trust” of people spending their life savings.
P full Ivan Tsui Hok-man
P partial Mak
Q direct Ivan Tsui Hok-man :: “preyed on the trust”
> “The victims were not speculators. They were a retired cleaner, a young couple, a widow buying for her son. For many of them, this was the only flat they would ever own,” the judge said.
Q direct Ivan Tsui Hok-man :: “The victims were not speculators. They were a retired cleaner, a young couple, a widow buying for her son. For many of them, this was the only flat they would ever own,”
> Tsui took a starting point of five years and gave a one-third discount for the guilty plea.
P partial Tsui
F duration five years
F fraction one-third
> Defence barrister Raymond Cheung Ka-lok said in mitigation that his client had lost the money gambling in Macau and on football betting websites, and had repaid HK$410,000.
P full Raymond Cheung Ka-lok
L city Macau
F money HK$410,000
> Ng Wai-ling, 68, a retired cleaner from Tsz Wan Shan, lost HK$350,000. “I worked 30 years cleaning offices in Central to save that money,” she told HKFP in Cantonese outside court.
P full Ng Wai-ling
F age 68
L city Tsz Wan Shan
F money HK$350,000
Q direct Ng Wai-ling :: “I worked 30 years cleaning offices in Central to save that money,”
F duration 30 years
L city Central
O media HKFP
> “He called me auntie. He came to my home with oranges at Lunar New Year,” she said.
Q direct Ng Wai-ling :: “He called me auntie. He came to my home with oranges at Lunar New Year,”
> The largest single loss, HK$580,000, was suffered by a couple who bought a 412 sq ft flat at Lung Poon Court in 2037, weeks before their wedding.
F money HK$580,000
F quantity 412 sq ft
L facility Lung Poon Court
F date 2037
> The Estate Agents Authority (EAA) said it had revoked Mak’s licence in October 2037, and called the case “a serious breach of trust and of the code of practice.” Agents must never handle clients’ money through their own accounts, it said.
O government Estate Agents Authority
O government EAA
P partial Mak
F date October 2037
Q direct Estate Agents Authority :: “a serious breach of trust and of the code of practice.”
> Officers from the police’s Commercial Crime Bureau arrested Mak at the Lok Ma Chau Control Point in September 2037 as he tried to cross into Shenzhen.
O government Commercial Crime Bureau
P partial Mak
L facility Lok Ma Chau Control Point
F date September 2037
L city Shenzhen
> Tak Fung said in a statement that it had compensated 11 of the buyers in full, at a cost of around HK$3.9 million, and was “in discussion” with the rest. One of its directors, who declined to be named, told HKFP the company had “cooperated fully” with the police.
O company Tak Fung
F number 11
F money HK$3.9 million
Q direct Tak Fung Property Agency :: “in discussion”
O media HKFP
Q direct - :: “cooperated fully”
> A compensation hearing for the remaining eight buyers was fixed for May 4.
F number eight
F date May 4
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
