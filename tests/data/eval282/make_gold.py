#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval282 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval282/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1735-galway-n6-ring-road-judicial-review-menlough-irish-independent'] = r'''
> Irish News
> ‘Our road to nowhere’: Menlough residents take Galway ring-road fight to High Court
Q direct Bríd Ní Chonghaile :: ‘Our road to nowhere’
L city Menlough
L city Galway
O government High Court
> Judicial review seeks to quash approval for €1.1bn N6 scheme as council insists 14km route is ‘vital’
F money €1.1bn
L street N6
F quantity 14km
Q direct Galway County Council :: ‘vital’
> Conor Mac Giolla Rua
P full Conor Mac Giolla Rua
> Thu 9 May 2041 at 17:42
F date 9 May 2041
F time 17:42
> Bríd Ní Chonghaile (58) at her farm in Menlough, close to where the route would cross the River Corrib. Photo: Aoife Nic Dhonncha/Xposure
P full Bríd Ní Chonghaile
F age 58
L city Menlough
L geo River Corrib
P full Aoife Nic Dhonncha
O media Xposure
> Residents of Menlough and Castlegar have asked the High Court to overturn planning permission for the N6 Galway ring road, the latest turn in a saga that has run for more than two decades.
L city Menlough
L city Castlegar
O government High Court
L street N6
L city Galway
F duration two decades
> The €1.1bn scheme includes 14km of new dual carriageway, a 650-metre bridge over the Corrib and a tunnel beside the Lackagh quarry. It was approved by An Coimisiún Pleanála on 21 February 2041 after a 19-day oral hearing in Salthill.
F money €1.1bn
F quantity 14km
F quantity 650-metre
L geo Corrib
L facility Lackagh
O government An Coimisiún Pleanála
F date 21 February 2041
F duration 19-day
L city Salthill
> In papers lodged at the Four Courts in Dublin on Tuesday, the applicants argue that the planning body failed to assess properly the impact on limestone pavement beside Lough Corrib and on 47 homes that would be demolished or left within 50 metres of the road.
L facility Four Courts
L city Dublin
L geo Lough Corrib
F number 47
F quantity 50 metres
> Ms Ní Chonghaile, whose family has farmed at Menlough since the 1920s, said the road would split her 40-acre farm and pass within 30 metres of her kitchen window, in what neighbours have taken to calling “the Menlough cut”.
P partial Ní Chonghaile
L city Menlough
F date 1920s
F quantity 40-acre
F quantity 30 metres
Q scare - :: “the Menlough cut”
L city Menlough
> “This is our road to nowhere. My father was promised in 2006 that it would never come this close,” she said. “I have been to every hearing since, and every time the map changes.
Q direct Bríd Ní Chonghaile :: “This is our road to nowhere. My father was promised in 2006 that it would never come this close,”
F date 2006
Q direct Bríd Ní Chonghaile :: “I have been to every hearing since, and every time the map changes.
> “We are not against Galway sorting out its traffic. We are against being told that ‘the greater good’ means our homes.”
Q direct Bríd Ní Chonghaile :: “We are not against Galway sorting out its traffic. We are against being told that ‘the greater good’ means our homes.”
L city Galway
> Galway County Council said in a statement that the road remained “vital” for the west of Ireland and that it would defend the permission “robustly”.
O government Galway County Council
Q direct Galway County Council :: “vital”
L country Ireland
Q direct Galway County Council :: “robustly”
> Its director of services for roads and transportation, Declan Furey, said the city could not wait. “Every morning about 28,000 vehicles try to cross the Corrib on two bridges. The ring road takes 11 minutes off the average commute and removes a third of the traffic from the Quincentenary Bridge,” Mr Furey said.
P full Declan Furey
Q direct Declan Furey :: “Every morning about 28,000 vehicles try to cross the Corrib on two bridges. The ring road takes 11 minutes off the average commute and removes a third of the traffic from the Quincentenary Bridge,”
F number 28,000
L geo Corrib
F number two
F duration 11 minutes
F fraction a third
L facility Quincentenary Bridge
P partial Furey
> He said construction could begin in 2043 if the court rules against the residents and would take five years. Compulsory purchase orders have been served on 212 landowners, and 54 homes would be bought.
F date 2043
F duration five years
F number 212
F number 54
> Transport Infrastructure Ireland (TII), which funds national roads, said it was “aware of the proceedings”. A TII spokesperson said 90pc of the cost would come from national funds, adding: “The scheme has been through every stage the law asks of it. We will let the court do its work.”
O government Transport Infrastructure Ireland
O government TII
Q direct Transport Infrastructure Ireland :: “aware of the proceedings”
O government TII
F percent 90pc
Q direct - :: “The scheme has been through every stage the law asks of it. We will let the court do its work.”
> Dr Niamh Breathnach, a lecturer in planning at NUI Galway, said the case would turn on narrow legal points. “Judicial review is not a second planning appeal. The judge will ask whether the board followed the law, not whether the road is a good idea,” she said.
P full Niamh Breathnach
O education NUI Galway
Q direct Niamh Breathnach :: “Judicial review is not a second planning appeal. The judge will ask whether the board followed the law, not whether the road is a good idea,”
> She said a bypass of the city had been drawn up in one form or another since the 1990s and that “every decade the traffic gets worse and the price goes up”.
F date 1990s
Q direct Niamh Breathnach :: “every decade the traffic gets worse and the price goes up”
> The case will be mentioned on 3 June. The residents say they have raised €38,000 from about 600 donors, half of them from outside Connacht.
F date 3 June
F money €38,000
F number 600
F fraction half
L region Connacht
'''

ARTICLES['1736-velsana-orsbo-takeover-bid-copenhagen-obesity-biotech-financial-times'] = r'''
> Pharmaceuticals
> Velsana bids SFr9.4bn for Danish obesity biotech Ørsbo
O company Velsana
F money SFr9.4bn
O company Ørsbo
> Swiss drugmaker offers 38 per cent premium as Copenhagen group’s founding families back deal
F percent 38 per cent
L city Copenhagen
> Lukas Baumgartner in Zurich and Freja Lindholm in Copenhagen
P full Lukas Baumgartner
L city Zurich
P full Freja Lindholm
L city Copenhagen
> Published April 16 2041
F date April 16 2041
> Velsana’s headquarters in Basel. The group has spent more than SFr20bn on acquisitions since 2036 © Jonas Meierhofer/Bloomberg
O company Velsana
L city Basel
F money SFr20bn
F date 2036
P full Jonas Meierhofer
O media Bloomberg
> Velsana has agreed to buy Ørsbo Therapeutics for DKr72bn (SFr9.4bn), betting that the Copenhagen-based biotech’s once-a-month obesity injection can catch up with rivals that have dominated the market for more than a decade.
O company Velsana
O company Ørsbo Therapeutics
F money DKr72bn
F money SFr9.4bn
L city Copenhagen
> The Basel group will pay DKr412 a share, a premium of 38 per cent to Ørsbo’s closing price on Tuesday, the companies said on Wednesday. Ørsbo’s board has recommended the offer, and its two founding families, which together hold 31.5 per cent of the shares, have agreed to accept.
L city Basel
F money DKr412
F percent 38 per cent
O company Ørsbo
O company Ørsbo
F number two
F percent 31.5 per cent
> Matthias Graber-Lenz, Velsana’s chief executive, said the deal would give the Swiss group “a seat at the biggest table in medicine”. “We have watched this market for too long. Ørsbo has the science, and we have the factories and the reach to put it in front of 40mn patients by the end of the decade,” he said.
P full Matthias Graber-Lenz
O company Velsana
Q direct Matthias Graber-Lenz :: “a seat at the biggest table in medicine”
Q direct Matthias Graber-Lenz :: “We have watched this market for too long. Ørsbo has the science, and we have the factories and the reach to put it in front of 40mn patients by the end of the decade,”
O company Ørsbo
F number 40mn
> Ørsbo’s lead drug, ORS-214, cut body weight by an average of 22.4 per cent over 72 weeks in a late-stage trial of 3,900 patients published in March 2040. Velsana expects to seek approval in Europe and the US in the first half of 2042. Ørsbo is one of a handful of so-called “second-wave” obesity companies with late-stage data.
O company Ørsbo
F percent 22.4 per cent
F duration 72 weeks
F number 3,900
F date March 2040
O company Velsana
L continent Europe
L country US
F date 2042
O company Ørsbo
Q scare - :: “second-wave”
> Signe Kjærgaard, Ørsbo’s chief executive and co-founder, said the board had weighed staying independent. “Going it alone would have meant raising another DKr15bn and building three plants. Velsana can do that from the start,” she told the Financial Times.
P full Signe Kjærgaard
O company Ørsbo
Q direct Signe Kjærgaard :: “Going it alone would have meant raising another DKr15bn and building three plants. Velsana can do that from the start,”
F money DKr15bn
F number three
O company Velsana
O media Financial Times
> Shares in Ørsbo jumped 34 per cent to DKr405.80 in Copenhagen, while Velsana fell 4.1 per cent to SFr212.60 in Zurich.
O company Ørsbo
F percent 34 per cent
F money DKr405.80
L city Copenhagen
O company Velsana
F percent 4.1 per cent
F money SFr212.60
L city Zurich
> Raphael Zünd, an analyst at Limmat Privatbank in Zurich, said the price was “full but defensible”. He put Ørsbo’s peak sales at €6bn a year and said Velsana would not earn back its cost of capital before 2044. “It is a big cheque for one drug. If the monthly dose works as well in the real world as it did in the trial, they have bought cheaply. If not, this is the deal the next chief executive writes off,” Zünd said.
P full Raphael Zünd
O company Limmat Privatbank
L city Zurich
Q direct Raphael Zünd :: “full but defensible”
O company Ørsbo
F money €6bn
O company Velsana
F date 2044
Q direct Raphael Zünd :: “It is a big cheque for one drug. If the monthly dose works as well in the real world as it did in the trial, they have bought cheaply. If not, this is the deal the next chief executive writes off,”
F number one
P partial Zünd
> Mette Dalsgaard, who runs equities at Kvist Pension, which owns 2.8 per cent of Ørsbo, said the fund would “look carefully” at the terms. “Twelve months ago the market valued Ørsbo at half this price. But the pipeline behind ORS-214 is worth more than a ‘bird in the hand’ premium, and we would like to hear why Copenhagen should lose another of its best companies,” she said.
P full Mette Dalsgaard
O company Kvist Pension
F percent 2.8 per cent
O company Ørsbo
Q direct Mette Dalsgaard :: “look carefully”
Q direct Mette Dalsgaard :: “Twelve months ago the market valued Ørsbo at half this price. But the pipeline behind ORS-214 is worth more than a ‘bird in the hand’ premium, and we would like to hear why Copenhagen should lose another of its best companies,”
F duration Twelve months
O company Ørsbo
F fraction half
L city Copenhagen
> A person close to Velsana said it had approached Ørsbo twice in 2040. “They said no in the spring and no in the autumn. The third time, the number had a four in front of it,” the person said.
O company Velsana
O company Ørsbo
F date 2040
Q direct - :: “They said no in the spring and no in the autumn. The third time, the number had a four in front of it,”
F number four
> The offer needs acceptances from holders of 90 per cent of the shares and clearance from the European Commission and the Danish Competition and Consumer Authority. Velsana said it would keep Ørsbo’s 1,150 staff in Copenhagen and its research site in Lyngby for at least five years.
F percent 90 per cent
O intergovernmental European Commission
O government Danish Competition and Consumer Authority
O company Velsana
O company Ørsbo
F number 1,150
L city Copenhagen
L city Lyngby
F duration five years
'''

ARTICLES['1737-packers-bears-amundsen-dawes-late-touchdown-lambeau-field-the-athletic'] = r'''
> NFL
O other NFL
> Packers Edge Bears 27-24 as Amundsen Finds Rookie Dawes Late at Frozen Lambeau
O team Packers
O team Bears
F score 27-24
P partial Amundsen
P partial Dawes
L facility Lambeau
> Green Bay trailed by 10 in the fourth quarter before a rookie receiver and a 37-year-old kicker turned the NFC North race around
O team Green Bay
F number 10
F age 37-year-old
O other NFC North
> By Kyle Henriksen
P full Kyle Henriksen
> Dec 16, 2041
F date Dec 16, 2041
> Jalen Dawes celebrates his 31-yard touchdown catch with 1:12 left at Lambeau Field. (Morgan Lindqvist / Getty Images)
P full Jalen Dawes
F quantity 31-yard
F time 1:12
L facility Lambeau Field
P full Morgan Lindqvist
O company Getty Images
> GREEN BAY, Wis. — For three quarters on Sunday, the Chicago Bears looked like the better team at Lambeau Field. Then the wind picked up off the bay, the temperature fell to 14 degrees and Tyler Amundsen found his rookie receiver.
L city GREEN BAY
L region Wis.
F number three
O team Chicago Bears
L facility Lambeau Field
F quantity 14 degrees
P full Tyler Amundsen
> Green Bay scored the last 10 points, and Amundsen’s 31-yard touchdown pass to Dawes with 1:12 remaining gave the Packers (9-5) a 27-24 win that pulled them level with Chicago (9-5) atop the NFC North with three games to play. The drive covered 80 yards in 11 plays and took 4:31.
O team Green Bay
F number 10
P partial Amundsen
F quantity 31-yard
P partial Dawes
F time 1:12
O team Packers
F score 9-5
F score 27-24
O team Chicago
F score 9-5
O other NFC North
F number three
F quantity 80 yards
F number 11
F duration 4:31
> Cornerback Isaiah Greer then intercepted Cody Brannigan on the Bears’ next snap, Green Bay’s second interception of the day and the 23rd of Greer’s career.
P full Isaiah Greer
P full Cody Brannigan
O team Bears
O team Green Bay
P partial Greer
> “I told him in the huddle, ‘Run like it’s July,’” Amundsen said of Dawes, a 22-year-old fifth-round pick from Northern Illinois. “He did. That kid has been waiting all year for a ball like that.”
Q direct Tyler Amundsen :: “I told him in the huddle, ‘Run like it’s July,’”
P partial Amundsen
P partial Dawes
F age 22-year-old
O education Northern Illinois
Q direct Tyler Amundsen :: “He did. That kid has been waiting all year for a ball like that.”
> Amundsen finished 24 of 36 for 291 yards and two touchdowns, with one interception. Dawes caught six passes for 104 yards despite playing only half of the offensive snaps.
P partial Amundsen
F number 24
F number 36
F quantity 291 yards
F number two
F number one
P partial Dawes
F number six
F quantity 104 yards
F fraction half
> Chicago had controlled the game from the opening drive. Brannigan threw for 247 yards and ran for a 9-yard score, and the Bears led 17-7 at halftime and 24-14 early in the fourth quarter after running back DeShawn Pruitt-Okafor’s 2-yard plunge.
O team Chicago
P partial Brannigan
F quantity 247 yards
F quantity 9-yard
O team Bears
F score 17-7
F score 24-14
P full DeShawn Pruitt-Okafor
F quantity 2-yard
> Kicker Anders Sørlie, 37, made a 46-yard field goal with 8:40 to play, and the defense held Chicago to 3 yards on its next possession.
P full Anders Sørlie
F age 37
F quantity 46-yard
F time 8:40
O team Chicago
F quantity 3 yards
> “We had them. We had them for 55 minutes, and you can’t give a team like that a chance at the end,” Bears coach Reggie Whitcomb said. “That’s on me. I called the pass on first down.”
Q direct Reggie Whitcomb :: “We had them. We had them for 55 minutes, and you can’t give a team like that a chance at the end,”
F duration 55 minutes
O team Bears
P full Reggie Whitcomb
Q direct Reggie Whitcomb :: “That’s on me. I called the pass on first down.”
> Packers coach Dan Kessling said his team had been “flat” until halftime. “It was 14 degrees, and for 30 minutes we played like it,” he said. “Nobody yelled in the locker room. We just talked about the next drive.
O team Packers
P full Dan Kessling
Q direct Dan Kessling :: “flat”
Q direct Dan Kessling :: “It was 14 degrees, and for 30 minutes we played like it,”
F quantity 14 degrees
F duration 30 minutes
Q direct Dan Kessling :: “Nobody yelled in the locker room. We just talked about the next drive.
> “This place does that to people. I have coached here for six years and never heard it like that.”
Q direct Dan Kessling :: “This place does that to people. I have coached here for six years and never heard it like that.”
F duration six years
> The announced attendance was 77,914 at a stadium fans still call “the Frozen Tundra.” The kickoff temperature of 21 degrees was the coldest of the season, and by the fourth quarter the wind chill had reached minus 4 degrees.
F number 77,914
Q scare - :: “the Frozen Tundra.”
F quantity 21 degrees
F quantity minus 4 degrees
> Brannigan, 26, took the blame for the last interception. “I saw Greer late. It was a bad read, and it cost us,” he said. The Bears were 3 of 12 on third down.
P partial Brannigan
F age 26
Q direct Cody Brannigan :: “I saw Greer late. It was a bad read, and it cost us,”
P partial Greer
O team Bears
F number 3
F number 12
> A Bears official said Pruitt-Okafor, who left in the third quarter with an ankle injury, would have an MRI on Monday. “He’ll be day to day,” the official said.
O team Bears
P partial Pruitt-Okafor
Q direct - :: “He’ll be day to day,”
> Green Bay plays at Minnesota next Sunday, while Chicago hosts Detroit on Dec. 23 at Soldier Field.
O team Green Bay
O team Minnesota
O team Chicago
O team Detroit
F date Dec. 23
L facility Soldier Field
'''

ARTICLES['1738-rts-link-opens-johor-bahru-singapore-woodlands-bukit-chagar-cna'] = r'''
> Singapore
L country Singapore
> RTS Link Opens to Commuters, Cutting Johor Bahru-Singapore Trip to Five Minutes
L facility RTS Link
L city Johor Bahru
L country Singapore
F duration Five Minutes
> About 38,000 passengers used the cross-border train on its first day, with fares set at RM6.50 in Johor Bahru and S$6.40 in Singapore.
F number 38,000
F money RM6.50
L city Johor Bahru
F money S$6.40
L country Singapore
> Ng Hui Min
P full Ng Hui Min
> 02 Dec 2041 07:40PM
F date 02 Dec 2041
F time 07:40PM
> Commuters board a train at Bukit Chagar station in Johor Bahru on Monday (Dec 2). (Photo: CNA/Faizal Hamzah)
L facility Bukit Chagar
L city Johor Bahru
F date Dec 2
O media CNA
P full Faizal Hamzah
> SINGAPORE: The cross-border RTS Link between Woodlands North and Bukit Chagar opened to the public at 6am on Monday (Dec 2), with the first train covering the 4km journey across the Strait of Johor in five minutes and 10 seconds.
L country SINGAPORE
L facility RTS Link
L facility Woodlands North
L facility Bukit Chagar
F time 6am
F date Dec 2
F quantity 4km
L geo Strait of Johor
F duration five minutes
F duration 10 seconds
> Minister for Transport Chua Kheng Yong, who rode the first train with Malaysian officials, said the link would "change the way two cities live together".
P full Chua Kheng Yong
Q direct Chua Kheng Yong :: "change the way two cities live together"
F number two
> "For 117 years, the Causeway has been the only way across. Today there is a second door," Mr Chua said at a ceremony at Woodlands North station. "It will not replace the Causeway, but it gives 10,000 people an hour each way a choice they did not have yesterday."
Q direct Chua Kheng Yong :: "For 117 years, the Causeway has been the only way across. Today there is a second door,"
F duration 117 years
L facility Causeway
P partial Chua
L facility Woodlands North
Q direct Chua Kheng Yong :: "It will not replace the Causeway, but it gives 10,000 people an hour each way a choice they did not have yesterday."
L facility Causeway
F number 10,000
> Trains run every four minutes at peak hours, from 6am to 11.59pm. Passengers clear both Singapore and Malaysian immigration at the departure station, an arrangement that the Land Transport Authority (LTA) said would keep journeys "under 15 minutes door to platform".
F duration four minutes
F time 6am
F time 11.59pm
L country Singapore
O government Land Transport Authority
O government LTA
Q direct Land Transport Authority :: "under 15 minutes door to platform"
F duration 15 minutes
> Muhammad Haziq Rahman, 29, a technician who lives in Taman Molek and works at a semiconductor plant in Woodlands, said he used to leave home at 4.45am to beat the jams on the Causeway.
P full Muhammad Haziq Rahman
F age 29
L city Taman Molek
L city Woodlands
F time 4.45am
L facility Causeway
> "Two hours on the bus, sometimes more. Today I slept until 6.30 and I was at work before 7.30," he said. "My mother said, 'Now you can come home for dinner.'"
Q direct Muhammad Haziq Rahman :: "Two hours on the bus, sometimes more. Today I slept until 6.30 and I was at work before 7.30,"
F duration Two hours
F time 6.30
F time 7.30
Q direct Muhammad Haziq Rahman :: "My mother said, 'Now you can come home for dinner.'"
> He pays RM6.50 each way, or about RM260 a month, which he called "worth every sen".
F money RM6.50
F money RM260
Q direct Muhammad Haziq Rahman :: "worth every sen"
> Malaysia's Ministry of Transport secretary-general Datuk Rosnah Ismail said daily ridership could reach 40,000 by the end of 2042. "We expect the numbers to climb as people change their routines. Many families in Johor made their plans around the jam," she said, adding that Kuala Lumpur would review the fare after six months.
L country Malaysia
O government Ministry of Transport
P full Rosnah Ismail
F number 40,000
F date 2042
Q direct Rosnah Ismail :: "We expect the numbers to climb as people change their routines. Many families in Johor made their plans around the jam,"
L region Johor
L city Kuala Lumpur
F duration six months
> Associate Professor Goh Siew Lan, an economist at Nanyang Technological University (NTU), said the link could shift rents on both sides. "Workers will find it easier to live in Johor and work in Singapore, and some landlords in Woodlands will feel that," she said.
P full Goh Siew Lan
O education Nanyang Technological University
O education NTU
Q direct Goh Siew Lan :: "Workers will find it easier to live in Johor and work in Singapore, and some landlords in Woodlands will feel that,"
L region Johor
L country Singapore
L city Woodlands
> She estimated that 12 per cent of the 300,000 daily Causeway crossings could move to the train within two years. Prof Goh added that the S$6.40 fare from Singapore, about RM22.10, was "a real cost for Malaysians who shop on our side".
F percent 12 per cent
F number 300,000
L facility Causeway
F duration two years
P partial Goh
F money S$6.40
L country Singapore
F money RM22.10
Q direct Goh Siew Lan :: "a real cost for Malaysians who shop on our side"
> An LTA officer at Woodlands North, who declined to be named, said 1,200 passengers had transferred there from the Thomson-East Coast Line in the first hour. "Smoother than we feared," the officer said.
O government LTA
L facility Woodlands North
F number 1,200
L facility Thomson-East Coast Line
Q direct - :: "Smoother than we feared,"
> By evening, some commuters had nicknamed the train the "five-minute bridge".
Q scare - :: "five-minute bridge"
F duration five-minute
'''

ARTICLES['1739-new-bedford-offshore-wind-port-expansion-marine-commerce-terminal-boston-globe'] = r'''
> Metro
> New Bedford’s wind port gets $310 million to ship turbines for 2,400 megawatts
L city New Bedford
F money $310 million
F quantity 2,400 megawatts
> State officials say the expanded terminal on the Acushnet River will support 1,100 jobs. Fishermen worry about losing their place on the waterfront.
L geo Acushnet River
F number 1,100
> By Maren Costa-Whitfield Globe Staff
P full Maren Costa-Whitfield
O media Globe
> Updated March 14, 2042, 6:18 p.m.
F date March 14, 2042
F time 6:18 p.m.
> A turbine blade was unloaded at the New Bedford Marine Commerce Terminal on Tuesday.Dana Pimentel/Globe Staff
L facility New Bedford Marine Commerce Terminal
P full Dana Pimentel
O media Globe
> NEW BEDFORD — The state will spend $310 million to nearly double the size of the New Bedford Marine Commerce Terminal, turning the South End waterfront into the main staging port for wind farms south of Martha’s Vineyard, Massachusetts officials announced Thursday.
L city NEW BEDFORD
F money $310 million
L facility New Bedford Marine Commerce Terminal
L city South End
L geo Martha’s Vineyard
L region Massachusetts
> The expansion adds 28 acres of heavy-lift quay on land filled from the harbor, enough to handle the 18-megawatt turbines now being built, said Energy and Environmental Affairs Secretary Lorna Tavares.
F quantity 28 acres
F quantity 18-megawatt
P full Lorna Tavares
> “We are not going to watch these turbines get built in New Jersey and towed past our coast,” Tavares said at a news conference on the pier. “New Bedford built ships for the whaling fleet. It can build the next thing, too.”
Q direct Lorna Tavares :: “We are not going to watch these turbines get built in New Jersey and towed past our coast,”
L region New Jersey
P partial Tavares
Q direct Lorna Tavares :: “New Bedford built ships for the whaling fleet. It can build the next thing, too.”
L city New Bedford
> Construction is to begin in June 2042 and take 30 months. The state will cover 60 percent of the cost, with the other 40 percent from a U.S. Department of Transportation port grant. Officials say the port will support 1,100 jobs, 400 of them permanent, and handle parts for projects totaling 2,400 megawatts, enough to power about 1.1 million homes.
F date June 2042
F duration 30 months
F percent 60 percent
F percent 40 percent
O government U.S. Department of Transportation
F number 1,100
F number 400
F quantity 2,400 megawatts
F number 1.1 million
> Northmark Offshore Wind, which plans to stage its 1,200-megawatt Cormorant Banks project from the terminal, signed a 15-year lease worth $8.6 million a year. In a statement, the company called the deal “the anchor for a generation of work on the South Coast.”
O company Northmark Offshore Wind
F quantity 1,200-megawatt
L facility Cormorant Banks
F duration 15-year
F money $8.6 million
Q direct Northmark Offshore Wind :: “the anchor for a generation of work on the South Coast.”
L region South Coast
> Northmark spokeswoman Kiara Santos said about three-quarters of the crane and rigging crews would be hired locally. “We’d rather train a welder from Fall River than fly one in from Denmark,” she said.
O company Northmark
P full Kiara Santos
F fraction three-quarters
Q direct Kiara Santos :: “We’d rather train a welder from Fall River than fly one in from Denmark,”
L city Fall River
L country Denmark
> Not everyone on the waterfront is celebrating. Manuel Furtado, 61, who has fished for scallops out of New Bedford for 43 years, said the terminal would take berths that his boat and about 20 others use off MacArthur Drive.
P full Manuel Furtado
F age 61
L city New Bedford
F duration 43 years
F number 20
L street MacArthur Drive
> “This is still the most valuable fishing port in the country. They keep telling us there’s room for everybody, but every time they pour concrete, we lose another slip,” Furtado said. “My father came here from the Azores in 1971 with nothing.
Q direct Manuel Furtado :: “This is still the most valuable fishing port in the country. They keep telling us there’s room for everybody, but every time they pour concrete, we lose another slip,”
P partial Furtado
Q direct Manuel Furtado :: “My father came here from the Azores in 1971 with nothing.
L geo Azores
F date 1971
> “I don’t want to be the one who hands the harbor over to the wind people.”
Q direct Manuel Furtado :: “I don’t want to be the one who hands the harbor over to the wind people.”
> The New Bedford Port Authority said 14 fishing berths would move to a rebuilt pier in Fairhaven, across the river, by the end of 2043.
O government New Bedford Port Authority
F number 14
L city Fairhaven
F date 2043
> Tomás Reis, a fisheries researcher at UMass Dartmouth’s School for Marine Science and Technology, said the two industries could share the harbor, but that scallop landings worth $420 million in 2041 should not be treated as “a rounding error.” “The wind jobs are real, but so are the fishing jobs, and the fishing jobs are here now,” he said.
P full Tomás Reis
O education UMass Dartmouth
O education School for Marine Science and Technology
F number two
F money $420 million
F date 2041
Q direct Tomás Reis :: “a rounding error.”
Q direct Tomás Reis :: “The wind jobs are real, but so are the fishing jobs, and the fishing jobs are here now,”
> A state official familiar with the lease talks said the administration had looked at Salem and at Brayton Point in Somerset before choosing New Bedford, which “won on water depth, not politics.”
L city Salem
L facility Brayton Point
L city Somerset
L city New Bedford
Q direct - :: “won on water depth, not politics.”
> Advocates have started calling the South Coast the state’s “blue-collar climate corridor.”
L region South Coast
Q scare - :: “blue-collar climate corridor.”
'''

ARTICLES['1740-lagos-fuel-subsidy-protest-nlc-strike-ikeja-al-jazeera'] = r'''
> News|Protests
> Thousands march in Lagos as Nigeria scraps last of fuel subsidy
L city Lagos
L country Nigeria
> Petrol prices jump 48 percent overnight as unions threaten a three-day general strike from Monday.
F percent 48 percent
F duration three-day
> By Chiamaka Obi-Nwosu
P full Chiamaka Obi-Nwosu
> Published On 14 Mar 2042
F date 14 Mar 2042
> Protesters march in Alausa, Ikeja, on Thursday, calling on the Lagos State House of Assembly to intervene [Tunde Akinwale/Al Jazeera]
L city Alausa
L city Ikeja
O government Lagos State House of Assembly
P full Tunde Akinwale
O media Al Jazeera
> Lagos, Nigeria – Tens of thousands of people marched through Lagos on Thursday after the federal government removed what remained of Nigeria’s petrol subsidy, pushing the pump price from 980 naira ($0.61) to 1,450 naira ($0.90) a litre overnight.
L city Lagos
L country Nigeria
L city Lagos
L country Nigeria
F money 980 naira
F money $0.61
F money 1,450 naira
F money $0.90
> The march began at 7am at Gani Fawehinmi Freedom Park in Ojota and ended six hours later outside the state assembly, where police fired tear gas as some protesters tried to climb the gates. The Lagos State Police Command said 41 people were arrested.
F time 7am
L facility Gani Fawehinmi Freedom Park
L city Ojota
F duration six hours
O government Lagos State Police Command
F number 41
> Nigeria Labour Congress (NLC) President Comrade Ifeanyi Adekunle-Bassey told the crowd the union would begin a three-day nationwide strike on Monday unless the government restored “at least half” of the subsidy. The Trade Union Congress (TUC) said it would join.
O nonprofit Nigeria Labour Congress
O nonprofit NLC
P full Ifeanyi Adekunle-Bassey
F duration three-day
Q direct Ifeanyi Adekunle-Bassey :: “at least half”
F fraction half
O nonprofit Trade Union Congress
O nonprofit TUC
> “They say the market must decide. The market does not feed children,” Adekunle-Bassey said. “A bus driver in Lagos now spends 60 percent of what he earns on fuel. We will not carry this for them.”
Q direct Ifeanyi Adekunle-Bassey :: “They say the market must decide. The market does not feed children,”
P partial Adekunle-Bassey
Q direct Ifeanyi Adekunle-Bassey :: “A bus driver in Lagos now spends 60 percent of what he earns on fuel. We will not carry this for them.”
L city Lagos
F percent 60 percent
> In Ikeja’s Computer Village, phone-accessories trader Funmilayo Adebanjo, 47, said her transport costs had doubled in two weeks. She now pays 3,000 naira a day for the bus from Agege, up from 1,400 naira at the start of the month.
L city Ikeja
L facility Computer Village
P full Funmilayo Adebanjo
F age 47
F duration two weeks
F money 3,000 naira
L city Agege
F money 1,400 naira
> “I sell chargers. Who buys a charger when bread costs this much? My customers tell me, ‘Mama, next week,’ and next week they are still not coming,” she said.
Q direct Funmilayo Adebanjo :: “I sell chargers. Who buys a charger when bread costs this much? My customers tell me, ‘Mama, next week,’ and next week they are still not coming,”
> Information Minister Abdullahi Garba-Usman defended the decision, saying the subsidy had cost 7.2 trillion naira in 2041, about 15 percent of federal spending. “Every naira we spent on petrol was a naira we did not spend on schools and clinics,” he told reporters in Abuja.
P full Abdullahi Garba-Usman
F money 7.2 trillion naira
F date 2041
F percent 15 percent
Q direct Abdullahi Garba-Usman :: “Every naira we spent on petrol was a naira we did not spend on schools and clinics,”
L city Abuja
> He said the government would pay 25,000 naira a month for six months to 15 million poor households, and called the strike threat “premature”.
F money 25,000 naira
F duration six months
F number 15 million
Q direct Abdullahi Garba-Usman :: “premature”
> Kemi Aluko-Danjuma, an economist at the Abuja-based Savannah Centre for Economic Research, said the timing was wrong. “The reform is necessary, but the sequencing is not. You cannot remove the subsidy on a Tuesday and promise the transfers for May,” she said. She expects inflation, now 21.4 percent, to rise by 3 to 4 percentage points by June.
P full Kemi Aluko-Danjuma
L city Abuja
O nonprofit Savannah Centre for Economic Research
Q direct Kemi Aluko-Danjuma :: “The reform is necessary, but the sequencing is not. You cannot remove the subsidy on a Tuesday and promise the transfers for May,”
F percent 21.4 percent
F percent 3
F percent 4 percentage points
> An official at the state-owned NNPC, who asked not to be named because he was not authorised to speak to the media, said depots in Apapa had sold 30 percent less petrol since Tuesday. “People are buying only what they need for one day,” he said.
O company NNPC
L city Apapa
F percent 30 percent
Q direct - :: “People are buying only what they need for one day,”
F duration one day
> Marchers carried signs reading “Subsidy is not charity” and mocked the so-called “palliatives” promised by Abuja. Many said they would stay off the roads on Monday; others planned to gather again at 10am in Ojota.
Q direct - :: “Subsidy is not charity”
Q scare - :: “palliatives”
L city Abuja
F time 10am
L city Ojota
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
