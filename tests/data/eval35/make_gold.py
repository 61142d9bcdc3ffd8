#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval35 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval35/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['253-rockford-civilian-police-review-board-vote'] = r'''
> Local
> Rockford council creates civilian police review board in 8-6 vote
L city Rockford
F number 8-6
> The board can subpoena city records but not officers, a compromise that angered activists who pushed for it after the 2034 killing of Javion Redd.
F date 2034
P full Javion Redd
> Jacob Ferreira-Haddad
P full Jacob Ferreira-Haddad
> Rockford Register Star
O media Rockford Register Star
> Published 10:48 p.m. CT May 19, 2036 | Updated 9:05 a.m. CT May 20, 2036
F time 10:48 p.m. CT
F date May 19, 2036
F time 9:05 a.m. CT
F date May 20, 2036
> Members of the Forest City Accountability Project hold photos of Javion Redd outside City Hall before the Rockford City Council meeting on Monday, May 19, 2036. Jacob Ferreira-Haddad/Rockford Register Star
O nonprofit Forest City Accountability Project
P full Javion Redd
L facility City Hall
O government Rockford City Council
F date May 19, 2036
P full Jacob Ferreira-Haddad
O media Rockford Register Star
> ROCKFORD — After nearly two years of marches and a failed ballot drive, the Rockford City Council voted 8-6 on Monday night to create a civilian board to review complaints against city police officers.
L city ROCKFORD
F duration two years
O government Rockford City Council
F number 8-6
> The ordinance sets up a nine-member Community Police Review Board, appointed by the mayor, that can review internal investigations by the Rockford Police Department's Office of Professional Standards, hold public hearings and subpoena city records. It cannot compel officers to testify or impose discipline.
F number nine
O government Community Police Review Board
O government Rockford Police Department
O government Office of Professional Standards
> Mayor Renata Szymczak, who brokered the compromise, called it "the strongest board we could pass tonight, and stronger than anything this city has had."
P full Renata Szymczak
Q direct Renata Szymczak :: "the strongest board we could pass tonight, and stronger than anything this city has had."
> "Is it everything the advocates asked for? No," Szymczak told reporters after the 3½-hour meeting. "But a year from now, people will be able to see what happened in an investigation, and that has never been true in Rockford."
Q direct Renata Szymczak :: "Is it everything the advocates asked for? No,"
P partial Szymczak
F duration 3½-hour
Q direct Renata Szymczak :: "But a year from now, people will be able to see what happened in an investigation, and that has never been true in Rockford."
L city Rockford
> Voting yes were Aldermen Lorraine T. Abernathy, Héctor Villaseñor, Dontrell Muhammad-Greer, Bridget Kowalczyk, Samuel Adeyemi-Nash, Paula Ekstrom, Ray Garvin and Lan Pham. Voting no were Aldermen Kevin Brandtmeier, Jodi Lindgren, Mark Scarpelli, Gail Hoisington, Tom Ruud and Erica Stenholm.
P full Lorraine T. Abernathy
P full Héctor Villaseñor
P full Dontrell Muhammad-Greer
P full Bridget Kowalczyk
P full Samuel Adeyemi-Nash
P full Paula Ekstrom
P full Ray Garvin
P full Lan Pham
P full Kevin Brandtmeier
P full Jodi Lindgren
P full Mark Scarpelli
P full Gail Hoisington
P full Tom Ruud
P full Erica Stenholm
> 5th Ward Ald. Lorraine T. Abernathy, who sponsored the ordinance, called the vote "a beginning, not an ending." Her ward includes the stretch of Kilburn Avenue where Redd, 23, was shot by an officer during a traffic stop on Aug. 9, 2034.
L region 5th Ward
P full Lorraine T. Abernathy
Q direct Lorraine T. Abernathy :: "a beginning, not an ending."
L street Kilburn Avenue
P partial Redd
F age 23
F date Aug. 9, 2034
> An Illinois State Police investigation found that the officer, who has not been named, fired four times after Redd reached toward the glove box. The Winnebago County State's Attorney's Office declined to file charges in March 2035, and the city paid Redd's family $2.75 million last year.
O government Illinois State Police
F number four
P partial Redd
O government Winnebago County State's Attorney's Office
F date March 2035
P partial Redd
F money $2.75 million
> The Forest City Accountability Project (FCAP) collected about 9,400 signatures last summer for a ballot question that would have created an elected board with subpoena power over officers. The Winnebago County Clerk's Office kept the question off the November ballot.
O nonprofit Forest City Accountability Project
O nonprofit FCAP
F number 9,400
O government Winnebago County Clerk's Office
> FCAP co-founder Tamika Ross-Ekwueme said the group would keep pushing.
O nonprofit FCAP
P full Tamika Ross-Ekwueme
> "They gave us a board that can read the file but can't ask the officer a single question," she said. "We will be at every meeting of this board, and we will be back at this council the day it fails.
Q direct Tamika Ross-Ekwueme :: "They gave us a board that can read the file but can't ask the officer a single question,"
Q direct Tamika Ross-Ekwueme :: "We will be at every meeting of this board, and we will be back at this council the day it fails.
> "Javion's mother is still waiting for someone to tell her why her son is dead."
Q direct Tamika Ross-Ekwueme :: "Javion's mother is still waiting for someone to tell her why her son is dead."
P partial Javion
> About 120 people filled the council chambers at City Hall, 425 E. State St., after marching 2 miles from Beattie Park. Public comment lasted nearly two hours.
F number 120
L facility City Hall
L address 425 E. State St.
F quantity 2 miles
L facility Beattie Park
F duration two hours
> 11th Ward Ald. Kevin Brandtmeier, a retired Winnebago County sheriff's deputy, said the board would "second-guess officers who make split-second decisions" and hurt recruiting in a department with 38 vacancies among its 291 sworn positions.
L region 11th Ward
P full Kevin Brandtmeier
L region Winnebago County
Q direct Kevin Brandtmeier :: "second-guess officers who make split-second decisions"
F number 38
F number 291
> Police Chief Anthony R. Castellucci said in a statement that the department would "cooperate fully" with the board. The Rockford Police Benevolent Association, the officers' union, said the ordinance "singles out police officers for a level of scrutiny no other city employee faces."
P full Anthony R. Castellucci
Q direct Anthony R. Castellucci :: "cooperate fully"
O nonprofit Rockford Police Benevolent Association
Q direct Rockford Police Benevolent Association :: "singles out police officers for a level of scrutiny no other city employee faces."
> A veteran officer, who spoke on condition of anonymity, said morale was "as low as I've seen it in 22 years."
Q direct - :: "as low as I've seen it in 22 years."
F duration 22 years
> The department received 214 citizen complaints in 2035, up from 163 in 2034, according to city data. Fewer than one in 10 were sustained, and nearly half involved traffic stops. Black residents make up about 21% of Rockford's population but were the subject of 46% of traffic stops last year, according to state data.
F number 214
F date 2035
F number 163
F date 2034
F number one
F number 10
F fraction half
F percent 21%
L city Rockford
F percent 46%
> The board will cost about $412,000 a year, including two full-time staff members, according to a city estimate. Its members must live in Rockford, and at least two must be under 25 years old. No current or former Rockford police employee may serve.
F money $412,000
F number two
L city Rockford
F number two
F age 25 years old
L city Rockford
> Rockford joins Chicago, Evanston, Urbana and Champaign among Illinois cities with civilian oversight. Chicago's Civilian Office of Police Accountability (COPA), created in 2016, can recommend discipline. The SAFE-T Act, which Illinois passed in 2021, left oversight boards to cities.
L city Rockford
L city Chicago
L city Evanston
L city Urbana
L city Champaign
L region Illinois
L city Chicago
O government Civilian Office of Police Accountability
O government COPA
F date 2016
L region Illinois
F date 2021
> The review board is to be seated within 120 days. Szymczak said she would announce her first nominees by July 1.
F duration 120 days
P partial Szymczak
F date July 1
> Contact Jacob Ferreira-Haddad at jferreira@rrstar.com or 815-987-1244.
P full Jacob Ferreira-Haddad
'''

ARTICLES['254-sungai-keruing-by-election-four-cornered-fight'] = r'''
> Malaysia
L country Malaysia
> Four-cornered fight in Sungai Keruing as independent durian farmer joins PH, PN and PSM candidates
F number Four
L region Sungai Keruing
O party PH
O party PN
O party PSM
> Perak by-election on November 29 will test the unity government in a mixed seat where Chinese voters may decide the outcome
L region Perak
F date November 29
> By Nur Aqilah Zainal Abidin
P full Nur Aqilah Zainal Abidin
> Friday, 14 Nov 2036 1:47 PM MYT
F date 14 Nov 2036
F time 1:47 PM MYT
> Perikatan Nasional candidate Mohd Hafiz Iskandar Rahmat (centre) waves to supporters after submitting his nomination papers at Dewan Seri Teratai in Kampar, November 14, 2036. — Picture by Farhan Najib
O party Perikatan Nasional
P full Mohd Hafiz Iskandar Rahmat
L facility Dewan Seri Teratai
L city Kampar
F date November 14, 2036
P full Farhan Najib
> KAMPAR, Nov 14 — The Sungai Keruing state by-election will be a four-cornered fight after an independent candidate joined nominees from Pakatan Harapan (PH), Perikatan Nasional (PN) and Parti Sosialis Malaysia (PSM) in filing papers at the nomination centre here this morning.
L city KAMPAR
F date Nov 14
L region Sungai Keruing
F number four
O party Pakatan Harapan
O party PH
O party Perikatan Nasional
O party PN
O party Parti Sosialis Malaysia
O party PSM
> Returning officer Nor Azlina Hashim announced the four candidates at 10.30am, 30 minutes after nominations closed, saying no objections had been filed. Nominations opened at 9am.
P full Nor Azlina Hashim
F number four
F time 10.30am
F duration 30 minutes
F time 9am
> The Election Commission (EC) has fixed polling for November 29, with early voting for police and army personnel and their spouses on November 25. The campaign period will run for 14 days.
O government Election Commission
O government EC
F date November 29
F date November 25
F duration 14 days
> The seat fell vacant when its assemblyman, Datuk Haji Rosli Kamaruddin of Parti Keadilan Rakyat (PKR), died of a heart attack on September 30 at the age of 61. Rosli, a three-term assemblyman, won the seat in the 2033 state election with a majority of 1,846 votes over PN.
P full Rosli Kamaruddin
O party Parti Keadilan Rakyat
O party PKR
F date September 30
F age 61
P partial Rosli
F number three
F date 2033
F number 1,846
O party PN
> PKR has fielded Ahmad Fadhli Zakaria, 44, a former Kampar District Council member and Rosli’s political secretary, as the PH candidate. Barisan Nasional (BN), a partner in the federal and state unity governments, is not contesting and has pledged its machinery to PH.
O party PKR
P full Ahmad Fadhli Zakaria
F age 44
O government Kampar District Council
P partial Rosli
O party PH
O party Barisan Nasional
O party BN
O party PH
> Perak Umno said in a statement that its members would “go down to every house” for Ahmad Fadhli.
O party Perak Umno
Q direct Perak Umno :: “go down to every house”
P partial Ahmad Fadhli
> Ahmad Fadhli, who was born in nearby Gopeng, told reporters he would campaign on flood mitigation, the upgrading of the Kampar–Tapah road and jobs for young people. “Allahyarham Rosli built trust here over 13 years. I am asking voters to let me continue his work,” he said.
P partial Ahmad Fadhli
L city Gopeng
L city Kampar
L city Tapah
Q direct Ahmad Fadhli Zakaria :: “Allahyarham Rosli built trust here over 13 years. I am asking voters to let me continue his work,”
P partial Rosli
F duration 13 years
> PN’s candidate, Mohd Hafiz Iskandar Rahmat, 39, is a religious teacher and the Parti Islam Se-Malaysia (PAS) information chief for Kampar. He was accompanied by PN secretary-general Datuk Seri Zainal Ariffin Hamzah, who told supporters the by-election was “a referendum on the cost of living”.
O party PN
P full Mohd Hafiz Iskandar Rahmat
F age 39
O party Parti Islam Se-Malaysia
O party PAS
L region Kampar
O party PN
P full Zainal Ariffin Hamzah
Q direct Zainal Ariffin Hamzah :: “a referendum on the cost of living”
> “Since 2033, the price of rice has gone up and the subsidies have gone down. The people of Sungai Keruing know this better than anyone,” Mohd Hafiz said.
Q direct Mohd Hafiz Iskandar Rahmat :: “Since 2033, the price of rice has gone up and the subsidies have gone down. The people of Sungai Keruing know this better than anyone,”
F date 2033
L region Sungai Keruing
P partial Mohd Hafiz
> PSM has named M. Thirunavukarasu, 52, an organiser for plantation workers in the Kinta Valley, while the independent, Chan Kok Meng, 58, is a durian farmer and former chairman of the Kampung Baru Sungai Keruing residents’ association who quit the Malaysian Chinese Association (MCA) in 2031.
O party PSM
P full M. Thirunavukarasu
F age 52
L geo Kinta Valley
P full Chan Kok Meng
F age 58
L city Kampung Baru Sungai Keruing
O party Malaysian Chinese Association
O party MCA
F date 2031
> Chan, known locally as “Raja Durian” (the durian king) and contesting under a durian symbol, said he was standing because “the big parties only remember us at election time”. Asked about his chances, he laughed and said: “Durian also takes time to fall.”
P partial Chan
Q scare - :: “Raja Durian”
Q direct Chan Kok Meng :: “the big parties only remember us at election time”
Q direct Chan Kok Meng :: “Durian also takes time to fall.”
> The constituency has 31,482 registered voters, according to the EC. Malays make up 49 per cent of the electorate, Chinese 36 per cent and Indians 14 per cent, with Orang Asli and others accounting for the rest.
F number 31,482
O government EC
F percent 49 per cent
F percent 36 per cent
F percent 14 per cent
> A PN campaign official, who asked not to be named, said the coalition was counting on a low turnout among Chinese voters, many of whom work in Ipoh, Kuala Lumpur or Singapore. “If turnout is below 60 per cent, we can win this,” the official said. Turnout in the 2033 state election was 71.6 per cent.
O party PN
L city Ipoh
L city Kuala Lumpur
L country Singapore
Q direct - :: “If turnout is below 60 per cent, we can win this,”
F percent 60 per cent
F date 2033
F percent 71.6 per cent
> The result will not change the balance of power in the 59-seat Perak state assembly, where parties in the unity government hold 48 seats, a majority of more than two-thirds.
F number 59
L region Perak
F number 48
F fraction two-thirds
> Kampar district police chief Supt Faizal Omar said 420 officers would be deployed during the campaign, and that permits were needed for ceramah (political talks) held outside designated areas.
L region Kampar
P full Faizal Omar
F number 420
> Each candidate paid a RM5,000 deposit and may spend up to RM100,000 on the campaign. The EC has allocated RM3.8 million to run the by-election, including 42 polling centres and 118 voting streams.
F money RM5,000
F money RM100,000
O government EC
F money RM3.8 million
F number 42
F number 118
'''

ARTICLES['255-highland-council-teacher-cuts-shared-head-teachers'] = r'''
> Education
> Highland Council to cut 96 teaching posts as rural schools share head teachers
O government Highland Council
F number 96
> Union warns of ‘a slow death for small schools’ as councillors approve £38.4m savings package
Q direct Alasdair Mac a’ Phearsain :: ‘a slow death for small schools’
F money £38.4m
> By Mairead Sutherland-Dey
P full Mairead Sutherland-Dey
> Education Correspondent
> Published 5th Mar 2037, 18:20 GMT
F date 5th Mar 2037
F time 18:20 GMT
> Pupils at a primary school in the Highlands. Picture: Ewan Struthers/PA Wire
L region Highlands
P full Ewan Struthers
O media PA Wire
> HIGHLAND Council is to cut 96 full-time equivalent teaching posts over the next two years and ask dozens of small rural primary schools to share head teachers, after councillors approved a £38.4 million savings package.
O government HIGHLAND Council
F number 96
F duration two years
F money £38.4 million
> The plans were passed by 38 votes to 29 at a meeting of the full council in Inverness on Thursday, after more than four hours of debate and a protest by about 200 parents and teachers outside the council headquarters on Glenurquhart Road.
F number 38
F number 29
L city Inverness
F duration four hours
F number 200
L street Glenurquhart Road
> Council leader Cllr Isla Macrae-Gunn said falling pupil rolls and a £61m gap in the council’s budget over three years had left the authority with “no good options”.
P full Isla Macrae-Gunn
F money £61m
F duration three years
Q direct Isla Macrae-Gunn :: “no good options”
> “Nobody stood for election to close classrooms,” she said. “But we have 1,500 fewer primary pupils than we had in 2030, and we cannot keep staffing schools for children who are no longer there.”
Q direct Isla Macrae-Gunn :: “Nobody stood for election to close classrooms,”
Q direct Isla Macrae-Gunn :: “But we have 1,500 fewer primary pupils than we had in 2030, and we cannot keep staffing schools for children who are no longer there.”
F number 1,500
F date 2030
> Under the plans, 23 primaries with fewer than 25 pupils each will be grouped into clusters of two to four schools, each led by one head teacher. On Skye, Dunvegan Primary, Struan Primary and Edinbane Primary would share a head teacher based in Dunvegan, a 26-mile round trip from Edinbane.
F number 23
F number 25
F number two
F number four
F number one
L geo Skye
O education Dunvegan Primary
O education Struan Primary
O education Edinbane Primary
L city Dunvegan
F quantity 26-mile
L city Edinbane
> The council said Gaelic-medium education would be protected and that Bun-sgoil Ghàidhlig Inbhir Nis, the Gaelic primary school in Inverness, would not be affected.
O education Bun-sgoil Ghàidhlig Inbhir Nis
L city Inverness
> The Educational Institute of Scotland (EIS), the country’s largest teaching union, said the cuts would leave the Highlands with its lowest number of teachers since 2014.
O nonprofit Educational Institute of Scotland
O nonprofit EIS
L region Highlands
F date 2014
> Alasdair Mac a’ Phearsain, secretary of EIS Highland, said shared head teachers meant “a slow death for small schools”.
P full Alasdair Mac a’ Phearsain
O nonprofit EIS Highland
Q direct Alasdair Mac a’ Phearsain :: “a slow death for small schools”
> “A head teacher who spends half her week in the car is not leading anything,” he said. “Parents in Struan and Edinbane know exactly where this ends: with the school closed and their children on a bus to Portree for an hour each way.
Q direct Alasdair Mac a’ Phearsain :: “A head teacher who spends half her week in the car is not leading anything,”
F fraction half
Q direct Alasdair Mac a’ Phearsain :: “Parents in Struan and Edinbane know exactly where this ends: with the school closed and their children on a bus to Portree for an hour each way.
L city Struan
L city Edinbane
L city Portree
> “Once a school goes, the young families go, and then the village goes.”
Q direct Alasdair Mac a’ Phearsain :: “Once a school goes, the young families go, and then the village goes.”
> The 96 posts will be lost mainly through retirements and by leaving vacancies unfilled, the council said, although officials could not rule out compulsory redundancies. About 140 teachers on temporary contracts will not have them renewed in June.
F number 96
F number 140
> Kirsty Matheson, who chairs the parent council at Edinbane Primary, where her son, seven, is one of 19 pupils, said families had learned of the plan from a leaked report.
P full Kirsty Matheson
O education Edinbane Primary
F age seven
F number 19
> “We were told there would be consultation. What we got was a spreadsheet,” she said.
Q direct Kirsty Matheson :: “We were told there would be consultation. What we got was a spreadsheet,”
> The Scottish Government ties £145.5m a year in funding for councils to maintaining teacher numbers. A Scottish Government spokesperson said ministers were “disappointed” by the decision and would “engage urgently” with the council on “how it intends to meet its commitments”.
O government Scottish Government
F money £145.5m
O government Scottish Government
Q direct - :: “disappointed”
Q direct - :: “engage urgently”
Q direct - :: “how it intends to meet its commitments”
> Morag Sinclair-Bain, the Scottish Liberal Democrat MSP for Caithness, Sutherland and Ross, said she would raise the cuts at Holyrood’s Education, Children and Young People Committee next week.
P full Morag Sinclair-Bain
L region Caithness, Sutherland and Ross
O government Holyrood
O government Education, Children and Young People Committee
> Teacher numbers in Highland fell from 2,911 in 2033 to 2,804 last year, according to official figures, while the number of primary pupils per teacher rose from 13.4 to 14.1.
L region Highland
F number 2,911
F date 2033
F number 2,804
F number 13.4
F number 14.1
> Conservative group leader Cllr Hamish Urquhart, whose group voted against the package, said the council had spent £4.2m on consultants since 2034 “while telling Struan it can’t afford a head teacher”.
P full Hamish Urquhart
F money £4.2m
F date 2034
Q direct Hamish Urquhart :: “while telling Struan it can’t afford a head teacher”
L city Struan
> The EIS will ballot its Highland members on industrial action later this month. Its last local ballot, over class sizes in 2035, drew a turnout of 61 per cent.
O nonprofit EIS
L region Highland
F date 2035
F percent 61 per cent
'''

ARTICLES['256-jordan-gdp-third-quarter-tourism-fertiliser'] = r'''
> Jordan's economy grows 2.9% in third quarter as tourists return, fertiliser exports rise
L country Jordan
F percent 2.9%
> By Dana Khreisat
P full Dana Khreisat
> December 15, 2036 3:42 PM GMT+3 Updated 2 hours ago
F date December 15, 2036
F time 3:42 PM GMT+3
F duration 2 hours
> Summary
> Growth fastest in three years, beats finance ministry forecast
F duration three years
> Tourism income up 14% in first nine months
F percent 14%
F duration nine months
> Unemployment eases but stays above 20%
F percent 20%
> AMMAN, Dec 15 (Reuters) - Jordan's economy grew 2.9% year-on-year in the third quarter, its fastest pace in three years, as tourists returned to Petra and the Dead Sea and exports of potash and phosphate fertilisers recovered, official data showed on Monday.
L city AMMAN
F date Dec 15
O media Reuters
L country Jordan
F percent 2.9%
F duration three years
L city Petra
L geo Dead Sea
> Growth picked up from a revised 2.3% in the second quarter and beat the 2.6% forecast by the finance ministry, the Department of Statistics (DoS) said. The economy grew 2.1% in 2035.
F percent 2.3%
F percent 2.6%
O government Department of Statistics
O government DoS
F percent 2.1%
F date 2035
> Mining and quarrying grew 11.4%, the fastest of any sector, and hotels and restaurants expanded 8.7%, while construction shrank for a fourth straight quarter, the department said.
F percent 11.4%
F percent 8.7%
> Tourism income rose 14% to 4.12 billion dinars ($5.81 billion) in the first nine months of the year, Central Bank of Jordan (CBJ) data showed, as visitors returned after two years of disruption from conflicts in the region. Arrivals reached 4.6 million, including 1.1 million from Europe and North America.
F percent 14%
F money 4.12 billion dinars
F money $5.81 billion
F duration nine months
O government Central Bank of Jordan
O government CBJ
F duration two years
F number 4.6 million
F number 1.1 million
L continent Europe
L continent North America
> Passenger numbers at Queen Alia International Airport rose 12% to 8.3 million over the same period, and traffic at the King Hussein Bridge, the main crossing to the West Bank, is back to pre-2034 levels.
L facility Queen Alia International Airport
F percent 12%
F number 8.3 million
L facility King Hussein Bridge
L region West Bank
F date 2034
> "The tourists are back, and they are staying longer," said Hala Zureikat, chief economist at Amman-based Levant Capital Partners. "But the growth is narrow. Mines and hotels do not hire enough Jordanians to move the unemployment rate."
Q direct Hala Zureikat :: "The tourists are back, and they are staying longer,"
P full Hala Zureikat
L city Amman
O company Levant Capital Partners
Q direct Hala Zureikat :: "But the growth is narrow. Mines and hotels do not hire enough Jordanians to move the unemployment rate."
> Unemployment eased to 20.6% in the third quarter from 21.4% a year earlier, but was 45.9% among those aged 15 to 24, DoS data showed.
F percent 20.6%
F percent 21.4%
F percent 45.9%
F age 15
F age 24
O government DoS
> Phosphate fertiliser maker Jordan Fertiliser and Chemicals Co (JFC) said last week it expected record exports of 1.4 million tonnes in 2036, up 9% on the year, helped by demand from India, Indonesia and East Africa. Its shares have risen 31% this year on the Amman Stock Exchange, whose main index is up 6.4%.
O company Jordan Fertiliser and Chemicals Co
O company JFC
F quantity 1.4 million tonnes
F date 2036
F percent 9%
L country India
L country Indonesia
L region East Africa
F percent 31%
O company Amman Stock Exchange
F percent 6.4%
> Potash and phosphates make up about a quarter of Jordan's merchandise exports. Shipments through the Red Sea port of Aqaba rose 17% to $2.3 billion in January-October, the Aqaba Development Corporation said.
F fraction a quarter
L country Jordan
L geo Red Sea
L city Aqaba
F percent 17%
F money $2.3 billion
O company Aqaba Development Corporation
> The government expects growth of 2.7% for the full year and 3% in 2037, when the Aqaba-Amman water conveyance project is due to reach its full capacity of 300 million cubic metres a year, according to the draft 2037 budget sent to parliament last month.
F percent 2.7%
F percent 3%
F date 2037
L city Aqaba
L city Amman
F quantity 300 million cubic metres
F date 2037
> A senior finance ministry official, who declined to be named because he was not authorised to speak to the media, said the International Monetary Fund (IMF) was expected to complete its next review of Jordan's programme in February, unlocking about $130 million.
O intergovernmental International Monetary Fund
O intergovernmental IMF
L country Jordan
F money $130 million
> "The numbers give us room, but not much room," the official said. "Every dinar of extra revenue goes to debt service."
Q direct - :: "The numbers give us room, but not much room,"
Q direct - :: "Every dinar of extra revenue goes to debt service."
> Public debt stood at 114.8% of gross domestic product at the end of September, the ministry said. Remittances from Jordanians working abroad, mostly in the Gulf, rose 3.4% to $2.86 billion in the first 10 months.
F percent 114.8%
L region Gulf
F percent 3.4%
F money $2.86 billion
F duration 10 months
> ($1 = 0.7090 dinars)
F money $1
F money 0.7090 dinars
> (Reporting by Dana Khreisat; Editing by Hugh Pemberton-Lowe)
P full Dana Khreisat
P full Hugh Pemberton-Lowe
'''

ARTICLES['257-sachsenring-motogp-qualifying-lanfranchi-pole'] = r'''
> MotoGP
O other MotoGP
> Lanfranchi smashes Sachsenring lap record to take German GP pole
P partial Lanfranchi
L facility Sachsenring
> The Ducati rider edged Honda’s Kaito Mizushima by 0.087s, with Thanawat Srisawat completing the front row for Aprilia
O team Ducati
O team Honda
P full Kaito Mizushima
F duration 0.087s
P full Thanawat Srisawat
O team Aprilia
> By Harriet Coulthwaite
P full Harriet Coulthwaite
> Jul 11, 2037, 11:48 AM
F date Jul 11, 2037
F time 11:48 AM
> Davide Lanfranchi, Ducati Lenovo Team
P full Davide Lanfranchi
O team Ducati Lenovo Team
> Photo by: Gold and Goose / Motorsport Images
O media Gold and Goose
O media Motorsport Images
> Davide Lanfranchi broke the Sachsenring lap record on his final run in Q2 to take pole position for Sunday’s German Grand Prix, edging Honda’s Kaito Mizushima by 0.087 seconds.
P full Davide Lanfranchi
L facility Sachsenring
O team Honda
P full Kaito Mizushima
F duration 0.087 seconds
> The 27-year-old Italian stopped the clock at 1m19.214s, 0.302s inside the record set by his Ducati Lenovo Team team-mate Iñigo Arrieta-Zubiri in 2035, on a track temperature of 41C.
F age 27-year-old
F duration 1m19.214s
F duration 0.302s
O team Ducati Lenovo Team
P full Iñigo Arrieta-Zubiri
F date 2035
F quantity 41C
> Lanfranchi had been only 11th in Friday’s practice, which decides direct entry to Q2, and had to come through Q1. In Q2 he was fastest in all four sectors on his final attempt.
P partial Lanfranchi
F number four
> "Honestly, yesterday I was lost. We changed almost everything on the bike overnight," Lanfranchi told MotoGP.com. "On the last lap I said, OK, no more thinking, just brake late into the Waterfall and pray.
Q direct Davide Lanfranchi :: "Honestly, yesterday I was lost. We changed almost everything on the bike overnight,"
P partial Lanfranchi
O media MotoGP.com
Q direct Davide Lanfranchi :: "On the last lap I said, OK, no more thinking, just brake late into the Waterfall and pray.
L facility Waterfall
> "It is only pole. The points are on Sunday, and over 30 laps the tyres here are a big question."
Q direct Davide Lanfranchi :: "It is only pole. The points are on Sunday, and over 30 laps the tyres here are a big question."
F number 30
> Mizushima, 22, who gave Honda its first podium since 2033 at Mugello last month, led for much of the session before Lanfranchi’s lap.
P partial Mizushima
F age 22
O team Honda
F date 2033
L facility Mugello
P partial Lanfranchi
> "Second is good, but I am a bit angry," Mizushima said. "Davide found something in the last sector, and I still don't know where."
Q direct Kaito Mizushima :: "Second is good, but I am a bit angry,"
P partial Mizushima
Q direct Kaito Mizushima :: "Davide found something in the last sector, and I still don't know where."
P partial Davide
> Srisawat, from Buriram, became the first Thai rider to start from the front row in the premier class and said the result was "for everybody at home who stays up late to watch."
P partial Srisawat
L city Buriram
Q direct Thanawat Srisawat :: "for everybody at home who stays up late to watch."
> Rubén Escandell was fourth for Red Bull KTM Factory Racing ahead of Jesse van Gelder of the VR46 team, with Arrieta-Zubiri sixth.
P full Rubén Escandell
O team Red Bull KTM Factory Racing
P full Jesse van Gelder
O team VR46
P partial Arrieta-Zubiri
> Championship leader Álvaro Quintanilla will start only 10th after crashing on the downhill run to the Waterfall on his first run in Q2. The Gresini Racing rider, who leads the standings by 23 points, was unhurt but lost almost eight minutes waiting for his second bike.
P full Álvaro Quintanilla
L facility Waterfall
O team Gresini Racing
F number 23
F duration eight minutes
> Quintanilla, 29, is chasing a third straight win at the German circuit, where Spanish riders won 11 of the 13 premier-class races held between 2010 and 2023.
P partial Quintanilla
F age 29
F number 11
F number 13
F date 2010
F date 2023
> "I made a mistake, that's all," he said. "From 10th you can still fight here. The race is long."
Q direct Álvaro Quintanilla :: "I made a mistake, that's all,"
Q direct Álvaro Quintanilla :: "From 10th you can still fight here. The race is long."
> Indonesian rookie Arbi Pradana Wicaksono was taken to the medical centre after a crash at 187km/h in Q1 and was later declared fit. LCR Honda said in a statement that he had suffered "bruising to the left shoulder and hip" and would take part in this afternoon’s 15-lap sprint.
P full Arbi Pradana Wicaksono
F quantity 187km/h
O team LCR Honda
Q direct LCR Honda :: "bruising to the left shoulder and hip"
F number 15
> Several riders complained about the harder rear tyre that Michelin brought after track temperatures above 50C here last year. A team manager, who asked not to be named, called the allocation "a lottery".
O company Michelin
F quantity 50C
Q direct - :: "a lottery"
> A crowd of 71,500 watched qualifying at the 3.671km circuit outside Hohenstein-Ernstthal in Saxony.
F number 71,500
F quantity 3.671km
L city Hohenstein-Ernstthal
L region Saxony
> Qualifying top 10:
F number 10
> 1. Davide Lanfranchi (Ducati Lenovo Team) 1m19.214s
P full Davide Lanfranchi
O team Ducati Lenovo Team
F duration 1m19.214s
> 2. Kaito Mizushima (Honda HRC Castrol) 1m19.301s
P full Kaito Mizushima
O team Honda HRC Castrol
F duration 1m19.301s
> 3. Thanawat Srisawat (Aprilia Racing) 1m19.388s
P full Thanawat Srisawat
O team Aprilia Racing
F duration 1m19.388s
> 4. Rubén Escandell (Red Bull KTM Factory Racing) 1m19.402s
P full Rubén Escandell
O team Red Bull KTM Factory Racing
F duration 1m19.402s
> 5. Jesse van Gelder (VR46 Racing Team) 1m19.455s
P full Jesse van Gelder
O team VR46 Racing Team
F duration 1m19.455s
> 6. Iñigo Arrieta-Zubiri (Ducati Lenovo Team) 1m19.538s
P full Iñigo Arrieta-Zubiri
O team Ducati Lenovo Team
F duration 1m19.538s
> 7. Luca Dell'Orto (Monster Energy Yamaha MotoGP) 1m19.560s
P full Luca Dell'Orto
O team Monster Energy Yamaha MotoGP
F duration 1m19.560s
> 8. Théo Marchand-Valois (Trackhouse Racing) 1m19.611s
P full Théo Marchand-Valois
O team Trackhouse Racing
F duration 1m19.611s
> 9. Oskar Wennerholm (Prima Pramac Racing) 1m19.702s
P full Oskar Wennerholm
O team Prima Pramac Racing
F duration 1m19.702s
> 10. Álvaro Quintanilla (Gresini Racing) 1m19.788s
P full Álvaro Quintanilla
O team Gresini Racing
F duration 1m19.788s
'''

ARTICLES['258-vautravers-jura-watchmaker-job-cuts'] = r'''
> Business
> Jura watchmaker Vautravers to cut 230 jobs as sales in China slump
L region Jura
O company Vautravers
F number 230
L country China
> The family-owned maker of mechanical watches and movements will shift part of its production to Ticino and close its plant in Porrentruy.
L region Ticino
L city Porrentruy
> This content was published on 3 February 2037 - 16:05
F date 3 February 2037
F time 16:05
> Keystone-SDA/swissinfo.ch/jdp
O media Keystone-SDA
O media swissinfo.ch
> The Vautravers movement factory in Le Noirmont, in the Franches-Montagnes district of canton Jura. Keystone / Yann Bourquin
O company Vautravers
L city Le Noirmont
L region Franches-Montagnes
L region Jura
O media Keystone
P full Yann Bourquin
> Vautravers SA said on Tuesday it would cut 230 of its 1,140 jobs in Switzerland over the next 18 months, blaming a collapse in demand for mid-priced mechanical watches in China and Hong Kong.
O company Vautravers SA
F number 230
F number 1,140
L country Switzerland
F duration 18 months
L country China
L region Hong Kong
> The company, founded in 1888 in Le Noirmont and still controlled by the founder’s descendants, said 150 of the cuts would fall at its headquarters and movement factory there and 80 at its case and dial plant in Porrentruy, which will close by the end of 2038.
F date 1888
L city Le Noirmont
F number 150
F number 80
L city Porrentruy
F date 2038
> It will move assembly of its entry-level movements to a partner in Mendrisio, in Ticino, and put 180 employees in Le Noirmont on short-time work from March 1.
L city Mendrisio
L region Ticino
F number 180
L city Le Noirmont
F date March 1
> “We have tried for two years to hold on to every job. The market has not come back, and we cannot wait any longer,” chief executive Chantal Gigon-Vautravers said in a statement. Gigon-Vautravers, 57, is the fifth generation of the family to run the company.
Q direct Chantal Gigon-Vautravers :: “We have tried for two years to hold on to every job. The market has not come back, and we cannot wait any longer,”
F duration two years
P full Chantal Gigon-Vautravers
P partial Gigon-Vautravers
F age 57
> Vautravers’ sales fell 19% to CHF286 million ($312 million) in 2036, the company said, with China and Hong Kong accounting for a third of revenue, down from almost half in 2033. It did not disclose a net result.
O company Vautravers
F percent 19%
F money CHF286 million
F money $312 million
F date 2036
L country China
L region Hong Kong
F fraction a third
F fraction half
F date 2033
> Swiss watch exports fell 6.8% to CHF24.1 billion last year, the Federation of the Swiss Watch Industry (FH) said last week. Shipments to China dropped 24% and to Hong Kong 17%, while exports to the United States rose 4%. Watches with an export price of CHF500 to CHF3,000, Vautravers’ core segment, were hit hardest.
F percent 6.8%
F money CHF24.1 billion
O nonprofit Federation of the Swiss Watch Industry
O nonprofit FH
L country China
F percent 24%
L region Hong Kong
F percent 17%
L country United States
F percent 4%
F money CHF500
F money CHF3,000
O company Vautravers
> The Unia trade union, which represents most of the affected workers, said it would demand a social plan and called the decision “a blow to the whole Jura Arc”.
O nonprofit Unia
Q direct Unia :: “a blow to the whole Jura Arc”
L region Jura Arc
> “These are not people who can simply move to Geneva. Many are women in their fifties who have done the same precise work for 30 years,” said Raphaël Jeanbourquin, regional secretary of Unia Transjurane. “Short-time work buys time. It does not buy orders.
Q direct Raphaël Jeanbourquin :: “These are not people who can simply move to Geneva. Many are women in their fifties who have done the same precise work for 30 years,”
L city Geneva
F age fifties
F duration 30 years
P full Raphaël Jeanbourquin
O nonprofit Unia Transjurane
Q direct Raphaël Jeanbourquin :: “Short-time work buys time. It does not buy orders.
> “If Vautravers wants public money for short-time work, it must also keep the know-how here.”
Q direct Raphaël Jeanbourquin :: “If Vautravers wants public money for short-time work, it must also keep the know-how here.”
O company Vautravers
> In Le Noirmont, a village of about 1,900 people where Vautravers is by far the biggest employer, mayor Jacques-André Boillat called the news “un coup dur” – a heavy blow. “Almost every family here has someone who works or has worked at Vautravers,” he told RTS.
L city Le Noirmont
F number 1,900
O company Vautravers
P full Jacques-André Boillat
Q direct Jacques-André Boillat :: “un coup dur”
Q direct Jacques-André Boillat :: “Almost every family here has someone who works or has worked at Vautravers,”
O company Vautravers
O media RTS
> Jura’s economy minister, Nathalie Schaffter-Rérat, said the cantonal government in Delémont would meet the company and the unions next week and would ask the State Secretariat for Economic Affairs (SECO) to approve short-time work “as quickly as possible”.
L region Jura
P full Nathalie Schaffter-Rérat
L city Delémont
O government State Secretariat for Economic Affairs
O government SECO
Q direct Nathalie Schaffter-Rérat :: “as quickly as possible”
> Unemployment in canton Jura stood at 4.6% in January, the highest rate in Switzerland, against a national average of 2.9%, according to SECO.
L region Jura
F percent 4.6%
L country Switzerland
F percent 2.9%
O government SECO
> The watch industry employs about 65,000 people in Switzerland, according to the employers’ association Convention patronale, and a fifth of them are cross-border commuters from France. Most work in the Jura Arc, the mountainous region along the French border that runs from Geneva to Basel, in companies ranging from small family firms to the factories of Swatch Group and Richemont.
F number 65,000
L country Switzerland
O nonprofit Convention patronale
F fraction a fifth
L country France
L region Jura Arc
L city Geneva
L city Basel
O company Swatch Group
O company Richemont
> Vautravers makes about 310,000 movements a year, a third of them for other brands whose watches carry the “Swiss made” label. The 6,500-square-metre Porrentruy plant opened in 1974.
O company Vautravers
F number 310,000
F fraction a third
Q scare - :: “Swiss made”
F quantity 6,500-square-metre
L facility Porrentruy
F date 1974
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
