#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval24 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval24/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['187-terrebonne-levee-millage-vote'] = r'''
> Climate & Environment
> Terrebonne council sends levee tax to voters as Lafourche balks at sharing the bill
L region Terrebonne
L region Lafourche
> Shrimper Dwayne Authement ties up at his dock on Bayou Terrebonne in Chauvin, La., on Tuesday, Feb. 10, 2032. Winter storms have pushed water over a ring levee south of the community twice this year. (AP Photo/Celeste Boudreaux)
P full Dwayne Authement
L geo Bayou Terrebonne
L city Chauvin
L region La.
F date Feb. 10, 2032
O media AP
P full Celeste Boudreaux
> By RENÉ THERIOT
P full RENÉ THERIOT
> Associated Press
O media Associated Press
> HOUMA, La. (AP) — The Terrebonne Parish Council voted 6-3 on Wednesday night to put a 7.5-mill property tax for levees on the May 1 ballot, setting up a fight over who should pay to finish the hurricane protection system that rings Houma and the bayou communities to its south.
L city HOUMA
L region La.
O media AP
O government Terrebonne Parish Council
F number 6-3
F money 7.5-mill
F date May 1
L city Houma
> The tax would raise about $11.8 million a year for 15 years, according to parish estimates, and would go to the Terrebonne Levee and Conservation District, which builds and maintains the parish's levees and floodgates. The owner of a $200,000 home would pay about $94 a year after the homestead exemption.
F money $11.8 million
F duration 15 years
O government Terrebonne Levee and Conservation District
F money $200,000
F money $94
> Parish President Lionel Arceneaux called the measure "the most important vote this council will take in my lifetime."
P full Lionel Arceneaux
Q direct Lionel Arceneaux :: "the most important vote this council will take in my lifetime."
> "We have 98 miles of levee between Houma and the Gulf, and about a third of it is not yet at the height we need for a 100-year storm," Arceneaux said after the meeting. "The water doesn't care whose turn it is to pay.
Q direct Lionel Arceneaux :: "We have 98 miles of levee between Houma and the Gulf, and about a third of it is not yet at the height we need for a 100-year storm,"
F quantity 98 miles
L city Houma
L geo Gulf
F fraction a third
F duration 100-year
P partial Arceneaux
Q direct Lionel Arceneaux :: "The water doesn't care whose turn it is to pay.
> "If we sit here and wait for Washington, we'll be waiting with our boots on."
Q direct Lionel Arceneaux :: "If we sit here and wait for Washington, we'll be waiting with our boots on."
L city Washington
> Councilman Ray Chaisson of Dulac, one of three members who voted no, said residents of the lower bayous had already paid twice: once when Hurricane Ida tore through in 2021 and again when their flood insurance premiums doubled.
P full Ray Chaisson
L city Dulac
F number three
F date 2021
> "It's a tax on people who are already underwater," Chaisson said. "Half my district can't get a flood policy for under $6,000 a year. And now we're going to ask them for more?"
Q direct Ray Chaisson :: "It's a tax on people who are already underwater,"
P partial Chaisson
Q direct Ray Chaisson :: "Half my district can't get a flood policy for under $6,000 a year. And now we're going to ask them for more?"
F fraction Half
F money $6,000
> The vote came eight days after the Lafourche Parish Council rejected, 5-4, a proposal to split the cost of a new floodgate on Bayou Pointe-au-Chien, which forms part of the line between the two parishes. Lafourche officials say their own levee district, which protects Thibodaux, Raceland and the towns along Bayou Lafourche down to Golden Meadow, has bills of its own.
F duration eight days
O government Lafourche Parish Council
F number 5-4
L geo Bayou Pointe-au-Chien
F number two
L region Lafourche
L city Thibodaux
L city Raceland
L geo Bayou Lafourche
L city Golden Meadow
> "Terrebonne wants us to pay for a gate that protects mostly Terrebonne houses," Lafourche Parish Councilwoman Annette Toups Guidry said Thursday. "We're not against the levee. We're against the invoice."
Q direct Annette Toups Guidry :: "Terrebonne wants us to pay for a gate that protects mostly Terrebonne houses,"
L region Terrebonne
L region Terrebonne
L region Lafourche Parish
P full Annette Toups Guidry
Q direct Annette Toups Guidry :: "We're not against the levee. We're against the invoice."
> Lafourche Parish President Earl Thibodeaux did not respond to a request for comment.
L region Lafourche Parish
P full Earl Thibodeaux
> The Coastal Protection and Restoration Authority (CPRA), the state agency that carries out Louisiana's coastal master plan, has put $142 million into the Terrebonne system since 2019, and the U.S. Army Corps of Engineers has built several reaches with federal money. But the parish still needs about $310 million to raise its remaining levees to 15 feet, the height the Corps recommends for the most exposed stretches, Arceneaux said.
O government Coastal Protection and Restoration Authority
O government CPRA
L region Louisiana
F money $142 million
L region Terrebonne
F date 2019
O government U.S. Army Corps of Engineers
F money $310 million
F quantity 15 feet
O government Corps
P partial Arceneaux
> In a statement, the CPRA said it "remains a committed partner" in Terrebonne but that state dollars "cannot carry every parish's share alone."
O government CPRA
Q direct Coastal Protection and Restoration Authority :: "remains a committed partner"
L region Terrebonne
Q direct Coastal Protection and Restoration Authority :: "cannot carry every parish's share alone."
> About 200 people filled the council chambers at the parish Government Tower on Main Street in downtown Houma for the three-hour meeting, and most of the 41 who spoke supported the tax.
F number 200
L facility Government Tower
L street Main Street
L city Houma
F duration three-hour
F number 41
> Among them was Theresa Billiot Dardar, a member of the United Houma Nation who lives in Pointe-aux-Chênes, where much of the marsh her grandparents trapped is now open water.
P full Theresa Billiot Dardar
O government United Houma Nation
L city Pointe-aux-Chênes
> "My grandmother ran cattle where I go crabbing now," she said. "If the levee doesn't come, Pointe-aux-Chênes won't be here for my grandkids. I'd rather pay $94 than lose the whole town."
Q direct Theresa Billiot Dardar :: "My grandmother ran cattle where I go crabbing now,"
Q direct Theresa Billiot Dardar :: "If the levee doesn't come, Pointe-aux-Chênes won't be here for my grandkids. I'd rather pay $94 than lose the whole town."
L city Pointe-aux-Chênes
F money $94
> Others urged the council to wait. State Rep. Jolie Naquin, R-Houma, who does not vote on parish matters but spoke at the meeting, said she would press the Legislature in Baton Rouge this spring to set aside $60 million for projects in Terrebonne and Lafourche parishes.
P full Jolie Naquin
L city Houma
O government Legislature
L city Baton Rouge
F money $60 million
L region Terrebonne
L region Lafourche
> "Baton Rouge has heard this speech before," Naquin said. "This time we're bringing the whole bayou delegation, and we're bringing numbers."
Q direct Jolie Naquin :: "Baton Rouge has heard this speech before,"
L city Baton Rouge
P partial Naquin
Q direct Jolie Naquin :: "This time we're bringing the whole bayou delegation, and we're bringing numbers."
> The parish's levees largely held during Hurricane Ida, which made landfall near Port Fourchon as a Category 4 storm on Aug. 29, 2021, with winds of 150 mph. But surge poured over lower levees outside the system in Dulac, Chauvin and Montegut, and thousands of homes in the parish were damaged.
L facility Port Fourchon
F date Aug. 29, 2021
F quantity 150 mph
L city Dulac
L city Chauvin
L city Montegut
> If the tax passes, collections would begin in January 2033, and the levee district could sell bonds backed by the tax within 18 months, Arceneaux said.
F date January 2033
F duration 18 months
P partial Arceneaux
> Authement, 58, who has shrimped out of Chauvin since he was 17, said he would vote for it, but only just.
P partial Authement
F age 58
L city Chauvin
F age 17
> "Forty years I've been paying for something every time it floods," he said. "At least this time I get to see what I'm buying."
Q direct Dwayne Authement :: "Forty years I've been paying for something every time it floods,"
F duration Forty years
Q direct Dwayne Authement :: "At least this time I get to see what I'm buying."
'''

ARTICLES['188-bristol-bay-sockeye-glut-prices'] = r'''
> Fisheries
> Bristol Bay sockeye run tops 50 million, but a glut and low prices leave fishermen asking if it pays to fish
L geo Bristol Bay
F number 50 million
> Setnetter Loretta Kallenak picks sockeye from her net on the beach at Ekuk, south of Dillingham, on Saturday. (Tova Jurgensen / ADN)
P full Loretta Kallenak
L city Ekuk
L city Dillingham
P full Tova Jurgensen
O media ADN
> By Colby Westerlund
P full Colby Westerlund
> Updated: July 12, 2032 Published: July 11, 2032
F date July 12, 2032
F date July 11, 2032
> DILLINGHAM — By Saturday, the count of sockeye salmon returning to Bristol Bay had passed 50 million fish for the fourth time in five years, and the Nushagak District alone had seen more than 21 million.
L city DILLINGHAM
L geo Bristol Bay
F number 50 million
F duration five years
L region Nushagak District
F number 21 million
> But on the beaches and in the drift fleet, the mood is closer to grim than giddy. Processors are paying a base price of 75 cents a pound, fishermen say, down from $1.05 last season and far below the $1.40 or more that was common a decade ago.
F money 75 cents
F money $1.05
F money $1.40
> “You can’t eat a run count,” said Loretta Kallenak, a Yup’ik setnetter who has fished the Ekuk beach for 34 summers. “We have fish. We have more fish than anybody can remember. What we don’t have is a price.”
Q direct Loretta Kallenak :: “You can’t eat a run count,”
P full Loretta Kallenak
L city Ekuk
F number 34
Q direct Loretta Kallenak :: “We have fish. We have more fish than anybody can remember. What we don’t have is a price.”
> Kallenak, 61, learned to fish from her grandmother, whom she still calls by her Yup’ik name, Apaqutaq. The family’s set-net site, two 25-fathom nets staked into the mud below the bluff, has been fished every summer since 1958.
P partial Kallenak
F age 61
P partial Apaqutaq
F number two
F quantity 25-fathom
F date 1958
> The Alaska Department of Fish and Game’s inseason count reached 52.7 million sockeye on Saturday, including 21.4 million in the Nushagak District, 13.9 million in the Naknek-Kvichak District and 9.2 million in the Egegik District, according to the department’s daily run summary. The preseason forecast called for a total run of 48.1 million.
O government Alaska Department of Fish and Game
F number 52.7 million
F number 21.4 million
L region Nushagak District
F number 13.9 million
L region Naknek-Kvichak District
F number 9.2 million
L region Egegik District
F number 48.1 million
> “The Nushagak has been the engine of this run for most of the last decade,” said Colleen Vrabel, the Fish and Game area management biologist in Dillingham. “We’re seeing fish that went to sea in 2029 and 2030 come back in huge numbers, and big. The ocean was good to them.
Q direct Colleen Vrabel :: “The Nushagak has been the engine of this run for most of the last decade,”
L geo Nushagak
P full Colleen Vrabel
O government Fish and Game
L city Dillingham
Q direct Colleen Vrabel :: “We’re seeing fish that went to sea in 2029 and 2030 come back in huge numbers, and big. The ocean was good to them.
F date 2029
F date 2030
> “What we don’t control is what happens once they cross the dock.”
Q direct Colleen Vrabel :: “What we don’t control is what happens once they cross the dock.”
> To make sure enough fish reach the spawning grounds, Fish and Game manages each river for an escapement goal. On the Wood River, a Nushagak tributary, the counting tower had tallied 3.8 million sockeye by Friday, more than double the top of the river’s goal range, and managers have opened the district to fishing for as long as 36 hours at a stretch to catch the surplus.
O government Fish and Game
L geo Wood River
L geo Nushagak
F number 3.8 million
F duration 36 hours
> The trouble is on the other side of the dock. Several processors have put their boats on limits of 20,000 or 30,000 pounds a day, citing a glut of frozen sockeye left from last season and weak demand in Japan and Europe. A boat that reaches its limit early is “plugged” for the rest of the day, in fleet slang. At least one company, Seattle-based Ekuk Bay Seafoods, has stopped buying from some setnetters altogether.
F quantity 20,000
F quantity 30,000 pounds
L country Japan
L continent Europe
Q scare - :: “plugged”
F number one
L city Seattle
O company Ekuk Bay Seafoods
> “We are not trying to hurt anybody. We physically cannot process more fish than our lines can handle, and we can’t sell fish we can’t freeze,” Ekuk Bay Seafoods said in a statement to the Daily News.
Q direct Ekuk Bay Seafoods :: “We are not trying to hurt anybody. We physically cannot process more fish than our lines can handle, and we can’t sell fish we can’t freeze,”
O company Ekuk Bay Seafoods
O media Daily News
> The bay’s drift fleet is limited by regulation to boats no longer than 32 feet. Ryan Petrowski, who runs a 32-foot aluminum boat out of Naknek with a crew of three, said fuel, food and crew shares cost him about $4,200 a day.
F quantity 32 feet
P full Ryan Petrowski
F quantity 32-foot
L city Naknek
F number three
F money $4,200
> “At 75 cents, I need about 8,000 pounds a day just to break even,” Petrowski said. “Some days we get that in one set. Some days the processor tells us to stay home.”
Q direct Ryan Petrowski :: “At 75 cents, I need about 8,000 pounds a day just to break even,”
F money 75 cents
F quantity 8,000 pounds
P partial Petrowski
Q direct Ryan Petrowski :: “Some days we get that in one set. Some days the processor tells us to stay home.”
F number one
> In Egegik and South Naknek, some crews have gone home early, and a few permit holders said they had not put a net in the water at all this season. The Bristol Bay Regional Seafood Development Association, the drift fleet’s marketing group, has asked the state to study whether a public cold-storage plant in King Salmon could ease the bottleneck in future seasons.
L city Egegik
L city South Naknek
O nonprofit Bristol Bay Regional Seafood Development Association
L city King Salmon
> State Rep. Carla Nikolai, I-Dillingham, said she would ask the Legislature’s fisheries committees to hold hearings in Dillingham and Naknek this fall.
P full Carla Nikolai
L city Dillingham
O government Legislature
L city Dillingham
L city Naknek
> “Bristol Bay produces about half of the world’s wild sockeye, and the people who catch it can’t make a living,” Nikolai said. “Something in that chain is broken, and it isn’t the fish.”
Q direct Carla Nikolai :: “Bristol Bay produces about half of the world’s wild sockeye, and the people who catch it can’t make a living,”
L geo Bristol Bay
F fraction half
P partial Nikolai
Q direct Carla Nikolai :: “Something in that chain is broken, and it isn’t the fish.”
> Back on the beach at Ekuk, Kallenak’s nephew and two granddaughters worked the nets on Saturday’s evening tide, a 19-foot flood that brought the fish in faster than they could pick them.
L city Ekuk
P partial Kallenak
F number two
F quantity 19-foot
> “My grandmother sold her fish for 10 cents a pound, and she said the fish would always come back,” Kallenak said. “She never said anything about the price.”
Q direct Loretta Kallenak :: “My grandmother sold her fish for 10 cents a pound, and she said the fish would always come back,”
F money 10 cents
P partial Kallenak
Q direct Loretta Kallenak :: “She never said anything about the price.”
'''

ARTICLES['189-veridane-medical-q3-earnings'] = r'''
> Healthcare & Pharmaceuticals
> Veridane Medical beats Q3 estimates as insulin pump demand outstrips supply, lifts forecast
O company Veridane Medical
> By Nandini Rao and Caleb Ostrowski
P full Nandini Rao
P full Caleb Ostrowski
> October 30, 2031 7:42 AM EDT Updated 2 hours ago
F date October 30, 2031
F time 7:42 AM EDT
F duration 2 hours
> A Veridane Medical Solace insulin pump is displayed at the company's headquarters in Minneapolis, Minnesota, U.S., April 3, 2030. REUTERS/Dana Lindgren
L city Minneapolis
L region Minnesota
L country U.S.
F date April 3, 2030
O media REUTERS
P full Dana Lindgren
> Oct 30 (Reuters) - Veridane Medical Inc (VRDM.O) beat Wall Street estimates for third-quarter revenue and profit on Thursday and raised its full-year forecast, as demand for its tubeless insulin pump outran the company's ability to make the disposable pods that go with it.
F date Oct 30
O media Reuters
O company Veridane Medical Inc
L street Wall Street
> Shares of the Minneapolis-based company rose 11.4% to $68.20 in premarket trading.
L city Minneapolis
F percent 11.4%
F money $68.20
> Revenue rose 23% to $412.6 million in the quarter ended Sept 27, beating analysts' average estimate of $391.2 million, according to data compiled by LSEG.
F percent 23%
F money $412.6 million
F date Sept 27
F money $391.2 million
O company LSEG
> Excluding items, Veridane earned 41 cents per share, well above estimates of 29 cents. Net income was $38.9 million, or 36 cents per share, compared with a loss of $4.1 million, or 4 cents per share, a year earlier.
O company Veridane
F money 41 cents
F money 29 cents
F money $38.9 million
F money 36 cents
F money $4.1 million
F money 4 cents
> Gross margin widened by 310 basis points to 64.8%, helped by lower costs at the company's plant in Tijuana, Mexico, which began making pods in March.
F percent 310 basis points
F percent 64.8%
L city Tijuana
L country Mexico
> Veridane now expects 2031 revenue of $1.58 billion to $1.6 billion, up from its previous forecast of $1.49 billion to $1.53 billion, and adjusted profit of $1.38 to $1.44 per share.
O company Veridane
F date 2031
F money $1.58 billion
F money $1.6 billion
F money $1.49 billion
F money $1.53 billion
F money $1.38
F money $1.44
> Sales of the Solace pump, which sticks to the skin for three days and is controlled from a smartphone, rose 31% to $286 million. The company said it added about 48,000 users in the quarter, nearly two-thirds of whom switched from multiple daily insulin injections.
F duration three days
F percent 31%
F money $286 million
F number 48,000
F fraction two-thirds
> "We are still supply-constrained, and that is a good problem to have, but it is still a problem," Chief Executive Marguerite Lindahl-Osei said on a call with analysts. "Our Tijuana lines are running three shifts, seven days a week, and we still ended the quarter with a backlog."
Q direct Marguerite Lindahl-Osei :: "We are still supply-constrained, and that is a good problem to have, but it is still a problem,"
P full Marguerite Lindahl-Osei
Q direct Marguerite Lindahl-Osei :: "Our Tijuana lines are running three shifts, seven days a week, and we still ended the quarter with a backlog."
L city Tijuana
F number three
F duration seven days
> Lindahl-Osei said a second pod plant, near Guadalajara, would cost about $90 million and should begin production in the first half of fiscal 2033. Until then, the company will ration new pump starts in some European markets, she said.
P partial Lindahl-Osei
L city Guadalajara
F money $90 million
F date 2033
> The U.S. Food and Drug Administration (FDA) cleared the pump in June for children as young as 2, opening a market that rivals Insulet and Medtronic have long dominated. The Solace works with continuous glucose monitors made by Dexcom and Abbott.
O government U.S. Food and Drug Administration
O government FDA
F age 2
O company Insulet
O company Medtronic
O company Dexcom
O company Abbott
> "This is the cleanest quarter they've had since the IPO," said Rachel Szymanski, an analyst at William Blair, who raised her price target on the stock to $85 from $72. "The question for 2032 is whether they can add capacity fast enough to keep Insulet from closing the gap."
Q direct Rachel Szymanski :: "This is the cleanest quarter they've had since the IPO,"
P full Rachel Szymanski
O company William Blair
F money $85
F money $72
Q direct Rachel Szymanski :: "The question for 2032 is whether they can add capacity fast enough to keep Insulet from closing the gap."
F date 2032
O company Insulet
> Analysts at Piper Sandler and J.P. Morgan also raised their targets. Piper Sandler said in a note that Veridane's pod capacity was "the only number that matters" for the next 12 months.
O company Piper Sandler
O company J.P. Morgan
O company Piper Sandler
O company Veridane
Q direct Piper Sandler :: "the only number that matters"
F duration 12 months
> Veridane, which listed on the Nasdaq in 2027, has gained about 40% this year. It had about 3,100 employees at the end of 2030.
O company Veridane
O company Nasdaq
F date 2027
F percent 40%
F number 3,100
F date 2030
> (Reporting by Nandini Rao in Bengaluru and Caleb Ostrowski in New York; Editing by Mehr Batliwala and Tom Herrold)
P full Nandini Rao
L city Bengaluru
P full Caleb Ostrowski
L city New York
P full Mehr Batliwala
P full Tom Herrold
'''

ARTICLES['190-svalbard-rain-on-snow-reindeer-study'] = r'''
> Environment
> Winter rain is locking Svalbard's reindeer out of their food, 30-year study finds
L region Svalbard
F duration 30-year
> by Megan Halvorsen-Pike, University of Wisconsin-Madison
P full Megan Halvorsen-Pike
O education University of Wisconsin-Madison
> May 4, 2032
F date May 4, 2032
> A Svalbard reindeer digs through crusted snow in Adventdalen, near Longyearbyen, in March 2031. Credit: Ingvild Sæther
L region Svalbard
L geo Adventdalen
L city Longyearbyen
F date March 2031
P full Ingvild Sæther
> Rain falling on snow in the depths of the Arctic winter, once a rare event on Svalbard, now happens almost every year, and it is leaving the archipelago's reindeer thinner and raising fewer calves, according to a study that pairs three decades of weather records with measurements of more than 4,000 animals.
L region Svalbard
F duration three decades
F number 4,000
> The study, published May 4 in the journal Nature Ecology & Evolution, was led by Kaia Brennholt, a postdoctoral researcher in the Department of Forest and Wildlife Ecology at the University of Wisconsin–Madison. Her co-authors work at the University Centre in Svalbard (UNIS), the Norwegian Polar Institute, the University of Bergen and Utrecht University in the Netherlands.
F date May 4
O media Nature Ecology & Evolution
P full Kaia Brennholt
O education Department of Forest and Wildlife Ecology
O education University of Wisconsin–Madison
O education University Centre in Svalbard
O education UNIS
O government Norwegian Polar Institute
O education University of Bergen
O education Utrecht University
L country Netherlands
> "When rain falls on snow at minus 10 degrees, it doesn't soak in. It freezes into a sheet of ice, sometimes several centimeters thick, and the reindeer can't dig through it to reach the plants underneath," Brennholt said. "For a reindeer, that ice is a locked pantry door for the rest of the winter."
Q direct Kaia Brennholt :: "When rain falls on snow at minus 10 degrees, it doesn't soak in. It freezes into a sheet of ice, sometimes several centimeters thick, and the reindeer can't dig through it to reach the plants underneath,"
F quantity minus 10 degrees
P partial Brennholt
Q direct Kaia Brennholt :: "For a reindeer, that ice is a locked pantry door for the rest of the winter."
> Trappers on Svalbard have long had a name for such seasons: "glass winters."
L region Svalbard
Q scare - :: "glass winters."
> The team combined daily weather data from 2001 to 2031, recorded at the Svalbard Airport station near Longyearbyen and at the research town of Ny-Ålesund, with annual counts and body-weight records of wild reindeer in Adventdalen and the nearby Reindalen and Sassendalen valleys. Researchers from UNIS and the Norwegian Polar Institute have weighed and counted the animals there every spring since the 1990s.
F date 2001
F date 2031
L facility Svalbard Airport
L city Longyearbyen
L city Ny-Ålesund
L geo Adventdalen
L geo Reindalen
L geo Sassendalen
O education UNIS
O government Norwegian Polar Institute
F date 1990s
> Between December and March, significant rain-on-snow events occurred in 6 of the first 15 winters and in 14 of the last 15. In the 2020s an average winter brought 23 millimeters of such rain, against 7 millimeters in the 2000s.
F number 6
F number 15
F number 14
F number 15
F date 2020s
F quantity 23 millimeters
F quantity 7 millimeters
F date 2000s
> After winters with heavy icing, adult females weighed an average of 47 kilograms in April, about 9 kilograms less than after ice-free winters, and fewer of them had calves the next summer. Calf numbers fell by about half after the two worst winters, in 2012 and 2026.
F quantity 47 kilograms
F quantity 9 kilograms
F fraction half
F number two
F date 2012
F date 2026
> The animals do adapt. GPS collars fitted to 60 females showed that after an icing event, many moved to the coast to eat seaweed washed up on the shore, or climbed to steep, windblown slopes where the snow stays thin.
F number 60
> Brage Eikrem Hollund, a reindeer ecologist at UNIS and a co-author of the study, has taken part in the spring count in Adventdalen every year since 2009.
P full Brage Eikrem Hollund
O education UNIS
L geo Adventdalen
F date 2009
> "Twenty years ago, if you saw a thin animal in April you assumed it was old or sick," he said. "Now, after a bad winter, half the herd looks like that.
Q direct Brage Eikrem Hollund :: "Twenty years ago, if you saw a thin animal in April you assumed it was old or sick,"
F duration Twenty years
Q direct Brage Eikrem Hollund :: "Now, after a bad winter, half the herd looks like that.
F fraction half
> "They are tough animals. They survive things that would kill a reindeer on the mainland. But there is a limit, and we are getting closer to it."
Q direct Brage Eikrem Hollund :: "They are tough animals. They survive things that would kill a reindeer on the mainland. But there is a limit, and we are getting closer to it."
> Svalbard lies about midway between mainland Norway and the North Pole, and its winters have warmed by about 7 degrees Celsius since 1971, according to the Norwegian Centre for Climate Services. Roughly 22,000 reindeer live on the archipelago, the only large plant-eating mammal on the islands.
L region Svalbard
L country Norway
L geo North Pole
F quantity 7 degrees Celsius
F date 1971
O government Norwegian Centre for Climate Services
F number 22,000
> Brennholt said the findings matter well beyond Svalbard, because rain-on-snow is becoming more common across the Arctic, from Alaska to Siberia, where millions of wild and herded reindeer and caribou graze.
P partial Brennholt
L region Svalbard
L region Arctic
L region Alaska
L region Siberia
> "Svalbard is the early warning," she said. "What we see there in 2032, herders in northern Norway and Finland may be seeing in 2045."
Q direct Kaia Brennholt :: "Svalbard is the early warning,"
L region Svalbard
Q direct Kaia Brennholt :: "What we see there in 2032, herders in northern Norway and Finland may be seeing in 2045."
F date 2032
L country Norway
L country Finland
F date 2045
> The research was funded by the U.S. National Science Foundation and the Research Council of Norway.
O government U.S. National Science Foundation
O government Research Council of Norway
> More information: Kaia Brennholt et al, Winter rain-on-snow events reduce body mass and recruitment in an Arctic ungulate, Nature Ecology & Evolution (2032). DOI: 10.1038/s41559-032-02417-8
P full Kaia Brennholt
O media Nature Ecology & Evolution
F date 2032
> Journal information: Nature Ecology & Evolution
O media Nature Ecology & Evolution
> Provided by University of Wisconsin-Madison
O education University of Wisconsin-Madison
'''

ARTICLES['191-iowa-state-kansas-state-womens-basketball'] = r'''
> Brandt has 23 points, 11 rebounds as No. 17 Iowa State rallies past Kansas State 78-71
P partial Brandt
F number 23
F number 11
O team Iowa State
O team Kansas State
F score 78-71
> ![Iowa State center Greta Brandt (34) shoots over Kansas State forward Imani Reddick during the fourth quarter of an NCAA college basketball game, Sunday, Jan. 16, 2033, in Ames, Iowa. (AP Photo/Lindsey Harwick)](/photos/2033/01/16/kansas-st-iowa-st-basketball-034.jpg)
O team Iowa State
P full Greta Brandt
O team Kansas State
P full Imani Reddick
O other NCAA
F date Jan. 16, 2033
L city Ames
L region Iowa
O media AP
P full Lindsey Harwick
> By The Associated Press
O media The Associated Press
> AMES, Iowa (AP) — Greta Brandt had 23 points and 11 rebounds, Sophie Tjaden added 17 points and No. 17 Iowa State rallied from a four-point deficit in the fourth quarter to beat Kansas State 78-71 on Sunday.
L city AMES
L region Iowa
O media AP
P full Greta Brandt
F number 23
F number 11
P full Sophie Tjaden
F number 17
O team Iowa State
F number four
O team Kansas State
F score 78-71
> Brandt, a 6-foot-4 junior from Cedar Rapids, made 10 of 14 shots and blocked three shots in the fourth, when the Cyclones (14-4, 5-2 Big 12) outscored the Wildcats 24-13.
P partial Brandt
F quantity 6-foot-4
L city Cedar Rapids
F number 10
F number 14
F number three
O team Cyclones
F score 14-4
F score 5-2
O other Big 12
O team Wildcats
F score 24-13
> Imani Reddick led Kansas State (12-6, 3-4) with 21 points, and Kaylee Two Bulls had 14 points and seven assists for the Wildcats, who had won three straight.
P full Imani Reddick
O team Kansas State
F score 12-6
F score 3-4
F number 21
P full Kaylee Two Bulls
F number 14
F number seven
O team Wildcats
F number three
> Kansas State used a 12-0 run late in the second quarter to lead 36-31 at halftime and went into the fourth up 58-54 after Reddick banked in a 3-pointer at the buzzer.
O team Kansas State
F score 12-0
F score 36-31
F score 58-54
P partial Reddick
F number 3
> Iowa State scored the first nine points of the final quarter. Tjaden's 3-pointer from the left corner with 8:04 remaining gave the Cyclones the lead for good at 61-58, and Brandt's putback with 1:48 to play made it 72-64.
O team Iowa State
F number nine
P partial Tjaden
F number 3
F time 8:04
O team Cyclones
F score 61-58
P partial Brandt
F time 1:48
F score 72-64
> "We told them at halftime nobody was going to hand us this one," Iowa State coach Renee Hollingshead said. "Greta decided she was going to go take it."
Q direct Renee Hollingshead :: "We told them at halftime nobody was going to hand us this one,"
O team Iowa State
P full Renee Hollingshead
Q direct Renee Hollingshead :: "Greta decided she was going to go take it."
P partial Greta
> Brandt said the turning point was her block on Reddick with about three minutes left, her third of the quarter.
P partial Brandt
P partial Reddick
F duration three minutes
> "She'd beaten me twice on that move," Brandt said. "I wasn't going to let it happen a third time."
Q direct Greta Brandt :: "She'd beaten me twice on that move,"
P partial Brandt
Q direct Greta Brandt :: "I wasn't going to let it happen a third time."
> Tjaden, a senior from Ankeny, has made 41% of her 3-point attempts this season. "Coach Hollingshead tells us defense travels and shooting doesn't," she said. "Today both of them showed up."
P partial Tjaden
L city Ankeny
F percent 41%
F number 3
Q direct Sophie Tjaden :: "Coach Hollingshead tells us defense travels and shooting doesn't,"
P partial Hollingshead
Q direct Sophie Tjaden :: "Today both of them showed up."
> Kansas State coach Marcus Oyelaran said his team "stopped moving the ball" once it had the lead. The Wildcats shot 4 of 17 in the fourth quarter and committed seven of their 16 turnovers.
O team Kansas State
P full Marcus Oyelaran
Q direct Marcus Oyelaran :: "stopped moving the ball"
O team Wildcats
F number 4
F number 17
F number seven
F number 16
> "You can't turn it over like that in Hilton Coliseum and expect to walk out with a win," Oyelaran said. "They made us pay every time."
Q direct Marcus Oyelaran :: "You can't turn it over like that in Hilton Coliseum and expect to walk out with a win,"
L facility Hilton Coliseum
P partial Oyelaran
Q direct Marcus Oyelaran :: "They made us pay every time."
> The crowd of 11,942 was the largest at Hilton Coliseum this season. Iowa State improved to 10-0 at home.
F number 11,942
L facility Hilton Coliseum
O team Iowa State
F score 10-0
> THE TAKEAWAY
> Kansas State: The Wildcats went 1 for 9 from 3-point range after halftime after making 7 of 12 before the break. Two Bulls played all 40 minutes.
O team Kansas State
O team Wildcats
F number 1
F number 9
F number 3
F number 7
F number 12
P partial Two Bulls
F duration 40 minutes
> Iowa State: Brandt has nine double-doubles this season, most in the Big 12. The Cyclones have won five of their last six games against Kansas State.
O team Iowa State
P partial Brandt
F number nine
O other Big 12
O team Cyclones
F number five
F number six
O team Kansas State
> UP NEXT
> Kansas State: Hosts No. 9 Baylor on Wednesday.
O team Kansas State
O team Baylor
> Iowa State: At West Virginia on Saturday.
O team Iowa State
O team West Virginia
> ___
> Get poll alerts and updates on the AP Top 25 throughout the season. Sign up here. AP women's college basketball: https://apnews.com/hub/womens-college-basketball
O media +1 AP
'''

ARTICLES['192-leith-after-midnight-fringe-review'] = r'''
> Critic’s Pick
> ‘Leith, After Midnight’ Review: The Last Bus Home Carries Ghosts
Q scare - :: ‘Leith, After Midnight’
> At the Edinburgh Fringe, a Glasgow company turns a night bus into a requiem for a vanished city, with a shattering performance from Isla Drummond.
L city Glasgow
P full Isla Drummond
> Isla Drummond, center, as Morag in “Leith, After Midnight” at the Traverse Theatre in Edinburgh.Credit...Rory Baird for The New York Times
P full Isla Drummond
P partial Morag
Q scare - :: “Leith, After Midnight”
L facility Traverse Theatre
L city Edinburgh
P full Rory Baird
O media The New York Times
> By Jesse Kanefield
P full Jesse Kanefield
> Reporting from Edinburgh
L city Edinburgh
> Aug. 14, 2032
F date Aug. 14, 2032
> The No. 47 night bus in “Leith, After Midnight” never quite reaches Leith. It pulls away from Princes Street a little after 1 a.m., and in the 80 minutes it takes to crawl down Leith Walk, its five passengers and its driver reveal that not one of them is entirely sure which decade they are living in.
Q scare - :: “Leith, After Midnight”
L city +1 Leith
L street Princes Street
F time 1 a.m.
F duration 80 minutes
L street Leith Walk
F number five
> The play, written by Ewan Gilfillan and directed by Catriona Mair for the Glasgow company Stray Lantern, runs through Aug. 26 at the Traverse Theatre, and it is the best new writing I have seen at this year’s Fringe, which lists more than 3,400 shows.
P full Ewan Gilfillan
P full Catriona Mair
L city Glasgow
O other Stray Lantern
F date Aug. 26
L facility Traverse Theatre
F number 3,400
> Its driver is Morag (Isla Drummond), 70 years old and on the last shift of a 41-year career. Her passengers include a nurse coming off a 12-hour shift (Priya Sandhu), a teenager called Declan (Fionn MacAskill) who will not say where he is going, and an old man in a good coat (Hamish Lennie) who wants to get off at a street that was demolished in 1968.
P partial Morag
P full Isla Drummond
F age 70 years old
F duration 41-year
F duration 12-hour
P full Priya Sandhu
P partial Declan
P full Fionn MacAskill
P full Hamish Lennie
F date 1968
> “I’ve driven this road for 41 years, and it has never once ended where the timetable said,” Morag tells Declan early on, and Ms. Drummond, a veteran of the Citizens Theatre and of Scottish television, makes the line sound like a joke and a confession at once.
Q direct Morag :: “I’ve driven this road for 41 years, and it has never once ended where the timetable said,”
F duration 41 years
P partial Morag
P partial Declan
P partial Drummond
O other Citizens Theatre
> Mr. Gilfillan, who adapted the play loosely from his 2027 novella “The Last of the Trams,” gives each passenger a monologue, and Ms. Mair stages them with almost nothing: four rows of salvaged bus seats, a pole, a bell and a wall of rain-streaked windows on which Kenneth Ure’s projections slide past — tenement closes, a dance hall, the docks as they were before the cranes came down.
P partial Gilfillan
F date 2027
Q scare - :: “The Last of the Trams,”
P partial Mair
F number four
P full Kenneth Ure
> The effect is of a city remembering itself, and Ms. Mair, who founded Stray Lantern in 2019 with Mr. Gilfillan and Ms. Drummond, knows exactly when to let the memories run and when to cut the lights.
P partial Mair
O other Stray Lantern
F date 2019
P partial Gilfillan
P partial Drummond
> “Every city has a night bus full of people who aren’t supposed to be awake,” Ms. Mair said in an interview in the Traverse bar before a preview. “We wanted to put the audience on that bus and not let them off until we were finished with them.”
Q direct Catriona Mair :: “Every city has a night bus full of people who aren’t supposed to be awake,”
P partial Mair
L facility Traverse
Q direct Catriona Mair :: “We wanted to put the audience on that bus and not let them off until we were finished with them.”
> She and her company spent the past two years riding the real night buses of Edinburgh and Glasgow, she said, recording conversations with drivers, who call the last run of the night “the ghost run.”
F duration two years
L city Edinburgh
L city Glasgow
Q scare - :: “the ghost run.”
> Not every passenger earns a stop. Ms. Sandhu’s nurse is written more thinly than the others, and a late scene in which Declan’s phone rings with a call from 1987 leans too hard on the play’s central trick. But Mr. Lennie, a 79-year-old veteran of the Scottish stage, is heartbreaking as the man looking for his street, and his slow, courtly monologue about a Saturday dance at the Palais in Fountainbridge is the evening’s still center.
P partial Sandhu
P partial Declan
F date 1987
P partial Lennie
F age 79-year-old
L facility Palais
L city Fountainbridge
> It is Ms. Drummond, though, who carries the night. In the final 10 minutes, as Morag realizes where her bus has been going all along, she barely raises her voice, and the Traverse’s main house, which had been laughing a few minutes earlier, goes so quiet that you can hear the rain machine.
P partial Drummond
F duration 10 minutes
P partial Morag
L facility Traverse
> Tickets are £16.50, or £13 for concessions, and most performances this week are sold out. The production transfers in October to the Tron Theatre in Glasgow, where Stray Lantern staged its first show, “Ferry Weather,” in 2020.
F money £16.50
F money £13
L facility Tron Theatre
L city Glasgow
O other Stray Lantern
Q scare - :: “Ferry Weather,”
F date 2020
> Leith, After Midnight
> Through Aug. 26 at the Traverse Theatre, Edinburgh; traverse.co.uk. Running time: 1 hour 20 minutes.
F date Aug. 26
L facility Traverse Theatre
L city Edinburgh
F duration 1 hour 20 minutes
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
