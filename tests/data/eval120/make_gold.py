#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval120 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval120/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['763-kousseri-cattle-corridor-shut-foot-and-mouth-chadian-herders-ngueli-logone-minepia-guardian-post'] = r'''
> Foot-and-mouth: Gov't shuts Kousseri cattle corridor as Chadian herds pile up on Logone
L city Kousseri
L geo Logone
> By Hamidou Ousmanou Kolla
P full Hamidou Ousmanou Kolla
> Monday, September 20, 2038
F date September 20, 2038
> Chadian herders water their cattle on the Logone River near Nguéli, opposite Kousseri, on Saturday. Photo: Hamidou Ousmanou Kolla
L geo Logone River
L city Nguéli
L city Kousseri
P full Hamidou Ousmanou Kolla
> Thousands of cattle from neighbouring Chad are stranded on the eastern bank of the Logone River after the Ministry of Livestock, Fisheries and Animal Industries, MINEPIA, suspended all livestock crossings at Kousseri in the Logone and Chari Division of the Far North Region to contain an outbreak of foot-and-mouth disease.
L country Chad
L geo Logone River
O government Ministry of Livestock, Fisheries and Animal Industries
O government MINEPIA
L city Kousseri
L region Logone and Chari Division
L region Far North Region
> The suspension, contained in a communiqué signed by the Minister on September 14, 2038, takes effect "immediately and until further notice". It closes the Nguéli bridge, the main route by which Chadian traders drive an estimated 400,000 cattle a year to the markets of Maroua, Garoua and on to Nigeria.
F date September 14, 2038
Q direct Ministry of Livestock, Fisheries and Animal Industries :: "immediately and until further notice"
L city Nguéli
F number 400,000
L city Maroua
L city Garoua
L country Nigeria
> Tests carried out by the National Veterinary Laboratory, LANAVET, in Garoua confirmed the virus in 11 of 17 samples taken from herds at a transit park in Kousseri on September 9, the communiqué said.
O government National Veterinary Laboratory
O government LANAVET
L city Garoua
F number 11
F number 17
L city Kousseri
F date September 9
> The Senior Divisional Officer for Logone and Chari, Abdoulaye Mahamat Goni, told The Guardian Post on Friday that soldiers and gendarmes had been deployed along the river.
L region Logone and Chari
P full Abdoulaye Mahamat Goni
O media The Guardian Post
> "We are not closing the border to our Chadian brothers, we are closing it to the disease. One sick animal that crosses can contaminate a whole market in Maroua," he said. "The herders must understand that this is also for their own cattle.
Q direct Abdoulaye Mahamat Goni :: "We are not closing the border to our Chadian brothers, we are closing it to the disease. One sick animal that crosses can contaminate a whole market in Maroua,"
F number One
L city Maroua
Q direct Abdoulaye Mahamat Goni :: "The herders must understand that this is also for their own cattle.
> "As soon as the veterinary services tell us the situation is under control, the bridge will reopen."
Q direct Abdoulaye Mahamat Goni :: "As soon as the veterinary services tell us the situation is under control, the bridge will reopen."
> Across the river, herders have camped with their animals on open ground between Nguéli and Walia, on the southern outskirts of N'Djamena, the Chadian capital.
L city Nguéli
L city Walia
L city N'Djamena
> Abakar Hassane Djibrine, 54, said he had walked 38 days with 160 animals from the Batha region and was losing money every day he waited.
P full Abakar Hassane Djibrine
F age 54
F duration 38 days
F number 160
L region Batha
> "I feed them on what grass there is, and I buy water. The traders from Maroua who used to pay 450,000 FCFA for a good bull now tell me 300,000 FCFA, because they know I cannot cross," he said.
Q direct Abakar Hassane Djibrine :: "I feed them on what grass there is, and I buy water. The traders from Maroua who used to pay 450,000 FCFA for a good bull now tell me 300,000 FCFA, because they know I cannot cross,"
L city Maroua
F money 450,000 FCFA
F money 300,000 FCFA
> In a statement sent to the press in N'Djamena, the Union Nationale des Exportateurs de Bétail du Tchad, UNEBT, called the closure "unilateral" and asked the Central African Economic and Monetary Community, CEMAC, to intervene.
L city N'Djamena
O nonprofit Union Nationale des Exportateurs de Bétail du Tchad
O nonprofit UNEBT
Q direct Union Nationale des Exportateurs de Bétail du Tchad :: "unilateral"
O intergovernmental Central African Economic and Monetary Community
O intergovernmental CEMAC
> The union said more than 60,000 animals were waiting on the Chadian bank and that each day of closure cost its members about 150 million FCFA (about €229,000).
F number 60,000
F money 150 million FCFA
F money €229,000
> In Kousseri, the effect is felt on the other side of the butcher's counter. Butchers at the central market say the price of beef has risen from 2,800 FCFA to 3,500 FCFA a kilogramme in a week.
L city Kousseri
F money 2,800 FCFA
F money 3,500 FCFA
> Falmata Bukar, who sells beef at the market, said her customers were buying less. "Before, a family took one kilo. Now they ask for 500 grammes, or they buy fish from the lake," she said.
P full Falmata Bukar
Q direct Falmata Bukar :: "Before, a family took one kilo. Now they ask for 500 grammes, or they buy fish from the lake,"
F quantity one kilo
F quantity 500 grammes
> A customs officer at the Kousseri border post, who asked not to be named because he is not authorised to speak to the press, said some herders were already trying to ford the river at night further south, near Logone-Birni.
L city Kousseri
L city Logone-Birni
> "We caught two herds on Wednesday, about 90 animals. The river is low at this time of year, and it is a long border," he said.
Q direct - :: "We caught two herds on Wednesday, about 90 animals. The river is low at this time of year, and it is a long border,"
F number two
F number 90
> MINEPIA said vaccination teams would inoculate 25,000 animals in the transit parks of Kousseri, Makary and Waza within 10 days, and that the ban would be reviewed after 21 days without a new case.
O government MINEPIA
F number 25,000
L city Kousseri
L city Makary
L city Waza
F duration 10 days
F duration 21 days
'''

ARTICLES['764-six-bells-colliery-site-86-homes-approved-guardian-memorial-abertillery-blaenau-gwent-walesonline'] = r'''
> 'We owe it to the 45 men': Homes approved on Six Bells colliery site despite memorial fears
Q direct Eirlys Bevan :: 'We owe it to the 45 men'
F number 45
L city Six Bells
> Blaenau Gwent's planning committee voted six to three in favour of 86 homes below the Guardian memorial
L region Blaenau Gwent
F number six
F number three
F number 86
L facility Guardian
> Ceri Prosser-Jones Local Democracy Reporter
P full Ceri Prosser-Jones
> 07:00, 19 MAR 2038
F time 07:00
F date 19 MAR 2038
> The former Six Bells colliery site in Abertillery, with the Guardian statue on the hillside above (Image: Google Maps)
L city Six Bells
L city Abertillery
L facility Guardian
> Plans to build 86 homes on the site of a former colliery where 45 miners died in an underground explosion in 1960 have been approved, despite warnings from the Six Bells Heritage Society that the development would "crowd out" the memorial to the dead.
F number 86
F number 45
F date 1960
O nonprofit Six Bells Heritage Society
Q direct Six Bells Heritage Society :: "crowd out"
> Blaenau Gwent County Borough Council's planning committee backed the scheme by six votes to three at a meeting in Ebbw Vale on Thursday, March 18.
O government Blaenau Gwent County Borough Council
F number six
F number three
L city Ebbw Vale
F date March 18
> The developer, Cwm Valley Homes Ltd, will build 52 houses and 34 flats on 3.1 hectares of land off Aberbeeg Road, part of which was used to tip colliery spoil until the pit closed in 1988. Twenty of the homes will be let at affordable rents through Ebbw Fach Housing Association.
O company Cwm Valley Homes Ltd
F number 52
F number 34
F quantity 3.1 hectares
L street Aberbeeg Road
F date 1988
F number Twenty
O nonprofit Ebbw Fach Housing Association
> The site lies below Parc Arael Griffin, where the 20-metre steel figure of a miner known as the Guardian has looked over the Ebbw Fach valley since 2010.
L facility Parc Arael Griffin
F quantity 20-metre
L facility Guardian
L geo Ebbw Fach
F date 2010
> Eirlys Bevan, who chairs the heritage society and whose grandfather was among the men killed on June 28, 1960, told the committee the houses would block the view of the statue from the village.
P full Eirlys Bevan
F date June 28, 1960
> "We owe it to the 45 men and their families to get this right. People come from all over the world to stand where the Guardian stands, and they should not be looking at the back of a car park," she said.
Q direct Eirlys Bevan :: "We owe it to the 45 men and their families to get this right. People come from all over the world to stand where the Guardian stands, and they should not be looking at the back of a car park,"
F number 45
L facility Guardian
> She said the society was not against new homes in the valley but had asked for the two blocks of flats nearest the park to be moved. "Nobody asked the families," she added.
F number two
Q direct Eirlys Bevan :: "Nobody asked the families,"
> Planning officers said the Coal Authority had raised no objection after ground investigations, and that the layout kept a 15m "green buffer" between the nearest homes and the memorial garden.
O government Coal Authority
F quantity 15m
Q scare - :: "green buffer"
> Cllr Rhodri ap Hywel (Labour, Six Bells) said the scheme would bring "families back into a village that has watched its young people leave for Cardiff and Bristol".
P full Rhodri ap Hywel
O party Labour
L city Six Bells
Q direct Rhodri ap Hywel :: "families back into a village that has watched its young people leave for Cardiff and Bristol"
L city Cardiff
L city Bristol
> "This land has been a scar for 50 years. The men we remember worked so their children could have a decent home, and that is what we are building here," he said.
Q direct Rhodri ap Hywel :: "This land has been a scar for 50 years. The men we remember worked so their children could have a decent home, and that is what we are building here,"
F duration 50 years
> But Cllr Siân Morgan-Price (Independent, Abertillery) said the committee had ignored 212 objections and a petition signed by more than 1,400 people. She called the decision "a slap in the face" for the community.
P full Siân Morgan-Price
L city Abertillery
F number 212
F number 1,400
Q direct Siân Morgan-Price :: "a slap in the face"
> Traffic on the B4471 and a shortage of school places at Abertillery Learning Community were also raised. Highways officers said the developer would pay £180,000 towards a new junction and a 20mph zone.
L street B4471
O education Abertillery Learning Community
F money £180,000
F quantity 20mph
> Cwm Valley Homes said in a statement that it was "proud to be building in Six Bells" and would work with the society on "a fitting entrance to the memorial park". Work is expected to start in September and take about 30 months.
O company Cwm Valley Homes
Q direct Cwm Valley Homes Ltd :: "proud to be building in Six Bells"
L city Six Bells
Q direct Cwm Valley Homes Ltd :: "a fitting entrance to the memorial park"
F duration 30 months
> The decision will now be referred to the Welsh Government, which has 21 days to decide whether to call it in.
O government Welsh Government
F duration 21 days
'''

ARTICLES['765-paris-camembert-le-bihan-beats-van-den-eynde-vimoutiers-results-rouleur'] = r'''
> Racing
> Le Bihan outsprints Van den Eynde to win Paris-Camembert in Vimoutiers
P partial Le Bihan
P partial Van den Eynde
L city Vimoutiers
> The 24-year-old Breton held off the Belgian on the rising finish after a break of six went clear on the climbs of the Pays d’Auge
F age 24-year-old
F number six
L region Pays d’Auge
> Words by Owen Trethewey
P full Owen Trethewey
> Tuesday 13 April 2038
F date 13 April 2038
> Yann Le Bihan celebrates on the line in Vimoutiers (Image: Tomás Ferreira/SWpix.com)
P full Yann Le Bihan
L city Vimoutiers
P full Tomás Ferreira
O media SWpix.com
> Yann Le Bihan won Paris-Camembert on Tuesday, beating Thibault Van den Eynde in a two-man sprint on the rising finish in Vimoutiers after 203km of racing through the lanes of Normandy.
P full Yann Le Bihan
P full Thibault Van den Eynde
F number two
L city Vimoutiers
F quantity 203km
L region Normandy
> The rider from Groupe Armor-Émeraude, in his second season as a professional, was part of a six-man move that formed after 61km and was never brought back by a peloton led for most of the afternoon by Brabant-Kust.
O team Groupe Armor-Émeraude
F number six
F quantity 61km
O team Brabant-Kust
> Le Bihan attacked on the last of the 11 climbs, 9km from the finish, and only Van den Eynde, the Flemish rider of Brabant-Kust, could follow.
P partial Le Bihan
F number 11
F quantity 9km
P partial Van den Eynde
O team Brabant-Kust
> The pair reached the final kilometre with four seconds on a group of five led by Norway’s Sindre Haugland-Myhre, and Le Bihan opened his sprint 200 metres from the line.
F duration four seconds
F number five
L country Norway
P full Sindre Haugland-Myhre
P partial Le Bihan
F quantity 200 metres
> “I knew the finish from the junior race, I won here when I was 17, so I knew I had to wait,” Le Bihan said. “Thibault is faster than me on the flat, but the road goes up at the end and I had a little bit left.
Q direct Yann Le Bihan :: “I knew the finish from the junior race, I won here when I was 17, so I knew I had to wait,”
F age 17
P partial Le Bihan
Q direct Yann Le Bihan :: “Thibault is faster than me on the flat, but the road goes up at the end and I had a little bit left.
P partial Thibault
> “This is a race for Normans and Bretons. My grandfather rode it as an amateur, so this one is for the family.”
Q direct Yann Le Bihan :: “This is a race for Normans and Bretons. My grandfather rode it as an amateur, so this one is for the family.”
> Van den Eynde, 27, said he had “no regrets” after his best result in a French race. “He was stronger on the last climb and I could not drop him. Second is not bad in April,” he said.
P partial Van den Eynde
F age 27
Q direct Thibault Van den Eynde :: “no regrets”
Q direct Thibault Van den Eynde :: “He was stronger on the last climb and I could not drop him. Second is not bad in April,”
> Haugland-Myhre won the sprint for third, six seconds back, ahead of Amanuel Tesfay of Équipe Bocage Normand, whose team-mate Léo Marchand-Duval finished sixth.
P partial Haugland-Myhre
F duration six seconds
P full Amanuel Tesfay
O team Équipe Bocage Normand
P full Léo Marchand-Duval
> The 2038 edition started in Pont-Audemer, after the organisers moved the start out of the Paris region to shorten the route, and finished as usual in Vimoutiers, a few kilometres from the village of Camembert that gives the race its name.
F date 2038
L city Pont-Audemer
L city Paris
L city Vimoutiers
L city Camembert
> Organisers said about 14,000 spectators lined the 4.3km finishing circuit, where the temperature did not rise above 9C.
F number 14,000
F quantity 4.3km
F quantity 9C
> Paris-Camembert 2038 results
F date 2038
> 1. Yann Le Bihan (Fra) Groupe Armor-Émeraude, 4:52:37
P full Yann Le Bihan
L country Fra
O team Groupe Armor-Émeraude
F duration 4:52:37
> 2. Thibault Van den Eynde (Bel) Brabant-Kust Cycling, s.t.
P full Thibault Van den Eynde
L country Bel
O team Brabant-Kust Cycling
> 3. Sindre Haugland-Myhre (Nor) Team Hardanger-Vest, at 0:06
P full Sindre Haugland-Myhre
L country Nor
O team Team Hardanger-Vest
F duration 0:06
> 4. Amanuel Tesfay (Eri) Équipe Bocage Normand, s.t.
P full Amanuel Tesfay
L country Eri
O team Équipe Bocage Normand
> 5. Jules Ferrand (Fra) Groupe Armor-Émeraude, s.t.
P full Jules Ferrand
L country Fra
O team Groupe Armor-Émeraude
> 6. Léo Marchand-Duval (Fra) Équipe Bocage Normand, at 0:09
P full Léo Marchand-Duval
L country Fra
O team Équipe Bocage Normand
F duration 0:09
> 7. Davide Pellizzari (Ita) Team Dolomiti-Garda, at 0:14
P full Davide Pellizzari
L country Ita
O team Team Dolomiti-Garda
F duration 0:14
> 8. Kasper Nørgaard Holm (Den) Brabant-Kust Cycling, at 0:31
P full Kasper Nørgaard Holm
L country Den
O team Brabant-Kust Cycling
F duration 0:31
> 9. Ruairí Devlin (Irl) Team Hardanger-Vest, s.t.
P full Ruairí Devlin
L country Irl
O team Team Hardanger-Vest
> 10. Baptiste Granger (Fra) Équipe Bocage Normand, at 1:02
P full Baptiste Granger
L country Fra
O team Équipe Bocage Normand
F duration 1:02
'''

ARTICLES['766-medvezhiy-glacier-surge-dams-abdukahor-vanj-valley-evacuation-gbao-coes-asia-plus'] = r'''
> Surging Medvezhiy glacier dams river in Vanj, residents of three villages moved to higher ground
L geo Medvezhiy
L region Vanj
F number three
> 14/06/2038 12:40
F date 14/06/2038
F time 12:40
> Author: Mehrangez Saidzoda
P full Mehrangez Saidzoda
> The tongue of the Medvezhiy Glacier in the upper Vanj valley, June 12, 2038. Photo courtesy of the CoES press center
L geo Medvezhiy Glacier
L geo Vanj
F date June 12, 2038
O government CoES
> DUSHANBE, June 14, 2038, Asia-Plus -- Authorities in Tajikistan’s Gorno-Badakhshan Autonomous Region (GBAO) have moved some 640 residents of three villages in the upper Vanj valley to higher ground after the Medvezhiy glacier surged across the Abdukahor river and began to dam it, the Committee for Emergency Situations and Civil Defense (CoES) said on Monday.
L city DUSHANBE
F date June 14, 2038
O media Asia-Plus
L country Tajikistan
L region Gorno-Badakhshan Autonomous Region
L region GBAO
F number 640
F number three
L geo Vanj
L geo Medvezhiy
L geo Abdukahor
O government Committee for Emergency Situations and Civil Defense
O government CoES
> According to the committee, the front of the glacier has advanced by about 1.6 kilometers since early May and now blocks the narrow Abdukahor gorge, where a lake about 700 meters long has formed behind the ice.
F quantity 1.6 kilometers
L geo Abdukahor
F quantity 700 meters
> “The lake is rising by 40 to 60 centimeters a day. If the ice dam gives way, the water will go down the Vanj valley in a few hours,” the committee’s spokesman, Saidmurod Nazarov, told Asia-Plus by phone from Khorog.
Q direct Saidmurod Nazarov :: “The lake is rising by 40 to 60 centimeters a day. If the ice dam gives way, the water will go down the Vanj valley in a few hours,”
F quantity 40
F quantity 60 centimeters
L geo Vanj
P full Saidmurod Nazarov
O media Asia-Plus
L city Khorog
> Residents of Poimazor, Khichikh and Rovand, 640 people in 112 households, were moved to tents and to a school in the village of Vodkhud, 18 kilometers downstream, along with some 2,300 head of livestock.
L city Poimazor
L city Khichikh
L city Rovand
F number 640
F number 112
L city Vodkhud
F quantity 18 kilometers
F number 2,300
> Water from a breach would reach the Panj River, which marks the border with Afghanistan, within six hours, the committee said.
L geo Panj River
L country Afghanistan
F duration six hours
> The Medvezhiy, one of the best-known surging glaciers of the Pamirs, last blocked the valley in 2011 and in 2001, and its advances in 1963 and 1973 sent outburst floods down to the Panj.
L geo Medvezhiy
L geo Pamirs
F date 2011
F date 2001
F date 1963
F date 1973
L geo Panj
> Gulnoz Mamadnazarova, 63, who lives in Poimazor, said she left with her grandchildren and two cows on Saturday night.
P full Gulnoz Mamadnazarova
F age 63
L city Poimazor
F number two
> “We heard the ice cracking all night, like gunshots. My husband stayed to guard the house. The old people remember 1973 – they say the water took the bridge and the apricot orchards,” she said.
Q direct Gulnoz Mamadnazarova :: “We heard the ice cracking all night, like gunshots. My husband stayed to guard the house. The old people remember 1973 – they say the water took the bridge and the apricot orchards,”
F date 1973
> The Agency for Hydrometeorology said satellite images showed the lake held about 4.5 million cubic meters of water on June 13.
O government Agency for Hydrometeorology
F quantity 4.5 million cubic meters
F date June 13
> Specialists at the Aga Khan Agency for Habitat (AKAH), which installed water-level sensors below the glacier after the last surge, said the lake was likely to drain through or under the ice within weeks.
O nonprofit Aga Khan Agency for Habitat
O nonprofit AKAH
> “The question is not whether it breaks, but how fast,” said Firuza Davlatshoeva, who heads AKAH’s disaster risk team in Khorog. She said the sensors would give villages downstream “at least 40 minutes” of warning.
Q direct Firuza Davlatshoeva :: “The question is not whether it breaks, but how fast,”
P full Firuza Davlatshoeva
O nonprofit AKAH
L city Khorog
Q direct Firuza Davlatshoeva :: “at least 40 minutes”
F duration 40 minutes
> The head of the Vanj district administration, Jamshed Ghoibnazarzoda, said the Pamir Highway bridge at the mouth of the valley remained open but that all traffic to the upper valley had been stopped.
L region Vanj
P full Jamshed Ghoibnazarzoda
L street Pamir Highway
> The government has allocated 3.2 million somoni (about $300,000) for tents, food and fuel for the evacuated families, the Ministry of Finance said.
F money 3.2 million somoni
F money $300,000
O government Ministry of Finance
> An official in Khorog, who spoke on condition of anonymity, said the families would not be allowed to return before the end of August.
L city Khorog
> “Nobody will go back until the lake is empty. Even the herders going up to the summer pastures have been stopped,” the official said.
Q direct - :: “Nobody will go back until the lake is empty. Even the herders going up to the summer pastures have been stopped,”
'''

ARTICLES['767-western-rock-lobster-catch-cut-12-per-cent-dongara-port-denison-horrocks-dpird-wrlc-geraldton-guardian'] = r'''
> Dongara cray fishers brace for leaner season as rock lobster catch cut by 12 per cent
L city Dongara
F percent 12 per cent
> Fishers from Horrocks to Jurien Bay say the cut will cost the Mid West millions, while the department says fewer young lobsters are reaching the reefs
L city Horrocks
L city Jurien Bay
L region Mid West
> Brodie Kerslake
P full Brodie Kerslake
> Geraldton Guardian
O media Geraldton Guardian
> Tue, 17 November 2037 4:15PM
F date 17 November 2037
F time 4:15PM
> Skipper Lachlan Di Rosa unloads at the Port Denison marina. Credit: Brodie Kerslake
P full Lachlan Di Rosa
L city Port Denison
P full Brodie Kerslake
> The commercial catch limit for the western rock lobster fishery will be cut by 12 per cent next season, to 5,720 tonnes, after surveys showed fewer juvenile lobsters settling on the coast between Kalbarri and Mandurah, the Department of Primary Industries and Regional Development announced on Monday.
F percent 12 per cent
F quantity 5,720 tonnes
L city Kalbarri
L city Mandurah
O government Department of Primary Industries and Regional Development
> The cut, from 6,500 tonnes this season, takes effect on January 15 and is the first reduction since the fishery moved to individual quotas in 2010.
F quantity 6,500 tonnes
F date January 15
F date 2010
> DPIRD said the number of puerulus – the tiny, see-through larvae that settle on inshore reefs – counted at its monitoring sites at Dongara and Jurien Bay had been below average for three years running.
O government DPIRD
L city Dongara
L city Jurien Bay
F duration three years
> "These are the lobsters that will be big enough to catch in three to four years' time, so we have to act now," DPIRD principal research scientist Dr Kasia Wróblewska-Hart said.
Q direct Kasia Wróblewska-Hart :: "These are the lobsters that will be big enough to catch in three to four years' time, so we have to act now,"
F duration three
F duration four years
O government DPIRD
P full Kasia Wróblewska-Hart
> In Port Denison, skippers said the cut would hit boats already squeezed by fuel costs and a softer market in China. Lachlan Di Rosa, 46, who fishes out of Port Denison with two deckhands, said his quota would fall by about 1.9 tonnes.
L city Port Denison
L country China
P full Lachlan Di Rosa
F age 46
L city Port Denison
F number two
F quantity 1.9 tonnes
> "At $68 a kilo at the beach, that's nearly $130,000 off my turnover before I've untied the boat," Mr Di Rosa said. "I understand the science. But nobody in Perth has to make the payments on this boat."
Q direct Lachlan Di Rosa :: "At $68 a kilo at the beach, that's nearly $130,000 off my turnover before I've untied the boat,"
F money $68
F money $130,000
P partial Di Rosa
Q direct Lachlan Di Rosa :: "I understand the science. But nobody in Perth has to make the payments on this boat."
L city Perth
> The Western Rock Lobster Council, which represents licence holders, said it had accepted the cut "with a heavy heart" after the department agreed to review the limit in June if the next settlement figures improved.
O nonprofit Western Rock Lobster Council
Q direct Western Rock Lobster Council :: "with a heavy heart"
> WRLC chief executive Dinko Radovanovic said the Mid West fleet of about 110 boats landed lobster worth $212 million last season, most of it flown live to China from Perth Airport.
O nonprofit WRLC
P full Dinko Radovanovic
L region Mid West
F number 110
F money $212 million
L country China
L facility Perth Airport
> "A 12 per cent cut in catch is not a 12 per cent cut in jobs, but it will be felt in every town from Geraldton down to Lancelin – the mechanics, the bait suppliers, the pub," he said.
Q direct Dinko Radovanovic :: "A 12 per cent cut in catch is not a 12 per cent cut in jobs, but it will be felt in every town from Geraldton down to Lancelin – the mechanics, the bait suppliers, the pub,"
F percent 12 per cent
F percent 12 per cent
L city Geraldton
L city Lancelin
> At Horrocks, where 14 boats still work the reefs off the beach, retired fisherman Neville Crook said the town had seen leaner years.
L city Horrocks
F number 14
P full Neville Crook
> "In 2008 the settlement crashed and they shut us down for half the season. We survived that, we'll survive this," said Mr Crook, 78, who fished the Abrolhos Islands for four decades.
Q direct Neville Crook :: "In 2008 the settlement crashed and they shut us down for half the season. We survived that, we'll survive this,"
F date 2008
F fraction half
P partial Crook
F age 78
L geo Abrolhos Islands
F duration four decades
> One deckhand, who asked not to be named because his skipper had not yet told the rest of the crew, said two of the boat's four crew would lose their places.
F number One
F number two
F number four
> "He's said it straight: somebody's going. I've got a mortgage in Geraldton and a baby due in March," the deckhand said.
Q direct - :: "He's said it straight: somebody's going. I've got a mortgage in Geraldton and a baby due in March,"
L city Geraldton
> The department will meet fishers in Geraldton on November 24 and in Dongara on November 25.
L city Geraldton
F date November 24
L city Dongara
F date November 25
'''

ARTICLES['768-ilulissat-thin-ice-halibut-fishers-ashore-royal-greenland-price-cut-knapk-naalakkersuisut-high-north-news'] = r'''
> Thin Ice Keeps Ilulissat Halibut Fishers Ashore as Royal Greenland Cuts Price
L city Ilulissat
O company Royal Greenland
> For the third winter in a row, the sea ice in Disko Bay is too thin for the dog sleds that carry longlines to the halibut grounds. Fishers in Ilulissat say they are losing DKK 40,000 a month, and their association KNAPK wants Naalakkersuisut to step in.
L geo Disko Bay
L city Ilulissat
F money DKK 40,000
O nonprofit KNAPK
O government Naalakkersuisut
> Ivalo Sandgreen
P full Ivalo Sandgreen
> March 12, 2038
F date March 12, 2038
> Ujarak Mathæussen tests the ice outside Ilulissat with a harpoon in February. (Photo: Ivalo Sandgreen)
P full Ujarak Mathæussen
L city Ilulissat
P full Ivalo Sandgreen
> ILULISSAT – In a normal winter, Ujarak Mathæussen would by now have made dozens of trips by dog sled across the frozen fjord to set his longlines for Greenland halibut through holes in the ice. This year he has made three.
L city ILULISSAT
P full Ujarak Mathæussen
L country Greenland
F number three
> “The ice is 20 centimetres where it should be 60 or 70. I put one dog team through it in January, and I was lucky the water was shallow,” said Mathæussen, 51, who has fished from Ilulissat since he was 15.
Q direct Ujarak Mathæussen :: “The ice is 20 centimetres where it should be 60 or 70. I put one dog team through it in January, and I was lucky the water was shallow,”
F quantity 20 centimetres
F number 60
F number 70
F number one
P partial Mathæussen
F age 51
L city Ilulissat
F age 15
> Landings of halibut at the Royal Greenland factory in Ilulissat fell to 410 tonnes in January and February, against 1,260 tonnes in the same months of 2036, according to the Greenland Fisheries Licence Control Authority (GFLK).
O company Royal Greenland
L city Ilulissat
F quantity 410 tonnes
F quantity 1,260 tonnes
F date 2036
O government Greenland Fisheries Licence Control Authority
O government GFLK
> At the same time, Royal Greenland has lowered the price it pays for large halibut from DKK 38.50 to DKK 33 per kilo from March 1.
O company Royal Greenland
F money DKK 38.50
F money DKK 33
F date March 1
> “Prices in our main markets in Asia have fallen by around 15 percent since the autumn, and we have to follow the market,” the company said in a written reply to High North News.
Q direct Royal Greenland :: “Prices in our main markets in Asia have fallen by around 15 percent since the autumn, and we have to follow the market,”
L continent Asia
F percent 15 percent
O media High North News
> The fishers’ and hunters’ association Kalaallit Nunaanni Aalisartut Piniartullu Kattuffiat (KNAPK) said the two blows together were “a disaster in slow motion” for the small settlements of Disko Bay, where ice fishing is often the only winter income.
O nonprofit Kalaallit Nunaanni Aalisartut Piniartullu Kattuffiat
O nonprofit KNAPK
F number two
Q direct Kalaallit Nunaanni Aalisartut Piniartullu Kattuffiat :: “a disaster in slow motion”
L geo Disko Bay
> Its chairman, Hans Aputsiaq Zeeb, said KNAPK had asked Naalakkersuisut, Greenland’s government, for emergency support of DKK 15,000 for each licensed ice fisher in the bay, about 240 people.
P full Hans Aputsiaq Zeeb
O nonprofit KNAPK
O government Naalakkersuisut
L country Greenland
F money DKK 15,000
F number 240
> “In Oqaatsut and Ilimanaq there is nothing else. If the fishers cannot go out, the shop is not paid, and the young people move to Nuuk,” Zeeb said. “We are not asking for charity. The ice is not our fault.
Q direct Hans Aputsiaq Zeeb :: “In Oqaatsut and Ilimanaq there is nothing else. If the fishers cannot go out, the shop is not paid, and the young people move to Nuuk,”
L city Oqaatsut
L city Ilimanaq
L city Nuuk
P partial Zeeb
Q direct Hans Aputsiaq Zeeb :: “We are not asking for charity. The ice is not our fault.
> “We are asking for the same help the sheep farmers in South Greenland got after the bad winter of 2035.”
Q direct Hans Aputsiaq Zeeb :: “We are asking for the same help the sheep farmers in South Greenland got after the bad winter of 2035.”
L region South Greenland
F date 2035
> The Ministry of Fisheries and Hunting said in an email that it was “following the situation closely” and would present a proposal to Inatsisartut, the parliament, at its spring session.
O government Ministry of Fisheries and Hunting
Q direct Ministry of Fisheries and Hunting :: “following the situation closely”
O government Inatsisartut
> Data from the Danish Meteorological Institute (DMI) show that the average temperature in Ilulissat in January was 6.4 degrees above the 1991–2020 normal. Researchers at the Greenland Institute of Natural Resources in Nuuk say the ice now forms in the inner bay about a month later than it did in the 1990s.
O government Danish Meteorological Institute
O government DMI
L city Ilulissat
F quantity 6.4 degrees
F date 1991–2020
O other Greenland Institute of Natural Resources
L city Nuuk
F date 1990s
> Some fishers have started setting lines from open dinghies in the ice-free water near the mouth of the Icefjord, but the work is dangerous among calving icebergs. One of them, who did not want his name printed, said he had lost two sets of lines, worth about DKK 9,000, in a week.
L geo Icefjord
F number two
F money DKK 9,000
> “The boat is faster, but the ice comes from everywhere. My father would say I am crazy,” he said.
Q direct - :: “The boat is faster, but the ice comes from everywhere. My father would say I am crazy,”
> Some families have turned to tourism instead, taking visitors from Ilulissat Airport on sled rides over the land ice. But Visit Greenland counted only 1,900 visitors to the town in January and February, a fraction of the summer cruise crowds.
L facility Ilulissat Airport
O other Visit Greenland
F number 1,900
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
