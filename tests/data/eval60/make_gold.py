#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval60 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval60/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['403-clare-waterford-munster-hurling-cusack-park-considine-mahon-clare-champion'] = r'''
> Sport
> Considine-Mahon double sends Banner past Déise in Cusack Park comeback
P partial Considine-Mahon
O team Banner
O team Déise
L facility Cusack Park
> Munster SHC: Clare 2-24 Waterford 1-22
O team Clare
F score 2-24
O team Waterford
F score 1-22
> By Eoin Talty
P full Eoin Talty
> May 9, 2039
F date May 9, 2039
> Clare’s Darragh Considine-Mahon celebrates his second goal against Waterford at Cusack Park on Sunday. Photograph by Niamh Ryan-Dowling
O team Clare
P full Darragh Considine-Mahon
O team Waterford
L facility Cusack Park
P full Niamh Ryan-Dowling
> CLARE trailed by four points at half-time and by five with 22 minutes left, but two goals in six minutes from Darragh Considine-Mahon turned Sunday’s Munster round-robin tie at Cusack Park on its head.
O team CLARE
F number four
F number five
F duration 22 minutes
F number two
F duration six minutes
P full Darragh Considine-Mahon
L region Munster
L facility Cusack Park
> The Banner, beaten by Cork in Páirc Uí Chaoimh a fortnight earlier, needed a result to stay in the hunt for a Munster final place. They got it in front of 16,208 spectators, finishing with eight unanswered points to win 2-24 to 1-22 and move level with Limerick on four points at the top of the table.
O team Banner
O team Cork
L facility Páirc Uí Chaoimh
L region Munster
F number 16,208
F number eight
F score 2-24
F score 1-22
O team Limerick
F number four
> Waterford, who beat Tipperary at Walsh Park in the opening round, looked the sharper side for long spells. Corner-forward Seán Óg Ó hAodha hit six points from play in the first half, and when Fourmilewater’s Ruairí Keating-Power finished a flowing move in the 29th minute the visitors led 1-12 to 0-11 at the break.
O team Waterford
O team Tipperary
L facility Walsh Park
P full Seán Óg Ó hAodha
F number six
O team Fourmilewater
P full Ruairí Keating-Power
F score 1-12
F score 0-11
> Clare manager Fergal Hassett made two changes at half-time, sending on Sixmilebridge’s Colm Mac Craith and 19-year-old Tommy Lernihan, and the Banner’s half-back line began to win its own ball.
O team Clare
P full Fergal Hassett
F number two
O team Sixmilebridge
P full Colm Mac Craith
F age 19-year-old
P full Tommy Lernihan
O team Banner
> Even so, Waterford were 1-17 to 0-15 clear in the 48th minute after a Keating-Power free and a long-range two-pointer from goalkeeper Cathal Ó Faoláin. Then Considine-Mahon struck. The Éire Óg forward collected a Mac Craith handpass on the 14-metre line and drilled a low shot into the far corner, and six minutes later he fired a second past Ó Faoláin after Lernihan’s effort had come back off the post.
O team Waterford
F score 1-17
F score 0-15
P partial Keating-Power
F number two
P full Cathal Ó Faoláin
P partial Considine-Mahon
O team Éire Óg
P partial Mac Craith
F quantity 14-metre
F duration six minutes
P partial Ó Faoláin
P partial Lernihan
> The goals had Clare level at 2-16 to 1-19, but three Waterford points in a row, two of them from Ó hAodha, restored a three-point lead with ten minutes left. What followed was the best spell of hurling seen in Ennis this year: eight unanswered points, three of them frees from Cian Ó Dálaigh, who finished with 0-9, and two from substitute Mac Craith in stoppage time. Waterford, who lost wing-back Dara Phelan to a second yellow card in the 63rd minute, had nothing left.
O team Clare
F score 2-16
F score 1-19
F number three
O team Waterford
F number two
P partial Ó hAodha
F number three
F duration ten minutes
L city Ennis
F number eight
F number three
P full Cian Ó Dálaigh
F score 0-9
F number two
P partial Mac Craith
O team Waterford
P full Dara Phelan
> “We were poor in the first half, there’s no getting away from that,” Hassett said. “Waterford were sharper, they were first to everything, and Seán Óg was giving us a lesson inside.
Q direct Fergal Hassett :: “We were poor in the first half, there’s no getting away from that,”
P partial Hassett
Q direct Fergal Hassett :: “Waterford were sharper, they were first to everything, and Seán Óg was giving us a lesson inside.
O team Waterford
P partial Seán Óg
> “But I told the lads at half-time that if we were within a score or two with ten minutes to go, we’d win it. The bench won it for us. Colm and Tommy came in and changed the whole energy of the thing.”
Q direct Fergal Hassett :: “But I told the lads at half-time that if we were within a score or two with ten minutes to go, we’d win it. The bench won it for us. Colm and Tommy came in and changed the whole energy of the thing.”
F number two
F duration ten minutes
P partial Colm
P partial Tommy
> Waterford manager Ger Mullally said his side had “switched off” after the first goal and that the sending-off had cost them “a fresh pair of legs when we needed them most”.
O team Waterford
P full Ger Mullally
Q direct Ger Mullally :: “switched off”
Q direct Ger Mullally :: “a fresh pair of legs when we needed them most”
> “We’re not going to feel sorry for ourselves,” he said. “We have Cork at home in a fortnight and that’s a game we can win.”
Q direct Ger Mullally :: “We’re not going to feel sorry for ourselves,”
Q direct Ger Mullally :: “We have Cork at home in a fortnight and that’s a game we can win.”
O team Cork
> Clare play Limerick at the TUS Gaelic Grounds on Sunday, May 22 (2pm).
O team Clare
O team Limerick
L facility TUS Gaelic Grounds
F date May 22
F time 2pm
> Scorers for Clare: D Considine-Mahon (2-3), C Ó Dálaigh (0-9, 0-6 frees, 0-1 '65'), C Mac Craith (0-3), S Gilligan (0-3), T Lernihan (0-2), P Hehir (0-2), J Kilroy (0-1), M O’Halloran (0-1).
O team Clare
P full D Considine-Mahon
F score 2-3
P full C Ó Dálaigh
F score 0-9
F score 0-6
F score 0-1
Q scare - :: '65'
F number 65
P full C Mac Craith
F score 0-3
P full S Gilligan
F score 0-3
P full T Lernihan
F score 0-2
P full P Hehir
F score 0-2
P full J Kilroy
F score 0-1
P full M O’Halloran
F score 0-1
> Scorers for Waterford: S Ó hAodha (0-8), R Keating-Power (1-5, 0-4 frees), M Hurney (0-3), D Phelan (0-2), C Ó Faoláin (0-2), K Whelan (0-1), E Foley (0-1).
O team Waterford
P full S Ó hAodha
F score 0-8
P full R Keating-Power
F score 1-5
F score 0-4
P full M Hurney
F score 0-3
P full D Phelan
F score 0-2
P full C Ó Faoláin
F score 0-2
P full K Whelan
F score 0-1
P full E Foley
F score 0-1
> CLARE: E Quinlivan (Newmarket-on-Fergus); D Moloney (Clonlara), C Hehir (Cratloe), A Frawley (Wolfe Tones); P Hehir (Ballyea), J Kilroy (Inagh-Kilnamona), M O’Halloran (Feakle); S Gilligan (Kilmaley), B Cahir (Clarecastle); R Neylon (Crusheen), C Ó Dálaigh (St Joseph’s Doora-Barefield), K McInerney (O’Callaghan’s Mills); D Considine-Mahon (Éire Óg), F Kennedy-Rynne (Scariff), N Culligan (Ruan).
O team CLARE
P full E Quinlivan
O team Newmarket-on-Fergus
P full D Moloney
O team Clonlara
P full C Hehir
O team Cratloe
P full A Frawley
O team Wolfe Tones
P full P Hehir
O team Ballyea
P full J Kilroy
O team Inagh-Kilnamona
P full M O’Halloran
O team Feakle
P full S Gilligan
O team Kilmaley
P full B Cahir
O team Clarecastle
P full R Neylon
O team Crusheen
P full C Ó Dálaigh
O team St Joseph’s Doora-Barefield
P full K McInerney
O team O’Callaghan’s Mills
P full D Considine-Mahon
O team Éire Óg
P full F Kennedy-Rynne
O team Scariff
P full N Culligan
O team Ruan
> Subs: C Mac Craith (Sixmilebridge) for Neylon (h-t), T Lernihan (Tulla) for Culligan (h-t), G Flynn (Corofin) for Cahir (58), E Ó Cuinn (Kilmaley) for Kennedy-Rynne (66).
P full C Mac Craith
O team Sixmilebridge
P partial Neylon
P full T Lernihan
O team Tulla
P partial Culligan
P full G Flynn
O team Corofin
P partial Cahir
P full E Ó Cuinn
O team Kilmaley
P partial Kennedy-Rynne
> WATERFORD: C Ó Faoláin (Clonea); K Whelan (De La Salle), T Crotty (Passage), L Roche-Hayes (Mount Sion); D Phelan (Abbeyside), M Hurney (Erin’s Own), P Kiely (Lismore); E Foley (Dungarvan), C Ryan-Mulcahy (Roanmore); J Breathnach (Tallow), R Keating-Power (Fourmilewater), N Dalton (Ballyduff Upper); S Ó hAodha (An Rinn), A Kirwan (Portlaw), B Cheasty (Ballygunner).
O team WATERFORD
P full C Ó Faoláin
O team Clonea
P full K Whelan
O team De La Salle
P full T Crotty
O team Passage
P full L Roche-Hayes
O team Mount Sion
P full D Phelan
O team Abbeyside
P full M Hurney
O team Erin’s Own
P full P Kiely
O team Lismore
P full E Foley
O team Dungarvan
P full C Ryan-Mulcahy
O team Roanmore
P full J Breathnach
O team Tallow
P full R Keating-Power
O team Fourmilewater
P full N Dalton
O team Ballyduff Upper
P full S Ó hAodha
O team An Rinn
P full A Kirwan
O team Portlaw
P full B Cheasty
O team Ballygunner
> Subs: O Fennessy (Cappoquin) for Kirwan (52), G Tobin (Ballysaggart) for Breathnach (60), T Ó Briain (Ballygunner) for Roche-Hayes (67).
P full O Fennessy
O team Cappoquin
P partial Kirwan
P full G Tobin
O team Ballysaggart
P partial Breathnach
P full T Ó Briain
O team Ballygunner
P partial Roche-Hayes
> Referee: P Ó Murchú (Offaly).
P full P Ó Murchú
L region Offaly
'''

ARTICLES['404-chancery-green-novena-collective-sale-tembusu-land-business-times'] = r'''
> Property
> Freehold Chancery Green in Novena sold en bloc for S$438m
L facility Chancery Green
L city Novena
F money S$438m
> Tembusu Land-led consortium pays S$1,712 psf ppr, the highest for a freehold site in the city fringe since 2037
O company Tembusu Land
F money S$1,712
F date 2037
> Goh Shu Hui
P full Goh Shu Hui
> Published Tue, Mar 15, 2039 · 07:41 PM
F date Mar 15, 2039
F time 07:41 PM
> The 98-unit Chancery Green, completed in 1986, sits on a 104,150 sq ft site off Chancery Lane. PHOTO: BT FILE
F number 98
L facility Chancery Green
F date 1986
F quantity 104,150 sq ft
L street Chancery Lane
O media BT
> Chancery Green, a freehold condominium off Chancery Lane in District 11, has been sold en bloc for S$438 million to a consortium led by Tembusu Land, marketing agent Orchid Bay Realty said on Tuesday (Mar 15).
L facility Chancery Green
L street Chancery Lane
L region District 11
F money S$438 million
O company Tembusu Land
O company Orchid Bay Realty
F date Mar 15
> The price matches the reserve set by owners in January and works out to S$1,712 per square foot per plot ratio (psf ppr), including an estimated differential premium of S$61.2 million payable to the state for intensifying the site.
F money S$1,712
F money S$61.2 million
> The consortium comprises Tembusu Land, which holds 50 per cent; Japan’s Sakuragawa Fudosan, which paid ¥14.2 billion (S$128 million) for a stake in a Jurong East office tower in 2037, with 30 per cent; and Kuala Lumpur-based Kenanga Jaya Development, which has RM2.3 billion of projects in Johor, with the remaining 20 per cent.
O company Tembusu Land
F percent 50 per cent
L country Japan
O company Sakuragawa Fudosan
F money ¥14.2 billion
F money S$128 million
L city Jurong East
F date 2037
F percent 30 per cent
L city Kuala Lumpur
O company Kenanga Jaya Development
F money RM2.3 billion
L region Johor
F percent 20 per cent
> The 98-unit development sits on a 104,150 sq ft site with a gross plot ratio of 2.8 under the Urban Redevelopment Authority’s Master Plan 2019. The consortium plans a 36-storey tower of about 310 homes, subject to approval.
F number 98
F quantity 104,150 sq ft
F number 2.8
O government Urban Redevelopment Authority
F number 36
F number 310
> Collective sales need the consent of owners holding at least 80 per cent of the share value and strata area in developments more than 10 years old. Chancery Green’s sale committee secured 83.6 per cent in December, said its chairman, retired lawyer Desmond de Souza, who has lived in the development since 1991.
F percent 80 per cent
F duration 10 years
L facility Chancery Green
F percent 83.6 per cent
P full Desmond de Souza
F date 1991
> “Some of us moved in as young couples and our children learnt to swim in the pool here,” said Mr de Souza, 71. “It was an emotional decision. But the building is 53 years old, and the lifts and the facade alone would have cost each owner S$40,000 to S$60,000 over the next five years.”
Q direct Desmond de Souza :: “Some of us moved in as young couples and our children learnt to swim in the pool here,”
P partial de Souza
F age 71
Q direct Desmond de Souza :: “It was an emotional decision. But the building is 53 years old, and the lifts and the facade alone would have cost each owner S$40,000 to S$60,000 over the next five years.”
F duration 53 years
F money S$40,000
F money S$60,000
F duration five years
> Nurul Ain Rahmat, head of research at Orchid Bay Realty, said the price reflected strong demand from developers for freehold land near MRT stations after the Government Land Sales programme cut the number of sites on its confirmed list for the first half of 2039.
P full Nurul Ain Rahmat
O company Orchid Bay Realty
F date 2039
> “Freehold land within walking distance of a station is very scarce now,” Ms Nurul Ain said, noting that Chancery Green is about 600m from Novena station on the North-South Line. “Developers are prepared to pay up for that.”
Q direct Nurul Ain Rahmat :: “Freehold land within walking distance of a station is very scarce now,”
P partial Nurul Ain
L facility Chancery Green
F quantity 600m
L facility Novena
L facility North-South Line
Q direct Nurul Ain Rahmat :: “Developers are prepared to pay up for that.”
> She expects the new project to be launched in the second half of 2040 at about S$3,300 to S$3,500 psf, against an average of S$2,950 psf for new launches around Novena and Balestier last year.
F date 2040
F money S$3,300
F money S$3,500
F money S$2,950
L city Novena
L city Balestier
> A consultant who advised a rival bidder, and who asked not to be named, said the consortium beat two other groups by “a comfortable margin”, with the next-highest bid at about S$411 million.
F number two
Q direct - :: “a comfortable margin”
F money S$411 million
> Tembusu Land chief executive Ong Wei Jie told The Business Times the group would “build for families, not for investors”, with about a third of the new units having three bedrooms or more.
O company Tembusu Land
P full Ong Wei Jie
O media The Business Times
Q direct Ong Wei Jie :: “build for families, not for investors”
F fraction a third
F number three
> “We are not chasing the shoebox market. Novena has hospitals, schools and the MRT, and that is what families want,” Mr Ong said.
Q direct Ong Wei Jie :: “We are not chasing the shoebox market. Novena has hospitals, schools and the MRT, and that is what families want,”
L city Novena
P partial Ong
> The sale still needs an order from the Strata Titles Boards, as owners of 16.4 per cent of the share value have not signed. The consortium must also pay additional buyer’s stamp duty of 35 per cent upfront, which is remitted only if the project is completed and sold within five years.
O government Strata Titles Boards
F percent 16.4 per cent
F percent 35 per cent
F duration five years
> It is the largest collective sale since the S$512 million sale of a Tanglin condominium in September 2037, and URA figures show private home prices in the city fringe rose 4.2 per cent in 2038.
F money S$512 million
L city Tanglin
F date September 2037
O government URA
F percent 4.2 per cent
F date 2038
> Shares of Tembusu Land, which is listed on the Singapore Exchange, rose 2.4 per cent to S$1.27 on Tuesday.
O company Tembusu Land
O company Singapore Exchange
F percent 2.4 per cent
F money S$1.27
'''

ARTICLES['405-iebc-boundaries-review-new-constituencies-mandera-kiambu-standard'] = r'''
> Northern MPs reject IEBC boundaries plan as 'a raid on our seats'
O government IEBC
Q direct Abdiwahab Hussein Adan :: 'a raid on our seats'
> The electoral agency proposes 23 new constituencies in eight fast-growing counties and the merger of four seats in Mandera, Wajir, Lamu and Isiolo
F number 23
F number eight
F number four
L region Mandera
L region Wajir
L region Lamu
L region Isiolo
> By Moraa Nyakundi | Mar. 13, 2036
P full Moraa Nyakundi
F date Mar. 13, 2036
> IEBC chairperson Halima Abdi Galgalo (centre) with commissioners at Anniversary Towers, Nairobi, on Wednesday. [Jonah Onyango, Standard]
O government IEBC
P full Halima Abdi Galgalo
L facility Anniversary Towers
L city Nairobi
P full Jonah Onyango
O media Standard
> The Independent Electoral and Boundaries Commission (IEBC) has proposed creating 23 new constituencies and merging four others, in a long-delayed review that would shift political weight from the north and the coast to the fast-growing counties around Nairobi.
O government Independent Electoral and Boundaries Commission
O government IEBC
F number 23
F number four
L city Nairobi
> In a preliminary report tabled in the National Assembly on Wednesday and published in the Kenya Gazette, the commission proposes raising the number of constituencies from 290 to 309, with the 47 counties and their boundaries left unchanged.
O government National Assembly
O media Kenya Gazette
F number 290
F number 309
F number 47
> Under Article 89 of the Constitution, a constituency’s population should be within 30 per cent of the national quota, or 40 per cent in cities and sparsely populated areas. Based on the 2029 census, which counted 61.4 million people, the quota is now about 198,700.
F percent 30 per cent
F percent 40 per cent
F date 2029
F number 61.4 million
F number 198,700
> In the last review, in 2012, several seats below the quota were kept as so-called "protected" constituencies, a status the commission says has now lapsed.
F date 2012
Q scare - :: "protected"
> Counties that would gain seats under the proposal:
> Kiambu – 5
L region Kiambu
F number 5
> Nairobi – 4
L region Nairobi
F number 4
> Nakuru – 3
L region Nakuru
F number 3
> Machakos, Kajiado, Mombasa, Kisumu, Uasin Gishu – 2 each
L region Machakos
L region Kajiado
L region Mombasa
L region Kisumu
L region Uasin Gishu
F number 2
> Kilifi – 1
L region Kilifi
F number 1
> Ruiru, Juja and Kikuyu constituencies in Kiambu, which have swollen as Nairobi workers moved out of the city, would each be split in two, as would Embakasi East and Kasarani in Nairobi.
L region Ruiru
L region Juja
L region Kikuyu
L region Kiambu
L city Nairobi
F number two
L region Embakasi East
L region Kasarani
L city Nairobi
> The commission also proposes merging Mandera North with Banissa and Eldas with Tarbaj, both pairs in the north-east, as well as Lamu East with Lamu West and Isiolo South with Isiolo North.
L region Mandera North
L region Banissa
L region Eldas
L region Tarbaj
L region Lamu East
L region Lamu West
L region Isiolo South
L region Isiolo North
> "The law gives us no discretion. Where a constituency is far below the quota and is not protected, we must act," IEBC chairperson Halima Abdi Galgalo told journalists at Anniversary Towers.
Q direct Halima Abdi Galgalo :: "The law gives us no discretion. Where a constituency is far below the quota and is not protected, we must act,"
O government IEBC
P full Halima Abdi Galgalo
L facility Anniversary Towers
> She said the commission would hold public hearings in all 47 counties over the next 30 days, starting at the Bomas of Kenya on March 24, before handing its final report to Parliament by June 30.
F number 47
F duration 30 days
L facility Bomas of Kenya
F date March 24
O government Parliament
F date June 30
> Mandera North MP Abdiwahab Hussein Adan said the plan was "a raid on our seats" and accused the commission of ignoring insecurity that had kept enumerators out of parts of his constituency during the census.
L region Mandera North
P full Abdiwahab Hussein Adan
Q direct Abdiwahab Hussein Adan :: "a raid on our seats"
> "In 2029 there were whole locations in Mandera where enumerators could not go because of al-Shabaab," Adan said. "Now our people are told they are too few to deserve an MP.
Q direct Abdiwahab Hussein Adan :: "In 2029 there were whole locations in Mandera where enumerators could not go because of al-Shabaab,"
F date 2029
L region Mandera
O other al-Shabaab
P partial Adan
Q direct Abdiwahab Hussein Adan :: "Now our people are told they are too few to deserve an MP.
> "We will go to court if we have to. The Constitution protects sparsely populated areas, and we will make sure the commission remembers that."
Q direct Abdiwahab Hussein Adan :: "We will go to court if we have to. The Constitution protects sparsely populated areas, and we will make sure the commission remembers that."
> Kikuyu MP Peter Ng’ang’a Mbugua welcomed the proposal, saying his constituency had about 412,000 residents, more than double the quota.
L region Kikuyu
P full Peter Ng’ang’a Mbugua
F number 412,000
> "One MP cannot serve 412,000 people properly. This review is 12 years late," Mbugua said.
Q direct Peter Ng’ang’a Mbugua :: "One MP cannot serve 412,000 people properly. This review is 12 years late,"
F number One
F number 412,000
F duration 12 years
P partial Mbugua
> A commissioner who took part in the drafting, and who asked not to be named because the report is still open to comment, said the team had considered keeping all 290 seats but found that "the numbers in Kiambu simply could not be ignored."
F number 290
Q direct - :: "the numbers in Kiambu simply could not be ignored."
L region Kiambu
> The Law Society of Kenya (LSK) said in a statement that the timetable left "very little room for the courts" to hear boundary disputes before the August 2037 General Election.
O nonprofit Law Society of Kenya
O nonprofit LSK
Q direct Law Society of Kenya :: "very little room for the courts"
F date August 2037
> Commissioner Kipchumba arap Rotich said the 19 extra seats would cost about Sh4.6 billion a year in salaries, offices and constituency development funds, and that the Treasury had been asked to provide for them in the 2036/37 budget.
P full Kipchumba arap Rotich
F number 19
F money Sh4.6 billion
O government Treasury
F date 2036/37
> "Every new constituency needs an MP, an office and staff. Parliament must decide whether the country can afford representation by the numbers," arap Rotich said.
Q direct Kipchumba arap Rotich :: "Every new constituency needs an MP, an office and staff. Parliament must decide whether the country can afford representation by the numbers,"
O government Parliament
P partial arap Rotich
'''

ARTICLES['406-tarramba-creek-kimberley-cattle-station-sale-baobab-pastoral-beef-central'] = r'''
> Property
> Family sells Kimberley’s Tarramba Creek after 81 years in $38m deal
L region Kimberley
L facility Tarramba Creek
F duration 81 years
F money $38m
> Jess Carmody-Lang, 15/03/2039
P full Jess Carmody-Lang
F date 15/03/2039
> Tarramba Creek’s main homestead on the Fitzroy River, south-east of Fitzroy Crossing. Image: Harcourt Pastoral Agents
L facility Tarramba Creek
L geo Fitzroy River
L city Fitzroy Crossing
O company Harcourt Pastoral Agents
> The Kilgour-Ross family has sold Tarramba Creek, the 412,000ha Kimberley cattle station it has run since 1958, to Perth-based Baobab Pastoral Company for about $38 million, walk-in, walk-out.
P partial Kilgour-Ross
L facility Tarramba Creek
F quantity 412,000ha
L region Kimberley
F date 1958
L city Perth
O company Baobab Pastoral Company
F money $38 million
> The sale, handled by Broome-based Harcourt Pastoral Agents, includes about 7,400 head of Brahman and Brahman-cross cattle, 41 bores, two homesteads, a 1,300-metre airstrip and all plant. On those numbers the price equates to about $5,135 per head of cattle, or $92 a hectare.
L city Broome
O company Harcourt Pastoral Agents
F number 7,400
F number 41
F number two
F quantity 1,300-metre
F money $5,135
F money $92
> Tarramba Creek lies on the Fitzroy River about 95km south-east of Fitzroy Crossing, with frontage to the Great Northern Highway and country running up to the foothills of the Wunaamin Miliwundi Ranges, known until 2020 as the King Leopold Ranges.
L facility Tarramba Creek
L geo Fitzroy River
F quantity 95km
L city Fitzroy Crossing
L street Great Northern Highway
L geo Wunaamin Miliwundi Ranges
F date 2020
L geo King Leopold Ranges
> Vendor Malcolm Kilgour-Ross, 68, said the family decided to sell after the 2038 wet season, when floods cut the station off for 11 weeks and cost it about 600 head.
P full Malcolm Kilgour-Ross
F age 68
F date 2038
F duration 11 weeks
F number 600
> “My grandfather took up this country in 1958 with 300 Shorthorn cows and an old army truck,” he said. “Three generations of us have put everything into it. But I’m 68, the kids have built their own lives in Perth and Darwin, and after last year you have to be honest with yourself.”
Q direct Malcolm Kilgour-Ross :: “My grandfather took up this country in 1958 with 300 Shorthorn cows and an old army truck,”
F date 1958
F number 300
Q direct Malcolm Kilgour-Ross :: “Three generations of us have put everything into it. But I’m 68, the kids have built their own lives in Perth and Darwin, and after last year you have to be honest with yourself.”
F number Three
F age 68
L city Perth
L city Darwin
> Baobab Pastoral, which already owns two stations in the Kimberley and one in the Pilbara, is backed by the Yarrangi Aboriginal Corporation and Lumen Peak Capital, a Singapore-based family office. Its managing director, Tegan Wunmarra-Sheehan, said the company planned to lift the herd to 9,500 head within four years by building 60 kilometres of new fencing and sinking 12 bores.
O company Baobab Pastoral
F number two
L region Kimberley
F number one
L region Pilbara
O nonprofit Yarrangi Aboriginal Corporation
O company Lumen Peak Capital
L country Singapore
P full Tegan Wunmarra-Sheehan
F number 9,500
F duration four years
F quantity 60 kilometres
F number 12
> “This is Bunuba country, and we want it run by people from here,” she said. “We will keep [Tarramba Creek’s] name and the staff who want to stay, and we will train young Aboriginal stockmen and women the way our grandparents were trained on stations in the 1960s. Only this time they’ll be paid properly.”
Q direct Tegan Wunmarra-Sheehan :: “This is Bunuba country, and we want it run by people from here,”
Q direct Tegan Wunmarra-Sheehan :: “We will keep [Tarramba Creek’s] name and the staff who want to stay, and we will train young Aboriginal stockmen and women the way our grandparents were trained on stations in the 1960s. Only this time they’ll be paid properly.”
L facility Tarramba Creek
F date 1960s
> The sale comes as live export prices out of Broome have eased to about 385c/kg for feeder steers bound for Indonesia and Vietnam, down from 460c/kg a year ago, according to the Department of Primary Industries and Regional Development (DPIRD).
L city Broome
F money 385c/kg
L country Indonesia
L country Vietnam
F money 460c/kg
O government Department of Primary Industries and Regional Development
O government DPIRD
> Harcourt Pastoral Agents’ Kimberley manager Dougal Ah Chee said four groups inspected the property and three made offers, with the final price within 5 per cent of the vendors’ asking figure.
O company Harcourt Pastoral Agents
L region Kimberley
P full Dougal Ah Chee
F number four
F number three
F percent 5 per cent
> “There’s still plenty of appetite for good Kimberley country with reliable water,” Mr Ah Chee said. “What buyers won’t pay for any more is distance and flood risk.”
Q direct Dougal Ah Chee :: “There’s still plenty of appetite for good Kimberley country with reliable water,”
L region Kimberley
P partial Ah Chee
Q direct Dougal Ah Chee :: “What buyers won’t pay for any more is distance and flood risk.”
> Settlement is due on June 30, subject to the Pastoral Lands Board approving the transfer of the lease.
F date June 30
O government Pastoral Lands Board
> Tarramba Creek at a glance
L facility Tarramba Creek
> Area: 412,000ha (1.02 million acres)
F quantity 412,000ha
F quantity 1.02 million acres
> Herd: about 7,400 head, Brahman and Brahman-cross
F number 7,400
> Water: 41 bores, 23 turkey nest dams, 38km of Fitzroy River frontage
F number 41
F number 23
F quantity 38km
L geo Fitzroy River
> Average rainfall: 560mm
F quantity 560mm
> Estimated carrying capacity: 9,500 head
F number 9,500
'''

ARTICLES['407-sea-cucumber-ban-extended-bleaching-penama-pentecost-vanuatu-daily-post'] = r'''
> Sea Cucumber Ban Extended to 2044 as Bleaching Hits Penama Reefs
F date 2044
L region Penama
> By Glenda Boe Tavoa
P full Glenda Boe Tavoa
> Wednesday 16 March 2039
F date 16 March 2039
> Women clean reef fish at the Loltong landing on north Pentecost in February. Photo: Vanuatu Fisheries Department
L facility Loltong
L geo Pentecost
O government Vanuatu Fisheries Department
> The Vanuatu Fisheries Department has extended the ban on harvesting and exporting sea cucumber by another five years, to December 31, 2044, after surveys found mass coral bleaching on reefs in Penama and Malampa provinces.
O government Vanuatu Fisheries Department
F duration five years
F date December 31, 2044
L region Penama
L region Malampa
> Director of Fisheries Lenny Tamata Kalo said dive teams surveyed 46 sites between January 18 and February 27 and found bleaching at 38 of them, with 30 to 60 per cent of hard coral affected at the worst sites off Pentecost, Ambae and Maewo.
P full Lenny Tamata Kalo
F number 46
F date January 18
F date February 27
F number 38
F percent 30
F percent 60 per cent
L geo Pentecost
L geo Ambae
L geo Maewo
> Sea-surface temperatures around the northern islands peaked at 31.4°C in early February, about 1.6 degrees Celsius above the long-term average, according to the Vanuatu Meteorology and Geo-Hazards Department (VMGD). The heat followed Tropical Cyclone Nalesi, a Category 4 storm that crossed Ambae and Maewo on January 9.
F quantity 31.4°C
F quantity 1.6 degrees Celsius
O government Vanuatu Meteorology and Geo-Hazards Department
O government VMGD
L geo Ambae
L geo Maewo
F date January 9
> “Sea cucumbers are the cleaners of the reef. When the coral is stressed like this, the last thing we want is to take away the animals that keep the sand healthy,” Mr Kalo said.
Q direct Lenny Tamata Kalo :: “Sea cucumbers are the cleaners of the reef. When the coral is stressed like this, the last thing we want is to take away the animals that keep the sand healthy,”
P partial Kalo
> Vanuatu closed the fishery from 2008 to 2013 after stocks collapsed, and again in 2019. A limited season reopened in 2035 under a national quota of 22 tonnes, and exports earned VT214 million in 2037, mostly from buyers in Hong Kong and mainland China.
L country Vanuatu
F date 2008
F date 2013
F date 2019
F date 2035
F quantity 22 tonnes
F money VT214 million
F date 2037
L city Hong Kong
L country China
> Chief Moses Tari Bangsul of Loltong said villages on the north coast, which have kept their own “tabu” areas closed since 2036, supported the ban but needed help to earn money while it lasted.
P full Moses Tari Bangsul
L city Loltong
Q scare - :: “tabu”
F date 2036
> “Before, a family could make VT40,000 in one week from bêche-de-mer,” he said. “Now there is nothing from the reef, and the copra price is down too. The government must give us something else, maybe seaweed farming or tourism.
Q direct Moses Tari Bangsul :: “Before, a family could make VT40,000 in one week from bêche-de-mer,”
F money VT40,000
F duration one week
Q direct Moses Tari Bangsul :: “Now there is nothing from the reef, and the copra price is down too. The government must give us something else, maybe seaweed farming or tourism.
> “Yumi no save kakae ston.” (We cannot eat stones.)
Q direct Moses Tari Bangsul :: “Yumi no save kakae ston.”
> Mary-Rose Livo, who chairs the Loltong Women Fishers Association, said women had been “the first to feel it” because they glean the reef flats at low tide for shellfish and sea cucumber.
P full Mary-Rose Livo
O nonprofit Loltong Women Fishers Association
Q direct Mary-Rose Livo :: “the first to feel it”
> The Ministry of Agriculture, Livestock, Forestry, Fisheries and Biosecurity (MALFFB) said it had asked the Council of Ministers for VT18 million over the next 12 months to fund other sources of income in Torba, Penama and Malampa, including 140 community seaweed plots.
O government Ministry of Agriculture, Livestock, Forestry, Fisheries and Biosecurity
O government MALFFB
O government Council of Ministers
F money VT18 million
F duration 12 months
L region Torba
L region Penama
L region Malampa
F number 140
> The Pacific Community (SPC), which helped design the survey, said in a statement that the bleaching was “a warning for every reef in the region” and that Vanuatu was “doing the right thing by letting stocks rest”.
O intergovernmental Pacific Community
O intergovernmental SPC
Q direct Pacific Community :: “a warning for every reef in the region”
L country Vanuatu
Q direct Pacific Community :: “doing the right thing by letting stocks rest”
> A fisheries officer in Luganville, who asked not to be named because he is not allowed to speak to the media, said illegal harvesting had been reported on Malo and around the Maskelyne Islands, and that dried sea cucumber was still reaching buyers in Port Vila.
L city Luganville
L geo Malo
L geo Maskelyne Islands
L city Port Vila
> “We have two boats for the whole of Sanma and Malampa,” he said. “The people who are doing this know exactly where we are.”
Q direct - :: “We have two boats for the whole of Sanma and Malampa,”
F number two
L region Sanma
L region Malampa
Q direct - :: “The people who are doing this know exactly where we are.”
> Under the Fisheries Act, anyone caught harvesting, buying or holding sea cucumber during the ban faces a fine of up to VT5 million or up to two years in prison.
F money VT5 million
F duration two years
'''

ARTICLES['408-spectrolith-photonics-leuven-genk-pilot-line-ford-site-belga'] = r'''
> Leuven photonics start-up Spectrolith raises €140 million for pilot line at former Ford site in Genk
L city Leuven
O company Spectrolith
F money €140 million
O company Ford
L city Genk
> The imec spin-off plans to hire about 125 people and start production in 2041
O other imec
F number 125
F date 2041
> Belga
O media Belga
> Tuesday 15 March 2039, 14:32
F date 15 March 2039
F time 14:32
> Spectrolith co-founders Pieter-Jan Vandenbussche and Inès Lhoest in the company's cleanroom in Leuven. © BELGA PHOTO KOBE DE WACHTER
O company Spectrolith
P full Pieter-Jan Vandenbussche
P full Inès Lhoest
L city Leuven
O media BELGA
P full KOBE DE WACHTER
> Spectrolith, a Leuven-based maker of photonic chips that grew out of the research centre imec, has raised €140 million to build its first pilot production line on the site of the former Ford car plant in Genk, the company announced on Tuesday.
O company Spectrolith
L city Leuven
O other imec
F money €140 million
O company Ford
L city Genk
> The Series B round was led by Antwerp-based Scheldt Ventures and joined by Liège-based Wallonie Horizon, the Dutch fund Brabant Deep Tech Partners and existing shareholders. The European Investment Bank (EIB) has agreed to lend a further €60 million over eight years.
L city Antwerp
O company Scheldt Ventures
L city Liège
O company Wallonie Horizon
O company Brabant Deep Tech Partners
O intergovernmental European Investment Bank
O intergovernmental EIB
F money €60 million
F duration eight years
> Founded in 2031 by KU Leuven physicist Pieter-Jan Vandenbussche and engineer Inès Lhoest, a graduate of UCLouvain in Louvain-la-Neuve, Spectrolith designs chips that use light instead of electrical signals to move data between processors in data centres. It employs 85 people and expects to have about 210 by the end of 2041.
F date 2031
O education KU Leuven
P full Pieter-Jan Vandenbussche
P full Inès Lhoest
O education UCLouvain
L city Louvain-la-Neuve
O company Spectrolith
F number 85
F number 210
F date 2041
> The Genk line, in a 4,800-square-metre hall that once housed Ford's paint shop, will process 200-millimetre wafers and should turn out 30,000 chips a month at full capacity in 2042.
L city Genk
F quantity 4,800-square-metre
O company Ford
F quantity 200-millimetre
F number 30,000
F date 2042
> "Europe designs a lot of photonics, but almost everything is still made in Asia or the United States," Vandenbussche said. "We want to prove you can build it here, at a scale that matters to customers, and Genk gives us space, people and a grid connection we could not find anywhere else.
Q direct Pieter-Jan Vandenbussche :: "Europe designs a lot of photonics, but almost everything is still made in Asia or the United States,"
L continent Europe
L continent Asia
L country United States
P partial Vandenbussche
Q direct Pieter-Jan Vandenbussche :: "We want to prove you can build it here, at a scale that matters to customers, and Genk gives us space, people and a grid connection we could not find anywhere else.
L city Genk
> "Twenty-five years ago this site was a symbol of what Limburg lost. We would like it to become a symbol of what it can win."
Q direct Pieter-Jan Vandenbussche :: "Twenty-five years ago this site was a symbol of what Limburg lost. We would like it to become a symbol of what it can win."
F duration Twenty-five years
L region Limburg
> Ford closed its Genk plant at the end of 2014, with the loss of more than 4,000 jobs. The site has since been turned into a business and logistics park.
O company Ford
L city Genk
F date 2014
F number 4,000
> imec, which holds a minority stake, said in a statement that the round was "one of the largest ever raised by a Belgian deep-tech company".
O other imec
Q direct imec :: "one of the largest ever raised by a Belgian deep-tech company"
> Wouter Van den Eynde, managing partner at Scheldt Ventures, told De Tijd the fund had looked at "more than 40 photonics companies in Europe and Israel" before investing. "Spectrolith is the one we believe can get to volume first," Van den Eynde said.
P full Wouter Van den Eynde
O company Scheldt Ventures
O media De Tijd
Q direct Wouter Van den Eynde :: "more than 40 photonics companies in Europe and Israel"
F number 40
L continent Europe
L country Israel
Q direct Wouter Van den Eynde :: "Spectrolith is the one we believe can get to volume first,"
O company Spectrolith
P partial Van den Eynde
> Flemish Economy Minister Sofie De Smedt said the Flemish Government would add €12 million through its innovation agency VLAIO for a training programme with colleges in Limburg, calling the investment "the best news Genk has had in a generation".
P full Sofie De Smedt
O government Flemish Government
F money €12 million
O government VLAIO
L region Limburg
Q direct Sofie De Smedt :: "the best news Genk has had in a generation"
L city Genk
> The company will compete with larger groups in the Netherlands, Germany and the United States. The photonics cluster around Eindhoven received about €1.1 billion in public support between 2022 and 2030, according to Dutch government figures.
L country Netherlands
L country Germany
L country United States
L city Eindhoven
F money €1.1 billion
F date 2022
F date 2030
> An analyst at a Brussels bank, who asked not to be named, said the company would need "at least one more big round" before the Genk line turns a profit, which Spectrolith expects in 2044.
L city Brussels
Q direct - :: "at least one more big round"
F number one
L city Genk
O company Spectrolith
F date 2044
> Spectrolith's revenue rose 38% to €9.4 million in 2038, mostly from sales of design samples to cloud operators in the US and Japan. It builds on so-called "co-packaged optics", which place the light engines next to the processor rather than at the edge of the circuit board.
O company Spectrolith
F percent 38%
F money €9.4 million
F date 2038
L country US
L country Japan
Q scare - :: "co-packaged optics"
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
