#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval207 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval207/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1285-clara-cushendall-all-ireland-club-hurling-final-croke-park-irish-independent'] = r'''
> Hurling
> Clara end long wait as Ó Laoghaire double sinks Cushendall in All-Ireland club final
O team Clara
P partial Ó Laoghaire
O team Cushendall
> Clara 2-18 Ruairí Óg Cushendall 0-21
O team Clara
F score 2-18
O team Ruairí Óg Cushendall
F score 0-21
> Dónal Mac Giolla Rua
P full Dónal Mac Giolla Rua
> Sun 20 Jan 2041 at 19:05
F date 20 Jan 2041
F time 19:05
> Clara’s Cathal Ó Laoghaire celebrates after scoring his side’s second goal against Ruairí Óg Cushendall at Croke Park. Photo: Sportsfile
O team Clara
P full Cathal Ó Laoghaire
O team Ruairí Óg Cushendall
L facility Croke Park
O media Sportsfile
> Clara are All-Ireland club hurling champions for the first time after two Cathal Ó Laoghaire goals in the space of three minutes broke the resistance of a gallant Ruairí Óg Cushendall side in front of 27,412 at Croke Park.
O team Clara
F number two
P full Cathal Ó Laoghaire
F duration three minutes
O team Ruairí Óg Cushendall
F number 27,412
L facility Croke Park
> The Kilkenny village, home to barely 1,100 people, emptied onto the M9 before dawn, and the GAA said gate receipts of €1.3m were up 12pc on last year’s final, a figure it called “hugely encouraging” for the club championships.
L region Kilkenny
F number 1,100
L street M9
O nonprofit GAA
F money €1.3m
F percent 12pc
Q direct GAA :: “hugely encouraging”
> “We’re a small parish with a small panel, but there isn’t a club in Ireland that wanted it more,” said Clara manager Seánie Dwyer-Phelan, whose side trailed by four points at half-time. “I told them at the break: ‘Ye didn’t come to Croke Park to be spectators.’ And they listened.
Q direct Seánie Dwyer-Phelan :: “We’re a small parish with a small panel, but there isn’t a club in Ireland that wanted it more,”
L country Ireland
O team Clara
P full Seánie Dwyer-Phelan
F number four
Q direct Seánie Dwyer-Phelan :: “I told them at the break: ‘Ye didn’t come to Croke Park to be spectators.’ And they listened.
L facility Croke Park
> “Cathal has been carrying an ankle injury since Christmas and we weren’t sure he’d last 20 minutes. To finish with 2-4 from play in an All-Ireland final – that’s something this village will talk about for 50 years.”
Q direct Seánie Dwyer-Phelan :: “Cathal has been carrying an ankle injury since Christmas and we weren’t sure he’d last 20 minutes. To finish with 2-4 from play in an All-Ireland final – that’s something this village will talk about for 50 years.”
P partial Cathal
F duration 20 minutes
F score 2-4
F duration 50 years
> Cushendall, the Antrim and Ulster champions, had been the better side for 40 minutes. Full-forward Ciarán Mac Ambróis finished with 0-11, eight of them from frees, and the Glens men led 0-14 to 0-10 at the break after Clara goalkeeper Eoin Kealy had saved a penalty from Niall Ó hAgáin.
O team Cushendall
L region Antrim
L region Ulster
F duration 40 minutes
P full Ciarán Mac Ambróis
F score 0-11
F number eight
L region Glens
F score 0-14
F score 0-10
O team Clara
P full Eoin Kealy
P full Niall Ó hAgáin
> The turning point came in the 52nd minute. Ó Laoghaire, 23, gathered a short puck-out from Kealy, ran 40 metres and buried his shot past Conall McKillop. Three minutes later he flicked a Tomás de Búrca delivery to the net, and Clara outscored their opponents 2-5 to 0-2 in the closing stages.
P partial Ó Laoghaire
F age 23
P partial Kealy
F quantity 40 metres
P full Conall McKillop
F duration Three minutes
P full Tomás de Búrca
O team Clara
F score 2-5
F score 0-2
> Ó hAgáin, the Cushendall captain, called the defeat “cruel” and said his side had “run out of legs” after a campaign that began in August.
P partial Ó hAgáin
O team Cushendall
Q direct Niall Ó hAgáin :: “cruel”
Q direct Niall Ó hAgáin :: “run out of legs”
> Cushendall manager Briege McAuley-Quinn, the first woman to take a side to an All-Ireland senior club final, did not hide her disappointment. “We hurled well for 50 minutes and we were the better team for most of the day,” she said. “But you can’t give a team like Clara two goals in three minutes. They’re ruthless.”
O team Cushendall
P full Briege McAuley-Quinn
Q direct Briege McAuley-Quinn :: “We hurled well for 50 minutes and we were the better team for most of the day,”
F duration 50 minutes
Q direct Briege McAuley-Quinn :: “But you can’t give a team like Clara two goals in three minutes. They’re ruthless.”
O team Clara
F number two
F duration three minutes
> Dwyer-Phelan credited what the parish calls “the long apprenticeship”, an underage system run by volunteers since the 1990s, and the club’s decision in 2036 to put floodlights on its pitch so that children could train through the winter.
P partial Dwyer-Phelan
Q scare - :: “the long apprenticeship”
F date 1990s
F date 2036
> The new champions will be presented with the Tommy Moore Cup at a civic reception hosted by Kilkenny County Council in Kilkenny city on Friday.
O government Kilkenny County Council
L city Kilkenny
'''

ARTICLES['1286-hartwell-pine-home-goods-chapter-11-bankruptcy-store-closures-wall-street-journal'] = r'''
> Business | Retail
> Home-Goods Chain Hartwell & Pine Files for Bankruptcy, Will Close 212 Stores
O company Hartwell & Pine
F number 212
> Ohio-based retailer has lined up $325 million in financing from its lenders and plans to shrink to fewer than 280 locations
L region Ohio
F money $325 million
F number 280
> By Marisol Okafor-Lindqvist and Dev Ranganathan
P full Marisol Okafor-Lindqvist
P full Dev Ranganathan
> Updated March 7, 2040 7:18 pm ET
F date March 7, 2040
F time 7:18 pm ET
> A Hartwell & Pine store in Dublin, Ohio, in February. Photo: Gabriela Ferreira-Holt for The Wall Street Journal
O company Hartwell & Pine
L city Dublin
L region Ohio
P full Gabriela Ferreira-Holt
O media The Wall Street Journal
> Hartwell & Pine, the home-goods chain known for its scented candles and seasonal décor, filed for chapter 11 bankruptcy protection late Tuesday, saying it would close 212 of its 491 stores and look for a buyer for the rest.
O company Hartwell & Pine
F number 212
F number 491
> The Columbus, Ohio, company listed assets of $640 million and liabilities of $1.9 billion in its petition in the U.S. Bankruptcy Court in Wilmington, Del. It has lined up $325 million in debtor-in-possession financing from a group of lenders led by Wexley Capital, which would also serve as the “stalking horse” bidder in a court-supervised auction.
L city Columbus
L region Ohio
F money $640 million
F money $1.9 billion
O government U.S. Bankruptcy Court
L city Wilmington
L region Del.
F money $325 million
O company Wexley Capital
Q scare - :: “stalking horse”
> The stores slated for closure are spread across 14 states, including Pennsylvania, Michigan, Indiana and Kentucky, and liquidation sales will begin as early as Friday, according to court papers. The company will also shut a 410,000-square-foot distribution center in Groveport, Ohio. About 4,300 of its 10,600 employees work at the affected sites.
F number 14
L region Pennsylvania
L region Michigan
L region Indiana
L region Kentucky
F quantity 410,000-square-foot
L city Groveport
L region Ohio
F number 4,300
F number 10,600
> “This was not the outcome any of us wanted, but it gives the business a path forward,” Chief Executive Renata Solís-Whitcombe said in a statement. “We will come out of this process a smaller, healthier retailer with the stores our customers actually visit.”
Q direct Renata Solís-Whitcombe :: “This was not the outcome any of us wanted, but it gives the business a path forward,”
P full Renata Solís-Whitcombe
Q direct Renata Solís-Whitcombe :: “We will come out of this process a smaller, healthier retailer with the stores our customers actually visit.”
> Ms. Solís-Whitcombe, 54, joined the company from a regional grocer in 2037.
P partial Solís-Whitcombe
F age 54
F date 2037
> Founded in 1987 as a single candle shop in Zanesville, Ohio, Hartwell & Pine grew rapidly in the 2000s. Private-equity firm Calloway Lane Partners bought it in 2031 for $2.2 billion, financing the deal largely with debt. Interest payments reached $148 million in fiscal 2039, while net sales fell 11% to $2.3 billion.
F date 1987
L city Zanesville
L region Ohio
O company Hartwell & Pine
F date 2000s
O company Calloway Lane Partners
F date 2031
F money $2.2 billion
F money $148 million
F date 2039
F percent 11%
F money $2.3 billion
> A Calloway Lane spokesman declined to comment.
O company Calloway Lane
> Lenders holding the company’s $1.1 billion term loan are expected to take control of the business if no higher bid emerges within 60 to 75 days, according to a person familiar with the matter. “The lenders would rather own a smaller chain than watch it be liquidated,” the person said.
F money $1.1 billion
F duration 60
F duration 75 days
Q direct - :: “The lenders would rather own a smaller chain than watch it be liquidated,”
> Hartwell & Pine is the fourth U.S. home-goods retailer to file for bankruptcy since 2038, as shoppers shift spending to online rivals and discount chains. Its closest competitor, Kessler Home, shut its last 90 stores in November.
O company Hartwell & Pine
L country U.S.
F date 2038
O company Kessler Home
F number 90
> Priya Venkataraman-Ellis, a retail analyst at Lodestar Research, said the company had been “running on fumes” since the holiday quarter. “They had too many stores in half-empty malls and a balance sheet built for a different decade,” she said.
P full Priya Venkataraman-Ellis
O company Lodestar Research
Q direct Priya Venkataraman-Ellis :: “running on fumes”
Q direct Priya Venkataraman-Ellis :: “They had too many stores in half-empty malls and a balance sheet built for a different decade,”
> At a store in Dearborn, Mich., on Wednesday, sales associate Tamika Oyelaran-Brooks, 31, said workers learned of the closures on a 9 a.m. conference call. “They told us we have until April 30 and to keep smiling at customers,” she said.
L city Dearborn
L region Mich.
P full Tamika Oyelaran-Brooks
F age 31
F time 9 a.m.
Q direct Tamika Oyelaran-Brooks :: “They told us we have until April 30 and to keep smiling at customers,”
F date April 30
> Shares of Hartwell & Pine, which traded above $40 in 2034, fell 38% to $1.12 in after-hours trading. A first-day hearing on the financing is scheduled for 10 a.m. Thursday.
O company Hartwell & Pine
F money $40
F date 2034
F percent 38%
F money $1.12
F time 10 a.m.
> Write to Marisol Okafor-Lindqvist at marisol.okafor-lindqvist@wsj.com
P full Marisol Okafor-Lindqvist
'''

ARTICLES['1287-pietermaritzburg-msunduzi-substation-fire-blackout-mkondeni-mail-guardian'] = r'''
> News
> ‘We cook on fire like our grandmothers’: Pietermaritzburg enters ninth day without power
Q direct Nomvula Khumalo :: ‘We cook on fire like our grandmothers’
L city Pietermaritzburg
> A substation fire and cable theft have left 140 000 residents of Msunduzi in the dark, and the municipality says it needs R1.4-billion it does not have
F number 140 000
L region Msunduzi
F money R1.4-billion
> Lwazi Dube-Hadebe
P full Lwazi Dube-Hadebe
> 11 Jun 2040
F date 11 Jun 2040
> Residents of Imbali queue for water from a municipal tanker on Sunday. (Thabo Mkhwanazi-Pillai/M&G)
L city Imbali
P full Thabo Mkhwanazi-Pillai
O media M&G
> Nomvula Khumalo, 67, has been cooking on an open fire in her yard in Imbali since the lights went out in Pietermaritzburg nine days ago.
P full Nomvula Khumalo
F age 67
L city Imbali
L city Pietermaritzburg
F duration nine days
> “We cook on fire like our grandmothers. My insulin is in my sister’s fridge in Hilton, 20 kilometres away, because she has a generator,” she said. “Nobody from the municipality has come to tell us anything.”
Q direct Nomvula Khumalo :: “We cook on fire like our grandmothers. My insulin is in my sister’s fridge in Hilton, 20 kilometres away, because she has a generator,”
L city Hilton
F quantity 20 kilometres
Q direct Nomvula Khumalo :: “Nobody from the municipality has come to tell us anything.”
> About 140 000 people in 11 wards of the Msunduzi Local Municipality have had no electricity since a fire gutted the Mkondeni 132kV substation in the early hours of 2 June. Two days later, thieves stripped an estimated 3.5km of copper cable from the line feeding Edendale and Northdale, the municipality said.
F number 140 000
F number 11
O government Msunduzi Local Municipality
L facility Mkondeni
F quantity 132kV
F date 2 June
F duration Two days
F quantity 3.5km
L city Edendale
L city Northdale
> The city normally draws up to 310MW at peak. By Sunday it could supply only 185MW, and the municipality has introduced rotating cuts of up to 14 hours a day even in suburbs that still have power.
F quantity 310MW
F quantity 185MW
F duration 14 hours
> Msunduzi municipal manager Zanele Mthiyane-Reddy said the substation’s two transformers were installed in 1978 and should have been replaced a decade ago. “We have been warning about Mkondeni since 2031. Every budget, the money went somewhere else,” she said. “A new transformer costs R62-million and takes 18 months to build overseas.
L region Msunduzi
P full Zanele Mthiyane-Reddy
F number two
F date 1978
Q direct Zanele Mthiyane-Reddy :: “We have been warning about Mkondeni since 2031. Every budget, the money went somewhere else,”
L facility Mkondeni
F date 2031
Q direct Zanele Mthiyane-Reddy :: “A new transformer costs R62-million and takes 18 months to build overseas.
F money R62-million
F duration 18 months
> “Until then we are borrowing a mobile unit from Eskom, and that gives us only 40MVA.”
Q direct Zanele Mthiyane-Reddy :: “Until then we are borrowing a mobile unit from Eskom, and that gives us only 40MVA.”
O company Eskom
F quantity 40MVA
> Eskom said in a statement that it had “no contractual obligation” to supply the municipality’s customers directly but would lend the unit for 90 days. The utility said Msunduzi owed it R2.9-billion, of which R410-million was more than 120 days overdue.
O company Eskom
Q direct Eskom :: “no contractual obligation”
F duration 90 days
L region Msunduzi
F money R2.9-billion
F money R410-million
F duration 120 days
> Electricity and Energy Minister Sizwe Radebe-Mokoena, who visited the substation on Friday, said the national government would not “bail out” municipalities that did not pay Eskom. “Pietermaritzburg is the capital of KwaZulu-Natal. It cannot be allowed to fail, but it must also fix its books,” he said.
P full Sizwe Radebe-Mokoena
Q direct Sizwe Radebe-Mokoena :: “bail out”
O company Eskom
Q direct Sizwe Radebe-Mokoena :: “Pietermaritzburg is the capital of KwaZulu-Natal. It cannot be allowed to fail, but it must also fix its books,”
L city Pietermaritzburg
L region KwaZulu-Natal
> The KwaZulu-Natal Department of Cooperative Governance and Traditional Affairs (Cogta) placed Msunduzi under administration in 2036. Cogta MEC Thandeka Ntuli-Pillay told the provincial legislature last week that R250-million had been set aside for emergency repairs, about 18% of what the municipality says it needs.
O government KwaZulu-Natal Department of Cooperative Governance and Traditional Affairs
O government Cogta
L region Msunduzi
F date 2036
O government Cogta
P full Thandeka Ntuli-Pillay
F money R250-million
F percent 18%
> Democratic Alliance (DA) councillor Ravi Govender-Singh, who represents Ward 33 in Northdale, said residents had lost food, income and patience. “People paid their bills for years. Now they are told to wait until Christmas,” he said.
O party Democratic Alliance
O party DA
P full Ravi Govender-Singh
L region Ward 33
L city Northdale
Q direct Ravi Govender-Singh :: “People paid their bills for years. Now they are told to wait until Christmas,”
> A municipal electrician, who asked not to be named because he is not authorised to speak to the media, said only 23 of the 61 technicians on the payroll were qualified to work on high-voltage lines. “We are fighting a fire with a teaspoon,” he said.
F number 23
F number 61
Q direct - :: “We are fighting a fire with a teaspoon,”
> The Pietermaritzburg and Midlands Chamber of Business estimates the blackout is costing local firms R35-million a day, and at least four factories in Willowton have sent workers home.
O nonprofit Pietermaritzburg and Midlands Chamber of Business
F money R35-million
F number four
L city Willowton
'''

ARTICLES['1288-nusantara-ministries-relocation-civil-servants-east-kalimantan-jakarta-post'] = r'''
> Politics
> Civil Servants Balk as Six Ministries Set Date for Move to Nusantara
F number Six
L city Nusantara
> The government plans to relocate 11,800 civil servants to East Kalimantan by August, but many say schools, housing and flights are not ready
F number 11,800
L region East Kalimantan
> Dian Pertiwi Simanjuntak (The Jakarta Post)
P full Dian Pertiwi Simanjuntak
O media The Jakarta Post
> Jakarta ● Mon, July 8, 2041
L city Jakarta
F date July 8, 2041
> Civil servants from the Public Works Ministry inspect apartment towers in Nusantara, East Kalimantan, on June 27. (JP/Ricky Tambunan)
O government Public Works Ministry
L city Nusantara
L region East Kalimantan
F date June 27
O media JP
P full Ricky Tambunan
> Six ministries will complete their move to Ibu Kota Nusantara (IKN), the new capital in East Kalimantan, by Aug. 17, the Administrative and Bureaucratic Reform Ministry announced on Friday, more than a decade after the relocation was signed into law.
F number Six
L city Ibu Kota Nusantara
L city IKN
L region East Kalimantan
F date Aug. 17
O government Administrative and Bureaucratic Reform Ministry
> The ministries of finance, home affairs, foreign affairs, public works, health and education will send 11,800 civil servants in the first wave, joining about 6,400 already working in the city’s Central Government Core Area (KIPP), the ministry said. Most of those moving now live in Jakarta, West Java and Banten.
F number 11,800
F number 6,400
L region Central Government Core Area
L region KIPP
L city Jakarta
L region West Java
L region Banten
> Administrative and Bureaucratic Reform Minister Yohanes Kristianto Lalu said the date was “final” and that civil servants who refused to move without a valid reason could face demotion. “The state has spent Rp 466 trillion building this city. It cannot stand empty while the ministries stay in Jakarta,” he told reporters at the Garuda Palace on Friday.
P full Yohanes Kristianto Lalu
Q direct Yohanes Kristianto Lalu :: “final”
Q direct Yohanes Kristianto Lalu :: “The state has spent Rp 466 trillion building this city. It cannot stand empty while the ministries stay in Jakarta,”
F money Rp 466 trillion
L city Jakarta
L facility Garuda Palace
> Those who move will receive a hardship allowance of Rp 5 million (US$310) a month and a rent-free apartment for 24 months, Yohanes said.
F money Rp 5 million
F money US$310
F duration 24 months
P partial Yohanes
> But many employees say the city is not ready. Ni Made Ayu Saraswati, 34, an analyst at the Health Ministry, said the school her two children attend in South Jakarta has no branch in Nusantara and that flights to Balikpapan, the nearest big airport, cost up to Rp 2.4 million one way.
P full Ni Made Ayu Saraswati
F age 34
O government Health Ministry
F number two
L city South Jakarta
L city Nusantara
L city Balikpapan
F money Rp 2.4 million
> “My husband works for a bank in Jakarta. If I go, our family lives in two cities,” she said. “They call it a ‘smart forest city’, but for families like mine it is 1,200 kilometers from everything.”
Q direct Ni Made Ayu Saraswati :: “My husband works for a bank in Jakarta. If I go, our family lives in two cities,”
L city Jakarta
F number two
Q direct Ni Made Ayu Saraswati :: “They call it a ‘smart forest city’, but for families like mine it is 1,200 kilometers from everything.”
F quantity 1,200 kilometers
> A survey of 3,150 civil servants by the State Civil Apparatus Agency (BKN) in May found that 41 percent were unwilling to move, while 27 percent said they would go only without their families.
F number 3,150
O government State Civil Apparatus Agency
O government BKN
F percent 41 percent
F percent 27 percent
> The Nusantara Capital Authority (OIKN) said 96 apartment towers, four hospitals and 23 schools were ready, and that the schools would be “fully staffed” by the start of the school year. OIKN head Bambang Wicaksono Hadiprojo said the city’s population had reached 138,000, up from 52,000 in 2038.
O government Nusantara Capital Authority
O government OIKN
F number 96
F number four
F number 23
Q direct Nusantara Capital Authority :: “fully staffed”
O government OIKN
P full Bambang Wicaksono Hadiprojo
F number 138,000
F number 52,000
F date 2038
> House of Representatives Commission II, which oversees the bureaucracy, will summon the minister next week. Commission member Rahmawati Siregar of the Prosperous Justice Party (PKS) said the move was being “rushed for political reasons” ahead of the 2044 election.
O government House of Representatives Commission II
P full Rahmawati Siregar
O party Prosperous Justice Party
O party PKS
Q direct Rahmawati Siregar :: “rushed for political reasons”
F date 2044
> In Penajam Paser Utara regency, where most of the capital lies, local leaders welcome the newcomers. “For 20 years people here sold their land to outsiders. Now the outsiders are coming to live, and our markets and schools must grow with them,” said Penajam Paser Utara Regent Andi Baso Mappaturung.
L region Penajam Paser Utara
Q direct Andi Baso Mappaturung :: “For 20 years people here sold their land to outsiders. Now the outsiders are coming to live, and our markets and schools must grow with them,”
F duration 20 years
L region Penajam Paser Utara
P full Andi Baso Mappaturung
'''

ARTICLES['1289-yavapai-apache-verde-river-water-settlement-senate-committee-arizona-npr'] = r'''
> Environment
> A $1.8 billion deal would finally deliver Verde River water to an Arizona tribe
F money $1.8 billion
L geo Verde River
L region Arizona
> Joaquín Redhouse-Álvarez
P full Joaquín Redhouse-Álvarez
> April 17, 2040 5:00 AM ET
F date April 17, 2040
F time 5:00 AM ET
> Yavapai-Apache Nation council member Loretta Sine-Hammond stands beside the Verde River near Camp Verde, Ariz., in March. Joaquín Redhouse-Álvarez/KJZZ
O government Yavapai-Apache Nation
P full Loretta Sine-Hammond
L geo Verde River
L city Camp Verde
L region Ariz.
P full Joaquín Redhouse-Álvarez
O media KJZZ
> For Loretta Sine-Hammond, the fight over water has lasted longer than she has been alive. The Yavapai-Apache Nation first asked for a share of the Verde River in 1978, two years before she was born.
P full Loretta Sine-Hammond
O government Yavapai-Apache Nation
L geo Verde River
F date 1978
F duration two years
> "My grandmother went to the meetings. My mother went to the meetings. Now I go," said Sine-Hammond, 59. "We have been promised water for three generations."
Q direct Loretta Sine-Hammond :: "My grandmother went to the meetings. My mother went to the meetings. Now I go,"
P partial Sine-Hammond
F age 59
Q direct Loretta Sine-Hammond :: "We have been promised water for three generations."
F number three
> On Monday, a bipartisan bill to settle the tribe's claims cleared the Senate Committee on Indian Affairs by a vote of 11 to 1. It would give the nation rights to 28,200 acre-feet of water a year — enough for about 56,000 households — and authorize $1.8 billion for a pipeline, a treatment plant and storage tanks.
O government Senate Committee on Indian Affairs
F number 11
F number 1
F quantity 28,200 acre-feet
F number 56,000
F money $1.8 billion
> An acre-foot is roughly the amount of water two Phoenix-area households use in a year.
F number two
L city Phoenix
> The measure is sponsored by Arizona's two senators, Democrat Celeste Yazzie-Romero and Republican Grant Holloway-Pruitt. "This is the state keeping a promise it made before most of us in Congress were born," Yazzie-Romero said in an interview.
L region Arizona
F number two
P full Celeste Yazzie-Romero
P full Grant Holloway-Pruitt
Q direct Celeste Yazzie-Romero :: "This is the state keeping a promise it made before most of us in Congress were born,"
O government Congress
P partial Yazzie-Romero
> Holloway-Pruitt said the bill would also end decades of uncertainty for farmers and towns along the river. "Settlements like this are how Arizona avoids a 30-year lawsuit that nobody wins," he said in a statement.
P partial Holloway-Pruitt
Q direct Grant Holloway-Pruitt :: "Settlements like this are how Arizona avoids a 30-year lawsuit that nobody wins,"
L region Arizona
F duration 30-year
> The deal would require the towns of Cottonwood, Clarkdale and Camp Verde to cap groundwater pumping near the river at 2040 levels. The city of Cottonwood, which pumps about 4,500 acre-feet a year, said in a statement that it supported the settlement but wanted "a clear accounting" of how the cap would be measured.
L city Cottonwood
L city Clarkdale
L city Camp Verde
F date 2040
L city Cottonwood
F quantity 4,500 acre-feet
Q direct Cottonwood :: "a clear accounting"
> The Salt River Project, the utility that delivers water and power to much of metro Phoenix, would give up a claim to 6,000 acre-feet of Verde water under the deal. SRP would receive $94 million from the federal government in return.
O government Salt River Project
L city Phoenix
F quantity 6,000 acre-feet
L geo Verde
O government SRP
F money $94 million
> An Interior Department official, who spoke on condition of anonymity because the bill has not passed, said the administration supported the settlement but was wary of its cost. "It is the largest price tag we have seen for a single tribe, and the Office of Management and Budget will want to see the numbers," the official said.
O government Interior Department
Q direct - :: "It is the largest price tag we have seen for a single tribe, and the Office of Management and Budget will want to see the numbers,"
O government Office of Management and Budget
> Arizona has approved more tribal water settlements than any other state, and tribes hold rights to about a quarter of the state's Colorado River allocation, according to the Arizona Department of Water Resources.
L region Arizona
F fraction a quarter
L geo Colorado River
O government Arizona Department of Water Resources
> The full Senate could vote on the bill before the August recess. If it becomes law, building the 17-mile pipeline from the river to Middle Verde would take about seven years, said tribal water manager Everett Tohonnie-Cruz, 44, Sine-Hammond's cousin.
O government Senate
F quantity 17-mile
L city Middle Verde
F duration seven years
P full Everett Tohonnie-Cruz
F age 44
P partial Sine-Hammond
> "I tell my kids the water will come by the time they finish high school," he said. "That is a promise I intend to keep."
Q direct Everett Tohonnie-Cruz :: "I tell my kids the water will come by the time they finish high school,"
Q direct Everett Tohonnie-Cruz :: "That is a promise I intend to keep."
'''

ARTICLES['1290-calderdale-council-budget-gap-libraries-shelf-northowram-yorkshire-post'] = r'''
> News
> Libraries in Shelf and Northowram face closure as Calderdale Council seeks to close £24.6m budget gap
L city Shelf
L city Northowram
O government Calderdale Council
F money £24.6m
> Council tax set to rise by 4.99 per cent as leaders warn of ‘impossible choices’
F percent 4.99 per cent
Q direct Aisha Rahman-Booth :: ‘impossible choices’
> By Harriet Ackroyd-Nwosu
P full Harriet Ackroyd-Nwosu
> Local Democracy Reporter
> Published 12th Feb 2041, 17:30 GMT
F date 12th Feb 2041
F time 17:30 GMT
> Shelf Library is one of six branches earmarked for closure. Picture: Tony Oxley-Marsh
L facility Shelf Library
F number six
P full Tony Oxley-Marsh
> Six of Calderdale’s 22 libraries could close and council tax will rise by the maximum 4.99 per cent under budget plans to plug a £24.6m gap, the council’s leader has said.
F number Six
L region Calderdale
F number 22
F percent 4.99 per cent
F money £24.6m
> Coun Aisha Rahman-Booth, the Labour leader of Calderdale Council, said the authority had already cut £118m from its spending since 2010 and had “run out of painless options”.
P full Aisha Rahman-Booth
O government Calderdale Council
F money £118m
F date 2010
Q direct Aisha Rahman-Booth :: “run out of painless options”
> “Nobody went into local politics to close libraries,” she said. “But adult social care now takes 43p of every pound we spend, and demand keeps rising. We are facing impossible choices.
Q direct Aisha Rahman-Booth :: “Nobody went into local politics to close libraries,”
Q direct Aisha Rahman-Booth :: “But adult social care now takes 43p of every pound we spend, and demand keeps rising. We are facing impossible choices.
F money 43p
> “If we do nothing, we will end up like the councils that have had to issue section 114 notices, and then Whitehall makes the choices for us.”
Q direct Aisha Rahman-Booth :: “If we do nothing, we will end up like the councils that have had to issue section 114 notices, and then Whitehall makes the choices for us.”
L street Whitehall
> The branches proposed for closure are Shelf, Northowram, Mytholmroyd, Greetland, Ovenden and Sowerby, which together recorded 41,300 visits last year – fewer than Halifax Central Library manages in six weeks.
L city Shelf
L city Northowram
L city Mytholmroyd
L city Greetland
L city Ovenden
L city Sowerby
F number 41,300
L facility Halifax Central Library
F duration six weeks
> Closing the six would save £1.9m a year. The council hopes community groups will take over at least three of the buildings, as volunteers did in Brighouse in 2029.
F number six
F money £1.9m
F number three
L city Brighouse
F date 2029
> The proposals would remove 64 full-time posts, 19 of them in the library service. Unison’s Calderdale branch said staff had been told on Monday and called the timing “brutal”.
F number 64
F number 19
O nonprofit Unison
L region Calderdale
Q direct Unison :: “brutal”
> Conservative group leader Coun Graham Whitworth-Pickles said Labour had “wasted millions” on the regeneration of Halifax town centre and that residents of the Northowram and Shelf ward would be “paying more for less”.
P full Graham Whitworth-Pickles
O party Labour
Q direct Graham Whitworth-Pickles :: “wasted millions”
L city Halifax
L region Northowram and Shelf
Q direct Graham Whitworth-Pickles :: “paying more for less”
> Liberal Democrat group leader Coun Ruth Sutcliffe-Agyeman, who represents Greetland and Stainland, said the Hebden Bridge parking rise would “hurt the traders who keep the valley alive”. Her group will propose keeping Greetland library open three days a week, paid for from reserves.
P full Ruth Sutcliffe-Agyeman
L region Greetland and Stainland
L city Hebden Bridge
Q direct Ruth Sutcliffe-Agyeman :: “hurt the traders who keep the valley alive”
L city Greetland
F duration three days
> At Northowram library on Tuesday, Margaret Holroyd, 78, a retired teacher, said the branch was “the only warm room some of us have all week”. She has borrowed books there since 1971.
L city Northowram
P full Margaret Holroyd
F age 78
Q direct Margaret Holroyd :: “the only warm room some of us have all week”
F date 1971
> Under the plans, a Band D bill will rise by £106 to £2,233 a year, excluding the police and fire precepts. Parking charges in Halifax and Hebden Bridge will go up by 20 per cent and the council’s grant to the Piece Hall Trust will be cut by £350,000.
F money £106
F money £2,233
L city Halifax
L city Hebden Bridge
F percent 20 per cent
O nonprofit Piece Hall Trust
F money £350,000
> The Ministry of Housing, Communities and Local Government (MHCLG) said councils had received “a real-terms increase in core spending power” and that it would “consider any request for support”. The budget goes to full council at 6pm on 26 February.
O government Ministry of Housing, Communities and Local Government
O government MHCLG
Q direct Ministry of Housing, Communities and Local Government :: “a real-terms increase in core spending power”
Q direct Ministry of Housing, Communities and Local Government :: “consider any request for support”
F time 6pm
F date 26 February
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
