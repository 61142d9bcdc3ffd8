#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval190 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval190/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1183-rice-import-tariff-palay-prices-nueva-ecija-da-manila-bulletin'] = r'''
> Business
> DA raises rice import tariff to 35% as palay prices slump
O government DA
F percent 35%
> Higher duty takes effect April 1; farmers’ groups say relief comes too late for the dry-season harvest
F date April 1
> By Jonalyn T. Paguirigan
P full Jonalyn T. Paguirigan
> Published Mar 14, 2039 05:42 pm
F date Mar 14, 2039
F time 05:42 pm
> Farmers dry freshly harvested palay along a road in the Science City of Muñoz, Nueva Ecija, on March 12, 2039. (Photo by Rommel B. Cayabyab)
L city Science City of Muñoz
L region Nueva Ecija
F date March 12, 2039
P full Rommel B. Cayabyab
> The Department of Agriculture (DA) will raise the tariff on imported rice to 35 percent from 15 percent starting April 1 to prop up farmgate prices of palay, which have fallen to as low as P14 per kilo in parts of Central Luzon, Agriculture Secretary Emmanuel “Noel” Dizon-Laurel said on Thursday, March 14.
O government Department of Agriculture
O government DA
F percent 35 percent
F percent 15 percent
F date April 1
F money P14
L region Central Luzon
P full Emmanuel “Noel” Dizon-Laurel
F date March 14
Q scare - :: “Noel”
> The higher rate will cover regular and well-milled rice and will stay in place for six months, or until Sept. 30, 2039, the DA said in a statement. The Tariff Commission held two public hearings on the proposal in February.
F duration six months
F date Sept. 30, 2039
O government DA
O government Tariff Commission
F number two
> “Our farmers cannot compete with rice that lands in Manila at P29 a kilo. At P14 for their palay, they lose money on every cavan they harvest,” Dizon-Laurel told reporters at the DA central office in Quezon City.
Q direct Emmanuel “Noel” Dizon-Laurel :: “Our farmers cannot compete with rice that lands in Manila at P29 a kilo. At P14 for their palay, they lose money on every cavan they harvest,”
L city Manila
F money P29
F money P14
P partial Dizon-Laurel
O government DA
L city Quezon City
> “This is not an import ban. Traders can still bring in rice from Vietnam and Thailand, but they will pay more for it, and every centavo of the extra duty goes back to the rice fields.
Q direct Emmanuel “Noel” Dizon-Laurel :: “This is not an import ban. Traders can still bring in rice from Vietnam and Thailand, but they will pay more for it, and every centavo of the extra duty goes back to the rice fields.
L country Vietnam
L country Thailand
> “We expect to collect about P18 billion more this year. That is enough to buy palay at a fair price from some 400,000 farmers,” he added.
Q direct Emmanuel “Noel” Dizon-Laurel :: “We expect to collect about P18 billion more this year. That is enough to buy palay at a fair price from some 400,000 farmers,”
F money P18 billion
F number 400,000
> The Philippines imported a record 5.2 million metric tons (MT) of rice in 2038, up 11 percent from a year earlier, according to the Bureau of Plant Industry (BPI), which issues import clearances. Of that volume, 3.9 million MT came from Vietnam.
L country Philippines
F quantity 5.2 million metric tons
F date 2038
F percent 11 percent
O government Bureau of Plant Industry
O government BPI
F quantity 3.9 million MT
L country Vietnam
> The Federation of Free Farmers (FFF) called the higher tariff “a step in the right direction” but warned that palay prices would not recover before the harvest peaks in April.
O nonprofit Federation of Free Farmers
O nonprofit FFF
Q direct Federation of Free Farmers :: “a step in the right direction”
> In Victoria, Tarlac, farmer Lorna Bautista-Cruz, 54, said a trader offered her P13.50 per kilo last week for wet palay from her two-hectare farm. “I borrowed P60,000 for seeds and fertilizer. The buyer told me, ‘Take it or leave it,’ so I took it,” she said.
L city Victoria
L region Tarlac
P full Lorna Bautista-Cruz
F age 54
F money P13.50
F quantity two-hectare
F money P60,000
Q direct Lorna Bautista-Cruz :: “I borrowed P60,000 for seeds and fertilizer. The buyer told me, ‘Take it or leave it,’ so I took it,”
> Rodolfo Macaraeg, chairman of the Samahang Industriya ng Agrikultura (SINAG), said the DA should also go after the so-called “rice cartel” that he said hoards imported stocks in warehouses in Bulacan and Cavite. Macaraeg said tariff collections “must not disappear into the general fund.”
P full Rodolfo Macaraeg
O nonprofit Samahang Industriya ng Agrikultura
O nonprofit SINAG
O government DA
L region Bulacan
L region Cavite
P partial Macaraeg
Q scare - :: “rice cartel”
Q direct Rodolfo Macaraeg :: “must not disappear into the general fund.”
> A DA official who asked not to be named said the agency would also ask the National Food Authority (NFA) to raise its buying price for dry palay to P23 per kilo. “We have P1.4 billion ready, but NFA warehouses in Nueva Ecija are already 80 percent full,” the official said.
O government DA
O government National Food Authority
O government NFA
F money P23
Q direct - :: “We have P1.4 billion ready, but NFA warehouses in Nueva Ecija are already 80 percent full,”
F money P1.4 billion
O government NFA
L region Nueva Ecija
F percent 80 percent
> Retail prices of regular milled rice in Metro Manila ranged from P42 to P48 per kilo on Wednesday, based on DA price monitoring. The new tariff order takes effect 15 days after its publication.
L region Metro Manila
F money P42
F money P48
O government DA
F duration 15 days
'''

ARTICLES['1184-horn-of-africa-drought-appeal-ocha-somalia-kenya-al-jazeera'] = r'''
> News|Humanitarian Crises
> UN seeks $3.2bn as rains fail for fifth season in Horn of Africa
O intergovernmental UN
F money $3.2bn
L region Horn of Africa
> Aid agencies say 23 million people in Somalia, Ethiopia and Kenya face acute hunger, with the appeal only 14 percent funded.
F number 23 million
L country Somalia
L country Ethiopia
L country Kenya
F percent 14 percent
> By Idil Warsame
P full Idil Warsame
> Published On 22 Oct 2040
F date 22 Oct 2040
> A herder walks past goat carcasses near Dollow in Somalia’s Gedo region on October 18, 2040 [Idil Warsame/Al Jazeera]
L city Dollow
L country Somalia
L region Gedo
F date October 18, 2040
P full Idil Warsame
O media Al Jazeera
> Nairobi, Kenya – The United Nations and its partners have appealed for $3.2bn to help 23 million people facing acute hunger across the Horn of Africa, where the October-to-December rains have failed for a fifth consecutive season.
L city Nairobi
L country Kenya
O intergovernmental United Nations
F money $3.2bn
F number 23 million
L region Horn of Africa
> The appeal, launched in Nairobi on Tuesday by the UN Office for the Coordination of Humanitarian Affairs (OCHA), is only 14 percent funded, the agency said. Last year’s appeal of $2.7bn received 41 percent of the money requested.
L city Nairobi
O intergovernmental UN Office for the Coordination of Humanitarian Affairs
O intergovernmental OCHA
F percent 14 percent
F money $2.7bn
F percent 41 percent
> “We are watching a slow-motion disaster that everybody saw coming,” said Margit Ellingsen-Doré, OCHA’s regional director for southern and eastern Africa. “Families have already sold their last animals. When the livestock die, the children are next.
Q direct Margit Ellingsen-Doré :: “We are watching a slow-motion disaster that everybody saw coming,”
P full Margit Ellingsen-Doré
O intergovernmental OCHA
L continent Africa
Q direct Margit Ellingsen-Doré :: “Families have already sold their last animals. When the livestock die, the children are next.
> “We cannot wait for the pictures of famine before we start the response.”
Q direct Margit Ellingsen-Doré :: “We cannot wait for the pictures of famine before we start the response.”
> In Somalia alone, 6.4 million people – more than a third of the population – need assistance, and 1.1 million have left their homes in search of water and pasture since January 2039, according to the International Organization for Migration (IOM).
L country Somalia
F number 6.4 million
F fraction a third
F number 1.1 million
F date January 2039
O intergovernmental International Organization for Migration
O intergovernmental IOM
> The World Food Programme (WFP) said it had cut rations in the Borena zone of Ethiopia’s Oromia region to 60 percent of a full ration and would run out of food for northern Kenya by December “unless new money arrives within weeks”.
O intergovernmental World Food Programme
O intergovernmental WFP
L region Borena
L country Ethiopia
L region Oromia
F percent 60 percent
L country Kenya
Q direct World Food Programme :: “unless new money arrives within weeks”
> UNICEF said 1.8 million children under five in the three countries were acutely malnourished, up 22 percent from a year earlier.
O intergovernmental UNICEF
F number 1.8 million
F age five
F number three
F percent 22 percent
> In Wajir, in northeastern Kenya, Abdullahi Hussein Dagane, 63, said he had lost 140 of his 200 goats and all eight of his camels since June. “My father told me about the drought of 1984. He said, ‘Nothing will ever be that bad again.’ He was wrong,” he said.
L city Wajir
L country Kenya
P full Abdullahi Hussein Dagane
F age 63
F number 140
F number 200
F number eight
Q direct Abdullahi Hussein Dagane :: “My father told me about the drought of 1984. He said, ‘Nothing will ever be that bad again.’ He was wrong,”
F date 1984
> Dagane said water from the nearest borehole now cost 150 shillings for a 20-litre jerrycan, three times the price a year ago. Kenya’s National Drought Management Authority (NDMA) has placed 14 counties, including Wajir and Mandera, in its “alarm” phase.
P partial Dagane
F money 150 shillings
F quantity 20-litre
F number three
L country Kenya
O government National Drought Management Authority
O government NDMA
F number 14
L region Wajir
L region Mandera
Q scare - :: “alarm”
> A Western diplomat in Nairobi, who spoke on condition of anonymity because he was not authorised to speak to the media, said donors were “exhausted” after years of overlapping crises. “Everybody is cutting. The Horn is competing with Sudan and the Sahel for the same shrinking pot,” he said.
L city Nairobi
Q direct - :: “exhausted”
Q direct - :: “Everybody is cutting. The Horn is competing with Sudan and the Sahel for the same shrinking pot,”
L region Horn
L country Sudan
L region Sahel
> Scientists have linked the repeated failures to warming in the Indian Ocean. Rainfall has been below average in every season since late 2037, the IGAD Climate Prediction and Applications Centre (ICPAC) said in a bulletin this month.
L geo Indian Ocean
F date 2037
O intergovernmental IGAD Climate Prediction and Applications Centre
O intergovernmental ICPAC
> Source: Al Jazeera
O media Al Jazeera
'''

ARTICLES['1185-open-championship-final-round-van-rijswijk-royal-birkdale-guardian'] = r'''
> The Open
> Van Rijswijk holds his nerve at Birkdale to become first Dutch major champion
P partial Van Rijswijk
L facility Birkdale
> Jorrit van Rijswijk closes with a 66 to win by two strokes from Kazuki Morimoto, with overnight leader Beau Ashworth-Lyle third
P full Jorrit van Rijswijk
F score 66
F number two
P full Kazuki Morimoto
P full Beau Ashworth-Lyle
> Callum Rennie at Royal Birkdale
P full Callum Rennie
L facility Royal Birkdale
> Sun 17 Jul 2039 19.48 BST
F date 17 Jul 2039
F time 19.48 BST
> Jorrit van Rijswijk kisses the trophy on the 18th green. Photograph: Martin Oyelaran/Getty Images
P full Jorrit van Rijswijk
P full Martin Oyelaran
O media Getty Images
> Jorrit van Rijswijk had never finished better than 14th in a major. On Sunday evening on the Lancashire coast the 29-year-old from Utrecht holed a 6ft putt for par on the last to shoot 66, finish at 14-under-par 266 and become the first Dutchman to win the Open.
P full Jorrit van Rijswijk
L region Lancashire
F age 29-year-old
L city Utrecht
F quantity 6ft
F score 66
F score 14-under-par
F score 266
> He won by two strokes from Japan’s Kazuki Morimoto, who birdied four of his last six holes for a 65, with the Australian Beau Ashworth-Lyle, the leader after each of the first three rounds, a further shot back at 11 under after a 71.
F number two
L country Japan
P full Kazuki Morimoto
F number four
F number six
F score 65
P full Beau Ashworth-Lyle
F number three
F score 11 under
F score 71
> “I still can’t believe it,” Van Rijswijk said, the trophy at his elbow. “On the 15th tee my caddie told me, ‘Forget the leaderboard, just hit the fairway.’ I didn’t look at a board again until I was on the last green.
Q direct Jorrit van Rijswijk :: “I still can’t believe it,”
P partial Van Rijswijk
Q direct Jorrit van Rijswijk :: “On the 15th tee my caddie told me, ‘Forget the leaderboard, just hit the fairway.’ I didn’t look at a board again until I was on the last green.
> “My dad drove me to junior events all over Holland every weekend for 10 years. This one is for him.”
Q direct Jorrit van Rijswijk :: “My dad drove me to junior events all over Holland every weekend for 10 years. This one is for him.”
L country Holland
F duration 10 years
> Van Rijswijk, who had rounds of 68, 67 and 65, teed off at 2.40pm two shots behind Ashworth-Lyle and reached the turn in 32 after birdies at the 2nd, 4th and 7th. The decisive moment came at the par-five 15th, a 542-yard hole played into a stiff breeze: he hit a 3-wood to 25 feet and holed the eagle putt to go two clear.
P partial Van Rijswijk
F score 68
F score 67
F score 65
F time 2.40pm
F number two
P partial Ashworth-Lyle
F score 32
F score par-five
F quantity 542-yard
F quantity 25 feet
F number two
> Ashworth-Lyle, 24, from Sale in Victoria, made a double-bogey six at the 10th and dropped further shots at 13 and 16. “I just ran out of gas,” he said. “But I’m 24. I’ll be back here.”
P partial Ashworth-Lyle
F age 24
L city Sale
L region Victoria
F score six
Q direct Beau Ashworth-Lyle :: “I just ran out of gas,”
Q direct Beau Ashworth-Lyle :: “But I’m 24. I’ll be back here.”
F age 24
> Morimoto, 31, from Osaka, signed for his 65 more than an hour before the leaders finished and watched the end from the clubhouse. “Sixty-five is a good score anywhere. Here, on a Sunday, it is a very good score,” he said through an interpreter.
P partial Morimoto
F age 31
L city Osaka
F score 65
Q direct Kazuki Morimoto :: “Sixty-five is a good score anywhere. Here, on a Sunday, it is a very good score,”
F score Sixty-five
> The winner’s cheque of $3.6m (£2.8m) is the largest in the championship’s history. The R&A said 281,000 spectators had come through the gates in Southport over the week, and that the links had played “as firm and fast as we have seen them”.
F money $3.6m
F money £2.8m
O nonprofit R&A
F number 281,000
L city Southport
Q direct R&A :: “as firm and fast as we have seen them”
> Scotland’s Finlay MacIver was the leading home player, tied for ninth at six under after a closing 68, and collects £310,000.
L country Scotland
P full Finlay MacIver
F score six under
F score 68
F money £310,000
> Nicknamed “the Windmill” on the DP World Tour for his long, loose swing, Van Rijswijk turned professional in 2032 and had not won since the Dutch Open in 2036. He rises to fifth in the world and has a five-year exemption into every major.
Q scare - :: “the Windmill”
O other DP World Tour
P partial Van Rijswijk
F date 2032
F date 2036
F duration five-year
'''

ARTICLES['1186-norrlands-sparbank-saimaa-pankki-nordic-bank-merger-kronor-bloomberg'] = r'''
> Norrlands Sparbank to Buy Finland’s Saimaa Pankki in $4.6 Billion Deal
O company Norrlands Sparbank
L country Finland
O company Saimaa Pankki
F money $4.6 Billion
> Offer values Finnish lender at 48.3 billion kronor, a 31% premium
F money 48.3 billion kronor
F percent 31%
> Combined bank plans to cut 1,200 jobs by 2043, CEO says
F number 1,200
F date 2043
> By Linnéa Hedqvist and Otto Rautiainen
P full Linnéa Hedqvist
P full Otto Rautiainen
> March 4, 2041 at 8:05 AM GMT+1
F date March 4, 2041
F time 8:05 AM GMT+1
> A Saimaa Pankki branch in Lappeenranta, Finland. Photographer: Anni Koskinen-Blom/Bloomberg
O company Saimaa Pankki
L city Lappeenranta
L country Finland
P full Anni Koskinen-Blom
O media Bloomberg
> (Bloomberg) -- Norrlands Sparbank AB agreed to buy Finland’s Saimaa Pankki Oyj for 48.3 billion kronor ($4.6 billion) in stock and cash, creating the fourth-largest lender in the Nordic region by assets.
O media Bloomberg
O company Norrlands Sparbank AB
L country Finland
O company Saimaa Pankki Oyj
F money 48.3 billion kronor
F money $4.6 billion
> Shareholders of the Lappeenranta-based bank will receive 0.82 new Norrlands share and €2.10 in cash for each Saimaa share, the Umeå, Sweden-based lender said in a statement on Tuesday. The offer is a premium of 31% to Saimaa’s closing price on Monday.
L city Lappeenranta
F number 0.82
O company Norrlands
F money €2.10
O company Saimaa
L city Umeå
L country Sweden
F percent 31%
O company Saimaa
> “Scale is no longer optional for a regional bank,” Chief Executive Officer Henrik Åström said in an interview with Bloomberg Television. “Digital spending, anti-money-laundering controls, capital rules – all of it costs the same whether you have 2 million customers or 10 million.
Q direct Henrik Åström :: “Scale is no longer optional for a regional bank,”
P full Henrik Åström
O media Bloomberg Television
Q direct Henrik Åström :: “Digital spending, anti-money-laundering controls, capital rules – all of it costs the same whether you have 2 million customers or 10 million.
F number 2 million
F number 10 million
> “Together we can spend that money once instead of twice.”
Q direct Henrik Åström :: “Together we can spend that money once instead of twice.”
> The combined bank will have about 3.1 million customers and 1.9 trillion kronor (€168 billion) in assets. Norrlands expects annual cost savings of 2.3 billion kronor by 2043, partly by cutting 1,200 of its 9,400 jobs and closing 85 branches, Åström said.
F number 3.1 million
F money 1.9 trillion kronor
F money €168 billion
O company Norrlands
F money 2.3 billion kronor
F date 2043
F number 1,200
F number 9,400
F number 85
P partial Åström
> Saimaa Chief Executive Päivi Kärkkäinen will become deputy CEO of the group, which will keep its headquarters in Umeå and list its shares on Nasdaq Stockholm and Nasdaq Helsinki. Saimaa’s board “unanimously recommends” the offer, the Finnish bank said.
O company Saimaa
P full Päivi Kärkkäinen
L city Umeå
O company Nasdaq Stockholm
O company Nasdaq Helsinki
O company Saimaa
Q direct Saimaa Pankki Oyj :: “unanimously recommends”
> Norrlands shares fell as much as 6.8% in Stockholm trading, while Saimaa jumped 24% in Helsinki, the most since 2031.
O company Norrlands
F percent 6.8%
L city Stockholm
O company Saimaa
F percent 24%
L city Helsinki
F date 2031
> The deal needs approval from Sweden’s Finansinspektionen, the Finnish Financial Supervisory Authority and the European Central Bank, and is expected to close in the first quarter of 2042. Holders of at least two-thirds of Saimaa’s shares must accept the offer, which runs for 10 weeks.
L country Sweden
O government Finansinspektionen
O government Finnish Financial Supervisory Authority
O intergovernmental European Central Bank
F date 2042
F fraction two-thirds
O company Saimaa
F duration 10 weeks
> The deal follows a wave of consolidation among Nordic lenders. Norrlands, founded as a savings bank in 1847, has about 1.7 million customers, mostly in northern Sweden, while Saimaa has 1.4 million, mostly in eastern Finland. Both have lagged larger rivals in mobile banking, according to data compiled by Bloomberg.
O company Norrlands
F date 1847
F number 1.7 million
L country Sweden
O company Saimaa
F number 1.4 million
L country Finland
O media Bloomberg
> Smaller Nordic lenders have been squeezed by stalling mortgage demand and by a so-called “compliance tax” of rising regulatory costs.
Q scare - :: “compliance tax”
> “The price is full, but not crazy,” said Maja Lindfors-Ek, an analyst at Bloomberg Intelligence. She estimated the savings at about 14% of the combined cost base and said Norrlands faced “a tough year of integration” in 2042.
Q direct Maja Lindfors-Ek :: “The price is full, but not crazy,”
P full Maja Lindfors-Ek
O company Bloomberg Intelligence
F percent 14%
O company Norrlands
Q direct Maja Lindfors-Ek :: “a tough year of integration”
F date 2042
> Åström, 52, said Norrlands had first approached Saimaa in late 2040, after talks with a Danish lender broke down. He declined to name it.
P partial Åström
F age 52
O company Norrlands
O company Saimaa
F date 2040
> --With assistance from Kasper Nygaard
P full Kasper Nygaard
'''

ARTICLES['1187-grand-rapids-dam-licence-manitoba-hydro-misipawistik-winnipeg-free-press'] = r'''
> Local
> Province grants Hydro 50-year licence for Grand Rapids station
O company Hydro
F duration 50-year
L facility Grand Rapids
> Misipawistik Cree Nation says deal ignores six decades of flooding, vows court challenge
O government Misipawistik Cree Nation
F duration six decades
> By: Colin Letourneau
P full Colin Letourneau
> Posted: 6:15 PM CDT Thursday, Aug. 9, 2040
F time 6:15 PM CDT
F date Aug. 9, 2040
> The Grand Rapids Generating Station on the Saskatchewan River, about 400 kilometres north of Winnipeg. (Mikaela Beardy / Free Press files)
L facility Grand Rapids Generating Station
L geo Saskatchewan River
F quantity 400 kilometres
L city Winnipeg
P full Mikaela Beardy
O media Free Press
> The province has issued Manitoba Hydro a final 50-year licence to keep running the Grand Rapids Generating Station, the 479-megawatt dam that has held back Cedar Lake since 1968, ending a review that began in 2031.
O company Manitoba Hydro
F duration 50-year
L facility Grand Rapids Generating Station
F quantity 479-megawatt
L geo Cedar Lake
F date 1968
F date 2031
> Natural Resources Minister Denise Arcand-Whitford announced the licence under the Water Power Act at the legislature on Thursday, calling it “a fair balance between clean power and the people who live with the river.”
P full Denise Arcand-Whitford
Q direct Denise Arcand-Whitford :: “a fair balance between clean power and the people who live with the river.”
> Grand Rapids was Hydro’s first big northern station and opened the way for the larger Nelson River dams of the 1970s. Arcand-Whitford said the new licence would be reviewed every 10 years.
L facility Grand Rapids
O company Hydro
L geo Nelson River
F date 1970s
P partial Arcand-Whitford
F duration 10 years
> The licence caps the level of Cedar Lake at 257.3 metres above sea level and requires Hydro to pay $4.2 million a year into a shoreline erosion fund, up 180 per cent from the $1.5 million it paid under interim terms.
L geo Cedar Lake
F quantity 257.3 metres
O company Hydro
F money $4.2 million
F percent 180 per cent
F money $1.5 million
> Misipawistik Cree Nation Chief Raymond Nepinak-Cook said the province had ignored what the dam did to his community. “They flooded our traplines, our graveyards and our sturgeon, and now they tell us it is settled for another 50 years,” he said. “We were never asked in 1960 and we were barely asked this time.
O government Misipawistik Cree Nation
P full Raymond Nepinak-Cook
Q direct Raymond Nepinak-Cook :: “They flooded our traplines, our graveyards and our sturgeon, and now they tell us it is settled for another 50 years,”
F duration 50 years
Q direct Raymond Nepinak-Cook :: “We were never asked in 1960 and we were barely asked this time.
F date 1960
> “We will see the province in court.”
Q direct Raymond Nepinak-Cook :: “We will see the province in court.”
> The First Nation, at the mouth of the Saskatchewan River, has about 2,000 members. Its lawyers filed notice on Thursday that it would seek a judicial review in the Court of King’s Bench.
L geo Saskatchewan River
F number 2,000
O government Court of King’s Bench
> Chemawawin Cree Nation, whose members were moved to Easterville when the reservoir was filled, said it would study the licence before deciding whether to join the challenge. Commercial fishers from Grand Rapids to The Pas have complained for decades about silt and falling catches.
O government Chemawawin Cree Nation
L city Easterville
L city Grand Rapids
L city The Pas
> Hydro said the station produces about 1,500 gigawatt-hours a year, enough for some 140,000 homes, and that the licence gives it “the certainty we need to reinvest in the plant.” A spokesperson said a $310-million overhaul of its four turbines would start in 2042 and take six years.
O company Hydro
F quantity 1,500 gigawatt-hours
F number 140,000
Q direct Manitoba Hydro :: “the certainty we need to reinvest in the plant.”
F money $310-million
F number four
F date 2042
F duration six years
> The Progressive Conservatives called the bigger erosion payment “another hidden tax on ratepayers.” Their Hydro critic, Brandon Zelinski, said half that amount would have been enough.
O party Progressive Conservatives
Q direct Progressive Conservatives :: “another hidden tax on ratepayers.”
O company Hydro
P full Brandon Zelinski
F fraction half
> A senior provincial official, who was not authorized to speak publicly, said the province had offered Misipawistik a $36-million settlement in March that the band turned down. “The door is still open,” the official said.
O government Misipawistik
F money $36-million
Q direct - :: “The door is still open,”
> Cedar Lake has risen about 3.5 metres since the dam was built, flooding roughly 1,200 square kilometres, according to a 2037 study by the University of Manitoba.
L geo Cedar Lake
F quantity 3.5 metres
F quantity 1,200 square kilometres
F date 2037
O education University of Manitoba
'''

ARTICLES['1188-trostre-tinplate-job-cuts-llanelli-community-union-senedd-walesonline'] = r'''
> News
> 'It feels like the end of Trostre': 480 jobs to go at Llanelli tinplate works
Q direct Gareth Lewis-Hughes :: 'It feels like the end of Trostre'
L facility Trostre
F number 480
L city Llanelli
> Owner Celtic Tinplate says weak demand and cheap imports have made the mill's older line unviable
O company Celtic Tinplate
> Eleri Prys-Jenkins, Business Correspondent
P full Eleri Prys-Jenkins
> 06:00, 12 JUN 2040
F time 06:00
F date 12 JUN 2040
> The Trostre works on the eastern edge of Llanelli (Image: Gethin Morgan-Rees)
L facility Trostre
L city Llanelli
P full Gethin Morgan-Rees
> Around 480 jobs are to go at the Trostre tinplate works in Llanelli after its owner said it would shut one of its two tinning lines by the end of March 2041.
F number 480
L facility Trostre
L city Llanelli
F number two
F date March 2041
> Celtic Tinplate Ltd, which took over the site in 2034, told staff at a meeting at 7am on Tuesday that the older line had lost £38m over the last two years as orders from food and drink can makers fell by a third.
O company Celtic Tinplate Ltd
F date 2034
F time 7am
F money £38m
F duration two years
F fraction a third
> The firm said it would start a 45-day consultation with the unions and hoped most of the cuts could be made through voluntary redundancy. About 1,050 people will still work at the site, which has made tinplate for cans since the 1950s.
F duration 45-day
F number 1,050
F date 1950s
> Community union officer Dafydd ap Rhys said the news had "ripped the heart out" of the workforce. "These are skilled jobs paying £42,000 a year, in a town that cannot afford to lose a single one," he said. "Llanelli has been here before, and we know what happens to a town when the works go quiet.
O nonprofit Community
P full Dafydd ap Rhys
Q direct Dafydd ap Rhys :: "ripped the heart out"
Q direct Dafydd ap Rhys :: "These are skilled jobs paying £42,000 a year, in a town that cannot afford to lose a single one,"
F money £42,000
Q direct Dafydd ap Rhys :: "Llanelli has been here before, and we know what happens to a town when the works go quiet.
L city Llanelli
> "We will fight for every one of these jobs."
Q direct Dafydd ap Rhys :: "We will fight for every one of these jobs."
> The GMB and Unite unions said they would meet the company on Friday and did not rule out industrial action.
O nonprofit GMB
O nonprofit Unite
> Many of the workers live in the villages around the town, in Pwll, Five Roads, Trimsaran and Burry Port. Crane driver Gareth Lewis-Hughes, 47, from Five Roads, has worked at Trostre for 26 years. "My father worked here, and when I started he told me, 'Keep your head down and you'll have a job for life.' I believed him. Now it feels like the end of Trostre," he said.
L city Pwll
L city Five Roads
L city Trimsaran
L city Burry Port
P full Gareth Lewis-Hughes
F age 47
L city Five Roads
L facility Trostre
F duration 26 years
Q direct Gareth Lewis-Hughes :: "My father worked here, and when I started he told me, 'Keep your head down and you'll have a job for life.' I believed him. Now it feels like the end of Trostre,"
L facility Trostre
> In a statement, Celtic Tinplate said the decision was "painful but necessary" and blamed "a flood of subsidised imports" from Asia. A company spokesperson, who did not want to be named, said the newer line would get £14.5m of investment. "Nobody is talking about closing Trostre," the spokesperson said.
O company Celtic Tinplate
Q direct Celtic Tinplate Ltd :: "painful but necessary"
Q direct Celtic Tinplate Ltd :: "a flood of subsidised imports"
L continent Asia
F money £14.5m
Q direct - :: "Nobody is talking about closing Trostre,"
L facility Trostre
> The Welsh Government's Economy Secretary, Cerys Vaughan-Jones, said ministers in Cardiff Bay would "do everything we can" for the workers and that a £5m support package was ready.
O government Welsh Government
P full Cerys Vaughan-Jones
L city Cardiff Bay
Q direct Cerys Vaughan-Jones :: "do everything we can"
F money £5m
> Plaid Cymru's Senedd member for the area, Nia Tudur, said the UK Government had "once again left Welsh steel to fend for itself" and called for an urgent statement in the Senedd next week.
O party Plaid Cymru
O government Senedd
P full Nia Tudur
O government UK Government
Q direct Nia Tudur :: "once again left Welsh steel to fend for itself"
O government Senedd
> Tinplate from Trostre goes into around 60% of the food cans made in the UK, according to the Metal Packaging Manufacturers Association.
L facility Trostre
F percent 60%
L country UK
O nonprofit Metal Packaging Manufacturers Association
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
