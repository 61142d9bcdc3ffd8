#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval48 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval48/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['331-derry-donegal-ulster-sfc-semi-final-clones-o-gallchoir'] = r'''
> GAA Football
O other GAA
> Ó Gallchóir goal sends Derry into Ulster final at Donegal’s expense
P partial Ó Gallchóir
O team Derry
L region Ulster
O team Donegal
> Ulster SFC semi-final: Derry 1-17 Donegal 0-18
O team Derry
F score 1-17
O team Donegal
F score 0-18
> Seánie McGurk
P full Seánie McGurk
> 31 May, 2038 01:30
F date 31 May, 2038
F time 01:30
> Derry’s Odhrán Ó Gallchóir celebrates his goal against Donegal at St Tiernach’s Park, Clones. Picture by Sportsfile
O team Derry
P full Odhrán Ó Gallchóir
O team Donegal
L facility St Tiernach’s Park
L city Clones
O media Sportsfile
> ODHRÁN Ó Gallchóir came off the bench to score the only goal of the game as Derry reached a first Ulster final in three years, holding off a late Donegal rally in front of 21,460 at a sun-baked St Tiernach’s Park yesterday.
P full ODHRÁN Ó Gallchóir
O team Derry
L region Ulster
F duration three years
O team Donegal
F number 21,460
L facility St Tiernach’s Park
> The Glen clubman, sprung at half-time with his side trailing 0-9 to 0-7, struck in the 49th minute. Shea Cassidy’s long delivery broke off Dara Ó Fearraigh, and the 22-year-old substitute drilled a low shot past Caolán Ó Baoill from 14 metres.
O team Glen
F score 0-9
F score 0-7
P full Shea Cassidy
P full Dara Ó Fearraigh
F age 22-year-old
P full Caolán Ó Baoill
F quantity 14 metres
> It was the kind of score Derry had threatened all afternoon without producing. The Oak Leafers kicked eight wides in the opening half, and Donegal punished them on the counter, with Peadar Mac Ruairí landing three frees and Ryan Mac Suibhne a sweeping two-pointer off his left foot.
O team Derry
O team Oak Leafers
F number eight
O team Donegal
P full Peadar Mac Ruairí
F number three
P full Ryan Mac Suibhne
F number two
> The goal changed the mood at the Derry end of the ground. Conor Mullan-Heaney followed it with two two-pointers inside five minutes, and when Dónal McElhone pointed a free on 61 minutes the Oak Leafers led 1-15 to 0-12.
O team Derry
P full Conor Mullan-Heaney
F number two
F number two
F duration five minutes
P full Dónal McElhone
F duration 61 minutes
O team Oak Leafers
F score 1-15
F score 0-12
> The Tír Chonaill men refused to go quietly. They kicked six unanswered points, three of them from Mac Ruairí, who finished with 0-6, and substitute Cian Sweeney’s effort from the right wing in the 71st minute brought the sides level at 1-15 to 0-18.
O team Tír Chonaill
F number six
F number three
P partial Mac Ruairí
F score 0-6
P full Cian Sweeney
F score 1-15
F score 0-18
> Derry found a winner from somewhere. Ó Gallchóir, who had moved to the edge of the square, turned inside to fist over in the second minute of stoppage time, and McElhone added a free from 30 metres before referee Mark Mac Gabhann blew the final whistle.
O team Derry
P partial Ó Gallchóir
P partial McElhone
F quantity 30 metres
P full Mark Mac Gabhann
> “We knew Donegal would have a spell, and they had a big one,” said Derry manager Conleth Ó Cairealláin. “When they drew level I looked at the bench and thought, right, this is where we find out about ourselves.
Q direct Conleth Ó Cairealláin :: “We knew Donegal would have a spell, and they had a big one,”
O team Donegal
O team Derry
P full Conleth Ó Cairealláin
Q direct Conleth Ó Cairealláin :: “When they drew level I looked at the bench and thought, right, this is where we find out about ourselves.
> “Odhrán has been knocking on the door for six weeks. He doesn’t say much, but he’s been the best player we have in training since the league finished.”
Q direct Conleth Ó Cairealláin :: “Odhrán has been knocking on the door for six weeks. He doesn’t say much, but he’s been the best player we have in training since the league finished.”
P partial Odhrán
F duration six weeks
> Donegal boss Packie Mac Giolla Easpaig said he had “no complaints” about the result, but questioned why a foul on Ó Fearraigh was not given in the build-up to the goal.
O team Donegal
P full Packie Mac Giolla Easpaig
Q direct Packie Mac Giolla Easpaig :: “no complaints”
P partial Ó Fearraigh
> “I’ve watched it back twice on the phone and I still don’t know what he saw,” Mac Giolla Easpaig said. “But we kicked 11 wides. You can’t do that against a team like Derry and expect to be in an Ulster final.”
Q direct Packie Mac Giolla Easpaig :: “I’ve watched it back twice on the phone and I still don’t know what he saw,”
P partial Mac Giolla Easpaig
Q direct Packie Mac Giolla Easpaig :: “But we kicked 11 wides. You can’t do that against a team like Derry and expect to be in an Ulster final.”
F number 11
O team Derry
L region Ulster
> Donegal, who beat Tyrone in Ballybofey in the quarter-final, now go into the All-Ireland qualifiers. Derry face Armagh in the Ulster final back at Clones on June 20, with the Anglo-Celt Cup on the line. The Orchard County beat Cavan 2-14 to 1-15 in Saturday’s other semi-final in Enniskillen.
O team Donegal
O team Tyrone
L city Ballybofey
O team Derry
O team Armagh
L region Ulster
L city Clones
F date June 20
O team Orchard County
O team Cavan
F score 2-14
F score 1-15
L city Enniskillen
> DERRY: D Hegarty; C O’Kane, P McKenna, T Mac Eoin; S Cassidy (0-1), R Heron, E Mulholland (0-1); T McAtamney, C Mullan-Heaney (0-4); B Doherty (0-2), D McElhone (0-5, 0-3 frees), L Brennan; P Quinn (0-1), N Ó Dochartaigh (0-1), M Gilligan (0-1)
O team DERRY
P full D Hegarty
P full C O’Kane
P full P McKenna
P full T Mac Eoin
P full S Cassidy
F score 0-1
P full R Heron
P full E Mulholland
F score 0-1
P full T McAtamney
P full C Mullan-Heaney
F score 0-4
P full B Doherty
F score 0-2
P full D McElhone
F score 0-5
F score 0-3
P full L Brennan
P full P Quinn
F score 0-1
P full N Ó Dochartaigh
F score 0-1
P full M Gilligan
F score 0-1
> Subs: O Ó Gallchóir (1-1) for Quinn (h-t); A Lynch for Brennan (52); K Bradley for Gilligan (66)
P full O Ó Gallchóir
F score 1-1
P partial Quinn
P full A Lynch
P partial Brennan
P full K Bradley
P partial Gilligan
> DONEGAL: C Ó Baoill; D Ó Fearraigh, K Mac Aodha, S Boyle; E Mac Giolla Bhríde, P Gillespie (0-1), N Sweeney; R Mac Suibhne (0-3), C Ó Colla; J Ó Domhnaill (0-2), P Mac Ruairí (0-6, 0-4 frees), S Ó Maonaigh (0-2); A Mac Fhionnlaoich, E Gallagher (0-1), L Ó Dubhthaigh (0-2)
O team DONEGAL
P full C Ó Baoill
P full D Ó Fearraigh
P full K Mac Aodha
P full S Boyle
P full E Mac Giolla Bhríde
P full P Gillespie
F score 0-1
P full N Sweeney
P full R Mac Suibhne
F score 0-3
P full C Ó Colla
P full J Ó Domhnaill
F score 0-2
P full P Mac Ruairí
F score 0-6
F score 0-4
P full S Ó Maonaigh
F score 0-2
P full A Mac Fhionnlaoich
P full E Gallagher
F score 0-1
P full L Ó Dubhthaigh
F score 0-2
> Subs: C Sweeney (0-1) for Gillespie (41); D Ó Gallchóir for Mac Fhionnlaoich (57); M Carr for Mac Giolla Bhríde (63)
P full C Sweeney
F score 0-1
P partial Gillespie
P full D Ó Gallchóir
P partial Mac Fhionnlaoich
P full M Carr
P partial Mac Giolla Bhríde
> Referee: M Mac Gabhann (Fermanagh)
P full M Mac Gabhann
L region Fermanagh
'''

ARTICLES['332-borneo-walit-bird-nest-china-supply-deal-mukah-bernama'] = r'''
> Sarawak Bird's Nest Processor Eyes RM380 Mln From China Supply Deal
L region Sarawak
F money RM380 Mln
L country China
> 12/08/2039 04:32 PM
F date 12/08/2039
F time 04:32 PM
> KUCHING, Aug 12 (Bernama) -- Mukah-based Borneo Walit Holdings Bhd expects to earn up to RM380 million (US$84 million) over five years from an agreement to supply cleaned edible bird's nests to a Chinese distributor, its executive chairman Datuk Ling Chiong Ho said today.
L city KUCHING
F date Aug 12
O media Bernama
L city Mukah
O company Borneo Walit Holdings Bhd
F money RM380 million
F money US$84 million
F duration five years
P full Ling Chiong Ho
> He said the company, which is listed on the ACE Market of Bursa Malaysia Securities Bhd, would ship one tonne of nests a month to Xiamen-based Jinlu Yanwo Trading Co Ltd from January 2040 under the agreement, which was signed in Guangzhou last week.
O company Bursa Malaysia Securities Bhd
F quantity one tonne
L city Xiamen
O company Jinlu Yanwo Trading Co Ltd
F date January 2040
L city Guangzhou
> "We have waited almost 10 years for a contract like this. Our swiftlet farmers in Mukah, Dalat and Matu can finally plan their production instead of selling to middlemen at whatever price they are offered," he told reporters after the company's annual general meeting here.
Q direct Ling Chiong Ho :: "We have waited almost 10 years for a contract like this. Our swiftlet farmers in Mukah, Dalat and Matu can finally plan their production instead of selling to middlemen at whatever price they are offered,"
F duration 10 years
L city Mukah
L city Dalat
L city Matu
> Ling said the contract was priced at between RM5,800 and RM6,300 per kilogramme for grade A nests, about 18 per cent above the average paid by exporters in Sibu and Bintulu in the first half of this year.
P partial Ling
F money RM5,800
F money RM6,300
F percent 18 per cent
L city Sibu
L city Bintulu
> Borneo Walit, which was listed in 2036, buys raw nests from about 640 swiftlet houses in central Sarawak and cleans them by hand at its plant in the Mukah Light Industrial Estate, where it employs about 1,100 workers.
O company Borneo Walit
F date 2036
F number 640
L region Sarawak
L facility Mukah Light Industrial Estate
F number 1,100
> Its managing director, Abang Mohd Rizal Abang Bohari, said the company would spend RM42 million to double the plant's capacity to 72 tonnes a year by 2042, financed through internally generated funds and a RM25 million Islamic bond.
P full Abang Mohd Rizal Abang Bohari
F money RM42 million
F quantity 72 tonnes
F date 2042
F money RM25 million
> Abang Mohd Rizal said the expansion would create 600 jobs, mostly for school leavers from Mukah and nearby villages, and that the company was in talks with the Sarawak Economic Development Corporation (SEDC) on a second processing line in Miri.
P partial Abang Mohd Rizal
F number 600
L city Mukah
O government Sarawak Economic Development Corporation
O government SEDC
L city Miri
> Swiftlet farmer Nyalau anak Empaling, 54, who runs three swiftlet houses at Rumah Sagan, an Iban longhouse on the Oya River near Dalat, said prices had swung too widely for farmers to invest with confidence.
P full Nyalau anak Empaling
F age 54
F number three
L city Rumah Sagan
L geo Oya River
L city Dalat
> "Last year some buyers paid us only RM2,900 a kilo. If the big companies are getting RM6,000, the farmers must also get a fair share," Nyalau told Bernama, adding that 11 of the 26 families in the longhouse now kept swiftlets in converted lofts.
Q direct Nyalau anak Empaling :: "Last year some buyers paid us only RM2,900 a kilo. If the big companies are getting RM6,000, the farmers must also get a fair share,"
F money RM2,900
F money RM6,000
P partial Nyalau
O media Bernama
F number 11
F number 26
> The Department of Veterinary Services Sarawak (DVS) said in a statement that 212 swiftlet premises in the state had been registered for export traceability as at July 31, and that batch tracking by QR code had been "fully implemented" for shipments to China.
O government Department of Veterinary Services Sarawak
O government DVS
F number 212
F date July 31
Q direct Department of Veterinary Services Sarawak :: "fully implemented"
L country China
> China is the largest buyer of Malaysian bird's nests, which earned RM1.9 billion in exports last year, according to the Ministry of Agriculture and Food Security.
L country China
F money RM1.9 billion
O government Ministry of Agriculture and Food Security
> An analyst at a Kuala Lumpur-based research house, who declined to be named, said the contract could lift Borneo Walit's net profit by 30 to 35 per cent in the financial year ending June 30, 2041.
L city Kuala Lumpur
O company Borneo Walit
F percent 30
F percent 35 per cent
F date June 30, 2041
> "The risk is concentration. One buyer taking a third of your output is good news until it isn't," the analyst said.
Q direct - :: "The risk is concentration. One buyer taking a third of your output is good news until it isn't,"
F number One
F fraction a third
> Borneo Walit shares rose 4.5 sen, or 6.2 per cent, to close at 77 sen today, with 18.3 million shares traded.
O company Borneo Walit
F money 4.5 sen
F percent 6.2 per cent
F money 77 sen
F number 18.3 million
> -- BERNAMA
O media BERNAMA
'''

ARTICLES['333-westmorland-furness-visitor-levy-vote-kendal-lakes'] = r'''
> News
> ‘Two pounds a night is less than a coffee’: councillors back visitor levy for the Lakes
Q direct Tobias Kirkbride :: ‘Two pounds a night is less than a coffee’
F money Two pounds
L region Lakes
> Westmorland and Furness Council will ask the Government for the power to charge overnight visitors, with the money going to roads, car parks, toilets and flood defences.
O government Westmorland and Furness Council
> By Hannah Postlethwaite
P full Hannah Postlethwaite
> Local Democracy Reporter
> 1st March 2040
F date 1st March 2040
> Bowness-on-Windermere, where hotels, guest houses and holiday lets would charge the levy from April 2041 at the earliest (Image: Newsquest)
L city Bowness-on-Windermere
F date April 2041
O media Newsquest
> A £2-a-night levy on visitors staying in hotels, B&Bs, holiday lets and campsites across Westmorland and Furness has moved a step closer after councillors voted to ask the Government for the power to charge it.
F money £2
L region Westmorland and Furness
> At a meeting of full council at Kendal Town Hall on Wednesday (February 29), members backed the proposal by 39 votes to 21, with three abstentions, after a debate lasting almost three hours.
L facility Kendal Town Hall
F date February 29
F number 39
F number 21
F number three
F duration three hours
> The council estimates that the levy would raise £11.4m a year from about 5.7 million overnight stays, based on figures from Cumbria Tourism, and says 30 per cent of the money would go to the two national parks and to flood defences.
F money £11.4m
F number 5.7 million
O nonprofit Cumbria Tourism
F percent 30 per cent
F number two
> Under the plans, which would need new legislation from Westminster, the charge would apply to everyone aged 16 or over for up to seven nights in a row. Children, people staying with friends or family and households placed in temporary accommodation by the council would be exempt.
L city Westminster
F age 16
F number seven
> Cllr Tobias Kirkbride, the cabinet member for finance, said the levy would “put the Lakes on the same footing as Edinburgh and Cardiff”.
P full Tobias Kirkbride
Q direct Tobias Kirkbride :: “put the Lakes on the same footing as Edinburgh and Cardiff”
L region Lakes
L city Edinburgh
L city Cardiff
> He said: “Our residents pay for the roads, the car parks and the public toilets that 18 million visitors use every year. Two pounds a night is less than a coffee in Bowness.
Q direct Tobias Kirkbride :: “Our residents pay for the roads, the car parks and the public toilets that 18 million visitors use every year. Two pounds a night is less than a coffee in Bowness.
F number 18 million
F money Two pounds
L city Bowness
> “We are not trying to put anyone off. We are asking the people who love Windermere, Grasmere and Coniston to put a little back into them.”
Q direct Tobias Kirkbride :: “We are not trying to put anyone off. We are asking the people who love Windermere, Grasmere and Coniston to put a little back into them.”
L city Windermere
L city Grasmere
L city Coniston
> Conservative group leader Cllr Judith Mounsey-Hebblethwaite called the scheme “a tourist tax by another name” and said the money raised in the central Lakes would never reach the Eden valley.
P full Judith Mounsey-Hebblethwaite
Q direct Judith Mounsey-Hebblethwaite :: “a tourist tax by another name”
L region Lakes
L geo Eden
> “Most of this money will be raised in Windermere and Ambleside, and I have heard nothing tonight to convince me that a penny of it will find its way to Appleby-in-Westmorland or Kirkby Stephen,” she said.
Q direct Judith Mounsey-Hebblethwaite :: “Most of this money will be raised in Windermere and Ambleside, and I have heard nothing tonight to convince me that a penny of it will find its way to Appleby-in-Westmorland or Kirkby Stephen,”
L city Windermere
L city Ambleside
L city Appleby-in-Westmorland
L city Kirkby Stephen
> Richard Askew-Fell, who runs the 24-bedroom Brathay Crag Hotel near Ambleside, said guests already paid 20 per cent VAT on their rooms, “more than they would pay in France, Spain or Italy”.
P full Richard Askew-Fell
F number 24
O company Brathay Crag Hotel
L city Ambleside
F percent 20 per cent
Q direct Richard Askew-Fell :: “more than they would pay in France, Spain or Italy”
L country France
L country Spain
L country Italy
> “Four friends staying a week would pay £56 on top of everything else. Some of them will go to the Yorkshire coast instead, or to Northumberland,” he said.
Q direct Richard Askew-Fell :: “Four friends staying a week would pay £56 on top of everything else. Some of them will go to the Yorkshire coast instead, or to Northumberland,”
F number Four
F money £56
L region Yorkshire
L region Northumberland
> Cumbria Tourism said in a statement that it “did not oppose a levy in principle” but wanted businesses to sit on the board that decides how the money is spent.
O nonprofit Cumbria Tourism
Q direct Cumbria Tourism :: “did not oppose a levy in principle”
> In the east of the district, Cllr Ruth Dinsdale, whose ward covers Sedbergh, Dent and Garsdale in the Yorkshire Dales National Park, warned that small B&Bs with two or three rooms would struggle with the paperwork.
P full Ruth Dinsdale
L city Sedbergh
L city Dent
L city Garsdale
L region Yorkshire Dales National Park
F number two
F number three
> “Half the guest houses in Dent are run by people over 70. They are not going to be filling in a tax return every quarter,” she said.
Q direct Ruth Dinsdale :: “Half the guest houses in Dent are run by people over 70. They are not going to be filling in a tax return every quarter,”
F fraction Half
L city Dent
F age 70
> The council will now write to the Ministry of Housing, Communities and Local Government (MHCLG). If the powers are granted, a 12-week consultation would follow, and the levy could start on 1 April 2041.
O government Ministry of Housing, Communities and Local Government
O government MHCLG
F duration 12-week
F date 1 April 2041
> Edinburgh became the first city in the UK to charge visitors in July 2026, at 5 per cent of the room rate, and councils in Wales have been able to charge £1.30 a night since 2027. Cumberland Council, which covers Keswick and the northern Lakes, is due to debate its own levy in June.
L city Edinburgh
L country UK
F date July 2026
F percent 5 per cent
L country Wales
F money £1.30
F date 2027
O government Cumberland Council
L city Keswick
L region Lakes
> The Liberal Democrats, who run the council with 41 of its 65 seats, promised the levy in their 2039 election manifesto.
O party Liberal Democrats
F number 41
F number 65
F date 2039
'''

ARTICLES['334-mandaue-rtc-denies-bail-ex-barangay-captain-kagawad-ambush'] = r'''
> Local News
> Court denies bail to ex-barangay captain in Mandaue kagawad's ambush
L city Mandaue
> By Lyka Mae Sarmiento
P full Lyka Mae Sarmiento
> Published March 3, 2039, 6:15 pm
F date March 3, 2039
F time 6:15 pm
> Former Brgy. Casuntingan captain Rogelio "Roger" Alcoseba Jr. is escorted out of the Mandaue City Hall of Justice on Thursday, March 3, 2039. (SunStar photo / Arvin Jay Ouano)
L city Brgy. Casuntingan
P full Rogelio "Roger" Alcoseba Jr.
Q scare - :: "Roger"
L facility Mandaue City Hall of Justice
F date March 3, 2039
O media SunStar
P full Arvin Jay Ouano
> A court in Mandaue City has denied bail to a former barangay captain accused of ordering the ambush of a barangay councilman last October, ruling that the evidence of his guilt is strong.
L city Mandaue City
> In a 22-page order dated Feb. 25 but released to the parties on Thursday, March 3, Judge Ma. Cristina Bacalso-Ygot of Regional Trial Court Branch 56 said Rogelio "Roger" Alcoseba Jr., 61, will remain in detention at the Mandaue City Jail while his trial for murder continues.
F number 22
F date Feb. 25
F date March 3
P full Ma. Cristina Bacalso-Ygot
O government Regional Trial Court Branch 56
P full Rogelio "Roger" Alcoseba Jr.
Q scare - :: "Roger"
F age 61
L facility Mandaue City Jail
> Alcoseba, who served three terms as captain of Barangay Casuntingan until 2034, is accused of masterminding the killing of Subangdaku Kagawad Arnel Tumulak Pepito, 44, who was shot six times by a gunman on a motorcycle as he stepped out of a hardware store on U.N. Avenue at around 7:40 p.m. on Oct. 14, 2038.
P partial Alcoseba
F number three
L city Barangay Casuntingan
F date 2034
L city Subangdaku
P full Arnel Tumulak Pepito
F age 44
F number six
L street U.N. Avenue
F time 7:40 p.m.
F date Oct. 14, 2038
> Police arrested the alleged gunman, Joemarie Ybañez alias Toto, 29, in a hot pursuit operation in Barangay Tipolo two days later. Ybañez, who is detained at the Cebu Provincial Detention and Rehabilitation Center (CPDRC), has pleaded not guilty.
P full Joemarie Ybañez
P partial Toto
F age 29
L city Barangay Tipolo
F duration two days
P partial Ybañez
L facility Cebu Provincial Detention and Rehabilitation Center
L facility CPDRC
> In his extrajudicial confession, which the court admitted in evidence, Ybañez said he had been promised P150,000 for the job and received a P20,000 advance from a man he identified as Alcoseba's driver.
P partial Ybañez
F money P150,000
F money P20,000
P partial Alcoseba
> Prosecutors said Pepito had opposed the release of the barangay's P38-million drainage budget to a contractor linked to Alcoseba's family, and had raised the issue in three council sessions before he was killed.
P partial Pepito
F money P38-million
P partial Alcoseba
F number three
> Bacalso-Ygot wrote that the testimony of two eyewitnesses, the motorcycle's registration papers and phone records placed the accused in "a clear and unbroken chain" with the gunman, and that the defense had failed to "cast even a shadow of doubt" on the confession.
P partial Bacalso-Ygot
F number two
Q direct Ma. Cristina Bacalso-Ygot :: "a clear and unbroken chain"
Q direct Ma. Cristina Bacalso-Ygot :: "cast even a shadow of doubt"
> Alcoseba's lawyer, Atty. Gerardo Villamor, said the defense would file a motion for reconsideration within 15 days.
P partial Alcoseba
P full Gerardo Villamor
F duration 15 days
> "We respect the order but we disagree with it. The confession was taken 31 hours after Ybañez was arrested, and we will raise that before the Court of Appeals if we have to," Villamor told SunStar in a phone interview.
Q direct Gerardo Villamor :: "We respect the order but we disagree with it. The confession was taken 31 hours after Ybañez was arrested, and we will raise that before the Court of Appeals if we have to,"
F duration 31 hours
P partial Ybañez
O government Court of Appeals
P partial Villamor
O media SunStar
> Pepito's widow, Lorna Abellana Pepito, 42, who attended the hearing with their three children, said the family could finally rest a little.
P partial Pepito
P full Lorna Abellana Pepito
F age 42
F number three
> "Dili pa kini ang katapusan, pero makapahulay na mi og gamay," she said. (This is not yet the end, but we can rest a little now.)
Q direct Lorna Abellana Pepito :: "Dili pa kini ang katapusan, pero makapahulay na mi og gamay,"
> Police Lieutenant Colonel Dennis Yap Tuazon, chief of the Mandaue City Police Office (MCPO), said two of the four other suspects, including the alleged driver, remained at large.
P full Dennis Yap Tuazon
O government Mandaue City Police Office
O government MCPO
F number two
F number four
> "We have their names and we know where their families live. It is only a matter of time," Tuazon said, adding that a P300,000 reward offered by the city government for their arrest still stood.
Q direct Dennis Yap Tuazon :: "We have their names and we know where their families live. It is only a matter of time,"
P partial Tuazon
F money P300,000
> The case was built by SITG Pepito, a special investigation task group formed by Police Regional Office 7 (PRO 7) a day after the ambush.
O government SITG Pepito
O government Police Regional Office 7
O government PRO 7
> Pepito was the third barangay official killed in Mandaue since 2036, according to the Department of the Interior and Local Government (DILG) in Central Visayas.
P partial Pepito
L city Mandaue
F date 2036
O government Department of the Interior and Local Government
O government DILG
L region Central Visayas
> Murder is punishable by reclusion perpetua, or 20 to 40 years in prison, under the Revised Penal Code. The next hearing is set for April 7, when the prosecution is expected to present the last of its 14 witnesses. / RVC
F duration 20
F duration 40 years
F date April 7
F number 14
'''

ARTICLES['335-tlhware-manganese-86-mw-solar-plant-hotazel-eskom'] = r'''
> Manganese miner switches on 86 MW solar plant at Kalahari operations
F quantity 86 MW
L geo Kalahari
> 8th September 2037
F date 8th September 2037
> By: Lerato Mothibi-Kgosana
P full Lerato Mothibi-Kgosana
> Creamer Media Correspondent
O media Creamer Media
> Single-axis trackers at Tlhware Resources’ new solar plant near Hotazel, in the Northern Cape
O company Tlhware Resources
L city Hotazel
L region Northern Cape
> Photo by: Tlhware Resources
O company Tlhware Resources
> JSE-listed manganese producer Tlhware Resources has commissioned an 86 MW solar photovoltaic (PV) plant at its Hotazel operations, in the Northern Cape, which it expects to supply 41% of the two mines’ electricity and cut its Eskom bill by about R310-million a year.
O company JSE
O company Tlhware Resources
F quantity 86 MW
L city Hotazel
L region Northern Cape
F percent 41%
F number two
O company Eskom
F money R310-million
> The R1.9-billion plant, which has 188 000 bifacial panels on single-axis trackers spread over 190 ha of company land, feeds the Tlhware North and Tlhware South mines and the company’s sinter plant through a 132 kV line and an on-site 40 MWh battery.
F money R1.9-billion
F number 188 000
F quantity 190 ha
L facility Tlhware North
L facility Tlhware South
F quantity 132 kV
F quantity 40 MWh
> It will generate about 210 GWh a year, CEO Pieter-Hendrik du Plessis told journalists at the switch-on on Monday, adding that the plant had been built in 14 months, four months ahead of schedule, by Kuruman-based contractor Moshaweng Renewables.
F quantity 210 GWh
P full Pieter-Hendrik du Plessis
F duration 14 months
F duration four months
L city Kuruman
O company Moshaweng Renewables
> “Every kilowatt-hour we generate here is one we don’t have to buy from Eskom at R1.48/kWh,” Du Plessis said. “At our power intensity, that is the difference between sitting in the lowest quartile of the cost curve and sitting in the highest.”
Q direct Pieter-Hendrik du Plessis :: “Every kilowatt-hour we generate here is one we don’t have to buy from Eskom at R1.48/kWh,”
O company Eskom
F money R1.48/kWh
P partial Du Plessis
Q direct Pieter-Hendrik du Plessis :: “At our power intensity, that is the difference between sitting in the lowest quartile of the cost curve and sitting in the highest.”
> Tlhware mines about 4.6-million tonnes of manganese ore a year, most of which is railed on Transnet Freight Rail’s manganese line to the Port of Ngqura, near Gqeberha, and shipped to steelmakers in China and India.
O company Tlhware
F quantity 4.6-million tonnes
O company Transnet Freight Rail
L facility Port of Ngqura
L city Gqeberha
L country China
L country India
> Sintering and smelting are among the most power-hungry steps in manganese’s value chain, and the company’s electricity bill rose to R760-million in the 2036/37 financial year, du Plessis said.
F money R760-million
F date 2036/37
P partial du Plessis
> The National Energy Regulator of South Africa (Nersa) registered the facility in May. Because it sits behind the meter and does not export to the grid, it needed no generation licence, a requirement government scrapped for private plants of any size in 2022.
O government National Energy Regulator of South Africa
O government Nersa
F date 2022
> Eskom said in a statement that its transmission network in the Northern Cape remained “severely constrained” and that projects which did not need new grid connections “help relieve pressure on the Ferrum substation near Kathu”.
O company Eskom
L region Northern Cape
Q direct Eskom :: “severely constrained”
Q direct Eskom :: “help relieve pressure on the Ferrum substation near Kathu”
L facility Ferrum
L city Kathu
> About 410 people worked on the construction, 62% of them from the Joe Morolong and Gamagara local municipalities, the company said.
F number 410
F percent 62%
L region Joe Morolong
L region Gamagara
> Kgosi Tshepo Motlhabane, whose village of Ga-Mopedi lies 30 km north of the plant, said the jobs had mattered more to his people than the electricity.
P full Tshepo Motlhabane
L city Ga-Mopedi
F quantity 30 km
> “We were promised 30% of the jobs and we got more than half. That is the first promise a mine has kept here in my lifetime,” he said. “Now we want the next phase to train our young people to run it, not just to build it.”
Q direct Tshepo Motlhabane :: “We were promised 30% of the jobs and we got more than half. That is the first promise a mine has kept here in my lifetime,”
F percent 30%
F fraction half
Q direct Tshepo Motlhabane :: “Now we want the next phase to train our young people to run it, not just to build it.”
> The National Union of Mineworkers (NUM) said lower power costs were welcome but should “not become an excuse to cut jobs at the sinter plant”, where 240 people work.
O nonprofit National Union of Mineworkers
O nonprofit NUM
Q direct National Union of Mineworkers :: “not become an excuse to cut jobs at the sinter plant”
F number 240
> Du Plessis said the company was studying a second phase of up to 120 MW, including about 20 wind turbines on the ridge west of Black Rock, which could reach financial close in the 2038/39 financial year.
P partial Du Plessis
F quantity 120 MW
F number 20
L city Black Rock
F date 2038/39
> Independent energy analyst Busisiwe Ntuli-Mahlangu said miners in the province had “some of the best solar resources in the world and no grid to get the power out”.
P full Busisiwe Ntuli-Mahlangu
Q direct Busisiwe Ntuli-Mahlangu :: “some of the best solar resources in the world and no grid to get the power out”
> “Behind-the-meter plants solve that, but only for companies with a balance sheet like Tlhware’s. The smaller operators around Postmasburg and Kathu are still stuck,” she told Mining Weekly.
Q direct Busisiwe Ntuli-Mahlangu :: “Behind-the-meter plants solve that, but only for companies with a balance sheet like Tlhware’s. The smaller operators around Postmasburg and Kathu are still stuck,”
O company Tlhware
L city Postmasburg
L city Kathu
O media Mining Weekly
'''

ARTICLES['336-duluth-council-lakewalk-rebuild-6-3-vote-fema'] = r'''
> Local News
> Duluth council OKs $14.2M Lakewalk rebuild on 6-3 vote
L city Duluth
F money $14.2M
L facility Lakewalk
F number 6-3
> Three councilors wanted to wait for FEMA to decide how much of the storm repair bill the federal government will cover.
F number Three
O government FEMA
> By Marit Aho-Lindgren
P full Marit Aho-Lindgren
> March 14, 2039 at 10:47 PM
F date March 14, 2039
F time 10:47 PM
> Waves from the Oct. 27, 2038, storm wash over the Lakewalk behind Fitger's in Duluth. Tamsin Garrity / Duluth News Tribune
F date Oct. 27, 2038
L facility Lakewalk
L facility Fitger's
L city Duluth
P full Tamsin Garrity
O media Duluth News Tribune
> DULUTH — The Duluth City Council voted 6-3 Monday night to approve a $14.2 million contract to rebuild 1.8 miles of the Lakewalk torn up by last fall's storm, though the Federal Emergency Management Agency has yet to say how much of the bill it will pay.
L city DULUTH
O government Duluth City Council
F number 6-3
F money $14.2 million
F quantity 1.8 miles
L facility Lakewalk
O government Federal Emergency Management Agency
> The contract goes to Hermantown-based Arrowhead Marine & Civil Inc., the lowest of four bidders. Work is scheduled to start May 1 and wrap up by Oct. 15, with the stretch between Canal Park and 14th Avenue East due to reopen by July 4.
L city Hermantown
O company Arrowhead Marine & Civil Inc.
F number four
F date May 1
F date Oct. 15
L city Canal Park
L street 14th Avenue East
F date July 4
> The Oct. 27 storm drove waves as high as 24 feet onto the shore of Lake Superior, washing out sections of the path between Canal Park and Brighton Beach and cracking the seawall below the Rose Garden in Leif Erikson Park.
F date Oct. 27
F quantity 24 feet
L geo Lake Superior
L city Canal Park
L geo Brighton Beach
L facility Rose Garden
L facility Leif Erikson Park
> "The Lakewalk is not a luxury. It's how people get to work, it's where our hotels send their guests, and right now a third of it is behind a fence," Mayor Annika Tveit said before the vote.
Q direct Annika Tveit :: "The Lakewalk is not a luxury. It's how people get to work, it's where our hotels send their guests, and right now a third of it is behind a fence,"
L facility Lakewalk
F fraction a third
P full Annika Tveit
> FEMA typically reimburses 75% of eligible costs after a federal disaster declaration. A declaration covering St. Louis, Lake and Cook counties was approved in December, but the agency has not finished reviewing the city's claim.
O government FEMA
F percent 75%
L region St. Louis
L region Lake
L region Cook
> Finance Director Jerome Bakk-Iverson told councilors that if FEMA pays its usual share, the city would owe about $3.55 million, which would come from its share of the tourism tax. If FEMA pays nothing, the city's cost rises to the full $14.2 million.
P full Jerome Bakk-Iverson
O government FEMA
F money $3.55 million
O government FEMA
F money $14.2 million
> "We are being asked to sign a $14.2 million check on the hope that Washington sends $10.65 million back. I'd like to see that in writing first," said 4th District Councilor Deshawn Pettibone, who voted no along with at-large Councilors Ruth Ojanen and Tom Krzyzaniak.
Q direct Deshawn Pettibone :: "We are being asked to sign a $14.2 million check on the hope that Washington sends $10.65 million back. I'd like to see that in writing first,"
F money $14.2 million
L city Washington
F money $10.65 million
L region 4th District
P full Deshawn Pettibone
P full Ruth Ojanen
P full Tom Krzyzaniak
> Ojanen asked whether the city could rebuild the path in phases, starting with the busiest section near Canal Park. Public Works Director Samira Hassan-Voigt said splitting the contract would add at least 11 months and about $900,000 because crews would have to come back for a second season.
P partial Ojanen
L city Canal Park
P full Samira Hassan-Voigt
F duration 11 months
F money $900,000
> Council President Gwen Bluesky, who voted yes, said the city could not "leave a fence across our front door for another summer."
P full Gwen Bluesky
Q direct Gwen Bluesky :: "leave a fence across our front door for another summer."
> Business owners in Canal Park told the council that foot traffic had fallen sharply since the storm. Brenda Lundeen, who owns Lakeside Cycle & Kayak on Canal Park Drive, said her November sales were down 42% from a year earlier.
L city Canal Park
P full Brenda Lundeen
O company Lakeside Cycle & Kayak
L street Canal Park Drive
F percent 42%
> "People come to Duluth to walk by the lake. When they can't, they drive up the North Shore and skip us," she said.
Q direct Brenda Lundeen :: "People come to Duluth to walk by the lake. When they can't, they drive up the North Shore and skip us,"
L city Duluth
L region North Shore
> The 7-mile Lakewalk runs from Bayfront Festival Park to Brighton Beach near the mouth of the Lester River. City engineers say the rebuilt sections, which will sit about 3 feet higher than before, should withstand a storm like the 2038 one for at least 50 years.
F quantity 7-mile
L facility Lakewalk
L facility Bayfront Festival Park
L geo Brighton Beach
L geo Lester River
F quantity 3 feet
F date 2038
F duration 50 years
> Across the harbor, the city of Superior, Wis., is rebuilding its own trail on Wisconsin Point at a cost of $2.3 million.
L city Superior
L region Wis.
L geo Wisconsin Point
F money $2.3 million
> Marit Aho-Lindgren covers Duluth city government for the Duluth News Tribune. Reach her at 218-723-5342 or maholindgren@duluthnews.com.
P full Marit Aho-Lindgren
L city Duluth
O media Duluth News Tribune
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
