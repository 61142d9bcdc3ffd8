#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval203 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval203/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1261-farm-pensions-bill-national-assembly-vote-nancy-lorraine-le-monde'] = r'''
> Politics
> Farm pensions: National Assembly adopts minimum pension rise by 14 votes
O government National Assembly
F number 14
> The bill, which lifts the minimum pension of farmers and their spouses to 85% of the net minimum wage, passed by 289 votes to 275 after a night of debate. The government puts its cost at €1.9 billion a year by 2042.
F percent 85%
F number 289
F number 275
F money €1.9 billion
F date 2042
> By Claire Montredon-Aubry
P full Claire Montredon-Aubry
> Published on November 24, 2039, at 11:48 am (Paris), updated at 3:10 pm
F date November 24, 2039
F time 11:48 am
L city Paris
F time 3:10 pm
> Deputies vote on the farm pensions bill in the Palais Bourbon, Paris, November 23, 2039. JULIEN FERRAND-LACOSTE / AFP
L facility Palais Bourbon
L city Paris
F date November 23, 2039
P full JULIEN FERRAND-LACOSTE
O media AFP
> After more than 11 hours of debate, the National Assembly adopted on the night of Wednesday, November 23, a bill raising the minimum pension of farmers and farm spouses, by 289 votes to 275. The narrow margin reflected divisions inside the governing coalition, whose rural deputies had threatened to vote against the government if the rise was delayed again.
F duration 11 hours
O government National Assembly
F date November 23
F number 289
F number 275
> The text, carried by Agriculture Minister Mathilde Vercoutre-Dallier, lifts the floor for a full career in farming from 75% to 85% of the net minimum wage, known in France as the “SMIC.” It will apply from January 1, 2041, to some 640,000 retired farmers, two-thirds of them women, according to the ministry.
P full Mathilde Vercoutre-Dallier
F percent 75%
F percent 85%
L country France
Q scare - :: “SMIC.”
F date January 1, 2041
F number 640,000
F fraction two-thirds
> “For forty years, we told the people who feed this country that they would retire poor. Tonight, we have kept our word,” Vercoutre-Dallier told deputies shortly after 1:30 am, as her Renaissance group applauded.
Q direct Mathilde Vercoutre-Dallier :: “For forty years, we told the people who feed this country that they would retire poor. Tonight, we have kept our word,”
F duration forty years
P partial Vercoutre-Dallier
F time 1:30 am
O party Renaissance
> The cost, estimated at €1.9 billion a year by 2042, will be financed partly by a new levy of 0.3% on the turnover of large food retailers, a measure the retailers’ federation, the Fédération du Commerce et de la Distribution (FCD), called “a tax on the shopping basket.”
F money €1.9 billion
F date 2042
F percent 0.3%
O nonprofit Fédération du Commerce et de la Distribution
O nonprofit FCD
Q direct Fédération du Commerce et de la Distribution :: “a tax on the shopping basket.”
> The Rassemblement National (RN), whose 118 deputies voted in favor, said the reform came “ten years too late.” On the left, La France Insoumise (LFI) split: 31 of its deputies abstained, arguing that the levy would be passed on to shoppers.
O party Rassemblement National
O party RN
F number 118
Q direct Rassemblement National :: “ten years too late.”
F duration ten years
O party La France Insoumise
O party LFI
F number 31
> Yannick Le Bihan-Quéré, a Socialist deputy for Finistère, in Brittany, voted for the bill but warned that the regions with the oldest farmers would wait longest. “In my constituency, one farmer in three is over 60. When I go to the market in Carhaix, they don’t ask me about the SMIC, they ask me, ‘Will I see the money before I die?’
P full Yannick Le Bihan-Quéré
L region Finistère
L region Brittany
Q direct Yannick Le Bihan-Quéré :: “In my constituency, one farmer in three is over 60. When I go to the market in Carhaix, they don’t ask me about the SMIC, they ask me, ‘Will I see the money before I die?’
F number one
F number three
F age 60
L city Carhaix
> “I could not tell them yes, not for 2041. The Senate has three weeks to prove me wrong,” Le Bihan-Quéré said.
Q direct Yannick Le Bihan-Quéré :: “I could not tell them yes, not for 2041. The Senate has three weeks to prove me wrong,”
F date 2041
O government Senate
F duration three weeks
P partial Le Bihan-Quéré
> The gap between regions is wide. According to the Mutualité Sociale Agricole (MSA), the farmers’ social security fund, the average farm pension in Occitanie was €912 a month in 2038, against €1,046 in Hauts-de-France. In the overseas department of Réunion, it was €688.
O government Mutualité Sociale Agricole
O government MSA
L region Occitanie
F money €912
F date 2038
F money €1,046
L region Hauts-de-France
L region Réunion
F money €688
> An adviser at the Ministry of the Economy, who asked not to be named, said Bercy had accepted the rise only after the retail levy was added. “Without the levy, there was no bill,” the adviser said.
O government Ministry of the Economy
L city Bercy
Q direct - :: “Without the levy, there was no bill,”
> In a café near Nancy, in Lorraine, Gérard Pélissier, 71, who milked cows for 43 years, followed the vote on his phone. “I get €870. With this, maybe €1,100. It’s not a fortune, but I can stop counting every coin,” he said.
L city Nancy
L region Lorraine
P full Gérard Pélissier
F age 71
F duration 43 years
Q direct Gérard Pélissier :: “I get €870. With this, maybe €1,100. It’s not a fortune, but I can stop counting every coin,”
F money €870
F money €1,100
> The bill now goes to the Senate, where the Les Républicains group has promised amendments, before a final vote expected in February.
O government Senate
O party Les Républicains
'''

ARTICLES['1262-scottish-open-final-round-renaissance-club-strachan-van-der-heijden-scotsman'] = r'''
> Sport
> Golf
> Calum Strachan holds his nerve to win Scottish Open as Van der Heijden falters
P full Calum Strachan
P partial Van der Heijden
> Fife golfer closes with a 66 to finish 14 under at the Renaissance Club and claim a first DP World Tour title
L region Fife
F score 66
F score 14 under
L facility Renaissance Club
O other DP World Tour
> By Niall Ogilvie
P full Niall Ogilvie
> Golf Correspondent
> Published 15th Jul 2040, 19:05 BST
F date 15th Jul 2040
F time 19:05 BST
> Calum Strachan lifts the trophy on the 18th green at the Renaissance Club, North Berwick. Picture: Ewan Dalgleish/SNS Group
P full Calum Strachan
L facility Renaissance Club
L city North Berwick
P full Ewan Dalgleish
O media SNS Group
> CALUM Strachan had waited 11 years as a professional for a day like this, and when it came he needed only a 66, a kind bounce on the 17th and a two-foot putt on the last to become the first Fifer to win the title in 40 years.
P full CALUM Strachan
F duration 11 years
F score 66
F quantity two-foot
F duration 40 years
> The 27-year-old from Elie finished on 14-under-par 270, one shot clear of Daan van der Heijden, who had led by two with four holes to play before a double bogey at the 15th and a bogey at the last.
F age 27-year-old
L city Elie
F score 14-under-par
F score 270
F number one
P full Daan van der Heijden
F number two
F number four
> Tucker Beauregard, from Mobile, Alabama, was third on 12 under after a 67, while Sweden’s Axel Nordström Öberg, the overnight leader, slid to a 74 and a share of ninth.
P full Tucker Beauregard
L city Mobile
L region Alabama
F score 12 under
F score 67
L country Sweden
P full Axel Nordström Öberg
F score 74
> “I’ve dreamt about this since I was eight, hitting balls on the links at Elie with my dad,” said Strachan, who collects £1.26 million from the $9 million prize fund.
Q direct Calum Strachan :: “I’ve dreamt about this since I was eight, hitting balls on the links at Elie with my dad,”
F age eight
L city Elie
P partial Strachan
F money £1.26 million
F money $9 million
> “When Daan made six on 15, I told myself not to look at the boards. Dougie talked about football the whole way up 16 and 17. I don’t think I heard a word.
Q direct Calum Strachan :: “When Daan made six on 15, I told myself not to look at the boards. Dougie talked about football the whole way up 16 and 17. I don’t think I heard a word.
P partial Daan
F score six
P partial Dougie
> “Then the putt on 18 was two feet and it felt like 20. My hands were shaking.”
Q direct Calum Strachan :: “Then the putt on 18 was two feet and it felt like 20. My hands were shaking.”
F quantity two feet
F number 20
> Strachan’s caddie, Dougie Kerr, who carried his bag on the Challenge Tour in 2037, said the pair had talked about “anything but golf” over the closing stretch.
P partial Strachan
P full Dougie Kerr
O other Challenge Tour
F date 2037
Q direct Dougie Kerr :: “anything but golf”
> Van der Heijden, 31, was gracious in defeat. “Calum played the better golf today. I hit a bad three-wood on 15 and paid for it,” the Dutchman said. “Six was a big number there. My caddie told me on the 16th tee, ‘Forget it, there is still a chance,’ and he was right until the last.”
P partial Van der Heijden
F age 31
Q direct Daan van der Heijden :: “Calum played the better golf today. I hit a bad three-wood on 15 and paid for it,”
P partial Calum
Q direct Daan van der Heijden :: “Six was a big number there. My caddie told me on the 16th tee, ‘Forget it, there is still a chance,’ and he was right until the last.”
F score Six
> Beauregard, whose closing 67 included an eagle at the par-five 16th, said he would fly home to Alabama with “a lot of confidence”.
P partial Beauregard
F score 67
F score par-five
L region Alabama
Q direct Tucker Beauregard :: “a lot of confidence”
> Nordström Öberg, 22, who had opened with rounds of 65, 66 and 67, made three bogeys in his first five holes and signed for a 74. “The wind turned and I didn’t,” he said.
P partial Nordström Öberg
F age 22
F score 65
F score 66
F score 67
F number three
F number five
F score 74
Q direct Axel Nordström Öberg :: “The wind turned and I didn’t,”
> A crowd of 18,500 followed the final round in a stiff easterly, with gusts of 30mph off the Firth of Forth.
F number 18,500
F quantity 30mph
L geo Firth of Forth
> Strachan, ranked 212th in the world in January, moves into the top 60 and earns a two-year exemption on the DP World Tour.
P partial Strachan
F number 60
F duration two-year
O other DP World Tour
> Leading final scores (GB and Ireland unless stated):
L country GB
L country Ireland
> 270 C Strachan 68 69 67 66
F score 270
P full C Strachan
F score 68
F score 69
F score 67
F score 66
> 271 D van der Heijden (Ned) 67 68 66 70
F score 271
P full D van der Heijden
L country Ned
F score 67
F score 68
F score 66
F score 70
> 272 T Beauregard (US) 70 68 67 67
F score 272
P full T Beauregard
L country US
F score 70
F score 68
F score 67
F score 67
'''

ARTICLES['1263-grand-harbour-ferry-valletta-three-cities-senglea-cospicua-times-of-malta'] = r'''
> Local
> Three Cities ferry to run every 15 minutes under €18.5m contract
L region Three Cities
F duration 15 minutes
F money €18.5m
> New 10-year deal adds two electric boats, but Cospicua says it is still left out
F duration 10-year
F number two
L city Cospicua
> Kurt Azzopardi Sciberras
P full Kurt Azzopardi Sciberras
> Tuesday, 19 March 2041, 06:30
F date 19 March 2041
F time 06:30
> 3 min read
F duration 3 min
> A ferry crosses the Grand Harbour from Valletta to Birgu on Monday. Photo: Jonathan Cauchi Ellul
L geo Grand Harbour
L city Valletta
L city Birgu
P full Jonathan Cauchi Ellul
> The ferry linking Valletta with the Three Cities will run every 15 minutes from June under an €18.5 million, 10-year contract signed on Monday, Transport Minister Keith Vella Bonnici announced.
L city Valletta
L region Three Cities
F duration 15 minutes
F money €18.5 million
F duration 10-year
P full Keith Vella Bonnici
> The service, run by Harbour Link Ferries Ltd, carried 1.42 million passengers in 2040, up 18 per cent on the year before, and makes about 190 crossings a day between Valletta, Birgu (Vittoriosa) and Senglea (Isla).
O company Harbour Link Ferries Ltd
F number 1.42 million
F date 2040
F percent 18 per cent
F number 190
L city Valletta
L city Birgu
L city Vittoriosa
L city Senglea
L city Isla
> Under the new contract, the operator will add two electric boats that can carry 150 passengers each and extend the last crossing from 8pm to 11.30pm on weekdays and to 1am on Saturdays.
F number two
F number 150
F time 8pm
F time 11.30pm
F time 1am
> “Every passenger on the ferry is one car fewer at the Marsa junction. This is how we fix traffic around the harbour – not with another flyover,” Vella Bonnici said at the signing in Birgu.
Q direct Keith Vella Bonnici :: “Every passenger on the ferry is one car fewer at the Marsa junction. This is how we fix traffic around the harbour – not with another flyover,”
F number one
L city Marsa
P partial Vella Bonnici
L city Birgu
> The contract is worth €1.85 million a year, against €1.1 million under the previous agreement, which expired in December. A single ticket will stay at €1.50, or 75 cents for students and pensioners.
F money €1.85 million
F money €1.1 million
F money €1.50
F money 75 cents
> Transport Malta said the operator would face a penalty of €500 for every cancelled crossing and that punctuality would be checked “through GPS data, every single day”.
O government Transport Malta
F money €500
Q direct Transport Malta :: “through GPS data, every single day”
> Opposition transport spokeswoman Graziella Attard Xuereb said the government was “announcing the same boats twice”, since two of the vessels had been promised in the 2039 budget. The contract, she said, had been extended without a fresh public call.
P full Graziella Attard Xuereb
Q direct Graziella Attard Xuereb :: “announcing the same boats twice”
F number two
F date 2039
> In Cospicua, the largest of the three towns, the ferry still does not stop. Mayor Antoine Galea Debono said residents of Bormla, as the town is known in Maltese, must walk to the Senglea landing. “Our people are told, ‘Walk to Isla and catch it there.’ That is 20 minutes up and down the hill with shopping bags.
L city Cospicua
F number three
P full Antoine Galea Debono
L city Bormla
L city Senglea
Q direct Antoine Galea Debono :: “Our people are told, ‘Walk to Isla and catch it there.’ That is 20 minutes up and down the hill with shopping bags.
L city Isla
F duration 20 minutes
> “We asked for a stop at Dock No. 1 in 2039. Nobody even answered the letter,” he said.
Q direct Antoine Galea Debono :: “We asked for a stop at Dock No. 1 in 2039. Nobody even answered the letter,”
L facility Dock No. 1
F date 2039
> A ministry spokesman, who asked not to be named, said a Cospicua stop was “being studied” and could be added “within the life of the contract”.
L city Cospicua
Q direct - :: “being studied”
Q direct - :: “within the life of the contract”
> For Daniela Micallef Ħili, 34, a nurse who lives in Kalkara and works in Valletta, the ferry has replaced a bus ride through Żabbar and Paola that took up to an hour. “The boat takes seven minutes. When it runs late, the whole ward knows,” she said.
P full Daniela Micallef Ħili
F age 34
L city Kalkara
L city Valletta
L city Żabbar
L city Paola
Q direct Daniela Micallef Ħili :: “The boat takes seven minutes. When it runs late, the whole ward knows,”
F duration seven minutes
> Harbour Link Ferries chief executive Sandro Buttiġieġ said crews would be trained on the new boats in May. The first of them is due from a shipyard in Turkey in April.
O company Harbour Link Ferries
P full Sandro Buttiġieġ
L country Turkey
'''

ARTICLES['1264-shirley-community-hub-rebuild-christchurch-council-vote-stuff'] = r'''
> Christchurch
L city Christchurch
> Shirley's $31.4m community hub rebuild back on track after tight council vote
L city Shirley
F money $31.4m
> The east Christchurch suburb has waited 28 years for a replacement for the community centre lost in the earthquakes.
L city Christchurch
F duration 28 years
> Maia Te Awhitu-Rowe
P full Maia Te Awhitu-Rowe
> 05:00, Sep 15 2039
F time 05:00
F date Sep 15 2039
> The empty site on Shirley Rd where the old community centre stood. JOSEPH FALEOLO-HART/STUFF
L street Shirley Rd
P full JOSEPH FALEOLO-HART
O media STUFF
> A $31.4 million community hub for Shirley will go ahead after Christchurch city councillors voted 9-8 on Wednesday to approve the project, ending a two-year standoff over its cost.
F money $31.4 million
L city Shirley
L city Christchurch
F number 9-8
F duration two-year
> The hub, on the Shirley Rd site of the community centre that was damaged in the February 2011 earthquake and later demolished, will include a library, a 250-seat hall, a youth space and a health clinic. Construction is due to start in March 2040 and finish in late 2041.
L street Shirley Rd
F date February 2011
F number 250
F date March 2040
F date 2041
> The cost has grown from the $22m first budgeted in 2036. Council staff blamed construction prices, which rose 31 per cent over three years, and the need to build to a higher seismic standard on the site's soft, sandy ground.
F money $22m
F date 2036
F percent 31 per cent
F duration three years
> Cr Huia Paewai-Rennie, who represents Shirley and the neighbouring suburbs of Dallington, Richmond and Burwood, said the vote was "a long time coming".
P full Huia Paewai-Rennie
L city Shirley
L city Dallington
L city Richmond
L city Burwood
Q direct Huia Paewai-Rennie :: "a long time coming"
> "The east was hit hardest in 2011 and it has been at the back of the queue ever since. The central city got its stadium, its library, its convention centre," she said. "Out here, kids have grown up and left school without ever having a place to go after 3pm.
Q direct Huia Paewai-Rennie :: "The east was hit hardest in 2011 and it has been at the back of the queue ever since. The central city got its stadium, its library, its convention centre,"
F date 2011
Q direct Huia Paewai-Rennie :: "Out here, kids have grown up and left school without ever having a place to go after 3pm.
F time 3pm
> "People keep telling me, 'Next year, next year.' Well, next year has finally arrived."
Q direct Huia Paewai-Rennie :: "People keep telling me, 'Next year, next year.' Well, next year has finally arrived."
> Cr Grant Ellwood, who voted against, said the council could not keep approving projects that had run over budget. "Every ratepayer in Halswell and Papanui is paying for this overrun. That's $9.4m we don't have," he said.
P full Grant Ellwood
Q direct Grant Ellwood :: "Every ratepayer in Halswell and Papanui is paying for this overrun. That's $9.4m we don't have,"
L city Halswell
L city Papanui
F money $9.4m
> Ellwood wanted the hall cut back to 150 seats, which staff said would save about $2.1m.
P partial Ellwood
F number 150
F money $2.1m
> Mayor Lianne Kershaw used her casting vote in an earlier round on the design, but on Wednesday the 9-8 majority held without it. Kershaw said the city had "a debt to the east" and that the money would come from the council's $180m capital programme, not from new borrowing.
P full Lianne Kershaw
F number 9-8
P partial Kershaw
Q direct Lianne Kershaw :: "a debt to the east"
F money $180m
> The Shirley Village Project, a community trust that has run youth programmes from a church hall since 2019, said it had raised $1.6m towards the library fit-out and would hand it over once the contract was signed.
O nonprofit Shirley Village Project
F date 2019
F money $1.6m
> "We have held sausage sizzles for 15 years. We were not going to stop now," the trust's chair, Raewyn McAlpine-Tuhiwai, said.
Q direct Raewyn McAlpine-Tuhiwai :: "We have held sausage sizzles for 15 years. We were not going to stop now,"
F duration 15 years
P full Raewyn McAlpine-Tuhiwai
> A council staff member, who asked not to be named because they were not authorised to speak, said the project had been redesigned three times since 2036. "This is the version that fits the money. There won't be a fourth," they said.
F number three
F date 2036
Q direct - :: "This is the version that fits the money. There won't be a fourth,"
> The building will cover 2400 square metres on a 1.1ha site beside Shirley Rd and Hills Rd. Ōtautahi Community Housing Trust plans 40 homes on the land behind it.
F quantity 2400 square metres
F quantity 1.1ha
L street Shirley Rd
L street Hills Rd
O nonprofit Ōtautahi Community Housing Trust
F number 40
> Residents can see the plans at a drop-in session at the Shirley Library from 4.30pm to 7pm on Saturday, September 24.
L facility Shirley Library
F time 4.30pm
F time 7pm
F date September 24
'''

ARTICLES['1265-meridian-basin-petroleum-third-quarter-profit-permian-output-bloomberg'] = r'''
> Energy
> Meridian Basin Profit Falls 18% as Permian Output Misses Estimates
O company Meridian Basin
F percent 18%
L geo Permian
> Production averaged 1.12 million barrels of oil equivalent per day
F quantity 1.12 million barrels of oil equivalent per day
> Company trims 2041 spending plan by $600 million, keeps buybacks
F date 2041
F money $600 million
> By Lauren Okafor-Whitcombe and Diego Santamaría Ruiz
P full Lauren Okafor-Whitcombe
P full Diego Santamaría Ruiz
> October 30, 2040 at 7:12 AM EDT
F date October 30, 2040
F time 7:12 AM EDT
> A pumpjack at a Meridian Basin well site near Midland, Texas. Photographer: Callum Reyes-Navarro/Bloomberg
O company Meridian Basin
L city Midland
L region Texas
P full Callum Reyes-Navarro
O media Bloomberg
> (Bloomberg) -- Meridian Basin Petroleum Inc. said third-quarter profit fell 18% as output from its Permian Basin wells came in below forecasts and crude prices slipped, sending the shares down as much as 4.6% in early New York trading.
O media Bloomberg
O company Meridian Basin Petroleum Inc.
F percent 18%
L geo Permian Basin
F percent 4.6%
L city New York
> Adjusted net income dropped to $1.94 billion, or $1.21 a share, from $2.37 billion a year earlier, the Houston-based company said in a statement Tuesday. Analysts surveyed by Bloomberg had expected $1.38 a share.
F money $1.94 billion
F money $1.21
F money $2.37 billion
L city Houston
O media Bloomberg
F money $1.38
> Production averaged 1.12 million barrels of oil equivalent per day, about 40,000 barrels short of the company’s own guidance, after wildfires near the New Mexico border forced it to shut 210 wells for nine days in August.
F quantity 1.12 million barrels of oil equivalent per day
F quantity 40,000 barrels
L region New Mexico
F number 210
F duration nine days
> “We lost nine days and we’ve got them back. The Permian story hasn’t changed,” Chief Executive Officer Dana Whitlock-Soames said on a call with analysts. “What has changed is the price, and we’re not going to chase barrels at $60 oil.”
Q direct Dana Whitlock-Soames :: “We lost nine days and we’ve got them back. The Permian story hasn’t changed,”
F duration nine days
L geo Permian
P full Dana Whitlock-Soames
Q direct Dana Whitlock-Soames :: “What has changed is the price, and we’re not going to chase barrels at $60 oil.”
F money $60
> West Texas Intermediate averaged $61.40 a barrel in the quarter, down 11% from a year earlier, as OPEC+ unwound its output cuts and US shale supply held near records.
F money $61.40
F percent 11%
O intergovernmental OPEC+
L country US
> Meridian Basin cut its 2041 capital budget to between $9.2 billion and $9.6 billion, about $600 million less than planned in July, and said it would slow drilling on its acreage in the Delaware Basin. The company kept its $5 billion share buyback, which it called “non-negotiable.”
O company Meridian Basin
F date 2041
F money $9.2 billion
F money $9.6 billion
F money $600 million
L geo Delaware Basin
F money $5 billion
Q direct Meridian Basin Petroleum Inc. :: “non-negotiable.”
> The spending cut “shows discipline, but it also tells you growth is over for now,” said Priya Ramaswamy-Kerr, an analyst at Bloomberg Intelligence. She estimated that the reduced rig count would lower 2041 output growth to 2% to 3%, from the 5% the company had signaled in February.
Q direct Priya Ramaswamy-Kerr :: “shows discipline, but it also tells you growth is over for now,”
P full Priya Ramaswamy-Kerr
O company Bloomberg Intelligence
F date 2041
F percent 2%
F percent 3%
F percent 5%
> The shares have fallen 14% this year, compared with a 6.5% decline in the S&P 500 Energy Index. They traded at $71.08 at 10:04 a.m. in New York.
F percent 14%
F percent 6.5%
F money $71.08
F time 10:04 a.m.
L city New York
> Meridian Basin also booked a $310 million impairment on offshore assets in Guyana, where it holds a 25% stake in a block operated by a larger partner. A person familiar with the matter, who asked not to be identified because the talks are private, said the company had held early discussions about selling the stake. “Guyana was always a bet, and the bet got expensive,” the person said.
O company Meridian Basin
F money $310 million
L country Guyana
F percent 25%
Q direct - :: “Guyana was always a bet, and the bet got expensive,”
L country Guyana
> A Meridian Basin spokesperson declined to comment on the Guyana stake.
O company Meridian Basin
L country Guyana
> Free cash flow fell to $2.8 billion in the quarter from $3.5 billion. Whitlock-Soames, 56, who took over in 2038, has promised to return at least half of it to shareholders. The company will pay a quarterly dividend of 92 cents a share on Dec. 15.
F money $2.8 billion
F money $3.5 billion
P partial Whitlock-Soames
F age 56
F date 2038
F fraction half
F money 92 cents
F date Dec. 15
> --With assistance from Mariana Cuéllar
P full Mariana Cuéllar
'''

ARTICLES['1266-typhoon-sisang-relief-catanduanes-barangays-virac-bato-inquirer'] = r'''
> Regions
> Relief slow to reach Catanduanes villages a week after ‘Sisang’
L region Catanduanes
Q scare - :: ‘Sisang’
> By: Ma. Theresa Vibal-Obias - Correspondent / @inquirersouthernluzon
P full Ma. Theresa Vibal-Obias
> Philippine Daily Inquirer / 05:08 AM November 18, 2039
O media Philippine Daily Inquirer
F time 05:08 AM
F date November 18, 2039
> WAITING — Residents of Barangay Batalay in Bato, Catanduanes, line up for family food packs on Wednesday, six days after Typhoon “Sisang” made landfall. —ROLANDO T. TABUZO
L city Barangay Batalay
L city Bato
L region Catanduanes
F duration six days
Q scare - :: “Sisang”
P full ROLANDO T. TABUZO
> VIRAC, Catanduanes, Philippines — A week after Typhoon “Sisang” tore across this island province, at least 31 of its 315 barangays have yet to receive a single food pack from the national government, provincial officials said on Thursday.
L city VIRAC
L region Catanduanes
L country Philippines
Q scare - :: “Sisang”
F number 31
F number 315
> Sisang made landfall in the town of Baras at 3:40 a.m. on Nov. 11 with maximum sustained winds of 195 kilometers per hour, the strongest to hit the province since 2020. Signal No. 5 was raised over Catanduanes for 14 hours.
L city Baras
F time 3:40 a.m.
F date Nov. 11
F quantity 195 kilometers per hour
F date 2020
L region Catanduanes
F duration 14 hours
> According to the Provincial Disaster Risk Reduction and Management Office (PDRRMO), the typhoon destroyed 4,820 houses, damaged 17,300 others and left 12 people dead and three missing. Damage to crops, mostly abaca and rice, was placed at P486.2 million.
O government Provincial Disaster Risk Reduction and Management Office
O government PDRRMO
F number 4,820
F number 17,300
F number 12
F number three
F money P486.2 million
> The Department of Social Welfare and Development (DSWD) in Bicol said it had shipped 38,000 family food packs to the island from its warehouse in Legazpi City, but that rough seas kept cargo vessels in port at Tabaco for three days.
O government Department of Social Welfare and Development
O government DSWD
L region Bicol
F number 38,000
L city Legazpi City
L city Tabaco
F duration three days
> “The packs are in Virac. The problem is the last 40 kilometers,” said Gov. Jericho “Koko” Sarmiento Alcantara, referring to the coastal road to the northern towns of Pandan, Caramoran and Bagamanoc, where at least nine bridges and culverts were washed out.
Q direct Jericho “Koko” Sarmiento Alcantara :: “The packs are in Virac. The problem is the last 40 kilometers,”
L city Virac
F quantity 40 kilometers
P full Jericho “Koko” Sarmiento Alcantara
Q scare - :: “Koko”
L city Pandan
L city Caramoran
L city Bagamanoc
F number nine
> “We are using trucks up to the river, then people carry the sacks across on their shoulders. A 25-kilo sack of rice takes four men. We asked the Philippine Air Force for helicopters on Sunday and we are still waiting,” he added.
Q direct Jericho “Koko” Sarmiento Alcantara :: “We are using trucks up to the river, then people carry the sacks across on their shoulders. A 25-kilo sack of rice takes four men. We asked the Philippine Air Force for helicopters on Sunday and we are still waiting,”
F quantity 25-kilo
F number four
O government Philippine Air Force
> In Barangay Sipi in Caramoran, punong barangay Evelyn Tarrayo-Sorsogon, 58, said her 740 residents had received only rice from the town hall. “We have rice, but no water. The pipe from the spring was cut by a landslide, so we boil rainwater,” she said.
L city Barangay Sipi
L city Caramoran
P full Evelyn Tarrayo-Sorsogon
F age 58
F number 740
Q direct Evelyn Tarrayo-Sorsogon :: “We have rice, but no water. The pipe from the spring was cut by a landslide, so we boil rainwater,”
> “Wala pang dumadating na taga-DSWD dito,” she added. (Nobody from the DSWD has come here yet.)
Q direct Evelyn Tarrayo-Sorsogon :: “Wala pang dumadating na taga-DSWD dito,”
O government DSWD
O government DSWD
> The Office of Civil Defense (OCD) in Bicol said a Philippine Coast Guard vessel would carry 6,000 food packs and 2,500 liters of drinking water to Pandan on Friday, weather permitting.
O government Office of Civil Defense
O government OCD
L region Bicol
O government Philippine Coast Guard
F number 6,000
F quantity 2,500 liters
L city Pandan
> An OCD official, who was not authorized to speak to the media, said the agency had been “caught between two typhoons,” as Sisang came only 10 days after another storm hit Samar.
O government OCD
Q direct - :: “caught between two typhoons,”
F number two
F duration 10 days
L geo Samar
> Each food pack contains 6 kilos of rice, eight cans of sardines or corned beef and five sachets of coffee, and is meant to last a family of five for two to three days.
F quantity 6 kilos
F number eight
F number five
F number five
F duration two
F duration three days
> The provincial board on Wednesday declared a state of calamity, allowing the province to release P52 million from its quick response fund. Families whose homes were destroyed will each receive P10,000 in cash aid, Sarmiento Alcantara said.
F money P52 million
F money P10,000
P partial Sarmiento Alcantara
> In Virac, fisherman Nestor Abundo, 46, said 60 of the 85 boats in his village were smashed against the seawall. “No boat, no fish, no money. The food pack lasts two days. What about the next two months?” he asked.
L city Virac
P full Nestor Abundo
F age 46
F number 60
F number 85
Q direct Nestor Abundo :: “No boat, no fish, no money. The food pack lasts two days. What about the next two months?”
F duration two days
F duration two months
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
