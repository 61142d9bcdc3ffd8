#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval98 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval98/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['631-himan-blasting-cracked-homes-bondaye-pit-ankobra-gold-prestea-graphic-online'] = r'''
> Regional News
> Blasting At Bondaye Pit: Himan Residents Give Ankobra Gold 14 Days To Pay For Cracked Homes
L facility Bondaye
L city Himan
O company Ankobra Gold
F duration 14 Days
> Author: Ebenezer Kwadwo Arhin
P full Ebenezer Kwadwo Arhin
> Mar - 09 - 2038 , 10:26
F date Mar - 09 - 2038
F time 10:26
> Madam Comfort Ekua Quansah shows a crack in the wall of her house at Himan. Picture: Ebenezer Kwadwo Arhin
P full Comfort Ekua Quansah
L city Himan
P full Ebenezer Kwadwo Arhin
> Residents of Himan, a mining community near Prestea in the Prestea-Huni Valley Municipality of the Western Region, have given Ankobra Gold Resources Limited (AGRL) 14 days to compensate the owners of 236 buildings they say have been cracked by blasting at the company’s Bondaye open pit.
L city Himan
L city Prestea
L region Prestea-Huni Valley Municipality
L region Western Region
O company Ankobra Gold Resources Limited
O company AGRL
F duration 14 days
F number 236
L facility Bondaye
> The residents, who marched through the town on Saturday, March 6, 2038, carrying placards with inscriptions such as “Our walls are not your rock” and “AGRL, pay or park”, also want the company to stop the evening blasts and to relocate 41 households living within 500 metres of the pit.
F date March 6, 2038
Q direct - :: “Our walls are not your rock”
Q direct - :: “AGRL, pay or park”
O company AGRL
F number 41
F quantity 500 metres
> Addressing the press after the march, the Odikro of Himan, Nana Kwesi Agyeman Eduful II, said blasting at the pit had become “a daily earthquake” since the company moved its operations closer to the town in February 2037.
L city Himan
P full Kwesi Agyeman Eduful II
Q direct Kwesi Agyeman Eduful II :: “a daily earthquake”
F date February 2037
> “When they blast, the whole town shakes. Plates fall from the shelves, children run out of the classrooms, and every week we find new cracks. Some of these houses were built by our grandfathers, and today you cannot sleep in them.
Q direct Kwesi Agyeman Eduful II :: “When they blast, the whole town shakes. Plates fall from the shelves, children run out of the classrooms, and every week we find new cracks. Some of these houses were built by our grandfathers, and today you cannot sleep in them.
> “We are not against mining. Prestea has lived on gold for more than 100 years. But the company must respect the people it is mining under,” he said.
Q direct Kwesi Agyeman Eduful II :: “We are not against mining. Prestea has lived on gold for more than 100 years. But the company must respect the people it is mining under,”
L city Prestea
F duration 100 years
> Nana Eduful said the community had written to the company, the Environmental Protection Agency (EPA) and the Minerals Commission three times since August 2037 without a reply.
P partial Eduful
O government Environmental Protection Agency
O government EPA
O government Minerals Commission
F number three
F date August 2037
> Evening blasts
> A survey by the Himan Youth Development Association (HYDA), a copy of which was made available to the Daily Graphic, lists 236 cracked buildings, among them the Himan D/A Basic School, a health centre and two churches. The association puts the cost of repairs at GH¢18.4 million, about US$1.2 million.
O nonprofit Himan Youth Development Association
O nonprofit HYDA
O media Daily Graphic
F number 236
O education Himan D/A Basic School
F number two
F money GH¢18.4 million
F money US$1.2 million
> Its secretary, Mr Ato Kwamena Ghartey, said the company blasted twice a day, at about 2pm and 6:30pm, and that the evening blasts had been added in November without any notice to the community.
P full Ato Kwamena Ghartey
F time 2pm
F time 6:30pm
> “The first blast we can live with. The second one, when the children are sleeping, is what is killing us. Our own readings at the school show vibrations of up to 14mm/s, against a limit of 5mm/s,” he said.
Q direct Ato Kwamena Ghartey :: “The first blast we can live with. The second one, when the children are sleeping, is what is killing us. Our own readings at the school show vibrations of up to 14mm/s, against a limit of 5mm/s,”
F quantity 14mm/s
F quantity 5mm/s
> Madam Quansah, 71, a trader whose six-bedroom house stands about 300 metres from the pit, said she had sent her grandchildren to live with relatives at Bogoso after part of her kitchen wall collapsed in January.
P partial Quansah
F age 71
F number six
F quantity 300 metres
L city Bogoso
> “I spent GH¢4,500 to repair it last year. Now it has cracked again. Who will pay?” she asked.
Q direct Comfort Ekua Quansah :: “I spent GH¢4,500 to repair it last year. Now it has cracked again. Who will pay?”
F money GH¢4,500
> Company responds
> In a statement signed by its Head of Corporate Affairs, Mrs Abena Serwaa Owusu-Afriyie, AGRL said its blasts were “designed and monitored within the limits set by the EPA and the Minerals Commission” and that a Tarkwa-based consultancy, Geo-Seis Consult Limited, had been engaged to assess “all buildings within 1.5 kilometres of the pit”.
P full Abena Serwaa Owusu-Afriyie
O company AGRL
Q direct Ankobra Gold Resources Limited :: “designed and monitored within the limits set by the EPA and the Minerals Commission”
O government EPA
O government Minerals Commission
L city Tarkwa
O company Geo-Seis Consult Limited
Q direct Ankobra Gold Resources Limited :: “all buildings within 1.5 kilometres of the pit”
F quantity 1.5 kilometres
> The company, which employs 1,140 people, 62 per cent of them from the municipality, said it paid GH¢2.3 million in compensation to 88 property owners in 2036 and would “not shy away from its responsibilities where our operations are found to be the cause”.
F number 1,140
F percent 62 per cent
F money GH¢2.3 million
F number 88
F date 2036
Q direct Ankobra Gold Resources Limited :: “not shy away from its responsibilities where our operations are found to be the cause”
> It said the evening blasts had been introduced “for safety reasons, when fewer people are on the roads,” and asked the residents to “use the grievance procedure and not the streets.”
Q direct Ankobra Gold Resources Limited :: “for safety reasons, when fewer people are on the roads,”
Q direct Ankobra Gold Resources Limited :: “use the grievance procedure and not the streets.”
> The Municipal Chief Executive (MCE), Hon. Isaac Nii Amarh Laryea, who met the chiefs and the company on Monday, said the Prestea-Huni Valley Municipal Assembly would set up a seven-member committee, made up of officials of the EPA, the Minerals Commission, the Ghana Police Service, the assembly and the company, to inspect the buildings within three weeks.
P full Isaac Nii Amarh Laryea
O government Prestea-Huni Valley Municipal Assembly
F number seven
O government EPA
O government Minerals Commission
O government Ghana Police Service
F duration three weeks
> “Nobody should take the law into his own hands. The 14-day ultimatum has been noted, and I have asked the company to suspend the evening blasts until the committee submits its report,” he told the Daily Graphic.
Q direct Isaac Nii Amarh Laryea :: “Nobody should take the law into his own hands. The 14-day ultimatum has been noted, and I have asked the company to suspend the evening blasts until the committee submits its report,”
F duration 14-day
O media Daily Graphic
> The Western Regional Police Command said 30 officers had been deployed to Himan, and described the march as “peaceful and orderly”.
O government Western Regional Police Command
F number 30
L city Himan
Q direct Western Regional Police Command :: “peaceful and orderly”
> Himan lies about three kilometres from Prestea on the Bogoso road. Gold has been mined around Prestea since the 19th century, and many of the town’s houses stand on old underground workings.
L city Himan
F quantity three kilometres
L city Prestea
L city Bogoso
L city Prestea
'''

ARTICLES['632-tumble-rfc-3g-pitch-floodlights-approved-gwendraeth-carmarthenshire-llanelli-star'] = r'''
> News
> Rugby club's 'lifeline' 3G pitch approved despite fears over floodlights
Q direct Rhodri Wyn Harries :: 'lifeline'
> Tumble RFC says the £1.4m all-weather pitch will keep the Gwendraeth Valley club going, but neighbours say the lights will shine into their bedrooms
O team Tumble RFC
F money £1.4m
L geo Gwendraeth Valley
> Gwenllian Ffowc-Williams
P full Gwenllian Ffowc-Williams
> Local Democracy Reporter
> 06:00, 14 MAR 2038
F time 06:00
F date 14 MAR 2038
> How the new pitch at Parc y Glowyr will look, with the clubhouse on the left (Image: Tumble RFC)
L facility Parc y Glowyr
O team Tumble RFC
> A village rugby club in the Gwendraeth Valley has been given the go-ahead for a £1.4m floodlit 3G pitch, despite objections from neighbours who fear the lights will turn their back gardens "into Parc y Scarlets".
L geo Gwendraeth Valley
F money £1.4m
Q direct Meinir Pugh-Jenkins :: "into Parc y Scarlets"
L facility Parc y Scarlets
> Carmarthenshire County Council's planning committee voted by eight votes to three on Thursday to approve Tumble RFC's application for the pitch at Parc y Glowyr, the club's ground on the edge of Tumble, a former mining village known in Welsh as Y Tymbl.
O government Carmarthenshire County Council
F number eight
F number three
O team Tumble RFC
L facility Parc y Glowyr
L city Tumble
L city Y Tymbl
> The club, which fields two senior sides, a youth team and more than 300 junior players, said the 100m by 70m pitch would let it train all year round instead of losing "eight or nine weeks every winter" to waterlogging.
F number two
F number 300
F quantity 100m
F quantity 70m
Q direct Tumble RFC :: "eight or nine weeks every winter"
F duration eight
F duration nine weeks
> Club chairman Rhodri Wyn Harries told the committee the plans were "a lifeline" for a club founded by colliers more than a century ago.
P full Rhodri Wyn Harries
Q direct Rhodri Wyn Harries :: "a lifeline"
> "Without this pitch, I honestly don't know where we'll be in five years' time. We lost two junior teams last season because there was nowhere for them to train," he said.
Q direct Rhodri Wyn Harries :: "Without this pitch, I honestly don't know where we'll be in five years' time. We lost two junior teams last season because there was nowhere for them to train,"
F duration five years
F number two
> "Our under-nines were training in a car park under the streetlights. That is not what rugby in this valley should look like."
Q direct Rhodri Wyn Harries :: "Our under-nines were training in a car park under the streetlights. That is not what rugby in this valley should look like."
> He said the pitch would also be used by pupils from two local primary schools and by Urdd Gobaith Cymru, which runs Welsh-language rugby sessions for children in the area.
F number two
O nonprofit Urdd Gobaith Cymru
> Eleven objections were lodged. Meinir Pugh-Jenkins, 64, whose house on Heol y Neuadd backs onto the ground, told the committee that the six 15-metre floodlight columns would be "taller than the chapel".
F number Eleven
P full Meinir Pugh-Jenkins
F age 64
L street Heol y Neuadd
F number six
F quantity 15-metre
Q direct Meinir Pugh-Jenkins :: "taller than the chapel"
> "We were told the lights would be off by 10pm. On a winter's night that's five hours of light shining straight into the back bedrooms. It will turn our back gardens into Parc y Scarlets," she said.
Q direct Meinir Pugh-Jenkins :: "We were told the lights would be off by 10pm. On a winter's night that's five hours of light shining straight into the back bedrooms. It will turn our back gardens into Parc y Scarlets,"
F time 10pm
F duration five hours
L facility Parc y Scarlets
> Planning officers said the LED lights would be "directional and shielded" and that light spill at the nearest homes would be below 3 lux.
Q direct - :: "directional and shielded"
F quantity 3 lux
> Speaking in Welsh, Cllr Eirian Prys Bowen (Plaid Cymru), who represents Gorslas, said the club was "calon y pentref" – the heart of the village – and that "nobody on this committee wants to see it go the way of the pits".
P full Eirian Prys Bowen
O party Plaid Cymru
L region Gorslas
Q direct Eirian Prys Bowen :: "calon y pentref"
Q direct Eirian Prys Bowen :: "nobody on this committee wants to see it go the way of the pits"
> Cllr Alun Lloyd-Rees (Labour, Llannon) voted against, saying the council should not be "lighting up a field in open countryside" when neighbours had asked for conditions that were not included.
P full Alun Lloyd-Rees
O party Labour
L region Llannon
Q direct Alun Lloyd-Rees :: "lighting up a field in open countryside"
> The committee attached 14 conditions. The floodlights must be switched off by 9.30pm on weekdays and 7pm at weekends, and the club must carry out a bat survey before work starts, because lesser horseshoe bats roost in a disused chapel nearby.
F number 14
F time 9.30pm
F time 7pm
> The club has raised £220,000 towards the cost and has applied to the Welsh Rugby Union (WRU) and Sport Wales for the rest. A WRU spokesperson said the union was "delighted for everyone at the club" and would "look closely" at the bid.
F money £220,000
O other Welsh Rugby Union
O other WRU
O government Sport Wales
O other WRU
Q direct - :: "delighted for everyone at the club"
Q direct - :: "look closely"
> On the pitch, Tumble kept their promotion hopes alive on Saturday with a 27-19 win over Trimsaran at Parc y Glowyr. They are third in the table, four points behind leaders Pontyberem with five games left.
O team Tumble
F score 27-19
O team Trimsaran
L facility Parc y Glowyr
F number four
O team Pontyberem
F number five
> Work on the pitch is due to start in May and take 16 weeks, so that it is ready for the start of the 2038-39 season.
F duration 16 weeks
F date 2038-39
> A spokesperson for Cyngor Sir Gâr, Carmarthenshire County Council, said the decision notice would be issued "in the next few days".
O government Cyngor Sir Gâr
O government Carmarthenshire County Council
Q direct - :: "in the next few days"
> Don't miss a story from Llanelli and Carmarthenshire – sign up to our newsletter here
L city Llanelli
L region Carmarthenshire
'''

ARTICLES['633-comrades-up-run-ntsekhe-du-toit-polly-shortts-pietermaritzburg-results-witness'] = r'''
> Sport
> Ntšekhe conquers Polly Shortts to win Comrades
P partial Ntšekhe
L geo Polly Shortts
> Lesotho’s Retšelisitsoe Ntšekhe becomes the first man from the mountain kingdom to win the ultra, while Marelize du Toit takes the women’s title on debut
L country Lesotho
P full Retšelisitsoe Ntšekhe
P full Marelize du Toit
> Thulani Ngcobo
P full Thulani Ngcobo
> 14 June 2038
F date 14 June 2038
> Retšelisitsoe Ntšekhe crosses the finish line at Scottsville Racecourse in Pietermaritzburg on Sunday. Photo: Sandile Mavundla-Shezi/Gallo Images
P full Retšelisitsoe Ntšekhe
L facility Scottsville Racecourse
L city Pietermaritzburg
P full Sandile Mavundla-Shezi
O media Gallo Images
> LESOTHO’S Retšelisitsoe Ntšekhe broke away from the defending champion on Polly Shortts to win the 2038 Comrades Marathon in Pietermaritzburg on Sunday, finishing the 86.9km up run from Durban in 5:21:47.
L country LESOTHO
P full Retšelisitsoe Ntšekhe
L geo Polly Shortts
F date 2038
L city Pietermaritzburg
F quantity 86.9km
L city Durban
F duration 5:21:47
> The 28-year-old policeman from Mafeteng, who finished fourth in 2037, is the first runner from Lesotho to win the race since it was first run in 1921. He beat the defending champion, Siyabonga Mthembu, by 2min 12sec, with Zimbabwe’s Tinashe Mapfumo third in 5:26:05.
F age 28-year-old
L city Mafeteng
F date 2037
L country Lesotho
F date 1921
P full Siyabonga Mthembu
F duration 2min
F duration 12sec
L country Zimbabwe
P full Tinashe Mapfumo
F duration 5:26:05
> In the women’s race, Marelize du Toit, 31, from Paarl, won on her Comrades debut in 5:58:40, ahead of Ethiopia’s Tigist Alemu Bekele (6:04:17) and the 2037 winner, Nokuthula Zondi-Mahlangu (6:09:52).
P full Marelize du Toit
F age 31
L city Paarl
F duration 5:58:40
L country Ethiopia
P full Tigist Alemu Bekele
F duration 6:04:17
F date 2037
P full Nokuthula Zondi-Mahlangu
F duration 6:09:52
> About 16 400 of the 21 000 starters reached Scottsville before the 12-hour cut-off at 5.30pm, the Comrades Marathon Association (CMA) said.
F number 16 400
F number 21 000
L city Scottsville
F duration 12-hour
F time 5.30pm
O nonprofit Comrades Marathon Association
O nonprofit CMA
> The race started outside the Durban City Hall at 5.30am in 14°C, but temperatures climbed to 26°C on the long drag from Camperdown to Umlaas Road, and medical teams treated 412 runners, mostly for cramps and dehydration.
L facility Durban City Hall
F time 5.30am
F quantity 14°C
F quantity 26°C
L city Camperdown
L city Umlaas Road
F number 412
> Ntšekhe and Mthembu ran together through Drummond, which they reached in 2:41:03, and were still shoulder to shoulder at Cato Ridge. The decisive move came on Polly Shortts, the last of the “Big Five” hills, about 8km from the finish.
P partial Ntšekhe
P partial Mthembu
L city Drummond
F duration 2:41:03
L city Cato Ridge
L geo Polly Shortts
Q scare - :: “Big Five”
F quantity 8km
> “I told myself, when you see Polly, you go. My coach always says the Comrades starts at Polly Shortts, not in Durban,” Ntšekhe said.
Q direct Retšelisitsoe Ntšekhe :: “I told myself, when you see Polly, you go. My coach always says the Comrades starts at Polly Shortts, not in Durban,”
L geo Polly
L geo Polly Shortts
L city Durban
P partial Ntšekhe
> “In Lesotho we train at 2,400 metres, so the hills here do not frighten me. I was only afraid of the heat.”
Q direct Retšelisitsoe Ntšekhe :: “In Lesotho we train at 2,400 metres, so the hills here do not frighten me. I was only afraid of the heat.”
L country Lesotho
F quantity 2,400 metres
> Ntšekhe and du Toit each take home R600 000 from a total purse of R3.2 million.
P partial Ntšekhe
P partial du Toit
F money R600 000
F money R3.2 million
> Mthembu, 33, a three-time gold medallist from Maritzburg’s Edendale township, said cramp had stopped him “dead” on the climb.
P partial Mthembu
F age 33
F number three
L city Maritzburg
L city Edendale
Q direct Siyabonga Mthembu :: “dead”
> “He was stronger today. I had nothing left after Polly’s, and on a day like this the Comrades does not give you a second chance,” he said.
Q direct Siyabonga Mthembu :: “He was stronger today. I had nothing left after Polly’s, and on a day like this the Comrades does not give you a second chance,”
L geo Polly
> Du Toit, a physiotherapist who had run only three marathons before Sunday, took the lead from Tigist at Harrison Flats and was never caught.
P partial Du Toit
F number three
P partial Tigist
L city Harrison Flats
> “Everyone told me to respect the distance, so I walked the steep parts of Inchanga and took every boiled potato they handed me,” said du Toit, who is coached by her husband, Gerrit du Toit.
Q direct Marelize du Toit :: “Everyone told me to respect the distance, so I walked the steep parts of Inchanga and took every boiled potato they handed me,”
L geo Inchanga
P partial du Toit
P full Gerrit du Toit
> Tigist, 26, who was running her first Comrades, said she had “learned the course” and would be back in 2039, when the race is a down run to Durban.
P partial Tigist
F age 26
Q direct Tigist Alemu Bekele :: “learned the course”
F date 2039
L city Durban
> Zondi-Mahlangu, who led the women’s race through Drummond, said she had been sick for “most of the second half” and was “just happy to get a medal”.
P partial Zondi-Mahlangu
L city Drummond
Q direct Nokuthula Zondi-Mahlangu :: “most of the second half”
Q direct Nokuthula Zondi-Mahlangu :: “just happy to get a medal”
> Local heroes
> Maritzburg’s Sbusiso Khumalo was the first KwaZulu-Natal man home, in ninth place in 5:41:12, while 71-year-old Ashwin Naidoo from Pinetown finished his 40th Comrades in 11:48:55, with 11 minutes to spare.
L city Maritzburg
P full Sbusiso Khumalo
L region KwaZulu-Natal
F duration 5:41:12
F age 71-year-old
P full Ashwin Naidoo
L city Pinetown
F duration 11:48:55
F duration 11 minutes
> “My knees are 71 but my heart is still 30,” said Naidoo, who ran his first Comrades in 1992.
Q direct Ashwin Naidoo :: “My knees are 71 but my heart is still 30,”
F age 71
F age 30
P partial Naidoo
F date 1992
> RESULTS
> Men: 1 Retšelisitsoe Ntšekhe (LES) 5:21:47; 2 Siyabonga Mthembu (RSA) 5:23:59; 3 Tinashe Mapfumo (ZIM) 5:26:05; 4 Kagiso Molefe-Seabi (RSA) 5:29:30; 5 Dawit Gebremedhin (ETH) 5:31:18.
P full Retšelisitsoe Ntšekhe
L country LES
F duration 5:21:47
P full Siyabonga Mthembu
L country RSA
F duration 5:23:59
P full Tinashe Mapfumo
L country ZIM
F duration 5:26:05
P full Kagiso Molefe-Seabi
L country RSA
F duration 5:29:30
P full Dawit Gebremedhin
L country ETH
F duration 5:31:18
> Women: 1 Marelize du Toit (RSA) 5:58:40; 2 Tigist Alemu Bekele (ETH) 6:04:17; 3 Nokuthula Zondi-Mahlangu (RSA) 6:09:52; 4 Chiedza Nyathi (ZIM) 6:15:26; 5 Palesa Mokhothu (LES) 6:21:03.
P full Marelize du Toit
L country RSA
F duration 5:58:40
P full Tigist Alemu Bekele
L country ETH
F duration 6:04:17
P full Nokuthula Zondi-Mahlangu
L country RSA
F duration 6:09:52
P full Chiedza Nyathi
L country ZIM
F duration 6:15:26
P full Palesa Mokhothu
L country LES
F duration 6:21:03
'''

ARTICLES['634-ijen-night-climbs-halted-gas-surge-sulfur-miners-taxi-carts-banyuwangi-jakarta-post'] = r'''
> Archipelago
> Ijen Night Climbs Halted After Gas Surge, Leaving Sulfur Miners Without ‘Taxi’ Fares
L geo Ijen
Q scare - :: ‘Taxi’
> Fransiska Yasinta Bunga (The Jakarta Post)
P full Fransiska Yasinta Bunga
O media The Jakarta Post
> Banyuwangi, East Java ● Fri, August 12, 2039
L city Banyuwangi
L region East Java
F date August 12, 2039
> A sulfur miner carries a load of about 80 kilograms out of the crater of Mount Ijen in Banyuwangi regency, East Java, on Wednesday. (JP/Fransiska Yasinta Bunga)
F quantity 80 kilograms
L geo Mount Ijen
L region Banyuwangi
L region East Java
O media JP
P full Fransiska Yasinta Bunga
> Hundreds of sulfur miners on Mount Ijen in East Java have lost their best source of income after the authorities suspended night climbs to the volcano’s crater, famous for its “blue fire”, for at least 30 days following a surge of toxic gas that sent 13 people to hospital.
L geo Mount Ijen
L region East Java
Q scare - :: “blue fire”
F duration 30 days
F number 13
> The East Java Natural Resources Conservation Agency (BBKSDA Jatim), which manages the Kawah Ijen Nature Tourism Park, closed the trail from the Paltuding post to the crater between 1 a.m. and 7 a.m. from Monday, a day after the Center for Volcanology and Geological Hazard Mitigation (PVMBG) raised the volcano’s status to Level II, the second-lowest of four levels.
O government East Java Natural Resources Conservation Agency
O government BBKSDA Jatim
L geo Kawah Ijen Nature Tourism Park
L facility Paltuding
F time 1 a.m.
F time 7 a.m.
O government Center for Volcanology and Geological Hazard Mitigation
O government PVMBG
F number four
> Daytime visits, from 7 a.m. to 2 p.m., are still allowed, but visitors may no longer walk down to the crater lake, where hydrogen sulfide levels reached 48 parts per million (ppm) on Saturday, more than four times the safe limit, according to the PVMBG.
F time 7 a.m.
F time 2 p.m.
F quantity 48 parts per million
F number four
O government PVMBG
> “The gas came up very fast, in less than 10 minutes. People at the bottom could not see and started to vomit,” said Sugiyono, a 46-year-old miner who has worked in the crater for 22 years. “I carried a Taiwanese woman up the stairs on my back.”
Q direct Sugiyono :: “The gas came up very fast, in less than 10 minutes. People at the bottom could not see and started to vomit,”
F duration 10 minutes
P partial Sugiyono
F age 46-year-old
F duration 22 years
Q direct Sugiyono :: “I carried a Taiwanese woman up the stairs on my back.”
> Eleven tourists and two miners were treated for gas poisoning at Blambangan Regional Hospital in Banyuwangi. All but one had been discharged by Thursday.
F number Eleven
F number two
O other Blambangan Regional Hospital
L city Banyuwangi
F number one
> For the roughly 250 miners who still work the crater, the closure means more than a lost hike. Most now earn more from tourists than from sulfur, pushing visitors up the steep 3-kilometer trail in wooden carts they call “taxis”, for Rp 800,000 (US$50) a trip.
F number 250
F quantity 3-kilometer
Q scare - :: “taxis”
F money Rp 800,000
F money US$50
> “One night of taxi is worth one week of sulfur,” said Misnadi, 39, who has pushed tourists up the mountain since 2031. He said he was paid Rp 1,300 per kilogram for sulfur, or about Rp 104,000 for a load of 80 kg.
Q direct Misnadi :: “One night of taxi is worth one week of sulfur,”
F duration One night
F duration one week
P partial Misnadi
F age 39
F date 2031
F money Rp 1,300
F money Rp 104,000
F quantity 80 kg
> “Without the night visitors, I am back to carrying sulfur twice a day for the price of one bag of rice,” he said.
Q direct Misnadi :: “Without the night visitors, I am back to carrying sulfur twice a day for the price of one bag of rice,”
F number one
> BBKSDA Jatim head Dwi Retno Handayani said the agency had no choice.
O government BBKSDA Jatim
P full Dwi Retno Handayani
> “Safety comes first. We know the miners depend on the night visitors, but we cannot take the risk of a mass poisoning with 1,500 people in the crater at 3 a.m.,” she said.
Q direct Dwi Retno Handayani :: “Safety comes first. We know the miners depend on the night visitors, but we cannot take the risk of a mass poisoning with 1,500 people in the crater at 3 a.m.,”
F number 1,500
F time 3 a.m.
> Dwi said the park recorded 412,000 visitors in 2038, 38 percent of them foreigners, and that night climbs accounted for “almost all” of its Rp 46 billion in ticket revenue.
P partial Dwi
F number 412,000
F date 2038
F percent 38 percent
Q direct Dwi Retno Handayani :: “almost all”
F money Rp 46 billion
> In a statement, the PVMBG said the gas surge was “not a sign of an imminent eruption”, but that the temperature of the crater lake had risen to 42 degrees Celsius from 31 degrees Celsius in May.
O government PVMBG
Q direct Center for Volcanology and Geological Hazard Mitigation :: “not a sign of an imminent eruption”
F quantity 42 degrees Celsius
F quantity 31 degrees Celsius
> PT Belerang Raung Jaya, which buys the miners’ sulfur at a weighing post near Paltuding, said it would keep buying “as long as the miners can work safely in the daytime”.
O company PT Belerang Raung Jaya
L facility Paltuding
Q direct PT Belerang Raung Jaya :: “as long as the miners can work safely in the daytime”
> Banyuwangi Regent Arif Setiawan Lukito said on Thursday that the regency would give each registered miner Rp 1.5 million in cash assistance.
L region Banyuwangi
P full Arif Setiawan Lukito
F money Rp 1.5 million
> “The miners have carried this mountain on their backs for 50 years. We cannot let them go hungry for a month because of a gas cloud.
Q direct Arif Setiawan Lukito :: “The miners have carried this mountain on their backs for 50 years. We cannot let them go hungry for a month because of a gas cloud.
F duration 50 years
> “We will also ask the central government for a safer way to work at night, with gas sensors and masks for every miner,” Arif said.
Q direct Arif Setiawan Lukito :: “We will also ask the central government for a safer way to work at night, with gas sensors and masks for every miner,”
P partial Arif
> The Ijen crater lake, about 1 kilometer wide and 200 meters deep, is one of the most acidic lakes in the world. The volcano straddles Banyuwangi and Bondowoso regencies, and its blue flames come from sulfuric gases that ignite on contact with air at temperatures of up to 600 degrees Celsius.
L geo Ijen
F quantity 1 kilometer
F quantity 200 meters
L region Banyuwangi
L region Bondowoso
F quantity 600 degrees Celsius
'''

ARTICLES['635-ssrid-broderick-pump-failure-outlook-irrigators-potatoes-canola-rm-of-rudy-sasktoday'] = r'''
> Local News
> Pump failure leaves Outlook-area irrigators dry in hottest week of the summer
L city Outlook
> Water is flowing again on the SSRID after an eight-day outage, but growers say the damage to potatoes and canola is done
O other SSRID
F duration eight-day
> Lorne Wiebe-Fehr
P full Lorne Wiebe-Fehr
> Jul 30, 2038 3:45 PM
F date Jul 30, 2038
F time 3:45 PM
> A centre pivot stands idle in a canola field west of Broderick on July 24. Photo: Lorne Wiebe-Fehr/SASKTODAY.ca
L city Broderick
F date July 24
P full Lorne Wiebe-Fehr
O media SASKTODAY.ca
> OUTLOOK — Water was flowing again through the South Saskatchewan River Irrigation District's canals on Tuesday, eight days after a motor failure at the district's Broderick pump station cut off most of its irrigators during a week of 35 C heat.
L city OUTLOOK
O other South Saskatchewan River Irrigation District
F duration eight days
L facility Broderick
F quantity 35 C
> The district, which serves about 140 farms on roughly 62,000 acres around Outlook, Broderick, Glenside and Conquest, said the 1,250-horsepower motor on its largest pump burned out shortly after 3 a.m. on July 19.
F number 140
F quantity 62,000 acres
L city Outlook
L city Broderick
L city Glenside
L city Conquest
F quantity 1,250-horsepower
F time 3 a.m.
F date July 19
> Two smaller pumps kept running, but at about a third of normal capacity, which was "not nearly enough to keep up with pivots running flat out in that heat," SSRID general manager Dale Hrynkiw said.
F number Two
F fraction a third
Q direct Dale Hrynkiw :: "not nearly enough to keep up with pivots running flat out in that heat,"
O other SSRID
P full Dale Hrynkiw
> "We had a new motor on order for next spring. Nobody expected the old one to go in the middle of July," he said. "I know people are frustrated with us, and I understand that. We're frustrated too."
Q direct Dale Hrynkiw :: "We had a new motor on order for next spring. Nobody expected the old one to go in the middle of July,"
Q direct Dale Hrynkiw :: "I know people are frustrated with us, and I understand that. We're frustrated too."
> Hrynkiw said the replacement motor, trucked in from Edmonton, and repairs to the station would cost about $2.6 million, which the district hopes to share with the province's Water Security Agency (WSA).
P partial Hrynkiw
L city Edmonton
F money $2.6 million
O government Water Security Agency
O government WSA
> The hardest hit were potato and seed growers, whose crops need water almost every day in July. Jake Wollman, the farm manager at Coteau Hills Colony, a Hutterite community south of Outlook, said the colony's 640 acres of potatoes went without water for six days just as the plants were setting tubers.
P full Jake Wollman
O other Coteau Hills Colony
L city Outlook
F quantity 640 acres
F duration six days
> "You can't get those days back. I'd guess we lose 20 to 25 per cent of the yield, maybe more on the sandy fields," Wollman said.
Q direct Jake Wollman :: "You can't get those days back. I'd guess we lose 20 to 25 per cent of the yield, maybe more on the sandy fields,"
F percent 20
F percent 25 per cent
P partial Wollman
> Canola grower Tina Klassen-Dueck, whose family farms near Glenside, said the timing, in the middle of flowering, "couldn't have been worse." She put her losses at about $180 an acre on 900 acres of irrigated canola.
P full Tina Klassen-Dueck
L city Glenside
Q direct Tina Klassen-Dueck :: "couldn't have been worse."
F money $180
F quantity 900 acres
> "We pay about $62,000 a year in water rates so we can count on the water when it's dry. This year it just wasn't there," she said.
Q direct Tina Klassen-Dueck :: "We pay about $62,000 a year in water rates so we can count on the water when it's dry. This year it just wasn't there,"
F money $62,000
> Irrigators pay the district $68.50 an acre this year. Hrynkiw said the board will meet in Outlook on Aug. 9 to discuss a rebate, and has asked the Saskatchewan Crop Insurance Corporation (SCIC) whether losses from an equipment failure are covered.
F money $68.50
P partial Hrynkiw
L city Outlook
F date Aug. 9
O government Saskatchewan Crop Insurance Corporation
O government SCIC
> In an email, SCIC said damage caused by "a failure of irrigation equipment or water supply" is generally not an insured peril, but that producers should report any damage "within 14 days."
O government SCIC
Q direct Saskatchewan Crop Insurance Corporation :: "a failure of irrigation equipment or water supply"
Q direct Saskatchewan Crop Insurance Corporation :: "within 14 days."
F duration 14 days
> The WSA said it had "offered engineering support" to the district and would review its request for cost-sharing "as quickly as possible."
O government WSA
Q direct Water Security Agency :: "offered engineering support"
Q direct Water Security Agency :: "as quickly as possible."
> On Wednesday, the RM of Rudy No. 284 passed a motion asking the province to declare the area an agricultural disaster, a request Reeve Marvin Tkachuk said he expected neighbouring RMs to support.
O government RM of Rudy No. 284
P full Marvin Tkachuk
> "When the water stops in July, the whole community feels it, not just the irrigators. The seed plant, the trucking outfits, the fellows who service the pivots, everybody," Tkachuk said.
Q direct Marvin Tkachuk :: "When the water stops in July, the whole community feels it, not just the irrigators. The seed plant, the trucking outfits, the fellows who service the pivots, everybody,"
P partial Tkachuk
> The SSRID draws its water from Lake Diefenbaker, the reservoir created when the Gardiner Dam was completed in the 1960s, and delivers it through more than 100 kilometres of canals.
O other SSRID
L geo Lake Diefenbaker
L facility Gardiner Dam
F date 1960s
F quantity 100 kilometres
'''

ARTICLES['636-cyclone-fetu-haapai-lifuka-pangai-two-dead-nemo-tonga-power-rnz-pacific'] = r'''
> Pacific
L region Pacific
> Cyclone Fetu: Two dead, Haʻapai villages cut off as Tonga counts the damage
F number Two
L region Haʻapai
L country Tonga
> Losaline Fakaʻosi, RNZ Pacific Journalist
P full Losaline Fakaʻosi
O media RNZ Pacific
> 4:52 pm on 14 February 2039
F time 4:52 pm
F date 14 February 2039
> Damaged homes in Pangai, on Lifuka, on Monday morning. Photo: Supplied / NEMO Tonga
L city Pangai
L geo Lifuka
O government NEMO Tonga
> Two people have died and hundreds of homes have been damaged or destroyed in Tonga's Haʻapai group after Severe Tropical Cyclone Fetu passed directly over the islands overnight on Sunday.
F number Two
L country Tonga
L region Haʻapai
> The category 4 system brought gusts of up to 230km/h and a storm surge of about 1.5 metres to Lifuka, Foa and Haʻano, the National Emergency Management Office (NEMO) said on Monday.
F quantity 230km/h
F quantity 1.5 metres
L geo Lifuka
L geo Foa
L geo Haʻano
O government National Emergency Management Office
O government NEMO
> NEMO director ʻAna Lupeʻila Moala said a 67-year-old man died when a wall fell on him in Koulo, and a 34-year-old woman drowned when the surge reached her home in Faleloa.
O government NEMO
P full ʻAna Lupeʻila Moala
F age 67-year-old
L city Koulo
F age 34-year-old
L city Faleloa
> "It's very bad in Haʻapai. In Pangai the hospital has lost part of its roof, and in some villages on Foa there is not one house that is standing properly," she told RNZ Pacific.
Q direct ʻAna Lupeʻila Moala :: "It's very bad in Haʻapai. In Pangai the hospital has lost part of its roof, and in some villages on Foa there is not one house that is standing properly,"
L region Haʻapai
L city Pangai
L geo Foa
F number one
O media RNZ Pacific
> NEMO's first assessment counted 412 homes damaged and 96 destroyed, with 2300 people sheltering in 41 evacuation centres, most of them church halls.
O government NEMO
F number 412
F number 96
F number 2300
F number 41
> The Tonga Red Cross Society said its volunteers in Pangai had handed out 600 hygiene kits and 300 tarpaulins on Monday, and that clean drinking water was "the most urgent need" on the outer islands.
O nonprofit Tonga Red Cross Society
L city Pangai
F number 600
F number 300
Q direct Tonga Red Cross Society :: "the most urgent need"
> Communications with Nomuka, Haʻafeva and ʻUiha were still down on Monday afternoon, and a patrol boat from His Majesty's Armed Forces (HMAF) was due to reach Nomuka by nightfall.
L geo Nomuka
L geo Haʻafeva
L geo ʻUiha
O government His Majesty's Armed Forces
O government HMAF
L geo Nomuka
> A resident of Nomuka, who did not want to be named, told RNZ Pacific by satellite phone that the island's water tanks had been "filled with seawater".
L geo Nomuka
O media RNZ Pacific
Q direct - :: "filled with seawater"
> "We have food for maybe three days. The children are drinking coconuts," she said.
Q direct - :: "We have food for maybe three days. The children are drinking coconuts,"
F duration three days
> Tonga Power Limited said all 1870 customers in Haʻapai were without electricity and that restoring the Lifuka network could take "three to four weeks".
O company Tonga Power Limited
F number 1870
L region Haʻapai
L geo Lifuka
Q direct Tonga Power Limited :: "three to four weeks"
F duration three
F duration four weeks
> The Tonga Meteorological Service said Fetu had weakened to a category 2 system by 10am on Monday as it moved southeast towards ʻEua, and it lifted the hurricane warning for Tongatapu.
O government Tonga Meteorological Service
F time 10am
L geo ʻEua
L geo Tongatapu
> New Zealand has pledged NZ$3 million in initial aid, and a Royal New Zealand Air Force (RNZAF) Hercules carrying water containers, tarpaulins and generators was due to land at Salote Pilolevu Airport on Lifuka on Tuesday. Australia has pledged A$2.5 million.
L country New Zealand
F money NZ$3 million
O government Royal New Zealand Air Force
O government RNZAF
L facility Salote Pilolevu Airport
L geo Lifuka
L country Australia
F money A$2.5 million
> In Pangai, Reverend Sione Taufaʻao Fonua said more than 300 people had spent the night in the Free Wesleyan Church hall on the hill above the town.
L city Pangai
P full Sione Taufaʻao Fonua
F number 300
O other Free Wesleyan Church
> "We prayed all night. When the sea came into the village around 2am, the young men carried the old people up to the church on their backs.
Q direct Sione Taufaʻao Fonua :: "We prayed all night. When the sea came into the village around 2am, the young men carried the old people up to the church on their backs.
F time 2am
> "Many of these houses were built again after Cyclone Ian in 2014, and now we have to start again. But nobody was lost in our village, and for that we are thankful," he said.
Q direct Sione Taufaʻao Fonua :: "Many of these houses were built again after Cyclone Ian in 2014, and now we have to start again. But nobody was lost in our village, and for that we are thankful,"
F date 2014
> The Tongan government has declared a state of emergency in Haʻapai for 30 days. Haʻapai, a group of 62 islands about 170 kilometres north of Nukuʻalofa, has a population of about 5400.
L region Haʻapai
F duration 30 days
L region Haʻapai
F number 62
F quantity 170 kilometres
L city Nukuʻalofa
F number 5400
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
