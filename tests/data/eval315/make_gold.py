#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval315 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval315/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1933-ecrl-rantau-panjang-extension-progress-kelantan-mrl-nst'] = r'''
> Nation
> ECRL extension to Rantau Panjang 68pc complete, trains by 2043: Hafizuddin
L facility ECRL
L city Rantau Panjang
F percent 68pc
F date 2043
P partial Hafizuddin
> The 41km line will link the East Coast Rail Link to the Thai border, but traders in Rantau Panjang fear another two years of dust and detours
F quantity 41km
L facility East Coast Rail Link
L city Rantau Panjang
F duration two years
> By Aina Sofea Rosdi - March 14, 2041 @ 6:05pm
P full Aina Sofea Rosdi
F date March 14, 2041
F time 6:05pm
> Workers lay track on the ECRL extension viaduct near Pasir Mas. - NSTP/NUR AISYAH ROSLAN
L facility ECRL
L city Pasir Mas
O media NSTP
P full NUR AISYAH ROSLAN
> KOTA BARU: The East Coast Rail Link (ECRL) extension from Kota Baru to the Thai border at Rantau Panjang is 68.4 per cent complete, and passenger trains should be running on it by the third quarter of 2043, Transport Minister Datuk Seri Mohd Hafizuddin bin Yaacob said today.
L city KOTA BARU
L facility East Coast Rail Link
L facility ECRL
L city Kota Baru
L city Rantau Panjang
F percent 68.4 per cent
F date 2043
P full Mohd Hafizuddin bin Yaacob
> Hafizuddin said the 41km line would branch off the main ECRL line at the Kota Baru station and run through Pasir Mas and Kubang Sepat, at a cost of RM5.8 billion, about RM300 million less than Putrajaya approved in 2039.
P partial Hafizuddin
F quantity 41km
L facility ECRL
L facility Kota Baru
L city Pasir Mas
L city Kubang Sepat
F money RM5.8 billion
F money RM300 million
L city Putrajaya
F date 2039
> “We are on schedule and under budget. The 1.2km bridge over Sungai Kelantan is the hardest part, and we expect to close it by December,” he told reporters at Pasir Mas.
Q direct Mohd Hafizuddin bin Yaacob :: “We are on schedule and under budget. The 1.2km bridge over Sungai Kelantan is the hardest part, and we expect to close it by December,”
F quantity 1.2km
L geo Sungai Kelantan
L city Pasir Mas
> He said 1,850 workers were on site and that the main contractor, Pantai Timur Rail Builders Sdn Bhd (PTRB), had been told to add a night shift to make up for 26 days lost to monsoon floods.
F number 1,850
O company Pantai Timur Rail Builders Sdn Bhd
O company PTRB
F duration 26 days
> Malaysia Rail Link Sdn Bhd (MRL), the project owner, said in a statement that the extension’s four stations would be “fully integrated” with the ECRL timetable, with 14 return trips a day and a 28-minute journey to the border.
O company Malaysia Rail Link Sdn Bhd
O company MRL
F number four
Q direct Malaysia Rail Link Sdn Bhd :: “fully integrated”
L facility ECRL
F number 14
F duration 28-minute
> MRL chief executive officer Datuk Rajendran a/l Subramaniam said 96 per cent of the 212 lots needed had been acquired, most of the rest being paddy fields in Pasir Mas.
O company MRL
P full Rajendran a/l Subramaniam
F percent 96 per cent
F number 212
L city Pasir Mas
> “The last four per cent is always the slowest, because those are people’s homes and their rice. We would rather take three months longer than force anyone out,” he said.
Q direct Rajendran a/l Subramaniam :: “The last four per cent is always the slowest, because those are people’s homes and their rice. We would rather take three months longer than force anyone out,”
F percent four per cent
F duration three months
> PTRB project director Lim Choon Heng said a second launching gantry had been brought from the firm’s yard in Kuantan, Pahang, and would run 24 hours a day from April.
O company PTRB
P full Lim Choon Heng
L city Kuantan
L region Pahang
F duration 24 hours
> “The gantry we call ‘Big Yellow’ can place one 40-metre span every two days. Once the river is done, the rest is straightforward,” Lim said.
Q direct Lim Choon Heng :: “The gantry we call ‘Big Yellow’ can place one 40-metre span every two days. Once the river is done, the rest is straightforward,”
F number one
F quantity 40-metre
F duration two days
P partial Lim
> But in Rantau Panjang, where shops selling batik and Thai snacks line the border road, traders say the works have cut their takings by half.
L city Rantau Panjang
F fraction half
> Textile trader Rosnani binti Daud, 54, said her shop had lost about RM3,000 a month since a stretch of Jalan Pasir Mas-Rantau Panjang was narrowed to one lane in 2040.
P full Rosnani binti Daud
F age 54
F money RM3,000
L street Jalan Pasir Mas-Rantau Panjang
F number one
F date 2040
> “Before, the buses from Kota Baru stopped right in front of us. Now they stop 2km away and the day-trippers from Kelantan and Terengganu go straight to the border,” Rosnani said. “They tell us the train will bring more people. I hope so.
Q direct Rosnani binti Daud :: “Before, the buses from Kota Baru stopped right in front of us. Now they stop 2km away and the day-trippers from Kelantan and Terengganu go straight to the border,”
Q direct Rosnani binti Daud :: “They tell us the train will bring more people. I hope so.
L city Kota Baru
F quantity 2km
L region Kelantan
L region Terengganu
P partial Rosnani
> “But I am 54 and I have two children at university. I cannot wait until 2043 for customers.”
Q direct Rosnani binti Daud :: “But I am 54 and I have two children at university. I cannot wait until 2043 for customers.”
F age 54
F number two
F date 2043
> Hafizuddin said the ministry would ask the Kelantan government to waive licence fees for affected traders and that the road would fully reopen by June 30.
P partial Hafizuddin
L region Kelantan
F date June 30
> MRL expects 1.1 million passengers a year and is in talks with the State Railway of Thailand on a service to Sungai Kolok, across the Golok River.
O company MRL
F number 1.1 million
O company State Railway of Thailand
L city Sungai Kolok
L geo Golok River
'''

ARTICLES['1934-maricopa-county-heat-deaths-report-phoenix-asu-cooling-centers-npr'] = r'''
> Climate
> Heat deaths fell in Arizona's Maricopa County last year. Researchers say the drop may not last
L region Arizona
L region Maricopa County
> The county confirmed 541 heat-related deaths in 2041, down 14% from a record 629 the year before.
F number 541
F date 2041
F percent 14%
F number 629
> Dana Whitcombe
P full Dana Whitcombe
> April 23, 2042 5:00 AM ET
F date April 23, 2042
F time 5:00 AM ET
> Outreach worker Marcus Delgado-Hill hands water to a man at a bus stop in downtown Phoenix on July 14, 2041, when the high reached 116 degrees Fahrenheit.
P full Marcus Delgado-Hill
L city Phoenix
F date July 14, 2041
F quantity 116 degrees Fahrenheit
> Elena Marquez-Toledo/KJZZ
P full Elena Marquez-Toledo
O media KJZZ
> PHOENIX — For the first time in more than a decade, fewer people died of heat in Arizona's most populous county than the year before.
L city PHOENIX
L region Arizona
> The Maricopa County Department of Public Health counted 541 heat-related deaths in 2041 in its annual report released Tuesday. That is 14% fewer than the 629 deaths confirmed for 2040, the deadliest year on record.
O government Maricopa County Department of Public Health
F number 541
F date 2041
F percent 14%
F number 629
F date 2040
> The department said the decline was "encouraging but fragile," and noted a slightly milder summer: Phoenix recorded 49 days at or above 110 degrees, compared with 61 days in 2040.
Q direct Maricopa County Department of Public Health :: "encouraging but fragile,"
L city Phoenix
F duration 49 days
F quantity 110 degrees
F duration 61 days
F date 2040
> Dr. Rafael Ostrowski-Baines, who leads the Maricopa County Office of the Medical Examiner, said his office had also cleared a backlog that once left cases pending for eight months.
P full Rafael Ostrowski-Baines
O government Maricopa County Office of the Medical Examiner
F duration eight months
> "Every one of those 541 is a person we examined. These are not estimates," Ostrowski-Baines said. "When you see a 54-year-old man who died on a sidewalk at 6 a.m., you understand the night never cooled down."
Q direct Rafael Ostrowski-Baines :: "Every one of those 541 is a person we examined. These are not estimates,"
Q direct Rafael Ostrowski-Baines :: "When you see a 54-year-old man who died on a sidewalk at 6 a.m., you understand the night never cooled down."
F number 541
P partial Ostrowski-Baines
F age 54-year-old
F time 6 a.m.
> More than half of those who died were outdoors, and 47% were homeless, the report found. People 65 and older accounted for a third of the deaths, most of them in homes where the air conditioning had failed or was switched off to save money.
F fraction half
F percent 47%
F age 65
F fraction a third
> Priya Ramaswamy-Cole, who studies urban heat at Arizona State University, said the milder summer made it hard to judge how much policy helped.
P full Priya Ramaswamy-Cole
O education Arizona State University
> "Nighttime lows are the number that matters. In 2040 we had 19 nights when it never got below 90 degrees. Last year we had 11," she said. "If this summer looks like 2040, I expect those numbers to go right back up.
Q direct Priya Ramaswamy-Cole :: "Nighttime lows are the number that matters. In 2040 we had 19 nights when it never got below 90 degrees. Last year we had 11,"
Q direct Priya Ramaswamy-Cole :: "If this summer looks like 2040, I expect those numbers to go right back up.
F date 2040
F duration 19 nights
F quantity 90 degrees
F number 11
F date 2040
> "The cooling centers helped. But heat here is now a year-round planning problem, not a July problem."
Q direct Priya Ramaswamy-Cole :: "The cooling centers helped. But heat here is now a year-round planning problem, not a July problem."
> Her team at ASU maps what planners call the "urban heat island," the way asphalt and concrete store heat by day and release it at night.
O education ASU
Q scare - :: "urban heat island,"
> The county kept 38 cooling centers open around the clock last summer, up from nine in 2040, and paid 12 teams to take water and ice to encampments along the Salt River and in the Zone, a downtown Phoenix stretch where hundreds of people live outside.
F number 38
F number nine
F date 2040
F number 12
L geo Salt River
L city Zone
L city Phoenix
> Marcus Delgado-Hill, an outreach worker with the Phoenix nonprofit Desert Bridge, checks on people who will not go indoors.
P full Marcus Delgado-Hill
L city Phoenix
O nonprofit Desert Bridge
> "Some of them had their stuff stolen in a shelter, so they tell me, 'I'll take my chances out here,'" Delgado-Hill said. "We bring them ice, we bring them electrolytes, and we come back at 4 p.m. to see if they're still talking to us."
Q direct Marcus Delgado-Hill :: "Some of them had their stuff stolen in a shelter, so they tell me, 'I'll take my chances out here,'"
Q direct Marcus Delgado-Hill :: "We bring them ice, we bring them electrolytes, and we come back at 4 p.m. to see if they're still talking to us."
P partial Delgado-Hill
F time 4 p.m.
> A county employee at one of the overnight centers, who asked not to be named because she was not authorized to speak, said staffing was "held together with tape."
Q direct - :: "held together with tape."
> The county plans to open 45 centers this summer. The National Weather Service expects above-normal temperatures across the Southwest from June through September.
F number 45
O government National Weather Service
L region Southwest
'''

ARTICLES['1935-paris-roubaix-valadier-carrefour-de-l-arbre-velodrome-vandorpe-lequipe'] = r'''
> Cycling
> Paris–Roubaix: Valadier goes alone on the Carrefour de l’Arbre and wins on the velodrome
P partial Valadier
L geo Carrefour de l’Arbre
> The 25-year-old from Arvor Mutuelle dropped Belgium’s Jens Vandorpe 15km from the line and reached the André-Pétrieux velodrome with 19 seconds to spare.
F age 25-year-old
O team Arvor Mutuelle
L country Belgium
P full Jens Vandorpe
F quantity 15km
L facility André-Pétrieux
F duration 19 seconds
> By Mathieu Ferrand-Lacoste, in Roubaix
P full Mathieu Ferrand-Lacoste
L city Roubaix
> Published on 13 April 2042 at 18h32 - Updated at 19h05
F date 13 April 2042
F time 18h32
F time 19h05
> Corentin Valadier lifts the cobblestone trophy in the velodrome in Roubaix. (E. Vaucourt/L’Équipe)
P full Corentin Valadier
L city Roubaix
P full E. Vaucourt
O media L’Équipe
> Corentin Valadier had promised himself that if he ever reached the Carrefour de l’Arbre with the leaders, he would not wait for the velodrome. On Sunday, 15 kilometres from the end of the 258.6km race from Compiègne, he kept that promise.
P full Corentin Valadier
L geo Carrefour de l’Arbre
F quantity 15 kilometres
F quantity 258.6km
L city Compiègne
> The Arvor Mutuelle rider, 25, attacked on the last bend of the five-star sector, opened a gap of 11 seconds on Belgium’s Jens Vandorpe (Verdal-Hainaut) before the tarmac and stretched it to 19 seconds at the finish, winning in 5h48'17" at an average of 44.5km/h.
O team Arvor Mutuelle
F age 25
F number five
F duration 11 seconds
L country Belgium
P full Jens Vandorpe
O team Verdal-Hainaut
F duration 19 seconds
F duration 5h48'17"
F quantity 44.5km/h
> Norway’s Sander Haugland (Team Nordkapp Logistics) was third at 41", winning the sprint of a group of six ahead of France’s Mathis Duret.
L country Norway
P full Sander Haugland
O team Team Nordkapp Logistics
F duration 41"
F number six
L country France
P full Mathis Duret
> “On the Carrefour I heard Hervé on the radio: ‘Now or never, Corentin.’ I did not even look back,” said Valadier, who crashed in the Trouée d’Arenberg last year and broke his collarbone. “For 12 months I thought about that bend.
Q direct Corentin Valadier :: “On the Carrefour I heard Hervé on the radio: ‘Now or never, Corentin.’ I did not even look back,”
Q direct Corentin Valadier :: “For 12 months I thought about that bend.
L geo Carrefour
P partial Hervé
P partial Corentin
P partial Valadier
L geo Trouée d’Arenberg
F duration 12 months
> “When I came onto the velodrome alone, the noise was so loud I could not hear my own breathing. I have watched this race on television since I was six. Nobody can take this stone from me now.”
Q direct Corentin Valadier :: “When I came onto the velodrome alone, the noise was so loud I could not hear my own breathing. I have watched this race on television since I was six. Nobody can take this stone from me now.”
F age six
> Arvor Mutuelle directeur sportif Hervé Castagnède said the team had planned the move at its meeting in Compiègne that morning.
O team Arvor Mutuelle
P full Hervé Castagnède
L city Compiègne
> “We had three riders in the front group after Mons-en-Pévèle. That was the plan: arrive at the Carrefour with numbers, then let Corentin go,” Castagnède said.
Q direct Hervé Castagnède :: “We had three riders in the front group after Mons-en-Pévèle. That was the plan: arrive at the Carrefour with numbers, then let Corentin go,”
F number three
L geo Mons-en-Pévèle
L geo Carrefour
P partial Corentin
P partial Castagnède
> Vandorpe, 29, runner-up in 2040 as well, said he had nothing left after chasing alone for 9 kilometres. “He was simply stronger. I was on the limit from Templeuve,” he said.
P partial Vandorpe
F age 29
F date 2040
F quantity 9 kilometres
Q direct Jens Vandorpe :: “He was simply stronger. I was on the limit from Templeuve,”
L city Templeuve
> His directeur sportif at Verdal-Hainaut, Wim Verschaeve, was angrier. “We lost Pieter Claes to a puncture at Mons-en-Pévèle and the neutral service car was 40 seconds behind. In this race, that is the end,” he said.
O team Verdal-Hainaut
P full Wim Verschaeve
Q direct Wim Verschaeve :: “We lost Pieter Claes to a puncture at Mons-en-Pévèle and the neutral service car was 40 seconds behind. In this race, that is the end,”
P full Pieter Claes
L geo Mons-en-Pévèle
F duration 40 seconds
> The organisers, Amaury Sport Organisation (ASO), said in a statement that the 30 cobbled sectors, 55.7km in all, had been “in excellent condition” despite rain on Friday, and that the race known as the “Enfer du Nord” had drawn an estimated 310,000 spectators.
O company Amaury Sport Organisation
O company ASO
F number 30
F quantity 55.7km
Q direct Amaury Sport Organisation :: “in excellent condition”
Q scare - :: “Enfer du Nord”
F number 310,000
> Only 61 of the 175 starters reached Roubaix, in a race run at 8°C into a cold north wind.
F number 61
F number 175
L city Roubaix
F quantity 8°C
> Valadier, the first French winner in 11 years, takes home €35,000 and the cobblestone. His next target is the Tour de France, where Arvor Mutuelle will build its team around him.
P partial Valadier
F duration 11 years
F money €35,000
O team Arvor Mutuelle
> Results
> 1. Corentin Valadier (FRA/Arvor Mutuelle) 5h48'17"
P full Corentin Valadier
L country FRA
O team Arvor Mutuelle
F duration 5h48'17"
> 2. Jens Vandorpe (BEL/Verdal-Hainaut) at 19"
P full Jens Vandorpe
L country BEL
O team Verdal-Hainaut
F duration 19"
> 3. Sander Haugland (NOR/Team Nordkapp Logistics) at 41"
P full Sander Haugland
L country NOR
O team Team Nordkapp Logistics
F duration 41"
'''

ARTICLES['1936-tsavo-elephants-raid-farms-mwatate-taita-taveta-kws-citizen-digital'] = r'''
> News
> Taita Taveta farmers count losses as elephants from Tsavo raid farms
L region Taita Taveta
L geo Tsavo
> KWS says a herd of about 60 elephants has been moving between the park and farms in Mwatate for three weeks, destroying more than 200 acres of crops.
O government KWS
F number 60
L city Mwatate
F duration three weeks
F quantity 200 acres
> By Brian Kipkemoi Langat
P full Brian Kipkemoi Langat
> Published on: April 15, 2041 07:42 EAT
F date April 15, 2041
F time 07:42 EAT
> Elephants cross a maize farm in Bura, Taita Taveta County, on Monday. PHOTO | CITIZEN DIGITAL
L region Bura
L region Taita Taveta County
O media CITIZEN DIGITAL
> Farmers in Mwatate, Taita Taveta County, are counting losses running into millions of shillings after a herd of about 60 elephants strayed out of Tsavo West National Park and camped on their farms for three weeks.
L city Mwatate
L region Taita Taveta County
F number 60
L geo Tsavo West National Park
F duration three weeks
> The Kenya Wildlife Service (KWS) says the animals have destroyed at least 214 acres of maize, beans and green grams in Bura and Mwatate wards since March 24, and flattened 11 water tanks.
O government Kenya Wildlife Service
O government KWS
F quantity 214 acres
L region Bura
L region Mwatate
F date March 24
F number 11
> Wakesho Kirigha, 47, lost her entire three-acre crop in one night.
P full Wakesho Kirigha
F age 47
F quantity three-acre
F duration one night
> “They came at around 2am, maybe 20 of them. We were beating sufurias and shouting, but they just kept eating,” she said, standing in her trampled field. “By morning there was nothing left. I had borrowed Ksh45,000 from my chama to buy seed and fertiliser.
Q direct Wakesho Kirigha :: “They came at around 2am, maybe 20 of them. We were beating sufurias and shouting, but they just kept eating,”
Q direct Wakesho Kirigha :: “By morning there was nothing left. I had borrowed Ksh45,000 from my chama to buy seed and fertiliser.
F time 2am
F number 20
F money Ksh45,000
> “Who will pay that now? The elephants belong to the government, so the government must pay.”
Q direct Wakesho Kirigha :: “Who will pay that now? The elephants belong to the government, so the government must pay.”
> KWS Tsavo Conservation Area senior warden Joseph Kalama Mwasi said rangers had pushed the herd back into the park twice this week using a helicopter and thunder flashes, but the elephants kept returning.
O government KWS
L region Tsavo Conservation Area
P full Joseph Kalama Mwasi
> “This is the dry season and there is no water left inside the park. The elephants can smell the water in those tanks from far away,” Mwasi said.
Q direct Joseph Kalama Mwasi :: “This is the dry season and there is no water left inside the park. The elephants can smell the water in those tanks from far away,”
P partial Mwasi
> He said the Tsavo ecosystem, which covers Tsavo East and Tsavo West national parks and the ranches and conservancies between them, holds about 16,200 elephants, the country’s largest population, according to a 2040 census.
L geo Tsavo
L geo Tsavo East
L geo Tsavo West
F number 16,200
F date 2040
> Grace Mbithi, manager of the Mraru Ridge Conservancy, which borders the park, said the electric fence along the Voi–Mwatate stretch had not been properly maintained since 2039 and was “down in at least nine places”.
P full Grace Mbithi
O nonprofit Mraru Ridge Conservancy
L city Voi
L city Mwatate
F date 2039
Q direct Grace Mbithi :: “down in at least nine places”
F number nine
> “A fence is only as good as its weakest pole. We have 42 community scouts, but they cannot patrol 60 kilometres of fence every night,” Mbithi said. She wants KWS to fit GPS collars on the so-called “habitual raiders”, mostly young bulls, rather than chase the whole herd.
Q direct Grace Mbithi :: “A fence is only as good as its weakest pole. We have 42 community scouts, but they cannot patrol 60 kilometres of fence every night,”
Q scare - :: “habitual raiders”
F number 42
F quantity 60 kilometres
P partial Mbithi
O government KWS
> Taita Taveta County Executive Committee Member for Agriculture Wilfred Mwangoma said the county would distribute Ksh12 million worth of drought-tolerant seed to affected farmers before the short rains.
L region Taita Taveta County
P full Wilfred Mwangoma
F money Ksh12 million
> He urged farmers to file claims with the County Wildlife Conservation and Compensation Committee, which he said had 1,340 unpaid claims worth Ksh86.4 million dating back to 2038.
O government County Wildlife Conservation and Compensation Committee
F number 1,340
F money Ksh86.4 million
F date 2038
> “We cannot keep telling farmers to plant and then watch elephants harvest. The national government must settle these claims within 90 days, as the law says,” Mwangoma said.
Q direct Wilfred Mwangoma :: “We cannot keep telling farmers to plant and then watch elephants harvest. The national government must settle these claims within 90 days, as the law says,”
F duration 90 days
P partial Mwangoma
> In a statement on Monday, KWS said it would send a second helicopter and 30 more rangers to the area. It asked residents not to harm the animals, warning that anyone who kills an elephant “will face the full force of the law”.
O government KWS
F number 30
Q direct Kenya Wildlife Service :: “will face the full force of the law”
> On Tuesday, about 200 farmers blocked the Voi–Taveta road at Mwatate for three hours, waving flattened maize stalks and chanting “Tembo nje!” (elephants out) until police dispersed them.
F number 200
L city Voi
L city Taveta
L city Mwatate
F duration three hours
Q direct - :: “Tembo nje!”
'''

ARTICLES['1937-villa-heat-kayleigh-kb-brennan-sues-brightwater-studios-high-court-mirror'] = r'''
> 3AM
> Villa Heat’s Kayleigh ‘KB’ Brennan sues TV bosses for £250,000: ‘They treated me like a product’
P full Kayleigh ‘KB’ Brennan
Q scare - :: ‘KB’
Q direct Kayleigh “KB” Brennan :: ‘They treated me like a product’
F money £250,000
> The reality star (27), who won the 2040 series of the ITV2 dating show, claims production company Brightwater Studios blocked brand deals and withheld appearance fees
F age 27
F date 2040
O media ITV2
O company Brightwater Studios
> By Jade Whitlock-Price, Showbiz Reporter
P full Jade Whitlock-Price
> 14:32, 12 Mar 2041 | Updated 16:05, 12 Mar 2041
F time 14:32
F date 12 Mar 2041
F time 16:05
F date 12 Mar 2041
> Kayleigh Brennan was crowned Villa Heat winner in 2040 (Image: Instagram)
P full Kayleigh Brennan
F date 2040
O company Instagram
> VILLA Heat winner Kayleigh “KB” Brennan is suing the show’s makers for £250,000, claiming they cost her a fortune by blocking lucrative brand deals after she left the villa.
P full Kayleigh “KB” Brennan
Q scare - :: “KB”
F money £250,000
> The reality star (27), from Basildon, Essex, has lodged a claim at the High Court in London against Brightwater Studios Ltd, the production company behind the ITV2 series, the Mirror can reveal.
F age 27
L city Basildon
L region Essex
O government High Court
L city London
O company Brightwater Studios Ltd
O media ITV2
O media Mirror
> Court papers seen by the Mirror say Brightwater enforced an “exclusivity clause” for 18 months after the 2040 final, stopping her from signing with brands including a fashion retailer, in a deal worth £60,000, and a tanning firm, worth £32,000.
O media Mirror
O company Brightwater
Q scare - :: “exclusivity clause”
F duration 18 months
F date 2040
F money £60,000
F money £32,000
> She also claims she is owed £158,000 in appearance fees for 41 events, including club nights in Manchester and Magaluf, where she says she was paid “a fraction” of what had been agreed.
F money £158,000
F number 41
L city Manchester
L city Magaluf
Q direct Kayleigh “KB” Brennan :: “a fraction”
> In a statement, Kayleigh said: “I went into that villa as a 26-year-old girl from Basildon with big dreams. They treated me like a product. Every time I tried to earn my own money, there was another lawyer’s letter.
P partial Kayleigh
Q direct Kayleigh “KB” Brennan :: “I went into that villa as a 26-year-old girl from Basildon with big dreams. They treated me like a product. Every time I tried to earn my own money, there was another lawyer’s letter.
F age 26-year-old
L city Basildon
> “I’m not doing this for the money. I’m doing it for every girl who signs one of those contracts without reading the small print.”
Q direct Kayleigh “KB” Brennan :: “I’m not doing this for the money. I’m doing it for every girl who signs one of those contracts without reading the small print.”
> Kayleigh, who has 1.2 million Instagram followers, hinted at the row last week, posting a selfie with the caption “Know your worth, girls”.
P partial Kayleigh
F number 1.2 million
O company Instagram
Q direct Kayleigh “KB” Brennan :: “Know your worth, girls”
> Brightwater Studios said in a statement: “We are aware of the claim and will defend it robustly. All contributors to Villa Heat receive independent legal advice before signing, and Ms Brennan’s contract was no different.”
O company Brightwater Studios
Q direct Brightwater Studios Ltd :: “We are aware of the claim and will defend it robustly. All contributors to Villa Heat receive independent legal advice before signing, and Ms Brennan’s contract was no different.”
P partial Brennan
> Kayleigh, dubbed the “Queen of the Villa” by fans, won the 2040 series with her then-boyfriend Jordan “JP” Pike (29), a personal trainer from Leeds. The couple split in January 2041.
P partial Kayleigh
Q scare - :: “Queen of the Villa”
F date 2040
P full Jordan “JP” Pike
Q scare - :: “JP”
F age 29
L city Leeds
F date January 2041
> A source close to the star told the Mirror: “KB was the face of that series and they made millions off her. She’s furious that she’s been skint while they sell the format abroad.”
O media Mirror
Q direct - :: “KB was the face of that series and they made millions off her. She’s furious that she’s been skint while they sell the format abroad.”
P partial KB
> Media lawyer Harriet Sandhu-Walsh, a partner at London firm Carrow Lyle LLP, said reality contracts often gave producers control of a contestant’s image for up to two years.
P full Harriet Sandhu-Walsh
L city London
O company Carrow Lyle LLP
F duration two years
> “Courts don’t like clauses that stop someone earning a living, especially when that person is young and had no real bargaining power,” she said. “If the Brightwater contract ran for 18 months with no pay, that’s the weak spot.”
Q direct Harriet Sandhu-Walsh :: “Courts don’t like clauses that stop someone earning a living, especially when that person is young and had no real bargaining power,”
Q direct Harriet Sandhu-Walsh :: “If the Brightwater contract ran for 18 months with no pay, that’s the weak spot.”
O company Brightwater
F duration 18 months
> A preliminary hearing is expected in the autumn. Villa Heat returns to ITV2 on June 2 for its sixth series.
O media ITV2
F date June 2
'''

ARTICLES['1938-vietnam-rice-exports-first-quarter-philippines-mekong-delta-vfa-vnexpress'] = r'''
> Business
> Rice exports jump 12% as Philippines, Indonesia stock up
F percent 12%
L country Philippines
L country Indonesia
> Vietnam shipped 2.4 million tonnes of rice in the first three months, but farmers in the Mekong Delta say they are seeing little of the higher prices.
L country Vietnam
F quantity 2.4 million tonnes
F duration three months
L geo Mekong Delta
> April 8, 2042 | 05:14 pm PT
F date April 8, 2042
F time 05:14 pm PT
> A farmer harvests rice in what used to be Thoai Son District, An Giang Province, in March 2042. Photo by VnExpress/Bao Tran
L region Thoai Son District
L region An Giang Province
F date March 2042
O media VnExpress
P full Bao Tran
> Vietnam exported 2.4 million tonnes of rice worth $1.28 billion in the first quarter, up 12% in volume from a year earlier, according to the Ministry of Industry and Trade (MoIT).
L country Vietnam
F quantity 2.4 million tonnes
F money $1.28 billion
F percent 12%
O government Ministry of Industry and Trade
O government MoIT
> The Philippines remained the largest buyer with 41% of the total, followed by Indonesia, Malaysia and China. Shipments to Ghana and Cote d'Ivoire also rose sharply, the ministry said in its monthly report.
L country Philippines
F percent 41%
L country Indonesia
L country Malaysia
L country China
L country Ghana
L country Cote d'Ivoire
> Vietnamese 5% broken rice was quoted at $512 per ton at the end of March, $38 higher than Thai rice of the same grade and $41 above the Pakistani equivalent, according to the Vietnam Food Association (VFA).
F percent 5%
F money $512
F money $38
F money $41
O nonprofit Vietnam Food Association
O nonprofit VFA
> VFA chairman Vo Minh Khang said demand was driven by the Philippines, which cut its import tariff on rice to 10% in January, and by Indonesia, which is rebuilding state reserves after a poor harvest.
O nonprofit VFA
P full Vo Minh Khang
L country Philippines
F percent 10%
L country Indonesia
> "Buyers are paying for quality now. Fragrant varieties such as ST25 and OM18 made up nearly 30% of our exports this quarter, compared with 18% in 2039," Khang said.
Q direct Vo Minh Khang :: "Buyers are paying for quality now. Fragrant varieties such as ST25 and OM18 made up nearly 30% of our exports this quarter, compared with 18% in 2039,"
F percent 30%
F percent 18%
F date 2039
P partial Khang
> He warned that the rally could be short-lived if India, the world's largest exporter, eased its remaining export curbs, and said the association had asked members not to sign contracts for the third quarter beyond "a safe volume."
L country India
Q direct Vo Minh Khang :: "a safe volume."
> In the Mekong Delta, which grows about half of the country's rice, farmers say the gains have been slow to reach them, as most sell their paddy to middlemen known locally as "thuong lai."
L geo Mekong Delta
F fraction half
Q scare - :: "thuong lai."
> Nguyen Van Loc, 58, who farms 2.5 hectares in what used to be Thoai Son District, sold his winter-spring crop to a trader in March for VND7,200 per kilogram of fresh paddy.
P full Nguyen Van Loc
F age 58
F quantity 2.5 hectares
L region Thoai Son District
F money VND7,200
> "The traders tell us export prices are up, but they pay us only VND200 more than last year. Fertilizer went up by VND150,000 a bag," Loc said. "After I pay for seed, pesticide and the harvester, I keep maybe VND12 million per hectare for four months of work."
Q direct Nguyen Van Loc :: "The traders tell us export prices are up, but they pay us only VND200 more than last year. Fertilizer went up by VND150,000 a bag,"
Q direct Nguyen Van Loc :: "After I pay for seed, pesticide and the harvester, I keep maybe VND12 million per hectare for four months of work."
F money VND200
F money VND150,000
P partial Loc
F money VND12 million
F duration four months
> Tran Thi Ngoc Anh, general director of Can Tho-based exporter Mekong Pearl Foods JSC, said margins were also thin because freight rates to West Africa had doubled since October.
P full Tran Thi Ngoc Anh
L city Can Tho
O company Mekong Pearl Foods JSC
L region West Africa
> "Our buyers in Manila keep telling us, 'Vietnam is the only one who can deliver in two weeks.' That is our advantage, but we cannot raise prices every month," Anh said.
Q direct Tran Thi Ngoc Anh :: "Our buyers in Manila keep telling us, 'Vietnam is the only one who can deliver in two weeks.' That is our advantage, but we cannot raise prices every month,"
L city Manila
L country Vietnam
F duration two weeks
P partial Anh
> She said her company shipped 86,000 tonnes in the first quarter and would buy paddy from 4,000 hectares directly from cooperatives in Dong Thap and Can Tho under the One Million Hectares of High-Quality, Low-Emission Rice program.
F quantity 86,000 tonnes
F quantity 4,000 hectares
L region Dong Thap
L city Can Tho
> The ministry expects rice exports of 8.6 million tonnes this year, worth around $4.6 billion. Last year Vietnam exported 8.3 million tonnes and earned VND112 trillion ($4.4 billion).
F quantity 8.6 million tonnes
F money $4.6 billion
L country Vietnam
F quantity 8.3 million tonnes
F money VND112 trillion
F money $4.4 billion
> By Phuong Thao
P full Phuong Thao
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
