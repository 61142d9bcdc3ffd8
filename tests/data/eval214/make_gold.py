#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval214 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval214/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1327-sonneberg-brennecke-car-plant-closure-ig-metall-thuringia-bavaria-dw'] = r'''
> Business
> Germany: Carmaker Brennecke to close Sonneberg plant, cutting 2,300 jobs
L country Germany
O company Brennecke
L city Sonneberg
F number 2,300
> Brennecke says its last car will leave the Thuringian plant in 2041. A union leader spoke of "a declaration of war," as Thuringia and Bavaria try to save hundreds of supplier jobs on both sides of the state border.
O company Brennecke
F date 2041
Q direct Ramona Glöckner-Haas :: "a declaration of war,"
L region Thuringia
L region Bavaria
> Jana Pfisterer
P full Jana Pfisterer
> 05/16/2040
F date 05/16/2040
> Brennecke has built compact cars in Sonneberg since 2004 Image: Torsten Wellmer/dpa/picture alliance
O company Brennecke
L city Sonneberg
F date 2004
P full Torsten Wellmer
O media dpa
O media picture alliance
> German carmaker Brennecke Automobil AG said on Wednesday it would close its plant in Sonneberg, in the eastern state of Thuringia, by the end of 2041, cutting 2,300 jobs and ending 37 years of car production in the town.
O company Brennecke Automobil AG
L city Sonneberg
L region Thuringia
F date 2041
F number 2,300
F duration 37 years
> The Stuttgart-based company will move production of its Lumo compact hatchback to its plant in Győr, Hungary, where it says labor costs are about 40% lower. It expects the move to save €310 million ($337 million) a year from 2042.
L city Stuttgart
L city Győr
L country Hungary
F percent 40%
F money €310 million
F money $337 million
F date 2042
> Chief Executive Konstantin von der Heydt told reporters in Stuttgart that the plant was "simply too small" to compete. "We build 190,000 cars a year in Sonneberg. A modern plant needs twice that," he said. "We looked at every option for two years.
P full Konstantin von der Heydt
L city Stuttgart
Q direct Konstantin von der Heydt :: "simply too small"
Q direct Konstantin von der Heydt :: "We build 190,000 cars a year in Sonneberg. A modern plant needs twice that,"
F number 190,000
L city Sonneberg
Q direct Konstantin von der Heydt :: "We looked at every option for two years.
F duration two years
> "Sonneberg has a loyal workforce. But loyalty alone does not pay for a new paint shop and a battery line," Von der Heydt said, putting the cost of modernizing the site at €1.4 billion.
Q direct Konstantin von der Heydt :: "Sonneberg has a loyal workforce. But loyalty alone does not pay for a new paint shop and a battery line,"
L city Sonneberg
P partial Von der Heydt
F money €1.4 billion
> 'A declaration of war'
Q direct Ramona Glöckner-Haas :: 'A declaration of war'
> IG Metall, Germany's largest union, said it would fight the closure. Its Thuringia district leader, Ramona Glöckner-Haas, called the plan "a declaration of war against a whole region" and announced warning strikes at the plant from May 22.
O nonprofit IG Metall
L country Germany
L region Thuringia
P full Ramona Glöckner-Haas
Q direct Ramona Glöckner-Haas :: "a declaration of war against a whole region"
F date May 22
> Works council chair Özlem Yıldırım said staff had learned of the decision from a news alert on their phones. "My colleagues read the word 'closure' in an app before anyone from management said it to them. That tells you everything," she said.
P full Özlem Yıldırım
Q direct Özlem Yıldırım :: "My colleagues read the word 'closure' in an app before anyone from management said it to them. That tells you everything,"
> Many of the plant's workers are over 50, and 410 of them commute from the neighboring Bavarian district of Coburg, about 20 kilometers (12 miles) away.
F age 50
F number 410
L region Coburg
F quantity 20 kilometers
F quantity 12 miles
> Thuringia's Economy Minister Jens-Uwe Sattler said the state would offer the company "everything the law allows" to keep the site open and that he had spoken to his counterpart in Munich on Wednesday morning. Bavaria and Thuringia plan a joint task force for the roughly 60 suppliers in the area, which employ about 5,800 people.
L region Thuringia
P full Jens-Uwe Sattler
Q direct Jens-Uwe Sattler :: "everything the law allows"
L city Munich
L region Bavaria
L region Thuringia
F number 60
F number 5,800
> A spokesperson for the Federal Ministry for Economic Affairs in Berlin said the government regretted the decision but would not offer "a special subsidy for a single company." The spokesperson pointed to short-time work benefits from the Federal Employment Agency (BA), which can be paid for up to 24 months.
O government Federal Ministry for Economic Affairs
L city Berlin
Q direct - :: "a special subsidy for a single company."
O government Federal Employment Agency
O government BA
F duration 24 months
> The closure is the third announced by a German carmaker since 2038. According to the German Association of the Automotive Industry (VDA), car production in Germany fell to 3.1 million vehicles last year, down 7.5% from 2039 and far below the 5.7 million built in 2016.
F date 2038
O nonprofit German Association of the Automotive Industry
O nonprofit VDA
L country Germany
F number 3.1 million
F percent 7.5%
F date 2039
F number 5.7 million
F date 2016
> In Sonneberg, a town of 23,000 people best known for its toy museum, Mayor Kathrin Ebersbach-Lutz said the plant paid a third of the town's business tax. "Without Brennecke, we are a museum with a railway station," she said.
L city Sonneberg
F number 23,000
P full Kathrin Ebersbach-Lutz
F fraction a third
Q direct Kathrin Ebersbach-Lutz :: "Without Brennecke, we are a museum with a railway station,"
O company Brennecke
> Edited by: Rüdiger Thalmann
P full Rüdiger Thalmann
'''

ARTICLES['1328-australian-open-quarter-final-dos-santos-freire-shinohara-jarrah-afp'] = r'''
> Tennis
> Qualifier Dos Santos Freire saves match points to stun Shinohara in Melbourne
P partial Dos Santos Freire
P partial Shinohara
L city Melbourne
> The 22-year-old Brazilian, ranked 131st in the world, had never won a main-draw match at a Grand Slam before this month
F age 22-year-old
> By Priya NANDAKUMAR
P full Priya NANDAKUMAR
> Issued on: 01/22/2041 - 14:52
F date 01/22/2041
F time 14:52
> Brazil's Luiza Dos Santos Freire celebrates her win over Japan's Haruka Shinohara on Rod Laver Arena (Photo by Declan MURPHY-HALE / AFP)
L country Brazil
P full Luiza Dos Santos Freire
L country Japan
P full Haruka Shinohara
L facility Rod Laver Arena
P full Declan MURPHY-HALE
O media AFP
> Melbourne (Australia) (AFP) - Qualifier Luiza Dos Santos Freire saved two match points and fired 14 aces to knock out seventh seed Haruka Shinohara 4-6, 7-6 (7/4), 6-3 on Tuesday and reach the Australian Open semi-finals.
L city Melbourne
L country Australia
O media AFP
P full Luiza Dos Santos Freire
F number two
F number 14
P full Haruka Shinohara
F score 4-6
F score 7-6 (7/4)
F score 6-3
> The 22-year-old from Porto Alegre trailed by a set and 5-3 on Rod Laver Arena, with Shinohara serving for the match, before breaking back to love and taking the tiebreak with a forehand winner down the line.
F age 22-year-old
L city Porto Alegre
F score 5-3
L facility Rod Laver Arena
P partial Shinohara
> "At 5-3 I told myself, 'Don't look at the scoreboard, just play the ball,'" Dos Santos Freire said. "I did not think about the semi-final. I did not think about the money. I was only thinking about my feet.
Q direct Luiza Dos Santos Freire :: "At 5-3 I told myself, 'Don't look at the scoreboard, just play the ball,'"
F score 5-3
P partial Dos Santos Freire
Q direct Luiza Dos Santos Freire :: "I did not think about the semi-final. I did not think about the money. I was only thinking about my feet.
> "When the last forehand went in, I looked at my coach and he was crying more than me."
Q direct Luiza Dos Santos Freire :: "When the last forehand went in, I looked at my coach and he was crying more than me."
> Her coach, Frenchman Mathieu Lefèvre-Duclos, who has worked with her since she was 15, said she had trained through December in 38C heat in Rio de Janeiro "so that Melbourne would feel easy."
P full Mathieu Lefèvre-Duclos
F age 15
F quantity 38C
L city Rio de Janeiro
Q direct Mathieu Lefèvre-Duclos :: "so that Melbourne would feel easy."
L city Melbourne
> Shinohara, 27, who had not dropped a set all tournament and was runner-up in Paris in 2040, made 41 unforced errors and won only 58% of points behind her first serve. The match lasted two hours and 41 minutes.
P partial Shinohara
F age 27
L city Paris
F date 2040
F number 41
F percent 58%
F duration two hours
F duration 41 minutes
> "She hit aces when she needed aces. On the match points I did nothing wrong, she just found the lines," Shinohara said through an interpreter.
Q direct Haruka Shinohara :: "She hit aces when she needed aces. On the match points I did nothing wrong, she just found the lines,"
P partial Shinohara
> Dubbed "Furacão" by fans back home, Dos Santos Freire has won eight straight matches, including three in qualifying, and is guaranteed Aus$1.25 million (US$810,000) in prize money. Last November she helped Brazil reach the Billie Jean King Cup finals.
Q scare - :: "Furacão"
P partial Dos Santos Freire
F number eight
F number three
F money Aus$1.25 million
F money US$810,000
O team Brazil
> She will play Australian wildcard Ellie Jarrah, 19, for a place in Saturday's final. Jarrah thrilled a packed Margaret Court Arena by beating 12th seed Daria Volkonskaya of Kazakhstan 6-2, 1-6, 6-4.
P full Ellie Jarrah
F age 19
P partial Jarrah
L facility Margaret Court Arena
P full Daria Volkonskaya
L country Kazakhstan
F score 6-2
F score 1-6
F score 6-4
> Jarrah, from the New South Wales town of Orange, is the first Australian woman to reach the semi-finals in Melbourne since 2034. Her coach and mother, Deborah Jarrah, said the teenager had barely slept since the fourth round.
P partial Jarrah
L region New South Wales
L city Orange
L city Melbourne
F date 2034
P full Deborah Jarrah
> "My whole town is probably awake right now. Orange is going to be very loud tonight," the wildcard said.
Q direct Ellie Jarrah :: "My whole town is probably awake right now. Orange is going to be very loud tonight,"
L city Orange
> Tennis Australia said the day-session crowd of 41,872 was "a record for a women's quarter-final day" at Melbourne Park.
O other Tennis Australia
F number 41,872
Q direct Tennis Australia :: "a record for a women's quarter-final day"
L facility Melbourne Park
> In Wednesday's quarter-finals, top seed Sofia Marchetti of Italy meets Canada's Amélie Roy-Tremblay, and fourth seed Nadia Haddad plays Poland's Zofia Wróblewska-Nowak in the night session.
P full Sofia Marchetti
L country Italy
L country Canada
P full Amélie Roy-Tremblay
P full Nadia Haddad
L country Poland
P full Zofia Wróblewska-Nowak
> Play on Rod Laver Arena starts at 11am (0000 GMT).
L facility Rod Laver Arena
F time 11am
F time 0000 GMT
'''

ARTICLES['1329-southern-bypass-toll-rise-karen-kikuyu-mps-krb-kenha-daily-nation'] = r'''
> Nairobi
L region Nairobi
> Southern Bypass motorists to pay up to Sh400 as new tolls take effect
L street Southern Bypass
F money Sh400
> What you need to know:
> The operator says the 20 per cent rise is needed to repay a Sh19.6 billion loan.
F percent 20 per cent
F money Sh19.6 billion
> Lang'ata and Kikuyu MPs want the increase suspended until a parliamentary committee has reviewed it.
L region Lang'ata
L region Kikuyu
> By Cynthia Njeri Gitau
P full Cynthia Njeri Gitau
> Monday, March 4, 2041
F date March 4, 2041
> Vehicles queue at the Ngong Road toll station on the Southern Bypass in Nairobi on March 2, 2041. Photo credit: Dennis Kiprono Rotich | Nation Media Group
L street Ngong Road
L street Southern Bypass
L city Nairobi
F date March 2, 2041
P full Dennis Kiprono Rotich
O media Nation Media Group
> Motorists using the Southern Bypass in Nairobi will pay between Sh120 and Sh400 per trip from Friday after the Kenya Roads Board (KRB) approved a 20 per cent toll increase requested by the road's operator.
L street Southern Bypass
L city Nairobi
F money Sh120
F money Sh400
O government Kenya Roads Board
O government KRB
F percent 20 per cent
> The 28.6km dual carriageway, which links Mombasa Road near the JKIA turnoff with Waiyaki Way at Gitaru in Kiambu County, has been tolled since October 2037 under a 30-year deal between the Kenya National Highways Authority (KeNHA) and Kusini Highway Company Ltd.
F quantity 28.6km
L street Mombasa Road
L facility JKIA
L street Waiyaki Way
L city Gitaru
L region Kiambu County
F date October 2037
F duration 30-year
O government Kenya National Highways Authority
O government KeNHA
O company Kusini Highway Company Ltd
> Under the new rates, private cars travelling the full length will pay Sh300, up from Sh250, while matatus will pay Sh350 and heavy trucks Sh400. Boda boda riders remain barred from the road.
F money Sh300
F money Sh250
F money Sh350
F money Sh400
> Kusini managing director Eng Peter Mwangi Karanja said the rise was the first since the road opened and was needed to service a Sh19.6 billion loan taken to build three new interchanges at Karen, Dagoretti and Kikuyu.
O company Kusini
P full Peter Mwangi Karanja
F money Sh19.6 billion
F number three
L city Karen
L city Dagoretti
L city Kikuyu
> "Our costs have gone up by more than 40 per cent since 2037. Steel, bitumen, fuel, salaries, everything. We have held the tolls for three and a half years," Eng Karanja said.
Q direct Peter Mwangi Karanja :: "Our costs have gone up by more than 40 per cent since 2037. Steel, bitumen, fuel, salaries, everything. We have held the tolls for three and a half years,"
F percent 40 per cent
F date 2037
F duration three and a half years
P partial Karanja
> He added that traffic had grown to about 52,000 vehicles a day. "The road is full at 7am and full again at 6pm. People use it because it saves them time.
F number 52,000
Q direct Peter Mwangi Karanja :: "The road is full at 7am and full again at 6pm. People use it because it saves them time.
F time 7am
F time 6pm
> "If the tolls stayed where they were, in two years we would not be able to maintain it."
Q direct Peter Mwangi Karanja :: "If the tolls stayed where they were, in two years we would not be able to maintain it."
F duration two years
> Lang'ata MP Grace Achieng Omolo said families in Kibera and Southlands who use the road to reach jobs in Industrial Area were being "punished for living on the wrong side of town".
L region Lang'ata
P full Grace Achieng Omolo
L city Kibera
L city Southlands
L city Industrial Area
Q direct Grace Achieng Omolo :: "punished for living on the wrong side of town"
> Her Kikuyu counterpart, Mr Samuel Ndung'u Kariuki, said he would table a motion asking Parliament's Departmental Committee on Roads and Transport to review the increase. "Kikuyu residents were promised a free service road. Three years later there is no service road, and the toll has gone up," he said.
L region Kikuyu
P full Samuel Ndung'u Kariuki
O government Parliament
O government Departmental Committee on Roads and Transport
Q direct Samuel Ndung'u Kariuki :: "Kikuyu residents were promised a free service road. Three years later there is no service road, and the toll has gone up,"
L city Kikuyu
F duration Three years
> The Motorists Association of Kenya (MAK) said the rise would push more vehicles back onto Lang'ata Road and Ngong Road. "A toll road that ordinary people cannot afford is a private road," MAK chairman Dr Titus Wekesa Barasa said.
O nonprofit Motorists Association of Kenya
O nonprofit MAK
L street Lang'ata Road
L street Ngong Road
Q direct Titus Wekesa Barasa :: "A toll road that ordinary people cannot afford is a private road,"
O nonprofit MAK
P full Titus Wekesa Barasa
> A senior KeNHA official, who spoke on condition of anonymity because he is not authorised to speak to the media, said the contract lets the operator adjust tolls every three years in line with inflation. "Legally, there is nothing we can do. The contract was signed in 2035," the official said.
O government KeNHA
F duration three years
Q direct - :: "Legally, there is nothing we can do. The contract was signed in 2035,"
F date 2035
> According to KRB, the bypass collected Sh2.7 billion in tolls in 2040, about 67 per cent of it from private cars. The new rates take effect at 6am on Friday, March 8.
O government KRB
F money Sh2.7 billion
F date 2040
F percent 67 per cent
F time 6am
F date March 8
'''

ARTICLES['1330-koshiji-mogami-bank-merger-niigata-yamagata-fsa-yen-bloomberg'] = r'''
> Deals
> Niigata’s Koshiji to Buy Yamagata Lender Mogami in ¥186 Billion Deal
L region Niigata
O company Koshiji
L region Yamagata
O company Mogami
F money ¥186 Billion
> Deal would create Japan’s seventh-largest regional banking group
L country Japan
> Mogami Bank shareholders to get 1.42 Koshiji shares for each share
O company Mogami Bank
F number 1.42
O company Koshiji
> By Ryota Hasegawa and Emi Kobayashi-Ward
P full Ryota Hasegawa
P full Emi Kobayashi-Ward
> March 9, 2040 at 3:12 PM GMT+9
F date March 9, 2040
F time 3:12 PM GMT+9
> Koshiji Financial Group’s headquarters in Niigata. Photographer: Shoko Maruyama/Bloomberg
O company Koshiji Financial Group
L city Niigata
P full Shoko Maruyama
O media Bloomberg
> (Bloomberg) -- Koshiji Financial Group Inc. agreed to buy Mogami Bank Ltd. for about ¥186 billion ($1.24 billion) in stock, the latest in a wave of mergers among Japan’s regional lenders as shrinking towns and the end of ultra-low interest rates squeeze their business.
O media Bloomberg
O company Koshiji Financial Group Inc.
O company Mogami Bank Ltd.
F money ¥186 billion
F money $1.24 billion
L country Japan
> Mogami shareholders will receive 1.42 Koshiji shares for each share they own, the Niigata-based group said in a statement Friday. That values Mogami at ¥2,140 a share, a 31% premium to Thursday’s close. Mogami stock jumped by the daily limit of ¥500 to ¥2,130 in Tokyo trading, while Koshiji fell 4.6%.
O company Mogami
F number 1.42
O company Koshiji
L city Niigata
O company Mogami
F money ¥2,140
F percent 31%
O company Mogami
F money ¥500
F money ¥2,130
L city Tokyo
O company Koshiji
F percent 4.6%
> The combined group would hold about ¥9.8 trillion in assets and run 287 branches across Niigata, Yamagata and neighboring Akita. The deal is expected to close in April 2041, subject to approval from Japan’s Financial Services Agency, or FSA, and the Japan Fair Trade Commission.
F money ¥9.8 trillion
F number 287
L region Niigata
L region Yamagata
L region Akita
F date April 2041
L country Japan
O government Financial Services Agency
O government FSA
O government Japan Fair Trade Commission
> “Neither of us can grow alone in a market where the number of customers falls every year,” Koshiji President Takahiro Igarashi said at a briefing in Tokyo. “Together we can spend on digital services and keep branches open in towns that the big banks left long ago.”
Q direct Takahiro Igarashi :: “Neither of us can grow alone in a market where the number of customers falls every year,”
O company Koshiji
P full Takahiro Igarashi
L city Tokyo
Q direct Takahiro Igarashi :: “Together we can spend on digital services and keep branches open in towns that the big banks left long ago.”
> Igarashi, 58, will lead the combined company as chief executive officer. Mogami President Yuko Sato-Hanawa, 61, will become chair, and the Mogami brand will be kept for at least five years, the banks said.
P partial Igarashi
F age 58
O company Mogami
P full Yuko Sato-Hanawa
F age 61
O company Mogami
F duration five years
> Sato-Hanawa said the bank had held talks with “three or four” possible partners since 2038. “We chose the one that shares our customers, our weather and our roads,” she said. “Yamagata and Niigata have always been neighbors. Now our banks are, too.”
P partial Sato-Hanawa
Q direct Yuko Sato-Hanawa :: “three or four”
F number three
F number four
F date 2038
Q direct Yuko Sato-Hanawa :: “We chose the one that shares our customers, our weather and our roads,”
Q direct Yuko Sato-Hanawa :: “Yamagata and Niigata have always been neighbors. Now our banks are, too.”
L region Yamagata
L region Niigata
> The FSA has pushed regional banks to consolidate since a 2020 law exempted such mergers from antitrust rules for 10 years, and in 2039 it extended a subsidy that covers up to ¥3 billion of each merging bank’s system costs. Lenders in Nagaoka and Sakata have already closed about a fifth of their branches.
O government FSA
F date 2020
F duration 10 years
F date 2039
F money ¥3 billion
L city Nagaoka
L city Sakata
F fraction a fifth
> The Bank of Japan’s move to lift its policy rate to 1.25% in 2039 has also raised deposit costs for small lenders, which hold much of their assets in low-yielding government bonds.
O government Bank of Japan
F percent 1.25%
F date 2039
> “This is a defensive deal, but a sensible one,” said Haruto Minami, a banking analyst at Mizuho Securities Co. in Tokyo. “Mogami gets scale, and Koshiji gets deposits in a prefecture where it had almost no branches.”
Q direct Haruto Minami :: “This is a defensive deal, but a sensible one,”
P full Haruto Minami
O company Mizuho Securities Co.
L city Tokyo
Q direct Haruto Minami :: “Mogami gets scale, and Koshiji gets deposits in a prefecture where it had almost no branches.”
O company Mogami
O company Koshiji
> Koshiji had also held early talks with a lender in Toyama, according to people familiar with the matter, who asked not to be identified because the discussions were private. One of the people said those talks ended in January over “who would sit in the big chair.”
O company Koshiji
L region Toyama
Q direct - :: “who would sit in the big chair.”
> Shares of Japanese regional banks have risen 18% this year, compared with a 6.2% gain for the broader market.
F percent 18%
F percent 6.2%
> — With assistance from Daisuke Okamura
P full Daisuke Okamura
'''

ARTICLES['1331-macquarie-valley-water-buyback-warren-trangie-irrigators-guardian-australia'] = r'''
> Murray-Darling basin
L geo Murray-Darling
> ‘We’re selling the farm to save the farm’: Macquarie irrigators take $186m buyback
Q direct Graeme O’Halloran :: ‘We’re selling the farm to save the farm’
L geo Macquarie
F money $186m
> The federal government buys 64 gigalitres from the Macquarie valley, but towns such as Warren fear water sales will hollow out their economies
F quantity 64 gigalitres
L geo Macquarie
L city Warren
> Tamsin Achterberg-Reid Rural and regional reporter
P full Tamsin Achterberg-Reid
> Wed 13 Mar 2041 05.00 AEDT
F date 13 Mar 2041
F time 05.00 AEDT
> Irrigation channels near Warren in central-west New South Wales. Photograph: Lachlan Dwyer-Moss/The Guardian
L city Warren
L region New South Wales
P full Lachlan Dwyer-Moss
O media The Guardian
> The federal government will buy back 64 gigalitres of water entitlements from irrigators in the Macquarie valley for $186m, its biggest single purchase in the northern basin, as it races to meet the 450GL target for environmental water.
F quantity 64 gigalitres
L geo Macquarie
F money $186m
F quantity 450GL
> The water minister, Fiona Castellano-Brand, said on Tuesday that 23 irrigators from Narromine to Warren had agreed to sell, at an average price of $2,900 a megalitre. The Department of Climate Change, Energy, the Environment and Water (DCCEEW) will pay for the water from the remaining $1.2bn of its buyback budget.
P full Fiona Castellano-Brand
F number 23
L city Narromine
L city Warren
F money $2,900
O government Department of Climate Change, Energy, the Environment and Water
O government DCCEEW
F money $1.2bn
> “Every one of these sales is voluntary. These are farmers who came to us, not the other way around,” Castellano-Brand said. “The river gets water it badly needs, and the farmers get a fair price.”
Q direct Fiona Castellano-Brand :: “Every one of these sales is voluntary. These are farmers who came to us, not the other way around,”
P partial Castellano-Brand
Q direct Fiona Castellano-Brand :: “The river gets water it badly needs, and the farmers get a fair price.”
> Among the sellers is Graeme O’Halloran, 63, who has grown cotton and wheat on 1,400 hectares outside Trangie since 1996. He is selling 2,100 megalitres, about half of his general security licence, and will switch most of the farm to dryland cropping.
P full Graeme O’Halloran
F age 63
F quantity 1,400 hectares
L city Trangie
F date 1996
F quantity 2,100 megalitres
F fraction half
> “We’re selling the farm to save the farm. Three years of drought in a row and the bank was ringing every month,” O’Halloran said. “My father would have called it ‘throwing in the towel’. I call it paying off the debt.
Q direct Graeme O’Halloran :: “We’re selling the farm to save the farm. Three years of drought in a row and the bank was ringing every month,”
F duration Three years
P partial O’Halloran
Q direct Graeme O’Halloran :: “My father would have called it ‘throwing in the towel’. I call it paying off the debt.
> “But I know what it means for Trangie. Less water, less cotton, fewer jobs at the gin.”
Q direct Graeme O’Halloran :: “But I know what it means for Trangie. Less water, less cotton, fewer jobs at the gin.”
L city Trangie
> Irrigators have long complained that buybacks strip out their most reliable water and leave them holding so-called “paper water”, licences that exist on paper but rarely deliver in dry years.
Q scare - :: “paper water”
> In Warren, a town of about 1,500 people on the Macquarie River, the Warren Shire Council mayor, Bernadette Kearsley, said every 100 gigalitres taken out of the valley cost about 370 local jobs. “Canberra counts the gigalitres. Nobody in Canberra counts the kids who leave the school,” she said.
L city Warren
F number 1,500
L geo Macquarie River
O government Warren Shire Council
P full Bernadette Kearsley
F quantity 100 gigalitres
F number 370
Q direct Bernadette Kearsley :: “Canberra counts the gigalitres. Nobody in Canberra counts the kids who leave the school,”
L city Canberra
L city Canberra
> The NSW Irrigators’ Council (NSWIC) called the purchase “a blunt instrument” and said the money would do more good if it were spent on leaking channels and meters.
O nonprofit NSW Irrigators’ Council
O nonprofit NSWIC
Q direct NSW Irrigators’ Council :: “a blunt instrument”
> Downstream, the water is meant to reach the Macquarie Marshes, a wetland of international importance north of Warren. Dr Mei-Ling Okonkwo-Hart, an ecologist at the University of New South Wales (UNSW), said the extra water could flood up to 40% more of the marshes in a wet year, but only if it is “protected from pumps all the way down the river”.
L geo Macquarie Marshes
L city Warren
P full Mei-Ling Okonkwo-Hart
O education University of New South Wales
O education UNSW
F percent 40%
Q direct Mei-Ling Okonkwo-Hart :: “protected from pumps all the way down the river”
> The Murray-Darling Basin Authority (MDBA) said in its 2040 review that the northern basin was still 61GL short of its recovery target. Settlement of the Macquarie sales is expected by 30 June.
O government Murray-Darling Basin Authority
O government MDBA
F date 2040
F quantity 61GL
L geo Macquarie
F date 30 June
'''

ARTICLES['1332-tornado-outbreak-celina-ohio-portland-hope-indiana-governors-fema-ap'] = r'''
> Tornadoes kill 14 across Indiana and Ohio as storms rake the Midwest
F number 14
L region Indiana
L region Ohio
L region Midwest
> By DARNELL WHITACRE and MAGGIE LINDQVIST-PRUITT
P full DARNELL WHITACRE
P full MAGGIE LINDQVIST-PRUITT
> Updated 8:14 PM EDT, May 6, 2040
F time 8:14 PM EDT
F date May 6, 2040
> Volunteers search through the remains of a house in Celina, Ohio, on Sunday, May 6, 2040, a day after a tornado struck the city. (AP Photo/Jerome Pasquale)
L city Celina
L region Ohio
F date May 6, 2040
O media AP
P full Jerome Pasquale
> CELINA, Ohio (AP) — Tornadoes tore through eastern Indiana and western Ohio overnight, killing at least 14 people, flattening homes in towns along the state line and leaving more than 90,000 customers without power, officials said Sunday.
L city CELINA
L region Ohio
O media AP
L region Indiana
L region Ohio
F number 14
F number 90,000
> The National Weather Service said at least 23 tornadoes touched down Saturday evening and early Sunday. The strongest, rated a preliminary EF4 with winds of up to 170 mph, carved a path about 38 miles long from near Portland, Indiana, to the northern edge of Celina, the county seat of Mercer County.
O government National Weather Service
F number 23
F quantity 170 mph
F quantity 38 miles
L city Portland
L region Indiana
L city Celina
L region Mercer County
> The weather service issued a rare “tornado emergency” for Celina at 11:52 p.m., about six minutes before the storm reached the city.
Q scare - :: “tornado emergency”
L city Celina
F time 11:52 p.m.
F duration six minutes
> Eight of the dead were in Mercer County, including a 4-year-old girl and her grandmother, Sheriff Lyle Brandenberger said. Four people died in Jay County, Indiana, and two in Bartholomew County, where a separate tornado struck the small town of Hope shortly before midnight.
F number Eight
L region Mercer County
F age 4-year-old
P full Lyle Brandenberger
F number Four
L region Jay County
L region Indiana
F number two
L region Bartholomew County
L city Hope
> “I heard my husband yell, ‘Get in the tub, Joanie,’ and then the roof was just gone,” said Joan Mettler, 71, who rode out the storm in the bathroom of her home on Celina’s west side. “We were in that tub for maybe 30 seconds. It felt like an hour.”
Q direct Joan Mettler :: “I heard my husband yell, ‘Get in the tub, Joanie,’ and then the roof was just gone,”
P partial Joanie
P full Joan Mettler
F age 71
L city Celina
Q direct Joan Mettler :: “We were in that tub for maybe 30 seconds. It felt like an hour.”
F duration 30 seconds
> Ohio Gov. Marcus Dellinger, a Republican, declared a state of emergency in Mercer, Darke and Auglaize counties and asked the Federal Emergency Management Agency to send teams. “Whole blocks of Celina are gone. This is as bad as anything I have seen in this job,” Dellinger said after touring the damage by helicopter.
L region Ohio
P full Marcus Dellinger
L region Mercer
L region Darke
L region Auglaize
O government Federal Emergency Management Agency
Q direct Marcus Dellinger :: “Whole blocks of Celina are gone. This is as bad as anything I have seen in this job,”
L city Celina
P partial Dellinger
> In Indiana, Gov. Renata Okafor-Lindahl said 120 members of the Indiana National Guard were helping with searches in Portland and Hope. She called the storms “a gut punch” for communities still rebuilding after floods in 2039.
L region Indiana
P full Renata Okafor-Lindahl
F number 120
O government Indiana National Guard
L city Portland
L city Hope
Q direct Renata Okafor-Lindahl :: “a gut punch”
F date 2039
> FEMA said it had sent two incident management teams and would decide within 72 hours whether to recommend a major disaster declaration for either state.
O government FEMA
F number two
F duration 72 hours
> An official with the Ohio Emergency Management Agency, who was not authorized to speak publicly, said crews were still searching collapsed buildings and the death toll could rise. “We still have people we can’t account for,” the official said.
O government Ohio Emergency Management Agency
Q direct - :: “We still have people we can’t account for,”
> In Hope, a town of about 2,100 people northeast of Columbus, Indiana, the tornado tore the roof off the elementary school and flattened a row of houses on Main Street.
L city Hope
F number 2,100
L city Columbus
L region Indiana
L street Main Street
> “Hope is a small place. Everybody here knows everybody, and everybody’s out here with a chainsaw,” said Travis Eberle, 44, who spent Sunday clearing trees from his neighbors’ driveways.
Q direct Travis Eberle :: “Hope is a small place. Everybody here knows everybody, and everybody’s out here with a chainsaw,”
L city Hope
P full Travis Eberle
F age 44
> More severe storms were forecast for Monday from Missouri to Michigan, the weather service said.
L region Missouri
L region Michigan
> Associated Press writer Colleen Vasquez-Horne in Indianapolis contributed to this report.
O media Associated Press
P full Colleen Vasquez-Horne
L city Indianapolis
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
