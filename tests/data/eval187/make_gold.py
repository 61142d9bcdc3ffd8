#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval187 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval187/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1165-great-barrier-reef-bleaching-aerial-survey-aims-keppel-agnes-water-guardian-australia'] = r'''
> Great Barrier Reef
L geo Great Barrier Reef
> Bleaching hits 62% of Great Barrier Reef reefs in worst summer on record for the south, survey finds
F percent 62%
L geo Great Barrier Reef
> Aerial survey of 1,084 reefs finds severe bleaching from Cooktown to the Capricorn-Bunker group, as scientists warn ‘recovery windows are closing’
F number 1,084
L city Cooktown
L geo Capricorn-Bunker
Q direct Marnie Eastaugh :: ‘recovery windows are closing’
> Imogen Tarrant-Burke Environment reporter
P full Imogen Tarrant-Burke
> Thu 12 Apr 2040 05.00 AEST
F date 12 Apr 2040
F time 05.00 AEST
> Bleached staghorn coral on Moore Reef, off Cairns, in late March. Photograph: Lachlan Birrell/AIMS
L geo Moore Reef
L city Cairns
P full Lachlan Birrell
O government AIMS
> Almost two-thirds of the Great Barrier Reef’s individual reefs have bleached this summer, with reefs off Gladstone and in the Whitsundays suffering the most severe damage in the south since records began, according to aerial surveys by the Australian Institute of Marine Science (AIMS).
F fraction two-thirds
L geo Great Barrier Reef
L city Gladstone
L geo Whitsundays
O government Australian Institute of Marine Science
O government AIMS
> Observers flew over 1,084 reefs across the 2,300km marine park between 9 March and 2 April and recorded bleaching on 672 of them, or 62%. On 241 reefs, or 22%, more than 60% of the coral cover was bleached, a level the institute classes as “extreme”.
F number 1,084
F quantity 2,300km
F date 9 March
F date 2 April
F number 672
F percent 62%
F number 241
F percent 22%
F percent 60%
Q direct Australian Institute of Marine Science :: “extreme”
> “What we saw from the air in the south was unlike anything in our 26 years of surveys,” said Dr Marnie Eastaugh, who leads the institute’s long-term monitoring program. “Reefs off Agnes Water and Seventeen Seventy that came through 2024 almost untouched were white from the crest to the sand.”
Q direct Marnie Eastaugh :: “What we saw from the air in the south was unlike anything in our 26 years of surveys,”
F duration 26 years
P full Marnie Eastaugh
Q direct Marnie Eastaugh :: “Reefs off Agnes Water and Seventeen Seventy that came through 2024 almost untouched were white from the crest to the sand.”
L city Agnes Water
L city Seventeen Seventy
F date 2024
> She said the southern reef had long been treated as a refuge because its waters stay cooler, but sea surface temperatures there had run 1.5C to 2C above the summer average for nine weeks.
F quantity 1.5C
F quantity 2C
F duration nine weeks
> “The recovery windows are closing. A reef needs 10 to 12 years without a major heat event to grow back, and it is getting four or five,” Eastaugh said. “We are not there to write an obituary. But we have to be honest about what the numbers say.
Q direct Marnie Eastaugh :: “The recovery windows are closing. A reef needs 10 to 12 years without a major heat event to grow back, and it is getting four or five,”
F duration 10
F duration 12 years
F number four
F number five
P partial Eastaugh
Q direct Marnie Eastaugh :: “We are not there to write an obituary. But we have to be honest about what the numbers say.
> “If you are a child in Cairns today, the reef you snorkel on at 30 may look nothing like the one your parents saw.”
Q direct Marnie Eastaugh :: “If you are a child in Cairns today, the reef you snorkel on at 30 may look nothing like the one your parents saw.”
L city Cairns
F age 30
> The Great Barrier Reef Marine Park Authority (GBRMPA) said in a statement that in-water surveys at 48 sites had found coral mortality of up to 30% on the worst-hit reefs around the Keppel Islands, and that “mortality figures are likely to rise through winter”.
O government Great Barrier Reef Marine Park Authority
O government GBRMPA
F number 48
F percent 30%
L geo Keppel Islands
Q direct Great Barrier Reef Marine Park Authority :: “mortality figures are likely to rise through winter”
> Prof Tavita Rangihuna of James Cook University in Townsville, who was not involved in the survey, said the results would be read closely in Paris, where Unesco’s World Heritage Committee meets in July.
P full Tavita Rangihuna
O education James Cook University
L city Townsville
L city Paris
O intergovernmental Unesco
O intergovernmental World Heritage Committee
> “Canberra told the committee in 2039 that the reef was ‘in a recovery phase’. It will be very hard to say that again with a straight face,” Rangihuna said.
Q direct Tavita Rangihuna :: “Canberra told the committee in 2039 that the reef was ‘in a recovery phase’. It will be very hard to say that again with a straight face,”
L city Canberra
F date 2039
P partial Rangihuna
> A spokesperson for the federal environment minister said the government had committed $1.9bn to the reef to 2045 and that water quality funding for Queensland cane farmers would be “brought forward by two years”.
F money $1.9bn
F date 2045
L region Queensland
Q direct - :: “brought forward by two years”
F duration two years
> In Port Douglas, dive operator Callum Ferreira-Nguyen, 41, said bookings for May were down 18% on last year. “People ring up and ask, ‘Is it dead?’ It isn’t. But I can’t take them to the spots I took them to in 2038,” he said.
L city Port Douglas
P full Callum Ferreira-Nguyen
F age 41
F percent 18%
Q direct Callum Ferreira-Nguyen :: “People ring up and ask, ‘Is it dead?’ It isn’t. But I can’t take them to the spots I took them to in 2038,”
F date 2038
> Operators from Mission Beach to Bowen have begun selling so-called “last-chance tourism”, a phrase Ferreira-Nguyen said he hated. “It tells people to come once and never come back,” he said.
L city Mission Beach
L city Bowen
Q scare - :: “last-chance tourism”
P partial Ferreira-Nguyen
Q direct Callum Ferreira-Nguyen :: “It tells people to come once and never come back,”
> AIMS will publish reef-by-reef results in June, and a second in-water survey of 120 sites is planned for October.
O government AIMS
F number 120
'''

ARTICLES['1166-brazil-soybean-harvest-record-conab-mato-grosso-paranagua-queues-reais-reuters'] = r'''
> Commodities
> Brazil soybean harvest hits record 183.4 million tons as Mato Grosso yields jump
L country Brazil
F quantity 183.4 million tons
L region Mato Grosso
> By Beatriz Lacerda Moura and Fernando Tavares
P full Beatriz Lacerda Moura
P full Fernando Tavares
> April 12, 2039 3:42 PM GMT-3 Updated 2 hours ago
F date April 12, 2039
F time 3:42 PM GMT-3
F duration 2 hours
> A combine harvests soybeans on a farm near Primavera do Leste, Mato Grosso state, Brazil, March 14, 2039. REUTERS/Joaquim Passarinho Neto
L city Primavera do Leste
L region Mato Grosso
L country Brazil
F date March 14, 2039
O media REUTERS
P full Joaquim Passarinho Neto
> SAO PAULO, April 12 (Reuters) - Brazil's 2038/39 soybean harvest reached a record 183.4 million metric tons, government agency Conab said on Tuesday, up 7.2% from the previous season as farmers in top producer Mato Grosso reaped higher yields after well-timed rains.
L city SAO PAULO
F date April 12
O media Reuters
L country Brazil
F date 2038/39
F quantity 183.4 million metric tons
O government Conab
F percent 7.2%
L region Mato Grosso
> Conab raised its estimate by 2.1 million tons from its March report, putting the crop above the 180 million-ton forecast of Sao Paulo consultancy Campo Dados, the most bullish of the private analysts.
O government Conab
F quantity 2.1 million tons
F quantity 180 million-ton
L city Sao Paulo
O company Campo Dados
> Mato Grosso alone harvested 52.6 million tons, with average yields of 64.8 bags per hectare, according to state farm economics institute Imea. Parana, the second-largest producer, recovered from a drought-hit 2038 crop to harvest 24.1 million tons.
L region Mato Grosso
F quantity 52.6 million tons
F quantity 64.8 bags per hectare
O nonprofit Imea
L region Parana
F date 2038
F quantity 24.1 million tons
> In western Bahia, growers around Luis Eduardo Magalhaes and Barreiras also set records despite a dry spell in January.
L region Bahia
L city Luis Eduardo Magalhaes
L city Barreiras
> "It was the kind of season you get once in ten years. The rain came in September, held off while we planted and came back in January," said Rodrigo Kessler Sant'Anna, who farms 4,200 hectares near Primavera do Leste. "The crop is not the problem now. The trucks are."
Q direct Rodrigo Kessler Sant'Anna :: "It was the kind of season you get once in ten years. The rain came in September, held off while we planted and came back in January,"
F duration ten years
P full Rodrigo Kessler Sant'Anna
F quantity 4,200 hectares
L city Primavera do Leste
Q direct Rodrigo Kessler Sant'Anna :: "The crop is not the problem now. The trucks are."
> He said road freight to the northern river port of Miritituba on the Tapajos had risen to 310 reais a ton, from 245 reais in February. "We pay more to move the beans than to fertilize them," he said.
L city Miritituba
L geo Tapajos
F money 310 reais
F money 245 reais
Q direct Rodrigo Kessler Sant'Anna :: "We pay more to move the beans than to fertilize them,"
> Lines of trucks waiting to unload at Paranagua, Brazil's second-biggest grain port, stretched for 38 kilometers last week, port authority Portos do Parana said. Shipments through Itaqui port in Sao Luis rose 11% in the first quarter.
L city Paranagua
L country Brazil
F quantity 38 kilometers
O government Portos do Parana
L facility Itaqui
L city Sao Luis
F percent 11%
> Exporters shipped 14.7 million tons of soybeans in March and could ship a record 16 million tons in April, exporters' group Anec said.
F quantity 14.7 million tons
F quantity 16 million tons
O nonprofit Anec
> Soybean prices at Paranagua fell to 118.50 reais ($23.40) per 60-kg bag on Tuesday, down 9% since January, as the size of the crop weighed on local premiums.
L city Paranagua
F money 118.50 reais
F money $23.40
F quantity 60-kg
F percent 9%
> "Chinese buyers know the crop is huge and they are in no hurry," said a soy trader at a multinational firm in Sao Paulo, who asked not to be named because he was not authorized to speak to the press. "Farmers who did not sell forward are sitting on grain and waiting for the real to weaken."
Q direct - :: "Chinese buyers know the crop is huge and they are in no hurry,"
L city Sao Paulo
Q direct - :: "Farmers who did not sell forward are sitting on grain and waiting for the real to weaken."
> Growers' association Aprosoja said storage remained "the bottleneck of the decade," with capacity for just 61% of the country's grain harvest.
O nonprofit Aprosoja
Q direct Aprosoja :: "the bottleneck of the decade,"
F percent 61%
> Conab raised its forecast for Brazil's total 2038/39 grain crop, including second-crop corn, to 341.6 million tons. Its next report is due on May 11.
O government Conab
L country Brazil
F date 2038/39
F quantity 341.6 million tons
F date May 11
> ($1 = 5.0640 reais)
F money $1
F money 5.0640 reais
> Reporting by Beatriz Lacerda Moura and Fernando Tavares; Editing by Aidan Whitcombe
P full Beatriz Lacerda Moura
P full Fernando Tavares
P full Aidan Whitcombe
'''

ARTICLES['1167-french-open-quarter-final-penhaligon-echeverria-roldan-chatrier-aces-bbc-sport'] = r'''
> French Open: Rhys Penhaligon stuns Matías Echeverría Roldán to reach first Grand Slam semi-final
P full Rhys Penhaligon
P full Matías Echeverría Roldán
> By Priya Raghunathan-Cole
P full Priya Raghunathan-Cole
> BBC Sport tennis reporter at Roland Garros
O media BBC Sport
L facility Roland Garros
> Published 5 June 2040
F date 5 June 2040
> Image source, Getty Images
O media Getty Images
> Image caption, Rhys Penhaligon served 21 aces on Court Philippe-Chatrier
P full Rhys Penhaligon
F number 21
L facility Court Philippe-Chatrier
> French Open men's quarter-final
> Penhaligon (GB) [9] 6-4 3-6 7-6 (7-4) 6-2 Echeverría Roldán (Arg) [3]
P partial Penhaligon
L country GB
F score 6-4
F score 3-6
F score 7-6 (7-4)
F score 6-2
P partial Echeverría Roldán
L country Arg
> Britain's Rhys Penhaligon reached his first Grand Slam semi-final with a four-set win over third seed Matías Echeverría Roldán on a sweltering afternoon at Roland Garros.
L country Britain
P full Rhys Penhaligon
F number four
P full Matías Echeverría Roldán
L facility Roland Garros
> The 24-year-old from Reading, seeded ninth, won 6-4 3-6 7-6 (7-4) 6-2 in three hours and 12 minutes, serving 21 aces and saving all five break points he faced in the final two sets.
F age 24-year-old
L city Reading
F score 6-4
F score 3-6
F score 7-6 (7-4)
F score 6-2
F duration three hours
F duration 12 minutes
F number 21
F number five
F number two
> Penhaligon, who had never gone beyond the fourth round of a major before this fortnight, will play Norway's Sindre Aasheim-Vik on Friday for a place in Sunday's final.
P partial Penhaligon
L country Norway
P full Sindre Aasheim-Vik
> He had dropped only one set in his first four matches and has now won 19 of his 22 matches on clay this season.
F number one
F number four
F number 19
F number 22
> "I don't think it's sunk in yet. I kept telling myself 'one point at a time', which sounds boring, but it's the only thing that works on clay," Penhaligon said on court.
Q direct Rhys Penhaligon :: "I don't think it's sunk in yet. I kept telling myself 'one point at a time', which sounds boring, but it's the only thing that works on clay,"
P partial Penhaligon
> "Matías is one of the best clay-court players in the world, so to beat him here, in front of this crowd, means everything.
Q direct Rhys Penhaligon :: "Matías is one of the best clay-court players in the world, so to beat him here, in front of this crowd, means everything.
P partial Matías
> "My coach told me before the match, 'He will give you nothing for free, so take everything he offers.' I tried to do that."
Q direct Rhys Penhaligon :: "My coach told me before the match, 'He will give you nothing for free, so take everything he offers.' I tried to do that."
> The Argentine, runner-up here in 2038, led 4-2 in the third set after levelling the match, but Penhaligon won 11 of the last 15 games.
F date 2038
F score 4-2
P partial Penhaligon
F number 11
F number 15
> Echeverría Roldán, 28, who helped Argentina win the Davis Cup in 2037, struggled with his movement in heat that reached 33C on court and called the trainer at 1-3 in the fourth set to have his left thigh strapped.
P partial Echeverría Roldán
F age 28
O team Argentina
F date 2037
F quantity 33C
F score 1-3
> "It is not an excuse. He played better in the important moments," he said. "I felt the leg from the third set, but this is tennis - you play with what you have."
Q direct Matías Echeverría Roldán :: "It is not an excuse. He played better in the important moments,"
Q direct Matías Echeverría Roldán :: "I felt the leg from the third set, but this is tennis - you play with what you have."
> Penhaligon's coach, former doubles player Tomasz Brzęczek-Hale, said the plan had been to "make him play the extra ball, every rally".
P partial Penhaligon
P full Tomasz Brzęczek-Hale
Q direct Tomasz Brzęczek-Hale :: "make him play the extra ball, every rally"
> The Lawn Tennis Association (LTA) said it was "thrilled" for Penhaligon, whose run has earned him at least €1.1m in prize money. The LTA added that he had come through its performance programme at Bisham Abbey.
O other Lawn Tennis Association
O other LTA
Q direct Lawn Tennis Association :: "thrilled"
P partial Penhaligon
F money €1.1m
O other LTA
L facility Bisham Abbey
> In the women's draw, fourth seed Inès Castel-Marchetti of France beat American qualifier Danielle Okonkwo-Reyes 6-1 6-0 in 58 minutes on Court Suzanne-Lenglen in front of 10,000 delighted home fans.
P full Inès Castel-Marchetti
L country France
P full Danielle Okonkwo-Reyes
F score 6-1
F score 6-0
F duration 58 minutes
L facility Court Suzanne-Lenglen
F number 10,000
> Penhaligon and Aasheim-Vik have met three times, with the Norwegian winning two of those matches, both on hard courts. Their semi-final is scheduled for 14:00 BST on Friday.
P partial Penhaligon
P partial Aasheim-Vik
F number three
F number two
F time 14:00 BST
'''

ARTICLES['1168-dar-es-salaam-port-berths-concession-bahari-gateway-tpa-clearing-agents-the-citizen'] = r'''
> Business
> TPA hands Dar port berths to private operator in Sh1.3 trillion deal
O government TPA
L city Dar
F money Sh1.3 trillion
> Bahari Gateway Terminals will run four container berths for 25 years, but clearing agents fear higher charges
O company Bahari Gateway Terminals
F number four
F duration 25 years
> By Neema Kasembe
P full Neema Kasembe
> Monday, November 14, 2039
F date November 14, 2039
> Ships at berths 8 to 11 of the Dar es Salaam Port. The berths handled 410,000 TEUs last year. PHOTO | ELIAPENDA LUGOE
L facility Dar es Salaam Port
F quantity 410,000 TEUs
P full ELIAPENDA LUGOE
> Dar es Salaam. The Tanzania Ports Authority (TPA) has signed a 25-year concession with Bahari Gateway Terminals Ltd to operate four container berths at the Dar es Salaam Port, in a deal the authority says is worth $520 million (about Sh1.3 trillion) in investment and fees.
L city Dar es Salaam
O government Tanzania Ports Authority
O government TPA
F duration 25-year
O company Bahari Gateway Terminals Ltd
F number four
L facility Dar es Salaam Port
F money $520 million
F money Sh1.3 trillion
> Under the agreement, signed on Friday in Dar es Salaam, the operator will take over berths 8 to 11 on July 1, 2040, dredge them to a depth of 15.5 metres and install six ship-to-shore cranes within 36 months.
L city Dar es Salaam
F date July 1, 2040
F quantity 15.5 metres
F number six
F duration 36 months
> TPA director general Elias Kapinga Mwakalinga said the berths handled 410,000 TEUs last year and should reach 1.1 million TEUs by 2045.
O government TPA
P full Elias Kapinga Mwakalinga
F quantity 410,000 TEUs
F quantity 1.1 million TEUs
F date 2045
> “Today a ship waits an average of six days at anchor before it gets a berth. Our target is less than 24 hours by 2041,” Mr Mwakalinga said. “Customers in Zambia, Malawi and the DR Congo are choosing Dar es Salaam again, and we must be ready for them.”
Q direct Elias Kapinga Mwakalinga :: “Today a ship waits an average of six days at anchor before it gets a berth. Our target is less than 24 hours by 2041,”
F duration six days
F duration 24 hours
F date 2041
P partial Mwakalinga
Q direct Elias Kapinga Mwakalinga :: “Customers in Zambia, Malawi and the DR Congo are choosing Dar es Salaam again, and we must be ready for them.”
L country Zambia
L country Malawi
L country DR Congo
L city Dar es Salaam
> Bahari Gateway will pay TPA an upfront fee of $95 million and a royalty of $38 for every container handled, while the authority keeps 20 percent of the operating company. The firm is owned by a consortium of Dubai and Mombasa investors, according to documents seen by The Citizen.
O company Bahari Gateway
O government TPA
F money $95 million
F money $38
F percent 20 percent
L city Dubai
L city Mombasa
O media The Citizen
> In a statement, Bahari Gateway said it would keep “all 1,240 current employees” at the berths for at least three years and train 300 young Tanzanians as crane operators.
O company Bahari Gateway
Q direct Bahari Gateway Terminals Ltd :: “all 1,240 current employees”
F number 1,240
F duration three years
F number 300
> But clearing and forwarding agents fear higher charges. Bi Zuhura Athumani Mfinanga, who runs a clearing firm in Kariakoo, said handling charges at private terminals were already “twice what TPA charges for the same box”.
P full Zuhura Athumani Mfinanga
L city Kariakoo
Q direct Zuhura Athumani Mfinanga :: “twice what TPA charges for the same box”
O government TPA
> “Our clients are traders in Tunduma and Lubumbashi. If a 20-foot container costs Sh600,000 more to clear, they will go to Beira,” she said.
Q direct Zuhura Athumani Mfinanga :: “Our clients are traders in Tunduma and Lubumbashi. If a 20-foot container costs Sh600,000 more to clear, they will go to Beira,”
L city Tunduma
L city Lubumbashi
F quantity 20-foot
F money Sh600,000
L city Beira
> The Tanzania Shipping Agencies Corporation (Tasac) said the tariff schedule would be published before July 1, 2040. A senior official at the Ministry of Transport, who asked not to be named, said tariffs would be “capped for the first five years” and reviewed by Tasac every January.
O government Tanzania Shipping Agencies Corporation
O government Tasac
F date July 1, 2040
O government Ministry of Transport
Q direct - :: “capped for the first five years”
F duration five years
O government Tasac
> Kigamboni MP Hamisi Juma Chaula told Parliament in Dodoma last week that the concession had been “rushed through” without a debate. “We are not against investors. We are against signing first and reading later,” he said.
L region Kigamboni
P full Hamisi Juma Chaula
O government Parliament
L city Dodoma
Q direct Hamisi Juma Chaula :: “rushed through”
Q direct Hamisi Juma Chaula :: “We are not against investors. We are against signing first and reading later,”
> The port handled 28.4 million tonnes of cargo in the 2038/39 financial year, up 9 percent, with transit cargo for neighbouring countries making up 41 percent of the total.
F quantity 28.4 million tonnes
F date 2038/39
F percent 9 percent
F percent 41 percent
'''

ARTICLES['1169-walton-county-data-center-water-hard-labor-creek-social-circle-commissioners-ajc'] = r'''
> Metro News
> Walton County commissioners approve data center despite water fears
L region Walton County
> The $2.4 billion campus near Social Circle could use up to 1.8 million gallons of water a day, county records show
F money $2.4 billion
L city Social Circle
F quantity 1.8 million gallons
> By Marisol Whitfield-Odom
P full Marisol Whitfield-Odom
> May 8, 2040
F date May 8, 2040
> Residents hold signs at the Walton County Board of Commissioners meeting in Monroe on Monday. (Derrick Oyelaran-Banks/AJC)
O government Walton County Board of Commissioners
L city Monroe
P full Derrick Oyelaran-Banks
O media AJC
> SOCIAL CIRCLE — Walton County commissioners voted 4-1 on Monday night to rezone 610 acres off Interstate 20 for a $2.4 billion data center campus, over the objections of neighbors who fear it will drain the area’s water supply.
L city SOCIAL CIRCLE
L region Walton County
F number 4-1
F quantity 610 acres
L street Interstate 20
F money $2.4 billion
> The developer, Denver-based Halvorsen Digital Infrastructure, plans eight buildings totaling 3.2 million square feet. County planning documents show the campus could draw up to 1.8 million gallons a day from the Hard Labor Creek Reservoir during summer peaks, mostly to cool servers.
L city Denver
O company Halvorsen Digital Infrastructure
F number eight
F quantity 3.2 million square feet
F quantity 1.8 million gallons
L geo Hard Labor Creek Reservoir
> That is about 15% of the reservoir’s permitted yield of 12 million gallons a day, which also serves Social Circle, Monroe and parts of Morgan County.
F percent 15%
F quantity 12 million gallons
L city Social Circle
L city Monroe
L region Morgan County
> “We are not against jobs. We are against running out of water in August,” said Loretta Amankwah-Pruitt, 67, whose family has farmed near Good Hope since 1952. She was one of 41 residents who spoke during a public hearing that ran past 11 p.m.
Q direct Loretta Amankwah-Pruitt :: “We are not against jobs. We are against running out of water in August,”
P full Loretta Amankwah-Pruitt
F age 67
L city Good Hope
F date 1952
F number 41
F time 11 p.m.
> “My well went dry in the drought of 2031. Nobody from that company will be here when it happens again,” she said.
Q direct Loretta Amankwah-Pruitt :: “My well went dry in the drought of 2031. Nobody from that company will be here when it happens again,”
F date 2031
> Commission Chairman Garrett Pendergrass-Lyle said the project would bring in about $19 million a year in property taxes once complete, along with 240 permanent jobs, and that the developer had agreed to pay for a $31 million water reclamation plant.
P full Garrett Pendergrass-Lyle
F money $19 million
F number 240
F money $31 million
> “This is the single biggest investment in the history of Walton County,” Pendergrass-Lyle said. “We built protections into this deal that no other county in Georgia has asked for.”
Q direct Garrett Pendergrass-Lyle :: “This is the single biggest investment in the history of Walton County,”
L region Walton County
P partial Pendergrass-Lyle
Q direct Garrett Pendergrass-Lyle :: “We built protections into this deal that no other county in Georgia has asked for.”
L region Georgia
> County Manager Raymond Okonjo-Flett said the county’s own modeling showed the reservoir could meet demand “through a repeat of the 2031 drought,” even with the data center running at full load.
P full Raymond Okonjo-Flett
Q direct Raymond Okonjo-Flett :: “through a repeat of the 2031 drought,”
F date 2031
> Commissioner Delphine Ogletree-Marsh, who cast the only vote against, represents District 3, which includes the town of Between, population about 300. She called the water figures “a best guess dressed up as a promise.”
P full Delphine Ogletree-Marsh
L region District 3
L city Between
F number 300
Q direct Delphine Ogletree-Marsh :: “a best guess dressed up as a promise.”
> The Georgia Environmental Protection Division (EPD) must still approve a new withdrawal permit. In a statement, the EPD said it would review the request “using the same drought-year assumptions applied to every permit in the basin.”
O government Georgia Environmental Protection Division
O government EPD
O government EPD
Q direct Georgia Environmental Protection Division :: “using the same drought-year assumptions applied to every permit in the basin.”
> A Halvorsen spokeswoman said the company would use a closed-loop cooling system that cuts water use by as much as 70% in winter. “The 1.8 million figure is a worst case for a few days in July,” she said in an email.
O company Halvorsen
F percent 70%
Q direct - :: “The 1.8 million figure is a worst case for a few days in July,”
F number 1.8 million
> Counties across metro Atlanta have seen a wave of data center proposals since 2035; Douglas County and Coweta County both imposed six-month moratoriums last year. Walton’s rezoning goes to a second vote on June 4.
L city Atlanta
F date 2035
L region Douglas County
L region Coweta County
F duration six-month
L region Walton
F date June 4
'''

ARTICLES['1170-dublin-bus-network-redesign-nta-spine-routes-rush-lusk-councillors-rte-news'] = r'''
> Transport
> 'A network for 2040, not 1990': NTA unveils Dublin bus redesign
Q direct Orla Keaveney-Dunne :: 'A network for 2040, not 1990'
F date 2040
F date 1990
O government NTA
L city Dublin
> Updated / Monday, 20 Feb 2040 18:05
F date 20 Feb 2040
F time 18:05
> By Fiachra Ó Dubhghaill, Transport Correspondent
P full Fiachra Ó Dubhghaill
> Under the plans, the 46A would be replaced by two spine routes (Image: RollingNews.ie)
F number two
O media RollingNews.ie
> The National Transport Authority (NTA) has published a redesign of Dublin's bus network that would replace 117 existing routes with 84, including 11 high-frequency "spine" routes, at an estimated extra cost of €46m a year.
O government National Transport Authority
O government NTA
L city Dublin
F number 117
F number 84
F number 11
Q scare - :: "spine"
F money €46m
> The authority said the new network, to be phased in from September 2041, would put 1.1 million people within 400 metres of a bus that comes at least every 15 minutes.
F date September 2041
F number 1.1 million
F quantity 400 metres
F duration 15 minutes
> NTA chief executive Orla Keaveney-Dunne said the current map had grown "route by route, decade by decade" since the 1990s.
O government NTA
P full Orla Keaveney-Dunne
Q direct Orla Keaveney-Dunne :: "route by route, decade by decade"
F date 1990s
> "This is a network for 2040, not 1990. People in Clongriffin and Adamstown do not want to travel in to O'Connell Street to get across the city," she said. "We heard the criticism of the last draft and we have listened.
Q direct Orla Keaveney-Dunne :: "This is a network for 2040, not 1990. People in Clongriffin and Adamstown do not want to travel in to O'Connell Street to get across the city,"
F date 2040
F date 1990
L city Clongriffin
L city Adamstown
L street O'Connell Street
Q direct Orla Keaveney-Dunne :: "We heard the criticism of the last draft and we have listened.
> "Nobody will lose their bus without a new one inside 400 metres."
Q direct Orla Keaveney-Dunne :: "Nobody will lose their bus without a new one inside 400 metres."
F quantity 400 metres
> Under the plan, commuters in Rush and Lusk would lose the direct 33X service and change at Swords for a spine route, which the NTA says would still cut peak journeys by 12 minutes.
L city Rush
L city Lusk
L city Swords
O government NTA
F duration 12 minutes
> Fingal councillor Seán Ó Broin-Casey said the 33X was "the only thing that gets Rush to work on time" and that the change would mean a second fare for some passengers who now pay one.
L region Fingal
P full Seán Ó Broin-Casey
Q direct Seán Ó Broin-Casey :: "the only thing that gets Rush to work on time"
L city Rush
> Dublin City Council's transportation committee will discuss the plans on 5 March. Its chair, Labour councillor Niamh Drennan-Walsh, said residents of Inchicore and Kimmage had been "left with longer walks and no extra buses".
O government Dublin City Council
F date 5 March
P full Niamh Drennan-Walsh
L city Inchicore
L city Kimmage
Q direct Niamh Drennan-Walsh :: "left with longer walks and no extra buses"
> Sinn Féin's transport spokesperson, Cian Mac Lochlainn TD, said the party would oppose any plan that cut direct links from Finglas to the city centre. "People going to work should not be changing buses twice in the rain," he said.
O party Sinn Féin
P full Cian Mac Lochlainn
L city Finglas
Q direct Cian Mac Lochlainn :: "People going to work should not be changing buses twice in the rain,"
> In Kill, Co Kildare, where one of the new orbital routes would end, residents welcomed the promise of a 24-hour service on the N7 corridor.
L city Kill
L region Co Kildare
F duration 24-hour
L street N7
> A single adult fare will remain €2 for journeys of up to 90 minutes. Dublin Bus and Go-Ahead Ireland will run the routes under contracts worth €1.3bn over eight years, the NTA said.
F money €2
F duration 90 minutes
O company Dublin Bus
O company Go-Ahead Ireland
F money €1.3bn
F duration eight years
O government NTA
> The National Bus and Rail Union (NBRU) said it would "engage constructively" with the authority but warned that 300 more drivers would be needed before the first spine route opens. The NBRU has about 3,000 members at Dublin Bus.
O nonprofit National Bus and Rail Union
O nonprofit NBRU
Q direct National Bus and Rail Union :: "engage constructively"
F number 300
O nonprofit NBRU
F number 3,000
O company Dublin Bus
> A source at the Department of Transport said the €46m was "not yet in any budget".
O government Department of Transport
F money €46m
Q direct - :: "not yet in any budget"
> The public consultation runs for eight weeks from 27 February, with 16 information sessions in libraries and community centres across Dublin, Fingal and Co Kildare.
F duration eight weeks
F date 27 February
F number 16
L city Dublin
L region Fingal
L region Co Kildare
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
