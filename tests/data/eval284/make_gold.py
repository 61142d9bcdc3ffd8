#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval284 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval284/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1747-bristol-clean-air-zone-revenue-row-weca-bedminster-van-drivers-independent'] = r'''
> News
> Bristol clean air zone raised £41m in three years – but the mayor and the council cannot agree who gets it
L city Bristol
F money £41m
F duration three years
> Van drivers in Bedminster say they are paying ‘a tax on turning up to work’ while the West of England mayor and the city argue over the surplus
Q direct Kieran Doyle :: ‘a tax on turning up to work’
L city Bedminster
L region West of England
> Harriet Colebrook
P full Harriet Colebrook
> Tuesday 12 March 2041 06:00 GMT
F date 12 March 2041
F time 06:00 GMT
> A van passes a charging camera on Temple Way in central Bristol (Getty Images)
L street Temple Way
L city Bristol
O company Getty Images
> Bristol City Council and the West of England mayor are at odds over £41.2m raised by the city’s clean air zone since it was extended to vans in March 2038, with drivers in Bedminster saying they are being “squeezed from both sides”.
O government Bristol City Council
L region West of England
F money £41.2m
F date March 2038
L city Bedminster
Q direct - :: “squeezed from both sides”
> The zone charges non-compliant vans and taxis £9 a day and lorries, buses and coaches £100. Figures obtained by The Independent show 212,000 penalty notices were issued in the 12 months to January, and that one vehicle in 14 entering the zone still fails the standard.
F money £9
F money £100
O media The Independent
F number 212,000
F duration 12 months
F number one
F number 14
> Mayor Dr Elin Marsh, elected in 2040 to lead the West of England Combined Authority (Weca), wants a third of the surplus to go to buses across the region, including Bath and South Gloucestershire.
P full Elin Marsh
F date 2040
O government West of England Combined Authority
O government Weca
F fraction a third
L city Bath
L region South Gloucestershire
> “This money was paid by people who drive into Bristol from all over the region, from Keynsham, from Portishead, from Yate,” Dr Marsh said. “It is only fair that some of it pays for the buses they would rather be using.”
Q direct Elin Marsh :: “This money was paid by people who drive into Bristol from all over the region, from Keynsham, from Portishead, from Yate,”
L city Bristol
L city Keynsham
L city Portishead
L city Yate
P partial Marsh
Q direct Elin Marsh :: “It is only fair that some of it pays for the buses they would rather be using.”
> But Councillor Tomasz Wielgosz, the council’s cabinet member for transport, said the law was clear: net income from a charging scheme must be spent on the council’s own transport plan. The surplus has already been earmarked for 18 miles of protected cycle lanes and a £6.5m bus lane scheme on Wells Road, he said.
P full Tomasz Wielgosz
F quantity 18 miles
F money £6.5m
L street Wells Road
> “We are not going to hand over money raised on Bristol’s streets so that it can be spent in Bath,” he said. “If the mayor wants a bigger bus budget, she should ask the Department for Transport for one.”
Q direct Tomasz Wielgosz :: “We are not going to hand over money raised on Bristol’s streets so that it can be spent in Bath,”
L city Bristol
L city Bath
Q direct Tomasz Wielgosz :: “If the mayor wants a bigger bus budget, she should ask the Department for Transport for one.”
O government Department for Transport
> Kieran Doyle, 47, a self-employed plumber from Bedminster, has paid £1,260 in daily charges since last summer because his 2016 diesel van fails the standard.
P full Kieran Doyle
F age 47
L city Bedminster
F money £1,260
F date 2016
> “A new van is £28,000. The scrappage grant was £4,000 and it ran out in six weeks,” he said. “Every morning I cross Bedminster Bridge and that’s nine quid gone before I’ve started work. It feels like a tax on turning up to work.
Q direct Kieran Doyle :: “A new van is £28,000. The scrappage grant was £4,000 and it ran out in six weeks,”
F money £28,000
F money £4,000
F duration six weeks
Q direct Kieran Doyle :: “Every morning I cross Bedminster Bridge and that’s nine quid gone before I’ve started work. It feels like a tax on turning up to work.
L facility Bedminster Bridge
F money nine quid
> “Nobody at the council has ever said ‘sorry, we got this wrong’. They just send the letters.”
Q direct Kieran Doyle :: “Nobody at the council has ever said ‘sorry, we got this wrong’. They just send the letters.”
> Research by Dr Sunita Rahman, a transport researcher at the University of the West of England (UWE Bristol), suggests the zone has cut roadside nitrogen dioxide by about 17 per cent, although readings on Coronation Road, just outside the boundary, rose by 6 per cent.
P full Sunita Rahman
O education University of the West of England
O education UWE Bristol
F percent 17 per cent
L street Coronation Road
F percent 6 per cent
> “Traffic has not vanished, it has moved a few hundred metres south,” she said. She called the funding row “a distraction”.
Q direct Sunita Rahman :: “Traffic has not vanished, it has moved a few hundred metres south,”
Q direct Sunita Rahman :: “a distraction”
> A Weca spokesperson said Dr Marsh would raise the issue with council leaders on 28 March. The council said its cabinet would decide how to spend the money within two months.
O government Weca
P partial Marsh
F date 28 March
F duration two months
> The zone, the first outside London to charge private vans, is enforced by 96 cameras, one of which, on Bath Road, drivers have nicknamed “the tollbooth”. It operates 24 hours a day, seven days a week.
L city London
F number 96
Q scare - :: “the tollbooth”
L street Bath Road
F duration 24 hours
F duration seven days
'''

ARTICLES['1748-lanyang-shipping-methanol-container-ships-order-haesong-ulsan-reuters'] = r'''
> Business
> Taiwan's Lanyang Shipping orders 12 methanol-fuelled ships from Korea's Haesong for $2.9 billion
L country Taiwan
O company Lanyang Shipping
F number 12
L country Korea
O company Haesong
F money $2.9 billion
> By Vivian Lo and Park Ji-won
P full Vivian Lo
P full Park Ji-won
> March 14, 2040 11:42 AM GMT+8 Updated 3 hours ago
F date March 14, 2040
F time 11:42 AM GMT+8
F duration 3 hours
> A container ship is seen at the Port of Kaohsiung, Taiwan, February 2, 2039. REUTERS/Chen Wei-ting/File Photo
L facility Port of Kaohsiung
L country Taiwan
F date February 2, 2039
O media REUTERS
P full Chen Wei-ting
> TAIPEI, March 14 (Reuters) - Taiwanese container line Lanyang Shipping Corp (2631.TW) said on Thursday it had ordered 12 methanol-fuelled vessels from South Korea's Haesong Heavy Industries for about $2.9 billion, the biggest order in its 52-year history, as it races to meet tighter emissions rules.
L city TAIPEI
F date March 14
O media Reuters
O company Lanyang Shipping Corp
F number 12
L country South Korea
O company Haesong Heavy Industries
F money $2.9 billion
F duration 52-year
> The order comprises eight 15,500-TEU ships for its Asia-Europe service and four 8,000-TEU ships for transpacific routes, with deliveries due between 2042 and 2044, the company said in a filing to the Taiwan Stock Exchange.
F number eight
F quantity 15,500-TEU
L continent Asia
L continent Europe
F number four
F quantity 8,000-TEU
F date 2042
F date 2044
O company Taiwan Stock Exchange
> "This is the largest investment Lanyang has ever made, and we made it because our customers are asking for it," chairman Lin Cheng-hao told reporters in Taipei. "Every big shipper we talk to wants a price for green freight, not just a price for freight."
Q direct Lin Cheng-hao :: "This is the largest investment Lanyang has ever made, and we made it because our customers are asking for it,"
O company Lanyang
P full Lin Cheng-hao
L city Taipei
Q direct Lin Cheng-hao :: "Every big shipper we talk to wants a price for green freight, not just a price for freight."
> Lin, 63, said the ships could burn conventional fuel oil until enough green methanol was available at major ports, and that the company expected methanol to power "at least half" of its fleet by 2044.
P partial Lin
F age 63
Q direct Lin Cheng-hao :: "at least half"
F fraction half
F date 2044
> Each of the larger ships will cost about $265 million, according to the filing, roughly 12% more than a comparable vessel burning fuel oil.
F money $265 million
F percent 12%
> Shares of Lanyang fell 2.4% in Taipei trading, against a 0.3% rise in the broader market.
O company Lanyang
F percent 2.4%
L city Taipei
F percent 0.3%
> "The market is worried about the balance sheet," said Grace Huang, a shipping analyst at Taipei-based Yuanfeng Securities. "Lanyang is spending almost two years of operating cash flow on ships that will not earn money until 2042, and spot rates on the Asia-Europe lane are down by a third since September."
Q direct Grace Huang :: "The market is worried about the balance sheet,"
P full Grace Huang
L city Taipei
O company Yuanfeng Securities
Q direct Grace Huang :: "Lanyang is spending almost two years of operating cash flow on ships that will not earn money until 2042, and spot rates on the Asia-Europe lane are down by a third since September."
O company Lanyang
F duration two years
F date 2042
L continent Asia
L continent Europe
F fraction a third
> She said Yuanfeng had cut its rating on the stock to "hold" from "buy."
O company Yuanfeng
Q scare - :: "hold"
Q scare - :: "buy."
> Haesong, whose main yard is in Ulsan on South Korea's southeast coast, said the contract would keep its docks busy into 2044.
O company Haesong
L city Ulsan
L country South Korea
F date 2044
> "Methanol dual-fuel ships are now more than 40% of our order book," Kim Dong-hyuk, executive vice president for sales at Haesong, said in a statement. "We have the engine and fuel system capability to deliver them at volume, and we will."
Q direct Kim Dong-hyuk :: "Methanol dual-fuel ships are now more than 40% of our order book,"
F percent 40%
P full Kim Dong-hyuk
O company Haesong
Q direct Kim Dong-hyuk :: "We have the engine and fuel system capability to deliver them at volume, and we will."
> Kim said the ships would be built at the yard's No. 3 dock, which was lengthened in 2039 at a cost of 410 billion won ($298 million).
P partial Kim
F date 2039
F money 410 billion won
F money $298 million
> Lanyang operates 64 vessels with a combined capacity of about 412,000 TEU, making it the world's 11th-largest container line, according to industry data. Its Asia-Europe service calls at Kaohsiung, Shanghai, Singapore, Rotterdam and Hamburg.
O company Lanyang
F number 64
F quantity 412,000 TEU
L continent Asia
L continent Europe
L city Kaohsiung
L city Shanghai
L city Singapore
L city Rotterdam
L city Hamburg
> A person familiar with the talks, who asked not to be named, said Lanyang had also approached a Chinese yard, which offered a lower price but could not promise delivery before 2045. "The Koreans won on the dates, not on the price," the person said.
O company Lanyang
F date 2045
Q direct - :: "The Koreans won on the dates, not on the price,"
> Lanyang said five banks led by Mega International Commercial Bank had agreed to finance 70% of the cost. The International Maritime Organization's emissions framework tightens again in 2041.
O company Lanyang
F number five
O company Mega International Commercial Bank
F percent 70%
O intergovernmental International Maritime Organization
F date 2041
> (Reporting by Vivian Lo in Taipei and Park Ji-won in Seoul; Editing by Martin Keane)
P full Vivian Lo
L city Taipei
P full Park Ji-won
L city Seoul
P full Martin Keane
'''

ARTICLES['1749-england-pakistan-odi-lords-ashworth-century-khattak-guardian'] = r'''
> Cricket
> Ashworth century steers England past Pakistan in Lord’s thriller
P partial Ashworth
O team England
O team Pakistan
L facility Lord’s
> Callum Ashworth makes 118 off 104 balls as England chase 292 with 10 balls to spare; Zarrar Khattak’s four for 51 not enough for Pakistan
P full Callum Ashworth
F number 118
F number 104
O team England
F score 292
F number 10
P full Zarrar Khattak
F score four for 51
O team Pakistan
> Owen Redfern at Lord’s
P full Owen Redfern
L facility Lord’s
> Sat 6 Jul 2041 20.14 BST
F date 6 Jul 2041
F time 20.14 BST
> Callum Ashworth celebrates his century in front of the Pavilion at Lord’s. Photograph: Priya Sandhu/Getty Images
P full Callum Ashworth
L facility Pavilion
L facility Lord’s
P full Priya Sandhu
O media Getty Images
> For 40 overs this looked like Pakistan’s afternoon. Then Callum Ashworth, who had spent most of the summer fending off questions about his place, took 38 runs from three overs against the spinners, and England got home by four wickets with 10 balls to spare in front of a full house of 30,214.
F number 40
O team Pakistan
P full Callum Ashworth
F number 38
F number three
O team England
F number four
F number 10
F number 30,214
> Chasing 292 on a slow, dry pitch, England were 164 for five in the 33rd over when Khattak had Ben Oduya caught at deep square leg. Ashworth and his captain, Will Danvers, then added 119 in 14.4 overs, England’s highest sixth-wicket stand against Pakistan in ODIs.
F score 292
O team England
F score 164 for five
P partial Khattak
P full Ben Oduya
P partial Ashworth
P full Will Danvers
F number 119
F number 14.4
O team England
O team Pakistan
> Ashworth reached his hundred with a pulled six off Khattak into the Grand Stand, and fell for 118 with nine needed. Danvers’ drive through the covers for four finished it, and he was unbeaten on 61 from 58 balls.
P partial Ashworth
P partial Khattak
L facility Grand Stand
F number 118
F number nine
P partial Danvers
F number four
F number 61
F number 58
> “I’ve had a few people tell me I’m finished at this level, and a couple of them were in my own head,” Ashworth said. “Lord’s full, Pakistan on the other side – you don’t get a better day to prove them wrong.”
Q direct Callum Ashworth :: “I’ve had a few people tell me I’m finished at this level, and a couple of them were in my own head,”
P partial Ashworth
Q direct Callum Ashworth :: “Lord’s full, Pakistan on the other side – you don’t get a better day to prove them wrong.”
L facility Lord’s
O team Pakistan
> Pakistan had looked set for more than 300 when Talal Nawaz and Imad Sheikh put on 146 for the second wicket. Nawaz, 21, playing only his sixth ODI, struck nine fours and three sixes in a fluent 97 before Oduya ran him out with a direct hit from midwicket.
O team Pakistan
F number 300
P full Talal Nawaz
P full Imad Sheikh
F number 146
P partial Nawaz
F age 21
F number nine
F number three
F number 97
P partial Oduya
> From 203 for two, Pakistan lost six wickets for 61 as Jack Mottram, the Lancashire seamer, took three for 44. They finished on 291 for eight.
F score 203 for two
O team Pakistan
F number six
F number 61
P full Jack Mottram
O team Lancashire
F score three for 44
F score 291 for eight
> “We were 30 runs short, maybe 40,” said Pakistan’s captain, Faizan Lodhi. “When Talal got out we went into our shells. That is on me as much as anyone.”
Q direct Faizan Lodhi :: “We were 30 runs short, maybe 40,”
F number 30
F number 40
O team Pakistan
P full Faizan Lodhi
Q direct Faizan Lodhi :: “When Talal got out we went into our shells. That is on me as much as anyone.”
P partial Talal
> Lodhi had no complaint about the run-out, which the third umpire needed three replays to confirm. “It was out. Ben hit the stumps from 40 yards, what can you say?” he said.
P partial Lodhi
F number three
Q direct Faizan Lodhi :: “It was out. Ben hit the stumps from 40 yards, what can you say?”
P partial Ben
F quantity 40 yards
> Khattak, the 19-year-old from Peshawar whom his team-mates call “the Train”, bowled his 10 overs unchanged and took three wickets in 11 balls during a spell that briefly turned the game.
P partial Khattak
F age 19-year-old
L city Peshawar
Q scare - :: “the Train”
F number 10
F number three
F number 11
> Danvers said the afternoon had shown why the 50-over format still mattered. “People keep writing its obituary,” he said. “They should have been here.”
P partial Danvers
F number 50
Q direct Will Danvers :: “People keep writing its obituary,”
Q direct Will Danvers :: “They should have been here.”
> The three-match series moves to Trent Bridge on Tuesday with England 1-0 up. The England and Wales Cricket Board (ECB) said the crowd was the biggest for a men’s ODI at Lord’s since 2036, and the ECB added that tickets for the final match, in Southampton, had sold out within 48 hours.
F number three
L facility Trent Bridge
O team England
F score 1-0
O other England and Wales Cricket Board
O other ECB
L facility Lord’s
F date 2036
O other ECB
L city Southampton
F duration 48 hours
'''

ARTICLES['1750-sgr-freight-rate-rise-kenya-railways-mombasa-changamwe-truckers-the-star'] = r'''
> News
> Kenya Railways Raises SGR Freight Rates by 18 Per Cent
O government Kenya Railways
L facility SGR
F percent 18 Per Cent
> In Summary
> The new tariff of Sh64,900 for a 20-foot container from Mombasa to Nairobi takes effect on April 1.
F money Sh64,900
F quantity 20-foot
L city Mombasa
L city Nairobi
F date April 1
> Truckers at Changamwe say the rise will push cargo back onto the road.
L city Changamwe
> By BAKARI MWAMBURI
P full BAKARI MWAMBURI
> 18 March 2041 - 06:40
F date 18 March 2041
F time 06:40
> Containers being loaded onto an SGR freight train at the Port Reitz yard in Mombasa. Image: ANDREW KIPTOO
L facility SGR
L facility Port Reitz
L city Mombasa
P full ANDREW KIPTOO
> Kenya Railways will raise freight rates on the Standard Gauge Railway by 18 per cent from April 1, saying it can no longer cover the cost of running trains between Mombasa and the Inland Container Depot in Nairobi.
O government Kenya Railways
L facility Standard Gauge Railway
F percent 18 per cent
F date April 1
L city Mombasa
L facility Inland Container Depot
L city Nairobi
> Under the new tariff, a 20-foot container will cost Sh64,900 to move from the port to Nairobi, up from Sh55,000, while a 40-foot box will cost Sh98,500.
F quantity 20-foot
F money Sh64,900
L city Nairobi
F money Sh55,000
F quantity 40-foot
F money Sh98,500
> Managing director Eng Philip Kiprono Langat told the Star that the railway lost Sh3.2 billion on freight in the year to June 2040 as fuel and spare parts priced in dollars became dearer.
P full Philip Kiprono Langat
O media Star
F money Sh3.2 billion
F date June 2040
> "We have held this rate for 10 years. In that time the shilling has lost more than a third of its value against the dollar," Langat said. "We are not raising prices to make a profit. We are raising them so that the trains keep running."
Q direct Philip Kiprono Langat :: "We have held this rate for 10 years. In that time the shilling has lost more than a third of its value against the dollar,"
F duration 10 years
F fraction a third
P partial Langat
Q direct Philip Kiprono Langat :: "We are not raising prices to make a profit. We are raising them so that the trains keep running."
> He said the SGR moved 6.4 million tonnes of freight last year, about 46 per cent of the cargo leaving the port, and that its share would not fall "if customers look at the whole cost and not just the ticket".
L facility SGR
F quantity 6.4 million tonnes
F percent 46 per cent
Q direct Philip Kiprono Langat :: "if customers look at the whole cost and not just the ticket"
> At a truck park in Changamwe, drivers said the increase would send importers back to the Mombasa-Nairobi highway, which lost its container traffic when what truckers call "the directive" forced cargo onto the train in 2036.
L city Changamwe
L city Mombasa
L city Nairobi
Q scare - :: "the directive"
F date 2036
> "When they brought the directive, we parked our lorries for two years. Now the train costs more. Let them," said Hassan Omar Mwadzaya, 52, a driver for 22 years.
Q direct Hassan Omar Mwadzaya :: "When they brought the directive, we parked our lorries for two years. Now the train costs more. Let them,"
F duration two years
P full Hassan Omar Mwadzaya
F age 52
F duration 22 years
> "A trip to Nairobi and back takes me three days and pays Sh38,000 after fuel. If the train is Sh64,900 for one box, the importer will call me again," he said.
Q direct Hassan Omar Mwadzaya :: "A trip to Nairobi and back takes me three days and pays Sh38,000 after fuel. If the train is Sh64,900 for one box, the importer will call me again,"
L city Nairobi
F duration three days
F money Sh38,000
F money Sh64,900
F number one
> Transport Cabinet Secretary Miriam Achieng Odhiambo said the rates were approved after a review by the Kenya Railways board and the Treasury. "Nobody likes a price increase. But the alternative is a railway that the taxpayer has to rescue every year," Odhiambo said.
P full Miriam Achieng Odhiambo
O government Kenya Railways
O government Treasury
Q direct Miriam Achieng Odhiambo :: "Nobody likes a price increase. But the alternative is a railway that the taxpayer has to rescue every year,"
P partial Odhiambo
> Dr Salim Athman, an economist at the Technical University of Mombasa (TUM), said the rise was overdue.
P full Salim Athman
O education Technical University of Mombasa
O education TUM
> "The railway was sold to us as 'the backbone of the coast'. A backbone that loses Sh3 billion a year will not stay straight for long," he said.
Q direct Salim Athman :: "The railway was sold to us as 'the backbone of the coast'. A backbone that loses Sh3 billion a year will not stay straight for long,"
F money Sh3 billion
> Athman said a container now waits an average of 4.5 days at the port, against 2 days in 2037. A TUM survey found that half of the trucks on the corridor return to Mombasa empty.
P partial Athman
F duration 4.5 days
F duration 2 days
F date 2037
O education TUM
F fraction half
L city Mombasa
> The Kenya Transporters Association said its 1,200 members were "ready to carry whatever the train cannot" and asked the Kenya National Highways Authority to fix the weighbridge at Mariakani, where trucks queue for up to 10 hours.
O nonprofit Kenya Transporters Association
F number 1,200
Q direct Kenya Transporters Association :: "ready to carry whatever the train cannot"
O government Kenya National Highways Authority
L city Mariakani
F duration 10 hours
> A Kenya Ports Authority official, who asked not to be named, said the port handled 2.1 million TEUs last year and that the railway remained "our only way to clear the yard quickly".
O government Kenya Ports Authority
F quantity 2.1 million TEUs
Q direct - :: "our only way to clear the yard quickly"
> Edited by Janet Wanjiru
P full Janet Wanjiru
'''

ARTICLES['1751-texas-high-speed-rail-eminent-domain-ellis-county-waxahachie-ranchers-dallas-morning-news'] = r'''
> Transportation
> Ellis County Ranchers Dig In as High-Speed Rail Line Seeks 1,100 Acres Near Waxahachie
L region Ellis County
F quantity 1,100 Acres
L city Waxahachie
> Trinity Crescent Rail says its 90-minute Dallas-to-Houston trains need the land by 2043. Landowners say they will see the company in court.
O company Trinity Crescent Rail
F duration 90-minute
L city Dallas
L city Houston
F date 2043
> By Ross Whitaker
P full Ross Whitaker
> 5:30 AM on Mar 20, 2041
F time 5:30 AM
F date Mar 20, 2041
> Rancher Dale Hurst on his family’s land east of Waxahachie, which the rail company wants to cross. (Ana Belén Ortiz / Staff Photographer)
P full Dale Hurst
L city Waxahachie
P full Ana Belén Ortiz
> WAXAHACHIE — Dale Hurst’s family has run cattle on the same 640 acres east of town since 1938. Now a company building a so-called “bullet train” wants a 150-foot strip straight through the middle of it.
L city WAXAHACHIE
P full Dale Hurst
F quantity 640 acres
F date 1938
Q scare - :: “bullet train”
F quantity 150-foot
> Trinity Crescent Rail, which plans to run trains at up to 205 mph between Dallas and Houston, has filed eminent domain petitions against 37 landowners in Ellis County since January, according to court records. In all, it is seeking about 1,100 acres in the county.
O company Trinity Crescent Rail
F quantity 205 mph
L city Dallas
L city Houston
F number 37
L region Ellis County
F quantity 1,100 acres
> “They offered me $4,200 an acre. Land on the other side of Interstate 35E just sold for $11,000,” Hurst, 71, said from the cab of his pickup. “I’m not against trains. I’m against being told what my granddad’s land is worth by a company from Houston.”
Q direct Dale Hurst :: “They offered me $4,200 an acre. Land on the other side of Interstate 35E just sold for $11,000,”
F money $4,200
L street Interstate 35E
F money $11,000
P partial Hurst
F age 71
Q direct Dale Hurst :: “I’m not against trains. I’m against being told what my granddad’s land is worth by a company from Houston.”
L city Houston
> The company’s chief executive, Meredith Calloway-Banks, said the offers were based on independent appraisals and averaged 30% above the county’s appraised value.
P full Meredith Calloway-Banks
F percent 30%
> “We have settled with 212 landowners along the route, and we want to settle with every one of them,” Calloway-Banks said in an interview at the company’s Dallas offices. She said the line would cut the trip between the two cities to 90 minutes and create about 1,500 permanent jobs.
Q direct Meredith Calloway-Banks :: “We have settled with 212 landowners along the route, and we want to settle with every one of them,”
F number 212
P partial Calloway-Banks
L city Dallas
F number two
F duration 90 minutes
F number 1,500
> “The alternative is another lane on I-45 that nobody can pay for,” she said.
Q direct Meredith Calloway-Banks :: “The alternative is another lane on I-45 that nobody can pay for,”
L street I-45
> The 240-mile line would stop in Dallas, the Brazos Valley and Houston. Work on the Ellis County section, which includes a 2.3-mile viaduct over Waxahachie Creek and the Union Pacific tracks, is due to start in early 2042.
F quantity 240-mile
L city Dallas
L region Brazos Valley
L city Houston
L region Ellis County
F quantity 2.3-mile
L geo Waxahachie Creek
O company Union Pacific
F date 2042
> State Rep. Lorena Villaseñor, R-Waxahachie, has filed a bill that would bar companies that do not yet run a railroad from using eminent domain. She called the petitions “a land grab dressed up as infrastructure.”
P full Lorena Villaseñor
L city Waxahachie
Q direct Lorena Villaseñor :: “a land grab dressed up as infrastructure.”
> “The Texas Supreme Court said they could do this. The Legislature can say they can’t,” Villaseñor said. Her bill is set for a committee hearing on April 8 in Austin.
Q direct Lorena Villaseñor :: “The Texas Supreme Court said they could do this. The Legislature can say they can’t,”
O government Texas Supreme Court
O government Legislature
P partial Villaseñor
F date April 8
L city Austin
> Bernard Okafor, an economist at Southern Methodist University who has studied the route, said both sides had a point.
P full Bernard Okafor
O education Southern Methodist University
> “A landowner never gets paid for having his place split down the middle. That’s the real loss, and appraisals don’t capture it,” Okafor said. He estimated that tracts divided by the line would lose 15% to 25% of their value, while land within 10 minutes of a station could gain.
Q direct Bernard Okafor :: “A landowner never gets paid for having his place split down the middle. That’s the real loss, and appraisals don’t capture it,”
P partial Okafor
F percent 15%
F percent 25%
F duration 10 minutes
> Hurst said he had hired a lawyer in Dallas and would not sign. A neighbor, who asked not to be named because she is still negotiating, said she had been offered $5,100 an acre for 38 acres. “Every month they raise it a little,” she said. “That tells you something.”
P partial Hurst
L city Dallas
F money $5,100
F quantity 38 acres
Q direct - :: “Every month they raise it a little,”
Q direct - :: “That tells you something.”
> A hearing before special commissioners in the first Ellis County case is set for 9 a.m. May 12 at the courthouse in Waxahachie, about 30 miles south of downtown Dallas.
L region Ellis County
F time 9 a.m.
F date May 12
L city Waxahachie
F quantity 30 miles
L city Dallas
'''

ARTICLES['1752-barcelona-cruise-passenger-tourist-tax-surcharge-la-rambla-euronews'] = r'''
> Europe
L continent Europe
> Barcelona to triple tourist tax for cruise passengers who stay less than 12 hours
L city Barcelona
F duration 12 hours
> Day-trippers from cruise ships will pay €12 each from June under the new rules, which the city says will raise €26 million a year.
F money €12
F money €26 million
> By Laia Puigdomènech with EFE
P full Laia Puigdomènech
O media EFE
> Published on 09/05/2042 - 09:46 GMT+2 • Updated 11:05
F date 09/05/2042
F time 09:46 GMT+2
F time 11:05
> Cruise passengers walk along La Rambla in Barcelona, 3 May 2042. - Copyright AP Photo/Jordi Casanovas
L street La Rambla
L city Barcelona
F date 3 May 2042
O media AP
P full Jordi Casanovas
> Barcelona will charge cruise passengers who spend less than 12 hours in the city a surcharge of €12 a head from 1 June, up from €4, the city council announced on Thursday, the latest step in its fight against so-called "overtourism".
L city Barcelona
F duration 12 hours
F money €12
F date 1 June
F money €4
Q scare - :: "overtourism"
> Passengers who stay overnight in a hotel will keep paying the regular tourist tax, which ranges from €4 to €8 a night depending on the category of the establishment.
F money €4
F money €8
> "Barcelona is not closing its doors to anybody," the deputy mayor for economy and tourism, Núria Casals i Ferrer, told reporters on Plaça de Sant Jaume. "But a visitor who comes off a ship at 9am, walks down La Rambla and is back on board by 5pm uses the city and leaves almost nothing in it."
Q direct Núria Casals i Ferrer :: "Barcelona is not closing its doors to anybody,"
L city Barcelona
P full Núria Casals i Ferrer
L street Plaça de Sant Jaume
Q direct Núria Casals i Ferrer :: "But a visitor who comes off a ship at 9am, walks down La Rambla and is back on board by 5pm uses the city and leaves almost nothing in it."
F time 9am
L street La Rambla
F time 5pm
> Casals said Barcelona received 3.6 million cruise passengers in 2041, of whom around 1.4 million were on ships that called for less than a day. A third of the new revenue will go to cleaning and policing the old town, she said.
P partial Casals
L city Barcelona
F number 3.6 million
F date 2041
F number 1.4 million
F fraction A third
> The Cruise Lines International Association (CLIA) said the measure was "discriminatory" and warned that some lines could move calls to Tarragona, Valencia or Marseille.
O nonprofit Cruise Lines International Association
O nonprofit CLIA
Q direct Cruise Lines International Association :: "discriminatory"
L city Tarragona
L city Valencia
L city Marseille
> "Cruise guests are 4% of Barcelona's visitors, and they are being asked to pay for problems they did not create," said Ewout van der Marck, CLIA's director for the western Mediterranean. "We will be asking the Generalitat to look at this again."
Q direct Ewout van der Marck :: "Cruise guests are 4% of Barcelona's visitors, and they are being asked to pay for problems they did not create,"
F percent 4%
L city Barcelona
P full Ewout van der Marck
O nonprofit CLIA
L geo Mediterranean
Q direct Ewout van der Marck :: "We will be asking the Generalitat to look at this again."
O government Generalitat
> Van der Marck said a ship carrying 5,000 passengers would now pay an extra €40,000 for each call.
P partial Van der Marck
F number 5,000
F money €40,000
> On La Rambla, shopkeepers were divided. Jordi Vilaseca, 58, who has sold fans, magnets and FC Barcelona shirts near the Liceu for 31 years, said cruise passengers were "half my customers in summer."
L street La Rambla
P full Jordi Vilaseca
F age 58
O team FC Barcelona
L facility Liceu
F duration 31 years
Q direct Jordi Vilaseca :: "half my customers in summer."
F fraction half
> "They buy quickly and they don't bargain. If they pay €12 before they get off the ship, maybe they buy one fan instead of three," he said. "But I understand the neighbours. Some days you cannot walk here. The Rambla is 'our street' too, they say, and they are right."
Q direct Jordi Vilaseca :: "They buy quickly and they don't bargain. If they pay €12 before they get off the ship, maybe they buy one fan instead of three,"
F money €12
F number one
F number three
Q direct Jordi Vilaseca :: "But I understand the neighbours. Some days you cannot walk here. The Rambla is 'our street' too, they say, and they are right."
L street Rambla
> Marta Soler Puig, a tourism researcher at the University of Barcelona, said day visitors spent an average of €57 in the city, against €190 a day for overnight guests.
P full Marta Soler Puig
O education University of Barcelona
F money €57
F money €190
> "A surcharge like this will not stop anyone coming. What it does is send a signal, and Venice and Amsterdam have sent the same one," she said. A 2040 survey by her department found that 62% of residents of the Ciutat Vella district wanted fewer ships.
Q direct Marta Soler Puig :: "A surcharge like this will not stop anyone coming. What it does is send a signal, and Venice and Amsterdam have sent the same one,"
L city Venice
L city Amsterdam
F date 2040
F percent 62%
L region Ciutat Vella
> The Port of Barcelona, which answers to the Spanish state, said it had not been consulted. An official there, speaking on condition of anonymity, called the surcharge "a message for voters, not for ships".
O government Port of Barcelona
Q direct - :: "a message for voters, not for ships"
> The measure needs final approval at a full council meeting on 27 May, where the governing coalition holds 23 of the 41 seats.
F date 27 May
F number 23
F number 41
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
