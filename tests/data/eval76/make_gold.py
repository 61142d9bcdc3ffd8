#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval76 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval76/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['499-royal-glamorgan-emergency-surgery-prince-charles-princess-of-wales-cwm-taf-morgannwg-walesonline'] = r'''
> Health
> Health board wants to move emergency surgery out of the Royal Glamorgan and Rhondda patients are furious
O other Royal Glamorgan
L geo Rhondda
> Campaigners say the sickest patients from the valleys would face journeys up to 40 minutes longer
F duration 40 minutes
> Bethan Rhys Griffiths Health Correspondent
P full Bethan Rhys Griffiths
> 06:00, 18 NOV 2037
F time 06:00
F date 18 NOV 2037
> Updated 09:41, 18 NOV 2037
F time 09:41
F date 18 NOV 2037
> The Royal Glamorgan Hospital in Llantrisant, which opened in 1999 (Image: WalesOnline/Aled Treharne)
O other Royal Glamorgan Hospital
L city Llantrisant
F date 1999
O media WalesOnline
P full Aled Treharne
> Emergency general surgery could be moved out of the Royal Glamorgan Hospital under plans that campaigners say would leave patients from the Rhondda and Cynon valleys travelling up to 40 minutes further for life-saving operations.
O other Royal Glamorgan Hospital
L geo Rhondda
L geo Cynon
F duration 40 minutes
> Cwm Taf Morgannwg University Health Board will ask its members on Thursday to approve a 12-week public consultation on concentrating the service at Prince Charles Hospital in Merthyr Tydfil and the Princess of Wales Hospital in Bridgend.
O government Cwm Taf Morgannwg University Health Board
F duration 12-week
O other Prince Charles Hospital
L city Merthyr Tydfil
O other Princess of Wales Hospital
L city Bridgend
> Under the proposal, the Llantrisant hospital would keep its emergency department, but patients who need an emergency operation would be taken by ambulance to one of the two other sites. About 2,300 emergency operations were carried out at the Royal Glamorgan in 2036-37, board papers show.
L city Llantrisant
F number two
F number 2,300
O other Royal Glamorgan
F date 2036-37
> The health board says it cannot safely staff three emergency surgical rotas. It has 11 consultant general surgeons across the three hospitals, against the 18 it says a three-site service needs, and spent £4.7m on locum surgeons in the past year.
F number three
F number 11
F number three
F number 18
F number three
F money £4.7m
> In a statement, the board said the change would "save lives, not cost them" by making sure a senior surgeon was on site "24 hours a day, seven days a week" at both hospitals.
Q direct Cwm Taf Morgannwg University Health Board :: "save lives, not cost them"
Q direct Cwm Taf Morgannwg University Health Board :: "24 hours a day, seven days a week"
F duration 24 hours
F duration seven days
> Its chief operating officer, Dr Carys Beynon-Ellis, told WalesOnline: "At the moment a patient with a perforated bowel at the Royal Glamorgan at 2am may wait for a surgeon to come in from home. We do not think that is good enough. Concentrating our teams means that patient sees a consultant within the hour, wherever they live."
P full Carys Beynon-Ellis
O media WalesOnline
Q direct Carys Beynon-Ellis :: "At the moment a patient with a perforated bowel at the Royal Glamorgan at 2am may wait for a surgeon to come in from home. We do not think that is good enough. Concentrating our teams means that patient sees a consultant within the hour, wherever they live."
O other Royal Glamorgan
F time 2am
> Dr Beynon-Ellis said the board had "looked at every alternative", including a joint rota with Cardiff and Vale University Health Board, before drawing up the plan.
P partial Beynon-Ellis
Q direct Carys Beynon-Ellis :: "looked at every alternative"
O government Cardiff and Vale University Health Board
> But the proposal has angered councillors and residents in the upper Rhondda, where the nearest alternative, Prince Charles Hospital, is a drive of around 35 minutes over the mountain road from Treherbert.
L geo Rhondda
O other Prince Charles Hospital
F duration 35 minutes
L city Treherbert
> Tonypandy councillor Rhodri ap Dafydd, who chairs Rhondda Cynon Taf Council's health scrutiny committee, said: "People will die in the back of ambulances on the A4119. That's not scaremongering, it's arithmetic.
L region Tonypandy
P full Rhodri ap Dafydd
O government Rhondda Cynon Taf Council
Q direct Rhodri ap Dafydd :: "People will die in the back of ambulances on the A4119. That's not scaremongering, it's arithmetic.
L street A4119
> "A patient from Treorchy, Ton Pentre or Ferndale already waits longer for an ambulance than almost anyone in Wales. Now you are asking them to wait for the ambulance, then sit in it past the Royal Glamorgan for another 25 minutes. The valleys have been told for 20 years to travel further for everything."
Q direct Rhodri ap Dafydd :: "A patient from Treorchy, Ton Pentre or Ferndale already waits longer for an ambulance than almost anyone in Wales. Now you are asking them to wait for the ambulance, then sit in it past the Royal Glamorgan for another 25 minutes. The valleys have been told for 20 years to travel further for everything."
L city Treorchy
L city Ton Pentre
L city Ferndale
L country Wales
O other Royal Glamorgan
F duration 25 minutes
F duration 20 years
> The Welsh Ambulance Services University NHS Trust (WAST) said its average response time to the most serious "red" calls in Rhondda Cynon Taf was 9 minutes 41 seconds in October, against a target of eight minutes.
O government Welsh Ambulance Services University NHS Trust
O government WAST
Q scare - :: "red"
L region Rhondda Cynon Taf
F duration 9 minutes
F duration 41 seconds
F duration eight minutes
> Pat Jenkins, 78, from Tylorstown, had her appendix removed at the Royal Glamorgan in 2035. "If I'd had to go to Merthyr, I don't think I'd be here talking to you," she said. "My husband doesn't drive any more. How is he supposed to visit me in Bridgend?"
P full Pat Jenkins
F age 78
L city Tylorstown
O other Royal Glamorgan
F date 2035
Q direct Pat Jenkins :: "If I'd had to go to Merthyr, I don't think I'd be here talking to you,"
L city Merthyr
Q direct Pat Jenkins :: "My husband doesn't drive any more. How is he supposed to visit me in Bridgend?"
L city Bridgend
> Plaid Cymru's Senedd member for Pontypridd Cynon Merthyr, Manon Eleri Watkins, said the consultation risked being "a box-ticking exercise" and called on the Welsh Government to step in.
O party Plaid Cymru
O government Senedd
L region Pontypridd Cynon Merthyr
P full Manon Eleri Watkins
Q direct Manon Eleri Watkins :: "a box-ticking exercise"
O government Welsh Government
> "Every time services are reorganised, the line on the map moves further away from Rhondda. The health board should be looking at how to recruit surgeons, not at how to close rotas," she said.
Q direct Manon Eleri Watkins :: "Every time services are reorganised, the line on the map moves further away from Rhondda. The health board should be looking at how to recruit surgeons, not at how to close rotas,"
L geo Rhondda
> A Welsh Government spokesperson said decisions about services were "a matter for health boards" but that ministers expected "meaningful engagement" with communities.
O government Welsh Government
Q direct - :: "a matter for health boards"
Q direct - :: "meaningful engagement"
> Llais, the independent body that represents patients in Wales, said it had received 143 comments on the plans since the board papers were published last Tuesday.
O government Llais
L country Wales
F number 143
> A senior consultant at the Royal Glamorgan, who asked not to be named, said many surgeons privately supported the change. "Nobody wants to be the one operating alone at 3am on a patient who has been waiting since teatime. But the ambulance problem is real, and the board has not answered it," the consultant said.
O other Royal Glamorgan
Q direct - :: "Nobody wants to be the one operating alone at 3am on a patient who has been waiting since teatime. But the ambulance problem is real, and the board has not answered it,"
F time 3am
> The board estimates the change would save £2.1m a year in locum costs, and says a dedicated "transfer vehicle" would be based at Llantrisant from 8pm to 8am.
F money £2.1m
Q direct Cwm Taf Morgannwg University Health Board :: "transfer vehicle"
L city Llantrisant
F time 8pm
F time 8am
> If members approve the consultation on Thursday, it will run from 23 November to 15 February 2038, with drop-in events in Porth, Pontypridd, Aberdare and Church Village.
F date 23 November
F date 15 February 2038
L city Porth
L city Pontypridd
L city Aberdare
L city Church Village
> Labour-run Rhondda Cynon Taf Council said it would respond formally to the consultation.
O party Labour
O government Rhondda Cynon Taf Council
> Get the latest news from across Wales sent straight to your inbox by signing up to the WalesOnline newsletter here
L country Wales
O media WalesOnline
'''

ARTICLES['500-kinabatangan-smallholders-mills-traceability-eu-buyers-mpob-kopsa-daily-express-sabah'] = r'''
> Kinabatangan smallholders shut out as mills tighten checks for EU buyers
L region Kinabatangan
O intergovernmental EU
> Published on: Sunday, August 14, 2039
F date August 14, 2039
> By: Leonardus Sinsua
P full Leonardus Sinsua
> Smallholder Justin Majinbon with fresh fruit bunches he could not sell, at his plot in Kampung Bilit, Kinabatangan.
P full Justin Majinbon
L city Kampung Bilit
L region Kinabatangan
> Kinabatangan: About 3,400 independent smallholders along the Kinabatangan River risk losing their main market after two mills in the district stopped buying fresh fruit bunches (FFB) from growers who cannot prove where and when their palms were planted.
L region Kinabatangan
F number 3,400
L geo Kinabatangan River
F number two
> Since August 1, the Sungai Resang mill near Sukau and a second mill at Bukit Garam have required every supplier to register the GPS coordinates of each plot and show that it was not cleared after Dec 31, 2020 — the cut-off date under the European Union's deforestation regulation.
F date August 1
L facility Sungai Resang
L city Sukau
L city Bukit Garam
F date Dec 31, 2020
O intergovernmental European Union
> Mill operator Tabin Agro Industries Sdn Bhd said the requirement came from its buyers, refiners in Peninsular Malaysia and Rotterdam that ship crude palm oil to Europe.
O company Tabin Agro Industries Sdn Bhd
L region Peninsular Malaysia
L city Rotterdam
L continent Europe
> "We have no choice. If one tonne of oil cannot be traced, the whole shipment is rejected and we lose the buyer," its general manager, Chong Voon Fatt, said in a statement on Friday.
Q direct Chong Voon Fatt :: "We have no choice. If one tonne of oil cannot be traced, the whole shipment is rejected and we lose the buyer,"
F quantity one tonne
P full Chong Voon Fatt
> Chong said about 40 per cent of the FFB processed by the two mills last year came from smallholders, most of whom farm less than five hectares and have no land title.
P partial Chong
F percent 40 per cent
F number two
F quantity five hectares
> Majinbon, 61, who has worked his three-hectare plot in Kampung Bilit since 1994, said he had thrown away nearly two tonnes of fruit in the past fortnight.
P partial Majinbon
F age 61
F quantity three-hectare
L city Kampung Bilit
F date 1994
F quantity two tonnes
> "The lorry came, the mill said no. My grandfather planted here before there was a road. Now they want a map from a satellite," he said.
Q direct Justin Majinbon :: "The lorry came, the mill said no. My grandfather planted here before there was a road. Now they want a map from a satellite,"
> Smallholders said middlemen were offering RM420 per tonne for fruit the mills had rejected, less than half the RM950 paid for traceable FFB on Thursday, according to the Malaysian Palm Oil Board (MPOB).
F money RM420
F fraction half
F money RM950
O government Malaysian Palm Oil Board
O government MPOB
> The Kinabatangan Oil Palm Smallholders Association (KOPSA) estimates its members lost RM1.3 million in sales in the first two weeks of the rule.
O nonprofit Kinabatangan Oil Palm Smallholders Association
O nonprofit KOPSA
F money RM1.3 million
F duration two weeks
> KOPSA chairman Hasnol Ambutong said many growers had planted on native customary rights (NCR) land that was still waiting for title from the Lands and Surveys Department.
O nonprofit KOPSA
P full Hasnol Ambutong
O government Lands and Surveys Department
> "A mill can ask for a map, fine. But the map shows land the Government has not given us title for, and the buyer in Europe sees that as a risk. Who is going to solve that? Not the smallholder," Hasnol said.
Q direct Hasnol Ambutong :: "A mill can ask for a map, fine. But the map shows land the Government has not given us title for, and the buyer in Europe sees that as a risk. Who is going to solve that? Not the smallholder,"
L continent Europe
P partial Hasnol
> He said the association would ask the Sabah government to issue interim letters confirming the status of about 9,000 hectares of NCR land in Kinabatangan, Beluran and Tongod.
L region Sabah
F quantity 9,000 hectares
L region Kinabatangan
L region Beluran
L region Tongod
> In a statement, MPOB said it would open a registration counter at the Kinabatangan District Office from Aug 22 so that "no smallholder is left behind", adding that 1,180 growers in the district already held Malaysian Sustainable Palm Oil (MSPO) certificates.
O government MPOB
L facility Kinabatangan District Office
F date Aug 22
Q direct Malaysian Palm Oil Board :: "no smallholder is left behind"
F number 1,180
> Assistant Minister of Agriculture, Fisheries and Food Industry Datuk Roslan Matusin said the State was in talks with the Malaysian Palm Oil Certification Council (MPOCC) and buyers on a "transition period" for smallholders.
P full Roslan Matusin
O nonprofit Malaysian Palm Oil Certification Council
O nonprofit MPOCC
Q direct Roslan Matusin :: "transition period"
> "Sabah cannot afford to lose the European market. But we also cannot let 3,000 families become collateral damage," he told reporters after launching a replanting programme in Lahad Datu on Saturday.
Q direct Roslan Matusin :: "Sabah cannot afford to lose the European market. But we also cannot let 3,000 families become collateral damage,"
L region Sabah
F number 3,000
L city Lahad Datu
> Sabah produces about 4.6 million tonnes of crude palm oil a year from some 1.5 million hectares, roughly a quarter of Malaysia's output. Independent smallholders account for 6.7 per cent of the planted area in the State, according to MPOB data.
L region Sabah
F quantity 4.6 million tonnes
F quantity 1.5 million hectares
F fraction a quarter
L country Malaysia
F percent 6.7 per cent
O government MPOB
> Conservation groups say the rule could help protect the wildlife corridor along the lower Kinabatangan, where forest between plantations has shrunk to strips less than 100 metres wide in places.
L geo Kinabatangan
F quantity 100 metres
> A Sabah Forestry Department spokesperson said no new oil palm planting had been approved inside the Lower Kinabatangan Wildlife Sanctuary since it was gazetted in 2005.
O government Sabah Forestry Department
L geo Lower Kinabatangan Wildlife Sanctuary
F date 2005
> A manager at a mill in Tawau, who declined to be named, said mills on the east coast that sell to local refiners had not yet imposed the rule. "They will. Once one refinery in Sandakan asks, everybody asks," he said.
L city Tawau
Q direct - :: "They will. Once one refinery in Sandakan asks, everybody asks,"
F number one
L city Sandakan
> Majinbon said he would queue at the district office on Aug 22. "I am 61. If I have to learn GPS, I will learn GPS," he said.
P partial Majinbon
F date Aug 22
Q direct Justin Majinbon :: "I am 61. If I have to learn GPS, I will learn GPS,"
F age 61
> Stay up-to-date by following Daily Express's Telegram channel.
O media Daily Express
O company Telegram
'''

ARTICLES['501-tour-de-pologne-stage-5-karpacz-wolosz-tesfaldet-keeps-lead-results-velo'] = r'''
> Racing
> Tour de Pologne: Jędrzej Wołosz wins in Karpacz as Tesfaldet keeps yellow
P full Jędrzej Wołosz
L city Karpacz
P partial Tesfaldet
> The 23-year-old Pole attacked 1.2km from the top of the Karkonosze finale to give home fans their first stage win of the week
F age 23-year-old
F quantity 1.2km
L geo Karkonosze
> By Callum Ashdown-Pryce
P full Callum Ashdown-Pryce
> Published August 6, 2038 05:12PM
F date August 6, 2038
F time 05:12PM
> Jędrzej Wołosz (Lidl-Trek) celebrates his stage win in Karpacz. (Photo: Szymon Kaczmarczyk/Getty Images)
P full Jędrzej Wołosz
O team Lidl-Trek
L city Karpacz
P full Szymon Kaczmarczyk
O company Getty Images
> Jędrzej Wołosz gave Poland its first stage win of the 2038 Tour de Pologne on Friday, attacking from a group of favourites 1.2km from the finish in Karpacz and holding off race leader Yonas Tesfaldet by four seconds.
P full Jędrzej Wołosz
L country Poland
F date 2038
F quantity 1.2km
L city Karpacz
P full Yonas Tesfaldet
F duration four seconds
> The Lidl-Trek rider, from Nowy Targ at the foot of the Tatras, crossed the line alone after 4:31:07 of racing on the 186.4km stage from Kłodzko, then sat down against the barriers in front of a crowd several deep.
O team Lidl-Trek
L city Nowy Targ
L geo Tatras
F duration 4:31:07
F quantity 186.4km
L city Kłodzko
> “I dreamed about this stage since I was 12 years old, watching it on television with my father,” Wołosz said. “When I saw the 200 metres sign I didn’t believe it. I was just waiting for somebody to come past me.”
Q direct Jędrzej Wołosz :: “I dreamed about this stage since I was 12 years old, watching it on television with my father,”
F age 12 years old
P partial Wołosz
Q direct Jędrzej Wołosz :: “When I saw the 200 metres sign I didn’t believe it. I was just waiting for somebody to come past me.”
F quantity 200 metres
> Tesfaldet (Q36.5 Pro Cycling Team) was second and took six bonus seconds, extending his overall lead to 17 seconds over Magnus Krogh Østergaard (Uno-X Mobility), who finished fifth. Thijs van Rooijen (Decathlon AG2R La Mondiale) was third, on the same time as Tesfaldet.
P partial Tesfaldet
O team Q36.5 Pro Cycling Team
F duration six bonus seconds
F duration 17 seconds
P full Magnus Krogh Østergaard
O team Uno-X Mobility
P full Thijs van Rooijen
O team Decathlon AG2R La Mondiale
P partial Tesfaldet
> The 26-year-old Eritrean, who lives in Girona, has worn the yellow jersey since winning the uphill time trial to Szklarska Poręba on Tuesday. He admitted he had been “a little bit greedy” in the sprint for second place.
F age 26-year-old
L city Girona
L city Szklarska Poręba
Q direct Yonas Tesfaldet :: “a little bit greedy”
> “Jędrzej was stronger today, and it’s his country, so I’m happy for him. For me the four seconds I lost are not important. The 17 I have are important,” he said. “Tomorrow is a day for the team.”
Q direct Yonas Tesfaldet :: “Jędrzej was stronger today, and it’s his country, so I’m happy for him. For me the four seconds I lost are not important. The 17 I have are important,”
P partial Jędrzej
F duration four seconds
F number 17
Q direct Yonas Tesfaldet :: “Tomorrow is a day for the team.”
> The stage crossed into the Czech Republic twice before the decisive climbs. The peloton let a break of seven riders go after 22km, among them Bartosz Zięba of the Polish national team, who collected enough points on the Przełęcz Okraj to take the mountains jersey.
L country Czech Republic
F number seven
F quantity 22km
P full Bartosz Zięba
L geo Przełęcz Okraj
> Lidl-Trek and Movistar Team caught the break on the first of two ascents to Karpacz, 6.1km at an average of 6.4%, and Astana Qazaqstan Team’s Yerzhan Nurlanuly launched the first attack with 9km to go.
O team Lidl-Trek
O team Movistar Team
F number two
L city Karpacz
F quantity 6.1km
F percent 6.4%
O team Astana Qazaqstan Team
P full Yerzhan Nurlanuly
F quantity 9km
> Wołosz followed a counter by Brayan Estiven Quiñones (Movistar Team) on the steepest section, where the road kicks up to 14% below the Wang church, and went clear as the Colombian looked back.
P partial Wołosz
P full Brayan Estiven Quiñones
O team Movistar Team
F percent 14%
L facility Wang
> Behind, Tesfaldet’s Q36.5 teammate Nicolò Sartori set the pace for the favourites, who crossed the line in small groups. Lachlan Fenwick (Team Jayco AlUla), fourth overall at the start of the day, lost 38 seconds and dropped to seventh.
P partial Tesfaldet
O team Q36.5
P full Nicolò Sartori
P full Lachlan Fenwick
O team Team Jayco AlUla
F duration 38 seconds
> Saturday’s sixth stage covers 201km from Wadowice to Bukowina Tatrzańska, with six categorised climbs in the final 60km, before the race finishes in Kraków on Sunday.
F quantity 201km
L city Wadowice
L city Bukowina Tatrzańska
F number six
F quantity 60km
L city Kraków
> Tour de Pologne stage 5 results
> 1. Jędrzej Wołosz (Lidl-Trek) 4:31:07
P full Jędrzej Wołosz
O team Lidl-Trek
F duration 4:31:07
> 2. Yonas Tesfaldet (Q36.5 Pro Cycling Team) +0:04
P full Yonas Tesfaldet
O team Q36.5 Pro Cycling Team
F duration +0:04
> 3. Thijs van Rooijen (Decathlon AG2R La Mondiale) s.t.
P full Thijs van Rooijen
O team Decathlon AG2R La Mondiale
> 4. Brayan Estiven Quiñones (Movistar Team) +0:09
P full Brayan Estiven Quiñones
O team Movistar Team
F duration +0:09
> 5. Magnus Krogh Østergaard (Uno-X Mobility) +0:11
P full Magnus Krogh Østergaard
O team Uno-X Mobility
F duration +0:11
> 6. Yerzhan Nurlanuly (Astana Qazaqstan Team) s.t.
P full Yerzhan Nurlanuly
O team Astana Qazaqstan Team
> 7. Eivind Sæther Lunde (Uno-X Mobility) +0:19
P full Eivind Sæther Lunde
O team Uno-X Mobility
F duration +0:19
> 8. Nicolò Sartori (Q36.5 Pro Cycling Team) +0:27
P full Nicolò Sartori
O team Q36.5 Pro Cycling Team
F duration +0:27
> 9. Ilan Ben-Haim (Israel Premier Tech) s.t.
P full Ilan Ben-Haim
O team Israel Premier Tech
> 10. Lachlan Fenwick (Team Jayco AlUla) +0:38
P full Lachlan Fenwick
O team Team Jayco AlUla
F duration +0:38
> General classification after stage 5
> 1. Yonas Tesfaldet (Q36.5 Pro Cycling Team) 18:02:44
P full Yonas Tesfaldet
O team Q36.5 Pro Cycling Team
F duration 18:02:44
> 2. Magnus Krogh Østergaard (Uno-X Mobility) +0:17
P full Magnus Krogh Østergaard
O team Uno-X Mobility
F duration +0:17
> 3. Jędrzej Wołosz (Lidl-Trek) +0:21
P full Jędrzej Wołosz
O team Lidl-Trek
F duration +0:21
> 4. Thijs van Rooijen (Decathlon AG2R La Mondiale) +0:26
P full Thijs van Rooijen
O team Decathlon AG2R La Mondiale
F duration +0:26
> 5. Brayan Estiven Quiñones (Movistar Team) +0:40
P full Brayan Estiven Quiñones
O team Movistar Team
F duration +0:40
'''

ARTICLES['502-cbk-suspends-mavuno-kash-coffee-farmer-loans-nyeri-kirinyaga-muranga-the-star-kenya'] = r'''
> Business
> CBK suspends coffee loans app over 'hidden' charges
O government CBK
Q direct Central Bank of Kenya :: 'hidden'
> In Summary
> Mavuno Kash advanced Sh2.3 billion to about 61,000 farmers in Nyeri, Kirinyaga and Murang'a over two seasons.
O company Mavuno Kash
F money Sh2.3 billion
F number 61,000
L region Nyeri
L region Kirinyaga
L region Murang'a
F number two
> Farmers say they paid up to 11 per cent a month on advances against their cherry deliveries.
F percent 11 per cent
> By ESTHER WANJIRU MUGO
P full ESTHER WANJIRU MUGO
> 14 February 2040 - 13:05
F date 14 February 2040
F time 13:05
> Coffee farmer Lucy Wairimu Ng'ang'a sorts cherry at Gatomboya factory in Mathira, Nyeri County, on February 10, 2040. Image: JOSEPH KANG'ETHE
P full Lucy Wairimu Ng'ang'a
L facility Gatomboya
L region Mathira
L region Nyeri County
F date February 10, 2040
P full JOSEPH KANG'ETHE
> The Central Bank of Kenya has suspended the licence of Mavuno Kash, a digital lender that advanced money to coffee farmers against their cherry deliveries, after complaints that it charged fees it did not disclose.
O government Central Bank of Kenya
O company Mavuno Kash
> In a notice dated February 13, CBK said the Nairobi-based firm had breached the Digital Credit Providers Regulations by imposing "hidden charges, including facilitation and recovery fees that were not disclosed to borrowers at the time of the loan".
F date February 13
O government CBK
L city Nairobi
Q direct Central Bank of Kenya :: "hidden charges, including facilitation and recovery fees that were not disclosed to borrowers at the time of the loan"
> The suspension takes effect immediately and will last 90 days, during which the company may not issue new loans but must continue to collect and account for existing ones, the regulator said.
F duration 90 days
> Mavuno Kash, launched in 2036, works with coffee co-operative societies, which deduct repayments from the money owed to farmers once their coffee is sold at the Nairobi Coffee Exchange (NCE). Farmers apply on their phones and receive the money on M-Pesa within minutes.
O company Mavuno Kash
F date 2036
O company Nairobi Coffee Exchange
O company NCE
> Farmers in Mathira and Othaya told the Star they had borrowed Sh5,000 to Sh20,000 to pay pickers and buy fertiliser, only to find larger deductions on their payment slips months later.
L region Mathira
L city Othaya
O media Star
F money Sh5,000
F money Sh20,000
> "They told us the charge was Sh120 for every Sh1,000. Nobody said there would be another charge when the coffee was late to be sold," said Ng'ang'a, 54, who has 600 coffee bushes in Karatina.
Q direct Lucy Wairimu Ng'ang'a :: "They told us the charge was Sh120 for every Sh1,000. Nobody said there would be another charge when the coffee was late to be sold,"
F money Sh120
F money Sh1,000
P partial Ng'ang'a
F age 54
F number 600
L city Karatina
> She said she borrowed Sh15,000 in March last year and had so far repaid Sh19,800, with the society still holding back part of her payment for the 2038-39 crop.
F money Sh15,000
F money Sh19,800
F date 2038-39
> Mavuno Kash chief executive Brian Okello Onyango said the company would comply with the regulator and "engage CBK fully" to have the suspension lifted.
O company Mavuno Kash
P full Brian Okello Onyango
Q direct Brian Okello Onyango :: "engage CBK fully"
O government CBK
> "Every fee was in our terms and conditions. We accept that a farmer in Kirinyaga does not read 14 pages on a phone, and we will fix that," Onyango said.
Q direct Brian Okello Onyango :: "Every fee was in our terms and conditions. We accept that a farmer in Kirinyaga does not read 14 pages on a phone, and we will fix that,"
L region Kirinyaga
F number 14
P partial Onyango
> He said the firm's default rate had risen to 23 per cent after the short rains failed in 2039 and cherry deliveries fell, and that most delays in repayment were caused by late auctions, not by the lender.
F percent 23 per cent
F date 2039
> Coffee Directorate data show farmers in Nyeri, the largest producer in the Mt Kenya region, were paid an average of Sh78 per kilo of cherry in the 2038-39 season, down from Sh96 a year earlier.
O government Coffee Directorate
L region Nyeri
L geo Mt Kenya
F money Sh78
F date 2038-39
F money Sh96
> Murang'a Coffee Farmers Co-operative Union chairman Samuel Kariuki Gachanja said at least 9,000 of the union's members had taken advances from the app and many would now be unable to pay pickers when the fly crop matures in April.
O nonprofit Murang'a Coffee Farmers Co-operative Union
P full Samuel Kariuki Gachanja
F number 9,000
> "The banks do not lend to a farmer with one acre. These apps came and filled that gap. Now the gap is back," he said.
Q direct Samuel Kariuki Gachanja :: "The banks do not lend to a farmer with one acre. These apps came and filled that gap. Now the gap is back,"
F quantity one acre
> Gachanja asked the Ministry of Agriculture and Livestock Development to revive the Coffee Cherry Advance Revolving Fund, which lent to co-operatives at 3 per cent a year before it ran out of money in 2034.
P partial Gachanja
O government Ministry of Agriculture and Livestock Development
F percent 3 per cent
F date 2034
> The Office of the Data Protection Commissioner is separately investigating complaints that Mavuno Kash's agents called borrowers' relatives and church leaders to demand repayment, a source at the office said.
O government Office of the Data Protection Commissioner
O company Mavuno Kash
> CBK said borrowers with disputes should first write to the lender and, if not satisfied within 14 days, contact the bank's Banking Supervision Department.
O government CBK
F duration 14 days
O government Banking Supervision Department
> Edited by Joseph Omondi
P full Joseph Omondi
'''

ARTICLES['503-bacau-court-jails-former-roman-mayor-eu-water-project-eppo-neamt-balkan-insight'] = r'''
> News
> Romanian Court Jails Former Roman Mayor in EU Water Project Fraud
L city Roman
O intergovernmental EU
> An appeals court in Bacău has sentenced the former mayor of the north-eastern city of Roman to five years and four months in prison for rigging a tender for an EU-funded water network, in a case brought by the European Public Prosecutor's Office.
L city Bacău
L city Roman
F duration five years
F duration four months
O intergovernmental EU
O intergovernmental European Public Prosecutor's Office
> Ilinca Moraru-Botez | Bucharest | BIRN
P full Ilinca Moraru-Botez
L city Bucharest
O media BIRN
> October 14, 2036 | 18:22
F date October 14, 2036
F time 18:22
> The Bacău Court of Appeal. Photo: EPA-EFE/ANDREI PĂUNESCU-VLAD
O government Bacău Court of Appeal
O media EPA-EFE
P full ANDREI PĂUNESCU-VLAD
> The Bacău Court of Appeal on Tuesday upheld the conviction of Cezar Tudose-Apetrei, mayor of Roman from 2028 until his arrest in 2034, and increased his sentence from four years to five years and four months in a final ruling.
O government Bacău Court of Appeal
P full Cezar Tudose-Apetrei
L city Roman
F date 2028
F date 2034
F duration four years
F duration five years
F duration four months
> Two businessmen, Sorin Mâțu and Adrian-Ionuț Stamate, received suspended sentences of three years each, and the court ordered the three men and the construction company Hidro Moldova Construct SRL to pay back 187.6 million lei, about €37.7 million, to the state.
F number Two
P full Sorin Mâțu
P full Adrian-Ionuț Stamate
F duration three years
F number three
O company Hidro Moldova Construct SRL
F money 187.6 million lei
F money €37.7 million
> The case began in 2033, when the European Anti-Fraud Office, OLAF, flagged irregularities in a €41.2 million project to extend drinking water and sewerage networks in Roman and 11 surrounding communes, financed mostly by the EU's Cohesion Fund.
F date 2033
O intergovernmental European Anti-Fraud Office
O intergovernmental OLAF
F money €41.2 million
L city Roman
F number 11
O intergovernmental EU
> According to the European Public Prosecutor's Office, EPPO, the former mayor and the two businessmen agreed in 2030 that Hidro Moldova Construct would win the main works contract, worth 158 million lei, in exchange for a so-called “consultancy” fee of 4.1 million lei paid through a firm registered to Stamate's sister-in-law in Piatra Neamț.
O intergovernmental European Public Prosecutor's Office
O intergovernmental EPPO
F number two
F date 2030
O company Hidro Moldova Construct
F money 158 million lei
Q scare - :: “consultancy”
F money 4.1 million lei
P partial Stamate
L city Piatra Neamț
> “The tender documentation was written so that only one company in Romania could meet the technical requirements,” EPPO said in a statement after the verdict. “Competitors were excluded before they could submit an offer.”
Q direct European Public Prosecutor's Office :: “The tender documentation was written so that only one company in Romania could meet the technical requirements,”
F number one
L country Romania
O intergovernmental EPPO
Q direct European Public Prosecutor's Office :: “Competitors were excluded before they could submit an offer.”
> Prosecutors say the network, due to be completed in 2033, remains unfinished. Around 14,000 households in and around Roman are still not connected to sewerage, and the European Commission has asked Romania to return €9.8 million of the funding.
F date 2033
F number 14,000
L city Roman
O intergovernmental European Commission
L country Romania
F money €9.8 million
> Tudose-Apetrei, 58, who ran the city for the National Liberal Party, PNL, has denied wrongdoing throughout. He did not attend Tuesday's hearing.
P partial Tudose-Apetrei
F age 58
O party National Liberal Party
O party PNL
> His lawyer, Roxana Ghiorghiu-Lazăr, told BIRN her client would take the case to the European Court of Human Rights, arguing that the evidence rested on “intercepted conversations that were never properly authorised”.
P full Roxana Ghiorghiu-Lazăr
O media BIRN
O intergovernmental European Court of Human Rights
Q direct Roxana Ghiorghiu-Lazăr :: “intercepted conversations that were never properly authorised”
> “My client never received a single leu from anyone. He signed documents that his specialists put in front of him, as every mayor in this country does,” she said.
Q direct Roxana Ghiorghiu-Lazăr :: “My client never received a single leu from anyone. He signed documents that his specialists put in front of him, as every mayor in this country does,”
> The case is one of the largest brought by EPPO's office in Bucharest, which has handled more than 600 investigations involving EU money since the European body began operating in 2021.
O intergovernmental EPPO
L city Bucharest
F number 600
O intergovernmental EU
F date 2021
> Romania has consistently been among the countries with the most EPPO investigations, most of them involving farm subsidies and infrastructure projects. In its annual report for 2035, the office put the estimated damage in Romanian cases at €1.9 billion.
L country Romania
O intergovernmental EPPO
F date 2035
F money €1.9 billion
> Roman, a city of about 50,000 people where the Moldova river flows into the Siret, has waited for a modern sewerage network since the 1990s.
L city Roman
F number 50,000
L geo Moldova
L geo Siret
F date 1990s
> “We were promised the pipes in 2031, then in 2033. On our street we still pay for the septic tank to be emptied every month,” said Elena Cozma, 71, who lives on Ștefan cel Mare Street.
Q direct Elena Cozma :: “We were promised the pipes in 2031, then in 2033. On our street we still pay for the septic tank to be emptied every month,”
F date 2031
F date 2033
P full Elena Cozma
F age 71
L street Ștefan cel Mare Street
> Neamț County Council said in September that it would apply for new EU funding to complete the works by 2038.
O government Neamț County Council
O intergovernmental EU
F date 2038
'''

ARTICLES['504-lower-elwha-klallam-wdfw-first-elwha-coho-fishery-since-dam-removal-peninsula-daily-news'] = r'''
> News
> Tribe, state agree on first Elwha coho fishery since dams came down
L geo Elwha
> Lower Elwha Klallam Tribe to net river for 10 days; anglers get four weekends
O government Lower Elwha Klallam Tribe
F duration 10 days
F number four
> By Kaitlyn Marsh-Halvorsen Peninsula Daily News
P full Kaitlyn Marsh-Halvorsen
O media Peninsula Daily News
> Tuesday, September 20, 2039 1:30am
F date September 20, 2039
F time 1:30am
> Lower Elwha Klallam Tribe fisheries technician Darnell Sampson-Charles checks a coho salmon near the mouth of the Elwha River west of Port Angeles on Friday. (Luis Echeverría-Hunt/Peninsula Daily News)
O government Lower Elwha Klallam Tribe
P full Darnell Sampson-Charles
L geo Elwha River
L city Port Angeles
P full Luis Echeverría-Hunt
O media Peninsula Daily News
> PORT ANGELES — For the first time since two dams were torn down, the Lower Elwha Klallam Tribe will fish the Elwha River for coho salmon this fall, and sport anglers will be allowed to keep hatchery coho on the lower river.
L city PORT ANGELES
F number two
O government Lower Elwha Klallam Tribe
L geo Elwha River
> The tribe and the state Department of Fish and Wildlife announced the agreement Monday after sonar counts showed about 11,800 adult coho had entered the river by Sept. 18, the largest return recorded since the Elwha Dam and the Glines Canyon Dam were removed between 2011 and 2014.
O government Department of Fish and Wildlife
F number 11,800
F date Sept. 18
L facility Elwha Dam
L facility Glines Canyon Dam
F date 2011
F date 2014
> Tribal members will fish with set nets from Sept. 26 through Oct. 5 below the Highway 101 bridge. A sport fishery for hatchery coho, marked by a clipped adipose fin, will open on the next four weekends from the river mouth to the bridge, with a daily limit of two fish.
F date Sept. 26
F date Oct. 5
L street Highway 101
F number four
F number two
> “This river fed our people for thousands of years. For most of my life we could only stand on the bank and watch it,” said Tribal Chairman Raymond Hillaire Jr., 67. “My grandchildren are going to fish where my grandfather fished. That is what the dams took, and that is what is coming back.”
Q direct Raymond Hillaire Jr. :: “This river fed our people for thousands of years. For most of my life we could only stand on the bank and watch it,”
P full Raymond Hillaire Jr.
F age 67
Q direct Raymond Hillaire Jr. :: “My grandchildren are going to fish where my grandfather fished. That is what the dams took, and that is what is coming back.”
> The Elwha once supported all five species of salmon native to the Pacific Northwest, as well as steelhead, but the dams, built in 1913 and 1927, blocked fish from more than 70 miles of habitat, most of it in what is now Olympic National Park.
L geo Elwha
F number five
L region Pacific Northwest
F date 1913
F date 1927
F quantity 70 miles
L geo Olympic National Park
> Coho have come back faster than biologists expected. Fewer than 2,000 returned in 2016, according to the tribe, and the river has been closed to fishing since 2011 to protect the recovering runs.
F number 2,000
F date 2016
F date 2011
> Under the 1855 Treaty of Point No Point, the Klallam reserved the right to take fish at “usual and accustomed grounds and stations,” a right federal courts upheld in the 1974 Boldt decision, which allocated treaty tribes half of the harvestable salmon in western Washington.
F date 1855
Q direct - :: “usual and accustomed grounds and stations,”
F date 1974
F fraction half
L region Washington
> Matthew Beckett, the tribe’s fisheries manager, said the tribal harvest would be capped at 1,500 fish, with much of the catch going to elders and to the tribe’s First Salmon Ceremony on Sept. 25.
P full Matthew Beckett
F number 1,500
F date Sept. 25
> “We are not opening this to make money. We are opening it because a fishery that never happens is a fishery that gets forgotten,” Beckett said. He said the tribe would count every fish landed and would close the fishery early if the sonar count fell below 9,000.
Q direct Matthew Beckett :: “We are not opening this to make money. We are opening it because a fishery that never happens is a fishery that gets forgotten,”
P partial Beckett
F number 9,000
> The Department of Fish and Wildlife’s regional director for the coast, Priya Natarajan-Cole, said the sport season was deliberately short. “We’d rather open conservatively and add days than have to slam the door after one weekend,” she said.
O government Department of Fish and Wildlife
P full Priya Natarajan-Cole
Q direct Priya Natarajan-Cole :: “We’d rather open conservatively and add days than have to slam the door after one weekend,”
F number one
> Anglers must carry a catch record card and release any wild coho, which have an intact adipose fin. Fishing from the riverbank inside Olympic National Park remains closed.
L geo Olympic National Park
> Sport anglers welcomed the news. “I’ve lived in Joyce for 40 years and I’ve never been allowed to take a fish out of the Elwha,” said Gary Lindqvist, 72, who runs a bait and tackle shop on state Highway 112. “People will drive up from Sequim and Forks just to say they did it.”
Q direct Gary Lindqvist :: “I’ve lived in Joyce for 40 years and I’ve never been allowed to take a fish out of the Elwha,”
L city Joyce
F duration 40 years
L geo Elwha
P full Gary Lindqvist
F age 72
L street Highway 112
Q direct Gary Lindqvist :: “People will drive up from Sequim and Forks just to say they did it.”
L city Sequim
L city Forks
> Not everyone on the river was celebrating. A tribal fisherman, who asked that his name not be used because he is not authorized to speak for the tribe, said some families felt the sport season was “too much, too soon.”
Q direct - :: “too much, too soon.”
> “The fish came back because the river was left alone. I’d like to see them left alone a little longer,” he said.
Q direct - :: “The fish came back because the river was left alone. I’d like to see them left alone a little longer,”
> The Point No Point Treaty Council, which manages fisheries for the Jamestown S’Klallam and Port Gamble S’Klallam tribes, said it supported the agreement and would watch coho returns to the Dungeness River closely.
O government Point No Point Treaty Council
O government Jamestown S’Klallam
O government Port Gamble S’Klallam
L geo Dungeness River
> Harvest numbers will be posted weekly on the department’s website, Beckett said.
P partial Beckett
> Reporter Kaitlyn Marsh-Halvorsen can be reached at 360-555-0187, ext. 56650, or at kmarshhalvorsen@peninsuladailynews.com.
P full Kaitlyn Marsh-Halvorsen
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
