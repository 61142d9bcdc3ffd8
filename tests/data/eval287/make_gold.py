#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval287 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval287/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1765-lake-district-visitor-levy-trial-ambleside-borrowdale-lancaster-guardian'] = r'''
> Environment
> Lake District to charge drivers £5 a day in visitor levy trial
L region Lake District
F money £5
> National park authority says 18-month pilot in four valleys could raise £6m a year, but Ambleside traders fear lost custom
F duration 18-month
F number four
F money £6m
L city Ambleside
> Harriet Calloway Environment correspondent
P full Harriet Calloway
> Wed 14 Mar 2040 07.00 GMT
F date 14 Mar 2040
F time 07.00 GMT
> Traffic queues on the A591 near Grasmere on a bank holiday weekend. Photograph: Owen Pritchard/The Guardian
L street A591
L city Grasmere
P full Owen Pritchard
O media The Guardian
> Visitors driving into the Lake District will pay £5 a day to enter four of its busiest valleys from next spring, under an 18-month trial meant to cut congestion and pay for buses, footpaths and flood repairs.
L region Lake District
F money £5
F number four
F duration 18-month
> The Lake District National Park Authority (LDNPA) confirmed on Tuesday that the levy will apply between 1 April 2041 and 30 September 2042 in Borrowdale, Langdale, the Ullswater valley and the corridor between the towns of Windermere and Grasmere.
O government Lake District National Park Authority
O government LDNPA
F date 1 April 2041
F date 30 September 2042
L geo Borrowdale
L geo Langdale
L geo Ullswater
L city Windermere
L city Grasmere
> The park, England’s largest, drew 18.4 million visitors last year, 83% of them by car.
L country England
F number 18.4 million
F percent 83%
> “We are not trying to keep people out of the Lakes,” said the authority’s chief executive, Rosalind Ashworth-Kaye. “We are trying to stop the Lakes being loved to death. On a Saturday in August, Borrowdale can have 3,000 cars chasing 900 parking spaces.”
Q direct Rosalind Ashworth-Kaye :: “We are not trying to keep people out of the Lakes,”
Q direct Rosalind Ashworth-Kaye :: “We are trying to stop the Lakes being loved to death. On a Saturday in August, Borrowdale can have 3,000 cars chasing 900 parking spaces.”
L region Lakes
P full Rosalind Ashworth-Kaye
L region Lakes
L geo Borrowdale
F number 3,000
F number 900
> Ashworth-Kaye, 52, said the charge would be collected by number-plate cameras on eight roads. She expects it to raise £5.8m to £6.4m a year, of which a fifth would pay for running the scheme and the rest would go into a ring-fenced “visitor fund” for buses and for paths eroded by the floods of 2038.
P partial Ashworth-Kaye
F age 52
F number eight
F money £5.8m
F money £6.4m
F fraction a fifth
Q scare - :: “visitor fund”
F date 2038
> In Ambleside, where car parks are full by 10am in summer, traders are divided. Bethan Orrell, who has run the Sheepfold Café on Lake Road for 14 years, said the levy “sounds sensible on paper”.
L city Ambleside
F time 10am
P full Bethan Orrell
O company Sheepfold Café
L street Lake Road
F duration 14 years
Q direct Bethan Orrell :: “sounds sensible on paper”
> “But my customers are day-trippers from Manchester and Lancashire who already pay £12 to park,” she said. “Add another £5 and some of them will go to the Peak District instead. I’d like to see the ‘evidence’ they keep talking about.”
Q direct Bethan Orrell :: “But my customers are day-trippers from Manchester and Lancashire who already pay £12 to park,”
Q direct Bethan Orrell :: “Add another £5 and some of them will go to the Peak District instead. I’d like to see the ‘evidence’ they keep talking about.”
L city Manchester
L region Lancashire
F money £12
F money £5
L region Peak District
> Westmorland and Furness Council, which must approve the traffic orders, will vote on 26 March. Gareth Pennington, the councillor for the Kendal Rural division, said he would back it only if the money stayed in Cumbria.
O government Westmorland and Furness Council
F date 26 March
P full Gareth Pennington
L region Kendal Rural
L region Cumbria
> “People in Kendal and Keswick have sat in these queues for a decade,” Pennington said. “I will not vote for a toll that ends up in London.”
Q direct Gareth Pennington :: “People in Kendal and Keswick have sat in these queues for a decade,”
Q direct Gareth Pennington :: “I will not vote for a toll that ends up in London.”
L city Kendal
L city Keswick
P partial Pennington
L city London
> Researchers at Lancaster University who modelled the trial estimate that traffic in the four valleys could fall by 12 to 18 per cent, with about half of the drop coming from drivers leaving their cars at Windermere and Penrith stations.
O education Lancaster University
F number four
F percent 12
F percent 18 per cent
F fraction half
L facility Windermere
L facility Penrith
> “A charge on its own rarely changes behaviour for long,” said Dr Imogen Fairbairn, a transport geographer at the university’s Lancaster Environment Centre. “In Borrowdale that means a bus every 15 minutes, not every hour.”
Q direct Imogen Fairbairn :: “A charge on its own rarely changes behaviour for long,”
Q direct Imogen Fairbairn :: “In Borrowdale that means a bus every 15 minutes, not every hour.”
P full Imogen Fairbairn
O education Lancaster Environment Centre
L geo Borrowdale
F duration 15 minutes
> Fairbairn, who has studied visitor charges in Snowdonia and the Highlands, said the Welsh levy of 2039 had cut car trips to the busiest car parks by 9% in its first year. She called the Lake District plan “bolder, and riskier”.
P partial Fairbairn
L region Snowdonia
L region Highlands
F date 2039
F percent 9%
L region Lake District
Q direct Imogen Fairbairn :: “bolder, and riskier”
> A hotelier in Keswick, who asked not to be named, said: "Half my guests will just drive to Yorkshire." The authority said the trial was “a test, not a tax”, and that hotel guests would be exempt for up to 72 hours.
L city Keswick
Q direct - :: "Half my guests will just drive to Yorkshire."
F fraction Half
L region Yorkshire
Q direct Lake District National Park Authority :: “a test, not a tax”
F duration 72 hours
'''

ARTICLES['1766-kaveri-logic-layoffs-us-listing-bengaluru-nasscom-bloomberg'] = r'''
> Technology
> Indian Software Maker Kaveri Logic Cuts 1,800 Jobs Ahead of $1.2 Billion US Listing
O company Kaveri Logic
F number 1,800
F money $1.2 Billion
L country US
> Bengaluru-based company to shed 14% of staff as AI tools cut demand
L city Bengaluru
F percent 14%
> Co-founder says Nasdaq share sale is planned for second half of 2041
O company Nasdaq
F date 2041
> By Meera Iyengar and Tom Westervelt
P full Meera Iyengar
P full Tom Westervelt
> March 14, 2041 at 10:42 AM GMT+5:30
F date March 14, 2041
F time 10:42 AM GMT+5:30
> Employees leave Kaveri Logic’s campus in Whitefield, Bengaluru, on March 13. Photographer: Samir Kulkarni/Bloomberg
O company Kaveri Logic
L city Whitefield
L city Bengaluru
F date March 13
P full Samir Kulkarni
O media Bloomberg
> (Bloomberg) -- Kaveri Logic Systems Ltd., a Bengaluru-based maker of banking software, will cut about 1,800 jobs, or 14% of its workforce, as it prepares for a US share sale that could value it at as much as $1.2 billion.
O media Bloomberg
O company Kaveri Logic Systems Ltd.
L city Bengaluru
F number 1,800
F percent 14%
L country US
F money $1.2 billion
> The cuts will fall mostly on testing and support teams in Bengaluru, Hyderabad and Pune, co-founder and Chief Executive Officer Aditya Raghunathan said in an interview on Thursday. Staff who leave will get four months’ pay and “priority for rehiring” into new AI roles, the company said in a statement.
L city Bengaluru
L city Hyderabad
L city Pune
P full Aditya Raghunathan
F duration four months
Q direct Kaveri Logic Systems Ltd. :: “priority for rehiring”
> “The work our clients paid 200 engineers to do five years ago, 40 engineers and a set of models can now do,” Raghunathan, 46, said. “We can pretend that isn’t happening, or we can be honest about it.”
Q direct Aditya Raghunathan :: “The work our clients paid 200 engineers to do five years ago, 40 engineers and a set of models can now do,”
Q direct Aditya Raghunathan :: “We can pretend that isn’t happening, or we can be honest about it.”
F number 200
F duration five years
F number 40
P partial Raghunathan
F age 46
> The company, founded in 2029 by Raghunathan and his college friend Kavya Sundaram, employs about 12,900 people and counts lenders in India, the Middle East and Southeast Asia among its clients. Revenue rose 9.2% to 61.4 billion rupees ($735 million) in the year ended March 2040, while net income slipped to 4.1 billion rupees.
F date 2029
P partial Raghunathan
P full Kavya Sundaram
F number 12,900
L country India
L region Middle East
L region Southeast Asia
F percent 9.2%
F money 61.4 billion rupees
F money $735 million
F date March 2040
F money 4.1 billion rupees
> Kaveri Logic plans to list American depositary receipts on the Nasdaq and has hired Morgan Stanley and Kotak Mahindra Capital Co. to manage the offering, according to people familiar with the matter, who asked not to be identified because the plans are private. The company is “in no hurry” to price a sale that could raise as much as $300 million, one of the people said.
O company Kaveri Logic
O company Nasdaq
O company Morgan Stanley
O company Kotak Mahindra Capital Co.
Q direct - :: “in no hurry”
F money $300 million
> Raghunathan confirmed that a US listing was the plan but declined to give a size. “New York is where the investors who understand software are,” he said.
P partial Raghunathan
L country US
Q direct Aditya Raghunathan :: “New York is where the investors who understand software are,”
L city New York
> Shares of Indian IT companies have slumped this year as clients shift spending to so-called “agentic” tools that write and test code. The Nifty IT index is down 17% since January.
Q scare - :: “agentic”
F percent 17%
> “Kaveri is doing what the whole mid-tier is doing, only louder,” said Priyanka Deshmukh, an analyst at Sethna Mehra Securities in Mumbai. “A 14% cut buys them margin for six months. It doesn’t buy them a story for New York.”
Q direct Priyanka Deshmukh :: “Kaveri is doing what the whole mid-tier is doing, only louder,”
Q direct Priyanka Deshmukh :: “A 14% cut buys them margin for six months. It doesn’t buy them a story for New York.”
O company Kaveri
P full Priyanka Deshmukh
O company Sethna Mehra Securities
L city Mumbai
F percent 14%
F duration six months
L city New York
> Deshmukh estimates the cuts will save about 7 billion rupees a year and lift the operating margin to 18% from 15.5%.
P partial Deshmukh
F money 7 billion rupees
F percent 18%
F percent 15.5%
> The National Association of Software and Service Companies, or Nasscom, has said the industry added just 60,000 jobs in the year to March, a quarter of its hiring in 2035. Its vice president for policy, Harish Venkatraman, said mid-sized firms were under the most pressure.
O nonprofit National Association of Software and Service Companies
O nonprofit Nasscom
F number 60,000
F fraction a quarter
F date 2035
P full Harish Venkatraman
> “This is not a collapse, it is a ‘reset’ of what a software job is,” Venkatraman said. “Firms with 5,000 to 20,000 employees have the least room to absorb it.”
Q direct Harish Venkatraman :: “This is not a collapse, it is a ‘reset’ of what a software job is,”
Q direct Harish Venkatraman :: “Firms with 5,000 to 20,000 employees have the least room to absorb it.”
P partial Venkatraman
F number 5,000
F number 20,000
> Kaveri Logic’s shares aren’t publicly traded. Its last private funding round, in 2038, valued it at $840 million.
O company Kaveri Logic
F date 2038
F money $840 million
> --With assistance from Ananya Bose
P full Ananya Bose
'''

ARTICLES['1767-celtics-beat-bucks-overtime-whitcombe-td-garden-espn'] = r'''
> Whitcombe's 41 Lift Celtics Past Bucks 128-124 in Overtime
P partial Whitcombe
F number 41
O team Celtics
O team Bucks
F score 128-124
> Darnell Whitcombe scored nine of his 41 points in overtime as Boston beat Milwaukee for the third time this season.
P full Darnell Whitcombe
F number nine
F number 41
O team Boston
O team Milwaukee
> Lena Forsberg-Hale, ESPN Staff Writer
P full Lena Forsberg-Hale
O media ESPN
> Jan 23, 2042, 11:17 PM ET
F date Jan 23, 2042
F time 11:17 PM ET
> Darnell Whitcombe drives past Khalil Ambrose in the fourth quarter at TD Garden on Thursday. Brian Okonkwo/NBAE via Getty Images
P full Darnell Whitcombe
P full Khalil Ambrose
L facility TD Garden
P full Brian Okonkwo
O other NBAE
O company Getty Images
> BOSTON -- Darnell Whitcombe had waited all night for the ball in his spot, 18 feet from the basket on the left elbow. When it came, with 41.2 seconds left in overtime, he did not hesitate.
L city BOSTON
P full Darnell Whitcombe
F quantity 18 feet
F duration 41.2 seconds
> Whitcombe's jumper broke a 122-122 tie, and the Boston Celtics held on to beat the Milwaukee Bucks 128-124 on Thursday night in front of a sellout crowd of 19,156 at TD Garden.
P partial Whitcombe
F score 122-122
O team Boston Celtics
O team Milwaukee Bucks
F score 128-124
F number 19,156
L facility TD Garden
> The 27-year-old forward finished with 41 points, 11 rebounds and six assists, and scored nine of Boston's 14 points in the extra period. He made 15 of 27 shots, including five 3-pointers.
F age 27-year-old
F number 41
F number 11
F number six
F number nine
O team Boston
F number 14
F number 15
F number 27
F number five
F number 3
> "I just wanted the ball," Whitcombe said. "Coach drew it up for somebody else, honestly, but they 'showed' on Tobi and I was wide open. You don't miss that one."
Q direct Darnell Whitcombe :: "I just wanted the ball,"
Q direct Darnell Whitcombe :: "Coach drew it up for somebody else, honestly, but they 'showed' on Tobi and I was wide open. You don't miss that one."
P partial Whitcombe
P partial Tobi
> Milwaukee (31-17) led by 13 points early in the third quarter before the Celtics (34-14) chipped away. Center Tobias Lindqvist, the 7-foot Swede his teammates call "the Fridge," had 22 points and 14 rebounds and tied the game at 114 with a hook shot with 8.6 seconds left in regulation.
Q scare - :: "the Fridge,"
O team Milwaukee
F score 31-17
F number 13
O team Celtics
F score 34-14
P full Tobias Lindqvist
F quantity 7-foot
F number 22
F number 14
F score 114
F duration 8.6 seconds
> Khalil Ambrose led the Bucks with 37 points and nine assists, but he missed two free throws with 1:04 left in overtime, and his 3-point attempt at the buzzer rolled off the rim.
P full Khalil Ambrose
O team Bucks
F number 37
F number nine
F number two
F time 1:04
F number 3
> "That's on me. I make those two in my sleep," said Ambrose, who is 29. "We played well for 50 minutes. The last three, we didn't."
Q direct Khalil Ambrose :: "That's on me. I make those two in my sleep,"
Q direct Khalil Ambrose :: "We played well for 50 minutes. The last three, we didn't."
F number two
P partial Ambrose
F age 29
F duration 50 minutes
F number three
> Bucks coach Stefan Kowalczyk said his team "ran out of legs" after playing in Toronto the night before. Milwaukee was playing the second game of a back-to-back and its fourth in six days.
O team Bucks
P full Stefan Kowalczyk
Q direct Stefan Kowalczyk :: "ran out of legs"
L city Toronto
O team Milwaukee
F duration six days
> Celtics coach Dwayne Merriweather credited his bench, which outscored Milwaukee's 38-21. "Our second unit changed the game in the third quarter. They took the air out of the building, and then they gave it back to us.
O team Celtics
P full Dwayne Merriweather
O team Milwaukee
F score 38-21
Q direct Dwayne Merriweather :: "Our second unit changed the game in the third quarter. They took the air out of the building, and then they gave it back to us.
> "Darnell gets the headlines, and he should. But we don't win this without those five guys," Merriweather said.
Q direct Dwayne Merriweather :: "Darnell gets the headlines, and he should. But we don't win this without those five guys,"
P partial Darnell
F number five
P partial Merriweather
> The Celtics went on a 17-2 run in just under five minutes spanning the third and fourth quarters, turning a 78-65 deficit into an 82-80 lead. Rookie guard Marquis Ebanks-Touré scored 12 of his 16 points in that stretch.
O team Celtics
F score 17-2
F duration five minutes
F score 78-65
F score 82-80
P full Marquis Ebanks-Touré
F number 12
F number 16
> An NBA scout at the game, speaking on condition of anonymity, called Ebanks-Touré "the best on-ball defender in this rookie class, and it isn't close."
O other NBA
P partial Ebanks-Touré
Q direct - :: "the best on-ball defender in this rookie class, and it isn't close."
> Boston has won seven straight at home and is two games ahead of the Bucks for first place in the Eastern Conference. Half of its remaining 34 games are on the road.
O team Boston
F number seven
F number two
O team Bucks
O other Eastern Conference
F fraction Half
F number 34
> Up next: Celtics at Knicks, Saturday, 7:30 PM ET; Bucks vs. Heat, Sunday, 6 PM ET.
O team Celtics
O team Knicks
F time 7:30 PM ET
O team Bucks
O team Heat
F time 6 PM ET
'''

ARTICLES['1768-jrl-yung-kuang-station-opens-jurong-west-lta-sutd-straits-times'] = r'''
> Transport
> New JRL station opens: Jurong West residents save up to 9 minutes on trips to Jurong East
L facility JRL
L city Jurong West
F duration 9 minutes
L city Jurong East
> Yung Kuang, the line's 25th station, cost $420 million and serves about 28,000 residents within a 10-minute walk
L facility Yung Kuang
F money $420 million
F number 28,000
F duration 10-minute
> Clara Lim Hui Min
P full Clara Lim Hui Min
> Transport Correspondent
> UPDATED Jun 9, 2041, 06:35 PM
F date Jun 9, 2041
F time 06:35 PM
> Commuters at the new Yung Kuang station on the Jurong Region Line on June 9. ST PHOTO: GAVIN TAN JUN HAO
L facility Yung Kuang
L facility Jurong Region Line
F date June 9
O media ST
P full GAVIN TAN JUN HAO
> SINGAPORE – Residents of Jurong West's older estates can now reach Jurong East by train in 14 minutes, after the newest station on the Jurong Region Line (JRL) opened to passengers on Sunday (June 9).
L country SINGAPORE
L city Jurong West
L city Jurong East
F duration 14 minutes
L facility Jurong Region Line
L facility JRL
F date June 9
> Yung Kuang station, an infill stop built between the existing Corporation and Jurong West stations, sits above Yung Kuang Road next to the Jurong West Sports Centre and has three entrances.
L facility Yung Kuang
L facility Corporation
L facility Jurong West
L street Yung Kuang Road
L facility Jurong West Sports Centre
F number three
> It took five years to build, the Land Transport Authority (LTA) said. Trains call every four minutes during the morning and evening peaks.
F duration five years
O government Land Transport Authority
O government LTA
F duration four minutes
> Opening the station, Senior Minister of State for Transport Hazlina Mohd Ariff said the JRL was built so that "no one in the west should need a bus to reach a train".
P full Hazlina Mohd Ariff
L facility JRL
Q direct Hazlina Mohd Ariff :: "no one in the west should need a bus to reach a train"
> "When we planned this line 15 years ago, Yung Kuang was not on the map. But the estates here are ageing, and many residents told us the walk to Corporation was too far," she said. "We listened."
Q direct Hazlina Mohd Ariff :: "When we planned this line 15 years ago, Yung Kuang was not on the map. But the estates here are ageing, and many residents told us the walk to Corporation was too far,"
Q direct Hazlina Mohd Ariff :: "We listened."
F duration 15 years
L facility Yung Kuang
L facility Corporation
> Ms Hazlina added that the 24km line now carries about 118,000 passengers a day, 6 per cent more than forecast.
P partial Hazlina
F quantity 24km
F number 118,000
F percent 6 per cent
> For retiree Teo Ah Lian, 71, who lives along Jurong West Street 42, the station is a five-minute walk from her flat.
P full Teo Ah Lian
F age 71
L street Jurong West Street 42
F duration five-minute
> "My grandson calls it 'Ah Ma's station'. Last time I took a bus and then the train, and it was 35 minutes to Ng Teng Fong General Hospital. Now it is 20," said Madam Teo.
Q direct Teo Ah Lian :: "My grandson calls it 'Ah Ma's station'. Last time I took a bus and then the train, and it was 35 minutes to Ng Teng Fong General Hospital. Now it is 20,"
F duration 35 minutes
L facility Ng Teng Fong General Hospital
F number 20
P partial Teo
> Because the JRL runs on a viaduct, engineers had to build the station around a live line, working only between 1am and 4.30am, said Mr Roland Kwek Boon Seng, the LTA's deputy group director for rail engineering.
L facility JRL
F time 1am
F time 4.30am
P full Roland Kwek Boon Seng
O government LTA
> "We had about three and a half hours each night. Over two years, that is roughly 700 nights of work, and we never delayed a morning train," Mr Kwek said.
Q direct Roland Kwek Boon Seng :: "We had about three and a half hours each night. Over two years, that is roughly 700 nights of work, and we never delayed a morning train,"
F duration three and a half hours
F duration two years
F number 700
P partial Kwek
> Associate Professor Vivek Raman, who studies rail networks at the Singapore University of Technology and Design (SUTD), said infill stations were "among the cheapest ways to add riders" to a line already built.
P full Vivek Raman
O education Singapore University of Technology and Design
O education SUTD
Q direct Vivek Raman :: "among the cheapest ways to add riders"
> But each new stop adds about 40 seconds to an end-to-end journey, he cautioned. "Add three more and the people in Tengah pay for the people in Jurong West," said Prof Raman, who estimates that a third of trips on the line's western branch now begin or end at Boon Lay, Jurong West or Yung Kuang.
F duration 40 seconds
Q direct Vivek Raman :: "Add three more and the people in Tengah pay for the people in Jurong West,"
F number three
L city Tengah
L city Jurong West
P partial Raman
F fraction a third
L facility Boon Lay
L facility Jurong West
L facility Yung Kuang
> The LTA said another infill station, at Tengah Park, is due in 2043. Commuters who spoke to The Straits Times were mostly upbeat about what some residents call "the far west", although one office worker, who declined to be named, said the platform doors were "too slow, like everything in Jurong".
O government LTA
L facility Tengah Park
F date 2043
O media The Straits Times
Q scare - :: "the far west"
Q direct - :: "too slow, like everything in Jurong"
L city Jurong
'''

ARTICLES['1769-hartsfield-jackson-sixth-runway-plan-college-park-homeowners-ajc'] = r'''
> Metro News
> Sixth runway at Hartsfield-Jackson would cost $2.7 billion and take homes
L facility Hartsfield-Jackson
F money $2.7 billion
> The 9,000-foot strip would need 118 acres in College Park and Hapeville. Homeowners say they have heard this before.
F quantity 9,000-foot
F quantity 118 acres
L city College Park
L city Hapeville
> By Tamika Rowland-Pierce
P full Tamika Rowland-Pierce
> April 24, 2042
F date April 24, 2042
> A Delta Air Lines jet lands over homes on Godby Road in College Park on Tuesday. (Jordan Ellsworth/AJC)
O company Delta Air Lines
L street Godby Road
L city College Park
P full Jordan Ellsworth
O media AJC
> Atlanta’s Department of Aviation will ask the Atlanta City Council next month to approve a $2.7 billion plan for a sixth runway at Hartsfield-Jackson Atlanta International Airport, a project that would reshape neighborhoods south of the world’s busiest airport.
L city Atlanta
O government Department of Aviation
O government Atlanta City Council
F money $2.7 billion
L facility Hartsfield-Jackson Atlanta International Airport
> The 9,000-foot runway would run east to west, south of the existing five, and would let the airport handle 140 more flights a day in bad weather, general manager Cordell Haskins said Wednesday.
F quantity 9,000-foot
F number five
F number 140
P full Cordell Haskins
> “We moved 112 million passengers last year on a runway system that was finished in 2006,” Haskins said in an interview. “If we do nothing, by 2050 we will be turning airlines away. Delays here ripple from Seattle to São Paulo.”
Q direct Cordell Haskins :: “We moved 112 million passengers last year on a runway system that was finished in 2006,”
Q direct Cordell Haskins :: “If we do nothing, by 2050 we will be turning airlines away. Delays here ripple from Seattle to São Paulo.”
F number 112 million
F date 2006
P partial Haskins
F date 2050
L city Seattle
L city São Paulo
> Haskins, 57, said the plan would require buying about 260 homes and 14 businesses in College Park and Hapeville and moving a 1.4-mile stretch of Sullivan Road.
P partial Haskins
F age 57
F number 260
F number 14
L city College Park
L city Hapeville
F quantity 1.4-mile
L street Sullivan Road
> The Federal Aviation Administration (FAA) must first approve an environmental study that the airport expects to take at least 30 months. If the FAA signs off, construction could begin in 2046, with the runway opening by 2049.
O government Federal Aviation Administration
O government FAA
F duration 30 months
O government FAA
F date 2046
F date 2049
> Along Godby Road, homeowners have heard versions of this before. Denise Okafor-Bell, 64, has lived in her brick ranch house in College Park since 1987 and has watched the airport buy out her neighbors in waves.
L street Godby Road
P full Denise Okafor-Bell
F age 64
L city College Park
F date 1987
> “They bought half my street in the 1990s. Now they want the other half,” she said. “I’m not against progress. I’m against being told the number after they’ve already decided it.”
Q direct Denise Okafor-Bell :: “They bought half my street in the 1990s. Now they want the other half,”
Q direct Denise Okafor-Bell :: “I’m not against progress. I’m against being told the number after they’ve already decided it.”
F fraction half
F date 1990s
F fraction half
> Okafor-Bell said the airport’s last offer to a neighbor, $185,000 for a three-bedroom house, would not buy a comparable home anywhere in Clayton or Fulton counties.
P partial Okafor-Bell
F money $185,000
F number three
L region Clayton
L region Fulton
> State Rep. Andre Whitlock, a Democrat whose district includes College Park, said he would file a bill in January requiring the airport to pay displaced homeowners at least 125% of appraised value plus moving costs.
P full Andre Whitlock
L city College Park
F percent 125%
> “The airport is an economic engine for Georgia, nobody disputes that,” Whitlock said. “But the engine has been running over the same families for 40 years.”
Q direct Andre Whitlock :: “The airport is an economic engine for Georgia, nobody disputes that,”
Q direct Andre Whitlock :: “But the engine has been running over the same families for 40 years.”
L region Georgia
P partial Whitlock
F duration 40 years
> A 2041 study by the Georgia Institute of Technology found that noise above 65 decibels already reaches about 9,300 homes around the airport. Dr. Mei-Ling Chao, an aerospace engineer at Georgia Tech who co-wrote it, said a sixth runway would shift that “noise footprint” south rather than shrink it.
F date 2041
O education Georgia Institute of Technology
F quantity 65 decibels
F number 9,300
P full Mei-Ling Chao
O education Georgia Tech
Q scare - :: “noise footprint”
> “Newer planes are quieter, maybe 3 or 4 decibels on departure,” Chao said. “That helps, but it doesn’t make 24 hours of operations disappear.”
Q direct Mei-Ling Chao :: “Newer planes are quieter, maybe 3 or 4 decibels on departure,”
Q direct Mei-Ling Chao :: “That helps, but it doesn’t make 24 hours of operations disappear.”
F quantity 3
F quantity 4 decibels
P partial Chao
F duration 24 hours
> An airline executive who asked not to be named because talks with the airport were continuing said carriers were “broadly supportive” but wanted the cost shared more evenly. Delta, which runs about 1,000 daily departures from Atlanta, declined to comment.
Q direct - :: “broadly supportive”
O company Delta
F number 1,000
L city Atlanta
> The City Council’s transportation committee is scheduled to take up the plan at 10 a.m. May 13 at City Hall.
O government City Council
F time 10 a.m.
F date May 13
L facility City Hall
'''

ARTICLES['1770-koeberg-desalination-plant-tender-mitchells-plain-cape-town-daily-maverick'] = r'''
> CAPE TOWN
L city CAPE TOWN
> City shortlists three bidders for R8.4-billion Koeberg desalination plant
O government City
F number three
F money R8.4-billion
L facility Koeberg
> The plant would supply 100 megalitres a day, about a sixth of Cape Town’s water, by 2044. On the Cape Flats, residents ask who will pay.
F quantity 100 megalitres
F fraction a sixth
L city Cape Town
F date 2044
L geo Cape Flats
> By Ayanda Mkhwanazi-Fortuin
P full Ayanda Mkhwanazi-Fortuin
> 17 Sep 2040
F date 17 Sep 2040
> The site of the proposed plant near Melkbosstrand on the West Coast, north of Cape Town. (Photo: Gallo Images / Nadia Hendricks)
L city Melkbosstrand
L region West Coast
L city Cape Town
O company Gallo Images
P full Nadia Hendricks
> The City of Cape Town has shortlisted three consortiums to build and run a seawater desalination plant at Koeberg, 30km north of the city centre, in what would be the metro’s largest water project since the Berg River Dam was completed in 2009.
O government City of Cape Town
F number three
L facility Koeberg
F quantity 30km
L facility Berg River Dam
F date 2009
> The plant would produce 100 megalitres (ML) a day when it opens in 2044 and could be expanded to 150ML. The winning bidder would run it for 20 years under a public-private partnership before handing it to the City.
F quantity 100 megalitres
F date 2044
F quantity 150ML
F duration 20 years
O government City
> Mayoral committee member for water and sanitation Lwazi Mbanjwa told Daily Maverick on Tuesday that the three bids, opened on 2 September, ranged from R7.9-billion to R9.6-billion.
P full Lwazi Mbanjwa
O media Daily Maverick
F number three
F date 2 September
F money R7.9-billion
F money R9.6-billion
> “Day Zero taught this city that rain is not a plan,” Mbanjwa said. “By 2044, about 15% of what comes out of a Cape Town tap could come from the sea.”
Q direct Lwazi Mbanjwa :: “Day Zero taught this city that rain is not a plan,”
Q direct Lwazi Mbanjwa :: “By 2044, about 15% of what comes out of a Cape Town tap could come from the sea.”
P partial Mbanjwa
F date 2044
F percent 15%
L city Cape Town
> He said the plant would add between 40c and 70c to the price of a kilolitre, and that indigent households, which get their first 10.5 kilolitres a month free, would not pay more.
F money 40c
F money 70c
F quantity 10.5 kilolitres
> In Mitchells Plain, residents are sceptical. Shireen Abrahams, 58, who has lived in Tafelsig for 31 years, said her bill rose by a third after the last tariff increase.
L city Mitchells Plain
P full Shireen Abrahams
F age 58
L city Tafelsig
F duration 31 years
F fraction a third
> “They said ‘water resilience’ then too, and I paid for it,” she said. “Now they want to build a factory at the sea. Who do you think will pay again? Not the people in Constantia.
Q direct Shireen Abrahams :: “They said ‘water resilience’ then too, and I paid for it,”
Q direct Shireen Abrahams :: “Now they want to build a factory at the sea. Who do you think will pay again? Not the people in Constantia.
L city Constantia
> “We ration already. I fill a bucket from the washing machine for the toilet. Nobody from the City has come to Tafelsig to ask us anything.”
Q direct Shireen Abrahams :: “We ration already. I fill a bucket from the washing machine for the toilet. Nobody from the City has come to Tafelsig to ask us anything.”
O government City
L city Tafelsig
> The bidders are a consortium led by Benguela Water Partners, a Stellenbosch-based company; a French-Spanish group; and a joint venture that includes an Omani state utility.
O company Benguela Water Partners
L city Stellenbosch
> Benguela’s chief executive, Marike van Niekerk, said its bid used power from a 60MW solar farm near Atlantis to cut energy costs by almost half. “Desalination is really an electricity business with a water pipe on the end,” she said. “If Eskom’s power is the problem, we bring our own.”
O company Benguela
P full Marike van Niekerk
F quantity 60MW
L city Atlantis
F fraction half
Q direct Marike van Niekerk :: “Desalination is really an electricity business with a water pipe on the end,”
Q direct Marike van Niekerk :: “If Eskom’s power is the problem, we bring our own.”
O company Eskom
> Van Niekerk, 49, said the consortium would employ about 400 people during construction.
P partial Van Niekerk
F age 49
F number 400
> Professor Thandeka Nxumalo, a hydrologist at the University of Cape Town (UCT), said the project made sense only alongside cheaper measures. The City still loses about 23% of its treated water to leaks, she said, and the Cape Flats Aquifer could supply 20 to 30ML a day at a fraction of the cost.
P full Thandeka Nxumalo
O education University of Cape Town
O education UCT
O government City
F percent 23%
L geo Cape Flats Aquifer
F quantity 20
F quantity 30ML
> “Every litre you save in Khayelitsha is a litre you don’t have to boil out of the Atlantic,” Nxumalo said, calling seawater plants “the most expensive tap in the world”.
Q direct Thandeka Nxumalo :: “Every litre you save in Khayelitsha is a litre you don’t have to boil out of the Atlantic,”
L city Khayelitsha
L geo Atlantic
P partial Nxumalo
Q direct Thandeka Nxumalo :: “the most expensive tap in the world”
> An official in the City’s water and sanitation directorate, who was not authorised to speak, said the timetable was “tight but doable”. A preferred bidder is to be named by 31 March 2041, and construction would take about three and a half years. DM
O government City
Q direct - :: “tight but doable”
F date 31 March 2041
F duration three and a half years
O media DM
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
