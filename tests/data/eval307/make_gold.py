#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval307 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval307/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1885-al-ghous-pearling-museum-opens-saadiyat-dct-abu-dhabi-the-national'] = r'''
> Art & Design
> Pearling museum opens on Saadiyat with a pearl ‘older than the city itself’
L geo Saadiyat
Q direct Shamsa Al Hameli :: ‘older than the city itself’
> The Al Ghous Museum of Pearling cost Dh1.3 billion and expects 450,000 visitors in its first year
O other Al Ghous Museum of Pearling
F money Dh1.3 billion
F number 450,000
> Reem Obaidli
P full Reem Obaidli
> March 16, 2042
F date March 16, 2042
> Visitors beneath a replica jalibut dhow in the main hall of the Al Ghous Museum of Pearling on Saadiyat Island. Photo: Omar Al Tamimi / The National
L facility Al Ghous Museum of Pearling
L geo Saadiyat Island
P full Omar Al Tamimi
O media The National
> A museum devoted to the pearl divers who once sustained Abu Dhabi’s economy opened on Saadiyat Island on Saturday, with a pearl about 1,400 years old at the heart of its collection.
L city Abu Dhabi
L geo Saadiyat Island
F duration 1,400 years
> The Al Ghous Museum of Pearling, built in the Saadiyat Cultural District for Dh1.3 billion, has 6,200 square metres of galleries over three floors. Abu Dhabi’s Department of Culture and Tourism (DCT) expects 450,000 visitors in the first 12 months.
L facility Al Ghous Museum of Pearling
L city Saadiyat Cultural District
F money Dh1.3 billion
F quantity 6,200 square metres
F number three
L city Abu Dhabi
O government Department of Culture and Tourism
O government DCT
F number 450,000
F duration 12 months
> The pearl, brought up by divers off Dalma Island in 2039, sits alone in a darkened room.
L geo Dalma Island
F date 2039
> “It is older than the city itself, and it was found by men who still dive the way their grandfathers did,” said Dr Shamsa Al Hameli, the museum’s director. “Before oil, before the towers, there were men who held their breath for two minutes at a time, 40 times a day, for four months of the year.
Q direct Shamsa Al Hameli :: “It is older than the city itself, and it was found by men who still dive the way their grandfathers did,”
P full Shamsa Al Hameli
Q direct Shamsa Al Hameli :: “Before oil, before the towers, there were men who held their breath for two minutes at a time, 40 times a day, for four months of the year.
F duration two minutes
F number 40
F duration four months
> “We want every child in this country to leave knowing that.”
Q direct Shamsa Al Hameli :: “We want every child in this country to leave knowing that.”
> Dr Al Hameli, 47, whose grandfather dived from Dalma in the 1950s, called the museum “not a nostalgia project” but a record of disappearing skills.
P partial Al Hameli
F age 47
L geo Dalma
F date 1950s
Q direct Shamsa Al Hameli :: “not a nostalgia project”
> The galleries follow a single season at sea, ending with the return known as the “quffal”. A sound installation plays the songs of the “nahham”, the singer who kept time for the crew.
Q scare - :: “quffal”
Q scare - :: “nahham”
> The building was designed by Khoury Shalhoub Architects, a studio based in Beirut and London, and rises from the shoreline in 11 ribbed concrete shells meant to recall an upturned hull.
O company Khoury Shalhoub Architects
L city Beirut
L city London
F number 11
> “We wanted visitors to feel they were walking inside a boat pulled up on the beach,” said Rami Khoury, the studio’s founding partner. He said the department’s brief had been short: “They told us, ‘Do not compete with the Louvre next door. Listen to the sea.’”
Q direct Rami Khoury :: “We wanted visitors to feel they were walking inside a boat pulled up on the beach,”
P full Rami Khoury
Q direct Rami Khoury :: “They told us, ‘Do not compete with the Louvre next door. Listen to the sea.’”
O other Louvre
> The galleries are kept at 21 degrees Celsius and 45 per cent humidity to protect objects such as diving weights and nose clips donated by 230 families from Abu Dhabi, Dubai and Al Dhafra.
F quantity 21 degrees Celsius
F percent 45 per cent
F number 230
L city Abu Dhabi
L city Dubai
L region Al Dhafra
> Fatima Al Nuaimi, 34, drove from Al Ain with her two sons. “My grandmother used to say her father came home from the season with nothing but salt in his hair,” she said. “Now the boys can see what she meant.”
P full Fatima Al Nuaimi
F age 34
L city Al Ain
F number two
Q direct Fatima Al Nuaimi :: “My grandmother used to say her father came home from the season with nothing but salt in his hair,”
Q direct Fatima Al Nuaimi :: “Now the boys can see what she meant.”
> DCT Abu Dhabi said in a statement that the museum would be “a living archive for every family on this coast” and that a third of its exhibits had never been shown in public.
O government DCT Abu Dhabi
Q direct Department of Culture and Tourism :: “a living archive for every family on this coast”
F fraction a third
> Tickets cost Dh63 for adults and Dh31.50 for students, and residents aged 60 and over enter free. The museum is open from 10am to 8pm, and until 10pm on Fridays.
F money Dh63
F money Dh31.50
F age 60
F time 10am
F time 8pm
F time 10pm
> It is the fourth museum in the district, after the Louvre Abu Dhabi, the Zayed National Museum and the Natural History Museum Abu Dhabi, which drew 2.1 million visitors between them in 2041.
O other Louvre Abu Dhabi
O other Zayed National Museum
O other Natural History Museum Abu Dhabi
F number 2.1 million
F date 2041
> A second phase, with a dhow-building yard, should open by December 2043, Dr Al Hameli said.
F date December 2043
P partial Al Hameli
'''

ARTICLES['1886-cps-612-million-deficit-school-cuts-ctu-little-village-chicago-sun-times'] = r'''
> Education
> CPS projects $612 million deficit, warns of cuts at dozens of schools
O government CPS
F money $612 million
> Schools CEO Renata Oyelaran says central-office layoffs and “smaller class budgets” would close the gap. The teachers union calls the plan “a lockout by spreadsheet.”
P full Renata Oyelaran
Q direct Renata Oyelaran :: “smaller class budgets”
Q direct Chicago Teachers Union :: “a lockout by spreadsheet.”
> By Marisol Quintanar-Beck
P full Marisol Quintanar-Beck
> Apr 17, 2042, 6:15pm CDT
F date Apr 17, 2042
F time 6:15pm CDT
> Parents and teachers line up to speak at a Chicago Board of Education meeting at CPS headquarters, 42 W. Madison St., on Thursday. Tyler Pasternak-Reid/Sun-Times
O government Chicago Board of Education
O government CPS
L address 42 W. Madison St.
P full Tyler Pasternak-Reid
O media Sun-Times
> Chicago Public Schools faces a $612 million deficit for the 2042-43 school year, the district’s chief executive told the Board of Education on Thursday, and as many as 40 schools could lose teaching positions.
O government Chicago Public Schools
F money $612 million
F date 2042-43
O government Board of Education
F number 40
> Oyelaran, who has led the district since January 2041, said the gap opened because enrollment has fallen 9% since 2036, state funding has not kept pace and CPS owes $211 million more to the teachers’ pension fund than it did two years ago.
P partial Oyelaran
F date January 2041
F percent 9%
F date 2036
O government CPS
F money $211 million
F duration two years
> “We are not going to balance this budget on the backs of children in classrooms,” she said. “But I will not pretend that a $612 million hole closes itself.”
Q direct Renata Oyelaran :: “We are not going to balance this budget on the backs of children in classrooms,”
Q direct Renata Oyelaran :: “But I will not pretend that a $612 million hole closes itself.”
F money $612 million
> Her plan would cut 310 central-office jobs, save $74 million by merging bus routes and impose what she called “smaller class budgets” at schools where enrollment has dropped by more than a third since 2039.
F number 310
F money $74 million
Q direct Renata Oyelaran :: “smaller class budgets”
F fraction a third
F date 2039
> The Chicago Teachers Union (CTU) said in a statement that the cuts amounted to “a lockout by spreadsheet” and that the union would not accept larger classes “in any school, in any ward.”
O nonprofit Chicago Teachers Union
O nonprofit CTU
Q direct Chicago Teachers Union :: “a lockout by spreadsheet”
Q direct Chicago Teachers Union :: “in any school, in any ward.”
> Ald. Gloria Maldonado-Reyes (22nd), whose ward includes Little Village and part of Archer Heights, said three schools there — Curie Metropolitan High School, Nightingale Elementary and Hammond Elementary — are on the district’s list.
P full Gloria Maldonado-Reyes
L city Little Village
L city Archer Heights
F number three
O education Curie Metropolitan High School
O education Nightingale Elementary
O education Hammond Elementary
> “Curie already lost two counselors last year. You cannot ask the same kids to give again,” Maldonado-Reyes said. She wants the City Council’s Committee on Education and Child Development to hold a hearing before the board votes.
Q direct Gloria Maldonado-Reyes :: “Curie already lost two counselors last year. You cannot ask the same kids to give again,”
O education Curie
F number two
P partial Maldonado-Reyes
O government City Council
O government Committee on Education and Child Development
> The district also expects the state to send $138 million less than it asked for. Oyelaran said she had urged lawmakers in Springfield to “keep the promise they made in 2039,” when the state last rewrote its school-funding formula.
F money $138 million
P partial Oyelaran
L city Springfield
Q direct Renata Oyelaran :: “keep the promise they made in 2039,”
F date 2039
> One board member, who asked not to be named because the board has not seen the full proposal, said at least four of the 21 members were “not ready to vote for layoffs in an election year.”
F number four
F number 21
Q direct - :: “not ready to vote for layoffs in an election year.”
> For Keisha Dunmore, 38, whose daughters are in third and fifth grade at Nightingale, the numbers are personal. Her younger daughter’s class already has 31 students.
P full Keisha Dunmore
F age 38
O education Nightingale
F number 31
> “The principal told us in March, ‘We’re doing more with less,’” Dunmore said. “What she meant was, we’re doing less with less. Now they want to cut again?”
Q direct Keisha Dunmore :: “The principal told us in March, ‘We’re doing more with less,’”
P partial Dunmore
Q direct Keisha Dunmore :: “What she meant was, we’re doing less with less. Now they want to cut again?”
> The board is scheduled to vote on the budget June 24 at 10:30 a.m. Budget watchers have warned of a so-called “fiscal cliff” in 2044, when the last of the district’s short-term borrowing comes due.
F date June 24
F time 10:30 a.m.
Q scare - :: “fiscal cliff”
F date 2044
'''

ARTICLES['1887-great-barrier-reef-bleaching-townsville-whitsundays-aims-csiro-sbs-news'] = r'''
> Environment
> Bleaching hits 58 per cent of reefs between Townsville and the Whitsundays, surveys find
F percent 58 per cent
L city Townsville
L geo Whitsundays
> In-water surveys by the Australian Institute of Marine Science found bleaching across the central Great Barrier Reef, and CSIRO says the heat could last into April.
O government Australian Institute of Marine Science
L geo Great Barrier Reef
O government CSIRO
> Published 9 March 2043 6:05am
F date 9 March 2043
F time 6:05am
> By Tessa Rawlinson-Nguyen
P full Tessa Rawlinson-Nguyen
> Source: SBS News
O media SBS News
> Bleached staghorn coral at John Brewer Reef, off Townsville, in late February. Source: AAP / Lachlan Mirzaei
L geo John Brewer Reef
L city Townsville
O media AAP
P full Lachlan Mirzaei
> More than half of the reefs surveyed in the central Great Barrier Reef are bleaching, with sea temperatures off Townsville reaching 30.9 degrees Celsius last week, according to the Australian Institute of Marine Science (AIMS).
F fraction half
L geo Great Barrier Reef
L city Townsville
F quantity 30.9 degrees Celsius
O government Australian Institute of Marine Science
O government AIMS
> AIMS divers checked 86 reefs between Cardwell and the Whitsundays from 14 February to 3 March and found bleached coral on 50 of them, or 58 per cent. On 19 reefs, more than 60 per cent of the coral cover had turned white.
O government AIMS
F number 86
L city Cardwell
L geo Whitsundays
F date 14 February
F date 3 March
F number 50
F percent 58 per cent
F number 19
F percent 60 per cent
> "We are seeing corals that were still recovering from 2041 bleach again, and that is what worries me most," said Dr Mereana Kopu-Hollis, a senior research scientist at AIMS who led the surveys.
Q direct Mereana Kopu-Hollis :: "We are seeing corals that were still recovering from 2041 bleach again, and that is what worries me most,"
F date 2041
P full Mereana Kopu-Hollis
O government AIMS
> "Some of the reefs off Bowen had only just got back to 30 per cent cover. A reef can come back from one event in 10 years. It cannot come back from three events in six years.
Q direct Mereana Kopu-Hollis :: "Some of the reefs off Bowen had only just got back to 30 per cent cover. A reef can come back from one event in 10 years. It cannot come back from three events in six years.
L city Bowen
F percent 30 per cent
F number one
F duration 10 years
F number three
F duration six years
> "If the water cools in the next two weeks, most of these corals will survive. If it doesn't, we will be counting dead reefs in May."
Q direct Mereana Kopu-Hollis :: "If the water cools in the next two weeks, most of these corals will survive. If it doesn't, we will be counting dead reefs in May."
F duration two weeks
> In a statement on Friday, CSIRO put the chance of the heat stress easing before April at less than one in four, and said water along the Queensland coast had been "1.5 to 2 degrees above the summer average for most of February."
O government CSIRO
F number one
F number four
L region Queensland
Q direct CSIRO :: "1.5 to 2 degrees above the summer average for most of February."
F quantity 1.5
F quantity 2 degrees
> Associate Professor Hamish Talataina-Boyd, a coral ecologist at James Cook University in Townsville who was not involved in the surveys, said the pattern matched what he had seen on Magnetic Island's fringing reefs.
P full Hamish Talataina-Boyd
O education James Cook University
L city Townsville
L geo Magnetic Island
> "Geoffrey Bay used to be the reef we showed students as the healthy one. This week a student asked me, 'Is it meant to look like snow?' I didn't have a good answer," he said.
Q direct Hamish Talataina-Boyd :: "Geoffrey Bay used to be the reef we showed students as the healthy one. This week a student asked me, 'Is it meant to look like snow?' I didn't have a good answer,"
L geo Geoffrey Bay
> The reef in the island's Nelly Bay, nicknamed "the Nursery" by local divers because juvenile fish shelter there, was among the worst hit, he said.
L geo Nelly Bay
Q scare - :: "the Nursery"
> In Airlie Beach, operators say bookings for reef trips are down 22 per cent on last March. Jodie Faleolo-Marsh, who runs a 40-seat dive boat to Hardy Reef, said she had begun taking guests to deeper sites where the coral is still coloured.
L city Airlie Beach
F percent 22 per cent
P full Jodie Faleolo-Marsh
F number 40
L geo Hardy Reef
> "People still come up smiling. But I tell them the truth, that this is a bad year, and most of them want to hear it," she said.
Q direct Jodie Faleolo-Marsh :: "People still come up smiling. But I tell them the truth, that this is a bad year, and most of them want to hear it,"
> A spokesperson for the federal environment minister said the government had committed $1.2 billion to the reef to 2044 and would "continue to be guided by the science."
F money $1.2 billion
F date 2044
Q direct - :: "continue to be guided by the science."
> The Great Barrier Reef Marine Park Authority said in a statement it would publish its aerial survey of the whole 2,300-kilometre reef on 27 March.
O government Great Barrier Reef Marine Park Authority
F quantity 2,300-kilometre
F date 27 March
'''

ARTICLES['1888-brantwood-hostile-bid-wabigoon-metals-osc-dryden-financial-post'] = r'''
> Mining
> Brantwood Launches C$2.4-Billion Hostile Bid for Wabigoon Metals
O company Brantwood
F money C$2.4-Billion
O company Wabigoon Metals
> Vancouver miner offers 38 per cent premium for Ontario copper-gold developer; target calls it ‘opportunistic’
L city Vancouver
F percent 38 per cent
L region Ontario
Q direct Évelyne Charbonneau-Kitt :: ‘opportunistic’
> Author of the article:
> Gabriel Thériault-Mensah
P full Gabriel Thériault-Mensah
> Published Mar 04, 2042 • Last updated 2 hours ago • 4 minute read
F date Mar 04, 2042
F duration 2 hours
F duration 4 minute
> Drill core at Wabigoon Metals’ Sturgeon Narrows project near Dryden, Ont. Photo by Dana Kovač/National Post
O company Wabigoon Metals
L facility Sturgeon Narrows
L city Dryden
L region Ont.
P full Dana Kovač
O media National Post
> Brantwood Resources Corp. launched a hostile C$2.4 billion bid for Wabigoon Metals Inc. on Tuesday, going directly to shareholders of the Toronto-based copper and gold developer after its board rejected three private approaches.
O company Brantwood Resources Corp.
F money C$2.4 billion
O company Wabigoon Metals Inc.
L city Toronto
F number three
> The Vancouver-based miner is offering C$5.25 in cash and 0.31 of a Brantwood share for each Wabigoon share, worth C$14.20 a share at Monday’s close on the Toronto Stock Exchange. That is a 38 per cent premium to Wabigoon’s 20-day volume-weighted average price.
L city Vancouver
F money C$5.25
F number 0.31
O company Brantwood
O company Wabigoon
F money C$14.20
O company Toronto Stock Exchange
F percent 38 per cent
O company Wabigoon
F duration 20-day
> Wabigoon (TSX: WBG) shares jumped 31 per cent to C$13.47 by mid-afternoon, a sign investors expect a higher offer. Brantwood (TSX: BWR; NYSE: BWRC) fell 4.2 per cent.
O company Wabigoon
O company TSX
F percent 31 per cent
F money C$13.47
O company Brantwood
O company TSX
O company NYSE
F percent 4.2 per cent
> “We made three offers in private and were told each time that the timing was wrong,” Brantwood chief executive Callum Ashgrove-Pierce said on a call with analysts. “The timing is not going to get better for Wabigoon shareholders. Copper is at US$5.10 a pound and their project needs C$1.1 billion they don’t have.”
Q direct Callum Ashgrove-Pierce :: “We made three offers in private and were told each time that the timing was wrong,”
F number three
O company Brantwood
P full Callum Ashgrove-Pierce
Q direct Callum Ashgrove-Pierce :: “The timing is not going to get better for Wabigoon shareholders. Copper is at US$5.10 a pound and their project needs C$1.1 billion they don’t have.”
O company Wabigoon
F money US$5.10
F money C$1.1 billion
> Wabigoon’s Sturgeon Narrows project, 40 kilometres east of Dryden in northwestern Ontario, holds an estimated 1.9 billion pounds of copper and 2.6 million ounces of gold. The company had planned a construction decision later in 2042 and first production in 2044.
O company Wabigoon
L facility Sturgeon Narrows
F quantity 40 kilometres
L city Dryden
L region Ontario
F quantity 1.9 billion pounds
F quantity 2.6 million ounces
F date 2042
F date 2044
> In a statement, Wabigoon’s board urged shareholders “not to tender a single share” and said it had adopted a shareholder rights plan. Chief executive Évelyne Charbonneau-Kitt called the offer “opportunistic” and said it “gives away 12 years of drilling at the bottom of the cycle.”
O company Wabigoon
Q direct Wabigoon Metals Inc. :: “not to tender a single share”
P full Évelyne Charbonneau-Kitt
Q direct Évelyne Charbonneau-Kitt :: “opportunistic”
Q direct Évelyne Charbonneau-Kitt :: “gives away 12 years of drilling at the bottom of the cycle.”
F duration 12 years
> Brantwood has asked the Ontario Securities Commission (OSC) to cease-trade the rights plan so that its bid, which must stay open for at least 105 days under Canadian takeover rules, can run its course. An OSC spokesperson said a hearing had been set for April 8 but declined to comment further.
O company Brantwood
O government Ontario Securities Commission
O government OSC
F duration 105 days
O government OSC
F date April 8
> Laurent Okoye-Bastien, a mining analyst at Lakeshore Capital Markets, said the offer “starts the conversation, it doesn’t end it.” He put Wabigoon’s net asset value at C$16.80 a share and said a rival bid from a larger producer was “more likely than not.”
P full Laurent Okoye-Bastien
O company Lakeshore Capital Markets
Q direct Laurent Okoye-Bastien :: “starts the conversation, it doesn’t end it.”
O company Wabigoon
F money C$16.80
Q direct Laurent Okoye-Bastien :: “more likely than not.”
> A newly formed shareholder group, the Wabigoon Value Committee, which speaks for holders of 11.4 per cent of the shares and is led by Toronto’s Georgian Bay Asset Management, said it would not tender below C$17. “We like Brantwood’s interest. We don’t like its price,” the committee wrote in a letter to the board signed by its 14 members.
O nonprofit Wabigoon Value Committee
F percent 11.4 per cent
L city Toronto
O company Georgian Bay Asset Management
F money C$17
Q direct Wabigoon Value Committee :: “We like Brantwood’s interest. We don’t like its price,”
O company Brantwood
F number 14
> Brantwood, which produces about 310,000 ounces of gold a year from mines in British Columbia and Nevada, said the combined company would keep an office in Dryden. Ashgrove-Pierce said it could fund Sturgeon Narrows from cash flow and a US$600-million credit line.
O company Brantwood
F quantity 310,000 ounces
L region British Columbia
L region Nevada
L city Dryden
P partial Ashgrove-Pierce
L facility Sturgeon Narrows
F money US$600-million
> The offer expires at 5 p.m. Toronto time on June 17.
F time 5 p.m.
L city Toronto
F date June 17
'''

ARTICLES['1889-la-galaxy-seattle-sounders-2-1-ferrabosco-dignity-health-sports-park-mls'] = r'''
> Match Recap
> Ferrabosco's late winner lifts LA Galaxy past Seattle Sounders, 2-1
P partial Ferrabosco
O team LA Galaxy
O team Seattle Sounders
F score 2-1
> The Argentine forward struck in the 78th minute as the Galaxy stretched their unbeaten run at Dignity Health Sports Park to six matches
O team Galaxy
L facility Dignity Health Sports Park
F number six
> By Devin Marquardt-Osei
P full Devin Marquardt-Osei
> Apr 12, 2042
F date Apr 12, 2042
> LA Galaxy forward Joaquín Ferrabosco celebrates his winning goal against the Seattle Sounders on Saturday. Credit: Rosalind Achterberg/ISI Photos
O team LA Galaxy
P full Joaquín Ferrabosco
O team Seattle Sounders
P full Rosalind Achterberg
O media ISI Photos
> Joaquín Ferrabosco has made a habit of deciding games late, and on Saturday night the LA Galaxy forward did it again.
P full Joaquín Ferrabosco
O team LA Galaxy
> Ferrabosco met a low cross from Kwabena Asante-Mills in the 78th minute and finished at the near post, giving the Galaxy a 2-1 win over the Seattle Sounders in front of 24,117 fans in Carson, California.
P partial Ferrabosco
P full Kwabena Asante-Mills
O team Galaxy
F score 2-1
O team Seattle Sounders
F number 24,117
L city Carson
L region California
> The result lifts LA (5-2-1) to 16 points, level with Vancouver at the top of the Western Conference. Seattle (3-3-2) has lost two of their last three road games.
O team LA
F score 5-2-1
F number 16
O team Vancouver
O other Western Conference
O team Seattle
F score 3-3-2
F number two
F number three
> Asante-Mills had opened the scoring in the 23rd minute, curling a free kick over the wall from 25 yards. The Sounders answered after the break when Elias Vanterpool headed in a Tobias Lindgren-Achebe corner, his fourth goal in five games.
P partial Asante-Mills
F quantity 25 yards
O team Sounders
P full Elias Vanterpool
P full Tobias Lindgren-Achebe
F number five
> "We talked at halftime about staying patient, and then we conceded from a set piece 16 minutes later," Galaxy head coach Tomás Ibarrola said. "That's on me. But the reaction after that — that's this group. They don't panic anymore."
Q direct Tomás Ibarrola :: "We talked at halftime about staying patient, and then we conceded from a set piece 16 minutes later,"
F duration 16 minutes
O team Galaxy
P full Tomás Ibarrola
Q direct Tomás Ibarrola :: "That's on me. But the reaction after that — that's this group. They don't panic anymore."
> Ibarrola said Ferrabosco had played through a hamstring knock all week and would be assessed again on Monday before the trip to Minnesota.
P partial Ibarrola
P partial Ferrabosco
L region Minnesota
> Ferrabosco, 29, who joined from Argentina's Club Atlético Lanús in January 2041 for a reported $4.8 million, now has six goals this season, four of them after the 75th minute. Teammates call him "El Flaco."
P partial Ferrabosco
F age 29
L country Argentina
O team Club Atlético Lanús
F date January 2041
F money $4.8 million
F number six
F number four
Q scare - :: "El Flaco."
> "Kwabena put it exactly where I asked for it. I just had to be there," Ferrabosco said. "At home, with these fans, the last 15 minutes belong to us."
Q direct Joaquín Ferrabosco :: "Kwabena put it exactly where I asked for it. I just had to be there,"
P partial Kwabena
P partial Ferrabosco
Q direct Joaquín Ferrabosco :: "At home, with these fans, the last 15 minutes belong to us."
F duration 15 minutes
> Seattle finished with 10 men after defender Marcus Delacroix-Pratt was shown a second yellow card in the 84th minute for a late challenge on Ferrabosco.
O team Seattle
F number 10
P full Marcus Delacroix-Pratt
P partial Ferrabosco
> Sounders coach Brennan Ashdown said his side had "switched off for a moment" on the winning goal and called the second yellow "soft."
O team Sounders
P full Brennan Ashdown
Q direct Brennan Ashdown :: "switched off for a moment"
Q direct Brennan Ashdown :: "soft."
> "I thought we were the better team for 20 minutes after we equalized," Ashdown said. "We had 58% of the ball and nothing to show for it. We'll look at the film, but I'm not going to hang this on one player."
Q direct Brennan Ashdown :: "I thought we were the better team for 20 minutes after we equalized,"
F duration 20 minutes
P partial Ashdown
Q direct Brennan Ashdown :: "We had 58% of the ball and nothing to show for it. We'll look at the film, but I'm not going to hang this on one player."
F percent 58%
F number one
> The Galaxy had 14 shots to Seattle's nine, and goalkeeper Nico Castañeda-Voss made four saves, the last a fingertip stop on a Vanterpool header in stoppage time. LA has taken 13 of a possible 15 points at home this season.
O team Galaxy
F number 14
O team Seattle
F number nine
P full Nico Castañeda-Voss
F number four
P partial Vanterpool
O team LA
F number 13
F number 15
> LA visits Minnesota United on April 19, while Seattle hosts Real Salt Lake at Lumen Field the same day.
O team LA
O team Minnesota United
F date April 19
O team Seattle
O team Real Salt Lake
L facility Lumen Field
> Goals
> LA: Kwabena Asante-Mills 23', Joaquín Ferrabosco 78'
O team LA
P full Kwabena Asante-Mills
P full Joaquín Ferrabosco
> SEA: Elias Vanterpool 61'
O team SEA
P full Elias Vanterpool
> Attendance: 24,117
F number 24,117
'''

ARTICLES['1890-hatay-earthquake-housing-handover-antakya-afad-toki-daily-sabah'] = r'''
> Türkiye
L country Türkiye
> Hatay Residents Get Keys to 21,600 New Homes 16 Months After Quake
L region Hatay
F number 21,600
F duration 16 Months
> Families in Antakya and Defne move into rebuilt housing as AFAD says the last container cities will close by summer
L city Antakya
L city Defne
O government AFAD
> DAILY SABAH
O media DAILY SABAH
> HATAY
L region HATAY
> Feb 18, 2042 - 2:35 pm GMT+3
F date Feb 18, 2042
F time 2:35 pm GMT+3
> Residents walk between new apartment blocks in Antakya's Odabaşı neighborhood, Hatay, southern Türkiye, Feb. 17, 2042. (İHA Photo)
L city Antakya
L city Odabaşı
L region Hatay
L country Türkiye
F date Feb. 17, 2042
O media İHA
> Thousands of families in the southern province of Hatay received the keys to new homes on Tuesday, 16 months after a magnitude 6.7 earthquake destroyed much of the old city center of Antakya.
L region Hatay
F duration 16 months
F quantity magnitude 6.7
L city Antakya
> At a ceremony in Defne, Environment, Urbanization and Climate Change Minister Murat Kılıçarslan handed over 21,600 housing units built by the state housing agency TOKİ and private contractors, bringing the total completed in the province to 48,300.
L city Defne
P full Murat Kılıçarslan
F number 21,600
O government TOKİ
F number 48,300
> "We promised that no one would spend a third winter in a container. Today we are keeping that promise," Kılıçarslan said. He said the ministry had spent 64.2 billion Turkish liras ($1.42 billion) in Hatay since the quake, and that the remaining 9,700 units would be finished "before the end of the year."
Q direct Murat Kılıçarslan :: "We promised that no one would spend a third winter in a container. Today we are keeping that promise,"
P partial Kılıçarslan
F money 64.2 billion Turkish liras
F money $1.42 billion
L region Hatay
F number 9,700
Q direct Murat Kılıçarslan :: "before the end of the year."
> The new apartments measure between 85 and 120 square meters, and the blocks are limited to four stories. Engineers fitted base isolators under the new hospital and school buildings, according to the ministry.
F quantity 85
F quantity 120 square meters
F number four
> The Disaster and Emergency Management Authority (AFAD) said 6,420 people were still living in container cities in Hatay, down from 212,000 in the weeks after the earthquake. In a statement, AFAD said the last sites in Kırıkhan and Samandağ would be "closed and cleared by the end of June."
O government Disaster and Emergency Management Authority
O government AFAD
F number 6,420
L region Hatay
F number 212,000
O government AFAD
L city Kırıkhan
L city Samandağ
Q direct Disaster and Emergency Management Authority :: "closed and cleared by the end of June."
> Ayşe Çağlayan, 63, moved with her husband into a third-floor flat in Odabaşı after 15 months in a container in İskenderun. Her old building on Kurtuluş Street collapsed in the earthquake.
P full Ayşe Çağlayan
F age 63
L city Odabaşı
F duration 15 months
L city İskenderun
L street Kurtuluş Street
> "The first night I could not sleep. I kept listening to the walls," she said. "My grandson told me, 'Grandma, this one is made for earthquakes.' I want to believe him.
Q direct Ayşe Çağlayan :: "The first night I could not sleep. I kept listening to the walls,"
Q direct Ayşe Çağlayan :: "My grandson told me, 'Grandma, this one is made for earthquakes.' I want to believe him.
> "But I have my own door again, my own kitchen. After 15 months, that is enough for now."
Q direct Ayşe Çağlayan :: "But I have my own door again, my own kitchen. After 15 months, that is enough for now."
F duration 15 months
> Gökhan Yağcıoğlu, site manager for the Antakya-based contractor Asi Yapı, which built 1,850 of the units, said crews had worked two shifts of 11 hours through the winter to meet the deadline. Rebar shortages pushed costs up 18% last spring, he said.
P full Gökhan Yağcıoğlu
L city Antakya
O company Asi Yapı
F number 1,850
F number two
F duration 11 hours
F percent 18%
> "We poured concrete in the rain and at minus 4 degrees," Yağcıoğlu said. "Every block was inspected three times, and AFAD engineers signed off on each one."
Q direct Gökhan Yağcıoğlu :: "We poured concrete in the rain and at minus 4 degrees,"
F quantity minus 4 degrees
P partial Yağcıoğlu
Q direct Gökhan Yağcıoğlu :: "Every block was inspected three times, and AFAD engineers signed off on each one."
F number three
O government AFAD
> Residents pay nothing for the first two years and then 3,150 liras a month over 20 years, the ministry said. Families whose buildings were demolished can also apply for a grant of up to $9,000 to furnish the new flats.
F duration two years
F money 3,150 liras
F duration 20 years
F money $9,000
> Opposition lawmakers from Hatay have criticized the pace of work in the historic center, where only a fraction of the old stone houses have been restored. The ministry says 420 buildings in the old town near the Habib-i Neccar Mosque will be rebuilt by 2044.
L region Hatay
F number 420
L facility Habib-i Neccar Mosque
F date 2044
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
