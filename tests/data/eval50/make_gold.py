#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval50 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval50/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['343-mull-motorhome-overnight-charges-calgary-bay-oban-times'] = r'''
> News
> ‘We can’t be Scotland’s free campsite’: Mull motorhome charges approved
Q direct Ruairidh Mac an t-Saoir :: ‘We can’t be Scotland’s free campsite’
L country Scotland
L geo Mull
> Councillors back a £15-a-night fee at six island car parks from April, despite fears that vans will move to passing places and croft land
F money £15
F number six
> Seonag Crawford
P full Seonag Crawford
> 5th March 2038, 4:12 pm
F date 5th March 2038
F time 4:12 pm
> Campervans parked overnight above the beach at Calgary Bay last August. Photograph: Kenny MacInnes/The Oban Times
L geo Calgary Bay
P full Kenny MacInnes
O media The Oban Times
> Overnight charges for motorhomes and campervans at six council-run car parks on Mull were approved by councillors on Thursday, despite warnings from islanders that the fee would simply push vans into passing places and on to croft land.
F number six
L geo Mull
> Argyll and Bute Council’s Environment, Development and Infrastructure Committee voted by nine votes to four for the scheme, which will charge £15 a night from 1 April to 31 October at Calgary Bay, Fionnphort, Craignure, Salen, the Ledaig car park in Tobermory and the slipway car park at Ulva Ferry.
O government Argyll and Bute Council
O government Environment, Development and Infrastructure Committee
F number nine
F number four
F money £15
F date 1 April
F date 31 October
L geo Calgary Bay
L city Fionnphort
L city Craignure
L city Salen
L city Ledaig
L city Tobermory
L city Ulva Ferry
> Vans under 6 metres long will pay £8. Officers expect the charges to raise £212,000 a year once £64,500 has been spent on ticket machines, signs and a seasonal ranger post, and overnight parking will be banned at the 14 other laybys and car parks the council owns on the island.
F quantity 6 metres
F money £8
F money £212,000
F money £64,500
F number 14
> The committee, meeting at Kilmory Castle in Lochgilphead, heard that 11,400 motorhomes crossed to the island on the Oban–Craignure ferry last year, up 22 per cent on 2035, according to figures from Caledonian MacBrayne (CalMac).
L facility Kilmory Castle
L city Lochgilphead
F number 11,400
L city Oban
L city Craignure
F percent 22 per cent
F date 2035
O company Caledonian MacBrayne
O company CalMac
> Ruairidh Mac an t-Saoir (SNP), one of four councillors for Oban South and the Isles, said: “I have had more emails about motorhomes this winter than about schools, ferries and housing put together. People on Mull are not against visitors. They are against chaos.
P full Ruairidh Mac an t-Saoir
O party SNP
F number four
L region Oban South and the Isles
Q direct Ruairidh Mac an t-Saoir :: “I have had more emails about motorhomes this winter than about schools, ferries and housing put together. People on Mull are not against visitors. They are against chaos.
L geo Mull
> “Last summer there were 40 vans a night at Calgary. There is one toilet block, and it closes at 8pm. We can’t be Scotland’s free campsite, and £15 is less than a pint and a fish supper in Tobermory.”
Q direct Ruairidh Mac an t-Saoir :: “Last summer there were 40 vans a night at Calgary. There is one toilet block, and it closes at 8pm. We can’t be Scotland’s free campsite, and £15 is less than a pint and a fish supper in Tobermory.”
F number 40
L city Calgary
F number one
F time 8pm
L country Scotland
F money £15
L city Tobermory
> Conservative councillor Fiona Kerr-Lamont, who represents Oban North and Lorn, called the charge “a tax on families” and said it would move the problem down the road. “We have all seen what happened on the North Coast 500. The vans will not go home. They will go to the nearest passing place on the Dervaig road, and the council has no one to police that,” she said.
P full Fiona Kerr-Lamont
L region Oban North and Lorn
Q direct Fiona Kerr-Lamont :: “a tax on families”
Q direct Fiona Kerr-Lamont :: “We have all seen what happened on the North Coast 500. The vans will not go home. They will go to the nearest passing place on the Dervaig road, and the council has no one to police that,”
L street North Coast 500
L city Dervaig
> Alasdair Baillie-Munro, the council’s head of roads and infrastructure, told the meeting that enforcement officers would visit the sites between 7pm and 10am, and that Police Scotland had agreed to “support where there is obstruction”.
P full Alasdair Baillie-Munro
F time 7pm
F time 10am
O government Police Scotland
Q direct Police Scotland :: “support where there is obstruction”
> Catriona MacColl, 67, who crofts at Kilninian on the road between Calgary and Ulva Ferry, said she had found vans parked in her fank three times last summer.
P full Catriona MacColl
F age 67
L city Kilninian
L city Calgary
L city Ulva Ferry
F number three
> "They mean no harm, most of them. But one morning I had 200 ewes to gather and a Dutch van sitting in the gateway," she said. "This charge is a start."
Q direct Catriona MacColl :: "They mean no harm, most of them. But one morning I had 200 ewes to gather and a Dutch van sitting in the gateway,"
F number 200
Q direct Catriona MacColl :: "This charge is a start."
> The North Mull Business Association said in a statement that most of its 38 members supported charging, but it asked the council to spend “every penny” of the income on the island, including on new toilets at Fionnphort, where day visitors leave their cars for the ferry to Iona.
O nonprofit North Mull Business Association
F number 38
Q direct North Mull Business Association :: “every penny”
L city Fionnphort
L geo Iona
> Councillors agreed to review the scheme after its first season and to ring-fence half of the net income for Mull and Iona. VisitScotland said it would update its advice to motorhome users before Easter.
F fraction half
L geo Mull
L geo Iona
O government VisitScotland
> Calgary Bay, which gave its name to Calgary in Alberta in the 1870s, has become one of the most photographed beaches on the west coast of Scotland, and one of the busiest.
L geo Calgary Bay
L city Calgary
L region Alberta
F date 1870s
L country Scotland
> The charges will be reviewed at the committee’s meeting in December 2038. Drivers will be able to pay at machines or through the council’s parking app, which Mr Mac an t-Saoir said was “not much use where there is no signal”.
F date December 2038
P partial Mac an t-Saoir
Q direct Ruairidh Mac an t-Saoir :: “not much use where there is no signal”
'''

ARTICLES['344-cumbre-andina-freeze-dried-coffee-plant-la-tebaida-quindio'] = r'''
> Colombia | Agribusiness
L country Colombia
> Colombian coffee processor plans US$86mn freeze-dried plant in Quindío
F money US$86mn
L region Quindío
> Published: Tuesday, March 16, 2038
F date March 16, 2038
> BNamericas
O media BNamericas
> Coffee drying at a farm near Armenia, Quindío. Photo: Cumbre Andina Cafés
L city Armenia
L region Quindío
O company Cumbre Andina Cafés
> Colombian specialty coffee exporter Cumbre Andina Cafés SAS will invest US$86mn (COP 345bn) in a freeze-dried coffee plant in La Tebaida municipality, Quindío department, the company said in a statement.
O company Cumbre Andina Cafés SAS
F money US$86mn
F money COP 345bn
L city La Tebaida
L region Quindío
> The plant, to be built on a 14ha site in a free trade zone 9km from El Edén international airport, will process 6,200t/y of green coffee into about 2,400t of freeze-dried product and is scheduled to start operations in the second half of 2040.
F quantity 14ha
F quantity 9km
L facility El Edén
F quantity 6,200t/y
F quantity 2,400t
F date 2040
> Construction is expected to take 22 months and will be carried out by Medellín-based Ingecol Montajes, which won an EPC contract worth US$31.5mn, CEO Juan Esteban Marulanda Giraldo told BNamericas.
F duration 22 months
L city Medellín
O company Ingecol Montajes
F money US$31.5mn
P full Juan Esteban Marulanda Giraldo
O media BNamericas
> “Colombia exports almost all of its coffee green, and someone in Hamburg or Osaka earns the margin on roasting and drying it. We want to keep part of that margin in the Eje Cafetero,” Marulanda said.
Q direct Juan Esteban Marulanda Giraldo :: “Colombia exports almost all of its coffee green, and someone in Hamburg or Osaka earns the margin on roasting and drying it. We want to keep part of that margin in the Eje Cafetero,”
L country Colombia
L city Hamburg
L city Osaka
L region Eje Cafetero
P partial Marulanda
> He added that the company was in talks with a Japanese distributor on a 10-year offtake agreement covering up to 40% of the plant’s output, and expected to sign it “before the end of the third quarter.”
F duration 10-year
F percent 40%
Q direct Juan Esteban Marulanda Giraldo :: “before the end of the third quarter.”
> Financing
> The project will be financed with 35% equity and 65% debt. Bancolombia and Davivienda are structuring a syndicated loan of COP 225bn with a 12-year tenor, part of which will be rediscounted through state development bank Findeter, according to chief financial officer María Alejandra Pineda Ocampo.
F percent 35%
F percent 65%
O company Bancolombia
O company Davivienda
F money COP 225bn
F duration 12-year
O government Findeter
P full María Alejandra Pineda Ocampo
> Pineda said the company had hedged 70% of the dollar-denominated equipment cost, mostly freeze-drying lines from Denmark and Italy, at an average rate of COP 4,015 per dollar.
P partial Pineda
F percent 70%
L country Denmark
L country Italy
F money COP 4,015
> Founded in Armenia, the Quindío capital, in 2029 by four coffee-growing families, Cumbre Andina exported 38,500 60kg bags of green and roasted coffee in 2037, with sales of US$64.2mn, up 18.6% from a year earlier. About 55% of its volume goes to Japan, South Korea and the US.
L city Armenia
L region Quindío
F date 2029
F number four
O company Cumbre Andina
F number 38,500
F quantity 60kg
F date 2037
F money US$64.2mn
F percent 18.6%
F percent 55%
L country Japan
L country South Korea
L country US
> Market
> Freeze-dried coffee sells at a premium of US$3.80-4.20/lb over the New York arabica benchmark, according to the company. The only other large freeze-dried plant in Colombia is Buencafé’s factory in Chinchiná, Caldas, owned by the Federación Nacional de Cafeteros (FNC).
F money US$3.80-4.20/lb
L city New York
L country Colombia
O company Buencafé
L city Chinchiná
L region Caldas
O nonprofit Federación Nacional de Cafeteros
O nonprofit FNC
> The FNC said in a response to BNamericas that it “welcomes any investment that adds value at origin,” but that growers should receive “a transparent and stable price” for the parchment coffee they sell to processors.
O nonprofit FNC
O media BNamericas
Q direct Federación Nacional de Cafeteros :: “welcomes any investment that adds value at origin,”
Q direct Federación Nacional de Cafeteros :: “a transparent and stable price”
> Cumbre Andina buys parchment coffee from about 2,100 growers in Quindío, Risaralda and northern Valle del Cauca, and plans to sign supply contracts for up to 30% of the new plant’s needs with cooperatives around Cartago and Pereira.
O company Cumbre Andina
F number 2,100
L region Quindío
L region Risaralda
L region Valle del Cauca
F percent 30%
L city Cartago
L city Pereira
> The company will sell under its own brand and as a “maquila” supplier to roasters that put their own labels on the product. Exports will leave through the port of Buenaventura, some 270km by road from La Tebaida, in 20-foot containers.
Q scare - :: “maquila”
L city Buenaventura
F quantity 270km
L city La Tebaida
F quantity 20-foot
> The plant will create 320 direct jobs, according to the Quindío governor’s office, which said the department had lost 11% of its coffee area between 2030 and 2037 as farms switched to avocado and tourism.
F number 320
L region Quindío
F percent 11%
F date 2030
F date 2037
> An analyst at a Bogotá brokerage, who asked not to be named, said the plan made sense but that margins would be tested. “Brazil and Vietnam make freeze-dried coffee from robusta at a much lower cost. Cumbre Andina has to sell origin and quality, not price,” the analyst said.
L city Bogotá
Q direct - :: “Brazil and Vietnam make freeze-dried coffee from robusta at a much lower cost. Cumbre Andina has to sell origin and quality, not price,”
L country Brazil
L country Vietnam
O company Cumbre Andina
'''

ARTICLES['345-zalgiris-baskonia-euroleague-vaitkevicius-zalgirio-arena'] = r'''
> EuroLeague
O other EuroLeague
> Vaitkevičius' Career Night Carries Žalgiris Past Baskonia in Kaunas
P partial Vaitkevičius
O team Žalgiris
O team Baskonia
L city Kaunas
> Dovydas Kalvaitis
P full Dovydas Kalvaitis
> 2038-02-18 23:04
F date 2038-02-18
F time 23:04
> Rokas Vaitkevičius celebrates during Žalgiris' win over Baskonia. Photo: Tomas Lukoševičius / BNS
P full Rokas Vaitkevičius
O team Žalgiris
O team Baskonia
P full Tomas Lukoševičius
O media BNS
> Rokas Vaitkevičius scored a career-high 27 points and Žalgiris Kaunas held off a late Baskonia Vitoria-Gasteiz rally to win 86-82 at a sold-out Žalgirio Arena on Thursday, moving into sole possession of fourth place in the EuroLeague standings.
P full Rokas Vaitkevičius
F number 27
O team Žalgiris Kaunas
O team Baskonia Vitoria-Gasteiz
F score 86-82
L facility Žalgirio Arena
O other EuroLeague
> The 22-year-old forward made 10 of 14 shots, including five of seven from beyond the arc, and added six rebounds for a PIR of 31. DeShawn Pettiford had 15 points and nine assists for the hosts (17-9), who have won seven of their last eight games.
F age 22-year-old
F number 10
F number 14
F number five
F number seven
F number six
F number 31
P full DeShawn Pettiford
F number 15
F number nine
F score 17-9
F number seven
F number eight
> Iñaki Etxeberria led Baskonia (14-12) with 21 points and Mamadou Sissoko added 16 points and 11 rebounds, but the Basque side missed 12 of 19 free throws and lost for the third time in four road games.
P full Iñaki Etxeberria
O team Baskonia
F score 14-12
F number 21
P full Mamadou Sissoko
F number 16
F number 11
F number 12
F number 19
F number four
> The visitors led 43-40 at half-time, but Žalgiris opened the third quarter with a 21-6 burst to lead 61-49. Baskonia answered with a 13-2 run, capped by Nemanja Lukić's corner three with 7:36 left, to cut the gap to 63-62, and Vitoria took its only lead of the second half at 74-73 on Etxeberria's floater with 2:08 to play.
F score 43-40
O team Žalgiris
F score 21-6
F score 61-49
O team Baskonia
F score 13-2
P full Nemanja Lukić
F number three
F time 7:36
F score 63-62
O team Vitoria
F score 74-73
P partial Etxeberria
F time 2:08
> Vaitkevičius answered with a three-pointer from the top of the key, and after Sissoko split two free throws, Pettiford found Arnas Giedraitis-Mažeika for a dunk that made it 78-75 with 58 seconds remaining. Giedraitis-Mažeika, the 2.11m centre, then blocked Lukić on the next possession.
P partial Vaitkevičius
F number three
P partial Sissoko
F number two
P partial Pettiford
P full Arnas Giedraitis-Mažeika
F score 78-75
F duration 58 seconds
P partial Giedraitis-Mažeika
F quantity 2.11m
P partial Lukić
> Žalgiris won the rebounding battle 38-31 and made 11 of 24 3-point attempts, while Baskonia, the EuroLeague's best shooting team from deep, went 9 of 27.
O team Žalgiris
F number 38-31
F number 11
F number 24
F number 3
O team Baskonia
O other EuroLeague
F number 9
F number 27
> "Rokas played like a veteran tonight. When they came back he didn't hide, he asked for the ball," Žalgiris coach Mindaugas Kairys said. "We were lucky at the free-throw line, I know that. But 15,000 people pushed us in the last five minutes."
Q direct Mindaugas Kairys :: "Rokas played like a veteran tonight. When they came back he didn't hide, he asked for the ball,"
P partial Rokas
O team Žalgiris
P full Mindaugas Kairys
Q direct Mindaugas Kairys :: "We were lucky at the free-throw line, I know that. But 15,000 people pushed us in the last five minutes."
F number 15,000
F duration five minutes
> Baskonia coach Jon Ander Goikoetxea was less forgiving of his team's shooting. "You cannot miss 12 free throws in Kaunas and expect to win. We had the game in our hands after the comeback and we gave it back.
O team Baskonia
P full Jon Ander Goikoetxea
Q direct Jon Ander Goikoetxea :: "You cannot miss 12 free throws in Kaunas and expect to win. We had the game in our hands after the comeback and we gave it back.
F number 12
L city Kaunas
> "Iñaki was brave, Mamadou fought for every rebound. But at this level the details decide, and tonight the details were green," he said.
Q direct Jon Ander Goikoetxea :: "Iñaki was brave, Mamadou fought for every rebound. But at this level the details decide, and tonight the details were green,"
P partial Iñaki
P partial Mamadou
> Vaitkevičius, who came through Žalgiris' academy and spent two seasons on loan at Neptūnas Klaipėda, said he did not know he had set a career high until a teammate told him in the locker room. "I only knew we won. Twenty-seven is nice, but ask me again on Sunday after practice," he said.
P partial Vaitkevičius
O team Žalgiris
F number two
O team Neptūnas Klaipėda
Q direct Rokas Vaitkevičius :: "I only knew we won. Twenty-seven is nice, but ask me again on Sunday after practice,"
F number Twenty-seven
> Žalgiris moved a game clear of Olympiacos and Fenerbahçe, who both lost on Thursday, and visit Partizan in Belgrade on February 26. Baskonia, in 10th place, host Real Madrid at Buesa Arena the same night.
O team Žalgiris
O team Olympiacos
O team Fenerbahçe
O team Partizan
L city Belgrade
F date February 26
O team Baskonia
O team Real Madrid
L facility Buesa Arena
> Box score
> Žalgiris Kaunas 86 (22-19, 18-24, 23-15, 23-24): Vaitkevičius 27, Pettiford 15, Giedraitis-Mažeika 12, Šimkus 10, Matulionis 8, Okeke 7, Daukša 5, Balčiūnas 2.
O team Žalgiris Kaunas
F score 86
F score 22-19
F score 18-24
F score 23-15
F score 23-24
P partial Vaitkevičius
F number 27
P partial Pettiford
F number 15
P partial Giedraitis-Mažeika
F number 12
P partial Šimkus
F number 10
P partial Matulionis
F number 8
P partial Okeke
F number 7
P partial Daukša
F number 5
P partial Balčiūnas
F number 2
> Baskonia Vitoria-Gasteiz 82: Etxeberria 21, Sissoko 16, Lukić 14, Olaizola 11, Fontaine 9, Mendiburu 6, Kouyaté 5.
O team Baskonia Vitoria-Gasteiz
F score 82
P partial Etxeberria
F number 21
P partial Sissoko
F number 16
P partial Lukić
F number 14
P partial Olaizola
F number 11
P partial Fontaine
F number 9
P partial Mendiburu
F number 6
P partial Kouyaté
F number 5
> Attendance: 15,104
F number 15,104
'''

ARTICLES['346-madhesh-chief-minister-kurmi-loses-trust-vote-janakpur'] = r'''
> Madhesh Province
L region Madhesh Province
> Madhesh chief minister Kurmi loses trust vote after JSP boycott
L region Madhesh
P partial Kurmi
O party JSP
> With 11 lawmakers of its main coalition partner staying away, the Maoist Centre-led government fell 13 votes short in the 107-member assembly—the third provincial government to fall in Janakpur since 2036.
F number 11
O party Maoist Centre
F number 13
F number 107
L city Janakpur
F date 2036
> Sanjay Kumar Mandal
P full Sanjay Kumar Mandal
> Published at : March 4, 2038
F date March 4, 2038
> Updated at : March 4, 2038 21:40
F date March 4, 2038
F time 21:40
> Chief Minister Shatrughan Prasad Kurmi leaves the assembly hall in Janakpur after the vote on Wednesday. Post Photo: Bikash Karki
P full Shatrughan Prasad Kurmi
L city Janakpur
O media Post
P full Bikash Karki
> Madhesh Province Chief Minister Shatrughan Prasad Kurmi lost a vote of confidence in the Provincial Assembly on Wednesday after 11 lawmakers of the Janata Samajbadi Party (JSP), his main coalition partner, stayed away from the vote.
L region Madhesh Province
P full Shatrughan Prasad Kurmi
O government Provincial Assembly
F number 11
O party Janata Samajbadi Party
O party JSP
> Of the 91 members present, 41 voted for Kurmi and 50 against him. He needed 54 votes, a majority of the 107-member assembly, to remain in office under Article 188 (1) of the constitution.
F number 91
F number 41
P partial Kurmi
F number 50
F number 54
F number 107
> Speaker Ram Sundar Chaudhary announced the result at 4:15 pm, nearly five hours after the debate began. The session had been summoned on Falgun 12 (February 24) at the request of the JSP, which withdrew its support for the government a week later.
P full Ram Sundar Chaudhary
F time 4:15 pm
F duration five hours
F date Falgun 12
F date February 24
O party JSP
> Kurmi, who leads the CPN (Maoist Centre) in the province, had been in office for just 14 months. He took over in January 2037 with the backing of the JSP, the Janamat Party and his own party after his predecessor, from the CPN-UML, was ousted in a similar vote.
P partial Kurmi
O party CPN (Maoist Centre)
F duration 14 months
F date January 2037
O party JSP
O party Janamat Party
O party CPN-UML
> “We did not vote against the chief minister. We stayed away because this government stopped listening to its partners a long time ago,” said Mohammad Ishtiyak Ansari, the JSP’s parliamentary party leader in the province.
Q direct Mohammad Ishtiyak Ansari :: “We did not vote against the chief minister. We stayed away because this government stopped listening to its partners a long time ago,”
P full Mohammad Ishtiyak Ansari
O party JSP
> Ansari accused Kurmi of steering Rs 2.4 billion in road contracts to “a handful of favourites” in Siraha and Saptari, while Bara and Parsa, the JSP’s strongholds, received less than Rs 600 million between them in the current fiscal year.
P partial Ansari
P partial Kurmi
F money Rs 2.4 billion
Q direct Mohammad Ishtiyak Ansari :: “a handful of favourites”
L region Siraha
L region Saptari
L region Bara
L region Parsa
O party JSP
F money Rs 600 million
> Addressing the assembly before the vote, Kurmi called the allegations “politically motivated” and said every project had been cleared by the provincial cabinet. “If we built roads in Siraha, it is because Siraha had no roads. I will not apologise for that,” he said.
P partial Kurmi
Q direct Shatrughan Prasad Kurmi :: “politically motivated”
Q direct Shatrughan Prasad Kurmi :: “If we built roads in Siraha, it is because Siraha had no roads. I will not apologise for that,”
L region Siraha
L region Siraha
> Province Chief Hemlata Kayastha is now expected to invite the parties to form a majority government under Article 168 (2) within 30 days. If that fails, the largest party in the assembly, the CPN-UML with 29 seats, will get the first chance under Article 168 (3).
P full Hemlata Kayastha
F duration 30 days
O party CPN-UML
F number 29
> UML parliamentary party leader Tek Bahadur Thapa Magar told the Post that his party was “ready to lead” and had already held talks with the JSP and the Nepali Congress, which has 22 seats.
O party UML
P full Tek Bahadur Thapa Magar
O media Post
Q direct Tek Bahadur Thapa Magar :: “ready to lead”
O party JSP
O party Nepali Congress
F number 22
> But a lawmaker of the JSP from Rautahat, who spoke on condition of anonymity, said the party’s central leadership in Kathmandu would decide “in the next two or three days” whether to back a UML-led government or to claim the chief minister’s post for itself.
O party JSP
L region Rautahat
L city Kathmandu
Q direct - :: “in the next two or three days”
F duration two
F duration three days
O party UML
> The uncertainty comes as the province prepares its budget for fiscal year 2095-96, which must be tabled on Asar 1 (June 15). Madhesh spent just 38 percent of its Rs 31.6 billion development budget in the first eight months of the current fiscal year, according to the provincial Ministry of Economic Affairs and Planning.
F date 2095-96
F date Asar 1
F date June 15
L region Madhesh
F percent 38 percent
F money Rs 31.6 billion
F duration eight months
O government Ministry of Economic Affairs and Planning
> Each of the 107 lawmakers also controls Rs 5 million a year for projects in their constituency, a sum the JSP had demanded be raised to Rs 8 million—one of several demands Kurmi turned down in January.
F number 107
F money Rs 5 million
O party JSP
F money Rs 8 million
P partial Kurmi
> “Since 2036, every chief minister in Janakpur has been removed by his own partners, not by the opposition,” said Rupa Kumari Jha, who teaches political science at Ramswaroop Ramsagar Multiple Campus in Janakpur. “Madhesh has had three governments in 26 months. People here call it ‘musical chairs’, and they are tired of it.”
Q direct Rupa Kumari Jha :: “Since 2036, every chief minister in Janakpur has been removed by his own partners, not by the opposition,”
F date 2036
L city Janakpur
P full Rupa Kumari Jha
O education Ramswaroop Ramsagar Multiple Campus
L city Janakpur
Q direct Rupa Kumari Jha :: “Madhesh has had three governments in 26 months. People here call it ‘musical chairs’, and they are tired of it.”
L region Madhesh
F number three
F duration 26 months
'''

ARTICLES['347-kuwait-power-load-record-jahra-rotating-cuts'] = r'''
> Local
> Power load hits record 18,320MW as Jahra swelters at 52.4°C
F quantity 18,320MW
L city Jahra
F quantity 52.4°C
> Ministry cuts electricity to parts of seven areas for up to two hours
F number seven
F duration two hours
> By Rania Al-Mutawa
P full Rania Al-Mutawa
> July 15, 2038 | Jumada Al-Thani 13, 1460
F date July 15, 2038
F date Jumada Al-Thani 13, 1460
> Workers inspect a transformer at a substation in Sabah Al-Ahmad City on Wednesday. — Photo by Ghazi Al-Fadhli
L city Sabah Al-Ahmad City
P full Ghazi Al-Fadhli
> KUWAIT: Electricity consumption reached a record 18,320 megawatts (MW) at 2:55 pm on Wednesday as temperatures climbed to 52.4 degrees Celsius in Jahra, forcing the Ministry of Electricity, Water and Renewable Energy to cut power on a rotating basis to parts of seven residential areas for up to two hours each.
L country KUWAIT
F quantity 18,320 megawatts
F time 2:55 pm
F quantity 52.4 degrees Celsius
L city Jahra
O government Ministry of Electricity, Water and Renewable Energy
F number seven
F duration two hours
> The previous peak of 17,940 MW was recorded on Aug 3, 2037. In a statement posted on X, the ministry said the cuts had affected Sabah Al-Ahmad City, Al-Wafra, Abdullah Al-Mubarak, Ali Sabah Al-Salem, Mubarak Al-Kabeer, Jaber Al-Ahmad and Mahboula, and had been necessary “to protect the network from a total collapse.”
F quantity 17,940 MW
F date Aug 3, 2037
O company X
L city Sabah Al-Ahmad City
L city Al-Wafra
L city Abdullah Al-Mubarak
L city Ali Sabah Al-Salem
L city Mubarak Al-Kabeer
L city Jaber Al-Ahmad
L city Mahboula
Q direct Ministry of Electricity, Water and Renewable Energy :: “to protect the network from a total collapse.”
> Ministry spokesman Eng. Adel Jassim Al-Enezi told Kuwait Times that two units at the Az-Zour South power station and one at Doha West had tripped in the morning, taking about 1,150 MW out of service. “The units are old, some of them were commissioned in the 1980s, and they do not like 52 degrees,” he said.
P full Adel Jassim Al-Enezi
O media Kuwait Times
F number two
L facility Az-Zour South
F number one
L facility Doha West
F quantity 1,150 MW
Q direct Adel Jassim Al-Enezi :: “The units are old, some of them were commissioned in the 1980s, and they do not like 52 degrees,”
F date 1980s
F quantity 52 degrees
> He said Kuwait had imported 900 MW through the grid of the GCC Interconnection Authority (GCCIA), mostly from Saudi Arabia, between 1 pm and 6 pm, the maximum allowed under its agreement with the authority, the Kuwait News Agency (KUNA) reported.
L country Kuwait
F quantity 900 MW
O intergovernmental GCC Interconnection Authority
O intergovernmental GCCIA
L country Saudi Arabia
F time 1 pm
F time 6 pm
O media Kuwait News Agency
O media KUNA
> Al-Enezi said the cuts, which began at 3:10 pm, had been lifted in all areas by 7:45 pm. The ministry will publish a schedule of possible cuts for the next 10 days on its website and on the Sahel government app.
P partial Al-Enezi
F time 3:10 pm
F time 7:45 pm
F duration 10 days
> In Mahboula, residents of high-rise apartment blocks said they had climbed the stairs in the dark after the lifts stopped. “My mother is 74 and lives on the 11th floor. We carried water up to her with our phones as torches,” said Jomar Dela Cruz, a Filipino delivery driver.
L city Mahboula
Q direct Jomar Dela Cruz :: “My mother is 74 and lives on the 11th floor. We carried water up to her with our phones as torches,”
F age 74
P full Jomar Dela Cruz
> In Al-Wafra, a retired teacher who gave his name as Abu Salem said his family had moved to their diwaniya, which runs on a generator. "This is not a poor country. Why are we living like this in 2038?" he said.
L city Al-Wafra
P partial Abu Salem
Q direct Abu Salem :: "This is not a poor country. Why are we living like this in 2038?"
F date 2038
> Kuwait’s available generating capacity of about 19,600 MW has barely grown since 2033, as the second and third phases of the Az-Zour North plant, tendered by the Kuwait Authority for Partnership Projects (KAPP), slipped to 2040. The first 1,100 MW phase of the Al-Dibdibah solar project at Shagaya is due to be connected in October 2039.
L country Kuwait
F quantity 19,600 MW
F date 2033
L facility Az-Zour North
O government Kuwait Authority for Partnership Projects
O government KAPP
F date 2040
F quantity 1,100 MW
L facility Al-Dibdibah
L facility Shagaya
F date October 2039
> Dr Hanan Yousef Al-Rashidi, an energy researcher at the Kuwait Institute for Scientific Research (KISR), said peak demand was rising by 4 to 5 percent a year, driven by new housing cities and air-conditioning that runs around the clock at a subsidised tariff of 2 fils per kilowatt-hour.
P full Hanan Yousef Al-Rashidi
O government Kuwait Institute for Scientific Research
O government KISR
F percent 4
F percent 5 percent
F money 2 fils
> “It costs the state more than 40 fils to produce one kilowatt-hour, and subsidies for electricity and water will cost around KD 3.1 billion this fiscal year.
Q direct Hanan Yousef Al-Rashidi :: “It costs the state more than 40 fils to produce one kilowatt-hour, and subsidies for electricity and water will cost around KD 3.1 billion this fiscal year.
F money 40 fils
F quantity one kilowatt-hour
F money KD 3.1 billion
> “Until the price signal changes, every new plant will be full on the first hot day,” she said.
Q direct Hanan Yousef Al-Rashidi :: “Until the price signal changes, every new plant will be full on the first hot day,”
> The Meteorological Department forecast highs of 49 to 51 degrees Celsius for the rest of the week, with northwesterly winds of 20-45 km/h raising dust in open areas.
O government Meteorological Department
F quantity 49
F quantity 51 degrees Celsius
F quantity 20-45 km/h
> The ministry urged residents to set air-conditioners at 24 degrees and to avoid running washing machines and ovens between noon and 5 pm until the heat eases.
F quantity 24 degrees
F time 5 pm
'''

ARTICLES['348-charlotte-treasurer-sentenced-embezzlement-burlington-vtdigger'] = r'''
> Criminal Justice
> Former Charlotte treasurer gets 2½ years to serve for taking $418K from town
L city Charlotte
F duration 2½ years
F money $418K
> by Carly Santangelo-Hurd
P full Carly Santangelo-Hurd
> March 10, 2039, 6:02 pm
F date March 10, 2039
F time 6:02 pm
> Philip J. Brouillette, center, arrives at the Edward J. Costello Courthouse in Burlington with his attorney, Nadia Oyelaran-Fisk, on Thursday. Photo by Ines Marchetti/VTDigger
P full Philip J. Brouillette
L facility Edward J. Costello Courthouse
L city Burlington
P full Nadia Oyelaran-Fisk
P full Ines Marchetti
O media VTDigger
> A former Charlotte town treasurer who took more than $418,000 from the town over nearly four years was sentenced Thursday to 2½ to 8 years in prison, with all but 30 months suspended.
L city Charlotte
F money $418,000
F duration four years
F duration 2½
F duration 8 years
F duration 30 months
> Philip J. Brouillette, 61, of Hinesburg, pleaded guilty in December to one count of embezzlement and one count of false pretenses. Judge Marisol Quiñones-Bright of Vermont Superior Court in Chittenden County also ordered him to repay $418,362 to the town and to the insurance fund of the Vermont League of Cities and Towns.
P full Philip J. Brouillette
F age 61
L city Hinesburg
F number one
F number one
P full Marisol Quiñones-Bright
O government Vermont Superior Court
L region Chittenden County
F money $418,362
O nonprofit Vermont League of Cities and Towns
> Prosecutors said Brouillette, who was Charlotte’s elected treasurer from 2031 until he resigned in April 2038, wrote 212 checks to himself and to a shell company, Lewis Creek Bookkeeping LLC, registered to a post office box in Ferrisburgh, between July 2034 and March 2038. He hid the payments in the town’s accounting software by labeling them as purchases of road salt and culverts.
P partial Brouillette
L city Charlotte
F date 2031
F date April 2038
F number 212
O company Lewis Creek Bookkeeping LLC
L city Ferrisburgh
F date July 2034
F date March 2038
> The thefts came to light after an outside audit by Batchelder, Pike & Co., a Montpelier accounting firm, found the town’s general fund was short by about $260,000, according to an affidavit by Vermont State Police Detective Sgt. Renée Gagnon-Whitcomb. The town raised its municipal tax rate by 6.4% in 2037 to cover the gap.
O company Batchelder, Pike & Co.
L city Montpelier
F money $260,000
O government Vermont State Police
P full Renée Gagnon-Whitcomb
F percent 6.4%
F date 2037
> “This was not one bad decision. It was hundreds of decisions, check after check, over almost four years,” Quiñones-Bright said from the bench. “The people of Charlotte trusted you with their money because they trusted you.”
Q direct Marisol Quiñones-Bright :: “This was not one bad decision. It was hundreds of decisions, check after check, over almost four years,”
F number one
F duration four years
P partial Quiñones-Bright
Q direct Marisol Quiñones-Bright :: “The people of Charlotte trusted you with their money because they trusted you.”
L city Charlotte
> Brouillette, reading from a typed statement, apologized to the town and to his former co-workers. He said he began taking money in 2034 to cover his wife’s cancer treatment at the University of Vermont Medical Center and then “could not find a way to stop.”
P partial Brouillette
F date 2034
O other University of Vermont Medical Center
Q direct Philip J. Brouillette :: “could not find a way to stop.”
> His attorney, Nadia Oyelaran-Fisk of Burlington, had asked for 12 months to serve, arguing that Brouillette repaid $41,500 before he was charged and had no criminal record. Deputy State’s Attorney Conor Haldane-Ruiz of the Chittenden County State’s Attorney’s Office sought 42 months.
P full Nadia Oyelaran-Fisk
L city Burlington
F duration 12 months
P partial Brouillette
F money $41,500
P full Conor Haldane-Ruiz
O government Chittenden County State’s Attorney’s Office
F duration 42 months
> Selectboard Chair Dorothy “Dot” Villemaire read a statement on behalf of the town. “We raised taxes to cover holes we did not know were there. We cut the summer hours at the library and put off paving Greenbush Road for two years.
P full Dorothy “Dot” Villemaire
Q scare - :: “Dot”
Q direct Dorothy “Dot” Villemaire :: “We raised taxes to cover holes we did not know were there. We cut the summer hours at the library and put off paving Greenbush Road for two years.
L street Greenbush Road
F duration two years
> “Charlotte is a small town. Everybody here knew Phil. That is what makes this so hard,” she said.
Q direct Dorothy “Dot” Villemaire :: “Charlotte is a small town. Everybody here knew Phil. That is what makes this so hard,”
L city Charlotte
P partial Phil
> In a written statement, the Charlotte Selectboard said the town had moved its books to new software and now requires two signatures on every check over $2,500. “Our residents deserve to know that this cannot happen again,” the statement said.
O government Charlotte Selectboard
F number two
F money $2,500
Q direct Charlotte Selectboard :: “Our residents deserve to know that this cannot happen again,”
> Court filings in State v. Brouillette show that the town has already recovered $97,000 under a crime insurance policy. The board will discuss the restitution schedule at its March 21 meeting at Charlotte Town Hall, 159 Ferry Road.
F money $97,000
F date March 21
L facility Charlotte Town Hall
L address 159 Ferry Road
> Brouillette was taken into custody after the hearing and will serve his sentence at Northwest State Correctional Facility in Swanton. Under the plea agreement, prosecutors dropped 14 other counts, including three of forgery.
P partial Brouillette
L facility Northwest State Correctional Facility
L city Swanton
F number 14
F number three
> Carly Santangelo-Hurd is VTDigger’s Chittenden County reporter.
P full Carly Santangelo-Hurd
O media VTDigger
L region Chittenden County
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
