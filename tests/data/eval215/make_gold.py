#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval215 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval215/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1333-lucknow-aqi-431-schools-shut-construction-halt-winter-action-plan-hindustan-times'] = r'''
> Lucknow News
L city Lucknow
> Lucknow’s AQI Touches 431, Schools Up To Class 8 Shut as State Invokes Emergency Curbs
L city Lucknow
F number 431
> Construction halted in 14 wards, ₹10,000 fine for open burning; minister says curbs will stay until air stays clean for 48 hours
F number 14
F money ₹10,000
F duration 48 hours
> By Ananya Srivastava, Lucknow
P full Ananya Srivastava
L city Lucknow
> Nov 24, 2039 07:04 AM IST
F date Nov 24, 2039
F time 07:04 AM IST
> Commuters on a smog-covered stretch near Hazratganj in Lucknow on Wednesday. (Deepak Gupta/HT Photo)
L city Hazratganj
L city Lucknow
P full Deepak Gupta
O media HT
> The Uttar Pradesh government on Wednesday invoked the emergency stage of its winter air action plan for Lucknow after the city’s air quality index (AQI) touched 431 at 4pm, the highest reading in the state capital since November 2036.
L region Uttar Pradesh
L city Lucknow
F number 431
F time 4pm
F date November 2036
> Schools up to Class 8 in Lucknow, Barabanki and Unnao will stay shut for four days from Thursday, district magistrate Vishal Mehrotra said in an order issued late on Wednesday. Construction and demolition work has been halted in 14 of the city’s 110 wards, and diesel generators have been banned except in hospitals.
L city Lucknow
L region Barabanki
L region Unnao
F duration four days
P full Vishal Mehrotra
F number 14
F number 110
> According to the Uttar Pradesh Pollution Control Board (UPPCB), Talkatora recorded the worst AQI at 468, followed by Aliganj (452), Gomti Nagar (437) and Lalbagh (419). PM2.5 at Talkatora averaged 388 micrograms per cubic metre over 24 hours, more than six times the national standard of 60.
O government Uttar Pradesh Pollution Control Board
O government UPPCB
L city Talkatora
F number 468
L city Aliganj
F number 452
L city Gomti Nagar
F number 437
L city Lalbagh
F number 419
L city Talkatora
F quantity 388 micrograms per cubic metre
F duration 24 hours
F number six
F quantity 60
> State environment minister Suvarna Dixit said the curbs would stay until the AQI remained below 300 for 48 hours. “We are not going to wait for the wind to save us. Every department has been told that if a site is found breaking the order, it will be sealed on the spot,” she said after a review meeting at Lok Bhavan.
P full Suvarna Dixit
F number 300
F duration 48 hours
Q direct Suvarna Dixit :: “We are not going to wait for the wind to save us. Every department has been told that if a site is found breaking the order, it will be sealed on the spot,”
L facility Lok Bhavan
> “Parents keep asking me, ‘Why should children sit at home when the fields around the city are still burning?’ They are right to ask. The district officers in Barabanki, Sitapur and Hardoi have been told to act on every farm fire.
Q direct Suvarna Dixit :: “Parents keep asking me, ‘Why should children sit at home when the fields around the city are still burning?’ They are right to ask. The district officers in Barabanki, Sitapur and Hardoi have been told to act on every farm fire.
L region Barabanki
L region Sitapur
L region Hardoi
> “No officer will be spared if the numbers do not come down by Sunday.”
Q direct Suvarna Dixit :: “No officer will be spared if the numbers do not come down by Sunday.”
> Under the order, open burning of garbage or leaves will attract a fine of ₹10,000, while builders who flout the construction ban face penalties of up to ₹5 lakh a site. The Lucknow Municipal Corporation (LMC) said it had deployed 42 water sprinklers and 12 anti-smog guns, and that its teams had issued 316 challans since Monday.
F money ₹10,000
F money ₹5 lakh
O government Lucknow Municipal Corporation
O government LMC
F number 42
F number 12
F number 316
> The LMC described the situation as “manageable” and said roads in Hazratganj and Charbagh were being washed twice a night. A senior UPPCB official, who did not want to be named, said farm fires in the 16 districts around Lucknow were 27% higher than last year. “The city is sitting in a bowl. Without wind, whatever is burnt within 100 km stays here,” the official said.
O government LMC
Q direct Lucknow Municipal Corporation :: “manageable”
L city Hazratganj
L city Charbagh
O government UPPCB
F number 16
L city Lucknow
F percent 27%
Q direct - :: “The city is sitting in a bowl. Without wind, whatever is burnt within 100 km stays here,”
F quantity 100 km
> At King George’s Medical University (KGMU), the respiratory medicine department saw 640 patients on Tuesday, said Dr Farhan Siddiqui, 46. “Children under five and people over 60 are the worst hit. Many are coming in at 2am with breathing trouble,” he said.
O education King George’s Medical University
O education KGMU
F number 640
P full Farhan Siddiqui
F age 46
Q direct Farhan Siddiqui :: “Children under five and people over 60 are the worst hit. Many are coming in at 2am with breathing trouble,”
F age five
F age 60
F time 2am
> In Aliganj, residents said the city’s much-advertised “green corridor” along the Gomti had done little. “I used to walk every morning, but this week I stopped. It smells like a tyre shop,” said Rekha Awasthi, 34, a schoolteacher.
L city Aliganj
Q scare - :: “green corridor”
L geo Gomti
Q direct Rekha Awasthi :: “I used to walk every morning, but this week I stopped. It smells like a tyre shop,”
P full Rekha Awasthi
F age 34
> The India Meteorological Department (IMD) has forecast wind speeds of 4-6 km/h until Saturday, with some relief expected only after November 28.
O government India Meteorological Department
O government IMD
F quantity 4-6 km/h
F date November 28
'''

ARTICLES['1334-ireland-france-27-24-six-nations-aviva-stadium-o-dubhghaill-late-try-irish-independent'] = r'''
> Rugby
> Ireland 27 France 24: Ó Dubhghaill’s late try seals Aviva Stadium thriller
O team Ireland
F score 27
O team France
F score 24
P partial Ó Dubhghaill
L facility Aviva Stadium
> Replacement wing scores two minutes from time as Ireland overturn 10-point half-time deficit
F duration two minutes
O team Ireland
F number 10
> Ciarán Cleary
P full Ciarán Cleary
> Sat 9 Mar 2041 at 19:12
F date 9 Mar 2041
F time 19:12
> Replacement wing Fionn Ó Dubhghaill dives over for the winning try against France at the Aviva Stadium. Photo: Sportsfile
P full Fionn Ó Dubhghaill
O team France
L facility Aviva Stadium
O media Sportsfile
> Fionn Ó Dubhghaill came off the bench to score the winning try two minutes from time as Ireland recovered from a 10-point deficit at the break to beat France 27-24 in front of 51,700 at the Aviva Stadium on Saturday evening.
P full Fionn Ó Dubhghaill
F duration two minutes
O team Ireland
F number 10
O team France
F score 27-24
F number 51,700
L facility Aviva Stadium
> The 22-year-old Galway-born wing, winning only his third cap, took a looped pass from out-half Cathal Mac Giolla Rua and stepped inside Baptiste de La Roque to touch down in the right corner. Mac Giolla Rua added the touchline conversion, his third of the evening, and France never found a reply.
F age 22-year-old
L city Galway
P full Cathal Mac Giolla Rua
P full Baptiste de La Roque
P partial Mac Giolla Rua
O team France
> It was an ending few in the stadium expected at half-time. France dominated the first 40 minutes, scrum-half Mathis Diarra sniping over on 14 minutes and tighthead prop Lucas Etcheverry-Bidart driving over from a lineout on 33. Diarra converted both and added a penalty to make it 17-7 at the break, Ireland’s only reply a try by captain Darragh Kinsella on 26 minutes, converted by Mac Giolla Rua.
O team France
F duration 40 minutes
P full Mathis Diarra
F duration 14 minutes
P full Lucas Etcheverry-Bidart
F duration 33
P partial Diarra
F score 17-7
O team Ireland
P full Darragh Kinsella
F duration 26 minutes
P partial Mac Giolla Rua
> Ireland head coach Conor Whelehan said he had told his players at the interval that they were “in the game, just not in the right half of the pitch”.
O team Ireland
P full Conor Whelehan
Q direct Conor Whelehan :: “in the game, just not in the right half of the pitch”
> “We were too honest in that first half. France are the best side in Europe at squeezing you, and we let them,” Whelehan said. “The message was simple: ‘Keep the ball, play in their half, and the crowd will do the rest.’ Fair play to the lads, they did exactly that.
Q direct Conor Whelehan :: “We were too honest in that first half. France are the best side in Europe at squeezing you, and we let them,”
O team France
L continent Europe
P partial Whelehan
Q direct Conor Whelehan :: “The message was simple: ‘Keep the ball, play in their half, and the crowd will do the rest.’ Fair play to the lads, they did exactly that.
> “Fionn has been knocking on the door for two years. Nobody deserves that moment more.”
Q direct Conor Whelehan :: “Fionn has been knocking on the door for two years. Nobody deserves that moment more.”
P partial Fionn
F duration two years
> Ireland came out with more purpose. Mac Giolla Rua kicked a penalty on 47 minutes and flanker Seán Ó Briain crashed over on 58, the conversion levelling it at 17-17. De La Roque restored France’s lead on 63 minutes, finishing a sweeping move that Diarra converted, before a second Mac Giolla Rua penalty on 70 set up the grandstand finish.
O team Ireland
P partial Mac Giolla Rua
F duration 47 minutes
P full Seán Ó Briain
F duration 58
F score 17-17
P partial De La Roque
O team France
F duration 63 minutes
P partial Diarra
P partial Mac Giolla Rua
F duration 70
> France head coach Fabien Castaing was blunt. “We gave them three points, then three more, then the game. At this level you cannot do that,” he said, calling the defeat “a lesson, not a catastrophe”.
O team France
P full Fabien Castaing
Q direct Fabien Castaing :: “We gave them three points, then three more, then the game. At this level you cannot do that,”
F number three
F number three
Q direct Fabien Castaing :: “a lesson, not a catastrophe”
> The result leaves Ireland on 14 points after four rounds of the Six Nations, one behind England, before they travel to Cardiff to face Wales on March 16. France, beaten only once in 2040, must now beat Italy in Marseille to keep their title hopes alive.
O team Ireland
F number 14
F number four
F number one
O team England
L city Cardiff
O team Wales
F date March 16
O team France
F date 2040
O team Italy
L city Marseille
> Scorers – Ireland: Tries: Kinsella, Ó Briain, Ó Dubhghaill. Cons: Mac Giolla Rua 3. Pens: Mac Giolla Rua 2.
O team Ireland
P partial Kinsella
P partial Ó Briain
P partial Ó Dubhghaill
P partial Mac Giolla Rua
F number 3
P partial Mac Giolla Rua
F number 2
> France: Tries: Diarra, Etcheverry-Bidart, de La Roque. Cons: Diarra 3. Pen: Diarra.
O team France
P partial Diarra
P partial Etcheverry-Bidart
P partial de La Roque
P partial Diarra
F number 3
P partial Diarra
> Half-time: 7-17. Referee: Hamish Rutherford-Blair (Scotland). Attendance: 51,700.
F score 7-17
P full Hamish Rutherford-Blair
L country Scotland
F number 51,700
'''

ARTICLES['1335-petit-mecatina-dams-innu-unamen-shipu-pakua-shipi-hydro-quebec-deal-cbc'] = r'''
> Montreal
L city Montreal
> Innu communities sign $14.2B deal with Hydro-Québec to build Petit Mécatina dams
F money $14.2B
O company Hydro-Québec
L geo Petit Mécatina
> Unamen Shipu and Pakua Shipi will own 49 per cent of 1,200-megawatt project on Lower North Shore
L city Unamen Shipu
L city Pakua Shipi
F percent 49 per cent
F quantity 1,200-megawatt
L region Lower North Shore
> Marie-Ève Tremblay-Riverin · CBC News · Posted: Apr 12, 2040 4:00 AM EDT | Last Updated: April 12, 2040
P full Marie-Ève Tremblay-Riverin
O media CBC News
F date Apr 12, 2040
F time 4:00 AM EDT
F date April 12, 2040
> Chief Philomène Lalo-Bellefleur of Unamen Shipu signs the agreement in Sept-Îles on Wednesday. (Benoît Gagnon-Côté/CBC)
P full Philomène Lalo-Bellefleur
L city Unamen Shipu
L city Sept-Îles
P full Benoît Gagnon-Côté
O media CBC
> Two Innu communities on Quebec's Lower North Shore have signed a $14.2-billion agreement with Hydro-Québec that will make them part-owners of a string of dams on the Petit Mécatina River, the largest energy project in the province since the Romaine complex was completed in 2022.
F number Two
L region Quebec
L region Lower North Shore
F money $14.2-billion
O company Hydro-Québec
L geo Petit Mécatina River
L facility Romaine
F date 2022
> Under the deal, signed Wednesday in Sept-Îles, Unamen Shipu and Pakua Shipi will together hold a 49 per cent stake in a limited partnership called Mishta-shipu Energy, which will build and own four generating stations with a combined capacity of 1,200 megawatts. Hydro-Québec will hold the remaining 51 per cent and buy all the power for 50 years.
L city Sept-Îles
L city Unamen Shipu
L city Pakua Shipi
F percent 49 per cent
O company Mishta-shipu Energy
F number four
F quantity 1,200 megawatts
O company Hydro-Québec
F percent 51 per cent
F duration 50 years
> The two communities, home to about 1,400 people, will receive $38 million a year once the first station comes online, expected in 2047, rising to $61 million when the project is complete.
F number two
F number 1,400
F money $38 million
F date 2047
F money $61 million
> "For 60 years, the dams on this coast were built on our land and we watched the power go south on the lines," Lalo-Bellefleur said in an interview. "This time, we sit at the table as owners, not as people who get a cheque to stay quiet.
Q direct Philomène Lalo-Bellefleur :: "For 60 years, the dams on this coast were built on our land and we watched the power go south on the lines,"
F duration 60 years
P partial Lalo-Bellefleur
Q direct Philomène Lalo-Bellefleur :: "This time, we sit at the table as owners, not as people who get a cheque to stay quiet.
> "My grandmother used to say, 'The river does not belong to us, we belong to the river.' I signed this for her, and for the children of Unamen Shipu who will work on these stations."
Q direct Philomène Lalo-Bellefleur :: "My grandmother used to say, 'The river does not belong to us, we belong to the river.' I signed this for her, and for the children of Unamen Shipu who will work on these stations."
L city Unamen Shipu
> Pakua Shipi Chief Jean-Charles Mark said the vote in his community was closer. Of 212 eligible voters, 131 backed the agreement in a referendum held March 3. "Some of our elders are still against it, and I respect them," Mark said. "But our young people cannot eat respect."
L city Pakua Shipi
P full Jean-Charles Mark
F number 212
F number 131
F date March 3
Q direct Jean-Charles Mark :: "Some of our elders are still against it, and I respect them,"
P partial Mark
Q direct Jean-Charles Mark :: "But our young people cannot eat respect."
> In a statement, Hydro-Québec said the project was "essential to meeting the province's needs" and that work on a 62-kilometre access road from Route 138 would begin in 2041. The utility expects Quebec's electricity demand to grow by 25 per cent by 2050.
O company Hydro-Québec
Q direct Hydro-Québec :: "essential to meeting the province's needs"
F quantity 62-kilometre
L street Route 138
F date 2041
L region Quebec
F percent 25 per cent
F date 2050
> Quebec's energy minister, Geneviève Saint-Arnaud, called the agreement "a new way of building dams in Quebec."
L region Quebec
P full Geneviève Saint-Arnaud
Q direct Geneviève Saint-Arnaud :: "a new way of building dams in Quebec."
L region Quebec
> Not everyone on the coast is convinced. A group of Innu hunters and trappers from Unamen Shipu, who call themselves the "river keepers," plan to ask the Bureau d'audiences publiques sur l'environnement (BAPE) for a full public hearing.
L city Unamen Shipu
Q scare - :: "river keepers,"
O government Bureau d'audiences publiques sur l'environnement
O government BAPE
> A provincial official familiar with the file, who was not authorized to speak publicly, told CBC News the BAPE review alone could take 18 months. "Nobody wants a fight that lasts longer than the construction," the official said.
O media CBC News
O government BAPE
F duration 18 months
Q direct - :: "Nobody wants a fight that lasts longer than the construction,"
> Pierre-Olivier Desrosiers, an energy economist at HEC Montréal, said the 49 per cent stake was the largest any First Nation has taken in a Hydro-Québec project. "The money is real, but so is the risk. If costs go up by a third, the communities carry part of that," he said.
P full Pierre-Olivier Desrosiers
O education HEC Montréal
F percent 49 per cent
O company Hydro-Québec
Q direct Pierre-Olivier Desrosiers :: "The money is real, but so is the risk. If costs go up by a third, the communities carry part of that,"
F fraction a third
'''

ARTICLES['1336-dommel-systems-orders-jump-ai-metrology-tools-eindhoven-guidance-china-financial-times'] = r'''
> Semiconductors
> Dutch chip toolmaker Dommel’s orders jump 38% on AI demand
O company Dommel
F percent 38%
> Eindhoven group raises 2041 sales guidance but warns Chinese export curbs will weigh on second half
L city Eindhoven
F date 2041
> Tobias Verhulst in Amsterdam
P full Tobias Verhulst
L city Amsterdam
> Published January 23 2041
F date January 23 2041
> Dommel Systems’ metrology tools are used to inspect wafers at the world’s leading chip foundries © Jildou Hoekstra/Bloomberg
O company Dommel Systems
P full Jildou Hoekstra
O media Bloomberg
> Dommel Systems, the Dutch maker of wafer inspection equipment, reported a 38 per cent rise in fourth-quarter orders to €1.42bn, as chipmakers racing to build artificial intelligence processors bought more of its high-end metrology tools.
O company Dommel Systems
F percent 38 per cent
F money €1.42bn
> The Eindhoven-based group, founded in 2004 and listed in Amsterdam, said net sales for 2040 rose 21 per cent to €4.86bn, ahead of the €4.71bn expected by analysts polled by the company. Gross margin widened 1.8 percentage points to 52.4 per cent, and net profit climbed to €1.03bn from €796mn a year earlier.
L city Eindhoven
F date 2004
L city Amsterdam
F date 2040
F percent 21 per cent
F money €4.86bn
F money €4.71bn
F percent 1.8 percentage points
F percent 52.4 per cent
F money €1.03bn
F money €796mn
> Shares rose as much as 9.6 per cent in early trading on Wednesday, their biggest one-day gain since October 2039, valuing the company at about €41bn.
F percent 9.6 per cent
F duration one-day
F date October 2039
F money €41bn
> Sanne van den Akker, chief executive, said the company now expected 2041 revenue of €5.3bn-€5.6bn, up from earlier guidance of about €5.1bn. “Every customer building leading-edge capacity is also buying more eyes on the line,” she said. “When you print features of two nanometres, you cannot afford to find a defect at the end.”
P full Sanne van den Akker
F date 2041
F money €5.3bn-€5.6bn
F money €5.1bn
Q direct Sanne van den Akker :: “Every customer building leading-edge capacity is also buying more eyes on the line,”
Q direct Sanne van den Akker :: “When you print features of two nanometres, you cannot afford to find a defect at the end.”
F quantity two nanometres
> Van den Akker said the group had been hit by Dutch licence requirements for shipping its most advanced tools to China, which accounted for 19 per cent of sales last year, down from 31 per cent in 2039. “We have told investors for a year that China would be ‘lumpy’, and it is.
P partial Van den Akker
L country China
F percent 19 per cent
F percent 31 per cent
F date 2039
Q direct Sanne van den Akker :: “We have told investors for a year that China would be ‘lumpy’, and it is.
L country China
> “But the order book is now more balanced than at any time in the past five years, with Taiwan, South Korea and the US all growing.”
Q direct Sanne van den Akker :: “But the order book is now more balanced than at any time in the past five years, with Taiwan, South Korea and the US all growing.”
F duration five years
L country Taiwan
L country South Korea
L country US
> Chief financial officer Ruud Oosterbeek said Dommel would spend €650mn on a new cleanroom in Veldhoven, a few kilometres from ASML’s headquarters, and hire 1,200 engineers over three years. The board proposed a dividend of €2.85 a share and a €1.5bn share buyback over 12 months.
P full Ruud Oosterbeek
O company Dommel
F money €650mn
L city Veldhoven
O company ASML
F number 1,200
F duration three years
F money €2.85
F money €1.5bn
F duration 12 months
> Analysts said the results eased fears that the group was losing ground to its US rivals. “This is the quarter the bears were waiting for, and it didn’t come,” said Priya Raghunathan, an analyst at Jefferies, who rates the shares a “buy”.
L country US
Q direct Priya Raghunathan :: “This is the quarter the bears were waiting for, and it didn’t come,”
P full Priya Raghunathan
O company Jefferies
Q scare - :: “buy”
> Others were more cautious. Luuk Brinkman of ING said the guidance assumed no further tightening of export rules by The Hague, adding that a ban on servicing tools already installed in China “would take out a third of the services business overnight”.
P full Luuk Brinkman
O company ING
L city The Hague
L country China
Q direct Luuk Brinkman :: “would take out a third of the services business overnight”
F fraction a third
> The Netherlands has tightened controls on chipmaking equipment in stages since 2023, under pressure from Washington. Dommel’s services arm, which maintains about 2,600 installed tools worldwide, made up 27 per cent of sales in 2040.
L country Netherlands
F date 2023
L city Washington
O company Dommel
F number 2,600
F percent 27 per cent
F date 2040
'''

ARTICLES['1337-typhoon-pidoy-relief-northern-samar-allen-victoria-catarman-evacuees-dswd-inquirer'] = r'''
> Regions
> ‘Pidoy’ evacuees in Northern Samar still waiting for food packs, cash aid
Q scare - :: ‘Pidoy’
L region Northern Samar
> By: Rhodora Ebarle-Quiñones - Correspondent / @inquirervisayas
P full Rhodora Ebarle-Quiñones
> Philippine Daily Inquirer / 04:32 AM October 09, 2040
O media Philippine Daily Inquirer
F time 04:32 AM
F date October 09, 2040
> LONG LINE — Residents of Allen town line up for relief goods outside the municipal gym on Monday, three days after Typhoon “Pidoy” tore through Northern Samar. —RHODORA EBARLE-QUIÑONES
L city Allen
F duration three days
Q scare - :: “Pidoy”
L region Northern Samar
P full RHODORA EBARLE-QUIÑONES
> CATARMAN, Northern Samar, Philippines — Four days after Typhoon “Pidoy” made landfall in this province, more than 38,000 evacuees in 11 towns were still waiting for family food packs, the provincial government said on Tuesday.
L city CATARMAN
L region Northern Samar
L country Philippines
F duration Four days
Q scare - :: “Pidoy”
F number 38,000
F number 11
> Pidoy, packing maximum sustained winds of 185 kilometers per hour, hit land in Allen at 11:40 p.m. on Oct. 5 under Signal No. 5 and crossed the province before weakening over the Sibuyan Sea.
F quantity 185 kilometers per hour
L city Allen
F time 11:40 p.m.
F date Oct. 5
L geo Sibuyan Sea
> Gov. Ma. Victoria Lucero-Balite said the province had used up its P42-million quick response fund within 48 hours and was relying on the Department of Social Welfare and Development (DSWD) and private donors.
P full Ma. Victoria Lucero-Balite
F money P42-million
F duration 48 hours
O government Department of Social Welfare and Development
O government DSWD
> “We have rice, but we do not have enough trucks. Some roads in Lavezares and Victoria are still under mud,” Lucero-Balite said.
Q direct Ma. Victoria Lucero-Balite :: “We have rice, but we do not have enough trucks. Some roads in Lavezares and Victoria are still under mud,”
L city Lavezares
L city Victoria
P partial Lucero-Balite
> Allen Mayor Ramon “Monching” Ponferrada said 2,300 families in his town had lost their homes. “The roofs are gone in almost every barangay near the coast. People are sleeping in the church and in the school, 40 families to a classroom.
L city Allen
P full Ramon “Monching” Ponferrada
Q scare - :: “Monching”
F number 2,300
Q direct Ramon “Monching” Ponferrada :: “The roofs are gone in almost every barangay near the coast. People are sleeping in the church and in the school, 40 families to a classroom.
F number 40
> “What they ask me every morning is not for money. They ask, ‘Mayor, when is the next truck?’ I have no answer for them.”
Q direct Ramon “Monching” Ponferrada :: “What they ask me every morning is not for money. They ask, ‘Mayor, when is the next truck?’ I have no answer for them.”
> The DSWD in Eastern Visayas said it had delivered 61,500 family food packs to the province as of Monday, each with 6 kilos of rice, canned goods and coffee, and that 20,000 more would arrive by ship from Tacloban City on Wednesday. The agency said distribution had been “slowed by damaged bridges” in the town of San Roque.
O government DSWD
L region Eastern Visayas
F number 61,500
F quantity 6 kilos
F number 20,000
L city Tacloban City
Q direct Department of Social Welfare and Development :: “slowed by damaged bridges”
L city San Roque
> DSWD regional director Leah Joy Catubig-Ortiz said each displaced family would also receive P5,000 in emergency cash aid starting Thursday, or about P190 million for the province. Her teams had already paid 3,180 families in Catarman. “We prioritized the towns where the eye passed,” she said.
O government DSWD
P full Leah Joy Catubig-Ortiz
F money P5,000
F money P190 million
F number 3,180
L city Catarman
Q direct Leah Joy Catubig-Ortiz :: “We prioritized the towns where the eye passed,”
> At the University of Eastern Philippines, where 1,150 evacuees have slept in classrooms since Friday, Nenita Balagapo, 67, said she had received one food pack for a family of nine. “One pack for nine people lasts two days. After that, we borrow,” she said.
O education University of Eastern Philippines
F number 1,150
P full Nenita Balagapo
F age 67
F number one
F number nine
Q direct Nenita Balagapo :: “One pack for nine people lasts two days. After that, we borrow,”
F number One
F number nine
F duration two days
> The National Disaster Risk Reduction and Management Council (NDRRMC) placed damage to crops and infrastructure in Eastern Visayas at P3.7 billion, with 14 dead and 3 missing. An Office of Civil Defense official in Tacloban, who asked not to be named because he was not authorized to speak, said the figures were “likely to go up.”
O government National Disaster Risk Reduction and Management Council
O government NDRRMC
L region Eastern Visayas
F money P3.7 billion
F number 14
F number 3
O government Office of Civil Defense
L city Tacloban
Q direct - :: “likely to go up.”
> Classes in all public schools in the province will remain suspended until Oct. 14, the Department of Education said.
F date Oct. 14
O government Department of Education
'''

ARTICLES['1338-anglesey-line-reopens-gaerwen-amlwch-llangefni-tfw-senedd-bbc-wales'] = r'''
> North West Wales
L region North West Wales
> Anglesey rail line reopens after 77 years: 'Like getting a limb back'
L region Anglesey
F duration 77 years
Q direct Eirlys Bown :: 'Like getting a limb back'
> Gwenllian Pritchard
P full Gwenllian Pritchard
> BBC Wales
O media BBC Wales
> Published 14 May 2041
F date 14 May 2041
> Image source, Transport for Wales
O government Transport for Wales
> Image caption, The first passenger train left Llangefni at 07:12 BST on Tuesday
L city Llangefni
F time 07:12 BST
> Passenger trains have returned to the heart of Anglesey for the first time since 1964, after a £148m project to reopen the line between Gaerwen and Amlwch.
L region Anglesey
F date 1964
F money £148m
L city Gaerwen
L city Amlwch
> The first service left Llangefni at 07:12 BST on Tuesday, carrying 212 passengers to Bangor, 11 miles (18km) away, where it connects with trains to Holyhead, Chester and Cardiff. Some had caught an early bus from Valley and Holyhead to be on board.
L city Llangefni
F time 07:12 BST
F number 212
L city Bangor
F quantity 11 miles
F quantity 18km
L city Holyhead
L city Chester
L city Cardiff
L city Valley
L city Holyhead
> Transport for Wales (TfW) will run an hourly service between Amlwch and Bangor, calling at Llanerchymedd, Llangefni and a new station at Gaerwen, with two trains an hour at peak times.
O government Transport for Wales
O government TfW
L city Amlwch
L city Bangor
L city Llanerchymedd
L city Llangefni
L city Gaerwen
F number two
> The 17-mile (28km) branch was built in the 1860s to serve the port of Amlwch. It closed to passengers in December 1964 and to freight in 1993, when the bromine works at Amlwch shut.
F quantity 17-mile
F quantity 28km
F date 1860s
L city Amlwch
F date December 1964
F date 1993
L city Amlwch
> Eirlys Bown, 88, took the last train out of Llangefni as a 12-year-old. "It's like getting a limb back," she said. "My father worked on this line. He used to say, 'One day they'll be sorry they shut it,' and here we are."
P full Eirlys Bown
F age 88
L city Llangefni
F age 12-year-old
Q direct Eirlys Bown :: "It's like getting a limb back,"
Q direct Eirlys Bown :: "My father worked on this line. He used to say, 'One day they'll be sorry they shut it,' and here we are."
> Osian ap Rhys, 19, a student at Bangor University, said the train would cut his journey from Llanerchymedd from 80 minutes by bus to 31 minutes. "I've been on two buses a day for two years. Now it's one train," he said.
P full Osian ap Rhys
F age 19
O education Bangor University
L city Llanerchymedd
F duration 80 minutes
F duration 31 minutes
Q direct Osian ap Rhys :: "I've been on two buses a day for two years. Now it's one train,"
F number two
F duration two years
F number one
> The scheme was funded by the Welsh Government and Isle of Anglesey County Council, and the track and signalling work was carried out by Network Rail. It opened 14 months late and £37m over its original budget of £111m. The new station at Gaerwen has a 150-space car park and step-free access to both platforms.
O government Welsh Government
O government Isle of Anglesey County Council
O government Network Rail
F duration 14 months
F money £37m
F money £111m
L city Gaerwen
F number 150
> TfW chief executive Aled Prys-Hughes said he expected 1,900 passengers a day within two years. "People told us nobody would use a railway in the middle of Anglesey. We think they're wrong, and the bookings for the first month say so," he said.
O government TfW
P full Aled Prys-Hughes
F number 1,900
F duration two years
Q direct Aled Prys-Hughes :: "People told us nobody would use a railway in the middle of Anglesey. We think they're wrong, and the bookings for the first month say so,"
L region Anglesey
> Ynys Môn Member of the Senedd Llinos Parry-Jones, of Plaid Cymru, called the reopening "long overdue" but said a return fare of £6.40 to Bangor was "too high for a young person on the minimum wage".
L region Ynys Môn
O government Senedd
P full Llinos Parry-Jones
O party Plaid Cymru
Q direct Llinos Parry-Jones :: "long overdue"
F money £6.40
L city Bangor
Q direct Llinos Parry-Jones :: "too high for a young person on the minimum wage"
> Welsh Conservative transport spokesman Gareth Mostyn-Price MS said the line showed "what can be done when the money follows the passengers", but asked why it had been finished before long-promised work on the A55.
P full Gareth Mostyn-Price
Q direct Gareth Mostyn-Price :: "what can be done when the money follows the passengers"
L street A55
> The Welsh Government said the line was "the first of several" reopenings it was studying, including a link between Caernarfon and Bangor that closed in 1970.
O government Welsh Government
Q direct Welsh Government :: "the first of several"
L city Caernarfon
L city Bangor
F date 1970
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
