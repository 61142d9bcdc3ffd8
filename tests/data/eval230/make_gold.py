#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval230 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval230/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1423-waterford-kilbarry-310-homes-council-housing-irish-times'] = r'''
> Housing & Planning
> Waterford council approves 310 homes at Kilbarry despite ‘overload’ warning
L city Waterford
F number 310
L city Kilbarry
Q direct Tomás Mac Craith :: ‘overload’
> €118m scheme on the city’s southern edge is the largest built by the council since the 1970s, but residents of nearby estates say roads and schools cannot cope
F money €118m
F date 1970s
> Órla de Paor
P full Órla de Paor
> Tue Mar 12 2041 - 18:20
F date Mar 12 2041
F time 18:20
> The site at Kilbarry, beside the Tramore Road. Photograph: Fiachra Keohane/Provision
L city Kilbarry
L street Tramore Road
P full Fiachra Keohane
O media Provision
> Waterford City and County Council has approved plans for 310 social and affordable homes on a 12.6-hectare site at Kilbarry, on the southern edge of Waterford city, in what officials described as the largest council-built scheme in the city in almost 70 years.
O government Waterford City and County Council
F number 310
F quantity 12.6-hectare
L city Kilbarry
L city Waterford
F duration 70 years
> Councillors voted 26 to 6, with one abstention, shortly before 10.30pm on Monday to approve the development under the Part 8 process, which allows local authorities to grant permission for their own projects.
F number 26
F number 6
F number one
F time 10.30pm
> The scheme, to be built in three phases over six years, will include 186 social homes and 124 affordable homes for purchase, ranging from one-bedroom apartments to four-bedroom houses, as well as a creche, a community centre and 2.3km of cycle lanes linking the site to the city centre.
F number three
F duration six years
F number 186
F number 124
F number one
F number four
F quantity 2.3km
> The affordable homes will be sold for between €245,000 and €310,000, about 30 per cent below market value, the council said. Buyers must be first-time purchasers with household incomes of less than €75,000 a year.
F money €245,000
F money €310,000
F percent 30 per cent
F money €75,000
> Cllr Aoife Ní Fhearghail (SF), who proposed the motion, said the council’s housing waiting list had grown to 4,870 households. “There are families in this city who have been on that list for 11 years. Eleven years,” she said. “Children have been born and gone through primary school while their parents waited for a key.”
P full Aoife Ní Fhearghail
O party SF
F number 4,870
Q direct Aoife Ní Fhearghail :: “There are families in this city who have been on that list for 11 years. Eleven years,”
F duration 11 years
F duration Eleven years
Q direct Aoife Ní Fhearghail :: “Children have been born and gone through primary school while their parents waited for a key.”
> But Cllr Tomás Mac Craith (FF), who voted against, said the scheme would put “intolerable pressure” on roads and schools in Kilbarry, Ballybeg and Lisduggan, where residents have campaigned against the plan.
P full Tomás Mac Craith
O party FF
Q direct Tomás Mac Craith :: “intolerable pressure”
L city Kilbarry
L city Ballybeg
L city Lisduggan
> “Nobody in this chamber is against social housing,” Mr Mac Craith said. “But the schools in Ballybeg are full, and families in Kill and Dunmore East are already driving 25 minutes to find a place. When I raised this with officials, I was told it was ‘a matter for the Department of Education’.
Q direct Tomás Mac Craith :: “Nobody in this chamber is against social housing,”
P partial Mac Craith
Q direct Tomás Mac Craith :: “But the schools in Ballybeg are full, and families in Kill and Dunmore East are already driving 25 minutes to find a place. When I raised this with officials, I was told it was ‘a matter for the Department of Education’.
L city Ballybeg
L city Kill
L city Dunmore East
F duration 25 minutes
O government Department of Education
> “Putting 310 more families into that situation is not planning. It is overload.”
Q direct Tomás Mac Craith :: “Putting 310 more families into that situation is not planning. It is overload.”
F number 310
> In a statement, the Lisduggan and Ballybeg Residents’ Association said it was “deeply disappointed” and would seek legal advice on a judicial review in the High Court.
O nonprofit Lisduggan and Ballybeg Residents’ Association
Q direct Lisduggan and Ballybeg Residents’ Association :: “deeply disappointed”
O government High Court
> The council’s director of housing, Ciarán de Búrca, said €9.4 million would be spent on a new junction on the Cork Road and that the department had agreed to fund a 16-classroom extension to a primary school in the area.
P full Ciarán de Búrca
F money €9.4 million
L street Cork Road
F number 16
> “We listened to those concerns and we have built them into the plan. The first tenants will not get their keys until that junction is open,” Mr de Búrca said.
Q direct Ciarán de Búrca :: “We listened to those concerns and we have built them into the plan. The first tenants will not get their keys until that junction is open,”
P partial de Búrca
> Construction is due to begin in the first quarter of 2042, with the first 96 homes to be finished by September 2043. The Department of Housing, Local Government and Heritage will provide €104 million, with the remaining €14 million coming from the council’s own resources.
F date 2042
F number 96
F date September 2043
O government Department of Housing, Local Government and Heritage
F money €104 million
F money €14 million
> A council spokeswoman said a public information evening would be held at the Ballybeg community centre on March 26th at 7pm. “Anyone with questions about allocation should come along,” she said.
L city Ballybeg
F date March 26th
F time 7pm
Q direct - :: “Anyone with questions about allocation should come along,”
'''

ARTICLES['1424-mombasa-port-crane-tender-kpa-kipevu-review-board-nation'] = r'''
> Business
> KPA awards Sh28.4bn crane tender as losing bidder cries foul
O government KPA
F money Sh28.4bn
> What you need to know:
> The Kenya Ports Authority has picked a Chinese firm to supply 12 ship-to-shore cranes for the Port of Mombasa.
O government Kenya Ports Authority
F number 12
L facility Port of Mombasa
> A losing bidder has asked the review board to cancel the award, saying the evaluation was "rushed".
Q direct Kalmora Lifting Systems Oy :: "rushed"
> By Halima Bakari Shee
P full Halima Bakari Shee
> Tuesday, March 12, 2041
F date March 12, 2041
> Ship-to-shore cranes at the Kipevu container terminal in Mombasa on March 4, 2041. Photo credit: Kassim Mwadime | Nation Media Group
L facility Kipevu
L city Mombasa
F date March 4, 2041
P full Kassim Mwadime
O media Nation Media Group
> The Kenya Ports Authority (KPA) has awarded a Sh28.4 billion tender for 12 new ship-to-shore gantry cranes to China's Qingdao Haixing Port Machinery, in a deal that a losing European bidder now wants cancelled.
O government Kenya Ports Authority
O government KPA
F money Sh28.4 billion
F number 12
L country China
O company Qingdao Haixing Port Machinery
> The cranes, each able to lift 65 tonnes, will replace ten older machines at the Kipevu terminal, some of which have been in service since 2006. Delivery is expected within 18 months.
F quantity 65 tonnes
F number ten
L facility Kipevu
F date 2006
F duration 18 months
> KPA Managing Director Eng Salim Mwachiro Juma said the new equipment would raise handling speed from 24 to 35 container moves per crane per hour and help the port cope with volumes that hit a record 2.14 million TEUs last year.
O government KPA
P full Salim Mwachiro Juma
F number 24
F number 35
F quantity 2.14 million TEUs
> "Ships are waiting too long at anchorage because our cranes are slow and break down often. With these machines, a vessel that takes three days today will be worked in two," Eng Juma said.
Q direct Salim Mwachiro Juma :: "Ships are waiting too long at anchorage because our cranes are slow and break down often. With these machines, a vessel that takes three days today will be worked in two,"
F duration three days
F number two
P partial Juma
> But Finland's Kalmora Lifting Systems Oy, which came second in the evaluation, has filed a request for review with the Public Procurement Administrative Review Board (PPARB), saying the process was "rushed" and that its bid was Sh3.1 billion cheaper.
L country Finland
O company Kalmora Lifting Systems Oy
O government Public Procurement Administrative Review Board
O government PPARB
Q direct Kalmora Lifting Systems Oy :: "rushed"
F money Sh3.1 billion
> In its petition, seen by the Nation, the firm says bidders were given only 14 days to answer technical questions issued on January 20, and that KPA "ignored its own scoring rules" when it gave the Chinese firm 91 points out of 100.
O media Nation
F duration 14 days
F date January 20
O government KPA
Q direct Kalmora Lifting Systems Oy :: "ignored its own scoring rules"
F number 91
F number 100
> Kalmora's Nairobi-based regional director, Anneli Vuorinen, said the company was "not asking for favours".
O company Kalmora
L city Nairobi
P full Anneli Vuorinen
Q direct Anneli Vuorinen :: "not asking for favours"
> "We are asking for the same rules for everybody. If the board finds that we were treated fairly, we will accept it and move on.
Q direct Anneli Vuorinen :: "We are asking for the same rules for everybody. If the board finds that we were treated fairly, we will accept it and move on.
> "But a tender of this size cannot be decided in a hurry, behind closed doors," she said.
Q direct Anneli Vuorinen :: "But a tender of this size cannot be decided in a hurry, behind closed doors,"
> The board is expected to rule within 21 days. A KPA official, who asked not to be named because the matter is before the board, said the evaluation had "followed the law to the letter".
F duration 21 days
O government KPA
Q direct - :: "followed the law to the letter"
> Dock Workers Union Secretary-General Omar Shariff Mwakio welcomed the cranes but asked KPA to retrain the 340 crane operators and mechanics. "Our members are not against new technology. They want to know that they will still have work on Monday morning," he said.
O nonprofit Dock Workers Union
P full Omar Shariff Mwakio
O government KPA
F number 340
Q direct Omar Shariff Mwakio :: "Our members are not against new technology. They want to know that they will still have work on Monday morning,"
> Clearing agents in Mombasa say delays at the port cost importers about Sh1.2 million a day for a large vessel. Kenya Ships Agents Association chairperson Rukia Abdalla Said said 38 per cent of ships calling at Kilindini Harbour in February waited more than 48 hours for a berth.
L city Mombasa
F money Sh1.2 million
O nonprofit Kenya Ships Agents Association
P full Rukia Abdalla Said
F percent 38 per cent
L geo Kilindini Harbour
F duration 48 hours
> "Shipping lines now add a congestion surcharge of $150 for every 20-foot container coming to Mombasa. That money comes from the pockets of Kenyans," Ms Said said.
Q direct Rukia Abdalla Said :: "Shipping lines now add a congestion surcharge of $150 for every 20-foot container coming to Mombasa. That money comes from the pockets of Kenyans,"
F money $150
F quantity 20-foot
L city Mombasa
P partial Said
> The port also serves Uganda, Rwanda, South Sudan and eastern DR Congo, and transit cargo made up 31 per cent of its throughput in 2040, according to KPA figures.
L country Uganda
L country Rwanda
L country South Sudan
L country DR Congo
F percent 31 per cent
F date 2040
O government KPA
'''

ARTICLES['1425-kansas-wheat-harvest-freeze-comanche-sumner-bushels-ap'] = r'''
> Kansas wheat harvest comes in short after spring freeze, but higher prices soften the blow
L region Kansas
> By DARLENE KOPECKY-HAAS and JUAN PABLO OCHOA
P full DARLENE KOPECKY-HAAS
P full JUAN PABLO OCHOA
> Associated Press
O media Associated Press
> Updated 6:42 PM CDT, June 28, 2040
F time 6:42 PM CDT
F date June 28, 2040
> A combine cuts wheat in a field near Protection, Kan., on Wednesday, June 27, 2040. (AP Photo/Rhett Lindqvist)
L city Protection
L region Kan.
F date June 27, 2040
O media AP
P full Rhett Lindqvist
> HUTCHINSON, Kan. (AP) — Kansas farmers are cutting one of their smallest wheat crops in a decade after a hard freeze in mid-April damaged fields across the south-central part of the state, but prices near $7 a bushel are easing some of the pain.
L city HUTCHINSON
L region Kan.
O media AP
L region Kansas
F money $7
> The U.S. Department of Agriculture on Wednesday forecast the state's winter wheat harvest at 241 million bushels, down 23% from 2039 and the lowest since 2031. Yields are expected to average 38 bushels an acre, compared with 47 bushels last year.
O government U.S. Department of Agriculture
F quantity 241 million bushels
F percent 23%
F date 2039
F date 2031
F quantity 38 bushels
F quantity 47 bushels
> As of Sunday, 41% of the crop had been harvested, ahead of the five-year average of 29%, according to the department's National Agricultural Statistics Service.
F percent 41%
F duration five-year
F percent 29%
O government National Agricultural Statistics Service
> "The heads looked fine from the road. Then you open them up and there's nothing in there," said Lyle Brandtner, 63, who farms 4,200 acres of wheat, sorghum and soybeans near Protection, in Comanche County. "I've got fields making 22 bushels. My dad would've called that a wreck."
Q direct Lyle Brandtner :: "The heads looked fine from the road. Then you open them up and there's nothing in there,"
P full Lyle Brandtner
F age 63
F quantity 4,200 acres
L city Protection
L region Comanche County
Q direct Lyle Brandtner :: "I've got fields making 22 bushels. My dad would've called that a wreck."
F quantity 22 bushels
> Brandtner said temperatures fell to 19 degrees on the night of April 14, when much of the wheat in southern Kansas was in the boot stage. He expects to finish cutting by July 4 if the weather holds.
P partial Brandtner
F quantity 19 degrees
F date April 14
L region Kansas
F date July 4
> The freeze hit hardest in Comanche, Barber, Harper and Sumner counties along the Oklahoma line. In Sumner County, which calls itself the "Wheat Capital of the World," some growers gave up on damaged fields and collected crop insurance instead.
L region Comanche
L region Barber
L region Harper
L region Sumner
L region Oklahoma
L region Sumner County
Q scare - :: "Wheat Capital of the World,"
> Farther north, in Reno and McPherson counties, yields have been better. At a grain elevator in Hutchinson, trucks lined up before 6 a.m. Tuesday, and the elevator took in 310,000 bushels in a single day, manager Teresa Villalobos-Kraft said.
L region Reno
L region McPherson
L city Hutchinson
F time 6 a.m.
F quantity 310,000 bushels
P full Teresa Villalobos-Kraft
> She said wheat was bringing $6.82 a bushel in Hutchinson, up from $5.40 a year ago, as dry weather in Russia and the Black Sea region tightened world supplies. "Short crop, good price. That's the old saying, and this year it's true," she said.
F money $6.82
L city Hutchinson
F money $5.40
L country Russia
L geo Black Sea
Q direct Teresa Villalobos-Kraft :: "Short crop, good price. That's the old saying, and this year it's true,"
> Kansas Wheat, the industry group based in Manhattan, said the harvest was running about a week ahead of normal after a hot, dry June. Its chief executive, Roland Pfannenstiel, said "quality is excellent" where the grain survived, with test weights above 60 pounds a bushel.
O nonprofit Kansas Wheat
L city Manhattan
P full Roland Pfannenstiel
Q direct Roland Pfannenstiel :: "quality is excellent"
F quantity 60 pounds
> Custom harvesters, the crews that follow the ripening wheat north from Texas to the Canadian border each summer, say the short crop has cut into their business. Many charge by the acre, plus a premium for every bushel over 20.
L region Texas
F number 20
> "We came up from Vernon, Texas, with four combines and nine guys. In a normal year we'd cut 30,000 acres in Kansas. This year I'd be happy with 18,000," said Dale "Dusty" Harnisch, 58, who has run a custom crew for 31 years.
Q direct Dale "Dusty" Harnisch :: "We came up from Vernon, Texas, with four combines and nine guys. In a normal year we'd cut 30,000 acres in Kansas. This year I'd be happy with 18,000,"
L city Vernon
L region Texas
F number four
F number nine
F quantity 30,000 acres
L region Kansas
F number 18,000
P full Dale "Dusty" Harnisch
Q scare - :: "Dusty"
F age 58
F duration 31 years
> Brandtner said he would plant wheat again this fall. "You don't quit after one bad year," he said. "Not out here."
P partial Brandtner
Q direct Lyle Brandtner :: "You don't quit after one bad year,"
F number one
Q direct Lyle Brandtner :: "Not out here."
'''

ARTICLES['1426-old-airport-road-food-centre-renovation-hawkers-dakota-straits-times'] = r'''
> Singapore
L country Singapore
> Old Airport Road Food Centre to close for 11 months of renovation; 152 hawkers to move to temporary site
L facility Old Airport Road Food Centre
F duration 11 months
F number 152
> Clement Yeo Boon Kiat
P full Clement Yeo Boon Kiat
> Environment Correspondent
> UPDATED Mar 19, 2041, 06:15 PM
F date Mar 19, 2041
F time 06:15 PM
> Diners at Old Airport Road Food Centre on March 19. The centre will close from July 1. ST PHOTO: GAVIN FOO SHI HAO
L facility Old Airport Road Food Centre
F date March 19
F date July 1
O media ST
P full GAVIN FOO SHI HAO
> SINGAPORE – One of Singapore's best-known hawker centres, Old Airport Road Food Centre, will close for 11 months from July 1 for a $28.6 million overhaul, the National Environment Agency (NEA) said on March 19.
L country SINGAPORE
L country Singapore
L facility Old Airport Road Food Centre
F duration 11 months
F date July 1
F money $28.6 million
O government National Environment Agency
O government NEA
F date March 19
> Its 152 cooked-food stalls will move to a temporary market on a car park off Dakota Crescent, about 400m away, where NEA will charge no rent for the first six months.
F number 152
L street Dakota Crescent
F quantity 400m
O government NEA
F duration six months
> The works will replace the roof, the exhaust system and the wiring, widen the aisles and add 240 seats, raising the total to 1,180. Stallholders will also get a new central dishwashing area, which NEA said would cut water use by up to 35 per cent.
F number 240
F number 1,180
O government NEA
F percent 35 per cent
> Senior Minister of State for Sustainability and the Environment Faridah Hanim Osman said the upgrade was overdue. "Many of our older centres were built for a different Singapore, when people cooked with charcoal and there was no such thing as a food delivery rider," she said at a briefing at the centre.
P full Faridah Hanim Osman
Q direct Faridah Hanim Osman :: "Many of our older centres were built for a different Singapore, when people cooked with charcoal and there was no such thing as a food delivery rider,"
L country Singapore
> "We want our hawkers to still be here in 20 years, and we want their children to want to take over the stall.
Q direct Faridah Hanim Osman :: "We want our hawkers to still be here in 20 years, and we want their children to want to take over the stall.
F duration 20 years
> "That means a hawker centre must be a place where a young person is happy to work 12 hours a day."
Q direct Faridah Hanim Osman :: "That means a hawker centre must be a place where a young person is happy to work 12 hours a day."
F duration 12 hours
> Ms Faridah said 14 other hawker centres built before 1990, including those in Toa Payoh, Bedok and Dover, would be upgraded in stages by 2046.
P partial Faridah
F number 14
F date 1990
L city Toa Payoh
L city Bedok
L city Dover
F date 2046
> Hawkers interviewed by The Straits Times were divided. Madam Lim Swee Hong, 67, who has sold lor mee at the centre for 38 years, said she was not sure she would reopen.
O media The Straits Times
P full Lim Swee Hong
F age 67
F duration 38 years
> "My customers are old like me. If they have to walk to Dakota, some will not come. After 11 months, maybe I also tired already," she said in Mandarin.
Q direct Lim Swee Hong :: "My customers are old like me. If they have to walk to Dakota, some will not come. After 11 months, maybe I also tired already,"
L city Dakota
F duration 11 months
> But Mr Karthik Selvaraj, 34, who took over his father's prata stall in 2037, called the upgrade "long overdue". "In the afternoon it is 36 deg C behind the counter. My father always said, 'The heat will chase away the young ones before the rent does,' and he was right," he said.
P full Karthik Selvaraj
F age 34
F date 2037
Q direct Karthik Selvaraj :: "long overdue"
Q direct Karthik Selvaraj :: "In the afternoon it is 36 deg C behind the counter. My father always said, 'The heat will chase away the young ones before the rent does,' and he was right,"
F quantity 36 deg C
> NEA said stallholders who choose not to move to the temporary site will receive a one-off payment of $15,000, and that rents at the renovated centre will be frozen at current levels, which average $1,420 a month, until June 2044.
O government NEA
F money $15,000
F money $1,420
F date June 2044
> Mountbatten MP Daniel Koh Wei Jie, whose ward includes the centre, said residents had asked for the temporary market to be sheltered. "Our seniors do their marketing at 7am. They should not have to do it in the rain," he said.
L region Mountbatten
P full Daniel Koh Wei Jie
Q direct Daniel Koh Wei Jie :: "Our seniors do their marketing at 7am. They should not have to do it in the rain,"
F time 7am
> Mr Koh said NEA had agreed to build a covered walkway from the temporary market to the nearest bus stop on Old Airport Road. The centre, a fixture on "makan" trails for tourists, draws about 9,000 diners on a typical weekend day, according to NEA.
P partial Koh
O government NEA
L street Old Airport Road
Q scare - :: "makan"
F number 9,000
O government NEA
'''

ARTICLES['1427-six-nations-france-england-stade-de-france-fourcade-lasserre-bbc-sport'] = r'''
> Six Nations
> France 30-26 England: Fourcade-Lasserre double keeps Les Bleus' title hopes alive
O team France
F score 30-26
O team England
P partial Fourcade-Lasserre
O team Les Bleus
> By Eleri Vaughan-Thomas
P full Eleri Vaughan-Thomas
> BBC Sport at Stade de France
O media BBC Sport
L facility Stade de France
> Last updated on 16 March 2041
F date 16 March 2041
> Image source, Getty Images
O media Getty Images
> Image caption, Théo Fourcade-Lasserre scored two tries in the first 25 minutes
P full Théo Fourcade-Lasserre
F number two
F duration 25 minutes
> France kept their Six Nations title hopes alive with a nervy 30-26 win over England in Saint-Denis, holding out through 11 phases of English pressure after the clock went red.
O team France
F score 30-26
O team England
L city Saint-Denis
F number 11
> Wing Théo Fourcade-Lasserre scored twice in the opening 25 minutes and fly-half Baptiste de La Rochette kicked 15 points as Les Bleus led 17-6 at half-time, before England fought back through tries from Callum Ashdown-Pryce and replacement hooker Jamie Okonkwo-Reid.
P full Théo Fourcade-Lasserre
F duration 25 minutes
P full Baptiste de La Rochette
F number 15
O team Les Bleus
F score 17-6
O team England
P full Callum Ashdown-Pryce
P full Jamie Okonkwo-Reid
> The result leaves France two points behind leaders Ireland before the final round, when they travel to Cardiff on 23 March. England, who had won their previous three matches, host Scotland at Twickenham on the same day.
O team France
F number two
O team Ireland
L city Cardiff
F date 23 March
O team England
F number three
O team Scotland
L facility Twickenham
> De La Rochette opened the scoring with a penalty on four minutes, and Fourcade-Lasserre finished a sweeping move on 11 after centre Malik Benyahia-Roux broke two tackles on halfway.
P partial De La Rochette
F duration four minutes
P partial Fourcade-Lasserre
F duration 11
P full Malik Benyahia-Roux
F number two
> England's only reply in the first quarter was a 45-metre penalty from Freddie Marchetti-Hale on 17 minutes, and the France wing struck again on 24 minutes, chasing his own chip to touch down in the left corner.
O team England
F quantity 45-metre
P full Freddie Marchetti-Hale
F duration 17 minutes
O team France
F duration 24 minutes
> Marchetti-Hale kicked a second penalty on 38 minutes to make it 17-6 at the break, and lock Ibrahim Sané stretched the lead three minutes after the restart, De La Rochette converting from the touchline.
P partial Marchetti-Hale
F duration 38 minutes
F score 17-6
P full Ibrahim Sané
F duration three minutes
P partial De La Rochette
> England's comeback began on 51 minutes when Ashdown-Pryce, the Bath centre nicknamed "the Bulldozer", ran through De La Rochette's tackle from 20 metres. The fly-half and Marchetti-Hale swapped penalties, and Okonkwo-Reid was driven over from a five-metre lineout on 66 minutes to make it 27-23.
O team England
F duration 51 minutes
P partial Ashdown-Pryce
O team Bath
Q scare - :: "the Bulldozer"
P partial De La Rochette
F quantity 20 metres
P partial Marchetti-Hale
P partial Okonkwo-Reid
F quantity five-metre
F duration 66 minutes
F score 27-23
> A third De La Rochette penalty with eight minutes left gave France breathing space, but Marchetti-Hale's long-range kick on 77 minutes set up a frantic finish in front of 79,212 spectators.
P partial De La Rochette
F duration eight minutes
O team France
P partial Marchetti-Hale
F duration 77 minutes
F number 79,212
> "We made it very hard for ourselves," said France head coach Olivier Bergeronnet. "At 24-6 we stopped doing what had got us there. We started to protect the score instead of playing.
Q direct Olivier Bergeronnet :: "We made it very hard for ourselves,"
O team France
P full Olivier Bergeronnet
Q direct Olivier Bergeronnet :: "At 24-6 we stopped doing what had got us there. We started to protect the score instead of playing.
F score 24-6
> "But I am proud of the defence at the end. Eleven phases, and nobody gave away a penalty. That is character."
Q direct Olivier Bergeronnet :: "But I am proud of the defence at the end. Eleven phases, and nobody gave away a penalty. That is character."
F number Eleven
> England head coach Stuart Penhaligon-Moss said his side had left it too late. "I told the boys at half-time, 'Nobody is coming to rescue you, so go and rescue yourselves,' and for 40 minutes they did," he said. "We lost this game in the first 25 minutes."
O team England
P full Stuart Penhaligon-Moss
Q direct Stuart Penhaligon-Moss :: "I told the boys at half-time, 'Nobody is coming to rescue you, so go and rescue yourselves,' and for 40 minutes they did,"
F duration 40 minutes
Q direct Stuart Penhaligon-Moss :: "We lost this game in the first 25 minutes."
F duration 25 minutes
> Fourcade-Lasserre, 22, who grew up in Bayonne and now plays for Toulouse, has scored seven tries in his first five Tests. "Baptiste put the ball in the perfect place. I only had to run," he said.
P partial Fourcade-Lasserre
F age 22
L city Bayonne
O team Toulouse
F number seven
F number five
Q direct Théo Fourcade-Lasserre :: "Baptiste put the ball in the perfect place. I only had to run,"
P partial Baptiste
> France: Tries: Fourcade-Lasserre 2, Sané Cons: De La Rochette 3 Pens: De La Rochette 3
O team France
P partial Fourcade-Lasserre
F number 2
P partial Sané
P partial De La Rochette
F number 3
P partial De La Rochette
F number 3
> England: Tries: Ashdown-Pryce, Okonkwo-Reid Cons: Marchetti-Hale 2 Pens: Marchetti-Hale 4
O team England
P partial Ashdown-Pryce
P partial Okonkwo-Reid
P partial Marchetti-Hale
F number 2
P partial Marchetti-Hale
F number 4
> Referee: Hamish Te Rangi-Wallace (New Zealand)
P full Hamish Te Rangi-Wallace
L country New Zealand
'''

ARTICLES['1428-ferrosul-iron-ore-third-quarter-profit-minas-gerais-reais-bloomberg'] = r'''
> Brazil Iron Ore Miner Ferrosul’s Profit Falls 38% as China Demand Cools
L country Brazil
O company Ferrosul
F percent 38%
L country China
> Third-quarter net income drops to 1.42 billion reais, below estimates
F money 1.42 billion reais
> Miner cuts 2041 output forecast after wall collapse at a pit
F date 2041
> By Larissa Menezes Tavares
P full Larissa Menezes Tavares
> October 30, 2040 at 4:48 PM GMT-3
F date October 30, 2040
F time 4:48 PM GMT-3
> Trucks carry iron ore at Ferrosul’s Serra do Tatu mine near Itabirito, Minas Gerais. Photographer: Gustavo Arruda Neves/Bloomberg
O company Ferrosul
L facility Serra do Tatu
L city Itabirito
L region Minas Gerais
P full Gustavo Arruda Neves
O media Bloomberg
> (Bloomberg) -- Ferrosul Mineração SA, Brazil’s third-largest iron ore producer, reported a 38% drop in third-quarter profit as weaker steel output in China pushed down prices and heavy rains slowed work at its mines in Minas Gerais.
O media Bloomberg
O company Ferrosul Mineração SA
L country Brazil
F percent 38%
L country China
L region Minas Gerais
> Net income fell to 1.42 billion reais ($271 million) in the three months through September, from 2.29 billion reais a year earlier, the Belo Horizonte-based company said in a statement after the market closed Monday. Analysts surveyed by Bloomberg had expected 1.71 billion reais.
F money 1.42 billion reais
F money $271 million
F duration three months
F money 2.29 billion reais
L city Belo Horizonte
O media Bloomberg
F money 1.71 billion reais
> Revenue slid 14% to 7.8 billion reais, while sales of iron ore fines and pellets fell to 13.6 million metric tons from 15.1 million tons. The average price Ferrosul received was $78.40 a ton, down from $91.15 in the same period of 2039.
F percent 14%
F money 7.8 billion reais
F quantity 13.6 million metric tons
F quantity 15.1 million tons
O company Ferrosul
F money $78.40
F money $91.15
F date 2039
> The miner cut its production forecast for 2041 to 58 million to 61 million tons, from 64 million tons previously, citing a slower restart at its Córrego Fundo pit after a wall collapse in August. No one was hurt.
F date 2041
F quantity 58 million
F quantity 61 million tons
F quantity 64 million tons
L facility Córrego Fundo
> “The third quarter was the hardest we’ve had in years, and I won’t pretend otherwise,” Chief Executive Officer Renata Oliveira Barbosa de Castro said on a call with analysts. “Rain cost us about 11 days of mining at Serra do Tatu alone.
Q direct Renata Oliveira Barbosa de Castro :: “The third quarter was the hardest we’ve had in years, and I won’t pretend otherwise,”
P full Renata Oliveira Barbosa de Castro
Q direct Renata Oliveira Barbosa de Castro :: “Rain cost us about 11 days of mining at Serra do Tatu alone.
F duration 11 days
L facility Serra do Tatu
> “We expect the fourth quarter to be better, but China is not going to rescue this market.”
Q direct Renata Oliveira Barbosa de Castro :: “We expect the fourth quarter to be better, but China is not going to rescue this market.”
L country China
> Barbosa de Castro said Ferrosul would also put off until the second half of 2041 a decision on a 6.2 billion-real pelletizing plant at the Port of Açu in Rio de Janeiro state, as it waits for clearer demand for the high-grade ore used in so-called “green steel.”
P partial Barbosa de Castro
O company Ferrosul
F date 2041
F money 6.2 billion-real
L facility Port of Açu
L region Rio de Janeiro
Q scare - :: “green steel.”
> Shares of Ferrosul fell as much as 6.8% in São Paulo trading Tuesday, the most since March, giving the company a market value of about 41 billion reais. The stock has lost 22% this year, compared with a 3.1% gain in Brazil’s benchmark stock index.
O company Ferrosul
F percent 6.8%
L city São Paulo
F money 41 billion reais
F percent 22%
F percent 3.1%
L country Brazil
> Iron ore futures in Singapore have fallen about 17% since June to near $84 a ton as Chinese mills curb output to meet Beijing’s emissions targets.
L city Singapore
F percent 17%
F money $84
L city Beijing
> “Ferrosul is paying for being a higher-cost producer in a falling market,” said Rodrigo Fagundes Lima, an analyst at Itaú BBA in São Paulo who rates the stock market perform. He estimated the company’s cash cost at $31.50 a ton, about a third more than Vale SA’s.
Q direct Rodrigo Fagundes Lima :: “Ferrosul is paying for being a higher-cost producer in a falling market,”
O company Ferrosul
P full Rodrigo Fagundes Lima
O company Itaú BBA
L city São Paulo
F money $31.50
F fraction a third
O company Vale SA
> Ferrosul also cut its quarterly dividend to 0.35 real a share from 0.80 real. Lima called the move “the right call” given the company’s 9.2 billion reais of net debt.
O company Ferrosul
F money 0.35 real
F money 0.80 real
P partial Lima
Q direct Rodrigo Fagundes Lima :: “the right call”
F money 9.2 billion reais
> --With assistance from Tomás Ribeiro Kanashiro
P full Tomás Ribeiro Kanashiro
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
