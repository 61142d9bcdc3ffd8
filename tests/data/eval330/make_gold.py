#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval330 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval330/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['2023-dar-es-salaam-port-expansion-kurasini-berths-tpa-dock-workers-the-guardian-tanzania'] = r'''
> News
> TPA begins Sh2.9trn Dar port expansion, vows end to ship queues
O government TPA
F money Sh2.9trn
L city Dar
> Two new berths due by 2043, but dock workers want job guarantees first
F number Two
F date 2043
> By Neema Mwakyusa
P full Neema Mwakyusa
> Published at 07:42 AM Mar 14 2041
F time 07:42 AM
F date Mar 14 2041
> Containers stacked at the Dar es Salaam Port’s Kurasini yard yesterday. PHOTO: HAMIS MKWIZU
L facility Dar es Salaam Port
L city Kurasini
P full HAMIS MKWIZU
> DAR ES SALAAM: THE Tanzania Ports Authority (TPA) yesterday began work on a Sh2.9 trillion expansion of the Dar es Salaam Port that will add two deep-water berths, deepen the entrance channel to 15.5 metres and lift the port’s yearly capacity to 2 million TEUs by 2043.
L city DAR ES SALAAM
O government Tanzania Ports Authority
O government TPA
F money Sh2.9 trillion
L facility Dar es Salaam Port
F number two
F quantity 15.5 metres
F quantity 2 million TEUs
F date 2043
> Laying the foundation stone at Kurasini, the Minister for Works and Transport, Eng Hamisi Rajabu Mwinyimkuu, said the project was “the largest single investment in this port since independence” and would end the queues of ships at anchor in the Indian Ocean.
L city Kurasini
P full Hamisi Rajabu Mwinyimkuu
Q direct Hamisi Rajabu Mwinyimkuu :: “the largest single investment in this port since independence”
L geo Indian Ocean
> “Last year a ship waited an average of six days for a berth. Each day costs the shipowner between $25,000 and $30,000, and it is the mama selling rice in Kariakoo who pays,” he said. “When these berths open, that wait should fall to under 24 hours.”
Q direct Hamisi Rajabu Mwinyimkuu :: “Last year a ship waited an average of six days for a berth. Each day costs the shipowner between $25,000 and $30,000, and it is the mama selling rice in Kariakoo who pays,”
F duration six days
F money $25,000
F money $30,000
L city Kariakoo
Q direct Hamisi Rajabu Mwinyimkuu :: “When these berths open, that wait should fall to under 24 hours.”
F duration 24 hours
> In a statement, the TPA said the two berths, numbered 13 and 14, would together be 700 metres long and take ships of up to 14,000 TEUs. Dredging will remove about 4.8 million cubic metres of sand and silt. The authority said the work would be “completed within 30 months and without closing a single existing berth.”
O government TPA
F number two
F quantity 700 metres
F quantity 14,000 TEUs
F quantity 4.8 million cubic metres
Q direct Tanzania Ports Authority :: “completed within 30 months and without closing a single existing berth.”
F duration 30 months
> Of the total, $640 million comes from a syndicated loan and TSh1.21 trillion from the authority’s own revenue. The main contract, worth TSh986 billion, went to Zanji Marine Contractors Ltd.
F money $640 million
F money TSh1.21 trillion
F money TSh986 billion
O company Zanji Marine Contractors Ltd
> The port handled 1.1 million TEUs and 27.6 million tonnes of cargo in the 2039/40 financial year, up 9.4 percent, TPA figures show. About 38 percent of that cargo was transit freight for Zambia, the Democratic Republic of Congo, Malawi and Rwanda.
F quantity 1.1 million TEUs
F quantity 27.6 million tonnes
F date 2039/40
F percent 9.4 percent
O government TPA
F percent 38 percent
L country Zambia
L country Democratic Republic of Congo
L country Malawi
L country Rwanda
> Rehema Saidi Kombo, a clearing agent in Kariakoo who handles about 40 containers a month for traders from Lubumbashi, told The Guardian the problem did not end at the quay.
P full Rehema Saidi Kombo
L city Kariakoo
F number 40
L city Lubumbashi
O media The Guardian
> “A container can leave the ship in one day and then sit in the yard for two weeks waiting for documents. The berths are good, but if the ‘single window’ does not really work, the trucks will still queue on Mandela Road,” Bi Kombo said.
Q direct Rehema Saidi Kombo :: “A container can leave the ship in one day and then sit in the yard for two weeks waiting for documents. The berths are good, but if the ‘single window’ does not really work, the trucks will still queue on Mandela Road,”
F duration one day
F duration two weeks
L street Mandela Road
P partial Kombo
> Juma Athumani Nassoro, 47, a stevedore for 22 years, said workers had heard “promises of modern cranes” before.
P full Juma Athumani Nassoro
F age 47
F duration 22 years
Q direct Juma Athumani Nassoro :: “promises of modern cranes”
> “Every new crane means fewer hands. In 2036 we were 3,400 casual workers at this port; today we are fewer than 2,000,” he said. “We are not against the expansion. We only ask the TPA how many of us will still have work.
Q direct Juma Athumani Nassoro :: “Every new crane means fewer hands. In 2036 we were 3,400 casual workers at this port; today we are fewer than 2,000,”
F date 2036
F number 3,400
F number 2,000
Q direct Juma Athumani Nassoro :: “We are not against the expansion. We only ask the TPA how many of us will still have work.
O government TPA
> “If they train us on the new machines, we will be the first in the queue.”
Q direct Juma Athumani Nassoro :: “If they train us on the new machines, we will be the first in the queue.”
> A TPA engineer, who asked not to be named, said each new berth would need about 300 workers per shift, half of them crane operators, and that the so-called “ship queue” would be “history by June 2043.”
O government TPA
F number 300
F fraction half
Q scare - :: “ship queue”
Q direct - :: “history by June 2043.”
F date June 2043
> Eng Mwinyimkuu said Parliament would be asked in April for a further Sh412 billion to link the berths by rail to the Standard Gauge Railway (SGR) terminal at Pugu, 20 kilometres inland.
P partial Mwinyimkuu
O government Parliament
F money Sh412 billion
L facility Standard Gauge Railway
L facility SGR
L city Pugu
F quantity 20 kilometres
'''

ARTICLES['2024-texas-house-property-tax-relief-bill-homestead-exemption-vote-texas-tribune'] = r'''
> Politics
> Texas House passes $5.1 billion property tax relief bill after late-night fight over school funding
O government Texas House
F money $5.1 billion
> The bill would raise the homestead exemption to $160,000 and cut school tax rates, but Democrats say it shortchanges districts that are already cutting teachers.
F money $160,000
> By Maribel Esquivel-Dunn
P full Maribel Esquivel-Dunn
> April 9, 2041 5 AM Central
F date April 9, 2041
F time 5 AM Central
> State Rep. Caleb Whitcomb, R-Houston, speaks on the House floor at the Texas Capitol in Austin on April 8, 2041. Credit: Tomás Ybarra-Keene for The Texas Tribune
P full Caleb Whitcomb
L city Houston
O government House
L facility Texas Capitol
L city Austin
F date April 8, 2041
P full Tomás Ybarra-Keene
O media The Texas Tribune
> The Texas House voted 101-45 early Tuesday to approve a $5.1 billion property tax relief package, sending to the Senate a bill that its author says would save the average homeowner about $740 a year.
O government Texas House
F number 101-45
F money $5.1 billion
O government Senate
F money $740
> House Bill 4, by state Rep. Caleb Whitcomb, R-Houston, would raise the homestead exemption for school taxes from $100,000 to $160,000 and lower school district tax rates — what budget writers call “compression” — by 10 cents per $100 of taxable value. The state would send districts about $3.4 billion over two years to make up the lost revenue.
P full Caleb Whitcomb
L city Houston
F money $100,000
F money $160,000
Q scare - :: “compression”
F money 10 cents
F money $100
F money $3.4 billion
F duration two years
> “Texans are being taxed out of homes they paid off years ago,” Whitcomb said during a debate that ran past 1 a.m. “This bill puts money back in their pockets, and it does it without touching a single teacher’s paycheck.”
Q direct Caleb Whitcomb :: “Texans are being taxed out of homes they paid off years ago,”
P partial Whitcomb
F time 1 a.m.
Q direct Caleb Whitcomb :: “This bill puts money back in their pockets, and it does it without touching a single teacher’s paycheck.”
> Democrats disputed that. State Rep. Adriana Zubiate-Lomelí, D-El Paso, said the bill’s formula would give the biggest savings to owners of the most expensive homes and leave fast-growing districts with less money per student after 2043.
P full Adriana Zubiate-Lomelí
L city El Paso
F date 2043
> “My colleagues keep calling this ‘relief,’ but relief for whom?” Zubiate-Lomelí asked. “A family in a $210,000 house in the Lower Valley saves $390. A family in a $2 million house in West Lake Hills saves almost $4,000.”
Q direct Adriana Zubiate-Lomelí :: “My colleagues keep calling this ‘relief,’ but relief for whom?”
P partial Zubiate-Lomelí
Q direct Adriana Zubiate-Lomelí :: “A family in a $210,000 house in the Lower Valley saves $390. A family in a $2 million house in West Lake Hills saves almost $4,000.”
F money $210,000
L region Lower Valley
F money $390
F money $2 million
L city West Lake Hills
F money $4,000
> Her amendment to cap the savings for homes worth more than $1 million failed 62-84.
F money $1 million
F number 62-84
> The final vote split largely along party lines: 97 Republicans and four Democrats voted for the bill, while 45 Democrats voted against it. Three members were absent. The bill’s fiscal note, prepared by the Legislative Budget Board, puts its cost at 6.2% of general revenue in the 2042-43 budget.
F number 97
F number four
F number 45
F number Three
O government Legislative Budget Board
F percent 6.2%
F date 2042-43
> In a statement, the Office of the Governor called the House vote “a strong first step” and said Gov. Lorraine Castañeda-Whitley would push the Senate to go further. “Texas homeowners should not have to choose between their property and their groceries,” the statement said.
O government Office of the Governor
O government House
Q direct Office of the Governor :: “a strong first step”
P full Lorraine Castañeda-Whitley
O government Senate
Q direct Office of the Governor :: “Texas homeowners should not have to choose between their property and their groceries,”
L region Texas
> Xavier Robledo-Haines, superintendent of the Ysleta Independent School District in El Paso, said his district had cut 112 teaching positions since 2039.
P full Xavier Robledo-Haines
O education Ysleta Independent School District
L city El Paso
F number 112
F date 2039
> “The state promises to ‘hold us harmless’ every session, and every session the check is smaller than the hole,” he said. “We have 38,000 students. I can’t run a district on a promise.”
Q direct Xavier Robledo-Haines :: “The state promises to ‘hold us harmless’ every session, and every session the check is smaller than the hole,”
Q direct Xavier Robledo-Haines :: “We have 38,000 students. I can’t run a district on a promise.”
F number 38,000
> For Gloria Ambriz-Teller, 71, who has lived in the same two-bedroom house in Houston’s Second Ward for 41 years, the numbers are simpler. Her appraisal rose 14% this year, and her tax bill is now $3,120.
P full Gloria Ambriz-Teller
F age 71
F number two
L city Houston
L city Second Ward
F duration 41 years
F percent 14%
F money $3,120
> “I’m on a fixed income. Every spring I open that envelope and I pray,” she said. “If this saves me even $500, that’s my light bill for the summer.”
Q direct Gloria Ambriz-Teller :: “I’m on a fixed income. Every spring I open that envelope and I pray,”
Q direct Gloria Ambriz-Teller :: “If this saves me even $500, that’s my light bill for the summer.”
F money $500
> The Senate Finance Committee is expected to take up the bill next week. The regular session ends May 31.
O government Senate Finance Committee
F date May 31
'''

ARTICLES['2025-kerry-galway-all-ireland-sfc-quarter-final-croke-park-mac-gearailt-kerryman'] = r'''
> Sport / GAA
O other GAA
> ‘We found a way’ – Kingdom hold off Galway to reach All-Ireland semi-final
Q direct Donncha Ó Flannabhra :: ‘We found a way’
O team Kingdom
O team Galway
> Late goal from An Ghaeltacht’s Fionán Mac Gearailt sends Kerry through 2-14 to 0-17 in front of 61,240 at Croke Park
O team An Ghaeltacht
P full Fionán Mac Gearailt
O team Kerry
F score 2-14
F score 0-17
F number 61,240
L facility Croke Park
> Diarmuid Ó Ceallacháin
P full Diarmuid Ó Ceallacháin
> Sun 14 Jul 2041 at 19:26
F date 14 Jul 2041
F time 19:26
> Kerry’s Fionán Mac Gearailt celebrates his side’s second goal against Galway at Croke Park. Photo: Sportsfile
O team Kerry
P full Fionán Mac Gearailt
O team Galway
L facility Croke Park
O media Sportsfile
> KERRY are into a first All-Ireland semi-final since 2038 after a performance of more graft than glitter, Fionán Mac Gearailt’s late goal finally breaking a stubborn Galway side at Croke Park yesterday.
O team KERRY
F date 2038
P full Fionán Mac Gearailt
O team Galway
L facility Croke Park
> Donncha Ó Flannabhra’s side trailed by three points entering the final quarter and were level only twice in the first 50 minutes, but a Kingdom defence marshalled by the Na Gaeil clubman Tomás Breathnach held Galway scoreless from play for the last nine minutes of normal time.
P full Donncha Ó Flannabhra
F number three
F duration 50 minutes
O team Kingdom
O team Na Gaeil
P full Tomás Breathnach
O team Galway
F duration nine minutes
> Galway, who beat Mayo in the Connacht final, started brighter. Corofin’s Ruairí Ó Fathaigh kicked a two-pointer inside 40 seconds and Galway led 0-6 to 0-2 after 14 minutes, the Kerry full-back line struggling with the movement of Seosamh Mac Donncha.
O team Galway
O team Mayo
L region Connacht
O team Corofin
P full Ruairí Ó Fathaigh
F number two
F duration 40 seconds
O team Galway
F score 0-6
F score 0-2
F duration 14 minutes
O team Kerry
P full Seosamh Mac Donncha
> Kerry’s first goal came from nothing in the 22nd minute. Goalkeeper Aodhán de Róiste’s long kick-out was won by Cian Ó Murchú, and his fisted pass put Dara Ó Loingsigh through to finish low past Galway keeper Colm Ó Fátharta.
O team Kerry
P full Aodhán de Róiste
P full Cian Ó Murchú
P full Dara Ó Loingsigh
O team Galway
P full Colm Ó Fátharta
> It was 1-6 to 0-10 at half-time, and when Ó Fathaigh added a second two-pointer on 41 minutes Galway were three clear.
F score 1-6
F score 0-10
P partial Ó Fathaigh
F number two
F duration 41 minutes
O team Galway
F number three
> The turning point came when Ó Flannabhra sent on the Templenoe veteran Séamus Ó Riada, whose three points from play dragged Kerry level, 1-13 to 0-16, with six minutes left. Then, at 65:40, Mac Gearailt collected a Breathnach pass 40 metres out, stepped inside two tackles and drove into the top corner. Galway’s only reply was an Ó Fathaigh free in stoppage time.
P partial Ó Flannabhra
O team Templenoe
P full Séamus Ó Riada
F number three
O team Kerry
F score 1-13
F score 0-16
F duration six minutes
F time 65:40
P partial Mac Gearailt
P partial Breathnach
F quantity 40 metres
F number two
O team Galway
P partial Ó Fathaigh
> “We found a way. That’s all you can ask in Croke Park in July,” Ó Flannabhra said. “Galway asked us questions we didn’t have answers to for 50 minutes. But I said to the lads at half-time, ‘Keep the ball, keep the head, and the chances will come.’ They did.
Q direct Donncha Ó Flannabhra :: “We found a way. That’s all you can ask in Croke Park in July,”
L facility Croke Park
P partial Ó Flannabhra
Q direct Donncha Ó Flannabhra :: “Galway asked us questions we didn’t have answers to for 50 minutes. But I said to the lads at half-time, ‘Keep the ball, keep the head, and the chances will come.’ They did.
O team Galway
F duration 50 minutes
> “Séamus was outstanding. He’s 33 and he trains like a minor. Fionán’s finish was special too.”
Q direct Donncha Ó Flannabhra :: “Séamus was outstanding. He’s 33 and he trains like a minor. Fionán’s finish was special too.”
P partial Séamus
F age 33
P partial Fionán
> Galway manager Pádraic Ó Conghaile was blunt. “We were the better team for 55 minutes and we lost by three points. That’s the story,” he said. He called his side’s final ten minutes “naive” and refused to blame referee Alan Mac Suibhne of Monaghan, saying the frees were “not the reason we are going home.”
O team Galway
P full Pádraic Ó Conghaile
Q direct Pádraic Ó Conghaile :: “We were the better team for 55 minutes and we lost by three points. That’s the story,”
F duration 55 minutes
F number three
F duration ten minutes
Q direct Pádraic Ó Conghaile :: “naive”
P full Alan Mac Suibhne
L region Monaghan
Q direct Pádraic Ó Conghaile :: “not the reason we are going home.”
> Mac Gearailt, a primary teacher in Baile an Fheirtéaraigh, said he “barely saw the net” when he shot. “I just hit it and hoped. The roar told me it was in,” the 24-year-old said. “The whole of Corca Dhuibhne will be up for the semi-final, I’d say.”
P partial Mac Gearailt
L city Baile an Fheirtéaraigh
Q direct Fionán Mac Gearailt :: “barely saw the net”
Q direct Fionán Mac Gearailt :: “I just hit it and hoped. The roar told me it was in,”
F age 24-year-old
Q direct Fionán Mac Gearailt :: “The whole of Corca Dhuibhne will be up for the semi-final, I’d say.”
L region Corca Dhuibhne
> Kerry meet Dublin or Armagh in the semi-final on July 28.
O team Kerry
O team Dublin
O team Armagh
F date July 28
> SCORERS – Kerry: F Mac Gearailt 1-3, D Ó Loingsigh 1-1, S Ó Riada 0-3, C Ó Murchú 0-3 (0-2 frees), T Breathnach 0-2, E Ó Dálaigh 0-2. Galway: R Ó Fathaigh 0-9 (0-4 tp, 0-3 frees), S Mac Donncha 0-4, P Ó Máille 0-2, L Ó Cualáin 0-2.
O team Kerry
P full F Mac Gearailt
F score 1-3
P full D Ó Loingsigh
F score 1-1
P full S Ó Riada
F score 0-3
P full C Ó Murchú
F score 0-3
F score 0-2
P full T Breathnach
F score 0-2
P full E Ó Dálaigh
F score 0-2
O team Galway
P full R Ó Fathaigh
F score 0-9
F score 0-4
F score 0-3
P full S Mac Donncha
F score 0-4
P full P Ó Máille
F score 0-2
P full L Ó Cualáin
F score 0-2
'''

ARTICLES['2026-merimbun-rainforest-research-centre-opens-tutong-ubd-mprt-borneo-bulletin'] = r'''
> National
> New Rainforest Research Centre Opens in Tutong
L region Tutong
> The BND6.8 million facility gives scientists a permanent base in the Merimbun forest, where more than 1,900 plant species have been recorded
F money BND6.8 million
L geo Merimbun
F number 1,900
> Rashidah Mat Yassin
P full Rashidah Mat Yassin
> March 22, 2041
F date March 22, 2041
> Guests on the canopy walkway of the new Merimbun Rainforest Research Centre. PHOTO: HARIS KAMAL
L facility Merimbun Rainforest Research Centre
P full HARIS KAMAL
> TUTONG – A BND6.8 million rainforest research centre opened yesterday on the edge of the Tasek Merimbun Heritage Park, giving scientists a permanent base in one of the least-studied lowland forests of the Tutong District.
L city TUTONG
F money BND6.8 million
L geo Tasek Merimbun Heritage Park
L region Tutong District
> The Merimbun Rainforest Research Centre (MRRC) was officially opened by the Permanent Secretary at the Ministry of Primary Resources and Tourism (MPRT), Pengiran Mohd Rizal bin Pengiran Abdul Latif.
L facility Merimbun Rainforest Research Centre
L facility MRRC
O government Ministry of Primary Resources and Tourism
O government MPRT
P full Pengiran Mohd Rizal bin Pengiran Abdul Latif
> Built on a 42-hectare plot beside the lake, the centre has laboratories, a herbarium, dormitories for 36 researchers and a 320-metre canopy walkway 25 metres above the forest floor. It is run by Universiti Brunei Darussalam (UBD) with the ministry’s Forestry Department.
F quantity 42-hectare
F number 36
F quantity 320-metre
F quantity 25 metres
O education Universiti Brunei Darussalam
O education UBD
O government Forestry Department
> Pengiran Mohd Rizal said the centre would help Brunei “protect what we have before we lose what we do not yet know”. He said 58 per cent of the Sultanate remained under primary forest and the ministry aimed to draw 9,000 visitors a year by 2044.
P partial Pengiran Mohd Rizal
L country Brunei
Q direct Pengiran Mohd Rizal bin Pengiran Abdul Latif :: “protect what we have before we lose what we do not yet know”
F percent 58 per cent
L country Sultanate
F number 9,000
F date 2044
> A survey by UBD scientists over the past three years has recorded 1,946 plant species, 214 bird species and 61 species of frogs within 5 kilometres of the site, including 11 plants that may be new to science.
O education UBD
F duration three years
F number 1,946
F number 214
F number 61
F quantity 5 kilometres
F number 11
> Ecologist Dr Nurul Ain binti Haji Bakar of UBD’s Institute for Biodiversity and Environmental Research (IBER), who led the survey, said the figures were “only the beginning”.
P full Nurul Ain binti Haji Bakar
O education UBD
O education Institute for Biodiversity and Environmental Research
O education IBER
Q direct Nurul Ain binti Haji Bakar :: “only the beginning”
> “Until now, a student from Bandar Seri Begawan had to drive two hours, work for a day and drive back. Now we can stay for weeks, survey at night when the frogs call and keep samples fresh,” she said. “In a single plot of one hectare we counted 240 tree species. That is more than in the whole of Europe.”
Q direct Nurul Ain binti Haji Bakar :: “Until now, a student from Bandar Seri Begawan had to drive two hours, work for a day and drive back. Now we can stay for weeks, survey at night when the frogs call and keep samples fresh,”
L city Bandar Seri Begawan
F duration two hours
Q direct Nurul Ain binti Haji Bakar :: “In a single plot of one hectare we counted 240 tree species. That is more than in the whole of Europe.”
F quantity one hectare
F number 240
L continent Europe
> The centre sits next to Kampong Merimbun, a Dusun village of about 180 residents. The village head (ketua kampong) of Kampong Merimbun, Awang Suhaili bin Tuah, said 14 villagers now work at the centre as guides, cooks and field assistants.
L city Kampong Merimbun
F number 180
L city Kampong Merimbun
P full Suhaili bin Tuah
F number 14
> “Our grandparents knew every tree here by name, in Dusun. Now the scientists come and ask us, ‘What do you call this one?’ That is respect,” Awang Suhaili said, adding that the village wanted a share of visitor fees.
Q direct Suhaili bin Tuah :: “Our grandparents knew every tree here by name, in Dusun. Now the scientists come and ask us, ‘What do you call this one?’ That is respect,”
P partial Suhaili
> Tourism operator Dayang Hajah Siti Rahmah binti Haji Yaakub, who runs Merimbun Eco Trails, said bookings for guided night walks had risen 40 per cent since the centre was announced in 2039. Her company charges BND45 per person for a three-hour walk, and BND5 from every ticket will go to a village fund.
P full Siti Rahmah binti Haji Yaakub
O company Merimbun Eco Trails
F percent 40 per cent
F date 2039
F money BND45
F duration three-hour
F money BND5
> “Visitors from Singapore and Kuala Lumpur want to see the real forest, not a garden. But we must grow slowly. If 50 people a night walk the same trail, the frogs will go quiet,” she said.
Q direct Siti Rahmah binti Haji Yaakub :: “Visitors from Singapore and Kuala Lumpur want to see the real forest, not a garden. But we must grow slowly. If 50 people a night walk the same trail, the frogs will go quiet,”
L country Singapore
L city Kuala Lumpur
F number 50
> In a statement, the MPRT said the canopy walkway would be limited to 120 visitors a day and that the MRRC would open to the public on weekends from April 6.
O government MPRT
F number 120
L facility MRRC
F date April 6
'''

ARTICLES['2027-corvane-helix-chip-trustfall-secure-enclave-flaw-cve-quillstone-ars-technica'] = r'''
> SECURITY
> Flaw in Corvane phone chips lets malicious apps pull keys from secure enclave
O company Corvane
> Researchers say about 31 percent of Android phones in use carry vulnerable firmware.
F percent 31 percent
> Priya Venkataraman-Holt - Mar 12, 2041 5:42 pm UTC
P full Priya Venkataraman-Holt
F date Mar 12, 2041
F time 5:42 pm UTC
> A Corvane Helix X5 system-on-chip under a microscope. Credit: Quillstone Labs
O company Quillstone Labs
> A hardware flaw in smartphone chips made by Corvane Semiconductor allows an ordinary app with no special permissions to extract cryptographic keys from the chip's secure enclave, researchers disclosed on Tuesday. Corvane says patches are available, but it could take months for them to reach most phones.
O company Corvane Semiconductor
O company Corvane
> The vulnerability, tracked as CVE-2041-30318 and rated 8.8 out of 10 for severity, affects the Helix X3, X4 and X5 chip families shipped in phones since 2038. Researchers at Quillstone Labs, a Toronto-based security firm, dubbed it "TrustFall" because code in the phone's ordinary operating system falls through the wall meant to protect the enclave.
F number 8.8
F number 10
F date 2038
O company Quillstone Labs
L city Toronto
Q scare - :: "TrustFall"
> The flaw is a timing side channel in the way the chip's shared cache handles requests from the enclave. By timing memory loads about 40,000 times a second, a malicious app can rebuild a 256-bit key in about 11 minutes, the researchers wrote in a paper to be presented at the USENIX Security Symposium in August.
F number 40,000
F quantity 256-bit
F duration 11 minutes
> "We didn't need root, we didn't need a jailbreak, and we didn't need the user to tap anything," Quillstone lead researcher Mateus Okonkwo-Lindqvist told Ars. "The app just has to be running. We tested it on 14 phone models from six manufacturers, and it worked on all of them."
Q direct Mateus Okonkwo-Lindqvist :: "We didn't need root, we didn't need a jailbreak, and we didn't need the user to tap anything,"
O company Quillstone
P full Mateus Okonkwo-Lindqvist
O media Ars
Q direct Mateus Okonkwo-Lindqvist :: "The app just has to be running. We tested it on 14 phone models from six manufacturers, and it worked on all of them."
F number 14
F number six
> Okonkwo-Lindqvist said his team reported the flaw to Corvane on Nov. 4, 2040, and agreed to a 120-day embargo that was later extended by two weeks at the company's request. The team received $250,000 from Corvane's bug bounty program.
P partial Okonkwo-Lindqvist
O company Corvane
F date Nov. 4, 2040
F duration 120-day
F duration two weeks
F money $250,000
O company Corvane
> In a statement, Corvane said it had "no evidence that this issue has been exploited in the wild" and that fixed firmware, version 7.4.2, was delivered to phone makers on Feb. 20. "We thank Quillstone for its coordinated disclosure and encourage customers to apply updates as soon as they are available," the company said.
O company Corvane
Q direct Corvane Semiconductor :: "no evidence that this issue has been exploited in the wild"
F date Feb. 20
Q direct Corvane Semiconductor :: "We thank Quillstone for its coordinated disclosure and encourage customers to apply updates as soon as they are available,"
O company Quillstone
> Phone makers must still fold the fix into their own updates. Quillstone estimates that Helix chips sit in about 410 million active devices, roughly 31 percent of Android phones in use worldwide.
O company Quillstone
F number 410 million
F percent 31 percent
> Lena Marchetti-Oduya, a vulnerability coordinator at the CERT Coordination Center (CERT/CC) at Carnegie Mellon University, said the timeline was typical but the patch gap was not. "For a bug like this, 'patched' and 'fixed on your phone' are two very different things," she said. "We expect a long tail of devices that will never see the update."
P full Lena Marchetti-Oduya
O other CERT Coordination Center
O other CERT/CC
O education Carnegie Mellon University
Q direct Lena Marchetti-Oduya :: "For a bug like this, 'patched' and 'fixed on your phone' are two very different things,"
F number two
Q direct Lena Marchetti-Oduya :: "We expect a long tail of devices that will never see the update."
> Phones that no longer get security updates, typically those more than three years old, will stay exposed, said Tomasz Abernathy-Reyes, a professor of computer engineering at the University of Michigan who was not involved in the research. He said such attacks had moved "from the lab to the app store" in under a decade.
F duration three years
P full Tomasz Abernathy-Reyes
O education University of Michigan
Q direct Tomasz Abernathy-Reyes :: "from the lab to the app store"
> "Ten years ago this was a PhD thesis. Now it's a weekend project," Abernathy-Reyes said. "Chip designers have to assume the app next door is hostile."
Q direct Tomasz Abernathy-Reyes :: "Ten years ago this was a PhD thesis. Now it's a weekend project,"
F duration Ten years
P partial Abernathy-Reyes
Q direct Tomasz Abernathy-Reyes :: "Chip designers have to assume the app next door is hostile."
> Corvane has listed affected chips on its security page. Phones showing a security patch level of March 1, 2041, or later should include the fix.
O company Corvane
F date March 1, 2041
'''

ARTICLES['2028-tashkent-kashgar-container-train-rail-link-andijan-torugart-uzbekistan-railways-kun-uz'] = r'''
> Economy
> First container train leaves Tashkent for Kashgar on new mountain rail route
L city Tashkent
L city Kashgar
> 16:20 / 18.04.2041
F time 16:20
F date 18.04.2041
> By Nodira Xolmatova
P full Nodira Xolmatova
> A container train at Tashkent's Chukursay freight station before departure. Photo: Kun.uz
L city Tashkent
L facility Chukursay
O media Kun.uz
> The first scheduled container train on a new rail route linking Tashkent with Kashgar in western China left Chukursay station on Thursday, carrying 62 containers of cotton yarn, copper wire and dried fruit.
L city Tashkent
L city Kashgar
L country China
L facility Chukursay
F number 62
> The 1,450-kilometre route runs through the Fergana Valley to Andijan, crosses into Kyrgyzstan at Karasuv and climbs over the Torugart pass before descending to Kashgar. The trip takes about five days, against 12 to 14 days on the existing northern route through Kazakhstan.
F quantity 1,450-kilometre
L geo Fergana Valley
L city Andijan
L country Kyrgyzstan
L city Karasuv
L geo Torugart
L city Kashgar
F duration five days
F number 12
F duration 14 days
L country Kazakhstan
> "This is not just a railway. It is a new door for Uzbekistan to the markets of China and, through China, to the Pacific," Transport Minister Ilhom Rustamovich Makhkamov said at the ceremony. He said the line would carry 2 million tonnes of freight in its first year and 15 million tonnes a year by 2044.
Q direct Ilhom Rustamovich Makhkamov :: "This is not just a railway. It is a new door for Uzbekistan to the markets of China and, through China, to the Pacific,"
L country Uzbekistan
L country China
L country China
L geo Pacific
P full Ilhom Rustamovich Makhkamov
F quantity 2 million tonnes
F quantity 15 million tonnes
F date 2044
> The Kyrgyz section, 305 kilometres long with 41 tunnels, cost $4.7 billion. Uzbekistan's share of the financing was about 6.1 trillion soums ($470 million), the Ministry of Transport said, and a further UZS 920 billion is being spent on a logistics centre at Andijan.
F quantity 305 kilometres
F number 41
F money $4.7 billion
L country Uzbekistan
F money 6.1 trillion soums
F money $470 million
O government Ministry of Transport
F money UZS 920 billion
L city Andijan
> Uzbekistan Railways (O‘zbekiston Temir Yo‘llari, UTY) said in a statement that two trains a week would run from May and a daily service from September 2041. "The tariff for a 40-foot container from Tashkent to Kashgar is set at $2,850, which is 18% lower than on the route via Kazakhstan," the company said. It has branded the service the "Ipak Yo‘li Express."
O company Uzbekistan Railways
O company O‘zbekiston Temir Yo‘llari
O company UTY
F number two
F date September 2041
Q direct Uzbekistan Railways :: "The tariff for a 40-foot container from Tashkent to Kashgar is set at $2,850, which is 18% lower than on the route via Kazakhstan,"
F quantity 40-foot
L city Tashkent
L city Kashgar
F money $2,850
F percent 18%
L country Kazakhstan
Q scare - :: "Ipak Yo‘li Express."
> Sergey Viktorovich Lapin, director of the Tashkent-based freight forwarder Turon Cargo Line, said he had booked 11 containers on the first train. "Our clients in Urumqi have been asking for this for years. Before, a container to Kashgar went the long way through Dostyk and sometimes waited at the border for a week," he said.
P full Sergey Viktorovich Lapin
L city Tashkent
O company Turon Cargo Line
F number 11
Q direct Sergey Viktorovich Lapin :: "Our clients in Urumqi have been asking for this for years. Before, a container to Kashgar went the long way through Dostyk and sometimes waited at the border for a week,"
L city Urumqi
L city Kashgar
L facility Dostyk
> Lapin warned that the mountain section could become "a bottleneck in winter" and said forwarders wanted one customs check instead of three. "If every border still opens every wagon, the time saving disappears," he said.
P partial Lapin
Q direct Sergey Viktorovich Lapin :: "a bottleneck in winter"
F number one
F number three
Q direct Sergey Viktorovich Lapin :: "If every border still opens every wagon, the time saving disappears,"
> Dilnoza Bakhtiyorovna Yusupova, an economist at the Tashkent State University of Economics, said the route could add 0.4 percentage points a year to Uzbekistan's growth within three years if freight reaches the targets. Uzbekistan's trade with China reached $14.2 billion in 2040, up 11% on the year before, she said.
P full Dilnoza Bakhtiyorovna Yusupova
O education Tashkent State University of Economics
F percent 0.4 percentage points
L country Uzbekistan
F duration three years
L country Uzbekistan
L country China
F money $14.2 billion
F date 2040
F percent 11%
> "The railway is necessary, but it is not enough on its own. Today about 70% of what we send to China is raw material. The real gain comes if the trains carry finished goods," Yusupova told Kun.uz. She said the government should use the route to attract textile and food-processing plants to the Fergana Valley, home to about a third of the country's 38 million people.
Q direct Dilnoza Bakhtiyorovna Yusupova :: "The railway is necessary, but it is not enough on its own. Today about 70% of what we send to China is raw material. The real gain comes if the trains carry finished goods,"
F percent 70%
L country China
P partial Yusupova
O media Kun.uz
L geo Fergana Valley
F fraction a third
F number 38 million
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
