#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval250 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval250/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1543-seoul-late-night-bus-routes-subway-hours-gangnam-korail-korea-herald'] = r'''
> National
> Seoul adds 14 late-night bus routes as subway closes earlier
L city Seoul
F number 14
> City to spend W38.6b a year on night buses after Korail, Seoul Metro cut service by 30 minutes
F money W38.6b
O company Korail
O company Seoul Metro
F duration 30 minutes
> By Park Ji-won
P full Park Ji-won
> Published : Apr 7, 2041 - 15:12 Updated : Apr 7, 2041 - 18:40
F date Apr 7, 2041
F time 15:12
F date Apr 7, 2041
F time 18:40
> A late-night bus waits for passengers near Gangnam Station in Seoul's Gangnam-gu on Friday. (Seoul Metropolitan Government)
L facility Gangnam Station
L city Seoul
L region Gangnam-gu
O government Seoul Metropolitan Government
> The Seoul Metropolitan Government will add 14 late-night bus routes and put 212 more buses on the road from May 1, after the capital's two subway operators agreed to end most train services at 12:30 a.m. instead of 1 a.m., city officials said Monday.
O government Seoul Metropolitan Government
F number 14
F number 212
F date May 1
F number two
F time 12:30 a.m.
F time 1 a.m.
> The change, approved by the Ministry of Land, Infrastructure and Transport in March, cuts the operating day of Seoul Metro and of the Korea Railroad Corporation's commuter lines in the capital area by 30 to 40 minutes.
O government Ministry of Land, Infrastructure and Transport
O company Seoul Metro
O company Korea Railroad Corporation
F duration 30
F duration 40 minutes
> Operators say the later hours leave too little time for track work. Kang Min-jae, head of metropolitan operations at Korail, said maintenance crews now had "barely three hours" a night to inspect rails, a window the new timetable widens to three and a half hours.
P full Kang Min-jae
O company Korail
F duration three hours
F duration three and a half hours
Q direct Kang Min-jae :: "barely three hours"
> "We cannot ask people who finish work at 1 a.m. to walk home," said Choi Seung-hoon, director of the city's Transportation Policy Bureau. "The night bus network has to be there the moment the last train leaves."
Q direct Choi Seung-hoon :: "We cannot ask people who finish work at 1 a.m. to walk home,"
F time 1 a.m.
P full Choi Seung-hoon
O government Transportation Policy Bureau
Q direct Choi Seung-hoon :: "The night bus network has to be there the moment the last train leaves."
> The new routes join the so-called "Owl Bus" network, which began with two lines in 2013, and will run every 15 to 25 minutes between 12:10 a.m. and 5 a.m.
Q scare - :: "Owl Bus"
F number two
F date 2013
F duration 15
F duration 25 minutes
F time 12:10 a.m.
F time 5 a.m.
> Choi said the routes, costing W38.6 billion ($28.1 million) a year, were drawn from transit card data showing about 41,000 passengers leaving subway stations after 12:30 a.m. on an average weeknight. Nearly half of them head for Gangnam-gu, Seocho-gu, Mapo-gu or Yeongdeungpo-gu, he said.
P partial Choi
F money W38.6 billion
F money $28.1 million
F number 41,000
F time 12:30 a.m.
F fraction half
L region Gangnam-gu
L region Seocho-gu
L region Mapo-gu
L region Yeongdeungpo-gu
> The busiest of the new lines will run from Hongik University Station along Yanghwa-ro and Teheran-ro to Jamsil, a 27-kilometer trip the city expects to take 52 minutes at night.
L facility Hongik University Station
L street Yanghwa-ro
L street Teheran-ro
L city Jamsil
F quantity 27-kilometer
F duration 52 minutes
> For commuters such as Lee Ha-eun, 29, who works the late shift at a convenience store in Yeoksam-dong, the change is mixed news.
P full Lee Ha-eun
F age 29
L city Yeoksam-dong
> "My last train used to leave at 12:48. Now I will have to take the bus, and that takes twice as long," she said. "My manager told me, 'Just leave 10 minutes early,' but the store does not close early."
Q direct Lee Ha-eun :: "My last train used to leave at 12:48. Now I will have to take the bus, and that takes twice as long,"
F time 12:48
Q direct Lee Ha-eun :: "My manager told me, 'Just leave 10 minutes early,' but the store does not close early."
F duration 10 minutes
> Taxi drivers are less pleased. The Seoul Private Taxi Union said the extra buses would take "at least 20 percent" of members' late-night fares and asked the city to raise the night surcharge from 20 percent to 40 percent.
O nonprofit Seoul Private Taxi Union
F percent 20 percent
F percent 20 percent
F percent 40 percent
Q direct Seoul Private Taxi Union :: "at least 20 percent"
> A city official, who asked not to be named because talks with the union were ongoing, said a fare change was "not on the table this year."
Q direct - :: "not on the table this year."
> Korail said it would add one late train on Friday nights on the Gyeongui-Jungang Line during a six-month trial. The city will review night bus ridership after six months, Choi said.
O company Korail
F number one
L facility Gyeongui-Jungang Line
F duration six-month
F duration six months
P partial Choi
> (jwpark@heraldcorp.com)
'''

ARTICLES['1544-nottaway-river-dam-approval-cree-nation-agreement-hydro-quebec-canadian-press'] = r'''
> Canada
L country Canada
> Quebec approves $9.8-billion Nottaway River dam after Cree deal
L region Quebec
F money $9.8-billion
L geo Nottaway River
> Hydro-Québec says the 1,250-megawatt Kaapsiskw station will deliver its first power in 2044
O company Hydro-Québec
F quantity 1,250-megawatt
L facility Kaapsiskw
F date 2044
> By Marie-Ève Tremblay-Nadeau
P full Marie-Ève Tremblay-Nadeau
> The Canadian Press
O media Canadian Press
> Posted March 12, 2041 11:05 am EDT
F date March 12, 2041
F time 11:05 am EDT
> Survey stakes mark the planned dam site on the Nottaway River south of Waskaganish, Que., on Feb. 20, 2041. THE CANADIAN PRESS/Jacques-Olivier Boivin
L geo Nottaway River
L city Waskaganish
L region Que.
F date Feb. 20, 2041
O media THE CANADIAN PRESS
P full Jacques-Olivier Boivin
> MONTREAL — Quebec's cabinet approved Hydro-Québec's $9.8-billion Kaapsiskw hydroelectric station on the Nottaway River on Wednesday, clearing the way for the utility's biggest dam in two decades after the Cree Nation Government signed a benefits agreement last month.
L city MONTREAL
L region Quebec
O company Hydro-Québec
F money $9.8-billion
L facility Kaapsiskw
L geo Nottaway River
F duration two decades
O government Cree Nation Government
> The 1,250-megawatt station, to be built about 130 kilometres east of Waskaganish in the Eeyou Istchee territory of northern Quebec, would flood roughly 212 square kilometres of boreal forest and produce enough power for 560,000 homes, the utility said.
F quantity 1,250-megawatt
F quantity 130 kilometres
L city Waskaganish
L region Eeyou Istchee
L region Quebec
F quantity 212 square kilometres
F number 560,000
> Hydro-Québec CEO Nathalie Bergeron-Lapointe called the approval "a turning point" in the province's plan to add 9,000 megawatts of capacity by 2044.
O company Hydro-Québec
P full Nathalie Bergeron-Lapointe
F quantity 9,000 megawatts
F date 2044
Q direct Nathalie Bergeron-Lapointe :: "a turning point"
> "This is not a project we are building on Cree land. It is a project we are building with the Cree," Bergeron-Lapointe told reporters in Montreal.
Q direct Nathalie Bergeron-Lapointe :: "This is not a project we are building on Cree land. It is a project we are building with the Cree,"
P partial Bergeron-Lapointe
L city Montreal
> Under the agreement, the Cree Nation Government will take a 25 per cent stake in the station and receive $74 million a year for 50 years, plus $310 million in contracts during the seven-year construction.
O government Cree Nation Government
F percent 25 per cent
F money $74 million
F duration 50 years
F money $310 million
F duration seven-year
> Grand Chief Samuel Wapachee-Moar of the Grand Council of the Crees said the deal followed 14 months of talks and two rounds of community votes, with nine of the 10 Cree communities voting in favour.
P full Samuel Wapachee-Moar
O government Grand Council of the Crees
F duration 14 months
F number two
F number nine
F number 10
> "Our grandparents watched the rivers change without anyone asking them. This time the question was asked, and our people answered it in our own way, village by village.
Q direct Samuel Wapachee-Moar :: "Our grandparents watched the rivers change without anyone asking them. This time the question was asked, and our people answered it in our own way, village by village.
> "We will watch every kilometre of that reservoir, and if the mercury comes back into the fish, we will say so," he said.
Q direct Samuel Wapachee-Moar :: "We will watch every kilometre of that reservoir, and if the mercury comes back into the fish, we will say so,"
> Not everyone is convinced. Rivières Vivantes Québec, a Montreal-based environmental group, called the project "a 20th-century answer to a 21st-century problem" and said about 40 per cent of the land to be flooded is peat bog.
O nonprofit Rivières Vivantes Québec
L city Montreal
F percent 40 per cent
Q direct Rivières Vivantes Québec :: "a 20th-century answer to a 21st-century problem"
> "Once you drown a bog, you don't get it back," said the group's director, Élodie Marchand-Sioui. She said the province had not seriously studied wind and storage as an alternative.
Q direct Élodie Marchand-Sioui :: "Once you drown a bog, you don't get it back,"
P full Élodie Marchand-Sioui
> Natural Resources Minister Guillaume Ste-Croix said Quebec had "no cleaner option" at that scale. "Wind alone won't get us there by 2044," Ste-Croix said.
P full Guillaume Ste-Croix
L region Quebec
F date 2044
P partial Ste-Croix
Q direct Guillaume Ste-Croix :: "no cleaner option"
Q direct Guillaume Ste-Croix :: "Wind alone won't get us there by 2044,"
> Work on a 96-kilometre access road from Matagami is to start in June 2041. The first of four turbines is due to turn in late 2044, and the station should reach full output about 18 months later.
F quantity 96-kilometre
L city Matagami
F date June 2041
F number four
F date 2044
F duration 18 months
> A federal review by the Impact Assessment Agency of Canada is expected by Oct. 15. A spokesperson for the agency said the file was "on schedule."
O government Impact Assessment Agency of Canada
F date Oct. 15
Q direct - :: "on schedule."
> This report by The Canadian Press was first published March 12, 2041.
O media The Canadian Press
F date March 12, 2041
'''

ARTICLES['1545-open-championship-final-round-okonkwo-lindqvist-royal-birkdale-golf-channel'] = r'''
> The Open
> Okonkwo Closes With 65, Wins Open at Royal Birkdale by Two
P partial Okonkwo
F score 65
L facility Royal Birkdale
F number Two
> The 27-year-old Englishman came from four shots back as Elias Lindqvist faded with a 71
F age 27-year-old
F number four
P full Elias Lindqvist
F score 71
> By Rachel Hennessy-Vance
P full Rachel Hennessy-Vance
> Published July 21, 2043 04:55 PM
F date July 21, 2043
F time 04:55 PM
> Chidi Okonkwo lifts the Claret Jug on the 18th green at Royal Birkdale on Sunday. (Getty Images)
P full Chidi Okonkwo
L facility Royal Birkdale
O company Getty Images
> Chidi Okonkwo had never held a lead after 54 holes of a major. On Sunday at Royal Birkdale he didn't need one.
P full Chidi Okonkwo
F number 54
L facility Royal Birkdale
> The 27-year-old from Wolverhampton started the final round four shots behind Sweden's Elias Lindqvist, shot a 5-under 65 and finished at 12-under 268 to win the Open Championship by two strokes.
F age 27-year-old
L city Wolverhampton
F number four
L country Sweden
P full Elias Lindqvist
F score 5-under
F score 65
F score 12-under
F score 268
F number two
> Lindqvist, the 36-hole and 54-hole leader, closed with a 1-over 71 and finished alone in second at 10 under. Japan's Haruto Nishimoto and American Dallas Freeborn tied for third at 8 under, three strokes further back.
P partial Lindqvist
F number 36
F number 54
F score 1-over
F score 71
F score 10 under
L country Japan
P full Haruto Nishimoto
P full Dallas Freeborn
F score 8 under
F number three
> Okonkwo made six birdies against one bogey. The swing came on the par-5 15th, where he holed a 38-foot putt for eagle while Lindqvist, playing two groups behind, was making a double bogey at the seventh.
P partial Okonkwo
F number six
F number one
F score par-5
F quantity 38-foot
P partial Lindqvist
F number two
> "I looked at the board on 16 and thought, 'Right, it's yours to lose now,'" Okonkwo said. "My caddie told me to stop looking at it. I didn't listen."
Q direct Chidi Okonkwo :: "I looked at the board on 16 and thought, 'Right, it's yours to lose now,'"
P partial Okonkwo
Q direct Chidi Okonkwo :: "My caddie told me to stop looking at it. I didn't listen."
> He saved par from a pot bunker at the 17th and two-putted the last from 45 feet, then waited 40 minutes in the scorer's hut while Lindqvist played the closing stretch that Birkdale's caddies call "the Gauntlet."
F quantity 45 feet
F duration 40 minutes
P partial Lindqvist
L facility Birkdale
Q scare - :: "the Gauntlet."
> The Swede, 36, needed a birdie at the last to force a four-hole playoff and missed from 12 feet.
F age 36
F number four
F quantity 12 feet
> "Two bad swings, that's all it was," Lindqvist said. "You come to Birkdale, you know one bad swing costs you. I made two."
Q direct Elias Lindqvist :: "Two bad swings, that's all it was,"
F number Two
P partial Lindqvist
Q direct Elias Lindqvist :: "You come to Birkdale, you know one bad swing costs you. I made two."
L facility Birkdale
F number one
F number two
> Okonkwo, ranked 41st in the world at the start of the week, earns $4.1 million (about £3.2 million) from a purse of $22 million, along with a five-year exemption on the DP World Tour and the PGA Tour.
P partial Okonkwo
F money $4.1 million
F money £3.2 million
F money $22 million
F duration five-year
O other DP World Tour
O other PGA Tour
> The wind off the Irish Sea, which had gusted to 30 mph on Saturday, barely reached 12 mph in the afternoon. An official of The R&A said the pins had been set "a touch kinder" because of the forecast, and the scoring average dropped to 70.4, nearly half a stroke lower than in the third round.
L geo Irish Sea
F quantity 30 mph
F quantity 12 mph
O nonprofit The R&A
F number 70.4
F fraction half
Q direct - :: "a touch kinder"
> Okonkwo's father, Emeka, flew in from Lagos on Saturday night. Okonkwo teed off at 2:35 p.m. and signed his card shortly after 7 p.m., four hours and 40 minutes later.
P partial Okonkwo
P partial Emeka
L city Lagos
P partial Okonkwo
F time 2:35 p.m.
F time 7 p.m.
F duration four hours and 40 minutes
> He said he would take the Claret Jug to his old club, Penn Golf Club, south of Wolverhampton, on Tuesday. "They let me play for £10 a round when I was 12," he said. "That's where it started."
L facility Penn Golf Club
L city Wolverhampton
Q direct Chidi Okonkwo :: "They let me play for £10 a round when I was 12,"
F money £10
F age 12
Q direct Chidi Okonkwo :: "That's where it started."
> Nishimoto's 66 was the low round of the day. Freeborn, who shared the lead after nine holes, bogeyed three of his last five. The 2044 Open goes to Royal Portrush.
P partial Nishimoto
F score 66
P partial Freeborn
F number nine
F number three
F number five
F date 2044
L facility Royal Portrush
'''

ARTICLES['1546-dar-es-salaam-port-concession-marjan-gateway-tpa-teus-the-eastafrican'] = r'''
> Tanzania
L country Tanzania
> Dar port deal with Abu Dhabi operator splits opinion
L city Dar
L city Abu Dhabi
> Tanzania Ports Authority says a 30-year concession will lift container handling to 1.8 million TEUs by 2044, but critics call it a sale in disguise
O government Tanzania Ports Authority
F duration 30-year
F quantity 1.8 million TEUs
F date 2044
> By NEEMA MWAKALINGA
P full NEEMA MWAKALINGA
> Saturday, May 18, 2041
F date May 18, 2041
> Containers stacked at berth seven of the Dar es Salaam Port. PHOTO | NEEMA MWAKALINGA
L facility Dar es Salaam Port
P full NEEMA MWAKALINGA
> Tanzania has signed a 30-year deal handing four container berths at the Dar es Salaam Port to Marjan Gateway Ports, an Abu Dhabi-based operator, in return for $1.2 billion in investment and an upfront fee of $180 million.
L country Tanzania
F duration 30-year
F number four
L facility Dar es Salaam Port
O company Marjan Gateway Ports
L city Abu Dhabi
F money $1.2 billion
F money $180 million
> The Tanzania Ports Authority (TPA) said the concession would raise the port's container capacity from 1.1 million twenty-foot equivalent units (TEUs) a year to 1.8 million TEUs by 2044, and cut the time ships wait at anchor from six days to less than two.
O government Tanzania Ports Authority
O government TPA
F quantity 1.1 million twenty-foot equivalent units
F quantity 1.8 million TEUs
F date 2044
F duration six days
F number two
> TPA director general Halima Juma Mrisho said the government would keep 40 percent of the terminal's revenue, worth about TSh210 billion a year at current volumes. "We are not selling the port. We are renting out the cranes and the know-how, and the land stays Tanzanian," she said.
O government TPA
P full Halima Juma Mrisho
F percent 40 percent
F money TSh210 billion
Q direct Halima Juma Mrisho :: "We are not selling the port. We are renting out the cranes and the know-how, and the land stays Tanzanian,"
> Ms Mrisho said Marjan would take over operations on July 1 and install six new ship-to-shore cranes within 18 months.
P partial Mrisho
O company Marjan
F date July 1
F number six
F duration 18 months
> Clearing agents on Sokoine Drive, who handle much of the cargo bound for Zambia, Rwanda, Burundi and the Democratic Republic of Congo, said delays cost their clients heavily.
L street Sokoine Drive
L country Zambia
L country Rwanda
L country Burundi
L country Democratic Republic of Congo
> “A truck that waits ten days in Dar costs a trader in Lubumbashi maybe $2,500 before the goods move one kilometre,” said Abdallah Said Kombo, who has run a shipping agency in Kariakoo since 2019.
Q direct Abdallah Said Kombo :: “A truck that waits ten days in Dar costs a trader in Lubumbashi maybe $2,500 before the goods move one kilometre,”
F duration ten days
L city Dar
L city Lubumbashi
F money $2,500
F quantity one kilometre
P full Abdallah Said Kombo
L city Kariakoo
F date 2019
> “If these people make it faster, good. But when the TPA tells us ‘the fees will not change’, we have heard that before,” Mr Kombo said.
Q direct Abdallah Said Kombo :: “If these people make it faster, good. But when the TPA tells us ‘the fees will not change’, we have heard that before,”
O government TPA
P partial Kombo
> The opposition is less patient. Chadema’s MP for Mtwara Urban, Rehema Salum Nangale, called the agreement “a sale dressed up as a lease” and said Parliament had been given 48 hours to read the 214-page document.
O party Chadema
L region Mtwara Urban
P full Rehema Salum Nangale
Q direct Rehema Salum Nangale :: “a sale dressed up as a lease”
O government Parliament
F duration 48 hours
F number 214
> Dr Joseph Mwita Laizer, an economist at the University of Dar es Salaam, said the $180 million fee was about a third of what a 30-year lease on the berths was worth, by his calculation roughly TSh1.4 trillion.
P full Joseph Mwita Laizer
O education University of Dar es Salaam
F money $180 million
F fraction a third
F duration 30-year
F money TSh1.4 trillion
> “The efficiency argument is real,” he said. “Mombasa handled 2.1 million TEUs in 2040 with fewer berths. The question is who captures the gain.”
Q direct Joseph Mwita Laizer :: “The efficiency argument is real,”
Q direct Joseph Mwita Laizer :: “Mombasa handled 2.1 million TEUs in 2040 with fewer berths. The question is who captures the gain.”
L city Mombasa
F quantity 2.1 million TEUs
F date 2040
> Dr Laizer said a so-called “single window” for customs, promised since 2037, mattered as much as the cranes.
P partial Laizer
Q scare - :: “single window”
F date 2037
> A senior official at the Ministry of Works and Transport, who asked not to be named, said the 3,100 TPA workers at the berths would be offered jobs with Marjan and that “nobody will be sent home.”
O government Ministry of Works and Transport
F number 3,100
O government TPA
O company Marjan
Q direct - :: “nobody will be sent home.”
> The port handled 21.4 million tonnes of cargo in the year to June 2040, up 9.5 percent, according to the TPA.
F quantity 21.4 million tonnes
F date June 2040
F percent 9.5 percent
O government TPA
'''

ARTICLES['1547-spring-blizzard-closes-i-70-denver-international-airport-runways-xcel-outages-denver-post'] = r'''
> Colorado News
L region Colorado
> Spring blizzard shuts I-70, closes DIA runways and leaves 112,000 without power
L street I-70
L facility DIA
F number 112,000
> By Tyler Brandvold | tbrandvold@denverpost.com | The Denver Post
P full Tyler Brandvold
O media The Denver Post
> PUBLISHED: March 19, 2042 at 6:14 a.m. MT | UPDATED: March 19, 2042 at 11:52 a.m. MT
F date March 19, 2042
F time 6:14 a.m. MT
F date March 19, 2042
F time 11:52 a.m. MT
> Snow buries parked cars along East Colfax Avenue in Aurora on Tuesday morning. (Hyoung-Min Lozano/The Denver Post)
L street East Colfax Avenue
L city Aurora
P full Hyoung-Min Lozano
O media The Denver Post
> A late-season blizzard dropped up to 31 inches of snow on the foothills west of Denver by Tuesday morning, closing Interstate 70 from Golden to Vail, shutting two of the six runways at Denver International Airport and leaving about 112,000 homes and businesses in the dark.
F quantity 31 inches
L city Denver
L street Interstate 70
L city Golden
L city Vail
F number two
F number six
L facility Denver International Airport
F number 112,000
> Airlines canceled 1,140 flights at DIA by 10 a.m., nearly two-thirds of the day’s departures, and the airport said crews could not keep up with snow falling at 2 to 3 inches an hour.
F number 1,140
L facility DIA
F time 10 a.m.
F fraction two-thirds
F quantity 2
F quantity 3 inches
> “We had 60 plows on the east side alone and we were still losing ground,” airport spokesman Marcus Delacroix-Hale said. “When the wind is blowing 50 mph across the field, a cleared runway lasts about 20 minutes.”
Q direct Marcus Delacroix-Hale :: “We had 60 plows on the east side alone and we were still losing ground,”
F number 60
P full Marcus Delacroix-Hale
Q direct Marcus Delacroix-Hale :: “When the wind is blowing 50 mph across the field, a cleared runway lasts about 20 minutes.”
F quantity 50 mph
F duration 20 minutes
> The Colorado Department of Transportation closed I-70 in both directions at 9:40 p.m. Monday after a string of spinouts near the Eisenhower Tunnel. CDOT spokeswoman Ana Lucía Fuentes said more than 300 semitrucks were parked on the shoulders and in chain-up areas between Idaho Springs and Silverthorne.
O government Colorado Department of Transportation
L street I-70
F time 9:40 p.m.
L facility Eisenhower Tunnel
O government CDOT
P full Ana Lucía Fuentes
F number 300
L city Idaho Springs
L city Silverthorne
> “Please, if you don’t have to be on the road, don’t be,” Fuentes said. She said the agency hoped to reopen the interstate by 4 p.m. Wednesday but called that “a best guess.”
Q direct Ana Lucía Fuentes :: “Please, if you don’t have to be on the road, don’t be,”
P partial Fuentes
F time 4 p.m.
Q direct Ana Lucía Fuentes :: “a best guess.”
> Brent Kowalczyk, a meteorologist with the National Weather Service in Boulder, said the storm was a classic upslope event, with moist air from Kansas piling against the Front Range. Boulder recorded 22.5 inches, and Evergreen 31, the most in March since 2003.
P full Brent Kowalczyk
O government National Weather Service
L city Boulder
L region Kansas
L region Front Range
L city Boulder
F quantity 22.5 inches
L city Evergreen
F number 31
F date 2003
> “People see 70 degrees on Saturday and think spring is here,” Kowalczyk said. “Colorado doesn’t care what the calendar says.”
Q direct Brent Kowalczyk :: “People see 70 degrees on Saturday and think spring is here,”
F quantity 70 degrees
P partial Kowalczyk
Q direct Brent Kowalczyk :: “Colorado doesn’t care what the calendar says.”
L region Colorado
> Xcel Energy said 112,000 customers were without power at 9:30 a.m., most of them in Jefferson and Boulder counties, where heavy, wet snow brought down lines. The utility said crews would work “around the clock” but warned some outages could last 36 hours.
O company Xcel Energy
F number 112,000
F time 9:30 a.m.
L region Jefferson
L region Boulder
Q direct Xcel Energy :: “around the clock”
F duration 36 hours
> At the airport, Priya Raghunathan-Cole, 34, of Omaha, Neb., spent the night on the floor of Concourse B with her two children.
P full Priya Raghunathan-Cole
F age 34
L city Omaha
L region Neb.
L facility Concourse B
F number two
> “They keep telling us ‘maybe tomorrow,’ and the kids think it’s a camping trip,” she said. “I’m on my third phone charger and my last $40.”
Q direct Priya Raghunathan-Cole :: “They keep telling us ‘maybe tomorrow,’ and the kids think it’s a camping trip,”
Q direct Priya Raghunathan-Cole :: “I’m on my third phone charger and my last $40.”
F money $40
> A tow-truck driver working Highway 6 near Golden, who would not give his name, said he had pulled 14 cars out of ditches since midnight. “Half of them had summer tires,” he said.
L street Highway 6
L city Golden
F number 14
Q direct - :: “Half of them had summer tires,”
F fraction Half
> Denver Public Schools and Jeffco Public Schools canceled classes for a second day. Forecasters expect the snow to end by early Wednesday, with highs near 45 degrees by the weekend.
O education Denver Public Schools
O education Jeffco Public Schools
F quantity 45 degrees
'''

ARTICLES['1548-jadar-valley-lithium-mine-protest-loznica-gornje-nedeljice-serbia-balkan-insight'] = r'''
> Thousands Protest in Loznica as Serbia Clears Jadar Lithium Mine
L city Loznica
L country Serbia
L facility Jadar
> Protesters blocked the main road through the western Serbian town for six hours after the government adopted a spatial plan for a €2.9 billion mine in the Jadar valley.
F duration six hours
F money €2.9 billion
L geo Jadar
> Nemanja Ristić BIRN Belgrade
P full Nemanja Ristić
O media BIRN
L city Belgrade
> April 22, 2042 16:40
F date April 22, 2042
F time 16:40
> Protesters on the Loznica–Valjevo road on Sunday. Photo: BIRN/Jovana Lukić
L city Loznica
L city Valjevo
O media BIRN
P full Jovana Lukić
> Several thousand people blocked the main road through Loznica on Sunday, three days after Serbia’s government adopted a spatial plan for a lithium mine in the Jadar valley, in the biggest protest the western town has seen since 2039.
L city Loznica
F number three
L country Serbia
L geo Jadar
F date 2039
> Police put the crowd at 6,000; organisers said 15,000 came, many of them farmers from villages such as Gornje Nedeljice and Slatina, which lie above the deposit.
F number 6,000
F number 15,000
L city Gornje Nedeljice
L city Slatina
> The plan allows Pannonia Lithium doo, the company developing the project, to expropriate about 420 hectares for a mine, a processing plant and a tailings site near the Jadar river, a tributary of the Drina.
O company Pannonia Lithium doo
F quantity 420 hectares
L geo Jadar
L geo Drina
> “We are not leaving. My grandfather planted these plums, my father sold them in Loznica, and my children will not grow up next to a waste dump,” said Jelena Marković Tadić, 41, an activist with the local group Čuvari Jadra, who spoke from a tractor.
Q direct Jelena Marković Tadić :: “We are not leaving. My grandfather planted these plums, my father sold them in Loznica, and my children will not grow up next to a waste dump,”
L city Loznica
P full Jelena Marković Tadić
F age 41
O nonprofit Čuvari Jadra
> “They tell us the water will be safe. In 2039 they told us ‘there will be no mine’. Which promise are we supposed to believe?
Q direct Jelena Marković Tadić :: “They tell us the water will be safe. In 2039 they told us ‘there will be no mine’. Which promise are we supposed to believe?
F date 2039
> “If it is so safe, let them build it in Dedinje,” she added, naming the wealthy Belgrade district.
Q direct Jelena Marković Tadić :: “If it is so safe, let them build it in Dedinje,”
L city Dedinje
L city Belgrade
> Dragan Ilić, Pannonia Lithium’s Serbian director, said the company would invest €2.9 billion, produce 58,000 tonnes of lithium carbonate a year and employ 1,300 people, three quarters of them from the Loznica area.
P full Dragan Ilić
O company Pannonia Lithium
F money €2.9 billion
F quantity 58,000 tonnes
F number 1,300
F fraction three quarters
L city Loznica
> “Every tonne will be made under European standards, and every well will be monitored in public,” Ilić told BIRN. He said landowners would be paid 3.6 million dinars, about €30,700, per hectare, twice the market price.
Q direct Dragan Ilić :: “Every tonne will be made under European standards, and every well will be monitored in public,”
P partial Ilić
O media BIRN
F money 3.6 million dinars
F money €30,700
> Mining and Energy Minister Vesna Radulović said the mine would add 1.2 percent to Serbia’s economic output by 2044 and called the protesters “misinformed.” Belgrade, she said, would not be “a museum of raw materials” while Brussels built battery plants.
P full Vesna Radulović
F percent 1.2 percent
L country Serbia
F date 2044
Q direct Vesna Radulović :: “misinformed.”
L city Belgrade
Q direct Vesna Radulović :: “a museum of raw materials”
L city Brussels
> The European Union lists the project as strategic under its critical raw materials rules, and the EU has promised to help finance a battery plant in Serbia.
O intergovernmental European Union
O intergovernmental EU
L country Serbia
> Professor Milan Stojković, a geologist at the Faculty of Mining and Geology of the University of Belgrade, said the Jadar deposit was one of the largest in Europe but that boron in the ore made waste handling harder than at most mines.
P full Milan Stojković
O education Faculty of Mining and Geology
O education University of Belgrade
L geo Jadar
L continent Europe
> “The question is not whether there is lithium. There is. The question is what happens to 2 million tonnes of waste a year in a valley that floods,” he said, recalling the floods of 2014 that covered a third of Loznica’s fields.
Q direct Milan Stojković :: “The question is not whether there is lithium. There is. The question is what happens to 2 million tonnes of waste a year in a valley that floods,”
F quantity 2 million tonnes
F date 2014
F fraction a third
L city Loznica
> A source in the ministry told BIRN that the so-called “green transition” clause in the plan would require a new environmental study within 18 months, and that the cabinet expected work to start “no earlier than next spring.”
O media BIRN
Q scare - :: “green transition”
F duration 18 months
Q direct - :: “no earlier than next spring.”
> Organisers said they would return to the road on May 1 at 10:00 if the plan was not withdrawn. About 52 percent of Serbians oppose the mine, according to a March poll by the Belgrade-based Centre for Free Elections and Democracy.
F date May 1
F time 10:00
F percent 52 percent
L city Belgrade
O nonprofit Centre for Free Elections and Democracy
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
