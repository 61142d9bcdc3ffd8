#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval173 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval173/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1081-line-2-bloor-danforth-weekend-closures-broadview-kennedy-councillors-toronto-star'] = r'''
> GTA
L region GTA
> TTC to shut Line 2 east of Yonge on 11 weekends as $214-million track overhaul begins
O government TTC
L facility Line 2
L street Yonge
F number 11
F money $214-million
> Councillors for the Danforth and Scarborough warn that shuttle buses can’t carry the 180,000 riders who use the line on a typical Saturday
L city Danforth
L city Scarborough
F number 180,000
> By Priya Kaur-Desrosiers Staff Reporter
P full Priya Kaur-Desrosiers
> Wed., April 6, 2039 • 4 min. read
F date April 6, 2039
F duration 4 min.
> Workers inspect worn rail near Broadview station on Tuesday. The TTC says the track east of Chester is the oldest in the subway system. Marek Oduya Toronto Star
L facility Broadview
O government TTC
L facility Chester
P full Marek Oduya
O media Toronto Star
> The TTC will close Line 2 Bloor-Danforth between St. George and Woodbine stations on 11 weekends between May 7 and Sept. 25, the transit agency said Tuesday, as it starts a $214-million job to replace 1960s-era rail and signal cable under Bloor St. and the Danforth.
O government TTC
L facility Line 2 Bloor-Danforth
L facility St. George
L facility Woodbine
F number 11
F date May 7
F date Sept. 25
F money $214-million
F date 1960s
L street Bloor St.
L city Danforth
> Trains will stop at 11 p.m. on Fridays and resume at 6 a.m. on Monday. About 120 shuttle buses will run on Bloor St. E. and Danforth Ave. in their place, stopping at all 12 stations.
F time 11 p.m.
F time 6 a.m.
F number 120
L street Bloor St. E.
L street Danforth Ave.
F number 12
> “This is rail that went in when the line opened in 1966. We have been patching it for years, and patching is no longer good enough,” TTC chief executive Deanna Okafor-Lindqvist told reporters at the agency’s head office at 1900 Yonge St.
Q direct Deanna Okafor-Lindqvist :: “This is rail that went in when the line opened in 1966. We have been patching it for years, and patching is no longer good enough,”
F date 1966
O government TTC
P full Deanna Okafor-Lindqvist
L address 1900 Yonge St.
> Okafor-Lindqvist said the work would be done in two phases. “The first six weekends take us from St. George to Broadview, and the last five from Broadview to Woodbine,” she said. “We know 11 weekends is a lot to ask of riders.
P partial Okafor-Lindqvist
F number two
Q direct Deanna Okafor-Lindqvist :: “The first six weekends take us from St. George to Broadview, and the last five from Broadview to Woodbine,”
F number six
L facility St. George
L facility Broadview
F number five
L facility Broadview
L facility Woodbine
Q direct Deanna Okafor-Lindqvist :: “We know 11 weekends is a lot to ask of riders.
F number 11
> “But the alternative is a slow zone at 25 km/h on this stretch every day for the next five years, and nobody wants to ride it.”
Q direct Deanna Okafor-Lindqvist :: “But the alternative is a slow zone at 25 km/h on this stretch every day for the next five years, and nobody wants to ride it.”
F quantity 25 km/h
F duration five years
> Coun. Eleni Papadakis-Ward (Toronto—Danforth), whose ward includes seven of the affected stations, said shuttle buses on the Danforth would be “a recipe for gridlock”.
P full Eleni Papadakis-Ward
L region Toronto—Danforth
F number seven
L city Danforth
Q direct Eleni Papadakis-Ward :: “a recipe for gridlock”
> “Businesses on the Danforth had their worst summer in 2038 because of the watermain work. Now we’re telling people not to come on weekends for half the year,” she said. The Greektown on the Danforth BIA estimates weekend sales on the strip will fall 30 to 40 per cent during closures.
Q direct Eleni Papadakis-Ward :: “Businesses on the Danforth had their worst summer in 2038 because of the watermain work. Now we’re telling people not to come on weekends for half the year,”
L city Danforth
F date 2038
F fraction half
O nonprofit Greektown on the Danforth BIA
F percent 30
F percent 40 per cent
> Coun. Farhan Abdi-Mohamud (Scarborough Southwest) said people who transfer from buses at Kennedy station would face trips “45 minutes longer each way” on closure weekends.
P full Farhan Abdi-Mohamud
L region Scarborough Southwest
L facility Kennedy
Q direct Farhan Abdi-Mohamud :: “45 minutes longer each way”
F duration 45 minutes
> “People keep asking me, ‘How am I supposed to get to my Sunday shift?’ and I don’t have a good answer for them,” he said.
Q direct Farhan Abdi-Mohamud :: “People keep asking me, ‘How am I supposed to get to my Sunday shift?’ and I don’t have a good answer for them,”
> Lucía Fernández-Otero, 34, a personal support worker who boards at Main Street station, said she already leaves home at 5:15 a.m. “With the shuttle, make it 4:30,” she said. Riders have already nicknamed the replacement buses the “crawl.”
P full Lucía Fernández-Otero
F age 34
L facility Main Street
F time 5:15 a.m.
Q direct Lucía Fernández-Otero :: “With the shuttle, make it 4:30,”
F time 4:30
Q scare - :: “crawl.”
> A city staffer who was not authorized to speak publicly said Metrolinx had been asked to add trains on GO Transit’s Lakeshore East line on closure weekends. “Nothing is agreed. It comes down to crews,” the staffer said.
O government Metrolinx
O government GO Transit
L facility Lakeshore East
Q direct - :: “Nothing is agreed. It comes down to crews,”
> In a statement, Metrolinx said it was “reviewing the request with the TTC” and would announce any extra service by April 30.
O government Metrolinx
Q direct Metrolinx :: “reviewing the request with the TTC”
O government TTC
F date April 30
> The closures are part of a 10-year, $1.9-billion repair plan for Line 2 that council approved in 2037. Line 1 Yonge-University was shut on eight weekends in 2036 for similar work.
F duration 10-year
F money $1.9-billion
L facility Line 2
F date 2037
L facility Line 1 Yonge-University
F number eight
F date 2036
> Priya Kaur-Desrosiers is a Toronto-based reporter covering transit for the Star. Reach her by email at pkaurdesrosiers@thestar.ca.
P full Priya Kaur-Desrosiers
L city Toronto
O media Star
'''

ARTICLES['1082-coffee-export-ban-kiboko-masaka-lwengo-traders-ministers-daily-monitor'] = r'''
> National
> Ministers, traders clash over coffee export ban as 340,000 bags pile up in Masaka
F number 340,000
L city Masaka
> Exporters say contracts worth Shs1.2 trillion are at risk after government barred shipments of coffee that has not been hulled and graded locally
F money Shs1.2 trillion
> By Derrick Kiwanuka Ssebbowa
P full Derrick Kiwanuka Ssebbowa
> Thursday, April 14, 2039
F date April 14, 2039
> What you need to know:
> Traders in Masaka, Lwengo and Bukomansimbi say they cannot meet orders from buyers in Italy and Germany since the directive took effect on April 1.
L region Masaka
L region Lwengo
L region Bukomansimbi
L country Italy
L country Germany
F date April 1
> Workers sort dried coffee at a store in Nyendo, Masaka City, on Tuesday. PHOTO | GERTRUDE NABUKEERA
L city Nyendo
L city Masaka City
P full GERTRUDE NABUKEERA
> Coffee exporters and two Cabinet ministers are at odds over a directive banning the export of coffee that has not been hulled and graded in Uganda, with traders in greater Masaka saying more than 340,000 bags of 60 kilogrammes are stuck in stores.
F number two
L country Uganda
L region Masaka
F number 340,000
F quantity 60 kilogrammes
> The directive, issued by the Ministry of Agriculture, Animal Industry and Fisheries (MAAIF) on March 3, requires all coffee to pass through a licensed hulling and grading factory before it leaves the country. Government says the rule will keep an estimated $240 million (about Shs912 billion) a year in local processing.
O government Ministry of Agriculture, Animal Industry and Fisheries
O government MAAIF
F date March 3
F money $240 million
F money Shs912 billion
> Agriculture minister Ms Florence Akullo Ebong on Tuesday told traders in Masaka that there would be no exemptions. "We have talked about 'value addition' for 30 years. Every bag that leaves as kiboko is jobs we have given away to Vietnam and Europe," she said.
P full Florence Akullo Ebong
L city Masaka
Q direct Florence Akullo Ebong :: "We have talked about 'value addition' for 30 years. Every bag that leaves as kiboko is jobs we have given away to Vietnam and Europe,"
F duration 30 years
L country Vietnam
L continent Europe
> But the State Minister for Trade, Mr Julius Ssempala Mugerwa, told Parliament's trade committee a day later that the ban had come "too fast" and should be suspended for six months.
P full Julius Ssempala Mugerwa
O government Parliament
Q direct Julius Ssempala Mugerwa :: "too fast"
F duration six months
> "Contracts for this season were signed in October and November. You cannot change the rules in March and expect exporters to pay penalties to buyers in Hamburg and Trieste," Mr Mugerwa said. "We support the policy. We do not support the timing."
Q direct Julius Ssempala Mugerwa :: "Contracts for this season were signed in October and November. You cannot change the rules in March and expect exporters to pay penalties to buyers in Hamburg and Trieste,"
L city Hamburg
L city Trieste
P partial Mugerwa
Q direct Julius Ssempala Mugerwa :: "We support the policy. We do not support the timing."
> Mr Abdul Katende Lubega, 52, who runs a store in Lwengo and buys from about 1,400 farmers, said he had 18,000 bags in stock when the directive took effect. "The hullers in Masaka can do maybe 2,000 bags a day between them. At that rate my coffee will sit here until July," he said.
P full Abdul Katende Lubega
F age 52
L region Lwengo
F number 1,400
F number 18,000
Q direct Abdul Katende Lubega :: "The hullers in Masaka can do maybe 2,000 bags a day between them. At that rate my coffee will sit here until July,"
L city Masaka
F number 2,000
> Farm-gate prices have already fallen. Kiboko that fetched Shs7,800 a kilogramme in February was selling at Shs5,900 in Bukomansimbi on Wednesday, a drop of about 24 percent.
F money Shs7,800
F money Shs5,900
L region Bukomansimbi
F percent 24 percent
> The Uganda Coffee Federation (UCF), which represents exporters, said in a statement that its members had "no objection to processing at home" but that the country had only 41 licensed hulling factories outside Kampala. UCF asked for a 90-day grace period.
O nonprofit Uganda Coffee Federation
O nonprofit UCF
Q direct Uganda Coffee Federation :: "no objection to processing at home"
F number 41
L city Kampala
O nonprofit UCF
F duration 90-day
> A senior official at the ministry, who asked not to be named because he is not allowed to speak to the press, said the dispute between the two ministers had been referred to the Office of the Prime Minister. "The directive stands until we are told otherwise," the official said.
F number two
O government Office of the Prime Minister
Q direct - :: "The directive stands until we are told otherwise,"
> Uganda exported 6.8 million 60-kilogramme bags in the 2037/38 financial year, earning $2.1 billion, according to ministry figures. Robusta from the central region, including Masaka, Kalungu and Rakai, made up about 80 percent of the volume.
L country Uganda
F number 6.8 million
F quantity 60-kilogramme
F date 2037/38
F money $2.1 billion
L region Masaka
L region Kalungu
L region Rakai
F percent 80 percent
> Additional reporting by Ivan Ochieng Okumu
P full Ivan Ochieng Okumu
'''

ARTICLES['1083-paris-roubaix-vandevelde-velodrome-sprint-arenberg-crash-afp'] = r'''
> Cycling
> Vandevelde wins mud-soaked Paris-Roubaix in velodrome sprint
P partial Vandevelde
> Belgian beats France's Ortiz-Lebrun by half a wheel after crash splits favourites in Arenberg
L country France
P partial Ortiz-Lebrun
F fraction half
L geo Arenberg
> By Julien MARCHETTI-ROUX
P full Julien MARCHETTI-ROUX
> Issued on: 10/04/2039 - 18:47
F date 10/04/2039
F time 18:47
> Belgium's Jens Vandevelde celebrates on the podium in the Roubaix velodrome on April 10, 2039. (Photo by Aurélie DESCAMPS / AFP)
L country Belgium
P full Jens Vandevelde
L city Roubaix
F date April 10, 2039
P full Aurélie DESCAMPS
O media AFP
> Roubaix (France) (AFP) - Belgium's Jens Vandevelde won Paris-Roubaix on Sunday, edging France's Mathéo Ortiz-Lebrun in a two-man sprint on the André-Pétrieux velodrome after 259.7 kilometres of rain, mud and cobbles.
L city Roubaix
L country France
O media AFP
L country Belgium
P full Jens Vandevelde
L country France
P full Mathéo Ortiz-Lebrun
F number two
L facility André-Pétrieux
F quantity 259.7 kilometres
> The 26-year-old Polder-Vlaanderen rider, third a year ago, covered the course from Compiègne in 6:02:41, an average of 42.97 km/h, the slowest winning time since 2031.
F age 26-year-old
O team Polder-Vlaanderen
L city Compiègne
F duration 6:02:41
F quantity 42.97 km/h
F date 2031
> Norway's Sindre Haugland of Nordvik-Hansa was third, 12 seconds back, after the favourites were split by a crash in the Trouée d'Arenberg, the 2.3km forest sector 95km from the finish.
L country Norway
P full Sindre Haugland
O team Nordvik-Hansa
F duration 12 seconds
L geo Trouée d'Arenberg
F quantity 2.3km
F quantity 95km
> "It was chaos in there. I heard the crash behind me, somebody shouted 'Go, go, go!' and I just went," said Vandevelde, who sat on Ortiz-Lebrun's wheel for the last 16 kilometres. "In the velodrome I knew I had one sprint left in my legs.
Q direct Jens Vandevelde :: "It was chaos in there. I heard the crash behind me, somebody shouted 'Go, go, go!' and I just went,"
P partial Vandevelde
P partial Ortiz-Lebrun
F quantity 16 kilometres
Q direct Jens Vandevelde :: "In the velodrome I knew I had one sprint left in my legs.
F number one
> "My father raced here as an amateur. Tonight I think he will cry more than me."
Q direct Jens Vandevelde :: "My father raced here as an amateur. Tonight I think he will cry more than me."
> Ortiz-Lebrun, 23, led over the Carrefour de l'Arbre, the last five-star sector, but could not drop the Belgian. "He was stronger on the cobbles and I was stronger on the road. Today the road was too short," he told AFP.
P partial Ortiz-Lebrun
F age 23
L geo Carrefour de l'Arbre
F number five
Q direct Mathéo Ortiz-Lebrun :: "He was stronger on the cobbles and I was stronger on the road. Today the road was too short,"
O media AFP
> His Côte d'Opale sports director, Pieter van den Broeck, said the team had gambled on tyre pressure. "We went with 3.2 bar at the front because of the mud. Mathéo had no puncture all day, so it worked," said Van den Broeck.
O team Côte d'Opale
P full Pieter van den Broeck
Q direct Pieter van den Broeck :: "We went with 3.2 bar at the front because of the mud. Mathéo had no puncture all day, so it worked,"
F quantity 3.2 bar
P partial Mathéo
P partial Van den Broeck
> It was the first Belgian win in Roubaix for three years. Besides the traditional cobblestone trophy, Vandevelde takes home €30,000 in prize money.
L city Roubaix
F duration three years
P partial Vandevelde
F money €30,000
> Polder-Vlaanderen also placed Joris De Smet in fifth and Arne Wuyts in ninth, giving the team two riders in the top 10. ASO estimated that 400,000 spectators lined the route despite a temperature of 7C at the start.
O team Polder-Vlaanderen
P full Joris De Smet
P full Arne Wuyts
F number two
F number 10
O company ASO
F number 400,000
F quantity 7C
> Only 68 of the 175 starters reached Roubaix. Race organisers ASO said 14 riders were taken to hospital in Valenciennes and Lille after crashes, none with life-threatening injuries.
F number 68
F number 175
L city Roubaix
O company ASO
F number 14
L city Valenciennes
L city Lille
> The race crossed 30 sectors of pavé totalling 55.8km. Rain fell from the start in Compiègne, and several riders described Mons-en-Pévèle as "a ploughed field" in a race long known as "the Hell of the North".
F number 30
F quantity 55.8km
L city Compiègne
L geo Mons-en-Pévèle
Q direct - :: "a ploughed field"
Q scare - :: "the Hell of the North"
> Haugland, 29, the 2037 winner, said he had lost a minute changing bikes after the Arenberg crash and then spent 20 kilometres chasing alone. "Without that, maybe it's a different race. But maybe is not a result," he said.
P partial Haugland
F age 29
F date 2037
L geo Arenberg
F quantity 20 kilometres
Q direct Sindre Haugland :: "Without that, maybe it's a different race. But maybe is not a result,"
> Results
> 1. Jens Vandevelde (BEL/Polder-Vlaanderen) 6:02:41
P full Jens Vandevelde
L country BEL
O team Polder-Vlaanderen
F duration 6:02:41
> 2. Mathéo Ortiz-Lebrun (FRA/Côte d'Opale) same time
P full Mathéo Ortiz-Lebrun
L country FRA
O team Côte d'Opale
> 3. Sindre Haugland (NOR/Nordvik-Hansa) at 12sec
P full Sindre Haugland
L country NOR
O team Nordvik-Hansa
F duration 12sec
'''

ARTICLES['1084-gozo-tunnel-portal-nadur-ta-kenuna-farmland-dispute-times-of-malta'] = r'''
> National
> Gozo tunnel portal: Nadur council threatens court action over farmland
L geo Gozo
L city Nadur
> ‘They are putting a motorway through our fields’
Q direct Ġużeppi Cauchi Attard :: ‘They are putting a motorway through our fields’
> Kristina Azzopardi Spiteri
P full Kristina Azzopardi Spiteri
> 3 min read
F duration 3 min
> Monday, 12 March 2040, 07:15
F date 12 March 2040
F time 07:15
> Fields near Ta’ Kenuna tower, in the limits of Nadur, where the tunnel portal is proposed. Photo: Karl Vella Caruana
L facility Ta’ Kenuna
L city Nadur
P full Karl Vella Caruana
> Nadur local council is threatening to take the government to court after Infrastructure Malta confirmed that the Gozo portal of the €1.1 billion Malta-Gozo tunnel would be built on 46 tumoli of farmland on the edge of the village.
L city Nadur
O government Infrastructure Malta
L geo Gozo
F money €1.1 billion
L country Malta
L geo Gozo
F quantity 46 tumoli
> The 14.3-kilometre tunnel would run from Manikata, in the limits of Mellieħa, under the Comino Channel to a portal near Ta’ Kenuna, about 800 metres from Nadur’s parish church. Infrastructure Malta says drivers would cross in 12 minutes, against 25 minutes on the ferry, and expects some 9,000 vehicles a day by 2045.
F quantity 14.3-kilometre
L city Manikata
L city Mellieħa
L geo Comino Channel
L facility Ta’ Kenuna
F quantity 800 metres
L city Nadur
O government Infrastructure Malta
F duration 12 minutes
F duration 25 minutes
F number 9,000
F date 2045
> Nadur mayor Ġużeppi Cauchi Attard said the council had “never been consulted” on the site. “They are putting a motorway through our fields. A portal here means 9,000 cars a day on roads built for donkeys,” he said. “We will take this to court if we have to.”
L city Nadur
P full Ġużeppi Cauchi Attard
Q direct Ġużeppi Cauchi Attard :: “never been consulted”
Q direct Ġużeppi Cauchi Attard :: “They are putting a motorway through our fields. A portal here means 9,000 cars a day on roads built for donkeys,”
F number 9,000
Q direct Ġużeppi Cauchi Attard :: “We will take this to court if we have to.”
> In a statement on Sunday, Infrastructure Malta said the Ta’ Kenuna site had been chosen “after studying seven alternatives” and that a full environmental impact assessment would be published “within weeks”.
O government Infrastructure Malta
Q direct Infrastructure Malta :: “after studying seven alternatives”
L facility Ta’ Kenuna
F number seven
Q direct Infrastructure Malta :: “within weeks”
> About 1,200 residents of Nadur and Għajnsielem have signed a petition against the site, Mr Cauchi Attard said.
F number 1,200
L city Nadur
L city Għajnsielem
P partial Cauchi Attard
> Farmer Rita Xuereb, 67, whose family has worked three tumoli at Ta’ Kenuna since the 1930s, said she was told by letter in February that the land would be expropriated. “My grandfather built those rubble walls with his hands. Nobody from the ministry came to look at them,” she said.
P full Rita Xuereb
F age 67
F quantity three tumoli
L facility Ta’ Kenuna
F date 1930s
Q direct Rita Xuereb :: “My grandfather built those rubble walls with his hands. Nobody from the ministry came to look at them,”
> Gozo Minister Marthese Zammit Borg defended the choice, saying an alternative site at Qala had been ruled out by geologists. “Qala would have meant a longer tunnel and another €180 million. Nadur is the only option that works,” she told Times of Malta.
L geo Gozo
P full Marthese Zammit Borg
L city Qala
Q direct Marthese Zammit Borg :: “Qala would have meant a longer tunnel and another €180 million. Nadur is the only option that works,”
L city Qala
F money €180 million
L city Nadur
O media Times of Malta
> She said landowners would receive “fair compensation” and that work on a 22-month first phase would begin in January 2041.
Q direct Marthese Zammit Borg :: “fair compensation”
F duration 22-month
F date January 2041
> The Environment and Resources Authority (ERA) has asked for a fresh assessment. In a submission to the Planning Authority, ERA said the portal lay within 150 metres of a protected valley and warned of “irreversible impact on the rural character of the Nadur plateau”.
O government Environment and Resources Authority
O government ERA
O government Planning Authority
O government ERA
F quantity 150 metres
Q direct Environment and Resources Authority :: “irreversible impact on the rural character of the Nadur plateau”
L city Nadur
> An opposition spokesman for Gozo, Alex Camilleri Bugeja, called the consultation “a ‘done deal’ dressed up as a public meeting”.
L geo Gozo
P full Alex Camilleri Bugeja
Q direct Alex Camilleri Bugeja :: “a ‘done deal’ dressed up as a public meeting”
> Transport Malta figures show that crossings between Ċirkewwa and Mġarr rose by 6.4 per cent last year to 3.2 million passengers. Din l-Art Ħelwa said on Sunday it would join any appeal.
O government Transport Malta
L city Ċirkewwa
L city Mġarr
F percent 6.4 per cent
F number 3.2 million
O nonprofit Din l-Art Ħelwa
> A public hearing is scheduled for 10am on 28 March at the Ministry for Gozo’s offices in Victoria.
F time 10am
F date 28 March
O government Ministry for Gozo
L city Victoria
'''

ARTICLES['1085-chao-phraya-sea-gate-samut-prakan-shrimp-farms-rai-cabinet-bangkok-post'] = r'''
> Govt Approves B68.4bn Chao Phraya Sea Gate
F money B68.4bn
L geo Chao Phraya
> Fish farmers in Samut Prakan fear losing 4,200 rai of ponds to the barrier
L region Samut Prakan
F quantity 4,200 rai
> PUBLISHED : 19 Sep 2040 at 04:00
F date 19 Sep 2040
F time 04:00
> NEWSPAPER SECTION: News
> WRITER: Nattaporn Siriwattana
P full Nattaporn Siriwattana
> Boats moored at the mouth of the Chao Phraya River in Phra Samut Chedi district of Samut Prakan, where the sea gate would be built. (Photo: Wichai Thongprasert)
L geo Chao Phraya River
L region Phra Samut Chedi
L region Samut Prakan
P full Wichai Thongprasert
> The cabinet on Tuesday approved a 68.4-billion-baht flood barrier across the mouth of the Chao Phraya River, a project the government says will protect Bangkok and its 11 million people from storm surges and rising seas for at least 50 years.
F money 68.4-billion-baht
L geo Chao Phraya River
L city Bangkok
F number 11 million
F duration 50 years
> The Royal Irrigation Department (RID) will build the 2.1-kilometre sea gate between Phra Samut Chedi and Pak Nam, with 14 steel gates that can be closed when the sea rises more than 1.8 metres above mean sea level. Construction is due to start in October 2041 and take seven years.
O government Royal Irrigation Department
O government RID
F quantity 2.1-kilometre
L region Phra Samut Chedi
L city Pak Nam
F number 14
F quantity 1.8 metres
F date October 2041
F duration seven years
> "The great flood of 2011 was a warning. Next time the water will come from the sea as well as from the north, and Bangkok cannot wait for it," Deputy Prime Minister Chaiyaporn Wongsakul said after the meeting.
Q direct Chaiyaporn Wongsakul :: "The great flood of 2011 was a warning. Next time the water will come from the sea as well as from the north, and Bangkok cannot wait for it,"
F date 2011
L city Bangkok
P full Chaiyaporn Wongsakul
> Mr Chaiyaporn said the state would pay 150,000 baht per rai to owners of land taken for the project, about 2,600 rai in total, and set aside a further 3.2 billion baht for those who lose their livelihoods.
P partial Chaiyaporn
F money 150,000 baht
F quantity 2,600 rai
F money 3.2 billion baht
> In Phra Samut Chedi, where about 40% of households raise shrimp or sea bass, farmers say the real loss will be far larger. Boonsong Saelim, 58, who keeps shrimp on 40 rai in Laem Fa Pha subdistrict, said closing the river mouth would change the salt in the canals that feed his ponds.
L region Phra Samut Chedi
F percent 40%
P full Boonsong Saelim
F age 58
F quantity 40 rai
L region Laem Fa Pha
> "They measure the land they take. They don't measure the water. If the canals go fresh, 4,200 rai of ponds are finished," he said. "Nobody from the RID has come to ask us."
Q direct Boonsong Saelim :: "They measure the land they take. They don't measure the water. If the canals go fresh, 4,200 rai of ponds are finished,"
F quantity 4,200 rai
Q direct Boonsong Saelim :: "Nobody from the RID has come to ask us."
O government RID
> Environmental groups also questioned the plan. Pimchanok Snidvongs na Ayudhya of the Seub Nakhasathien Foundation said the barrier could trap sediment and waste from Bangkok and Nonthaburi above the gates, and called the government's impact study "a copy-and-paste job".
P full Pimchanok Snidvongs na Ayudhya
O nonprofit Seub Nakhasathien Foundation
L city Bangkok
L region Nonthaburi
Q direct Pimchanok Snidvongs na Ayudhya :: "a copy-and-paste job"
> Ms Pimchanok said the project would also affect Bang Krachao, the 11,800-rai river bend known as "Bangkok's green lung", which lies upstream of the site.
P partial Pimchanok
L geo Bang Krachao
F quantity 11,800-rai
Q scare - :: "Bangkok's green lung"
L city Bangkok
> The Bangkok Metropolitan Administration (BMA) welcomed the decision. In a statement, the BMA called the sea gate and the existing 77-kilometre flood wall along the river "the missing piece" and urged the RID to finish the work "without delay".
O government Bangkok Metropolitan Administration
O government BMA
O government BMA
F quantity 77-kilometre
Q direct Bangkok Metropolitan Administration :: "the missing piece"
O government RID
Q direct Bangkok Metropolitan Administration :: "without delay"
> An RID engineer, who asked not to be named, said the design assumed a flow of 3,500 cubic metres per second at the Chao Phraya Dam in Chai Nat. "If the north floods and the sea surges on the same day, we close the gates and pump. That is the worst case we plan for," the engineer said.
O government RID
F quantity 3,500 cubic metres per second
L facility Chao Phraya Dam
L region Chai Nat
Q direct - :: "If the north floods and the sea surges on the same day, we close the gates and pump. That is the worst case we plan for,"
> Parliament's budget committee is expected to review the first 12.6 billion baht of funding in the 2042 fiscal year budget. The Netherlands and Japan have offered technical help, the government said.
O government Parliament
F money 12.6 billion baht
F date 2042
L country Netherlands
L country Japan
'''

ARTICLES['1086-colorado-river-tier-3-cut-lake-mead-cap-gila-river-tribes-arizona-republic'] = r'''
> Water
> Arizona faces deepest Colorado River cut yet as Lake Mead slides toward 1,000 feet
L region Arizona
L geo Colorado River
L geo Lake Mead
F quantity 1,000 feet
> The 2041 shortage will take 1.1 million acre-feet from the state. Cities, farms and tribes are bracing.
F date 2041
F quantity 1.1 million acre-feet
> Ramona Etsitty-Vance, Arizona Republic
P full Ramona Etsitty-Vance
O media Arizona Republic
> Published 5:02 a.m. MT Aug. 16, 2040
F time 5:02 a.m. MT
F date Aug. 16, 2040
> A white "bathtub ring" marks the canyon walls above Lake Mead near Boulder City, Nevada, on Aug. 9, 2040. Elliot Tsosie-Marquez/The Republic
Q scare - :: "bathtub ring"
L geo Lake Mead
L city Boulder City
L region Nevada
F date Aug. 9, 2040
P full Elliot Tsosie-Marquez
O media The Republic
> Arizona will lose 1.1 million acre-feet of Colorado River water in 2041, almost 40% of its share, after the federal government on Wednesday declared the deepest shortage since the river's Lower Basin states agreed to share cuts in 2007.
L region Arizona
F quantity 1.1 million acre-feet
L geo Colorado River
F date 2041
F percent 40%
L region Lower Basin
F date 2007
> The U.S. Bureau of Reclamation's 24-month study projects Lake Mead will stand at 1,018 feet on Jan. 1, below the 1,025-foot trigger for what water managers call a "Tier 3" shortage. Lake Powell, on the Utah line north of Page, is forecast at 3,531 feet, 41 feet above the level at which Glen Canyon Dam can no longer make power.
O government U.S. Bureau of Reclamation
F duration 24-month
L geo Lake Mead
F quantity 1,018 feet
F date Jan. 1
F quantity 1,025-foot
Q scare - :: "Tier 3"
L geo Lake Powell
L region Utah
L city Page
F quantity 3,531 feet
F quantity 41 feet
L facility Glen Canyon Dam
> The cut falls hardest on the Central Arizona Project, which moves river water through a 336-mile canal to Phoenix, Tucson and Pinal County farms. CAP deliveries will fall to about 620,000 acre-feet next year, down from 1.3 million acre-feet a decade ago.
O government Central Arizona Project
F quantity 336-mile
L city Phoenix
L city Tucson
L region Pinal County
O government CAP
F quantity 620,000 acre-feet
F quantity 1.3 million acre-feet
> "This is the day we have planned for since 2019, and it is still going to hurt," said Arizona Department of Water Resources Director Tomás Aguilar-Whitehorse. "Nobody's taps run dry in 2041. But the margin is gone.
Q direct Tomás Aguilar-Whitehorse :: "This is the day we have planned for since 2019, and it is still going to hurt,"
F date 2019
O government Arizona Department of Water Resources
P full Tomás Aguilar-Whitehorse
Q direct Tomás Aguilar-Whitehorse :: "Nobody's taps run dry in 2041. But the margin is gone.
F date 2041
> "If 2042 is as dry as this year, we are talking about groundwater, and we are talking about it fast."
Q direct Tomás Aguilar-Whitehorse :: "If 2042 is as dry as this year, we are talking about groundwater, and we are talking about it fast."
F date 2042
> Aguilar-Whitehorse said cities including Phoenix, Scottsdale, Chandler and Peoria would see their CAP supplies cut by 18% to 30%, depending on the age of their contracts. Most have banked water underground and can cover the loss for "two, maybe three years," he said.
P partial Aguilar-Whitehorse
L city Phoenix
L city Scottsdale
L city Chandler
L city Peoria
O government CAP
F percent 18%
F percent 30%
Q direct Tomás Aguilar-Whitehorse :: "two, maybe three years,"
F duration two
F duration three years
> Tribes hold some of the most senior rights on the river. The Gila River Indian Community, which agreed in 2039 to leave 125,000 acre-feet a year in Lake Mead in exchange for $233 million in federal payments, said the shortage showed the value of that deal.
O government Gila River Indian Community
F date 2039
F quantity 125,000 acre-feet
L geo Lake Mead
F money $233 million
> "Our people farmed with this water for 2,000 years before there was a Phoenix. We are not the ones who overdrew the account," Gila River Indian Community Gov. Darnell Enos-Pablo said in a statement.
Q direct Darnell Enos-Pablo :: "Our people farmed with this water for 2,000 years before there was a Phoenix. We are not the ones who overdrew the account,"
F duration 2,000 years
L city Phoenix
O government Gila River Indian Community
P full Darnell Enos-Pablo
> The Colorado River Indian Tribes, whose reservation straddles the river at Parker, said they would "protect every acre-foot" of their decreed rights and called for an end to so-called "paper water," allocations that exist on paper but not in the river.
O government Colorado River Indian Tribes
L city Parker
Q direct Colorado River Indian Tribes :: "protect every acre-foot"
Q scare - :: "paper water,"
> In Pinal County, where farmers lost their CAP water in 2023, Casa Grande cotton grower Wade Halvorsen, 61, said he fallowed 1,400 of his 2,200 acres this year. "My grandfather came here in 1948. I may be the one who ends it," he said.
L region Pinal County
O government CAP
F date 2023
L city Casa Grande
P full Wade Halvorsen
F age 61
F number 1,400
F quantity 2,200 acres
Q direct Wade Halvorsen :: "My grandfather came here in 1948. I may be the one who ends it,"
F date 1948
> A Reclamation official, who was not authorized to speak before the study's release, said talks on the next round of basinwide cuts had "run out of road" and that the Interior Department could impose reductions on all seven basin states next spring.
O government Reclamation
Q direct - :: "run out of road"
O government Interior Department
F number seven
> An acre-foot is about 326,000 gallons, enough to supply three Valley households for a year.
F quantity 326,000 gallons
F number three
L region Valley
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
