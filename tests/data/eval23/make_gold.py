#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval23 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval23/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['181-nakuru-naivasha-land-impeachment'] = r'''
> Nakuru
L region Nakuru
> Nakuru MCAs give Governor Langat 14 days to revoke Naivasha land deal or face impeachment
L region Nakuru
P partial Langat
F duration 14 days
L city Naivasha
> Ward representatives accuse county boss of leasing 1,200-acre lakeside parcel to private developer as families vow to stay put
F quantity 1,200-acre
> By Mercy Wambui Chege
P full Mercy Wambui Chege
> Nation Media Group
O media Nation Media Group
> Thursday, September 11, 2031
F date September 11, 2031
> Nakuru Governor Joseph Kiprono Langat addresses residents at Karagita in Naivasha on Tuesday. | Photo credit: Ezekiel Nduati | Nation Media Group
L region Nakuru
P full Joseph Kiprono Langat
L city Karagita
L city Naivasha
P full Ezekiel Nduati
O media Nation Media Group
> Members of the Nakuru County Assembly have given Governor Joseph Kiprono Langat 14 days to revoke the lease of a 1,200-acre parcel near Lake Naivasha to a private developer or face an impeachment motion.
O government Nakuru County Assembly
P full Joseph Kiprono Langat
F duration 14 days
F quantity 1,200-acre
L geo Lake Naivasha
> The land, known locally as “shamba la wazee” (the elders’ farm), lies between Moi South Lake Road and the lake shore in Hells Gate ward and has been occupied by about 600 families since the 1990s.
Q scare - :: “shamba la wazee”
L street Moi South Lake Road
L region Hells Gate
F number 600
F date 1990s
> In a motion tabled on Tuesday by Hells Gate MCA Esther Wairimu Njoroge and signed by 31 of the assembly’s 78 members, the ward representatives accuse the county executive of leasing the land to Kinangop Heights Developers Ltd for Ksh180 million, a fraction of what they say is its market value of more than Ksh2.4 billion.
L region Hells Gate
P full Esther Wairimu Njoroge
F number 31
F number 78
O company Kinangop Heights Developers Ltd
F money Ksh180 million
F money Ksh2.4 billion
> “The governor cannot give away land that people have lived on for three decades to his friends in a boardroom in Nairobi. That is not development, it is theft,” Ms Njoroge told the Nation.
Q direct Esther Wairimu Njoroge :: “The governor cannot give away land that people have lived on for three decades to his friends in a boardroom in Nairobi. That is not development, it is theft,”
F duration three decades
L city Nairobi
P partial Njoroge
O media Nation
> “We will give him the 14 days. After that, the Standing Orders allow us to move a motion of impeachment, and we have the numbers,” she said.
Q direct Esther Wairimu Njoroge :: “We will give him the 14 days. After that, the Standing Orders allow us to move a motion of impeachment, and we have the numbers,”
F duration 14 days
> Olkaria MCA Lemayian ole Sankale, who seconded the motion, said the county had not consulted Maasai families who graze cattle on the lakeside. “Nobody came to the manyatta to ask us anything,” Mr ole Sankale said.
L region Olkaria
P full Lemayian ole Sankale
Q direct Lemayian ole Sankale :: “Nobody came to the manyatta to ask us anything,”
P partial ole Sankale
> Governor Langat, who was elected in 2027 and is serving his first term, dismissed the threat as “political theatre” sponsored by rivals eyeing his seat in the 2032 General Election.
P partial Langat
F date 2027
Q direct Joseph Kiprono Langat :: “political theatre”
F date 2032
> At Karagita on Tuesday, he said the parcel, registered as LR No. 8123/4, was public land held by the county and that no title had been issued to Kinangop Heights.
L city Karagita
O company Kinangop Heights
> “Nobody has sold anything. What the county has signed is a 30-year lease for affordable housing, and the families who are there will be the first to get houses,” he said. “Those MCAs should read the documents before they run to the press.”
Q direct Joseph Kiprono Langat :: “Nobody has sold anything. What the county has signed is a 30-year lease for affordable housing, and the families who are there will be the first to get houses,”
F duration 30-year
Q direct Joseph Kiprono Langat :: “Those MCAs should read the documents before they run to the press.”
> The governor said the lease would earn the county Ksh6 million a year in rent and that the developer would build 3,500 housing units, 40 per cent of them reserved for current occupants.
F money Ksh6 million
F number 3,500
F percent 40 per cent
> Residents said they first heard of the deal on August 28, when surveyors escorted by police began planting beacons on the land.
F date August 28
> Hamisi Baraka Ouma, 71, who chairs the Karagita Squatters Welfare Association, said his family had grown maize and beans on a three-acre plot there since 1994.
P full Hamisi Baraka Ouma
F age 71
O nonprofit Karagita Squatters Welfare Association
F quantity three-acre
F date 1994
> “My father came here to cut flowers for the farms when the lake was still full of hippos. We buried him on this land. Now they tell us we are squatters on our own shamba.
Q direct Hamisi Baraka Ouma :: “My father came here to cut flowers for the farms when the lake was still full of hippos. We buried him on this land. Now they tell us we are squatters on our own shamba.
> “If the county wants houses, let it build them for us here, with our names on the title deeds. We are not going anywhere,” Mr Ouma said.
Q direct Hamisi Baraka Ouma :: “If the county wants houses, let it build them for us here, with our names on the title deeds. We are not going anywhere,”
P partial Ouma
> Another resident, Zawadi Akinyi, put it in Swahili: “Tunataka haki yetu, si huruma.” (We want our rights, not pity.)
P full Zawadi Akinyi
Q direct Zawadi Akinyi :: “Tunataka haki yetu, si huruma.”
> The National Land Commission (NLC) said it had received a petition from the residents on September 3 and would summon county officials within 21 days.
O government National Land Commission
O government NLC
F date September 3
F duration 21 days
> NLC commissioner Dr Salome Chepkoech Rotich said the commission could revoke titles to public land issued unlawfully.
O government NLC
P full Salome Chepkoech Rotich
> “We have seen this pattern in Nakuru, in Kiambu and in Mombasa: land is reclassified, leased for a song, then quietly converted into private title,” she said.
Q direct Salome Chepkoech Rotich :: “We have seen this pattern in Nakuru, in Kiambu and in Mombasa: land is reclassified, leased for a song, then quietly converted into private title,”
L region Nakuru
L region Kiambu
L city Mombasa
> Nakuru Senator Tabitha Chelangat Keter said the Senate was ready to hear any charges, but urged the MCAs to let the NLC finish its review first.
L region Nakuru
P full Tabitha Chelangat Keter
O government Senate
O government NLC
> Under the Constitution, an impeachment motion must be supported by at least a third of MCAs and passed by two-thirds of them. In Nakuru, that means 52 of the 78 members.
F fraction a third
F fraction two-thirds
L region Nakuru
F number 52
F number 78
> Nakuru County Assembly Speaker Hon. Peter Kamau Gitau said the motion had been committed to the House Business Committee, which would set a date for debate.
O government Nakuru County Assembly
P full Peter Kamau Gitau
O government House Business Committee
> “The assembly will follow the law. Nobody will be condemned unheard, not the governor and not the people of Hells Gate,” Mr Gitau said.
Q direct Peter Kamau Gitau :: “The assembly will follow the law. Nobody will be condemned unheard, not the governor and not the people of Hells Gate,”
L region Hells Gate
P partial Gitau
> The Environment and Land Court in Nakuru is already hearing a case filed in 2029 by 212 residents of the neighbouring Kamere estate over the same shoreline. Justice Daniel Kiptoo Rono will rule on November 20.
O government Environment and Land Court
L city Nakuru
F date 2029
F number 212
L city Kamere
P full Daniel Kiptoo Rono
F date November 20
> The Lake Naivasha Shoreline Owners Association said in a statement that any development must leave a 100-metre buffer for wildlife moving between the lake and Hell’s Gate National Park, and “must not become another concrete wall around the lake”.
O nonprofit Lake Naivasha Shoreline Owners Association
F quantity 100-metre
L geo Hell’s Gate National Park
Q direct Lake Naivasha Shoreline Owners Association :: “must not become another concrete wall around the lake”
> Kinangop Heights Developers did not respond to calls and text messages by the time of going to press.
O company Kinangop Heights Developers
'''

ARTICLES['182-western-north-cocoa-smuggling'] = r'''
> Business
> Cocoa Smuggling: Western North Farmers Blame Low Farmgate Price As Beans Flow Into Côte d’Ivoire
L region Western North
L country Côte d’Ivoire
> Author: Kwabena Adu-Gyamfi
P full Kwabena Adu-Gyamfi
> Oct - 14 - 2031 , 07:42
F date Oct - 14 - 2031
F time 07:42
> A farmer spreads cocoa beans to dry at Asempaneye, near Juaboso. Picture: Nii Adjei Tetteh
L city Asempaneye
L city Juaboso
P full Nii Adjei Tetteh
> Cocoa farmers in the Western North Region say they are selling a growing share of their beans to buyers from Côte d’Ivoire because the price across the border is far higher than the GH¢4,480 per bag fixed by the Ghana Cocoa Board (COCOBOD) for the 2031/32 season.
L region Western North Region
L country Côte d’Ivoire
F money GH¢4,480
O government Ghana Cocoa Board
O government COCOBOD
F date 2031/32
> Farmers, traders and local officials in Sefwi Wiawso, Bibiani, Juaboso, Bodi and Enchi told the Daily Graphic that middlemen on motorbikes and in pickup trucks now buy beans at the farm gate at night and carry them along bush paths to the border, which is less than 30 kilometres away in some places.
L city Sefwi Wiawso
L city Bibiani
L city Juaboso
L city Bodi
L city Enchi
O media Daily Graphic
F quantity 30 kilometres
> At Asempaneye, a farming community near Juaboso, Akua Serwaa Mensah, 52, said she sold 14 bags of her main-crop harvest in September to a buyer who paid her in CFA francs.
L city Asempaneye
L city Juaboso
P full Akua Serwaa Mensah
F age 52
F number 14
> “The Ivorian buyer pays cash on the spot. The LBC here gives you a cheque and you wait two, three weeks,” she said. “When your children are sitting at home because you have not paid their school fees, you don’t think about patriotism.”
Q direct Akua Serwaa Mensah :: “The Ivorian buyer pays cash on the spot. The LBC here gives you a cheque and you wait two, three weeks,”
F duration two
F duration three weeks
Q direct Akua Serwaa Mensah :: “When your children are sitting at home because you have not paid their school fees, you don’t think about patriotism.”
> The Western North Region, created in 2019 from part of the old Western Region, produces about a quarter of Ghana’s cocoa. COCOBOD figures show that purchases in the region fell from 212,000 tonnes in the 2029/30 season to 161,500 tonnes in 2030/31, a drop of 24 per cent, although officials say farm sizes have not shrunk.
L region Western North Region
F date 2019
L region Western Region
F fraction a quarter
L country Ghana
O government COCOBOD
F quantity 212,000 tonnes
F date 2029/30
F quantity 161,500 tonnes
F date 2030/31
F percent 24 per cent
> “That cocoa did not disappear. It walked across the border,” said the Municipal Chief Executive (MCE) for Sefwi Wiawso, Hon. Yaw Boakye-Ansah.
Q direct Yaw Boakye-Ansah :: “That cocoa did not disappear. It walked across the border,”
L city Sefwi Wiawso
P full Yaw Boakye-Ansah
> Mr Boakye-Ansah said the municipal security council had intercepted 46 trucks carrying 3,870 bags of cocoa since the main crop season opened on October 3, but admitted that many more had got through.
P partial Boakye-Ansah
F number 46
F number 3,870
F date October 3
> He said smugglers paid young men GH¢500 a night to act as what traders call “pathfinders”, guiding trucks through cocoa farms and around the Krokosua Hills forest reserve to crossing points on the Bia River.
F money GH¢500
Q scare - :: “pathfinders”
L geo Krokosua Hills
L geo Bia River
> Buyers on the Ivorian side pay 3,200 CFA francs a kilogramme, according to traders. At current exchange rates that is worth about GH¢6,500 for a 64-kilogramme bag, some 45 per cent more than the Ghanaian price.
F money 3,200 CFA francs
F money GH¢6,500
F quantity 64-kilogramme
F percent 45 per cent
> COCOBOD’s Cocoa Anti-Smuggling Task Force, made up of soldiers, police and immigration officers, has been deployed along the border in the Aowin and Juaboso districts since 2030. The Ghana Armed Forces said 11 suspected smugglers had been arrested and handed over to the Ghana Police Service this season.
O government COCOBOD
O government Cocoa Anti-Smuggling Task Force
L region Aowin
L region Juaboso
F date 2030
O government Ghana Armed Forces
F number 11
O government Ghana Police Service
> In a statement issued in Accra on Monday, COCOBOD said the farmgate price was set at 70 per cent of the net FOB price and was “the best the board can pay without borrowing against the future of the industry”.
L city Accra
O government COCOBOD
F percent 70 per cent
Q direct Ghana Cocoa Board :: “the best the board can pay without borrowing against the future of the industry”
> It urged farmers to “resist the temptation of quick money” and warned that vehicles used to smuggle cocoa would be confiscated.
Q direct Ghana Cocoa Board :: “resist the temptation of quick money”
> The chairman of the Sefwi Cocoa Farmers Cooperative Union, Opanin Kofi Ntiamoah, said the soldiers were chasing the wrong people.
O nonprofit Sefwi Cocoa Farmers Cooperative Union
P full Kofi Ntiamoah
> “Farmers are not criminals. A man weeds his farm with his own cutlass for a whole year, then he is told his bag is worth less than what his brother gets 20 kilometres away. What do you expect him to do?
Q direct Kofi Ntiamoah :: “Farmers are not criminals. A man weeds his farm with his own cutlass for a whole year, then he is told his bag is worth less than what his brother gets 20 kilometres away. What do you expect him to do?
F quantity 20 kilometres
> “Government must pay the farmer in cash and on time, and review the price before the light crop season. Otherwise the soldiers can stand at the border for the next five years and the cocoa will still go,” he said.
Q direct Kofi Ntiamoah :: “Government must pay the farmer in cash and on time, and review the price before the light crop season. Otherwise the soldiers can stand at the border for the next five years and the cocoa will still go,”
F duration five years
> At Bodi, the District Chief Executive (DCE), Hon. Comfort Adjoa Asantewaa, said the assembly was training 120 community volunteers to report suspicious trucks, and that farmers who reported smugglers would be rewarded with GH¢2,000 each.
L city Bodi
P full Comfort Adjoa Asantewaa
F number 120
F money GH¢2,000
> “Some of the smugglers are our own sons and nephews. We know them, and they know the paths better than any soldier,” she said.
Q direct Comfort Adjoa Asantewaa :: “Some of the smugglers are our own sons and nephews. We know them, and they know the paths better than any soldier,”
> Prof. Kwesi Ampofo-Tuffour, an agricultural economist at the University of Ghana Business School, said the gap had widened because the cedi had lost value faster than the CFA franc, which is pegged to the euro.
P full Kwesi Ampofo-Tuffour
O education University of Ghana Business School
> “As long as the cedi falls and the CFA franc stands still, the Ivorian price will look better to our farmers every month. You cannot fix that with roadblocks,” he said.
Q direct Kwesi Ampofo-Tuffour :: “As long as the cedi falls and the CFA franc stands still, the Ivorian price will look better to our farmers every month. You cannot fix that with roadblocks,”
> Beans bought in Ghana are exported through the ports of Takoradi and Tema, while smuggled beans end up at San-Pédro and Abidjan, where they are sold as Ivorian cocoa.
L country Ghana
L city Takoradi
L city Tema
L city San-Pédro
L city Abidjan
> Ghana was once the world’s largest cocoa producer and is now second only to Côte d’Ivoire, which grows about 40 per cent of the world’s crop.
L country Ghana
L country Côte d’Ivoire
F percent 40 per cent
'''

ARTICLES['183-imogen-st-elizabeth-black-river-floods'] = r'''
> News
> Hurricane Imogen: St Elizabeth Farmers Count Their Losses As Black River Stays Under Water
L region St Elizabeth
L city Black River
> Kadian Brissett/Staff Reporter
P full Kadian Brissett
> Published:Thursday | October 23, 2031 | 12:10 AM
F date October 23, 2031
F time 12:10 AM
> Residents wade through floodwater on High Street in Black River on Tuesday, two days after Hurricane Imogen made landfall near Parottee. - Omari Whyte-Campbell/Photographer
L street High Street
L city Black River
F duration two days
L city Parottee
P full Omari Whyte-Campbell
> BLACK RIVER, St Elizabeth: Three days after Hurricane Imogen crossed the south-west of the island as a Category 4 storm, parts of this parish capital were still under more than a metre of water yesterday, and farmers in the breadbasket parish said they had lost almost everything in the ground.
L city BLACK RIVER
L region St Elizabeth
F duration Three days
> The Black River, which gives the town its name, burst its banks on Sunday night as the storm’s rain bands stalled over the Santa Cruz Mountains, the National Works Agency (NWA) said.
L geo Black River
L geo Santa Cruz Mountains
O government National Works Agency
O government NWA
> More than 4,200 people were still in 61 shelters in St Elizabeth and Westmoreland yesterday, according to the Office of Disaster Preparedness and Emergency Management (ODPEM). The Jamaica Public Service Company (JPS) said 38 per cent of its customers in the two parishes were without electricity.
F number 4,200
F number 61
L region St Elizabeth
L region Westmoreland
O government Office of Disaster Preparedness and Emergency Management
O government ODPEM
O company Jamaica Public Service Company
O company JPS
F percent 38 per cent
F number two
> In Middle Quarters, where vendors sell pepper shrimp along the main road, Marcia Gayle, 58, stood outside what was left of her shop.
L city Middle Quarters
P full Marcia Gayle
F age 58
> “Mi lose everything – shop, stock, fridge. Forty years mi live ya so and mi neva see water like dis,” she said.
Q direct Marcia Gayle :: “Mi lose everything – shop, stock, fridge. Forty years mi live ya so and mi neva see water like dis,”
F duration Forty years
> A few doors away, Gayle’s neighbour Delroy Chambers was bailing water out of his living room with a bucket. “Three hurricanes I see in this house. This one is the worst,” he said.
P partial Gayle
P full Delroy Chambers
Q direct Delroy Chambers :: “Three hurricanes I see in this house. This one is the worst,”
F number Three
> In Treasure Beach, fishermen said the storm surge had smashed more than 30 boats at Great Bay, Calabash Bay and Billy’s Bay.
L city Treasure Beach
F number 30
L city Great Bay
L city Calabash Bay
L city Billy’s Bay
> Neville ‘Tatta’ Blake, who has fished out of Great Bay for 35 years, said he had lost two boats and three engines worth a combined $4.8 million.
P full Neville ‘Tatta’ Blake
Q scare - :: ‘Tatta’
L city Great Bay
F duration 35 years
F number two
F number three
F money $4.8 million
> “Insurance don’t cover fishermen. If the Government don’t help us, nobody in Treasure Beach going back out to sea before Easter,” Blake said.
Q direct Neville ‘Tatta’ Blake :: “Insurance don’t cover fishermen. If the Government don’t help us, nobody in Treasure Beach going back out to sea before Easter,”
L city Treasure Beach
P partial Blake
> The Rural Agricultural Development Authority (RADA) put farm losses in St Elizabeth alone at J$2.1 billion, and said onion, escallion, watermelon and cassava in the Pedro Plains, Southfield and Junction areas had been “wiped out”.
O government Rural Agricultural Development Authority
O government RADA
L region St Elizabeth
F money J$2.1 billion
L city Pedro Plains
L city Southfield
L city Junction
Q direct Rural Agricultural Development Authority :: “wiped out”
> Southfield farmer Lorna McFarlane-Reid said her three acres of escallion and thyme had been days away from reaping for the Christmas market.
L city Southfield
P full Lorna McFarlane-Reid
F quantity three acres
> “Two weeks more and I would have reaped. Now is just mud. I have a $1.2-million loan with the credit union, and the credit union don’t know ’bout hurricane.
Q direct Lorna McFarlane-Reid :: “Two weeks more and I would have reaped. Now is just mud. I have a $1.2-million loan with the credit union, and the credit union don’t know ’bout hurricane.
F duration Two weeks
F money $1.2-million
> “What we need is seed and fertiliser now, not in March when the money come through. By March it too late,” she said.
Q direct Lorna McFarlane-Reid :: “What we need is seed and fertiliser now, not in March when the money come through. By March it too late,”
> In Westmoreland, the NWA said the main road between Savanna-la-Mar and Negril had been blocked in at least 12 places by fallen trees and landslips, and that the road through Bluefields and Whitehouse had been cleared to one lane.
L region Westmoreland
O government NWA
L city Savanna-la-Mar
L city Negril
F number 12
L city Bluefields
L city Whitehouse
F number one
> The agency said it had deployed 40 crews and expected all main roads in the two parishes to be passable “by the end of next week”.
F number 40
F number two
Q direct National Works Agency :: “by the end of next week”
> Councillor Sharon Lindo-Whyte, the Mayor of Black River and chairman of the St Elizabeth Municipal Corporation, said many of the roofs that blew off had been replaced after Hurricane Beryl in 2024.
P full Sharon Lindo-Whyte
L city Black River
O government St Elizabeth Municipal Corporation
F date 2024
> “We have people who lost roofs in Gilbert, in Ivan, in Dean, in Beryl, and now Imogen. Every time we build back, we build back weaker, because there is no money,” she said.
Q direct Sharon Lindo-Whyte :: “We have people who lost roofs in Gilbert, in Ivan, in Dean, in Beryl, and now Imogen. Every time we build back, we build back weaker, because there is no money,”
> She said the municipal corporation had asked the Government for J$500 million to repair parochial roads, drains and the Black River market.
F money J$500 million
L city Black River
> Patients at the Black River Hospital were moved to the Mandeville Regional Hospital on Monday after floodwater entered the ground floor, the Southern Regional Health Authority said.
O other Black River Hospital
O other Mandeville Regional Hospital
O government Southern Regional Health Authority
> The Member of Parliament for St Elizabeth South Western, Dr Andrene Clarke-Wallace, told The Gleaner that at least 1,100 homes in her constituency had been damaged, 230 of them severely.
L region St Elizabeth South Western
P full Andrene Clarke-Wallace
O media The Gleaner
F number 1,100
F number 230
> “Black River has flooded before, but never like this. The town needs a proper drainage plan, not another study,” she said.
Q direct Andrene Clarke-Wallace :: “Black River has flooded before, but never like this. The town needs a proper drainage plan, not another study,”
L city Black River
> JPS said Hurricane Imogen had brought down 1,340 utility poles across the south-west and warned that restoring power to the worst-hit communities could take “up to three weeks”.
O company JPS
F number 1,340
Q direct Jamaica Public Service Company :: “up to three weeks”
F duration three weeks
'''

ARTICLES['184-karachi-orangi-korangi-water-tankers'] = r'''
> Pakistan
L country Pakistan
> Taps run dry in Orangi, Korangi as tanker rates hit Rs12,000
L city Orangi
L city Korangi
F money Rs12,000
> Bilal Ahmed Memon Published October 9, 2031 Updated about 4 hours ago
P full Bilal Ahmed Memon
F date October 9, 2031
F duration 4 hours
> Women fill cans from a water tanker in Orangi Town on Wednesday. — Kamran Hyder Abbasi / White Star
L city Orangi Town
P full Kamran Hyder Abbasi
O media White Star
> KARACHI: Residents of several union councils in Orangi and Korangi have been without piped water for more than three weeks, forcing families to buy water from private tankers at prices that have nearly tripled since July, while the Karachi Water and Sewerage Corporation (KWSC) blames power breakdowns at its Dhabeji pumping station.
L city KARACHI
L city Orangi
L city Korangi
F duration three weeks
O government Karachi Water and Sewerage Corporation
O government KWSC
L facility Dhabeji
> In Orangi Town’s UC-9 and UC-11, residents said the lines had not carried a drop since September 15. A 1,000-gallon tanker that cost Rs4,000 in July now sells for Rs11,000 to Rs12,000, they said.
L city Orangi Town
L region UC-9
L region UC-11
F date September 15
F quantity 1,000-gallon
F money Rs4,000
F money Rs11,000
F money Rs12,000
> “We are daily-wage people. My husband earns Rs1,500 a day, and we now spend Rs12,000 every 10 days on water. Where will the rest come from?” asked Naseem Bibi, 46, a mother of five in Orangi’s Ghaziabad neighbourhood.
Q direct Naseem Bibi :: “We are daily-wage people. My husband earns Rs1,500 a day, and we now spend Rs12,000 every 10 days on water. Where will the rest come from?”
F money Rs1,500
F money Rs12,000
F duration 10 days
P full Naseem Bibi
F age 46
F number five
L city Orangi
L city Ghaziabad
> “The water is there. It is just not in our pipes,” said Muhammad Shoaib Qureshi, the chairman of UC-9, who was elected as a candidate of the Jamaat-e-Islami. He said tankers were filling up “day and night” at hydrants barely two kilometres from homes that had received nothing.
Q direct Muhammad Shoaib Qureshi :: “The water is there. It is just not in our pipes,”
P full Muhammad Shoaib Qureshi
L region UC-9
O party Jamaat-e-Islami
Q direct Muhammad Shoaib Qureshi :: “day and night”
F quantity two kilometres
> KWSC Chief Executive Officer Syed Asad Raza Zaidi told Dawn that repeated tripping of the high-tension lines feeding the Dhabeji pumping station had cut bulk supply to the city by about 150 million gallons per day (MGD) since late August.
O government KWSC
P full Syed Asad Raza Zaidi
O media Dawn
L facility Dhabeji
F quantity 150 million gallons per day
> Karachi needs about 1,200MGD, according to the utility’s own estimates, but receives around 650MGD from the Indus through Keenjhar Lake and from the Hub Dam, before losses to leakage and theft.
L city Karachi
F quantity 1,200MGD
F quantity 650MGD
L geo Indus
L geo Keenjhar Lake
L facility Hub Dam
> “Whenever Dhabeji trips, it takes 18 to 24 hours to restore pressure in the whole network, and tail-end areas like Orangi, Baldia and Korangi are the last to get water,” Mr Zaidi said.
Q direct Syed Asad Raza Zaidi :: “Whenever Dhabeji trips, it takes 18 to 24 hours to restore pressure in the whole network, and tail-end areas like Orangi, Baldia and Korangi are the last to get water,”
L facility Dhabeji
F duration 18
F duration 24 hours
L city Orangi
L city Baldia
L city Korangi
P partial Zaidi
> He said K-Electric had been asked to provide a dedicated feeder to the pumping station, and denied that KWSC staff were diverting water to hydrants.
O company K-Electric
O government KWSC
> “Only six official hydrants are operating in the city, and each one is metered. If someone is stealing water, show us the connection and we will cut it,” he said.
Q direct Syed Asad Raza Zaidi :: “Only six official hydrants are operating in the city, and each one is metered. If someone is stealing water, show us the connection and we will cut it,”
F number six
> Residents and elected representatives, however, accuse a “tanker mafia” of working hand in glove with the utility’s field staff. In March, the Sindh High Court ordered the KWSC to shut all illegal hydrants in the city within 30 days.
Q scare - :: “tanker mafia”
O government Sindh High Court
O government KWSC
F duration 30 days
> Korangi Town chairman Muhammad Rizwan Ansari said his office had written to the KWSC three times since August without receiving a reply.
L city Korangi Town
P full Muhammad Rizwan Ansari
O government KWSC
F number three
> “People in Korangi are paying twice: once in their water bill and once to the tanker owner. They announced Rs3.5 billion for the pumping stations in the budget, and not even Rs50 crore has reached the ground.
Q direct Muhammad Rizwan Ansari :: “People in Korangi are paying twice: once in their water bill and once to the tanker owner. They announced Rs3.5 billion for the pumping stations in the budget, and not even Rs50 crore has reached the ground.
L city Korangi
F money Rs3.5 billion
F money Rs50 crore
> “If the corporation cannot supply water, it should at least stop sending bills. We will not let our people pay Rs450 a month for dry pipes,” he said.
Q direct Muhammad Rizwan Ansari :: “If the corporation cannot supply water, it should at least stop sending bills. We will not let our people pay Rs450 a month for dry pipes,”
F money Rs450
> In Lyari, the city’s oldest neighbourhood, residents of Kalri and Baghdadi blocked Mauripur Road for four hours on Tuesday, burning tyres and chanting slogans against the KWSC and the Sindh government.
L city Lyari
L city Kalri
L city Baghdadi
L street Mauripur Road
F duration four hours
O government KWSC
L region Sindh
> According to the Orangi Town Municipal Corporation, about 3.2 lakh people in the five worst-hit union councils of the town now depend entirely on tankers.
O government Orangi Town Municipal Corporation
F number 3.2 lakh
F number five
> Even in middle-class areas such as Gulistan-i-Jauhar and Gulshan-i-Iqbal, residents said supply had fallen to two days a week.
L city Gulistan-i-Jauhar
L city Gulshan-i-Iqbal
F duration two days
> “We used to worry about load-shedding. Now we plan our week around the tanker,” said Syeda Rubab Fatima, a schoolteacher in Gulshan-i-Iqbal whose family of seven shares one 200-litre drum of water a day.
Q direct Syeda Rubab Fatima :: “We used to worry about load-shedding. Now we plan our week around the tanker,”
P full Syeda Rubab Fatima
L city Gulshan-i-Iqbal
F number seven
F number one
F quantity 200-litre
> In a statement issued late on Wednesday, the KWSC said supply to Orangi and Korangi would be restored “on a rotation basis” within 48 hours once repairs at Dhabeji were complete.
O government KWSC
L city Orangi
L city Korangi
Q direct Karachi Water and Sewerage Corporation :: “on a rotation basis”
F duration 48 hours
L facility Dhabeji
> Residents were not convinced. “They said 48 hours last month too,” said Naseem Bibi.
Q direct Naseem Bibi :: “They said 48 hours last month too,”
F duration 48 hours
P full Naseem Bibi
'''

ARTICLES['185-north-south-line-power-fault'] = r'''
> Singapore
L country Singapore
> Power fault halts trains on North-South Line between Jurong East and Choa Chu Kang for nearly 3 hours
L facility North-South Line
L facility Jurong East
L facility Choa Chu Kang
F duration 3 hours
> About 60,000 commuters affected during morning peak; SMRT to replace damaged cable
F number 60,000
O company SMRT
> Lim Shu Fen
P full Lim Shu Fen
> Transport Correspondent
> UPDATED Oct 14, 2031, 12:51 PM
F date Oct 14, 2031
F time 12:51 PM
> Commuters queueing for bridging buses outside Bukit Batok MRT station on Oct 14. ST PHOTO: AUDREY KHOO
L facility Bukit Batok
F date Oct 14
O media ST
P full AUDREY KHOO
> Train services on the North-South Line (NSL) between Jurong East and Choa Chu Kang stations were halted for nearly three hours during the morning peak on Oct 14 after a power fault, affecting about 60,000 commuters.
L facility North-South Line
L facility NSL
L facility Jurong East
L facility Choa Chu Kang
F duration three hours
F date Oct 14
F number 60,000
> Rail operator SMRT said in a Facebook post at 7.15am that a fault had been detected on the power rail near Bukit Gombak station, and that free regular and bridging bus services were available between Jurong East and Choa Chu Kang.
O company SMRT
O company Facebook
F time 7.15am
L facility Bukit Gombak
L facility Jurong East
L facility Choa Chu Kang
> Trains on the affected stretch, which also serves Bukit Batok station, had stopped running at about 6.40am. Services resumed at 9.32am, SMRT said in an update.
L facility Bukit Batok
F time 6.40am
F time 9.32am
O company SMRT
> During the disruption, trains on the rest of the NSL ran between Choa Chu Kang and Marina South Pier. Services on the East-West Line (EWL) were not affected, though crowds built up on the interchange platforms at Jurong East.
L facility NSL
L facility Choa Chu Kang
L facility Marina South Pier
L facility East-West Line
L facility EWL
L facility Jurong East
> The Land Transport Authority (LTA) said preliminary checks showed that a section of power cable had “failed without warning”, cutting the supply to a 4.5km stretch of track.
O government Land Transport Authority
O government LTA
Q direct Land Transport Authority :: “failed without warning”
F quantity 4.5km
> Two trains carrying about 1,900 passengers were stalled between stations. One of them was stuck for 42 minutes before it crawled into Bukit Batok station on battery power.
F number Two
F number 1,900
F duration 42 minutes
L facility Bukit Batok
> “The lights went off, then the air-con went off. People were calm at first, but after 20 minutes a child started crying and an elderly man had to sit on the floor,” said civil servant Nurul Huda Ismail, 34, who was on that train.
Q direct Nurul Huda Ismail :: “The lights went off, then the air-con went off. People were calm at first, but after 20 minutes a child started crying and an elderly man had to sit on the floor,”
F duration 20 minutes
P full Nurul Huda Ismail
F age 34
> Ms Nurul said she reached her office in Raffles Place at 10.05am, more than two hours late.
P partial Nurul
L city Raffles Place
F time 10.05am
F duration two hours
> At Choa Chu Kang, retiree Tan Boon Huat, 67, said he waited 35 minutes for a bridging bus. “The staff tried their best, but there were simply not enough buses. Every bus that came was full by the time it reached me,” said Mr Tan, who was on his way to a medical appointment at Ng Teng Fong General Hospital.
L facility Choa Chu Kang
P full Tan Boon Huat
F age 67
F duration 35 minutes
Q direct Tan Boon Huat :: “The staff tried their best, but there were simply not enough buses. Every bus that came was full by the time it reached me,”
P partial Tan
O other Ng Teng Fong General Hospital
> SMRT said it had added 40 buses on services 945 and 947, which ply Bukit Batok, and deployed 120 staff to guide commuters at the affected stations.
O company SMRT
F number 40
L city Bukit Batok
F number 120
> “We apologise to all commuters whose journeys were disrupted this morning,” said Mr Kelvin Loh Chee Meng, president of SMRT Trains. He said engineers would replace a 300m length of cable overnight and check similar cables along the line over the next two weeks.
Q direct Kelvin Loh Chee Meng :: “We apologise to all commuters whose journeys were disrupted this morning,”
P full Kelvin Loh Chee Meng
O company SMRT Trains
F quantity 300m
F duration two weeks
> Commuters who were late for work or school can download travel chits from the SMRT website or the LTA’s MyTransport.SG app.
O company SMRT
O government LTA
> Associate Professor Alvin Koh Jun Hao, a transport researcher at the Singapore University of Social Sciences, said the NSL, which opened in 1987, is the oldest and busiest line in the network.
P full Alvin Koh Jun Hao
O education Singapore University of Social Sciences
L facility NSL
F date 1987
> “The track and signalling have been renewed in the last decade, but the power system is a large, ageing network of cables and rails. Faults like this are rare, but when they happen at 7am on a weekday, tens of thousands of people feel it.
Q direct Alvin Koh Jun Hao :: “The track and signalling have been renewed in the last decade, but the power system is a large, ageing network of cables and rails. Faults like this are rare, but when they happen at 7am on a weekday, tens of thousands of people feel it.
F time 7am
> “The question now is whether this was a one-off or the start of a pattern,” he said.
Q direct Alvin Koh Jun Hao :: “The question now is whether this was a one-off or the start of a pattern,”
> The LTA said it would “not hesitate to take enforcement action” if its investigation found that SMRT had fallen short of maintenance standards. In 2029, it fined the operator S$1.6 million after a signalling fault disrupted EWL services for more than six hours.
O government LTA
Q direct Land Transport Authority :: “not hesitate to take enforcement action”
O company SMRT
F date 2029
F money S$1.6 million
L facility EWL
F duration six hours
> In a Facebook post on the afternoon of Oct 14, Senior Minister of State for Transport Daryl Quek Wen Jie said he had asked the LTA and SMRT to “get to the bottom of this quickly”.
O company Facebook
F date Oct 14
P full Daryl Quek Wen Jie
O government LTA
O company SMRT
Q direct Daryl Quek Wen Jie :: “get to the bottom of this quickly”
'''

ARTICLES['186-betsi-cadwaladr-two-year-waits'] = r'''
> North Wales
L region North Wales
> Betsi Cadwaladr: 9,400 patients waiting more than two years for treatment
O government Betsi Cadwaladr
F number 9,400
F duration two years
> Lowri Mair Tudur
P full Lowri Mair Tudur
> Health correspondent, BBC Wales
O media BBC Wales
> 12 March 2032
F date 12 March 2032
> Image source, Getty Images
O media Getty Images
> Image caption, Ysbyty Gwynedd in Bangor has the longest orthopaedic waiting list in Wales
O other Ysbyty Gwynedd
L city Bangor
L country Wales
> More than 9,400 patients in north Wales have been waiting over two years for planned treatment, the highest number of any health board in Wales, new figures show.
F number 9,400
L country Wales
F duration two years
L country Wales
> Betsi Cadwaladr University Health Board (BCUHB), which covers Anglesey (Ynys Môn), Gwynedd, Conwy, Denbighshire, Flintshire and Wrexham, accounted for almost half of the 19,800 two-year waits in Wales at the end of January, according to Welsh Government statistics.
O government Betsi Cadwaladr University Health Board
O government BCUHB
L region Anglesey
L region Ynys Môn
L region Gwynedd
L region Conwy
L region Denbighshire
L region Flintshire
L region Wrexham
F fraction half
F number 19,800
F duration two-year
L country Wales
O government Welsh Government
> The Welsh Government had pledged to end two-year waits across Wales by March 2031.
O government Welsh Government
F duration two-year
L country Wales
F date March 2031
> Its target is for 95% of patients to start treatment within 26 weeks of referral and for nobody to wait longer than 36 weeks. In north Wales, 52.8% of patients were treated within 26 weeks in January.
F percent 95%
F duration 26 weeks
F duration 36 weeks
L country Wales
F percent 52.8%
F duration 26 weeks
> Orthopaedics is the worst-affected specialty, with 3,150 people waiting more than two years for hip and knee operations, most of them at Ysbyty Gwynedd in Bangor and Wrexham Maelor Hospital.
F number 3,150
F duration two years
O other Ysbyty Gwynedd
L city Bangor
O other Wrexham Maelor Hospital
> Iolo Cadwaladr, 71, from Rhyl, has been waiting 27 months for a knee replacement at Ysbyty Glan Clwyd in Bodelwyddan.
P full Iolo Cadwaladr
F age 71
L city Rhyl
F duration 27 months
O other Ysbyty Glan Clwyd
L city Bodelwyddan
> "I used to walk the Clwydian Range every weekend. Now I can't get to the end of the garden without a stick," he said.
Q direct Iolo Cadwaladr :: "I used to walk the Clwydian Range every weekend. Now I can't get to the end of the garden without a stick,"
L geo Clwydian Range
> Mr Cadwaladr, a retired teacher, said he had written to the health board "four or five times" and had received "the same letter every time".
P partial Cadwaladr
Q direct Iolo Cadwaladr :: "four or five times"
F number four
F number five
Q direct Iolo Cadwaladr :: "the same letter every time"
> Speaking in Welsh to BBC Cymru Fyw, he said: "Dw i'n teimlo bod neb yn gwrando." (I feel that nobody is listening.)
O media BBC Cymru Fyw
Q direct Iolo Cadwaladr :: "Dw i'n teimlo bod neb yn gwrando."
> His daughter, Elin, said the family had looked at paying for the operation privately, at a cost of about £15,000, or travelling to the Robert Jones and Agnes Hunt Orthopaedic Hospital in Oswestry, across the border in England.
P partial Elin
F money £15,000
O other Robert Jones and Agnes Hunt Orthopaedic Hospital
L city Oswestry
L country England
> "Dad has paid into the NHS all his life. He shouldn't have to empty his savings because of where he lives," she said.
Q direct Elin :: "Dad has paid into the NHS all his life. He shouldn't have to empty his savings because of where he lives,"
O government NHS
> In a statement, the health board said it had cut the number of two-year waits by 31% over the past year and was "absolutely committed" to ending them.
F duration two-year
F percent 31%
Q direct Betsi Cadwaladr University Health Board :: "absolutely committed"
> It said a new £28m orthopaedic hub at Llandudno General Hospital would open in September, adding 2,400 operations a year, and that patients from Gwynedd and Anglesey were being offered surgery in Llandudno to shorten their wait.
F money £28m
O other Llandudno General Hospital
F number 2,400
L region Gwynedd
L region Anglesey
L city Llandudno
> "We know that waiting this long is not acceptable, and we are sorry to every patient who is still waiting," the board's chief executive, Dr Gwenllian Hopcyn, said.
Q direct Gwenllian Hopcyn :: "We know that waiting this long is not acceptable, and we are sorry to every patient who is still waiting,"
P full Gwenllian Hopcyn
> Betsi Cadwaladr was placed back into special measures by the Welsh Government in February 2023, after a report raised concerns about governance and patient safety.
O government Betsi Cadwaladr
O government Welsh Government
F date February 2023
> In the Senedd on Tuesday, Health Secretary Aled Rhys Owen said the board had made "real progress" but accepted that patients in the north were waiting "far too long".
O government Senedd
P full Aled Rhys Owen
Q direct Aled Rhys Owen :: "real progress"
Q direct Aled Rhys Owen :: "far too long"
> He told Members of the Senedd that a further £40m would be made available across Wales to tackle the longest waits before the end of the financial year.
O government Senedd
F money £40m
L country Wales
> The Welsh Conservatives' health spokesman, Gareth Pryce-Morgan MS, said patients in north Wales had been "let down for a decade".
O party Welsh Conservatives
P full Gareth Pryce-Morgan
L country Wales
Q direct Gareth Pryce-Morgan :: "let down for a decade"
> "Every year we are told the corner has been turned. For thousands of people in Flintshire, Conwy and on Anglesey, nothing has changed," he said.
Q direct Gareth Pryce-Morgan :: "Every year we are told the corner has been turned. For thousands of people in Flintshire, Conwy and on Anglesey, nothing has changed,"
L region Flintshire
L region Conwy
L region Anglesey
> Plaid Cymru's Siân Haf Roberts, one of the six MSs for Bangor Conwy Môn, said waiting lists in the north would not fall until the board could recruit and keep more consultants.
O party Plaid Cymru
P full Siân Haf Roberts
F number six
L region Bangor Conwy Môn
> Dr Iwan Prys Williams of BMA Cymru Wales said: "Consultants in north Wales want to operate. What they need are beds, theatre time and staff, and they have been short of all three for years."
P full Iwan Prys Williams
O nonprofit BMA Cymru Wales
Q direct Iwan Prys Williams :: "Consultants in north Wales want to operate. What they need are beds, theatre time and staff, and they have been short of all three for years."
L country Wales
F number three
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
