#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval328 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval328/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['2011-kigali-electric-moto-taxi-rollout-inkuba-mobility-rura-new-times'] = r'''
> National
> Kigali moto-taxis go electric as first 1,200 battery bikes hit the road
L city Kigali
F number 1,200
> RURA says riders who switch could save up to Rwf4,000 a day, but cooperatives warn of queues at swap stations
O government RURA
F money Rwf4,000
> Jean Paul Nshimiyimana
P full Jean Paul Nshimiyimana
> Tuesday, April 9, 2041
F date April 9, 2041
> Moto-taxi riders wait to swap batteries at an Inkuba Mobility station in Nyabugogo on Monday. Photo: Diane Uwase
O company Inkuba Mobility
L city Nyabugogo
P full Diane Uwase
> The first 1,200 electric motorcycles of a scheme to replace Kigali’s petrol moto-taxis took to the road on Monday, with the Rwanda Utilities Regulatory Authority (RURA) saying the switch could cut a rider’s daily costs by more than a third.
F number 1,200
L city Kigali
O government Rwanda Utilities Regulatory Authority
O government RURA
F fraction a third
> The motorcycles, assembled in the Kigali Special Economic Zone by Inkuba Mobility Ltd, a Kigali-based startup, are leased to riders for Rwf2,500 a day, battery swaps included. Riders will own their bikes after 36 months.
L region Kigali Special Economic Zone
O company Inkuba Mobility Ltd
L city Kigali
F money Rwf2,500
F duration 36 months
> Inkuba plans to have 8,000 electric bikes on Kigali’s streets by the end of 2042 and has built 45 battery-swap stations across Gasabo, Kicukiro and Nyarugenge districts, none of them more than 3 kilometres from the next.
O company Inkuba
F number 8,000
L city Kigali
F date 2042
F number 45
L region Gasabo
L region Kicukiro
L region Nyarugenge
F quantity 3 kilometres
> “A petrol moto burns about Rwf6,500 of fuel on a normal day. With us the rider pays Rwf2,500 and never queues at a filling station,” said Aline Mukamurenzi, Inkuba’s chief executive. “A swap takes under two minutes. That is quicker than buying airtime.”
Q direct Aline Mukamurenzi :: “A petrol moto burns about Rwf6,500 of fuel on a normal day. With us the rider pays Rwf2,500 and never queues at a filling station,”
F money Rwf6,500
F money Rwf2,500
P full Aline Mukamurenzi
O company Inkuba
Q direct Aline Mukamurenzi :: “A swap takes under two minutes. That is quicker than buying airtime.”
F duration two minutes
> Inkuba’s model, known in the industry as “battery-as-a-service”, separates the bike from the battery, which the company keeps.
O company Inkuba
Q scare - :: “battery-as-a-service”
> RURA wants 30 per cent of the city’s estimated 45,000 moto-taxis to be electric by 2044. In a statement, the regulator said the bikes met “all safety and roadworthiness requirements” and that licensed riders could switch without a new permit.
O government RURA
F percent 30 per cent
F number 45,000
F date 2044
Q direct Rwanda Utilities Regulatory Authority :: “all safety and roadworthiness requirements”
> Dr Emmanuel Habimana, RURA’s head of transport regulation, said the switch would help Kigali meet its air quality goals. “Moto-taxis carry a big share of the city’s trips. If they go electric, people will feel the difference on the roads,” he said.
P full Emmanuel Habimana
O government RURA
L city Kigali
Q direct Emmanuel Habimana :: “Moto-taxis carry a big share of the city’s trips. If they go electric, people will feel the difference on the roads,”
> Jean de Dieu Niyonsaba, president of the Twiteze Imbere Moto Cooperative, which has 1,800 members in Nyarugenge District, said riders feared long waits at swap stations during the evening rush.
P full Jean de Dieu Niyonsaba
O nonprofit Twiteze Imbere Moto Cooperative
F number 1,800
L region Nyarugenge District
> “At 6pm, when everyone finishes work, we counted 20 riders waiting at one station in Remera. A rider who waits 40 minutes has lost two customers,” Niyonsaba said. “We told Inkuba: ‘Build more stations before you sell more bikes.’ They promised 15 more by June.
Q direct Jean de Dieu Niyonsaba :: “At 6pm, when everyone finishes work, we counted 20 riders waiting at one station in Remera. A rider who waits 40 minutes has lost two customers,”
F time 6pm
F number 20
F number one
L region Remera
F duration 40 minutes
F number two
P partial Niyonsaba
Q direct Jean de Dieu Niyonsaba :: “We told Inkuba: ‘Build more stations before you sell more bikes.’ They promised 15 more by June.
O company Inkuba
F number 15
> “Until then, many of us will keep one petrol bike in the family, just in case.”
Q direct Jean de Dieu Niyonsaba :: “Until then, many of us will keep one petrol bike in the family, just in case.”
F number one
> Eric Tuyisenge, 29, who has ridden from the Kimironko market stage for six years, switched on Monday. He said his first electric day left him Rwf11,000 after costs, against about Rwf7,000 on petrol.
P full Eric Tuyisenge
F age 29
L region Kimironko
F duration six years
F money Rwf11,000
F money Rwf7,000
> “It is so quiet that passengers talk to me now,” he said. “My only fear is the rainy season, when the battery may not last the 90 kilometres I ride in a day.”
Q direct Eric Tuyisenge :: “It is so quiet that passengers talk to me now,”
Q direct Eric Tuyisenge :: “My only fear is the rainy season, when the battery may not last the 90 kilometres I ride in a day.”
F quantity 90 kilometres
> Inkuba says its bikes have a range of 110 km on a full battery and a top speed of 75km/h. The company raised $18 million (about Rwf25 billion) in 2040 from investors including the Development Bank of Rwanda (BRD).
O company Inkuba
F quantity 110 km
F quantity 75km/h
F money $18 million
F money Rwf25 billion
F date 2040
O company Development Bank of Rwanda
O company BRD
> A company official, who asked not to be named, said 2,600 riders had applied for the next 1,500 bikes. “We will not release them until the new stations in Kanombe and Gikondo are running,” the official said.
F number 2,600
F number 1,500
Q direct - :: “We will not release them until the new stations in Kanombe and Gikondo are running,”
L region Kanombe
L region Gikondo
'''

ARTICLES['2012-middle-tennessee-tornado-outbreak-wilson-smith-counties-ef3-tennessean'] = r'''
> Weather
> EF-3 tornado among 9 that tore across Middle Tennessee; 4 dead in Wilson, Smith counties
F number 9
L region Middle Tennessee
F number 4
L region Wilson
L region Smith
> National Weather Service surveyors traced the strongest twister’s path 31 miles from Lebanon to Carthage
O government National Weather Service
F quantity 31 miles
L city Lebanon
L city Carthage
> Rachel Dunaway and Marcus Whitlow
P full Rachel Dunaway
P full Marcus Whitlow
> Nashville Tennessean
O media Nashville Tennessean
> Published 6:48 a.m. CT April 30, 2041 | Updated 4:15 p.m. CT April 30, 2041
F time 6:48 a.m. CT
F date April 30, 2041
F time 4:15 p.m. CT
F date April 30, 2041
> Volunteers sort through what is left of a home on Cairo Bend Road in Lebanon, Tenn., on Tuesday, April 30, 2041. Lacey Pruitt/The Tennessean
L street Cairo Bend Road
L city Lebanon
L region Tenn.
F date April 30, 2041
P full Lacey Pruitt
O media The Tennessean
> At least four people were killed and 37 were injured when a line of storms spun up nine tornadoes across Middle Tennessee early Tuesday, including an EF-3 that cut a path 31 miles long and up to 600 yards wide through Wilson and Smith counties, the National Weather Service in Nashville said.
F number four
F number 37
F number nine
L region Middle Tennessee
F quantity 31 miles
F quantity 600 yards
L region Wilson
L region Smith
O government National Weather Service
L city Nashville
> The EF-3, with peak winds estimated at 155 mph, touched down at 2:14 a.m. just east of Lebanon and lifted at 2:51 a.m. north of Carthage, meteorologist Dana Okafor-Reyes said after a survey team walked the damage. The other eight tornadoes were rated EF-0 to EF-2.
F quantity 155 mph
F time 2:14 a.m.
L city Lebanon
F time 2:51 a.m.
L city Carthage
P full Dana Okafor-Reyes
F number eight
> “This was a long-track, nighttime tornado, and that is the most dangerous kind we deal with,” Okafor-Reyes said. “Most people were asleep. The warning went out at 2:03, 11 minutes before touchdown, and the phones did their job.”
Q direct Dana Okafor-Reyes :: “This was a long-track, nighttime tornado, and that is the most dangerous kind we deal with,”
P partial Okafor-Reyes
Q direct Dana Okafor-Reyes :: “Most people were asleep. The warning went out at 2:03, 11 minutes before touchdown, and the phones did their job.”
F time 2:03
F duration 11 minutes
> Wilson County Mayor Randall Petty said three of the dead were in his county, two of them a couple in their 70s whose mobile home was thrown across Sparta Pike. He said 140 homes were damaged and 26 destroyed.
L region Wilson County
P full Randall Petty
F number three
F number two
F age 70s
L street Sparta Pike
F number 140
F number 26
> “We have families who lost everything in the middle of the night,” Petty said at a news conference at the Wilson County Expo Center. “I’m asking folks: If you don’t need to be on these roads, stay off them. Let the linemen and the first responders work.”
Q direct Randall Petty :: “We have families who lost everything in the middle of the night,”
P partial Petty
L facility Wilson County Expo Center
Q direct Randall Petty :: “I’m asking folks: If you don’t need to be on these roads, stay off them. Let the linemen and the first responders work.”
> In Smith County, an 81-year-old woman was found dead in the rubble of her house on Highway 25 near Gordonsville, Sheriff Dale Hembree said.
L region Smith County
F age 81-year-old
L street Highway 25
L city Gordonsville
P full Dale Hembree
> The Tennessee Emergency Management Agency (TEMA) said 61,000 customers were without power at the peak and that shelters had opened in Lebanon and Hartsville. In a statement, TEMA said it was working with county officials on a request for a federal disaster declaration and urged residents to photograph damage “before you start cleaning up.”
O government Tennessee Emergency Management Agency
O government TEMA
F number 61,000
L city Lebanon
L city Hartsville
O government TEMA
Q direct Tennessee Emergency Management Agency :: “before you start cleaning up.”
> Brandi Sue Lockhart, 44, rode out the storm with her two sons in a hallway closet of their home off Cedar Grove Road.
P full Brandi Sue Lockhart
F age 44
F number two
L street Cedar Grove Road
> “My youngest said, ‘Mama, my ears are popping,’ and then the roof was just gone,” Lockhart said. “I held on to both of them for maybe 20 seconds. It felt like an hour.
Q direct Brandi Sue Lockhart :: “My youngest said, ‘Mama, my ears are popping,’ and then the roof was just gone,”
P partial Lockhart
Q direct Brandi Sue Lockhart :: “I held on to both of them for maybe 20 seconds. It felt like an hour.
F duration 20 seconds
> “When it stopped, I could see the stars from my kitchen.”
Q direct Brandi Sue Lockhart :: “When it stopped, I could see the stars from my kitchen.”
> The outbreak was the deadliest in Middle Tennessee since 2036, when an EF-2 killed two people in Sumner County. Storm Prediction Center forecasters had placed the region under an “enhanced” risk on Monday afternoon.
L region Middle Tennessee
F date 2036
F number two
L region Sumner County
O government Storm Prediction Center
Q scare - :: “enhanced”
> A TEMA spokesperson said damage assessment teams would be in Wilson, Smith and Trousdale counties through Thursday. “Some of these roads we still can’t get down,” the spokesperson said.
O government TEMA
L region Wilson
L region Smith
L region Trousdale
Q direct - :: “Some of these roads we still can’t get down,”
> Volunteers were asked to register at the Lebanon Community Center, 110 Oak St.
L facility Lebanon Community Center
L address 110 Oak St.
> Contributing: Tyler Beauchamp, Nashville Tennessean
P full Tyler Beauchamp
O media Nashville Tennessean
'''

ARTICLES['2013-zipthela-quick-commerce-funding-dark-stores-cait-kiranas-mint'] = r'''
> Companies
> ZipThela raises $145 million to double its dark stores as kirana traders cry foul
O company ZipThela
F money $145 million
> The Bengaluru-based quick-commerce startup will add 400 dark stores in 18 months; traders’ body CAIT wants a probe into ‘deep discounting’
L city Bengaluru
F number 400
F duration 18 months
O nonprofit CAIT
Q direct Confederation of All India Traders :: ‘deep discounting’
> Priya Raghavan
P full Priya Raghavan
> Updated 12 Mar 2042, 06:40 AM IST
F date 12 Mar 2042
F time 06:40 AM IST
> Riders outside a ZipThela dark store in HSR Layout, Bengaluru. (Photo: Ritika Sengupta/Mint)
O company ZipThela
L city HSR Layout
L city Bengaluru
P full Ritika Sengupta
O media Mint
> Bengaluru: Quick-commerce startup ZipThela Retail Pvt. Ltd has raised $145 million (about ₹1,210 crore) in a Series C round led by Singapore’s Tamarind Growth Partners, valuing the company at $1.1 billion, it said on Tuesday.
L city Bengaluru
O company ZipThela Retail Pvt. Ltd
F money $145 million
F money ₹1,210 crore
L country Singapore
O company Tamarind Growth Partners
F money $1.1 billion
> The company, founded in 2037, delivers groceries in Bengaluru, Hyderabad, Pune and Chennai from 260 dark stores. It will use the money to add 400 more by September 2043 and to enter Ahmedabad and Kochi, co-founder and chief executive Karthik Iyengar said.
F date 2037
L city Bengaluru
L city Hyderabad
L city Pune
L city Chennai
F number 260
F number 400
F date September 2043
L city Ahmedabad
L city Kochi
P full Karthik Iyengar
> “Our Bengaluru stores now break even at about ₹14 lakh of orders a day. Two years ago that number was ₹22 lakh,” Iyengar said in an interview. “We are not burning money to buy customers any more. We are spending it on stores that are already close to profit.”
Q direct Karthik Iyengar :: “Our Bengaluru stores now break even at about ₹14 lakh of orders a day. Two years ago that number was ₹22 lakh,”
L city Bengaluru
F money ₹14 lakh
F duration Two years
F money ₹22 lakh
P partial Iyengar
Q direct Karthik Iyengar :: “We are not burning money to buy customers any more. We are spending it on stores that are already close to profit.”
> Tamarind’s managing partner, Meera Vaswani, said the round was “priced for discipline, not for hype”. The fund put in $90 million, with existing investors Banyan Ridge Ventures and Kaveri Capital making up the rest.
O company Tamarind
P full Meera Vaswani
Q direct Meera Vaswani :: “priced for discipline, not for hype”
F money $90 million
O company Banyan Ridge Ventures
O company Kaveri Capital
> “Every market we studied asked the same question: can the unit economics survive without discounts? In two of its four cities, ZipThela’s answer was yes,” she said.
Q direct Meera Vaswani :: “Every market we studied asked the same question: can the unit economics survive without discounts? In two of its four cities, ZipThela’s answer was yes,”
F number two
F number four
O company ZipThela
> The funding comes as the Confederation of All India Traders (CAIT), which says it speaks for 80 million small traders, steps up its campaign against quick-commerce platforms. In a letter to the commerce ministry last week, CAIT said the sector’s “deep discounting” was pushing neighbourhood kirana stores out of business, and asked for a probe by the Competition Commission of India (CCI).
O nonprofit Confederation of All India Traders
O nonprofit CAIT
F number 80 million
O nonprofit CAIT
Q direct Confederation of All India Traders :: “deep discounting”
O government Competition Commission of India
O government CCI
> “A kirana in Jayanagar cannot sell milk below cost for the sake of 10 minutes. These companies can, because someone abroad is paying,” said Vinod Lalwani, CAIT’s Karnataka president.
Q direct Vinod Lalwani :: “A kirana in Jayanagar cannot sell milk below cost for the sake of 10 minutes. These companies can, because someone abroad is paying,”
L city Jayanagar
F duration 10 minutes
P full Vinod Lalwani
O nonprofit CAIT
L region Karnataka
> Iyengar said ZipThela buys about 30% of its fresh produce from 1,100 local kiranas and wholesalers, and that its average order value, now ₹640, had risen 18% in a year.
P partial Iyengar
O company ZipThela
F percent 30%
F number 1,100
F money ₹640
F percent 18%
> A person aware of the deal said the round had been “oversubscribed by nearly double” and that two global funds had been turned away.
Q direct - :: “oversubscribed by nearly double”
F number two
> Rohan D’Souza, a partner at Mumbai-based consultancy Lattice Retail Advisors, said quick commerce now accounts for 11.5% of urban grocery spending, up from 3% in 2038.
P full Rohan D’Souza
L city Mumbai
O company Lattice Retail Advisors
F percent 11.5%
F percent 3%
F date 2038
> “The ‘10-minute’ promise is table stakes now,” D’Souza said. “The winners will be the ones with the fewest loss-making stores, not the most.”
Q direct Rohan D’Souza :: “The ‘10-minute’ promise is table stakes now,”
F duration 10-minute
P partial D’Souza
Q direct Rohan D’Souza :: “The winners will be the ones with the fewest loss-making stores, not the most.”
> Lattice’s latest client note puts the quick-commerce market at “Rs 64,000 crore and climbing”, and warns that at least three of the 11 listed and unlisted players will “not survive 2043 in their current form”.
O company Lattice
Q direct Lattice Retail Advisors :: “Rs 64,000 crore and climbing”
F money Rs 64,000 crore
F number three
F number 11
Q direct Lattice Retail Advisors :: “not survive 2043 in their current form”
F date 2043
'''

ARTICLES['2014-warsaw-baranow-airport-opens-cpk-first-flights-noise-tvp-world'] = r'''
> Poland
L country Poland
> First passengers land at Warsaw Baranów Airport as Poland's new hub opens
L facility Warsaw Baranów Airport
L country Poland
> The PLN 31.4 billion airport can handle 40 million passengers a year; villagers say promised noise barriers are still missing
F money PLN 31.4 billion
F number 40 million
> Katarzyna Wróblewska
P full Katarzyna Wróblewska
> 14.06.2042 09:35
F date 14.06.2042
F time 09:35
> A LOT Polish Airlines jet taxis past the terminal after the first landing on Sunday morning. Photo: PAP/Łukasz Żmijewski
O company LOT Polish Airlines
O media PAP
P full Łukasz Żmijewski
> The first commercial flight to use Poland's new central airport touched down at Warsaw Baranów Airport at 6:05 on Sunday, opening a PLN 31.4 billion (€7.3 billion) hub that the state-owned company Centralny Port Komunikacyjny (CPK) has been building 37 km west of Warsaw since 2036.
L country Poland
L facility Warsaw Baranów Airport
F time 6:05
F money PLN 31.4 billion
F money €7.3 billion
O company Centralny Port Komunikacyjny
O company CPK
F quantity 37 km
L city Warsaw
F date 2036
> The LOT Polish Airlines flight from Kraków, with 168 passengers on board, was followed by arrivals from Gdańsk, Frankfurt and Chicago. Warsaw Chopin Airport, which the new hub replaces, will close to scheduled traffic on 30 June.
O company LOT Polish Airlines
L city Kraków
F number 168
L city Gdańsk
L city Frankfurt
L city Chicago
L facility Warsaw Chopin Airport
F date 30 June
> "Today Poland has an airport that matches the size of its ambitions," CPK president Tomasz Włodarczyk told TVP World in the departures hall. "We opened on the date promised in 2038 and within the budget. Not many projects of this size in Europe can say that."
Q direct Tomasz Włodarczyk :: "Today Poland has an airport that matches the size of its ambitions,"
L country Poland
O company CPK
P full Tomasz Włodarczyk
O media TVP World
Q direct Tomasz Włodarczyk :: "We opened on the date promised in 2038 and within the budget. Not many projects of this size in Europe can say that."
F date 2038
L continent Europe
> Włodarczyk said the airport would handle 40 million passengers a year in its first phase and up to 65 million once a second terminal is built. A rail tunnel under the terminal links it to Warsaw's central station in 15 minutes, with trains every 10 minutes.
P partial Włodarczyk
F number 40 million
F number 65 million
L city Warsaw
F duration 15 minutes
F duration 10 minutes
> Infrastructure Minister Agnieszka Żuławska called the airport "the most important civil project since the port of Gdynia" and said the government would decide by the end of the year whether to build a high-speed line from Baranów to Łódź and Poznań.
P full Agnieszka Żuławska
Q direct Agnieszka Żuławska :: "the most important civil project since the port of Gdynia"
L city Gdynia
L city Baranów
L city Łódź
L city Poznań
> The Ministry of Infrastructure said in a statement that the line would cost "no more than PLN 24 billion" and could open in 2044.
O government Ministry of Infrastructure
Q direct Ministry of Infrastructure :: "no more than PLN 24 billion"
F money PLN 24 billion
F date 2044
> Not everyone in Baranów, a village of about 1,600 people whose name the airport now carries, is celebrating. Halina Kościuszko-Bąk, 67, whose family has farmed beside the site for three generations, said the noise barriers promised in 2039 had never been built.
L city Baranów
F number 1,600
P full Halina Kościuszko-Bąk
F age 67
F number three
F date 2039
> "The first plane came over before it was light and the windows shook," she said. "My grandson asked me, 'Babcia, is it going to land on us?' I had no answer for him.
Q direct Halina Kościuszko-Bąk :: "The first plane came over before it was light and the windows shook,"
Q direct Halina Kościuszko-Bąk :: "My grandson asked me, 'Babcia, is it going to land on us?' I had no answer for him.
> "They told us the walls would come before the planes. The planes came first."
Q direct Halina Kościuszko-Bąk :: "They told us the walls would come before the planes. The planes came first."
> CPK said the barriers, 4.2 kilometres of them along the northern runway, would be finished by October and that 312 households in Baranów and neighbouring Kaski had received soundproof windows.
O company CPK
F quantity 4.2 kilometres
F number 312
L city Baranów
L city Kaski
> Aviation analyst Marek Jędrzejczak of the Kraków-based consultancy AeroPuls said the airport's future would depend on LOT's ability to fill long-haul flights. "Baranów is built for connecting traffic. If LOT cannot win transfer passengers from Frankfurt and Vienna, this terminal will feel very big," he said.
P full Marek Jędrzejczak
L city Kraków
O company AeroPuls
O company LOT
Q direct Marek Jędrzejczak :: "Baranów is built for connecting traffic. If LOT cannot win transfer passengers from Frankfurt and Vienna, this terminal will feel very big,"
L facility Baranów
O company LOT
L city Frankfurt
L city Vienna
> He estimated the hub would need 24 million transfer passengers a year, about 60% of its first-phase capacity, and said airlines would pay around 95 zł in charges per departing passenger, against 72 zł at Chopin.
F number 24 million
F percent 60%
F money 95 zł
F money 72 zł
L facility Chopin
> Source: TVP World, PAP
O media TVP World
O media PAP
'''

ARTICLES['2015-barragan-ashcroft-mensah-middleweight-unification-riyadh-kingdom-arena-ring-magazine'] = r'''
> Fight Report
> Barragán outpoints Ashcroft-Mensah in Riyadh to unify middleweight titles
P partial Barragán
P partial Ashcroft-Mensah
L city Riyadh
> The unbeaten Mexican took the IBF belt and kept his WBC title on cards of 116-112, 115-113 and 117-111 at Kingdom Arena
O nonprofit IBF
O nonprofit WBC
F score 116-112
F score 115-113
F score 117-111
L facility Kingdom Arena
> By Declan Whitfield
P full Declan Whitfield
> March 3, 2041
F date March 3, 2041
> Julián Barragán (right) lands a left hook on Devon Ashcroft-Mensah during their 12-round middleweight title fight. Photo by Nasser Al-Otaibi/Crescent Fight Promotions
P full Julián Barragán
P full Devon Ashcroft-Mensah
F number 12
P full Nasser Al-Otaibi
O company Crescent Fight Promotions
> RIYADH, Saudi Arabia – Julián “El Halcón” Barragán is a unified champion. The 27-year-old from Guadalajara, Mexico, took Devon Ashcroft-Mensah’s IBF middleweight title and kept his own WBC belt with a unanimous decision at Kingdom Arena on Saturday night. It was the first middleweight unification fight since 2038.
L city RIYADH
L country Saudi Arabia
P full Julián “El Halcón” Barragán
Q scare - :: “El Halcón”
F age 27-year-old
L city Guadalajara
L country Mexico
P full Devon Ashcroft-Mensah
O nonprofit IBF
O nonprofit WBC
L facility Kingdom Arena
F date 2038
> Barragán, who came in at 28-0 (21 KOs), was the busier fighter over 12 rounds, landing 214 of 602 punches according to CompuBox, against 161 of 548 for the Englishman.
P partial Barragán
F score 28-0
F number 21
F number 12
F number 214
F number 602
O company CompuBox
F number 161
F number 548
> Ashcroft-Mensah (31-1, 18 KOs), 30, hurt Barragán with a right hand in the fifth and won three of the first six rounds on two of the cards, but a cut over his left eye from a clash of heads in the eighth slowed him badly.
P partial Ashcroft-Mensah
F score 31-1
F number 18
F age 30
P partial Barragán
F number three
F number six
F number two
> “He hit me with the best right hand I’ve felt as a pro, and I smiled at him, because I knew he had to do it 11 more times,” Barragán said through an interpreter. “When I was 12 my father told me, ‘Mijo, the belts go to the one who keeps walking forward.’ Tonight I kept walking.
Q direct Julián “El Halcón” Barragán :: “He hit me with the best right hand I’ve felt as a pro, and I smiled at him, because I knew he had to do it 11 more times,”
F number 11
P partial Barragán
Q direct Julián “El Halcón” Barragán :: “When I was 12 my father told me, ‘Mijo, the belts go to the one who keeps walking forward.’ Tonight I kept walking.
F age 12
> “Now I want the WBA and WBO belts. I will fight anybody, here or in Mexico.”
Q direct Julián “El Halcón” Barragán :: “Now I want the WBA and WBO belts. I will fight anybody, here or in Mexico.”
O nonprofit WBA
O nonprofit WBO
L country Mexico
> Ashcroft-Mensah, who needed six stitches, did not dispute the result. “I thought it was closer than 117-111, but he deserved it,” he said. “That cut changed the fight. I couldn’t see his right hand from the ninth on.”
P partial Ashcroft-Mensah
F number six
Q direct Devon Ashcroft-Mensah :: “I thought it was closer than 117-111, but he deserved it,”
F score 117-111
Q direct Devon Ashcroft-Mensah :: “That cut changed the fight. I couldn’t see his right hand from the ninth on.”
> Judge Rafael Ortúzar had it 116-112 and Helen Marchetti 115-113, but Kenji Tamura’s 117-111, which gave Ashcroft-Mensah only three rounds, drew loud boos from a crowd of 18,400. A ringside official, who asked not to be named, called Tamura’s card “defensible but generous”.
P full Rafael Ortúzar
F score 116-112
P full Helen Marchetti
F score 115-113
P full Kenji Tamura
F score 117-111
P partial Ashcroft-Mensah
F number three
F number 18,400
P partial Tamura
Q direct - :: “defensible but generous”
> Both men made weight on Friday, Barragán at 159.6 pounds and Ashcroft-Mensah at 159.8, under the 160-pound limit.
P partial Barragán
F quantity 159.6 pounds
P partial Ashcroft-Mensah
F number 159.8
F quantity 160-pound
> Barragán was guaranteed $6 million and Ashcroft-Mensah $4.5 million, according to figures released by Crescent Fight Promotions, which staged the nine-fight Riyadh Season card billed as “Clash of Crowns”.
P partial Barragán
F money $6 million
P partial Ashcroft-Mensah
F money $4.5 million
O company Crescent Fight Promotions
F number nine
Q scare - :: “Clash of Crowns”
> Promoter Faisal Al-Dosari said the contract included a rematch clause that Ashcroft-Mensah can use within 30 days. “Both men earned more tonight than in their whole careers before,” Al-Dosari said. “If the fans want it again, we will bring it back to Riyadh before the end of 2041.”
P full Faisal Al-Dosari
P partial Ashcroft-Mensah
F duration 30 days
Q direct Faisal Al-Dosari :: “Both men earned more tonight than in their whole careers before,”
P partial Al-Dosari
Q direct Faisal Al-Dosari :: “If the fans want it again, we will bring it back to Riyadh before the end of 2041.”
L city Riyadh
F date 2041
> In the co-main event, Kazakh super-welterweight Arman Seitkali (19-0, 16 KOs) stopped Colombia’s Yeison Mosquera at 2:47 of the seventh round. Seitkali, 24, is now the mandatory challenger for the WBA title.
P full Arman Seitkali
F score 19-0
F number 16
L country Colombia
P full Yeison Mosquera
F time 2:47
P partial Seitkali
F age 24
O nonprofit WBA
'''

ARTICLES['2016-vanua-levu-cyclone-resilient-homes-handover-labasa-habitat-fiji-times'] = r'''
> News
> 'Now we sleep through the storms': 120 cyclone-proof homes handed over in Vanua Levu
Q direct Shalini Kumar :: 'Now we sleep through the storms'
F number 120
L geo Vanua Levu
> FJ$6.8 million scheme built houses to withstand winds of 300 kilometres per hour
F money FJ$6.8 million
F quantity 300 kilometres per hour
> By SALOTE TIKOINAKAU
P full SALOTE TIKOINAKAU
> Saturday, March 9, 2041
F date March 9, 2041
> Shalini Kumar with her children outside their new home at Vunimoli, outside Labasa. Picture: JONE LUVENI
P full Shalini Kumar
L city Vunimoli
L city Labasa
P full JONE LUVENI
> LABASA – One hundred and twenty families in Macuata and Cakaudrove have moved into homes built to withstand a Category 5 cyclone under a FJ$6.8 million scheme that the Government handed over on Friday.
L city LABASA
F number One hundred and twenty
L region Macuata
L region Cakaudrove
F money FJ$6.8 million
> The 120 timber-and-steel homes, designed with Habitat for Humanity Fiji, are tied down with steel straps and bolted to concrete piers, and are rated for gusts of up to 300 kilometres per hour. Each cost about FJ$52,000 and has a rainwater tank that holds 5,000 litres.
F number 120
O nonprofit Habitat for Humanity Fiji
F quantity 300 kilometres per hour
F money FJ$52,000
F quantity 5,000 litres
> Minister for Housing Josaia Ravulolo said the first homes went to families who lost their houses to Tropical Cyclone Tavita in February 2039.
P full Josaia Ravulolo
F date February 2039
> "These families lost everything to Tavita. We did not want to give them back the same house the wind took away," Mr Ravulolo said at the handover in Savusavu on Friday.
Q direct Josaia Ravulolo :: "These families lost everything to Tavita. We did not want to give them back the same house the wind took away,"
P partial Ravulolo
L city Savusavu
> He said the ministry would build another 380 homes by the end of 2043, with FJ$14 million from the Government and A$9 million (FJ$13.4 million) from Australia.
F number 380
F date 2043
F money FJ$14 million
F money A$9 million
F money FJ$13.4 million
L country Australia
> At Nakawaga village in Cakaudrove, Turaga ni Koro Maika Vuetanabua said only the church and two of the village's 46 houses were left standing after Tavita.
L city Nakawaga
L region Cakaudrove
P full Maika Vuetanabua
F number two
F number 46
> "Our young men worked beside the Habitat carpenters for five months, so now they know how to fix these houses themselves," Mr Vuetanabua said. "When the next big one comes, we will not be waiting for Suva to send help."
Q direct Maika Vuetanabua :: "Our young men worked beside the Habitat carpenters for five months, so now they know how to fix these houses themselves,"
O nonprofit Habitat
F duration five months
P partial Vuetanabua
Q direct Maika Vuetanabua :: "When the next big one comes, we will not be waiting for Suva to send help."
L city Suva
> Habitat for Humanity Fiji national director Anjali Devi Sharma said the scheme had trained 64 local builders, 11 of them women. She said a trained crew of six can put up one house in about three weeks.
O nonprofit Habitat for Humanity Fiji
P full Anjali Devi Sharma
F number 64
F number 11
F number six
F number one
F duration three weeks
> "A strong house is not only about the frame. It is about the 'last 10 per cent' – the nails, straps and bolts that most builders skip because no one checks," Ms Sharma said.
Q direct Anjali Devi Sharma :: "A strong house is not only about the frame. It is about the 'last 10 per cent' – the nails, straps and bolts that most builders skip because no one checks,"
F percent 10 per cent
P partial Sharma
> The Fiji Meteorological Service said in a statement that the homes had already come through "a real-world test" when a tropical depression brought winds of 90 kilometres per hour to Vanua Levu last month.
O government Fiji Meteorological Service
Q direct Fiji Meteorological Service :: "a real-world test"
F quantity 90 kilometres per hour
L geo Vanua Levu
> For Ravinesh and Shalini Kumar, whose tin house at Vunimoli was flattened by Tavita, the difference is sleep.
P partial Ravinesh
P full Shalini Kumar
L city Vunimoli
> "During Tavita we spent nine hours under the bed with the three children while my husband held the door shut," Mrs Kumar said. "Now when the radio says a storm is coming, we close the shutters and we sleep through the storms.
Q direct Shalini Kumar :: "During Tavita we spent nine hours under the bed with the three children while my husband held the door shut,"
F duration nine hours
F number three
P partial Kumar
Q direct Shalini Kumar :: "Now when the radio says a storm is coming, we close the shutters and we sleep through the storms.
> "Last month the winds reached 90 kilometres per hour and the children did not even wake up."
Q direct Shalini Kumar :: "Last month the winds reached 90 kilometres per hour and the children did not even wake up."
F quantity 90 kilometres per hour
> Applications for the next 380 homes close on April 30, the ministry said.
F number 380
F date April 30
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
