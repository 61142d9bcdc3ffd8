#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval106 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval106/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['679-letlhakane-mine-care-and-maintenance-debswana-orapa-640-jobs-bmwu-boteti-sunday-standard'] = r'''
> Business
> Debswana To Mothball Letlhakane Mine As Diamond Slump Deepens
O company Debswana
L facility Letlhakane Mine
> Union warns of 'ghost town' in Boteti as 640 jobs go
Q direct Kagiso Phenyo Motlhabane :: 'ghost town'
L region Boteti
F number 640
> By Tshepiso Molefhe
P full Tshepiso Molefhe
> Sunday, 14 March 2038
F date 14 March 2038
> Debswana's Letlhakane Mine, where diamonds have been recovered only from old tailings since open-pit mining ended in 2017. Picture: Debswana
O company Debswana
L facility Letlhakane Mine
F date 2017
O company Debswana
> Debswana Diamond Company will place Letlhakane Mine on care and maintenance from 1 May, cutting 640 permanent jobs and about 1,100 contractor positions in the Boteti sub-district as a slump in rough diamond sales enters its third year.
O company Debswana Diamond Company
L facility Letlhakane Mine
F date 1 May
F number 640
F number 1,100
L region Boteti
> The company, which is jointly owned by the Government of Botswana and De Beers, told the Botswana Mine Workers Union (BMWU) in a letter dated 9 March that the mine's tailings treatment plant had become "uneconomic at current prices". Production at the larger Orapa Mine, 40km to the north-west, will be cut by a quarter from June.
O government Government of Botswana
O company De Beers
O nonprofit Botswana Mine Workers Union
O nonprofit BMWU
F date 9 March
Q direct Debswana Diamond Company :: "uneconomic at current prices"
L facility Orapa Mine
F quantity 40km
F fraction a quarter
> "This is not a retrenchment, it is a death sentence for Letlhakane. Boteti has no other big employer. When the mine stops, the shops close, the combis stop running and our young people leave for Francistown and Gaborone, and what remains is a ghost town," said BMWU general secretary Kagiso Phenyo Motlhabane.
Q direct Kagiso Phenyo Motlhabane :: "This is not a retrenchment, it is a death sentence for Letlhakane. Boteti has no other big employer. When the mine stops, the shops close, the combis stop running and our young people leave for Francistown and Gaborone, and what remains is a ghost town,"
L city Letlhakane
L region Boteti
L city Francistown
L city Gaborone
O nonprofit BMWU
P full Kagiso Phenyo Motlhabane
> Motlhabane said the union would meet Debswana management in Orapa on Tuesday to ask for the closure to be put off by at least six months, for a voluntary separation package of "not less than 24 months' pay", and for as many workers as possible to be moved to Orapa and Jwaneng.
P partial Motlhabane
O company Debswana
L city Orapa
F duration six months
Q direct Kagiso Phenyo Motlhabane :: "not less than 24 months' pay"
F duration 24 months
L city Orapa
L city Jwaneng
> In a statement, Debswana said the decision was "painful but unavoidable". Its acting managing director, Boitumelo Mmusi-Sebina, said sales of rough diamonds through De Beers had fallen by 38 percent in 2037 to US$1.9 billion, and that the stock held at the company's sorting house in Gaborone was "at a level we have not seen since 2009".
O company Debswana
Q direct Debswana Diamond Company :: "painful but unavoidable"
P full Boitumelo Mmusi-Sebina
O company De Beers
F percent 38 percent
F date 2037
F money US$1.9 billion
L city Gaborone
Q direct Boitumelo Mmusi-Sebina :: "at a level we have not seen since 2009"
F date 2009
> "We are not closing Letlhakane. We are resting it until the market recovers, and the plant will be kept in a condition that allows us to restart within 12 months," she said.
Q direct Boitumelo Mmusi-Sebina :: "We are not closing Letlhakane. We are resting it until the market recovers, and the plant will be kept in a condition that allows us to restart within 12 months,"
L facility Letlhakane
F duration 12 months
> She said laboratory-grown stones, which now sell for less than US$40 a carat wholesale, had taken "more than half" of the engagement-ring market in the United States, where most of the world's polished diamonds are sold.
F money US$40
Q direct Boitumelo Mmusi-Sebina :: "more than half"
F fraction half
L country United States
> A town built on one pit
F number one
> Letlhakane, a village of about 27,000 people 40km south-east of Orapa, grew up around the mine, which opened in 1977. Unlike Orapa, a fenced company town that visitors need a permit to enter, it lives on the shops, lodges and transport businesses that serve the miners and their families.
L city Letlhakane
F number 27,000
F quantity 40km
L city Orapa
F date 1977
L city Orapa
> At a kgotla meeting in the village on Thursday, Kgosi Tebogo Ramotswa told more than 400 residents that the tribal administration had not been consulted.
P full Tebogo Ramotswa
F number 400
> "Our fathers dug that pit with their hands, and now our children are told to go and look for work in Gaborone. Where will they sleep? Who will feed them?" Kgosi Ramotswa asked.
Q direct Tebogo Ramotswa :: "Our fathers dug that pit with their hands, and now our children are told to go and look for work in Gaborone. Where will they sleep? Who will feed them?"
L city Gaborone
P partial Ramotswa
> The meeting closed, as kgotla meetings do, with shouts of "Pula!"
Q direct - :: "Pula!"
> Wage bill
> Debswana pays about P38 million a month in wages and contractor fees at the mine, according to the union, and the Boteti Sub-District Council says a third of the 6,400 households in Letlhakane and the surrounding villages of Mokoboxane, Mmatshumo and Xhumo depend directly on it.
O company Debswana
F money P38 million
O government Boteti Sub-District Council
F fraction a third
F number 6,400
L city Letlhakane
L city Mokoboxane
L city Mmatshumo
L city Xhumo
> A permanent employee at the mine earns an average of P16,500 a month. Workers who accept voluntary separation will be paid three weeks' wages for every year of service, the company said.
F money P16,500
F duration three weeks
> Diamonds account for about 80 percent of Botswana's exports and a third of government revenue, and the Bank of Botswana said last month that it expected the economy to shrink by 1.4 percent in 2038, the second contraction in three years.
F percent 80 percent
L country Botswana
F fraction a third
O government Bank of Botswana
F percent 1.4 percent
F date 2038
F duration three years
> The MP for Boteti West, Thapelo Kenosi Olebile (UDC), said he would raise the closure in Parliament this week and ask the Ministry of Minerals and Energy why a soda ash and copper project promised for the area in 2034 had never gone ahead.
L region Boteti West
P full Thapelo Kenosi Olebile
O party UDC
O government Parliament
O government Ministry of Minerals and Energy
F date 2034
> "Government cannot keep telling Boteti to wait for the market. The market has been bad for three years," Olebile said.
Q direct Thapelo Kenosi Olebile :: "Government cannot keep telling Boteti to wait for the market. The market has been bad for three years,"
L region Boteti
F duration three years
P partial Olebile
> The ministry did not respond to questions sent by the Sunday Standard on Friday. Debswana said affected employees would be paid in full until 30 April and that counsellors from its wellness programme would be stationed at the mine for eight weeks.
O media Sunday Standard
O company Debswana
F date 30 April
F duration eight weeks
'''

ARTICLES['680-lampuki-season-opens-19-fewer-boats-marsaxlokk-kannizzati-positions-tunisian-nets-times-of-malta'] = r'''
> National
> Lampuki season opens with 19 fewer boats as fuel costs bite
F number 19
> ‘We are paying to fish for the Tunisians,’ Marsaxlokk fisherman says
Q direct Ġużeppi Xuereb Mallia :: ‘We are paying to fish for the Tunisians,’
L city Marsaxlokk
> Ramona Attard Pace
P full Ramona Attard Pace
> 3 min read
F duration 3 min
> Tuesday, 16 August 2039, 13:10
F date 16 August 2039
F time 13:10
> Fishermen unload the first lampuki of the season at Marsaxlokk on Monday. Photo: Jonathan Borg
L city Marsaxlokk
P full Jonathan Borg
> Only 112 boats put out from Marsaxlokk, Marsaskala and Mġarr, Gozo, for the opening of the lampuki season on Monday, 19 fewer than last year and a drop of almost 15 per cent, as fishermen blamed fuel prices and foreign vessels for a season many say no longer pays.
F number 112
L city Marsaxlokk
L city Marsaskala
L city Mġarr
L geo Gozo
F number 19
F percent 15 per cent
> The boats had laid their kannizzati – the rafts of cork and palm fronds under which the fish gather – at 9,480 positions drawn by lot in July, between 12 and 70 nautical miles off the islands, the Department of Fisheries and Aquaculture said.
F number 9,480
F quantity 12
F quantity 70 nautical miles
O government Department of Fisheries and Aquaculture
> By Tuesday morning, 6,850 kilograms had been sold through the Pixkerija, the wholesale fish market in Marsa, at an average of €3.10 a kilo, down from €4.40 on the opening day of 2038, according to the Malta Food Agency.
F quantity 6,850 kilograms
L facility Pixkerija
L city Marsa
F money €3.10
F money €4.40
F date 2038
O government Malta Food Agency
> “We are paying to fish for the Tunisians,” said Ġużeppi Xuereb Mallia, 58, who has fished out of Marsaxlokk since he was 14. “Diesel is €1.28 a litre and the rafts cost me €6,000 before I caught a single fish. Then I reach my positions south of Lampedusa and find somebody else’s nets on them.”
Q direct Ġużeppi Xuereb Mallia :: “We are paying to fish for the Tunisians,”
P full Ġużeppi Xuereb Mallia
F age 58
L city Marsaxlokk
F age 14
Q direct Ġużeppi Xuereb Mallia :: “Diesel is €1.28 a litre and the rafts cost me €6,000 before I caught a single fish. Then I reach my positions south of Lampedusa and find somebody else’s nets on them.”
F money €1.28
F money €6,000
L geo Lampedusa
> Xuereb Mallia, who works an 11-metre boat with his son, told Times of Malta that 23 of his 160 rafts had been cut loose or moved by Monday afternoon.
P partial Xuereb Mallia
F quantity 11-metre
O media Times of Malta
F number 23
F number 160
> Positions ‘not respected’
Q direct Għaqda Koperattiva tas-Sajd :: ‘not respected’
> The Għaqda Koperattiva tas-Sajd, the cooperative that represents most full-time fishermen, said it had reported 31 cases of foreign boats working Maltese positions since the rafts were laid on August 10, and that positions agreed between states were “not respected” in international waters.
O company Għaqda Koperattiva tas-Sajd
F number 31
F date August 10
Q direct Għaqda Koperattiva tas-Sajd :: “not respected”
> Its president, Raymond Cutajar Spiteri, said the positions were agreed every year through the General Fisheries Commission for the Mediterranean (GFCM), of which Malta, Tunisia and Italy are members.
P full Raymond Cutajar Spiteri
O intergovernmental General Fisheries Commission for the Mediterranean
O intergovernmental GFCM
L country Malta
L country Tunisia
L country Italy
> “If the rules mean anything, Malta must raise this in Brussels and with Tunis. It cannot leave fishermen to argue with each other 50 miles out at sea,” he said.
Q direct Raymond Cutajar Spiteri :: “If the rules mean anything, Malta must raise this in Brussels and with Tunis. It cannot leave fishermen to argue with each other 50 miles out at sea,”
L country Malta
L city Brussels
L city Tunis
F quantity 50 miles
> A spokesperson for the Ministry for Agriculture, Fisheries and Animal Rights said the Armed Forces of Malta had been asked to step up patrols and that the ministry “takes every report seriously”. A patrol boat escorted a Maltese vessel away from a dispute 41 nautical miles south-west of Malta on Monday night, the spokesperson said.
O government Ministry for Agriculture, Fisheries and Animal Rights
O government Armed Forces of Malta
Q direct - :: “takes every report seriously”
F quantity 41 nautical miles
L country Malta
> Fuel and prices
> Full-time fishermen receive a fuel subsidy of 30 cents a litre under a scheme that expires on December 31. The ministry said a decision on extending it would be taken “in the coming weeks”.
F money 30 cents
F date December 31
Q direct Ministry for Agriculture, Fisheries and Animal Rights :: “in the coming weeks”
> Lampuki landings peaked at 480 tonnes in 2031 but fell to 212 tonnes last year, the lowest since records began in 1993, according to the National Statistics Office.
F quantity 480 tonnes
F date 2031
F quantity 212 tonnes
F date 1993
O government National Statistics Office
> At Marsaxlokk’s Sunday market, fishmongers were selling lampuki at €7 to €9 a kilo, while restaurants in St Paul’s Bay were charging up to €24 for a plate of fried lampuki with capers.
L city Marsaxlokk
F money €7
F money €9
L city St Paul’s Bay
F money €24
> Nationalist Party fisheries spokesman Kevin Agius Ferrante said the government had “left an entire trade to sink” and called for the subsidy to be doubled.
O party Nationalist Party
P full Kevin Agius Ferrante
Q direct Kevin Agius Ferrante :: “left an entire trade to sink”
> On Sunday evening, the parish priest of Marsaxlokk, Fr Mark Zerafa Grima, blessed the boats from a luzzu in the harbour, as the village has done at the start of every season for more than a century.
L city Marsaxlokk
P full Mark Zerafa Grima
> “Twenty years ago you could not see the water for the boats,” he said. “This year I could count them.”
Q direct Mark Zerafa Grima :: “Twenty years ago you could not see the water for the boats,”
F duration Twenty years
Q direct Mark Zerafa Grima :: “This year I could count them.”
> The season closes at the end of December.
'''

ARTICLES['681-newtonmore-kingussie-badenoch-derby-eilan-gow-late-hail-shinty-premiership-team-lists-strathspey-herald'] = r'''
> Sport
> ‘They never stopped running’ – Newtonmore edge Badenoch derby
Q direct Donnie Macpherson :: ‘They never stopped running’
O team Newtonmore
L region Badenoch
> Substitute Calum Gow’s late hail gives ’More a 3-2 win over Kingussie at the Eilan
P full Calum Gow
O team ’More
F score 3-2
O team Kingussie
L facility Eilan
> By Ruaraidh Macintyre
P full Ruaraidh Macintyre
> Published: 17:40, 09 May 2038
F time 17:40
F date 09 May 2038
> Newtonmore’s Fionnlagh Dòmhnallach (left) tussles with Kingussie’s Ross Kennedy at the Eilan. Picture: Niall Tolmie
O team Newtonmore
P full Fionnlagh Dòmhnallach
O team Kingussie
P full Ross Kennedy
L facility Eilan
P full Niall Tolmie
> Newtonmore 3 Kingussie 2
O team Newtonmore
F score 3
O team Kingussie
F score 2
> NEWTONMORE came from two goals down to win the first Badenoch derby of the Premiership season at the Eilan on Saturday, substitute Calum Gow striking four minutes from time in front of a crowd of around 1,300.
O team NEWTONMORE
F number two
L region Badenoch
O other Premiership
L facility Eilan
P full Calum Gow
F duration four minutes
F number 1,300
> Kingussie, who had not lost to their neighbours in the league since 2035, looked on course for a fourth straight derby win when Ross Kennedy and Glen Borthwick scored inside the first 17 minutes.
O team Kingussie
F date 2035
P full Ross Kennedy
P full Glen Borthwick
F duration 17 minutes
> Kennedy’s opener came after nine minutes, when he ran on to a long ball from Iain Mac an t-Saoir and lifted it over Newtonmore keeper Alasdair Cattanach from 15 yards.
P partial Kennedy
F duration nine minutes
P full Iain Mac an t-Saoir
O team Newtonmore
P full Alasdair Cattanach
F quantity 15 yards
> Borthwick doubled the lead on 17 minutes with a first-time shot from the edge of the D, and ’More, who had lost two of their opening four league games, could barely get out of their own half.
P partial Borthwick
F duration 17 minutes
O team ’More
F number two
F number four
> Dòmhnallach pulled one back in the 38th minute, volleying in at the back post after Lachie Macrae’s free hit had been blocked, and the home side turned round 2-1 down.
P partial Dòmhnallach
P full Lachie Macrae
F score 2-1
> Newtonmore manager Donnie Macpherson told the Strathy: “At half-time I told them a derby lasts 90 minutes, not 40. They never stopped running in the second half, and that’s what won it.
O team Newtonmore
P full Donnie Macpherson
O media Strathy
Q direct Donnie Macpherson :: “At half-time I told them a derby lasts 90 minutes, not 40. They never stopped running in the second half, and that’s what won it.
F duration 90 minutes
F duration 40
> “Kingussie are the best side in the country on their day and for half an hour we couldn’t live with them. But the boys showed real character, and Calum has been waiting all season for his chance. He’ll get a start now.”
Q direct Donnie Macpherson :: “Kingussie are the best side in the country on their day and for half an hour we couldn’t live with them. But the boys showed real character, and Calum has been waiting all season for his chance. He’ll get a start now.”
O team Kingussie
F duration half an hour
P partial Calum
> Newtonmore levelled in the 64th minute, when Kingussie’s Ewan Dunbar was penalised for a high swing and Macrae’s free hit from 40 yards flew in off the post.
O team Newtonmore
O team Kingussie
P full Ewan Dunbar
P partial Macrae
F quantity 40 yards
> Gow, a 19-year-old who had been on the park for only eight minutes, won it with four minutes left, cutting in from the left and driving low past Kingussie keeper Fraser Mackintosh at his near post.
P partial Gow
F age 19-year-old
F duration eight minutes
F duration four minutes
O team Kingussie
P full Fraser Mackintosh
> Kingussie manager Hamish Dolan said his side had “switched off” after the break and called the decision that led to the equaliser “soft”.
O team Kingussie
P full Hamish Dolan
Q direct Hamish Dolan :: “switched off”
Q direct Hamish Dolan :: “soft”
> “We were the better team for 45 minutes and we’ll take that into the Camanachd Cup,” he said. “But you can’t give Newtonmore a sniff at the Eilan.”
Q direct Hamish Dolan :: “We were the better team for 45 minutes and we’ll take that into the Camanachd Cup,”
F duration 45 minutes
Q direct Hamish Dolan :: “But you can’t give Newtonmore a sniff at the Eilan.”
O team Newtonmore
L facility Eilan
> The win is Newtonmore’s third in five league games. Kinlochshiel stay top after beating Oban Camanachd 4-1 at Mossfield, with ’Shiel the only unbeaten side in the division. Kingussie host Kyles on Saturday, and the sides meet again at the Dell on 27 June.
O team Newtonmore
F number five
O team Kinlochshiel
O team Oban Camanachd
F score 4-1
L facility Mossfield
O team ’Shiel
O team Kingussie
O team Kyles
L facility Dell
F date 27 June
> Newtonmore: A. Cattanach; S. Kerr, D. Gow, R. Sutherland; L. Macrae, F. Dòmhnallach, M. Lees; J. MacDonald, C. Cruickshank, G. Innes; K. Davidson, B. Campbell. Sub: C. Gow.
O team Newtonmore
P full A. Cattanach
P full S. Kerr
P full D. Gow
P full R. Sutherland
P full L. Macrae
P full F. Dòmhnallach
P full M. Lees
P full J. MacDonald
P full C. Cruickshank
P full G. Innes
P full K. Davidson
P full B. Campbell
P full C. Gow
> Kingussie: F. Mackintosh; E. Dunbar, I. Mac an t-Saoir, P. Ross; G. Borthwick, A. Kennedy, T. Lyon; R. Kennedy, D. Fraser, N. Grant; S. Macgregor, J. Cowie. Subs: W. Grant, L. Michie.
O team Kingussie
P full F. Mackintosh
P full E. Dunbar
P full I. Mac an t-Saoir
P full P. Ross
P full G. Borthwick
P full A. Kennedy
P full T. Lyon
P full R. Kennedy
P full D. Fraser
P full N. Grant
P full S. Macgregor
P full J. Cowie
P full W. Grant
P full L. Michie
> Scorers: Newtonmore – Dòmhnallach (38), Macrae (64), C. Gow (86); Kingussie – R. Kennedy (9), Borthwick (17).
O team Newtonmore
P partial Dòmhnallach
P partial Macrae
P full C. Gow
O team Kingussie
P full R. Kennedy
P partial Borthwick
> Referee: Alasdair Munro (Fort William).
P full Alasdair Munro
L city Fort William
'''

ARTICLES['682-long-sait-penan-blockade-upper-baram-rimbun-lestari-timber-licence-forest-department-borneo-post'] = r'''
> Penan block logging road in Upper Baram, want timber licence revoked
L region Upper Baram
> By Ronald Luhat Bilong
P full Ronald Luhat Bilong
> October 14, 2037, Wednesday at 10:12 PM
F date October 14, 2037
F time 10:12 PM
> Penan villagers from Long Sait and neighbouring settlements at the blockade on the logging road on Monday. – Photo courtesy of SAVE Rivers
L city Long Sait
O nonprofit SAVE Rivers
> MIRI: About 300 Penan from six villages in Upper Baram have blocked a logging road near Long Sait since Sunday, demanding that the state government revoke a timber licence covering 48,600 hectares of forest that they say is their native customary rights (NCR) land.
L city MIRI
F number 300
F number six
L region Upper Baram
L city Long Sait
F quantity 48,600 hectares
> The barrier of felled saplings and rattan stands about 25km from Long Sait, where the road built by the licence holder, Rimbun Lestari Timber Sdn Bhd, crosses the Sungai Selungo.
F quantity 25km
L city Long Sait
O company Rimbun Lestari Timber Sdn Bhd
L geo Sungai Selungo
> The six villages – Long Sait, Long Kerong, Ba Abang, Long Pakan, Long Item and Long Beruang – are home to about 1,400 people, many of whom still hunt and gather sago in the forest.
F number six
L city Long Sait
L city Long Kerong
L city Ba Abang
L city Long Pakan
L city Long Item
L city Long Beruang
F number 1,400
> “This forest is our market, our pharmacy and the graves of our parents. We never gave our consent, and nobody from the company or the Forest Department came to ask us,” said Long Sait village head Ukau Lejau, 54.
Q direct Ukau Lejau :: “This forest is our market, our pharmacy and the graves of our parents. We never gave our consent, and nobody from the company or the Forest Department came to ask us,”
O government Forest Department
L city Long Sait
P full Ukau Lejau
F age 54
> Ukau told The Borneo Post at the blockade site that the villagers learned of the licence only in August, when bulldozers reached the river.
P partial Ukau
O media The Borneo Post
> He said they had lodged reports at the Long Lama and Miri police stations and had written to the Premier of Sarawak twice without reply.
L city Long Lama
L city Miri
L region Sarawak
> Licence issued in March
> Rimbun Lestari was issued the 25-year licence in March, according to documents seen by The Borneo Post. The licensed area overlaps the Upper Baram Forest Area, which the communities and several NGOs want managed as a community-run “peace park”.
O company Rimbun Lestari
F duration 25-year
O media The Borneo Post
L geo Upper Baram Forest Area
Q scare - :: “peace park”
> In a statement yesterday, the company said it held “a valid licence and an approved forest management plan” and had carried out “all consultations required under the law” before road works began.
Q direct Rimbun Lestari Timber Sdn Bhd :: “a valid licence and an approved forest management plan”
Q direct Rimbun Lestari Timber Sdn Bhd :: “all consultations required under the law”
> “We respect the communities and remain open to dialogue, but we also have 240 workers and their families to think of,” the statement said.
Q direct Rimbun Lestari Timber Sdn Bhd :: “We respect the communities and remain open to dialogue, but we also have 240 workers and their families to think of,”
F number 240
> The Miri-based company said it had stopped work on the road on Monday and had asked the police to remove the barrier.
L city Miri
> Baram district police chief Supt Jimbun anak Ngelai confirmed that three police reports had been lodged, two by the company and one by the villagers, and said officers had visited the site on Tuesday.
L region Baram
P full Jimbun anak Ngelai
F number three
F number two
F number one
> “We ask both sides to stay calm. Nobody has been arrested and there has been no violence,” he said.
Q direct Jimbun anak Ngelai :: “We ask both sides to stay calm. Nobody has been arrested and there has been no violence,”
> Department to check boundaries
> Forest Department Sarawak director Datu Hamzah Sulaiman said the licence had been issued “in accordance with the Forests Ordinance” and that officers would be sent within two weeks to “verify the boundaries of the claimed NCR areas”.
O government Forest Department Sarawak
P full Hamzah Sulaiman
Q direct Hamzah Sulaiman :: “in accordance with the Forests Ordinance”
F duration two weeks
Q direct Hamzah Sulaiman :: “verify the boundaries of the claimed NCR areas”
> He said Rimbun Lestari had applied for certification under the Malaysian Timber Certification Scheme (MTCS), which is run by the Malaysian Timber Certification Council (MTCC), and that no logs had yet been taken out of the disputed area.
O company Rimbun Lestari
O nonprofit Malaysian Timber Certification Council
O nonprofit MTCC
> The Basel-based Bruno Manser Fonds (BMF), which has worked with Penan communities since the 1990s, said the licence covered at least 11,000 hectares of primary forest and should be “frozen until the communities have given free, prior and informed consent”.
L city Basel
O nonprofit Bruno Manser Fonds
O nonprofit BMF
F date 1990s
F quantity 11,000 hectares
Q direct Bruno Manser Fonds :: “frozen until the communities have given free, prior and informed consent”
> Meranti logs from the area would fetch between RM900 and RM1,400 per cubic metre, according to a Miri timber trader who asked not to be named.
F money RM900
F money RM1,400
L city Miri
> Long Sait lies a 10-hour drive from Miri by logging road. The villagers said they had brought enough rice for two weeks and would guard the barrier in shifts of 20.
L city Long Sait
F duration 10-hour
L city Miri
F duration two weeks
F number 20
> “We will stay here until the licence is cancelled. If they want to move us, they must move all of us,” said Sagung Bilong, 37, a mother of four from Ba Abang.
Q direct Sagung Bilong :: “We will stay here until the licence is cancelled. If they want to move us, they must move all of us,”
P full Sagung Bilong
F age 37
F number four
L city Ba Abang
'''

ARTICLES['683-victory-town-meeting-rejects-unorganizing-41-26-ferdinand-lewis-gallup-mills-essex-county-caledonian-record'] = r'''
> Victory Voters Reject Bid To Unorganize Town
L city Victory
> By Hannah Cloutier
P full Hannah Cloutier
> Staff Writer
> Mar 2, 2039
F date Mar 2, 2039
> Victory Town Moderator Norris Bunnell calls for a standing vote during the annual town meeting at the Victory Town Hall on Tuesday. (Photo by Hannah Cloutier)
L city Victory
P full Norris Bunnell
L facility Victory Town Hall
P full Hannah Cloutier
> VICTORY — By a vote of 41-26, voters in one of Vermont's smallest towns on Tuesday turned down a petitioned article asking the Legislature to unorganize Victory and hand its roads, records and tax bills to a supervisor appointed by the governor.
L city VICTORY
F number 41-26
L region Vermont
O government Legislature
L city Victory
> Had it passed, Victory would have become the first Vermont town to give up its charter since Glastenbury and Somerset were unorganized in 1937.
L city Victory
L region Vermont
L city Glastenbury
L city Somerset
F date 1937
> The town of about 70 people has 94 registered voters. Sixty-seven of them crowded into the town hall, a former schoolhouse on Victory Road, for a meeting that ran more than three hours.
F number 70
F number 94
F number Sixty-seven
L street Victory Road
F duration three hours
> "We are 31 households paying for 28 miles of road, a grader and a town clerk," said Wendell Amsden Jr., 71, who gathered the signatures for the article. "Ferdinand and Lewis get plowed. Their taxes are lower. I don't see what we're holding on to."
Q direct Wendell Amsden Jr. :: "We are 31 households paying for 28 miles of road, a grader and a town clerk,"
F number 31
F quantity 28 miles
P full Wendell Amsden Jr.
F age 71
Q direct Wendell Amsden Jr. :: "Ferdinand and Lewis get plowed. Their taxes are lower. I don't see what we're holding on to."
L city Ferdinand
L city Lewis
> Ferdinand and Lewis are two of the six unorganized towns and gores of Essex County, with Averill, Avery's Gore, Warner's Grant and Warren's Gore, whose roads are run by a single supervisor and whose few residents hold no town meeting of their own.
L city Ferdinand
L city Lewis
F number two
F number six
L region Essex County
L city Averill
L city Avery's Gore
L city Warner's Grant
L city Warren's Gore
> Town Clerk Norma Gallup, whose family gave its name to Gallup Mills, the village at the town's center, spoke against the article.
P full Norma Gallup
L city Gallup Mills
> "My grandmother kept these books by lamplight. When the state runs us from Montpelier, nobody will know whose culvert is whose, and nobody will answer the phone.
Q direct Norma Gallup :: "My grandmother kept these books by lamplight. When the state runs us from Montpelier, nobody will know whose culvert is whose, and nobody will answer the phone.
L city Montpelier
> "Victory has been Victory since 1781. We can fix a road budget. We can't get a town back once we've given it away," she said.
Q direct Norma Gallup :: "Victory has been Victory since 1781. We can fix a road budget. We can't get a town back once we've given it away,"
L city Victory
L city Victory
F date 1781
> Grader and bond
> After the vote, the meeting approved a highway budget of $318,450 by voice vote and a general fund of $96,200 on a show of hands. By paper ballot, 38-29, voters then authorized the selectboard to borrow up to $240,000 over five years for a used grader.
F money $318,450
F money $96,200
F number 38-29
F money $240,000
F duration five years
> The town lost its road foreman in October and has since paid a Lunenburg contractor $82 an hour to plow its roads, Selectboard Chair Theresa Kittredge said.
L city Lunenburg
F money $82
P full Theresa Kittredge
> A flood in July 2038 washed out 3.5 miles of River Road along the Moose River and left the town with $1.1 million in repairs, of which the Federal Emergency Management Agency has so far reimbursed 62%.
F date July 2038
F quantity 3.5 miles
L street River Road
L geo Moose River
F money $1.1 million
O government Federal Emergency Management Agency
F percent 62%
> Kittredge told The Caledonian-Record the municipal tax rate would rise from $1.12 to about $1.31 per $100 of assessed value, the highest in the Northeast Kingdom outside Brunswick.
P partial Kittredge
O media The Caledonian-Record
F money $1.12
F money $1.31
F money $100
L region Northeast Kingdom
L city Brunswick
> "We heard the town tonight. Now we have to find a road foreman who will work for what we can pay," she said.
Q direct Theresa Kittredge :: "We heard the town tonight. Now we have to find a road foreman who will work for what we can pay,"
> Under state law only the Legislature can unorganize a town, and the Vermont League of Cities and Towns said Wednesday that no bill had been filed this session.
O government Legislature
O nonprofit Vermont League of Cities and Towns
> Victory's dozen school-age children go to school in Concord and Lyndon, and the town has no store, no post office and, since 2036, no church services.
L city Victory
F number dozen
L city Concord
L city Lyndon
F date 2036
> The Victory Basin Wildlife Management Area, which covers nearly a third of the town, is owned by the state and pays the town $14,300 a year in lieu of taxes.
L geo Victory Basin Wildlife Management Area
F fraction a third
F money $14,300
> Contact Hannah Cloutier at hcloutier@caledonianrecord.com.
P full Hannah Cloutier
'''

ARTICLES['684-kakheti-growers-block-gurjaani-telavi-road-70-tetri-rkatsiteli-price-national-wine-agency-georgia-today'] = r'''
> Business
> Kakheti Grape Growers Block Road Over 70-Tetri Rkatsiteli Price
L region Kakheti
F money 70-Tetri
> By Ketevan Chikhladze
P full Ketevan Chikhladze
> 18 September 2040
F date 18 September 2040
> Growers on the Gurjaani–Telavi road on Monday. Image source: Agenda.ge
L city Gurjaani
L city Telavi
O media Agenda.ge
> Several hundred grape growers blocked the Gurjaani–Telavi road for six hours on Monday after the largest wineries in Kakheti cut the price they pay for Rkatsiteli grapes to 70 tetri per kilogram, less than half of what they paid two years ago.
L city Gurjaani
L city Telavi
F duration six hours
L region Kakheti
F money 70 tetri
F fraction half
F duration two years
> The protest, which began at 10:00 near the village of Vazisubani and ended when police and the deputy governor of the region arrived at about 16:00, was the largest of this year's Rtveli, the grape harvest that began in Kakheti on 2 September. One banner read "Grapes are not garbage".
F time 10:00
L city Vazisubani
F time 16:00
L region Kakheti
F date 2 September
F number One
Q direct - :: "Grapes are not garbage"
> "The state tells us to plant vines, the wineries tell us to wait and the bank tells us to pay. At 70 tetri I lose 30 tetri on every kilogram I pick," said Zurab Mamukelashvili, 63, who grows Rkatsiteli and Saperavi on four hectares in Kardenakhi.
Q direct Zurab Mamukelashvili :: "The state tells us to plant vines, the wineries tell us to wait and the bank tells us to pay. At 70 tetri I lose 30 tetri on every kilogram I pick,"
F money 70 tetri
F money 30 tetri
P full Zurab Mamukelashvili
F age 63
F quantity four hectares
L city Kardenakhi
> Subsidy and surplus
> The Ministry of Environmental Protection and Agriculture said on Tuesday that it would pay wineries a subsidy of 0.25 GEL for every kilogram of Rkatsiteli bought at 0.80 GEL or more, up to a total of GEL 38 million, and that the state-owned company Akura would buy up to 60,000 tonnes of surplus grapes.
O government Ministry of Environmental Protection and Agriculture
F money 0.25 GEL
F money 0.80 GEL
F money GEL 38 million
O company Akura
F quantity 60,000 tonnes
> The National Wine Agency (NWA) expects a harvest of about 340,000 tonnes in Kakheti this year, 18% more than in 2039, as vineyards planted during the export boom of the early 2030s come into full production.
O government National Wine Agency
O government NWA
F quantity 340,000 tonnes
L region Kakheti
F percent 18%
F date 2039
F date 2030s
> "There is more Rkatsiteli in Kakheti than the market for white wine can absorb. Every winery knows it, and the price shows it," NWA chairman Davit Tsertsvadze told Georgia Today.
Q direct Davit Tsertsvadze :: "There is more Rkatsiteli in Kakheti than the market for white wine can absorb. Every winery knows it, and the price shows it,"
L region Kakheti
O government NWA
P full Davit Tsertsvadze
O media Georgia Today
> By Monday evening, 142 wineries had processed 96,400 tonnes of grapes, the agency said, compared with 131,000 tonnes at the same point last year.
F number 142
F quantity 96,400 tonnes
F quantity 131,000 tonnes
> Wineries blame exports
> The wineries say the price reflects a fall in exports. Georgia shipped 98 million bottles of wine in 2039, down from 124 million in 2037, and earned USD 242 million, according to the NWA. Russia took 56% of the bottles, followed by Ukraine, Kazakhstan, China and Poland.
L country Georgia
F number 98 million
F date 2039
F number 124 million
F date 2037
F money USD 242 million
O government NWA
L country Russia
F percent 56%
L country Ukraine
L country Kazakhstan
L country China
L country Poland
> "We paid 1.60 GEL for Rkatsiteli in 2038 and lost money on it. We still have tanks full of the 2039 vintage," said Nana Berishvili, commercial director of Alazani Gate Winery in Tsinandali, which bought 9,000 tonnes last year and plans to take 5,500 this year.
Q direct Nana Berishvili :: "We paid 1.60 GEL for Rkatsiteli in 2038 and lost money on it. We still have tanks full of the 2039 vintage,"
F money 1.60 GEL
F date 2038
F date 2039
P full Nana Berishvili
O company Alazani Gate Winery
L city Tsinandali
F quantity 9,000 tonnes
F quantity 5,500
> She said Saperavi, the red grape used for the semi-sweet Kindzmarauli and Akhasheni wines that sell well in Russia and China, was still fetching 1.40–1.70 GEL per kilogram.
L region Kindzmarauli
L region Akhasheni
L country Russia
L country China
F money 1.40–1.70 GEL
> The Georgian Wine Association, which represents 85 producers, said in a statement that it supported the subsidy but that "the real answer is fewer hectares of Rkatsiteli and more markets in Europe and Asia".
O nonprofit Georgian Wine Association
F number 85
Q direct Georgian Wine Association :: "the real answer is fewer hectares of Rkatsiteli and more markets in Europe and Asia"
L continent Europe
L continent Asia
> Growers say the plan comes too late. Gela Jugheli, head of the Kakheti Grape Growers' Union, said the union would block the road again on Thursday if wineries did not raise the price to at least 1 GEL.
P full Gela Jugheli
O nonprofit Kakheti Grape Growers' Union
F money 1 GEL
> "Nobody here wants to block roads in the middle of the harvest. Grapes do not wait. But a family cannot live on 70 tetri," he said.
Q direct Gela Jugheli :: "Nobody here wants to block roads in the middle of the harvest. Grapes do not wait. But a family cannot live on 70 tetri,"
F money 70 tetri
> In Kvareli and Napareuli, on the other side of the Alazani Valley, growers said some wineries had stopped taking grapes altogether and that trucks had waited up to two days at their gates.
L city Kvareli
L city Napareuli
L geo Alazani Valley
F duration two days
> Georgia has about 55,000 hectares of vineyards, 70% of them in Kakheti, according to the 2034 vineyard census.
L country Georgia
F quantity 55,000 hectares
F percent 70%
L region Kakheti
F date 2034
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
