#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval153 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval153/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['961-gozo-ferry-contract-mgarr-cirkewwa-aegean-consortium-times-of-malta'] = r'''
> National
> Gozo ferry contract goes to Greek-led consortium in €412 million deal
L geo Gozo
F money €412 million
> Three new vessels to replace ageing fleet by 2042; Nationalist MP says tender was ‘tailor-made’
F number Three
F date 2042
Q direct Joseph Grech Sant :: ‘tailor-made’
> Karl Camilleri Xuereb
P full Karl Camilleri Xuereb
> Tuesday, 14 March 2040, 06:30
F date 14 March 2040
F time 06:30
> 3 min read
F duration 3 min
> A Gozo Channel ferry approaches Mġarr harbour. Photo: Matthew Galea Debono
O company Gozo Channel
L city Mġarr
P full Matthew Galea Debono
> Transport Malta has awarded a 25-year contract to run the Gozo ferry service to Mediterranean Link Ferries, a consortium led by Piraeus-based Aegean Coastal Lines, in a deal worth €412 million, Gozo Minister Rebekah Farrugia Mifsud announced on Monday.
O government Transport Malta
F duration 25-year
L geo Gozo
O company Mediterranean Link Ferries
L city Piraeus
O company Aegean Coastal Lines
F money €412 million
L geo Gozo
P full Rebekah Farrugia Mifsud
> The contract, signed at the Auberge de Castille on Monday afternoon, covers three new vessels able to carry 1,100 passengers and 220 cars each, and a minimum of 32 crossings a day between Mġarr and Ċirkewwa. Services are due to start on January 1, 2042, when Gozo Channel’s current licence expires.
L facility Auberge de Castille
F number three
F number 1,100
F number 220
F number 32
L city Mġarr
L city Ċirkewwa
F date January 1, 2042
O company Gozo Channel
> “This is the biggest investment in Gozo’s connectivity since the fast ferry,” Ms Farrugia Mifsud said. “Gozitans have waited too long for a service they can rely on in winter as well as in August.”
Q direct Rebekah Farrugia Mifsud :: “This is the biggest investment in Gozo’s connectivity since the fast ferry,”
L geo Gozo
P partial Farrugia Mifsud
Q direct Rebekah Farrugia Mifsud :: “Gozitans have waited too long for a service they can rely on in winter as well as in August.”
> Under the terms, the operator will receive an annual public service payment of €14.7 million, indexed to inflation, while fares for Gozo residents stay at €1.15 for foot passengers and €15.70 for a car and driver. Transport Malta (TM) said the vessels must be able to cross in 25 minutes in winds of up to 35 knots.
F money €14.7 million
L geo Gozo
F money €1.15
F money €15.70
O government Transport Malta
O government TM
F duration 25 minutes
F quantity 35 knots
> In a statement, TM said the consortium scored 87.4 points out of 100 in the technical evaluation, ahead of two other bidders, and that the award “followed every step of the procurement regulations”.
O government TM
F number 87.4
F number 100
F number two
Q direct Transport Malta :: “followed every step of the procurement regulations”
> Nationalist MP Joseph Grech Sant, who represents the Gozo district, said the tender had been “tailor-made” for one bidder. He said a clause added in a clarification notice in October 2039, requiring at least 10 years’ experience on a year-round island route, was “written with one company in mind”.
P full Joseph Grech Sant
L region Gozo
Q direct Joseph Grech Sant :: “tailor-made”
F number one
F date October 2039
F duration 10 years
Q direct Joseph Grech Sant :: “written with one company in mind”
F number one
> “Only one operator in the Mediterranean ticks that box, and everybody knows which one,” he said. “We will ask the National Audit Office to look at the whole process.”
Q direct Joseph Grech Sant :: “Only one operator in the Mediterranean ticks that box, and everybody knows which one,”
F number one
L geo Mediterranean
Q direct Joseph Grech Sant :: “We will ask the National Audit Office to look at the whole process.”
O government National Audit Office
> Aegean Coastal Lines, which runs 14 routes in the Cyclades and the Dodecanese, was shortlisted in June 2039. Its chief executive, Nikos Papadimitriou-Zammit, said the company would open an office in Victoria and hire “at least 180 Gozitans”. Asked about the clause, he told Times of Malta: “We did not write the tender. We simply meet it.”
O company Aegean Coastal Lines
F number 14
L geo Cyclades
L geo Dodecanese
F date June 2039
P full Nikos Papadimitriou-Zammit
L city Victoria
Q direct Nikos Papadimitriou-Zammit :: “at least 180 Gozitans”
F number 180
O media Times of Malta
Q direct Nikos Papadimitriou-Zammit :: “We did not write the tender. We simply meet it.”
> Gozo Business Chamber president Marthese Apap Bugeja welcomed the award but said the chamber wanted penalties written into the contract. “When a crossing is cancelled, a Gozitan worker loses half a day. That has a cost,” she said.
O nonprofit Gozo Business Chamber
P full Marthese Apap Bugeja
Q direct Marthese Apap Bugeja :: “When a crossing is cancelled, a Gozitan worker loses half a day. That has a cost,”
F fraction half
> Last year the current fleet of three ships carried 5.6 million passengers and 1.9 million vehicles, up 4.2 per cent on 2038, according to the National Statistics Office.
F number three
F number 5.6 million
F number 1.9 million
F percent 4.2 per cent
F date 2038
O government National Statistics Office
'''

ARTICLES['962-bali-ngurah-rai-expansion-second-runway-tuban-kelan-farmland-jakarta-post'] = r'''
> Business
> Ngurah Rai Expansion to Swallow 148 Hectares of Farmland, Mangroves
L facility Ngurah Rai
F quantity 148 Hectares
> Farmers in Tuban and Kelan say compensation offered by the state airport operator falls far short
L city Tuban
L city Kelan
> Ni Luh Putu Sekarini (The Jakarta Post)
P full Ni Luh Putu Sekarini
O media The Jakarta Post
> Denpasar ● Wed, May 16, 2040
L city Denpasar
F date May 16, 2040
> Aircraft wait to take off at I Gusti Ngurah Rai International Airport in Badung, Bali, on May 2, 2040. (JP/Komang Arya Wibawa)
L facility I Gusti Ngurah Rai International Airport
L region Badung
L region Bali
F date May 2, 2040
O media JP
P full Komang Arya Wibawa
> State airport operator InJourney Airports plans to reclaim 148 hectares of land and coastal water for a second runway and a new international terminal at I Gusti Ngurah Rai International Airport, a Rp 27.4 trillion (US$1.6 billion) project that farmers and environmental groups say will destroy rice fields and mangroves in Badung regency.
O company InJourney Airports
F quantity 148 hectares
L facility I Gusti Ngurah Rai International Airport
F money Rp 27.4 trillion
F money US$1.6 billion
L region Badung
> The plan, approved by the Transportation Ministry in April, would add a 3,000-meter runway on reclaimed land west of the current strip and lift the airport’s capacity from 32 million to 50 million passengers a year by 2045.
O government Transportation Ministry
F quantity 3,000-meter
F number 32 million
F number 50 million
F date 2045
> Of the total area, 61 hectares are rice fields in Tuban and Kelan villages, worked by about 240 families under the subak irrigation system, while 87 hectares are mangrove forest and tidal flats on the edge of Benoa Bay.
F quantity 61 hectares
L city Tuban
L city Kelan
F number 240
F quantity 87 hectares
L geo Benoa Bay
> “My grandfather planted this field. I planted it. Now they tell me it is worth Rp 1.8 million per are,” said Wayan Suarta, 63, who farms 40 are near the end of the current runway. An are is 100 square meters.
Q direct Wayan Suarta :: “My grandfather planted this field. I planted it. Now they tell me it is worth Rp 1.8 million per are,”
F money Rp 1.8 million
P full Wayan Suarta
F age 63
F quantity 40 are
F quantity 100 square meters
> “At that price I cannot buy even a quarter of this land anywhere else in Badung,” he said.
Q direct Wayan Suarta :: “At that price I cannot buy even a quarter of this land anywhere else in Badung,”
F fraction a quarter
L region Badung
> InJourney Airports’ Bali regional director, Handoko, said compensation followed valuations by independent appraisers and that the company had set aside Rp 1.2 trillion for land acquisition. “We are paying above the tax value, in some cases three times above it,” Handoko said. “Nobody will be moved without agreement.”
O company InJourney Airports
L region Bali
P partial Handoko
F money Rp 1.2 trillion
Q direct Handoko :: “We are paying above the tax value, in some cases three times above it,”
F number three
P partial Handoko
Q direct Handoko :: “Nobody will be moved without agreement.”
> The Bali chapter of the Indonesian Forum for the Environment (Walhi) said the reclamation would cut through the mangrove belt that protects Kuta and Jimbaran from storm surges. “A runway on the mangroves is a ‘solution’ that trades one flood risk for another,” Walhi Bali director Komang Ayu Lestari said, adding that the group would challenge the environmental permit at the Denpasar State Administrative Court.
L region Bali
O nonprofit Indonesian Forum for the Environment
O nonprofit Walhi
L city Kuta
L city Jimbaran
Q direct Komang Ayu Lestari :: “A runway on the mangroves is a ‘solution’ that trades one flood risk for another,”
O nonprofit Walhi Bali
P full Komang Ayu Lestari
O government Denpasar State Administrative Court
> The Transportation Ministry’s director of airports, Rusdiyanto, said the expansion was a national strategic project, and that construction would start in the first quarter of 2041 and take 42 months. Bali received 6.3 million foreign visitors in 2039, up 9 percent from a year earlier, according to Statistics Indonesia (BPS).
O government Transportation Ministry
P partial Rusdiyanto
F date 2041
F duration 42 months
L region Bali
F number 6.3 million
F date 2039
F percent 9 percent
O government Statistics Indonesia
O government BPS
> Flights at the airport, which handled 24.8 million passengers last year, will continue throughout the works, he said.
F number 24.8 million
> Tuban’s village head, Ketut Darmayasa, said residents would meet the Badung regent on May 23. “We are not against the airport. We are against being the last to know,” he said.
L city Tuban
P full Ketut Darmayasa
L region Badung
F date May 23
Q direct Ketut Darmayasa :: “We are not against the airport. We are against being the last to know,”
'''

ARTICLES['963-india-australia-chennai-test-day-two-rathore-seven-chepauk-espncricinfo'] = r'''
> Report
> Rathore takes seven as Australia fold for 198 in Chennai
P partial Rathore
F number seven
O team Australia
F score 198
L city Chennai
> India lead by 199 with eight second-innings wickets in hand after Desai and Kulkarni see out the final hour
O team India
F number 199
F number eight
P partial Desai
P partial Kulkarni
> Siddharth Raghavan
P full Siddharth Raghavan
> 18-Dec-2040
F date 18-Dec-2040
> Arjun Rathore celebrates the wicket of Sam O'Dwyer. Sanjay Mehra/BCCI
P full Arjun Rathore
P full Sam O'Dwyer
P full Sanjay Mehra
O other BCCI
> Stumps India 341 and 56 for 2 (Desai 31*, Kulkarni 12*, Whitfield 2-19) lead Australia 198 (van der Meulen 64, Rathore 7-61) by 199 runs
O team India
F score 341
F score 56
F number 2
P partial Desai
F number 31
P partial Kulkarni
F number 12
P partial Whitfield
F score 2-19
O team Australia
F score 198
P partial van der Meulen
F number 64
P partial Rathore
F score 7-61
F number 199
> Arjun Rathore bowled 24.3 overs of left-arm spin on the second day at Chepauk and finished with seven wickets for 61 runs, the best figures of his 23 Tests, as Australia were bowled out for 198 in reply to 341.
P full Arjun Rathore
F number 24.3
L facility Chepauk
F number seven
F number 61
F number 23
O team Australia
F score 198
F score 341
> By stumps India had stretched their lead to 199, reaching 56 for 2 in 17 overs, with Rohan Desai on 31 and Nikhil Kulkarni on 12. Mitchell Whitfield removed both openers in a fiery spell of 5-2-11-2 after tea, but the pair batted out the last 50 minutes.
O team India
F number 199
F score 56
F number 2
F number 17
P full Rohan Desai
F number 31
P full Nikhil Kulkarni
F number 12
P full Mitchell Whitfield
F score 5-2-11-2
F duration 50 minutes
> Australia had resumed on 38 for 1, 303 behind, and the morning belonged to Lachie van der Meulen. The 26-year-old left-hander drove Rathore through extra cover three times in one over and put on 74 for the third wicket with Sam O'Dwyer, who made 29 off 81 balls.
O team Australia
F score 38
F number 1
F number 303
P full Lachie van der Meulen
F age 26-year-old
P partial Rathore
F number three
F number one
F number 74
P full Sam O'Dwyer
F number 29
F number 81
> Then Rathore found the rough outside the left-hander's off stump. O'Dwyer edged to slip at 112 for 2, and in the 13 overs either side of lunch Australia lost five wickets for 41 runs. Van der Meulen, who had batted for 188 minutes, was stumped for 64 charging a flighted ball, the first of three wickets in nine deliveries.
P partial Rathore
P partial O'Dwyer
F score 112
F number 2
F number 13
O team Australia
F number five
F number 41
P partial Van der Meulen
F duration 188 minutes
F number 64
F number three
F number nine
> Kulkarni, 21, playing only his second Test, survived a big lbw shout on 4 when the review showed the ball missing leg stump by a few millimetres.
P partial Kulkarni
F age 21
F number 4
> "I was trying to bowl a bit slower, around 85kph, and let the pitch do the work," Rathore said. "On day one it was hard and nothing happened. Today every third ball did something."
Q direct Arjun Rathore :: "I was trying to bowl a bit slower, around 85kph, and let the pitch do the work,"
F quantity 85kph
P partial Rathore
Q direct Arjun Rathore :: "On day one it was hard and nothing happened. Today every third ball did something."
> He added: "My coach in Jaipur told me when I was 15 that patience is the real 'doosra'. I finally believe him."
Q direct Arjun Rathore :: "My coach in Jaipur told me when I was 15 that patience is the real 'doosra'. I finally believe him."
L city Jaipur
F age 15
> The tail offered little. Whitfield hit two sixes in a 19-ball 23 before he was the last man out, caught at long-on in the 71st over, and Australia's 198 was their lowest total in India since their 2038 tour.
P partial Whitfield
F number two
F number 19
F number 23
O team Australia
F score 198
L country India
F date 2038
> Australia captain Ben Hargreaves-Lowe defended the decision to bat second. "We thought the pitch would be at its best on the first two days, and we were wrong," he said. "Two hundred is not enough here. We will need to bowl them out for under 250 tomorrow and chase well."
O team Australia
P full Ben Hargreaves-Lowe
Q direct Ben Hargreaves-Lowe :: "We thought the pitch would be at its best on the first two days, and we were wrong,"
F duration two days
Q direct Ben Hargreaves-Lowe :: "Two hundred is not enough here. We will need to bowl them out for under 250 tomorrow and chase well."
F number Two hundred
F score 250
> Play began 30 minutes late after overnight rain, and a crowd of about 21,000 watched. The third Test of the five-match series starts in Ahmedabad on December 26, with India 1-0 up.
F duration 30 minutes
F number 21,000
F number five
L city Ahmedabad
F date December 26
O team India
F score 1-0
'''

ARTICLES['964-cork-county-council-mallow-annabella-housing-vote-lda-irish-examiner'] = r'''
> News
> Cork councillors back €38.6m Mallow housing plan despite ‘ghetto’ warning
L region Cork
F money €38.6m
L city Mallow
Q direct Deirdre Nagle-Cotter :: ‘ghetto’
> Vote of 31-19 clears way for 112 social and cost-rental homes at Annabella, with first tenants expected in 2042
F number 31-19
F number 112
L city Annabella
F date 2042
> Eoin Ó Céidigh
P full Eoin Ó Céidigh
> Tue, 13 Mar, 2040 - 21:15
F date 13 Mar, 2040
F time 21:15
> The site at Annabella, Mallow, where 112 homes are planned. Picture: Niamh Twomey-Barrett
L city Annabella
L city Mallow
F number 112
P full Niamh Twomey-Barrett
> Cork County Council has approved a €38.6m plan for 112 social and cost-rental homes in Mallow after a two-hour debate in which one councillor warned the town was at risk of building “a ghetto on the edge of the bypass”.
O government Cork County Council
F money €38.6m
F number 112
L city Mallow
F duration two-hour
F number one
Q direct Deirdre Nagle-Cotter :: “a ghetto on the edge of the bypass”
> Councillors voted 31-19 on Monday, with three abstentions, to dispose of the 4.2-hectare site at Annabella to the Land Development Agency (LDA), which will build 68 social and 44 cost-rental homes. Work is due to start in September and the first tenants should move in by March 2042.
F number 31-19
F number three
F quantity 4.2-hectare
L city Annabella
O government Land Development Agency
O government LDA
F number 68
F number 44
F date March 2042
> The site, known locally as “the Fairgreen”, has lain vacant since a meat plant there closed in 2031.
Q scare - :: “the Fairgreen”
F date 2031
> Cllr Pádraig Ó Súilleabháin (SF), who proposed the motion, said the Mallow electoral area had 1,146 households on the council’s housing list, some of whom had waited more than nine years. “Every one of those is a family in a box room or a car,” he said. “This is not a perfect scheme, but it is a scheme, and it is in Mallow.”
P full Pádraig Ó Súilleabháin
O party SF
L region Mallow
F number 1,146
F duration nine years
Q direct Pádraig Ó Súilleabháin :: “Every one of those is a family in a box room or a car,”
Q direct Pádraig Ó Súilleabháin :: “This is not a perfect scheme, but it is a scheme, and it is in Mallow.”
L city Mallow
> Fine Gael councillor Deirdre Nagle-Cotter, who made the “ghetto” remark, said she supported more housing “but not 112 units on one site with one road in and out”. She said 40% of the homes would be in three-storey blocks and that the nearest primary school, Scoil Bhríde, already had 430 pupils in space built for 300.
P full Deirdre Nagle-Cotter
Q direct Deirdre Nagle-Cotter :: “ghetto”
Q direct Deirdre Nagle-Cotter :: “but not 112 units on one site with one road in and out”
F number 112
F number one
F number one
F percent 40%
F number three
O education Scoil Bhríde
F number 430
F number 300
> The council’s director of housing, Mícheál de Barra, told members the LDA would pay €1.9m for the land, and that the Department of Housing had approved a unit cost of €344,000, about 6 per cent below the average for Co Cork in 2039.
P full Mícheál de Barra
O government LDA
F money €1.9m
O government Department of Housing
F money €344,000
F percent 6 per cent
L region Co Cork
F date 2039
> “The alternative is that this land sits idle for another ten years,” Mr de Barra said.
Q direct Mícheál de Barra :: “The alternative is that this land sits idle for another ten years,”
F duration ten years
P partial de Barra
> Cllr Aoife Kenneally-Roche (FF) said the scheme would include 24 homes for older people and a 0.6-hectare park. Labour’s Tomás Ó Riada asked for a traffic study before planning permission is sought, and the motion was amended to require one by June 30.
P full Aoife Kenneally-Roche
O party FF
F number 24
F quantity 0.6-hectare
O party Labour
P full Tomás Ó Riada
F date June 30
> Sinn Féin’s Ó Súilleabháin said a separate motion on 36 affordable homes in Buttevant would come before the council in May. Independent councillor Joe Cashman-Ryan, who voted against, said Mallow had taken “more than its share” of the county’s social housing since 2035.
O party Sinn Féin
P partial Ó Súilleabháin
F number 36
L city Buttevant
P full Joe Cashman-Ryan
L city Mallow
Q direct Joe Cashman-Ryan :: “more than its share”
F date 2035
> Mallow has grown by 18% since 2022, to 14,900 people, according to the Central Statistics Office, and trains from the town’s station, a short walk from Annabella, reach Cork city in 35 minutes.
L city Mallow
F percent 18%
F date 2022
F number 14,900
O government Central Statistics Office
L city Annabella
L city Cork
F duration 35 minutes
'''

ARTICLES['965-oil-prices-opec-plus-extends-cuts-brent-wti-reuters'] = r'''
> Commodities
> Oil jumps 4% as OPEC+ extends output cuts to end-2041
F percent 4%
O intergovernmental OPEC+
F date 2041
> By Farah Al-Khouri and Mads Kjærgaard-Lund
P full Farah Al-Khouri
P full Mads Kjærgaard-Lund
> March 5, 2040 5:42 PM GMT
F date March 5, 2040
F time 5:42 PM GMT
> An oil pump jack operates in the Permian Basin near Midland, Texas, U.S., January 14, 2040. REUTERS/Carlos Menéndez-Ruiz/File Photo
L geo Permian Basin
L city Midland
L region Texas
L country U.S.
F date January 14, 2040
O media REUTERS
P full Carlos Menéndez-Ruiz
> LONDON, March 5 (Reuters) - Oil prices rose about 4% on Tuesday after OPEC+ agreed to extend its voluntary output cuts of 1.65 million barrels per day (bpd) until the end of 2041, surprising traders who had expected the group to start unwinding them in July.
L city LONDON
F date March 5
O media Reuters
F percent 4%
O intergovernmental OPEC+
F quantity 1.65 million barrels per day
F date 2041
> Brent crude futures were up $3.52, or 3.9%, at $94.18 a barrel by 1540 GMT. U.S. West Texas Intermediate (WTI) crude gained $3.31, or 3.8%, to $90.07. Both benchmarks posted their biggest one-day gain since October 2039.
F money $3.52
F percent 3.9%
F money $94.18
F time 1540 GMT
L country U.S.
F money $3.31
F percent 3.8%
F money $90.07
F duration one-day
F date October 2039
> The Organization of the Petroleum Exporting Countries and allies led by Russia, together known as OPEC+, said after an online meeting that the extension was needed "to support the stability and balance of oil markets" as demand growth slowed.
O intergovernmental Organization of the Petroleum Exporting Countries
L country Russia
O intergovernmental OPEC+
Q direct OPEC+ :: "to support the stability and balance of oil markets"
> Saudi Arabia, the group's de facto leader, will keep producing about 9 million bpd, while Russia, Iraq, the United Arab Emirates and Kuwait will hold output at March levels, according to a statement from the OPEC Secretariat in Vienna.
L country Saudi Arabia
F quantity 9 million bpd
L country Russia
L country Iraq
L country United Arab Emirates
L country Kuwait
O intergovernmental OPEC Secretariat
L city Vienna
> "The market had priced in at least 400,000 bpd coming back in the third quarter. Instead it got nothing," said Ingrid Solheim-Baptiste, head of commodities research at Nordvik Bank in Oslo. "That is a 'shock and hold' strategy, and it worked."
Q direct Ingrid Solheim-Baptiste :: "The market had priced in at least 400,000 bpd coming back in the third quarter. Instead it got nothing,"
F quantity 400,000 bpd
P full Ingrid Solheim-Baptiste
O company Nordvik Bank
L city Oslo
Q direct Ingrid Solheim-Baptiste :: "That is a 'shock and hold' strategy, and it worked."
> She said Brent could test $100 in the second quarter if U.S. crude inventories kept falling. The U.S. Energy Information Administration (EIA) reported last Wednesday that crude stocks fell by 4.1 million barrels in the week to Feb. 28, to 418.6 million barrels, the lowest since 2037.
F money $100
L country U.S.
O government U.S. Energy Information Administration
O government EIA
F quantity 4.1 million barrels
F date Feb. 28
F quantity 418.6 million barrels
F date 2037
> Some analysts were more cautious. "OPEC+ is defending price, not market share, and every extension makes it harder to exit," said Rahul Venkataraman of consultancy Meridian Energy Insights, adding that spare capacity within the group stood at roughly 4.8 million bpd, or 4.5% of global supply.
Q direct Rahul Venkataraman :: "OPEC+ is defending price, not market share, and every extension makes it harder to exit,"
O intergovernmental OPEC+
P full Rahul Venkataraman
O company Meridian Energy Insights
F quantity 4.8 million bpd
F percent 4.5%
> Two OPEC+ delegates, who declined to be named because they were not authorised to speak publicly, said Kazakhstan and Iraq had been told to compensate for overproduction of about 310,000 bpd since January. One of the delegates said the group would "review the market monthly and act if needed".
F number Two
O intergovernmental OPEC+
L country Kazakhstan
L country Iraq
F quantity 310,000 bpd
Q direct - :: "review the market monthly and act if needed"
> Halvorsen Securities raised its Brent forecast for the second half of 2040 by $6 to $96 a barrel, citing tighter balances. U.S. gasoline futures rose 2.7% to $2.84 a gallon.
O company Halvorsen Securities
F date 2040
F money $6
F money $96
L country U.S.
F percent 2.7%
F money $2.84
> Brent has gained 11% since the start of the year. Asian shares were mixed, with Tokyo's Nikkei down 0.4%. The next OPEC+ ministerial meeting is scheduled for June 1.
F percent 11%
L city Tokyo
F percent 0.4%
O intergovernmental OPEC+
F date June 1
> (Reporting by Farah Al-Khouri in London and Mads Kjærgaard-Lund in Oslo; Additional reporting by Wen Jiahui in Singapore; Editing by Tobias Okonjo-Hart)
P full Farah Al-Khouri
L city London
P full Mads Kjærgaard-Lund
L city Oslo
P full Wen Jiahui
L city Singapore
P full Tobias Okonjo-Hart
'''

ARTICLES['966-lagos-flood-ogun-river-kosofe-ikorodu-lasema-guardian-nigeria'] = r'''
> News
> Lagos flood: Four dead, 3,200 displaced as Ogun River overflows into Kosofe, Ikorodu
L city Lagos
F number Four
F number 3,200
L geo Ogun River
L region Kosofe
L region Ikorodu
> By Chinedu Adeyemi-Okafor
P full Chinedu Adeyemi-Okafor
> 14 July 2040   |   3:10 am
F date 14 July 2040
F time 3:10 am
> Residents wade through floodwater at Isheri-Olowora, Kosofe Local Government Area, on Sunday. PHOTO: KEHINDE ODUNSI-LAWAL
L city Isheri-Olowora
L region Kosofe Local Government Area
P full KEHINDE ODUNSI-LAWAL
> At least four people, including a nine-year-old girl, died and about 3,200 residents were displaced on Sunday after the Ogun River burst its banks following 11 hours of rain, flooding communities in Kosofe and Ikorodu local government areas of Lagos State.
F number four
F age nine-year-old
F number 3,200
L geo Ogun River
F duration 11 hours
L region Kosofe
L region Ikorodu
L region Lagos State
> The Lagos State Emergency Management Agency (LASEMA) said its teams evacuated 412 people by boat from Isheri, Kara and Owode Onirin, where water rose to 1.8 metres in some streets by 2pm.
O government Lagos State Emergency Management Agency
O government LASEMA
F number 412
L city Isheri
L city Kara
L city Owode Onirin
F quantity 1.8 metres
F time 2pm
> The Director-General of LASEMA, Dr Olufemi Adebanjo-Cole, told The Guardian that the bodies of two men and the girl were recovered near the Kara cattle market, while a fourth victim, a 67-year-old woman, died when a wall collapsed in Ikorodu.
O government LASEMA
P full Olufemi Adebanjo-Cole
O media The Guardian
F number two
L city Kara
F age 67-year-old
L city Ikorodu
> “We had warned residents of the floodplain since Thursday to move to higher ground. Many refused because they had nowhere else to go,” Adebanjo-Cole said. “We are not blaming anybody. We are counting heads.”
Q direct Olufemi Adebanjo-Cole :: “We had warned residents of the floodplain since Thursday to move to higher ground. Many refused because they had nowhere else to go,”
P partial Adebanjo-Cole
Q direct Olufemi Adebanjo-Cole :: “We are not blaming anybody. We are counting heads.”
> The flooding followed the release of water from the Oyan Dam in Ogun State by the Ogun-Osun River Basin Development Authority (OORBDA), which said on Saturday it had raised discharge to 290 cubic metres per second to protect the dam.
L facility Oyan Dam
L region Ogun State
O government Ogun-Osun River Basin Development Authority
O government OORBDA
F quantity 290 cubic metres per second
> In Ikorodu, the Majidun and Ibeshe axis was cut off for eight hours after the Ikorodu-Sagamu road flooded near the Ogolonto junction, stranding commuters for most of the day. LASEMA advised residents of 22 riverside communities to leave until the water recedes, which it expects within 72 hours.
L region Ikorodu
L city Majidun
L city Ibeshe
F duration eight hours
L city Ikorodu
L city Sagamu
L city Ogolonto
O government LASEMA
F number 22
F duration 72 hours
> Residents said they received no warning. “By 4am the water was at my knees. By 7am it was at my chest,” said Mrs Bisola Ìdòwú, 52, a trader at Mile 12 market whose shop and stock worth ₦3.8 million were destroyed.
Q direct Bisola Ìdòwú :: “By 4am the water was at my knees. By 7am it was at my chest,”
F time 4am
F time 7am
P full Bisola Ìdòwú
F age 52
L city Mile 12
F money ₦3.8 million
> “Every year they say ‘relocate’. Relocate to where? With what money?” she asked.
Q direct Bisola Ìdòwú :: “Every year they say ‘relocate’. Relocate to where? With what money?”
> The state Commissioner for the Environment and Water Resources, Mr Adekunle Bamgbose-Eze, said the government would pay ₦50,000 to each displaced household and had set aside ₦2.4bn for emergency dredging of the Ogun River channel and 14 primary drains. He described the settlements on the floodplain as “illegal but human”.
P full Adekunle Bamgbose-Eze
F money ₦50,000
F money ₦2.4bn
L geo Ogun River
F number 14
Q direct Adekunle Bamgbose-Eze :: “illegal but human”
> The Nigerian Hydrological Services Agency (NIHSA) had listed Lagos among 31 states at high risk of flooding in its 2040 Annual Flood Outlook, released in April. NIHSA said rainfall in the Ogun basin was 38 per cent above the July average.
O government Nigerian Hydrological Services Agency
O government NIHSA
L region Lagos
F number 31
O government NIHSA
L geo Ogun
F percent 38 per cent
> Displaced families were moved to the LASEMA relief camp at Igando, which can hold 1,500 people. The Nigerian Red Cross Society said it had sent 600 hygiene kits and two medical teams to the camp.
O government LASEMA
L city Igando
F number 1,500
O nonprofit Nigerian Red Cross Society
F number 600
F number two
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
