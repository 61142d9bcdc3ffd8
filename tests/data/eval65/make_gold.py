#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval65 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval65/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['433-poole-harbour-clam-cockle-fishery-closure-southern-ifca-bournemouth-echo'] = r'''
> Poole
L city Poole
> Poole Harbour clam and cockle fishery to close for two years after stocks ‘collapse’
L geo Poole Harbour
F duration two years
Q direct Marion Fookes :: ‘collapse’
> Dredgermen say the ban puts 60 jobs at risk and ends a way of life that goes back generations
F number 60
> By Tamsin Hebditch
P full Tamsin Hebditch
> Reporter
> 16th April 2039
F date 16th April 2039
> A clam dredger working the beds off Brownsea Island, with Sandbanks behind (Image: Dan Warr)
L geo Brownsea Island
L city Sandbanks
P full Dan Warr
> A shellfish fishery that has kept families on Poole Harbour's quays for generations is to close for two years after a survey found that stocks of clams and cockles had fallen by more than two-thirds.
L geo Poole Harbour
F duration two years
F fraction two-thirds
> The Southern Inshore Fisheries and Conservation Authority (Southern IFCA) voted 9-3 on Thursday to ban dredging for Manila clams and cockles anywhere in the harbour from 1st June 2039 until at least 31st May 2041.
O government Southern Inshore Fisheries and Conservation Authority
O government Southern IFCA
F number 9-3
L city Manila
F date 1st June 2039
F date 31st May 2041
> Its annual survey, carried out over 11 days in February, estimated that 1,870 tonnes of clams of a landable size were left in the harbour, against 5,940 tonnes in 2036 - a fall of 68 per cent.
F duration 11 days
F quantity 1,870 tonnes
F quantity 5,940 tonnes
F date 2036
F percent 68 per cent
> Cockles in Holes Bay, Lytchett Bay and the Wareham Channel were so scarce that surveyors stopped sampling after the first 40 of 120 sites, the authority said.
L geo Holes Bay
L geo Lytchett Bay
L geo Wareham Channel
F number 40
F number 120
> Chief officer Dr Marion Fookes said the committee had been left with "no responsible choice".
P full Marion Fookes
Q direct Marion Fookes :: "no responsible choice"
> "What we are seeing is a collapse we have never recorded before, and it is right across the harbour, not in one or two beds," she said. "The young clams are simply not surviving their first summer.
Q direct Marion Fookes :: "What we are seeing is a collapse we have never recorded before, and it is right across the harbour, not in one or two beds,"
F number one
F number two
Q direct Marion Fookes :: "The young clams are simply not surviving their first summer.
> "If we carry on dredging at this level, there may be nothing left to protect in two years' time."
Q direct Marion Fookes :: "If we carry on dredging at this level, there may be nothing left to protect in two years' time."
F duration two years
> Scientists believe a run of hot summers is largely to blame. The water in the harbour reached 24.1C in August 2038, the highest reading since monitoring began in 1997, and the authority said silt stirred up by dredging may also be smothering young shellfish.
F quantity 24.1C
F date August 2038
F date 1997
> There are 45 dredge permits for the fishery, which normally runs from late May to the end of December. Each permit costs £1,250 a year, and the catch was worth an estimated £3.4m in 2038, most of it sold to buyers in Spain and France.
F number 45
F money £1,250
F money £3.4m
F date 2038
L country Spain
L country France
> The Poole Harbour Dredgermen's Association, which represents most of the permit holders, said about 60 jobs on boats and in processing sheds depended on the fishery.
O nonprofit Poole Harbour Dredgermen's Association
F number 60
> Darren Tizzard, 54, of Hamworthy, who has fished the harbour since he left school, called the vote "a death sentence for the small boats".
P full Darren Tizzard
F age 54
L city Hamworthy
Q direct Darren Tizzard :: "a death sentence for the small boats"
> "My grandfather was dredging off Brownsea in the 1950s. We've had bad years before and we've always come back," he said.
Q direct Darren Tizzard :: "My grandfather was dredging off Brownsea in the 1950s. We've had bad years before and we've always come back,"
L geo Brownsea
F date 1950s
> "Nobody from the authority has been out on a boat with us to look at the beds. Two years with nothing coming in - how is a family meant to live on that?"
Q direct Darren Tizzard :: "Nobody from the authority has been out on a boat with us to look at the beds. Two years with nothing coming in - how is a family meant to live on that?"
F duration Two years
> The association had asked for a smaller fishery with a catch limit of 150kg per boat per day, but the proposal was voted down.
F quantity 150kg
> Cllr Jo Scadden, who represents Hamworthy on BCP Council, told the Echo she would ask the council to look at hardship payments for crews and their families.
P full Jo Scadden
L city Hamworthy
O government BCP Council
O media Echo
> Poole Harbour Commissioners, which runs the port and the harbour's shipping channels, said in a statement that it "respects the science" and would work with fishermen on "whatever recovery plan comes next".
O government Poole Harbour Commissioners
Q direct Poole Harbour Commissioners :: "respects the science"
Q direct Poole Harbour Commissioners :: "whatever recovery plan comes next"
> The RSPB, which manages the Arne reserve on the harbour's southern shore, welcomed the closure. Its site manager, Pete Loveless, said oystercatchers and other wading birds fed on the same beds through the winter.
O nonprofit RSPB
L city Arne
P full Pete Loveless
> "Giving the harbour two years to recover is good news for the birds and, in the long run, for the fishermen too," he said.
Q direct Pete Loveless :: "Giving the harbour two years to recover is good news for the birds and, in the long run, for the fishermen too,"
F duration two years
> Natural England, which advises the authority on the harbour's protected sites, said it supported the decision. The closure will be reviewed after the next survey in February 2040.
O government Natural England
F date February 2040
> The dredgermen's association has called a meeting for fishermen and their families at the RNLI College on West Quay Road, Poole, on Monday 25th April at 7pm.
L facility RNLI College
L street West Quay Road
L city Poole
F date 25th April
F time 7pm
'''

ARTICLES['434-yangon-power-cuts-yadana-gas-decline-thilawa-lng-plant-delay-irrawaddy'] = r'''
> Business
> Yangon Faces Eight-Hour Power Cuts as Gas From Yadana Runs Low
L city Yangon
F duration Eight-Hour
L facility Yadana
> Households and factories brace for rotating blackouts through the hot season while a delayed LNG power plant at Thilawa sits unfinished
L city Thilawa
> By The Irrawaddy
O media The Irrawaddy
> 14 April 2039
F date 14 April 2039
> Shops on Anawrahta Road in downtown Yangon run generators during a power cut on Sunday. / The Irrawaddy
L street Anawrahta Road
L city Yangon
O media The Irrawaddy
> Households in Yangon will have electricity for only 16 hours a day from Wednesday under a new rotation schedule announced by the Yangon Electricity Supply Corporation (YESC), as falling gas output from the offshore Yadana field leaves power stations short of fuel.
L city Yangon
F duration 16 hours
O government Yangon Electricity Supply Corporation
O government YESC
L facility Yadana
> Under the schedule, each township will lose power for two four-hour blocks a day, the first between 6 a.m. and 2 p.m. and the second between 2 p.m. and 10 p.m., the YESC said on its Facebook page on Sunday. Industrial zones including Hlaing Tharyar and Shwe Pyi Thar will be cut for eight hours on alternate days.
F number two
F duration four-hour
F time 6 a.m.
F time 2 p.m.
F time 2 p.m.
F time 10 p.m.
O government YESC
O company Facebook
L region Hlaing Tharyar
L region Shwe Pyi Thar
F duration eight hours
> The Ministry of Electric Power said in a statement that Yangon's grid was receiving about 1,050 megawatts (MW) at the evening peak, against demand of nearly 1,900 MW, and that the shortfall would continue "until gas supply improves and new generation comes online".
O government Ministry of Electric Power
L city Yangon
F quantity 1,050 megawatts
F quantity 1,900 MW
Q direct Ministry of Electric Power :: "until gas supply improves and new generation comes online"
> Gas-fired plants supply more than half of Yangon's electricity. Production at Yadana, in the Andaman Sea off the Tanintharyi coast, has fallen to about 180 million cubic feet per day (MMcfd) from more than 700 MMcfd a decade ago, according to figures from Myanma Oil and Gas Enterprise (MOGE) seen by The Irrawaddy.
F fraction half
L city Yangon
L facility Yadana
L geo Andaman Sea
L region Tanintharyi
F quantity 180 million cubic feet per day
F quantity 700 MMcfd
O company Myanma Oil and Gas Enterprise
O company MOGE
O media The Irrawaddy
> Part of the remaining gas is still piped across the border to Thailand under a long-term contract with the Thai energy company PTT, which paid about 21 billion baht for Yadana gas last year, according to MOGE.
L country Thailand
O company PTT
F money 21 billion baht
L facility Yadana
O company MOGE
> Daw Khin Sandar Win, who runs a tea shop in Hlaing Tharyar Township, said she had already spent 1.2 million kyats on a generator and now pays about 9,000 kyats a day for diesel.
P full Khin Sandar Win
L region Hlaing Tharyar Township
F money 1.2 million kyats
F money 9,000 kyats
> "With eight hours of cuts in the hot season, I can't keep milk or ice. Some days I close after lunch," she said. "My customers are also cutting back, because the factories where they work are closing early."
Q direct Khin Sandar Win :: "With eight hours of cuts in the hot season, I can't keep milk or ice. Some days I close after lunch,"
F duration eight hours
Q direct Khin Sandar Win :: "My customers are also cutting back, because the factories where they work are closing early."
> Garment factory owners in Shwe Pyi Thar said the rotating cuts had reduced their output by 30 to 40 percent since March.
L region Shwe Pyi Thar
F percent 30
F percent 40 percent
> U Aung Myo Thant, secretary of the Myanmar Garment Manufacturers Association (MGMA), said some buyers had already moved orders to Cambodia and Bangladesh.
P full Aung Myo Thant
O nonprofit Myanmar Garment Manufacturers Association
O nonprofit MGMA
L country Cambodia
L country Bangladesh
> "A factory with 1,500 workers cannot run on generators for eight hours a day. The diesel alone costs more than the wages," he said.
Q direct Aung Myo Thant :: "A factory with 1,500 workers cannot run on generators for eight hours a day. The diesel alone costs more than the wages,"
F number 1,500
F duration eight hours
> The ministry had planned to ease the shortage with a 1,230-MW LNG-to-power plant at Thilawa, south of Yangon, built by a consortium of the local firm Golden Delta Energy and China's Zhejiang Haiyun Power Engineering at a cost of US$1.6 billion. Its first 400-MW unit was due to start in December 2038, but the plant is still waiting for a floating storage terminal and a 36-km gas pipeline.
F quantity 1,230-MW
L city Thilawa
L city Yangon
O company Golden Delta Energy
L country China
O company Zhejiang Haiyun Power Engineering
F money US$1.6 billion
F quantity 400-MW
F date December 2038
F quantity 36-km
> An engineer at the project, who asked not to be named because he was not authorized to speak to the media, told The Irrawaddy the storage vessel had not left a shipyard in Nantong, China, because of a dispute over payments.
O media The Irrawaddy
L city Nantong
L country China
> "Maybe the end of this year, maybe next year. Nobody on the site knows," he said.
Q direct - :: "Maybe the end of this year, maybe next year. Nobody on the site knows,"
> Golden Delta Energy did not respond to questions from The Irrawaddy by press time.
O company Golden Delta Energy
O media The Irrawaddy
> Electricity tariffs for households rose on April 1 to 180 kyats per unit for the first 100 units each month, from 125 kyats, while diesel in Yangon reached 3,450 kyats a liter this month.
F date April 1
F money 180 kyats
F number 100
F money 125 kyats
L city Yangon
F money 3,450 kyats
> Cuts are also expected in Mandalay and Naypyitaw, which rely more on dams on tributaries of the Ayeyarwady, because of low water before the monsoon. The reservoir behind the 790-MW Yeywa dam on the Myitnge River was at 38 percent of capacity on Friday, the ministry said.
L city Mandalay
L city Naypyitaw
L geo Ayeyarwady
F quantity 790-MW
L facility Yeywa
L geo Myitnge River
F percent 38 percent
> Ko Thiha Zaw, an independent energy analyst based in Bangkok, said Myanmar had run its gas fields "as if they would never end".
P full Thiha Zaw
L city Bangkok
L country Myanmar
Q direct Thiha Zaw :: "as if they would never end"
> "Yangon has known for 10 years that Yadana was declining. The LNG plant should have been ready before the gas ran out, not after," he said.
Q direct Thiha Zaw :: "Yangon has known for 10 years that Yadana was declining. The LNG plant should have been ready before the gas ran out, not after,"
L city Yangon
F duration 10 years
L facility Yadana
'''

ARTICLES['435-ortega-lizarraga-monterrey-final-yuan-xinyi-results-wta'] = r'''
> News
> Ortega Lizárraga saves match point, wins Monterrey title in front of home crowd
P partial Ortega Lizárraga
L city Monterrey
> Wild card María José Ortega Lizárraga beat third seed Yuan Xinyi 4-6, 7-6(5), 6-3 on Saturday to become the first Mexican woman to lift the trophy at Club Sonoma.
P full María José Ortega Lizárraga
P full Yuan Xinyi
F score 4-6
F score 7-6(5)
F score 6-3
L facility Club Sonoma
> By WTA Staff
O other WTA
> March 6, 2039
F date March 6, 2039
> María José Ortega Lizárraga of Mexico with the trophy after the final in Monterrey. Photo by Julián Cárdenas/Getty Images
P full María José Ortega Lizárraga
L country Mexico
L city Monterrey
P full Julián Cárdenas
O media Getty Images
> In front of a sellout crowd of 4,800 at Club Sonoma, wild card María José Ortega Lizárraga saved a match point in the second set and came back to beat No. 3 seed Yuan Xinyi 4-6, 7-6(5), 6-3 in the final of the Monterrey Open on Saturday night, to chants of “¡Sí se puede!” from the stands.
F number 4,800
L facility Club Sonoma
P full María José Ortega Lizárraga
P full Yuan Xinyi
F score 4-6
F score 7-6(5)
F score 6-3
Q direct - :: “¡Sí se puede!”
> The 21-year-old from Guadalajara, ranked No. 74, needed 2 hours and 51 minutes to win the biggest title of her career, and the first by a Mexican woman at WTA 500 level.
F age 21-year-old
L city Guadalajara
F duration 2 hours
F duration 51 minutes
> “I don’t think I have ever played in front of so many people who wanted me to win so badly,” Ortega Lizárraga said on court. “At 5-6 in the second set I was just trying not to cry.”
Q direct María José Ortega Lizárraga :: “I don’t think I have ever played in front of so many people who wanted me to win so badly,”
P partial Ortega Lizárraga
Q direct María José Ortega Lizárraga :: “At 5-6 in the second set I was just trying not to cry.”
F score 5-6
> Yuan, the 26-year-old from Chengdu who won the title here in 2037, controlled the opening set with her forehand and broke for 5-4 before serving it out.
P partial Yuan
F age 26-year-old
L city Chengdu
F date 2037
F score 5-4
> Yuan had a match point at 5-6, 30-40 on Ortega Lizárraga’s serve in the second set, but the Mexican erased it with a backhand down the line and took the set to a tiebreak, which she won 7-5 after reeling off four straight points from 3-5.
P partial Yuan
F score 5-6
F score 30-40
P partial Ortega Lizárraga
F score 7-5
F number four
F score 3-5
> Ortega Lizárraga broke for 2-0 in the decider and did not face a break point until the final game, when she saved two with back-to-back aces before converting her second championship point.
P partial Ortega Lizárraga
F score 2-0
F number two
> “She played unbelievable in the big moments. I had my chance at 30-40 and she just went for it,” Yuan said. “I’m proud of my week. I’ll take this to Indian Wells.”
Q direct Yuan Xinyi :: “She played unbelievable in the big moments. I had my chance at 30-40 and she just went for it,”
F score 30-40
P partial Yuan
Q direct Yuan Xinyi :: “I’m proud of my week. I’ll take this to Indian Wells.”
L city Indian Wells
> Ortega Lizárraga, who is coached by her father, Rodrigo Ortega, earns 500 ranking points and US$142,000 in prize money. She is projected to rise 31 places to No. 43 on Monday.
P partial Ortega Lizárraga
P full Rodrigo Ortega
F number 500
F money US$142,000
F number 31
> She had needed a wild card into the main draw after losing in the first round of qualifying at the Mérida Open two weeks ago. In Monterrey she beat three seeded players, including No. 2 seed Hinata Morishita of Japan in the semifinals.
F duration two weeks
L city Monterrey
F number three
P full Hinata Morishita
L country Japan
> “When I lost in Mérida I called my dad and told him maybe I should go home,” she said. “He said, ‘You’re playing at home next week.’ So here we are.”
Q direct María José Ortega Lizárraga :: “When I lost in Mérida I called my dad and told him maybe I should go home,”
L city Mérida
Q direct María José Ortega Lizárraga :: “He said, ‘You’re playing at home next week.’ So here we are.”
> Yuan reached her fourth WTA final when Solomiia Kovalyk of Ukraine retired with a left thigh injury trailing 7-5, 2-0 in the other semifinal. She was bidding for her second title of the season after winning in Hua Hin in January.
P partial Yuan
O other WTA
P full Solomiia Kovalyk
L country Ukraine
F score 7-5
F score 2-0
L city Hua Hin
> In the doubles final, top seeds Keeley Ashworth-Page of the United States and Mereana Tapsell of New Zealand beat Nuria Calvo Ibáñez and Florencia Sosa 6-4, 3-6, [10-8] for their third title as a team.
P full Keeley Ashworth-Page
L country United States
P full Mereana Tapsell
L country New Zealand
P full Nuria Calvo Ibáñez
P full Florencia Sosa
F score 6-4
F score 3-6
F score 10-8
> Monterrey Open – Results
> Singles – Final
> [WC] María José Ortega Lizárraga (MEX) d. [3] Yuan Xinyi (CHN) 4-6, 7-6(5), 6-3
P full María José Ortega Lizárraga
L country MEX
P full Yuan Xinyi
L country CHN
F score 4-6
F score 7-6(5)
F score 6-3
> Singles – Semifinals
> [WC] María José Ortega Lizárraga (MEX) d. [2] Hinata Morishita (JPN) 6-2, 3-6, 6-4
P full María José Ortega Lizárraga
L country MEX
P full Hinata Morishita
L country JPN
F score 6-2
F score 3-6
F score 6-4
> [3] Yuan Xinyi (CHN) d. Solomiia Kovalyk (UKR) 7-5, 2-0 ret.
P full Yuan Xinyi
L country CHN
P full Solomiia Kovalyk
L country UKR
F score 7-5
F score 2-0
> Doubles – Final
> [1] Keeley Ashworth-Page (USA) / Mereana Tapsell (NZL) d. Nuria Calvo Ibáñez (ESP) / Florencia Sosa (ARG) 6-4, 3-6, [10-8]
P full Keeley Ashworth-Page
L country USA
P full Mereana Tapsell
L country NZL
P full Nuria Calvo Ibáñez
L country ESP
P full Florencia Sosa
L country ARG
F score 6-4
F score 3-6
F score 10-8
'''

ARTICLES['436-mt-elgon-arabica-prices-fall-bugisu-sebei-farmers-new-vision'] = r'''
> Business
> Elgon arabica farmers count losses as prices drop to sh9,800
L geo Elgon
F money sh9,800
> Farmers on the slopes of Mt Elgon say they are selling parchment coffee for less than it costs to grow, as a bumper Brazilian harvest pushes down world prices
L geo Mt Elgon
> By Godfrey Wamboga
P full Godfrey Wamboga
> Added 14th April 2039 03:45 PM
F date 14th April 2039
F time 03:45 PM
> Farmers sorting parchment coffee at a washing station in Bumbo, Namisindwa district. (Photo by Godfrey Wamboga)
L city Bumbo
L region Namisindwa
P full Godfrey Wamboga
> Arabica coffee farmers in the Mt Elgon region are selling parchment at an average of sh9,800 per kilogramme, down from sh14,200 at the same time last year, as a glut on the world market drags down prices.
L geo Mt Elgon
F money sh9,800
F money sh14,200
> The fall has hit more than 120,000 households in Bugisu and Sebei that depend on coffee, most of them farming less than two acres on steep slopes between 1,600 and 2,300 metres above sea level.
F number 120,000
L region Bugisu
L region Sebei
F quantity two acres
F quantity 1,600
F quantity 2,300 metres
> Moses Masaba, 61, who grows coffee on three acres above Budadiri in Sironko district, said he had sold 640 kilogrammes of parchment this season for sh6.2 million, about sh3 million less than last season.
P full Moses Masaba
F age 61
F quantity three acres
L city Budadiri
L region Sironko
F quantity 640 kilogrammes
F money sh6.2 million
F money sh3 million
> "The money we get now cannot even pay the people who pick and carry the coffee down the mountain. A picker takes sh15,000 a day," Masaba said. "Some of my neighbours have started cutting coffee trees to plant onions and cabbages."
Q direct Moses Masaba :: "The money we get now cannot even pay the people who pick and carry the coffee down the mountain. A picker takes sh15,000 a day,"
F money sh15,000
P partial Masaba
Q direct Moses Masaba :: "Some of my neighbours have started cutting coffee trees to plant onions and cabbages."
> Mt Elgon, known locally as Masaba, is Uganda's main arabica-growing area. Its coffee, sold under grades such as Bugisu AA, usually fetches a premium over the robusta grown in central and western Uganda.
L geo Mt Elgon
L geo Masaba
L country Uganda
L country Uganda
> According to the latest monthly report of the Ministry of Agriculture, Animal Industry and Fisheries (MAAIF), Uganda exported 612,400 60-kilogramme bags of coffee worth $148.6m (about sh560b) in March 2039, 7.2% more bags than in March 2038 but 11.4% less in value.
O government Ministry of Agriculture, Animal Industry and Fisheries
O government MAAIF
L country Uganda
F number 612,400
F quantity 60-kilogramme
F money $148.6m
F money sh560b
F date March 2039
F percent 7.2%
F date March 2038
F percent 11.4%
> Arabica made up only 14% of the volume. The ministry blamed "lower international prices following an above-average harvest in Brazil" and advised farmers to "concentrate on quality rather than selling immature cherries".
F percent 14%
Q direct Ministry of Agriculture, Animal Industry and Fisheries :: "lower international prices following an above-average harvest in Brazil"
L country Brazil
Q direct Ministry of Agriculture, Animal Industry and Fisheries :: "concentrate on quality rather than selling immature cherries"
> On the New York futures market, arabica traded at $2.08 per pound on Friday, down from $3.15 a year earlier.
L city New York
F money $2.08
F money $3.15
> Buyers in Mbale town were offering sh9,500-10,000 on Friday. A buyer on Republic Street, who asked not to be named, said exporters in Kampala had cut their orders by half.
L city Mbale
F money sh9,500-10,000
L street Republic Street
L city Kampala
F fraction half
> "They tell us to wait until the price recovers. But the farmer cannot wait, he has school fees to pay in May," he said.
Q direct - :: "They tell us to wait until the price recovers. But the farmer cannot wait, he has school fees to pay in May,"
> Sarah Nandutu, the general manager of the Elgon Highland Arabica Cooperative Union, which buys from 46 primary societies in Mbale, Bududa, Manafwa and Namisindwa districts, said the union was holding 380 tonnes of unsold parchment in its stores.
P full Sarah Nandutu
O nonprofit Elgon Highland Arabica Cooperative Union
F number 46
L region Mbale
L region Bududa
L region Manafwa
L region Namisindwa
F quantity 380 tonnes
> "Last year we gave farmers a second payment at the end of the season. This year I cannot promise that," Nandutu said. "We have asked government for a loan of sh12b at a low interest rate so that we can buy from our members and hold the coffee until prices improve."
Q direct Sarah Nandutu :: "Last year we gave farmers a second payment at the end of the season. This year I cannot promise that,"
P partial Nandutu
Q direct Sarah Nandutu :: "We have asked government for a loan of sh12b at a low interest rate so that we can buy from our members and hold the coffee until prices improve."
F money sh12b
> Researchers at the National Coffee Research Institute (NaCORI) at Kituza in Mukono district say farmers on Mt Elgon also face more coffee leaf rust as temperatures rise, pushing the crop further up the mountain.
O government National Coffee Research Institute
O government NaCORI
L city Kituza
L region Mukono
L geo Mt Elgon
> Dr Patrick Wanzala Khaukha, an agronomist at the institute, said the area suitable for arabica on Mt Elgon could shrink by a third by 2050. "Farmers who abandon their coffee now will find it very hard to come back," he said.
P full Patrick Wanzala Khaukha
L geo Mt Elgon
F fraction a third
F date 2050
Q direct Patrick Wanzala Khaukha :: "Farmers who abandon their coffee now will find it very hard to come back,"
> In Kapchorwa, some farmers have started selling roasted coffee directly to shops and hotels in Kampala and Nairobi. Chemutai Cheptoek, who chairs a women's coffee group in Kween district, said the group had sold 2.4 tonnes of roasted coffee in 500-gramme packets since January, at sh18,000 a packet.
L city Kapchorwa
L city Kampala
L city Nairobi
P full Chemutai Cheptoek
L region Kween
F quantity 2.4 tonnes
F quantity 500-gramme
F money sh18,000
> "If you only sell parchment, you are at the mercy of the market," she said.
Q direct Chemutai Cheptoek :: "If you only sell parchment, you are at the mercy of the market,"
'''

ARTICLES['437-drain-sawmill-closure-umpqua-ridge-lumber-douglas-county-oregonian'] = r'''
> Business
> Drain sawmill to close in June, cutting 140 jobs in Douglas County town of 1,150
L city Drain
F number 140
L region Douglas County
F number 1,150
> By Rebecca Thiessen | The Oregonian/OregonLive
P full Rebecca Thiessen
O media The Oregonian/OregonLive
> Published: Apr. 20, 2039, 6:00 a.m.
F date Apr. 20, 2039
F time 6:00 a.m.
> Logs wait on the deck at Umpqua Ridge Lumber Co.'s sawmill in Drain on April 14. The company says it can no longer buy enough timber nearby to keep the mill running. Dave Kilgore/The Oregonian
O company Umpqua Ridge Lumber Co.
L city Drain
F date April 14
P full Dave Kilgore
O media The Oregonian
> Umpqua Ridge Lumber Co. will close its sawmill in Drain on June 30, eliminating 140 jobs in a Douglas County town that has been built around the mill for more than 70 years.
O company Umpqua Ridge Lumber Co.
L city Drain
F date June 30
F number 140
L region Douglas County
F duration 70 years
> The company, based in Longview, Washington, told workers Monday that it could no longer buy enough logs at prices that would make the mill profitable. It blamed a steep drop in federal timber sales and the cost of hauling logs from private land farther away.
L city Longview
L region Washington
> In a statement, the company said the Drain mill had processed about 62 million board feet of logs in 2038, down from 95 million board feet in 2034, and had lost money in each of the past three years.
L city Drain
F quantity 62 million board feet
F date 2038
F quantity 95 million board feet
F date 2034
F duration three years
> "This is not a decision we made lightly," the statement said. "The Drain crew has run one of the most efficient small-log mills in the Northwest. But a mill cannot run without logs, and we cannot find enough of them within a reasonable distance."
Q direct Umpqua Ridge Lumber Co. :: "This is not a decision we made lightly,"
Q direct Umpqua Ridge Lumber Co. :: "The Drain crew has run one of the most efficient small-log mills in the Northwest. But a mill cannot run without logs, and we cannot find enough of them within a reasonable distance."
L city Drain
L region Northwest
> The closure will leave Drain, a city of about 1,150 people on Oregon Route 38 between Interstate 5 and the coast, without its largest private employer. The mill's payroll, about $9.8 million a year, is several times the size of the city's budget.
L city Drain
F number 1,150
L street Oregon Route 38
L street Interstate 5
F money $9.8 million
> Hourly workers earned an average of $31.40 an hour, the company said. About 40 of them live in Drain or nearby Yoncalla, and many others commute from Cottage Grove, Sutherlin and Roseburg.
F money $31.40
F number 40
L city Drain
L city Yoncalla
L city Cottage Grove
L city Sutherlin
L city Roseburg
> Tim Hollenbeck, 58, has worked at the mill for 31 years, most of them as a head rig sawyer. His father worked there before him.
P full Tim Hollenbeck
F age 58
F duration 31 years
> "You don't just lose a paycheck. You lose the guy who sponsors the ball team, the guys who plow the school parking lot, the people who shop at the hardware store," Hollenbeck said Tuesday outside the union hall in Drain. "I'm 58. Where am I going to go, Eugene? Medford?"
Q direct Tim Hollenbeck :: "You don't just lose a paycheck. You lose the guy who sponsors the ball team, the guys who plow the school parking lot, the people who shop at the hardware store,"
P partial Hollenbeck
L city Drain
Q direct Tim Hollenbeck :: "I'm 58. Where am I going to go, Eugene? Medford?"
F age 58
L city Eugene
L city Medford
> The mill's hourly workers are members of IAM Woodworkers Local W-246, which said it would push the company for severance pay beyond the one week per year of service set out in their contract.
O nonprofit IAM Woodworkers Local W-246
F duration one week
> Douglas County Commissioner Ellen Pruitt-Harkins said the county would ask the state for rapid-response money for laid-off workers and press the Bureau of Land Management to speed up timber sales on the federal O&C lands, which make up a large share of the county's forest.
L region Douglas County
P full Ellen Pruitt-Harkins
O government Bureau of Land Management
> "Federal timber sales in our county are a fraction of what the law allows. That is the difference between a mill running two shifts and a mill closing its doors," Pruitt-Harkins said.
Q direct Ellen Pruitt-Harkins :: "Federal timber sales in our county are a fraction of what the law allows. That is the difference between a mill running two shifts and a mill closing its doors,"
F number two
P partial Pruitt-Harkins
> A spokesperson for the BLM said the agency's Roseburg District offered 41 million board feet for sale in fiscal 2038, short of its target of 58 million board feet, after lawsuits and surveys for northern spotted owls delayed several sales. "We are working to get more volume to market in 2039," the spokesperson said.
O government BLM
O government Roseburg District
F quantity 41 million board feet
F date 2038
F quantity 58 million board feet
Q direct - :: "We are working to get more volume to market in 2039,"
F date 2039
> The Cow Creek Band of Umpqua Tribe of Indians, which owns timberland in the county and has bought several local businesses in recent years, said it had been approached about the mill but had made no decision.
O government Cow Creek Band of Umpqua Tribe of Indians
> "We are interested in anything that keeps jobs and working forests in the Umpqua basin," said Renee Jackson-Hawley, the tribe's forestry director. "But we would only look at it if the numbers work for the tribe over 30 or 40 years, not three."
Q direct Renee Jackson-Hawley :: "We are interested in anything that keeps jobs and working forests in the Umpqua basin,"
L geo Umpqua
P full Renee Jackson-Hawley
Q direct Renee Jackson-Hawley :: "But we would only look at it if the numbers work for the tribe over 30 or 40 years, not three."
F duration 30
F duration 40 years
F duration three
> Umpqua Ridge said it would keep its planer mill and log yard in Sutherlin open, employing about 85 people, and would offer Drain workers transfers where jobs were available. The company also runs sawmills in Longview and in Shelton, Washington.
O company Umpqua Ridge
L city Sutherlin
F number 85
L city Drain
L city Longview
L city Shelton
L region Washington
> Oregon lost 14 sawmills between 2030 and 2038, according to the Oregon Forest Resources Institute, which puts the state's forest-sector employment at about 54,000 jobs.
L region Oregon
F number 14
F date 2030
F date 2038
O government Oregon Forest Resources Institute
F number 54,000
> — Rebecca Thiessen covers rural Oregon. Reach her at rthiessen@oregonian.com or 503-294-5127.
P full Rebecca Thiessen
L region Oregon
'''

ARTICLES['438-novy-bor-glassworks-electric-furnace-job-cuts-liberec-region-radio-prague'] = r'''
> Business
> Nový Bor glassworks to switch off its last gas furnace, cutting 180 jobs
L city Nový Bor
F number 180
> One of the oldest glassworks in North Bohemia’s “Crystal Valley” will replace gas with a CZK 640 million electric furnace – and a much smaller workforce.
L region North Bohemia
Q scare - :: “Crystal Valley”
L region Crystal Valley
F money CZK 640 million
> Ondřej Kratochvíl
P full Ondřej Kratochvíl
> 17/04/2039
F date 17/04/2039
> Glassmakers at work in the Borocrystal hot shop in Nový Bor. Photo: Petr Hloušek, ČTK
O company Borocrystal
L city Nový Bor
P full Petr Hloušek
O media ČTK
> The glassworks Borocrystal in Nový Bor will shut down its last gas-fired furnace at the end of June and replace it with an all-electric melting furnace, the company told the Czech News Agency (ČTK) on Wednesday. The change will cost 180 of its 430 employees their jobs, most of them in the hot shop where glass is still blown by hand.
O company Borocrystal
L city Nový Bor
O media Czech News Agency
O media ČTK
F number 180
F number 430
> Borocrystal, which traces its history to a glassworks founded in the town in 1767, said the new furnace would cost CZK 640 million (around EUR 25.6 million), of which CZK 210 million would come from the Modernisation Fund.
O company Borocrystal
F date 1767
F money CZK 640 million
F money EUR 25.6 million
F money CZK 210 million
> Chief executive Radek Šťastný told Czech Radio that the company had paid almost three times more for gas in 2038 than in 2034 and could no longer compete on price with glassworks in Turkey and China.
P full Radek Šťastný
O media Czech Radio
F number three
F date 2038
F date 2034
L country Turkey
L country China
> “We have been making glass in Nový Bor for more than 270 years. We want to be making it here in another 50, and we cannot do that with a gas bill that eats a third of our revenue,” Šťastný said.
Q direct Radek Šťastný :: “We have been making glass in Nový Bor for more than 270 years. We want to be making it here in another 50, and we cannot do that with a gas bill that eats a third of our revenue,”
L city Nový Bor
F duration 270 years
F duration 50
F fraction a third
P partial Šťastný
> The electric furnace, built by the Saxon company Glastechnik Pirna GmbH, will melt up to 28 tonnes of glass a day at around 1,450 degrees Celsius and will run on power bought from ČEZ under a ten-year contract.
O company Glastechnik Pirna GmbH
F quantity 28 tonnes
F quantity 1,450 degrees Celsius
O company ČEZ
F duration ten-year
> The company expects the switch to cut its carbon dioxide emissions by 85 percent. But the new furnace is not suited to the lead crystal and coloured glass that the hot shop has made for generations, and Borocrystal will concentrate on pressed tableware and lighting glass.
F percent 85 percent
O company Borocrystal
> The trade union at the glassworks said it had learned of the plan only last week. Its chairwoman, Markéta Vlčková, said many of the glassblowers were over 50 and had never worked anywhere else.
P full Markéta Vlčková
F age 50
> “These are people who can do something with their hands that almost nobody in Europe can do any more. You cannot retrain a master glassblower to drive a forklift in a warehouse in Česká Lípa and tell him it is the same thing,” she said.
Q direct Markéta Vlčková :: “These are people who can do something with their hands that almost nobody in Europe can do any more. You cannot retrain a master glassblower to drive a forklift in a warehouse in Česká Lípa and tell him it is the same thing,”
L continent Europe
L city Česká Lípa
> Jiří Hrubeš, 57, has blown glass at Borocrystal since he was 15. He said he had been offered severance of six months’ pay.
P full Jiří Hrubeš
F age 57
O company Borocrystal
F age 15
F duration six months
> “My father worked at this furnace, and his father before him. In July there will be nobody left in that hall who knows how to make a chandelier arm,” he said. “Maybe a few of us will go to the small studios in Kamenický Šenov. The rest will go to the car plants in Mladá Boleslav.”
Q direct Jiří Hrubeš :: “My father worked at this furnace, and his father before him. In July there will be nobody left in that hall who knows how to make a chandelier arm,”
Q direct Jiří Hrubeš :: “Maybe a few of us will go to the small studios in Kamenický Šenov. The rest will go to the car plants in Mladá Boleslav.”
L city Kamenický Šenov
L city Mladá Boleslav
> The governor of the Liberec Region, Tereza Machovcová, said the region would ask the Labour Office of the Czech Republic to open a temporary branch in Nový Bor and would offer retraining grants of up to CZK 60,000 per worker.
L region Liberec Region
P full Tereza Machovcová
O government Labour Office of the Czech Republic
L city Nový Bor
F money CZK 60,000
> Glassmaking employs around 11,000 people in Czechia, according to the Association of the Glass and Ceramic Industry, and is concentrated in the Liberec and Ústí nad Labem regions. Several smaller glassworks in the area have closed since energy prices rose sharply in 2022.
F number 11,000
L country Czechia
O nonprofit Association of the Glass and Ceramic Industry
L region Liberec
L region Ústí nad Labem
F date 2022
> Borocrystal’s owner, the Brno-based investment group Moravia Industrial Holdings, bought the company in 2033. It said the new furnace should be running by the end of November, after a test period of eight weeks.
O company Borocrystal
L city Brno
O company Moravia Industrial Holdings
F date 2033
F duration eight weeks
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
