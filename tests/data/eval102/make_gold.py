#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval102 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval102/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['655-bishoftu-airport-displaced-farmers-compensation-abusera-gicha-ethiopian-airlines-ehrc-addis-standard'] = r'''
> News
> Farmers displaced by new Bishoftu airport say compensation ‘too little, too late’
L city Bishoftu
Q direct Gemechu Tolera Bayisa :: ‘too little, too late’
> Some 3,100 households in six kebeles around Abusera must leave their land by June; the city says Br 14.2 billion has been set aside for payments
F number 3,100
F number six
L city Abusera
F money Br 14.2 billion
> By Tsion Getachew @TsionGetachewA
P full Tsion Getachew
> March 22, 2039
F date March 22, 2039
> Farmers from Abusera and Gicha kebeles at a meeting at the Bishoftu City Administration hall on March 17, 2039. Photo: Addis Standard
L city Abusera
L city Gicha
O government Bishoftu City Administration
F date March 17, 2039
O media Addis Standard
> Addis Abeba – Hundreds of farmers whose land lies inside the footprint of the planned Bishoftu International Airport in Oromia’s East Shewa zone say the compensation they have been offered for their farms and homes comes too late and pays too little, and have asked the federal government to halt the clearing of the site until the land is valued again.
L city Addis Abeba
L facility Bishoftu International Airport
L region Oromia
L region East Shewa
> The airport, which Ethiopian Airlines Group says will cost US$12.5 billion and handle 60 million passengers a year when its first phase opens in 2042, is to be built on 4,300 hectares of farmland about 45 kilometres south-east of the capital, next to Bishoftu, a town still widely known by its former name, Debre Zeit.
O company Ethiopian Airlines Group
F money US$12.5 billion
F number 60 million
F date 2042
F quantity 4,300 hectares
F quantity 45 kilometres
L city Bishoftu
L city Debre Zeit
> At a meeting with city officials on Thursday, farmers from Abusera, Gicha and Dhakaa Adii said they had been offered between Br 210 and Br 380 a square metre for farmland that, they said, sells for more than 20 times that amount on the open market.
L city Abusera
L city Gicha
L city Dhakaa Adii
F money Br 210
F money Br 380
F number 20
> “They measured my land in Megabit last year and told me to sign. I have not seen a single birr since,” said Gemechu Tolera Bayisa, a 58-year-old teff farmer from Abusera who has farmed the same 2.5 hectares for four decades. “It is too little, too late. Where does a farmer without land go? To Addis?”
Q direct Gemechu Tolera Bayisa :: “They measured my land in Megabit last year and told me to sign. I have not seen a single birr since,”
P full Gemechu Tolera Bayisa
F age 58-year-old
L city Abusera
F quantity 2.5 hectares
F duration four decades
Q direct Gemechu Tolera Bayisa :: “It is too little, too late. Where does a farmer without land go? To Addis?”
L city Addis
> Ato Gemechu said eleven members of his family, including his two married sons, live off the farm, and that the family has no other income.
P partial Gemechu
F number eleven
F number two
> Another farmer, a mother of six from Gicha who asked not to be named for fear of reprisals, told Addis Standard that kebele officials had warned families who refused to sign that their crops would be cleared “with or without the money”.
F number six
L city Gicha
O media Addis Standard
Q direct - :: “with or without the money”
> Officials in Bishoftu reject the accusation. Chaltu Abdisa Wako, deputy mayor of the Bishoftu City Administration, told Addis Standard that Br 14.2 billion had been allocated for compensation and that 1,870 of the 3,100 households had already been paid.
L city Bishoftu
P full Chaltu Abdisa Wako
O government Bishoftu City Administration
O media Addis Standard
F money Br 14.2 billion
F number 1,870
F number 3,100
> “The rates are fixed by the regional valuation directive, not by the city. Any farmer who is not satisfied can appeal to the grievance committee within 30 days of receiving the decision,” she said. Each displaced household will also receive a 250-square-metre residential plot at a resettlement site in Qajima, “with water, electricity and a school”, she added.
Q direct Chaltu Abdisa Wako :: “The rates are fixed by the regional valuation directive, not by the city. Any farmer who is not satisfied can appeal to the grievance committee within 30 days of receiving the decision,”
F duration 30 days
F quantity 250-square-metre
L city Qajima
Q direct Chaltu Abdisa Wako :: “with water, electricity and a school”
> In a written response to Addis Standard on Saturday, Ethiopian Airlines Group said it had “no role in the valuation of land or the payment of compensation”, which it said were the responsibility of the Oromia Regional State. The airline said it had transferred Br 6 billion to the regional government in Tir 2031 E.C. (January 2039) and would pay for vocational training for 5,000 young people from the affected kebeles.
O media Addis Standard
O company Ethiopian Airlines Group
Q direct Ethiopian Airlines Group :: “no role in the valuation of land or the payment of compensation”
L region Oromia Regional State
F money Br 6 billion
F date Tir 2031 E.C.
F date January 2039
F number 5,000
> The Ethiopian Human Rights Commission (EHRC) said in a report released on March 18 that it had documented the demolition of at least 74 homes in Gicha and Dhakaa Adii before their owners were paid, and called on the authorities to ensure that “no household is evicted before compensation is paid in full.”
O government Ethiopian Human Rights Commission
O government EHRC
F date March 18
F number 74
L city Gicha
L city Dhakaa Adii
Q direct Ethiopian Human Rights Commission :: “no household is evicted before compensation is paid in full.”
> Mulugeta Hailu Gebre, a lawyer who represents 212 of the farmers, said his clients would take the matter to the Oromia Supreme Court if the grievance committee did not revise the rates by the end of Ginbot.
P full Mulugeta Hailu Gebre
F number 212
O government Oromia Supreme Court
> “A square metre of residential land in Bishoftu sells for Br 9,000 today. My clients are being offered Br 380 for land that has fed their families for generations. That is not compensation, it is expropriation at a discount,” Mulugeta said.
Q direct Mulugeta Hailu Gebre :: “A square metre of residential land in Bishoftu sells for Br 9,000 today. My clients are being offered Br 380 for land that has fed their families for generations. That is not compensation, it is expropriation at a discount,”
L city Bishoftu
F money Br 9,000
F money Br 380
P partial Mulugeta
> The new airport is meant to replace Bole International Airport in Addis Abeba, which handled 29.6 million passengers in 2038 and will reach its capacity before the end of the decade, according to the airline. Ethiopian Airlines, Africa’s largest carrier, currently flies to 151 international destinations.
L facility Bole International Airport
L city Addis Abeba
F number 29.6 million
F date 2038
O company Ethiopian Airlines
L continent Africa
F number 151
> Elders in Bishoftu have also asked that the airport’s approach path avoid Hora Arsadi, the crater lake in the town where the Irreechaa thanksgiving is celebrated every year at the end of the rainy season.
L city Bishoftu
L geo Hora Arsadi
> “Hora Arsadi belongs to all Oromo. No runway may be built that disturbs it,” said Obbo Bekele Jaarsoo Fite, a 71-year-old elder from Bishoftu.
Q direct Bekele Jaarsoo Fite :: “Hora Arsadi belongs to all Oromo. No runway may be built that disturbs it,”
L geo Hora Arsadi
P full Bekele Jaarsoo Fite
F age 71-year-old
L city Bishoftu
> The airline has said that work on the first phase, which includes two runways and a terminal, will begin in September 2039.
F number two
F date September 2039
'''

ARTICLES['656-brda-earliest-grape-harvest-heat-rebula-dual-owners-collio-neblo-crossing-slovenia-times'] = r'''
> Business
> Brda winemakers start earliest harvest on record as heat cuts yields by a third
L region Brda
F fraction a third
> Dual owners with vineyards on both sides of the border say new Italian paperwork leaves their grapes waiting in the sun
> STA | 16.08.2038 - 14:35
O media STA
F date 16.08.2038
F time 14:35
> Grape pickers in a vineyard above Šmartno in Goriška Brda on Monday. Photo: Ana Furlan Koršič/STA
L city Šmartno
L region Goriška Brda
P full Ana Furlan Koršič
O media STA
> Dobrovo – Winemakers in Goriška Brda began picking grapes for sparkling wine on Monday, the earliest start to the harvest in the hills on record, after a summer in which daytime temperatures in the area stayed above 35C for 19 days in a row.
L city Dobrovo
L region Goriška Brda
F quantity 35C
F duration 19 days
> The Slovenian Environment Agency (ARSO) measured 38.6C at its station in nearby Bilje on 2 August, and only 41 mm of rain fell in the Brda hills between 1 June and 15 August, about a quarter of the long-term average.
O government Slovenian Environment Agency
O government ARSO
F quantity 38.6C
L city Bilje
F date 2 August
F quantity 41 mm
L region Brda
F date 1 June
F date 15 August
F fraction a quarter
> "We used to start on Rebula in the middle of September. This year we will be finished with it before the end of August," said Matevž Kozman, the head of the Brda Winegrowers' Association, which has 146 member producers.
Q direct Matevž Kozman :: "We used to start on Rebula in the middle of September. This year we will be finished with it before the end of August,"
P full Matevž Kozman
O nonprofit Brda Winegrowers' Association
F number 146
> Kozman expects yields to be 30-35% lower than last year, when growers picked about 7,400 tonnes of grapes from some 1,750 hectares of vineyards. The berries are small and the sugar is high, he said, so the wines should be good, but there will be less of them.
P partial Kozman
F percent 30-35%
F quantity 7,400 tonnes
F quantity 1,750 hectares
> The Kozana Wine Cooperative (Vinska zadruga Kozana), which buys grapes from 380 growers, will pay EUR 1.15 per kilogram for Rebula this year, up from EUR 0.92 in 2037, its director Tjaša Mavrič Zorn told the STA.
O nonprofit Kozana Wine Cooperative
O nonprofit Vinska zadruga Kozana
F number 380
F money EUR 1.15
F money EUR 0.92
F date 2037
P full Tjaša Mavrič Zorn
O media STA
> "People have lost a third of their crop. We cannot pay them less than last year and expect them to stay with us," Mavrič Zorn said.
Q direct Tjaša Mavrič Zorn :: "People have lost a third of their crop. We cannot pay them less than last year and expect them to stay with us,"
F fraction a third
P partial Mavrič Zorn
> Most of the Rebula from Brda goes into still white wine, but a growing share is used for sparkling wine and for skin-macerated "orange" wines, which sell for EUR 25 or more a bottle in markets such as the US and Japan.
L region Brda
Q scare - :: "orange"
F money EUR 25
L country US
L country Japan
> Paperwork at the border
> The early harvest has also revived an old grievance of the so-called "dual owners" (dvolastniki), some 400 farmers from Brda who own vineyards on both sides of the border with Italy, in the Collio, as the hills are called on the Italian side.
Q scare - :: "dual owners"
F number 400
L region Brda
L country Italy
L region Collio
> Under rules dating back to the 1950s, they may bring grapes from their own vineyards across the border without paying duty. Since 1 July, however, Italian customs have required each load to be registered in advance through an online system, and growers say the checks at the crossings can take hours.
F date 1950s
F date 1 July
> "I have 1.8 hectares in Plešivo and 0.7 hectares across the border near Cormons. Last Tuesday my tractor waited two hours at the Neblo crossing with a trailer of Chardonnay cooking in the sun," said Uroš Vogrič Marinič, a grower from Medana.
Q direct Uroš Vogrič Marinič :: "I have 1.8 hectares in Plešivo and 0.7 hectares across the border near Cormons. Last Tuesday my tractor waited two hours at the Neblo crossing with a trailer of Chardonnay cooking in the sun,"
F quantity 1.8 hectares
L city Plešivo
F quantity 0.7 hectares
L city Cormons
F duration two hours
L facility Neblo
P full Uroš Vogrič Marinič
L city Medana
> He said the Slovenian name of the Italian town, Krmin, was printed on his grandfather's border pass. "For us it was always one vineyard. Now it is two countries again."
L city Krmin
Q direct Uroš Vogrič Marinič :: "For us it was always one vineyard. Now it is two countries again."
F number one
F number two
> The Agriculture Ministry said it had raised the matter with the Italian authorities and that a joint Slovenian-Italian commission on border traffic would meet in Nova Gorica on 29 August. State Secretary Nina Kodelja said the ministry wanted the pre-registration requirement "suspended at least until the end of the harvest".
O government Agriculture Ministry
L city Nova Gorica
F date 29 August
P full Nina Kodelja
Q direct Nina Kodelja :: "suspended at least until the end of the harvest"
> On the Italian side, the Consorzio Collio, which groups the producers of the appellation, said the rule was meant to stop grapes from other regions being sold as Collio wine, but that it would support "a simpler solution for genuine cross-border farmers".
O nonprofit Consorzio Collio
L region Collio
Q direct Consorzio Collio :: "a simpler solution for genuine cross-border farmers"
> Brda producers exported wine worth EUR 31.4m in 2037, about 38% of Slovenia's wine exports by value, according to the Statistical Office.
L region Brda
F money EUR 31.4m
F date 2037
F percent 38%
L country Slovenia
O government Statistical Office
> Most growers expect to finish picking by mid-September, about three weeks earlier than usual.
F duration three weeks
'''

ARTICLES['657-senior-tt-kinvig-home-win-greenhalgh-stops-ballaugh-bridge-lap-record-mountain-course-result-mcn'] = r'''
> Sport
> Kinvig takes home Senior TT win after Greenhalgh stops at Ballaugh on last lap
P partial Kinvig
P partial Greenhalgh
L city Ballaugh
> Ramsey rider sets 137.112mph lap record as leader’s Kawasaki cuts out 13 miles from the flag
L city Ramsey
F quantity 137.112mph
O company Kawasaki
F quantity 13 miles
> By Rhys Bellamy
P full Rhys Bellamy
> Published: 05 June 2038 Updated: 06 June 2038
F date 05 June 2038
F date 06 June 2038
> Juan Kinvig sprays champagne on the podium behind the TT Grandstand on Glencrutchery Road. Picture: Niamh Corkish/Pacemaker Press
P full Juan Kinvig
L facility TT Grandstand
L street Glencrutchery Road
P full Niamh Corkish
O media Pacemaker Press
> Juan Kinvig gave the Isle of Man a home winner of the Senior TT on Saturday, taking the six-lap race around the Mountain Course by 11.842 seconds after long-time leader Callum Greenhalgh’s Kawasaki stopped at Ballaugh Bridge on the final lap.
P full Juan Kinvig
L country Isle of Man
F number six
L facility Mountain Course
F duration 11.842 seconds
P full Callum Greenhalgh
O company Kawasaki
L facility Ballaugh Bridge
> The 31-year-old from Ramsey, riding a Honda for the Sulby-based Snaefell Racing team, averaged 134.906mph over the 226.38 miles and set a new outright lap record of 137.112mph on his fourth lap, a lap of 16 minutes 30.635 seconds.
F age 31-year-old
L city Ramsey
O company Honda
L city Sulby
O team Snaefell Racing
F quantity 134.906mph
F quantity 226.38 miles
F quantity 137.112mph
F duration 16 minutes
F duration 30.635 seconds
> ‘I’ve stood on the wall at Parliament Square with a flag since I was six years old,’ said Kinvig, whose father, Stephen Kinvig, raced in the Manx Grand Prix in the 2000s. ‘I told the lads on the radio this morning: if Callum goes, we go with him. We went with him for five laps and it nearly cooked the rear tyre.
Q direct Juan Kinvig :: ‘I’ve stood on the wall at Parliament Square with a flag since I was six years old,’
L street Parliament Square
F age six years old
P partial Kinvig
P full Stephen Kinvig
F date 2000s
Q direct Juan Kinvig :: ‘I told the lads on the radio this morning: if Callum goes, we go with him. We went with him for five laps and it nearly cooked the rear tyre.
P partial Callum
F number five
> ‘When the board at the Ramsey Hairpin said P1, I didn’t believe it. Then I rode over the Mountain like my nan was on the back.’
Q direct Juan Kinvig :: ‘When the board at the Ramsey Hairpin said P1, I didn’t believe it. Then I rode over the Mountain like my nan was on the back.’
L facility Ramsey Hairpin
L geo Mountain
> Greenhalgh, the 28-year-old from Accrington who had led since the opening lap, was 9.3 seconds ahead on corrected time when his bike lost drive on the approach to Ballaugh Bridge, 13 miles from the finish.
P partial Greenhalgh
F age 28-year-old
L city Accrington
F duration 9.3 seconds
L facility Ballaugh Bridge
F quantity 13 miles
> ‘It just cut out. No warning, nothing,’ said Greenhalgh, who pushed the bike on to the grass and sat on the bank with his helmet on for several minutes. ‘Juan deserves it, he never gave up the chase. But I’ll be back here next year, and I’ll be angry.’
Q direct Callum Greenhalgh :: ‘It just cut out. No warning, nothing,’
P partial Greenhalgh
Q direct Callum Greenhalgh :: ‘Juan deserves it, he never gave up the chase. But I’ll be back here next year, and I’ll be angry.’
P partial Juan
> Tama Rāwiri-Hughes finished second on a BMW, the New Zealander’s best result at the TT in four years of trying, with Japan’s Daichi Morooka third on a Yamaha, 38.507 seconds behind the winner.
P full Tama Rāwiri-Hughes
O company BMW
F duration four years
L country Japan
P full Daichi Morooka
O company Yamaha
F duration 38.507 seconds
> ‘Very hot, very fast, very bumpy,’ said Morooka, 26, through a team interpreter. He was also the fastest rider through the speed trap on the Sulby Straight, at 199.4mph.
Q direct Daichi Morooka :: ‘Very hot, very fast, very bumpy,’
P partial Morooka
F age 26
L street Sulby Straight
F quantity 199.4mph
> The race started 45 minutes late, at 12:45pm, after damp patches were found on the Mountain section between the Bungalow and Brandywell, and the opening lap was run with warning flags for standing water at Ginger Hall.
F duration 45 minutes
F time 12:45pm
L geo Mountain
L facility Bungalow
L facility Brandywell
L facility Ginger Hall
> Seven of the 52 starters retired, among them Lewis Gorry-Dunne, who fell without injury at Quarter Bridge on the second lap.
F number Seven
F number 52
P full Lewis Gorry-Dunne
L facility Quarter Bridge
> The Auto-Cycle Union (ACU), which runs the races with the Isle of Man Government, confirmed the result after taking a fuel sample from Kinvig’s Honda. The prize fund for the Senior was £310,000, with £40,000 going to the winner.
O nonprofit Auto-Cycle Union
O nonprofit ACU
O government Isle of Man Government
P partial Kinvig
O company Honda
F money £310,000
F money £40,000
> Snaefell Racing is run from a former farm shed in Sulby by Paul Cregeen and his brother Chris. It started in 2029 with one rider, a second-hand Honda and a budget of less than £60,000 a year.
O team Snaefell Racing
L city Sulby
P full Paul Cregeen
P partial Chris
F date 2029
F number one
O company Honda
F money £60,000
> ‘People ask what it costs to win a TT. Most of it is the lads giving up their evenings,’ said Paul Cregeen.
Q direct Paul Cregeen :: ‘People ask what it costs to win a TT. Most of it is the lads giving up their evenings,’
P full Paul Cregeen
> Senior TT – Result (6 laps, 226.38 miles)
F number 6
F quantity 226.38 miles
> 1 Juan Kinvig (Honda) 1:40:41.006 134.906mph
P full Juan Kinvig
O company Honda
F duration 1:40:41.006
F quantity 134.906mph
> 2 Tama Rāwiri-Hughes (BMW) 1:40:52.848 134.642mph
P full Tama Rāwiri-Hughes
O company BMW
F duration 1:40:52.848
F quantity 134.642mph
> 3 Daichi Morooka (Yamaha) 1:41:19.513 134.052mph
P full Daichi Morooka
O company Yamaha
F duration 1:41:19.513
F quantity 134.052mph
> 4 Aaron Lavery (BMW) 1:41:52.221 133.334mph
P full Aaron Lavery
O company BMW
F duration 1:41:52.221
F quantity 133.334mph
> 5 Brodie Nankervis (Kawasaki) 1:42:16.666 132.803mph
P full Brodie Nankervis
O company Kawasaki
F duration 1:42:16.666
F quantity 132.803mph
> 6 Sjoerd van der Wiel (Yamaha) 1:42:49.037 132.106mph
P full Sjoerd van der Wiel
O company Yamaha
F duration 1:42:49.037
F quantity 132.106mph
> 7 Ellis Quayle (Suzuki) 1:43:37.890 131.068mph
P full Ellis Quayle
O company Suzuki
F duration 1:43:37.890
F quantity 131.068mph
> 8 Pierre-Yves Lhermitte (BMW) 1:44:04.455 130.511mph
P full Pierre-Yves Lhermitte
O company BMW
F duration 1:44:04.455
F quantity 130.511mph
> 9 Marcus Greenwood-Shaw (Honda) 1:44:42.708 129.716mph
P full Marcus Greenwood-Shaw
O company Honda
F duration 1:44:42.708
F quantity 129.716mph
> 10 Mats Åkerlund (Ducati) 1:45:07.124 129.214mph
P full Mats Åkerlund
O company Ducati
F duration 1:45:07.124
F quantity 129.214mph
> Fastest lap: Kinvig 16:30.635 (137.112mph, new lap record)
P partial Kinvig
F duration 16:30.635
F quantity 137.112mph
'''

ARTICLES['658-canal-no-1-oily-sheen-pipe-coating-yard-wales-epa-rice-farmers-close-intakes-region-three-kaieteur-news'] = r'''
> EPA Probes Oily Sheen In Canal No. 1 As Rice Farmers Close Intakes
O government EPA
L region Canal No. 1
> Mar 16, 2039 News
F date Mar 16, 2039
> By Tamika Sue-Ping
P full Tamika Sue-Ping
> A film of oil on a drainage canal at Canal No. 1 Polder, West Bank Demerara, on Tuesday. (Kaieteur News photo)
L region Canal No. 1 Polder
L region West Bank Demerara
O media Kaieteur News
> Kaieteur News – The Environmental Protection Agency (EPA) has launched an investigation into an oily sheen that has spread along the main drainage and irrigation canal at Canal No. 1 Polder, West Bank Demerara (WBD), forcing rice farmers to close their intakes at the height of the spring crop.
O media Kaieteur News
O government Environmental Protection Agency
O government EPA
L region Canal No. 1 Polder
L region West Bank Demerara
L region WBD
> Farmers told this newspaper that the sheen, which smells strongly of diesel, first appeared on Sunday behind the Wales Industrial Estate, where Trans-Demerara Pipe & Coating Inc. (TDPC) cleans and coats steel pipe for the offshore oil industry. By Tuesday it stretched for about 3.5 kilometres towards the Canal No. 1 koker.
L facility Wales Industrial Estate
O company Trans-Demerara Pipe & Coating Inc.
O company TDPC
F quantity 3.5 kilometres
L region Canal No. 1
> “We can’t put this water on the rice. The plants reaching the booting stage and they need water every day, but if oil get in the field, the whole crop gone,” said Mohamed Azeem Baksh, 47, who farms 35 acres at Canal No. 1.
Q direct Mohamed Azeem Baksh :: “We can’t put this water on the rice. The plants reaching the booting stage and they need water every day, but if oil get in the field, the whole crop gone,”
P full Mohamed Azeem Baksh
F age 47
F quantity 35 acres
L region Canal No. 1
> Baksh said some 60 farmers who draw water from the canal, with a combined 1,400 acres under paddy, shut their intakes on Monday on the advice of the Guyana Rice Development Board (GRDB). He estimated that each acre could lose up to 12 bags of paddy if the fields stay dry for more than a week, at $4,800 a bag.
P partial Baksh
F number 60
F quantity 1,400 acres
O government Guyana Rice Development Board
O government GRDB
F number 12
F money $4,800
> A GRDB extension officer at the scene confirmed the advice but declined to comment further.
O government GRDB
> EPA said in a statement on Tuesday that its inspectors had taken water samples at six points along the canal and had ordered TDPC to “immediately cease all washing and blasting operations” until the results are known. The samples were sent to a laboratory in Trinidad and Tobago, and results are expected within 10 days, the agency said.
O government EPA
F number six
O company TDPC
Q direct Environmental Protection Agency :: “immediately cease all washing and blasting operations”
L country Trinidad and Tobago
F duration 10 days
> In a statement issued late Tuesday, TDPC said it was “cooperating fully” with the EPA and that its own checks had found “no breach of containment” at the yard. The company said it had hired a contractor to place oil booms at two points along the canal “as a precaution.”
O company TDPC
Q direct Trans-Demerara Pipe & Coating Inc. :: “cooperating fully”
O government EPA
Q direct Trans-Demerara Pipe & Coating Inc. :: “no breach of containment”
F number two
Q direct Trans-Demerara Pipe & Coating Inc. :: “as a precaution.”
> However, a worker at the yard, who asked not to be named, told Kaieteur News that wash water from the pipe-blasting bay had been running into a trench behind the yard “for weeks” since a sump pump broke down in February.
O media Kaieteur News
Q direct - :: “for weeks”
> TDPC, which is owned by a Trinidadian firm and a local partner, opened the yard in 2037 under a US$18.6M contract with a supplier to the operators of the Stabroek Block. It employs about 140 people.
O company TDPC
F date 2037
F money US$18.6M
L facility Stabroek Block
F number 140
> Regional Chairman of Region Three (Essequibo Islands-West Demerara), Deonarine Jagmohan, who visited the area on Tuesday, said the Regional Democratic Council (RDC) would ask the National Drainage and Irrigation Authority (NDIA) to pump fresh water from the Boerasirie Conservancy into the canal so that farmers could reopen their intakes.
L region Region Three
L region Essequibo Islands-West Demerara
P full Deonarine Jagmohan
O government Regional Democratic Council
O government RDC
O government National Drainage and Irrigation Authority
O government NDIA
L geo Boerasirie Conservancy
> “These farmers did not cause this problem and they must not pay for it. Whoever polluted this canal will have to compensate every single one of them,” Jagmohan said.
Q direct Deonarine Jagmohan :: “These farmers did not cause this problem and they must not pay for it. Whoever polluted this canal will have to compensate every single one of them,”
P partial Jagmohan
> Under the Environmental Protection Act, a company found to have polluted a waterway can be fined up to $5 million and ordered to pay for the clean-up.
F money $5 million
> Residents of nearby Wales and Canal No. 2 Polder said they had also stopped using water from the canal to wash clothes and water their cattle. “Two years ago it was the sugar factory, now it is the oil people. Is always us at the back of the line,” said Savitri Ramkissoon, a mother of four from Wales.
L city Wales
L region Canal No. 2 Polder
Q direct Savitri Ramkissoon :: “Two years ago it was the sugar factory, now it is the oil people. Is always us at the back of the line,”
F duration Two years
P full Savitri Ramkissoon
F number four
L city Wales
> The spring crop, which farmers in Region Three began sowing in November, is due to be harvested from late March. The GRDB has forecast a national spring crop of 715,000 tonnes of paddy, up 4.2 percent on 2038.
L region Region Three
O government GRDB
F quantity 715,000 tonnes
F percent 4.2 percent
F date 2038
'''

ARTICLES['659-whati-evacuated-wildfire-zf027-crosses-tlicho-all-season-road-behchoko-yellowknife-nwt-fire-cabin-radio'] = r'''
> Whatì evacuated as wildfire crosses Tłı̨chǫ All-Season Road
L city Whatì
L street Tłı̨chǫ All-Season Road
> Nadia Beaulieu-Kenny · Published: July 20, 2039 at 6:48 PM · Last modified: July 21, 2039 at 9:02 AM
P full Nadia Beaulieu-Kenny
F date July 20, 2039
F time 6:48 PM
F date July 21, 2039
F time 9:02 AM
> Smoke from wildfire ZF027 rises south of Whatì on Wednesday afternoon. Photo: NWT Fire
L city Whatì
O government NWT Fire
> The roughly 470 residents of Whatì are being flown and driven out of the community after a wildfire crossed the Tłı̨chǫ All-Season Road on Wednesday, cutting its only summer road link to the rest of the Northwest Territories.
F number 470
L city Whatì
L street Tłı̨chǫ All-Season Road
L region Northwest Territories
> The Community Government of Whatì declared a state of local emergency at 2:15 PM and ordered everyone out an hour later, when NWT Fire reported that the fire, known as ZF027, had jumped the road about 14 km south of town.
O government Community Government of Whatì
F time 2:15 PM
O government NWT Fire
F quantity 14 km
> The fire was mapped at 21,400 hectares on Wednesday evening, up from 6,900 hectares on Monday, after winds gusting to 50 km/h pushed it north through black spruce and jack pine.
F quantity 21,400 hectares
F quantity 6,900 hectares
F quantity 50 km/h
> “It moved about six kilometres in the space of three hours. With those winds there’s not a lot you can put in front of it,” said Jessa Boudreau, a fire information officer with NWT Fire.
Q direct Jessa Boudreau :: “It moved about six kilometres in the space of three hours. With those winds there’s not a lot you can put in front of it,”
F quantity six kilometres
F duration three hours
P full Jessa Boudreau
O government NWT Fire
> She said 22 firefighters, four helicopters and two air tankers were working to protect the community’s power plant and fuel tanks, and that crews had set up sprinklers on homes along the south shore.
F number 22
F number four
F number two
> Elders and people with health conditions were flown to Yellowknife first, on four Air Tindi flights and a territorial government charter. Other residents left by road in a convoy escorted by the RCMP before the highway was closed at 5 PM.
L city Yellowknife
F number four
O company Air Tindi
O government RCMP
F time 5 PM
> Rosalie Football, 68, said she left with her two grandchildren and “just what we could carry.”
P full Rosalie Football
F age 68
F number two
Q direct Rosalie Football :: “just what we could carry.”
> “We could see the smoke from the band office all morning, and then the sky turned orange. I have lived in Whatì my whole life and I never saw a fire come this close,” she said. “The old people are scared. Some of them remember when there was no road at all.”
Q direct Rosalie Football :: “We could see the smoke from the band office all morning, and then the sky turned orange. I have lived in Whatì my whole life and I never saw a fire come this close,”
L city Whatì
Q direct Rosalie Football :: “The old people are scared. Some of them remember when there was no road at all.”
> Evacuees are being registered at the Yellowknife Multiplex, where the Canadian Red Cross and the City of Yellowknife have set up 300 cots. Some families chose to stay with relatives in Behchokǫ̀ instead.
L facility Yellowknife Multiplex
O nonprofit Canadian Red Cross
O government City of Yellowknife
F number 300
L city Behchokǫ̀
> Tłı̨chǫ Government Grand Chief Philip Rabesca said in a statement that his government was “working around the clock” with the Government of the Northwest Territories and the community, and thanked the people of Behchokǫ̀ and Yellowknife for opening their homes.
O government Tłı̨chǫ Government
P full Philip Rabesca
Q direct Philip Rabesca :: “working around the clock”
O government Government of the Northwest Territories
L city Behchokǫ̀
L city Yellowknife
> The territory’s Department of Infrastructure said the all-season road, also known as Highway 9, would stay closed between its junction with Highway 3 and Whatì “until it is safe to reopen.” It did not say when that might be.
O government Department of Infrastructure
L street Highway 9
L street Highway 3
L city Whatì
Q direct Department of Infrastructure :: “until it is safe to reopen.”
> Residents of Gamètì and Wekweètì, which have no all-season road, are not under evacuation orders but have been told to be ready to leave at short notice.
L city Gamètì
L city Wekweètì
> Whatì, a Tłı̨chǫ community on the shore of Lac La Martre about 160 km north-west of Yellowknife, could only be reached by air or winter road until the all-season road opened in November 2021.
L city Whatì
L geo Lac La Martre
F quantity 160 km
L city Yellowknife
F date November 2021
> It is the first Tłı̨chǫ community to be evacuated since Behchokǫ̀ was emptied in August 2023, the same month the 20,000 residents of Yellowknife were ordered out.
L city Behchokǫ̀
F date August 2023
F number 20,000
L city Yellowknife
> NWT Fire said 61 fires were burning in the territory on Wednesday, 14 of them in the North Slave region. Forecasters expect temperatures near 30C through Saturday, with no significant rain before next week.
O government NWT Fire
F number 61
F number 14
L region North Slave
F quantity 30C
> Cabin Radio will update this report as more information becomes available.
O media Cabin Radio
'''

ARTICLES['660-rubber-exports-boten-mohan-slump-china-traceability-rule-luang-namtha-smallholders-kip-laotian-times'] = r'''
> Business
> Rubber Exports Through Boten Slump As China Tightens Origin Rules
L city Boten
L country China
> Kiengkham Inthavong | March 16, 2039
P full Kiengkham Inthavong
F date March 16, 2039
> Trucks loaded with rubber sheets wait at the Boten International Border Checkpoint in Luang Namtha Province. (Photo: Luang Namtha Provincial Department of Industry and Commerce)
L facility Boten International Border Checkpoint
L region Luang Namtha Province
O government Luang Namtha Provincial Department of Industry and Commerce
> (Laotian Times) Rubber exports from northern Laos to China through the Boten-Mohan border crossing fell by 41 percent in the first two months of 2039, after Chinese customs began requiring traceability certificates for every consignment of natural rubber from January 1.
O media Laotian Times
L country Laos
L country China
L city Boten
L city Mohan
F percent 41 percent
F duration two months
F date 2039
F date January 1
> Figures from the Luang Namtha Provincial Department of Industry and Commerce show that 38,600 tonnes of rubber crossed at Boten in January and February, compared with 65,400 tonnes in the same period of 2038.
O government Luang Namtha Provincial Department of Industry and Commerce
F quantity 38,600 tonnes
L city Boten
F quantity 65,400 tonnes
F date 2038
> Under the new rules, issued by the General Administration of Customs of China (GACC) in October 2038, importers must give the GPS location of the plantation where the latex was tapped and show that the land was not cleared from natural forest after 2020.
O government General Administration of Customs of China
O government GACC
F date October 2038
F date 2020
> Most of the rubber grown in Luang Namtha, Oudomxay and Bokeo comes from smallholders with one or two hectares who sell to middlemen, and few of them hold the papers the new system requires.
L region Luang Namtha
L region Oudomxay
L region Bokeo
F quantity one
F quantity two hectares
> "Before January a Chinese buyer came to the village every week. Now they come once a month and ask for documents we have never seen," said Mr. Xay Yang, a Hmong rubber farmer in Ban Nam Ngen, Sing District, who taps 1,100 trees planted by his father in 2009.
Q direct Xay Yang :: "Before January a Chinese buyer came to the village every week. Now they come once a month and ask for documents we have never seen,"
P full Xay Yang
L city Ban Nam Ngen
L region Sing District
F number 1,100
F date 2009
> Mr. Xay said the price paid at the farm gate had fallen from 11,800 kip per kg in December to 7,400 kip, which barely covers the cost of tapping.
P partial Xay
F money 11,800 kip
F money 7,400 kip
> "If it stays like this, many families will cut the trees and plant bananas for the Chinese companies instead," he said.
Q direct Xay Yang :: "If it stays like this, many families will cut the trees and plant bananas for the Chinese companies instead,"
> The Director of the Luang Namtha Provincial Department of Industry and Commerce, Mr. Somphavanh Keomanivong, said the province was working with Chinese buyers on a pilot traceability system that would cover 6,000 hectares in Namtha and Sing districts by June.
O government Luang Namtha Provincial Department of Industry and Commerce
P full Somphavanh Keomanivong
F quantity 6,000 hectares
L region Namtha
L region Sing
> "We have mapped around 2,300 plots already. Farmers who register will receive a certificate free of charge, and the buyers have promised a premium of up to 500 kip per kilogram for certified rubber," Mr. Somphavanh said.
Q direct Somphavanh Keomanivong :: "We have mapped around 2,300 plots already. Farmers who register will receive a certificate free of charge, and the buyers have promised a premium of up to 500 kip per kilogram for certified rubber,"
F number 2,300
F money 500 kip
P partial Somphavanh
> The Ministry of Industry and Commerce (MOIC) said in a notice on March 10 that it had asked the Chinese side for a 12-month transition period for smallholder rubber, and urged exporters to "strictly comply with the requirements of the importing country" in the meantime.
O government Ministry of Industry and Commerce
O government MOIC
F date March 10
F duration 12-month
Q direct Ministry of Industry and Commerce :: "strictly comply with the requirements of the importing country"
> Rubber is one of Laos' largest agricultural exports. The country shipped 412,000 tonnes worth USD 598 million in 2038, according to the ministry, 93 percent of it to China.
L country Laos
F quantity 412,000 tonnes
F money USD 598 million
F date 2038
F percent 93 percent
L country China
> At Boten, where queues of up to 180 trucks formed in January, traffic has eased, but drivers say the inspections take longer. A Chinese driver who has hauled rubber to a factory in Jinghong for six years, and who did not want to be named, said each truck now waited two days on average at the checkpoint. "Last year it was four hours," he said.
L city Boten
F number 180
L city Jinghong
F duration six years
F duration two days
Q direct - :: "Last year it was four hours,"
F duration four hours
> Some traders have begun sending rubber south instead, by truck to Houayxay and across the Mekong to Chiang Khong in Thailand, where buyers pay about 8 percent less but ask for fewer documents.
L city Houayxay
L geo Mekong
L city Chiang Khong
L country Thailand
F percent 8 percent
> Others hope that the Laos-China Railway, which opened a rubber freight service at Boten in 2037, can help exporters with the paperwork.
L facility Laos-China Railway
L city Boten
F date 2037
> "The smallholders are the weakest link. If they cannot get into the system, the rubber will still be grown, but it will be sold at a loss," Mr. Vongdeuane Chanthavong, vice president of the Lao National Chamber of Commerce and Industry (LNCCI), told Laotian Times.
Q direct Vongdeuane Chanthavong :: "The smallholders are the weakest link. If they cannot get into the system, the rubber will still be grown, but it will be sold at a loss,"
P full Vongdeuane Chanthavong
O nonprofit Lao National Chamber of Commerce and Industry
O nonprofit LNCCI
O media Laotian Times
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
