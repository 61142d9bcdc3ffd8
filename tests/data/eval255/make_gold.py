#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval255 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval255/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1573-sydney-housing-affordability-report-parramatta-first-home-buyers-smh'] = r'''
> Property
> ‘Priced out of our own suburb’: Sydney’s median house price hits $1.9 million
Q direct Priya Nandakumar :: ‘Priced out of our own suburb’
L city Sydney
F money $1.9 million
> A state government report finds a typical household needs 14 years to save a deposit. The planning minister says the answer is more homes near train lines.
F duration 14 years
> By Tom Everingham
P full Tom Everingham
> April 8, 2041 — 5.00am
F date April 8, 2041
F time 5.00am
> First-home buyer Priya Nandakumar outside a townhouse development in Parramatta. Credit: Janie Castellano
P full Priya Nandakumar
L city Parramatta
P full Janie Castellano
> Sydney’s median house price has climbed to $1.9 million, and a household on the median income of $128,000 would need 14 years to save a 20 per cent deposit, according to a report to be released by the NSW government on Tuesday.
L city Sydney
F money $1.9 million
F money $128,000
F duration 14 years
F percent 20 per cent
L region NSW
> The report, prepared by the Department of Planning, Housing and Infrastructure, found the median unit price rose 7.4 per cent in the year to March, to $915,000, while wages grew by 3.1 per cent.
O government Department of Planning, Housing and Infrastructure
F percent 7.4 per cent
F money $915,000
F percent 3.1 per cent
> Planning Minister Daniel Ferracane said the figures were “confronting” and blamed two decades of homes being built “in the wrong places, at the wrong speed”.
P full Daniel Ferracane
Q direct Daniel Ferracane :: “confronting”
F duration two decades
Q direct Daniel Ferracane :: “in the wrong places, at the wrong speed”
> “We have spent 20 years pushing young families out to the edges of the city, to places like Leppington and Marsden Park, and then telling them to sit on the M5 for 90 minutes each way,” Ferracane said. “That is not a housing policy. That is a traffic jam.”
Q direct Daniel Ferracane :: “We have spent 20 years pushing young families out to the edges of the city, to places like Leppington and Marsden Park, and then telling them to sit on the M5 for 90 minutes each way,”
F duration 20 years
L city Leppington
L city Marsden Park
L street M5
F duration 90 minutes
P partial Ferracane
Q direct Daniel Ferracane :: “That is not a housing policy. That is a traffic jam.”
> He said the government would rezone land within 800 metres of 31 metro and train stations to allow about 112,000 new homes by 2044, a quarter of them in Western Sydney.
F quantity 800 metres
F number 31
F number 112,000
F date 2044
F fraction a quarter
L region Western Sydney
> Nandakumar, 31, a nurse at Westmead Hospital who rents a two-bedroom unit in Parramatta with her partner, has been saving for six years. The couple have $96,000 put away, about half of what they need for a deposit on a $980,000 townhouse.
P partial Nandakumar
F age 31
O other Westmead Hospital
F number two
L city Parramatta
F duration six years
F money $96,000
F fraction half
F money $980,000
> “We’ve been priced out of our own suburb. Every time we get close, the target moves another $50,000,” she said. “My parents bought in Harris Park in 2009 on one income. I tell them that now and they don’t believe me.”
Q direct Priya Nandakumar :: “We’ve been priced out of our own suburb. Every time we get close, the target moves another $50,000,”
F money $50,000
Q direct Priya Nandakumar :: “My parents bought in Harris Park in 2009 on one income. I tell them that now and they don’t believe me.”
L city Harris Park
F date 2009
F number one
> Harbourline Bank chief economist Marcus Tiernan said the Reserve Bank of Australia (RBA), which has held the cash rate at 3.85 per cent since November, had done little to help buyers.
O company Harbourline Bank
P full Marcus Tiernan
O government Reserve Bank of Australia
O government RBA
F percent 3.85 per cent
> "Rates are not the main problem any more. Supply is," Tiernan said. "Even if the RBA cut by 1 percentage point tomorrow, a typical Sydney buyer would still be borrowing seven times their income."
Q direct Marcus Tiernan :: "Rates are not the main problem any more. Supply is,"
P partial Tiernan
Q direct Marcus Tiernan :: "Even if the RBA cut by 1 percentage point tomorrow, a typical Sydney buyer would still be borrowing seven times their income."
O government RBA
F percent 1 percentage point
L city Sydney
F number seven
> The report found 38 per cent of first-home buyers in the past year had help from the “bank of mum and dad”, up from 27 per cent in 2036, and that the average first-home buyer in Sydney was now 37.
F percent 38 per cent
Q scare - :: “bank of mum and dad”
F percent 27 per cent
F date 2036
L city Sydney
F age 37
> Opposition planning spokeswoman Kylie Brannagh said the rezoning would “bulldoze the character” of suburbs such as Epping, Kogarah and Carlingford without guaranteeing a single affordable home.
P full Kylie Brannagh
Q direct Kylie Brannagh :: “bulldoze the character”
L city Epping
L city Kogarah
L city Carlingford
> A senior government source, who was not authorised to speak publicly, said cabinet had signed off on the plan on Monday. “The minister has the numbers. The councils will squeal, but it is happening,” the source said.
Q direct - :: “The minister has the numbers. The councils will squeal, but it is happening,”
> Ferracane will present the report to a housing summit at Parramatta’s Riverside Theatres at 10am on April 10.
P partial Ferracane
L city Parramatta
L facility Riverside Theatres
F time 10am
F date April 10
'''

ARTICLES['1574-port-talbot-electric-arc-furnace-first-steel-community-union-bbc-wales'] = r'''
> South West Wales
L region South West Wales
> Port Talbot: First steel made in £1.25bn electric furnace
L city Port Talbot
F money £1.25bn
> By Gethin Prosser
P full Gethin Prosser
> Business correspondent, BBC Wales
O media BBC Wales
> Published 3 September 2041
F date 3 September 2041
> Image source, Getty Images
O company Getty Images
> Image caption,
> The new furnace at Port Talbot, on the shore of Swansea Bay, can melt 300 tonnes of scrap in 55 minutes
L city Port Talbot
L geo Swansea Bay
F quantity 300 tonnes
F duration 55 minutes
> The first steel has been tapped from a new electric arc furnace at the Port Talbot steelworks, which Tata Steel UK says will secure about 5,000 jobs in south Wales for "at least a generation".
L city Port Talbot
O company Tata Steel UK
F number 5,000
L country Wales
Q direct Tata Steel UK :: "at least a generation"
> The furnace, which cost £1.25bn, was switched on at 06:40 BST on Tuesday and produced its first 300-tonne batch of liquid steel shortly after 07:30.
F money £1.25bn
F time 06:40 BST
F quantity 300-tonne
F time 07:30
> It draws up to 180 megawatts (MW) from the grid - about as much as a city the size of Cardiff - and melts scrap rather than iron ore, cutting the site's carbon emissions by about 85%.
F quantity 180 megawatts
L city Cardiff
F percent 85%
> Tata Steel UK chief executive Rhiannon Pugh-Evans said: "Today Port Talbot stops being a story about what was lost. This furnace can make 3.2 million tonnes of steel a year, and every tonne of it will be made in Wales."
O company Tata Steel UK
P full Rhiannon Pugh-Evans
Q direct Rhiannon Pugh-Evans :: "Today Port Talbot stops being a story about what was lost. This furnace can make 3.2 million tonnes of steel a year, and every tonne of it will be made in Wales."
L city Port Talbot
F quantity 3.2 million tonnes
L country Wales
> She said the company hoped to hire 240 more workers by the end of 2042, on top of the 2,100 already at the works. The UK government put £500m into the project under a deal agreed in 2036.
F number 240
F date 2042
F number 2,100
L country UK
F money £500m
F date 2036
> Emyr Tudgay, the Community union's national officer for steel, said the day was "bittersweet".
P full Emyr Tudgay
O nonprofit Community
Q direct Emyr Tudgay :: "bittersweet"
> "People in this town remember 2,800 of their friends losing their jobs when the blast furnaces went cold," he said.
Q direct Emyr Tudgay :: "People in this town remember 2,800 of their friends losing their jobs when the blast furnaces went cold,"
F number 2,800
> "We fought for this furnace for years. Now we need the company to keep its promises on training, and we need the 'green steel' jobs to go to local people, not to contractors brought in from elsewhere.
Q direct Emyr Tudgay :: "We fought for this furnace for years. Now we need the company to keep its promises on training, and we need the 'green steel' jobs to go to local people, not to contractors brought in from elsewhere.
> "Otherwise it's a shiny new shed with nobody from Sandfields or Baglan inside it."
Q direct Emyr Tudgay :: "Otherwise it's a shiny new shed with nobody from Sandfields or Baglan inside it."
L city Sandfields
L city Baglan
> The Welsh government's Economy Secretary, Llinos Rhydderch, visited the site on Tuesday afternoon. She said ministers had put £80m into a skills fund at Neath Port Talbot College and that 1,100 people had already finished courses in electrical and furnace work.
P full Llinos Rhydderch
F money £80m
O education Neath Port Talbot College
F number 1,100
> "This is the biggest single investment in Welsh industry in a decade, and it is happening here on the M4 corridor, not on a slide in Cardiff Bay," Ms Rhydderch said.
Q direct Llinos Rhydderch :: "This is the biggest single investment in Welsh industry in a decade, and it is happening here on the M4 corridor, not on a slide in Cardiff Bay,"
L street M4
L city Cardiff Bay
P partial Rhydderch
> Crane driver Kyle Probert, 34, from Aberavon, was one of 40 workers on the first shift.
P full Kyle Probert
F age 34
L city Aberavon
F number 40
> "My grandfather worked on number four blast furnace and my dad was in the hot strip mill for 26 years," he said. "When they switched it on this morning the whole control room went quiet. Then somebody started singing Calon Lân."
Q direct Kyle Probert :: "My grandfather worked on number four blast furnace and my dad was in the hot strip mill for 26 years,"
F duration 26 years
Q direct Kyle Probert :: "When they switched it on this morning the whole control room went quiet. Then somebody started singing Calon Lân."
> One manager at the works, who did not want to be named, said the first melt had been "textbook" but that the grid connection at Margam was still "the weak point".
Q direct - :: "textbook"
L city Margam
Q direct - :: "the weak point"
> A £90m scrap-processing yard, the second phase of the project, is due to open in spring 2043. The furnace will run seven days a week and is expected to reach full output within 18 months.
F money £90m
F date 2043
F duration seven days
F duration 18 months
'''

ARTICLES['1575-northern-metropolis-land-plan-san-tin-ngau-tam-mei-yuen-long-villagers-scmp'] = r'''
> Hong Kong / Politics
L region Hong Kong
> Hong Kong to take back 1,860 hectares for Northern Metropolis, with 210,000 flats by 2044
L region Hong Kong
F quantity 1,860 hectares
L region Northern Metropolis
F number 210,000
F date 2044
> Development chief says first residents will move in within three years, but villagers in Yuen Long call compensation offer ‘an insult’
F duration three years
L city Yuen Long
Q direct Tang Kwok-wing :: ‘an insult’
> Ophelia Chau Ka-yan
P full Ophelia Chau Ka-yan
> Published: 6:15pm, 12 Jun 2041
F time 6:15pm
F date 12 Jun 2041
> Fields and village houses in Ngau Tam Mei, Yuen Long, which fall within the planned development area. Photo: Winnie Ma
L city Ngau Tam Mei
L city Yuen Long
P full Winnie Ma
> Hong Kong will take back 1,860 hectares of land in the Northern Metropolis over the next eight years to build 210,000 flats and a technology hub, the government announced on Thursday, in what officials called the largest land-resumption exercise in the city’s history.
L region Hong Kong
F quantity 1,860 hectares
L region Northern Metropolis
F duration eight years
F number 210,000
> Secretary for Development Raymond Kwan Chi-hang told the Legislative Council that the plan, covering San Tin, Ngau Tam Mei, Lau Fau Shan and parts of Kam Tin, would cost HK$486 billion (US$62.3 billion) for land resumption, site formation and infrastructure.
P full Raymond Kwan Chi-hang
O government Legislative Council
L city San Tin
L city Ngau Tam Mei
L city Lau Fau Shan
L city Kam Tin
F money HK$486 billion
F money US$62.3 billion
> “This is not a drawing on a wall any more. We have the money, we have the timetable and we have the land,” Kwan said. “The first 34,000 flats will be ready in San Tin by 2044, and the first families will move in that year.”
Q direct Raymond Kwan Chi-hang :: “This is not a drawing on a wall any more. We have the money, we have the timetable and we have the land,”
P partial Kwan
Q direct Raymond Kwan Chi-hang :: “The first 34,000 flats will be ready in San Tin by 2044, and the first families will move in that year.”
F number 34,000
L city San Tin
F date 2044
> He said about 70 per cent of the flats would be public housing, and that the San Tin Technopole next to the Shenzhen River would create 150,000 jobs.
F percent 70 per cent
L region San Tin Technopole
L geo Shenzhen River
F number 150,000
> Gordon Mak Tsz-lok, a lawmaker from the Democratic Alliance for the Betterment and Progress of Hong Kong (DAB), said officials had to explain why the timetable had slipped twice since 2036. “Residents have been told ‘soon’ for 15 years,” he said.
P full Gordon Mak Tsz-lok
O party Democratic Alliance for the Betterment and Progress of Hong Kong
O party DAB
F date 2036
Q direct Gordon Mak Tsz-lok :: “Residents have been told ‘soon’ for 15 years,”
F duration 15 years
> Mak also asked how the Transport and Logistics Bureau would serve the new towns before the Northern Link opens, calling the bus services now on offer “a joke”.
P partial Mak
O government Transport and Logistics Bureau
L facility Northern Link
Q direct Gordon Mak Tsz-lok :: “a joke”
> In Ngau Tam Mei, where 1,200 households in about 40 villages will have to move, the mood was angry. Tang Kwok-wing, 67, the indigenous inhabitant representative of Yau Tam Mei village, said the government was offering HK$1,580 per square foot for land his clan had farmed for 300 years.
L city Ngau Tam Mei
F number 1,200
F number 40
P full Tang Kwok-wing
F age 67
L city Yau Tam Mei
F money HK$1,580
F duration 300 years
> “They take our ancestors’ land and pay us less than a car park in Mong Kok. It is an insult,” Tang said. He said the villagers would ask the Heung Yee Kuk, the statutory body for the New Territories’ indigenous villagers, to press for at least double.
Q direct Tang Kwok-wing :: “They take our ancestors’ land and pay us less than a car park in Mong Kok. It is an insult,”
L city Mong Kok
P partial Tang
O government Heung Yee Kuk
L region New Territories
> Dr Joyce Lam Hoi-yan, an associate professor in the Department of Urban Planning and Design at the University of Hong Kong (HKU), said the size of the plan was less worrying than its order.
P full Joyce Lam Hoi-yan
O education Department of Urban Planning and Design
O education University of Hong Kong
O education HKU
> “Scale is not the problem. Sequence is,” Lam said. “If you move 100,000 people to San Tin before the railway and the hospital arrive, you create another Tin Shui Wai.”
Q direct Joyce Lam Hoi-yan :: “Scale is not the problem. Sequence is,”
P partial Lam
Q direct Joyce Lam Hoi-yan :: “If you move 100,000 people to San Tin before the railway and the hospital arrive, you create another Tin Shui Wai.”
F number 100,000
L city San Tin
L city Tin Shui Wai
> She said one-third of the flats should go near Lok Ma Chau and the border with Shenzhen, where trains already run, and warned against what planners call “sleeping towns”.
F fraction one-third
L city Lok Ma Chau
L city Shenzhen
Q scare - :: “sleeping towns”
> A government source said the Development Bureau would put the first 11 sites out to tender in early 2042. “The market will set the pace for the private flats, not us,” the source said.
O government Development Bureau
F number 11
F date 2042
Q direct - :: “The market will set the pace for the private flats, not us,”
> Legco’s development panel will discuss the plan at 2.30pm on June 20.
O government Legco
F time 2.30pm
F date June 20
'''

ARTICLES['1576-celtics-bucks-game-5-okafor-hale-td-garden-playoffs-the-athletic'] = r'''
> NBA
O other NBA
> Okafor-Hale Scores 38 as Celtics Pull Away From Bucks, Take 3-2 Series Lead
P partial Okafor-Hale
F number 38
O team Celtics
O team Bucks
F score 3-2
> Boston closed on a 24-9 run at TD Garden; Milwaukee coach Dario Kessel called his team’s finish “unacceptable.”
O team Boston
F score 24-9
L facility TD Garden
O team Milwaukee
P full Dario Kessel
Q direct Dario Kessel :: “unacceptable.”
> By Marcus Delorme
P full Marcus Delorme
> May 3, 2041
F date May 3, 2041
> Tremaine Okafor-Hale scored 16 of his 38 points in the fourth quarter on Thursday. (Nadia Ferreira / NBAE via Getty Images)
P full Tremaine Okafor-Hale
F number 16
F number 38
P full Nadia Ferreira
O other NBAE
O company Getty Images
> With 7:12 left in Game 5 on Thursday night, the Boston Celtics led by one point and TD Garden had gone quiet. Seven minutes later, the Milwaukee Bucks had been outscored 24-9, the crowd of 19,156 was on its feet and the Celtics were a win away from the Eastern Conference finals.
F time 7:12
O team Boston Celtics
F number one
L facility TD Garden
F duration Seven minutes
O team Milwaukee Bucks
F score 24-9
F number 19,156
O team Celtics
O other Eastern Conference
> Boston won 118-104 and leads the best-of-seven series 3-2. Game 6 is Saturday in Milwaukee.
O team Boston
F score 118-104
F number seven
F score 3-2
L city Milwaukee
> Okafor-Hale finished with 38 points, nine rebounds and seven assists, and made 6 of 11 3-pointers. Elias Brandt had 21 points and 14 rebounds, and the Celtics outrebounded Milwaukee 49-38.
P partial Okafor-Hale
F number 38
F number nine
F number seven
F number 6
F number 11
F number 3
P full Elias Brandt
F number 21
F number 14
O team Celtics
O team Milwaukee
F score 49-38
> “I just wanted the ball,” Okafor-Hale said. “Coach drew up the same thing four times in a row and they never took it away. At some point you have to trust it.”
Q direct Tremaine Okafor-Hale :: “I just wanted the ball,”
P partial Okafor-Hale
Q direct Tremaine Okafor-Hale :: “Coach drew up the same thing four times in a row and they never took it away. At some point you have to trust it.”
F number four
> Cyrus Whitaker led the Bucks with 31 points and Mateo Ilić added 22, but Milwaukee went 4:48 without a field goal in the fourth and shot 2 of 15 from 3-point range after halftime. The Bucks had led 58-55 at the break and by as many as nine in the third quarter, and still led 84-80 after three quarters.
P full Cyrus Whitaker
O team Bucks
F number 31
P full Mateo Ilić
F number 22
O team Milwaukee
F duration 4:48
F number 2
F number 15
F number 3
O team Bucks
F score 58-55
F number nine
F score 84-80
F number three
> Kessel did not hide his frustration. “We had them. We had them for 40 minutes, and then we stopped moving the ball,” he said. “That last stretch was unacceptable. That’s on me, and it’s on all of us.”
P partial Kessel
Q direct Dario Kessel :: “We had them. We had them for 40 minutes, and then we stopped moving the ball,”
F duration 40 minutes
Q direct Dario Kessel :: “That last stretch was unacceptable. That’s on me, and it’s on all of us.”
> Whitaker, who is 29 years old and played all 24 minutes of the second half, said his legs were “fine.”
P partial Whitaker
F age 29 years old
F duration 24 minutes
Q direct Cyrus Whitaker :: “fine.”
> Boston coach Aaron Pelletier credited a bench that outscored Milwaukee’s 34-17. “People talk about Tremaine, and they should,” Pelletier said. “But Desmond gave us 12 minutes tonight that won us the game.”
O team Boston
P full Aaron Pelletier
O team Milwaukee
F score 34-17
Q direct Aaron Pelletier :: “People talk about Tremaine, and they should,”
P partial Tremaine
P partial Pelletier
Q direct Aaron Pelletier :: “But Desmond gave us 12 minutes tonight that won us the game.”
P partial Desmond
F duration 12 minutes
> Desmond Achterberg, a 22-year-old rookie from the University of Kansas, had 11 points and three steals in those 12 minutes, including a corner 3 that made it 102-95 with 3:31 to play.
P full Desmond Achterberg
F age 22-year-old
O education University of Kansas
F number 11
F number three
F duration 12 minutes
F number 3
F score 102-95
F time 3:31
> Boston is 7-1 at home in this postseason and has won 11 of its last 13 games at TD Garden. Brandt, 26, also blocked four shots, two of them in the final three minutes.
O team Boston
F score 7-1
F number 11
F number 13
L facility TD Garden
P partial Brandt
F age 26
F number four
F number two
F duration three minutes
> Teammates call Okafor-Hale “the Metronome,” and he was exactly that down the stretch, scoring on five straight possessions.
Q scare - :: “the Metronome,”
P partial Okafor-Hale
F number five
> A scout at the game, who asked not to be named, was blunt about the Bucks: “Their starters are playing 40 minutes a night, and it shows in the fourth. Milwaukee’s legs are gone.”
O team Bucks
Q direct - :: “Their starters are playing 40 minutes a night, and it shows in the fourth. Milwaukee’s legs are gone.”
F duration 40 minutes
O team Milwaukee
> Game 6 tips off at 7:30 p.m. ET at Fiserv Forum.
F time 7:30 p.m. ET
L facility Fiserv Forum
'''

ARTICLES['1577-breton-dairy-farmers-blockade-supermarket-warehouses-milk-price-fnsea-le-monde'] = r'''
> France
L country France
> In Brittany, dairy farmers blockade supermarket warehouses over the price of milk
L region Brittany
> Hundreds of tractors have blocked 14 distribution centres since Monday. Farmers say the price paid for their milk no longer covers their costs; the agriculture minister has promised them “a fair price by spring.”
F number 14
Q direct Hélène Marchetti-Roux :: “a fair price by spring.”
> By Maëlle Tanguy-Rivière
P full Maëlle Tanguy-Rivière
> Published on February 4, 2042, at 6:45 pm (Paris), updated at 9:10 pm
F date February 4, 2042
F time 6:45 pm
L city Paris
F time 9:10 pm
> Farmers block the entrance to a supermarket warehouse in Vern-sur-Seiche, near Rennes, on February 4, 2042. GWENAËL KERHERVÉ / AFP
L city Vern-sur-Seiche
L city Rennes
F date February 4, 2042
P full GWENAËL KERHERVÉ
O media AFP
> About 600 tractors blocked the gates of 14 supermarket distribution centres across Brittany on Tuesday, February 4, as dairy farmers stepped up a protest over the price of milk that began the day before.
F number 600
F number 14
L region Brittany
F date February 4
> In Ille-et-Vilaine, lorries queued for 9 kilometres on the N136 ring road around Rennes. Near Landerneau, in Finistère, farmers tipped manure and old tyres outside a warehouse that supplies 120 stores.
L region Ille-et-Vilaine
F quantity 9 kilometres
L street N136
L city Rennes
L city Landerneau
L region Finistère
F number 120
> The action was called by the Fédération nationale des syndicats d’exploitants agricoles (FNSEA), France’s largest farm union, and its young farmers’ wing, Jeunes Agriculteurs (JA). Farmers say dairies now pay them €395 per 1,000 litres, 11% less than a year ago, while the cost of feed, fuel and fertiliser has risen by nearly a fifth since 2040.
O nonprofit Fédération nationale des syndicats d’exploitants agricoles
O nonprofit FNSEA
L country France
O nonprofit Jeunes Agriculteurs
O nonprofit JA
F money €395
F quantity 1,000 litres
F percent 11%
F fraction a fifth
F date 2040
> “We are working at a loss. Every litre that leaves my farm costs me 44 cents to produce, and I am paid 39,” said Gwénola Le Bihan, 46, who milks 70 cows with her husband near Loudéac, in the Côtes-d’Armor. She has been at the Vern-sur-Seiche blockade since 5 am on Monday.
Q direct Gwénola Le Bihan :: “We are working at a loss. Every litre that leaves my farm costs me 44 cents to produce, and I am paid 39,”
F money 44 cents
F money 39
P full Gwénola Le Bihan
F age 46
F number 70
L city Loudéac
L region Côtes-d’Armor
L city Vern-sur-Seiche
F time 5 am
> “My father went through the milk crisis of 2009. I never thought I would see it again,” Le Bihan said. “Now my son, who is 19, asks me why he should take over the farm. I have no answer for him.”
Q direct Gwénola Le Bihan :: “My father went through the milk crisis of 2009. I never thought I would see it again,”
F date 2009
P partial Le Bihan
Q direct Gwénola Le Bihan :: “Now my son, who is 19, asks me why he should take over the farm. I have no answer for him.”
F age 19
> FNSEA president Thierry Delamotte-Saulnier said the warehouses would stay closed “as long as it takes.” He accused retailers of hypocrisy: “On television the chains say they ‘defend French farmers,’ then they squeeze the dairies, and the dairies squeeze us.”
O nonprofit FNSEA
P full Thierry Delamotte-Saulnier
Q direct Thierry Delamotte-Saulnier :: “as long as it takes.”
Q direct Thierry Delamotte-Saulnier :: “On television the chains say they ‘defend French farmers,’ then they squeeze the dairies, and the dairies squeeze us.”
> Speaking in the Senate, Agriculture Minister Hélène Marchetti-Roux said she had summoned the four largest retail groups and the main dairy companies to the ministry on Thursday. “The law says the price must cover the cost of production. I will see that it is applied, and farmers will have a fair price by spring,” she said.
O government Senate
P full Hélène Marchetti-Roux
F number four
Q direct Hélène Marchetti-Roux :: “The law says the price must cover the cost of production. I will see that it is applied, and farmers will have a fair price by spring,”
> The retailers’ federation, the Fédération du commerce et de la distribution (FCD), said the blockades were “hurting the wrong people” and that fresh goods worth €30 million had been stuck since Monday. An executive at a large dairy group, who asked not to be named, said processors were “caught in the middle.”
O nonprofit Fédération du commerce et de la distribution
O nonprofit FCD
Q direct Fédération du commerce et de la distribution :: “hurting the wrong people”
F money €30 million
Q direct - :: “caught in the middle.”
> A spokeswoman for the Gendarmerie Nationale in Rennes, Captain Morgane Quéméner, said 350 gendarmes had been deployed but there were “no plans to clear the sites by force” as long as routes to hospitals stayed open.
O government Gendarmerie Nationale
L city Rennes
P full Morgane Quéméner
F number 350
Q direct Morgane Quéméner :: “no plans to clear the sites by force”
> Brittany produces about 20 percent of France’s milk, and the sector employs some 25,000 people in the region. Farmers in Normandy and the Pays de la Loire said they would join what they already call the “milk war” on Wednesday.
L region Brittany
F percent 20 percent
L country France
F number 25,000
L region Normandy
L region Pays de la Loire
Q scare - :: “milk war”
'''

ARTICLES['1578-ultra-processed-food-heart-disease-nih-study-baltimore-washington-post'] = r'''
> Health
> Diets heavy in ultra-processed food raise heart risk by 24%, federal study finds
F percent 24%
> The NIH-funded study followed more than 41,000 adults for 12 years. The link held even when people ate the same number of calories.
O government NIH
F number 41,000
F duration 12 years
> By Natalie Okonjo-Reyes
P full Natalie Okonjo-Reyes
> June 11, 2043 at 6:00 a.m. EDT
F date June 11, 2043
F time 6:00 a.m. EDT
> A shopper at a grocery store in Baltimore on June 9. (Lena Castellanos/The Washington Post)
L city Baltimore
F date June 9
P full Lena Castellanos
O media The Washington Post
> People who got more than half of their daily calories from ultra-processed foods were 24 percent more likely to have a heart attack or stroke over 12 years than those who ate the least, according to a large federal study published Wednesday in the Journal of the American Heart Association.
F fraction half
F percent 24 percent
F duration 12 years
O media Journal of the American Heart Association
> The study, paid for by the National Heart, Lung, and Blood Institute (NHLBI), part of the National Institutes of Health, followed 41,268 adults ages 45 to 75 in six states from 2030 to 2042.
O government National Heart, Lung, and Blood Institute
O government NHLBI
O government National Institutes of Health
F number 41,268
F age 45
F age 75
F number six
F date 2030
F date 2042
> “This is the clearest signal we have had so far,” said Rebecca Thornquist, an epidemiologist at Chesapeake State University who led the research. “It is not just the sugar or the salt. Something about the way these foods are made seems to matter on its own.”
Q direct Rebecca Thornquist :: “This is the clearest signal we have had so far,”
P full Rebecca Thornquist
O education Chesapeake State University
Q direct Rebecca Thornquist :: “It is not just the sugar or the salt. Something about the way these foods are made seems to matter on its own.”
> Participants in the top group ate an average of 2,340 calories and 3,900 milligrams of sodium a day; those in the bottom group averaged 2,280 calories. The gap in heart risk held after the team adjusted for calories, sugar, smoking, weight and income, Thornquist said.
F quantity 2,340 calories
F quantity 3,900 milligrams
F quantity 2,280 calories
P partial Thornquist
> Each additional 100 grams of ultra-processed food a day — roughly one packaged pastry or two slices of white bread — was linked to a 6 percent higher risk. So-called “hyperpalatable” snacks, engineered to be hard to stop eating, showed the strongest link.
F quantity 100 grams
F number one
F number two
F percent 6 percent
Q scare - :: “hyperpalatable”
> Dr. Kwame Ashby-Pratt, a cardiologist at Johns Hopkins Hospital in Baltimore who was not involved in the study, called the results “sobering but not surprising.”
P full Kwame Ashby-Pratt
O other Johns Hopkins Hospital
L city Baltimore
Q direct Kwame Ashby-Pratt :: “sobering but not surprising.”
> “I see patients in their 40s with the arteries of a 70-year-old,” he said. “When I ask what they ate yesterday, it’s almost all from a box or a drive-through window.
Q direct Kwame Ashby-Pratt :: “I see patients in their 40s with the arteries of a 70-year-old,”
F age 40s
F age 70-year-old
Q direct Kwame Ashby-Pratt :: “When I ask what they ate yesterday, it’s almost all from a box or a drive-through window.
> “Nobody chooses that because they love it. They choose it because it’s cheap, it’s fast and it’s on every corner.”
Q direct Kwame Ashby-Pratt :: “Nobody chooses that because they love it. They choose it because it’s cheap, it’s fast and it’s on every corner.”
> One of his patients, Darnell Whitfield, 52, a bus driver from Dundalk, Md., had a stent put in in March 2042.
P full Darnell Whitfield
F age 52
L city Dundalk
L region Md.
F date March 2042
> “I was eating three meals a day out of the vending machine at the depot,” Whitfield said. “Now my wife reads every label in the store, and I’ve lost 31 pounds.”
Q direct Darnell Whitfield :: “I was eating three meals a day out of the vending machine at the depot,”
F number three
P partial Whitfield
Q direct Darnell Whitfield :: “Now my wife reads every label in the store, and I’ve lost 31 pounds.”
F quantity 31 pounds
> Diana Morales-Kent, a deputy director at the NHLBI, said the institute would fund a 2,000-person feeding trial starting in 2044 “to find out what exactly is doing the damage.”
P full Diana Morales-Kent
O government NHLBI
F number 2,000
F date 2044
Q direct Diana Morales-Kent :: “to find out what exactly is doing the damage.”
> An official at the Food and Drug Administration, who spoke on the condition of anonymity because the agency’s review is not finished, said new labeling rules were “on the table.”
O government Food and Drug Administration
Q direct - :: “on the table.”
> The Consumer Brands Association, which represents packaged-food makers, said the study “lumps together” products as different as canned beans and candy bars and cannot prove cause and effect.
O nonprofit Consumer Brands Association
Q direct Consumer Brands Association :: “lumps together”
> Americans get about 55 percent of their calories from ultra-processed foods, according to federal survey data, and among children the figure is close to two-thirds.
F percent 55 percent
F fraction two-thirds
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
