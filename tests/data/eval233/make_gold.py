#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval233 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval233/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1441-haldimand-norfolk-hospital-merger-simcoe-dunnville-hagersville-globe-and-mail'] = r'''
> Canada
L country Canada
> Three hospitals in Haldimand and Norfolk to merge under $412-million plan
F number Three
L region Haldimand
L region Norfolk
F money $412-million
> Ontario Health says emergency departments in Simcoe, Hagersville and Dunnville will stay open, but 34 inpatient beds will move
O government Ontario Health
L city Simcoe
L city Hagersville
L city Dunnville
F number 34
> Tessa Lindqvist Health Reporter
P full Tessa Lindqvist
> Published March 6, 2040 Updated 3 hours ago
F date March 6, 2040
F duration 3 hours
> Norfolk General Hospital in Simcoe, Ont., is one of three hospitals that will become a single corporation on April 1, 2041. GRAHAM OKAFOR-BELL/THE GLOBE AND MAIL
O other Norfolk General Hospital
L city Simcoe
L region Ont.
F number three
F date April 1, 2041
P full GRAHAM OKAFOR-BELL
O media THE GLOBE AND MAIL
> Three small hospitals in southwestern Ontario will be merged into a single corporation next year, the province announced on Tuesday, in a $412-million plan that health officials say will keep all three emergency departments open but move 34 inpatient beds from Dunnville and Hagersville to Simcoe.
F number Three
L region Ontario
F money $412-million
F number three
F number 34
L city Dunnville
L city Hagersville
L city Simcoe
> Norfolk General Hospital, West Haldimand General Hospital and Haldimand War Memorial Hospital will become Grand Erie Health on April 1, 2041, with one board, one chief executive and a combined budget of about $260-million a year. The three boards voted for the merger in February after what a trustee called a “long and honest” review.
O other Norfolk General Hospital
O other West Haldimand General Hospital
O other Haldimand War Memorial Hospital
O other Grand Erie Health
F date April 1, 2041
F number one
F number one
F money $260-million
F number three
Q direct - :: “long and honest”
> In a statement, the Ministry of Health said the merger would “protect local care, not cut it” and that no front-line staff would lose their jobs.
O government Ministry of Health
Q direct Ministry of Health :: “protect local care, not cut it”
> Dr. Anjali Rao-Fitzgerald, Ontario Health’s vice-president for the western region, said the three hospitals were too small to recruit on their own. “Dunnville has 22 beds and it has been trying to hire a second internist for four years,” she said. “We cannot keep running three of everything.”
P full Anjali Rao-Fitzgerald
O government Ontario Health
F number three
L city Dunnville
F number 22
F duration four years
F number three
Q direct Anjali Rao-Fitzgerald :: “Dunnville has 22 beds and it has been trying to hire a second internist for four years,”
Q direct Anjali Rao-Fitzgerald :: “We cannot keep running three of everything.”
> Under the so-called “hub and spoke” model, Simcoe will get a 48-bed medical wing, built for $118-million and due to open in 2043. Dunnville and Hagersville keep their 24-hour emergency departments, day surgery and dialysis.
Q scare - :: “hub and spoke”
L city Simcoe
F number 48
F money $118-million
F date 2043
L city Dunnville
L city Hagersville
F duration 24-hour
> “Emergency departments are not on the table,” Dr. Rao-Fitzgerald said. “What changes is where you sleep if you are admitted. For most patients from Hagersville, that means a 25-minute drive to Simcoe instead of a bed down the street.
Q direct Anjali Rao-Fitzgerald :: “Emergency departments are not on the table,”
P partial Rao-Fitzgerald
Q direct Anjali Rao-Fitzgerald :: “What changes is where you sleep if you are admitted. For most patients from Hagersville, that means a 25-minute drive to Simcoe instead of a bed down the street.
L city Hagersville
F duration 25-minute
L city Simcoe
> “We know that is a real cost for families, and we will pay for a shuttle twice a day.”
Q direct Anjali Rao-Fitzgerald :: “We know that is a real cost for families, and we will pay for a shuttle twice a day.”
> The plan follows years of strain on small hospitals in the region. Haldimand War Memorial closed its emergency department overnight on 41 nights in 2039 because no doctor was available, according to the Ontario Medical Association.
O other Haldimand War Memorial
F number 41
F date 2039
O nonprofit Ontario Medical Association
> Not everyone is convinced. Ken Vanderhoek, 67, a retired tobacco farmer from Delhi, Ont., said the new corporation would be “run from Simcoe, for Simcoe.” Mr. Vanderhoek said a petition against moving the beds had gathered 6,200 signatures in three weeks.
P full Ken Vanderhoek
F age 67
L city Delhi
L region Ont.
Q direct Ken Vanderhoek :: “run from Simcoe, for Simcoe.”
L city Simcoe
L city Simcoe
P partial Vanderhoek
F number 6,200
F duration three weeks
> Haldimand County Mayor Gwen Ouellette-Brant said council would ask for a written promise that the Dunnville and Hagersville emergency departments stay open for at least 10 years. “A promise at a news conference is not a contract,” she said.
L region Haldimand County
P full Gwen Ouellette-Brant
L city Dunnville
L city Hagersville
F duration 10 years
Q direct Gwen Ouellette-Brant :: “A promise at a news conference is not a contract,”
> The merged hospital will employ about 1,450 people and have 186 beds, down from 198, as 12 chronic-care beds become hospice and transitional care. Its combined budget grew 6.4 per cent in 2039-40, Ontario Health said.
F number 1,450
F number 186
F number 198
F number 12
F percent 6.4 per cent
F date 2039-40
O government Ontario Health
> A public meeting is set for 7 p.m. on March 19 at the Dunnville Community Centre.
F time 7 p.m.
F date March 19
L facility Dunnville Community Centre
'''

ARTICLES['1442-bali-water-shortage-plan-ayung-intake-badung-regencies-jakarta-post'] = r'''
> Archipelago
> Bali Unveils Rp 2.3 Trillion Plan to Ease Water Shortages in South
L region Bali
F money Rp 2.3 Trillion
> Ni Komang Ayu Sudiartini (The Jakarta Post)
P full Ni Komang Ayu Sudiartini
O media The Jakarta Post
> Denpasar ● Wed, August 14, 2041
L city Denpasar
F date August 14, 2041
> Residents of Pecatu village in Badung regency collect water from a tanker truck on Aug. 10. (JP/I Made Wirawan)
L city Pecatu
L region Badung
F date Aug. 10
O media JP
P full I Made Wirawan
> The Bali provincial administration has unveiled a Rp 2.3 trillion (US$142 million) plan to ease worsening water shortages in the island’s south, where hotels, villas and rice farmers compete for shrinking groundwater during the dry season.
L region Bali
F money Rp 2.3 trillion
F money US$142 million
> Under the plan, announced on Tuesday, the province will build an intake on the Ayung River and a 42-kilometer pipeline to carry 1,500 liters per second of treated water to Badung and Denpasar, and expand a treatment plant on the Petanu River in Gianyar regency.
L geo Ayung River
F quantity 42-kilometer
F quantity 1,500 liters per second
L region Badung
L city Denpasar
L geo Petanu River
L region Gianyar
> Bali Governor I Gusti Ngurah Arya Wedana called the project “the island’s most urgent investment” and said it would be completed by 2044. “Tourism brought us prosperity, but it is drinking our wells dry,” Arya told reporters in Denpasar.
L region Bali
P full I Gusti Ngurah Arya Wedana
Q direct I Gusti Ngurah Arya Wedana :: “the island’s most urgent investment”
F date 2044
Q direct I Gusti Ngurah Arya Wedana :: “Tourism brought us prosperity, but it is drinking our wells dry,”
P partial Arya
L city Denpasar
> “In some villages in South Kuta, families buy water from trucks at Rp 150,000 for 5,000 liters. That is not sustainable.
Q direct I Gusti Ngurah Arya Wedana :: “In some villages in South Kuta, families buy water from trucks at Rp 150,000 for 5,000 liters. That is not sustainable.
L region South Kuta
F money Rp 150,000
F quantity 5,000 liters
> “We will also ask hotels to recycle wastewater, and we will cap how much groundwater they can pump,” he said.
Q direct I Gusti Ngurah Arya Wedana :: “We will also ask hotels to recycle wastewater, and we will cap how much groundwater they can pump,”
> The plan is to be funded by the provincial budget, the Public Works and Public Housing Ministry and a Rp 700 billion loan from state-owned PT Sarana Multi Infrastruktur (SMI), according to the Bali Development Planning Agency (Bappeda).
O government Public Works and Public Housing Ministry
F money Rp 700 billion
O company PT Sarana Multi Infrastruktur
O company SMI
O government Bali Development Planning Agency
O government Bappeda
> Groundwater levels in parts of Badung have dropped by as much as 50 meters since 2020, a 2040 study by Udayana University found, and seawater has reached wells up to 3 km inland near Jimbaran and Sanur.
L region Badung
F quantity 50 meters
F date 2020
F date 2040
O education Udayana University
F quantity 3 km
L city Jimbaran
L city Sanur
> The Bali chapter of the Indonesian Hotel and Restaurant Association (PHRI) said its members supported the plan but warned against “sudden” limits on pumping. “Hotels already pay for water three times: to the tap company, to the tanker and to the tax office,” said Ketut Sumerta Yasa, who heads the association’s Badung branch.
L region Bali
O nonprofit Indonesian Hotel and Restaurant Association
O nonprofit PHRI
Q direct Indonesian Hotel and Restaurant Association :: “sudden”
Q direct Ketut Sumerta Yasa :: “Hotels already pay for water three times: to the tap company, to the tanker and to the tax office,”
F number three
P full Ketut Sumerta Yasa
L region Badung
> An official at Badung’s regional water company, who asked not to be named, said much of its network was laid in the 1990s and leaks badly. “We lose almost a third of our water before it reaches a customer,” the official said.
L region Badung
F date 1990s
Q direct - :: “We lose almost a third of our water before it reaches a customer,”
F fraction a third
> In Tabanan regency, the island’s rice bowl, farmers say the subak irrigation channels have carried 20 percent less water this year. I Wayan Suarta, 58, a farmer in Jatiluwih, said he had planted only one rice crop since January instead of the usual two. “The water goes to the swimming pools first,” Wayan said.
L region Tabanan
F percent 20 percent
P full I Wayan Suarta
F age 58
L city Jatiluwih
F number one
F number two
Q direct I Wayan Suarta :: “The water goes to the swimming pools first,”
P partial Wayan
> Bali received 6.3 million foreign visitors in 2040, and the province estimates that a luxury hotel room uses up to 1,800 liters of water a day, against about 200 liters for a local household.
L region Bali
F number 6.3 million
F date 2040
F quantity 1,800 liters
F quantity 200 liters
> The Bali Legislative Council (DPRD Bali) is scheduled to vote on the budget on Sept. 2.
O government Bali Legislative Council
O government DPRD Bali
F date Sept. 2
'''

ARTICLES['1443-coverdale-bus-route-axed-carlton-horsehouse-leyburn-councillors-yorkshire-post'] = r'''
> News
> Coverdale villages face losing only bus as operator axes Leyburn route
L region Coverdale
L city Leyburn
> Residents of Carlton and Horsehouse say the loss of the service from 31st May will leave elderly people stranded
L city Carlton
L city Horsehouse
F date 31st May
> By Harriet Oldroyd
P full Harriet Oldroyd
> Published 14th Apr 2040, 16:25 BST
F date 14th Apr 2040
F time 16:25 BST
> The bus stop outside the Foresters Arms in Carlton, Coverdale. Picture: Simon Hebblethwaite
L facility Foresters Arms
L city Carlton
L region Coverdale
P full Simon Hebblethwaite
> Villages in one of the quietest corners of the Yorkshire Dales will lose their only bus service next month after its operator said it could no longer run the route without a bigger subsidy.
L region Yorkshire Dales
> Wensleydale Motor Services, a family firm based in Hawes, will withdraw the 134 between Leyburn, Middleham, Carlton and Horsehouse from 31st May. The route runs four times a day on weekdays and carried 11,600 passengers in 2039, down from 14,200 in 2035.
O company Wensleydale Motor Services
L city Hawes
L city Leyburn
L city Middleham
L city Carlton
L city Horsehouse
F date 31st May
F number four
F number 11,600
F date 2039
F number 14,200
F date 2035
> Managing director Alan Metcalfe-Dent said the company had lost about £1,400 a week on the route since January, when North Yorkshire Council cut its support from £186,000 a year to £95,000.
P full Alan Metcalfe-Dent
F money £1,400
O government North Yorkshire Council
F money £186,000
F money £95,000
> “We have kept it going for 18 months out of our own pocket. Some of my drivers grew up on that road, and it breaks my heart,” he said. “But a 33-seat bus with four people on it cannot pay for its diesel.”
Q direct Alan Metcalfe-Dent :: “We have kept it going for 18 months out of our own pocket. Some of my drivers grew up on that road, and it breaks my heart,”
F duration 18 months
Q direct Alan Metcalfe-Dent :: “But a 33-seat bus with four people on it cannot pay for its diesel.”
F number 33
F number four
> The council said in a statement that it faced “very difficult choices” after a £12.5m gap in its transport budget, and that a minibus booked by phone a day ahead would be offered instead.
Q direct North Yorkshire Council :: “very difficult choices”
F money £12.5m
> Coun Margaret Ashworth-Lund, who represents Middleham and Coverdale on the authority, said a dial-a-ride service was “no substitute” for a timetable. “If you are 84 and you need the surgery in Leyburn at 9am, you cannot ring a call centre the day before and hope,” she said.
P full Margaret Ashworth-Lund
L city Middleham
L region Coverdale
Q direct Margaret Ashworth-Lund :: “no substitute”
Q direct Margaret Ashworth-Lund :: “If you are 84 and you need the surgery in Leyburn at 9am, you cannot ring a call centre the day before and hope,”
F age 84
L city Leyburn
F time 9am
> Carlton, a village of about 250 people, has no shop and no post office. Its nearest GP surgery and supermarket are in Leyburn, 11 miles away along a single-track road nicknamed “the Switchback”.
L city Carlton
F number 250
L city Leyburn
F quantity 11 miles
Q scare - :: “the Switchback”
> June Thwaite, 79, who has lived in Horsehouse since 1968, said she used the bus twice a week to collect her prescriptions. “My son lives in Leeds. Without the bus I would have to ask the neighbours, and they are all 80 as well,” she said.
P full June Thwaite
F age 79
L city Horsehouse
F date 1968
Q direct June Thwaite :: “My son lives in Leeds. Without the bus I would have to ask the neighbours, and they are all 80 as well,”
L city Leeds
F age 80
> The charity Coverdale Community Transport said it had looked at taking over the route but could not run it for less than £160,000 a year.
O nonprofit Coverdale Community Transport
F money £160,000
> The Yorkshire Dales National Park Authority said the cut undermined its aim of getting visitors out of cars. About 90 per cent of the park’s 3.8 million annual visitors arrive by car, according to its own figures.
O government Yorkshire Dales National Park Authority
F percent 90 per cent
F number 3.8 million
> Mrs Thwaite’s neighbour Peter Dinsdale, 71, said the village had already lost its school and its chapel. “First they take the school, then the chapel, now the bus. After that it’s just holiday cottages,” he said.
P partial Thwaite
P full Peter Dinsdale
F age 71
Q direct Peter Dinsdale :: “First they take the school, then the chapel, now the bus. After that it’s just holiday cottages,”
> A petition signed by 1,312 residents will be handed to councillors at a meeting in Northallerton on 23rd April at 2pm.
F number 1,312
L city Northallerton
F date 23rd April
F time 2pm
'''

ARTICLES['1444-hsinyuan-chip-plant-kitakyushu-fukuoka-680bn-yen-meti-nikkei-asia'] = r'''
> Semiconductors
> Taiwan's Hsinyuan to build 680bn yen chip plant in Kitakyushu
L country Taiwan
O company Hsinyuan
F money 680bn yen
L city Kitakyushu
> Mature-node fab for automakers to open in 2043 with up to 230bn yen in Japanese subsidies
F date 2043
F money 230bn yen
> RYOTA NAKAGAWA and CHEN PEI-SHAN, Nikkei staff writers
P full RYOTA NAKAGAWA
P full CHEN PEI-SHAN
O media Nikkei
> May 23, 2040 16:40 JST
F date May 23, 2040
F time 16:40 JST
> Hsinyuan Semiconductor Manufacturing's headquarters in Hsinchu, Taiwan. (Photo by Chen Pei-shan)
O company Hsinyuan Semiconductor Manufacturing
L city Hsinchu
L country Taiwan
P full Chen Pei-shan
> TAIPEI/TOKYO -- Hsinyuan Semiconductor Manufacturing, Taiwan's fourth-largest contract chipmaker, will build a 680 billion yen ($4.4 billion) factory in Kitakyushu, Fukuoka Prefecture, its first outside Taiwan, the company said on Wednesday.
L city TAIPEI
L city TOKYO
O company Hsinyuan Semiconductor Manufacturing
L country Taiwan
F money 680 billion yen
F money $4.4 billion
L city Kitakyushu
L region Fukuoka Prefecture
L country Taiwan
> The plant, on reclaimed land in the Hibikinada industrial zone, will make 28-nanometer and 40-nm chips for cars and factory equipment on 300-mm wafers. It is scheduled to start production in the second half of 2043 and reach 45,000 wafers a month by 2045, employing about 1,700 people.
L region Hibikinada
F quantity 28-nanometer
F quantity 40-nm
F quantity 300-mm
F date 2043
F number 45,000
F date 2045
F number 1,700
> Japan's Ministry of Economy, Trade and Industry (METI) has agreed to cover up to 230 billion yen of the cost, about a third, under its economic security program, according to people familiar with the matter. METI declined to comment on the amount.
L country Japan
O government Ministry of Economy, Trade and Industry
O government METI
F money 230 billion yen
F fraction a third
O government METI
> Chairman Tsai Yu-ting, 61, told a news conference in Hsinchu that the company wanted to build "as close to our customers as possible." "After the earthquakes and shortages of the 2020s, carmakers want a second source that is not across the Taiwan Strait," Tsai said. "When a Japanese customer says, 'We need you here,' you listen.
P full Tsai Yu-ting
F age 61
L city Hsinchu
Q direct Tsai Yu-ting :: "as close to our customers as possible."
Q direct Tsai Yu-ting :: "After the earthquakes and shortages of the 2020s, carmakers want a second source that is not across the Taiwan Strait,"
F date 2020s
L geo Taiwan Strait
P partial Tsai
Q direct Tsai Yu-ting :: "When a Japanese customer says, 'We need you here,' you listen.
> "Kyushu already has the engineers, the water and the power. We only have to bring the machines."
Q direct Tsai Yu-ting :: "Kyushu already has the engineers, the water and the power. We only have to bring the machines."
L region Kyushu
> Hiroshi Tanabe, a former Renesas engineer who will head the Japanese unit, Hsinyuan Japan, said the company aimed to hire 600 local graduates and about 250 engineers from Taiwan in the first phase. "Our goal is that in 10 years, most of the managers are Japanese," Tanabe said.
P full Hiroshi Tanabe
O company Renesas
O company Hsinyuan Japan
F number 600
F number 250
L country Taiwan
Q direct Hiroshi Tanabe :: "Our goal is that in 10 years, most of the managers are Japanese,"
F duration 10 years
P partial Tanabe
> The move follows Taiwan Semiconductor Manufacturing Co.'s plants in Kumamoto Prefecture, which have drawn more than 20 suppliers to Kyushu and pushed up land prices and wages. Industrial land in Kikuyo rose 31% in the three years to 2039, according to the prefecture.
O company Taiwan Semiconductor Manufacturing Co.
L region Kumamoto Prefecture
F number 20
L region Kyushu
L city Kikuyo
F percent 31%
F duration three years
F date 2039
> Kitakyushu Mayor Sachiko Onoue said the city would provide 18 hectares of land and 60,000 tonnes of industrial water a day. "For a steel town, this is a second life," she said.
L city Kitakyushu
P full Sachiko Onoue
F quantity 18 hectares
F quantity 60,000 tonnes
Q direct Sachiko Onoue :: "For a steel town, this is a second life,"
> Some analysts were cautious. "Mature-node capacity is being added everywhere, especially in China. Prices for 28-nm wafers could fall 10% to 15% by 2044," said Wu Chia-hui, an analyst at Taipei-based TrendForce.
Q direct Wu Chia-hui :: "Mature-node capacity is being added everywhere, especially in China. Prices for 28-nm wafers could fall 10% to 15% by 2044,"
L country China
F quantity 28-nm
F percent 10%
F percent 15%
F date 2044
P full Wu Chia-hui
L city Taipei
O company TrendForce
> Hsinyuan, founded in Hsinchu in 1994, runs nine fabs in Taiwan with a combined capacity of about 610,000 wafers a month and gets roughly 38% of its revenue from automotive customers. Construction in Kitakyushu is due to begin in October, with the first equipment moving in by April 2042.
O company Hsinyuan
L city Hsinchu
F date 1994
F number nine
L country Taiwan
F number 610,000
F percent 38%
L city Kitakyushu
F date April 2042
> Hsinyuan shares rose 4.2% to NT$118.5 in Taipei on Wednesday. The company reported a net profit of NT$21.7 billion for 2039.
O company Hsinyuan
F percent 4.2%
F money NT$118.5
L city Taipei
F money NT$21.7 billion
F date 2039
'''

ARTICLES['1445-warriors-edge-manly-26-22-te-rangi-double-mt-smart-nrl-nz-herald'] = r'''
> Sport
> Warriors edge Manly in eight-try thriller at Mt Smart
O team Warriors
O team Manly
F number eight
L facility Mt Smart
> Hōhepa Te Rangi scores twice as the Warriors hold on 26-22 after a late Sea Eagles charge
P full Hōhepa Te Rangi
O team Warriors
F score 26-22
O team Sea Eagles
> By Liam Ngata-Chambers
P full Liam Ngata-Chambers
> 14 Apr, 2040 09:31 PM
F date 14 Apr, 2040
F time 09:31 PM
> 3 mins to read
F duration 3 mins
> Hōhepa Te Rangi dives over for his second try at Mt Smart Stadium. Photo / Photosport
P full Hōhepa Te Rangi
L facility Mt Smart Stadium
O media Photosport
> The Warriors survived a frantic final 10 minutes to beat Manly 26-22 at Mt Smart Stadium on Saturday night, their fourth win in five games and enough to lift them into the NRL’s top four.
O team Warriors
F duration 10 minutes
O team Manly
F score 26-22
L facility Mt Smart Stadium
F number five
O other NRL
F number four
> Winger Hōhepa Te Rangi scored twice and halfback Kauri Hēnare kicked five goals from five attempts as the home side led 20-6 at halftime, before the Sea Eagles scored three tries in 14 minutes to set up a nervous finish in front of 21,486 fans.
P full Hōhepa Te Rangi
P full Kauri Hēnare
F number five
F number five
F score 20-6
O team Sea Eagles
F number three
F duration 14 minutes
F number 21,486
> The Sea Eagles’ forward pack, nicknamed “the Wall” by the Brookvale faithful, lost prop Joaquín Ortega-Sefo to the sin bin for 10 minutes in the first half, and the Warriors crossed twice while he was off.
O team Sea Eagles
Q scare - :: “the Wall”
L city Brookvale
P full Joaquín Ortega-Sefo
F duration 10 minutes
O team Warriors
> Manly centre Iosefa Leaupepe-Tuala scored in the 71st minute to cut the lead to four, but Warriors fullback Tevita Fa’asavalu held up Sea Eagles hooker Brock McAlister-Hunt over the line with 40 seconds left.
O team Manly
P full Iosefa Leaupepe-Tuala
F number four
O team Warriors
P full Tevita Fa’asavalu
O team Sea Eagles
P full Brock McAlister-Hunt
F duration 40 seconds
> “I’m not sure my heart can take many more of those,” Warriors coach Aperahama Mahuika said. “We were brilliant for 50 minutes and then we stopped doing the simple things. We’ll enjoy it tonight, but we’ve got Penrith next week and they won’t give us 20 minutes off.”
Q direct Aperahama Mahuika :: “I’m not sure my heart can take many more of those,”
O team Warriors
P full Aperahama Mahuika
Q direct Aperahama Mahuika :: “We were brilliant for 50 minutes and then we stopped doing the simple things. We’ll enjoy it tonight, but we’ve got Penrith next week and they won’t give us 20 minutes off.”
F duration 50 minutes
O team Penrith
F duration 20 minutes
> Hēnare’s penalty goal in the 58th minute, after a high shot on Fa’asavalu, proved decisive. The 23-year-old has now kicked 31 goals from 34 attempts this season, the best record in the competition.
P partial Hēnare
P partial Fa’asavalu
F age 23-year-old
F number 31
F number 34
> Warriors captain Mitchell Tauiliili-Brown, playing his 150th game for the club, failed a head injury assessment after 62 minutes and did not return. Mahuika said he was “fine, just a bit sore”.
O team Warriors
P full Mitchell Tauiliili-Brown
F duration 62 minutes
P partial Mahuika
Q direct Aperahama Mahuika :: “fine, just a bit sore”
> Mahuika singled out Te Rangi, 21, who was playing only his ninth NRL game after switching from rugby union in 2039. “He was told he was too small for league. He’s heard that his whole life,” Mahuika said.
P partial Mahuika
P partial Te Rangi
F age 21
O other NRL
F date 2039
Q direct Aperahama Mahuika :: “He was told he was too small for league. He’s heard that his whole life,”
P partial Mahuika
> Sea Eagles coach Declan O’Rourke said his side had “gifted” the Warriors two tries from kicks. “You can’t spot a team like that 14 points in their own backyard and expect to win,” O’Rourke said. “The effort in the second half was there. The first 40 just wasn’t good enough.”
O team Sea Eagles
P full Declan O’Rourke
Q direct Declan O’Rourke :: “gifted”
O team Warriors
F number two
Q direct Declan O’Rourke :: “You can’t spot a team like that 14 points in their own backyard and expect to win,”
F number 14
P partial O’Rourke
Q direct Declan O’Rourke :: “The effort in the second half was there. The first 40 just wasn’t good enough.”
F number 40
> The result leaves the Warriors with a 6-2 record, level on points with Melbourne and Cronulla, while Manly slip to 4-4. Manly host Canterbury at Brookvale next Sunday at 4.05pm.
O team Warriors
F score 6-2
O team Melbourne
O team Cronulla
O team Manly
F score 4-4
O team Manly
O team Canterbury
L city Brookvale
F time 4.05pm
> Warriors 26 (Hōhepa Te Rangi 2, Tevita Fa’asavalu, Kauri Hēnare tries; Hēnare 5 goals) bt Sea Eagles 22 (Iosefa Leaupepe-Tuala 2, Brock McAlister-Hunt, Sione Taufa tries; Cody Whitlam-Reyes 3 goals). Halftime: 20-6.
O team Warriors
F score 26
P full Hōhepa Te Rangi
F number 2
P full Tevita Fa’asavalu
P full Kauri Hēnare
P partial Hēnare
F number 5
O team Sea Eagles
F score 22
P full Iosefa Leaupepe-Tuala
F number 2
P full Brock McAlister-Hunt
P full Sione Taufa
P full Cody Whitlam-Reyes
F number 3
F score 20-6
'''

ARTICLES['1446-durban-port-congestion-ships-anchorage-crane-breakdowns-tpt-saaff-daily-maverick'] = r'''
> DURBAN
L city DURBAN
> Ships queue for 11 days as Durban container terminal buckles under crane breakdowns
F duration 11 days
L city Durban
> Nearly 60 vessels are waiting at anchor off KwaZulu-Natal, and exporters say the delays are costing the economy R1.2-billion a week.
F number 60
L region KwaZulu-Natal
F money R1.2-billion
> By Nomvula Dlamini-Pillay
P full Nomvula Dlamini-Pillay
> 19 Jun 2040
F date 19 Jun 2040
> Container ships wait at the outer anchorage off Durban on 18 June 2040. (Photo: Gallo Images / Kagiso Mthembu)
L city Durban
F date 18 June 2040
O company Gallo Images
P full Kagiso Mthembu
> Fifty-eight ships were waiting at anchor outside the Port of Durban on Monday, the longest queue in at least four years, as breakdowns of ship-to-shore cranes at the Durban Container Terminal cut handling rates to their lowest level since 2036.
F number Fifty-eight
L facility Port of Durban
F duration four years
L facility Durban Container Terminal
F date 2036
> According to Transnet National Ports Authority (TNPA) figures seen by Daily Maverick, container vessels were waiting an average of 11.4 days for a berth, up from 3.2 days in March. Eight of the 19 ship-to-shore cranes at Pier 2 were out of service on Monday.
O company Transnet National Ports Authority
O company TNPA
O media Daily Maverick
F duration 11.4 days
F duration 3.2 days
F number Eight
F number 19
L facility Pier 2
> Transnet Port Terminals (TPT), which runs the terminal, said in a statement that spare parts ordered from China in February had been delayed and that it was “working around the clock” to restore equipment.
O company Transnet Port Terminals
O company TPT
L country China
Q direct Transnet Port Terminals :: “working around the clock”
> Siphiwe Mahlangu, TPT’s general manager for the Durban terminals, said four cranes would return by 30 June and a further three by mid-July. “We are not hiding behind excuses. These machines are old and we have fewer than we need,” Mahlangu said. “Moving containers is our job, and right now we are not doing it well enough.”
P full Siphiwe Mahlangu
O company TPT
L city Durban
F number four
F date 30 June
F number three
Q direct Siphiwe Mahlangu :: “We are not hiding behind excuses. These machines are old and we have fewer than we need,”
P partial Mahlangu
Q direct Siphiwe Mahlangu :: “Moving containers is our job, and right now we are not doing it well enough.”
> The terminal moved 148,000 containers in May, 22% fewer than a year earlier, and crane productivity fell to 14 moves an hour against a target of 28.
F number 148,000
F percent 22%
F number 14
F number 28
> The South African Association of Freight Forwarders (SAAFF) said citrus exporters, at the peak of their season, were paying up to R45,000 a day in demurrage for some vessels. “Fruit does not wait,” said SAAFF chief executive Johan van Rooyen. “Every day a reefer ship sits outside Durban, growers in the Sundays River Valley and Letsitele lose money they will never get back.
O nonprofit South African Association of Freight Forwarders
O nonprofit SAAFF
F money R45,000
Q direct Johan van Rooyen :: “Fruit does not wait,”
O nonprofit SAAFF
P full Johan van Rooyen
Q direct Johan van Rooyen :: “Every day a reefer ship sits outside Durban, growers in the Sundays River Valley and Letsitele lose money they will never get back.
L city Durban
L region Sundays River Valley
L city Letsitele
> “Some of our members are already sending boxes by road to Richards Bay and Ngqura, and that adds R18,000 a container.”
Q direct Johan van Rooyen :: “Some of our members are already sending boxes by road to Richards Bay and Ngqura, and that adds R18,000 a container.”
L city Richards Bay
L city Ngqura
F money R18,000
> Van Rooyen said the delays were costing the economy about R1.2-billion a week in lost sales, storage and penalties.
P partial Van Rooyen
F money R1.2-billion
> A senior Transnet official, who spoke on condition of anonymity because they were not authorised to speak to the media, said a new crane contract had been “stuck in procurement for two years”. “Everyone knew this was coming,” the official said.
O company Transnet
Q direct - :: “stuck in procurement for two years”
F duration two years
Q direct - :: “Everyone knew this was coming,”
> Trucks queued for 9km along Bayhead Road on Tuesday, and the eThekwini Municipality said it had sent Metro Police officers to manage traffic near Maydon Wharf and the Point.
F quantity 9km
L street Bayhead Road
O government eThekwini Municipality
O government Metro Police
L facility Maydon Wharf
L city Point
> The port handled 2.6 million containers in 2039, about 60% of South Africa’s container traffic.
F number 2.6 million
F date 2039
F percent 60%
L country South Africa
> Transnet has budgeted R2.9-billion for 24 new cranes at Durban and Ngqura over the next five years.
O company Transnet
F money R2.9-billion
F number 24
L city Durban
L city Ngqura
F duration five years
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
