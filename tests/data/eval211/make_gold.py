#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval211 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval211/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1309-kikuube-hoima-oil-pipeline-compensation-households-daily-monitor'] = r'''
> National
> Pipeline families in Kikuube reject Shs2.4b compensation offer
L region Kikuube
F money Shs2.4b
> Some 1,130 households say the rates are three years old and no longer match land prices in Hoima and Kikuube districts.
F number 1,130
F duration three years
L region Hoima
L region Kikuube
> By Joyce Kabasiita Ruhweza
P full Joyce Kabasiita Ruhweza
> Tuesday, March 12, 2041
F date March 12, 2041
> Mr Yosam Tinkasimire Byensi (right) shows a valuation form to neighbours in Kyangwali Sub-county, Kikuube District, on Sunday. PHOTO | JOYCE KABASIITA RUHWEZA
P full Yosam Tinkasimire Byensi
L region Kyangwali Sub-county
L region Kikuube District
P full JOYCE KABASIITA RUHWEZA
> What you need to know:
> The Petroleum Authority of Uganda says 91 percent of project-affected persons in the two districts have been paid and that the remaining families can still negotiate.
O government Petroleum Authority of Uganda
F percent 91 percent
F number two
> Families whose land lies on the route of the crude oil export pipeline in Kikuube and Hoima districts have rejected a Shs2.4 billion compensation package, saying the rates used by government valuers were set in 2038 and no longer reflect what land costs in the Albertine region.
L region Kikuube
L region Hoima
F money Shs2.4 billion
F date 2038
L region Albertine
> At a meeting in Kyangwali Sub-county on Sunday, about 400 residents described the offer of Shs11 million per acre for titled land and Shs7.5 million for customary land as "an insult", saying plots near the pipeline corridor now change hands at between Shs18 million and Shs25 million an acre.
L region Kyangwali Sub-county
F number 400
F money Shs11 million
F money Shs7.5 million
Q direct - :: "an insult"
F money Shs18 million
F money Shs25 million
> Mr Yosam Tinkasimire Byensi, 64, who chairs the affected persons' committee, said 1,130 households had signed a petition to the Petroleum Authority of Uganda (PAU) and the Ministry of Energy and Mineral Development.
P full Yosam Tinkasimire Byensi
F age 64
F number 1,130
O government Petroleum Authority of Uganda
O government PAU
O government Ministry of Energy and Mineral Development
> "When they came in 2038 they told us, 'Sign here and the money will come in three months.' We signed. Now it is 2041 and they are bringing us the same rates," Mr Tinkasimire said. "A bag of cement that was Shs33,000 is now Shs41,500. Land has gone the same way.
Q direct Yosam Tinkasimire Byensi :: "When they came in 2038 they told us, 'Sign here and the money will come in three months.' We signed. Now it is 2041 and they are bringing us the same rates,"
F date 2038
F duration three months
F date 2041
P partial Tinkasimire
Q direct Yosam Tinkasimire Byensi :: "A bag of cement that was Shs33,000 is now Shs41,500. Land has gone the same way.
F money Shs33,000
F money Shs41,500
> "We are not against the pipeline. We only want a fair price so that we can buy land somewhere else and start again."
Q direct Yosam Tinkasimire Byensi :: "We are not against the pipeline. We only want a fair price so that we can buy land somewhere else and start again."
> Ms Sarah Atugonza Namara, 47, a widow from Kabaale village in Buseruka Sub-county, Hoima District, said her four acres and a banana plantation were valued at Shs31.6 million.
P full Sarah Atugonza Namara
F age 47
L city Kabaale
L region Buseruka Sub-county
L region Hoima District
F quantity four acres
F money Shs31.6 million
> "The valuer counted my banana stools one by one, but he did not count the years I put into them," she said. "I have eight children. Where do I take them with that money?"
Q direct Sarah Atugonza Namara :: "The valuer counted my banana stools one by one, but he did not count the years I put into them,"
Q direct Sarah Atugonza Namara :: "I have eight children. Where do I take them with that money?"
F number eight
> In a statement on Monday, PAU said the rates had been "approved by the Chief Government Valuer" and that 3,406 of the 3,742 project-affected persons in the two districts had already been paid. "The Authority remains open to dialogue with the remaining households," the statement read.
O government PAU
Q direct Petroleum Authority of Uganda :: "approved by the Chief Government Valuer"
F number 3,406
F number 3,742
F number two
Q direct Petroleum Authority of Uganda :: "The Authority remains open to dialogue with the remaining households,"
O government Authority
> An official at the Ministry of Energy, who asked not to be named, said a review of the rates was "on the table". "Nobody will be moved from their land before they are paid," the official said.
O government Ministry of Energy
Q direct - :: "on the table"
Q direct - :: "Nobody will be moved from their land before they are paid,"
> The 1,443-kilometre pipeline will carry crude from oil fields near Lake Albert to the port of Tanga in Tanzania. About 296 kilometres of it run through Uganda, crossing 10 districts.
F quantity 1,443-kilometre
L geo Lake Albert
L city Tanga
L country Tanzania
F quantity 296 kilometres
L country Uganda
F number 10
> Kikuube District chairperson Amos Rwakaikara Kasangaki said the district council would write to Parliament's Committee on Environment and Natural Resources. "Our people are not asking for a favour. They are asking for what the law says," Mr Rwakaikara said.
L region Kikuube District
P full Amos Rwakaikara Kasangaki
O government Parliament
O government Committee on Environment and Natural Resources
Q direct Amos Rwakaikara Kasangaki :: "Our people are not asking for a favour. They are asking for what the law says,"
P partial Rwakaikara
> The affected persons' committee has given PAU until April 30 to respond, failing which it will go to the High Court in Masindi.
O government PAU
F date April 30
O government High Court
L city Masindi
'''

ARTICLES['1310-us-open-quarter-final-de-la-fuente-oyelaran-pike-arthur-ashe-guardian'] = r'''
> US Open
> De la Fuente saves three match points to knock out Oyelaran-Pike in New York
P partial De la Fuente
F number three
P partial Oyelaran-Pike
L city New York
> Spaniard wins 4-6, 6-3, 7-6 (8) after a final-set tiebreak that ended at 12.41am
F score 4-6
F score 6-3
F score 7-6 (8)
F time 12.41am
> Owen Threlfall-Adjei at Flushing Meadows
P full Owen Threlfall-Adjei
L facility Flushing Meadows
> Wed 5 Sep 2040 06.02 BST
F date 5 Sep 2040
F time 06.02 BST
> Lucía de la Fuente celebrates her win over Madison Oyelaran-Pike on Arthur Ashe Stadium. Photograph: Danielle Ferreira-Kwok/Getty Images
P full Lucía de la Fuente
P full Madison Oyelaran-Pike
L facility Arthur Ashe Stadium
P full Danielle Ferreira-Kwok
O media Getty Images
> Lucía de la Fuente had been two points from defeat three times. When Madison Oyelaran-Pike’s last forehand sailed long at 12.41am, the 26-year-old Spaniard dropped her racket, lay flat on the court and stayed there for a long time.
P full Lucía de la Fuente
F number two
F number three
P full Madison Oyelaran-Pike
F time 12.41am
F age 26-year-old
> The No 11 seed beat the American second seed 4-6, 6-3, 7-6 (8) in two hours and 58 minutes to reach her first grand slam semi-final, where she will play Poland’s Ewa Krzyżanowska on Thursday.
F score 4-6
F score 6-3
F score 7-6 (8)
F duration two hours
F duration 58 minutes
L country Poland
P full Ewa Krzyżanowska
> “I was already thinking about the flight home,” De la Fuente said. “At 5-6, 15-40 my coach was shouting, ‘Breathe, Lucía, it is just tennis.’ I breathed. Then I hit the best backhand of my life.”
Q direct Lucía de la Fuente :: “I was already thinking about the flight home,”
P partial De la Fuente
Q direct Lucía de la Fuente :: “At 5-6, 15-40 my coach was shouting, ‘Breathe, Lucía, it is just tennis.’ I breathed. Then I hit the best backhand of my life.”
F score 5-6
F score 15-40
P partial Lucía
> Oyelaran-Pike, 21, from Bend, Oregon, had won the first set with a single break and led 4-1 in the third. The crowd of 23,400 under the closed roof, which had hoped to see the first home champion since 2034, roared every winner she hit.
P partial Oyelaran-Pike
F age 21
L city Bend
L region Oregon
F score 4-1
F number 23,400
F date 2034
> The roof was closed after 9pm as a thunderstorm moved over Queens. The United States Tennis Association (USTA) said it had been shut “as a precaution” and that the temperature inside stayed at 29C.
F time 9pm
L region Queens
O other United States Tennis Association
O other USTA
Q direct United States Tennis Association :: “as a precaution”
F quantity 29C
> De la Fuente, who grew up in Zarautz on the Basque coast and trains in Barcelona, saved the first match point with an ace and the second with a drop shot that the crowd booed and then applauded. The third went by when Oyelaran-Pike netted a second serve.
P partial De la Fuente
L city Zarautz
L city Barcelona
P partial Oyelaran-Pike
> “I had her,” the American said. “I had three chances and I played them like a junior. That will hurt for a while.
Q direct Madison Oyelaran-Pike :: “I had her,”
Q direct Madison Oyelaran-Pike :: “I had three chances and I played them like a junior. That will hurt for a while.
F number three
> “But I am 21. I will be back on this court, and next time I will close it.”
Q direct Madison Oyelaran-Pike :: “But I am 21. I will be back on this court, and next time I will close it.”
F age 21
> Her coach, Renata Sokolová-Grant, said the second seed had played “too safe” at the end. “She is a big hitter. At 6-5 in the tiebreak she started pushing the ball,” she said.
P full Renata Sokolová-Grant
Q direct Renata Sokolová-Grant :: “too safe”
Q direct Renata Sokolová-Grant :: “She is a big hitter. At 6-5 in the tiebreak she started pushing the ball,”
F score 6-5
> De la Fuente hit 43 winners and saved 9 of 12 break points. Her coach, the former Davis Cup player Íñigo Aranburu, said her fitness had made the difference. “In the third set she was fresher. We worked for that in December in Valencia, six hours a day,” he said.
P partial De la Fuente
F number 43
F number 9
F number 12
P full Íñigo Aranburu
Q direct Íñigo Aranburu :: “In the third set she was fresher. We worked for that in December in Valencia, six hours a day,”
L city Valencia
F duration six hours
> Spanish newspapers have taken to calling De la Fuente “la Muralla”, the Wall, for her defence. She has won 14 of her last 16 matches and is guaranteed at least $1.45m in prize money.
P partial De la Fuente
Q scare - :: “la Muralla”
F number 14
F number 16
F money $1.45m
> Krzyżanowska, the No 6 seed from Kraków, beat Tunisia’s Yasmine Ben Slimane 6-2, 6-1 in 61 minutes earlier on Tuesday.
P partial Krzyżanowska
L city Kraków
L country Tunisia
P full Yasmine Ben Slimane
F score 6-2
F score 6-1
F duration 61 minutes
'''

ARTICLES['1311-silverheels-ski-area-expansion-alma-park-county-forest-service-denver-post'] = r'''
> Colorado News
L region Colorado
> Forest Service approves 1,160-acre expansion of Silverheels ski area near Alma
O government Forest Service
F quantity 1,160-acre
L facility Silverheels
L city Alma
> By Caitlin Brannigan-Ruiz | cbrannigan@denverpost.com | The Denver Post
P full Caitlin Brannigan-Ruiz
O media The Denver Post
> PUBLISHED: April 25, 2040 at 6:00 a.m. MDT | UPDATED: April 25, 2040 at 11:42 a.m. MDT
F date April 25, 2040
F time 6:00 a.m. MDT
F date April 25, 2040
F time 11:42 a.m. MDT
> Skiers ride a chairlift at Silverheels Mountain Resort near Alma on March 30, 2040. (Photo by Marco Villaseñor/The Denver Post)
L facility Silverheels Mountain Resort
L city Alma
F date March 30, 2040
P full Marco Villaseñor
O media The Denver Post
> FAIRPLAY — The U.S. Forest Service on Tuesday approved a plan by Silverheels Mountain Resort to add 1,160 acres of terrain and three chairlifts on the slopes above Alma, the largest ski area expansion in Park County in 50 years.
L city FAIRPLAY
O government U.S. Forest Service
O company Silverheels Mountain Resort
F quantity 1,160 acres
F number three
L city Alma
L region Park County
F duration 50 years
> The draft decision by the Pike-San Isabel National Forests would grow the resort's permit area from 2,310 acres to 3,470 acres and let it build a six-person high-speed lift, two fixed-grip chairs and a 1,250-foot surface lift on the east face of Mount Silverheels.
L geo Pike-San Isabel National Forests
F quantity 2,310 acres
F quantity 3,470 acres
F number six
F number two
F quantity 1,250-foot
L geo Mount Silverheels
> The $74 million project opens a 45-day objection period. If no objection holds, work could begin in June 2041, with the first new runs open for the 2042-43 season, resort president Dale Okonkwo-Hartley said.
F money $74 million
F duration 45-day
F date June 2041
F date 2042-43
P full Dale Okonkwo-Hartley
> "Our skiers have been asking for this for 20 years," Okonkwo-Hartley said. "On a powder Saturday our lift lines look like the Eisenhower Tunnel on a Sunday afternoon."
Q direct Dale Okonkwo-Hartley :: "Our skiers have been asking for this for 20 years,"
F duration 20 years
P partial Okonkwo-Hartley
Q direct Dale Okonkwo-Hartley :: "On a powder Saturday our lift lines look like the Eisenhower Tunnel on a Sunday afternoon."
L facility Eisenhower Tunnel
> The resort, which sits off Colorado 9 about 6 miles north of Fairplay, sold 412,000 skier visits last season, up 18% from 2036, as Front Range skiers looked for shorter lines than those at the Summit County resorts across Hoosier Pass.
L street Colorado 9
F quantity 6 miles
L city Fairplay
F number 412,000
F percent 18%
F date 2036
L region Front Range
L region Summit County
L geo Hoosier Pass
> Not everyone in the valley is celebrating. Park County Commissioner Ruth Ann Castellano said the county had asked the resort to pay for a second lane on the road through Alma, a town of about 310 people, and for 140 units of worker housing.
L region Park County
P full Ruth Ann Castellano
L city Alma
F number 310
F number 140
> "They'll bring 3,000 more cars up the hill on a busy day. The housing piece is the part that worries me," Castellano said. "I told them, 'If your lifties are sleeping in their trucks in Como, you haven't solved anything.'"
Q direct Ruth Ann Castellano :: "They'll bring 3,000 more cars up the hill on a busy day. The housing piece is the part that worries me,"
F number 3,000
P partial Castellano
Q direct Ruth Ann Castellano :: "I told them, 'If your lifties are sleeping in their trucks in Como, you haven't solved anything.'"
L city Como
> Under the decision, the resort must build at least 96 beds by 2044.
F number 96
F date 2044
> Conservation groups say the new terrain cuts into habitat for lynx and for a herd of about 250 elk that winter in the drainage. The Upper South Platte Wildlands Coalition said it would file an objection, calling the plan "a bulldozer with a lift ticket."
F number 250
O nonprofit Upper South Platte Wildlands Coalition
Q direct Upper South Platte Wildlands Coalition :: "a bulldozer with a lift ticket."
> Colorado Parks and Wildlife biologist Hannah Lindqvist-Mora said the agency had asked for the east-face runs to close from Dec. 1 to April 15 in years when elk use the slope. The Forest Service adopted a shorter closure, from Jan. 15 to March 31.
O government Colorado Parks and Wildlife
P full Hannah Lindqvist-Mora
F date Dec. 1
F date April 15
O government Forest Service
F date Jan. 15
F date March 31
> "It's a compromise. It is not what we recommended," she said.
Q direct Hannah Lindqvist-Mora :: "It's a compromise. It is not what we recommended,"
> A Forest Service employee who worked on the review, and who asked not to be named because the objection period is open, said the agency received more than 2,900 public comments, "about two-thirds of them in favor."
O government Forest Service
F number 2,900
Q direct - :: "about two-thirds of them in favor."
F fraction two-thirds
> Locals already have a name for the new six-person lift: "the Parking Lot Express."
F number six
Q scare - :: "the Parking Lot Express."
'''

ARTICLES['1312-upfield-line-level-crossings-brunswick-skyrail-merri-bek-the-age'] = r'''
> Transport
> 'Boom gates down 40 minutes an hour': six Brunswick crossings to go in $2.1 billion rebuild
Q direct Maya Okoro-Lindahl :: 'Boom gates down 40 minutes an hour'
F duration 40 minutes
F number six
L city Brunswick
F money $2.1 billion
> The Upfield line will be raised on a 2.4-kilometre viaduct, with Jewell, Brunswick and Anstey stations rebuilt and the line shut for 37 days.
L facility Upfield
F quantity 2.4-kilometre
L facility Jewell
L facility Brunswick
L facility Anstey
F duration 37 days
> By Declan Ferreira-Whitlock
P full Declan Ferreira-Whitlock
> April 11, 2040 — 5.00am
F date April 11, 2040
F time 5.00am
> Boom gates down at the Hope Street crossing in Brunswick, where cars queue back to Sydney Road in the morning peak. Credit: Ngaio Petrakis
L street Hope Street
L city Brunswick
L street Sydney Road
P full Ngaio Petrakis
> Six level crossings on the Upfield line through Brunswick will be removed by raising the tracks on a 2.4-kilometre elevated rail line, in a $2.1 billion project the state government will announce on Thursday.
F number Six
L facility Upfield
L city Brunswick
F quantity 2.4-kilometre
F money $2.1 billion
> The crossings at Union Street, Albert Street, Dawson Street, Hope Street, Victoria Street and Brunswick Road will go, and Jewell, Brunswick and Anstey stations will be rebuilt under the new viaduct. The line will close for 37 days from January 2043, with buses replacing trains between Flinders Street and Upfield.
L street Union Street
L street Albert Street
L street Dawson Street
L street Hope Street
L street Victoria Street
L street Brunswick Road
L facility Jewell
L facility Brunswick
L facility Anstey
F duration 37 days
F date January 2043
L facility Flinders Street
L facility Upfield
> At the Hope Street crossing, the gates are down for up to 40 minutes in the busiest hour of the morning, according to figures from the Department of Transport and Planning. About 14,500 vehicles cross the line there every weekday.
L street Hope Street
F duration 40 minutes
O government Department of Transport and Planning
F number 14,500
> Transport Infrastructure Minister Lachlan Adebayo-Reid said the project would free up “the most congested stretch of rail in the inner north”.
P full Lachlan Adebayo-Reid
Q direct Lachlan Adebayo-Reid :: “the most congested stretch of rail in the inner north”
> “For 150 years people in Brunswick have planned their mornings around the boom gates,” he said. “By 2044 they won’t have to.”
Q direct Lachlan Adebayo-Reid :: “For 150 years people in Brunswick have planned their mornings around the boom gates,”
F duration 150 years
L city Brunswick
Q direct Lachlan Adebayo-Reid :: “By 2044 they won’t have to.”
F date 2044
> The Upfield line, first opened in the 1880s, carries about 110 trains a day on a single track north of Gowrie. The rebuild will not duplicate that section, a decision the Public Transport Users Association (PTUA) called “a missed chance to fix the whole line”.
L facility Upfield
F date 1880s
F number 110
L city Gowrie
O nonprofit Public Transport Users Association
O nonprofit PTUA
Q direct Public Transport Users Association :: “a missed chance to fix the whole line”
> Greens MP for Brunswick Maya Okoro-Lindahl, whose office on Sydney Road looks over the Albert Street gates, said residents had waited long enough but wanted a say on what goes under the viaduct.
L region Brunswick
P full Maya Okoro-Lindahl
L street Sydney Road
L street Albert Street
> “People here were promised this in 2030. They have been told ‘soon’ so often that they stopped listening,” she said. “Boom gates down 40 minutes an hour is not a transport network, it is a car park.
Q direct Maya Okoro-Lindahl :: “People here were promised this in 2030. They have been told ‘soon’ so often that they stopped listening,”
F date 2030
Q direct Maya Okoro-Lindahl :: “Boom gates down 40 minutes an hour is not a transport network, it is a car park.
F duration 40 minutes
> “What we do not want is a concrete wall. We want parks, bike paths and space for the Sydney Road traders under it.”
Q direct Maya Okoro-Lindahl :: “What we do not want is a concrete wall. We want parks, bike paths and space for the Sydney Road traders under it.”
L street Sydney Road
> Merri-bek City Council, which opposed so-called “skyrail” plans in 2029, now backs the design. Mayor Tevita Havili-Strand said the council had secured a promise of 3.2 hectares of open space under the tracks.
O government Merri-bek City Council
Q scare - :: “skyrail”
F date 2029
P full Tevita Havili-Strand
F quantity 3.2 hectares
> Not all traders are convinced. Giorgos Papadakis, 68, who has run a bakery near Jewell station since 1997, said the 37-day shutdown would hit his takings by a third.
P full Giorgos Papadakis
F age 68
L facility Jewell
F date 1997
F duration 37-day
F fraction a third
> “Half my customers come off the train. For five weeks they’ll be on a bus to somewhere else,” Papadakis said.
Q direct Giorgos Papadakis :: “Half my customers come off the train. For five weeks they’ll be on a bus to somewhere else,”
F fraction Half
F duration five weeks
P partial Papadakis
> A government source said the budget included $340 million for the three stations and that Metro Trains Melbourne would run 24 extra buses an hour in peak times during the closure.
F money $340 million
F number three
O company Metro Trains Melbourne
F number 24
> Opposition transport spokeswoman Priya Vanderstoep said the cost had “blown out by half a billion dollars” since the project was first costed at $1.6 billion.
P full Priya Vanderstoep
Q direct Priya Vanderstoep :: “blown out by half a billion dollars”
F money half a billion dollars
F money $1.6 billion
'''

ARTICLES['1313-eu-heat-pump-tariffs-china-member-states-vote-commission-politico-europe'] = r'''
> Trade
> EU slaps tariffs of up to 41.3 percent on Chinese heat pumps
O intergovernmental EU
F percent 41.3 percent
> Germany abstains as 17 countries back the duties; Beijing promises a ‘firm response.’
L country Germany
F number 17
L city Beijing
Q direct Ministry of Commerce :: ‘firm response.’
> By Annelies Van Rompaey-Duarte and Kacper Wołodźko
P full Annelies Van Rompaey-Duarte
P full Kacper Wołodźko
> November 14, 2039 6:02 pm CET
F date November 14, 2039
F time 6:02 pm CET
> Trade Commissioner Henrike De Ruyter said the duties were “targeted and temporary.” | Laurent Mbeki-Vasseur/AFP via Getty Images
P full Henrike De Ruyter
Q direct Henrike De Ruyter :: “targeted and temporary.”
P full Laurent Mbeki-Vasseur
O media AFP
O media Getty Images
> BRUSSELS — The European Union will impose tariffs of between 9.8 percent and 41.3 percent on heat pumps made in China for the next five years, after 17 member states backed the European Commission’s proposal in a vote on Monday.
L city BRUSSELS
O intergovernmental European Union
F percent 9.8 percent
F percent 41.3 percent
L country China
F duration five years
F number 17
O intergovernmental European Commission
> The anti-subsidy duties, provisional since June, will apply to imports worth €4.6 billion in 2038, when Chinese makers held 31 percent of the EU market, up from 9 percent in 2034, according to Commission figures.
F money €4.6 billion
F date 2038
F percent 31 percent
O intergovernmental EU
F percent 9 percent
F date 2034
O intergovernmental Commission
> Germany abstained. Hungary, Slovakia and Greece voted against, and the Netherlands, which had wavered until the weekend, voted in favor after the Commission agreed to review the rates in 18 months.
L country Germany
L country Hungary
L country Slovakia
L country Greece
L country Netherlands
O intergovernmental Commission
F duration 18 months
> “These duties are targeted and temporary. They are not about keeping anyone out. They are about making sure a factory in Gdańsk or Lyon is not competing with a state budget,” Trade Commissioner Henrike De Ruyter told reporters.
Q direct Henrike De Ruyter :: “These duties are targeted and temporary. They are not about keeping anyone out. They are about making sure a factory in Gdańsk or Lyon is not competing with a state budget,”
L city Gdańsk
L city Lyon
P full Henrike De Ruyter
> De Ruyter said the investigation had found subsidies worth “at least €2.3 billion” to 14 Chinese producers, including cheap loans and free land in Ningbo and Hefei.
P partial De Ruyter
Q direct Henrike De Ruyter :: “at least €2.3 billion”
F money €2.3 billion
F number 14
L city Ningbo
L city Hefei
> Berlin had argued until the end that higher prices would slow the EU’s push to replace 60 million gas boilers by 2045. A German official said the country “cannot ask people to go green and then make green more expensive.”
L city Berlin
O intergovernmental EU
F number 60 million
F date 2045
Q direct - :: “cannot ask people to go green and then make green more expensive.”
> Climate Commissioner Jakub Nováček, who had pushed for lower rates in internal talks, according to two EU diplomats, said installers would have “six to 12 months” to adjust. “Nobody will stop installing heat pumps because of this,” he said.
P full Jakub Nováček
F number two
O intergovernmental EU
Q direct Jakub Nováček :: “six to 12 months”
F duration six
F duration 12 months
Q direct Jakub Nováček :: “Nobody will stop installing heat pumps because of this,”
> The European Heat Pump Association (EHPA), whose members include both European and Chinese-owned firms, was split. Its secretary-general, Margit Saarinen-Holm, said the group “respects the decision” but feared a price rise of 8 to 15 percent for households.
O nonprofit European Heat Pump Association
O nonprofit EHPA
P full Margit Saarinen-Holm
Q direct Margit Saarinen-Holm :: “respects the decision”
F percent 8
F percent 15 percent
> “We told the Commission, ‘If you do this, do it with a plan for installers.’ We got half a plan,” she said.
Q direct Margit Saarinen-Holm :: “We told the Commission, ‘If you do this, do it with a plan for installers.’ We got half a plan,”
O intergovernmental Commission
F fraction half
> Polish manufacturer Termobałt, which employs 2,300 people at its plant outside Gdańsk, welcomed the vote. Its chief executive, Zuzanna Ostrowska-Bähr, called it “the first good news for our sector since 2035.”
O company Termobałt
F number 2,300
L city Gdańsk
P full Zuzanna Ostrowska-Bähr
Q direct Zuzanna Ostrowska-Bähr :: “the first good news for our sector since 2035.”
F date 2035
> China’s Ministry of Commerce said in a statement that it “firmly opposes” the duties and would take “a firm response” to protect its companies. Beijing has opened an anti-dumping case on European pork in each of the last two such disputes.
L country China
O government Ministry of Commerce
Q direct Ministry of Commerce :: “firmly opposes”
Q direct Ministry of Commerce :: “a firm response”
L city Beijing
F number two
> One EU diplomat called the timing, two weeks before a summit with Chinese leaders in Beijing, “brave or careless, depending on the week.”
O intergovernmental EU
F duration two weeks
L city Beijing
Q direct - :: “brave or careless, depending on the week.”
> The duties take effect on November 21.
F date November 21
'''

ARTICLES['1314-eastern-shore-shrimp-fishery-closure-canso-guysborough-first-nations-chronicle-herald'] = r'''
> Nova Scotia
L region Nova Scotia
> DFO Closes Eastern Scotian Shelf Shrimp Fishery, Canso Plant Braces for Layoffs
O government DFO
L geo Eastern Scotian Shelf
L city Canso
> Harvesters lose a catch worth $16.8 million as quota for 2039 drops to zero
F money $16.8 million
F date 2039
F number zero
> Author of the article: Roisín MacIsaac-Doucette
P full Roisín MacIsaac-Doucette
> Published May 17, 2039 • Last updated May 18, 2039 • 4 minute read
F date May 17, 2039
F date May 18, 2039
F duration 4 minute
> Shrimp trawlers tied up at the wharf in Canso on Monday. Photo by Aaron Fougere-Lapointe /The Chronicle Herald
L city Canso
P full Aaron Fougere-Lapointe
O media The Chronicle Herald
> CANSO, N.S. — Fisheries and Oceans Canada has closed the shrimp fishery on the eastern Scotian Shelf for the 2039 season, cutting the total allowable catch from 2,850 tonnes last year to zero after its survey found the stock in the "critical zone" for a second year.
L city CANSO
L region N.S.
O government Fisheries and Oceans Canada
L geo Scotian Shelf
F date 2039
F quantity 2,850 tonnes
F number zero
Q scare - :: "critical zone"
> The decision, announced late Monday, ties up 19 trawlers that fish out of Canso, Hazel Hill, Port Felix and Petit-de-Grat in Guysborough and Richmond counties, and threatens about 120 jobs at the Dover Bay Seafoods plant in Canso.
F number 19
L city Canso
L city Hazel Hill
L city Port Felix
L city Petit-de-Grat
L region Guysborough
L region Richmond
F number 120
O company Dover Bay Seafoods
L city Canso
> Last year's catch was worth $16.8 million at the wharf, according to DFO.
F money $16.8 million
O government DFO
> "Nobody on this wharf has seen a year with no shrimp," said Colin Avery, 58, known on the wharf as "Buddy," who has fished out of Hazel Hill for 34 years. "My father started in 1978. I've got a $2.4-million boat and a mortgage on it, and as of today it's worth nothing."
Q direct Colin Avery :: "Nobody on this wharf has seen a year with no shrimp,"
P full Colin Avery
F age 58
Q scare - :: "Buddy,"
L city Hazel Hill
F duration 34 years
Q direct Colin Avery :: "My father started in 1978. I've got a $2.4-million boat and a mortgage on it, and as of today it's worth nothing."
F date 1978
F money $2.4-million
> In an emailed statement, DFO said the shrimp biomass had fallen 64 per cent since 2033 as bottom water on the shelf warmed by 1.7 C. "Continued fishing would put the recovery of the stock at serious risk," the department said.
O government DFO
F percent 64 per cent
F date 2033
F quantity 1.7 C
Q direct Fisheries and Oceans Canada :: "Continued fishing would put the recovery of the stock at serious risk,"
> Dr. Nadia Theriault-Osei, a research scientist at the Bedford Institute of Oceanography in Dartmouth who studies the stock, said the closure was "the right call, and probably a late one."
P full Nadia Theriault-Osei
O government Bedford Institute of Oceanography
L city Dartmouth
Q direct Nadia Theriault-Osei :: "the right call, and probably a late one."
> "The shrimp are moving north and deeper, into colder water. Some of them are simply not coming back," she said.
Q direct Nadia Theriault-Osei :: "The shrimp are moving north and deeper, into colder water. Some of them are simply not coming back,"
> Two First Nations hold shrimp licences in the fishery. Paq'tnkek Mi'kmaw Nation, in Antigonish County, owns two of the 19 trawlers, and Potlotek First Nation in Richmond County holds a share of one.
F number Two
O government Paq'tnkek Mi'kmaw Nation
L region Antigonish County
F number two
F number 19
O government Potlotek First Nation
L region Richmond County
F number one
> Chief Marlene Francis-Googoo of Paq'tnkek said the band had borrowed $3.1 million in 2036 to buy its second boat and was never told the stock was in trouble.
P full Marlene Francis-Googoo
O government Paq'tnkek
F money $3.1 million
F date 2036
> "We were told to get into the commercial fishery, and we did. Eleven of our people crew those boats," she said. "Now Ottawa closes the door with one day's notice.
Q direct Marlene Francis-Googoo :: "We were told to get into the commercial fishery, and we did. Eleven of our people crew those boats,"
F number Eleven
Q direct Marlene Francis-Googoo :: "Now Ottawa closes the door with one day's notice.
L city Ottawa
F duration one day
> "If there is money for the fleet, our crews have to be at the front of the line, not the back."
Q direct Marlene Francis-Googoo :: "If there is money for the fleet, our crews have to be at the front of the line, not the back."
> At Dover Bay Seafoods, plant manager Shauna Pettipas-Kehoe said the company would try to keep about 40 workers on by processing snow crab and lobster until the end of June.
O company Dover Bay Seafoods
P full Shauna Pettipas-Kehoe
F number 40
> "Shrimp was half our volume, about 3,100 tonnes a year through this plant," Pettipas-Kehoe said. "Canso has been through the cod moratorium. People here know what a closure means."
Q direct Shauna Pettipas-Kehoe :: "Shrimp was half our volume, about 3,100 tonnes a year through this plant,"
F fraction half
F quantity 3,100 tonnes
P partial Pettipas-Kehoe
Q direct Shauna Pettipas-Kehoe :: "Canso has been through the cod moratorium. People here know what a closure means."
L city Canso
> The province's Department of Fisheries and Aquaculture said it would meet harvesters in Guysborough on Thursday at 7 p.m. DFO will review the stock again in the spring of 2040.
O government Department of Fisheries and Aquaculture
L city Guysborough
F time 7 p.m.
O government DFO
F date 2040
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
