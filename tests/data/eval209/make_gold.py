#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval209 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval209/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1297-north-point-harbourfront-towers-legco-eastern-district-scmp'] = r'''
> Hong Kong / Society
L region Hong Kong
> Lawmakers attack HK$7.4 billion North Point harbourfront plan as ‘a wall by the sea’
F money HK$7.4 billion
L city North Point
Q direct Gordon Mak Chun-yin :: ‘a wall by the sea’
> Development Bureau says three towers, a 1.2km promenade and 2,000 flats will open up the waterfront, but Eastern district residents fear lost views and traffic jams
O government Development Bureau
F number three
F quantity 1.2km
F number 2,000
L city Eastern
> By Jasper Lok Chun-hei
P full Jasper Lok Chun-hei
> Published: 6:55pm, 17 Nov 2039
F time 6:55pm
F date 17 Nov 2039
> The former public cargo working area on the North Point waterfront. Photo: Marcus Ip Tsz-yeung
L city North Point
P full Marcus Ip Tsz-yeung
> Lawmakers have attacked a HK$7.4 billion (US$950 million) plan to redevelop the North Point harbourfront, warning that three residential towers as tall as 160 metres would cut off Hong Kong’s Eastern district from Victoria Harbour.
F money HK$7.4 billion
F money US$950 million
L city North Point
F number three
F quantity 160 metres
L region Hong Kong
L city Eastern
L geo Victoria Harbour
> The Development Bureau on Thursday asked the Legislative Council’s development panel for HK$1.9 billion for site works at the 3.1-hectare former public cargo working area, which closed in 2037.
O government Development Bureau
O government Legislative Council
F money HK$1.9 billion
F quantity 3.1-hectare
F date 2037
> Under the plan, a 1.2km promenade overseen by the Harbourfront Commission would link Fortress Hill with Quarry Bay, with a 900-seat open-air theatre and 4,500 square metres of shops. A developer would build about 2,000 flats, 20 per cent of them sold at a discount under the government’s “Starter Homes” scheme.
F quantity 1.2km
O government Harbourfront Commission
L city Fortress Hill
L city Quarry Bay
F number 900
F quantity 4,500 square metres
F number 2,000
F percent 20 per cent
Q scare - :: “Starter Homes”
> “The harbour belongs to everyone. What the bureau has drawn is a wall by the sea, with a strip of grass in front of it,” said lawmaker Gordon Mak Chun-yin, who represents Hong Kong Island East.
Q direct Gordon Mak Chun-yin :: “The harbour belongs to everyone. What the bureau has drawn is a wall by the sea, with a strip of grass in front of it,”
P full Gordon Mak Chun-yin
L region Hong Kong Island East
> Mak said the towers would block the breeze for about 30,000 residents of older blocks along King’s Road and Java Road, where a July afternoon can be 2 degrees Celsius hotter than on the water.
P partial Mak
F number 30,000
L street King’s Road
L street Java Road
F quantity 2 degrees Celsius
> Rosanna Lui Mei-kuen of the Democratic Alliance for the Betterment and Progress of Hong Kong (DAB) backed the flats but questioned the traffic plan. “We need homes. But Java Road is jammed by 8am. Add 2,000 households and you have built a car park,” she said.
P full Rosanna Lui Mei-kuen
O party Democratic Alliance for the Betterment and Progress of Hong Kong
O party DAB
Q direct Rosanna Lui Mei-kuen :: “We need homes. But Java Road is jammed by 8am. Add 2,000 households and you have built a car park,”
L street Java Road
F time 8am
F number 2,000
> Secretary for Development Leung Wai-kit told the panel the design was “not final” and that the tallest tower had already been cut from 48 storeys to 40 after talks with the commission.
P full Leung Wai-kit
Q direct Leung Wai-kit :: “not final”
F number 48
F number 40
> “Nobody is building a wall. We have kept a 30-metre gap between the towers so the wind can pass, and the promenade will be open 24 hours a day,” he said, adding that the first of three public forums would be held in Quarry Bay on 30 November.
Q direct Leung Wai-kit :: “Nobody is building a wall. We have kept a 30-metre gap between the towers so the wind can pass, and the promenade will be open 24 hours a day,”
F quantity 30-metre
F duration 24 hours
F number three
L city Quarry Bay
F date 30 November
> A government source said officials expected the residential site to fetch at least HK$12 billion when it is sold in 2041. “The land sale pays for the whole harbourfront and then some,” the source said.
F money HK$12 billion
F date 2041
Q direct - :: “The land sale pays for the whole harbourfront and then some,”
> At a residents’ meeting in Quarry Bay on Wednesday, about 150 people signed a petition. Chow Siu-ling, 71, who has lived on Tong Shui Road since 1986, said her grandson had tried to cheer her up.
L city Quarry Bay
F number 150
P full Chow Siu-ling
F age 71
L street Tong Shui Road
F date 1986
> “He told me, ‘Grandma, the view from the 40th floor will be beautiful.’ I said, ‘Good, but I live on the third.’ Nobody asked us,” she said.
Q direct Chow Siu-ling :: “He told me, ‘Grandma, the view from the 40th floor will be beautiful.’ I said, ‘Good, but I live on the third.’ Nobody asked us,”
> The Harbourfront Commission said in a statement it supported “a continuous, vibrant and accessible” waterfront and would study the revised design next month. The Eastern District Council will debate the plan on Tuesday.
O government Harbourfront Commission
Q direct Harbourfront Commission :: “a continuous, vibrant and accessible”
O government Eastern District Council
> The panel will discuss the request again on 5 December. If the Finance Committee approves the money in January 2040, the first 600 metres of the promenade would open in 2043 and the flats would be completed by 2046.
F date 5 December
O government Finance Committee
F date January 2040
F quantity 600 metres
F date 2043
F date 2046
'''

ARTICLES['1298-cowboys-storm-26-16-fonohema-double-townsville-nrl-townsville-bulletin'] = r'''
> NRL
O other NRL
> Fonohema double as Cowboys storm back from 16-2 down to sink Melbourne
P partial Fonohema
O team Cowboys
F score 16-2
O team Melbourne
> North Queensland piled on 24 unanswered points after trailing by 14 to beat the Storm 26-16 in front of 24,812 fans at Queensland Country Bank Stadium on Saturday night.
O team North Queensland
F number 24
F number 14
O team Storm
F score 26-16
F number 24,812
L facility Queensland Country Bank Stadium
> Declan Fahey-Morrow
P full Declan Fahey-Morrow
> April 14, 2040 - 10:41PM
F date April 14, 2040
F time 10:41PM
> Malakai Fonohema dives over for his second try in the 71st minute. Picture: Darcy Quilliam
P full Malakai Fonohema
P full Darcy Quilliam
> For 30 minutes it looked like another long night for the Cowboys against Melbourne. Then Malakai Fonohema found a gap, and the Storm never recovered.
F duration 30 minutes
O team Cowboys
O team Melbourne
P full Malakai Fonohema
O team Storm
> The Home Hill-born winger crossed twice in the second half as North Queensland came from 16-2 down to win 26-16, their first win over Melbourne in Townsville since 2036.
L city Home Hill
O team North Queensland
F score 16-2
F score 26-16
O team Melbourne
L city Townsville
F date 2036
> The Storm had looked in complete control after tries to Harley Vosper, Josaia Raqona and Finn O’Brien-Keast in the opening 28 minutes, with Lachie Merewether landing two conversions.
O team Storm
P full Harley Vosper
P full Josaia Raqona
P full Finn O’Brien-Keast
F duration 28 minutes
P full Lachie Merewether
F number two
> But a Brock Dunstan penalty goal and a try to Tama Rewiti-Nash on the stroke of half-time made it 16-8 at the break, and the home side took over after the interval.
P full Brock Dunstan
P full Tama Rewiti-Nash
F score 16-8
> Fonohema scored in the 52nd minute after a long run from fullback Ezra Kanaloa, who then crossed himself on 63 minutes to level the scores at 16-16. Dunstan’s conversion from near the sideline put the Cowboys ahead for the first time.
P partial Fonohema
P full Ezra Kanaloa
F duration 63 minutes
F score 16-16
P partial Dunstan
O team Cowboys
> Fonohema sealed it eight minutes from full-time, diving over in the corner after Storm five-eighth Jaxon Pirihi was sent to the sin bin for 10 minutes for a professional foul.
P partial Fonohema
F duration eight minutes
O team Storm
P full Jaxon Pirihi
F duration 10 minutes
> “At 16-2 I was looking at the scoreboard thinking, ‘Here we go again,’” Cowboys coach Grant Lorimer said. “But the boys never dropped their heads. Malakai has been working on his finishing every day at training, and tonight you saw why.”
Q direct Grant Lorimer :: “At 16-2 I was looking at the scoreboard thinking, ‘Here we go again,’”
F score 16-2
O team Cowboys
P full Grant Lorimer
Q direct Grant Lorimer :: “But the boys never dropped their heads. Malakai has been working on his finishing every day at training, and tonight you saw why.”
P partial Malakai
> Lorimer said Dunstan, 21, had shown “real composure” in only his ninth NRL game, kicking five goals from six attempts.
P partial Lorimer
P partial Dunstan
F age 21
Q direct Grant Lorimer :: “real composure”
O other NRL
F number five
F number six
> Storm coach Pete Koutsoukis was blunt. “We played 30 minutes of good footy and then we stopped,” he said. “You can’t give a side like North Queensland that many chances in their own backyard. They will punish you, and they did.”
O team Storm
P full Pete Koutsoukis
Q direct Pete Koutsoukis :: “We played 30 minutes of good footy and then we stopped,”
F duration 30 minutes
Q direct Pete Koutsoukis :: “You can’t give a side like North Queensland that many chances in their own backyard. They will punish you, and they did.”
O team North Queensland
> Koutsoukis said Pirihi would be put on report over the foul and could face a two-match ban, while prop Josh Tuapola-Harris left the field in the 60th minute with a knee injury and will have scans in Melbourne on Monday.
P partial Koutsoukis
P partial Pirihi
F number two
P full Josh Tuapola-Harris
L city Melbourne
> The win lifts the Cowboys to fifth on the ladder with a 5-2 record. They travel to Canberra next Sunday, while Melbourne host Manly at AAMI Park on Friday night.
O team Cowboys
F score 5-2
L city Canberra
O team Melbourne
O team Manly
L facility AAMI Park
> COWBOYS 26 (M Fonohema 2, T Rewiti-Nash, E Kanaloa tries; B Dunstan 5 goals) bt STORM 16 (H Vosper, J Raqona, F O’Brien-Keast tries; L Merewether 2 goals) at Queensland Country Bank Stadium. Half-time: Storm 16-8. Referee: Aaron Kilbride. Crowd: 24,812.
O team COWBOYS
F score 26
P full M Fonohema
F number 2
P full T Rewiti-Nash
P full E Kanaloa
P full B Dunstan
F number 5
O team STORM
F score 16
P full H Vosper
P full J Raqona
P full F O’Brien-Keast
P full L Merewether
F number 2
L facility Queensland Country Bank Stadium
O team Storm
F score 16-8
P full Aaron Kilbride
F number 24,812
'''

ARTICLES['1299-bingol-earthquake-rebuilding-18400-homes-toki-genc-anadolu-agency'] = r'''
> Türkiye hands over 18,400 new homes to quake survivors in Bingöl
L country Türkiye
F number 18,400
L region Bingöl
> Minister says all 41,000 homes in 4 provinces will be finished by end of 2040, 14 months after magnitude 6.9 earthquake
F number 41,000
F number 4
F date 2040
F duration 14 months
F quantity magnitude 6.9
> Zeynep Aslıhan Doğru |15.04.2040 - Update : 15.04.2040
P full Zeynep Aslıhan Doğru
F date 15.04.2040
F date 15.04.2040
> BİNGÖL, Türkiye
L city BİNGÖL
L country Türkiye
> Residents receive the keys to their new homes at a ceremony in the Genç district of Bingöl province, eastern Türkiye, on April 15, 2040. (Serkan Yıldırımlar - Anadolu Agency)
L city Genç
L region Bingöl
L country Türkiye
F date April 15, 2040
P full Serkan Yıldırımlar
O media Anadolu Agency
> Türkiye on Sunday handed over 18,400 newly built homes to survivors of the magnitude 6.9 earthquake that struck the eastern province of Bingöl 14 months ago, Environment, Urbanization and Climate Change Minister Hakan Tekinalp said.
L country Türkiye
F number 18,400
F quantity magnitude 6.9
L region Bingöl
F duration 14 months
P full Hakan Tekinalp
> Speaking at a key ceremony in Genç, one of the districts worst hit by the Feb. 9, 2039 quake, Tekinalp said the homes had been built by the Housing Development Administration (TOKİ) at a cost of 31.2 billion Turkish liras ($690 million).
L city Genç
F date Feb. 9, 2039
P partial Tekinalp
O government Housing Development Administration
O government TOKİ
F money 31.2 billion Turkish liras
F money $690 million
> "We promised that no family would spend a second winter in a container. Today 18,400 families are entering homes that are resistant to earthquakes, built on solid ground and away from the fault line," he said.
Q direct Hakan Tekinalp :: "We promised that no family would spend a second winter in a container. Today 18,400 families are entering homes that are resistant to earthquakes, built on solid ground and away from the fault line,"
F number 18,400
> "By the end of 2040, we will have completed all 41,000 homes in Bingöl, Muş, Elazığ and Erzurum," he added.
Q direct Hakan Tekinalp :: "By the end of 2040, we will have completed all 41,000 homes in Bingöl, Muş, Elazığ and Erzurum,"
F date 2040
F number 41,000
L region Bingöl
L region Muş
L region Elazığ
L region Erzurum
> The earthquake, centered near the town of Yedisu at a depth of 9.4 kilometers, killed 1,126 people and injured more than 7,800, according to the Disaster and Emergency Management Authority (AFAD). Some 23,500 buildings collapsed or were so badly damaged that they had to be demolished.
L city Yedisu
F quantity 9.4 kilometers
F number 1,126
F number 7,800
O government Disaster and Emergency Management Authority
O government AFAD
F number 23,500
> AFAD said in a statement that 64,000 people were still living in container cities in the region and that the last of the camps would be "closed by the end of October".
O government AFAD
F number 64,000
Q direct Disaster and Emergency Management Authority :: "closed by the end of October"
> Each of the new homes has three rooms and a floor area of 105 square meters, and owners will repay half of the cost over 20 years without interest, with monthly installments starting at 2,850 liras, the ministry said.
F number three
F quantity 105 square meters
F fraction half
F duration 20 years
F money 2,850 liras
> Bingöl Governor Ayşe Nur Kalkavan said 212 contractors and some 19,000 workers had worked at sites in eight districts through a winter in which snow closed the roads to Kiğı and Karlıova for 11 days.
L region Bingöl
P full Ayşe Nur Kalkavan
F number 212
F number 19,000
F number eight
L city Kiğı
L city Karlıova
F duration 11 days
> Among the new owners was Mehmet Emin Baysal, 58, a retired teacher from Solhan, whose house collapsed with his mother inside. She was pulled from the rubble after 31 hours.
P full Mehmet Emin Baysal
F age 58
L city Solhan
F duration 31 hours
> "For 14 months we lived in a container of 21 square meters, six people. My grandchildren did their homework on the bed," Baysal told Anadolu. "This morning my mother walked through the door, touched the wall and said, 'It is strong, my son.'
Q direct Mehmet Emin Baysal :: "For 14 months we lived in a container of 21 square meters, six people. My grandchildren did their homework on the bed,"
F duration 14 months
F quantity 21 square meters
F number six
P partial Baysal
O media Anadolu
Q direct Mehmet Emin Baysal :: "This morning my mother walked through the door, touched the wall and said, 'It is strong, my son.'
> "We will never forget the people we lost. But today we can start living again."
Q direct Mehmet Emin Baysal :: "We will never forget the people we lost. But today we can start living again."
> Contractor Oğuzhan Demirtaş, whose company built 1,340 homes in Muş, said the biggest problem had been materials. "Cement prices rose 38% in six months after the quake. Many small firms simply left the sites," he said.
P full Oğuzhan Demirtaş
F number 1,340
L region Muş
Q direct Oğuzhan Demirtaş :: "Cement prices rose 38% in six months after the quake. Many small firms simply left the sites,"
F percent 38%
F duration six months
> Türkiye has tightened inspections of new buildings since the Feb. 6, 2023 earthquakes centered in Kahramanmaraş, which killed more than 53,000 people in 11 provinces. Bingöl, which lies on the East Anatolian Fault, was also struck by deadly quakes in 1971 and 2003.
L country Türkiye
F date Feb. 6, 2023
L region Kahramanmaraş
F number 53,000
F number 11
L region Bingöl
L geo East Anatolian Fault
F date 1971
F date 2003
'''

ARTICLES['1300-conawapa-dam-deal-fox-lake-cree-nation-gillam-bird-winnipeg-free-press'] = r'''
> Local
> Hydro, four First Nations sign $11.6-billion Conawapa deal
O company Hydro
F number four
F money $11.6-billion
L facility Conawapa
> Cree partners could own a third of 1,485-megawatt station on lower Nelson River; first power expected in 2049
F fraction a third
F quantity 1,485-megawatt
L geo Nelson River
F date 2049
> By: Noémie Laflèche
P full Noémie Laflèche
> Posted: 6:32 PM CDT Wednesday, Sept. 19, 2040
F time 6:32 PM CDT
F date Sept. 19, 2040
> Fox Lake Cree Nation Chief Rosalie Neepin-Spence signs the Conawapa agreement at the Gillam recreation centre Wednesday. (Kelsey Ouellette / Free Press)
O government Fox Lake Cree Nation
P full Rosalie Neepin-Spence
L facility Conawapa
L city Gillam
P full Kelsey Ouellette
O media Free Press
> Manitoba Hydro and four Cree First Nations signed a partnership agreement Wednesday to build the $11.6-billion Conawapa Generating Station on the lower Nelson River, reviving a project the Crown corporation shelved more than 25 years ago.
O company Manitoba Hydro
F number four
F money $11.6-billion
L facility Conawapa Generating Station
L geo Nelson River
F duration 25 years
> Under the deal, Fox Lake Cree Nation, York Factory First Nation, Tataskweyak Cree Nation and War Lake First Nation can buy up to 33 per cent of the 1,485-megawatt station, about 90 kilometres downstream of Gillam, through a limited partnership to be called Kischi Sipi Power.
O government Fox Lake Cree Nation
O government York Factory First Nation
O government Tataskweyak Cree Nation
O government War Lake First Nation
F percent 33 per cent
F quantity 1,485-megawatt
F quantity 90 kilometres
L city Gillam
O company Kischi Sipi Power
> Hydro president and CEO Gregory Lamontagne said the station would produce about 7,000 gigawatt-hours a year, enough for 700,000 homes, as demand in Manitoba grows with electric heating and new industry.
O company Hydro
P full Gregory Lamontagne
F quantity 7,000 gigawatt-hours
F number 700,000
L region Manitoba
> “We are not going to repeat the mistakes of the 1960s and ’70s. This time the people who live with the river are at the table from the start, as owners,” Lamontagne said.
Q direct Gregory Lamontagne :: “We are not going to repeat the mistakes of the 1960s and ’70s. This time the people who live with the river are at the table from the start, as owners,”
F date 1960s
F date ’70s
P partial Lamontagne
> Neepin-Spence said her community at Bird, a few kilometres from the Limestone and Kettle stations, had waited decades for a real say in how the river is used.
P partial Neepin-Spence
L city Bird
L facility Limestone
L facility Kettle
> “When Kettle was built, our trapline was flooded and nobody asked us. My grandfather went to Winnipeg to complain and they sent him home on the train,” she said. “Today our young people will be the engineers and the electricians.
Q direct Rosalie Neepin-Spence :: “When Kettle was built, our trapline was flooded and nobody asked us. My grandfather went to Winnipeg to complain and they sent him home on the train,”
L facility Kettle
L city Winnipeg
Q direct Rosalie Neepin-Spence :: “Today our young people will be the engineers and the electricians.
> “And this time the money stays in the North.”
Q direct Rosalie Neepin-Spence :: “And this time the money stays in the North.”
L region North
> The partners would pay for their share with a $3.4-billion loan guaranteed by the province and repaid from the station’s earnings, which Hydro estimates at $410 million a year once it is running.
F money $3.4-billion
O company Hydro
F money $410 million
> Construction would start in 2042 and employ up to 4,200 workers at its peak, with a 52-kilometre all-weather road to be built from Gillam. The first of 10 turbines is expected to turn in 2049.
F date 2042
F number 4,200
F quantity 52-kilometre
L city Gillam
F number 10
F date 2049
> Economic Development Minister Danielle Sigurdson called the deal “a new way of building in Manitoba.” Progressive Conservative critic Wade Harapiak said the province was “betting the farm” on export prices, with about 40 per cent of the output to be sold to Minnesota and Saskatchewan under contracts still being negotiated.
P full Danielle Sigurdson
Q direct Danielle Sigurdson :: “a new way of building in Manitoba.”
L region Manitoba
P full Wade Harapiak
Q direct Wade Harapiak :: “betting the farm”
F percent 40 per cent
L region Minnesota
L region Saskatchewan
> “Keeyask came in billions over its first estimate, and Manitobans are still paying for that,” Harapiak said.
Q direct Wade Harapiak :: “Keeyask came in billions over its first estimate, and Manitobans are still paying for that,”
L facility Keeyask
P partial Harapiak
> A Hydro official, who spoke on condition of anonymity because the export talks are continuing, said the utility was close to a 20-year deal with a Minnesota buyer for 600 megawatts. “We would not sign Conawapa without it,” the official said.
O company Hydro
F duration 20-year
L region Minnesota
F quantity 600 megawatts
Q direct - :: “We would not sign Conawapa without it,”
L facility Conawapa
> The agreement still needs approval from the Public Utilities Board and a licence under the Water Power Act, and members of the four nations will vote on it by March 31, 2041. Thompson Mayor Lyle Okemow said the project would bring “good, long jobs” to the region’s hub city.
O government Public Utilities Board
F number four
F date March 31, 2041
L city Thompson
P full Lyle Okemow
Q direct Lyle Okemow :: “good, long jobs”
'''

ARTICLES['1301-wachauer-bank-3600-job-cuts-branches-vienna-prague-financial-times'] = r'''
> Banks
> Wachauer Bank to cut 3,600 jobs and close a third of its branches
O company Wachauer Bank
F number 3,600
F fraction a third
> Vienna-based lender targets €480mn of annual savings by 2043 as net interest income slides
L city Vienna
F money €480mn
F date 2043
> Lukas Brandstätter in Vienna and Helena Marek in Prague
P full Lukas Brandstätter
L city Vienna
P full Helena Marek
L city Prague
> Published November 21 2040
F date November 21 2040
> Wachauer Bank’s headquarters on Vienna’s Schottenring. Its shares fell 6.2 per cent on Wednesday © Ferdinand Aigner-Kohl/Bloomberg
O company Wachauer Bank
L city Vienna
L street Schottenring
F percent 6.2 per cent
P full Ferdinand Aigner-Kohl
O media Bloomberg
> Wachauer Bank will cut 3,600 jobs, about 17 per cent of its workforce, and close 140 of its 420 branches in Austria and central Europe over the next three years, as the Vienna-based lender tries to protect profits from falling interest rates.
O company Wachauer Bank
F number 3,600
F percent 17 per cent
F number 140
F number 420
L country Austria
L continent Europe
F duration three years
L city Vienna
> The bank, Austria’s fourth-largest by assets, said on Wednesday that the plan would cost €390mn in restructuring charges, most of them booked in the fourth quarter, and save €480mn a year from 2043. About 1,900 of the cuts will fall in Austria, with the rest in the Czech Republic, Slovakia and Hungary.
L country Austria
F money €390mn
F money €480mn
F date 2043
F number 1,900
L country Austria
L country Czech Republic
L country Slovakia
L country Hungary
> Chief executive Konstanze von Pallhausen told analysts the bank had “too many branches for a world in which nine out of 10 customers never visit one”. Von Pallhausen, who took over in March 2039, said net interest income had fallen 11 per cent in the first nine months of the year, to €2.37bn, since the European Central Bank began cutting rates.
P full Konstanze von Pallhausen
Q direct Konstanze von Pallhausen :: “too many branches for a world in which nine out of 10 customers never visit one”
F number nine
F number 10
P partial Von Pallhausen
F date March 2039
F percent 11 per cent
F duration nine months
F money €2.37bn
O intergovernmental European Central Bank
> “We are not a bank in crisis. Our capital is strong and we will keep paying a dividend,” she said on a call with analysts. “But if we do nothing, the ‘branch on every corner’ model will eat our profits within five years.”
Q direct Konstanze von Pallhausen :: “We are not a bank in crisis. Our capital is strong and we will keep paying a dividend,”
Q direct Konstanze von Pallhausen :: “But if we do nothing, the ‘branch on every corner’ model will eat our profits within five years.”
F duration five years
> Shares in Wachauer fell 6.2 per cent to €23.40 in Vienna, their biggest one-day fall since the regional banking scare of 2036. They have lost about a fifth of their value this year.
O company Wachauer
F percent 6.2 per cent
F money €23.40
L city Vienna
F duration one-day
F date 2036
F fraction a fifth
> The cuts were deeper than expected: analysts at Keefe, Bruyette & Woods had forecast about 2,500 job losses. “The number is bold, but the savings target still looks light next to peers like Erste and Raiffeisen,” said Tobias Wendelin-Hoxha, an analyst at the firm, who kept a “hold” rating on the stock.
O company Keefe, Bruyette & Woods
F number 2,500
Q direct Tobias Wendelin-Hoxha :: “The number is bold, but the savings target still looks light next to peers like Erste and Raiffeisen,”
O company Erste
O company Raiffeisen
P full Tobias Wendelin-Hoxha
Q scare - :: “hold”
> GPA, the private-sector union, said it would fight every compulsory redundancy and called the plan “a spreadsheet exercise paid for by staff in small towns”. A person close to the works council said about 700 of the Austrian cuts could be met through early retirement.
O nonprofit GPA
Q direct GPA :: “a spreadsheet exercise paid for by staff in small towns”
F number 700
> In the Czech Republic, where Wachauer owns Moravská Spořitelna, the bank will shut 48 branches, mostly in small towns in Moravia, and move 400 back-office jobs from Brno to a service centre in Bratislava.
L country Czech Republic
O company Wachauer
O company Moravská Spořitelna
F number 48
L region Moravia
F number 400
L city Brno
L city Bratislava
> Pavel Dvořáček, mayor of Uherský Brod, a town of 16,000 south of Zlín that will lose its only branch, said older residents would have to travel 25km to see a banker. “For people who don’t use apps, this is the end of banking,” he said.
P full Pavel Dvořáček
L city Uherský Brod
F number 16,000
L city Zlín
F quantity 25km
Q direct Pavel Dvořáček :: “For people who don’t use apps, this is the end of banking,”
> The bank also cut its 2041 return on equity target to 10-11 per cent, from 13 per cent, and said it would buy back up to €300mn of shares next year.
F date 2041
F percent 10-11 per cent
F percent 13 per cent
F money €300mn
'''

ARTICLES['1302-hurricane-marisol-road-repairs-nwa-bath-st-thomas-portland-gleaner'] = r'''
> Lead Stories
> NWA Needs $6.8 Billion To Fix Roads Battered By Hurricane Marisol
O government NWA
F money $6.8 Billion
> Bath, Golden Grove residents cut off for 19 days as St Thomas and Portland bear the brunt
L city Bath
L city Golden Grove
F duration 19 days
L region St Thomas
L region Portland
> Published:Monday | November 18, 2041 | 12:10 AM
F date November 18, 2041
F time 12:10 AM
> Odane Whyte-Lindo/Staff Reporter
P full Odane Whyte-Lindo
> Workmen clear a landslide on the main road between Bath and Port Morant in St Thomas on Friday. - Kenardo Ebanks-Gayle/Photographer
L city Bath
L city Port Morant
L region St Thomas
P full Kenardo Ebanks-Gayle
> BATH, St Thomas:
L city BATH
L region St Thomas
> The National Works Agency (NWA) says it will need $6.8 billion to repair roads and bridges in eastern Jamaica damaged by Hurricane Marisol, which dumped more than 900 millimetres of rain on St Thomas and Portland in 36 hours last month.
O government National Works Agency
O government NWA
F money $6.8 billion
L country Jamaica
F quantity 900 millimetres
L region St Thomas
L region Portland
F duration 36 hours
> Of that sum, $4.1 billion is needed for 62 road sections in St Thomas alone, where the Plantain Garden River washed away a 140-metre stretch of the Golden Grove to Bath main road, leaving about 6,000 residents cut off for 19 days. Close to 40 per cent of the parish's main roads were damaged.
F money $4.1 billion
F number 62
L region St Thomas
L geo Plantain Garden River
F quantity 140-metre
L city Golden Grove
L city Bath
F number 6,000
F duration 19 days
F percent 40 per cent
> The NWA's regional manager for the east, Dwayne Samuels-Hurd, told The Gleaner that a temporary Bailey bridge was opened to light vehicles on Saturday, but trucks over 10 tonnes are still barred.
O government NWA
P full Dwayne Samuels-Hurd
O media The Gleaner
F quantity 10 tonnes
> "We had contractors on the road in Bath from the first morning, but every time we cleared a slip, the hillside came down again," Samuels-Hurd said. "We are talking about more than 300 landslides across the two parishes."
Q direct Dwayne Samuels-Hurd :: "We had contractors on the road in Bath from the first morning, but every time we cleared a slip, the hillside came down again,"
L city Bath
P partial Samuels-Hurd
Q direct Dwayne Samuels-Hurd :: "We are talking about more than 300 landslides across the two parishes."
F number 300
F number two
> He said 14 contractors had been engaged so far, among them Yallahs Valley Construction Limited and Morant Point Engineering, at a cost of $1.2 billion. The rest of the work will go to tender in December, with most repairs to be finished by June 2042.
F number 14
O company Yallahs Valley Construction Limited
O company Morant Point Engineering
F money $1.2 billion
F date June 2042
> In Portland, the sea wall along the Buff Bay to Hope Bay section of the coastal road was breached in three places, and a stretch of the Fellowship main road near Moore Town that residents call "the Drop" slid into the Rio Grande.
L region Portland
L city Buff Bay
L city Hope Bay
F number three
L city Fellowship
L city Moore Town
Q scare - :: "the Drop"
L geo Rio Grande
> Member of Parliament for Portland Eastern Dr Camille Ferron-Bogle said farmers in the Rio Grande Valley had lost more than $300 million in bananas and other crops because they could not get produce to market.
L region Portland Eastern
P full Camille Ferron-Bogle
L geo Rio Grande Valley
F money $300 million
> "Road repair cannot wait on budget season. Every week that road is closed, a farmer in Millbank is throwing away bananas," she said.
Q direct Camille Ferron-Bogle :: "Road repair cannot wait on budget season. Every week that road is closed, a farmer in Millbank is throwing away bananas,"
L city Millbank
> The owner of Yallahs Valley Construction, Garfield Mattis, 62, said small contractors were still owed $240 million for emergency work done in October. "We have 40 men on the road and we pay them every Friday. The Government has to pay us too," he said.
O company Yallahs Valley Construction
P full Garfield Mattis
F age 62
F money $240 million
Q direct Garfield Mattis :: "We have 40 men on the road and we pay them every Friday. The Government has to pay us too,"
F number 40
> The Ministry of Economic Growth and Job Creation, which oversees the NWA, said in a statement that $2.5 billion had been set aside in the supplementary estimates and that contractors would be paid "within 30 days of certification".
O government Ministry of Economic Growth and Job Creation
O government NWA
F money $2.5 billion
Q direct Ministry of Economic Growth and Job Creation :: "within 30 days of certification"
F duration 30 days
> In Bath, shopkeeper Icilda Pryce, 67, said her sales had fallen by half since the storm. "Nobody can come in, nobody can go out. Mi just a siddung an' wait pon di road," she said.
L city Bath
P full Icilda Pryce
F age 67
F fraction half
Q direct Icilda Pryce :: "Nobody can come in, nobody can go out. Mi just a siddung an' wait pon di road,"
> Marisol made landfall near Morant Point on October 22 as a Category 3 storm, the strongest to hit the island's east coast in more than 20 years.
L geo Morant Point
F date October 22
F duration 20 years
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
