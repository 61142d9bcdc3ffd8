#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval159 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval159/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['997-mori-hokkaido-brown-bear-alert-hunters-japan-times'] = r'''
> NATIONAL
> Brown bear alert issued for Hokkaido town after 43 sightings in two weeks
L region Hokkaido
F number 43
F duration two weeks
> Hunters in Mori say they must wait for permission to shoot as bears roam near schools
L city Mori
> By Aya Tokunaga / Staff writer
P full Aya Tokunaga
> Oct 12, 2039
F date Oct 12, 2039
> A sign warning of brown bears stands at the entrance to a forest trail in Mori, Hokkaido, on Oct. 11. | KYODO
L city Mori
L region Hokkaido
F date Oct. 11
O media KYODO
> MORI, Hokkaido – The town of Mori in southern Hokkaido issued its first brown bear alert on Tuesday after bears were spotted 43 times in and around the town over two weeks, including twice within 200 meters of Mori Elementary School, officials said.
L city MORI
L region Hokkaido
L city Mori
L region Hokkaido
F number 43
F duration two weeks
F quantity 200 meters
O education Mori Elementary School
> The alert, which covers the whole town of about 14,000 people, runs until Oct. 31. Residents are asked not to walk alone before 7 a.m. or after 5 p.m., and to call police on 110 if they see a bear.
F number 14,000
F date Oct. 31
F time 7 a.m.
F time 5 p.m.
> “We have never seen this many bears this close to houses,” said Shinobu Kawabata, 54, who heads the town’s disaster prevention section. “In a normal year we get one or two reports a season. Now they are walking down the main street at dawn.”
Q direct Shinobu Kawabata :: “We have never seen this many bears this close to houses,”
P full Shinobu Kawabata
F age 54
Q direct Shinobu Kawabata :: “In a normal year we get one or two reports a season. Now they are walking down the main street at dawn.”
F number one
F number two
> Kawabata said the town had spent ¥18 million since April on electric fences, cameras and pay for the 11 hunters it hires, and would ask the Hokkaido Prefectural Government for a further ¥25 million.
P partial Kawabata
F money ¥18 million
F number 11
O government Hokkaido Prefectural Government
F money ¥25 million
> The latest sighting came at around 6:15 a.m. Monday, when a bear about 1.6 meters long crossed the road in front of Mori Station, according to the Hokkaido Prefectural Police. Officers from the Mori Police Station have escorted children to school since Friday.
F time 6:15 a.m.
F quantity 1.6 meters
L facility Mori Station
O government Hokkaido Prefectural Police
O government Mori Police Station
> Under the so-called “emergency shooting” system introduced in 2025, a hunter may fire a rifle in a residential area only after the mayor has given permission.
Q scare - :: “emergency shooting”
F date 2025
> “I have hunted in these hills for 41 years and I never had to wait for a phone call before I could shoot,” said Tatsuo Ebina, 72, who leads the Mori branch of the Hokkaido Hunters Association. “Last week a bear walked right past the ‘Watch for children’ sign by the school while we stood there waiting for the mayor’s office to call back.
Q direct Tatsuo Ebina :: “I have hunted in these hills for 41 years and I never had to wait for a phone call before I could shoot,”
F duration 41 years
P full Tatsuo Ebina
F age 72
L city Mori
O nonprofit Hokkaido Hunters Association
Q direct Tatsuo Ebina :: “Last week a bear walked right past the ‘Watch for children’ sign by the school while we stood there waiting for the mayor’s office to call back.
> “By the time it rang, the bear had gone into the bamboo.”
Q direct Tatsuo Ebina :: “By the time it rang, the bear had gone into the bamboo.”
> Ebina said his group had killed nine bears around Mori since April, against three in the whole of 2038, and that the average age of its 23 members was 67.
P partial Ebina
F number nine
L city Mori
F number three
F date 2038
F number 23
F age 67
> Researchers link the surge to a poor crop of beechnuts and acorns across southern Hokkaido this autumn. Mayumi Nishikiori, a wildlife ecologist at Hokkaido University in Sapporo, said bears were “desperate for calories” before they den up in late November.
L region Hokkaido
P full Mayumi Nishikiori
O education Hokkaido University
L city Sapporo
Q direct Mayumi Nishikiori :: “desperate for calories”
> In a statement on Wednesday, the Environment Ministry said it would send two bear specialists to Mori next week and called the situation “serious but manageable.”
O government Environment Ministry
F number two
L city Mori
Q direct Environment Ministry :: “serious but manageable.”
> A prefectural police official, speaking on condition of anonymity, said officers in the Oshima region had been called out 126 times for bears since July 1, up 40 percent from a year earlier. “We are stretched thin, and winter has not even started,” the official said.
L region Oshima
F number 126
F date July 1
F percent 40 percent
Q direct - :: “We are stretched thin, and winter has not even started,”
> Near the port, fishmonger Keiko Arakida, 61, now locks her back door before sunrise. “My grandmother used to say, ‘If you see a bear, don’t run,’” she said. “I still don’t know what you are supposed to do instead.”
P full Keiko Arakida
F age 61
Q direct Keiko Arakida :: “My grandmother used to say, ‘If you see a bear, don’t run,’”
Q direct Keiko Arakida :: “I still don’t know what you are supposed to do instead.”
'''

ARTICLES['998-codelco-radomiro-tomic-copper-strike-calama-chile-afp'] = r'''
> Business
> Chile copper miners strike at Codelco's Radomiro Tomic
L country Chile
O company Codelco
L facility Radomiro Tomic
> Some 1,400 workers walk off the job over a bonus as the state giant's output slides for a fifth year
F number 1,400
> By Camila ORELLANA
P full Camila ORELLANA
> Issued on: 06/03/2040 - 19:42
F date 06/03/2040
F time 19:42
> Striking miners block the road to the Radomiro Tomic mine near Calama, in northern Chile, on March 6, 2040. (Photo by Ignacio FARIAS / AFP)
L facility Radomiro Tomic
L city Calama
L country Chile
F date March 6, 2040
P full Ignacio FARIAS
O media AFP
> Santiago (AFP) - Some 1,400 workers at the Radomiro Tomic copper mine in Chile's Atacama desert went on strike Tuesday after wage talks with state-owned Codelco, the world's biggest copper producer, broke down, their union said.
L city Santiago
O media AFP
F number 1,400
L facility Radomiro Tomic
L country Chile
L geo Atacama
O company Codelco
> The walkout began at 8:00 am local time (1100 GMT), when the morning shift refused to board buses in Calama, some 1,550 kilometers (960 miles) north of Santiago, the Sindicato Minero Radomiro Tomic said in a statement.
F time 8:00 am
F time 1100 GMT
L city Calama
F quantity 1,550 kilometers
F quantity 960 miles
L city Santiago
O nonprofit Sindicato Minero Radomiro Tomic
> The union is asking for a so-called "end-of-conflict bonus" of 28 million pesos ($30,500) per worker to sign a new 36-month contract, along with a 4.5 percent real wage rise. Codelco has offered 17 million pesos and 1.8 percent.
Q scare - :: "end-of-conflict bonus"
F money 28 million pesos
F money $30,500
F duration 36-month
F percent 4.5 percent
O company Codelco
F money 17 million pesos
F percent 1.8 percent
> "The company told us 'there is no money,' but it found money for consultants and for the executives' bonuses," union president Hector Araya Contreras told AFP by telephone from the picket line. "We are not leaving until they come back to the table with a serious offer."
Q direct Hector Araya Contreras :: "The company told us 'there is no money,' but it found money for consultants and for the executives' bonuses,"
P full Hector Araya Contreras
O media AFP
Q direct Hector Araya Contreras :: "We are not leaving until they come back to the table with a serious offer."
> Araya said real wages at the mine had fallen by some 6 percent since the last contract was signed in 2037, and that the workforce had shrunk by a fifth over the same period.
P partial Araya
F percent 6 percent
F date 2037
F fraction a fifth
> In a statement, Codelco said the union's demands were "incompatible with the financial reality" of the company, which carries debts of more than $22 billion, and that the mine would keep operating with supervisors and contractors. The company said its offer was "the best in the industry this year."
O company Codelco
Q direct Codelco :: "incompatible with the financial reality"
F money $22 billion
Q direct Codelco :: "the best in the industry this year."
> Radomiro Tomic, named after a Christian Democrat politician who ran for president in 1970, produced 248,000 tonnes of copper in 2039, about 13 percent of Codelco's output. Each day of stoppage costs roughly 680 tonnes of fine copper, or around $7.8 million at current prices, according to the Santiago-based consultancy Andes Metal Research.
L facility Radomiro Tomic
F date 1970
F quantity 248,000 tonnes
F date 2039
F percent 13 percent
O company Codelco
F quantity 680 tonnes
F money $7.8 million
L city Santiago
O company Andes Metal Research
> Copper for delivery in three months rose 1.2 percent to $11,480 a tonne on the London Metal Exchange (LME) on Tuesday, as traders weighed the risk of a long stoppage. Chile produced 5.4 million tonnes of copper last year, around a quarter of world supply.
F duration three months
F percent 1.2 percent
F money $11,480
O company London Metal Exchange
O company LME
L country Chile
F quantity 5.4 million tonnes
F fraction a quarter
> Mining Minister Valentina Echenique de la Barra urged both sides to return to the table. "Nobody wins with a long strike, not the workers, not Codelco and not Chile," she told reporters in Santiago.
P full Valentina Echenique de la Barra
Q direct Valentina Echenique de la Barra :: "Nobody wins with a long strike, not the workers, not Codelco and not Chile,"
O company Codelco
L country Chile
L city Santiago
> The Federation of Copper Workers (FTC), which groups unions at all of Codelco's divisions, said it would decide by Friday whether to call 24-hour solidarity stoppages at the Chuquicamata and El Teniente mines.
O nonprofit Federation of Copper Workers
O nonprofit FTC
O company Codelco
F duration 24-hour
L facility Chuquicamata
L facility El Teniente
> A Codelco manager, who asked not to be named, said the company could hold out for "two or three weeks" by processing stockpiled ore. The last major strike at the mine, in 2034, lasted 19 days.
O company Codelco
Q direct - :: "two or three weeks"
F duration two
F duration three weeks
F date 2034
F duration 19 days
> At the picket line outside Calama, mechanic Rosa Quispe Mamani, 46, said she had worked at the mine for 17 years. "The copper price is at a record and we are asking for our share. That's all," she said.
L city Calama
P full Rosa Quispe Mamani
F age 46
F duration 17 years
Q direct Rosa Quispe Mamani :: "The copper price is at a record and we are asking for our share. That's all,"
> cor/ior/bgs
'''

ARTICLES['999-reds-brewers-okafor-two-homers-great-american-ball-park-ap'] = r'''
> MLB
O other MLB
> Okafor homers twice as Reds rally past Brewers 7-5
P partial Okafor
O team Reds
O team Brewers
F score 7-5
> Cincinnati wins for the sixth time in seven games and pulls within 2 1/2 of NL Central leader Milwaukee
O team Cincinnati
F number seven
F number 2 1/2
O other NL Central
O team Milwaukee
> BY DEVIN MARCHETTI
P full DEVIN MARCHETTI
> Updated 10:52 PM EDT, July 17, 2040
F time 10:52 PM EDT
F date July 17, 2040
> Cincinnati Reds' Tobi Okafor, right, celebrates with Luis Ángel De León after hitting a two-run home run during the sixth inning of a baseball game against the Milwaukee Brewers, Tuesday, July 17, 2040, in Cincinnati. (AP Photo/Kara Lindqvist)
O team Cincinnati Reds
P full Tobi Okafor
P full Luis Ángel De León
F number two
O team Milwaukee Brewers
F date July 17, 2040
L city Cincinnati
O media AP
P full Kara Lindqvist
> CINCINNATI (AP) — Tobi Okafor hit two home runs, including a go-ahead, two-run shot in the sixth inning, and the Cincinnati Reds rallied from a four-run deficit to beat the Milwaukee Brewers 7-5 on Tuesday night.
L city CINCINNATI
O media AP
P full Tobi Okafor
F number two
F number two
O team Cincinnati Reds
F number four
O team Milwaukee Brewers
F score 7-5
> Okafor, who went 3 for 4 with three RBIs, sent a 2-1 sinker from reliever Jace Whitcomb (4-3) 431 feet into the seats in right-center field to put Cincinnati ahead 5-4. His first homer, a solo shot off starter Mateo Villalobos Ruiz in the fourth, was his 24th of the season.
P partial Okafor
F number 3
F number 4
F number three
F number 2-1
P full Jace Whitcomb
F score 4-3
F quantity 431 feet
O team Cincinnati
F score 5-4
P full Mateo Villalobos Ruiz
> "I was just trying to get something in the air," Okafor said. "He'd been beating me inside all series, so I sat on it and he left one over the plate."
Q direct Tobi Okafor :: "I was just trying to get something in the air,"
P partial Okafor
Q direct Tobi Okafor :: "He'd been beating me inside all series, so I sat on it and he left one over the plate."
> Milwaukee had built a 4-0 lead by the third, scoring on a sacrifice fly in the first before Caleb Ostrowski hit a three-run homer off Reds starter Nolan Pike. Villalobos Ruiz held Cincinnati to one hit through three innings.
O team Milwaukee
F score 4-0
P full Caleb Ostrowski
F number three
O team Reds
P full Nolan Pike
P partial Villalobos Ruiz
O team Cincinnati
F number one
F number three
> Pike, who entered with a 3.12 ERA, allowed four runs and seven hits in 5 2/3 innings. Villalobos Ruiz gave up three runs in 5 1/3 innings, and his ERA rose to 3.88.
P partial Pike
F number 3.12
F number four
F number seven
F number 5 2/3
P partial Villalobos Ruiz
F number three
F number 5 1/3
F number 3.88
> De León added a two-run homer in the eighth, his 11th, and Emilio Santángel (7-2) pitched 2 1/3 scoreless innings. Ryder Faulk-Hayes gave up a run in the ninth before finishing off his 27th save in 30 chances.
P partial De León
F number two
P full Emilio Santángel
F score 7-2
F number 2 1/3
P full Ryder Faulk-Hayes
F number 30
> The Reds, who have won six of seven, improved to 51-45. A crowd of 38,904 at Great American Ball Park saw Cincinnati win a fourth straight series.
O team Reds
F number six
F number seven
F score 51-45
F number 38,904
L facility Great American Ball Park
O team Cincinnati
> "We were flat for three innings, and then Tobi picked us up like he's done all year," Reds manager Gil Herrera-Boyd said. "That's what the middle of a lineup is supposed to look like."
Q direct Gil Herrera-Boyd :: "We were flat for three innings, and then Tobi picked us up like he's done all year,"
F number three
P partial Tobi
O team Reds
P full Gil Herrera-Boyd
Q direct Gil Herrera-Boyd :: "That's what the middle of a lineup is supposed to look like."
> Brewers manager Dwayne Kettleborough said Whitcomb, who had not allowed a run in his previous 14 appearances, "just missed his spot."
O team Brewers
P full Dwayne Kettleborough
P partial Whitcomb
F number 14
Q direct Dwayne Kettleborough :: "just missed his spot."
> The game took 2 hours, 51 minutes. The first-pitch temperature was 91 degrees.
F duration 2 hours
F duration 51 minutes
F quantity 91 degrees
> TRAINER'S ROOM
> Brewers: SS Andrés Quiñónez (left hamstring tightness) was placed on the 10-day injured list before the game.
O team Brewers
P full Andrés Quiñónez
F duration 10-day
> Reds: C Jordan Meeks left in the seventh after taking a foul tip off the mask but passed concussion tests.
O team Reds
P full Jordan Meeks
> UP NEXT
> Brewers RHP Hayden Stroud (10-5, 2.94 ERA) faces Reds LHP Kai Nakamura-Bell (6-6, 4.11) at 12:40 p.m. Wednesday in the series finale.
O team Brewers
P full Hayden Stroud
F score 10-5
F number 2.94
O team Reds
P full Kai Nakamura-Bell
F score 6-6
F number 4.11
F time 12:40 p.m.
> AP MLB: https://apnews.com/hub/mlb
O media AP
O other MLB
'''

ARTICLES['1000-mtr-fare-rise-legco-dab-tung-chung-scmp'] = r'''
> Hong Kong / Transport
L city Hong Kong
> MTR fares to rise 3.26 per cent from June as lawmakers slam ‘mechanical’ formula
O company MTR
F percent 3.26 per cent
Q direct Vincent Tsui Ho-lam :: ‘mechanical’
> Increase under fare adjustment mechanism adds HK$0.40 to average trip as rail giant reports HK$16.2 billion profit
F money HK$0.40
F money HK$16.2 billion
> Joanne Mak Sze-wing
P full Joanne Mak Sze-wing
> Published: 7:15pm, 21 Mar 2040
F time 7:15pm
F date 21 Mar 2040
> Passengers at Admiralty station during the morning rush hour. Photo: Lau Tsz-kin
L facility Admiralty
P full Lau Tsz-kin
> Hong Kong’s MTR Corporation will raise fares by 3.26 per cent from June 28, adding an average of HK$0.40 to each journey in line with the fare adjustment mechanism (FAM), the rail operator said on Wednesday.
L city Hong Kong
O company MTR Corporation
F percent 3.26 per cent
F date June 28
F money HK$0.40
> The increase, announced as the company reported a net profit of HK$16.2 billion for 2039, up 8.5 per cent from a year earlier, means the 5.9 million passengers who ride the network each day will pay between HK$0.10 and HK$1.50 more per trip.
F money HK$16.2 billion
F date 2039
F percent 8.5 per cent
F number 5.9 million
F money HK$0.10
F money HK$1.50
> It is the largest rise since 2032 and will take the adult fare from Tung Chung to Central, one of the longest on the network, to HK$29.80 from HK$28.90.
F date 2032
L city Tung Chung
L city Central
F money HK$29.80
F money HK$28.90
> Under the formula, fares follow changes in the composite consumer price index and in nominal wages, minus a “productivity factor” of 0.6 percentage points.
Q scare - :: “productivity factor”
F percent 0.6 percentage points
> Lawmakers across the political spectrum said the formula was outdated. Vincent Tsui Ho-lam, transport spokesman for the Democratic Alliance for the Betterment and Progress of Hong Kong (DAB), called it “mechanical” and said the corporation should freeze fares given its profits.
P full Vincent Tsui Ho-lam
O party Democratic Alliance for the Betterment and Progress of Hong Kong
O party DAB
Q direct Vincent Tsui Ho-lam :: “mechanical”
> “The MTR made more than HK$16 billion last year and it still comes to the grass roots for another 40 cents,” Tsui said. “Ask any cleaner in Tin Shui Wai who travels to Kwun Tong every day. For her, this is HK$600 a year.”
Q direct Vincent Tsui Ho-lam :: “The MTR made more than HK$16 billion last year and it still comes to the grass roots for another 40 cents,”
O company MTR
F money HK$16 billion
F money 40 cents
P partial Tsui
Q direct Vincent Tsui Ho-lam :: “Ask any cleaner in Tin Shui Wai who travels to Kwun Tong every day. For her, this is HK$600 a year.”
L city Tin Shui Wai
L city Kwun Tong
F money HK$600
> Legislator Winnie Kwok Suet-ying of the Federation of Trade Unions said she would raise the matter at the Legislative Council’s transport panel next week. She said the company’s 3 per cent “same-day second trip” discount was “a sweetener, not a solution”.
P full Winnie Kwok Suet-ying
O nonprofit Federation of Trade Unions
O government Legislative Council
F percent 3 per cent
Q scare - :: “same-day second trip”
Q direct Winnie Kwok Suet-ying :: “a sweetener, not a solution”
> In a statement, the MTR Corporation said the adjustment was “strictly in accordance with” the mechanism agreed with the government in 2007, and that it would keep offering concessions worth about HK$900 million a year.
O company MTR Corporation
Q direct MTR Corporation :: “strictly in accordance with”
F date 2007
F money HK$900 million
> A Transport and Logistics Bureau spokesman said the government, which owns about 75 per cent of the company, respected the mechanism. “The formula is transparent and it is reviewed every five years,” he said.
O government Transport and Logistics Bureau
F percent 75 per cent
Q direct - :: “The formula is transparent and it is reviewed every five years,”
F duration five years
> Passengers at Tseung Kwan O station on Wednesday evening were unimpressed. A 68-year-old retiree surnamed Lam, who travels to Sha Tin twice a week to see her grandchildren, said her own HK$2 elderly fare was unaffected, “but my daughter pays the full fare, and she is the one who gives me money”.
L facility Tseung Kwan O
F age 68-year-old
P partial Lam
L city Sha Tin
F money HK$2
Q direct Lam :: “but my daughter pays the full fare, and she is the one who gives me money”
> University student Chan Wing-sze, 19, travels daily from Yuen Long to the University of Hong Kong. “I already spend HK$1,100 a month on transport. Everything goes up except my part-time wage,” she said.
P full Chan Wing-sze
F age 19
L city Yuen Long
O education University of Hong Kong
Q direct Chan Wing-sze :: “I already spend HK$1,100 a month on transport. Everything goes up except my part-time wage,”
F money HK$1,100
> The new fares take effect with the first trains at about 6am on June 28.
F time 6am
F date June 28
'''

ARTICLES['1001-la-verendrye-byelection-ndp-lecuyer-manitoba-canadian-press'] = r'''
> Politics
> NDP takes La Vérendrye from Tories in Manitoba byelection
O party NDP
L region La Vérendrye
O party Tories
L region Manitoba
> Lécuyer wins by 906 votes in a rural seat the Progressive Conservatives had held since 2016
P partial Lécuyer
F number 906
O party Progressive Conservatives
F date 2016
> By Colin Dueck
P full Colin Dueck
> The Canadian Press
O media Canadian Press
> Posted Sept. 25, 2040 11:38 pm CDT
F date Sept. 25, 2040
F time 11:38 pm CDT
> Marc-André Lécuyer speaks to supporters in Ste. Anne, Man., on Tuesday, Sept. 25, 2040. THE CANADIAN PRESS/Renée Gosselin-Hart
P full Marc-André Lécuyer
L city Ste. Anne
L region Man.
F date Sept. 25, 2040
O media THE CANADIAN PRESS
P full Renée Gosselin-Hart
> WINNIPEG — Manitoba's New Democrats took the rural riding of La Vérendrye from the Progressive Conservatives in a byelection Tuesday, winning a southeastern seat the Tories had held since 2016.
L city WINNIPEG
L region Manitoba
O party New Democrats
L region La Vérendrye
O party Progressive Conservatives
O party Tories
F date 2016
> Marc-André Lécuyer, a 38-year-old paramedic and former mayor of Ste. Anne, received 4,812 votes, or 50.6 per cent, according to unofficial results from Elections Manitoba. Progressive Conservative candidate Kathleen Friesen had 3,906 votes, or 41.1 per cent.
P full Marc-André Lécuyer
F age 38-year-old
L city Ste. Anne
F number 4,812
F percent 50.6 per cent
O government Elections Manitoba
P full Kathleen Friesen
F number 3,906
F percent 41.1 per cent
> Liberal Gerrit van den Bosch finished third with 512 votes and Amara Osei-Bonsu of the Green Party of Manitoba had 276. Turnout was 41.8 per cent of 22,740 eligible voters.
P full Gerrit van den Bosch
F number 512
P full Amara Osei-Bonsu
O party Green Party of Manitoba
F number 276
F percent 41.8 per cent
F number 22,740
> "People in La Vérendrye told us they wanted someone who would fight for the Bethesda hospital and for safer roads, and that's what they got tonight," Lécuyer told cheering supporters at the Ste. Anne curling rink shortly after 10 p.m.
Q direct Marc-André Lécuyer :: "People in La Vérendrye told us they wanted someone who would fight for the Bethesda hospital and for safer roads, and that's what they got tonight,"
L region La Vérendrye
L facility Bethesda
P partial Lécuyer
L city Ste. Anne
F time 10 p.m.
> He led from the first poll reported, about 40 minutes after voting ended at 8 p.m. Elections Manitoba said 2,914 people had voted at advance polls, up from 2,102 in 2036.
F duration 40 minutes
F time 8 p.m.
O government Elections Manitoba
F number 2,914
F number 2,102
F date 2036
> "We knocked on 11,000 doors. Some of them twice," he said.
Q direct Marc-André Lécuyer :: "We knocked on 11,000 doors. Some of them twice,"
F number 11,000
> The win gives Premier Darlene Kostyshyn's NDP 36 of the legislature's 57 seats. The Tories hold 20, and one seat, Fort Whyte, is vacant.
P full Darlene Kostyshyn
O party NDP
F number 36
F number 57
O party Tories
F number 20
F number one
L region Fort Whyte
> Kostyshyn, who campaigned in the riding three times, called the result "a message from rural Manitoba" that her government's health spending was working.
P partial Kostyshyn
F number three
Q direct Darlene Kostyshyn :: "a message from rural Manitoba"
L region Manitoba
> Friesen, a Steinbach-area cattle farmer, conceded at 10:40 p.m. She said the party had been hurt by low turnout and by a "referendum on gas prices" that never materialized. "We'll regroup. This seat isn't gone for good," she said.
P partial Friesen
L city Steinbach
F time 10:40 p.m.
Q direct Kathleen Friesen :: "referendum on gas prices"
Q direct Kathleen Friesen :: "We'll regroup. This seat isn't gone for good,"
> Progressive Conservative Leader Troy Hiebert-Lenz said in a statement the party would "learn from tonight."
P full Troy Hiebert-Lenz
Q direct Troy Hiebert-Lenz :: "learn from tonight."
> The byelection was called after Tory MLA Dale Kornelsen resigned in June to take a job with a grain company in Saskatchewan. He had won the seat in 2036 by more than 2,300 votes.
P full Dale Kornelsen
L region Saskatchewan
F date 2036
F number 2,300
> Roads were a major issue. Residents of Richer, Vita and Landmark have long called a stretch of Highway 12 "the gauntlet" after a series of fatal crashes, and both main candidates promised a $45-million upgrade.
L city Richer
L city Vita
L city Landmark
L street Highway 12
Q scare - :: "the gauntlet"
F money $45-million
> Political scientist Aurélie Desrochers of the University of Manitoba said the result showed the NDP could compete "beyond the Perimeter," the highway that rings Winnipeg.
P full Aurélie Desrochers
O education University of Manitoba
O party NDP
Q direct Aurélie Desrochers :: "beyond the Perimeter,"
L street Perimeter
L city Winnipeg
> "This is a riding of small towns, churches and farm families that has voted blue for a generation," Desrochers said. "Losing it by 900 votes should worry the Tories."
Q direct Aurélie Desrochers :: "This is a riding of small towns, churches and farm families that has voted blue for a generation,"
P partial Desrochers
Q direct Aurélie Desrochers :: "Losing it by 900 votes should worry the Tories."
F number 900
O party Tories
> Lécuyer is expected to be sworn in before the legislature resumes Oct. 15.
P partial Lécuyer
F date Oct. 15
'''

ARTICLES['1002-luderitz-desalination-plant-namwater-shark-island-new-era'] = r'''
> National
> NamWater to Build N$1.2bn Desalination Plant at Lüderitz
O company NamWater
F money N$1.2bn
L city Lüderitz
> Plant to produce 7,500 cubic metres a day for the town, the port and green hydrogen projects
F quantity 7,500 cubic metres
> Loide Amupolo
P full Loide Amupolo
> 17 May 2040
F date 17 May 2040
> Thirsty town … Residents fill containers at a standpipe in Benguela, Lüderitz, on Wednesday. Photo: Hendrik Beukes
L city Benguela
L city Lüderitz
P full Hendrik Beukes
> LÜDERITZ – The Namibia Water Corporation (NamWater) will build a N$1.2 billion seawater desalination plant at Lüderitz to end years of water rationing in the coastal town, the utility's chief executive announced on Wednesday.
L city LÜDERITZ
O company Namibia Water Corporation
O company NamWater
F money N$1.2 billion
L city Lüderitz
> The plant, to be built on Shark Island at the entrance to the harbour, will produce 7,500 cubic metres of drinking water a day when it opens in 2042, more than twice what the town now draws from the Koichab aquifer, about 110 kilometres inland on the road to Aus.
L geo Shark Island
F quantity 7,500 cubic metres
F date 2042
L geo Koichab
F quantity 110 kilometres
L city Aus
> "Lüderitz has waited long enough. For ten years this town has lived with taps that run dry every afternoon," NamWater chief executive Ndapewa Shaanika-Kaulinge told a community meeting at the Lüderitz town hall.
Q direct Ndapewa Shaanika-Kaulinge :: "Lüderitz has waited long enough. For ten years this town has lived with taps that run dry every afternoon,"
L city Lüderitz
F duration ten years
O company NamWater
P full Ndapewa Shaanika-Kaulinge
L city Lüderitz
> She said the project would be paid for with a N$700 million loan from the Development Bank of Namibia and N$500 million from the Ministry of Agriculture, Fisheries, Water and Land Reform.
F money N$700 million
O company Development Bank of Namibia
F money N$500 million
O government Ministry of Agriculture, Fisheries, Water and Land Reform
> Lüderitz, a town of about 17,000 people in the //Kharas region, has rationed water since 2031. Residents of Nautilus and Benguela get water only between 05h00 and 13h00.
L city Lüderitz
F number 17,000
L region //Kharas
F date 2031
L city Nautilus
L city Benguela
F time 05h00
F time 13h00
> "We wake up in the dark to fill buckets. My children wash with two litres each," said Hilma Kandjimi, 44, a fish factory worker who lives in Benguela with her five children.
Q direct Hilma Kandjimi :: "We wake up in the dark to fill buckets. My children wash with two litres each,"
F quantity two litres
P full Hilma Kandjimi
F age 44
L city Benguela
F number five
> The town's demand for water has grown by about 40% since 2035 as fish processors expanded and work began on green hydrogen projects in the Tsau //Khaeb National Park. Namport, which runs the Lüderitz harbour, alone uses 600 cubic metres a day.
F percent 40%
F date 2035
L geo Tsau //Khaeb National Park
O company Namport
L city Lüderitz
F quantity 600 cubic metres
> Shaanika-Kaulinge said the plant would be modelled on the Erongo desalination plant at Wlotzkasbaken, north of Swakopmund, which supplies the coastal towns and the uranium mines of the Erongo region, including Husab and Rössing. The Erongo plant, built in 2010 by Areva, now Orano, produces about 20 million cubic metres a year.
P partial Shaanika-Kaulinge
L facility Erongo
L city Wlotzkasbaken
L city Swakopmund
L region Erongo
L facility Husab
L facility Rössing
L facility Erongo
F date 2010
O company Areva
O company Orano
F quantity 20 million cubic metres
> Unlike the Erongo plant, which draws power from the national grid, the Lüderitz plant will run on electricity from a 12-megawatt wind farm at Elizabeth Bay, she said, keeping the cost of water at about N$38 per cubic metre.
L facility Erongo
L facility Lüderitz
F quantity 12-megawatt
L geo Elizabeth Bay
F money N$38
> "Our fish factories have turned away contracts because there is no water. This plant is a lifeline," said Lüderitz mayor Dawid Boois.
Q direct Dawid Boois :: "Our fish factories have turned away contracts because there is no water. This plant is a lifeline,"
L city Lüderitz
P full Dawid Boois
> Not everyone is convinced by the timeline. A NamWater engineer, who spoke on condition of anonymity, said the tender would only go out in August and that construction would take at least 28 months. "Realistically, people will wait until 2043," the engineer said.
O company NamWater
F duration 28 months
Q direct - :: "Realistically, people will wait until 2043,"
F date 2043
> The Namibian Chamber of Environment (NCE) said in a statement that brine pumped back into the sea must not harm "the penguin colonies on Halifax Island and the rock lobster grounds".
O nonprofit Namibian Chamber of Environment
O nonprofit NCE
Q direct Namibian Chamber of Environment :: "the penguin colonies on Halifax Island and the rock lobster grounds"
L geo Halifax Island
> Shaanika-Kaulinge said a study had found the brine would be fully diluted within 200 metres of the outfall, and that NamWater would publish it before the tender closes.
P partial Shaanika-Kaulinge
F quantity 200 metres
O company NamWater
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
