#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval163 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval163/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1021-jeddah-metro-blue-line-opens-ridership-riyals-saudi-gazette'] = r'''
> Saudi Arabia
L country Saudi Arabia
> Jeddah Metro's Blue Line Opens to Passengers as 61,000 Ride on First Day
L facility Blue Line
F number 61,000
> Saudi Gazette report
O media Saudi Gazette
> Last updated: Sunday, March 18, 2040 - 10:47 PM
F date March 18, 2040
F time 10:47 PM
> Passengers board a Blue Line train at the Al-Balad station on Sunday. — SG photo by Hatem Al-Ghamdi
L facility Blue Line
L facility Al-Balad
O media SG
P full Hatem Al-Ghamdi
> JEDDAH — The Blue Line of the Jeddah Metro carried 61,214 passengers on its first day of service on Sunday, the Jeddah Municipality said, after the 28.5-km line linking King Abdulaziz International Airport with the historic Al-Balad district opened to the public at 6 a.m.
L city JEDDAH
L facility Blue Line
F number 61,214
O government Jeddah Municipality
F quantity 28.5-km
L facility King Abdulaziz International Airport
L city Al-Balad
F time 6 a.m.
> The line has 14 stations, and trains run every six minutes at peak hours from 6 a.m. to 1 a.m. A single ride costs SR4 and a monthly pass SR140.
F number 14
F duration six minutes
F time 6 a.m.
F time 1 a.m.
F money SR4
F money SR140
> Eng. Faisal bin Saad Al-Zahrani, CEO of Jeddah Metro Company (JMC), said the SR27.6 billion ($7.36 billion) project had been delivered "on time and within budget" after five years of construction.
P full Faisal bin Saad Al-Zahrani
O company Jeddah Metro Company
O company JMC
F money SR27.6 billion
F money $7.36 billion
Q direct Faisal bin Saad Al-Zahrani :: "on time and within budget"
F duration five years
> "Today the people of Jeddah have a metro of their own. A student from Al-Rawdah can now reach King Abdulaziz University in 22 minutes," Al-Zahrani told Saudi Gazette. "We expect 180,000 passengers a day by the end of 2041, when what we call the 'last-mile' buses are running on every route.
Q direct Faisal bin Saad Al-Zahrani :: "Today the people of Jeddah have a metro of their own. A student from Al-Rawdah can now reach King Abdulaziz University in 22 minutes,"
L city Jeddah
L city Al-Rawdah
O education King Abdulaziz University
F duration 22 minutes
P partial Al-Zahrani
O media Saudi Gazette
Q direct Faisal bin Saad Al-Zahrani :: "We expect 180,000 passengers a day by the end of 2041, when what we call the 'last-mile' buses are running on every route.
F number 180,000
F date 2041
> "The Red Line to Obhur will follow. Jeddah will not stop at one line."
Q direct Faisal bin Saad Al-Zahrani :: "The Red Line to Obhur will follow. Jeddah will not stop at one line."
L facility Red Line
L city Obhur
L city Jeddah
F number one
> Other stations include the Corniche, King Abdullah Sports City and Al-Sulaimaniyah, where passengers can change to high-speed trains for Makkah and Madinah.
L street Corniche
L facility King Abdullah Sports City
L facility Al-Sulaimaniyah
L city Makkah
L city Madinah
> Nouran Al-Harthi, 34, a nurse who lives in Al-Safa, said she used to spend SR60 a day on ride-hailing trips to King Fahd General Hospital. "It took me 50 minutes in traffic. Today it was 19 minutes, door to door," she said.
P full Nouran Al-Harthi
F age 34
L city Al-Safa
F money SR60
O other King Fahd General Hospital
Q direct Nouran Al-Harthi :: "It took me 50 minutes in traffic. Today it was 19 minutes, door to door,"
F duration 50 minutes
F duration 19 minutes
> Not everyone was celebrating. Taxi driver Mohammed Iqbal Qureshi, 52, who has worked the airport rank for 19 years, said his takings had fallen by 30 percent since the airport station opened for trial runs in January. "The metro is good for the city, but for us it is a disaster," he said.
P full Mohammed Iqbal Qureshi
F age 52
F duration 19 years
F percent 30 percent
Q direct Mohammed Iqbal Qureshi :: "The metro is good for the city, but for us it is a disaster,"
> The Transport General Authority (TGA) said in a statement that the line would take an estimated 40,000 cars a day off Al-Madinah Road and marked "a new chapter" for the city.
O government Transport General Authority
O government TGA
F number 40,000
L street Al-Madinah Road
Q direct Transport General Authority :: "a new chapter"
> An official at the municipality, who spoke on condition of anonymity, said the fare would stay at SR4 "at least until the end of the year." Some residents, however, complained on social media that parking at the so-called "park-and-ride" stations was full by 8 a.m.
F money SR4
Q direct - :: "at least until the end of the year."
Q scare - :: "park-and-ride"
F time 8 a.m.
> The TGA's figures show that 92 percent of trips in Jeddah, a city of about 4.8 million people, are made by private car or taxi. Work on the 31-km Red Line is due to begin in June 2041, with seven stations in its first phase.
O government TGA
F percent 92 percent
L city Jeddah
F number 4.8 million
F quantity 31-km
L facility Red Line
F date June 2041
F number seven
'''

ARTICLES['1022-mille-lacs-ice-out-walleye-fishing-opener-garrison-isle-star-tribune'] = r'''
> Outdoors
> Mille Lacs ice goes out just days before fishing opener
L geo Mille Lacs
> The DNR declared ice-out on the big lake Tuesday, 11 days later than usual, after a cold April across northern Minnesota.
O government DNR
F duration 11 days
L region Minnesota
> By Kari Haugland
P full Kari Haugland
> May 8, 2040 — 6:18PM
F date May 8, 2040
F time 6:18PM
> Open water reaches the shore at Garrison on Tuesday morning as Tim Lundeen of Isle readies his launch. (Jenna Vukelich/The Minnesota Star Tribune)
L city Garrison
P full Tim Lundeen
L city Isle
P full Jenna Vukelich
O media The Minnesota Star Tribune
> GARRISON, Minn. — Mille Lacs Lake lost the last of its ice Tuesday, the Minnesota Department of Natural Resources (DNR) said, four days before Saturday’s fishing opener and 11 days later than the lake’s median ice-out date of April 27.
L city GARRISON
L region Minn.
L geo Mille Lacs Lake
O government Minnesota Department of Natural Resources
O government DNR
F duration four days
F duration 11 days
F date April 27
> A cold, cloudy spring left up to 20 inches of ice on some northern lakes as late as April 30, and resort owners had feared a repeat of 2013 and 2018, when ice still covered much of the north on opening day.
F quantity 20 inches
F date April 30
F date 2013
F date 2018
> “We were looking at the ice on Sunday and thinking, ‘Here we go again,’” said Tim Lundeen, 63, who runs a resort near Isle on the lake’s south shore. “Then the wind came up out of the south at 25 mph and pushed it all into the bays in a single afternoon.”
Q direct Tim Lundeen :: “We were looking at the ice on Sunday and thinking, ‘Here we go again,’”
P full Tim Lundeen
F age 63
L city Isle
Q direct Tim Lundeen :: “Then the wind came up out of the south at 25 mph and pushed it all into the bays in a single afternoon.”
F quantity 25 mph
> Lundeen said all 14 of his cabins are now booked for the weekend. “People were calling to cancel on Friday. By Tuesday night I had a waiting list,” he said.
P partial Lundeen
F number 14
Q direct Tim Lundeen :: “People were calling to cancel on Friday. By Tuesday night I had a waiting list,”
> On Mille Lacs, anglers will again be allowed to keep one walleye between 21 and 23 inches, or one longer than 28 inches. On most other inland lakes the limit is four walleyes, with only one longer than 20 inches.
L geo Mille Lacs
F number one
F quantity 21
F quantity 23 inches
F number one
F quantity 28 inches
F number four
F number one
F quantity 20 inches
> “The fish don’t care what the calendar says,” said Leah Thorsgaard, the DNR’s large-lake fisheries supervisor in Aitkin. “The water is only about 42 degrees, so the spawn is late and the big females are still in the shallows.
Q direct Leah Thorsgaard :: “The fish don’t care what the calendar says,”
P full Leah Thorsgaard
O government DNR
L city Aitkin
Q direct Leah Thorsgaard :: “The water is only about 42 degrees, so the spawn is late and the big females are still in the shallows.
F quantity 42 degrees
> “If you catch one, take your picture fast and let her go. Those fish are next year’s walleyes.”
Q direct Leah Thorsgaard :: “If you catch one, take your picture fast and let her go. Those fish are next year’s walleyes.”
> Elsewhere, the ice went out on Lake Minnetonka on April 19, on Leech Lake near Walker on May 3 and on Upper Red Lake on May 6, according to DNR records, which for some lakes go back more than 150 years.
L geo Lake Minnetonka
F date April 19
L geo Leech Lake
L city Walker
F date May 3
L geo Upper Red Lake
F date May 6
O government DNR
F duration 150 years
> The Governor’s Fishing Opener, a tradition since 1948, will be held this year in Grand Rapids, where organizers expect about 1,500 visitors.
F date 1948
L city Grand Rapids
F number 1,500
> A resident angling license costs $25, and the DNR sold 512,000 fishing licenses in the first two weeks of May last year.
F money $25
O government DNR
F number 512,000
F duration two weeks
> Jerome Her, 29, of St. Paul plans to launch at Cove Bay at 12:01 a.m. Saturday, the first legal minute of the season. “My dad and I have fished the opener at midnight for 15 years. Ice or no ice, we were coming,” he said.
P full Jerome Her
F age 29
L city St. Paul
L geo Cove Bay
F time 12:01 a.m.
Q direct Jerome Her :: “My dad and I have fished the opener at midnight for 15 years. Ice or no ice, we were coming,”
F duration 15 years
> Her said the bite on Mille Lacs is usually best in the first two hours after dark, when walleyes move onto the rock reefs to feed.
P partial Her
L geo Mille Lacs
F duration two hours
'''

ARTICLES['1023-cheltenham-gold-cup-kilbrack-rose-o-se-mac-giolla-phadraig-odds-guardian'] = r'''
> Horse racing
> Kilbrack Rose lands Gold Cup at 11-2 as Ó Sé makes every yard
F number 11-2
P partial Ó Sé
> Mac Giolla Phádraig-trained mare beats 9-4 favourite Harbour Lights by four and a half lengths on a day of Irish domination
P partial Mac Giolla Phádraig
F number 9-4
F quantity four and a half lengths
> Niamh Redmond at Cheltenham
P full Niamh Redmond
L facility Cheltenham
> Fri 16 Mar 2040 18.02 GMT
F date 16 Mar 2040
F time 18.02 GMT
> Tomás Ó Sé and Kilbrack Rose clear the last on the way to victory in the Gold Cup. Photograph: Ellen Marsh-Whitby/PA
P full Tomás Ó Sé
P full Ellen Marsh-Whitby
O media PA
> Kilbrack Rose made every yard of the running to win the Cheltenham Gold Cup on Friday, galloping on up the hill to beat the 9-4 favourite Harbour Lights by four and a half lengths and give the Co Kilkenny trainer Gearóid Mac Giolla Phádraig his first win in the race at the 14th attempt.
F number 9-4
F quantity four and a half lengths
L region Co Kilkenny
P full Gearóid Mac Giolla Phádraig
> The eight-year-old mare, ridden by 24-year-old Tomás Ó Sé, was sent off at 11-2 in a field of 13 and led from the first fence over three miles and two and a half furlongs. Harbour Lights, trained in Lambourn by Harriet Fenwick-Boyd, closed to within a length at the second-last but found no more, and the 100-1 outsider Dandy Kerrigan stayed on for third.
F duration eight-year-old
F age 24-year-old
P full Tomás Ó Sé
F number 11-2
F number 13
F quantity three miles
F quantity two and a half furlongs
L city Lambourn
P full Harriet Fenwick-Boyd
F number 100-1
> “Gearóid said to me in the parade ring, ‘She stays for ever, so use it,’ and that was the whole plan,” said Ó Sé, who grew up in Callan, 15 miles from the trainer’s yard. “I kicked at the top of the hill and I could hear the favourite coming, but she just kept finding.
Q direct Tomás Ó Sé :: “Gearóid said to me in the parade ring, ‘She stays for ever, so use it,’ and that was the whole plan,”
P partial Gearóid
P partial Ó Sé
L city Callan
F quantity 15 miles
Q direct Tomás Ó Sé :: “I kicked at the top of the hill and I could hear the favourite coming, but she just kept finding.
> “My grandfather rode here in the 1970s and never got near a Gold Cup. I had him on my mind all the way up that hill.”
Q direct Tomás Ó Sé :: “My grandfather rode here in the 1970s and never got near a Gold Cup. I had him on my mind all the way up that hill.”
F date 1970s
> Mac Giolla Phádraig, 58, who has 41 horses in training at Tullaroan, said he had thought about skipping Cheltenham after the mare coughed in January. “We gave her six weeks off and brought her back slowly. She did one serious piece of work, 10 days ago,” he said.
P partial Mac Giolla Phádraig
F age 58
F number 41
L city Tullaroan
L facility Cheltenham
Q direct Gearóid Mac Giolla Phádraig :: “We gave her six weeks off and brought her back slowly. She did one serious piece of work, 10 days ago,”
F duration six weeks
F number one
F duration 10 days
> Fenwick-Boyd, who had called Harbour Lights “the best I’ve trained” on Tuesday, was gracious in defeat. “No excuses. The ground was fine, the trip was fine, the winner was better,” she said.
P partial Fenwick-Boyd
Q direct Harriet Fenwick-Boyd :: “the best I’ve trained”
Q direct Harriet Fenwick-Boyd :: “No excuses. The ground was fine, the trip was fine, the winner was better,”
> The win was worth £351,900 to the Nore Valley Partnership, a group of nine dairy farmers from Kilkenny, out of total prize money of £625,000. A crowd of 71,204 packed Prestbury Park, and Irish-trained runners took the so-called “Prestbury Cup” by 17-11 over the four days.
F money £351,900
O other Nore Valley Partnership
F number nine
L region Kilkenny
F money £625,000
F number 71,204
L facility Prestbury Park
Q scare - :: “Prestbury Cup”
F score 17-11
F duration four days
> The British Horseracing Authority (BHA) said a stewards’ inquiry into interference at the second-last found that Harbour Lights had drifted left “of his own accord” and that no rider was to blame. The BHA also said the ground, officially good to soft, had been watered by 4mm on Wednesday.
O other British Horseracing Authority
O other BHA
Q direct British Horseracing Authority :: “of his own accord”
O other BHA
F quantity 4mm
> The Jockey Club, which runs the course, said betting turnover on course was up 6% on 2039. Kilbrack Rose is now a 4-1 shot to win again next year.
O other Jockey Club
F percent 6%
F date 2039
F number 4-1
'''

ARTICLES['1024-gerd-power-export-djibouti-300mw-deal-eep-edd-birr-addis-standard'] = r'''
> News
> Ethiopia, Djibouti sign deal to double power exports to 300MW from GERD
L country Ethiopia
L country Djibouti
F quantity 300MW
L facility GERD
> Djibouti to pay US$0.068 per kilowatt-hour under 15-year agreement; second line to Dewele due in 2042
L country Djibouti
F money US$0.068
F duration 15-year
L city Dewele
F date 2042
> Bethlehem Tesfaye Worku
P full Bethlehem Tesfaye Worku
> The Grand Ethiopian Renaissance Dam on the Abay river in Guba, Benishangul-Gumuz region. Photo: EEP
L facility Grand Ethiopian Renaissance Dam
L geo Abay
L city Guba
L region Benishangul-Gumuz
O company EEP
> Addis Abeba, March 21/2040 (Addis Standard) – Ethiopia and Djibouti on Wednesday signed a 15-year agreement under which Ethiopia will double its electricity exports to its eastern neighbour to 300 megawatts (MW), supplied mainly from the Grand Ethiopian Renaissance Dam (GERD).
L city Addis Abeba
F date March 21/2040
O media Addis Standard
L country Ethiopia
L country Djibouti
F duration 15-year
L country Ethiopia
F quantity 300 megawatts
L facility Grand Ethiopian Renaissance Dam
L facility GERD
> The deal was signed at the Skylight Hotel by the Minister of Water and Energy, Eng. Abebe Hailemariam Desta, and Djibouti’s Minister of Energy and Natural Resources, Ali Moussa Darar.
L facility Skylight Hotel
P full Abebe Hailemariam Desta
L country Djibouti
P full Ali Moussa Darar
> Under the agreement, Électricité de Djibouti (EDD) will pay US$0.068 per kilowatt-hour, up from US$0.065 under the current contract, which expires in June. Ethiopian Electric Power (EEP) expects the deal to earn about US$178 million a year, or nearly 10.4 billion birr at the current exchange rate.
O company Électricité de Djibouti
O company EDD
F money US$0.068
F money US$0.065
O company Ethiopian Electric Power
O company EEP
F money US$178 million
F money 10.4 billion birr
> “The Abay is now paying for our schools and our roads,” Eng. Abebe told journalists after the signing. “Electricity is the export whose price we set ourselves, and Djibouti is a partner that pays on time.
Q direct Abebe Hailemariam Desta :: “The Abay is now paying for our schools and our roads,”
L geo Abay
P partial Abebe
Q direct Abebe Hailemariam Desta :: “Electricity is the export whose price we set ourselves, and Djibouti is a partner that pays on time.
L country Djibouti
> “At home we will connect 1.2 million more households this year. Export and access go together; one pays for the other.”
Q direct Abebe Hailemariam Desta :: “At home we will connect 1.2 million more households this year. Export and access go together; one pays for the other.”
F number 1.2 million
> Ethiopia has sold power to Djibouti since 2011 over a 283 km line from Dire Dawa. EEP said a second, 230 kV line from Dire Dawa to Dewele on the border, estimated to cost US$96 million, would be completed in Megabit 2034 E.C. (March 2042).
L country Ethiopia
L country Djibouti
F date 2011
F quantity 283 km
L city Dire Dawa
O company EEP
F quantity 230 kV
L city Dire Dawa
L city Dewele
F money US$96 million
F date Megabit 2034 E.C.
F date March 2042
> Darar said Djibouti, which imports about 70 percent of its electricity from Ethiopia, would use the extra power for the Damerjog industrial zone and a desalination plant. “For us, Ethiopian power is cheaper than diesel by more than half,” he said.
P partial Darar
L country Djibouti
F percent 70 percent
L country Ethiopia
L city Damerjog
Q direct Ali Moussa Darar :: “For us, Ethiopian power is cheaper than diesel by more than half,”
F fraction half
> Economist Dr. Hirut Kebede Alemayehu, a lecturer at Addis Ababa University, welcomed the deal but said the country still suffers power cuts. “We export to Djibouti while factories in Adama lose power three days a week. The ‘surplus’ exists only on paper,” she told Addis Standard.
P full Hirut Kebede Alemayehu
O education Addis Ababa University
Q direct Hirut Kebede Alemayehu :: “We export to Djibouti while factories in Adama lose power three days a week. The ‘surplus’ exists only on paper,”
L country Djibouti
L city Adama
F duration three days
O media Addis Standard
> An EEP official who asked not to be named said the GERD’s 13 turbines can produce 5,150 MW at full capacity. “Kenya, Sudan and now Djibouti all want more. The limit is the lines, not the water,” the official said.
O company EEP
L facility GERD
F number 13
F quantity 5,150 MW
Q direct - :: “Kenya, Sudan and now Djibouti all want more. The limit is the lines, not the water,”
L country Kenya
L country Sudan
L country Djibouti
> The agreement also commits the two countries to a joint feasibility study, costing 95 million birr, on a solar and hydropower scheme near Lake Abbe, which straddles their border south of Dewele.
F number two
F money 95 million birr
L geo Lake Abbe
L city Dewele
> According to the Ministry of Finance, Ethiopia earned 14.6 billion birr from electricity exports in the 2038/39 fiscal year, two thirds of it from sales to Kenya.
O government Ministry of Finance
L country Ethiopia
F money 14.6 billion birr
F date 2038/39
F fraction two thirds
L country Kenya
'''

ARTICLES['1025-halvion-layoffs-14-percent-charges-shares-memo-santa-clara-cnbc'] = r'''
> Tech
> Halvion to cut 14% of staff and take up to $620 million in charges; shares jump
O company Halvion
F percent 14%
F money $620 million
> Key Points
> Chipmaker Halvion said Tuesday it will lay off about 1,300 employees, or 14% of its workforce, in its biggest round of cuts since it went public in 2031.
O company Halvion
F number 1,300
F percent 14%
F date 2031
> The Santa Clara, California-based company expects pre-tax charges of $540 million to $620 million, mostly in the fourth quarter.
L city Santa Clara
L region California
F money $540 million
F money $620 million
> Shares rose nearly 7% in morning trading.
F percent 7%
> Published Tue, Feb 7 2040 8:14 AM EST
F date Feb 7 2040
F time 8:14 AM EST
> Updated Tue, Feb 7 2040 11:52 AM EST
F date Feb 7 2040
F time 11:52 AM EST
> Halvion CEO Renata Szabó-Whitfield speaks at the company's developer conference in San Jose, California, on Sept. 18, 2039. Kenji Ashworth | Bloomberg | Getty Images
O company Halvion
P full Renata Szabó-Whitfield
L city San Jose
L region California
F date Sept. 18, 2039
P full Kenji Ashworth
O media Bloomberg
O media Getty Images
> Chipmaker Halvion (HLVN) said Tuesday it will cut about 1,300 jobs, or 14% of its global workforce, as it moves spending from its older networking business to data-center accelerators.
O company Halvion
F number 1,300
F percent 14%
> In a memo to employees seen by CNBC, CEO Renata Szabó-Whitfield said the company had "grown too many layers" and would close its offices in Austin, Texas, and Reno, Nevada, by the end of June.
O media CNBC
P full Renata Szabó-Whitfield
Q direct Renata Szabó-Whitfield :: "grown too many layers"
L city Austin
L region Texas
L city Reno
L region Nevada
> "This is the hardest decision I have made in my nine years at Halvion," Szabó-Whitfield wrote. "The people leaving did nothing wrong. We built a company for 2035, and it is 2040.
Q direct Renata Szabó-Whitfield :: "This is the hardest decision I have made in my nine years at Halvion,"
F duration nine years
O company Halvion
P partial Szabó-Whitfield
Q direct Renata Szabó-Whitfield :: "The people leaving did nothing wrong. We built a company for 2035, and it is 2040.
F date 2035
F date 2040
> "Everyone affected will receive at least 16 weeks of pay, plus two weeks for every year of service, and health coverage through Dec. 31."
Q direct Renata Szabó-Whitfield :: "Everyone affected will receive at least 16 weeks of pay, plus two weeks for every year of service, and health coverage through Dec. 31."
F duration 16 weeks
F duration two weeks
F date Dec. 31
> In a filing with the Securities and Exchange Commission, Halvion said it expects pre-tax charges of between $540 million and $620 million, of which about $410 million will be cash severance. The company said the plan would cut annual operating expenses by "approximately $900 million" starting in fiscal 2041.
O government Securities and Exchange Commission
O company Halvion
F money $540 million
F money $620 million
F money $410 million
Q direct Halvion :: "approximately $900 million"
F money $900 million
F date 2041
> Halvion shares rose as much as 9.2% to $184.37 on the Nasdaq before paring gains to trade up 6.8% by midday. The stock had fallen 31% over the past 12 months.
O company Halvion
F percent 9.2%
F money $184.37
O company Nasdaq
F percent 6.8%
F percent 31%
F duration 12 months
> "Investors have been waiting for this for a year. The cuts are deep, but they are in the right places," said Gideon Varga, a semiconductor analyst at Calder Ridge Securities, who raised his price target to $210 from $175.
Q direct Gideon Varga :: "Investors have been waiting for this for a year. The cuts are deep, but they are in the right places,"
P full Gideon Varga
O company Calder Ridge Securities
F money $210
F money $175
> A Halvion engineer in Austin, who asked not to be named because she was not authorized to speak to the press, said her team of 11 learned of the cuts on a 15-minute video call at 7 a.m. "Nobody said the word 'layoff' once. They called it 'realignment,'" she said.
O company Halvion
L city Austin
F number 11
F duration 15-minute
F time 7 a.m.
Q direct - :: "Nobody said the word 'layoff' once. They called it 'realignment,'"
> Halvion is the latest chipmaker to cut staff after the so-called "inference winter" of 2039, when orders for data-center chips fell by a third in six months.
O company Halvion
Q scare - :: "inference winter"
F date 2039
F fraction a third
F duration six months
> The company had 9,350 employees at the end of September, about 40% of them outside the U.S., including 2,100 in Bengaluru, India, and 600 in Dublin. It will report fourth-quarter results on Feb. 27.
F number 9,350
F percent 40%
L country U.S.
F number 2,100
L city Bengaluru
L country India
F number 600
L city Dublin
F date Feb. 27
'''

ARTICLES['1026-carmarthen-lampeter-railway-reopens-tfw-llanybydder-new-inn-walesonline'] = r'''
> 'We never thought we'd see it': Trains return to Lampeter after 75 years as £780m line reopens
Q direct Gwenllian Rees :: 'We never thought we'd see it'
L city Lampeter
F duration 75 years
F money £780m
> The first passenger trains in three generations ran between Carmarthen and Lampeter on Monday, calling at Bronwydd Arms, Pencader, New Inn and Llanybydder
L city Carmarthen
L city Lampeter
L facility Bronwydd Arms
L city Pencader
L city New Inn
L city Llanybydder
> Rhodri ap Gwilym, Transport Correspondent
P full Rhodri ap Gwilym
> 18:30, 3 SEP 2040
F time 18:30
F date 3 SEP 2040
> The first Transport for Wales train from Carmarthen pulls into Lampeter station (Image: Elin Prydderch)
O government Transport for Wales
L city Carmarthen
L city Lampeter
P full Elin Prydderch
> Passenger trains have returned to Lampeter for the first time since 1965 after the £780m reopening of the line from Carmarthen was completed seven months late.
L city Lampeter
F date 1965
F money £780m
L city Carmarthen
F duration seven months
> The 22.5-mile line follows the old trackbed up the Gwili and Teifi valleys. Transport for Wales (TfW) will run an hourly service, with the fastest journey taking 38 minutes, compared with 70 minutes on the T1 bus.
F quantity 22.5-mile
L geo Gwili
L geo Teifi
O government Transport for Wales
O government TfW
F duration 38 minutes
F duration 70 minutes
> A single between the two towns will cost £6.40 and an off-peak day return £9.10.
F number two
F money £6.40
F money £9.10
> TfW chief executive Siân Elin Llewelyn said the line would "change what is possible" for young people in Ceredigion. "For 75 years, if you lived in Lampeter and didn't drive, Carmarthen was a day out. Now it's a 38-minute commute," she said. "We carried 1,140 people on the first train this morning and we had to turn some away at Pencader.
O government TfW
P full Siân Elin Llewelyn
Q direct Siân Elin Llewelyn :: "change what is possible"
L region Ceredigion
Q direct Siân Elin Llewelyn :: "For 75 years, if you lived in Lampeter and didn't drive, Carmarthen was a day out. Now it's a 38-minute commute,"
F duration 75 years
L city Lampeter
L city Carmarthen
F duration 38-minute
Q direct Siân Elin Llewelyn :: "We carried 1,140 people on the first train this morning and we had to turn some away at Pencader.
F number 1,140
L city Pencader
> "That is a nice problem to have, and we will add a second two-car unit from October."
Q direct Siân Elin Llewelyn :: "That is a nice problem to have, and we will add a second two-car unit from October."
F number two
> Among those on board was Gwenllian Rees, 81, from Llanybydder, who last caught a train at the town's old station as a schoolgirl in 1964. "My mother put me on the 7.42 to Carmarthen with a note that said 'please see she gets off at the right stop'. We never thought we'd see it again," she said.
P full Gwenllian Rees
F age 81
L city Llanybydder
F date 1964
Q direct Gwenllian Rees :: "My mother put me on the 7.42 to Carmarthen with a note that said 'please see she gets off at the right stop'. We never thought we'd see it again,"
F time 7.42
L city Carmarthen
> The project was paid for with £512m from the Welsh Government and £268m from the UK Government, after years of arguments between Cardiff Bay and Westminster over who should pay.
F money £512m
O government Welsh Government
F money £268m
O government UK Government
L city Cardiff Bay
L city Westminster
> Students at the Lampeter campus of the University of Wales Trinity Saint David were among the first passengers. The university says 40% of its 1,900 students there live more than 10 miles from the town.
L city Lampeter
O education University of Wales Trinity Saint David
F percent 40%
F number 1,900
F quantity 10 miles
> At New Inn, a hamlet of 42 homes beside the A485, Cllr Huw Davies-Prys of Carmarthenshire County Council said the first morning "felt like a carnival". "People came out in their dressing gowns to wave at the driver," he said.
L city New Inn
F number 42
L street A485
P full Huw Davies-Prys
O government Carmarthenshire County Council
Q direct Huw Davies-Prys :: "felt like a carnival"
Q direct Huw Davies-Prys :: "People came out in their dressing gowns to wave at the driver,"
> Mererid Bowen-Jenkins, who chairs the campaign group Traws Link Cymru, said the job was "only half done" until trains reach Aberystwyth, 33 miles further north by way of Tregaron. "Lampeter is wonderful, but Aberystwyth is where the hospital and the jobs are," she said.
P full Mererid Bowen-Jenkins
O nonprofit Traws Link Cymru
Q direct Mererid Bowen-Jenkins :: "only half done"
L city Aberystwyth
F quantity 33 miles
L city Tregaron
Q direct Mererid Bowen-Jenkins :: "Lampeter is wonderful, but Aberystwyth is where the hospital and the jobs are,"
L city Lampeter
L city Aberystwyth
> A Welsh Government spokesperson said a business case for the northern section, estimated at £1.1bn, would be published "before the end of 2041". Until then, TfW's T1 buses will connect with every train at the new Lampeter station for the run to Aberystwyth.
O government Welsh Government
F money £1.1bn
Q direct - :: "before the end of 2041"
F date 2041
O government TfW
L city Lampeter
L city Aberystwyth
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
