#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval158 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval158/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['991-mumbai-monorail-breakdown-chembur-passengers-stranded-mmrda-times-of-india'] = r'''
> Mumbai News
L city Mumbai
> Monorail Stalls Mid-Air Near Bhakti Park, 580 Stranded For Over Three Hours
L facility Bhakti Park
F number 580
F duration Three Hours
> MMRDA orders probe; corporators demand Rs 50 crore plan for emergency walkways
O government MMRDA
F money Rs 50 crore
> Rohan Deshpande / TNN / Updated: Mar 12, 2039, 06:14 IST
P full Rohan Deshpande
O media TNN
F date Mar 12, 2039
F time 06:14 IST
> Fire brigade personnel help passengers down from the stalled monorail near Bhakti Park on Tuesday night. (TOI photo by Tejas Bhandigare)
L facility Bhakti Park
O media TOI
P full Tejas Bhandigare
> MUMBAI: Nearly 580 passengers were stranded for more than three hours on Tuesday evening after a monorail rake lost power on the elevated track between Mysore Colony and Bhakti Park stations in Chembur, forcing the fire brigade to bring them down on hydraulic ladders.
L city MUMBAI
F number 580
F duration three hours
L facility Mysore Colony
L facility Bhakti Park
L city Chembur
> The rake, running from Chembur to Sant Gadge Maharaj Chowk, came to a halt at 6.42pm about 400 metres short of Bhakti Park. The air-conditioning shut down within minutes and the passengers, among them senior citizens and at least 40 schoolchildren, sat in the dark until the last of them was brought down at 10.05pm.
L city Chembur
L facility Sant Gadge Maharaj Chowk
F time 6.42pm
F quantity 400 metres
L facility Bhakti Park
F number 40
F time 10.05pm
> "It was like being locked in an oven. There was no announcement for almost an hour and the children were crying," said Farzana Shaikh-Merchant, 34, a teacher from Wadala who was travelling with her seven-year-old son.
Q direct Farzana Shaikh-Merchant :: "It was like being locked in an oven. There was no announcement for almost an hour and the children were crying,"
P full Farzana Shaikh-Merchant
F age 34
L city Wadala
F age seven-year-old
> The Mumbai Metropolitan Region Development Authority (MMRDA), which runs the 19.5km corridor, said a collector-shoe failure had tripped the traction supply. MMRDA metropolitan commissioner Dr Vikrant Salunkhe has ordered an inquiry and asked for a report within seven days.
O government Mumbai Metropolitan Region Development Authority
O government MMRDA
F quantity 19.5km
O government MMRDA
P full Vikrant Salunkhe
F duration seven days
> "Our first priority was the safety of passengers. Bringing people down from a beam 15 metres above the road is not simple, and we did not want to take any chances," Salunkhe said. He added that the rake, one of the 10 inducted in 2037, had last been serviced on March 2.
Q direct Vikrant Salunkhe :: "Our first priority was the safety of passengers. Bringing people down from a beam 15 metres above the road is not simple, and we did not want to take any chances,"
F quantity 15 metres
P partial Salunkhe
F number 10
F date 2037
F date March 2
> At Wednesday's meeting of the BMC's standing committee, corporators across parties tore into the agency. Chembur corporator Anjali Rane-D'Souza said the line had broken down "at least a dozen times" since January. "Every time, MMRDA says 'technical glitch' and moves on. People in Chembur and Wadala have no other option," she said.
O government BMC
L city Chembur
P full Anjali Rane-D'Souza
F number dozen
Q direct Anjali Rane-D'Souza :: "at least a dozen times"
Q direct Anjali Rane-D'Souza :: "Every time, MMRDA says 'technical glitch' and moves on. People in Chembur and Wadala have no other option,"
O government MMRDA
L city Chembur
L city Wadala
> Corporator Mohammed Irfan Qazi wanted MMRDA to prepare a Rs 50 crore plan for emergency walkways along the beam and to set aside Rs 8.5 crore for new rescue equipment. "If the metro lines can have walkways, why not the monorail?" he asked.
P full Mohammed Irfan Qazi
O government MMRDA
F money Rs 50 crore
F money Rs 8.5 crore
Q direct Mohammed Irfan Qazi :: "If the metro lines can have walkways, why not the monorail?"
> The monorail, once billed as the city's "sky bus", carries about 1.1 lakh passengers a day, officials said, well short of the 2.5 lakh projected when its second phase opened. Fares range from Rs 10 to Rs 40.
Q scare - :: "sky bus"
F number 1.1 lakh
F number 2.5 lakh
F money Rs 10
F money Rs 40
> Chief fire officer Sunil Gawande of the Mumbai Fire Brigade said eight fire engines and three 55-metre turntable ladders were used. "We brought down 580 people in batches of 20. Nobody was injured, but two elderly women were taken to Rajawadi Hospital for observation," he said.
P full Sunil Gawande
O government Mumbai Fire Brigade
F number eight
F number three
F quantity 55-metre
Q direct Sunil Gawande :: "We brought down 580 people in batches of 20. Nobody was injured, but two elderly women were taken to Rajawadi Hospital for observation,"
F number 580
F number 20
F number two
O other Rajawadi Hospital
> An MMRDA official, who did not wish to be named, said the agency had asked the manufacturer to fly in engineers from Hyderabad within 48 hours. "The spare parts are not available locally, so the wait is long," the official said.
O government MMRDA
L city Hyderabad
F duration 48 hours
Q direct - :: "The spare parts are not available locally, so the wait is long,"
> Services between Chembur and Wadala resumed at 7am on Wednesday, with trains running every 18 minutes instead of 12.
L city Chembur
L city Wadala
F time 7am
F duration 18 minutes
F duration 12
'''

ARTICLES['992-arganil-wildfire-coimbra-villages-evacuated-gnr-civil-protection-euronews'] = r'''
> Europe
L continent Europe
> More than 1,400 firefighters battle wildfire in central Portugal as villages are evacuated
F number 1,400
L country Portugal
> The blaze, which broke out on Monday in the hills of Arganil, has burned some 9,800 hectares. The government says €25 million in emergency aid will be released.
L city Arganil
F quantity 9,800 hectares
F money €25 million
> By Inês Carvalhal Moura with Lusa
P full Inês Carvalhal Moura
O media Lusa
> Published on 14/08/2039 - 11:32 GMT+2 • Updated 15:47
F date 14/08/2039
F time 11:32 GMT+2
F time 15:47
> Firefighters try to keep the flames away from houses in Monte Frio, in the municipality of Arganil, on Tuesday. - Copyright AP Photo/Rui Teixeira Bastos
L city Monte Frio
L city Arganil
O media AP
P full Rui Teixeira Bastos
> A wildfire that broke out in the hills of Arganil, in central Portugal's Coimbra district, on Monday afternoon had burned about 9,800 hectares by Wednesday morning, forcing the evacuation of at least 11 villages and the closure of two regional roads, according to Portugal's civil protection authority.
L city Arganil
L country Portugal
L region Coimbra
F quantity 9,800 hectares
F number 11
F number two
L country Portugal
> More than 1,400 firefighters, backed by 430 vehicles and 14 water-bombing aircraft, were on the ground, the National Authority for Emergency and Civil Protection (ANEPC) said in its 9am update. Two fronts remained active, one of them "very intense" near the neighbouring municipality of Góis.
F number 1,400
F number 430
F number 14
O government National Authority for Emergency and Civil Protection
O government ANEPC
F time 9am
F number Two
Q direct National Authority for Emergency and Civil Protection :: "very intense"
L city Góis
> ANEPC commander André Figueiredo Lobo told reporters in Arganil that gusts of up to 60 km/h and temperatures above 40C had made the night "extremely difficult". "The fire jumped the Alva river twice. We have the means, but it is the wind that decides where this fire goes," he said.
O government ANEPC
P full André Figueiredo Lobo
L city Arganil
F quantity 60 km/h
F quantity 40C
Q direct André Figueiredo Lobo :: "extremely difficult"
Q direct André Figueiredo Lobo :: "The fire jumped the Alva river twice. We have the means, but it is the wind that decides where this fire goes,"
L geo Alva
> Figueiredo Lobo said the fire had started at about 3:20pm on Monday in a eucalyptus plantation near the village of Pardieiros and that its cause was still unknown.
P partial Figueiredo Lobo
F time 3:20pm
L city Pardieiros
> The Republican National Guard (GNR) said it had taken 620 people from their homes, most of them elderly, and that 85 were spending a second night in a sports hall in Arganil. A GNR spokesperson said one man, 71, had been detained on suspicion of starting a separate fire in Góis, some 15 kilometres away.
O government Republican National Guard
O government GNR
F number 620
F number 85
L city Arganil
O government GNR
F number one
F age 71
L city Góis
F quantity 15 kilometres
> "I have lived here for 80 years and I have never seen the sky this colour," said Maria da Conceição Bandeira, 83, who was taken from Monte Frio by a GNR patrol on Tuesday night.
Q direct Maria da Conceição Bandeira :: "I have lived here for 80 years and I have never seen the sky this colour,"
F duration 80 years
P full Maria da Conceição Bandeira
F age 83
L city Monte Frio
O government GNR
> "They told us to bring only our medicines. My goats are still up there."
Q direct Maria da Conceição Bandeira :: "They told us to bring only our medicines. My goats are still up there."
> Internal Administration Minister Beatriz Sá Couto, who visited the command post in Arganil on Wednesday, said every family that had lost a house "will be helped, without bureaucracy". "No one will be left alone," Sá Couto said.
P full Beatriz Sá Couto
L city Arganil
Q direct Beatriz Sá Couto :: "will be helped, without bureaucracy"
Q direct Beatriz Sá Couto :: "No one will be left alone,"
P partial Sá Couto
> Portugal has one of the highest wildfire rates in southern Europe. In 2017, more than 100 people were killed in fires, 66 of them in Pedrógão Grande, about 40 kilometres south of Arganil.
L country Portugal
L continent Europe
F date 2017
F number 100
F number 66
L city Pedrógão Grande
F quantity 40 kilometres
L city Arganil
> So far this year, fires have burned 41,300 hectares in Portugal, 38% more than the average of the previous ten years, according to provisional data from the Institute for Nature Conservation and Forests (ICNF).
F quantity 41,300 hectares
L country Portugal
F percent 38%
F duration ten years
O government Institute for Nature Conservation and Forests
O government ICNF
> Spain sent two firefighting planes on Tuesday evening at Lisbon's request, the European Commission said. The weather service IPMA kept nine districts under a red warning until 11:59pm on Thursday, with no rain forecast before 20 August.
L country Spain
F number two
L city Lisbon
O intergovernmental European Commission
O government IPMA
F number nine
F time 11:59pm
F date 20 August
'''

ARTICLES['993-wests-tigers-dolphins-24-20-faleolo-double-campbelltown-nrl-match-report'] = r'''
> NRL
O other NRL
> Faleolo double sinks Dolphins as Tigers hold on in Campbelltown
P partial Faleolo
O team Dolphins
O team Tigers
L city Campbelltown
> Winger Sione Faleolo scored two tries and Jack O'Halloran-Reece kicked four goals as Wests Tigers survived a late fightback to beat the Dolphins 24-20.
P full Sione Faleolo
F number two
P full Jack O'Halloran-Reece
F number four
O team Wests Tigers
O team Dolphins
F score 24-20
> By Jesse Pankhurst
P full Jesse Pankhurst
> Sat 16 Mar 2040, 08:51 PM
F date 16 Mar 2040
F time 08:51 PM
> Sione Faleolo scores his second try at Campbelltown Sports Stadium. ©Brett Aldous/NRL Photos
P full Sione Faleolo
L facility Campbelltown Sports Stadium
P full Brett Aldous
O media NRL Photos
> Wests Tigers survived a late Dolphins comeback to win 24-20 at Campbelltown Sports Stadium on Saturday night, with winger Sione Faleolo scoring twice and five-eighth Jack O'Halloran-Reece landing four goals from six attempts.
O team Wests Tigers
O team Dolphins
F score 24-20
L facility Campbelltown Sports Stadium
P full Sione Faleolo
P full Jack O'Halloran-Reece
F number four
F number six
> The Tigers led 18-6 at halftime and looked home when centre Mitchell Vea crossed in the 52nd minute to make it 24-6, but the visitors piled on 14 points in 13 minutes to set up a nervous finish in front of 17,842 fans.
O team Tigers
F score 18-6
P full Mitchell Vea
F score 24-6
F number 14
F duration 13 minutes
F number 17,842
> Dolphins fullback Kaea Te Huia-Marsh went over on 61 minutes and hooker Brayden St. John followed four minutes later. When Isaia Lemalu scored in the corner with six minutes left, Redcliffe were within four.
O team Dolphins
P full Kaea Te Huia-Marsh
F duration 61 minutes
P full Brayden St. John
F duration four minutes
P full Isaia Lemalu
F duration six minutes
O team Redcliffe
F number four
> Sam Kuiper missed the conversion from the touchline, and the Tigers defended their own line through two sets in the final 90 seconds to hold on.
P full Sam Kuiper
O team Tigers
F number two
F duration 90 seconds
> O'Halloran-Reece had kicked two penalty goals in the first half, the first after 14 minutes when Dolphins prop Tevita Fonua-Laing was penalised for a high shot, the second from 35 metres out on the stroke of halftime.
P partial O'Halloran-Reece
F number two
F duration 14 minutes
O team Dolphins
P full Tevita Fonua-Laing
F quantity 35 metres
> Faleolo, 22, opened the scoring in the ninth minute, stepping inside two defenders from 20 metres out, and grabbed his second off a cut-out pass from O'Halloran-Reece in the 27th minute. Jahream Solomona added a third try before the break.
P partial Faleolo
F age 22
F number two
F quantity 20 metres
P partial O'Halloran-Reece
P full Jahream Solomona
> The Dolphins' only first-half points came in the 33rd minute, when Ryan Tuimavave bumped off two tacklers to score from a scrum win and Kuiper converted from in front.
O team Dolphins
P full Ryan Tuimavave
F number two
P partial Kuiper
> "We made it hard for ourselves. At 24-6 you should be shutting the game down, not throwing the ball around," Tigers coach Luke Makepeace said.
Q direct Luke Makepeace :: "We made it hard for ourselves. At 24-6 you should be shutting the game down, not throwing the ball around,"
F score 24-6
O team Tigers
P full Luke Makepeace
> "But I'm proud of how we defended those last two sets," he said. "Macca [O'Halloran-Reece] was outstanding. He's been waiting for a night like this since he came down from Orange."
Q direct Luke Makepeace :: "But I'm proud of how we defended those last two sets,"
F number two
Q direct Luke Makepeace :: "Macca [O'Halloran-Reece] was outstanding. He's been waiting for a night like this since he came down from Orange."
P partial Macca
P partial O'Halloran-Reece
L city Orange
> Dolphins coach Pita Havili-Grant said his side had handed the Tigers "a 12-point head start" with errors. "Nine errors in the first half. You can't beat anyone in this competition like that," he said.
O team Dolphins
P full Pita Havili-Grant
O team Tigers
Q direct Pita Havili-Grant :: "a 12-point head start"
F number 12
Q direct Pita Havili-Grant :: "Nine errors in the first half. You can't beat anyone in this competition like that,"
F number Nine
> The win lifts Wests Tigers to sixth on the ladder with four wins from six games, while the Dolphins drop to 11th. The Tigers host Penrith next Friday at 8pm.
O team Wests Tigers
F number four
F number six
O team Dolphins
O team Tigers
O team Penrith
F time 8pm
> WESTS TIGERS 24 (S Faleolo 2, J Solomona, M Vea tries; J O'Halloran-Reece 4 goals) def. DOLPHINS 20 (R Tuimavave, K Te Huia-Marsh, B St. John, I Lemalu tries; S Kuiper 2 goals)
O team WESTS TIGERS
F score 24
P full S Faleolo
F number 2
P full J Solomona
P full M Vea
P full J O'Halloran-Reece
F number 4
O team DOLPHINS
F score 20
P full R Tuimavave
P full K Te Huia-Marsh
P full B St. John
P full I Lemalu
P full S Kuiper
F number 2
> Halftime: Wests Tigers 18-6. Referee: Owen Gallacher. Crowd: 17,842.
O team Wests Tigers
F score 18-6
P full Owen Gallacher
F number 17,842
'''

ARTICLES['994-cebu-city-council-jeepney-routes-ordinance-fares-ltfrb-rappler'] = r'''
> Visayas
L region Visayas
> Cebu City council redraws 12 jeepney routes, sets ₱15 minimum fare
L city Cebu City
F number 12
F money ₱15
> The ordinance still needs the approval of the LTFRB, and drivers’ groups say it could push hundreds of old jeepneys off the road
O government LTFRB
> Kristel Anne Dumaguing
P full Kristel Anne Dumaguing
> Mar 21, 2040 4:15 PM PHT
F date Mar 21, 2040
F time 4:15 PM PHT
> ROUTES. Jeepneys wait for passengers along Colon Street in downtown Cebu City on March 20, 2040. Photo by Kristel Anne Dumaguing/Rappler
L street Colon Street
L city Cebu City
F date March 20, 2040
P full Kristel Anne Dumaguing
O media Rappler
> CEBU CITY, Philippines – The Cebu City Council on Wednesday, March 20, approved an ordinance that redraws 12 jeepney routes and sets a minimum fare of ₱15 for the first 4 kilometers, in what councilors called the biggest overhaul of the city’s public transport in two decades.
L city CEBU CITY
L country Philippines
O government Cebu City Council
F date March 20
F number 12
F money ₱15
F quantity 4 kilometers
F duration two decades
> The measure, authored by Councilor Maria Lourdes dela Cerna-Abellanosa, passed 11-3 with two abstentions after a three-hour debate. It still needs the approval of the Land Transportation Franchising and Regulatory Board (LTFRB) in Central Visayas, which grants the franchises.
P full Maria Lourdes dela Cerna-Abellanosa
F number 11-3
F number two
F duration three-hour
O government Land Transportation Franchising and Regulatory Board
O government LTFRB
L region Central Visayas
> “Our commuters wait 40 minutes for a jeepney in Talamban while 30 of them fight for passengers on Colon. That is not a system, that is chaos,” dela Cerna-Abellanosa said during the session.
Q direct Maria Lourdes dela Cerna-Abellanosa :: “Our commuters wait 40 minutes for a jeepney in Talamban while 30 of them fight for passengers on Colon. That is not a system, that is chaos,”
F duration 40 minutes
L city Talamban
F number 30
L street Colon
P partial dela Cerna-Abellanosa
> Under the ordinance, routes 04L and 17B will be merged, and three new routes will link the South Road Properties (SRP) with Barangay Guadalupe and the IT Park in Lahug. Jeepneys older than 15 years will be barred from the new routes after June 30, 2041.
F number three
L facility South Road Properties
L facility SRP
L city Barangay Guadalupe
L facility IT Park
L city Lahug
F duration 15 years
F date June 30, 2041
> Councilor Joselito Paras Ybañez, known to drivers as “Kuya Jojo,” voted against the measure. He said it would “kill the livelihood” of about 2,400 drivers who cannot afford the modern units, which cost around ₱2.8 million each.
P full Joselito Paras Ybañez
Q scare - :: “Kuya Jojo,”
P partial Jojo
Q direct Joselito Paras Ybañez :: “kill the livelihood”
F number 2,400
F money ₱2.8 million
> “Wala mi kwarta para sa bag-ong jeep. Asa man mi padulong?” said Rogelio Cañete, 58, who has driven the Carbon–Talamban route for 31 years. (We don’t have money for a new jeep. Where will we go?)
Q direct Rogelio Cañete :: “Wala mi kwarta para sa bag-ong jeep. Asa man mi padulong?”
P full Rogelio Cañete
F age 58
L facility Carbon
L city Talamban
F duration 31 years
> The LTFRB’s regional office said in a statement that it would review the ordinance “within 30 working days” and hold public hearings with transport groups before issuing any new franchise.
O government LTFRB
Q direct Land Transportation Franchising and Regulatory Board :: “within 30 working days”
F duration 30 working days
> Cebu City Mayor Ferdinand Alcantara-Go is expected to sign the ordinance next week. His office said 1,150 of the city’s 3,600 franchised jeepneys already meet the new standards.
L city Cebu City
P full Ferdinand Alcantara-Go
F number 1,150
F number 3,600
> An official of the City Transportation Office, who asked not to be named because the ordinance has not been signed, said fines would start at ₱1,000 and rise to ₱5,000 for a third offense. “We will give them a transition period. Nobody will be apprehended on day one,” the official said.
O government City Transportation Office
F money ₱1,000
F money ₱5,000
Q direct - :: “We will give them a transition period. Nobody will be apprehended on day one,”
> A 2039 study by the University of San Carlos found that jeepneys carry 61% of commuters in Metro Cebu and that average trip times grew 18% between 2035 and 2039.
F date 2039
O education University of San Carlos
F percent 61%
L region Metro Cebu
F percent 18%
F date 2035
F date 2039
> The ordinance also orders the city to build 25 covered loading bays, at ₱1.2 million each, by the end of 2040. – Rappler.com
F number 25
F money ₱1.2 million
F date 2040
O media Rappler.com
'''

ARTICLES['995-santry-apartments-refused-an-coimisiun-pleanala-ardcarn-dublin-irish-times'] = r'''
> Housing & Planning
> Planning body refuses 412-apartment scheme in Santry over height and traffic
F number 412
L city Santry
> Developer Ardcarn Living says decision puts €185m investment at risk as local councillors welcome ruling
O company Ardcarn Living
F money €185m
> Ciarán Mac Aoidh
P full Ciarán Mac Aoidh
> Tue Mar 13 2040 - 18:45
F date Mar 13 2040
F time 18:45
> The site on Santry Avenue, where 412 apartments in six blocks had been proposed. Photograph: Dara Ní Loingsigh
L street Santry Avenue
F number 412
F number six
P full Dara Ní Loingsigh
> An Coimisiún Pleanála, the planning body formerly known as An Bord Pleanála, has refused permission for 412 apartments on a former industrial site in Santry, north Dublin, ruling that the scheme would be “visually overbearing” and would add to congestion on Santry Avenue.
O government An Coimisiún Pleanála
O government An Bord Pleanála
F number 412
L city Santry
L city Dublin
Q direct An Coimisiún Pleanála :: “visually overbearing”
L street Santry Avenue
> The developer, Ardcarn Living, had sought permission for six blocks of between five and 14 storeys, with 38 per cent of the units as one-bedroom apartments, along with a creche and 240 car parking spaces. It had valued the project at €185 million.
O company Ardcarn Living
F number six
F number five
F number 14
F percent 38 per cent
F number one
F number 240
F money €185 million
> In its decision, dated March 9th, the commission said the tallest block would “dominate” the two-storey homes on Lorcan Avenue and that the applicant had not shown that local roads could take the extra traffic.
F date March 9th
Q direct An Coimisiún Pleanála :: “dominate”
F number two
L street Lorcan Avenue
> Dublin City Council had granted permission in August 2039, subject to 31 conditions, but the decision was appealed by 14 parties, including two residents’ associations and a local councillor, Niamh Ó Floinn.
O government Dublin City Council
F date August 2039
F number 31
F number 14
F number two
P full Niamh Ó Floinn
> “We need homes in this part of Dublin, and we need them badly. But people here were asked to accept 14 storeys beside two-storey houses, with a single entrance onto a road that is already at a standstill at 8am.
Q direct Niamh Ó Floinn :: “We need homes in this part of Dublin, and we need them badly. But people here were asked to accept 14 storeys beside two-storey houses, with a single entrance onto a road that is already at a standstill at 8am.
L city Dublin
F number 14
F number two
F time 8am
> “This decision is not a victory against housing. It is a message that density has to come with buses, schools and GP surgeries,” Cllr Ó Floinn said.
Q direct Niamh Ó Floinn :: “This decision is not a victory against housing. It is a message that density has to come with buses, schools and GP surgeries,”
P partial Ó Floinn
> Residents of the 1930s cottages on the other side of Lorcan Avenue had also objected, saying the blocks would take most of the evening sunlight from their back gardens.
F date 1930s
L street Lorcan Avenue
> Ardcarn Living said it was “deeply disappointed” and would consider its options, including a judicial review in the High Court. Its managing director, Conor Whelan-Tighe, said the refusal sent “the wrong signal” at a time when Dublin needed at least 50,000 new homes a year.
O company Ardcarn Living
Q direct Ardcarn Living :: “deeply disappointed”
O government High Court
P full Conor Whelan-Tighe
Q direct Conor Whelan-Tighe :: “the wrong signal”
L city Dublin
F number 50,000
> “We spent three years and €2.3 million on design and consultation,” Mr Whelan-Tighe said. “If a scheme like this cannot get through, I don’t know what can.”
Q direct Conor Whelan-Tighe :: “We spent three years and €2.3 million on design and consultation,”
F duration three years
F money €2.3 million
P partial Whelan-Tighe
Q direct Conor Whelan-Tighe :: “If a scheme like this cannot get through, I don’t know what can.”
> The Swords-based company has built about 1,900 homes in Fingal and Meath since 2031, most of them in schemes of fewer than 200 units.
L city Swords
F number 1,900
L region Fingal
L region Meath
F date 2031
F number 200
> Fianna Fáil councillor Séamus Kinsella, who did not appeal, said he expected the site to be “back before us within a year” with a smaller plan. “Nobody in Santry wants that site to sit empty for another decade,” he said.
P full Séamus Kinsella
Q direct Séamus Kinsella :: “back before us within a year”
Q direct Séamus Kinsella :: “Nobody in Santry wants that site to sit empty for another decade,”
L city Santry
> The commission refused 23 per cent of the large residential schemes it decided last year, according to its annual report, up from 17 per cent in 2038. The Department of Housing said it did not comment on individual planning decisions.
F percent 23 per cent
F percent 17 per cent
F date 2038
O government Department of Housing
'''

ARTICLES['996-garment-export-earnings-july-september-bgmea-epb-gas-shortage-financial-express-bangladesh'] = r'''
> Trade
> Garment exports rise 9.4% to $11.7b in July-September quarter
F percent 9.4%
F money $11.7b
> BGMEA warns of gas shortage and price pressure as 38 factories shut down
O nonprofit BGMEA
F number 38
> FE REPORT
O media FE
> Published: October 14, 2040 09:12:56
F date October 14, 2040
F time 09:12:56
> Workers sew shirts at a factory in Ashulia on the outskirts of Dhaka. -FE Photo
L city Ashulia
L city Dhaka
O media FE
> Bangladesh's readymade garment (RMG) exports rose 9.4 per cent year-on-year to US$11.72 billion in the first quarter (July-September) of the 2040-41 fiscal year, driven by higher knitwear shipments to the European Union, according to data released by the Export Promotion Bureau (EPB) on Sunday.
L country Bangladesh
F percent 9.4 per cent
F money US$11.72 billion
F date 2040-41
O intergovernmental European Union
O government Export Promotion Bureau
O government EPB
> In local currency, the earnings stood at around Tk 1.43 trillion, calculated at Tk 122 per dollar. Garments made up 84.6 per cent of the country's total merchandise exports of $13.85 billion in the quarter.
F money Tk 1.43 trillion
F money Tk 122
F percent 84.6 per cent
F money $13.85 billion
> Knitwear exports grew by 12.1 per cent to $6.24 billion, while woven garments rose by 6.3 per cent to $5.48 billion, the EPB data showed.
F percent 12.1 per cent
F money $6.24 billion
F percent 6.3 per cent
F money $5.48 billion
O government EPB
> Shipments to the EU, the largest single destination, increased by 11 per cent to $5.6 billion, while exports to the United States edged up 2.7 per cent to $2.1 billion. Non-traditional markets such as Japan, India and Australia together fetched $1.9 billion.
O intergovernmental EU
F percent 11 per cent
F money $5.6 billion
L country United States
F percent 2.7 per cent
F money $2.1 billion
L country Japan
L country India
L country Australia
F money $1.9 billion
> Bangladesh Garment Manufacturers and Exporters Association (BGMEA) President Md Tanvir Hossain Sikdar said the growth figures hid the pain of smaller factories. "Orders are coming, but prices are not. Buyers are paying 4 to 5 per cent less per piece than a year ago, while our costs have gone up by at least 15 per cent," he told The Financial Express on Sunday.
O nonprofit Bangladesh Garment Manufacturers and Exporters Association
O nonprofit BGMEA
P full Md Tanvir Hossain Sikdar
Q direct Md Tanvir Hossain Sikdar :: "Orders are coming, but prices are not. Buyers are paying 4 to 5 per cent less per piece than a year ago, while our costs have gone up by at least 15 per cent,"
F percent 4
F percent 5 per cent
F percent 15 per cent
O media The Financial Express
> Mr Sikdar said 38 member factories had closed between July and September, leaving nearly 21,000 workers jobless, most of them in Gazipur, Narayanganj and Chattogram.
P partial Sikdar
F number 38
F number 21,000
L city Gazipur
L city Narayanganj
L city Chattogram
> Gas pressure in the industrial belts of Gazipur and Savar has stayed at 2-3 PSI against the required 15 PSI for more than four months, he said, forcing factories to run diesel generators for up to 10 hours a day.
L city Gazipur
L city Savar
F quantity 2-3 PSI
F quantity 15 PSI
F duration four months
F duration 10 hours
> "We have written to Titas Gas six times since June. The answer is always 'next week'," he added.
Q direct Md Tanvir Hossain Sikdar :: "We have written to Titas Gas six times since June. The answer is always 'next week',"
O company Titas Gas
F number six
> A senior EPB official, preferring anonymity, called the July-September figures "encouraging" but warned that a stronger taka could hurt earnings in the coming months. "The second quarter is usually weaker because of the holiday season in Europe and America," the official said.
O government EPB
Q direct - :: "encouraging"
Q direct - :: "The second quarter is usually weaker because of the holiday season in Europe and America,"
L continent Europe
L country America
> None of the 38 factories that closed was among the country's 384 so-called "green factories" certified by the US Green Building Council (USGBC), according to BGMEA data.
F number 38
F number 384
Q scare - :: "green factories"
O nonprofit US Green Building Council
O nonprofit USGBC
O nonprofit BGMEA
> The minimum monthly wage for garment workers was raised to Tk 18,500 in December 2038. "Workers cannot live on Tk 18,500 when coarse rice costs Tk 78 a kg," said Rokeya Begum Shilpi, 41, general secretary of the Garment Workers' Rights Forum.
F money Tk 18,500
F date December 2038
Q direct Rokeya Begum Shilpi :: "Workers cannot live on Tk 18,500 when coarse rice costs Tk 78 a kg,"
F money Tk 18,500
F money Tk 78
P full Rokeya Begum Shilpi
F age 41
O nonprofit Garment Workers' Rights Forum
> The government has set an RMG export target of $49.5 billion for the 2040-41 fiscal year, up 8.0 per cent from last year's $45.8 billion.
F money $49.5 billion
F date 2040-41
F percent 8.0 per cent
F money $45.8 billion
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
