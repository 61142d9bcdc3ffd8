#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval329 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval329/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['2017-petra-tourism-recovery-wadi-musa-pdtra-bdoul-guides-jordan-times'] = r'''
> Local
> Petra visitors return as Wadi Musa hotels fill up again
L city Petra
L city Wadi Musa
> First-quarter arrivals up 38 per cent, ticket revenue tops JD11 million
F percent 38 per cent
F money JD11 million
> By Rania Al Shboul - Apr 22,2041 - Last updated at Apr 22,2041
P full Rania Al Shboul
F date Apr 22,2041
F date Apr 22,2041
> A guide leads tourists on camels past the Treasury in Petra on Monday (Photo courtesy of PDTRA)
L facility Treasury
L city Petra
O government PDTRA
> AMMAN — Petra received 312,480 visitors in the first quarter of 2041, up 38 per cent on the same period last year and the highest January-March total since 2036, according to figures from the Petra Development and Tourism Region Authority (PDTRA).
L city AMMAN
L city Petra
F number 312,480
F date 2041
F percent 38 per cent
F date 2036
O government Petra Development and Tourism Region Authority
O government PDTRA
> Foreign visitors accounted for 241,900 of the total, the rest being Jordanians and Arab residents. Ticket revenue reached JD11.6 million, against JD7.9 million a year earlier.
F number 241,900
F money JD11.6 million
F money JD7.9 million
> Tourism and Antiquities Minister Khaled Al Mahasneh told The Jordan Times that the recovery followed two difficult seasons in which regional tensions kept tour groups away from southern Jordan.
P full Khaled Al Mahasneh
O media The Jordan Times
F number two
L country Jordan
> “Petra is the heart of Jordanian tourism, and when Petra breathes, Wadi Musa and the whole south breathe with it,” Mahasneh said. “We are not yet where we were in 2036, but we are close.”
Q direct Khaled Al Mahasneh :: “Petra is the heart of Jordanian tourism, and when Petra breathes, Wadi Musa and the whole south breathe with it,”
Q direct Khaled Al Mahasneh :: “We are not yet where we were in 2036, but we are close.”
L city Petra
L city Petra
L city Wadi Musa
P partial Mahasneh
F date 2036
> The ministry will spend JD4.5 million this year on a visitor centre at the entrance to the Siq, the 1.2-kilometre gorge into the ancient city, and on shaded rest points on the trail to the Monastery (Ad Deir).
F money JD4.5 million
L geo Siq
F quantity 1.2-kilometre
L facility Monastery
L facility Ad Deir
> PDTRA Chief Commissioner Hamad Al Nawafleh said the average stay in the region had risen from 1.3 nights to 1.8 nights, and that the goal was “two nights, not a morning with a coach waiting at the gate”.
O government PDTRA
P full Hamad Al Nawafleh
F duration 1.3 nights
F duration 1.8 nights
Q direct Hamad Al Nawafleh :: “two nights, not a morning with a coach waiting at the gate”
F duration two nights
> “A visitor who sleeps in Wadi Musa spends three or four times more than one who comes from Amman or Aqaba for the day,” he said.
Q direct Hamad Al Nawafleh :: “A visitor who sleeps in Wadi Musa spends three or four times more than one who comes from Amman or Aqaba for the day,”
L city Wadi Musa
F number three
F number four
L city Amman
L city Aqaba
> In Umm Sayhoun, the village above the site where the Bdoul tribe lives, guide Saeed Al Bdoul, 34, said his bookings for April were almost back to normal.
L city Umm Sayhoun
P full Saeed Al Bdoul
F age 34
> “Last spring I sat for whole days by the Treasury with my donkeys and nobody came. This month I have climbed the 850 steps to the Monastery almost every day,” he said. “My donkeys are tired, but I am not complaining.”
Q direct Saeed Al Bdoul :: “Last spring I sat for whole days by the Treasury with my donkeys and nobody came. This month I have climbed the 850 steps to the Monastery almost every day,”
Q direct Saeed Al Bdoul :: “My donkeys are tired, but I am not complaining.”
L facility Treasury
F number 850
L facility Monastery
> Al Bdoul, who has worked as a guide since he was 16, said young men from Umm Sayhoun were coming home from jobs in Aqaba. “They heard the ‘good season’ was back, so they came back too.”
P partial Al Bdoul
F age 16
L city Umm Sayhoun
L city Aqaba
Q direct Saeed Al Bdoul :: “They heard the ‘good season’ was back, so they came back too.”
> Ahmad Twaissi, who owns the 46-room Rose Canyon Hotel in Wadi Musa, said occupancy had reached 81 per cent in March, compared with 52 per cent in March 2040.
P full Ahmad Twaissi
F number 46
O company Rose Canyon Hotel
L city Wadi Musa
F percent 81 per cent
F percent 52 per cent
F date March 2040
> “For two years we kept the staff on half salary and prayed. Now I have 14 people working again and I am turning groups away at weekends,” Twaissi said.
Q direct Ahmad Twaissi :: “For two years we kept the staff on half salary and prayed. Now I have 14 people working again and I am turning groups away at weekends,”
F duration two years
F fraction half
F number 14
P partial Twaissi
> But the town still depends heavily on what hoteliers call “one-day Petra” visitors, who arrive by coach at 7am and leave by 4pm.
Q scare - :: “one-day Petra”
F duration one-day
L city Petra
F time 7am
F time 4pm
> The authority said it would keep the site open until 8pm from May 1 and add a second Petra by Night evening each week. The Jordan Tourism Board (JTB) will also bring 60 European tour operators to Petra in June, and JTB offices in Paris and Berlin are pushing two- and three-night packages.
F time 8pm
F date May 1
O government Jordan Tourism Board
O government JTB
F number 60
L city Petra
O government JTB
L city Paris
L city Berlin
F duration two
F duration three-night
> Jordan welcomed 4.1 million overnight visitors in 2040, according to the ministry, and Queen Alia International Airport handled 9.8 million passengers.
L country Jordan
F number 4.1 million
F date 2040
L facility Queen Alia International Airport
F number 9.8 million
'''

ARTICLES['2018-notre-dame-tennessee-final-four-boateng-castellanos-target-center-the-athletic'] = r'''
> Women’s College Basketball
> Notre Dame Holds Off Tennessee 71-66 to Reach National Championship Game
O team Notre Dame
O team Tennessee
F score 71-66
> Kiara Boateng scored 27 points and the Irish survived a late Lady Vols press at Target Center to set up Sunday’s final against UConn.
P full Kiara Boateng
F number 27
O team Irish
O team Lady Vols
L facility Target Center
O team UConn
> By Danielle Okoro-Whitfield
P full Danielle Okoro-Whitfield
> Apr 6, 2041
F date Apr 6, 2041
> Kiara Boateng, left, celebrates with Mia Castellanos after Notre Dame’s win over Tennessee on Friday. (Ethan Marlowe / NCAA Photos via Getty Images)
P full Kiara Boateng
P full Mia Castellanos
O team Notre Dame
O team Tennessee
P full Ethan Marlowe
O other NCAA Photos
O company Getty Images
> MINNEAPOLIS — For three quarters, Notre Dame looked like a team that had already booked its place in the national championship game. For the last six minutes, it looked like a team trying to hold a door shut.
L city MINNEAPOLIS
F number three
O team Notre Dame
F duration six minutes
> The top-seeded Irish survived, beating Tennessee 71-66 on Friday night in the first national semifinal behind 27 points, nine rebounds and four assists from junior guard Kiara Boateng. Notre Dame (34-3) will face UConn (36-1) in Sunday’s final at 3:30 p.m. ET.
O team Irish
O team Tennessee
F score 71-66
F number 27
F number nine
F number four
P full Kiara Boateng
O team Notre Dame
F score 34-3
O team UConn
F score 36-1
F time 3:30 p.m. ET
> “I told them at halftime, ‘Nobody is giving us this one,’” Boateng said. “They came at us exactly like we knew they would.”
Q direct Kiara Boateng :: “I told them at halftime, ‘Nobody is giving us this one,’”
Q direct Kiara Boateng :: “They came at us exactly like we knew they would.”
P partial Boateng
> Notre Dame led 56-38 after a 17-4 third quarter in which Boateng scored 11 straight points. The Lady Vols, a No. 2 seed playing in their first Final Four in 12 years, answered with a full-court press that forced eight turnovers in a span of 5:40.
O team Notre Dame
F score 56-38
F score 17-4
P partial Boateng
F number 11
O team Lady Vols
F duration 12 years
F number eight
F duration 5:40
> Tennessee sophomore Aaliyah Brandt-Moore hit back-to-back 3-pointers to make it 68-64 with 38 seconds left. But her drive on the next possession was blocked by 6-foot-5 center Mia Castellanos, and Boateng made four free throws in the final 14 seconds.
O team Tennessee
P full Aaliyah Brandt-Moore
F number 3
F score 68-64
F duration 38 seconds
F quantity 6-foot-5
P full Mia Castellanos
P partial Boateng
F number four
F duration 14 seconds
> Castellanos, whom teammates call “the Wall,” finished with 14 points, 13 rebounds and five blocks.
P partial Castellanos
Q scare - :: “the Wall,”
F number 14
F number 13
F number five
> “Mia is the reason we’re still playing,” Notre Dame coach Renata Villaseñor said. “People talk about Kiara, and they should, but that block is the game.”
Q direct Renata Villaseñor :: “Mia is the reason we’re still playing,”
Q direct Renata Villaseñor :: “People talk about Kiara, and they should, but that block is the game.”
P partial Mia
O team Notre Dame
P full Renata Villaseñor
P partial Kiara
> Villaseñor, in her ninth season in South Bend, has now taken the Irish to three Final Fours. Her team shot 52.1 percent in the first half, made 9 of 21 3-point attempts and outrebounded Tennessee by 11.
P partial Villaseñor
L city South Bend
O team Irish
F number three
F percent 52.1 percent
F number 9
F number 21
F number 3
O team Tennessee
F number 11
> Tennessee coach Marcus Delacroix-Hale said his players had “nothing to hang their heads about.”
O team Tennessee
P full Marcus Delacroix-Hale
Q direct Marcus Delacroix-Hale :: “nothing to hang their heads about.”
> “We were down 18 in a national semifinal and we made them sweat,” he said. “That’s who this group is. I’ll take that into the summer and into next season.”
Q direct Marcus Delacroix-Hale :: “We were down 18 in a national semifinal and we made them sweat,”
Q direct Marcus Delacroix-Hale :: “That’s who this group is. I’ll take that into the summer and into next season.”
F number 18
> Brandt-Moore led Tennessee (31-7) with 22 points. Forward Jada Whitlock-Reyes added 15 points and 10 rebounds for the Lady Vols, who had won 13 straight games since losing at LSU in February.
P partial Brandt-Moore
O team Tennessee
F score 31-7
F number 22
P full Jada Whitlock-Reyes
F number 15
F number 10
O team Lady Vols
F number 13
O team LSU
> The Huskies beat South Carolina 78-59 in the second semifinal, and Friday’s doubleheader drew 18,304. UConn won 80-71 at Notre Dame’s Purcell Pavilion on Dec. 14, one of the Irish’s three losses.
O team Huskies
O team South Carolina
F score 78-59
F number 18,304
O team UConn
F score 80-71
O education Notre Dame
L facility Purcell Pavilion
F date Dec. 14
O team Irish
F number three
> “We know them, they know us,” Boateng said of the Huskies. “It’s going to be a fistfight for 40 minutes.”
Q direct Kiara Boateng :: “We know them, they know us,”
Q direct Kiara Boateng :: “It’s going to be a fistfight for 40 minutes.”
P partial Boateng
O team Huskies
F duration 40 minutes
'''

ARTICLES['2019-bird-flu-housing-order-england-defra-shropshire-free-range-farmers-weekly'] = r'''
> Poultry
> Bird flu: housing order for all poultry in England from 18 March
L country England
F date 18 March
> Free-range producers warn of costs of up to £1.20 a bird as the risk level for poultry is raised to “medium”
F money £1.20
Q scare - :: “medium”
> By Joanna Pritchett-Lowe
P full Joanna Pritchett-Lowe
> Tuesday 12 March 2041 16:45
F date 12 March 2041
F time 16:45
> Free-range hens at Upper Hollins Farm, near Much Wenlock, Shropshire. Photo: Tom Ashdown/Farmers Weekly
L facility Upper Hollins Farm
L city Much Wenlock
L region Shropshire
P full Tom Ashdown
O media Farmers Weekly
> A mandatory housing order will come into force across England at 00:01 on Monday 18 March, the Department for Environment, Food and Rural Affairs (Defra) has announced, after 14 outbreaks of highly pathogenic avian influenza (HPAI) H5N1 were confirmed in commercial flocks since 1 February.
L country England
F time 00:01
F date 18 March
O government Department for Environment, Food and Rural Affairs
O government Defra
F number 14
F date 1 February
> The order extends the avian influenza prevention zone (AIPZ) that has applied since January and requires all birds, from backyard flocks of a handful of hens to units of 200,000 layers, to be kept indoors or fully netted.
F number 200,000
> UK chief veterinary officer Dr Alistair Penhaligon said the decision had been “not taken lightly”.
L country UK
P full Alistair Penhaligon
Q direct Alistair Penhaligon :: “not taken lightly”
> “We have seen a sharp rise in detections in wild birds along the east coast and, in the past fortnight, in Shropshire, Cheshire and Lincolnshire. Housing is the single most effective thing keepers can do to protect their flocks,” he said. “Good biosecurity is not optional.
Q direct Alistair Penhaligon :: “We have seen a sharp rise in detections in wild birds along the east coast and, in the past fortnight, in Shropshire, Cheshire and Lincolnshire. Housing is the single most effective thing keepers can do to protect their flocks,”
Q direct Alistair Penhaligon :: “Good biosecurity is not optional.
L region Shropshire
L region Cheshire
L region Lincolnshire
> “Clean boots, clean vehicles, and feed and water kept well away from wild birds.”
Q direct Alistair Penhaligon :: “Clean boots, clean vehicles, and feed and water kept well away from wild birds.”
> The Animal and Plant Health Agency (APHA) has placed 3km protection zones and 10km surveillance zones around each infected premises. The latest, confirmed on Sunday, is a 32,000-bird broiler unit near Market Drayton.
O government Animal and Plant Health Agency
O government APHA
F quantity 3km
F quantity 10km
F number 32,000
L city Market Drayton
> Producers say the timing could not be worse. Under marketing rules, eggs from housed hens may still be sold as free range for 16 weeks from the start of a housing order; after that they must be labelled as “barn eggs”. Free-range birds make up 64% of the UK laying flock of about 38 million hens.
F duration 16 weeks
Q scare - :: “barn eggs”
F percent 64%
L country UK
F number 38 million
> National Farmers’ Union (NFU) poultry board chair Rachel Verity-Hughes said members were “braced for a long spring”.
O nonprofit National Farmers’ Union
O nonprofit NFU
P full Rachel Verity-Hughes
Q direct Rachel Verity-Hughes :: “braced for a long spring”
> “Last winter’s order lasted 19 weeks, and some free-range businesses lost 1.5p on every egg they had to sell as barn,” she said. “Most of our members are already at the edge. We need Defra and the retailers to commit now to paying the free-range premium for the whole of the housing period.”
Q direct Rachel Verity-Hughes :: “Last winter’s order lasted 19 weeks, and some free-range businesses lost 1.5p on every egg they had to sell as barn,”
Q direct Rachel Verity-Hughes :: “Most of our members are already at the edge. We need Defra and the retailers to commit now to paying the free-range premium for the whole of the housing period.”
F duration 19 weeks
F money 1.5p
O government Defra
> At Upper Hollins Farm, Gareth Morrell keeps 24,000 free-range hens in three flocks on 60ha. He said netting his ranges was impossible and the birds would be shut in their sheds from Monday morning.
L facility Upper Hollins Farm
P full Gareth Morrell
F number 24,000
F number three
F quantity 60ha
> “The sheds are built for it, but hens that have been out every day since they were 18 weeks old don’t settle easily,” said Mr Morrell, 52. “You get feather pecking, you get stress. We’ll put in straw bales, hanging CDs, anything to keep them busy.”
Q direct Gareth Morrell :: “The sheds are built for it, but hens that have been out every day since they were 18 weeks old don’t settle easily,”
Q direct Gareth Morrell :: “You get feather pecking, you get stress. We’ll put in straw bales, hanging CDs, anything to keep them busy.”
F duration 18 weeks
P partial Morrell
F age 52
> He estimated that the extra feed, bedding and labour would cost him £1,800 a week, or about £0.08 a bird.
F money £1,800
F money £0.08
> The British Free Range Egg Producers Association (BFREPA) said about half of England’s 3,000 free-range egg farms had been given fewer than 10 days’ warning. Its statement called the order “necessary but brutal”.
O nonprofit British Free Range Egg Producers Association
O nonprofit BFREPA
F fraction half
L country England
F number 3,000
F duration 10 days
Q direct British Free Range Egg Producers Association :: “necessary but brutal”
> A Defra spokesperson said the order would be reviewed “at the end of April, or sooner if the risk falls”. Keepers must report suspected cases to APHA on 03000 200 301.
O government Defra
Q direct - :: “at the end of April, or sooner if the risk falls”
O government APHA
'''

ARTICLES['2020-hcmc-metro-line-2-tunnel-contract-ben-thanh-tham-luong-maur-tuoi-tre-news'] = r'''
> Society
> HCMC signs VND26.8 trillion tunnel contract for Metro Line 2
L city HCMC
F money VND26.8 trillion
L facility Metro Line 2
> A Vietnamese-Korean joint venture will dig the 9.2km underground section between Bến Thành and Tham Lương, with the first trains due in 2044
F quantity 9.2km
L facility Bến Thành
L facility Tham Lương
F date 2044
> Ngọc Hân - Thanh Tùng / Tuoi Tre News
P full Ngọc Hân
P full Thanh Tùng
O media Tuoi Tre News
> Wed, March 13, 2041, 15:20 GMT+7
F date March 13, 2041
F time 15:20 GMT+7
> Workers prepare the site of Tham Lương Station in the former District 12, Ho Chi Minh City, March 12, 2041. Photo: Ngọc Hân / Tuoi Tre
L facility Tham Lương Station
L region District 12
L city Ho Chi Minh City
F date March 12, 2041
P full Ngọc Hân
O media Tuoi Tre
> The Management Authority for Urban Railways (MAUR) on Wednesday signed a VND26.8 trillion (US$1.02 billion) contract with the Trường Phát-Hanseong joint venture to build the tunnels and seven underground stations of Ho Chi Minh City's Metro Line 2.
O government Management Authority for Urban Railways
O government MAUR
F money VND26.8 trillion
F money US$1.02 billion
O company Trường Phát
O company Hanseong
F number seven
L city Ho Chi Minh City
L facility Metro Line 2
> The 11.3km line will link Bến Thành Market in the city center with the Tham Lương depot in the northwest. Nine of its 11 stations will be underground.
F quantity 11.3km
L facility Bến Thành Market
L facility Tham Lương
F number Nine
F number 11
> MAUR director Phan Văn Lộc called the package the largest in the project and "the key that unlocks everything else."
O government MAUR
P full Phan Văn Lộc
Q direct Phan Văn Lộc :: "the key that unlocks everything else."
> "We lost almost eight years to paperwork on this line. Now the money is there, the land is there, and we have a contractor that has dug tunnels under cities like Seoul and Busan," Lộc said.
Q direct Phan Văn Lộc :: "We lost almost eight years to paperwork on this line. Now the money is there, the land is there, and we have a contractor that has dug tunnels under cities like Seoul and Busan,"
F duration eight years
L city Seoul
L city Busan
P partial Lộc
> According to MAUR, four tunnel-boring machines will start work in the fourth quarter of 2041, and the joint venture has 38 months to finish the section. Site clearance for all 11 stations was completed in December 2040.
O government MAUR
F number four
F date 2041
F duration 38 months
F number 11
F date December 2040
> An official at the city's Department of Construction, who asked not to be named, said bus routes around the stations would be redrawn "once the entrances are fixed."
O government Department of Construction
Q direct - :: "once the entrances are fixed."
> Nguyễn Thị Thu Hà, general director of Trường Phát Construction JSC, the leading partner, said the machines would arrive by sea from Busan in August and that 1,400 workers would be on site at the peak.
P full Nguyễn Thị Thu Hà
O company Trường Phát Construction JSC
L city Busan
F number 1,400
> "The ground under Bến Thành is soft and full of water, and a station of Metro Line 1 is already there. We have to pass beside it at a distance of 4 meters," Hà said. "Every millimeter of settlement will be measured, 24 hours a day."
Q direct Nguyễn Thị Thu Hà :: "The ground under Bến Thành is soft and full of water, and a station of Metro Line 1 is already there. We have to pass beside it at a distance of 4 meters,"
Q direct Nguyễn Thị Thu Hà :: "Every millimeter of settlement will be measured, 24 hours a day."
L facility Bến Thành
L facility Metro Line 1
F quantity 4 meters
P partial Hà
F duration 24 hours
> She said the consortium would work in two shifts and that about a third of its engineers would come from South Korea.
F number two
F fraction a third
L country South Korea
> For commuters, the news comes late. Trần Minh Khoa, 29, who rides a motorbike 14km each way from Hóc Môn to his office near the Saigon River, said he had "heard about this metro since I was in high school."
P full Trần Minh Khoa
F age 29
F quantity 14km
L city Hóc Môn
L geo Saigon River
Q direct Trần Minh Khoa :: "heard about this metro since I was in high school."
> "On a rainy evening it takes me 70 minutes. If the train comes, it will be 25. My mother always says, 'I will believe it when I sit in it,'" Khoa said.
Q direct Trần Minh Khoa :: "On a rainy evening it takes me 70 minutes. If the train comes, it will be 25. My mother always says, 'I will believe it when I sit in it,'"
F duration 70 minutes
F number 25
P partial Khoa
> Transport expert Dr. Vũ Anh Tuấn of the Ho Chi Minh City University of Transport said the bigger risk was the so-called "last kilometer," the trip from a station to a passenger's home.
P full Vũ Anh Tuấn
O education Ho Chi Minh City University of Transport
Q scare - :: "last kilometer,"
> "Metro Line 1 carries 180,000 people a day, but only half of them live within 500 meters of a station. Line 2 must be planned with bus routes, parking and sidewalks from day one," Tuấn said.
Q direct Vũ Anh Tuấn :: "Metro Line 1 carries 180,000 people a day, but only half of them live within 500 meters of a station. Line 2 must be planned with bus routes, parking and sidewalks from day one,"
L facility Metro Line 1
F number 180,000
F fraction half
F quantity 500 meters
L facility Line 2
P partial Tuấn
> Total investment in Metro Line 2 is VND47.9 trillion, with loans from the Asian Development Bank, the European Investment Bank and Germany's KfW covering about 60 percent.
L facility Metro Line 2
F money VND47.9 trillion
O intergovernmental Asian Development Bank
O intergovernmental European Investment Bank
L country Germany
O government KfW
F percent 60 percent
'''

ARTICLES['2021-middlesex-museum-lowell-repatriation-wampanoag-penobscot-nipmuc-wbur'] = r'''
> Arts & Culture
> Lowell museum will return 1,142 objects to tribal nations, ending a 130-year hold
L city Lowell
F number 1,142
F duration 130-year
> The Middlesex Museum of Natural History is also putting $2.4 million toward bringing the objects home.
O other Middlesex Museum of Natural History
F money $2.4 million
> By Naomi Calloway-Reyes
P full Naomi Calloway-Reyes
> March 21, 2042 Updated March 21, 2042 6:12 PM
F date March 21, 2042
F date March 21, 2042
F time 6:12 PM
> Ramona Hendricks-Pocknett, the Mashpee Wampanoag Tribe's historic preservation officer, looks over a basket at the Middlesex Museum of Natural History in Lowell. (Owen Carrick/WBUR)
P full Ramona Hendricks-Pocknett
O government Mashpee Wampanoag Tribe
L facility Middlesex Museum of Natural History
L city Lowell
P full Owen Carrick
O media WBUR
> The Middlesex Museum of Natural History in Lowell will return 1,142 objects to nine tribal nations over the next three years, the largest repatriation by a New England museum since the federal repatriation law took effect more than five decades ago.
O other Middlesex Museum of Natural History
L city Lowell
F number 1,142
F number nine
F duration three years
L region New England
F duration five decades
> Most of the objects — baskets, wampum belts, stone tools, a carved wooden bowl, some of them more than two centuries old — were collected between 1872 and 1911 by the museum's founders or sold to it by private collectors, museum director Alan Whitcombe said Thursday.
F duration two centuries
F date 1872
F date 1911
P full Alan Whitcombe
> "For more than a century these things sat in drawers in a building that was never theirs," Whitcombe said. "They were taken at a time when the people who made them could not say no. We can't undo that, but we can stop being part of it."
Q direct Alan Whitcombe :: "For more than a century these things sat in drawers in a building that was never theirs,"
Q direct Alan Whitcombe :: "They were taken at a time when the people who made them could not say no. We can't undo that, but we can stop being part of it."
P partial Whitcombe
> The objects belong to communities across the Northeast, among them the Mashpee Wampanoag Tribe on Cape Cod, the Penobscot Nation in Maine and the Nipmuc Nation, whose homelands cover much of central Massachusetts.
L region Northeast
O government Mashpee Wampanoag Tribe
L geo Cape Cod
O government Penobscot Nation
L region Maine
O government Nipmuc Nation
L region Massachusetts
> The museum will spend the $2.4 million over five years on travel, storage and ceremonies, and has hired two staff members to work with the tribes. Under the Native American Graves Protection and Repatriation Act, or NAGPRA, museums must consult tribes before displaying or returning such items; rules revised in 2039 call for "free, prior and informed consent."
F money $2.4 million
F duration five years
F number two
F date 2039
Q scare - :: "free, prior and informed consent."
> Hendricks-Pocknett said the first 212 objects would go home to Mashpee in June, among them a cradleboard that an elder recognized from a family photograph.
P partial Hendricks-Pocknett
F number 212
L city Mashpee
> "When I opened that drawer, I knew the pattern. My grandmother's sister made baskets exactly like that," she said. "We have been asking for these since 2037.
Q direct Ramona Hendricks-Pocknett :: "When I opened that drawer, I knew the pattern. My grandmother's sister made baskets exactly like that,"
Q direct Ramona Hendricks-Pocknett :: "We have been asking for these since 2037.
F date 2037
> "Every box that comes back is a conversation our young people get to have with their ancestors."
Q direct Ramona Hendricks-Pocknett :: "Every box that comes back is a conversation our young people get to have with their ancestors."
> Harvard anthropologist Elena Marchetti-Sousa, who studies museum collections, said the Lowell museum's approach stood out because it asked tribes which objects they wanted instead of waiting for claims.
O education Harvard
P full Elena Marchetti-Sousa
L city Lowell
> "Many institutions still treat repatriation like a legal risk to be managed," Marchetti-Sousa said. "Here the museum went to the tribes first. That's the shift the 2039 rules were meant to produce, and honestly it has been slow."
Q direct Elena Marchetti-Sousa :: "Many institutions still treat repatriation like a legal risk to be managed,"
Q direct Elena Marchetti-Sousa :: "Here the museum went to the tribes first. That's the shift the 2039 rules were meant to produce, and honestly it has been slow."
P partial Marchetti-Sousa
F date 2039
> She estimated that U.S. museums and universities still hold the remains of about 96,000 Native Americans, as well as hundreds of thousands of sacred and funerary objects.
L country U.S.
F number 96,000
> Not everyone welcomed the timetable. Nipmuc elder Walter Hazard, 81, said three years was too long for objects that "have already waited 150 years."
P full Walter Hazard
F age 81
F duration three years
Q direct Walter Hazard :: "have already waited 150 years."
F duration 150 years
> "I'm 81. I would like to hold our things in my hands, not in a photograph," Hazard said by phone from Grafton, west of Worcester.
Q direct Walter Hazard :: "I'm 81. I would like to hold our things in my hands, not in a photograph,"
F age 81
P partial Hazard
L city Grafton
L city Worcester
> In a statement, the museum said it would publish its full inventory online and that "no object will go on display again without tribal consent."
Q direct Middlesex Museum of Natural History :: "no object will go on display again without tribal consent."
'''

ARTICLES['2022-haneul-entertainment-profit-arclight-world-tour-lumina-joongang-daily'] = r'''
> Business
> Haneul Entertainment profit jumps 62 percent on ARCLIGHT world tour
O company Haneul Entertainment
F percent 62 percent
O other ARCLIGHT
> Agency expects the boy band's 71-show tour to sell 1.9 million tickets
F number 71
F number 1.9 million
> BY PARK SO-YEON [park.soyeon@joongang.co.kr]
P full PARK SO-YEON
> Published: 14 Feb. 2042, 18:05
F date 14 Feb. 2042
F time 18:05
> Members of boy band ARCLIGHT perform at the Gocheok Sky Dome in western Seoul on Jan. 25. [HANEUL ENTERTAINMENT]
O other ARCLIGHT
L facility Gocheok Sky Dome
L city Seoul
F date Jan. 25
O company HANEUL ENTERTAINMENT
> Haneul Entertainment, the agency behind boy band ARCLIGHT and girl group Velvetine, said Friday its operating profit rose 62 percent last year to 184.3 billion won ($128 million), helped by the first leg of ARCLIGHT's world tour and record album sales in Japan.
O company Haneul Entertainment
O other ARCLIGHT
O other Velvetine
F percent 62 percent
F money 184.3 billion won
F money $128 million
O other ARCLIGHT
L country Japan
> Revenue rose 31 percent to 1.12 trillion won, the first time the agency has passed the 1 trillion won mark, according to a regulatory filing. Concerts made up 38 percent of sales, up from 21 percent a year earlier.
F percent 31 percent
F money 1.12 trillion won
F money 1 trillion won
F percent 38 percent
F percent 21 percent
> Shares of Haneul closed up 7.4 percent at 86,300 won on the Korea Exchange, while the benchmark Kospi rose 0.6 percent.
O company Haneul
F percent 7.4 percent
F money 86,300 won
O company Korea Exchange
F percent 0.6 percent
> "ARCLIGHT proved last year that a K-pop group can fill stadiums on four continents, not just arenas in Asia," Haneul CEO Choi Min-jae said in a conference call with analysts. "The second leg will be bigger."
Q direct Choi Min-jae :: "ARCLIGHT proved last year that a K-pop group can fill stadiums on four continents, not just arenas in Asia,"
Q direct Choi Min-jae :: "The second leg will be bigger."
O other ARCLIGHT
F number four
L continent Asia
O company Haneul
P full Choi Min-jae
> The 34-show second leg, titled "Afterglow," opens in Los Angeles on April 11 and visits 14 cities in North America and Europe before closing with three nights at Jamsil Olympic Stadium in Seoul in September.
F number 34
Q scare - :: "Afterglow,"
L city Los Angeles
F date April 11
F number 14
L continent North America
L continent Europe
F duration three nights
L facility Jamsil Olympic Stadium
L city Seoul
> Choi said the full tour of 71 shows should sell about 1.9 million tickets, including 820,000 for the first leg's 37 shows in Asia and Oceania. The agency's "multi-label" system, which splits its 11 groups among five semi-independent labels, also cut costs, he said.
P partial Choi
F number 71
F number 1.9 million
F number 820,000
F number 37
L continent Asia
L continent Oceania
Q scare - :: "multi-label"
F number 11
F number five
> Lee Ji-hoon, an analyst at Hanbit Investment & Securities in Yeouido, Seoul, raised his target price for Haneul to 112,000 won from 95,000 won.
P full Lee Ji-hoon
O company Hanbit Investment & Securities
L city Yeouido
L city Seoul
O company Haneul
F money 112,000 won
F money 95,000 won
> "The market worried that military service would be a cliff for ARCLIGHT," Lee said. "But two members finished their service last year, and the group is touring as a full seven for the first time since 2039. The cliff is not there."
Q direct Lee Ji-hoon :: "The market worried that military service would be a cliff for ARCLIGHT,"
Q direct Lee Ji-hoon :: "But two members finished their service last year, and the group is touring as a full seven for the first time since 2039. The cliff is not there."
O other ARCLIGHT
P partial Lee
F number two
F number seven
F date 2039
> The group's leader Jay, whose real name is Kang Jun-seo, and rapper Noa were discharged in November. Lee warned, however, that prices were becoming an issue: VIP seats on the North American leg cost up to $450, and resale sites listed some Seoul tickets at more than 1 million won.
P partial Jay
P full Kang Jun-seo
P partial Noa
P partial Lee
F money $450
L city Seoul
F money 1 million won
> ARCLIGHT's official fan club, Lumina, said in a statement Thursday that it had asked Haneul to cap resale prices and to hold back "at least 30 percent" of seats for members who buy through the club. "Fans are not ATMs," the statement said.
O other ARCLIGHT
O nonprofit Lumina
O company Haneul
Q direct Lumina :: "at least 30 percent"
F percent 30 percent
Q direct Lumina :: "Fans are not ATMs,"
> Dave Okonkwo-Barnes, Asia-Pacific director of Stagebridge Live, which is promoting the North American dates, said demand was "unlike anything we've seen for a non-English act."
P full Dave Okonkwo-Barnes
L region Asia-Pacific
O company Stagebridge Live
Q direct Dave Okonkwo-Barnes :: "unlike anything we've seen for a non-English act."
> "We put 60,000 seats on sale in Dallas at 10 a.m. and they were gone by 10:40," he said. "The fan club alone could have filled that stadium twice."
Q direct Dave Okonkwo-Barnes :: "We put 60,000 seats on sale in Dallas at 10 a.m. and they were gone by 10:40,"
Q direct Dave Okonkwo-Barnes :: "The fan club alone could have filled that stadium twice."
F number 60,000
L city Dallas
F time 10 a.m.
F time 10:40
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
