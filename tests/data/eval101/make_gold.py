#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval101 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval101/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['649-mufulira-kankoyo-sulphur-dioxide-zema-suspends-kansuswa-smelter-residents-seven-days-lusaka-times'] = r'''
> Headlines
> Kankoyo Residents Give Smelter Seven Days As ZEMA Suspends Emissions Licence
L city Kankoyo
F duration Seven Days
O government ZEMA
> Posted by Chief Editor on March 18, 2039 · 27 Comments
F date March 18, 2039
F number 27
> Residents of Kankoyo Township in Mufulira display scorched maize stalks outside the Mufulira Civic Centre on Thursday. Picture by Chileshe Mwape
L city Kankoyo Township
L city Mufulira
L facility Mufulira Civic Centre
P full Chileshe Mwape
> The Zambia Environmental Management Agency (ZEMA) has suspended the emissions licence of Kansuswa Copper Smelters Limited for 30 days after sulphur dioxide from the company's smelter in Mufulira scorched crops and sent hundreds of residents of Kankoyo Township to hospital with breathing problems.
O government Zambia Environmental Management Agency
O government ZEMA
O company Kansuswa Copper Smelters Limited
F duration 30 days
L city Mufulira
L city Kankoyo Township
> The suspension took effect at 06:00 hours on Wednesday, March 16, 2039, after an air monitoring station in Kankoyo recorded sulphur dioxide levels of up to 2,150 micrograms per cubic metre, more than 50 times the World Health Organization (WHO) daily guideline of 40.
F time 06:00 hours
F date March 16, 2039
L city Kankoyo
F quantity 2,150 micrograms per cubic metre
F number 50
O intergovernmental World Health Organization
O intergovernmental WHO
F quantity 40
> In a statement issued in Lusaka on Wednesday, ZEMA said the company had "failed to operate its acid plant and gas scrubbers within the conditions of its licence" and would not be allowed to resume smelting until an independent audit had been completed.
L city Lusaka
O government ZEMA
Q direct Zambia Environmental Management Agency :: "failed to operate its acid plant and gas scrubbers within the conditions of its licence"
> "The Agency has further directed the company to meet the cost of medical treatment for affected residents and to compensate farmers whose crops have been destroyed," the statement read.
Q direct Zambia Environmental Management Agency :: "The Agency has further directed the company to meet the cost of medical treatment for affected residents and to compensate farmers whose crops have been destroyed,"
> On Thursday, hundreds of residents marched to the Mufulira Civic Centre, where the Kankoyo Residents Association handed a petition to Mufulira District Commissioner Rabecca Nkonde giving the smelter seven days to stop the fumes or face "a sit-in at the main gate".
L facility Mufulira Civic Centre
O nonprofit Kankoyo Residents Association
L city Mufulira
P full Rabecca Nkonde
F duration seven days
Q direct Kankoyo Residents Association :: "a sit-in at the main gate"
> Association chairperson Given Mutale Chewe said Kankoyo had lived with sulphur fumes "for as long as the smelter has been standing," but the past two weeks had been the worst he could remember.
P full Given Mutale Chewe
L city Kankoyo
Q direct Given Mutale Chewe :: "for as long as the smelter has been standing,"
F duration two weeks
> "Our children are coughing the whole night. The maize we planted in December is burnt as if it was hit by frost," Mr Chewe said. "We are not against the smelter. Our fathers worked there and we work there. But we are against being killed slowly.
Q direct Given Mutale Chewe :: "Our children are coughing the whole night. The maize we planted in December is burnt as if it was hit by frost,"
P partial Chewe
Q direct Given Mutale Chewe :: "We are not against the smelter. Our fathers worked there and we work there. But we are against being killed slowly.
> "If nothing changes in seven days, we will sit at that gate until it does."
Q direct Given Mutale Chewe :: "If nothing changes in seven days, we will sit at that gate until it does."
F duration seven days
> Figures from Kamuchanga District Hospital show that 412 people, 137 of them children under the age of five, were treated for respiratory complaints between March 1 and March 15, against 96 in the same period last year.
O other Kamuchanga District Hospital
F number 412
F number 137
F age five
F date March 1
F date March 15
F number 96
> Precious Kabwe, 46, who grows rape, tomatoes and maize on a plot near the old Kankoyo market, said she had lost almost everything. "Three years ago I harvested 40 bags of maize from this field. This season I will be lucky to get five," she said.
P full Precious Kabwe
F age 46
L city Kankoyo
Q direct Precious Kabwe :: "Three years ago I harvested 40 bags of maize from this field. This season I will be lucky to get five,"
F duration Three years
F number 40
F number five
> Kansuswa Copper Smelters said in a statement that a failure in the converter section of its acid plant on March 2 had caused "an unplanned release of process gas" and that repairs, estimated at US$3.8 million, would take about three weeks.
O company Kansuswa Copper Smelters
F date March 2
Q direct Kansuswa Copper Smelters Limited :: "an unplanned release of process gas"
F money US$3.8 million
F duration three weeks
> The company said it had set aside K25 million for a community compensation fund and would "engage residents through the office of the District Commissioner." It did not say whether workers would be paid during the suspension.
F money K25 million
Q direct Kansuswa Copper Smelters Limited :: "engage residents through the office of the District Commissioner."
> The smelter, commissioned in 2031, processes about 1,200 tonnes of copper concentrate a day from mines in Zambia and the Democratic Republic of Congo (DRC) and employs 1,450 workers, 80 percent of them from Mufulira.
F date 2031
F quantity 1,200 tonnes
L country Zambia
L country Democratic Republic of Congo
L country DRC
F number 1,450
F percent 80 percent
L city Mufulira
> Mineworkers Union of Zambia (MUZ) Mufulira branch secretary Lazarous Chikwanda said the union would resist any attempt to send workers home without pay. "Workers did not switch off the scrubbers. Management must pay them for all the 30 days," he said.
O nonprofit Mineworkers Union of Zambia
O nonprofit MUZ
L city Mufulira
P full Lazarous Chikwanda
Q direct Lazarous Chikwanda :: "Workers did not switch off the scrubbers. Management must pay them for all the 30 days,"
F duration 30 days
> A furnace operator at the smelter, who asked not to be named, said the scrubbers had been "running at half capacity since January" because spare parts had not arrived from South Africa.
Q direct - :: "running at half capacity since January"
F fraction half
L country South Africa
> Ms Nkonde said the Ministry of Health would send two mobile clinics to Kankoyo and Kansuswa townships from Saturday, while Mufulira Municipal Council would distribute 5,000 face masks.
P partial Nkonde
O government Ministry of Health
F number two
L city Kankoyo
L city Kansuswa
O government Mufulira Municipal Council
F number 5,000
> Kankoyo, which lies less than a kilometre from the smelter stack, has for decades been one of the most polluted townships on the Copperbelt.
L city Kankoyo
L region Copperbelt
> Source: ZANIS
O media ZANIS
'''

ARTICLES['650-vigo-bouzas-shipyard-occupation-astilleros-cies-insolvency-havbris-trawlers-xunta-euro-weekly-news'] = r'''
> Galicia
L region Galicia
> Vigo shipyard workers occupy Bouzas yard: ‘We will not leave the ships half built’
L city Vigo
L city Bouzas
Q direct Xoán Carlos Rial Otero :: ‘We will not leave the ships half built’
> By Harriet Lowther-Mays • Published: 23 Feb 2039 • 13:48 • 3 minutes read
P full Harriet Lowther-Mays
F date 23 Feb 2039
F time 13:48
F duration 3 minutes
> Workers gather at the gates of Astilleros Cíes in Bouzas on Tuesday. Credit: Anxo Iglesias/Europa Press
O company Astilleros Cíes
L city Bouzas
P full Anxo Iglesias
O media Europa Press
> More than 300 workers have occupied the Astilleros Cíes shipyard in the Vigo district of Bouzas after a commercial court accepted the company’s request for insolvency proceedings, leaving two half-built fishing trawlers on the slipway and two months of wages unpaid.
F number 300
O company Astilleros Cíes
L city Vigo
L city Bouzas
F number two
F duration two months
> The yard, founded in 1958 and named after the Cíes Islands at the mouth of the estuary, is one of the last family-owned shipbuilders on the Ría de Vigo. It filed for a concurso de acreedores, Spain’s insolvency procedure, on 14 February, and Commercial Court No. 2 of Pontevedra admitted the filing on Monday, appointing the Madrid-based firm Lexaudit Concursal as administrator.
F date 1958
L geo Cíes Islands
L geo Ría de Vigo
L country Spain
F date 14 February
O government Commercial Court No. 2 of Pontevedra
L city Madrid
O company Lexaudit Concursal
> The trouble began in December, when the Norwegian company Havbris AS cancelled its order for two 78-metre stern trawlers worth a combined €96 million, citing delays of more than seven months. The vessels, hulls 312 and 313, are about 70 per cent complete.
O company Havbris AS
F number two
F quantity 78-metre
F money €96 million
F duration seven months
F percent 70 per cent
> “We will not leave the ships half built and we will not leave without our money,” said Xoán Carlos Rial Otero, president of the works committee and a delegate of the Galician union CIG. “Some of us have been here 30 years. This yard built trawlers for half the fishing fleets of the North Atlantic.”
Q direct Xoán Carlos Rial Otero :: “We will not leave the ships half built and we will not leave without our money,”
P full Xoán Carlos Rial Otero
O nonprofit CIG
Q direct Xoán Carlos Rial Otero :: “Some of us have been here 30 years. This yard built trawlers for half the fishing fleets of the North Atlantic.”
F duration 30 years
F fraction half
L geo North Atlantic
> The workers say they are owed about €4.2 million in back pay. Around 800 more people work for the subcontractors that supply the yard with welders, painters and electricians, according to the union.
F money €4.2 million
F number 800
> Chief executive Brais Fernández Castro, whose grandfather founded the company, told the Vigo daily Faro de Vigo that the yard had been “squeezed between fixed-price contracts and steel that costs twice what it did in 2036.” He said he hoped a buyer could be found “within weeks”.
P full Brais Fernández Castro
L city Vigo
O media Faro de Vigo
Q direct Brais Fernández Castro :: “squeezed between fixed-price contracts and steel that costs twice what it did in 2036.”
F date 2036
Q direct Brais Fernández Castro :: “within weeks”
> The Xunta de Galicia, the regional government, said on Tuesday it was ready to guarantee up to €15 million in loans through its business development agency, Igape, if a new owner committed to finishing both trawlers and keeping the workforce.
O government Xunta de Galicia
F money €15 million
O government Igape
> Regional Minister for the Sea Antía Sanmartín Veiga met the works committee inside the occupied yard for two hours on Tuesday afternoon. “The Xunta will not let a shipyard with this history close because of one cancelled contract,” she told reporters.
P full Antía Sanmartín Veiga
F duration two hours
Q direct Antía Sanmartín Veiga :: “The Xunta will not let a shipyard with this history close because of one cancelled contract,”
O government Xunta
F number one
> Havbris said in a statement from Ålesund that it had had “no choice” after a second delivery date was missed, and that it had recovered advance payments of 410 million Norwegian kroner (€35 million) under bank guarantees.
O company Havbris
L city Ålesund
Q direct Havbris AS :: “no choice”
F money 410 million Norwegian kroner
F money €35 million
> Shipbuilding and ship repair on the Ría employ around 12,000 people. Vigo’s yards have built more than a third of the fishing vessels launched in the European Union since 2030, according to the shipbuilders’ association Pymar.
L geo Ría
F number 12,000
L city Vigo
F fraction a third
O intergovernmental European Union
F date 2030
O nonprofit Pymar
> Welder Ramón Vilas Cordeiro, 58, who has worked at the yard since he was 19, spent Tuesday night in the mould loft with about 40 colleagues. “My son works here too. If Cíes closes, two wages leave the house at once,” he said.
P full Ramón Vilas Cordeiro
F age 58
F age 19
F number 40
Q direct Ramón Vilas Cordeiro :: “My son works here too. If Cíes closes, two wages leave the house at once,”
O company Cíes
F number two
> The administrator has two months to report on the company’s assets and debts. The works committee has called a march for 12:00 on Saturday from the shipyard gates to the Porta do Sol in the city centre.
F duration two months
F time 12:00
L street Porta do Sol
> Thank you for taking the time to read this news article. Do remember to come back and check the Euro Weekly News website for all your up-to-date local and international news stories and remember, you can also follow us on Facebook and Instagram.
O media Euro Weekly News
O company Facebook
O company Instagram
'''

ARTICLES['651-waterloo-handicap-crown-green-bowls-ashworth-beats-pritchard-on-measure-blackpool-results-gazette'] = r'''
> Bowls
> Sale’s Dean Ashworth wins the Waterloo at first attempt after measure on final end
L city Sale
P full Dean Ashworth
> The 23-year-old plumber came from 16-20 down to beat Welsh veteran Gethin Pritchard 21-20 in front of a packed crowd at the Waterloo Hotel
F age 23-year-old
F score 16-20
P full Gethin Pritchard
F score 21-20
L facility Waterloo Hotel
> By Colin Threlfall
P full Colin Threlfall
> Published 16th Sep 2038, 19:12 BST
F date 16th Sep 2038
F time 19:12 BST
> Dean Ashworth with the Waterloo trophy after his 21-20 win over Gethin Pritchard (Picture: Dave Nickson)
P full Dean Ashworth
F score 21-20
P full Gethin Pritchard
P full Dave Nickson
> DEAN Ashworth became the youngest winner of the Waterloo Handicap for more than 30 years on Thursday when a measure on the final end gave him a 21-20 victory over Gethin Pritchard on the crown green at the Waterloo Hotel, Blackpool.
P full DEAN Ashworth
F duration 30 years
F score 21-20
P full Gethin Pritchard
L facility Waterloo Hotel
L city Blackpool
> The 23-year-old plumber from Sale, playing in his first Waterloo, trailed 16-20 after a run of four ends in which Pritchard, 61, drew his woods to within inches of the jack.
F age 23-year-old
L city Sale
F score 16-20
F number four
P partial Pritchard
F age 61
> Ashworth then scored singles on the next three ends to level at 20-20 before sending his last wood after a jack Pritchard had trailed 19 yards into the corner of the green.
P partial Ashworth
F number three
F score 20-20
P partial Pritchard
F quantity 19 yards
> With both woods apparently touching the jack, umpire Barry Tomlinson needed a tape and then callipers before signalling the end to Ashworth by what he said was “about 4mm”. The crowd of around 2,000, packed on the terraces around the hotel’s green, roared for almost a minute.
P full Barry Tomlinson
P partial Ashworth
Q direct Barry Tomlinson :: “about 4mm”
F quantity 4mm
F number 2,000
> “I couldn’t look. I just stared at my shoes until I heard the noise,” said Ashworth, who bowls for Sale Moor Conservative Club in the Manchester Association. “My grandad Eric played in this for 20 years and never got past the last 16. This one’s for him.”
Q direct Dean Ashworth :: “I couldn’t look. I just stared at my shoes until I heard the noise,”
P partial Ashworth
O team Sale Moor Conservative Club
O other Manchester Association
Q direct Dean Ashworth :: “My grandad Eric played in this for 20 years and never got past the last 16. This one’s for him.”
P partial Eric
F duration 20 years
> Pritchard, from Mold in Flintshire, was bidding to become the first Welshman to win the handicap since 2031. “He’s a lovely bowler and he kept his nerve. Four millimetres — that’s the game, isn’t it?” he said.
P partial Pritchard
L city Mold
L region Flintshire
F date 2031
Q direct Gethin Pritchard :: “He’s a lovely bowler and he kept his nerve. Four millimetres — that’s the game, isn’t it?”
F quantity Four millimetres
> Ashworth collects £3,000 from a prize fund of £12,600, with £1,500 going to Pritchard.
P partial Ashworth
F money £3,000
F money £12,600
F money £1,500
P partial Pritchard
> In the semi-finals Ashworth beat Wigan’s Lee Fazackerley 21-15, while Pritchard edged past Yorkshire champion Kerry Holdsworth, of Barnsley, 21-19 in a game that lasted 74 minutes.
P partial Ashworth
L city Wigan
P full Lee Fazackerley
F score 21-15
P partial Pritchard
L region Yorkshire
P full Kerry Holdsworth
L city Barnsley
F score 21-19
F duration 74 minutes
> The Waterloo, first played in 1907, is the oldest of crown green bowling’s big handicaps and draws entries from Lancashire, Yorkshire, Cheshire, Merseyside and north Wales. A total of 1,024 bowlers entered this year’s qualifying rounds, played on greens across the Fylde in August.
F date 1907
L region Lancashire
L region Yorkshire
L region Cheshire
L region Merseyside
L country Wales
F number 1,024
L region Fylde
> The Ladies Waterloo, played on Tuesday, went to Shannon Leigh of Westhoughton, who beat Jodie Grimshaw 21-11 in the final.
P full Shannon Leigh
L city Westhoughton
P full Jodie Grimshaw
F score 21-11
> British Crown Green Bowling Association secretary Malcolm Sharples said entries were up 9 per cent on last year. “Young lads like Dean coming through is exactly what the game needs,” he said.
O nonprofit British Crown Green Bowling Association
P full Malcolm Sharples
F percent 9 per cent
Q direct Malcolm Sharples :: “Young lads like Dean coming through is exactly what the game needs,”
P partial Dean
> RESULTS
> Quarter-finals: D Ashworth (Sale) bt M Entwistle (Bolton) 21-17; L Fazackerley (Wigan) bt S Ormerod (Accrington) 21-9; G Pritchard (Mold) bt A Haworth (Darwen) 21-18; K Holdsworth (Barnsley) bt R Bellis (Flint) 21-20.
P full D Ashworth
L city Sale
P full M Entwistle
L city Bolton
F score 21-17
P full L Fazackerley
L city Wigan
P full S Ormerod
L city Accrington
F score 21-9
P full G Pritchard
L city Mold
P full A Haworth
L city Darwen
F score 21-18
P full K Holdsworth
L city Barnsley
P full R Bellis
L city Flint
F score 21-20
> Semi-finals: Ashworth bt Fazackerley 21-15; Pritchard bt Holdsworth 21-19.
P partial Ashworth
P partial Fazackerley
F score 21-15
P partial Pritchard
P partial Holdsworth
F score 21-19
> Final: Ashworth bt Pritchard 21-20.
P partial Ashworth
P partial Pritchard
F score 21-20
> Ladies Waterloo final: S Leigh (Westhoughton) bt J Grimshaw (Radcliffe) 21-11.
P full S Leigh
L city Westhoughton
P full J Grimshaw
L city Radcliffe
F score 21-11
> Prize money: winner £3,000; runner-up £1,500; semi-finalists £900; quarter-finalists £450.
F money £3,000
F money £1,500
F money £900
F money £450
'''

ARTICLES['652-macau-zone-a-economic-housing-draw-41327-applications-housing-bureau-macau-daily-times'] = r'''
> Macau
L region Macau
> 41,000 households chase 5,200 economic flats in Zone A draw
F number 41,000
F number 5,200
L region Zone A
> Irene Sou
P full Irene Sou
> November 7, 2039
F date November 7, 2039
> Applicants follow the live broadcast of the draw at the Housing Bureau's service centre in Areia Preta on Saturday. Photo: GCS
O government Housing Bureau
L city Areia Preta
O government GCS
> The Housing Bureau (IH) on Saturday held the computerised draw for 5,200 economic housing flats in Zone A of the New Urban Zone, after receiving 41,327 valid applications, the highest number since the Macao SAR Government revived the scheme in 2030.
O government Housing Bureau
O government IH
F number 5,200
L region Zone A
L region New Urban Zone
F number 41,327
O government Macao SAR Government
F date 2030
> With almost eight applications for every flat, the odds were longer than in the 2036 round, when 29,800 households competed for 4,600 units in Areia Preta and Ilha Verde.
F number eight
F date 2036
F number 29,800
F number 4,600
L city Areia Preta
L city Ilha Verde
> The draw, broadcast live from 10am, gave each application a place in the queue. Family applicants - households of two or more people - were drawn first, followed by individual applicants, who will be offered 560 of the flats, or about 11 percent.
F time 10am
F number two
F number 560
F percent 11 percent
> The bureau said it would start calling applicants for document checks in January 2040, at a rate of about 300 a week.
F date January 2040
F number 300
> The 28 towers will hold T1 one-bedroom units of 42 square metres up to T3 three-bedroom units of 91 square metres. Prices set by the government range from MOP1.68 million to MOP3.94 million, roughly 45 percent below private prices in the surrounding area.
F number 28
F number one
F quantity 42 square metres
F number three
F quantity 91 square metres
F money MOP1.68 million
F money MOP3.94 million
F percent 45 percent
> "I have applied four times. This time only 1,205 families are ahead of us, so I think we have a real chance," said Leong Ka Man, 34, a croupier at a Cotai casino who shares a 38-square-metre flat in Fai Chi Kei with her husband and daughter, for which they pay 9,500 patacas a month.
Q direct Leong Ka Man :: "I have applied four times. This time only 1,205 families are ahead of us, so I think we have a real chance,"
F number four
F number 1,205
P full Leong Ka Man
F age 34
L region Cotai
F quantity 38-square-metre
L city Fai Chi Kei
F money 9,500 patacas
> Another applicant, a civil servant who asked not to be named, said more than 30,000 applications had been drawn ahead of hers. "Maybe in 2045. Maybe never," she said.
F number 30,000
Q direct - :: "Maybe in 2045. Maybe never,"
F date 2045
> Legislative Assembly member Kou Meng Hou said the government should publish a timetable for the remaining 23,000 public housing units planned for Zone A. "Young families cannot plan their lives around a lottery," he said, adding that many applicants were paying "a third of their income or more" in rent.
O government Legislative Assembly
P full Kou Meng Hou
F number 23,000
L region Zone A
Q direct Kou Meng Hou :: "Young families cannot plan their lives around a lottery,"
Q direct Kou Meng Hou :: "a third of their income or more"
F fraction a third
> According to the Statistics and Census Service (DSEC), the median monthly household income in the third quarter was 24,600 patacas, while the median rent for a flat of under 50 square metres reached 11,200 patacas.
O government Statistics and Census Service
O government DSEC
F money 24,600 patacas
F quantity 50 square metres
F money 11,200 patacas
> Economist Cheang Weng Sam of the University of Macau said demand had been "bottled up" since borrowing costs rose in 2037. "If you build 5,200 flats and 36,000 families go home with nothing, the pressure does not disappear. It moves into the rental market," she said.
P full Cheang Weng Sam
O education University of Macau
Q direct Cheang Weng Sam :: "bottled up"
F date 2037
Q direct Cheang Weng Sam :: "If you build 5,200 flats and 36,000 families go home with nothing, the pressure does not disappear. It moves into the rental market,"
F number 5,200
F number 36,000
> In a statement, the Housing Bureau said applicants who turn down two flats "will be removed from the queue and may not apply again for two years." The towers, on reclaimed land next to the Friendship Bridge, are due to be completed in stages between March 2041 and the end of 2042.
O government Housing Bureau
F number two
Q direct Housing Bureau :: "will be removed from the queue and may not apply again for two years."
F duration two years
L facility Friendship Bridge
F date March 2041
F date 2042
> Some families have instead bought homes across the border in Hengqin, where the Macau New Neighbourhood sells flats to Macau residents at about 40,000 yuan per square metre.
L region Hengqin
L facility Macau New Neighbourhood
L region Macau
F money 40,000 yuan
'''

ARTICLES['653-mccallum-outport-votes-to-relocate-91-per-cent-hermitage-ferry-south-coast-newfoundland-cbc-nl'] = r'''
> Newfoundland & Labrador
L region Newfoundland & Labrador
> McCallum votes to leave, clearing 90% bar for relocation of south coast outport
L city McCallum
F percent 90%
> Households will get up to $270,000 each, and the ferry stops when the last family goes
F money $270,000
> Meghan Kearley · CBC News · Posted: Jun 11, 2038 6:00 AM NDT | Last Updated: June 11, 2038
P full Meghan Kearley
O media CBC News
F date Jun 11, 2038
F time 6:00 AM NDT
F date June 11, 2038
> McCallum, on Newfoundland’s south coast, can only be reached by a ferry from Hermitage. (Garrett Lushman/CBC)
L city McCallum
L region Newfoundland
L city Hermitage
P full Garrett Lushman
O media CBC
> The people of McCallum have voted to leave.
L city McCallum
> In a vote counted Thursday night, 53 of the 58 eligible permanent residents of the south coast outport — 91.4 per cent — backed moving under the province’s community relocation policy, clearing the 90 per cent threshold the policy sets.
F number 53
F number 58
F percent 91.4 per cent
F percent 90 per cent
> Each household that leaves will receive up to $270,000, and the province will stop the ferry service, the diesel power plant and the one-room school once the last family is gone.
F money $270,000
F number one
> Clarence Durnford, 74, has fished out of McCallum for 58 years. He voted yes.
P full Clarence Durnford
F age 74
L city McCallum
F duration 58 years
> “I’m not going to lie to you, I cried,” Durnford said Thursday on the wharf after the count. “But my grandson is in Grand Falls-Windsor, my doctor is in Harbour Breton and I’m not getting any younger. There’s no one left to fish with.”
Q direct Clarence Durnford :: “I’m not going to lie to you, I cried,”
P partial Durnford
Q direct Clarence Durnford :: “But my grandson is in Grand Falls-Windsor, my doctor is in Harbour Breton and I’m not getting any younger. There’s no one left to fish with.”
L city Grand Falls-Windsor
L city Harbour Breton
> McCallum, settled in the 1830s, sits in a sheltered cove about 40 kilometres by water west of Hermitage, where the provincial ferry calls three times a week on its run from Gaultois. The crossing takes an hour and 45 minutes.
L city McCallum
F date 1830s
F quantity 40 kilometres
L city Hermitage
F number three
L city Gaultois
F duration 45 minutes
> The Department of Transportation and Infrastructure says the ferry costs about $1.9 million a year to run. Under the relocation policy, the province offers to move a community when the cost of its services over 20 years is higher than the cost of the payouts.
O government Department of Transportation and Infrastructure
F money $1.9 million
F duration 20 years
> Municipal and Provincial Affairs Minister Darlene Sweetapple called the result “a decision no community makes lightly.” She said relocation officers would visit McCallum in July and that families would have until March 31, 2039, to move.
P full Darlene Sweetapple
Q direct Darlene Sweetapple :: “a decision no community makes lightly.”
L city McCallum
F date March 31, 2039
> Not everyone is ready to go. Bernice Ollerhead, who runs the post office from her kitchen, was one of the five who voted no.
P full Bernice Ollerhead
F number five
> “My mother is buried here, and her mother before her. Who’s going to cut the grass in the graveyard?” she said.
Q direct Bernice Ollerhead :: “My mother is buried here, and her mother before her. Who’s going to cut the grass in the graveyard?”
> “Some of them will come back in the summer, you’ll see. Only there won’t be any ferry to come back on.”
Q direct Bernice Ollerhead :: “Some of them will come back in the summer, you’ll see. Only there won’t be any ferry to come back on.”
> Ollerhead said she would likely move in with her sister in St. Alban’s, in Bay d’Espoir, about two hours by road from Hermitage.
P partial Ollerhead
L city St. Alban’s
L geo Bay d’Espoir
F duration two hours
L city Hermitage
> If the move goes ahead, McCallum will be the first community in the province to relocate since Little Bay Islands in Notre Dame Bay, whose residents voted to leave in 2019. Between 1954 and 1975, about 300 Newfoundland outports were abandoned under federal and provincial resettlement programs.
L city McCallum
L city Little Bay Islands
L geo Notre Dame Bay
F date 2019
F date 1954
F date 1975
F number 300
L region Newfoundland
> Memorial University folklorist Siobhan Keeping-Mercer, who has recorded songs and stories in McCallum since 2031, said this vote is different from the resettlement of the 1960s because “people are choosing it, with the numbers in front of them.”
O education Memorial University
P full Siobhan Keeping-Mercer
L city McCallum
F date 2031
F date 1960s
Q direct Siobhan Keeping-Mercer :: “people are choosing it, with the numbers in front of them.”
> “But a place like McCallum doesn’t just hold houses. It holds names for every rock and shoal in that harbour, and those names leave with the people,” she said.
Q direct Siobhan Keeping-Mercer :: “But a place like McCallum doesn’t just hold houses. It holds names for every rock and shoal in that harbour, and those names leave with the people,”
L city McCallum
> With files from The St. John’s Morning Show
'''

ARTICLES['654-batken-tortkul-reservoir-19-percent-irrigation-rotation-apricot-farmers-ak-sai-isfara-24kg'] = r'''
> Society
> Batken farmers get half their irrigation water as Tortkul reservoir drops to 19 percent
L region Batken
F fraction half
L facility Tortkul
F percent 19 percent
> Nurzhan Asylbekova
P full Nurzhan Asylbekova
> 17/06/2039 15:42
F date 17/06/2039
F time 15:42
> The Tortkul reservoir in Batken region, June 2039. Photo: 24.kg
L facility Tortkul
L region Batken
F date June 2039
O media 24.kg
> Farmers in Batken region are getting about half of the irrigation water they need as the Tortkul reservoir has dropped to 19 percent of its capacity, the Water Resources Service under the Ministry of Water Resources, Agriculture and Processing Industry reported.
L region Batken
F fraction half
L facility Tortkul
F percent 19 percent
O government Water Resources Service
O government Ministry of Water Resources, Agriculture and Processing Industry
> As of June 16, the reservoir held 17.2 million cubic meters of water against a design capacity of 90 million cubic meters. A year ago, it held 41 million cubic meters.
F date June 16
F quantity 17.2 million cubic meters
F quantity 90 million cubic meters
F quantity 41 million cubic meters
> The service attributed the shortage to "an extremely low-snow winter and early melting of glaciers in the Turkestan range." Inflow into the reservoir in May was 38 percent of the long-term average.
Q direct Water Resources Service :: "an extremely low-snow winter and early melting of glaciers in the Turkestan range."
L geo Turkestan
F percent 38 percent
> Water is now delivered to villages in rotation. Ak-Sai, Kok-Tash and Samarkandek receive water for 36 hours every nine days, while Kara-Bak and Ak-Tatyr receive it every 11 days.
L city Ak-Sai
L city Kok-Tash
L city Samarkandek
F duration 36 hours
F duration nine days
L city Kara-Bak
L city Ak-Tatyr
F duration 11 days
> Water supply as a share of the plan, by district, as of June 16:
F date June 16
> Batken district - 48 percent
L region Batken
F percent 48 percent
> Leilek district - 57 percent
L region Leilek
F percent 57 percent
> Kadamjai district - 61 percent
L region Kadamjai
F percent 61 percent
> Batken city - 66 percent
L city Batken
F percent 66 percent
> "We have 2.5 hectares of apricots. Without water the fruit falls before it ripens. Last year I sold apricots for 90 soms per kilogram; this year there will be nothing to sell," said Dilshod Abdurakhmanov, a farmer from Ak-Sai.
Q direct Dilshod Abdurakhmanov :: "We have 2.5 hectares of apricots. Without water the fruit falls before it ripens. Last year I sold apricots for 90 soms per kilogram; this year there will be nothing to sell,"
F quantity 2.5 hectares
F money 90 soms
P full Dilshod Abdurakhmanov
L city Ak-Sai
> Gulzat Toktosun kyzy, 52, from Kara-Bak, said her family had left 3 hectares of wheat unsown this spring to save water for the orchard. "My sons went to Russia to earn money. Now we have to tell them there will be no harvest," she said.
P full Gulzat Toktosun kyzy
F age 52
L city Kara-Bak
F quantity 3 hectares
Q direct Gulzat Toktosun kyzy :: "My sons went to Russia to earn money. Now we have to tell them there will be no harvest,"
L country Russia
> In Samarkandek, the local administration has hired two water trucks to bring drinking water to about 400 households twice a week, resident Mukaddas Yuldasheva said. "A 20-liter canister of water costs 15 soms now. Before this summer nobody in the village had ever paid for water," she said.
L city Samarkandek
F number two
F number 400
P full Mukaddas Yuldasheva
Q direct Mukaddas Yuldasheva :: "A 20-liter canister of water costs 15 soms now. Before this summer nobody in the village had ever paid for water,"
F quantity 20-liter
F money 15 soms
> Head of the Batken regional department of water resources Talant Zhumabek uulu told 24.kg that 14 mobile pumps had been brought in to lift water from the Isfara River and from wells.
L region Batken
P full Talant Zhumabek uulu
O media 24.kg
F number 14
L geo Isfara River
> "Drinking water and orchards come first. Wheat and fodder will get what is left," he said. According to him, the region has 18,400 hectares of irrigated land, of which about 6,000 hectares received no water in June.
Q direct Talant Zhumabek uulu :: "Drinking water and orchards come first. Wheat and fodder will get what is left,"
F quantity 18,400 hectares
F quantity 6,000 hectares
> The Cabinet of Ministers has allocated 312 million soms ($3.5 million) to line 46 kilometers of irrigation canals in the region with concrete by October 1, 2039.
O government Cabinet of Ministers
F money 312 million soms
F money $3.5 million
F quantity 46 kilometers
F date October 1, 2039
> Part of the Isfara's flow is shared with Tajikistan under an agreement signed after the 2025 border treaty between the two countries. The Water Resources Service said it would ask for a meeting of the joint water commission in the Tajik town of Isfara in July.
L geo Isfara
L country Tajikistan
F date 2025
F number two
O government Water Resources Service
L city Isfara
> Earlier, 24.kg news agency reported that Kyrgyzhydromet had forecast river flows in the south of the country at 55-70 percent of the norm for the growing season.
O media 24.kg
O government Kyrgyzhydromet
F percent 55-70 percent
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
