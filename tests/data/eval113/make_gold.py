#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval113 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval113/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['721-faleme-gold-dredges-seized-kenieba-kayes-gold-panners-omvs-mali-apa'] = r'''
> Mali: Gendarmes seize 46 gold dredges on Falémé river
L country Mali
F number 46
L geo Falémé
> Published on 09.02.2038
F date 09.02.2038
> Dredges moored on the Falémé near Sitakili, in the Kéniéba district of western Mali, in January 2038. © APA/Oumar Sangaré
L geo Falémé
L city Sitakili
L region Kéniéba
L country Mali
F date January 2038
O media APA
P full Oumar Sangaré
> APA-Bamako (Mali) - Malian gendarmes have seized 46 gold dredges and arrested 19 operators on a 60-kilometre stretch of the Falémé river in the Kéniéba district of the Kayes region, the Ministry of Mines announced on Monday.
O media APA
L city Bamako
L country Mali
F number 46
F number 19
F quantity 60-kilometre
L geo Falémé
L region Kéniéba
L region Kayes
O government Ministry of Mines
> In a statement read on the state broadcaster ORTM, the ministry said the machines, most of them “bought abroad and worked at night”, had been dismantled and taken to the gendarmerie camp in Kéniéba town, about 430 km west of Bamako.
O media ORTM
Q direct Ministry of Mines :: “bought abroad and worked at night”
L city Kéniéba
F quantity 430 km
L city Bamako
> The operation, which began at 5h30 on Saturday, follows a decree of 2 January 2038 banning all dredging on the Falémé, a tributary of the Senegal River that forms about 300 km of the border between Mali and Senegal.
F time 5h30
F date 2 January 2038
L geo Falémé
L geo Senegal River
F quantity 300 km
L country Mali
L country Senegal
> “The Falémé is dying. Its water is no longer good for people, for cattle or for fish, and we will not let a few machines kill a river that feeds two countries,” Kéniéba prefect Lassine Tangara told APA by telephone.
Q direct Lassine Tangara :: “The Falémé is dying. Its water is no longer good for people, for cattle or for fish, and we will not let a few machines kill a river that feeds two countries,”
L geo Falémé
F number two
L region Kéniéba
P full Lassine Tangara
O media APA
> “The operators were warned three times after the decree. Those who did not leave will answer to the court in Kayes.
Q direct Lassine Tangara :: “The operators were warned three times after the decree. Those who did not leave will answer to the court in Kayes.
F number three
L city Kayes
> “We are not against gold panning. The women and the young people who pan by hand can stay. It is the dredges that must go,” he added.
Q direct Lassine Tangara :: “We are not against gold panning. The women and the young people who pan by hand can stay. It is the dredges that must go,”
> A gendarmerie officer in Kéniéba, who asked not to be named because he was not authorised to speak to the press, said 14 of the 19 people arrested were foreign nationals. “Some of them paid village chiefs up to 2 million FCFA a month to work their stretch of the river,” the officer said.
L city Kéniéba
F number 14
F number 19
Q direct - :: “Some of them paid village chiefs up to 2 million FCFA a month to work their stretch of the river,”
F money 2 million FCFA
> The Organisation for the Development of the Senegal River (OMVS), which groups Guinea, Mali, Mauritania and Senegal, said last month that samples taken at Kidira in December held 2.5 times more mercury than the limit set by the World Health Organization (WHO), and that the river had carried “more mud than water” for most of 2037.
O intergovernmental Organisation for the Development of the Senegal River
O intergovernmental OMVS
L country Guinea
L country Mali
L country Mauritania
L country Senegal
L city Kidira
F number 2.5
O intergovernmental World Health Organization
O intergovernmental WHO
Q direct Organisation for the Development of the Senegal River :: “more mud than water”
F date 2037
> On the Senegalese bank, the prefect of Saraya, Ousseynou Badji, welcomed the seizures. “For two years our fishermen in Saraya have pulled up empty nets. We hope the Malian side will now hold firm,” he said.
L region Saraya
P full Ousseynou Badji
Q direct Ousseynou Badji :: “For two years our fishermen in Saraya have pulled up empty nets. We hope the Malian side will now hold firm,”
F duration two years
L region Saraya
> In Sitakili, a gold-panning village on the Malian bank, the mood was mixed. Fatoumata Kanouté, 34, a mother of four who washes gravel by the river, said the dredges had taken the gold near the surface and left the women’s pits dry.
L city Sitakili
P full Fatoumata Kanouté
F age 34
F number four
> “Before the machines came, a woman could find one gram in a day here. Now the river is mud and we find nothing,” she said. “If the water clears, maybe the gold will come back. But the men who brought the dredges still owe us for the land.”
Q direct Fatoumata Kanouté :: “Before the machines came, a woman could find one gram in a day here. Now the river is mud and we find nothing,”
F quantity one gram
Q direct Fatoumata Kanouté :: “If the water clears, maybe the gold will come back. But the men who brought the dredges still owe us for the land.”
> Mamadou Lamine Dansoko, secretary general of the Association des Orpailleurs de la Falémé, said the ban had put about 2,000 young men out of work in the area and asked the government to open the gravel beds left by the dredges to licensed cooperatives.
P full Mamadou Lamine Dansoko
O nonprofit Association des Orpailleurs de la Falémé
F number 2,000
> “You cannot stop the dredges and leave the young people with nothing. They will go to Guinea or to the sites in Senegal,” he said, adding that gold sold for around 38,500 FCFA a gram at the Kéniéba market last week, against 31,000 FCFA a year ago.
Q direct Mamadou Lamine Dansoko :: “You cannot stop the dredges and leave the young people with nothing. They will go to Guinea or to the sites in Senegal,”
L country Guinea
L country Senegal
F money 38,500 FCFA
L city Kéniéba
F money 31,000 FCFA
> A dredge costs between 40 million and 60 million FCFA ($65,000 to $98,000), according to traders in Kéniéba, and can produce up to 300 grams of gold a day.
F money 40 million
F money 60 million FCFA
F money $65,000
F money $98,000
L city Kéniéba
F quantity 300 grams
> Gold is Mali’s main export, bringing in about 80 percent of export earnings. The country produced 67.7 tonnes of gold in 2037, of which artisanal and small-scale mining accounted for an estimated 6 tonnes, according to the Ministry of Mines.
L country Mali
F percent 80 percent
F quantity 67.7 tonnes
F date 2037
F quantity 6 tonnes
O government Ministry of Mines
> The ministry said a second phase of the operation would move to the Bagoé river in the Sikasso region in March, and that the seized dredges would be sold at auction “for the benefit of the communities concerned.”
L geo Bagoé
L region Sikasso
Q direct Ministry of Mines :: “for the benefit of the communities concerned.”
> SK/fd/APA
O media APA
'''

ARTICLES['722-nant-conwy-beat-caernarfon-championship-north-title-ap-dafydd-llanrwst-north-wales-live'] = r'''
> Rugby
> 'We'll never forget this': Nant Conwy snatch Championship North title with last-gasp try against Caernarfon
Q direct Gwion ap Dafydd :: 'We'll never forget this'
O team Nant Conwy
O other Championship North
O team Caernarfon
> Captain Gwion ap Dafydd went over in the 78th minute to seal a 27-24 win in front of about 1,400 supporters in Llanrwst
P full Gwion ap Dafydd
F score 27-24
F number 1,400
L city Llanrwst
> By Elin Haf Pritchard
P full Elin Haf Pritchard
> Sport reporter
> 18:20, 24 APR 2038
F time 18:20
F date 24 APR 2038
> Updated 21:05, 24 APR 2038
F time 21:05
F date 24 APR 2038
> Nant Conwy players celebrate with supporters after beating Caernarfon in Llanrwst on Saturday (Image: Nant Conwy RFC)
O team Nant Conwy
O team Caernarfon
L city Llanrwst
O team Nant Conwy RFC
> Nant Conwy are champions of the WRU Championship North after Gwion ap Dafydd's try two minutes from time sank Caernarfon in a derby that had the whole of Dyffryn Conwy holding its breath.
O team Nant Conwy
O other WRU Championship North
P full Gwion ap Dafydd
F duration two minutes
O team Caernarfon
L geo Dyffryn Conwy
> Caernarfon led 17-10 at the break after tries from wing Cai Bryn Ellis and centre Osian Siôn Roberts, with fly-half Tomos Huws-Parry adding both conversions and a penalty. Llŷr Wyn Jones had gone over in the corner for the hosts, and Dion Efans kicked the extras and a penalty.
O team Caernarfon
F score 17-10
P full Cai Bryn Ellis
P full Osian Siôn Roberts
P full Tomos Huws-Parry
P full Llŷr Wyn Jones
P full Dion Efans
> Ap Dafydd, 31, powered over from a five-metre lineout on 52 minutes and Efans nudged Nant Conwy in front with his second penalty, but replacement hooker Harri Mostyn burrowed over to put Caernarfon 24-20 up with nine minutes left.
P partial Ap Dafydd
F age 31
F quantity five-metre
F duration 52 minutes
P partial Efans
O team Nant Conwy
P full Harri Mostyn
O team Caernarfon
F score 24-20
F duration nine minutes
> The home side then kept the ball through 17 phases before ap Dafydd, who joined from RGC 1404 in 2035, found a gap at the base of a ruck, and Efans added the conversion from in front of the posts.
F number 17
P partial ap Dafydd
O team RGC 1404
F date 2035
P partial Efans
> "I honestly don't know how I got there. The boys just kept carrying and I saw a bit of daylight. We'll never forget this," said ap Dafydd, a sheep farmer from Ysbyty Ifan.
Q direct Gwion ap Dafydd :: "I honestly don't know how I got there. The boys just kept carrying and I saw a bit of daylight. We'll never forget this,"
P partial ap Dafydd
L city Ysbyty Ifan
> Speaking in Welsh to S4C after the final whistle, he added: "Mae hwn i bawb yn y dyffryn. Dyma'r diwrnod gorau erioed i'r clwb." (This is for everyone in the valley. This is the best day ever for the club.)
O media S4C
Q direct Gwion ap Dafydd :: "Mae hwn i bawb yn y dyffryn. Dyma'r diwrnod gorau erioed i'r clwb."
> Head coach Iwan Llewelyn-Owen said: "We've been knocking on the door for three seasons. Today it opened, and the boys deserved it for the way they kept going in that second half."
P full Iwan Llewelyn-Owen
Q direct Iwan Llewelyn-Owen :: "We've been knocking on the door for three seasons. Today it opened, and the boys deserved it for the way they kept going in that second half."
F number three
> The title earns Nant Conwy a play-off against the Championship West winners on May 8 for a place in the Premier Division.
O team Nant Conwy
O other Championship West
F date May 8
O other Premier Division
> Caernarfon coach Mared Gwyn Hughes said her side had "given everything" and that she could not fault their effort.
O team Caernarfon
P full Mared Gwyn Hughes
Q direct Mared Gwyn Hughes :: "given everything"
> "Fair play to Nant, they're worthy champions. We had them at 24-20 and we switched off for one phase. That's the difference at this level," she said.
Q direct Mared Gwyn Hughes :: "Fair play to Nant, they're worthy champions. We had them at 24-20 and we switched off for one phase. That's the difference at this level,"
O team Nant
F score 24-20
F number one
> The result leaves Caernarfon second, four points behind, with Bala third after their 38-12 win at Pwllheli. Nant Conwy finished the league season with 18 wins from 22 games and 91 points.
O team Caernarfon
F number four
O team Bala
F score 38-12
L city Pwllheli
O team Nant Conwy
F number 18
F number 22
F number 91
> More than 300 Caernarfon supporters made the trip along the A470 on three coaches, and Nant Conwy chairman Gareth Pennant said the clubhouse bar had run dry by 6pm.
F number 300
O team Caernarfon
L street A470
F number three
O team Nant Conwy
P full Gareth Pennant
F time 6pm
> "It's been a long time coming for this valley. People from Betws-y-Coed to Dolgarrog were here today," Pennant said.
Q direct Gareth Pennant :: "It's been a long time coming for this valley. People from Betws-y-Coed to Dolgarrog were here today,"
L city Betws-y-Coed
L city Dolgarrog
P partial Pennant
> Nant Conwy: Tries: ap Dafydd 2, Jones; Cons: Efans 3; Pens: Efans 2.
O team Nant Conwy
P partial ap Dafydd
F number 2
P partial Jones
P partial Efans
F number 3
P partial Efans
F number 2
> Caernarfon: Tries: Ellis, Roberts, Mostyn; Cons: Huws-Parry 3; Pen: Huws-Parry.
O team Caernarfon
P partial Ellis
P partial Roberts
P partial Mostyn
P partial Huws-Parry
F number 3
P partial Huws-Parry
> HT: 10-17. Referee: Aled Prydderch (WRU).
F score 10-17
P full Aled Prydderch
O other WRU
'''

ARTICLES['723-red-force-beat-leeward-islands-hurricanes-tarouba-gooding-cuffy-west-indies-championship-scoreboard-tt-guardian'] = r'''
> Sport
> Gooding, Cuffy see Red Force home
P partial Gooding
P partial Cuffy
O team Red Force
> T&T chase down 241 to beat Hurricanes by six wickets at Tarouba
O team T&T
F number 241
O team Hurricanes
F number six
L city Tarouba
> Narissa Boodoosingh
P full Narissa Boodoosingh
> Published: Sunday, February 28, 2038
F date February 28, 2038
> Red Force batsman Shemar Gooding drives during his unbeaten 88 against the Leeward Islands Hurricanes at the Brian Lara Cricket Academy yesterday. —Photo courtesy CWI Media
O team Red Force
P full Shemar Gooding
F number 88
O team Leeward Islands Hurricanes
L facility Brian Lara Cricket Academy
O media CWI Media
> SHEMAR Gooding made an unbeaten 88 and shared an unbroken fifth-wicket stand of 73 with Nyeem Cuffy as T&T Red Force beat the Leeward Islands Hurricanes by six wickets on the final day of their West Indies Championship match at the Brian Lara Cricket Academy in Tarouba yesterday.
P full SHEMAR Gooding
F number 88
F number 73
P full Nyeem Cuffy
O team T&T Red Force
O team Leeward Islands Hurricanes
F number six
O other West Indies Championship
L facility Brian Lara Cricket Academy
L city Tarouba
> Set 241 for victory, the hosts resumed on 62 for one and lost Aaron Baldeosingh for 61 shortly before lunch, caught behind off left-arm seamer Keon Nisbett with the score on 112.
F number 241
F score 62
F number one
P full Aaron Baldeosingh
F number 61
P full Keon Nisbett
F score 112
> Captain Kavir Lutchmansingh (22) and Vikash Ramkhelawan, run out for nine, followed in the afternoon session, and when the Red Force slipped to 168 for four, still 73 short, the Leewards sensed an opening.
P full Kavir Lutchmansingh
F number 22
P full Vikash Ramkhelawan
F number nine
O team Red Force
F score 168
F number four
F number 73
O team Leewards
> Gooding and Cuffy, though, saw off a hostile spell from fast bowler Delano Matthew, who had taken 5-78 in the first innings, and knocked off the runs in 19 overs. Cuffy, 20, finished on 43 not out, and Gooding struck the winning boundary through midwicket at 4.52 pm.
P partial Gooding
P partial Cuffy
P full Delano Matthew
F score 5-78
F number 19
P partial Cuffy
F age 20
F number 43
P partial Gooding
F time 4.52 pm
> “It was a pitch where you had to earn your runs. The Leewards bowled really well this morning, but once Nyeem came in we just kept talking and kept it simple,” said Gooding, whose 88 came from 164 balls with 11 fours and a six.
Q direct Shemar Gooding :: “It was a pitch where you had to earn your runs. The Leewards bowled really well this morning, but once Nyeem came in we just kept talking and kept it simple,”
O team Leewards
P partial Nyeem
P partial Gooding
F number 88
F number 164
F number 11
> Lutchmansingh singled out leg-spinner Ravindra Jagessar, whose 5-49 on Friday bowled the Hurricanes out for 254 and kept the target within reach.
P partial Lutchmansingh
P full Ravindra Jagessar
F score 5-49
O team Hurricanes
F score 254
> “Ravi has been our go-to man all season. Five wickets on a third-day pitch at Tarouba is not easy, and he gave us a chance to win the game,” the captain said.
Q direct Kavir Lutchmansingh :: “Ravi has been our go-to man all season. Five wickets on a third-day pitch at Tarouba is not easy, and he gave us a chance to win the game,”
P partial Ravi
F number Five
L city Tarouba
> Hurricanes captain Tyrell Fahie, who top-scored with 71 in the second innings, said his side had “let it slip” on the second morning, when they lost their last seven first-innings wickets for 86 after reaching 201 for three.
O team Hurricanes
P full Tyrell Fahie
F number 71
Q direct Tyrell Fahie :: “let it slip”
F number seven
F number 86
F score 201
F number three
> “That’s where the game went. We have young players from Anguilla, Montserrat and Nevis in this team and they will learn from days like this,” Fahie said.
Q direct Tyrell Fahie :: “That’s where the game went. We have young players from Anguilla, Montserrat and Nevis in this team and they will learn from days like this,”
L region Anguilla
L region Montserrat
L geo Nevis
P partial Fahie
> The win, the Red Force’s third of the season, lifts them to second in the standings on 98.4 points, 7.2 behind the Barbados Pride with one round to play.
O team Red Force
F number 98.4
F number 7.2
O team Barbados Pride
F number one
> The Red Force close their campaign against the Jamaica Scorpions at Sabina Park from March 11, while the Hurricanes host the Windward Islands Volcanoes at the Sir Vivian Richards Stadium in Antigua.
O team Red Force
O team Jamaica Scorpions
L facility Sabina Park
F date March 11
O team Hurricanes
O team Windward Islands Volcanoes
L facility Sir Vivian Richards Stadium
L geo Antigua
> SCOREBOARD
> LEEWARD ISLANDS HURRICANES 1st innings 287 (Jahmari Browne 94, Rakeem Hodge-Warner 51; Rishi Seepersad 4-62, Akeem Pascall 3-55)
O team LEEWARD ISLANDS HURRICANES
F score 287
P full Jahmari Browne
F number 94
P full Rakeem Hodge-Warner
F number 51
P full Rishi Seepersad
F score 4-62
P full Akeem Pascall
F score 3-55
> T&T RED FORCE 1st innings 301 (Aaron Baldeosingh 112, Shemar Gooding 47; Delano Matthew 5-78)
O team T&T RED FORCE
F score 301
P full Aaron Baldeosingh
F number 112
P full Shemar Gooding
F number 47
P full Delano Matthew
F score 5-78
> LEEWARD ISLANDS HURRICANES 2nd innings 254 (Tyrell Fahie 71, Jahmari Browne 40; Ravindra Jagessar 5-49)
O team LEEWARD ISLANDS HURRICANES
F score 254
P full Tyrell Fahie
F number 71
P full Jahmari Browne
F number 40
P full Ravindra Jagessar
F score 5-49
> T&T RED FORCE 2nd innings (target: 241)
O team T&T RED FORCE
F number 241
> J Mohammed lbw b Matthew 4
P full J Mohammed
P partial Matthew
F number 4
> A Baldeosingh c †Hodge-Warner b Nisbett 61
P full A Baldeosingh
P partial Hodge-Warner
P partial Nisbett
F number 61
> S Gooding not out 88
P full S Gooding
F number 88
> K Lutchmansingh* c Fahie b Lake 22
P full K Lutchmansingh
P partial Fahie
P partial Lake
F number 22
> V Ramkhelawan run out (Browne/Hodge-Warner) 9
P full V Ramkhelawan
P partial Browne
P partial Hodge-Warner
F number 9
> N Cuffy not out 43
P full N Cuffy
F number 43
> Extras (b 4, lb 6, nb 3, w 1) 14
F number 4
F number 6
F number 3
F number 1
F number 14
> TOTAL (4 wkts, 71.2 overs) 241
F number 4
F number 71.2
F score 241
> Did not bat: R Seepersad, A Pascall, R Jagessar, D Quamina, J De Gannes
P full R Seepersad
P full A Pascall
P full R Jagessar
P full D Quamina
P full J De Gannes
> Fall of wickets: 1-9, 2-112, 3-150, 4-168
F score 1-9
F score 2-112
F score 3-150
F score 4-168
> Bowling: Matthew 18-4-61-1, Nisbett 15.2-3-47-1, Lake 16-2-58-1, Browne 10-1-33-0, Fahie 12-3-32-0
P partial Matthew
F score 18-4-61-1
P partial Nisbett
F score 15.2-3-47-1
P partial Lake
F score 16-2-58-1
P partial Browne
F score 10-1-33-0
P partial Fahie
F score 12-3-32-0
> Result: T&T Red Force won by six wickets
O team T&T Red Force
F number six
> Points: T&T Red Force 19.8, Leeward Islands Hurricanes 4.6
O team T&T Red Force
F number 19.8
O team Leeward Islands Hurricanes
F number 4.6
> Umpires: Randolph Mahabir, Clancy Bynoe
P full Randolph Mahabir
P full Clancy Bynoe
'''

ARTICLES['724-goecha-la-trek-gps-trackers-guides-permit-cap-yuksom-dzongri-khangchendzonga-sikkim-eastmojo'] = r'''
> Sikkim
L region Sikkim
> Sikkim makes GPS trackers, registered guides mandatory on Goecha La trek after Kolkata trekker's 11-day ordeal
L region Sikkim
L geo Goecha La
L city Kolkata
F duration 11-day
> Daily permits for the Khangchendzonga National Park route capped at 60 from May 1; trekking operators in Yuksom say the fee hike will hurt small businesses
L geo Khangchendzonga National Park
F number 60
F date May 1
L city Yuksom
> By Tshering Lhamu Bhutia
P full Tshering Lhamu Bhutia
> Gangtok, April 14, 2039 | 4:21 pm
L city Gangtok
F date April 14, 2039
F time 4:21 pm
> Trekkers cross a suspension bridge over the Prek Chu below Tshoka on the Goecha La trail. (Photo: EastMojo/Sonam Wangdi)
L geo Prek Chu
L city Tshoka
L geo Goecha La
O media EastMojo
P full Sonam Wangdi
> Trekkers bound for Goecha La in Gyalshing district's Khangchendzonga National Park will have to carry a GPS tracker and hire a guide registered with the state tourism department from May 1, the Sikkim government announced on Monday.
L geo Goecha La
L region Gyalshing
L geo Khangchendzonga National Park
F date May 1
L region Sikkim
> A notification issued by the Tourism and Civil Aviation Department also caps the number of trekkers allowed past the Yuksom checkpost at 60 a day and raises the permit fee for Indian nationals from Rs 500 to Rs 1,500 for the seven-day trek. Foreign trekkers, who also need a Restricted Area Permit, will pay Rs 3,000.
O government Tourism and Civil Aviation Department
L city Yuksom
F number 60
F money Rs 500
F money Rs 1,500
F duration seven-day
F money Rs 3,000
> The rules follow the rescue of Arindam Sengupta, a 29-year-old software engineer from Kolkata who went missing in a snowstorm near Dzongri on March 18 and was found alive 11 days later near Thansing by a joint team of the Indo-Tibetan Border Police (ITBP), Sikkim Police and local porters.
P full Arindam Sengupta
F age 29-year-old
L city Kolkata
L city Dzongri
F date March 18
F duration 11 days
L city Thansing
O government Indo-Tibetan Border Police
O government ITBP
O government Sikkim Police
> "We cannot have a repeat of what happened in March. The mountains have not changed, but the number of people on them has," said Dawa Tshering Lepcha, secretary of the Tourism and Civil Aviation Department.
Q direct Dawa Tshering Lepcha :: "We cannot have a repeat of what happened in March. The mountains have not changed, but the number of people on them has,"
P full Dawa Tshering Lepcha
O government Tourism and Civil Aviation Department
> According to the department, 4,312 trekkers passed through Yuksom in 2038, 38 per cent more than in 2036, and on the busiest days of October more than 140 set out in a single day.
F number 4,312
L city Yuksom
F date 2038
F percent 38 per cent
F date 2036
F number 140
> Lepcha said the GPS units, which will be rented out at Yuksom for Rs 200 a day, would let a new control room in Gangtok follow every group "in real time".
P partial Lepcha
L city Yuksom
F money Rs 200
L city Gangtok
Q direct Dawa Tshering Lepcha :: "in real time"
> Trekkers found without a tracker beyond Tshoka will be fined Rs 1 lakh and barred from the park for two years, the notification says.
L city Tshoka
F money Rs 1 lakh
F duration two years
> Sengupta, who survived on biscuits and melted snow in a herders' shelter at about 4,200 metres, told EastMojo he had left his group when the weather closed in.
P partial Sengupta
F quantity 4,200 metres
O media EastMojo
> "I thought I could find the trail back to Dzongri. By the second day I knew I was lost, and after the fifth I stopped counting," he said. "When I heard the ITBP team shouting my name, I could not even stand up."
Q direct Arindam Sengupta :: "I thought I could find the trail back to Dzongri. By the second day I knew I was lost, and after the fifth I stopped counting,"
L city Dzongri
Q direct Arindam Sengupta :: "When I heard the ITBP team shouting my name, I could not even stand up."
O government ITBP
> The Travel Agents Association of Sikkim (TAAS) welcomed the trackers but said the cap and the fee hike would hurt small operators in Yuksom, where nearly half of the village's 1,900 residents depend on trekking. In a statement, TAAS said the government had "not consulted a single operator" before fixing the numbers.
O nonprofit Travel Agents Association of Sikkim
O nonprofit TAAS
L city Yuksom
F fraction half
F number 1,900
O nonprofit TAAS
Q direct Travel Agents Association of Sikkim :: "not consulted a single operator"
> Karma Yangden Bhutia, who runs a homestay and a small trekking agency in Yuksom, said bookings for May had fallen since the notification was leaked last week.
P full Karma Yangden Bhutia
L city Yuksom
> "Groups from Bengaluru and Pune are calling to ask if they can still come. Some have already cancelled and gone to Sandakphu instead," she said.
Q direct Karma Yangden Bhutia :: "Groups from Bengaluru and Pune are calling to ask if they can still come. Some have already cancelled and gone to Sandakphu instead,"
L city Bengaluru
L city Pune
L geo Sandakphu
> A senior guide in Yuksom, who did not want to be named, said few of the 312 porters, cooks and guides who work the route had any rescue training. "The government wants registered guides, but where is the training? The last course at HMI was in 2037," he said, referring to the Himalayan Mountaineering Institute in Darjeeling.
L city Yuksom
F number 312
Q direct - :: "The government wants registered guides, but where is the training? The last course at HMI was in 2037,"
O education HMI
F date 2037
O education Himalayan Mountaineering Institute
L city Darjeeling
> The Forest and Environment Department will also limit camping at Dzongri to 120 tents and close the Lamuney and Samiti Lake campsites from December 15 to March 15. Each trekker will pay a refundable Rs 2,000 'green deposit', returned at Yuksom on proof that all plastic has been carried out.
O government Forest and Environment Department
L city Dzongri
F number 120
L city Lamuney
L geo Samiti Lake
F date December 15
F date March 15
F money Rs 2,000
Q scare - :: 'green deposit'
L city Yuksom
> The Goecha La trek climbs from Yuksom, at 1,780 metres, to the 4,650-metre pass facing Kanchenjunga, the world's third-highest mountain, on the border with Nepal.
L geo Goecha La
L city Yuksom
F quantity 1,780 metres
F quantity 4,650-metre
L geo Kanchenjunga
L country Nepal
'''

ARTICLES['725-clubroot-canola-fields-rm-of-tisdale-testing-star-city-love-torch-river-saskatchewan-northeast-now'] = r'''
> Clubroot confirmed in 19 more northeast canola fields; RM of Tisdale asks province to pay for testing
F number 19
O government RM of Tisdale
> By Kayla Desjarlais
P full Kayla Desjarlais
> Aug 27, 2038 4:15 PM
F date Aug 27, 2038
F time 4:15 PM
> Canola plants with clubroot galls pulled from a field in the RM of Tisdale in July. (Submitted photo/SaskCanola)
L region RM of Tisdale
O nonprofit SaskCanola
> The RM of Tisdale No. 427 wants the provincial government to pay for soil testing on every canola field in the municipality after clubroot was confirmed in nine more fields this summer.
O government RM of Tisdale No. 427
F number nine
> Council passed a motion at its Aug. 19 meeting asking the Ministry of Agriculture to fund a testing program that administrator Janelle Gervais estimates would cost about $140,000.
F date Aug. 19
O government Ministry of Agriculture
P full Janelle Gervais
F money $140,000
> Reeve Darcy Wasylenko, who farms west of Star City, said the disease was "moving faster than anybody thought" and that local producers could not be left to carry the cost alone.
P full Darcy Wasylenko
L city Star City
Q direct Darcy Wasylenko :: "moving faster than anybody thought"
> "Five years ago we had one field in the whole RM. Now we're at 14, and those are only the ones we know about," Wasylenko said. "Every truck, every cultivator, every set of tires that goes from one field to the next can carry it. You can't fence a soil disease."
Q direct Darcy Wasylenko :: "Five years ago we had one field in the whole RM. Now we're at 14, and those are only the ones we know about,"
F duration Five years
F number one
F number 14
P partial Wasylenko
Q direct Darcy Wasylenko :: "Every truck, every cultivator, every set of tires that goes from one field to the next can carry it. You can't fence a soil disease."
> Clubroot is a soil-borne disease that causes swollen galls on the roots of canola and related crops and can cut yields by half in badly infested fields. Its resting spores can survive in soil for up to 20 years and spread on anything that moves soil, from machinery to wind-blown dust.
F fraction half
F duration 20 years
> The Ministry of Agriculture's 2038 clubroot survey, released Tuesday, found the disease in 19 new fields in the northeast:
O government Ministry of Agriculture
F date 2038
F number 19
> RM of Tisdale No. 427: 9
L region RM of Tisdale No. 427
F number 9
> RM of Star City No. 428: 4
L region RM of Star City No. 428
F number 4
> RM of Connaught No. 457: 3
L region RM of Connaught No. 457
F number 3
> RM of Torch River No. 488: 2
L region RM of Torch River No. 488
F number 2
> RM of Bjorkdale No. 426: 1
L region RM of Bjorkdale No. 426
F number 1
> In a statement, the ministry said testing through the annual survey is free, but that it "does not have the capacity to sample every field on request." Producers can send their own samples to private labs for about $95 each, it said.
Q direct Ministry of Agriculture :: "does not have the capacity to sample every field on request."
F money $95
> Marlene Kuzyk farms 3,200 acres with her husband near Love, a hamlet in the RM of Torch River No. 488, and had two fields confirmed in July.
P full Marlene Kuzyk
F quantity 3,200 acres
L city Love
L region RM of Torch River No. 488
F number two
> "We grew canola on those quarters every second year for 20 years. We know now that was too tight.
Q direct Marlene Kuzyk :: "We grew canola on those quarters every second year for 20 years. We know now that was too tight.
F duration 20 years
> "So we've gone to a four-year rotation, and we power-wash everything that leaves the yard. It costs us half a day every time we move the air drill, but what's the alternative?" Kuzyk said.
Q direct Marlene Kuzyk :: "So we've gone to a four-year rotation, and we power-wash everything that leaves the yard. It costs us half a day every time we move the air drill, but what's the alternative?"
F duration four-year
F duration half a day
P partial Kuzyk
> Priya Sandhu, an agronomy specialist with SaskCanola, said growers are also finding a newer strain, known as pathotype 3A, that can overcome the first generation of resistant varieties.
P full Priya Sandhu
O nonprofit SaskCanola
> "Resistant seed buys you time, but it isn't a cure. A break of three or four years from canola is still the best tool growers have," she said.
Q direct Priya Sandhu :: "Resistant seed buys you time, but it isn't a cure. A break of three or four years from canola is still the best tool growers have,"
F duration three
F duration four years
> The Saskatchewan Association of Rural Municipalities (SARM) will debate a resolution on clubroot testing at its midterm convention in Saskatoon in November.
O nonprofit Saskatchewan Association of Rural Municipalities
O nonprofit SARM
L city Saskatoon
> Saskatchewan farmers seeded 11.4 million acres of canola this year, about 54 per cent of the national total, according to Statistics Canada's June estimate.
L region Saskatchewan
F quantity 11.4 million acres
F percent 54 per cent
O government Statistics Canada
> The RM will hold a public information meeting at the Tisdale RECplex on Sept. 9 at 7 p.m. Agrologists from Carrot River and Melfort will be on hand to take samples.
L facility Tisdale RECplex
F date Sept. 9
F time 7 p.m.
L city Carrot River
L city Melfort
> kayla.desjarlais@pattisonmedia.com
'''

ARTICLES['726-drought-dingac-harvest-plavac-mali-grape-prices-potomje-kuna-peljeska-mali-ston-dubrovnik-times'] = r'''
> Drought cuts Dingač harvest by a third as Pelješac winemakers raise grape prices
L region Dingač
F fraction a third
L geo Pelješac
> Written by Lucija Bratoš
P full Lucija Bratoš
> Wednesday, 15 September 2038
F date 15 September 2038
> Pickers on the steep Dingač slopes above the sea near Potomje on Monday – Photo: Marin Dabelić
L region Dingač
L city Potomje
P full Marin Dabelić
> Winemakers on the Pelješac peninsula began picking Plavac Mali grapes almost two weeks earlier than usual this year after the driest summer in 40 years, and growers on the famous Dingač slopes expect to bring in a third less fruit than in 2037.
L geo Pelješac
F duration two weeks
F duration 40 years
L region Dingač
F fraction a third
F date 2037
> According to the Croatian Meteorological and Hydrological Service (DHMZ), the station in Orebić recorded just 11 millimetres of rain between 1 June and 31 August, against a long-term average of 96 mm, and temperatures on the south-facing slopes reached 41°C on 9 August.
O government Croatian Meteorological and Hydrological Service
O government DHMZ
L city Orebić
F quantity 11 millimetres
F date 1 June
F date 31 August
F quantity 96 mm
F quantity 41°C
F date 9 August
> “The grapes are small and very sweet and the skins are thick, but there is no juice in them. We will make excellent wine this year, just much less of it,” said Antun Violić, president of the Vinarija Dingač cooperative in Potomje, which buys grapes from about 200 families.
Q direct Antun Violić :: “The grapes are small and very sweet and the skins are thick, but there is no juice in them. We will make excellent wine this year, just much less of it,”
P full Antun Violić
O nonprofit Vinarija Dingač
L city Potomje
F number 200
> The cooperative has raised the price it pays for Dingač grapes from €3.80 to €4.50 a kilo, and for Plavac Mali from elsewhere on the peninsula to €2.10. In the old currency, €4.50 is almost 34 kuna, “a price nobody in Potomje could have imagined when I started,” Violić said.
L region Dingač
F money €3.80
F money €4.50
F money €2.10
F money €4.50
F money 34 kuna
Q direct Antun Violić :: “a price nobody in Potomje could have imagined when I started,”
L city Potomje
P partial Violić
> “We cannot ask people to climb those slopes for less. Half of our members are over 65, and without them there is no Dingač,” he added.
Q direct Antun Violić :: “We cannot ask people to climb those slopes for less. Half of our members are over 65, and without them there is no Dingač,”
F fraction Half
F age 65
L region Dingač
> Dingač, a strip of about 70 hectares of vines on the south-western slopes of the peninsula between Potomje and the sea, was in 1961 the first Croatian wine area to receive protected status. Growers still reach it through a 400-metre tunnel that villagers dug through the hill by hand in the 1970s.
L region Dingač
F quantity 70 hectares
L city Potomje
F date 1961
F quantity 400-metre
F date 1970s
> Marija Kuraica, 58, who tends a hectare of vines in Kuna Pelješka, a village named after the marten, said half of her bunches had shrivelled before they ripened.
P full Marija Kuraica
F age 58
L city Kuna Pelješka
F fraction half
> “My father used to say ‘the vine suffers, the wine rejoices’. This year the vine suffered too much,” she said.
Q direct Marija Kuraica :: “My father used to say ‘the vine suffers, the wine rejoices’. This year the vine suffered too much,”
> The Croatian Agency for Agriculture and Food (HAPIH) said in a statement that the first musts tested at its Split laboratory showed sugar levels of 24 to 26 per cent, “among the highest ever measured on Pelješac.”
O government Croatian Agency for Agriculture and Food
O government HAPIH
L city Split
F percent 24
F percent 26 per cent
Q direct Croatian Agency for Agriculture and Food :: “among the highest ever measured on Pelješac.”
L geo Pelješac
> The harvest comes in a strong year for wine tourism. The Orebić Tourist Board said visits to wineries along the peninsula’s main road rose 27 per cent in 2037, helped by the Pelješac Bridge, which since 2022 has linked the peninsula to Komarna and the Neretva valley without a crossing through Bosnia and Herzegovina’s Neum corridor.
O government Orebić Tourist Board
F percent 27 per cent
F date 2037
L facility Pelješac Bridge
F date 2022
L city Komarna
L geo Neretva
L country Bosnia and Herzegovina
L city Neum
> Its director, Ivana Šimunović, said the bridge had brought “a new kind of guest”: day-trippers from Dubrovnik and Makarska who come for a tasting and an oyster lunch in Ston or Mali Ston.
P full Ivana Šimunović
Q direct Ivana Šimunović :: “a new kind of guest”
L city Dubrovnik
L city Makarska
L city Ston
L city Mali Ston
> A wine merchant in Split, who asked not to be named, said restaurants along the coast had already been warned. “A bottle of Dingač that costs €38 in Zagreb shops will be €45 by Christmas, I promise you,” he said.
L city Split
Q direct - :: “A bottle of Dingač that costs €38 in Zagreb shops will be €45 by Christmas, I promise you,”
F money €38
L city Zagreb
F money €45
> Dubrovnik-Neretva County said it would pay growers who lost more than 30 per cent of their crop €150 per hectare from its agricultural fund, with applications open until 15 October.
L region Dubrovnik-Neretva County
F percent 30 per cent
F money €150
F date 15 October
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
