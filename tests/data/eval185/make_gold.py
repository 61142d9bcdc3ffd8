#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval185 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval185/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1153-carman-grain-elevator-explosion-dufferin-winnipeg-free-press'] = r'''
> Local
> Grain elevator blast near Carman injures two, strands harvest
L city Carman
F number two
> Fire commissioner’s office probes pre-dawn explosion at 32,000-tonne terminal; RM councillors fear for gravel roads
F quantity 32,000-tonne
> By: Darcy Wiebe-Lachance
P full Darcy Wiebe-Lachance
> Posted: 6:48 PM CDT Tuesday, Oct. 9, 2040
F time 6:48 PM CDT
F date Oct. 9, 2040
> Smoke rises Tuesday from the wreckage of the Prairie Gateway Grain terminal east of Carman. (Reanne Klassen / Free Press)
O company Prairie Gateway Grain
L city Carman
P full Reanne Klassen
O media Free Press
> An explosion tore through a concrete grain terminal just east of Carman before dawn Monday, injuring two workers and trapping about 1.4 million bushels of wheat and canola in bins that may not be safe to empty for weeks.
L city Carman
F number two
F quantity 1.4 million bushels
> The blast at the Prairie Gateway Grain terminal on Provincial Road 245 happened at about 4:40 a.m., as a night crew was loading rail cars, the Office of the Fire Commissioner (OFC) said. Windows were blown out of farmhouses as far as three kilometres away.
O company Prairie Gateway Grain
L street Provincial Road 245
F time 4:40 a.m.
O government Office of the Fire Commissioner
O government OFC
F quantity three kilometres
> Two employees, aged 23 and 41, were taken to Health Sciences Centre in Winnipeg, one of them by STARS air ambulance.
F number Two
F age 23
F age 41
O other Health Sciences Centre
L city Winnipeg
O nonprofit STARS
> “We heard it before we felt it. The whole house shook, and then the sky over the elevator went orange,” said Lorne Penner, who farms 1,800 acres a kilometre north of the site. “My first thought was the guys on the night shift.”
Q direct Lorne Penner :: “We heard it before we felt it. The whole house shook, and then the sky over the elevator went orange,”
P full Lorne Penner
F quantity 1,800 acres
Q direct Lorne Penner :: “My first thought was the guys on the night shift.”
> Penner, 58, still has about 9,000 bushels of canola in the field and was booked to deliver to the terminal this week. Like many growers in the RM of Dufferin, he now faces a 70-kilometre haul to elevators in Elm Creek or Morris, if they have room.
P partial Penner
F age 58
F quantity 9,000 bushels
L region RM of Dufferin
F quantity 70-kilometre
L city Elm Creek
L city Morris
> Coun. Shelley Dyck, who represents Ward 3 on the Dufferin council, said the harvest traffic has to go somewhere.
P full Shelley Dyck
L region Ward 3
L region Dufferin
> “This is the busiest month of the year for our roads. If every truck that used to go to Carman now heads to Morris, our gravel roads are not going to survive the fall,” Dyck said. “We are talking about hundreds of extra loads a week on roads built for a few dozen.
Q direct Shelley Dyck :: “This is the busiest month of the year for our roads. If every truck that used to go to Carman now heads to Morris, our gravel roads are not going to survive the fall,”
L city Carman
L city Morris
P partial Dyck
Q direct Shelley Dyck :: “We are talking about hundreds of extra loads a week on roads built for a few dozen.
> “Somebody has to pay for that, and it shouldn’t be the ratepayers of a single RM.”
Q direct Shelley Dyck :: “Somebody has to pay for that, and it shouldn’t be the ratepayers of a single RM.”
> Reeve Gord Hiebert said the RM of Dufferin would hold an emergency council meeting Thursday at 7 p.m. at its office, 12 Centre Ave. in Carman.
P full Gord Hiebert
O government RM of Dufferin
F time 7 p.m.
L address 12 Centre Ave.
L city Carman
> The terminal, built in 2019, can hold 32,000 tonnes and handled about 11 per cent of the grain delivered in the Carman area last year, according to the Canadian Grain Commission (CGC). Winnipeg-based Prairie Gateway valued it at $38.5 million in its 2039 annual report.
F date 2019
F quantity 32,000 tonnes
F percent 11 per cent
L city Carman
O government Canadian Grain Commission
O government CGC
L city Winnipeg
O company Prairie Gateway
F money $38.5 million
F date 2039
> In a statement, the company said it was “co-operating fully” with investigators and that the cause “has not been determined.” A spokesperson, who declined to be named, said grain dust was “a possibility, not a conclusion.”
Q direct Prairie Gateway Grain :: “co-operating fully”
Q direct Prairie Gateway Grain :: “has not been determined.”
Q direct - :: “a possibility, not a conclusion.”
> The OFC and Manitoba’s Workplace Safety and Health branch have both opened investigations. A fire official said fine dust suspended inside a closed bin can ignite from a single spark, and that crews would keep the site soaked for at least 48 hours.
O government OFC
L region Manitoba
O government Workplace Safety and Health
F duration 48 hours
> Dyck called the loss a “kick in the teeth” for growers already coping with a dry summer and canola at about $14 a bushel.
P partial Dyck
Q direct Shelley Dyck :: “kick in the teeth”
F money $14
> Penner said he would keep combining anyway. “The crop doesn’t wait for anybody,” he said. “We’ll figure out where it goes after.”
P partial Penner
Q direct Lorne Penner :: “The crop doesn’t wait for anybody,”
Q direct Lorne Penner :: “We’ll figure out where it goes after.”
'''

ARTICLES['1154-mumbai-smog-aqi-schools-shut-thane-navi-mumbai-construction-halt-hindustan-times'] = r'''
> Mumbai News
L city Mumbai
> Mumbai AQI hits 318 as smog shuts primary schools in Thane, Navi Mumbai
L city Mumbai
F number 318
L city Thane
L city Navi Mumbai
> State orders 72-hour construction halt across MMR; PM2.5 touches 214 micrograms per cubic metre at Deonar
F duration 72-hour
L region MMR
F quantity 214 micrograms per cubic metre
L city Deonar
> By Rhea Deshpande-Kulkarni, Mumbai
P full Rhea Deshpande-Kulkarni
L city Mumbai
> Jan 10, 2040 07:18 AM IST
F date Jan 10, 2040
F time 07:18 AM IST
> Commuters make their way through thick haze on the Eastern Express Highway near Vikhroli on Monday. (Aniket Sawardekar/HT Photo)
L street Eastern Express Highway
L city Vikhroli
P full Aniket Sawardekar
O media HT
> Mumbai’s air quality slipped into the “very poor” category for a fourth straight day on Monday, with the city’s average air quality index (AQI) touching 318 at 4pm, prompting the Maharashtra government to shut primary schools in Thane and Navi Mumbai and order a 72-hour halt to construction across the Mumbai Metropolitan Region (MMR).
L city Mumbai
Q scare - :: “very poor”
F number 318
F time 4pm
L region Maharashtra
L city Thane
L city Navi Mumbai
F duration 72-hour
L region Mumbai Metropolitan Region
L region MMR
> The worst reading was at Deonar, where the Central Pollution Control Board (CPCB) station recorded an AQI of 362 and PM2.5 at 214 micrograms per cubic metre, more than three times the 24-hour national standard of 60. Mazgaon (341), Chembur (337) and Navi Mumbai’s Nerul (329) were not far behind.
L city Deonar
O government Central Pollution Control Board
O government CPCB
F number 362
F quantity 214 micrograms per cubic metre
F number three
F duration 24-hour
F quantity 60
L city Mazgaon
F number 341
L city Chembur
F number 337
L city Navi Mumbai
L city Nerul
F number 329
> State environment minister Sunanda Gawde-Patil said the curbs would stay in force till Thursday morning and would be reviewed once the India Meteorological Department (IMD) issues its next forecast.
P full Sunanda Gawde-Patil
O government India Meteorological Department
O government IMD
> “Calm winds and a cold layer sitting over the city are trapping everything we produce. This is not only about winter, it is about 40,000 construction sites and 46 lakh vehicles,” Gawde-Patil told HT. “People keep telling me, ‘It was never like this in Mumbai, the sea breeze used to clear it.’ The sea breeze has not come for five days.
Q direct Sunanda Gawde-Patil :: “Calm winds and a cold layer sitting over the city are trapping everything we produce. This is not only about winter, it is about 40,000 construction sites and 46 lakh vehicles,”
F number 40,000
F number 46 lakh
P partial Gawde-Patil
O media HT
Q direct Sunanda Gawde-Patil :: “People keep telling me, ‘It was never like this in Mumbai, the sea breeze used to clear it.’ The sea breeze has not come for five days.
L city Mumbai
F duration five days
> “We will not wait for Delhi-like numbers before we act.”
Q direct Sunanda Gawde-Patil :: “We will not wait for Delhi-like numbers before we act.”
L city Delhi
> Under the order, issued late on Sunday by the Maharashtra Pollution Control Board (MPCB), primary schools up to Class 5 in the Thane and Navi Mumbai municipal areas will hold classes online, while ready-mix concrete plants in Bhiwandi, Kalyan and Panvel must shut. Violators face fines of ₹50,000 to ₹5 lakh.
O government Maharashtra Pollution Control Board
O government MPCB
L city Thane
L city Navi Mumbai
L city Bhiwandi
L city Kalyan
L city Panvel
F money ₹50,000
F money ₹5 lakh
> The Brihanmumbai Municipal Corporation (BMC) said it had deployed 120 water sprinklers and 35 anti-smog guns. “Our teams will be on the ground round the clock, and builders who leave debris uncovered will be fined,” the civic body said in a statement.
O government Brihanmumbai Municipal Corporation
O government BMC
F number 120
F number 35
Q direct Brihanmumbai Municipal Corporation :: “Our teams will be on the ground round the clock, and builders who leave debris uncovered will be fined,”
> At his clinic in Thane, paediatrician Dr Irfan Qureshi said he had seen nearly twice the usual number of children with breathing trouble since January 5. “Children aged two to eight are coming in with wheezing and coughs that do not go away,” he said.
L city Thane
P full Irfan Qureshi
F date January 5
Q direct Irfan Qureshi :: “Children aged two to eight are coming in with wheezing and coughs that do not go away,”
F age two
F age eight
> An MPCB official, who did not wish to be named, said the board’s data showed dust from construction and roads made up about 42% of PM10 in the region this winter, against 28% from vehicles. “Stopping construction for three days will bring relief, but it is a bandage,” the official said.
O government MPCB
F percent 42%
F percent 28%
Q direct - :: “Stopping construction for three days will bring relief, but it is a bandage,”
F duration three days
> Residents were less patient. “I carry an inhaler in my bag now, at 34,” said Kavita Menon, who commutes from Kharghar to Lower Parel. “We moved here for the sea air.”
Q direct Kavita Menon :: “I carry an inhaler in my bag now, at 34,”
F age 34
P full Kavita Menon
L city Kharghar
L city Lower Parel
Q direct Kavita Menon :: “We moved here for the sea air.”
> The IMD expects wind speeds to pick up to 12-15 km/h by Wednesday, which could push the AQI back below 200, officials said. Last winter, Mumbai logged 19 days of “very poor” air between November and February, up from 11 in 2038.
O government IMD
F quantity 12-15 km/h
F number 200
L city Mumbai
F duration 19 days
Q scare - :: “very poor”
F number 11
F date 2038
'''

ARTICLES['1155-chester-cup-sandy-lane-hollis-odwyer-roodee-racing-post'] = r'''
> Chester Cup
> 'He just kept finding' - Sandy Lane lands Chester Cup for Hollis at 14-1
Q direct Judith Hollis :: 'He just kept finding'
P partial Hollis
F number 14-1
> Six-year-old gives Malton trainer a first Roodee winner as favourite Glen Devon fades in the final two furlongs
F duration Six-year-old
L city Malton
L facility Roodee
F quantity two furlongs
> Martha Kinsella-Price
P full Martha Kinsella-Price
> 5:47PM, MAY 9 2040
F time 5:47PM
F date MAY 9 2040
> Sandy Lane (right) and Ciaran O'Dwyer get up to beat Harbour Wall at Chester on Wednesday. Credit: Edward Tilsley
P full Ciaran O'Dwyer
L facility Chester
P full Edward Tilsley
> Sandy Lane landed the Chester Cup at 14-1 on Wednesday, staying on stoutly under Ciaran O'Dwyer to beat Harbour Wall by one and three-quarter lengths, with the 11-4 favourite Glen Devon a further two and a half lengths back in third.
F number 14-1
P full Ciaran O'Dwyer
F quantity one and three-quarter lengths
F number 11-4
F quantity two and a half lengths
> It was a first winner at the Roodee for Malton trainer Judith Hollis, 47, who has sent runners to the May meeting for 12 years without so much as a place.
L facility Roodee
L city Malton
P full Judith Hollis
F age 47
F duration 12 years
> Hollis, who sent out 31 winners from a yard of 40 horses in 2039, said the plan had been in place since February.
P partial Hollis
F number 31
F number 40
F date 2039
> "He just kept finding," Hollis said. "When Ciaran came off the rail turning in I thought we'd be swamped, but he's a proper stayer and round here that counts for everything. I told Ciaran, 'Don't panic, he'll come again,' and he did.
Q direct Judith Hollis :: "He just kept finding,"
P partial Hollis
Q direct Judith Hollis :: "When Ciaran came off the rail turning in I thought we'd be swamped, but he's a proper stayer and round here that counts for everything. I told Ciaran, 'Don't panic, he'll come again,' and he did.
P partial Ciaran
P partial Ciaran
> "We've been second here twice and fourth once. You start to think the place doesn't like you."
Q direct Judith Hollis :: "We've been second here twice and fourth once. You start to think the place doesn't like you."
> O'Dwyer, 26, had Sandy Lane towards the rear of the 17-runner field for the first circuit of the 2m2f contest before making smooth headway four furlongs out.
P partial O'Dwyer
F age 26
F number 17
F quantity 2m2f
F quantity four furlongs
> "The ground was perfect for him, good to soft, and he only had 8st 12lb," said O'Dwyer, who claims 3lb. "At the two pole I knew I had Glen Devon beaten."
Q direct Ciaran O'Dwyer :: "The ground was perfect for him, good to soft, and he only had 8st 12lb,"
F quantity 8st
F quantity 12lb
P partial O'Dwyer
F quantity 3lb
Q direct Ciaran O'Dwyer :: "At the two pole I knew I had Glen Devon beaten."
F number two
> Glen Devon, trained in Newmarket by Aidan Fitzgerald and backed from 7-2 into 11-4 on the morning of the race, travelled best of all but could not quicken on ground that had been watered twice since Monday.
L city Newmarket
P full Aidan Fitzgerald
F number 7-2
F number 11-4
> "No excuses, he just didn't get home," Fitzgerald said. "We'll drop him back to a mile and six and look at the Northumberland Plate."
Q direct Aidan Fitzgerald :: "No excuses, he just didn't get home,"
P partial Fitzgerald
Q direct Aidan Fitzgerald :: "We'll drop him back to a mile and six and look at the Northumberland Plate."
F number six
> Harbour Wall, a 9-1 shot for Tipperary trainer Declan Rourke, ran a cracker under top weight of 9st 10lb. "He's a Cesarewitch horse all day long," said his rider Tom Brannigan, who will ride him at Newmarket in October.
F number 9-1
L region Tipperary
P full Declan Rourke
F quantity 9st
F quantity 10lb
Q direct Tom Brannigan :: "He's a Cesarewitch horse all day long,"
P full Tom Brannigan
L facility Newmarket
> The winner, owned by the Swaledale Racing Partnership and bred by Castlemorris Stud in County Kilkenny, collected £124,650 from a total prize fund of £225,000. Coral and William Hill cut him to 20-1 from 33-1 for the Ebor at York in August.
O other Swaledale Racing Partnership
O company Castlemorris Stud
L region County Kilkenny
F money £124,650
F money £225,000
O company Coral
O company William Hill
F number 20-1
F number 33-1
L facility York
> Chester clerk of the course Rachel Ogundipe-Lowe said 6mm of water had been put on over Monday and Tuesday, leaving the track "in lovely shape". The winning time of 3min 58.21sec was 2.6 seconds outside standard.
L facility Chester
P full Rachel Ogundipe-Lowe
F quantity 6mm
Q direct Rachel Ogundipe-Lowe :: "in lovely shape"
F duration 3min
F duration 58.21sec
F duration 2.6 seconds
> Result
> 1 Sandy Lane (IRE) 14-1 (C O'Dwyer), 2 Harbour Wall 9-1 (T Brannigan), 3 Glen Devon (FR) 11-4 fav (S Keogh). 17 ran. 1¾l, 2½l. Trainer: J Hollis (Malton). Tote win: £16.40.
L country IRE
F number 14-1
P full C O'Dwyer
F number 9-1
P full T Brannigan
L country FR
F number 11-4
P full S Keogh
F number 17
F quantity 1¾l
F quantity 2½l
P full J Hollis
L city Malton
O company Tote
F money £16.40
'''

ARTICLES['1156-bundibugyo-cocoa-export-boom-record-prices-shillings-daily-monitor'] = r'''
> National
> Cocoa boom: Bundibugyo farmers cash in as prices hit record Shs19,500
L region Bundibugyo
F money Shs19,500
> What you need to know: Uganda earned $412 million from cocoa in the 12 months to February, with Bundibugyo District supplying four in every 10 bags.
L country Uganda
F money $412 million
F duration 12 months
L region Bundibugyo District
F number four
F number 10
> By Patience Ahimbisibwe Nyakato
P full Patience Ahimbisibwe Nyakato
> Monday, March 11, 2041
F date March 11, 2041
> A farmer dries cocoa beans in Busaru Sub-county, Bundibugyo District, on March 8, 2041. PHOTO | ALEX MUHINDO
L region Busaru Sub-county
L region Bundibugyo District
F date March 8, 2041
P full ALEX MUHINDO
> Cocoa farmers in Bundibugyo District are earning more than double what they did in 2039, as a global shortage pushes the farm-gate price of dry beans to a record Shs19,500 a kilogramme.
L region Bundibugyo District
F date 2039
F money Shs19,500
> Figures from the Ministry of Agriculture, Animal Industry and Fisheries (MAAIF) show Uganda exported 61,400 tonnes of cocoa in the 12 months to February, worth $412 million (about Shs1.5 trillion), up from 38,900 tonnes a year earlier. Bundibugyo alone accounted for 41 percent of the volume.
O government Ministry of Agriculture, Animal Industry and Fisheries
O government MAAIF
L country Uganda
F quantity 61,400 tonnes
F duration 12 months
F money $412 million
F money Shs1.5 trillion
F quantity 38,900 tonnes
L region Bundibugyo
F percent 41 percent
> "In 2039 I sold a bag of 60 kilogrammes for Shs540,000. Last week a buyer from Kampala gave me Shs1.17 million for the same bag," said Mr Yosam Baluku Mbusa, 52, who grows cocoa on four acres in Bubandi Sub-county. "My children are back in school. Even the 'cocoa is for poor people' talk has stopped."
Q direct Yosam Baluku Mbusa :: "In 2039 I sold a bag of 60 kilogrammes for Shs540,000. Last week a buyer from Kampala gave me Shs1.17 million for the same bag,"
F date 2039
F quantity 60 kilogrammes
F money Shs540,000
L city Kampala
F money Shs1.17 million
P full Yosam Baluku Mbusa
F age 52
F quantity four acres
L region Bubandi Sub-county
Q direct Yosam Baluku Mbusa :: "My children are back in school. Even the 'cocoa is for poor people' talk has stopped."
> The boom has drawn dozens of new buyers into the district, some from the Democratic Republic of Congo, whose border lies less than 10km from Bundibugyo town. The district production officer, Mr Godfrey Masereka Bwambale, said theft from gardens had risen sharply.
L country Democratic Republic of Congo
F quantity 10km
L city Bundibugyo
P full Godfrey Masereka Bwambale
> "We have recorded 37 cases of cocoa theft since January, against nine in the whole of 2040. Some farmers now sleep in their gardens with pangas," Mr Bwambale said. "We are asking Uganda Police to put more officers on the Bundibugyo-Fort Portal road at night, because that is where stolen beans move.
Q direct Godfrey Masereka Bwambale :: "We have recorded 37 cases of cocoa theft since January, against nine in the whole of 2040. Some farmers now sleep in their gardens with pangas,"
F number 37
F number nine
F date 2040
P partial Bwambale
Q direct Godfrey Masereka Bwambale :: "We are asking Uganda Police to put more officers on the Bundibugyo-Fort Portal road at night, because that is where stolen beans move.
O government Uganda Police
L city Bundibugyo
L city Fort Portal
> "Farmers must also stop harvesting unripe pods. Quality is what gives us this price."
Q direct Godfrey Masereka Bwambale :: "Farmers must also stop harvesting unripe pods. Quality is what gives us this price."
> The Uganda Export Promotion Board (UEPB) said in a statement that cocoa was now the country's fifth-largest farm export and urged farmers to "resist the temptation to sell wet beans". UEPB said it would open a quality-testing laboratory in Bundibugyo by June.
O government Uganda Export Promotion Board
O government UEPB
Q direct Uganda Export Promotion Board :: "resist the temptation to sell wet beans"
O government UEPB
L city Bundibugyo
> An official at the Bank of Uganda, who asked not to be named because he is not allowed to speak to the press, said cocoa and coffee together brought in about 38 percent of Uganda's export earnings in 2040. "If prices fall, many of these farmers will have borrowed against a crop that is worth half," he said.
O government Bank of Uganda
F percent 38 percent
L country Uganda
F date 2040
Q direct - :: "If prices fall, many of these farmers will have borrowed against a crop that is worth half,"
F fraction half
> Cocoa is grown mainly in Bundibugyo, Mukono, Kayunga, Hoima and Kibaale, and about 40,000 households in Bundibugyo alone depend on it. Most Ugandan beans are shipped through Mombasa to buyers in Malaysia, Indonesia and the Netherlands.
L region Bundibugyo
L region Mukono
L region Kayunga
L region Hoima
L region Kibaale
F number 40,000
L region Bundibugyo
L city Mombasa
L country Malaysia
L country Indonesia
L country Netherlands
> Mr Baluku said he planned to plant another 500 seedlings before the March rains. "Cocoa takes three years to give you anything," he said. "But now, who would not wait?"
P partial Baluku
F number 500
Q direct Yosam Baluku Mbusa :: "Cocoa takes three years to give you anything,"
F duration three years
Q direct Yosam Baluku Mbusa :: "But now, who would not wait?"
'''

ARTICLES['1157-fitchburg-line-commuter-rail-derailment-shirley-ayer-mbta-ntsb-boston-globe'] = r'''
> Metro
> Commuter rail train derails between Shirley and Ayer, injuring 14
L city Shirley
L city Ayer
F number 14
> NTSB investigators arrive as the MBTA replaces Fitchburg Line trains west of Littleton with buses for at least a week
O government NTSB
O government MBTA
L facility Fitchburg Line
L city Littleton
> By Caroline Okafor-Reyes Globe Staff
P full Caroline Okafor-Reyes
O media Globe
> Updated March 7, 2040, 9:42 p.m.
F date March 7, 2040
F time 9:42 p.m.
> Crews worked Wednesday to right derailed coaches near the Shirley station. Jonathan Wiggins-Baptiste/Globe Staff
L city Shirley
P full Jonathan Wiggins-Baptiste
O media Globe
> An outbound MBTA commuter rail train derailed between Shirley and Ayer on Wednesday morning, injuring 14 passengers and shutting the western end of the Fitchburg Line indefinitely, state officials said.
O government MBTA
L city Shirley
L city Ayer
F number 14
L facility Fitchburg Line
> The six-car train, carrying about 210 people, left North Station at 6:55 a.m. and was traveling at roughly 52 mph when the locomotive and two coaches left the tracks at 8:03 a.m. on a curve east of the Shirley station, according to the Massachusetts Bay Transportation Authority.
F number six
F number 210
L facility North Station
F time 6:55 a.m.
F quantity 52 mph
F number two
F time 8:03 a.m.
L city Shirley
O government Massachusetts Bay Transportation Authority
> Three of the injured were taken to UMass Memorial Medical Center in Worcester, one by medical helicopter; the others were treated at Emerson Hospital in Concord. None of the injuries was considered life-threatening, officials said.
F number Three
O other UMass Memorial Medical Center
L city Worcester
F number one
O other Emerson Hospital
L city Concord
> “I was standing in the vestibule and suddenly the whole car tilted. People were on the floor, bags everywhere,” said Devon Marchetti, 29, a software tester who commutes from Leominster to Cambridge. “Someone kept yelling, ‘Stay in the car, stay in the car,’ and honestly that was the right call.”
Q direct Devon Marchetti :: “I was standing in the vestibule and suddenly the whole car tilted. People were on the floor, bags everywhere,”
P full Devon Marchetti
F age 29
L city Leominster
L city Cambridge
Q direct Devon Marchetti :: “Someone kept yelling, ‘Stay in the car, stay in the car,’ and honestly that was the right call.”
> The National Transportation Safety Board sent what it calls a “go-team” of seven investigators, including track and signal specialists. NTSB board member Lionel Haskett-Byrne said at a briefing in Ayer on Wednesday evening that it was “far too early” to name a cause.
O government National Transportation Safety Board
Q scare - :: “go-team”
F number seven
O government NTSB
P full Lionel Haskett-Byrne
L city Ayer
Q direct Lionel Haskett-Byrne :: “far too early”
> “We will look at the track geometry, the train’s event recorder, the maintenance history of this curve and the crew’s actions,” Haskett-Byrne said. “A preliminary report typically comes within 30 days, but a final report can take 12 to 24 months.
Q direct Lionel Haskett-Byrne :: “We will look at the track geometry, the train’s event recorder, the maintenance history of this curve and the crew’s actions,”
P partial Haskett-Byrne
Q direct Lionel Haskett-Byrne :: “A preliminary report typically comes within 30 days, but a final report can take 12 to 24 months.
F duration 30 days
F duration 12
F duration 24 months
> “I would ask people not to speculate.”
Q direct Lionel Haskett-Byrne :: “I would ask people not to speculate.”
> The MBTA said in a statement that the engineer, a 22-year veteran, had been tested for drugs and alcohol “as required by federal rules” and placed on paid leave. Shuttle buses will run between Littleton and Wachusett, the T said. Trains east of Littleton ran about 20 minutes late Wednesday evening.
O government MBTA
F duration 22-year
Q direct Massachusetts Bay Transportation Authority :: “as required by federal rules”
L city Littleton
L facility Wachusett
O government T
L city Littleton
F duration 20 minutes
> In 2039 the T budgeted $9.4 million for track work on the Fitchburg Line, about 3 percent of the $312 million it spent maintaining commuter rail, according to state records.
F date 2039
O government T
F money $9.4 million
L facility Fitchburg Line
F percent 3 percent
F money $312 million
> In Shirley, Select Board member Patricia Doucette-Ng said she heard “a long screech and then a bang” from her kitchen on Front Street. “We have kids who walk that path to the middle school,” she said. “If this had happened at 3 p.m., we would be having a very different conversation.”
L city Shirley
P full Patricia Doucette-Ng
Q direct Patricia Doucette-Ng :: “a long screech and then a bang”
L street Front Street
Q direct Patricia Doucette-Ng :: “We have kids who walk that path to the middle school,”
Q direct Patricia Doucette-Ng :: “If this had happened at 3 p.m., we would be having a very different conversation.”
F time 3 p.m.
> The line, which serves Lincoln, Concord, Acton and Fitchburg, carried an average of 9,800 riders each weekday last year, up 18 percent since 2035.
L city Lincoln
L city Concord
L city Acton
L city Fitchburg
F number 9,800
F percent 18 percent
F date 2035
'''

ARTICLES['1158-typhoon-sanfeng-taipower-outage-hualien-taitung-households-taipei-times'] = r'''
> FRONT PAGE
> Typhoon Sanfeng cuts power to 1.47m households
F number 1.47m
> STORM DAMAGE: Taipower said 612,000 homes in Hualien, Taitung and Yilan counties were still without electricity last night, with some mountain villages facing a wait of up to five days
O company Taipower
F number 612,000
L region Hualien
L region Taitung
L region Yilan
F duration five days
> By Huang Pei-chen and Lo Tsung-han / Staff reporters
P full Huang Pei-chen
P full Lo Tsung-han
> Sat, Aug 24, 2041 - Page 1
F date Aug 24, 2041
> Workers repair a toppled transmission tower in Hualien County's Fenglin Township yesterday. Photo: CNA
L region Hualien County
L city Fenglin Township
O media CNA
> Typhoon Sanfeng (山峰) knocked out power to 1.47 million households across Taiwan on Thursday night and yesterday, the most from a single storm in more than a decade, as gusts of up to 198kph brought down transmission towers along the east coast, Taiwan Power Co (Taipower, 台電) said.
F number 1.47 million
L country Taiwan
F quantity 198kph
O company Taiwan Power Co
O company Taipower
O company 台電
> As of 9pm yesterday, 612,000 households were still without electricity, most of them in Hualien County (花蓮縣), Taitung County (台東縣) and Yilan County (宜蘭縣), the state-run utility said.
F time 9pm
F number 612,000
L region Hualien County
L region 花蓮縣
L region Taitung County
L region 台東縣
L region Yilan County
L region 宜蘭縣
> "Crews have restored supply to 860,000 homes, but in mountain townships the lines run through landslide zones and our workers cannot reach them safely," Taipower spokesman Chiang Ming-hsiu (江明修) told a news conference in Taipei. He said 2,300 workers had been sent from across the nation.
Q direct Chiang Ming-hsiu :: "Crews have restored supply to 860,000 homes, but in mountain townships the lines run through landslide zones and our workers cannot reach them safely,"
F number 860,000
O company Taipower
P full Chiang Ming-hsiu
P full 江明修
L city Taipei
F number 2,300
> "The east coast should be 95 percent restored by tomorrow night," Chiang said. "For some villages in Hualien's Jhuosi Township (卓溪鄉) and Taitung's Haiduan Township (海端鄉), I have to be honest: It may take up to five days.
Q direct Chiang Ming-hsiu :: "The east coast should be 95 percent restored by tomorrow night,"
F percent 95 percent
P partial Chiang
Q direct Chiang Ming-hsiu :: "For some villages in Hualien's Jhuosi Township (卓溪鄉) and Taitung's Haiduan Township (海端鄉), I have to be honest: It may take up to five days.
L region Hualien
L city Jhuosi Township
L city 卓溪鄉
L region Taitung
L city Haiduan Township
L city 海端鄉
F duration five days
> "We are flying transformers in by helicopter where roads are cut."
Q direct Chiang Ming-hsiu :: "We are flying transformers in by helicopter where roads are cut."
> The Central Weather Administration (CWA) said Sanfeng made landfall near Hualien's Fengbin Township (豐濱鄉) at 10:40pm on Thursday with maximum sustained winds of 173kph, before crossing the Central Mountain Range and weakening over the Taiwan Strait. Taitung's Jinfeng Township recorded 1,126mm of rain in 36 hours, the agency said.
O government Central Weather Administration
O government CWA
L region Hualien
L city Fengbin Township
L city 豐濱鄉
F time 10:40pm
F quantity 173kph
L geo Central Mountain Range
L geo Taiwan Strait
L region Taitung
L city Jinfeng Township
F quantity 1,126mm
F duration 36 hours
> The Directorate General of Highways said the Suhua Highway (蘇花公路) was closed at three points by landslides and would not reopen before tomorrow.
O government Directorate General of Highways
L street Suhua Highway
L street 蘇花公路
F number three
> Cabinet spokeswoman Wu Hsin-yi (吳欣怡) said the Executive Yuan had approved NT$2.8 billion (US$87 million) in emergency funds and that households without power for more than 48 hours would have August bills of NT$1,500 or less waived.
O government Cabinet
P full Wu Hsin-yi
P full 吳欣怡
O government Executive Yuan
F money NT$2.8 billion
F money US$87 million
F duration 48 hours
F money NT$1,500
> In Hualien City, breakfast shop owner Hsu A-mei (徐阿美), 61, said she had thrown away about NT$20,000 of food. "The fridge has been off for almost two days. My neighbor calls this a 'small typhoon,' but I have lived here 40 years and I have never lost power for this long," she said.
L city Hualien City
P full Hsu A-mei
P full 徐阿美
F age 61
F money NT$20,000
Q direct Hsu A-mei :: "The fridge has been off for almost two days. My neighbor calls this a 'small typhoon,' but I have lived here 40 years and I have never lost power for this long,"
F duration two days
F duration 40 years
> An official at the Ministry of Economic Affairs, who asked not to be named, said the ministry would review why 14 towers built after 2018 had failed. "Those towers were designed for winds of 60 meters per second," the official said.
O government Ministry of Economic Affairs
F number 14
F date 2018
Q direct - :: "Those towers were designed for winds of 60 meters per second,"
F quantity 60 meters per second
> Taipower said it would speed up a NT$56.4 billion plan to move lines underground along what engineers call the "typhoon corridor" between Yilan and Taitung.
O company Taipower
F money NT$56.4 billion
Q scare - :: "typhoon corridor"
L region Yilan
L region Taitung
> Additional reporting by CNA
O media CNA
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
