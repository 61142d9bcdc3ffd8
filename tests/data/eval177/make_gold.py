#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval177 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval177/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1105-tower-blarney-348-homes-planning-appeal-cork-irish-times'] = r'''
> Housing & Planning
> Tower scheme of 348 homes cleared on appeal despite ‘traffic chaos’ warning
Q direct Diarmuid de Róiste :: ‘traffic chaos’
L city Tower
F number 348
> Planning body overturns Cork County Council refusal of €96m development near Blarney
O government Cork County Council
F money €96m
L city Blarney
> Clodagh Ní Mhurchú
P full Clodagh Ní Mhurchú
> Wed Mar 13 2041 - 17:45
F date Mar 13 2041
F time 17:45
> The 14.2-hectare site on Kerry Pike Road at Tower, Co Cork, where the homes will be built. Photograph: Eoghan Ó Súilleabháin/Provision
F quantity 14.2-hectare
L street Kerry Pike Road
L city Tower
L region Co Cork
P full Eoghan Ó Súilleabháin
O media Provision
> An Coimisiún Pleanála has granted permission for 348 homes at Tower, a village of about 3,300 people 3km west of Blarney, overturning a refusal by Cork County Council that cited traffic and the capacity of the local wastewater plant.
O government An Coimisiún Pleanála
F number 348
L city Tower
F number 3,300
F quantity 3km
L city Blarney
O government Cork County Council
> The €96 million scheme by Lee Valley Homes, a Cork-based developer, comprises 212 houses and 136 apartments in blocks of up to five storeys. It is the largest residential development proposed in the Blarney-Tower area since the 1990s.
F money €96 million
O company Lee Valley Homes
L city Cork
F number 212
F number 136
F number five
L city Blarney
L city Tower
F date 1990s
> The council refused permission last September, finding that the development would “seriously injure” the amenity of existing homes and would create a “traffic hazard” at the junction with the main road to Blarney.
Q direct Cork County Council :: “seriously injure”
Q direct Cork County Council :: “traffic hazard”
L city Blarney
> In its decision, dated March 8th, the commission said the proposal was “consistent with” national policy on compact growth and that the developer had “satisfactorily addressed” concerns about drainage after agreeing to pay €2.4m towards an upgrade of the Blarney treatment plant by Uisce Éireann.
F date March 8th
Q direct An Coimisiún Pleanála :: “consistent with”
Q direct An Coimisiún Pleanála :: “satisfactorily addressed”
F money €2.4m
L city Blarney
O company Uisce Éireann
> The body, formerly known as An Bord Pleanála, attached 31 conditions, including that no more than 40 per cent of the houses may be sold to investment funds and that the first 90 homes may not be occupied until a new junction at Tower Cross is completed.
O government An Bord Pleanála
F number 31
F percent 40 per cent
F number 90
L street Tower Cross
> “I have nothing against housing. We need it badly in this county,” said Cllr Diarmuid de Róiste (FF), who has represented the area for 11 years. “But people in Tower already sit in traffic chaos every morning. The council’s own engineers called that road ‘substandard’ in 2039, and nothing has changed since.
Q direct Diarmuid de Róiste :: “I have nothing against housing. We need it badly in this county,”
P full Diarmuid de Róiste
O party FF
F duration 11 years
Q direct Diarmuid de Róiste :: “But people in Tower already sit in traffic chaos every morning. The council’s own engineers called that road ‘substandard’ in 2039, and nothing has changed since.
L city Tower
F date 2039
> “You are putting 348 families on to that road with one bus an hour. Somebody has to say it.”
Q direct Diarmuid de Róiste :: “You are putting 348 families on to that road with one bus an hour. Somebody has to say it.”
F number 348
F number one
> Mr de Róiste said he would ask the council to consider a judicial review, which he estimated would cost €150,000. A council spokeswoman said it would “study the decision in full” before commenting.
P partial de Róiste
F money €150,000
Q direct - :: “study the decision in full”
> Lee Valley Homes managing director Órla Kiersey-Barrett said work would begin “within six months” and that the first 60 houses would be ready by December 2041. She said a three-bedroom semi-detached house would sell for about €415,000, “well below” prices in Ballincollig and Douglas.
O company Lee Valley Homes
P full Órla Kiersey-Barrett
Q direct Órla Kiersey-Barrett :: “within six months”
F duration six months
F number 60
F date December 2041
F number three
F money €415,000
Q direct Órla Kiersey-Barrett :: “well below”
L city Ballincollig
L city Douglas
> “Young people from Blarney and Tower have been driving to Mallow and Macroom to find something they can afford. This gives them a chance to stay,” Ms Kiersey-Barrett said.
Q direct Órla Kiersey-Barrett :: “Young people from Blarney and Tower have been driving to Mallow and Macroom to find something they can afford. This gives them a chance to stay,”
L city Blarney
L city Tower
L city Mallow
L city Macroom
P partial Kiersey-Barrett
> Figures from the Central Statistics Office (CSO) show that 2,940 new homes were completed in Co Cork last year, against a target of 3,800 set by the council for each year until 2042. Rents in the county rose 7.6 per cent in the year to January, the CSO said.
O government Central Statistics Office
O government CSO
F number 2,940
L region Co Cork
F number 3,800
F date 2042
F percent 7.6 per cent
O government CSO
> Residents’ group Tower Says No, which made one of 214 submissions on the appeal, said it was “disappointed but not surprised” and would meet on Monday at 8pm in the Tower community hall.
O nonprofit Tower Says No
F number 214
Q direct Tower Says No :: “disappointed but not surprised”
F time 8pm
L city Tower
'''

ARTICLES['1106-shiranui-semiconductor-ozu-kumamoto-power-chip-plant-subsidy-nikkei-asia'] = r'''
> Semiconductors
> Shiranui Semiconductor to build 520bn yen power chip plant in Kumamoto
O company Shiranui Semiconductor
F money 520bn yen
L region Kumamoto
> Maker of EV chips targets 40,000 wafers a month by 2041, with METI covering a third of the cost
F number 40,000
F date 2041
O government METI
F fraction a third
> MAYU TAKASHIMA, Nikkei staff writer
P full MAYU TAKASHIMA
O media Nikkei
> March 14, 2039 18:30 JST
F date March 14, 2039
F time 18:30 JST
> Shiranui Semiconductor's existing plant in Koshi, Kumamoto Prefecture, which opened in 2031. (Photo by Ryota Ikeuchi)
O company Shiranui Semiconductor
L city Koshi
L region Kumamoto Prefecture
F date 2031
P full Ryota Ikeuchi
> KUMAMOTO -- Shiranui Semiconductor, a maker of power chips for electric vehicles and factory motors, will build a 520 billion yen ($3.5 billion) plant in the town of Ozu in Kumamoto Prefecture, the company said on Thursday, adding to a cluster of chip factories that has made the region Japan's busiest construction site for the industry.
L city KUMAMOTO
O company Shiranui Semiconductor
F money 520 billion yen
F money $3.5 billion
L city Ozu
L region Kumamoto Prefecture
L country Japan
> The plant, on a 21-hectare site about 6 km east of the Kikuyo factory run by Japan Advanced Semiconductor Manufacturing (JASM), a Taiwan Semiconductor Manufacturing Co. unit, will process 300-millimeter silicon carbide wafers. Output is planned to start at 15,000 wafers a month in October 2040 and reach 40,000 in 2041.
F quantity 21-hectare
F quantity 6 km
L city Kikuyo
O company Japan Advanced Semiconductor Manufacturing
O company JASM
O company Taiwan Semiconductor Manufacturing Co.
F quantity 300-millimeter
F number 15,000
F date October 2040
F number 40,000
F date 2041
> The Ministry of Economy, Trade and Industry (METI) will provide a subsidy of up to 172 billion yen, about a third of the cost. In a statement, the ministry called power semiconductors "essential to economic security" and said the project would "strengthen supply chains for decarbonization."
O government Ministry of Economy, Trade and Industry
O government METI
F money 172 billion yen
F fraction a third
Q direct Ministry of Economy, Trade and Industry :: "essential to economic security"
Q direct Ministry of Economy, Trade and Industry :: "strengthen supply chains for decarbonization."
> "We chose Kumamoto because the water, the people and the suppliers are already here," President Kenjiro Otsuka told reporters in Tokyo. "Demand for EVs has slowed, but it has not stopped. When it comes back, we intend to be ready."
Q direct Kenjiro Otsuka :: "We chose Kumamoto because the water, the people and the suppliers are already here,"
L region Kumamoto
P full Kenjiro Otsuka
L city Tokyo
Q direct Kenjiro Otsuka :: "Demand for EVs has slowed, but it has not stopped. When it comes back, we intend to be ready."
> Otsuka, 58, said the plant would employ about 1,200 people, including 350 engineers to be hired from universities in Kyushu over the next three years. He declined to name customers but said two European carmakers had signed long-term supply agreements.
P partial Otsuka
F age 58
F number 1,200
F number 350
L region Kyushu
F duration three years
F number two
> Shares of Shiranui jumped 8.4% to 3,215 yen on the Tokyo Stock Exchange after the announcement, their biggest one-day rise since April 2037.
O company Shiranui
F percent 8.4%
F money 3,215 yen
O company Tokyo Stock Exchange
F duration one-day
F date April 2037
> The project deepens Kyushu's identity as "Silicon Island," a nickname dating to the 1980s. But it also raises concerns about groundwater, which supplies drinking water to about 1 million people in the Kumamoto area. The company said the plant would draw 9,800 tons of water a day and recycle 85% of it.
L region Kyushu
Q scare - :: "Silicon Island,"
F date 1980s
F number 1 million
L region Kumamoto
F quantity 9,800 tons
F percent 85%
> Ozu Mayor Hideaki Morinaga welcomed the plant but said the town would ask the prefecture for money to widen roads. "Our traffic has doubled in five years," he said. "Farmers cannot get their tractors out at 7:30 in the morning."
L city Ozu
P full Hideaki Morinaga
Q direct Hideaki Morinaga :: "Our traffic has doubled in five years,"
F duration five years
Q direct Hideaki Morinaga :: "Farmers cannot get their tractors out at 7:30 in the morning."
F time 7:30
> Analysts said the bet carries risk. Global prices for silicon carbide wafers fell about 22% in 2038 as Chinese makers added capacity, said Haruka Nishimoto of Kasumi Capital Research in Tokyo. "The subsidy lowers the entry ticket, but it does not guarantee customers," she said.
F percent 22%
F date 2038
P full Haruka Nishimoto
O company Kasumi Capital Research
L city Tokyo
Q direct Haruka Nishimoto :: "The subsidy lowers the entry ticket, but it does not guarantee customers,"
> A person familiar with the plan said Shiranui had also considered sites in Oita and Miyagi prefectures before choosing Ozu. Shiranui expects operating profit of 61 billion yen for the fiscal year ending March 2039, up 14.5% from a year earlier.
O company Shiranui
L region Oita
L region Miyagi
L city Ozu
O company Shiranui
F money 61 billion yen
F date March 2039
F percent 14.5%
'''

ARTICLES['1107-west-indies-england-bridgetown-test-day-three-springer-six-for-espncricinfo'] = r'''
> Report
> Springer six-for puts West Indies on top in Bridgetown
P partial Springer
F number six
O team West Indies
L city Bridgetown
> England lose eight wickets for 86 after lunch as the hosts take a lead of 143 into the fourth day
O team England
F number eight
F number 86
F number 143
> Aldane Browne
P full Aldane Browne
> 15-Mar-2040
F date 15-Mar-2040
> Kemar Springer celebrates the wicket of Tom Ashdown-Price, his 100th in Tests • Colin Greaves/AFP/Getty Images
P full Kemar Springer
P full Tom Ashdown-Price
P full Colin Greaves
O media AFP
O media Getty Images
> Stumps West Indies 417 and 24 for 2 (La Borde 11*, Bell 1-9) lead England 298 (Ashdown-Price 104, Springer 6-58) by 143 runs
O team West Indies
F score 417
F score 24
F number 2
P partial La Borde
F number 11
P partial Bell
F score 1-9
O team England
F score 298
P partial Ashdown-Price
F number 104
P partial Springer
F score 6-58
F number 143
> Until lunch on the third day at Kensington Oval, England looked set to bat West Indies out of this Test. Then Kemar Springer took the new ball, and in 13.4 overs of fast, full bowling from the Malcolm Marshall End, England lost their last eight wickets for 86 runs.
L facility Kensington Oval
O team England
O team West Indies
P full Kemar Springer
F number 13.4
L facility Malcolm Marshall End
O team England
F number eight
F number 86
> Springer, 29, whom the Kensington crowd calls "the Catapult", finished with 6-58, the best figures of his career, and West Indies closed on 24 for 2 in their second innings, a lead of 143 with eight wickets in hand. Nyron La Borde was unbeaten on 11 after Harry Bell removed both openers in a hostile spell of five overs.
P partial Springer
F age 29
L facility Kensington
Q scare - :: "the Catapult"
F score 6-58
O team West Indies
F score 24
F number 2
F number 143
F number eight
P full Nyron La Borde
F number 11
P full Harry Bell
F number five
> England had reached lunch on 212 for 2, with Ashdown-Price 96 not out and the pitch offering nothing. The 31-year-old completed his ninth Test hundred in the third over after the break, pulling Shaquille Joseph through midwicket for four, but he was the first to go to the new ball, caught behind for 104 off 187 balls.
O team England
F score 212
F number 2
P partial Ashdown-Price
F number 96
F age 31-year-old
P full Shaquille Joseph
F number four
F number 104
F number 187
> From there it was a procession. Springer bowled Ben Cartwright through the gate, had Liam Okafor lbw for a duck and then took three wickets in 11 balls as the tail folded in 48 minutes. The crowd in the 3Ws Stand, quiet for most of the morning, was on its feet for the last hour.
P partial Springer
P full Ben Cartwright
P full Liam Okafor
F number three
F number 11
F duration 48 minutes
L facility 3Ws Stand
> "The skipper said to me at lunch, 'Forget the pace, just hit the top of off,'" Springer said. "I bowled quicker than I have all series, to be honest, but the line was the thing. On this pitch, if you miss, you go for four."
Q direct Kemar Springer :: "The skipper said to me at lunch, 'Forget the pace, just hit the top of off,'"
P partial Springer
Q direct Kemar Springer :: "I bowled quicker than I have all series, to be honest, but the line was the thing. On this pitch, if you miss, you go for four."
F number four
> He said the old ball had started to reverse after about 35 overs, something the home attack had been "waiting for all week".
F number 35
Q direct Kemar Springer :: "waiting for all week"
> "We were in a really strong position at lunch and we let it go," England captain Marcus Delaney said. "Credit to Kemar, that was a world-class spell. But 298 on this surface is 80 short, and we know it."
Q direct Marcus Delaney :: "We were in a really strong position at lunch and we let it go,"
O team England
P full Marcus Delaney
Q direct Marcus Delaney :: "Credit to Kemar, that was a world-class spell. But 298 on this surface is 80 short, and we know it."
P partial Kemar
F score 298
F number 80
> Delaney, who made 38, said England would need to bowl West Indies out "by tea tomorrow" to have a chance of levelling the three-match series, which the hosts lead 1-0 after their win in Antigua.
P partial Delaney
F number 38
O team England
O team West Indies
Q direct Marcus Delaney :: "by tea tomorrow"
F number three
F score 1-0
L geo Antigua
> The day had begun with West Indies adding 37 to their overnight 380 for 9 before Bell had Joseph caught at deep square leg for 22. Bell finished with 4-91 from 31.2 overs.
O team West Indies
F number 37
F score 380
F number 9
P partial Bell
P partial Joseph
F number 22
P partial Bell
F score 4-91
F number 31.2
> Rain is forecast for Saturday afternoon, and the Barbados Meteorological Services gave a 60% chance of showers after 2pm. Play on Friday starts at 10am, half an hour early, to make up time lost on the first day.
O government Barbados Meteorological Services
F percent 60%
F time 2pm
F time 10am
F fraction half
'''

ARTICLES['1108-mombasa-tea-auction-prices-fall-kericho-bomet-factories-daily-nation'] = r'''
> Business
> Tea prices sink to 18-month low at Mombasa auction
F duration 18-month
L city Mombasa
> What you need to know:
> The average price fell to US$2.14 a kilo, down from US$2.31 a week earlier.
F money US$2.14
F money US$2.31
> KTDA says factories in Kericho, Bomet and Nyamira will delay second payments to farmers.
O company KTDA
L region Kericho
L region Bomet
L region Nyamira
> By Wanjiru Kamau-Otieno
P full Wanjiru Kamau-Otieno
> Tuesday, March 12, 2041
F date March 12, 2041
> Tea pluckers at a farm in Litein, Kericho County. Photo credit: Brian Kiprotich | Nation Media Group
L city Litein
L region Kericho County
P full Brian Kiprotich
O media Nation Media Group
> Prices at the Mombasa tea auction fell to their lowest level in 18 months on Monday, as buyers from Pakistan and Egypt held back on orders and a strong shilling cut into the earnings of exporters.
L city Mombasa
F duration 18 months
L country Pakistan
L country Egypt
> The average price for a kilo of black tea dropped to US$2.14 (Sh276) from US$2.31 (Sh298) at last week's sale, according to the East African Tea Trade Association (EATTA), which runs the weekly auction. Of the 9.6 million kilos on offer, 31 per cent went unsold.
F money US$2.14
F money Sh276
F money US$2.31
F money Sh298
O nonprofit East African Tea Trade Association
O nonprofit EATTA
F quantity 9.6 million kilos
F percent 31 per cent
> "Buyers are waiting. Stocks in Karachi and Cairo are high after the heavy volumes of December and January, and nobody wants to be caught with expensive tea," EATTA chief executive Fatuma Mwakio said.
Q direct Fatuma Mwakio :: "Buyers are waiting. Stocks in Karachi and Cairo are high after the heavy volumes of December and January, and nobody wants to be caught with expensive tea,"
L city Karachi
L city Cairo
O nonprofit EATTA
P full Fatuma Mwakio
> She said the shilling, which traded at 129.05 to the dollar on Monday, had gained 6.2 per cent since January 1, making Kenyan tea dearer for buyers who pay in dollars.
F money 129.05
F percent 6.2 per cent
F date January 1
> The Kenya Tea Development Agency (KTDA), which manages 71 factories owned by more than 600,000 small-scale farmers, said in a statement that the fall would "delay and reduce" second payments, known as bonuses, due in October.
O company Kenya Tea Development Agency
O company KTDA
F number 71
F number 600,000
Q direct Kenya Tea Development Agency :: "delay and reduce"
> Factories in Kericho, Bomet, Nyamira, Kisii and Murang'a counties are worst hit because their teas sell mainly to Pakistan, the largest buyer of Kenyan tea, which took 41 per cent of exports last year.
L region Kericho
L region Bomet
L region Nyamira
L region Kisii
L region Murang'a
L country Pakistan
F percent 41 per cent
> At Kapsoit factory in Kericho, farmers were paid Sh24 per kilo of green leaf monthly in 2040, and had been expecting a bonus of about Sh30 a kilo.
L facility Kapsoit
L region Kericho
F money Sh24
F date 2040
F money Sh30
> "I delivered 4,800 kilos last year. Now they tell us there will be less money. How do I pay school fees for three children?" asked Mr Joseph Kiprono Cheruiyot, 54, who farms two acres in Kapkatet, Bomet County.
Q direct Joseph Kiprono Cheruiyot :: "I delivered 4,800 kilos last year. Now they tell us there will be less money. How do I pay school fees for three children?"
F quantity 4,800 kilos
F number three
P full Joseph Kiprono Cheruiyot
F age 54
F quantity two acres
L city Kapkatet
L region Bomet County
> Mr Cheruiyot said some farmers in his area were already selling green leaf to "hawkers" who pay cash on the spot, at Sh18 a kilo, which is illegal under the Tea Act.
P partial Cheruiyot
Q scare - :: "hawkers"
F money Sh18
> A broker at the auction, who asked not to be named because he was not authorised to speak to the media, said prices could fall further. "If the shilling stays where it is, we could see US$2 by April. Some factories will not cover their costs," he said.
Q direct - :: "If the shilling stays where it is, we could see US$2 by April. Some factories will not cover their costs,"
F money US$2
> Tea is one of Kenya's top foreign exchange earners, bringing in Sh182.4 billion in 2040, according to the Tea Board of Kenya. The board's chief executive, Dr Peter Onyango Ng'eno, said the government was looking for new buyers in Kazakhstan and Iran.
L country Kenya
F money Sh182.4 billion
F date 2040
O government Tea Board of Kenya
P full Peter Onyango Ng'eno
L country Kazakhstan
L country Iran
> "We cannot depend on two or three markets. That is the lesson every time this happens," Dr Ng'eno said, adding that a trade mission would leave for Almaty on April 8.
Q direct Peter Onyango Ng'eno :: "We cannot depend on two or three markets. That is the lesson every time this happens,"
F number two
F number three
P partial Ng'eno
L city Almaty
F date April 8
> The next auction will be held on Monday, March 18, at 9am.
F date March 18
F time 9am
'''

ARTICLES['1109-pasadena-refinery-fire-ship-channel-galena-park-shelter-osha-houston-chronicle'] = r'''
> Houston
L city Houston
> Pasadena refinery fire burns for 9 hours, sends smoke over east Houston neighborhoods
L city Pasadena
F duration 9 hours
L city Houston
> Two workers hurt; OSHA and the Chemical Safety Board open investigations at the 118,000-barrel-a-day plant
F number Two
O government OSHA
O government Chemical Safety Board
F quantity 118,000-barrel
> By Alejandra De La Garza, Staff writer
P full Alejandra De La Garza
> Updated March 14, 2040 7:42 p.m.
F date March 14, 2040
F time 7:42 p.m.
> Smoke rises from the Gulf Crescent Refining plant along the Houston Ship Channel in Pasadena on Wednesday. Marcus Thibodeaux/Staff photographer
O company Gulf Crescent Refining
L geo Houston Ship Channel
L city Pasadena
P full Marcus Thibodeaux
> A fire that broke out in a gasoline unit at a Pasadena refinery early Wednesday burned for nearly nine hours, injuring two workers and sending a column of black smoke over Galena Park, Manchester and other neighborhoods along the Houston Ship Channel.
L city Pasadena
F duration nine hours
F number two
L city Galena Park
L city Manchester
L geo Houston Ship Channel
> The blaze at the Gulf Crescent Refining plant on Red Bluff Road started at about 3:10 a.m., the Pasadena Fire Department said. Firefighters from Pasadena, Deer Park and the Channel Industries Mutual Aid association brought it under control at 11:55 a.m. and put it out shortly after noon.
O company Gulf Crescent Refining
L street Red Bluff Road
F time 3:10 a.m.
O government Pasadena Fire Department
L city Pasadena
L city Deer Park
O nonprofit Channel Industries Mutual Aid
F time 11:55 a.m.
> "It was a stubborn fire. We had a line leaking gasoline under pressure, and every time we knocked it down it flashed back," Pasadena Fire Chief Ramón Villarreal Jr. told reporters at a 1 p.m. briefing. "My crews did an outstanding job keeping it inside that unit."
Q direct Ramón Villarreal Jr. :: "It was a stubborn fire. We had a line leaking gasoline under pressure, and every time we knocked it down it flashed back,"
L city Pasadena
P full Ramón Villarreal Jr.
F time 1 p.m.
Q direct Ramón Villarreal Jr. :: "My crews did an outstanding job keeping it inside that unit."
> Villarreal said about 140 firefighters and 32 trucks, including foam units, fought the fire. He said one contractor was taken to Memorial Hermann-Texas Medical Center with burns and a second worker was treated at the scene.
P partial Villarreal
F number 140
F number 32
F number one
O other Memorial Hermann-Texas Medical Center
> The refinery, which processes 118,000 barrels of crude a day, stores about 2.4 million gallons of gasoline and diesel in tanks a few hundred feet from the unit, according to permits filed with the Texas Commission on Environmental Quality.
F quantity 118,000 barrels
F quantity 2.4 million gallons
O government Texas Commission on Environmental Quality
> Gulf Crescent said in a statement that the fire was "contained to a single process unit" and that there was "no threat to the community." The company said it would pay for hotel rooms for residents who left their homes.
O company Gulf Crescent
Q direct Gulf Crescent Refining :: "contained to a single process unit"
Q direct Gulf Crescent Refining :: "no threat to the community."
> Residents were less sure. Harris County issued a shelter-in-place order for areas within 1 mile of the plant from 4:30 a.m. until 10 a.m., and air monitors on Pasadena Boulevard recorded benzene at 6.2 parts per billion around 6 a.m.
L region Harris County
F quantity 1 mile
F time 4:30 a.m.
F time 10 a.m.
L street Pasadena Boulevard
F quantity 6.2 parts per billion
F time 6 a.m.
> "The whole house smelled like burnt tires. My grandson has asthma, so we drove to my sister's in Pearland and waited," said Thuy Nguyen, 67, who has lived on Tulip Street in Galena Park for 31 years. "They always say there is no threat. Then why did they tell us to stay inside?"
Q direct Thuy Nguyen :: "The whole house smelled like burnt tires. My grandson has asthma, so we drove to my sister's in Pearland and waited,"
L city Pearland
P full Thuy Nguyen
F age 67
L street Tulip Street
L city Galena Park
F duration 31 years
Q direct Thuy Nguyen :: "They always say there is no threat. Then why did they tell us to stay inside?"
> The federal Occupational Safety and Health Administration, which fined the plant $1.6 million after a 2037 explosion that killed one worker, has opened an inspection, agency spokeswoman Kendra Whitlock said. OSHA has six months to issue citations.
O government Occupational Safety and Health Administration
F money $1.6 million
F date 2037
F number one
P full Kendra Whitlock
O government OSHA
F duration six months
> The U.S. Chemical Safety and Hazard Investigation Board also sent a team of four investigators. A person familiar with the investigation said early evidence pointed to a corroded pipe elbow that had been flagged "for replacement" in a 2039 inspection.
O government U.S. Chemical Safety and Hazard Investigation Board
F number four
Q direct - :: "for replacement"
F date 2039
> Environmental groups have long called the area around the channel "the fenceline." Ship Channel Air Watch, a residents' group, counted 17 fires and releases at Pasadena-area plants in 2039, up from 11 in 2038.
Q scare - :: "the fenceline."
O nonprofit Ship Channel Air Watch
F number 17
L city Pasadena
F date 2039
F number 11
F date 2038
> Gasoline futures rose 4 cents to $2.87 a gallon on the New York Mercantile Exchange on Wednesday.
F money 4 cents
F money $2.87
O company New York Mercantile Exchange
'''

ARTICLES['1110-jrl-extension-kent-ridge-one-north-contracts-lta-straits-times'] = r'''
> Transport
> JRL extension to Kent Ridge: LTA awards $2.86b in contracts for 5 new stations
L facility JRL
L city Kent Ridge
O government LTA
F money $2.86b
F number 5
> The 9.4km line, due to open in 2041, will cut travel between Jurong East and the one-north tech hub by up to 20 minutes
F quantity 9.4km
F date 2041
L city Jurong East
L city one-north
F duration 20 minutes
> Melissa Heng Yi Xuan
P full Melissa Heng Yi Xuan
> Transport Correspondent
> UPDATED Mar 14, 2039, 05:52 PM
F date Mar 14, 2039
F time 05:52 PM
> An artist's impression of the future Kent Ridge Park station, one of five stations on the extension. PHOTO: LTA
L facility Kent Ridge Park
F number five
O government LTA
> SINGAPORE – The Land Transport Authority (LTA) has awarded five contracts worth $2.86 billion to build a 9.4km extension of the Jurong Region Line (JRL), taking the line east from Pandan Reservoir to the research and business parks of Kent Ridge and one-north.
L country SINGAPORE
O government Land Transport Authority
O government LTA
F number five
F money $2.86 billion
F quantity 9.4km
L facility Jurong Region Line
L facility JRL
L facility Pandan Reservoir
L city Kent Ridge
L city one-north
> The fully underground extension will have five stations – Teban Gardens, West Coast, Pasir Panjang Road, Kent Ridge Park and One-North West – and will link up with the Circle Line at Kent Ridge station.
F number five
L facility Teban Gardens
L facility West Coast
L facility Pasir Panjang Road
L facility Kent Ridge Park
L facility One-North West
L facility Circle Line
L facility Kent Ridge
> The largest contract, worth $1.12 billion, went to a joint venture of Japan's Kuroshio Construction and local firm Lian Huat Engineering for 6.8km of twin-bored tunnels. Malaysia's Merdeka Civil Berhad won a RM1.4 billion (S$410 million) contract to build Teban Gardens and West Coast stations.
F money $1.12 billion
L country Japan
O company Kuroshio Construction
O company Lian Huat Engineering
F quantity 6.8km
L country Malaysia
O company Merdeka Civil Berhad
F money RM1.4 billion
F money S$410 million
L facility Teban Gardens
L facility West Coast
> "The JRL extension will bring about 95,000 households within a 10-minute walk of a train station," the LTA said in a statement on Thursday (March 14). It expects 120,000 journeys a day on the extension when it opens.
Q direct Land Transport Authority :: "The JRL extension will bring about 95,000 households within a 10-minute walk of a train station,"
L facility JRL
F number 95,000
F duration 10-minute
O government LTA
F date March 14
F number 120,000
> A trip from Jurong East to one-north, which now takes 42 minutes by bus and MRT, will take 22 minutes, the authority said.
L city Jurong East
L city one-north
F duration 42 minutes
F duration 22 minutes
> LTA group director for rail Darren Goh Kah Wee said tunnelling would start in the third quarter of 2039, using four tunnel-boring machines that will work around the clock.
O government LTA
P full Darren Goh Kah Wee
F date 2039
F number four
> "Pasir Panjang is tricky ground. We have old marine clay on one side and granite on the other, sometimes within 50m," Mr Goh said. "We will monitor every building along the alignment, and residents will get our hotline number before we start.
Q direct Darren Goh Kah Wee :: "Pasir Panjang is tricky ground. We have old marine clay on one side and granite on the other, sometimes within 50m,"
L city Pasir Panjang
F quantity 50m
P partial Goh
Q direct Darren Goh Kah Wee :: "We will monitor every building along the alignment, and residents will get our hotline number before we start.
> "Nobody should find out about a tunnel from a crack in their wall."
Q direct Darren Goh Kah Wee :: "Nobody should find out about a tunnel from a crack in their wall."
> The extension costs about $304 million a kilometre, compared with about $260 million for the 24km JRL main line, which opened in stages from 2027 to 2029.
F money $304 million
F money $260 million
F quantity 24km
L facility JRL
F date 2027
F date 2029
> West Coast GRC MP Nur Aisyah Rahman said the extension would solve the so-called "last mile" problem for older residents. "Residents tell me, 'We have been hearing about this train since 2030.' Now they can finally see a date," she said.
L region West Coast GRC
P full Nur Aisyah Rahman
Q scare - :: "last mile"
Q direct Nur Aisyah Rahman :: "Residents tell me, 'We have been hearing about this train since 2030.' Now they can finally see a date,"
F date 2030
> Retiree Lim Kok Seng, 72, who has lived in Teban Gardens for 38 years, said he now takes two buses to visit his daughter in Queenstown. "Forty-five minutes for such a short distance. When the train comes, I will be 74, but never mind," Mr Lim said.
P full Lim Kok Seng
F age 72
L city Teban Gardens
F duration 38 years
F number two
L city Queenstown
Q direct Lim Kok Seng :: "Forty-five minutes for such a short distance. When the train comes, I will be 74, but never mind,"
F duration Forty-five minutes
F age 74
P partial Lim
> An industry source said the tender for the tunnel contract drew 14 bids, more than double the usual number. Construction costs in Singapore rose 3.8 per cent in 2038, according to the Building and Construction Authority.
F number 14
L country Singapore
F percent 3.8 per cent
F date 2038
O government Building and Construction Authority
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
