#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval134 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval134/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['847-koluama-ocean-surge-displaces-600-southern-ijaw-bayelsa-nddc-shoreline-premium-times'] = r'''
> Ocean surge sacks 600 residents in Bayelsa’s Koluama, monarch seeks federal help
F number 600
L region Bayelsa
L city Koluama
> By Ebiakpo Tarila-Ogbotobo
P full Ebiakpo Tarila-Ogbotobo
> March 15, 2039
F date March 15, 2039
> A woman stands on the ruins of her house in Koluama II, Southern Ijaw Local Government Area of Bayelsa State, on Tuesday. [PHOTO: Ebiakpo Tarila-Ogbotobo/PREMIUM TIMES]
L city Koluama II
L region Southern Ijaw Local Government Area
L region Bayelsa State
P full Ebiakpo Tarila-Ogbotobo
O media PREMIUM TIMES
> At least 600 residents of Koluama, a fishing community on the Atlantic coast of Bayelsa State, have been displaced after an ocean surge washed away 87 houses, a primary school and the community’s only health centre in the early hours of Sunday.
F number 600
L city Koluama
L geo Atlantic
L region Bayelsa State
F number 87
> The surge, which residents said began at about 2:30 a.m. and lasted nearly four hours, also destroyed about 140 canoes and outboard engines, leaving the community’s fishermen with no means of livelihood.
F time 2:30 a.m.
F duration four hours
F number 140
> The paramount ruler of the Koluama Kingdom, King Ebinimi Seiyefa-Douglas, told PREMIUM TIMES on Tuesday that the community had been “abandoned to the sea.”
L region Koluama Kingdom
P full Ebinimi Seiyefa-Douglas
O media PREMIUM TIMES
Q direct Ebinimi Seiyefa-Douglas :: “abandoned to the sea.”
> “We have been crying since 2031. Every year the sea takes a part of Koluama. This time it took our school, our clinic and the houses of 87 families,” the monarch said. “If government does not build the shoreline protection now, there will be no Koluama in five years.”
Q direct Ebinimi Seiyefa-Douglas :: “We have been crying since 2031. Every year the sea takes a part of Koluama. This time it took our school, our clinic and the houses of 87 families,”
F date 2031
L city Koluama
F number 87
Q direct Ebinimi Seiyefa-Douglas :: “If government does not build the shoreline protection now, there will be no Koluama in five years.”
L city Koluama
F duration five years
> Koluama, which is made up of Koluama I and Koluama II, lies about 45 kilometres south-west of Yenagoa, the state capital, and can only be reached by boat, a journey of about three hours from the Swali jetty.
L city Koluama
L city Koluama I
L city Koluama II
F quantity 45 kilometres
L city Yenagoa
F duration three hours
L city Swali
> A fisherman, Timi Ebikeme, 52, said he lost two canoes, three engines and nets worth N2.3 million. He said the community’s fishermen had become “beggars overnight”.
P full Timi Ebikeme
F age 52
F number two
F number three
F money N2.3 million
Q direct Timi Ebikeme :: “beggars overnight”
> “I have fished in this water for 34 years. I have never seen the sea this angry. We ran with our children to the church on the hill and watched our houses fall one by one,” Mr Ebikeme said.
Q direct Timi Ebikeme :: “I have fished in this water for 34 years. I have never seen the sea this angry. We ran with our children to the church on the hill and watched our houses fall one by one,”
F duration 34 years
P partial Ebikeme
> The Bayelsa State Emergency Management Agency (BYSEMA) said in a statement on Monday that it had delivered 300 bags of rice, 150 mattresses and 2,000 litres of drinking water to the community.
O government Bayelsa State Emergency Management Agency
O government BYSEMA
F number 300
F number 150
F quantity 2,000 litres
> The agency said its officials had counted 612 displaced persons, now sheltering in two churches and the town hall, and described the situation as “dire but under control”.
F number 612
F number two
Q direct Bayelsa State Emergency Management Agency :: “dire but under control”
> The Niger Delta Development Commission (NDDC) awarded a N4.6 billion contract for shoreline protection in Koluama in 2034, but residents said the contractor left the site in 2036 after building less than 300 metres of a planned 2.2-kilometre wall.
O government Niger Delta Development Commission
O government NDDC
F money N4.6 billion
L city Koluama
F date 2034
F date 2036
F quantity 300 metres
F quantity 2.2-kilometre
> A youth leader in the community, Preye Okorotie-Ayibanua, accused the contractor of abandoning the job and NDDC officials of looking away.
P full Preye Okorotie-Ayibanua
O government NDDC
> "They came with one dredger, worked for six months and disappeared. Since then, nobody has told us anything," he said. "Our women now go to sea with the men because there is no other work. Our children write their exams in the church."
Q direct Preye Okorotie-Ayibanua :: "They came with one dredger, worked for six months and disappeared. Since then, nobody has told us anything,"
F number one
F duration six months
Q direct Preye Okorotie-Ayibanua :: "Our women now go to sea with the men because there is no other work. Our children write their exams in the church."
> When contacted, the NDDC’s Director of Corporate Affairs, Seibofa Apreala, said the commission was "reviewing all abandoned shoreline projects" in the region and would send a team to Koluama within two weeks.
O government NDDC
P full Seibofa Apreala
Q direct Seibofa Apreala :: "reviewing all abandoned shoreline projects"
L city Koluama
F duration two weeks
> Many residents also blame decades of offshore oil production, including at the nearby Funiwa field, for the erosion, a link oil companies have rejected.
L facility Funiwa
> According to the Nigerian Institute for Oceanography and Marine Research (NIOMR), parts of the Bayelsa coastline lose up to 20 metres of land a year, among the fastest rates along the Gulf of Guinea.
O government Nigerian Institute for Oceanography and Marine Research
O government NIOMR
L region Bayelsa
F quantity 20 metres
L geo Gulf of Guinea
> The Bayelsa State Government had not responded to enquiries by PREMIUM TIMES as of Tuesday evening.
O government Bayelsa State Government
O media PREMIUM TIMES
'''

ARTICLES['848-fuvahmulah-desalination-plant-fails-water-rationing-fenaka-mndf-maldives-independent'] = r'''
> Fuvahmulah residents queue for water as desalination plant fails for second time this year
L city Fuvahmulah
> The city council says households are receiving 20 litres a day while the state utility waits for spare parts from Singapore
F quantity 20 litres
L country Singapore
> Aishath Zaha
P full Aishath Zaha
> 16 March 2039
F date 16 March 2039
> Residents fill jerrycans from an MNDF water tanker in Dhadimago ward on Wednesday. Photo: Fuvahmulah City Council
O government MNDF
L city Dhadimago
O government Fuvahmulah City Council
> Thousands of residents of Gn. Fuvahmulah have been living on rationed water for five days after the island’s desalination plant broke down on Friday, the second failure since January.
L region Gn.
L city Fuvahmulah
F duration five days
> Fuvahmulah City Council said on Wednesday that each household was receiving 20 litres of drinking water a day from tankers operated by the Maldives National Defence Force (MNDF), while the 12 public wells still in use were “not safe for drinking”.
O government Fuvahmulah City Council
F quantity 20 litres
O government Maldives National Defence Force
O government MNDF
F number 12
Q direct Fuvahmulah City Council :: “not safe for drinking”
> Fuvahmulah, a single-island atoll of about 13,000 people in the far south of the Maldives, gets all of its piped water from one plant run by the state utility Fenaka Corporation. The plant, built in 2027, produces 1,200 cubic metres a day when fully working.
L city Fuvahmulah
F number 13,000
L country Maldives
F number one
O company Fenaka Corporation
F date 2027
F quantity 1,200 cubic metres
> In a statement, Fenaka said two of the plant’s three reverse-osmosis units had failed because of “a fault in the high-pressure pumps” and that replacement parts had been ordered from Singapore. It expected the supply to be restored “by next week”.
O company Fenaka
F number two
F number three
Q direct Fenaka Corporation :: “a fault in the high-pressure pumps”
L country Singapore
Q direct Fenaka Corporation :: “by next week”
> Council president Ibrahim Shareef Moosa, known on the island as “Ibbe”, said the council had asked the utility to bring in a temporary plant from Malé.
P full Ibrahim Shareef Moosa
Q scare - :: “Ibbe”
L city Malé
> “This is the second time in three months. In January we were without water for nine days. People are buying bottled water at MVR 18 a bottle, and not everyone can afford that,” Moosa told the Maldives Independent.
Q direct Ibrahim Shareef Moosa :: “This is the second time in three months. In January we were without water for nine days. People are buying bottled water at MVR 18 a bottle, and not everyone can afford that,”
F duration three months
F duration nine days
F money MVR 18
P partial Moosa
O media Maldives Independent
> “We are not asking for a favour. Fuvahmulah is a city. It deserves a second plant,” he added.
Q direct Ibrahim Shareef Moosa :: “We are not asking for a favour. Fuvahmulah is a city. It deserves a second plant,”
L city Fuvahmulah
> The National Disaster Management Authority (NDMA) said it had sent 40 tonnes of bottled water on the ferry from Addu City on Tuesday, and that a second shipment would leave Malé on Thursday.
O government National Disaster Management Authority
O government NDMA
F quantity 40 tonnes
L city Addu City
L city Malé
> In Funaadu, where the queue for the tanker began before 6am on Wednesday, a 67-year-old woman said she had already walked twice to the collection point with a 10-litre can. "My son is fishing in the south. Who will carry water for me?" she said, asking not to be named.
L city Funaadu
F time 6am
F age 67-year-old
F quantity 10-litre
Q direct - :: "My son is fishing in the south. Who will carry water for me?"
> Guesthouse owners say the shortage has also hit the island’s growing tourism trade, which depends on divers who come to see tiger sharks. Mariyam Nisha Adam, who runs a 14-room guesthouse near the harbour, said three groups had cancelled bookings worth about US$9,500.
P full Mariyam Nisha Adam
F number 14
F number three
F money US$9,500
> “Guests ask me why they cannot shower. What can I tell them?” she said.
Q direct Mariyam Nisha Adam :: “Guests ask me why they cannot shower. What can I tell them?”
> Fenaka’s managing director, Ahmed Zuhair Latheef, said on Tuesday that the company had spent MVR 4.2 million (US$272,000) on repairs to the plant since 2037 and would ask the government for funds to build a second unit of 800 cubic metres a day.
O company Fenaka
P full Ahmed Zuhair Latheef
F money MVR 4.2 million
F money US$272,000
F date 2037
F quantity 800 cubic metres
> Fuvahmulah Medhu MP Abdulla Rifau Hameed said he would raise the issue in the People’s Majlis next week, calling the repeated failures “a disgrace”.
L region Fuvahmulah Medhu
P full Abdulla Rifau Hameed
O government People’s Majlis
Q direct Abdulla Rifau Hameed :: “a disgrace”
'''

ARTICLES['849-hasegawa-wins-macau-grand-prix-leong-second-guia-circuit-safety-cars-classification-macau-daily-times'] = r'''
> Sports
> Hasegawa holds off Leong to win 86th Macau Grand Prix
P partial Hasegawa
P partial Leong
> Anthony Kuok
P full Anthony Kuok
> November 21, 2039
F date November 21, 2039
> Kaito Hasegawa of SJM Theodore Racing celebrates on the podium with Leong Chi Fong (left) and Rafael Bueno Cardoso (Photo: Macau Grand Prix Organizing Committee)
P full Kaito Hasegawa
O team SJM Theodore Racing
P full Leong Chi Fong
P full Rafael Bueno Cardoso
O government Macau Grand Prix Organizing Committee
> Japan's Kaito Hasegawa won the 86th Macau Grand Prix yesterday, holding off local driver Leong Chi Fong by 0.614 seconds in a race that was neutralised twice by the safety car and cut from 15 laps to 13.
L country Japan
P full Kaito Hasegawa
P full Leong Chi Fong
F duration 0.614 seconds
F number 15
F number 13
> The 21-year-old from Nagoya, who drives for SJM Theodore Racing, took the lead from pole-sitter Oscar Lindgren at Lisboa on the opening lap and was never passed, although Leong was within half a second of him over the final two laps.
F age 21-year-old
L city Nagoya
O team SJM Theodore Racing
P full Oscar Lindgren
L facility Lisboa
P partial Leong
F fraction half
F number two
> "I knew Chi Fong would be fast through the Solitude Esses, so I had to be perfect at Lisboa and the Melco Hairpin every lap," said Hasegawa, the third Japanese winner of the race. "To win here in Macau, in front of so many people, is something I will remember my whole life."
Q direct Kaito Hasegawa :: "I knew Chi Fong would be fast through the Solitude Esses, so I had to be perfect at Lisboa and the Melco Hairpin every lap,"
P partial Chi Fong
L facility Solitude Esses
L facility Lisboa
L facility Melco Hairpin
P partial Hasegawa
Q direct Kaito Hasegawa :: "To win here in Macau, in front of so many people, is something I will remember my whole life."
L city Macau
> Leong, 19, who grew up in Areia Preta and drives for Prema Racing, was roared on by the crowd in the Reservoir Grandstand on every lap. He said in Cantonese that second place felt "like a win".
P partial Leong
F age 19
L city Areia Preta
O team Prema Racing
L facility Reservoir Grandstand
Q direct Leong Chi Fong :: "like a win"
> "Today Kaito was better in the first sector. Next year it is my turn," he said.
Q direct Leong Chi Fong :: "Today Kaito was better in the first sector. Next year it is my turn,"
P partial Kaito
> The first safety car came out on lap 4, when Lindgren, who had fallen to third, clipped the wall at Police Bend and was hit by the Van Amersfoort Racing car of Tomás Azcárate Ruiz. Both drivers were unhurt. The second, for debris at Fisherman's Bend, lasted six minutes and forced the stewards to shorten the race under the 40-minute time limit.
P partial Lindgren
L facility Police Bend
O team Van Amersfoort Racing
P full Tomás Azcárate Ruiz
L facility Fisherman's Bend
F duration six minutes
F duration 40-minute
> Brazil's Rafael Bueno Cardoso completed the podium for R-ace GP, 2.871 seconds behind the winner, after passing Britain's Charlie Ashworth-Blake at the restart at Mandarin Oriental Bend.
L country Brazil
P full Rafael Bueno Cardoso
O team R-ace GP
F duration 2.871 seconds
L country Britain
P full Charlie Ashworth-Blake
L facility Mandarin Oriental Bend
> Hasegawa's winning time was 33 minutes 48.207 seconds. Lindgren's 2:11.394 on lap 3 stood as the fastest lap of the race, 0.3 seconds outside the lap record.
P partial Hasegawa
F duration 33 minutes 48.207 seconds
P partial Lindgren
F duration 2:11.394
F duration 0.3 seconds
> The Macau Grand Prix Organizing Committee said 82,000 spectators attended over the four days, up 6 per cent on last year, and that ticket sales brought in MOP 41.5 million. Grandstand seats for Sunday cost between MOP 400 and MOP 1,200.
O government Macau Grand Prix Organizing Committee
F number 82,000
F duration four days
F percent 6 per cent
F money MOP 41.5 million
F money MOP 400
F money MOP 1,200
> Prema's team manager, Giulia Santachiara, said the team would give Leong a Formula 3 test in Valencia in February. "He has earned it," she said.
O team Prema
P full Giulia Santachiara
P partial Leong
L city Valencia
Q direct Giulia Santachiara :: "He has earned it,"
> Race classification (13 laps)
F number 13
> 1. Kaito Hasegawa, SJM Theodore Racing, 33m48.207s
P full Kaito Hasegawa
O team SJM Theodore Racing
F duration 33m48.207s
> 2. Leong Chi Fong, Prema Racing, +0.614s
P full Leong Chi Fong
O team Prema Racing
F duration +0.614s
> 3. Rafael Bueno Cardoso, R-ace GP, +2.871s
P full Rafael Bueno Cardoso
O team R-ace GP
F duration +2.871s
> 4. Charlie Ashworth-Blake, Hitech GP, +3.540s
P full Charlie Ashworth-Blake
O team Hitech GP
F duration +3.540s
> 5. Ayaan Deshpande, TOM'S, +6.102s
P full Ayaan Deshpande
O team TOM'S
F duration +6.102s
> 6. Mattia Boscolo Zanin, Van Amersfoort Racing, +7.955s
P full Mattia Boscolo Zanin
O team Van Amersfoort Racing
F duration +7.955s
> 7. Wong Ka Lok, SJM Theodore Racing, +9.318s
P full Wong Ka Lok
O team SJM Theodore Racing
F duration +9.318s
> 8. Emilie Vasseur-Lund, R-ace GP, +11.046s
P full Emilie Vasseur-Lund
O team R-ace GP
F duration +11.046s
> Retired: Oscar Lindgren (Prema Racing), Tomás Azcárate Ruiz (Van Amersfoort Racing), lap 4
P full Oscar Lindgren
O team Prema Racing
P full Tomás Azcárate Ruiz
O team Van Amersfoort Racing
'''

ARTICLES['850-oder-golden-algae-dead-fish-brzeg-dolny-gios-anglers-salinity-lower-silesia-notes-from-poland'] = r'''
> Tonnes of dead fish pulled from Oder as toxic algae returns below Wrocław
L geo Oder
L city Wrocław
> Anglers say little has changed since the 2022 disaster, while the authorities in Lower Silesia have banned fishing on a 70-kilometre stretch of the river
F date 2022
L region Lower Silesia
F quantity 70-kilometre
> Agnieszka Wierzbowska
P full Agnieszka Wierzbowska
> 18 August 2038
F date 18 August 2038
> More than 11 tonnes of dead fish have been removed from the Oder river in Lower Silesia since Friday, as a bloom of toxic golden algae spreads in the warm, low water downstream of Wrocław.
F quantity 11 tonnes
L geo Oder
L region Lower Silesia
L city Wrocław
> The Chief Inspectorate of Environmental Protection (GIOŚ) said on Tuesday that samples taken at Brzeg Dolny and Ścinawa showed "very high" concentrations of Prymnesium parvum, the microscopic alga that also caused the mass die-off on the river in 2022.
O government Chief Inspectorate of Environmental Protection
O government GIOŚ
Q direct Chief Inspectorate of Environmental Protection :: "very high"
L city Brzeg Dolny
L city Ścinawa
F date 2022
> Salinity at the Brzeg Dolny measuring station reached 1,850 microsiemens per centimetre, almost double the level at which the alga begins to thrive, the inspectorate said.
L city Brzeg Dolny
F quantity 1,850 microsiemens per centimetre
> Volunteers from the Polish Anglers' Association (PZW), firefighters and soldiers of the Territorial Defence Force (WOT) have been collecting fish from boats and from the banks since the weekend. Most were bream, roach and pike, but anglers also found several catfish weighing more than 30 kg.
O nonprofit Polish Anglers' Association
O nonprofit PZW
O government Territorial Defence Force
O government WOT
F quantity 30 kg
> "It is 2022 all over again. We have been warning for sixteen years that if nothing is done about the salt that goes into this river, the fish will die every hot summer," said Wojciech Żółtowski, who heads the PZW's district in Legnica. "Nobody listens until the fish are floating."
Q direct Wojciech Żółtowski :: "It is 2022 all over again. We have been warning for sixteen years that if nothing is done about the salt that goes into this river, the fish will die every hot summer,"
F date 2022
F duration sixteen years
P full Wojciech Żółtowski
O nonprofit PZW
L city Legnica
Q direct Wojciech Żółtowski :: "Nobody listens until the fish are floating."
> Much of the salt comes from mine water pumped into the Oder and its tributaries by coal and copper mines in Silesia. After the 2022 disaster, the government promised to limit such discharges, but the special act passed in 2023 set no binding limits for the mines, environmental groups say.
L geo Oder
L region Silesia
F date 2022
F date 2023
> The state water authority, Wody Polskie, said it had released extra water from reservoirs on the Nysa Kłodzka to dilute the salt, raising the river's flow at Brzeg Dolny by about 15%.
O government Wody Polskie
L geo Nysa Kłodzka
L city Brzeg Dolny
F percent 15%
> Fishing and bathing are banned between Wrocław and Głogów until at least 31 August, and dogs should be kept away from the water, the voivode of Lower Silesia, Małgorzata Kędzierska-Pyć, told reporters in Wrocław on Wednesday.
L city Wrocław
L city Głogów
F date 31 August
L region Lower Silesia
P full Małgorzata Kędzierska-Pyć
L city Wrocław
> She said the province had set aside 4.5 million zloty (€1.05 million) for the clean-up and for compensation to fish farms that take water from the river. "We are better prepared than in 2022, but preparation is not the same as prevention," she added.
F money 4.5 million zloty
F money €1.05 million
Q direct Małgorzata Kędzierska-Pyć :: "We are better prepared than in 2022, but preparation is not the same as prevention,"
F date 2022
> Kędzierska-Pyć also called on the environment ministry in Warsaw to "finally name the polluters".
P partial Kędzierska-Pyć
L city Warsaw
Q direct Małgorzata Kędzierska-Pyć :: "finally name the polluters"
> Downstream, Brandenburg's Ministry of Agriculture, Environment and Climate Protection said it had begun daily sampling at Frankfurt (Oder) and Schwedt, and asked the Polish authorities to share their measurements "immediately and in full".
L region Brandenburg
O government Ministry of Agriculture, Environment and Climate Protection
L city Frankfurt (Oder)
L city Schwedt
Q direct Ministry of Agriculture, Environment and Climate Protection :: "immediately and in full"
> Marek Ochnik, who runs a carp farm near Wołów, said he had closed the intake from the river on Saturday and was topping up his 12 ponds with well water at a cost of about 2,000 zloty a day.
P full Marek Ochnik
L city Wołów
F number 12
F money 2,000 zloty
> "If the algae reach my ponds, I lose 40 tonnes of fish and three years of work," he said.
Q direct Marek Ochnik :: "If the algae reach my ponds, I lose 40 tonnes of fish and three years of work,"
F quantity 40 tonnes
F duration three years
> Main image credit: Krzysztof Ćwikliński/Agencja Wyborcza.pl
P full Krzysztof Ćwikliński
O media Agencja Wyborcza.pl
'''

ARTICLES['851-sublette-county-commissioners-declare-disaster-horse-creek-fire-grazing-allotments-daniel-pinedale-roundup'] = r'''
> Commissioners declare disaster as Horse Creek Fire tops 41,000 acres
F quantity 41,000 acres
> By Kaycee Brandvold
P full Kaycee Brandvold
> Aug 11, 2038
F date Aug 11, 2038
> Smoke from the Horse Creek Fire rises above the Wyoming Range west of Daniel on Tuesday afternoon. Courtesy photo/Sublette County Unified Fire
L geo Wyoming Range
L city Daniel
O government Sublette County Unified Fire
> PINEDALE – Sublette County commissioners on Tuesday declared a local disaster as the Horse Creek Fire grew to 41,380 acres in the Wyoming Range, burning across three federal grazing allotments and forcing ranchers to move about 2,600 cattle off summer range weeks early.
L city PINEDALE
L region Sublette County
F quantity 41,380 acres
L geo Wyoming Range
F number three
F number 2,600
> The declaration, passed 3-0 at a special meeting at the Sublette County Courthouse in Pinedale, lets the county ask the state for help with road repairs and fence replacement and opens the door to federal emergency grazing programs.
F number 3-0
L facility Sublette County Courthouse
L city Pinedale
> The fire, started by lightning on Aug. 6 near the head of Horse Creek, was 18% contained Wednesday morning, according to the Bridger-Teton National Forest. About 640 firefighters, four helicopters and two air tankers are assigned to it.
F date Aug. 6
L geo Horse Creek
F percent 18%
O government Bridger-Teton National Forest
F number 640
F number four
F number two
> On Monday night the Sublette County Sheriff's Office told residents of about 45 homes along Horse Creek Road to "GO NOW," and a "SET" warning covers Daniel and the Merna area.
O government Sublette County Sheriff's Office
F number 45
L street Horse Creek Road
Q direct Sublette County Sheriff's Office :: "GO NOW,"
Q scare - :: "SET"
L city Daniel
L city Merna
> Dawn Etchepare, whose family has run cattle on the Horse Creek allotment since 1921, told commissioners her crew gathered 700 pairs in two days. "We rode from 4 a.m. until dark. What we couldn't find we left, and we'll go back when they let us," she said.
P full Dawn Etchepare
L geo Horse Creek
F date 1921
F number 700
F duration two days
Q direct Dawn Etchepare :: "We rode from 4 a.m. until dark. What we couldn't find we left, and we'll go back when they let us,"
F time 4 a.m.
> "Now we're feeding hay in August, at $260 a ton, and I don't know where we find enough for winter. Most of us can't carry that for long.
Q direct Dawn Etchepare :: "Now we're feeding hay in August, at $260 a ton, and I don't know where we find enough for winter. Most of us can't carry that for long.
F money $260
> "We need the commissioners, the Forest Service and everybody else to understand this isn't a bad week. It's the whole year," Etchepare said.
Q direct Dawn Etchepare :: "We need the commissioners, the Forest Service and everybody else to understand this isn't a bad week. It's the whole year,"
O government Forest Service
P partial Etchepare
> Commission Chairman Wade Lozier said the county had already spent about $185,000 on overtime, fuel and equipment for the fire, and that replacing 60 miles of burned fence on private and state land could cost $1.2 million.
P full Wade Lozier
F money $185,000
F quantity 60 miles
F money $1.2 million
> "We're a county of 9,000 people. We can't do that on our own," Lozier said.
Q direct Wade Lozier :: "We're a county of 9,000 people. We can't do that on our own,"
F number 9,000
P partial Lozier
> Commissioner Tamsin Hebert-Yost, who moved the declaration, said ranchers around Daniel had lost about a third of their summer feed. "This grass won't come back before next June," she said.
P full Tamsin Hebert-Yost
L city Daniel
F fraction a third
Q direct Tamsin Hebert-Yost :: "This grass won't come back before next June,"
> Hebert-Yost asked the Wyoming Department of Agriculture to open state sections near Big Piney and Boulder for emergency grazing. The Wyoming Stock Growers Association said in a statement it would coordinate hay donations from members in Fremont and Lincoln counties.
P partial Hebert-Yost
O government Wyoming Department of Agriculture
L city Big Piney
L city Boulder
O nonprofit Wyoming Stock Growers Association
L region Fremont
L region Lincoln
> Fire officials expect winds of 25 to 35 mph and relative humidity as low as 8% on Thursday and warned that the fire could push into the Hoback drainage.
F quantity 25
F quantity 35 mph
F percent 8%
L geo Hoback
> A community meeting is set for 6 p.m. Thursday at the Sublette County Fairgrounds in Big Piney.
F time 6 p.m.
L facility Sublette County Fairgrounds
L city Big Piney
'''

ARTICLES['852-ljosufjoll-eruption-snaefellsnes-hitardalur-farms-evacuated-route-54-imo-ruv-english'] = r'''
> Eruption begins in Ljósufjöll, farms evacuated in Hítardalur
L geo Ljósufjöll
L geo Hítardalur
> Þórhildur Edda Guðjónsdóttir | 18 March 2039 at 14:05
P full Þórhildur Edda Guðjónsdóttir
F date 18 March 2039
F time 14:05
> Lava flows from the fissure above Hítardalur at 6:10 this morning. Photo: RÚV – Bjarki Freyr Sveinbjörnsson
L geo Hítardalur
F time 6:10
O media RÚV
P full Bjarki Freyr Sveinbjörnsson
> An eruption began in the Ljósufjöll volcanic system on the Snæfellsnes peninsula in West Iceland at around 5:40 this morning, the first in the system in more than 1,000 years. Eleven people on four farms in Hítardalur were evacuated before dawn.
L geo Ljósufjöll
L geo Snæfellsnes
L region West Iceland
F time 5:40
F duration 1,000 years
F number Eleven
F number four
L geo Hítardalur
> According to the Icelandic Met Office, the fissure is about 2.5 kilometres long and lies on the eastern slopes of the mountains, roughly 25 kilometres north of Borgarnes. Lava is flowing south-east, away from inhabited areas, at 150 to 200 cubic metres per second.
O government Icelandic Met Office
F quantity 2.5 kilometres
F quantity 25 kilometres
L city Borgarnes
F quantity 150
F quantity 200 cubic metres per second
> "This is a more powerful start than we saw on the Reykjanes peninsula, but the fissure is far from any town," said Sigríður Þöll Hermannsdóttir, a natural hazards specialist at the Met Office. "What concerns us most at the moment is the road and the gas."
Q direct Sigríður Þöll Hermannsdóttir :: "This is a more powerful start than we saw on the Reykjanes peninsula, but the fissure is far from any town,"
L geo Reykjanes
P full Sigríður Þöll Hermannsdóttir
O government Met Office
Q direct Sigríður Þöll Hermannsdóttir :: "What concerns us most at the moment is the road and the gas."
> Sigríður said seismic activity under the mountains had been increasing since December, with more than 3,000 earthquakes recorded in February alone. The largest, of magnitude 4.1, was felt in Stykkishólmur and Borgarnes on 2 March.
P partial Sigríður
F number 3,000
F quantity magnitude 4.1
L city Stykkishólmur
L city Borgarnes
F date 2 March
> The West Iceland Police closed Route 54, Snæfellsnesvegur, between Borgarnes and Vegamót at 7:15. The Icelandic Road and Coastal Administration said the road could be cut by lava "within 24 to 48 hours" if the flow turns south.
O government West Iceland Police
L street Route 54
L street Snæfellsnesvegur
L city Borgarnes
L city Vegamót
F time 7:15
O government Icelandic Road and Coastal Administration
Q direct Icelandic Road and Coastal Administration :: "within 24 to 48 hours"
F duration 24
F duration 48 hours
> Scientists who flew over the site in an Icelandic Coast Guard helicopter shortly after noon put the area of the new lava field at 1.8 square kilometres. The Met Office will hold a briefing at 16:00.
O government Icelandic Coast Guard
F quantity 1.8 square kilometres
O government Met Office
F time 16:00
> The Department of Civil Protection and Emergency Management has declared an emergency phase. Residents of Borgarbyggð and Snæfellsbær were advised to keep windows closed, as sulphur dioxide levels of up to 3,000 micrograms per cubic metre could reach the lowlands if the wind turns.
O government Department of Civil Protection and Emergency Management
L region Borgarbyggð
L region Snæfellsbær
F quantity 3,000 micrograms per cubic metre
> Jóhann Ágúst Snæbjörnsson, 71, who keeps about 400 sheep at Hraunholt in the valley, was woken by a police officer knocking on his door at 5:55.
P full Jóhann Ágúst Snæbjörnsson
F age 71
F number 400
L city Hraunholt
F time 5:55
> "I looked out of the window and the whole sky to the north was red. My grandfather used to say the mountains were sleeping, not dead. He was right," Jóhann said. His sheep are still in their sheds, and he hopes to be allowed back to feed them tomorrow.
Q direct Jóhann Ágúst Snæbjörnsson :: "I looked out of the window and the whole sky to the north was red. My grandfather used to say the mountains were sleeping, not dead. He was right,"
P partial Jóhann
> The mayor of Borgarbyggð, Halla Rún Ingvarsdóttir, said the municipality had opened a relief centre at the sports hall in Borgarnes. She described the evacuation as "calm and orderly".
L region Borgarbyggð
P full Halla Rún Ingvarsdóttir
L city Borgarnes
Q direct Halla Rún Ingvarsdóttir :: "calm and orderly"
> Isavia said flights at Keflavík Airport were operating normally. The eruption has so far produced little ash.
O company Isavia
L facility Keflavík Airport
> Natural Catastrophe Insurance of Iceland said houses and farm buildings in Hítardalur and the neighbouring valleys were insured for a total of ISK 1.9 billion, or about 13.4 million euros.
O government Natural Catastrophe Insurance of Iceland
L geo Hítardalur
F money ISK 1.9 billion
F money 13.4 million euros
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
