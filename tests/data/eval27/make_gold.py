#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval27 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval27/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['205-typhoon-kiranu-leyte-samar-visayas'] = r'''
> Asia Pacific
L region Asia Pacific
> Typhoon Kiranu kills at least 41 in central Philippines, displaces over 600,000
F number 41
L country Philippines
F number 600,000
> By Carmela Dizon-Arroyo and Enrico Dela Peña
P full Carmela Dizon-Arroyo
P full Enrico Dela Peña
> October 18, 2033 11:26 AM GMT+8 Updated 2 hours ago
F date October 18, 2033
F time 11:26 AM GMT+8
F duration 2 hours
> Residents salvage belongings from houses destroyed by Typhoon Kiranu in Barangay 88 in Tacloban City, Leyte province, Philippines, October 17, 2033. REUTERS/Jomar Villaflor Basco
L city Barangay 88
L city Tacloban City
L region Leyte
L country Philippines
F date October 17, 2033
O media REUTERS
P full Jomar Villaflor Basco
> TACLOBAN, Philippines, Oct 18 (Reuters) - Typhoon Kiranu killed at least 41 people and drove more than 600,000 from their homes as it tore across the central Philippines, flattening fishing villages and cutting power to four provinces in the Visayas, disaster officials said on Tuesday.
L city TACLOBAN
L country Philippines
F date Oct 18
O media Reuters
F number 41
F number 600,000
L country Philippines
F number four
L region Visayas
> The storm, known locally as Tonyo, made landfall near Guiuan in Eastern Samar province at 11:40 p.m. on Sunday with sustained winds of 185 kilometres per hour (115 mph) and gusts of up to 230 kph, state weather agency PAGASA said. Signal No. 5, the highest storm warning, had been raised over parts of 11 provinces. Kiranu then crossed Leyte, Biliran and the northern tip of Cebu before moving out over the Sibuyan Sea late on Monday.
L city Guiuan
L region Eastern Samar
F time 11:40 p.m.
F quantity 185 kilometres per hour
F quantity 115 mph
F quantity 230 kph
O government PAGASA
F number 11
L region Leyte
L region Biliran
L region Cebu
L geo Sibuyan Sea
> The National Disaster Risk Reduction and Management Council (NDRRMC) said 41 deaths had been confirmed, 26 of them in Leyte and nine in Eastern Samar, while 17 people were missing, most of them fishermen who had gone to sea before the warnings were raised. More than 1,300 people were injured.
O government National Disaster Risk Reduction and Management Council
O government NDRRMC
F number 41
F number 26
L region Leyte
F number nine
L region Eastern Samar
F number 17
F number 1,300
> Some 612,400 people were sheltering in 1,870 evacuation centres, schools and churches, the agency said in its 8 a.m. bulletin, and about 1.4 million households in the region had no electricity.
F number 612,400
F number 1,870
F time 8 a.m.
F number 1.4 million
> “We have towns where nine out of 10 houses have lost their roofs,” Leyte Governor Jose Mari de los Reyes told Reuters by phone from Palo, the provincial capital. “Our first problem is water. The pumping stations have no power, and the roads to the upland barangays are blocked by landslides.”
Q direct Jose Mari de los Reyes :: “We have towns where nine out of 10 houses have lost their roofs,”
F number nine
F number 10
L region Leyte
P full Jose Mari de los Reyes
O media Reuters
L city Palo
Q direct Jose Mari de los Reyes :: “Our first problem is water. The pumping stations have no power, and the roads to the upland barangays are blocked by landslides.”
> De los Reyes said the province had asked the national government for 500 million pesos ($8.6 million) in emergency funds and for military helicopters to reach 23 villages in the mountains west of Ormoc that remained cut off.
P partial De los Reyes
F money 500 million pesos
F money $8.6 million
F number 23
L city Ormoc
> In Barangay 88, a seaside district of Tacloban where hundreds died when Super Typhoon Haiyan struck two decades ago, the storm surge flattened rows of wooden houses along the shore. Haiyan, known locally as Yolanda, killed more than 6,300 people in November 2013 and remains one of the deadliest storms on record.
L city Barangay 88
L city Tacloban
F duration two decades
F number 6,300
F date November 2013
> “The water came up to here,” said Rolando Cabahug, 52, a fisherman, holding his hand flat against his chest. He had tied his outrigger boat to a coconut tree on Sunday evening, but it was gone by morning. “Twelve years I paid for that boat. Now I have nothing to fish with.”
Q direct Rolando Cabahug :: “The water came up to here,”
P full Rolando Cabahug
F age 52
Q direct Rolando Cabahug :: “Twelve years I paid for that boat. Now I have nothing to fish with.”
F duration Twelve years
> Cabahug, his wife and their four children spent two nights at the Leyte Sports Development Center, a sports complex now serving as the city's largest evacuation centre, where volunteers handed out rice and canned sardines.
P partial Cabahug
F number four
F duration two nights
L facility Leyte Sports Development Center
> Initial estimates put damage to farms at 3.9 billion pesos ($67 million), with rice, coconut and abaca crops in Leyte and Samar the hardest hit, the Department of Agriculture said. Damage to roads, bridges and school buildings was estimated at a further 2.2 billion pesos.
F money 3.9 billion pesos
F money $67 million
L region Leyte
L geo Samar
O government Department of Agriculture
F money 2.2 billion pesos
> The Philippine Coast Guard said 9,240 passengers were stranded in ports across the Visayas after sea travel was suspended. Cebu Pacific and Philippine Airlines cancelled 86 domestic flights, and Tacloban's Daniel Z. Romualdez Airport was closed after the storm ripped away part of its terminal roof.
O government Philippine Coast Guard
F number 9,240
L region Visayas
O company Cebu Pacific
O company Philippine Airlines
F number 86
L city Tacloban
L facility Daniel Z. Romualdez Airport
> Malacañang said the president would fly to Tacloban on Wednesday. The NDRRMC said in a bulletin that several coastal towns in Eastern Samar, including Guiuan, Salcedo and Mercedes, were “isolated and unreachable by land” and that navy ships were carrying food and water from Cebu City.
O government Malacañang
L city Tacloban
O government NDRRMC
L region Eastern Samar
L city Guiuan
L city Salcedo
L city Mercedes
Q direct National Disaster Risk Reduction and Management Council :: “isolated and unreachable by land”
L city Cebu City
> Guiuan Mayor Annaliza Macasaet-Gabon said about 70% of the town's 58,000 residents had lost their homes or seen them badly damaged. “The sea wall helped in the town centre, but the outer islands took the full force,” she said, adding that the town's only hospital was running on a generator with fuel for three days.
L city Guiuan
P full Annaliza Macasaet-Gabon
F percent 70%
F number 58,000
Q direct Annaliza Macasaet-Gabon :: “The sea wall helped in the town centre, but the outer islands took the full force,”
F duration three days
> The World Food Programme said it was moving 140 tonnes of rice and high-energy biscuits from its warehouse in Manila, while the Philippine Red Cross deployed 18 water purification units. Japan and South Korea pledged a combined $4.5 million in emergency aid.
O intergovernmental World Food Programme
F quantity 140 tonnes
L city Manila
O nonprofit Philippine Red Cross
F number 18
L country Japan
L country South Korea
F money $4.5 million
> Kiranu weakened into a severe tropical storm overnight and was moving west-northwest at 25 kph toward the West Philippine Sea, PAGASA said. Forecaster Ma. Lourdes Villanueva-Tan said the storm was expected to leave the country's area of responsibility by Thursday, but warned of “more rain-induced landslides” in Samar and Leyte over the next 48 hours.
F quantity 25 kph
L geo West Philippine Sea
O government PAGASA
P full Ma. Lourdes Villanueva-Tan
Q direct Ma. Lourdes Villanueva-Tan :: “more rain-induced landslides”
L geo Samar
L region Leyte
F duration 48 hours
> The Philippines, an archipelago of more than 7,600 islands, is hit by about 20 typhoons and tropical storms each year. Scientists have warned that storms in the western Pacific are strengthening faster as the oceans warm.
L country Philippines
F number 7,600
F number 20
L geo Pacific
> (Reporting by Carmela Dizon-Arroyo in Tacloban and Enrico Dela Peña in Manila; Additional reporting by Kyoko Hanamura in Tokyo; Editing by Simon Ashworth-Boyle)
P full Carmela Dizon-Arroyo
L city Tacloban
P full Enrico Dela Peña
L city Manila
P full Kyoko Hanamura
L city Tokyo
P full Simon Ashworth-Boyle
'''

ARTICLES['206-nova-scotia-budget-rural-er-cuts'] = r'''
> Nova Scotia
L region Nova Scotia
> Tories push N.S. budget through after 19-hour sitting as opposition fights ER cuts
O party Tories
L region N.S.
F duration 19-hour
> Finance minister calls $412.6M deficit 'the price of keeping the lights on' in health care
F money $412.6M
Q direct Marie-Claude d'Entremont :: 'the price of keeping the lights on'
> Jocelyn MacIsaac-Boudreau · CBC News · Posted: Mar 31, 2034 7:15 AM ADT | Last Updated: 6 hours ago
P full Jocelyn MacIsaac-Boudreau
O media CBC News
F date Mar 31, 2034
F time 7:15 AM ADT
F duration 6 hours
> Finance Minister Marie-Claude d'Entremont speaks to reporters at Province House in Halifax after the vote early Friday. (Darren Pottie-Leblanc/CBC)
P full Marie-Claude d'Entremont
L facility Province House
L city Halifax
P full Darren Pottie-Leblanc
O media CBC
> Nova Scotia's Progressive Conservative government pushed its 2034-35 budget through the legislature early Friday after a marathon sitting that began at 9 a.m. Thursday and ended shortly after 4 a.m., as opposition MLAs tried and failed to reverse plans to end overnight emergency care at three rural hospitals.
L region Nova Scotia
F date 2034-35
F time 9 a.m.
F time 4 a.m.
F number three
> The House of Assembly voted 31-22 to pass the appropriations bill. The budget, tabled March 14, forecasts a deficit of $412.6 million on total spending of $17.2 billion, the province's third straight year in the red.
O government House of Assembly
F number 31-22
F date March 14
F money $412.6 million
F money $17.2 billion
> "Nobody in this government wanted to run a deficit," Finance Minister Marie-Claude d'Entremont told reporters outside the chamber. "But this is the price of keeping the lights on in health care, and I'm not going to apologize for it."
Q direct Marie-Claude d'Entremont :: "Nobody in this government wanted to run a deficit,"
P full Marie-Claude d'Entremont
Q direct Marie-Claude d'Entremont :: "But this is the price of keeping the lights on in health care, and I'm not going to apologize for it."
> D'Entremont, who represents Argyle, said health spending will rise 6.8 per cent to $6.1 billion, and that the province will hire 140 nurses and 38 family doctors over the next two years.
P partial D'Entremont
L region Argyle
F percent 6.8 per cent
F money $6.1 billion
F number 140
F number 38
F duration two years
> But the budget also confirms that Nova Scotia Health will end overnight emergency department hours at Soldiers Memorial Hospital in Middleton, Twin Oaks Memorial Hospital in Musquodoboit Harbour and Buchanan Memorial Community Health Centre in Neils Harbour from July 1, moving to what the Department of Health and Wellness calls a "hub-and-spoke" model.
O government Nova Scotia Health
O other Soldiers Memorial Hospital
L city Middleton
O other Twin Oaks Memorial Hospital
L city Musquodoboit Harbour
O other Buchanan Memorial Community Health Centre
L city Neils Harbour
F date July 1
O government Department of Health and Wellness
Q scare - :: "hub-and-spoke"
> Patients who arrive at the three sites between 8 p.m. and 8 a.m. would be assessed by paramedics and, if needed, driven to regional hospitals in Kentville, Dartmouth or Sydney. The department says the change will save $21 million a year and free up 46 nurses and physicians for larger emergency departments that have struggled with closures.
F number three
F time 8 p.m.
F time 8 a.m.
L city Kentville
L city Dartmouth
L city Sydney
F money $21 million
F number 46
> The NDP's health critic, Tamsin Okafor-Reid, spent nearly three hours of the overnight debate reading letters from residents of the three communities into the record.
O party NDP
P full Tamsin Okafor-Reid
F duration three hours
F number three
> "These aren't lines on a spreadsheet. These are people who will be in the back of an ambulance for 70 minutes with a heart attack," said Okafor-Reid, the MLA for Halifax Needham.
Q direct Tamsin Okafor-Reid :: "These aren't lines on a spreadsheet. These are people who will be in the back of an ambulance for 70 minutes with a heart attack,"
F duration 70 minutes
P partial Okafor-Reid
L region Halifax Needham
> A Liberal amendment that would have delayed the changes by 18 months was defeated by the same 31-22 margin. Liberal MLA Brendan Fougère, whose Eastern Shore riding includes Musquodoboit Harbour, called the cuts "reckless" and said some of his constituents would face a 45-minute drive to the nearest open emergency room.
F duration 18 months
F number 31-22
P full Brendan Fougère
L region Eastern Shore
L city Musquodoboit Harbour
Q direct Brendan Fougère :: "reckless"
F duration 45-minute
> Neils Harbour lies in Victoria-The Lakes, held by the Tories' own Lachlan Ross MacAulay, who voted with his party. MacAulay did not respond to a request for comment. The Progressive Conservatives hold 32 of the 55 seats in the legislature.
L city Neils Harbour
L region Victoria-The Lakes
O party Tories
P full Lachlan Ross MacAulay
P partial MacAulay
O party Progressive Conservatives
F number 32
F number 55
> Outside Province House on Thursday evening, about 300 nurses, paramedics and supporters rallied in the rain. Kerry-Ann MacLellan, president of the Nova Scotia Government and General Employees Union, told the crowd the union had not been consulted.
L facility Province House
F number 300
P full Kerry-Ann MacLellan
O nonprofit Nova Scotia Government and General Employees Union
> "We found out from a news release, the same as everyone else," MacLellan said. "Our members in Middleton and Neils Harbour have kept those emergency rooms open through every staffing crisis of the last 10 years.
Q direct Kerry-Ann MacLellan :: "We found out from a news release, the same as everyone else,"
P partial MacLellan
Q direct Kerry-Ann MacLellan :: "Our members in Middleton and Neils Harbour have kept those emergency rooms open through every staffing crisis of the last 10 years.
L city Middleton
L city Neils Harbour
F duration 10 years
> "And the thanks they get is a pink slip dressed up as a 'model of care.'"
Q direct Kerry-Ann MacLellan :: "And the thanks they get is a pink slip dressed up as a 'model of care.'"
> The NSGEU said it would file a grievance, arguing the province must give 12 months' notice of any change to hours at a unionized site.
O nonprofit NSGEU
F duration 12 months
> In Middleton, a town of about 1,900 people in the Annapolis Valley, Mayor Sheila Corkum-Whyte said council would ask for a meeting with Premier Gordon Fraser-Lantz.
L city Middleton
F number 1,900
L region Annapolis Valley
P full Sheila Corkum-Whyte
P full Gordon Fraser-Lantz
> "People here are older than the provincial average. When you're 80 and the nearest ER at night is in Kentville, that's not a hub and a spoke. That's a long, dark road," she said.
Q direct Sheila Corkum-Whyte :: "People here are older than the provincial average. When you're 80 and the nearest ER at night is in Kentville, that's not a hub and a spoke. That's a long, dark road,"
F age 80
L city Kentville
> In a statement, Fraser-Lantz said he would "be happy to meet" with municipal leaders, and that no nurse or paramedic would lose a job because of the changes.
P partial Fraser-Lantz
Q direct Gordon Fraser-Lantz :: "be happy to meet"
> The budget also includes a one-time $200 energy rebate for households earning less than $60,000 a year and $58 million to replace the Canso Causeway bridge deck, work the province says will close the causeway to traffic for up to four weeks in 2036.
F money $200
F money $60,000
F money $58 million
L facility Canso Causeway
F duration four weeks
F date 2036
> The legislature rises for the spring on April 6.
F date April 6
> With files from The Canadian Press
O media The Canadian Press
'''

ARTICLES['207-aldinger-brakes-job-cuts-sulz-plant'] = r'''
> Automobiles
> Aldinger to cut 3,400 jobs and shut two German plants as EV orders slump
O company Aldinger
F number 3,400
F number two
> Brake and steering supplier lowers margin guidance for second time after operating profit falls 61%
F percent 61%
> Olaf Brenninkmeyer-Stahl in Frankfurt and Priya Raghunathan in London
P full Olaf Brenninkmeyer-Stahl
L city Frankfurt
P full Priya Raghunathan
L city London
> Published November 9 2033
F date November 9 2033
> Aldinger’s plant in Sulz am Neckar, which employs 1,150 people, is one of two sites due to close © Bernd Weißbrod-Haller/dpa
O company Aldinger
L city Sulz am Neckar
F number 1,150
F number two
P full Bernd Weißbrod-Haller
O media dpa
> Aldinger, the German maker of brakes and steering systems, will cut 3,400 jobs and close two plants after a sharp slowdown in orders for electric vehicles sent its third-quarter operating profit down 61 per cent.
O company Aldinger
F number 3,400
F number two
F percent 61 per cent
> The Stuttgart-based group, which supplies Volkswagen, Mercedes-Benz and Stellantis, said on Wednesday that adjusted earnings before interest and taxes fell to €84mn in the three months to September, from €216mn a year earlier. Revenue dropped 9.4 per cent to €2.31bn ($2.47bn).
L city Stuttgart
O company Volkswagen
O company Mercedes-Benz
O company Stellantis
F money €84mn
F duration three months
F money €216mn
F percent 9.4 per cent
F money €2.31bn
F money $2.47bn
> The company cut its full-year forecast for an adjusted ebit margin to between 3.5 and 4 per cent, from 5 to 5.5 per cent previously — its second downgrade since July. The margin in the quarter was 3.6 per cent, down 2.3 percentage points from a year earlier.
F percent 3.5
F percent 4 per cent
F percent 5
F percent 5.5 per cent
F percent 3.6 per cent
F percent 2.3 percentage points
> Shares in Aldinger, which is listed in Frankfurt and 38 per cent owned by the founding Aldinger family, fell as much as 14 per cent in early trading and closed 11.2 per cent lower at €17.86, their weakest level since 2020.
O company Aldinger
L city Frankfurt
F percent 38 per cent
P partial Aldinger
F percent 14 per cent
F percent 11.2 per cent
F money €17.86
F date 2020
> “We are not in a cyclical dip. The volumes this industry planned for in 2030 are not coming back this decade, and we have to size the company for the market we actually have,” said chief executive Henrike von der Heyden-Lutz, who took over in March 2032.
Q direct Henrike von der Heyden-Lutz :: “We are not in a cyclical dip. The volumes this industry planned for in 2030 are not coming back this decade, and we have to size the company for the market we actually have,”
F date 2030
P full Henrike von der Heyden-Lutz
F date March 2032
> Von der Heyden-Lutz, 51, said the group would close its brake-calliper plant in Sulz am Neckar, on the eastern edge of the Black Forest, by the end of 2035 and move production to its factory in Győr in western Hungary, where labour costs are about a third of those in Germany. A smaller electronics plant in Bad Neustadt an der Saale in Bavaria, with 620 staff, will shut in 2034. A further 1,630 jobs will go in administration and development, most of them at the Stuttgart headquarters.
P partial Von der Heyden-Lutz
F age 51
L city Sulz am Neckar
L geo Black Forest
F date 2035
L city Győr
L country Hungary
F fraction a third
L country Germany
L city Bad Neustadt an der Saale
L region Bavaria
F number 620
F date 2034
F number 1,630
L city Stuttgart
> The cuts, equivalent to about 12 per cent of Aldinger’s 28,500 staff worldwide, will cost between €290mn and €330mn in restructuring charges, most of which will be booked in the fourth quarter. The group expects annual savings of €240mn from 2036.
F percent 12 per cent
O company Aldinger
F number 28,500
F money €290mn
F money €330mn
F money €240mn
F date 2036
> “We have the order book for the next platform generation. What we do not have is the cost base,” she told analysts on a call. She said Aldinger would keep spending about €1.1bn a year on research, much of it on what the company calls “brake-by-wire” systems that replace hydraulic lines with electronics, and was in talks with two Chinese carmakers about supply contracts.
Q direct Henrike von der Heyden-Lutz :: “We have the order book for the next platform generation. What we do not have is the cost base,”
O company Aldinger
F money €1.1bn
Q scare - :: “brake-by-wire”
F number two
> Jürgen Albrecht-Öztürk, who heads the works council in Sulz, said staff learnt of the closure on a company-wide video call on Wednesday morning. “Families here have built brakes for Aldinger for 60 years. Some of my colleagues are the third generation at that plant,” he said. “We will not accept a closure. We will put every alternative on the table — shorter hours, a new product line — but we expect management to do the same.”
P full Jürgen Albrecht-Öztürk
L city Sulz
Q direct Jürgen Albrecht-Öztürk :: “Families here have built brakes for Aldinger for 60 years. Some of my colleagues are the third generation at that plant,”
O company Aldinger
F duration 60 years
Q direct Jürgen Albrecht-Öztürk :: “We will not accept a closure. We will put every alternative on the table — shorter hours, a new product line — but we expect management to do the same.”
> IG Metall, Germany’s largest industrial union, said it would resist the closures “with every means at our disposal” and accused management of using the slowdown as a pretext to move work to lower-cost countries. The union’s district leader for Baden-Württemberg, Katrin Oberländer, called for talks to begin before the end of November.
O nonprofit IG Metall
L country Germany
Q direct IG Metall :: “with every means at our disposal”
L region Baden-Württemberg
P full Katrin Oberländer
> Analysts at Jefferies said in a note that the new guidance was “worse than feared” and implied a fourth-quarter margin of barely 2 per cent.
O company Jefferies
Q direct Jefferies :: “worse than feared”
F percent 2 per cent
> “The closures make sense, but they come late,” said Tobias Maienfeld, an analyst at Deutsche Bank. “Aldinger has been running plants for a volume of cars that Europe is not going to build again.”
Q direct Tobias Maienfeld :: “The closures make sense, but they come late,”
P full Tobias Maienfeld
O company Deutsche Bank
Q direct Tobias Maienfeld :: “Aldinger has been running plants for a volume of cars that Europe is not going to build again.”
O company Aldinger
L continent Europe
> Aldinger is the latest German supplier to retrench. Larger rivals Bosch, ZF Friedrichshafen, Continental and Schaeffler have announced tens of thousands of job cuts since 2024, as carmakers in Europe scale back their electric plans and Chinese groups such as BYD win market share.
O company Aldinger
O company Bosch
O company ZF Friedrichshafen
O company Continental
O company Schaeffler
F date 2024
L continent Europe
O company BYD
> Light-vehicle production in Europe is expected to reach about 16.8mn units this year, roughly 2.5mn below its 2019 level, according to Kaltenbach Research, a Munich consultancy.
L continent Europe
F number 16.8mn
F number 2.5mn
F date 2019
O company Kaltenbach Research
L city Munich
> Additional reporting by Sebastian Krägel in Berlin
P full Sebastian Krägel
L city Berlin
'''

ARTICLES['208-jones-county-data-center-tax-abatement'] = r'''
> Jones County commissioners OK tax break for $2.4 billion data center in 3-2 vote
L region Jones County
F money $2.4 billion
F number 3-2
> Ranchers near Hawley say the project would draw on an aquifer already stretched by drought
L city Hawley
> Ruben D. Salcido-Vance
P full Ruben D. Salcido-Vance
> Abilene Reporter-News
O media Abilene Reporter-News
> Published 6:02 p.m. CT Feb. 13, 2034 | Updated 9:41 a.m. CT Feb. 14, 2034
F time 6:02 p.m. CT
F date Feb. 13, 2034
F time 9:41 a.m. CT
F date Feb. 14, 2034
> Rancher Lorena Castañeda-Huff stands at the fence line of her family’s land north of Hawley on Feb. 10. The proposed data center would be built on 1,100 acres across County Road 501. KYLE MARECEK-ORTIZ/Reporter-News
P full Lorena Castañeda-Huff
L city Hawley
F date Feb. 10
F quantity 1,100 acres
L street County Road 501
P full KYLE MARECEK-ORTIZ
O media Reporter-News
> ANSON — After more than six hours of public comment, the Jones County Commissioners Court voted 3-2 on Monday to grant a 10-year tax abatement to a company planning a $2.4 billion data center on ranchland north of Hawley, a decision that drew boos from a packed courtroom.
L city ANSON
F duration six hours
O government Jones County Commissioners Court
F number 3-2
F duration 10-year
F money $2.4 billion
L city Hawley
> Mesquite Flats Compute LLC, a subsidiary of Austin-based developer Kestrel, plans to build six data halls drawing up to 900 megawatts of power on the 1,100-acre site along County Road 501, about 3 miles east of FM 600. The abatement would exempt 80 percent of the project’s value from county property taxes, a break the county’s appraisal district estimates is worth about $146 million over the decade.
O company Mesquite Flats Compute LLC
L city Austin
O company Kestrel
F number six
F quantity 900 megawatts
F quantity 1,100-acre
L street County Road 501
F quantity 3 miles
L street FM 600
F percent 80 percent
F money $146 million
> Kestrel says the campus would create about 60 permanent jobs and employ up to 1,500 construction workers at its peak, and would still pay the county roughly $3.1 million a year in taxes — more than a quarter of the county’s current general fund budget of $11.7 million.
O company Kestrel
F number 60
F number 1,500
F money $3.1 million
F fraction a quarter
F money $11.7 million
> “I’ve heard every word today, and I take the water concerns seriously,” County Judge Dale Wendt-Harper said before casting the deciding vote. “But this county has fewer people today than it did in 1950. Our kids leave. This is the largest investment anybody has ever proposed in Jones County, and I’m not going to tell it to go to Shackelford County instead.”
Q direct Dale Wendt-Harper :: “I’ve heard every word today, and I take the water concerns seriously,”
P full Dale Wendt-Harper
Q direct Dale Wendt-Harper :: “But this county has fewer people today than it did in 1950. Our kids leave. This is the largest investment anybody has ever proposed in Jones County, and I’m not going to tell it to go to Shackelford County instead.”
F date 1950
L region Jones County
L region Shackelford County
> Wendt-Harper was joined by Precinct 1 Commissioner Travis Odom and Precinct 4 Commissioner Melba Joyce Kubecka. Precinct 2 Commissioner Ray Don Atchley and Precinct 3 Commissioner Hector Villarreal Jr., whose precinct includes Hawley and the proposed site, voted no.
P partial Wendt-Harper
L region Precinct 1
P full Travis Odom
L region Precinct 4
P full Melba Joyce Kubecka
L region Precinct 2
P full Ray Don Atchley
L region Precinct 3
P full Hector Villarreal Jr.
L city Hawley
> “Nobody in this room is against jobs,” Villarreal said. “What I can’t vote for is a tax break for the one user in this county that could drink the Seymour Aquifer dry.”
Q direct Hector Villarreal Jr. :: “Nobody in this room is against jobs,”
P partial Villarreal
Q direct Hector Villarreal Jr. :: “What I can’t vote for is a tax break for the one user in this county that could drink the Seymour Aquifer dry.”
L geo Seymour Aquifer
> Water dominated the hearing. Kestrel’s application to the Jones County Groundwater Conservation District seeks permits to pump up to 2,400 acre-feet a year from the Seymour Aquifer during construction and for backup cooling. The company says most of its water would come from treated wastewater piped from Abilene, 20 miles to the south.
O company Kestrel
O government Jones County Groundwater Conservation District
F quantity 2,400 acre-feet
L geo Seymour Aquifer
L city Abilene
F quantity 20 miles
> Kestrel spokesperson Danielle Achterberg told commissioners the data halls would use what the company calls a “closed-loop” cooling system that recirculates the same water, and would need about 350 acre-feet a year once running. “Once the loop is filled, our consumption is comparable to a golf course, not a city,” she said.
O company Kestrel
P full Danielle Achterberg
Q scare - :: “closed-loop”
F quantity 350 acre-feet
Q direct Danielle Achterberg :: “Once the loop is filled, our consumption is comparable to a golf course, not a city,”
> Lorena Castañeda-Huff, 67, whose family has run cattle north of Hawley since 1911, told commissioners her stock tanks went dry for the first time in the 2022 drought.
P full Lorena Castañeda-Huff
F age 67
L city Hawley
F date 1911
F date 2022
> “My granddad drilled the first well on our place in 1938. It’s 140 feet deep,” she said. “If they’re wrong about the water, they get to leave. We don’t.”
Q direct Lorena Castañeda-Huff :: “My granddad drilled the first well on our place in 1938. It’s 140 feet deep,”
F date 1938
F quantity 140 feet
Q direct Lorena Castañeda-Huff :: “If they’re wrong about the water, they get to leave. We don’t.”
> A petition opposing the abatement gathered 1,312 signatures, organizers said, in a county of about 19,600 people. Residents filled the 120-seat courtroom at the Jones County Courthouse in Anson and spilled into the hallway.
F number 1,312
F number 19,600
F number 120
L facility Jones County Courthouse
L city Anson
> The campus would connect to the Oncor grid through a new 345-kilovolt substation, according to filings with the Electric Reliability Council of Texas. ERCOT, which manages most of the state’s power grid, has received requests to connect more than 200 gigawatts of data centers and other large users.
O company Oncor
F quantity 345-kilovolt
O other Electric Reliability Council of Texas
O other ERCOT
F quantity 200 gigawatts
> The abatement was granted under Chapter 312 of the Texas Tax Code, which lets counties exempt part of a property’s value for up to 10 years in exchange for investment and jobs. Under the agreement, Kestrel must invest at least $1.8 billion by Dec. 31, 2037, and keep 50 full-time employees on site, or repay the taxes it saved.
F duration 10 years
O company Kestrel
F money $1.8 billion
F date Dec. 31, 2037
F number 50
> The Hawley Independent School District, which is not part of the agreement and would collect taxes on the full value of the project, has not taken a position, Hawley ISD Superintendent Carla Brisco-Lange said.
O education Hawley Independent School District
O education Hawley ISD
P full Carla Brisco-Lange
> Atchley said he expected opponents to fight the groundwater permits. “This isn’t over. The water district still has to hold its hearing, and those folks in Hawley are not going anywhere,” he said. The district’s board is scheduled to take up the permits March 21.
P partial Atchley
Q direct Ray Don Atchley :: “This isn’t over. The water district still has to hold its hearing, and those folks in Hawley are not going anywhere,”
L city Hawley
F date March 21
> Ruben D. Salcido-Vance covers Jones, Taylor and Callahan counties for the Reporter-News. Email him at rsalcido@reporternews.com.
P full Ruben D. Salcido-Vance
L region Jones
L region Taylor
L region Callahan
O media Reporter-News
'''

ARTICLES['209-ashulia-gazipur-garment-wage-protests'] = r'''
> Economy
> Two killed as Bangladesh police fire on garment workers demanding higher pay
F number Two
L country Bangladesh
> Issued on: 13/11/2033 - 18:42
F date 13/11/2033
F time 18:42
> By Tahmina Sultana Rimi
P full Tahmina Sultana Rimi
> Garment workers block the Dhaka-Tangail highway during a protest demanding higher wages in Gazipur on November 12, 2033. (Photo by ABDUR RAHMAN BHUIYAN / AFP)
L city Dhaka
L city Tangail
L city Gazipur
F date November 12, 2033
P full ABDUR RAHMAN BHUIYAN
O media AFP
> Dhaka (AFP) – Two garment workers were killed and dozens injured when police fired rubber bullets and tear gas at thousands of protesters demanding a higher minimum wage on the outskirts of Bangladesh's capital on Sunday, officials said.
L city Dhaka
O media AFP
F number Two
L country Bangladesh
> The clashes in Gazipur and the Ashulia industrial belt, home to hundreds of factories that make clothes for Western brands, came on the sixth day of protests against a new wage structure that unions say falls far short of soaring living costs.
L city Gazipur
L city Ashulia
> Mohammad Sarwar Jahan, a superintendent of the Industrial Police, told AFP that one worker died after being hit in the head by a rubber bullet near the Konabari bus stand, and a second died later in hospital in Dhaka.
P full Mohammad Sarwar Jahan
O government Industrial Police
O media AFP
F number one
L city Konabari
L city Dhaka
> "Some workers attacked police with bricks and set fire to a factory gate. We used the minimum force necessary," Jahan said, adding that 38 officers were injured and 11 people arrested.
Q direct Mohammad Sarwar Jahan :: "Some workers attacked police with bricks and set fire to a factory gate. We used the minimum force necessary,"
P partial Jahan
F number 38
F number 11
> A doctor at Dhaka Medical College Hospital, who asked not to be named, said 27 injured workers had been admitted, four of them with bullet wounds.
O other Dhaka Medical College Hospital
F number 27
F number four
> Last week the government-appointed Minimum Wage Board proposed raising the monthly minimum wage for garment workers to 19,800 taka ($165) from 12,500 taka, the level set in 2023 after weeks of deadly protests. Unions have demanded 30,000 taka.
O government Minimum Wage Board
F money 19,800 taka
F money $165
F money 12,500 taka
F date 2023
F money 30,000 taka
> "Rice, lentils, rent -- everything has doubled since the last wage board, but they want to give us 58 percent more and call it generous," said Shirin Akhter Munni, president of the Bangladesh Apparel Workers' Unity Federation, which says it has 42,000 members.
Q direct Shirin Akhter Munni :: "Rice, lentils, rent -- everything has doubled since the last wage board, but they want to give us 58 percent more and call it generous,"
F percent 58 percent
P full Shirin Akhter Munni
O nonprofit Bangladesh Apparel Workers' Unity Federation
F number 42,000
> "A woman who sews shirts for H&M and Primark for 10 hours a day cannot feed two children on 19,800 taka. We will stay on the streets until the board sits with us again."
Q direct Shirin Akhter Munni :: "A woman who sews shirts for H&M and Primark for 10 hours a day cannot feed two children on 19,800 taka. We will stay on the streets until the board sits with us again."
O company H&M
O company Primark
F duration 10 hours
F number two
F money 19,800 taka
> Rokeya Begum, 27, a sewing machine operator at Meghna Knit Composite Ltd in Ashulia, said she earns about 14,000 taka a month including overtime and sends 3,000 taka home to her parents in Kurigram.
P full Rokeya Begum
F age 27
O company Meghna Knit Composite Ltd
L city Ashulia
F money 14,000 taka
F money 3,000 taka
L region Kurigram
> "My room alone costs 5,500 taka. After that there is nothing left for milk for my son," she said.
Q direct Rokeya Begum :: "My room alone costs 5,500 taka. After that there is nothing left for milk for my son,"
F money 5,500 taka
> More than 130 factories in Ashulia and Gazipur suspended production on Sunday, according to the Bangladesh Garment Manufacturers and Exporters Association (BGMEA). The BGMEA said in a statement that owners could not absorb "an unrealistic wage hike" at a time when orders from Europe and the United States were falling, and urged workers to return to their machines.
F number 130
L city Ashulia
L city Gazipur
O nonprofit Bangladesh Garment Manufacturers and Exporters Association
O nonprofit BGMEA
O nonprofit BGMEA
Q direct Bangladesh Garment Manufacturers and Exporters Association :: "an unrealistic wage hike"
L continent Europe
L country United States
> BGMEA president Anisur Rahman Sikder told reporters that buyers had cut the prices they pay by 6 to 8 percent over the past year. "If wages go up by 58 percent and prices go down, who pays the difference? The brands must share the cost," he said.
O nonprofit BGMEA
P full Anisur Rahman Sikder
F percent 6
F percent 8 percent
Q direct Anisur Rahman Sikder :: "If wages go up by 58 percent and prices go down, who pays the difference? The brands must share the cost,"
F percent 58 percent
> Bangladesh is the world's second-largest garment exporter after China, with around 4,000 factories employing some four million workers, most of them women. Clothing accounts for more than 80 percent of the country's exports, and the industry has promoted its more than 230 so-called "green factories" certified by the US Green Building Council.
L country Bangladesh
L country China
F number 4,000
F number four million
F percent 80 percent
F number 230
Q scare - :: "green factories"
O nonprofit US Green Building Council
> Swedish retailer H&M said in a statement to AFP that it supported "a fair and transparent wage review" and was monitoring the situation closely. Spain's Inditex and Ireland's Primark did not immediately respond to requests for comment.
O company H&M
O media AFP
Q direct H&M :: "a fair and transparent wage review"
L country Spain
O company Inditex
L country Ireland
O company Primark
> The industry has been under international scrutiny since 2013, when the Rana Plaza factory building in Savar collapsed, killing more than 1,100 people.
F date 2013
L facility Rana Plaza
L city Savar
F number 1,100
> Border Guard Bangladesh (BGB) troops were deployed along the Dhaka-Aricha highway on Sunday evening, and the Rapid Action Battalion patrolled factory gates in Tongi and Narayanganj.
O government Border Guard Bangladesh
O government BGB
L city Dhaka
L city Aricha
O government Rapid Action Battalion
L city Tongi
L city Narayanganj
> Labour and Employment Minister Nazma Parvin Hossain said the wage board would meet again on November 20 to "review all proposals," but warned that "vandalism will not be tolerated."
P full Nazma Parvin Hossain
F date November 20
Q direct Nazma Parvin Hossain :: "review all proposals,"
Q direct Nazma Parvin Hossain :: "vandalism will not be tolerated."
'''

ARTICLES['210-llanfihangel-crucorney-housing-plan'] = r'''
> South East Wales
L region South East Wales
> Villagers vow to fight 64-home plan next to listed farmhouse
F number 64
> Rhodri ab Owain
P full Rhodri ab Owain
> BBC Wales
O media BBC Wales
> 14 June 2034
F date 14 June 2034
> Image source, BBC
O media BBC
> Image caption, Residents met in Llanfihangel Crucorney village hall on Tuesday evening to plan their next move
L city Llanfihangel Crucorney
> Residents of a Monmouthshire village have vowed to take their fight against a 64-home estate to the Welsh government after councillors approved the scheme on land next to a Grade II*-listed farmhouse.
L region Monmouthshire
F number 64
> Monmouthshire County Council's planning committee voted by seven votes to five on Tuesday to grant outline permission to Tŷ Derw Homes Ltd for the development on a 2.8-hectare field on the edge of Llanfihangel Crucorney, about five miles (8km) north of Abergavenny.
O government Monmouthshire County Council
F number seven
F number five
O company Tŷ Derw Homes Ltd
F quantity 2.8-hectare
L city Llanfihangel Crucorney
F quantity five miles
F quantity 8km
L city Abergavenny
> The field borders Pen-y-lan Court, a 16th-Century farmhouse listed by Cadw for its timber-framed hall and original oak screen. Campaigners say the new homes would stand as close as 40m (130ft) to the house and would “swamp” its setting.
L facility Pen-y-lan Court
O government Cadw
F quantity 40m
F quantity 130ft
Q direct - :: “swamp”
> A petition against the plans, organised by the Save Crucorney Fields group, has gathered 2,316 signatures – more than four times the village's population of about 550.
O nonprofit Save Crucorney Fields
F number 2,316
F number four
F number 550
> Image source, Save Crucorney Fields
O nonprofit Save Crucorney Fields
> Image caption, Pen-y-lan Court dates from the 16th Century and is listed by Cadw
L facility Pen-y-lan Court
O government Cadw
> “We're not against new homes. Our children can't afford to live here, and we know that,” said Eluned Prosser-Watkins, 71, who has lived in the village for 45 years and chairs the group.
Q direct Eluned Prosser-Watkins :: “We're not against new homes. Our children can't afford to live here, and we know that,”
P full Eluned Prosser-Watkins
F age 71
F duration 45 years
> “But 64 houses on one field, with one road in and out past the school, is not a village growing. It's a village being swallowed.”
Q direct Eluned Prosser-Watkins :: “But 64 houses on one field, with one road in and out past the school, is not a village growing. It's a village being swallowed.”
F number 64
F number one
F number one
> Hywel Bevan-Rees, the county councillor for Crucorney, sits on the committee and voted against the scheme. He said the decision ignored the council's own development plan, which does not allocate the site for housing.
P full Hywel Bevan-Rees
L region Crucorney
> “The site is outside the village development boundary. Officers told us that, the plan tells us that, and seven of my colleagues decided it didn't matter,” Cllr Bevan-Rees said. “I've had residents in tears at my door.
Q direct Hywel Bevan-Rees :: “The site is outside the village development boundary. Officers told us that, the plan tells us that, and seven of my colleagues decided it didn't matter,”
F number seven
P partial Bevan-Rees
Q direct Hywel Bevan-Rees :: “I've had residents in tears at my door.
> “If this goes through, I don't see how we refuse the next one.”
Q direct Hywel Bevan-Rees :: “If this goes through, I don't see how we refuse the next one.”
> Tŷ Derw Homes said the scheme would include 22 affordable homes – more than a third of the total – and that it had cut the number of houses from 78 after consulting residents. In a statement, the company said it was “proud to be bringing much-needed homes to a community that has seen almost no new housing in a generation”.
O company Tŷ Derw Homes
F number 22
F fraction a third
F number 78
Q direct Tŷ Derw Homes Ltd :: “proud to be bringing much-needed homes to a community that has seen almost no new housing in a generation”
> Under a Section 106 agreement, the developer will pay £385,000 towards extra places at Llanfihangel Crucorney Primary School and £120,000 to improve the junction with the A465.
F money £385,000
O education Llanfihangel Crucorney Primary School
F money £120,000
L street A465
> Traffic figures presented to the committee showed about 3,400 vehicles a day use the village's main road, where the speed limit is 20mph, and residents say lorries heading for the B4423 towards Llanthony already struggle to pass parked cars.
F number 3,400
F quantity 20mph
L street B4423
L city Llanthony
> A Monmouthshire County Council spokesperson said the committee had “carefully weighed” the heritage concerns against the county's need for housing, and noted that Cadw had not objected.
O government Monmouthshire County Council
Q direct - :: “carefully weighed”
O government Cadw
> Crucorney Community Council, which objected to the application, will meet on 22 June to decide whether to ask Welsh ministers to call in the application before permission is formally issued. Planning and Environment Decisions Wales (PEDW), which handles such requests for ministers, said it had received none so far.
O government Crucorney Community Council
F date 22 June
O government Planning and Environment Decisions Wales
O government PEDW
> The village lies at the foot of Ysgyryd Fawr, known in English as the Skirrid, and at the mouth of the Vale of Ewyas, the valley of the River Honddu, which runs north into Bannau Brycheiniog National Park. Opponents say the estate would be clearly visible from the mountain's summit, 486m (1,594ft) above sea level.
L geo Ysgyryd Fawr
L geo Skirrid
L geo Vale of Ewyas
L geo River Honddu
L geo Bannau Brycheiniog National Park
F quantity 486m
F quantity 1,594ft
> Tŷ Derw's managing director, Gareth Llewellyn-Jenkins, said work could begin in spring 2035 if detailed plans were approved, with the first homes ready within 18 months.
O company Tŷ Derw
P full Gareth Llewellyn-Jenkins
F date 2035
F duration 18 months
> “We're a Monmouthshire business, and we build homes for Monmouthshire people,” he said.
Q direct Gareth Llewellyn-Jenkins :: “We're a Monmouthshire business, and we build homes for Monmouthshire people,”
L region Monmouthshire
L region Monmouthshire
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
