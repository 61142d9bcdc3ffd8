#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval176 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval176/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1099-muskeg-ridge-oilsands-tailings-leak-ells-river-fort-mckay-edmonton-journal'] = r'''
> Local News
> Tailings leak at oilsands mine spilled 2.6 million litres before First Nation was told
F quantity 2.6 million litres
> Fort McKay First Nation says it heard from a fisherman, not the company or the AER
O government Fort McKay First Nation
O government AER
> Author of the article: Dana Kowalchuk
P full Dana Kowalchuk
> Published Mar 16, 2040  •  Last updated 5 hours ago  •  4 minute read
F date Mar 16, 2040
F duration 5 hours
F duration 4 minute
> Booms float on a tailings pond at the Muskeg Ridge mine north of Fort McMurray on Thursday, March 15, 2040. Photo by Greg Sawchyn /Postmedia
L facility Muskeg Ridge
L city Fort McMurray
F date March 15, 2040
P full Greg Sawchyn
O media Postmedia
> About 2.6 million litres of process-affected water leaked from a tailings pond at the Muskeg Ridge oilsands mine north of Fort McMurray for at least three days before anyone downstream was told, the Alberta Energy Regulator confirmed Thursday.
F quantity 2.6 million litres
L facility Muskeg Ridge
L city Fort McMurray
F duration three days
O government Alberta Energy Regulator
> The AER said the seepage, first spotted by a contractor shortly after 11 p.m. on March 9, reached a drainage ditch and spread across 1.8 hectares, about 450 metres from the Ells River, a tributary of the Athabasca.
O government AER
F time 11 p.m.
F date March 9
F quantity 1.8 hectares
F quantity 450 metres
L geo Ells River
L geo Athabasca
> Muskeg Ridge Energy Ltd., a Calgary-based company that has run the mine since 2031, said in a statement that a cracked joint on a return pipe was to blame and that the leak was “fully contained” by March 12.
O company Muskeg Ridge Energy Ltd.
L city Calgary
F date 2031
Q direct Muskeg Ridge Energy Ltd. :: “fully contained”
F date March 12
> “There is no evidence that process-affected water has entered the Ells River or the Athabasca River,” the statement said, adding that 14 pumps and a crew of 60 had recovered 85 per cent of the spilled volume.
Q direct Muskeg Ridge Energy Ltd. :: “There is no evidence that process-affected water has entered the Ells River or the Athabasca River,”
L geo Ells River
L geo Athabasca River
F number 14
F number 60
F percent 85 per cent
> That still leaves close to 400,000 litres unaccounted for, said Chief Rosalind Tourangeau-Boucher of the Fort McKay First Nation, whose community sits about 20 kilometres downstream.
F quantity 400,000 litres
P full Rosalind Tourangeau-Boucher
O government Fort McKay First Nation
F quantity 20 kilometres
> “Our members heard about this from a man setting nets on the Ells on Tuesday. Not from Muskeg Ridge, not from the AER,” she said. “After the last leak we were promised the reporting rules had been fixed. Clearly they were not.
Q direct Rosalind Tourangeau-Boucher :: “Our members heard about this from a man setting nets on the Ells on Tuesday. Not from Muskeg Ridge, not from the AER,”
L geo Ells
O company Muskeg Ridge
O government AER
Q direct Rosalind Tourangeau-Boucher :: “After the last leak we were promised the reporting rules had been fixed. Clearly they were not.
> “My grandmother used to say, ‘The river remembers everything you put in it.’ We will test every fish this spring.”
Q direct Rosalind Tourangeau-Boucher :: “My grandmother used to say, ‘The river remembers everything you put in it.’ We will test every fish this spring.”
> Tourangeau-Boucher, 58, said the First Nation would pay for its own tests and has asked Environment and Climate Change Canada (ECCC) to investigate.
P partial Tourangeau-Boucher
F age 58
O government Environment and Climate Change Canada
O government ECCC
> AER spokesperson Marcus van der Linde said the regulator was notified at 4:40 p.m. on March 12, which met the 24-hour reporting rule.
O government AER
P full Marcus van der Linde
F time 4:40 p.m.
F date March 12
F duration 24-hour
> “We have staff on site and we have issued an environmental protection order,” van der Linde said. He said the order requires sampling at 30 groundwater wells and that penalties “are not off the table.”
Q direct Marcus van der Linde :: “We have staff on site and we have issued an environmental protection order,”
P partial van der Linde
F number 30
Q direct Marcus van der Linde :: “are not off the table.”
> A provincial official who asked not to be named said the company had reported two smaller seepages from the same pond since 2038. “This is a pattern, not an accident,” the official said.
F number two
F date 2038
Q direct - :: “This is a pattern, not an accident,”
> The pond, known to workers as “the Bathtub,” holds roughly 190 million cubic metres of tailings, according to the company’s 2039 filing.
Q scare - :: “the Bathtub,”
F quantity 190 million cubic metres
F date 2039
> Priya Raghunathan-Ellis, an environmental chemist at the University of Alberta in Edmonton, said tailings water is toxic to fish even when diluted. “Eighty-five per cent recovered sounds good until you ask where the other 15 went,” she said.
P full Priya Raghunathan-Ellis
O education University of Alberta
L city Edmonton
Q direct Priya Raghunathan-Ellis :: “Eighty-five per cent recovered sounds good until you ask where the other 15 went,”
F percent Eighty-five per cent
F percent 15
> Muskeg Ridge reported an operating profit of $2.1 billion last year. Under provincial law it could face fines of up to $500,000 a day.
O company Muskeg Ridge
F money $2.1 billion
F money $500,000
> In Fort Chipewyan, 220 kilometres downstream on Lake Athabasca, trapper Edwin Marten, 71, said families would wait for test results. “We’ve waited before,” he said.
L city Fort Chipewyan
F quantity 220 kilometres
L geo Lake Athabasca
P full Edwin Marten
F age 71
Q direct Edwin Marten :: “We’ve waited before,”
'''

ARTICLES['1100-jinhe-land-debt-restructuring-creditors-hangzhou-caixin-global'] = r'''
> Finance
> Jinhe Land Wins Creditor Backing for 64.5 Billion Yuan Debt Overhaul
O company Jinhe Land
F money 64.5 Billion Yuan
> Hangzhou-based developer will swap offshore bonds for new notes and shares, while onshore holders accept a five-year extension
L city Hangzhou
F duration five-year
> By Shen Yuhan and Lu Jiaqi
P full Shen Yuhan
P full Lu Jiaqi
> Apr 11, 2040 07:48 PM
F date Apr 11, 2040
F time 07:48 PM
> Unfinished residential towers built by Jinhe Land in Kunming, Yunnan province, on April 3. Photo: VCG
O company Jinhe Land
L city Kunming
L region Yunnan
F date April 3
O media VCG
> Jinhe Land Holdings Ltd. has won the support of creditors holding 78.4% of its offshore debt for a restructuring of 64.5 billion yuan ($8.9 billion) in liabilities, the Hangzhou-based developer said in a filing to the Hong Kong stock exchange on Wednesday.
O company Jinhe Land Holdings Ltd.
F percent 78.4%
F money 64.5 billion yuan
F money $8.9 billion
L city Hangzhou
L city Hong Kong
> Under the plan, holders of $3.2 billion of dollar bonds can choose between new notes maturing in two to nine years and shares in the company’s Hong Kong-listed property management arm, Jinhe Services. Onshore bondholders agreed in March to extend 11.6 billion yuan of notes by five years, with the coupon cut to 1.5% from 4.35%.
F money $3.2 billion
F duration two
F duration nine years
L city Hong Kong
O company Jinhe Services
F money 11.6 billion yuan
F duration five years
F percent 1.5%
F percent 4.35%
> “This is not the end of our difficulties, but it gives us room to breathe and, above all, to finish the homes we owe buyers,” Chairman Pan Qiwei told analysts on a call Wednesday evening. Jinhe still has about 41,000 presold apartments to deliver in 23 cities, he said.
Q direct Pan Qiwei :: “This is not the end of our difficulties, but it gives us room to breathe and, above all, to finish the homes we owe buyers,”
P full Pan Qiwei
O company Jinhe
F number 41,000
F number 23
> Pan said the company would put projects in Hangzhou, Hefei and Chongqing that are more than 70% complete first. “Our first task is delivery. Creditors understand that a finished building is worth far more than a hole in the ground.
P partial Pan
L city Hangzhou
L city Hefei
L city Chongqing
F percent 70%
Q direct Pan Qiwei :: “Our first task is delivery. Creditors understand that a finished building is worth far more than a hole in the ground.
> “If buyers stop trusting us, nobody gets paid,” he said.
Q direct Pan Qiwei :: “If buyers stop trusting us, nobody gets paid,”
> Many of those projects are on the so-called “white list” of developments that city governments have recommended to banks for new loans since 2024.
Q scare - :: “white list”
F date 2024
> Marchetti & Lowe, the financial adviser to an ad hoc group of bondholders, said in a statement that the terms were “the best available outcome” but that recoveries would depend on sales. Jinhe’s contracted sales fell 38% in 2039 to 52.7 billion yuan, less than a fifth of their 2033 peak.
O company Marchetti & Lowe
Q direct Marchetti & Lowe :: “the best available outcome”
O company Jinhe
F percent 38%
F date 2039
F money 52.7 billion yuan
F fraction a fifth
F date 2033
> “Jinhe has bought time. It has not fixed the problem, which is that families in third- and fourth-tier cities are still not buying,” said Hélène de Villiers-Tan, head of Asia credit research at Saint-Clair Partners in Singapore.
Q direct Hélène de Villiers-Tan :: “Jinhe has bought time. It has not fixed the problem, which is that families in third- and fourth-tier cities are still not buying,”
O company Jinhe
P full Hélène de Villiers-Tan
L continent Asia
O company Saint-Clair Partners
L city Singapore
> De Villiers-Tan noted that new-home prices in the 70 cities tracked by the National Bureau of Statistics (NBS) have fallen for 18 months in a row. She called the developer’s sales target of 60 billion yuan for 2040 “ambitious, to put it kindly.”
P partial De Villiers-Tan
F number 70
O government National Bureau of Statistics
O government NBS
F duration 18 months
F money 60 billion yuan
F date 2040
Q direct Hélène de Villiers-Tan :: “ambitious, to put it kindly.”
> A person close to the onshore creditors said the Hangzhou government had pressed state-owned banks to roll over 9 billion yuan of project loans. “Without that, none of this works,” the person said.
L city Hangzhou
F money 9 billion yuan
Q direct - :: “Without that, none of this works,”
> The plan still needs approval from creditors at a meeting on May 28 and sanction by the Hong Kong High Court, where a hearing is set for 10 a.m. on June 19.
F date May 28
O government Hong Kong High Court
F time 10 a.m.
F date June 19
> Jinhe’s shares, suspended since Aug. 30, 2038, when it missed a $41 million coupon, will resume trading Thursday. The company has sold 14 projects and a stake in a Shenzhen mall for a combined 6.8 billion yuan over the past two years.
O company Jinhe
F date Aug. 30, 2038
F money $41 million
F number 14
L city Shenzhen
F money 6.8 billion yuan
F duration two years
> Contact reporter Lu Jiaqi (jiaqilu@caixin.com)
P full Lu Jiaqi
> Contact editor Martin Kerrigan (martinkerrigan@caixin.com)
P full Martin Kerrigan
'''

ARTICLES['1101-davis-cup-qualifier-new-zealand-ecuador-wilding-park-christchurch-stuff'] = r'''
> Tennis
> Rangihuna-Kerr saves match point as New Zealand edge Ecuador in Davis Cup thriller
P partial Rangihuna-Kerr
O team New Zealand
O team Ecuador
> The 21-year-old from Hope wins the deciding rubber 3-6, 7-6 (9-7), 7-5 as the hosts take the qualifier 3-2 in Christchurch
F age 21-year-old
L city Hope
F score 3-6
F score 7-6 (9-7)
F score 7-5
F score 3-2
L city Christchurch
> Ngaio Fairbairn
P full Ngaio Fairbairn
> 23:18, Feb 04 2040
F time 23:18
F date Feb 04 2040
> Tama Rangihuna-Kerr celebrates after winning the deciding rubber at Wilding Park. Kieran Ashworth/Stuff
P full Tama Rangihuna-Kerr
L facility Wilding Park
P full Kieran Ashworth
O media Stuff
> Tama Rangihuna-Kerr saved a match point at 5-6 in the second-set tiebreak and came back to beat Emilio Andrade de la Torre 3-6, 7-6 (9-7), 7-5 in the fifth rubber on Saturday night, giving New Zealand a 3-2 win over Ecuador in their Davis Cup qualifier at Wilding Park in Christchurch.
P full Tama Rangihuna-Kerr
F score 5-6
P full Emilio Andrade de la Torre
F score 3-6
F score 7-6 (9-7)
F score 7-5
O team New Zealand
F score 3-2
O team Ecuador
L facility Wilding Park
L city Christchurch
> The match lasted three hours and four minutes, and most of the crowd of 2400 stayed until the last ball was struck at 10.52pm.
F duration three hours
F duration four minutes
F number 2400
F time 10.52pm
> "I honestly thought it was gone at match point. I just told myself, 'Make him hit another ball,' and he didn't," said Rangihuna-Kerr, 21, who is ranked 212th in the world. "To do that here, in front of my whānau, is something I'll never forget."
Q direct Tama Rangihuna-Kerr :: "I honestly thought it was gone at match point. I just told myself, 'Make him hit another ball,' and he didn't,"
P partial Rangihuna-Kerr
F age 21
Q direct Tama Rangihuna-Kerr :: "To do that here, in front of my whānau, is something I'll never forget."
> Ecuador had led 2-1 after the doubles earlier on Saturday, when Andrade de la Torre and Juan Sebastián Quiñónez beat Oliver Thorburn and Sione Havili-Fonua 6-4, 6-7 (4-7), 6-3 in two hours and 11 minutes.
O team Ecuador
F score 2-1
P partial Andrade de la Torre
P full Juan Sebastián Quiñónez
P full Oliver Thorburn
P full Sione Havili-Fonua
F score 6-4
F score 6-7 (4-7)
F score 6-3
F duration two hours
F duration 11 minutes
> Thorburn, the home No 1, then levelled the tie at 2-2 by beating Quiñónez 6-2, 6-4 in 78 minutes, serving 14 aces. On Friday he had lost the opening rubber to Andrade de la Torre in straight sets before Rangihuna-Kerr beat Quiñónez in three.
P partial Thorburn
F score 2-2
P partial Quiñónez
F score 6-2
F score 6-4
F duration 78 minutes
F number 14
P partial Andrade de la Torre
P partial Rangihuna-Kerr
P partial Quiñónez
F number three
> New Zealand captain Hamish Drummond said he had thought about sending Thorburn out for the fifth rubber instead. "Tama has a big heart and a bigger forehand. I backed him, and he backed himself," Drummond said.
O team New Zealand
P full Hamish Drummond
P partial Thorburn
Q direct Hamish Drummond :: "Tama has a big heart and a bigger forehand. I backed him, and he backed himself,"
P partial Tama
P partial Drummond
> Ecuador captain Andrés Villacís Ortega said his players had struggled with the nor'west wind, which gusted to 45km/h during the final rubber. "We came 11,000 kilometres for this and we lost it by two points. That is tennis," he said.
O team Ecuador
P full Andrés Villacís Ortega
F quantity 45km/h
Q direct Andrés Villacís Ortega :: "We came 11,000 kilometres for this and we lost it by two points. That is tennis,"
F quantity 11,000 kilometres
F number two
> Rangihuna-Kerr, who grew up on an apple orchard near Nelson, hit 41 winners and won 71 per cent of points on his first serve. Tickets for both days had sold out within 48 hours of going on sale in November.
P partial Rangihuna-Kerr
L city Nelson
F number 41
F percent 71 per cent
F duration 48 hours
> Andrade de la Torre said the defeat would hurt for a while. "I had my chance at 6-5 and I played it safe. Next time I go for it," he said through an interpreter.
P partial Andrade de la Torre
Q direct Emilio Andrade de la Torre :: "I had my chance at 6-5 and I played it safe. Next time I go for it,"
F score 6-5
> The 26-year-old, known at home as "El Muro", had won all six of his previous Davis Cup singles matches.
F age 26-year-old
Q scare - :: "El Muro"
F number six
> Tennis New Zealand said the tie had cost about $620,000 to stage and that ticket sales covered roughly half of that. Chief executive Lucía Ferreira-Grant said bringing a tie back to Christchurch for the first time since 2037 had been "worth every cent".
O nonprofit Tennis New Zealand
F money $620,000
F fraction half
P full Lucía Ferreira-Grant
L city Christchurch
F date 2037
Q direct Lucía Ferreira-Grant :: "worth every cent"
> New Zealand will play another tie in September. The draw will be made in London on March 6.
O team New Zealand
L city London
F date March 6
'''

ARTICLES['1102-tobacco-season-opens-marondera-floor-headlands-rusape-growers-herald-zimbabwe'] = r'''
> Business
> Tobacco season opens at US$3,42 as Marondera floor draws record bales
F money US$3,42
L city Marondera
> Growers in Manicaland and Mashonaland East welcome faster payments but complain about transport costs and touts
L region Manicaland
L region Mashonaland East
> Rumbidzai Chakanetsa, Business Reporter
P full Rumbidzai Chakanetsa
> Wednesday, 13 March 2041
F date 13 March 2041
> Farmers wait to sell their crop at the Marondera satellite floor yesterday. — Picture: Tinashe Mupfumira
L city Marondera
P full Tinashe Mupfumira
> THE 2041 tobacco marketing season opened yesterday with an average price of US$3,42 per kilogramme, up 9 percent on last year’s opening, as 2 214 bales went under the hammer at the Marondera satellite floor, the highest first-day figure since the floor opened in 2033.
F date 2041
F money US$3,42
F percent 9 percent
F number 2 214
L city Marondera
F date 2033
> The top price of US$4,95 per kg was paid for lemon leaf from Wedza, while the lowest grades fetched US$1,10. By 4pm, 412 000 kilogrammes worth US$1,41 million had been sold in Harare and Marondera, according to the Tobacco Industry and Marketing Board (TIMB).
F money US$4,95
L city Wedza
F money US$1,10
F time 4pm
F quantity 412 000 kilogrammes
F money US$1,41 million
L city Harare
L city Marondera
O government Tobacco Industry and Marketing Board
O government TIMB
> Officially opening the season, Lands, Agriculture, Fisheries, Water and Rural Development Deputy Minister Cde Simbarashe Nyamadzawo said Government expected growers to deliver “at least 330 million kilogrammes” this year.
P full Simbarashe Nyamadzawo
Q direct Simbarashe Nyamadzawo :: “at least 330 million kilogrammes”
F quantity 330 million kilogrammes
> “Tobacco remains our second-largest foreign currency earner after gold. Every dollar paid on these floors must reach the farmer, not the middleman,” he said.
Q direct Simbarashe Nyamadzawo :: “Tobacco remains our second-largest foreign currency earner after gold. Every dollar paid on these floors must reach the farmer, not the middleman,”
> Mr Tapiwa Musarurwa (47), who farms 6,5 hectares in Headlands, said he was paid within two hours of his 14 bales being sold. “Last year I waited three days for my money and slept at the floor. Today I am going home before dark,” he said.
P full Tapiwa Musarurwa
F age 47
F quantity 6,5 hectares
L city Headlands
F duration two hours
F number 14
Q direct Tapiwa Musarurwa :: “Last year I waited three days for my money and slept at the floor. Today I am going home before dark,”
F duration three days
> Not everyone was happy. Mrs Chipo Mhlanga-Dube of Rusape said her crop had been graded too low. “They put my best bales in the lower grade and offered US$2,10. I refused the price and I will bring them back next week.
P full Chipo Mhlanga-Dube
L city Rusape
Q direct Chipo Mhlanga-Dube :: “They put my best bales in the lower grade and offered US$2,10. I refused the price and I will bring them back next week.
F money US$2,10
> “We spent US$1 800 on fertiliser alone. At that price, the season does not pay for itself.”
Q direct Chipo Mhlanga-Dube :: “We spent US$1 800 on fertiliser alone. At that price, the season does not pay for itself.”
F money US$1 800
> TIMB chief executive Mr Farai Chidzikwe said the rejection rate was 6 percent, down from 11 percent on the first day last year. He warned growers against selling to “mahwindi”, the touts who wait outside the floors and offer cash for bales at a discount.
O government TIMB
P full Farai Chidzikwe
F percent 6 percent
F percent 11 percent
Q scare - :: “mahwindi”
> “A grower who sells outside the floor loses up to a third of his money and we lose track of the crop,” Mr Chidzikwe said.
Q direct Farai Chidzikwe :: “A grower who sells outside the floor loses up to a third of his money and we lose track of the crop,”
F fraction a third
P partial Chidzikwe
> The Zimbabwe Commercial Farmers Union (ZCFU) said in a statement that transport now costs growers in Mutoko and Murehwa US$0,14 per kilogramme, and urged the board to open a floor in Mutoko “without further delay”.
O nonprofit Zimbabwe Commercial Farmers Union
O nonprofit ZCFU
L city Mutoko
L city Murehwa
F money US$0,14
L city Mutoko
Q direct Zimbabwe Commercial Farmers Union :: “without further delay”
> A buyer with one of the contracting merchants, who declined to be named, said demand from China remained firm. “The Chinese want the lemon styles from Manicaland and they are paying for them,” he said.
L country China
Q direct - :: “The Chinese want the lemon styles from Manicaland and they are paying for them,”
L region Manicaland
> Under this season’s arrangements, growers receive 70 percent of their earnings in US dollars and 30 percent in local currency. Last season 172 318 growers registered, and the crop earned US$1,13 billion from 317 million kg.
F percent 70 percent
F percent 30 percent
F number 172 318
F money US$1,13 billion
F quantity 317 million kg
> Sales in Harare, Marondera, Rusape, Mvurwi and Karoi will run until 31 July.
L city Harare
L city Marondera
L city Rusape
L city Mvurwi
L city Karoi
F date 31 July
'''

ARTICLES['1103-murrumbidgee-water-buyback-hay-irrigators-gigalitres-sydney-morning-herald'] = r'''
> Environment
> ‘They’re buying the heart out of Hay’: irrigators fight $1.4 billion water buyback
Q direct Graham Pettigrew :: ‘They’re buying the heart out of Hay’
L city Hay
F money $1.4 billion
> The federal government wants 310 gigalitres back from Murrumbidgee farmers. The towns along the river say they will pay the price
F quantity 310 gigalitres
L geo Murrumbidgee
> By Lachlan Tierney
P full Lachlan Tierney
> March 20, 2040 — 5.00am
F date March 20, 2040
F time 5.00am
> Rice grower Graham Pettigrew on his property outside Hay, where he has farmed for 41 years. Credit: Jessamy Coote
P full Graham Pettigrew
L city Hay
F duration 41 years
P full Jessamy Coote
> The federal government will spend $1.4 billion buying back 310 gigalitres of water from irrigators in the Murrumbidgee Valley over the next three years, the largest single purchase since the Murray-Darling Basin Plan was signed in 2012.
F money $1.4 billion
F quantity 310 gigalitres
L geo Murrumbidgee Valley
F duration three years
F date 2012
> Environment and Water Minister Ruth Ambrose-Kalder will open the tender in Wagga Wagga on Tuesday, offering an average of $4650 a megalitre for general security entitlements, 18 per cent above last year’s market price.
P full Ruth Ambrose-Kalder
L city Wagga Wagga
F money $4650
F percent 18 per cent
> “The river needs this water, and the farmers who sell will be paid a fair price for it. Nobody is being forced to sell,” Ambrose-Kalder said in a statement to the Herald.
Q direct Ruth Ambrose-Kalder :: “The river needs this water, and the farmers who sell will be paid a fair price for it. Nobody is being forced to sell,”
P partial Ambrose-Kalder
O media Herald
> But in Hay, a town of 2300 people about 125 kilometres west of Griffith, irrigators fear the purchase will empty out the district.
L city Hay
F number 2300
F quantity 125 kilometres
L city Griffith
> “They’re buying the heart out of Hay,” said Graham Pettigrew, 64, who grows rice and wheat on 1800 hectares. “Every megalitre that goes is a job at the mill, a kid at the school, a player in the footy team.”
Q direct Graham Pettigrew :: “They’re buying the heart out of Hay,”
L city Hay
P full Graham Pettigrew
F age 64
F quantity 1800 hectares
Q direct Graham Pettigrew :: “Every megalitre that goes is a job at the mill, a kid at the school, a player in the footy team.”
> Pettigrew said he would not sell his own 2400 megalitres. “My father told me, ‘You can always buy land, but you can’t make water.’ I believed him then and I believe him now,” he said.
P partial Pettigrew
F quantity 2400 megalitres
Q direct Graham Pettigrew :: “My father told me, ‘You can always buy land, but you can’t make water.’ I believed him then and I believe him now,”
> The NSW Irrigators’ Council said the buyback failed the so-called “neutrality test” agreed by the basin states, and called it “a slow death sentence for river towns”.
O nonprofit NSW Irrigators’ Council
Q scare - :: “neutrality test”
Q direct NSW Irrigators’ Council :: “a slow death sentence for river towns”
> Modelling by the Murray-Darling Basin Authority (MDBA) found the purchase would cut the region’s farm output by 4.6 per cent, or $212 million a year, and put about 380 jobs at risk. One in four jobs in Hay Shire depends on irrigated farming, according to the MDBA.
O government Murray-Darling Basin Authority
O government MDBA
F percent 4.6 per cent
F money $212 million
F number 380
F number One
F number four
L region Hay Shire
O government MDBA
> Hay Shire mayor Bernadette O’Sullivan-Reid said the council would seek a meeting with the minister before the tender closes on May 31, and wants at least $60 million for a regional transition fund. “Money for the river is fine. Money for the people who live on it has to come with it,” she said.
L region Hay Shire
P full Bernadette O’Sullivan-Reid
F date May 31
F money $60 million
Q direct Bernadette O’Sullivan-Reid :: “Money for the river is fine. Money for the people who live on it has to come with it,”
> A senior official in the federal water department, who spoke on condition of anonymity, said 71 per cent of the water would come from the Lowbidgee floodplain downstream of Hay. “Buying upstream would be cheaper, but the river would not get the flows it needs,” the official said.
F percent 71 per cent
L geo Lowbidgee
L city Hay
Q direct - :: “Buying upstream would be cheaper, but the river would not get the flows it needs,”
> Ecologist Dr Mirela Vuković-Hart of Charles Sturt University in Wagga Wagga said the water would reach Yanga National Park and red gum wetlands that have not flooded since 2036.
P full Mirela Vuković-Hart
O education Charles Sturt University
L city Wagga Wagga
L geo Yanga National Park
F date 2036
> The government has recovered 2104 gigalitres under the plan so far, short of its 2750-gigalitre target.
F quantity 2104 gigalitres
F quantity 2750-gigalitre
'''

ARTICLES['1104-seagirt-crane-collapse-ntsb-preliminary-report-port-of-baltimore-baltimore-sun'] = r'''
> Maryland News
L region Maryland
> NTSB: Corroded bolts, high winds likely toppled Seagirt crane that killed two port workers
O government NTSB
L facility Seagirt
F number two
> Preliminary report finds the 1,350-ton crane's anchor bolts had not been inspected since 2037; the Maryland Port Administration is checking 14 others
F quantity 1,350-ton
F date 2037
O government Maryland Port Administration
F number 14
> By Daniel Okonkwo-Reyes | Baltimore Sun
P full Daniel Okonkwo-Reyes
O media Baltimore Sun
> PUBLISHED: April 18, 2040 at 6:15 PM EDT | UPDATED: April 18, 2040 at 9:42 PM EDT
F date April 18, 2040
F time 6:15 PM EDT
F date April 18, 2040
F time 9:42 PM EDT
> Investigators examine the wreckage of the crane at Seagirt Marine Terminal on April 5. (Maren Lindqvist/Staff)
L facility Seagirt Marine Terminal
F date April 5
P full Maren Lindqvist
> The ship-to-shore crane that collapsed at the Port of Baltimore's Seagirt Marine Terminal this month, killing two longshoremen, had corroded anchor bolts that had not been inspected in nearly three years, federal investigators said Wednesday.
L facility Port of Baltimore
L facility Seagirt Marine Terminal
F number two
F duration three years
> The National Transportation Safety Board's preliminary report, released at 11 a.m., found that 19 of the 32 bolts holding the crane's seaward leg were cracked or rusted through, and that winds gusted to 58 mph minutes before the 1,350-ton crane buckled and fell across a berth at 2:47 a.m. on April 4.
O government National Transportation Safety Board
F time 11 a.m.
F number 19
F number 32
F quantity 58 mph
F quantity 1,350-ton
F time 2:47 a.m.
F date April 4
> Killed were crane operator Terrence Whitfield, 52, of Dundalk, known on the docks as "Tiny," and lasher Ana Lucía Betancourt-Sosa, 34, of Highlandtown. Three other workers were hurt.
P full Terrence Whitfield
F age 52
L city Dundalk
Q scare - :: "Tiny,"
P full Ana Lucía Betancourt-Sosa
F age 34
L city Highlandtown
F number Three
> "The bolts are where this story starts. Whether they are where it ends, we don't know yet," Keisha Vandergrift, the NTSB's investigator-in-charge, told reporters in Washington. She said a final report could take 12 to 18 months.
Q direct Keisha Vandergrift :: "The bolts are where this story starts. Whether they are where it ends, we don't know yet,"
P full Keisha Vandergrift
O government NTSB
L city Washington
F duration 12
F duration 18 months
> The Maryland Port Administration, which owns the terminal and leases it to Chesapeake Gateway Terminals, said in a statement that it had ordered ultrasonic tests of 14 other cranes at Seagirt and Dundalk Marine Terminal "out of an abundance of caution."
O government Maryland Port Administration
O company Chesapeake Gateway Terminals
F number 14
L facility Seagirt
L facility Dundalk Marine Terminal
Q direct Maryland Port Administration :: "out of an abundance of caution."
> The MPA has put the cost of replacing the crane at $38 million. Container volumes at Seagirt fell 22% in the two weeks after the collapse as some ships diverted to Norfolk, Va.
O government MPA
F money $38 million
L facility Seagirt
F percent 22%
F duration two weeks
L city Norfolk
L region Va.
> Rodney Maltbie-Hayes, president of International Longshoremen's Association Local 333, said members had complained about the crane for months. "We wrote it up in January and again in February. Nobody came.
P full Rodney Maltbie-Hayes
O nonprofit International Longshoremen's Association Local 333
Q direct Rodney Maltbie-Hayes :: "We wrote it up in January and again in February. Nobody came.
> "Terrence knew that crane better than anybody alive, and he told them it was shaking in the wind," he said.
Q direct Rodney Maltbie-Hayes :: "Terrence knew that crane better than anybody alive, and he told them it was shaking in the wind,"
P partial Terrence
> A spokeswoman for Chesapeake Gateway Terminals declined to comment on the union's account, citing the investigation.
O company Chesapeake Gateway Terminals
> A state official familiar with the inspection records, who was not authorized to discuss them, said the crane's last full structural inspection took place in June 2037. "It was overdue by any standard," the official said.
F date June 2037
Q direct - :: "It was overdue by any standard,"
> State Sen. Marisol D'Agostino-Price, a Baltimore Democrat, said she would call for hearings in Annapolis. "Two families buried people this month because of a bolt that cost less than a tank of gas," she said.
P full Marisol D'Agostino-Price
L city Baltimore
L city Annapolis
Q direct Marisol D'Agostino-Price :: "Two families buried people this month because of a bolt that cost less than a tank of gas,"
F number Two
> Whitfield, who had worked at the port for 27 years, will be buried Saturday after a 10 a.m. service in Dundalk.
P partial Whitfield
F duration 27 years
F time 10 a.m.
L city Dundalk
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
