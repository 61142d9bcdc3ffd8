#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval296 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval296/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1819-royal-infirmary-edinburgh-a-and-e-waiting-record-nhs-lothian-scotsman'] = r'''
> Health
> ‘We waited 14 hours on a trolley’: Royal Infirmary A&E posts worst month on record
Q direct Agnes McIlwraith :: ‘We waited 14 hours on a trolley’
F duration 14 hours
O other Royal Infirmary
> Fewer than half of patients at Edinburgh’s busiest emergency department were seen within four hours in February, new figures show
F fraction half
L city Edinburgh
F duration four hours
> By Fiona Strachan-Bell
P full Fiona Strachan-Bell
> Health Correspondent
> Published 11th Mar 2043, 17:35 GMT
F date 11th Mar 2043
F time 17:35 GMT
> Ambulances queue outside the Royal Infirmary of Edinburgh at Little France. Picture: Calum Rennie
O other Royal Infirmary of Edinburgh
L city Little France
P full Calum Rennie
> Just 46.8 per cent of patients attending the accident and emergency department at the Royal Infirmary of Edinburgh were seen within four hours in February, the lowest figure since weekly records began in 2011, according to Public Health Scotland.
F percent 46.8 per cent
O other Royal Infirmary of Edinburgh
F duration four hours
F date 2011
O government Public Health Scotland
> Of the 7,412 people who came through its doors, 1,093 waited more than 12 hours, up from 611 in January. The Scottish Government’s target is that 95 per cent of patients should be admitted, transferred or discharged within four hours.
F number 7,412
F number 1,093
F duration 12 hours
F number 611
O government Scottish Government
F percent 95 per cent
F duration four hours
> NHS Lothian, which runs the hospital, said the department had been “under extreme and sustained pressure” since the new year, with 118 patients who were medically fit to leave occupying acute beds on a single day last week.
O government NHS Lothian
Q direct NHS Lothian :: “under extreme and sustained pressure”
F number 118
> The health board’s chief executive, Dr Morven Achterlonie, said staff were “doing everything humanly possible”. She added: “Our emergency department was designed for 250 patients a day. On 17 February we saw 341. Nobody should wait 14 hours in a corridor, and I apologise to every patient and family who did.”
P full Morven Achterlonie
Q direct Morven Achterlonie :: “doing everything humanly possible”
Q direct Morven Achterlonie :: “Our emergency department was designed for 250 patients a day. On 17 February we saw 341. Nobody should wait 14 hours in a corridor, and I apologise to every patient and family who did.”
F number 250
F date 17 February
F number 341
F duration 14 hours
> Agnes McIlwraith, 78, from Musselburgh in East Lothian, was taken to the Royal Infirmary after a fall at her home on Eskside West on 3 February. “We waited 14 hours on a trolley in a corridor, my husband and I,” she said. “One of the nurses said to me, ‘You’re the fourth one tonight who’s been here since teatime.’ I don’t blame the staff for a minute.
P full Agnes McIlwraith
F age 78
L city Musselburgh
L region East Lothian
O other Royal Infirmary
L street Eskside West
F date 3 February
Q direct Agnes McIlwraith :: “We waited 14 hours on a trolley in a corridor, my husband and I,”
F duration 14 hours
Q direct Agnes McIlwraith :: “One of the nurses said to me, ‘You’re the fourth one tonight who’s been here since teatime.’ I don’t blame the staff for a minute.
> “It’s the politicians. They keep telling us it’s getting better, and it isn’t. I’m 78 and I’ve never seen it like this.”
Q direct Agnes McIlwraith :: “It’s the politicians. They keep telling us it’s getting better, and it isn’t. I’m 78 and I’ve never seen it like this.”
F age 78
> Scottish Health Secretary Iain Dalgarno-Reid told MSPs at Holyrood that £42 million would be released to open 160 additional beds across Scotland by the end of June, including 36 at Little France.
P full Iain Dalgarno-Reid
O government Holyrood
F money £42 million
F number 160
L country Scotland
F number 36
L city Little France
> “These figures are not acceptable and I will not pretend otherwise,” Mr Dalgarno-Reid said. “The money is there. What we need now is the staff, and we are recruiting.”
Q direct Iain Dalgarno-Reid :: “These figures are not acceptable and I will not pretend otherwise,”
P partial Dalgarno-Reid
Q direct Iain Dalgarno-Reid :: “The money is there. What we need now is the staff, and we are recruiting.”
> Dr Priya Venkataraman-Scott, a health services researcher at the Usher Institute of the University of Edinburgh, said the trolley waits were a symptom of “exit block”, the term clinicians use when patients cannot be moved to a ward because every bed is full.
P full Priya Venkataraman-Scott
O education Usher Institute
O education University of Edinburgh
Q scare - :: “exit block”
> Her team’s analysis of 2.1 million attendances found that patients who waited more than 12 hours were 8 per cent more likely to die within 30 days. “For every 72 such waits there is one extra death,” she said.
F number 2.1 million
F duration 12 hours
F percent 8 per cent
F duration 30 days
Q direct Priya Venkataraman-Scott :: “For every 72 such waits there is one extra death,”
F number 72
F number one
> Opposition parties said the four-hour target had been missed every month since August 2040. Scottish Labour’s health spokesperson called the figures “a scandal”. A senior consultant at the hospital, who asked not to be named, said: “We are running a ward in the corridor. Everyone knows it.”
F duration four-hour
F date August 2040
O party Scottish Labour
Q direct - :: “a scandal”
Q direct - :: “We are running a ward in the corridor. Everyone knows it.”
> The hospital, at 51 Little France Crescent, has 1,004 beds. NHS Lothian said two new assessment units would open in April, adding 48 trolley spaces, and that average waits had fallen by a third in the first week of March.
L address 51 Little France Crescent
F number 1,004
O government NHS Lothian
F number two
F number 48
F fraction a third
'''

ARTICLES['1820-kaarna-networks-5g-contract-sangam-telecom-india-reuters'] = r'''
> Technology
> Finland's Kaarna wins 1.2 billion euro 5G deal from India's Sangam Telecom
L country Finland
O company Kaarna
F money 1.2 billion euro
L country India
O company Sangam Telecom
> By Aino Lehtimäki and Rohan Deshpande-Iyer
P full Aino Lehtimäki
P full Rohan Deshpande-Iyer
> March 4, 2042 9:12 AM GMT+2 Updated 2 hours ago
F date March 4, 2042
F time 9:12 AM GMT+2
F duration 2 hours
> Kaarna Networks' headquarters in Espoo, Finland, February 12, 2042. REUTERS/Lauri Mäkelä-Hovi
O company Kaarna Networks
L city Espoo
L country Finland
F date February 12, 2042
O media REUTERS
P full Lauri Mäkelä-Hovi
> HELSINKI, March 4 (Reuters) - Finnish telecom equipment maker Kaarna Networks has won a contract worth about 1.2 billion euros ($1.3 billion) to supply 5G radio equipment to India's Sangam Telecom, the companies said on Tuesday, its largest order outside Europe.
L city HELSINKI
F date March 4
O media Reuters
O company Kaarna Networks
F money 1.2 billion euros
F money $1.3 billion
L country India
O company Sangam Telecom
L continent Europe
> Under the five-year deal, Kaarna will supply and install about 38,000 base stations in 11 of Sangam's 22 service areas, including Maharashtra, Gujarat and Karnataka, starting in the third quarter of 2042.
F duration five-year
O company Kaarna
F number 38,000
F number 11
O company Sangam
F number 22
L region Maharashtra
L region Gujarat
L region Karnataka
F date 2042
> Sangam, India's fourth-largest mobile operator with 214 million subscribers, plans to spend 610 billion rupees ($7.3 billion) on its network by March 2045.
O company Sangam
L country India
F number 214 million
F money 610 billion rupees
F money $7.3 billion
F date March 2045
> "We wanted a partner that could move at Indian speed," Sangam's chief technology officer, Meenakshi Raghunathan, told Reuters in Mumbai. "Kaarna agreed to build 40% of the radios at a plant in Chennai, and that mattered to us."
Q direct Meenakshi Raghunathan :: "We wanted a partner that could move at Indian speed,"
O company Sangam
P full Meenakshi Raghunathan
O media Reuters
L city Mumbai
Q direct Meenakshi Raghunathan :: "Kaarna agreed to build 40% of the radios at a plant in Chennai, and that mattered to us."
O company Kaarna
F percent 40%
L city Chennai
> She said the first 2,500 sites would go live in Pune and Ahmedabad within nine months and that the rollout would lift Sangam's average download speeds "by at least half."
F number 2,500
L city Pune
L city Ahmedabad
F duration nine months
O company Sangam
Q direct Meenakshi Raghunathan :: "by at least half."
F fraction half
> Kaarna Chief Executive Juhani Vesterlund said the order would add roughly 3 percentage points to the company's sales growth in 2043. "India is the market everyone wants and nobody finds easy," he said in a statement. "We have been patient for six years. This is what patience looks like."
O company Kaarna
P full Juhani Vesterlund
F percent 3 percentage points
F date 2043
Q direct Juhani Vesterlund :: "India is the market everyone wants and nobody finds easy,"
L country India
Q direct Juhani Vesterlund :: "We have been patient for six years. This is what patience looks like."
F duration six years
> Shares in Kaarna rose 7.8% to 14.62 euros in Helsinki by 1015 GMT, their biggest one-day gain since October 2040. The stock has lost nearly a third of its value over the past 12 months as European operators cut spending.
O company Kaarna
F percent 7.8%
F money 14.62 euros
L city Helsinki
F time 1015 GMT
F duration one-day
F date October 2040
F fraction a third
F duration 12 months
> "It's a good contract, not a transformational one," said Elina Saarikoski-Berg, an analyst at Haapa Bank in Helsinki, who put the margin on the deal at 9 to 11 percent because of the "aggressive" pricing needed to win it.
Q direct Elina Saarikoski-Berg :: "It's a good contract, not a transformational one,"
P full Elina Saarikoski-Berg
O company Haapa Bank
L city Helsinki
F percent 9
F percent 11 percent
Q direct Elina Saarikoski-Berg :: "aggressive"
> "The Chennai factory is the clever part. It gets them around the 'trusted source' rules and gives them a base for Bangladesh and Sri Lanka," she said.
Q direct Elina Saarikoski-Berg :: "The Chennai factory is the clever part. It gets them around the 'trusted source' rules and gives them a base for Bangladesh and Sri Lanka,"
L city Chennai
L country Bangladesh
L country Sri Lanka
> India's Department of Telecommunications (DoT) requires operators to buy network gear from vendors it has approved as trusted. Kaarna received that status in January, according to a DoT filing.
L country India
O government Department of Telecommunications
O government DoT
O company Kaarna
O government DoT
> Sangam picked Kaarna over two rivals, according to two people familiar with the tender. One of them said the Finnish firm's bid was about 12% below the next-lowest offer. "They wanted this very badly," the person said.
O company Sangam
O company Kaarna
F number two
F number two
F percent 12%
Q direct - :: "They wanted this very badly,"
> The deal is Kaarna's second in Asia this year, after a 310 million euro order from an Indonesian operator in February. Kaarna, based in Espoo near Helsinki, employs about 17,400 people in 31 countries.
O company Kaarna
L continent Asia
F money 310 million euro
O company Kaarna
L city Espoo
L city Helsinki
F number 17,400
F number 31
> ($1 = 0.9231 euros)
F money $1
F money 0.9231 euros
> ($1 = 83.52 Indian rupees)
F money $1
F money 83.52 Indian rupees
> Reporting by Aino Lehtimäki in Helsinki and Rohan Deshpande-Iyer in Mumbai; Editing by Tomasz Wrzesiński
P full Aino Lehtimäki
L city Helsinki
P full Rohan Deshpande-Iyer
L city Mumbai
P full Tomasz Wrzesiński
'''

ARTICLES['1821-cowboys-beat-eagles-att-stadium-okafor-three-touchdowns-espn'] = r'''
> NFL
O other NFL
> Okafor Throws 3 TDs, Hallorann Kicks Winner as Cowboys Edge Eagles 27-24
P partial Okafor
F number 3
P partial Hallorann
O team Cowboys
O team Eagles
F score 27-24
> Desmond Ayers-Whitlock, ESPN Staff Writer
P full Desmond Ayers-Whitlock
O media ESPN
> Nov 26, 2043, 08:14 PM ET
F date Nov 26, 2043
F time 08:14 PM ET
> Cowboys quarterback Marcus Okafor celebrates a touchdown against the Eagles in the second quarter at AT&T Stadium. Tom Pennington-Shaw/Getty Images
O team Cowboys
P full Marcus Okafor
O team Eagles
L facility AT&T Stadium
P full Tom Pennington-Shaw
O company Getty Images
> ARLINGTON, Texas -- Marcus Okafor spent most of Thanksgiving week hearing about the last time he faced the Philadelphia Eagles. On Thursday, the Dallas Cowboys rookie made sure nobody will bring it up again.
L city ARLINGTON
L region Texas
P full Marcus Okafor
O team Philadelphia Eagles
O team Dallas Cowboys
> Okafor threw for 312 yards and three touchdowns, Brett Hallorann kicked a 52-yard field goal with four seconds left, and Dallas held on for a 27-24 win in front of 93,418 at AT&T Stadium.
P partial Okafor
F quantity 312 yards
F number three
P full Brett Hallorann
F quantity 52-yard
F duration four seconds
O team Dallas
F score 27-24
F number 93,418
L facility AT&T Stadium
> The Cowboys (8-4) have won four straight and pulled within a game of Philadelphia (9-3) in the NFC East. The Eagles had won seven of the previous eight meetings.
O team Cowboys
F score 8-4
F number four
O team Philadelphia
F score 9-3
O other NFC East
O team Eagles
F number seven
F number eight
> "I told the guys in the huddle, 'Nobody panics, we just go get 3,'" Okafor said. "We had 1:10 and two timeouts. That's a lot of time in this league."
Q direct Marcus Okafor :: "I told the guys in the huddle, 'Nobody panics, we just go get 3,'"
F number 3
P partial Okafor
Q direct Marcus Okafor :: "We had 1:10 and two timeouts. That's a lot of time in this league."
F time 1:10
F number two
> Okafor, 23, completed 24 of 33 passes and found wide receiver Tre'Von Castellanos for touchdowns of 41 and 9 yards. Castellanos, whom teammates have taken to calling "the Mailman," finished with eight catches for 137 yards.
P partial Okafor
F age 23
F number 24
F number 33
P full Tre'Von Castellanos
F quantity 41
F quantity 9 yards
P partial Castellanos
Q scare - :: "the Mailman,"
F number eight
F quantity 137 yards
> Philadelphia erased a 17-3 halftime deficit behind quarterback Caleb Szymanski, who ran for one touchdown and threw for another, and tied the game at 24 on Ruben Achterberg's 38-yard field goal with 1:10 to play.
O team Philadelphia
F score 17-3
P full Caleb Szymanski
F number one
F score 24
P full Ruben Achterberg
F quantity 38-yard
F time 1:10
> Okafor then hit Castellanos for 19 yards and tight end Dorian Pettway-Hughes for 21 yards to set up Hallorann, who had missed from 47 yards in the third quarter.
P partial Okafor
P partial Castellanos
F quantity 19 yards
P full Dorian Pettway-Hughes
F quantity 21 yards
P partial Hallorann
F quantity 47 yards
> "He's ice," Cowboys coach Dale Brockington said. "We've asked a 23-year-old to carry a lot, and he hasn't blinked once."
Q direct Dale Brockington :: "He's ice,"
O team Cowboys
P full Dale Brockington
Q direct Dale Brockington :: "We've asked a 23-year-old to carry a lot, and he hasn't blinked once."
F age 23-year-old
> The Dallas defense sacked Szymanski five times, two of them by linebacker Amari Tuilagi-Ross, and held Philadelphia to 3 of 12 on third down. Szymanski finished 21 of 35 for 254 yards with an interception and was limping after a late hit in the fourth quarter.
O team Dallas
P partial Szymanski
F number five
F number two
P full Amari Tuilagi-Ross
O team Philadelphia
F number 3
F number 12
P partial Szymanski
F number 21
F number 35
F quantity 254 yards
> Eagles coach Howard Lindqvist was less forgiving of his team's first half. "You can't spot a good team 14 points on the road and expect a Thanksgiving miracle," he said. "We played 30 minutes of good football. That's half a game."
O team Eagles
P full Howard Lindqvist
Q direct Howard Lindqvist :: "You can't spot a good team 14 points on the road and expect a Thanksgiving miracle,"
F number 14
Q direct Howard Lindqvist :: "We played 30 minutes of good football. That's half a game."
F duration 30 minutes
F fraction half
> An Eagles assistant, speaking on condition of anonymity, called the officiating on the late hit "a joke." The NFL did not comment, and Lindqvist said only that Szymanski would "be fine by next week."
O team Eagles
Q direct - :: "a joke."
O other NFL
P partial Lindqvist
P partial Szymanski
Q direct Howard Lindqvist :: "be fine by next week."
> Hallorann, who signed with Dallas in October after being cut by two other teams, has made 19 of 22 attempts this season, including all five from beyond 50 yards.
P partial Hallorann
O team Dallas
F number two
F number 19
F number 22
F number five
F quantity 50 yards
> Dallas visits the New York Giants on Dec. 6. Philadelphia hosts Washington on Dec. 7.
O team Dallas
O team New York Giants
F date Dec. 6
O team Philadelphia
O team Washington
F date Dec. 7
'''

ARTICLES['1822-crypto-scam-mastermind-jailed-high-court-tampines-victim-straits-times'] = r'''
> Singapore
L country Singapore
> Man jailed 9 years for $14.6m crypto scam that cheated 312 victims
F duration 9 years
F money $14.6m
F number 312
> High Court judge calls the fake trading platform “cruel by design”
O government High Court
Q direct Clement Toh :: “cruel by design”
> Selina Koh
P full Selina Koh
> Court Correspondent
> UPDATED Jun 18, 2041, 06:40 PM
F date Jun 18, 2041
F time 06:40 PM
> Darren Quek Jun Hao leaving the Supreme Court on June 18. ST PHOTO: ALVIN CHIA WEN HAO
P full Darren Quek Jun Hao
L facility Supreme Court
F date June 18
O media ST
P full ALVIN CHIA WEN HAO
> SINGAPORE – A 38-year-old man who ran a fake cryptocurrency trading platform that cheated 312 people of $14.6 million was sentenced to nine years and four months’ jail on June 18.
L country SINGAPORE
F age 38-year-old
F number 312
F money $14.6 million
F duration nine years
F duration four months
F date June 18
> Darren Quek Jun Hao pleaded guilty in the High Court to 12 charges of cheating and money laundering, with another 47 charges taken into consideration for sentencing.
P full Darren Quek Jun Hao
O government High Court
F number 12
F number 47
> Between March 2038 and August 2039, Quek and two accomplices ran a website and mobile app called “NovaBit” that promised returns of 3 per cent a week from automated bitcoin trading, the court heard. They paid so-called “money mules” $500 each to open bank accounts.
F date March 2038
F date August 2039
P partial Quek
F number two
Q scare - :: “NovaBit”
F percent 3 per cent
Q scare - :: “money mules”
F money $500
> Deputy Public Prosecutor Nur Syafiqah Rahmat said the platform showed victims fake profits to persuade them to invest more. Most were recruited through Facebook and Telegram groups, and about half were aged 55 or older.
P full Nur Syafiqah Rahmat
O company Facebook
O company Telegram
F fraction half
F age 55
> “This was not an impulsive crime. It was a business, with scripts, targets and a payroll,” she said, asking for a sentence of at least 10 years.
Q direct Nur Syafiqah Rahmat :: “This was not an impulsive crime. It was a business, with scripts, targets and a payroll,”
F duration 10 years
> A victim, Mr Goh Seng Huat, 67, a retired bus driver from Tampines, lost $412,000, almost all of his retirement savings. In a victim impact statement read in court, he wrote: “Every morning I checked the app and saw my money growing. My wife said, ‘Too good to be true,’ but I did not listen.
P full Goh Seng Huat
F age 67
L city Tampines
F money $412,000
Q direct Goh Seng Huat :: “Every morning I checked the app and saw my money growing. My wife said, ‘Too good to be true,’ but I did not listen.
> “Now we have nothing left for our old age, and I cannot look at my three children.”
Q direct Goh Seng Huat :: “Now we have nothing left for our old age, and I cannot look at my three children.”
F number three
> In sentencing, Justice Clement Toh said the scheme was “cruel by design”, noting that Quek had moved $9.2 million through 14 bank accounts in Malaysia, Hong Kong and the Cayman Islands within days of receiving it.
P full Clement Toh
Q direct Clement Toh :: “cruel by design”
P partial Quek
F money $9.2 million
F number 14
L country Malaysia
L region Hong Kong
L region Cayman Islands
> “The victims were chosen because they were trusting. The harm here is not only financial,” the judge said. He ordered that $2.3 million seized by the Singapore Police Force be returned to victims in proportion to their losses.
Q direct Clement Toh :: “The victims were chosen because they were trusting. The harm here is not only financial,”
F money $2.3 million
O government Singapore Police Force
> Quek’s lawyer, Mr Arvind Palaniappan, had argued for seven years, saying his client was “a small cog” who took orders from a man in Cambodia. Justice Toh rejected that, noting that Quek had personally kept about $3.1 million.
P partial Quek
P full Arvind Palaniappan
F duration seven years
Q direct Arvind Palaniappan :: “a small cog”
L country Cambodia
P partial Toh
P partial Quek
F money $3.1 million
> The Monetary Authority of Singapore (MAS) said in response to queries that it had flagged the website in October 2038. “Members of the public should be wary of any platform promising guaranteed high returns,” an MAS spokeswoman said.
O government Monetary Authority of Singapore
O government MAS
F date October 2038
Q direct - :: “Members of the public should be wary of any platform promising guaranteed high returns,”
O government MAS
> Scam victims in Singapore lost $651.8 million in 2040, up 9.4 per cent from a year earlier, with investment scams making up about a third of the total, according to police figures.
L country Singapore
F money $651.8 million
F date 2040
F percent 9.4 per cent
F fraction a third
> Quek’s two accomplices, aged 29 and 33, were sentenced in March to four years and five years respectively. His sentence was backdated to Sept 2, 2039, the day he was arrested at a condominium in Bedok.
P partial Quek
F number two
F age 29
F age 33
F duration four years
F duration five years
F date Sept 2, 2039
L city Bedok
'''

ARTICLES['1823-blizzard-closes-interstate-94-western-minnesota-alexandria-mndot-star-tribune'] = r'''
> Weather
> Blizzard shuts I-94 from Moorhead to St. Cloud, stranding hundreds of drivers
L street I-94
L city Moorhead
L city St. Cloud
> Up to 18 inches of snow and 60 mph gusts left truckers stuck for hours near Alexandria; MnDOT says the freeway may not reopen before Saturday.
F quantity 18 inches
F quantity 60 mph
L city Alexandria
O government MnDOT
> By Kari Lindahl-Ostrom
P full Kari Lindahl-Ostrom
> January 14, 2044 — 7:22PM
F date January 14, 2044
F time 7:22PM
> A MnDOT plow works on westbound Interstate 94 near Alexandria on Thursday. (Erik Sundquist/The Minnesota Star Tribune)
O government MnDOT
L street Interstate 94
L city Alexandria
P full Erik Sundquist
O media The Minnesota Star Tribune
> ALEXANDRIA, Minn. — A blizzard closed Interstate 94 across western Minnesota on Thursday, shutting 142 miles of freeway between Moorhead and St. Cloud and leaving hundreds of motorists and truckers stranded.
L city ALEXANDRIA
L region Minn.
L street Interstate 94
L region Minnesota
F quantity 142 miles
L city Moorhead
L city St. Cloud
> The Minnesota Department of Transportation (MnDOT) pulled its plows off the road at 2:30 p.m. after two of them were struck by cars, and the State Patrol closed the gates at every on-ramp from the North Dakota border east to Clearwater.
O government Minnesota Department of Transportation
O government MnDOT
F time 2:30 p.m.
F number two
O government State Patrol
L region North Dakota
L city Clearwater
> “It’s not safe for anyone, including our crews,” MnDOT Commissioner Renata Oyelaran-Fisk said in St. Paul. “When you can’t see the hood of your own truck, you don’t plow. We will reopen when the wind lets us, not before.”
Q direct Renata Oyelaran-Fisk :: “It’s not safe for anyone, including our crews,”
O government MnDOT
P full Renata Oyelaran-Fisk
L city St. Paul
Q direct Renata Oyelaran-Fisk :: “When you can’t see the hood of your own truck, you don’t plow. We will reopen when the wind lets us, not before.”
> The National Weather Service said 14 to 18 inches of snow had fallen from Fergus Falls to Sauk Centre by 5 p.m., with gusts of 55 to 60 mph piling drifts 8 feet high along the Red River Valley. Temperatures were forecast to fall to minus 22 degrees overnight, with wind chills near minus 45.
O government National Weather Service
F quantity 14
F quantity 18 inches
L city Fergus Falls
L city Sauk Centre
F time 5 p.m.
F quantity 55
F quantity 60 mph
F quantity 8 feet
L geo Red River Valley
F quantity minus 22 degrees
F quantity minus 45
> “This is a ground blizzard on top of a real snowstorm, which is the worst combination we get,” said Dana Whitcomb-Arneson, a meteorologist at the weather service’s office in Chanhassen. “Even after the snow stops around midnight, the wind will keep moving it for 12 to 18 hours.”
Q direct Dana Whitcomb-Arneson :: “This is a ground blizzard on top of a real snowstorm, which is the worst combination we get,”
P full Dana Whitcomb-Arneson
L city Chanhassen
Q direct Dana Whitcomb-Arneson :: “Even after the snow stops around midnight, the wind will keep moving it for 12 to 18 hours.”
F duration 12
F duration 18 hours
> Trucker Luis Echeverria-Lunde, 51, of Fargo, N.D., had been parked on the shoulder near the Alexandria exit for more than six hours, hauling 40,000 pounds of frozen pizza to Chicago in what he called “a white wall.”
P full Luis Echeverria-Lunde
F age 51
L city Fargo
L region N.D.
L city Alexandria
F duration six hours
F quantity 40,000 pounds
L city Chicago
Q direct Luis Echeverria-Lunde :: “a white wall.”
> “I’ve been driving this road for 22 years and I’ve never seen it close this fast,” he said by phone. “At noon it was flurries. By 1 o’clock I couldn’t see the truck in front of me, and it was maybe 30 feet away.
Q direct Luis Echeverria-Lunde :: “I’ve been driving this road for 22 years and I’ve never seen it close this fast,”
F duration 22 years
Q direct Luis Echeverria-Lunde :: “At noon it was flurries. By 1 o’clock I couldn’t see the truck in front of me, and it was maybe 30 feet away.
F time 1 o’clock
F quantity 30 feet
> “A deputy came by at 4 p.m. and said, ‘Stay put, keep the engine running and crack a window.’ So that’s what I’m doing.”
Q direct Luis Echeverria-Lunde :: “A deputy came by at 4 p.m. and said, ‘Stay put, keep the engine running and crack a window.’ So that’s what I’m doing.”
F time 4 p.m.
> The Douglas County Sheriff’s Office opened warming shelters at Alexandria Area High School and the Runestone Community Center, where about 150 people spent the night near frozen Lake Winona, a spokesman said.
O government Douglas County Sheriff’s Office
L facility Alexandria Area High School
L facility Runestone Community Center
F number 150
L geo Lake Winona
> Tamsin Okonjo-Berg, a spokeswoman for the governor, said the Minnesota National Guard would send 40 soldiers and 12 Humvees to clear stranded cars. “The governor’s message is simple: If you don’t have to travel, don’t,” she said.
P full Tamsin Okonjo-Berg
O government Minnesota National Guard
F number 40
F number 12
Q direct Tamsin Okonjo-Berg :: “The governor’s message is simple: If you don’t have to travel, don’t,”
> Schools were closed Friday in Alexandria, Fergus Falls and Willmar. Xcel Energy reported about 6,200 customers without power, most of them around Morris and Benson.
L city Alexandria
L city Fergus Falls
L city Willmar
O company Xcel Energy
F number 6,200
L city Morris
L city Benson
> A MnDOT plow driver, who asked not to be named, said: “We had cars passing us on the right at 50 mph. People just don’t listen.”
O government MnDOT
Q direct - :: “We had cars passing us on the right at 50 mph. People just don’t listen.”
F quantity 50 mph
> The whole stretch of I-94 was last closed in March 2039, for 31 hours. MnDOT said Friday it would reopen lanes west from St. Cloud first and expected all 142 miles to be open by 6 a.m. Saturday at the earliest. Updates are posted at 511mn.org.
L street I-94
F date March 2039
F duration 31 hours
O government MnDOT
L city St. Cloud
F quantity 142 miles
F time 6 a.m.
'''

ARTICLES['1824-louvre-staff-strike-visitor-cap-paris-cgt-france-24'] = r'''
> France
L country France
> Louvre shuts its doors as staff strike over ‘unbearable’ crowds
O other Louvre
Q direct Karim Belkacem-Roux :: ‘unbearable’
> Paris's most-visited museum stayed closed for a second day on Tuesday as unions demanded the daily visitor cap be cut from 30,000 to 22,000, saying staff numbers have fallen by 12 percent since 2038.
L city Paris
F number 30,000
F number 22,000
F percent 12 percent
F date 2038
> Issued on: 17/03/2043 - 14:26 Modified: 17/03/2043 - 18:02
F date 17/03/2043
F time 14:26
F date 17/03/2043
F time 18:02
> Text by: FRANCE 24
O media FRANCE 24
> Visitors wait outside the closed Louvre Pyramid in Paris on March 17, 2043. © Hugo Delmas-Ferrand, AFP
L facility Louvre Pyramid
L city Paris
F date March 17, 2043
P full Hugo Delmas-Ferrand
O media AFP
> The Louvre stayed shut on Tuesday for a second straight day as guards, cashiers and guides walked out over crowding at the world's most-visited museum. An estimated 44,000 ticket holders have been turned away since Monday.
O other Louvre
F number 44,000
> The strike was called by the CGT and two other unions after management rejected their demand to lower the daily cap on visitors from 30,000 to 22,000 and to hire 200 more security staff. Since 2039 visitors have had to book so-called “time slots” online.
O nonprofit CGT
F number two
F number 30,000
F number 22,000
F number 200
F date 2039
Q scare - :: “time slots”
> “We are not machines. On a normal day one guard watches over three rooms, and 4,000 people an hour walk past the Mona Lisa,” said Karim Belkacem-Roux, the CGT representative for Louvre staff. “Colleagues faint. Visitors faint. It is unbearable, and management knows it.”
Q direct Karim Belkacem-Roux :: “We are not machines. On a normal day one guard watches over three rooms, and 4,000 people an hour walk past the Mona Lisa,”
F number one
F number three
F number 4,000
P full Karim Belkacem-Roux
O nonprofit CGT
O other Louvre
Q direct Karim Belkacem-Roux :: “Colleagues faint. Visitors faint. It is unbearable, and management knows it.”
> The Louvre's president-director, Hélène Marchetti-Vautrin, said the museum had already lowered the cap from 35,000 in 2041 and was spending €18 million on a new entrance beneath the Pyramid, due to open in 2045. “The Louvre belongs to the whole world. We cannot close the door on half of it,” she said.
O other Louvre
P full Hélène Marchetti-Vautrin
F number 35,000
F date 2041
F money €18 million
L facility Pyramid
F date 2045
Q direct Hélène Marchetti-Vautrin :: “The Louvre belongs to the whole world. We cannot close the door on half of it,”
O other Louvre
F fraction half
> The museum received 9.1 million visitors in 2042, 78 percent of them from abroad. Tourism in the Île-de-France region brings in €22 billion a year, according to the regional tourism committee.
F number 9.1 million
F date 2042
F percent 78 percent
L region Île-de-France
F money €22 billion
> Outside on the Rue de Rivoli, Camille Fournier-Aubry, 34, who had come up from Lyon with her two children on the 07:04 train, said she had booked six weeks in advance. “My son kept asking, ‘Is the Louvre sick?’ I didn’t know what to tell him,” she said. “Our train home is at 20:15, so that’s it for this trip.”
L street Rue de Rivoli
P full Camille Fournier-Aubry
F age 34
L city Lyon
F number two
F time 07:04
F duration six weeks
Q direct Camille Fournier-Aubry :: “My son kept asking, ‘Is the Louvre sick?’ I didn’t know what to tell him,”
O other Louvre
Q direct Camille Fournier-Aubry :: “Our train home is at 20:15, so that’s it for this trip.”
F time 20:15
> France's Ministry of Culture said it was “following the situation closely”. Its director-general for heritage, Bertrand Lecomte-Saulnier, called for talks on Wednesday and warned that a cap of 22,000 “would cost the museum around €40 million a year” in lost ticket sales, money the state would have to find.
L country France
O government Ministry of Culture
Q direct Ministry of Culture :: “following the situation closely”
P full Bertrand Lecomte-Saulnier
F number 22,000
Q direct Bertrand Lecomte-Saulnier :: “would cost the museum around €40 million a year”
F money €40 million
> A senior curator, who asked not to be named, told FRANCE 24 that the dispute had been “ten years in the making”. “These galleries were built for kings, not for 30,000 people a day,” she said.
O media FRANCE 24
Q direct - :: “ten years in the making”
F duration ten years
Q direct - :: “These galleries were built for kings, not for 30,000 people a day,”
F number 30,000
> The unions will vote at 10am on Wednesday on whether to extend the strike. The Musée d'Orsay and the Centre Pompidou opened as normal, while queues at the Eiffel Tower and along the Seine were 40 percent longer than usual, police said.
F time 10am
O other Musée d'Orsay
O other Centre Pompidou
L facility Eiffel Tower
L geo Seine
F percent 40 percent
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
