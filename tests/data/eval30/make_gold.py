#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval30 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval30/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['223-riau-haze-hotspots-pelalawan-plantation'] = r'''
> SE Asia
L region SE Asia
> Haze returns to Riau as hotspots on plantation land triple in a week
L region Riau
> Indonesia seals off burnt land in four oil palm concessions and threatens to revoke permits
L country Indonesia
F number four
> Dewi Kartikasari Siregar
P full Dewi Kartikasari Siregar
> Indonesia Correspondent
L country Indonesia
> UPDATED Sep 20, 2033, 09:12 PM
F date Sep 20, 2033
F time 09:12 PM
> Firefighters spray water on a smouldering peat fire at an oil palm estate in Pelalawan regency, Riau province, on Sept 19. PHOTO: AFP
L region Pelalawan
L region Riau
F date Sept 19
O media AFP
> PEKANBARU – Thick haze blanketed large parts of Riau on Sept 20 as the number of hotspots on Sumatra more than tripled in a week, with many of the fires burning on peatland inside oil palm plantations, Indonesian officials said.
L city PEKANBARU
L region Riau
F date Sept 20
L geo Sumatra
> Indonesia’s Meteorology, Climatology and Geophysics Agency (BMKG) detected 1,214 hotspots across Sumatra on the morning of Sept 20, up from 362 a week earlier. Riau accounted for 687 of them, most in the coastal regencies of Pelalawan, Siak and Indragiri Hilir.
L country Indonesia
O government Meteorology, Climatology and Geophysics Agency
O government BMKG
F number 1,214
L geo Sumatra
F date Sept 20
F number 362
L region Riau
F number 687
L region Pelalawan
L region Siak
L region Indragiri Hilir
> Visibility in the provincial capital Pekanbaru fell to 800m at 7am, and six flights were delayed at Sultan Syarif Kasim II International Airport. Readings from the city’s air-quality monitors reached the “hazardous” band on Sept 19, and the city government closed 412 schools for three days.
L city Pekanbaru
F quantity 800m
F time 7am
F number six
L facility Sultan Syarif Kasim II International Airport
Q scare - :: “hazardous”
F date Sept 19
F number 412
F duration three days
> The Riau disaster management agency, known by its Indonesian acronym BPBD, estimated that 4,360ha had burnt in the province since July, nearly three-quarters of it on peat.
L region Riau
O government BPBD
F quantity 4,360ha
F fraction three-quarters
> The National Disaster Management Agency (BNPB) said it had sent 11 helicopters for water-bombing and two aircraft for cloud seeding to the province.
O government National Disaster Management Agency
O government BNPB
F number 11
F number two
> Indonesia’s Ministry of Forestry said on Sept 20 that investigators had sealed off burnt areas in four concessions, including 1,850ha on an estate in Pelalawan run by PT Sawit Rimba Lestari, a subsidiary of Singapore-listed Tanjung Emas Agri Resources.
L country Indonesia
O government Ministry of Forestry
F date Sept 20
F number four
F quantity 1,850ha
L region Pelalawan
O company PT Sawit Rimba Lestari
L country Singapore
O company Tanjung Emas Agri Resources
> “We have sealed the land and we are examining satellite images going back to June. If we find that the fires were set deliberately to clear land, the companies will face criminal charges and could lose their permits,” the ministry’s director-general of law enforcement, Mr Hendra Wicaksono Putra, told reporters in Jakarta.
Q direct Hendra Wicaksono Putra :: “We have sealed the land and we are examining satellite images going back to June. If we find that the fires were set deliberately to clear land, the companies will face criminal charges and could lose their permits,”
P full Hendra Wicaksono Putra
L city Jakarta
> He said the other three concessions under investigation, in Siak and Indragiri Hilir, belonged to Indonesian companies that he did not name. Under Indonesian law, firms found liable for fires on their land can be fined up to Rp10 billion (S$850,000) and ordered to pay for restoration.
F number three
L region Siak
L region Indragiri Hilir
F money Rp10 billion
F money S$850,000
> In 2031, a court in Pekanbaru ordered another plantation company to pay Rp1.1 trillion in compensation and restoration costs over fires that burnt 3,000ha of its concession in 2029.
F date 2031
L city Pekanbaru
F money Rp1.1 trillion
F quantity 3,000ha
F date 2029
> Tanjung Emas said in a filing to the Singapore Exchange on Sept 20 that the fire had started on community land outside its concession and spread across a canal into the estate during strong winds on Sept 14.
O company Tanjung Emas
O company Singapore Exchange
F date Sept 20
F date Sept 14
> The company said it had deployed 230 firefighters and four water pumps to contain the blaze, that it “strictly enforces a zero-burning policy” across its 96,000ha of plantations in Riau and Sarawak, and that it was cooperating fully with the authorities.
F number 230
F number four
Q direct Tanjung Emas Agri Resources :: “strictly enforces a zero-burning policy”
F quantity 96,000ha
L region Riau
L region Sarawak
> Tanjung Emas, which is controlled by a Malaysian family and was listed in Singapore in 2014, reported a net profit of RM386 million (S$111 million) for the first half of 2033, up 24 per cent from a year earlier, on higher palm oil prices. Its shares fell 4.6 per cent on Sept 20.
O company Tanjung Emas
L country Singapore
F date 2014
F money RM386 million
F money S$111 million
F date 2033
F percent 24 per cent
F percent 4.6 per cent
F date Sept 20
> Environmental group Jaringan Hutan Riau, which monitors concessions in the province, said its field team had found fresh excavator tracks and rows of newly planted oil palm seedlings on burnt land near Teluk Meranti village, on the Kampar River, on Sept 17.
O nonprofit Jaringan Hutan Riau
L city Teluk Meranti
L geo Kampar River
F date Sept 17
> “This is the same pattern we see every dry season. The land burns, and a few months later it is planted with oil palm,” said the group’s coordinator, Ms Rina Oktaviani Napitupulu.
Q direct Rina Oktaviani Napitupulu :: “This is the same pattern we see every dry season. The land burns, and a few months later it is planted with oil palm,”
P full Rina Oktaviani Napitupulu
> “We heard the same promises in 2015, in 2019 and in 2023,” she added. “What is needed is for the permits of repeat offenders to be revoked and for the peat to be rewetted, not planted again.
Q direct Rina Oktaviani Napitupulu :: “We heard the same promises in 2015, in 2019 and in 2023,”
F date 2015
F date 2019
F date 2023
Q direct Rina Oktaviani Napitupulu :: “What is needed is for the permits of repeat offenders to be revoked and for the peat to be rewetted, not planted again.
> “Until that happens, the people of Riau will keep breathing smoke every September.”
Q direct Rina Oktaviani Napitupulu :: “Until that happens, the people of Riau will keep breathing smoke every September.”
L region Riau
> In Teluk Meranti, rubber tapper Syafrizal, 41, said his two young children had been coughing for a week and the family had stopped opening the windows of their wooden house.
L city Teluk Meranti
P partial Syafrizal
F age 41
F number two
> “The smoke comes at night, and by morning everything is grey. We cannot dry our rubber sheets, we cannot go to the river,” he told The Straits Times by phone.
Q direct Syafrizal :: “The smoke comes at night, and by morning everything is grey. We cannot dry our rubber sheets, we cannot go to the river,”
O media The Straits Times
> In Singapore, the 24-hour Pollutant Standards Index (PSI) was in the moderate range at 8pm on Sept 20, with readings of 68 to 82, the National Environment Agency (NEA) said.
L country Singapore
F duration 24-hour
F time 8pm
F date Sept 20
F number 68
F number 82
O government National Environment Agency
O government NEA
> The agency said that if the winds turned south-westerly, the haze could drift across the Strait of Malacca and push air quality into the unhealthy range, when the PSI rises above 100. The Asean Specialised Meteorological Centre expects the dry season to last until mid-October.
L geo Strait of Malacca
F number 100
O intergovernmental Asean Specialised Meteorological Centre
> Across the strait in Malaysia, the Department of Environment said the Air Pollutant Index had reached 156 in Muar and 131 in Batu Pahat, in Johor, on Sept 20. Schools in both districts will switch to home-based learning from Sept 21.
L country Malaysia
O government Department of Environment
F number 156
L city Muar
F number 131
L city Batu Pahat
L region Johor
F date Sept 20
F date Sept 21
> The 2015 fires, the worst in nearly two decades, burnt more than 2.6 million ha of land across Indonesia and cost its economy an estimated US$16 billion, according to the World Bank.
F date 2015
F duration two decades
F quantity 2.6 million ha
L country Indonesia
F money US$16 billion
O intergovernmental World Bank
'''

ARTICLES['224-eu-fishing-fund-deal-engine-subsidies'] = r'''
> Fisheries
> EU clinches €6.1B fishing fund deal, with engine money for small boats
O intergovernmental EU
F money €6.1B
> Spain and France win the right to spend up to 20 percent of their allocations on new engines, over objections from the Greens and from scientists.
L country Spain
L country France
F percent 20 percent
O party Greens
> By Camille Delacroix-Vermeulen and Jakub Nowicki
P full Camille Delacroix-Vermeulen
P full Jakub Nowicki
> December 15, 2033 1:12 pm CET
F date December 15, 2033
F time 1:12 pm CET
> Fishing boats moored in the port of Burela, in Spain’s Galicia region. Spain led a group of 11 countries that pushed for engine subsidies. | Miguel Riveiro/AFP via Getty Images
L city Burela
L country Spain
L region Galicia
L country Spain
F number 11
P full Miguel Riveiro
O media AFP
O media Getty Images
> BRUSSELS — EU negotiators clinched a provisional deal in the early hours of Thursday on a €6.1 billion fund to support the bloc’s fishing fleets for seven years from 2035, after 14 hours of talks that ran through the night.
L city BRUSSELS
O intergovernmental EU
F money €6.1 billion
F duration seven years
F date 2035
F duration 14 hours
> The agreement between the European Parliament and the Council, which represents the EU’s 27 governments, allows countries to spend up to 20 percent of their national allocation on replacing the engines of vessels under 12 meters long, as long as the new engines are no more powerful than the old ones. The Commission had proposed capping such spending at 10 percent.
O government European Parliament
O intergovernmental Council
O intergovernmental EU
F number 27
F percent 20 percent
F quantity 12 meters
O government Commission
F percent 10 percent
> The deal still needs the formal approval of MEPs in a plenary vote, expected in February, and of ministers.
> “Our fishermen are not asking for charity. They are asking to go to sea on boats that are safe, and that don’t burn twice the diesel they need to,” said Spanish MEP Iñaki Etxeberria Larrañaga, of the center-right European People’s Party (EPP), who led the Parliament’s negotiating team, as talks broke up shortly after 5 a.m.
Q direct Iñaki Etxeberria Larrañaga :: “Our fishermen are not asking for charity. They are asking to go to sea on boats that are safe, and that don’t burn twice the diesel they need to,”
P full Iñaki Etxeberria Larrañaga
O party European People’s Party
O party EPP
O government Parliament
F time 5 a.m.
> The text sets aside €1.4 billion for small-scale coastal fishing, which accounts for about three-quarters of the EU fleet’s 72,000 vessels but lands a far smaller share of the catch, and keeps a ban on using EU money to build new boats or to increase a vessel’s capacity.
F money €1.4 billion
F fraction three-quarters
O intergovernmental EU
F number 72,000
O intergovernmental EU
> ‘Stocks on their knees’
Q direct Freja Holm-Ravnsborg :: ‘Stocks on their knees’
> Danish Green MEP Freja Holm-Ravnsborg, who negotiated for the Greens/European Free Alliance group, said the engine money would “put more pressure on stocks that are already on their knees” and called the deal “a step backwards” from the bloc’s promise to cut overcapacity in its fleets.
P full Freja Holm-Ravnsborg
O party Greens/European Free Alliance
Q direct Freja Holm-Ravnsborg :: “put more pressure on stocks that are already on their knees”
Q direct Freja Holm-Ravnsborg :: “a step backwards”
> “A bigger engine on the same boat is more fishing. Everybody in that room knows it,” she said.
Q direct Freja Holm-Ravnsborg :: “A bigger engine on the same boat is more fishing. Everybody in that room knows it,”
> Scientists at the International Council for the Exploration of the Sea (ICES) have advised a 45 percent cut in the catch of cod in the Celtic Sea next year. The Commission has proposed 32 percent, and fisheries ministers will set the final limits at a two-day meeting in Brussels starting December 19.
O intergovernmental International Council for the Exploration of the Sea
O intergovernmental ICES
F percent 45 percent
L geo Celtic Sea
O government Commission
F percent 32 percent
F duration two-day
L city Brussels
F date December 19
> Fisheries Commissioner Eleni Papadaki-Voss welcomed the fund agreement as “balanced and realistic.” The fleet had to modernize, she said, “and it cannot do that with engines from the 1990s.”
P full Eleni Papadaki-Voss
Q direct Eleni Papadaki-Voss :: “balanced and realistic.”
Q direct Eleni Papadaki-Voss :: “and it cannot do that with engines from the 1990s.”
F date 1990s
> Who gets what
> Spain will receive the largest share of the fund, about €1.2 billion, followed by France with €640 million and Italy with €590 million, according to a Council document seen by POLITICO. Spain, France, Italy, Portugal and Croatia, backed by six smaller coastal countries, had pushed for the engine money; Denmark, Sweden and the Netherlands argued against it until the final hours.
L country Spain
F money €1.2 billion
L country France
F money €640 million
L country Italy
F money €590 million
O intergovernmental Council
O media POLITICO
L country Spain
L country France
L country Italy
L country Portugal
L country Croatia
F number six
L country Denmark
L country Sweden
L country Netherlands
> “For a village like Sesimbra, this fund is the difference between having a harbor and having a marina,” said Portuguese MEP Joana Sá Pereira, of the Socialists and Democrats (S&D). “Our boats are small, they are old, and they are owned by families. These are exactly the people the fund should be for.”
Q direct Joana Sá Pereira :: “For a village like Sesimbra, this fund is the difference between having a harbor and having a marina,”
L city Sesimbra
P full Joana Sá Pereira
O party Socialists and Democrats
O party S&D
Q direct Joana Sá Pereira :: “Our boats are small, they are old, and they are owned by families. These are exactly the people the fund should be for.”
> Dutch MEP Pieter-Jan de Wolff, Renew Europe’s lead negotiator on the file, said his group had secured “an emergency brake that actually works”: the Commission can suspend engine payments to any country whose fleet exceeds its capacity ceiling for two years in a row.
P full Pieter-Jan de Wolff
O party Renew Europe
Q direct Pieter-Jan de Wolff :: “an emergency brake that actually works”
O government Commission
F duration two years
> De Wolff said the brake, together with an obligation on countries to check engine power every year, had made the deal acceptable to his group. “It is not perfect. But without us there would be no brake at all,” he said.
P partial De Wolff
Q direct Pieter-Jan de Wolff :: “It is not perfect. But without us there would be no brake at all,”
> The EU fleet landed 3.9 million tonnes of fish and shellfish in 2032, down 11 percent from a decade earlier, and employed about 124,000 people, according to Commission figures. Its fuel bill reached €1.9 billion that year, up from €1.3 billion in 2030.
O intergovernmental EU
F quantity 3.9 million tonnes
F date 2032
F percent 11 percent
F number 124,000
O government Commission
F money €1.9 billion
F money €1.3 billion
F date 2030
> Environmental campaigners were less impressed. “Paying to make boats more powerful while cod collapses is not a transition. It is a subsidy with a nicer name,” said Anneke Bruinsma, policy director at Blue Commons Europe, a Brussels-based coalition of 40 ocean NGOs.
Q direct Anneke Bruinsma :: “Paying to make boats more powerful while cod collapses is not a transition. It is a subsidy with a nicer name,”
P full Anneke Bruinsma
O nonprofit Blue Commons Europe
L city Brussels
F number 40
> An Irish diplomat, who spoke on condition of anonymity because the talks were confidential, said Dublin had accepted the engine compromise in exchange for an extra €45 million for ports that lost catches after Brexit, when the bloc’s boats lost access to U.K. waters. “We didn’t get everything we wanted, but nobody did,” the diplomat said.
L city Dublin
F money €45 million
L country U.K.
Q direct - :: “We didn’t get everything we wanted, but nobody did,”
> The Parliament’s fisheries committee is due to vote on the text on January 24, before the plenary vote.
O government Parliament
F date January 24
'''

ARTICLES['225-taesan-semiconductor-profit-hbm-cheongju-fab'] = r'''
> Technology
> Taesan Profit Jumps 62% as AI Servers Drive Demand for Memory Chips
O company Taesan
F percent 62%
> Operating profit of 5.8 trillion won beats analysts’ estimates
F money 5.8 trillion won
> New fab in Cheongju to start mass production in 2034
L city Cheongju
F date 2034
> By Ye-rin Seo and Marcus Thornbury
P full Ye-rin Seo
P full Marcus Thornbury
> October 27, 2033 at 10:21 AM GMT+9
F date October 27, 2033
F time 10:21 AM GMT+9
> Updated on October 27, 2033 at 3:48 PM GMT+9
F date October 27, 2033
F time 3:48 PM GMT+9
> Silicon wafers at Taesan Semiconductor’s plant in Icheon, South Korea. Photographer: Kang Min-seok/Bloomberg
O company Taesan Semiconductor
L city Icheon
L country South Korea
P full Kang Min-seok
O media Bloomberg
> Taesan Semiconductor Co.’s quarterly profit rose 62%, beating analysts’ estimates, as orders for the high-bandwidth memory used in artificial intelligence servers more than made up for a slump in smartphone sales.
O company Taesan Semiconductor Co.
F percent 62%
> Operating profit climbed to 5.8 trillion won ($4.2 billion) in the three months ended Sept. 30, from 3.6 trillion won a year earlier, the South Korean company said in a filing Thursday. Analysts had expected 5.1 trillion won on average, according to estimates compiled by Bloomberg. Sales rose 38% to 19.4 trillion won.
F money 5.8 trillion won
F money $4.2 billion
F duration three months
F date Sept. 30
F money 3.6 trillion won
F money 5.1 trillion won
O media Bloomberg
F percent 38%
F money 19.4 trillion won
> Taesan’s shares rose as much as 6.1% in Seoul, the most since March, before closing 3.4% higher. The benchmark Kospi index gained 0.8%.
O company Taesan
F percent 6.1%
L city Seoul
F percent 3.4%
F percent 0.8%
> The results show how the AI build-out continues to lift South Korea’s memory makers, which supply the stacked chips that sit alongside processors in servers built by Nvidia Corp. and others. Taesan, the country’s third-largest chipmaker after Samsung Electronics Co. and SK Hynix Inc., gets about 70% of its DRAM revenue from data-center customers.
L country South Korea
O company Nvidia Corp.
O company Taesan
O company Samsung Electronics Co.
O company SK Hynix Inc.
F percent 70%
> “Customers are already negotiating volumes for 2035 with us, and our high-bandwidth memory capacity for next year is effectively sold out,” Chief Financial Officer Bae Sung-hoon said on a conference call with analysts. He said HBM would make up more than 40% of DRAM sales in the fourth quarter, up from 29% in the third.
Q direct Bae Sung-hoon :: “Customers are already negotiating volumes for 2035 with us, and our high-bandwidth memory capacity for next year is effectively sold out,”
F date 2035
P full Bae Sung-hoon
F percent 40%
F percent 29%
> Taesan said its new fab in Cheongju, about 120 kilometers (75 miles) south of Seoul, will start mass production in the second half of 2034 with capacity of 60,000 wafers a month, rising to 180,000 by 2036. The plant will cost about 21 trillion won over five years, and the company kept its 2033 capital spending plan at 14.5 trillion won.
O company Taesan
L city Cheongju
F quantity 120 kilometers
F quantity 75 miles
L city Seoul
F date 2034
F number 60,000
F number 180,000
F date 2036
F money 21 trillion won
F duration five years
F date 2033
F money 14.5 trillion won
> Bae said the plant would make Taesan’s 12-layer HBM4 stacks, which the company began shipping as samples to “a major US customer” in August. He declined to name the customer.
P partial Bae
O company Taesan
F number 12
Q direct Bae Sung-hoon :: “a major US customer”
L country US
> Read more: Korea’s Chip Exports Hit Record as AI Demand Outpaces Phone Slump
> The outlook for conventional chips is weaker. Taesan said prices of NAND flash memory fell about 8% in the quarter as smartphone and PC makers worked through inventories, and it expects shipments of the chips to decline by a low-single-digit percentage in the fourth quarter.
O company Taesan
F percent 8%
> “The AI memory cycle has further to run, but investors will want to see whether Taesan can hold on to its lead in HBM once the bigger players catch up on yields,” said Park Soo-min, an analyst at Kiwoom Securities Co. in Seoul.
Q direct Park Soo-min :: “The AI memory cycle has further to run, but investors will want to see whether Taesan can hold on to its lead in HBM once the bigger players catch up on yields,”
O company Taesan
P full Park Soo-min
O company Kiwoom Securities Co.
L city Seoul
> Park said she expects Taesan’s operating profit to reach 7 trillion won in the fourth quarter. “Pricing for HBM4 is locked in for most of next year, so the earnings visibility is unusually good for a memory company,” she said.
P partial Park
O company Taesan
F money 7 trillion won
Q direct Park Soo-min :: “Pricing for HBM4 is locked in for most of next year, so the earnings visibility is unusually good for a memory company,”
> Analysts at Nomura Holdings Inc. raised their price target for the stock to 248,000 won from 210,000 won, saying in a note that the Cheongju plant would lift Taesan’s HBM capacity by about half by the end of 2035. The shares closed at 197,500 won.
O company Nomura Holdings Inc.
F money 248,000 won
F money 210,000 won
L city Cheongju
O company Taesan
F fraction half
F date 2035
F money 197,500 won
> Separately, Taesan said it had signed a 180 billion yen ($1.2 billion) agreement to buy etching and deposition tools from Tokyo-based Kurosawa Precision Corp. over three years, as it reduces its reliance on US equipment suppliers amid Washington’s export controls.
O company Taesan
F money 180 billion yen
F money $1.2 billion
L city Tokyo
O company Kurosawa Precision Corp.
F duration three years
L country US
L city Washington
> Kurosawa’s shares rose 2.7% in Tokyo. The company, which gets about a quarter of its sales from South Korea, said in a statement that the order was “the largest in our 71-year history.”
O company Kurosawa
F percent 2.7%
L city Tokyo
F fraction a quarter
L country South Korea
Q direct Kurosawa Precision Corp. :: “the largest in our 71-year history.”
F duration 71-year
> Taesan, based in Icheon, about 60 kilometers southeast of Seoul, employs 31,000 people and runs two other fabs in the city and one in Wuxi, China.
O company Taesan
L city Icheon
F quantity 60 kilometers
L city Seoul
F number 31,000
F number two
F number one
L city Wuxi
L country China
> — With assistance from Aiko Nishimura
P full Aiko Nishimura
> (Updates with analyst comments from eighth paragraph.)
'''

ARTICLES['226-romblon-motorbanca-capsizes-tablas-gale'] = r'''
> Nation
> At least 9 dead, 14 missing as motorbanca capsizes off Romblon
F number 9
F number 14
L region Romblon
> The Philippine Coast Guard says the boat, which was carrying 68 people, left port after a gale warning had been raised over the area
O government Philippine Coast Guard
F number 68
> Jasmine Obcena-Villareal
P full Jasmine Obcena-Villareal
> Jan 18, 2034 6:52 PM PHT
F date Jan 18, 2034
F time 6:52 PM PHT
> RESCUE. Coast guard personnel carry a survivor at the port of San Agustin, Romblon, on January 18, 2034. Photo courtesy of PCG
L city San Agustin
L region Romblon
F date January 18, 2034
O government PCG
> ROMBLON, Philippines – At least nine people died and 14 were missing after a wooden motorbanca carrying 68 passengers and crew capsized in rough seas off Tablas Island in Romblon on Wednesday morning, January 18, the Philippine Coast Guard (PCG) said.
L region ROMBLON
L country Philippines
F number nine
F number 14
F number 68
L geo Tablas Island
L region Romblon
F date January 18
O government Philippine Coast Guard
O government PCG
> The MBca Island Star 2 left San Agustin port at 6:15 am bound for Romblon town, a crossing that usually takes about 90 minutes. It capsized at around 7:05 am, roughly 7 nautical miles (13 kilometers) off Barangay Bachawan, according to the PCG.
L city San Agustin
F time 6:15 am
L city Romblon
F duration 90 minutes
F time 7:05 am
F quantity 7 nautical miles
F quantity 13 kilometers
L city Barangay Bachawan
O government PCG
> Of the 68 people on board, 45 were rescued by coast guard, navy and fishing boats. Rescuers had recovered the bodies of nine people, including three children, by late afternoon. Fourteen others remained missing.
F number 68
F number 45
F number nine
F number three
F number Fourteen
> PAGASA had raised a gale warning over the seaboards of Romblon, Mindoro and Marinduque at 5 am, with waves of 3.5 to 4.5 meters expected as the northeast monsoon, or amihan, strengthened.
O government PAGASA
L region Romblon
L geo Mindoro
L region Marinduque
F time 5 am
F quantity 3.5
F quantity 4.5 meters
> “The vessel should never have left. Under our rules, motorbancas are not allowed to sail once a gale warning is up, no matter their size,” PCG spokesperson Commodore Noemi Salcedo-Ilagan told reporters in Manila.
Q direct Noemi Salcedo-Ilagan :: “The vessel should never have left. Under our rules, motorbancas are not allowed to sail once a gale warning is up, no matter their size,”
O government PCG
P full Noemi Salcedo-Ilagan
L city Manila
> She said the PCG substation in San Agustin had not issued a departure clearance, and investigators were trying to establish whether the boat had sailed without one. The boat’s captain, who survived, was being held at the substation, she added.
O government PCG
L city San Agustin
> The Maritime Industry Authority (MARINA) suspended the boat’s operator, RJ Ventura Shipping, and ordered its three other vessels to stay in port pending an investigation.
O government Maritime Industry Authority
O government MARINA
O company RJ Ventura Shipping
F number three
> ‘The children were screaming’
Q direct Jonalyn Fabregas :: ‘The children were screaming’
> Survivor Jonalyn Fabregas, 34, a fish vendor from Odiongan, said the boat began to list after it was hit by two large waves in quick succession.
P full Jonalyn Fabregas
F age 34
L city Odiongan
F number two
> “Biglang tumagilid ang bangka. Sumisigaw ang mga bata,” she told Rappler from a district hospital in San Agustin. (The boat suddenly tilted. The children were screaming.)
Q direct Jonalyn Fabregas :: “Biglang tumagilid ang bangka. Sumisigaw ang mga bata,”
O media Rappler
L city San Agustin
> Fabregas said she held on to a plastic water container for almost three hours before fishermen from Barangay Bachawan pulled her out of the water. Her sister-in-law, who was travelling with her, is among the missing.
P partial Fabregas
F duration three hours
L city Barangay Bachawan
> Rodel Mangubat, 52, a carpenter headed to Romblon town for work, said there were not enough life jackets for everyone on board.
P full Rodel Mangubat
F age 52
L city Romblon
> “When the boat tipped over, people grabbed whatever they could. I saw maybe 20 life vests for all of us,” he said. “The rest were holding on to the outriggers and to each other.
Q direct Rodel Mangubat :: “When the boat tipped over, people grabbed whatever they could. I saw maybe 20 life vests for all of us,”
F number 20
Q direct Rodel Mangubat :: “The rest were holding on to the outriggers and to each other.
> “Some of the small children could not swim. Their mothers were holding them above the water for as long as they could.”
Q direct Rodel Mangubat :: “Some of the small children could not swim. Their mothers were holding them above the water for as long as they could.”
> The boat’s manifest listed 61 passengers and seven crew, but Salcedo-Ilagan said survivors had told investigators that several children who were not on the list had also been on board, so the number of missing could rise.
F number 61
F number seven
P partial Salcedo-Ilagan
> Romblon Governor Teodoro Fajardo Magbanua suspended all motorbanca trips in the province until Friday and said the provincial government would give ₱20,000 in financial assistance to the family of each victim.
L region Romblon
P full Teodoro Fajardo Magbanua
F money ₱20,000
> “We are an island province. People have no choice but to take these boats to go to school, to go to the hospital, to sell their fish. That is why the rules have to be followed,” Magbanua said in a radio interview.
Q direct Teodoro Fajardo Magbanua :: “We are an island province. People have no choice but to take these boats to go to school, to go to the hospital, to sell their fish. That is why the rules have to be followed,”
P partial Magbanua
> The Office of Civil Defense (OCD) in Mimaropa, the region that covers Mindoro, Marinduque, Romblon and Palawan, said the search would resume at 5:30 am on Thursday, with two Philippine Navy ships, a PCG aircraft and 18 fishing boats taking part.
O government Office of Civil Defense
O government OCD
L region Mimaropa
L geo Mindoro
L region Marinduque
L region Romblon
L region Palawan
F time 5:30 am
F number two
O government Philippine Navy
O government PCG
F number 18
> The accident is the deadliest involving a passenger boat in the country since July 2023, when 27 people died after the motorbanca Aya Express capsized on Laguna de Bay off Binangonan, Rizal.
F date July 2023
F number 27
L geo Laguna de Bay
L city Binangonan
L region Rizal
> The Philippines, an archipelago of more than 7,600 islands, relies heavily on small wooden boats for travel between islands, many of them operating with little oversight. – Rappler.com
L country Philippines
F number 7,600
O media Rappler.com
'''

ARTICLES['227-kittleson-iowa-fentanyl-ring-sentenced'] = r'''
> Iowa man gets 24 years in prison for fentanyl ring that sold pills in 3 states
L region Iowa
F duration 24 years
F number 3
> By MARGERY HALVORSEN-TATE
P full MARGERY HALVORSEN-TATE
> Associated Press
O media Associated Press
> Updated 4:37 PM CST, February 13, 2034
F time 4:37 PM CST
F date February 13, 2034
> This photo provided by the U.S. Attorney's Office for the Northern District of Iowa shows counterfeit oxycodone pills containing fentanyl seized in Independence, Iowa, in March 2032. (U.S. Attorney's Office for the Northern District of Iowa via AP)
O government U.S. Attorney's Office for the Northern District of Iowa
L city Independence
L region Iowa
F date March 2032
O government U.S. Attorney's Office for the Northern District of Iowa
O media AP
> CEDAR RAPIDS, Iowa (AP) — A man from a small northeast Iowa town who prosecutors say ran a fentanyl ring that sold tens of thousands of counterfeit pills in Iowa, Minnesota and Wisconsin was sentenced Monday to 24 years in federal prison.
L city CEDAR RAPIDS
L region Iowa
O media AP
L region Iowa
L region Iowa
L region Minnesota
L region Wisconsin
F duration 24 years
> Dustin Ray Kittleson, 37, of Independence, pleaded guilty in September to conspiracy to distribute fentanyl and to possessing a firearm in furtherance of drug trafficking. U.S. District Judge Catherine Ostrowski-Lund also ordered him to serve five years of supervised release and to forfeit $186,000 in cash, two pickup trucks and a house in nearby Jesup.
P full Dustin Ray Kittleson
F age 37
L city Independence
L country U.S.
P full Catherine Ostrowski-Lund
F duration five years
F money $186,000
F number two
L city Jesup
> "These were not painkillers. They were poison pressed to look like medicine, and Mr. Kittleson knew exactly what he was selling," Ostrowski-Lund said at the hearing in U.S. District Court in Cedar Rapids.
Q direct Catherine Ostrowski-Lund :: "These were not painkillers. They were poison pressed to look like medicine, and Mr. Kittleson knew exactly what he was selling,"
P partial Kittleson
P partial Ostrowski-Lund
O government U.S. District Court
L city Cedar Rapids
> Prosecutors said Kittleson and at least six others bought fentanyl pills in bulk from suppliers in Chicago and Detroit from early 2031 until his arrest in March 2032, and resold them for $25 to $30 each in Waterloo, Dubuque and the Twin Cities, as well as in La Crosse, Wisconsin.
P partial Kittleson
F number six
L city Chicago
L city Detroit
F date 2031
F date March 2032
F money $25
F money $30
L city Waterloo
L city Dubuque
L region Twin Cities
L city La Crosse
L region Wisconsin
> Investigators with the Drug Enforcement Administration and the Iowa Division of Narcotics Enforcement seized about 14,000 pills, more than 2 kilograms (4.4 pounds) of fentanyl powder and 11 guns during searches of Kittleson's home and a storage unit in Oelwein, according to court records.
O government Drug Enforcement Administration
O government Iowa Division of Narcotics Enforcement
F number 14,000
F quantity 2 kilograms
F quantity 4.4 pounds
F number 11
P partial Kittleson
L city Oelwein
> In his plea agreement, Kittleson admitted that the ring distributed at least 3.5 kilograms of fentanyl, enough for about 1.7 million potentially lethal doses, according to the DEA.
P partial Kittleson
F quantity 3.5 kilograms
F number 1.7 million
O government DEA
> "Every one of these pills was a potential death sentence," U.S. Attorney Raymond Kohlhaas said in a statement. "This defendant treated the people of northeast Iowa as customers. We treat them as victims."
Q direct Raymond Kohlhaas :: "Every one of these pills was a potential death sentence,"
L country U.S.
P full Raymond Kohlhaas
Q direct Raymond Kohlhaas :: "This defendant treated the people of northeast Iowa as customers. We treat them as victims."
L region Iowa
> At least four overdose deaths in Black Hawk and Buchanan counties in 2031 and 2032 were linked to pills from the ring, prosecutors said, although Kittleson was not charged in any of them.
F number four
L region Black Hawk
L region Buchanan
F date 2031
F date 2032
P partial Kittleson
> One of those who died was Caleb Stenberg, a 19-year-old from Waterloo who had just started an apprenticeship as an electrician. His mother, Dana Stenberg-Mills, told the court she found him in his bedroom on the morning of Oct. 9, 2031.
P full Caleb Stenberg
F age 19-year-old
L city Waterloo
P full Dana Stenberg-Mills
F date Oct. 9, 2031
> "He thought he was taking a Percocet for his back. He was gone in minutes," she said, her voice breaking. "I want the people who make these pills to know his name. Caleb. He was 19 years old."
Q direct Dana Stenberg-Mills :: "He thought he was taking a Percocet for his back. He was gone in minutes,"
Q direct Dana Stenberg-Mills :: "I want the people who make these pills to know his name. Caleb. He was 19 years old."
P partial Caleb
F age 19 years old
> Kittleson's attorney, Megan Throckmorton-Ruiz, had asked for the mandatory minimum of 15 years, arguing that her client became addicted to opioids after a 2019 farm accident and started selling to pay for his own habit. Prosecutors had sought 30 years.
P partial Kittleson
P full Megan Throckmorton-Ruiz
F duration 15 years
F date 2019
F duration 30 years
> Speaking before he was sentenced, Kittleson apologized to the families in the courtroom. "I can't fix what I did. I'm sorry for every one of them," he said.
P partial Kittleson
Q direct Dustin Ray Kittleson :: "I can't fix what I did. I'm sorry for every one of them,"
> Two co-defendants have also been sentenced. Marisol Quintero-Haack, 29, of Oelwein, who prosecutors said kept the ring's books and collected cash, received 11 years in January. Jace Vander Ploeg, 41, of Vinton, who drove pills from Chicago, was sentenced to 100 months.
F number Two
P full Marisol Quintero-Haack
F age 29
L city Oelwein
F duration 11 years
P full Jace Vander Ploeg
F age 41
L city Vinton
L city Chicago
F duration 100 months
> Vander Ploeg, who was arrested after a traffic stop on Interstate 380 near Urbana in February 2032, cooperated with investigators, according to court records. The remaining four defendants are scheduled to be sentenced in March and April.
P partial Vander Ploeg
L street Interstate 380
L city Urbana
F date February 2032
F number four
> Justin Aldana-Whitfield, special agent in charge of the DEA Omaha Division, which covers Iowa, said counterfeit pills stamped "M30" to look like oxycodone had become the most common way fentanyl reaches rural communities in the state.
P full Justin Aldana-Whitfield
O government DEA Omaha Division
L region Iowa
Q scare - :: "M30"
> "Ten years ago, fentanyl was a big-city problem. Now we're finding pills in towns of 2,000 people," he said. "A single pill can kill, and the people selling them know that."
Q direct Justin Aldana-Whitfield :: "Ten years ago, fentanyl was a big-city problem. Now we're finding pills in towns of 2,000 people,"
F duration Ten years
F number 2,000
Q direct Justin Aldana-Whitfield :: "A single pill can kill, and the people selling them know that."
> Overdose deaths in Iowa fell 18% in 2033 from the previous year, to 226, according to the Iowa Department of Health and Human Services, but deaths involving counterfeit pills rose in rural counties.
L region Iowa
F percent 18%
F date 2033
F number 226
O government Iowa Department of Health and Human Services
> Kittleson has been held in the Linn County Jail since his arrest. He will serve his sentence in a federal prison to be designated by the Bureau of Prisons.
P partial Kittleson
L facility Linn County Jail
O government Bureau of Prisons
> Associated Press writer Tom Brekke-Halverson in Des Moines contributed to this report.
O media Associated Press
P full Tom Brekke-Halverson
L city Des Moines
'''

ARTICLES['228-preston-hull-city-osei-bonsu-late-winner'] = r'''
> Preston North End 2-1 Hull City: Osei-Bonsu header lifts Lilywhites into play-off places
O team Preston North End
F score 2-1
O team Hull City
P partial Osei-Bonsu
O team Lilywhites
> Published 11 March 2034
F date 11 March 2034
> Image source, Getty Images
O media Getty Images
> Image caption, Kwame Osei-Bonsu has scored nine goals in 14 games since joining Preston on loan from Brentford in January
P full Kwame Osei-Bonsu
F number nine
F number 14
O team Preston
O team Brentford
> Kwame Osei-Bonsu's header deep into stoppage time gave Preston North End a dramatic victory over 10-man Hull City at Deepdale and lifted them into the Championship play-off places.
P full Kwame Osei-Bonsu
O team Preston North End
F number 10
O team Hull City
L facility Deepdale
O other Championship
> Hull had looked set to hold on for a point after Ruben Costa Almeida cancelled out Ellis Thorburn's first-half opener, but Osei-Bonsu rose at the far post to meet Liam Garside's corner in the fourth minute of added time.
O team Hull
P full Ruben Costa Almeida
P full Ellis Thorburn
P partial Osei-Bonsu
P full Liam Garside
> The 21-year-old, on loan from Premier League side Brentford, has now scored in five successive home games.
F age 21-year-old
O other Premier League
O team Brentford
F number five
> Preston, who had won only one of their previous five league matches, move up to sixth, a point above Millwall and two ahead of Coventry City, who both have a game in hand.
O team Preston
F number one
F number five
O team Millwall
F number two
O team Coventry City
> Hull, who played the final 19 minutes with 10 men after Daniel Ferreira-Obi was sent off for a second booking, stay 14th, 11 points adrift of the top six.
O team Hull
F duration 19 minutes
F number 10
P full Daniel Ferreira-Obi
F number 11
F number six
> Thorburn had given the hosts the lead in the 23rd minute, curling a 20-yard shot into the top corner after Hull failed to clear a free-kick, and Preston might have been further ahead by the break had Hull goalkeeper Aaron McGillivray not saved well from Garside and Tom Ashcroft-Bell.
P partial Thorburn
F quantity 20-yard
O team Hull
O team Preston
O team Hull
P full Aaron McGillivray
P partial Garside
P full Tom Ashcroft-Bell
> The visitors, who had 58% of possession, improved after the interval and levelled seven minutes into the second half when Costa Almeida turned in Jamal Okonkwo-Reid's low cross from six yards.
F percent 58%
F duration seven minutes
P partial Costa Almeida
P full Jamal Okonkwo-Reid
F quantity six yards
> Tomasz Wierzbicki's side then had the better of the chances, and Preston keeper Freddie van Rijn had to tip over a header from Okonkwo-Reid with 25 minutes remaining.
P full Tomasz Wierzbicki
O team Preston
P full Freddie van Rijn
P partial Okonkwo-Reid
F duration 25 minutes
> But the game turned in the 71st minute when Ferreira-Obi, already booked, tripped Garside near the halfway line and was shown a second yellow card by referee Lewis Pennock.
P partial Ferreira-Obi
P partial Garside
P full Lewis Pennock
> Preston pressed in the closing stages and were rewarded when Garside's in-swinging corner found Osei-Bonsu, whose glancing header went in off the post to send most of the 17,482 crowd into raptures.
O team Preston
P partial Garside
P partial Osei-Bonsu
F number 17,482
> It was Hull's first defeat in six away games, and the 2,600 travelling supporters were still on their feet when the final whistle went seconds later.
O team Hull
F number six
F number 2,600
> Preston boss Gareth Hollinsworth, appointed in November 2032 after five years in charge of League One side Wycombe Wanderers, has lost only two of his 16 home league games this season.
O team Preston
P full Gareth Hollinsworth
F date November 2032
F duration five years
O other League One
O team Wycombe Wanderers
F number two
F number 16
> 'We deserved it over the 90 minutes'
Q direct Gareth Hollinsworth :: 'We deserved it over the 90 minutes'
F duration 90 minutes
> Preston manager Gareth Hollinsworth told BBC Radio Lancashire:
O team Preston
P full Gareth Hollinsworth
O media BBC Radio Lancashire
> "I thought over the 90 minutes we deserved it. We started really well, and even when they equalised I never felt we were going to lose the game.
Q direct Gareth Hollinsworth :: "I thought over the 90 minutes we deserved it. We started really well, and even when they equalised I never felt we were going to lose the game.
F duration 90 minutes
> "Kwame is a special talent. He's only 21 and he's got that knack of being in the right place. We know we're not there yet - there are nine games to go - but the lads have given themselves a chance."
Q direct Gareth Hollinsworth :: "Kwame is a special talent. He's only 21 and he's got that knack of being in the right place. We know we're not there yet - there are nine games to go - but the lads have given themselves a chance."
P partial Kwame
F age 21
F number nine
> Hull boss Tomasz Wierzbicki told BBC Radio Humberside:
O team Hull
P full Tomasz Wierzbicki
O media BBC Radio Humberside
> "It's very hard to take. We were the better team for long spells in the second half, and then we make life difficult for ourselves with the red card.
Q direct Tomasz Wierzbicki :: "It's very hard to take. We were the better team for long spells in the second half, and then we make life difficult for ourselves with the red card.
> "Daniel knows he can't make that challenge when he's already on a yellow. I've told him that, and he's apologised to the group. We go again on Tuesday."
Q direct Tomasz Wierzbicki :: "Daniel knows he can't make that challenge when he's already on a yellow. I've told him that, and he's apologised to the group. We go again on Tuesday."
P partial Daniel
> Preston travel to Sunderland next Saturday, while Hull host Norwich City on Tuesday.
O team Preston
O team Sunderland
O team Hull
O team Norwich City
> Player of the match
> Kwame Osei-Bonsu (Preston North End)
P full Kwame Osei-Bonsu
O team Preston North End
> Goal! Preston North End 2, Hull City 1. Kwame Osei-Bonsu (Preston North End) header from the centre of the box to the bottom right corner. Assisted by Liam Garside with a cross following a corner.
O team Preston North End
F score 2
O team Hull City
F score 1
P full Kwame Osei-Bonsu
O team Preston North End
P full Liam Garside
> Match ends, Preston North End 2, Hull City 1.
O team Preston North End
F score 2
O team Hull City
F score 1
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
