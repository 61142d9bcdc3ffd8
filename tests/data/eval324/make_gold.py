#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval324 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval324/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1987-colombo-tea-auction-price-slump-nuwara-eliya-smallholders-ctta-tea-board-daily-mirror'] = r'''
> Business
> High-grown tea prices slump to four-year low at Colombo auction
F duration four-year
L city Colombo
> Nuwara Eliya growers lose Rs.140 a kilo in a month as Russian and Iraqi buyers hold back
L region Nuwara Eliya
F money Rs.140
> By Tharindu Wijesekera
P full Tharindu Wijesekera
> 2 April 2042 06:15 am - 7 - 4127
F date 2 April 2042
F time 06:15 am
F number 7
F number 4127
> A tea plucker at work on a smallholding near Ragala in the Nuwara Eliya District. Pic by Nimal Jayasundara
L city Ragala
L region Nuwara Eliya District
P full Nimal Jayasundara
> Tea prices at the weekly Colombo auction fell to a four-year low this week, as the average price of high-grown teas dropped to Rs.1,085 a kilo, the Colombo Tea Traders’ Association (CTTA) said yesterday.
L city Colombo
F duration four-year
F money Rs.1,085
O nonprofit Colombo Tea Traders’ Association
O nonprofit CTTA
> Some 6.2 million kilos were offered at the sale on Tuesday (1), the CTTA said in its weekly report, and 31 percent of the lots went unsold. Unsold lots, known in the trade as “outlots”, will be offered again next week.
F quantity 6.2 million kilos
F date 1
O nonprofit CTTA
F percent 31 percent
Q scare - :: “outlots”
> Brokers said the fall was sharpest for the high-grown teas of Nuwara Eliya, Dimbula and Uva, while low-grown teas from the Ruhuna region, which sell mainly to buyers in the Middle East, held up better.
L region Nuwara Eliya
L region Dimbula
L region Uva
L region Ruhuna
L region Middle East
> CTTA chairman Ruwan Senanayake told the Daily Mirror that buyers from Russia, Iraq and Türkiye, who together take about 40 percent of Sri Lanka’s tea exports, had cut their orders since January.
O nonprofit CTTA
P full Ruwan Senanayake
O media Daily Mirror
L country Russia
L country Iraq
L country Türkiye
F percent 40 percent
L country Sri Lanka
> “The buyers are simply not there. Russia is paying late, Iraq has its own currency troubles and the Turkish packers are sitting on stock,” Mr. Senanayake said. “We have seen bad weeks before, but this is different.
Q direct Ruwan Senanayake :: “The buyers are simply not there. Russia is paying late, Iraq has its own currency troubles and the Turkish packers are sitting on stock,”
Q direct Ruwan Senanayake :: “We have seen bad weeks before, but this is different.
L country Russia
L country Iraq
P partial Senanayake
> “A fall of Rs.140 a kilo in one month is new for this trade. If it carries on until the Sinhala and Tamil New Year, many factories will cut what they pay for green leaf.”
Q direct Ruwan Senanayake :: “A fall of Rs.140 a kilo in one month is new for this trade. If it carries on until the Sinhala and Tamil New Year, many factories will cut what they pay for green leaf.”
F money Rs.140
F duration one month
> Mahinda Ratnayake, a director of Kandapola Highlands Plantations PLC, which runs 14 estates in the district, said the company was losing about Rs.190 on every kilo of made tea. Its cost of production had risen to Rs.1,270 a kilo since the wage increase of March 2041, he said.
P full Mahinda Ratnayake
O company Kandapola Highlands Plantations PLC
F number 14
F money Rs.190
F money Rs.1,270
F date March 2041
> “We are paying our workers more, which is right, but the auction is paying us less. Something has to give,” Mr. Ratnayake said. He said Kandapola Highlands would ask the Sri Lanka Tea Board to release part of its cess fund for fertiliser.
Q direct Mahinda Ratnayake :: “We are paying our workers more, which is right, but the auction is paying us less. Something has to give,”
P partial Ratnayake
O company Kandapola Highlands
O government Sri Lanka Tea Board
> For smallholders, who grow about 75 percent of the island’s tea, the slump arrives through the green leaf price. At Ragala, 14 kilometres east of Nuwara Eliya town, S. Kamalanathan, 54, who grows tea on two acres, said the bought-leaf factory he supplies now pays Rs.155 a kilo, down from Rs.230 in February.
F percent 75 percent
L city Ragala
F quantity 14 kilometres
L city Nuwara Eliya
P full S. Kamalanathan
F age 54
F quantity two acres
F money Rs.155
F money Rs.230
> “In 2040 I got Rs.260. Now it is Rs.155 and the fertiliser costs the same. My son says I should grow carrots like the neighbours,” he said in Tamil. He sells about 900 kilos of leaf a month, he said.
Q direct S. Kamalanathan :: “In 2040 I got Rs.260. Now it is Rs.155 and the fertiliser costs the same. My son says I should grow carrots like the neighbours,”
F date 2040
F money Rs.260
F money Rs.155
F quantity 900 kilos
> The Sri Lanka Tea Board said in a statement that it was “closely monitoring” prices and would meet exporters and the CTTA next week. A board official, who asked not to be named, said demand should return “within two or three sales” once payment delays from Russia were settled.
O government Sri Lanka Tea Board
Q direct Sri Lanka Tea Board :: “closely monitoring”
O nonprofit CTTA
Q direct - :: “within two or three sales”
F number two
F number three
L country Russia
> Sri Lanka exported 241 million kilos of tea in 2041, earning US$ 1.42 billion, according to Tea Board figures. Exports in the first quarter of 2042 were 6 percent lower than a year earlier.
L country Sri Lanka
F quantity 241 million kilos
F date 2041
F money US$ 1.42 billion
O government Tea Board
F date 2042
F percent 6 percent
'''

ARTICLES['1988-noaa-seastorm-1-hurricane-forecasting-satellite-nhc-florida-keys-pbs-newshour'] = r'''
> Science
> New NOAA satellite could give coastal towns an extra day before hurricanes hit
O government NOAA
> The $480 million spacecraft will measure the heat hidden beneath the ocean surface, the fuel that lets storms explode in strength.
F money $480 million
> By — Marisol Quintero-Hadley
P full Marisol Quintero-Hadley
> Apr 17, 2041 3:42 PM EDT
F date Apr 17, 2041
F time 3:42 PM EDT
> Left: Engineers prepare the Seastorm-1 satellite for testing in a clean room in Littleton, Colorado, in March 2041. Photo courtesy of NOAA
L city Littleton
L region Colorado
F date March 2041
O government NOAA
> A new weather satellite built to measure the heat stored beneath the ocean’s surface could give coastal communities as much as an extra day of warning before a major hurricane comes ashore, federal scientists said Wednesday.
> The National Oceanic and Atmospheric Administration (NOAA) said the spacecraft, named Seastorm-1, is scheduled to launch May 21 from Vandenberg Space Force Base in California. From about 520 miles up, it will pass over the tropical Atlantic, the Caribbean and the Gulf twice a day.
O government National Oceanic and Atmospheric Administration
O government NOAA
F date May 21
L facility Vandenberg Space Force Base
L region California
F quantity 520 miles
L geo Atlantic
L geo Caribbean
L geo Gulf
> Today’s satellites see the top of the sea but not what lies below it, said Dana Whitcombe, a senior hurricane specialist at NOAA’s National Hurricane Center in Miami. Storms that cross a deep pool of warm water can strengthen far faster than computer models expect, in what forecasters call “rapid intensification.”
P full Dana Whitcombe
O government NOAA
O government National Hurricane Center
L city Miami
Q scare - :: “rapid intensification.”
> “Right now we are guessing at the size of the fuel tank. We see the storm, we see the sea surface, and then a Category 2 becomes a Category 4 overnight and everybody asks what happened,” Whitcombe said. “This gives us a gauge on that tank.”
Q direct Dana Whitcombe :: “Right now we are guessing at the size of the fuel tank. We see the storm, we see the sea surface, and then a Category 2 becomes a Category 4 overnight and everybody asks what happened,”
P partial Whitcombe
Q direct Dana Whitcombe :: “This gives us a gauge on that tank.”
> In September 2039, Hurricane Talia strengthened from 85 mph to 150 mph in 30 hours before it made landfall near Cedar Key, Florida. NOAA defines rapid intensification as a rise of at least 35 mph in 24 hours, and its own analysis shows such jumps have become more common in the Gulf over the past two decades.
F date September 2039
F quantity 85 mph
F quantity 150 mph
F duration 30 hours
L city Cedar Key
L region Florida
O government NOAA
F quantity 35 mph
F duration 24 hours
L geo Gulf
F duration two decades
> Rafael Ibarra-Stokes, a meteorologist at Florida State University in Tallahassee who helped design the satellite’s microwave sounder, said its data would flow into the main U.S. forecast model within 90 days of launch.
P full Rafael Ibarra-Stokes
O education Florida State University
L city Tallahassee
L country U.S.
F duration 90 days
> “There’s an old line among forecasters: ‘The ocean always gets a vote.’ Until now we only counted that vote after the storm had already cast it,” he said. He called early test results “better than we had any right to expect.”
Q direct Rafael Ibarra-Stokes :: “There’s an old line among forecasters: ‘The ocean always gets a vote.’ Until now we only counted that vote after the storm had already cast it,”
Q direct Rafael Ibarra-Stokes :: “better than we had any right to expect.”
> Sheryl Batiste, emergency management director for Monroe County in the Florida Keys, said her office needs about 72 hours to move the Keys’ roughly 82,000 residents to the mainland.
P full Sheryl Batiste
L region Monroe County
L geo Florida Keys
F duration 72 hours
L geo Keys
F number 82,000
> “If I get that extra day, I am not sending 40,000 cars up U.S. 1 in tropical-storm winds,” Batiste said. “U.S. 1 is the only highway out. That is the whole ballgame for us.”
Q direct Sheryl Batiste :: “If I get that extra day, I am not sending 40,000 cars up U.S. 1 in tropical-storm winds,”
F number 40,000
L street U.S. 1
P partial Batiste
Q direct Sheryl Batiste :: “U.S. 1 is the only highway out. That is the whole ballgame for us.”
L street U.S. 1
> The mission’s cost rose from $390 million to $480 million after a two-year delay to the sounder, NOAA said in a statement, calling Seastorm-1 “a generational step for hurricane forecasting.” The agency has asked Congress for $36 million a year to run the satellite for five years.
F money $390 million
F money $480 million
F duration two-year
O government NOAA
Q direct National Oceanic and Atmospheric Administration :: “a generational step for hurricane forecasting.”
O government Congress
F money $36 million
F duration five years
> A NASA engineer who worked on the instrument, speaking on condition of anonymity, said the team had only “two spare days” left in its schedule.
O government NASA
Q direct - :: “two spare days”
F duration two spare days
> Whitcombe said forecasters would not rely on the new data in their official outlooks until the 2042 hurricane season. “We test first,” she said. “Then we trust.”
P partial Whitcombe
F date 2042
Q direct Dana Whitcombe :: “We test first,”
Q direct Dana Whitcombe :: “Then we trust.”
'''

ARTICLES['1989-bristol-clean-air-zone-daily-charge-rise-taxi-drivers-fsb-lawrence-hill-bristol-post'] = r'''
> Bristol News
L city Bristol
> 'It will finish us off' - taxi drivers' warning as clean air zone charge set to rise to £12.50
Q direct Imran Dadabhoy :: 'It will finish us off'
F money £12.50
> Drivers of older taxis, vans and cars would pay £12.50 a day to enter the zone from September, up from £9, under plans going to Bristol City Council's cabinet
F money £12.50
F money £9
O government Bristol City Council
> By Callum Fairweather-Nash Local Democracy Reporter
P full Callum Fairweather-Nash
> 06:00, 18 MAR 2042 Updated 10:27, 18 MAR 2042
F time 06:00
F date 18 MAR 2042
F time 10:27
F date 18 MAR 2042
> Taxis queue at the rank outside Bristol Temple Meads (Image: Bristol Post)
L facility Bristol Temple Meads
O media Bristol Post
> Taxi drivers and small firms have warned that a planned rise in Bristol's clean air zone charge will "finish off" hundreds of people who rely on older vehicles for a living.
L city Bristol
Q direct - :: "finish off"
> Bristol City Council wants to raise the charge for non-compliant taxis, vans and private cars from £9 to £12.50 a day from 1 September, a rise of 39 per cent. Lorries, coaches and buses would pay £120, up from £100.
O government Bristol City Council
F money £9
F money £12.50
F date 1 September
F percent 39 per cent
F money £120
F money £100
> The zone, which covers the city centre, Temple Meads and parts of Redcliffe and Spike Island, raised £11.6m in 2041, but the council says too many old vehicles still pay to drive in. A report to cabinet says 6,900 non-compliant vehicles still enter the zone on an average weekday.
L city Temple Meads
L city Redcliffe
L city Spike Island
F money £11.6m
F date 2041
F number 6,900
> Cllr Naomi Achterberg-Lowe, the council's cabinet member for transport, said the zone had cut nitrogen dioxide on the worst roads by 18 per cent since it opened. "The air on Marlborough Street and the M32 approach is cleaner than it has been in decades," she said. "But we are not at the legal limit everywhere yet, and the charge has not changed in years while every other cost has."
P full Naomi Achterberg-Lowe
F percent 18 per cent
Q direct Naomi Achterberg-Lowe :: "The air on Marlborough Street and the M32 approach is cleaner than it has been in decades,"
L street Marlborough Street
L street M32
Q direct Naomi Achterberg-Lowe :: "But we are not at the legal limit everywhere yet, and the charge has not changed in years while every other cost has."
> She said the money would still fund bus routes and grants of up to £4,000 for cleaner vehicles.
F money £4,000
> But Imran Dadabhoy, chairman of the Avon Cab Drivers' Association, said many of its 640 members could not afford to replace their cars. "A compliant hackney costs £38,000. Most of my members are over 55 and they are not going to get a loan for that," he said. "This rise will finish us off.
P full Imran Dadabhoy
O nonprofit Avon Cab Drivers' Association
F number 640
Q direct Imran Dadabhoy :: "A compliant hackney costs £38,000. Most of my members are over 55 and they are not going to get a loan for that,"
F money £38,000
F age 55
Q direct Imran Dadabhoy :: "This rise will finish us off.
> "The council keeps saying 'switch to electric'. Where do I charge it when I live in a terraced street in Easton?"
Q direct Imran Dadabhoy :: "The council keeps saying 'switch to electric'. Where do I charge it when I live in a terraced street in Easton?"
L city Easton
> Drivers call the zone's 170 cameras "the toll ring".
F number 170
Q scare - :: "the toll ring"
> The Federation of Small Businesses (FSB) said the rise would hit tradespeople hardest. Its West of England development manager, Hannah Okafor-Strang, said 41 per cent of FSB members in the city who answered a survey still ran at least one van that did not meet the zone's standard.
O nonprofit Federation of Small Businesses
O nonprofit FSB
L region West of England
P full Hannah Okafor-Strang
F percent 41 per cent
O nonprofit FSB
F number one
> "A plumber from Bedminster does not drive through the centre for fun," she said. "This is a tax on getting to work, and it lands just as spring trade starts." The FSB has called the plan "badly timed".
Q direct Hannah Okafor-Strang :: "A plumber from Bedminster does not drive through the centre for fun,"
L city Bedminster
Q direct Hannah Okafor-Strang :: "This is a tax on getting to work, and it lands just as spring trade starts."
O nonprofit FSB
Q direct Federation of Small Businesses :: "badly timed"
> In Lawrence Hill ward, on the edge of the BS5 postcode, some residents would welcome a higher charge. Grace Adeyemi-Hollis, 67, who has lived on Lawrence Hill for 31 years, said: "My grandson has asthma. The lorries sit at the lights outside our window all day. Make them pay more."
L region Lawrence Hill
L region BS5
P full Grace Adeyemi-Hollis
F age 67
L street Lawrence Hill
F duration 31 years
Q direct Grace Adeyemi-Hollis :: "My grandson has asthma. The lorries sit at the lights outside our window all day. Make them pay more."
> Exemptions for low-income workers living in BS1, BS2 and BS5 who earn less than £27,000 a year would be extended for 12 months. The cabinet will vote on the plans on 1 April, and a four-week public consultation opens on Monday.
L region BS1
L region BS2
L region BS5
F money £27,000
F duration 12 months
F date 1 April
F duration four-week
'''

ARTICLES['1990-mombasa-county-budget-row-assembly-rejects-sh42bn-controller-of-budget-kongowea-daily-nation'] = r'''
> Mombasa
L region Mombasa
> MCAs reject Governor Bakari's Sh42.6 billion budget as development cash shrinks
P partial Bakari
F money Sh42.6 billion
> What you need to know:
> The Mombasa County Assembly voted 24-13 to send the 2042/43 budget back to the executive.
O government Mombasa County Assembly
F number 24-13
F date 2042/43
> A report by the Office of the Controller of Budget shows only 19 per cent of last year's development money was spent.
O government Office of the Controller of Budget
F percent 19 per cent
> By Salim Juma Mwakazi
P full Salim Juma Mwakazi
> Wednesday, June 18, 2042
F date June 18, 2042
> Mombasa Governor Rashid Mwinyi Bakari addresses traders at Kongowea Market on June 16, 2042. Photo credit: Kevin Odhiambo | Nation Media Group
L region Mombasa
P full Rashid Mwinyi Bakari
L facility Kongowea Market
F date June 16, 2042
P full Kevin Odhiambo
O media Nation Media Group
> Members of the Mombasa County Assembly on Tuesday rejected Governor Rashid Mwinyi Bakari's Sh42.6 billion budget for the 2042/43 financial year, accusing his administration of cutting development spending to pay salaries and pending bills.
O government Mombasa County Assembly
P full Rashid Mwinyi Bakari
F money Sh42.6 billion
F date 2042/43
> The MCAs voted 24-13 to send the estimates back to the county executive after the Budget and Appropriations Committee found that only Sh11.9 billion, or 28 per cent, had been set aside for development. The law requires at least 30 per cent.
F number 24-13
O government Budget and Appropriations Committee
F money Sh11.9 billion
F percent 28 per cent
F percent 30 per cent
> Speaker Fatuma Kombo Mwamburi said the House would not "rubber-stamp" a budget that left wards such as Likoni, Jomvu Kuu and Bamburi without new water projects for a third year.
P full Fatuma Kombo Mwamburi
O government House
Q direct Fatuma Kombo Mwamburi :: "rubber-stamp"
L region Likoni
L region Jomvu Kuu
L region Bamburi
> "We cannot pass a budget where salaries grow and the money for boreholes disappears. The people of Likoni are buying water at Sh50 a jerrican," she told the Nation.
Q direct Fatuma Kombo Mwamburi :: "We cannot pass a budget where salaries grow and the money for boreholes disappears. The people of Likoni are buying water at Sh50 a jerrican,"
L region Likoni
F money Sh50
O media Nation
> The report by the Office of the Controller of Budget (OCOB), tabled in the Senate last month, shows the county spent only 19 per cent of its Sh10.4 billion development allocation in the first nine months of the 2041/42 financial year, while 94 per cent of the recurrent budget had been used.
O government Office of the Controller of Budget
O government OCOB
O government Senate
F percent 19 per cent
F money Sh10.4 billion
F duration nine months
F date 2041/42
F percent 94 per cent
> Controller of Budget Grace Wanjiru Kamau said counties that spend most of their money on wages risk "a slow collapse" of services. "Mombasa is not alone, but it is among the worst. Pending bills stand at Sh5.8 billion, and some suppliers have waited since 2039," she said.
P full Grace Wanjiru Kamau
Q direct Grace Wanjiru Kamau :: "a slow collapse"
Q direct Grace Wanjiru Kamau :: "Mombasa is not alone, but it is among the worst. Pending bills stand at Sh5.8 billion, and some suppliers have waited since 2039,"
L region Mombasa
F money Sh5.8 billion
F date 2039
> Governor Bakari defended the estimates at Kongowea Market, saying arrears must be cleared before new projects start. "We inherited bills that nobody wanted to pay. If I start 40 new projects tomorrow and the contractors are not paid, we will have 40 stalled sites, like before.
P partial Bakari
L facility Kongowea Market
Q direct Rashid Mwinyi Bakari :: "We inherited bills that nobody wanted to pay. If I start 40 new projects tomorrow and the contractors are not paid, we will have 40 stalled sites, like before.
F number 40
F number 40
> "Hii ni bajeti ya kulipa madeni (this is a budget to pay debts). Next year the development money will come," he said.
Q direct Rashid Mwinyi Bakari :: "Hii ni bajeti ya kulipa madeni (this is a budget to pay debts). Next year the development money will come,"
> A senior official at the Mombasa County Treasury, who asked not to be named, said the wage bill had grown to Sh17.2 billion, partly because of about 600 so-called "ghost workers" still on the payroll. "We know some of the names. Removing them is politics," he said.
O government Mombasa County Treasury
F money Sh17.2 billion
F number 600
Q scare - :: "ghost workers"
Q direct - :: "We know some of the names. Removing them is politics,"
> At Kongowea, Peter Mwangi Njoroge, who has sold onions and potatoes at the market for 17 years, said traders pay Sh50 a day in market fees but the toilets have not worked since December. "They collect from us every morning at 6am. Where does the money go?" asked Mr Njoroge, who came to Mombasa from Nyeri as a young man.
L facility Kongowea
P full Peter Mwangi Njoroge
F duration 17 years
F money Sh50
Q direct Peter Mwangi Njoroge :: "They collect from us every morning at 6am. Where does the money go?"
F time 6am
P partial Njoroge
L city Mombasa
L region Nyeri
> In a statement, the Mombasa County Assembly said it was "ready to sit in a special session" once revised estimates arrive. The executive has 14 days to table them. If no budget is passed by June 30, the county can draw at most half of last year's budget under the Public Finance Management Act.
O government Mombasa County Assembly
Q direct Mombasa County Assembly :: "ready to sit in a special session"
F duration 14 days
F date June 30
F fraction half
'''

ARTICLES['1991-tour-de-france-stage-17-alpe-d-huez-castelnau-wins-kjaergaard-holm-yellow-road-cc'] = r'''
> Pro Cycling
> Tour de France stage 17: Hugo Castelnau wins on Alpe d'Huez as Kjærgaard-Holm tightens grip on yellow
P full Hugo Castelnau
L geo Alpe d'Huez
P partial Kjærgaard-Holm
> Decathlon AG2R La Mondiale rider attacks with six hairpins to go and holds off the race leader by 19 seconds at the top of the 21 bends
O team Decathlon AG2R La Mondiale
F number six
F duration 19 seconds
F number 21
> by Owen Pritchard-Lee
P full Owen Pritchard-Lee
> Wed, Jul 23, 2042 18:05
F date Jul 23, 2042
F time 18:05
> Hugo Castelnau crosses the line on Alpe d'Huez (A.S.O./Marin Delacroix-Rey)
P full Hugo Castelnau
L geo Alpe d'Huez
O company A.S.O.
P full Marin Delacroix-Rey
> Hugo Castelnau gave France a home win on Alpe d'Huez on Wednesday, attacking with six of the 21 hairpins left and holding off yellow jersey Anders Kjærgaard-Holm by 19 seconds at the top of the 13.8km climb.
P full Hugo Castelnau
L country France
L geo Alpe d'Huez
F number six
F number 21
P full Anders Kjærgaard-Holm
F duration 19 seconds
F quantity 13.8km
> The 27-year-old from Annecy, riding for Decathlon AG2R La Mondiale, finished the 172.6km stage from Albertville in 4:51:07. Kjærgaard-Holm (Visma-Lease a Bike) outsprinted Mauro Castellucci (UAE Team Emirates XRG) for second, with the pair 19 seconds down, and extended his overall lead to 1:48 with four stages left.
F age 27-year-old
L city Annecy
O team Decathlon AG2R La Mondiale
F quantity 172.6km
L city Albertville
F duration 4:51:07
P partial Kjærgaard-Holm
O team Visma-Lease a Bike
P full Mauro Castellucci
O team UAE Team Emirates XRG
F duration 19 seconds
F duration 1:48
F number four
> The route crossed the Col de la Croix de Fer, 29km at an average of 5.2 per cent, before the descent to Le Bourg-d'Oisans and the final climb, which averages 8.1 per cent with ramps of 11 per cent in the first 3km.
L geo Col de la Croix de Fer
F quantity 29km
F percent 5.2 per cent
L city Le Bourg-d'Oisans
F percent 8.1 per cent
F percent 11 per cent
F quantity 3km
> A break of 23 riders went clear on the Croix de Fer, but Visma set a fierce pace in the valley and the last of the escapees, Ewan Gallacher (INEOS Grenadiers), was caught at the foot of the Alpe with 13.8km to go, though he kept the polka-dot jersey.
F number 23
L geo Croix de Fer
O team Visma
P full Ewan Gallacher
O team INEOS Grenadiers
L geo Alpe
F quantity 13.8km
> Castellucci's teammates thinned the group to nine riders before Castelnau went at Dutch Corner, hairpin 7, where the crowd was thickest. Only Kjærgaard-Holm and Castellucci could follow, and neither could close the gap.
P partial Castellucci
F number nine
P partial Castelnau
L geo Dutch Corner
P partial Kjærgaard-Holm
P partial Castellucci
> "I grew up watching this climb on television with my grandfather. He always said, 'One day you will win there, and I will be at bend seven.' He died in March, so today was for him," Castelnau said.
Q direct Hugo Castelnau :: "I grew up watching this climb on television with my grandfather. He always said, 'One day you will win there, and I will be at bend seven.' He died in March, so today was for him,"
P partial Castelnau
> "At 4km I looked back and saw Anders was suffering too. Then I just emptied everything."
Q direct Hugo Castelnau :: "At 4km I looked back and saw Anders was suffering too. Then I just emptied everything."
F quantity 4km
P partial Anders
> Kjærgaard-Holm, who gained 1:12 on Castellucci in the Pyrenees last week, was happy to concede a few seconds to a rider who sits 9:40 down overall. "Hugo is no danger for the GC, so for us it was a good day. We rode our tempo and I took time on Mauro," the Dane said.
P partial Kjærgaard-Holm
F duration 1:12
P partial Castellucci
L geo Pyrenees
F duration 9:40
Q direct Anders Kjærgaard-Holm :: "Hugo is no danger for the GC, so for us it was a good day. We rode our tempo and I took time on Mauro,"
P partial Hugo
P partial Mauro
> Visma-Lease a Bike directeur sportif Maarten Oudekerk said the team had ridden for "control, not glory". "We had three men left at the bottom. That was the plan," he said.
O team Visma-Lease a Bike
P full Maarten Oudekerk
Q direct Maarten Oudekerk :: "control, not glory"
Q direct Maarten Oudekerk :: "We had three men left at the bottom. That was the plan,"
F number three
> Decathlon's Jean-Baptiste Morlaix, whose team had not won a Tour stage since 2039, said the win "changes our whole Tour". UAE Team Emirates XRG said in a statement that Castellucci had "no regrets" and would attack again on Friday's stage to the Col de la Loze.
O team Decathlon
P full Jean-Baptiste Morlaix
F date 2039
Q direct Jean-Baptiste Morlaix :: "changes our whole Tour"
O team UAE Team Emirates XRG
P partial Castellucci
Q direct UAE Team Emirates XRG :: "no regrets"
L geo Col de la Loze
> Stage 17 result
> 1. Hugo Castelnau (Fra) Decathlon AG2R La Mondiale 4:51:07
P full Hugo Castelnau
L country Fra
O team Decathlon AG2R La Mondiale
F duration 4:51:07
> 2. Anders Kjærgaard-Holm (Den) Visma-Lease a Bike +0:19
P full Anders Kjærgaard-Holm
L country Den
O team Visma-Lease a Bike
F duration +0:19
> 3. Mauro Castellucci (Ita) UAE Team Emirates XRG +0:19
P full Mauro Castellucci
L country Ita
O team UAE Team Emirates XRG
F duration +0:19
> 4. Tomás Ferreyra (Col) Lidl-Trek +1:23
P full Tomás Ferreyra
L country Col
O team Lidl-Trek
F duration +1:23
> 5. Lars Wennberg-Aas (Nor) Uno-X Mobility +2:06
P full Lars Wennberg-Aas
L country Nor
O team Uno-X Mobility
F duration +2:06
'''

ARTICLES['1992-cyclades-ferry-fare-rise-14-percent-naxos-hoteliers-piraeus-kathimerini'] = r'''
> NEWS
> ‘A family of four will pay over €600 to reach Naxos’: Cyclades ferry fares to rise 14%
Q direct Giorgos Margaritis :: ‘A family of four will pay over €600 to reach Naxos’
F number four
F money €600
L geo Naxos
L region Cyclades
F percent 14%
> Operators blame fuel and emissions costs as island hoteliers warn of empty rooms in June
> Dafni Kourmouli
P full Dafni Kourmouli
> 12.03.2043 • 19:40
F date 12.03.2043
F time 19:40
> Passengers board a ferry for the Cyclades at the port of Piraeus. [InTime News]
L region Cyclades
L city Piraeus
O media InTime News
> Ferry fares between Piraeus and the Cyclades will rise by an average of 14 percent from April 1, the Ministry of Maritime Affairs and Insular Policy confirmed on Thursday, after coastal shipping companies cited higher fuel prices and the cost of European Union emissions permits.
L city Piraeus
L region Cyclades
F percent 14 percent
F date April 1
O government Ministry of Maritime Affairs and Insular Policy
O intergovernmental European Union
> An economy deck ticket on the 103-nautical-mile Piraeus–Naxos route will go from €52.50 to €60, while a car will cost €138 each way, up from €119. The ministry said the new fares cover the 2043 and 2044 seasons.
F quantity 103-nautical-mile
L city Piraeus
L geo Naxos
F money €52.50
F money €60
F money €138
F money €119
F date 2043
F date 2044
> Maritime Affairs Minister Pavlos Andrianakis said the rise was smaller than the 22 percent operators had asked for. “We negotiated line by line. The alternative was fewer sailings, and for an island, fewer sailings is worse than a higher ticket,” he told Parliament.
P full Pavlos Andrianakis
F percent 22 percent
Q direct Pavlos Andrianakis :: “We negotiated line by line. The alternative was fewer sailings, and for an island, fewer sailings is worse than a higher ticket,”
O government Parliament
> He said the government would extend the so-called “Transport Equivalent” subsidy to permanent residents of 11 more small islands and spend €46 million on it this year.
Q scare - :: “Transport Equivalent”
F number 11
F money €46 million
> Eleni Vrettou, commercial director of Kykladiki Naftiliaki, which runs four ships on the western and central Cyclades lines, said fuel now makes up 46 percent of the company’s costs. “Every time we leave Piraeus, the EU charges us for the carbon. That was not in our tickets in 2039,” she told Kathimerini.
P full Eleni Vrettou
O company Kykladiki Naftiliaki
F number four
L region Cyclades
F percent 46 percent
Q direct Eleni Vrettou :: “Every time we leave Piraeus, the EU charges us for the carbon. That was not in our tickets in 2039,”
L city Piraeus
O intergovernmental EU
F date 2039
O media Kathimerini
> “We carried 1.8 million passengers in 2042 and we lost money on two of our four lines.
Q direct Eleni Vrettou :: “We carried 1.8 million passengers in 2042 and we lost money on two of our four lines.
F number 1.8 million
F date 2042
F number two
F number four
> “Nobody at the ministry wants to hear it, but a ferry to Naxos costs more to run today than a flight to Rome.”
Q direct Eleni Vrettou :: “Nobody at the ministry wants to hear it, but a ferry to Naxos costs more to run today than a flight to Rome.”
L geo Naxos
L city Rome
> On Naxos, hoteliers fear the rise will push families towards cheaper destinations. Giorgos Margaritis, president of the Naxos and Small Cyclades Hoteliers Association, said bookings for June were already 9 percent lower than a year ago.
L geo Naxos
P full Giorgos Margaritis
O nonprofit Naxos and Small Cyclades Hoteliers Association
F percent 9 percent
> “A family of four from Thessaloniki will now pay over €600 just to reach Naxos and go home again with the car. For that money they can fly to Antalya,” Margaritis said. The association has asked the ministry to cap fares for children under 12 at €20.
Q direct Giorgos Margaritis :: “A family of four from Thessaloniki will now pay over €600 just to reach Naxos and go home again with the car. For that money they can fly to Antalya,”
F number four
L city Thessaloniki
F money €600
L geo Naxos
L city Antalya
P partial Margaritis
F age 12
F money €20
> Dimitra Lazaridou, 38, a teacher from Volos whose parents live in the mountain village of Filoti, said her family had already cut its trips to the island from three a year to one. “My children ask me why the boat costs more than the plane to Paris,” she said.
P full Dimitra Lazaridou
F age 38
L city Volos
L city Filoti
F number three
F number one
Q direct Dimitra Lazaridou :: “My children ask me why the boat costs more than the plane to Paris,”
L city Paris
> A senior ministry official, speaking on condition of anonymity, said fares “will be looked at again in October” if fuel prices fall. Greek ports handled 19.6 million coastal passengers in 2042, 41 percent of them on Cyclades routes, according to the Hellenic Statistical Authority (ELSTAT).
Q direct - :: “will be looked at again in October”
F number 19.6 million
F date 2042
F percent 41 percent
L region Cyclades
O government Hellenic Statistical Authority
O government ELSTAT
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
