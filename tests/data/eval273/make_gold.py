#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval273 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval273/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1681-lambton-quay-trunk-main-burst-wellington-cbd-flooding-nz-herald'] = r'''
> New Zealand
L country New Zealand
> Burst Water Main Floods Wellington CBD, Leaves 3000 Properties Dry
L city Wellington
F number 3000
> A 1.2m-wide trunk main under Lambton Quay gave way before dawn, sending an estimated 40 million litres through the central city.
F quantity 1.2m
L street Lambton Quay
F quantity 40 million litres
> Mereana Tipoki-Walsh
P full Mereana Tipoki-Walsh
> Wellington reporter·NZ Herald·
L city Wellington
O media NZ Herald
> 19 Aug, 2042 05:00 AM
F date 19 Aug, 2042
F time 05:00 AM
> 4 mins to read
F duration 4 mins
> Water pours out of the footpath outside shops on Lambton Quay on Monday morning. Photo / Hamish Te Rangi
L street Lambton Quay
P full Hamish Te Rangi
> A trunk main laid in 1951 burst under Lambton Quay, the city’s “Golden Mile”, at 4.52am on Monday, flooding shops and basements across Wellington’s CBD and leaving about 3000 properties without water for more than 14 hours.
F date 1951
L street Lambton Quay
Q scare - :: “Golden Mile”
F time 4.52am
L city Wellington
F number 3000
F duration 14 hours
> Wellington Water estimated that 40 million litres – roughly 16 Olympic swimming pools – escaped before crews isolated the 1.2-metre pipe at 7.35am.
O company Wellington Water
F quantity 40 million litres
F number 16
F quantity 1.2-metre
F time 7.35am
> Chief executive Dr Aroha Pene-Mitchell said the pipe had been rated “high risk” in a 2038 condition report but was not due for renewal until 2045.
P full Aroha Pene-Mitchell
Q direct - :: “high risk”
F date 2038
F date 2045
> “We knew this main was old. We did not know it was this close to failing,” Pene-Mitchell said. “Nobody on our team is going to pretend this morning went well.
Q direct Aroha Pene-Mitchell :: “We knew this main was old. We did not know it was this close to failing,”
P partial Pene-Mitchell
Q direct Aroha Pene-Mitchell :: “Nobody on our team is going to pretend this morning went well.
> “We had crews on site within 20 minutes, but a pipe this size carries a lot of water, and the valves we needed were under a bus lane that was already under 40cm of water.”
Q direct Aroha Pene-Mitchell :: “We had crews on site within 20 minutes, but a pipe this size carries a lot of water, and the valves we needed were under a bus lane that was already under 40cm of water.”
F duration 20 minutes
F quantity 40cm
> Emergency repairs are expected to cost $2.4m, and replacing the 800m section between Bowen St and Panama St is estimated at $31 million.
F money $2.4m
F quantity 800m
L street Bowen St
L street Panama St
F money $31 million
> On Lambton Quay, café owner Teuila Masoe-Barker, 46, spent the morning pumping brown water out of her basement storeroom.
L street Lambton Quay
P full Teuila Masoe-Barker
F age 46
> “I opened at 6.30 like every Monday and the water was already coming through the floor,” she said. “My husband said, ‘Just shut the door and go home,’ but I’ve got $8000 of stock down there.”
Q direct Teuila Masoe-Barker :: “I opened at 6.30 like every Monday and the water was already coming through the floor,”
F time 6.30
Q direct Teuila Masoe-Barker :: “My husband said, ‘Just shut the door and go home,’ but I’ve got $8000 of stock down there.”
F money $8000
> She expects to lose three days’ trade, “maybe more if the insurance people take their time”.
F duration three days
Q direct Teuila Masoe-Barker :: “maybe more if the insurance people take their time”
> Mayor Ropata Kingi-Harrison said Wellington City Council would open a $500,000 emergency fund for small businesses in the CBD and had asked Wellington Water for “a full account, not a press release” by Friday.
P full Ropata Kingi-Harrison
O government Wellington City Council
F money $500,000
O company Wellington Water
Q direct Ropata Kingi-Harrison :: “a full account, not a press release”
> “Wellingtonians have been told for a decade that the pipes are fragile. Today they saw it,” Kingi-Harrison said.
Q direct Ropata Kingi-Harrison :: “Wellingtonians have been told for a decade that the pipes are fragile. Today they saw it,”
P partial Kingi-Harrison
> Victoria University of Wellington engineering lecturer Dr Samuel Okonjo-Hart said about a third of the city’s 1100km of water mains were past their design life.
O education Victoria University of Wellington
P full Samuel Okonjo-Hart
F fraction a third
F quantity 1100km
> “When you have pipes that were laid before World War II, a failure like this isn’t bad luck. It’s arithmetic,” he said.
Q direct Samuel Okonjo-Hart :: “When you have pipes that were laid before World War II, a failure like this isn’t bad luck. It’s arithmetic,”
> A council staff member, who asked not to be named, said councillors had been told in a March 2041 briefing that the CBD mains were the “weakest link” in the network. “Everyone saw that briefing. Nobody wanted to find $31 million,” the staff member said.
F date March 2041
Q direct - :: “weakest link”
Q direct - :: “Everyone saw that briefing. Nobody wanted to find $31 million,”
F money $31 million
> Water was back on at most properties by 7pm, but residents in Thorndon and Kelburn were told to boil drinking water for 48 hours.
F time 7pm
L city Thorndon
L city Kelburn
F duration 48 hours
> Lambton Quay will stay closed between Bowen St and Panama St until at least 6am on Wednesday, August 20.
L street Lambton Quay
L street Bowen St
L street Panama St
F time 6am
F date August 20
'''

ARTICLES['1682-voltara-mobility-qip-chakan-battery-plant-pune-nagpur-economic-times'] = r'''
> Markets
> Pune EV Maker Voltara Mobility to Raise Rs 1,850 Crore via QIP for Chakan Battery Plant
L city Pune
O company Voltara Mobility
F money Rs 1,850 Crore
L city Chakan
> Synopsis
> The electric-scooter maker, listed since 2039, set a floor price of Rs 412.35 a share. Analysts at Deccan Bull Securities see 18% upside even though the new shares will dilute existing holders by about 7%.
F date 2039
F money Rs 412.35
O company Deccan Bull Securities
F percent 18%
F percent 7%
> By Ishaan Kulkarni, ET Bureau
P full Ishaan Kulkarni
O media ET Bureau
> Last Updated: Jun 12, 2041, 07:18:00 PM IST
F date Jun 12, 2041
F time 07:18:00 PM IST
> Scooters on the assembly line at Voltara Mobility's plant in Chakan near Pune. (Photo: Rohan Deshpande/ET)
O company Voltara Mobility
L city Chakan
L city Pune
P full Rohan Deshpande
O media ET
> Pune: Voltara Mobility, the Pune-based electric-scooter maker, on Wednesday launched a qualified institutional placement (QIP) to raise Rs 1,850 crore, its first fresh fundraise since its listing on the bourses in 2039.
L city Pune
O company Voltara Mobility
L city Pune
F money Rs 1,850 crore
F date 2039
> The company told the exchanges the floor price had been set at Rs 412.35 a share under Securities and Exchange Board of India (SEBI) rules, a 4.6% discount to Tuesday's close of Rs 432.20 on the NSE.
F money Rs 412.35
O government Securities and Exchange Board of India
O government SEBI
F percent 4.6%
F money Rs 432.20
O company NSE
> Founder and managing director Anirudh Joshi-Patwardhan said about Rs 1,100 crore would go into a 6 GWh battery-cell plant at Chakan, with the rest used to repay debt and expand the dealer network in eastern India.
P full Anirudh Joshi-Patwardhan
F money Rs 1,100 crore
F quantity 6 GWh
L city Chakan
L country India
> "Today we import almost every cell from China and Korea. Every time the rupee slips against the yuan, it comes straight out of our margin," Joshi-Patwardhan told ET. "With our own cells, we can bring the battery cost down by a fifth."
Q direct Anirudh Joshi-Patwardhan :: "Today we import almost every cell from China and Korea. Every time the rupee slips against the yuan, it comes straight out of our margin,"
L country China
L country Korea
P partial Joshi-Patwardhan
O media ET
Q direct Anirudh Joshi-Patwardhan :: "With our own cells, we can bring the battery cost down by a fifth."
F fraction a fifth
> He said the Chakan plant would start production in the third quarter of FY43 and reach its full capacity by March 2044.
L city Chakan
F date FY43
F date March 2044
> Voltara sold 2,14,600 scooters in FY41, up 38% from a year earlier, and holds a 9.4% share of India's electric-scooter market, according to registration data. Its revenue rose 31% to Rs 3,420 crore.
O company Voltara
F number 2,14,600
F date FY41
F percent 38%
F percent 9.4%
L country India
F percent 31%
F money Rs 3,420 crore
> Priyanka Raghavan, an auto analyst at Mumbai-based Deccan Bull Securities, said the issue was "priced to move".
P full Priyanka Raghavan
L city Mumbai
O company Deccan Bull Securities
Q direct Priyanka Raghavan :: "priced to move"
> "The discount is modest and the use of money is clear. Investors have been asking this company for a cell story for two years," she said. Raghavan kept a "buy" rating on the stock with a target of Rs 510.
Q direct Priyanka Raghavan :: "The discount is modest and the use of money is clear. Investors have been asking this company for a cell story for two years,"
F duration two years
P partial Raghavan
Q scare - :: "buy"
F money Rs 510
> She warned that a price war with larger rivals could squeeze margins, which fell to 6.8% in the March quarter from 8.1% a year earlier.
F percent 6.8%
F percent 8.1%
> In Nagpur, where Voltara opened its first Vidarbha showroom in 2040, dealer Sameer Wankhede said demand had held up despite the end of state subsidies in April.
L city Nagpur
O company Voltara
L region Vidarbha
F date 2040
P full Sameer Wankhede
> "Customers ask only two questions: how far will it go, and how fast can you service it," said Wankhede, 39, who sells about 180 scooters a month from his showroom in Sitabuldi. "Summer in Nagpur is 46 degrees. If the battery gives trouble in May, that customer does not come back."
Q direct Sameer Wankhede :: "Customers ask only two questions: how far will it go, and how fast can you service it,"
F number two
P partial Wankhede
F age 39
F number 180
L city Sitabuldi
Q direct Sameer Wankhede :: "Summer in Nagpur is 46 degrees. If the battery gives trouble in May, that customer does not come back."
L city Nagpur
F quantity 46 degrees
> A banker involved in the deal, who did not wish to be named, said the book was covered 1.6 times within three hours of opening, with bids from two domestic mutual funds and a Singapore sovereign fund. "The anchor names are in. The rest is price," the banker said.
F number 1.6
F duration three hours
F number two
L country Singapore
Q direct - :: "The anchor names are in. The rest is price,"
> Shares of Voltara closed 2.3% lower at Rs 422.25 on the NSE on Wednesday. The issue is expected to close on June 16.
O company Voltara
F percent 2.3%
F money Rs 422.25
O company NSE
F date June 16
'''

ARTICLES['1683-leinster-munster-21-27-urc-aviva-stadium-o-briain-late-try-rte-sport'] = r'''
> Rugby
> Late Ó Briain try ends Munster’s eight-year wait at the Aviva
P partial Ó Briain
O team Munster
F duration eight-year
L facility Aviva
> Leinster 21 Munster 27
O team Leinster
F score 21
O team Munster
F score 27
> Replacement Cathal Ó Briain scored with three minutes left as Munster won a URC derby in Dublin for the first time since 2032
P full Cathal Ó Briain
F duration three minutes
O team Munster
O other URC
L city Dublin
F date 2032
> By Niamh Ó Dálaigh
P full Niamh Ó Dálaigh
> Saturday 29 Dec 2040 21:58
F date 29 Dec 2040
F time 21:58
> Cathal Ó Briain celebrates his try with Munster team-mates ©INPHO/Gráinne Cusack-Lynch
P full Cathal Ó Briain
O team Munster
O media INPHO
P full Gráinne Cusack-Lynch
> Munster won at the Aviva Stadium for the first time in eight seasons as replacement Cathal Ó Briain’s 77th-minute try sealed a 27-21 United Rugby Championship victory over Leinster in front of 49,318 supporters on Saturday night.
O team Munster
L facility Aviva Stadium
F number eight
P full Cathal Ó Briain
F score 27-21
O other United Rugby Championship
O team Leinster
F number 49,318
> Leinster led 13-10 at half-time. Winger Darragh Fitzsimons-Kehoe scored their try on 24 minutes, and out-half Rory Geraghty converted it and kicked two penalties.
O team Leinster
F score 13-10
P full Darragh Fitzsimons-Kehoe
F duration 24 minutes
P full Rory Geraghty
F number two
> Munster’s only first-half try came from hooker Seán Lenihan-Barry, driven over from a lineout maul on 31 minutes. Jamie Cotter added the conversion and a 45-metre penalty.
O team Munster
P full Seán Lenihan-Barry
F duration 31 minutes
P full Jamie Cotter
F quantity 45-metre
> Geraghty’s third penalty stretched the lead to 16-10 early in the second half before flanker Eoin Madigan crossed on 52 minutes, and Cotter’s conversion put the visitors in front, 17-16.
P partial Geraghty
F score 16-10
P full Eoin Madigan
F duration 52 minutes
P partial Cotter
F score 17-16
> Leinster thought they had won it when Fitzsimons-Kehoe went over in the corner with six minutes left, but Geraghty pushed the conversion wide and Cotter cut the gap to 21-20 with a penalty two minutes later.
O team Leinster
P partial Fitzsimons-Kehoe
F duration six minutes
P partial Geraghty
P partial Cotter
F score 21-20
F duration two minutes
> Then Ó Briain, on for only 20 minutes, finished a break from scrum-half Conor Quilty, and Cotter, whom Munster supporters call “the Metronome”, landed the conversion to finish with 12 points.
P partial Ó Briain
F duration 20 minutes
P full Conor Quilty
P partial Cotter
O team Munster
Q scare - :: “the Metronome”
F number 12
> “We have come up here for eight years and gone home with nothing, so I won’t apologise for enjoying this one,” Munster head coach Declan Ahern said. “The lads talked all week about ‘finishing the job’. Tonight they did.”
Q direct Declan Ahern :: “We have come up here for eight years and gone home with nothing, so I won’t apologise for enjoying this one,”
F duration eight years
O team Munster
P full Declan Ahern
Q direct Declan Ahern :: “The lads talked all week about ‘finishing the job’. Tonight they did.”
> Ahern said Ó Briain, 21, had only been told on Thursday that he would be on the bench. “He asked me was I sure,” he said.
P partial Ahern
P partial Ó Briain
F age 21
Q direct Declan Ahern :: “He asked me was I sure,”
> Leinster head coach Gavin Redmond-Daly was blunt. “We gave them 11 penalties and they took 10 points from them. You don’t win derbies like that.
O team Leinster
P full Gavin Redmond-Daly
Q direct Gavin Redmond-Daly :: “We gave them 11 penalties and they took 10 points from them. You don’t win derbies like that.
F number 11
F number 10
> “Rory’s miss is not why we lost. We lost it in the 20 minutes after half-time, when we stopped playing,” Redmond-Daly added.
Q direct Gavin Redmond-Daly :: “Rory’s miss is not why we lost. We lost it in the 20 minutes after half-time, when we stopped playing,”
P partial Rory
F duration 20 minutes
P partial Redmond-Daly
> A Leinster source said Geraghty, 29, had played through a groin strain picked up in the 36-10 win over the Bulls in Pretoria a week earlier. “He told nobody about it. That’s Rory,” the source said.
O team Leinster
P partial Geraghty
F age 29
F score 36-10
O team Bulls
L city Pretoria
Q direct - :: “He told nobody about it. That’s Rory,”
P partial Rory
> Munster move up to fifth, two points behind Leinster, who have lost two of their last three games. Munster travel to Glasgow on 5 January, while Leinster host Ulster at the RDS a day later.
O team Munster
F number two
O team Leinster
F number two
F number three
O team Munster
L city Glasgow
F date 5 January
O team Leinster
O team Ulster
L facility RDS
> Scorers
> Leinster: Tries: Fitzsimons-Kehoe 2; Con: Geraghty; Pens: Geraghty 3
O team Leinster
P partial Fitzsimons-Kehoe
F number 2
P partial Geraghty
P partial Geraghty
F number 3
> Munster: Tries: Lenihan-Barry, Madigan, Ó Briain; Cons: Cotter 3; Pens: Cotter 2
O team Munster
P partial Lenihan-Barry
P partial Madigan
P partial Ó Briain
P partial Cotter
F number 3
P partial Cotter
F number 2
> Half-time: Leinster 13 Munster 10
O team Leinster
F score 13
O team Munster
F score 10
> Referee: Owain Pritchard (WRU)
P full Owain Pritchard
O nonprofit WRU
> TMO: Brendan Keogh-Furlong (IRFU)
P full Brendan Keogh-Furlong
O nonprofit IRFU
> Attendance: 49,318
F number 49,318
'''

ARTICLES['1684-meghna-ferry-capsize-haimchar-chandpur-biwta-barishal-daily-star'] = r'''
> Country
> Ferry capsizes in Meghna near Chandpur, 19 missing
L geo Meghna
L city Chandpur
F number 19
> Survivors say the vessel, licensed for 120, carried more than 260 passengers; BIWTA forms probe body
F number 120
F number 260
O government BIWTA
> Shahidul Islam Sarkar, Chandpur
P full Shahidul Islam Sarkar
L city Chandpur
> Tue Jul 16, 2041 12:00 AM Last update on: Tue Jul 16, 2041 02:41 AM
F date Jul 16, 2041
F time 12:00 AM
F date Jul 16, 2041
F time 02:41 AM
> Fire service divers search the Meghna off Haimchar yesterday. Photo: Star
L geo Meghna
L city Haimchar
O media Star
> At least 19 people remained missing last night after a Dhaka-bound passenger ferry capsized in the Meghna near Haimchar upazila of Chandpur during a sudden squall on Monday afternoon.
F number 19
L city Dhaka
L geo Meghna
L region Haimchar
L region Chandpur
> The MV Sonar Tori-3, which left Barishal at 9:30am, overturned around 3:15pm, nearly six hours into the voyage, about 2 kilometres from the Haimchar ghat, police and the fire service said. The two-storey ferry was licensed to carry 120 passengers, but survivors said more than 260 were on board, many of them returning to Dhaka after Eid.
L city Barishal
F time 9:30am
F time 3:15pm
F duration six hours
F quantity 2 kilometres
L city Haimchar
F number two
F number 120
F number 260
L city Dhaka
> Teams of Fire Service and Civil Defence and the Bangladesh Coast Guard had rescued 231 people by 10:00pm, and seven bodies, including two children, had been recovered, said Mahmudul Hasan Rony, senior station officer of the Fire Service and Civil Defence in Chandpur.
O government Fire Service and Civil Defence
O government Bangladesh Coast Guard
F number 231
F time 10:00pm
F number seven
F number two
P full Mahmudul Hasan Rony
O government Fire Service and Civil Defence
L city Chandpur
> “The current in this part of the Meghna is very strong after the rains. Our divers can stay down only 20 minutes at a time,” he said. “We will continue through the night, but we are now searching a stretch of nearly 8 kilometres downstream.”
Q direct Mahmudul Hasan Rony :: “The current in this part of the Meghna is very strong after the rains. Our divers can stay down only 20 minutes at a time,”
L geo Meghna
F duration 20 minutes
Q direct Mahmudul Hasan Rony :: “We will continue through the night, but we are now searching a stretch of nearly 8 kilometres downstream.”
F quantity 8 kilometres
> Rashida Begum, 34, from Barishal’s Bakerganj upazila, said the ferry began to lean as soon as the wind picked up.
P full Rashida Begum
F age 34
L region Barishal
L region Bakerganj
> “People were shouting ‘sit down, sit down’ but there was no place to sit. The water came in from the left side and within a minute everything turned over,” she said. She swam to a fishing boat holding her five-year-old son. “I still cannot find my sister.”
Q direct Rashida Begum :: “People were shouting ‘sit down, sit down’ but there was no place to sit. The water came in from the left side and within a minute everything turned over,”
F age five-year-old
Q direct Rashida Begum :: “I still cannot find my sister.”
> Abdul Mannan Talukder, a director of the Bangladesh Inland Water Transport Authority (BIWTA), said the authority had formed a five-member committee to investigate and report within seven working days. BIWTA has grounded 14 vessels for overloading since the start of the Eid rush, he said.
P full Abdul Mannan Talukder
O government Bangladesh Inland Water Transport Authority
O government BIWTA
F number five
F duration seven working days
O government BIWTA
F number 14
> “If the ferry was overloaded, the owner and the master will face action. We had a checker at the Barishal terminal, and we will find out why he allowed it,” Talukder said.
Q direct Abdul Mannan Talukder :: “If the ferry was overloaded, the owner and the master will face action. We had a checker at the Barishal terminal, and we will find out why he allowed it,”
L city Barishal
P partial Talukder
> Shipping Adviser Farid Uddin Chowdhury, who visited the spot yesterday, announced Tk 25,000 for each injured survivor and Tk 1 lakh for the family of each person killed. He called the disaster “a crime, not an accident”.
P full Farid Uddin Chowdhury
F money Tk 25,000
F money Tk 1 lakh
Q direct Farid Uddin Chowdhury :: “a crime, not an accident”
> An official of the ferry’s owner, speaking on condition of anonymity, claimed the vessel had passed a fitness survey in March 2041. “The weather took her. Nobody can fight the Meghna in a storm like that,” he said.
F date March 2041
Q direct - :: “The weather took her. Nobody can fight the Meghna in a storm like that,”
L geo Meghna
> According to the Bangladesh Meteorological Department, winds reached 60 kilometres per hour over the lower Meghna on Monday, and river ports from Bhola to Munshiganj had been told to hoist storm signals by 1:00pm.
O government Bangladesh Meteorological Department
F quantity 60 kilometres per hour
L geo Meghna
L city Bhola
L city Munshiganj
F time 1:00pm
> Hundreds of relatives waited at the Chandpur launch terminal through the night. Fisherman Nurul Amin, 52, said his boat had pulled out 11 people. “Half of them could not swim,” he said.
L city Chandpur
P full Nurul Amin
F age 52
F number 11
Q direct Nurul Amin :: “Half of them could not swim,”
F fraction Half
'''

ARTICLES['1685-dillon-reservoir-drawdown-denver-water-summit-county-blue-river-denver-post'] = r'''
> Colorado News
L region Colorado
> Summit County fights Denver Water plan to draw Dillon Reservoir down 40 feet
L region Summit County
O company Denver Water
L geo Dillon Reservoir
F quantity 40 feet
> By Kendra Vollmer | kvollmer@denverpost.com | The Denver Post
P full Kendra Vollmer
O media The Denver Post
> PUBLISHED: April 22, 2042 at 6:00 a.m. MT | UPDATED: April 22, 2042 at 10:37 a.m. MT
F date April 22, 2042
F time 6:00 a.m. MT
F date April 22, 2042
F time 10:37 a.m. MT
> Docks sit above a muddy shoreline at the Frisco Bay Marina on Dillon Reservoir on April 19, 2042. (Ty Abernathy-Crane/The Denver Post)
L facility Frisco Bay Marina
L geo Dillon Reservoir
F date April 19, 2042
P full Ty Abernathy-Crane
O media The Denver Post
> SILVERTHORNE — Summit County commissioners voted 3-0 on Monday to challenge Denver Water's plan to pull an extra 60,000 acre-feet out of Dillon Reservoir this summer, a move they say could leave the lake 40 feet below full and the Blue River below Dillon Dam at a trickle.
L city SILVERTHORNE
L region Summit County
F number 3-0
O company Denver Water
F quantity 60,000 acre-feet
L geo Dillon Reservoir
F quantity 40 feet
L geo Blue River
L facility Dillon Dam
> Denver Water says the Front Range faces a third dry year in a row. Snowpack in the South Platte basin stood at 54% of the median on April 1, and the utility's 1.5 million customers could face watering limits of two days a week by June.
O company Denver Water
L region Front Range
L geo South Platte
F percent 54%
F date April 1
F number 1.5 million
F duration two days
> "We understand what the lake means to Summit County. But our first duty is to keep water coming out of taps in Denver, Lakewood and Aurora," the utility said in a statement.
Q direct Denver Water :: "We understand what the lake means to Summit County. But our first duty is to keep water coming out of taps in Denver, Lakewood and Aurora,"
L region Summit County
L city Denver
L city Lakewood
L city Aurora
> Summit County Commissioner Elena Marsh-Quintana said the county had set aside $250,000 for legal costs and would file an objection with the Colorado Water Conservation Board.
L region Summit County
P full Elena Marsh-Quintana
F money $250,000
O government Colorado Water Conservation Board
> "They are treating our lake like a bathtub with a drain. A 40-foot drop is not a summer problem, it's a two-year problem for every business on the shoreline," Marsh-Quintana said. "And it's a fishery problem for the Blue.
Q direct Elena Marsh-Quintana :: "They are treating our lake like a bathtub with a drain. A 40-foot drop is not a summer problem, it's a two-year problem for every business on the shoreline,"
F quantity 40-foot
F duration two-year
P partial Marsh-Quintana
Q direct Elena Marsh-Quintana :: "And it's a fishery problem for the Blue.
L geo Blue
> "Below the dam you have gold-medal trout water. At 50 cubic feet per second, you don't."
Q direct Elena Marsh-Quintana :: "Below the dam you have gold-medal trout water. At 50 cubic feet per second, you don't."
F quantity 50 cubic feet per second
> At the Lake Dillon Lodge in Frisco, vice president of operations Trent Halvorsen said boat rentals brought in $3.8 million last summer, roughly a third of the resort's revenue. Shoreline businesses already dread the white "bathtub ring" that shows when the water drops.
L facility Lake Dillon Lodge
L city Frisco
P full Trent Halvorsen
F money $3.8 million
F fraction a third
Q scare - :: "bathtub ring"
> "If the docks are sitting in mud by the Fourth of July, we lose that season. We've already had 140 cancellations," he said.
Q direct Trent Halvorsen :: "If the docks are sitting in mud by the Fourth of July, we lose that season. We've already had 140 cancellations,"
F number 140
> Downstream, rancher Walt Esterbrook, 67, whose family has run cattle on the lower Blue River near Kremmling since 1911, holds a senior right for 12 cubic feet per second but said the river "doesn't care what the paper says when there's no water in it."
P full Walt Esterbrook
F age 67
L geo Blue River
L city Kremmling
F date 1911
F quantity 12 cubic feet per second
Q direct Walt Esterbrook :: "doesn't care what the paper says when there's no water in it."
> "My grandfather cut hay here in the 1930s. I've seen dry years. I haven't seen the city ask for this much," Esterbrook said.
Q direct Walt Esterbrook :: "My grandfather cut hay here in the 1930s. I've seen dry years. I haven't seen the city ask for this much,"
F date 1930s
P partial Esterbrook
> Colorado State University hydrologist Nadia Okafor-Lindqvist said Dillon holds about 257,000 acre-feet when full, so a 60,000 acre-foot draw would take it to roughly 75% of capacity. Snowpack at Hoosier Pass held 11 inches of water last week, 6 inches below average.
O education Colorado State University
P full Nadia Okafor-Lindqvist
L geo Dillon
F quantity 257,000 acre-feet
F quantity 60,000 acre-foot
F percent 75%
L geo Hoosier Pass
F quantity 11 inches
F quantity 6 inches
> "It refills fast in a big snow year. The problem is that nobody can promise a big snow year," she said.
Q direct Nadia Okafor-Lindqvist :: "It refills fast in a big snow year. The problem is that nobody can promise a big snow year,"
> A Denver Water engineer, who asked not to be named because he was not authorized to speak, said the utility had looked at every other option. "Nobody here wants to drain Dillon. The alternative is telling Denver to stop watering lawns in May," the engineer said.
O company Denver Water
Q direct - :: "Nobody here wants to drain Dillon. The alternative is telling Denver to stop watering lawns in May,"
L geo Dillon
L city Denver
> Denver Water's board is scheduled to vote on the plan May 6, and diversions through the 23-mile Roberts Tunnel could begin as soon as May 15.
O company Denver Water
F date May 6
F quantity 23-mile
L facility Roberts Tunnel
F date May 15
'''

ARTICLES['1686-senegal-pirogue-el-hierro-la-restinga-canary-islands-mbour-afp'] = r'''
> Migration
> Pirogue carrying 204 migrants from Senegal reaches Spain's El Hierro after 11 days at sea
F number 204
L country Senegal
L country Spain
L geo El Hierro
F duration 11 days
> By Lucia MARTIN-ROBAYNA
P full Lucia MARTIN-ROBAYNA
> Issued on: 02/09/2043 - 19:26
F date 02/09/2043
F time 19:26
> Migrants disembark from a pirogue at the port of La Restinga, on El Hierro in Spain's Canary Islands, on September 2, 2043. (Photo by Adrian PEREZ-QUINTANA / AFP)
L city La Restinga
L geo El Hierro
L country Spain
L region Canary Islands
F date September 2, 2043
P full Adrian PEREZ-QUINTANA
O media AFP
> La Restinga (Spain) (AFP) - A wooden fishing pirogue carrying 204 people, including 27 minors, reached the Canary Islands on Wednesday after 11 days at sea from Senegal, Spain's maritime rescue service said, the largest single arrival on El Hierro this year.
L city La Restinga
L country Spain
O media AFP
F number 204
F number 27
L region Canary Islands
F duration 11 days
L country Senegal
L country Spain
L geo El Hierro
> The boat was spotted about 9 kilometres (5.6 miles) south of the island at 6:40 am by a Salvamento Maritimo aircraft and escorted into La Restinga, where Red Cross volunteers treated 14 people for dehydration and for burns caused by fuel mixed with seawater.
F quantity 9 kilometres
F quantity 5.6 miles
F time 6:40 am
O government Salvamento Maritimo
L city La Restinga
O nonprofit Red Cross
F number 14
> "They told us they left from near Mbour on August 22 with 207 people. Three died during the crossing and were put into the sea," said Carmen Dorta Hernandez, who coordinates Salvamento Maritimo operations in the province of Santa Cruz de Tenerife.
Q direct Carmen Dorta Hernandez :: "They told us they left from near Mbour on August 22 with 207 people. Three died during the crossing and were put into the sea,"
L city Mbour
F date August 22
F number 207
F number Three
P full Carmen Dorta Hernandez
O government Salvamento Maritimo
L region Santa Cruz de Tenerife
> "Eleven days is a long time in an open boat. Some of them could not stand up when they reached the dock," she said.
Q direct Carmen Dorta Hernandez :: "Eleven days is a long time in an open boat. Some of them could not stand up when they reached the dock,"
F duration Eleven days
> The long wooden boats, called "cayucos" in Spain, have carried most of the arrivals on the Atlantic route since 2040.
Q scare - :: "cayucos"
L country Spain
L geo Atlantic
F date 2040
> Moustapha Ndiaye Sarr, 24, a fisherman from Mbour, about 80 kilometres south of Dakar, said he had paid 400,000 CFA francs (about 610 euros) for his place.
P full Moustapha Ndiaye Sarr
F age 24
L city Mbour
F quantity 80 kilometres
L city Dakar
F money 400,000 CFA francs
F money 610 euros
> "There are no more fish for us. The big foreign trawlers take everything, and my father says 'the sea has closed its door'," he told AFP through a Wolof interpreter. "I have two children. I could not stay."
Q direct Moustapha Ndiaye Sarr :: "There are no more fish for us. The big foreign trawlers take everything, and my father says 'the sea has closed its door',"
O media AFP
Q direct Moustapha Ndiaye Sarr :: "I have two children. I could not stay."
F number two
> Spanish Red Cross worker Nayra Padron Cabrera said the island's reception centre, built for 250 people, was holding 612 on Wednesday night. "We are a small island of 11,000 people. People here are generous, but the centre is at more than double its capacity," she said.
O nonprofit Spanish Red Cross
P full Nayra Padron Cabrera
F number 250
F number 612
Q direct Nayra Padron Cabrera :: "We are a small island of 11,000 people. People here are generous, but the centre is at more than double its capacity,"
F number 11,000
> The International Organization for Migration (IOM) said at least 1,160 people had died or disappeared on the route to the Canaries in the first eight months of 2043, almost half of them from boats that left Senegal or Mauritania.
O intergovernmental International Organization for Migration
O intergovernmental IOM
F number 1,160
L region Canaries
F duration eight months
F date 2043
F fraction half
L country Senegal
L country Mauritania
> "The Atlantic route is the deadliest migration route into Europe. Every pirogue that reaches land is a pirogue that could have disappeared," IOM spokesperson Fatou Diallo Mendy said in Geneva.
Q direct Fatou Diallo Mendy :: "The Atlantic route is the deadliest migration route into Europe. Every pirogue that reaches land is a pirogue that could have disappeared,"
L geo Atlantic
L continent Europe
O intergovernmental IOM
P full Fatou Diallo Mendy
L city Geneva
> According to Spain's interior ministry, 31,870 migrants reached the Canary Islands by sea between January 1 and August 31, up 18 percent on the same period of 2042.
L country Spain
F number 31,870
L region Canary Islands
F date January 1
F date August 31
F percent 18 percent
F date 2042
> An official of the Canary Islands government, speaking on condition of anonymity, said Madrid had promised 6.5 million euros in emergency funds in July but that "not a single cent" had arrived.
L region Canary Islands
L city Madrid
F money 6.5 million euros
Q direct - :: "not a single cent"
> lmr/dg/ach
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
