#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval160 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval160/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1003-avoniel-bonfire-site-fence-belfast-city-council-vote-bbc-news-ni'] = r'''
> Northern Ireland
L region Northern Ireland
> Avoniel bonfire: Councillors vote to fence off leisure centre site
L facility Avoniel
> Belfast City Council has voted by 31 votes to 27 to fence off the car park at Avoniel Leisure Centre, where a bonfire has been built every July for more than 20 years
O government Belfast City Council
F number 31
F number 27
L facility Avoniel Leisure Centre
F duration 20 years
> Órla Nic Giolla Phádraig
P full Órla Nic Giolla Phádraig
> BBC News NI
O media BBC News NI
> Published 4 June 2040
F date 4 June 2040
> Image source, Pacemaker
O media Pacemaker
> Image caption, The bonfire on the Avoniel site in July 2039 stood about 30m (98ft) tall
L facility Avoniel
F date July 2039
F quantity 30m
F quantity 98ft
> Councillors in Belfast have voted to put up a permanent fence around a council-owned site in the east of the city where one of Northern Ireland’s largest bonfires is built each year.
L city Belfast
L region Northern Ireland
> The motion, brought by Alliance, was passed by 31 votes to 27 on Monday night after a debate that lasted almost three hours.
O party Alliance
F number 31
F number 27
F duration three hours
> Sinn Féin, Alliance and the SDLP supported it, while the DUP, the UUP and the TUV voted against. The Green Party abstained.
O party Sinn Féin
O party Alliance
O party SDLP
O party DUP
O party UUP
O party TUV
O party Green Party
> Alliance councillor Róisín McIlwaine-Doherty said the council had spent “£186,000 in the last three years alone” clearing tyres and repairing the car park after each Eleventh Night.
P full Róisín McIlwaine-Doherty
Q direct Róisín McIlwaine-Doherty :: “£186,000 in the last three years alone”
F money £186,000
F duration three years
> “This is not about culture, and it is not about any community,” she said. “It is about a 30-metre pile of pallets beside a leisure centre that families use every day.
Q direct Róisín McIlwaine-Doherty :: “This is not about culture, and it is not about any community,”
Q direct Róisín McIlwaine-Doherty :: “It is about a 30-metre pile of pallets beside a leisure centre that families use every day.
F quantity 30-metre
> “Last year the fire service had to hose down the pool building for six hours. We cannot keep doing that.”
Q direct Róisín McIlwaine-Doherty :: “Last year the fire service had to hose down the pool building for six hours. We cannot keep doing that.”
F duration six hours
> DUP councillor Trevor Gilliland-Boyd said the fence was “a provocation” that would “heighten tensions, not lower them” in the run-up to the Twelfth.
P full Trevor Gilliland-Boyd
Q direct Trevor Gilliland-Boyd :: “a provocation”
Q direct Trevor Gilliland-Boyd :: “heighten tensions, not lower them”
> He told the chamber: “The bonfire builders I have spoken to will not be fenced out of their own district. They will simply move to the Connswater greenway, and that is a worse site for everybody.”
Q direct Trevor Gilliland-Boyd :: “The bonfire builders I have spoken to will not be fenced out of their own district. They will simply move to the Connswater greenway, and that is a worse site for everybody.”
L geo Connswater
> Pádraig Ó Dubhghaill, who leads the Sinn Féin group on the council, said his party had backed the motion “on safety grounds”, pointing to homes on Avoniel Road that sit 40 metres from the base of the pyre.
P full Pádraig Ó Dubhghaill
O party Sinn Féin
Q direct Pádraig Ó Dubhghaill :: “on safety grounds”
L street Avoniel Road
F quantity 40 metres
> The Police Service of Northern Ireland (PSNI) said it would “support the council’s decision” and work with “all partners” to keep the site safe. Ch Supt Alanna Fyffe-Kerr said officers would be present when contractors arrive, expected in the week beginning 15 June.
O government Police Service of Northern Ireland
O government PSNI
Q direct Police Service of Northern Ireland :: “support the council’s decision”
Q direct Police Service of Northern Ireland :: “all partners”
P full Alanna Fyffe-Kerr
F date 15 June
> Council officers estimate that the fence, 2.4m (8ft) high and 410m long, will cost £142,000 to install, with a further £9,500 a year for maintenance.
F quantity 2.4m
F quantity 8ft
F quantity 410m
F money £142,000
F money £9,500
> Sharon Whiteside, 58, who lives on Avoniel Road, said her front windows had cracked in the heat twice in three years. “I’m not against anybody’s tradition,” she said. “I just want to sleep on the 11th without a garden hose beside the bed.”
P full Sharon Whiteside
F age 58
L street Avoniel Road
F duration three years
Q direct Sharon Whiteside :: “I’m not against anybody’s tradition,”
Q direct Sharon Whiteside :: “I just want to sleep on the 11th without a garden hose beside the bed.”
> A man who said he had helped build the bonfire for 15 years, and who did not want to be named, told BBC News NI that the fence – already nicknamed “the Wall” by some of the builders – would be “down by the first week of July”.
F duration 15 years
O media BBC News NI
Q scare - :: “the Wall”
Q direct - :: “down by the first week of July”
> Bonfires are lit across Northern Ireland on 11 July, the eve of the Twelfth, when members of the Orange Order mark the anniversary of the Battle of the Boyne in 1690.
L region Northern Ireland
F date 11 July
O nonprofit Orange Order
F date 1690
> The Northern Ireland Fire and Rescue Service (NIFRS) said crews attended 84 bonfire-related incidents on the night of 11 July 2039, up from 71 the year before.
O government Northern Ireland Fire and Rescue Service
O government NIFRS
F number 84
F date 11 July 2039
F number 71
'''

ARTICLES['1004-ibb-sehir-hatlari-bostanci-karakoy-express-ferry-route-istanbul-hurriyet-daily-news'] = r'''
> TÜRKİYE
L country TÜRKİYE
> Istanbul to launch express ferry between Bostancı and Karaköy, cutting trip to 35 minutes
L city Istanbul
L city Bostancı
L city Karaköy
F duration 35 minutes
> ISTANBUL
L city ISTANBUL
> April 17 2040
F date April 17 2040
> Passengers board a Şehir Hatları ferry at the Kadıköy pier. AA Photo
O company Şehir Hatları
L city Kadıköy
O media AA
> The Istanbul Metropolitan Municipality (İBB) will launch an express ferry route between Bostancı on the Asian side and Karaköy on the European side on June 1, cutting the journey time from 70 minutes to 35, the municipality's ferry operator Şehir Hatları announced on April 16.
O government Istanbul Metropolitan Municipality
O government İBB
L city Bostancı
L city Karaköy
F date June 1
F duration 70 minutes
F duration 35
O company Şehir Hatları
F date April 16
> The service, which İBB is marketing as the "Deniz Ekspres," will use two 450-passenger catamarans built at the Tuzla shipyards for 640 million liras ($14.6 million). The boats will make 12 round trips a day on weekdays and eight at weekends, stopping only at Kadıköy.
O government İBB
Q scare - :: "Deniz Ekspres,"
F number two
F number 450
L city Tuzla
F money 640 million liras
F money $14.6 million
F number 12
F number eight
L city Kadıköy
> "Bostancı to Karaköy is a 90-minute ordeal by road at rush hour, and on some days two hours. By sea we can do it in 35 minutes, in a seat, with tea," said Gülsüm Yıldırım-Aksoy, the head of İBB's Transport Department.
Q direct Gülsüm Yıldırım-Aksoy :: "Bostancı to Karaköy is a 90-minute ordeal by road at rush hour, and on some days two hours. By sea we can do it in 35 minutes, in a seat, with tea,"
L city Bostancı
L city Karaköy
F duration 90-minute
F duration two hours
F duration 35 minutes
P full Gülsüm Yıldırım-Aksoy
O government İBB
O government Transport Department
> She said a single fare would cost 48 liras with an İstanbulkart, 12 liras more than the slower Kadıköy-Karaköy boat, and that students and passengers aged 65 or older would pay half.
F money 48 liras
F money 12 liras
L city Kadıköy
L city Karaköy
F age 65
F fraction half
> "We expect 9,000 passengers a day in the first year. If we reach 12,000, we will add a third boat," Yıldırım-Aksoy added.
Q direct Gülsüm Yıldırım-Aksoy :: "We expect 9,000 passengers a day in the first year. If we reach 12,000, we will add a third boat,"
F number 9,000
F number 12,000
P partial Yıldırım-Aksoy
> Commuter Elif Şahin-Doğru, 34, who drives from Bostancı to an office in Karaköy, said she spends "three hours a day in traffic, sometimes more." "If the boat really takes 35 minutes, I will sell my car on June 2," she said.
P full Elif Şahin-Doğru
F age 34
L city Bostancı
L city Karaköy
Q direct Elif Şahin-Doğru :: "three hours a day in traffic, sometimes more."
F duration three hours
Q direct Elif Şahin-Doğru :: "If the boat really takes 35 minutes, I will sell my car on June 2,"
F duration 35 minutes
F date June 2
> Şehir Hatları carried 41.3 million passengers in 2039, up 6.8 percent from the previous year, according to İBB figures. Ferries carry about 3 percent of the city's daily commuters, compared with 18 percent for the rail network of Metro Istanbul, another municipal company.
O company Şehir Hatları
F number 41.3 million
F date 2039
F percent 6.8 percent
O government İBB
F percent 3 percent
F percent 18 percent
O company Metro Istanbul
> The Seafarers' Union of Türkiye welcomed the route but said in a written statement that the operator was "running on exhausted crews" and needed at least 140 more captains and engineers before the summer.
O nonprofit Seafarers' Union of Türkiye
Q direct Seafarers' Union of Türkiye :: "running on exhausted crews"
F number 140
> A Şehir Hatları captain with 22 years on the Bosphorus, who asked not to be named because he is not authorized to speak to the press, was blunter. "Management keeps telling us 'the timetable is sacred.' But in a strong poyraz nobody crosses from Bostancı in 35 minutes, not with 450 people on board," he said.
O company Şehir Hatları
F duration 22 years
L geo Bosphorus
Q direct - :: "Management keeps telling us 'the timetable is sacred.' But in a strong poyraz nobody crosses from Bostancı in 35 minutes, not with 450 people on board,"
L city Bostancı
F duration 35 minutes
F number 450
> The AKP group in the municipal assembly voted against the catamaran purchase in November 2038. Its deputy chair, Hüseyin Karaağaçlı, said on April 16 that the route was "a showpiece for the summer" and that the Bostancı pier, built in 1987, could not handle two extra boats an hour.
O party AKP
F date November 2038
P full Hüseyin Karaağaçlı
F date April 16
Q direct Hüseyin Karaağaçlı :: "a showpiece for the summer"
L city Bostancı
F date 1987
F number two
> Tickets for the first sailing, at 7:10 a.m. on June 1, go on sale on May 25.
F time 7:10 a.m.
F date June 1
F date May 25
'''

ARTICLES['1005-ohalloran-wins-australian-pga-royal-queensland-final-round-fujisaki-sydney-morning-herald'] = r'''
> Golf
> O’Halloran eagles the 11th and closes with 66 to win Australian PGA by two
P partial O’Halloran
F score 66
F number two
> Brisbane-born Declan O’Halloran came from a shot back to beat Japan’s Kaito Fujisaki at Royal Queensland and collect $360,000, the biggest cheque of his nine-year career.
L city Brisbane
P full Declan O’Halloran
L country Japan
P full Kaito Fujisaki
L facility Royal Queensland
F money $360,000
F duration nine-year
> By Hamish Lindqvist
P full Hamish Lindqvist
> December 2, 2040 — 6.47pm
F date December 2, 2040
F time 6.47pm
> Declan O’Halloran celebrates his eagle at the 11th hole at Royal Queensland on Sunday. Credit: Getty Images
P full Declan O’Halloran
L facility Royal Queensland
O media Getty Images
> Declan O’Halloran had waited nine years and 214 starts for this. When his 4-metre birdie putt dropped on the 18th green at Royal Queensland on Sunday, the 31-year-old from Wynnum finished on 19-under-par 269, two shots clear of Fujisaki.
P full Declan O’Halloran
F duration nine years
F number 214
F quantity 4-metre
L facility Royal Queensland
F age 31-year-old
L city Wynnum
F score 19-under-par
F score 269
F number two
P partial Fujisaki
> O’Halloran, who started the day one shot behind overnight leader Pieter van der Walt, closed with a six-under 66 that included an eagle at the par-five 11th, where he hit a 3-wood to 2 metres.
P partial O’Halloran
F number one
P full Pieter van der Walt
F score six-under
F score 66
F score par-five
F quantity 2 metres
> “I’ve stood on that 11th tee since I was 12, dreaming about getting there in two,” O’Halloran said. “Today the wind finally let me.”
Q direct Declan O’Halloran :: “I’ve stood on that 11th tee since I was 12, dreaming about getting there in two,”
F age 12
F number two
P partial O’Halloran
Q direct Declan O’Halloran :: “Today the wind finally let me.”
> Van der Walt, the 22-year-old from Stellenbosch who held a one-shot lead after 54 holes, could manage only a two-under 70 and finished third on 16 under, a shot behind Fujisaki, who fired a 67.
P partial Van der Walt
F age 22-year-old
L city Stellenbosch
F number one
F number 54
F score two-under
F score 70
F score 16 under
P partial Fujisaki
F score 67
> Fujisaki, 27, had drawn level at 17 under with a chip-in eagle at the par-five 15th, but parred in from there.
P partial Fujisaki
F age 27
F score 17 under
F score par-five
> “The putter was hot on the front nine, but Declan just didn’t give anybody a chance on the back nine,” said Fujisaki, who earned $216,000 and a DP World Tour card for next season.
Q direct Kaito Fujisaki :: “The putter was hot on the front nine, but Declan just didn’t give anybody a chance on the back nine,”
P partial Declan
P partial Fujisaki
F money $216,000
O other DP World Tour
> “I hit 16 greens and made two putts longer than a metre. That’s golf,” Van der Walt said.
Q direct Pieter van der Walt :: “I hit 16 greens and made two putts longer than a metre. That’s golf,”
F number 16
F number two
P partial Van der Walt
> Winds gusting to 35km/h swept in off the Brisbane River through the afternoon, and only 11 players in the 71-man field broke 70.
F quantity 35km/h
L geo Brisbane River
F number 11
F number 71
F score 70
> O’Halloran’s round turned at the par-four seventh, where he holed a 14-metre chip for birdie after pulling his approach into the trees. He added birdies at 8 and 10 before the eagle, then made a bogey at 13 before birdies at 16 and 18.
P partial O’Halloran
F score par-four
F quantity 14-metre
> Australian Cam Roebuck-Tait, 19, was the leading amateur in a tie for 14th at eight under, his best finish in five professional starts.
P full Cam Roebuck-Tait
F age 19
F score eight under
F number five
> His caddie and older brother, Fergus O’Halloran, said the family had driven down from Wynnum before 5am. “Mum walked every hole. She’s 67 and she walked 18 holes in that wind,” he said.
P full Fergus O’Halloran
L city Wynnum
F time 5am
Q direct Fergus O’Halloran :: “Mum walked every hole. She’s 67 and she walked 18 holes in that wind,”
F age 67
F number 18
> The PGA of Australia said crowds over the four days reached 61,400, a record for the championship at Royal Queensland, and that the purse would rise to $2.5 million in 2041.
O nonprofit PGA of Australia
F duration four days
F number 61,400
L facility Royal Queensland
F money $2.5 million
F date 2041
> O’Halloran rises to No. 48 in the world rankings and will defend his title at the same course from November 29 to December 2 next year.
P partial O’Halloran
F date November 29
F date December 2
'''

ARTICLES['1006-konkan-agro-cold-chain-ipo-subscribed-46-times-anchor-investors-sebi-economic-times'] = r'''
> Markets
> Konkan Agro Cold Chain IPO Subscribed 46 Times on Final Day; QIB Portion Booked 112 Times
O company Konkan Agro Cold Chain
F number 46
F number 112
> Synopsis
> The Rs 1,248 crore issue, priced in a band of Rs 412-434 per share, drew bids worth over Rs 41,000 crore. The Ratnagiri-based company had raised Rs 374 crore from 29 anchor investors a day before the issue opened.
F money Rs 1,248 crore
F money Rs 412-434
F money Rs 41,000 crore
L city Ratnagiri
F money Rs 374 crore
F number 29
> By Aditi Venkataraman-Shah, ET Bureau
P full Aditi Venkataraman-Shah
O media ET Bureau
> Last Updated: Mar 8, 2040, 07:52:00 PM IST
F date Mar 8, 2040
F time 07:52:00 PM IST
> (Representative image)
> Mumbai: The initial public offering of Konkan Agro Cold Chain Ltd was subscribed 46.3 times on Friday, the last day of bidding, as institutional investors piled into one of the few food-logistics listings this year, data from the stock exchanges showed.
L city Mumbai
O company Konkan Agro Cold Chain Ltd
F number 46.3
> The issue received bids for 1,31,40,72,340 shares against 2,83,81,620 on offer. The portion reserved for qualified institutional buyers (QIBs) was booked 112.4 times, the non-institutional investors' quota 61.8 times and the retail portion 9.7 times. The employee quota was subscribed 4.2 times.
F number 1,31,40,72,340
F number 2,83,81,620
F number 112.4
F number 61.8
F number 9.7
F number 4.2
> Retail investors could bid for a minimum of 34 shares, or Rs 14,756 at the upper end of the band.
F number 34
F money Rs 14,756
> Konkan Agro, which runs 38 temperature-controlled warehouses with a combined capacity of 2.1 lakh tonnes across Maharashtra, Goa and Karnataka, plans to use Rs 780 crore of the proceeds to build 14 more, including a 40,000-tonne hub at Jawaharlal Nehru Port.
O company Konkan Agro
F number 38
F quantity 2.1 lakh tonnes
L region Maharashtra
L region Goa
L region Karnataka
F money Rs 780 crore
F number 14
F quantity 40,000-tonne
L facility Jawaharlal Nehru Port
> On Tuesday, the company allotted 86,17,511 shares at Rs 434 apiece to 29 anchor investors, including SBI Mutual Fund, Nomura and the Government of Singapore.
F number 86,17,511
F money Rs 434
F number 29
O company SBI Mutual Fund
O company Nomura
O government Government of Singapore
> "The response tells us investors understand that India wastes nearly a fifth of its fruit and vegetables for want of cold storage," managing director Raghunath Desai-Kamat told ET. "We are not a warehouse company. We are a food company that happens to own very cold rooms."
Q direct Raghunath Desai-Kamat :: "The response tells us investors understand that India wastes nearly a fifth of its fruit and vegetables for want of cold storage,"
L country India
F fraction a fifth
P full Raghunath Desai-Kamat
O media ET
Q direct Raghunath Desai-Kamat :: "We are not a warehouse company. We are a food company that happens to own very cold rooms."
> In the unlisted market, the shares were quoted at a premium of Rs 96, or about 22%, over the upper end of the price band, dealers said.
F money Rs 96
F percent 22%
> "At 38 times FY40 earnings, the issue is not cheap, and the 'cold chain story' is already priced in," said Vishal Menon-Bhatia, head of research at Deccan Ridge Securities. He advised investors who got an allotment to "hold for the long term" but not to chase the stock on listing day.
Q direct Vishal Menon-Bhatia :: "At 38 times FY40 earnings, the issue is not cheap, and the 'cold chain story' is already priced in,"
F number 38
F date FY40
P full Vishal Menon-Bhatia
O company Deccan Ridge Securities
Q direct Vishal Menon-Bhatia :: "hold for the long term"
> The Securities and Exchange Board of India (Sebi) cleared the draft red herring prospectus in November 2039. Shares are expected to be allotted on March 11 and to list on the BSE and NSE on March 13.
O government Securities and Exchange Board of India
O government Sebi
F date November 2039
F date March 11
O company BSE
O company NSE
F date March 13
> After the issue, the Desai-Kamat family's stake will fall to 58.6% from 74.1%. Private equity investor Tanager Capital, which put Rs 210 crore into the company in 2035, is selling shares worth Rs 468 crore through the offer for sale.
P partial Desai-Kamat
F percent 58.6%
F percent 74.1%
O company Tanager Capital
F money Rs 210 crore
F date 2035
F money Rs 468 crore
> For the year ended March 2039, Konkan Agro reported a net profit of Rs 61.4 crore on revenue of Rs 918 crore, up 27% year-on-year. Kotak Mahindra Capital and Axis Capital are the book-running lead managers.
F date March 2039
O company Konkan Agro
F money Rs 61.4 crore
F money Rs 918 crore
F percent 27%
O company Kotak Mahindra Capital
O company Axis Capital
'''

ARTICLES['1007-christchurch-earthquake-prone-buildings-deadline-owners-lyttelton-rnz'] = r'''
> New Zealand
L country New Zealand
> Christchurch owners of 212 quake-prone buildings face July deadline
L city Christchurch
F number 212
> Owners who miss the 1 July 2040 deadline to strengthen or demolish could be fined up to $200,000, and the council says about a third have not yet lodged plans.
F date 1 July 2040
F money $200,000
F fraction a third
> Tamsin Wharerau-Kells, Canterbury reporter
P full Tamsin Wharerau-Kells
L region Canterbury
> 5:41 pm on 14 March 2040
F time 5:41 pm
F date 14 March 2040
> A brick building on Colombo Street in Sydenham that has been assessed at 15 percent of the New Building Standard. Photo: RNZ / Tamsin Wharerau-Kells
L street Colombo Street
L city Sydenham
F percent 15 percent
O media RNZ
P full Tamsin Wharerau-Kells
> Christchurch City Council says 212 buildings in the city remain on its earthquake-prone register with less than four months to go before owners must either strengthen or demolish them.
O government Christchurch City Council
F number 212
F duration four months
> Under the Building Act, buildings assessed at less than 34 percent of the New Building Standard (NBS) are classed as earthquake-prone. In high-risk areas such as Christchurch, owners were given 15 years from the date of their notice to fix them, and most notices in the city went out in mid-2025.
F percent 34 percent
L city Christchurch
F duration 15 years
F date 2025
> The council’s head of building consenting, Anaru Tipene-Reeves, said 71 owners had not told the council what they intended to do. “Some of these are people who own one building, often a heritage one, and they are frightened by the numbers,” he said. “We understand that. But the deadline is in law and we can’t move it.”
P full Anaru Tipene-Reeves
F number 71
Q direct Anaru Tipene-Reeves :: “Some of these are people who own one building, often a heritage one, and they are frightened by the numbers,”
F number one
Q direct Anaru Tipene-Reeves :: “We understand that. But the deadline is in law and we can’t move it.”
> Engineers’ estimates seen by RNZ put the cost of strengthening a typical two-storey unreinforced masonry building at $1800 to $2600 a square metre – what some owners have dubbed the “quake tax” – or between $900,000 and $1.3m for a 500-square-metre shop with a flat above.
O media RNZ
F number two
F money $1800
F money $2600
Q scare - :: “quake tax”
F money $900,000
F money $1.3m
F quantity 500-square-metre
> Ngaire Holloway-Finch owns a two-storey building from 1912 on Lincoln Road in Addington, rated at 22 percent. She has a quote of $1.1m to bring it to 67 percent, the level banks want before they will lend against it.
P full Ngaire Holloway-Finch
F number two
F date 1912
L street Lincoln Road
L city Addington
F percent 22 percent
F money $1.1m
F percent 67 percent
> “The rent from the two flats upstairs is $840 a week. That doesn’t go near a $1.1m loan,” she said. “So either I sell it for the land, or I knock it down and we lose another corner of old Christchurch.”
Q direct Ngaire Holloway-Finch :: “The rent from the two flats upstairs is $840 a week. That doesn’t go near a $1.1m loan,”
F number two
F money $840
F money $1.1m
Q direct Ngaire Holloway-Finch :: “So either I sell it for the land, or I knock it down and we lose another corner of old Christchurch.”
L city Christchurch
> The Ministry of Business, Innovation and Employment (MBIE) said in a statement that extensions were available only for heritage buildings listed by Heritage New Zealand Pouhere Taonga, and then only for up to 10 years.
O government Ministry of Business, Innovation and Employment
O government MBIE
O government Heritage New Zealand Pouhere Taonga
F duration 10 years
> Of the 212 buildings on the register, 38 are in the central city, 54 in Sydenham and Addington and 27 in Lyttelton, where 11 buildings on the port town’s main street are still awaiting work.
F number 212
F number 38
F number 54
L city Sydenham
L city Addington
F number 27
L city Lyttelton
F number 11
> Banks Peninsula ward councillor Hemi Rowlands-Tuiasosopo said Lyttelton’s owners needed “more than a letter and a fine”. “Half the shops on London Street are on that list,” he said.
L region Banks Peninsula
P full Hemi Rowlands-Tuiasosopo
L city Lyttelton
Q direct Hemi Rowlands-Tuiasosopo :: “more than a letter and a fine”
Q direct Hemi Rowlands-Tuiasosopo :: “Half the shops on London Street are on that list,”
F fraction Half
L street London Street
> The council can carry out the work itself and recover the cost from owners who miss the deadline. It will hold a drop-in session for owners at the Tūranga central library on 2 April from 4pm to 7pm.
L facility Tūranga
F date 2 April
F time 4pm
F time 7pm
'''

ARTICLES['1008-dry-harbour-minerals-bauxite-plant-closure-lydford-st-ann-bitu-jbi-gleaner'] = r'''
> News
> 640 Jobs Lost As Lydford Bauxite Plant Closes
F number 640
L city Lydford
> Published:Wednesday | May 15, 2041 | 12:09 AM
F date May 15, 2041
F time 12:09 AM
> Kimone Ashman-Lindo/Staff Reporter
P full Kimone Ashman-Lindo
> Workers leave the Dry Harbour Minerals plant at Lydford, St Ann, after Tuesday's announcement. - Oniel Campbell-Grey/Photographer
O company Dry Harbour Minerals
L city Lydford
L region St Ann
P full Oniel Campbell-Grey
> LYDFORD, St Ann:
L city LYDFORD
L region St Ann
> Dry Harbour Minerals Limited (DHML) will shut its bauxite mine and drying plant here by August 31, putting 640 workers out of jobs and ending more than 60 years of mining in the hills above Discovery Bay.
O company Dry Harbour Minerals Limited
O company DHML
F date August 31
F number 640
F duration 60 years
L city Discovery Bay
> Bauxite has been mined in the Dry Harbour Mountains since the 1950s, and the pier at Port Rhoades has loaded ore ships since 1965.
L geo Dry Harbour Mountains
F date 1950s
L facility Port Rhoades
F date 1965
> The company, which shipped 3.9 million tonnes of bauxite through Port Rhoades in 2040, blamed falling ore grades and a slump of US$38 a tonne in prices since 2038.
F quantity 3.9 million tonnes
L facility Port Rhoades
F date 2040
F money US$38
F date 2038
> In a statement, DHML said it had "exhausted every option" and would pay severance "in full and on time". Managing director Conrad Whyte-Mattis told The Gleaner that severance would total J$4.6 billion, with the average worker receiving about $7.2 million.
O company DHML
Q direct Dry Harbour Minerals Limited :: "exhausted every option"
Q direct Dry Harbour Minerals Limited :: "in full and on time"
P full Conrad Whyte-Mattis
O media The Gleaner
F money J$4.6 billion
F money $7.2 million
> "This is the hardest decision this company has made in 40 years here. These are our neighbours, and for a lot of them it is their father's job and their grandfather's job," Whyte-Mattis said.
Q direct Conrad Whyte-Mattis :: "This is the hardest decision this company has made in 40 years here. These are our neighbours, and for a lot of them it is their father's job and their grandfather's job,"
F duration 40 years
P partial Whyte-Mattis
> The Bustamante Industrial Trade Union (BITU), which represents 410 of the workers, 112 of them women, said it had been "blindsided". BITU island supervisor Delroy Pinnock-Reid said the union learned of the closure from a radio news bulletin at 7 o'clock on Tuesday morning.
O nonprofit Bustamante Industrial Trade Union
O nonprofit BITU
F number 410
F number 112
Q direct Bustamante Industrial Trade Union :: "blindsided"
O nonprofit BITU
P full Delroy Pinnock-Reid
F time 7 o'clock
> "Nobody from that company picked up a phone. We had a meeting set for May 20 to talk about wages," he said. "Now we are talking about 640 families."
Q direct Delroy Pinnock-Reid :: "Nobody from that company picked up a phone. We had a meeting set for May 20 to talk about wages,"
F date May 20
Q direct Delroy Pinnock-Reid :: "Now we are talking about 640 families."
F number 640
> The National Workers' Union (NWU), which represents clerical and supervisory staff, called on the Government to "step in before the gate closes", warning that 1,150 hectares of mined-out land above Discovery Bay had still not been restored.
O nonprofit National Workers' Union
O nonprofit NWU
Q direct National Workers' Union :: "step in before the gate closes"
F quantity 1,150 hectares
L city Discovery Bay
> The Jamaica Bauxite Institute (JBI) said DHML's mining lease runs to 2047 and that the company remains bound to rehabilitate the land. JBI's executive director, Dr Marcia Levy-Chambers, said the institute would begin an audit of the lease area "within the next 14 days".
O government Jamaica Bauxite Institute
O government JBI
O company DHML
F date 2047
O government JBI
P full Marcia Levy-Chambers
Q direct Marcia Levy-Chambers :: "within the next 14 days"
F duration 14 days
> Bauxite and alumina earned Jamaica US$1.2 billion in 2040, about 9.6 per cent of merchandise exports, according to the Statistical Institute of Jamaica (STATIN).
L country Jamaica
F money US$1.2 billion
F date 2040
F percent 9.6 per cent
O government Statistical Institute of Jamaica
O government STATIN
> In Brown's Town, 11 kilometres from the plant, shopkeeper Hyacinth Grizzle-Barnes said Friday was payday for half the town. "When dem close the gate, Brown's Town close too," she said, adding that she gives credit to "at least 30" DHML families.
L city Brown's Town
F quantity 11 kilometres
P full Hyacinth Grizzle-Barnes
F fraction half
Q direct Hyacinth Grizzle-Barnes :: "When dem close the gate, Brown's Town close too,"
L city Brown's Town
Q direct Hyacinth Grizzle-Barnes :: "at least 30"
F number 30
O company DHML
> Member of Parliament for St Ann North Western Gillian Forbes-Clarke said she would raise the closure in the House of Representatives on Tuesday and ask for a task force on jobs for the parish.
L region St Ann North Western
P full Gillian Forbes-Clarke
O government House of Representatives
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
