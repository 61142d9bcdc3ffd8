#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval228 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval228/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1411-tondo-estero-de-vitas-flood-control-delay-coa-dpwh-rappler'] = r'''
> Metro Manila
L region Metro Manila
> DPWH’s ₱4.6-billion Tondo flood-control project 14 months behind schedule – COA
O government DPWH
F money ₱4.6-billion
L city Tondo
F duration 14 months
O government COA
> State auditors say only 38% of the 6.2-kilometer Estero de Vitas works is done, while residents of seven barangays brace for another rainy season
F percent 38%
F quantity 6.2-kilometer
L geo Estero de Vitas
F number seven
> Patricia Anne dela Peña
P full Patricia Anne dela Peña
> Mar 18, 2040 5:32 PM PHT
F date Mar 18, 2040
F time 5:32 PM PHT
> WADING. Residents of Barangay 128 in Tondo, Manila, walk through knee-deep water along the Estero de Vitas on March 12, 2040. Photo by Carlo Mañalac/Rappler
L city Barangay 128
L city Tondo
L city Manila
L geo Estero de Vitas
F date March 12, 2040
P full Carlo Mañalac
O media Rappler
> MANILA, Philippines – A ₱4.6-billion flood-control project meant to end chronic flooding in seven barangays of Tondo is 14 months behind schedule and only 38% complete, according to a Commission on Audit (COA) report released on Friday, March 16.
L city MANILA
L country Philippines
F money ₱4.6-billion
F number seven
L city Tondo
F duration 14 months
F percent 38%
O government Commission on Audit
O government COA
F date March 16
> The Department of Public Works and Highways (DPWH) began the project in June 2038. It was supposed to dredge and widen 6.2 kilometers of the Estero de Vitas, build two pumping stations with a combined capacity of 18 cubic meters per second, and raise the waterway’s walls by 1.5 meters.
O government Department of Public Works and Highways
O government DPWH
F date June 2038
F quantity 6.2 kilometers
L geo Estero de Vitas
F number two
F quantity 18 cubic meters per second
F quantity 1.5 meters
> State auditors found that the contractor, Bagong Ilog Builders Incorporated, had been paid ₱2.9 billion, or 63% of the contract price, for work they valued at ₱1.75 billion. The report called the gap “unexplained” and told the DPWH to recover ₱1.15 billion within 60 days.
O company Bagong Ilog Builders Incorporated
F money ₱2.9 billion
F percent 63%
F money ₱1.75 billion
Q direct Commission on Audit :: “unexplained”
O government DPWH
F money ₱1.15 billion
F duration 60 days
> The DPWH’s Manila district engineer, Rodolfo de los Santos Jr., blamed informal settlers who had yet to be relocated and “a mountain of garbage that nobody expected.”
O government DPWH
L city Manila
P full Rodolfo de los Santos Jr.
Q direct Rodolfo de los Santos Jr. :: “a mountain of garbage that nobody expected.”
> “When we dredged the first kilometer, we pulled out 42,000 cubic meters of silt and trash. That was not in any plan. The contractor had to stop for three months just to haul it away,” De los Santos told Rappler on Tuesday.
Q direct Rodolfo de los Santos Jr. :: “When we dredged the first kilometer, we pulled out 42,000 cubic meters of silt and trash. That was not in any plan. The contractor had to stop for three months just to haul it away,”
F quantity 42,000 cubic meters
F duration three months
P partial De los Santos
O media Rappler
> He said 1,240 families living along the estero still had to be moved to a relocation site in Bulacan, and that the main pumping station near Manila Bay would be finished “by December, if the weather is kind to us.”
F number 1,240
L region Bulacan
L geo Manila Bay
Q direct Rodolfo de los Santos Jr. :: “by December, if the weather is kind to us.”
> A DPWH engineer assigned to the project, who asked not to be named because he was not authorized to speak, was blunter. “The design assumed an empty creek. Nobody walked the site. We are fixing the plan while digging,” he said.
O government DPWH
Q direct - :: “The design assumed an empty creek. Nobody walked the site. We are fixing the plan while digging,”
> “At the current pace, the project will not be completed before 2042,” the COA report said, adding that ₱310 million in variation orders had been approved “without supporting documents.”
Q direct Commission on Audit :: “At the current pace, the project will not be completed before 2042,”
F date 2042
O government COA
F money ₱310 million
Q direct Commission on Audit :: “without supporting documents.”
> In Barangay 128, floodwater reached 1.2 meters in September 2039, said barangay captain Lourdes Bautista-Ocampo, 56, known to neighbors as “Aling Ching.”
L city Barangay 128
F quantity 1.2 meters
F date September 2039
P full Lourdes Bautista-Ocampo
F age 56
Q scare - :: “Aling Ching.”
P partial Ching
> “Every year the engineers come and say, ‘Next year, Kapitana.’ My grandchildren have never seen a dry rainy season,” said Bautista-Ocampo, who has lived beside the estero for 31 years.
Q direct Lourdes Bautista-Ocampo :: “Every year the engineers come and say, ‘Next year, Kapitana.’ My grandchildren have never seen a dry rainy season,”
P partial Bautista-Ocampo
F duration 31 years
> In a statement, Bagong Ilog Builders said it had “fully complied” with its contract and blamed “right-of-way problems beyond our control.” It said it would answer COA within the 60-day period.
O company Bagong Ilog Builders
Q direct Bagong Ilog Builders Incorporated :: “fully complied”
Q direct Bagong Ilog Builders Incorporated :: “right-of-way problems beyond our control.”
O government COA
F duration 60-day
> Manila 1st District Representative Teodoro Villanueva-Lim called the report “a scandal in slow motion” and said he would file a resolution seeking a House inquiry.
L city Manila
P full Teodoro Villanueva-Lim
Q direct Teodoro Villanueva-Lim :: “a scandal in slow motion”
O government House
> Metro Manila had 14 DPWH flood-control projects worth ₱27 billion under way in 2039, and about half of them were delayed, according to agency data.
L region Metro Manila
F number 14
O government DPWH
F money ₱27 billion
F date 2039
F fraction half
> Until the pumps run, Bautista-Ocampo said, her barangay will keep two rubber boats and 400 sandbags ready from 6 am daily through October. – Rappler.com
P partial Bautista-Ocampo
F number two
F number 400
F time 6 am
O media Rappler.com
'''

ARTICLES['1412-latvia-czechia-quarter-final-overtime-kalnins-arena-riga-iihf'] = r'''
> Quarter-finals
> Kalniņš Sends Latvia to the Semi-Finals in Overtime
P partial Kalniņš
O team Latvia
> Co-hosts edge Czechia 3-2 as Strazdiņš stops 38 shots in front of 10,112 at Arena Riga
O team Czechia
F score 3-2
P partial Strazdiņš
F number 38
F number 10,112
L facility Arena Riga
> By Marek Liepa
P full Marek Liepa
> 24 May 2040
F date 24 May 2040
> Latvia’s Rihards Kalniņš (#27) celebrates his overtime winner against Czechia at Arena Riga. Photo: Andris Ozols / IIHF
L country Latvia
P full Rihards Kalniņš
O team Czechia
L facility Arena Riga
P full Andris Ozols
O other IIHF
> Rihards Kalniņš scored 2:17 into overtime to give Latvia a 3-2 win over Czechia in Thursday’s quarter-final, sending the co-hosts into a World Championship semi-final for the first time since their bronze-medal run in 2023.
P full Rihards Kalniņš
F time 2:17
O team Latvia
F score 3-2
O team Czechia
F date 2023
> The 24-year-old forward took a drop pass from captain Kristaps Ozoliņš on a 2-on-1 rush and lifted a backhand over Czech goaltender Ondřej Kratochvíl, and the crowd of 10,112, most of them in maroon and white, rose as one.
F age 24-year-old
P full Kristaps Ozoliņš
F score 2-on-1
P full Ondřej Kratochvíl
F number 10,112
> "I didn't even see it go in. I just heard the building," Kalniņš said. "Kristaps told me before the period, 'Go to the net, it will come.' It came."
Q direct Rihards Kalniņš :: "I didn't even see it go in. I just heard the building,"
P partial Kalniņš
Q direct Rihards Kalniņš :: "Kristaps told me before the period, 'Go to the net, it will come.' It came."
P partial Kristaps
> Emīls Strazdiņš made 38 saves for Latvia, 15 of them in a second period in which Czechia outshot the hosts 17-6.
P full Emīls Strazdiņš
F number 38
O team Latvia
F number 15
O team Czechia
F score 17-6
> Czechia opened the scoring at 6:48 of the first period, when Tomáš Hrdlička one-timed a power-play shot from the left circle past Strazdiņš. Latvia answered 58 seconds later through defenceman Jānis Zariņš.
O team Czechia
F time 6:48
P full Tomáš Hrdlička
P partial Strazdiņš
O team Latvia
F duration 58 seconds
P full Jānis Zariņš
> Ozoliņš put the home side ahead 2-1 at 12:41 of the second on a 5-on-3 power play, but Hrdlička struck again with 3:05 left in regulation, tipping in a point shot while Latvia’s Roberts Dambis sat out a two-minute minor for holding.
P partial Ozoliņš
F score 2-1
F time 12:41
F score 5-on-3
P partial Hrdlička
F time 3:05
L country Latvia
P full Roberts Dambis
F duration two-minute
> "We had them. Two minutes from the semi-final and we take a silly penalty," said Latvia head coach Artūrs Vīksna. "But the boys did not panic. That is new for us. Ten years ago we lose that game."
Q direct Artūrs Vīksna :: "We had them. Two minutes from the semi-final and we take a silly penalty,"
F duration Two minutes
O team Latvia
P full Artūrs Vīksna
Q direct Artūrs Vīksna :: "But the boys did not panic. That is new for us. Ten years ago we lose that game."
F duration Ten years
> Vīksna, 51, called Strazdiņš "the best player on the ice for 62 minutes" and said the goalie would start again in Saturday's semi-final against Sweden at 20:20 local time.
P partial Vīksna
F age 51
P partial Strazdiņš
Q direct Artūrs Vīksna :: "the best player on the ice for 62 minutes"
F duration 62 minutes
O team Sweden
F time 20:20
> Strazdiņš, 29, who plays for Färjestad in the Swedish league, shrugged off the praise. "I saw most of them. The ones I didn't see, Zariņš blocked," he said.
P partial Strazdiņš
F age 29
O team Färjestad
Q direct Emīls Strazdiņš :: "I saw most of them. The ones I didn't see, Zariņš blocked,"
P partial Zariņš
> Czech head coach Vojtěch Hruban said his team had "done enough to win" but lacked a finish. "Forty shots, two goals. In the playoffs you cannot waste so much," he said.
P full Vojtěch Hruban
Q direct Vojtěch Hruban :: "done enough to win"
Q direct Vojtěch Hruban :: "Forty shots, two goals. In the playoffs you cannot waste so much,"
F number Forty
F number two
> Kratochvíl, who stopped 24 of 27 shots, was named the Czechs' best player of the game. Czechia, the 2024 world champions, go home without a medal for the second straight year.
P partial Kratochvíl
F number 24
F number 27
O team Czechia
F date 2024
> In the other semi-final, Canada face Finland at 16:20, also at Arena Riga. The gold medal game is on Sunday, 27 May.
O team Canada
O team Finland
F time 16:20
L facility Arena Riga
F date 27 May
> The International Ice Hockey Federation (IIHF) said attendance for the first 60 games had passed 512,000, a record for a World Championship held in a single city. Riga last hosted the tournament alone in 2006.
O other International Ice Hockey Federation
O other IIHF
F number 60
F number 512,000
L city Riga
F date 2006
'''

ARTICLES['1413-johannesburg-water-outage-brixton-reservoir-melville-linden-sunday-times'] = r'''
> NEWS
> Taps dry for 11 days as Brixton reservoir repairs drag on
F duration 11 days
L facility Brixton
> Johannesburg Water says the R86m fix will be done by Friday, but residents of Melville, Linden and Crosby have heard that before
O company Johannesburg Water
F money R86m
L city Melville
L city Linden
L city Crosby
> By LERATO NKOSI-MAHLABA
P full LERATO NKOSI-MAHLABA
> 18 March 2040 - 00:00
F date 18 March 2040
F time 00:00
> Residents of Linden queue for water from a municipal tanker on Thursday. Image: THAPELO MOLEFE
L city Linden
P full THAPELO MOLEFE
> More than 200,000 people in at least 14 suburbs west of the Johannesburg CBD have been without reliable water for 11 days, and the city's water utility now says repairs to the Brixton reservoir will not be finished before Friday.
F number 200,000
F number 14
L city Johannesburg
F duration 11 days
L facility Brixton
> Johannesburg Water said a 1.2m crack found in the floor of the 60-megalitre reservoir on 3 March forced engineers to drain it completely, cutting supply across what engineers call the "western system": Melville, Linden, Crosby, Mayfair, Brixton, Emmarentia and parts of Northcliff.
O company Johannesburg Water
F quantity 1.2m
F quantity 60-megalitre
F date 3 March
Q scare - :: "western system"
L city Melville
L city Linden
L city Crosby
L city Mayfair
L city Brixton
L city Emmarentia
L city Northcliff
> The utility's managing director, Sizwe Radebe-Mthembu, told the Sunday Times the repair would cost R86m, about R30m more than first estimated, because the contractor had found "more damage than the inspection showed".
P full Sizwe Radebe-Mthembu
O media Sunday Times
F money R86m
F money R30m
Q direct Sizwe Radebe-Mthembu :: "more damage than the inspection showed"
> "We are working 24 hours a day. The reservoir should be back in service by Friday and pressure should return to normal within 72 hours after that," she said. "I understand people are angry. I would be angry too.
Q direct Sizwe Radebe-Mthembu :: "We are working 24 hours a day. The reservoir should be back in service by Friday and pressure should return to normal within 72 hours after that,"
F duration 24 hours
F duration 72 hours
Q direct Sizwe Radebe-Mthembu :: "I understand people are angry. I would be angry too.
> "But this reservoir is more than 80 years old and it has never had a full overhaul. We are paying for decades of neglect."
Q direct Sizwe Radebe-Mthembu :: "But this reservoir is more than 80 years old and it has never had a full overhaul. We are paying for decades of neglect."
F duration 80 years
> Residents are not convinced. In Linden, where taps have run dry every afternoon since 7 March, retired teacher Elsabé Grobbelaar, 71, said she had spent R2,400 on bottled water.
L city Linden
F date 7 March
P full Elsabé Grobbelaar
F age 71
F money R2,400
> "They said Tuesday, then Thursday, now Friday. My neighbour is 88 and on oxygen. Who carries 25 litres up her stairs? Me," Grobbelaar said.
Q direct Elsabé Grobbelaar :: "They said Tuesday, then Thursday, now Friday. My neighbour is 88 and on oxygen. Who carries 25 litres up her stairs? Me,"
F age 88
F quantity 25 litres
P partial Grobbelaar
> Ward 87 councillor Annelie van Wyk said Johannesburg Water had sent only six tankers for the whole area, each carrying 10,000 litres, and that the utility had ignored warnings "for at least three years" that the reservoir was leaking.
L region Ward 87
P full Annelie van Wyk
O company Johannesburg Water
F number six
F quantity 10,000 litres
Q direct Annelie van Wyk :: "for at least three years"
F duration three years
> "I reported the leak in 2037. I have the emails. They put it on a list," Van Wyk said.
Q direct Annelie van Wyk :: "I reported the leak in 2037. I have the emails. They put it on a list,"
F date 2037
P partial Van Wyk
> Rand Water, which supplies bulk water to the city, said its own system was running normally. In a statement, it said Johannesburg was drawing about 1,900 megalitres a day and urged residents to cut use by 20% "until the system recovers".
O company Rand Water
L city Johannesburg
F quantity 1,900 megalitres
F percent 20%
Q direct Rand Water :: "until the system recovers"
> A senior city official, who asked not to be named, said the mayoral committee would meet on Tuesday to discuss a R1.4bn plan to replace seven ageing reservoirs, including Brixton and Hursthill, over five years.
F money R1.4bn
F number seven
L facility Brixton
L facility Hursthill
F duration five years
> "The money was in the budget in 2038 and it was moved to roads. That was a mistake," the official said.
Q direct - :: "The money was in the budget in 2038 and it was moved to roads. That was a mistake,"
F date 2038
> Johannesburg loses about 40% of its water to leaks and illegal connections, according to the city's own figures, and outages have been reported in 63 of its 135 wards since January.
L city Johannesburg
F percent 40%
F number 63
F number 135
> In Melville, restaurant owner Kabelo Sithole said he had closed his kitchen at 3pm every day for a week. "No water, no dishes, no business," he said.
L city Melville
P full Kabelo Sithole
F time 3pm
Q direct Kabelo Sithole :: "No water, no dishes, no business,"
'''

ARTICLES['1414-saalemont-bitterfeld-wolfen-chlorine-plant-closure-ig-bce-reuters'] = r'''
> German chemicals maker Saalemont to shut Bitterfeld chlorine plant, cut 1,150 jobs
O company Saalemont
L city Bitterfeld
F number 1,150
> By Katrin Oberländer and Jonas Weidt-Ahrens
P full Katrin Oberländer
P full Jonas Weidt-Ahrens
> March 6, 2040 10:42 AM GMT+1 Updated 2 hours ago
F date March 6, 2040
F time 10:42 AM GMT+1
F duration 2 hours
> A view of the Saalemont chlor-alkali plant at the Chemiepark Bitterfeld-Wolfen in Bitterfeld-Wolfen, Germany, September 12, 2039. REUTERS/Matthias Rehberg/File Photo
O company Saalemont
L facility Chemiepark Bitterfeld-Wolfen
L city Bitterfeld-Wolfen
L country Germany
F date September 12, 2039
O media REUTERS
P full Matthias Rehberg
> FRANKFURT, March 6 (Reuters) - German chemicals maker Saalemont Chemie AG (SLMG.DE) will close its chlorine plant in the eastern town of Bitterfeld-Wolfen by the end of 2041, cutting 1,150 jobs, it said on Tuesday, blaming energy costs it said were roughly double those of U.S. rivals.
L city FRANKFURT
F date March 6
O media Reuters
O company Saalemont Chemie AG
L city Bitterfeld-Wolfen
F date 2041
F number 1,150
L country U.S.
> The plant, which makes about 380,000 metric tons of chlorine and caustic soda a year, has lost money in nine of the last 12 quarters, the company said. Closing it will cost about 240 million euros ($262 million) in write-downs and severance, most of it booked in the first quarter.
F quantity 380,000 metric tons
F number nine
F number 12
F money 240 million euros
F money $262 million
> "We have fought for this site for five years. At 14 cents per kilowatt hour, we cannot make chlorine in Saxony-Anhalt and sell it against producers in Louisiana or China," Chief Executive Henrike Vollmer-Stahl told analysts on a call.
Q direct Henrike Vollmer-Stahl :: "We have fought for this site for five years. At 14 cents per kilowatt hour, we cannot make chlorine in Saxony-Anhalt and sell it against producers in Louisiana or China,"
F duration five years
F money 14 cents
L region Saxony-Anhalt
L region Louisiana
L country China
P full Henrike Vollmer-Stahl
> She said the company would keep its smaller sites in Leverkusen and in Burghausen, Bavaria, and move about 120 jobs there. Shares in Saalemont fell 6.4% to 31.12 euros in Frankfurt trading, their lowest since 2031.
L city Leverkusen
L city Burghausen
L region Bavaria
F number 120
O company Saalemont
F percent 6.4%
F money 31.12 euros
L city Frankfurt
F date 2031
> The IG BCE mining, chemicals and energy union called the decision "a slap in the face" for a region that lost tens of thousands of industrial jobs after German reunification in 1990.
O nonprofit IG BCE
Q direct IG BCE :: "a slap in the face"
F date 1990
> "Saalemont took 31 million euros in state aid for this site in 2036. The workforce gave up a pay rise in 2038. Now they are told to go," said Detlef Rauschenbach, the union's district head for Halle-Magdeburg. "We will not accept a closure without a plan for every single worker.
Q direct Detlef Rauschenbach :: "Saalemont took 31 million euros in state aid for this site in 2036. The workforce gave up a pay rise in 2038. Now they are told to go,"
O company Saalemont
F money 31 million euros
F date 2036
F date 2038
P full Detlef Rauschenbach
L city Halle
L city Magdeburg
Q direct Detlef Rauschenbach :: "We will not accept a closure without a plan for every single worker.
> "That means training, transfers and a social plan worth the name, not three months' pay and a handshake."
Q direct Detlef Rauschenbach :: "That means training, transfers and a social plan worth the name, not three months' pay and a handshake."
F duration three months
> Saxony-Anhalt's economy minister, Ulrike Brandes-Okafor, said the state government in Magdeburg had offered Saalemont a 50 million euro energy subsidy over three years in January and was "deeply disappointed" that it had been turned down.
L region Saxony-Anhalt
P full Ulrike Brandes-Okafor
L city Magdeburg
O company Saalemont
F money 50 million euro
F duration three years
Q direct Ulrike Brandes-Okafor :: "deeply disappointed"
> A person familiar with the matter said Saalemont's board had also looked at selling the plant to a Chinese buyer last year but dropped the idea after the federal economy ministry signalled it would block the deal. "Nobody in Berlin wanted chlorine for drinking water in Chinese hands," the person said.
O company Saalemont
Q direct - :: "Nobody in Berlin wanted chlorine for drinking water in Chinese hands,"
L city Berlin
> Germany's chemical industry has cut more than 40,000 jobs since 2035, according to the German Chemical Industry Association (VCI). The VCI expects output to shrink by a further 2% to 3% in 2040.
L country Germany
F number 40,000
F date 2035
O nonprofit German Chemical Industry Association
O nonprofit VCI
O nonprofit VCI
F percent 2%
F percent 3%
F date 2040
> Bitterfeld-Wolfen, about 30 km (19 miles) north of Leipzig, has been a chemicals hub since the late 19th century.
L city Bitterfeld-Wolfen
F quantity 30 km
F quantity 19 miles
L city Leipzig
> (Reporting by Katrin Oberländer in Frankfurt and Jonas Weidt-Ahrens in Berlin; Editing by Miriam Castellanos)
P full Katrin Oberländer
L city Frankfurt
P full Jonas Weidt-Ahrens
L city Berlin
P full Miriam Castellanos
'''

ARTICLES['1415-wildfire-insurance-nonrenewal-bill-paradise-nevada-county-sacramento-bee'] = r'''
> Capitol Alert
> California bill to stop insurers dropping homes in wildfire country clears first hurdle
L region California
> Homeowners who harden their houses would be guaranteed 36 months of coverage. Insurers say the bill will drive them out of the state
F duration 36 months
> By Dominic Arreola-Whitcombe
P full Dominic Arreola-Whitcombe
> Updated April 11, 2040 5:04 AM
F date April 11, 2040
F time 5:04 AM
> A home under construction on Pentz Road in Paradise, where many residents say they can find coverage only through the FAIR Plan. Rhea Takamura-Voss rtakamura@sacbee.com
L street Pentz Road
L city Paradise
O nonprofit FAIR Plan
P full Rhea Takamura-Voss
> A bill that would bar home insurers from dropping customers in California’s highest-risk wildfire areas cleared the Senate Insurance Committee on a 9-3 vote Tuesday, setting up a fight with an industry that has already pulled back from much of the state.
L region California
O government Senate Insurance Committee
F number 9-3
> Senate Bill 1187, by Sen. Marisol Etxeberria-Quan, D-Chico, would require insurers to renew a policy for 36 months if the owner has cleared brush within 100 feet of the house, fitted ember-resistant vents and lives in the so-called “wildland-urban interface” in a county that has met new fire-safety standards.
P full Marisol Etxeberria-Quan
L city Chico
F duration 36 months
F quantity 100 feet
Q scare - :: “wildland-urban interface”
> “People in Butte County did everything we asked. They rebuilt to the strictest code in the country, they cut their trees, and they still got a letter saying, ‘We regret to inform you,’” Etxeberria-Quan told the committee. “That is not a market. That is abandonment.”
Q direct Marisol Etxeberria-Quan :: “People in Butte County did everything we asked. They rebuilt to the strictest code in the country, they cut their trees, and they still got a letter saying, ‘We regret to inform you,’”
L region Butte County
P partial Etxeberria-Quan
Q direct Marisol Etxeberria-Quan :: “That is not a market. That is abandonment.”
> About 412,000 California homes are now insured through the FAIR Plan, the state’s insurer of last resort, up from 154,000 in 2035, according to the California FAIR Plan Association. Its average premium in Nevada County is $4,870 a year, about three times what a typical policy cost a decade ago.
F number 412,000
L region California
O nonprofit FAIR Plan
F number 154,000
F date 2035
O nonprofit California FAIR Plan Association
L region Nevada County
F money $4,870
F number three
> The Western Property Insurers Council, which represents most large carriers, said the bill would “freeze a broken market in place” and warned that some companies could stop writing new policies in California altogether.
O nonprofit Western Property Insurers Council
Q direct Western Property Insurers Council :: “freeze a broken market in place”
L region California
> “Insurers are not leaving because they are heartless. They are leaving because a single bad fire season can wipe out 20 years of premiums,” said the council’s president, Gordon Pyle-Hastings. He said the bill should come with faster rate approvals, which he called “the only real fix.”
Q direct Gordon Pyle-Hastings :: “Insurers are not leaving because they are heartless. They are leaving because a single bad fire season can wipe out 20 years of premiums,”
F duration 20 years
P full Gordon Pyle-Hastings
Q direct Gordon Pyle-Hastings :: “the only real fix.”
> Sen. Wade Brannigan, R-Grass Valley, voted no. His district covers Nevada, Placer and El Dorado counties, where he said 1 in 5 homeowners had been dropped since 2036.
P full Wade Brannigan
L city Grass Valley
L region Nevada
L region Placer
L region El Dorado
F number 1
F number 5
F date 2036
> “I agree with the goal,” Brannigan said. “But if this passes as written, the next letter my constituents get won’t be a nonrenewal. It’ll be a carrier leaving California.”
Q direct Wade Brannigan :: “I agree with the goal,”
P partial Brannigan
Q direct Wade Brannigan :: “But if this passes as written, the next letter my constituents get won’t be a nonrenewal. It’ll be a carrier leaving California.”
L region California
> A Department of Insurance spokesperson, who was not authorized to speak on the record, said the department had “concerns about the 36-month window” but had not taken a position.
O government Department of Insurance
Q direct - :: “concerns about the 36-month window”
F duration 36-month
> In Paradise, where the 2018 Camp Fire destroyed nearly 19,000 buildings, retiree Loretta Vang-Halvorsen, 68, said her premium went from $1,900 to $6,200 a year when her insurer dropped her in 2039.
L city Paradise
F date 2018
F number 19,000
P full Loretta Vang-Halvorsen
F age 68
F money $1,900
F money $6,200
F date 2039
> “I’m on a fixed income. I cleared my lot down to the dirt, like they said,” she said. “Now I pay more for insurance than for groceries.”
Q direct Loretta Vang-Halvorsen :: “I’m on a fixed income. I cleared my lot down to the dirt, like they said,”
Q direct Loretta Vang-Halvorsen :: “Now I pay more for insurance than for groceries.”
> The bill now goes to the Senate Appropriations Committee, which must act by May 18. If it passes the full Senate, it moves to the Assembly, where a similar measure died in 2039.
O government Senate Appropriations Committee
F date May 18
O government Senate
O government Assembly
F date 2039
'''

ARTICLES['1416-whalsay-ferry-replacement-symbister-laxo-council-vote-shetland-news'] = r'''
> News
> Councillors back £46m plan for two new Whalsay ferries
F money £46m
F number two
L geo Whalsay
> New vessels would carry 24 cars each and be in service by 2043 – but islanders fear months of disruption at Symbister
F number 24
F date 2043
L city Symbister
> Ingrid Halcrow-Nisbet
P full Ingrid Halcrow-Nisbet
> 12 March 2040 | 4.52pm
F date 12 March 2040
F time 4.52pm
> The Whalsay ferry Linga arriving at Symbister. Photo: Shetland News
L geo Whalsay
L city Symbister
O media Shetland News
> Shetland Islands Council has agreed to spend up to £46 million on two new ferries for the Whalsay route, replacing the Linga and the Hendra on the crossing between Symbister and Laxo. The Hendra, the older of the two, entered service in 1982.
O government Shetland Islands Council
F money £46 million
F number two
L geo Whalsay
L city Symbister
L city Laxo
F number two
F date 1982
> Members of the council’s environment and transport committee voted 9-2 on Monday to back the outline business case, which now goes to the full council at Lerwick Town Hall on 28 March.
F number 9-2
L facility Lerwick Town Hall
F date 28 March
> Under the plan, two 45-metre vessels would each carry 24 cars and 120 passengers, compared with 16 cars on the Hendra. They would be hybrids, running on batteries for the 30-minute crossing and on diesel when needed.
F number two
F quantity 45-metre
F number 24
F number 120
F number 16
F duration 30-minute
> The council hopes the Scottish Government will meet 75 per cent of the cost through its Small Vessel Replacement Programme, leaving about £11.5m to be found locally.
O government Scottish Government
F percent 75 per cent
F money £11.5m
> Shetland North member Fiona Jamieson-Leask, who lives on Whalsay, told the meeting the island had waited “far too long”. “Our ferries are older than some of the crew. When the Hendra broke down for 11 days last winter, folk could not get to work in Lerwick, to the hospital, to anything,” she said. “For a community of 1,000 people, the ferry is the road.
L region Shetland North
P full Fiona Jamieson-Leask
L geo Whalsay
Q direct Fiona Jamieson-Leask :: “far too long”
Q direct Fiona Jamieson-Leask :: “Our ferries are older than some of the crew. When the Hendra broke down for 11 days last winter, folk could not get to work in Lerwick, to the hospital, to anything,”
F duration 11 days
L city Lerwick
Q direct Fiona Jamieson-Leask :: “For a community of 1,000 people, the ferry is the road.
F number 1,000
> “This is not a luxury. It is how we live.”
Q direct Fiona Jamieson-Leask :: “This is not a luxury. It is how we live.”
> Lerwick North and Bressay member Stuart Manson-Gifford, who voted against, said the council’s share would come from reserves at a time when it was already drawing £38m a year to balance its budget. “We are being asked to sign a blank cheque,” he said, noting that the estimate had risen from £31m in 2037.
L region Lerwick North and Bressay
P full Stuart Manson-Gifford
F money £38m
Q direct Stuart Manson-Gifford :: “We are being asked to sign a blank cheque,”
F money £31m
F date 2037
> Transport Scotland said it had received the council’s bid and would “assess it alongside other applications” before the end of the year.
O government Transport Scotland
Q direct Transport Scotland :: “assess it alongside other applications”
> The council’s ferry operations manager, Magnus Ratter, said the new boats would need a rebuilt linkspan at Symbister, costing a further £7.2m, and a longer berth at Laxo. Work at the two terminals could take 18 months.
P full Magnus Ratter
L city Symbister
F money £7.2m
L city Laxo
F number two
F duration 18 months
> During that time, he said, some sailings might have to use Vidlin, adding about 15 minutes to each trip. “It will be a sair few months,” Ratter said, using the Shetland word for sore.
L city Vidlin
F duration 15 minutes
Q direct Magnus Ratter :: “It will be a sair few months,”
P partial Ratter
L region Shetland
> Islanders have long called the smaller Hendra “da peerie boat”. A crew member, who asked not to be named, said her engines were “held together with goodwill”.
Q scare - :: “da peerie boat”
Q direct - :: “held together with goodwill”
> Whalsay fish merchant Drew Simpson-Polson, 44, said his firm sent 40 tonnes of salmon a week across the sound. “When the boat is off, the fish sits on the pier. The buyers in Aberdeen don’t wait,” he said.
L geo Whalsay
P full Drew Simpson-Polson
F age 44
F quantity 40 tonnes
Q direct Drew Simpson-Polson :: “When the boat is off, the fish sits on the pier. The buyers in Aberdeen don’t wait,”
L city Aberdeen
> If the full council agrees, the first vessel could be ordered by September 2040 and delivered in the spring of 2043, with the second following six months later. A separate report on the Skerries ferry is due in June.
F date September 2040
F date 2043
F duration six months
L geo Skerries
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
