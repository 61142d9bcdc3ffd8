#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval264 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval264/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1627-stains-seine-saint-denis-data-center-mayor-nordhaven-cre-le-monde'] = r'''
> France
L country France
> In Seine-Saint-Denis, the mayor of Stains takes on a 240-megawatt data center
L region Seine-Saint-Denis
L city Stains
F quantity 240-megawatt
> Samia Belkacem says the €1.6 billion project planned by Nordhaven on former rail land would swallow a town’s worth of electricity for only 60 jobs. The operator promises “the greenest site in Europe.”
P full Samia Belkacem
F money €1.6 billion
O company Nordhaven
F number 60
Q direct Aymeric de Fontrailles :: “the greenest site in Europe.”
L continent Europe
> By Clémence Arvieu-Lacombe
P full Clémence Arvieu-Lacombe
> Published on March 4, 2041, at 6:10 pm (Paris), updated at 7:45 pm
F date March 4, 2041
F time 6:10 pm
L city Paris
F time 7:45 pm
> The former SNCF freight yard in Stains (Seine-Saint-Denis) where Nordhaven wants to build its data center, on February 26, 2041. JULIEN MARQUETTE-ROY / AFP
O company SNCF
L city Stains
L region Seine-Saint-Denis
O company Nordhaven
F date February 26, 2041
P full JULIEN MARQUETTE-ROY
O media AFP
> Samia Belkacem has spent 11 years as mayor of Stains fighting for buses and schools. Since January, the 52-year-old has been fighting a 14-hectare data center that the Danish-owned operator Nordhaven wants to build on a disused SNCF freight yard a few kilometers north of Paris.
P full Samia Belkacem
F duration 11 years
L city Stains
F age 52-year-old
F quantity 14-hectare
O company Nordhaven
O company SNCF
L city Paris
> The project, worth €1.6 billion, would draw up to 240 megawatts from the grid once its four buildings are running in 2044, about as much as a city of 200,000 people. It would create 60 permanent jobs.
F money €1.6 billion
F quantity 240 megawatts
F number four
F date 2044
F number 200,000
F number 60
> “They are asking us to give up our last big piece of land, and our share of the grid, for 60 jobs,” Ms. Belkacem said on Monday. “For the same land, we could have a lycée, a park and 1,500 homes.”
Q direct Samia Belkacem :: “They are asking us to give up our last big piece of land, and our share of the grid, for 60 jobs,”
F number 60
P partial Belkacem
Q direct Samia Belkacem :: “For the same land, we could have a lycée, a park and 1,500 homes.”
F number 1,500
> Stains lies in Seine-Saint-Denis, France’s poorest department, where unemployment stands at 14.2% against 7.4% nationally. The town council voted 31 to 8 last month to ask the prefect to block the building permit.
L city Stains
L region Seine-Saint-Denis
L country France
F percent 14.2%
F percent 7.4%
F number 31
F number 8
> Nordhaven’s managing director for France, Aymeric de Fontrailles, said the site would run on renewable power and that its waste heat would warm about 4,000 homes in Stains and neighboring Pierrefitte-sur-Seine.
O company Nordhaven
L country France
P full Aymeric de Fontrailles
F number 4,000
L city Stains
L city Pierrefitte-sur-Seine
> “We are not taking anything from anybody. The electricity is there, the land is empty, and the heat is free for the town,” de Fontrailles said. “If we do not build here, we will build in Frankfurt or Amsterdam, and Seine-Saint-Denis will get nothing.”
Q direct Aymeric de Fontrailles :: “We are not taking anything from anybody. The electricity is there, the land is empty, and the heat is free for the town,”
P partial de Fontrailles
Q direct Aymeric de Fontrailles :: “If we do not build here, we will build in Frankfurt or Amsterdam, and Seine-Saint-Denis will get nothing.”
L city Frankfurt
L city Amsterdam
L region Seine-Saint-Denis
> The fight has moved to the Commission de Régulation de l’Énergie (CRE), which must approve the grid connection that RTE, the network operator, has offered for 2043. “Data centers alone have asked for 9 gigawatts in Île-de-France,” said an RTE engineer who asked not to be named.
O government Commission de Régulation de l’Énergie
O government CRE
O company RTE
F date 2043
Q direct - :: “Data centers alone have asked for 9 gigawatts in Île-de-France,”
F quantity 9 gigawatts
L region Île-de-France
O company RTE
> Hélène Vasseur-Quintin, who heads the CRE’s network department, told Le Monde that the regulator would decide by June 30. “Our job is to check that a 240-MW customer does not push back a hospital or a tram line by five years,” she said.
P full Hélène Vasseur-Quintin
O government CRE
O media Le Monde
F date June 30
Q direct Hélène Vasseur-Quintin :: “Our job is to check that a 240-MW customer does not push back a hospital or a tram line by five years,”
F quantity 240-MW
F duration five years
> In the Franc-Moisin estate in Saint-Denis, across the A1 motorway from the site, Fatoumata Diakhaby-Roux, 58, watches the site from a 12th-floor flat. “They call it the ‘cloud,’ but for us it is a concrete box with fans,” the retired nurse said. “My electricity bill went up by a third in two years.”
L city Franc-Moisin
L city Saint-Denis
L street A1
P full Fatoumata Diakhaby-Roux
F age 58
Q direct Fatoumata Diakhaby-Roux :: “They call it the ‘cloud,’ but for us it is a concrete box with fans,”
Q direct Fatoumata Diakhaby-Roux :: “My electricity bill went up by a third in two years.”
F fraction a third
F duration two years
> Nordhaven says the buildings will use closed-loop cooling and no more than 40,000 cubic meters of water a year. The mayor has asked the Plaine Commune territorial authority and the Île-de-France region for an independent study, and has invited residents to a public meeting on March 12 at 7 pm at the Espace Paul-Éluard, under the banner “Our land, our grid.”
O company Nordhaven
F quantity 40,000 cubic meters
O government Plaine Commune
L region Île-de-France
F date March 12
F time 7 pm
L facility Espace Paul-Éluard
Q scare - :: “Our land, our grid.”
> “A data center is not a neighbor like the others,” she said. “It does not send its children to our schools.”
Q direct Samia Belkacem :: “A data center is not a neighbor like the others,”
Q direct Samia Belkacem :: “It does not send its children to our schools.”
'''

ARTICLES['1628-food-delivery-levy-riders-retirement-grab-maxwell-tampines-straits-times'] = r'''
> Singapore
L country Singapore
> 30-cent levy on food-delivery orders from July to fund riders’ retirement top-ups
F money 30-cent
> Platforms may pass on no more than half of the charge to customers, says MOM; hawkers fear fewer orders
F fraction half
O government MOM
> Rachel Ong Hui Min
P full Rachel Ong Hui Min
> Manpower Correspondent
> UPDATED Mar 6, 2041, 06:20 PM
F date Mar 6, 2041
F time 06:20 PM
> A delivery rider collecting orders at Maxwell Food Centre on March 5. From July 1, platforms will pay a 30-cent levy on each order. ST PHOTO: DESMOND LIM JUN KAI
L facility Maxwell Food Centre
F date March 5
F date July 1
F money 30-cent
O media ST
P full DESMOND LIM JUN KAI
> SINGAPORE – Food-delivery platforms will pay a levy of 30 cents on every order from July 1, 2041, with the money going into a fund that tops up the retirement savings of about 70,000 delivery riders, the Ministry of Manpower (MOM) announced on March 6.
L country SINGAPORE
F money 30 cents
F date July 1, 2041
F number 70,000
O government Ministry of Manpower
O government MOM
F date March 6
> The levy is expected to raise about $48 million a year. Platforms may pass on no more than half of it, or 15 cents an order, to customers, the ministry said.
F money $48 million
F fraction half
F money 15 cents
> “A third of our riders are over 45. If nothing is put aside now, they reach 65 with very little,” said Mr Goh Kian Seng, MOM’s divisional director for workplace policy, at a briefing at the ministry’s Havelock Road office.
Q direct Goh Kian Seng :: “A third of our riders are over 45. If nothing is put aside now, they reach 65 with very little,”
F fraction A third
F age 45
F age 65
P full Goh Kian Seng
O government MOM
L street Havelock Road
> He said a rider who completes 25 orders a day, six days a week, would get about $1,800 more in savings a year. “It is not a fortune,” he said, “but over 20 years it becomes real money.”
F number 25
F duration six days
F money $1,800
Q direct Goh Kian Seng :: “It is not a fortune,”
Q direct Goh Kian Seng :: “but over 20 years it becomes real money.”
F duration 20 years
> At Maxwell Food Centre in Tanjong Pagar, hawker Madam Tan Siew Lan, 67, who has sold chicken rice there since 1998, worried that customers would order less. About 40 per cent of her sales now come through the apps, she said.
L facility Maxwell Food Centre
L city Tanjong Pagar
P full Tan Siew Lan
F age 67
F date 1998
F percent 40 per cent
> “Every time there is a new charge, the platform says it is the customer who pays, and the customer says the food is too expensive,” she said. “In the end, it comes back to us. I cannot raise my price from $5.50 to $6 just like that.”
Q direct Tan Siew Lan :: “Every time there is a new charge, the platform says it is the customer who pays, and the customer says the food is too expensive,”
Q direct Tan Siew Lan :: “In the end, it comes back to us. I cannot raise my price from $5.50 to $6 just like that.”
F money $5.50
F money $6
> Grab, the largest platform here, said it would absorb the levy on orders above $30 until the end of 2041. A Grab spokesman, Mr Marcus Teo, said the company supported "better retirement adequacy" for riders but wanted the fund to be "transparent and time-limited".
O company Grab
F money $30
F date 2041
O company Grab
P full Marcus Teo
Q direct Marcus Teo :: "better retirement adequacy"
Q direct Marcus Teo :: "transparent and time-limited"
> Foodpanda did not respond to queries. An industry executive, who asked not to be named, said the levy “will end up on the customer’s bill one way or another”.
O company Foodpanda
Q direct - :: “will end up on the customer’s bill one way or another”
> Associate Professor Lim Boon Chye, an economist at the National University of Singapore (NUS), said the levy was small next to an average order of $24, at about 1.25 per cent.
P full Lim Boon Chye
O education National University of Singapore
O education NUS
F money $24
F percent 1.25 per cent
> “The bigger risk is that platforms quietly cut the incentives they pay riders and call it the ‘levy effect’,” he said. He added that a review after two years should check whether riders were earning less. “If take-home pay falls by 30 cents an order, then the riders are paying for their own retirement.”
Q direct Lim Boon Chye :: “The bigger risk is that platforms quietly cut the incentives they pay riders and call it the ‘levy effect’,”
F duration two years
Q direct Lim Boon Chye :: “If take-home pay falls by 30 cents an order, then the riders are paying for their own retirement.”
F money 30 cents
> Rider Muhammad Hafiz Rosli, 34, said he makes about 30 deliveries a day from Tampines and Bedok on a motorcycle. “Thirty cents is nothing to the app. For me, it is half a cup of kopi. If the money really goes into my savings, okay lah,” Mr Hafiz said.
P full Muhammad Hafiz Rosli
F age 34
F number 30
L city Tampines
L city Bedok
Q direct Muhammad Hafiz Rosli :: “Thirty cents is nothing to the app. For me, it is half a cup of kopi. If the money really goes into my savings, okay lah,”
F money Thirty cents
F fraction half
P partial Hafiz
> The levy will be reviewed in 2043. MOM said it would publish the fund’s first annual report by March 2042.
F date 2043
O government MOM
F date March 2042
'''

ARTICLES['1629-flash-floods-oklahoma-arkansas-sallisaw-vian-poteau-fema-ap'] = r'''
> Flash floods kill 9 in Oklahoma and Arkansas as storms dump a foot of rain overnight
F number 9
L region Oklahoma
L region Arkansas
> By KENDRA WALLIS-OKAFOR and TOMÁS RIVERA-BLANKENSHIP
P full KENDRA WALLIS-OKAFOR
P full TOMÁS RIVERA-BLANKENSHIP
> Updated 4:37 PM CDT, May 14, 2042
F time 4:37 PM CDT
F date May 14, 2042
> Volunteers pull a johnboat past flooded homes on Cherokee Avenue in Sallisaw, Okla., on Wednesday, May 14, 2042. (AP Photo/Lyle Hembree-Cox)
L street Cherokee Avenue
L city Sallisaw
L region Okla.
F date May 14, 2042
O media AP
P full Lyle Hembree-Cox
> SALLISAW, Okla. (AP) — Storms that stalled over eastern Oklahoma and western Arkansas dropped as much as 11 inches of rain in six hours, sending creeks over their banks before dawn Wednesday and killing at least nine people, most of them in vehicles swept off flooded roads, officials said.
L city SALLISAW
L region Okla.
O media AP
L region Oklahoma
L region Arkansas
F quantity 11 inches
F duration six hours
F number nine
> The heaviest rain fell along a 90-mile band from near Norman to the Arkansas line, said Jordan Pettibone-Reyes, a meteorologist with the National Weather Service in Norman. Gusts reached 60 mph as the storms moved through, she said, but it was the water that did the damage.
F quantity 90-mile
L city Norman
L region Arkansas
P full Jordan Pettibone-Reyes
O government National Weather Service
L city Norman
F quantity 60 mph
> "The same cells kept moving over the same ground for hours. By 3 a.m. the ground couldn't take any more," Pettibone-Reyes said. "We issued a flash flood emergency for Sallisaw at 3:42 a.m., and we don't do that lightly."
Q direct Jordan Pettibone-Reyes :: "The same cells kept moving over the same ground for hours. By 3 a.m. the ground couldn't take any more,"
F time 3 a.m.
P partial Pettibone-Reyes
Q direct Jordan Pettibone-Reyes :: "We issued a flash flood emergency for Sallisaw at 3:42 a.m., and we don't do that lightly."
L city Sallisaw
F time 3:42 a.m.
> Forecasters call the pattern "training," when storm after storm follows the same track like the cars of a freight train.
Q scare - :: "training,"
> Sequoyah County Sheriff Dale Whitcomb said six people died in his county, including a couple whose pickup was carried off State Highway 101 near Sallisaw Creek. Two other bodies were found Wednesday afternoon near Muldrow, about 15 miles to the east.
L region Sequoyah County
P full Dale Whitcomb
F number six
L street State Highway 101
L geo Sallisaw Creek
F number Two
L city Muldrow
F quantity 15 miles
> "We had deputies in water up to their chests pulling people off roofs," Whitcomb said. "Some of those roads I've driven for 30 years, and I didn't recognize them."
Q direct Dale Whitcomb :: "We had deputies in water up to their chests pulling people off roofs,"
P partial Whitcomb
Q direct Dale Whitcomb :: "Some of those roads I've driven for 30 years, and I didn't recognize them."
F duration 30 years
> In Arkansas, three people died in Sebastian and Polk counties, the Arkansas Division of Emergency Management said. The Poteau River crested at 31.4 feet at Waldron, more than 11 feet above flood stage, and Fort Smith police closed parts of Towson Avenue.
L region Arkansas
F number three
L region Sebastian
L region Polk
O government Arkansas Division of Emergency Management
L geo Poteau River
F quantity 31.4 feet
L city Waldron
F quantity 11 feet
L city Fort Smith
L street Towson Avenue
> In Vian, a town of about 1,300 people west of Sallisaw, Bobbie Lynn Crowder, 71, said she woke at 2:15 a.m. to water lapping at her mattress. She and her husband climbed into the attic with a flashlight and a phone at 40% battery.
L city Vian
F number 1,300
L city Sallisaw
P full Bobbie Lynn Crowder
F age 71
F time 2:15 a.m.
F percent 40%
> "My husband said, 'We're not going out the front door, that water's moving.' So we went up instead. We sat up there for four hours and listened to it rise
Q direct Bobbie Lynn Crowder :: "My husband said, 'We're not going out the front door, that water's moving.' So we went up instead. We sat up there for four hours and listened to it rise
F duration four hours
> "When the fire department boat came, the water was two steps from the top of the ladder. I've lived in this house 46 years and never had water in it," she said.
Q direct Bobbie Lynn Crowder :: "When the fire department boat came, the water was two steps from the top of the ladder. I've lived in this house 46 years and never had water in it,"
F number two
F duration 46 years
> At least 340 homes were damaged or destroyed in the two states, according to early counts. The Federal Emergency Management Agency sent teams to both states Wednesday. FEMA said in a statement that it was "coordinating closely" with state officials and that damage assessments would begin "as soon as the water goes down."
F number 340
F number two
O government Federal Emergency Management Agency
O government FEMA
Q direct Federal Emergency Management Agency :: "coordinating closely"
Q direct Federal Emergency Management Agency :: "as soon as the water goes down."
> An emergency management official in Oklahoma, who was not authorized to speak publicly, said the toll could rise. "We still have people unaccounted for along the creeks," the official said.
L region Oklahoma
Q direct - :: "We still have people unaccounted for along the creeks,"
> More rain, 1 to 3 inches, was forecast for Thursday night across the same area.
F quantity 1
F quantity 3 inches
> Associated Press writer Dwayne Kittredge in Little Rock, Arkansas, contributed to this report.
O media Associated Press
P full Dwayne Kittredge
L city Little Rock
L region Arkansas
'''

ARTICLES['1630-music-city-bowl-missouri-iowa-ashworth-nissan-stadium-espn'] = r'''
> Ashworth runs for 3 TDs as Missouri holds off Iowa in Music City Bowl
P partial Ashworth
F number 3
O team Missouri
O team Iowa
> Braylon Ashworth scored twice in the fourth quarter and the Tigers stopped Iowa on fourth-and-2 with 1:48 left to win 27-24.
P full Braylon Ashworth
O team Tigers
O team Iowa
F number 2
F time 1:48
F score 27-24
> Gabe Lindqvist, ESPN Staff Writer
P full Gabe Lindqvist
O media ESPN
> Dec 30, 2040, 07:52 PM ET
F date Dec 30, 2040
F time 07:52 PM ET
> Missouri running back Braylon Ashworth (22) celebrates a touchdown against Iowa at Nissan Stadium. Caleb Hurtado-Fitch/Getty Images
O team Missouri
P full Braylon Ashworth
O team Iowa
L facility Nissan Stadium
P full Caleb Hurtado-Fitch
O company Getty Images
> NASHVILLE, Tenn. -- Braylon Ashworth had carried the ball 31 times, and Missouri coach Darnell Whitfield-Ames still wanted one more run.
L city NASHVILLE
L region Tenn.
P full Braylon Ashworth
F number 31
O team Missouri
P full Darnell Whitfield-Ames
F number one
> Ashworth's 6-yard touchdown with 3:10 left, his third of the game, put the Tigers ahead for good, and the defense made it hold when linebacker Tre'Vaughn Mabry stopped Iowa quarterback Cole Brandvold a yard short on fourth-and-2 as Missouri beat the Hawkeyes 27-24 on Monday.
P partial Ashworth
F quantity 6-yard
F time 3:10
O team Tigers
P full Tre'Vaughn Mabry
O team Iowa
P full Cole Brandvold
F number 2
O team Missouri
O team Hawkeyes
F score 27-24
> "I told him on the sideline, 'Give me the ball and get out of the way,'" Ashworth said. "He laughed at me. Then he called it."
Q direct Braylon Ashworth :: "I told him on the sideline, 'Give me the ball and get out of the way,'"
P partial Ashworth
Q direct Braylon Ashworth :: "He laughed at me. Then he called it."
> The junior from Jackson, Mississippi, finished with 178 yards on 31 carries, the most by a Missouri player in a bowl game, and was named the game's MVP.
L city Jackson
L region Mississippi
F quantity 178 yards
F number 31
O team Missouri
> A crowd of 61,488 watched at Nissan Stadium, home of the NFL's Tennessee Titans, on a cold, clear night beside the Cumberland River.
F number 61,488
L facility Nissan Stadium
O other NFL
O team Tennessee Titans
L geo Cumberland River
> Iowa (8-5) led 17-10 at halftime after Brandvold threw two touchdown passes, a 41-yard strike to Kade Osterhout and a 9-yard flip to tight end Luis Arredondo-Pike. Missouri (9-4) tied it early in the third quarter and went ahead 24-17 on Ashworth's second score, a 52-yard run.
O team Iowa
F score 8-5
F score 17-10
P partial Brandvold
F number two
F quantity 41-yard
P full Kade Osterhout
F quantity 9-yard
P full Luis Arredondo-Pike
O team Missouri
F score 9-4
F score 24-17
P partial Ashworth
F quantity 52-yard
> The Hawkeyes answered with a 14-play, 75-yard drive that took 7:21 off the clock, and Drew Kessling's 38-yard field goal tied it 24-24 with 9:02 remaining. After Ashworth's third touchdown, Brandvold moved Iowa 44 yards in nine plays before the fourth-down stop.
O team Hawkeyes
F number 14
F quantity 75-yard
F duration 7:21
P full Drew Kessling
F quantity 38-yard
F score 24-24
F time 9:02
P partial Ashworth
P partial Brandvold
O team Iowa
F quantity 44 yards
F number nine
> Brandvold completed 23 of 36 passes for 264 yards. "We had our shot, and it was the right call," Iowa coach Pete Kowalczyk-Haas said. "Two yards. You put that in our hands every time."
P partial Brandvold
F number 23
F number 36
F quantity 264 yards
Q direct Pete Kowalczyk-Haas :: "We had our shot, and it was the right call,"
O team Iowa
P full Pete Kowalczyk-Haas
Q direct Pete Kowalczyk-Haas :: "Two yards. You put that in our hands every time."
F quantity Two yards
> The Big Ten side finished the season with three straight losses. Missouri, which went 5-3 in the SEC, won a bowl game for the first time since 2037.
O other Big Ten
F number three
O team Missouri
F score 5-3
O other SEC
F date 2037
> Whitfield-Ames, 47, said the win would help recruiting in Kansas City and St. Louis. He called the last stand "the best 10 seconds of my career."
P partial Whitfield-Ames
F age 47
L city Kansas City
L city St. Louis
Q direct Darnell Whitfield-Ames :: "the best 10 seconds of my career."
F duration 10 seconds
> "Half of these kids were in middle school the last time we won one of these," he said. "They deserved a night like this."
Q direct Darnell Whitfield-Ames :: "Half of these kids were in middle school the last time we won one of these,"
F fraction Half
Q direct Darnell Whitfield-Ames :: "They deserved a night like this."
> Mabry, a senior from Columbia who anchors a unit fans call "the Tiger Pit," finished with 11 tackles and two sacks. Missouri held Iowa to 61 yards on the ground, its lowest total of the season.
P partial Mabry
L city Columbia
Q scare - :: "the Tiger Pit,"
F number 11
F number two
O team Missouri
O team Iowa
F quantity 61 yards
> "That's a grown-man play on fourth down," said Kowalczyk-Haas, whose team lost its last three games by a combined 10 points. "He beat a double-team to make it. Give him credit."
Q direct Pete Kowalczyk-Haas :: "That's a grown-man play on fourth down,"
P partial Kowalczyk-Haas
F number three
F number 10
Q direct Pete Kowalczyk-Haas :: "He beat a double-team to make it. Give him credit."
'''

ARTICLES['1631-huron-crown-bank-credit-loss-provisions-ontario-osfi-globe-and-mail'] = r'''
> Banking
> Huron Crown Bank sets aside $1.1-billion for bad loans as Ontario job losses mount
O company Huron Crown Bank
F money $1.1-billion
L region Ontario
> Provisions more than double from a year earlier; OSFI chief warns lenders ‘the cycle has turned’
O government OSFI
Q direct Gwendolyn Achterberg :: ‘the cycle has turned’
> Tamsin Okonjo-Reyes Banking Reporter
P full Tamsin Okonjo-Reyes
> Published February 26, 2041 Updated 3 hours ago
F date February 26, 2041
F duration 3 hours
> Huron Crown Bank’s head office on Bay Street in Toronto on Feb. 25. FRED LUMSDEN-KAY/THE GLOBE AND MAIL
O company Huron Crown Bank
L street Bay Street
L city Toronto
F date Feb. 25
P full FRED LUMSDEN-KAY
O media THE GLOBE AND MAIL
> Huron Crown Bank more than doubled the money it sets aside for loans that may go bad, as rising unemployment in Ontario’s manufacturing belt and a slump in condo prices in the Greater Toronto Area caught up with its borrowers.
O company Huron Crown Bank
L region Ontario
L region Greater Toronto Area
> Canada’s sixth-largest lender said on Wednesday that provisions for credit losses reached $1.1-billion in its fiscal first quarter, which ended Jan. 31, up from $486-million a year earlier. Net income fell 22 per cent to $1.37-billion, or $1.84 a share, missing analysts’ average estimate of $2.02.
L country Canada
F money $1.1-billion
F date Jan. 31
F money $486-million
F percent 22 per cent
F money $1.37-billion
F money $1.84
F money $2.02
> The bank’s shares fell 6.3 per cent to $71.15 on the Toronto Stock Exchange.
F percent 6.3 per cent
F money $71.15
O company Toronto Stock Exchange
> Chief financial officer Rohan Vandersloot said most of the increase was for performing loans, money set aside for loans that are still being repaid but could sour if the economy weakens further. Impaired loans rose to 0.61 per cent of the book from 0.38 per cent, he said, and the provision ratio climbed 31 basis points to 58 basis points.
P full Rohan Vandersloot
F percent 0.61 per cent
F percent 0.38 per cent
F percent 31 basis points
F percent 58 basis points
> “We are not seeing a wave of defaults. What we are seeing is a lot of households and small businesses that are a bad month away from trouble,” Mr. Vandersloot told analysts on a conference call. “We would rather be early than sorry.
Q direct Rohan Vandersloot :: “We are not seeing a wave of defaults. What we are seeing is a lot of households and small businesses that are a bad month away from trouble,”
P partial Vandersloot
Q direct Rohan Vandersloot :: “We would rather be early than sorry.
> “Our models assume unemployment in Ontario peaks at 8.4 per cent in the third quarter of 2041. If it goes higher, we will build more.”
Q direct Rohan Vandersloot :: “Our models assume unemployment in Ontario peaks at 8.4 per cent in the third quarter of 2041. If it goes higher, we will build more.”
L region Ontario
F percent 8.4 per cent
F date 2041
> The bank’s common equity tier 1 ratio, a key measure of its capital cushion, slipped to 12.9 per cent from 13.3 per cent, still well above the 11.5-per-cent minimum set by the Office of the Superintendent of Financial Institutions (OSFI).
F percent 12.9 per cent
F percent 13.3 per cent
F percent 11.5-per-cent
O government Office of the Superintendent of Financial Institutions
O government OSFI
> Superintendent Gwendolyn Achterberg told the Economic Club of Canada in Ottawa on Tuesday that “the cycle has turned” and that lenders “should not wait for the data to confirm what the cycle is already telling them.” OSFI raised its domestic stability buffer by half a percentage point in December, to 4 per cent.
P full Gwendolyn Achterberg
O nonprofit Economic Club of Canada
L city Ottawa
Q direct Gwendolyn Achterberg :: “the cycle has turned”
Q direct Gwendolyn Achterberg :: “should not wait for the data to confirm what the cycle is already telling them.”
O government OSFI
F percent half a percentage point
F percent 4 per cent
> Analyst Marc-André Thibodeau-Ng of Kestrel Point Securities, a Toronto brokerage, cut his price target to $74 from $82 and kept a “hold” rating. In a note to clients, he wrote that Huron Crown’s exposure to auto-parts makers in Windsor and the Kitchener-Waterloo region was “bigger than the market had assumed.”
P full Marc-André Thibodeau-Ng
O company Kestrel Point Securities
L city Toronto
F money $74
F money $82
Q scare - :: “hold”
O company Huron Crown
L city Windsor
L city Kitchener
L city Waterloo
Q direct Marc-André Thibodeau-Ng :: “bigger than the market had assumed.”
> “Half of the increase is Ontario manufacturing. The other half is mortgages on condos bought in 2037 and 2038 that are now worth less than the loan,” Mr. Thibodeau-Ng said in an interview.
Q direct Marc-André Thibodeau-Ng :: “Half of the increase is Ontario manufacturing. The other half is mortgages on condos bought in 2037 and 2038 that are now worth less than the loan,”
F fraction Half
L region Ontario
F fraction half
F date 2037
F date 2038
P partial Thibodeau-Ng
> Another analyst, who asked not to be named because his firm advises the bank, said the “real test” would come in the spring, when about $9-billion of fixed-rate mortgages renew.
Q direct - :: “real test”
F money $9-billion
> The bank kept its quarterly dividend at 98 cents a share. Its next results are due May 28.
F money 98 cents
F date May 28
'''

ARTICLES['1632-gojome-akita-young-families-relocation-subsidy-tokyo-couple-japan-times'] = r'''
> NATIONAL
> Akita town offers ¥3 million and free land to draw young families from Tokyo
L region Akita
F money ¥3 million
L city Tokyo
> Gojome, where nearly half of residents are 65 or older, hopes to add 120 households in five years
L city Gojome
F fraction half
F age 65
F number 120
F duration five years
> By Kenji Aramaki / Staff writer
P full Kenji Aramaki
> Mar 9, 2041
F date Mar 9, 2041
> Haruka Nishizawa and her daughter walk through the Gojome morning market, which has been held for more than 500 years, on March 2. | KYODO
P full Haruka Nishizawa
L city Gojome
F duration 500 years
F date March 2
O media KYODO
> GOJOME, Akita Pref. – When Daisuke and Haruka Nishizawa moved here from Tokyo’s Setagaya Ward in April 2040, their new neighbors brought rice, pickles and a snow shovel.
L city GOJOME
L region Akita Pref.
P partial Daisuke
P full Haruka Nishizawa
L city Tokyo
L region Setagaya Ward
F date April 2040
> The couple, both 34, are among 41 families who have settled in this town of 8,200 people since it began paying newcomers under 40 up to ¥3 million each to build a house and leasing them municipal land for ¥1 a year.
F age 34
F number 41
F number 8,200
F age 40
F money ¥3 million
F money ¥1
> Now the town wants more. On Friday, Mayor Yoshiko Hanawa unveiled a ¥1.2 billion plan that adds free child care up to age 18 and a monthly payment of ¥20,000 for each child, with the aim of bringing in 120 households by 2046 under the slogan “Come home to Gojome.”
P full Yoshiko Hanawa
F money ¥1.2 billion
F age 18
F money ¥20,000
F number 120
F date 2046
Q scare - :: “Come home to Gojome.”
L city Gojome
> “If we do nothing, this town will not have a school in 20 years,” Hanawa said at the town office. “We cannot wait for Tokyo to send us people. We have to go and get them.”
Q direct Yoshiko Hanawa :: “If we do nothing, this town will not have a school in 20 years,”
F duration 20 years
P partial Hanawa
Q direct Yoshiko Hanawa :: “We cannot wait for Tokyo to send us people. We have to go and get them.”
L city Tokyo
> Gojome’s population has fallen by about 40 percent since 1990, and 48.7 percent of residents are now 65 or older, against 29.8 percent nationwide. Only 27 babies were born here last year. The town’s elementary and junior high schools merged in 2035.
L city Gojome
F percent 40 percent
F date 1990
F percent 48.7 percent
F age 65
F percent 29.8 percent
F number 27
F date 2035
> Akita Prefecture has lost population faster than any other prefecture for 30 years running, according to the internal affairs ministry, and its population fell below 850,000 last year.
L region Akita Prefecture
F duration 30 years
F number 850,000
> Daisuke Nishizawa, who works remotely as a software engineer for a company in Shibuya, said the family had paid ¥185,000 a month in Tokyo for a two-room apartment.
P full Daisuke Nishizawa
L region Shibuya
F money ¥185,000
L city Tokyo
F number two
> “Our daughter was 2 and had never seen a rice field,” he said. “Here, her day care has 11 children and six teachers. She learned to say ‘kamakura’ before she learned to say ‘train.’”
Q direct Daisuke Nishizawa :: “Our daughter was 2 and had never seen a rice field,”
F age 2
Q direct Daisuke Nishizawa :: “Here, her day care has 11 children and six teachers. She learned to say ‘kamakura’ before she learned to say ‘train.’”
F number 11
F number six
> His wife, who sells cedar crafts online, said winters were the hardest part. The town gets about 4 meters of snow in a season. “The first winter, we shoveled the roof three times in one week,” she said.
F quantity 4 meters
Q direct Haruka Nishizawa :: “The first winter, we shoveled the roof three times in one week,”
F number three
F duration one week
> Not everyone is convinced. Mariko Tsujimoto, a researcher at the Tohoku Regional Futures Institute in Sendai, said about a third of families who move to rural towns under such programs leave within five years, often when a child reaches high school age.
P full Mariko Tsujimoto
O nonprofit Tohoku Regional Futures Institute
L city Sendai
F fraction a third
F duration five years
> “Money brings people in. Jobs and schools keep them,” Tsujimoto said. She called the bidding war among towns for young families a “zero-sum game” for rural Japan.
Q direct Mariko Tsujimoto :: “Money brings people in. Jobs and schools keep them,”
P partial Tsujimoto
Q direct Mariko Tsujimoto :: “zero-sum game”
L country Japan
> An official at the Akita Prefectural Government, who asked not to be named, said 14 of the prefecture’s 25 municipalities now offer some form of relocation payment. “Every town is fishing in the same pond,” the official said.
O government Akita Prefectural Government
F number 14
F number 25
Q direct - :: “Every town is fishing in the same pond,”
> The couple plan to stay. The town has leased them a 300-square-meter plot near the Babame River, about 25 kilometers north of Akita city, and building starts in May.
F quantity 300-square-meter
L geo Babame River
F quantity 25 kilometers
L city Akita
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
