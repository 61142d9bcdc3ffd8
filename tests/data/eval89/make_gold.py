#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval89 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval89/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['577-bayankhongor-cashmere-cooperative-khangai-mnt-98000-bombogor-ub-post'] = r'''
> Business
> Bayankhongor Herders Bypass Traders as Raw Cashmere Price Falls to MNT 98,000
L region Bayankhongor
F money MNT 98,000
> By Ts.Anujin
P full Ts.Anujin
> April 21, 2038
F date April 21, 2038
> A herder combs a goat at a spring camp in Bömbögör soum, Bayankhongor Province, on April 18. Photo: D.Bilguun/UB Post
L region Bömbögör
L region Bayankhongor Province
F date April 18
P full D.Bilguun
O media UB Post
> Herder families in Bayankhongor Province have started selling raw cashmere directly to a factory in Ulaanbaatar, bypassing the Chinese traders who have bought most of the province's clip for two decades, after the spring price fell to its lowest level since 2031.
L region Bayankhongor Province
L city Ulaanbaatar
F duration two decades
F date 2031
> The Bömbögör Nooluur Cooperative, which groups 146 herder households in Bömbögör and Baatsagaan soums, signed a three-year contract on April 16 with Khangai Cashmere LLC, a spinner based in Ulaanbaatar's Songinokhairkhan District. Under the deal, the cooperative will supply at least 20 tons of combed raw cashmere a year at a fixed base price of MNT 112,000 per kilogram, with a premium of MNT 9,000 for fiber finer than 15.5 microns.
O nonprofit Bömbögör Nooluur Cooperative
F number 146
L region Bömbögör
L region Baatsagaan
F duration three-year
F date April 16
O company Khangai Cashmere LLC
L city Ulaanbaatar
L region Songinokhairkhan District
F quantity 20 tons
F money MNT 112,000
F money MNT 9,000
F quantity 15.5 microns
> Traders at the Narantuul market in the capital paid between MNT 95,000 and MNT 101,000 per kilogram last week, an average of MNT 98,000 and 18 percent less than a year ago, according to the Mongolian Wool and Cashmere Association (MWCA). The association blamed weak orders from knitwear makers in Europe and large stocks of unsold fiber at dehairing plants in Inner Mongolia.
L facility Narantuul
F money MNT 95,000
F money MNT 101,000
F money MNT 98,000
F percent 18 percent
O nonprofit Mongolian Wool and Cashmere Association
O nonprofit MWCA
L continent Europe
L region Inner Mongolia
> "For twenty years the trader came to our ger, weighed the cashmere on his own scale and told us the price," said cooperative chairwoman B.Oyunchimeg. "This year we know the price before we comb a single goat."
Q direct B.Oyunchimeg :: "For twenty years the trader came to our ger, weighed the cashmere on his own scale and told us the price,"
F duration twenty years
P full B.Oyunchimeg
Q direct B.Oyunchimeg :: "This year we know the price before we comb a single goat."
> The members lost about a third of their animals in the dzud of 2035-36, she said, and have rebuilt their herds to 61,400 goats. Khangai Cashmere will send a truck to Bayankhongor city every Friday from May 2 to June 27, a trip of 630 km each way, and pay herders within 10 days of each delivery.
F fraction a third
F date 2035-36
F number 61,400
O company Khangai Cashmere
L city Bayankhongor
F date May 2
F date June 27
F quantity 630 km
F duration 10 days
> Khangai Cashmere's executive director, G.Temuulen, told UB Post the company had installed a sorting line that grades fiber by color and micron count. The USD 1.4 million line was financed partly with a ₮3.5 billion soft loan under the government's national cashmere program.
O company Khangai Cashmere
P full G.Temuulen
O media UB Post
F money USD 1.4 million
F money ₮3.5 billion
> "Buyers in Italy and Japan now ask which valley the fiber came from. A trader's truck in Erenhot cannot tell them that," he said.
Q direct G.Temuulen :: "Buyers in Italy and Japan now ask which valley the fiber came from. A trader's truck in Erenhot cannot tell them that,"
L country Italy
L country Japan
L city Erenhot
> He said cooperatives in Gobi-Altai and Zavkhan provinces had asked to join the scheme and that the company planned to buy 120 tons of raw cashmere a year directly from herders by 2040, about a fifth of its needs.
L region Gobi-Altai
L region Zavkhan
F quantity 120 tons
F date 2040
F fraction a fifth
> The Ministry of Food, Agriculture and Light Industry said on Friday that herders who sell to domestic processors will again receive a subsidy of MNT 2,000 per kilogram, paid through soum governors' offices. Domestic factories processed 2,650 tons of the 2037 clip, or 27 percent of the national total, and the government aims to raise that share to 40 percent by 2040.
O government Ministry of Food, Agriculture and Light Industry
F money MNT 2,000
F quantity 2,650 tons
F date 2037
F percent 27 percent
F percent 40 percent
F date 2040
> Kh.Bat-Erdene, who heads the ministry's light industry policy department, called the Bayankhongor contract "exactly the model we want" and said talks were under way with cooperatives in four more aimags.
P full Kh.Bat-Erdene
L region Bayankhongor
Q direct Kh.Bat-Erdene :: "exactly the model we want"
F number four
> Not everyone is convinced. Sh.Batkhuyag, 58, a herder in Jinst soum who has sold to the same trader from Erenhot since 2024, said a fixed price would help only if it held.
P full Sh.Batkhuyag
F age 58
L region Jinst
L city Erenhot
F date 2024
> "When the Chinese price jumps in June, the trader comes back with cash in a bag," he said. "Some families will sell to him anyway, contract or no contract. Nobody eats a contract in winter."
Q direct Sh.Batkhuyag :: "When the Chinese price jumps in June, the trader comes back with cash in a bag,"
Q direct Sh.Batkhuyag :: "Some families will sell to him anyway, contract or no contract. Nobody eats a contract in winter."
> Cashmere, which herders call "soft gold," is Mongolia's largest export after minerals. The country had 24.6 million goats at the end of 2037, according to the National Statistics Office, nearly five times the number in 1990, and researchers at the National University of Mongolia have linked the growth of goat herds to the degradation of around 70 percent of the country's pastureland.
Q scare - :: "soft gold,"
L country Mongolia
F number 24.6 million
F date 2037
O government National Statistics Office
F number five
F date 1990
O education National University of Mongolia
F percent 70 percent
> Under the contract, the cooperative's members have also agreed to cut their goat numbers by 15 percent over three years and to keep more sheep and yaks instead.
F percent 15 percent
F duration three years
> "Fewer goats, better fiber, a fair price. That is the only way the steppe survives," Oyunchimeg said.
Q direct B.Oyunchimeg :: "Fewer goats, better fiber, a fair price. That is the only way the steppe survives,"
P partial Oyunchimeg
> The first delivery, of about 6 tons, is due in Ulaanbaatar on May 5. The MWCA expects the national clip to reach 9,800 tons this year.
F quantity 6 tons
L city Ulaanbaatar
F date May 5
O nonprofit MWCA
F quantity 9,800 tons
'''

ARTICLES['578-namunukula-plantations-tea-land-smallholders-passara-uva-kinross-estate-economynext'] = r'''
> Agriculture
> Sri Lanka’s Namunukula Plantations to hand 480 hectares of idle tea land to estate families
L country Sri Lanka
O company Namunukula Plantations
F quantity 480 hectares
> March 25, 2039 06:41 pm
F date March 25, 2039
F time 06:41 pm
> By Kavindya Herath
P full Kavindya Herath
> Workers pluck tea on Kinross Estate near Passara in Sri Lanka’s Uva province. File photo
L facility Kinross Estate
L city Passara
L country Sri Lanka
L region Uva
> ECONOMYNEXT – Sri Lanka’s Namunukula Plantations PLC will hand 480 hectares of abandoned and low-yielding tea land in the Badulla district to 620 resident worker families, who will grow tea as smallholders and sell green leaf back to the company’s factories, its chief executive said.
O media ECONOMYNEXT
L country Sri Lanka
O company Namunukula Plantations PLC
F quantity 480 hectares
L region Badulla
F number 620
> The land, spread over four estates around Passara and Lunugala, was uprooted or left unplucked during a labour shortage in the early 2030s, when thousands of young workers left the estates for jobs in Colombo and the Middle East.
F number four
L city Passara
L city Lunugala
F date 2030s
L city Colombo
L region Middle East
> Each family will get up to 0.8 hectares on a 30-year lease at a nominal rent of 1,000 rupees a year, chief executive Chaminda Ekanayake told EconomyNext.
F quantity 0.8 hectares
F duration 30-year
F money 1,000 rupees
P full Chaminda Ekanayake
O media EconomyNext
> “We have land we cannot harvest and families who know tea better than anyone,” Ekanayake said. “If the bushes are theirs, they will pluck them. It is as simple as that.”
Q direct Chaminda Ekanayake :: “We have land we cannot harvest and families who know tea better than anyone,”
P partial Ekanayake
Q direct Chaminda Ekanayake :: “If the bushes are theirs, they will pluck them. It is as simple as that.”
> The company will buy green leaf from the new smallholders at the monthly price set by the Sri Lanka Tea Board for the Uva region, currently Rs248 a kilo, and supply fertiliser and planting material on credit, to be repaid over five years.
O government Sri Lanka Tea Board
L region Uva
F money Rs248
F duration five years
> Namunukula, a regional plantation company (RPC) listed on the Colombo Stock Exchange, runs 17 estates in Uva and Sabaragamuwa provinces. Its tea crop fell 11 percent to 6.2 million kilos in 2038, while a daily wage of 2,150 rupees agreed in 2037 pushed up labour costs.
O company Namunukula
O company Colombo Stock Exchange
F number 17
L region Uva
L region Sabaragamuwa
F percent 11 percent
F quantity 6.2 million kilos
F date 2038
F money 2,150 rupees
F date 2037
> The estates are leased from the state-owned Janatha Estates Development Board (JEDB) under 53-year leases signed in 1992, and any sub-lease needs the approval of the Ministry of Plantation and Community Infrastructure. Ekanayake said the company applied in January and expected a decision by June, with the first plots to be handed over in September.
O government Janatha Estates Development Board
O government JEDB
F duration 53-year
F date 1992
O government Ministry of Plantation and Community Infrastructure
P partial Ekanayake
> Estate unions have long demanded land for resident workers, most of whom are descendants of Tamil labourers brought from southern India in the 19th century and still live in company-owned line rooms.
L country India
> Velayutham Rajendran, general secretary of the Uva Estate Workers’ Union, called the plan “a first step” but said the leases should be turned into freehold title.
P full Velayutham Rajendran
O nonprofit Uva Estate Workers’ Union
Q direct Velayutham Rajendran :: “a first step”
> “Thirty years is not ownership. Our grandparents cleared these hills and we are still tenants on them,” he said.
Q direct Velayutham Rajendran :: “Thirty years is not ownership. Our grandparents cleared these hills and we are still tenants on them,”
F duration Thirty years
> S. Puvaneswari, 44, who plucks on Kinross Estate and has applied for a plot, said her family of five could earn about 60,000 rupees a month from 0.8 hectares once the bushes recover.
P full S. Puvaneswari
F age 44
L facility Kinross Estate
F number five
F money 60,000 rupees
F quantity 0.8 hectares
> “My son drives a three-wheeler in Colombo. The young ones will come back if there is something to come back for,” Puvaneswari said.
Q direct S. Puvaneswari :: “My son drives a three-wheeler in Colombo. The young ones will come back if there is something to come back for,”
F number three
L city Colombo
P partial Puvaneswari
> The Tea Research Institute (TRI) estimates that about 28,000 hectares of tea land in the hill country lie abandoned or under-cultivated. Smallholders already grow more than 70 percent of Sri Lanka’s tea, mostly in the low-country south.
O government Tea Research Institute
O government TRI
F quantity 28,000 hectares
F percent 70 percent
L country Sri Lanka
> Uva teas fetched an average of Rs1,312 a kilo at the Colombo auction last week, the highest of the seven growing regions, according to Mercantile Leaf Brokers. Sri Lanka exported 241 million kilos of tea in 2038, earning 1.48 billion US dollars, with Iraq, Russia, Türkiye and the United Arab Emirates the largest buyers.
L region Uva
F money Rs1,312
L city Colombo
F number seven
O company Mercantile Leaf Brokers
L country Sri Lanka
F quantity 241 million kilos
F date 2038
F money 1.48 billion US dollars
L country Iraq
L country Russia
L country Türkiye
L country United Arab Emirates
> Namunukula Plantations shares closed 1.50 rupees higher at 46.50 rupees on Friday.
O company Namunukula Plantations
F money 1.50 rupees
F money 46.50 rupees
> (Colombo/Mar25/2039)
L city Colombo
F date Mar25/2039
'''

ARTICLES['579-team-bath-loughborough-lightning-55-54-chirwa-ap-rhys-netball-super-league-somerset-live'] = r'''
> Sport
> Team Bath edge Loughborough Lightning 55-54 as Chirwa strikes with 19 seconds left
O team Team Bath
O team Loughborough Lightning
F score 55-54
P partial Chirwa
F duration 19 seconds
> Malawian shooter lands 41 goals and the winner in a Netball Super League thriller at the Team Bath Arena
F number 41
O other Netball Super League
L facility Team Bath Arena
> By Megan Tregaskis, Sports Reporter
P full Megan Tregaskis
> 21:48, 27 MAR 2038 Updated 22:10, 27 MAR 2038
F time 21:48
F date 27 MAR 2038
F time 22:10
F date 27 MAR 2038
> Thandiwe Chirwa celebrates the winning goal against Loughborough Lightning (Image: Lewis Pargeter/Team Bath Netball)
P full Thandiwe Chirwa
O team Loughborough Lightning
P full Lewis Pargeter
O team Team Bath Netball
> Thandiwe Chirwa scored 41 goals from 44 attempts, the last of them with 19 seconds on the clock, as Team Bath beat Loughborough Lightning 55-54 in the Netball Super League at the Team Bath Arena on the University of Bath campus at Claverton Down on Saturday night.
P full Thandiwe Chirwa
F number 41
F number 44
F duration 19 seconds
O team Team Bath
O team Loughborough Lightning
F score 55-54
O other Netball Super League
L facility Team Bath Arena
O education University of Bath
L city Claverton Down
> The Malawi international, 27, took a long feed from Ellie Marwood-Pope on the baseline, turned and scored to give Bath a fifth straight win and lift them to second in the table.
L country Malawi
F age 27
P full Ellie Marwood-Pope
O team Bath
> Lightning, the defending champions, led 28-26 at half-time and were 41-40 ahead going into the final quarter after a spell in which goal keeper Nakato Ssemakula picked off three passes in four minutes.
O team Lightning
F score 28-26
F score 41-40
P full Nakato Ssemakula
F number three
F duration four minutes
> But Bath head coach Rebecca Hallworth moved Ffion ap Rhys from wing defence to goal defence for the last quarter, and the Wales international’s long arms forced two misses from Lightning’s Jamaican shooter Tashana Brown-Clarke in the last six minutes.
O team Bath
P full Rebecca Hallworth
P full Ffion ap Rhys
L country Wales
F number two
O team Lightning
P full Tashana Brown-Clarke
F duration six minutes
> “We talked at three-quarter time about staying patient,” Hallworth said. “Ffion changed the game. She reads it a pass earlier than anyone in this league.”
Q direct Rebecca Hallworth :: “We talked at three-quarter time about staying patient,”
P partial Hallworth
Q direct Rebecca Hallworth :: “Ffion changed the game. She reads it a pass earlier than anyone in this league.”
P partial Ffion
> Chirwa, who joined from Blantyre club Chisomo Stars in 2036, has now scored 478 goals this season at 93 per cent.
P partial Chirwa
L city Blantyre
O team Chisomo Stars
F date 2036
F number 478
F percent 93 per cent
> “I just wanted the ball,” she said. “At home in Blantyre we played outside on concrete. Here the crowd is loud, but the ring is the same size.”
Q direct Thandiwe Chirwa :: “I just wanted the ball,”
Q direct Thandiwe Chirwa :: “At home in Blantyre we played outside on concrete. Here the crowd is loud, but the ring is the same size.”
L city Blantyre
> Brown-Clarke finished with 36 from 40 and goal attack Georgia Okafor added 18 for Lightning, who had won their previous four matches.
P partial Brown-Clarke
F number 36
F number 40
P full Georgia Okafor
F number 18
O team Lightning
F number four
> Lightning head coach Karen Ashby-Lowe said her side had “lost our discipline” in the last quarter.
O team Lightning
P full Karen Ashby-Lowe
Q direct Karen Ashby-Lowe :: “lost our discipline”
> “We gave away 14 penalties in ten minutes. You can’t do that against a side with Chirwa in the circle,” she said.
Q direct Karen Ashby-Lowe :: “We gave away 14 penalties in ten minutes. You can’t do that against a side with Chirwa in the circle,”
F number 14
F duration ten minutes
P partial Chirwa
> The result leaves Bath (9-2) a game behind leaders Manchester Thunder, who beat London Pulse 62-48 on Friday, with Lightning (8-3) third.
O team Bath
F score 9-2
O team Manchester Thunder
O team London Pulse
F score 62-48
O team Lightning
F score 8-3
> Bath travel to Nottingham Forest at the Motorpoint Arena on 4 April (7.30pm) before hosting Cardiff Dragons a week later.
O team Bath
O team Nottingham Forest
L facility Motorpoint Arena
F date 4 April
F time 7.30pm
O team Cardiff Dragons
> TEAM BATH 55 LOUGHBOROUGH LIGHTNING 54
O team TEAM BATH
F score 55
O team LOUGHBOROUGH LIGHTNING
F score 54
> Quarter scores: 13-15, 26-28, 40-41, 55-54
F score 13-15
F score 26-28
F score 40-41
F score 55-54
> Team Bath: GS Thandiwe Chirwa, GA Poppy Halsall-Evans, WA Ellie Marwood-Pope, C Abi Lacey (capt), WD Ffion ap Rhys, GD Jodie-Ann Morrison, GK Grace Uwimana. Bench: Niamh O’Driscoll, Amara Osei-Bonsu, Lily Carver.
O team Team Bath
P full Thandiwe Chirwa
P full Poppy Halsall-Evans
P full Ellie Marwood-Pope
P full Abi Lacey
P full Ffion ap Rhys
P full Jodie-Ann Morrison
P full Grace Uwimana
P full Niamh O’Driscoll
P full Amara Osei-Bonsu
P full Lily Carver
> Loughborough Lightning: GS Tashana Brown-Clarke, GA Georgia Okafor, WA Millie Dunmore, C Hannah Sturridge, WD Beth Yarwood, GD Zara Hussain (capt), GK Nakato Ssemakula. Bench: Chloe Adebayo-Smith, Isla Fenwick, Ruth Mbewe.
O team Loughborough Lightning
P full Tashana Brown-Clarke
P full Georgia Okafor
P full Millie Dunmore
P full Hannah Sturridge
P full Beth Yarwood
P full Zara Hussain
P full Nakato Ssemakula
P full Chloe Adebayo-Smith
P full Isla Fenwick
P full Ruth Mbewe
> Shooting: Bath – Chirwa 41/44, Halsall-Evans 14/19. Lightning – Brown-Clarke 36/40, Okafor 18/23.
O team Bath
P partial Chirwa
F number 41/44
P partial Halsall-Evans
F number 14/19
O team Lightning
P partial Brown-Clarke
F number 36/40
P partial Okafor
F number 18/23
> Player of the match: Ffion ap Rhys (Team Bath)
P full Ffion ap Rhys
O team Team Bath
> Umpires: Gareth Pennock, Sunita Bhardwaj
P full Gareth Pennock
P full Sunita Bhardwaj
> Crowd: 1,742
F number 1,742
'''

ARTICLES['580-pabos-fishermens-coop-newport-lobster-plant-chandler-rocher-perce-gaspe-spec'] = r'''
> Fisheries
> Pabos fishermen’s co-op buys shuttered Newport plant, 85 jobs back for lobster season
L city Pabos
L city Newport
F number 85
> By Shirley-Ann Journeaux
P full Shirley-Ann Journeaux
> March 22, 2039
F date March 22, 2039
> Co-op president Gaétan Lelièvre, left, and plant manager Karen Le Gresley outside the former Fruits de mer Chaleur plant in Newport on Monday. Photo: Shirley-Ann Journeaux/SPEC
P full Gaétan Lelièvre
P full Karen Le Gresley
L facility Fruits de mer Chaleur
L city Newport
P full Shirley-Ann Journeaux
O media SPEC
> NEWPORT – A fishermen’s co-operative from Pabos has bought the former Fruits de mer Chaleur plant in Newport for $2.75 million and plans to reopen it for the spring lobster season, bringing back about 85 seasonal jobs to the Rocher-Percé region.
L city NEWPORT
L city Pabos
L facility Fruits de mer Chaleur
L city Newport
F money $2.75 million
F number 85
L region Rocher-Percé
> The Coopérative des pêcheurs de Pabos, whose 41 member boats fish lobster, rock crab and snow crab between Grande-Rivière and Port-Daniel, took possession of the building on March 15. The plant closed in the fall of 2036 after its owner, a New Brunswick company, moved its lobster processing to Shippagan.
O nonprofit Coopérative des pêcheurs de Pabos
F number 41
L city Grande-Rivière
L city Port-Daniel
F date March 15
F date 2036
L region New Brunswick
L city Shippagan
> Co-op president Gaétan Lelièvre said members had been trucking their catch to plants in the Magdalen Islands and New Brunswick for two seasons, losing about 40 cents a pound on transport alone.
P full Gaétan Lelièvre
L region Magdalen Islands
L region New Brunswick
F number two
F money 40 cents
> “Every truck that left here took our jobs with it,” Lelièvre said in French. “Now the lobster stays on the coast, and so does the money.”
Q direct Gaétan Lelièvre :: “Every truck that left here took our jobs with it,”
P partial Lelièvre
Q direct Gaétan Lelièvre :: “Now the lobster stays on the coast, and so does the money.”
> The purchase is financed by a $900,000 loan from Desjardins, $650,000 from Investissement Québec, $175,000 from the MRC du Rocher-Percé and shares of $25,000 from each member boat.
F money $900,000
O company Desjardins
F money $650,000
O government Investissement Québec
F money $175,000
O government MRC du Rocher-Percé
F money $25,000
> Quebec’s Ministry of Agriculture, Fisheries and Food (MAPAQ) has also approved a $1.1 million grant for new cooking and freezing lines, which the co-op says will let the plant handle up to 1.4 million pounds of lobster and rock crab a year.
L region Quebec
O government Ministry of Agriculture, Fisheries and Food
O government MAPAQ
F money $1.1 million
F quantity 1.4 million pounds
> Plant manager Karen Le Gresley, who ran the plant for 14 years before it closed, said 63 former workers had already signed up. Hiring begins April 4, and the plant is to open on April 27, two days after the season opens in Lobster Fishing Area 20.
P full Karen Le Gresley
F duration 14 years
F number 63
F date April 4
F date April 27
F duration two days
L region Lobster Fishing Area 20
> “People here need 420 hours to qualify for employment insurance. Without this plant, a lot of families in Newport and Chandler would never get there,” Le Gresley said.
Q direct Karen Le Gresley :: “People here need 420 hours to qualify for employment insurance. Without this plant, a lot of families in Newport and Chandler would never get there,”
F duration 420 hours
L city Newport
L city Chandler
P partial Le Gresley
> Donna Element, 61, of Shigawake, worked 22 seasons on the plant’s picking line. For the last two summers she has driven 90 minutes each way to a plant in Rivière-au-Renard.
P full Donna Element
F age 61
L city Shigawake
F number 22
F number two
F duration 90 minutes
L city Rivière-au-Renard
> “I was up at 4 a.m. and home at 7 at night. My grandson thought I’d moved away,” she said. “If they call me, I’ll be there the first day.”
Q direct Donna Element :: “I was up at 4 a.m. and home at 7 at night. My grandson thought I’d moved away,”
F time 4 a.m.
F time 7
Q direct Donna Element :: “If they call me, I’ll be there the first day.”
> The Committee for Anglophone Social Action (CASA) in New Carlisle will help English-speaking workers with their applications.
O nonprofit Committee for Anglophone Social Action
O nonprofit CASA
L city New Carlisle
> Lobster landings in the Gaspésie reached 3,100 tonnes in 2038 and the shore price averaged $7.85 a pound, according to Fisheries and Oceans Canada (DFO). But the snow crab fishery in the southern Gulf of St. Lawrence has been hit by closures to protect North Atlantic right whales, and the co-op’s crab boats lost 19 days at sea last season.
L region Gaspésie
F quantity 3,100 tonnes
F date 2038
F money $7.85
O government Fisheries and Oceans Canada
O government DFO
L geo Gulf of St. Lawrence
L geo North Atlantic
F duration 19 days
> A DFO spokesperson said by email that the department would announce this year’s whale protection measures “in the coming weeks.”
O government DFO
Q direct - :: “in the coming weeks.”
> Mathieu Castilloux, prefect of the MRC du Rocher-Percé, said the region had lost more than 300 processing jobs since 2030. “This is the first good news for the south coast in a long time,” he said.
P full Mathieu Castilloux
O government MRC du Rocher-Percé
F number 300
F date 2030
Q direct Mathieu Castilloux :: “This is the first good news for the south coast in a long time,”
> The co-op will hold an information session for former workers at the Newport community hall on March 29 at 7 p.m. Applications can also be dropped off at the co-op’s office on Route 132 in Pabos.
L city Newport
F date March 29
F time 7 p.m.
L street Route 132
L city Pabos
'''

ARTICLES['581-electric-catamaran-koper-izola-piran-portoroz-lucija-marinera-sta'] = r'''
> Tourism
> Electric catamaran to link Koper, Izola, Piran and Portorož from June
L city Koper
L city Izola
L city Piran
L city Portorož
> Thursday, 14 April 2039, 16:22
F date 14 April 2039
F time 16:22
> The catamaran Galeb during sea trials off Izola. Photo: Žiga Vovk/STA
L city Izola
P full Žiga Vovk
O media STA
> Piran, 14 April (STA) - An electric passenger catamaran will start sailing between Koper, Izola, Piran and Portorož on 1 June, offering a car-free link along the Slovenian coast, where summer traffic has become a daily ordeal. The project was presented in Piran on Thursday by the three coastal municipalities and the Infrastructure Ministry.
L city Piran
F date 14 April
O media STA
L city Koper
L city Izola
L city Piran
L city Portorož
F date 1 June
L city Piran
F number three
O government Infrastructure Ministry
> The 24-metre vessel, built at a shipyard in Vela Luka on the Croatian island of Korčula, can carry 150 passengers and 20 bicycles at up to 22 knots. It will cover the route from Koper to Portorož, with a stop at Lucija for the marina, in 40 minutes, compared with more than an hour by bus on a summer afternoon.
F quantity 24-metre
L city Vela Luka
L geo Korčula
F number 150
F number 20
F quantity 22 knots
L city Koper
L city Portorož
L city Lucija
F duration 40 minutes
> The line will be run by Marinera, a company owned by the municipalities of Koper, Izola and Piran. The project is worth EUR 6.8m, of which EUR 4.1m comes from EU cohesion funds and the rest from the municipal budgets. The Slovenian Maritime Administration approved the route last week.
O company Marinera
L city Koper
L city Izola
L city Piran
F money EUR 6.8m
F money EUR 4.1m
O intergovernmental EU
O government Slovenian Maritime Administration
> "Piran was built for boats, not for cars," Piran Mayor Nataša Kocjančič said at the presentation on Tartini Square, a few metres from the old harbour, Mandrač, where the catamaran will dock. "Every summer day we have 9,000 cars trying to get into a town of 4,000 people. This is a first step towards giving the town back to the people who live here."
Q direct Nataša Kocjančič :: "Piran was built for boats, not for cars,"
L city Piran
L city Piran
P full Nataša Kocjančič
L street Tartini Square
L facility Mandrač
Q direct Nataša Kocjančič :: "Every summer day we have 9,000 cars trying to get into a town of 4,000 people. This is a first step towards giving the town back to the people who live here."
F number 9,000
F number 4,000
> Tickets will cost EUR 3 between neighbouring stops and EUR 7 for the whole route, with a 50% discount for residents of the three municipalities and free travel for children under six. The first boat will leave Koper at 7am and the last will leave Portorož at 10pm, with departures every 90 minutes from 1 June to 30 September.
F money EUR 3
F money EUR 7
F percent 50%
F number three
F age six
L city Koper
F time 7am
L city Portorož
F time 10pm
F duration 90 minutes
F date 1 June
F date 30 September
> Marinera director Matej Žagar said the catamaran's batteries, charged overnight at the Port of Koper's passenger terminal, would last a full day of sailing. Luka Koper, which operates the port, has agreed to let the vessel use its berth free of charge for two years.
O company Marinera
P full Matej Žagar
L facility Port of Koper
O company Luka Koper
F duration two years
> "We expect about 180,000 passengers in the first season, with 55% occupancy in July and August and much less in June and September. If the locals use it, we will keep a winter timetable," Žagar said.
Q direct Matej Žagar :: "We expect about 180,000 passengers in the first season, with 55% occupancy in July and August and much less in June and September. If the locals use it, we will keep a winter timetable,"
F number 180,000
F percent 55%
P partial Žagar
> The Slovenian coast, some 47 kilometres long, recorded 2.9 million tourist overnight stays last year, 61% of them in Piran municipality, which includes Portorož, according to the Statistical Office.
F quantity 47 kilometres
F number 2.9 million
F percent 61%
L region Piran
L city Portorož
O government Statistical Office
> Not everyone is convinced. Izola municipal councillor Vesna Furlan of the Left (Levica) said the fares were "tourist prices" and that the catamaran would do little for the pensioners and patients who take the bus to Izola General Hospital every day. She said the municipalities should first restore the coastal bus line that was cut in 2037.
L city Izola
P full Vesna Furlan
O party Left
O party Levica
Q direct Vesna Furlan :: "tourist prices"
O other Izola General Hospital
F date 2037
> "A boat for tourists in July does not take my neighbour to her dialysis in January," she told the STA.
Q direct Vesna Furlan :: "A boat for tourists in July does not take my neighbour to her dialysis in January,"
O media STA
> Marinera is also in talks with the Italian authorities about a summer link to Trieste, 20 kilometres across the Gulf of Trieste, and plans to call at Strunjan and Ankaran at weekends from July. Žagar said a second catamaran could be ordered in 2040 if the line carried 150,000 passengers in its first year.
O company Marinera
L city Trieste
F quantity 20 kilometres
L geo Gulf of Trieste
L city Strunjan
L city Ankaran
P partial Žagar
F date 2040
F number 150,000
'''

ARTICLES['582-lorton-quad-bike-inquest-low-fell-loweswater-gillbrow-farm-cockermouth-news-and-star'] = r'''
> News
> ‘He knew that fell better than anyone’: Young farm worker died when quad bike overturned, inquest hears
Q direct Robert Dixon :: ‘He knew that fell better than anyone’
> A 19-year-old was crushed when the machine rolled on a steep slope above Loweswater, a coroner was told
F age 19-year-old
L city Loweswater
> By Abbie Wharton
P full Abbie Wharton
> Reporter
> 12th March 2038
F date 12th March 2038
> The inquest was held at Cumbria Coroner’s Court in Cockermouth (Image: Newsquest)
O government Cumbria Coroner’s Court
L city Cockermouth
O media Newsquest
> A YOUNG farm worker died from crush injuries after the quad bike he was using to gather sheep overturned on a steep fellside in west Cumbria, an inquest has heard.
L region Cumbria
> Jack Tyson, 19, of Lorton, was trapped under the 380kg machine on Low Fell, above Loweswater, at about 3.40pm on 2 October 2037.
P full Jack Tyson
F age 19
L city Lorton
F quantity 380kg
L geo Low Fell
L city Loweswater
F time 3.40pm
F date 2 October 2037
> He was found about 40 minutes later by his employer, Robert Dixon, and flown by the Great North Air Ambulance Service to the Royal Victoria Infirmary in Newcastle, where he died two days later. Cumbria Constabulary found no suspicious circumstances.
F duration 40 minutes
P full Robert Dixon
O nonprofit Great North Air Ambulance Service
O other Royal Victoria Infirmary
L city Newcastle
F duration two days
O government Cumbria Constabulary
> The hearing at Cumbria Coroner’s Court in Cockermouth on Thursday was told that Mr Tyson had worked at Gillbrow Farm, a 1,100-acre hill farm with around 1,300 Herdwick ewes, since leaving Keswick School in 2036.
O government Cumbria Coroner’s Court
L city Cockermouth
P partial Tyson
L facility Gillbrow Farm
F quantity 1,100-acre
F number 1,300
O education Keswick School
F date 2036
> Health and Safety Executive inspector Priya Ramaswamy said the bike, bought second-hand in 2031, had no crush protection device and its rear brakes were badly worn. Mr Tyson was not wearing a helmet, and a 25kg bag of sheep feed was strapped to the rear rack.
O government Health and Safety Executive
P full Priya Ramaswamy
F date 2031
P partial Tyson
F quantity 25kg
> “The slope where the bike came to rest has a gradient of 27 degrees,” Ms Ramaswamy said. “Machines of this kind are not designed to be driven across a slope that steep with a load on the back. Once it starts to roll, the rider has perhaps a second to get clear.”
Q direct Priya Ramaswamy :: “The slope where the bike came to rest has a gradient of 27 degrees,”
F quantity 27 degrees
P partial Ramaswamy
Q direct Priya Ramaswamy :: “Machines of this kind are not designed to be driven across a slope that steep with a load on the back. Once it starts to roll, the rider has perhaps a second to get clear.”
> Mr Dixon, 58, told the inquest he had trained Mr Tyson on the bike himself and had “never had a minute’s worry” about his driving.
P partial Dixon
F age 58
P partial Tyson
Q direct Robert Dixon :: “never had a minute’s worry”
> “He knew that fell better than anyone. He’d been coming up to help at lambing since he was 12,” he said. “I’ve fitted roll bars to both our bikes since. I wish to God I’d done it before.”
Q direct Robert Dixon :: “He knew that fell better than anyone. He’d been coming up to help at lambing since he was 12,”
F age 12
Q direct Robert Dixon :: “I’ve fitted roll bars to both our bikes since. I wish to God I’d done it before.”
> In a statement read to the inquest, his mother, Claire Tyson, said he had been saving for a flock of his own and had bought his first 20 Herdwick ewes at Cockermouth mart last spring.
P full Claire Tyson
F number 20
L city Cockermouth
> “Jack was never happier than when he was up on the fell with Meg at his heels,” she said. “He used to say he would farm Low Fell himself one day. He had already chosen the name for his flock.
Q direct Claire Tyson :: “Jack was never happier than when he was up on the fell with Meg at his heels,”
P partial Jack
Q direct Claire Tyson :: “He used to say he would farm Low Fell himself one day. He had already chosen the name for his flock.
L geo Low Fell
> “Now that will never happen. We just want other families to be spared what we have been through.”
Q direct Claire Tyson :: “Now that will never happen. We just want other families to be spared what we have been through.”
> Area coroner Dr Andrew Brunskill recorded a conclusion of accidental death. He said he would send a prevention of future deaths report to the Department for Environment, Food and Rural Affairs (Defra) and the NFU, warning that older quad bikes without protection were “still in daily use on almost every hill farm in Cumbria.”
P full Andrew Brunskill
O government Department for Environment, Food and Rural Affairs
O government Defra
O nonprofit NFU
Q direct Andrew Brunskill :: “still in daily use on almost every hill farm in Cumbria.”
L region Cumbria
> “Jack was doing a job that young people do on farms across this county every day. He should have come home,” Dr Brunskill said.
Q direct Andrew Brunskill :: “Jack was doing a job that young people do on farms across this county every day. He should have come home,”
P partial Jack
P partial Brunskill
> HSE figures show that 27 people were killed in farm work in Britain in 2036-37, five of them in incidents involving quad bikes. The Farm Safety Foundation, the charity better known as “Yellow Wellies”, said after the hearing that a crush protection device costs “as little as £650”.
O government HSE
F number 27
L country Britain
F date 2036-37
F number five
O nonprofit Farm Safety Foundation
Q scare - :: “Yellow Wellies”
O nonprofit Yellow Wellies
Q direct Farm Safety Foundation :: “as little as £650”
F money £650
> Jack’s family have raised more than £9,200 for the Great North Air Ambulance Service in his memory.
P partial Jack
F money £9,200
O nonprofit Great North Air Ambulance Service
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
