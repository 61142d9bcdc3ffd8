#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval78 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval78/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['511-states-assembly-budget-stamp-duty-first-time-buyers-strategic-reserve-jersey-evening-post'] = r'''
> Politics
> States back £1.1bn Budget but throw out stamp duty cut for first-time buyers
O government States
F money £1.1bn
> Minister warns Deputies: ‘We cannot borrow our way to affordability’
Q direct Philippa Amy-Romeril :: ‘We cannot borrow our way to affordability’
> By Rosalind Quérée
P full Rosalind Quérée
> Published: 15th December 2038 at 05:00
F date 15th December 2038
F time 05:00
> Deputy Philippa Amy-Romeril, Minister for Treasury and Resources, during Tuesday’s debate in the States Chamber. Picture: SIMONE DU FEU
P full Philippa Amy-Romeril
L facility States Chamber
P full SIMONE DU FEU
> THE States Assembly approved the Government’s £1.1bn spending plans for 2039 by 29 votes to 18 last night, but rejected an amendment that would have abolished stamp duty for first-time buyers on homes costing up to £650,000.
O government States Assembly
F money £1.1bn
F date 2039
F number 29
F number 18
F money £650,000
> Members spent more than six hours on the amendment alone. Lodged by Reform Jersey’s Deputy Tiago Freitas Andrade, it fell by 26 votes to 21, with one abstention.
F duration six hours
O party Reform Jersey
P full Tiago Freitas Andrade
F number 26
F number 21
F number one
> A first-time buyer in Jersey currently pays £7,450 in stamp duty on a £500,000 flat. Treasury and Exchequer officials estimated that the change would have cost the public purse £9.8m a year.
L region Jersey
F money £7,450
F money £500,000
O government Treasury and Exchequer
F money £9.8m
> ‘Young Islanders are leaving because they cannot buy a home here. Every year we debate it and every year we do nothing,’ Deputy Freitas Andrade told the States.
Q direct Tiago Freitas Andrade :: ‘Young Islanders are leaving because they cannot buy a home here. Every year we debate it and every year we do nothing,’
P partial Freitas Andrade
O government States
> ‘Guernsey did this two years ago and the sky did not fall in. I am asking Members to be at least as brave as Guernsey.’
Q direct Tiago Freitas Andrade :: ‘Guernsey did this two years ago and the sky did not fall in. I am asking Members to be at least as brave as Guernsey.’
L region Guernsey
F duration two years
L region Guernsey
> The States of Guernsey scrapped document duty on first homes worth up to £450,000 in 2036.
O government States of Guernsey
F money £450,000
F date 2036
> Deputy Amy-Romeril said she had ‘real sympathy’ with the aim but that most of the benefit would go to buyers who could already afford to purchase.
P partial Amy-Romeril
Q direct Philippa Amy-Romeril :: ‘real sympathy’
> ‘If you take £9.8m out of this Budget, you have to tell me which ward at the hospital you are not going to staff,’ she said. ‘We cannot borrow our way to affordability.’
Q direct Philippa Amy-Romeril :: ‘If you take £9.8m out of this Budget, you have to tell me which ward at the hospital you are not going to staff,’
F money £9.8m
Q direct Philippa Amy-Romeril :: ‘We cannot borrow our way to affordability.’
> The Constable of Trinity, Yvonne de Gruchy, who voted for the amendment, said young families in her parish were ‘living in one-bedroom flats in St Helier and waiting for something, anything, to come up’.
L region Trinity
P full Yvonne de Gruchy
Q direct Yvonne de Gruchy :: ‘living in one-bedroom flats in St Helier and waiting for something, anything, to come up’
F number one
L city St Helier
> Deputy Kacper Wiśniewski, an independent Member for St Helier North, said the debate showed that the Island’s priorities were ‘upside down’. ‘We are told every year that there is no money, and every year £40m turns up when the Government needs it,’ he said.
P full Kacper Wiśniewski
L region St Helier North
L region Island
Q direct Kacper Wiśniewski :: ‘upside down’
Q direct Kacper Wiśniewski :: ‘We are told every year that there is no money, and every year £40m turns up when the Government needs it,’
F money £40m
> He was referring to a separate proposition, approved by 33 votes to 14, to transfer £40m from the Strategic Reserve to meet cost increases at the new hospital at Overdale, where the main contractor has reported a nine-month delay.
F number 33
F number 14
F money £40m
L facility Overdale
F duration nine-month
> The Strategic Reserve stood at £1.34bn at the end of September. In its November report the independent Fiscal Policy Panel said the Island’s public finances were ‘on a knife edge’ and warned that drawing on the fund should be ‘a last resort, not a habit’.
F money £1.34bn
O government Fiscal Policy Panel
L region Island
Q direct Fiscal Policy Panel :: ‘on a knife edge’
Q direct Fiscal Policy Panel :: ‘a last resort, not a habit’
> Among the measures approved, the income tax exemption threshold for a single person rises by 4.5% to £22,150 from 1 January 2039, and the duty on a 70cl bottle of spirits goes up by 38p. Goods and Services Tax stays at 5%.
F percent 4.5%
F money £22,150
F date 1 January 2039
F quantity 70cl
F money 38p
F percent 5%
> Revenue Jersey expects the threshold change to take about 2,300 low earners out of tax altogether.
O government Revenue Jersey
F number 2,300
> The Council of Ministers will bring a separate proposition on long-term care charges to the Assembly on 25 January.
O government Council of Ministers
O government Assembly
F date 25 January
> How they voted on the stamp duty amendment: Pour 21, Contre 26, Abstained 1.
F number 21
F number 26
F number 1
'''

ARTICLES['512-bolinao-anda-bangus-fish-kill-caquiputan-channel-bfar-pangasinan-gma-regional-tv'] = r'''
> Regions
> Fish kill hits Bolinao, Anda cages; P48M worth of bangus lost
L city Bolinao
L city Anda
F money P48M
> By Kristine Joy Dumlao, GMA Regional TV News
P full Kristine Joy Dumlao
O media GMA Regional TV News
> Published May 26, 2039 4:18pm
F date May 26, 2039
F time 4:18pm
> Workers haul dead milkfish from a fish cage off Barangay Luciente 1st in Bolinao, Pangasinan. Photo courtesy of Bolinao MDRRMO
L city Barangay Luciente 1st
L city Bolinao
L region Pangasinan
O government Bolinao MDRRMO
> Around 380 metric tons of bangus (milkfish) died in fish cages and pens in the towns of Bolinao and Anda in Pangasinan after oxygen levels in the water dropped sharply early Tuesday, the Bureau of Fisheries and Aquatic Resources (BFAR) said.
F quantity 380 metric tons
L city Bolinao
L city Anda
L region Pangasinan
O government Bureau of Fisheries and Aquatic Resources
O government BFAR
> BFAR Region 1 estimated the losses at P48 million, affecting at least 212 cage and pen operators along the Caquiputan Channel, which separates the two towns.
O government BFAR Region 1
F money P48 million
F number 212
L geo Caquiputan Channel
F number two
> Most of the dead fish were found in Barangays Germinal, Luciente 1st and Victory in Bolinao and in Barangay Imbo in Anda.
L city Germinal
L city Luciente 1st
L city Victory
L city Bolinao
L city Barangay Imbo
L city Anda
> "Pagdating ng madaling-araw, nakalutang na lahat. Wala kaming naisalba," said Eduardo Rabago, 54, who lost around 14 tons of bangus from his four cages in Germinal. (By dawn, everything was floating. We saved nothing.)
Q direct Eduardo Rabago :: "Pagdating ng madaling-araw, nakalutang na lahat. Wala kaming naisalba,"
P full Eduardo Rabago
F age 54
F quantity 14 tons
F number four
L city Germinal
> Rabago said the fish were two weeks away from harvest and that he had borrowed P600,000 from a financier in Alaminos City to buy fingerlings and feed.
P partial Rabago
F duration two weeks
F money P600,000
L city Alaminos City
> "Ngayon, utang na lang ang natira," he added. (Now all that is left is the debt.)
Q direct Eduardo Rabago :: "Ngayon, utang na lang ang natira,"
> Dr. Ma. Lourdes Soliven-Ybañez of the University of the Philippines Marine Science Institute (UP MSI), which runs a marine laboratory in Bolinao, said dissolved oxygen in the channel fell to 1.2 milligrams per liter between 2 a.m. and 6 a.m. on Tuesday, far below the 5 milligrams per liter that milkfish need.
P full Ma. Lourdes Soliven-Ybañez
O education University of the Philippines Marine Science Institute
O education UP MSI
L city Bolinao
F quantity 1.2 milligrams per liter
F time 2 a.m.
F time 6 a.m.
F quantity 5 milligrams per liter
> "The water was hot and still for three days, then the rain came on Monday night and the surface cooled very fast. When that happens the water column turns over and the oxygen at the bottom is used up," she said. "In a channel this crowded, the fish have nowhere to go."
Q direct Ma. Lourdes Soliven-Ybañez :: "The water was hot and still for three days, then the rain came on Monday night and the surface cooled very fast. When that happens the water column turns over and the oxygen at the bottom is used up,"
F duration three days
Q direct Ma. Lourdes Soliven-Ybañez :: "In a channel this crowded, the fish have nowhere to go."
> The state weather bureau PAGASA recorded a high of 36.4 degrees Celsius in Dagupan City on Sunday.
O government PAGASA
F quantity 36.4 degrees Celsius
L city Dagupan City
> BFAR Region 1 Director Rosario Estrella-Caoile said an inspection team counted 1,946 cages and pens in the channel, against a carrying capacity of about 1,100 set in the town's fishery zoning plan.
O government BFAR Region 1
P full Rosario Estrella-Caoile
F number 1,946
F number 1,100
> "We have been warning since 2036 that the channel is overstocked. This is not only an act of nature," Estrella-Caoile said, adding that the agency would ask both towns to stop issuing new permits "until the numbers come down."
Q direct Rosario Estrella-Caoile :: "We have been warning since 2036 that the channel is overstocked. This is not only an act of nature,"
F date 2036
P partial Estrella-Caoile
Q direct Rosario Estrella-Caoile :: "until the numbers come down."
> She advised operators not to sell or eat fish that died in the cages and to bury the carcasses at least 50 meters from the shore. BFAR said it had collected water samples to rule out a harmful algal bloom, with results expected within 48 hours.
F quantity 50 meters
O government BFAR
F duration 48 hours
> Pangasinan Governor Felicisimo "Sonny" Macaraeg placed the two towns under a state of calamity on Wednesday, allowing the provincial government to release P5 million in quick response funds.
L region Pangasinan
P full Felicisimo "Sonny" Macaraeg
Q scare - :: "Sonny"
F number two
F money P5 million
> In a statement, the Provincial Agriculture Office said affected operators would receive fingerlings and feed "to restart production as soon as the channel is safe," and that it was validating the list of beneficiaries with the municipal agriculture offices of Bolinao and Anda.
O government Provincial Agriculture Office
Q direct Provincial Agriculture Office :: "to restart production as soon as the channel is safe,"
L city Bolinao
L city Anda
> Bangus from the two towns supplies much of northern Luzon and Metro Manila. At the Magsaysay Fish Market in Dagupan City, which bills itself as the "Bangus Capital of the Philippines," the price of medium-sized bangus fell to P110 a kilo on Wednesday from P165 last week as traders sold off fish harvested early.
F number two
L geo Luzon
L region Metro Manila
L facility Magsaysay Fish Market
L city Dagupan City
Q scare - :: "Bangus Capital of the Philippines,"
L country Philippines
F money P110
F money P165
> A fish vendor at the market, who asked not to be named, said buyers were wary. "Maraming nagtatanong kung galing ba sa Bolinao. Mahirap magbenta ngayon," she said. (Many are asking if it's from Bolinao. It's hard to sell now.)
Q direct - :: "Maraming nagtatanong kung galing ba sa Bolinao. Mahirap magbenta ngayon,"
L city Bolinao
L city Bolinao
> The last major fish kill in the channel, in June 2034, killed around 600 tons of bangus. BFAR counts about 1,500 fish cage operators in Bolinao and Anda.
F date June 2034
F quantity 600 tons
O government BFAR
F number 1,500
L city Bolinao
L city Anda
> The provincial tourism office said beaches in Tondol, Anda, and the Hundred Islands National Park in nearby Alaminos City were not affected.
L city Tondol
L city Anda
L geo Hundred Islands National Park
L city Alaminos City
> —Kristine Joy Dumlao/RSJ, GMA Integrated News
P full Kristine Joy Dumlao
O media GMA Integrated News
'''

ARTICLES['513-wakefield-trinity-castleford-tigers-super-league-derby-belle-vue-tuipulotu-love-rugby-league'] = r'''
> Super League
O other Super League
> Wakefield Trinity 26-20 Castleford Tigers: Tuipulotu double settles derby as Trinity fight back at Belle Vue
O team Wakefield Trinity
F score 26-20
O team Castleford Tigers
P partial Tuipulotu
O team Trinity
L facility Belle Vue
> By Matt Priestman
P full Matt Priestman
> 19 March 2038, 10:31pm
F date 19 March 2038
F time 10:31pm
> Kelepi Tuipulotu celebrates his second try against Castleford. Photo: Jess Hornsby/News Images
P full Kelepi Tuipulotu
O team Castleford
P full Jess Hornsby
O company News Images
> Kelepi Tuipulotu scored twice, including the decisive try with seven minutes left, as Wakefield Trinity came from 20-12 down to beat Castleford Tigers 26-20 in a bruising West Yorkshire derby at Belle Vue on Friday night.
P full Kelepi Tuipulotu
F duration seven minutes
O team Wakefield Trinity
F score 20-12
O team Castleford Tigers
F score 26-20
L region West Yorkshire
L facility Belle Vue
> The Tongan winger’s finish in the corner, after Mitchell Carrington’s long pass had cut out two defenders, completed a 14-point turnaround and lifted Trinity to fifth in the table, level on eight points with Leigh Leopards.
P full Mitchell Carrington
F number two
F number 14
O team Trinity
F number eight
O team Leigh Leopards
> The 27-year-old, signed from Canterbury-Bankstown Bulldogs in the off-season, now has seven tries in six games.
F age 27-year-old
O team Canterbury-Bankstown Bulldogs
F number seven
F number six
> Castleford, who had not lost at Belle Vue since 2034, looked in control when Zac Kohinga-Reed sliced through from 30 metres three minutes after the break and converted his own try to make it 20-12.
O team Castleford
L facility Belle Vue
F date 2034
P full Zac Kohinga-Reed
F quantity 30 metres
F duration three minutes
F score 20-12
> But Cas lost centre Hemi Te Whatu to a head injury assessment on 51 minutes, and Trinity took over through the middle, where prop Taniela Vaipulu made 186 metres from 19 carries.
O team Cas
P full Hemi Te Whatu
F duration 51 minutes
O team Trinity
P full Taniela Vaipulu
F quantity 186 metres
F number 19
> Ethan Daly barged over from close range on 58 minutes, Carrington added a penalty after Owen Bentham was penalised for a late hit on him, and Tuipulotu went over in the corner, with Carrington landing the touchline conversion. Carrington’s second penalty, two minutes from time, made the game safe.
P full Ethan Daly
F duration 58 minutes
P partial Carrington
P full Owen Bentham
P partial Tuipulotu
P partial Carrington
P partial Carrington
F duration two minutes
> Castleford had led 14-12 at half-time. Wartovo Kaupa opened the scoring on six minutes and Te Whatu crossed after Tuipulotu’s first try, before Billy Hepworth’s solo effort from 40 metres levelled matters and Kohinga-Reed kicked a penalty on the hooter.
O team Castleford
F score 14-12
P full Wartovo Kaupa
F duration six minutes
P partial Te Whatu
P partial Tuipulotu
P full Billy Hepworth
F quantity 40 metres
P partial Kohinga-Reed
> Trinity head coach Brad Whitworth said his side had shown “a bit of what we’re about” after the break.
O team Trinity
P full Brad Whitworth
Q direct Brad Whitworth :: “a bit of what we’re about”
> “At 20-12 you can go one of two ways in a derby, and I thought the lads stuck together,” he said. “Taniela was outstanding. He’s been carrying for us all year and people don’t notice him because he doesn’t score tries.
Q direct Brad Whitworth :: “At 20-12 you can go one of two ways in a derby, and I thought the lads stuck together,”
F score 20-12
F number two
Q direct Brad Whitworth :: “Taniela was outstanding. He’s been carrying for us all year and people don’t notice him because he doesn’t score tries.
P partial Taniela
> “Kelepi’s finish was special, but the hard work was done by the forwards.”
Q direct Brad Whitworth :: “Kelepi’s finish was special, but the hard work was done by the forwards.”
P partial Kelepi
> Castleford coach Graeme Atherton-Lowe was less happy with the penalty count, which finished 9-4 in Wakefield’s favour.
O team Castleford
P full Graeme Atherton-Lowe
F number 9-4
O team Wakefield
> “I’m not going to talk about the referee. I’ll get fined and we can’t afford that,” he said. “We lost Hemi and we lost our shape. That’s on me.”
Q direct Graeme Atherton-Lowe :: “I’m not going to talk about the referee. I’ll get fined and we can’t afford that,”
Q direct Graeme Atherton-Lowe :: “We lost Hemi and we lost our shape. That’s on me.”
P partial Hemi
> Atherton-Lowe said Te Whatu, 24, had passed a later assessment but would be checked again on Monday. The Tigers, who have won two of their first six games, host Wigan Warriors at the Jungle next Friday.
P partial Atherton-Lowe
P partial Te Whatu
F age 24
O team Tigers
F number two
F number six
O team Wigan Warriors
L facility Jungle
> Wakefield travel to Hull KR on Thursday 25 March.
O team Wakefield
O team Hull KR
F date 25 March
> Wakefield Trinity: 1 Ollie Thackray; 2 Kelepi Tuipulotu, 3 Connor Ibbotson-Reid, 4 Sam Mallinder, 5 Jordan Oyelaran; 6 Billy Hepworth, 7 Mitchell Carrington; 8 Taniela Vaipulu, 9 Liam Scargill, 10 Ben Rhodes-Kirkby, 11 Ethan Daly, 12 Morgan Whitlam, 13 Harvey Spurr. Subs (all used): 14 Kieran Nuttall, 15 Sione Havea-Lolo, 16 Tom Asquith, 17 Darragh Mulvaney.
O team Wakefield Trinity
P full Ollie Thackray
P full Kelepi Tuipulotu
P full Connor Ibbotson-Reid
P full Sam Mallinder
P full Jordan Oyelaran
P full Billy Hepworth
P full Mitchell Carrington
P full Taniela Vaipulu
P full Liam Scargill
P full Ben Rhodes-Kirkby
P full Ethan Daly
P full Morgan Whitlam
P full Harvey Spurr
P full Kieran Nuttall
P full Sione Havea-Lolo
P full Tom Asquith
P full Darragh Mulvaney
> Tries: Tuipulotu 2, Hepworth, Daly. Goals: Carrington 5/6.
P partial Tuipulotu
F number 2
P partial Hepworth
P partial Daly
P partial Carrington
F number 5/6
> Castleford Tigers: 1 Reece Lumb; 2 Wartovo Kaupa, 3 Hemi Te Whatu, 4 Louis Garside, 5 Mathis Roumanille; 6 Callum Brierley, 7 Zac Kohinga-Reed; 8 Nathan Sowerby, 9 Lewis Oldroyd, 10 Pita Fonua-Mahe, 11 Owen Bentham, 12 Jordan Flather, 13 Kyle Ackroyd. Subs (all used): 14 Dom Halstead, 15 Semisi Kata, 16 Ryan Dobson-Marsh, 17 Aaron Sykes.
O team Castleford Tigers
P full Reece Lumb
P full Wartovo Kaupa
P full Hemi Te Whatu
P full Louis Garside
P full Mathis Roumanille
P full Callum Brierley
P full Zac Kohinga-Reed
P full Nathan Sowerby
P full Lewis Oldroyd
P full Pita Fonua-Mahe
P full Owen Bentham
P full Jordan Flather
P full Kyle Ackroyd
P full Dom Halstead
P full Semisi Kata
P full Ryan Dobson-Marsh
P full Aaron Sykes
> Tries: Kaupa, Te Whatu, Kohinga-Reed. Goals: Kohinga-Reed 4/4.
P partial Kaupa
P partial Te Whatu
P partial Kohinga-Reed
P partial Kohinga-Reed
F number 4/4
> Half-time: 12-14. Referee: Kieran Woodhead. Attendance: 8,914.
F score 12-14
P full Kieran Woodhead
F number 8,914
> Men of the Match: Trinity: Taniela Vaipulu; Tigers: Zac Kohinga-Reed.
O team Trinity
P full Taniela Vaipulu
O team Tigers
P full Zac Kohinga-Reed
'''

ARTICLES['514-dire-dawa-damerjog-first-livestock-train-goats-sheep-saudi-arabia-edr-ena'] = r'''
> Dire Dawa-Djibouti Livestock Train Delivers First 4,800 Goats, Sheep to Damerjog Port
L city Dire Dawa
L city Djibouti
F number 4,800
L facility Damerjog Port
> Dire Dawa, February 22/2040 (ENA) – The first train carrying live animals for export on the Ethio-Djibouti railway arrived at Djibouti's Damerjog Livestock Port on Wednesday with 4,800 goats and sheep bound for Saudi Arabia, the Ministry of Agriculture said.
L city Dire Dawa
F date February 22/2040
O media ENA
L country Djibouti
L country Djibouti
L facility Damerjog Livestock Port
F number 4,800
L country Saudi Arabia
O government Ministry of Agriculture
> The train, made up of 16 ventilated wagons, left the Dire Dawa Export Quarantine Station at 6:40 a.m. on Tuesday and covered the roughly 310km to the Djibouti coast in just under 11 hours, the Ministry indicated.
F number 16
L facility Dire Dawa Export Quarantine Station
F time 6:40 a.m.
F quantity 310km
L country Djibouti
F duration 11 hours
> Livestock traders have until now moved animals to the coast by truck, a journey of three to four days during which, exporters say, up to 6 percent of the goats die or lose weight.
F number three
F duration four days
F percent 6 percent
> State Minister of Agriculture for the Livestock and Fisheries Sector Dr. Ayelech Tefera Gebru, who saw off the train in Dire Dawa, said the rail link would cut transport costs by nearly half and help Ethiopia meet the health and welfare requirements of Gulf buyers.
P full Ayelech Tefera Gebru
L city Dire Dawa
F fraction half
L country Ethiopia
L region Gulf
> "Our animals are healthy when they leave the quarantine station. What we lose is on the road. With the train, a goat that leaves Dire Dawa in the morning is at the port in the evening," Dr. Ayelech said.
Q direct Ayelech Tefera Gebru :: "Our animals are healthy when they leave the quarantine station. What we lose is on the road. With the train, a goat that leaves Dire Dawa in the morning is at the port in the evening,"
L city Dire Dawa
P partial Ayelech
> She said Ethiopia exported 1.38 million heads of live animals worth USD 412 million during the first seven months of the 2032 Ethiopian fiscal year, up 18 percent from the same period last year, and that the government aims to double the earnings within five years.
L country Ethiopia
F number 1.38 million
F money USD 412 million
F duration seven months
F date 2032
F percent 18 percent
F duration five years
> According to the Ministry, Saudi Arabia, Jordan, the United Arab Emirates and Oman are the main destinations, with demand expected to rise ahead of the Hajj season later this year.
L country Saudi Arabia
L country Jordan
L country United Arab Emirates
L country Oman
> Ethio-Djibouti Standard Gauge Rail Transport Share Company (EDR) Deputy CEO for Operations Eng. Dawit Kebede Wolde said the company had fitted the wagons with ventilation panels, water troughs and loading ramps at its Dire Dawa workshop at a cost of 38 million birr.
O company Ethio-Djibouti Standard Gauge Rail Transport Share Company
O company EDR
P full Dawit Kebede Wolde
L city Dire Dawa
F money 38 million birr
> "For now we plan two livestock trains a week. If the exporters fill them, we can run one every day from June," he said, adding that each wagon carries up to 300 small ruminants or 40 head of cattle.
Q direct Dawit Kebede Wolde :: "For now we plan two livestock trains a week. If the exporters fill them, we can run one every day from June,"
F number two
F number 300
F number 40
> The train crossed into Djibouti at Dewele, where Ethiopian and Djiboutian veterinary and customs officers carried out joint inspections, and was received at Damerjog by officials of the Djibouti Ports and Free Zones Authority (DPFZA).
L country Djibouti
L city Dewele
L facility Damerjog
O government Djibouti Ports and Free Zones Authority
O government DPFZA
> According to DPFZA, the Damerjog port has holding pens for 60,000 animals and a dedicated berth for livestock carriers.
O government DPFZA
L facility Damerjog
F number 60,000
> Mohammed Abdella Yusuf, President of the Ethiopian Live Animal Exporters Association, welcomed the service but said exporters still faced shortages of foreign currency and long waits for export permits.
P full Mohammed Abdella Yusuf
O nonprofit Ethiopian Live Animal Exporters Association
> "The train is good news. But an exporter who waits 40 days for a permit has already lost the Hajj market,” Ato Mohammed said, urging the Ministry of Trade and Regional Integration and the National Bank of Ethiopia to speed up approvals.
Q direct Mohammed Abdella Yusuf :: "The train is good news. But an exporter who waits 40 days for a permit has already lost the Hajj market,”
F duration 40 days
P partial Mohammed
O government Ministry of Trade and Regional Integration
O government National Bank of Ethiopia
> Abdirashid Hassan Farah, a trader from Jigjiga in the Somali Regional State who sent 600 goats on the first train, said the animals arrived "calm and with their weight".
P full Abdirashid Hassan Farah
L city Jigjiga
L region Somali Regional State
F number 600
Q direct Abdirashid Hassan Farah :: "calm and with their weight"
> "By truck, my goats stand in the sun at the border for one day, sometimes two days. This time I loaded them in the morning and they were on the ship list by night," he told ENA.
Q direct Abdirashid Hassan Farah :: "By truck, my goats stand in the sun at the border for one day, sometimes two days. This time I loaded them in the morning and they were on the ship list by night,"
F duration one day
F duration two days
O media ENA
> The livestock sector accounts for about 16 percent of Ethiopia's gross domestic product, but formal exports remain small compared with the estimated 70 million cattle, 42 million sheep and 52 million goats in the country, according to the Ministry.
F percent 16 percent
L country Ethiopia
F number 70 million
F number 42 million
F number 52 million
> Officials said much of the trade still crosses the border informally towards ports in Somaliland and Puntland, costing the country an estimated USD 1.5 billion a year in lost export earnings.
L region Somaliland
L region Puntland
F money USD 1.5 billion
> The Ministry said the second train is scheduled to leave Dire Dawa on Saturday with 3,900 sheep and goats and 120 head of cattle.
L city Dire Dawa
F number 3,900
F number 120
'''

ARTICLES['515-blue-cave-bisevo-daily-visitor-cap-komiza-vis-more-i-krs-croatia-week'] = r'''
> Travel
> Blue Cave on Biševo to limit visitors to 1,800 a day this summer
L geo Blue Cave
L geo Biševo
F number 1,800
> By Lana Vuković Škaro
P full Lana Vuković Škaro
> April 9, 2037
F date April 9, 2037
> Boats wait at the entrance to the Blue Cave on Biševo (Photo: Tonko Mardešić/HTZ)
L geo Blue Cave
L geo Biševo
P full Tonko Mardešić
O government HTZ
> The Blue Cave (Modra špilja) on the island of Biševo, one of the most visited natural sights on the Adriatic, will be limited to 1,800 visitors a day from June 15, the public institution that manages protected areas in Split-Dalmatia County announced on Wednesday.
L geo Blue Cave
L geo Modra špilja
L geo Biševo
L geo Adriatic
F number 1,800
F date June 15
L region Split-Dalmatia County
> Adult tickets will also go up from €24 to €30, with children under 12 paying €15, according to More i krš (Sea and Karst), the county’s public institution for protected natural areas.
F money €24
F money €30
F age 12
F money €15
O government More i krš
O government Sea and Karst
> The institution said the cap was needed “to protect the cave and the quality of the visit”. Last summer the cave received a record 246,000 visitors, up 14 percent on 2035, with more than 2,900 people on the busiest days in August, when boats queued for up to three hours in the bay of Mezuporat.
Q direct More i krš :: “to protect the cave and the quality of the visit”
F number 246,000
F percent 14 percent
F date 2035
F number 2,900
F duration three hours
L geo Mezuporat
> Visitors can only enter the cave, which is lit by sunlight reflected through an underwater opening, in small boats carrying up to 10 people, and each visit lasts about 12 minutes.
F number 10
F duration 12 minutes
> “We have reached the point where the number of people is damaging the experience and, we believe, the cave itself,” said Nives Žuvela Bogdanović, head of the institution’s Vis office.
Q direct Nives Žuvela Bogdanović :: “We have reached the point where the number of people is damaging the experience and, we believe, the cave itself,”
P full Nives Žuvela Bogdanović
L city Vis
> “With 2,900 people a day, nobody sees anything. They wait three hours in the sun for ten minutes in a queue inside the cave.”
Q direct Nives Žuvela Bogdanović :: “With 2,900 people a day, nobody sees anything. They wait three hours in the sun for ten minutes in a queue inside the cave.”
F number 2,900
F duration three hours
F duration ten minutes
> Tickets will be sold online in 30-minute slots, with a limited number kept at the ticket office in Mezuporat for visitors arriving on their own boats. The cap applies from June 15 to September 15.
F duration 30-minute
L geo Mezuporat
F date June 15
F date September 15
> Researchers from the University of Split’s Faculty of Science, who have monitored the cave since 2034, found that carbon dioxide inside rose to 1,400 parts per million on the busiest afternoons last August, more than three times the level measured in May.
O education University of Split
O education Faculty of Science
F date 2034
F quantity 1,400 parts per million
F number three
> Boat operators in Komiža, the town on Vis from which most trips to Biševo depart, have given the cap a mixed reception.
L city Komiža
L geo Vis
L geo Biševo
> “Everybody knows the summer crowds were too much,” said Ante Zanki, who runs three boats from the Komiža harbour and heads a local association of tour boat owners. “But 1,800 is a number from an office. The question is how the slots are divided between the big agencies from Split and Hvar and us who live here.”
Q direct Ante Zanki :: “Everybody knows the summer crowds were too much,”
P full Ante Zanki
F number three
L city Komiža
Q direct Ante Zanki :: “But 1,800 is a number from an office. The question is how the slots are divided between the big agencies from Split and Hvar and us who live here.”
F number 1,800
L city Split
L city Hvar
> Zanki said excursions from Split, about two and a half hours away by speedboat, had grown fastest in recent years and often reached the cave at the same time in the late morning.
P partial Zanki
L city Split
F duration two and a half hours
> The institution said 40 percent of the daily slots would be reserved for operators based in the Town of Komiža, which includes Biševo. Komiža mayor Dinko Vitaljić called the share “a fair start” but said the town would ask for half.
F percent 40 percent
L city Town of Komiža
L geo Biševo
L city Komiža
P full Dinko Vitaljić
Q direct Dinko Vitaljić :: “a fair start”
F fraction half
> A skipper who has run Blue Cave trips from Komiža for 15 years, and who did not want to be named, told Croatia Week the cap could push visitors to other caves on Biševo and nearby Ravnik, “where nobody is counting anything”.
L geo Blue Cave
L city Komiža
F duration 15 years
O media Croatia Week
L geo Biševo
L geo Ravnik
Q direct - :: “where nobody is counting anything”
> The Green Cave on Ravnik, usually visited on the same trips, is not covered by the new rules.
L geo Green Cave
L geo Ravnik
> Split-Dalmatia County recorded 21.6 million overnight stays in 2036, according to eVisitor data published by the Croatian National Tourist Board (HTZ), with islands such as Vis and Brač growing faster than the coast.
L region Split-Dalmatia County
F number 21.6 million
F date 2036
O government Croatian National Tourist Board
O government HTZ
L geo Vis
L geo Brač
> Other Croatian sights already limit numbers: Dubrovnik caps the cruise passengers allowed into its old town, and Plitvice Lakes National Park sells summer entry by time slot.
L city Dubrovnik
L geo Plitvice Lakes National Park
> Jadrolinija ferries reach Vis town from Split in about two hours and 20 minutes. Tickets for the Blue Cave’s 2037 season go on sale on the institution’s website on May 1.
O company Jadrolinija
L city Vis
L city Split
F duration two hours
F duration 20 minutes
L geo Blue Cave
F date 2037
F date May 1
'''

ARTICLES['516-judge-quashes-three-rivers-rezoning-vote-brudenell-councillor-conflict-eastern-graphic'] = r'''
> News
> Judge throws out Three Rivers rezoning vote as 'tainted' by councillor's conflict
L city Three Rivers
Q direct Margaret Acorn :: 'tainted'
> Brudenell subdivision of 58 lots goes back to council after Supreme Court ruling
L city Brudenell
F number 58
O government Supreme Court
> By Shannon MacEachern-Doiron
P full Shannon MacEachern-Doiron
> Published Nov. 19, 2036
F date Nov. 19, 2036
> Residents of Brudenell Point Road fill the Three Rivers council chambers in Montague for the June 16 vote. (Graphic file photo)
L street Brudenell Point Road
L city Three Rivers
L city Montague
F date June 16
O media Graphic
> A P.E.I. Supreme Court justice has set aside a Three Rivers council vote that rezoned 61 acres of farmland in Brudenell for a waterfront subdivision, ruling that one of the councillors who voted for it should have declared a conflict of interest.
O government P.E.I. Supreme Court
L city Three Rivers
F quantity 61 acres
L city Brudenell
> In a 24-page decision released Nov. 14, Justice Margaret Acorn found that Coun. Blair Dingwell's brother-in-law held an option to buy part of the land from the developer, Poole's Corner Holdings Inc., if the rezoning passed.
F number 24
F date Nov. 14
P full Margaret Acorn
P full Blair Dingwell
O company Poole's Corner Holdings Inc.
> "A reasonably well-informed person would conclude that Coun. Dingwell had a pecuniary interest, through a close family member, in the outcome of the vote," Acorn wrote. "His participation tainted the vote."
Q direct Margaret Acorn :: "A reasonably well-informed person would conclude that Coun. Dingwell had a pecuniary interest, through a close family member, in the outcome of the vote,"
P partial Dingwell
P partial Acorn
Q direct Margaret Acorn :: "His participation tainted the vote."
> Council voted 4-3 on June 16 to rezone the land from agricultural to residential, clearing the way for 58 lots along the Brudenell River. Dingwell voted with the majority and did not declare a conflict.
F number 4-3
F date June 16
F number 58
L geo Brudenell River
P partial Dingwell
> Acorn ordered the town to pay $4,500 in costs to the Brudenell Shore Residents Association, which brought the application in August, and sent the bylaw back to council for a new vote in which Dingwell may not take part.
P partial Acorn
F money $4,500
O nonprofit Brudenell Shore Residents Association
P partial Dingwell
> The association's chairwoman, Colleen Arsenault-Gaudet, said about 40 residents filled the courtroom at the Sir Louis Henry Davies Law Courts in Charlottetown for the hearing, which took two days in October.
P full Colleen Arsenault-Gaudet
F number 40
L facility Sir Louis Henry Davies Law Courts
L city Charlottetown
F duration two days
> "We were told again and again that we were against progress. We were never against houses. We were against a vote that wasn't fair," she said. "Now council has to do it properly."
Q direct Colleen Arsenault-Gaudet :: "We were told again and again that we were against progress. We were never against houses. We were against a vote that wasn't fair,"
Q direct Colleen Arsenault-Gaudet :: "Now council has to do it properly."
> Dingwell, 62, told the Graphic he had "nothing to hide" and had asked the town's solicitor before the vote whether he needed to step out.
P partial Dingwell
F age 62
O media Graphic
Q direct Blair Dingwell :: "nothing to hide"
> "I was told there was no conflict because my brother-in-law doesn't own anything yet. I accept the decision, but I'd ask people to remember that I've sat on council since Three Rivers was formed in 2018 and never had a complaint," he said.
Q direct Blair Dingwell :: "I was told there was no conflict because my brother-in-law doesn't own anything yet. I accept the decision, but I'd ask people to remember that I've sat on council since Three Rivers was formed in 2018 and never had a complaint,"
L city Three Rivers
F date 2018
> Under P.E.I.'s Municipal Government Act, a councillor must disclose any pecuniary interest, including that of a spouse or close family member, and leave the room during discussion and voting.
L region P.E.I.
> Mayor Darlene MacPhail-Creed said council would discuss the ruling at its regular meeting on Monday, Nov. 24, at 7 p.m. in Montague.
P full Darlene MacPhail-Creed
F date Nov. 24
F time 7 p.m.
L city Montague
> "We respect the court. Council will look at its options, including an appeal, with our solicitor," she said in a statement. The town has 30 days to appeal to the Court of Appeal.
Q direct Darlene MacPhail-Creed :: "We respect the court. Council will look at its options, including an appeal, with our solicitor,"
F duration 30 days
O government Court of Appeal
> Poole's Corner Holdings president Trevor Keenan said the company had already spent about $1.2 million on surveys, engineering and a road plan, and would wait for the new vote before deciding what to do.
O company Poole's Corner Holdings
P full Trevor Keenan
F money $1.2 million
> "The demand is there. People from Ontario and Alberta are buying anything with a water view in Kings County," he said.
Q direct Trevor Keenan :: "The demand is there. People from Ontario and Alberta are buying anything with a water view in Kings County,"
L region Ontario
L region Alberta
L region Kings County
> The land lies across the river from Brudenell River Provincial Park and about 10 kilometres from the Georgetown shipyard.
L geo Brudenell River Provincial Park
F quantity 10 kilometres
L city Georgetown
> In October, the Island Regulatory and Appeals Commission (IRAC) dismissed a separate appeal by the residents, saying the question of conflict belonged before the courts.
O government Island Regulatory and Appeals Commission
O government IRAC
> Three Rivers, home to about 7,900 people, was formed in 2018 from Montague, Georgetown, Cardigan, Brudenell, Lorne Valley, Valleyfield and Lower Montague.
L city Three Rivers
F number 7,900
F date 2018
L city Montague
L city Georgetown
L city Cardigan
L city Brudenell
L city Lorne Valley
L city Valleyfield
L city Lower Montague
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
