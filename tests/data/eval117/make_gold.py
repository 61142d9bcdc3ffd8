#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval117 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval117/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['745-rumonge-ndagala-prices-double-lake-tanganyika-fishing-closure-iwacu'] = r'''
> Economy
> Rumonge: ndagala prices double as Lake Tanganyika fishing pause bites
L city Rumonge
L geo Lake Tanganyika
> Three weeks into the first joint closure of the lake, a kilo of dried ndagala sells for BIF 38,000 in Rumonge. Fishermen say they have nothing to live on; the government says the fish need the rest.
F duration Three weeks
F money BIF 38,000
L city Rumonge
> By Rénovat Nzeyimana
P full Rénovat Nzeyimana
> 5 June 2038
F date 5 June 2038
> Women sort the last stocks of dried ndagala at the Rumonge fish market, 3 June 2038. ©Iwacu
L city Rumonge
F date 3 June 2038
O media Iwacu
> Three weeks after fishing stopped on Lake Tanganyika, the beach at Rumonge is quiet. The catamarans are pulled up on the sand, the lamps are stored and the women who dry ndagala on racks along the shore have little left to sell.
F duration Three weeks
L geo Lake Tanganyika
L city Rumonge
> The lake's four riparian states, Burundi, the Democratic Republic of Congo, Tanzania and Zambia, agreed last year to close it to fishing for three months, from 15 May to 15 August 2038, to let the stocks recover. It is the first time the closure has been applied by all four countries at once.
F number four
L country Burundi
L country Democratic Republic of Congo
L country Tanzania
L country Zambia
F duration three months
F date 15 May
F date 15 August 2038
F number four
> At the Rumonge market on Tuesday, a kilo of dried ndagala sold for BIF 38,000 (about $12), against BIF 17,500 in April. Fresh fish has disappeared altogether. In Bujumbura's Cotebu market, traders were asking up to BIF 45,000.
L city Rumonge
F money BIF 38,000
F money $12
F money BIF 17,500
L city Bujumbura
L facility Cotebu
F money BIF 45,000
> "Before the closure I went out every night with 12 men. Now the boat sits on the beach and the men sit beside it," said Jean-Bosco Ndayizeye, 51, who owns two catamarans at Rumonge. "Nobody has given us one franc."
Q direct Jean-Bosco Ndayizeye :: "Before the closure I went out every night with 12 men. Now the boat sits on the beach and the men sit beside it,"
F number 12
P full Jean-Bosco Ndayizeye
F age 51
F number two
L city Rumonge
Q direct Jean-Bosco Ndayizeye :: "Nobody has given us one franc."
F money one franc
> He says each of his crewmen used to take home between BIF 8,000 and BIF 15,000 a night in a good month.
F money BIF 8,000
F money BIF 15,000
> Nadine Irakoze, a fish dryer and mother of five from Kigwena, bought 40 kilos of ndagala from Tanzanian traders at Kigoma before the ban. "I sold the last of it on Saturday. After that, I don't know," she says.
P full Nadine Irakoze
F number five
L city Kigwena
F quantity 40 kilos
L city Kigoma
Q direct Nadine Irakoze :: "I sold the last of it on Saturday. After that, I don't know,"
> The Ministry of Environment, Agriculture and Livestock says the closure is needed. According to its fisheries department, the ndagala catch on the Burundian side fell from about 20,000 tonnes in 2030 to 11,400 tonnes in 2037.
O government Ministry of Environment, Agriculture and Livestock
F quantity 20,000 tonnes
F date 2030
F quantity 11,400 tonnes
F date 2037
> "The lake is tired. If we keep fishing during the spawning season, in ten years there will be nothing for anybody," said Pélagie Ntakirutimana, the ministry's director of fisheries and aquaculture. She said the government was preparing support for about 9,500 registered fishermen but could not give a date.
Q direct Pélagie Ntakirutimana :: "The lake is tired. If we keep fishing during the spawning season, in ten years there will be nothing for anybody,"
F duration ten years
P full Pélagie Ntakirutimana
F number 9,500
> The Lake Tanganyika Authority (LTA), which coordinates the four countries from its headquarters in Bujumbura, said in a statement that patrols had found "very few" boats on the water and that the closure was "being respected on all shores".
O intergovernmental Lake Tanganyika Authority
O intergovernmental LTA
F number four
L city Bujumbura
Q direct Lake Tanganyika Authority :: "very few"
Q direct Lake Tanganyika Authority :: "being respected on all shores"
> Not everyone is convinced. A fisheries officer in Nyanza-Lac, who asked not to be named, told Iwacu that some boats still went out at night from coves south of the town and sold their catch across the border. "We have two patrol boats for 80 kilometres of shore, and the second has no engine," he said.
L city Nyanza-Lac
O media Iwacu
Q direct - :: "We have two patrol boats for 80 kilometres of shore, and the second has no engine,"
F number two
F quantity 80 kilometres
> Members of the Rumonge fishermen's cooperative Dukorere Hamwe met on Monday. Its president, Léonidas Bizimana, said the 340 members wanted a monthly allowance of BIF 120,000 per crewman and a moratorium on the loans many had taken from microfinance institutions to buy nets and engines.
L city Rumonge
O nonprofit Dukorere Hamwe
P full Léonidas Bizimana
F number 340
F money BIF 120,000
> "We are not against the closure. We are against dying of hunger while we wait," he said.
Q direct Léonidas Bizimana :: "We are not against the closure. We are against dying of hunger while we wait,"
> Economist Gilbert Niyongabo, of the University of Burundi, said the price rise would be felt far from the lake. "Ndagala is the cheapest protein in the Burundian diet. When it goes from BIF 17,500 to BIF 38,000, it is the poorest families in Gitega or Ngozi who stop eating fish," he said.
P full Gilbert Niyongabo
O education University of Burundi
Q direct Gilbert Niyongabo :: "Ndagala is the cheapest protein in the Burundian diet. When it goes from BIF 17,500 to BIF 38,000, it is the poorest families in Gitega or Ngozi who stop eating fish,"
F money BIF 17,500
F money BIF 38,000
L city Gitega
L city Ngozi
> The price of beans, which families turn to when fish is scarce, also rose by 14% at Rumonge in May, according to traders.
F percent 14%
L city Rumonge
> The lake reopens to fishing on 16 August.
F date 16 August
'''

ARTICLES['746-settle-ribble-flood-market-place-giggleswick-storm-wystan-craven-herald'] = r'''
> News
> Settle traders count the cost as Ribble floods town for second time in a year
L city Settle
L geo Ribble
> Shops in Settle’s Market Place and Duke Street were under 60cm of water on Sunday after Storm Wystan dropped a month’s rain on the Dales in 36 hours
L city Settle
L street Market Place
L street Duke Street
F quantity 60cm
L region Dales
F duration 36 hours
> By Ruth Procter
P full Ruth Procter
> Reporter
> 11th December 2037
F date 11th December 2037
> Sandbags stacked outside a shop in Duke Street, Settle, on Monday morning. Picture: Stuart Lambert
L street Duke Street
L city Settle
P full Stuart Lambert
> SHOPKEEPERS in Settle were clearing mud and ruined stock this week after the River Ribble burst its banks for the second time in 11 months, flooding around 40 homes and businesses in the town and in neighbouring Giggleswick.
L city Settle
L geo River Ribble
F duration 11 months
F number 40
L city Giggleswick
> The Environment Agency said the river at Settle Bridge reached 3.41 metres at 4.15am on Sunday, 7 December, the highest level recorded at the gauge since it was installed in 1999 and 12cm above the peak of January’s flood.
O government Environment Agency
L facility Settle Bridge
F quantity 3.41 metres
F time 4.15am
F date 7 December
F date 1999
F quantity 12cm
> Storm Wystan brought 94mm of rain to Malham Tarn in 36 hours, according to the Met Office, and the Ribble rose by almost two metres between midnight and dawn.
F quantity 94mm
L geo Malham Tarn
F duration 36 hours
O government Met Office
L geo Ribble
F quantity two metres
> Gemma Throup, who has run the Coppice deli in the Market Place for nine years, said the water came in under the door “like someone had turned a tap on”.
P full Gemma Throup
O company Coppice
L street Market Place
F duration nine years
Q direct Gemma Throup :: “like someone had turned a tap on”
> “We got the flood barrier up at 2am, but it just came through the floor from underneath,” she said. “I’ve lost about £14,000 of stock and both fridges. After January I couldn’t get flood cover, so that’s all on me.”
Q direct Gemma Throup :: “We got the flood barrier up at 2am, but it just came through the floor from underneath,”
F time 2am
Q direct Gemma Throup :: “I’ve lost about £14,000 of stock and both fridges. After January I couldn’t get flood cover, so that’s all on me.”
F money £14,000
> In Giggleswick, Tom Lund, 68, and his wife Pauline were taken from their cottage on Belle Hill by firefighters from Settle in a boat.
L city Giggleswick
P full Tom Lund
F age 68
P partial Pauline
L street Belle Hill
L city Settle
> “The water was up to the second stair. I’ve lived here 41 years and never seen the beck do that,” Mr Lund said.
Q direct Tom Lund :: “The water was up to the second stair. I’ve lived here 41 years and never seen the beck do that,”
F duration 41 years
P partial Lund
> North Yorkshire Fire and Rescue Service said crews carried out 17 rescues across Craven overnight, including a driver whose car was swept off the B6480 near Long Preston.
O government North Yorkshire Fire and Rescue Service
F number 17
L region Craven
L street B6480
L city Long Preston
> The railway between Settle and Carlisle was closed from Sunday afternoon after a landslip near Horton-in-Ribblesdale. Network Rail said it expected the line to reopen “within a fortnight”.
L city Settle
L city Carlisle
L city Horton-in-Ribblesdale
O company Network Rail
Q direct Network Rail :: “within a fortnight”
> North Yorkshire Council has opened a drop-in centre at the Victoria Hall in Kirkgate, where residents can apply for a £500 hardship grant per household.
O government North Yorkshire Council
L facility Victoria Hall
L street Kirkgate
F money £500
> Settle’s ward councillor, Cllr Andy Brayshaw, said the town could not keep relying on sandbags.
L city Settle
P full Andy Brayshaw
> “Twice in one year is not bad luck, it is a pattern,” he said. “The flood scheme the Environment Agency promised us in 2034 is still sitting on a shelf. People are asking whether it is worth reopening at all.”
Q direct Andy Brayshaw :: “Twice in one year is not bad luck, it is a pattern,”
F duration one year
Q direct Andy Brayshaw :: “The flood scheme the Environment Agency promised us in 2034 is still sitting on a shelf. People are asking whether it is worth reopening at all.”
O government Environment Agency
F date 2034
> An Environment Agency spokesperson said a £6.8m scheme of walls and upstream storage for Settle and Giggleswick remained “a priority” but had yet to secure full funding. “We will be back in the town in the new year to talk to residents about the options,” the spokesperson said.
O government Environment Agency
F money £6.8m
L city Settle
L city Giggleswick
Q direct - :: “a priority”
Q direct - :: “We will be back in the town in the new year to talk to residents about the options,”
> One trader, who did not want to be named, said at least three businesses on Duke Street were unlikely to reopen before Christmas. “Some of us won’t reopen at all. You can’t keep doing this at 60,” she said.
F number One
F number three
L street Duke Street
Q direct - :: “Some of us won’t reopen at all. You can’t keep doing this at 60,”
F age 60
> Settle Town Council will hold a public meeting on the floods at the Victoria Hall on Thursday, 18th December, at 7pm.
O government Settle Town Council
L facility Victoria Hall
F date 18th December
F time 7pm
> Volunteers from Settle Flood Action Group will be collecting donations at the Shambles on Saturday.
O nonprofit Settle Flood Action Group
L facility Shambles
'''

ARTICLES['747-southern-steel-beat-northern-mystics-58-55-anz-premiership-invercargill-tuilagi-stuff'] = r'''
> Netball
> Steel hang on to edge Mystics in Invercargill thriller
O team Steel
O team Mystics
L city Invercargill
> Southern Steel held off a late Northern Mystics charge to win 58-55 and climb to third in the ANZ Premiership, with Fijian shooter Litia Tuilagi landing 44 goals.
O team Southern Steel
O team Northern Mystics
F score 58-55
O other ANZ Premiership
P full Litia Tuilagi
F number 44
> Mereana Tahere-Wallace
P full Mereana Tahere-Wallace
> 09:42, Jun 09 2038
F time 09:42
F date Jun 09 2038
> Steel goal shoot Litia Tuilagi and Mystics defender ʻAna Pulu contest a high ball at ILT Stadium Southland. KIRI HOLLOWAY/PHOTOSPORT
O team Steel
P full Litia Tuilagi
O team Mystics
P full ʻAna Pulu
L facility ILT Stadium Southland
P full KIRI HOLLOWAY
O media PHOTOSPORT
> Southern Steel coach Heather Mackintosh says her side “found a way” after almost letting a nine-goal lead slip against the Northern Mystics in Invercargill on Sunday.
O team Southern Steel
P full Heather Mackintosh
Q direct Heather Mackintosh :: “found a way”
F number nine
O team Northern Mystics
L city Invercargill
> The Steel won 58-55 in front of 2,870 fans at ILT Stadium Southland, their fourth win in seven games, to move above the Central Pulse into third place on the ANZ Premiership ladder.
O team Steel
F score 58-55
F number 2,870
L facility ILT Stadium Southland
F number seven
O team Central Pulse
O other ANZ Premiership
> Fijian goal shoot Litia Tuilagi, 24, was the difference, shooting 44 from 47 attempts as the Steel’s feeders found her under the post time after time.
P full Litia Tuilagi
F age 24
F number 44
F number 47
O team Steel
> The home side led 15-12 at the first break and 31-25 at halftime, and when wing attack Kahurangi Te Rito-Nēpia picked off a pass to set up Tuilagi early in the third quarter, the margin was out to 38-29.
F score 15-12
F score 31-25
P full Kahurangi Te Rito-Nēpia
P partial Tuilagi
F score 38-29
> But the Mystics, beaten in their last two games, came storming back. Shooter Grace Faleolo-Hunt found her range, ʻAna Pulu picked up three gains in the final quarter, and with 2:14 left the gap was just one goal at 54-53.
O team Mystics
F number two
P full Grace Faleolo-Hunt
P full ʻAna Pulu
F number three
F time 2:14
F number one
F score 54-53
> Steel captain Olivia McRae-Dunn then won a vital rebound, Tuilagi converted at the other end, and goal keep Mele Vaipulu tipped away the final Mystics pass as the hooter sounded.
O team Steel
P full Olivia McRae-Dunn
P partial Tuilagi
P full Mele Vaipulu
O team Mystics
> “We made it harder than it needed to be,” Mackintosh said. “At 38-29 we stopped moving the ball and started waiting for the game to finish. You can’t do that against a side with Grace in it.
Q direct Heather Mackintosh :: “We made it harder than it needed to be,”
P partial Mackintosh
Q direct Heather Mackintosh :: “At 38-29 we stopped moving the ball and started waiting for the game to finish. You can’t do that against a side with Grace in it.
F score 38-29
P partial Grace
> “But I’m proud of how we finished it. Litia was outstanding and Mele’s last touch won us the game.”
Q direct Heather Mackintosh :: “But I’m proud of how we finished it. Litia was outstanding and Mele’s last touch won us the game.”
P partial Litia
P partial Mele
> Mystics coach Tania Rarere-Holt said her side had given the Steel “a nine-goal start” and paid for it.
O team Mystics
P full Tania Rarere-Holt
O team Steel
Q direct Tania Rarere-Holt :: “a nine-goal start”
F number nine
> “The last quarter is the netball we want to play for 60 minutes. We’ll look hard at that first half this week,” she said.
Q direct Tania Rarere-Holt :: “The last quarter is the netball we want to play for 60 minutes. We’ll look hard at that first half this week,”
F duration 60 minutes
> The Steel travel to Christchurch to play the Mainland Tactix at Wolfbrook Arena next Monday, while the Mystics host the Waikato Bay of Plenty Magic in Auckland.
O team Steel
L city Christchurch
O team Mainland Tactix
L facility Wolfbrook Arena
O team Mystics
O team Waikato Bay of Plenty Magic
L city Auckland
> SOUTHERN STEEL 58 (Litia Tuilagi 44/47, Kahurangi Te Rito-Nēpia 14/19) NORTHERN MYSTICS 55 (Grace Faleolo-Hunt 39/43, Tayla Heremaia 16/21)
O team SOUTHERN STEEL
F score 58
P full Litia Tuilagi
F number 44/47
P full Kahurangi Te Rito-Nēpia
F number 14/19
O team NORTHERN MYSTICS
F score 55
P full Grace Faleolo-Hunt
F number 39/43
P full Tayla Heremaia
F number 16/21
> Quarter scores: 15-12, 31-25, 45-41, 58-55.
F score 15-12
F score 31-25
F score 45-41
F score 58-55
> Southern Steel: GS Litia Tuilagi, GA Kahurangi Te Rito-Nēpia, WA Jess McLeod, C Olivia McRae-Dunn (capt), WD Aroha Tipene, GD Brooke van der Walt, GK Mele Vaipulu. Bench: Sophie Gunn, Te Aomihia Paewai, Ruby Kirkpatrick.
O team Southern Steel
P full Litia Tuilagi
P full Kahurangi Te Rito-Nēpia
P full Jess McLeod
P full Olivia McRae-Dunn
P full Aroha Tipene
P full Brooke van der Walt
P full Mele Vaipulu
P full Sophie Gunn
P full Te Aomihia Paewai
P full Ruby Kirkpatrick
> Northern Mystics: GS Grace Faleolo-Hunt, GA Tayla Heremaia, WA Kiana Lolohea, C Maddie O’Sullivan, WD Losana Naivalu, GD ʻAna Pulu, GK Jade Ruawai (capt). Bench: Fetu Alofaituli, Georgia Brinsdon.
O team Northern Mystics
P full Grace Faleolo-Hunt
P full Tayla Heremaia
P full Kiana Lolohea
P full Maddie O’Sullivan
P full Losana Naivalu
P full ʻAna Pulu
P full Jade Ruawai
P full Fetu Alofaituli
P full Georgia Brinsdon
> Umpires: Casey Whitehouse, Rahera Moana.
P full Casey Whitehouse
P full Rahera Moana
> Crowd: 2,870.
F number 2,870
'''

ARTICLES['748-ulytau-zhut-blizzards-kill-livestock-zhezkazgan-herders-astana-times'] = r'''
> Blizzards and -42C frost kill 21,000 head of livestock in Ulytau region
F quantity -42C
F number 21,000
L region Ulytau
> By Dana Omirbekova in Nation on 14 February 2038
P full Dana Omirbekova
F date 14 February 2038
> Herders move sheep to a winter camp near Zhezkazgan. Photo credit: Ulytau region akimat’s press service
L city Zhezkazgan
L region Ulytau
> ASTANA – Blizzards and temperatures as low as -42 degrees Celsius have killed more than 21,000 head of livestock in the Ulytau region since Feb. 3, the regional akimat (administration) reported on Feb. 13.
L city ASTANA
F quantity -42 degrees Celsius
F number 21,000
L region Ulytau
F date Feb. 3
F date Feb. 13
> Most of the losses were sheep and goats, but 1,460 horses and 370 cattle also died, mostly on remote winter pastures in the Zhanaarka and Ulytau districts, where snowdrifts up to three metres high cut off dozens of herders’ camps for more than a week.
F number 1,460
F number 370
L region Zhanaarka
L region Ulytau
F quantity three metres
> Kazhydromet, the national weather service, said the cold spell was the longest in the region since records began in 1936, with night temperatures below -35 C for 11 days in a row.
O government Kazhydromet
F date 1936
F quantity -35 C
F duration 11 days
> Regional akim Nurlan Kenzhebek told reporters in Zhezkazgan that emergency crews had reached 112 of the 118 cut-off winter camps, known locally as kystau, by Thursday evening.
P full Nurlan Kenzhebek
L city Zhezkazgan
F number 112
F number 118
> “Our priority was people first, then animals. Every family has been reached by road or by helicopter, and no one has died,” Kenzhebek said. “The remaining six camps will be reached by tomorrow.”
Q direct Nurlan Kenzhebek :: “Our priority was people first, then animals. Every family has been reached by road or by helicopter, and no one has died,”
P partial Kenzhebek
Q direct Nurlan Kenzhebek :: “The remaining six camps will be reached by tomorrow.”
F number six
> The Ministry of Emergency Situations sent two Mi-8 helicopters and 14 tracked vehicles from Karaganda, and 420 tonnes of hay and 90 tonnes of compound feed were delivered from the region’s reserves. The akimat has set aside 1.2 billion tenge (US$2.3 million) to compensate owners.
O government Ministry of Emergency Situations
F number two
F number 14
L city Karaganda
F quantity 420 tonnes
F quantity 90 tonnes
F money 1.2 billion tenge
F money US$2.3 million
> Herders say the compensation will not cover their losses. Bakhytzhan Serikuly, 57, who keeps about 800 sheep and 60 horses near the village of Kyzylzhar, lost more than a third of his flock.
P full Bakhytzhan Serikuly
F age 57
F number 800
F number 60
L city Kyzylzhar
F fraction a third
> “For three days we could not open the door of the winter house. The sheep were standing in snow up to their bellies, and they simply froze standing up,” he said by telephone. “My grandfather told me about the zhut of 1969. I did not think I would see one myself.”
Q direct Bakhytzhan Serikuly :: “For three days we could not open the door of the winter house. The sheep were standing in snow up to their bellies, and they simply froze standing up,”
F duration three days
Q direct Bakhytzhan Serikuly :: “My grandfather told me about the zhut of 1969. I did not think I would see one myself.”
F date 1969
> In Kazakh, such a winter is called “zhut”: snow or a crust of ice keeps the animals from reaching the grass beneath, and they starve or freeze.
Q scare - :: “zhut”
> Serikuly said the compensation of 45,000 tenge per sheep offered by the akimat was about half the price a sheep fetched in Zhezkazgan before the storms.
P partial Serikuly
F money 45,000 tenge
F fraction half
L city Zhezkazgan
> The Ministry of Agriculture said insurance covered less than 8% of livestock in the region. A ministry official, who spoke on condition of anonymity because he was not authorized to speak to the press, said the government would propose making insurance compulsory for farms with more than 300 head of livestock.
O government Ministry of Agriculture
F percent 8%
F number 300
> “Every few years we pay for the same disaster from the budget. Herders need to insure, and the state should pay part of the premium,” the official said.
Q direct - :: “Every few years we pay for the same disaster from the budget. Herders need to insure, and the state should pay part of the premium,”
> Aigul Temirkhanova, a veterinarian in Satbayev, warned of a second wave of losses in March, when weakened ewes begin lambing. “Animals that survived the cold are exhausted. We expect many lambs to be born dead or to die in the first 10 days,” she said.
P full Aigul Temirkhanova
L city Satbayev
Q direct Aigul Temirkhanova :: “Animals that survived the cold are exhausted. We expect many lambs to be born dead or to die in the first 10 days,”
F duration 10 days
> Ulytau became a separate region in June 2022, when it was split from the Karaganda region. It is Kazakhstan’s least populated region, with about 220,000 residents, and livestock is the main source of income outside the mining towns of Zhezkazgan and Satbayev.
L region Ulytau
F date June 2022
L region Karaganda
L country Kazakhstan
F number 220,000
L city Zhezkazgan
L city Satbayev
> Kazhydromet forecast another cold front for Feb. 16-18, with temperatures falling to -38 C in the south of the region.
O government Kazhydromet
F date Feb. 16-18
F quantity -38 C
'''

ARTICLES['749-little-narrows-ferry-out-of-service-cable-ramps-washabuck-detour-the-reporter'] = r'''
> Little Narrows ferry out of service until spring as cable, ramps replaced
L city Little Narrows
> By Jessie MacInnis
P full Jessie MacInnis
> Published January 20, 2038
F date January 20, 2038
> The Little Narrows cable ferry crosses to the Washabuck side on Monday. (Jessie MacInnis photo)
L city Little Narrows
L region Washabuck
P full Jessie MacInnis
> LITTLE NARROWS, N.S. — The cable ferry that links Little Narrows with the Washabuck peninsula will be out of service for at least 10 weeks while its cable and both landing ramps are replaced, the province says.
L city LITTLE NARROWS
L region N.S.
L city Little Narrows
L region Washabuck
F duration 10 weeks
> Nova Scotia’s Department of Public Works said the 15-car ferry, which crosses a 200-metre gap in the Bras d'Or Lake, will stop running on Feb. 2 and is expected back by April 14.
L region Nova Scotia
O government Department of Public Works
F number 15
F quantity 200-metre
L geo Bras d'Or Lake
F date Feb. 2
F date April 14
> During the closure, drivers from Washabuck will have to go around through Iona and Nyanza, a detour of about 38 kilometres each way.
L region Washabuck
L city Iona
L city Nyanza
F quantity 38 kilometres
> “It’s replacement, not repair, this time,” department spokesperson Krista Beaton said in an email. “The cable is at the end of its service life, and the ramps on both sides are original to the 1996 ferry.”
Q direct Krista Beaton :: “It’s replacement, not repair, this time,”
P full Krista Beaton
Q direct Krista Beaton :: “The cable is at the end of its service life, and the ramps on both sides are original to the 1996 ferry.”
F date 1996
> The work is part of a $4.6-million contract awarded to Strait Marine Services of Mulgrave.
F money $4.6-million
O company Strait Marine Services
L city Mulgrave
> For people in Washabuck, the ferry is the way to everything: school buses, the grocery store in Baddeck, the doctor and the jobs.
L region Washabuck
L city Baddeck
> “I’ve been on that ferry twice a day for 22 years,” said Calum MacNeil, 49, who works at the Home Hardware store in Baddeck.
Q direct Calum MacNeil :: “I’ve been on that ferry twice a day for 22 years,”
F duration 22 years
P full Calum MacNeil
F age 49
O company Home Hardware
L city Baddeck
> “Ten weeks of driving around adds an hour to my day and about $300 in gas. In February, on those roads, it’s not just money, either.”
Q direct Calum MacNeil :: “Ten weeks of driving around adds an hour to my day and about $300 in gas. In February, on those roads, it’s not just money, either.”
F duration Ten weeks
F money $300
> Victoria County Warden Ellen Morrison said council had asked the province to schedule the work for the summer, when the school buses are off the road, but was told the contractor could only do it now.
L region Victoria County
P full Ellen Morrison
> “We understand the cable can’t wait. What we asked for is a passenger boat for the people who don’t have a second car, and we haven’t had an answer,” she told The Reporter.
Q direct Ellen Morrison :: “We understand the cable can’t wait. What we asked for is a passenger boat for the people who don’t have a second car, and we haven’t had an answer,”
O media The Reporter
> The Cape Breton-Victoria Regional Centre for Education said buses for students in Washabuck would use the land route, leaving about 35 minutes earlier.
O education Cape Breton-Victoria Regional Centre for Education
L region Washabuck
F duration 35 minutes
> A ferry worker, who asked not to be named because staff have been told not to speak to media, said the ferry had broken down four times since October. “The cable parted in 2036 and they spliced it. Everybody knew this was coming,” he said.
F number four
Q direct - :: “The cable parted in 2036 and they spliced it. Everybody knew this was coming,”
F date 2036
> The department said the ferry carried 81,400 vehicles in 2037, and that the fare will stay at $7 when it reopens.
F number 81,400
F date 2037
F money $7
> The Little Narrows ferry is one of seven ferries the province runs. The Englishtown ferry across St. Anns Bay, also in Victoria County, was out of service for six weeks in 2035 for similar work, and the department said at the time that Little Narrows would be next.
L city Little Narrows
F number seven
L city Englishtown
L geo St. Anns Bay
L region Victoria County
F duration six weeks
F date 2035
L city Little Narrows
> A public information session will be held at the Washabuck Community Centre on Jan. 27 at 6:30 p.m.
L facility Washabuck Community Centre
F date Jan. 27
F time 6:30 p.m.
'''

ARTICLES['750-lake-ohrid-level-lowest-boatmen-struga-prespa-hoteliers-mia'] = r'''
> Lake Ohrid at lowest summer level in three decades, boatmen fear for season
L geo Lake Ohrid
F duration three decades
> Tourist boats moored at the old harbour in Ohrid, 17 July 2038. Photo: MIA
L city Ohrid
F date 17 July 2038
O media MIA
> Ohrid, 18 July 2038 (MIA) – The level of Lake Ohrid has fallen to 692.71 metres above sea level, its lowest in midsummer since 2008, the Hydrometeorological Service said Friday, as boatmen in Ohrid and Struga say the shallows along the shore keep tourist boats from their usual moorings.
L city Ohrid
F date 18 July 2038
O media MIA
L geo Lake Ohrid
F quantity 692.71 metres
F date 2008
O government Hydrometeorological Service
L city Ohrid
L city Struga
> The lake is 34 centimetres below its average for July and 14 centimetres below the legal minimum of 692.85 metres set in 2012, the service said.
F quantity 34 centimetres
F quantity 14 centimetres
F quantity 692.85 metres
F date 2012
> At the pier below Samuel's Fortress, boatman Goce Talevski, 63, pointed to a strip of pebbles where the water stood a year ago.
L facility Samuel's Fortress
P full Goce Talevski
F age 63
> "Last summer I tied up here. Now the boat touches the bottom with eight people on board, so I take six and leave from the far pier," Talevski said. "Six people at 500 denars each. Count it yourself."
Q direct Goce Talevski :: "Last summer I tied up here. Now the boat touches the bottom with eight people on board, so I take six and leave from the far pier,"
F number eight
F number six
P partial Talevski
Q direct Goce Talevski :: "Six people at 500 denars each. Count it yourself."
F number Six
F money 500 denars
> Boatmen in Struga, where the Black Drim leaves the lake, report the same problem. Ardian Zeqiri, chairman of the Struga boat owners' association Drini, said 11 of its 37 boats had been taken off the water because they could no longer reach the jetty at the river mouth.
L city Struga
L geo Black Drim
P full Ardian Zeqiri
L city Struga
O nonprofit Drini
F number 11
F number 37
> Experts link the fall to a dry winter, higher evaporation and the shrinking of Lake Prespa, which drains into Lake Ohrid through underground channels in the Galichica massif.
L geo Lake Prespa
L geo Lake Ohrid
L geo Galichica
> "Prespa has lost more than seven metres since the 1980s. Part of the water Ohrid receives comes from Prespa through the karst of Galichica, so what happens in Prespa arrives in Ohrid," said hydrologist Marija Stefanovska-Ristova of the Hydrobiological Institute in Ohrid.
Q direct Marija Stefanovska-Ristova :: "Prespa has lost more than seven metres since the 1980s. Part of the water Ohrid receives comes from Prespa through the karst of Galichica, so what happens in Prespa arrives in Ohrid,"
L geo Prespa
F quantity seven metres
F date 1980s
L geo Ohrid
L geo Prespa
L geo Galichica
L geo Prespa
L geo Ohrid
P full Marija Stefanovska-Ristova
O education Hydrobiological Institute
L city Ohrid
> The state power producer ESM, which controls the outflow at Struga for its hydropower plants downstream, said it had cut the flow into the Black Drim to 8 cubic metres per second, the minimum needed for the plants and the river.
O company ESM
L city Struga
L geo Black Drim
F quantity 8 cubic metres per second
> Hoteliers say bookings are holding up. Occupancy in the first half of July reached 81% in Ohrid, compared with 84% last year, according to the Association of Hoteliers of Ohrid and Struga.
F percent 81%
L city Ohrid
F percent 84%
O nonprofit Association of Hoteliers of Ohrid and Struga
> Its president, Vesna Bojkovska, said foreign guests, most of them from Türkiye, the Netherlands, Poland and Israel, had not cancelled, but some hotels on the shore road toward St. Naum had asked the municipality for floating pontoons so that swimmers could reach deeper water.
P full Vesna Bojkovska
L country Türkiye
L country Netherlands
L country Poland
L country Israel
L facility St. Naum
> "Guests see that the beach is bigger and they are happy. They do not see that the lake is sick," Bojkovska said.
Q direct Vesna Bojkovska :: "Guests see that the beach is bigger and they are happy. They do not see that the lake is sick,"
P partial Bojkovska
> The Municipality of Ohrid said it would spend MKD 6 million (about EUR 97,500) on pontoons and on extending two public jetties before the end of August.
O government Municipality of Ohrid
F money MKD 6 million
F money EUR 97,500
F number two
> Lychnidos Watch, a local environmental group that has campaigned against building on the shore, called the pontoons "a cosmetic answer to a structural problem" and urged the governments in Skopje and Tirana to agree a joint plan for the two lakes, which are shared with Albania, and in the case of Prespa also with Greece.
O nonprofit Lychnidos Watch
Q direct Lychnidos Watch :: "a cosmetic answer to a structural problem"
L city Skopje
L city Tirana
F number two
L country Albania
L geo Prespa
L country Greece
> Lake Ohrid and its surroundings have been on UNESCO's World Heritage List since 1979. A UNESCO monitoring mission is due to visit in October, the Ministry of Culture said.
L geo Lake Ohrid
O intergovernmental UNESCO
F date 1979
O intergovernmental UNESCO
O government Ministry of Culture
> The Hydrometeorological Service expects the level to keep falling by about 1 centimetre a day until the autumn rains.
O government Hydrometeorological Service
F quantity 1 centimetre
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
