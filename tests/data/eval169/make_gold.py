#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval169 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval169/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1057-burwood-strathfield-canada-bay-council-merger-five-dock-smh'] = r'''
> Local government
> ‘Shotgun wedding’: Burwood, Strathfield and Canada Bay told to merge
Q direct Antonella Di Pietro :: ‘Shotgun wedding’
L city Burwood
L city Strathfield
L city Canada Bay
> The state government wants one council of 290,000 residents by July 1, 2041, but Strathfield says it will fight the plan in court.
F number 290,000
F date July 1, 2041
L city Strathfield
> By Tomás Riordan
P full Tomás Riordan
> March 14, 2040 — 5.00am
F date March 14, 2040
F time 5.00am
> Strathfield mayor Antonella Di Pietro outside Strathfield Town Hall on Wednesday. Credit: Wolter Pham
L city Strathfield
P full Antonella Di Pietro
L facility Strathfield Town Hall
P full Wolter Pham
> Burwood, Strathfield and the City of Canada Bay would be merged into a single council of about 290,000 residents under a proposal released by Local Government Minister Declan Fairweather on Friday, the first forced amalgamation in Sydney since 2016.
L city Burwood
L city Strathfield
O government City of Canada Bay
F number 290,000
P full Declan Fairweather
L city Sydney
F date 2016
> The new council, provisionally called Parramatta River Council, would have 15 councillors instead of the current 24 and a budget of $412 million a year. The government says the merger would save $96.5 million over 10 years, mostly through shared depots, IT systems and fewer senior managers, and would keep rate rises to 2.5 per cent a year until 2044.
O government Parramatta River Council
F number 15
F number 24
F money $412 million
F money $96.5 million
F duration 10 years
F percent 2.5 per cent
F date 2044
> “This is a shotgun wedding, and nobody asked the bride,” said Strathfield mayor Antonella Di Pietro, who has led the council since 2036. “Our residents said no in 2016 and they will say no again. We will see the minister in the Land and Environment Court if we have to.”
Q direct Antonella Di Pietro :: “This is a shotgun wedding, and nobody asked the bride,”
L city Strathfield
P full Antonella Di Pietro
F date 2036
Q direct Antonella Di Pietro :: “Our residents said no in 2016 and they will say no again. We will see the minister in the Land and Environment Court if we have to.”
F date 2016
O government Land and Environment Court
> Di Pietro said Strathfield had “no debt, a $38 million cash reserve and the lowest rates in the inner west”, and that ratepayers in Homebush and Belfield would end up “paying for somebody else’s swimming pool”.
P partial Di Pietro
L city Strathfield
Q direct Antonella Di Pietro :: “no debt, a $38 million cash reserve and the lowest rates in the inner west”
F money $38 million
L city Homebush
L city Belfield
Q direct Antonella Di Pietro :: “paying for somebody else’s swimming pool”
> Canada Bay mayor Hamish Talbot-Nguyen welcomed the plan. “For 20 years we have had three councils running three libraries, three depots and three sets of planners for an area you can cycle across in 40 minutes,” he said. “People in Five Dock and Concord don’t care which council empties their bin. They care that it gets emptied.
L city Canada Bay
P full Hamish Talbot-Nguyen
Q direct Hamish Talbot-Nguyen :: “For 20 years we have had three councils running three libraries, three depots and three sets of planners for an area you can cycle across in 40 minutes,”
F duration 20 years
F number three
F number three
F number three
F number three
F duration 40 minutes
Q direct Hamish Talbot-Nguyen :: “People in Five Dock and Concord don’t care which council empties their bin. They care that it gets emptied.
L city Five Dock
L city Concord
> “If a bigger council means a proper pool at Drummoyne and the ferry wharf at Breakfast Point finally gets fixed, I’m for it.”
Q direct Hamish Talbot-Nguyen :: “If a bigger council means a proper pool at Drummoyne and the ferry wharf at Breakfast Point finally gets fixed, I’m for it.”
L city Drummoyne
L city Breakfast Point
> Burwood Council, which serves 42,000 residents, said in a statement it would “consider the proposal carefully” and hold a vote on April 28.
O government Burwood Council
F number 42,000
Q direct Burwood Council :: “consider the proposal carefully”
F date April 28
> The proposal now goes to the Local Government Boundaries Commission, which must hold public inquiries and report within 12 weeks. A spokeswoman for Fairweather said “no final decision has been made”.
O government Local Government Boundaries Commission
F duration 12 weeks
P partial Fairweather
Q direct - :: “no final decision has been made”
> The last round of forced mergers, in 2016, left deep scars in Sydney, and the plan to join these three councils was dropped in 2017 after Strathfield challenged it in court. Council modelling released in 2039 found residential rates in the merged area would rise 4.2 per cent in the first year, then fall by $85 a year for a typical house from 2043.
F date 2016
L city Sydney
F number three
F date 2017
L city Strathfield
F date 2039
F percent 4.2 per cent
F money $85
F date 2043
> In Rhodes, where 18 residential towers have gone up since 2010, opinion is split. Priya Venkataraman, 34, who lives in Liberty Grove, said residents had stopped believing promises about the so-called “mega-council”.
L city Rhodes
F number 18
F date 2010
P full Priya Venkataraman
F age 34
L city Liberty Grove
Q scare - :: “mega-council”
> “When the minister says ‘efficiency’, we hear fewer lifeguards and longer waits for a DA,” she said. “We were told the same thing last time.”
Q direct Priya Venkataraman :: “When the minister says ‘efficiency’, we hear fewer lifeguards and longer waits for a DA,”
Q direct Priya Venkataraman :: “We were told the same thing last time.”
> Opponents plan a rally in Burwood Park at 11am on Saturday.
L facility Burwood Park
F time 11am
'''

ARTICLES['1058-rawalpindi-water-tanker-mafia-wasa-pirwadhai-ratta-amral-police-dawn'] = r'''
> Pakistan
L country Pakistan
> Police bust ‘tanker mafia’ selling stolen Wasa water in Rawalpindi
Q scare - :: ‘tanker mafia’
O government Wasa
L city Rawalpindi
> Sadia Qureshi Published April 9, 2040 Updated about 5 hours ago
P full Sadia Qureshi
F date April 9, 2040
F duration 5 hours
> Seized water tankers parked outside the Pirwadhai police station on Monday. — Photo by Aamir Rasheed / White Star
L facility Pirwadhai
P full Aamir Rasheed
O media White Star
> RAWALPINDI: Police have arrested 11 men and seized 23 water tankers in a crackdown on what officials called a “tanker mafia” that stole water from the Water and Sanitation Agency (Wasa) and sold it to residents at up to Rs4,500 per 1,000 gallons.
L city RAWALPINDI
F number 11
F number 23
Q scare - :: “tanker mafia”
O government Water and Sanitation Agency
O government Wasa
F money Rs4,500
F quantity 1,000 gallons
> According to a first information report registered at the Pirwadhai police station on Sunday, the suspects had fitted illegal connections to a Wasa trunk main near Khayaban-i-Sir Syed and drew an estimated 300,000 gallons a day, nearly 4 per cent of the agency’s supply to the city.
L facility Pirwadhai
O government Wasa
L city Khayaban-i-Sir Syed
F quantity 300,000 gallons
F percent 4 per cent
> “These people were not small operators. They had a network of drivers, two filling points and even a man inside Wasa who told them when the pressure would be high,” City Police Officer Kamran Aslam Warraich told a press conference on Monday.
Q direct Kamran Aslam Warraich :: “These people were not small operators. They had a network of drivers, two filling points and even a man inside Wasa who told them when the pressure would be high,”
F number two
O government Wasa
P full Kamran Aslam Warraich
> “We have recovered Rs2.6 million in cash, and the registers show sales to more than 40 housing societies. This has been going on for at least 18 months.
Q direct Kamran Aslam Warraich :: “We have recovered Rs2.6 million in cash, and the registers show sales to more than 40 housing societies. This has been going on for at least 18 months.
F money Rs2.6 million
F number 40
F duration 18 months
> “Nobody who steals from the people of Rawalpindi will be spared, whoever is protecting them.”
Q direct Kamran Aslam Warraich :: “Nobody who steals from the people of Rawalpindi will be spared, whoever is protecting them.”
L city Rawalpindi
> Mr Warraich said a Wasa sub-engineer, Naveed Akhtar, 46, was among those arrested and two other employees had been suspended. The alleged ringleader, Malik Shahbaz Gujjar, is still at large and is believed to have fled to Islamabad’s I-10 sector, where a similar racket was broken up in 2038.
P partial Warraich
O government Wasa
P full Naveed Akhtar
F age 46
F number two
P full Malik Shahbaz Gujjar
L city Islamabad
L city I-10
F date 2038
> A second case was registered at the Ratta Amral police station against four tanker owners who allegedly bought water from the gang. A magistrate on Monday handed nine of the suspects to police on a 14-day physical remand.
L facility Ratta Amral
F number four
F number nine
F duration 14-day
> Wasa Managing Director Shoaib Anwar Kiani told Dawn that the agency produces 51 million gallons a day against a demand of 68 million gallons, and that the shortfall rises to 40 per cent in summer.
O government Wasa
P full Shoaib Anwar Kiani
O media Dawn
F quantity 51 million gallons
F quantity 68 million gallons
F percent 40 per cent
> “Residents tell us, ‘Your tap is dry but the tanker is always full.’ Now we know why,” he said.
Q direct Shoaib Anwar Kiani :: “Residents tell us, ‘Your tap is dry but the tanker is always full.’ Now we know why,”
> In Dhok Hassu and along Saidpur Road, residents said they paid Rs3,000 to Rs4,500 for a tanker last summer, against the official Wasa rate of Rs1,200.
L city Dhok Hassu
L street Saidpur Road
F money Rs3,000
F money Rs4,500
O government Wasa
F money Rs1,200
> “I earn Rs38,000 a month and spent Rs9,000 on water in June alone,” said Shagufta Parveen, 52, a schoolteacher who lives near the Nullah Leh. “The Wasa tanker never came. The private one came in one hour.”
Q direct Shagufta Parveen :: “I earn Rs38,000 a month and spent Rs9,000 on water in June alone,”
F money Rs38,000
F money Rs9,000
P full Shagufta Parveen
F age 52
L geo Nullah Leh
Q direct Shagufta Parveen :: “The Wasa tanker never came. The private one came in one hour.”
O government Wasa
F duration one hour
> The Rawalpindi Development Authority (RDA), which oversees Wasa, said in a statement that it would install flow meters at all 12 of the agency’s filling points by June 30 and move tanker bookings to an online system. It called the arrests “a first step, not the last”.
O government Rawalpindi Development Authority
O government RDA
O government Wasa
F number 12
F date June 30
Q direct Rawalpindi Development Authority :: “a first step, not the last”
> The city’s water supply depends largely on the Rawal and Khanpur dams and on about 470 tube wells, many of which have dried up as the water table has fallen by up to 8 metres since 2030.
L facility Rawal
L facility Khanpur
F number 470
F quantity 8 metres
F date 2030
'''

ARTICLES['1059-jazz-hold-off-pacers-kessler-36-delta-center-nba-recap-ap'] = r'''
> Kessler scores 36 as Jazz hold off Pacers 121-114
P partial Kessler
F number 36
O team Jazz
O team Pacers
F score 121-114
> By TEODORO QUIÑONES Associated Press
P full TEODORO QUIÑONES
O media Associated Press
> Updated 11:48 PM MST, February 21, 2040
F time 11:48 PM MST
F date February 21, 2040
> Utah Jazz guard Dray Kessler (5) drives past Indiana Pacers center Oumar N'Diaye during the second half of an NBA basketball game, Wednesday, Feb. 21, 2040, in Salt Lake City. (AP Photo/Rennick Holloway)
O team Utah Jazz
P full Dray Kessler
O team Indiana Pacers
P full Oumar N'Diaye
O other NBA
F date Feb. 21, 2040
L city Salt Lake City
O media AP
P full Rennick Holloway
> SALT LAKE CITY (AP) — Dray Kessler scored 36 points, including four 3-pointers in the fourth quarter, and the Utah Jazz held off the Indiana Pacers 121-114 on Wednesday night for their fifth win in six games.
L city SALT LAKE CITY
O media AP
P full Dray Kessler
F number 36
F number four
F number 3
O team Utah Jazz
O team Indiana Pacers
F score 121-114
F number six
> Lauri Väänänen added 22 points and 14 rebounds for Utah (34-22), which shot 51.2% from the field and made 15 of 33 3-pointers. Kenji Moroboshi-Hale had 17 points and nine assists.
P full Lauri Väänänen
F number 22
F number 14
O team Utah
F score 34-22
F percent 51.2%
F number 15
F number 33
F number 3
P full Kenji Moroboshi-Hale
F number 17
F number nine
> N'Diaye led Indiana (29-27) with 31 points and 11 rebounds, and DeShawn Whitlock-Barnes scored 24 for the Pacers, who have lost three straight. Indiana shot 46.9% and was outrebounded 48-39.
P partial N'Diaye
O team Indiana
F score 29-27
F number 31
F number 11
P full DeShawn Whitlock-Barnes
F number 24
O team Pacers
F number three
O team Indiana
F percent 46.9%
F score 48-39
> The Pacers led 62-55 at halftime, but Utah opened the third quarter with a 16-4 run and outscored Indiana 36-22 in the period. Kessler's pull-up jumper with 3:18 left in the third put the Jazz ahead for good at 79-77.
O team Pacers
F score 62-55
O team Utah
F score 16-4
O team Indiana
F score 36-22
P partial Kessler
F time 3:18
O team Jazz
F score 79-77
> Indiana got within 115-112 on N'Diaye's dunk with 1:04 remaining, but Kessler hit a step-back 3-pointer from the left corner and went 4 for 4 at the free-throw line in the final 38 seconds.
O team Indiana
F score 115-112
P partial N'Diaye
F time 1:04
P partial Kessler
F number 3
F number 4
F number 4
F duration 38 seconds
> "He wanted the ball, and when he's like that you give it to him and get out of the way," Jazz coach Ingrid Solbakken said. "We were soft in the first half. The third quarter was who we are."
Q direct Ingrid Solbakken :: "He wanted the ball, and when he's like that you give it to him and get out of the way,"
O team Jazz
P full Ingrid Solbakken
Q direct Ingrid Solbakken :: "We were soft in the first half. The third quarter was who we are."
> Kessler, 24, has scored at least 30 points in seven of his last 10 games.
P partial Kessler
F age 24
F number 30
F number seven
F number 10
> "I'm just taking what they give me," he said. "Coach told us at halftime, 'Stop waiting for them to miss.' So we stopped waiting."
Q direct Dray Kessler :: "I'm just taking what they give me,"
Q direct Dray Kessler :: "Coach told us at halftime, 'Stop waiting for them to miss.' So we stopped waiting."
> Pacers coach Rasmus Ekwueme-Dahl called his team's defense after halftime "unacceptable."
O team Pacers
P full Rasmus Ekwueme-Dahl
Q direct Rasmus Ekwueme-Dahl :: "unacceptable."
> "We gave up 36 points in a quarter on the road. You can't win like that, not in February, not ever," he said.
Q direct Rasmus Ekwueme-Dahl :: "We gave up 36 points in a quarter on the road. You can't win like that, not in February, not ever,"
F number 36
> Whitlock-Barnes, back after missing two games with a sore hamstring, went 9 of 17 from the field. "We had our looks down the stretch," he said. "They made the plays and we didn't."
P partial Whitlock-Barnes
F number two
F number 9
F number 17
Q direct DeShawn Whitlock-Barnes :: "We had our looks down the stretch,"
Q direct DeShawn Whitlock-Barnes :: "They made the plays and we didn't."
> Väänänen, the 7-foot-1 Finn teammates call "the Lumberjack," had his 31st double-double of the season. The sellout crowd of 18,206 at Delta Center gave him a standing ovation when he checked out with 41 seconds to play.
P partial Väänänen
F quantity 7-foot-1
Q scare - :: "the Lumberjack,"
F number 18,206
L facility Delta Center
F duration 41 seconds
> TIP-INS
> Pacers: N'Diaye has a double-double in 12 straight games. ... G Marquise Fontenot missed his second game with a sprained left ankle.
O team Pacers
P partial N'Diaye
F number 12
P full Marquise Fontenot
> Jazz: Moroboshi-Hale left in the fourth quarter with a bruised knee but returned with 2:40 to play. ... Utah improved to 21-7 at home.
O team Jazz
P partial Moroboshi-Hale
F time 2:40
O team Utah
F score 21-7
> UP NEXT
> Pacers: At Denver on Friday night.
O team Pacers
O team Denver
> Jazz: Host Phoenix on Saturday.
O team Jazz
O team Phoenix
'''

ARTICLES['1060-dutch-chip-tool-servicing-export-licence-asml-veldhoven-financial-times'] = r'''
> Semiconductors
> Netherlands extends chip export curbs to servicing of installed machines
L country Netherlands
> Rule puts up to €1.9bn of ASML’s annual revenue at risk as The Hague tightens controls on China
F money €1.9bn
O company ASML
L city The Hague
L country China
> Lotte Verhoeven in Amsterdam and Callum Fairclough in Washington
P full Lotte Verhoeven
L city Amsterdam
P full Callum Fairclough
L city Washington
> Published March 6 2040
F date March 6 2040
> ASML’s headquarters in Veldhoven. Its most advanced lithography systems cost more than €350mn each © Merel Oosterhuis/Bloomberg
O company ASML
L city Veldhoven
F money €350mn
P full Merel Oosterhuis
O media Bloomberg
> The Dutch government will require companies to obtain a licence before servicing, repairing or upgrading advanced chipmaking machines already installed in China, in a move that could cost ASML as much as €1.9bn a year in revenue.
L country China
O company ASML
F money €1.9bn
> The rule, published on Thursday by the Ministry of Foreign Affairs, covers maintenance, spare parts and software updates for deep ultraviolet immersion lithography systems and takes effect on May 1. Companies will have 90 days to apply for licences covering existing contracts.
O government Ministry of Foreign Affairs
F date May 1
F duration 90 days
> Trade minister Maarten van der Wiel said the Netherlands had acted “on its own assessment” and not at the request of the US. “These machines are among the most strategic products in the world. Servicing them is not a neutral act,” he told reporters in The Hague.
P full Maarten van der Wiel
L country Netherlands
Q direct Maarten van der Wiel :: “on its own assessment”
L country US
Q direct Maarten van der Wiel :: “These machines are among the most strategic products in the world. Servicing them is not a neutral act,”
L city The Hague
> Van der Wiel said the cabinet had informed its partners in the EU before the announcement. Economic affairs minister Ruud Hagenaars had pushed for a transition period of 12 months, according to two people familiar with the discussions.
P partial Van der Wiel
O intergovernmental EU
P full Ruud Hagenaars
F duration 12 months
F number two
> China’s Ministry of Commerce said in a statement that the Netherlands was “politicising normal trade” and that Beijing would take “necessary measures” to protect the rights of Chinese companies.
L country China
O government Ministry of Commerce
L country Netherlands
Q direct Ministry of Commerce :: “politicising normal trade”
L city Beijing
Q direct Ministry of Commerce :: “necessary measures”
> ASML, which employs about 44,000 people, most of them in Veldhoven near Eindhoven, said it expected the rule to cut its 2040 revenue by between €1.2bn and €1.9bn, or 3 to 5 per cent. Its shares fell 4.7 per cent in Amsterdam to €1,012.40, their lowest close since October 2039.
O company ASML
F number 44,000
L city Veldhoven
L city Eindhoven
F date 2040
F money €1.2bn
F money €1.9bn
F percent 3
F percent 5 per cent
F percent 4.7 per cent
L city Amsterdam
F money €1,012.40
F date October 2039
> “We will comply, as we always have,” said Femke Ramaekers, ASML’s chief financial officer. “But our customers bought these machines legally and expect us to keep them running. A scanner that is not serviced stops producing within weeks.”
Q direct Femke Ramaekers :: “We will comply, as we always have,”
P full Femke Ramaekers
O company ASML
Q direct Femke Ramaekers :: “But our customers bought these machines legally and expect us to keep them running. A scanner that is not serviced stops producing within weeks.”
> China accounted for 26 per cent of ASML’s sales in 2039, down from almost half in 2024. Service and upgrades of its installed base brought in €7.8bn last year, about a third of the group’s total revenue of €23.4bn.
L country China
F percent 26 per cent
O company ASML
F date 2039
F fraction half
F date 2024
F money €7.8bn
F fraction a third
F money €23.4bn
> “The market had priced in limits on new systems. It had not priced in the installed base,” said Ilse ter Borg, an analyst at Kempen in Amsterdam. She cut her price target by 11 per cent to €1,150.
Q direct Ilse ter Borg :: “The market had priced in limits on new systems. It had not priced in the installed base,”
P full Ilse ter Borg
O company Kempen
L city Amsterdam
F percent 11 per cent
F money €1,150
> Ter Borg said smaller suppliers in the Eindhoven region, which make lenses, frames and vacuum parts for ASML, would feel the effect “within two quarters”.
P partial Ter Borg
L city Eindhoven
O company ASML
Q direct Ilse ter Borg :: “within two quarters”
F duration two quarters
> The rule also covers ASM International, the Almere-based maker of deposition equipment, which said the impact would be “limited” and below €150mn.
O company ASM International
L city Almere
Q direct ASM International :: “limited”
F money €150mn
> In Washington, the Commerce Department’s Bureau of Industry and Security (BIS) called the Dutch decision “an important step” and said talks with Tokyo on similar measures were continuing. The US has restricted servicing of American-made tools in China since 2035.
L city Washington
O government Commerce Department
O government Bureau of Industry and Security
O government BIS
Q direct Bureau of Industry and Security :: “an important step”
L city Tokyo
L country US
L country China
F date 2035
'''

ARTICLES['1061-kelud-eruption-kediri-blitar-malang-evacuation-jakarta-post'] = r'''
> Archipelago
> Mount Kelud Erupts, Forcing More Than 31,000 to Flee in Kediri and Blitar
L geo Mount Kelud
F number 31,000
L region Kediri
L region Blitar
> Ash fell as far as 180 kilometers away in Yogyakarta, while the airport in Surabaya was closed for 14 hours.
F quantity 180 kilometers
L city Yogyakarta
L city Surabaya
F duration 14 hours
> Nurul Fadhilah Siregar (The Jakarta Post)
P full Nurul Fadhilah Siregar
O media The Jakarta Post
> Kediri, East Java ● Sun, October 14, 2040
L city Kediri
L region East Java
F date October 14, 2040
> Residents of Sugihwaras village in Kediri regency ride motorcycles through falling ash on Oct. 13, 2040. (JP/Agus Wicaksono)
L city Sugihwaras
L region Kediri
F date Oct. 13, 2040
O media JP
P full Agus Wicaksono
> Mount Kelud in East Java erupted late on Saturday, sending a column of ash 17 kilometers into the sky and forcing more than 31,000 people living within 10 km of the crater to flee to shelters in Kediri, Blitar and Malang regencies.
L geo Mount Kelud
L region East Java
F quantity 17 kilometers
F number 31,000
F quantity 10 km
L region Kediri
L region Blitar
L region Malang
> The Center for Volcanology and Geological Hazard Mitigation (PVMBG) raised the volcano’s alert status to Level IV, the highest of four levels, at 9:40 p.m., about 90 minutes before the main explosion at 11:12 p.m. local time.
O government Center for Volcanology and Geological Hazard Mitigation
O government PVMBG
F number four
F time 9:40 p.m.
F duration 90 minutes
F time 11:12 p.m.
> “The eruption was explosive, not effusive. The lava dome that formed in 2037 was destroyed within minutes,” PVMBG head Rahmat Sudarsono Lubis said on Sunday in Bandung, where the agency is based. He said seismographs had recorded 212 volcanic earthquakes in the 24 hours before the eruption.
Q direct Rahmat Sudarsono Lubis :: “The eruption was explosive, not effusive. The lava dome that formed in 2037 was destroyed within minutes,”
F date 2037
O government PVMBG
P full Rahmat Sudarsono Lubis
L city Bandung
F number 212
F duration 24 hours
> Two people died, the National Disaster Mitigation Agency (BNPB) said. A 71-year-old man in Ngancar district was killed when the roof of his house collapsed under the weight of wet ash, and a woman, 38, died in a road accident during the evacuation.
F number Two
O government National Disaster Mitigation Agency
O government BNPB
F age 71-year-old
L region Ngancar
F age 38
> At a shelter in Wates, Siti Komariyah, 44, said her family had left their home in Sugihwaras with only a bag of clothes. “We heard the rumbling at around 10 p.m. The children were crying. My husband went back for the goats, and I told him, ‘Leave them, they are only goats,’” she said.
L city Wates
P full Siti Komariyah
F age 44
L city Sugihwaras
Q direct Siti Komariyah :: “We heard the rumbling at around 10 p.m. The children were crying. My husband went back for the goats, and I told him, ‘Leave them, they are only goats,’”
F time 10 p.m.
> Sukirno, 63, a farmer from Sepawon village, said he had lived through the 1990 and 2014 eruptions. “This one was the loudest. The ground shook like a truck was passing under the house,” he said.
P partial Sukirno
F age 63
L city Sepawon
F date 1990
F date 2014
Q direct Sukirno :: “This one was the loudest. The ground shook like a truck was passing under the house,”
> Villagers swept away what they call “hujan pasir”, the sand rain of grit and pumice that covered roofs and rice fields up to 30 centimeters deep on the volcano’s western slopes.
Q scare - :: “hujan pasir”
F quantity 30 centimeters
> AirNav Indonesia closed Juanda International Airport in Surabaya from 1 a.m. to 3 p.m. on Sunday, while Adisutjipto Airport in Yogyakarta and Abdul Rachman Saleh Airport in Malang remained shut on Sunday evening. At least 64 flights were canceled.
O company AirNav Indonesia
L facility Juanda International Airport
L city Surabaya
F time 1 a.m.
F time 3 p.m.
L facility Adisutjipto Airport
L city Yogyakarta
L facility Abdul Rachman Saleh Airport
L city Malang
F number 64
> East Java Governor Ratna Dewi Kusumawardhani declared a 14-day emergency response period and allocated Rp 12.5 billion (US$760,000) from the provincial budget for food, masks and tents. The BNPB said 1.2 million masks had been sent to the three regencies.
L region East Java
P full Ratna Dewi Kusumawardhani
F duration 14-day
F money Rp 12.5 billion
F money US$760,000
O government BNPB
F number 1.2 million
F number three
> “Do not go back into the 10-kilometer zone until the PVMBG says it is safe, even if the sky looks clear,” Ratna said during a visit to the Kediri shelters. She warned that heavy rain could send lahars, or cold lava floods, down the Konto and Badak rivers toward the Brantas.
Q direct Ratna Dewi Kusumawardhani :: “Do not go back into the 10-kilometer zone until the PVMBG says it is safe, even if the sky looks clear,”
F quantity 10-kilometer
O government PVMBG
P partial Ratna
L region Kediri
L geo Konto
L geo Badak
L geo Brantas
> Kelud’s 2014 eruption killed at least four people and forced some 100,000 from their homes. Its deadliest, in 1919, killed more than 5,000.
L geo Kelud
F date 2014
F number four
F number 100,000
F date 1919
F number 5,000
'''

ARTICLES['1062-manitoba-hydro-rate-hearing-pub-tataskweyak-gillam-winnipeg-free-press'] = r'''
> Local
> Hydro rate hike would hit north hardest, chiefs tell PUB
O company Hydro
O government PUB
> Utility seeks 6.5 per cent increase in each of next two years; First Nations say bills already eat up a third of some household incomes
F percent 6.5 per cent
F duration two years
F fraction a third
> By: Delphine Mercier-Okemaw
P full Delphine Mercier-Okemaw
> Posted: 7:02 PM CST Tuesday, Jan. 15, 2041
F time 7:02 PM CST
F date Jan. 15, 2041
> Tataskweyak Cree Nation Chief Elijah Spence-Keeper speaks at the Public Utilities Board hearing in Winnipeg on Tuesday. (Brennan Kostiuk / Free Press)
O government Tataskweyak Cree Nation
P full Elijah Spence-Keeper
O government Public Utilities Board
L city Winnipeg
P full Brennan Kostiuk
O media Free Press
> Manitoba Hydro’s request for back-to-back rate increases would push the average northern household’s monthly winter bill past $300 for the first time, First Nations leaders told the Public Utilities Board on Tuesday.
O company Manitoba Hydro
F money $300
O government Public Utilities Board
> The Crown corporation is asking the PUB to approve increases of 6.5 per cent on April 1, 2041, and another 6.5 per cent on April 1, 2042, which it says it needs to pay down $24.6 billion in debt and build new wind and gas generation. The first increase would add about $9.40 a month to the average residential bill of $145.
O government PUB
F percent 6.5 per cent
F date April 1, 2041
F percent 6.5 per cent
F date April 1, 2042
F money $24.6 billion
F money $9.40
F money $145
> “Our people live beside the dams that power this province, and they pay the highest bills in it,” said Tataskweyak Cree Nation Chief Elijah Spence-Keeper. “In Split Lake, most homes are heated with electricity because there is no gas line and no all-weather road for half the year. A family on income assistance is paying $420 a month in January.
Q direct Elijah Spence-Keeper :: “Our people live beside the dams that power this province, and they pay the highest bills in it,”
O government Tataskweyak Cree Nation
P full Elijah Spence-Keeper
Q direct Elijah Spence-Keeper :: “In Split Lake, most homes are heated with electricity because there is no gas line and no all-weather road for half the year. A family on income assistance is paying $420 a month in January.
L city Split Lake
F fraction half
F money $420
> “Hydro calls that a rate increase. We call it a choice between heat and food.”
Q direct Elijah Spence-Keeper :: “Hydro calls that a rate increase. We call it a choice between heat and food.”
O company Hydro
> Spence-Keeper said more than 60 per cent of the 3,900 people living on the reserve depend on income assistance or a pension.
P partial Spence-Keeper
F percent 60 per cent
F number 3,900
> Hydro’s vice-president of finance, Gareth Lindqvist-Shaw, told the three-member panel the utility had cut $180 million from its operating budget since 2038, and that without the increases its debt would stay above 80 per cent of its capital until 2050. He said the utility wanted to avoid what it called “rate shock” later in the decade.
O company Hydro
P full Gareth Lindqvist-Shaw
F number three
F money $180 million
F date 2038
F percent 80 per cent
F date 2050
Q scare - :: “rate shock”
> “We are not asking for this lightly. Every one per cent is about $24 million from Manitobans,” Lindqvist-Shaw said.
Q direct Gareth Lindqvist-Shaw :: “We are not asking for this lightly. Every one per cent is about $24 million from Manitobans,”
F percent one per cent
F money $24 million
P partial Lindqvist-Shaw
> Much of the debt dates from the Keeyask generating station on the Nelson River, which cost $8.7 billion and reached full operation in 2022.
L facility Keeyask
L geo Nelson River
F money $8.7 billion
F date 2022
> Manitoba Keewatinowi Okimakanak (MKO), which represents 26 northern First Nations, is asking the board to order a separate, lower rate for on-reserve homes in communities without natural gas. Lawyer Aurélie Gendron, acting for the Manitoba branch of the Consumers’ Association of Canada (CAC), called Hydro’s export revenue forecast “optimistic at best”.
O nonprofit Manitoba Keewatinowi Okimakanak
O nonprofit MKO
F number 26
P full Aurélie Gendron
L region Manitoba
O nonprofit Consumers’ Association of Canada
O nonprofit CAC
O company Hydro
Q direct Aurélie Gendron :: “optimistic at best”
> In Gillam, more than 700 kilometres north of Winnipeg, Wanda Okemow, 67, heats a 1,100-square-foot bungalow with baseboard heaters. Her bill hit $611 in February 2040.
L city Gillam
F quantity 700 kilometres
L city Winnipeg
P full Wanda Okemow
F age 67
F quantity 1,100-square-foot
F money $611
F date February 2040
> “I turned the heat down to 16 degrees and wore my parka in the kitchen,” she said. “Another 13 per cent and I move in with my daughter in Morris.”
Q direct Wanda Okemow :: “I turned the heat down to 16 degrees and wore my parka in the kitchen,”
F quantity 16 degrees
Q direct Wanda Okemow :: “Another 13 per cent and I move in with my daughter in Morris.”
F percent 13 per cent
L city Morris
> The hearing resumes Wednesday at 9 a.m. at the PUB’s offices at 330 Portage Ave. and is scheduled to run 11 days. A decision is expected by March 15.
F time 9 a.m.
O government PUB
L address 330 Portage Ave.
F duration 11 days
F date March 15
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
