#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval332 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval332/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['2035-npfl-title-race-rangers-kano-pillars-enyimba-bonus-punch'] = r'''
> Sports
> NPFL: Rangers go four points clear as Enyimba chairman promises N50m bonus
O other NPFL
O team Rangers
F number four
O team Enyimba
F money N50m
> Flying Antelopes beat Kano Pillars 2-1 in Enugu with seven matches left, but Aba side insist ‘the race is not over’
O team Flying Antelopes
O team Kano Pillars
F score 2-1
L city Enugu
F number seven
L city Aba
Q direct Uchenna Nwankwo-Ike :: ‘the race is not over’
> Chukwudi Eze-Nwosu, Enugu
P full Chukwudi Eze-Nwosu
L city Enugu
> 6th May 2041
F date 6th May 2041
> Rangers striker Taiwo Akinwale celebrates his second goal against Kano Pillars at the Nnamdi Azikiwe Stadium, Enugu, on Sunday. Photo: Ifeanyi Okonkwo
O team Rangers
P full Taiwo Akinwale
O team Kano Pillars
L facility Nnamdi Azikiwe Stadium
L city Enugu
P full Ifeanyi Okonkwo
> RANGERS International moved four points clear at the top of the Nigeria Professional Football League on Sunday after a 2-1 win over Kano Pillars at the Nnamdi Azikiwe Stadium, Enugu, with seven matches left in the 2040/41 season.
O team RANGERS International
F number four
O other Nigeria Professional Football League
F score 2-1
O team Kano Pillars
L facility Nnamdi Azikiwe Stadium
L city Enugu
F number seven
F date 2040/41
> The Flying Antelopes now have 61 points from 31 matches, four more than defending champions Enyimba, who were held to a goalless draw by Shooting Stars in Ibadan on Saturday. Remo Stars are third on 54 points after a 3-1 home win over Bendel Insurance in Ikenne.
O team Flying Antelopes
F number 61
F number 31
F number four
O team Enyimba
O team Shooting Stars
L city Ibadan
O team Remo Stars
F number 54
F score 3-1
O team Bendel Insurance
L city Ikenne
> Akinwale, the Ogbomoso-born striker who joined Rangers from Remo Stars in January for a reported N35m, scored in the 12th and 67th minutes to take his tally to 17 league goals, three more than anyone else.
P partial Akinwale
L city Ogbomoso
O team Rangers
O team Remo Stars
F money N35m
F number 17
F number three
> Pillars pulled a goal back through Abdullahi Garba Danjuma’s header in the 81st minute, and the hosts’ goalkeeper, Obinna Ezeh, made two saves in the last 10 minutes in front of about 22,000 fans.
O team Pillars
P full Abdullahi Garba Danjuma
P full Obinna Ezeh
F number two
F duration 10 minutes
F number 22,000
> “I told my mother before the game that I would score two for her,” Akinwale, 24, said after the match. “She has been in hospital in Ogbomoso for three weeks. The goals are hers, but the title will be for the whole of Enugu.”
Q direct Taiwo Akinwale :: “I told my mother before the game that I would score two for her,”
Q direct Taiwo Akinwale :: “She has been in hospital in Ogbomoso for three weeks. The goals are hers, but the title will be for the whole of Enugu.”
F number two
P partial Akinwale
F age 24
L city Ogbomoso
F duration three weeks
L city Enugu
> Rangers coach, Chukwuemeka Obiora, said his players had “won nothing yet.”
O team Rangers
P full Chukwuemeka Obiora
Q direct Chukwuemeka Obiora :: “won nothing yet.”
> “We respect Enyimba. They have won this league nine times and they know how to chase,” Obiora said. “Four points is nothing when there are still 21 points on the table. We go to Aba on May 25, and that is the match that will decide everything.
Q direct Chukwuemeka Obiora :: “We respect Enyimba. They have won this league nine times and they know how to chase,”
Q direct Chukwuemeka Obiora :: “Four points is nothing when there are still 21 points on the table. We go to Aba on May 25, and that is the match that will decide everything.
O team Enyimba
F number nine
P partial Obiora
F number Four
F number 21
L city Aba
F date May 25
> “If we lose our heads now, the people of Enugu will never forgive us. So we take it one game at a time.”
Q direct Chukwuemeka Obiora :: “If we lose our heads now, the people of Enugu will never forgive us. So we take it one game at a time.”
L city Enugu
> Pillars coach, Ibrahim Musa Gwarzo, said the opening goal should not have stood. “The linesman told my captain, ‘I did not see it clearly,’ so how can he keep his flag down? We came to Enugu to play against 11 men, not 14,” he said.
O team Pillars
P full Ibrahim Musa Gwarzo
Q direct Ibrahim Musa Gwarzo :: “The linesman told my captain, ‘I did not see it clearly,’ so how can he keep his flag down? We came to Enugu to play against 11 men, not 14,”
L city Enugu
F number 11
F number 14
> The League Management Company (LMC) said it had received a complaint from the visitors and would “review the match officials’ reports within 72 hours.”
O other League Management Company
O other LMC
Q direct League Management Company :: “review the match officials’ reports within 72 hours.”
F duration 72 hours
> In Aba, Enyimba chairman, Chief Uchenna Nwankwo-Ike, announced a N50m bonus for the squad if the People’s Elephant retain the title, and N2m for every win in their last seven matches.
L city Aba
O team Enyimba
P full Uchenna Nwankwo-Ike
F money N50m
O team People’s Elephant
F money N2m
F number seven
> “Enyimba do not surrender. We have been here before, in 2038 and in 2039, and we know the road,” Nwankwo-Ike said in a statement on Monday. “The race is not over until the last whistle in Aba.”
Q direct Uchenna Nwankwo-Ike :: “Enyimba do not surrender. We have been here before, in 2038 and in 2039, and we know the road,”
Q direct Uchenna Nwankwo-Ike :: “The race is not over until the last whistle in Aba.”
O team Enyimba
F date 2038
F date 2039
P partial Nwankwo-Ike
L city Aba
> The so-called “Oriental derby” between the two clubs at the Enyimba International Stadium is already sold out, a club official, who asked not to be named, told PUNCH. “We printed 16,000 tickets at N3,000 each and they finished in two days,” the official said.
Q scare - :: “Oriental derby”
F number two
L facility Enyimba International Stadium
O media PUNCH
Q direct - :: “We printed 16,000 tickets at N3,000 each and they finished in two days,”
F number 16,000
F money N3,000
F duration two days
> Rangers had 58 per cent of possession and eight shots on target to Pillars’ three.
O team Rangers
F percent 58 per cent
F number eight
O team Pillars
F number three
> Copyright PUNCH. All rights reserved.
O media PUNCH
'''

ARTICLES['2036-kansas-rural-hospital-closures-atwood-nearest-er-the-atlantic'] = r'''
> Health
> The Nearest Emergency Room Is Now 74 Miles Away
F quantity 74 Miles
> Three rural hospitals in northwest Kansas have closed in 18 months. Patients are doing the math on how long a heart attack can wait.
F number Three
L region Kansas
F duration 18 months
> By Hannah Kessler-Voss
P full Hannah Kessler-Voss
> April 9, 2041, 7 AM ET
F date April 9, 2041
F time 7 AM ET
> The shuttered emergency entrance of Beaver Creek Hospital, in Atwood, Kansas. (Caleb Ruhnke for The Atlantic)
L facility Beaver Creek Hospital
L city Atwood
L region Kansas
P full Caleb Ruhnke
O media The Atlantic
> At 2:40 a.m. on a Tuesday in March, Orville Siebert woke up with a pain that felt, he told me, “like somebody parked a tractor on my chest.” For 61 years, the emergency room at Beaver Creek Hospital had been 11 minutes from his farmhouse. It had closed on Feb. 14.
F time 2:40 a.m.
P full Orville Siebert
Q direct Orville Siebert :: “like somebody parked a tractor on my chest.”
F duration 61 years
L facility Beaver Creek Hospital
F duration 11 minutes
F date Feb. 14
> His wife, Darlene, drove him to Colby instead: 74 miles, 71 minutes door to door. “I kept telling her to slow down, and she kept telling me to shut up,” said Siebert, who is 78. He got two stents.
P partial Darlene
L city Colby
F quantity 74 miles
F duration 71 minutes
Q direct Orville Siebert :: “I kept telling her to slow down, and she kept telling me to shut up,”
P partial Siebert
F age 78
F number two
> Beaver Creek is the third hospital in the region to close since the fall of 2039, after Sappa Valley Medical Center in Oberlin and Republican River Hospital in St. Francis. Across Rawlins, Decatur and Cheyenne counties, some 7,400 people now live beyond the so-called “golden hour” of trauma care.
O other Beaver Creek
F date 2039
O other Sappa Valley Medical Center
L city Oberlin
O other Republican River Hospital
L city St. Francis
L region Rawlins
L region Decatur
L region Cheyenne
F number 7,400
Q scare - :: “golden hour”
> Beaver Creek, a 25-bed hospital, lost $3.8 million over its last two years, according to Dana Kruse, its chief executive until the end. About 70 percent of its patients were on Medicare or Medicaid, and it filled an average of four beds a night.
O other Beaver Creek
F number 25
F money $3.8 million
F duration two years
P full Dana Kruse
F percent 70 percent
F number four
> “People think a hospital closes because somebody made one bad decision,” Kruse told me. “We made every small decision we could to stay open. At the end, I was signing payroll with money we didn’t have.”
Q direct Dana Kruse :: “People think a hospital closes because somebody made one bad decision,”
Q direct Dana Kruse :: “We made every small decision we could to stay open. At the end, I was signing payroll with money we didn’t have.”
F number one
P partial Kruse
> The Kansas Hospital Association counts 104 rural hospitals in the state; it found that 31 were losing money on operations and 12 had less than 30 days of cash on hand. Without new state funding, the association said in a statement, “more communities will wake up without a hospital.”
O nonprofit Kansas Hospital Association
F number 104
F number 31
F number 12
F duration 30 days
Q direct Kansas Hospital Association :: “more communities will wake up without a hospital.”
> “We’re past the point of warning anybody,” said Marcus Delaney, its vice president for rural health. Delaney wants the Kansas Legislature to expand Medicaid, which he estimates would bring $410 million a year to rural hospitals, and to fund a $1.2 million grant program for rural ambulance services.
Q direct Marcus Delaney :: “We’re past the point of warning anybody,”
P full Marcus Delaney
P partial Delaney
O government Kansas Legislature
F money $410 million
F money $1.2 million
> In Rawlins County, care now falls largely to Leah Brandt, a nurse practitioner who runs the county’s last clinic, three days a week, on Atwood’s Main Street. She sees about 30 patients a day.
L region Rawlins County
P full Leah Brandt
F duration three days
L city Atwood
L street Main Street
F number 30
> “Every day somebody asks me, ‘Is this bad enough to drive to Colby?’ And I decide with a blood-pressure cuff,” Brandt said. “Last month I had a 19-year-old with a ruptured appendix and a stroke in the same afternoon. The ambulance can only be in one place.
Q direct Leah Brandt :: “Every day somebody asks me, ‘Is this bad enough to drive to Colby?’ And I decide with a blood-pressure cuff,”
Q direct Leah Brandt :: “Last month I had a 19-year-old with a ruptured appendix and a stroke in the same afternoon. The ambulance can only be in one place.
L city Colby
P partial Brandt
F age 19-year-old
F number one
> “Now half my job is deciding who makes the 74-mile drive and who waits.”
Q direct Leah Brandt :: “Now half my job is deciding who makes the 74-mile drive and who waits.”
F fraction half
F quantity 74-mile
> An emergency-services director in a neighboring county, who asked not to be named, said her crews spend as long as four hours on a single transfer. “Some nights we cover 1,100 square miles with one rig,” she said.
F duration four hours
Q direct - :: “Some nights we cover 1,100 square miles with one rig,”
F quantity 1,100 square miles
F number one
> Kruse now commutes to a hospital in Hays, 105 miles away. Siebert keeps a packed bag by the door, he said. “Out here, you used to plan for hail,” he said. “Now you plan for your heart.”
P partial Kruse
L city Hays
F quantity 105 miles
P partial Siebert
Q direct Orville Siebert :: “Out here, you used to plan for hail,”
Q direct Orville Siebert :: “Now you plan for your heart.”
'''

ARTICLES['2037-hawker-stall-rent-cap-nea-chinatown-complex-cna'] = r'''
> Singapore
L country Singapore
> Hawker Stall Rents To Be Capped At S$1,800 A Month From 2042, Says NEA
F money S$1,800
F date 2042
O government NEA
> Long-serving stallholders will also get a 15 per cent cut, but hawkers say the relief comes too late for some.
F percent 15 per cent
> Goh Pei Shan
P full Goh Pei Shan
> 18 Mar 2041 06:45PM
F date 18 Mar 2041
F time 06:45PM
> Lunch crowds at Chinatown Complex Food Centre. (Photo: CNA/Jeremy Teo Kai Wen)
L facility Chinatown Complex Food Centre
O media CNA
P full Jeremy Teo Kai Wen
> SINGAPORE: Monthly rents for cooked-food stalls at hawker centres managed by the National Environment Agency (NEA) will be capped at S$1,800 from Jan 1, 2042, the agency announced on Monday (Mar 18).
L country SINGAPORE
O government National Environment Agency
O government NEA
F money S$1,800
F date Jan 1, 2042
F date Mar 18
> The cap will cover about 6,000 stalls at 110 hawker centres. Stallholders who have run the same stall for 20 years or more will get a further 15 per cent off their rent, NEA said.
F number 6,000
F number 110
F duration 20 years
F percent 15 per cent
O government NEA
> The highest monthly rent at an NEA centre is now S$4,050, paid at Maxwell Food Centre, while the median is about S$1,260. Rents are set when a stall is tendered, and NEA has been criticised for so-called "sky-high bids" that push rents far above what hawkers earn.
O government NEA
F money S$4,050
L facility Maxwell Food Centre
F money S$1,260
O government NEA
Q scare - :: "sky-high bids"
> In a media release, the agency said the scheme was meant "to keep hawker food affordable for Singaporeans" and to "give hawkers room to plan beyond their next tender". It will cost about S$38 million a year, funded by the Ministry of Sustainability and the Environment.
Q direct National Environment Agency :: "to keep hawker food affordable for Singaporeans"
Q direct National Environment Agency :: "give hawkers room to plan beyond their next tender"
F money S$38 million
O government Ministry of Sustainability and the Environment
> Mr Zulkifli Haris, an MP for Jalan Besar GRC who has raised hawker rents in Parliament four times since 2039, called the cap "overdue but welcome".
P full Zulkifli Haris
L region Jalan Besar GRC
O government Parliament
F number four
F date 2039
Q direct Zulkifli Haris :: "overdue but welcome"
> "Three hawkers in my constituency closed last year because the rent ate everything. One of them told me, 'I work 14 hours a day to pay the landlord,'" Mr Zulkifli told CNA. "The landlord, in that case, was the Government."
Q direct Zulkifli Haris :: "Three hawkers in my constituency closed last year because the rent ate everything. One of them told me, 'I work 14 hours a day to pay the landlord,'"
Q direct Zulkifli Haris :: "The landlord, in that case, was the Government."
F number Three
F duration 14 hours
P partial Zulkifli
O media CNA
> At Chinatown Complex, Madam Lim Soo Hwa, 67, has sold char kway teow from the same stall for 38 years. She pays S$2,300 a month and charges S$5 a plate.
L facility Chinatown Complex
P full Lim Soo Hwa
F age 67
F duration 38 years
F money S$2,300
F money S$5
> "My customers always say, 'Auntie, don't raise your price.' But every year the rent goes up and the eggs go up," she said. "With this cap I save S$500 a month. That is my electricity and my gas.
Q direct Lim Soo Hwa :: "My customers always say, 'Auntie, don't raise your price.' But every year the rent goes up and the eggs go up,"
Q direct Lim Soo Hwa :: "With this cap I save S$500 a month. That is my electricity and my gas.
F money S$500
> "But my son says he won't take over. The cap doesn't change the hours."
Q direct Lim Soo Hwa :: "But my son says he won't take over. The cap doesn't change the hours."
> Food critic Vasanthi Raman, who has reviewed hawker stalls for 15 years, said the cap would help older hawkers stay but did little for younger ones starting out.
P full Vasanthi Raman
F duration 15 years
> "Half of the stalls I wrote about in 2036 are gone. The ones that survive are run by people over 65," Ms Vasanthi said. "If we want hawker culture to exist in 10 years' time, we have to make it possible to start, not just to stay."
Q direct Vasanthi Raman :: "Half of the stalls I wrote about in 2036 are gone. The ones that survive are run by people over 65,"
Q direct Vasanthi Raman :: "If we want hawker culture to exist in 10 years' time, we have to make it possible to start, not just to stay."
F fraction Half
F date 2036
F age 65
P partial Vasanthi
F duration 10 years
> A stallholder at Tekka Centre who asked not to be named said the cap would not help hawkers who rent from other tenants, a practice NEA bans but which "everyone knows still happens".
L facility Tekka Centre
O government NEA
Q direct - :: "everyone knows still happens"
> NEA said about a third of stallholders at its centres are aged 60 and above. It will review the scheme after two years, and hawkers can apply from Nov 4 at 9am on its website.
O government NEA
F fraction a third
F age 60
F duration two years
F date Nov 4
F time 9am
'''

ARTICLES['2038-walcheren-dike-reinforcement-vlissingen-zeeland-dutchnews'] = r'''
> Environment
> Zeeland dikes near Vlissingen to be raised in €420m flood defence project
L region Zeeland
L city Vlissingen
F money €420m
> Some 14 kilometres of dike along the Walcheren coast will be raised by up to 1.5 metres, but farmers say the work will swallow their best land.
F quantity 14 kilometres
L geo Walcheren
F quantity 1.5 metres
> By Femke Oudshoorn
P full Femke Oudshoorn
> April 25, 2041
F date April 25, 2041
> The sea dike at Nollestrand, north of Vlissingen. Photo: Rijkswaterstaat
L geo Nollestrand
L city Vlissingen
O government Rijkswaterstaat
> The dikes and dunes along 14 kilometres of the Walcheren coast between Vlissingen and Westkapelle will be raised and widened in a €420 million project, infrastructure minister Ruud van der Stoep said on Thursday.
F quantity 14 kilometres
L geo Walcheren
L city Vlissingen
L city Westkapelle
F money €420 million
P full Ruud van der Stoep
> The stretch failed its most recent safety assessment, Rijkswaterstaat said, and would not withstand the storm surge expected once every 10,000 years as sea levels rise. The new crest will stand at 11.5 metres above NAP, the reference level for Dutch water heights, up from 10 metres now.
O government Rijkswaterstaat
F duration 10,000 years
F quantity 11.5 metres
F quantity 10 metres
> “Zeeland knows better than any province what happens when a dike fails,” Van der Stoep said. “We are not going to wait for the next storm to find out whether this one holds.”
Q direct Ruud van der Stoep :: “Zeeland knows better than any province what happens when a dike fails,”
Q direct Ruud van der Stoep :: “We are not going to wait for the next storm to find out whether this one holds.”
L region Zeeland
P partial Van der Stoep
> The work is part of the national Flood Protection Programme (HWBP) and will be carried out by the Scheldestromen water board, which manages the dikes in Zeeland. Construction is due to start in September 2041 and to finish by the end of 2044. The national government will pay 90% of the cost and the water board the remaining 10%.
O government Scheldestromen
L region Zeeland
F date September 2041
F date 2044
F percent 90%
F percent 10%
> Water board chair Anneke de Koning called the project “the biggest job on Walcheren in a generation”. She said 23 hectares of farmland would be needed for the wider base of the dike, most of it near Vlissingen and Koudekerke, and that owners would be offered €95,000 a hectare.
P full Anneke de Koning
Q direct Anneke de Koning :: “the biggest job on Walcheren in a generation”
L geo Walcheren
F quantity 23 hectares
L city Vlissingen
L city Koudekerke
F money €95,000
> ‘We lose the best land’
Q direct Cor van Belzen :: ‘We lose the best land’
> Cor van Belzen, 58, farms 70 hectares of potatoes, onions and seed grass on the landward side of the dike near Vlissingen. The plan would take four hectares of his land, the strip closest to the dike, which he says is the best he has.
P full Cor van Belzen
F age 58
F quantity 70 hectares
L city Vlissingen
F quantity four hectares
> “My grandfather always told me, ‘The sea takes the land, and the dike gives it back.’ Now the dike takes the land,” Van Belzen said. “I understand we need safety. But we lose the best land, and nobody from Rijkswaterstaat has come here to ask how you farm next to a building site for three years.”
Q direct Cor van Belzen :: “My grandfather always told me, ‘The sea takes the land, and the dike gives it back.’ Now the dike takes the land,”
Q direct Cor van Belzen :: “I understand we need safety. But we lose the best land, and nobody from Rijkswaterstaat has come here to ask how you farm next to a building site for three years.”
P partial Van Belzen
O government Rijkswaterstaat
F duration three years
> Farmers’ organisation ZLTO said the compensation was “a starting point, not an offer” and asked the water board to use land from the province’s own holdings first.
O nonprofit ZLTO
Q direct ZLTO :: “a starting point, not an offer”
> Rijkswaterstaat said it had looked at a so-called “climate dike”, a broad, gently sloping dike that can be farmed on top, but rejected the idea because it would need more than twice as much land. The chosen design was “the narrowest safe option”, the agency said.
O government Rijkswaterstaat
Q scare - :: “climate dike”
Q direct Rijkswaterstaat :: “the narrowest safe option”
> A spokesman for the province of Zeeland, who did not want to be named, said there was “some room” to swap land but that talks would take months. Beach pavilions at Dishoek and Zoutelande will stay open during construction, the water board said.
L region Zeeland
Q direct - :: “some room”
L city Dishoek
L city Zoutelande
> Residents can see the plans at an information evening in Middelburg on May 6 from 7.30pm.
L city Middelburg
F date May 6
F time 7.30pm
> DutchNews.nl depends on its readers. Please support us with a donation.
O media DutchNews.nl
'''

ARTICLES['2039-oslo-diamond-league-bislett-haugland-1500m-european-athletics'] = r'''
> Diamond League
> Haugland runs world-leading 3:28.41 at Bislett as Bellandi clocks 9.84 in Oslo
P partial Haugland
F duration 3:28.41
L facility Bislett
P partial Bellandi
F duration 9.84
L city Oslo
> The Norwegian breaks the meeting record in the 1500m, Hnatyuk clears 2.01m and three world leads fall on a warm night at the Bislett Games
F quantity 1500m
P partial Hnatyuk
F quantity 2.01m
F number three
> By Ingrid Solheim-Bakke
P full Ingrid Solheim-Bakke
> 13 June 2041
F date 13 June 2041
> Sindre Haugland crosses the line in the 1500m at Bislett Stadium (© Marius Lie Antonsen / Diamond League AG)
P full Sindre Haugland
F quantity 1500m
L facility Bislett Stadium
P full Marius Lie Antonsen
O company Diamond League AG
> Sindre Haugland gave a sold-out Bislett Stadium exactly what it came for on Thursday night, winning the men’s 1500m in a world-leading 3:28.41 to break a meeting record that had stood since 2037.
P full Sindre Haugland
L facility Bislett Stadium
F quantity 1500m
F duration 3:28.41
F date 2037
> The 24-year-old from Stavanger sat behind the pacemakers through 800m in 1:51.6, took the lead with 300 metres to go and covered his last lap in 53.1 seconds. Kenya’s Brian Kiprop Cheruiyot was second in 3:29.07, and Spain’s Álvaro Redondo Ibarra third in a national record of 3:29.88.
F age 24-year-old
L city Stavanger
F quantity 800m
F duration 1:51.6
F quantity 300 metres
F duration 53.1 seconds
L country Kenya
P full Brian Kiprop Cheruiyot
F duration 3:29.07
L country Spain
P full Álvaro Redondo Ibarra
F duration 3:29.88
> “I heard the stadium before I heard the bell,” Haugland said. “When you have 15,000 people shouting your name down the back straight, you do not feel the lactic until afterwards. I knew at 200 metres that nobody was coming past.
Q direct Sindre Haugland :: “I heard the stadium before I heard the bell,”
Q direct Sindre Haugland :: “When you have 15,000 people shouting your name down the back straight, you do not feel the lactic until afterwards. I knew at 200 metres that nobody was coming past.
P partial Haugland
F number 15,000
F quantity 200 metres
> “This is the race I have dreamed about since I was eight years old, sitting on my father’s shoulders in the same stand. Now I want to take this form to the European Championships in August.”
Q direct Sindre Haugland :: “This is the race I have dreamed about since I was eight years old, sitting on my father’s shoulders in the same stand. Now I want to take this form to the European Championships in August.”
F age eight years old
> Italy’s Lorenzo Bellandi won the men’s 100m in 9.84 (+0.8m/s), the fastest time in the world this year, ahead of Britain’s Kwame Asante-Boateng (9.91) and France’s Théo Marchetti-Diallo (9.97).
L country Italy
P full Lorenzo Bellandi
F quantity 100m
F duration 9.84
F quantity +0.8m/s
L country Britain
P full Kwame Asante-Boateng
F duration 9.91
L country France
P full Théo Marchetti-Diallo
F duration 9.97
> “The start was the best of my life. The finish, not so much,” he said, laughing. “My coach will tell me I ran the last 20 metres looking for the clock, and he will be right.”
Q direct Lorenzo Bellandi :: “The start was the best of my life. The finish, not so much,”
Q direct Lorenzo Bellandi :: “My coach will tell me I ran the last 20 metres looking for the clock, and he will be right.”
F quantity 20 metres
> In the women’s high jump, Ukraine’s Oleksandra Hnatyuk, nicknamed “the Kharkiv Swallow” at home, cleared 2.01m at her second attempt for the third world lead of the night, then had three tries at a personal best of 2.04m.
L country Ukraine
P full Oleksandra Hnatyuk
Q scare - :: “the Kharkiv Swallow”
L city Kharkiv
F quantity 2.01m
F number three
F quantity 2.04m
> “My coach told me in May, ‘Two metres is your floor now, not your ceiling,’ and tonight I believed her,” Hnatyuk said.
Q direct Oleksandra Hnatyuk :: “My coach told me in May, ‘Two metres is your floor now, not your ceiling,’ and tonight I believed her,”
F quantity Two metres
P partial Hnatyuk
> Portugal’s Tiago Mendes Loureiro won the triple jump with 17.62m (+1.1), and Norway’s Marte Øvregård took the women’s 400m in 49.88, a national record. Øvregård, 21, took 0.31 seconds off her best.
L country Portugal
P full Tiago Mendes Loureiro
F quantity 17.62m
F number +1.1
L country Norway
P full Marte Øvregård
F quantity 400m
F duration 49.88
P partial Øvregård
F age 21
F duration 0.31 seconds
> The Norwegian Athletics Federation said the crowd of 15,112 was “the best answer to anyone who says athletics is dying”. A meeting official, who asked not to be named, said the 100m start had been “seconds from being delayed” by a faulty gun.
O other Norwegian Athletics Federation
F number 15,112
Q direct Norwegian Athletics Federation :: “the best answer to anyone who says athletics is dying”
F quantity 100m
Q direct - :: “seconds from being delayed”
> Haugland collects eight Diamond League points and leads the 1500m standings with 15. The series moves on to Paris on June 20.
P partial Haugland
F number eight
F quantity 1500m
F number 15
L city Paris
F date June 20
> Leading results
> Men: 100m (+0.8m/s): Lorenzo Bellandi (ITA) 9.84; 1500m: Sindre Haugland (NOR) 3:28.41; Triple jump: Tiago Mendes Loureiro (POR) 17.62m (+1.1)
F quantity 100m
F quantity +0.8m/s
P full Lorenzo Bellandi
L country ITA
F duration 9.84
F quantity 1500m
P full Sindre Haugland
L country NOR
F duration 3:28.41
P full Tiago Mendes Loureiro
L country POR
F quantity 17.62m
F number +1.1
> Women: 400m: Marte Øvregård (NOR) 49.88; High jump: Oleksandra Hnatyuk (UKR) 2.01m
F quantity 400m
P full Marte Øvregård
L country NOR
F duration 49.88
P full Oleksandra Hnatyuk
L country UKR
F quantity 2.01m
'''

ARTICLES['2040-beirut-port-silos-memorial-plan-families-naharnet'] = r'''
> Lebanon
L country Lebanon
> Culture Ministry unveils $14 million memorial plan for Beirut port silos
O government Culture Ministry
F money $14 million
L city Beirut
> Families of the blast victims back the design but insist the silos must stay 'exactly as they are'
Q direct Odile Nassar :: 'exactly as they are'
> by Nadine Abou Jaoudé
P full Nadine Abou Jaoudé
> 29 Jul 2041, 14:05
F date 29 Jul 2041
F time 14:05
> The damaged grain silos at the port of Beirut, seen from Karantina. (Photo: Hadi Mrad/Naharnet)
L city Beirut
L city Karantina
P full Hadi Mrad
O media Naharnet
> Culture Minister Georges Maalouf on Monday unveiled a $14 million plan to turn the ruined grain silos at the port of Beirut into a memorial to the victims of the port explosion, with a first phase due to open on August 4, 2042.
P full Georges Maalouf
F money $14 million
L city Beirut
F date August 4, 2042
> The design, by the Beirut firm Studio Karantina, keeps the damaged silos standing inside a steel frame and adds a 120-metre walkway along the quay, a garden of 7,500 square metres and a wall carrying the names of the dead.
L city Beirut
O company Studio Karantina
F quantity 120-metre
F quantity 7,500 square metres
> "This place belongs to the families first, and to all Lebanese after them," Maalouf told a news conference. "We will not build a museum that tells people what to feel. We will protect what is left and let people stand in front of it."
Q direct Georges Maalouf :: "This place belongs to the families first, and to all Lebanese after them,"
Q direct Georges Maalouf :: "We will not build a museum that tells people what to feel. We will protect what is left and let people stand in front of it."
P partial Maalouf
> The ministry said $9 million would come from foreign donors and the rest, about LBP 447.5 billion at the official rate of LBP 89,500 to the dollar, from the state budget over three years.
F money $9 million
F money LBP 447.5 billion
F money LBP 89,500
F duration three years
> Architect Rania Sfeir, 41, who grew up in Gemmayzeh and whose studio lost its windows in the blast, said her team had spent 18 months listening to families before drawing anything. "A mother told us, 'Don't make it beautiful. Make it true.' That sentence is on the first page of every drawing," she said.
P full Rania Sfeir
F age 41
L city Gemmayzeh
F duration 18 months
Q direct Rania Sfeir :: "A mother told us, 'Don't make it beautiful. Make it true.' That sentence is on the first page of every drawing,"
> The Association of Families of the Port Blast Victims said in a statement that it backed the design but would "oppose any plan that removes a single stone" from the silos. Its spokeswoman, Odile Nassar, whose brother Karim was killed at the port, said the families wanted the silos kept "exactly as they are".
O nonprofit Association of Families of the Port Blast Victims
Q direct Association of Families of the Port Blast Victims :: "oppose any plan that removes a single stone"
P full Odile Nassar
P partial Karim
Q direct Odile Nassar :: "exactly as they are"
> "Every year on August 4 we stand at the gate and look at them. They are the only witness that cannot be bribed or threatened," Nassar said. "A memorial is not justice. We will keep asking who brought the ammonium nitrate into the port and who left it there.
Q direct Odile Nassar :: "Every year on August 4 we stand at the gate and look at them. They are the only witness that cannot be bribed or threatened,"
Q direct Odile Nassar :: "A memorial is not justice. We will keep asking who brought the ammonium nitrate into the port and who left it there.
F date August 4
P partial Nassar
> "But we also want our children to have somewhere to bring flowers that is not a cemetery."
Q direct Odile Nassar :: "But we also want our children to have somewhere to bring flowers that is not a cemetery."
> Hamad Zoghbi, a 33-year-old warehouse clerk who was pulled from the rubble of a store near the silos after nine hours, said he had not been back to the port since. He plans to go on the day the memorial opens. "I will walk the 120 metres and then I will decide if I can stay," he said.
P full Hamad Zoghbi
F age 33-year-old
F duration nine hours
Q direct Hamad Zoghbi :: "I will walk the 120 metres and then I will decide if I can stay,"
F quantity 120 metres
> A port official, speaking on condition of anonymity, said the memorial would be fenced off from the working port and that grain ships would keep using the quays to the east. "Nobody will be unloading wheat 50 metres from the names of the dead," the official said.
Q direct - :: "Nobody will be unloading wheat 50 metres from the names of the dead,"
F quantity 50 metres
> Residents of Mar Mikhael and Karantina, who have looked at the silos every day since the explosion, call them "the grey wall". Public comments can be sent to the ministry until Sept. 15, it said, and a final design is due in December.
L city Mar Mikhael
L city Karantina
Q scare - :: "the grey wall"
F date Sept. 15
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
