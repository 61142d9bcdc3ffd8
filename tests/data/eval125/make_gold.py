#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval125 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval125/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['793-titicaca-trout-die-off-tiquina-huatajata-cage-farmers-emergency-la-paz-mercopress'] = r'''
> Bolivian trout farmers on Lake Titicaca lose 140 tonnes of fish as oxygen crashes in Tiquina strait
L geo Lake Titicaca
F quantity 140 tonnes
L geo Tiquina
> Wednesday, March 24th 2038 - 08:52 UTC
F date March 24th 2038
F time 08:52 UTC
> Trout cages of a fish farming cooperative off San Pablo de Tiquina, where the first dead fish were found. (Photo: ABI)
L city San Pablo de Tiquina
O media ABI
> Fish farmers on the Bolivian shore of Lake Titicaca have lost an estimated 140 tonnes of rainbow trout in less than a week after oxygen levels in the water collapsed, according to the Ministry of Rural Development and Lands, which on Tuesday declared a 90-day emergency in three municipalities of La Paz department.
L geo Lake Titicaca
F quantity 140 tonnes
O government Ministry of Rural Development and Lands
F duration 90-day
F number three
L region La Paz
> The die-off began on March 18 in floating cages off San Pablo de Tiquina and spread within days to farms at Huatajata and Chúa, on the lake's smaller southern basin, known as Lago Menor or Wiñaymarka. By Monday, 1,870 families who depend on trout were affected, the ministry said.
F date March 18
L city San Pablo de Tiquina
L city Huatajata
L city Chúa
L geo Lago Menor
L geo Wiñaymarka
F number 1,870
> Technicians from the state fisheries and aquaculture agency, IPD Pacu, measured dissolved oxygen of 2.1 milligrams per litre at a depth of 5 metres near the cages on Saturday, against the 6 milligrams trout need to thrive. Water at the surface reached 17.4°C, nearly 3 degrees above the average for March.
O government IPD Pacu
F quantity 2.1 milligrams per litre
F quantity 5 metres
F quantity 6 milligrams
F quantity 17.4°C
F quantity 3 degrees
> "The lake is warming and it receives more sewage every year. When the wind drops for three or four days, the water at the bottom turns over and the fish suffocate," said Wilma Choque Apaza, the agency's director, at a press conference in El Alto.
Q direct Wilma Choque Apaza :: "The lake is warming and it receives more sewage every year. When the wind drops for three or four days, the water at the bottom turns over and the fish suffocate,"
F duration three
F duration four days
P full Wilma Choque Apaza
L city El Alto
> At Huatajata, Aymara producer Teodoro Mamani Ticona, 58, said his family had pulled 3,200 dead fish out of its four cages in two days.
L city Huatajata
P full Teodoro Mamani Ticona
F age 58
F number 3,200
F number four
F duration two days
> "We took a loan of 45,000 bolivianos (about US$6,500) for these cages in 2036. The trout were almost ready for Easter, when the price is best. Now I have to pay the bank with what?" Mamani said.
Q direct Teodoro Mamani Ticona :: "We took a loan of 45,000 bolivianos (about US$6,500) for these cages in 2036. The trout were almost ready for Easter, when the price is best. Now I have to pay the bank with what?"
F money 45,000 bolivianos
F money US$6,500
F date 2036
P partial Mamani
> Prices in the markets of El Alto and La Paz have jumped from Bs 35 to Bs 48 a kilo since the weekend, as buyers turn to trout trucked in from Puno, across the border in Peru.
L city El Alto
L city La Paz
F money Bs 35
F money Bs 48
L city Puno
L country Peru
> The Lago Menor Fish Farmers' Federation said in a statement that the emergency declaration "came too late" and asked state lender Banco de Desarrollo Productivo to freeze loan payments for 12 months.
O nonprofit Lago Menor Fish Farmers' Federation
Q direct Lago Menor Fish Farmers' Federation :: "came too late"
O company Banco de Desarrollo Productivo
F duration 12 months
> The Binational Autonomous Authority of Lake Titicaca (ALT), which Bolivia and Peru share, said it would send a joint team to sample the water this week. Environmental groups have long blamed untreated sewage from El Alto, a city of about 1.2 million people, which reaches the lake through the Katari River and Cohana Bay.
O intergovernmental Binational Autonomous Authority of Lake Titicaca
O intergovernmental ALT
L country Bolivia
L country Peru
L city El Alto
F number 1.2 million
L geo Katari River
L geo Cohana Bay
> An official at the ministry, who asked not to be named, said the government would distribute 20 tonnes of feed and restock cages with 400,000 fingerlings from a hatchery at Tiquina.
F quantity 20 tonnes
F number 400,000
L city Tiquina
> "We cannot bring the fish back, but nobody is going to lose their cages," the official told MercoPress.
Q direct - :: "We cannot bring the fish back, but nobody is going to lose their cages,"
O media MercoPress
> Bolivia produced about 4,500 tonnes of trout in 2037, some 70% of it from Lake Titicaca, according to IPD Pacu figures.
L country Bolivia
F quantity 4,500 tonnes
F date 2037
F percent 70%
L geo Lake Titicaca
O government IPD Pacu
'''

ARTICLES['794-kottilpadu-country-boat-capsizes-colachel-three-fishermen-missing-kanniyakumari-the-hindu'] = r'''
> Tamil Nadu
L region Tamil Nadu
> Three fishermen missing after country boat capsizes off Colachel
F number Three
L city Colachel
> Coast Guard ships and 12 fishing boats search the sea off Kanniyakumari as families wait on the shore at Kottilpadu
O government Coast Guard
F number 12
L region Kanniyakumari
L city Kottilpadu
> V. Cyril Joseph Raj
P full V. Cyril Joseph Raj
> Published - July 09, 2038 08:41 pm IST - NAGERCOIL
F date July 09, 2038
F time 08:41 pm IST
L city NAGERCOIL
> Relatives of the missing fishermen wait on the beach at Kottilpadu near Colachel on Friday. | Photo Credit: A. Shaik Mohideen
L city Kottilpadu
L city Colachel
P full A. Shaik Mohideen
> Three fishermen from Kottilpadu near Colachel in Kanniyakumari district went missing after their country boat capsized in a sudden squall about 18 nautical miles off the coast early on Thursday (July 8, 2038). Two others on the boat were rescued by the crew of a nearby vessel.
F number Three
L city Kottilpadu
L city Colachel
L region Kanniyakumari
F quantity 18 nautical miles
F date July 8, 2038
F number Two
> The missing fishermen were identified as A. Maria Selvam, 46, his nephew J. Antony Sahayaraj, 23, and S. Xavier Benedict, 38, all of Kottilpadu. The rescued men, R. Arul Dhas, 51, and M. Lourdu Samy, 29, were admitted to the Kanniyakumari Government Medical College Hospital at Asaripallam.
P full A. Maria Selvam
F age 46
P full J. Antony Sahayaraj
F age 23
P full S. Xavier Benedict
F age 38
L city Kottilpadu
P full R. Arul Dhas
F age 51
P full M. Lourdu Samy
F age 29
O other Kanniyakumari Government Medical College Hospital
L city Asaripallam
> “The sea was calm when we left Colachel harbour at 3 a.m. Around 5.30 a.m. the wind turned, and a wave as tall as a coconut tree hit us from the side,” Mr. Arul Dhas told The Hindu from his hospital bed. “I held on to a plastic can for nearly two hours. I could hear Selvam shouting, and then I could not.”
Q direct R. Arul Dhas :: “The sea was calm when we left Colachel harbour at 3 a.m. Around 5.30 a.m. the wind turned, and a wave as tall as a coconut tree hit us from the side,”
L city Colachel
F time 3 a.m.
F time 5.30 a.m.
P partial Arul Dhas
O media The Hindu
Q direct R. Arul Dhas :: “I held on to a plastic can for nearly two hours. I could hear Selvam shouting, and then I could not.”
F duration two hours
P partial Selvam
> The Indian Coast Guard pressed two ships and an aircraft into the search, covering an area of about 40 nautical miles by 25 nautical miles, a Coast Guard official in Thoothukudi said. Fishermen from Kottilpadu, Kurumpanai and Midalam went out in 12 boats on Friday to join the search.
O government Indian Coast Guard
F number two
F quantity 40 nautical miles
F quantity 25 nautical miles
O government Coast Guard
L city Thoothukudi
L city Kottilpadu
L city Kurumpanai
L city Midalam
F number 12
> The India Meteorological Department (IMD) had forecast squally weather with wind speeds of 40-50 kmph along the Kanniyakumari coast and the Gulf of Mannar till July 10, and fishermen had been advised not to venture into the sea, officials of the Fisheries Department said.
O government India Meteorological Department
O government IMD
F quantity 40-50 kmph
L region Kanniyakumari
L geo Gulf of Mannar
F date July 10
O government Fisheries Department
> Fishermen in Kottilpadu said the warning had not reached them. “Most of our boats do not carry a VHF set. A warning read out on television at night does not reach a man who is at sea by 3 a.m.,” said J. Christudas, president of the Kanniyakumari District Traditional Fishworkers’ Union.
L city Kottilpadu
Q direct J. Christudas :: “Most of our boats do not carry a VHF set. A warning read out on television at night does not reach a man who is at sea by 3 a.m.,”
F time 3 a.m.
P full J. Christudas
O nonprofit Kanniyakumari District Traditional Fishworkers’ Union
> He said the union had demanded ₹25 lakh as compensation for each family and a distress beacon for every country boat, which he called “a matter of ₹9,000 a boat”.
F money ₹25 lakh
Q direct J. Christudas :: “a matter of ₹9,000 a boat”
F money ₹9,000
> At St. Antony’s Church in Kottilpadu, where families gathered through Friday, Maria Selvam’s wife, M. Rexlin, sat with her two daughters. “He told me he would be back before the noon Mass. He has gone out for 30 years, and the sea always sent him back,” she said.
L facility St. Antony’s Church
L city Kottilpadu
P partial Maria Selvam
P full M. Rexlin
F number two
Q direct M. Rexlin :: “He told me he would be back before the noon Mass. He has gone out for 30 years, and the sea always sent him back,”
F duration 30 years
> Collector R. Meenakshi Sundaram visited the families on Friday evening. In a statement issued in Chennai, the Fisheries and Fishermen Welfare Department said it had released ₹1.5 lakh as interim relief to each of the five families.
P full R. Meenakshi Sundaram
L city Chennai
O government Fisheries and Fishermen Welfare Department
F money ₹1.5 lakh
F number five
> This is the third boat accident off the district’s coast since the southwest monsoon set in on June 2. Seven fishermen from the district have died at sea in 2038, according to the union.
F date June 2
F number Seven
F date 2038
'''

ARTICLES['795-a-league-women-round-15-phoenix-stun-city-porirua-park-jets-top-four-ladder-abc-sport'] = r'''
> ABC Sport
O media ABC Sport
> Phoenix stun leaders City in Porirua as Jets climb into A-League Women top four
O team Phoenix
O team City
L city Porirua
O team Jets
O other A-League Women
F number four
> By Hannah Lockwood-Ruiz
P full Hannah Lockwood-Ruiz
> Posted Sun 13 Feb 2039 at 6:42pm
F date 13 Feb 2039
F time 6:42pm
> Tahlia Ngata-Hēnare wheels away after scoring the Phoenix's winner at Porirua Park. (AAP: Dan Fairbrother)
P full Tahlia Ngata-Hēnare
O team Phoenix
L facility Porirua Park
O media AAP
P full Dan Fairbrother
> Wellington Phoenix have ended Melbourne City's 11-game unbeaten run with a 2-1 win at Porirua Park, while Newcastle Jets moved into the A-League Women top four with a 3-0 thrashing of Canberra United.
O team Wellington Phoenix
O team Melbourne City
F number 11
F score 2-1
L facility Porirua Park
O team Newcastle Jets
O other A-League Women
F number four
F score 3-0
O team Canberra United
> In front of a crowd of 2,418 on Sunday afternoon, 19-year-old Tahlia Ngata-Hēnare struck in the 84th minute, turning onto her left foot at the edge of the box and curling a shot past City goalkeeper Ingrid Solheim-Byrne.
F number 2,418
F age 19-year-old
P full Tahlia Ngata-Hēnare
O team City
P full Ingrid Solheim-Byrne
> City had led through Kiara Dhillon's header before half-time, but Mele Fifita levelled for the Nix seven minutes after the break.
O team City
P full Kiara Dhillon
P full Mele Fifita
O team Nix
F duration seven minutes
> "I just hit it and hoped. My nana was in the stand, so that one's for her," Ngata-Hēnare said.
Q direct Tahlia Ngata-Hēnare :: "I just hit it and hoped. My nana was in the stand, so that one's for her,"
P partial Ngata-Hēnare
> Phoenix coach Rhiannon Tauroa said her side had "finally believed" they could live with the leaders.
O team Phoenix
P full Rhiannon Tauroa
Q direct Rhiannon Tauroa :: "finally believed"
> "We've been close against the top teams all season and come away with nothing. Today the girls stayed in the fight for 90 minutes," she said.
Q direct Rhiannon Tauroa :: "We've been close against the top teams all season and come away with nothing. Today the girls stayed in the fight for 90 minutes,"
F duration 90 minutes
> City coach Joanna Mercer-Liu did not hide her frustration. "We gave them the ball in our own half twice and got punished once. That's on us, not on the referee.
O team City
P full Joanna Mercer-Liu
Q direct Joanna Mercer-Liu :: "We gave them the ball in our own half twice and got punished once. That's on us, not on the referee.
> "We're still four points clear and we'll be fine, but today we looked like a team that thought the job was done before kick-off."
Q direct Joanna Mercer-Liu :: "We're still four points clear and we'll be fine, but today we looked like a team that thought the job was done before kick-off."
F number four
> City remain top, after Sydney FC were held 1-1 by Western Sydney Wanderers in front of 6,102 at Marconi Stadium on Saturday night.
O team City
O team Sydney FC
F score 1-1
O team Western Sydney Wanderers
F number 6,102
L facility Marconi Stadium
> Bree Papadopoulos gave the Sky Blues the lead from the penalty spot, and Wanderers captain Ngozi Okafor-Hill equalised in stoppage time with her fifth goal of the season.
P full Bree Papadopoulos
O team Sky Blues
O team Wanderers
P full Ngozi Okafor-Hill
> In Newcastle, Yui Takahashi-Reid scored twice inside 20 minutes and Jets skipper Sienna O'Rourke added a third as the home side kept a fourth clean sheet in a row at No. 2 Sportsground.
L city Newcastle
P full Yui Takahashi-Reid
F duration 20 minutes
O team Jets
P full Sienna O'Rourke
L facility No. 2 Sportsground
> "We talk about being hard to beat, and the girls have bought into it," Jets coach Dale Wirihana said. "But nobody here is looking at the table yet."
Q direct Dale Wirihana :: "We talk about being hard to beat, and the girls have bought into it,"
O team Jets
P full Dale Wirihana
Q direct Dale Wirihana :: "But nobody here is looking at the table yet."
> Elsewhere, Brisbane Roar beat Perth Glory 2-0 at Perry Park, Adelaide United and Central Coast Mariners drew 2-2, and Melbourne Victory edged Western United 1-0 at the Home of the Matildas in Bundoora.
O team Brisbane Roar
O team Perth Glory
F score 2-0
L facility Perry Park
O team Adelaide United
O team Central Coast Mariners
F score 2-2
O team Melbourne Victory
O team Western United
F score 1-0
L facility Home of the Matildas
L city Bundoora
> The Mariners' draw left them fifth, a point behind Newcastle, with seven rounds remaining before the finals series in April.
O team Mariners
O team Newcastle
F number seven
> A-League Women ladder (top six after round 15: P W D L GD Pts)
O other A-League Women
F number six
> 1. Melbourne City 15 11 2 2 +21 35
O team Melbourne City
F number 15
F number 11
F number 2
F number 2
F number +21
F number 35
> 2. Sydney FC 15 9 4 2 +14 31
O team Sydney FC
F number 15
F number 9
F number 4
F number 2
F number +14
F number 31
> 3. Brisbane Roar 15 8 3 4 +9 27
O team Brisbane Roar
F number 15
F number 8
F number 3
F number 4
F number +9
F number 27
> 4. Newcastle Jets 15 7 5 3 +8 26
O team Newcastle Jets
F number 15
F number 7
F number 5
F number 3
F number +8
F number 26
> 5. Central Coast Mariners 15 7 4 4 +3 25
O team Central Coast Mariners
F number 15
F number 7
F number 4
F number 4
F number +3
F number 25
> 6. Wellington Phoenix 15 7 2 6 -1 23
O team Wellington Phoenix
F number 15
F number 7
F number 2
F number 6
F number -1
F number 23
'''

ARTICLES['796-svan-villagers-block-mestia-road-mulkhura-hydropower-plant-ushba-energy-oc-media'] = r'''
> ‘We will not leave our towers’: Svan villagers block road to Mestia over hydropower plant
Q direct Lasha Gurchiani :: ‘We will not leave our towers’
L city Mestia
> Residents of four communities in Upper Svaneti say the planned 86 MW plant on the Mulkhura River would flood hay meadows and threaten medieval tower houses.
F number four
L region Upper Svaneti
F quantity 86 MW
L geo Mulkhura River
> by Ketevan Pirtskhalava
P full Ketevan Pirtskhalava
> 12 May 2038
F date 12 May 2038
> Protesters on the Zugdidi–Mestia road near Lenjeri on 11 May. Photo: Gela Khorguani/OC Media
L city Zugdidi
L city Mestia
L city Lenjeri
F date 11 May
P full Gela Khorguani
O media OC Media
> Hundreds of residents of Upper Svaneti, in Georgia’s northwest, have blocked the only road to the mountain town of Mestia for a second day, demanding that the government cancel a memorandum with Ushba Energy to build a hydropower plant on the Mulkhura River.
L region Upper Svaneti
L country Georgia
L city Mestia
O company Ushba Energy
L geo Mulkhura River
> The protest began on Tuesday morning at Lenjeri, 4 kilometres below Mestia, where villagers parked tractors across the road and set up a tent. By the evening of 11 May more than 60 tourist minibuses and trucks were queuing on the road from Zugdidi, police said.
L city Lenjeri
F quantity 4 kilometres
L city Mestia
F date 11 May
F number 60
L city Zugdidi
> ‘Our grandfathers built these towers’
Q direct Lasha Gurchiani :: ‘Our grandfathers built these towers’
> The plant, which Ushba Energy, a Georgian subsidiary of the Turkish company Kavaklı Enerji, valued at $212 million, would divert water from the Mulkhura through a 9.6-kilometre tunnel to a powerhouse below Mulakhi. A reservoir of 38 hectares would cover the meadows of Zhabeshi and Cholashi, the company’s 2037 environmental impact assessment shows.
O company Ushba Energy
O company Kavaklı Enerji
F money $212 million
L geo Mulkhura
F quantity 9.6-kilometre
L city Mulakhi
F quantity 38 hectares
L city Zhabeshi
L city Cholashi
F date 2037
> “Our grandfathers built these towers to defend the valley from invaders. Now the invader comes with a stamp from Tbilisi,” Lasha Gurchiani, 67, a retired teacher from Mulakhi, told OC Media at the roadblock. “If they take the river, the young people will leave, and the towers will stand empty. We will not leave our towers.”
Q direct Lasha Gurchiani :: “Our grandfathers built these towers to defend the valley from invaders. Now the invader comes with a stamp from Tbilisi,”
L city Tbilisi
P full Lasha Gurchiani
F age 67
L city Mulakhi
O media OC Media
Q direct Lasha Gurchiani :: “If they take the river, the young people will leave, and the towers will stand empty. We will not leave our towers.”
> Gurchiani said about 1,100 people live in the four communities of Mulakhi, Ipari, Tskhumari and Becho, and that nobody from the company had come to explain the project to them.
P partial Gurchiani
F number 1,100
F number four
L city Mulakhi
L city Ipari
L city Tskhumari
L city Becho
> Mzia Chartolani, who rents six rooms to hikers in Zhabeshi, said her bookings for July had already fallen by a third. “People come here to see Ushba and the towers, not a construction site,” she said.
P full Mzia Chartolani
F number six
L city Zhabeshi
F fraction a third
Q direct Mzia Chartolani :: “People come here to see Ushba and the towers, not a construction site,”
L geo Ushba
> Company and ministry respond
> In a statement on Wednesday, Ushba Energy said the plant would produce 410 GWh a year and pay ₾3.8 million ($1.4 million) in property tax to Mestia Municipality annually. It said the tunnel route had been chosen “to keep every tower and church out of the construction zone”.
O company Ushba Energy
F quantity 410 GWh
F money ₾3.8 million
F money $1.4 million
O government Mestia Municipality
Q direct Ushba Energy :: “to keep every tower and church out of the construction zone”
> The Ministry of Economy and Sustainable Development said the memorandum, signed on 30 December 2037, was “not a construction permit” and that the project would still need a full review, including public hearings in Mestia.
O government Ministry of Economy and Sustainable Development
F date 30 December 2037
Q direct Ministry of Economy and Sustainable Development :: “not a construction permit”
L city Mestia
> The Tbilisi-based group Green Alternative, which has followed the dam projects on the Enguri basin for two decades, called the memorandum “the Nenskra mistake again, one valley further east”. It noted that Upper Svaneti’s towers are part of a UNESCO World Heritage Site.
L city Tbilisi
O nonprofit Green Alternative
L geo Enguri
F duration two decades
Q direct Green Alternative :: “the Nenskra mistake again, one valley further east”
L geo Nenskra
L region Upper Svaneti
O intergovernmental UNESCO
> A member of the Mestia Sakrebulo (municipal council) from the ruling Georgian Dream party, who spoke on condition of anonymity, said local deputies had not seen the memorandum before it was signed. “We learned about it from Facebook, like everyone else,” he said.
O government Mestia Sakrebulo
O party Georgian Dream
Q direct - :: “We learned about it from Facebook, like everyone else,”
O company Facebook
> Georgia generates about 75% of its electricity from hydropower, and the government has said it wants to add 1,500 MW of new capacity by 2040. Several earlier plans in Svaneti, including the 280 MW Nenskra plant, were halted after protests.
L country Georgia
F percent 75%
F quantity 1,500 MW
F date 2040
L region Svaneti
F quantity 280 MW
L geo Nenskra
> Protesters said they would keep the road closed to trucks but let through ambulances and residents until the ministry sent a representative to Lenjeri.
L city Lenjeri
'''

ARTICLES['797-unity-council-votes-buy-last-wooden-grain-elevator-for-1-dollar-heritage-battlefords-news-optimist'] = r'''
> Unity council votes 4-3 to buy town's last wooden grain elevator for $1
L city Unity
F number 4-3
F money $1
> Heritage committee has until Sept. 30 to raise $85,000 or the 1928 elevator comes down
F date Sept. 30
F money $85,000
F date 1928
> Jun 2, 2038 11:05 AM
F date Jun 2, 2038
F time 11:05 AM
> By Carly Wasylyshyn, Local Journalism Initiative reporter
P full Carly Wasylyshyn
> The wooden elevator beside the CPKC line on the west side of Unity was last used to load grain in 2019. Photo: Carly Wasylyshyn/Battlefords News-Optimist
O company CPKC
L city Unity
F date 2019
P full Carly Wasylyshyn
O media Battlefords News-Optimist
> UNITY — Town council has voted to buy the last wooden grain elevator standing in Unity for $1, giving a group of residents four months to show they can pay to keep it up.
L city UNITY
L city Unity
F money $1
F duration four months
> The motion passed 4-3 at Tuesday night's regular meeting after nearly two hours of debate in front of about 60 people who filled the council chambers and the hallway of the town office on Main Street.
F number 4-3
F duration two hours
F number 60
L street Main Street
> Under the agreement, Northwest Grain Handlers Ltd. will transfer the 1928 elevator and a 0.8-acre lot beside the CPKC main line to the town, along with $40,000 it had set aside for demolition. If the Unity Elevator Preservation Committee cannot raise $85,000 by Sept. 30, the town will use that money to take the building down.
O company Northwest Grain Handlers Ltd.
F date 1928
F quantity 0.8-acre
O company CPKC
F money $40,000
O nonprofit Unity Elevator Preservation Committee
F money $85,000
F date Sept. 30
> Mayor Doreen Hnatiuk cast the deciding vote.
P full Doreen Hnatiuk
> "Every town on Highway 14 used to have five or six of these. Now you can drive from Biggar to Macklin and count them on one hand," Hnatiuk said after the meeting. "I'm not willing to be the mayor who knocked down the last one without giving people a chance."
Q direct Doreen Hnatiuk :: "Every town on Highway 14 used to have five or six of these. Now you can drive from Biggar to Macklin and count them on one hand,"
L street Highway 14
F number five
F number six
L city Biggar
L city Macklin
P partial Hnatiuk
Q direct Doreen Hnatiuk :: "I'm not willing to be the mayor who knocked down the last one without giving people a chance."
> Coun. Marcel Delorme, who voted against, said an engineering report commissioned by the town put the cost of a new roof, cladding and foundation work at $212,000 to $260,000 over 10 years, plus $6,800 a year for insurance.
P full Marcel Delorme
F money $212,000
F money $260,000
F duration 10 years
F money $6,800
> "It's a beautiful building. It's also 27 metres of dry wood beside a rail line," Delorme said. "If the committee comes up short in year three, it's the ratepayers of Unity who are stuck with it."
Q direct Marcel Delorme :: "It's a beautiful building. It's also 27 metres of dry wood beside a rail line,"
F quantity 27 metres
P partial Delorme
Q direct Marcel Delorme :: "If the committee comes up short in year three, it's the ratepayers of Unity who are stuck with it."
L city Unity
> Coun. Brent Kowalchuk and Coun. Lorna Sinclair-Yakimchuk also voted against the purchase.
P full Brent Kowalchuk
P full Lorna Sinclair-Yakimchuk
> The committee's chair, retired farmer Gordon Laliberte, 74, said it had already collected $31,450 in pledges, including $10,000 from the Unity Credit Union and $5,000 from the RM of Round Valley No. 410.
P full Gordon Laliberte
F age 74
F money $31,450
F money $10,000
O company Unity Credit Union
F money $5,000
O government RM of Round Valley No. 410
> Laliberte said his father hauled wheat to the elevator with horses in the 1940s, when it held about 35,000 bushels and was one of seven along the tracks. The others were torn down between 1979 and 2004.
P partial Laliberte
F date 1940s
F quantity 35,000 bushels
F number seven
F date 1979
F date 2004
> "People in Saskatoon and Calgary put pictures of these elevators on their walls. We've got a real one, and we nearly let it go for a dollar's worth of paperwork," he said.
Q direct Gordon Laliberte :: "People in Saskatoon and Calgary put pictures of these elevators on their walls. We've got a real one, and we nearly let it go for a dollar's worth of paperwork,"
L city Saskatoon
L city Calgary
> The committee plans a fundraising supper and auction at the Unity Community Centre on June 26 and has applied to Saskatchewan Heritage Foundation for a conservation grant of up to $25,000.
L facility Unity Community Centre
F date June 26
O government Saskatchewan Heritage Foundation
F money $25,000
> Wooden elevators once numbered about 3,000 across Saskatchewan. Fewer than 300 remain, according to a 2036 count by Heritage Saskatchewan.
F number 3,000
L region Saskatchewan
F number 300
F date 2036
O nonprofit Heritage Saskatchewan
> A Northwest Grain Handlers spokesperson said the company was "pleased the town found a path forward" and would leave the site as is until the end of September.
O company Northwest Grain Handlers
Q direct - :: "pleased the town found a path forward"
'''

ARTICLES['798-cabras-lagoon-mullet-die-off-heatwave-sardinia-bottarga-fishers-the-local-italy'] = r'''
> 'It smells like the end of summer': Heatwave kills tonnes of mullet in Sardinian lagoon
Q direct Salvatore Corrias :: 'It smells like the end of summer'
> Fishers in Cabras, home of Sardinia's famous bottarga, say up to 60 tonnes of fish have died since Tuesday as water in the lagoon passed 33C.
L city Cabras
L region Sardinia
F quantity 60 tonnes
F quantity 33C
> Published: 6 August 2038 14:12 CEST
F date 6 August 2038
F time 14:12 CEST
> Giulia Mereu
P full Giulia Mereu
> Dead mullet at the Mar'e Pontis fish weir on the edge of the Cabras lagoon on Thursday. Photo: Efisio Loddo / AFP
L facility Mar'e Pontis
L city Cabras
P full Efisio Loddo
O media AFP
> Workers in boats and waders have been pulling dead fish out of the Stagno di Cabras, the largest lagoon on Sardinia's west coast, since Tuesday morning, when grey mullet and eels began floating up along the northern shore.
L geo Stagno di Cabras
L region Sardinia
> By Thursday evening they had removed 41 tonnes of fish, the municipality of Cabras said, and fishers estimate the final figure could reach 60 tonnes.
F quantity 41 tonnes
L city Cabras
F quantity 60 tonnes
> Sardinia's regional environment agency, Arpas, measured water temperatures of 33.4C near the shore on Wednesday afternoon and dissolved oxygen "close to zero" in the shallower parts of the 2,200-hectare lagoon.
L region Sardinia
O government Arpas
F quantity 33.4C
Q direct Arpas :: "close to zero"
F quantity 2,200-hectare
> "It smells like the end of summer, but it is only August," said Salvatore Corrias, 61, who has fished the lagoon for 45 years and is president of the Pescatori del Sinis cooperative, which has 187 members.
Q direct Salvatore Corrias :: "It smells like the end of summer, but it is only August,"
P full Salvatore Corrias
F age 61
F duration 45 years
O nonprofit Pescatori del Sinis
F number 187
> "The mullet we lost this week were the females we would have caught in September for the roe. This is next year's bottarga gone."
Q direct Salvatore Corrias :: "The mullet we lost this week were the females we would have caught in September for the roe. This is next year's bottarga gone."
> Bottarga, the salted and dried roe of grey mullet, sells for up to €180 a kilo in Italian delicatessens. The cooperative produced about 9 tonnes in 2037, worth some €1.3 million, Corrias said.
F money €180
F quantity 9 tonnes
F date 2037
F money €1.3 million
P partial Corrias
> Mayor Antonella Porcu said the town had asked the regional government in Cagliari to declare a state of natural disaster, which would let fishers claim compensation for up to 80 percent of their losses.
P full Antonella Porcu
L city Cagliari
F percent 80 percent
> "We are not asking for charity. We are asking for the lagoon to be treated like a field of wheat after a hailstorm," Porcu told The Local. "When a farmer loses his harvest, he is helped. Our fishers are farmers of water."
Q direct Antonella Porcu :: "We are not asking for charity. We are asking for the lagoon to be treated like a field of wheat after a hailstorm,"
P partial Porcu
O media The Local
Q direct Antonella Porcu :: "When a farmer loses his harvest, he is helped. Our fishers are farmers of water."
> Water from the sea reaches the lagoon through a single channel at Mar'e Pontis, and fishers have long complained that it is too narrow. In a statement, the environmental group Legambiente said the die-off was "a warning that the Mediterranean's lagoons are becoming traps", and called for the channel to be dredged before next summer.
L facility Mar'e Pontis
O nonprofit Legambiente
Q direct Legambiente :: "a warning that the Mediterranean's lagoons are becoming traps"
L geo Mediterranean
> Italy's national weather service, the Aeronautica Militare, recorded 44.1C at Oristano on Tuesday, the highest temperature in the province since records began in 1951. Temperatures are forecast to stay above 40C across western Sardinia until at least 10 August.
L country Italy
O government Aeronautica Militare
F quantity 44.1C
L city Oristano
F date 1951
F quantity 40C
L region Sardinia
F date 10 August
> A similar die-off in the Cabras lagoon killed about 20 tonnes of fish in July 2036.
L city Cabras
F quantity 20 tonnes
F date July 2036
> Tourists at the Roman ruins of Tharros, five kilometres south of the lagoon, have been warned by the municipality to avoid the beach at San Giovanni di Sinis after residents complained of the smell.
L facility Tharros
F quantity five kilometres
L city San Giovanni di Sinis
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
