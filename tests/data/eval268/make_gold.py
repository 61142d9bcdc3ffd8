#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval268 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval268/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1651-dart-brt-phase-two-kilwa-road-mbagala-opens-the-citizen'] = r'''
> News
> DART Phase Two Opens as 70 New Buses Take to Kilwa Road
O government DART
F number 70
L street Kilwa Road
> Commuters in Mbagala say the 20.3-kilometre line has cut their journey to the city centre by half, but a Sh950 fare draws complaints
L city Mbagala
F quantity 20.3-kilometre
F fraction half
F money Sh950
> By Neema Mwakalinga
P full Neema Mwakalinga
> Tuesday, March 12, 2041
F date March 12, 2041
> Passengers board a bus at the Mbagala Rangi Tatu terminal in Dar es Salaam on Monday. PHOTO | ERASTO KIWELU
L facility Mbagala Rangi Tatu
L city Dar es Salaam
P full ERASTO KIWELU
> Dar es Salaam. The second phase of Dar es Salaam’s bus rapid transit system opened to the public yesterday, with 70 new buses running on a 20.3-kilometre dedicated lane along Kilwa Road from Gerezani to Mbagala.
L city Dar es Salaam
L city Dar es Salaam
F number 70
F quantity 20.3-kilometre
L street Kilwa Road
L city Gerezani
L city Mbagala
> The Dar Rapid Transit Agency (DART) said the phase, built at a cost of Sh412.6 billion, is expected to carry 215,000 passengers a day within its first 18 months, up from about 140,000 on the opening day. Residents have long called the red-and-blue buses “mwendokasi”, meaning speed.
O government Dar Rapid Transit Agency
O government DART
F money Sh412.6 billion
F number 215,000
F duration 18 months
F number 140,000
Q scare - :: “mwendokasi”
> “Today the people of Mbagala, Kurasini and Chang’ombe get what Kimara got ten years ago. We promised that the buses would come, and they have come,” said DART chief executive Eng Halima Mfinanga, speaking at the Gerezani depot.
Q direct Halima Mfinanga :: “Today the people of Mbagala, Kurasini and Chang’ombe get what Kimara got ten years ago. We promised that the buses would come, and they have come,”
L city Mbagala
L city Kurasini
L city Chang’ombe
L city Kimara
F duration ten years
O government DART
P full Halima Mfinanga
L facility Gerezani
> She said the agency had recruited 420 drivers and trained them for three months. “The first week will be difficult. Some buses will be late, some stations will be crowded, and we ask for patience.
F number 420
F duration three months
Q direct Halima Mfinanga :: “The first week will be difficult. Some buses will be late, some stations will be crowded, and we ask for patience.
> “By the end of April we expect a bus to leave each terminal every four minutes at peak hours,” Mfinanga said.
Q direct Halima Mfinanga :: “By the end of April we expect a bus to leave each terminal every four minutes at peak hours,”
F duration four minutes
P partial Mfinanga
> For Rehema Saidi Kombo, 34, who sells second-hand clothes at Kariakoo Market, the change was immediate. Her trip from Mbagala Kuu now takes 35 minutes instead of two hours in a daladala.
P full Rehema Saidi Kombo
F age 34
L facility Kariakoo Market
L city Mbagala Kuu
F duration 35 minutes
F duration two hours
> “I left home at 6.15am and I was at my stall by 6.50am. Before, I used to say ‘let me pray the traffic is kind today’,” she said. “But Sh950 is a lot when you go and come back every day.”
Q direct Rehema Saidi Kombo :: “I left home at 6.15am and I was at my stall by 6.50am. Before, I used to say ‘let me pray the traffic is kind today’,”
F time 6.15am
F time 6.50am
Q direct Rehema Saidi Kombo :: “But Sh950 is a lot when you go and come back every day.”
F money Sh950
> Under fares approved by the Land Transport Regulatory Authority (Latra), a trip on the new line costs Sh950 for adults and Sh200 for students, compared with Sh750 on the Kimara corridor. Latra said the fare reflected “the real cost of operating a modern fleet”.
O government Land Transport Regulatory Authority
O government Latra
F money Sh950
F money Sh200
F money Sh750
L city Kimara
O government Latra
Q direct Land Transport Regulatory Authority :: “the real cost of operating a modern fleet”
> Transport minister Prof Joseph Mwakilema, who launched the service, said the government would put the third phase, along Nyerere Road to Julius Nyerere International Airport, out to tender in July. “We are not stopping here,” he said.
P full Joseph Mwakilema
L street Nyerere Road
L facility Julius Nyerere International Airport
Q direct Joseph Mwakilema :: “We are not stopping here,”
> The World Bank, which lent $159 million for the phase, said commuters in the city lose an average of 2.5 hours a day in traffic. Its country manager for Tanzania, Marieke van Dorsten, put the cost at about 4 percent of Dar es Salaam’s output.
O intergovernmental World Bank
F money $159 million
F duration 2.5 hours
L country Tanzania
P full Marieke van Dorsten
F percent 4 percent
L city Dar es Salaam
> “A bus lane is cheap compared with a city that stands still. Phase one showed Tanzanians will leave their cars if the service is reliable,” Ms van Dorsten said.
Q direct Marieke van Dorsten :: “A bus lane is cheap compared with a city that stands still. Phase one showed Tanzanians will leave their cars if the service is reliable,”
P partial van Dorsten
> Not everything was ready. An official at the agency, who asked not to be named, said 12 of the 70 buses were still at the Ubungo depot awaiting “final checks” and that two stations near Mtoni had no ticket machines.
F number 12
F number 70
L facility Ubungo
Q direct - :: “final checks”
F number two
L city Mtoni
> Phase two has 29 stations and two terminals, at Mbagala Rangi Tatu and Gerezani. A third of the fleet runs on compressed natural gas, DART said, and buses will operate from 5am to 11pm.
F number 29
F number two
L facility Mbagala Rangi Tatu
L facility Gerezani
F fraction A third
O government DART
F time 5am
F time 11pm
'''

ARTICLES['1652-surrey-somerset-oval-county-championship-okonkwo-blake-century-telegraph'] = r'''
> Cricket
> Okonkwo-Blake Century Puts Surrey in Command Against Somerset
P partial Okonkwo-Blake
O team Surrey
O team Somerset
> Opener’s unbeaten 142 leaves Somerset facing a deficit of 211 with two days left as Vickery takes 4-61
F number 142
O team Somerset
F number 211
F duration two days
P partial Vickery
F score 4-61
> By Callum Ashworth-Reid, Cricket Correspondent, at the Oval
P full Callum Ashworth-Reid
L facility Oval
> 14 May 2041 • 7:02pm
F date 14 May 2041
F time 7:02pm
> Daniel Okonkwo-Blake drives through the covers during his career-best innings Credit: Getty Images/Tom Pellew
P full Daniel Okonkwo-Blake
O media Getty Images
P full Tom Pellew
> Daniel Okonkwo-Blake’s third century of the season put Surrey firmly in control of their County Championship match against Somerset at the Oval on Thursday, the opener finishing the second day unbeaten on 142 as the hosts closed on 384-5, a lead of 211.
P full Daniel Okonkwo-Blake
O team Surrey
O other County Championship
O team Somerset
L facility Oval
F number 142
F score 384-5
F number 211
> Somerset, bowled out for 173 in 58.4 overs on the opening day, toiled through three sessions under grey Kennington skies. Only Harry Vickery, the 21-year-old seamer from Yeovil, found much help, taking 4-61 from 24 overs.
O team Somerset
F score 173
F number 58.4
F number three
L city Kennington
P full Harry Vickery
F age 21-year-old
L city Yeovil
F score 4-61
F number 24
> “It was a pitch where you had to earn everything,” Okonkwo-Blake said. “The ball stopped coming on after lunch, so I told myself to be patient and wait for the bad one. I’m 31 now and I’ve learnt that the hard way.”
Q direct Daniel Okonkwo-Blake :: “It was a pitch where you had to earn everything,”
P partial Okonkwo-Blake
Q direct Daniel Okonkwo-Blake :: “The ball stopped coming on after lunch, so I told myself to be patient and wait for the bad one. I’m 31 now and I’ve learnt that the hard way.”
F age 31
> He shared a stand of 187 for the third wicket with Rahul Menon-Carter, who made 88 before he was caught behind off Vickery shortly after tea. Surrey’s captain, Ollie Prestwich, then added a brisk 41 from 39 balls.
F number 187
P full Rahul Menon-Carter
F number 88
P partial Vickery
O team Surrey
P full Ollie Prestwich
F number 41
F number 39
> Prestwich said the hosts would bat for “maybe 40 minutes” on Friday morning before declaring. “We want 20 overs at them tomorrow night if the weather allows, and we want them on a pitch that is starting to turn. Our spinners have waited two years for a surface like this.
P partial Prestwich
Q direct Ollie Prestwich :: “maybe 40 minutes”
F duration 40 minutes
Q direct Ollie Prestwich :: “We want 20 overs at them tomorrow night if the weather allows, and we want them on a pitch that is starting to turn. Our spinners have waited two years for a surface like this.
F number 20
F duration two years
> “Nobody in our dressing room is thinking about a draw. With 16 points on offer for a win, we have to be greedy,” he said.
Q direct Ollie Prestwich :: “Nobody in our dressing room is thinking about a draw. With 16 points on offer for a win, we have to be greedy,”
F number 16
> Somerset’s captain, Tom Abbotsleigh, admitted his side had been “second best for two days”. “We dropped Daniel on 34 and you can’t do that against a player of his class,” he said. “If we bat well on Saturday, 211 is not a mountain.”
O team Somerset
P full Tom Abbotsleigh
Q direct Tom Abbotsleigh :: “second best for two days”
F duration two days
Q direct Tom Abbotsleigh :: “We dropped Daniel on 34 and you can’t do that against a player of his class,”
P partial Daniel
F number 34
Q direct Tom Abbotsleigh :: “If we bat well on Saturday, 211 is not a mountain.”
F number 211
> Surrey have already collected five batting points and three bowling points, and a win would take them 14 points clear at the top of Division One. Somerset are sixth, with one win from five matches.
O team Surrey
F number five
F number three
F number 14
O other Division One
O team Somerset
F number one
F number five
> A crowd of 6,240 watched in chilly conditions, and the England and Wales Cricket Board (ECB) confirmed that a selector was at the ground to see Okonkwo-Blake, known to team-mates as “the Quiet Storm”. A member of the Surrey coaching staff, who asked not to be named, said: “He is ready for England. Everyone in this building knows it.”
F number 6,240
O nonprofit England and Wales Cricket Board
O nonprofit ECB
P partial Okonkwo-Blake
Q scare - :: “the Quiet Storm”
O team Surrey
Q direct - :: “He is ready for England. Everyone in this building knows it.”
O team England
> Play on Friday is due to start at 10.30am, with rain forecast from mid-afternoon. Somerset need 212 to make Surrey bat again, and Abbotsleigh, 29, said his side would “fight for every session” of the last two days.
F time 10.30am
O team Somerset
F number 212
O team Surrey
P partial Abbotsleigh
F age 29
Q direct Tom Abbotsleigh :: “fight for every session”
F duration two days
> Scores: Somerset 173; Surrey 384-5 (Okonkwo-Blake 142 not out, Menon-Carter 88; Vickery 4-61)
O team Somerset
F score 173
O team Surrey
F score 384-5
P partial Okonkwo-Blake
F number 142
P partial Menon-Carter
F number 88
P partial Vickery
F score 4-61
'''

ARTICLES['1653-cocoa-record-ivory-coast-harvest-falters-soubre-london-bloomberg'] = r'''
> Markets
> Cocoa Hits Record $16,400 a Ton as Ivory Coast Harvest Falters
F money $16,400
L country Ivory Coast
> Mid-crop arrivals at ports are down 31% from a year earlier
F percent 31%
> Chocolate makers brace for a third year of rising bean costs
> By Amara Diallo-Fenwick and Sébastien Kouamé
P full Amara Diallo-Fenwick
P full Sébastien Kouamé
> April 16, 2041 at 9:47 AM GMT+1
F date April 16, 2041
F time 9:47 AM GMT+1
> Cocoa beans dry in the sun at a co-operative near Soubré, Ivory Coast. Photographer: Issouf Bamba-Traoré/Bloomberg
L city Soubré
L country Ivory Coast
P full Issouf Bamba-Traoré
O media Bloomberg
> (Bloomberg) -- Cocoa futures jumped to a record as the harvest in Ivory Coast, the world’s biggest grower, showed fresh signs of failing, deepening a supply crunch that has already pushed prices up almost two-thirds this year.
O media Bloomberg
L country Ivory Coast
F fraction two-thirds
> The most-active contract on ICE Futures Europe rose as much as 4.2% to £12,950 a metric ton and traded at £12,870 at 10:12 a.m. in London. New York futures climbed 3.8% to $16,400 a ton, the highest ever. Prices have more than tripled since the start of 2039.
O company ICE Futures Europe
F percent 4.2%
F money £12,950
F money £12,870
F time 10:12 a.m.
L city London
L city New York
F percent 3.8%
F money $16,400
F date 2039
> Farmers in Ivory Coast delivered 1.38 million tons of beans to ports between Oct. 1 and April 14, down 22% from the same period a year earlier, according to exporter estimates compiled by Bloomberg. Arrivals since the mid-crop began have slumped 31%.
L country Ivory Coast
F quantity 1.38 million tons
F date Oct. 1
F date April 14
F percent 22%
O media Bloomberg
F percent 31%
> “The market has stopped asking whether there is a deficit and started asking how big it is,” said Julian Marchetti-Hale, head of soft commodities at Wexcombe Trading in London. “Every week the arrivals number comes in, and every week it’s worse than the week before.”
Q direct Julian Marchetti-Hale :: “The market has stopped asking whether there is a deficit and started asking how big it is,”
P full Julian Marchetti-Hale
O company Wexcombe Trading
L city London
Q direct Julian Marchetti-Hale :: “Every week the arrivals number comes in, and every week it’s worse than the week before.”
> Marchetti-Hale said some funds had been forced to cut positions after exchanges raised margin requirements twice in March, leaving the market “thin and jumpy.” He expects the global deficit for the 2040-41 season to reach 480,000 tons, the fourth shortfall in five years.
P partial Marchetti-Hale
Q direct Julian Marchetti-Hale :: “thin and jumpy.”
F date 2040-41
F quantity 480,000 tons
F duration five years
> In Soubré, in the country’s southwestern Nawa region, rains came late and black pod disease has spread through ageing trees. “We harvested 340 tons last season. This year we will be lucky to reach 200,” said Mariam Koné-Yao, president of the Coopérative Agricole de Soubré-Liberté, which has 1,150 members.
L city Soubré
L region Nawa
Q direct Mariam Koné-Yao :: “We harvested 340 tons last season. This year we will be lucky to reach 200,”
F quantity 340 tons
F number 200
P full Mariam Koné-Yao
O nonprofit Coopérative Agricole de Soubré-Liberté
F number 1,150
> Koné-Yao said the state marketing board, the Conseil du Café-Cacao, should pay farmers more than the 2,800 CFA francs ($4.65) a kilogram fixed for the mid-crop. “Our members hear the price in London and they ask me, ‘Where is our share?’ Some are cutting their trees to plant rubber,” she said.
P partial Koné-Yao
O government Conseil du Café-Cacao
F money 2,800 CFA francs
F money $4.65
Q direct Mariam Koné-Yao :: “Our members hear the price in London and they ask me, ‘Where is our share?’ Some are cutting their trees to plant rubber,”
L city London
> The Conseil du Café-Cacao said in a statement that the farmgate price would be “reviewed in light of market conditions” before October.
O government Conseil du Café-Cacao
Q direct Conseil du Café-Cacao :: “reviewed in light of market conditions”
> The rally is squeezing manufacturers. Brunnhofer Confiserie AG, the Zurich-based maker of pralines and bars, said Tuesday it will raise prices by 12% across Europe from July 1. Chief Financial Officer Lukas Obermatt-Sieber told analysts that cocoa now makes up about 40% of the company’s ingredient costs, up from 18% in 2038.
O company Brunnhofer Confiserie AG
L city Zurich
F percent 12%
L continent Europe
F date July 1
P full Lukas Obermatt-Sieber
F percent 40%
F percent 18%
F date 2038
> “We have hedged roughly half of our needs for the next nine months, but no hedge lasts forever,” Obermatt-Sieber said on the call. He said volumes could fall 3% to 5% this year as shoppers switch to cheaper snacks.
Q direct Lukas Obermatt-Sieber :: “We have hedged roughly half of our needs for the next nine months, but no hedge lasts forever,”
F fraction half
F duration nine months
P partial Obermatt-Sieber
F percent 3%
F percent 5%
> Neighboring Ghana, the No. 2 grower, is also struggling. A person familiar with its crop, who asked not to be identified because the figures aren’t public, said output there was “not much better” and may fall short of 500,000 tons for a second year.
L country Ghana
Q direct - :: “not much better”
F quantity 500,000 tons
> --With assistance from Yaw Boateng-Mensah.
P full Yaw Boateng-Mensah
'''

ARTICLES['1654-multnomah-county-addiction-treatment-levy-measure-alberta-street-oregonian'] = r'''
> Politics
> Multnomah County voters will decide on addiction treatment levy in May
L region Multnomah County
> The five-year property tax would raise about $118 million a year for 600 treatment and sobering beds
F duration five-year
F money $118 million
F number 600
> By Kendra Aldous-Whitfield | The Oregonian/OregonLive
P full Kendra Aldous-Whitfield
O media The Oregonian/OregonLive
> Published: Feb. 27, 2042, 6:15 a.m.
F date Feb. 27, 2042
F time 6:15 a.m.
> Customers line up outside a cafe on Northeast Alberta Street in Portland on Feb. 21, 2042. Dmitri Valencourt/The Oregonian
L street Northeast Alberta Street
L city Portland
F date Feb. 21, 2042
P full Dmitri Valencourt
O media The Oregonian
> Multnomah County voters will decide May 19 whether to tax themselves to pay for hundreds of new addiction treatment beds, after county commissioners voted 3-2 Wednesday to send a five-year levy to the ballot.
L region Multnomah County
F date May 19
F number 3-2
F duration five-year
> The measure, which will appear as Measure 26-318, would charge property owners 62 cents per $1,000 of assessed value starting in July 2042. The owner of a home assessed at $250,000 would pay about $155 a year, according to county estimates.
F money 62 cents
F money $1,000
F date July 2042
F money $250,000
F money $155
> Commissioner Lorraine Ocampo-Reyes said the county has 210 publicly funded detox and residential treatment beds for a population of about 800,000. Her office estimates the county needs at least 600 more.
P full Lorraine Ocampo-Reyes
F number 210
F number 800,000
F number 600
> "People call our crisis line at 2 a.m. and we tell them to call back next week," Ocampo-Reyes said. "That is not a system. That is a waiting list."
Q direct Lorraine Ocampo-Reyes :: "People call our crisis line at 2 a.m. and we tell them to call back next week,"
F time 2 a.m.
P partial Ocampo-Reyes
Q direct Lorraine Ocampo-Reyes :: "That is not a system. That is a waiting list."
> A county budget analyst, who was not authorized to speak publicly, said the new beds "won't all open in year one," citing sites such as a 40-bed "stabilization hub" planned near the Burnside Bridge.
Q direct - :: "won't all open in year one,"
F number 40
Q scare - :: "stabilization hub"
L facility Burnside Bridge
> Commissioner Grant Whitcombe, who voted no along with Commissioner Sandra Lin-Abernathy, said voters already pay two other county levies and a Metro income tax. "I support the goal. I don't support asking the same taxpayers again in the same decade," he said.
P full Grant Whitcombe
P full Sandra Lin-Abernathy
F number two
O government Metro
Q direct Grant Whitcombe :: "I support the goal. I don't support asking the same taxpayers again in the same decade,"
> On Northeast Alberta Street, where several storefronts have closed since 2040, Marisol Quintanilla-Brandt, 47, who has owned Tamarack Bakery for 11 years, said she plans to vote yes, even though her own property taxes rose 8% last year.
L street Northeast Alberta Street
F date 2040
P full Marisol Quintanilla-Brandt
F age 47
O company Tamarack Bakery
F duration 11 years
F percent 8%
> "Every morning I sweep needles from my doorway before I open at 6:30. I'm angry that nobody has a bed for them," she said. "My customers keep telling me, 'Marisol, you should move to Beaverton.' But this is my street.
Q direct Marisol Quintanilla-Brandt :: "Every morning I sweep needles from my doorway before I open at 6:30. I'm angry that nobody has a bed for them,"
F time 6:30
Q direct Marisol Quintanilla-Brandt :: "My customers keep telling me, 'Marisol, you should move to Beaverton.' But this is my street.
P partial Marisol
L city Beaverton
> "If this passes and it works, I'll pay it happily. If it's another program nobody can find, I'll be the first to say so."
Q direct Marisol Quintanilla-Brandt :: "If this passes and it works, I'll pay it happily. If it's another program nobody can find, I'll be the first to say so."
> The levy's campaign committee, Recovery Now PAC, is backed by the Oregon Nurses Association and Legacy Health and has raised $1.4 million, spokesperson Devin Achterberg said. Volunteers plan to knock on 90,000 doors before ballots are mailed April 29.
O other Recovery Now PAC
O nonprofit Oregon Nurses Association
O company Legacy Health
F money $1.4 million
P full Devin Achterberg
F number 90,000
F date April 29
> "This is the cheapest thing we can do. Untreated addiction costs us in emergency rooms, in jails and on the sidewalk," Achterberg said.
Q direct Devin Achterberg :: "This is the cheapest thing we can do. Untreated addiction costs us in emergency rooms, in jails and on the sidewalk,"
P partial Achterberg
> Opponents, organized as Taxpayers for Accountable Spending, call the measure a "blank check" and point to a 2040 state audit that found the county could not account for 14% of its treatment spending.
O nonprofit Taxpayers for Accountable Spending
Q direct Taxpayers for Accountable Spending :: "blank check"
F date 2040
F percent 14%
> Ayodele Hartmann-Price, who studies addiction policy at Portland State University, said county polling in January showed support at 54%, with 31% opposed. Local levies in Oregon have passed about two-thirds of the time since 2030, she said, "but support drops fast once people see the number on their tax bill."
P full Ayodele Hartmann-Price
O education Portland State University
F percent 54%
F percent 31%
L region Oregon
F fraction two-thirds
F date 2030
Q direct Ayodele Hartmann-Price :: "but support drops fast once people see the number on their tax bill."
> The county elections office expects turnout of 38 to 42 percent. Ballots must be returned by 8 p.m. on Election Day.
F percent 38
F percent 42 percent
F time 8 p.m.
> — Kendra Aldous-Whitfield; kaldous@oregonian.com; @kaldouswrites
P full Kendra Aldous-Whitfield
'''

ARTICLES['1655-typhoon-dalisay-bicol-samar-catbalogan-albay-evacuees-ndrrmc-rappler'] = r'''
> Weather
> Typhoon Dalisay pounds Bicol, Samar; 186,000 flee homes
L region Bicol
L geo Samar
F number 186,000
> ‘We lost everything in one night,’ says a Catbalogan fisherman as Dalisay crosses with 195-km/h winds
Q direct Edgardo Pacquing-Lao :: ‘We lost everything in one night,’
F duration one night
L city Catbalogan
F quantity 195-km/h
> Jairus Villaflor-Dizon
P full Jairus Villaflor-Dizon
> Nov 3, 2042 6:48 PM PHT
F date Nov 3, 2042
F time 6:48 PM PHT
> FLOODED. Residents of Barangay Mercedes in Catbalogan City wade through floodwaters on November 3, 2042. Photo by Reynaldo Tañada-Cruz/Rappler
L city Barangay Mercedes
L city Catbalogan City
F date November 3, 2042
P full Reynaldo Tañada-Cruz
O media Rappler
> MANILA, Philippines – Typhoon Dalisay slammed into Samar island and the Bicol region on Monday, November 3, forcing more than 186,000 people into evacuation centers and cutting power to at least four provinces, the National Disaster Risk Reduction and Management Council (NDRRMC) said.
L city MANILA
L country Philippines
L geo Samar
L region Bicol
F date November 3
F number 186,000
F number four
O government National Disaster Risk Reduction and Management Council
O government NDRRMC
> Dalisay made landfall over Catarman, Northern Samar, at 4:10 am with maximum sustained winds of 195 kilometers per hour and gusts of up to 240 km/h, state weather bureau PAGASA said. It weakened slightly as it crossed the San Bernardino Strait toward Sorsogon and Albay, where Signal No. 4 stayed raised until noon.
L city Catarman
L region Northern Samar
F time 4:10 am
F quantity 195 kilometers per hour
F quantity 240 km/h
O government PAGASA
L geo San Bernardino Strait
L region Sorsogon
L region Albay
> NDRRMC spokesperson Ramon Villareal-Sison said 14 people were confirmed dead as of 5 pm, most of them in Eastern Samar and Albay, while 22 others were missing. “We expect these numbers to rise once we reach the isolated barangays. Many roads are still blocked by landslides,” he said in a briefing at Camp Aguinaldo.
O government NDRRMC
P full Ramon Villareal-Sison
F number 14
F time 5 pm
L region Eastern Samar
L region Albay
F number 22
Q direct Ramon Villareal-Sison :: “We expect these numbers to rise once we reach the isolated barangays. Many roads are still blocked by landslides,”
L facility Camp Aguinaldo
> Villareal-Sison said the Department of Social Welfare and Development (DSWD) had prepositioned 48,000 family food packs worth ₱86 million in Tacloban and Legazpi. The DSWD said another 20,000 packs would be flown in within 48 hours.
P partial Villareal-Sison
O government Department of Social Welfare and Development
O government DSWD
F number 48,000
F money ₱86 million
L city Tacloban
L city Legazpi
O government DSWD
F number 20,000
F duration 48 hours
> In Catbalogan, the capital of Samar province, fisherman Edgardo Pacquing-Lao, 58, watched the sea take his boat and the hut he had lived in for three decades. “We lost everything in one night. The boat, the nets, the roof. My grandchildren are asking where we will sleep,” said Pacquing-Lao, who has fished in Maqueda Bay since he was 12.
L city Catbalogan
L region Samar
P full Edgardo Pacquing-Lao
F age 58
F duration three decades
Q direct Edgardo Pacquing-Lao :: “We lost everything in one night. The boat, the nets, the roof. My grandchildren are asking where we will sleep,”
F duration one night
P partial Pacquing-Lao
L geo Maqueda Bay
F age 12
> “The barangay captain told us, ‘Leave now, the water is coming.’ We thought he was exaggerating. By 3 am the water was at our chest,” he said.
Q direct Edgardo Pacquing-Lao :: “The barangay captain told us, ‘Leave now, the water is coming.’ We thought he was exaggerating. By 3 am the water was at our chest,”
F time 3 am
> PAGASA weather specialist Lorna Macaraeg-Ibay said up to 300 millimeters of rain fell on parts of Samar within 24 hours. She warned of storm surges of up to 3 meters along the coasts of Northern Samar and Sorsogon until Tuesday morning.
O government PAGASA
P full Lorna Macaraeg-Ibay
F quantity 300 millimeters
L geo Samar
F duration 24 hours
F quantity 3 meters
L region Northern Samar
L region Sorsogon
> “Dalisay is now moving faster, at 25 km/h, which is good news for Bicol. But it will still bring heavy rain to Mindoro and Batangas tonight,” Macaraeg-Ibay said.
Q direct Lorna Macaraeg-Ibay :: “Dalisay is now moving faster, at 25 km/h, which is good news for Bicol. But it will still bring heavy rain to Mindoro and Batangas tonight,”
F quantity 25 km/h
L region Bicol
L geo Mindoro
L region Batangas
P partial Macaraeg-Ibay
> Albay Governor Cristina Baldomero-Arcilla suspended classes at all levels until Wednesday and placed the province under a state of calamity, freeing ₱120 million in quick-response funds. In a Facebook post, she asked families near Mayon Volcano to stay put: “Huwag munang umuwi. Do not go home yet. The lahar channels are full.”
L region Albay
P full Cristina Baldomero-Arcilla
F money ₱120 million
O company Facebook
L geo Mayon Volcano
Q direct Cristina Baldomero-Arcilla :: “Huwag munang umuwi. Do not go home yet. The lahar channels are full.”
> Local officials ordered “forced evacuations” in 27 coastal towns. A Philippine Coast Guard official in Legazpi, who was not authorized to speak to media, said 3,400 passengers were stranded at the ports of Matnog and Allen. “Walang biyahe. No trips until the signal is lowered,” the official said.
Q scare - :: “forced evacuations”
F number 27
O government Philippine Coast Guard
L city Legazpi
F number 3,400
L city Matnog
L city Allen
Q direct - :: “Walang biyahe. No trips until the signal is lowered,”
> The Department of Agriculture placed initial crop damage at ₱1.2 billion, with some 41,000 hectares of rice and corn affected. Dalisay is expected to leave the country by Wednesday, November 5. – Rappler.com
O government Department of Agriculture
F money ₱1.2 billion
F quantity 41,000 hectares
F date November 5
O media Rappler.com
'''

ARTICLES['1656-kestrion-ai-inference-chip-series-c-eindhoven-theresien-ventures-munich-techcrunch'] = r'''
> Hardware
> Eindhoven’s Kestrion raises €210M Series C to take on Nvidia in AI inference
L city Eindhoven
O company Kestrion
F money €210M
O company Nvidia
> Marta Velasco-Lindqvist · 8:00 AM CET · January 14, 2043
P full Marta Velasco-Lindqvist
F time 8:00 AM CET
F date January 14, 2043
> Image Credits: Kestrion
O company Kestrion
> Kestrion, a Dutch startup that designs chips for running AI models in data centers, has raised €210 million ($228 million) in a Series C round led by Munich-based Theresien Ventures, the company told TechCrunch exclusively.
O company Kestrion
F money €210 million
F money $228 million
L city Munich
O company Theresien Ventures
O media TechCrunch
> The round values the company, founded in 2039, at €1.3 billion post-money, according to two people familiar with the deal, more than triple its valuation at its Series B in 2041. Existing investor Dommelvallei Capital and the EIC Fund, the venture arm of the European Innovation Council, also took part.
F date 2039
F money €1.3 billion
F number two
F date 2041
O company Dommelvallei Capital
O intergovernmental EIC Fund
O intergovernmental European Innovation Council
> Founded by chief executive Anouk Verbeek-Sandoval and two former researchers at Eindhoven University of Technology (TU/e), Kestrion makes an inference accelerator called Kestrel-2 that it says delivers 1,800 teraflops while drawing 350 watts, roughly 40% less power than comparable graphics processors.
P full Anouk Verbeek-Sandoval
F number two
O education Eindhoven University of Technology
O education TU/e
O company Kestrion
F quantity 1,800 teraflops
F quantity 350 watts
F percent 40%
> “Training gets the headlines, but inference is where the money is going to be spent for the next decade,” Verbeek-Sandoval said in an interview. “Every time you ask a chatbot a question, somebody pays for the electricity. We want that bill to be much smaller.”
Q direct Anouk Verbeek-Sandoval :: “Training gets the headlines, but inference is where the money is going to be spent for the next decade,”
P partial Verbeek-Sandoval
Q direct Anouk Verbeek-Sandoval :: “Every time you ask a chatbot a question, somebody pays for the electricity. We want that bill to be much smaller.”
> She said the company will use the money to grow from 140 employees to about 400 by the end of 2044, open a design center in Munich, and reserve production capacity at TSMC’s new plant in Dresden. TU/e still licenses two of the patents behind the chip to the startup.
F number 140
F number 400
F date 2044
L city Munich
O company TSMC
L city Dresden
O education TU/e
F number two
> Theresien Ventures partner Florian Achleitner-Voss said European customers were “tired of waiting in line” for American chips. “Kestrion is the first European team we’ve seen ship silicon on time, twice in a row,” he said. “That is rarer than people think.”
O company Theresien Ventures
P full Florian Achleitner-Voss
Q direct Florian Achleitner-Voss :: “tired of waiting in line”
Q direct Florian Achleitner-Voss :: “Kestrion is the first European team we’ve seen ship silicon on time, twice in a row,”
O company Kestrion
Q direct Florian Achleitner-Voss :: “That is rarer than people think.”
> Kestrion is one of a handful of so-called “sovereign AI” chipmakers that have drawn funding as governments in Europe push to reduce their reliance on U.S. suppliers. The European Commission has set aside €4.5 billion for such companies over 2044-2047.
O company Kestrion
Q scare - :: “sovereign AI”
L continent Europe
L country U.S.
O intergovernmental European Commission
F money €4.5 billion
F date 2044-2047
> Not everyone is convinced. Priya Ramaswamy-Holt, an analyst at Meridian Silicon Research in London, said Kestrion would need to sell at least 50,000 accelerators a year to justify its valuation, against roughly 6,000 shipped in 2042. “The chip is good. The question is whether they can build the software fast enough, because that’s where Nvidia’s moat is,” she said.
P full Priya Ramaswamy-Holt
O company Meridian Silicon Research
L city London
O company Kestrion
F number 50,000
F number 6,000
F date 2042
Q direct Priya Ramaswamy-Holt :: “The chip is good. The question is whether they can build the software fast enough, because that’s where Nvidia’s moat is,”
O company Nvidia
> A French cloud provider, which asked not to be named, told TechCrunch it had cut its inference costs by 35% after moving part of its workload to Kestrion hardware over the past six months. “It just worked, which is not something we say about new chips,” its head of infrastructure wrote in an email.
O media TechCrunch
F percent 35%
O company Kestrion
F duration six months
Q direct - :: “It just worked, which is not something we say about new chips,”
> Kestrion’s revenue reached €64 million last year, up from €19 million in 2041, Verbeek-Sandoval said, and the company expects to turn a profit within 18 months. Its chips are packaged in Taiwan and tested in Veldhoven, a few kilometers from its headquarters on the High Tech Campus.
O company Kestrion
F money €64 million
F money €19 million
F date 2041
P partial Verbeek-Sandoval
F duration 18 months
L country Taiwan
L city Veldhoven
L facility High Tech Campus
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
