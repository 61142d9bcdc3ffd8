#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval312 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval312/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1915-pasadena-chemical-plant-tank-fire-shelter-in-place-harris-county-tceq-khou'] = r'''
> Local News
> Shelter-in-place lifted after tank fire at Pasadena chemical plant
L city Pasadena
> Harris County lifted the order after nearly six hours. State regulators say air readings near the plant stayed below levels of concern.
L region Harris County
F duration six hours
> Author: Daniela Ortiz-Brandt
P full Daniela Ortiz-Brandt
> Published: 5:47 AM CDT April 18, 2041
F time 5:47 AM CDT
F date April 18, 2041
> Updated: 1:15 PM CDT April 18, 2041
F time 1:15 PM CDT
F date April 18, 2041
> Smoke rises from the Castellan Specialty Chemicals plant on Strang Road in Pasadena early Thursday. Credit: KHOU 11
O company Castellan Specialty Chemicals
L street Strang Road
L city Pasadena
O media KHOU 11
> PASADENA, Texas — A fire inside a storage tank at a Pasadena chemical plant sent black smoke across eastern Harris County early Thursday and kept thousands of residents indoors for nearly six hours, officials said.
L city PASADENA
L region Texas
L city Pasadena
L region Harris County
F duration six hours
> The fire broke out at about 3:40 a.m. at the Castellan Specialty Chemicals plant on Strang Road, according to the Pasadena Fire Marshal's Office. Crews from six fire departments, including Deer Park and La Porte, fought the flames with foam for more than two hours before bringing them under control at 6:05 a.m.
F time 3:40 a.m.
O company Castellan Specialty Chemicals
L street Strang Road
O government Pasadena Fire Marshal's Office
F number six
L city Deer Park
L city La Porte
F duration two hours
F time 6:05 a.m.
> "We had a tank of roughly 20,000 gallons of toluene fully involved when our first units got there," Pasadena Fire Marshal Ruben Alcaraz-Whitfield said at a news conference. "The crews did a great job keeping it off the tanks next to it."
Q direct Ruben Alcaraz-Whitfield :: "We had a tank of roughly 20,000 gallons of toluene fully involved when our first units got there,"
F quantity 20,000 gallons
L city Pasadena
P full Ruben Alcaraz-Whitfield
Q direct Ruben Alcaraz-Whitfield :: "The crews did a great job keeping it off the tanks next to it."
> No one was hurt, he said. Investigators cannot get inside the tank farm before Saturday.
> "It's still too hot in there. We're going to be out here a while," he said.
Q direct Ruben Alcaraz-Whitfield :: "It's still too hot in there. We're going to be out here a while,"
> Harris County issued the shelter-in-place order at 4:15 a.m. for neighborhoods within 1 mile north and east of the plant, covering parts of ZIP codes 77506 and 77536. It was lifted at 10 a.m. The Deer Park Independent School District opened its campuses two hours late.
L region Harris County
F time 4:15 a.m.
F quantity 1 mile
F time 10 a.m.
O education Deer Park Independent School District
F duration two hours
> What the company said
> In a statement, Castellan said all 38 workers on the overnight shift were accounted for and the cause of the fire was "under investigation." The company said it was "working closely with first responders and regulators" and would pay up to $150 a night for hotel rooms for any family "unable to stay in their home."
O company Castellan
F number 38
Q direct Castellan Specialty Chemicals :: "under investigation."
Q direct Castellan Specialty Chemicals :: "working closely with first responders and regulators"
F money $150
Q direct Castellan Specialty Chemicals :: "unable to stay in their home."
> The plant, which makes solvents and industrial coatings, employs about 240 people. It was fined $86,500 by the Texas Commission on Environmental Quality (TCEQ) in 2039 after an unauthorized release of 1,800 pounds of volatile organic compounds, state records show.
F number 240
F money $86,500
O government Texas Commission on Environmental Quality
O government TCEQ
F date 2039
F quantity 1,800 pounds
> The TCEQ sent a mobile monitoring van. A TCEQ spokesperson said readings at 14 locations showed benzene and toluene "below levels of short-term health concern," with the highest benzene reading, 3.1 parts per billion, taken near Spencer Highway.
O government TCEQ
O government TCEQ
F number 14
Q direct - :: "below levels of short-term health concern,"
F quantity 3.1 parts per billion
L street Spencer Highway
> 'It never gets easier'
Q direct Marisol Ybarra :: 'It never gets easier'
> Marisol Ybarra, 58, who lives about 2 miles from the plant, said the smell woke her before the alert did.
P full Marisol Ybarra
F age 58
F quantity 2 miles
> "My phone went off and the alert just said 'shelter in place,' nothing else. No time, no map," Ybarra said. "I put towels under the doors like they tell you. I've lived in Pasadena 31 years, and it never gets easier.
Q direct Marisol Ybarra :: "My phone went off and the alert just said 'shelter in place,' nothing else. No time, no map,"
P partial Ybarra
Q direct Marisol Ybarra :: "I put towels under the doors like they tell you. I've lived in Pasadena 31 years, and it never gets easier.
L city Pasadena
F duration 31 years
> "My grandkids asked if the sky was on fire."
Q direct Marisol Ybarra :: "My grandkids asked if the sky was on fire."
> Harris County Pollution Control Services, which runs what officials call the county's "early warning" network of air monitors along the Houston Ship Channel, said it would post readings online every hour through Sunday.
O government Harris County Pollution Control Services
Q scare - :: "early warning"
L geo Houston Ship Channel
> Residents with health concerns can call Harris County Public Health or, in an emergency, 911.
O government Harris County Public Health
> KHOU 11's Jared Whitcomb contributed to this report.
O media KHOU 11
P full Jared Whitcomb
'''

ARTICLES['1916-beef-prices-marts-skibbereen-ballinasloe-co-cork-co-galway-ifa-farmers-journal'] = r'''
> Marts
> Bullocks top 560c/kg as mart trade races ahead of factory quotes
F money 560c/kg
> Strong demand from finishers and live exporters pushed store and weanling prices higher again in Co Cork and Co Galway this week, but farmers warn the gap with factory prices cannot last.
L region Co Cork
L region Co Galway
> Ciarán Ó Duinnín
P full Ciarán Ó Duinnín
> 12 March 2042
F date 12 March 2042
> Continental bullocks in the ring at Skibbereen mart on Monday. Photo: Aoife Brennock
L city Skibbereen
P full Aoife Brennock
> Cattle prices at marts in Co Cork and Co Galway climbed again this week, with heavy continental bullocks making up to 560c/kg and the best weanlings passing €5.40/kg as supplies of stores tightened.
L region Co Cork
L region Co Galway
F money 560c/kg
F money €5.40/kg
> At Skibbereen mart on Monday, 1,140 head of cattle went through the ring, 260 more than at the same sale last year. Mart manager Noreen Keohane said 500kg Charolais bullocks averaged €2,780, or €5.56/kg, while lighter Angus stores were making €2,150 a head.
L city Skibbereen
F number 1,140
F number 260
P full Noreen Keohane
F quantity 500kg
F money €2,780
F money €5.56/kg
F money €2,150
> “I’ve been selling cattle for 27 years and I’ve never seen a spring trade like it,” Ms Keohane said. “Buyers are coming from Kilkenny, from Tipperary, from the North. A man from Co Tyrone bought 46 bullocks on Monday and he’d have taken more.”
Q direct Noreen Keohane :: “I’ve been selling cattle for 27 years and I’ve never seen a spring trade like it,”
F duration 27 years
P partial Keohane
Q direct Noreen Keohane :: “Buyers are coming from Kilkenny, from Tipperary, from the North. A man from Co Tyrone bought 46 bullocks on Monday and he’d have taken more.”
L region Kilkenny
L region Tipperary
L region North
L region Co Tyrone
F number 46
> In Co Galway, Tuesday’s sale at Ballinasloe was just as strong. Weanling bulls of 300-350kg made €1,520 to €1,760, while heifers sold at €4.90/kg to €5.35/kg. Around a third of the weanlings, mostly the lighter “export type” bulls, were bought for shipping to Italy and Spain, according to the mart.
L region Co Galway
L city Ballinasloe
F quantity 300-350kg
F money €1,520
F money €1,760
F money €4.90/kg
F money €5.35/kg
F fraction a third
Q scare - :: “export type”
L country Italy
L country Spain
> Pádraig Ó Conghaile, who keeps 35 suckler cows near Maam Cross in Connemara, sold 14 weanlings at Ballinasloe for an average of €1,690.
P full Pádraig Ó Conghaile
F number 35
L city Maam Cross
L region Connemara
F number 14
L city Ballinasloe
F money €1,690
> “When you’re selling weanlings at €5 a kilo you should be happy, and I am,” he said. “But my father always said ‘never fall in love with a high price’, and he was right. The factories always get it back off you.”
Q direct Pádraig Ó Conghaile :: “When you’re selling weanlings at €5 a kilo you should be happy, and I am,”
F money €5
Q direct Pádraig Ó Conghaile :: “But my father always said ‘never fall in love with a high price’, and he was right. The factories always get it back off you.”
> The Irish Farmers’ Association (IFA) said the gap between mart and factory prices was now “dangerous”, with base quotes for steers stuck at 520-530c/kg this week.
O nonprofit Irish Farmers’ Association
O nonprofit IFA
Q direct Irish Farmers’ Association :: “dangerous”
F money 520-530c/kg
> IFA livestock chair Declan Fahy said store buyers were taking a big risk. “Feedlots are paying prices at the ring that the factories are not paying them back,” Mr Fahy said. “Somebody is going to get burned here, and it won’t be the processors.
O nonprofit IFA
P full Declan Fahy
Q direct Declan Fahy :: “Feedlots are paying prices at the ring that the factories are not paying them back,”
P partial Fahy
Q direct Declan Fahy :: “Somebody is going to get burned here, and it won’t be the processors.
> “We need the factories to move quotes by at least 20c/kg before the grass cattle come out in May. Otherwise the finisher who paid €2,800 for a bullock this spring is losing money on him in the autumn.”
Q direct Declan Fahy :: “We need the factories to move quotes by at least 20c/kg before the grass cattle come out in May. Otherwise the finisher who paid €2,800 for a bullock this spring is losing money on him in the autumn.”
F money 20c/kg
F money €2,800
> Department of Agriculture figures show 61,800 cattle were exported live in the first 10 weeks of the year, up 14% on the same period of 2041, with most calves going to the Netherlands and Spain.
O government Department of Agriculture
F number 61,800
F duration 10 weeks
F percent 14%
F date 2041
L country Netherlands
L country Spain
> In a statement, the Department of Agriculture, Food and the Marine said it was “closely monitoring” cattle supplies and expected the national herd to shrink by “2% to 3%” this year as dairy farms cut cow numbers under the nitrates derogation.
O government Department of Agriculture, Food and the Marine
Q direct Department of Agriculture, Food and the Marine :: “closely monitoring”
Q direct Department of Agriculture, Food and the Marine :: “2% to 3%”
F percent 2%
F percent 3%
> It said the number of herds in Co Cork had fallen by 412 since 2040. Bord Bia valued Irish beef exports at €2.9bn last year.
L region Co Cork
F number 412
F date 2040
O government Bord Bia
F money €2.9bn
> “Farmers are calling this the ‘good spring’, and it is,” Ms Keohane said. “But you’d want to be careful. The price you pay today is the price you’re stuck with when he goes to the factory.”
Q direct Noreen Keohane :: “Farmers are calling this the ‘good spring’, and it is,”
P partial Keohane
Q direct Noreen Keohane :: “But you’d want to be careful. The price you pay today is the price you’re stuck with when he goes to the factory.”
'''

ARTICLES['1917-kittipat-no-confidence-vote-rice-fund-casino-house-bangkok-post'] = r'''
> Politics
> Kittipat Survives No-Confidence Vote as Six-Party Coalition Holds
P partial Kittipat
F number Six
> Opposition attacks over B48.6bn rice fund and border casino fail to shake government
F money B48.6bn
> PUBLISHED : 21 Feb 2043 at 04:00
F date 21 Feb 2043
F time 04:00
> WRITER: Thanyarat Wongpraphan
P full Thanyarat Wongpraphan
> Prime Minister Kittipat "Tong" Suwannarat answers opposition MPs in the House on Friday. (Photo: Chanat Kaewmanee)
P full Kittipat "Tong" Suwannarat
Q scare - :: "Tong"
O government House
P full Chanat Kaewmanee
> Prime Minister Kittipat Suwannarat survived a no-confidence vote on Friday night after his six-party coalition held together through four days of debate in which the opposition accused his government of wasting billions of baht on a rice fund and of favouring a casino developer.
P full Kittipat Suwannarat
F number six
F duration four days
> Of the 487 MPs present, 274 voted for Mr Kittipat, 196 voted against him and 17 abstained, House Speaker Prasong Thanomwong announced just after 11pm. Five ministers censured alongside him also survived, the closest by 43 votes.
F number 487
F number 274
P partial Kittipat
F number 196
F number 17
P full Prasong Thanomwong
F time 11pm
F number Five
F number 43
> The opposition People's Party, the largest party in the 500-seat House of Representatives with 151 MPs, had built its case around the 48.6-billion-baht rice fund, which paid farmers 1,200 baht per rai on up to 20 rai each last year.
O party People's Party
F number 500
O government House of Representatives
F number 151
F money 48.6-billion-baht
F money 1,200 baht
F quantity 20 rai
> "The prime minister came here with numbers, not answers," People's Party leader Chalermkiat Thongdee told the chamber on Thursday. "He can count votes. He cannot count the money that disappeared from the rice fund."
Q direct Chalermkiat Thongdee :: "The prime minister came here with numbers, not answers,"
O party People's Party
P full Chalermkiat Thongdee
Q direct Chalermkiat Thongdee :: "He can count votes. He cannot count the money that disappeared from the rice fund."
> Mr Chalermkiat said the Office of the Auditor-General had found 3.1 billion baht in payments to farmers who did not exist, and accused Deputy Prime Minister Wiroj Phanumas of blocking the investigation.
P partial Chalermkiat
O government Office of the Auditor-General
F money 3.1 billion baht
P full Wiroj Phanumas
> The opposition also attacked a cabinet decision to let Siam Horizon Leisure, a developer close to the ruling Ruam Jai Phatthana Party, which Mr Kittipat leads, build an "entertainment complex" with a licensed casino in Sa Kaeo's Aranyaprathet district on the Cambodian border.
O company Siam Horizon Leisure
O party Ruam Jai Phatthana Party
P partial Kittipat
Q scare - :: "entertainment complex"
L region Sa Kaeo
L region Aranyaprathet
> Replying on Friday, Mr Kittipat said the rice fund had been audited twice and that the Aranyaprathet project would bring 9,000 jobs to one of the country's poorest provinces.
P partial Kittipat
L region Aranyaprathet
F number 9,000
> "The people gave us a mandate, and we will use it," he told the House. "I will not resign because of a debate. My mother taught me, 'If you are tired, rest. Do not quit.'"
Q direct Kittipat "Tong" Suwannarat :: "The people gave us a mandate, and we will use it,"
O government House
Q direct Kittipat "Tong" Suwannarat :: "I will not resign because of a debate. My mother taught me, 'If you are tired, rest. Do not quit.'"
> Bhumjaithai Party leader Narongrit Saengsuwan, whose 71 MPs make up the biggest bloc in the coalition after the prime minister's party, said his party had voted "as one" but wanted answers on the casino within 30 days.
O party Bhumjaithai Party
P full Narongrit Saengsuwan
F number 71
Q direct Narongrit Saengsuwan :: "as one"
F duration 30 days
> "We are in the government, but we are not blind," Mr Narongrit told reporters at Government House.
Q direct Narongrit Saengsuwan :: "We are in the government, but we are not blind,"
P partial Narongrit
L facility Government House
> A senior government source said the cabinet could "pause" the casino licence to keep Bhumjaithai on side.
Q direct - :: "pause"
O party Bhumjaithai
> The Democrat Party, a junior coalition partner with 24 seats, split, with three of its MPs abstaining.
O party Democrat Party
F number 24
F number three
> Mr Prasong had to suspend Thursday's sitting twice as MPs shouted across the floor. "This is the House of Representatives, not a boxing stadium," he said.
P partial Prasong
Q direct Prasong Thanomwong :: "This is the House of Representatives, not a boxing stadium,"
O government House of Representatives
> Assoc Prof Wanwisa Kraisorn of the Faculty of Political Science at Chulalongkorn University said the result had never been in doubt.
P full Wanwisa Kraisorn
O education Faculty of Political Science
O education Chulalongkorn University
> "Everyone knew the numbers. What matters is what the four days did to the coalition, and the Democrats clearly want more cabinet seats," she said. "Mr Kittipat won the vote. He did not win the argument."
Q direct Wanwisa Kraisorn :: "Everyone knew the numbers. What matters is what the four days did to the coalition, and the Democrats clearly want more cabinet seats,"
F duration four days
O party Democrats
Q direct Wanwisa Kraisorn :: "Mr Kittipat won the vote. He did not win the argument."
P partial Kittipat
> Under the constitution, the opposition cannot file another no-confidence motion against the prime minister until the next session, which opens on July 3.
F date July 3
'''

ARTICLES['1918-wayfarer-lunar-lander-launch-falcon-9-cape-canaveral-mare-crisium-space-com'] = r'''
> Missions
> SpaceX launches private Wayfarer lander toward the moon's Mare Crisium
O company SpaceX
L geo Mare Crisium
> Lodestar Space Systems' first lander is due to touch down on March 25 after a 13-day cruise.
O company Lodestar Space Systems
F date March 25
F duration 13-day
> By Marcus Ellery-Voss published March 12, 2043
P full Marcus Ellery-Voss
F date March 12, 2043
> A SpaceX Falcon 9 rocket carrying Lodestar Space Systems' Wayfarer lander lifts off from Cape Canaveral Space Force Station in Florida on March 12, 2043. (Image credit: SpaceX)
O company SpaceX
O company Lodestar Space Systems
L facility Cape Canaveral Space Force Station
L region Florida
F date March 12, 2043
O company SpaceX
> A private moon lander is on its way.
> Lodestar Space Systems' Wayfarer lander launched atop a SpaceX Falcon 9 rocket from Space Launch Complex 40 at Cape Canaveral Space Force Station in Florida early Thursday (March 12), lifting off at 2:17 a.m. EDT (0617 UTC) after a brief hold at T-minus 10 minutes while a boat was cleared from the range.
O company Lodestar Space Systems
O company SpaceX
L facility Space Launch Complex 40
L facility Cape Canaveral Space Force Station
L region Florida
F date March 12
F time 2:17 a.m. EDT
F time 0617 UTC
F duration 10 minutes
> The Falcon 9's first stage returned to Earth about 8 minutes after liftoff, landing on a drone ship in the Atlantic Ocean. The upper stage released Wayfarer 47 minutes into the flight, and the lander's first radio signal reached Lodestar's mission control in Houston 9 minutes later.
L geo Earth
F duration 8 minutes
L geo Atlantic Ocean
F duration 47 minutes
O company Lodestar
L city Houston
F duration 9 minutes
> In a statement, SpaceX said the booster was flying for the 19th time and that "all vehicle systems performed nominally." The company later wrote on X: "Wayfarer deployment confirmed. Good luck on the way to the moon!"
O company SpaceX
Q direct SpaceX :: "all vehicle systems performed nominally."
O company X
Q direct SpaceX :: "Wayfarer deployment confirmed. Good luck on the way to the moon!"
> Wayfarer, which weighs about 1.9 metric tons (4,200 pounds) fully fueled, will spend 13 days crossing the roughly 239,000 miles (384,000 kilometers) to the moon. It will then try to land in Mare Crisium, a 345-mile-wide (555 km) lava plain on the moon's northeastern near side. Touchdown is scheduled for March 25 at about 4:40 p.m. EDT (2040 UTC).
F quantity 1.9 metric tons
F quantity 4,200 pounds
F duration 13 days
F quantity 239,000 miles
F quantity 384,000 kilometers
L geo Mare Crisium
F quantity 345-mile
F quantity 555 km
F date March 25
F time 4:40 p.m. EDT
F time 2040 UTC
> The lander carries 10 science and technology payloads for NASA under the agency's Commercial Lunar Payload Services (CLPS) program, which is paying Lodestar $118.4 million for the delivery.
F number 10
O government NASA
O company Lodestar
F money $118.4 million
> "Every CLPS landing, successful or not, teaches us something we'll need when astronauts return to the surface," NASA said in a statement.
Q direct NASA :: "Every CLPS landing, successful or not, teaches us something we'll need when astronauts return to the surface,"
O government NASA
> Lodestar CEO Hannah Okonkwo-Reyes said the company's 140 employees had been at work since before midnight. "We've been building toward this night for six years, and tonight the rocket did its part," she told Space.com after the launch. "Now it's our turn.
O company Lodestar
P full Hannah Okonkwo-Reyes
F number 140
Q direct Hannah Okonkwo-Reyes :: "We've been building toward this night for six years, and tonight the rocket did its part,"
F duration six years
O media Space.com
Q direct Hannah Okonkwo-Reyes :: "Now it's our turn.
> "The hardest 11 minutes are still ahead of us, and we know that."
Q direct Hannah Okonkwo-Reyes :: "The hardest 11 minutes are still ahead of us, and we know that."
F duration 11 minutes
> Those 11 minutes are the powered descent, a phase Lodestar's engineers call the "long fall." Two of the four private landers that have tried to reach the moon since 2036 tipped over or crashed during that phase.
F duration 11 minutes
O company Lodestar
Q scare - :: "long fall."
F number Two
F number four
F date 2036
> Isolde Brannigan, a planetary scientist at the Open University in the U.K. and deputy principal investigator for Wayfarer's heat-flow probe, said the mission would be the first to drill into the floor of Mare Crisium.
P full Isolde Brannigan
O education Open University
L country U.K.
L geo Mare Crisium
> "We'll push a probe about 2 meters into the regolith and leave it there for a full lunar day, roughly 14 days," Brannigan said. "People have called it the 'heat-flow problem' for 50 years, because nobody has managed to measure it on that side of the moon. The whole lander is carrying almost 1.1 tonnes of propellant to put 85 kilograms of science on the ground."
Q direct Isolde Brannigan :: "We'll push a probe about 2 meters into the regolith and leave it there for a full lunar day, roughly 14 days,"
F quantity 2 meters
F duration 14 days
P partial Brannigan
Q direct Isolde Brannigan :: "People have called it the 'heat-flow problem' for 50 years, because nobody has managed to measure it on that side of the moon. The whole lander is carrying almost 1.1 tonnes of propellant to put 85 kilograms of science on the ground."
F duration 50 years
F quantity 1.1 tonnes
F quantity 85 kilograms
> If Wayfarer lands safely, Lodestar plans to fly a larger lander, able to carry 450 kilograms, in 2044.
O company Lodestar
F quantity 450 kilograms
F date 2044
'''

ARTICLES['1919-state-of-origin-game-ii-queensland-new-south-wales-suncorp-tavake-qrl'] = r'''
> State of Origin
> Maroons square series as Tavake double sinks Blues at Suncorp
O team Maroons
P partial Tavake
O team Blues
L facility Suncorp
> Queensland have forced a decider with a 22-18 win over New South Wales in Game II, and captain Kalani Matagi says it was “the toughest 80 minutes” of his career.
O team Queensland
F score 22-18
O team New South Wales
P full Kalani Matagi
Q direct Kalani Matagi :: “the toughest 80 minutes”
F duration 80 minutes
> By Lachlan Murtagh
P full Lachlan Murtagh
> Wed 24 Jun 2043, 10:38 PM
F date 24 Jun 2043
F time 10:38 PM
> Sione Tavake celebrates his second try at Suncorp Stadium. ©Brett Kowalczyk/QRL
P full Sione Tavake
L facility Suncorp Stadium
P full Brett Kowalczyk
O other QRL
> Queensland have levelled the State of Origin series at 1-1 after holding off a late New South Wales fightback to win 22-18 in front of 52,380 fans at Suncorp Stadium on Wednesday night.
O team Queensland
F score 1-1
O team New South Wales
F score 22-18
F number 52,380
L facility Suncorp Stadium
> Winger Sione Tavake scored twice and halfback Jaxon Pereira kicked five goals from five attempts, including two penalty goals, as the Maroons led from the ninth minute and were never behind.
P full Sione Tavake
P full Jaxon Pereira
F number five
F number five
F number two
O team Maroons
> Tavake, the 21-year-old his teammates call “the Train”, crossed in the corner after nine minutes. Blues fullback Harrison Daley replied on 24 minutes, but a Pereira penalty goal and a try to fullback Reuben Whitmore just before the break had the Maroons 14-6 up at halftime.
P partial Tavake
F age 21-year-old
Q scare - :: “the Train”
F duration nine minutes
O team Blues
P full Harrison Daley
F duration 24 minutes
P partial Pereira
P full Reuben Whitmore
O team Maroons
F score 14-6
> Pereira’s second penalty goal made it 16-6 on 47 minutes. New South Wales hit back through centre Tom Kerrigan, but Tavake’s second try, a 70-metre run down the right edge, made it 22-12 with 14 minutes left. Prop Mitchell Fa’alogo crashed over for the Blues in the 76th minute to set up a tense finish.
P partial Pereira
F score 16-6
F duration 47 minutes
O team New South Wales
P full Tom Kerrigan
P partial Tavake
F quantity 70-metre
F score 22-12
F duration 14 minutes
P full Mitchell Fa’alogo
O team Blues
> Queensland completed 31 of 36 sets, an 86% completion rate, despite playing 10 minutes of the second half with 12 men after centre Ezra Lolohea was sin-binned for a professional foul.
O team Queensland
F number 31
F number 36
F percent 86%
F duration 10 minutes
F number 12
P full Ezra Lolohea
> “It’s 1-1, and that’s all it is,” Queensland coach Warren Colquhoun said. “We had 12 men for 10 minutes and we defended our line like it was the last game we’d ever play, and I couldn’t be prouder of them.
Q direct Warren Colquhoun :: “It’s 1-1, and that’s all it is,”
F score 1-1
O team Queensland
P full Warren Colquhoun
Q direct Warren Colquhoun :: “We had 12 men for 10 minutes and we defended our line like it was the last game we’d ever play, and I couldn’t be prouder of them.
F number 12
F duration 10 minutes
> “But nobody in this room thinks the job is done. We go to Sydney now, and we’ll need to be better again.”
Q direct Warren Colquhoun :: “But nobody in this room thinks the job is done. We go to Sydney now, and we’ll need to be better again.”
L city Sydney
> Matagi, who played all 80 minutes at lock, said Pereira had asked for the ball at halftime.
P partial Matagi
F duration 80 minutes
P partial Pereira
> “Jaxon looked at me in the sheds and said, ‘Just get me the ball and I’ll do the rest,’ and he did,” Matagi said. “That was the toughest 80 minutes I’ve had in this jersey. My body’s gone.”
Q direct Kalani Matagi :: “Jaxon looked at me in the sheds and said, ‘Just get me the ball and I’ll do the rest,’ and he did,”
P partial Jaxon
P partial Matagi
Q direct Kalani Matagi :: “That was the toughest 80 minutes I’ve had in this jersey. My body’s gone.”
F duration 80 minutes
> Blues coach Luke Bramwell said his side had given Queensland “too much ball” early.
O team Blues
P full Luke Bramwell
O team Queensland
Q direct Luke Bramwell :: “too much ball”
> “We gave them a 14-point start, and you can’t do that at Suncorp,” he said. “The second half showed what we can do. We’ll be better in Sydney, I’ve got no doubt about that.”
Q direct Luke Bramwell :: “We gave them a 14-point start, and you can’t do that at Suncorp,”
F number 14
L facility Suncorp
Q direct Luke Bramwell :: “The second half showed what we can do. We’ll be better in Sydney, I’ve got no doubt about that.”
L city Sydney
> The decider will be played at Accor Stadium in Sydney on Wednesday, July 15.
L facility Accor Stadium
L city Sydney
F date July 15
> QUEENSLAND 22 (Tries: S Tavake 2, R Whitmore; Conversions: J Pereira 3; Penalty goals: J Pereira 2) def. NEW SOUTH WALES 18 (Tries: H Daley, T Kerrigan, M Fa’alogo; Conversions: N Castellari 3)
O team QUEENSLAND
F score 22
P full S Tavake
F number 2
P full R Whitmore
P full J Pereira
F number 3
P full J Pereira
F number 2
O team NEW SOUTH WALES
F score 18
P full H Daley
P full T Kerrigan
P full M Fa’alogo
P full N Castellari
F number 3
> Halftime: Queensland 14-6. Sin bin: E Lolohea (58th minute). Crowd: 52,380.
O team Queensland
F score 14-6
P full E Lolohea
F number 52,380
'''

ARTICLES['1920-finma-bank-haldimann-zurich-private-bank-profits-confiscated-money-laundering-swissinfo'] = r'''
> Banking
> FINMA strips Zurich private bank of CHF14.6 million over money-laundering failures
O government FINMA
L city Zurich
F money CHF14.6 million
> Switzerland’s financial watchdog has ordered Bank Haldimann to hand over profits earned from clients it failed to check properly – a “fine” in all but name, critics say.
L country Switzerland
O company Bank Haldimann
Q scare - :: “fine”
> This content was published on 11 September 2042 - 17:26
F date 11 September 2042
F time 17:26
> Bank Haldimann’s head office on Bahnhofstrasse in Zurich. Keystone / Severin Nydegger
O company Bank Haldimann
L street Bahnhofstrasse
L city Zurich
O media Keystone
P full Severin Nydegger
> The Swiss Financial Market Supervisory Authority (FINMA) has ordered Zurich private bank Bank Haldimann AG to surrender CHF14.6 million ($16.3 million) in profits after finding that for six years it failed to check where money from a group of politically exposed clients came from.
O government Swiss Financial Market Supervisory Authority
O government FINMA
L city Zurich
O company Bank Haldimann AG
F money CHF14.6 million
F money $16.3 million
F duration six years
> FINMA, which cannot impose fines under Swiss law, said on Thursday that it had also banned the bank from taking on new politically exposed persons (PEPs) as clients for 18 months and had appointed an independent auditor to monitor its compliance.
O government FINMA
F duration 18 months
> “Bank Haldimann seriously breached its due diligence obligations under anti-money laundering law,” FINMA said in a statement. “Its management accepted high-risk business relationships without clarifying them adequately, even after clear warning signs.”
Q direct Swiss Financial Market Supervisory Authority :: “Bank Haldimann seriously breached its due diligence obligations under anti-money laundering law,”
O company Bank Haldimann
O government FINMA
Q direct Swiss Financial Market Supervisory Authority :: “Its management accepted high-risk business relationships without clarifying them adequately, even after clear warning signs.”
> Between 2036 and 2041, the bank took in more than CHF410 million from 23 clients linked to state-owned companies in Central Asia, the regulator found. Some of the money passed through shell companies in Cyprus and the British Virgin Islands.
F date 2036
F date 2041
F money CHF410 million
F number 23
L region Central Asia
L country Cyprus
L region British Virgin Islands
> Chief executive Corinne Aeschlimann, 51, said the bank accepted the ruling and would not appeal to the Federal Administrative Court in St Gallen.
P full Corinne Aeschlimann
F age 51
O government Federal Administrative Court
L city St Gallen
> “We accept FINMA’s findings and we deeply regret the shortcomings,” Aeschlimann told SWI swissinfo.ch. “Most of these relationships were closed before I joined the bank in 2040, but that is not an excuse.
Q direct Corinne Aeschlimann :: “We accept FINMA’s findings and we deeply regret the shortcomings,”
O government FINMA
P partial Aeschlimann
O media SWI swissinfo.ch
Q direct Corinne Aeschlimann :: “Most of these relationships were closed before I joined the bank in 2040, but that is not an excuse.
F date 2040
> “Our compliance team has tripled since then, to 36 people, and every client file has been reviewed.”
Q direct Corinne Aeschlimann :: “Our compliance team has tripled since then, to 36 people, and every client file has been reviewed.”
F number 36
> The family-owned bank, which also has branches in canton Ticino and canton Geneva, manages about CHF9.8 billion for some 4,100 clients and employs 210 people. The confiscated sum equals about 40% of its profit last year.
L region Ticino
L region Geneva
F money CHF9.8 billion
F number 4,100
F number 210
F percent 40%
> FINMA spokesperson Tobias Wyss said the confiscated profits would go to the federal government. “Profits that a bank earns by breaking the rules should not stay with the bank. That is the principle,” Wyss said.
O government FINMA
P full Tobias Wyss
Q direct Tobias Wyss :: “Profits that a bank earns by breaking the rules should not stay with the bank. That is the principle,”
P partial Wyss
> Andrea Ghielmetti, a lawyer in Zurich who advises banks on compliance, called the sum “modest” for failings that went on for so long.
P full Andrea Ghielmetti
L city Zurich
Q direct Andrea Ghielmetti :: “modest”
> “Clients read ‘FINMA’ in the newspaper and think the bank has paid a fine. It has not – it has handed back money it should never have earned,” she said. “In the United States, the same conduct could cost 10 times as much.”
Q direct Andrea Ghielmetti :: “Clients read ‘FINMA’ in the newspaper and think the bank has paid a fine. It has not – it has handed back money it should never have earned,”
O government FINMA
Q direct Andrea Ghielmetti :: “In the United States, the same conduct could cost 10 times as much.”
L country United States
F number 10
> Beat Zurbriggen, professor of banking law at the University of St Gallen, said the case showed the limits of Swiss supervision.
P full Beat Zurbriggen
O education University of St Gallen
> “Losing 14.6 million francs hurts a bank of this size, but it will not kill it,” he said. “Lawmakers in Bern have refused three times since 2036 to give FINMA the power to fine banks. Until they do, this is as hard as FINMA can hit.”
Q direct Beat Zurbriggen :: “Losing 14.6 million francs hurts a bank of this size, but it will not kill it,”
F money 14.6 million francs
Q direct Beat Zurbriggen :: “Lawmakers in Bern have refused three times since 2036 to give FINMA the power to fine banks. Until they do, this is as hard as FINMA can hit.”
L city Bern
F number three
F date 2036
O government FINMA
O government FINMA
> Keystone-SDA/swissinfo.ch/ac
O media Keystone-SDA
O media swissinfo.ch
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
