#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval26 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval26/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['199-chamwe-kitwe-smelter-acid-leak-copper'] = r'''
> Markets
> Copper Rallies as Zambian Miner Shuts Kitwe Smelter After Acid Leak
L city Kitwe
> Chamwe Copper halts processing for at least three weeks after tank rupture
O company Chamwe Copper
F duration three weeks
> Zambia’s mines ministry orders environmental audit of the plant
L country Zambia
> By Mwila Chanda and Harriet Oyelaran-Voss
P full Mwila Chanda
P full Harriet Oyelaran-Voss
> March 9, 2033 at 11:42 AM GMT+2
F date March 9, 2033
F time 11:42 AM GMT+2
> Copper cathodes stacked at a refinery in Kitwe, Zambia. Photographer: Chiko Mumba/Bloomberg
L city Kitwe
L country Zambia
P full Chiko Mumba
O media Bloomberg
> (Bloomberg) -- Copper climbed to its highest in almost seven weeks after Chamwe Copper Mines Plc shut its smelter in Zambia’s Copperbelt following a leak of sulfuric acid, removing one of the few sources of new supply in a market already short of metal.
O media Bloomberg
F duration seven weeks
O company Chamwe Copper Mines Plc
L country Zambia
L region Copperbelt
> Copper for delivery in three months rose as much as 2.4% to $11,862 a ton on the London Metal Exchange before paring gains to trade 1.7% higher at $11,780 by 10:55 a.m. in London. In Shanghai, the most-active contract on the Shanghai Futures Exchange climbed 1.9% to 88,240 yuan a ton.
F duration three months
F percent 2.4%
F money $11,862
O company London Metal Exchange
F percent 1.7%
F money $11,780
F time 10:55 a.m.
L city London
L city Shanghai
O company Shanghai Futures Exchange
F percent 1.9%
F money 88,240 yuan
> Chamwe, which is 80% owned by London-listed Kasempa Resources Ltd. and 20% by Zambia’s state-owned ZCCM Investments Holdings Plc, said late Tuesday that it had halted the smelter and the acid plant next to it after a storage tank ruptured on Monday night. Nobody was injured, the company said, but acid flowed into a drainage channel that runs toward the Kafue River.
O company Chamwe
F percent 80%
L city London
O company Kasempa Resources Ltd.
F percent 20%
L country Zambia
O company ZCCM Investments Holdings Plc
L geo Kafue River
> The company expects the smelter, which processes about 310,000 tons of copper concentrate a year from its Kalulu Hill mine and from third parties, to stay shut for “at least three weeks” while engineers inspect the tank farm, Chief Executive Officer Bwalya Mutale said in a phone interview from Kitwe.
F quantity 310,000 tons
L facility Kalulu Hill
Q direct Bwalya Mutale :: “at least three weeks”
F duration three weeks
P full Bwalya Mutale
L city Kitwe
> “We will not restart until we are certain the containment is sound, and I would rather lose a month of output than take a chance with the river,” Mutale said. The shutdown will cut the company’s 2033 production by 12,000 to 15,000 tons, he said, and Chamwe now expects to produce 164,000 tons this year, down from a previous forecast of 178,000 tons.
Q direct Bwalya Mutale :: “We will not restart until we are certain the containment is sound, and I would rather lose a month of output than take a chance with the river,”
P partial Mutale
F date 2033
F quantity 12,000
F quantity 15,000 tons
O company Chamwe
F quantity 164,000 tons
F quantity 178,000 tons
> Zambia’s Ministry of Mines and Minerals Development said in a statement that it had ordered an environmental audit of the site and that water samples taken downstream showed “no immediate danger to communities or livestock.” The Zambia Environmental Management Agency, or ZEMA, sent inspectors to the plant on Tuesday, the ministry said.
L country Zambia
O government Ministry of Mines and Minerals Development
Q direct Ministry of Mines and Minerals Development :: “no immediate danger to communities or livestock.”
O government Zambia Environmental Management Agency
O government ZEMA
> ZEMA has the power to suspend Chamwe’s operating license if the audit finds the company breached its environmental management plan, according to Mercy Nakamba, an environmental lawyer in Lusaka. “The agency fined two Copperbelt operators after spills in 2031 and 2032, but it has never stopped a smelter for longer than 10 days,” she said.
O government ZEMA
O company Chamwe
P full Mercy Nakamba
L city Lusaka
Q direct Mercy Nakamba :: “The agency fined two Copperbelt operators after spills in 2031 and 2032, but it has never stopped a smelter for longer than 10 days,”
F number two
L region Copperbelt
F date 2031
F date 2032
F duration 10 days
> Supply Worries
> The outage adds to a run of disruptions in Africa’s copper belt, which stretches from Zambia into the Democratic Republic of Congo and supplies about 16% of the world’s mined copper. Zambia’s government had targeted annual output of 3 million tons by 2031, but production reached only 1.02 million tons last year, according to the Zambia Chamber of Mines.
L continent Africa
L country Zambia
L country Democratic Republic of Congo
F percent 16%
L country Zambia
F quantity 3 million tons
F date 2031
F quantity 1.02 million tons
O nonprofit Zambia Chamber of Mines
> “The market was already pricing a deficit for the second half, and now you’re taking concentrate demand out of Zambia at the same time as the Congolese export route is congested,” said Priyanka Venkataraman, a base-metals trader at Lindqvist & Moor in Geneva. “Anyone short is covering this morning.”
Q direct Priyanka Venkataraman :: “The market was already pricing a deficit for the second half, and now you’re taking concentrate demand out of Zambia at the same time as the Congolese export route is congested,”
L country Zambia
P full Priyanka Venkataraman
O company Lindqvist & Moor
L city Geneva
Q direct Priyanka Venkataraman :: “Anyone short is covering this morning.”
> Analysts at Aldgate Securities said in a note that the halt would tighten the market for blister copper and anode in the region, where smelters compete for concentrate. “Treatment charges in southern Africa were already at record lows,” the bank wrote. “This removes the one spare smelter in the Copperbelt.”
O company Aldgate Securities
Q direct Aldgate Securities :: “Treatment charges in southern Africa were already at record lows,”
L continent Africa
Q direct Aldgate Securities :: “This removes the one spare smelter in the Copperbelt.”
L region Copperbelt
> Read more: Congo’s Copper Exports Slow as Border Queues Stretch to 80 Kilometers
> Residents of Chamwe township, about 4 kilometers downstream, said the smell of acid hung over the area on Tuesday morning. “The water in the stream turned yellow and the fish came up dead,” said Grace Mwansa, 46, who sells vegetables at the Chamwe market. “Nobody from the company came to tell us anything until the afternoon.”
L city Chamwe
F quantity 4 kilometers
Q direct Grace Mwansa :: “The water in the stream turned yellow and the fish came up dead,”
P full Grace Mwansa
F age 46
L city Chamwe
Q direct Grace Mwansa :: “Nobody from the company came to tell us anything until the afternoon.”
> The company said it was supplying drinking water by truck to about 1,800 households in the township and had spread lime to neutralize the acid.
F number 1,800
> The smelter, built in 2014, is one of five in Zambia. Chamwe had planned to raise its capacity to 400,000 tons of concentrate a year by 2034 as part of an $850 million expansion, and Mutale said the project’s timetable was unchanged.
F date 2014
F number five
L country Zambia
O company Chamwe
F quantity 400,000 tons
F date 2034
F money $850 million
P partial Mutale
> Copper has gained about 9% this year on expectations that demand from power grids and electric vehicles will outstrip new mine supply. Producers in North-Western Province, including First Quantum Minerals Ltd.’s Kansanshi mine near Solwezi, have their own smelting capacity and are not affected by the outage.
F percent 9%
L region North-Western Province
O company First Quantum Minerals Ltd.
L facility Kansanshi
L city Solwezi
> Cathode from the Copperbelt is trucked to the ports of Dar es Salaam and Durban or sent by rail to Lobito in Angola, routes that have been clogged by rising shipments from Congo.
L region Copperbelt
L city Dar es Salaam
L city Durban
L city Lobito
L country Angola
L country Congo
> — With assistance from Thandeka Mokoena
P full Thandeka Mokoena
'''

ARTICLES['200-tunaira-jakarta-payroll-credit-series-b'] = r'''
> Fintech
> Indonesia’s Tunaira raises $48M to take its payroll-linked credit beyond Java
L country Indonesia
O company Tunaira
F money $48M
L geo Java
> Adaeze Whitford · 6:00 AM PDT · October 21, 2031
P full Adaeze Whitford
F time 6:00 AM PDT
F date October 21, 2031
> Tunaira co-founders Rizky Aditya Pratama (left) and Cindy Halim. Image Credits: Tunaira
O company Tunaira
P full Rizky Aditya Pratama
P full Cindy Halim
O company Tunaira
> Tunaira, a Jakarta-based startup that lets employees of small and midsize businesses draw part of their wages before payday and repay small loans straight from their salaries, has raised $48 million in a Series B round as it prepares to expand to Surabaya, Medan and Makassar, and eventually to Vietnam.
O company Tunaira
L city Jakarta
F money $48 million
L city Surabaya
L city Medan
L city Makassar
L country Vietnam
> The round was led by Singapore’s Straitsbridge Capital, with participation from Tokyo-based Kiso Partners and existing backers Merapi Ventures and Lontar Fund, the company told TechCrunch. It values Tunaira at $410 million post-money, co-founder and CEO Rizky Aditya Pratama said in an interview, up from about $150 million when it raised its $17 million Series A in 2030.
L country Singapore
O company Straitsbridge Capital
L city Tokyo
O company Kiso Partners
O company Merapi Ventures
O company Lontar Fund
O media TechCrunch
O company Tunaira
F money $410 million
P full Rizky Aditya Pratama
F money $150 million
F money $17 million
F date 2030
> Founded in 2028 by Pratama and Cindy Halim, who met as engineers at Gojek, Tunaira started with a single product, Kasbon, which lets workers withdraw up to 40% of the wages they have already earned for a flat fee of IDR 7,500 per withdrawal. It now also offers Tunaira Cicil, an installment loan of up to IDR 10 million that is repaid over three to 12 months through payroll deductions.
F date 2028
P partial Pratama
P full Cindy Halim
O company Gojek
O company Tunaira
F percent 40%
F money IDR 7,500
F money IDR 10 million
F duration three
F duration 12 months
> Pratama said the company now has 2.3 million registered users across 4,100 employers, most of them factories, restaurants and retail chains in Greater Jakarta and West Java. About 62% of active users earn less than IDR 6 million a month, he said.
P partial Pratama
F number 2.3 million
F number 4,100
L region Greater Jakarta
L region West Java
F percent 62%
F money IDR 6 million
> “Most of our users have never had a credit card and never will,” Pratama said. “Their employer already knows what they earn every month. We just turn that into a credit history they can carry with them.”
Q direct Rizky Aditya Pratama :: “Most of our users have never had a credit card and never will,”
P partial Pratama
Q direct Rizky Aditya Pratama :: “Their employer already knows what they earn every month. We just turn that into a credit history they can carry with them.”
> That model puts Tunaira in a different regulatory box from the peer-to-peer lenders and buy now, pay later (BNPL) apps that have drawn scrutiny from Otoritas Jasa Keuangan (OJK), Indonesia’s Financial Services Authority. The OJK tightened rules on interest caps and debt collection in 2029 after a wave of complaints about harassment by collectors.
O company Tunaira
O government Otoritas Jasa Keuangan
O government OJK
L country Indonesia
O government Financial Services Authority
O government OJK
F date 2029
> Tunaira’s loans are funded from its own balance sheet and from credit lines with two local banks, Halim said, declining to name them. She said the company’s non-performing loan ratio — the share of loans more than 90 days overdue — stood at 1.8% in September, compared with an industry average of 2.9% for peer-to-peer platforms, according to OJK data.
O company Tunaira
F number two
P partial Halim
F duration 90 days
F percent 1.8%
F percent 2.9%
O government OJK
> “We only lend against a salary we can see,” said Halim, who is Tunaira’s chief technology officer. “If someone leaves their job, the loan is still there, but the next employer is usually also on Tunaira, so we don’t lose them.”
Q direct Cindy Halim :: “We only lend against a salary we can see,”
P partial Halim
O company Tunaira
Q direct Cindy Halim :: “If someone leaves their job, the loan is still there, but the next employer is usually also on Tunaira, so we don’t lose them.”
O company Tunaira
> Tunaira is not a member of the Indonesian Joint Funding Fintech Association (AFPI), the industry body for peer-to-peer lenders, because it does not match outside investors with borrowers, Halim said.
O company Tunaira
O nonprofit Indonesian Joint Funding Fintech Association
O nonprofit AFPI
P partial Halim
> The startup competes with Kredivo and Akulaku in consumer lending, while super apps such as GoTo and Grab have added pay-later features of their own. Pratama said Tunaira’s edge was distribution: it signs up employers through HR software partners and through a partnership with Bank Kencana Nusantara, whose payroll clients can switch on Kasbon with a single form.
O company Kredivo
O company Akulaku
O company GoTo
O company Grab
P partial Pratama
O company Tunaira
O company Bank Kencana Nusantara
> Borrowers can also repay early from any bank or e-wallet app through QRIS, the national QR payment standard run by Bank Indonesia.
O government Bank Indonesia
> Straitsbridge partner Ong Wen Li, who will join Tunaira’s board, said the firm had looked at more than 30 earned-wage and payroll-lending startups across Southeast Asia before investing. “Tunaira is the only one we found that had underwritten through a full credit cycle with losses this low,” she said. “Indonesia has 64 million small businesses. Very few of their employees can borrow from a bank.”
O company Straitsbridge
P full Ong Wen Li
O company Tunaira
F number 30
L region Southeast Asia
Q direct Ong Wen Li :: “Tunaira is the only one we found that had underwritten through a full credit cycle with losses this low,”
O company Tunaira
Q direct Ong Wen Li :: “Indonesia has 64 million small businesses. Very few of their employees can borrow from a bank.”
L country Indonesia
F number 64 million
> The company plans to use the new money to open offices in Surabaya and Medan by mid-2032, hire about 120 engineers and credit analysts, and apply for a license in Vietnam, where it has been running a pilot with 40 employers in Ho Chi Minh City and Hanoi since June.
L city Surabaya
L city Medan
F date 2032
F number 120
L country Vietnam
F number 40
L city Ho Chi Minh City
L city Hanoi
> Revenue, which comes mostly from withdrawal fees and interest, grew 2.6 times last year to about $21 million, Pratama said, and the company expects to break even on an operating basis in the first half of 2033.
F number 2.6
F money $21 million
P partial Pratama
F date 2033
> Ong said Straitsbridge had taken a “long view” of Indonesia even as funding for the country’s fintechs fell from its 2021 peak. “Everyone wanted the next super app four years ago,” she said. “Now the question is who can lend to a factory worker in Bekasi and get paid back.”
P partial Ong
O company Straitsbridge
Q direct Ong Wen Li :: “long view”
L country Indonesia
F date 2021
Q direct Ong Wen Li :: “Everyone wanted the next super app four years ago,”
F duration four years
Q direct Ong Wen Li :: “Now the question is who can lend to a factory worker in Bekasi and get paid back.”
L city Bekasi
'''

ARTICLES['201-whitcombe-utah-water-rights-fraud-verdict'] = r'''
> Jury convicts Utah couple in $41 million water-rights investment scheme
L region Utah
F money $41 million
> By TREVOR MAUGHAN
P full TREVOR MAUGHAN
> Associated Press
O media Associated Press
> Updated 6:18 PM MST, November 18, 2032
F time 6:18 PM MST
F date November 18, 2032
> Dallin Whitcombe leaves the federal courthouse in Salt Lake City on Oct. 29, 2032, during a break in his trial. (AP Photo/Rick Bowen, File)
P full Dallin Whitcombe
L city Salt Lake City
F date Oct. 29, 2032
O media AP
P full Rick Bowen
> SALT LAKE CITY (AP) — A federal jury on Thursday convicted a Sandy couple of running a scheme that took $41.3 million from more than 1,100 investors, most of them retirees, by selling shares in desert water rights that prosecutors said were worth a fraction of what the couple claimed — and in some cases did not exist.
L city SALT LAKE CITY
O media AP
L city Sandy
F money $41.3 million
F number 1,100
> Dallin R. Whitcombe, 61, and his wife, Kristen Whitcombe, 58, were found guilty of conspiracy to commit wire fraud, 14 counts of wire fraud and six counts of money laundering after a three-week trial in U.S. District Court in Salt Lake City. Jurors deliberated for about 11 hours over two days.
P full Dallin R. Whitcombe
F age 61
P full Kristen Whitcombe
F age 58
F number 14
F number six
F duration three-week
O government U.S. District Court
L city Salt Lake City
F duration 11 hours
F duration two days
> U.S. District Judge Marisa Quintanilla-Hart set sentencing for Feb. 24, 2033. Each wire fraud count carries a maximum of 20 years in prison. The judge allowed both defendants to remain free until then but ordered them to surrender their passports.
L country U.S.
P full Marisa Quintanilla-Hart
F date Feb. 24, 2033
F duration 20 years
> Prosecutors said the Whitcombes, through a company called Lake Bonneville Water Holdings LLC, persuaded investors from 2028 to 2031 to buy “water shares” in a well field in Beaver County that they said would supply new subdivisions in fast-growing southwestern Utah. Investors were promised annual returns of 9% to 12%.
P partial Whitcombes
O company Lake Bonneville Water Holdings LLC
F date 2028
F date 2031
Q scare - :: “water shares”
L region Beaver County
L region Utah
F percent 9%
F percent 12%
> In fact, the company owned rights to about 600 acre-feet of water a year — enough for roughly 1,200 homes — but sold investors shares representing more than 14,000 acre-feet, Assistant U.S. Attorney Grant Nakashima told jurors in his closing argument. He called the scheme “a Ponzi scheme with a water bottle on the label.”
F quantity 600 acre-feet
F number 1,200
F quantity 14,000 acre-feet
L country U.S.
P full Grant Nakashima
Q direct Grant Nakashima :: “a Ponzi scheme with a water bottle on the label.”
> “They sold the same water over and over again, to people who trusted them with everything they had saved,” Nakashima said.
Q direct Grant Nakashima :: “They sold the same water over and over again, to people who trusted them with everything they had saved,”
P partial Nakashima
> The defense argued that the Whitcombes believed the wells would eventually produce far more water and that the company collapsed because the Utah Division of Water Rights refused to approve new permits during the drought of 2029 and 2030. Dallin Whitcombe, a former real estate agent, testified for two days, telling jurors he had put $2 million of his own money into the project.
P partial Whitcombes
O government Utah Division of Water Rights
F date 2029
F date 2030
P full Dallin Whitcombe
F duration two days
F money $2 million
> “My clients made mistakes, and they made promises they couldn’t keep, but they were not thieves,” said his attorney, Lance Oyelowo of the Salt Lake City firm Pruitt Brandvold. He said outside court that the couple would appeal to the 10th U.S. Circuit Court of Appeals in Denver.
Q direct Lance Oyelowo :: “My clients made mistakes, and they made promises they couldn’t keep, but they were not thieves,”
P full Lance Oyelowo
L city Salt Lake City
O company Pruitt Brandvold
O government 10th U.S. Circuit Court of Appeals
L city Denver
> Kristen Whitcombe’s lawyer, Diane Sorensen-Pike, said her client had kept the company’s books but “never understood the engineering.”
P full Kristen Whitcombe
P full Diane Sorensen-Pike
Q direct Diane Sorensen-Pike :: “never understood the engineering.”
> Prosecutors told jurors the couple used investor money to buy a $3.4 million home in Draper, a lake house at Bear Lake and a private plane, and to pay earlier investors their promised returns. The FBI and IRS Criminal Investigation investigated the case after the Utah Division of Securities referred it in 2031. The Securities and Exchange Commission (SEC) has filed a separate civil lawsuit.
F money $3.4 million
L city Draper
L geo Bear Lake
O government FBI
O government IRS Criminal Investigation
O government Utah Division of Securities
F date 2031
O government Securities and Exchange Commission
O government SEC
> “This verdict tells every investor in Utah that fraud dressed up as a water project is still fraud,” U.S. Attorney Hannah Roubideaux said in a statement. The U.S. Attorney’s Office for the District of Utah said it would seek forfeiture of the Draper home and the plane.
Q direct Hannah Roubideaux :: “This verdict tells every investor in Utah that fraud dressed up as a water project is still fraud,”
L region Utah
L country U.S.
P full Hannah Roubideaux
O government U.S. Attorney’s Office for the District of Utah
L city Draper
> Several investors wept as the verdicts were read. Others said the conviction would not bring their savings back.
> “I put $180,000 in that company. That was the money for my wife’s care,” said Verl Jeppson, 79, a retired mail carrier from St. George, who attended every day of the trial. “I’ll be dead before I see a dime of it.”
Q direct Verl Jeppson :: “I put $180,000 in that company. That was the money for my wife’s care,”
F money $180,000
P full Verl Jeppson
F age 79
L city St. George
Q direct Verl Jeppson :: “I’ll be dead before I see a dime of it.”
> A court-appointed receiver has recovered about $6.7 million so far, which will be returned to investors after the case is resolved, according to court filings. The receiver, Salt Lake City attorney Meredith Calloway-Stoddard, told The Salt Lake Tribune this month that investors were likely to get back less than 20 cents on the dollar.
F money $6.7 million
L city Salt Lake City
P full Meredith Calloway-Stoddard
O media The Salt Lake Tribune
F money 20 cents
'''

ARTICLES['202-port-adelaide-crows-showdown'] = r'''
> AFL
O other AFL
> Power hold off gallant Crows to win Showdown thriller at Adelaide Oval
O team Power
O team Crows
L facility Adelaide Oval
> Zak Tremayne kicked four goals and Port Adelaide survived a frantic final term to beat Adelaide by 14 points and move into the top four.
P full Zak Tremayne
F number four
O team Port Adelaide
O team Adelaide
F number 14
F number four
> Reece Kavanagh
P full Reece Kavanagh
> The Advertiser
O media Advertiser
> June 21, 2031 - 11:38PM
F date June 21, 2031
F time 11:38PM
> Zak Tremayne celebrates one of his four goals in front of the Port Adelaide cheer squad. Picture: Jess Dowling/Getty Images
P full Zak Tremayne
F number four
O team Port Adelaide
P full Jess Dowling
O media Getty Images
> PORT Adelaide has survived a last-quarter fightback from Adelaide to win Saturday night’s Showdown by 14 points in front of 51,204 fans at Adelaide Oval and climb into the top four.
O team PORT Adelaide
O team Adelaide
F number 14
F number 51,204
L facility Adelaide Oval
F number four
> The Power led by 31 points at three-quarter time and looked home when Tremayne kicked his fourth goal early in the last term, but the Crows kicked the next five goals to get within eight points with four minutes left.
O team Power
F number 31
P partial Tremayne
O team Crows
F number five
F number eight
F duration four minutes
> It took a brave contested mark in the goal square from veteran defender Jarrad Hollis-Kemp, 33, and a long goal from Tremayne’s teammate Brodie Sacco-Nguyen with 90 seconds remaining to seal a 14.11 (95) to 12.9 (81) win, Port’s third in the past four Showdowns.
P full Jarrad Hollis-Kemp
F age 33
P partial Tremayne
P full Brodie Sacco-Nguyen
F duration 90 seconds
F score 14.11
F score 95
F score 12.9
F score 81
O team Port
F number four
> Tremayne, the 24-year-old key forward recruited from Norwood in the SANFL, finished with four goals from 11 disposals and was named best on ground, earning the Showdown Medal.
P partial Tremayne
F age 24-year-old
O team Norwood
O other SANFL
F number four
F number 11
> “I’ve watched these games from the outer since I was five years old, so to kick four in a Showdown is something I’ll remember for the rest of my life,” Tremayne said. “The boys were cooked at the end, but we found a way.”
Q direct Zak Tremayne :: “I’ve watched these games from the outer since I was five years old, so to kick four in a Showdown is something I’ll remember for the rest of my life,”
F age five years old
F number four
P partial Tremayne
Q direct Zak Tremayne :: “The boys were cooked at the end, but we found a way.”
> Power coach Dean Ashcombe said his side had “switched off” after three-quarter time. “We stopped moving the ball with any purpose and gave them a sniff,” he said. “Credit to Adelaide — they never stop, and Matty has them playing for each other.”
O team Power
P full Dean Ashcombe
Q direct Dean Ashcombe :: “switched off”
Q direct Dean Ashcombe :: “We stopped moving the ball with any purpose and gave them a sniff,”
Q direct Dean Ashcombe :: “Credit to Adelaide — they never stop, and Matty has them playing for each other.”
O team Adelaide
P partial Matty
> Crows coach Matt Kerrigan-Lowe was proud of the fightback but furious with his team’s third quarter, in which it kicked 1.3 and lost the contested possession count by 19.
O team Crows
P full Matt Kerrigan-Lowe
F score 1.3
F number 19
> “You can’t give a side like Port five goals in a quarter and expect to win,” Kerrigan-Lowe said. “I thought our last quarter was as good as we’ve played all year. We just left it too late.”
Q direct Matt Kerrigan-Lowe :: “You can’t give a side like Port five goals in a quarter and expect to win,”
O team Port
F number five
P partial Kerrigan-Lowe
Q direct Matt Kerrigan-Lowe :: “I thought our last quarter was as good as we’ve played all year. We just left it too late.”
> Port Adelaide led from the opening minutes. Sacco-Nguyen, who grew up in Port Adelaide and played his junior football at Alberton, kicked the first two goals of the game, and the Power kicked 5.1 to 1.3 in a dominant third quarter.
O team Port Adelaide
P partial Sacco-Nguyen
L city Port Adelaide
L city Alberton
F number two
O team Power
F score 5.1
F score 1.3
> Ruckman Lachlan Petrakis, the 204cm Whyalla product, won 38 hitouts, while midfielder Kobe Tuitama had a game-high 34 disposals and nine clearances.
P full Lachlan Petrakis
F quantity 204cm
L city Whyalla
F number 38
P full Kobe Tuitama
F number 34
F number nine
> For the Crows, skipper Will Ferreira-Dunn had 31 disposals and kicked two goals in the last quarter, and 19-year-old Riley Oduya, playing only his sixth AFL game, kicked three goals, including a 55-metre set shot that started the comeback.
O team Crows
P full Will Ferreira-Dunn
F number 31
F number two
F age 19-year-old
P full Riley Oduya
O other AFL
F number three
F quantity 55-metre
> Adelaide’s task was made harder when defender Toby Ashwin-Clarke was helped from the ground with a hamstring injury in the second quarter. Kerrigan-Lowe told The Advertiser that scans on Sunday would show how long he would be out, but he expected “at least three or four weeks.”
O team Adelaide
P full Toby Ashwin-Clarke
P partial Kerrigan-Lowe
O media The Advertiser
Q direct Matt Kerrigan-Lowe :: “at least three or four weeks.”
F duration three
F duration four weeks
> Port’s Hollis-Kemp is also in doubt for next week after he was reported for a dangerous tackle on Oduya in the third quarter. The AFL’s match review officer will assess the incident on Sunday.
O team Port
P partial Hollis-Kemp
P partial Oduya
O other AFL
> The Power, now 9-4, travel to Perth to face West Coast at Optus Stadium next Sunday, while the 6-7 Crows host Fremantle on Saturday.
O team Power
F score 9-4
L city Perth
O team West Coast
L facility Optus Stadium
F score 6-7
O team Crows
O team Fremantle
> PORT ADELAIDE 4.3 7.8 12.9 14.11 (95)
O team PORT ADELAIDE
F score 4.3
F score 7.8
F score 12.9
F score 14.11
F score 95
> ADELAIDE 2.2 6.5 7.8 12.9 (81)
O team ADELAIDE
F score 2.2
F score 6.5
F score 7.8
F score 12.9
F score 81
> GOALS: Port Adelaide: Tremayne 4, Sacco-Nguyen 3, Petrakis 2, Tuitama 2, Mabior, Marsh, Delacroix. Adelaide: Ferreira-Dunn 3, Oduya 3, Whitfield 2, Banfield, Ashwin-Clarke, Kowalczyk, Teague.
O team Port Adelaide
P partial Tremayne
F number 4
P partial Sacco-Nguyen
F number 3
P partial Petrakis
F number 2
P partial Tuitama
F number 2
P partial Mabior
P partial Marsh
P partial Delacroix
O team Adelaide
P partial Ferreira-Dunn
F number 3
P partial Oduya
F number 3
P partial Whitfield
F number 2
P partial Banfield
P partial Ashwin-Clarke
P partial Kowalczyk
P partial Teague
> BEST: Port Adelaide: Tremayne, Tuitama, Petrakis, Hollis-Kemp, Sacco-Nguyen. Adelaide: Ferreira-Dunn, Oduya, Kowalczyk, Banfield.
O team Port Adelaide
P partial Tremayne
P partial Tuitama
P partial Petrakis
P partial Hollis-Kemp
P partial Sacco-Nguyen
O team Adelaide
P partial Ferreira-Dunn
P partial Oduya
P partial Kowalczyk
P partial Banfield
> INJURIES: Port Adelaide: Nil. Adelaide: Ashwin-Clarke (hamstring).
O team Port Adelaide
O team Adelaide
P partial Ashwin-Clarke
> REPORTS: Hollis-Kemp (Port Adelaide) for rough conduct on Oduya in the third quarter.
P partial Hollis-Kemp
O team Port Adelaide
P partial Oduya
> UMPIRES: Bryant, Okonkwo-Reid, Stanhope.
P partial Bryant
P partial Okonkwo-Reid
P partial Stanhope
> CROWD: 51,204 at Adelaide Oval.
F number 51,204
L facility Adelaide Oval
'''

ARTICLES['203-piura-tumbes-lambayeque-dengue-emergency'] = r'''
> Americas
L continent Americas
> Peru declares health emergency in three northern regions as dengue cases pass 90,000
L country Peru
F number three
F number 90,000
> By Lucía Paredes Quispe and Mateo Villanueva
P full Lucía Paredes Quispe
P full Mateo Villanueva
> March 11, 2033 10:05 PM GMT
F date March 11, 2033
F time 10:05 PM GMT
> A health worker fumigates a street in the Castilla district of Piura, Peru, March 10, 2033. REUTERS/Renzo Chumpitaz
L city Castilla
L city Piura
L country Peru
F date March 10, 2033
O media REUTERS
P full Renzo Chumpitaz
> LIMA, March 11 (Reuters) - Peru's government declared a 90-day health emergency on Friday in the northern regions of Piura, Tumbes and Lambayeque, where a dengue outbreak has infected more than 91,000 people this year and killed 63, overwhelming clinics already stretched by weeks of heavy rain.
L city LIMA
F date March 11
O media Reuters
L country Peru
F duration 90-day
L region Piura
L region Tumbes
L region Lambayeque
F number 91,000
F number 63
> The Ministry of Health said in a decree published in the official gazette El Peruano that the emergency would free up 48 million soles ($12.9 million) for fumigation, extra staff and field hospitals, and allow regional health directorates to hire doctors without the usual tenders.
O government Ministry of Health
O media El Peruano
F money 48 million soles
F money $12.9 million
> Peru's National Center for Epidemiology, Prevention and Disease Control, known as CDC Peru, said 91,412 cases had been reported nationwide as of March 9, 2.7 times as many as in the same period last year. More than 70% were in the three northern regions, it said, with Piura alone accounting for 48,906.
L country Peru
O government National Center for Epidemiology, Prevention and Disease Control
O government CDC Peru
F number 91,412
F date March 9
F number 2.7
F percent 70%
F number three
L region Piura
F number 48,906
> "We are seeing more severe cases earlier in the season than in 2023, and many of them are children," Health Minister Rosa Elena Huamán Torres told reporters in Piura on Friday, after visiting the region's main hospital. "This is not the moment to wait for the rain to stop."
Q direct Rosa Elena Huamán Torres :: "We are seeing more severe cases earlier in the season than in 2023, and many of them are children,"
F date 2023
P full Rosa Elena Huamán Torres
L city Piura
Q direct Rosa Elena Huamán Torres :: "This is not the moment to wait for the rain to stop."
> Huamán Torres said 1,340 patients were in hospital with dengue in the three regions, 212 of them with warning signs or severe dengue, and that the ministry was sending 300 doctors, nurses and fumigation workers from Lima and other regions.
P partial Huamán Torres
F number 1,340
F number three
F number 212
F number 300
L city Lima
> Dengue is spread by the Aedes aegypti mosquito, which breeds in standing water. The current outbreak followed an unusually warm Pacific and weeks of rain linked to a coastal El Niño, a local warming of the ocean off Peru and Ecuador that has repeatedly brought epidemics to the north coast, including in 2017 and 2023, when Peru recorded more than 250,000 cases.
L geo Pacific
L country Peru
L country Ecuador
F date 2017
F date 2023
L country Peru
F number 250,000
> At the Cayetano Heredia hospital in Piura, patients lay on mattresses in a corridor this week as wards filled. Dr. Walter Chira Sosa, who heads the hospital's infectious diseases department, said dengue admissions had tripled in a fortnight.
O other Cayetano Heredia
L city Piura
P full Walter Chira Sosa
> "Every bed we have is full, and we are treating people in chairs. On some nights we admit 40 children," Chira Sosa said. "What worries me most is the second infection. Someone who had dengue in 2023 and gets a different serotype now is at much higher risk of the severe form.
Q direct Walter Chira Sosa :: "Every bed we have is full, and we are treating people in chairs. On some nights we admit 40 children,"
F number 40
P partial Chira Sosa
Q direct Walter Chira Sosa :: "What worries me most is the second infection. Someone who had dengue in 2023 and gets a different serotype now is at much higher risk of the severe form.
F date 2023
> "We tell families: if the fever goes down after three or four days and the child gets worse, with vomiting or belly pain, come back immediately. Those are the hours that matter."
Q direct Walter Chira Sosa :: "We tell families: if the fever goes down after three or four days and the child gets worse, with vomiting or belly pain, come back immediately. Those are the hours that matter."
F duration three
F duration four days
> In Castilla, a district across the Piura River from the city center, residents said water had stood in the streets for days after the rains.
L city Castilla
L geo Piura River
> "The mosquitoes come in clouds at dusk. My two sons got sick the same week," said Yolanda Purizaca, 38, who sells fruit in the Castilla market. "They fumigated our street once, in February. Nobody has come since."
Q direct Yolanda Purizaca :: "The mosquitoes come in clouds at dusk. My two sons got sick the same week,"
F number two
P full Yolanda Purizaca
F age 38
L city Castilla
Q direct Yolanda Purizaca :: "They fumigated our street once, in February. Nobody has come since."
> The Pan American Health Organization (PAHO), the World Health Organization's regional office for the Americas, said in an epidemiological alert this week that dengue cases in the region were running 38% above the five-year average and urged countries to "intensify vector control and prepare health services for a surge in severe cases."
O intergovernmental Pan American Health Organization
O intergovernmental PAHO
O intergovernmental World Health Organization
L continent Americas
F percent 38%
F duration five-year
Q direct Pan American Health Organization :: "intensify vector control and prepare health services for a surge in severe cases."
> PAHO said it was sending a team of epidemiologists and entomologists to Piura and had shipped 20,000 rapid diagnostic tests to Lima. Doctors Without Borders (MSF) said it had set up a 60-bed hydration unit in Sullana, the region's second-largest city.
O intergovernmental PAHO
L city Piura
F number 20,000
L city Lima
O nonprofit Doctors Without Borders
O nonprofit MSF
F number 60
L city Sullana
> Regional authorities in Tumbes, on the border with Ecuador, closed schools in Zarumilla and Aguas Verdes for two weeks. "Many schools have water tanks on the roof and patios that flood. We cannot keep children there until they are cleaned," a regional education official said. In Piura, the municipality of Veintiséis de Octubre said it had handed out 15,000 sachets of larvicide, and the Peruvian Red Cross said its volunteers had visited 26,000 homes in Piura and Sullana to empty containers of standing water.
L region Tumbes
L country Ecuador
L city Zarumilla
L city Aguas Verdes
F duration two weeks
Q direct - :: "Many schools have water tanks on the roof and patios that flood. We cannot keep children there until they are cleaned,"
L region Piura
L city Veintiséis de Octubre
F number 15,000
O nonprofit Peruvian Red Cross
F number 26,000
L city Piura
L city Sullana
> (Reporting by Lucía Paredes Quispe in Lima and Mateo Villanueva in Piura; Editing by Daniel Okafor-Grant)
P full Lucía Paredes Quispe
L city Lima
P full Mateo Villanueva
L city Piura
P full Daniel Okafor-Grant
'''

ARTICLES['204-rosanne-borg-cardona-astronomer-obituary'] = r'''
> Astronomy
> Rosanne Borg Cardona obituary
P full Rosanne Borg Cardona
> Maltese astronomer whose surveys of distant galaxies helped to show how the universe’s largest structures formed
> Fiona McAllister-Reid
P full Fiona McAllister-Reid
> Tue 15 Mar 2033 17.20 GMT
F date 15 Mar 2033
F time 17.20 GMT
> Rosanne Borg Cardona on Blackford Hill, Edinburgh, in 2009. Photograph: Alasdair Crombie/University of Edinburgh
P full Rosanne Borg Cardona
L geo Blackford Hill
L city Edinburgh
F date 2009
P full Alasdair Crombie
O education University of Edinburgh
> The astronomer Rosanne Borg Cardona, who has died aged 86, spent much of her career counting galaxies – more than 180,000 of them, by her own reckoning – and measuring how fast they were moving away from us. The surveys she led from the 1980s onwards, first at Siding Spring in New South Wales and later with the telescopes of the European Southern Observatory (ESO) in Chile, gave cosmologists some of the earliest detailed maps of how matter clumps together across billions of light years.
P full Rosanne Borg Cardona
F age 86
F number 180,000
F date 1980s
L facility Siding Spring
L region New South Wales
O intergovernmental European Southern Observatory
O intergovernmental ESO
L country Chile
> Her best-known result, published in 1997 with her Edinburgh colleague Gwilym Rees-Tudor, showed that the largest structures in the survey – filaments and walls of galaxies up to 300 million light years long – were no bigger than the standard model of cosmology predicted. Astronomers still cite the paper, and its statistical technique became known among colleagues as “the Borg Cardona method”.
F date 1997
L city Edinburgh
P full Gwilym Rees-Tudor
F quantity 300 million light years
Q scare - :: “the Borg Cardona method”
> Born in Sliema, Malta, she was the eldest of four children of Carmelo Borg Cardona, a customs officer, and his wife, Giuseppina (nee Vella), a primary school teacher. She was taught physics at St Aloysius’ College in Birkirkara by a Jesuit who lent her his telescope, and at 17 she won a scholarship to the Royal University of Malta, as it was then called, where she was the only woman in her year to read mathematics.
L city Sliema
L country Malta
F number four
P full Carmelo Borg Cardona
P partial Giuseppina
P partial Vella
O education St Aloysius’ College
L city Birkirkara
F age 17
O education Royal University of Malta
> After graduating in 1967 she moved to Britain for a PhD at the University of Cambridge’s Institute of Theoretical Astronomy, under the cosmologist Edmund Haverley. In 1975 she went to Australia as a research fellow at the Anglo-Australian Observatory, which ran the big telescope at Siding Spring, and it was there, working through long nights with photographic plates and later with some of the first electronic detectors, that she began the survey work that would occupy her for the next 25 years.
F date 1967
L country Britain
O education University of Cambridge
O education Institute of Theoretical Astronomy
P full Edmund Haverley
F date 1975
L country Australia
O other Anglo-Australian Observatory
L facility Siding Spring
F duration 25 years
> She moved to the University of Edinburgh in 1984, became professor of observational cosmology there in 1992, and led the university’s part in a series of international galaxy surveys, spending months each year at La Silla and Paranal, ESO’s observatories in the Atacama desert, and at its headquarters in Garching, near Munich.
O education University of Edinburgh
F date 1984
F date 1992
L facility La Silla
L facility Paranal
O intergovernmental ESO
L geo Atacama
L city Garching
L city Munich
> Her textbook, Galaxies in Motion (1994), went through four editions. She was elected a fellow of the Royal Society in 1998 and received the Royal Astronomical Society’s gold medal in 2011, and in 2004 she was appointed OBE. In Malta, where she was a frequent visitor and a familiar voice on the radio, she was made a Companion of the National Order of Merit in 2015.
F date 1994
F number four
O nonprofit Royal Society
F date 1998
O nonprofit Royal Astronomical Society
F date 2011
F date 2004
L country Malta
F date 2015
> Borg Cardona was a demanding supervisor and a generous one. “She would go through your thesis with a red pen and then take you out to dinner,” said Rees-Tudor, now emeritus professor of astrophysics at the university. “She had no patience for sloppy error bars and endless patience for students. Half the people doing galaxy surveys today were taught by her, or by someone she taught.”
P partial Borg Cardona
Q direct Gwilym Rees-Tudor :: “She would go through your thesis with a red pen and then take you out to dinner,”
P partial Rees-Tudor
Q direct Gwilym Rees-Tudor :: “She had no patience for sloppy error bars and endless patience for students. Half the people doing galaxy surveys today were taught by her, or by someone she taught.”
F fraction Half
> She was also an early campaigner for women in astronomy. In a 2003 interview with the Times of Malta, she recalled being told by an observatory director in the 1970s that women should not work on the mountain at night.
F date 2003
O media Times of Malta
F date 1970s
> “I told him that the galaxies did not know I was a woman, and neither did the telescope,” she said. “He let me go up the next week. I think he was too surprised to argue.”
Q direct Rosanne Maria Borg Cardona :: “I told him that the galaxies did not know I was a woman, and neither did the telescope,”
Q direct Rosanne Maria Borg Cardona :: “He let me go up the next week. I think he was too surprised to argue.”
> She retired in 2011 but continued to observe until 2019, and she and her husband divided their retirement between Edinburgh and a house on Gozo, where she ran astronomy evenings for schoolchildren on the roof.
F date 2011
F date 2019
L city Edinburgh
L geo Gozo
> She married the geologist Hamish Laing in 1971; he died in 2024. She is survived by their children, Luca and Ella, four grandchildren, and her brother, Joseph.
P full Hamish Laing
F date 1971
F date 2024
P partial Luca
P partial Ella
F number four
P partial Joseph
> Rosanne Maria Borg Cardona, astronomer, born 2 June 1946; died 19 February 2033
P full Rosanne Maria Borg Cardona
F date 2 June 1946
F date 19 February 2033
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
