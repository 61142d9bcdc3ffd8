#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval63 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval63/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['421-eye-roofer-jailed-elderly-homeowners-fraud-ipswich-crown-court-eadt'] = r'''
> News
> Rogue roofer who 'picked his victims with care' jailed for conning elderly out of £86,400
Q direct Caroline Aspinall :: 'picked his victims with care'
F money £86,400
> A Suffolk Trading Standards investigation found he charged a 91-year-old widow in Eye £14,500 for repairs that were never carried out
O government Suffolk Trading Standards
F age 91-year-old
L city Eye
F money £14,500
> By Harriet Lomax
P full Harriet Lomax
> Court reporter
> Published: 4:59 PM March 12, 2038
F time 4:59 PM
F date March 12, 2038
> Updated: 6:21 PM March 12, 2038
F time 6:21 PM
F date March 12, 2038
> Dean Whitmore was jailed for five years and four months at Ipswich Crown Court - Credit: Suffolk Constabulary
P full Dean Whitmore
F duration five years
F duration four months
O government Ipswich Crown Court
O government Suffolk Constabulary
> A roofer who targeted elderly homeowners across north Suffolk and south Norfolk, taking £86,400 for work that was never done or was "completely worthless", has been jailed.
L region Suffolk
L region Norfolk
F money £86,400
Q direct - :: "completely worthless"
> Dean Anthony Whitmore, 43, of Wilby Road, Stradbroke, had admitted 11 counts of fraud by false representation and one count of money laundering at an earlier hearing.
P full Dean Anthony Whitmore
F age 43
L street Wilby Road
L city Stradbroke
F number 11
F number one
> He was sentenced to five years and four months in prison at Ipswich Crown Court on Friday.
F duration five years
F duration four months
O government Ipswich Crown Court
> The court heard that Whitmore, who traded as Waveney Heritage Roofing, cold-called at homes in Eye, Hoxne, Diss and Harleston between May 2036 and September 2037, telling pensioners that their roofs were loose or leaking and needed urgent work.
P partial Whitmore
O company Waveney Heritage Roofing
L city Eye
L city Hoxne
L city Diss
L city Harleston
F date May 2036
F date September 2037
> Prosecuting, Imogen Tarrant said 14 victims had been identified, the oldest aged 93 and the youngest 71. Most of them lived alone.
P full Imogen Tarrant
F number 14
F age 93
F age 71
> In one case, the 91-year-old widow in Eye was charged £14,500 over three visits for replacing valley boards that he had told her were "rotten". When trading standards officers inspected the roof, they found that none of the boards had been replaced and that a bag of old tiles had been left in her loft.
F age 91-year-old
L city Eye
F money £14,500
F number three
Q direct Dean Anthony Whitmore :: "rotten"
> Another victim, a retired farm worker from Hoxne, paid £9,800 in cash after Whitmore drove him to a bank in Diss to withdraw it.
L city Hoxne
F money £9,800
P partial Whitmore
L city Diss
> A chartered surveyor who later inspected four of the roofs for trading standards described the work on them as "completely worthless", Ms Tarrant said.
F number four
Q direct - :: "completely worthless"
P partial Tarrant
> In a statement read to the court, the widow's daughter, Rosalind Fairweather, said her mother had "trusted him like a grandson".
P full Rosalind Fairweather
Q direct Rosalind Fairweather :: "trusted him like a grandson"
> "He was charming, he called her 'love' and he sat and had a cup of tea with her every time he came," she said.
Q direct Rosalind Fairweather :: "He was charming, he called her 'love' and he sat and had a cup of tea with her every time he came,"
> "Mum hasn't let anyone into the house since. She was a confident, independent woman and he took that away from her in a matter of weeks.
Q direct Rosalind Fairweather :: "Mum hasn't let anyone into the house since. She was a confident, independent woman and he took that away from her in a matter of weeks.
> "I don't think she will ever get it back."
Q direct Rosalind Fairweather :: "I don't think she will ever get it back."
> Mitigating, Kwame Osei-Fenton said Whitmore had run a legitimate business until 2035, when the loss of a contract with a housing association left him with debts of about £60,000. He had "shown genuine remorse" and was willing to sell his van and tools to repay his victims, Mr Osei-Fenton said.
P full Kwame Osei-Fenton
P partial Whitmore
F date 2035
F money £60,000
Q direct Kwame Osei-Fenton :: "shown genuine remorse"
P partial Osei-Fenton
> Sentencing, Judge Caroline Aspinall told Whitmore he had "picked his victims with care".
P full Caroline Aspinall
P partial Whitmore
Q direct Caroline Aspinall :: "picked his victims with care"
> "You chose people who were old, who lived alone and who would trust a man on the doorstep with a ladder and a friendly word," the judge said. "Then you took their savings, and in some cases their peace of mind."
Q direct Caroline Aspinall :: "You chose people who were old, who lived alone and who would trust a man on the doorstep with a ladder and a friendly word,"
Q direct Caroline Aspinall :: "Then you took their savings, and in some cases their peace of mind."
> She also made him the subject of a 10-year criminal behaviour order, which bans him from cold-calling at homes anywhere in England. A confiscation hearing under the Proceeds of Crime Act will be held on June 23.
F duration 10-year
L country England
F date June 23
> Whitmore will serve half of his sentence in custody before being released on licence.
P partial Whitmore
F fraction half
> Suffolk Trading Standards said the case was one of the largest doorstep crime investigations it had carried out. Its officers worked with Norfolk Trading Standards and Suffolk Police, and with the victims' banks, two of which had flagged large cash withdrawals.
O government Suffolk Trading Standards
O government Norfolk Trading Standards
O government Suffolk Police
F number two
> Graham Tuttle, the service's lead investigator, said: "Rogue traders rely on their victims being too embarrassed or too frightened to come forward. We would urge anyone who has had work done by this man to contact us."
P full Graham Tuttle
Q direct Graham Tuttle :: "Rogue traders rely on their victims being too embarrassed or too frightened to come forward. We would urge anyone who has had work done by this man to contact us."
> The charity Age UK Suffolk said it had given talks on doorstep crime to more than 2,300 older people in 2037 and would run sessions in Eye and Stradbroke in April. "Nobody should feel foolish for being taken in," it said.
O nonprofit Age UK Suffolk
F number 2,300
F date 2037
L city Eye
L city Stradbroke
Q direct Age UK Suffolk :: "Nobody should feel foolish for being taken in,"
> Anyone with information about doorstep crime can call the Citizens Advice consumer helpline on 0808 223 1133 or Suffolk Police on 101.
O nonprofit Citizens Advice
O government Suffolk Police
'''

ARTICLES['422-dong-nai-footwear-plant-eu-orders-phuoc-hung-lefaso-vietnam-news'] = r'''
> Economy
> Đồng Nai footwear maker opens VNĐ2.9 trillion plant as EU orders return
L region Đồng Nai
F money VNĐ2.9 trillion
O intergovernmental EU
> Update: November 12, 2036 - 08:47
F date November 12, 2036
F time 08:47
> Workers on a stitching line at Phước Hưng Footwear's new plant in the Long Đức 2 Industrial Park, Đồng Nai Province. — VNS Photo Lê Hoàng Quân
O company Phước Hưng Footwear
L facility Long Đức 2 Industrial Park
L region Đồng Nai Province
O media VNS
P full Lê Hoàng Quân
> ĐỒNG NAI — Phước Hưng Footwear JSC on Tuesday began production at a VNĐ2.9 trillion (US$112 million) plant in the Long Đức 2 Industrial Park, its largest investment since the company was founded in a rented workshop in Biên Hòa in 1998.
L region ĐỒNG NAI
O company Phước Hưng Footwear JSC
F money VNĐ2.9 trillion
F money US$112 million
L facility Long Đức 2 Industrial Park
L city Biên Hòa
F date 1998
> The 14-hectare plant has 24 production lines and will employ 6,800 workers when it reaches full capacity in the third quarter of next year. It will make 18 million pairs of sports and casual shoes a year, mostly for European and North American brands.
F quantity 14-hectare
F number 24
F number 6,800
F number 18 million
> Nguyễn Thị Thanh Hương, the company's general director, said about 70 per cent of the plant's output for the first half of 2037 had already been booked by buyers in Germany, the Netherlands and Poland.
P full Nguyễn Thị Thanh Hương
F percent 70 per cent
F date 2037
L country Germany
L country Netherlands
L country Poland
> “Two years ago our lines stood idle two days a week and we had to cut shifts,” Hương said at the opening ceremony. “Now the European customers are back, but they ask much more of us than before. They want to know where every piece of leather comes from and how much electricity we use for each pair.”
Q direct Nguyễn Thị Thanh Hương :: “Two years ago our lines stood idle two days a week and we had to cut shifts,”
F duration Two years
F duration two days
P partial Hương
Q direct Nguyễn Thị Thanh Hương :: “Now the European customers are back, but they ask much more of us than before. They want to know where every piece of leather comes from and how much electricity we use for each pair.”
> The plant has 11.5 megawatts of rooftop solar panels, which will cover about 40 per cent of its power needs, and a wastewater treatment system that can handle 1,200 cubic metres a day.
F quantity 11.5 megawatts
F percent 40 per cent
F quantity 1,200 cubic metres
> About a third of the investment came from Hsin Kuang Shoe Materials Co, a Taichung-based maker of soles and uppers that holds a 35 per cent stake in the new plant.
F fraction a third
O company Hsin Kuang Shoe Materials Co
L city Taichung
F percent 35 per cent
> Chen Wei-lun, Hsin Kuang's chairman, said the company had moved most of its production out of southern China over the past decade and now made 60 per cent of its soles in Việt Nam.
P full Chen Wei-lun
O company Hsin Kuang
L country China
F percent 60 per cent
L country Việt Nam
> “Our customers want shorter supply chains and lower carbon. Việt Nam can give them both,” Chen said.
Q direct Chen Wei-lun :: “Our customers want shorter supply chains and lower carbon. Việt Nam can give them both,”
L country Việt Nam
P partial Chen
> Phước Hưng, which is listed on the HCM Stock Exchange (HoSE) under the ticker PHF, reported revenue of VNĐ6.4 trillion for the first nine months of this year, up 23.5 per cent year-on-year. Exports made up 91 per cent of sales. Its shares rose 4.2 per cent to VNĐ38,600 on Tuesday.
O company Phước Hưng
O company HCM Stock Exchange
O company HoSE
F money VNĐ6.4 trillion
F duration nine months
F percent 23.5 per cent
F percent 91 per cent
F percent 4.2 per cent
F money VNĐ38,600
> According to the Việt Nam Leather, Footwear and Handbag Association (Lefaso), exports of footwear and handbags reached US$24.7 billion in the first 10 months of 2036, up 11 per cent on the same period last year. The EU is the second-largest market after the US, taking about 26 per cent of the total.
O nonprofit Việt Nam Leather, Footwear and Handbag Association
O nonprofit Lefaso
F money US$24.7 billion
F duration 10 months
F date 2036
F percent 11 per cent
O intergovernmental EU
L country US
F percent 26 per cent
> Phan Thị Kim Oanh, Lefaso's vice chairwoman, said tariffs on most Vietnamese footwear entering the EU had fallen to zero in 2027 under the EU-Việt Nam Free Trade Agreement (EVFTA), but smaller firms were struggling with new European rules on carbon reporting.
P full Phan Thị Kim Oanh
O nonprofit Lefaso
O intergovernmental EU
F date 2027
> “Only about one in five of our 400 members has the staff to calculate a carbon footprint for each product,” Oanh said. “Many of them make very good shoes, but they have never had to report like this.”
Q direct Phan Thị Kim Oanh :: “Only about one in five of our 400 members has the staff to calculate a carbon footprint for each product,”
F number one
F number five
F number 400
P partial Oanh
Q direct Phan Thị Kim Oanh :: “Many of them make very good shoes, but they have never had to report like this.”
> Võ Tấn Đức, vice chairman of the Đồng Nai Province People's Committee, said the province had attracted US$2.1 billion in foreign direct investment in the first 10 months of the year, nearly a quarter of it in footwear, textiles and furniture.
P full Võ Tấn Đức
O government Đồng Nai Province People's Committee
F money US$2.1 billion
F duration 10 months
F fraction a quarter
> The new plant is 12km from Long Thành International Airport, which began handling cargo flights to Europe last year, and Đức said the province would finish a second access road to the industrial park by June 2037.
F quantity 12km
L facility Long Thành International Airport
L continent Europe
P partial Đức
F date June 2037
> Worker Điểu Thị Ngọc, 27, from the former Bình Phước Province, said she had moved to the plant from a garment factory in HCM City.
P full Điểu Thị Ngọc
F age 27
L region Bình Phước Province
L city HCM City
> “Here I earn VNĐ9.2 million a month with overtime, and I can go home to my village every weekend,” she said. — VNS
Q direct Điểu Thị Ngọc :: “Here I earn VNĐ9.2 million a month with overtime, and I can go home to my village every weekend,”
F money VNĐ9.2 million
O media VNS
'''

ARTICLES['423-png-chiefs-beat-dolphins-port-moresby-nrl-kila-double-the-national'] = r'''
> Sports
> Kila Double Lifts Chiefs Past Dolphins
P partial Kila
O team Chiefs
O team Dolphins
> By LUCY WARUPI
P full LUCY WARUPI
> June 21, 2038
F date June 21, 2038
> Chiefs winger Jethro Kila dives over for his second try against the Dolphins at Santos National Football Stadium on Saturday. – Picture: BENNY KOIRA
O team Chiefs
P full Jethro Kila
O team Dolphins
L facility Santos National Football Stadium
P full BENNY KOIRA
> THE PNG Chiefs ended a three-match losing streak with a 26-20 win over the Dolphins in front of 14,906 fans at Santos National Football Stadium in Port Moresby on Saturday night.
O team PNG Chiefs
F number three
F score 26-20
O team Dolphins
F number 14,906
L facility Santos National Football Stadium
L city Port Moresby
> Winger Jethro Kila scored two tries, including the match-winner six minutes from full-time, and halfback Josiah ToKunai kicked five goals from five attempts as the home side came from 14-6 down at halftime.
P full Jethro Kila
F number two
F duration six minutes
P full Josiah ToKunai
F number five
F number five
F score 14-6
> It was only the Chiefs' fifth win from 14 games this season, and it lifted them off the bottom of the NRL ladder, a point ahead of the Wests Tigers.
O team Chiefs
F number 14
O other NRL
O team Wests Tigers
> Gates opened at 3pm, four hours before kick-off, and the stadium was close to full by the time the teams ran out.
F time 3pm
F duration four hours
> "The boys have copped a lot of criticism the last few weeks, and some of it was fair," Chiefs coach Michael Gware said. "But they showed tonight what this jersey means to people here. When you are 14-6 down and you hear 14,000 people still singing, you can't give up."
Q direct Michael Gware :: "The boys have copped a lot of criticism the last few weeks, and some of it was fair,"
O team Chiefs
P full Michael Gware
Q direct Michael Gware :: "But they showed tonight what this jersey means to people here. When you are 14-6 down and you hear 14,000 people still singing, you can't give up."
F score 14-6
F number 14,000
> The Dolphins, missing three regular forwards through injury, made the better start. Fullback Brodie Hartigan crossed in the eighth minute and converted his own try, and although centre Nathaniel Waimbari levelled the scores for the Chiefs in the 21st minute, a Hartigan penalty goal and a try to second-rower Tevita Fa'amausili-Kerr just before the break gave the visitors a 14-6 lead.
O team Dolphins
F number three
P full Brodie Hartigan
P full Nathaniel Waimbari
O team Chiefs
P partial Hartigan
P full Tevita Fa'amausili-Kerr
F score 14-6
> The game turned after the break. Kila, a 22-year-old from Kerema in Gulf Province who played 31 games for the PNG Hunters before joining the Chiefs, finished a long move down the right edge in the 47th minute, and ToKunai's conversion from the sideline made it 14-12.
P partial Kila
F age 22-year-old
L city Kerema
L region Gulf Province
F number 31
O team PNG Hunters
O team Chiefs
P partial ToKunai
F score 14-12
> Eight minutes later Simbu-born prop Moses Kundi barged over from close range after a 40/20 from ToKunai, and the Chiefs led for the first time at 18-14.
F duration Eight minutes
L region Simbu
P full Moses Kundi
P partial ToKunai
O team Chiefs
F score 18-14
> Dolphins five-eighth Kade Mulvihill hit back in the 63rd minute, sliding through a gap near the posts, and Hartigan's conversion put the visitors 20-18 ahead.
O team Dolphins
P full Kade Mulvihill
P partial Hartigan
F score 20-18
> The Chiefs then had a numerical advantage after Dolphins hooker Jayden Corrigan-Lee was sent to the sin bin for 10 minutes for a professional foul, and ToKunai levelled the scores with a penalty goal in the 69th minute.
O team Chiefs
O team Dolphins
P full Jayden Corrigan-Lee
F duration 10 minutes
P partial ToKunai
> With six minutes left, Waimbari broke two tackles on halfway and found Kila, who beat Hartigan to the corner. ToKunai's fifth goal, from the touchline, sealed it.
F duration six minutes
P partial Waimbari
F number two
P partial Kila
P partial Hartigan
P partial ToKunai
> Dolphins coach Grant Pettifer said his side had let the game slip while they were a man down. "We were the better side for 45 minutes, and then we stopped doing the simple things," he said. "Credit to them, they made us pay."
O team Dolphins
P full Grant Pettifer
Q direct Grant Pettifer :: "We were the better side for 45 minutes, and then we stopped doing the simple things,"
F duration 45 minutes
Q direct Grant Pettifer :: "Credit to them, they made us pay."
> Kila, who also made 168 metres from 17 runs, said the crowd had carried the team home.
P partial Kila
F quantity 168 metres
F number 17
> "My family came from Kerema on the boat just to watch, so I had to do something for them," he said.
Q direct Jethro Kila :: "My family came from Kerema on the boat just to watch, so I had to do something for them,"
L city Kerema
> Kumuls coach Aisa Tamarua, who watched from the stands, said Kila and Kundi had "put their hands up" for the Pacific Championships in October.
O team Kumuls
P full Aisa Tamarua
P partial Kila
P partial Kundi
Q direct Aisa Tamarua :: "put their hands up"
> The Chiefs play the Cowboys in Townsville next Saturday.
O team Chiefs
O team Cowboys
L city Townsville
> CHIEFS 26 (J Kila 2, N Waimbari, M Kundi tries; J ToKunai 5 goals) bt DOLPHINS 20 (B Hartigan, T Fa'amausili-Kerr, K Mulvihill tries; B Hartigan 4 goals)
O team CHIEFS
F score 26
P full J Kila
F number 2
P full N Waimbari
P full M Kundi
P full J ToKunai
F number 5
O team DOLPHINS
F score 20
P full B Hartigan
P full T Fa'amausili-Kerr
P full K Mulvihill
P full B Hartigan
F number 4
> Half-time: Dolphins 14-6. Referee: Todd Sherrington. Crowd: 14,906.
O team Dolphins
F score 14-6
P full Todd Sherrington
F number 14,906
'''

ARTICLES['424-san-pedro-port-cocoa-trucks-queue-ccc-farmgate-price-ecofin'] = r'''
> Agriculture
> Côte d’Ivoire: cocoa trucks wait up to six days at San-Pédro as exporters slow purchases
L country Côte d’Ivoire
F duration six days
L city San-Pédro
> Date: Tuesday, 18 October 2039 16:05
F date 18 October 2039
F time 16:05
> Key points:
> • More than 1,200 trucks were waiting at the port’s entrance on Monday, according to the CCC.
F number 1,200
O government CCC
> • Warehouses in San-Pédro hold about 310,000 tonnes of beans, close to their capacity.
L city San-Pédro
F quantity 310,000 tonnes
> • London cocoa futures have fallen 18% since July.
L city London
F percent 18%
> Trucks loaded with cocoa beans on the road to Grand-Béréby, outside the Port of San-Pédro. (Photo: CCC)
L city Grand-Béréby
L facility Port of San-Pédro
O government CCC
> (Agence Ecofin) - In Côte d’Ivoire, more than 1,200 trucks loaded with cocoa beans were waiting at the entrance of the Port of San-Pédro on Monday, some of them for six days, according to the Conseil du Café-Cacao (CCC), the sector’s regulator.
O media Agence Ecofin
L country Côte d’Ivoire
F number 1,200
L facility Port of San-Pédro
F duration six days
O government Conseil du Café-Cacao
O government CCC
> The queue, which stretched for about 9 km along the road to Grand-Béréby, has built up since the 2039-2040 main crop opened on 1 October with a farmgate price (“prix bord champ”) of 2,950 CFA francs per kilogram, unchanged from the previous season.
F quantity 9 km
L city Grand-Béréby
F date 2039-2040
F date 1 October
Q scare - :: “prix bord champ”
F money 2,950 CFA francs
> Exporters say their warehouses in San-Pédro, which hold about 310,000 tonnes of beans, are close to full because shipments have slowed. Buyers in Europe and Asia have delayed taking delivery after London cocoa futures fell 18% since July to £2,140 a tonne. In New York, the benchmark contract traded at $2,985 a tonne on Monday.
L city San-Pédro
F quantity 310,000 tonnes
L continent Europe
L continent Asia
L city London
F percent 18%
F money £2,140
L city New York
F money $2,985
> “We loaded the beans in Soubré on Wednesday, we arrived here Thursday night, and now it is Monday,” said Souleymane Diabaté, 38, who drives a 30-tonne truck for a cooperative in the Nawa region. “The beans are in bags on the truck in the sun. Every day we lose weight and quality.”
Q direct Souleymane Diabaté :: “We loaded the beans in Soubré on Wednesday, we arrived here Thursday night, and now it is Monday,”
L city Soubré
P full Souleymane Diabaté
F age 38
F quantity 30-tonne
L region Nawa
Q direct Souleymane Diabaté :: “The beans are in bags on the truck in the sun. Every day we lose weight and quality.”
> Drivers are paid by the trip, and many have slept in their cabs since last week. The CCC said late on Monday that it had asked the port to open a second waiting area of 12 hectares, and that the delays were “temporary and linked to the logistics of the first weeks of the season”. It also released XOF 12 billion (about $21 million) from its reserve fund to help exporters finance their stocks.
O government CCC
F quantity 12 hectares
Q direct Conseil du Café-Cacao :: “temporary and linked to the logistics of the first weeks of the season”
F money XOF 12 billion
F money $21 million
> The Port Autonome de San-Pédro (PASP), which handles about half of the country’s cocoa exports, said it had loaded 14 ships with 186,000 tonnes of beans and semi-processed products since 1 October, against 231,000 tonnes in the same period of 2038.
O government Port Autonome de San-Pédro
O government PASP
F fraction half
F number 14
F quantity 186,000 tonnes
F date 1 October
F quantity 231,000 tonnes
F date 2038
> Cooperatives are also feeling the strain. Bertin N’Guessan, president of a cooperative of 1,140 growers in Méagui, said buyers had stopped paying in advance and some farmers were selling below the official price.
P full Bertin N’Guessan
F number 1,140
L city Méagui
> “Some buyers in the villages offer 2,500 francs and the farmer accepts, because he has school fees to pay,” N’Guessan said. “The price is fixed in Abidjan, but it is not always the price in the bush.”
Q direct Bertin N’Guessan :: “Some buyers in the villages offer 2,500 francs and the farmer accepts, because he has school fees to pay,”
F money 2,500 francs
P partial N’Guessan
Q direct Bertin N’Guessan :: “The price is fixed in Abidjan, but it is not always the price in the bush.”
L city Abidjan
> A CCC official, who asked not to be named, said inspectors had opened 37 cases against buyers paying below the farmgate price since the start of the season, and that repeat offenders would “lose their licence”.
O government CCC
F number 37
Q direct - :: “lose their licence”
> Côte d’Ivoire, the world’s largest cocoa producer, shipped 1.86 million tonnes of beans in the 2038-2039 season, according to CCC data. The International Cocoa Organization (ICCO), which is based in Abidjan, expects a global surplus of 142,000 tonnes in 2039/40, the second in a row.
L country Côte d’Ivoire
F quantity 1.86 million tonnes
F date 2038-2039
O government CCC
O intergovernmental International Cocoa Organization
O intergovernmental ICCO
L city Abidjan
F quantity 142,000 tonnes
F date 2039/40
> In neighbouring Ghana, where the main crop also opened on 1 October, the Ghana Cocoa Board (Cocobod) raised its farmgate price by 4.5% to 58,400 cedis per tonne, citing the weaker cedi.
L country Ghana
F date 1 October
O government Ghana Cocoa Board
O government Cocobod
F percent 4.5%
F money 58,400 cedis
> Sèna Ahouansou
P full Sèna Ahouansou
'''

ARTICLES['425-mingo-county-black-lung-clinic-cuts-hours-hrsa-grant-williamson-gazette-mail'] = r'''
> Health
> Mingo County black lung clinic to cut hours after federal grant falls short
L region Mingo County
> By Mariah Caudill
P full Mariah Caudill
> Staff writer
> Mar 2, 2040
F date Mar 2, 2040
> Physician assistant Lakshmi Varghese-Ross reviews a chest X-ray with retired miner Roy Dale Blankenship at the Tug Fork Black Lung Clinic in Williamson on Thursday.
P full Lakshmi Varghese-Ross
P full Roy Dale Blankenship
O other Tug Fork Black Lung Clinic
L city Williamson
> JESSE LAMBERT-COOK | Gazette-Mail
P full JESSE LAMBERT-COOK
O media Gazette-Mail
> WILLIAMSON — A clinic that has screened and treated coal miners in southern West Virginia for black lung disease since 2004 will cut its hours to three days a week on April 1, after its federal grant came in $412,000 short of what it asked for.
L city WILLIAMSON
L region West Virginia
F date 2004
F duration three days
F date April 1
F money $412,000
> The Tug Fork Black Lung Clinic, run by the nonprofit Tug Valley Community Health Inc., saw 1,940 current and former miners last year from Mingo, Logan, McDowell and Wyoming counties and from Pike County, Kentucky, just across the Tug Fork.
O other Tug Fork Black Lung Clinic
O nonprofit Tug Valley Community Health Inc.
F number 1,940
L region Mingo
L region Logan
L region McDowell
L region Wyoming
L region Pike County
L region Kentucky
L geo Tug Fork
> Patients drive in from places like Man, Gilbert and War, some of them more than an hour each way, said Donna Kay Mullins, the clinic’s director.
L city Man
L city Gilbert
L city War
P full Donna Kay Mullins
> The clinic is funded mainly through the Black Lung Clinics Program of the federal Health Resources and Services Administration. This year HRSA awarded it $1.06 million for the 12 months that begin April 1, against a request of $1,472,000, the same amount it received last year.
O government Health Resources and Services Administration
O government HRSA
F money $1.06 million
F duration 12 months
F date April 1
F money $1,472,000
> Mullins said the program’s budget had been flat for years while the number of sick miners kept climbing.
P partial Mullins
> “We are seeing men in their 40s with the worst form of this disease, men who should be coaching their grandkids’ ball teams, not waiting on a lung transplant,” she said. “When I started here in 2009, a case like that was something you read about.
Q direct Donna Kay Mullins :: “We are seeing men in their 40s with the worst form of this disease, men who should be coaching their grandkids’ ball teams, not waiting on a lung transplant,”
F age 40s
Q direct Donna Kay Mullins :: “When I started here in 2009, a case like that was something you read about.
F date 2009
> “Now I have three or four a month.”
Q direct Donna Kay Mullins :: “Now I have three or four a month.”
F number three
F number four
> Researchers at the National Institute for Occupational Safety and Health have found that about 1 in 5 long-tenure underground miners in Central Appalachia has black lung, the highest rate since the 1970s, with much of it blamed on silica dust from cutting through rock to reach thinner coal seams.
O government National Institute for Occupational Safety and Health
F number 1
F number 5
L region Central Appalachia
F date 1970s
> Blankenship, 64, of Kermit, ran a continuous miner underground for 27 years at mines in Mingo and Logan counties before he was diagnosed with progressive massive fibrosis, the most severe stage of the disease, in 2036. He now comes to the clinic every two weeks for breathing treatments and keeps an oxygen tank in his truck.
P partial Blankenship
F age 64
L city Kermit
F duration 27 years
L region Mingo
L region Logan
F date 2036
F duration two weeks
> “If they go to three days, I reckon I’ll come on Tuesdays and hope I’m not sick on a Friday,” Blankenship said. “The nearest place else is Beckley, and that’s two hours if the road is good.
Q direct Roy Dale Blankenship :: “If they go to three days, I reckon I’ll come on Tuesdays and hope I’m not sick on a Friday,”
F duration three days
P partial Blankenship
Q direct Roy Dale Blankenship :: “The nearest place else is Beckley, and that’s two hours if the road is good.
L city Beckley
F duration two hours
> “I gave them 27 years. I don’t think it’s too much to ask that somebody is here when I can’t breathe.”
Q direct Roy Dale Blankenship :: “I gave them 27 years. I don’t think it’s too much to ask that somebody is here when I can’t breathe.”
F duration 27 years
> Under the new schedule, the clinic will be open Mondays, Tuesdays and Wednesdays from 8 a.m. to 4:30 p.m. Two of its 11 staff members, a respiratory therapist and a benefits counselor, will lose their jobs, and pulmonary rehabilitation classes will be cut from 14 to eight a week.
F time 8 a.m.
F time 4:30 p.m.
F number Two
F number 11
F number 14
F number eight
> The benefits counselor helps miners file claims under the federal black lung benefits program, which pays a single miner $802.30 a month. Claims can take more than two years to decide, and miners who lose their first round often give up, Mullins said.
F money $802.30
F duration two years
P partial Mullins
> The United Mine Workers of America called the cut “a slap in the face to every miner who gave his lungs to keep the lights on in this country.”
O nonprofit United Mine Workers of America
Q direct United Mine Workers of America :: “a slap in the face to every miner who gave his lungs to keep the lights on in this country.”
> An HRSA spokesperson said in an email that the agency had received 19 more applications this year than last and had “made awards based on the available appropriation.” The spokesperson did not say how many clinics had their funding cut.
O government HRSA
F number 19
Q direct - :: “made awards based on the available appropriation.”
> The Mingo County Commission voted 3-0 on Wednesday to give the clinic $60,000 from the county’s share of opioid settlement money to keep one rehabilitation class running on Thursdays.
O government Mingo County Commission
F number 3-0
F money $60,000
F number one
> Commission President Wendell Thacker said he would ask the state’s congressional delegation to push for more money for the program. “These men built this county,” Thacker said. “We can find $60,000 for them.”
P full Wendell Thacker
Q direct Wendell Thacker :: “These men built this county,”
P partial Thacker
Q direct Wendell Thacker :: “We can find $60,000 for them.”
F money $60,000
> Patients who need an evaluation for a lung transplant are referred to UK HealthCare in Lexington, Kentucky, or to WVU Medicine’s J.W. Ruby Memorial Hospital in Morgantown, about four hours away.
O other UK HealthCare
L city Lexington
L region Kentucky
O other WVU Medicine
O other J.W. Ruby Memorial Hospital
L city Morgantown
F duration four hours
> Mariah Caudill covers health. She can be reached at 304-348-5169.
P full Mariah Caudill
'''

ARTICLES['426-lagos-tourist-tax-rise-algarve-aheta-occupancy-portugal-resident'] = r'''
> Algarve
> Lagos tourist tax to rise to €3 as mayor says town 'cannot carry' summer on its own
L city Lagos
F money €3
Q direct Hugo Miguel Pereira :: 'cannot carry'
> By Joana Ferreira Reis
P full Joana Ferreira Reis
> March 17, 2037
F date March 17, 2037
> Ponta da Piedade, Lagos, drew record numbers of visitors last summer. Photo: Câmara Municipal de Lagos
L geo Ponta da Piedade
L city Lagos
O government Câmara Municipal de Lagos
> Lagos council has voted to raise the municipal tourist tax from €2 to €3 a night from June 1, making it the joint most expensive in the Algarve alongside Albufeira and Portimão.
L city Lagos
F money €2
F money €3
F date June 1
L region Algarve
L city Albufeira
L city Portimão
> The increase was approved on Monday by four votes to three, with the PSD and Chega councillors voting against. It will apply to guests aged 16 and over, for a maximum of seven nights per stay, in hotels, campsites and the town's 6,400 licensed holiday lets (alojamento local).
F number four
F number three
F age 16
F duration seven nights
F number 6,400
> The council expects the tax to raise about €6.1 million this year, against €4.2 million in 2036, when Lagos recorded 1.32 million overnight stays.
F money €6.1 million
F money €4.2 million
F date 2036
L city Lagos
F number 1.32 million
> Mayor Hugo Miguel Pereira said the money would go on "things residents and visitors both use": beach lifeguards, street cleaning in the historic centre, the walkways at Ponta da Piedade and a new water reservoir at Odiáxere.
P full Hugo Miguel Pereira
Q direct Hugo Miguel Pereira :: "things residents and visitors both use"
L geo Ponta da Piedade
L city Odiáxere
> "In August this town has three times more people than it has in February, and the people who live here all year pay for the rubbish, the water and the police," Pereira said. "Lagos cannot carry the summer on its own, and it should not have to."
Q direct Hugo Miguel Pereira :: "In August this town has three times more people than it has in February, and the people who live here all year pay for the rubbish, the water and the police,"
F number three
P partial Pereira
Q direct Hugo Miguel Pereira :: "Lagos cannot carry the summer on its own, and it should not have to."
L city Lagos
> PSD councillor Tiago Mendonça Sequeira said the rise had been voted through "without consulting anyone" and that small guesthouses would feel it most. "The big hotels can absorb one euro. A family guesthouse with five rooms cannot," he said.
P full Tiago Mendonça Sequeira
Q direct Tiago Mendonça Sequeira :: "without consulting anyone"
Q direct Tiago Mendonça Sequeira :: "The big hotels can absorb one euro. A family guesthouse with five rooms cannot,"
F money one euro
F number five
> Council figures show the municipality's population, 33,800 at the 2031 census, rises to an estimated 110,000 in August.
F number 33,800
F date 2031
F number 110,000
> The hoteliers' association AHETA said the rise sent "the wrong message" at a time when the Algarve was competing with cheaper destinations in Turkey, Egypt and southern Spain.
O nonprofit AHETA
Q direct AHETA :: "the wrong message"
L region Algarve
L country Turkey
L country Egypt
L country Spain
> Its president, Maria João Gomes Viegas, said Lagos hotels had an average occupancy of 41.3% in February, 2.8 percentage points lower than in the same month last year, while the average room rate had fallen to €71.
P full Maria João Gomes Viegas
L city Lagos
F percent 41.3%
F percent 2.8 percentage points
F money €71
> "A couple staying a week will now pay €42 in tax before they buy a coffee," Viegas said. "For a British couple that is about £36. They notice it."
Q direct Maria João Gomes Viegas :: "A couple staying a week will now pay €42 in tax before they buy a coffee,"
F money €42
P partial Viegas
Q direct Maria João Gomes Viegas :: "For a British couple that is about £36. They notice it."
F money £36
> Visitor numbers have kept climbing all the same. Faro airport handled a record 11.4 million passengers in 2036, up 6% on the year before, according to the airport operator ANA.
L facility Faro
F number 11.4 million
F date 2036
F percent 6%
O company ANA
> Residents' groups say the money matters less than housing. In the historic centre, one in three homes is now a holiday let, according to the residents' movement Lagos Habitável.
F number one
F number three
O nonprofit Lagos Habitável
> "An extra euro a night will not bring a single family back to the centre," said Rita Alcântara, one of its founders. "Houses will."
Q direct Rita Alcântara :: "An extra euro a night will not bring a single family back to the centre,"
P full Rita Alcântara
Q direct Rita Alcântara :: "Houses will."
> The Algarve Tourism Board (RTA) said the region's 16 municipalities should agree on a common rate "so that nobody chooses a town by its tax", but it has no power to impose one.
O government Algarve Tourism Board
O government RTA
F number 16
Q direct Algarve Tourism Board :: "so that nobody chooses a town by its tax"
> Elsewhere in the region, Tavira and Loulé charge €1.50 and €2 a night respectively, while Vila do Bispo, which includes Sagres, and Aljezur have no tourist tax.
L city Tavira
L city Loulé
F money €1.50
F money €2
L city Vila do Bispo
L city Sagres
L city Aljezur
> Source: Lusa
O media Lusa
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
