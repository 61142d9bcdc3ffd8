#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval110 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval110/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['703-rura-suspends-karisimbi-link-buranga-crash-gakenke-speed-governors-nyabugogo-new-times'] = r'''
> National
> RURA suspends Karisimbi Link licence after Buranga crash kills nine
O government RURA
O company Karisimbi Link
L city Buranga
F number nine
> Regulator finds disconnected speed governors on 14 of the operator’s 38 buses as passengers scramble for seats at Nyabugogo
F number 14
F number 38
L city Nyabugogo
> Jean d'Amour Habiyaremye
P full Jean d'Amour Habiyaremye
> Tuesday, March 10, 2037
F date March 10, 2037
> The wreckage of the Karisimbi Link coaster in a ravine at Buranga, Gakenke District, on Sunday evening. Photo: Olivier Mugwiza
O company Karisimbi Link
L city Buranga
L region Gakenke District
P full Olivier Mugwiza
> The Rwanda Utilities Regulatory Authority (RURA) has suspended the operating licence of Karisimbi Link Ltd for 30 days, two days after one of the company’s buses plunged into a ravine at Buranga in Gakenke District, killing nine passengers and injuring 23 others.
O government Rwanda Utilities Regulatory Authority
O government RURA
O company Karisimbi Link Ltd
F duration 30 days
F duration two days
L city Buranga
L region Gakenke District
F number nine
F number 23
> The 29-seat coaster was travelling from Nyabugogo bus park in Kigali to Musanze when it left the Kigali–Musanze road on a steep descent at about 4:40pm on Sunday, March 8, and rolled nearly 80 metres down the slope, according to the Rwanda National Police (RNP).
F number 29
L city Nyabugogo
L city Kigali
L city Musanze
L city Kigali
L city Musanze
F time 4:40pm
F date March 8
F quantity 80 metres
O government Rwanda National Police
O government RNP
> “Preliminary findings show that the speed governor of the vehicle had been disconnected. The driver was doing more than 90 kilometres per hour on a section where the limit is 40,” the Traffic Police spokesperson, SP Théogène Rurangwa, told The New Times.
Q direct Théogène Rurangwa :: “Preliminary findings show that the speed governor of the vehicle had been disconnected. The driver was doing more than 90 kilometres per hour on a section where the limit is 40,”
F quantity 90 kilometres per hour
F quantity 40
O government Traffic Police
P full Théogène Rurangwa
O media The New Times
> The driver, Innocent Ndayisaba, 34, escaped with minor injuries and is being held at Gakenke Police Station, Rurangwa added.
P full Innocent Ndayisaba
F age 34
L facility Gakenke Police Station
P partial Rurangwa
> Among the dead were a 26-year-old mother and her two-year-old son. The injured were taken to Nemba District Hospital and Ruhengeri Referral Hospital, where six remained admitted on Monday evening.
F age 26-year-old
F age two-year-old
O other Nemba District Hospital
O other Ruhengeri Referral Hospital
F number six
> In a statement issued on Monday, RURA said inspectors who checked the company’s fleet of 38 buses at its Nyabugogo and Musanze depots had found that the speed governors on 14 of them had been “tampered with or switched off”.
O government RURA
F number 38
L city Nyabugogo
L city Musanze
F number 14
Q direct Rwanda Utilities Regulatory Authority :: “tampered with or switched off”
> “The Authority will not tolerate operators who put the lives of passengers at risk to save a few minutes. Every public transport vehicle must have a functioning speed governor at all times,” the statement said.
Q direct Rwanda Utilities Regulatory Authority :: “The Authority will not tolerate operators who put the lives of passengers at risk to save a few minutes. Every public transport vehicle must have a functioning speed governor at all times,”
O government Authority
> The regulator also fined Karisimbi Link Rwf500,000 for each of the 14 vehicles, a total of Rwf7 million (about $4,600), and ordered it to refit the devices before any of its buses returns to the road.
O company Karisimbi Link
F money Rwf500,000
F number 14
F money Rwf7 million
F money $4,600
> The suspension of one of the busiest operators on the Kigali–Musanze–Rubavu corridor left long queues at Nyabugogo on Monday morning, with some passengers saying they had paid up to Rwf4,000 to private cars for a trip that costs Rwf2,450 by bus.
L city Kigali
L city Musanze
L city Rubavu
L city Nyabugogo
F money Rwf4,000
F money Rwf2,450
> “I have an exam at INES-Ruhengeri at 2pm and there is no bus. I paid Rwf4,000 to a man with a Corolla and I still waited two hours for him to fill the car,” said Uwamahoro Claudine, a second-year student.
Q direct Uwamahoro Claudine :: “I have an exam at INES-Ruhengeri at 2pm and there is no bus. I paid Rwf4,000 to a man with a Corolla and I still waited two hours for him to fill the car,”
O education INES-Ruhengeri
F time 2pm
F money Rwf4,000
F duration two hours
P full Uwamahoro Claudine
> A driver with another company on the same route, who asked not to be named, said many operators disconnect the governors on the long climb to Buranga “because the bus loses power on the hill and the boss wants more trips in a day”.
L city Buranga
Q direct - :: “because the bus loses power on the hill and the boss wants more trips in a day”
> Karisimbi Link’s managing director, Eric Mugabo Gatera, said the company would “fully cooperate” with investigators and had already given Rwf1 million to each bereaved family for funeral costs.
O company Karisimbi Link
P full Eric Mugabo Gatera
Q direct Eric Mugabo Gatera :: “fully cooperate”
F money Rwf1 million
> “Twihanganishije imiryango yose yabuze ababo (we stand with all the families who lost their loved ones). We have asked our mechanics to check every bus, and we will not hide anything from RURA,” he said.
Q direct Eric Mugabo Gatera :: “Twihanganishije imiryango yose yabuze ababo (we stand with all the families who lost their loved ones). We have asked our mechanics to check every bus, and we will not hide anything from RURA,”
O government RURA
> RURA’s head of transport regulation, Jean Bosco Nsengiyumva, said checks would be tightened across the country. “From April 1, every bus that enters Nyabugogo will be checked at the gate. An operator found with a disconnected device will lose its licence for six months, not 30 days,” he said.
O government RURA
P full Jean Bosco Nsengiyumva
Q direct Jean Bosco Nsengiyumva :: “From April 1, every bus that enters Nyabugogo will be checked at the gate. An operator found with a disconnected device will lose its licence for six months, not 30 days,”
F date April 1
L city Nyabugogo
F duration six months
F duration 30 days
> “Speed governors are not decorations. They are there because the roads of the Northern Province forgive nothing.
Q direct Jean Bosco Nsengiyumva :: “Speed governors are not decorations. They are there because the roads of the Northern Province forgive nothing.
L region Northern Province
> “Drivers and owners who switch them off are gambling with other people’s lives.”
Q direct Jean Bosco Nsengiyumva :: “Drivers and owners who switch them off are gambling with other people’s lives.”
> Speed governors, which limit buses and trucks to 60km/h, have been compulsory for public transport vehicles since 2015. According to RNP figures, 612 people were killed in 4,870 road crashes in 2036, up 7.5 per cent on the previous year, and speeding was blamed for about a third of the fatal crashes.
F quantity 60km/h
F date 2015
O government RNP
F number 612
F number 4,870
F date 2036
F percent 7.5 per cent
F fraction a third
> Gakenke District Mayor Vestine Mukamana, who visited the injured at Nemba on Monday, said the district would meet the funeral costs of families who could not afford them. The Minister of Infrastructure is expected at the scene on Wednesday.
L region Gakenke District
P full Vestine Mukamana
L city Nemba
> The Kigali–Musanze road, which winds through the hills of Rulindo and Gakenke districts, has seen at least five fatal bus crashes since 2033, three of them on the Buranga descent.
L city Kigali
L city Musanze
L region Rulindo
L region Gakenke
F number five
F date 2033
F number three
L city Buranga
'''

ARTICLES['704-kilruane-macdonaghs-thurles-sarsfields-tipperary-shc-final-2-19-1-21-gleeson-semple-stadium-irish-examiner'] = r'''
> Tipperary SHC final
> Kilruane MacDonaghs end 52-year wait as Gleeson goal breaks Sarsfields hearts
O team Kilruane MacDonaghs
F duration 52-year
P partial Gleeson
O team Sarsfields
> Kilruane MacDonaghs 2-19 Thurles Sarsfields 1-21
O team Kilruane MacDonaghs
F score 2-19
O team Thurles Sarsfields
F score 1-21
> Substitute Darragh Gleeson struck in stoppage time at FBD Semple Stadium to bring the Dan Breen Cup back to Kilruane for the first time since 1985
P full Darragh Gleeson
L facility FBD Semple Stadium
L city Kilruane
F date 1985
> Eoghan Mac Lochlainn
P full Eoghan Mac Lochlainn
> Sun, 18 Oct, 2037 - 19:52
F date 18 Oct, 2037
F time 19:52
> Kilruane MacDonaghs captain Cian Darcy lifts the Dan Breen Cup at FBD Semple Stadium. Picture: Ciarán Culligan-Moore/Sportsfile
O team Kilruane MacDonaghs
P full Cian Darcy
L facility FBD Semple Stadium
P full Ciarán Culligan-Moore
O media Sportsfile
> KILRUANE MACDONAGHS are Tipperary senior hurling champions for the first time in 52 years after substitute Darragh Gleeson’s goal two minutes into stoppage time broke Thurles Sarsfields hearts at FBD Semple Stadium on Sunday.
O team KILRUANE MACDONAGHS
L region Tipperary
F duration 52 years
P full Darragh Gleeson
F duration two minutes
O team Thurles Sarsfields
L facility FBD Semple Stadium
> The north Tipperary club trailed by four points, 1-18 to 1-14, with eight minutes of normal time left. Two Cian Darcy frees and a Tadhg Ó Meachair point cut the gap to one, but Paudie Kinane and Alan Corbett replied for Sarsfields, who were chasing a 38th county title, to make it 1-20 to 1-17 entering stoppage time.
L region Tipperary
F number four
F score 1-18
F score 1-14
F duration eight minutes
F number Two
P full Cian Darcy
P full Tadhg Ó Meachair
F number one
P full Paudie Kinane
P full Alan Corbett
O team Sarsfields
F score 1-20
F score 1-17
> Brian Ryan and Darcy pointed to leave a single point between the sides, and when Ó Meachair’s long delivery broke off Sarsfields full-back Rory Maher, Gleeson, on the field only since the 49th minute, flicked the sliotar past Bill Fogarty from close range.
P full Brian Ryan
P partial Darcy
P partial Ó Meachair
O team Sarsfields
P full Rory Maher
P partial Gleeson
P full Bill Fogarty
> Kinane, who finished with 0-11, landed a ‘65’ to cut the gap to one again, but referee Pat Cahill blew for full-time from the puck-out.
P partial Kinane
F score 0-11
Q scare - :: ‘65’
F number 65
F number one
P full Pat Cahill
> “Fifty-two years. My father stood on the Killinan End in ’85 and he isn’t here to see this, but he’ll know,” said Kilruane manager Liam Cleary, who played in the club’s last county final in 2009.
Q direct Liam Cleary :: “Fifty-two years. My father stood on the Killinan End in ’85 and he isn’t here to see this, but he’ll know,”
F duration Fifty-two years
L facility Killinan End
F date ’85
O team Kilruane
P full Liam Cleary
F date 2009
> “We were dead and buried at 1-18 to 1-14. I said to the lads at half-time that Sarsfields would give us one chance, maybe two, and we had to be alive for it. Darragh was the freshest man on the field.
Q direct Liam Cleary :: “We were dead and buried at 1-18 to 1-14. I said to the lads at half-time that Sarsfields would give us one chance, maybe two, and we had to be alive for it. Darragh was the freshest man on the field.
F score 1-18
F score 1-14
O team Sarsfields
F number one
F number two
P partial Darragh
> “This is for the parish, for everyone from Cloughjordan to Ardcroney who ever stood in the rain watching us lose.”
Q direct Liam Cleary :: “This is for the parish, for everyone from Cloughjordan to Ardcroney who ever stood in the rain watching us lose.”
L city Cloughjordan
L city Ardcroney
> Sarsfields manager Declan Stapleton-Ryan said his side had been “caught napping” at the end. “We had it won and we gave it away. That will hurt for a long time,” he said.
O team Sarsfields
P full Declan Stapleton-Ryan
Q direct Declan Stapleton-Ryan :: “caught napping”
Q direct Declan Stapleton-Ryan :: “We had it won and we gave it away. That will hurt for a long time,”
> Sarsfields had led 1-10 to 0-9 at half-time after Corbett’s 19th-minute goal, and Kinane’s frees kept them in front for most of the second half. Darcy, who scored 0-9, six from frees, was named man of the match.
O team Sarsfields
F score 1-10
F score 0-9
P partial Corbett
P partial Kinane
P partial Darcy
F score 0-9
F number six
> Kilruane, a parish of about 1,900 people between Nenagh and Cloughjordan, last won the county title in 1985. A crowd of 8,912 watched the final in bright autumn sunshine.
L city Kilruane
F number 1,900
L city Nenagh
L city Cloughjordan
F date 1985
F number 8,912
> The new champions will play the Cork champions in the Munster club quarter-final on November 8, Tipperary GAA confirmed on Sunday night.
L region Cork
L region Munster
F date November 8
O other Tipperary GAA
> Scorers for Kilruane MacDonaghs: C Darcy 0-9 (0-6 frees, 0-1 ‘65’), D Gleeson 1-1, J Cleary 1-0, T Ó Meachair 0-3, B Ryan 0-2, S Hackett 0-2, M Kennedy 0-1, E Quigley 0-1.
O team Kilruane MacDonaghs
P full C Darcy
F score 0-9
F score 0-6
F score 0-1
Q scare - :: ‘65’
F number 65
P full D Gleeson
F score 1-1
P full J Cleary
F score 1-0
P full T Ó Meachair
F score 0-3
P full B Ryan
F score 0-2
P full S Hackett
F score 0-2
P full M Kennedy
F score 0-1
P full E Quigley
F score 0-1
> Scorers for Thurles Sarsfields: P Kinane 0-11 (0-8 frees, 0-1 ‘65’), A Corbett 1-2, N Lanigan 0-3, C Dwan 0-2, K Bourke 0-2, J Fitzpatrick 0-1.
O team Thurles Sarsfields
P full P Kinane
F score 0-11
F score 0-8
F score 0-1
Q scare - :: ‘65’
F number 65
P full A Corbett
F score 1-2
P full N Lanigan
F score 0-3
P full C Dwan
F score 0-2
P full K Bourke
F score 0-2
P full J Fitzpatrick
F score 0-1
> KILRUANE MACDONAGHS: S O’Meara; D Kennedy, P Hogan, M Darcy; S Hackett, L Flannery, R Seymour; B Ryan, C Darcy; T Ó Meachair, J Cleary, K Tooher; M Kennedy, E Quigley, N Ryan-Moloney.
O team KILRUANE MACDONAGHS
P full S O’Meara
P full D Kennedy
P full P Hogan
P full M Darcy
P full S Hackett
P full L Flannery
P full R Seymour
P full B Ryan
P full C Darcy
P full T Ó Meachair
P full J Cleary
P full K Tooher
P full M Kennedy
P full E Quigley
P full N Ryan-Moloney
> Subs: D Gleeson for Quigley (49), G Darcy for N Ryan-Moloney (56), A Boland for Tooher (60+1).
P full D Gleeson
P partial Quigley
P full G Darcy
P full N Ryan-Moloney
P full A Boland
P partial Tooher
> THURLES SARSFIELDS: B Fogarty; D Egan, R Maher, S Lillis; C Hennessy, P Maher, T Doyle; J Fitzpatrick, K Bourke; C Dwan, A Corbett, M Cormack; N Lanigan, P Kinane, E Kelly-Purcell.
O team THURLES SARSFIELDS
P full B Fogarty
P full D Egan
P full R Maher
P full S Lillis
P full C Hennessy
P full P Maher
P full T Doyle
P full J Fitzpatrick
P full K Bourke
P full C Dwan
P full A Corbett
P full M Cormack
P full N Lanigan
P full P Kinane
P full E Kelly-Purcell
> Subs: L Treacy for Kelly-Purcell (45), O Ryan for Cormack (53).
P full L Treacy
P partial Kelly-Purcell
P full O Ryan
P partial Cormack
> Referee: P Cahill (Holycross-Ballycahill).
P full P Cahill
O team Holycross-Ballycahill
'''

ARTICLES['705-lindqvist-ferrier-bathurst-1000-triple-eight-te-whare-kerrigan-haddad-mount-panorama-speedcafe'] = r'''
> Supercars
O other Supercars
> Lindqvist and Ferrier win Bathurst 1000 thriller by 0.4172s
P partial Lindqvist
P partial Ferrier
F duration 0.4172s
> Kade Lindqvist has held off Ngaio Te Whare in the closest Great Race finish in 12 years to give Triple Eight Race Engineering a 13th win at Mount Panorama
P full Kade Lindqvist
P full Ngaio Te Whare
F duration 12 years
O team Triple Eight Race Engineering
L facility Mount Panorama
> Hamish Le Couteur
P full Hamish Le Couteur
> Sunday 11th October, 2037 - 7:48pm
F date 11th October, 2037
F time 7:48pm
> Kade Lindqvist and Tom Ferrier spray champagne on the Bathurst 1000 podium. Image: InSyde Media
P full Kade Lindqvist
P full Tom Ferrier
O media InSyde Media
> Kade Lindqvist and Tom Ferrier have won the Bathurst 1000, holding off a charging Ngaio Te Whare by 0.4172s in the closest finish to the Great Race since 2025.
P full Kade Lindqvist
P full Tom Ferrier
P full Ngaio Te Whare
F duration 0.4172s
F date 2025
> Lindqvist, 27, passed Te Whare's Kerrigan Haddad Racing Mustang into Murray's Corner at a restart with six laps to go, then withstood a last-lap lunge down the inside at The Chase to win by less than a car length.
P partial Lindqvist
F age 27
P partial Te Whare
O team Kerrigan Haddad Racing
L facility Murray's Corner
F number six
L facility The Chase
> It was Triple Eight's 13th victory at Mount Panorama and the first for both drivers, who shared the #88 Chevrolet Camaro after Ferrier qualified it on the front row on Saturday.
O team Triple Eight
L facility Mount Panorama
P partial Ferrier
> "I've been dreaming about this since I was eight years old, sitting on the fence at Skyline with my dad," Lindqvist said.
Q direct Kade Lindqvist :: "I've been dreaming about this since I was eight years old, sitting on the fence at Skyline with my dad,"
F age eight years old
L facility Skyline
P partial Lindqvist
> "When the safety car came in I knew I had one shot at Murray's. After that it was just about not making a mistake across the top and keeping Ngaio behind me down Conrod. Those were the longest 90 seconds of my life."
Q direct Kade Lindqvist :: "When the safety car came in I knew I had one shot at Murray's. After that it was just about not making a mistake across the top and keeping Ngaio behind me down Conrod. Those were the longest 90 seconds of my life."
F number one
L facility Murray's
P partial Ngaio
L street Conrod
F duration 90 seconds
> Te Whare, who shared the Kerrigan Haddad Racing Ford with Liam Van den Berg, would have become the first New Zealander to win the race since 2029. "We had the pace all day, we just didn't have the track position when it mattered," he said. "Kade didn't leave me a gap and I wasn't going to put us both in the wall."
P partial Te Whare
O team Kerrigan Haddad Racing
O company Ford
P full Liam Van den Berg
F date 2029
Q direct Ngaio Te Whare :: "We had the pace all day, we just didn't have the track position when it mattered,"
Q direct Ngaio Te Whare :: "Kade didn't leave me a gap and I wasn't going to put us both in the wall."
P partial Kade
> Tickford Racing's Rhys O'Halloran and Brodie Le Gassick completed the podium, 2.9306s behind, ahead of the Grove Racing pair of Jesse Tran and Max Papadopoulos.
O team Tickford Racing
P full Rhys O'Halloran
P full Brodie Le Gassick
F duration 2.9306s
O team Grove Racing
P full Jesse Tran
P full Max Papadopoulos
> Pole-sitter Zane Kowalczyk crashed out of the lead at Forrest's Elbow on lap 97, bringing out the fourth of six safety cars, when the left-front brake of his Erebus Motorsport Camaro failed at 260km/h.
P full Zane Kowalczyk
L facility Forrest's Elbow
F number six
O team Erebus Motorsport
F quantity 260km/h
> "The pedal went to the floor and there was nothing I could do," said Kowalczyk, who was taken to Bathurst Base Hospital for checks and later released.
Q direct Zane Kowalczyk :: "The pedal went to the floor and there was nothing I could do,"
P partial Kowalczyk
O other Bathurst Base Hospital
> The 161-lap race was run in searing heat, with track temperatures reaching 51 degrees, and Te Whare set the fastest lap, a 2:03.1187, on lap 148 as he chased down the leader.
F number 161
F quantity 51 degrees
P partial Te Whare
F duration 2:03.1187
> Toyota's best-placed Supra finished seventh in the hands of Team 18's Harrison Ng and Ashton McInerney, while stewards fined Kerrigan Haddad Racing $7,500 for an unsafe release in pit lane on lap 122.
O company Toyota
O team Team 18
P full Harrison Ng
P full Ashton McInerney
O team Kerrigan Haddad Racing
F money $7,500
> Lindqvist leaves the Mountain with a 146-point championship lead over Te Whare with four rounds remaining. A crowd of 208,460 attended across the four days, Supercars said.
P partial Lindqvist
L facility Mountain
F number 146
P partial Te Whare
F number four
F number 208,460
F duration four days
O other Supercars
> The championship resumes at the Gold Coast 500 on October 23-25.
F date October 23-25
> Bathurst 1000 – Top 10
F number 10
> 1 Kade Lindqvist/Tom Ferrier (Triple Eight Race Engineering, Chevrolet Camaro) 161 laps 6:08:51.2284
P full Kade Lindqvist
P full Tom Ferrier
O team Triple Eight Race Engineering
F number 161
F duration 6:08:51.2284
> 2 Ngaio Te Whare/Liam Van den Berg (Kerrigan Haddad Racing, Ford Mustang) +0.4172s
P full Ngaio Te Whare
P full Liam Van den Berg
O team Kerrigan Haddad Racing
F duration +0.4172s
> 3 Rhys O'Halloran/Brodie Le Gassick (Tickford Racing, Ford Mustang) +2.9306s
P full Rhys O'Halloran
P full Brodie Le Gassick
O team Tickford Racing
F duration +2.9306s
> 4 Jesse Tran/Max Papadopoulos (Grove Racing, Ford Mustang) +4.0518s
P full Jesse Tran
P full Max Papadopoulos
O team Grove Racing
F duration +4.0518s
> 5 Will Tuialii/Corey Blanchett-Hart (PremiAir Racing, Chevrolet Camaro) +6.7743s
P full Will Tuialii
P full Corey Blanchett-Hart
O team PremiAir Racing
F duration +6.7743s
> 6 Jaxon Whitford/Sam Okoro (Kerrigan Haddad Racing, Ford Mustang) +7.2290s
P full Jaxon Whitford
P full Sam Okoro
O team Kerrigan Haddad Racing
F duration +7.2290s
> 7 Harrison Ng/Ashton McInerney (Team 18, Toyota Supra) +9.8861s
P full Harrison Ng
P full Ashton McInerney
O team Team 18
F duration +9.8861s
> 8 Lachlan Di Marco/Tyler Vassallo (Erebus Motorsport, Chevrolet Camaro) +11.0402s
P full Lachlan Di Marco
P full Tyler Vassallo
O team Erebus Motorsport
F duration +11.0402s
> 9 Mia Fotheringham/Josh Kuriakose (Blanchard Racing Team, Toyota Supra) +13.5175s
P full Mia Fotheringham
P full Josh Kuriakose
O team Blanchard Racing Team
F duration +13.5175s
> 10 Cody Reardon/Ethan Mahuika (Triple Eight Race Engineering, Chevrolet Camaro) +15.2038s
P full Cody Reardon
P full Ethan Mahuika
O team Triple Eight Race Engineering
F duration +15.2038s
> Did not finish: Zane Kowalczyk/Nathan Szabo (Erebus Motorsport, Chevrolet Camaro) 96 laps, accident
P full Zane Kowalczyk
P full Nathan Szabo
O team Erebus Motorsport
F number 96
'''

ARTICLES['706-sitakunda-ship-breaking-yard-blast-four-workers-killed-bhatiary-tanker-jahanara-daily-star'] = r'''
> Country
> 4 killed in Sitakunda ship-breaking yard blast
F number 4
L region Sitakunda
> 11 injured at Bhatiary yard; 'nobody gave us a gas meter', says worker
F number 11
L city Bhatiary
Q direct Md Shahin :: 'nobody gave us a gas meter'
> Arifur Rahman Chowdhury, Ctg
P full Arifur Rahman Chowdhury
L city Ctg
> Thu Jan 15, 2037 12:00 AM Last update on: Thu Jan 15, 2037 02:16 AM
F date Jan 15, 2037
F time 12:00 AM
F date Jan 15, 2037
F time 02:16 AM
> Firefighters douse flames on the tanker at Jahanara Ship Recycling Industries in Bhatiary, Sitakunda, yesterday. Photo: Star
O company Jahanara Ship Recycling Industries
L city Bhatiary
L region Sitakunda
O media Star
> At least four workers were killed and 11 others injured when a gas cylinder exploded inside the engine room of a decommissioned oil tanker at a ship-breaking yard in Chattogram's Sitakunda upazila yesterday.
F number four
F number 11
L region Chattogram
L region Sitakunda
> The blast occurred around 10:30am at Jahanara Ship Recycling Industries in Bhatiary, where some 300 workers had been dismantling the Panama-flagged tanker "Ocean Pearl" since November, said Md Nazmul Huda, senior station officer of Sitakunda Fire Station.
F time 10:30am
O company Jahanara Ship Recycling Industries
L city Bhatiary
F number 300
L country Panama
Q scare - :: "Ocean Pearl"
P full Md Nazmul Huda
O government Sitakunda Fire Station
> Four firefighting units from Sitakunda and Kumira brought the fire under control after nearly three hours, he said.
F number Four
L region Sitakunda
L city Kumira
F duration three hours
> The deceased are Md Rafiqul Islam (32) of Kurigram, Abdur Rahim alias Raju (27) of Jamalpur, Shyamol Chandra Das (45) of Sunamganj and Kamal Uddin (19) of Bhola, said Inspector Md Abul Bashar, in-charge of the Chattogram Medical College Hospital (CMCH) police outpost.
P full Md Rafiqul Islam
F age 32
L region Kurigram
P full Abdur Rahim
P partial Raju
F age 27
L region Jamalpur
P full Shyamol Chandra Das
F age 45
L region Sunamganj
P full Kamal Uddin
F age 19
L region Bhola
P full Md Abul Bashar
O other Chattogram Medical College Hospital
O other CMCH
> Of the injured, three were in critical condition with burns on more than 40 percent of their bodies and were shifted to the hospital's burn unit, he added.
F number three
F percent 40 percent
> "We smelled gas from the morning. The foreman told us to keep cutting because the ship had to be finished before the end of the month," said Md Shahin, 24, a cutter who suffered burns to both hands.
Q direct Md Shahin :: "We smelled gas from the morning. The foreman told us to keep cutting because the ship had to be finished before the end of the month,"
P full Md Shahin
F age 24
> "When the blast came, Rahim bhai was standing at the door of the engine room. We could not even find him for an hour.
Q direct Md Shahin :: "When the blast came, Rahim bhai was standing at the door of the engine room. We could not even find him for an hour.
P partial Rahim
> "Nobody gave us a gas meter. We only had gloves."
Q direct Md Shahin :: "Nobody gave us a gas meter. We only had gloves."
> Sitakunda Police Station Officer-in-Charge (OC) Tofayel Ahmed Bhuiyan said a case would be filed under the Labour Act once the bodies were handed over to their families after autopsies.
O government Sitakunda Police Station
P full Tofayel Ahmed Bhuiyan
> Contacted, Nurul Absar Chowdhury, managing director of Jahanara Ship Recycling, claimed the yard had "gas-free certificates for every compartment" and called the blast "an unfortunate accident".
P full Nurul Absar Chowdhury
O company Jahanara Ship Recycling
Q direct Nurul Absar Chowdhury :: "gas-free certificates for every compartment"
Q direct Nurul Absar Chowdhury :: "an unfortunate accident"
> "We will bear all treatment costs and give Tk 3 lakh to each family of the deceased," he said.
Q direct Nurul Absar Chowdhury :: "We will bear all treatment costs and give Tk 3 lakh to each family of the deceased,"
F money Tk 3 lakh
> However, records of the Department of Inspection for Factories and Establishments (DIFE) show the yard was fined Tk 5 lakh in March 2035 after two workers died when a steel plate fell on them.
O government Department of Inspection for Factories and Establishments
O government DIFE
F money Tk 5 lakh
F date March 2035
F number two
> A DIFE official in Chattogram, requesting anonymity, said inspectors had visited the yard only once since the Ocean Pearl was beached on November 19. "We have 14 inspectors for more than 150 yards," the official said.
O government DIFE
L city Chattogram
F date November 19
Q direct - :: "We have 14 inspectors for more than 150 yards,"
F number 14
F number 150
> According to Young Power in Social Action (YPSA), a Chattogram-based organisation that monitors the industry, 17 workers were killed in ship-breaking yards in Sitakunda in 2036, up from 11 the previous year.
O nonprofit Young Power in Social Action
O nonprofit YPSA
L city Chattogram
F number 17
L region Sitakunda
F date 2036
F number 11
> The Bangladesh Ship Breakers and Recyclers Association (BSBRA) said in a statement that it had formed a three-member committee to investigate the incident and would "take action if any negligence is found".
O nonprofit Bangladesh Ship Breakers and Recyclers Association
O nonprofit BSBRA
F number three
Q direct Bangladesh Ship Breakers and Recyclers Association :: "take action if any negligence is found"
> Bangladesh, which handles around 40 percent of the world's end-of-life ships by tonnage, is bound by the Hong Kong International Convention for the Safe and Environmentally Sound Recycling of Ships, which entered into force in June 2025.
L country Bangladesh
F percent 40 percent
F date June 2025
> The Chattogram district administration gave Tk 25,000 to each family for burial, Sitakunda Upazila Nirbahi Officer (UNO) Farzana Akter Mitu said.
L region Chattogram
F money Tk 25,000
L region Sitakunda
P full Farzana Akter Mitu
'''

ARTICLES['707-magnolia-select-isola-catfish-plant-closing-212-jobs-humphreys-county-louise-midnight-delta-democrat-times'] = r'''
> Local News
> Magnolia Select to Close Isola Catfish Plant, 212 Jobs Lost
O company Magnolia Select
L city Isola
F number 212
> Farmers in Humphreys County say the closing leaves them without a buyer for a third of the Delta's fish
L region Humphreys County
F fraction a third
L region Delta
> By DeAndre Hollins
P full DeAndre Hollins
> Delta Democrat-Times
O media Delta Democrat-Times
> Published 5:42 pm Tuesday, March 16, 2038
F time 5:42 pm
F date March 16, 2038
> Workers unload live catfish from a hauling truck at the Magnolia Select plant in Isola on Monday. (Photo by DeAndre Hollins/Delta Democrat-Times)
O company Magnolia Select
L city Isola
P full DeAndre Hollins
O media Delta Democrat-Times
> ISOLA — Magnolia Select Catfish Inc. will close its processing plant here on May 28, eliminating 212 jobs and leaving dozens of Humphreys County farmers looking for somewhere to sell their fish.
L city ISOLA
O company Magnolia Select Catfish Inc.
F date May 28
F number 212
L region Humphreys County
> The company, which has processed catfish on U.S. 49W since 1987, notified the Mississippi Department of Employment Security of the closing in a WARN notice filed Friday.
L street U.S. 49W
F date 1987
O government Mississippi Department of Employment Security
> In a statement Monday, the company said it had "exhausted every option" after losing two major grocery contracts last year and facing feed costs that have risen 34% since 2036.
Q direct Magnolia Select Catfish Inc. :: "exhausted every option"
F number two
F percent 34%
F date 2036
> "This is not a decision we made lightly. Our employees have been the heart of this plant for more than 50 years, and we will work with the state to help every one of them find a new job," the statement said.
Q direct Magnolia Select Catfish Inc. :: "This is not a decision we made lightly. Our employees have been the heart of this plant for more than 50 years, and we will work with the state to help every one of them find a new job,"
F duration 50 years
> LaShonda Pickens, 46, has trimmed fillets on the plant's night shift for 19 years. She learned about the closing from a co-worker's Facebook post.
P full LaShonda Pickens
F age 46
F duration 19 years
O company Facebook
> "My mama worked on that line and so did my aunt. There's nothing else out here that pays $16.40 an hour with insurance," Pickens said. "If I have to drive to Greenville or Jackson every day, that's 100 miles round trip on a good day.
Q direct LaShonda Pickens :: "My mama worked on that line and so did my aunt. There's nothing else out here that pays $16.40 an hour with insurance,"
F money $16.40
P partial Pickens
Q direct LaShonda Pickens :: "If I have to drive to Greenville or Jackson every day, that's 100 miles round trip on a good day.
L city Greenville
L city Jackson
F quantity 100 miles
> "I've got two kids at Humphreys County High School. I can't just pack up and leave."
Q direct LaShonda Pickens :: "I've got two kids at Humphreys County High School. I can't just pack up and leave."
F number two
O education Humphreys County High School
> The plant buys about 40 million pounds of live fish a year from roughly 60 farms in Humphreys, Sunflower and Washington counties, according to Walter Lee Hollowell Jr., who raises catfish in 410 acres of ponds near Louise.
F quantity 40 million pounds
F number 60
L region Humphreys
L region Sunflower
L region Washington
P full Walter Lee Hollowell Jr.
F quantity 410 acres
L city Louise
> "You can't just turn a pond off. Those fish are eating every day whether somebody's going to buy them or not," Hollowell said. "If we don't find another processor by summer, a lot of these ponds between here and Midnight are going to be dry by fall."
Q direct Walter Lee Hollowell Jr. :: "You can't just turn a pond off. Those fish are eating every day whether somebody's going to buy them or not,"
P partial Hollowell
Q direct Walter Lee Hollowell Jr. :: "If we don't find another processor by summer, a lot of these ponds between here and Midnight are going to be dry by fall."
L city Midnight
> Belzoni, the county seat 12 miles south of Isola, calls itself the "Catfish Capital of the World" and has held a catfish festival every April since 1976.
L city Belzoni
F quantity 12 miles
L city Isola
Q scare - :: "Catfish Capital of the World"
F date 1976
> Mississippi farmers had 28,300 acres of catfish ponds on Jan. 1, down 9% from a year earlier and less than a quarter of the acreage in 2000, according to the U.S. Department of Agriculture's National Agricultural Statistics Service.
L region Mississippi
F quantity 28,300 acres
F date Jan. 1
F percent 9%
F fraction a quarter
F date 2000
O government U.S. Department of Agriculture
O government National Agricultural Statistics Service
> Farmers were paid an average of $1.19 a pound for live fish in February, while a ton of feed cost about $610. Imported pangasius from Vietnam, sold in U.S. stores as "swai," undercuts domestic fillets by as much as $2 a pound.
F money $1.19
F money $610
L country Vietnam
L country U.S.
Q scare - :: "swai,"
F money $2
> Ganesh Raghunathan, an aquaculture economist at Mississippi State University's Delta Research and Extension Center in Stoneville, said the industry has lost five processing plants since 2030. "Every plant that closes makes the next farmer's math harder, because the hauling distance goes up," he said.
P full Ganesh Raghunathan
O education Mississippi State University
O education Delta Research and Extension Center
L city Stoneville
F number five
F date 2030
Q direct Ganesh Raghunathan :: "Every plant that closes makes the next farmer's math harder, because the hauling distance goes up,"
> Humphreys County Board of Supervisors President Otis Buckner said the board would ask the Mississippi Development Authority to help find a buyer for the plant. "That building has good bones, and the water and the fish are here," he said.
O government Humphreys County Board of Supervisors
P full Otis Buckner
O government Mississippi Development Authority
Q direct Otis Buckner :: "That building has good bones, and the water and the fish are here,"
> MDES will hold a job fair for Magnolia Select workers from 9 a.m. to 3 p.m. April 6 at the WIN Job Center, 1106 Hayden St., in Belzoni.
O government MDES
O company Magnolia Select
F time 9 a.m.
F time 3 p.m.
F date April 6
L facility WIN Job Center
L address 1106 Hayden St.
L city Belzoni
'''

ARTICLES['708-most-hnevin-brewery-to-stop-brewing-zatec-hop-harvest-saaz-prices-hithit-expats-cz'] = r'''
> Business
> Most’s Hněvín brewery to stop brewing after Žatec hop harvest collapses
L city Most
O company Hněvín
L city Žatec
> The 156-year-old family brewery says Saaz hop prices have nearly tripled since March; a crowdfunding campaign hopes to raise CZK 4 million to save it
F duration 156-year-old
F money CZK 4 million
> Tomáš Veverka
P full Tomáš Veverka
> Published on 22.09.2038 11:05 (updated on 22.09.2038)
F date 22.09.2038
F time 11:05
F date 22.09.2038
> The brewhouse of Pivovar Hněvín below Hněvín hill in Most. Photo: Facebook / Pivovar Hněvín
O company Pivovar Hněvín
L geo Hněvín
L city Most
O company Facebook
O company Pivovar Hněvín
> Pivovar Hněvín, one of the last independent breweries in the Ústí nad Labem Region, will stop brewing at the end of October after this year’s hop harvest around Žatec fell to its lowest level in more than 60 years, the brewery announced on Monday.
O company Pivovar Hněvín
L region Ústí nad Labem Region
L city Žatec
F duration 60 years
> The family-owned brewery in Most, which brews around 9,000 hectolitres of beer a year, most of it an 11-degree lager, said the price it pays for Saaz hops had risen from CZK 190 to CZK 540 per kilogram since its last contract in March.
L city Most
F quantity 9,000 hectolitres
F quantity 11-degree
F money CZK 190
F money CZK 540
> “We cannot pass such costs on to our pubs without losing them. A half-litre of our lager would have to cost CZK 85 in Most, where people are used to paying 52,” the brewery said in a statement posted on Facebook.
Q direct Pivovar Hněvín :: “We cannot pass such costs on to our pubs without losing them. A half-litre of our lager would have to cost CZK 85 in Most, where people are used to paying 52,”
F quantity half-litre
F money CZK 85
L city Most
F money 52
O company Facebook
> According to the Czech Hop Growers Union (Svaz pěstitelů chmele), growers harvested 3,870 tonnes of hops this year, 41 percent less than in 2037, after a dry spring and a hailstorm on July 14 that damaged about a quarter of the hop gardens around Žatec, Louny and Rakovník.
O nonprofit Czech Hop Growers Union
O nonprofit Svaz pěstitelů chmele
F quantity 3,870 tonnes
F percent 41 percent
F date 2037
F date July 14
F fraction a quarter
L city Žatec
L city Louny
L city Rakovník
> The Czech Hydrometeorological Institute (ČHMÚ) said the summer was the driest in the Žatec area since 1961, while Prague’s Clementinum, where records have been kept since 1775, logged 41 days above 30 degrees Celsius.
O government Czech Hydrometeorological Institute
O government ČHMÚ
L city Žatec
F date 1961
L city Prague
L facility Clementinum
F date 1775
F duration 41 days
F quantity 30 degrees Celsius
> Brewery owner Vojtěch Hrůza, whose great-grandfather Alois Hrůza bought the brewery from the town in 1921, told Expats.cz the decision was the hardest of his life.
P full Vojtěch Hrůza
P full Alois Hrůza
F date 1921
O media Expats.cz
> “My great-grandfather survived the currency reform, the nationalisation in 1948 and the privatisation after 1989. I did not expect the end to come from the weather,” Hrůza said.
Q direct Vojtěch Hrůza :: “My great-grandfather survived the currency reform, the nationalisation in 1948 and the privatisation after 1989. I did not expect the end to come from the weather,”
F date 1948
F date 1989
P partial Hrůza
> “We could buy cheaper hops from the Hallertau in Germany, and some breweries already do. But a beer from Most with German hops would not be our beer.
Q direct Vojtěch Hrůza :: “We could buy cheaper hops from the Hallertau in Germany, and some breweries already do. But a beer from Most with German hops would not be our beer.
L geo Hallertau
L country Germany
L city Most
> “People say Czech beer is about the water and the malt. It is about the hops.”
Q direct Vojtěch Hrůza :: “People say Czech beer is about the water and the malt. It is about the hops.”
> By Tuesday evening, a campaign on the Czech crowdfunding platform Hithit had raised CZK 1.62 million from about 2,300 backers. If it reaches its CZK 4 million target by October 31, Hrůza says, the brewery can buy hops for the next 18 months.
O company Hithit
F money CZK 1.62 million
F number 2,300
F money CZK 4 million
F date October 31
P partial Hrůza
F duration 18 months
> Most Mayor Jitka Šebestová-Kroupová said the city council would vote on October 4 on a loan of up to CZK 2 million. “Hněvín is not only a brewery, it is a piece of the town’s history that survived when the old Most was torn down for coal,” she told Czech Television.
L city Most
P full Jitka Šebestová-Kroupová
F date October 4
F money CZK 2 million
Q direct Jitka Šebestová-Kroupová :: “Hněvín is not only a brewery, it is a piece of the town’s history that survived when the old Most was torn down for coal,”
O company Hněvín
L city Most
O media Czech Television
> At U Kohouta, a pub on Moskevská street that has served Hněvín since 1994, manager Petr Vodička said regulars were already buying crates to store at home. “If it goes, people here will drink Pilsner or nothing,” he said.
L facility U Kohouta
L street Moskevská
O company Hněvín
F date 1994
P full Petr Vodička
Q direct Petr Vodička :: “If it goes, people here will drink Pilsner or nothing,”
> Large brewers such as Plzeňský Prazdroj and Budějovický Budvar buy most of their hops on multi-year contracts and are less exposed to the spike, said Martina Žižková of the Czech Beer and Malt Association (ČSPS). She said smaller breweries, which make up about 460 of the country’s 590 breweries, were “in a very difficult position” this autumn.
O company Plzeňský Prazdroj
O company Budějovický Budvar
P full Martina Žižková
O nonprofit Czech Beer and Malt Association
O nonprofit ČSPS
F number 460
F number 590
Q direct Martina Žižková :: “in a very difficult position”
> The Ministry of Agriculture has promised drought aid of CZK 25,000 per hectare of damaged hop garden, but growers say the money will not arrive before next spring.
O government Ministry of Agriculture
F money CZK 25,000
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
