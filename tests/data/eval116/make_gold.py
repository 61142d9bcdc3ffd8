#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval116 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval116/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['739-gedaref-sesame-prices-slump-showak-bridge-atbara-river-flood-port-sudan-exporters-sudan-tribune'] = r'''
> Sesame prices slump in Gedaref as Atbara River flood cuts road to Port Sudan
L city Gedaref
L geo Atbara River
L city Port Sudan
> Labourers unload sacks of sesame at the Gedaref crop market on November 16, 2037 (ST Photo)
L city Gedaref
F date November 16, 2037
O media ST
> November 18, 2037 (GEDAREF) – Sesame prices at the Gedaref crop market, the largest in eastern Sudan, have fallen by nearly 20 percent in two weeks after floodwater damaged the Showak bridge over the Atbara River and cut the main road to Port Sudan, traders and farmers said on Wednesday.
F date November 18, 2037
L city GEDAREF
L city Gedaref
L country Sudan
F percent 20 percent
F duration two weeks
L city Showak
L geo Atbara River
L city Port Sudan
> A kantar of white sesame sold for SDG 96,500 at Tuesday's auction, down from SDG 119,000 at the start of the month, according to prices posted by the market administration. Red sesame, grown mainly around Al-Fau and Doka, fetched SDG 88,000.
F money SDG 96,500
F money SDG 119,000
L city Al-Fau
L city Doka
F money SDG 88,000
> About 3,200 tonnes of sesame reached the market last week, but less than a third of it found buyers, said Abdel Moneim Hassan al-Tayeb, who chairs the traders' committee at the market.
F quantity 3,200 tonnes
F fraction a third
P full Abdel Moneim Hassan al-Tayeb
> "The exporters' trucks are stuck on the Kassala side of the river, and nobody buys a sack he cannot move," al-Tayeb told Sudan Tribune. "Every day the price drops another two or three thousand pounds.
Q direct Abdel Moneim Hassan al-Tayeb :: "The exporters' trucks are stuck on the Kassala side of the river, and nobody buys a sack he cannot move,"
L city Kassala
P partial al-Tayeb
O media Sudan Tribune
Q direct Abdel Moneim Hassan al-Tayeb :: "Every day the price drops another two or three thousand pounds.
F money two
F money three thousand pounds
> "If the bridge is not open before the end of the month, farmers will sell at a loss to repay the bank, and next season many of them will plant sorghum instead of sesame."
Q direct Abdel Moneim Hassan al-Tayeb :: "If the bridge is not open before the end of the month, farmers will sell at a loss to repay the bank, and next season many of them will plant sorghum instead of sesame."
> The Atbara River burst its banks near Showak on November 3 after heavy late-season rain in the Ethiopian highlands, washing away a 40-metre stretch of the approach road to the bridge on the Gedaref-Kassala highway.
L geo Atbara River
L city Showak
F date November 3
F quantity 40-metre
L city Gedaref
L city Kassala
> Heavy trucks have since been diverted through Wad Madani, Khartoum and Atbara, a detour of more than 600 kilometres that adds three days to the journey to the Red Sea coast.
L city Wad Madani
L city Khartoum
L city Atbara
F quantity 600 kilometres
F duration three days
L geo Red Sea
> The Gedaref State Ministry of Infrastructure said in a statement that repairs would cost SDG 4.6 billion (about $2.1 million) and take "at least six weeks" once the water level falls.
O government Gedaref State Ministry of Infrastructure
F money SDG 4.6 billion
F money $2.1 million
Q direct Gedaref State Ministry of Infrastructure :: "at least six weeks"
F duration six weeks
> An exporter in Port Sudan, who asked not to be named because his company is negotiating with Chinese buyers, said contracts had been signed at $1,450 a tonne free on board.
L city Port Sudan
F money $1,450
> "With the detour, transport alone costs us $140 more per tonne. At these prices we lose money on every shipment, so we stopped buying until the road opens," he said.
Q direct - :: "With the detour, transport alone costs us $140 more per tonne. At these prices we lose money on every shipment, so we stopped buying until the road opens,"
F money $140
> Hawa Ishag Abakar, 46, who farms 35 feddans near Doka, said she brought 18 sacks to the market on Sunday and carried most of them home again.
P full Hawa Ishag Abakar
F age 46
F quantity 35 feddans
L city Doka
F number 18
> "I borrowed from the Agricultural Bank to pay the harvesters. The bank wants its money in December, not when the bridge is repaired," she said.
Q direct Hawa Ishag Abakar :: "I borrowed from the Agricultural Bank to pay the harvesters. The bank wants its money in December, not when the bridge is repaired,"
O company Agricultural Bank
> The Agricultural Bank of Sudan (ABS) said it had no plans to extend repayment deadlines for the season but would "study each case on its merits".
O company Agricultural Bank of Sudan
O company ABS
Q direct Agricultural Bank of Sudan :: "study each case on its merits"
> Sudan is one of the world's largest sesame exporters, and Gedaref state grows about 40 percent of the national crop on rain-fed mechanised schemes stretching towards the Ethiopian border and the disputed al-Fashaga area.
L country Sudan
L region Gedaref
F percent 40 percent
L region al-Fashaga
> According to the Central Bank of Sudan, sesame exports earned $612 million in 2036, second only to gold.
O government Central Bank of Sudan
F money $612 million
F date 2036
> Sorghum, the staple grain, was steady at SDG 41,000 for a 90-kilogram sack, traders said, as the harvest has only just begun in the south of the state.
F money SDG 41,000
F quantity 90-kilogram
> Osman Babiker Karrar, director-general of the state ministry, told Sudan Tribune that the contractor had moved two excavators to Showak but could not start work while the river was still above the danger mark.
P full Osman Babiker Karrar
O media Sudan Tribune
F number two
L city Showak
> "The water is falling by about 15 centimetres a day. We hope to open one lane for trucks of up to 30 tonnes by the second week of December," Karrar said.
Q direct Osman Babiker Karrar :: "The water is falling by about 15 centimetres a day. We hope to open one lane for trucks of up to 30 tonnes by the second week of December,"
F quantity 15 centimetres
F number one
F quantity 30 tonnes
P partial Karrar
> Traders in Gedaref said they would ask the federal Ministry of Trade and Supply to waive a new fee of SDG 12,000 per tonne at Port Sudan's South Port for cargo delayed by the closure.
L city Gedaref
O government Ministry of Trade and Supply
F money SDG 12,000
L city Port Sudan
L facility South Port
> (ST)
O media ST
'''

ARTICLES['740-alderney-breakwater-bill-38m-braye-harbour-states-of-alderney-guernsey-p-and-r-bailiwick-express'] = r'''
> Alderney breakwater bill rises to £38m as States look to Guernsey
L region Alderney
F money £38m
O government States
L region Guernsey
> The cost of repairing the Victorian breakwater that shelters Braye Harbour has more than doubled after winter storms tore a 30-metre hole in its seaward face – and Alderney says it cannot pay for it alone
L facility Braye Harbour
F quantity 30-metre
L region Alderney
> Wednesday 24 February 2038
F date 24 February 2038
> Pictured: Waves break over the Alderney breakwater during Storm Isolde in January. Picture: States of Alderney
L region Alderney
O government States of Alderney
> The bill for repairing the breakwater that protects Alderney’s harbour has risen to £38.4m, more than twice the figure given to the island’s politicians less than two years ago.
L region Alderney
F money £38.4m
F duration two years
> A report by consulting engineers Tidewright Marine, presented to the Policy and Finance Committee of the States of Alderney on Tuesday, found that two storms in January had opened a breach about 30 metres long and 12 metres deep in the 870-metre structure and loosened hundreds of granite blocks along its length.
O company Tidewright Marine
O government Policy and Finance Committee
O government States of Alderney
F number two
F quantity 30 metres
F quantity 12 metres
F quantity 870-metre
> In 2036 the same firm put the cost of a full repair at £17.9m.
F date 2036
F money £17.9m
> The breakwater was completed in 1864 to shelter a naval harbour that was never finished. The UK handed it to the States of Guernsey in 1987, and under the 1948 Agreement Guernsey pays for Alderney’s “transferred services”, including the breakwater, in return for collecting the island’s taxes.
F date 1864
L country UK
O government States of Guernsey
F date 1987
L region Guernsey
L region Alderney
Q scare - :: “transferred services”
> The President of the States of Alderney, Nathaniel Gauvain, said the island had no way of raising that sort of money itself.
O government States of Alderney
P full Nathaniel Gauvain
> “The breakwater is not an ornament. Without it there is no harbour, no fuel, no freight and, frankly, no Alderney,” he said. “There are 2,100 people living here and every one of them depends on what comes in through Braye.
Q direct Nathaniel Gauvain :: “The breakwater is not an ornament. Without it there is no harbour, no fuel, no freight and, frankly, no Alderney,”
L region Alderney
Q direct Nathaniel Gauvain :: “There are 2,100 people living here and every one of them depends on what comes in through Braye.
F number 2,100
L city Braye
> “This is a Bailiwick asset and it needs a Bailiwick answer.”
Q direct Nathaniel Gauvain :: “This is a Bailiwick asset and it needs a Bailiwick answer.”
L region Bailiwick
L region Bailiwick
> Guernsey’s Policy & Resources Committee said it had received the report and would bring proposals to the States of Deliberation “in the coming months”.
L region Guernsey
O government Policy & Resources Committee
O government States of Deliberation
Q direct Policy & Resources Committee :: “in the coming months”
> In a statement, the committee said: “P&R recognises that the breakwater is essential infrastructure for Alderney. Any decision on a sum of this size will have to be weighed against the States’ other capital priorities, including the hospital modernisation programme and the extension of the runway at Guernsey Airport.”
Q direct Policy & Resources Committee :: “P&R recognises that the breakwater is essential infrastructure for Alderney. Any decision on a sum of this size will have to be weighed against the States’ other capital priorities, including the hospital modernisation programme and the extension of the runway at Guernsey Airport.”
O government P&R
L region Alderney
O government States
L facility Guernsey Airport
> Alderney Representative Kerensa Mahy, one of the island’s two members in Guernsey’s parliament, said Alderney had paid about £9m a year into Guernsey’s general revenue for a decade and deserved “more than sympathy”.
L region Alderney
P full Kerensa Mahy
F number two
L region Guernsey
L region Alderney
F money £9m
L region Guernsey
Q direct Kerensa Mahy :: “more than sympathy”
> Harbour master Joel Le Tissier said the breach had already changed how the harbour worked.
P full Joel Le Tissier
> “When the wind is in the north-east we now move the fishing boats round to Little Crabby Harbour, and the freight boat from Guernsey has missed six sailings since January,” he said.
Q direct Joel Le Tissier :: “When the wind is in the north-east we now move the fishing boats round to Little Crabby Harbour, and the freight boat from Guernsey has missed six sailings since January,”
L facility Little Crabby Harbour
L region Guernsey
F number six
> Ben de Garis, who fishes for crab and lobster out of Braye, said his insurer had raised the premium on his 11-metre boat by 40% since the storms.
P full Ben de Garis
L city Braye
F quantity 11-metre
F percent 40%
> “If the breakwater goes, I either move to Cherbourg or I give up. There’s no third option,” he said.
Q direct Ben de Garis :: “If the breakwater goes, I either move to Cherbourg or I give up. There’s no third option,”
L city Cherbourg
> One States member, who asked not to be named, was blunter: “Everybody in Guernsey is happy to come over for Alderney Week, but nobody over there wants to pay for the wall.”
F number One
O government States
Q direct - :: “Everybody in Guernsey is happy to come over for Alderney Week, but nobody over there wants to pay for the wall.”
L region Guernsey
> Tidewright Marine’s report sets out three options: a full repair over four years, a cheaper partial repair that would shorten the breakwater by 200 metres, or what it calls “managed decline”. Keeping the structure as it is already costs about £650,000 a year.
O company Tidewright Marine
F number three
F duration four years
F quantity 200 metres
Q direct Tidewright Marine :: “managed decline”
F money £650,000
> The Policy and Finance Committee will hold a public meeting on the report at the Island Hall in St Anne on 3 March at 7.30pm.
O government Policy and Finance Committee
L facility Island Hall
L city St Anne
F date 3 March
F time 7.30pm
'''

ARTICLES['741-young-munster-beat-garryowen-22-20-limerick-derby-ail-division-1a-tom-clifford-park-quilty-limerick-leader'] = r'''
> Rugby
> ‘We were never going to lie down’: Young Munster edge Garryowen in Limerick derby thriller
Q direct Gearóid Hartigan :: ‘We were never going to lie down’
O team Young Munster
O team Garryowen
L city Limerick
> Replacement hooker Fergal Quilty’s late try seals 22-20 win at Tom Clifford Park as the Cookies move up to second in Division 1A
P full Fergal Quilty
F score 22-20
L facility Tom Clifford Park
O team Cookies
O other Division 1A
> Reporter:
> Niamh Ní Fhlatharta
P full Niamh Ní Fhlatharta
> 14 Nov 2037 7:52 PM
F date 14 Nov 2037
F time 7:52 PM
> Young Munster’s Seán Ó Ceallacháin dives over for the opening try against Garryowen at Tom Clifford Park. Picture: Ger Mulqueen
O team Young Munster
P full Seán Ó Ceallacháin
O team Garryowen
L facility Tom Clifford Park
P full Ger Mulqueen
> YOUNG Munster came from ten points down to beat Garryowen 22-20 in a ferocious Limerick derby at Tom Clifford Park on Saturday, replacement hooker Fergal Quilty burrowing over two minutes from time to settle the All-Ireland League Division 1A clash.
O team YOUNG Munster
F number ten
O team Garryowen
F score 22-20
L city Limerick
L facility Tom Clifford Park
P full Fergal Quilty
F duration two minutes
O other All-Ireland League Division 1A
> The win, Munsters’ fourth in six games, lifts Gearóid Hartigan’s side into second place on 22 points, two behind leaders Clontarf, while Garryowen drop to sixth.
O team Munsters
F number six
P full Gearóid Hartigan
F number 22
F number two
O team Clontarf
O team Garryowen
> Around 3,500 supporters packed into the Rosbrien ground, and they were treated to a derby that had everything: five tries, a yellow card for each side and a finish that had both benches on their feet.
F number 3,500
L city Rosbrien
F number five
> Garryowen, who had won the last three meetings between the clubs, struck first when out-half Mikey Downes kicked a penalty in the eighth minute. Winger Seán Ó Ceallacháin finished a sweeping move in the left corner for the home side’s opening try, but Downes replied with a second penalty from 40 metres.
O team Garryowen
F number three
P full Mikey Downes
P full Seán Ó Ceallacháin
P partial Downes
F quantity 40 metres
> Luke Mescall, who had converted Ó Ceallacháin’s try, then kicked a penalty to put Munsters 10-6 up, but the Light Blues went in 13-10 ahead at the break after captain Eddie Sinnott drove over from a lineout maul on 33 minutes and Downes converted.
P full Luke Mescall
P partial Ó Ceallacháin
O team Munsters
F score 10-6
O team Light Blues
F score 13-10
P full Eddie Sinnott
F duration 33 minutes
P partial Downes
> Both sides lost a player to the sin-bin early in the second half, and Garryowen looked to have done enough when winger Fionn Enright intercepted a loose pass on halfway and ran 50 metres to score. Downes converted to make it 20-10 with 19 minutes left.
O team Garryowen
P full Fionn Enright
F quantity 50 metres
P partial Downes
F score 20-10
F duration 19 minutes
> But Munsters, roared on by the Cookies faithful, hit back. Number eight Tom Spain bulldozed over from close range on 68 minutes and, after Mescall’s conversion came back off the post, Quilty, on for just 11 minutes, burrowed over from a five-metre lineout in the 78th minute. Mescall made no mistake with the conversion.
O team Munsters
O team Cookies
P full Tom Spain
F duration 68 minutes
P partial Mescall
P partial Quilty
F duration 11 minutes
F quantity five-metre
P partial Mescall
> Munsters head coach Gearóid Hartigan said: ‘We were never going to lie down. Ten points down against Garryowen with 12 minutes to go, a lot of teams would have folded, but that’s not in this club’s DNA.
O team Munsters
P full Gearóid Hartigan
Q direct Gearóid Hartigan :: ‘We were never going to lie down. Ten points down against Garryowen with 12 minutes to go, a lot of teams would have folded, but that’s not in this club’s DNA.
F number Ten
O team Garryowen
F duration 12 minutes
> ‘Fergal has waited all season for his chance and he took it. I’m delighted for him and for our supporters, who were unbelievable today.’
Q direct Gearóid Hartigan :: ‘Fergal has waited all season for his chance and he took it. I’m delighted for him and for our supporters, who were unbelievable today.’
P partial Fergal
> Hartigan said Tongan centre Tevita Fonua, who joined from Ealing Trailfinders in the summer, would be assessed this week after he left the field with a shoulder injury on 55 minutes.
P partial Hartigan
P full Tevita Fonua
O team Ealing Trailfinders
F duration 55 minutes
> Garryowen head coach Pádraig ‘Podge’ Lyons felt his side had ‘switched off’ after Enright’s try.
O team Garryowen
P full Pádraig ‘Podge’ Lyons
Q scare - :: ‘Podge’
Q direct Pádraig ‘Podge’ Lyons :: ‘switched off’
P partial Enright
> ‘We had the game won at 20-10 and we gave it away. Two tries from lineouts in the last 12 minutes – that’s on us, not on the referee,’ said Lyons.
Q direct Pádraig ‘Podge’ Lyons :: ‘We had the game won at 20-10 and we gave it away. Two tries from lineouts in the last 12 minutes – that’s on us, not on the referee,’
F score 20-10
F number Two
F duration 12 minutes
P partial Lyons
> Munsters travel to Clontarf next Saturday, while Garryowen host Lansdowne at Dooradoyle.
O team Munsters
L city Clontarf
O team Garryowen
O team Lansdowne
L city Dooradoyle
> YOUNG MUNSTER: C Moroney; S Ó Ceallacháin, J Heffernan-Bourke, T Fonua, R Kiely; L Mescall, D Hehir; P Culhane, C Tuohy, J Kirwan; E Mac Mathúna, B Daly; K Dineen, M O’Halloran, T Spain (capt).
O team YOUNG MUNSTER
P full C Moroney
P full S Ó Ceallacháin
P full J Heffernan-Bourke
P full T Fonua
P full R Kiely
P full L Mescall
P full D Hehir
P full P Culhane
P full C Tuohy
P full J Kirwan
P full E Mac Mathúna
P full B Daly
P full K Dineen
P full M O’Halloran
P full T Spain
> Replacements: N Ryan for Fonua (55), A Foley for Culhane (60), G Healy for Kirwan (60), F Quilty for Tuohy (67).
P full N Ryan
P partial Fonua
P full A Foley
P partial Culhane
P full G Healy
P partial Kirwan
P full F Quilty
P partial Tuohy
> GARRYOWEN: C Bourke; F Enright, P Hayes, W Ashe, R Lenihan; M Downes, C Wall; D Nash, J Meade, R Tobin; S Culleton, A Kingston; D Brennan-Quaid, A Lacey, E Sinnott (capt).
O team GARRYOWEN
P full C Bourke
P full F Enright
P full P Hayes
P full W Ashe
P full R Lenihan
P full M Downes
P full C Wall
P full D Nash
P full J Meade
P full R Tobin
P full S Culleton
P full A Kingston
P full D Brennan-Quaid
P full A Lacey
P full E Sinnott
> Replacements: O Fitzell for Nash (58), T Begley for Lacey (64), K Ó Dálaigh for Wall (70).
P full O Fitzell
P partial Nash
P full T Begley
P partial Lacey
P full K Ó Dálaigh
P partial Wall
> Scorers: Young Munster: Tries: S Ó Ceallacháin, T Spain, F Quilty; Cons: L Mescall 2; Pen: L Mescall. Garryowen: Tries: E Sinnott, F Enright; Cons: M Downes 2; Pens: M Downes 2.
O team Young Munster
P full S Ó Ceallacháin
P full T Spain
P full F Quilty
P full L Mescall
F number 2
P full L Mescall
O team Garryowen
P full E Sinnott
P full F Enright
P full M Downes
F number 2
P full M Downes
F number 2
> Half-time: Young Munster 10 Garryowen 13.
O team Young Munster
F score 10
O team Garryowen
F score 13
> Referee: Brendan Kinnane (IRFU).
P full Brendan Kinnane
O nonprofit IRFU
'''

ARTICLES['742-kmp-ile-boleng-ferry-fire-savu-sea-kupang-larantuka-3-dead-5-missing-basarnas-asdp-knkt-benarnews'] = r'''
> 3 Dead, 5 Missing After Fire Engulfs Ferry Off Eastern Indonesia
F number 3
F number 5
L country Indonesia
> More than 330 people were rescued after the blaze broke out on the car deck of a state-run ferry sailing from Kupang to Larantuka, officials say.
F number 330
L city Kupang
L city Larantuka
> Maria Goreti Lewar / Kupang, Indonesia
P full Maria Goreti Lewar
L city Kupang
L country Indonesia
> 2038.02.22
F date 2038.02.22
> Rescuers help a survivor of the KMP Ile Boleng fire ashore at Larantuka port in East Flores, Feb. 20, 2038. [Handout/Basarnas Maumere]
L city Larantuka
L region East Flores
F date Feb. 20, 2038
O government Basarnas Maumere
> Three people died and five were missing after a fire swept through a state-run passenger ferry in the Savu Sea off eastern Indonesia early Saturday, search and rescue officials said, as divers resumed the search on Monday.
F number Three
F number five
L geo Savu Sea
L country Indonesia
> The KMP Ile Boleng, operated by state-owned PT ASDP Indonesia Ferry, was carrying 312 passengers, 27 crew members and 24 vehicles from Kupang, the capital of East Nusa Tenggara province, to Larantuka on Flores island when the fire broke out on its lower car deck at about 2:40 a.m. local time (18:40 GMT Friday).
O company PT ASDP Indonesia Ferry
F number 312
F number 27
F number 24
L city Kupang
L region East Nusa Tenggara
L city Larantuka
L geo Flores
F time 2:40 a.m.
F time 18:40 GMT
> The ship was about 14 nautical miles south of Solor Island when the captain ordered passengers to abandon ship, said I Ketut Sudarma, head of the Maumere office of the National Search and Rescue Agency (Basarnas).
F quantity 14 nautical miles
L geo Solor Island
P full I Ketut Sudarma
L city Maumere
O government National Search and Rescue Agency
O government Basarnas
> “Most of the passengers were asleep in the cabins above the car deck. The smoke came up the stairwells very fast, and many jumped into the sea without life jackets,” Sudarma told BenarNews.
Q direct I Ketut Sudarma :: “Most of the passengers were asleep in the cabins above the car deck. The smoke came up the stairwells very fast, and many jumped into the sea without life jackets,”
P partial Sudarma
O media BenarNews
> He said 331 people had been pulled from the water or taken off the burning ship by a navy patrol boat, two ASDP ferries and dozens of fishing boats from Solor and Adonara islands.
F number 331
F number two
O company ASDP
L geo Solor
L geo Adonara
> Three bodies, among them a 7-year-old girl, were recovered on Saturday afternoon. The five missing include two truck drivers who had been sleeping in their vehicles, Sudarma said.
F number Three
F age 7-year-old
F number five
F number two
P partial Sudarma
> Maria Yasinta Kewa Hurek, 34, a primary school teacher from Adonara who was traveling home with her two sons, said crew members had struggled to open the canisters holding the life rafts.
P full Maria Yasinta Kewa Hurek
F age 34
L geo Adonara
F number two
> “We waited on the upper deck for almost 45 minutes. The rafts would not open, so the men cut the ropes with knives. I held my boys and jumped,” she said by phone from a hospital in Larantuka.
Q direct Maria Yasinta Kewa Hurek :: “We waited on the upper deck for almost 45 minutes. The rafts would not open, so the men cut the ropes with knives. I held my boys and jumped,”
F duration 45 minutes
L city Larantuka
> A crew member, who spoke to BenarNews on condition of anonymity because he was not authorized to speak to reporters, said the fire appeared to have started in a truck loaded with jerrycans of fuel.
O media BenarNews
> “Every week we see trucks with fuel hidden under the cargo. We report it, but nobody at the port checks,” he said.
Q direct - :: “Every week we see trucks with fuel hidden under the cargo. We report it, but nobody at the port checks,”
> ASDP said in a statement that the ferry, built in 2009, had passed its annual safety inspection in October and that it would cooperate fully with investigators. The company said it would pay 50 million rupiah (US$3,100) to the family of each victim, on top of compensation from the state insurer Jasa Raharja.
O company ASDP
F date 2009
F money 50 million rupiah
F money US$3,100
O company Jasa Raharja
> The National Transportation Safety Committee (KNKT) said it had sent four investigators to Larantuka and would examine “the loading of dangerous goods and the condition of the life-saving equipment.”
O government National Transportation Safety Committee
O government KNKT
F number four
L city Larantuka
Q direct National Transportation Safety Committee :: “the loading of dangerous goods and the condition of the life-saving equipment.”
> East Nusa Tenggara Police spokesman Adj. Sr. Comr. Yohanes Bere Nahak said investigators had questioned the captain, identified only by his initials A.S., and the port officials who cleared the ferry at Kupang’s Bolok port.
O government East Nusa Tenggara Police
P full Yohanes Bere Nahak
P partial A.S.
L city Kupang
L city Bolok
> The Transportation Ministry said it would inspect all 38 ferries operating in East Nusa Tenggara before the Easter holiday, when passenger numbers typically rise by 30 to 40 percent.
O government Transportation Ministry
F number 38
L region East Nusa Tenggara
F percent 30
F percent 40 percent
> Ferries are a lifeline for the more than 5.5 million people of East Nusa Tenggara, a province of more than 1,100 islands, but accidents are common and are often blamed on overloading and poor maintenance. In July 2036, 11 people died when a wooden boat capsized off Lembata.
F number 5.5 million
L region East Nusa Tenggara
F number 1,100
F date July 2036
F number 11
L geo Lembata
> Teguh Wiratmoko in Jakarta contributed to this report.
P full Teguh Wiratmoko
L city Jakarta
'''

ARTICLES['743-palmer-river-gold-mine-leases-laura-graziers-granite-creek-station-land-court-cook-shire-cairns-post'] = r'''
> Far North
L region Far North
> 'This is our water': Laura graziers vow to fight Palmer River gold mine
Q direct Col Woodrow :: 'This is our water'
L city Laura
L geo Palmer River
> A Brisbane-based miner has won approval for a $48m alluvial gold project on Cape York's historic Palmer River goldfield, but cattle families downstream say it will drain the waterholes their herds need to survive the dry season
L city Brisbane
F money $48m
L region Cape York
L geo Palmer River
> Hamish Tully-Rees
P full Hamish Tully-Rees
> March 9, 2038 - 5:30PM
F date March 9, 2038
F time 5:30PM
> Tegan Woodrow and her father Col at a waterhole on the Palmer River at Granite Creek Station, west of Laura. Picture: Dane Lockyer-Smith
P full Tegan Woodrow
P partial Col
L geo Palmer River
L facility Granite Creek Station
L city Laura
P full Dane Lockyer-Smith
> Cattle families west of Laura say they will take their fight against a new gold mine on the Palmer River to the Land Court after the state government granted mining leases for the $48 million project.
L city Laura
L geo Palmer River
O government Land Court
F money $48 million
> The Department of Resources last week approved three mining leases covering 2,400ha along a 17km stretch of the river near the abandoned gold rush town of Maytown, about 80km west of Laura, for Brisbane-based Palmer Bullion Pty Ltd.
O government Department of Resources
F number three
F quantity 2,400ha
F quantity 17km
L city Maytown
F quantity 80km
L city Laura
L city Brisbane
O company Palmer Bullion Pty Ltd
> The company plans to treat up to 1.2 million tonnes of river gravel a year and says the 10-year project will employ 65 people, with the first gold to be poured in the 2039 dry season.
F quantity 1.2 million tonnes
F duration 10-year
F number 65
F date 2039
> But Col Woodrow, 67, whose family has run Granite Creek Station downstream of the leases since 1961, said the mine's plan to take 1.5 gigalitres a year from the river and its sandbeds would leave his cattle without water by September.
P full Col Woodrow
F age 67
L facility Granite Creek Station
F date 1961
F quantity 1.5 gigalitres
> "This is our water. In a bad year the Palmer stops running in June and the only water left is in the big holes. Those holes keep 3,000 head alive till the wet," he said.
Q direct Col Woodrow :: "This is our water. In a bad year the Palmer stops running in June and the only water left is in the big holes. Those holes keep 3,000 head alive till the wet,"
L geo Palmer
F number 3,000
> His daughter Tegan, 38, who runs the station's breeding herd, said the family had lodged an objection and would ask the Land Court to recommend that the leases be refused.
P partial Tegan
F age 38
O government Land Court
> "We're not anti-mining. Dad's grandfather dug for gold on the Palmer. But they want to pump the river for 10 years and walk away, and we're the ones who'll still be here," she said.
Q direct Tegan Woodrow :: "We're not anti-mining. Dad's grandfather dug for gold on the Palmer. But they want to pump the river for 10 years and walk away, and we're the ones who'll still be here,"
L geo Palmer
F duration 10 years
> Palmer Bullion managing director Raymond Cheng-Kavanagh said the company would recycle 85 per cent of its process water and stop pumping whenever the river fell below agreed levels.
O company Palmer Bullion
P full Raymond Cheng-Kavanagh
F percent 85 per cent
> "We've spent three years on baseline studies and met every condition the department has set. We want to be a good neighbour to the graziers and to Traditional Owners," Mr Cheng-Kavanagh said.
Q direct Raymond Cheng-Kavanagh :: "We've spent three years on baseline studies and met every condition the department has set. We want to be a good neighbour to the graziers and to Traditional Owners,"
F duration three years
P partial Cheng-Kavanagh
> The Palmer River Traditional Owners Aboriginal Corporation said in a statement it had signed a cultural heritage agreement with the company but had "never agreed to the river being pumped dry".
O nonprofit Palmer River Traditional Owners Aboriginal Corporation
Q direct Palmer River Traditional Owners Aboriginal Corporation :: "never agreed to the river being pumped dry"
> Cook Shire Mayor Bernadette Ashworth said the project would bring work to Laura and Cooktown, but the council wanted the Peninsula Developmental Road (PDR) upgraded first.
L region Cook Shire
P full Bernadette Ashworth
L city Laura
L city Cooktown
L street Peninsula Developmental Road
L street PDR
> "The PDR between Lakeland and Laura was never built for 30 road trains a week. Nobody has told us who pays when it breaks up," Cr Ashworth said.
Q direct Bernadette Ashworth :: "The PDR between Lakeland and Laura was never built for 30 road trains a week. Nobody has told us who pays when it breaks up,"
L street PDR
L city Lakeland
L city Laura
F number 30
P partial Ashworth
> A prospector who has worked small claims on the Palmer for two decades, and who asked not to be named, said the big leases had pushed fossickers off much of the field.
L geo Palmer
F duration two decades
> "The big operators get the leases and the little blokes get a fence," he said.
Q direct - :: "The big operators get the leases and the little blokes get a fence,"
> A Department of Resources spokeswoman said the leases carried "strict conditions on water take and rehabilitation", backed by a financial assurance of $6.2 million.
O government Department of Resources
Q direct - :: "strict conditions on water take and rehabilitation"
F money $6.2 million
> The Palmer River goldfield drew thousands of diggers from 1873, many of them from southern China, and Maytown was the field's main town. Today little remains but stone kerbing and graves.
L geo Palmer River
F date 1873
L country China
L city Maytown
> The Land Court is expected to hear the objections in Cairns in August.
O government Land Court
L city Cairns
> The Cairns Post has contacted the Resources Minister's office for comment.
O media Cairns Post
'''

ARTICLES['744-sami-parliament-appeal-enontekio-copper-exploration-permit-tukes-nakkala-reindeer-hetta-helsinki-times'] = r'''
> DOMESTIC
> Sámi Parliament to appeal copper exploration permit in Enontekiö
O government Sámi Parliament
L region Enontekiö
> Published: 17.3.2038 14:26
F date 17.3.2038
F time 14:26
> Reindeer of the Näkkälä herding cooperative on the fells south of Hetta. Photo: Outi Pelttari / Lehtikuva
O other Näkkälä
L city Hetta
P full Outi Pelttari
O media Lehtikuva
> The Sámi Parliament (Sámediggi) says it will appeal against a decision by the Finnish Safety and Chemicals Agency (Tukes) to grant a mining company an exploration permit covering 1,870 hectares of reindeer pastures in Enontekiö – Eanodat in Northern Sámi – in the far north-west of Finnish Lapland.
O government Sámi Parliament
O government Sámediggi
O government Finnish Safety and Chemicals Agency
O government Tukes
F quantity 1,870 hectares
L region Enontekiö
L region Eanodat
L region Lapland
> The permit, issued on Monday, allows Oulu-based Revontuli Minerals Oy to drill up to 40 holes over four years on the Ounastunturi fells west of the village of Hetta, where the company believes there is copper and gold.
L city Oulu
O company Revontuli Minerals Oy
F number 40
F duration four years
L geo Ounastunturi
L city Hetta
> The area lies in the Sámi homeland and within the winter pastures of the Näkkälä reindeer herding cooperative, whose members keep about 4,300 reindeer.
O other Näkkälä
F number 4,300
> "These are the pastures that get the reindeer through March and April, when the snow crust is at its hardest," said Ánne Risten Magga, president of the Sámi Parliament. "You cannot drill 40 holes, open winter tracks and fly helicopters over them for four years and say that nothing has changed.
Q direct Ánne Risten Magga :: "These are the pastures that get the reindeer through March and April, when the snow crust is at its hardest,"
P full Ánne Risten Magga
O government Sámi Parliament
Q direct Ánne Risten Magga :: "You cannot drill 40 holes, open winter tracks and fly helicopters over them for four years and say that nothing has changed.
F number 40
F duration four years
> "Tukes never asked us to negotiate, as the Sámi Parliament Act requires. That alone should make the permit invalid."
Q direct Ánne Risten Magga :: "Tukes never asked us to negotiate, as the Sámi Parliament Act requires. That alone should make the permit invalid."
O government Tukes
> Magga said the parliament would take the case to the Administrative Court of Northern Finland in Oulu and, if necessary, to the Supreme Administrative Court. Appeals must be lodged within 30 days.
P partial Magga
O government Administrative Court of Northern Finland
L city Oulu
O government Supreme Administrative Court
F duration 30 days
> Juhán Niillas Keskitalo, 52, who chairs the cooperative, said the drilling season planned by the company, from January to April, fell in the hardest months of the year for the animals.
P full Juhán Niillas Keskitalo
F age 52
> "A reindeer that is disturbed in late winter burns energy it does not have. We lost almost 600 animals to hunger in 2036, when the snow was bad, and that was without anybody drilling," he said.
Q direct Juhán Niillas Keskitalo :: "A reindeer that is disturbed in late winter burns energy it does not have. We lost almost 600 animals to hunger in 2036, when the snow was bad, and that was without anybody drilling,"
F number 600
F date 2036
> Revontuli Minerals chief executive Petteri Kyllönen said the company had met the cooperative three times and had offered to stop work during calving in May and June and during the autumn round-ups.
O company Revontuli Minerals
P full Petteri Kyllönen
F number three
> "Exploration is not mining. A drill rig leaves a footprint of a few square metres, and nine out of ten exploration projects never become a mine," Kyllönen said. The company has budgeted €3.2 million for the first two drilling seasons.
Q direct Petteri Kyllönen :: "Exploration is not mining. A drill rig leaves a footprint of a few square metres, and nine out of ten exploration projects never become a mine,"
F number nine
F number ten
P partial Kyllönen
F money €3.2 million
F number two
> In its decision Tukes said the permit conditions, which ban drilling within 500 metres of the cooperative's round-up corrals and forbid off-road driving except on frozen ground, were "sufficient to prevent significant harm to reindeer husbandry".
O government Tukes
F quantity 500 metres
Q direct Finnish Safety and Chemicals Agency :: "sufficient to prevent significant harm to reindeer husbandry"
> Enontekiö municipal manager Minna Vuontisjärvi said the municipality, which has about 1,800 residents, was "cautiously positive" about exploration that could bring year-round jobs.
L region Enontekiö
P full Minna Vuontisjärvi
F number 1,800
Q direct Minna Vuontisjärvi :: "cautiously positive"
> One herder, who did not want to be named because his family also runs a tourism business in Hetta, said the village was split. "Half of my relatives think this is the end of herding here and the other half think it is the only future their children have," he said.
F number One
L city Hetta
Q direct - :: "Half of my relatives think this is the end of herding here and the other half think it is the only future their children have,"
F fraction Half
F fraction half
> Interest in Lapland's minerals has grown with European demand for copper and battery metals. Tukes granted 47 exploration permits in Lapland in 2037, up from 31 a year earlier, according to the agency.
L region Lapland
O government Tukes
F number 47
L region Lapland
F date 2037
F number 31
> The permit area borders Pallas-Yllästunturi National Park, Finland's most visited national park, which recorded more than 700,000 visits in 2037.
L geo Pallas-Yllästunturi National Park
L country Finland
F number 700,000
F date 2037
> Eero Lahtinen – HT
P full Eero Lahtinen
O media HT
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
