#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval124 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval124/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['787-zambezi-fish-ban-extended-three-weeks-mongu-fishermen-bre-dmmu-zambia-daily-mail'] = r'''
> Fishers cry foul as fish ban extended by three weeks
F duration three weeks
> NAMAKAU MUYUNDA, Mongu
P full NAMAKAU MUYUNDA
L city Mongu
> March 4, 2038
F date March 4, 2038
> Fishermen pull their banana boats ashore at Mongu harbour on Tuesday after the extension of the annual fish ban. PICTURE: LISWANISO MUBITA
L city Mongu
P full LISWANISO MUBITA
> FISHERMEN on the upper Zambezi floodplain have appealed to the Ministry of Fisheries and Livestock to reconsider the three-week extension of the annual fish ban, saying thousands of families in Western Province have had no income since December.
L geo Zambezi
O government Ministry of Fisheries and Livestock
F duration three-week
L region Western Province
> The ban, which closes all rivers, lagoons and floodplains to commercial and subsistence fishing from December 1 to February 28 every year to let fish breed, was extended to March 21, 2038 in a statutory instrument signed on February 26.
F date December 1
F date February 28
F date March 21, 2038
F date February 26
> Director of Fisheries Chiluba Mwape-Sakala said late rains had left the Barotse Floodplain about 1.4 metres below its normal level for the season, delaying the spawning of bream and other species.
P full Chiluba Mwape-Sakala
L geo Barotse Floodplain
F quantity 1.4 metres
> "If we open the rivers now, we will be catching the mothers before they lay their eggs. Next year there will be nothing to catch," Ms Mwape-Sakala said in an interview in Lusaka on Monday.
Q direct Chiluba Mwape-Sakala :: "If we open the rivers now, we will be catching the mothers before they lay their eggs. Next year there will be nothing to catch,"
P partial Mwape-Sakala
L city Lusaka
> She said the Department of Fisheries had received reports that some fishermen in Senanga and Kalabo had defied the ban, and that officers had confiscated 312 nets and 46 canoes since December 1.
O government Department of Fisheries
L city Senanga
L city Kalabo
F number 312
F number 46
F date December 1
> But at Mongu harbour, where rows of banana boats lay idle on the sand this week, fishermen said they had already waited 90 days.
L city Mongu
F duration 90 days
> Mubita Akapelwa, 47, who has fished the lagoons around Lealui for 30 years, said he had sold two of his cattle to pay school fees for his five children.
P full Mubita Akapelwa
F age 47
L city Lealui
F duration 30 years
F number two
F number five
> "We understand the ban. We have kept it since December without complaining," he said. "But nobody told us it would be another three weeks. A man cannot eat understanding.
Q direct Mubita Akapelwa :: "We understand the ban. We have kept it since December without complaining,"
Q direct Mubita Akapelwa :: "But nobody told us it would be another three weeks. A man cannot eat understanding.
F duration three weeks
> "The fish traders from Lusaka and the Copperbelt are already buying from Namibia and Angola. When we open, they will not come back to us."
Q direct Mubita Akapelwa :: "The fish traders from Lusaka and the Copperbelt are already buying from Namibia and Angola. When we open, they will not come back to us."
L city Lusaka
L region Copperbelt
L country Namibia
L country Angola
> Traders at Mongu's main market said a 25-kilogramme bag of dried bream, which sold for about K1,400 in November, now fetched up to K2,300 where it could be found at all.
L city Mongu
F quantity 25-kilogramme
F money K1,400
F money K2,300
> The chairperson of the Western Province Fishermen's Association, Inonge Sitali, said about 60 percent of the association's 4,800 members depended entirely on fishing. She called the extension "a decision taken in an office in Lusaka without talking to the people on the water".
O nonprofit Western Province Fishermen's Association
P full Inonge Sitali
F percent 60 percent
F number 4,800
Q direct Inonge Sitali :: "a decision taken in an office in Lusaka without talking to the people on the water"
L city Lusaka
> The association has asked the Disaster Management and Mitigation Unit (DMMU) for relief maize to carry families through the 21 days.
O government Disaster Management and Mitigation Unit
O government DMMU
F duration 21 days
> A DMMU official in Mongu, who asked not to be named, said an assessment team would visit Senanga, Kalabo and Shang'ombo districts next week.
O government DMMU
L city Mongu
L region Senanga
L region Kalabo
L region Shang'ombo
> "We have heard the cry of the fishermen. Food will go where the need is greatest," the official said.
Q direct - :: "We have heard the cry of the fishermen. Food will go where the need is greatest,"
> The Barotse Royal Establishment (BRE) has backed the extension. BRE Induna Mukela Muyambango said the Litunga's council had itself asked for more time after elders reported that the water on the plain was "too low for the fish to find the grass".
O other Barotse Royal Establishment
O other BRE
O other BRE
P full Mukela Muyambango
Q direct Mukela Muyambango :: "too low for the fish to find the grass"
> "In the old days the people themselves closed the rivers. The fish is our bank. If you empty the bank, there is nothing left for the Kuomboka," he said.
Q direct Mukela Muyambango :: "In the old days the people themselves closed the rivers. The fish is our bank. If you empty the bank, there is nothing left for the Kuomboka,"
> Ms Mwape-Sakala said the ban would not be extended beyond March 21 and that fishing licences for the 2038 season would be sold at K150 for a canoe and K450 for a motorised boat at the Mongu and Senanga district offices.
P partial Mwape-Sakala
F date March 21
F date 2038
F money K150
F money K450
L city Mongu
L city Senanga
'''

ARTICLES['788-laois-edge-kerry-joe-mcdonagh-cup-omoore-park-brophy-free-irish-examiner'] = r'''
> Hurling
> Laois edge out Kerry in O’Moore Park thriller to stay alive in Joe McDonagh Cup
O team Laois
O team Kerry
L facility O’Moore Park
> Cathal Brophy’s late free settled a contest that swung four times in the final quarter as the O’Moore County held on by a point
P full Cathal Brophy
F number four
O team O’Moore County
> Eoin Ó Tuathail
P full Eoin Ó Tuathail
> Sun, 23 May, 2038 - 19:42
F date 23 May, 2038
F time 19:42
> Laois 2-18 Kerry 1-20
O team Laois
F score 2-18
O team Kerry
F score 1-20
> Laois’s Seánie Fennelly celebrates his goal against Kerry at O’Moore Park. Picture: Niamh Cullinane-Bree/Sportsfile
O team Laois
P full Seánie Fennelly
O team Kerry
L facility O’Moore Park
P full Niamh Cullinane-Bree
O media Sportsfile
> LAOIS kept their Joe McDonagh Cup hopes alive in Portlaoise on Sunday, but only just, as Cathal Brophy pointed a 71st-minute free to finish a game that Kerry had led for most of the second half.
O team LAOIS
L city Portlaoise
P full Cathal Brophy
O team Kerry
> The Camross man finished with 0-9, six of them from frees, and his winner came moments after Darragh Hennessy-Quirke had levelled for the visitors with his third point from play.
O team Camross
F score 0-9
F number six
P full Darragh Hennessy-Quirke
> “We’re still breathing, that’s about all you can say,” said Laois manager Fergus Tynan. “Kerry came here with nothing to lose and for 50 minutes they hurled us off the field. But the lads showed something in the last ten minutes that I haven’t seen from them all year.”
Q direct Fergus Tynan :: “We’re still breathing, that’s about all you can say,”
O team Laois
P full Fergus Tynan
Q direct Fergus Tynan :: “Kerry came here with nothing to lose and for 50 minutes they hurled us off the field. But the lads showed something in the last ten minutes that I haven’t seen from them all year.”
O team Kerry
F duration 50 minutes
F duration ten minutes
> A crowd of 3,612 saw Kerry, who beat Laois in the league in March, start far the brighter. Séamus Ó Conchubhair landed five frees in the opening 20 minutes, and when Hennessy-Quirke flicked home a Micheál Lyons delivery in the 23rd minute the Kingdom led 1-8 to 0-5.
F number 3,612
O team Kerry
O team Laois
P full Séamus Ó Conchubhair
F number five
F duration 20 minutes
P partial Hennessy-Quirke
P full Micheál Lyons
O team Kingdom
F score 1-8
F score 0-5
> Laois needed a goal and got one just before the break. Pierce Kavanagh won a puck-out near halfway, and Ruairí Ó Dubhláin ran through to shoot low past Brendan Lenihan. Kerry went in 1-10 to 1-7 ahead.
O team Laois
P full Pierce Kavanagh
P full Ruairí Ó Dubhláin
P full Brendan Lenihan
O team Kerry
F score 1-10
F score 1-7
> Ó Conchubhair, who finished with 0-10, kept the Kerry scoreboard moving after the restart, and with 12 minutes left the visitors were four points clear, 1-17 to 1-13.
P partial Ó Conchubhair
F score 0-10
O team Kerry
F duration 12 minutes
F number four
F score 1-17
F score 1-13
> Then came the goal that turned it. Brophy’s long free dropped short, Lenihan could only parry, and Seánie Fennelly doubled on the rebound to the Kerry net. Two Brophy frees and a point from Martin Delahunty put Laois in front for the first time since the 20th minute.
P partial Brophy
P partial Lenihan
P full Seánie Fennelly
O team Kerry
F number Two
P partial Brophy
P full Martin Delahunty
O team Laois
> Kerry manager Niall Ó Mainín said his side had “left it behind us” in a spell of four minutes.
O team Kerry
P full Niall Ó Mainín
Q direct Niall Ó Mainín :: “left it behind us”
F duration four minutes
> “We were the better team for 60 minutes and we go home with nothing,” he said. “That’s hurling. You don’t get anything for 60 minutes.”
Q direct Niall Ó Mainín :: “We were the better team for 60 minutes and we go home with nothing,”
F duration 60 minutes
Q direct Niall Ó Mainín :: “That’s hurling. You don’t get anything for 60 minutes.”
F duration 60 minutes
> Laois play Carlow away on June 6, while Kerry host Antrim at Austin Stack Park in Tralee.
O team Laois
O team Carlow
F date June 6
O team Kerry
O team Antrim
L facility Austin Stack Park
L city Tralee
> Scorers for Laois: C Brophy 0-9 (0-6 frees, 0-1 ‘65’); S Fennelly 1-2; R Ó Dubhláin 1-1; P Kavanagh 0-3; J Carew 0-2; M Delahunty 0-1.
O team Laois
P full C Brophy
F score 0-9
F score 0-6
F score 0-1
Q scare - :: ‘65’
F number 65
P full S Fennelly
F score 1-2
P full R Ó Dubhláin
F score 1-1
P full P Kavanagh
F score 0-3
P full J Carew
F score 0-2
P full M Delahunty
F score 0-1
> Scorers for Kerry: S Ó Conchubhair 0-10 (0-7 frees); D Hennessy-Quirke 1-3; M Lyons 0-3; F Dineen 0-2; B O’Carroll 0-1; J Goulding 0-1.
O team Kerry
P full S Ó Conchubhair
F score 0-10
F score 0-7
P full D Hennessy-Quirke
F score 1-3
P full M Lyons
F score 0-3
P full F Dineen
F score 0-2
P full B O’Carroll
F score 0-1
P full J Goulding
F score 0-1
> LAOIS: E Brennan-Daly (Camross); L Kelleher (Rathdowney-Errill), D Hartigan (Clough-Ballacolla), C Fogarty (Borris-in-Ossory-Kilcotton); J Carew (Castletown), P Mulhall (Camross), B Tierney (The Harps); P Kavanagh (Abbeyleix), M Delahunty (Rosenallis); R Ó Dubhláin (Portlaoise), C Brophy (Camross), T Kirwan (Ballinakill); S Fennelly (Clough-Ballacolla), J Bergin (Colt-Shanahoe), A Lalor (Rathdowney-Errill).
O team LAOIS
P full E Brennan-Daly
O team Camross
P full L Kelleher
O team Rathdowney-Errill
P full D Hartigan
O team Clough-Ballacolla
P full C Fogarty
O team Borris-in-Ossory-Kilcotton
P full J Carew
O team Castletown
P full P Mulhall
O team Camross
P full B Tierney
O team The Harps
P full P Kavanagh
O team Abbeyleix
P full M Delahunty
O team Rosenallis
P full R Ó Dubhláin
O team Portlaoise
P full C Brophy
O team Camross
P full T Kirwan
O team Ballinakill
P full S Fennelly
O team Clough-Ballacolla
P full J Bergin
O team Colt-Shanahoe
P full A Lalor
O team Rathdowney-Errill
> Subs: K Maher (Castletown) for Bergin (52), N Cuddihy (Camross) for Kirwan (63).
P full K Maher
O team Castletown
P partial Bergin
P full N Cuddihy
O team Camross
P partial Kirwan
> KERRY: B Lenihan (Ballyduff); S Nolan (Lixnaw), P Godley (Kilmoyley), E Hanafin (Causeway); F Dineen (Abbeydorney), T Slattery (Ballyheigue), C Harty (Lixnaw); M Lyons (St Brendan’s), J Goulding (Kilmoyley); B O’Carroll (Crotta O’Neill’s), D Hennessy-Quirke (Causeway), K Quilter (Ballyduff); S Ó Conchubhair (Kilmoyley), R Dowling (Abbeydorney), C O’Mahony (Lixnaw).
O team KERRY
P full B Lenihan
O team Ballyduff
P full S Nolan
O team Lixnaw
P full P Godley
O team Kilmoyley
P full E Hanafin
O team Causeway
P full F Dineen
O team Abbeydorney
P full T Slattery
O team Ballyheigue
P full C Harty
O team Lixnaw
P full M Lyons
O team St Brendan’s
P full J Goulding
O team Kilmoyley
P full B O’Carroll
O team Crotta O’Neill’s
P full D Hennessy-Quirke
O team Causeway
P full K Quilter
O team Ballyduff
P full S Ó Conchubhair
O team Kilmoyley
P full R Dowling
O team Abbeydorney
P full C O’Mahony
O team Lixnaw
> Subs: A Joy (Causeway) for O’Mahony (55), D Fitzmaurice (Ballyduff) for Dowling (61).
P full A Joy
O team Causeway
P partial O’Mahony
P full D Fitzmaurice
O team Ballyduff
P partial Dowling
> Referee: C Kinsella (Wexford).
P full C Kinsella
L region Wexford
'''

ARTICLES['789-masiu-failure-of-elections-seven-barangays-ballot-boxes-burned-comelec-lanao-del-sur-rappler'] = r'''
> Comelec declares failure of elections in 7 Masiu barangays after ballot boxes burned
O government Comelec
F number 7
L city Masiu
> Special polls are set for May 23 in the Lanao del Sur town, where armed men seized and burned ballot boxes in the first hours of voting
F date May 23
L region Lanao del Sur
> Jamila Sarip Ampaso
P full Jamila Sarip Ampaso
> May 15, 2037 6:25 PM PHT
F date May 15, 2037
F time 6:25 PM PHT
> ASHES. Soldiers guard what remains of ballot boxes burned outside a school in Barangay Lumbac Kalilangan, Masiu, on May 11, 2037. Photo courtesy of the 103rd Infantry Brigade
L city Barangay Lumbac Kalilangan
L city Masiu
F date May 11, 2037
O government 103rd Infantry Brigade
> LANAO DEL SUR, Philippines – The Commission on Elections (Comelec) declared a failure of elections in seven barangays of Masiu, Lanao del Sur, on Friday, May 15, after armed men seized and burned ballot boxes in the first hours of voting on Monday.
L region LANAO DEL SUR
L country Philippines
O government Commission on Elections
O government Comelec
F number seven
L city Masiu
L region Lanao del Sur
F date May 15
> The Comelec en banc voted 6-1 to hold special elections on Saturday, May 23, for the 6,412 registered voters of the seven barangays, whose votes could decide a mayoral race separated by only 607 votes.
O government Comelec
F number 6-1
F date May 23
F number 6,412
F number seven
F number 607
> Comelec spokesperson Ma. Cristina Abellanosa-Dizon said the election officer in Masiu had reported that at least 11 ballot boxes were taken from four polling centers between 5:30 am and 7 am.
O government Comelec
P full Ma. Cristina Abellanosa-Dizon
L city Masiu
F number 11
F number four
F time 5:30 am
F time 7 am
> “There was no way for us to count votes that no longer exist. The people of these barangays have a right to be counted, and they will be,” Abellanosa-Dizon said in a press briefing in Manila.
Q direct Ma. Cristina Abellanosa-Dizon :: “There was no way for us to count votes that no longer exist. The people of these barangays have a right to be counted, and they will be,”
P partial Abellanosa-Dizon
L city Manila
> The burning in Barangay Lumbac Kalilangan was caught on a phone video that spread on Facebook within hours. It shows about a dozen men, some carrying rifles, pouring gasoline over boxes stacked outside the school while teachers serving on the electoral board are herded into a classroom.
L city Barangay Lumbac Kalilangan
O company Facebook
F number dozen
> ‘They took everything’
Q direct Sittie Aisah Pangcoga :: ‘They took everything’
> One of the teachers, Sittie Aisah Pangcoga, 34, told Rappler the men arrived in two pickup trucks shortly after 5 am.
P full Sittie Aisah Pangcoga
F age 34
O media Rappler
F number two
F time 5 am
> “Hindi kami natakot, pero kinuha nila lahat – pati ang boto namin,” she said. (We were not afraid, but they took everything – even our votes.) “We only wanted to go home to our children.”
Q direct Sittie Aisah Pangcoga :: “Hindi kami natakot, pero kinuha nila lahat – pati ang boto namin,”
Q direct Sittie Aisah Pangcoga :: “We only wanted to go home to our children.”
> Police said no one was hurt. Colonel Rommel Taha-Bagundang, director of the Lanao del Sur Police Provincial Office, said investigators had identified “persons of interest” linked to one of the mayoral camps but declined to name them.
P full Rommel Taha-Bagundang
O government Lanao del Sur Police Provincial Office
Q direct Rommel Taha-Bagundang :: “persons of interest”
> The race is between reelectionist Mayor Acmad Dimakuta Mangotara and former vice mayor Saripada Lomondot Macud. With 41 of 48 clustered precincts canvassed, Mangotara had 9,814 votes against Macud’s 9,207, according to the municipal board of canvassers.
P full Acmad Dimakuta Mangotara
P full Saripada Lomondot Macud
F number 41
F number 48
P partial Mangotara
F number 9,814
P partial Macud
F number 9,207
> Both candidates have denied any hand in the burning. In a statement posted on Facebook, Macud called it “a desperate act of those who know they are losing” and asked that the special elections be held under the watch of the Armed Forces of the Philippines (AFP).
O company Facebook
P partial Macud
Q direct Saripada Lomondot Macud :: “a desperate act of those who know they are losing”
O government Armed Forces of the Philippines
O government AFP
> Mangotara told reporters in Marawi City that he would accept “whatever the people decide on May 23.”
P partial Mangotara
L city Marawi City
Q direct Acmad Dimakuta Mangotara :: “whatever the people decide on May 23.”
F date May 23
> The 103rd Infantry Brigade said it would deploy 350 soldiers to the seven barangays, while the Comelec will bring in teachers from Iligan City to sit on the electoral boards after the local teachers asked to be excused.
O government 103rd Infantry Brigade
F number 350
F number seven
O government Comelec
L city Iligan City
> The Legal Network for Truthful Elections (LENTE) said failures of elections had been declared in 23 barangays across Lanao del Sur and Maguindanao del Sur this year, against 14 in 2034.
O nonprofit Legal Network for Truthful Elections
O nonprofit LENTE
F number 23
L region Lanao del Sur
L region Maguindanao del Sur
F number 14
F date 2034
> “Every failure of elections is a failure of the state to protect the voter,” LENTE said. It urged the Comelec to pay the teachers a hazard allowance of ₱5,000 on top of their ₱7,000 honorarium for the special polls.
Q direct Legal Network for Truthful Elections :: “Every failure of elections is a failure of the state to protect the voter,”
O nonprofit LENTE
O government Comelec
F money ₱5,000
F money ₱7,000
> Masiu, a town of about 27,000 people on the eastern shore of Lake Lanao, was also placed under Comelec control in the 2034 elections. – Rappler.com
L city Masiu
F number 27,000
L geo Lake Lanao
O government Comelec
F date 2034
O media Rappler.com
'''

ARTICLES['790-farmed-salmon-escape-kvaenangen-spildra-storm-reisa-river-fears-high-north-news'] = r'''
> Up to 48,000 Farmed Salmon May Have Escaped After Storm Tears Net Pen in Kvænangen
F number 48,000
L region Kvænangen
> A storm tore a hole in a net pen off the island of Spildra in Troms on Sunday night. Wild-salmon rivers along the fjords fear the escapees will reach the spawning grounds within days.
L geo Spildra
L region Troms
> Elle Kirsti Vars
P full Elle Kirsti Vars
> October 14, 2037
F date October 14, 2037
> Divers inspect the damaged net pen at the Spildra site on Tuesday. (Photo: Johan Isak Niillas)
L geo Spildra
P full Johan Isak Niillas
> KVÆNANGEN – As many as 48,000 farmed salmon may have escaped from a fish farm off Spildra in Kvænangen, Troms, after a storm on Sunday night tore a 12-meter hole in one of its net pens, the Norwegian Directorate of Fisheries said on Tuesday.
L region KVÆNANGEN
F number 48,000
L geo Spildra
L region Kvænangen
L region Troms
F quantity 12-meter
O government Norwegian Directorate of Fisheries
> The farm is run by Reinøy Havbruk AS, a family-owned company based in Burfjord that holds six licences in the fjord. The company said 182,000 fish with an average weight of 3.8 kilograms were in the damaged pen when the storm hit, and that recapture nets were set around the site on Monday.
O company Reinøy Havbruk AS
L city Burfjord
F number six
F number 182,000
F quantity 3.8 kilograms
> “We do not yet know how many fish got out. It could be a few thousand, it could be many more. We will count every fish left in the pen, and we will have a number by the end of the week,” chief executive Hilde Mathisen Nordbø said in a statement to High North News.
Q direct Hilde Mathisen Nordbø :: “We do not yet know how many fish got out. It could be a few thousand, it could be many more. We will count every fish left in the pen, and we will have a number by the end of the week,”
P full Hilde Mathisen Nordbø
O media High North News
> The directorate ordered the company to fish for escapees within 500 meters of the farm and to report its catches every day. By Tuesday afternoon, 1,140 salmon had been recaptured, according to the directorate.
F quantity 500 meters
F number 1,140
> Escaped farmed salmon can swim up rivers in the autumn and spawn with wild fish, weakening the genetic makeup of wild stocks, according to the Norwegian Institute for Nature Research (NINA).
O government Norwegian Institute for Nature Research
O government NINA
> The Reisa river, one of the most important wild-salmon rivers in Troms, runs into the Reisafjord at Storslett, about 50 kilometers from the farm.
L geo Reisa
L region Troms
L geo Reisafjord
L city Storslett
F quantity 50 kilometers
> “This is exactly what we have been afraid of for twenty years,” said Tor Einar Keskitalo, chairman of the Reisa River Owners’ Association. “The wild salmon in the Reisa are big, and they are unique. One escape like this can undo everything we have built.”
Q direct Tor Einar Keskitalo :: “This is exactly what we have been afraid of for twenty years,”
F duration twenty years
P full Tor Einar Keskitalo
O nonprofit Reisa River Owners’ Association
Q direct Tor Einar Keskitalo :: “The wild salmon in the Reisa are big, and they are unique. One escape like this can undo everything we have built.”
L geo Reisa
F number One
> Keskitalo said the association would ask the Norwegian Environment Agency to pay for a diving count and a fish trap in the river before spawning peaks in late October.
P partial Keskitalo
O government Norwegian Environment Agency
> Local fishers say they warned that the site was too exposed. Máhtte Ánte Eira, who fishes for cod and king crab from Badderen, called the farm “a factory in the wrong place.”
P full Máhtte Ánte Eira
L city Badderen
Q direct Máhtte Ánte Eira :: “a factory in the wrong place.”
> “When the northwesterly comes, the waves at Spildra are four meters. Everybody here knows it. We said it at the hearing in 2031, and nobody listened,” Eira said.
Q direct Máhtte Ánte Eira :: “When the northwesterly comes, the waves at Spildra are four meters. Everybody here knows it. We said it at the hearing in 2031, and nobody listened,”
L geo Spildra
F quantity four meters
F date 2031
P partial Eira
> The Norwegian Meteorological Institute measured gusts of 31 meters per second on the island of Skorpa on Sunday evening.
O government Norwegian Meteorological Institute
F quantity 31 meters per second
L geo Skorpa
> Kvænangen Municipality receives about NOK 9 million a year from the state’s aquaculture fund, a share of the fees fish farmers pay for new capacity. Mayor Jørn Egil Haldorsen said the money paid for the new school in Burfjord.
O government Kvænangen Municipality
F money NOK 9 million
P full Jørn Egil Haldorsen
L city Burfjord
> “Aquaculture gives us jobs and a future here. But the fish must stay in the pens, and the company must answer for this,” he said.
Q direct Jørn Egil Haldorsen :: “Aquaculture gives us jobs and a future here. But the fish must stay in the pens, and the company must answer for this,”
> The Norwegian Food Safety Authority (Mattilsynet) said it would inspect the site on Thursday. The farm reported an average of 0.31 adult female lice per fish last week, below the limit of 0.5.
O government Norwegian Food Safety Authority
O government Mattilsynet
F number 0.31
F number 0.5
> In 2036, the directorate registered 27 escapes from Norwegian fish farms involving about 340,000 salmon. Companies that break the rules can be fined up to NOK 2.5 million.
F date 2036
F number 27
F number 340,000
F money NOK 2.5 million
'''

ARTICLES['791-uitvlugt-boiler-breakdown-cane-cutters-idle-gawu-guysuco-west-coast-demerara-stabroek-news'] = r'''
> 'Pay us for the days we sit down' - Uitvlugt cane cutters
Q direct Deonarine Ramsaroop :: 'Pay us for the days we sit down'
L facility Uitvlugt
> By Tameka Fredericks
P full Tameka Fredericks
> November 12, 2038
F date November 12, 2038
> Cane harvesters wait beside idle punts at the Uitvlugt Estate wharf on Wednesday. (Photo by Orin Hinds-Lowe)
L facility Uitvlugt Estate
P full Orin Hinds-Lowe
> More than 1,300 cane harvesters and factory workers at GuySuCo's Uitvlugt Estate on West Coast Demerara have been idle for 11 days after a breakdown of the factory's main boiler halted grinding in the middle of the second crop.
F number 1,300
O company GuySuCo
L facility Uitvlugt Estate
L region West Coast Demerara
F duration 11 days
> The Guyana Sugar Corporation (GuySuCo) said in a statement on Tuesday that a tube failure in the No. 2 boiler on October 31 had forced the factory to stop, and that replacement parts ordered from Trinidad would arrive "within the next seven to ten days".
O company Guyana Sugar Corporation
O company GuySuCo
F date October 31
L country Trinidad
Q direct Guyana Sugar Corporation :: "within the next seven to ten days"
F duration seven
F duration ten days
> The corporation said about 14,000 tonnes of cane were standing in the fields ready to cut, and that the estate had made 6,850 tonnes of sugar towards its 11,200-tonne target for the crop before the breakdown.
F quantity 14,000 tonnes
F quantity 6,850 tonnes
F quantity 11,200-tonne
> Harvesters are paid by the task, and days without work are not paid. At a meeting at the Leonora community centre on Wednesday, cutters from villages between Meten-Meer-Zorg and Tuschen said they had been told to stay home until they were called.
L city Leonora
L city Meten-Meer-Zorg
L city Tuschen
> "Pay us for the days we sit down. We didn't break the boiler," said Deonarine Ramsaroop, a cane cutter from Stewartville who has worked at Uitvlugt for 19 years. "I have a wife and three children. The shop in Hague giving me credit, but credit done."
Q direct Deonarine Ramsaroop :: "Pay us for the days we sit down. We didn't break the boiler,"
P full Deonarine Ramsaroop
L city Stewartville
L facility Uitvlugt
F duration 19 years
Q direct Deonarine Ramsaroop :: "I have a wife and three children. The shop in Hague giving me credit, but credit done."
F number three
L city Hague
> The Guyana Agricultural and General Workers Union (GAWU) has written to GuySuCo asking that the workers be paid an "attendance allowance" of $5,000 for every day lost, GAWU General Secretary Rajendra Bisessar said.
O nonprofit Guyana Agricultural and General Workers Union
O nonprofit GAWU
O company GuySuCo
Q scare - :: "attendance allowance"
F money $5,000
O nonprofit GAWU
P full Rajendra Bisessar
> "The workers did not stop the factory. The corporation stopped the factory. Why must the cutter and his family carry the cost?" Bisessar told Stabroek News. He said the union estimated the harvesters had lost about $42 million in wages since October 31.
Q direct Rajendra Bisessar :: "The workers did not stop the factory. The corporation stopped the factory. Why must the cutter and his family carry the cost?"
P partial Bisessar
O media Stabroek News
F money $42 million
F date October 31
> In a response, GuySuCo said the boiler parts alone would cost US$612,000 and that the corporation "is not in a position" to pay for days on which no cane is cut. It said workers would be offered weeding and drainage tasks in the fields from Monday.
O company GuySuCo
F money US$612,000
Q direct Guyana Sugar Corporation :: "is not in a position"
> The Ministry of Agriculture said yesterday that $180 million had been approved for emergency repairs and that a team of engineers from the Albion and Blairmont estates had been sent to Uitvlugt.
O government Ministry of Agriculture
F money $180 million
L facility Albion
L facility Blairmont
L facility Uitvlugt
> Uitvlugt is the only estate still grinding on the Demerara side of the industry. Wales Estate on the West Bank Demerara closed in 2016 and Enmore in 2017.
L facility Uitvlugt
L region Demerara
L facility Wales Estate
L region West Bank Demerara
F date 2016
L facility Enmore
F date 2017
> The stoppage is being felt in the shops along the Region Three coast. At Den Amstel, shopkeeper Bibi Zaheeda Khan said her sales had dropped by about a third since the factory stopped.
L region Region Three
L city Den Amstel
P full Bibi Zaheeda Khan
F fraction a third
> "Everybody trusting now. By Friday, I can't trust no more," she said.
Q direct Bibi Zaheeda Khan :: "Everybody trusting now. By Friday, I can't trust no more,"
> GuySuCo produced 58,400 tonnes of sugar in 2037, short of its target of 70,000 tonnes. Its target for 2038 is 72,500 tonnes.
O company GuySuCo
F quantity 58,400 tonnes
F date 2037
F quantity 70,000 tonnes
F date 2038
F quantity 72,500 tonnes
'''

ARTICLES['792-otago-regional-council-manuherikia-minimum-flow-vote-irrigators-aukaha-rnz'] = r'''
> Otago Regional Council sets Manuherikia minimum flow after 7-5 vote
O government Otago Regional Council
L geo Manuherikia
F number 7-5
> Irrigators in Central Otago say the new rule will cost farms in the valley $19m a year, while Kāi Tahu says it does not go far enough.
L region Central Otago
F money $19m
O other Kāi Tahu
> Mere Tākuta-Hohaia, Otago reporter
P full Mere Tākuta-Hohaia
L region Otago
> 4:48 pm on 18 August 2038
F time 4:48 pm
F date 18 August 2038
> The Manuherikia River at Ophir. Photo: RNZ / Fletcher Kauika-Reid
L geo Manuherikia River
L city Ophir
O media RNZ
P full Fletcher Kauika-Reid
> The Otago Regional Council has voted to set a minimum flow of 2500 litres a second for the Manuherikia River at Campground, nearly three times the flow irrigators must now leave in the river in a dry summer.
O government Otago Regional Council
F quantity 2500 litres a second
L geo Manuherikia River
L facility Campground
F number three
> Councillors voted 7-5 on Wednesday for the rule, which will be phased in over 12 years from 2040. The current minimum, set in the 1990s, is 900 litres a second.
F number 7-5
F duration 12 years
F date 2040
F date 1990s
F quantity 900 litres a second
> Council chair Anahera Rauhihi-Moffat said the decision was “the hardest this council has made”.
P full Anahera Rauhihi-Moffat
Q direct Anahera Rauhihi-Moffat :: “the hardest this council has made”
> “Every option on the table hurt somebody. We have chosen the one the science supports, and we have given people time to adjust,” she said.
Q direct Anahera Rauhihi-Moffat :: “Every option on the table hurt somebody. We have chosen the one the science supports, and we have given people time to adjust,”
> The Manuherikia Water Users’ Society, which represents about 150 irrigators from Becks to Alexandra, said the rule would take about 3300 hectares out of irrigation and cost farms $19 million a year.
O nonprofit Manuherikia Water Users’ Society
F number 150
L city Becks
L city Alexandra
F quantity 3300 hectares
F money $19 million
> “It’ll be the end of dairying at Becks and Lauder, full stop,” society chair Graeme Sinclair-Dowie said.
Q direct Graeme Sinclair-Dowie :: “It’ll be the end of dairying at Becks and Lauder, full stop,”
L city Becks
L city Lauder
P full Graeme Sinclair-Dowie
> “You’ll see farms that have been in families for five generations put up for sale. And the towns go with them – the school at Omakau, the garage, the pub.”
Q direct Graeme Sinclair-Dowie :: “You’ll see farms that have been in families for five generations put up for sale. And the towns go with them – the school at Omakau, the garage, the pub.”
F number five
L city Omakau
> Sinclair-Dowie said the society was considering an appeal to the Environment Court.
P partial Sinclair-Dowie
O government Environment Court
> Aukaha, which works for the Otago rūnaka on resource consents and plans, had asked for a flow of 3000 litres a second.
O other Aukaha
L region Otago
F quantity 3000 litres a second
> “The awa has been on life support for 100 years. This decision keeps it breathing, but only just,” Aukaha’s Manaia Te Kahu-Rickard said.
Q direct Manaia Te Kahu-Rickard :: “The awa has been on life support for 100 years. This decision keeps it breathing, but only just,”
F duration 100 years
O other Aukaha
P full Manaia Te Kahu-Rickard
> Te Rūnanga o Ōtākou said in a statement it would not appeal, but called the 12-year phase-in “a long time to ask a river to wait”.
O other Te Rūnanga o Ōtākou
F duration 12-year
Q direct Te Rūnanga o Ōtākou :: “a long time to ask a river to wait”
> The council’s own economic report estimated that farm profits across the catchment would fall by between 4 and 9 percent. About 28 percent of the irrigated land in the valley is supplied from Falls Dam and Manorburn Dam, which will be allowed to store more water in winter.
F percent 4
F percent 9 percent
F percent 28 percent
L facility Falls Dam
L facility Manorburn Dam
> Omakau sheep farmer Jess Paterson-Hooft, 41, said she supported the decision even though it would cost her.
L city Omakau
P full Jess Paterson-Hooft
F age 41
> “My kids swim in that river at Chatto Creek in January, and some days the water is warm and green. That’s not a river, that’s a drain,” she said.
Q direct Jess Paterson-Hooft :: “My kids swim in that river at Chatto Creek in January, and some days the water is warm and green. That’s not a river, that’s a drain,”
L city Chatto Creek
> The new flow will be written into the council’s Land and Water Regional Plan, which is due to be notified in November. Submissions on it will close on 2 February 2039.
F date 2 February 2039
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
