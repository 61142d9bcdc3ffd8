#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval75 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval75/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['493-west-uig-estate-community-buyout-ballot-reef-cliff-lewis-stornoway-gazette'] = r'''
> News
> ‘From today the decisions are ours’: West Uig votes for £2.4m community buyout
Q direct Annie Ruth Maciver :: ‘From today the decisions are ours’
L region West Uig
F money £2.4m
> Residents of eight townships backed the bid by 81 per cent on a turnout of 74 per cent
F number eight
F percent 81 per cent
F percent 74 per cent
> By Peigi Macaulay
P full Peigi Macaulay
> Reporter
> Published 12th Mar 2038, 17:30 GMT
F date 12th Mar 2038
F time 17:30 GMT
> Trust chair Annie Ruth Maciver (centre) with directors and residents outside Uig Community Centre at Crowlista after the result was announced. (Picture: Ruaraidh Morrison)
P full Annie Ruth Maciver
L facility Uig Community Centre
L city Crowlista
P full Ruaraidh Morrison
> Crofters and residents in the west of Uig have voted overwhelmingly to take the 11,200-acre West Uig Estate into community ownership, clearing the way for the largest buyout on Lewis since the Galson Estate passed to its people in 2007.
L region Uig
F quantity 11,200-acre
L facility West Uig Estate
L geo Lewis
L facility Galson Estate
F date 2007
> In a ballot counted by the independent firm Civica Election Services and announced on Friday afternoon, 263 of the 355 people on the electoral roll took part, a turnout of 74.1 per cent. Of those, 214 voted in favour and 49 against, a majority of 81.4 per cent.
O company Civica Election Services
F number 263
F number 355
F percent 74.1 per cent
F number 214
F number 49
F percent 81.4 per cent
> The community body, Urras Oighreachd Ùig an Iar (West Uig Estate Trust), now has six months to raise the £2.4 million agreed with the owners, Bhaltos Sporting Ltd, a Jersey-registered company that bought the estate in 2011.
O nonprofit Urras Oighreachd Ùig an Iar
O nonprofit West Uig Estate Trust
F duration six months
F money £2.4 million
O company Bhaltos Sporting Ltd
L region Jersey
F date 2011
> The estate runs from Mangersta in the south to the Valtos peninsula in the north and takes in 34 crofts in eight townships – among them Reef, Cliff, Kneep and Valtos (Bhaltos) – along with a former shooting lodge at Timsgarry, two salmon rivers and the beach at Uig Sands (Tràigh Ùige).
L city Mangersta
L geo Valtos
F number 34
F number eight
L city Reef
L city Cliff
L city Kneep
L city Valtos
L city Bhaltos
L city Timsgarry
F number two
L geo Uig Sands
L geo Tràigh Ùige
> “This is the best day Uig has had in my lifetime,” said trust chair Annie Ruth Maciver, 58, who crofts at Kneep.
Q direct Annie Ruth Maciver :: “This is the best day Uig has had in my lifetime,”
L region Uig
P full Annie Ruth Maciver
F age 58
L city Kneep
> “For 200 years the decisions about this land were taken in Edinburgh, in London and lately in St Helier. From today the decisions are ours, and they will be taken at a kitchen table in Uig.”
Q direct Annie Ruth Maciver :: “For 200 years the decisions about this land were taken in Edinburgh, in London and lately in St Helier. From today the decisions are ours, and they will be taken at a kitchen table in Uig.”
F duration 200 years
L city Edinburgh
L city London
L city St Helier
L region Uig
> The trust has asked the Scottish Land Fund for £1.95m and holds £180,000 in local pledges, with a £250,000 loan offered by Highlands and Islands Enterprise (HIE). A decision from the fund, which is run for the Scottish Government by The National Lottery Community Fund and HIE, is expected in June.
F money £1.95m
F money £180,000
F money £250,000
O government Highlands and Islands Enterprise
O government HIE
O government Scottish Government
O government The National Lottery Community Fund
O government HIE
> In a statement, Bhaltos Sporting said it “respects the clear wish of the community” and would “work constructively with the trust” towards a sale before the deadline.
O company Bhaltos Sporting
Q direct Bhaltos Sporting Ltd :: “respects the clear wish of the community”
Q direct Bhaltos Sporting Ltd :: “work constructively with the trust”
> Among those who voted yes was Seonaidh Moireasdan, 81, who has crofted at Cliff all his life and spoke to the Gazette in Gaelic at his door.
P full Seonaidh Moireasdan
F age 81
L city Cliff
O media Gazette
> “Tha am fearann a’ tilleadh dhan t-sluagh,” he said. (The land is coming back to the people.)
Q direct Seonaidh Moireasdan :: “Tha am fearann a’ tilleadh dhan t-sluagh,”
> Not everyone is convinced. One Timsgarry resident, who did not want to be named, said the trust had “not yet shown how it will pay the bills once the grant money is spent”.
F number One
L city Timsgarry
Q direct - :: “not yet shown how it will pay the bills once the grant money is spent”
> “Nobody here wants a laird back,” she said. “But a turbine and a few fishing lets will not keep up 40 miles of fences and the road to Mangersta.”
Q direct - :: “Nobody here wants a laird back,”
Q direct - :: “But a turbine and a few fishing lets will not keep up 40 miles of fences and the road to Mangersta.”
F quantity 40 miles
L city Mangersta
> The trust’s business plan, drawn up with help from Community Land Scotland, sets out six affordable homes at Miavaig, 12 new crofts and a 900kW community turbine on the hill above Brenish, which it says could earn £95,000 a year once it is running.
O nonprofit Community Land Scotland
F number six
L city Miavaig
F number 12
F quantity 900kW
L city Brenish
F money £95,000
> Director Kenny John Mackay, a fisherman from Valtos, said work on the homes would start “within 18 months” of the trust taking ownership.
P full Kenny John Mackay
L city Valtos
Q direct Kenny John Mackay :: “within 18 months”
F duration 18 months
> Uig’s population has fallen from more than 1,100 in 1951 to about 390 today, and there were nine children at the district’s primary school this session, according to the trust.
L region Uig
F number 1,100
F date 1951
F number 390
F number nine
> Cllr Iain Angus Macleod, who represents the area on Comhairle nan Eilean Siar, said the comhairle would back the bid “in every way we can”, including help with roads and planning.
P full Iain Angus Macleod
O government Comhairle nan Eilean Siar
Q direct Iain Angus Macleod :: “in every way we can”
> More than two-thirds of the people of the Western Isles now live on community-owned land, from the Stornoway Trust, set up in 1923, to the North Harris Trust and the estates of Galson and Pairc.
F fraction two-thirds
L region Western Isles
O nonprofit Stornoway Trust
F date 1923
O nonprofit North Harris Trust
L region Galson
L region Pairc
> Under the Land Reform (Scotland) Act 2003, the result must now be notified to Scottish Ministers, and the trust must confirm its funding by 12th September 2038 or the right to buy will lapse.
O government Scottish Ministers
F date 12th September 2038
'''

ARTICLES['494-sunstride-bicycle-factory-bavet-manhattan-sez-suspends-workers-phnom-penh-post'] = r'''
> Business
> Bavet bicycle maker suspends 1,650 workers as EU orders dry up
L city Bavet
F number 1,650
O intergovernmental EU
> Meas Sokchea | Publication date 14 March 2038 | 18:42 ICT
P full Meas Sokchea
F date 14 March 2038
F time 18:42 ICT
> Workers leave the Sunstride Cycle factory in the Manhattan Special Economic Zone in Svay Rieng province's Bavet town on March 13. Sun Vireak
O company Sunstride Cycle
L facility Manhattan Special Economic Zone
L region Svay Rieng
L city Bavet
F date March 13
P full Sun Vireak
> A Taiwanese-owned bicycle factory in Svay Rieng province's Bavet town has suspended 1,650 of its 2,900 workers for two months, saying orders from European buyers have collapsed since the European Commission opened an anti-circumvention investigation into bicycles shipped from Cambodia.
L region Svay Rieng
L city Bavet
F number 1,650
F number 2,900
F duration two months
O intergovernmental European Commission
L country Cambodia
> Sunstride Cycle (Cambodia) Co., Ltd, which assembles city, mountain and electric bicycles in the Manhattan Special Economic Zone on the border with Vietnam, informed the Ministry of Labour and Vocational Training on March 11 that the suspension would run from March 16 to May 15.
O company Sunstride Cycle (Cambodia) Co., Ltd
L facility Manhattan Special Economic Zone
L country Vietnam
O government Ministry of Labour and Vocational Training
F date March 11
F date March 16
F date May 15
> In a letter seen by The Post, the company said orders from its two largest customers, in Germany and the Netherlands, had fallen 43 percent in the first quarter from a year earlier, and that about 41,000 finished bicycles were sitting in its warehouse.
O media The Post
F number two
L country Germany
L country Netherlands
F percent 43 percent
F number 41,000
> "We are trying to protect jobs, not cut them. When orders come back, every worker will come back," the company said.
Q direct Sunstride Cycle (Cambodia) Co., Ltd :: "We are trying to protect jobs, not cut them. When orders come back, every worker will come back,"
> During the suspension, workers will receive $60 a month, about a quarter of the $236 minimum wage that most bicycle factories pay in line with the garment and footwear sectors, plus a one-off transport allowance of 200,000 riel (about $49).
F money $60
F fraction a quarter
F money $236
F money 200,000 riel
F money $49
> Sunstride is a subsidiary of Taichung-based Sunstride Industrial Corp and has operated in Bavet since 2029. It exported bicycles worth $186 million last year, according to the company.
O company Sunstride
L city Taichung
O company Sunstride Industrial Corp
L city Bavet
F date 2029
F money $186 million
> Labour ministry spokesman Chan Sopheak said officials from the Svay Rieng provincial labour department had visited the factory on Friday.
P full Chan Sopheak
L region Svay Rieng
> "The ministry will check that the suspension follows the Labour Law and that the workers receive what the company has promised. If it does not pay, we will take action," Sopheak told The Post.
Q direct Chan Sopheak :: "The ministry will check that the suspension follows the Labour Law and that the workers receive what the company has promised. If it does not pay, we will take action,"
P partial Sopheak
O media The Post
> Ouk Sreyneang, president of the Bavet Independent Workers' Union, which has about 900 members at the factory, said the payment was far too low.
P full Ouk Sreyneang
O nonprofit Bavet Independent Workers' Union
F number 900
> "Sixty dollars cannot pay for a room and food for two months. Many of us will have to go to Thailand or borrow from microfinance," Sreyneang said. She said the union would ask the ministry to order the company to pay at least half the minimum wage.
Q direct Ouk Sreyneang :: "Sixty dollars cannot pay for a room and food for two months. Many of us will have to go to Thailand or borrow from microfinance,"
F money Sixty dollars
F duration two months
L country Thailand
P partial Sreyneang
F fraction half
> Pov Chenda, 27, who has welded frames at the factory for six years, said she sends $120 a month to her parents in Prey Veng province.
P full Pov Chenda
F age 27
F duration six years
F money $120
L region Prey Veng
> "My younger brother is still at school. If I stop sending money, he stops school.
Q direct Pov Chenda :: "My younger brother is still at school. If I stop sending money, he stops school.
> "I will wait one month. After that, I go to Bangkok with my cousin," Chenda said.
Q direct Pov Chenda :: "I will wait one month. After that, I go to Bangkok with my cousin,"
F duration one month
L city Bangkok
P partial Chenda
> A manager at another bicycle factory in the Manhattan zone, who asked not to be named because he was not authorised to speak to the media, said at least two other factories in Bavet had cut night shifts since February. "Everyone is waiting for Brussels," he said.
L facility Manhattan
F number two
L city Bavet
Q direct - :: "Everyone is waiting for Brussels,"
L city Brussels
> Cambodia exported bicycles worth $1.42 billion in 2037, down 11.6 percent from 2036, according to the General Department of Customs and Excise (GDCE). The European Union took 78 percent of the total, making Cambodia one of the bloc's three largest suppliers along with Taiwan and Vietnam.
L country Cambodia
F money $1.42 billion
F date 2037
F percent 11.6 percent
F date 2036
O government General Department of Customs and Excise
O government GDCE
O intergovernmental European Union
F percent 78 percent
L country Cambodia
F number three
L country Taiwan
L country Vietnam
> The European Commission said in January that it was examining whether Chinese-made frames and forks were being assembled in Cambodia to avoid duties of up to 48.5 percent on bicycles from China. Its findings are due by the end of July.
O intergovernmental European Commission
L country Cambodia
F percent 48.5 percent
L country China
> Seng Rathana, an economist at the Royal University of Phnom Penh, said the suspension was "a warning for the whole sector" and that factories needed to buy more parts locally.
P full Seng Rathana
O education Royal University of Phnom Penh
Q direct Seng Rathana :: "a warning for the whole sector"
> "If 70 percent of a bicycle comes in a container from China, Europe will always ask questions," Rathana said.
Q direct Seng Rathana :: "If 70 percent of a bicycle comes in a container from China, Europe will always ask questions,"
F percent 70 percent
L country China
L continent Europe
P partial Rathana
'''

ARTICLES['495-roscommon-sligo-connacht-sfc-semi-final-o-cuinn-dr-hyde-park-roscommon-herald'] = r'''
> Sport
> Rossies march on to Connacht final as Ó Cuinn double sinks Sligo
O team Rossies
L region Connacht
P partial Ó Cuinn
O team Sligo
> Connacht SFC semi-final: Roscommon 2-15 Sligo 1-14
O team Roscommon
F score 2-15
O team Sligo
F score 1-14
> By Declan Tiernan
P full Declan Tiernan
> Tuesday, 17 May 2039
F date 17 May 2039
> Roscommon’s Cathal Ó Cuinn celebrates his second goal against Sligo at Dr Hyde Park on Sunday. Picture: Ciara Kilbride
O team Roscommon
P full Cathal Ó Cuinn
O team Sligo
L facility Dr Hyde Park
P full Ciara Kilbride
> ROSCOMMON will meet Galway in the Connacht final on June 5 after two second-half goals from Cathal Ó Cuinn broke a spirited Sligo side in front of 11,842 supporters at a sun-baked Dr Hyde Park on Sunday.
O team ROSCOMMON
O team Galway
L region Connacht
F date June 5
F number two
P full Cathal Ó Cuinn
O team Sligo
F number 11,842
L facility Dr Hyde Park
> For long spells Sligo looked the fresher side. Managed by Pádraig “Podge” Hennigan, the Yeats County men had not beaten the Rossies in the championship since 2031, but they led 1-8 to 0-9 at the break after Niall Ó Murchú drilled a penalty low to Eoin Kilcline’s left in the 31st minute.
O team Sligo
P full Pádraig “Podge” Hennigan
Q scare - :: “Podge”
O team Yeats County
O team Rossies
F date 2031
F score 1-8
F score 0-9
P full Niall Ó Murchú
P full Eoin Kilcline
> It was no more than they deserved. Ó Murchú, the Tourlestrane full-forward, had already kicked three points from play, and Roscommon’s full-back line, missing the injured Seán Mullooly, struggled with his movement all half.
P partial Ó Murchú
O team Tourlestrane
F number three
O team Roscommon
P full Seán Mullooly
> The home side came out with a purpose after the restart. Tomás Furlong, the Fuerty man, kicked a two-pointer within 40 seconds, Shane Kenny added a free, and in the 44th minute Ó Cuinn finished a flowing move involving five players to put Roscommon 1-12 to 1-10 ahead.
P full Tomás Furlong
O team Fuerty
F number two
F duration 40 seconds
P full Shane Kenny
P partial Ó Cuinn
F number five
O team Roscommon
F score 1-12
F score 1-10
> Sligo answered with three points in a row, two of them from the excellent Darragh Gilhooly, and when Roscommon wing-back Nathan Feeney was shown a black card on 52 minutes the visitors sensed their chance. But with the Rossies down to 14 men, Ó Cuinn struck again, rounding Alan Devaney to roll the ball into an empty net in the 56th minute.
O team Sligo
F number three
F number two
P full Darragh Gilhooly
O team Roscommon
P full Nathan Feeney
F duration 52 minutes
O team Rossies
F number 14
P partial Ó Cuinn
P full Alan Devaney
> “That’s the best I’ve seen him play,” said Roscommon manager Anthony Cunnane. “He had a quiet first half, like all of us, but Cathal never stops asking for the ball.”
Q direct Anthony Cunnane :: “That’s the best I’ve seen him play,”
O team Roscommon
P full Anthony Cunnane
Q direct Anthony Cunnane :: “He had a quiet first half, like all of us, but Cathal never stops asking for the ball.”
P partial Cathal
> Cunnane admitted his side had been “second to everything” for 35 minutes.
P partial Cunnane
Q direct Anthony Cunnane :: “second to everything”
F duration 35 minutes
> “We said at half-time that if we lost, we would lose playing our own game. The lads went out and did that, and Hyde Park got behind them,” he said.
Q direct Anthony Cunnane :: “We said at half-time that if we lost, we would lose playing our own game. The lads went out and did that, and Hyde Park got behind them,”
L facility Hyde Park
> Sligo had a late chance to force extra time, but substitute Jack Brennan’s shot from 20 metres was blocked by Ciarán Ó Dubhthaigh, and Kenny and Furlong added late points to seal a four-point win.
O team Sligo
P full Jack Brennan
F quantity 20 metres
P full Ciarán Ó Dubhthaigh
P partial Kenny
P partial Furlong
F number four
> Hennigan was proud of his players. “Nobody gave us a chance coming down here, and for 50 minutes we were the better team,” he said. “We have the All-Ireland series to look forward to, and we will not be a soft touch for anybody.”
P partial Hennigan
Q direct Pádraig “Podge” Hennigan :: “Nobody gave us a chance coming down here, and for 50 minutes we were the better team,”
F duration 50 minutes
Q direct Pádraig “Podge” Hennigan :: “We have the All-Ireland series to look forward to, and we will not be a soft touch for anybody.”
> Roscommon will bid for their first Nestor Cup since 2034 when they travel to Pearse Stadium in Salthill to face Galway, 2-17 to 0-13 winners over Leitrim last weekend.
O team Roscommon
F date 2034
L facility Pearse Stadium
L city Salthill
O team Galway
F score 2-17
F score 0-13
O team Leitrim
> Scorers – Roscommon: C Ó Cuinn 2-3; S Kenny 0-5 (0-3 frees, 0-1 '45'); T Furlong 0-4 (0-2 tp); C Cregg 0-2; R Dolan 0-1.
O team Roscommon
P full C Ó Cuinn
F score 2-3
P full S Kenny
F score 0-5
F score 0-3
F score 0-1
Q scare - :: '45'
F number 45
P full T Furlong
F score 0-4
F score 0-2
P full C Cregg
F score 0-2
P full R Dolan
F score 0-1
> Sligo: N Ó Murchú 1-5 (1-0 pen, 0-2 frees); D Gilhooly 0-4; J Brennan 0-2 (0-2 tp); M Hargadon 0-2; E Lyons 0-1.
O team Sligo
P full N Ó Murchú
F score 1-5
F score 1-0
F score 0-2
P full D Gilhooly
F score 0-4
P full J Brennan
F score 0-2
F score 0-2
P full M Hargadon
F score 0-2
P full E Lyons
F score 0-1
> ROSCOMMON: E Kilcline (Pádraig Pearses); P Beirne (Elphin), C Ó Dubhthaigh (St Faithleach’s), J Fallon (Clann na nGael); M Kelly (Roscommon Gaels), N Feeney (St Brigid’s), K Mulhern (Michael Glaveys); D Tivnan (Tulsk), A Hanley (Boyle); C Cregg (Castlerea St Kevin’s), S Kenny (Oran), R Dolan (Kilbride); C Ó Cuinn (St Croan’s), T Furlong (Fuerty), B Compton (Strokestown).
O team ROSCOMMON
P full E Kilcline
O team Pádraig Pearses
P full P Beirne
O team Elphin
P full C Ó Dubhthaigh
O team St Faithleach’s
P full J Fallon
O team Clann na nGael
P full M Kelly
O team Roscommon Gaels
P full N Feeney
O team St Brigid’s
P full K Mulhern
O team Michael Glaveys
P full D Tivnan
O team Tulsk
P full A Hanley
O team Boyle
P full C Cregg
O team Castlerea St Kevin’s
P full S Kenny
O team Oran
P full R Dolan
O team Kilbride
P full C Ó Cuinn
O team St Croan’s
P full T Furlong
O team Fuerty
P full B Compton
O team Strokestown
> Subs: L McGowan (Éire Óg) for Hanley (48); G Naughton (Western Gaels) for Compton (55); P Dowd (Creggs) for Kelly (66).
P full L McGowan
O team Éire Óg
P partial Hanley
P full G Naughton
O team Western Gaels
P partial Compton
P full P Dowd
O team Creggs
P partial Kelly
> SLIGO: A Devaney (Tourlestrane); E Lyons (Eastern Harps), P Gannon (St Mary’s), C Hargadon (Coolera/Strandhill); K Walsh (Curry), B Egan (Easkey), T Ó Ceallaigh (Shamrock Gaels); M Hargadon (Coolera/Strandhill), R Kilfeather (Tubbercurry); D Gilhooly (St John’s), S Durkin (Bunninadden), L Feehily (Drumcliffe/Rosses Point); N Ó Murchú (Tourlestrane), F McGarry (Calry/St Joseph’s), O Kearins (Castleconnor).
O team SLIGO
P full A Devaney
O team Tourlestrane
P full E Lyons
O team Eastern Harps
P full P Gannon
O team St Mary’s
P full C Hargadon
O team Coolera/Strandhill
P full K Walsh
O team Curry
P full B Egan
O team Easkey
P full T Ó Ceallaigh
O team Shamrock Gaels
P full M Hargadon
O team Coolera/Strandhill
P full R Kilfeather
O team Tubbercurry
P full D Gilhooly
O team St John’s
P full S Durkin
O team Bunninadden
P full L Feehily
O team Drumcliffe/Rosses Point
P full N Ó Murchú
O team Tourlestrane
P full F McGarry
O team Calry/St Joseph’s
P full O Kearins
O team Castleconnor
> Subs: J Brennan (Geevagh) for Durkin (h-t); C Ó Gara (Ballymote) for Walsh (51); P Tansey (St Molaise Gaels) for Feehily (60).
P full J Brennan
O team Geevagh
P partial Durkin
P full C Ó Gara
O team Ballymote
P partial Walsh
P full P Tansey
O team St Molaise Gaels
P partial Feehily
> Man of the match: C Ó Cuinn (Roscommon)
P full C Ó Cuinn
O team Roscommon
> Referee: K Mac Lochlainn (Donegal)
P full K Mac Lochlainn
L region Donegal
'''

ARTICLES['496-cayar-fishers-boycott-fishmeal-plant-sardinella-clpa-senegal-apa-news'] = r'''
> Economy
> Senegal: Cayar fishers halt sardinella sales to fishmeal plant
L country Senegal
L city Cayar
> Published on 15.03.2039 at 17h42
F date 15.03.2039
F time 17h42
> By Mame Diarra Thiaw
P full Mame Diarra Thiaw
> APA-Dakar (Senegal) - Artisanal fishers in Cayar, the fishing town 58 km north-east of Dakar, have refused for six days to sell sardinella to a fishmeal plant on the edge of the town, saying the factory takes fish that should feed Senegalese families, APA learnt on Tuesday.
O media APA
L city Dakar
L country Senegal
L city Cayar
F quantity 58 km
L city Dakar
F duration six days
O media APA
> The boycott, decided on March 9 by the Cayar Local Artisanal Fisheries Council (CLPA), has left the plant, run by Sénégal Protéines Marines SA, without raw material since March 10, according to its workers. Since then the town's 1,300 pirogues have landed their catch on the beach and sold it only to fish traders and to the women who smoke and dry fish at the Cayar processing site.
F date March 9
O nonprofit Cayar Local Artisanal Fisheries Council
O nonprofit CLPA
O company Sénégal Protéines Marines SA
F date March 10
F number 1,300
L city Cayar
> "We are not against the factory, we are against hunger," said Serigne Mor Mbaye, 54, the president of the council. "When a pirogue comes back with two tonnes of yaboy, the factory pays 150 CFA francs a kilo and takes everything. The women cannot pay that price, and the fish ends up as powder for fish farms in Asia."
Q direct Serigne Mor Mbaye :: "We are not against the factory, we are against hunger,"
P full Serigne Mor Mbaye
F age 54
Q direct Serigne Mor Mbaye :: "When a pirogue comes back with two tonnes of yaboy, the factory pays 150 CFA francs a kilo and takes everything. The women cannot pay that price, and the fish ends up as powder for fish farms in Asia."
F quantity two tonnes
F money 150 CFA francs
L continent Asia
> According to the Ministry of Fisheries and Maritime Economy, Senegal's fishmeal and fish oil plants processed about 212,000 tonnes of small pelagic fish in 2038, up from 140,000 tonnes in 2035. Most of the fishmeal is exported to China, Turkey and Norway.
O government Ministry of Fisheries and Maritime Economy
L country Senegal
F quantity 212,000 tonnes
F date 2038
F quantity 140,000 tonnes
F date 2035
L country China
L country Turkey
L country Norway
> In a statement issued on Monday, the ministry said it had "taken note of the concerns" of the fishers and would send a mission to Cayar "in the coming days". It recalled that plants may only process fish that is "unfit for human consumption".
Q direct Ministry of Fisheries and Maritime Economy :: "taken note of the concerns"
L city Cayar
Q direct Ministry of Fisheries and Maritime Economy :: "in the coming days"
Q direct Ministry of Fisheries and Maritime Economy :: "unfit for human consumption"
> The managing director of Sénégal Protéines Marines, Jean-Baptiste Diatta, told APA that the plant bought only "surplus fish" that traders could not sell, and that it employed 160 people, most of them from Cayar.
O company Sénégal Protéines Marines
P full Jean-Baptiste Diatta
O media APA
Q direct Jean-Baptiste Diatta :: "surplus fish"
F number 160
L city Cayar
> "If we close, it is 160 families without wages. We also pay our taxes here," Diatta said, adding that the company had invested 4.5 billion FCFA (about 6.9 million euros) in Cayar since 2033.
Q direct Jean-Baptiste Diatta :: "If we close, it is 160 families without wages. We also pay our taxes here,"
F number 160
P partial Diatta
F money 4.5 billion FCFA
F money 6.9 million euros
L city Cayar
F date 2033
> Women processors say they feel the pressure of the plants every day. Ndèye Fatou Mbengue, who heads the women's group GIE Jappo Liggéey, said a 45-kilogram basket of sardinella now costs 9,000 FCFA on the beach, against 4,500 FCFA five years ago.
P full Ndèye Fatou Mbengue
O nonprofit GIE Jappo Liggéey
F quantity 45-kilogram
F money 9,000 FCFA
F money 4,500 FCFA
F duration five years
> "Jën wi dafa jafe," she said in Wolof, before explaining that the fish had become hard to find. "We used to be 80 women working here every day. Today there are days when only 20 come, because there is nothing to smoke."
Q direct Ndèye Fatou Mbengue :: "Jën wi dafa jafe,"
Q direct Ndèye Fatou Mbengue :: "We used to be 80 women working here every day. Today there are days when only 20 come, because there is nothing to smoke."
F number 80
F number 20
> Scientists have warned for years that sardinella stocks off north-west Africa are overexploited. A 2037 assessment by the Fishery Committee for the Eastern Central Atlantic (CECAF), which works under the Food and Agriculture Organization of the United Nations (FAO), found that catches of round sardinella in the region were about 40 percent above a sustainable level.
L continent Africa
F date 2037
O intergovernmental Fishery Committee for the Eastern Central Atlantic
O intergovernmental CECAF
O intergovernmental Food and Agriculture Organization of the United Nations
O intergovernmental FAO
F percent 40 percent
> "The fish that the plants turn into meal is the same fish that the people of Saint-Louis, Mbour and Joal-Fadiouth eat with their rice," said Aïssatou Ndour Faye, a researcher at the Oceanographic Research Centre of Dakar-Thiaroye (CRODT).
Q direct Aïssatou Ndour Faye :: "The fish that the plants turn into meal is the same fish that the people of Saint-Louis, Mbour and Joal-Fadiouth eat with their rice,"
L city Saint-Louis
L city Mbour
L city Joal-Fadiouth
P full Aïssatou Ndour Faye
O government Oceanographic Research Centre of Dakar-Thiaroye
O government CRODT
> Faye said each day of the boycott deprived the plant of "up to 30 tonnes of raw fish", fish that was now being smoked, salted or sold fresh on the markets of Thiès and Touba.
P partial Faye
Q direct Aïssatou Ndour Faye :: "up to 30 tonnes of raw fish"
F quantity 30 tonnes
L city Thiès
L city Touba
> The dispute comes as young men from the Grande Côte and the Petite Côte continue to leave by pirogue for the Canary Islands. El Hadji Ousmane Sène, 27, a Cayar fisherman who reached Tenerife in 2036 and was sent back to Dakar six weeks later, said the boycott was about more than fishmeal.
L region Grande Côte
L region Petite Côte
L geo Canary Islands
P full El Hadji Ousmane Sène
F age 27
L city Cayar
L geo Tenerife
F date 2036
L city Dakar
F duration six weeks
> "Here a young man goes to sea at 4 a.m., comes back at 5 p.m. and earns 7,000 FCFA. How can he marry with that? If the fish goes to the factory, the young people go to the Canaries," he said.
Q direct El Hadji Ousmane Sène :: "Here a young man goes to sea at 4 a.m., comes back at 5 p.m. and earns 7,000 FCFA. How can he marry with that? If the fish goes to the factory, the young people go to the Canaries,"
F time 4 a.m.
F time 5 p.m.
F money 7,000 FCFA
L geo Canaries
> The CLPA said the boycott would continue until a meeting with the ministry and the plant's management, set for Friday at 10h00 at the governor's office in Thiès.
O nonprofit CLPA
F time 10h00
L city Thiès
> MD/te/APA
O media APA
'''

ARTICLES['497-nve-rejects-gaisavarri-wind-farm-reindeer-deatnu-tana-finnmark-high-north-news'] = r'''
> Energy
> NVE Says No to 240 MW Wind Farm on Reindeer Pastures in Deatnu-Tana
O government NVE
F quantity 240 MW
L region Deatnu-Tana
> The Norwegian Water Resources and Energy Directorate has rejected the Gáisávárri wind farm in East Finnmark, saying the harm to reindeer herding would be ‘unacceptable’. The developer will appeal.
O government Norwegian Water Resources and Energy Directorate
L geo Gáisávárri
L region East Finnmark
Q direct Norwegian Water Resources and Energy Directorate :: ‘unacceptable’
> By Trine Hovland Kristiansen
P full Trine Hovland Kristiansen
> 21 October 2037 at 14:20
F date 21 October 2037
F time 14:20
> Reindeer from Reindeer Grazing District 9 on their autumn migration near Sirbmá in Deatnu-Tana. (Photo: Nils Ánde Bongo)
L region Reindeer Grazing District 9
L city Sirbmá
L region Deatnu-Tana
P full Nils Ánde Bongo
> The Norwegian Water Resources and Energy Directorate (NVE) on Wednesday turned down Varanger Vind AS’s application to build 38 turbines on the Gáisávárri plateau in Deatnu-Tana municipality.
O government Norwegian Water Resources and Energy Directorate
O government NVE
O company Varanger Vind AS
F number 38
L geo Gáisávárri
L region Deatnu-Tana
> The 240 MW wind farm, which the company had priced at NOK 3.4 billion (around EUR 290 million), would have produced about 810 GWh a year, enough electricity for roughly 50,000 homes.
F quantity 240 MW
F money NOK 3.4 billion
F money EUR 290 million
F quantity 810 GWh
F number 50,000
> In its decision, NVE wrote that the project would take 56 square kilometres of the spring and autumn pastures of Reindeer Grazing District 9 and cut across a migration route used by about 2,600 reindeer.
O government NVE
F quantity 56 square kilometres
L region Reindeer Grazing District 9
F number 2,600
> “The directorate finds that the negative consequences for reindeer herding in the area would be unacceptable and cannot be reduced sufficiently by mitigation measures,” NVE wrote.
Q direct Norwegian Water Resources and Energy Directorate :: “The directorate finds that the negative consequences for reindeer herding in the area would be unacceptable and cannot be reduced sufficiently by mitigation measures,”
O government NVE
> It is the first wind power licence NVE has refused on reindeer grounds since the Supreme Court ruled in 2021 that the licences for two wind farms on Fosen, in Trøndelag, violated the Sámi herders’ rights under the UN’s International Covenant on Civil and Political Rights.
O government NVE
O government Supreme Court
F date 2021
F number two
L geo Fosen
L region Trøndelag
O intergovernmental UN
> “This is a good day for reindeer herding, but it should not have taken four years and 400 pages of reports,” said Nils Ánde Bongo, whose family siida has used the Gáisávárri area for generations.
Q direct Nils Ánde Bongo :: “This is a good day for reindeer herding, but it should not have taken four years and 400 pages of reports,”
F duration four years
F number 400
P full Nils Ánde Bongo
L geo Gáisávárri
> “Our reindeer do not read maps. If you put 38 turbines in the middle of the spring land, they will not go there, and then there is no room left for them,” he told High North News.
Q direct Nils Ánde Bongo :: “Our reindeer do not read maps. If you put 38 turbines in the middle of the spring land, they will not go there, and then there is no room left for them,”
F number 38
O media High North News
> Bongo ended the conversation in Northern Sámi: “Dát lea min eallin.” (This is our life.)
P partial Bongo
Q direct Nils Ánde Bongo :: “Dát lea min eallin.”
> Appeal
> Varanger Vind, which is owned by the Oslo investment firm Nordkalott Kapital, said it would take the decision to the Ministry of Energy.
O company Varanger Vind
L city Oslo
O company Nordkalott Kapital
O government Ministry of Energy
> “We are disappointed, and we will appeal,” said chief executive Øystein Rørvik. “We offered the district NOK 46 million in compensation, a fence along the E6 and a stop to all construction work between 1 April and 15 June every year.
Q direct Øystein Rørvik :: “We are disappointed, and we will appeal,”
P full Øystein Rørvik
Q direct Øystein Rørvik :: “We offered the district NOK 46 million in compensation, a fence along the E6 and a stop to all construction work between 1 April and 15 June every year.
F money NOK 46 million
L street E6
F date 1 April
F date 15 June
> “Finnmark needs the power, and the industry that wants to come here needs it even more. Without new production in the east, there will be no new jobs in the east,” he said.
Q direct Øystein Rørvik :: “Finnmark needs the power, and the industry that wants to come here needs it even more. Without new production in the east, there will be no new jobs in the east,”
L region Finnmark
> Statnett, the state grid operator, completed its 420 kV line from Skaidi to Varangerbotn (Vuonnabahta) in 2034, making room for about 1,200 MW of new production in East Finnmark. Companies have since applied to build hydrogen plants and data centres in Berlevåg, Båtsfjord and Vardø.
O company Statnett
F quantity 420 kV
L city Skaidi
L city Varangerbotn
L city Vuonnabahta
F date 2034
F quantity 1,200 MW
L region East Finnmark
L city Berlevåg
L city Båtsfjord
L city Vardø
> The Sámi Parliament (Sámediggi) welcomed the decision. Council member Biret Ánne Kemi said NVE had “finally listened to the people who live from the land”.
O government Sámi Parliament
O government Sámediggi
P full Biret Ánne Kemi
O government NVE
Q direct Biret Ánne Kemi :: “finally listened to the people who live from the land”
> In Deatnu-Tana, where the wind farm would have paid an estimated NOK 11 million a year in property tax, opinion is split.
L region Deatnu-Tana
F money NOK 11 million
> “Half the people in Sirbmá want the jobs and the tax money, and the other half want the reindeer and the mountains,” said Mayor Jon Erik Aslaksen. “The municipality has 2,800 inhabitants. We cannot afford to lose either side.”
Q direct Jon Erik Aslaksen :: “Half the people in Sirbmá want the jobs and the tax money, and the other half want the reindeer and the mountains,”
F fraction Half
L city Sirbmá
F fraction half
P full Jon Erik Aslaksen
Q direct Jon Erik Aslaksen :: “The municipality has 2,800 inhabitants. We cannot afford to lose either side.”
F number 2,800
> Varanger Vind has three weeks to lodge its appeal. The Ministry of Energy usually takes about 12 months to decide such cases.
O company Varanger Vind
F duration three weeks
O government Ministry of Energy
F duration 12 months
'''

ARTICLES['498-peru-washington-reject-proposition-2-override-central-berkshire-school-budget-berkshire-eagle'] = r'''
> Local News
> Peru, Washington voters reject school overrides; hilltowns face cuts to cover Central Berkshire budget
L city Peru
L city Washington
O education Central Berkshire
> By Daniel Szymanski, The Berkshire Eagle
P full Daniel Szymanski
O media The Berkshire Eagle
> May 15, 2040
F date May 15, 2040
> Voters check in at Peru Town Hall for Saturday's annual town election. Peru voters turned down a Proposition 2 1/2 override for the second time in three years. PAIGE WINTERBOTTOM — THE BERKSHIRE EAGLE
L facility Peru Town Hall
L city Peru
F duration three years
P full PAIGE WINTERBOTTOM
O media THE BERKSHIRE EAGLE
> PERU — Voters in Peru and Washington have rejected Proposition 2 1/2 overrides that would have paid for their shares of the Central Berkshire Regional School District's $38.4 million budget for fiscal 2041, leaving the two hilltowns to find the money by cutting town services.
L city PERU
L city Peru
L city Washington
O education Central Berkshire Regional School District
F money $38.4 million
F date 2041
F number two
> In Peru, the override failed 142-118 at Saturday's annual town election. In Washington, where the question was on a special election ballot Monday, it lost by six votes, 97-91.
L city Peru
F number 142-118
L city Washington
F number six
F number 97-91
> The budget itself is not in doubt. Under the district's regional agreement, it takes effect once two-thirds of the seven member towns approve it, and Becket, Cummington, Dalton, Hinsdale and Windsor all did so at town meetings this month. But all seven towns must pay their assessments, whether they voted for the budget or not.
F fraction two-thirds
F number seven
L city Becket
L city Cummington
L city Dalton
L city Hinsdale
L city Windsor
F number seven
> "Nobody is going to close a school because Peru said no," Superintendent Lorraine Bouchard-Nakamura said Tuesday. "The question is what Peru and Washington give up to pay for it."
Q direct Lorraine Bouchard-Nakamura :: "Nobody is going to close a school because Peru said no,"
L city Peru
P full Lorraine Bouchard-Nakamura
Q direct Lorraine Bouchard-Nakamura :: "The question is what Peru and Washington give up to pay for it."
L city Peru
L city Washington
> The Central Berkshire Regional School Committee adopted the budget 11-2 in March. It rises 5.7 percent over this year, driven by special education costs, a 3 percent raise in the new teachers' contract and a $640,000 jump in health insurance premiums. It also adds two reading teachers, one at Craneville Elementary School in Dalton and one at Becket Washington School.
O government Central Berkshire Regional School Committee
F number 11-2
F percent 5.7 percent
F percent 3 percent
F money $640,000
F number two
F number one
O education Craneville Elementary School
L city Dalton
F number one
O education Becket Washington School
> Peru's share rises by $118,300, to $1.21 million. Washington's rises by $71,650, to $842,900.
L city Peru
F money $118,300
F money $1.21 million
L city Washington
F money $71,650
F money $842,900
> Peru Select Board Chair Roland "Skip" Dufresne said the board would meet Thursday at 6:30 p.m. to look at cuts, including closing the transfer station on Wednesdays, dropping a part-time library aide and putting off the purchase of a $215,000 plow truck.
L city Peru
P full Roland "Skip" Dufresne
Q scare - :: "Skip"
F time 6:30 p.m.
F money $215,000
> "We are a town of 840 people with a budget of $2.6 million. There is no fat left to cut. Whatever we take out, somebody is going to feel it," Dufresne said.
Q direct Roland "Skip" Dufresne :: "We are a town of 840 people with a budget of $2.6 million. There is no fat left to cut. Whatever we take out, somebody is going to feel it,"
F number 840
F money $2.6 million
P partial Dufresne
> Under the override, the owner of an average single-family home in Peru, valued at $271,000, would have paid about $402 more a year, according to the town's assessors. Peru's tax rate is $19.86 per $1,000 of assessed value.
L city Peru
F money $271,000
F money $402
L city Peru
F money $19.86
F money $1,000
> Outside the town hall Saturday morning, Evelyn Martineau, 77, held a sign she had painted herself: "We Can't Afford It."
P full Evelyn Martineau
F age 77
Q direct Evelyn Martineau :: "We Can't Afford It."
> "I've lived on this road for 52 years. My taxes have gone up every one of them," she said.
Q direct Evelyn Martineau :: "I've lived on this road for 52 years. My taxes have gone up every one of them,"
F duration 52 years
> A few feet away, Jared Kowalczyk, a father of two whose children attend Nessacus Regional Middle School and Wahconah Regional High School, said he was "heartbroken."
P full Jared Kowalczyk
F number two
O education Nessacus Regional Middle School
O education Wahconah Regional High School
Q direct Jared Kowalczyk :: "heartbroken."
> "These kids didn't get a vote. They are the ones who pay when we say no," he said.
Q direct Jared Kowalczyk :: "These kids didn't get a vote. They are the ones who pay when we say no,"
> In Washington, a town of about 520 people on the eastern edge of Berkshire County, Select Board member Priya Ramaswamy-Hale said the town would likely take money from its stabilization fund, which stood at $212,000 in April.
L city Washington
F number 520
L region Berkshire County
P full Priya Ramaswamy-Hale
F money $212,000
> "That fund is supposed to be for the day the roof falls in on the town garage," she said. "Using it for an operating cost is how towns get into trouble.
Q direct Priya Ramaswamy-Hale :: "That fund is supposed to be for the day the roof falls in on the town garage,"
Q direct Priya Ramaswamy-Hale :: "Using it for an operating cost is how towns get into trouble.
> "But six votes is six votes. People told us what they think, and we will find a way."
Q direct Priya Ramaswamy-Hale :: "But six votes is six votes. People told us what they think, and we will find a way."
F number six
F number six
> The district receives $9.7 million in Chapter 70 state aid for fiscal 2041, an increase of $30 per student, the minimum under the state formula. Had fewer than two-thirds of the towns approved the budget, the state Department of Elementary and Secondary Education could have set a month-to-month budget for the district starting July 1.
F money $9.7 million
F date 2041
F money $30
F fraction two-thirds
O government Department of Elementary and Secondary Education
F date July 1
> Daniel Szymanski can be reached at dszymanski@berkshireeagle.com or 413-496-6214.
P full Daniel Szymanski
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
