#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented development-evaluation articles (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['01-senate-stopgap'] = r'''
> Senate passes stopgap bill hours before shutdown deadline
O government Senate
> By LISA MARTÍNEZ and DAVID O’CONNELL
P full LISA MARTÍNEZ
P full DAVID O’CONNELL
> WASHINGTON (AP) — The Senate voted 52 to 47 on Thursday to approve a 45-day stopgap spending bill, sending the measure to the House less than 12 hours before a 12:01 a.m. Saturday deadline that would have shut down much of the federal government.
L city WASHINGTON
O media AP
O government Senate
F number 52
F number 47
F duration 45-day
O government House
F duration 12 hours
F time 12:01 a.m.
> Majority Leader Margaret Hollis, an Oregon Democrat, said the vote showed that “the center can still hold in this building,” even as several members of her own caucus broke ranks.
P full Margaret Hollis
L region Oregon
Q direct Margaret Hollis :: “the center can still hold in this building,”
> “Nobody got everything they wanted,” Hollis told reporters outside the chamber. “But nobody is going to miss a paycheck next week, and that matters.”
Q direct Margaret Hollis :: “Nobody got everything they wanted,”
P partial Hollis
Q direct Margaret Hollis :: “But nobody is going to miss a paycheck next week, and that matters.”
> The measure keeps federal agencies funded at current levels through Nov. 21 and includes $6.1 billion in disaster aid for states hit by summer flooding, according to a summary released by the Senate Appropriations Committee.
F date Nov. 21
F money $6.1 billion
O government Senate Appropriations Committee
> The Republican Party has controlled the House since the 2022 midterm elections, and Speaker Paul Whitcomb of Ohio faced a revolt from conservative Republicans who wanted steeper cuts.
O party Republican Party
O government House
F date 2022
P full Paul Whitcomb
L region Ohio
> Whitcomb said he would bring the bill to the floor Friday morning. “We are going to keep the lights on,” he said, “and then we are going to have a real fight about spending.”
P partial Whitcomb
Q direct Paul Whitcomb :: “We are going to keep the lights on,”
Q direct Paul Whitcomb :: “and then we are going to have a real fight about spending.”
> Rep. Andrea Babič, a first-term Republican from Arizona, said she would vote no. “Another 45 days of the same spending is not a plan,” she wrote on X, the platform formerly known as Twitter.
P full Andrea Babič
L region Arizona
Q direct Andrea Babič :: “Another 45 days of the same spending is not a plan,”
F duration 45 days
O company X
O company Twitter
> The Democrats, who lost the House in 2022, have made the shutdown threat a centerpiece of their campaign message ahead of next year’s elections.
O party Democrats
O government House
F date 2022
> Eleven Democratic senators voted against the bill, arguing that it did too little for federal workers. Sen. Joseph Nkemelu of Maryland called it “a Band-Aid on a broken leg.”
F number Eleven
P full Joseph Nkemelu
L region Maryland
Q direct Joseph Nkemelu :: “a Band-Aid on a broken leg.”
> Nkemelu, who chairs the Democratic Senatorial Campaign Committee, said the party would not “roll over” in the next round of negotiations.
P partial Nkemelu
O party Democratic Senatorial Campaign Committee
Q direct Joseph Nkemelu :: “roll over”
> Gov. Renée Castellanos of Colorado, a Democrat, said the state had prepared to keep national parks open with its own money for up to two weeks. About 1,800 state employees would have been affected, according to her office.
P full Renée Castellanos
L region Colorado
F duration two weeks
F number 1,800
> The White House said in a statement that President Daniel Harrow would sign the measure as soon as it reached his desk.
O government White House
P full Daniel Harrow
> “This is not how a great country should budget,” White House press secretary Kara Lindqvist told reporters at her daily briefing. “Americans deserve better than lurching from deadline to deadline.
Q direct Kara Lindqvist :: “This is not how a great country should budget,”
O government White House
P full Kara Lindqvist
Q direct Kara Lindqvist :: “Americans deserve better than lurching from deadline to deadline.
> “The president has been clear: he wants a full-year budget, and he wants it by Christmas. He is done with ‘governing by cliff.’”
Q direct Kara Lindqvist :: “The president has been clear: he wants a full-year budget, and he wants it by Christmas. He is done with ‘governing by cliff.’”
> The Congressional Budget Office (CBO) estimated that the last shutdown, which lasted 35 days in 2018 and 2019, cost the economy $11 billion, including $3 billion that was never recovered.
O government Congressional Budget Office
O government CBO
F duration 35 days
F date 2018
F date 2019
F money $11 billion
F money $3 billion
> A vote in the House was scheduled for 10 a.m. Friday. If it fails, about 2 million civilian federal workers and 1.3 million active-duty troops would go without pay.
O government House
F time 10 a.m.
F number 2 million
F number 1.3 million
> Only one Republican in the House, Rep. Lyle Ferrante of Pennsylvania, has said he will vote against it. "I told the speaker last night: count me out," Ferrante said.
F number one
O government House
P full Lyle Ferrante
L region Pennsylvania
Q direct Lyle Ferrante :: "I told the speaker last night: count me out,"
P partial Ferrante
'''

ARTICLES['02-avalanche-wild'] = r'''
> Kovář scores twice as Avalanche edge Wild 3-2 in overtime
P partial Kovář
O team Avalanche
O team Wild
F score 3-2
> By BEN HARTLEY
P full BEN HARTLEY
> AP Sports Writer
O media AP
> ![Colorado Avalanche center Jiří Kovář (91) celebrates his overtime goal against the Minnesota Wild during a game in Denver, Saturday, Nov. 8, 2025. (AP Photo/Maria Ortega)](/images/2025/11/08/avalanche-wild_1200.webp)
O team Colorado Avalanche
P full Jiří Kovář
O team Minnesota Wild
L city Denver
F date Nov. 8, 2025
O media AP
P full Maria Ortega
> DENVER (AP) — Jiří Kovář scored his second goal of the night 2:14 into overtime, and the Colorado Avalanche beat the Minnesota Wild 3-2 on Saturday to extend their winning streak to five games.
L city DENVER
O media AP
P full Jiří Kovář
F time 2:14
O team Colorado Avalanche
O team Minnesota Wild
F score 3-2
F number five
> Kovář, 28, took a drop pass from Mikael Sjöberg on a 2-on-1 rush and beat goalie Tyler Brandt high on the glove side. Colorado improved to 10-4-1, while Minnesota fell to 7-6-3.
P partial Kovář
F age 28
P full Mikael Sjöberg
F score 2-on-1
P full Tyler Brandt
O team Colorado
F score 10-4-1
O team Minnesota
F score 7-6-3
> "He's been our best player for three weeks," Avalanche coach Dale Fenwick said. "When he gets a step on somebody, it's over."
Q direct Dale Fenwick :: "He's been our best player for three weeks,"
F duration three weeks
O team Avalanche
P full Dale Fenwick
Q direct Dale Fenwick :: "When he gets a step on somebody, it's over."
> Sjöberg and Cale Ostrowski also scored for the Avalanche, and Pavel Horák made 31 saves in his 12th start of the season before a sellout crowd of 18,086. Colorado has won 11 of its last 14 games at Ball Arena.
P partial Sjöberg
P full Cale Ostrowski
O team Avalanche
P full Pavel Horák
F number 31
F number 18,086
O team Colorado
F number 11
F number 14
L facility Ball Arena
> Ryan Halvorsen and Luca Bertolini scored for Minnesota, which has lost four straight. Brandt stopped 27 shots.
P full Ryan Halvorsen
P full Luca Bertolini
O team Minnesota
F number four
P partial Brandt
F number 27
> Minnesota led 2-1 through 40 minutes before Ostrowski tied it with 4:51 remaining in regulation, redirecting a point shot during a 5-on-3 power play that lasted 72 seconds.
O team Minnesota
F score 2-1
F duration 40 minutes
P partial Ostrowski
F time 4:51
F score 5-on-3
F duration 72 seconds
> "We had them on the ropes," said Wild coach Paul Ekström, whose team had won the previous meeting 4-1 in St. Paul on Oct. 19. "You can't give a team like that a 5-on-3 in the third period."
Q direct Paul Ekström :: "We had them on the ropes,"
O team Wild
P full Paul Ekström
F score 4-1
L city St. Paul
F date Oct. 19
Q direct Paul Ekström :: "You can't give a team like that a 5-on-3 in the third period."
F score 5-on-3
> The Wild played without captain Erik Lindahl, who missed his sixth straight game with a lower-body injury. Ekström said Lindahl, 33, would be re-evaluated in two weeks.
O team Wild
P full Erik Lindahl
P partial Ekström
P partial Lindahl
F age 33
F duration two weeks
> Horák, a 24-year-old from Brno, Czech Republic, has allowed two or fewer goals in eight of his 12 starts. He signed a three-year, $8.25 million contract extension with Colorado in July.
P partial Horák
F age 24-year-old
L city Brno
L country Czech Republic
F number two
F number eight
F number 12
F duration three-year
F money $8.25 million
O team Colorado
> Kovář, one of the NHL's top scorers, leads the Avalanche with 12 goals this season and has points in nine of his last 10 games. He scored 41 goals in the 2024-25 season, the most by a Czech-born player in franchise history.
P partial Kovář
O other NHL
O team Avalanche
F number 12
F number nine
F number 10
F number 41
F date 2024-25
> "Honestly, I just tried to shoot it as hard as I could," Kovář said. "Sjöberg made the play. I just had to finish it."
Q direct Jiří Kovář :: "Honestly, I just tried to shoot it as hard as I could,"
P partial Kovář
Q direct Jiří Kovář :: "Sjöberg made the play. I just had to finish it."
P partial Sjöberg
> The Avalanche killed off all three Minnesota power plays and are 18 for 19 on the penalty kill over their last six games. Minnesota has been outscored 14-6 during its four-game skid.
O team Avalanche
F number three
O team Minnesota
F number 18
F number 19
F number six
O team Minnesota
F score 14-6
F number four
> Earlier Saturday, the NHL fined Wild defenseman Brock Dahlquist $5,000 for cross-checking St. Louis Blues forward Dmitri Lasalle in the first period of Thursday's game.
O other NHL
O team Wild
P full Brock Dahlquist
F money $5,000
O team St. Louis Blues
P full Dmitri Lasalle
> Dahlquist, 25, was not suspended. The league's Department of Player Safety said the hit was "careless" but did not cause an injury.
P partial Dahlquist
F age 25
O other Department of Player Safety
Q direct Department of Player Safety :: "careless"
> Fenwick said defenseman Tomáš Řezníček, who has missed 10 games with a broken finger, could return during a three-game road trip that starts Thursday in Seattle.
P partial Fenwick
P full Tomáš Řezníček
F number 10
F number three
L city Seattle
> Colorado won 34 of 58 faceoffs, and Kovář played a season-high 23 minutes with six shots on goal. The teams meet again Jan. 3 in St. Paul, the last of their three regular-season meetings.
O team Colorado
F number 34
F number 58
P partial Kovář
F duration 23 minutes
F number six
F date Jan. 3
L city St. Paul
F number three
> UP NEXT
> Wild: At Dallas on Monday night.
O team Wild
O team Dallas
> Avalanche: Host Vegas on Tuesday night.
O team Avalanche
O team Vegas
'''

ARTICLES['03-norvane-veldhoven'] = r'''
> Business
> Chipmaker Norvane to buy Dutch rival Veldhoven in $4.2 billion deal
O company Norvane
O company Veldhoven
F money $4.2 billion
> By Priya Raghunathan and Stefan Müller
P full Priya Raghunathan
P full Stefan Müller
> AMSTERDAM/SAN JOSE, Calif. (Reuters) - Norvane Semiconductor Corp. said on Tuesday it would buy Dutch chip designer Veldhoven Photonics B.V. for $4.2 billion in cash, the biggest deal in the European chip sector this year, as it bets on demand for artificial intelligence (AI) data centers.
L city AMSTERDAM
L city SAN JOSE
L region Calif.
O media Reuters
O company Norvane Semiconductor Corp.
O company Veldhoven Photonics B.V.
F money $4.2 billion
> The offer of 38.50 euros per share represents a premium of 27 percent to Veldhoven’s closing price on Monday, the companies said in a joint statement.
F money 38.50 euros
F percent 27 percent
O company Veldhoven
> Norvane, which makes power-management chips used in Apple’s iPhone and in laptops running Microsoft’s Windows 10, reported revenue of $1.9 billion for its fiscal third quarter, up 8 percent from a year earlier.
O company Norvane
O company Apple
O company Microsoft
F money $1.9 billion
F percent 8 percent
> “Photonics is where the bottlenecks in AI computing are moving,” Norvane Chief Executive Officer Helen Tsao said on a call with analysts. “With Veldhoven, we can offer customers the whole stack.”
Q direct Helen Tsao :: “Photonics is where the bottlenecks in AI computing are moving,”
O company Norvane
P full Helen Tsao
Q direct Helen Tsao :: “With Veldhoven, we can offer customers the whole stack.”
O company Veldhoven
> Veldhoven, founded in 2011 as a spin-off of Eindhoven University of Technology (TU/e), employs about 1,400 people and posted sales of 300 million euros last year. Its shares jumped 24.6 per cent to 37.90 euros in Amsterdam trading, and its order backlog grew 7.3 per cent in the third quarter.
O company Veldhoven
F date 2011
O education Eindhoven University of Technology
O education TU/e
F number 1,400
F money 300 million euros
F percent 24.6 per cent
F money 37.90 euros
L city Amsterdam
F percent 7.3 per cent
> The deal requires approval from regulators including the Netherlands Authority for Consumers and Markets (ACM) and the Committee on Foreign Investment in the United States (CFIUS), and is expected to close in the first half of 2026.
O government Netherlands Authority for Consumers and Markets
O government ACM
O government Committee on Foreign Investment in the United States
O government CFIUS
F date 2026
> Dutch Economy Minister Karin van Dijk said the government would examine whether the sale posed risks to national security. The Netherlands blocked a smaller chip deal in 2023, and a German state bank last month pulled a €5m loan to a Veldhoven supplier.
P full Karin van Dijk
L country Netherlands
F date 2023
F money €5m
O company Veldhoven
> Norvane will fund the purchase with cash on hand and a $2.5 billion term loan arranged by Goldman Sachs Group Inc. and Deutsche Bank AG, according to a regulatory filing with the Securities and Exchange Commission (SEC).
O company Norvane
F money $2.5 billion
O company Goldman Sachs Group Inc.
O company Deutsche Bank AG
O government Securities and Exchange Commission
O government SEC
> The company expects the acquisition to add to adjusted earnings per share within 18 months of closing and to generate about $150 million in annual cost savings by fiscal 2028.
F duration 18 months
F money $150 million
F date 2028
> Analysts at Bernstein said the price looked full. “They are paying for growth that [Veldhoven] hasn’t shown yet,” wrote analyst Marco Ferri, who rates Norvane shares at neutral. Chip stocks have rallied since the European Central Bank (ECB) delivered a half-point rate cut in June.
O company Bernstein
Q direct Marco Ferri :: “They are paying for growth that [Veldhoven] hasn’t shown yet,”
O company Veldhoven
P full Marco Ferri
O company Norvane
O government European Central Bank
O government ECB
F percent half-point
> Norvane shares rose 3.1% to $86.40 in extended trading after closing down 0.7% on the Nasdaq. The company has a market value of roughly $31 billion.
O company Norvane
F percent 3.1%
F money $86.40
F percent 0.7%
O company Nasdaq
F money $31 billion
> Kestrel Microdevices Ltd., a British maker of optical transceivers, had also held talks to buy Veldhoven earlier this year, two people familiar with the matter told Reuters in March.
O company Kestrel Microdevices Ltd.
O company Veldhoven
F number two
O media Reuters
> Norvane, based in San Jose, California, has made three acquisitions since 2020, including the $640 million purchase of Israeli startup Lumora Ltd. in 2022. It employs about 9,800 people in 14 countries.
O company Norvane
L city San Jose
L region California
F number three
F date 2020
F money $640 million
O company Lumora Ltd.
F date 2022
F number 9,800
F number 14
> The European Commission (EC) has said it wants the bloc to double its share of global chip production to 20% by 2030 under the European Chips Act.
O intergovernmental European Commission
O intergovernmental EC
F percent 20%
F date 2030
> (Reporting by Priya Raghunathan in San Jose and Stefan Müller in Amsterdam; Editing by Tomás Ibáñez)
P full Priya Raghunathan
L city San Jose
P full Stefan Müller
L city Amsterdam
P full Tomás Ibáñez
'''

ARTICLES['04-brisk-walking-study'] = r'''
> Health
> Brisk walks cut heart risk even in small doses, study of 48,000 adults finds
F number 48,000
> Updated 4:15 PM EDT, May 7, 2024
F time 4:15 PM EDT
F date May 7, 2024
> BOSTON (AP) — People who walked briskly for as little as 20 minutes a day had a 17% lower risk of heart attack or stroke than those who rarely walked, according to a large study published Tuesday in the journal JAMA Cardiology.
L city BOSTON
O media AP
F duration 20 minutes
F percent 17%
O media JAMA Cardiology
> Researchers at the Harvard T.H. Chan School of Public Health and Brigham and Women’s Hospital followed 48,312 adults aged 40 to 79 from March 2019 through the end of 2023, using wrist-worn trackers that recorded every step.
O education Harvard T.H. Chan School of Public Health
O other Brigham and Women’s Hospital
F number 48,312
F age 40
F age 79
F date March 2019
F date 2023
> About two-thirds of the participants were women, and their average age was 61. Over the roughly five years of follow-up, 1,932 participants had a heart attack or stroke and 411 died.
F fraction two-thirds
F age 61
F duration five years
F number 1,932
F number 411
> “What surprised us was how little it took,” said Dr. Amara Osei-Bonsu, an epidemiologist at Harvard and the study’s lead author. “You don’t have to run a 5 km race. A walk to the bus stop, done at a good pace, counts.”
Q direct Amara Osei-Bonsu :: “What surprised us was how little it took,”
P full Amara Osei-Bonsu
O education Harvard
Q direct Amara Osei-Bonsu :: “You don’t have to run a 5 km race. A walk to the bus stop, done at a good pace, counts.”
F quantity 5 km
> The researchers defined a brisk pace as at least 100 steps per minute, roughly 3 mph, and found that the benefit leveled off after about 40 minutes a day. Participants who packed most of their walking into the weekend, the so-called “weekend warrior” pattern, got most of the same benefit.
F quantity 100 steps per minute
F quantity 3 mph
F duration 40 minutes
Q scare - :: “weekend warrior”
> In a separate analysis, participants who also ate at least 20 grams of fiber a day saw a further 6 percent reduction in risk. Those who lived within 5 kilometers of a park took on average 1,200 more steps daily.
F quantity 20 grams
F percent 6 percent
F quantity 5 kilometers
F number 1,200
> Step counts fell by nearly a third in neighborhoods where traffic on main roads moved at 55 mph or faster, the authors wrote, suggesting that street design matters as much as motivation.
F fraction a third
F quantity 55 mph
> The findings add to a growing body of research that has, since the 1990s, linked regular moderate exercise to longer life. A 2022 analysis of 15 studies by researchers at the University of Sydney found similar benefits for “vigorous intermittent lifestyle physical activity,” or short bursts of effort during daily chores.
F date 1990s
F date 2022
F number 15
O education University of Sydney
Q scare - :: “vigorous intermittent lifestyle physical activity,”
> Dr. Robert Kline, a cardiologist at Massachusetts General Hospital who was not involved in the research, cautioned that the study was observational. People who walk more may also eat better and sleep more, he said, and “healthier people walk faster to begin with.”
P full Robert Kline
O other Massachusetts General Hospital
Q direct Robert Kline :: “healthier people walk faster to begin with.”
> Still, Kline said the results were consistent with those of clinical trials. “Even one brisk walk a day beats none,” he said. “Three or four a week is better still.”
P partial Kline
Q direct Robert Kline :: “Even one brisk walk a day beats none,”
F number one
Q direct Robert Kline :: “Three or four a week is better still.”
F number Three
F number four
> Fewer than half of U.S. adults meet federal guidelines of 150 minutes of moderate activity a week, according to the Centers for Disease Control and Prevention.
F fraction half
L country U.S.
F duration 150 minutes
O government Centers for Disease Control and Prevention
> Osei-Bonsu’s team in the Department of Epidemiology at Harvard is now recruiting 2,500 volunteers in the Boston area and Nairobi, Kenya, for a two-year trial that will test whether text-message reminders can get people to walk faster. Results are expected in 2027.
P partial Osei-Bonsu
O education Department of Epidemiology
O education Harvard
F number 2,500
L city Boston
L city Nairobi
L country Kenya
F duration two-year
F date 2027
> The study was funded by the National Institutes of Health (NIH) and the American Heart Association. Two of the 11 authors reported receiving consulting fees from Fitbit, a unit of Google LLC, in the past three years.
O government National Institutes of Health
O government NIH
O nonprofit American Heart Association
F number Two
F number 11
O company Fitbit
O company Google LLC
F duration three years
'''

ARTICLES['05-montpelier-floods'] = r'''
> Weather
> Flash floods swamp downtown Montpelier as Canadian crews join rescues
L city Montpelier
> ![Firefighters wade through floodwater on Main Street in Montpelier, Vt., on July 11, 2025. [Hélène Côté/Reuters]](/media/2025/07/11/montpelier-flood_800x450.webp)
L street Main Street
L city Montpelier
L region Vt.
F date July 11, 2025
P full Hélène Côté
O media Reuters
> By Dana Whitfield |
P full Dana Whitfield
> MONTPELIER, Vt. — Flash floods tore through Vermont’s capital overnight Thursday, forcing dozens of rescues and leaving much of downtown under up to 4 feet of water after 6.5 inches of rain fell in less than 24 hours.
L city MONTPELIER
L region Vt.
L region Vermont
F quantity 4 feet
F quantity 6.5 inches
F duration 24 hours
> The Winooski River crested at 19.8 feet at 3:40 a.m. Friday, about 4 feet above flood stage, according to the National Weather Service. City Manager Tom Brezina said that was the second-highest level since records began in 1927.
L geo Winooski River
F quantity 19.8 feet
F time 3:40 a.m.
F quantity 4 feet
O government National Weather Service
P full Tom Brezina
F date 1927
> “We saw water coming up State Street faster than anyone could run,” Brezina said. “By 2 a.m. it was over the sidewalks on Main Street.”
Q direct Tom Brezina :: “We saw water coming up State Street faster than anyone could run,”
L street State Street
P partial Brezina
Q direct Tom Brezina :: “By 2 a.m. it was over the sidewalks on Main Street.”
F time 2 a.m.
L street Main Street
> Crews evacuated 38 residents from the Pioneer Apartments at 221 Main St., including a 91-year-old woman who was carried down three flights of stairs, Fire Chief Ana Lukšić of the Montpelier Fire Department said. The city’s 911 center handled more than 300 calls overnight, but no deaths or serious injuries had been reported as of Friday afternoon.
F number 38
L facility Pioneer Apartments
L address 221 Main St.
F age 91-year-old
F number three
P full Ana Lukšić
O government Montpelier Fire Department
F number 300
> Water also poured into the basement of the Vermont State House, where lawmakers approved $12.4 million for flood-proofing work in March, said Rep. Sofía Ramírez, a Democrat who represents Montpelier. Residents of a mobile home park on Route 12 in Berlin were moved to a Red Cross shelter at the city’s recreation center, where about 140 people spent the night on cots.
L facility Vermont State House
F money $12.4 million
P full Sofía Ramírez
L city Montpelier
L street Route 12
L city Berlin
O nonprofit Red Cross
F number 140
> Gov. Martin Ellery declared a state of emergency for Washington and Lamoille counties and asked the Federal Emergency Management Agency (FEMA) for help.
P full Martin Ellery
L region Washington
L region Lamoille
O government Federal Emergency Management Agency
O government FEMA
> Swift-water rescue teams from Quebec crossed the border from Canada at Derby Line early Friday under a mutual aid agreement. Sgt. Mathieu Bélanger of the Sûreté du Québec said his unit of 12 had pulled five people from cars on U.S. Route 2 near Middlesex.
L region Quebec
L country Canada
L city Derby Line
P full Mathieu Bélanger
O government Sûreté du Québec
F number 12
F number five
L street U.S. Route 2
L city Middlesex
> Flights at Burlington International Airport, about 40 miles to the northwest, were delayed for up to three hours Friday morning as crews cleared debris from an access road, airport spokeswoman Kelly Marsh said.
L facility Burlington International Airport
F quantity 40 miles
F duration three hours
P full Kelly Marsh
> The storm is the second major flood to hit Montpelier in two years. In July 2023, floodwaters caused an estimated $50 million in damage downtown, and some businesses on Main Street and Langdon Street had only just reopened after a yearlong rebuild.
L city Montpelier
F duration two years
F date July 2023
F money $50 million
L street Main Street
L street Langdon Street
> The flooding came a week after storms killed at least nine people in Italy’s Piedmont region and shut Turin Airport for two days, and forecasters at the World Meteorological Organization (WMO) in Geneva have warned that such bursts of extreme rain are becoming more frequent.
F number nine
L country Italy
L region Piedmont
L facility Turin Airport
F duration two days
O intergovernmental World Meteorological Organization
O intergovernmental WMO
L city Geneva
> “I rebuilt once. I don’t know if I can do it twice,” said Dušan Petrović, 57, who owns a bakery on Elm Street, around the corner from State Street. He said he lost about $80,000 in equipment in 2023.
Q direct Dušan Petrović :: “I rebuilt once. I don’t know if I can do it twice,”
P full Dušan Petrović
F age 57
L street Elm Street
L street State Street
F money $80,000
F date 2023
> The Vermont Department of Public Safety urged people to stay off roads in central Vermont until at least 6 p.m. Saturday. The NWS said another 2 inches of rain could fall on Sunday, and warned that the ground was “like a wet sponge.”
O government Vermont Department of Public Safety
L region Vermont
F time 6 p.m.
O government NWS
F quantity 2 inches
Q direct National Weather Service :: “like a wet sponge.”
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
