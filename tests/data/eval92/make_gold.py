#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval92 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval92/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['595-ruda-slaska-jadwiga-colliery-last-shift-barborka-pgg-battery-storage-tvp-world'] = r'''
> Poland
L country Poland
> 'The mine was everything': Ruda Śląska marks last shift at Jadwiga colliery
Q direct Henryk Pyka :: 'The mine was everything'
L city Ruda Śląska
L facility Jadwiga
> After 127 years and some 300 million tonnes of coal, the last miners came up from the Jadwiga pit on the eve of Barbórka, the miners' feast. The city is betting on batteries and a data centre to replace 2,300 jobs.
F duration 127 years
F quantity 300 million tonnes
L facility Jadwiga
F number 2,300
> Marta Kowol
P full Marta Kowol
> 03.12.2038 17:42
F date 03.12.2038
F time 17:42
> Miners from the last shift at the Jadwiga mine in Ruda Śląska hold up the final lump of coal brought to the surface. Photo: PAP/Hubert Gasz
L facility Jadwiga
L city Ruda Śląska
O media PAP
P full Hubert Gasz
> The last shift of miners at the Jadwiga colliery rode the cage up from the 1,050-metre level at 6:12 am on Friday, ending 127 years of coal mining in the Halemba district of Ruda Śląska, a city of about 128,000 people in the heart of Upper Silesia.
L facility Jadwiga
F quantity 1,050-metre
F time 6:12 am
F duration 127 years
L city Halemba
L city Ruda Śląska
F number 128,000
L region Upper Silesia
> The closure, agreed under the 2021 social contract between the government and the mining unions, was brought forward by two years after state-owned Polska Grupa Górnicza (PGG) said the seam had become too costly to work. Poland's last coal mines are due to close by 2049.
F date 2021
F duration two years
O company Polska Grupa Górnicza
O company PGG
L country Poland
F date 2049
> For 52-year-old Henryk Pyka, who worked underground at Jadwiga for 31 years, the morning was harder than any shift. "Gruba to było wszystko," he said in Silesian – the mine was everything. "My father worked here, my grandfather worked here. When I was a boy, the whole street lived by the siren."
F age 52-year-old
P full Henryk Pyka
L facility Jadwiga
F duration 31 years
Q direct Henryk Pyka :: "Gruba to było wszystko,"
Q direct Henryk Pyka :: "My father worked here, my grandfather worked here. When I was a boy, the whole street lived by the siren."
> Pyka is one of about 640 miners who will move to other PGG mines in the region, among them Bielszowice and Pokój, both in Ruda Śląska. Another 410 will take early retirement on miners' leave, which pays 75% of their wages for up to four years.
P partial Pyka
F number 640
O company PGG
L facility Bielszowice
L facility Pokój
L city Ruda Śląska
F number 410
F percent 75%
F duration four years
> The rest – roughly 1,250 people, most of them from the surface plants and outside contractors – face a harder search. The city says it has 1,900 vacancies on its books, but only a third of them pay more than the average Jadwiga wage of 9,400 zł gross a month.
F number 1,250
F number 1,900
F fraction a third
L facility Jadwiga
F money 9,400 zł
> "Nobody here believes a warehouse job is the same as a job at the mine," said Zbigniew Wieczorek, who chairs the Sierpień 80 union at Jadwiga. "We were promised new industry before the last shift, not after it."
Q direct Zbigniew Wieczorek :: "Nobody here believes a warehouse job is the same as a job at the mine,"
P full Zbigniew Wieczorek
O nonprofit Sierpień 80
L facility Jadwiga
Q direct Zbigniew Wieczorek :: "We were promised new industry before the last shift, not after it."
> City hall is pinning its hopes on the mine site itself. Deputy Mayor Ewelina Kubica-Szołtysek said a PLN 1.46 billion battery storage plant and a data centre would be built on 38 hectares of the former pithead by Magazyn Energii Halemba sp. z o.o., a joint venture of PGG and the Gliwice-based developer Kestrel Power.
P full Ewelina Kubica-Szołtysek
F money PLN 1.46 billion
F quantity 38 hectares
O company Magazyn Energii Halemba sp. z o.o.
O company PGG
L city Gliwice
O company Kestrel Power
> The storage plant, with a capacity of 400 MW and 1,600 MWh, is due to open in 2041 and employ around 180 people, she said. Part of the cost will be covered by the EU's Just Transition Fund, which has set aside €312 million for mining towns in the Silesian Voivodeship.
F quantity 400 MW
F quantity 1,600 MWh
F date 2041
F number 180
O intergovernmental EU
F money €312 million
L region Silesian Voivodeship
> "We are not pretending that 180 jobs replace 2,300," Kubica-Szołtysek told TVP World. "But the grid connection that served the mine is still here, and to an investor that is worth more than any tax break we could offer."
Q direct Ewelina Kubica-Szołtysek :: "We are not pretending that 180 jobs replace 2,300,"
F number 180
F number 2,300
P partial Kubica-Szołtysek
O media TVP World
Q direct Ewelina Kubica-Szołtysek :: "But the grid connection that served the mine is still here, and to an investor that is worth more than any tax break we could offer."
> Economists are more cautious. Agnieszka Żymełka of the University of Silesia in Katowice, who has studied mine closures in Bytom and Wałbrzych, said towns that lost a colliery typically saw their working-age population shrink by 12-15% within a decade.
P full Agnieszka Żymełka
O education University of Silesia in Katowice
L city Bytom
L city Wałbrzych
F percent 12-15%
> "The miners themselves usually land on their feet. It is their children who leave – for Wrocław, for Kraków, for the Netherlands," she said.
Q direct Agnieszka Żymełka :: "The miners themselves usually land on their feet. It is their children who leave – for Wrocław, for Kraków, for the Netherlands,"
L city Wrocław
L city Kraków
L country Netherlands
> PGG said in a statement that Jadwiga had produced 1.9 million tonnes of coking and steam coal in its last full year, and that closing it early would save the company around PLN 520 million in losses by 2040. The shafts will be filled and the site handed over to the joint venture by June 30, 2039, it said.
O company PGG
L facility Jadwiga
F quantity 1.9 million tonnes
F money PLN 520 million
F date 2040
F date June 30, 2039
> At the gate on Halembska Street on Friday, a brass band played the miners' hymn as families waited in the first snow. Many of the men wore the black dress uniforms with plumed caps that miners put on for Barbórka, their feast day on December 4.
L street Halembska Street
F date December 4
> Pyka's son Dawid, 24, never went down the mine. He works as a technician at a car parts plant in Gliwice. "He had the sense to leave before it left him," Pyka said.
P partial Pyka
P partial Dawid
F age 24
L city Gliwice
Q direct Henryk Pyka :: "He had the sense to leave before it left him,"
P partial Pyka
> Source: TVP World, PAP
O media TVP World
O media PAP
'''

ARTICLES['596-kemboi-kiplagat-national-cross-country-titles-eldoret-kdf-police-prisons-results-capital-fm'] = r'''
> Athletics
> Kemboi, Kiplagat storm to national cross country titles in Eldoret
P partial Kemboi
P partial Kiplagat
L city Eldoret
> By Dennis Otieno Okoth
P full Dennis Otieno Okoth
> Published February 13, 2038
F date February 13, 2038
> KDF's Brian Kiprop Kemboi leads the senior men's 10km race at the Eldoret Sports Club. PHOTO/ATHLETICS KENYA
O team KDF
P full Brian Kiprop Kemboi
F quantity 10km
L facility Eldoret Sports Club
O other ATHLETICS KENYA
> ELDORET, Kenya, Feb 13 – Kenya Defence Forces' Brian Kiprop Kemboi and Police's Faith Jerop Kiplagat won the senior 10km titles at the national cross country championships organised by Athletics Kenya (AK) at the Eldoret Sports Club on Saturday, booking their places at next month's World Cross Country Championships in Bydgoszcz, Poland.
L city ELDORET
L country Kenya
F date Feb 13
O team Kenya Defence Forces
P full Brian Kiprop Kemboi
O team Police
P full Faith Jerop Kiplagat
F quantity 10km
O other Athletics Kenya
O other AK
L facility Eldoret Sports Club
L city Bydgoszcz
L country Poland
> Kemboi, 23, broke away from a pack of nine on the last of five two-kilometre loops and crossed the line in 28:41.6, three seconds clear of Emmanuel Lagat of Police, with Prisons' Kennedy Chebii third in 28:51.2.
P partial Kemboi
F age 23
F number nine
F number five
F quantity two-kilometre
F duration 28:41.6
F duration three seconds
P full Emmanuel Lagat
O team Police
O team Prisons
P full Kennedy Chebii
F duration 28:51.2
> "I told myself, if they want to take this title from me, they must run the last loop faster than a soldier on patrol," said Kemboi, who trains in Kaptagat under veteran coach Daniel arap Too.
Q direct Brian Kiprop Kemboi :: "I told myself, if they want to take this title from me, they must run the last loop faster than a soldier on patrol,"
P partial Kemboi
L city Kaptagat
P full Daniel arap Too
> "The course was heavy after the rain on Friday night. At 2,100 metres you cannot hide when the mud takes your legs," he added.
Q direct Brian Kiprop Kemboi :: "The course was heavy after the rain on Friday night. At 2,100 metres you cannot hide when the mud takes your legs,"
F quantity 2,100 metres
> Too, who has coached in the Kerio Valley and around Iten since 1998, said his athlete had "the patience of a marathoner" and would not race on the road before Bydgoszcz.
P partial Too
L geo Kerio Valley
L city Iten
F date 1998
Q direct Daniel arap Too :: "the patience of a marathoner"
L city Bydgoszcz
> In the women's race, Kiplagat, the world under-20 bronze medallist in 2036, won a three-way battle with KDF's Mercy Chepng'etich and Dorcas Chelimo of Prisons, pulling clear on the final climb to stop the clock at 32:06.9.
P partial Kiplagat
F date 2036
F number three
O team KDF
P full Mercy Chepng'etich
P full Dorcas Chelimo
O team Prisons
F duration 32:06.9
> "This one is for my mother, who sold milk in Kapsabet so I could buy my first spikes," said the 21-year-old, who trains with the Police squad in Iten.
Q direct Faith Jerop Kiplagat :: "This one is for my mother, who sold milk in Kapsabet so I could buy my first spikes,"
L city Kapsabet
F age 21-year-old
O team Police
L city Iten
> KDF dominated the team standings, placing four runners in the top 10 of the senior men's race to beat Police by 19 points, while Prisons took the women's team title.
O team KDF
F number four
F number 10
O team Police
F number 19
O team Prisons
> In the under-20 men's 8km, 18-year-old Vincent Kipkorir Rotich of Chebara Boys High School ran away from the field to win in 23:19.4, a time AK technical director Grace Cherono called "frightening for a boy who has never raced abroad."
F quantity 8km
F age 18-year-old
P full Vincent Kipkorir Rotich
O education Chebara Boys High School
F duration 23:19.4
O other AK
P full Grace Cherono
Q direct Grace Cherono :: "frightening for a boy who has never raced abroad."
> AK will name a team of 28 athletes for Bydgoszcz on Tuesday after medical checks. Each senior and junior champion takes home Sh500,000 from the federation, with Sh250,000 for second place and Sh150,000 for third.
O other AK
F number 28
L city Bydgoszcz
F money Sh500,000
F money Sh250,000
F money Sh150,000
> Athletics Kenya said in a statement that the championships had drawn 1,146 entries from 17 regions and institutions, "the largest field since the championships returned to Eldoret in 2031."
O other Athletics Kenya
F number 1,146
F number 17
Q direct Athletics Kenya :: "the largest field since the championships returned to Eldoret in 2031."
L city Eldoret
F date 2031
> RESULTS
> Senior men (10km): 1. Brian Kiprop Kemboi (KDF) 28:41.6; 2. Emmanuel Lagat (Police) 28:44.6; 3. Kennedy Chebii (Prisons) 28:51.2; 4. Hillary Kipchumba Sang (KDF) 28:55.9; 5. Gideon Kiprotich Ngetich (North Rift) 29:03.4
F quantity 10km
P full Brian Kiprop Kemboi
O team KDF
F duration 28:41.6
P full Emmanuel Lagat
O team Police
F duration 28:44.6
P full Kennedy Chebii
O team Prisons
F duration 28:51.2
P full Hillary Kipchumba Sang
O team KDF
F duration 28:55.9
P full Gideon Kiprotich Ngetich
L region North Rift
F duration 29:03.4
> Senior women (10km): 1. Faith Jerop Kiplagat (Police) 32:06.9; 2. Mercy Chepng'etich (KDF) 32:09.5; 3. Dorcas Chelimo (Prisons) 32:14.1; 4. Purity Jelagat Kirui (South Rift) 32:30.8; 5. Linet Chepkemoi (KDF) 32:41.0
F quantity 10km
P full Faith Jerop Kiplagat
O team Police
F duration 32:06.9
P full Mercy Chepng'etich
O team KDF
F duration 32:09.5
P full Dorcas Chelimo
O team Prisons
F duration 32:14.1
P full Purity Jelagat Kirui
L region South Rift
F duration 32:30.8
P full Linet Chepkemoi
O team KDF
F duration 32:41.0
> U20 men (8km): 1. Vincent Kipkorir Rotich (Chebara BHS) 23:19.4; 2. Abel Kipyegon (South Rift) 23:37.2; 3. Ezekiel Kiprono Bett (Police) 23:40.6
F quantity 8km
P full Vincent Kipkorir Rotich
O education Chebara BHS
F duration 23:19.4
P full Abel Kipyegon
L region South Rift
F duration 23:37.2
P full Ezekiel Kiprono Bett
O team Police
F duration 23:40.6
> U20 women (6km): 1. Sharon Jepkosgei Tanui (North Rift) 19:52.7; 2. Esther Chepngeno (Prisons) 19:58.3; 3. Winnie Jebet Kosgei (KDF) 20:04.1
F quantity 6km
P full Sharon Jepkosgei Tanui
L region North Rift
F duration 19:52.7
P full Esther Chepngeno
O team Prisons
F duration 19:58.3
P full Winnie Jebet Kosgei
O team KDF
F duration 20:04.1
'''

ARTICLES['597-ca-mau-shrimp-heat-salinity-9200ha-bac-lieu-ganh-hao-vasep-vietnamplus'] = r'''
> Environment
> Ca Mau shrimp farmers lose 9,200ha to heat and salinity as dry season drags on
L region Ca Mau
F quantity 9,200ha
> 14/04/2038 16:45
F date 14/04/2038
F time 16:45
> A farmer collects dead shrimp from a pond in Dam Doi commune, Ca Mau province, on April 12. (Photo: VNA)
L city Dam Doi
L region Ca Mau
F date April 12
O media VNA
> Ca Mau (VNA) – Prolonged heat and record salinity have killed shrimp on some 9,200ha of farms in the southernmost province of Ca Mau since early March, with losses estimated at 610 billion VND (24 million USD), according to the provincial Department of Agriculture and Environment.
L region Ca Mau
O media VNA
F quantity 9,200ha
L region Ca Mau
F money 610 billion VND
F money 24 million USD
O government Department of Agriculture and Environment
> The worst-hit areas are the shrimp-rice fields of the former Bac Lieu province, merged into Ca Mau in 2025, and the brackish-water farms along the Ganh Hao river, where salinity in ponds reached 42‰ on April 10, against a safe range of 10-25‰ for black tiger shrimp.
L region Bac Lieu
L region Ca Mau
F date 2025
L geo Ganh Hao
F quantity 42‰
F date April 10
F quantity 10-25‰
> Water temperatures in shallow ponds have topped 36 degrees Celsius on most afternoons this month, said Huynh Quoc Viet, deputy director of the department. "At that temperature the shrimp stop eating within two days, and then white spot disease finishes them off," Viet said.
F quantity 36 degrees Celsius
P full Huynh Quoc Viet
Q direct Huynh Quoc Viet :: "At that temperature the shrimp stop eating within two days, and then white spot disease finishes them off,"
F duration two days
P partial Viet
> According to the Southern Regional Hydro-Meteorological Centre, seawater with a salinity of 4‰ has pushed 70-90km inland along the rivers of the Ca Mau peninsula, 10-15km further than the average of the past five years. The centre expects the intrusion to peak in late April and to ease only when the rainy season arrives in mid-May.
O government Southern Regional Hydro-Meteorological Centre
F quantity 4‰
F quantity 70-90km
L geo Ca Mau
F quantity 10-15km
F duration five years
> In Tan Thuan commune, Thach Thi Sa Rinh, 46, said her family had drained two of its three ponds after losing about 1.8 tonnes of shrimp that were three weeks from harvest.
L city Tan Thuan
P full Thach Thi Sa Rinh
F age 46
F number two
F number three
F quantity 1.8 tonnes
F duration three weeks
> "We borrowed 150 million VND from the bank for this crop. Now the pond is empty and the loan is still there," said Sa Rinh, who belongs to the Khmer community that makes up nearly a third of the population in some coastal communes.
Q direct Thach Thi Sa Rinh :: "We borrowed 150 million VND from the bank for this crop. Now the pond is empty and the loan is still there,"
F money 150 million VND
P partial Sa Rinh
F fraction a third
> The provincial People's Committee on April 13 approved an emergency package of 85 billion VND to supply free shrimp fry, lime and disinfectant to affected households, and to extend loan repayments by 12 months through the Vietnam Bank for Social Policies (VBSP).
O government People's Committee
F date April 13
F money 85 billion VND
F duration 12 months
O company Vietnam Bank for Social Policies
O company VBSP
> Chairman of the provincial People's Committee Lam Thanh Hai told VNA that the province would also speed up a plan to convert 12,000ha of low-lying shrimp-rice land to a "shrimp-forest" model, in which farmers keep at least 60% of each plot under mangroves.
O government People's Committee
P full Lam Thanh Hai
O media VNA
F quantity 12,000ha
Q scare - :: "shrimp-forest"
F percent 60%
> "We cannot keep fighting the sea with pumps. The farms that survived this year are the ones with mangroves around them, because the trees keep the water cooler," Hai said.
Q direct Lam Thanh Hai :: "We cannot keep fighting the sea with pumps. The farms that survived this year are the ones with mangroves around them, because the trees keep the water cooler,"
P partial Hai
> Shrimp is the backbone of Ca Mau's economy. The enlarged province, which covers about 7,900 sq km, farms around 430,000ha of shrimp and produced 465,000 tonnes in 2037, nearly a quarter of the national output.
L region Ca Mau
F quantity 7,900 sq km
F quantity 430,000ha
F quantity 465,000 tonnes
F date 2037
F fraction a quarter
> The Vietnam Association of Seafood Exporters and Producers (VASEP) said the losses were unlikely to dent exports in the short term, as processors held large stocks, but warned of "a tight supply of raw shrimp" in May and June. Shrimp exports reached 1.14 billion USD in the first quarter of 2038, up 6.3% year-on-year, with the US, China and Japan the largest buyers.
O nonprofit Vietnam Association of Seafood Exporters and Producers
O nonprofit VASEP
Q direct Vietnam Association of Seafood Exporters and Producers :: "a tight supply of raw shrimp"
F money 1.14 billion USD
F date 2038
F percent 6.3%
L country US
L country China
L country Japan
> Tran Minh Khoa, deputy director of Rach Goc Seafood JSC, which buys shrimp from about 3,000 households, said the company had raised its buying price for black tiger shrimp of 30 pieces per kilogram to 285,000 VND per kg.
P full Tran Minh Khoa
O company Rach Goc Seafood JSC
F number 3,000
F number 30
F money 285,000 VND
> "Prices are up 15% on last month, but that does not help a farmer who has nothing left to sell," Khoa said, adding that the company would advance fry and feed to its contract farmers for the next crop./.
Q direct Tran Minh Khoa :: "Prices are up 15% on last month, but that does not help a farmer who has nothing left to sell,"
F percent 15%
P partial Khoa
> VNA
O media VNA
'''

ARTICLES['598-hawick-slitrig-knitwear-employee-buyout-sose-gmb-cashmere-mill-the-national'] = r'''
> Business
> Hawick knitwear mill saved as workers take over 165-year-old firm
L city Hawick
F duration 165-year-old
> Slitrig Knitwear had been weeks from closure before an employee ownership deal backed by £2.9 million of public money
O company Slitrig Knitwear
F money £2.9 million
> By Catriona Hislop
P full Catriona Hislop
> Business Reporter
> Published: 21st February 2039
F date 21st February 2039
> Machinists at the Slitrig Knitwear mill on Commercial Road, Hawick, which employs 142 people (Image: Colin Hogarth/Newsquest)
O company Slitrig Knitwear
L street Commercial Road
L city Hawick
F number 142
P full Colin Hogarth
O media Newsquest
> ONE of the last family-owned cashmere mills in the Borders has been saved from closure after its 142 workers agreed to buy the business through an employee ownership trust.
L region Borders
F number 142
> Slitrig Knitwear, which has made jumpers, scarves and throws beside the Slitrig Water in Hawick since 1874, told staff in November that it would close in March unless a buyer was found. The Elliot family, who have owned it for four generations, had been unable to find one.
O company Slitrig Knitwear
L geo Slitrig Water
L city Hawick
F date 1874
P partial Elliot
F number four
> Under the deal, announced on Monday, an employee ownership trust will take a 100% stake, funded by a £1.6m loan and a £1.3m grant from South of Scotland Enterprise (SOSE) and £450,000 of the workers’ own savings. The Elliots will leave the board but stay on as lenders, with a further £700,000 to be repaid over seven years.
F percent 100%
F money £1.6m
F money £1.3m
O government South of Scotland Enterprise
O government SOSE
F money £450,000
P partial Elliots
F money £700,000
F duration seven years
> Managing director Douglas Elliot, 58, the great-great-grandson of founder Adam Elliot, said: “We looked at selling to a group in Italy and we looked at selling the brand to a fashion house in London. Either way, the knitting would have left Hawick within a year.
P full Douglas Elliot
F age 58
P full Adam Elliot
Q direct Douglas Elliot :: “We looked at selling to a group in Italy and we looked at selling the brand to a fashion house in London. Either way, the knitting would have left Hawick within a year.
L country Italy
L city London
L city Hawick
> “The people who know how to make this cloth are already standing in the building. It made sense to hand it to them.”
Q direct Douglas Elliot :: “The people who know how to make this cloth are already standing in the building. It made sense to hand it to them.”
> The mill knits yarn spun from Mongolian cashmere and sells about 60% of its output abroad, mainly to Japan, South Korea and the United States. Turnover fell to £8.4m in the year to March 2038, from £11.2m two years earlier, as US tariffs and higher energy costs bit.
F percent 60%
L country Japan
L country South Korea
L country United States
F money £8.4m
F date March 2038
F money £11.2m
F duration two years
L country US
> Linker Jean Turnbull, 63, who has worked at Slitrig for 46 years, said the mood on the factory floor had changed “overnight”.
P full Jean Turnbull
F age 63
O company Slitrig
F duration 46 years
Q direct Jean Turnbull :: “overnight”
> “In November folk were greetin’ at their machines,” she said. “Now they’re asking what colour the new logo should be. It’s our mill now, and we’re no’ letting it go.”
Q direct Jean Turnbull :: “In November folk were greetin’ at their machines,”
Q direct Jean Turnbull :: “Now they’re asking what colour the new logo should be. It’s our mill now, and we’re no’ letting it go.”
> The GMB union, which represents about 90 of the mill’s workers, said it had pushed for employee ownership from the start. Regional organiser Stuart Laidlaw said: “This is what a fair transition for textiles looks like. The jobs stay in Hawick, and the people doing them get a say in how the place is run.”
O nonprofit GMB
F number 90
P full Stuart Laidlaw
Q direct Stuart Laidlaw :: “This is what a fair transition for textiles looks like. The jobs stay in Hawick, and the people doing them get a say in how the place is run.”
L city Hawick
> SOSE chief executive Morag Rutherford said the agency had “taken a calculated risk on a business with a 165-year track record”, and that part of the money would pay for two new knitting machines and a three-year training programme for 12 apprentices.
O government SOSE
P full Morag Rutherford
Q direct Morag Rutherford :: “taken a calculated risk on a business with a 165-year track record”
F duration 165-year
F number two
F duration three-year
F number 12
> Hawick, whose knitwear trade employed more than 4,000 people at its height, has lost most of its big mills since the 1990s, as production moved to China and Eastern Europe. Scottish Borders Council said the buyout was “very welcome news for Teviotdale”.
L city Hawick
F number 4,000
F date 1990s
L country China
L region Eastern Europe
O government Scottish Borders Council
Q direct Scottish Borders Council :: “very welcome news for Teviotdale”
L region Teviotdale
> The workers’ trust will appoint two employee directors in April, and the firm says the Slitrig Knitwear name and its label, a black ram’s head, will not change.
F number two
O company Slitrig Knitwear
'''

ARTICLES['599-veeyapuram-chundan-nehru-trophy-chennamkary-boat-club-punnamada-alappuzha-results-deccan-chronicle'] = r'''
> Sports, In Other News
> Veeyapuram Chundan Wins Nehru Trophy As Chennamkary Boat Club Seals Hat-Trick
O team Chennamkary Boat Club
> DC Correspondent
O media DC
> Published Aug 14, 2038, 11:52 pm IST | Updated Aug 15, 2038, 12:40 am IST
F date Aug 14, 2038
F time 11:52 pm IST
F date Aug 15, 2038
F time 12:40 am IST
> Veeyapuram Chundan, rowed by Chennamkary Boat Club, crosses the finishing line on Punnamada Lake in Alappuzha on Saturday. (Photo: DC)
O team Chennamkary Boat Club
L geo Punnamada Lake
L city Alappuzha
O media DC
> ALAPPUZHA: Veeyapuram Chundan, rowed by Chennamkary Boat Club (CBC), won the 84th Nehru Trophy Boat Race on Punnamada Lake on Saturday, clocking 4:09.27 minutes in a final decided by a photo finish.
L city ALAPPUZHA
O team Chennamkary Boat Club
O team CBC
L geo Punnamada Lake
F duration 4:09.27 minutes
> Nadubhagam Chundan, rowed by the Police Boat Club, finished second in 4:09.31 minutes, four-hundredths of a second behind, while Champakulam Chundan of Pulinkunnu Jalolsava Samithi came third. Karichal Chundan (Nedumudi Boat Club) was fourth.
O team Police Boat Club
F duration 4:09.31 minutes
F duration four-hundredths of a second
O team Pulinkunnu Jalolsava Samithi
O team Nedumudi Boat Club
> It is a third straight Nehru Trophy for CBC, whose 118 oarsmen trained on the backwaters near Chennamkary village for two months before the race.
O team CBC
F number 118
L city Chennamkary
F duration two months
> "Our boys rowed the last 200 metres on heart alone. When the photo came up on the screen, nobody on the boat could breathe," said CBC captain Jijo P. Varghese.
Q direct Jijo P. Varghese :: "Our boys rowed the last 200 metres on heart alone. When the photo came up on the screen, nobody on the boat could breathe,"
F quantity 200 metres
O team CBC
P full Jijo P. Varghese
> "We lost by two seconds in 2036. Today luck was with us," he said, lifting the trophy as supporters on the bank chanted "Chennamkary, Chennamkary."
Q direct Jijo P. Varghese :: "We lost by two seconds in 2036. Today luck was with us,"
F duration two seconds
F date 2036
Q direct - :: "Chennamkary, Chennamkary."
L city Chennamkary
L city Chennamkary
> The Police Boat Club lodged a protest with the race jury soon after the final, claiming the winning boat had strayed into its track near the finishing point. The jury rejected the protest after studying video footage for nearly 40 minutes.
O team Police Boat Club
F duration 40 minutes
> A Police Boat Club official, who asked not to be named, said the team would take the matter to the society's executive committee. "The video is clear to anyone who wants to see it. We will not let this go," he said.
O team Police Boat Club
Q direct - :: "The video is clear to anyone who wants to see it. We will not let this go,"
> A total of 74 boats in nine categories took part, including 19 chundan vallams, or snake boats, each more than 100 feet long and carrying up to 125 rowers, singers and helmsmen.
F number 74
F number nine
F number 19
F quantity 100 feet
F number 125
> Alappuzha District Collector Meera Susan Kurian flagged off the heats at 2 pm after a water procession led by boats from Champakulam and Kainakary. Around 1,600 police personnel were deployed along the 1,150-metre track.
L region Alappuzha
P full Meera Susan Kurian
F time 2 pm
L city Champakulam
L city Kainakary
F number 1,600
F quantity 1,150-metre
> Organisers said about 3.2 lakh people watched from the banks and the galleries, and ticket sales brought in Rs 1.86 crore. The Nehru Trophy Boat Race Society (NTBR Society) will give the winners a cash prize of Rs 25 lakh, and the runners-up Rs 15 lakh.
F number 3.2 lakh
F money Rs 1.86 crore
O nonprofit Nehru Trophy Boat Race Society
O nonprofit NTBR Society
F money Rs 25 lakh
F money Rs 15 lakh
> The top nine snake boats qualified for the Champions Boat League (CBL), whose 12-race season opens on Aug 28 at Marine Drive in Kochi and ends in Kollam on Nov 27.
F number nine
O other Champions Boat League
O other CBL
F number 12
F date Aug 28
L street Marine Drive
L city Kochi
L city Kollam
F date Nov 27
> In the women's thekkanody category, the crew of Thekkekara Boat Club from Kainakary won for the first time, ending the run of boats from Kuttanad's bigger villages.
O team Thekkekara Boat Club
L city Kainakary
L region Kuttanad
> "Njangal thuzhanju, njangal jayichu," said crew leader Sreeja K.R., 41, a tailor in Kainakary – we rowed, we won. "Half of us learnt to row only after our children grew up."
Q direct Sreeja K.R. :: "Njangal thuzhanju, njangal jayichu,"
P full Sreeja K.R.
F age 41
L city Kainakary
Q direct Sreeja K.R. :: "Half of us learnt to row only after our children grew up."
F fraction Half
> Final results (chundan vallams)
> 1. Veeyapuram Chundan (Chennamkary Boat Club) 4:09.27
O team Chennamkary Boat Club
F duration 4:09.27
> 2. Nadubhagam Chundan (Police Boat Club) 4:09.31
O team Police Boat Club
F duration 4:09.31
> 3. Champakulam Chundan (Pulinkunnu Jalolsava Samithi) 4:11.86
O team Pulinkunnu Jalolsava Samithi
F duration 4:11.86
> 4. Karichal Chundan (Nedumudi Boat Club) 4:13.02
O team Nedumudi Boat Club
F duration 4:13.02
'''

ARTICLES['600-rize-tea-harvest-caykur-58-liras-of-trabzon-georgian-pickers-rizespor-anadolu-agency'] = r'''
> Economy
> Black Sea tea growers begin harvest as Caykur raises purchase price to 58 liras
L geo Black Sea
O company Caykur
F money 58 liras
> State-run tea company sets fresh leaf price 31% higher than last year, but growers say rising costs of fertilizer and labor eat into gains
F percent 31%
> Zehra Nur Kahveci |12.05.2038 - Update : 12.05.2038
P full Zehra Nur Kahveci
F date 12.05.2038
F date 12.05.2038
> RİZE, Türkiye
L city RİZE
L country Türkiye
> Workers carry sacks of freshly picked tea leaves in the Pazar district of Rize on May 11, 2038. (Fatih Kurtoğlu - Anadolu Agency)
L city Pazar
L region Rize
F date May 11, 2038
P full Fatih Kurtoğlu
O media Anadolu Agency
> Tea growers in Türkiye's eastern Black Sea provinces began picking the season's first leaves on Tuesday, after state-run tea company ÇAYKUR announced it would pay 58 liras ($1.31) per kilogram of fresh leaves, up 31% from last year.
L country Türkiye
L geo Black Sea
O company ÇAYKUR
F money 58 liras
F money $1.31
F percent 31%
> The company, which buys about 60% of the crop, said in a statement that it expected to process 1.45 million tons of fresh leaves this year from 780,000 decares of gardens in Rize, Trabzon, Artvin and Giresun.
F percent 60%
F quantity 1.45 million tons
F quantity 780,000 decares
L region Rize
L region Trabzon
L region Artvin
L region Giresun
> "The price has been set to protect our growers' purchasing power against rising input costs," ÇAYKUR General Manager Kemal Tuncer Çakıroğlu said in the statement, adding that payments for May deliveries would be made by June 30.
Q direct Kemal Tuncer Çakıroğlu :: "The price has been set to protect our growers' purchasing power against rising input costs,"
O company ÇAYKUR
P full Kemal Tuncer Çakıroğlu
F date June 30
> Tea is the lifeblood of the region, where some 210,000 families tend small, steep gardens on the slopes of the Kaçkar Mountains. Most of the picking is still done by hand or with hand-held shears, and the harvest runs in three flushes until October.
F number 210,000
L geo Kaçkar Mountains
F number three
> In the village of Çamlık in Of, a district of neighboring Trabzon province, 67-year-old Hatice Kalyoncu said the increase was welcome but came too late.
L city Çamlık
L city Of
L region Trabzon
F age 67-year-old
P full Hatice Kalyoncu
> "Fertilizer went up, diesel went up, and the workers from Georgia now ask for 1,500 liras a day. Çay bizim ekmeğimiz – tea is our bread – but the bread is getting thinner," she told Anadolu.
Q direct Hatice Kalyoncu :: "Fertilizer went up, diesel went up, and the workers from Georgia now ask for 1,500 liras a day. Çay bizim ekmeğimiz – tea is our bread – but the bread is getting thinner,"
L country Georgia
F money 1,500 liras
O media Anadolu
> Seasonal pickers from Georgia, who cross at the Sarp border gate in Artvin, have become the backbone of the harvest as young people leave the villages for Istanbul and Ankara. Provincial officials expect about 18,000 of them this year.
L country Georgia
L facility Sarp
L region Artvin
L city Istanbul
L city Ankara
F number 18,000
> The head of the Rize Chamber of Agriculture, Cemil Hacıosmanoğlu, said growers had asked for at least 65 liras and that "58 liras covers the costs, not the labor of a family that climbs these hills for six months."
O nonprofit Rize Chamber of Agriculture
P full Cemil Hacıosmanoğlu
F money 65 liras
Q direct Cemil Hacıosmanoğlu :: "58 liras covers the costs, not the labor of a family that climbs these hills for six months."
F money 58 liras
F duration six months
> Private processors, which buy the remaining 40% of the crop, usually follow ÇAYKUR's lead. Kaçkar Çay A.Ş., one of the largest, said it would pay 60 liras per kilogram to growers who deliver within 24 hours of picking.
F percent 40%
O company ÇAYKUR
O company Kaçkar Çay A.Ş.
F money 60 liras
F duration 24 hours
> According to the Turkish Statistical Institute (TurkStat), Türkiye produced 1.38 million tons of fresh tea leaves in 2037 and exported 16,400 tons of processed tea worth $92.7 million, mainly to Germany, Belgium and the Turkish Republic of Northern Cyprus (TRNC).
O government Turkish Statistical Institute
O government TurkStat
L country Türkiye
F quantity 1.38 million tons
F date 2037
F quantity 16,400 tons
F money $92.7 million
L country Germany
L country Belgium
L country Turkish Republic of Northern Cyprus
L country TRNC
> Turks are among the world's heaviest tea drinkers, getting through about 3.2 kilograms per person a year, according to industry figures.
F quantity 3.2 kilograms
> Assoc. Prof. Elif Karadeniz, an agricultural economist at Karadeniz Technical University in Trabzon, said the price rise was roughly in line with annual inflation, which stood at 27.4% in April.
P full Elif Karadeniz
O education Karadeniz Technical University
L city Trabzon
F percent 27.4%
> "In real terms the grower is standing still," Karadeniz said. "The next step has to be quality – picking younger leaves and paying more for them – or Rize tea will only ever compete on price."
Q direct Elif Karadeniz :: "In real terms the grower is standing still,"
P partial Karadeniz
Q direct Elif Karadeniz :: "The next step has to be quality – picking younger leaves and paying more for them – or Rize tea will only ever compete on price."
L region Rize
> In Rize, where Süper Lig club Çaykur Rizespor plays in tea-green shirts, the municipality will hold its annual tea harvest festival on May 21-23.
L city Rize
O other Süper Lig
O team Çaykur Rizespor
F date May 21-23
> Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form.
O media Anadolu Agency
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
