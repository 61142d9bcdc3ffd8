#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval298 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval298/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1831-durham-cathedral-lead-roof-appeal-dean-sunderland-mason-northern-echo'] = r'''
> News
> Durham Cathedral roof 'is running out of time', Dean warns as £14m appeal opens
L facility Durham Cathedral
Q direct Alison Threlkeld :: 'is running out of time'
F money £14m
> Almost 950 years after work began, 38 tonnes of lead must be stripped and recast before the next winter storms
F duration 950 years
F quantity 38 tonnes
> By Harriet Colling-Wood, Reporter
P full Harriet Colling-Wood
> Published: 3rd April 2041
F date 3rd April 2041
> Stonemason Liam Pattinson on the nave roof of Durham Cathedral, above the River Wear (Image: SIMON HARDACRE/THE NORTHERN ECHO)
P full Liam Pattinson
L facility Durham Cathedral
L geo River Wear
P full SIMON HARDACRE
O media THE NORTHERN ECHO
> THE Dean of Durham has launched a £14 million appeal to replace the lead roof of Durham Cathedral, warning that rainwater is reaching the medieval timbers above the nave.
L city Durham
F money £14 million
L facility Durham Cathedral
> The Very Rev Alison Threlkeld, who became Dean in 2038, said the 12-year programme would strip and recast about 38 tonnes of lead over the nave, the quire and the central tower, one of the largest lead roofs in England, and replace 140 metres of gutter.
P full Alison Threlkeld
F date 2038
F duration 12-year
F quantity 38 tonnes
L country England
F quantity 140 metres
> "We are only the latest people asked to look after this building for a while," she said. "The roof has kept the weather out since the 1650s, and it has worn out. If we do nothing, the question is not whether the water gets in but when.
Q direct Alison Threlkeld :: "We are only the latest people asked to look after this building for a while,"
Q direct Alison Threlkeld :: "The roof has kept the weather out since the 1650s, and it has worn out. If we do nothing, the question is not whether the water gets in but when.
F date 1650s
> "I would rather our grandchildren inherited a dry cathedral than a very expensive bucket."
Q direct Alison Threlkeld :: "I would rather our grandchildren inherited a dry cathedral than a very expensive bucket."
> Historic England, which advises the cathedral on its Grade I-listed fabric, has pledged £2.5m over three years. Its principal inspector for the North East, Dr Imran Qadir, said a drone survey in January had found 61 separate leaks.
O government Historic England
F money £2.5m
F duration three years
L region North East
P full Imran Qadir
F number 61
> "Old lead creeps. It slides downhill a little every year until it tears," Dr Qadir said. "On the south side some sheets have moved by a third of their width, and after the 'wet winter' of 2040 we found daylight through the boards in two places."
Q direct Imran Qadir :: "Old lead creeps. It slides downhill a little every year until it tears,"
P partial Qadir
Q direct Imran Qadir :: "On the south side some sheets have moved by a third of their width, and after the 'wet winter' of 2040 we found daylight through the boards in two places."
F fraction a third
F date 2040
F number two
> The lead will be laid by eight masons and plumbers under Liam Pattinson, 47, from Sunderland, who first climbed the cathedral's scaffolding as an 18-year-old apprentice.
F number eight
P full Liam Pattinson
F age 47
L city Sunderland
F age 18-year-old
> "Folk in Sunderland say it's Durham's cathedral, not ours. I tell them the lads who built it came from all over the North East," Mr Pattinson said. He expects each new sheet, cast on site at 2.24mm thick, to take "about 40 minutes" to lay from what masons call the "cat walk", a ridge path 28 metres above the nave floor.
Q direct Liam Pattinson :: "Folk in Sunderland say it's Durham's cathedral, not ours. I tell them the lads who built it came from all over the North East,"
L city Sunderland
L city Durham
L region North East
P partial Pattinson
F quantity 2.24mm
Q direct Liam Pattinson :: "about 40 minutes"
F duration 40 minutes
Q scare - :: "cat walk"
F quantity 28 metres
> Professor Ruth Fenwick-Allan, a historian at Durham University, said the roof had been renewed at least four times since the Normans began work in 1093. "Every generation has found the money in its own way," she said. "In the 1990s it was lottery grants. In 2041 it has to be ordinary people giving £5."
P full Ruth Fenwick-Allan
O education Durham University
F number four
F date 1093
Q direct Ruth Fenwick-Allan :: "Every generation has found the money in its own way,"
Q direct Ruth Fenwick-Allan :: "In the 1990s it was lottery grants. In 2041 it has to be ordinary people giving £5."
F date 1990s
F date 2041
F money £5
> The cathedral welcomed 612,000 visitors last year, up 9 per cent on 2039, and charges no admission. Durham Cathedral said in a statement that services would continue throughout and that the appeal was "for everyone who has ever lit a candle here".
F number 612,000
F percent 9 per cent
F date 2039
O other Durham Cathedral
Q direct Durham Cathedral :: "for everyone who has ever lit a candle here"
> The National Lottery Heritage Fund (NLHF) is considering a separate bid for £4m, and a decision from the NLHF is expected on 11 December. Scaffolding will close one lane of Saddler Street and part of North Bailey for 14 weeks from 5 May, Durham County Council said.
O government National Lottery Heritage Fund
O government NLHF
F money £4m
O government NLHF
F date 11 December
F number one
L street Saddler Street
L street North Bailey
F duration 14 weeks
F date 5 May
O government Durham County Council
> A volunteer guide, who asked not to be named, said buckets had stood in the south aisle "on more than a dozen wet Sundays" this year. "Visitors think they are some kind of modern art," she said.
Q direct - :: "on more than a dozen wet Sundays"
F number dozen
Q direct - :: "Visitors think they are some kind of modern art,"
'''

ARTICLES['1832-najm-airways-airbus-widebody-order-dubai-airshow-boeing-reuters'] = r'''
> Najm Airways orders 45 Airbus widebodies at Dubai Airshow in blow to Boeing
O company Najm Airways
F number 45
O company Airbus
O company Boeing
> By Farah Al-Suwaidi and Tom Brennick
P full Farah Al-Suwaidi
P full Tom Brennick
> November 18, 2041 11:42 AM GMT+4 Updated 3 hours ago
F date November 18, 2041
F time 11:42 AM GMT+4
F duration 3 hours
> Najm Airways chief executive Salim al-Rawahi and Airbus commercial chief Mathilde Ferrand-Roux shake hands at the Dubai Airshow at Dubai World Central, Dubai, United Arab Emirates, November 18, 2041. REUTERS/Ahmed Jaber
O company Najm Airways
P full Salim al-Rawahi
O company Airbus
P full Mathilde Ferrand-Roux
L facility Dubai World Central
L city Dubai
L country United Arab Emirates
F date November 18, 2041
O media REUTERS
P full Ahmed Jaber
> Summary
> Firm order for 30 A350-1000s and 15 A330-900s worth $19.6 billion at list prices
F number 30
F number 15
F money $19.6 billion
> Muscat-based carrier plans to double long-haul fleet by 2048
L city Muscat
F date 2048
> Boeing says it remains "in close dialogue" with airline
O company Boeing
Q direct Boeing :: "in close dialogue"
> DUBAI, Nov 18 (Reuters) - Oman's Najm Airways on Monday ordered 45 Airbus widebody jets worth $19.6 billion at list prices, dealing a blow to Boeing at the Dubai Airshow as airlines in the Gulf race to add long-haul capacity between Europe and Asia.
L city DUBAI
F date Nov 18
O media Reuters
L country Oman
O company Najm Airways
F number 45
O company Airbus
F money $19.6 billion
O company Boeing
L region Gulf
L continent Europe
L continent Asia
> The Muscat-based carrier, which flies 22 widebodies, signed firm orders for 30 A350-1000s and 15 A330-900s, with options for 10 more, and plans to double its long-haul fleet by 2048, chief executive Salim al-Rawahi told reporters.
L city Muscat
F number 22
F number 30
F number 15
F number 10
F date 2048
P full Salim al-Rawahi
> "Our passengers are flying further, and they want to do it in a quieter cabin with a proper seat," al-Rawahi said. "In the end the numbers on fuel and on seats decided it."
Q direct Salim al-Rawahi :: "Our passengers are flying further, and they want to do it in a quieter cabin with a proper seat,"
P partial al-Rawahi
Q direct Salim al-Rawahi :: "In the end the numbers on fuel and on seats decided it."
> He said the A350-1000s would seat about 350 passengers in three classes, against 298 on the 787-9s the airline leases today, and that each would burn roughly 25% less fuel per seat than the Airbus A330-200s they replace.
F number 350
F number three
F number 298
F percent 25%
> Mathilde Ferrand-Roux, Airbus's chief commercial officer, called the deal "a statement about where long-haul flying is going" and said the planemaker had now booked 212 widebody orders at the show, its best total since 2036. Deliveries will begin in the first half of 2044 from Toulouse.
P full Mathilde Ferrand-Roux
O company Airbus
Q direct Mathilde Ferrand-Roux :: "a statement about where long-haul flying is going"
F number 212
F date 2036
F date 2044
L city Toulouse
> "Eighteen months ago people told us the Gulf was a Boeing market," she said. "I think this week has answered that."
Q direct Mathilde Ferrand-Roux :: "Eighteen months ago people told us the Gulf was a Boeing market,"
F duration Eighteen months
L region Gulf
O company Boeing
Q direct Mathilde Ferrand-Roux :: "I think this week has answered that."
> Boeing, which had offered its 777-9 and a package of 787-10s, said in a statement it remained "in close dialogue" with Najm. A person familiar with the talks said the U.S. planemaker had cut its price by "well over a third" in the final round but could not match Airbus's delivery slots before 2046.
O company Boeing
Q direct Boeing :: "in close dialogue"
O company Najm
L country U.S.
Q direct - :: "well over a third"
F fraction a third
O company Airbus
F date 2046
> Oliver Akande-Smythe, a partner at London consultancy Kestrel Aviation Partners, said the order reflected the strain on hubs in Dubai, Doha and Abu Dhabi, where slots at peak hours are "effectively sold out", and a shift away from what analysts call the "super-connector" model.
P full Oliver Akande-Smythe
L city London
O company Kestrel Aviation Partners
L city Dubai
L city Doha
L city Abu Dhabi
Q direct Oliver Akande-Smythe :: "effectively sold out"
Q scare - :: "super-connector"
> "Najm is betting it can be the airline for people who want to avoid the three giants next door," he said. "Widebody traffic through the region grew 11.4% last year, and the airline needs to win perhaps 4 million extra passengers a year to fill these aircraft."
Q direct Oliver Akande-Smythe :: "Najm is betting it can be the airline for people who want to avoid the three giants next door,"
O company Najm
F number three
Q direct Oliver Akande-Smythe :: "Widebody traffic through the region grew 11.4% last year, and the airline needs to win perhaps 4 million extra passengers a year to fill these aircraft."
F percent 11.4%
F number 4 million
> The International Air Transport Association (IATA) expects Middle East passenger traffic to grow 5.2% a year through 2050, faster than any region except Africa. IATA told the show on Sunday that "the Gulf is running out of runway, not demand."
O nonprofit International Air Transport Association
O nonprofit IATA
L region Middle East
F percent 5.2%
F date 2050
L continent Africa
O nonprofit IATA
Q direct International Air Transport Association :: "the Gulf is running out of runway, not demand."
L region Gulf
> Rolls-Royce will supply Trent XWB-97 engines for the A350s under a separate deal valued at $3.1 billion over 12 years, Najm said.
O company Rolls-Royce
F money $3.1 billion
F duration 12 years
O company Najm
> Airbus shares rose 1.8% in Paris, while Boeing fell 0.6% in New York trading.
O company Airbus
F percent 1.8%
L city Paris
O company Boeing
F percent 0.6%
L city New York
> Reporting by Farah Al-Suwaidi in Dubai and Tom Brennick in London; Editing by Keir Whitcombe
P full Farah Al-Suwaidi
L city Dubai
P full Tom Brennick
L city London
P full Keir Whitcombe
'''

ARTICLES['1833-british-grand-prix-silverstone-brodie-hayes-varrone-two-stop-bbc-sport'] = r'''
> Formula 1
O other Formula 1
> British Grand Prix: Callum Brodie-Hayes holds off Matteo Varrone to win at Silverstone
P full Callum Brodie-Hayes
P full Matteo Varrone
L facility Silverstone
> By Eleanor Mabbutt
P full Eleanor Mabbutt
> BBC Sport at Silverstone
O media BBC Sport
L facility Silverstone
> Published 7 July 2041
F date 7 July 2041
> Image source, Getty Images
O media Getty Images
> Image caption, Brodie-Hayes became the first British driver to win at Silverstone since 2036
P partial Brodie-Hayes
L facility Silverstone
F date 2036
> McLaren’s Callum Brodie-Hayes won a tense British Grand Prix by 1.204 seconds from Ferrari’s Matteo Varrone after a late gamble on a two-stop strategy paid off in front of a record 164,000 crowd at Silverstone.
O team McLaren
P full Callum Brodie-Hayes
F duration 1.204 seconds
O team Ferrari
P full Matteo Varrone
F number two
F number 164,000
L facility Silverstone
> The 26-year-old from Towcester, who started fifth on the grid, passed Varrone around the outside of Stowe with four of the 52 laps remaining to claim his third win of the season and the 25 points that take him level with Mercedes driver Kenji Arakawa at the top of the standings.
F age 26-year-old
L city Towcester
P partial Varrone
L facility Stowe
F number four
F number 52
F number 25
O team Mercedes
P full Kenji Arakawa
> Arakawa, who had led from the start in 31C heat, finished third, 8.771 seconds further back, after a slow 4.1-second second stop cost him track position to the Ferrari.
P partial Arakawa
F quantity 31C
F duration 8.771 seconds
F duration 4.1-second
O team Ferrari
> The race turned on lap 46, when a shower swept in from the west – the so-called “Northamptonshire drizzle” that teams dread here – and made the run through Maggotts and Becketts treacherous. McLaren said the call to pit again was made “with about 90 seconds to spare” by strategists at its base in Woking.
Q scare - :: “Northamptonshire drizzle”
L region Northamptonshire
L facility Maggotts
L facility Becketts
O team McLaren
Q direct McLaren :: “with about 90 seconds to spare”
F duration 90 seconds
L city Woking
> “When the team came on the radio and said ‘box, box, we’re going for two,’ I honestly thought they’d lost their minds,” Brodie-Hayes said. “The tyres felt fine. But they could see the rain on the radar and they knew the hards would switch on faster than anyone expected.
Q direct Callum Brodie-Hayes :: “When the team came on the radio and said ‘box, box, we’re going for two,’ I honestly thought they’d lost their minds,”
F number two
P partial Brodie-Hayes
Q direct Callum Brodie-Hayes :: “The tyres felt fine. But they could see the rain on the radar and they knew the hards would switch on faster than anyone expected.
> “Going round the outside at Stowe in front of this crowd, with my mum somewhere in the grandstand – I’ll remember that lap for the rest of my life.”
Q direct Callum Brodie-Hayes :: “Going round the outside at Stowe in front of this crowd, with my mum somewhere in the grandstand – I’ll remember that lap for the rest of my life.”
L facility Stowe
> Brodie-Hayes also set the fastest lap, a 1:27.904 on lap 49, and his second stop took only 2.3 seconds. Varrone, who started from pole, led the middle 30 laps but said Ferrari had been “a lap too late” in reacting to the weather.
P partial Brodie-Hayes
F duration 1:27.904
F duration 2.3 seconds
P partial Varrone
F number 30
O team Ferrari
Q direct Matteo Varrone :: “a lap too late”
> “We had the pace to win and we gave it away. It’s not the first time this year,” he said. The Italian, 29, had also lost out to Brodie-Hayes in Montreal two races ago.
Q direct Matteo Varrone :: “We had the pace to win and we gave it away. It’s not the first time this year,”
F age 29
P partial Brodie-Hayes
L city Montreal
F number two
> A Mercedes engineer, speaking on condition of anonymity, said the team had “simply misread the radar” and left Arakawa out for one lap too many.
O team Mercedes
Q direct - :: “simply misread the radar”
P partial Arakawa
F number one
> Further back, Williams rookie Tomasz Wierzbicki-Lund, 19, was the best of the rest in seventh after starting 14th, passing three cars at Copse in the closing stages.
O team Williams
P full Tomasz Wierzbicki-Lund
F age 19
F number three
L facility Copse
> Brodie-Hayes and Arakawa now have 186 points each after 12 of the 24 rounds, with Varrone a further 14 behind. The championship moves on to the Hungaroring in Hungary in two weeks’ time.
P partial Brodie-Hayes
P partial Arakawa
F number 186
F number 12
F number 24
P partial Varrone
F number 14
L facility Hungaroring
L country Hungary
F duration two weeks
'''

ARTICLES['1834-kolkata-dengue-outbreak-salt-lake-sskm-beds-kmc-times-of-india'] = r'''
> Kolkata News
L city Kolkata
> Dengue Cases Cross 4,800 In Kolkata; SSKM Adds 120 Beds As Salt Lake Turns Hotspot
F number 4,800
L city Kolkata
O other SSKM
F number 120
L city Salt Lake
> Sumana Ghoshal / TNN / Updated: Sep 22, 2042, 06:18 IST
P full Sumana Ghoshal
O media TNN
F date Sep 22, 2042
F time 06:18 IST
> A KMC worker sprays larvicide into a drain at Kasba on Sunday. (TOI photo by Arindam Mukherjee-Roy)
O government KMC
L city Kasba
O media TOI
P full Arindam Mukherjee-Roy
> KOLKATA: Dengue cases in the city have crossed 4,800 this season, with 17 deaths, and the state-run SSKM Hospital has added 120 beds to cope with a surge that doctors say is peaking a fortnight later than usual.
L city KOLKATA
F number 4,800
F number 17
O other SSKM Hospital
F number 120
> State health secretary Debashree Sanyal-Mitra said on Sunday that West Bengal had recorded 11,642 cases since June 1, of which 41% were from Kolkata and the adjoining Bidhannagar, Howrah and North 24-Parganas. "The numbers are high, but we are testing far more than last year. Nobody with fever should sit at home for three days," she said.
P full Debashree Sanyal-Mitra
L region West Bengal
F number 11,642
F date June 1
F percent 41%
L city Kolkata
L city Bidhannagar
L city Howrah
L region North 24-Parganas
Q direct Debashree Sanyal-Mitra :: "The numbers are high, but we are testing far more than last year. Nobody with fever should sit at home for three days,"
F duration three days
> Swasthya Bhawan has asked all private hospitals to report platelet counts below 20,000 within six hours, and patients with complications are being referred to the Infectious Diseases Hospital at Beleghata, officials said.
O government Swasthya Bhawan
F number 20,000
F duration six hours
L facility Infectious Diseases Hospital
L city Beleghata
> At SSKM's medicine ward, where patients lay two to a bed last week, Dr Arnab Chakladar said 38% of those admitted in September had the more severe DENV-2 strain. "Most young patients recover in seven to 10 days. Our worry is the elderly and people with diabetes, who can crash suddenly after the fever breaks," he said.
O other SSKM
F number two
P full Arnab Chakladar
F percent 38%
Q direct Arnab Chakladar :: "Most young patients recover in seven to 10 days. Our worry is the elderly and people with diabetes, who can crash suddenly after the fever breaks,"
F duration seven
F duration 10 days
> "Families come in asking for the 'platelet drip' they read about on WhatsApp. There is no such thing," Dr Chakladar said. The youngest to die this season was a nine-year-old girl from Behala.
Q direct Arnab Chakladar :: "Families come in asking for the 'platelet drip' they read about on WhatsApp. There is no such thing,"
O company WhatsApp
P partial Chakladar
F age nine-year-old
L city Behala
> In Salt Lake's CF Block, resident Tapasi Haldar, 63, said three of the 14 families in her building had a dengue patient. "Water collects on the construction site next door for weeks. We complained to the Bidhannagar Municipal Corporation (BMC) twice in August," she said.
L city Salt Lake
L city CF Block
P full Tapasi Haldar
F age 63
F number three
F number 14
Q direct Tapasi Haldar :: "Water collects on the construction site next door for weeks. We complained to the Bidhannagar Municipal Corporation (BMC) twice in August,"
O government Bidhannagar Municipal Corporation
O government BMC
> A BMC official, who did not wish to be named, said the builder had been fined Rs 2.5 lakh and that "larvae were found in 312 of the 1,900 premises we checked" along the EM Bypass.
O government BMC
F money Rs 2.5 lakh
Q direct - :: "larvae were found in 312 of the 1,900 premises we checked"
F number 312
F number 1,900
L street EM Bypass
> Kolkata Municipal Corporation (KMC) deputy chief municipal health officer Dr Sujoy Basak-Rahman said 16 of the KMC's 144 wards had been marked "red zones", mostly in low-lying pockets near the East Kolkata Wetlands, Tiljala and Jadavpur.
O government Kolkata Municipal Corporation
O government KMC
P full Sujoy Basak-Rahman
F number 16
O government KMC
F number 144
Q scare - :: "red zones"
L geo East Kolkata Wetlands
L city Tiljala
L city Jadavpur
> "We have 2,300 field workers going door to door, six days a week. But a single flower tub on a roof can breed hundreds of mosquitoes," he said. "People must check their terraces every Sunday.
Q direct Sujoy Basak-Rahman :: "We have 2,300 field workers going door to door, six days a week. But a single flower tub on a roof can breed hundreds of mosquitoes,"
F number 2,300
F duration six days
Q direct Sujoy Basak-Rahman :: "People must check their terraces every Sunday.
> "If they don't, the rain in October will undo all our work."
Q direct Sujoy Basak-Rahman :: "If they don't, the rain in October will undo all our work."
> Last year Kolkata recorded 6,910 cases and 29 deaths, one of the worst tallies in eastern India. The state has set aside Rs 48 crore for vector control in 2042-43, up 12% from the previous year.
L city Kolkata
F number 6,910
F number 29
L country India
F money Rs 48 crore
F date 2042-43
F percent 12%
'''

ARTICLES['1835-everglades-eaa-reservoir-contract-sfwmd-belle-glade-sugar-miami-herald'] = r'''
> Environment
> ‘It’s about time’: $1.9 billion contract signed to finish Everglades reservoir
Q direct Wade Tillman :: ‘It’s about time’
F money $1.9 billion
L geo Everglades
> By Daniela Ferreira-Hutchins
P full Daniela Ferreira-Hutchins
> Updated October 14, 2042 5:36 PM
F date October 14, 2042
F time 5:36 PM
> Crews work on the southern embankment of the EAA Reservoir south of Lake Okeechobee on Oct. 9, 2042. MARCUS O'HALLORAN-PIKE mohalloran@miamiherald.com
L facility EAA Reservoir
L geo Lake Okeechobee
F date Oct. 9, 2042
P full MARCUS O'HALLORAN-PIKE
> The South Florida Water Management District (SFWMD) on Tuesday awarded a $1.9 billion contract to finish the Everglades Agricultural Area Reservoir, the giant basin meant to send cleaner water south from Lake Okeechobee instead of dumping it into the St. Lucie and Caloosahatchee estuaries.
O government South Florida Water Management District
O government SFWMD
F money $1.9 billion
L facility Everglades Agricultural Area Reservoir
L geo Lake Okeechobee
L geo St. Lucie
L geo Caloosahatchee
> Under the contract, Fort Lauderdale-based Osprey Heavy Civil will build 31 miles of embankment around the 10,500-acre reservoir in western Palm Beach County, which will hold up to 78 billion gallons at a depth of 23 feet. The work is due to finish in 2047.
L city Fort Lauderdale
O company Osprey Heavy Civil
F quantity 31 miles
F quantity 10,500-acre
L region Palm Beach County
F quantity 78 billion gallons
F quantity 23 feet
F date 2047
> "This is the single most important piece of Everglades restoration that hasn't been built yet," said Drew Castellanos, the district's executive director, after the 7-2 board vote at its West Palm Beach headquarters. "Every gallon we store here is a gallon that doesn't turn the coast green."
Q direct Drew Castellanos :: "This is the single most important piece of Everglades restoration that hasn't been built yet,"
L geo Everglades
P full Drew Castellanos
F number 7-2
L city West Palm Beach
Q direct Drew Castellanos :: "Every gallon we store here is a gallon that doesn't turn the coast green."
> The SFWMD and the U.S. Army Corps of Engineers will split the cost roughly in half, Castellanos said. The Corps has already spent $860 million on the first phase, including a 6,500-acre stormwater treatment area finished in 2039.
O government SFWMD
O government U.S. Army Corps of Engineers
F fraction half
P partial Castellanos
O government Corps
F money $860 million
F quantity 6,500-acre
F date 2039
> Not everyone around the lake is celebrating. Wade Tillman, 58, whose family has grown sugar cane on 2,400 acres near Belle Glade since 1962, said "it's about time" the reservoir was finished but worries about the 1,200 acres of farmland still to be flooded on its western edge.
P full Wade Tillman
F age 58
F quantity 2,400 acres
L city Belle Glade
F date 1962
Q direct Wade Tillman :: "it's about time"
F quantity 1,200 acres
> "Out here, people hear 'restoration' and they hear 'less work'," he said. "The mill in Clewiston runs on cane. If you take land out of production, somebody's job goes with it."
Q direct Wade Tillman :: "Out here, people hear 'restoration' and they hear 'less work',"
Q direct Wade Tillman :: "The mill in Clewiston runs on cane. If you take land out of production, somebody's job goes with it."
L city Clewiston
> Rep. Yolanda Prieto-Vance, a Weston Democrat who sits on the House Appropriations Committee, said she would seek another $400 million in federal money next year. She called the Lake Okeechobee discharges of 2040, which left 40% of the St. Lucie estuary covered in toxic algae for six weeks, "a disgrace we cannot repeat."
P full Yolanda Prieto-Vance
L city Weston
O government House Appropriations Committee
F money $400 million
L geo Lake Okeechobee
F date 2040
F percent 40%
L geo St. Lucie
F duration six weeks
Q direct Yolanda Prieto-Vance :: "a disgrace we cannot repeat."
> Dr. Renata Oyelaran-Pierce, a hydrologist at Florida International University, said the reservoir alone would cut harmful discharges by about two-thirds in an average year and help send water back into the "River of Grass," but warned it was "not a silver bullet."
P full Renata Oyelaran-Pierce
O education Florida International University
F fraction two-thirds
Q scare - :: "River of Grass,"
Q direct Renata Oyelaran-Pierce :: "not a silver bullet."
> "The water still has to get south through the treatment marshes and under the Tamiami Trail into Everglades National Park," she said. "If those pieces lag, you've built a very expensive bathtub."
Q direct Renata Oyelaran-Pierce :: "The water still has to get south through the treatment marshes and under the Tamiami Trail into Everglades National Park,"
L street Tamiami Trail
L geo Everglades National Park
Q direct Renata Oyelaran-Pierce :: "If those pieces lag, you've built a very expensive bathtub."
> A district engineer who was not authorized to speak publicly said crews would work "around the clock from January" to beat the start of the 2043 hurricane season on June 1, and that 14 pump stations across South Florida would be tested first.
Q direct - :: "around the clock from January"
F date 2043
F date June 1
F number 14
L region South Florida
> Public comment on the embankment design runs until 5 p.m. Nov. 20. A workshop is set for 6 p.m. Oct. 28 at the district's office at 3301 Gun Club Road.
F time 5 p.m.
F date Nov. 20
F time 6 p.m.
F date Oct. 28
L address 3301 Gun Club Road
'''

ARTICLES['1836-germany-coalition-row-industrial-power-price-subsidy-ifo-bundestag-dw'] = r'''
> Politics
> Germany: Coalition split over €14 billion power subsidy for industry
L country Germany
F money €14 billion
> Finance Minister Jonas Albrecht-Kühn says helping energy-hungry firms would blow a hole in the budget. The opposition calls the row "government by quarrel."
P full Jonas Albrecht-Kühn
Q direct Friederike Oltmanns :: "government by quarrel."
> Lena Hartwig-Osei
P full Lena Hartwig-Osei
> 11/06/2042
F date 11/06/2042
> Finance Minister Jonas Albrecht-Kühn arrives for coalition talks at the Chancellery in Berlin on Wednesday Image: Mathias Brandl/dpa/picture alliance
P full Jonas Albrecht-Kühn
L facility Chancellery
L city Berlin
P full Mathias Brandl
O media dpa
O media picture alliance
> Germany's governing coalition was deadlocked on Thursday over a plan to cap electricity prices for energy-intensive industry, with the Social Democrats (SPD) demanding €14 billion over three years and their conservative partners, the Christian Democrats (CDU), refusing to find the money.
L country Germany
O party Social Democrats
O party SPD
F money €14 billion
F duration three years
O party Christian Democrats
O party CDU
> Finance Minister Jonas Albrecht-Kühn, a CDU veteran from Baden-Württemberg, said the so-called "Industriestrompreis" would cost roughly 0.3% of GDP a year and could only be paid for with new borrowing that the constitution's debt brake does not allow.
P full Jonas Albrecht-Kühn
O party CDU
L region Baden-Württemberg
Q scare - :: "Industriestrompreis"
F percent 0.3%
> "I am not going to sign a budget that pretends money exists when it does not," Albrecht-Kühn told reporters in Berlin. "We have already raised defense spending to 3.5% of economic output. Something has to give."
Q direct Jonas Albrecht-Kühn :: "I am not going to sign a budget that pretends money exists when it does not,"
P partial Albrecht-Kühn
L city Berlin
Q direct Jonas Albrecht-Kühn :: "We have already raised defense spending to 3.5% of economic output. Something has to give."
F percent 3.5%
> The SPD says up to 900,000 industrial jobs are at risk. Chemical plants along the Rhine have shed 4,200 jobs since 2040, and steelmakers in the Ruhr and Saxony say they pay almost twice as much for power as rivals in France.
O party SPD
F number 900,000
L geo Rhine
F number 4,200
F date 2040
L region Ruhr
L region Saxony
L country France
> Helga Steinmetz-Ilić of the Left Party, who chairs the Bundestag's budget committee, said the committee would not vote on the 2043 budget until the coalition settled the question. The committee backed an earlier spending freeze by 24 votes to 18 in September.
P full Helga Steinmetz-Ilić
O party Left Party
O government Bundestag
F date 2043
F number 24
F number 18
> "We cannot have a finance minister and a vice chancellor briefing against each other every morning while parliament waits," she said.
Q direct Helga Steinmetz-Ilić :: "We cannot have a finance minister and a vice chancellor briefing against each other every morning while parliament waits,"
> Greens parliamentary leader Friederike Oltmanns accused the coalition of "government by quarrel." "Every week there's a new 'final offer' from the SPD and a new 'red line' from the CDU," she said. "Companies in Duisburg and Leuna need a decision, not a talk show."
O party Greens
P full Friederike Oltmanns
Q direct Friederike Oltmanns :: "government by quarrel."
Q direct Friederike Oltmanns :: "Every week there's a new 'final offer' from the SPD and a new 'red line' from the CDU,"
O party SPD
O party CDU
Q direct Friederike Oltmanns :: "Companies in Duisburg and Leuna need a decision, not a talk show."
L city Duisburg
L city Leuna
> Economists are split. Matthias Krönert of the Munich-based Ifo Institute said a targeted subsidy of 6 cents per kilowatt hour for about 2,000 firms would cost less than the SPD plan and "buy time" while grids expand. But he warned that a general cap would mainly help "the biggest users, who need it least."
P full Matthias Krönert
L city Munich
O nonprofit Ifo Institute
F money 6 cents
F number 2,000
O party SPD
Q direct Matthias Krönert :: "buy time"
Q direct Matthias Krönert :: "the biggest users, who need it least."
> "Germany's problem is not one year of high prices. It is ten years of slow permits," Krönert said.
Q direct Matthias Krönert :: "Germany's problem is not one year of high prices. It is ten years of slow permits,"
L country Germany
F duration one year
F duration ten years
P partial Krönert
> Any subsidy would also need approval from the European Commission in Brussels, which has warned Berlin twice since 2041 about state aid for energy. A Commission spokesperson declined to comment on "a proposal that does not yet exist."
O intergovernmental European Commission
L city Brussels
L city Berlin
F date 2041
O intergovernmental Commission
Q direct - :: "a proposal that does not yet exist."
> Coalition leaders are due to meet again at 8 p.m. on Sunday at the Reichstag building. Half of the SPD's 203 lawmakers have signed a letter backing the plan, according to party sources.
F time 8 p.m.
L facility Reichstag
F fraction Half
O party SPD
F number 203
> Edited by: Kieran Doyle-Marsh
P full Kieran Doyle-Marsh
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
