#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval112 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval112/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['715-hurungwe-hail-tobacco-growers-losses-earnings-top-us376m-timb-tengwe-karoi-herald'] = r'''
> Agriculture
> Hail-hit Hurungwe growers count losses as tobacco earnings top US$376m
L region Hurungwe
F money US$376m
> Tendai Nyakudya-Mafu
P full Tendai Nyakudya-Mafu
> Agriculture Reporter
> Wednesday, 29 April 2037
F date 29 April 2037
> A grower sorts hail-damaged leaf at Mr Trymore Chikwanha’s barn in Tengwe, Hurungwe, last week. — Picture: Munyaradzi Gotora
P full Trymore Chikwanha
L city Tengwe
L region Hurungwe
P full Munyaradzi Gotora
> TOBACCO farmers have earned US$376,5 million from 118 million kilogrammes of the golden leaf sold since the marketing season opened on March 11, but hundreds of growers in Hurungwe are counting losses after hailstorms shredded crops on about 2 400 hectares before they could be reaped.
F money US$376,5 million
F quantity 118 million kilogrammes
F date March 11
L region Hurungwe
F quantity 2 400 hectares
> Figures from the Tobacco Industry and Marketing Board (TIMB) show that by day 34 of sales the average price stood at US$3,19 per kilogramme, up from US$3,02 at the same stage last season. Contract sales account for 93 percent of the crop delivered so far, with the balance going through the auction floors.
O government Tobacco Industry and Marketing Board
O government TIMB
F money US$3,19
F money US$3,02
F percent 93 percent
> “The quality coming to the floors this year is better than last season and buyers are paying for it. What worries us are the areas that were hit by hail in February, especially Hurungwe and parts of Makonde,” said TIMB chief executive Dr Chiedza Marufu-Nhema.
Q direct Chiedza Marufu-Nhema :: “The quality coming to the floors this year is better than last season and buyers are paying for it. What worries us are the areas that were hit by hail in February, especially Hurungwe and parts of Makonde,”
L region Hurungwe
L region Makonde
O government TIMB
P full Chiedza Marufu-Nhema
> She said the board had registered 171 410 growers for the 2037 season, 38 percent of them women, and had sent more inspectors to the Karoi satellite floor to cope with deliveries from Mashonaland West.
F number 171 410
F date 2037
F percent 38 percent
L city Karoi
L region Mashonaland West
> The board also warned growers against “side marketing”, the selling of contracted leaf to other buyers, saying in a statement that offenders “will be deregistered for the 2038 season”.
Q scare - :: “side marketing”
Q direct Tobacco Industry and Marketing Board :: “will be deregistered for the 2038 season”
F date 2038
> In Tengwe, about 40km west of Karoi, Mr Trymore Chikwanha (52) said a storm that lasted less than 20 minutes on February 14 had flattened four of his five hectares.
L city Tengwe
F quantity 40km
L city Karoi
P full Trymore Chikwanha
F age 52
F duration 20 minutes
F date February 14
F quantity four
F quantity five hectares
> “I had planted with inputs from my contractor and I was expecting at least 12 tonnes. After the hail I picked what I could, but what is left is scrap. I took 31 bales to Karoi and the average was US$1,40.
Q direct Trymore Chikwanha :: “I had planted with inputs from my contractor and I was expecting at least 12 tonnes. After the hail I picked what I could, but what is left is scrap. I took 31 bales to Karoi and the average was US$1,40.
F quantity 12 tonnes
F number 31
L city Karoi
F money US$1,40
> “Now the contractor wants the full loan of US$9 800 back before I get anything. Where do I get that money?” he said.
Q direct Trymore Chikwanha :: “Now the contractor wants the full loan of US$9 800 back before I get anything. Where do I get that money?”
F money US$9 800
> Hurungwe District Development Coordinator Mr Edmore Chakanetsa said an assessment team had visited 1 267 households in Tengwe, Magunje and Chidamoyo, and that most had lost more than half of their crop.
L region Hurungwe
P full Edmore Chakanetsa
F number 1 267
L city Tengwe
L city Magunje
L city Chidamoyo
F fraction half
> The Zimbabwe Farmers Union (ZFU) wants contractors to roll over the debts of growers hit by hail. ZFU provincial chairperson for Mashonaland West Mrs Rumbidzai Mhlanga-Sibanda said farmers were being “punished for the weather”.
O nonprofit Zimbabwe Farmers Union
O nonprofit ZFU
O nonprofit ZFU
L region Mashonaland West
P full Rumbidzai Mhlanga-Sibanda
Q direct Rumbidzai Mhlanga-Sibanda :: “punished for the weather”
> “A farmer who has lost his crop to hail is not a defaulter. If contractors recover everything this season, many of these families will not plant again in September,” she said.
Q direct Rumbidzai Mhlanga-Sibanda :: “A farmer who has lost his crop to hail is not a defaulter. If contractors recover everything this season, many of these families will not plant again in September,”
> An official with one of the big contracting companies, who asked not to be named, said contractors could not write off loans because their own money came from offshore lenders.
> “We have told our field officers to carry over the balance for any grower who has an assessment report. That is as far as we can go,” the official said.
Q direct - :: “We have told our field officers to carry over the balance for any grower who has an assessment report. That is as far as we can go,”
> Only 11 percent of growers in the district had crop insurance, according to the Insurance and Pensions Commission (IPEC).
F percent 11 percent
O government Insurance and Pensions Commission
O government IPEC
> The Meteorological Services Department said it recorded 19 hailstorms in Mashonaland West between December and February, against an average of seven for the same period.
O government Meteorological Services Department
F number 19
L region Mashonaland West
F number seven
> Under the current arrangement, growers receive 70 percent of their earnings in US dollars and the balance in ZiG at the interbank rate, which stood at ZiG27,85 to the US dollar yesterday.
F percent 70 percent
F money ZiG27,85
> Lands, Agriculture, Fisheries, Water and Rural Development Deputy Minister Cde Tafadzwa Mukwena-Dube, who toured Tengwe on Monday, said Government was engaging the contractors and the Agricultural Finance Corporation (AFC) on a rescue package.
P full Tafadzwa Mukwena-Dube
L city Tengwe
O company Agricultural Finance Corporation
O company AFC
> “Government has heard the cry of Hurungwe. No farmer should be blacklisted because of a natural disaster,” she said.
Q direct Tafadzwa Mukwena-Dube :: “Government has heard the cry of Hurungwe. No farmer should be blacklisted because of a natural disaster,”
L region Hurungwe
> Last season, Zimbabwe sold a record 352 million kg of tobacco worth US$1,24 billion, with China taking 61 percent of exports by value.
L country Zimbabwe
F quantity 352 million kg
F money US$1,24 billion
L country China
F percent 61 percent
'''

ARTICLES['716-march-town-united-beat-wisbech-town-fenland-derby-gotobed-double-fenland-stadium-cambs-times'] = r'''
> Sport
> 'Massive result for the town': Hares win Fenland derby as Gotobed double stuns Wisbech
Q direct Nathan Ireson :: 'Massive result for the town'
O team Hares
L region Fenland
P partial Gotobed
O team Wisbech
> March Town United came from behind to beat Wisbech Town 2-1 in front of 1,216 at the Fenland Stadium on Boxing Day
O team March Town United
O team Wisbech Town
F score 2-1
F number 1,216
L facility Fenland Stadium
> By Lewis Harrowven
P full Lewis Harrowven
> Sports reporter
> 5:12pm 26th December 2037
F time 5:12pm
F date 26th December 2037
> Reece Gotobed wheels away after scoring the winner for March Town United at the Fenland Stadium. (Image: Ian Pettengell)
P full Reece Gotobed
O team March Town United
L facility Fenland Stadium
P full Ian Pettengell
> REECE Gotobed scored twice in 13 minutes as March Town United came from behind to win the Boxing Day derby at Wisbech Town for the first time in nine years.
P full REECE Gotobed
F duration 13 minutes
O team March Town United
O team Wisbech Town
F duration nine years
> Aurimas Jankauskas had given the Fenmen a deserved lead on 28 minutes, sweeping in Jordan Sallis-Reed's low cross from six yards, and the hosts should have been out of sight by the break.
P full Aurimas Jankauskas
O team Fenmen
F duration 28 minutes
P full Jordan Sallis-Reed
F quantity six yards
> Sallis-Reed hit the bar from 20 yards and Jankauskas, who has 17 goals in all competitions this season, was twice denied by Hares goalkeeper Aaron Fairweather.
P partial Sallis-Reed
F quantity 20 yards
P partial Jankauskas
F number 17
O team Hares
P full Aaron Fairweather
> March were rarely in the game before the break, but Gotobed, who joined from Ely City in March, headed in Callum Pegg's corner on 61 minutes and then ran on to Fairweather's long kick to lift the winner over Wisbech keeper Liam Coupland in the 74th minute.
O team March
P partial Gotobed
O team Ely City
P full Callum Pegg
F duration 61 minutes
P partial Fairweather
O team Wisbech
P full Liam Coupland
> March boss Nathan Ireson said his side had 'found something' at half-time.
O team March
P full Nathan Ireson
Q direct Nathan Ireson :: 'found something'
> "We were second best for 45 minutes, no arguments. I told them at the break that if we kept it at 1-0 we'd get a chance, and Reece doesn't need many," Ireson said.
Q direct Nathan Ireson :: "We were second best for 45 minutes, no arguments. I told them at the break that if we kept it at 1-0 we'd get a chance, and Reece doesn't need many,"
F duration 45 minutes
F score 1-0
P partial Reece
P partial Ireson
> "It's a massive result for the town. Derbies are what you play non-league football for."
Q direct Nathan Ireson :: "It's a massive result for the town. Derbies are what you play non-league football for."
> Wisbech manager Gary Blenkinsop was left to rue the chances his side had missed.
O team Wisbech
P full Gary Blenkinsop
> "First half we were excellent and we should have been three or four up. You can't give a team like March a sniff and we gave them two," he said.
Q direct Gary Blenkinsop :: "First half we were excellent and we should have been three or four up. You can't give a team like March a sniff and we gave them two,"
F number three
F number four
O team March
F number two
> Jankauskas, 24, who grew up in Kaunas and moved to Wisbech with his family at 11, said the dressing room was "gutted".
P partial Jankauskas
F age 24
L city Kaunas
L city Wisbech
F age 11
Q direct Aurimas Jankauskas :: "gutted"
> Gotobed, 29, a plasterer from Chatteris, has now scored 11 times in 19 league games for March.
P partial Gotobed
F age 29
L city Chatteris
F number 11
F number 19
O team March
> The result lifts the Hares to fifth in the United Counties League Premier Division North with 36 points from 21 games, three behind Wisbech, who stay third.
O team Hares
O other United Counties League Premier Division North
F number 36
F number 21
F number three
O team Wisbech
> Wisbech had gone 14 home games unbeaten before the derby, and the crowd was their biggest at the Fenland Stadium since the club moved there in 2008.
O team Wisbech
F number 14
L facility Fenland Stadium
F date 2008
> The 400 or so supporters who made the short trip from March sang through the last ten minutes, which included seven minutes of stoppage time after Pegg was treated for a head injury.
F number 400
L city March
F duration ten minutes
F duration seven minutes
P partial Pegg
> Pegg was taken to the Queen Elizabeth Hospital in King's Lynn as a precaution but was later released, the club said.
P partial Pegg
O other Queen Elizabeth Hospital
L city King's Lynn
> The sides meet again at March on Easter Monday.
L city March
> Wisbech Town: Coupland; Sallis-Reed, Bentote, Oyewole, Wróbel; Knights (Dobrev 80), Gathercole, Tearle, Hannath; Pocklington (Cheyne 67), Jankauskas.
O team Wisbech Town
P partial Coupland
P partial Sallis-Reed
P partial Bentote
P partial Oyewole
P partial Wróbel
P partial Knights
P partial Dobrev
P partial Gathercole
P partial Tearle
P partial Hannath
P partial Pocklington
P partial Cheyne
P partial Jankauskas
> March Town United: Fairweather; Ruffles, Aldous, Ndlovu-Smith, Shah; Pegg (Banyard 83), Ketteringham, Mayes, Thurston; Gotobed, Okafor (Vinnicombe 88).
O team March Town United
P partial Fairweather
P partial Ruffles
P partial Aldous
P partial Ndlovu-Smith
P partial Shah
P partial Pegg
P partial Banyard
P partial Ketteringham
P partial Mayes
P partial Thurston
P partial Gotobed
P partial Okafor
P partial Vinnicombe
> Goals: Jankauskas 28; Gotobed 61, 74.
P partial Jankauskas
P partial Gotobed
> Referee: Sam Ashpole (Peterborough). Attendance: 1,216.
P full Sam Ashpole
L city Peterborough
F number 1,216
'''

ARTICLES['717-antipodes-hang-tuah-royal-langkawi-international-regatta-irc-results-fauzi-mcalister-nst'] = r'''
> Sailing
> Antipodes clinch IRC 1 as Hang Tuah’s final-day charge falls short in Langkawi
L region Langkawi
> By Nur Amalina Rosdi - January 22, 2039 @ 7:48pm
P full Nur Amalina Rosdi
F date January 22, 2039
F time 7:48pm
> Yachts round the windward mark off Pulau Dayang Bunting on the final day of the Royal Langkawi International Regatta. - NSTP/MOHD KHAIRIL AZMI
L geo Pulau Dayang Bunting
O media NSTP
P full MOHD KHAIRIL AZMI
> LANGKAWI: Australian yacht Antipodes sealed the IRC 1 title at the Royal Langkawi International Regatta (RLIR) today, while home boat Hang Tuah finished second after winning both of the final day’s races in a north-westerly of 14 to 18 knots.
L region LANGKAWI
F quantity 14
F quantity 18 knots
> Skippered by Perth property developer Ross McAlister, the 15.8-metre Antipodes won four of the nine races to finish on 15 points, five clear of Hang Tuah, helmed by national sailor Muhammad Fauzi Ahmad Tarmizi, on 20.
L city Perth
P full Ross McAlister
F quantity 15.8-metre
F number four
F number nine
F number 15
F number five
P full Muhammad Fauzi Ahmad Tarmizi
F number 20
> “We knew Fauzi would come at us. The breeze filled in from the north-west and the local boys know every shift around these islands,” said McAlister, 61, who first raced here in 2019.
Q direct Ross McAlister :: “We knew Fauzi would come at us. The breeze filled in from the north-west and the local boys know every shift around these islands,”
P partial Fauzi
P partial McAlister
F age 61
F date 2019
> Fauzi, whose crew of 10 includes five sailors from the Royal Langkawi Yacht Club (RLYC) youth squad, said the team had paid for a poor start to the week.
P partial Fauzi
F number 10
F number five
O other Royal Langkawi Yacht Club
O other RLYC
> “We lost too many points on Monday and Tuesday. Today we sailed the way we should have sailed from race one,” he said.
Q direct Muhammad Fauzi Ahmad Tarmizi :: “We lost too many points on Monday and Tuesday. Today we sailed the way we should have sailed from race one,”
> In IRC 2, Singapore’s Phoenix Rising, skippered by Darren Ng Wei Ming of Changi Sailing Club, won on countback from the Thai entry Saeng Chan after both boats finished on 22 points.
L country Singapore
P full Darren Ng Wei Ming
O other Changi Sailing Club
F number 22
> “It came down to the last beat of the last race. We were fourth at the top mark and we needed one more boat,” said Ng, who was making his fifth appearance at the regatta.
Q direct Darren Ng Wei Ming :: “It came down to the last beat of the last race. We were fourth at the top mark and we needed one more boat,”
F number one
P partial Ng
> The Multihull class went to Hong Kong’s Karina, owned by Winnie Lau Sze-wan of the Royal Hong Kong Yacht Club, who also set the fastest elapsed time of 3hr 41min 12sec in Wednesday’s 38-nautical-mile Round the Islands race.
L region Hong Kong
P full Winnie Lau Sze-wan
O other Royal Hong Kong Yacht Club
F duration 3hr
F duration 41min
F duration 12sec
F quantity 38-nautical-mile
> A total of 41 yachts and about 380 sailors from 14 countries took part in the 2039 edition, up from 33 boats last year, the organisers said.
F number 41
F number 380
F number 14
F date 2039
F number 33
> Langkawi Development Authority (LADA) chief executive Datuk Ahmad Zaki Hashim said the week-long regatta had brought an estimated RM18.5 million into the island’s economy, with hotels in Kuah and Pantai Cenang reporting 92 per cent occupancy.
O government Langkawi Development Authority
O government LADA
P full Ahmad Zaki Hashim
F money RM18.5 million
L city Kuah
L city Pantai Cenang
F percent 92 per cent
> “Sailing has put Langkawi on the map for yachtsmen from Phuket to Perth. We want to see 50 boats on the start line next January,” said Ahmad Zaki.
Q direct Ahmad Zaki Hashim :: “Sailing has put Langkawi on the map for yachtsmen from Phuket to Perth. We want to see 50 boats on the start line next January,”
L region Langkawi
L city Phuket
L city Perth
F number 50
P partial Ahmad Zaki
> The Malaysian Sailing Association (MSA) said in a statement that Fauzi’s result was “very encouraging” ahead of the Asian Offshore Championship in Qingdao in October, where Hang Tuah will carry the national colours.
O nonprofit Malaysian Sailing Association
O nonprofit MSA
P partial Fauzi
Q direct Malaysian Sailing Association :: “very encouraging”
L city Qingdao
> Results (after nine races, low points):
F number nine
> IRC 1: 1 Antipodes (Ross McAlister, AUS) 15; 2 Hang Tuah (Muhammad Fauzi Ahmad Tarmizi, MAS) 20; 3 Tiger Moth (Kenji Aramaki, JPN) 27.
P full Ross McAlister
L country AUS
F number 15
P full Muhammad Fauzi Ahmad Tarmizi
L country MAS
F number 20
P full Kenji Aramaki
L country JPN
F number 27
> IRC 2: 1 Phoenix Rising (Darren Ng Wei Ming, SIN) 22; 2 Saeng Chan (Kittipong Rattanachai, THA) 22; 3 Selat Angin (Andi Gunawan Saputra, INA) 31.
P full Darren Ng Wei Ming
L country SIN
F number 22
P full Kittipong Rattanachai
L country THA
F number 22
P full Andi Gunawan Saputra
L country INA
F number 31
> Multihull: 1 Karina (Winnie Lau Sze-wan, HKG) 11; 2 Sea Jay (Ahmad Fikri Zulkifli, MAS) 16.
P full Winnie Lau Sze-wan
L region HKG
F number 11
P full Ahmad Fikri Zulkifli
L country MAS
F number 16
> Club Cruising: 1 Pelangi (Kamarul Ariffin Yusof, MAS) 13; 2 Blue Note (Hendrik Visser, NED) 18.
P full Kamarul Ariffin Yusof
L country MAS
F number 13
P full Hendrik Visser
L country NED
F number 18
'''

ARTICLES['718-chhatiboi-glacial-lake-outburst-flood-yarkhun-valley-bridges-upper-chitral-bang-pdma-dawn'] = r'''
> Pakistan
L country Pakistan
> Glacial lake burst floods Yarkhun valley, sweeps away two bridges in Upper Chitral
L geo Yarkhun
F number two
L region Upper Chitral
> Faizuddin
P partial Faizuddin
> Published July 18, 2038 Updated July 18, 2038 09:41am
F date July 18, 2038
F date July 18, 2038
F time 09:41am
> Villagers cross the Yarkhun river on a makeshift log bridge at Bang after the flood swept away the suspension bridge on Friday night. — Dawn
L geo Yarkhun
L city Bang
O media Dawn
> CHITRAL: A glacial lake outburst flood (GLOF) tore through the Yarkhun valley of Upper Chitral district late on Friday night, sweeping away two suspension bridges, 23 houses and about 12 kilometres of the Mastuj-Broghil road and cutting off nearly 9,000 people, officials said on Saturday.
L city CHITRAL
L geo Yarkhun
L region Upper Chitral
F number two
F number 23
F quantity 12 kilometres
L city Mastuj
L geo Broghil
F number 9,000
> No loss of life was reported, as residents of Bang and Yarkhun Lasht had moved to higher ground after an early-warning siren installed below the Chhatiboi glacier sounded at 11:40pm, the district administration said.
L city Bang
L city Yarkhun Lasht
L geo Chhatiboi
F time 11:40pm
> “The siren gave people about 40 minutes. Without it we would be counting bodies today,” Deputy Commissioner Upper Chitral Shahid Nawaz Tareen told Dawn by satellite phone from Mastuj.
Q direct Shahid Nawaz Tareen :: “The siren gave people about 40 minutes. Without it we would be counting bodies today,”
F duration 40 minutes
L region Upper Chitral
P full Shahid Nawaz Tareen
O media Dawn
L city Mastuj
> He said the flood had also washed away 140 acres of standing wheat and maize, two micro-hydel stations and a government primary school at Bang, and that water channels irrigating about 600 households had been buried under debris.
F quantity 140 acres
F number two
L city Bang
F number 600
> The Khyber Pakhtunkhwa Provincial Disaster Management Authority (PDMA) said the flood had carried “boulders the size of houses” down the Chhatiboi stream and raised the level of the Yarkhun river by nearly 2.5 metres within an hour.
O government Khyber Pakhtunkhwa Provincial Disaster Management Authority
O government PDMA
Q direct Khyber Pakhtunkhwa Provincial Disaster Management Authority :: “boulders the size of houses”
L geo Chhatiboi
L geo Yarkhun
F quantity 2.5 metres
> According to the PDMA, Chitral town recorded 41.5°C on Thursday, the highest temperature of the summer, which had accelerated melting on the glaciers of the Hindu Kush.
O government PDMA
L city Chitral
F quantity 41.5°C
L geo Hindu Kush
> Troops of the Chitral Scouts and volunteers from Rescue 1122 reached Bang on foot on Saturday morning after the road was blocked at three places between Mastuj and Brep.
O government Chitral Scouts
O government Rescue 1122
L city Bang
F number three
L city Mastuj
L city Brep
> An army helicopter flew in 1,200 food packs and 300 tents from Booni, the district headquarters, an official of the district administration said, requesting anonymity as he was not authorised to speak to the media.
F number 1,200
F number 300
L city Booni
> “The road will take at least two weeks. Until then Yarkhun is an island,” he said.
Q direct - :: “The road will take at least two weeks. Until then Yarkhun is an island,”
F duration two weeks
L geo Yarkhun
> Gul Baig Sakhi, 67, whose house at Bang was among those swept away, said his family had saved their goats and a copy of the Holy Quran and nothing else.
P full Gul Baig Sakhi
F age 67
L city Bang
> “My father built this house in 1974. We heard the siren and we ran. When I looked back, the river was where our house had been,” he said, sitting beside a tent pitched on the slope above the village.
Q direct Gul Baig Sakhi :: “My father built this house in 1974. We heard the siren and we ran. When I looked back, the river was where our house had been,”
F date 1974
> The Aga Khan Agency for Habitat (AKAH), which installed the warning system in 2033, said its monitors had recorded the glacial lake above Chhatiboi growing by a third since last summer.
O nonprofit Aga Khan Agency for Habitat
O nonprofit AKAH
F date 2033
L geo Chhatiboi
F fraction a third
> “This is exactly the kind of event the system was built for. But it will happen again, and with these temperatures it will happen more often,” said Nasreen Bibi, AKAH’s regional programme manager.
Q direct Nasreen Bibi :: “This is exactly the kind of event the system was built for. But it will happen again, and with these temperatures it will happen more often,”
P full Nasreen Bibi
O nonprofit AKAH
> The provincial government has announced Rs400,000 for every family whose house was destroyed and Rs150,000 for each damaged house, while the Communication and Works Department has put the cost of restoring the road and the two bridges at Rs380 million.
F money Rs400,000
F money Rs150,000
O government Communication and Works Department
F number two
F money Rs380 million
> The Yarkhun valley, which borders Afghanistan’s Wakhan corridor and leads to the Broghil Valley National Park, was last cut off by a glacial flood in 2034, when it remained without road access for 19 days.
L geo Yarkhun
L country Afghanistan
L geo Wakhan
L geo Broghil Valley National Park
F date 2034
F duration 19 days
> Published in Dawn, July 18th, 2038
O media Dawn
F date July 18th, 2038
'''

ARTICLES['719-cyclone-losa-savaii-power-water-asau-falealupo-dmo-epc-samoa-observer'] = r'''
> Weather
> Cyclone Losa cuts power and water to 2,800 Savai'i homes
F number 2,800
L geo Savai'i
> By Moana Tuala-Seumanu
P full Moana Tuala-Seumanu
> 13 February 2037, 7:10PM
F date 13 February 2037
F time 7:10PM
> Residents of Asau clear a fallen breadfruit tree from the main road on Thursday morning. (Photo: Aukusitino Vitale)
L city Asau
P full Aukusitino Vitale
> More than 2,800 households on Savai'i are without power and piped water after Tropical Cyclone Losa passed close to the island's north-western tip on Wednesday night, bringing winds of up to 165 kilometres per hour and heavy rain.
F number 2,800
L geo Savai'i
F quantity 165 kilometres per hour
> The Disaster Management Office (D.M.O.) said 311 people spent the night in 14 evacuation centres, most of them church halls in Asau, Falealupo and Sataua, and that no deaths or serious injuries had been reported.
O government Disaster Management Office
O government D.M.O.
F number 311
F number 14
L city Asau
L city Falealupo
L city Sataua
> "We were lucky that the eye stayed out at sea. If it had come 30 kilometres further south, we would be talking about a very different situation today," D.M.O. Assistant Chief Executive Officer Leiataua Sinapati Ioane told the Samoa Observer on Thursday.
Q direct Leiataua Sinapati Ioane :: "We were lucky that the eye stayed out at sea. If it had come 30 kilometres further south, we would be talking about a very different situation today,"
F quantity 30 kilometres
O government D.M.O.
P full Leiataua Sinapati Ioane
O media Samoa Observer
> Leiataua said assessment teams had counted 37 houses with their roofs torn off and 120 with lesser damage, mostly in the Vaisigano district, while taro and banana plantations along the north coast had been "flattened".
P partial Leiataua
F number 37
F number 120
L region Vaisigano
Q direct Leiataua Sinapati Ioane :: "flattened"
> The Samoa Meteorology Division recorded 312 millimetres of rain in 24 hours at Asau. Principal Scientific Officer Lagaaia Ruta Mulitalo said the system had weakened to a category 1 cyclone by Thursday afternoon and was moving south-east, away from Samoa and towards Tonga.
O government Samoa Meteorology Division
F quantity 312 millimetres
F duration 24 hours
L city Asau
P full Lagaaia Ruta Mulitalo
L country Samoa
L country Tonga
> The Electric Power Corporation (E.P.C.) said 63 power poles were down between Asau and Samauga. Its general manager, Toleafoa Simi Fa'asili, said full supply to the north-west of the island could take up to a week.
O company Electric Power Corporation
O company E.P.C.
F number 63
L city Asau
L city Samauga
P full Toleafoa Simi Fa'asili
> "Our crews went across on the first ferry this morning. We are restoring the hospital at Safotu and the water pumps first, then the villages," Toleafoa said.
Q direct Toleafoa Simi Fa'asili :: "Our crews went across on the first ferry this morning. We are restoring the hospital at Safotu and the water pumps first, then the villages,"
L city Safotu
P partial Toleafoa
> The Samoa Water Authority said villagers should boil all drinking water until further notice.
O company Samoa Water Authority
> At Falealupo, the village mayor (Sui o le Nu'u), Lemalu Tavita Pouono, said the sea had come 50 metres inland and washed away the road to the village church.
L city Falealupo
P full Lemalu Tavita Pouono
F quantity 50 metres
> "Fa'afetai i le Atua (thank God), nobody was hurt. The old people slept in the church hall and the young men stayed up all night watching the sea," he said.
Q direct Lemalu Tavita Pouono :: "Fa'afetai i le Atua (thank God), nobody was hurt. The old people slept in the church hall and the young men stayed up all night watching the sea,"
> Sina Peleti-Aiono, 44, a mother of five from Asau, said her family's cooking fale had been blown into the lagoon.
P full Sina Peleti-Aiono
F age 44
F number five
L city Asau
> "We lost the roof, the water tank, everything. But the children are safe," she said.
Q direct Sina Peleti-Aiono :: "We lost the roof, the water tank, everything. But the children are safe,"
> The Samoa Shipping Corporation suspended ferry crossings between Mulifanua and Salelologa for 36 hours, and Fiji Airways cancelled two flights into Faleolo International Airport on Wednesday.
O company Samoa Shipping Corporation
L city Mulifanua
L city Salelologa
F duration 36 hours
O company Fiji Airways
F number two
L facility Faleolo International Airport
> The Government on Thursday approved $1.5 million tala in emergency relief, and the Ministry of Education, Sports and Culture (M.E.S.C.) said schools on Savai'i would stay closed until Monday.
F money $1.5 million tala
O government Ministry of Education, Sports and Culture
O government M.E.S.C.
L geo Savai'i
> The New Zealand High Commission in Apia said a Royal New Zealand Air Force aircraft would fly over the affected villages on Friday, and the Samoa Red Cross Society has sent 40 volunteers with tarpaulins and hygiene kits to Asau.
O government New Zealand High Commission
L city Apia
O government Royal New Zealand Air Force
O nonprofit Samoa Red Cross Society
F number 40
L city Asau
> Losa is the second cyclone to affect Samoa this season, after Tropical Cyclone Ema brushed Upolu in January.
L country Samoa
L geo Upolu
'''

ARTICLES['720-rmk-halts-felling-korvemaa-flying-squirrel-elf-keskkonnaamet-natura-compensation-err-news'] = r'''
> RMK halts felling on 340 hectares in Kõrvemaa after flying squirrel find
O government RMK
F quantity 340 hectares
L region Kõrvemaa
> ERR News
O media ERR News
> 05.05.2038 11:26
F date 05.05.2038
F time 11:26
> A clear-cut near Aegviidu in Kõrvemaa. Source: Rasmus Tammeväli/ERR
L city Aegviidu
L region Kõrvemaa
P full Rasmus Tammeväli
O media ERR
> The State Forest Management Centre (RMK) has suspended clear-felling on 340 hectares of state forest in Kõrvemaa, Harju County, after the Environmental Board (Keskkonnaamet) confirmed signs of the protected flying squirrel at 11 sites inside the planned cutting areas.
O government State Forest Management Centre
O government RMK
F quantity 340 hectares
L region Kõrvemaa
L region Harju County
O government Environmental Board
O government Keskkonnaamet
F number 11
> The suspension covers 27 felling notices issued between 2036 and March 2038 in Anija and Kose municipalities, RMK said on Tuesday. Around 58,000 cubic meters of timber, worth an estimated €3.1 million at current prices, will remain standing at least until the board completes a survey in the autumn.
F number 27
F date 2036
F date March 2038
L region Anija
L region Kose
O government RMK
F quantity 58,000 cubic meters
F money €3.1 million
> "We do not fell where the flying squirrel lives. If the board's experts confirm a nest tree, that stand will be left alone and a buffer of at least 50 meters will be kept around it," Kadri Männik, RMK's head of forest management, told ERR News.
Q direct Kadri Männik :: "We do not fell where the flying squirrel lives. If the board's experts confirm a nest tree, that stand will be left alone and a buffer of at least 50 meters will be kept around it,"
F quantity 50 meters
P full Kadri Männik
O government RMK
O media ERR News
> The droppings were found in April by volunteers from the Estonian Fund for Nature (ELF), who surveyed the forest after hikers reported fresh clear-cuts along the trail around Lake Paukjärv.
O nonprofit Estonian Fund for Nature
O nonprofit ELF
L geo Lake Paukjärv
> "Kõrvemaa is one of the last places in northern Estonia where the flying squirrel still has connected habitat. Every year a little more of it is cut, and every year there are fewer territories.
Q direct Siim Kuusemets :: "Kõrvemaa is one of the last places in northern Estonia where the flying squirrel still has connected habitat. Every year a little more of it is cut, and every year there are fewer territories.
L region Kõrvemaa
L country Estonia
> "In 2025 there were about 80 known territories in Harju County. This spring we found signs of only 14," said ELF species expert Siim Kuusemets, who led the survey.
Q direct Siim Kuusemets :: "In 2025 there were about 80 known territories in Harju County. This spring we found signs of only 14,"
F date 2025
F number 80
L region Harju County
F number 14
O nonprofit ELF
P full Siim Kuusemets
> ELF has asked the Ministry of Climate to add the whole 2,100-hectare forest block between Aegviidu and Kõue to the Kõrvemaa Landscape Protection Area.
O nonprofit ELF
O government Ministry of Climate
F quantity 2,100-hectare
L city Aegviidu
L city Kõue
L geo Kõrvemaa Landscape Protection Area
> The flying squirrel, known in Estonian as "lendorav", is in the highest protection category, and an estimated 70 percent of its habitat in Estonia lies in commercial forest.
Q scare - :: "lendorav"
F percent 70 percent
L country Estonia
> Private forest owners in the area fear that the restrictions will spread to their land. Tõnu Rebane, who owns 64 hectares of forest near Kõue, said the compensation paid for protected stands did not cover lost income.
P full Tõnu Rebane
F quantity 64 hectares
L city Kõue
> "The state pays €160 per hectare a year for a Natura 2000 stand. I would get €9,000 for the spruce on one hectare if I could sell it," Rebane said.
Q direct Tõnu Rebane :: "The state pays €160 per hectare a year for a Natura 2000 stand. I would get €9,000 for the spruce on one hectare if I could sell it,"
F money €160
F money €9,000
F quantity one hectare
P partial Rebane
> The Estonian Private Forest Union said in a statement that owners should not have to "pay for the state's nature conservation out of their own pockets".
O nonprofit Estonian Private Forest Union
Q direct Estonian Private Forest Union :: "pay for the state's nature conservation out of their own pockets"
> The Ministry of Climate said on Tuesday that compensation for restrictions in Natura 2000 areas would rise to €200 per hectare from 2039, and that a draft amendment would go to the Riigikogu in June.
O government Ministry of Climate
F money €200
F date 2039
O government Riigikogu
> Liina Kõrgesaar-Pärn (Reform), who chairs the Riigikogu's environment committee, told ETV's 'Aktuaalne kaamera' on Tuesday evening that the state "cannot keep putting the whole burden on RMK's neighbors".
P full Liina Kõrgesaar-Pärn
O party Reform
O government Riigikogu
O media ETV
Q scare - :: 'Aktuaalne kaamera'
Q direct Liina Kõrgesaar-Pärn :: "cannot keep putting the whole burden on RMK's neighbors"
O government RMK
> RMK, which manages nearly half of Estonia's forest land, harvested 3.4 million cubic meters of timber in 2037. The average roadside price of spruce logs was €96 per cubic meter in April, according to the Estonian Forest and Wood Industries Association (EMPL).
O government RMK
F fraction half
L country Estonia
F quantity 3.4 million cubic meters
F date 2037
F money €96
O nonprofit Estonian Forest and Wood Industries Association
O nonprofit EMPL
> Männik said RMK would move its harvesting crews to stands in Lääne-Viru County for the rest of the breeding season, which runs until June 30.
P partial Männik
O government RMK
L region Lääne-Viru County
F date June 30
> Editor: Aleksander Krjukov
P full Aleksander Krjukov
> Follow ERR News on Facebook and X.
O media ERR News
O company Facebook
O company X
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
