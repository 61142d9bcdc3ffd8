#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval277 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval277/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1705-cork-river-lee-flood-defence-scheme-approved-morrisons-island-irish-times'] = r'''
> Environment
> Cork flood scheme approved after ‘decades of waiting’
Q direct Donal Ó Sé :: ‘decades of waiting’
L city Cork
> Planning body clears €212m River Lee defences protecting 2,100 properties in the city centre
F money €212m
L geo River Lee
F number 2,100
> Ruairí Ó Donnabháin
P full Ruairí Ó Donnabháin
> Wed Mar 11 2043 - 17:45
F date Mar 11 2043
F time 17:45
> Flooding on Oliver Plunkett Street in Cork in November 2041. Photograph: Daragh Mac Suibhne/Provision
L street Oliver Plunkett Street
L city Cork
F date November 2041
P full Daragh Mac Suibhne
O media Provision
> A €212 million flood-defence scheme for Cork city centre has been approved by An Coimisiún Pleanála, the planning body formerly known as An Bord Pleanála, more than 12 years after it was first proposed.
F money €212 million
L city Cork
O government An Coimisiún Pleanála
O government An Bord Pleanála
F duration 12 years
> The scheme, drawn up by the Office of Public Works (OPW) with Cork City Council, will raise quay walls along both channels of the River Lee by up to 1.2 metres and install 14 pumping stations on the low-lying island known locally as “the flat of the city”. Roughly a third of the 2,100 properties it protects are businesses.
O government Office of Public Works
O government OPW
O government Cork City Council
L geo River Lee
F quantity 1.2 metres
F number 14
Q scare - :: “the flat of the city”
F fraction a third
F number 2,100
> In its decision, published on Wednesday, the commission said the works were “necessary and proportionate” and attached 31 conditions, including a requirement that the old quay walls at Morrison’s Island be rebuilt in limestone.
Q direct An Coimisiún Pleanála :: “necessary and proportionate”
F number 31
L street Morrison’s Island
> Cork City Council chief executive Gráinne Ní Mhurchú said the approval was “the single most important decision for the city in a generation”. “We have had 11 serious floods since 2009. Every one of them closed businesses, and some of them never reopened,” she said.
O government Cork City Council
P full Gráinne Ní Mhurchú
Q direct Gráinne Ní Mhurchú :: “the single most important decision for the city in a generation”
Q direct Gráinne Ní Mhurchú :: “We have had 11 serious floods since 2009. Every one of them closed businesses, and some of them never reopened,”
F number 11
F date 2009
> “Construction will start in January 2044 and run for six years. There will be disruption, and I won’t pretend otherwise. We will keep one lane open on every quay that we can.
Q direct Gráinne Ní Mhurchú :: “Construction will start in January 2044 and run for six years. There will be disruption, and I won’t pretend otherwise. We will keep one lane open on every quay that we can.
F date January 2044
F duration six years
F number one
> “But the alternative is to watch the city centre go under every second winter.”
Q direct Gráinne Ní Mhurchú :: “But the alternative is to watch the city centre go under every second winter.”
> On Oliver Plunkett Street, publican Donal Ó Sé (64) said his bar had flooded four times in 20 years. He keeps sandbags stacked behind the counter from October to March.
L street Oliver Plunkett Street
P full Donal Ó Sé
F age 64
F number four
F duration 20 years
> “Decades of waiting, that’s what it has been,” Mr Ó Sé said. “The insurers won’t touch us. My brother-in-law on Washington Street pays €9,400 a year for cover with a €25,000 excess.”
Q direct Donal Ó Sé :: “Decades of waiting, that’s what it has been,”
P partial Ó Sé
Q direct Donal Ó Sé :: “The insurers won’t touch us. My brother-in-law on Washington Street pays €9,400 a year for cover with a €25,000 excess.”
L street Washington Street
F money €9,400
F money €25,000
> Minister of State at the OPW Eoghan Breathnach said central government would provide €180 million, with the council paying the balance. He described the approval as “a line in the sand” for flood policy.
O government OPW
P full Eoghan Breathnach
F money €180 million
Q direct Eoghan Breathnach :: “a line in the sand”
> Not everyone is convinced. The Lee Quays Alliance, a residents’ and traders’ group, had argued for a tidal barrier downstream at Little Island instead of higher walls, which it says will cut Cork off from its river. “This is a wall, not a plan,” a spokeswoman for the group said.
O nonprofit Lee Quays Alliance
L city Little Island
L city Cork
Q direct - :: “This is a wall, not a plan,”
> Dr Aoife Kiernan-Walsh, a hydrologist at University College Cork (UCC), said the sea level in Cork Harbour had risen by about 11cm since 1990 and could rise a further 50cm by 2100.
P full Aoife Kiernan-Walsh
O education University College Cork
O education UCC
L geo Cork Harbour
F quantity 11cm
F date 1990
F quantity 50cm
F date 2100
> “People hear ‘100-year flood’ and think they are safe for a century. They are not. Walls buy time; they do not buy forever,” she said. Her team’s modelling suggests the defences would cope with the worst expected floods until at least the 2070s.
Q direct Aoife Kiernan-Walsh :: “People hear ‘100-year flood’ and think they are safe for a century. They are not. Walls buy time; they do not buy forever,”
F duration 100-year
F date 2070s
> Work on the first phase, at Morrison’s Island and the South Mall, is due to begin on January 6th, 2044. The OPW said a main contractor would be appointed within nine months.
L street Morrison’s Island
L street South Mall
F date January 6th, 2044
O government OPW
F duration nine months
'''

ARTICLES['1706-osaka-battery-maker-naniwa-cell-kesari-gujarat-sanand-joint-venture-nikkei-asia'] = r'''
> Automobiles
> Osaka's Naniwa Cell to Build $1.9bn EV Battery Plant in India's Gujarat
L city Osaka
O company Naniwa Cell
F money $1.9bn
L country India
L region Gujarat
> Joint venture with Kesari Motors targets 20 GWh a year as Japanese makers chase Indian demand
O company Kesari Motors
F quantity 20 GWh
> MAYUMI OKADA, Nikkei staff writer
P full MAYUMI OKADA
O media Nikkei
> June 18, 2041 19:40 JST
F date June 18, 2041
F time 19:40 JST
> Naniwa Cell President Kenji Sawamura, left, and Kesari Motors Managing Director Arvind Desai-Mehta shake hands in Osaka on June 18. (Photo by Mayumi Okada)
O company Naniwa Cell
P full Kenji Sawamura
O company Kesari Motors
P full Arvind Desai-Mehta
L city Osaka
F date June 18
P full Mayumi Okada
> OSAKA -- Naniwa Cell Technologies, an Osaka-based maker of lithium-ion batteries, will invest 290 billion yen ($1.9 billion) in a joint venture with Indian automaker Kesari Motors to build an electric-vehicle battery plant in Sanand, in the western state of Gujarat, the companies said on Tuesday.
L city OSAKA
O company Naniwa Cell Technologies
L city Osaka
F money 290 billion yen
F money $1.9 billion
O company Kesari Motors
L city Sanand
L region Gujarat
> The venture, to be called Naniwa Kesari Energy, will be 51% owned by the Japanese company and 49% by Kesari, which is based in Ahmedabad. Construction is due to start in October, with the first production line running by March 2043 and full capacity of 20 gigawatt-hours a year reached in 2044.
O company Naniwa Kesari Energy
F percent 51%
F percent 49%
O company Kesari
L city Ahmedabad
F date March 2043
F quantity 20 gigawatt-hours
F date 2044
> That is enough for about 300,000 electric cars. Kesari will take roughly half of the output, and the rest will go to other carmakers in India and to Naniwa Cell customers in Japan and Thailand.
F number 300,000
O company Kesari
F fraction half
L country India
O company Naniwa Cell
L country Japan
L country Thailand
> "India is where the growth is. Japan's car market has not grown in 20 years, and we cannot survive on it alone," President Kenji Sawamura, 58, told reporters at the company's headquarters in Osaka's Chuo Ward.
Q direct Kenji Sawamura :: "India is where the growth is. Japan's car market has not grown in 20 years, and we cannot survive on it alone,"
L country India
L country Japan
F duration 20 years
P full Kenji Sawamura
F age 58
L city Osaka
L region Chuo Ward
> "We are late. The Chinese makers are already there, and the Koreans too. But our customers asked us to come, and Kesari gives us a partner who knows the ground," he said.
Q direct Kenji Sawamura :: "We are late. The Chinese makers are already there, and the Koreans too. But our customers asked us to come, and Kesari gives us a partner who knows the ground,"
O company Kesari
> Sawamura said Naniwa Cell would send about 120 engineers to Sanand for the first two years and hire 2,400 local workers. The company has also applied for subsidies under New Delhi's incentive scheme for battery cells.
P partial Sawamura
O company Naniwa Cell
F number 120
L city Sanand
F duration two years
F number 2,400
L city New Delhi
> Analysts welcomed the move but warned about margins. "Naniwa has the technology, but India is a price war. Cell prices there fell 18% last year," said Yui Hashimoto, an analyst at Marunouchi Securities in Tokyo. She expects the venture to lose money until at least fiscal 2044.
Q direct Yui Hashimoto :: "Naniwa has the technology, but India is a price war. Cell prices there fell 18% last year,"
O company Naniwa
L country India
F percent 18%
P full Yui Hashimoto
O company Marunouchi Securities
L city Tokyo
F date 2044
> Hashimoto estimated that the plant would have to run at more than 70% of capacity to break even, against an industry average of roughly 60 percent in India.
P partial Hashimoto
F percent 70%
F percent 60 percent
L country India
> In Sanand, about 25 km west of Ahmedabad, work has begun on clearing a 48-hectare plot next to Kesari's vehicle assembly plant.
L city Sanand
F quantity 25 km
L city Ahmedabad
F quantity 48-hectare
O company Kesari
> "We were told 'Japanese quality, Indian cost.' That is the target on the wall of my office," said plant manager Rohit Parmar, 41, who moved from Kesari's factory in Pune. "The monsoon starts in June, so the foundations have to be done in four months."
Q direct Rohit Parmar :: "We were told 'Japanese quality, Indian cost.' That is the target on the wall of my office,"
P full Rohit Parmar
F age 41
O company Kesari
L city Pune
Q direct Rohit Parmar :: "The monsoon starts in June, so the foundations have to be done in four months."
F duration four months
> A person familiar with the talks said the two sides had negotiated for 14 months, with the licence fee for Naniwa's "cell-to-pack" design the main sticking point. "In the end, Naniwa kept control of the technology. That was never going to move," the person said.
F number two
F duration 14 months
O company Naniwa
Q scare - :: "cell-to-pack"
Q direct - :: "In the end, Naniwa kept control of the technology. That was never going to move,"
O company Naniwa
> Naniwa Cell shares closed up 6.2% at 3,480 yen in Tokyo on Tuesday. The company had sales of 412 billion yen in the year ended March 2041, up 9 percent.
O company Naniwa Cell
F percent 6.2%
F money 3,480 yen
L city Tokyo
F money 412 billion yen
F date March 2041
F percent 9 percent
'''

ARTICLES['1707-australia-india-boxing-day-test-mcg-day-two-mercer-rajguru-espncricinfo'] = r'''
> Report
> Mercer's 142 puts Australia on top before Rajguru steadies India
P partial Mercer
F number 142
O team Australia
P partial Rajguru
O team India
> Sehrawat takes 4-88 as hosts make 431; visitors 164 for 3 at stumps
P partial Sehrawat
F score 4-88
F score 431
F score 164
F number 3
> Oliver Tregenza
P full Oliver Tregenza
> 27-Dec-2041
F date 27-Dec-2041
> Jayden Mercer brought up his fifth Test century with a pull through midwicket • Hamish Carrow/Getty Images
P full Jayden Mercer
P full Hamish Carrow
O company Getty Images
> Australia 431 (Mercer 142, Westbrook 71, Sehrawat 4-88, Kaushik 3-97) v India 164 for 3 (Rajguru 78*, Dhillon 40)
O team Australia
F score 431
P partial Mercer
F number 142
P partial Westbrook
F number 71
P partial Sehrawat
F score 4-88
P partial Kaushik
F score 3-97
O team India
F score 164
F number 3
P partial Rajguru
F number 78
P partial Dhillon
F number 40
> Jayden Mercer's patient 142 carried Australia to 431 on the second day of the Boxing Day Test at the MCG, but Nikhil Rajguru's unbeaten 78 meant India ended a long day in front of 71,318 spectators still believing they could save the match.
P full Jayden Mercer
F number 142
O team Australia
F score 431
L facility MCG
P full Nikhil Rajguru
F number 78
O team India
F number 71,318
> Resuming on 287 for 4, Australia added 144 runs in just under 40 overs. Mercer, who had been 91 overnight, brought up his century with a pull off Vikrant Sehrawat in the 11th over of the morning and was finally out for 142 off 261 balls, caught at deep square leg shortly after lunch.
F score 287
F number 4
O team Australia
F number 144
F number 40
P partial Mercer
F number 91
P full Vikrant Sehrawat
F number 142
F number 261
> The 27-year-old left-hander from Ballarat has now made five centuries in 19 Tests, three of them at this ground.
F age 27-year-old
L city Ballarat
F number five
F number 19
F number three
> "It's a funny wicket. It looks flat, and then one holds up and you're walking off," Mercer said. "I just told myself to bat time and not worry about the scoreboard."
Q direct Jayden Mercer :: "It's a funny wicket. It looks flat, and then one holds up and you're walking off,"
P partial Mercer
Q direct Jayden Mercer :: "I just told myself to bat time and not worry about the scoreboard."
> Captain Callum Westbrook made a brisk 71 and put on 118 with Mercer before Sehrawat, the 24-year-old Haryana quick, removed him with a ball that kept low. Sehrawat finished with 4-88 from 29.3 overs and Arjun Kaushik, the left-arm spinner, took 3-97.
P full Callum Westbrook
F number 71
F number 118
P partial Mercer
P partial Sehrawat
F age 24-year-old
O team Haryana
P partial Sehrawat
F score 4-88
F number 29.3
P full Arjun Kaushik
F score 3-97
> Groundstaff had left a dry patch outside the right-hander's off stump that the players have nicknamed "the Paddock". A member of the Australian support staff said the surface "will start to misbehave by Saturday."
Q scare - :: "the Paddock"
Q direct - :: "will start to misbehave by Saturday."
> India's reply began badly. Sahil Thakore went for 6 in the fourth over, and Kabir Dhillon fell for 40 to Riley O'Halloran ten minutes before tea. When captain Aditya Rathore was lbw for 11 just after the break, India were 97 for 3 and the crowd, perhaps a third of it wearing blue, had gone quiet.
O team India
P full Sahil Thakore
F number 6
P full Kabir Dhillon
F number 40
P full Riley O'Halloran
F duration ten minutes
P full Aditya Rathore
F number 11
O team India
F score 97
F number 3
F fraction a third
> Rajguru and Manav Iyer then batted through the last session, adding 67 in 26 overs without alarm. Rajguru, 31, has faced 186 balls.
P partial Rajguru
P full Manav Iyer
F number 67
F number 26
P partial Rajguru
F age 31
F number 186
> "We are 267 behind and there are three days left. If Nikhil and Manav bat the first session tomorrow, this is a different game," Rathore said. "Vikrant bowled beautifully. People forget he is only in his fourth Test.
Q direct Aditya Rathore :: "We are 267 behind and there are three days left. If Nikhil and Manav bat the first session tomorrow, this is a different game,"
F number 267
F duration three days
P partial Nikhil
P partial Manav
P partial Rathore
Q direct Aditya Rathore :: "Vikrant bowled beautifully. People forget he is only in his fourth Test.
P partial Vikrant
> "We came back from worse than this in Perth two years ago, and nobody gave us a chance then."
Q direct Aditya Rathore :: "We came back from worse than this in Perth two years ago, and nobody gave us a chance then."
L city Perth
F duration two years
> Westbrook was happy with his side's position. "Anything over 400 on this surface is a good score. We'd have taken it at the toss," he said.
P partial Westbrook
Q direct Callum Westbrook :: "Anything over 400 on this surface is a good score. We'd have taken it at the toss,"
F score 400
> The two-day crowd of 158,907 is the highest for a Test at the ground since 2037. Australia lead the five-match series 1-0 after winning in Adelaide, and play resumes at 10.30am on Saturday.
F duration two-day
F number 158,907
F date 2037
O team Australia
F number five
F score 1-0
L city Adelaide
F time 10.30am
'''

ARTICLES['1708-madurai-metro-first-stretch-opens-thirumangalam-simmakkal-cmrl-the-hindu'] = r'''
> Madurai
L city Madurai
> Madurai gets its first metro stretch as Thirumangalam–Simmakkal line opens
L city Madurai
L city Thirumangalam
L city Simmakkal
> The 14.2-km elevated section with 12 stations cost ₹4,620 crore; CMRL expects 60,000 passengers a day in the first year
F quantity 14.2-km
F number 12
F money ₹4,620 crore
O government CMRL
F number 60,000
> K. Raghavendran
P full K. Raghavendran
> Published - March 22, 2042 08:14 pm IST - MADURAI
F date March 22, 2042
F time 08:14 pm IST
L city MADURAI
> Passengers on board the first service from Thirumangalam on Saturday. | Photo Credit: S. JAYAPRAKASH VEL
L city Thirumangalam
P full S. JAYAPRAKASH VEL
> Madurai became the third city in Tamil Nadu with a metro rail service on Saturday (March 22, 2042), when the first 14.2-km stretch of its line between Thirumangalam and Simmakkal was thrown open to the public at 10 a.m.
L city Madurai
L region Tamil Nadu
F date March 22, 2042
F quantity 14.2-km
L city Thirumangalam
L city Simmakkal
F time 10 a.m.
> The elevated section, built by Chennai Metro Rail Limited (CMRL) at a cost of ₹4,620 crore, has 12 stations, including one at Madurai Junction and another near the Meenakshi Amman Temple. Trains will run every 10 minutes from 5.30 a.m. to 11 p.m. The project is funded by the State and Union governments, with a ₹2,310-crore loan from the Japan International Cooperation Agency (JICA).
O government Chennai Metro Rail Limited
O government CMRL
F money ₹4,620 crore
F number 12
L facility Madurai Junction
L facility Meenakshi Amman Temple
F duration 10 minutes
F time 5.30 a.m.
F time 11 p.m.
F money ₹2,310-crore
O government Japan International Cooperation Agency
O government JICA
> CMRL managing director P. Kavitha Rajendran said the section had been finished “nearly eight months ahead of schedule”. The 900-metre viaduct near the temple, which engineers call the “heritage mile”, was built with precast segments to limit vibration.
O government CMRL
P full P. Kavitha Rajendran
Q direct P. Kavitha Rajendran :: “nearly eight months ahead of schedule”
F duration eight months
F quantity 900-metre
Q scare - :: “heritage mile”
> “We expect around 60,000 passengers a day in the first year, rising to 1.5 lakh once the line reaches Othakadai in 2044,” Ms. Rajendran said.
Q direct P. Kavitha Rajendran :: “We expect around 60,000 passengers a day in the first year, rising to 1.5 lakh once the line reaches Othakadai in 2044,”
F number 60,000
F number 1.5 lakh
L city Othakadai
F date 2044
P partial Rajendran
> Flagging off the first train, Transport Minister T. Rajasekaran said the Tamil Nadu State Transport Corporation (TNSTC) would run 40 feeder buses linking the stations with Thirupparankundram, Avaniyapuram and the Mattuthavani bus terminus.
P full T. Rajasekaran
O government Tamil Nadu State Transport Corporation
O government TNSTC
F number 40
L city Thirupparankundram
L city Avaniyapuram
L facility Mattuthavani
> “Madurai has waited long enough. Chennai got its metro in 2015; the people of the south deserve the same,” Mr. Rajasekaran said.
Q direct T. Rajasekaran :: “Madurai has waited long enough. Chennai got its metro in 2015; the people of the south deserve the same,”
L city Madurai
L city Chennai
F date 2015
P partial Rajasekaran
> Fares range from ₹10 to ₹40, and passengers paying with QR tickets get a 20% discount.
F money ₹10
F money ₹40
F percent 20%
> For K. Muthulakshmi, 34, who works at a textile showroom on Town Hall Road and commutes from Thirupparankundram, the line cuts a 55-minute bus journey to 22 minutes. “The conductor used to shout ‘move inside, move inside’ the whole way. Today I sat down and read the newspaper,” she said, laughing.
P full K. Muthulakshmi
F age 34
L street Town Hall Road
L city Thirupparankundram
F duration 55-minute
F duration 22 minutes
Q direct K. Muthulakshmi :: “The conductor used to shout ‘move inside, move inside’ the whole way. Today I sat down and read the newspaper,”
> A CMRL official, who did not wish to be named, said the parking lots at four stations were still not ready. “The contractor will finish by April-end,” the official said.
O government CMRL
F number four
Q direct - :: “The contractor will finish by April-end,”
> Prof. Ananya Subramaniam of the Department of Civil Engineering at IIT Madras, who studies urban transport, called the ridership projections “optimistic” unless the feeder network worked well.
P full Ananya Subramaniam
O education Department of Civil Engineering
O education IIT Madras
Q direct Ananya Subramaniam :: “optimistic”
> “A metro is only as good as the last kilometre. In Madurai, half the trips are under 5 km, and people will not pay twice for a short ride,” she said.
Q direct Ananya Subramaniam :: “A metro is only as good as the last kilometre. In Madurai, half the trips are under 5 km, and people will not pay twice for a short ride,”
L city Madurai
F fraction half
F quantity 5 km
> The remaining 16.8 km to Othakadai, including a 2.4-km tunnel under the Vaigai river, is 58% complete and is due to open in December 2044.
F quantity 16.8 km
L city Othakadai
F quantity 2.4-km
L geo Vaigai
F percent 58%
F date December 2044
'''

ARTICLES['1709-cta-cuts-south-side-crosstown-bus-route-englewood-riders-chicago-tribune'] = r'''
> Transportation
> CTA to cut South Side bus route, leaving Englewood riders a longer walk
O government CTA
L region South Side
L city Englewood
> By Marisol Okafor-Reyes | Chicago Tribune
P full Marisol Okafor-Reyes
O media Chicago Tribune
> PUBLISHED: April 9, 2042 at 5:00 a.m. CDT | UPDATED: April 9, 2042 at 11:42 a.m. CDT
F date April 9, 2042
F time 5:00 a.m. CDT
F date April 9, 2042
F time 11:42 a.m. CDT
> A CTA bus waits at 63rd Street and Halsted Street in Englewood on April 7, 2042. (Terrence Oduya-Hall / Chicago Tribune)
O government CTA
L street 63rd Street
L street Halsted Street
L city Englewood
F date April 7, 2042
P full Terrence Oduya-Hall
O media Chicago Tribune
> The Chicago Transit Authority will eliminate a crosstown bus route through Englewood and West Englewood on June 1, the agency's board voted Tuesday, ending service that carried about 3,100 riders a day last year.
O government Chicago Transit Authority
L city Englewood
L city West Englewood
F date June 1
F number 3,100
> The cut, approved 5-2, is part of a package meant to save $14.6 million a year as the CTA faces a $410 million hole in its 2043 budget. Two other routes, on the Northwest Side, will run less often.
F number 5-2
F money $14.6 million
O government CTA
F money $410 million
F date 2043
F number Two
L region Northwest Side
> CTA President Denise Hargrove-Lyle said ridership on the route had fallen 38% since 2038 and that buses often ran "close to empty" outside rush hours. "We are not cutting service because we want to. We are cutting it because every dollar has to carry more riders than it did five years ago," she said at the board's meeting at CTA headquarters, 567 W. Lake St.
O government CTA
P full Denise Hargrove-Lyle
F percent 38%
F date 2038
Q direct Denise Hargrove-Lyle :: "close to empty"
Q direct Denise Hargrove-Lyle :: "We are not cutting service because we want to. We are cutting it because every dollar has to carry more riders than it did five years ago,"
F duration five years
O government CTA
L address 567 W. Lake St.
> Regulars know the route as the "Dialysis Express," because it stops outside two treatment centers. Gloria Whitfield, 71, rides it twice a week to St. Bernard Hospital. After June 1, the nearest bus stop will be seven blocks from her apartment on South Morgan Street.
Q scare - :: "Dialysis Express,"
F number two
P full Gloria Whitfield
F age 71
L facility St. Bernard Hospital
F date June 1
F number seven
L street South Morgan Street
> "Seven blocks is nothing to you. To me, in January, with a cane, that's a mountain," Whitfield said. "They keep telling us to 'use alternatives.' What alternatives?"
Q direct Gloria Whitfield :: "Seven blocks is nothing to you. To me, in January, with a cane, that's a mountain,"
F number Seven
P partial Whitfield
Q direct Gloria Whitfield :: "They keep telling us to 'use alternatives.' What alternatives?"
> Ald. Marcus Tillman, whose 16th Ward includes most of the route, called the decision "a slap in the face" to a neighborhood that has lost two grocery stores and a clinic since 2039.
P full Marcus Tillman
Q direct Marcus Tillman :: "a slap in the face"
F number two
F date 2039
> "When the North Side loses a bus, there's a community meeting and a task force. When Englewood loses one, we get a press release," Tillman said. "I have asked the City Council to hold a hearing before June 1, and I expect the CTA to show up.
Q direct Marcus Tillman :: "When the North Side loses a bus, there's a community meeting and a task force. When Englewood loses one, we get a press release,"
L region North Side
L city Englewood
P partial Tillman
Q direct Marcus Tillman :: "I have asked the City Council to hold a hearing before June 1, and I expect the CTA to show up.
O government City Council
F date June 1
O government CTA
> "If they want to talk about efficiency, they can explain it to the 3,100 people who rode that bus."
Q direct Marcus Tillman :: "If they want to talk about efficiency, they can explain it to the 3,100 people who rode that bus."
F number 3,100
> Hannah Lindqvist, a transportation researcher at Northwestern University, said route eliminations tend to hit older and disabled riders hardest. Her 2041 study of 22 cuts in five U.S. cities found that about a quarter of riders on an eliminated route stopped using transit within a year.
P full Hannah Lindqvist
O education Northwestern University
F date 2041
F number 22
F number five
L country U.S.
F fraction a quarter
> "The savings look clean on a spreadsheet. The costs show up somewhere else — in missed appointments, in lost jobs," Lindqvist said.
Q direct Hannah Lindqvist :: "The savings look clean on a spreadsheet. The costs show up somewhere else — in missed appointments, in lost jobs,"
P partial Lindqvist
> A CTA board member who voted for the package, speaking on condition of anonymity because the board's talks are private, said more cuts were likely. "This is the small one," the board member said.
O government CTA
Q direct - :: "This is the small one,"
> The CTA said it would extend two nearby routes by 0.8 miles and run them every 12 minutes at rush hour instead of every 15 minutes. The agency raised base fares 10 percent in January 2042. Service on the eliminated route ends at 11:59 p.m. May 31.
O government CTA
F number two
F quantity 0.8 miles
F duration 12 minutes
F duration 15 minutes
F percent 10 percent
F date January 2042
F time 11:59 p.m.
F date May 31
'''

ARTICLES['1710-elbe-low-water-magdeburg-barges-stranded-hamburg-domfelsen-dw'] = r'''
> Business
> Germany: Elbe low water strands barges at Magdeburg
L country Germany
L geo Elbe
L city Magdeburg
> Water levels on the Elbe have fallen to 48 centimeters at Magdeburg, halting most cargo traffic. The shipping industry says the river has become 'unreliable' and wants Berlin to act.
L geo Elbe
F quantity 48 centimeters
L city Magdeburg
Q direct Dirk Brandhorst :: 'unreliable'
L city Berlin
> Johanna Reimers
P full Johanna Reimers
> 08/27/2042
F date 08/27/2042
> The riverbed of the Elbe lies exposed below Magdeburg's Strombrücke bridge. Image: Ronny Hartwig/dpa/picture alliance
L geo Elbe
L city Magdeburg
L facility Strombrücke
P full Ronny Hartwig
O media dpa
O media picture alliance
> Cargo shipping on large parts of the Elbe has come to a standstill after a dry summer pushed the water level at the Magdeburg gauge down to 48 centimeters (19 inches) on Tuesday, the lowest August reading in more than 100 years. By 6 a.m. on Wednesday it had dropped to 46 centimeters.
L geo Elbe
L city Magdeburg
F quantity 48 centimeters
F quantity 19 inches
F duration 100 years
F time 6 a.m.
F quantity 46 centimeters
> Barges need at least 1.2 meters of water to carry a full load on the stretch between Hamburg and the Czech border. At current levels most have stopped sailing, and those still moving carry less than a third of their usual cargo.
F quantity 1.2 meters
L city Hamburg
F fraction a third
> Dirk Brandhorst of the Federal Association of German Inland Navigation (BDB) said around 90 vessels were stuck along the river. "The Elbe has become unreliable. A shipper in Dresden cannot plan a delivery to Hamburg if he doesn't know whether the river will be there next week," he told DW.
P full Dirk Brandhorst
O nonprofit Federal Association of German Inland Navigation
O nonprofit BDB
F number 90
Q direct Dirk Brandhorst :: "The Elbe has become unreliable. A shipper in Dresden cannot plan a delivery to Hamburg if he doesn't know whether the river will be there next week,"
L geo Elbe
L city Dresden
L city Hamburg
O media DW
> Brandhorst put the losses of shipping companies at €4.5 million a week and said the BDB had asked for an emergency fund of €30 million.
P partial Brandhorst
F money €4.5 million
O nonprofit BDB
F money €30 million
> Barge captain Stefan Kühnel, 52, from Duisburg, has been tied up in the port of Magdeburg for 11 days with 600 tons of fertilizer bound for the Czech Republic. His vessel was built for 1,350 tons.
P full Stefan Kühnel
F age 52
L city Duisburg
L city Magdeburg
F duration 11 days
F quantity 600 tons
L country Czech Republic
F quantity 1,350 tons
> "I have been on the water for 30 years, and I have never seen the Elbe like this. You walk along the bank and see rocks my father told me about when I was a boy," Kühnel said. "We sit here, and the costs keep running: the loan on the ship, the insurance, my crew.
Q direct Stefan Kühnel :: "I have been on the water for 30 years, and I have never seen the Elbe like this. You walk along the bank and see rocks my father told me about when I was a boy,"
F duration 30 years
L geo Elbe
P partial Kühnel
Q direct Stefan Kühnel :: "We sit here, and the costs keep running: the loan on the ship, the insurance, my crew.
> "Nobody pays us for waiting."
Q direct Stefan Kühnel :: "Nobody pays us for waiting."
> In the city itself, a rock ridge known as the "Domfelsen," which surfaces only in severe droughts, drew hundreds of onlookers over the weekend.
Q scare - :: "Domfelsen,"
L geo Domfelsen
> Federal Transport Minister Annegret Vollmer-Sandt said Berlin would speed up plans to deepen two critical sections of the river but rejected calls for an emergency fund. Shipping companies "must also adapt their fleets," she said in a statement.
P full Annegret Vollmer-Sandt
L city Berlin
F number two
Q direct Annegret Vollmer-Sandt :: "must also adapt their fleets,"
> At the Port of Hamburg, containers that would normally travel upriver by barge are being moved to rail. A spokesperson for the Hamburg Port Authority (HPA) said about 2,400 containers a week had been diverted. "Rail capacity is finite. The trains were already full before the drought," the spokesperson said.
L facility Port of Hamburg
O government Hamburg Port Authority
O government HPA
F number 2,400
Q direct - :: "Rail capacity is finite. The trains were already full before the drought,"
> Elbtal Chemie, a fertilizer maker in Wittenberg, has switched 70% of its outgoing freight to trucks and trains. "We have stock for about 10 days," spokeswoman Carola Jentzsch said. The company normally ships some 20,000 tons a month by barge.
O company Elbtal Chemie
L city Wittenberg
F percent 70%
Q direct Carola Jentzsch :: "We have stock for about 10 days,"
F duration 10 days
P full Carola Jentzsch
F quantity 20,000 tons
> Germany's weather service, the DWD, expects little rain before mid-September. The last comparable low, in 2040, lasted 47 days.
L country Germany
O government DWD
F date 2040
F duration 47 days
> Edited by: Uwe Brackmann
P full Uwe Brackmann
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
