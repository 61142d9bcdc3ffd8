#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval172 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval172/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1075-gurugram-aqi-grap-stage-3-construction-ban-brick-kilns-hindustan-times'] = r'''
> Gurugram News
L city Gurugram
> AQI touches 412 in Gurugram; DC halts construction, shuts 146 brick kilns
F number 412
L city Gurugram
F number 146
> Stage 3 curbs under GRAP kick in across Delhi-NCR; violators face fines of up to ₹5 lakh
L city Delhi
L region NCR
F money ₹5 lakh
> By Ritika Dahiya, Gurugram
P full Ritika Dahiya
L city Gurugram
> Dec 07, 2039 06:52 AM IST
F date Dec 07, 2039
F time 06:52 AM IST
> A thick layer of smog over Golf Course Road in Gurugram on Tuesday evening. (Devashish Rathee/HT Photo)
L street Golf Course Road
L city Gurugram
P full Devashish Rathee
O media HT
> Gurugram deputy commissioner Anupama Sheoran on Tuesday ordered an immediate halt to all construction and demolition work in the district and the closure of 146 brick kilns, after the city’s air quality index (AQI) touched 412 at 4pm, the worst reading in Haryana and the second-worst in the National Capital Region (NCR).
L region Gurugram
P full Anupama Sheoran
F number 146
F number 412
F time 4pm
L region Haryana
L region National Capital Region
L region NCR
> The order follows a decision by the Commission for Air Quality Management (CAQM) on Monday night to invoke Stage 3 of the Graded Response Action Plan (GRAP) across Delhi-NCR, as wind speeds dropped below 4km/h.
O government Commission for Air Quality Management
O government CAQM
L city Delhi
L region NCR
F quantity 4km/h
> “The Stage 3 curbs are not advisories. Any site found working will be sealed on the spot, and the builder will pay for every day the dust flies,” Sheoran said after a meeting with officials of the Haryana State Pollution Control Board (HSPCB), the Municipal Corporation of Gurugram (MCG) and the Gurugram Metropolitan Development Authority (GMDA).
Q direct Anupama Sheoran :: “The Stage 3 curbs are not advisories. Any site found working will be sealed on the spot, and the builder will pay for every day the dust flies,”
P partial Sheoran
O government Haryana State Pollution Control Board
O government HSPCB
O government Municipal Corporation of Gurugram
O government MCG
O government Gurugram Metropolitan Development Authority
O government GMDA
> Under the order, violators face fines of ₹50,000 to ₹5 lakh per site, depending on the size of the project. She said joint teams of the HSPCB and the MCG would carry out surprise inspections between 10pm and 6am.
F money ₹50,000
F money ₹5 lakh
O government HSPCB
O government MCG
F time 10pm
F time 6am
> According to Central Pollution Control Board (CPCB) data, PM2.5 levels at the Vikas Sadan monitoring station stood at 287 micrograms per cubic metre at 8am on Tuesday, nearly five times the 24-hour national standard of 60. The AQI at Gwal Pahari was 367, while Manesar recorded 398.
O government Central Pollution Control Board
O government CPCB
L facility Vikas Sadan
F quantity 287 micrograms per cubic metre
F time 8am
F number five
F duration 24-hour
F quantity 60
L city Gwal Pahari
F number 367
L city Manesar
F number 398
> An HSPCB official, who did not wish to be named, said satellites had picked up 38 farm fires in Haryana on Monday against 211 in Punjab. “Local sources are the bigger problem in Gurugram right now. On still days, road dust and construction account for close to 40% of the particulate load. Everyone says ‘the smoke comes from Punjab’, but this dust is ours,” the official said.
O government HSPCB
F number 38
L region Haryana
F number 211
L region Punjab
Q direct - :: “Local sources are the bigger problem in Gurugram right now. On still days, road dust and construction account for close to 40% of the particulate load. Everyone says ‘the smoke comes from Punjab’, but this dust is ours,”
L city Gurugram
F percent 40%
L region Punjab
> Schools up to Class 5 in the district will shift to online classes from Thursday, district elementary education officer Kavita Lather said, and private offices have been asked to let half their staff work from home.
P full Kavita Lather
F fraction half
> “My son has been coughing for 10 days. We bought two purifiers for ₹38,000, and the monitor in his room still shows 190,” said Meenakshi Bhadana, 41, who lives in Sushant Lok and is part of a residents’ group that has written to the chief minister.
Q direct Meenakshi Bhadana :: “My son has been coughing for 10 days. We bought two purifiers for ₹38,000, and the monitor in his room still shows 190,”
F duration 10 days
F number two
F money ₹38,000
F number 190
P full Meenakshi Bhadana
F age 41
L city Sushant Lok
> Builders say the ban will hit thousands of daily-wage workers. The Confederation of Real Estate Developers’ Associations of India (CREDAI) said in a statement that it “fully supports clean air” but wanted “a clear timeline” for the curbs. The Haryana labour department said registered construction workers would get a subsistence allowance of ₹8,000 each for the duration of the ban.
O nonprofit Confederation of Real Estate Developers’ Associations of India
O nonprofit CREDAI
Q direct Confederation of Real Estate Developers’ Associations of India :: “fully supports clean air”
Q direct Confederation of Real Estate Developers’ Associations of India :: “a clear timeline”
L region Haryana
F money ₹8,000
> Last winter, Gurugram spent 23 days in the “severe” category between November 1, 2038 and January 31, 2039, compared with 14 days the previous winter, according to CPCB data.
L city Gurugram
F duration 23 days
Q scare - :: “severe”
F date November 1, 2038
F date January 31, 2039
F duration 14 days
O government CPCB
> The restrictions will remain in force until the AQI stays below 350 for 48 hours, the order said.
F number 350
F duration 48 hours
'''

ARTICLES['1076-mykolaiv-port-reopens-grain-corridor-hryvnias-oblast-kyiv-independent'] = r'''
> Business
> Mykolaiv port ships first grain in 18 years as Black Sea corridor widens
L city Mykolaiv
F duration 18 years
L geo Black Sea
> Four reopened berths could handle up to 9 million tonnes a year, but war-risk insurance and mines in the estuary remain a hurdle
F number Four
F quantity 9 million tonnes
> by Oksana Hrytsenko
P full Oksana Hrytsenko
> April 17, 2040 5:08 PM
F date April 17, 2040
F time 5:08 PM
> The bulk carrier Marta Halyna loads wheat at berth 6 of the Mykolaiv Sea Port on April 16, 2040. (Photo: Taras Vovk/The Kyiv Independent)
L facility Mykolaiv Sea Port
F date April 16, 2040
P full Taras Vovk
O media The Kyiv Independent
> The first grain ship to leave Mykolaiv since Russia’s full-scale invasion in February 2022 sailed from the city’s port on April 16, carrying 38,500 tonnes of wheat bound for Alexandria, Egypt.
L city Mykolaiv
L country Russia
F date February 2022
F date April 16
F quantity 38,500 tonnes
L city Alexandria
L country Egypt
> The reopening of four berths at the Mykolaiv Sea Port, idle for 18 years after Russian shelling and the mining of the Dnipro-Buh estuary, adds a third cluster of ports to the Black Sea corridor, alongside Greater Odesa and the Danube ports of Izmail and Reni.
F number four
L facility Mykolaiv Sea Port
F duration 18 years
L geo Dnipro
L geo Buh
L geo Black Sea
L region Greater Odesa
L geo Danube
L city Izmail
L city Reni
> “This is not just a port opening. Every ship that leaves Mykolaiv shows that the Black Sea belongs to those who trade on it, not to those who mine it,” Infrastructure Minister Serhii Ostapchuk said at a ceremony on the quay. “For 18 years this city listened to sirens instead of ship horns.
Q direct Serhii Ostapchuk :: “This is not just a port opening. Every ship that leaves Mykolaiv shows that the Black Sea belongs to those who trade on it, not to those who mine it,”
Q direct Serhii Ostapchuk :: “For 18 years this city listened to sirens instead of ship horns.
L city Mykolaiv
L geo Black Sea
P full Serhii Ostapchuk
F duration 18 years
> “Today the cranes are working again, and 1,200 dockers are back on the payroll.”
Q direct Serhii Ostapchuk :: “Today the cranes are working again, and 1,200 dockers are back on the payroll.”
F number 1,200
> Ostapchuk said the government and the European Bank for Reconstruction and Development (EBRD) had spent Hr 9.4 billion ($226 million) since 2036 on demining the estuary, dredging the 32-kilometer approach channel to 11.5 meters and rebuilding two grain terminals.
P partial Ostapchuk
O intergovernmental European Bank for Reconstruction and Development
O intergovernmental EBRD
F money Hr 9.4 billion
F money $226 million
F date 2036
F quantity 32-kilometer
F quantity 11.5 meters
F number two
> Insurers are less convinced. War-risk premiums for calls at Mykolaiv are running at 1.1% of a vessel’s value, against 0.7% for Odesa, according to the Ukrainian Grain Association (UGA). The UGA said in a statement that the reopening was “a long-awaited step” but that farmers in the south would feel it only “when freight drops below $20 a tonne.”
L city Mykolaiv
F percent 1.1%
F percent 0.7%
L city Odesa
O nonprofit Ukrainian Grain Association
O nonprofit UGA
O nonprofit UGA
Q direct Ukrainian Grain Association :: “a long-awaited step”
Q direct Ukrainian Grain Association :: “when freight drops below $20 a tonne.”
F money $20
> Petro Hnatiuk, 56, who grows wheat and sunflowers on 2,400 hectares near Bashtanka in Mykolaiv Oblast, has been trucking his harvest 130 kilometers to Odesa at 1,600 hryvnias a tonne. “Now the port is 60 kilometers away. That is money I can put back into the land,” he said.
P full Petro Hnatiuk
F age 56
F quantity 2,400 hectares
L city Bashtanka
L region Mykolaiv Oblast
F quantity 130 kilometers
L city Odesa
F money 1,600 hryvnias
Q direct Petro Hnatiuk :: “Now the port is 60 kilometers away. That is money I can put back into the land,”
F quantity 60 kilometers
> A port official, who spoke on condition of anonymity because he was not authorized to talk to the press, said old mines were still being found in the estuary. “We swept the channel three times. The navy calls it ‘clean enough,’ and the shipowners call it ‘clean enough for now,’” he said. Local pilots call the narrow approach “the Needle.”
F number three
Q direct - :: “We swept the channel three times. The navy calls it ‘clean enough,’ and the shipowners call it ‘clean enough for now,’”
Q scare - :: “the Needle.”
> Agrarian Policy Minister Nataliia Borysenko-Vlasiuk said the Ministry of Agrarian Policy and Food expects Ukraine to export 48 million tonnes of grain in the 2039-40 marketing year, up 6% from 2038-39, with Mykolaiv handling up to a fifth of it by 2042.
P full Nataliia Borysenko-Vlasiuk
O government Ministry of Agrarian Policy and Food
L country Ukraine
F quantity 48 million tonnes
F date 2039-40
F percent 6%
F date 2038-39
L city Mykolaiv
F fraction a fifth
F date 2042
> The state-owned port of Olvia, 20 kilometers downstream, is due to reopen in September, Borysenko-Vlasiuk said.
L facility Olvia
F quantity 20 kilometers
P partial Borysenko-Vlasiuk
'''

ARTICLES['1077-kjeldgaard-wins-us-open-pinehurst-final-round-de-la-vega-ap'] = r'''
> GOLF
> Søren Kjeldgaard Wins U.S. Open at Pinehurst by Two Shots for First Major Title
P full Søren Kjeldgaard
L facility Pinehurst
F number Two
> The Dane closes with a 67 as Joaquín de la Vega three-putts the 16th
F score 67
P full Joaquín de la Vega
F number three
> By DARNELL WHITFORD AP Golf Writer
P full DARNELL WHITFORD
O media AP
> Updated 8:42 PM EDT, June 16, 2041
F time 8:42 PM EDT
F date June 16, 2041
> Søren Kjeldgaard, of Denmark, holds the trophy after winning the U.S. Open golf tournament Sunday, June 16, 2041, in Pinehurst, N.C. (AP Photo/Leah Marchetti)
P full Søren Kjeldgaard
L country Denmark
F date June 16, 2041
L city Pinehurst
L region N.C.
O media AP
P full Leah Marchetti
> PINEHURST, N.C. (AP) — Søren Kjeldgaard spent four days on Pinehurst No. 2 refusing to chase a flag. On the 72nd hole Sunday, with the crowd ten deep around the green, he finally did, rolling in a 14-foot birdie putt for a 3-under 67 and a two-shot victory in the U.S. Open.
L city PINEHURST
L region N.C.
O media AP
P full Søren Kjeldgaard
F duration four days
L facility Pinehurst No. 2
F number ten
F quantity 14-foot
F score 3-under
F score 67
F number two
> The 29-year-old Dane finished at 6-under 274 on the par-70 course and earned $4.5 million from a record $22 million purse.
F age 29-year-old
F score 6-under
F score 274
F score par-70
F money $4.5 million
F money $22 million
> "I told my caddie on the 17th tee, 'We've played it safe for 70 holes. Let's have some fun on the last two,'" Kjeldgaard said. "He didn't laugh. Caddies never laugh at a U.S. Open."
Q direct Søren Kjeldgaard :: "I told my caddie on the 17th tee, 'We've played it safe for 70 holes. Let's have some fun on the last two,'"
F number 70
F number two
P partial Kjeldgaard
Q direct Søren Kjeldgaard :: "He didn't laugh. Caddies never laugh at a U.S. Open."
> Joaquín de la Vega of Spain, who started the day tied with Kjeldgaard and Tyler Brandvold at 3 under, closed with a 69 to finish alone in second at 4 under. The 36-year-old from Castellón had a chance to force a playoff until he took three putts from 40 feet on the par-4 16th.
P full Joaquín de la Vega
L country Spain
P partial Kjeldgaard
P full Tyler Brandvold
F score 3 under
F score 69
F score 4 under
F age 36-year-old
L city Castellón
F number three
F quantity 40 feet
F score par-4
> "I hit the putt I wanted. It just didn't want to go in," de la Vega said.
Q direct Joaquín de la Vega :: "I hit the putt I wanted. It just didn't want to go in,"
P partial de la Vega
> Brandvold, from Bountiful, Utah, shot 71 and tied for third at 2 under with South Korea's Han Ji-ho, who had a 68. He called the crowned greens "like putting on the roof of a car" and said he never recovered from a double bogey at the 11th.
P partial Brandvold
L city Bountiful
L region Utah
F score 71
F score 2 under
L country South Korea
P full Han Ji-ho
F score 68
Q direct Tyler Brandvold :: "like putting on the roof of a car"
> Kjeldgaard, who grew up in Esbjerg on Denmark's west coast and played college golf at Oklahoma State, was the only player in the field to break par in all four rounds, going 69-70-68-67. He reached the turn in 33 after birdies at the fourth and seventh, and answered his only bogey, at the 502-yard 11th, with a wedge to 3 feet at the 13th.
P partial Kjeldgaard
L city Esbjerg
L country Denmark
O team Oklahoma State
F number four
F score 69-70-68-67
F score 33
F quantity 502-yard
F quantity 3 feet
> The United States Golf Association (USGA) set the course at 7,588 yards, the longest in the championship's history, and the field averaged 73.41 on Sunday. The USGA said it had watered the greens overnight "to keep the golf course firm but fair."
O nonprofit United States Golf Association
O nonprofit USGA
F quantity 7,588 yards
F number 73.41
O nonprofit USGA
Q direct United States Golf Association :: "to keep the golf course firm but fair."
> Low amateur honors went to Georgia Tech's Marcus Oyelaran-Price, 20, at 7 over.
O team Georgia Tech
P full Marcus Oyelaran-Price
F age 20
F score 7 over
> The victory comes with a 10-year exemption into the U.S. Open. Kjeldgaard said he would spend a week at home in Copenhagen before the British Open next month.
F duration 10-year
P partial Kjeldgaard
L city Copenhagen
> "My mother has been awake since 1 a.m. watching this," he said. "I should call her."
Q direct Søren Kjeldgaard :: "My mother has been awake since 1 a.m. watching this,"
F time 1 a.m.
Q direct Søren Kjeldgaard :: "I should call her."
> AP golf: https://apnews.com/hub/golf
O media AP
'''

ARTICLES['1078-bear-river-first-nation-lobster-traps-digby-neck-lfa-34-cbc-nova-scotia'] = r'''
> Nova Scotia
L region Nova Scotia
> Tension on Digby Neck wharves as Bear River First Nation sets lobster traps ahead of season
L geo Digby Neck
O government Bear River First Nation
> DFO says fishery officers seized 214 traps last week; band says its plan is protected by treaties
O government DFO
F number 214
> Maëlle Comeau · CBC News · Posted: Oct 24, 2039 5:00 AM ADT | Last Updated: October 24, 2039
P full Maëlle Comeau
O media CBC News
F date Oct 24, 2039
F time 5:00 AM ADT
F date October 24, 2039
> Lobster boats tied up at the wharf in Sandy Cove on Digby Neck on Sunday. (Pierre-Luc Thériault/CBC)
L city Sandy Cove
L geo Digby Neck
P full Pierre-Luc Thériault
O media CBC
> Tension is rising on the wharves of Digby Neck after Bear River First Nation launched its own lobster fishery this month, five weeks before the commercial season opens in Lobster Fishing Area 34.
L geo Digby Neck
O government Bear River First Nation
F duration five weeks
L region Lobster Fishing Area 34
> The band, one of 13 Mi'kmaw communities in Nova Scotia, has issued tags for 700 traps to 14 harvesters under what it calls a "moderate livelihood" plan, based on treaties signed in 1760 and 1761 and the Supreme Court of Canada's 1999 Marshall decision.
F number 13
L region Nova Scotia
F number 700
F number 14
Q scare - :: "moderate livelihood"
F date 1760
F date 1761
O government Supreme Court of Canada
F date 1999
> "We're not asking permission to fish. Our right to earn a living from these waters was confirmed 40 years ago, and we're still waiting for Ottawa to act like it," Chief Tanya Paul-Meuse said in an interview Sunday.
Q direct Tanya Paul-Meuse :: "We're not asking permission to fish. Our right to earn a living from these waters was confirmed 40 years ago, and we're still waiting for Ottawa to act like it,"
F duration 40 years
L city Ottawa
P full Tanya Paul-Meuse
> "The lobster doesn't know what day it is," she said. "Our harvesters fish fewer traps than one commercial boat, and they're being treated like criminals.
Q direct Tanya Paul-Meuse :: "The lobster doesn't know what day it is,"
Q direct Tanya Paul-Meuse :: "Our harvesters fish fewer traps than one commercial boat, and they're being treated like criminals.
F number one
> "We'll keep fishing until somebody shows us the law that says we can't."
Q direct Tanya Paul-Meuse :: "We'll keep fishing until somebody shows us the law that says we can't."
> Fisheries and Oceans Canada said in a statement that officers removed the 214 traps from St. Marys Bay on Oct. 18 because they were fished "outside of an authorized season" and without a licence. The department said it "remains open to an agreement" with the band.
O government Fisheries and Oceans Canada
F number 214
L geo St. Marys Bay
F date Oct. 18
Q direct Fisheries and Oceans Canada :: "outside of an authorized season"
Q direct Fisheries and Oceans Canada :: "remains open to an agreement"
> Commercial harvesters say the dispute is about conservation. Ricky Outhouse, 52, who fishes 375 traps out of Tiverton, said he counted more than 60 band buoys off Centreville on Saturday.
P full Ricky Outhouse
F age 52
F number 375
L city Tiverton
F number 60
L city Centreville
> "It's not about who they are. It's about the stock. You put 700 traps in the water in October, when the lobster are soft-shelled, and you're taking next year's catch out of this bay," Outhouse said.
Q direct Ricky Outhouse :: "It's not about who they are. It's about the stock. You put 700 traps in the water in October, when the lobster are soft-shelled, and you're taking next year's catch out of this bay,"
F number 700
P partial Outhouse
> An RCMP spokesperson said officers were called to the wharf at Freeport, on Long Island, twice on the weekend after two band boats were blocked from landing. "No charges have been laid, and we are asking everyone to keep the peace," the spokesperson said.
O government RCMP
L city Freeport
L geo Long Island
F number two
Q direct - :: "No charges have been laid, and we are asking everyone to keep the peace,"
> Federal Fisheries Minister Amrit Dhillon-Harvey said in Ottawa on Friday that a mediator would be named "within 30 days" and urged "calm on the water and on the wharves."
P full Amrit Dhillon-Harvey
L city Ottawa
Q direct Amrit Dhillon-Harvey :: "within 30 days"
F duration 30 days
Q direct Amrit Dhillon-Harvey :: "calm on the water and on the wharves."
> The stakes are high on both sides. Shore prices in the area closed the spring at $9.75 a pound, and lobster exports from the province were worth $1.42 billion in 2038, according to the Nova Scotia Department of Fisheries and Aquaculture.
F money $9.75
F money $1.42 billion
F date 2038
O government Nova Scotia Department of Fisheries and Aquaculture
> The commercial season in LFA 34, the largest lobster fishing area in Canada, opens on Nov. 28 — known along the coast as "Dumping Day."
L region LFA 34
L country Canada
F date Nov. 28
Q scare - :: "Dumping Day."
> With files from CBC's Information Morning
O media CBC
'''

ARTICLES['1079-brazil-amazon-deforestation-rises-inpe-para-mato-grosso-economist'] = r'''
> The Americas | Deforestation in Brazil
L continent Americas
L country Brazil
> The chainsaws are back in the Amazon
L geo Amazon
> Forest loss rose by 14% last year, after a decade of decline. High soy prices and new governors explain much of it
F percent 14%
> Aug 9th 2040 | SÃO PAULO
F date Aug 9th 2040
L city SÃO PAULO
> A freshly cleared plot near Novo Progresso, in Pará. Photograph: Getty Images
L city Novo Progresso
L region Pará
O media Getty Images
> FOR A DECADE the annual numbers from Brazil’s National Institute for Space Research (INPE) brought good news. No longer. In the 12 months to July 31st 2040, the institute said on August 3rd, satellites detected 9,140 square kilometres (3,530 square miles) of clear-cut forest in the Brazilian Amazon, 14% more than a year earlier and the first rise since 2030. That is an area about the size of Cyprus.
L country Brazil
O government National Institute for Space Research
O government INPE
F duration 12 months
F date July 31st 2040
F date August 3rd
F quantity 9,140 square kilometres
F quantity 3,530 square miles
L geo Amazon
F percent 14%
F date 2030
L country Cyprus
> The rise is concentrated. Pará, Mato Grosso and Amazonas accounted for 71% of the loss. In Mato Grosso, where soyabeans fetched a record 168 reais ($30) per 60kg sack in March, clearing jumped by 38%. Much of it happened on land already registered to farms, where the forest code lets owners fell a fifth of their holdings.
L region Pará
L region Mato Grosso
L region Amazonas
F percent 71%
L region Mato Grosso
F money 168 reais
F money $30
F quantity 60kg
F percent 38%
F fraction a fifth
> “Farmers read prices before they read laws,” says Renata Queiroz-Bastos of Imazon, a research group in Belém. Her team’s own satellite count, which picks up smaller clearings, puts the loss higher still, at around 10,300 square kilometres.
Q direct Renata Queiroz-Bastos :: “Farmers read prices before they read laws,”
P full Renata Queiroz-Bastos
O nonprofit Imazon
L city Belém
F quantity 10,300 square kilometres
> Politics matters too. Three of the five governors elected in the region in 2038 campaigned against what they called “environmental terrorism” by federal inspectors. In Rondônia the new governor, Edivaldo Rangel Júnior, told ranchers in Porto Velho that his police would “no longer escort IBAMA to anybody’s farm”. Clearing in his state rose by 27% in his first full year in office.
F number Three
F number five
F date 2038
Q scare - :: “environmental terrorism”
L region Rondônia
P full Edivaldo Rangel Júnior
L city Porto Velho
Q direct Edivaldo Rangel Júnior :: “no longer escort IBAMA to anybody’s farm”
O government IBAMA
F percent 27%
> IBAMA, the federal environmental agency, has itself been squeezed. It spent 1.9bn reais ($340m) on field operations in 2039, a third less in real terms than in 2034, and the number of fines it issued in the Amazon fell from 8,200 to 5,100. Only about 4% of fines are ever paid.
O government IBAMA
F money 1.9bn reais
F money $340m
F date 2039
F fraction a third
F date 2034
L geo Amazon
F number 8,200
F number 5,100
F percent 4%
> The environment minister, Luíza Tavares Monteiro, calls the figures “unacceptable” and promises 2,000 more agents by 2042. Ms Tavares Monteiro also wants banks to refuse credit to farms with illegal clearings. “A loan is the cheapest chainsaw there is,” she told reporters in Brasília. “We intend to take it away.”
P full Luíza Tavares Monteiro
Q direct Luíza Tavares Monteiro :: “unacceptable”
F number 2,000
F date 2042
P partial Tavares Monteiro
Q direct Luíza Tavares Monteiro :: “A loan is the cheapest chainsaw there is,”
L city Brasília
Q direct Luíza Tavares Monteiro :: “We intend to take it away.”
> Brasília’s foreign partners are watching. Norway and Germany, the biggest donors to the country’s forest fund, have frozen a tranche of 420m reais until next year’s figures are in. The European Union, whose rules bar imports of soy and beef grown on land cleared after 2020, is reviewing Brazil’s risk rating.
L city Brasília
L country Norway
L country Germany
F money 420m reais
O intergovernmental European Union
F date 2020
L country Brazil
> Perspective helps. In 2004, the worst year on record, 27,772 square kilometres were cleared, three times this year’s figure. But the lesson of the past two decades is that the trend can turn quickly. “The forest does not come back in one election cycle,” says Ms Queiroz-Bastos. It can disappear in a single dry season.
F date 2004
F quantity 27,772 square kilometres
F number three
F duration two decades
Q direct Renata Queiroz-Bastos :: “The forest does not come back in one election cycle,”
F number one
P partial Queiroz-Bastos
'''

ARTICLES['1080-arvid-lindqvist-obituary-lindco-trailer-savage-prior-lake-star-tribune'] = r'''
> Obituaries
> Arvid Lindqvist, Founder of Savage Trailer Maker Lindco, Dies at 91
P full Arvid Lindqvist
L city Savage
O company Lindco
F age 91
> He turned a welding shed behind his father’s feed store into a company with 600 workers and plants in three states.
F number 600
F number three
> By Karin Solberg-Haugen
P full Karin Solberg-Haugen
> March 6, 2041 — 4:37PM
F date March 6, 2041
F time 4:37PM
> Arvid Lindqvist at the Lindco plant in Savage in 1988. (Provided by the Lindqvist family)
P full Arvid Lindqvist
O company Lindco
L city Savage
F date 1988
P partial Lindqvist
> Arvid Lindqvist liked to say he never meant to start a company. In 1972 he welded a trailer for a neighbor’s fishing boat in a shed behind his father’s feed store in Savage, and by spring he had orders for 11 more.
P full Arvid Lindqvist
F date 1972
L city Savage
F number 11
> Over the next four decades, Lindqvist built Lindco Trailer Co. into one of the biggest makers of boat trailers in the Upper Midwest, with 600 employees and plants in Savage, Mitchell, S.D., and Eau Claire, Wis. He died Feb. 27 at his home in Prior Lake. He was 91.
F duration four decades
P partial Lindqvist
O company Lindco Trailer Co.
L region Upper Midwest
F number 600
L city Savage
L city Mitchell
L region S.D.
L city Eau Claire
L region Wis.
F date Feb. 27
L city Prior Lake
F age 91
> “He could look at a hull and tell you within 50 pounds what the trailer had to carry,” said his daughter Kristin Lindqvist-Ahlberg, who ran the company from 2012 until the family sold it in 2031. “He never used a calculator in front of a customer. He thought it made them nervous.”
Q direct Kristin Lindqvist-Ahlberg :: “He could look at a hull and tell you within 50 pounds what the trailer had to carry,”
F quantity 50 pounds
P full Kristin Lindqvist-Ahlberg
F date 2012
F date 2031
Q direct Kristin Lindqvist-Ahlberg :: “He never used a calculator in front of a customer. He thought it made them nervous.”
> Born Sept. 14, 1949, in Willmar, Lindqvist was the youngest of five children. He served two years in the U.S. Army in West Germany, then studied welding at Dunwoody College of Technology in Minneapolis.
F date Sept. 14, 1949
L city Willmar
P partial Lindqvist
F number five
F duration two years
O government U.S. Army
L country West Germany
O education Dunwoody College of Technology
L city Minneapolis
> At its peak in 2007, Lindco built 14,000 trailers a year and had sales of $112 million. Known around town as “the Trailer King,” a title he disliked, he still walked the line most mornings at 6:30 a.m. into his 70s.
F date 2007
O company Lindco
F number 14,000
F money $112 million
Q scare - :: “the Trailer King,”
F time 6:30 a.m.
F age 70s
> “He knew every welder by name, and he knew their kids’ names too,” said Tou Vang, 68, who started on the Lindco line in 1991 and retired as plant manager. Vang said Lindqvist kept paying 40 workers through the winter of 2009, when orders fell by half.
Q direct Tou Vang :: “He knew every welder by name, and he knew their kids’ names too,”
P full Tou Vang
F age 68
O company Lindco
F date 1991
P partial Vang
P partial Lindqvist
F number 40
F date 2009
F fraction half
> An avid walleye angler, Lindqvist spent most summers at the family cabin on Lake Vermilion, near Tower, and did not miss a fishing opener in 61 years. “He had a trailer for every boat and two boats for every trailer,” said his son, Erik Lindqvist.
P partial Lindqvist
L geo Lake Vermilion
L city Tower
F duration 61 years
Q direct Erik Lindqvist :: “He had a trailer for every boat and two boats for every trailer,”
F number two
P full Erik Lindqvist
> “A trailer is just a bridge that moves,” Lindqvist told the Star Tribune in 1998.
Q direct Arvid Lindqvist :: “A trailer is just a bridge that moves,”
P partial Lindqvist
O media Star Tribune
F date 1998
> Lindqvist served 12 years on the Savage City Council and in 2015 gave $2.5 million to Dunwoody for what is now the Lindqvist Welding Center.
P partial Lindqvist
F duration 12 years
O government Savage City Council
F date 2015
F money $2.5 million
O education Dunwoody
L facility Lindqvist Welding Center
> He was preceded in death by his wife of 58 years, Marlys (née Dahl), in 2032. He is survived by daughters Kristin Lindqvist-Ahlberg of Prior Lake and Annika Ferreira of Sioux Falls, S.D.; a son, Erik, of Edina; eight grandchildren, and three great-grandchildren.
F duration 58 years
P partial Marlys
P partial Dahl
F date 2032
P full Kristin Lindqvist-Ahlberg
L city Prior Lake
P full Annika Ferreira
L city Sioux Falls
L region S.D.
P partial Erik
L city Edina
F number eight
F number three
> Services will be held at 11 a.m. March 15 at Trinity Lutheran Church, 5701 Egan Drive, Savage. Memorials are preferred to Dunwoody College of Technology.
F time 11 a.m.
F date March 15
L facility Trinity Lutheran Church
L address 5701 Egan Drive
L city Savage
O education Dunwoody College of Technology
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
