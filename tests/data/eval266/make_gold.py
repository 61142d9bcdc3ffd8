#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval266 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval266/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1639-karnataka-arabica-leaf-rust-chikkamagaluru-coffee-board-exporters-businessline'] = r'''
> Agri Business
> Leaf Rust Outbreak Hits Karnataka Arabica, Exporters Brace For 18% Crop Loss
L region Karnataka
F percent 18%
> Coffee Board clears ₹120-crore relief package; planters in Chikkamagaluru say spraying came two weeks too late
O government Coffee Board
F money ₹120-crore
L region Chikkamagaluru
F duration two weeks
> SHREYA NAGARAJ
P full SHREYA NAGARAJ
> BENGALURU
L city BENGALURU
> Updated - October 11, 2039 at 08:47 pm IST
F date October 11, 2039
F time 08:47 pm IST
> Rust-affected arabica leaves at an estate near Mudigere in Chikkamagaluru district. (Photo: Ravi Kumar Hegde/The Hindu)
L city Mudigere
L region Chikkamagaluru
P full Ravi Kumar Hegde
O media The Hindu
> An outbreak of coffee leaf rust across Karnataka’s arabica belt could cut the State’s 2039-40 arabica crop by 15-18 per cent, exporters and planters said on Tuesday, as the Coffee Board rushed spraying teams to more than 40,000 hectares of estates in Chikkamagaluru, Kodagu and Hassan districts.
L region Karnataka
F date 2039-40
F percent 15-18 per cent
O government Coffee Board
F quantity 40,000 hectares
L region Chikkamagaluru
L region Kodagu
L region Hassan
> Coffee Board chairman K.R. Venkatesh Gowda told businessline that field surveys in the first week of October found rust on roughly one in three arabica bushes planted above 1,000 metres. “This is the worst spread we have seen since the 2020s. The wet spell ran for 52 days without a break, and the spores simply had their way,” he said.
O government Coffee Board
P full K.R. Venkatesh Gowda
O media businessline
F number one
F number three
F quantity 1,000 metres
Q direct K.R. Venkatesh Gowda :: “This is the worst spread we have seen since the 2020s. The wet spell ran for 52 days without a break, and the spores simply had their way,”
F date 2020s
F duration 52 days
> Under the ₹120-crore package, growers with up to 10 hectares will get ₹18,000 a hectare for two rounds of fungicide, Gowda said, with the first instalment to be released on November 1.
F money ₹120-crore
F quantity 10 hectares
F money ₹18,000
F number two
P partial Gowda
F date November 1
> At his 34-hectare estate near Aldur, about 20 km from Chikkamagaluru town, planter Dinesh Kalkere, 58, walked between rows of bushes that have shed most of their leaves since the monsoon.
F quantity 34-hectare
L city Aldur
F quantity 20 km
L city Chikkamagaluru
P full Dinesh Kalkere
F age 58
> “Half the leaves are on the ground already,” said Kalkere. “Last year I picked 310 bags of 60 kg each. This year I will be lucky to get 200, and pickers now want ₹750 a day.
Q direct Dinesh Kalkere :: “Half the leaves are on the ground already,”
F fraction Half
P partial Kalkere
Q direct Dinesh Kalkere :: “Last year I picked 310 bags of 60 kg each. This year I will be lucky to get 200, and pickers now want ₹750 a day.
F number 310
F quantity 60 kg
F number 200
F money ₹750
> “The spray teams came two weeks too late. By then the ‘orange dust’ was on every bush in this valley.”
Q direct Dinesh Kalkere :: “The spray teams came two weeks too late. By then the ‘orange dust’ was on every bush in this valley.”
F duration two weeks
> In Bengaluru, Meera Anantharaman, managing director of exporter Malnad Coffee Curers Pvt Ltd, said prices for Indian arabica parchment at the curing works had jumped to ₹412 per kg, up 11 per cent in a month. European roasters, who take nearly two-thirds of India’s arabica exports, were already asking for “firm delivery guarantees” before signing January contracts, she said.
L city Bengaluru
P full Meera Anantharaman
O company Malnad Coffee Curers Pvt Ltd
F money ₹412
F percent 11 per cent
F fraction two-thirds
L country India
Q direct Meera Anantharaman :: “firm delivery guarantees”
> “We have 14,000 tonnes booked for shipment from Mangaluru and Chennai between now and March 2040. If the crop falls short, we will have to buy robusta to fill blends or pay penalties,” Anantharaman said. Malnad ships about 22,000 tonnes a year.
Q direct Meera Anantharaman :: “We have 14,000 tonnes booked for shipment from Mangaluru and Chennai between now and March 2040. If the crop falls short, we will have to buy robusta to fill blends or pay penalties,”
F quantity 14,000 tonnes
L city Mangaluru
L city Chennai
F date March 2040
P partial Anantharaman
O company Malnad
F quantity 22,000 tonnes
> A senior official in Karnataka’s agriculture department, who did not wish to be named, said the State had sought another ₹65 crore from the Union government. “New Delhi has the file. We are hopeful of an answer before Diwali,” the official said.
L region Karnataka
F money ₹65 crore
Q direct - :: “New Delhi has the file. We are hopeful of an answer before Diwali,”
L city New Delhi
> India produced 3.6 lakh tonnes of coffee in 2038-39, about 27 per cent of it arabica, and Karnataka grows roughly 70 per cent of the national crop, according to Coffee Board data.
L country India
F quantity 3.6 lakh tonnes
F date 2038-39
F percent 27 per cent
L region Karnataka
F percent 70 per cent
O government Coffee Board
> The United Planters’ Association of Southern India (UPASI), based in Coonoor, Tamil Nadu, called the outbreak “a wake-up call on shade management”. UPASI has asked banks for a three-year interest waiver on crop loans to small growers, many of whom farm less than 2 hectares.
O nonprofit United Planters’ Association of Southern India
O nonprofit UPASI
L city Coonoor
L region Tamil Nadu
Q direct United Planters’ Association of Southern India :: “a wake-up call on shade management”
O nonprofit UPASI
F duration three-year
F quantity 2 hectares
'''

ARTICLES['1640-garfield-ridge-migrant-shelter-archer-avenue-alderperson-fight-chicago-tribune'] = r'''
> Chicago
L city Chicago
> Southwest Side alderperson vows to block 300-bed migrant shelter in Garfield Ridge warehouse
L region Southwest Side
F number 300
L city Garfield Ridge
> The city says the $14.6 million contract would house families for up to 120 days; residents packed a heated meeting Tuesday
F money $14.6 million
F duration 120 days
> By Tomasz Wierzbicki | Chicago Tribune
P full Tomasz Wierzbicki
O media Chicago Tribune
> PUBLISHED: March 13, 2041 at 6:05 PM CDT | UPDATED: March 14, 2041 at 9:40 AM CDT
F date March 13, 2041
F time 6:05 PM CDT
F date March 14, 2041
F time 9:40 AM CDT
> Residents fill the Vittum Park field house on Tuesday night to hear the city’s plans for the shelter. (Eileen Brannigan-Soto / Chicago Tribune)
L facility Vittum Park
P full Eileen Brannigan-Soto
O media Chicago Tribune
> Ald. Renata Kowalczyk, 23rd, said Wednesday she will use every tool she has to stop the city from turning a vacant warehouse at 6230 S. Archer Ave. into a 300-bed shelter for migrants, setting up the sharpest clash yet between City Hall and a Southwest Side ward over where Chicago houses people bused north from Texas.
P full Renata Kowalczyk
L address 6230 S. Archer Ave.
F number 300
O government City Hall
L region Southwest Side
L city Chicago
L region Texas
> The city’s Department of Family and Support Services (DFSS) plans to sign an 18-month contract with Lakeshore Transitional Partners, a nonprofit that already runs two shelters on the West Side, according to documents obtained by the Tribune.
O government Department of Family and Support Services
O government DFSS
F duration 18-month
O nonprofit Lakeshore Transitional Partners
F number two
L region West Side
O media Tribune
> “Nobody from the city picked up a phone and called me. I found out from a resident who saw a moving truck,” Kowalczyk said at her ward office on Pulaski Road. “That is not how you treat a neighborhood.”
Q direct Renata Kowalczyk :: “Nobody from the city picked up a phone and called me. I found out from a resident who saw a moving truck,”
P partial Kowalczyk
L street Pulaski Road
Q direct Renata Kowalczyk :: “That is not how you treat a neighborhood.”
> The site needs a zoning change that would go before the City Council, where members traditionally defer to the local alderperson. Kowalczyk said at least 26 of her 49 colleagues had told her they would back a delay.
O government City Council
P partial Kowalczyk
F number 26
F number 49
> About 250 residents crowded into the field house Tuesday. Some held signs reading “Listen to Garfield Ridge.” Others said they welcomed the families but not the way the decision was made.
F number 250
Q direct - :: “Listen to Garfield Ridge.”
L city Garfield Ridge
> Dolores Quiñones-Reyes, 67, who has lived on 59th Street for four decades, said the neighborhood’s schools and its one police station were already stretched. “I taught kids whose parents came from Michoacán with nothing. I’m not against anybody,” she said. “But 300 people in one building with one exit onto Archer? Somebody should have asked us.”
P full Dolores Quiñones-Reyes
F age 67
L street 59th Street
F duration four decades
F number one
Q direct Dolores Quiñones-Reyes :: “I taught kids whose parents came from Michoacán with nothing. I’m not against anybody,”
L region Michoacán
Q direct Dolores Quiñones-Reyes :: “But 300 people in one building with one exit onto Archer? Somebody should have asked us.”
F number 300
F number one
F number one
L street Archer
> City spokesperson Marcus Ellery-Banks said the building met fire and building codes and that residents would have “every opportunity” to weigh in. He said the city had moved 4,180 people out of police stations and O’Hare International Airport since Jan. 1, and that the shelter system held 9,700 beds on Monday, 94% of them full.
P full Marcus Ellery-Banks
Q direct Marcus Ellery-Banks :: “every opportunity”
F number 4,180
L facility O’Hare International Airport
F date Jan. 1
F number 9,700
F percent 94%
> “We are not going to leave a mother and two toddlers sleeping on a floor at O’Hare while we argue about zoning,” said Ellery-Banks. “We have 11 days to get this building open.”
Q direct Marcus Ellery-Banks :: “We are not going to leave a mother and two toddlers sleeping on a floor at O’Hare while we argue about zoning,”
F number two
L facility O’Hare
P partial Ellery-Banks
Q direct Marcus Ellery-Banks :: “We have 11 days to get this building open.”
F duration 11 days
> Yvonne Achterberg, executive director of Lakeshore Transitional Partners, said the site would have a clinic, caseworkers and staff on duty 24 hours a day, and that no family would stay longer than 120 days. The group runs a 180-bed shelter in Austin, she said.
P full Yvonne Achterberg
O nonprofit Lakeshore Transitional Partners
F duration 24 hours
F duration 120 days
F number 180
L city Austin
> “We are good neighbors. Come and see for yourself,” Achterberg said, adding that her staff had been called “invaders” in emails sent to her office.
Q direct Yvonne Achterberg :: “We are good neighbors. Come and see for yourself,”
P partial Achterberg
Q direct - :: “invaders”
> Kowalczyk, a Democrat in her second term, said she would introduce an ordinance at the April 16 council meeting requiring 60 days’ notice to the local alderperson before any shelter opens. Chicago has spent more than $610 million on migrant care since 2038, according to city budget records.
P partial Kowalczyk
F date April 16
F duration 60 days
L city Chicago
F money $610 million
F date 2038
'''

ARTICLES['1641-celtic-hibernian-lennox-abara-double-celtic-park-scottish-premiership-bbc-sport'] = r'''
> Scottish Premiership
O other Scottish Premiership
> Celtic 3-1 Hibernian: Lennox-Abara double sends hosts five points clear
O team Celtic
F score 3-1
O team Hibernian
P partial Lennox-Abara
F number five
> By Fraser MacAulay, BBC Sport Scotland at Celtic Park
P full Fraser MacAulay
O media BBC Sport Scotland
L facility Celtic Park
> Published 19 October 2041
F date 19 October 2041
> Image source, SNS Group
O media SNS Group
> Image caption, Tayo Lennox-Abara has scored nine goals in his past six league games
P full Tayo Lennox-Abara
F number nine
F number six
> Tayo Lennox-Abara scored twice as Celtic came from behind to beat 10-man Hibernian and move five points clear at the top of the Scottish Premiership.
P full Tayo Lennox-Abara
O team Celtic
F number 10
O team Hibernian
F number five
O other Scottish Premiership
> The visitors stunned a crowd of 57,412 when Ruaridh Sneddon ran on to Kacper Wolny's long ball and slid it under Aurelio Banfi after 11 minutes, the 19-year-old's sixth goal of the season.
F number 57,412
P full Ruaridh Sneddon
P full Kacper Wolny
P full Aurelio Banfi
F duration 11 minutes
F age 19-year-old
> Hibs, without a win in Glasgow since 2036, held out until the 38th minute, when Lennox-Abara, 22, glanced in Cho Sung-min's corner. The Nigeria international then made it 2-1 with a 20-yard strike seven minutes after half-time.
O team Hibs
L city Glasgow
F date 2036
P partial Lennox-Abara
F age 22
P full Cho Sung-min
L country Nigeria
F score 2-1
F quantity 20-yard
F duration seven minutes
> Three Hibs players were booked before the break, and midfielder Lewis Baird-Oduya was sent off for a second yellow card, a late challenge on Cho, with 19 minutes remaining. Substitute Niall Harkins headed the third from Matteo Ferrandi's free-kick in stoppage time.
F number Three
O team Hibs
P full Lewis Baird-Oduya
P partial Cho
F duration 19 minutes
P full Niall Harkins
P full Matteo Ferrandi
> Banfi, 31, had to be sharp to keep out a Sneddon header just before the break, and at the other end Hibs goalkeeper Jonas Eklund-Moyo made three fine saves after the red card to keep the margin at two until the 90th minute.
P partial Banfi
F age 31
P partial Sneddon
O team Hibs
P full Jonas Eklund-Moyo
F number three
F number two
> Celtic manager Declan Ferris told BBC Scotland:
O team Celtic
P full Declan Ferris
O media BBC Scotland
> "We were sloppy for the first 30 minutes and Hibs punished us. At half-time I said to the players, 'Stop admiring the ball and move it.' They did that, and we had 64% of the ball after the break.
Q direct Declan Ferris :: "We were sloppy for the first 30 minutes and Hibs punished us. At half-time I said to the players, 'Stop admiring the ball and move it.' They did that, and we had 64% of the ball after the break.
F duration 30 minutes
O team Hibs
F percent 64%
> "Tayo is a special talent. He's 22 and he plays like someone who has been here for 10 years."
Q direct Declan Ferris :: "Tayo is a special talent. He's 22 and he plays like someone who has been here for 10 years."
P partial Tayo
F age 22
F duration 10 years
> Hibernian head coach Graeme Lauchlan was furious about the red card. "It's a soft second booking. For 70 minutes we were the better side," he said. "I'm not going to blame the referee, but I'll be asking for an explanation."
O team Hibernian
P full Graeme Lauchlan
Q direct Graeme Lauchlan :: "It's a soft second booking. For 70 minutes we were the better side,"
F duration 70 minutes
Q direct Graeme Lauchlan :: "I'm not going to blame the referee, but I'll be asking for an explanation."
> Lauchlan, whose side sit sixth on 14 points, added: "One point would have been fair. We leave with nothing and a one-match ban for Lewis."
P partial Lauchlan
F number 14
Q direct Graeme Lauchlan :: "One point would have been fair. We leave with nothing and a one-match ban for Lewis."
F number One
F number one
P partial Lewis
> Celtic have 31 points from 12 games, five more than Rangers, who drew 1-1 with Aberdeen at Pittodrie on Friday. Hearts are third on 23.
O team Celtic
F number 31
F number 12
F number five
O team Rangers
F score 1-1
O team Aberdeen
L facility Pittodrie
O team Hearts
F number 23
> Hibernian have now lost four of their last five away games in the league, conceding 13 goals.
O team Hibernian
F number four
F number five
F number 13
> Lennox-Abara, signed from Lagos side Remo Stars for £4.5m in 2040 and nicknamed "the Ghost" by supporters, now has 11 goals this season.
P partial Lennox-Abara
L city Lagos
O team Remo Stars
F money £4.5m
F date 2040
Q scare - :: "the Ghost"
F number 11
> The Scottish Professional Football League (SPFL) said the attendance was the biggest in the division this season. Celtic visit Tynecastle on 26 October for a 15:00 BST kick-off, while Hibs host Motherwell at Easter Road.
O other Scottish Professional Football League
O other SPFL
O team Celtic
L facility Tynecastle
F date 26 October
F time 15:00 BST
O team Hibs
O team Motherwell
L facility Easter Road
'''

ARTICLES['1642-nigeria-central-bank-rate-hike-150-basis-points-abuja-naira-lagos-reuters'] = r'''
> Africa
L continent Africa
> Nigeria's central bank raises key rate by 150 basis points to 31%, naira firms
L country Nigeria
F percent 150 basis points
F percent 31%
> By Chidinma Okafor-Bello and Tunde Ashiru
P full Chidinma Okafor-Bello
P full Tunde Ashiru
> March 24, 2043 4:18 PM GMT+1 Updated 2 hours ago
F date March 24, 2043
F time 4:18 PM GMT+1
F duration 2 hours
> Central Bank of Nigeria Governor Ibrahim Danladi Sokoto speaks at a news conference in Abuja, Nigeria, March 24, 2043. REUTERS/Afolabi Adeyemo-Grant
O government Central Bank of Nigeria
P full Ibrahim Danladi Sokoto
L city Abuja
L country Nigeria
F date March 24, 2043
O media REUTERS
P full Afolabi Adeyemo-Grant
> ABUJA, March 24 (Reuters) - The Central Bank of Nigeria (CBN) raised its benchmark interest rate by 150 basis points to 31% on Tuesday, its third increase in nine months, as it tries to tame inflation that has climbed back above 28% and to defend the naira.
L city ABUJA
F date March 24
O media Reuters
O government Central Bank of Nigeria
O government CBN
F percent 150 basis points
F percent 31%
F duration nine months
F percent 28%
> The Monetary Policy Committee (MPC) voted 9-3 for the increase, Governor Ibrahim Danladi Sokoto told reporters after the two-day meeting, with three members favoring a smaller, 75-basis-point move.
O government Monetary Policy Committee
O government MPC
F number 9-3
P full Ibrahim Danladi Sokoto
F duration two-day
F number three
F percent 75-basis-point
> "Inflation expectations have not been anchored. The committee judged that a decisive move now is cheaper than a series of small ones later," Sokoto said.
Q direct Ibrahim Danladi Sokoto :: "Inflation expectations have not been anchored. The committee judged that a decisive move now is cheaper than a series of small ones later,"
P partial Sokoto
> He said the bank would also raise the cash reserve ratio for commercial lenders to 45% from 40%, effective April 1.
F percent 45%
F percent 40%
F date April 1
> The naira, which had lost about 14% against the dollar since January, firmed 1.2% to 2,148 naira per dollar on the official market after the announcement, LSEG data showed.
F percent 14%
F percent 1.2%
F money 2,148 naira
O company LSEG
> Adaeze Nwachukwu-Ibe, chief economist at Lagos-based investment house Marina Crest Capital, called the decision "the right call, if late" and said she expected the bank to hold in May.
P full Adaeze Nwachukwu-Ibe
L city Lagos
O company Marina Crest Capital
Q direct Adaeze Nwachukwu-Ibe :: "the right call, if late"
> "They have bought themselves some credibility with foreign portfolio investors. The question is whether it holds when oil falls below $70," she said.
Q direct Adaeze Nwachukwu-Ibe :: "They have bought themselves some credibility with foreign portfolio investors. The question is whether it holds when oil falls below $70,"
F money $70
> At Lagos's Balogun Market, Emeka Obiorah, 44, who imports lace through Apapa port, said he paid 31 million naira ($14,400) for a container in January that now costs twice that.
L city Lagos
L facility Balogun Market
P full Emeka Obiorah
F age 44
L facility Apapa
F money 31 million naira
F money $14,400
> "Every time the naira slips, my customers stop buying," he said. "A rate hike does not help me today. Maybe in six months."
Q direct Emeka Obiorah :: "Every time the naira slips, my customers stop buying,"
Q direct Emeka Obiorah :: "A rate hike does not help me today. Maybe in six months."
F duration six months
> Annual inflation eased to 28.4% in February from 29.1% in January, the National Bureau of Statistics (NBS) said last week. The NBS put food inflation at 33%, with prices of rice and beans up by a third in 12 months.
F percent 28.4%
F percent 29.1%
O government National Bureau of Statistics
O government NBS
O government NBS
F percent 33%
F fraction a third
F duration 12 months
> Nigeria's foreign reserves stood at $38.7 billion on March 20, according to CBN data, enough to cover about seven months of imports.
L country Nigeria
F money $38.7 billion
F date March 20
O government CBN
F duration seven months
> A senior CBN official, who asked not to be named because he was not authorized to speak publicly, said the bank had sold $1.1 billion to lenders over the past two weeks to meet demand. "We will not let the market run away," the official said.
O government CBN
F money $1.1 billion
F duration two weeks
Q direct - :: "We will not let the market run away,"
> The CBN has now raised rates by a combined 425 basis points since July 2042. Analysts polled by Reuters last week had expected a 100-basis-point rise on Tuesday. The MPC next meets on May 19.
O government CBN
F percent 425 basis points
F date July 2042
O media Reuters
F percent 100-basis-point
O government MPC
F date May 19
> (Reporting by Chidinma Okafor-Bello in Abuja and Tunde Ashiru in Lagos; Editing by Hugh Lawson-Pike)
P full Chidinma Okafor-Bello
L city Abuja
P full Tunde Ashiru
L city Lagos
P full Hugh Lawson-Pike
'''

ARTICLES['1643-te-puke-kiwifruit-hailstorm-bay-of-plenty-grower-zespri-metservice-rnz'] = r'''
> New Zealand
L country New Zealand
> Te Puke kiwifruit grower counts cost of ‘freak’ hailstorm
L city Te Puke
Q direct Rāwiri Kingi-Hollis :: ‘freak’
> Hail the size of marbles stripped vines across about 380 hectares of Bay of Plenty orchards in less than 15 minutes on Sunday.
F quantity 380 hectares
L region Bay of Plenty
F duration 15 minutes
> Hinemoa Te Whata-Ransley, Bay of Plenty reporter
P full Hinemoa Te Whata-Ransley
L region Bay of Plenty
> 6:48 pm on 19 November 2040
F time 6:48 pm
F date 19 November 2040
> Shredded leaves and bruised fruit on Rāwiri Kingi-Hollis’s orchard on No 1 Road, Te Puke. Photo: RNZ / Hinemoa Te Whata-Ransley
P full Rāwiri Kingi-Hollis
L street No 1 Road
L city Te Puke
O media RNZ
P full Hinemoa Te Whata-Ransley
> A Te Puke kiwifruit grower says he has lost at least two-thirds of this season’s crop after a hailstorm tore through his orchard on Sunday afternoon, and some vines may need two years to recover.
L city Te Puke
F fraction two-thirds
F duration two years
> Rāwiri Kingi-Hollis, 49, runs 12 hectares of gold and green kiwifruit on No 1 Road with his brother. He had expected to pack about 140,000 trays this season.
P full Rāwiri Kingi-Hollis
F age 49
F quantity 12 hectares
L street No 1 Road
F number 140,000
> “It was freak, honestly. The sky went green about 3.40pm and then it was like someone tipping gravel on the roof for 12 minutes,” Kingi-Hollis said. “When I walked out, the canopy was in shreds and the fruit was on the ground.
Q direct Rāwiri Kingi-Hollis :: “It was freak, honestly. The sky went green about 3.40pm and then it was like someone tipping gravel on the roof for 12 minutes,”
F time 3.40pm
F duration 12 minutes
P partial Kingi-Hollis
Q direct Rāwiri Kingi-Hollis :: “When I walked out, the canopy was in shreds and the fruit was on the ground.
> “My dad planted these vines in 1998. You don’t just prune and get a crop next year. We’re looking at three seasons, maybe four, before we’re back where we were.”
Q direct Rāwiri Kingi-Hollis :: “My dad planted these vines in 1998. You don’t just prune and get a crop next year. We’re looking at three seasons, maybe four, before we’re back where we were.”
F date 1998
F number three
F number four
> MetService meteorologist Anjali Brar-Whitcombe said a line of thunderstorms moved off the Kaimai Range and dropped hailstones up to 20 millimetres across a 6km-wide band between Te Puke and Paengaroa.
O company MetService
P full Anjali Brar-Whitcombe
L geo Kaimai Range
F quantity 20 millimetres
F quantity 6km
L city Te Puke
L city Paengaroa
> “Hail that size in November is unusual but not unheard of. We had a severe thunderstorm watch in place from 1pm,” she said. Parts of Te Puke recorded 31mm of rain in an hour.
Q direct Anjali Brar-Whitcombe :: “Hail that size in November is unusual but not unheard of. We had a severe thunderstorm watch in place from 1pm,”
F time 1pm
L city Te Puke
F quantity 31mm
> A Zespri spokesperson said early assessments showed damage on 26 orchards in the Te Puke and Paengaroa area, but the industry still expected to ship around 210 million trays nationally this season. “It’s devastating for the growers affected, and our people are on the ground with them,” the spokesperson said.
O company Zespri
F number 26
L city Te Puke
L city Paengaroa
F number 210 million
Q direct - :: “It’s devastating for the growers affected, and our people are on the ground with them,”
> In a statement, Zespri said it would bring forward “hardship support payments” of up to $3500 per canopy hectare for growers who lost more than half their crop.
O company Zespri
Q direct Zespri :: “hardship support payments”
F money $3500
F fraction half
> Te Puke Community Board chair Moana Tapiata-Greer said the town of about 10,000 people depended on its orchards and packhouses. “When the fruit goes, the cafés, the mechanics, the school fundraisers all feel it. Half this town works in kiwifruit in one way or another,” she said.
O government Te Puke Community Board
P full Moana Tapiata-Greer
F number 10,000
Q direct Moana Tapiata-Greer :: “When the fruit goes, the cafés, the mechanics, the school fundraisers all feel it. Half this town works in kiwifruit in one way or another,”
F fraction Half
> Kingi-Hollis said his insurance would cover about $180,000 of a loss he put at $420,000, based on last season’s return of $11.20 a tray for gold fruit.
P partial Kingi-Hollis
F money $180,000
F money $420,000
F money $11.20
> The Ministry for Primary Industries (MPI) said it was monitoring the damage. MPI would decide by 25 November whether the storm met the threshold for a medium-scale adverse event.
O government Ministry for Primary Industries
O government MPI
O government MPI
F date 25 November
> Kingi-Hollis said neighbours had turned up at first light with chainsaws and trailers. “That’s Te Puke. You don’t have to ask.”
P partial Kingi-Hollis
Q direct Rāwiri Kingi-Hollis :: “That’s Te Puke. You don’t have to ask.”
L city Te Puke
'''

ARTICLES['1644-cellbrew-lab-grown-coffee-oakland-uc-davis-huila-colombia-farmers-wired'] = r'''
> SCIENCE
> Inside Cellbrew’s Plan to Grow Coffee in a Steel Tank
O company Cellbrew
> Climate change could wipe out half the land fit for arabica by 2050. An Oakland startup says cell cultures can fill the gap—if anyone will drink the stuff.
F fraction half
F date 2050
L city Oakland
> Nadia Kowalski-Oyelaran
P full Nadia Kowalski-Oyelaran
> Apr 9, 2042 6:00 AM
F date Apr 9, 2042
F time 6:00 AM
> Cellbrew’s bioreactors in Oakland, California, each hold up to 2,000 liters of coffee-cell culture. Photograph: Dmitri Vasquez-Lund
O company Cellbrew
L city Oakland
L region California
F quantity 2,000 liters
P full Dmitri Vasquez-Lund
> In a converted bakery on the edge of West Oakland, a steel tank the size of a hot tub hums at exactly 25 degrees Celsius. Inside, a beige slurry of cells taken from arabica leaves doubles its mass every 60 hours or so. Dried, roasted and ground, it makes something that tastes like coffee, says Cellbrew founder Priya Ramaswamy-Hart.
L city West Oakland
F quantity 25 degrees Celsius
F duration 60 hours
O company Cellbrew
P full Priya Ramaswamy-Hart
> “Like good coffee, not like instant,” she adds, handing me a paper cup. “People hear ‘lab-grown’ and picture something gray in a petri dish. This is a farm. It just happens to be 1,400 square feet, and it doesn’t care about the weather.”
Q direct Priya Ramaswamy-Hart :: “Like good coffee, not like instant,”
Q direct Priya Ramaswamy-Hart :: “People hear ‘lab-grown’ and picture something gray in a petri dish. This is a farm. It just happens to be 1,400 square feet, and it doesn’t care about the weather.”
F quantity 1,400 square feet
> Ramaswamy-Hart, 38, a former biochemist at Genentech, founded Cellbrew in 2038 with $4 million from friends and one angel investor. Last month the company closed a $62 million round led by Halvard Ventures that values it at roughly $410 million, according to two people familiar with the deal. Investors have started calling the category “post-farm coffee.”
P partial Ramaswamy-Hart
F age 38
O company Genentech
O company Cellbrew
F date 2038
F money $4 million
F number one
F money $62 million
O company Halvard Ventures
F money $410 million
F number two
Q scare - :: “post-farm coffee.”
> Climate models cited by the industry suggest the area suitable for arabica could shrink by as much as 50 percent by mid-century, and arabica futures hit $4.80 a pound in 2041 after back-to-back droughts in Brazil and Vietnam.
F percent 50 percent
F money $4.80
F date 2041
L country Brazil
L country Vietnam
> Cellbrew’s process takes 21 days from starter culture to a harvest of about 180 kilograms of dry biomass per tank. The company says it uses 90 percent less water than field-grown coffee.
O company Cellbrew
F duration 21 days
F quantity 180 kilograms
F percent 90 percent
> Tomasz Elbaz-Whitfield, a food scientist at the University of California, Davis (UC Davis), has tasted three of Cellbrew’s prototype roasts. He calls them “genuinely interesting” but thin.
P full Tomasz Elbaz-Whitfield
O education University of California, Davis
O education UC Davis
F number three
O company Cellbrew
Q direct Tomasz Elbaz-Whitfield :: “genuinely interesting”
> “Flavor is built in the cherry and during fermentation on the farm, not just in the plant’s cells. They’ve got the caffeine, but the aroma compounds are maybe a third of what you’d expect from real beans,” he says. “Cost is the other problem. Right now they’re at something like $38 a kilogram. Commodity arabica is closer to $9.”
Q direct Tomasz Elbaz-Whitfield :: “Flavor is built in the cherry and during fermentation on the farm, not just in the plant’s cells. They’ve got the caffeine, but the aroma compounds are maybe a third of what you’d expect from real beans,”
F fraction a third
Q direct Tomasz Elbaz-Whitfield :: “Cost is the other problem. Right now they’re at something like $38 a kilogram. Commodity arabica is closer to $9.”
F money $38
F money $9
> Elbaz-Whitfield’s lab at UC Davis is running blind tastings with 120 volunteers; results are due in September 2042.
P partial Elbaz-Whitfield
O education UC Davis
F number 120
F date September 2042
> Luz Marina Cárdenas Ortiz, 54, grows arabica on five hectares near Pitalito, in Colombia’s Huila department.
P full Luz Marina Cárdenas Ortiz
F age 54
F quantity five hectares
L city Pitalito
L country Colombia
L region Huila
> “My family has grown coffee for four generations. A company in California cannot make our weather, our soil or our hands,” she said in Spanish. “If they want to make the cheap coffee, fine. But they should not call it ‘Colombian.’”
Q direct Luz Marina Cárdenas Ortiz :: “My family has grown coffee for four generations. A company in California cannot make our weather, our soil or our hands,”
F number four
L region California
Q direct Luz Marina Cárdenas Ortiz :: “If they want to make the cheap coffee, fine. But they should not call it ‘Colombian.’”
> Cárdenas Ortiz, whose harvest fell 30 percent in 2040, sells through a cooperative in Pitalito for about 2.1 million pesos per 125-kilogram load. The National Federation of Coffee Growers of Colombia (FNC) said in a statement that cell-grown products should carry “clear and honest labels.”
P partial Cárdenas Ortiz
F percent 30 percent
F date 2040
L city Pitalito
F money 2.1 million pesos
F quantity 125-kilogram
O nonprofit National Federation of Coffee Growers of Colombia
O nonprofit FNC
Q direct National Federation of Coffee Growers of Colombia :: “clear and honest labels.”
> Ramaswamy-Hart plans to sell Cellbrew’s first blend, 30 percent cell-grown, to two Bay Area roasters before the end of 2042. “Nobody’s asking farmers to quit,” she says. “We’re asking what happens in 20 years, when half of them can’t.”
P partial Ramaswamy-Hart
O company Cellbrew
F percent 30 percent
F number two
L region Bay Area
F date 2042
Q direct Priya Ramaswamy-Hart :: “Nobody’s asking farmers to quit,”
Q direct Priya Ramaswamy-Hart :: “We’re asking what happens in 20 years, when half of them can’t.”
F duration 20 years
F fraction half
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
