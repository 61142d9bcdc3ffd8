#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval61 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval61/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['409-bettws-poultry-fined-river-clun-fish-kill-newcastle-on-clun-shropshire-star'] = r'''
> Crime
> Poultry firm fined £36,000 after ‘entirely avoidable’ leak killed fish in River Clun
F money £36,000
Q direct Priya Kaur Sandhu :: ‘entirely avoidable’
L geo River Clun
> A company and its director must pay more than £60,000 after dirty water from a chicken farm near Newcastle on Clun poisoned 3.4km of one of Shropshire’s most protected rivers.
F money £60,000
L city Newcastle on Clun
F quantity 3.4km
L region Shropshire
> By Eleri Vaughan-Pugh
P full Eleri Vaughan-Pugh
> Published: Tue 16 Nov 2038 at 4:42pm
F date 16 Nov 2038
F time 4:42pm
> Dead brown trout collected from the River Clun below Newcastle on Clun on 14 June 2037. Photo: Environment Agency
L geo River Clun
L city Newcastle on Clun
F date 14 June 2037
O government Environment Agency
> A poultry company and its director have been fined after about 140,000 litres of contaminated water from a chicken farm in south-west Shropshire killed more than 1,200 fish in the River Clun.
F quantity 140,000 litres
L region Shropshire
F number 1,200
L geo River Clun
> Bettws Poultry Ltd, which runs a 32,000-bird broiler unit at Pen-y-Wern Farm, about eight miles west of Bishop’s Castle, admitted two offences under the Environmental Permitting Regulations at Telford Magistrates’ Court in September and was committed to Shrewsbury Crown Court for sentence.
O company Bettws Poultry Ltd
F number 32,000
L facility Pen-y-Wern Farm
F quantity eight miles
L city Bishop’s Castle
F number two
O government Telford Magistrates’ Court
O government Shrewsbury Crown Court
> On Tuesday the company was fined £36,000 and ordered to pay £21,480 in costs and a £2,000 victim surcharge. Its director, Emrys Probert-Lloyd, 61, of Bettws-y-Crwyn, who admitted a single offence of causing a discharge through neglect, was fined £4,500.
F money £36,000
F money £21,480
F money £2,000
P full Emrys Probert-Lloyd
F age 61
L city Bettws-y-Crwyn
F money £4,500
> Oliver Tredwell, prosecuting for the Environment Agency, told the court that a plastic pipe carrying washwater from the sheds to a storage lagoon split on the evening of 13 June 2037. Over the next nine hours the liquid, laden with ammonia from chicken litter, ran down a field drain into the Folly Brook, a tributary of the Clun.
P full Oliver Tredwell
O government Environment Agency
F date 13 June 2037
F duration nine hours
L geo Folly Brook
L geo Clun
> Officers who arrived at 6.15am the next day found dead fish along 3.4 kilometres of river between Newcastle on Clun and Clun itself, among them 312 brown trout, hundreds of bullheads and juvenile salmon. Ammonia levels below the brook were 40 times the level at which fish begin to die, the court heard.
F time 6.15am
F quantity 3.4 kilometres
L city Newcastle on Clun
L city Clun
F number 312
F number 40
> The River Clun, which joins the Teme at Leintwardine in Herefordshire, is a Special Area of Conservation because of its freshwater pearl mussels, which can live for more than 100 years. Mr Tredwell said a survey in August 2037 found 19 dead mussels below the brook.
L geo River Clun
L geo Teme
L city Leintwardine
L region Herefordshire
F duration 100 years
P partial Tredwell
F date August 2037
F number 19
> Hywel Morgan-Evans, defending, said the pipe had been laid by a contractor in 2031 and that the firm had since spent £118,000 on a sealed drainage system with an alarm.
P full Hywel Morgan-Evans
F date 2031
F money £118,000
> “This was not a company cutting corners for profit,” he said. “It was the failure of a single joint, at night, that nobody could see until it was too late.”
Q direct Hywel Morgan-Evans :: “This was not a company cutting corners for profit,”
Q direct Hywel Morgan-Evans :: “It was the failure of a single joint, at night, that nobody could see until it was too late.”
> Sentencing, Recorder Priya Kaur Sandhu said: “This was an entirely avoidable incident. The pipe ran across open ground with no inspection chamber and no alarm, and the company had been told in writing in 2035 that its drainage needed attention.
P full Priya Kaur Sandhu
Q direct Priya Kaur Sandhu :: “This was an entirely avoidable incident. The pipe ran across open ground with no inspection chamber and no alarm, and the company had been told in writing in 2035 that its drainage needed attention.
F date 2035
> “The Clun is not an ordinary river. What was lost in those nine hours may take a generation to come back.”
Q direct Priya Kaur Sandhu :: “The Clun is not an ordinary river. What was lost in those nine hours may take a generation to come back.”
L geo Clun
F duration nine hours
> She said Probert-Lloyd, who has farmed at Pen-y-Wern for 34 years, had shown genuine remorse and had paid for 2,000 young trout to be stocked by the Clun Valley Angling Association. The company was given 12 months to pay.
P partial Probert-Lloyd
L facility Pen-y-Wern
F duration 34 years
F number 2,000
O nonprofit Clun Valley Angling Association
F duration 12 months
> In a statement after the hearing, the Environment Agency said the case should be “a warning to every livestock unit in the Clun and Teme catchments”.
O government Environment Agency
Q direct Environment Agency :: “a warning to every livestock unit in the Clun and Teme catchments”
L geo Clun
L geo Teme
> Daniel Whitcombe, the agency’s area environment manager for Shropshire, Herefordshire and Worcestershire, said: “Poultry farming has grown faster in Shropshire than almost anywhere in England. We will keep inspecting, and where farms put rivers at risk we will prosecute.”
P full Daniel Whitcombe
L region Shropshire
L region Herefordshire
L region Worcestershire
Q direct Daniel Whitcombe :: “Poultry farming has grown faster in Shropshire than almost anywhere in England. We will keep inspecting, and where farms put rivers at risk we will prosecute.”
L region Shropshire
L country England
> Bernard Oakes, 74, secretary of the angling association, was among the first on the riverbank on the morning of 14 June.
P full Bernard Oakes
F age 74
F date 14 June
> “I’ve fished the Clun since 1979 and I’ve never seen anything like it,” said Mr Oakes, who lives in Craven Arms. “You could smell it from the bridge in Clun. It will be years before we see trout of that size again.”
Q direct Bernard Oakes :: “I’ve fished the Clun since 1979 and I’ve never seen anything like it,”
L geo Clun
F date 1979
P partial Oakes
L city Craven Arms
Q direct Bernard Oakes :: “You could smell it from the bridge in Clun. It will be years before we see trout of that size again.”
L city Clun
'''

ARTICLES['410-katingan-agro-profit-b50-biodiesel-palm-oil-central-kalimantan-jakarta-globe'] = r'''
> Business
> Katingan Agro Profit Jumps 41% as B50 Mandate Lifts Palm Oil Prices
O company Katingan Agro
F percent 41%
> Dimas Aryo Wicaksono
P full Dimas Aryo Wicaksono
> March 17, 2038 | 4:12 pm
F date March 17, 2038
F time 4:12 pm
> Workers load fresh fruit bunches onto a truck at a Katingan Agro estate in East Kotawaringin, Central Kalimantan, on Feb. 22, 2038. (Antara Photo/Rendy Halomoan Tambunan)
O company Katingan Agro
L region East Kotawaringin
L region Central Kalimantan
F date Feb. 22, 2038
O media Antara
P full Rendy Halomoan Tambunan
> Jakarta. Palm oil producer Katingan Agro Nusantara (KANU) said on Wednesday its net profit rose 41 percent last year to Rp 3.1 trillion ($188 million), as the government's B50 biodiesel program absorbed more of the country's crude palm oil and pushed prices to a six-year high.
L city Jakarta
O company Katingan Agro Nusantara
F percent 41 percent
F money Rp 3.1 trillion
F money $188 million
F duration six-year
> Revenue grew 23.6 percent to Rp 21.4 trillion, the Central Kalimantan-focused planter said in a filing to the Indonesia Stock Exchange (IDX). Its shares closed 6.8 percent higher at Rp 2,140.
F percent 23.6 percent
F money Rp 21.4 trillion
L region Central Kalimantan
O company Indonesia Stock Exchange
O company IDX
F percent 6.8 percent
F money Rp 2,140
> The company, controlled by the Sitorus family's Bahtera Group, produced 1.18 million tons of crude palm oil (CPO) in 2037 from 214,000 hectares of plantations, most of them in the East Kotawaringin and Seruyan regencies.
P partial Sitorus
O company Bahtera Group
F quantity 1.18 million tons
F date 2037
F quantity 214,000 hectares
L region East Kotawaringin
L region Seruyan
> "Every liter of biodiesel we blend at home is a liter we don't export. The market is tight and it will stay tight," president director Hendrawan Sitorus told reporters at the company's head office in South Jakarta.
Q direct Hendrawan Sitorus :: "Every liter of biodiesel we blend at home is a liter we don't export. The market is tight and it will stay tight,"
P full Hendrawan Sitorus
L city South Jakarta
> Indonesia, the world's largest palm oil producer, raised the mandatory share of palm-based fuel in diesel to 50 percent in 2036, up from 40 percent in 2025. The Energy and Mineral Resources Ministry expects the program to use about 19.6 million kiloliters of biodiesel this year.
L country Indonesia
F percent 50 percent
F date 2036
F percent 40 percent
F date 2025
O government Energy and Mineral Resources Ministry
F quantity 19.6 million kiloliters
> Benchmark CPO futures on Bursa Malaysia Derivatives closed at RM4,912 a ton on Wednesday, 14 percent higher than a year ago.
O company Bursa Malaysia Derivatives
F money RM4,912
F percent 14 percent
> Finance director Lianawati Gunadi said Katingan Agro would spend Rp 2.4 trillion this year, about half of it on replanting 18,500 hectares of palms older than 25 years. The rest will go to a new mill in Seruyan able to process 60 tons of fruit an hour, due to start in the second half of 2039.
P full Lianawati Gunadi
O company Katingan Agro
F money Rp 2.4 trillion
F fraction half
F quantity 18,500 hectares
F duration 25 years
L region Seruyan
F quantity 60 tons
F date 2039
> She said replanting would cut output by about 4 percent in both 2038 and 2039 before yields recover. "Old trees are a bigger risk to Indonesian palm oil than the weather," she said.
F percent 4 percent
F date 2038
F date 2039
Q direct Lianawati Gunadi :: "Old trees are a bigger risk to Indonesian palm oil than the weather,"
> The board proposed a final dividend of Rp 96 per share, a payout ratio of 35 percent, which shareholders will vote on at the annual general meeting on May 12.
F money Rp 96
F percent 35 percent
F date May 12
> About 9,400 smallholders sell fruit to the company's mills under the plasma scheme, which requires plantation companies to develop 20 percent of their concession areas for local farmers.
F number 9,400
F percent 20 percent
> Sutrisno, 52, who grows oil palm on four hectares in Cempaga district near Sampit, said the price he receives for fresh fruit bunches had risen to Rp 3,450 a kilogram from Rp 2,600 a year earlier.
P partial Sutrisno
F age 52
F quantity four hectares
L region Cempaga
L city Sampit
F money Rp 3,450
F money Rp 2,600
> "For the first time in years I can pay my children's school fees on time," he told the Jakarta Globe by telephone.
Q direct Sutrisno :: "For the first time in years I can pay my children's school fees on time,"
O media Jakarta Globe
> Exports face other pressures. Katingan Agro shipped 38 percent less palm oil to the European Union last year after the bloc's deforestation rules took full effect, and sold more to India, China and Pakistan instead.
O company Katingan Agro
F percent 38 percent
O intergovernmental European Union
L country India
L country China
L country Pakistan
> An analyst at a Jakarta brokerage, who asked not to be named, said investors were worried about the company's "thin" certification coverage: only 61 percent of its estates hold Roundtable on Sustainable Palm Oil (RSPO) certificates.
L city Jakarta
Q direct - :: "thin"
F percent 61 percent
O nonprofit Roundtable on Sustainable Palm Oil
O nonprofit RSPO
> The Indonesian Palm Oil Association (Gapki) forecasts national CPO output of 51.2 million tons this year, but warned in a statement that aging trees and a "very slow" replanting drive could leave the country short of oil for both food and fuel by 2040.
O nonprofit Indonesian Palm Oil Association
O nonprofit Gapki
F quantity 51.2 million tons
Q direct Indonesian Palm Oil Association :: "very slow"
F date 2040
'''

ARTICLES['411-rain-or-shine-magnolia-commissioners-cup-quarterfinal-game-2-araneta-philstar'] = r'''
> Sports
> Rain or Shine rallies past Magnolia, forces Game 3
O team Rain or Shine
O team Magnolia
> Ariel T. Manansala - The Philippine Star
P full Ariel T. Manansala
O media The Philippine Star
> March 20, 2039 | 12:00am
F date March 20, 2039
F time 12:00am
> Rain or Shine's Santi Aguinaldo-Reyes drives against Magnolia import Terrence Oyelaran-Banks in Game 2 at the Smart Araneta Coliseum on Saturday night. PBA Images
O team Rain or Shine
P full Santi Aguinaldo-Reyes
O team Magnolia
P full Terrence Oyelaran-Banks
L facility Smart Araneta Coliseum
O media PBA Images
> MANILA, Philippines — Rain or Shine wiped out a 17-point deficit and beat Magnolia, 98-94, on Saturday night to even their best-of-three Commissioner's Cup quarterfinal series at 1-1.
L city MANILA
L country Philippines
O team Rain or Shine
F number 17
O team Magnolia
F score 98-94
F number three
F score 1-1
> Import Jaylen Maddox-Greer had 31 points and 16 rebounds, and Santi Aguinaldo-Reyes added 22, including the go-ahead three-pointer with 38.4 seconds left, as the Elasto Painters outscored the Hotshots 30-19 in the fourth quarter at the Smart Araneta Coliseum.
P full Jaylen Maddox-Greer
F number 31
F number 16
P full Santi Aguinaldo-Reyes
F number 22
F number three
F duration 38.4 seconds
O team Elasto Painters
O team Hotshots
F score 30-19
L facility Smart Araneta Coliseum
> The deciding game is on Wednesday at 7:30 p.m. at the Mall of Asia Arena in Pasay City. The winner meets top seed TNT in the best-of-five semifinals.
F time 7:30 p.m.
L facility Mall of Asia Arena
L city Pasay City
O team TNT
F number five
> Magnolia, the No. 3 seed after going 8-3 in the elimination round, led 68-51 when Oyelaran-Banks scored on a putback with 3:12 left in the third quarter.
O team Magnolia
F score 8-3
F score 68-51
P partial Oyelaran-Banks
F time 3:12
> Rain or Shine closed the period on a 17-7 run behind eight points from Rey Jan 'RJ' Polintan, then tied the game at 90 on a driving layup by Aguinaldo-Reyes with 1:58 to go.
O team Rain or Shine
F score 17-7
F number eight
P full Rey Jan 'RJ' Polintan
Q scare - :: 'RJ'
F score 90
P partial Aguinaldo-Reyes
F time 1:58
> "At halftime I told them, 'Just get stops and the shots will come,'" said Rain or Shine coach Ramil Dagohoy-Sison. "Santi hit the big shots, but the game turned on our defense on [Oyelaran-Banks]. We made him work for every catch."
Q direct Ramil Dagohoy-Sison :: "At halftime I told them, 'Just get stops and the shots will come,'"
O team Rain or Shine
P full Ramil Dagohoy-Sison
Q direct Ramil Dagohoy-Sison :: "Santi hit the big shots, but the game turned on our defense on [Oyelaran-Banks]. We made him work for every catch."
P partial Santi
P partial Oyelaran-Banks
> Maddox-Greer, 27, who replaced the injured Dwayne Holloway-Kent as Rain or Shine's import in February, played all 48 minutes.
P partial Maddox-Greer
F age 27
P full Dwayne Holloway-Kent
O team Rain or Shine
F duration 48 minutes
> Aguinaldo-Reyes, a 24-year-old guard from Bacolod, made 4 of 6 three-pointers, and the sixth-seeded Elasto Painters turned the ball over only three times in the second half after giving it away 11 times before the break.
P partial Aguinaldo-Reyes
F age 24-year-old
L city Bacolod
F number 4
F number 6
F number three
O team Elasto Painters
F number three
F number 11
> "I missed two free throws at the end of Game 1 that could have won it," he said. "Coach told me to keep shooting, so I kept shooting."
Q direct Santi Aguinaldo-Reyes :: "I missed two free throws at the end of Game 1 that could have won it,"
F number two
Q direct Santi Aguinaldo-Reyes :: "Coach told me to keep shooting, so I kept shooting."
> Oyelaran-Banks, a 6-foot-10 center who played four seasons in Japan's B.League, finished with 29 points and 14 rebounds but scored only four in the final quarter. Aldrin Dimaculangan had 18 for Magnolia, which went 7 of 29 from three-point range.
P partial Oyelaran-Banks
F quantity 6-foot-10
F number four
L country Japan
O other B.League
F number 29
F number 14
F number four
P full Aldrin Dimaculangan
F number 18
O team Magnolia
F number 7
F number 29
F number three
> Hotshots coach Paolo Ledesma-Yap said his team "stopped attacking" once the lead reached double figures.
O team Hotshots
P full Paolo Ledesma-Yap
Q direct Paolo Ledesma-Yap :: "stopped attacking"
> "We played not to lose, and that's on me," he said. "We have one more game to fix it."
Q direct Paolo Ledesma-Yap :: "We played not to lose, and that's on me,"
Q direct Paolo Ledesma-Yap :: "We have one more game to fix it."
F number one
> Dimaculangan, 34, won the last of his three titles with Magnolia in the 2035-36 Philippine Cup. A crowd of 14,217 watched at the Big Dome, the largest of the conference.
P partial Dimaculangan
F age 34
F number three
O team Magnolia
F date 2035-36
F number 14,217
L facility Big Dome
> The Scores:
> RAIN OR SHINE 98 – Maddox-Greer 31, Aguinaldo-Reyes 22, Polintan 12, Ybañez 9, Caballes 8, Villareal 6, Sarmenta-Go 5, Abasolo 3, Tolentino-Uy 2, Bugayong 0.
O team RAIN OR SHINE
F score 98
P partial Maddox-Greer
F number 31
P partial Aguinaldo-Reyes
F number 22
P partial Polintan
F number 12
P partial Ybañez
F number 9
P partial Caballes
F number 8
P partial Villareal
F number 6
P partial Sarmenta-Go
F number 5
P partial Abasolo
F number 3
P partial Tolentino-Uy
F number 2
P partial Bugayong
F number 0
> MAGNOLIA 94 – Oyelaran-Banks 29, Dimaculangan 18, Manalastas-Ong 14, Gatchalian 11, Bacani 9, Tiongco 7, Dumalagan 4, Sarmiento 2.
O team MAGNOLIA
F score 94
P partial Oyelaran-Banks
F number 29
P partial Dimaculangan
F number 18
P partial Manalastas-Ong
F number 14
P partial Gatchalian
F number 11
P partial Bacani
F number 9
P partial Tiongco
F number 7
P partial Dumalagan
F number 4
P partial Sarmiento
F number 2
> Quarters: 24-27, 45-53, 68-75, 98-94.
F score 24-27
F score 45-53
F score 68-75
F score 98-94
'''

ARTICLES['412-era-adama-awash-expressway-lake-beseka-toll-road-addis-fortune'] = r'''
> NEWS
> ERA Signs 38.6 Billion Br Deal for Adama-Awash Expressway
O government ERA
F money 38.6 Billion Br
L city Adama
L city Awash
> By MIHRET YIRGA TADESSE ( FORTUNE STAFF WRITER )
P full MIHRET YIRGA TADESSE
O media FORTUNE
> Published on Mar 20, 2039 [ VOL 27 , NO 1307]
F date Mar 20, 2039
> Trucks queue on the old two-lane road near Metehara, where Lake Beseka has flooded the highway twice since 2034. Photo by Nahom Abera
F number two
L city Metehara
L geo Lake Beseka
F date 2034
P full Nahom Abera
> The Ethiopian Roads Administration (ERA) has signed a 38.6 billion Br contract with a Chinese-Ethiopian joint venture to build a 128km toll expressway between Adama and Awash Arba, the busiest stretch of the corridor that carries most of the country's trade to and from Djibouti.
O government Ethiopian Roads Administration
O government ERA
F money 38.6 billion Br
F quantity 128km
L city Adama
L city Awash Arba
L country Djibouti
> The deal, signed on Megabit 7, 2031 (March 16, 2039) at ERA's head office near Mexico Square, gives the Zhonghe-Gafat Expressway Joint Venture 42 months to build four lanes, three interchanges and 11 bridges, among them a 1.4km viaduct across the edge of Lake Beseka.
F date Megabit 7, 2031
F date March 16, 2039
O government ERA
L street Mexico Square
O company Zhonghe-Gafat Expressway Joint Venture
F duration 42 months
F number four
F number three
F number 11
F quantity 1.4km
L geo Lake Beseka
> Zhonghe Road & Bridge Group, a state-owned contractor from China's Henan Province, holds 70 percent of the venture. Gafat Engineering Plc, a Bahir Dar-based firm founded in 2014, holds the rest.
O company Zhonghe Road & Bridge Group
L country China
L region Henan Province
F percent 70 percent
O company Gafat Engineering Plc
L city Bahir Dar
F date 2014
> The project will be financed by a 24.1 billion Br loan from the Commercial Bank of Ethiopia (CBE) and 14.5 billion Br from the federal budget over the 2031/32 to 2034/35 fiscal years. At 301.6 million Br a kilometre, it is the most expensive road contract ERA has signed.
F money 24.1 billion Br
O company Commercial Bank of Ethiopia
O company CBE
F money 14.5 billion Br
F date 2031/32
F date 2034/35
F money 301.6 million Br
O government ERA
> Abebaw Mengistu Alemu (Eng.), director general of ERA, said the existing road had reached “the end of its useful life.”
P full Abebaw Mengistu Alemu
O government ERA
Q direct Abebaw Mengistu Alemu :: “the end of its useful life.”
> “More than 4,000 heavy trucks use it every day, and at Metehara the lake has already taken the old alignment twice,” Abebaw told Fortune. “We cannot keep raising the same road by a metre every few years.”
Q direct Abebaw Mengistu Alemu :: “More than 4,000 heavy trucks use it every day, and at Metehara the lake has already taken the old alignment twice,”
F number 4,000
L city Metehara
P partial Abebaw
O media Fortune
Q direct Abebaw Mengistu Alemu :: “We cannot keep raising the same road by a metre every few years.”
> Lake Beseka, a saline lake fed by hot springs, has grown from about 3 square kilometres in the 1960s to more than 50 today, swamping parts of the highway and of the Addis Abeba-Djibouti railway line beside it.
L geo Lake Beseka
F quantity 3 square kilometres
F date 1960s
F quantity 50
L city Addis Abeba
L city Djibouti
> The new road will be run by the Ethiopian Toll Roads Enterprise (ETRE), which operates the 78km Addis Abeba-Adama expressway. Its chief executive, Selamawit Haile Gebreyes, said tolls for heavy trucks would be about 1.9 Br a kilometre, against 1.2 Br on the Adama road. That road collected 2.3 billion Br in tolls in the 2030/31 fiscal year.
O company Ethiopian Toll Roads Enterprise
O company ETRE
F quantity 78km
L city Addis Abeba
L city Adama
P full Selamawit Haile Gebreyes
F money 1.9 Br
F money 1.2 Br
L city Adama
F money 2.3 billion Br
F date 2030/31
> “Truckers will pay if the road saves them time,” Selamawit said.
Q direct Selamawit Haile Gebreyes :: “Truckers will pay if the road saves them time,”
P partial Selamawit
> Kedir Hussein Ahmed, general manager of the Ethiopian Freight Transport Operators Association, said his members welcomed the road but still lose “two or three days a trip” further on, at Awash Sebat and Mille, where the corridor crosses the Afar Region.
P full Kedir Hussein Ahmed
O nonprofit Ethiopian Freight Transport Operators Association
Q direct Kedir Hussein Ahmed :: “two or three days a trip”
F duration two
F duration three days
L city Awash Sebat
L city Mille
L region Afar Region
> “A four-lane road to Awash is good. But the queue at Galafi is still there,” Kedir said.
Q direct Kedir Hussein Ahmed :: “A four-lane road to Awash is good. But the queue at Galafi is still there,”
F number four
L city Awash
L city Galafi
P partial Kedir
> An official at the Ministry of Finance, who asked not to be named because the loan terms have not been published, said the CBE loan carries an interest rate of 13.5 percent with a five-year grace period. “The corridor pays for itself in the foreign currency we save on demurrage,” the official said.
O government Ministry of Finance
O company CBE
F percent 13.5 percent
F duration five-year
Q direct - :: “The corridor pays for itself in the foreign currency we save on demurrage,”
> ERA has budgeted 2.2 billion Br to compensate about 1,180 households whose land will be taken in the Oromia and Afar regional states. Construction is expected to start after the rainy season, in Meskerem.
O government ERA
F money 2.2 billion Br
F number 1,180
L region Oromia
L region Afar
> The Port of Djibouti handles about 95 percent of Ethiopia's foreign trade, and traffic on the corridor grew 9.2 percent last year to an average of 11,600 vehicles a day, according to the Ministry of Transport and Logistics.
L facility Port of Djibouti
F percent 95 percent
L country Ethiopia
F percent 9.2 percent
F number 11,600
O government Ministry of Transport and Logistics
'''

ARTICLES['413-mississippi-sound-oyster-reefs-reopen-pass-marianne-st-joe-telegraph-sun-herald'] = r'''
> Environment
> Western Mississippi Sound oyster reefs reopen after 3-year closure. Here’s what tongers can take
L geo Mississippi Sound
F duration 3-year
> By Lauren Fayard
P full Lauren Fayard
> Updated November 4, 2037 6:48 PM
F date November 4, 2037
F time 6:48 PM
> Oysterman Long Van Tran sorts oysters at the Pass Christian Harbor on Wednesday, Nov. 4, 2037. Tran plans to tong on St. Joe Reef when the season opens Monday. Hannah Cortez-Bui hcortezbui@sunherald.com
P full Long Van Tran
L facility Pass Christian Harbor
F date Nov. 4, 2037
P partial Tran
L geo St. Joe Reef
P full Hannah Cortez-Bui
> For the first time since the spring of 2034, commercial oystermen will be allowed to tong the western Mississippi Sound reefs when a short season opens at sunrise Monday.
F date 2034
L geo Mississippi Sound
> The Mississippi Commission on Marine Resources voted 5-1 on Tuesday to open the Pass Marianne, St. Joe and Telegraph reefs for 21 days, after surveys by the Mississippi Department of Marine Resources found enough market-size oysters to support a small harvest.
O government Mississippi Commission on Marine Resources
F number 5-1
L geo Pass Marianne
L geo St. Joe
L geo Telegraph
F duration 21 days
O government Mississippi Department of Marine Resources
> Only hand tongs will be allowed, with a limit of 10 sacks per boat per day. Oysters must measure at least 3 inches from hinge to bill, and boats must be off the reefs by 3 p.m.
F quantity 10 sacks
F quantity 3 inches
F time 3 p.m.
> “This is a cautious opening,” the department said in a statement. “If the average catch drops below four sacks per boat for two days in a row, we will close the reefs early.”
Q direct Mississippi Department of Marine Resources :: “This is a cautious opening,”
Q direct Mississippi Department of Marine Resources :: “If the average catch drops below four sacks per boat for two days in a row, we will close the reefs early.”
F quantity four sacks
F duration two days
> The western reefs were all but wiped out in 2019, when the Bonnet Carré Spillway above New Orleans was opened for a record 123 days and sent Mississippi River water through Lake Borgne into the Sound. A brief season in the fall of 2033 produced just 4,812 sacks before the reefs were closed again in April 2034.
F date 2019
L facility Bonnet Carré Spillway
L city New Orleans
F duration 123 days
L geo Mississippi River
L geo Lake Borgne
L geo Sound
F date 2033
F quantity 4,812 sacks
F date April 2034
> Since 2035 the state has spread 46,000 cubic yards of limestone and crushed concrete on the reefs, and the University of Southern Mississippi’s Gulf Coast Research Laboratory in Ocean Springs has set out more than 180 million hatchery-raised juvenile oysters.
F date 2035
F quantity 46,000 cubic yards
O education University of Southern Mississippi
O education Gulf Coast Research Laboratory
L city Ocean Springs
F number 180 million
> Hanh Pham-Reese, a shellfish ecologist at the lab, said October surveys counted 31 market-size oysters per square meter on Pass Marianne, up from fewer than three in 2035.
P full Hanh Pham-Reese
F number 31
L geo Pass Marianne
F number three
F date 2035
> “The reef is coming back, but it’s a young reef,” she said. “Most of what we measured is between 2 and 3 inches. If we take too much now, we’re eating our seed corn.
Q direct Hanh Pham-Reese :: “The reef is coming back, but it’s a young reef,”
Q direct Hanh Pham-Reese :: “Most of what we measured is between 2 and 3 inches. If we take too much now, we’re eating our seed corn.
F quantity 2
F quantity 3 inches
> “Another good spawn, and Telegraph could carry a full season.”
Q direct Hanh Pham-Reese :: “Another good spawn, and Telegraph could carry a full season.”
L geo Telegraph
> Tran, 63, who came to Biloxi from Vietnam as a boy and has worked the Sound for 41 years, said the 10-sack limit would barely cover his costs.
P partial Tran
F age 63
L city Biloxi
L country Vietnam
L geo Sound
F duration 41 years
F quantity 10-sack
> “Ten sacks at $68 is $680. Take out fuel, ice and a deckhand and you’re working for a couple hundred dollars,” he said. “But I want to be on that reef Monday. My daddy tonged St. Joe.”
Q direct Long Van Tran :: “Ten sacks at $68 is $680. Take out fuel, ice and a deckhand and you’re working for a couple hundred dollars,”
F quantity Ten sacks
F money $68
F money $680
Q direct Long Van Tran :: “But I want to be on that reef Monday. My daddy tonged St. Joe.”
L geo St. Joe
> Commissioner Darnell Seymour of Jackson County cast the lone vote against, calling the opening “a gamble with the last good reefs we’ve got.”
P full Darnell Seymour
L region Jackson County
Q direct Darnell Seymour :: “a gamble with the last good reefs we’ve got.”
> Dealers in Biloxi and D’Iberville said they expect to pay $65 to $72 a sack for Sound oysters, against about $55 for oysters trucked in from Texas and Louisiana.
L city Biloxi
L city D’Iberville
F money $65
F money $72
L geo Sound
F money $55
L region Texas
L region Louisiana
> Harvesters need a 2037-2038 commercial oyster license, which costs $150 for Mississippi residents and $600 for nonresidents. Licenses are sold at the MDMR office at 1141 Bayview Ave. in Biloxi from 8 a.m. to 5 p.m. on weekdays.
F date 2037-2038
F money $150
L region Mississippi
F money $600
O government MDMR
L address 1141 Bayview Ave.
L city Biloxi
F time 8 a.m.
F time 5 p.m.
> This story was originally published November 4, 2037 at 5:12 PM.
F date November 4, 2037
F time 5:12 PM
> Lauren Fayard covers the environment and the seafood industry for the Sun Herald.
P full Lauren Fayard
O media Sun Herald
'''

ARTICLES['414-stara-zagora-court-suspends-troyanovo-solar-park-mednikarovo-sofia-globe'] = r'''
> Bulgaria
L country Bulgaria
> 'Not on our doorstep': court halts 1.2GW solar park at former Troyanovo mine
Q direct Sofia Terzieva :: 'Not on our doorstep'
F quantity 1.2GW
L facility Troyanovo
> Written by The Sofia Globe staff on February 15, 2040
O media The Sofia Globe
F date February 15, 2040
> Spoil heaps at the Troyanovo-North mine near Radnevo, which stopped producing lignite in 2038. Photo: mee.government.bg
L facility Troyanovo-North
L city Radnevo
F date 2038
> The Administrative Court in Stara Zagora has suspended the environmental permit for a 1.2GW solar and battery park on land reclaimed from the Troyanovo-North lignite mine, after residents of the nearby village of Mednikarovo said dust from the earthworks would make their homes unliveable.
O government Administrative Court
L city Stara Zagora
F quantity 1.2GW
L facility Troyanovo-North
L city Mednikarovo
> In a ruling published on February 14, Judge Ralitsa Kancheva-Dimitrova said the Ministry of Environment and Water had approved the project's environmental impact assessment "without examining the cumulative effect" of dust from 4,300 hectares of bare spoil on Mednikarovo and the villages of Kovachevo and Troyanovo.
F date February 14
P full Ralitsa Kancheva-Dimitrova
O government Ministry of Environment and Water
Q direct Ralitsa Kancheva-Dimitrova :: "without examining the cumulative effect"
F quantity 4,300 hectares
L city Mednikarovo
L city Kovachevo
L city Troyanovo
> The permit, issued in October 2039, is suspended until the Supreme Administrative Court rules on the residents' appeal. The ministry can challenge the suspension within seven days, the court said.
F date October 2039
O government Supreme Administrative Court
F duration seven days
> The project, led by Rhodopi Sun AD, a joint venture of the state-owned Bulgarian Energy Holding (BEH) and the Thessaloniki-based Aegis Thraki Renewables, is meant to replace part of the capacity lost when the Maritsa East 2 power station burned its last lignite on December 31, 2038.
O company Rhodopi Sun AD
O company Bulgarian Energy Holding
O company BEH
L city Thessaloniki
O company Aegis Thraki Renewables
L facility Maritsa East 2
F date December 31, 2038
> The 1.1 billion euro park, with 1,200MW of panels and 600MWh of batteries, was to employ 1,450 people during construction and 310 once running. Rhodopi Sun has promised that at least 60 per cent of them would be former miners and power workers from the Maritsa Iztok basin.
F money 1.1 billion euro
F quantity 1,200MW
F quantity 600MWh
F number 1,450
F number 310
O company Rhodopi Sun
F percent 60 per cent
L geo Maritsa Iztok
> Sofia Terzieva, 58, a teacher from Mednikarovo who brought the appeal with 212 other residents, said the village had lived with coal dust for 60 years.
P full Sofia Terzieva
F age 58
L city Mednikarovo
F number 212
F duration 60 years
> "We are not against the sun. We are against another ten years of dust. Not on our doorstep, not after everything," Terzieva told Bulgarian National Radio.
Q direct Sofia Terzieva :: "We are not against the sun. We are against another ten years of dust. Not on our doorstep, not after everything,"
F duration ten years
P partial Terzieva
O media Bulgarian National Radio
> Rhodopi Sun said in a statement that it would ask the Supreme Administrative Court to lift the suspension "as a matter of urgency". Every month of delay costs the project about 9 million euro, the company said, and puts at risk 214 million euro from the EU's Modernisation Fund that must be spent by the end of 2041.
O company Rhodopi Sun
O government Supreme Administrative Court
Q direct Rhodopi Sun AD :: "as a matter of urgency"
F money 9 million euro
F money 214 million euro
O intergovernmental EU
F date 2041
> Energy Minister Dobromir Velichkov wrote in a Facebook post that the ruling was "a blow to every family in Galabovo and Radnevo that was promised new jobs".
P full Dobromir Velichkov
O company Facebook
Q direct Dobromir Velichkov :: "a blow to every family in Galabovo and Radnevo that was promised new jobs"
L city Galabovo
L city Radnevo
> The two coal towns lost about 6,800 jobs when Maritsa East 2 and the state mining company Mini Maritsa Iztok EAD wound down between 2036 and 2038, according to the Podkrepa trade union.
F number two
F number 6,800
L facility Maritsa East 2
O company Mini Maritsa Iztok EAD
F date 2036
F date 2038
O nonprofit Podkrepa
> Todorka Peneva, who heads Podkrepa's energy federation in Stara Zagora province, said more than 2,000 former workers were still looking for work. "People in Galabovo don't eat permits," she said. "They were told: close the mines and the panels will come. The mines closed."
P full Todorka Peneva
O nonprofit Podkrepa
L region Stara Zagora
F number 2,000
Q direct Todorka Peneva :: "People in Galabovo don't eat permits,"
L city Galabovo
Q direct Todorka Peneva :: "They were told: close the mines and the panels will come. The mines closed."
> A lawyer for the residents, Asen Dobrev, said the company could cut the dust by seeding the spoil before the panels go in, which would add about 14 months to the timetable. An official at the environment ministry, who was not authorised to speak to the media, told BTA that the court had "misread" the assessment and that the ministry would appeal.
P full Asen Dobrev
F duration 14 months
O media BTA
Q direct - :: "misread"
> Bulgaria pledged in its 2021 recovery plan to end coal-fired power by 2038. It adopted the euro on January 1, 2026, at a fixed rate of 1.95583 leva, and the closure payments made to miners since then have been counted in euros: 31,000 euro on average per worker, according to BEH.
L country Bulgaria
F date 2021
F date 2038
F date January 1, 2026
F money 1.95583 leva
F money 31,000 euro
O company BEH
> Please support The Sofia Globe's independent journalism by becoming a patron on Patreon.
O media The Sofia Globe
O company Patreon
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
