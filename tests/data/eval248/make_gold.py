#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval248 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval248/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1531-durga-puja-traffic-plan-salt-lake-howrah-kolkata-police-telegraph-kolkata'] = r'''
> Calcutta
L city Calcutta
> Police draw up puja traffic map as city braces for 4 crore visits
F number 4 crore
> Lalbazar closes 62 stretches, trains to run till 2am on three nights
O government Lalbazar
F number 62
F time 2am
F number three
> Our Special Correspondent
> Calcutta | Published 24.09.40, 06:12 AM
L city Calcutta
F date 24.09.40
F time 06:12 AM
> Visitors queue outside a pandal in Salt Lake’s FD Block on Sunday evening. Picture by SAYANTAN GHOSHAL
L city Salt Lake
L city FD Block
P full SAYANTAN GHOSHAL
> The Kolkata Police will close 62 stretches of road to vehicles and turn another 38 into one-way corridors during the five days of Durga Puja, when the city expects close to 4 crore visits to its pandals, officers said on Monday.
O government Kolkata Police
F number 62
F number 38
F duration five days
F number 4 crore
> Deputy commissioner of police (traffic) Arindam Sarkhel said 4,200 officers and 1,100 civic volunteers would be on the roads from October 10 to October 14. “Last year we had 70 lakh people on the streets on Ashtami night alone. This year we are planning for more,” he said.
P full Arindam Sarkhel
F number 4,200
F number 1,100
F date October 10
F date October 14
Q direct Arindam Sarkhel :: “Last year we had 70 lakh people on the streets on Ashtami night alone. This year we are planning for more,”
F number 70 lakh
> Sarkhel said the worst bottlenecks were expected on Chittaranjan Avenue, at the Shyambazar crossing and on the EM Bypass near Science City, where cars would be diverted between 4pm and 4am. Parking will be banned within 500 metres of the 14 biggest pandals.
P partial Sarkhel
L street Chittaranjan Avenue
L city Shyambazar
L street EM Bypass
L facility Science City
F time 4pm
F time 4am
F quantity 500 metres
F number 14
> The biggest worry is Salt Lake, where three of the most-visited pandals stand within 2 km of one another near Karunamoyee. Bidhannagar City Police, which polices the township, will share a control room with Lalbazar for the first time.
L city Salt Lake
F number three
F quantity 2 km
L city Karunamoyee
O government Bidhannagar City Police
O government Lalbazar
> “Our pandal alone drew 11 lakh visitors last year, and half of them came after 10pm,” said Sumana Dasgupta, 54, secretary of the FD Block Sarbojanin Durgotsav Committee.
Q direct Sumana Dasgupta :: “Our pandal alone drew 11 lakh visitors last year, and half of them came after 10pm,”
F number 11 lakh
F fraction half
F time 10pm
P full Sumana Dasgupta
F age 54
O nonprofit FD Block Sarbojanin Durgotsav Committee
> “The police asked us to open a second exit on to what they call the ‘service lane’ behind the park. We have done it. But we need barricades, not just promises.”
Q direct Sumana Dasgupta :: “The police asked us to open a second exit on to what they call the ‘service lane’ behind the park. We have done it. But we need barricades, not just promises.”
> The committee has spent Rs 38 lakh on this year’s pandal, a replica of a Rajasthani haveli, and about Rs 6 lakh on lighting, Dasgupta said.
F money Rs 38 lakh
F money Rs 6 lakh
P partial Dasgupta
> For families from across the Hooghly, the plan means longer walks. Biswajit Mondal, a 36-year-old schoolteacher from Shibpur in Howrah, comes every year by ferry. “Last time it took us three and a half hours to get from Howrah station to Bagbazar. The kids were crying by the end,” he said. He called the new one-way rules “a maze”.
L geo Hooghly
P full Biswajit Mondal
F age 36-year-old
L city Shibpur
L city Howrah
Q direct Biswajit Mondal :: “Last time it took us three and a half hours to get from Howrah station to Bagbazar. The kids were crying by the end,”
F duration three and a half hours
L facility Howrah
L city Bagbazar
Q direct Biswajit Mondal :: “a maze”
> Metro Railway, Kolkata, will run trains on the Blue Line till 2am on Saptami, Ashtami and Navami, with a train every six minutes at peak hours, chief public relations officer Kaushik Mitrabhanu said. The Esplanade, Shyambazar and Kalighat stations will be entry-only from 6pm, he said.
O government Metro Railway
L city Kolkata
L facility Blue Line
F time 2am
F duration six minutes
P full Kaushik Mitrabhanu
L facility Esplanade
L facility Shyambazar
L facility Kalighat
F time 6pm
> The railway expects 9.5 lakh passengers a day over the festival, up from about 7 lakh on an ordinary weekday. An official who did not wish to be named said “crowd control at the platform edge” was the real worry. "We cannot stop people from coming. We can only slow them down," the official said.
F number 9.5 lakh
F number 7 lakh
Q direct - :: “crowd control at the platform edge”
Q direct - :: "We cannot stop people from coming. We can only slow them down,"
> The police have set up 28 help booths and will fly four drones over the busiest zones to spot the so-called “pandal-hopping” surges early. Lost children will be taken to booths at Deshapriya Park and Md Ali Park, Sarkhel said.
F number 28
F number four
Q scare - :: “pandal-hopping”
L facility Deshapriya Park
L facility Md Ali Park
P partial Sarkhel
> The Calcutta Municipal Corporation (CMC) has separately promised to fill 212 potholes on puja routes by October 6, at a cost of Rs 2.4 crore. CMC engineers said two-thirds of the work was done.
O government Calcutta Municipal Corporation
O government CMC
F number 212
F date October 6
F money Rs 2.4 crore
O government CMC
F fraction two-thirds
'''

ARTICLES['1532-muskeg-ridge-energy-trans-mountain-pipeline-space-calgary-financial-post'] = r'''
> Commodities
> Muskeg Ridge Books 45,000 Barrels a Day on Trans Mountain in C$3.1-Billion Bet on Asia
O company Muskeg Ridge
F quantity 45,000 Barrels a Day
L facility Trans Mountain
F money C$3.1-Billion
L continent Asia
> Oil-sands producer says 15-year contract frees it from U.S. discounts
F duration 15-year
L country U.S.
> Author of the article:
> Colleen Ashdown-Pryce
P full Colleen Ashdown-Pryce
> Financial Post
O media Financial Post
> Published Apr 09, 2041  •  Last updated 3 hours ago  •  4 minute read
F date Apr 09, 2041
F duration 3 hours
F duration 4 minute
> The Westridge Marine Terminal in Burnaby, B.C., where Trans Mountain oil is loaded onto tankers. Photo by Dev Kharbanda/Bloomberg
L facility Westridge Marine Terminal
L city Burnaby
L region B.C.
L facility Trans Mountain
P full Dev Kharbanda
O media Bloomberg
> CALGARY — Muskeg Ridge Energy Corp. has signed a 15-year deal to ship 45,000 barrels per day on the Trans Mountain pipeline, a move its chief executive said would let the Fort McMurray-area producer sell “every second barrel” to refiners in Asia rather than into the discounted U.S. Midwest.
L city CALGARY
O company Muskeg Ridge Energy Corp.
F duration 15-year
F quantity 45,000 barrels per day
L facility Trans Mountain
Q direct Thomas Okafor-Lindqvist :: “every second barrel”
L city Fort McMurray
L continent Asia
L country U.S.
L region Midwest
> The contract, which starts in the third quarter of 2042, is worth about C$3.1 billion in tolls over its life, the company said in a statement Tuesday. Trans Mountain Corp. confirmed it had awarded the space after an open season in which shippers bid for 110,000 barrels a day of capacity.
F date 2042
F money C$3.1 billion
O company Trans Mountain Corp.
F quantity 110,000 barrels a day
> “For 20 years our barrels have gone south at whatever price Cushing would give us,” chief executive Thomas Okafor-Lindqvist said in an interview. “This is the first time we can put half our production on a ship and pick our customer.”
Q direct Thomas Okafor-Lindqvist :: “For 20 years our barrels have gone south at whatever price Cushing would give us,”
F duration 20 years
L city Cushing
P full Thomas Okafor-Lindqvist
Q direct Thomas Okafor-Lindqvist :: “This is the first time we can put half our production on a ship and pick our customer.”
F fraction half
> Okafor-Lindqvist, 51, said the Calgary-based company produced 92,000 barrels a day in the first quarter, up 8 per cent from a year earlier, from its two steam-assisted projects north of Fort McMurray. He said the deal would narrow the discount on its heavy crude by US$4 to US$6 a barrel.
P partial Okafor-Lindqvist
F age 51
L city Calgary
F quantity 92,000 barrels a day
F percent 8 per cent
F number two
L city Fort McMurray
F money US$4
F money US$6
> The Canada Energy Regulator (CER) still has to approve the toll schedule. In a filing last month, the CER said it would hold a written hearing and expected to rule “within 90 days” of the last submission.
O government Canada Energy Regulator
O government CER
O government CER
Q direct Canada Energy Regulator :: “within 90 days”
F duration 90 days
> Part of the deal is a 12 per cent equity stake in the company’s new Wapiti Bend project held by the Sikwan Lake Cree Nation, whose members have worked at the site since 2036. Chief Delphine Cardinal-Ward said the nation would earn roughly C$40 million a year once the project runs at full rate.
F percent 12 per cent
L facility Wapiti Bend
O government Sikwan Lake Cree Nation
F date 2036
P full Delphine Cardinal-Ward
F money C$40 million
> "We were not consulted on the first pipelines. On this one we are at the table, and we own a piece of what flows through it," she said.
Q direct Delphine Cardinal-Ward :: "We were not consulted on the first pipelines. On this one we are at the table, and we own a piece of what flows through it,"
> Analysts were more cautious. Harjit Bhullar, who covers energy at Chinook Point Capital in Calgary, said Asian demand for heavy barrels could soften in the late 2040s.
P full Harjit Bhullar
O company Chinook Point Capital
L city Calgary
F date 2040s
> “The math works at US$70 oil. At US$55 it gets tight, and you’re paying tolls whether the tanker sails or not,” Bhullar said. He rates the shares “hold,” with a target of C$27.50.
Q direct Harjit Bhullar :: “The math works at US$70 oil. At US$55 it gets tight, and you’re paying tolls whether the tanker sails or not,”
F money US$70
F money US$55
P partial Bhullar
Q direct Harjit Bhullar :: “hold,”
F money C$27.50
> Shares of Muskeg Ridge rose 4.6% to C$24.18 on the Toronto Stock Exchange on Tuesday, giving the company a market value of about C$9.8 billion.
O company Muskeg Ridge
F percent 4.6%
F money C$24.18
O company Toronto Stock Exchange
F money C$9.8 billion
> The Trans Mountain line, which runs 1,150 kilometres from Edmonton to the coast, has carried about 890,000 barrels a day since its expansion was finished in 2024. Ottawa sold a 30 per cent stake in the line to a group of Indigenous investors in 2039, a source familiar with the sale said, though the terms were never made public.
L facility Trans Mountain
F quantity 1,150 kilometres
L city Edmonton
F quantity 890,000 barrels a day
F date 2024
L city Ottawa
F percent 30 per cent
F date 2039
> Muskeg Ridge will report second-quarter results on Aug. 6.
O company Muskeg Ridge
F date Aug. 6
'''

ARTICLES['1533-scotland-france-31-20-six-nations-murrayfield-mcandrew-try-double-bbc-sport'] = r'''
> Six Nations
> Scotland 31-20 France: McAndrew double sinks 14-man Les Bleus at Murrayfield
O team Scotland
F score 31-20
O team France
P partial McAndrew
F number 14
O team Les Bleus
L facility Murrayfield
> By Fraser Lumsden, BBC Sport Scotland at Murrayfield
P full Fraser Lumsden
O media BBC Sport Scotland
L facility Murrayfield
> Last updated on 9 February 2041
F date 9 February 2041
> Image source, SNS Group
O media SNS Group
> Image caption, Callum McAndrew scored his second try on 63 minutes
P full Callum McAndrew
F duration 63 minutes
> Callum McAndrew scored two tries as Scotland beat 14-man France 31-20 at Murrayfield to open their Six Nations campaign with a first home win over Les Bleus in four years.
P full Callum McAndrew
F number two
O team Scotland
F number 14
O team France
F score 31-20
L facility Murrayfield
O team Les Bleus
F duration four years
> The Edinburgh wing, 23, finished a sweeping move on 19 minutes and then ran 60 metres after an interception to settle it with 17 minutes left.
O team Edinburgh
F age 23
F duration 19 minutes
F quantity 60 metres
F duration 17 minutes
> France, who led 13-10 at the break through two Mathis Garreau-Lenoir penalties and a try by centre Yanis Belkacem-Roux, lost lock Antoine Vérbec to a yellow card on 52 minutes and conceded 11 points in the 10 minutes he was off.
O team France
F score 13-10
F number two
P full Mathis Garreau-Lenoir
P full Yanis Belkacem-Roux
P full Antoine Vérbec
F duration 52 minutes
F number 11
F duration 10 minutes
> Scotland fly-half Ruaridh Stenhouse kicked 16 points, including a penalty from 45 metres, and replacement hooker Niall Baird-Munro forced his way over from a five-metre lineout on 58 minutes.
O team Scotland
P full Ruaridh Stenhouse
F number 16
F quantity 45 metres
P full Niall Baird-Munro
F quantity five-metre
F duration 58 minutes
> A crowd of 67,144, the largest for a February Test at the ground, saw France reduced to 13 for the last 12 minutes when scrum-half Lucas Oyarzábal was also shown yellow for a deliberate knock-on.
F number 67,144
O team France
F number 13
F duration 12 minutes
P full Lucas Oyarzábal
> "I said to the boys at half-time, 'They will come at us for 20 minutes and then they will blink,'" said Scotland head coach Gregor Dalziel.
Q direct Gregor Dalziel :: "I said to the boys at half-time, 'They will come at us for 20 minutes and then they will blink,'"
F duration 20 minutes
O team Scotland
P full Gregor Dalziel
> "Callum's second try is what he does in training every Thursday. He reads the pass a second before anyone else. We have lost to this team too often here, so tonight means a lot to the whole of Scotland.
Q direct Gregor Dalziel :: "Callum's second try is what he does in training every Thursday. He reads the pass a second before anyone else. We have lost to this team too often here, so tonight means a lot to the whole of Scotland.
P partial Callum
L country Scotland
> "But it is one game. We go to Cardiff in six days and nobody will remember this if we lose there."
Q direct Gregor Dalziel :: "But it is one game. We go to Cardiff in six days and nobody will remember this if we lose there."
F number one
L city Cardiff
F duration six days
> France head coach Raphaël Dumontel called the two yellow cards "the story of the night" and said his side had been "stupid, not unlucky".
O team France
P full Raphaël Dumontel
F number two
Q direct Raphaël Dumontel :: "the story of the night"
Q direct Raphaël Dumontel :: "stupid, not unlucky"
> "We were in control for 50 minutes," Dumontel told BBC Sport. "Then we give them 10 minutes with 14 men, and at this level you cannot do that. It is our fault, not the referee's."
Q direct Raphaël Dumontel :: "We were in control for 50 minutes,"
F duration 50 minutes
P partial Dumontel
O media BBC Sport
Q direct Raphaël Dumontel :: "Then we give them 10 minutes with 14 men, and at this level you cannot do that. It is our fault, not the referee's."
F duration 10 minutes
F number 14
> McAndrew, who grew up in Peebles and was dubbed "the Tweed Express" by his club team-mates, now has nine tries in 14 Tests. "I just kept running and hoped nobody caught me," he said.
P partial McAndrew
L city Peebles
Q scare - :: "the Tweed Express"
F number nine
F number 14
Q direct Callum McAndrew :: "I just kept running and hoped nobody caught me,"
> Belkacem-Roux's second try, from a driving maul on 78 minutes, cut the gap to eight, but Stenhouse's final penalty pushed it back to 11.
P partial Belkacem-Roux
F duration 78 minutes
F number eight
P partial Stenhouse
F number 11
> Six Nations Rugby said the match was watched by an average of 2.3 million people on the BBC, a share of 41%.
O other Six Nations Rugby
F number 2.3 million
O media BBC
F percent 41%
> Scotland: Tries: McAndrew 2, Baird-Munro; Cons: Stenhouse 2; Pens: Stenhouse 4.
O team Scotland
P partial McAndrew
F number 2
P partial Baird-Munro
P partial Stenhouse
F number 2
P partial Stenhouse
F number 4
> France: Tries: Belkacem-Roux 2; Cons: Garreau-Lenoir 2; Pens: Garreau-Lenoir 2.
O team France
P partial Belkacem-Roux
F number 2
P partial Garreau-Lenoir
F number 2
P partial Garreau-Lenoir
F number 2
> Referee: Tane Whitiora-Hughes (New Zealand). Attendance: 67,144.
P full Tane Whitiora-Hughes
L country New Zealand
F number 67,144
'''

ARTICLES['1534-dubai-metro-blue-line-construction-mirdif-rta-the-national'] = r'''
> UAE
L country UAE
> Work starts on Dubai Metro Blue Line as residents of Mirdif count down to 2044
L facility Blue Line
L city Mirdif
F date 2044
> The Dh20.5 billion line will run 30km with 14 stations and is expected to carry 320,000 passengers a day
F money Dh20.5 billion
F quantity 30km
F number 14
F number 320,000
> Nadia Al Kaabi
P full Nadia Al Kaabi
> March 04, 2041
F date March 04, 2041
> Piling rigs at the Blue Line site near Mirdif City Centre on Monday. Photo: Karim Haddad-Sousa / The National
L facility Blue Line
L facility Mirdif City Centre
P full Karim Haddad-Sousa
O media The National
> Construction began on Monday on the Dubai Metro’s Blue Line, a Dh20.5 billion project that will link Mirdif, Al Warqa and Dubai Silicon Oasis to the existing Red Line and Green Line and, for the first time, put a Metro station within walking distance of International City.
L facility Blue Line
F money Dh20.5 billion
L city Mirdif
L city Al Warqa
L city Dubai Silicon Oasis
L facility Red Line
L facility Green Line
L city International City
> The 30-kilometre line, 15.5km of it underground, will have 14 stations, including an interchange at Creek and a landmark station at Dubai Creek Harbour designed to hold 20,000 people at peak times.
F quantity 30-kilometre
F quantity 15.5km
F number 14
L facility Creek
L city Dubai Creek Harbour
F number 20,000
> Eng. Khalifa Saeed Al Mehairbi, director general of the Roads and Transport Authority (RTA), said trains would start running on September 9, 2044, “so that the Blue Line opens on the same date as the first line did”.
P full Khalifa Saeed Al Mehairbi
O government Roads and Transport Authority
O government RTA
F date September 9, 2044
Q direct Khalifa Saeed Al Mehairbi :: “so that the Blue Line opens on the same date as the first line did”
L facility Blue Line
> “The Blue Line will serve about 1 million residents who today depend on cars and buses. Our target is 320,000 passengers a day by 2046,” he said at the ground-breaking at Mirdif.
Q direct Khalifa Saeed Al Mehairbi :: “The Blue Line will serve about 1 million residents who today depend on cars and buses. Our target is 320,000 passengers a day by 2046,”
L facility Blue Line
F number 1 million
F number 320,000
F date 2046
L city Mirdif
> Mr Al Mehairbi said the RTA expected the line to take 18,000 vehicles a day off Sheikh Mohammed bin Zayed Road and Al Khail Road, and to cut travel time from Mirdif to Business Bay to 32 minutes from about an hour.
P partial Al Mehairbi
O government RTA
F number 18,000
L street Sheikh Mohammed bin Zayed Road
L street Al Khail Road
L city Mirdif
L city Business Bay
F duration 32 minutes
> The contract was awarded in 2040 to a consortium led by Turkey’s Kuzey Yapı and China’s Huaxin Rail Engineering. Kuzey Yapı’s project director, Emre Toprakoğlu, said 2,800 workers would be on site by the end of the year, rising to 6,500 at the peak of tunnelling.
F date 2040
L country Turkey
O company Kuzey Yapı
L country China
O company Huaxin Rail Engineering
O company Kuzey Yapı
P full Emre Toprakoğlu
F number 2,800
F number 6,500
> "We will run two tunnel boring machines from Al Rashidiya towards the Creek, each cutting about 12 metres a day. The ground here is sand and soft rock, which we know well from Doha and Riyadh," he said.
Q direct Emre Toprakoğlu :: "We will run two tunnel boring machines from Al Rashidiya towards the Creek, each cutting about 12 metres a day. The ground here is sand and soft rock, which we know well from Doha and Riyadh,"
F number two
L city Al Rashidiya
L geo Creek
F quantity 12 metres
L city Doha
L city Riyadh
> In Mirdif, the mood was a mix of relief and worry. Reem Al Suwaidi, 41, a teacher who has lived on Street 17 for 11 years, said she had waited “half my life” for the Metro.
L city Mirdif
P full Reem Al Suwaidi
F age 41
L street Street 17
F duration 11 years
Q direct Reem Al Suwaidi :: “half my life”
F fraction half
> “My daughter takes two buses to get to her college in Academic City. It is 50 minutes each way. But we also have three years of dust and diversions in front of us,” she said.
Q direct Reem Al Suwaidi :: “My daughter takes two buses to get to her college in Academic City. It is 50 minutes each way. But we also have three years of dust and diversions in front of us,”
F number two
L city Academic City
F duration 50 minutes
F duration three years
> A shopkeeper on Algeria Street, who asked not to be named, said trade had fallen by a quarter since barriers went up in January. “Customers cannot park. They go to the mall instead,” he said.
L street Algeria Street
F fraction a quarter
Q direct - :: “Customers cannot park. They go to the mall instead,”
> Transport analyst Dr Sana Qureshi-Bell, of the Mohammed bin Rashid School of Government, said the line’s real test would be the “last mile” from stations to homes in low-rise areas such as Mirdif, where many streets have no shade.
P full Sana Qureshi-Bell
O education Mohammed bin Rashid School of Government
Q scare - :: “last mile”
L city Mirdif
> “The Red Line carried 62 per cent of Metro trips last year because it runs past offices and malls. The Blue Line runs past villas. If the feeder buses are every 20 minutes, people will still drive,” she said.
Q direct Sana Qureshi-Bell :: “The Red Line carried 62 per cent of Metro trips last year because it runs past offices and malls. The Blue Line runs past villas. If the feeder buses are every 20 minutes, people will still drive,”
L facility Red Line
F percent 62 per cent
L facility Blue Line
F duration 20 minutes
> The RTA said it would add 48 feeder routes and 210 air-conditioned bus shelters before the line opens. The Dubai Metro carried 1.1 million passengers a day in 2040.
O government RTA
F number 48
F number 210
F number 1.1 million
F date 2040
'''

ARTICLES['1535-nasa-lunar-lander-engine-hot-fire-test-white-sands-new-mexico-space-com'] = r'''
> Missions
> NASA Fires Up New Lunar Lander Engine for 420 Seconds in New Mexico Desert
O government NASA
F duration 420 Seconds
L region New Mexico
> The engine its builders call 'the Whisper' hit full thrust on its longest test yet, but a valve problem cut a second run short.
Q scare - :: 'the Whisper'
> By Marisol Ortega-Finch published June 14, 2039
P full Marisol Ortega-Finch
F date June 14, 2039
> The Selene-D engine fires in a vacuum chamber at NASA's White Sands Test Facility on June 12, 2039. (Image credit: NASA/Devin Hargrove)
O government NASA
L facility White Sands Test Facility
F date June 12, 2039
O government NASA
P full Devin Hargrove
> NASA has fired the engine that will set its next crewed lander down on the moon for seven minutes straight, the longest run yet for the new motor, during a test at the White Sands Test Facility (WSTF) near Las Cruces, New Mexico.
O government NASA
F duration seven minutes
L facility White Sands Test Facility
L facility WSTF
L city Las Cruces
L region New Mexico
> The Selene-D engine, built by the Huntsville, Alabama, company Tessaract Propulsion, burned for 420 seconds on Thursday (June 12) inside a chamber that mimics the vacuum of space, reaching its full thrust of 44,500 newtons, or about 10,000 pounds. It was throttled down to 20% for the last 90 seconds, as it would be in the final descent to the lunar surface.
L city Huntsville
L region Alabama
O company Tessaract Propulsion
F duration 420 seconds
F date June 12
F quantity 44,500 newtons
F quantity 10,000 pounds
F percent 20%
F duration 90 seconds
> "Seven minutes is the whole landing, from the end of the braking burn to touchdown. We did it in one go, with margin," said project manager Keiko Aldana-Strand, who runs the engine program at NASA's Marshall Space Flight Center in Huntsville.
Q direct Keiko Aldana-Strand :: "Seven minutes is the whole landing, from the end of the braking burn to touchdown. We did it in one go, with margin,"
F duration Seven minutes
P full Keiko Aldana-Strand
O government NASA
L facility Marshall Space Flight Center
L city Huntsville
> "There were a lot of people in the control room holding their breath for the last minute. When the engine shut down cleanly, the room went very quiet and then very loud," she said.
Q direct Keiko Aldana-Strand :: "There were a lot of people in the control room holding their breath for the last minute. When the engine shut down cleanly, the room went very quiet and then very loud,"
> A second test the next day was stopped after 38 seconds when sensors picked up a pressure drop in a fuel valve. NASA spokesperson Darnell Okoye-Pratt said the shutdown was "exactly what the software is supposed to do" and that the engine was not damaged.
F duration 38 seconds
O government NASA
P full Darnell Okoye-Pratt
Q direct Darnell Okoye-Pratt :: "exactly what the software is supposed to do"
> Tessaract engineer Brandon Yazzie-Cole, 34, who grew up in Gallup, about 300 miles (480 kilometers) north of the test stand, said the team had found a cracked seal. "It's a $40 part. We'll swap it out and we'll be back on the stand in about three weeks," he told Space.com.
O company Tessaract
P full Brandon Yazzie-Cole
F age 34
L city Gallup
F quantity 300 miles
F quantity 480 kilometers
Q direct Brandon Yazzie-Cole :: "It's a $40 part. We'll swap it out and we'll be back on the stand in about three weeks,"
F money $40
F duration three weeks
O media Space.com
> The engine is the heart of a lander that NASA wants to have ready by 2043. The agency has put $2.7 billion into the program since 2036, and the engine alone is budgeted at $310 million. The lander will weigh about 14 tonnes when fueled and is meant to carry two to four astronauts from lunar orbit to the surface near the moon's south pole.
O government NASA
F date 2043
F money $2.7 billion
F date 2036
F money $310 million
F quantity 14 tonnes
F number two
F number four
> Not everyone is convinced the schedule holds. Ilse Marchetti-Vance, a propulsion researcher at Purdue University who is not involved in the project, said engines of this size usually need "hundreds of starts" before they fly with people.
P full Ilse Marchetti-Vance
O education Purdue University
Q direct Ilse Marchetti-Vance :: "hundreds of starts"
> "One seven-minute burn is a great day. It is not a qualification program," she said. "NASA will need about 60 more hot fires, and every one of them has to be boring."
Q direct Ilse Marchetti-Vance :: "One seven-minute burn is a great day. It is not a qualification program,"
F number One
F duration seven-minute
Q direct Ilse Marchetti-Vance :: "NASA will need about 60 more hot fires, and every one of them has to be boring."
O government NASA
F number 60
> WSTF, which sits on the western edge of the White Sands Missile Range about 20 miles from Las Cruces, has tested rocket engines since the 1960s. The Selene-D campaign is scheduled to run through the end of 2040, with a full-duration test at 110% thrust planned for November.
L facility WSTF
L facility White Sands Missile Range
F quantity 20 miles
L city Las Cruces
F date 1960s
F date 2040
F percent 110%
'''

ARTICLES['1536-everest-spring-permits-lhotse-face-rescue-sherpa-guide-kathmandu-post'] = r'''
> Koshi Province
L region Koshi Province
> Everest permits near record as Sherpa guide pulls climber off Lhotse Face
L geo Everest
L geo Lhotse Face
> Department of Tourism has issued 463 permits this spring, earning $6.9 million in royalty
O government Department of Tourism
F number 463
F money $6.9 million
> Pasang Dolma Rai
P full Pasang Dolma Rai
> Published at : May 6, 2040
F date May 6, 2040
> Updated at : May 6, 2040 19:05
F date May 6, 2040
F time 19:05
> Kathmandu
L city Kathmandu
> Climbers rest at Everest base camp in Solukhumbu on Saturday. Post Photo: Karsang Norbu Tamang
L geo Everest
L region Solukhumbu
O media Post
P full Karsang Norbu Tamang
> The Department of Tourism has issued 463 permits to foreign climbers for Mount Everest this spring, the second-highest number for a single season, as a Sherpa guide was praised for bringing down a stricken climber from the Lhotse Face at 7,300 metres on Thursday.
O government Department of Tourism
F number 463
L geo Mount Everest
L geo Lhotse Face
F quantity 7,300 metres
> Each permit costs $15,000 for the spring season, so the royalty collected so far has reached $6.9 million, or about Rs 924 million, according to the department. Nepali climbers pay Rs 75,000.
F money $15,000
F money $6.9 million
F money Rs 924 million
F money Rs 75,000
> “We expect the number to cross 480 by the time the permit window closes on May 15,” said Dibya Raj Kharel, director at the department’s mountaineering section. He said 41 expedition teams were now at base camp, and that a weather window was expected between May 18 and 22.
Q direct Dibya Raj Kharel :: “We expect the number to cross 480 by the time the permit window closes on May 15,”
F number 480
F date May 15
P full Dibya Raj Kharel
F number 41
F date May 18
F date 22
> Kharel said every climber must carry a tracking device and hire at least one guide. “A client without a guide is not allowed above Camp Two. We have made no exception this year,” he said.
P partial Kharel
F number one
Q direct Dibya Raj Kharel :: “A client without a guide is not allowed above Camp Two. We have made no exception this year,”
L facility Camp Two
> On Thursday morning, Ngima Tashi Sherpa, 38, was fixing ropes above the camp when he saw a climber hanging motionless on the icy slope. The climber, Tomasz Wierzbicki-Hale, 46, of Poland, had lost a crampon and was suffering from cold and exhaustion.
P full Ngima Tashi Sherpa
F age 38
P full Tomasz Wierzbicki-Hale
F age 46
L country Poland
> “His oxygen was finished and his hands were white. I gave him my own bottle and we came down slowly, step by step, for almost five hours,” Sherpa told the Post.
Q direct Ngima Tashi Sherpa :: “His oxygen was finished and his hands were white. I gave him my own bottle and we came down slowly, step by step, for almost five hours,”
F duration five hours
P partial Sherpa
O media Post
> “Some people think Everest is just ‘walking with a rope’. It is not. The mountain decides,” he said. Sherpa, who is from Thame in the Khumbu, has summited Everest 17 times.
Q direct Ngima Tashi Sherpa :: “Some people think Everest is just ‘walking with a rope’. It is not. The mountain decides,”
L geo Everest
P partial Sherpa
L city Thame
L region Khumbu
L geo Everest
F number 17
> The Polish climber was flown by helicopter from Camp Two to Lukla and then to a hospital in Kathmandu, where he is being treated for frostbite. In a message to his family shared with the Post, Wierzbicki-Hale wrote: "I owe my fingers and my life to Ngima."
L facility Camp Two
L city Lukla
L city Kathmandu
O media Post
P partial Wierzbicki-Hale
Q direct Tomasz Wierzbicki-Hale :: "I owe my fingers and my life to Ngima."
P partial Ngima
> His expedition was organised by Khangri Ice Expeditions, a Kathmandu-based company. Its owner, Phurba Dawa Lama, said the firm had 23 clients and 31 Sherpa staff on the mountain.
O company Khangri Ice Expeditions
L city Kathmandu
P full Phurba Dawa Lama
F number 23
F number 31
> “Crowding is not the problem this year. The problem is that people come with two weeks of training and think they can climb an 8,849-metre mountain,” Lama said, adding that companies were under pressure to keep prices low. A full Everest package costs between $45,000 and $70,000, he said.
Q direct Phurba Dawa Lama :: “Crowding is not the problem this year. The problem is that people come with two weeks of training and think they can climb an 8,849-metre mountain,”
F duration two weeks
F quantity 8,849-metre
P partial Lama
L geo Everest
F money $45,000
F money $70,000
> Four climbers have died on the mountain so far this season, and a fifth is missing. A tourism official, who did not want to be named, said an investigation into the deaths would take around 30 days.
F number Four
F duration 30 days
> Nepal earned about $11 million in climbing royalties from all peaks last year, nearly half of it from Everest, according to the Nepal Mountaineering Association (NMA). The NMA has long called for a “rescue fund” paid for from the royalty.
L country Nepal
F money $11 million
F fraction half
L geo Everest
O nonprofit Nepal Mountaineering Association
O nonprofit NMA
O nonprofit NMA
Q direct Nepal Mountaineering Association :: “rescue fund”
> A version of this story appears in print on May 7, 2040 of The Kathmandu Post.
F date May 7, 2040
O media The Kathmandu Post
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
