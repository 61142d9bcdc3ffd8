#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval145 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval145/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['913-mailboat-fares-exuma-eleuthera-andros-family-islands-nassau-guardian'] = r'''
> News
> Mailboat fares to Exuma, Eleuthera and Andros to rise by up to 22 percent
L geo Exuma
L geo Eleuthera
L geo Andros
F percent 22 percent
> Operators say fuel costs left them no choice; Family Island shopkeepers warn prices will follow
L region Family Island
> Dominique P. Saunders
P full Dominique P. Saunders
> Guardian Staff Reporter
O media Guardian
> Published Feb 20, 2040
F date Feb 20, 2040
> Crew members load cargo onto the mailboat Lady Evangeline at Potter’s Cay Dock yesterday. Photo: Dwayne Rahming
L facility Potter’s Cay Dock
P full Dwayne Rahming
> Passenger and freight fares on the mailboats that serve Exuma, Eleuthera and Andros will rise by up to 22 percent from March 1, after the Ministry of Energy and Transport approved the first increase in nine years for the government-subsidized fleet.
L geo Exuma
L geo Eleuthera
L geo Andros
F percent 22 percent
F date March 1
O government Ministry of Energy and Transport
F duration nine years
> Under the new schedule, a one-way adult ticket from Nassau to George Town, Exuma, goes from $70 to $85, while the fare to Governor’s Harbour, Eleuthera, rises from $55 to $65. The trip to Fresh Creek, Andros, will cost $50, up from $42. Children under 12 will continue to pay half.
L city Nassau
L city George Town
L geo Exuma
F money $70
F money $85
L city Governor’s Harbour
L geo Eleuthera
F money $55
F money $65
L city Fresh Creek
L geo Andros
F money $50
F money $42
F age 12
F fraction half
> Freight rates will climb by 15 percent, to $1.15 per cubic foot, and the charge for shipping a car will go from $300 to $360.
F percent 15 percent
F money $1.15
F money $300
F money $360
> Minister of Energy and Transport Kendrick A. Rolle said the increase was “painful but overdue.” “Diesel has gone from $4.10 a gallon in 2031 to $6.85 today. For nine years nobody has carried that difference but the boat owners,” he told The Nassau Guardian.
P full Kendrick A. Rolle
Q direct Kendrick A. Rolle :: “painful but overdue.”
Q direct Kendrick A. Rolle :: “Diesel has gone from $4.10 a gallon in 2031 to $6.85 today. For nine years nobody has carried that difference but the boat owners,”
F money $4.10
F date 2031
F money $6.85
F duration nine years
O media The Nassau Guardian
> “The Treasury will still pay B$4.2 million a year to keep 14 mailboats on these routes. But I told the operators plainly, ‘The next time you come for an increase, bring your books with you.’
Q direct Kendrick A. Rolle :: “The Treasury will still pay B$4.2 million a year to keep 14 mailboats on these routes. But I told the operators plainly, ‘The next time you come for an increase, bring your books with you.’
O government Treasury
F money B$4.2 million
F number 14
> “We are not going to raise fares every time the price of oil moves,” Rolle said.
Q direct Kendrick A. Rolle :: “We are not going to raise fares every time the price of oil moves,”
P partial Rolle
> The Bahamas Mailboat Owners Association (BMOA), which represents 19 operators, had asked for 30 percent. In a statement, the BMOA called the approved rise “a start” but warned that some boats could be tied up “within months” without further help.
O nonprofit Bahamas Mailboat Owners Association
O nonprofit BMOA
F number 19
F percent 30 percent
O nonprofit BMOA
Q direct Bahamas Mailboat Owners Association :: “a start”
Q direct Bahamas Mailboat Owners Association :: “within months”
> Captain Wendell “Skip” Ferguson, 63, who has run the Lady Evangeline between Nassau and Black Point, Exuma, for 27 years, said a single round trip now burns about 1,400 gallons of diesel.
P full Wendell “Skip” Ferguson
Q scare - :: “Skip”
F age 63
L city Nassau
L city Black Point
L geo Exuma
F duration 27 years
F quantity 1,400 gallons
> “We leave Potter’s Cay at 4 p.m. on a Tuesday and we’re back Friday morning. I used to clear $2,000 on that trip. Now I’m lucky to see $600,” he said.
Q direct Wendell “Skip” Ferguson :: “We leave Potter’s Cay at 4 p.m. on a Tuesday and we’re back Friday morning. I used to clear $2,000 on that trip. Now I’m lucky to see $600,”
L facility Potter’s Cay
F time 4 p.m.
F money $2,000
F money $600
> In Current, a settlement of about 400 people in North Eleuthera, shopkeeper Marcia Pinder-Sands said a case of water that now sells for $6.50 would likely go up by at least a dollar.
L city Current
F number 400
L region North Eleuthera
P full Marcia Pinder-Sands
F money $6.50
> “Everything on my shelves comes off that boat. When the freight goes up, the customer pays, and most of my customers are pensioners,” she said.
Q direct Marcia Pinder-Sands :: “Everything on my shelves comes off that boat. When the freight goes up, the customer pays, and most of my customers are pensioners,”
> A senior official at the ministry, who asked not to be named, said the government hopes to add two vessels on the Andros run by 2042 and to tender the southern routes under a 10-year contract. “The fleet is old. Half of these boats were built before 2010,” the official said.
F number two
L geo Andros
F date 2042
F duration 10-year
Q direct - :: “The fleet is old. Half of these boats were built before 2010,”
F fraction Half
F date 2010
> Fares on the Bahamas Ferries fast ferry to Harbour Island and Spanish Wells are not affected, the ministry said. The new mailboat schedule will be posted at Potter’s Cay and on the ministry’s website from Friday.
O company Bahamas Ferries
L geo Harbour Island
L city Spanish Wells
L facility Potter’s Cay
'''

ARTICLES['914-goldbottom-placer-water-licence-hunker-creek-trondek-hwechin-dawson-yukon-news'] = r'''
> News
> Water Board hearing set for Hunker Creek placer licence as First Nation objects
O government Water Board
L geo Hunker Creek
> Tr’ondëk Hwëch’in says 4.5-kilometre mining plan puts salmon and a heritage trail at risk; company calls concerns ‘overstated’
O government Tr’ondëk Hwëch’in
F quantity 4.5-kilometre
Q direct Anders Holmquist-Reyes :: ‘overstated’
> Chloé Beaudoin-Kwan
P full Chloé Beaudoin-Kwan
> Jun. 3, 2039 4:15 p.m.
F date Jun. 3, 2039
F time 4:15 p.m.
> A sluice box sits idle beside a settling pond on Hunker Creek, about 20 kilometres east of Dawson City, on May 28. (Chloé Beaudoin-Kwan/Yukon News)
L geo Hunker Creek
F quantity 20 kilometres
L city Dawson City
F date May 28
P full Chloé Beaudoin-Kwan
O media Yukon News
> The Yukon Water Board will hold a public hearing in Dawson City this month on a placer miner’s bid to draw up to 9,000 cubic metres of water a day from Hunker Creek, after the Tr’ondëk Hwëch’in formally objected to the licence.
O government Yukon Water Board
L city Dawson City
F quantity 9,000 cubic metres
L geo Hunker Creek
O government Tr’ondëk Hwëch’in
> Goldbottom Ventures Ltd., a Whitehorse-based company, wants a 10-year Type A water licence to mine a 4.5-kilometre stretch of the creek between Last Chance Creek and the Klondike River, the largest new placer operation proposed in the Klondike in a decade. The hearing opens June 21 at 9 a.m. at the Dänojà Zho Cultural Centre.
O company Goldbottom Ventures Ltd.
L city Whitehorse
F duration 10-year
F quantity 4.5-kilometre
L geo Last Chance Creek
L geo Klondike River
L region Klondike
F date June 21
F time 9 a.m.
L facility Dänojà Zho Cultural Centre
> In a 38-page submission to the board, the First Nation says the project would damage spawning habitat for chinook salmon and cut across a traditional trail between Moosehide and the Hunker valley that its citizens have used for “well over a century.”
F number 38
L city Moosehide
L geo Hunker
Q direct Tr’ondëk Hwëch’in :: “well over a century.”
> “Our citizens still walk that trail every August. We are not against mining. We are against mining everything,” Chief Josephine Debruyne-Taylor said in an interview Thursday.
Q direct Josephine Debruyne-Taylor :: “Our citizens still walk that trail every August. We are not against mining. We are against mining everything,”
P full Josephine Debruyne-Taylor
> She said the First Nation wants the licence cut to five years, a ban on mining within 30 metres of the creek, and the security deposit raised from $185,000 to at least $600,000. “If the ponds fail in a flood, who cleans up the creek? Not the company. It’s gone by then,” she said.
F duration five years
F quantity 30 metres
F money $185,000
F money $600,000
Q direct Josephine Debruyne-Taylor :: “If the ponds fail in a flood, who cleans up the creek? Not the company. It’s gone by then,”
> Goldbottom president Anders Holmquist-Reyes called the objections “overstated” and said the company has mined neighbouring claims since 2031 without a single compliance order.
O company Goldbottom
P full Anders Holmquist-Reyes
Q direct Anders Holmquist-Reyes :: “overstated”
F date 2031
> “We recycle about 90 per cent of our water. On the trail, we have offered to reroute it at our own cost, and that offer is still on the table,” he said. Holmquist-Reyes said the operation would employ 22 people from May to September and expects to recover about 3,200 ounces of gold a year.
Q direct Anders Holmquist-Reyes :: “We recycle about 90 per cent of our water. On the trail, we have offered to reroute it at our own cost, and that offer is still on the table,”
F percent 90 per cent
P partial Holmquist-Reyes
F number 22
F quantity 3,200 ounces
> The Klondike Placer Miners’ Association says placer mining put $142 million into the territory’s economy in 2038. Its president, Ruth Ann Sørensen, said Dawson-area miners are watching the hearing closely. “Every claim on Hunker was staked by somebody’s grandfather,” she said.
O nonprofit Klondike Placer Miners’ Association
F money $142 million
F date 2038
P full Ruth Ann Sørensen
L city Dawson
Q direct Ruth Ann Sørensen :: “Every claim on Hunker was staked by somebody’s grandfather,”
L geo Hunker
> In an email, a spokesperson for Energy, Mines and Resources said the Yukon government “respects the Water Board’s process” and would not comment while the file is before it. Another official, who was not authorized to speak publicly, said the department expects at least 14 more placer licence renewals in the Klondike before 2041.
O government Energy, Mines and Resources
L region Yukon
Q direct - :: “respects the Water Board’s process”
O government Water Board
F number 14
L region Klondike
F date 2041
> The board can issue the licence, refuse it or attach conditions. Its decision is due within 45 days of the hearing’s close.
F duration 45 days
> Contact Chloé Beaudoin-Kwan at chloe.beaudoin-kwan@yukon-news.com
P full Chloé Beaudoin-Kwan
'''

ARTICLES['915-japanese-grand-prix-qualifying-suzuka-van-der-heyden-pole-130r-grid-formula1-com'] = r'''
> Qualifying Report
> Van der Heyden Beats Marchetti-Blanc to Suzuka Pole by 0.112s
P partial Van der Heyden
P partial Marchetti-Blanc
L facility Suzuka
F duration 0.112s
> The McLaren driver's final lap through Spoon and 130R was enough for pole at the Japanese Grand Prix, with Williams' Femi Okonjo a surprise third
O team McLaren
L facility Spoon
L facility 130R
O team Williams
P full Femi Okonjo
> By Imogen Castellanos-Reid
P full Imogen Castellanos-Reid
> 07 Apr 2040
F date 07 Apr 2040
> Mateo van der Heyden celebrates in parc fermé after taking pole at Suzuka. Image: Ryo Fujimaki/Getty Images
P full Mateo van der Heyden
L facility Suzuka
P full Ryo Fujimaki
O media Getty Images
> Mateo van der Heyden took his third pole position of the season on Saturday, beating Ferrari's Théo Marchetti-Blanc by 0.112s with a lap of 1:29.384 at the end of a tense Q3 at Suzuka.
P full Mateo van der Heyden
O team Ferrari
P full Théo Marchetti-Blanc
F duration 0.112s
F duration 1:29.384
L facility Suzuka
> The 24-year-old was only fifth after the first runs in Q3, but found almost 0.2s in the final sector, carrying more speed through Spoon and 130R than anyone else.
F age 24-year-old
F duration 0.2s
L facility Spoon
L facility 130R
> "Honestly, after the first run I thought P5 was where we belonged," van der Heyden said. "Then the wind dropped a little, the team told me 'full send', and I just kept my foot in through 130R. The car was on a knife edge."
Q direct Mateo van der Heyden :: "Honestly, after the first run I thought P5 was where we belonged,"
P partial van der Heyden
Q direct Mateo van der Heyden :: "Then the wind dropped a little, the team told me 'full send', and I just kept my foot in through 130R. The car was on a knife edge."
L facility 130R
> Marchetti-Blanc, who topped both Q1 and Q2, lost his chance at the Casio Triangle, where he locked his front-left tyre and ran wide.
P partial Marchetti-Blanc
L facility Casio Triangle
> "Second is not bad, but we had the pace for pole," he said. "Tomorrow is 53 laps, not one."
Q direct Théo Marchetti-Blanc :: "Second is not bad, but we had the pace for pole,"
Q direct Théo Marchetti-Blanc :: "Tomorrow is 53 laps, not one."
F number 53
F number one
> His teammate Ruairí Ó Catháin qualified fourth, 0.309s off pole, behind Okonjo, who gave the Grove team its best grid slot since 2029. Mercedes' Ayrton Silva Prado was sixth.
P full Ruairí Ó Catháin
F duration 0.309s
P partial Okonjo
L city Grove
F date 2029
O team Mercedes
P full Ayrton Silva Prado
> "I told the guys on the radio I would take that and run. Third at Suzuka in this car feels like a win," said Okonjo, who was 0.287s slower than van der Heyden.
Q direct Femi Okonjo :: "I told the guys on the radio I would take that and run. Third at Suzuka in this car feels like a win,"
L facility Suzuka
P partial Okonjo
F duration 0.287s
P partial van der Heyden
> Ferrari team principal Lucia Benedetti-Arnaud said the team had "no regrets" about its tyre choice. She added: "We are quick in the long corners, and that is where this race is won."
O team Ferrari
P full Lucia Benedetti-Arnaud
Q direct Lucia Benedetti-Arnaud :: "no regrets"
Q direct Lucia Benedetti-Arnaud :: "We are quick in the long corners, and that is where this race is won."
> Championship leader Kenji Haraguchi had a difficult home qualifying and will start ninth for Red Bull after his best Q3 lap was deleted for exceeding track limits at Turn 1. The stewards said the car had "all four wheels" beyond the white line.
P full Kenji Haraguchi
O team Red Bull
L facility Turn 1
Q direct - :: "all four wheels"
F number four
> Haraguchi, 22, who grew up in nearby Yokkaichi, was cheered by a Saturday crowd of 98,000 – the biggest at Suzuka since 2032 – and said he still hoped to fight for a podium.
P partial Haraguchi
F age 22
L city Yokkaichi
F number 98,000
L facility Suzuka
F date 2032
> Track temperature peaked at 31C during Q3, with the air at 18C. Sunday's 53-lap race starts at 14:00 local time (05:00 GMT).
F quantity 31C
F quantity 18C
F number 53
F time 14:00
F time 05:00 GMT
> Provisional grid – top 10
F number 10
> 1. Mateo van der Heyden (McLaren) 1:29.384
P full Mateo van der Heyden
O team McLaren
F duration 1:29.384
> 2. Théo Marchetti-Blanc (Ferrari) +0.112s
P full Théo Marchetti-Blanc
O team Ferrari
F duration +0.112s
> 3. Femi Okonjo (Williams) +0.287s
P full Femi Okonjo
O team Williams
F duration +0.287s
> 4. Ruairí Ó Catháin (Ferrari) +0.309s
P full Ruairí Ó Catháin
O team Ferrari
F duration +0.309s
> 5. Jonah Åkerlund (McLaren) +0.344s
P full Jonah Åkerlund
O team McLaren
F duration +0.344s
> 6. Ayrton Silva Prado (Mercedes) +0.402s
P full Ayrton Silva Prado
O team Mercedes
F duration +0.402s
> 7. Nils Ødegård (Aston Martin) +0.518s
P full Nils Ødegård
O team Aston Martin
F duration +0.518s
> 8. Kai Tanaka-Ross (Audi) +0.561s
P full Kai Tanaka-Ross
O team Audi
F duration +0.561s
> 9. Kenji Haraguchi (Red Bull) +0.630s
P full Kenji Haraguchi
O team Red Bull
F duration +0.630s
> 10. Lucas D'Souza (Cadillac) +0.771s
P full Lucas D'Souza
O team Cadillac
F duration +0.771s
'''

ARTICLES['916-cane-growers-reject-levy-vuvulane-big-bend-esa-lowveld-times-of-eswatini'] = r'''
> Local News
> Lowveld Cane Growers Reject E18.50 a Tonne Levy
L region Lowveld
F money E18.50
> BY NOMPUMELELO MKHATSHWA
P full NOMPUMELELO MKHATSHWA
> Published: 11 June 2041
F date 11 June 2041
> Smallholder cane growers during a meeting at the Vuvulane community hall on Saturday. (Pic: Sanele Mavuso)
L city Vuvulane
P full Sanele Mavuso
> BIG BEND – More than 2 000 smallholder sugar cane growers in the Lowveld have rejected a new levy of E18.50 per tonne of cane, which the Eswatini Sugar Association (ESA) plans to deduct from their payments from the 2041/42 season.
L city BIG BEND
F number 2 000
L region Lowveld
F money E18.50
O nonprofit Eswatini Sugar Association
O nonprofit ESA
F date 2041/42
> The growers, most of whom farm between two and 15 hectares each in Vuvulane, Big Bend, Sivunga and Siphofaneni, say the levy will swallow almost a third of what they earn after irrigation and transport costs.
F quantity two
F quantity 15 hectares
L city Vuvulane
L city Big Bend
L city Sivunga
L city Siphofaneni
F fraction a third
> ESA says the levy, expected to raise about E24 million a year, will pay for replanting old cane and repairing canals damaged in the January 2041 floods.
O nonprofit ESA
F money E24 million
F date January 2041
> At the meeting, attended by about 600 growers, Make Thembisile Zwane, 58, who grows cane on four hectares at Vuvulane, said growers were never consulted. “We heard about this levy on the radio. Nobody from ESA came to Vuvulane to ask us,” she said.
F number 600
P full Thembisile Zwane
F age 58
F quantity four hectares
L city Vuvulane
Q direct Thembisile Zwane :: “We heard about this levy on the radio. Nobody from ESA came to Vuvulane to ask us,”
O nonprofit ESA
L city Vuvulane
> Eswatini Cane Growers Association (ECGA) Chairman Babe Sifiso Mdluli said the association supported replanting, but not “a levy that takes from the poorest to fix what the floods broke.”
O nonprofit Eswatini Cane Growers Association
O nonprofit ECGA
P full Sifiso Mdluli
Q direct Sifiso Mdluli :: “a levy that takes from the poorest to fix what the floods broke.”
> “A grower with five hectares at Big Bend harvests about 500 tonnes. At E18.50 a tonne, that is E9 250 gone before he has paid his workers,” Mdluli said.
Q direct Sifiso Mdluli :: “A grower with five hectares at Big Bend harvests about 500 tonnes. At E18.50 a tonne, that is E9 250 gone before he has paid his workers,”
F quantity five hectares
L city Big Bend
F quantity 500 tonnes
F money E18.50
F money E9 250
P partial Mdluli
> Siphofaneni Bucopho Ntombifuthi Shongwe said many growers were still repaying loans taken after the floods. “People borrowed E30 000 to E50 000 each to replant. Now ESA wants a second bite,” she said.
L city Siphofaneni
P full Ntombifuthi Shongwe
F money E30 000
F money E50 000
O nonprofit ESA
Q direct Ntombifuthi Shongwe :: “People borrowed E30 000 to E50 000 each to replant. Now ESA wants a second bite,”
> He said the ECGA had written to the Minister of Agriculture, Mntfwanenkhosi Lwandvulo Dlamini, asking him to suspend the levy for two seasons.
O nonprofit ECGA
P full Lwandvulo Dlamini
F number two
> In a statement yesterday, ESA said the levy had been approved by its council in March and was “the only realistic way” to bring back irrigation to some 3 100 hectares of smallholder cane before the 2042 harvest.
O nonprofit ESA
Q direct Eswatini Sugar Association :: “the only realistic way”
F quantity 3 100 hectares
F date 2042
> “Without replanting, yields on these schemes will keep falling. The levy is temporary and will be reviewed after three years,” the statement read.
Q direct Eswatini Sugar Association :: “Without replanting, yields on these schemes will keep falling. The levy is temporary and will be reviewed after three years,”
F duration three years
> An official at the Ministry of Agriculture in Mbabane, who asked not to be named, said the minister would meet the growers’ representatives in Manzini on 19 June. “The minister knows there is anger in the Lowveld. No deductions will be made before that meeting,” the official said.
O government Ministry of Agriculture
L city Mbabane
L city Manzini
F date 19 June
Q direct - :: “The minister knows there is anger in the Lowveld. No deductions will be made before that meeting,”
L region Lowveld
> Sugar is the country’s biggest export. The industry produced 5.9 million tonnes of cane in the 2040/41 season, about 18 per cent of it from smallholders, which was crushed at the Royal Eswatini Sugar Corporation (RES) mills at Simunye and Mhlume and at Ubombo Sugar in Big Bend.
F quantity 5.9 million tonnes
F date 2040/41
F percent 18 per cent
O company Royal Eswatini Sugar Corporation
O company RES
L city Simunye
L city Mhlume
O company Ubombo Sugar
L city Big Bend
> Make Zwane said the growers would meet again next Saturday. “If they take E18.50 from every tonne, some of us will stop planting cane and go back to maize,” she said.
P partial Zwane
Q direct Thembisile Zwane :: “If they take E18.50 from every tonne, some of us will stop planting cane and go back to maize,”
F money E18.50
'''

ARTICLES['917-toi-9142-c-steam-world-exoplanet-webb-vlt-geneva-mit-space-com'] = r'''
> Exoplanets
> Astronomers find a 'steam world' 112 light-years from Earth that may be one-third water
Q scare - :: 'steam world'
F quantity 112 light-years
L geo Earth
F fraction one-third
> The planet, about five times as massive as Earth, is too hot for oceans but may be wrapped in a thick envelope of water vapor.
F number five
L geo Earth
> By Priya Raman-Okafor published March 16, 2039
P full Priya Raman-Okafor
F date March 16, 2039
> An artist's illustration of TOI-9142 c passing in front of its red dwarf star. (Image credit: University of Geneva/Léa Fournier-Besson)
O education University of Geneva
P full Léa Fournier-Besson
> Astronomers have found a planet about 112 light-years from Earth that appears to be up to 30% water by mass — and it is far too hot for that water to be liquid.
F quantity 112 light-years
L geo Earth
F percent 30%
> The world, called TOI-9142 c, is about 1.8 times as wide as Earth and circles a small red dwarf star every 11.6 days. That puts the top of its atmosphere at an estimated 640 kelvin (367 degrees Celsius, or 692 degrees Fahrenheit).
F number 1.8
L geo Earth
F duration 11.6 days
F quantity 640 kelvin
F quantity 367 degrees Celsius
F quantity 692 degrees Fahrenheit
> NASA's Transiting Exoplanet Survey Satellite (TESS) first spotted the planet in 2036, when it dimmed its star by about 0.2% on each pass. Follow-up observations with the ESPRESSO spectrograph on the European Southern Observatory's Very Large Telescope (VLT) at Paranal Observatory in Chile then pinned its mass at 5.3 Earth masses.
O government NASA
F date 2036
F percent 0.2%
O intergovernmental European Southern Observatory
L facility Very Large Telescope
L facility VLT
L facility Paranal Observatory
L country Chile
F quantity 5.3 Earth masses
> "A rocky planet that size should be much denser. When we got a density of 3.4 grams per cubic centimeter, we knew something light was hiding in there, and water is the most likely answer," said lead author Camille Aubert-Nakamura, an astronomer at the University of Geneva in Switzerland.
Q direct Camille Aubert-Nakamura :: "A rocky planet that size should be much denser. When we got a density of 3.4 grams per cubic centimeter, we knew something light was hiding in there, and water is the most likely answer,"
F quantity 3.4 grams per cubic centimeter
P full Camille Aubert-Nakamura
O education University of Geneva
L country Switzerland
> The team then pointed NASA's James Webb Space Telescope (JWST) at the planet during four transits between October 2037 and February 2038. Webb's instruments picked up the signature of water vapor, along with traces of carbon dioxide.
O government NASA
F number four
F date October 2037
F date February 2038
> "We are not looking at an ocean world in the 'Star Trek' sense," said co-author Daniel Osei-Whitaker of the Kavli Institute for Astrophysics and Space Research at the Massachusetts Institute of Technology (MIT). "There is no surface you could stand on. Think of a deep, hot, steamy atmosphere sitting on top of a rock-and-iron core.
Q direct Daniel Osei-Whitaker :: "We are not looking at an ocean world in the 'Star Trek' sense,"
P full Daniel Osei-Whitaker
O education Kavli Institute for Astrophysics and Space Research
O education Massachusetts Institute of Technology
O education MIT
Q direct Daniel Osei-Whitaker :: "There is no surface you could stand on. Think of a deep, hot, steamy atmosphere sitting on top of a rock-and-iron core.
> "If our models are right, water makes up somewhere between 20% and 30% of the planet's mass. Nothing in our solar system looks like that," he said.
Q direct Daniel Osei-Whitaker :: "If our models are right, water makes up somewhere between 20% and 30% of the planet's mass. Nothing in our solar system looks like that,"
F percent 20%
F percent 30%
> Researchers have floated several labels for such planets, including "steam worlds" and "hycean" planets, and TOI-9142 c may be the clearest example yet, the MIT team said in a statement.
Q scare - :: "steam worlds"
Q scare - :: "hycean"
O education MIT
> Not everyone is convinced. Astronomer Rafaela Quiñones-Barth of the University of Arizona, who was not involved in the study, said the same density could be explained by a thick hydrogen atmosphere over a smaller core, and called the water result "plausible but not yet proven."
P full Rafaela Quiñones-Barth
O education University of Arizona
Q direct Rafaela Quiñones-Barth :: "plausible but not yet proven."
> "Four transits is a good start. I'd want two or three more before I call it a water world," she told Space.com.
Q direct Rafaela Quiñones-Barth :: "Four transits is a good start. I'd want two or three more before I call it a water world,"
F number Four
F number two
F number three
O media Space.com
> Webb is scheduled to watch the planet for another 42 hours in 2040, the team said. The findings were published Monday (March 14) in the journal Nature Astronomy.
F duration 42 hours
F date 2040
F date March 14
O media Nature Astronomy
'''

ARTICLES['918-ladies-mile-housing-consent-councillors-split-frankton-arrowtown-queenstown-otago-daily-times'] = r'''
> Queenstown
L city Queenstown
> Councillors split over 310-home consent near Frankton
F number 310
L city Frankton
> By Ruby Pettigrew
P full Ruby Pettigrew
> Wed, 17 Nov 2038
F date 17 Nov 2038
> Opponents of the Te Pūtahi Ladies Mile development gather outside the council offices in Queenstown yesterday. PHOTO: GUY WILLIAMSON-TAUA
L region Te Pūtahi Ladies Mile
L city Queenstown
P full GUY WILLIAMSON-TAUA
> A resource consent for 310 homes on 27ha of farmland at Te Pūtahi Ladies Mile has split Queenstown Lakes district councillors, after independent commissioners approved it despite more than 1100 submissions against.
F number 310
F quantity 27ha
L region Te Pūtahi Ladies Mile
L region Queenstown Lakes
F number 1100
> The developer, Kawarau Heights Developments Ltd, says the homes would sell for between $895,000 and $1.4 million, well below the district's median house price of $1.62m, and 40 of them would be set aside for the Queenstown Lakes Community Housing Trust.
O company Kawarau Heights Developments Ltd
F money $895,000
F money $1.4 million
F money $1.62m
F number 40
O nonprofit Queenstown Lakes Community Housing Trust
> But at a full council meeting yesterday, Cr Hannah Te Rangi-Mercer moved that the council seek a judicial review of the commissioners' decision, saying the traffic effects on State Highway 6 "were waved through".
P full Hannah Te Rangi-Mercer
L street State Highway 6
Q direct Hannah Te Rangi-Mercer :: "were waved through"
> "Anyone who drives from Lake Hayes Estate to Frankton at 8am knows that road is already full. We're adding 310 homes and a bus stop and calling it a plan," Cr Te Rangi-Mercer said.
Q direct Hannah Te Rangi-Mercer :: "Anyone who drives from Lake Hayes Estate to Frankton at 8am knows that road is already full. We're adding 310 homes and a bus stop and calling it a plan,"
L city Lake Hayes Estate
L city Frankton
F time 8am
F number 310
P partial Te Rangi-Mercer
> The motion was lost 6-5 after Mayor Annabel Whitcombe voted against it.
F number 6-5
P full Annabel Whitcombe
> Ms Whitcombe said the district was "about 4000 homes short" and could not keep saying no. "I understand the frustration in Arrowtown and at Lake Hayes, but the panel heard 11 days of evidence. A review would cost ratepayers $250,000 and a year, and at the end of it those homes would probably still be built."
P partial Whitcombe
Q direct Annabel Whitcombe :: "about 4000 homes short"
F number 4000
Q direct Annabel Whitcombe :: "I understand the frustration in Arrowtown and at Lake Hayes, but the panel heard 11 days of evidence. A review would cost ratepayers $250,000 and a year, and at the end of it those homes would probably still be built."
L city Arrowtown
L city Lake Hayes
F duration 11 days
F money $250,000
> The Ladies Mile Residents Group, which has about 700 members, said it was "deeply disappointed" and would consider its options.
O nonprofit Ladies Mile Residents Group
F number 700
Q direct Ladies Mile Residents Group :: "deeply disappointed"
> Its chairwoman, Dr Mereana Karaitiana-Boyd, said the site was "the last flat land between the Shotover River and Lake Hayes". "Once it's tarmac, it's tarmac," she said.
P full Mereana Karaitiana-Boyd
Q direct Mereana Karaitiana-Boyd :: "the last flat land between the Shotover River and Lake Hayes"
L geo Shotover River
L geo Lake Hayes
Q direct Mereana Karaitiana-Boyd :: "Once it's tarmac, it's tarmac,"
> In Arrowtown, 9km away, a separate application for 80 homes on the town's northern edge was declined in 2037, and some residents fear the Ladies Mile decision will be used to reopen it.
L city Arrowtown
F quantity 9km
F number 80
F date 2037
L region Ladies Mile
> Under the consent, the developer must pay $6.2m in development contributions to the Queenstown Lakes District Council (QLDC) and build a 1.5km walking and cycling track to Shotover Country. A QLDC spokeswoman said the money would go towards water and wastewater upgrades at Frankton.
F money $6.2m
O government Queenstown Lakes District Council
O government QLDC
F quantity 1.5km
L city Shotover Country
O government QLDC
L city Frankton
> In a statement, Kawarau Heights said it had "followed every step of the process" and expected to start earthworks in March 2039, with the first 60 homes finished by the end of 2040.
O company Kawarau Heights
Q direct Kawarau Heights Developments Ltd :: "followed every step of the process"
F date March 2039
F number 60
F date 2040
> A council staff member, who was not authorised to speak publicly, said legal advice to councillors put the chance of a successful review at "well under 50%".
Q direct - :: "well under 50%"
F percent 50%
> NZ Transport Agency Waka Kotahi (NZTA) said a $48m upgrade of the highway between Frankton and Lake Hayes, including bus lanes and a new roundabout at Howards Drive, was due to start in 2040. An NZTA spokesman said the agency had not opposed the consent.
O government NZ Transport Agency Waka Kotahi
O government NZTA
F money $48m
L city Frankton
L city Lake Hayes
L street Howards Drive
F date 2040
O government NZTA
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
