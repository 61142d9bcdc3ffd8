#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval310 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval310/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1903-celtics-beat-heat-112-104-kaseya-center-delacroix-byrd-miami-herald'] = r'''
> Miami Heat
O team Miami Heat
> Celtics pull away in third quarter, snap Heat's four-game winning streak with 112-104 win
O team Celtics
O team Heat
F number four
F score 112-104
> Marcus Delacroix-Byrd scored 31 points and Boston outscored Miami 34-19 in the third quarter. Heat coach Leon Batiste called it "a quarter we gave away."
P full Marcus Delacroix-Byrd
F number 31
O team Boston
O team Miami
F score 34-19
O team Heat
P full Leon Batiste
Q direct Leon Batiste :: "a quarter we gave away."
> By Andrés Villalobos-Keane
P full Andrés Villalobos-Keane
> Updated January 17, 2043 11:02 PM
F date January 17, 2043
F time 11:02 PM
> Miami Heat guard Darnell Okafor-Reyes (4) drives past Boston Celtics forward Marcus Delacroix-Byrd during the second half of an NBA game at Kaseya Center in Miami on Saturday, Jan. 17, 2043. RENATA OQUENDO roquendo@miamiherald.com
O team Miami Heat
P full Darnell Okafor-Reyes
O team Boston Celtics
P full Marcus Delacroix-Byrd
O other NBA
L facility Kaseya Center
L city Miami
F date Jan. 17, 2043
P full RENATA OQUENDO
> For 24 minutes on Saturday night, the Heat looked like the team that had won four straight. Then Boston found another gear.
F duration 24 minutes
O team Heat
F number four
O team Boston
> Marcus Delacroix-Byrd scored 31 points, Kwame Asante added 22 and the Celtics outscored Miami 34-19 in the third quarter on the way to a 112-104 win at Kaseya Center, ending the Heat's four-game winning streak in front of a sellout crowd of 19,600.
P full Marcus Delacroix-Byrd
F number 31
P full Kwame Asante
F number 22
O team Celtics
O team Miami
F score 34-19
F score 112-104
L facility Kaseya Center
O team Heat
F number four
F number 19,600
> Boston (38-14) has won seven in a row on the road and leads the Eastern Conference by 3 1/2 games. Miami (29-23) fell to 17-8 at home.
O team Boston
F score 38-14
F number seven
O other Eastern Conference
F number 3 1/2
O team Miami
F score 29-23
F score 17-8
> "We played 24 minutes of good basketball and then we stopped doing the things that got us here," Heat coach Leon Batiste said. "That third quarter, that's a quarter we gave away. You can't hand a team like that 34 points and expect to be standing at the end."
Q direct Leon Batiste :: "We played 24 minutes of good basketball and then we stopped doing the things that got us here,"
F duration 24 minutes
O team Heat
P full Leon Batiste
Q direct Leon Batiste :: "That third quarter, that's a quarter we gave away. You can't hand a team like that 34 points and expect to be standing at the end."
F number 34
> Darnell Okafor-Reyes led Miami with 27 points and nine assists, and center Tobias Lindqvist had 14 points and 13 rebounds. Rookie Mateo Carvalho, 20, scored 12 off the bench.
P full Darnell Okafor-Reyes
O team Miami
F number 27
F number nine
P full Tobias Lindqvist
F number 14
F number 13
P full Mateo Carvalho
F age 20
F number 12
> The Heat led 58-54 at halftime after a 14-0 run late in the second quarter, when Okafor-Reyes hit three 3-pointers in a span of 1:48.
O team Heat
F score 58-54
F score 14-0
P partial Okafor-Reyes
F number three
F number 3
F duration 1:48
> Boston answered right away. Asante opened the third with back-to-back 3-pointers, and Delacroix-Byrd, who went 6 of 9 from 3-point range, scored 13 in the period. The Celtics led by 16 with 4:12 left in the quarter, and Miami never got closer than six.
O team Boston
P partial Asante
F number 3
P partial Delacroix-Byrd
F number 6
F number 9
F number 3
F number 13
O team Celtics
F number 16
F time 4:12
O team Miami
F number six
> "At halftime I just told them, 'Look at the score. We're down four and we haven't played yet,'" Celtics coach Dominic Ferrante said. "They believed it."
Q direct Dominic Ferrante :: "At halftime I just told them, 'Look at the score. We're down four and we haven't played yet,'"
F number four
O team Celtics
P full Dominic Ferrante
Q direct Dominic Ferrante :: "They believed it."
> Ferrante saved his praise for his star. "Marcus is playing the best basketball of his life," he said. "He sees everything now. Two years ago he'd force that shot. Tonight he moved it, and moved it again, and the ball found Kwame.
P partial Ferrante
Q direct Dominic Ferrante :: "Marcus is playing the best basketball of his life,"
P partial Marcus
Q direct Dominic Ferrante :: "He sees everything now. Two years ago he'd force that shot. Tonight he moved it, and moved it again, and the ball found Kwame.
F duration Two years
P partial Kwame
> "That's the team we want to be in April."
Q direct Dominic Ferrante :: "That's the team we want to be in April."
> Delacroix-Byrd, 26, credited a defense that fans have started calling "the Green Wall," which held Miami to 41% shooting after halftime. "I made some shots, but we got stops," he said. "That's what wins in this building."
P partial Delacroix-Byrd
F age 26
Q scare - :: "the Green Wall,"
O team Miami
F percent 41%
Q direct Marcus Delacroix-Byrd :: "I made some shots, but we got stops,"
Q direct Marcus Delacroix-Byrd :: "That's what wins in this building."
> Okafor-Reyes, who played 41 minutes, said the Heat were "a step slow on everything" after the break and took the blame for five of Miami's 16 turnovers.
P partial Okafor-Reyes
F duration 41 minutes
O team Heat
Q direct Darnell Okafor-Reyes :: "a step slow on everything"
F number five
O team Miami
F number 16
> "That's on me," he said. "I'm the point guard. I've got to settle us down."
Q direct Darnell Okafor-Reyes :: "That's on me,"
Q direct Darnell Okafor-Reyes :: "I'm the point guard. I've got to settle us down."
> Lindqvist sat out six minutes of the fourth quarter with a bruised left knee but returned, and Batiste said he expected the 7-foot-1 center to play Monday.
P partial Lindqvist
F duration six minutes
P partial Batiste
F quantity 7-foot-1
> The teams meet again Monday at 7:30 p.m. at TD Garden in Boston, the second of their four meetings this season.
F time 7:30 p.m.
L facility TD Garden
L city Boston
F number four
'''

ARTICLES['1904-para-deforestation-alerts-inpe-ibama-sao-felix-do-xingu-mongabay'] = r'''
> ‘They come at night’: Deforestation alerts jump on Pará’s cattle frontier
Q direct Ireô Kayapó :: ‘They come at night’
L region Pará
> • Satellite alerts from Brazil’s space research institute, INPE, show forest loss in Pará up 23% in eight months.
L country Brazil
O government INPE
L region Pará
F percent 23%
F duration eight months
> • Nearly half of the clearing was in two municipalities, São Félix do Xingu and Altamira.
F fraction half
F number two
L city São Félix do Xingu
L city Altamira
> • IBAMA says it has issued fines worth 312 million reais ($58 million); ranchers say the crackdown punishes legal producers.
O government IBAMA
F money 312 million reais
F money $58 million
> by Rafaela Quintanilha on 9 April 2042
P full Rafaela Quintanilha
F date 9 April 2042
> A freshly burned clearing on the edge of the Pykatô Indigenous Territory in São Félix do Xingu, Pará, in March 2042. Image by Tiago Nascimento Brandão for Mongabay.
L region Pykatô Indigenous Territory
L city São Félix do Xingu
L region Pará
F date March 2042
P full Tiago Nascimento Brandão
O media Mongabay
> Alerts of forest loss in the Brazilian state of Pará rose over the past eight months, according to Brazil’s National Institute for Space Research (INPE), as cattle pushed deeper into protected areas along the Xingu River.
L region Pará
F duration eight months
L country Brazil
O government National Institute for Space Research
O government INPE
L geo Xingu River
> INPE’s DETER system, which flags clearings larger than 3 hectares, recorded 1,284 square kilometers (496 square miles) of alerts in Pará between August 2041 and March 2042, up 23% from 1,044 km² a year earlier. Pará accounted for 38% of alerts in the Legal Amazon.
O government INPE
F quantity 3 hectares
F quantity 1,284 square kilometers
F quantity 496 square miles
L region Pará
F date August 2041
F date March 2042
F percent 23%
F quantity 1,044 km²
L region Pará
F percent 38%
L region Legal Amazon
> São Félix do Xingu and Altamira, which together cover an area larger than Portugal, accounted for 47% of the total. São Félix do Xingu also holds Brazil’s largest cattle herd, about 2.5 million head.
L city São Félix do Xingu
L city Altamira
L country Portugal
F percent 47%
L city São Félix do Xingu
L country Brazil
F number 2.5 million
> Agents from the Brazilian Institute of Environment and Renewable Natural Resources (IBAMA) carried out 41 operations in the two municipalities, seizing 3,900 cattle and embargoing 18,700 hectares, said Luciana Torres Bittencourt, who coordinates enforcement in Pará.
O government Brazilian Institute of Environment and Renewable Natural Resources
O government IBAMA
F number 41
F number two
F number 3,900
F quantity 18,700 hectares
P full Luciana Torres Bittencourt
L region Pará
> “The alerts arrive within a day, but we have 62 agents for a state twice the size of France,” she told Mongabay. “By the time a team gets there, the forest is already pasture.”
Q direct Luciana Torres Bittencourt :: “The alerts arrive within a day, but we have 62 agents for a state twice the size of France,”
F number 62
L country France
O media Mongabay
Q direct Luciana Torres Bittencourt :: “By the time a team gets there, the forest is already pasture.”
> Bittencourt said many clearings are part of what is known in Brazil as “grilagem,” the seizure of public land for sale with forged titles.
P partial Bittencourt
L country Brazil
Q scare - :: “grilagem,”
> In the Pykatô Indigenous Territory, on a tributary of the Xingu, INPE flagged 87 alerts, six times as many as in 2040.
L region Pykatô Indigenous Territory
L geo Xingu
O government INPE
F number 87
F number six
F date 2040
> “They come at night, with chainsaws and trucks, and by morning there is a road,” said Ireô Kayapó, 52, a village leader. “We send the coordinates to IBAMA, to the Federal Police, to everyone.
Q direct Ireô Kayapó :: “They come at night, with chainsaws and trucks, and by morning there is a road,”
P full Ireô Kayapó
F age 52
Q direct Ireô Kayapó :: “We send the coordinates to IBAMA, to the Federal Police, to everyone.
O government IBAMA
O government Federal Police
> “My grandfather said the forest was our wall. Now the wall has doors, and we are not the ones holding the keys.”
Q direct Ireô Kayapó :: “My grandfather said the forest was our wall. Now the wall has doors, and we are not the ones holding the keys.”
> Valdecir Antunes de Moraes, 61, who runs 4,200 head of cattle north of São Félix do Xingu, said the crackdown punishes producers who follow the rules.
P full Valdecir Antunes de Moraes
F age 61
F number 4,200
L city São Félix do Xingu
> “The man from IBAMA told me, ‘If your neighbor clears, your cattle are dirty too,’” Moraes said. “I can’t control my neighbor. I have my papers, I have my license, I pay my taxes.”
Q direct Valdecir Antunes de Moraes :: “The man from IBAMA told me, ‘If your neighbor clears, your cattle are dirty too,’”
O government IBAMA
P partial Moraes
Q direct Valdecir Antunes de Moraes :: “I can’t control my neighbor. I have my papers, I have my license, I pay my taxes.”
> Cattle from embargoed land sell for about R$180 less per arroba, a 15-kilogram unit, he said.
F money R$180
F quantity 15-kilogram
> An IBAMA agent in the region since 2036, who asked not to be named, said most fines are never paid. “We fine, they appeal, and the case sleeps in Brasília for ten years,” he said.
O government IBAMA
F date 2036
Q direct - :: “We fine, they appeal, and the case sleeps in Brasília for ten years,”
L city Brasília
F duration ten years
> Brazil’s Ministry of Environment and Climate Change said in a statement that Pará remained a “priority” and that 120 more agents would be sent before the dry season.
L country Brazil
O government Ministry of Environment and Climate Change
L region Pará
Q direct Ministry of Environment and Climate Change :: “priority”
F number 120
> Banner image: Cattle graze on cleared land near Altamira, Pará. Image by Tiago Nascimento Brandão for Mongabay.
L city Altamira
L region Pará
P full Tiago Nascimento Brandão
O media Mongabay
'''

ARTICLES['1905-wales-nhs-two-year-waits-hywel-dda-llanelli-itv-news-wales'] = r'''
> Wales
L country Wales
> ‘I can’t even walk to the end of the garden’: Two-year waits rise again in Welsh NHS
Q direct Eirian Jenkins :: ‘I can’t even walk to the end of the garden’
F duration Two-year
O government NHS
> Almost 24,000 NHS Wales treatment pathways have been open for more than two years, with one health board holding more than a third of them
F number 24,000
O government NHS Wales
F duration two years
F number one
F fraction a third
> Wednesday 18 March 2043, 5:48pm
F date 18 March 2043
F time 5:48pm
> Report by Carys Ellis-Pugh, ITV Wales Health Correspondent
P full Carys Ellis-Pugh
O media ITV Wales
> Eirian Jenkins has waited 109 weeks for a new hip. Credit: ITV Wales
P full Eirian Jenkins
F duration 109 weeks
O media ITV Wales
> The number of patients in Wales waiting more than two years for treatment has risen for the third month in a row, according to figures published on Wednesday by the Welsh Government.
L country Wales
F duration two years
O government Welsh Government
> The statistics show 23,870 pathways open for more than 104 weeks at the end of January, up from 22,410 in December. The overall list stands at 781,200 pathways, or about 590,000 patients, roughly one in five people in Wales.
F number 23,870
F duration 104 weeks
F number 22,410
F number 781,200
F number 590,000
F number one
F number five
L country Wales
> Hywel Dda University Health Board, which covers Carmarthenshire, Ceredigion and Pembrokeshire, accounts for 8,940 of the longest waits, more than a third of the Welsh total. Only 41% of its patients were seen within the 26-week target.
O government Hywel Dda University Health Board
L region Carmarthenshire
L region Ceredigion
L region Pembrokeshire
F number 8,940
F fraction a third
F percent 41%
F duration 26-week
> Eirian Jenkins, 67, a retired postmistress from Llanelli, has been on the list for a hip replacement at Prince Philip Hospital since February 2041.
P full Eirian Jenkins
F age 67
L city Llanelli
O other Prince Philip Hospital
F date February 2041
> “I can’t even walk to the end of the garden now,” she said. “My consultant told me, ‘You’re on the list, Mrs Jenkins, and the list is long.’ I’ve had two letters since, and both said the same thing: keep waiting.”
Q direct Eirian Jenkins :: “I can’t even walk to the end of the garden now,”
Q direct Eirian Jenkins :: “My consultant told me, ‘You’re on the list, Mrs Jenkins, and the list is long.’ I’ve had two letters since, and both said the same thing: keep waiting.”
P partial Jenkins
F number two
> Hywel Dda’s chief executive, Gethin Wyn Rowlands, said the board lost 60 orthopaedic theatre sessions this winter because beds at Glangwili General Hospital in Carmarthen and Withybush General Hospital in Haverfordwest (Hwlffordd) were full of patients fit to go home.
O government Hywel Dda
P full Gethin Wyn Rowlands
F number 60
O other Glangwili General Hospital
L city Carmarthen
O other Withybush General Hospital
L city Haverfordwest
L city Hwlffordd
> “Every planned operation we cancel adds to a queue that was already too long,” he said. “We are opening a dedicated orthopaedic unit at Prince Philip in the autumn, and we expect it to carry out 1,800 hip and knee replacements a year.”
Q direct Gethin Wyn Rowlands :: “Every planned operation we cancel adds to a queue that was already too long,”
Q direct Gethin Wyn Rowlands :: “We are opening a dedicated orthopaedic unit at Prince Philip in the autumn, and we expect it to carry out 1,800 hip and knee replacements a year.”
O other Prince Philip
F number 1,800
> Health Secretary Rhian Prosser-Lloyd told the Senedd that the Welsh Government would spend an extra £48m this year on evening and weekend clinics.
P full Rhian Prosser-Lloyd
O government Senedd
O government Welsh Government
F money £48m
> “I am not going to stand here and pretend these numbers are acceptable. They are not,” she said. “Two-year waits have no place in a modern health service, and I want them gone by March 2044.
Q direct Rhian Prosser-Lloyd :: “I am not going to stand here and pretend these numbers are acceptable. They are not,”
Q direct Rhian Prosser-Lloyd :: “Two-year waits have no place in a modern health service, and I want them gone by March 2044.
F duration Two-year
F date March 2044
> “That means every health board, not just the ones in the headlines, using every theatre it has for 52 weeks of the year.”
Q direct Rhian Prosser-Lloyd :: “That means every health board, not just the ones in the headlines, using every theatre it has for 52 weeks of the year.”
F duration 52 weeks
> The Welsh Conservatives called the figures “a scandal” and said ministers had missed their own targets four times since 2040. Plaid Cymru’s health spokesperson, Llinos Haf Parry MS, said patients in west Wales were “paying for decisions made in Cardiff Bay”.
O party Welsh Conservatives
Q direct Welsh Conservatives :: “a scandal”
F number four
F date 2040
O party Plaid Cymru
P full Llinos Haf Parry
L country Wales
Q direct Llinos Haf Parry :: “paying for decisions made in Cardiff Bay”
L city Cardiff Bay
> A spokesperson for the Royal College of Surgeons of England, which represents surgeons in Wales, said long waits were causing “real and lasting harm”, with some patients needing more complex surgery by the time they reached theatre.
O nonprofit Royal College of Surgeons of England
L country Wales
Q direct - :: “real and lasting harm”
> The college said about 15% of people waiting more than a year for a hip or knee operation now needed a walking aid.
F percent 15%
> Mrs Jenkins was offered private surgery in England for around £14,000 but cannot afford it. “I worked 40 years for the Post Office,” she said. “I never thought I’d be counting the weeks like this.”
P partial Jenkins
L country England
F money £14,000
Q direct Eirian Jenkins :: “I worked 40 years for the Post Office,”
F duration 40 years
O company Post Office
Q direct Eirian Jenkins :: “I never thought I’d be counting the weeks like this.”
'''

ARTICLES['1906-corvane-vela-fold-foldable-phone-launch-san-francisco-engadget'] = r'''
> Mobile
> Corvane’s Vela Fold is a $1,799 foldable that’s thinner than most phones when closed
O company Corvane
F money $1,799
> The San Francisco company’s first foldable has an 8.1-inch inner screen, 512GB of storage and a battery rated for 31 hours of video.
L city San Francisco
F quantity 8.1-inch
F quantity 512GB
F duration 31 hours
> Maya Okonjo-Hart · Senior Reporter
P full Maya Okonjo-Hart
> Updated Tue, Mar 10, 2043 · 4 min read
F date Mar 10, 2043
F duration 4 min
> The Vela Fold in its “glacier” finish, unfolded. (Maya Okonjo-Hart for Engadget)
Q scare - :: “glacier”
P full Maya Okonjo-Hart
O media Engadget
> Corvane, best known for its midrange Vela phones, took the wraps off its first foldable on Tuesday at the Bill Graham Civic Auditorium in San Francisco. The Vela Fold goes on sale in the US on March 27 for $1,799 with 512GB of storage, or $1,999 with 1TB.
O company Corvane
L facility Bill Graham Civic Auditorium
L city San Francisco
L country US
F date March 27
F money $1,799
F quantity 512GB
F money $1,999
F quantity 1TB
> Closed, the Vela Fold is 8.9mm thick, against 11 to 12mm for most book-style rivals, and it weighs 219 grams. Open, it measures 4.2mm at its thinnest point. Corvane says the hinge has been tested for 500,000 folds, or about 14 years of opening it 100 times a day.
F quantity 8.9mm
F quantity 11
F quantity 12mm
F quantity 219 grams
F quantity 4.2mm
O company Corvane
F number 500,000
F duration 14 years
F number 100
> “We didn’t want a phone that feels like two phones glued together,” said Priya Natarajan-Holt, Corvane’s chief product officer, at the launch. “The whole team had one rule: if it doesn’t fit in a jeans pocket, it doesn’t ship.
Q direct Priya Natarajan-Holt :: “We didn’t want a phone that feels like two phones glued together,”
F number two
P full Priya Natarajan-Holt
O company Corvane
Q direct Priya Natarajan-Holt :: “The whole team had one rule: if it doesn’t fit in a jeans pocket, it doesn’t ship.
F number one
> “We threw away 23 hinge designs before this one. Our engineers called the last prototype ‘the sandwich,’ and they did not mean it kindly.”
Q direct Priya Natarajan-Holt :: “We threw away 23 hinge designs before this one. Our engineers called the last prototype ‘the sandwich,’ and they did not mean it kindly.”
F number 23
> Inside, the 8.1-inch display runs at 120Hz and reaches 2,800 nits; the 6.3-inch cover screen is a normal phone shape rather than the narrow remote-control look of early foldables. The phone uses Qualcomm’s newest Snapdragon chip, 16GB of RAM and a 5,200mAh battery split across both halves, which Corvane rates at 31 hours of video playback.
F quantity 8.1-inch
F quantity 120Hz
F quantity 2,800 nits
F quantity 6.3-inch
O company Qualcomm
F quantity 16GB
F quantity 5,200mAh
O company Corvane
F duration 31 hours
> I used a preproduction unit for two days before the event. The battery lasted from 7AM to well past midnight with heavy use, and the crease is shallower than on Samsung’s Galaxy Z Fold 9, though you can still feel it under a thumb.
F duration two days
F time 7AM
O company Samsung
> Not everyone is convinced. Owen Achterberg, who reviews phones for the site PocketLab, said the wider cover screen makes the Vela Fold “the first foldable I’d actually use closed,” but called the four-year software update promise “thin” for a phone at this price.
P full Owen Achterberg
O media PocketLab
Q direct Owen Achterberg :: “the first foldable I’d actually use closed,”
F duration four-year
Q direct Owen Achterberg :: “thin”
> “Samsung and Google give you seven years,” Achterberg said. “If I’m paying $1,799, I want updates for as long as the hinge lasts.”
Q direct Owen Achterberg :: “Samsung and Google give you seven years,”
O company Samsung
O company Google
F duration seven years
P partial Achterberg
Q direct Owen Achterberg :: “If I’m paying $1,799, I want updates for as long as the hinge lasts.”
F money $1,799
> Corvane said in a statement after the event that it would “revisit” its update policy before the phone ships.
O company Corvane
Q direct Corvane :: “revisit”
> Foldables are still a niche. Meridian Device Research estimates that 31 million were shipped worldwide in 2042, about 2.4% of all smartphones, and that Samsung held 44% of that market.
O company Meridian Device Research
F number 31 million
F date 2042
F percent 2.4%
O company Samsung
F percent 44%
> “Corvane is walking into a crowded room very late, but the price is $200 below the Fold 9 and the thickness story is real,” said Hyun-woo Baek, a senior analyst at Meridian. “If they sell 400,000 units in the first year, that’s a win. If the hinge fails on camera in the first month, it’s over.”
Q direct Hyun-woo Baek :: “Corvane is walking into a crowded room very late, but the price is $200 below the Fold 9 and the thickness story is real,”
O company Corvane
F money $200
P full Hyun-woo Baek
O company Meridian
Q direct Hyun-woo Baek :: “If they sell 400,000 units in the first year, that’s a win. If the hinge fails on camera in the first month, it’s over.”
F number 400,000
> Preorders open today at 9AM PT on Corvane’s website and at Best Buy, with a $150 trade-in credit for any working phone.
F time 9AM PT
O company Corvane
O company Best Buy
F money $150
'''

ARTICLES['1907-luxor-valley-of-the-kings-visitor-center-opens-sca-egypt-independent'] = r'''
> Egypt
L country Egypt
> New LE1.4 Billion Visitor Center Opens at Luxor’s Valley of the Kings
F money LE1.4 Billion
L city Luxor
L geo Valley of the Kings
> Tourism and Antiquities Ministry says the center will cut queues at the royal tombs, as visitor numbers on Luxor’s West Bank pass 9,000 a day
O government Tourism and Antiquities Ministry
L city Luxor
L region West Bank
F number 9,000
> Nourhan Abdel-Fattah
P full Nourhan Abdel-Fattah
> Wednesday, April 1, 2043 | 1:35 pm
F date April 1, 2043
F time 1:35 pm
> Visitors queue at the entrance to the Valley of the Kings on Luxor’s West Bank. (Photo: Karim Abou Ghazala/Al-Masry Al-Youm)
L geo Valley of the Kings
L city Luxor
L region West Bank
P full Karim Abou Ghazala
O media Al-Masry Al-Youm
> The Ministry of Tourism and Antiquities on Wednesday opened a LE1.4 billion visitor center at the entrance to the Valley of the Kings in Luxor, the biggest change to the site in more than two decades.
O government Ministry of Tourism and Antiquities
F money LE1.4 billion
L geo Valley of the Kings
L city Luxor
F duration two decades
> The 6,200-square-meter center, built of local sandstone and partly sunk into the hillside, replaces the old ticket kiosks and tram shelter. It holds a ticket hall, a gallery with a scale model of the valley, a café and shaded seating for up to 1,500 people.
F quantity 6,200-square-meter
F number 1,500
> Mostafa Abdel-Rahim El-Sayed, secretary-general of the Supreme Council of Antiquities (SCA), said the center would spread visitors more evenly across the day and protect the tombs from the humidity crowds bring.
P full Mostafa Abdel-Rahim El-Sayed
O government Supreme Council of Antiquities
O government SCA
> “Every visitor breathes out moisture. When 300 people stand inside one tomb, the humidity can rise by 10 percent in 20 minutes, and the paintings pay the price,” El-Sayed told Egypt Independent.
Q direct Mostafa Abdel-Rahim El-Sayed :: “Every visitor breathes out moisture. When 300 people stand inside one tomb, the humidity can rise by 10 percent in 20 minutes, and the paintings pay the price,”
F number 300
F number one
F percent 10 percent
F duration 20 minutes
P partial El-Sayed
O media Egypt Independent
> Under the new system, visitors book a one-hour time slot online or at the center, and no more than 120 people will be allowed in any open tomb at once. The SCA will keep 11 tombs open on a rotating basis and close others for conservation, El-Sayed said.
F duration one-hour
F number 120
O government SCA
F number 11
P partial El-Sayed
> The valley received 2.9 million visitors in 2042, up 18 percent from 2041, and daily numbers on the West Bank often pass 9,000 in winter.
F number 2.9 million
F date 2042
F percent 18 percent
F date 2041
L region West Bank
F number 9,000
> Ticket prices stay at LE750 for foreign adults and LE60 for Egyptians, the ministry said in a statement, describing the project as “a gift to the visitor and to the tombs alike.”
F money LE750
F money LE60
Q direct Ministry of Tourism and Antiquities :: “a gift to the visitor and to the tombs alike.”
> Tour guides welcomed the shade but worried about the booking system. Sherif Abdel-Aziz Hamdy, 44, a guide in Luxor for 19 years, said many clients book only a day ahead.
P full Sherif Abdel-Aziz Hamdy
F age 44
L city Luxor
F duration 19 years
> “A cruise boat arrives at 6 am with 140 passengers, and the captain wants them back by noon,” he said. “If the slots are gone, what do I tell them? ‘Sorry, come back next year’?
Q direct Sherif Abdel-Aziz Hamdy :: “A cruise boat arrives at 6 am with 140 passengers, and the captain wants them back by noon,”
F time 6 am
F number 140
Q direct Sherif Abdel-Aziz Hamdy :: “If the slots are gone, what do I tell them? ‘Sorry, come back next year’?
> “Some of these people saved for ten years to stand in this valley. The guides need a quota of places, even 20 percent, or we will be fighting at the gate every morning.”
Q direct Sherif Abdel-Aziz Hamdy :: “Some of these people saved for ten years to stand in this valley. The guides need a quota of places, even 20 percent, or we will be fighting at the gate every morning.”
F duration ten years
F percent 20 percent
> A ministry official, speaking on condition of anonymity, said a “fair share” of slots would be held back for licensed guides and Nile cruise operators, but declined to say how many.
Q direct - :: “fair share”
L geo Nile
> Claire Dumontet, 61, a retired teacher from Lyon on her second visit to Egypt, called the building a relief. “In 2039 I waited 90 minutes in the sun for the tram and nearly fainted,” she said. “Today I had a coffee, watched a film and walked in at my time. It felt like a museum, not a bus station.”
P full Claire Dumontet
F age 61
L city Lyon
L country Egypt
Q direct Claire Dumontet :: “In 2039 I waited 90 minutes in the sun for the tram and nearly fainted,”
F date 2039
F duration 90 minutes
Q direct Claire Dumontet :: “Today I had a coffee, watched a film and walked in at my time. It felt like a museum, not a bus station.”
> The ministry said the center was paid for by the state and an EGP 380 million grant from the European Union, and that a similar project is planned at the Valley of the Queens by 2044.
F money EGP 380 million
O intergovernmental European Union
L geo Valley of the Queens
F date 2044
'''

ARTICLES['1908-ndp-wins-edmonton-south-west-alberta-byelection-national-post'] = r'''
> Canadian Politics
> NDP takes Edmonton-South West from UCP in Alberta byelection as turnout falls to 31 per cent
O party NDP
L region Edmonton-South West
O party UCP
L region Alberta
F percent 31 per cent
> The New Democrats’ Marisol Kettering-Obi won a seat the United Conservatives had held for two terms, with 52.8 per cent of the vote
O party New Democrats
P full Marisol Kettering-Obi
O party United Conservatives
F number two
F percent 52.8 per cent
> Author of the article: Declan Rusnak-Fournier
P full Declan Rusnak-Fournier
> Published Mar 17, 2043 • Last updated 3 hours ago • 4 minute read
F date Mar 17, 2043
F duration 3 hours
F duration 4 minute
> NDP candidate Marisol Kettering-Obi celebrates with supporters at a community hall in Edmonton’s Windermere neighbourhood on Monday, March 16, 2043. Photo by Jordan Whitecalf /Postmedia
P full Marisol Kettering-Obi
L city Edmonton
L city Windermere
F date March 16, 2043
P full Jordan Whitecalf
O media Postmedia
> EDMONTON — Alberta’s New Democrats took a suburban Edmonton seat from the governing United Conservative Party in a byelection Monday, a result the party’s leader called “a warning light on the premier’s dashboard.”
L city EDMONTON
L region Alberta
O party New Democrats
L city Edmonton
O party United Conservative Party
Q direct Samir Haddad-Lowe :: “a warning light on the premier’s dashboard.”
> Kettering-Obi, a 44-year-old family doctor, won Edmonton-South West with 9,412 votes, or 52.8 per cent, according to unofficial results from Elections Alberta. UCP candidate Brent Vasylchuk, a former city councillor, finished with 7,655 votes, or 42.9 per cent. The Alberta Liberals’ Dev Sharma-Grant was third with 3.1 per cent.
P partial Kettering-Obi
F age 44-year-old
L region Edmonton-South West
F number 9,412
F percent 52.8 per cent
O government Elections Alberta
P full Brent Vasylchuk
F number 7,655
F percent 42.9 per cent
O party Alberta Liberals
P full Dev Sharma-Grant
F percent 3.1 per cent
> Turnout was 31 per cent of the riding’s 58,300 eligible voters, down from 63 per cent in the 2041 general election.
F percent 31 per cent
F number 58,300
F percent 63 per cent
F date 2041
> The riding, in the city’s southwest corner along Anthony Henday Drive, takes in Windermere, Ambleside and Heritage Valley. It came open when UCP MLA Gordon Piatkowski resigned in November to take a job in Ottawa. A second vacancy, in Calgary-Klein, must be filled by September.
L street Anthony Henday Drive
L city Windermere
L city Ambleside
L city Heritage Valley
P full Gordon Piatkowski
L city Ottawa
L region Calgary-Klein
> “People here are not radicals. They’re nurses and teachers and people who drive an hour to a job in Leduc,” Kettering-Obi told supporters at the Windermere hall shortly before 11 p.m. “They told me at the door that they feel nobody in the legislature is listening to them.
Q direct Marisol Kettering-Obi :: “People here are not radicals. They’re nurses and teachers and people who drive an hour to a job in Leduc,”
L city Leduc
P partial Kettering-Obi
L city Windermere
F time 11 p.m.
Q direct Marisol Kettering-Obi :: “They told me at the door that they feel nobody in the legislature is listening to them.
> “Starting tomorrow, I’m going to spend every day proving them wrong.”
Q direct Marisol Kettering-Obi :: “Starting tomorrow, I’m going to spend every day proving them wrong.”
> In a statement, the Office of the Premier congratulated Kettering-Obi and said byelections “are often a chance for voters to send a message, and we have heard it.” The government would “stay focused on affordability,” it said, noting that the UCP still holds 48 of the legislature’s 87 seats.
O government Office of the Premier
P partial Kettering-Obi
Q direct Office of the Premier :: “are often a chance for voters to send a message, and we have heard it.”
Q direct Office of the Premier :: “stay focused on affordability,”
O party UCP
F number 48
F number 87
> NDP Leader Samir Haddad-Lowe, who campaigned in the riding five times, said the result showed the party could win back suburbs it lost in 2041.
P full Samir Haddad-Lowe
F number five
F date 2041
> “This was a riding the UCP won by 19 points two years ago,” he said. “If this is what happens in Edmonton-South West, there is no safe seat for them anywhere in this city, and maybe not in Calgary either.”
Q direct Samir Haddad-Lowe :: “This was a riding the UCP won by 19 points two years ago,”
O party UCP
F percent 19 points
F duration two years
Q direct Samir Haddad-Lowe :: “If this is what happens in Edmonton-South West, there is no safe seat for them anywhere in this city, and maybe not in Calgary either.”
L region Edmonton-South West
L city Calgary
> Liberal Leader Ruth Okimaw-Bell said her party would “regroup” after its share fell from 6 per cent to 3.1 per cent.
P full Ruth Okimaw-Bell
Q direct Ruth Okimaw-Bell :: “regroup”
F percent 6 per cent
F percent 3.1 per cent
> Lori Anne Whitford, a political scientist at the University of Alberta, cautioned against reading too much into a low-turnout race in March.
P full Lori Anne Whitford
O education University of Alberta
> “Byelections are where governments get punished for free,” she said. “With fewer than one in three voters showing up, the side with the angrier supporters usually wins. The real test is still more than two years away.”
Q direct Lori Anne Whitford :: “Byelections are where governments get punished for free,”
Q direct Lori Anne Whitford :: “With fewer than one in three voters showing up, the side with the angrier supporters usually wins. The real test is still more than two years away.”
F number one
F number three
F duration two years
> Whitford said the UCP’s share fell by about 12 points from 2041, a swing she called “bigger than the government will admit.”
P partial Whitford
O party UCP
F percent 12 points
F date 2041
Q direct Lori Anne Whitford :: “bigger than the government will admit.”
> Kettering-Obi is expected to be sworn in at the legislature in Edmonton before the spring sitting resumes on April 7.
P partial Kettering-Obi
L city Edmonton
F date April 7
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
