#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval82 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval82/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['535-larapinta-trail-eco-camp-fees-parks-wildlife-alice-springs-mparntwe-alice-springs-news'] = r'''
> Pay to sleep on the Larapinta: $48 a night at new trail camps
L facility Larapinta
F money $48
> By LORNA PAPADOPOULOS
P full LORNA PAPADOPOULOS
> Posted May 14, 2039
F date May 14, 2039
> ABOVE: Walkers on the ridge above Standley Chasm (Angkerle Atwatye), three days' walk from Alice. Photo courtesy Parks and Wildlife.
L geo Standley Chasm
L geo Angkerle Atwatye
F duration three days
L city Alice
O government Parks and Wildlife
> Walkers on the Larapinta Trail will pay $48 a night to pitch their tents at six new "eco-camps" from April next year, under a plan the Parks and Wildlife Commission of the Northern Territory released on Tuesday.
L facility Larapinta Trail
F money $48
F number six
Q scare - :: "eco-camps"
O government Parks and Wildlife Commission of the Northern Territory
> Until now the 223 km trail, which follows the West MacDonnell Ranges from the Alice Springs Telegraph Station to Mount Sonder (Rwetyepme), has cost nothing to walk beyond a park pass, and most walkers camp at free bush sites with a water tank and a drop toilet.
F quantity 223 km
L geo West MacDonnell Ranges
L facility Alice Springs Telegraph Station
L geo Mount Sonder
L geo Rwetyepme
> The commission says the camps, each with 12 raised tent platforms, composting toilets, solar lights and a shade shelter, will cost $14.6m to build. Children under 16 will camp free, and 60 per cent of the fees will go into a fund run with the Arrernte traditional owners of Tjoritja/West MacDonnell National Park.
F number 12
F money $14.6m
F age 16
F percent 60 per cent
L geo Tjoritja/West MacDonnell National Park
> "The trail has outgrown the way we run it," says the commission's director of parks, Callum Ashby-Renner. "We had 9,400 end-to-end walkers last year, up from 5,100 in 2034, and some of the old camp sites are being loved to death."
Q direct Callum Ashby-Renner :: "The trail has outgrown the way we run it,"
P full Callum Ashby-Renner
Q direct Callum Ashby-Renner :: "We had 9,400 end-to-end walkers last year, up from 5,100 in 2034, and some of the old camp sites are being loved to death."
F number 9,400
F number 5,100
F date 2034
> Mr Ashby-Renner says the fee is well below what walkers pay on the Overland Track in Tasmania, and that bookings will open online at 9am on October 1.
P partial Ashby-Renner
L facility Overland Track
L region Tasmania
F time 9am
F date October 1
> Not everybody is happy. Jedda Flanagan, who runs Ghost Gum Treks from a shopfront in Todd Mall, says the fees land on the people who can least afford them.
P full Jedda Flanagan
O company Ghost Gum Treks
L street Todd Mall
> "A couple doing the full 16 days will hand over more than $1,400 before they've bought a Mars bar," she says. "The backpackers will just sleep in the creek beds instead, and then who cleans up after them?
Q direct Jedda Flanagan :: "A couple doing the full 16 days will hand over more than $1,400 before they've bought a Mars bar,"
F duration 16 days
F money $1,400
Q direct Jedda Flanagan :: "The backpackers will just sleep in the creek beds instead, and then who cleans up after them?
> "Parks should fix the water tanks first. Half of them were dry in September."
Q direct Jedda Flanagan :: "Parks should fix the water tanks first. Half of them were dry in September."
O government Parks
F fraction Half
> Tourism Central Australia chief executive Moana Te Hiko says her members back the camps "in principle" but want the commission to cap the number of commercial tour groups at each site.
O nonprofit Tourism Central Australia
P full Moana Te Hiko
Q direct Moana Te Hiko :: "in principle"
> Alice Springs Town Council, which has long complained that walkers fly in, drive straight to the trailhead and leave without spending a cent in town, sees an opportunity.
O government Alice Springs Town Council
> "If the bookings keep people in Alice for two nights at each end, that's real money in the Mall," Mayor Fotini Mavromatis says. She wants the commission to start the trail, and put its booking office, in the town centre rather than at the Telegraph Station.
Q direct Fotini Mavromatis :: "If the bookings keep people in Alice for two nights at each end, that's real money in the Mall,"
L city Alice
F duration two nights
L street Mall
P full Fotini Mavromatis
L facility Telegraph Station
> The Central Land Council, which negotiated the fund for traditional owners over 18 months, says native title holders "want the jobs and the income, not just the dust and the toilet paper". It says eight of the 14 new ranger jobs will go to Arrernte people from Mparntwe and the outstations.
O government Central Land Council
F duration 18 months
Q direct Central Land Council :: "want the jobs and the income, not just the dust and the toilet paper"
F number eight
F number 14
L city Mparntwe
> A ranger who has worked on the trail for more than a decade, and who asked not to be named because staff may not speak to the media, told the Alice Springs News the bigger problem was buffel grass and fire, not camping.
O media Alice Springs News
> "We burnt out 40 per cent of the western end in 2038," he said. "Nobody's going to pay $48 to sleep in ash."
Q direct - :: "We burnt out 40 per cent of the western end in 2038,"
F percent 40 per cent
F date 2038
Q direct - :: "Nobody's going to pay $48 to sleep in ash."
F money $48
> The commission will take comments until June 30 at its Alice Springs office in the Arid Zone Research Institute on South Stuart Highway. The first camps, at Ellery Creek Big Hole, Hugh Gorge and Serpentine Gorge, are due to open on April 1, 2040, and the rest, including one near Glen Helen, by the end of that year.
F date June 30
L city Alice Springs
L facility Arid Zone Research Institute
L street South Stuart Highway
L geo Ellery Creek Big Hole
L geo Hugh Gorge
L geo Serpentine Gorge
F date April 1, 2040
L city Glen Helen
'''

ARTICLES['536-laswa-ferry-fare-hike-ikorodu-cms-five-cowries-mile-2-lagos-nigerian-tribune'] = r'''
> Latest News
> Fare hike: Ikorodu commuters groan as LASWA approves N2,500 for CMS ferry route
L city Ikorodu
O government LASWA
F money N2,500
L city CMS
> By Temitope Adeyemi-Okoro
P full Temitope Adeyemi-Okoro
> March 7, 2038
F date March 7, 2038
> Passengers board a ferry at the Ebute-Ero jetty on Lagos Island. Photo: Tribune Online
L facility Ebute-Ero
L city Lagos Island
O media Tribune Online
> Commuters who travel by water between Ikorodu and Lagos Island will from Monday pay N2,500 for a single trip on the Ikorodu–CMS route, up from N1,800, after the Lagos State Waterways Authority (LASWA) approved new fares proposed by ferry operators.
L city Ikorodu
L city Lagos Island
F money N2,500
L city Ikorodu
L city CMS
F money N1,800
O government Lagos State Waterways Authority
O government LASWA
> The new fares, announced by the authority in a statement on Saturday, represent a 38.9 per cent increase and also apply on the Ikorodu–Falomo, Badore–Five Cowries and Mile 2–Marina routes.
F percent 38.9 per cent
L city Ikorodu
L city Falomo
L city Badore
L facility Five Cowries
L city Mile 2
L city Marina
> “The review became inevitable following the sustained rise in the price of diesel, which now sells for more than N1,950 per litre at waterside filling points, and the cost of spare parts, most of which are imported,” the statement read.
Q direct Lagos State Waterways Authority :: “The review became inevitable following the sustained rise in the price of diesel, which now sells for more than N1,950 per litre at waterside filling points, and the cost of spare parts, most of which are imported,”
F money N1,950
> It added that from April 1, fares would be paid only with the Cowry card or by bank transfer at the jetties, as cash would no longer be accepted.
F date April 1
> Speaking to Tribune Online on Sunday, the General Manager of LASWA, Engr. Adewale Tiamiyu-Bello, said the authority had resisted the operators’ demand for N3,000 for three months.
O media Tribune Online
O government LASWA
P full Adewale Tiamiyu-Bello
F money N3,000
F duration three months
> “We met them halfway. Nobody wants to see empty boats at the jetties and commuters going back to the Third Mainland Bridge, but we cannot ask operators to run at a loss,” he said.
Q direct Adewale Tiamiyu-Bello :: “We met them halfway. Nobody wants to see empty boats at the jetties and commuters going back to the Third Mainland Bridge, but we cannot ask operators to run at a loss,”
L facility Third Mainland Bridge
> The chairman of the Lagos chapter of the Association of Ferry and Boat Operators of Nigeria (AFBON), Alhaji Musiliu Adekunle Oyefeso, said his members had been losing money on every trip since the naira fell further in January.
L city Lagos
O nonprofit Association of Ferry and Boat Operators of Nigeria
O nonprofit AFBON
P full Musiliu Adekunle Oyefeso
> “A 60-seater boat burns about 180 litres of diesel on a return trip to CMS. Do the arithmetic,” Oyefeso said. “Even at N2,500, some of our members will still park their boats.”
Q direct Musiliu Adekunle Oyefeso :: “A 60-seater boat burns about 180 litres of diesel on a return trip to CMS. Do the arithmetic,”
F number 60
F quantity 180 litres
L city CMS
P partial Oyefeso
Q direct Musiliu Adekunle Oyefeso :: “Even at N2,500, some of our members will still park their boats.”
F money N2,500
> At the Ipakodo jetty in Ikorodu on Sunday, commuters who spoke with our correspondent said the new fares would eat deep into their earnings.
L facility Ipakodo
L city Ikorodu
> A fabric trader at Idumota market, Mrs Folasade Ajibola-Cole, 46, said she had been paying N3,600 daily for a return trip and would now pay N5,000.
L facility Idumota
P full Folasade Ajibola-Cole
F age 46
F money N3,600
F money N5,000
> “Na so dem dey do us. Every month, new price, but my customers no dey pay me more,” she said. “If I go by road, I go spend three hours for Ikorodu Road. Wetin I fit do?”
Q direct Folasade Ajibola-Cole :: “Na so dem dey do us. Every month, new price, but my customers no dey pay me more,”
Q direct Folasade Ajibola-Cole :: “If I go by road, I go spend three hours for Ikorodu Road. Wetin I fit do?”
F duration three hours
L street Ikorodu Road
> A banker who works on Victoria Island and lives in Ikorodu, and who asked not to be named, said the boat was still the only way to get to work before 8am.
L city Victoria Island
L city Ikorodu
F time 8am
> “The water saves me nearly four hours a day,” he said. “But at this rate, almost a third of my salary will go on transport.”
Q direct - :: “The water saves me nearly four hours a day,”
F duration four hours
Q direct - :: “But at this rate, almost a third of my salary will go on transport.”
F fraction a third
> The coordinator of the Ikorodu Commuters Forum, Comrade Babatunde Oladipupo-Ekeh, urged the state government to subsidise private operators, as it does for boats run by the state-owned Lagos Ferry Services Company (LAGFERRY), which will keep its fare at N1,500 until June.
O nonprofit Ikorodu Commuters Forum
P full Babatunde Oladipupo-Ekeh
O company Lagos Ferry Services Company
O company LAGFERRY
F money N1,500
> “Government cannot leave water transport to market forces alone. Thousands of workers, traders and students use these boats every day
Q direct Babatunde Oladipupo-Ekeh :: “Government cannot leave water transport to market forces alone. Thousands of workers, traders and students use these boats every day
> “If the fares keep rising, people will go back to the roads and the danfo buses, and the whole idea of water transport in Lagos will collapse,” he said.
Q direct Babatunde Oladipupo-Ekeh :: “If the fares keep rising, people will go back to the roads and the danfo buses, and the whole idea of water transport in Lagos will collapse,”
L city Lagos
> Figures from LASWA show that 2.4 million passenger trips were recorded on Lagos waterways in January 2038, up from 1.6 million in January 2036, while the number of licensed jetties rose to 47.
O government LASWA
F number 2.4 million
L city Lagos
F date January 2038
F number 1.6 million
F date January 2036
F number 47
> The Lagos State Commissioner for Transportation, Dr Kehinde Abiodun-Yusuf, said in a separate statement that 14 new 40-seater ferries being built at a Badagry boatyard would join the fleet by July and “ease pressure on the busiest routes.”
L region Lagos State
P full Kehinde Abiodun-Yusuf
F number 14
F number 40
L city Badagry
Q direct Kehinde Abiodun-Yusuf :: “ease pressure on the busiest routes.”
'''

ARTICLES['537-odense-gyor-ehf-champions-league-women-quarter-final-aaberg-sydbank-arena-line-ups-eurohandball'] = r'''
> EHF Champions League Women
O other EHF Champions League Women
> Odense edge Győr in thriller to reach first EHF FINAL4
O team Odense
O team Győr
> EHF / Mikkel Brøndum-Sørensen
O nonprofit EHF
P full Mikkel Brøndum-Sørensen
> 27 April 2037, 19:58
F date 27 April 2037
F time 19:58
> Odense goalkeeper Cecilie Aaberg celebrates with fans after the final whistle at Sydbank Arena. Photo: Anders Kjærgaard-Lund
O team Odense
P full Cecilie Aaberg
L facility Sydbank Arena
P full Anders Kjærgaard-Lund
> QUARTER-FINALS, SECOND LEG
> MOTW: Odense Håndbold (DEN) vs Győri Audi ETO KC (HUN) 29:27 (13:15)
O team Odense Håndbold
L country DEN
O team Győri Audi ETO KC
L country HUN
F score 29:27
F score 13:15
> Odense Håndbold win 56:55 on aggregate
O team Odense Håndbold
F score 56:55
> • Odense trailed by four goals early in the second half but turned the tie around with a 6:1 run between the 41st and 48th minutes
O team Odense
F number four
F score 6:1
> • goalkeeper Cecilie Aaberg came on at half-time and made 11 saves for a 48 per cent save rate
P full Cecilie Aaberg
F number 11
F percent 48 per cent
> • Győr right back Océane Diallo-Martin scored nine goals but hit the post with a 7-metre throw 38 seconds from the end
O team Győr
P full Océane Diallo-Martin
F number nine
F quantity 7-metre
F duration 38 seconds
> • Odense will make their debut at the EHF FINAL4 in Budapest on 6 and 7 June
O team Odense
L city Budapest
F date 6
F date 7 June
> Aaberg the difference as Odense finally break through
P partial Aaberg
O team Odense
> Three times Odense Håndbold had reached the quarter-finals of the EHF Champions League Women, and three times they had gone out. On Sunday, in front of 5,240 spectators at Sydbank Arena, the Danish side finally made it through, but only after surviving a final minute in which almost everything went against them.
F number Three
O team Odense Håndbold
O other EHF Champions League Women
F number three
F number 5,240
L facility Sydbank Arena
> Győri Audi ETO KC arrived with a one-goal lead from the first leg, a 28:27 win in Győr, and were the better side for 40 minutes. Zsófia Bakonyi and Océane Diallo-Martin combined for ten goals in the first half as the Hungarian champions led 15:13 at the break.
O team Győri Audi ETO KC
F number one
F score 28:27
L city Győr
F duration 40 minutes
P full Zsófia Bakonyi
P full Océane Diallo-Martin
F number ten
F score 15:13
> At half-time, Odense coach Jesper Thygesen-Vinter replaced Emma Lindqvist, who had saved four of 19 shots, with Aaberg, and switched to a 5-1 defence with Ida-Marie Brøndsted pushed up on Bakonyi. It did not work at once: Győr stretched the lead to 19:15 after 35 minutes and still led 22:18 in the 41st minute.
O team Odense
P full Jesper Thygesen-Vinter
P full Emma Lindqvist
F number four
F number 19
P partial Aaberg
F score 5-1
P full Ida-Marie Brøndsted
P partial Bakonyi
O team Győr
F score 19:15
F duration 35 minutes
F score 22:18
> Then the game turned. Freja Skov Mikkelsen scored three times from the left wing during a 6:1 run, and when Nanna Friis converted a 7-metre throw in the 48th minute, the hosts were ahead 24:23 for the first time since the opening minutes.
P full Freja Skov Mikkelsen
F number three
F score 6:1
P full Nanna Friis
F quantity 7-metre
F score 24:23
> "At 18:22 I honestly thought it was gone," Aaberg said. "But the girls in front of me started to win the duels, and I could read their shooters. It is the best feeling I have had in handball."
Q direct Cecilie Aaberg :: "At 18:22 I honestly thought it was gone,"
F score 18:22
P partial Aaberg
Q direct Cecilie Aaberg :: "But the girls in front of me started to win the duels, and I could read their shooters. It is the best feeling I have had in handball."
> Győr never led again, but the last minute almost undid everything. With Odense up 29:27 on the night, a goal for the visitors would have levelled the tie at 56:56 and forced a shoot-out. Diallo-Martin's 7-metre throw with 38 seconds left hit the post, Lærke Holm-Sørensen was given a two-minute suspension moments later, and Odense played out the final 30 seconds a player short.
O team Győr
O team Odense
F score 29:27
F score 56:56
P partial Diallo-Martin
F quantity 7-metre
F duration 38 seconds
P full Lærke Holm-Sørensen
F duration two-minute
O team Odense
F duration 30 seconds
> "We had the chance and we did not take it. That is the whole story," said Győr coach Ambrus Vörös. "I am proud of how we played for 40 minutes, but a Champions League quarter-final lasts 120."
Q direct Ambrus Vörös :: "We had the chance and we did not take it. That is the whole story,"
O team Győr
P full Ambrus Vörös
Q direct Ambrus Vörös :: "I am proud of how we played for 40 minutes, but a Champions League quarter-final lasts 120."
F duration 40 minutes
O other Champions League
F duration 120
> Thygesen-Vinter called the win "a reward for three years of patience" and said he had told his players at the break to "stop looking at the scoreboard".
P partial Thygesen-Vinter
Q direct Jesper Thygesen-Vinter :: "a reward for three years of patience"
F duration three years
Q direct Jesper Thygesen-Vinter :: "stop looking at the scoreboard"
> Odense join Metz Handball, Team Esbjerg and CSM Bucuresti at the MVM Dome in Budapest. The semi-final draw will be held on Tuesday at 11:00 CET in Vienna.
O team Odense
O team Metz Handball
O team Team Esbjerg
O team CSM Bucuresti
L facility MVM Dome
L city Budapest
F time 11:00 CET
L city Vienna
> Top scorers: Freja Skov Mikkelsen 8/10 (Odense Håndbold), Océane Diallo-Martin 9/13 (Győri Audi ETO KC)
P full Freja Skov Mikkelsen
F number 8/10
O team Odense Håndbold
P full Océane Diallo-Martin
F number 9/13
O team Győri Audi ETO KC
> Odense Håndbold: Lindqvist, Aaberg (goalkeepers); Skov Mikkelsen 8, Friis 6, Brøndsted 4, Holm-Sørensen 4, Kvamme Haugland 3, Bøgh 2, Østergaard 1, Yıldız 1
O team Odense Håndbold
P partial Lindqvist
P partial Aaberg
P partial Skov Mikkelsen
F number 8
P partial Friis
F number 6
P partial Brøndsted
F number 4
P partial Holm-Sørensen
F number 4
P partial Kvamme Haugland
F number 3
P partial Bøgh
F number 2
P partial Østergaard
F number 1
P partial Yıldız
F number 1
> Győri Audi ETO KC: Lakatos, Radulović (goalkeepers); Diallo-Martin 9, Bakonyi 6, Pimenta 4, Hámori 3, Fehér 2, Kiss-Tóth 2, Szalai 1
O team Győri Audi ETO KC
P partial Lakatos
P partial Radulović
P partial Diallo-Martin
F number 9
P partial Bakonyi
F number 6
P partial Pimenta
F number 4
P partial Hámori
F number 3
P partial Fehér
F number 2
P partial Kiss-Tóth
F number 2
P partial Szalai
F number 1
> Saves: Lindqvist 4, Aaberg 11; Lakatos 10, Radulović 2
P partial Lindqvist
F number 4
P partial Aaberg
F number 11
P partial Lakatos
F number 10
P partial Radulović
F number 2
> Two-minute suspensions: Odense 3, Győr 2
F duration Two-minute
O team Odense
F number 3
O team Győr
F number 2
> Referees: Tina Kranjc and Maja Vovk (SLO)
P full Tina Kranjc
P full Maja Vovk
L country SLO
'''

ARTICLES['538-hoshimori-wiring-harness-factory-opens-rolea-bier-kampong-chhnang-akp'] = r'''
> Japanese-Invested Wire Harness Factory Opens in Kampong Chhnang, Creating 2,800 Jobs
L region Kampong Chhnang
F number 2,800
> H.E. Ouk Chanthoeun (centre) and Mr. Hiroshi Kanemura (second from left) tour the production floor of the new plant. (AKP)
P full Ouk Chanthoeun
P full Hiroshi Kanemura
O media AKP
> AKP Kampong Chhnang, February 07, 2040 -- A Japanese-invested factory making wiring harnesses for cars and motorcycles was officially inaugurated this morning in Rolea B'ier district, Kampong Chhnang province, bringing 2,800 new jobs to the area.
O media AKP
L city Kampong Chhnang
F date February 07, 2040
L region Rolea B'ier
L region Kampong Chhnang
F number 2,800
> The inauguration of Hoshimori Wiring (Cambodia) Co., Ltd. was presided over by H.E. Ouk Chanthoeun, Secretary of State of the Ministry of Industry, Science, Technology and Innovation (MISTI), together with Lok Chumteav Sok Malyna, Governor of Kampong Chhnang province, and Mr. Takumi Arakawa, Counsellor of the Embassy of Japan in Cambodia.
O company Hoshimori Wiring (Cambodia) Co., Ltd.
P full Ouk Chanthoeun
O government Ministry of Industry, Science, Technology and Innovation
O government MISTI
P full Sok Malyna
L region Kampong Chhnang
P full Takumi Arakawa
O government Embassy of Japan
L country Cambodia
> Built on a 14-hectare site along National Road 5, about 90 kilometres north-west of Phnom Penh, the US$62 million plant is the province's first major investment in automotive parts. Its parent company, Hoshimori Electric Industries, is a Nagoya-based supplier to Japanese and Thai carmakers.
F quantity 14-hectare
L street National Road 5
F quantity 90 kilometres
L city Phnom Penh
F money US$62 million
O company Hoshimori Electric Industries
L city Nagoya
> Speaking at the ceremony, H.E. Ouk Chanthoeun said the factory showed that Cambodia was moving beyond garments, footwear and travel goods into higher-value manufacturing.
P full Ouk Chanthoeun
L country Cambodia
> "Ten years ago, almost every factory along this road was sewing clothes. Today, our young people are making parts for cars sold in Japan, Thailand and Mexico," he underlined. "This is the direction set by the Royal Government of Cambodia in the Cambodia Industrial Development Policy 2036-2045."
Q direct Ouk Chanthoeun :: "Ten years ago, almost every factory along this road was sewing clothes. Today, our young people are making parts for cars sold in Japan, Thailand and Mexico,"
F duration Ten years
L country Japan
L country Thailand
L country Mexico
Q direct Ouk Chanthoeun :: "This is the direction set by the Royal Government of Cambodia in the Cambodia Industrial Development Policy 2036-2045."
O government Royal Government of Cambodia
> According to the Council for the Development of Cambodia (CDC), which approved the project in June 2039, Cambodia's exports of electrical and automotive parts reached US$3.1 billion last year, up 18.4 percent from 2038, and now make up nearly a tenth of the Kingdom's total exports.
O government Council for the Development of Cambodia
O government CDC
F date June 2039
L country Cambodia
F money US$3.1 billion
F percent 18.4 percent
F date 2038
F fraction a tenth
L country Kingdom
> Mr. Hiroshi Kanemura, President of Hoshimori Wiring (Cambodia), said the company chose Kampong Chhnang for its workforce and its road links to Phnom Penh, to the Thai border at Poipet and to the deep-sea port at Sihanoukville.
P full Hiroshi Kanemura
O company Hoshimori Wiring (Cambodia)
L region Kampong Chhnang
L city Phnom Penh
L city Poipet
L city Sihanoukville
> "We also looked at sites in Vietnam and Laos. In the end the people decided it: we interviewed more than 6,000 applicants for the first 2,800 positions," he said, adding that 78 percent of the workers are women and that most come from Rolea B'ier, Kampong Tralach and Sameakki Mean Chey districts.
Q direct Hiroshi Kanemura :: "We also looked at sites in Vietnam and Laos. In the end the people decided it: we interviewed more than 6,000 applicants for the first 2,800 positions,"
L country Vietnam
L country Laos
F number 6,000
F number 2,800
F percent 78 percent
L region Rolea B'ier
L region Kampong Tralach
L region Sameakki Mean Chey
> He said the plant would add a second building and 1,700 more jobs by the end of 2041, when annual output is expected to reach 1.2 million harness sets.
F number 1,700
F date 2041
F number 1.2 million
> Workers receive a starting wage of US$268 per month, above the minimum wage for the garment, footwear and travel goods sector, as well as a US$15 attendance bonus and free transport by company bus from 12 villages, the company said.
F money US$268
F money US$15
F number 12
> Mao Sreyneath, 23, from Kampong Tralach district, who worked for four years at a garment factory in Phnom Penh before joining the plant, said she now travels 25 minutes to work instead of two hours.
P full Mao Sreyneath
F age 23
L region Kampong Tralach
F duration four years
L city Phnom Penh
F duration 25 minutes
F duration two hours
> "In Phnom Penh I paid 400,000 riels a month for a room. Now I live with my parents and I can save for my younger brother's school," Sreyneath said. "The work is precise, but the lines are cool and clean."
Q direct Mao Sreyneath :: "In Phnom Penh I paid 400,000 riels a month for a room. Now I live with my parents and I can save for my younger brother's school,"
L city Phnom Penh
F money 400,000 riels
P partial Sreyneath
Q direct Mao Sreyneath :: "The work is precise, but the lines are cool and clean."
> Lok Chumteav Sok Malyna said the provincial administration would upgrade a 6.5-kilometre stretch of road between the factory and the provincial town, and called on other investors to "come and see what Kampong Chhnang can offer."
P full Sok Malyna
F quantity 6.5-kilometre
Q direct Sok Malyna :: "come and see what Kampong Chhnang can offer."
L region Kampong Chhnang
> Kampong Chhnang province now has 43 factories and enterprises employing some 39,500 workers, according to the Provincial Department of Labour and Vocational Training.
L region Kampong Chhnang
F number 43
F number 39,500
O government Provincial Department of Labour and Vocational Training
> The ceremony was also attended by Oknha Lim Chheangly, whose company developed the industrial site, and by some 3,000 workers and local residents.
P full Lim Chheangly
F number 3,000
> By T. Sovannary
P full T. Sovannary
'''

ARTICLES['539-port-au-choix-plant-redfish-shrimp-quota-zero-great-northern-peninsula-cbc-nl'] = r'''
> Port au Choix plant pins its hopes on redfish as shrimp quota drops to zero
L city Port au Choix
F number zero
> Town of 700 on Great Northern Peninsula counting on Gulf redfish to keep 140 plant jobs
F number 700
L geo Great Northern Peninsula
L geo Gulf
F number 140
> Colleen Offrey-Genge · CBC News · Posted: Apr 21, 2036 5:00 AM NDT | Last Updated: April 21, 2036
P full Colleen Offrey-Genge
O media CBC News
F date Apr 21, 2036
F time 5:00 AM NDT
F date April 21, 2036
> Wade Noseworthy has fished out of Port au Choix since he was 17. This spring his boat is rigged for redfish. (Colleen Offrey-Genge/CBC)
P full Wade Noseworthy
L city Port au Choix
F age 17
P full Colleen Offrey-Genge
O media CBC
> For the first time in more than three decades, no northern shrimp will be landed at the plant in Port au Choix this year.
F duration three decades
L city Port au Choix
> Fisheries and Oceans Canada set the quota for Shrimp Fishing Area 6 at zero last month, after the stock off the Great Northern Peninsula and southern Labrador fell to its lowest level on record.
O government Fisheries and Oceans Canada
L region Shrimp Fishing Area 6
F number zero
L geo Great Northern Peninsula
L region Labrador
> Instead, Point Riche Seafoods Ltd. is spending $11.4 million to retool the plant for redfish, a deep-water fish that has come back in huge numbers in the Gulf of St. Lawrence.
O company Point Riche Seafoods Ltd.
F money $11.4 million
L geo Gulf of St. Lawrence
> “It’s not shrimp, and nobody’s pretending it is,” said plant manager Darrell Billard. “But redfish is what’s in the water, so redfish is what we’re going to cut.”
Q direct Darrell Billard :: “It’s not shrimp, and nobody’s pretending it is,”
P full Darrell Billard
Q direct Darrell Billard :: “But redfish is what’s in the water, so redfish is what we’re going to cut.”
> Billard said the new line, which includes two filleting machines from Iceland and a freezer that holds 1,100 tonnes, should give the plant’s 140 workers about 16 weeks of work this season, compared with 10 weeks last year.
P partial Billard
F number two
L country Iceland
F quantity 1,100 tonnes
F number 140
F duration 16 weeks
F duration 10 weeks
> The Atlantic Canada Opportunities Agency is covering $4.2 million of the cost through a repayable loan, and the provincial Department of Fisheries, Forestry and Agriculture another $1.5 million.
O government Atlantic Canada Opportunities Agency
F money $4.2 million
O government Department of Fisheries, Forestry and Agriculture
F money $1.5 million
> Wade Noseworthy, 54, fished northern shrimp for 37 years. He said redfish pays far less — about 28 cents a pound at the wharf, against the $1.60 shrimp fetched in its best years — but the volumes make up for some of it.
P full Wade Noseworthy
F age 54
F duration 37 years
F money 28 cents
F money $1.60
> “You need to put 30,000 pounds on the wharf just to pay for the fuel and the crew,” he said. “Some days you do it in one tow. Other days you’re out in the Gulf for three days and you come home with your heart broke.”
Q direct Wade Noseworthy :: “You need to put 30,000 pounds on the wharf just to pay for the fuel and the crew,”
F quantity 30,000 pounds
Q direct Wade Noseworthy :: “Some days you do it in one tow. Other days you’re out in the Gulf for three days and you come home with your heart broke.”
F number one
L geo Gulf
F duration three days
> The Fish, Food and Allied Workers union (FFAW-Unifor) says the redfish quota for the Newfoundland and Labrador fleet in Unit 1 has grown to 25,000 tonnes, but much of it goes uncaught because too few plants can process it.
O nonprofit Fish, Food and Allied Workers
O nonprofit FFAW-Unifor
L region Newfoundland and Labrador
L region Unit 1
F quantity 25,000 tonnes
> “For years we’ve been saying the fish is there and the market is there. What’s missing is the processing,” said Loretta Gaudon-Kerrivan, the union’s inshore representative for the Northern Peninsula. She said the Port au Choix retrofit could be “a model for every shrimp town from Hawke’s Bay to St. Anthony.”
Q direct Loretta Gaudon-Kerrivan :: “For years we’ve been saying the fish is there and the market is there. What’s missing is the processing,”
P full Loretta Gaudon-Kerrivan
L geo Northern Peninsula
L city Port au Choix
Q direct Loretta Gaudon-Kerrivan :: “a model for every shrimp town from Hawke’s Bay to St. Anthony.”
L city Hawke’s Bay
L city St. Anthony
> Not everyone in town is convinced. A woman who has worked on the plant’s shrimp line for 22 years, and who asked that her name not be used because she still works there, said many of her co-workers have already left for jobs in Alberta or on the mainland.
F duration 22 years
L region Alberta
> “Sixteen weeks is better than 10, I’ll give them that,” she said. “But you can’t raise a family on 16 weeks and EI. My daughter’s gone to Fort McMurray, and she’s not coming home for redfish.”
Q direct - :: “Sixteen weeks is better than 10, I’ll give them that,”
F duration Sixteen weeks
F duration 10
Q direct - :: “But you can’t raise a family on 16 weeks and EI. My daughter’s gone to Fort McMurray, and she’s not coming home for redfish.”
F duration 16 weeks
L city Fort McMurray
> Mayor Geraldine Caines said the town of about 700 has lost a third of its population since 2011, and the plant is still its biggest employer.
P full Geraldine Caines
F number 700
F fraction a third
F date 2011
> “If that plant had closed, I don’t know that we’d have a school here in 10 years,” she said.
Q direct Geraldine Caines :: “If that plant had closed, I don’t know that we’d have a school here in 10 years,”
F duration 10 years
> In a statement to CBC News, DFO said the shrimp closure would be reviewed in 2038 “based on the best available science,” and that redfish decisions “take into account the needs of coastal communities.”
O media CBC News
O government DFO
F date 2038
Q direct Fisheries and Oceans Canada :: “based on the best available science,”
Q direct Fisheries and Oceans Canada :: “take into account the needs of coastal communities.”
> Billard expects the first redfish to cross the plant floor around May 20, once the ice clears from Ingornachoix Bay.
P partial Billard
F date May 20
L geo Ingornachoix Bay
> With files from Newfoundland Morning
'''

ARTICLES['540-sev-suduroy-wind-farm-hov-porkeri-vagur-umhvorvisstovan-local-fo'] = r'''
> ‘We cannot keep running Suðuroy on oil’: SEV board backs 48 MW wind farm
Q direct Sámal við Ánna :: ‘We cannot keep running Suðuroy on oil’
L geo Suðuroy
O company SEV
F quantity 48 MW
> 12 September 2039
F date 12 September 2039
> By Rannvá Dam Poulsen
P full Rannvá Dam Poulsen
> The ridge above Hov, where SEV wants to put up 12 turbines. Photo: Rannvá Dam Poulsen / Local.fo
L city Hov
O company SEV
F number 12
P full Rannvá Dam Poulsen
O media Local.fo
> The board of SEV, the power company owned by all 29 municipalities of the Faroe Islands, on Thursday approved plans for a 48-megawatt wind farm on Suðuroy, the southernmost island, where more than two-thirds of the electricity is still made by burning oil.
O company SEV
F number 29
L region Faroe Islands
F quantity 48-megawatt
L geo Suðuroy
F fraction two-thirds
> The DKK 710 million project – 12 turbines on the ridge between Hov and Porkeri, a 20 MWh battery at Vágur and an upgrade of the Botnur hydropower station – still needs approval from Umhvørvisstovan, the Environment Agency, and a building permit from Hov municipality.
F money DKK 710 million
F number 12
L city Hov
L city Porkeri
F quantity 20 MWh
L city Vágur
L facility Botnur
O government Umhvørvisstovan
O government Environment Agency
L region Hov
> If both come through, construction would start in spring 2041 and the turbines could be turning by the end of 2042, SEV said after the board met in Tórshavn.
F date 2041
F date 2042
O company SEV
L city Tórshavn
> “We cannot keep running Suðuroy on oil. The island has its own grid, with no cable to the rest of the country, and every litre of diesel we burn at Vágur comes in by tanker,” said SEV’s managing director, Sámal við Ánna.
Q direct Sámal við Ánna :: “We cannot keep running Suðuroy on oil. The island has its own grid, with no cable to the rest of the country, and every litre of diesel we burn at Vágur comes in by tanker,”
L geo Suðuroy
L city Vágur
O company SEV
P full Sámal við Ánna
> Suðuroy, home to about 4,600 people, used 38 gigawatt hours of electricity last year. SEV expects the wind farm, the battery and the hydro upgrade together to cover 80 per cent of that, cutting the island’s oil use by around 5,000 tonnes a year.
L geo Suðuroy
F number 4,600
F quantity 38 gigawatt hours
O company SEV
F percent 80 per cent
F quantity 5,000 tonnes
> Við Ánna said a subsea cable to Sandoy, which has been linked to Streymoy by tunnel since 2023, had been studied but would cost “at least three times as much.”
P partial Við Ánna
L geo Sandoy
L geo Streymoy
F date 2023
Q direct Sámal við Ánna :: “at least three times as much.”
F number three
> In Hov, the village closest to the turbines, opinion is divided.
L city Hov
> Hallbjørg á Heygum, the mayor of Hov municipality, said the council had not yet taken a position but expected “a long and loud” public meeting in October.
P full Hallbjørg á Heygum
L region Hov
Q direct Hallbjørg á Heygum :: “a long and loud”
> “People here are not against wind. We have lived with wind all our lives,” á Heygum said. “But twelve turbines, each 150 metres tall, on the ridge above the village is a big change, and SEV has to show us what we get back.”
Q direct Hallbjørg á Heygum :: “People here are not against wind. We have lived with wind all our lives,”
P partial á Heygum
Q direct Hallbjørg á Heygum :: “But twelve turbines, each 150 metres tall, on the ridge above the village is a big change, and SEV has to show us what we get back.”
F number twelve
F quantity 150 metres
O company SEV
> SEV has offered to pay DKK 1.5 million a year into a community fund for Hov and Porkeri over the 25-year life of the turbines.
O company SEV
F money DKK 1.5 million
L city Hov
L city Porkeri
F duration 25-year
> Sheep farmer Jóannes í Gerðinum, whose family has grazed sheep on the ridge for five generations, said the access road would cut across the “hagi”, as the shared outfield where the sheep run free in summer is called in Faroese.
P full Jóannes í Gerðinum
F number five
Q scare - :: “hagi”
> “They tell us the sheep will get used to it. Maybe. But nobody asked the sheep, and nobody asked us until the drawings were finished,” he said.
Q direct Jóannes í Gerðinum :: “They tell us the sheep will get used to it. Maybe. But nobody asked the sheep, and nobody asked us until the drawings were finished,”
> Umhvørvisstovan said it would look at the effect on seabirds, including the Manx shearwaters and storm petrels nesting on the cliffs south of Hov, and would process the application “as quickly as the law allows.”
O government Umhvørvisstovan
L city Hov
Q direct Umhvørvisstovan :: “as quickly as the law allows.”
> A board member who voted against the plan, and who asked not to be named because the board’s discussions are confidential, told Local.fo the cost estimate was “optimistic at best”, pointing to rising turbine prices in Denmark and Norway.
O media Local.fo
Q direct - :: “optimistic at best”
L country Denmark
L country Norway
> The vote was 7–2. The Løgting is expected to debate a bill in November that would let SEV borrow up to DKK 2 billion for renewable projects across the Faroes.
F number 7–2
O government Løgting
O company SEV
F money DKK 2 billion
L region Faroes
> SEV once promised that all electricity on land would come from renewable sources by 2030. It now aims for 2044, fourteen years later.
O company SEV
F date 2030
F date 2044
F duration fourteen years
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
