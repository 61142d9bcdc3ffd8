#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval45 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval45/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['313-senedd-budget-two-votes-greens-bus-fares'] = r'''
> Politics
> Budget passes by two votes after £310m deal with Greens on £1 bus fares for young people
F number two
F money £310m
O party Greens
F money £1
> Catrin Myfanwy Hopcyn Political Editor
P full Catrin Myfanwy Hopcyn
> 04 Feb 2039 5 minutes Read
F date 04 Feb 2039
F duration 5 minutes
> Members of the Senedd vote on the final budget motion in Cardiff Bay on Tuesday evening. Photo: Senedd Cymru
O government Senedd
L city Cardiff Bay
O government Senedd Cymru
> The Welsh Government’s £27.4bn budget for 2039-40 cleared its final hurdle on Tuesday evening by 49 votes to 47, after ministers struck a £310m deal with the Wales Green Party to cap bus fares at £1 for everyone aged 16 to 24.
O government Welsh Government
F money £27.4bn
F date 2039-40
F number 49
F number 47
F money £310m
O party Wales Green Party
F money £1
F age 16
F age 24
> The vote, taken at 6.12pm after almost four hours of debate, gives the Plaid Cymru-led minority government its first budget since the May 2038 election. Plaid holds 43 of the Senedd’s 96 seats.
F time 6.12pm
F duration four hours
O party Plaid Cymru
F date May 2038
O party Plaid
F number 43
O government Senedd
F number 96
> Opening the debate, Finance and Welsh Language Secretary Osian ap Tudur told MSs the agreement with the three-member Green group was “the price of stability, and a price worth paying”.
P full Osian ap Tudur
F number three
Q direct Osian ap Tudur :: “the price of stability, and a price worth paying”
> He said: “Every young person in Wales, whether they live in Barry or in Bala, in Mold or in Merthyr, will be able to get on a bus for a pound. That is not a gimmick. It is the single biggest thing this Senedd can do to keep young people in their communities.
Q direct Osian ap Tudur :: “Every young person in Wales, whether they live in Barry or in Bala, in Mold or in Merthyr, will be able to get on a bus for a pound. That is not a gimmick. It is the single biggest thing this Senedd can do to keep young people in their communities.
L country Wales
L city Barry
L city Bala
L city Mold
L city Merthyr
O government Senedd
> “We have found the money without taking a penny from the health budget, and I want to thank the Green group for negotiating hard and in good faith.”
Q direct Osian ap Tudur :: “We have found the money without taking a penny from the health budget, and I want to thank the Green group for negotiating hard and in good faith.”
> Mr ap Tudur said the package would be paid for from the Welsh Government’s reserves and an underspend in the economy budget.
P partial ap Tudur
O government Welsh Government
> The Greens’ leader in the Senedd, Morfudd Tegwen Price, who represents Ceredigion Penfro, said the deal showed that “a small group can still deliver big things”.
O party Greens
O government Senedd
P full Morfudd Tegwen Price
L region Ceredigion Penfro
Q direct Morfudd Tegwen Price :: “a small group can still deliver big things”
> “Two years ago people laughed at us when we said a £1 fare was possible,” she said. “Tonight around 310,000 young people have a reason to leave the car keys on the table.”
Q direct Morfudd Tegwen Price :: “Two years ago people laughed at us when we said a £1 fare was possible,”
F duration Two years
F money £1
Q direct Morfudd Tegwen Price :: “Tonight around 310,000 young people have a reason to leave the car keys on the table.”
F number 310,000
> Under the agreement, the £1 single fare will apply on all registered local bus services and on TrawsCymru routes from 1 September 2039, with a daily cap of £3. Transport for Wales (TfW) will reimburse operators at an estimated cost of £96m in 2039-40 and £214m in 2040-41.
F money £1
F date 1 September 2039
F money £3
O government Transport for Wales
O government TfW
F money £96m
F date 2039-40
F money £214m
F date 2040-41
> The deal also brings forward bus franchising in south-west Wales by 18 months, to April 2040, and pays for 120 new electric buses on rural routes in Gwynedd, Powys and Ceredigion.
L country Wales
F duration 18 months
F date April 2040
F number 120
L region Gwynedd
L region Powys
L region Ceredigion
> Before the vote, around 200 members of the youth campaign Llais Ifanc (“Young Voice”) gathered outside Tŷ Hywel, the Senedd’s office building, holding placards reading “£1 is fair”.
F number 200
O nonprofit Llais Ifanc
Q scare - :: “Young Voice”
L facility Tŷ Hywel
O government Senedd
Q direct Llais Ifanc :: “£1 is fair”
F money £1
> Reform UK, the largest opposition party with 26 MSs, voted against the budget along with the Welsh Conservatives and Welsh Labour.
O party Reform UK
F number 26
O party Welsh Conservatives
O party Welsh Labour
> Reform’s group leader, Darren Oakley-Shaw, called the agreement “a sweetheart deal paid for by taxpayers in Newport and Wrexham who will never see one of these buses”.
O party Reform
P full Darren Oakley-Shaw
Q direct Darren Oakley-Shaw :: “a sweetheart deal paid for by taxpayers in Newport and Wrexham who will never see one of these buses”
L city Newport
L city Wrexham
> The Welsh Conservatives’ finance spokesperson, Hywel Prydderch-Jones, said: “A budget that scrapes through by two votes on the back of a bus fare is not a plan for Wales. It is a plan for getting to the end of February.”
O party Welsh Conservatives
P full Hywel Prydderch-Jones
Q direct Hywel Prydderch-Jones :: “A budget that scrapes through by two votes on the back of a bus fare is not a plan for Wales. It is a plan for getting to the end of February.”
F number two
L country Wales
> Welsh Labour, reduced to nine seats at the 2038 election, said it could not back a budget that left health boards facing “a real-terms cut for the third year running”.
O party Welsh Labour
F number nine
F date 2038
Q direct Welsh Labour :: “a real-terms cut for the third year running”
> The Confederation of Passenger Transport (CPT), which represents bus operators, said its members needed “clarity on reimbursement rates by the end of April at the latest” to avoid cutting unprofitable routes in the autumn.
O nonprofit Confederation of Passenger Transport
O nonprofit CPT
Q direct Confederation of Passenger Transport :: “clarity on reimbursement rates by the end of April at the latest”
> A Plaid Cymru backbencher, who asked not to be named, said the margin had been “far too close for comfort” and that the party would need a longer-term arrangement with the Greens before next year’s budget.
O party Plaid Cymru
Q direct - :: “far too close for comfort”
O party Greens
> Figures published by TfW in January show bus journeys by people under 25 fell by 18% between 2030 and 2037, with the steepest falls in Blaenau Gwent and on Ynys Môn.
O government TfW
F age 25
F percent 18%
F date 2030
F date 2037
L region Blaenau Gwent
L region Ynys Môn
> Support Nation.Cymru today – for the price of a cup of coffee a month you can help us build an independent, not-for-profit national news service for the people of Wales, by the people of Wales.
O media Nation.Cymru
L country Wales
L country Wales
'''

ARTICLES['314-cambodia-rice-exports-record-crf-kingdom'] = r'''
> Business
> Cambodia’s rice exports top one million tonnes for the first time
L country Cambodia
F quantity one million tonnes
> Sim Sovannarith / Khmer Times
P full Sim Sovannarith
O media Khmer Times
> January 7, 2039
F date January 7, 2039
> Workers load sacks of milled rice onto a truck at a mill in Battambang province. KT/Pen Sokhem
L region Battambang
O media KT
P full Pen Sokhem
> Cambodia exported a record 1,108,420 tonnes of milled rice in 2038, up 9.6 percent from a year earlier, earning the Kingdom about $812 million, according to a report released on Monday by the Cambodia Rice Federation (CRF).
L country Cambodia
F quantity 1,108,420 tonnes
F date 2038
F percent 9.6 percent
L country Kingdom
F money $812 million
O nonprofit Cambodia Rice Federation
O nonprofit CRF
> It is the first time annual shipments have passed the one-million-tonne mark, a goal the government first set in 2010 and missed for nearly three decades.
F quantity one-million-tonne
F date 2010
F duration three decades
> China remained the largest buyer, taking 402,160 tonnes, or 36.3 percent of the total, followed by the 27 member states of the European Union with 318,900 tonnes. Shipments to ASEAN countries rose 21 percent to 142,300 tonnes, the report said.
L country China
F quantity 402,160 tonnes
F percent 36.3 percent
F number 27
O intergovernmental European Union
F quantity 318,900 tonnes
O intergovernmental ASEAN
F percent 21 percent
F quantity 142,300 tonnes
> Fragrant varieties such as Phka Rumduol and Sen Kra Ob made up 61 percent of the total, while white rice accounted for 32 percent and parboiled rice for the rest.
F percent 61 percent
F percent 32 percent
> “This is a milestone that farmers, millers and exporters have worked towards for more than 15 years,” Oknha Heng Pisethkun, president of the CRF, told Khmer Times.
Q direct Heng Pisethkun :: “This is a milestone that farmers, millers and exporters have worked towards for more than 15 years,”
F duration 15 years
P full Heng Pisethkun
O nonprofit CRF
O media Khmer Times
> “But a record year does not mean our problems are solved. Our electricity and logistics costs are still higher than in Vietnam and Thailand, and that is money that comes out of the farmer’s pocket,” he said.
Q direct Heng Pisethkun :: “But a record year does not mean our problems are solved. Our electricity and logistics costs are still higher than in Vietnam and Thailand, and that is money that comes out of the farmer’s pocket,”
L country Vietnam
L country Thailand
> Heng Pisethkun said the federation would ask the Royal Government of Cambodia to lower the electricity tariff for rice mills to 11 US cents per kilowatt-hour, from about 14.6 cents now.
P full Heng Pisethkun
O government Royal Government of Cambodia
F money 11 US cents
F money 14.6 cents
> Paddy prices at the farm gate in Battambang and Banteay Meanchey averaged 1,180 riels per kilogramme in December, up from 1,020 riels a year earlier, according to the Ministry of Agriculture, Forestry and Fisheries.
L region Battambang
L region Banteay Meanchey
F money 1,180 riels
F money 1,020 riels
O government Ministry of Agriculture, Forestry and Fisheries
> Data from the General Department of Customs and Excise (GDCE) show Cambodia’s agricultural exports reached $6.84 billion last year, led by cashew nuts, milled rice, cassava and fresh mangoes. At the official rate of 4,060 riels to the dollar, rice alone earned about 3.3 trillion riels.
O government General Department of Customs and Excise
O government GDCE
L country Cambodia
F money $6.84 billion
F money 4,060 riels
F money 3.3 trillion riels
> A miller in Battambang who asked not to be named said exporters were struggling to buy enough paddy because traders from across the border were paying cash in the fields.
L region Battambang
> “The Vietnamese traders come with trucks and cash at harvest time. We have to borrow from the bank at 9 percent or 10 percent, so we cannot compete,” he said.
Q direct - :: “The Vietnamese traders come with trucks and cash at harvest time. We have to borrow from the bank at 9 percent or 10 percent, so we cannot compete,”
F percent 9 percent
F percent 10 percent
> Exporters have benefited from lower tariffs under the Cambodia-China Free Trade Agreement (CCFTA) and the Regional Comprehensive Economic Partnership (RCEP), and rice has kept its duty-free access to the European Union under the Everything But Arms (EBA) scheme.
O intergovernmental European Union
> Dr Ouk Sereyvuth, an economist at the Royal University of Phnom Penh, said the federation’s new target of 1.5 million tonnes by 2040 was “ambitious but reachable” if the government moved faster on irrigation in the Tonle Sap basin.
P full Ouk Sereyvuth
O education Royal University of Phnom Penh
F quantity 1.5 million tonnes
F date 2040
Q direct Ouk Sereyvuth :: “ambitious but reachable”
L geo Tonle Sap
> “Only about 40 percent of our rice land can be irrigated in the dry season. If we bring that to 60 percent, two harvests a year becomes normal in Prey Veng, Takeo and Kampong Thom, not an exception,” he said.
Q direct Ouk Sereyvuth :: “Only about 40 percent of our rice land can be irrigated in the dry season. If we bring that to 60 percent, two harvests a year becomes normal in Prey Veng, Takeo and Kampong Thom, not an exception,”
F percent 40 percent
F percent 60 percent
F number two
L region Prey Veng
L region Takeo
L region Kampong Thom
> Most rice leaves the country by sea. The Sihanoukville Autonomous Port (PAS), which is listed on the Cambodia Securities Exchange, said agricultural cargo rose 17 percent in 2038 and that it expected “a further double-digit increase” once its new container terminal opens in mid-2040.
O company Sihanoukville Autonomous Port
O company PAS
O company Cambodia Securities Exchange
F percent 17 percent
F date 2038
Q direct Sihanoukville Autonomous Port :: “a further double-digit increase”
F date 2040
> About 14 percent of exports went by truck through the Bavet and Poipet border checkpoints. Exporters also expect lower barge costs when the Funan Techo Canal, now due to open in 2041, links Phnom Penh to the sea at Kep.
F percent 14 percent
L city Bavet
L city Poipet
L facility Funan Techo Canal
F date 2041
L city Phnom Penh
L city Kep
'''

ARTICLES['315-mobile-bay-jubilees-warmer-nights-study-ap'] = r'''
> Science
> Warmer nights are turning Mobile Bay’s ‘jubilees’ from a rare gift into a summer routine, study finds
L geo Mobile Bay
Q scare - :: ‘jubilees’
> Residents scoop up flounder and blue crabs in the shallows at Point Clear, Ala., during a jubilee on Aug. 3, 2038. (AP Photo/Lacey Broussard, File)
L city Point Clear
L region Ala.
F date Aug. 3, 2038
O media AP
P full Lacey Broussard
> By MARISOL ECHEVERRÍA-KANE
P full MARISOL ECHEVERRÍA-KANE
> Associated Press
O media Associated Press
> Updated 3:07 PM CDT, June 9, 2039
F time 3:07 PM CDT
F date June 9, 2039
> FAIRHOPE, Ala. (AP) — For generations, families on the Eastern Shore of Mobile Bay have kept a bucket and a flounder gig by the back door, waiting for a neighbor to shout “Jubilee!” in the middle of a summer night.
L city FAIRHOPE
L region Ala.
O media AP
L region Eastern Shore
L geo Mobile Bay
Q direct - :: “Jubilee!”
> Those nights now come far more often. A study published Tuesday in the journal Estuaries and Coasts found that jubilees — when oxygen-starved bottom water drives flounder, crabs and shrimp into the shallows — occurred on an average of 31 nights a year from 2034 through 2038, up from about nine a year in the 1980s.
O media Estuaries and Coasts
F number 31
F date 2034
F date 2038
F number nine
F date 1980s
> Most jubilees strike along a roughly 15-mile stretch of the Eastern Shore between Spanish Fort and Mullet Point, usually in the hours before dawn on calm summer nights after a rising tide.
F quantity 15-mile
L region Eastern Shore
L city Spanish Fort
L geo Mullet Point
> The researchers, from the Dauphin Island Sea Lab and the University of South Alabama, tied the increase to warmer nights and weaker summer winds, which let the bay’s water settle into layers that trap low-oxygen water along the bottom.
O education Dauphin Island Sea Lab
O education University of South Alabama
> Near-bottom water temperatures in August now average 86.4 degrees Fahrenheit (30.2 Celsius) at night, 2.9 degrees warmer than four decades ago, the study found.
F quantity 86.4 degrees Fahrenheit
F quantity 30.2 Celsius
F quantity 2.9 degrees
F duration four decades
> “A jubilee used to be something you might see twice a summer if you lived in the right spot and got lucky,” said Adaeze Thibodeaux, a marine scientist at the sea lab and the study’s lead author, who grew up in Mobile. “Now we’re seeing them in June, and we’re seeing them on stretches of shoreline that never had them.”
Q direct Adaeze Thibodeaux :: “A jubilee used to be something you might see twice a summer if you lived in the right spot and got lucky,”
P full Adaeze Thibodeaux
L city Mobile
Q direct Adaeze Thibodeaux :: “Now we’re seeing them in June, and we’re seeing them on stretches of shoreline that never had them.”
> The team combined 57 years of handwritten logs kept by three generations of a Point Clear family with readings from 14 monitoring stations the sea lab has run since 2004.
F duration 57 years
F number three
L city Point Clear
F number 14
F date 2004
> Earline Boudreaux, 74, who has lived on the water off Scenic Highway 98 in Daphne since 1969, said her grandfather used to ring a cowbell whenever he saw fish crowding the shoreline.
P full Earline Boudreaux
F age 74
L street Scenic Highway 98
L city Daphne
F date 1969
> “The whole street would come running in their nightclothes with washtubs,” she said. “It was a gift. Last summer I stopped counting after 20, and I don’t feel like it’s a gift anymore.”
Q direct Earline Boudreaux :: “The whole street would come running in their nightclothes with washtubs,”
Q direct Earline Boudreaux :: “It was a gift. Last summer I stopped counting after 20, and I don’t feel like it’s a gift anymore.”
F number 20
> Scientists say the same oxygen-poor water can also kill fish outright. In August 2037, low oxygen killed an estimated 1.2 million menhaden near the mouth of Dog River, the Alabama Department of Conservation and Natural Resources said at the time.
F date August 2037
F number 1.2 million
L geo Dog River
O government Alabama Department of Conservation and Natural Resources
> The National Oceanic and Atmospheric Administration, which paid for part of the study through a $2.3 million grant, said in a statement that the findings were “consistent with what we are seeing in estuaries across the northern Gulf.”
O government National Oceanic and Atmospheric Administration
F money $2.3 million
Q direct National Oceanic and Atmospheric Administration :: “consistent with what we are seeing in estuaries across the northern Gulf.”
L geo Gulf
> Oyster farmers in Portersville Bay, west of the bay’s mouth, say they have started moving their cages to deeper water on calm, hot nights. Truong Family Oysters, near Bayou La Batre, lost about 40% of its stock in a single night last July.
L geo Portersville Bay
O company Truong Family Oysters
L city Bayou La Batre
F percent 40%
> “We check the oxygen meter at midnight and again at 3 a.m. now, like you’d check on a baby,” said Danny Truong, whose parents started the farm after arriving from Vietnam in 1979.
Q direct Danny Truong :: “We check the oxygen meter at midnight and again at 3 a.m. now, like you’d check on a baby,”
F time 3 a.m.
P full Danny Truong
L country Vietnam
F date 1979
> Kelvin Abernathy-Ng, a coastal oceanographer at Louisiana State University who was not involved in the study, called the family logbooks “a scientific treasure” and said the results matched trends seen in Louisiana’s Barataria Bay.
P full Kelvin Abernathy-Ng
O education Louisiana State University
Q direct Kelvin Abernathy-Ng :: “a scientific treasure”
L region Louisiana
L geo Barataria Bay
> Thibodeaux said residents should not expect jubilees to disappear, but that the bay’s oxygen problem deserves more attention than the free seafood. “People see a fish fry,” she said. “We see a bay that’s struggling to breathe.”
P partial Thibodeaux
Q direct Adaeze Thibodeaux :: “People see a fish fry,”
Q direct Adaeze Thibodeaux :: “We see a bay that’s struggling to breathe.”
> Associated Press writer Jalen Mercer-Hobbs in Montgomery, Alabama, contributed to this report.
O media Associated Press
P full Jalen Mercer-Hobbs
L city Montgomery
L region Alabama
> The Associated Press’ climate and environmental coverage receives financial support from multiple private foundations. AP is solely responsible for all content.
O media Associated Press
O media AP
'''

ARTICLES['316-petrolera-comahue-bond-vaca-muerta-pipeline-allen'] = r'''
> ECONOMY
> Petrolera Comahue raises US$650 million for Vaca Muerta export pipeline
O company Petrolera Comahue
F money US$650 million
L geo Vaca Muerta
> Neuquén oil producer draws more than US$2.1 billion in orders for 10-year notes, the largest bond sale by an Argentine private oil company since 2026.
L city Neuquén
F money US$2.1 billion
F duration 10-year
F date 2026
> BY MARTINA ZUBELDÍA PAZ
P full MARTINA ZUBELDÍA PAZ
> 18-11-2038 10:42
F date 18-11-2038
F time 10:42
> Drilling rigs at the Loma Campana field in Vaca Muerta, near Añelo, Neuquén province. Photo: NA
L facility Loma Campana
L geo Vaca Muerta
L city Añelo
L region Neuquén
O media NA
> Petrolera Comahue SA, a mid-sized shale producer based in Neuquén, sold US$650 million of 10-year bonds on international markets on Wednesday, drawing more than US$2.1 billion in orders, the company said in a filing to the Comisión Nacional de Valores (CNV), the securities regulator.
O company Petrolera Comahue SA
L city Neuquén
F money US$650 million
F duration 10-year
F money US$2.1 billion
O government Comisión Nacional de Valores
O government CNV
> The notes, which mature in November 2048, carry an 8.375 percent coupon. Most of the money will go to the company’s 22 percent stake in Oleoducto Patagonia Norte (OPN), the consortium building a 437-kilometre pipeline to carry crude from Vaca Muerta to a new export terminal at Punta Colorada, on the Atlantic coast of Río Negro province.
F date November 2048
F percent 8.375 percent
F percent 22 percent
O company Oleoducto Patagonia Norte
O company OPN
F quantity 437-kilometre
L geo Vaca Muerta
L city Punta Colorada
L geo Atlantic
L region Río Negro
> “The market is telling us that Vaca Muerta is no longer a promise. It is a business, and a business that pays its debts,” chief executive Ignacio Etchegaray Sosa told the Times by phone from Neuquén.
Q direct Ignacio Etchegaray Sosa :: “The market is telling us that Vaca Muerta is no longer a promise. It is a business, and a business that pays its debts,”
L geo Vaca Muerta
P full Ignacio Etchegaray Sosa
O media Times
L city Neuquén
> Comahue pumped an average of 61,400 barrels per day in the third quarter, up 38 percent from a year earlier, from blocks near Añelo and Rincón de los Sauces. Etchegaray said output would pass 90,000 barrels per day once the pipeline starts operating in the second half of 2040.
O company Comahue
F quantity 61,400 barrels per day
F percent 38 percent
L city Añelo
L city Rincón de los Sauces
P partial Etchegaray
F quantity 90,000 barrels per day
F date 2040
> Argentina’s crude production hit a record 1.08 million barrels per day in September, according to the Energy Secretariat, with Vaca Muerta’s shale accounting for 71 percent of the total.
L country Argentina
F quantity 1.08 million barrels per day
O government Energy Secretariat
L geo Vaca Muerta
F percent 71 percent
> Investors said the deal was made possible by the lifting last year of the last “cepo” currency controls, which for more than a decade restricted companies’ access to dollars to pay foreign debt.
Q scare - :: “cepo”
> “Two years ago nobody would have bought a 10-year bond from an Argentine company below 10 percent,” said Lucía Ferrando Iturbe, head of fixed income at Buenos Aires brokerage Andes Valores. “Now they are pricing these companies almost like Brazilian or Mexican issuers.”
Q direct Lucía Ferrando Iturbe :: “Two years ago nobody would have bought a 10-year bond from an Argentine company below 10 percent,”
F duration Two years
F duration 10-year
F percent 10 percent
P full Lucía Ferrando Iturbe
L city Buenos Aires
O company Andes Valores
Q direct Lucía Ferrando Iturbe :: “Now they are pricing these companies almost like Brazilian or Mexican issuers.”
> A trader at another Buenos Aires firm, who asked not to be named because he was not authorised to speak publicly, said the order book had been “at least 60 percent” foreign funds.
L city Buenos Aires
Q direct - :: “at least 60 percent”
F percent 60 percent
> Comahue will also sell 180 billion pesos (about US$96 million) of local notes on Bolsas y Mercados Argentinos (BYMA) next week, the filing showed.
O company Comahue
F money 180 billion pesos
F money US$96 million
O company Bolsas y Mercados Argentinos
O company BYMA
> The pipeline was approved in 2037 under the Incentive Regime for Large Investments (RIGI), which grants projects of more than US$200 million 30 years of tax, customs and currency stability.
F date 2037
F money US$200 million
F duration 30 years
> Its route has drawn protests in the fruit-growing towns of Allen and General Roca, in Río Negro’s Alto Valle, where pear and apple growers say the pipe will cut through their orchards.
L city Allen
L city General Roca
L region Río Negro
L region Alto Valle
> “They want to dig a trench through 40 kilometres of trees that have been here since my grandfather’s time,” said Ernesto Rubén Gatti, 63, president of the Cámara de Fruticultores de Allen, the local growers’ chamber. “Nobody asked us. They sent a map.”
Q direct Ernesto Rubén Gatti :: “They want to dig a trench through 40 kilometres of trees that have been here since my grandfather’s time,”
F quantity 40 kilometres
P full Ernesto Rubén Gatti
F age 63
O nonprofit Cámara de Fruticultores de Allen
Q direct Ernesto Rubén Gatti :: “Nobody asked us. They sent a map.”
> Comahue said in a statement that OPN would “compensate every affected producer in full” and bury the pipe at least 1.5 metres deep across farmland. Its shares rose 4.2 percent in Buenos Aires on Wednesday, while the S&P Merval index gained 1.1 percent.
O company Comahue
O company OPN
Q direct Petrolera Comahue SA :: “compensate every affected producer in full”
F quantity 1.5 metres
F percent 4.2 percent
L city Buenos Aires
F percent 1.1 percent
> – TIMES/BLOOMBERG
O media TIMES
O media BLOOMBERG
'''

ARTICLES['317-giants-lions-korean-series-game-3-sajik-walk-off'] = r'''
> Baseball
> Giants walk off in 10th to take 2-1 lead in Korean Series
O team Giants
F score 2-1
> Kang Tae-ung’s bases-loaded single ends a four-hour, 12-minute thriller at Sajik as Lotte moves two wins from its first title since 1992
P full Kang Tae-ung
F duration four-hour
F duration 12-minute
L facility Sajik
O team Lotte
F number two
F date 1992
> BY SEO YE-RIN [seo.yerin@joongang.co.kr]
P full SEO YE-RIN
> Published: 29 Oct. 2038, 23:18
F date 29 Oct. 2038
F time 23:18
> Lotte Giants’ Kang Tae-ung, center, is mobbed by teammates after his game-winning single against the Samsung Lions in the 10th inning of Game 3 of the Korean Series at Sajik Baseball Stadium in Busan on Friday. [YONHAP]
O team Lotte Giants
P full Kang Tae-ung
O team Samsung Lions
L facility Sajik Baseball Stadium
L city Busan
O media YONHAP
> Kang Tae-ung lined a single off the left-field wall with the bases loaded and one out in the bottom of the 10th inning, and the Lotte Giants beat the Samsung Lions 5-4 on Friday at Sajik Baseball Stadium in Busan to take a 2-1 lead in the best-of-seven Korean Series.
P full Kang Tae-ung
F number one
O team Lotte Giants
O team Samsung Lions
F score 5-4
L facility Sajik Baseball Stadium
L city Busan
F score 2-1
F number seven
> The Giants, who last won a championship in 1992, need two more wins for their third title. Game 4 is at 2 p.m. Saturday in Busan.
O team Giants
F date 1992
F number two
F time 2 p.m.
L city Busan
> “I wasn’t trying to do anything big. I just kept telling myself, ‘Don’t strike out, don’t hit into a double play,’” said Kang, 24, who went 3-for-5 with two RBIs. “When the ball hit the wall I couldn’t hear anything. Sajik was shaking.”
Q direct Kang Tae-ung :: “I wasn’t trying to do anything big. I just kept telling myself, ‘Don’t strike out, don’t hit into a double play,’”
P partial Kang
F age 24
F number 3-for-5
F number two
Q direct Kang Tae-ung :: “When the ball hit the wall I couldn’t hear anything. Sajik was shaking.”
L facility Sajik
> Samsung scored first when Wilmer Astacio Peña hit a solo home run over the center-field fence in the second inning, his fourth of the postseason, and Maeng Ha-jun’s two-out double in the fourth drove in two more to make it 3-0.
O team Samsung
P full Wilmer Astacio Peña
P full Maeng Ha-jun
F number two
F number two
F score 3-0
> Lotte answered with three runs in the fifth against Samsung starter Seok Min-gyu. Namgung Do-yun, the Giants’ 37-year-old captain, tied it with a two-run double into the right-center gap, and Yoon Chae-beom led off the sixth with a homer to left off reliever Lee Geon-hui for a 4-3 lead.
O team Lotte
F number three
O team Samsung
P full Seok Min-gyu
P full Namgung Do-yun
O team Giants
F age 37-year-old
F number two
P full Yoon Chae-beom
P full Lee Geon-hui
F score 4-3
> Lotte starter Colton Briggs allowed three runs on six hits over 6 1/3 innings and struck out eight. But closer Jeong Hae-sol, who had not allowed a run in 14 postseason innings, gave up a game-tying single to pinch hitter Ryu Ha-bin with two outs in the ninth.
O team Lotte
P full Colton Briggs
F number three
F number six
F number 6 1/3
F number eight
P full Jeong Hae-sol
F number 14
P full Ryu Ha-bin
F number two
> Japanese right-hander Haruki Shimazaki, who joined Samsung last winter as one of the league’s first Asian quota players, retired nine straight Giants before a single, a hit batter and an intentional walk to Namgung loaded the bases in the 10th.
P full Haruki Shimazaki
O team Samsung
F number nine
O team Giants
P partial Namgung
> “We had our chances and we left eight men on base,” Samsung manager Pyo Jae-seong said. “It’s not over. This team has come back from worse than this.”
Q direct Pyo Jae-seong :: “We had our chances and we left eight men on base,”
F number eight
O team Samsung
P full Pyo Jae-seong
Q direct Pyo Jae-seong :: “It’s not over. This team has come back from worse than this.”
> Lotte manager Yeom Dong-gu said he had planned to use Jeong for only one inning. “He told me he wanted the 10th,” Yeom said. “You don’t say no to that look.”
O team Lotte
P full Yeom Dong-gu
P partial Jeong
F number one
Q direct Yeom Dong-gu :: “He told me he wanted the 10th,”
P partial Yeom
Q direct Yeom Dong-gu :: “You don’t say no to that look.”
> A sellout crowd of 22,990, many wearing the orange plastic bags that Lotte fans tie on their heads in the late innings, sang through the final three innings at a ballpark its fans call the “world’s biggest noraebang.”
F number 22,990
O team Lotte
F number three
Q scare - :: “world’s biggest noraebang.”
> Kang, a second-round pick in 2032 who signed for 120 million won, hit .318 with 19 homers in the regular season.
P partial Kang
F date 2032
F money 120 million won
F number .318
F number 19
> BOX SCORE
> Samsung 010 200 001 0 — 4 9 1
O team Samsung
F score 010
F score 200
F score 001
F score 0
F score 4
F number 9
F number 1
> Lotte 000 031 000 1 — 5 11 0
O team Lotte
F score 000
F score 031
F score 000
F score 1
F score 5
F number 11
F number 0
> Samsung IP H R ER BB SO
O team Samsung
> Seok Min-gyu 4 2/3 7 3 3 2 5
P full Seok Min-gyu
F number 4 2/3
F number 7
F number 3
F number 3
F number 2
F number 5
> Lee Geon-hui 1 1/3 2 1 1 0 2
P full Lee Geon-hui
F number 1 1/3
F number 2
F number 1
F number 1
F number 0
F number 2
> Haruki Shimazaki 3 1/3 2 1 1 1 4
P full Haruki Shimazaki
F number 3 1/3
F number 2
F number 1
F number 1
F number 1
F number 4
> Lotte IP H R ER BB SO
O team Lotte
> Colton Briggs 6 1/3 6 3 3 1 8
P full Colton Briggs
F number 6 1/3
F number 6
F number 3
F number 3
F number 1
F number 8
> Go Woo-jin 1 2/3 1 0 0 1 2
P full Go Woo-jin
F number 1 2/3
F number 1
F number 0
F number 0
F number 1
F number 2
> Jeong Hae-sol 2 2 1 1 0 3
P full Jeong Hae-sol
F number 2
F number 2
F number 1
F number 1
F number 0
F number 3
> W — Jeong Hae-sol (1-0). L — Haruki Shimazaki (0-1). HR — Astacio Peña (4), Yoon Chae-beom (2). E — Maeng Ha-jun. T — 4:12. A — 22,990.
P full Jeong Hae-sol
F score 1-0
P full Haruki Shimazaki
F score 0-1
P partial Astacio Peña
F number 4
P full Yoon Chae-beom
F number 2
P full Maeng Ha-jun
F duration 4:12
F number 22,990
'''

ARTICLES['318-bahrain-smc-sickle-cell-gene-therapy-unit'] = r'''
> Local News
> 'Game-changer' gene therapy unit for sickle cell patients to open at SMC
Q direct Zahra Ebrahim Al Aradi :: 'Game-changer'
O other SMC
> By REEM AL JAWDER
P full REEM AL JAWDER
> Wednesday, March 16, 2039
F date March 16, 2039
> Dr Zahra Al Aradi, centre, with patients and nurses at the haematology day-care unit in Salmaniya Medical Complex. (Picture: Ministry of Health)
P full Zahra Al Aradi
O other Salmaniya Medical Complex
O government Ministry of Health
> MANAMA: Bahrain will open the Gulf's first gene therapy unit dedicated to sickle cell disease at Salmaniya Medical Complex (SMC) in October, offering a one-time treatment that doctors say could free hundreds of patients from a lifetime of blood transfusions and pain crises.
L city MANAMA
L country Bahrain
L region Gulf
O other Salmaniya Medical Complex
O other SMC
> The BD4.8 million ($12.7m) unit will treat up to 40 patients a year in its first phase, the Supreme Council of Health announced yesterday. A second unit is planned at King Hamad University Hospital in Muharraq by 2041.
F money BD4.8 million
F money $12.7m
F number 40
O government Supreme Council of Health
O other King Hamad University Hospital
L city Muharraq
F date 2041
> "This is a game-changer for families who have lived with sickle cell for generations," said SMC consultant haematologist Dr Zahra Ebrahim Al Aradi, who will head the unit.
Q direct Zahra Ebrahim Al Aradi :: "This is a game-changer for families who have lived with sickle cell for generations,"
O other SMC
P full Zahra Ebrahim Al Aradi
> "I have patients who were admitted to this hospital 30 or 40 times in one year. Some of them, at 25 or 30 years old, have never been able to hold a full-time job.
Q direct Zahra Ebrahim Al Aradi :: "I have patients who were admitted to this hospital 30 or 40 times in one year. Some of them, at 25 or 30 years old, have never been able to hold a full-time job.
F number 30
F number 40
F duration one year
F age 25
F age 30 years old
> "With this therapy, most of them should never need another transfusion. That is what we are aiming for."
Q direct Zahra Ebrahim Al Aradi :: "With this therapy, most of them should never need another transfusion. That is what we are aiming for."
> About 2 per cent of Bahraini nationals have sickle cell disease and around 18 per cent carry the trait, according to Ministry of Health figures. Premarital screening for blood disorders has been compulsory since 2004; of the 11,862 couples screened last year, 312 were found to be at high risk of having an affected child.
F percent 2 per cent
F percent 18 per cent
O government Ministry of Health
F date 2004
F number 11,862
F number 312
> Commercial gene therapies for the disease cost more than $2 million per patient in the US and Europe. The SMC unit will instead modify patients' own stem cells on site, in partnership with the Arabian Gulf University (AGU), at an estimated cost of BD350,000 per patient, Dr Al Aradi said.
F money $2 million
L country US
L continent Europe
O other SMC
O education Arabian Gulf University
O education AGU
F money BD350,000
P partial Al Aradi
> Among those hoping for a place is Hussain Ali Marhoon, 27, from A'Ali, who has had his spleen and gall bladder removed and was admitted to hospital 22 times in 2038 alone.
P full Hussain Ali Marhoon
F age 27
L city A'Ali
F number 22
F date 2038
> "I am 27 and I have already had 19 operations," he told the GDN. "When the doctor told me about this, my mother cried for two days."
Q direct Hussain Ali Marhoon :: "I am 27 and I have already had 19 operations,"
F age 27
F number 19
O media GDN
Q direct Hussain Ali Marhoon :: "When the doctor told me about this, my mother cried for two days."
F duration two days
> The Al Amal Sickle Cell Patients Society welcomed the unit but said waiting times for pain relief at health centres remained "unacceptable and dangerous", particularly in Sitra, Hamad Town and Isa Town.
O nonprofit Al Amal Sickle Cell Patients Society
Q direct Al Amal Sickle Cell Patients Society :: "unacceptable and dangerous"
L city Sitra
L city Hamad Town
L city Isa Town
> "A patient in crisis should get morphine within 30 minutes. Some of our members wait three hours at Sitra Health Centre," said society chairwoman Maryam Jaffar Al Sitrawi.
Q direct Maryam Jaffar Al Sitrawi :: "A patient in crisis should get morphine within 30 minutes. Some of our members wait three hours at Sitra Health Centre,"
F duration 30 minutes
F duration three hours
O other Sitra Health Centre
P full Maryam Jaffar Al Sitrawi
> MP Sayed Hashim Al Alawi, who represents the Northern Governorate's Eighth Constituency, said the Council of Representatives had approved an extra BD1.2m for haematology services in the 2039-2040 state budget.
P full Sayed Hashim Al Alawi
L region Northern Governorate
L region Eighth Constituency
O government Council of Representatives
F money BD1.2m
F date 2039-2040
> "Every family in my constituency knows someone with this disease. We will be watching to make sure the unit does not stay at 40 patients," Mr Al Alawi said.
Q direct Sayed Hashim Al Alawi :: "Every family in my constituency knows someone with this disease. We will be watching to make sure the unit does not stay at 40 patients,"
F number 40
P partial Al Alawi
> Patients aged between 12 and 35 will be chosen by a medical panel, with priority for those who have had a stroke or more than 10 hospital admissions in a year, and about a third of places will go to children under 18. The unit will operate from 7am to 3pm, Sunday to Thursday, and the first treatment is scheduled for October 4.
F age 12
F age 35
F number 10
F fraction a third
F age 18
F time 7am
F time 3pm
F date October 4
> In its statement, the Supreme Council of Health said the unit would make Bahrain "a regional reference centre for advanced therapies". Fourteen Bahraini doctors, nurses and laboratory scientists have completed training at partner hospitals in London and Boston over the past 18 months, it added.
O government Supreme Council of Health
L country Bahrain
Q direct Supreme Council of Health :: "a regional reference centre for advanced therapies"
F number Fourteen
L city London
L city Boston
F duration 18 months
> reem@gdnmedia.bh
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
