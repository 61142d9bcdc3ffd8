#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval202 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval202/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1255-kpa-kipevu-berth-tender-suspended-rigging-coast-counties-the-star-kenya'] = r'''
> Business
> KPA halts Sh38.6bn Kipevu berth tender over 'rigging' claims
O government KPA
F money Sh38.6bn
L facility Kipevu
Q direct Emre Çelikkaya :: 'rigging'
> In Summary
> Two losing bidders say the evaluation committee favoured a firm that scored lowest on technical merit.
F number Two
> Coast governors want a share of port revenue written into the new contract.
> By MWANAISHA KAHINDI
P full MWANAISHA KAHINDI
> 16 March 2039 - 07:52
F date 16 March 2039
F time 07:52
> Containers stacked at the Port of Mombasa on March 14, 2039. Image: JUMA NGUMBAO
L facility Port of Mombasa
F date March 14, 2039
P full JUMA NGUMBAO
> The Kenya Ports Authority (KPA) has suspended a Sh38.6 billion tender for a second berth at the Kipevu container terminal in Mombasa after two losing bidders accused its evaluation committee of rigging the award.
O government Kenya Ports Authority
O government KPA
F money Sh38.6 billion
L facility Kipevu
L city Mombasa
F number two
> In a notice published on Tuesday, KPA said the tender, floated in October 2038, would be re-evaluated by "an independent panel" within 45 days. The contract covers a 620-metre quay, dredging to a depth of 15.5 metres and yards able to handle 800,000 TEUs a year.
O government KPA
F date October 2038
Q direct Kenya Ports Authority :: "an independent panel"
F duration 45 days
F quantity 620-metre
F quantity 15.5 metres
F quantity 800,000 TEUs
> Managing director Eng Abdalla Mwinyi Shee said the authority had "nothing to hide". "We have stopped the clock so that every bidder can see the scores. If the committee made a mistake, we will correct it," he told the Star.
P full Abdalla Mwinyi Shee
Q direct Abdalla Mwinyi Shee :: "nothing to hide"
Q direct Abdalla Mwinyi Shee :: "We have stopped the clock so that every bidder can see the scores. If the committee made a mistake, we will correct it,"
O media Star
> The award had gone to Lamu Gulf Engineering, a Nairobi-based firm that, according to documents seen by the Star, scored 61 out of 100 on technical merit but quoted Sh4.1 billion less than its nearest rival.
O company Lamu Gulf Engineering
L city Nairobi
O media Star
F number 61
F number 100
F money Sh4.1 billion
> Emre Çelikkaya, regional director of the Turkish contractor Öztürk Liman İnşaat, which came second, said his firm scored 84. "This is rigging, plain and simple. A firm with 61 points cannot win a job of this size," he said. "We have written to the Public Procurement Regulatory Authority (PPRA) and we are ready to go to court.
P full Emre Çelikkaya
O company Öztürk Liman İnşaat
F number 84
Q direct Emre Çelikkaya :: "This is rigging, plain and simple. A firm with 61 points cannot win a job of this size,"
F number 61
Q direct Emre Çelikkaya :: "We have written to the Public Procurement Regulatory Authority (PPRA) and we are ready to go to court.
O government Public Procurement Regulatory Authority
O government PPRA
> "Kenya needs this berth. We are not trying to delay it. We only want a fair result."
Q direct Emre Çelikkaya :: "Kenya needs this berth. We are not trying to delay it. We only want a fair result."
L country Kenya
> The PPRA confirmed it had received the complaint and said its review board would sit on March 22. Lamu Gulf's chief executive, Omar Bakari Athman, did not answer calls.
O government PPRA
F date March 22
O company Lamu Gulf
P full Omar Bakari Athman
> The row has also drawn in the coast counties. Mombasa Governor Rehema Mwakitawa said the county would oppose any contract that did not set aside a share of port revenue for local communities. She said Mombasa received nothing from the Sh62 billion the port earned in 2038, while residents of Changamwe, Jomvu and Likoni "breathe the dust and sit in the traffic".
L region Mombasa
P full Rehema Mwakitawa
L region Mombasa
F money Sh62 billion
F date 2038
L city Changamwe
L city Jomvu
L city Likoni
Q direct Rehema Mwakitawa :: "breathe the dust and sit in the traffic"
> "We are not asking for charity. Five per cent of what leaves this port would change Kilifi, Kwale and Mombasa," she said, adding that her counterparts in Taita Taveta and Lamu backed the demand.
Q direct Rehema Mwakitawa :: "We are not asking for charity. Five per cent of what leaves this port would change Kilifi, Kwale and Mombasa,"
F percent Five per cent
L region Kilifi
L region Kwale
L region Mombasa
L region Taita Taveta
L region Lamu
> A senior official at the National Treasury, who asked not to be named because the matter is before the PPRA, said the suspension could push the berth's completion from 2041 to 2042. "Every month we lose here is cargo that goes to Dar es Salaam," the official said.
O government National Treasury
O government PPRA
F date 2041
F date 2042
Q direct - :: "Every month we lose here is cargo that goes to Dar es Salaam,"
L city Dar es Salaam
> Mombasa handled 2.14 million TEUs in 2038, up 6.2 per cent from a year earlier, and about 31 per cent of its cargo was bound for Uganda, Rwanda, South Sudan and the DR Congo. Kampala has pressed Nairobi for faster clearance since the standard gauge railway reached Malaba in 2035.
L city Mombasa
F quantity 2.14 million TEUs
F date 2038
F percent 6.2 per cent
F percent 31 per cent
L country Uganda
L country Rwanda
L country South Sudan
L country DR Congo
L city Kampala
L city Nairobi
L city Malaba
F date 2035
> Truckers say the queue at the Changamwe roundabout, which they call "the Snake", now stretches for 4km on most mornings.
L city Changamwe
Q scare - :: "the Snake"
F quantity 4km
> Edited by Tabitha Wanjala
P full Tabitha Wanjala
'''

ARTICLES['1256-metra-budget-rock-island-cuts-fare-increase-far-south-side-aldermen-chicago-tribune'] = r'''
> Transportation
> Metra budget would cut Rock Island trains and raise fares 15% as federal aid runs out
O government Metra
L facility Rock Island
F percent 15%
> By Teodora Kaczmarek | Chicago Tribune
P full Teodora Kaczmarek
O media Chicago Tribune
> PUBLISHED: October 17, 2039 at 5:40 PM CDT | UPDATED: October 17, 2039 at 9:12 PM CDT
F date October 17, 2039
F time 5:40 PM CDT
F date October 17, 2039
F time 9:12 PM CDT
> A Rock Island train pulls into the Blue Island station on Monday. (Darnell Pruitt / Chicago Tribune)
L facility Rock Island
L facility Blue Island
P full Darnell Pruitt
O media Chicago Tribune
> Metra would cut weekday service on its Rock Island line by a third and raise fares 15% under a $1.21 billion operating budget unveiled Monday, as the commuter railroad loses the federal transit grants that have propped up its books since 2034.
O government Metra
L facility Rock Island
F fraction a third
F percent 15%
F money $1.21 billion
F date 2034
> The proposal, which the Metra board will vote on Nov. 15, would drop 22 of the line's 64 weekday trains, close the 103rd Street (Beverly Hills) and 111th Street (Morgan Park) stations on weekends and trim Metra Electric service to Blue Island, Homewood and University Park.
O government Metra
F date Nov. 15
F number 22
F number 64
L facility 103rd Street
L city Beverly Hills
L facility 111th Street
L city Morgan Park
L facility Metra Electric
L city Blue Island
L city Homewood
L city University Park
> Ridership on the Rock Island, which runs from LaSalle Street Station in the Loop to Joliet, has recovered to 71% of its 2019 level, Metra said, against 84% systemwide.
L facility Rock Island
L facility LaSalle Street Station
L region Loop
L city Joliet
F percent 71%
F date 2019
O government Metra
F percent 84%
> "Nobody on this board wants to do this," Metra CEO Gabriel Oyelaran-Fitch said at the agency's headquarters, 547 W. Jackson Blvd. "But we have a $118 million hole next year, and Springfield has not told us how it plans to fill it."
Q direct Gabriel Oyelaran-Fitch :: "Nobody on this board wants to do this,"
O government Metra
P full Gabriel Oyelaran-Fitch
L address 547 W. Jackson Blvd.
Q direct Gabriel Oyelaran-Fitch :: "But we have a $118 million hole next year, and Springfield has not told us how it plans to fill it."
F money $118 million
L city Springfield
> A one-way ticket from Joliet to LaSalle Street would rise from $6.75 to $7.75, and a monthly pass for the same trip from $200 to $230. Riders with reduced-fare cards would pay 8% more.
L city Joliet
L facility LaSalle Street
F money $6.75
F money $7.75
F money $200
F money $230
F percent 8%
> On the Far South Side, aldermen said the cuts would fall hardest on neighborhoods with the fewest other options. Ald. Maureen O'Donoghue-Banks, 19th, whose ward includes Beverly and Mount Greenwood, called the plan "a slow-motion abandonment" of the area.
L region Far South Side
P full Maureen O'Donoghue-Banks
L city Beverly
L city Mount Greenwood
Q direct Maureen O'Donoghue-Banks :: "a slow-motion abandonment"
> "My constituents were told for 20 years to leave the car at home and take the train. Now they're being told the train is a luxury," she said. "I've heard the phrase 'service rationalization' four times today. It means cuts."
Q direct Maureen O'Donoghue-Banks :: "My constituents were told for 20 years to leave the car at home and take the train. Now they're being told the train is a luxury,"
F duration 20 years
Q direct Maureen O'Donoghue-Banks :: "I've heard the phrase 'service rationalization' four times today. It means cuts."
F number four
> Ald. Curtis Whitlow Jr., 34th, said he would ask the City Council's transportation committee to hold a hearing before the vote. Whitlow said 41% of Rock Island riders who board in his ward earn less than $45,000 a year.
P full Curtis Whitlow Jr.
O government City Council
P partial Whitlow
F percent 41%
L facility Rock Island
F money $45,000
> The Regional Transportation Authority, which oversees Metra, the CTA and Pace, has warned that the three agencies face a combined $771 million shortfall in 2040 once the last federal money is spent, and has asked lawmakers for a 0.25% regional sales tax increase.
O government Regional Transportation Authority
O government Metra
O government CTA
O government Pace
F number three
F money $771 million
F date 2040
F percent 0.25%
> In a statement, the RTA said it "shares the riders' frustration" but could not move money between the agencies without a change in state law.
O government RTA
Q direct Regional Transportation Authority :: "shares the riders' frustration"
> A Metra board member, who spoke on condition of anonymity because budget talks are private, said the cuts were partly aimed at lawmakers. "It's a ransom note to Springfield, and everybody downstate knows it," the board member said.
O government Metra
Q direct - :: "It's a ransom note to Springfield, and everybody downstate knows it,"
L city Springfield
> Regulars on the 5:52 p.m. express to Joliet, which riders have nicknamed "the Sardine Can," said the schedule would make it worse. "If they take two trains off, we'll be standing from the Loop to Mokena," said Yolanda Birch, 58, a nurse from New Lenox.
F time 5:52 p.m.
L city Joliet
Q scare - :: "the Sardine Can,"
Q direct Yolanda Birch :: "If they take two trains off, we'll be standing from the Loop to Mokena,"
F number two
L region Loop
L city Mokena
P full Yolanda Birch
F age 58
L city New Lenox
> Metra will hold public hearings in Joliet, Tinley Park and Harvey starting Oct. 28.
L city Joliet
L city Tinley Park
L city Harvey
F date Oct. 28
'''

ARTICLES['1257-england-italy-38-20-six-nations-twickenham-adeyemi-ward-hat-trick-telegraph'] = r'''
> Rugby Union
> England 38 Italy 20: Adeyemi-Ward hat-trick keeps grand slam hopes alive
O team England
F score 38
O team Italy
F score 20
P partial Adeyemi-Ward
> Wing runs in three tries at Twickenham as Italy’s spirited second-half fightback falls short
F number three
L facility Twickenham
O team Italy
> By Fergus Haldane-Moore, Rugby Union Correspondent, at Twickenham
P full Fergus Haldane-Moore
L facility Twickenham
> 16 February 2041 • 6:58pm
F date 16 February 2041
F time 6:58pm
> Kit Adeyemi-Ward dives over for his second try in the 52nd minute Credit: Getty Images/Owen Thackeray
P full Kit Adeyemi-Ward
O media Getty Images
P full Owen Thackeray
> Kit Adeyemi-Ward scored a hat-trick of tries as England kept their grand slam hopes alive with a 38-20 win over Italy at Twickenham on Saturday, although for 20 minutes after the break the Azzurri threatened what would have been the biggest upset in the championship’s history.
P full Kit Adeyemi-Ward
O team England
F score 38-20
O team Italy
L facility Twickenham
F duration 20 minutes
O team Azzurri
> England led 17-6 at half-time through tries from Adeyemi-Ward on seven minutes and the hooker Sam Hartigan on 19, both converted by Ollie Marchbank, who added a penalty on the stroke of half-time. Tommaso Lo Cascio kicked two penalties for Italy.
O team England
F score 17-6
P partial Adeyemi-Ward
F duration seven minutes
P full Sam Hartigan
F duration 19
P full Ollie Marchbank
P full Tommaso Lo Cascio
F number two
O team Italy
> Four minutes after the restart the Italy captain, Michele De Santis, burrowed over from a five-metre lineout, and Lo Cascio’s conversion cut the gap to four points. Adeyemi-Ward answered on 52 minutes, stepping inside two defenders, but the Argentine-born prop Agustín Peñaloza crashed over on 61 to make it 24-20 and silence a crowd of 81,112.
F duration Four minutes
O team Italy
P full Michele De Santis
F quantity five-metre
P partial Lo Cascio
F number four
P partial Adeyemi-Ward
F duration 52 minutes
F number two
P full Agustín Peñaloza
F duration 61
F score 24-20
F number 81,112
> It took a break from the replacement scrum-half Daniel Okoro, who sprinted 40 metres to score on 66 minutes, to settle English nerves, and Adeyemi-Ward completed his hat-trick in the 71st minute from a cross-field kick by Marchbank, who finished with 13 points.
P full Daniel Okoro
F quantity 40 metres
F duration 66 minutes
P partial Adeyemi-Ward
P partial Marchbank
F number 13
> The Peckham-born wing, 23, now has 11 tries in nine Tests. Supporters have taken to calling him “the Cheetah”, a nickname he insists he does not like.
L city Peckham
F age 23
F number 11
F number nine
Q scare - :: “the Cheetah”
> “I’m not a cheetah, I’m just quick over 20 metres,” Adeyemi-Ward said. “The lads made the first two easy. The third one, I was running on empty.”
Q direct Kit Adeyemi-Ward :: “I’m not a cheetah, I’m just quick over 20 metres,”
F quantity 20 metres
P partial Adeyemi-Ward
Q direct Kit Adeyemi-Ward :: “The lads made the first two easy. The third one, I was running on empty.”
F number two
> England head coach Rory Castellane-Hughes was less pleased. “For 20 minutes we stopped doing the basics. Against Ireland in Dublin that costs you the game,” he said. “I said to them at half-time, ‘Keep the ball, keep the scoreboard moving,’ and we did the opposite.
O team England
P full Rory Castellane-Hughes
Q direct Rory Castellane-Hughes :: “For 20 minutes we stopped doing the basics. Against Ireland in Dublin that costs you the game,”
F duration 20 minutes
O team Ireland
L city Dublin
Q direct Rory Castellane-Hughes :: “I said to them at half-time, ‘Keep the ball, keep the scoreboard moving,’ and we did the opposite.
> “Italy deserve credit. They came with a plan and a scrum that gave us problems all afternoon.”
Q direct Rory Castellane-Hughes :: “Italy deserve credit. They came with a plan and a scrum that gave us problems all afternoon.”
O team Italy
> Italy head coach Gianluca Dalla Valle, whose side have now lost 14 consecutive Six Nations matches away from Rome, said he was “proud but not satisfied”. The Rugby Football Union (RFU) said the crowd was a record for an Italy match, and the RFU’s chief executive called the occasion “a proper Test”.
O team Italy
P full Gianluca Dalla Valle
F number 14
L city Rome
Q direct Gianluca Dalla Valle :: “proud but not satisfied”
O nonprofit Rugby Football Union
O nonprofit RFU
O team Italy
O nonprofit RFU
Q direct - :: “a proper Test”
> “We scored two tries at Twickenham and lost by 18. Two years ago we would have lost by 40,” Dalla Valle said through an interpreter.
Q direct Gianluca Dalla Valle :: “We scored two tries at Twickenham and lost by 18. Two years ago we would have lost by 40,”
F number two
L facility Twickenham
F number 18
F duration Two years
F number 40
P partial Dalla Valle
> England travel to Dublin on 2 March; Italy host Wales in Rome the same day.
O team England
L city Dublin
F date 2 March
O team Italy
O team Wales
L city Rome
> England: Tries Adeyemi-Ward 3, Hartigan, Okoro Cons Marchbank 5 Pen Marchbank
O team England
P partial Adeyemi-Ward
F number 3
P partial Hartigan
P partial Okoro
P partial Marchbank
F number 5
P partial Marchbank
> Italy: Tries De Santis, Peñaloza Cons Lo Cascio 2 Pens Lo Cascio 2
O team Italy
P partial De Santis
P partial Peñaloza
P partial Lo Cascio
F number 2
P partial Lo Cascio
F number 2
> Referee: Niamh Ó Conchubhair (Ireland)
P full Niamh Ó Conchubhair
L country Ireland
'''

ARTICLES['1258-punggol-woodlands-bto-delays-contractor-liquidation-hdb-payments-straits-times'] = r'''
> Housing
> 4,100 Punggol and Woodlands BTO households face delays of up to 14 months after contractor folds
F number 4,100
L city Punggol
L city Woodlands
F duration 14 months
> HDB will pay them $300 to $600 a month while they wait, says Gerald Quek
O government HDB
F money $300
F money $600
P full Gerald Quek
> Gabrielle Ong Pei Shan
P full Gabrielle Ong Pei Shan
> Senior Housing Correspondent
> UPDATED Sep 4, 2040, 05:48 PM
F date Sep 4, 2040
F time 05:48 PM
> Work at the Matilda Cove BTO site in Punggol stopped in July after the main contractor went into liquidation. ST PHOTO: HAZIQ RAHMAT
L facility Matilda Cove
L city Punggol
O media ST
P full HAZIQ RAHMAT
> SINGAPORE – About 4,100 households waiting for Build-To-Order (BTO) flats in Punggol and Woodlands will get their keys up to 14 months late after the contractor for five projects went into liquidation, the Housing Board said on Sept 4.
L country SINGAPORE
F number 4,100
L city Punggol
L city Woodlands
F duration 14 months
F number five
O government Housing Board
F date Sept 4
> The projects, launched between November 2035 and May 2036, were due for completion from the second quarter of 2040. HDB now expects the first of them, Matilda Cove in Punggol, to be ready in the third quarter of 2041, and the last, Woodlands Riverbay, in 2042.
F date November 2035
F date May 2036
F date 2040
O government HDB
L facility Matilda Cove
L city Punggol
F date 2041
L facility Woodlands Riverbay
F date 2042
> The contractor, Kwong Soon Builders, was placed under judicial management in May and wound up on July 22 with debts of about $286 million, according to court filings.
O company Kwong Soon Builders
F date July 22
F money $286 million
> Buyers will receive $300 a month for a two-room Flexi or three-room flat, $450 for a four-room flat and $600 for a five-room flat, backdated to each project's original completion date, National Development Minister Gerald Quek Seng Hwee said.
F money $300
F number two
F number three
F money $450
F number four
F money $600
F number five
P full Gerald Quek Seng Hwee
> "We know that for many young couples, the flat is not just a home. It is the wedding date, the baby, the job move. A delay of a year upsets all of that," Mr Quek said at a briefing at HDB Hub in Toa Payoh.
Q direct Gerald Quek Seng Hwee :: "We know that for many young couples, the flat is not just a home. It is the wedding date, the baby, the job move. A delay of a year upsets all of that,"
P partial Quek
L facility HDB Hub
L city Toa Payoh
> He said HDB had "reassigned" the unfinished work to three other contractors, and that the median waiting time for new flats, which peaked at 4.2 years in 2037, would fall to 3.1 years for projects launched this year.
O government HDB
Q direct Gerald Quek Seng Hwee :: "reassigned"
F number three
F duration 4.2 years
F date 2037
F duration 3.1 years
> Madam Rosnah Abdul Jalil, 34, who booked a four-room flat at Woodlands Riverbay in 2036, called the news "a slap". Her family of five lives in her parents' three-room flat in Yishun.
P full Rosnah Abdul Jalil
F age 34
F number four
L facility Woodlands Riverbay
F date 2036
Q direct Rosnah Abdul Jalil :: "a slap"
F number five
F number three
L city Yishun
> "My eldest starts Primary 1 in January 2041, and we chose the school near the new flat. Now it will be 45 minutes each way," said Madam Rosnah, who has joined an online group where buyers call the stalled site "the ghost estate".
Q direct Rosnah Abdul Jalil :: "My eldest starts Primary 1 in January 2041, and we chose the school near the new flat. Now it will be 45 minutes each way,"
F date January 2041
F duration 45 minutes
P partial Rosnah
Q scare - :: "the ghost estate"
> "The $450 covers about a quarter of what we pay to rent a room in Sengkang," said Mr Ethan Koh, 29, whose four-room flat at Matilda Cove is 11 months behind schedule.
Q direct Ethan Koh :: "The $450 covers about a quarter of what we pay to rent a room in Sengkang,"
F money $450
F fraction a quarter
L city Sengkang
P full Ethan Koh
F age 29
F number four
L facility Matilda Cove
F duration 11 months
> Minister of State for National Development Nurul Huda Abdul Rahman said affected buyers could also cancel their bookings without losing their 5 per cent down payment. Ms Nurul Huda said 212 households had asked to do so as at Aug 31.
P full Nurul Huda Abdul Rahman
F percent 5 per cent
P partial Nurul Huda
F number 212
F date Aug 31
> "We would rather they stay. But nobody should feel trapped," she said.
Q direct Nurul Huda Abdul Rahman :: "We would rather they stay. But nobody should feel trapped,"
> The Building and Construction Authority (BCA) said it was reviewing how Kwong Soon had kept its top grading until May. An industry executive who declined to be named said the firm had won four of the five projects with bids 9 to 12 per cent below its rivals'. "Everyone in the trade knew the numbers did not work," he said.
O government Building and Construction Authority
O government BCA
O company Kwong Soon
F number four
F number five
F percent 9
F percent 12 per cent
Q direct - :: "Everyone in the trade knew the numbers did not work,"
> Sembawang GRC MP Ang Wei Liang, whose ward borders Woodlands, said he had met 60 affected families since July.
L region Sembawang GRC
P full Ang Wei Liang
L city Woodlands
F number 60
'''

ARTICLES['1259-grass-mesa-fire-rifle-silt-parachute-evacuations-garfield-county-colorado-ap'] = r'''
> Wind-driven wildfire forces thousands from homes near Rifle and Silt in western Colorado
L city Rifle
L city Silt
L region Colorado
> By ANNA KOWALCZYK-BRANDT and TOMÁS REYNOSO
P full ANNA KOWALCZYK-BRANDT
P full TOMÁS REYNOSO
> Associated Press
O media Associated Press
> Updated 8:14 PM MDT, July 10, 2040
F time 8:14 PM MDT
F date July 10, 2040
> Smoke from the Grass Mesa Fire rises above Interstate 70 near Silt, Colo., on Tuesday, July 10, 2040. (AP Photo/Ryan Kessler-Vega)
L street Interstate 70
L city Silt
L region Colo.
F date July 10, 2040
O media AP
P full Ryan Kessler-Vega
> RIFLE, Colo. (AP) — A wind-driven wildfire raced across dry hillsides in western Colorado on Tuesday, forcing about 3,400 people from their homes in and around the towns of Rifle, Silt and Parachute and closing a 19-mile stretch of Interstate 70, authorities said.
L city RIFLE
L region Colo.
O media AP
L region Colorado
F number 3,400
L city Rifle
L city Silt
L city Parachute
F quantity 19-mile
L street Interstate 70
> The Grass Mesa Fire had burned 14,620 acres (5,917 hectares) by Tuesday evening and was 5% contained, according to the Colorado Division of Fire Prevention and Control. Gusts of up to 50 mph pushed it about 6 miles in four hours, fire officials said.
F quantity 14,620 acres
F quantity 5,917 hectares
F percent 5%
O government Colorado Division of Fire Prevention and Control
F quantity 50 mph
F quantity 6 miles
F duration four hours
> Garfield County Sheriff Lou Vallejo-Pratt said deputies went door to door along County Road 320 and up the Rifle Creek valley as the flames crested the ridge shortly after 1:30 p.m.
L region Garfield County
P full Lou Vallejo-Pratt
L street County Road 320
L geo Rifle Creek
F time 1:30 p.m.
> "We had people pulling horse trailers out with the fire 400 yards behind them," Vallejo-Pratt said at a briefing at the Garfield County Fairgrounds. "I've been doing this 26 years, and I have not seen it move like that."
Q direct Lou Vallejo-Pratt :: "We had people pulling horse trailers out with the fire 400 yards behind them,"
F quantity 400 yards
P partial Vallejo-Pratt
L facility Garfield County Fairgrounds
Q direct Lou Vallejo-Pratt :: "I've been doing this 26 years, and I have not seen it move like that."
F duration 26 years
> At least 17 homes and outbuildings had been destroyed, he said, though crews had not reached parts of the fire. No injuries were reported.
F number 17
> Evacuees gathered at Rifle High School and at a Red Cross shelter in Glenwood Springs, 27 miles to the east. Among them was Delphine Arbogast, 71, who left her house on Grass Mesa with two dogs, a cat and "the photo albums, that's it."
O education Rifle High School
O nonprofit Red Cross
L city Glenwood Springs
F quantity 27 miles
P full Delphine Arbogast
F age 71
L geo Grass Mesa
F number two
Q direct Delphine Arbogast :: "the photo albums, that's it."
> "My husband built that porch in 1988. I stood there and watched the ridge turn orange," she said. "A deputy told me, 'Ma'am, you have five minutes,' and I believed him."
Q direct Delphine Arbogast :: "My husband built that porch in 1988. I stood there and watched the ridge turn orange,"
F date 1988
Q direct Delphine Arbogast :: "A deputy told me, 'Ma'am, you have five minutes,' and I believed him."
F duration five minutes
> Gov. Marisol Etcheverry-Lund declared a disaster emergency Tuesday night, releasing $4 million for the response. The Bureau of Land Management said the fire started on federal land south of the interstate. "The cause is under investigation," the BLM said in a statement.
P full Marisol Etcheverry-Lund
F money $4 million
O government Bureau of Land Management
Q direct Bureau of Land Management :: "The cause is under investigation,"
O government BLM
> Xcel Energy cut power to about 6,200 customers as a precaution, and the Colorado Department of Transportation, or CDOT, said I-70 would stay closed between Parachute and New Castle at least overnight.
O company Xcel Energy
F number 6,200
O government Colorado Department of Transportation
O government CDOT
L street I-70
L city Parachute
L city New Castle
> A federal fire official, who was not authorized to speak publicly, said more than 400 firefighters and six air tankers were assigned. "We're throwing everything at the Silt side. Rifle has the river and the interstate as a buffer," the official said.
F number 400
F number six
Q direct - :: "We're throwing everything at the Silt side. Rifle has the river and the interstate as a buffer,"
L city Silt
L city Rifle
> The temperature in Grand Junction reached 104 degrees Monday and humidity fell to 6%, the National Weather Service said. A so-called "heat dome" parked over the Four Corners will keep conditions dangerous through Friday, forecasters said.
L city Grand Junction
F quantity 104 degrees
F percent 6%
O government National Weather Service
Q scare - :: "heat dome"
L region Four Corners
> Kowalczyk-Brandt reported from Glenwood Springs and Reynoso from Denver. Associated Press writer Haruto Brennan in Salt Lake City contributed to this report.
P partial Kowalczyk-Brandt
L city Glenwood Springs
P partial Reynoso
L city Denver
O media Associated Press
P full Haruto Brennan
L city Salt Lake City
'''

ARTICLES['1260-indus-meridian-bank-nilgiri-commercial-bank-merger-swap-ratio-rbi-cci-economic-times'] = r'''
> Banking
> Indus Meridian Bank To Absorb Nilgiri Commercial Bank In Rs 9,480 Crore All-Stock Deal
O company Indus Meridian Bank
O company Nilgiri Commercial Bank
F money Rs 9,480 Crore
> Synopsis
> The merger, which needs the approval of the Reserve Bank of India and the Competition Commission of India, will create a lender with 2,140 branches and give the Mumbai-based bank a foothold in the south.
O government Reserve Bank of India
O government Competition Commission of India
F number 2,140
L city Mumbai
> By Karthik Venkataraghavan, ET Bureau
P full Karthik Venkataraghavan
O media ET Bureau
> Last Updated: Nov 16, 2039, 10:42:00 AM IST
F date Nov 16, 2039
F time 10:42:00 AM IST
> Indus Meridian Bank’s head office at Nariman Point in Mumbai. (Photo: Rohan D’Mello/ET)
O company Indus Meridian Bank
L city Nariman Point
L city Mumbai
P full Rohan D’Mello
O media ET
> MUMBAI: Indus Meridian Bank will absorb Coimbatore-based Nilgiri Commercial Bank (NCB) in an all-stock deal that values the smaller lender at Rs 9,480 crore, the two banks said on Tuesday, in the largest merger of private-sector banks since 2033.
L city MUMBAI
O company Indus Meridian Bank
L city Coimbatore
O company Nilgiri Commercial Bank
O company NCB
F money Rs 9,480 crore
F number two
F date 2033
> NCB shareholders will receive 37 shares of Indus Meridian for every 100 shares held, according to a joint filing with the stock exchanges. The swap ratio implies a price of Rs 412.60 per NCB share, a premium of 18.4% to Tuesday’s close on the NSE.
O company NCB
F number 37
O company Indus Meridian
F number 100
F money Rs 412.60
O company NCB
F percent 18.4%
O company NSE
> The combined bank will have total assets of Rs 4.86 lakh crore and deposits of Rs 3,91,250 crore. NCB brings 612 branches, most of them in Tamil Nadu, Kerala and Karnataka, about 8,300 employees and 3.2 lakh retail shareholders.
F money Rs 4.86 lakh crore
F money Rs 3,91,250 crore
O company NCB
F number 612
L region Tamil Nadu
L region Kerala
L region Karnataka
F number 8,300
F number 3.2 lakh
> “Nilgiri gives us the south in one stroke. Building 600 branches on our own would have taken a decade and cost far more,” Indus Meridian managing director and CEO Vikram Aditya Deshpande told analysts on a call. “We are not buying a bank to shut it down. Every branch stays, every employee stays.”
Q direct Vikram Aditya Deshpande :: “Nilgiri gives us the south in one stroke. Building 600 branches on our own would have taken a decade and cost far more,”
O company Nilgiri
F number 600
O company Indus Meridian
P full Vikram Aditya Deshpande
Q direct Vikram Aditya Deshpande :: “We are not buying a bank to shut it down. Every branch stays, every employee stays.”
> Deshpande said he expected cost savings of Rs 640 crore a year by FY43 and a “manageable” hit of 35 basis points to the bank’s capital adequacy ratio, which stood at 16.2% at the end of September.
P partial Deshpande
F money Rs 640 crore
F date FY43
Q direct Vikram Aditya Deshpande :: “manageable”
F percent 35 basis points
F percent 16.2%
> NCB, founded in 1921 by tea planters and traders in the Nilgiris, has been under pressure since the Reserve Bank of India (RBI) restricted its unsecured lending in March 2038, after gross bad loans rose to 7.9% of advances.
O company NCB
F date 1921
L region Nilgiris
O government Reserve Bank of India
O government RBI
F date March 2038
F percent 7.9%
> NCB chairperson S. Rajalakshmi said the bank’s depositors in Ooty and Coonoor had been with it “for four generations”. “They had one question for us: is my money safe? Today the answer is yes,” Rajalakshmi said. “Our name will go, but our branches, our people and our ‘small-town way’ of banking will stay.”
O company NCB
P full S. Rajalakshmi
L city Ooty
L city Coonoor
Q direct S. Rajalakshmi :: “for four generations”
F number four
Q direct S. Rajalakshmi :: “They had one question for us: is my money safe? Today the answer is yes,”
F number one
P partial Rajalakshmi
Q direct S. Rajalakshmi :: “Our name will go, but our branches, our people and our ‘small-town way’ of banking will stay.”
> Analysts were divided on the price. “At 1.9 times book, Indus Meridian is paying up for deposits. The test is whether it can keep NCB’s low-cost current-account base in the smaller towns,” said Arjun Mehrotra, banking analyst at Dalal Street Capital.
Q direct Arjun Mehrotra :: “At 1.9 times book, Indus Meridian is paying up for deposits. The test is whether it can keep NCB’s low-cost current-account base in the smaller towns,”
F number 1.9
O company Indus Meridian
O company NCB
P full Arjun Mehrotra
O company Dalal Street Capital
> The merger also needs the nod of the Competition Commission of India (CCI) and the shareholders of both banks. The banks expect to complete it by June 2040. A senior RBI official, who did not wish to be named, told ET the regulator had pushed NCB towards a stronger partner for more than 18 months. “A merger is always better than a moratorium,” the official said.
O government Competition Commission of India
O government CCI
F date June 2040
O government RBI
O media ET
O company NCB
F duration 18 months
Q direct - :: “A merger is always better than a moratorium,”
> NCB shares jumped 14.2% to Rs 398.35 on the BSE in early trade on Wednesday, while Indus Meridian fell 3.1% to Rs 1,115.20. The Sensex gained 0.4%.
O company NCB
F percent 14.2%
F money Rs 398.35
O company BSE
O company Indus Meridian
F percent 3.1%
F money Rs 1,115.20
F percent 0.4%
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
