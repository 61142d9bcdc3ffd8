#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval179 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval179/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1117-red-sea-war-risk-insurance-premiums-suez-shipping-al-jazeera'] = r'''
> News|Shipping
> Red Sea war-risk insurance jumps to 1.2 percent of ship value after tanker attack
L geo Red Sea
F percent 1.2 percent
> Brokers say a single transit by a large container ship now costs $2.4m in extra cover, pushing more carriers around Africa’s southern tip.
F money $2.4m
L continent Africa
> By Khalid Benmoussa
P full Khalid Benmoussa
> Published On 14 Mar 2040
F date 14 Mar 2040
> A container ship waits to enter the Suez Canal near Ismailia, Egypt, on March 11 [Dalia el-Masry/Al Jazeera]
L geo Suez Canal
L city Ismailia
L country Egypt
F date March 11
P full Dalia el-Masry
O media Al Jazeera
> War-risk insurance premiums for ships crossing the southern Red Sea have jumped to as much as 1.2 percent of a vessel’s value, up from 0.3 percent in January, after a drone struck the Liberian-flagged tanker Sea Orchid off the Yemeni port of Mokha on March 3, according to brokers in London and Dubai.
L geo Red Sea
F percent 1.2 percent
F percent 0.3 percent
L city Mokha
F date March 3
L city London
L city Dubai
> For a 20,000-TEU container ship worth $200m, the new rate means an extra premium of $2.4m for a single transit of about five days between the Bab el-Mandeb strait and the Suez Canal, the brokers said.
F quantity 20,000-TEU
F money $200m
F money $2.4m
F duration five days
L geo Bab el-Mandeb
L geo Suez Canal
> The Joint War Committee (JWC), which advises underwriters in the Lloyd’s of London market, widened its list of high-risk waters on March 6 to cover the whole of the Red Sea south of Jeddah. The JWC listing automatically triggers the extra premiums.
O other Joint War Committee
O other JWC
O company Lloyd’s of London
F date March 6
L geo Red Sea
L city Jeddah
O other JWC
> “Underwriters are not refusing cover, but they are pricing every transit as if it were the last one,” said Callum Ashworth-Reyes, head of marine war risks at Harcourt Marine Risk, a London broker. “At the start of the month an owner could buy seven days of cover for $600,000. Today the same ship pays four times that.”
Q direct Callum Ashworth-Reyes :: “Underwriters are not refusing cover, but they are pricing every transit as if it were the last one,”
P full Callum Ashworth-Reyes
O company Harcourt Marine Risk
L city London
Q direct Callum Ashworth-Reyes :: “At the start of the month an owner could buy seven days of cover for $600,000. Today the same ship pays four times that.”
F duration seven days
F money $600,000
F number four
> He said some owners had begun to describe the route as “uninsurable at any sensible price”, and that at least two carriers had asked for quotes for the 3,500-nautical-mile detour around the Cape of Good Hope.
Q direct Callum Ashworth-Reyes :: “uninsurable at any sensible price”
F number two
F quantity 3,500-nautical-mile
L geo Cape of Good Hope
> Meridian Gulf Lines, a Dubai-based carrier with 38 ships, said on Tuesday that it would send its Asia-Europe services around Africa “until further notice”, adding 10-14 days to each voyage.
O company Meridian Gulf Lines
L city Dubai
F number 38
L continent Asia
L continent Europe
L continent Africa
Q direct Meridian Gulf Lines :: “until further notice”
F duration 10-14 days
> “My charterers call me every morning with one question: ‘Are you going through the Bab or not?’” said Eleni Papadakis-Ruiz, whose Piraeus-based company operates 11 bulk carriers. “Each time we go around Africa, we burn about 1,100 tonnes more fuel.”
Q direct Eleni Papadakis-Ruiz :: “My charterers call me every morning with one question: ‘Are you going through the Bab or not?’”
F number one
L geo Bab
P full Eleni Papadakis-Ruiz
L city Piraeus
F number 11
Q direct Eleni Papadakis-Ruiz :: “Each time we go around Africa, we burn about 1,100 tonnes more fuel.”
L continent Africa
F quantity 1,100 tonnes
> The Suez Canal Authority said transits fell to 31 ships a day last week from an average of 52 in February, and warned that the diversions would cost Egypt “hundreds of millions of dollars” if they lasted beyond April. Cairo earned $9.6bn from canal fees in 2039.
O government Suez Canal Authority
F number 31
F number 52
L country Egypt
Q direct Suez Canal Authority :: “hundreds of millions of dollars”
L city Cairo
F money $9.6bn
F date 2039
> In Aqaba, Jordan’s only seaport, an official at the Aqaba Development Corporation (ADC) who was not authorised to speak to the media said container volumes were down 18 percent on a year earlier. “The feeder lines still call, but the big ships have gone,” he said.
L city Aqaba
L country Jordan
O government Aqaba Development Corporation
O government ADC
F percent 18 percent
Q direct - :: “The feeder lines still call, but the big ships have gone,”
> Carriers have started passing the cost on to cargo owners through a so-called “emergency risk surcharge” of $150 to $400 per container, according to freight booking platforms.
Q scare - :: “emergency risk surcharge”
F money $150
F money $400
> The Sea Orchid, carrying 95,000 tonnes of crude oil, was hit at 02:15 local time (23:15 GMT) and towed to Djibouti. None of its 23 crew members was hurt.
F quantity 95,000 tonnes
F time 02:15
F time 23:15 GMT
L city Djibouti
F number 23
> Ashworth-Reyes said he did not expect rates to fall before the summer. “Until ships stop being hit, nobody in this market will cut the price,” he said.
P partial Ashworth-Reyes
Q direct Callum Ashworth-Reyes :: “Until ships stop being hit, nobody in this market will cut the price,”
> Source: Al Jazeera
O media Al Jazeera
'''

ARTICLES['1118-dasom-entertainment-nova9-kosdaq-listing-ipo-korea-herald'] = r'''
> Finance
> NOVA9 agency Dasom soars 62% in Kosdaq debut after W84b IPO
O other NOVA9
O company Dasom
F percent 62%
O company Kosdaq
F money W84b
> By Yeo Ha-neul
P full Yeo Ha-neul
> Published : Sept. 21, 2039 - 16:21 Updated : Sept. 21, 2039 - 18:05
F date Sept. 21, 2039
F time 16:21
F date Sept. 21, 2039
F time 18:05
> Members of boy band NOVA9 pose during a ceremony marking Dasom Entertainment's listing at the Korea Exchange in Yeouido, Seoul, Wednesday. (Dasom Entertainment)
O other NOVA9
O company Dasom Entertainment
O company Korea Exchange
L city Yeouido
L city Seoul
O company Dasom Entertainment
> Shares of Dasom Entertainment, the agency behind boy band NOVA9 and girl group Moonveil, closed at 41,150 won on their first day of trading on the Kosdaq market Wednesday, up 62.6 percent from the initial public offering price of 25,300 won.
O company Dasom Entertainment
O other NOVA9
O other Moonveil
F money 41,150 won
O company Kosdaq
F percent 62.6 percent
F money 25,300 won
> The stock hit an intraday high of 50,600 won, exactly double the offer price, minutes after trading opened at 9 a.m., before profit-taking trimmed the gains. About 11.2 million shares changed hands, more than three times the 3.32 million shares sold in the offering.
F money 50,600 won
F time 9 a.m.
F number 11.2 million
F number three
F number 3.32 million
> The IPO raised 84 billion won ($61.2 million) and valued the agency at 637.8 billion won at the close. Retail investors placed orders worth 9.6 trillion won during the two-day public subscription on Sept. 12-13, and the retail tranche was oversubscribed 1,742 times, according to lead manager Hanbit Investment & Securities.
F money 84 billion won
F money $61.2 million
F money 637.8 billion won
F money 9.6 trillion won
F duration two-day
F date Sept. 12-13
F number 1,742
O company Hanbit Investment & Securities
> "Today is not the finish line for NOVA9 or for Moonveil. It is the starting point," Dasom CEO Yoon Seo-jin, 47, said at the listing ceremony.
Q direct Yoon Seo-jin :: "Today is not the finish line for NOVA9 or for Moonveil. It is the starting point,"
O other NOVA9
O other Moonveil
O company Dasom
P full Yoon Seo-jin
F age 47
> She said about 40 percent of the proceeds would go to a new training center in Seoul's Seongsu-dong and the rest to overseas expansion, including a Tokyo office that will open in March 2040.
F percent 40 percent
L city Seoul
L city Seongsu-dong
L city Tokyo
F date March 2040
> "People called us a 'K-pop factory' when we started in 2031," Yoon said. "But fans today want to see artists who write their own songs. That takes time and money, and now we have both.
Q direct Yoon Seo-jin :: "People called us a 'K-pop factory' when we started in 2031,"
F date 2031
P partial Yoon
Q direct Yoon Seo-jin :: "But fans today want to see artists who write their own songs. That takes time and money, and now we have both.
> "We will debut two new groups by 2041, and one of them will be based in Japan."
Q direct Yoon Seo-jin :: "We will debut two new groups by 2041, and one of them will be based in Japan."
F number two
F date 2041
L country Japan
> Analysts were more cautious. NOVA9, whose seven members are aged 21 to 26, brought in 71 percent of Dasom's 142.5 billion won in revenue last year, and the members' contracts run out in March 2042.
O other NOVA9
F number seven
F age 21
F age 26
F percent 71 percent
O company Dasom
F money 142.5 billion won
F date March 2042
> "Agencies live and die by contract renewals," said Kwon Tae-yang, an analyst at Daeyang Securities, referring to what the industry calls the "seven-year curse," when K-pop groups often split after their first contracts end. "If even two members leave in 2042, this price will look very expensive."
Q direct Kwon Tae-yang :: "Agencies live and die by contract renewals,"
P full Kwon Tae-yang
O company Daeyang Securities
Q scare - :: "seven-year curse,"
F duration seven-year
Q direct Kwon Tae-yang :: "If even two members leave in 2042, this price will look very expensive."
F number two
F date 2042
> Kwon set a 12-month target price of 38,000 won, below Wednesday's close. Moonveil, which debuted in 2037, earned 18.4 billion won from its first world tour, which drew 412,000 fans across 23 cities.
P partial Kwon
F duration 12-month
F money 38,000 won
O other Moonveil
F date 2037
F money 18.4 billion won
F number 412,000
F number 23
> Dasom is the fourth entertainment company to list in Korea this year. The benchmark Kospi rose 0.8 percent to 3,412.56 on Wednesday.
L country Korea
F percent 0.8 percent
F number 3,412.56
> The agency said it would invite 3,000 fans who bought its shares to a showcase at the KSPO Dome in southern Seoul on Oct. 26, where Moonveil will perform two new songs.
F number 3,000
L facility KSPO Dome
L city Seoul
F date Oct. 26
O other Moonveil
F number two
> yeohn@heraldcorp.com
'''

ARTICLES['1119-six-nations-wales-ireland-principality-stadium-rugby-irish-times'] = r'''
> Rugby
> Wales 17 Ireland 24: Ó Riordáin’s late try settles a tense night in Cardiff
O team Wales
F score 17
O team Ireland
F score 24
P partial Ó Riordáin
L city Cardiff
> Wing scores twice as Ireland survive a second-half Welsh fightback to stay unbeaten in the Six Nations
O team Ireland
> Ruairí Mac Suibhne at the Principality Stadium
P full Ruairí Mac Suibhne
L facility Principality Stadium
> Sat Feb 23 2041 - 18:52
F date Feb 23 2041
F time 18:52
> Cian Ó Riordáin dives over for Ireland’s third try in the 76th minute at the Principality Stadium. Photograph: Orla Brennock/Inpho
P full Cian Ó Riordáin
O team Ireland
L facility Principality Stadium
P full Orla Brennock
O media Inpho
> Four minutes from time, with the roof closed and 73,112 people roaring Wales on, Ireland finally found the space they had been looking for all evening. Senan Fitzmaurice-Doyle’s long pass found Cian Ó Riordáin on the left, and the Bray wing stepped inside Gethin Prydderch to score his second try.
F duration Four minutes
F number 73,112
O team Wales
O team Ireland
P full Senan Fitzmaurice-Doyle
P full Cian Ó Riordáin
L city Bray
P full Gethin Prydderch
> Fitzmaurice-Doyle added the conversion from the touchline, and Ireland held on through three minutes of stoppage time to win 24-17, their third win from three games.
P partial Fitzmaurice-Doyle
O team Ireland
F duration three minutes
F score 24-17
F number three
> It was far from comfortable. Iwan ap Rhys kicked Wales ahead with a penalty on six minutes, and although Ó Riordáin finished a sweeping move on 14 minutes, the Flint-born Prydderch answered on 27 minutes after a charge-down. Fitzmaurice-Doyle’s penalty two minutes before the break made it 10-10 at half-time.
P full Iwan ap Rhys
O team Wales
F duration six minutes
P partial Ó Riordáin
F duration 14 minutes
L city Flint
P partial Prydderch
F duration 27 minutes
P partial Fitzmaurice-Doyle
F duration two minutes
F score 10-10
> Ireland looked to have settled it when hooker Ronan De Búrca, known to the squad as “the Tractor”, drove over from a lineout on 49 minutes. But Wales replacement Tomos Lewis-Bevan burrowed over on 63 minutes, ap Rhys converted, and for 10 minutes the visitors were pinned deep in their own half.
O team Ireland
P full Ronan De Búrca
Q scare - :: “the Tractor”
F duration 49 minutes
O team Wales
P full Tomos Lewis-Bevan
F duration 63 minutes
P partial ap Rhys
F duration 10 minutes
> Ireland head coach Aidan Ferriter-Quinn said his side had “learned more in the last 20 minutes than in the first two games”.
O team Ireland
P full Aidan Ferriter-Quinn
Q direct Aidan Ferriter-Quinn :: “learned more in the last 20 minutes than in the first two games”
F duration 20 minutes
F number two
> “At half-time I said to them, ‘Keep the ball, they’ll tire,’ and for 20 minutes we didn’t keep the ball at all,” Ferriter-Quinn said. “Credit to Wales. They came at us with everything.
Q direct Aidan Ferriter-Quinn :: “At half-time I said to them, ‘Keep the ball, they’ll tire,’ and for 20 minutes we didn’t keep the ball at all,”
F duration 20 minutes
P partial Ferriter-Quinn
Q direct Aidan Ferriter-Quinn :: “Credit to Wales. They came at us with everything.
O team Wales
> “But this group doesn’t panic. Cian has been waiting two years for a night like this.”
Q direct Aidan Ferriter-Quinn :: “But this group doesn’t panic. Cian has been waiting two years for a night like this.”
P partial Cian
F duration two years
> Ó Riordáin, 23, now has five tries in six Tests. He said he had barely seen the line. “I just heard Senan shouting and put the ball down,” he said.
P partial Ó Riordáin
F age 23
F number five
F number six
Q direct Cian Ó Riordáin :: “I just heard Senan shouting and put the ball down,”
P partial Senan
> Wales head coach Huw Penhallow was left to rue 11 penalties conceded and a yellow card for lock Rhys Dyfnallt-Jones, who spent 10 minutes in the bin just after the restart. “We gave them 10 minutes with 14 men, and against a side like Ireland you can’t do that,” Penhallow said.
O team Wales
P full Huw Penhallow
F number 11
P full Rhys Dyfnallt-Jones
F duration 10 minutes
Q direct Huw Penhallow :: “We gave them 10 minutes with 14 men, and against a side like Ireland you can’t do that,”
F duration 10 minutes
F number 14
O team Ireland
P partial Penhallow
> The Welsh Rugby Union (WRU) confirmed that Prydderch, who left the field on 71 minutes, would be assessed for a shoulder injury this week.
O nonprofit Welsh Rugby Union
O nonprofit WRU
P partial Prydderch
F duration 71 minutes
> Ireland go top of the table with 14 points, two ahead of France, and host England at the Aviva Stadium on Saturday, March 9th (4.45pm). Wales, with five points, travel to Rome.
O team Ireland
F number 14
F number two
O team France
O team England
L facility Aviva Stadium
F date March 9th
F time 4.45pm
O team Wales
F number five
L city Rome
> Scorers – Wales: Tries: Prydderch, Lewis-Bevan; Cons: ap Rhys 2; Pen: ap Rhys. Ireland: Tries: Ó Riordáin 2, De Búrca; Cons: Fitzmaurice-Doyle 3; Pen: Fitzmaurice-Doyle.
O team Wales
P partial Prydderch
P partial Lewis-Bevan
P partial ap Rhys
F number 2
P partial ap Rhys
O team Ireland
P partial Ó Riordáin
F number 2
P partial De Búrca
P partial Fitzmaurice-Doyle
F number 3
P partial Fitzmaurice-Doyle
> Half-time: Wales 10 Ireland 10. Referee: Mathieu Lacombe-Sérée (France). Attendance: 73,112.
O team Wales
F score 10
O team Ireland
F score 10
P full Mathieu Lacombe-Sérée
L country France
F number 73,112
'''

ARTICLES['1120-peso-devaluation-inflation-cgt-cordoba-car-plants-buenos-aires-times'] = r'''
> Economy
> Government devalues peso by 18 percent as monthly inflation hits 6.4 percent
F percent 18 percent
F percent 6.4 percent
> Central Bank moves official rate to 2,350 pesos per dollar; CGT demands emergency bonus as Córdoba car plants halt lines.
O government Central Bank
F money 2,350 pesos
O nonprofit CGT
L city Córdoba
> BY MARTINA ECHEVERRÍA DEL VALLE
P full MARTINA ECHEVERRÍA DEL VALLE
> 04-10-2040 19:15
F date 04-10-2040
F time 19:15
> Economy Minister Gustavo Ibarguren Solá at a press conference at the Palacio de Hacienda on Thursday. Photo: NA
P full Gustavo Ibarguren Solá
L facility Palacio de Hacienda
O media NA
> The Central Bank (BCRA) devalued the official peso by 18 percent on Thursday, moving the wholesale rate to 2,350 pesos per US dollar from 1,992 pesos, hours after the INDEC statistics bureau reported that consumer prices rose 6.4 percent in September, the fastest monthly pace since March 2038.
O government Central Bank
O government BCRA
F percent 18 percent
F money 2,350 pesos
F money 1,992 pesos
O government INDEC
F percent 6.4 percent
F date March 2038
> Economy Minister Gustavo Ibarguren Solá called the move “a one-time correction, not a crawling peg in disguise” and said the new rate would then rise by 2 percent a month until at least March 2041.
P full Gustavo Ibarguren Solá
Q direct Gustavo Ibarguren Solá :: “a one-time correction, not a crawling peg in disguise”
F percent 2 percent
F date March 2041
> “We inherited a rate that nobody believed in,” Ibarguren Solá told reporters at the Palacio de Hacienda. “Exporters were sitting on US$4.5 billion in grain because they were waiting for this day. Now they have no reason to wait.”
Q direct Gustavo Ibarguren Solá :: “We inherited a rate that nobody believed in,”
P partial Ibarguren Solá
L facility Palacio de Hacienda
Q direct Gustavo Ibarguren Solá :: “Exporters were sitting on US$4.5 billion in grain because they were waiting for this day. Now they have no reason to wait.”
F money US$4.5 billion
> Annual inflation reached 84.7 percent in the 12 months to September, according to INDEC. Food prices rose 7.9 percent in the month, led by beef, bread and cooking oil.
F percent 84.7 percent
F duration 12 months
O government INDEC
F percent 7.9 percent
> The General Confederation of Labour (CGT) said the devaluation would “pulverise” wages and demanded a one-off bonus of 250,000 pesos for every private-sector worker. Its leadership will decide whether to call a general strike at a meeting on October 8.
O nonprofit General Confederation of Labour
O nonprofit CGT
Q direct General Confederation of Labour :: “pulverise”
F money 250,000 pesos
F date October 8
> In Córdoba, the country’s second-largest city and the heart of its car industry, two plants in the Ferreyra industrial district stopped their assembly lines on Monday for lack of imported parts.
L city Córdoba
F number two
L city Ferreyra
> “On Friday the company told us, ‘There are no parts, so there is no work,’” said Néstor Villafañe, 52, a shop steward for the mechanics’ union SMATA. “Four thousand workers are going home with 70 percent of their pay.
Q direct Néstor Villafañe :: “On Friday the company told us, ‘There are no parts, so there is no work,’”
P full Néstor Villafañe
F age 52
O nonprofit SMATA
Q direct Néstor Villafañe :: “Four thousand workers are going home with 70 percent of their pay.
F number Four thousand
F percent 70 percent
> “If prices go up another 10 percent in October, that 70 percent is worth nothing.”
Q direct Néstor Villafañe :: “If prices go up another 10 percent in October, that 70 percent is worth nothing.”
F percent 10 percent
F percent 70 percent
> Farmers welcomed the new rate. Near Marcos Juárez, in the south-east of Córdoba province, grower Aldana Ríos Kessler said she had held back 1,200 tonnes of soybeans since June. “Now I can sell and pay my debts,” she said, adding that export taxes of 26 percent still took “a quarter of everything we grow”.
L city Marcos Juárez
L region Córdoba
P full Aldana Ríos Kessler
F quantity 1,200 tonnes
Q direct Aldana Ríos Kessler :: “Now I can sell and pay my debts,”
F percent 26 percent
Q direct Aldana Ríos Kessler :: “a quarter of everything we grow”
F fraction a quarter
> The gap between the official rate and the financial rate known as the “contado con liquidación” narrowed to 11 percent from 34 percent on Thursday, and the Merval stock index rose 5.2 percent.
Q scare - :: “contado con liquidación”
F percent 11 percent
F percent 34 percent
F percent 5.2 percent
> Lucía Benedetti Aráoz, chief economist at the consultancy Pampa Analytics, said the correction would buy the government about six months. “Every devaluation in Argentina has a half-life,” she said. “If wages and prices chase the dollar again, we will be back here by April.”
P full Lucía Benedetti Aráoz
O company Pampa Analytics
F duration six months
Q direct Lucía Benedetti Aráoz :: “Every devaluation in Argentina has a half-life,”
L country Argentina
Q direct Lucía Benedetti Aráoz :: “If wages and prices chase the dollar again, we will be back here by April.”
> The International Monetary Fund (IMF), which had urged Buenos Aires to unify its exchange rates, said in a statement that it “welcomed” the decision. Its board is due to review the programme on November 14.
O intergovernmental International Monetary Fund
O intergovernmental IMF
L city Buenos Aires
Q direct International Monetary Fund :: “welcomed”
F date November 14
'''

ARTICLES['1121-crystola-fire-evacuation-woodland-park-teller-county-denver-post'] = r'''
> Colorado Wildfires
> Crystola fire forces 4,200 to flee near Woodland Park as gusts reach 60 mph
F number 4,200
L city Woodland Park
F quantity 60 mph
> Blaze grows to 6,800 acres with 0% containment; sheriff tells Divide and Green Mountain Falls residents to be ready to leave
F quantity 6,800 acres
F percent 0%
L city Divide
L city Green Mountain Falls
> By Marisol Trujillo-Hart | mtrujillohart@denverpost.com | The Denver Post
P full Marisol Trujillo-Hart
O media The Denver Post
> PUBLISHED: June 17, 2040 at 7:48 PM MDT | UPDATED: June 18, 2040 at 6:05 AM MDT
F date June 17, 2040
F time 7:48 PM MDT
F date June 18, 2040
F time 6:05 AM MDT
> Smoke from the Crystola fire rises behind homes in the Spruce Haven subdivision north of Woodland Park on Sunday, June 17, 2040. (Photo by Grant Okonkwo-Lees/The Denver Post)
L city Spruce Haven
L city Woodland Park
F date June 17, 2040
P full Grant Okonkwo-Lees
O media The Denver Post
> A wind-driven wildfire in Teller County grew to 6,800 acres on Sunday and forced the evacuation of about 4,200 people from subdivisions north and west of Woodland Park, the Teller County Sheriff's Office said.
L region Teller County
F quantity 6,800 acres
F number 4,200
L city Woodland Park
O government Teller County Sheriff's Office
> The Crystola fire, named for the canyon road where it was reported at 1:12 p.m., was 0% contained Sunday night. Gusts of up to 60 mph pushed it across 3 miles of ponderosa and Douglas fir in less than four hours, fire officials said.
F time 1:12 p.m.
F percent 0%
F quantity 60 mph
F quantity 3 miles
F duration four hours
> Mandatory evacuation orders cover the Spruce Haven, Paradise Hills and Pinecrest subdivisions, homes along Crystola Canyon Road and the small community of Crystola itself. Residents of Green Mountain Falls and Divide were told to pack and be ready.
L city Spruce Haven
L city Paradise Hills
L city Pinecrest
L street Crystola Canyon Road
L city Crystola
L city Green Mountain Falls
L city Divide
> "We're asking people not to wait for a knock on the door," Teller County Sheriff Wade Halvorsen said at a 6 p.m. briefing at Woodland Park High School. "If you're in Pinecrest and you can see the smoke, you're already late."
Q direct Wade Halvorsen :: "We're asking people not to wait for a knock on the door,"
L region Teller County
P full Wade Halvorsen
F time 6 p.m.
L facility Woodland Park High School
Q direct Wade Halvorsen :: "If you're in Pinecrest and you can see the smoke, you're already late."
L city Pinecrest
> Halvorsen said deputies had knocked on 1,350 doors since midafternoon. Two residents who refused to leave were helped out later by a sheriff's team, he said. "We got them out at 9:30 at night with the fire 400 yards away," he said. "That is not a rescue I want to do twice.
P partial Halvorsen
F number 1,350
F number Two
Q direct Wade Halvorsen :: "We got them out at 9:30 at night with the fire 400 yards away,"
F time 9:30
F quantity 400 yards
Q direct Wade Halvorsen :: "That is not a rescue I want to do twice.
> "Please, go when we tell you."
Q direct Wade Halvorsen :: "Please, go when we tell you."
> About 310 firefighters, eight helicopters and two air tankers were assigned to the fire by Monday morning, said Leah Montoya-Birch, a spokesperson for the Colorado Division of Fire Prevention and Control. Crews were trying to hold the fire north of U.S. 24. "If it crosses the highway, we are talking about Woodland Park itself," she said.
F number 310
F number eight
F number two
P full Leah Montoya-Birch
O government Colorado Division of Fire Prevention and Control
L street U.S. 24
Q direct Leah Montoya-Birch :: "If it crosses the highway, we are talking about Woodland Park itself,"
L city Woodland Park
> The county's Office of Emergency Management urged residents to "pack now, not later" and said an evacuation center had opened at Woodland Park Middle School, where 212 people had registered by 10 p.m. Large animals can be taken to the Norris Penrose Event Center in Colorado Springs.
O government Office of Emergency Management
Q direct Office of Emergency Management :: "pack now, not later"
L facility Woodland Park Middle School
F number 212
F time 10 p.m.
L facility Norris Penrose Event Center
L city Colorado Springs
> Dolores Whitcomb, 71, has lived in Paradise Hills for 28 years, on a ridge locals call "the Tinderbox." She left with two dogs and a box of photographs. "My neighbor called and said, 'Dolores, the ridge is orange,' and I just grabbed the dogs," she said.
P full Dolores Whitcomb
F age 71
L city Paradise Hills
F duration 28 years
Q scare - :: "the Tinderbox."
F number two
Q direct Dolores Whitcomb :: "My neighbor called and said, 'Dolores, the ridge is orange,' and I just grabbed the dogs,"
P partial Dolores
> A U.S. Forest Service official who was not authorized to speak publicly said the fire appeared to have started near a dispersed campsite in Pike National Forest. "We're looking at an abandoned campfire, but nothing is confirmed," the official said.
O government U.S. Forest Service
L geo Pike National Forest
Q direct - :: "We're looking at an abandoned campfire, but nothing is confirmed,"
> The National Weather Service in Pueblo said humidity could drop to 6% on Monday afternoon, with gusts of 45 mph, and extended a red flag warning until 8 p.m.
O government National Weather Service
L city Pueblo
F percent 6%
F quantity 45 mph
F time 8 p.m.
> It is the largest fire in Teller County since the 2002 Hayman fire, which burned 138,114 acres and destroyed 133 homes.
L region Teller County
F date 2002
F quantity 138,114 acres
F number 133
'''

ARTICLES['1122-kiwifruit-export-season-record-trays-te-puke-bay-of-plenty-nz-herald'] = r'''
> Business
> Kiwifruit growers tip record $4.1b season as Bay of Plenty packs 205 million trays
F money $4.1b
L region Bay of Plenty
F number 205 million
> Zespri expects a bumper SunGold crop, but Te Puke orchardists say labour and freight costs are eating into their returns.
O company Zespri
L city Te Puke
> By Aroha Te Kani-Whitfield
P full Aroha Te Kani-Whitfield
> Rural reporter·NZ Herald·
O media NZ Herald
> 10 Apr, 2040 05:00 AM
F date 10 Apr, 2040
F time 05:00 AM
> 4 mins to read
F duration 4 mins
> Workers grade SunGold kiwifruit at a packhouse in Te Puke. Photo / Hamish Delacroix-Ward
L city Te Puke
P full Hamish Delacroix-Ward
> The kiwifruit industry expects to export a record 205 million trays this season, worth about $4.1 billion in sales, after a warm summer across the Bay of Plenty delivered one of the biggest SunGold crops on record.
F number 205 million
F money $4.1 billion
L region Bay of Plenty
> Zespri, the grower-owned marketer that sells all New Zealand kiwifruit outside Australia, said on Monday it was forecasting 131 million trays of SunGold and 58 million trays of green fruit, with red and organic fruit making up the rest. Each tray holds 3.6kg.
O company Zespri
L country New Zealand
L country Australia
F number 131 million
F number 58 million
F quantity 3.6kg
> Zespri chief executive Maarten Vos-Hollings said demand in China, Japan and South Korea remained strong. "We have sold out of SunGold in Japan before the end of August for the past two seasons, and we expect to do it again," he said.
O company Zespri
P full Maarten Vos-Hollings
L country China
L country Japan
L country South Korea
Q direct Maarten Vos-Hollings :: "We have sold out of SunGold in Japan before the end of August for the past two seasons, and we expect to do it again,"
L country Japan
F number two
> The company forecast an orchard gate return of $14.20 a tray for SunGold and $6.85 for green, up from $12.95 and $6.10 last season, but said the forecast was "subject to weather and market conditions".
F money $14.20
F money $6.85
F money $12.95
F money $6.10
Q direct Zespri :: "subject to weather and market conditions"
> New Zealand Kiwifruit Growers Incorporated (NZKGI), which represents about 2800 growers, said costs had risen faster than prices. NZKGI chairwoman Mereana Tapsell-Rāwiri said orchard costs had climbed 9 per cent in a year, with labour up 11.5 per cent.
O nonprofit New Zealand Kiwifruit Growers Incorporated
O nonprofit NZKGI
F number 2800
O nonprofit NZKGI
P full Mereana Tapsell-Rāwiri
F percent 9 per cent
F percent 11.5 per cent
> "Growers hear 'record crop' and think everyone is getting rich," she said. "The reality is that a lot of orchards will only just break even this year.
Q direct Mereana Tapsell-Rāwiri :: "Growers hear 'record crop' and think everyone is getting rich,"
Q direct Mereana Tapsell-Rāwiri :: "The reality is that a lot of orchards will only just break even this year.
> "We need 7000 seasonal workers at the peak, and we still don't know where 1500 of them are coming from."
Q direct Mereana Tapsell-Rāwiri :: "We need 7000 seasonal workers at the peak, and we still don't know where 1500 of them are coming from."
F number 7000
F number 1500
> In Katikati, grower Pieter van Dijk said picking on his 14-hectare orchard began on March 24, a week earlier than usual. "The fruit is big and the dry matter is good, but I'm paying $31 an hour for pickers and freight is up again," he said.
L city Katikati
P full Pieter van Dijk
F quantity 14-hectare
F date March 24
Q direct Pieter van Dijk :: "The fruit is big and the dry matter is good, but I'm paying $31 an hour for pickers and freight is up again,"
F money $31
> Port of Tauranga, which handles about 80 per cent of the crop, expects to load 92 reefer ships with kiwifruit between March and July. The first left Mount Maunganui for Shanghai on April 2.
O company Port of Tauranga
F percent 80 per cent
F number 92
L city Mount Maunganui
L city Shanghai
F date April 2
> Further east, orchards around Ōpōtiki and Whakatāne planted after the so-called "gold rush" of 2032 will harvest their first full crops. Zespri released 750 hectares of new SunGold licences in 2039, which sold at tender for an average of $1.1 million a hectare.
L city Ōpōtiki
L city Whakatāne
Q scare - :: "gold rush"
F date 2032
O company Zespri
F quantity 750 hectares
F date 2039
F money $1.1 million
> A weaker currency is also helping. On Friday NZ$1 bought 57.4 US cents, down from 61 US cents a year ago.
F money NZ$1
F money 57.4 US cents
F money 61 US cents
> A senior manager at one of the large Te Puke packhouses, who asked not to be named, said some owners were already talking about selling. "A record crop doesn't pay the bank if the costs keep going up like this," he said.
L city Te Puke
Q direct - :: "A record crop doesn't pay the bank if the costs keep going up like this,"
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
