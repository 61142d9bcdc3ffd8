#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval93 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval93/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['601-henganofi-growers-block-highlands-highway-k2-3m-coffee-debt-yonki-cic-post-courier'] = r'''
> Business
> Growers block highway over K2.3m coffee debt
F money K2.3m
> By STELLA ONGUGO
P full STELLA ONGUGO
> March 12, 2038
F date March 12, 2038
> Coffee growers from Henganofi sit across the Highlands Highway at Fayantina on Tuesday, with bags of unpaid parchment stacked beside them. Picture: STELLA ONGUGO
L region Henganofi
L street Highlands Highway
L region Fayantina
P full STELLA ONGUGO
> HENGANOFI coffee growers have blocked a stretch of the Highlands Highway for two days, demanding that a Goroka-based exporter pay the K2.3 million it owes them for parchment bought last season.
L region HENGANOFI
L street Highlands Highway
F duration two days
L city Goroka
F money K2.3 million
> Hundreds of growers, many of them women, have sat across the road at Fayantina since early on Monday, stopping trucks carrying fuel, food and containers between Lae and Mount Hagen. Police said a queue of more than 120 vehicles stretched about 6km towards Kainantu by yesterday afternoon.
L region Fayantina
L city Lae
L city Mount Hagen
F number 120
F quantity 6km
L city Kainantu
> "I have been sitting here since Monday morning with 20 tonnes of rice for Mount Hagen," said one truck driver, who asked not to be named.
Q direct - :: "I have been sitting here since Monday morning with 20 tonnes of rice for Mount Hagen,"
F quantity 20 tonnes
L city Mount Hagen
F number one
> The growers say Yonki Green Bean Ltd bought coffee on credit from about 1,400 smallholders in the Fayantina, Kafetina and Dunantina areas between May and August last year, promising to pay them within 30 days.
O company Yonki Green Bean Ltd
F number 1,400
L region Fayantina
L region Kafetina
L region Dunantina
F duration 30 days
> "We carried our coffee to the road on our backs. They weighed it, gave us a paper and said the money would come. That was seven months ago," said Kaupa Yawe, 54, who chairs the Fayantina growers' committee.
Q direct Kaupa Yawe :: "We carried our coffee to the road on our backs. They weighed it, gave us a paper and said the money would come. That was seven months ago,"
F duration seven months
P full Kaupa Yawe
F age 54
L region Fayantina
> Mr Yawe said the company owed his own family K6,840 for 760 kilograms of parchment, bought at K9 a kilogram. "My children did not go back to school in February because of this," he said.
P partial Yawe
F money K6,840
F quantity 760 kilograms
F money K9
Q direct Kaupa Yawe :: "My children did not go back to school in February because of this,"
> At the roadblock yesterday, Rosa Gimisave, a mother of six from Kafetina, held up a crumpled receipt. "Mipela no laik pait. Mipela laikim mani bilong kofi tasol," she said – we do not want a fight, we only want our coffee money.
P full Rosa Gimisave
F number six
L region Kafetina
Q direct Rosa Gimisave :: "Mipela no laik pait. Mipela laikim mani bilong kofi tasol,"
> The Coffee Industry Corporation (CIC), which regulates the industry from its headquarters in Goroka, said Yonki Green Bean's export licence had been suspended on March 3 pending an audit.
O government Coffee Industry Corporation
O government CIC
L city Goroka
O company Yonki Green Bean
F date March 3
> CIC chief executive Dr Benedict Apa told the Post-Courier the company had shipped 14 containers of green bean through the port of Lae since September but had not settled its accounts with growers or paid the industry levy.
O government CIC
P full Benedict Apa
O media Post-Courier
F number 14
L city Lae
> "An exporter that buys on credit and does not pay is stealing from the people who carry this industry," Dr Apa said. "We will not renew the licence until every grower on the company's own list is paid."
Q direct Benedict Apa :: "An exporter that buys on credit and does not pay is stealing from the people who carry this industry,"
P partial Apa
Q direct Benedict Apa :: "We will not renew the licence until every grower on the company's own list is paid."
> Coffee is Papua New Guinea's second-biggest agricultural export after palm oil, and smallholders grow about 85 per cent of the crop, most of it in Eastern Highlands, Western Highlands, Jiwaka and Simbu. The CIC says more than two million people earn part of their cash income from coffee.
L country Papua New Guinea
F percent 85 per cent
L region Eastern Highlands
L region Western Highlands
L region Jiwaka
L region Simbu
O government CIC
F number two million
> In a statement, Yonki Green Bean director Samuel Oiwa Kerenga said the company was "not running away" and blamed a buyer in Hamburg, Germany, that had rejected two shipments over moisture levels.
O company Yonki Green Bean
P full Samuel Oiwa Kerenga
Q direct Samuel Oiwa Kerenga :: "not running away"
L city Hamburg
L country Germany
F number two
> He said growers would be paid in full "within 60 days" once a K1.5 million loan from Bank South Pacific (BSP) was approved.
Q direct Samuel Oiwa Kerenga :: "within 60 days"
F duration 60 days
F money K1.5 million
O company Bank South Pacific
O company BSP
> Eastern Highlands provincial police commander Chief Superintendent Jimmy Tomai Kauve said police would not remove the growers by force.
L region Eastern Highlands
P full Jimmy Tomai Kauve
> "These are not criminals. They are farmers who have not been paid. But this highway is the lifeline of the whole Highlands region and it cannot stay closed," he said.
Q direct Jimmy Tomai Kauve :: "These are not criminals. They are farmers who have not been paid. But this highway is the lifeline of the whole Highlands region and it cannot stay closed,"
L region Highlands
> Mr Kauve said talks between the growers, the company and the CIC had been set for 10am today at the provincial government offices in Goroka.
P partial Kauve
O government CIC
F time 10am
L city Goroka
> Growers at the roadblock said roadside prices had recovered this season, with buyers paying between K10 and K11.50 a kilogram for parchment and 80 toea to K1.20 a kilogram for cherry. But many said they would never again sell on credit.
F money K10
F money K11.50
F money 80 toea
F money K1.20
> "Cash on the spot, or the coffee stays in the house," Mr Yawe said.
Q direct Kaupa Yawe :: "Cash on the spot, or the coffee stays in the house,"
P partial Yawe
'''

ARTICLES['602-panevezys-dairy-farmers-tractors-milk-price-29-cents-aukstaitijos-pienas-baltic-times'] = r'''
> Lithuania
L country Lithuania
> Dairy farmers drive tractors to Panevėžys as milk price sinks to 29 cents
L city Panevėžys
F money 29 cents
> BNS/TBT Staff
O media BNS
O media TBT
> Published: 2038/05/14
F date 2038/05/14
> Farmers park their tractors outside the AB Aukštaitijos Pienas plant in Panevėžys on Wednesday. Photo: BNS
O company AB Aukštaitijos Pienas
L city Panevėžys
O media BNS
> VILNIUS – Around 300 dairy farmers drove tractors and milk tankers into Panevėžys on Wednesday to protest against a slump in the price processors pay for raw milk, which they say has fallen below the cost of production for the first time since 2033.
L city VILNIUS
F number 300
L city Panevėžys
F date 2033
> Processors paid an average of 29.4 euro cents per kilogram of natural-fat milk in April, 18 percent less than a year earlier, according to the Agricultural Information and Rural Business Centre (ŽŪIKVC). Farms with fewer than 30 cows were paid as little as 24 cents.
F money 29.4 euro cents
F percent 18 percent
O government Agricultural Information and Rural Business Centre
O government ŽŪIKVC
F number 30
F money 24 cents
> The protest, organised by the Lithuanian Milk Producers' Association, blocked the gates of the Panevėžys plant of AB Aukštaitijos Pienas, one of the country's three largest dairy processors, for about four hours. Police said it passed peacefully.
O nonprofit Lithuanian Milk Producers' Association
L city Panevėžys
O company AB Aukštaitijos Pienas
F number three
F duration four hours
> "A farmer who milks 40 cows now loses money on every litre. Feed, fuel and electricity have not become cheaper, but milk has," said association chairman Vytautas Žemaitis, who keeps 120 cows near Pasvalys.
Q direct Vytautas Žemaitis :: "A farmer who milks 40 cows now loses money on every litre. Feed, fuel and electricity have not become cheaper, but milk has,"
F number 40
P full Vytautas Žemaitis
F number 120
L city Pasvalys
> "We are not asking for charity. We are asking the processors to show us how they set the price, because across the border in Latvia, and in Poland, farmers are paid more for the same milk.
Q direct Vytautas Žemaitis :: "We are not asking for charity. We are asking the processors to show us how they set the price, because across the border in Latvia, and in Poland, farmers are paid more for the same milk.
L country Latvia
L country Poland
> "If nothing changes by July, we will come back – and next time we will come to Vilnius," Žemaitis said.
Q direct Vytautas Žemaitis :: "If nothing changes by July, we will come back – and next time we will come to Vilnius,"
L city Vilnius
P partial Žemaitis
> Aukštaitijos Pienas said in a statement that world prices for butter and skimmed milk powder had fallen by a quarter since January and that it had "no room" to pay more without losing export contracts. Most of its milk powder leaves through the port of Klaipėda for buyers in Algeria, China and Saudi Arabia, the company said.
O company Aukštaitijos Pienas
F fraction a quarter
Q direct AB Aukštaitijos Pienas :: "no room"
L city Klaipėda
L country Algeria
L country China
L country Saudi Arabia
> Chief executive Rasa Kazlauskienė told BNS the processor had itself cut the volume of milk it buys by 6 percent since March.
P full Rasa Kazlauskienė
O media BNS
F percent 6 percent
> "Nobody in this chain is making money this spring," Kazlauskienė said. "We are selling powder at 2,150 euros a tonne. A year ago it was 2,900."
Q direct Rasa Kazlauskienė :: "Nobody in this chain is making money this spring,"
P partial Kazlauskienė
Q direct Rasa Kazlauskienė :: "We are selling powder at 2,150 euros a tonne. A year ago it was 2,900."
F money 2,150 euros
F money 2,900
> The company, which employs 1,150 people at plants in Panevėžys and Utena, reported a net loss of 4.6 million euros for the first quarter, its first quarterly loss since 2030.
F number 1,150
L city Panevėžys
L city Utena
F money 4.6 million euros
F date 2030
> The Ministry of Agriculture said it would ask the Competition Council to examine whether processors coordinate their prices, and that it had applied to the European Commission for 7.5 million euros in crisis aid for small dairy farms. Deputy Agriculture Minister Aistė Jonaitytė said the first payments could reach farmers "by the end of summer".
O government Ministry of Agriculture
O government Competition Council
O intergovernmental European Commission
F money 7.5 million euros
P full Aistė Jonaitytė
Q direct Aistė Jonaitytė :: "by the end of summer"
> Lithuania has about 9,800 dairy farms, a third fewer than a decade ago, and most of them keep fewer than 10 cows. The country produced 1.38 million tonnes of milk in 2037, according to the State Data Agency.
L country Lithuania
F number 9,800
F fraction a third
F number 10
F quantity 1.38 million tonnes
F date 2037
O government State Data Agency
> In the Rokiškis district, Jonas Petrauskas, 67, who milks 22 cows with his son Mantas, said the family would sell the herd in the autumn unless prices recovered.
L region Rokiškis
P full Jonas Petrauskas
F age 67
F number 22
P partial Mantas
> "My father kept cows on the collective farm, and I kept them after independence. I don't know if Mantas will keep them at all," he said.
Q direct Jonas Petrauskas :: "My father kept cows on the collective farm, and I kept them after independence. I don't know if Mantas will keep them at all,"
P partial Mantas
'''

ARTICLES['603-giants-suns-manuka-oval-13-12-90-12-10-82-kelleher-lamont-akec-scoreboard-canberra-times'] = r'''
> Sport
> AFL
O other AFL
> Giants hold off Suns to keep finals hopes alive at Manuka
O team Giants
O team Suns
L facility Manuka
> Toby Kelleher kicked four goals and Ned Lamont-Akec starred as GWS survived a late Gold Coast charge in front of 11,842 in Canberra.
P full Toby Kelleher
F number four
P full Ned Lamont-Akec
O team GWS
O team Gold Coast
F number 11,842
L city Canberra
> By Hamish Fitzroy
P full Hamish Fitzroy
> Updated May 24 2037 - 8:14pm, first published 7:02pm
F date May 24 2037
F time 8:14pm
F time 7:02pm
> Giants midfielder Ned Lamont-Akec breaks clear of Gold Coast's Sam Faleolo-Brown at Manuka Oval on Saturday. Picture by Keegan Carroll
O team Giants
P full Ned Lamont-Akec
O team Gold Coast
P full Sam Faleolo-Brown
L facility Manuka Oval
P full Keegan Carroll
> GWS Giants coach Brett Harnett asked his players for “pressure, pressure, pressure” at three-quarter time. He got about 20 minutes of it, and it was just enough.
O team GWS Giants
P full Brett Harnett
Q direct Brett Harnett :: “pressure, pressure, pressure”
F duration 20 minutes
> The Giants, who led by 33 points at the last change, clung on to beat Gold Coast 13.12 (90) to 12.10 (82) at Manuka Oval on Saturday, keeping them a game and percentage outside the top eight with three rounds to play.
O team Giants
F number 33
O team Gold Coast
F score 13.12
F score 90
F score 12.10
F score 82
L facility Manuka Oval
F number eight
F number three
> The Suns kicked five of the last six goals, and Jed Marchetti had a set shot from 40 metres on a tight angle with 15 seconds left. It drifted across the face, the Giants rebounded to the boundary and the siren went.
O team Suns
F number five
F number six
P full Jed Marchetti
F quantity 40 metres
F duration 15 seconds
O team Giants
> “I thought we were gone, to be honest,” Harnett said. “They had all the momentum and we were running on empty. But the boys found a way, and against a side as good as the Suns, that’s what you have to do in May.”
Q direct Brett Harnett :: “I thought we were gone, to be honest,”
P partial Harnett
Q direct Brett Harnett :: “They had all the momentum and we were running on empty. But the boys found a way, and against a side as good as the Suns, that’s what you have to do in May.”
O team Suns
> Kelleher, the 22-year-old from Wagga Wagga who was rookie-listed only two years ago, kicked three of his four goals in the second quarter, when GWS piled on 4.3 to 2.1 to lead by 18 points at half-time.
P partial Kelleher
F age 22-year-old
L city Wagga Wagga
F duration two years
F number three
F number four
O team GWS
F score 4.3
F score 2.1
F number 18
> Lamont-Akec, whose parents came to Canberra from South Sudan in 2009, had 34 disposals, 11 clearances and a goal in front of family and friends from Tuggeranong.
P partial Lamont-Akec
L city Canberra
L country South Sudan
F date 2009
F number 34
F number 11
L city Tuggeranong
> “I grew up kicking the footy at Kambah, so to do it here, with Mum and Dad in the stand, is pretty special,” he said.
Q direct Ned Lamont-Akec :: “I grew up kicking the footy at Kambah, so to do it here, with Mum and Dad in the stand, is pretty special,”
L city Kambah
> “Mum doesn’t really watch the ball. She just watches me.”
Q direct Ned Lamont-Akec :: “Mum doesn’t really watch the ball. She just watches me.”
> Suns coach Aaron Pettigrew said his side had left its run too late after a third quarter in which the Giants kicked 5.4 to 3.1.
O team Suns
P full Aaron Pettigrew
O team Giants
F score 5.4
F score 3.1
> “We gave them a five-goal start in that third quarter and you can’t do that against anyone, let alone on the road,” Pettigrew said.
Q direct Aaron Pettigrew :: “We gave them a five-goal start in that third quarter and you can’t do that against anyone, let alone on the road,”
F number five
P partial Pettigrew
> Gold Coast lost key defender Lachlan Van Rooyen to a hamstring strain in the second quarter and will know the extent of the injury after scans on Monday.
O team Gold Coast
P full Lachlan Van Rooyen
> The Giants meet Sydney at home next Saturday before finishing the season against Carlton and Fremantle, while Gold Coast host Port Adelaide on the Gold Coast.
O team Giants
O team Sydney
O team Carlton
O team Fremantle
O team Gold Coast
O team Port Adelaide
L city Gold Coast
> GWS play three home games a season in Canberra under a deal with the ACT Government that runs until 2041.
O team GWS
F number three
L city Canberra
O government ACT Government
F date 2041
> GWS GIANTS 3.2 7.5 12.9 13.12 (90)
O team GWS GIANTS
F score 3.2
F score 7.5
F score 12.9
F score 13.12
F score 90
> GOLD COAST 2.4 4.5 7.6 12.10 (82)
O team GOLD COAST
F score 2.4
F score 4.5
F score 7.6
F score 12.10
F score 82
> GOALS: GWS: Kelleher 4, Papadakis 2, Okonkwo 2, Lamont-Akec, Reid, Sheehan-Lowe, Whitford, Brennan. Gold Coast: Marchetti 3, Faleolo-Brown 2, Hutchins 2, Tremayne, Quach, O'Halloran, Vella, Mabior.
O team GWS
P partial Kelleher
F number 4
P partial Papadakis
F number 2
P partial Okonkwo
F number 2
P partial Lamont-Akec
P partial Reid
P partial Sheehan-Lowe
P partial Whitford
P partial Brennan
O team Gold Coast
P partial Marchetti
F number 3
P partial Faleolo-Brown
F number 2
P partial Hutchins
F number 2
P partial Tremayne
P partial Quach
P partial O'Halloran
P partial Vella
P partial Mabior
> BEST: GWS: Lamont-Akec, Kelleher, Reid, Whitford, Brennan. Gold Coast: Faleolo-Brown, Marchetti, Quach, Vella.
O team GWS
P partial Lamont-Akec
P partial Kelleher
P partial Reid
P partial Whitford
P partial Brennan
O team Gold Coast
P partial Faleolo-Brown
P partial Marchetti
P partial Quach
P partial Vella
> INJURIES: GWS: Nil. Gold Coast: Van Rooyen (hamstring).
O team GWS
O team Gold Coast
P partial Van Rooyen
> REPORTS: Nil.
> UMPIRES: Donnellan, Kiprotich, Harwood.
P partial Donnellan
P partial Kiprotich
P partial Harwood
> CROWD: 11,842 at Manuka Oval.
F number 11,842
L facility Manuka Oval
'''

ARTICLES['604-souss-argan-harvest-halved-drought-chtouka-ait-baha-tadukli-andzoa-hespress'] = r'''
> Economy
> Drought halves argan harvest as Souss cooperatives count their losses
L region Souss
> Hespress English
O media Hespress English
> Wednesday 2 September 2037 - 12:40
F date 2 September 2037
F time 12:40
> Women crack argan nuts by hand at a cooperative in Aït Baha, in the province of Chtouka Aït Baha. Photo: Hespress
L city Aït Baha
L region Chtouka Aït Baha
O media Hespress
> The argan harvest in the Souss-Massa region has fallen by more than half this year after a seventh consecutive year of drought, leaving hundreds of women's cooperatives short of the fruit that keeps them running, producers and officials say.
L region Souss-Massa
F fraction half
> In the province of Chtouka Aït Baha, cooperatives collected around 1,900 tonnes of dried argan fruit between June and August, against 4,600 tonnes in an average season, according to figures from the National Agency for the Development of Oasis Zones and Argan Trees (ANDZOA).
L region Chtouka Aït Baha
F quantity 1,900 tonnes
F quantity 4,600 tonnes
O government National Agency for the Development of Oasis Zones and Argan Trees
O government ANDZOA
> "The trees did not flower in the spring, and what fruit there was fell green," said Fadma Id Brahim, 51, who runs the Tadukli cooperative in the village of Tanalt, where 38 women crack argan nuts by hand. "Last year we pressed 6,000 litres of oil. This year we will be lucky to reach 2,000."
Q direct Fadma Id Brahim :: "The trees did not flower in the spring, and what fruit there was fell green,"
P full Fadma Id Brahim
F age 51
O nonprofit Tadukli
L city Tanalt
F number 38
Q direct Fadma Id Brahim :: "Last year we pressed 6,000 litres of oil. This year we will be lucky to reach 2,000."
F quantity 6,000 litres
F quantity 2,000
> With less fruit to go round, a kilogram of unshelled argan nuts now sells for 38 dirhams at the weekly souk in Aït Baha, up from 22 dirhams a year ago, and the cooperatives say they cannot pass the cost on to the exporters who buy their oil.
F money 38 dirhams
L city Aït Baha
F money 22 dirhams
> Exporters in Agadir pay between 320 and 360 dirhams (about €30 to €33) for a litre of cosmetic-grade oil, a price that has barely moved since 2034, according to the Network of Women's Argan Cooperatives (RECOFA).
L city Agadir
F money 320
F money 360 dirhams
F money €30
F money €33
F date 2034
O nonprofit Network of Women's Argan Cooperatives
O nonprofit RECOFA
> Youssef Benkirane, who manages Argana Naturals, an Agadir-based exporter selling to cosmetics makers in France and Germany, said buyers had been "patient so far" but would not accept a rise of more than 10%.
P full Youssef Benkirane
O company Argana Naturals
L city Agadir
L country France
L country Germany
Q direct Youssef Benkirane :: "patient so far"
F percent 10%
> "If the price goes too high, the laboratories in Europe will simply put less argan in the bottle," he said.
Q direct Youssef Benkirane :: "If the price goes too high, the laboratories in Europe will simply put less argan in the bottle,"
L continent Europe
> Morocco is the only country where the argan tree grows wild on a large scale. Its forest, which UNESCO declared a biosphere reserve in 1998, covers about 830,000 hectares between Essaouira and the western edge of the Sahara.
L country Morocco
O intergovernmental UNESCO
F date 1998
F quantity 830,000 hectares
L city Essaouira
L geo Sahara
> ANDZOA's regional directorate in Agadir said in a statement that it would distribute 400,000 argan seedlings this winter under the national replanting programme, and that 1,250 hectares of new orchards had been planted in Chtouka Aït Baha and Tiznit since 2031. The programme aims to restore 10,000 hectares of the Arganeraie by 2040.
O government ANDZOA
L city Agadir
F number 400,000
F quantity 1,250 hectares
L region Chtouka Aït Baha
L region Tiznit
F date 2031
F quantity 10,000 hectares
L region Arganeraie
F date 2040
> Lahcen Ait Ouakrim, an agronomist at Ibn Zohr University in Agadir, said seedlings alone would not save the forest.
P full Lahcen Ait Ouakrim
O education Ibn Zohr University
L city Agadir
> "An argan tree needs seven to ten years before it gives fruit, and a young tree in the Anti-Atlas needs water that the region does not have," he said. Rainfall in the province has averaged 142 millimetres a year since 2030, against a long-term average of about 230 millimetres, he added.
Q direct Lahcen Ait Ouakrim :: "An argan tree needs seven to ten years before it gives fruit, and a young tree in the Anti-Atlas needs water that the region does not have,"
F duration seven
F duration ten years
L geo Anti-Atlas
F quantity 142 millimetres
F date 2030
F quantity 230 millimetres
> For the women of Tadukli, the shortage means fewer working days. Fatima Aït Lhaj, 34, used to earn around 70 dirhams a day cracking nuts five days a week. Now the cooperative calls her in twice a week.
O nonprofit Tadukli
P full Fatima Aït Lhaj
F age 34
F money 70 dirhams
F duration five days
> "Argan is our bank. When the tree gives nothing, the bank is closed," she said in Tachelhit, the Amazigh language of the Souss.
Q direct Fatima Aït Lhaj :: "Argan is our bank. When the tree gives nothing, the bank is closed,"
L region Souss
> The Ministry of Agriculture said in July that drought relief for the argan sector would be part of a 2.5 billion dirham support package for rural areas, but it has not said how much will go to the cooperatives.
O government Ministry of Agriculture
F money 2.5 billion dirham
'''

ARTICLES['605-beer-beach-fleet-crab-price-slump-devon-severn-ifca-pot-limit-lyme-bay-midweek-herald'] = r'''
> News
> ‘We’re the last of them’: Beer fishermen fear for beach fleet as crab price slumps
Q direct Tom Westlake :: ‘We’re the last of them’
L city Beer
> The boats still winched up the shingle at Beer say falling crab prices and new limits on pots could end a tradition that goes back at least 300 years
L city Beer
F duration 300 years
> PUBLISHED: 07:00 19 June 2037 | UPDATED: 09:45 19 June 2037
F time 07:00
F date 19 June 2037
F time 09:45
F date 19 June 2037
> Eleanor Pring
P full Eleanor Pring
> Tom Westlake winches his crabber up Beer beach at the end of the day. Picture: Eleanor Pring
P full Tom Westlake
L city Beer
P full Eleanor Pring
> Beer's fishermen say the village's beach-launched fleet, one of the last in England, could disappear within five years after the price of brown crab fell to its lowest level in more than a decade.
L city Beer
L country England
F duration five years
> Seven boats still work from the shingle below the village, between Seaton and Branscombe. They are launched down greased wooden skids each morning and winched back up the beach in the afternoon, as boats have been for centuries. Between them they land crab, lobster and whelks, and herring and sprats in the winter.
F number Seven
L city Seaton
L city Branscombe
> Merchants at Brixham were paying £1.60 a kilo for brown crab this week, down from £2.70 in June 2036, as demand from China, where most of the catch goes live, has fallen away. Lobster is fetching £14 a kilo, about a third less than last summer.
L city Brixham
F money £1.60
F money £2.70
F date June 2036
L country China
F money £14
F fraction a third
> “You can’t pay for diesel, bait and a crew at £1.60 a kilo,” said Tom Westlake, 46, whose family has fished from Beer for five generations.
Q direct Tom Westlake :: “You can’t pay for diesel, bait and a crew at £1.60 a kilo,”
F money £1.60
P full Tom Westlake
F age 46
L city Beer
F number five
> “My grandfather hauled his boat up this beach with a horse. I’ve got a winch and a 150-horsepower engine and I’m earning less than he did. We’re the last of them, really.”
Q direct Tom Westlake :: “My grandfather hauled his boat up this beach with a horse. I’ve got a winch and a 150-horsepower engine and I’m earning less than he did. We’re the last of them, really.”
F quantity 150-horsepower
> Fishermen are also worried about a new byelaw from the Devon and Severn Inshore Fisheries and Conservation Authority (IFCA), which from 1 January 2038 will limit each boat under 10 metres to 400 pots in Lyme Bay and require every pot to carry a numbered tag.
O government Devon and Severn Inshore Fisheries and Conservation Authority
O government IFCA
F date 1 January 2038
F quantity 10 metres
F number 400
L geo Lyme Bay
> The IFCA said the limit was needed to protect crab and lobster stocks, which its surveys show have fallen by 22 per cent since 2031, and that it was “working with fishermen” on how the tags would be issued.
O government IFCA
F percent 22 per cent
F date 2031
Q direct Devon and Severn Inshore Fisheries and Conservation Authority :: “working with fishermen”
> Becky Loveridge, 38, who fishes alone from a 7.5-metre crabber, told the Herald that 400 pots was already more than a boat her size could work.
P full Becky Loveridge
F age 38
F quantity 7.5-metre
O media Herald
F number 400
> “It’s not the limit that worries me, it’s the tags. At £1.35 a pot, that’s £540 before I’ve caught a thing,” she said.
Q direct Becky Loveridge :: “It’s not the limit that worries me, it’s the tags. At £1.35 a pot, that’s £540 before I’ve caught a thing,”
F money £1.35
F money £540
> East Devon District Council has applied for £185,000 from the government’s coastal communities fund, on behalf of the fishermen, to rebuild the winch house and the concrete apron at the top of the beach, both damaged in storms in February.
O government East Devon District Council
F money £185,000
> Cllr Ruth Hannaford, the council’s portfolio holder for coast and countryside, said: “The Beer fleet is part of the identity of this coast. People come from all over the country to watch the boats come in, and the fish they buy on the beach was caught within sight of Beer Head.”
P full Ruth Hannaford
Q direct Ruth Hannaford :: “The Beer fleet is part of the identity of this coast. People come from all over the country to watch the boats come in, and the fish they buy on the beach was caught within sight of Beer Head.”
L city Beer
L geo Beer Head
> In the 1960s more than 30 boats worked off the beach. Today the youngest of the seven skippers is 34, and none has a son or daughter planning to follow them.
F date 1960s
F number 30
F number seven
F age 34
> The fishermen will put their case to a public meeting at Beer Village Hall at 7pm on Thursday 25 June, when merchants from Brixham and Newlyn have also been invited.
L facility Beer Village Hall
F time 7pm
F date 25 June
L city Brixham
L city Newlyn
> “If we go, the beach is just a car park with a view,” Mr Westlake said.
Q direct Tom Westlake :: “If we go, the beach is just a car park with a view,”
P partial Westlake
'''

ARTICLES['606-capiz-red-tide-shellfish-ban-sapian-pilar-bay-bfar-6-president-roxas-panay-news'] = r'''
> News
> Red Tide: BFAR Bans Shellfish From 2 Capiz Bays; 9 Hospitalized
O government BFAR
F number 2
L region Capiz
F number 9
> By Mae Anne T. Villanueva
P full Mae Anne T. Villanueva
> September 15, 2038
F date September 15, 2038
> Mussel farmers sort tahong at a landing in Pilar, Capiz before the shellfish ban. BFAR-6 PHOTO
L city Pilar
L region Capiz
O government BFAR-6
> ROXAS City – The Bureau of Fisheries and Aquatic Resources in Western Visayas (BFAR-6) has banned the gathering, sale and eating of shellfish from Sapian Bay and Pilar Bay in Capiz after samples tested positive for paralytic shellfish poison beyond the regulatory limit.
L city ROXAS City
O government Bureau of Fisheries and Aquatic Resources
L region Western Visayas
O government BFAR-6
L geo Sapian Bay
L geo Pilar Bay
L region Capiz
> In Shellfish Bulletin No. 21 issued on Tuesday, BFAR-6 said mussel samples collected on Sept. 10 contained up to 145 micrograms of saxitoxin per 100 grams of shellfish meat, more than twice the safe limit of 60 micrograms.
O government BFAR-6
F date Sept. 10
F quantity 145 micrograms
F quantity 100 grams
F quantity 60 micrograms
> The ban covers the coastal waters of Ivisan, Sapian, Pilar and President Roxas towns as well as Barangay Culasi in Roxas City, the bureau said. Fish, squid, shrimp and crabs remain safe to eat provided they are fresh, washed thoroughly and their gills and internal organs removed before cooking.
L city Ivisan
L city Sapian
L city Pilar
L city President Roxas
L city Barangay Culasi
L city Roxas City
> The Capiz Provincial Health Office (PHO) said nine residents of Pilar, among them a 7-year-old girl, were taken to the Roxas Memorial Provincial Hospital on Monday night with numbness of the lips, dizziness and vomiting after eating green mussels, locally called tahong. Two remained under observation yesterday; the rest have been sent home.
O government Capiz Provincial Health Office
O government PHO
F number nine
L city Pilar
F age 7-year-old
O other Roxas Memorial Provincial Hospital
F number Two
> "Cooking does not destroy the toxin. Even if you boil the shells for an hour, the poison stays," said Dr. Ma. Cecilia Ocampo-Dellosa, the provincial health officer.
Q direct Ma. Cecilia Ocampo-Dellosa :: "Cooking does not destroy the toxin. Even if you boil the shells for an hour, the poison stays,"
P full Ma. Cecilia Ocampo-Dellosa
> The ban hits families in the two bays who farm and gather oysters and mussels for a living. The Pilar Municipal Agriculture Office counts 412 registered shellfish growers and gatherers in that town alone.
F number two
O government Pilar Municipal Agriculture Office
F number 412
> Luzviminda "Minda" Belleza, 52, a mussel farmer in Pilar, said she had about 300 kilos of tahong ready for harvest when the ban was announced.
P full Luzviminda "Minda" Belleza
F age 52
L city Pilar
F quantity 300 kilos
Q scare - :: "Minda"
> "Wala gid kami sang iban nga palangabuhian," she said in Capiznon. (We really have no other livelihood.)
Q direct Luzviminda "Minda" Belleza :: "Wala gid kami sang iban nga palangabuhian,"
> A vendor at the Roxas City public market, who asked not to be named, said sales of all seafood had dropped since the announcement. "People are afraid even of fish," she said.
L city Roxas City
Q direct - :: "People are afraid even of fish,"
> Before the ban, traders from Iloilo and Aklan paid P60 to P80 a kilo for tahong and P150 a kilo for shucked oysters, or talaba.
L region Iloilo
L region Aklan
F money P60
F money P80
F money P150
> The Capiz Provincial Government said it would release P1.8 million in food packs and cash aid to affected families through the Provincial Social Welfare and Development Office (PSWDO), and has asked the Department of Social Welfare and Development (DSWD) for rice for at least 1,000 families.
O government Capiz Provincial Government
F money P1.8 million
O government Provincial Social Welfare and Development Office
O government PSWDO
O government Department of Social Welfare and Development
O government DSWD
F number 1,000
> BFAR-6 Regional Director Arnel D. Sumagaysay said the ban would be lifted only after two consecutive tests showed the bays were clean.
O government BFAR-6
P full Arnel D. Sumagaysay
F number two
> "That usually takes four to six weeks. The hot, calm weather we had in August helped the bloom, and we need rain and wind to break it up," Sumagaysay said.
Q direct Arnel D. Sumagaysay :: "That usually takes four to six weeks. The hot, calm weather we had in August helped the bloom, and we need rain and wind to break it up,"
F duration four
F duration six weeks
P partial Sumagaysay
> Red tide, caused by a bloom of the plankton Pyrodinium bahamense, last closed Sapian Bay for 11 weeks in 2035.
L geo Sapian Bay
F duration 11 weeks
F date 2035
> BFAR-6 urged the public to report suspected poisoning to the nearest health center or to the PHO.
O government BFAR-6
O government PHO
> /PN
O media PN
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
