#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval244 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval244/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1507-demak-sinking-villages-relocation-sayung-timbulsloko-mranggen-jakarta-post'] = r'''
> Archipelago
> Sinking Demak Villages Begin Move Inland as Rp 4.6 Trillion Relocation Starts
L region Demak
F money Rp 4.6 Trillion
> Families from four coastal villages in Sayung district are moving 9 kilometers inland, but businesses in Semarang say the plan has come too late.
F number four
L region Sayung
F quantity 9 kilometers
L city Semarang
> Dewi Anggraini Kusuma (The Jakarta Post)
P full Dewi Anggraini Kusuma
O media The Jakarta Post
> Demak, Central Java ● Tue, September 17, 2041
L city Demak
L region Central Java
F date September 17, 2041
> Residents of Timbulsloko village load a truck on Monday, Sept. 16, 2041, before leaving for the Mranggen resettlement site in Demak regency, Central Java. (JP/Agus Setiawan Nugroho)
L city Timbulsloko
F date Sept. 16, 2041
L facility Mranggen
L region Demak
L region Central Java
O media JP
P full Agus Setiawan Nugroho
> The first 312 families from the sinking coastal villages of Timbulsloko, Bedono, Surodadi and Sriwulan in Demak regency’s Sayung district began moving inland on Monday, the start of a Rp 4.6 trillion (US$280 million) relocation program meant to resettle some 2,900 households by 2044.
F number 312
L city Timbulsloko
L city Bedono
L city Surodadi
L city Sriwulan
L region Demak
L region Sayung
F money Rp 4.6 trillion
F money US$280 million
F number 2,900
F date 2044
> Land subsidence of up to 10 centimeters a year and tidal flooding from the Java Sea have swallowed more than 1,100 hectares of farmland and fish ponds since the 1990s, according to the Central Java Disaster Mitigation Agency (BPBD).
F quantity 10 centimeters
L geo Java Sea
F quantity 1,100 hectares
F date 1990s
O government Central Java Disaster Mitigation Agency
O government BPBD
> “We are not moving people because we want to, but because the sea has decided,” BPBD head Sri Wahyuningsih Pratiwi said as the first trucks left Timbulsloko. “Every year we wait, it costs more and there is less left to save.
Q direct Sri Wahyuningsih Pratiwi :: “We are not moving people because we want to, but because the sea has decided,”
Q direct Sri Wahyuningsih Pratiwi :: “Every year we wait, it costs more and there is less left to save.
O government BPBD
P full Sri Wahyuningsih Pratiwi
L city Timbulsloko
> “The new site in Mranggen is 14 meters above sea level.”
Q direct Sri Wahyuningsih Pratiwi :: “The new site in Mranggen is 14 meters above sea level.”
L region Mranggen
F quantity 14 meters
> The move is paid for by the Public Works and Public Housing Ministry, the Central Java administration and a Rp 1.2 trillion loan from the Asian Development Bank (ADB). Each family receives a 120-square-meter plot, a two-bedroom house and Rp 3 million a month for six months, Sri said. The ministry said in a statement that the site would be “ready for all families by June 2042”.
O government Public Works and Public Housing Ministry
L region Central Java
F money Rp 1.2 trillion
O intergovernmental Asian Development Bank
O intergovernmental ADB
F quantity 120-square-meter
F number two
F money Rp 3 million
F duration six months
P partial Sri
Q direct Public Works and Public Housing Ministry :: “ready for all families by June 2042”
F date June 2042
> Muhammad Rosyid, 47, a village secretary and civil servant in Bedono who has raised his floor three times since 2019, will stay until the school year ends.
P full Muhammad Rosyid
F age 47
L city Bedono
F number three
F date 2019
> “The floor is now lower than the road. My wife calls it ‘the aquarium’,” he said. “But the school in Mranggen is 40 minutes away by motorbike and there is no bus yet.”
Q direct Muhammad Rosyid :: “The floor is now lower than the road. My wife calls it ‘the aquarium’,”
Q direct Muhammad Rosyid :: “But the school in Mranggen is 40 minutes away by motorbike and there is no bus yet.”
L region Mranggen
F duration 40 minutes
> Economist Lestari Wulandari Hasibuan of Diponegoro University (Undip) in Semarang estimates that flooding costs Central Java about Rp 2.7 trillion a year in lost output, nearly a third of it in Demak and Semarang.
P full Lestari Wulandari Hasibuan
O education Diponegoro University
O education Undip
L city Semarang
L region Central Java
F money Rp 2.7 trillion
F fraction a third
L region Demak
L city Semarang
> “Moving people is cheaper than pumping water out of their kitchens forever,” she said, adding that the Semarang-Demak toll road, whose 27-kilometer embankment doubles as a sea wall, would protect factories but “not the villages on the wrong side”.
Q direct Lestari Wulandari Hasibuan :: “Moving people is cheaper than pumping water out of their kitchens forever,”
Q direct Lestari Wulandari Hasibuan :: “not the villages on the wrong side”
L city Semarang
L region Demak
F quantity 27-kilometer
> In Semarang’s Kaligawe area, where the main road floods up to 150 days a year, furniture exporter Handoko Setiabudi, 58, said his factory had lost 25 percent of its working days in 2040.
L city Semarang
L city Kaligawe
F duration 150 days
P full Handoko Setiabudi
F age 58
F percent 25 percent
F date 2040
> “My workers live in Sayung. When their houses flood, my factory stops,” said Handoko, who employs 230 people. “If this move works, I will hire from the new town. If not, I may move too, maybe to Batang.”
Q direct Handoko Setiabudi :: “My workers live in Sayung. When their houses flood, my factory stops,”
Q direct Handoko Setiabudi :: “If this move works, I will hire from the new town. If not, I may move too, maybe to Batang.”
L region Sayung
P partial Handoko
F number 230
L region Batang
> An official at the ministry, who declined to be named, said a second phase for another 1,500 households in Sayung and on the Pekalongan coast was being studied, but money for 2042-43 had “not yet been secured”.
F number 1,500
L region Sayung
L region Pekalongan
F date 2042-43
Q direct - :: “not yet been secured”
> About half of Timbulsloko’s fishermen will keep their boats in what they call the “ghost village”. By 6 p.m. on Monday, 41 of its first 312 houses stood empty.
F fraction half
L city Timbulsloko
Q scare - :: “ghost village”
F time 6 p.m.
F number 41
F number 312
'''

ARTICLES['1508-luderitz-green-hydrogen-financial-close-angra-point-the-namibian'] = r'''
> National
> Lüderitz hydrogen project reaches N$187 billion financial close
L city Lüderitz
F money N$187 billion
> Construction of 3 gigawatts of wind and solar power to begin in November; developer promises 3 000 jobs
F quantity 3 gigawatts
F number 3 000
> Ndapewa Shikongo-Haufiku
P full Ndapewa Shikongo-Haufiku
> 2041-06-12
F date 2041-06-12
> WINDSWEPT … A test mast beside the B4 east of Lüderitz. Photo: ELAGO NGHIPANDULWA
L street B4
L city Lüderitz
P full ELAGO NGHIPANDULWA
> THE company developing Namibia's biggest green hydrogen plant near Lüderitz says it has signed loan and equity agreements worth N$187 billion (€9,4 billion), clearing the way for construction to start in November.
L country Namibia
L city Lüderitz
F money N$187 billion
F money €9,4 billion
> Atlantic Dunes Hydrogen (ADH) will build 3 gigawatts (GW) of wind and solar power and a 2 GW electrolyser plant on 40 000 hectares east of the town, and expects to produce 350 000 tonnes of green hydrogen a year from 2044, most of it turned into ammonia for export through a new jetty at Angra Point.
O company Atlantic Dunes Hydrogen
O company ADH
F quantity 3 gigawatts
F quantity 2 GW
F quantity 40 000 hectares
F quantity 350 000 tonnes
F date 2044
L geo Angra Point
> ADH chief executive Gerhard Kaulinge said the deal, signed in Windhoek at 10h00 on Tuesday with 11 lenders led by the European Investment Bank and the Development Bank of Namibia, was "the moment this stops being a brochure and becomes a building site".
O company ADH
P full Gerhard Kaulinge
L city Windhoek
F time 10h00
F number 11
O intergovernmental European Investment Bank
O company Development Bank of Namibia
Q direct Gerhard Kaulinge :: "the moment this stops being a brochure and becomes a building site"
> "People have been talking about hydrogen in Lüderitz for 20 years. Today the money is in the bank," Kaulinge (52) told The Namibian. "Our first 1 200 workers will be on site before Christmas, and at the peak we will need 3 000 people."
Q direct Gerhard Kaulinge :: "People have been talking about hydrogen in Lüderitz for 20 years. Today the money is in the bank,"
Q direct Gerhard Kaulinge :: "Our first 1 200 workers will be on site before Christmas, and at the peak we will need 3 000 people."
L city Lüderitz
F duration 20 years
P partial Kaulinge
F age 52
O media The Namibian
F number 1 200
F number 3 000
> Mines and energy ministry spokesperson Johanna Nekwaya said the Government would hold a 24% stake through the state-owned Ondjira Energy Holdings and receive a royalty of 3% of revenue once output passes 100 000 tonnes a year.
P full Johanna Nekwaya
O government Government
F percent 24%
O company Ondjira Energy Holdings
F percent 3%
F quantity 100 000 tonnes
> "The minister is satisfied that Namibians will own a real share of this project, not a promise on paper," Nekwaya said, reading from a statement.
Q direct Johanna Nekwaya :: "The minister is satisfied that Namibians will own a real share of this project, not a promise on paper,"
P partial Nekwaya
> Lüderitz mayor Magdalena Izaaks said the town of about 16 000 people was not ready for a workforce that could double its size within two years. Rents in the town centre, she said, had risen by 40% since January. "We need 2 500 houses, a second clinic and water. Where is the water coming from?" she asked.
L city Lüderitz
P full Magdalena Izaaks
F number 16 000
F duration two years
F percent 40%
Q direct Magdalena Izaaks :: "We need 2 500 houses, a second clinic and water. Where is the water coming from?"
F number 2 500
> Community activist Petrus Kahuure of the Lüderitz Residents' Forum said families in Nautilus and Benguela had been "consulted, but not listened to". "The company says 3 000 jobs. But how many of those are for people from here, and how many for people who fly in on Monday and fly out on Friday?
P full Petrus Kahuure
O nonprofit Lüderitz Residents' Forum
L city Nautilus
L city Benguela
Q direct Petrus Kahuure :: "consulted, but not listened to"
Q direct Petrus Kahuure :: "The company says 3 000 jobs. But how many of those are for people from here, and how many for people who fly in on Monday and fly out on Friday?
F number 3 000
> "We want it in writing: a local hiring quota of at least 60%, and a fund for the town of N$50 million a year."
Q direct Petrus Kahuure :: "We want it in writing: a local hiring quota of at least 60%, and a fund for the town of N$50 million a year."
F percent 60%
F money N$50 million
> In a written response, ADH said 70% of construction jobs would go to Namibians and that a community trust would receive "not less than N$35 million a year" once exports begin. The Lüderitz Town Council has asked Windhoek for N$1,1 billion for roads, housing and a desalination plant.
O company ADH
F percent 70%
Q direct Atlantic Dunes Hydrogen :: "not less than N$35 million a year"
F money N$35 million
O government Lüderitz Town Council
L city Windhoek
F money N$1,1 billion
> A senior official at Namport, who asked not to be named, said dredging for the ammonia jetty at Angra Point would take 18 months and cost N$4,6 billion. "The harbour was built for fishing boats and diamonds. This is a different league," the official said.
O company Namport
L geo Angra Point
F duration 18 months
F money N$4,6 billion
Q direct - :: "The harbour was built for fishing boats and diamonds. This is a different league,"
> Residents have nicknamed the plant "the kettle". The first ammonia cargo is expected in the second half of 2044, and ADH plans to load one ship every 10 days once the plant reaches full output, about three years after start-up.
Q scare - :: "the kettle"
F date 2044
O company ADH
F number one
F duration 10 days
F duration three years
'''

ARTICLES['1509-prince-william-data-center-corridor-manassas-battlefield-route-234-washington-post'] = r'''
> Local
> Prince William board approves data-center corridor beside Manassas battlefield
L region Prince William
L facility Manassas
> The 5-3 vote clears the way for up to 27 million square feet of server buildings on 2,300 acres along Route 234, over the objections of preservationists
F number 5-3
F quantity 27 million square feet
F quantity 2,300 acres
L street Route 234
> By Caroline Abernathy-Reyes
P full Caroline Abernathy-Reyes
> March 5, 2042 at 11:58 a.m. EST
F date March 5, 2042
F time 11:58 a.m. EST
> Residents line up to speak at the Prince William County Board of County Supervisors hearing in Woodbridge on Tuesday night. (Marcus Delacroix-Hunt/The Washington Post)
O government Prince William County Board of County Supervisors
L city Woodbridge
P full Marcus Delacroix-Hunt
O media The Washington Post
> MANASSAS, Va. — After a 14-hour hearing that ended just before 3 a.m. Wednesday, the Prince William County Board of County Supervisors voted 5-3 to rezone 2,300 acres of farmland and woods next to Manassas National Battlefield Park for data centers, the largest such approval in Virginia’s history.
L city MANASSAS
L region Va.
F duration 14-hour
F time 3 a.m.
O government Prince William County Board of County Supervisors
F number 5-3
F quantity 2,300 acres
L facility Manassas National Battlefield Park
L region Virginia
> The corridor, stretching about 4 miles along Route 234 between Interstate 66 and the Loudoun County line, could hold 27 million square feet of buildings drawing as much as 3,000 megawatts — roughly the demand of 2.5 million homes, according to county staff. Backers call it a “technology corridor”; Northern Virginia already has more data centers than any other region in the world.
F quantity 4 miles
L street Route 234
L street Interstate 66
L region Loudoun County
F quantity 27 million square feet
F quantity 3,000 megawatts
F number 2.5 million
Q scare - :: “technology corridor”
L region Northern Virginia
> “This is the single biggest tax decision this board will make in a generation,” said board Chair Deborah Okafor-Lindqvist, a Democrat who voted yes. She said the corridor would bring in $410 million a year in tax revenue once it is built out, about a fifth of the county’s general fund.
Q direct Deborah Okafor-Lindqvist :: “This is the single biggest tax decision this board will make in a generation,”
P full Deborah Okafor-Lindqvist
F money $410 million
F fraction a fifth
> Supervisor Thomas J. Whitlock (R-Gainesville), one of three no votes, said the board had “sold the view from Henry Hill for a rounding error.” “You will be able to stand where Jackson stood and hear the cooling fans,” Whitlock said. “That’s not a metaphor. That’s the noise study.”
P full Thomas J. Whitlock
L region Gainesville
F number three
Q direct Thomas J. Whitlock :: “sold the view from Henry Hill for a rounding error.”
L geo Henry Hill
Q direct Thomas J. Whitlock :: “You will be able to stand where Jackson stood and hear the cooling fans,”
P partial Jackson
P partial Whitlock
Q direct Thomas J. Whitlock :: “That’s not a metaphor. That’s the noise study.”
> The developer, Ridgeline Compute Partners of Reston, plans 38 buildings up to 80 feet tall, set back at least 500 feet from the park boundary behind a wooded buffer. Its managing director, Priya Ramanathan-Cole, said the company had cut the footprint by 15 percent since the plan was filed in September 2040. “We listened,” she said. “Nobody will see a building from the Stone House.”
O company Ridgeline Compute Partners
L city Reston
F number 38
F quantity 80 feet
F quantity 500 feet
P full Priya Ramanathan-Cole
F percent 15 percent
F date September 2040
Q direct Priya Ramanathan-Cole :: “We listened,”
Q direct Priya Ramanathan-Cole :: “Nobody will see a building from the Stone House.”
L facility Stone House
> The Bull Run Preservation Coalition, which has fought the corridor since 2039, called the vote “a betrayal of this ground” and said it would file suit in Prince William Circuit Court within 30 days.
O nonprofit Bull Run Preservation Coalition
F date 2039
Q direct Bull Run Preservation Coalition :: “a betrayal of this ground”
O government Prince William Circuit Court
F duration 30 days
> “People come here from all 50 states to understand what happened in 1861 and 1862,” said Eleanor Whitfield-Boone, the coalition’s president. “Now they are going to drive past a wall of gray boxes to get there.
Q direct Eleanor Whitfield-Boone :: “People come here from all 50 states to understand what happened in 1861 and 1862,”
F number 50
F date 1861
F date 1862
P full Eleanor Whitfield-Boone
Q direct Eleanor Whitfield-Boone :: “Now they are going to drive past a wall of gray boxes to get there.
> “The National Park Service told this board in writing that the view matters. Five of eight supervisors decided it did not.”
Q direct Eleanor Whitfield-Boone :: “The National Park Service told this board in writing that the view matters. Five of eight supervisors decided it did not.”
O government National Park Service
F number Five
F number eight
> Linda Marsh, 71, who has lived on Pageland Lane for 44 years, said she can already hear a substation built a mile from her house in 2038. “It hums at night like a refrigerator,” she said. “Now they want 38 more refrigerators.”
P full Linda Marsh
F age 71
L street Pageland Lane
F duration 44 years
F date 2038
Q direct Linda Marsh :: “It hums at night like a refrigerator,”
Q direct Linda Marsh :: “Now they want 38 more refrigerators.”
F number 38
> A county staff member who briefed supervisors, and who spoke on the condition of anonymity because of the expected lawsuit, said Dominion Energy would need two new 500-kilovolt lines to serve the corridor, at a cost that could reach $1.3 billion. “The power question is the whole question,” the staff member said.
O company Dominion Energy
F number two
F quantity 500-kilovolt
F money $1.3 billion
Q direct - :: “The power question is the whole question,”
> The first buildings could open in 2044. The board meets again at 7:30 p.m. on March 19.
F date 2044
F time 7:30 p.m.
F date March 19
'''

ARTICLES['1510-west-yorkshire-mass-transit-route-leeds-bradford-stanningley-yorkshire-post'] = r'''
> Transport
> ‘This is Bradford’s moment’: Mayor picks £2.9bn mass transit route linking Leeds and Bradford
Q direct Helen Ashworth-Mirza :: ‘This is Bradford’s moment’
L city Bradford
F money £2.9bn
L city Leeds
L city Bradford
> The 11-mile line will run through Armley and Stanningley, with journeys of 24 minutes and the first trams due in 2044
F quantity 11-mile
L city Armley
L city Stanningley
F duration 24 minutes
F date 2044
> By Rebecca Hollingworth
P full Rebecca Hollingworth
> Published 5th Jul 2040, 06:00 BST
F date 5th Jul 2040
F time 06:00 BST
> An artist’s impression of a tram stop outside Bradford Interchange. Picture: West Yorkshire Combined Authority
L facility Bradford Interchange
O government West Yorkshire Combined Authority
> West Yorkshire’s mayor has chosen the route for the first line of the region’s long-promised mass transit system, an 11-mile link between Leeds and Bradford city centres that will cost £2.9bn and carry its first passengers in 2044.
L region West Yorkshire
F quantity 11-mile
L city Leeds
L city Bradford
F money £2.9bn
F date 2044
> Mayor Helen Ashworth-Mirza confirmed on Thursday that the line will run from Leeds station through Armley, Bramley and Stanningley before joining Thornbury Road and ending at Bradford Interchange, with 16 stops and an end-to-end journey time of 24 minutes.
P full Helen Ashworth-Mirza
L facility Leeds
L city Armley
L city Bramley
L city Stanningley
L street Thornbury Road
L facility Bradford Interchange
F number 16
F duration 24 minutes
> “For 50 years people in Bradford have been told to wait their turn. This is Bradford’s moment, and we are not going to waste it,” she said.
Q direct Helen Ashworth-Mirza :: “For 50 years people in Bradford have been told to wait their turn. This is Bradford’s moment, and we are not going to waste it,”
F duration 50 years
L city Bradford
L city Bradford
> The West Yorkshire Combined Authority (WYCA) expects the line to carry 9.6 million passengers a year and to cut car journeys on the A647 by around 12 per cent. Two-thirds of the money will come from the Department for Transport, with the rest borrowed against future business rates.
O government West Yorkshire Combined Authority
O government WYCA
F number 9.6 million
L street A647
F percent 12 per cent
F fraction Two-thirds
O government Department for Transport
> Coun Imran Qureshi-Hale, Bradford Council’s executive member for regeneration, said choosing the A647 over a rival route through Shipley and Saltaire was “the right call, if a late one”.
P full Imran Qureshi-Hale
O government Bradford Council
L street A647
L city Shipley
L city Saltaire
Q direct Imran Qureshi-Hale :: “the right call, if a late one”
> “We had consultations in 2036, in 2038 and again last spring. People in Laisterdyke have seen more drawings than trams,” he said. “What we need now is a spade in the ground by 2041, not another report.
Q direct Imran Qureshi-Hale :: “We had consultations in 2036, in 2038 and again last spring. People in Laisterdyke have seen more drawings than trams,”
F date 2036
F date 2038
L city Laisterdyke
Q direct Imran Qureshi-Hale :: “What we need now is a spade in the ground by 2041, not another report.
F date 2041
> “Every year of delay adds about £120m to the bill, and the people of Bradford pay it twice.”
Q direct Imran Qureshi-Hale :: “Every year of delay adds about £120m to the bill, and the people of Bradford pay it twice.”
F money £120m
L city Bradford
> Priya Chauhan-Wood, director of the Leeds Bradford Business Alliance, said firms on both sides of the boundary had “waited long enough” and that the line could add £1.1bn a year to the regional economy within ten years of opening.
P full Priya Chauhan-Wood
O nonprofit Leeds Bradford Business Alliance
Q direct Priya Chauhan-Wood :: “waited long enough”
F money £1.1bn
F duration ten years
> Sandra Pickles, 39, who drives from Thornbury to an office on Wellington Street in Leeds every weekday, said the 7.5-mile trip takes her between 45 and 75 minutes. “Some mornings I’m still sitting in Armley at 8.15am,” she said. “If this thing turns up every six minutes, I’ll sell the car. My husband says he’ll ‘believe it when he’s sat on it’.”
P full Sandra Pickles
F age 39
L city Thornbury
L street Wellington Street
L city Leeds
F quantity 7.5-mile
F duration 45
F duration 75 minutes
Q direct Sandra Pickles :: “Some mornings I’m still sitting in Armley at 8.15am,”
L city Armley
F time 8.15am
Q direct Sandra Pickles :: “If this thing turns up every six minutes, I’ll sell the car. My husband says he’ll ‘believe it when he’s sat on it’.”
F duration six minutes
> A senior transport official, who asked not to be named, said the Treasury had yet to sign off the final £900m and called the 2044 date “ambitious”.
O government Treasury
F money £900m
F date 2044
Q direct - :: “ambitious”
> The so-called “Line 1” would be followed by branches to Dewsbury and Huddersfield in the 2040s. Leeds, with about 820,000 people, is still one of the largest cities in Europe without a tram or metro.
Q scare - :: “Line 1”
L facility Line 1
L city Dewsbury
L city Huddersfield
F date 2040s
L city Leeds
F number 820,000
L continent Europe
'''

ARTICLES['1511-leinster-munster-24-19-aviva-stadium-o-fearghail-derby-irish-independent'] = r'''
> Rugby
> Leinster 24 Munster 19: Ó Fearghail try settles derby in front of bumper Aviva Stadium crowd
O team Leinster
F score 24
O team Munster
F score 19
P partial Ó Fearghail
L facility Aviva Stadium
> Leinster hold out with 14 men for the final 10 minutes after Kearney-Walsh’s yellow card as Munster’s late rally falls five points short
O team Leinster
F number 14
F duration 10 minutes
P partial Kearney-Walsh
O team Munster
F number five
> Donncha Ó Luasaigh
P full Donncha Ó Luasaigh
> Sat 26 Dec 2043 at 21:34
F date 26 Dec 2043
F time 21:34
> Leinster’s Rory Ó Fearghail dives over for the decisive try at the Aviva Stadium. Photo: Sportsfile
O team Leinster
P full Rory Ó Fearghail
L facility Aviva Stadium
O media Sportsfile
> Rory Ó Fearghail’s try on 71 minutes settled a ferocious inter-provincial derby in front of 51,370 at the Aviva Stadium, as Leinster beat Munster 24-19 to go four points clear at the top of the Irish conference.
P full Rory Ó Fearghail
F duration 71 minutes
F number 51,370
L facility Aviva Stadium
O team Leinster
O team Munster
F score 24-19
F number four
> Munster, who have not won in Dublin since 2037, led 13-7 at half-time through a converted try from Cian Moriarty-Hayes and two Darragh Tobin penalties. Leinster’s only first-half try came from wing Eoin Mac Cárthaigh on 17 minutes.
O team Munster
L city Dublin
F date 2037
F score 13-7
P full Cian Moriarty-Hayes
F number two
P full Darragh Tobin
O team Leinster
P full Eoin Mac Cárthaigh
F duration 17 minutes
> Seán Breathnach’s penalty on 47 minutes cut the gap to three, and replacement hooker Tadhg Kearney-Walsh was driven over from a five-metre lineout on 58, Breathnach adding the extras for a 17-13 lead.
P full Seán Breathnach
F duration 47 minutes
F number three
P full Tadhg Kearney-Walsh
F quantity five-metre
F duration 58
P partial Breathnach
F score 17-13
> Tobin’s third penalty made it 17-16, and Munster sensed a first win at the venue in six years when Kearney-Walsh was shown a yellow card for a deliberate knock-on on 70 minutes. Instead Leinster won a turnover a minute later and Ó Fearghail, the 21-year-old wing from Bray, stepped inside two defenders and ran 40 metres to score. Breathnach converted.
P partial Tobin
F score 17-16
O team Munster
F duration six years
P partial Kearney-Walsh
F duration 70 minutes
O team Leinster
P partial Ó Fearghail
F age 21-year-old
L city Bray
F number two
F quantity 40 metres
P partial Breathnach
> Tobin’s fourth penalty, with three minutes left, brought Munster within a converted try, but the home side’s 14 men held out through 11 phases at the death.
P partial Tobin
F duration three minutes
O team Munster
F number 14
F number 11
> “That’s a derby. You don’t win those pretty,” said Leinster head coach Fiachra Dunne. “We were poor for 40 minutes and we were good for 40, and I’ll take that every Christmas.”
Q direct Fiachra Dunne :: “That’s a derby. You don’t win those pretty,”
O team Leinster
P full Fiachra Dunne
Q direct Fiachra Dunne :: “We were poor for 40 minutes and we were good for 40, and I’ll take that every Christmas.”
F duration 40 minutes
F duration 40
> He said the card had been “harsh, but I’d rather talk about the try”. Kearney-Walsh, who turned 30 on Christmas Eve, is not expected to be cited.
Q direct Fiachra Dunne :: “harsh, but I’d rather talk about the try”
P partial Kearney-Walsh
F age 30
> Munster head coach Liam Gleeson-O’Brien, whose side have now lost four of their last five, was blunter. “We came up here with a plan and for an hour it worked. Darragh kicked beautifully, the scrum was on top, and then we gave them two soft tries from our own mistakes.
O team Munster
P full Liam Gleeson-O’Brien
F number four
F number five
Q direct Liam Gleeson-O’Brien :: “We came up here with a plan and for an hour it worked. Darragh kicked beautifully, the scrum was on top, and then we gave them two soft tries from our own mistakes.
P partial Darragh
F number two
> “You can’t do that against Leinster in Dublin. We’ll look at it, we’ll get the lads in on Monday, and we go again against Ulster on January 2.”
Q direct Liam Gleeson-O’Brien :: “You can’t do that against Leinster in Dublin. We’ll look at it, we’ll get the lads in on Monday, and we go again against Ulster on January 2.”
O team Leinster
L city Dublin
O team Ulster
F date January 2
> The 2,000 or so Munster supporters in the south stand sang “Stand Up and Fight” through the last five minutes. A Leinster player, who asked not to be named, said the dressing room afterwards had been “quiet, relieved, no more than that”.
F number 2,000
O team Munster
Q scare - :: “Stand Up and Fight”
F duration five minutes
O team Leinster
Q direct - :: “quiet, relieved, no more than that”
> Scorers – Leinster: Tries: Mac Cárthaigh, Kearney-Walsh, Ó Fearghail. Cons: Breathnach 3. Pen: Breathnach. Munster: Try: Moriarty-Hayes. Con: Tobin. Pens: Tobin 4.
O team Leinster
P partial Mac Cárthaigh
P partial Kearney-Walsh
P partial Ó Fearghail
P partial Breathnach
F number 3
P partial Breathnach
O team Munster
P partial Moriarty-Hayes
P partial Tobin
P partial Tobin
F number 4
> Referee: Callum Rees-Pritchard (Wales). Attendance: 51,370.
P full Callum Rees-Pritchard
L country Wales
F number 51,370
'''

ARTICLES['1512-hcm-city-metro-line-1-ben-thanh-suoi-tien-record-passengers-viet-nam-news'] = r'''
> Society
> HCM City's first metro line carries record 212,000 passengers in a day
L city HCM City
F number 212,000
> March 2, 2042 - 09:15
F date March 2, 2042
F time 09:15
> Passengers board a train at Bến Thành Station on Metro Line 1 (Bến Thành–Suối Tiên) on Saturday. — VNS Photo Trương Minh Quân
L facility Bến Thành Station
L facility Metro Line 1
L facility Bến Thành
L facility Suối Tiên
O media VNS
P full Trương Minh Quân
> HCM CITY — The city's first metro line, Bến Thành–Suối Tiên, carried a record 212,436 passengers on Saturday, March 1, more than four times the daily average of its first year of operation, the Management Authority for Urban Railways (MAUR) said.
L city HCM CITY
L facility Bến Thành
L facility Suối Tiên
F number 212,436
F date March 1
F number four
O government Management Authority for Urban Railways
O government MAUR
> The 19.7km line has 14 stations, three of them underground, and links Bến Thành Market in the city centre with Thủ Đức, the city's eastern university and technology hub. Its elevated section, which residents have nicknamed the "flying train", crosses the Sài Gòn River on a 450m bridge. The line averaged 148,000 passengers a day in 2041, up 22 per cent from 2040.
F quantity 19.7km
F number 14
F number three
L facility Bến Thành Market
L city Thủ Đức
Q scare - :: "flying train"
L geo Sài Gòn River
F quantity 450m
F number 148,000
F date 2041
F percent 22 per cent
F date 2040
> "On Saturday we ran trains every four minutes from 5am to 11pm, and still the platforms at Bến Thành and Văn Thánh were full," MAUR director Phạm Quốc Thịnh said. "Ten years ago people told me nobody in this city would ever leave their motorbike.
Q direct Phạm Quốc Thịnh :: "On Saturday we ran trains every four minutes from 5am to 11pm, and still the platforms at Bến Thành and Văn Thánh were full,"
F duration four minutes
F time 5am
F time 11pm
L facility Bến Thành
L facility Văn Thánh
O government MAUR
P full Phạm Quốc Thịnh
Q direct Phạm Quốc Thịnh :: "Ten years ago people told me nobody in this city would ever leave their motorbike.
F duration Ten years
> "Now they queue for the train. We need more trains, not more persuasion."
Q direct Phạm Quốc Thịnh :: "Now they queue for the train. We need more trains, not more persuasion."
> Thịnh said the authority would add 10 three-car trains by 2043 at a cost of VNĐ4.1 trillion (US$158 million), financed by the Japan International Cooperation Agency (JICA), raising the fleet from 17 to 27 trains. The HCM City People's Committee approved the purchase on February 20.
P partial Thịnh
F number 10
F number three
F date 2043
F money VNĐ4.1 trillion
F money US$158 million
O government Japan International Cooperation Agency
O government JICA
F number 17
F number 27
O government HCM City People's Committee
F date February 20
> Yusuke Hamaguchi, a project director at Sumitomo Corporation, which led the Japanese consortium that built the line, said the partners were "proud but not surprised". "In Tokyo a line like this would carry 500,000 people a day. HCM City will get there within five years," Hamaguchi said.
P full Yusuke Hamaguchi
O company Sumitomo Corporation
Q direct Yusuke Hamaguchi :: "proud but not surprised"
Q direct Yusuke Hamaguchi :: "In Tokyo a line like this would carry 500,000 people a day. HCM City will get there within five years,"
L city Tokyo
F number 500,000
L city HCM City
F duration five years
P partial Hamaguchi
> Trần Thị Mỹ Duyên, 27, an accountant who rides from Bình Thái to Ba Son every weekday, said the 22-minute trip used to take her an hour by motorbike. "I pay VNĐ15,000 and I arrive dry. My mother calls it 'the air-conditioned miracle'," Duyên said.
P full Trần Thị Mỹ Duyên
F age 27
L facility Bình Thái
L facility Ba Son
F duration 22-minute
Q direct Trần Thị Mỹ Duyên :: "I pay VNĐ15,000 and I arrive dry. My mother calls it 'the air-conditioned miracle',"
F money VNĐ15,000
P partial Duyên
> Transport expert Dr Võ Hoàng Nam of the HCM City University of Transport said only 40 per cent of passengers reach stations on foot or by bus, and the 1,200-space motorbike park at Suối Tiên is full by 7:30am. "A metro is not a line, it is a network," Nam said, warning that Line 2, from Bến Thành to Tham Lương, would not open before 2044.
P full Võ Hoàng Nam
O education HCM City University of Transport
F percent 40 per cent
F number 1,200
L facility Suối Tiên
F time 7:30am
Q direct Võ Hoàng Nam :: "A metro is not a line, it is a network,"
P partial Nam
L facility Line 2
L facility Bến Thành
L facility Tham Lương
F date 2044
> An official at the city's Department of Construction, who declined to be named, said fares could rise by half in 2043 to cover maintenance costs of about VNĐ900 billion a year. "Cheap tickets filled the trains. Someone has to pay for them," the official said. — VNS
O government Department of Construction
F fraction half
F date 2043
F money VNĐ900 billion
Q direct - :: "Cheap tickets filled the trains. Someone has to pay for them,"
O media VNS
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
