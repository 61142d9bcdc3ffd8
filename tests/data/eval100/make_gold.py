#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval100 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval100/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['643-anambra-governorship-inec-declares-ezeokoli-ibe-apga-lp-rejects-result-awka-collation-thecable'] = r'''
> Politics
> Anambra guber: INEC declares APGA’s Ezeokoli-Ibe winner, LP heads to tribunal
L region Anambra
O government INEC
O party APGA
P partial Ezeokoli-Ibe
O party LP
> Ogochukwu Anyaegbunam-Eze
P full Ogochukwu Anyaegbunam-Eze
> November 8, 2037 11:52 am
F date November 8, 2037
F time 11:52 am
> Chinedu Ezeokoli-Ibe (middle) with supporters at the APGA secretariat in Awka on Sunday. Photo: TheCable/Obinna Udeogu
P full Chinedu Ezeokoli-Ibe
O party APGA
L city Awka
O media TheCable
P full Obinna Udeogu
> The Independent National Electoral Commission (INEC) has declared Chinedu Ezeokoli-Ibe of the All Progressives Grand Alliance (APGA) winner of Saturday’s governorship election in Anambra State.
O government Independent National Electoral Commission
O government INEC
P full Chinedu Ezeokoli-Ibe
O party All Progressives Grand Alliance
O party APGA
L region Anambra State
> Dasiba Tobin-West, vice-chancellor of Rivers State University and the state returning officer, announced the result at about 6:40am on Sunday at the INEC collation centre in Awka, the state capital, after more than 17 hours of collation.
P full Dasiba Tobin-West
O education Rivers State University
F time 6:40am
O government INEC
L city Awka
F duration 17 hours
> Ezeokoli-Ibe, a 51-year-old former commissioner for finance, polled 214,638 votes to defeat Obiora Nnaemeka Okafor of the Labour Party (LP), who scored 158,207 votes. Ugochi Mbanefo-Ilodigwe of the All Progressives Congress (APC) came a distant third with 61,940 votes, while Kenechukwu Ofodile of the Peoples Democratic Party (PDP) polled 18,315.
P partial Ezeokoli-Ibe
F age 51-year-old
F number 214,638
P full Obiora Nnaemeka Okafor
O party Labour Party
O party LP
F number 158,207
P full Ugochi Mbanefo-Ilodigwe
O party All Progressives Congress
O party APC
F number 61,940
P full Kenechukwu Ofodile
O party Peoples Democratic Party
O party PDP
F number 18,315
> The winner also secured at least 25 percent of the votes cast in 19 of the state’s 21 local government areas, above the constitutional threshold of a quarter of the votes in two-thirds of the LGAs.
F percent 25 percent
F number 19
F number 21
F fraction a quarter
F fraction two-thirds
> “That Ezeokoli-Ibe Chinedu of the APGA, having satisfied the requirements of the law and scored the highest number of votes cast, is hereby declared the winner and returned elected,” Tobin-West said, to cheers from party agents in the hall.
Q direct Dasiba Tobin-West :: “That Ezeokoli-Ibe Chinedu of the APGA, having satisfied the requirements of the law and scored the highest number of votes cast, is hereby declared the winner and returned elected,”
P full Ezeokoli-Ibe Chinedu
O party APGA
P partial Tobin-West
> Of the 2,874,318 registered voters in the state, only 491,206 were accredited, a turnout of 17.1 percent. Below are the figures as announced:
F number 2,874,318
F number 491,206
F percent 17.1 percent
> APGA – 214,638
O party APGA
F number 214,638
> LP – 158,207
O party LP
F number 158,207
> APC – 61,940
O party APC
F number 61,940
> PDP – 18,315
O party PDP
F number 18,315
> YPP – 14,502
O party YPP
F number 14,502
> ADC – 5,817
O party ADC
F number 5,817
> Others (10 parties) – 6,114
F number 10
F number 6,114
> Total valid votes – 479,533
F number 479,533
> Rejected votes – 9,874
F number 9,874
> ‘WE ARE GOING TO TRIBUNAL’
Q direct Obiora Nnaemeka Okafor :: ‘WE ARE GOING TO TRIBUNAL’
> Okafor, who carried Onitsha North, Onitsha South, Ogbaru and Ihiala, rejected the result, alleging that the scores of 212 polling units in Ogbaru and Ihiala were “doctored” between the units and the ward collation centres.
P partial Okafor
L region Onitsha North
L region Onitsha South
L region Ogbaru
L region Ihiala
F number 212
L region Ogbaru
L region Ihiala
Q direct Obiora Nnaemeka Okafor :: “doctored”
> “What was uploaded on IReV is not what they announced in Awka. We have the BVAS data, and we are going to tribunal,” he told TheCable on Sunday.
Q direct Obiora Nnaemeka Okafor :: “What was uploaded on IReV is not what they announced in Awka. We have the BVAS data, and we are going to tribunal,”
L city Awka
O media TheCable
> He said LP agents were “chased away” from collation centres in Anambra East and Anambra West by “thugs in APGA vests”.
O party LP
Q direct Obiora Nnaemeka Okafor :: “chased away”
L region Anambra East
L region Anambra West
Q direct Obiora Nnaemeka Okafor :: “thugs in APGA vests”
O party APGA
> Reacting, APGA’s national publicity secretary, Chidubem Okonkwo-Nnaji, described the allegation as “the usual cry of a bad loser” and urged Okafor to “congratulate Ndi Anambra and join hands with the governor-elect”.
O party APGA
P full Chidubem Okonkwo-Nnaji
Q direct Chidubem Okonkwo-Nnaji :: “the usual cry of a bad loser”
P partial Okafor
Q direct Chidubem Okonkwo-Nnaji :: “congratulate Ndi Anambra and join hands with the governor-elect”
L region Anambra
> Yiaga Africa, which deployed 1,120 observers to a random sample of polling units, said the official results were “consistent with” its own estimates, which put APGA’s share of the vote between 43.4 percent and 46.2 percent.
O nonprofit Yiaga Africa
F number 1,120
Q direct Yiaga Africa :: “consistent with”
O party APGA
F percent 43.4 percent
F percent 46.2 percent
> The civil society group, however, said voting did not hold in 27 polling units in Ihiala and Orumba South where election materials were burnt, and described vote buying in parts of Nnewi North as “brazen”, with party agents offering voters between N5,000 and N10,000.
F number 27
L region Ihiala
L region Orumba South
L region Nnewi North
Q direct Yiaga Africa :: “brazen”
F money N5,000
F money N10,000
> An INEC ad hoc staff member who worked at the Ihiala collation centre, and who asked not to be named, denied that any scores were altered. “We worked from Saturday morning to Sunday dawn without food. Whoever says the result was written in Awka was not in that hall,” the official said.
O government INEC
L region Ihiala
Q direct - :: “We worked from Saturday morning to Sunday dawn without food. Whoever says the result was written in Awka was not in that hall,”
L city Awka
> The Anambra State Police Command said one person was killed and two police officers were injured when gunmen attacked a polling unit at Uli, in Ihiala LGA, on Saturday morning. The command’s spokesperson, Chiamaka Obi-Nwosu, said 14 suspects had been arrested across the state.
O government Anambra State Police Command
F number one
F number two
L city Uli
L region Ihiala LGA
P full Chiamaka Obi-Nwosu
F number 14
> Ezeokoli-Ibe, who hails from Umunze in Orumba South, will be sworn in on March 17, 2038, when the tenure of the incumbent governor expires.
P partial Ezeokoli-Ibe
L city Umunze
L region Orumba South
F date March 17, 2038
> “This victory belongs to every Anambra man and woman who came out in the rain on Saturday,” he said in his acceptance speech at the party secretariat. “To my brothers in the LP, the APC and the PDP, the door is open. Anambra is bigger than all of us.”
Q direct Chinedu Ezeokoli-Ibe :: “This victory belongs to every Anambra man and woman who came out in the rain on Saturday,”
L region Anambra
Q direct Chinedu Ezeokoli-Ibe :: “To my brothers in the LP, the APC and the PDP, the door is open. Anambra is bigger than all of us.”
O party LP
O party APC
O party PDP
L region Anambra
'''

ARTICLES['644-sambor-mekong-dam-approved-kratie-irrawaddy-dolphins-kampi-pool-fishers-mrc-wwf-phnom-penh-post'] = r'''
> National
> Sambor dam on Mekong gets nod as Kratie fishers fear for dolphins
L facility Sambor
L geo Mekong
L region Kratie
> Chhorn Sreyleak | Publication date 18 October 2038 | 21:15 ICT
P full Chhorn Sreyleak
F date 18 October 2038
F time 21:15 ICT
> Fishermen cast nets in the Mekong near the Kampi pool, north of Kratie town, on Saturday. Heng Sinath
L geo Mekong
L geo Kampi
L city Kratie
P full Heng Sinath
> The Council of Ministers on Friday approved a 1,400-megawatt hydropower dam on the Mekong at Sambor in Kratie province, the first dam on the river's main stem inside Cambodia, eight years after a 10-year moratorium on such projects announced in 2020 came to an end.
O government Council of Ministers
F quantity 1,400-megawatt
L geo Mekong
L city Sambor
L region Kratie
L country Cambodia
F duration eight years
F duration 10-year
F date 2020
> The $3.6 billion project will be built and run for 40 years by Tonle Meas Hydropower Co., Ltd, a joint venture between Phnom Penh-based Tonle Meas Group and China's Huaxin Energy Investment, before being handed to the state, according to a statement issued after the weekly plenary session.
F money $3.6 billion
F duration 40 years
O company Tonle Meas Hydropower Co., Ltd
L city Phnom Penh
O company Tonle Meas Group
L country China
O company Huaxin Energy Investment
> State utility Electricite du Cambodge (EDC) will buy the dam's power at 6.9 US cents per kilowatt-hour, the statement said, adding that the project would "reduce the Kingdom's dependence on imported electricity" once its first turbines start in 2045.
O company Electricite du Cambodge
O company EDC
F money 6.9 US cents
Q direct Council of Ministers :: "reduce the Kingdom's dependence on imported electricity"
L country Kingdom
F date 2045
> Ministry of Mines and Energy spokesman Chhay Vibol told The Post on Sunday that the dam had been redesigned since Chinese engineers first studied it in the 2000s, and would now stand 24 metres high with a reservoir reaching 56km upstream, about half the length of the earlier plan.
O government Ministry of Mines and Energy
P full Chhay Vibol
O media The Post
F date 2000s
F quantity 24 metres
F quantity 56km
F fraction half
> "The old design would have flooded more than 80 villages. The new design affects 19, and every family will be compensated with land or cash," Vibol said.
Q direct Chhay Vibol :: "The old design would have flooded more than 80 villages. The new design affects 19, and every family will be compensated with land or cash,"
F number 80
F number 19
P partial Vibol
> He said about 2,300 households in Sambor district and neighbouring Stung Treng province would be moved to new villages on higher ground by the end of 2040.
F number 2,300
L region Sambor
L region Stung Treng
F date 2040
> The dam site lies upstream of the Kampi pool, a deep stretch of the river about 15km north of Kratie town where most of the Mekong's remaining Irrawaddy dolphins gather in the dry season.
L geo Kampi
F quantity 15km
L city Kratie
L geo Mekong
L geo Irrawaddy
> A census by WWF-Cambodia and the Fisheries Administration in April counted 71 dolphins on the 190km stretch between Kratie and the Lao border, down from 89 in 2020.
O nonprofit WWF-Cambodia
O government Fisheries Administration
F number 71
F quantity 190km
L city Kratie
F number 89
F date 2020
> "A wall across the river at Sambor will cut the dolphins off from the deep pools upstream and change the water they live in. Nobody can promise us that 71 will not become zero," said WWF-Cambodia country director Ouk Chanrithy.
Q direct Ouk Chanrithy :: "A wall across the river at Sambor will cut the dolphins off from the deep pools upstream and change the water they live in. Nobody can promise us that 71 will not become zero,"
L city Sambor
F number 71
F number zero
O nonprofit WWF-Cambodia
P full Ouk Chanrithy
> Chanrithy said the organisation would ask the government to publish the dam's full environmental impact assessment, which has not been made public.
P partial Chanrithy
> On Koh Khnhe, a river island near Sambor, fisherman Sim Sarin, 56, said his catch had already fallen by half since dams upstream in Laos began operating.
L geo Koh Khnhe
L city Sambor
P full Sim Sarin
F age 56
F fraction half
L country Laos
> "Before, I could sell 20 kilos a day. Now I am happy with five," he said, adding that fish fetched 14,000 riel a kilogramme at the market in Kratie town, twice the price of five years ago.
Q direct Sim Sarin :: "Before, I could sell 20 kilos a day. Now I am happy with five,"
F quantity 20 kilos
F number five
F money 14,000 riel
L city Kratie
F duration five years
> "If they close the river, where do we go? My family has fished here since the time of my grandfather's grandfather," Sarin said.
Q direct Sim Sarin :: "If they close the river, where do we go? My family has fished here since the time of my grandfather's grandfather,"
P partial Sarin
> The Mekong River Commission (MRC), the intergovernmental body of Cambodia, Laos, Thailand and Vietnam, said in a statement from its secretariat in Vientiane that Cambodia had notified it of the project in March 2037 and that the six-month prior consultation process had ended in January.
O intergovernmental Mekong River Commission
O intergovernmental MRC
L country Cambodia
L country Laos
L country Thailand
L country Vietnam
L city Vientiane
L country Cambodia
F date March 2037
F duration six-month
> The commission said its experts had found that the dam could trap up to 60 percent of the sediment that now reaches the Mekong Delta in Vietnam, and that the developer "must design the dam to pass sediment and fish, not only water."
F percent 60 percent
L region Mekong Delta
L country Vietnam
Q direct Mekong River Commission :: "must design the dam to pass sediment and fish, not only water."
> Tonle Meas Group chairman Oknha Taing Kimsrun said the company would build "the largest fish passage in Southeast Asia" and spend $45 million over 10 years on monitoring fish and dolphins with the Fisheries Administration.
O company Tonle Meas Group
P full Taing Kimsrun
Q direct Taing Kimsrun :: "the largest fish passage in Southeast Asia"
L region Southeast Asia
F money $45 million
F duration 10 years
O government Fisheries Administration
> "We have learned from the dams in Laos and in China. Sambor will be the dam that shows it can be done differently," Kimsrun said.
Q direct Taing Kimsrun :: "We have learned from the dams in Laos and in China. Sambor will be the dam that shows it can be done differently,"
L country Laos
L country China
L facility Sambor
P partial Kimsrun
> Kratie provincial governor Mao Sokunthea said the province had set aside 1,200 hectares near Sambor town for resettlement, with a school, a health centre and a market.
L region Kratie
P full Mao Sokunthea
F quantity 1,200 hectares
L city Sambor
> Construction is due to begin in November 2039 and take six years.
F date November 2039
F duration six years
'''

ARTICLES['645-challenge-roth-wendelstein-course-record-kjaersgaard-third-title-solarer-berg-results-220-triathlon'] = r'''
> News
> Wendelstein smashes Roth record as Kjærsgaard claims third title
P partial Wendelstein
L city Roth
P partial Kjærsgaard
> The home favourite went under 7:20 on a scorching day in Franconia, while the Dane ran down Aroha Paewai on the canal with 4km to go
F duration 7:20
L region Franconia
P full Aroha Paewai
F quantity 4km
> Kirsten Aldous-Wray
P full Kirsten Aldous-Wray
> Published: July 11, 2038 at 8:14 pm
F date July 11, 2038
F time 8:14 pm
> Jonas Wendelstein celebrates in the Triathlon Stadium in Roth after breaking the course record. (Credit: Challenge Family/Lennart Hebel)
P full Jonas Wendelstein
L facility Triathlon Stadium
L city Roth
O company Challenge Family
P full Lennart Hebel
> Jonas Wendelstein gave the home crowd what it came for on Sunday, winning Challenge Roth in 7:19:47 to lower the course record by more than three minutes, while Denmark’s Mette Kjærsgaard won the women’s race for the third time.
P full Jonas Wendelstein
F duration 7:19:47
F duration three minutes
L country Denmark
P full Mette Kjærsgaard
> The 27-year-old from Schwabach, who trains on the roads of the bike course, came out of the 3.8km swim in the Main-Donau-Kanal at Hilpoltstein in sixth place, 1:48 behind Portugal’s Tiago Brandão Ferreira, and had ridden to the front before the first climb of the Solarer Berg.
F age 27-year-old
L city Schwabach
F quantity 3.8km
L geo Main-Donau-Kanal
L city Hilpoltstein
F duration 1:48
L country Portugal
P full Tiago Brandão Ferreira
L geo Solarer Berg
> His 180km bike split of 3:58:21 was the fastest of the day by almost two minutes, and he started the marathon with a lead of 5:02 over Kasper Brøndum Lykke. The Dane cut that to 2:30 by the halfway point in Büchenbach but could get no closer.
F quantity 180km
F duration 3:58:21
F duration two minutes
F duration 5:02
P full Kasper Brøndum Lykke
F duration 2:30
L city Büchenbach
> ‘I grew up ten minutes from the Solarer Berg. As a boy I stood there screaming for other people, so to ride up it in front with that noise – I had goosebumps the whole way,’ Wendelstein said.
Q direct Jonas Wendelstein :: ‘I grew up ten minutes from the Solarer Berg. As a boy I stood there screaming for other people, so to ride up it in front with that noise – I had goosebumps the whole way,’
F duration ten minutes
L geo Solarer Berg
P partial Wendelstein
> ‘When I saw the clock in the stadium I could not believe it. I was thinking maybe 7:25, not this. My coach kept shouting “Tempo, tempo” at me and I thought he was joking.
Q direct Jonas Wendelstein :: ‘When I saw the clock in the stadium I could not believe it. I was thinking maybe 7:25, not this. My coach kept shouting “Tempo, tempo” at me and I thought he was joking.
F duration 7:25
> ‘This record belongs to Roth and to everybody who stood out there in 34 degrees.’
Q direct Jonas Wendelstein :: ‘This record belongs to Roth and to everybody who stood out there in 34 degrees.’
L city Roth
F quantity 34 degrees
> Lykke held on for second in 7:24:05, with Ferreira third in 7:27:32. Switzerland’s Lukas Roth – ‘no relation to the town’, he joked – was fifth after a five-minute drafting penalty on the descent into Greding.
P partial Lykke
F duration 7:24:05
P partial Ferreira
F duration 7:27:32
L country Switzerland
P full Lukas Roth
Q direct Lukas Roth :: ‘no relation to the town’
F duration five-minute
L city Greding
> In the women’s race, Kjærsgaard, 34, came out of the water alongside Paewai and Germany’s Svenja Hilpert, lost 3:40 to the New Zealander on the bike and passed her on the canal towpath with 4km to run.
P partial Kjærsgaard
F age 34
P partial Paewai
L country Germany
P full Svenja Hilpert
F duration 3:40
F quantity 4km
> The Dane, who also won in 2034 and 2036, crossed the line in 8:02:35, 41 seconds ahead of Paewai and 2:11 outside the course record she set two years ago.
F date 2034
F date 2036
F duration 8:02:35
F duration 41 seconds
P partial Paewai
F duration 2:11
F duration two years
> ‘I knew from the last turnaround that she was suffering. I was suffering too, but I have been here before and I know how long that last 2km through the town feels,’ said Kjærsgaard, who takes home €40,000 of the €250,000 prize purse.
Q direct Mette Kjærsgaard :: ‘I knew from the last turnaround that she was suffering. I was suffering too, but I have been here before and I know how long that last 2km through the town feels,’
F quantity 2km
P partial Kjærsgaard
F money €40,000
F money €250,000
> Paewai, 29, from Ōpōtiki on New Zealand’s North Island, was philosophical. ‘I gave it everything on the bike, maybe a bit too much. Mette was just better today,’ she said.
P partial Paewai
F age 29
L city Ōpōtiki
L country New Zealand
L geo North Island
Q direct Aroha Paewai :: ‘I gave it everything on the bike, maybe a bit too much. Mette was just better today,’
P partial Mette
> Organisers Challenge Family said an estimated 260,000 spectators lined the 180km bike course and the marathon, with the biggest crowds on the Solarer Berg. Temperatures reached 34C in the afternoon, and four extra aid stations were added to the run.
O company Challenge Family
F number 260,000
F quantity 180km
L geo Solarer Berg
F quantity 34C
F number four
> Wendelstein also collects a €10,000 bonus for the course record.
P partial Wendelstein
F money €10,000
> Men
> 1. Jonas Wendelstein (GER) 7:19:47
P full Jonas Wendelstein
L country GER
F duration 7:19:47
> 2. Kasper Brøndum Lykke (DEN) 7:24:05
P full Kasper Brøndum Lykke
L country DEN
F duration 7:24:05
> 3. Tiago Brandão Ferreira (POR) 7:27:32
P full Tiago Brandão Ferreira
L country POR
F duration 7:27:32
> 4. Ren Tsukamoto (JPN) 7:30:18
P full Ren Tsukamoto
L country JPN
F duration 7:30:18
> 5. Lukas Roth (SUI) 7:31:54
P full Lukas Roth
L country SUI
F duration 7:31:54
> 6. Sipho Dlamini-Brandt (RSA) 7:34:40
P full Sipho Dlamini-Brandt
L country RSA
F duration 7:34:40
> Women
> 1. Mette Kjærsgaard (DEN) 8:02:35
P full Mette Kjærsgaard
L country DEN
F duration 8:02:35
> 2. Aroha Paewai (NZL) 8:03:16
P full Aroha Paewai
L country NZL
F duration 8:03:16
> 3. Svenja Hilpert (GER) 8:09:58
P full Svenja Hilpert
L country GER
F duration 8:09:58
> 4. Inés Arrieta Goikoetxea (ESP) 8:12:40
P full Inés Arrieta Goikoetxea
L country ESP
F duration 8:12:40
> 5. Chloé Ndiaye-Marchand (FRA) 8:15:03
P full Chloé Ndiaye-Marchand
L country FRA
F duration 8:15:03
> 6. Hannah Sixsmith (GBR) 8:18:47
P full Hannah Sixsmith
L country GBR
F duration 8:18:47
'''

ARTICLES['646-munster-camogie-final-waterford-beat-cork-ni-bhriain-late-goal-fraher-field-dungarvan-team-lists-irish-examiner'] = r'''
> Camogie
> Ní Bhriain goal ends Déise wait as Waterford stun Cork in Munster final
P partial Ní Bhriain
O team Déise
O team Waterford
O team Cork
L region Munster
> Waterford 1-14 Cork 0-15
O team Waterford
F score 1-14
O team Cork
F score 0-15
> Substitute Siobhán Ní Bhriain struck two minutes from time at Fraher Field to give Waterford their first Munster senior title in 12 years
P full Siobhán Ní Bhriain
F duration two minutes
L facility Fraher Field
O team Waterford
L region Munster
F duration 12 years
> Úna Breathnach
P full Úna Breathnach
> Sat, 19 Jun, 2038 - 20:15
F date 19 Jun, 2038
F time 20:15
> Waterford’s Siobhán Ní Bhriain celebrates her late goal against Cork at Fraher Field, Dungarvan. Picture: INPHO/Niall Tobin-Keane
O team Waterford
P full Siobhán Ní Bhriain
O team Cork
L facility Fraher Field
L city Dungarvan
O media INPHO
P full Niall Tobin-Keane
> WATERFORD are Munster camogie champions for the first time in 12 years after substitute Siobhán Ní Bhriain found the Cork net two minutes from the end of normal time at a sun-baked Fraher Field on Saturday.
O team WATERFORD
L region Munster
F duration 12 years
P full Siobhán Ní Bhriain
O team Cork
F duration two minutes
L facility Fraher Field
> Cork had led by three points, 0-13 to 0-10, with 12 minutes remaining and looked on course for a fourth provincial title in five years.
O team Cork
F number three
F score 0-13
F score 0-10
F duration 12 minutes
F duration five years
> But the Déise, driven on by centre-back Orlaith Nic Craith, hit four of the next five points, and Ní Bhriain, introduced in the 44th minute, gathered Aoibheann Power’s long delivery, turned full-back Ciara Ní Laoghaire and drove a low shot past Éadaoin Buckley in the Cork goal.
O team Déise
P full Orlaith Nic Craith
F number four
F number five
P partial Ní Bhriain
P full Aoibheann Power
P full Ciara Ní Laoghaire
P full Éadaoin Buckley
O team Cork
> Roisín O’Driscoll-Healy, who finished with eight points, six from frees, pointed a free in the first minute of stoppage time, but Waterford held out in front of a crowd of 4,318.
P full Roisín O’Driscoll-Healy
F number eight
F number six
O team Waterford
F number 4,318
> “We talked all week about staying in the game until the last five minutes, because that’s when Cork usually kill teams off,” said Waterford manager Pádraig Ó Cearbhaill.
Q direct Pádraig Ó Cearbhaill :: “We talked all week about staying in the game until the last five minutes, because that’s when Cork usually kill teams off,”
F duration five minutes
O team Cork
O team Waterford
P full Pádraig Ó Cearbhaill
> “Siobhán was raging at not starting. I told her, ‘Go out and show me I was wrong.’ She did.”
Q direct Pádraig Ó Cearbhaill :: “Siobhán was raging at not starting. I told her, ‘Go out and show me I was wrong.’ She did.”
P partial Siobhán
> Ní Bhriain, a 19-year-old from the Ardmore club, was still shaking on the pitch half an hour after the final whistle. “I just saw the corner of the net and hit it. I don’t even remember it going in,” she said.
P partial Ní Bhriain
F age 19-year-old
O team Ardmore
F duration half an hour
Q direct Siobhán Ní Bhriain :: “I just saw the corner of the net and hit it. I don’t even remember it going in,”
> Cork had dominated the first half and led 0-9 to 0-5 at the break, with O’Driscoll-Healy and the Glen Rovers midfielder Sorcha Ní Chorcora sharing seven points between them. Waterford’s Niamh Keane-Whelan kept her side in touch with three frees and a '45'.
O team Cork
F score 0-9
F score 0-5
P partial O’Driscoll-Healy
O team Glen Rovers
P full Sorcha Ní Chorcora
F number seven
O team Waterford
P full Niamh Keane-Whelan
F number three
Q scare - :: '45'
F number 45
> Cork manager Declan Ó Súilleabháin said his side had been “flat” after the break. “We’ll regroup. There’s an All-Ireland to be won and we won’t be the last team to lose a Munster final,” he said.
O team Cork
P full Declan Ó Súilleabháin
Q direct Declan Ó Súilleabháin :: “flat”
Q direct Declan Ó Súilleabháin :: “We’ll regroup. There’s an All-Ireland to be won and we won’t be the last team to lose a Munster final,”
L region Munster
> The sides could meet again in the All-Ireland group stage, which begins on July 3.
F date July 3
> Player of the match: Orlaith Nic Craith (Waterford)
P full Orlaith Nic Craith
O team Waterford
> Scorers for Waterford: N Keane-Whelan 0-7 (0-5 frees, 0-1 '45'), S Ní Bhriain 1-1, O Nic Craith 0-2, A Power 0-2, C Fitzgerald 0-1, M Ní Fhlannagáin 0-1.
O team Waterford
P full N Keane-Whelan
F score 0-7
F score 0-5
F score 0-1
Q scare - :: '45'
F number 45
P full S Ní Bhriain
F score 1-1
P full O Nic Craith
F score 0-2
P full A Power
F score 0-2
P full C Fitzgerald
F score 0-1
P full M Ní Fhlannagáin
F score 0-1
> Scorers for Cork: R O’Driscoll-Healy 0-8 (0-6 frees), S Ní Chorcora 0-3, A Cronin-Buckley 0-2, É Desmond 0-1, C Lordan 0-1.
O team Cork
P full R O’Driscoll-Healy
F score 0-8
F score 0-6
P full S Ní Chorcora
F score 0-3
P full A Cronin-Buckley
F score 0-2
P full É Desmond
F score 0-1
P full C Lordan
F score 0-1
> WATERFORD: C Ní Mhurchú (Gailltír); R Flynn (Ballygunner), E Whelan (An Rinn), S Dunphy (Sliabh gCua); K Walsh (Comeragh), O Nic Craith (Ardmore), L Drohan (Lismore); A Power (Clashmore-Kinsalebeg), C Fitzgerald (Dunhill); M Ní Fhlannagáin (An Rinn), N Keane-Whelan (Gailltír), E Hurney (Tallow); J Morrissey (De La Salle), B Kirwan (Portlaw), S Lenihan (Ballygunner).
O team WATERFORD
P full C Ní Mhurchú
O team Gailltír
P full R Flynn
O team Ballygunner
P full E Whelan
O team An Rinn
P full S Dunphy
O team Sliabh gCua
P full K Walsh
O team Comeragh
P full O Nic Craith
O team Ardmore
P full L Drohan
O team Lismore
P full A Power
O team Clashmore-Kinsalebeg
P full C Fitzgerald
O team Dunhill
P full M Ní Fhlannagáin
O team An Rinn
P full N Keane-Whelan
O team Gailltír
P full E Hurney
O team Tallow
P full J Morrissey
O team De La Salle
P full B Kirwan
O team Portlaw
P full S Lenihan
O team Ballygunner
> Subs: S Ní Bhriain (Ardmore) for Lenihan (44), D Kiely (Colligan) for Morrissey (52).
P full S Ní Bhriain
O team Ardmore
P partial Lenihan
P full D Kiely
O team Colligan
P partial Morrissey
> CORK: É Buckley (Inniscarra); C Ní Laoghaire (Seandún), L Twomey (Milford), H Kenny (Sarsfields); N Hegarty (Killeagh), M Ní Chorráin (Courcey Rovers), F Barry (Douglas); S Ní Chorcora (Glen Rovers), A Cronin-Buckley (St Finbarr’s); É Desmond (Cloughduv), R O’Driscoll-Healy (Éire Óg), C Lordan (Kilbrittain); D Harte (Watergrasshill), Á Mulcahy (Aghabullogue), K Forde (Ballinhassig).
O team CORK
P full É Buckley
O team Inniscarra
P full C Ní Laoghaire
O team Seandún
P full L Twomey
O team Milford
P full H Kenny
O team Sarsfields
P full N Hegarty
O team Killeagh
P full M Ní Chorráin
O team Courcey Rovers
P full F Barry
O team Douglas
P full S Ní Chorcora
O team Glen Rovers
P full A Cronin-Buckley
O team St Finbarr’s
P full É Desmond
O team Cloughduv
P full R O’Driscoll-Healy
O team Éire Óg
P full C Lordan
O team Kilbrittain
P full D Harte
O team Watergrasshill
P full Á Mulcahy
O team Aghabullogue
P full K Forde
O team Ballinhassig
> Subs: T Kiely (Newcestown) for Harte (48), J Nagle (Killeagh) for Mulcahy (55).
P full T Kiely
O team Newcestown
P partial Harte
P full J Nagle
O team Killeagh
P partial Mulcahy
> Referee: R Ní Cheallaigh (Galway)
P full R Ní Cheallaigh
L region Galway
'''

ARTICLES['647-kefalonia-wildfire-mount-ainos-sami-evacuations-112-tourists-by-sea-antisamos-fire-service-to-vima'] = r'''
> Greece
L country Greece
> Wildfire On Kefalonia Forces Evacuation Of Villages Near Sami, Tourists Moved By Sea
L geo Kefalonia
L city Sami
> Gale-force winds drove the blaze from the slopes of Mount Ainos towards the island’s east coast, as the Fire Service warned that the night would be critical
L geo Mount Ainos
O government Fire Service
> Katerina Vallianatou
P full Katerina Vallianatou
> August 12, 2038 | 21:37
F date August 12, 2038
F time 21:37
> A Canadair water-bombing aircraft makes a drop above Karavomylos, near Sami, on Thursday afternoon. Photo: ERT
O company Canadair
L city Karavomylos
L city Sami
O media ERT
> A wildfire that broke out on Thursday afternoon in pine forest on the eastern slopes of Mount Ainos on Kefalonia forced the evacuation of four villages and hundreds of tourists around the port town of Sami, as winds of up to 7 Beaufort pushed the flames towards the coast.
L geo Mount Ainos
L geo Kefalonia
F number four
L city Sami
F quantity 7 Beaufort
> The Hellenic Fire Service said 146 firefighters with 52 engines were battling the blaze, backed by six Canadair water-bombers, three helicopters, an army unit and volunteers with water tankers from across the island.
O government Hellenic Fire Service
F number 146
F number 52
F number six
O company Canadair
F number three
> Messages sent through the European emergency number 112 shortly after 3pm ordered residents of Poulata, Digaleto and Karavomylos to move towards Sami, and a second message at 6:20pm told residents of Agia Efimia, 10 kilometres to the north, to be ready to leave.
F time 3pm
L city Poulata
L city Digaleto
L city Karavomylos
L city Sami
F time 6:20pm
L city Agia Efimia
F quantity 10 kilometres
> The Hellenic Coast Guard said 412 people, most of them tourists, were taken off the beaches at Antisamos and Karavomylos by patrol boats, fishing boats and tourist caiques and brought to the harbour at Sami, from where buses took them to Argostoli, the island’s capital.
O government Hellenic Coast Guard
F number 412
L geo Antisamos
L city Karavomylos
L city Sami
L city Argostoli
> “We were on the beach at Antisamos when the smoke came over the hill. Within 20 minutes the sky was orange and there was ash falling on the children,” said Gemma Hollinshead, 41, a teacher from Stockport who was on holiday with her family. “The boat crew were amazing. Nobody panicked.”
Q direct Gemma Hollinshead :: “We were on the beach at Antisamos when the smoke came over the hill. Within 20 minutes the sky was orange and there was ash falling on the children,”
L geo Antisamos
F duration 20 minutes
P full Gemma Hollinshead
F age 41
L city Stockport
Q direct Gemma Hollinshead :: “The boat crew were amazing. Nobody panicked.”
> Deputy Minister for Climate Crisis and Civil Protection Michalis Kosmetatos, who arrived on the island on Thursday evening, said the wind was forecast to turn north-westerly after midnight.
P full Michalis Kosmetatos
> “The next hours are critical. Our priority is to keep the fire out of the villages and away from the fir forest of the national park,” he said, adding that two more Canadair aircraft would be sent from Elefsina at first light.
Q direct Michalis Kosmetatos :: “The next hours are critical. Our priority is to keep the fire out of the villages and away from the fir forest of the national park,”
F number two
O company Canadair
L city Elefsina
> On the ground, crews were cutting firebreaks by hand in the ravines above Poulata. “The engines cannot get into those gullies, so it is shovels and chainsaws, and the wind keeps throwing embers over our heads,” said a firefighter from Argostoli, who asked not to be named because he was not authorised to speak to the press.
L city Poulata
Q direct - :: “The engines cannot get into those gullies, so it is shovels and chainsaws, and the wind keeps throwing embers over our heads,”
L city Argostoli
> The upper slopes of Ainos form the Mount Ainos National Park, which protects the island’s endemic Kefalonian fir and a herd of semi-wild horses. The Fire Service said on Thursday night that the flames had not entered the park.
L geo Ainos
L geo Mount Ainos National Park
O government Fire Service
> In Sami, the municipality opened the primary school, the cultural centre and two churches to evacuees, and several hotels offered rooms free of charge.
L city Sami
F number two
> “People are sleeping on camp beds in the school and in hotels that opened their doors without asking anything. Nobody is in danger tonight, but the front is very close to the houses at Poulata,” Sami Mayor Gerasimos Vandoros told To Vima by phone.
Q direct Gerasimos Vandoros :: “People are sleeping on camp beds in the school and in hotels that opened their doors without asking anything. Nobody is in danger tonight, but the front is very close to the houses at Poulata,”
L city Poulata
L region Sami
P full Gerasimos Vandoros
O media To Vima
> Spyridoula Tzannetatou, 78, was driven out of Digaleto by her grandson with the fire “on the other side of the olive grove.” “I left with my medicines and my icons. The rest is in the hands of the saint,” she said at the cultural centre in Sami.
P full Spyridoula Tzannetatou
F age 78
L city Digaleto
Q direct Spyridoula Tzannetatou :: “on the other side of the olive grove.”
Q direct Spyridoula Tzannetatou :: “I left with my medicines and my icons. The rest is in the hands of the saint,”
L city Sami
> Other evacuees from Digaleto were given beds at the Monastery of Agios Gerasimos in the Omala valley, west of the fire.
L city Digaleto
L facility Monastery of Agios Gerasimos
L geo Omala
> The Fire Service’s Arson Crimes Directorate (DAEE) has opened an investigation into the cause of the blaze. Police said a 67-year-old man from Poulata had been detained and would appear before a prosecutor in Argostoli on Friday.
O government Fire Service
O government Arson Crimes Directorate
O government DAEE
F age 67-year-old
L city Poulata
L city Argostoli
> Temperatures reached 39.4C in Argostoli on Thursday, according to the National Observatory of Athens, and the General Secretariat for Civil Protection had placed Kefalonia and the rest of the Ionian Islands in fire risk category 4, “very high”, for Thursday and Friday.
F quantity 39.4C
L city Argostoli
O education National Observatory of Athens
O government General Secretariat for Civil Protection
L geo Kefalonia
L region Ionian Islands
Q scare - :: “very high”
> By nightfall the fire had burned about 11,000 stremmata (1,100 hectares) of forest, olive groves and scrub, according to a first estimate by the Region of the Ionian Islands, which declared a state of emergency in eastern Kefalonia.
F quantity 11,000 stremmata
F quantity 1,100 hectares
O government Region of the Ionian Islands
L geo Kefalonia
> It is the third large wildfire in the Ionian Islands this summer, after fires on Zakynthos in July and on Corfu last week.
L region Ionian Islands
L geo Zakynthos
L geo Corfu
> Ferries between Sami and Ithaca were suspended on Thursday evening, the port authority said, while flights at Kefalonia International Airport operated normally.
L city Sami
L geo Ithaca
L facility Kefalonia International Airport
'''

ARTICLES['648-skeleton-creek-saltwater-spill-fish-kill-enid-garfield-county-occ-deq-redbud-midstream-enid-news-eagle'] = r'''
> Local News
> Saltwater line break kills fish along Skeleton Creek east of Enid
L geo Skeleton Creek
L city Enid
> Regulators say an estimated 4,200 barrels of oilfield brine reached the creek before the line was shut
F quantity 4,200 barrels
> By Dana Whitecotton Staff Writer
P full Dana Whitecotton
> Mar 16, 2038 Updated Mar 17, 2038
F date Mar 16, 2038
F date Mar 17, 2038
> Dead fish lie along the bank of Skeleton Creek north of East Willow Road on Tuesday after a saltwater pipeline broke upstream. (Bonnie Vallejo/Enid News & Eagle)
L geo Skeleton Creek
L street East Willow Road
P full Bonnie Vallejo
O media Enid News & Eagle
> State regulators are investigating after a ruptured pipeline carrying oilfield saltwater spilled an estimated 4,200 barrels of brine into Skeleton Creek east of Enid, killing fish along at least 6 miles of the creek, officials said Tuesday.
F quantity 4,200 barrels
L geo Skeleton Creek
L city Enid
F quantity 6 miles
> The 8-inch poly line, operated by Oklahoma City-based Redbud Midstream Water Solutions LLC, failed sometime between 2 and 4 a.m. Sunday about a mile north of U.S. 412, according to the Oklahoma Corporation Commission, which regulates oil and gas wells and saltwater disposal in the state.
F quantity 8-inch
L city Oklahoma City
O company Redbud Midstream Water Solutions LLC
F time 2
F time 4 a.m.
L street U.S. 412
O government Oklahoma Corporation Commission
> A rancher reported dead catfish and a white crust along the bank about 7:15 a.m. Monday, and Redbud shut the line about two hours later, OCC spokesman Corey Nighswonger said.
F time 7:15 a.m.
O company Redbud
F duration two hours
O government OCC
P full Corey Nighswonger
> "Once produced water gets into a creek like Skeleton, there's no getting it back out. What we can do now is stop the source, flush what we can and find out why that line failed," Nighswonger said.
Q direct Corey Nighswonger :: "Once produced water gets into a creek like Skeleton, there's no getting it back out. What we can do now is stop the source, flush what we can and find out why that line failed,"
L geo Skeleton
P partial Nighswonger
> Inspectors from the commission's Oil and Gas Conservation Division were on site Monday, and the line will stay shut until Redbud submits a repair plan and pressure-tests it, he said.
O government Oil and Gas Conservation Division
O company Redbud
> Water samples taken Monday afternoon by the Oklahoma Department of Environmental Quality showed chloride levels of 21,000 milligrams per liter at the Garland Road bridge, compared with 280 milligrams per liter upstream of the break. Seawater averages about 19,000.
O government Oklahoma Department of Environmental Quality
F quantity 21,000 milligrams per liter
L street Garland Road
F quantity 280 milligrams per liter
F quantity 19,000
> Oklahoma Department of Wildlife Conservation game warden Shayla Yellowfish said crews had counted more than 3,000 dead fish, mostly channel catfish, green sunfish and gizzard shad, along a stretch running south-east from Enid toward the Logan County line.
O government Oklahoma Department of Wildlife Conservation
P full Shayla Yellowfish
F number 3,000
L city Enid
L region Logan County
> "Catfish are tough. When they're floating, everything else in there is already dead," Yellowfish said.
Q direct Shayla Yellowfish :: "Catfish are tough. When they're floating, everything else in there is already dead,"
P partial Yellowfish
> Delbert Koehn, 71, runs cattle on land along the creek that his great-grandfather claimed in the 1893 land run. He found the dead fish Monday morning.
P full Delbert Koehn
F age 71
F date 1893
> "It looked like somebody had salted the bank for a hard freeze. Every fish in that hole was belly-up," Koehn said. "I've got 140 cow-calf pairs that drink out of that creek, and I've had to move every one of them to a stock pond."
Q direct Delbert Koehn :: "It looked like somebody had salted the bank for a hard freeze. Every fish in that hole was belly-up,"
P partial Koehn
Q direct Delbert Koehn :: "I've got 140 cow-calf pairs that drink out of that creek, and I've had to move every one of them to a stock pond."
F number 140
> In a written statement, Redbud Midstream said it "deeply regrets" the release, had vacuum trucks on site within hours and had recovered about 1,100 barrels of fluid from the creek and a neighboring pasture. The company said it would "make affected landowners whole" and haul water for livestock "for as long as it takes."
O company Redbud Midstream
Q direct Redbud Midstream Water Solutions LLC :: "deeply regrets"
F quantity 1,100 barrels
Q direct Redbud Midstream Water Solutions LLC :: "make affected landowners whole"
Q direct Redbud Midstream Water Solutions LLC :: "for as long as it takes."
> Commission records show the line was installed in 2029 and leaked twice before, in 2033 and 2036, both times less than 50 barrels. The commission can fine an operator up to $5,000 a day for each violation.
F date 2029
F date 2033
F date 2036
F quantity 50 barrels
F money $5,000
> Skeleton Creek runs into the Cimarron River about 50 miles south-east of Enid. DEQ said no public water supply draws from the creek, but it urged people to keep pets and livestock out of the water until further notice.
L geo Skeleton Creek
L geo Cimarron River
F quantity 50 miles
L city Enid
O government DEQ
> Enid's drinking water, which comes from wells west of the city and from Kaw Lake, is not affected, city spokeswoman Marisol Tran-Bishop said.
L city Enid
L geo Kaw Lake
P full Marisol Tran-Bishop
> Garfield County Emergency Management director Cody Pankratz said county crews had posted warning signs at six bridges and at the Skeleton Creek crossing on Owen K. Garriott Road.
O government Garfield County Emergency Management
P full Cody Pankratz
F number six
L geo Skeleton Creek
L street Owen K. Garriott Road
> Whitecotton is a staff writer for the Enid News & Eagle. Contact her at dwhitecotton@enidnews.com.
P partial Whitecotton
O media Enid News & Eagle
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
