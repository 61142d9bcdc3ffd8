#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval62 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval62/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['415-new-quay-harbour-dues-whelk-boats-dolphin-trips-cei-newydd-cambrian-news'] = r'''
> News
> Whelk boats and dolphin-trip skippers face 35 per cent rise in New Quay harbour dues
F percent 35 per cent
L city New Quay
> Ceredigion County Council says the £2.6m repair of the storm-damaged harbour wall cannot be paid for by visitors alone
O government Ceredigion County Council
F money £2.6m
> By Lowri Mererid Huws
P full Lowri Mererid Huws
> Tuesday 15th March 2039 7:00 am
F date 15th March 2039
F time 7:00 am
> Whelk boats tied up in New Quay harbour on Monday. Work on the damaged wall is due to start in October (Picture: Geraint Pugh-Jenkins)
L city New Quay
P full Geraint Pugh-Jenkins
> FISHERMEN and boat-trip operators in New Quay will pay 35 per cent more to use the harbour from 1st April, after Ceredigion County Council’s cabinet approved a new table of charges last week.
L city New Quay
F percent 35 per cent
F date 1st April
O government Ceredigion County Council
> The rise, the first since 2035, is meant to raise about £140,000 a year towards a £2.6m repair of the harbour wall, which was undermined during Storm Idris on 11 January and has been fenced off since.
F date 2035
F money £140,000
F money £2.6m
F date 11 January
> Under the new table, a year’s mooring for a 10-metre boat in Cei Newydd, as the harbour is known in Welsh, will go from £1,240 to £1,674. The landing charge on shellfish rises from £6.50 to £8.78 a tonne, and operators of pleasure trips will pay a levy of 50p for each passenger.
F quantity 10-metre
L city Cei Newydd
F money £1,240
F money £1,674
F money £6.50
F money £8.78
F money 50p
> Ten boats work whelk pots out of the harbour. Together they landed 1,140 tonnes last year, most of it frozen and sent to South Korea, with a quayside value of about £1.9 million.
F number Ten
F quantity 1,140 tonnes
L country South Korea
F money £1.9 million
> Twm ‘Crancod’ Davies, 61, who has fished out of New Quay for 44 years, said the council was asking the smallest harbour users to carry the biggest bill.
P full Twm ‘Crancod’ Davies
Q scare - :: ‘Crancod’
F age 61
L city New Quay
F duration 44 years
> “The wall fell down because nobody looked after it for 20 years, and now it’s us paying for it,” he said. “A whelk is worth the same on the quay as it was five years ago. Diesel isn’t, bait isn’t, and now the mooring isn’t.
Q direct Twm ‘Crancod’ Davies :: “The wall fell down because nobody looked after it for 20 years, and now it’s us paying for it,”
F duration 20 years
Q direct Twm ‘Crancod’ Davies :: “A whelk is worth the same on the quay as it was five years ago. Diesel isn’t, bait isn’t, and now the mooring isn’t.
F duration five years
> “If two or three boats go to Aberaeron or Fishguard, the council will get nothing from them at all.”
Q direct Twm ‘Crancod’ Davies :: “If two or three boats go to Aberaeron or Fishguard, the council will get nothing from them at all.”
F number two
F number three
L city Aberaeron
L city Fishguard
> Cardigan Bay is home to one of the largest groups of bottlenose dolphins in Britain, and the trips that leave from the harbour steps between April and October carried more than 62,000 passengers in 2038.
L geo Cardigan Bay
L country Britain
F number 62,000
F date 2038
> Sioned Prydderch, whose family has run Dolffin Glas Cruises for three generations, said she did not object to “paying our share” but that the passenger levy had been brought in “without a single conversation with us”.
P full Sioned Prydderch
O company Dolffin Glas Cruises
F number three
Q direct Sioned Prydderch :: “paying our share”
Q direct Sioned Prydderch :: “without a single conversation with us”
> “Fifty pence doesn’t sound like much, but on a full season it’s £9,000 for one boat,” she said. “We were told about it in a letter.”
Q direct Sioned Prydderch :: “Fifty pence doesn’t sound like much, but on a full season it’s £9,000 for one boat,”
F money Fifty pence
F money £9,000
F number one
Q direct Sioned Prydderch :: “We were told about it in a letter.”
> Cllr Rhun Llwyd, cabinet member for the economy and regeneration, said the authority had spent £318,000 on emergency works since the storm and could not ask council tax payers in Cardigan, Lampeter or Tregaron to cover the rest.
P full Rhun Llwyd
F money £318,000
L city Cardigan
L city Lampeter
L city Tregaron
> “New Quay harbour is a working harbour and a visitor attraction, and both of those depend on the wall standing up,” he said. “The charges are still lower than at most harbours of this size in Wales.”
Q direct Rhun Llwyd :: “New Quay harbour is a working harbour and a visitor attraction, and both of those depend on the wall standing up,”
L city New Quay
Q direct Rhun Llwyd :: “The charges are still lower than at most harbours of this size in Wales.”
L country Wales
> The Welsh Fishermen’s Association said the rise was “another cost on a fleet that has had nothing but costs”, and called on the Welsh Government to help smaller harbours through its marine funding.
O nonprofit Welsh Fishermen’s Association
Q direct Welsh Fishermen’s Association :: “another cost on a fleet that has had nothing but costs”
O government Welsh Government
> A Welsh Government spokesperson said ports and harbours were “a matter for their owners” but that it would consider any bid from Ceredigion.
O government Welsh Government
Q direct - :: “a matter for their owners”
L region Ceredigion
> The council expects a contractor to start work on the 140-metre wall in the second week of October, once the trip boats have finished for the season, with the work taking about 22 weeks. The slipway at Cei Bach will be used for launching small boats during the closure.
F quantity 140-metre
F duration 22 weeks
L geo Cei Bach
> Harbourmaster Emyr Tomos said visitors should expect some disruption on the quay next winter but that the beach and the lifeboat station would stay open.
P full Emyr Tomos
> A drop-in session on the charges will be held at the Memorial Hall, New Quay, on Thursday, 24th March, from 4pm to 7.30pm.
L facility Memorial Hall
L city New Quay
F date 24th March
F time 4pm
F time 7.30pm
'''

ARTICLES['416-appeal-court-stays-slc-elections-district-associations-voting-rights-sunday-times-sri-lanka'] = r'''
> Sports
> Appeal Court halts SLC polls after ‘disenfranchised’ districts go to court
O government Appeal Court
O other SLC
Q direct Chandana Premaratne Jayasekera :: ‘disenfranchised’
> Sunday, March 20, 2039
F date March 20, 2039
> View(s): 2,184
F number 2,184
> By Chamath Ranaweera Wickremaratne
P full Chamath Ranaweera Wickremaratne
> The Sri Lanka Cricket headquarters at Maitland Place, Colombo 7. File pic
O other Sri Lanka Cricket
L street Maitland Place
L region Colombo 7
> The Court of Appeal on Friday issued an interim order restraining Sri Lanka Cricket (SLC) from holding its annual general meeting and the election of office-bearers, which had been fixed for March 31, until a writ application filed by three district associations is heard.
O government Court of Appeal
O other Sri Lanka Cricket
O other SLC
F date March 31
F number three
> The petitioners, the Ampara District Cricket Association, the Monaragala District Cricket Association and the Mullaitivu District Cricket Association, are among eight district bodies that lost their voting rights when SLC amended its constitution at an extraordinary general meeting on December 17, 2038.
O other Ampara District Cricket Association
O other Monaragala District Cricket Association
O other Mullaitivu District Cricket Association
F number eight
O other SLC
F date December 17, 2038
> The amendment, passed by 98 votes to 31, reduced the number of voting members from 147 to 139 and gave the 15 first-class clubs two votes each.
F number 98
F number 31
F number 147
F number 139
F number 15
F number two
> The order was made by a bench comprising Court of Appeal President K.M.G.H. Kulatunga and Justice Nalini Sivapalan, who fixed the matter for support on April 7 at 10 a.m. The interim order will be in force for 21 days unless it is extended.
O government Court of Appeal
P full K.M.G.H. Kulatunga
P full Nalini Sivapalan
F date April 7
F time 10 a.m.
F duration 21 days
> Appearing for the petitioners, Chandana Premaratne Jayasekera PC told court that the districts had been "disenfranchised overnight" without notice and in breach of the Sports Law No. 25 of 1973, under which the Minister of Sports must approve changes to the constitution of a national sports body.
P full Chandana Premaratne Jayasekera
Q direct Chandana Premaratne Jayasekera :: "disenfranchised overnight"
> "The game in this country is not played only in Colombo and Kandy. The boys from Ampara and Mullaitivu who play for Sri Lanka tomorrow will come through these very associations," he said.
Q direct Chandana Premaratne Jayasekera :: "The game in this country is not played only in Colombo and Kandy. The boys from Ampara and Mullaitivu who play for Sri Lanka tomorrow will come through these very associations,"
L city Colombo
L city Kandy
L region Ampara
L region Mullaitivu
O team Sri Lanka
> He said the Mullaitivu association had received its notice of the meeting by registered post on December 19, two days after the vote.
L region Mullaitivu
F date December 19
F duration two days
> Anton Ludowyke PC, with M.H.M. Nizamdeen, appeared for SLC and argued that the amendment had been approved by the Ministry of Sports and that the petitioners had delayed for more than three months before coming to court.
P full Anton Ludowyke
P full M.H.M. Nizamdeen
O other SLC
O government Ministry of Sports
F duration three months
> Senior State Counsel Fathima Rinoza Cader, appearing for the Attorney General's Department, informed court that the ministry had not yet received the amended constitution in its final form.
P full Fathima Rinoza Cader
O government Attorney General's Department
> In a statement issued on Friday evening, SLC said it would "respect the order of court" and that the date of the annual general meeting would be announced "in due course".
O other SLC
Q direct Sri Lanka Cricket :: "respect the order of court"
Q direct Sri Lanka Cricket :: "in due course"
> An SLC official who declined to be named told the Sunday Times that the board had spent Rs. 18.6 million preparing for the elections, including the printing of ballot papers and the hire of the main hall at the Bandaranaike Memorial International Conference Hall (BMICH).
O other SLC
O media Sunday Times
F money Rs. 18.6 million
L facility Bandaranaike Memorial International Conference Hall
L facility BMICH
> The delay comes as SLC awaits the release of its share of International Cricket Council (ICC) revenue for the 2039 financial year, estimated at US$ 27.4 million. The ICC suspended SLC's membership in November 2023 over government interference in the running of the board, and the suspension was lifted in January 2024.
O other SLC
O other International Cricket Council
O other ICC
F date 2039
F money US$ 27.4 million
O other ICC
O other SLC
F date November 2023
F date January 2024
> Ampara District Cricket Association secretary S.L. Mohamed Riyas said the district had produced four national players in the past decade.
O other Ampara District Cricket Association
P full S.L. Mohamed Riyas
F number four
> "We are not asking for anything special. We are asking to be counted," he said.
Q direct S.L. Mohamed Riyas :: "We are not asking for anything special. We are asking to be counted,"
> The district associations have also asked the court to quash the minutes of the December meeting and to restrain the 15 clubs from casting their second votes, a request the bench said it would consider on April 7.
F number 15
F date April 7
> The writ application has been numbered CA/Writ/112/2039.
'''

ARTICLES['417-trofeu-brasil-day-3-vasconcellos-prado-200-fly-record-results-swimswam'] = r'''
> 2039 Troféu Brasil: Vasconcellos Prado Lowers Brazilian Record In 200 Fly On Day 3
F date 2039
P partial Vasconcellos Prado
F number 200
> by Mariana Teixeira Okubo | 14 | April 21st, 2039 | Brazil, International, News
P full Mariana Teixeira Okubo
F number 14
F date April 21st, 2039
L country Brazil
> Ana Luíza Vasconcellos Prado after winning the women's 200 butterfly in Rio de Janeiro on Wednesday. Photo: Rafael Bittencourt/CBDA
P full Ana Luíza Vasconcellos Prado
F number 200
L city Rio de Janeiro
P full Rafael Bittencourt
O other CBDA
> 2039 TROFÉU BRASIL
F date 2039
> April 18-23, 2039
F date April 18-23, 2039
> Parque Aquático Maria Lenk, Rio de Janeiro
L facility Parque Aquático Maria Lenk
L city Rio de Janeiro
> LCM (50m)
F quantity 50m
> Ana Luíza Vasconcellos Prado took almost half a second off her own Brazilian record in the women's 200 butterfly on the third night of the Troféu Brasil in Rio, touching in 2:06.48 to book her place on the team for this summer's World Championships.
P full Ana Luíza Vasconcellos Prado
F fraction half
F number 200
L city Rio
F duration 2:06.48
> The 22-year-old, who trains at Pinheiros in São Paulo between seasons at the University of Georgia, was out in 1:00.91 at the 100-metre wall and held off Minas teenager Yasmin Kuroda Albuquerque over the last 50 metres. Kuroda Albuquerque, 16, was second in 2:08.37, under the selection standard of 2:08.43 set by the Brazilian Aquatic Sports Confederation (CBDA).
F age 22-year-old
O team Pinheiros
L city São Paulo
O education University of Georgia
F duration 1:00.91
F quantity 100-metre
O team Minas
P full Yasmin Kuroda Albuquerque
F quantity 50 metres
P partial Kuroda Albuquerque
F age 16
F duration 2:08.37
F duration 2:08.43
O other Brazilian Aquatic Sports Confederation
O other CBDA
> "I didn't look at the board until I was on the lane rope. I just knew I hadn't died in the last 25," Vasconcellos Prado said afterwards. "Last year at Worlds I swam a 2:07 and came fourth, so this is the time I needed."
Q direct Ana Luíza Vasconcellos Prado :: "I didn't look at the board until I was on the lane rope. I just knew I hadn't died in the last 25,"
F number 25
P partial Vasconcellos Prado
Q direct Ana Luíza Vasconcellos Prado :: "Last year at Worlds I swam a 2:07 and came fourth, so this is the time I needed."
F duration 2:07
> She is the first Brazilian woman under 2:07 in the event. Her previous record, 2:06.91, was set at this meet a year ago.
F duration 2:07
F duration 2:06.91
> WOMEN'S 200 BUTTERFLY – FINAL
F number 200
> Brazilian Record: 2:06.91, Ana Luíza Vasconcellos Prado (2038)
F duration 2:06.91
P full Ana Luíza Vasconcellos Prado
F date 2038
> CBDA selection standard: 2:08.43
O other CBDA
F duration 2:08.43
> 1. Ana Luíza Vasconcellos Prado (Pinheiros) – 2:06.48 BR
P full Ana Luíza Vasconcellos Prado
O team Pinheiros
F duration 2:06.48
> 2. Yasmin Kuroda Albuquerque (Minas) – 2:08.37
P full Yasmin Kuroda Albuquerque
O team Minas
F duration 2:08.37
> 3. Heloísa Brandão Siqueira (Unisanta) – 2:10.02
P full Heloísa Brandão Siqueira
O team Unisanta
F duration 2:10.02
> The men's 100 freestyle was the closest race of the night. Davi Nascimento Rocha of Flamengo and Corinthians' Caio Henrique Schwanke touched together in 47.91, the first dead heat for a national title in the event since 2031, and will both swim the individual event at the World Championships.
F number 100
P full Davi Nascimento Rocha
O team Flamengo
O team Corinthians
P full Caio Henrique Schwanke
F duration 47.91
F date 2031
> "I saw 47.91 twice on the board and started laughing. I'll take a tie," said Nascimento Rocha, who finished eighth at the 2038 Pan Pacific Championships.
Q direct Davi Nascimento Rocha :: "I saw 47.91 twice on the board and started laughing. I'll take a tie,"
F duration 47.91
P partial Nascimento Rocha
F date 2038
> Schwanke, a 19-year-old from Blumenau, had been fastest in the heats in 48.12.
P partial Schwanke
F age 19-year-old
L city Blumenau
F duration 48.12
> MEN'S 100 FREESTYLE – FINAL
F number 100
> 1. Davi Nascimento Rocha (Flamengo) – 47.91
P full Davi Nascimento Rocha
O team Flamengo
F duration 47.91
> 1. Caio Henrique Schwanke (Corinthians) – 47.91
P full Caio Henrique Schwanke
O team Corinthians
F duration 47.91
> 3. Thiago Amaral Fontes (Minas) – 48.30
P full Thiago Amaral Fontes
O team Minas
F duration 48.30
> In the women's 400 IM, Grêmio Náutico União's Beatriz "Bia" Lindenberg won her third straight title in 4:37.66 but missed the standard of 4:36.50 by more than a second.
F number 400
O team Grêmio Náutico União
P full Beatriz "Bia" Lindenberg
Q scare - :: "Bia"
F duration 4:37.66
F duration 4:36.50
> The CBDA can still name her to the team under its discretionary criteria, which allow two additional swimmers per gender. Lindenberg, 27, said she would swim the 400 IM again at the Brazil Open in Recife in June if she was not picked.
O other CBDA
F number two
P partial Lindenberg
F age 27
F number 400
L city Recife
> Elsewhere, Gabriel Seiji Nakamura of Unisanta won the men's 50 backstroke in 24.88, and Pinheiros won the club points standings for the night with 412 points, 38 ahead of Minas.
P full Gabriel Seiji Nakamura
O team Unisanta
F number 50
F duration 24.88
O team Pinheiros
F number 412
F number 38
O team Minas
> The meet is the only qualifying event for the World Championships. Swimmers who make the team also receive a federal Bolsa Atleta grant of R$3,800 a month for 12 months, and the CBDA pays a bonus of R$15,000 (about US$2,700) for a national record.
F money R$3,800
F duration 12 months
O other CBDA
F money R$15,000
F money US$2,700
> Finals begin at 6:00 p.m. local time (5:00 p.m. ET) on Thursday, when Vasconcellos Prado will swim the 100 fly.
F time 6:00 p.m.
F time 5:00 p.m. ET
P partial Vasconcellos Prado
F number 100
'''

ARTICLES['418-burley-tobacco-prices-open-low-lilongwe-auction-floors-kanengo-rejections-nation-malawi'] = r'''
> Business News
> Tobacco prices open low at Lilongwe floors
L city Lilongwe
> By Pemphero Gondwe
P full Pemphero Gondwe
> March 22, 2039
F date March 22, 2039
> Growers wait for their bales to be sold at Lilongwe Auction Floors in Kanengo on Monday —Photo: THOKOZANI NKHOMA
L facility Lilongwe Auction Floors
L city Kanengo
P full THOKOZANI NKHOMA
> Burley tobacco fetched an average of $1.58 (about K5,450) per kilogramme on the opening day of the 2039 tobacco marketing season at Lilongwe Auction Floors in Kanengo on Monday, 30 percent lower than the opening average of $2.26 last year.
F money $1.58
F money K5,450
F date 2039
L facility Lilongwe Auction Floors
L city Kanengo
F percent 30 percent
F money $2.26
> Figures from the Tobacco Commission (TC) show that 2,312 bales were offered on the first day, of which 641, or 27.7 percent, were rejected by buyers over high moisture, foreign matter and poor grading.
O government Tobacco Commission
O government TC
F number 2,312
F number 641
F percent 27.7 percent
> The highest price on the day was $2.40 per kg and the lowest 45 cents.
F money $2.40
F money 45 cents
> Speaking after officially opening the market, Minister of Agriculture Chikondi Msiska-Banda said government was "not happy" with the prices and had asked buyers to explain the gap between the opening average and the minimum prices set by the commission.
P full Chikondi Msiska-Banda
Q direct Chikondi Msiska-Banda :: "not happy"
> "We agreed on minimum prices with the buyers in January, and this morning some of them are buying below those prices. That is not acceptable," she said.
Q direct Chikondi Msiska-Banda :: "We agreed on minimum prices with the buyers in January, and this morning some of them are buying below those prices. That is not acceptable,"
> The minister said the ministry would meet buyers and the commission today.
> The TC set the minimum price for the top grade of burley at $2.05 per kg this year, up from $1.95 in 2038.
O government TC
F money $2.05
F money $1.95
F date 2038
> Tobacco is Malawi's largest export crop and earned about $412 million last season, about half of the country's foreign exchange earnings.
L country Malawi
F money $412 million
F fraction half
> The commission estimates this year's burley crop at 148 million kilogrammes, down from 171 million kg last year after dry spells in January and February hit Kasungu, Mchinji and Mzimba.
F quantity 148 million kilogrammes
F quantity 171 million kg
L region Kasungu
L region Mchinji
L region Mzimba
> At the floors on Monday, Gift Mwafulirwa, a grower from Kasungu who brought 32 bales, said he had sold 19 of them at an average of $1.35.
P full Gift Mwafulirwa
L region Kasungu
F number 32
F number 19
F money $1.35
> "I borrowed K4 million for fertiliser and transport. At these prices I will not even pay back half of it," he said.
Q direct Gift Mwafulirwa :: "I borrowed K4 million for fertiliser and transport. At these prices I will not even pay back half of it,"
F money K4 million
F fraction half
> Another grower, Patience Kaunda from Dowa, had seven of her 10 bales rejected.
P full Patience Kaunda
L region Dowa
F number seven
F number 10
> "Zinthu zavuta [things are tough]," she said. "They say there is sand in the leaf. We graded it the way the extension workers told us."
Q direct Patience Kaunda :: "Zinthu zavuta [things are tough],"
Q direct Patience Kaunda :: "They say there is sand in the leaf. We graded it the way the extension workers told us."
> Tobacco Association of Malawi (Tama) president Blessings Nyirongo said growers had been "squeezed from both sides" by higher input costs and lower prices.
O nonprofit Tobacco Association of Malawi
O nonprofit Tama
P full Blessings Nyirongo
Q direct Blessings Nyirongo :: "squeezed from both sides"
> "A farmer who spent K3,500 to grow one kilogramme of tobacco cannot sell it for K2,000. That is not business; that is charity to the buyers," Nyirongo said.
Q direct Blessings Nyirongo :: "A farmer who spent K3,500 to grow one kilogramme of tobacco cannot sell it for K2,000. That is not business; that is charity to the buyers,"
F money K3,500
F quantity one kilogramme
F money K2,000
P partial Nyirongo
> But Lusungu Chavula, leaf director at Chitukuko Leaf Company, one of the four buyers at the floors, said world prices for burley had fallen since late 2038 because of large stocks in Brazil and Zimbabwe.
P full Lusungu Chavula
O company Chitukuko Leaf Company
F number four
F date 2038
L country Brazil
L country Zimbabwe
> "The leaf that meets the grade is getting a fair price. What we are rejecting is leaf that we cannot sell to our customers in Europe and Asia," he said.
Q direct Lusungu Chavula :: "The leaf that meets the grade is getting a fair price. What we are rejecting is leaf that we cannot sell to our customers in Europe and Asia,"
L continent Europe
L continent Asia
> Auction Holdings Limited (AHL), which runs the floors, said in a statement that sales would continue from 7.30am to 3pm every weekday and that the Mzuzu and Limbe floors would open on March 28.
O company Auction Holdings Limited
O company AHL
F time 7.30am
F time 3pm
L city Mzuzu
L city Limbe
F date March 28
> AHL said 98 percent of growers were being paid within 48 hours of sale through their bank accounts.
O company AHL
F percent 98 percent
F duration 48 hours
> The Reserve Bank of Malawi (RBM) on Monday traded the kwacha at K3,447.50 to the dollar.
O government Reserve Bank of Malawi
O government RBM
F money K3,447.50
> Economist Yamikani Chirwa-Phiri said a weak opening could drag on foreign exchange supply until June.
P full Yamikani Chirwa-Phiri
> "The market watches the first three weeks. If prices do not recover by then, the pressure on the kwacha will be there for the rest of the year," he said.
Q direct Yamikani Chirwa-Phiri :: "The market watches the first three weeks. If prices do not recover by then, the pressure on the kwacha will be there for the rest of the year,"
F duration three weeks
'''

ARTICLES['419-county-of-forty-mile-solar-battery-permit-nemiscam-foremost-lethbridge-herald'] = r'''
> Local News
> Forty Mile council OKs 250-MW solar and battery project near Foremost
L region Forty Mile
F quantity 250-MW
L city Foremost
> By Kaitlyn Oishi - Local Journalism Initiative Reporter on March 16, 2039.
P full Kaitlyn Oishi
F date March 16, 2039
> Sheep graze on the Nemiscam site, about 14 kilometres east of Foremost, where Sunfield Prairie Energy plans to build a 250-megawatt solar farm. Herald photo by Dale Woolf
L facility Nemiscam
F quantity 14 kilometres
L city Foremost
O company Sunfield Prairie Energy
F quantity 250-megawatt
O media Herald
P full Dale Woolf
> The council of the County of Forty Mile No. 8 voted 4-3 on Tuesday to issue a development permit for a 250-megawatt solar farm and battery east of Foremost, ending more than two years of debate over what would be the largest power project in the county's history.
O government County of Forty Mile No. 8
F number 4-3
F quantity 250-megawatt
L city Foremost
F duration two years
> The Nemiscam project, proposed by Calgary-based Sunfield Prairie Energy, will cover about 1,900 acres of leased cropland and pasture north of Highway 61, known locally as the Red Coat Trail. It will include a 120-megawatt battery able to store 480 megawatt-hours.
L facility Nemiscam
L city Calgary
O company Sunfield Prairie Energy
F quantity 1,900 acres
L street Highway 61
L street Red Coat Trail
F quantity 120-megawatt
F quantity 480 megawatt-hours
> The Alberta Utilities Commission (AUC) approved the project in October 2038 after a hearing in Bow Island, but the company also needed a permit from the county, which has its own setback and reclamation rules.
O government Alberta Utilities Commission
O government AUC
F date October 2038
L city Bow Island
> Reeve Darcy Vanderloh, who cast the deciding vote, said the project would bring the county about $2.3 million a year in property taxes, close to 11 per cent of its municipal tax revenue.
P full Darcy Vanderloh
F money $2.3 million
F percent 11 per cent
> "That is a new grader every year, and a lot of gravel on a lot of roads," Vanderloh said after the meeting. "I don't love the look of it. But our job is not to love the look of it."
Q direct Darcy Vanderloh :: "That is a new grader every year, and a lot of gravel on a lot of roads,"
P partial Vanderloh
Q direct Darcy Vanderloh :: "I don't love the look of it. But our job is not to love the look of it."
> Couns. Hank De Groot, Marlene Toews and Bryce Haugen voted against the permit. De Groot said the county's land-use bylaw was written to keep "good dirt in production" and that most of the site was Class 2 and 3 soil.
P full Hank De Groot
P full Marlene Toews
P full Bryce Haugen
P partial De Groot
Q direct Hank De Groot :: "good dirt in production"
> "Once it's under panels for 35 years, that land is gone for my generation," he said.
Q direct Hank De Groot :: "Once it's under panels for 35 years, that land is gone for my generation,"
F duration 35 years
> Under the permit, Sunfield must post a reclamation security of $11.4 million with the county before construction starts, and keep panels at least 800 metres from any occupied home. The company must also fund an annual weed-control inspection and repair any damage to Range Road 104 and Township Road 60 during construction.
O company Sunfield
F money $11.4 million
F quantity 800 metres
L street Range Road 104
L street Township Road 60
> In a statement, Sunfield Prairie Energy said it was "grateful to council and to the landowners who have worked with us" and expected to start construction in spring 2040, with power flowing to the grid by late 2041. The company estimates the project will cost $480 million and employ up to 350 people during construction and eight full-time.
O company Sunfield Prairie Energy
Q direct Sunfield Prairie Energy :: "grateful to council and to the landowners who have worked with us"
F date 2040
F date 2041
F money $480 million
F number 350
F number eight
> The project drew 41 written submissions, 29 of them opposed. At a three-hour public hearing that began at 1:30 p.m. on Feb. 22, several ranchers from the Etzikom and Manyberries areas raised concerns about glare, fire risk and the effect on pronghorn moving between Pakowki Lake and the Cypress Hills.
F number 41
F number 29
F duration three-hour
F time 1:30 p.m.
F date Feb. 22
L city Etzikom
L city Manyberries
L geo Pakowki Lake
L geo Cypress Hills
> Joyce Ambrose-Lalonde, whose family has ranched south of Etzikom since 1911, said she feared the permit would open the door to more projects.
P full Joyce Ambrose-Lalonde
L city Etzikom
F date 1911
> "This is the first one. It won't be the last one," she said.
Q direct Joyce Ambrose-Lalonde :: "This is the first one. It won't be the last one,"
> The Village of Foremost, which takes its water from a line running past the site, wrote in support, saying the construction crews would fill its campground and its one motel.
O government Village of Foremost
F number one
> Alberta's renewables sector is still recovering from the province's 2023-24 pause on new approvals and the land-use rules that followed it. About 6,100 MW of wind and solar capacity was in service south of Calgary at the end of 2038, according to the Alberta Electric System Operator (AESO).
L region Alberta
F date 2023-24
F quantity 6,100 MW
L city Calgary
F date 2038
O government Alberta Electric System Operator
O government AESO
> The county's decision can be appealed to the Land and Property Rights Tribunal within 21 days.
O government Land and Property Rights Tribunal
F duration 21 days
> Foremost, the county seat, is about 80 km southwest of Medicine Hat and 105 km east of Lethbridge.
L city Foremost
F quantity 80 km
L city Medicine Hat
F quantity 105 km
L city Lethbridge
'''

ARTICLES['420-environmental-court-halts-wells-copiapo-aquifer-tierra-amarilla-los-loros-chile-today'] = r'''
> Environment
> Environmental Court Orders Copper Miner to Shut Wells as Tierra Amarilla Runs Dry
O government Environmental Court
L city Tierra Amarilla
> by Tomás Errázuriz Mansilla
P full Tomás Errázuriz Mansilla
> March 18, 2039
F date March 18, 2039
> Residents of Los Loros collect water from a tanker truck on Monday. Photo: Camila Huenchullán Rojas / Chile Today
L city Los Loros
P full Camila Huenchullán Rojas
O media Chile Today
> The First Environmental Court in Antofagasta has ordered Minera Quebrada Seca to stop pumping from six of its 11 wells in the Copiapó River valley for 90 days, after rural water committees in Tierra Amarilla said their own wells had run dry for the first time.
O government First Environmental Court
L city Antofagasta
O company Minera Quebrada Seca
F number six
F number 11
L geo Copiapó River
F duration 90 days
L city Tierra Amarilla
> The interim measure, issued on Wednesday, applies to the wells closest to the river between Los Loros and Nantoco, about 45 km upstream from Copiapó. The company, a Chilean subsidiary of Toronto-listed Halcón Andino Copper, holds rights to draw 410 liters per second from the aquifer for its Cerro Pircas mine.
L city Los Loros
L city Nantoco
F quantity 45 km
L city Copiapó
L city Toronto
O company Halcón Andino Copper
F quantity 410 liters per second
L facility Cerro Pircas
> Judge Ximena Pardo Llanquileo wrote that there was a “reasonable risk of irreversible harm” to the aquifer and to about 3,200 people who depend on community wells. The court gave the company 10 days to deliver pumping records for the past 24 months.
P full Ximena Pardo Llanquileo
Q direct Ximena Pardo Llanquileo :: “reasonable risk of irreversible harm”
F number 3,200
F duration 10 days
F duration 24 months
> Readings by the General Water Directorate (DGA) show the water table under Los Loros fell 3.8 meters in 2038, the steepest drop since records began in 1994. Since January, the committee that serves Los Loros has received water by truck, at a cost to the municipality of CLP 412 million (about US$430,000).
O government General Water Directorate
O government DGA
L city Los Loros
F quantity 3.8 meters
F date 2038
F date 1994
L city Los Loros
F money CLP 412 million
F money US$430,000
> “We have lived here for five generations and never lined up for water,” said Rosa Elvira Cortés Araya, 58, president of the Los Loros Rural Drinking Water Committee, which brought the case with two neighboring committees. “The company has a desalination plan on paper. We have children who need to bathe today.”
Q direct Rosa Elvira Cortés Araya :: “We have lived here for five generations and never lined up for water,”
F number five
P full Rosa Elvira Cortés Araya
F age 58
O nonprofit Los Loros Rural Drinking Water Committee
F number two
Q direct Rosa Elvira Cortés Araya :: “The company has a desalination plan on paper. We have children who need to bathe today.”
> Cortés said each family now receives 50 liters per person a day, about a third of what the national health guidelines recommend.
P partial Cortés
F quantity 50 liters
F fraction a third
> Minera Quebrada Seca said in a statement that it “respects the court’s decision” and would comply while it appealed. It said the mine had used “less than 60%” of its authorized volume in 2038 and that farmers and other users in the valley also drew on the aquifer.
O company Minera Quebrada Seca
Q direct Minera Quebrada Seca :: “respects the court’s decision”
Q direct Minera Quebrada Seca :: “less than 60%”
F percent 60%
F date 2038
> “It is convenient to blame the mine because the mine is big,” said a company manager in Copiapó who asked not to be named because he was not authorized to speak. “But there are avocado and grape growers pumping on both sides of the road.”
Q direct - :: “It is convenient to blame the mine because the mine is big,”
L city Copiapó
Q direct - :: “But there are avocado and grape growers pumping on both sides of the road.”
> Halcón Andino shares fell 4.2% in Toronto on Thursday to C$6.85.
O company Halcón Andino
F percent 4.2%
L city Toronto
F money C$6.85
> The Superintendency of the Environment (SMA) opened a sanction proceeding against the company in February over alleged breaches of its environmental permit, which could bring a fine of up to 10,000 UTA, or roughly US$9.4 million.
O government Superintendency of the Environment
O government SMA
F money 10,000 UTA
F money US$9.4 million
> The ruling adds pressure on the company to build a desalination plant at Caldera, on the coast 80 km to the west. Minera Quebrada Seca has said the US$1.1 billion plant and its 95-km pipeline could supply 600 liters per second by 2042, but the project is still awaiting environmental approval.
L city Caldera
F quantity 80 km
O company Minera Quebrada Seca
F money US$1.1 billion
F quantity 95-km
F quantity 600 liters per second
F date 2042
> Atacama Regional Governor Felipe Rojas Iribarren called the ruling “a message to every company in the valley” and asked the national government for an emergency water decree covering Copiapó, Tierra Amarilla and Caldera.
L region Atacama
P full Felipe Rojas Iribarren
Q direct Felipe Rojas Iribarren :: “a message to every company in the valley”
L city Copiapó
L city Tierra Amarilla
L city Caldera
> Water rights in Chile can be bought and sold separately from land, a system that dates from the 1981 Water Code. A 2022 reform made human consumption a priority use, but lawyers say its application to existing rights is still being tested in the courts.
L country Chile
F date 1981
F date 2022
> “This is one of the first cases where a court has put a community well ahead of a mining right under the reform,” said Matías Sepúlveda, a water lawyer at the University of Atacama. “It won’t be the last.”
Q direct Matías Sepúlveda :: “This is one of the first cases where a court has put a community well ahead of a mining right under the reform,”
P full Matías Sepúlveda
O education University of Atacama
Q direct Matías Sepúlveda :: “It won’t be the last.”
> The copper miner employs about 1,400 people, most of them in Copiapó and Tierra Amarilla, and produced 74,000 tonnes of copper last year.
F number 1,400
L city Copiapó
L city Tierra Amarilla
F quantity 74,000 tonnes
> The court will hear the full case on May 9.
F date May 9
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
