#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval164 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval164/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1027-hudson-cafe-chalkboard-oqlf-fine-montreal-gazette'] = r'''
> Local News
> OQLF fines Hudson café $3,000 over English chalkboard; owner says she’ll fight it
O government OQLF
L city Hudson
F money $3,000
> The language watchdog acted on 14 complaints about a sidewalk sign that read “Breakfast all day.” The owner calls the fine “absurd.”
F number 14
Q direct Siobhan Lafleur-McKenna :: “Breakfast all day.”
Q direct Siobhan Lafleur-McKenna :: “absurd.”
> Author of the article:
> Rémi Castonguay-Barr
P full Rémi Castonguay-Barr
> Montreal Gazette
O media Montreal Gazette
> Published Apr 16, 2039  •  Last updated 5 hours ago  •  4 minute read
F date Apr 16, 2039
F duration 5 hours
F duration 4 minute
> Siobhan Lafleur-McKenna says she has served “the same eggs in two languages” at Café du Quai on Main Rd. since 2031. Photo by Allen Mercier-Tate /Montreal Gazette
P full Siobhan Lafleur-McKenna
Q direct Siobhan Lafleur-McKenna :: “the same eggs in two languages”
F number two
O company Café du Quai
L street Main Rd.
F date 2031
P full Allen Mercier-Tate
O media Montreal Gazette
> HUDSON — Quebec’s language watchdog has fined a café in this off-island town $3,000 because its chalkboard advertised “Breakfast all day” above “Déjeuner toute la journée,” with the English letters about 20 per cent larger, according to an inspector’s report.
L city HUDSON
L region Quebec
F money $3,000
Q direct Siobhan Lafleur-McKenna :: “Breakfast all day”
Q direct Siobhan Lafleur-McKenna :: “Déjeuner toute la journée,”
F percent 20 per cent
> The Office québécois de la langue française (OQLF) said it opened the file after receiving 14 complaints between Jan. 6 and Feb. 27, 2039. Under the Charter of the French Language, as amended by Bill 96 in 2022, French must be “markedly predominant” on commercial signs.
O government Office québécois de la langue française
O government OQLF
F number 14
F date Jan. 6
F date Feb. 27, 2039
F date 2022
Q direct - :: “markedly predominant”
> Siobhan Lafleur-McKenna, 47, who opened Café du Quai in 2031, said she learned of the fine from a registered letter on April 9. “I’m bilingual, my staff is bilingual and my menu is in French. The chalkboard was a joke between me and my regulars,” she said. “A regular told me, ‘Frame the letter and hang it by the till.’ Now it’s a $3,000 joke.”
P full Siobhan Lafleur-McKenna
F age 47
O company Café du Quai
F date 2031
F date April 9
Q direct Siobhan Lafleur-McKenna :: “I’m bilingual, my staff is bilingual and my menu is in French. The chalkboard was a joke between me and my regulars,”
Q direct Siobhan Lafleur-McKenna :: “A regular told me, ‘Frame the letter and hang it by the till.’ Now it’s a $3,000 joke.”
F money $3,000
> She will contest the fine before the Court of Québec rather than pay it by the May 9 deadline. Her lawyer, Maxime Bélanger-Oyelaran, said companies can be fined between $3,000 and $30,000 for a first offence, and that the amounts double for a repeat offender.
O government Court of Québec
F date May 9
P full Maxime Bélanger-Oyelaran
F money $3,000
F money $30,000
> “The law is the law, and my client respects it,” Bélanger-Oyelaran said. “But a chalkboard is not a billboard. We will ask the judge to look at the whole storefront, not a single line of chalk.”
Q direct Maxime Bélanger-Oyelaran :: “The law is the law, and my client respects it,”
P partial Bélanger-Oyelaran
Q direct Maxime Bélanger-Oyelaran :: “But a chalkboard is not a billboard. We will ask the judge to look at the whole storefront, not a single line of chalk.”
> OQLF spokesperson Catherine Des Rosiers said the office does not comment on individual files. “The office acts on complaints. In 2038, 71 per cent of the files we closed were resolved without any fine,” she wrote.
O government OQLF
P full Catherine Des Rosiers
Q direct Catherine Des Rosiers :: “The office acts on complaints. In 2038, 71 per cent of the files we closed were resolved without any fine,”
F date 2038
F percent 71 per cent
> The office received 9,412 complaints in the fiscal year that ended March 31, 2038, up from 6,350 five years earlier. About a third concerned commercial signs, and two-thirds of those came from the Montreal region.
F number 9,412
F date March 31, 2038
F number 6,350
F duration five years
F fraction a third
F fraction two-thirds
L region Montreal
> Hudson, a town of about 5,800 on the Ottawa River where roughly half of residents speak English at home, has seen two other OQLF files this year, Mayor Bertrand Saint-Aubin told the Gazette. “People here live in both languages. I would hope the OQLF has bigger fish to fry,” he said.
L city Hudson
F number 5,800
L geo Ottawa River
F fraction half
F number two
O government OQLF
P full Bertrand Saint-Aubin
O media Gazette
Q direct Bertrand Saint-Aubin :: “People here live in both languages. I would hope the OQLF has bigger fish to fry,”
O government OQLF
> The Quebec Community Groups Network (QCGN) called the fine “disproportionate” and said in a statement that small merchants “need guidance, not penalties.”
O nonprofit Quebec Community Groups Network
O nonprofit QCGN
Q direct Quebec Community Groups Network :: “disproportionate”
Q direct Quebec Community Groups Network :: “need guidance, not penalties.”
> A provincial official familiar with the file, who was not authorized to speak publicly, said an inspector had visited the café twice, on Feb. 3 and March 12, and had left a written warning the first time. “She had 30 days to fix it,” the official said.
F date Feb. 3
F date March 12
Q direct - :: “She had 30 days to fix it,”
F duration 30 days
> Lafleur-McKenna said what her regulars now call “l’affaire du tableau” has been good for business, with sales up 12 per cent since April 10. The new chalkboard is in French only, in letters 25 centimetres high.
P partial Lafleur-McKenna
Q scare - :: “l’affaire du tableau”
F percent 12 per cent
F date April 10
F quantity 25 centimetres
> rcastonguay@postmedia.com
'''

ARTICLES['1028-go-cong-cai-lay-durian-salinity-dong-thap-viet-nam-news'] = r'''
> Environment
> Saltwater kills durian trees on 1,800ha in former Tiền Giang as sluices leak
F quantity 1,800ha
L region Tiền Giang
> March 22, 2040 - 09:14
F date March 22, 2040
F time 09:14
> A farmer in Cai Lậy checks Ri6 durian trees whose leaves have been burned by salt. — VNA/VNS Photo Lê Thị Ngọc Hân
L city Cai Lậy
O media VNA
O media VNS
P full Lê Thị Ngọc Hân
> ĐỒNG THÁP — Saltwater has pushed 62km up the Tiền River this dry season, killing or damaging durian trees on more than 1,800ha of orchards in the former Tiền Giang Province, now part of Đồng Tháp, local authorities said on Friday.
L city ĐỒNG THÁP
F quantity 62km
L geo Tiền River
F quantity 1,800ha
L region Tiền Giang Province
L region Đồng Tháp
> Readings taken on March 19 showed salinity of 4 grammes per litre at Cai Lậy, about 12km further inland than at the same time in 2039, according to the Southern Institute of Water Resources Research (SIWRR).
F date March 19
F quantity 4 grammes per litre
L city Cai Lậy
F quantity 12km
F date 2039
O government Southern Institute of Water Resources Research
O government SIWRR
> "The salt came early and it came strong. Durian roots are hurt once salinity passes 1 gramme per litre, and many orchards drew water from canals without testing it," said Dr Trương Minh Khôi, deputy director of SIWRR.
Q direct Trương Minh Khôi :: "The salt came early and it came strong. Durian roots are hurt once salinity passes 1 gramme per litre, and many orchards drew water from canals without testing it,"
F quantity 1 gramme per litre
P full Trương Minh Khôi
O government SIWRR
> Khôi said the institute had warned in December that the Mekong's flow into Việt Nam during the 2039-40 dry season would be about 18 per cent below the average of the last decade.
P partial Khôi
L geo Mekong
L country Việt Nam
F date 2039-40
F percent 18 per cent
> In Tam Bình Commune, Nguyễn Văn Út, 58, has lost 140 of his 400 Ri6 trees. "My father planted some of them in 2012. Each tree gives 80 to 100 kilos a year. Now the leaves are brown at the edges and falling," he said.
L city Tam Bình Commune
P full Nguyễn Văn Út
F age 58
F number 140
F number 400
Q direct Nguyễn Văn Út :: "My father planted some of them in 2012. Each tree gives 80 to 100 kilos a year. Now the leaves are brown at the edges and falling,"
F date 2012
F quantity 80
F quantity 100 kilos
> Út said a 1,000-litre tank of fresh water delivered by boat now costs VNĐ350,000, three times the price in 2038. "I spent VNĐ42 million on water and lime in two months. If it doesn't rain by April, I will cut the dead trees and plant coconut," he said.
P partial Út
F quantity 1,000-litre
F money VNĐ350,000
F number three
F date 2038
Q direct Nguyễn Văn Út :: "I spent VNĐ42 million on water and lime in two months. If it doesn't rain by April, I will cut the dead trees and plant coconut,"
F money VNĐ42 million
F duration two months
> The Đồng Tháp Province People's Committee on Thursday approved VNĐ96 billion (US$3.7 million) in emergency support, including VNĐ15 million per hectare for orchards where more than 70 per cent of trees are lost. Growers whose losses are between 30 and 70 per cent will receive VNĐ8 million per hectare.
O government Đồng Tháp Province People's Committee
F money VNĐ96 billion
F money US$3.7 million
F money VNĐ15 million
F percent 70 per cent
F percent 30
F percent 70 per cent
F money VNĐ8 million
> The committee said in its decision that the money must reach households "no later than April 15".
Q direct Đồng Tháp Province People's Committee :: "no later than April 15"
F date April 15
> Officials say the Xuân Hòa sluice on the Gò Công coast and dozens of smaller gates along the Nguyễn Tấn Thành canal were closed by February 5, ten days earlier than in 2039. But a provincial irrigation official, who asked not to be named, said some gates had leaked. "Several were built in the 1990s. You cannot stop the sea with old steel," the official said.
L facility Xuân Hòa
L region Gò Công
L geo Nguyễn Tấn Thành
F date February 5
F duration ten days
F date 2039
Q direct - :: "Several were built in the 1990s. You cannot stop the sea with old steel,"
F date 1990s
> Pham Quoc Bao, a hydrologist at the University of Adelaide who has studied the delta since 2024, said upstream dams and sand mining had lowered the river bed by up to 2 metres in places, letting salt travel further. "The sluices are a bandage. The delta needs to store fresh water in the wet season," Pham said.
P full Pham Quoc Bao
O education University of Adelaide
F date 2024
F quantity 2 metres
Q direct Pham Quoc Bao :: "The sluices are a bandage. The delta needs to store fresh water in the wet season,"
P partial Pham
> The Ministry of Agriculture and Environment has forecast that salinity will stay high until mid-May and has asked provinces in the Mekong Delta to store water in ponds and to delay sowing of the summer-autumn rice crop on 45,000ha. — VNS
O government Ministry of Agriculture and Environment
L geo Mekong Delta
F quantity 45,000ha
O media VNS
'''

ARTICLES['1029-wimbledon-quarter-final-fairweather-adeyemi-dvorackova-reuters'] = r'''
> Sports
> Fairweather-Adeyemi saves five break points to stun Dvorackova, reach Wimbledon semis
P partial Fairweather-Adeyemi
F number five
P partial Dvorackova
> By Harriet Okonkwo-Lane
P full Harriet Okonkwo-Lane
> July 8, 2040 7:52 PM GMT+1 Updated 3 hours ago
F date July 8, 2040
F time 7:52 PM GMT+1
F duration 3 hours
> Tennis - Wimbledon - All England Lawn Tennis and Croquet Club, London, Britain - July 8, 2040 Britain's Imogen Fairweather-Adeyemi celebrates winning her quarter-final match against Czech Republic's Marketa Dvorackova REUTERS/Tomasz Wierzbicki-Hale
O other All England Lawn Tennis and Croquet Club
L city London
L country Britain
F date July 8, 2040
L country Britain
P full Imogen Fairweather-Adeyemi
L country Czech Republic
P full Marketa Dvorackova
O media REUTERS
P full Tomasz Wierzbicki-Hale
> LONDON, July 8 (Reuters) - Imogen Fairweather-Adeyemi saved five break points in a tense second set before roaring back to beat third seed Marketa Dvorackova 4-6 7-6(4) 6-3 on Tuesday, becoming the lowest-ranked semi-finalist at the All England Club in 11 years.
L city LONDON
F date July 8
O media Reuters
P full Imogen Fairweather-Adeyemi
F number five
P full Marketa Dvorackova
F score 4-6
F score 7-6(4)
F score 6-3
O other All England Club
F duration 11 years
> The 22-year-old from Reading, ranked 64th in the world, trailed by a set and faced 0-40 at 3-4 in the second before holding with three successive aces on Centre Court, where a crowd of about 15,000 rose to its feet. British newspapers have already dubbed her run "Immymania".
F age 22-year-old
L city Reading
F score 0-40
F score 3-4
F number three
L facility Centre Court
F number 15,000
Q scare - :: "Immymania"
> "Honestly, at 0-40 I was thinking about the train home," Fairweather-Adeyemi told reporters. "My coach always says, 'Serve like nobody is watching.' There were 15,000 people watching, so I just hit it as hard as I could."
Q direct Imogen Fairweather-Adeyemi :: "Honestly, at 0-40 I was thinking about the train home,"
F score 0-40
P partial Fairweather-Adeyemi
Q direct Imogen Fairweather-Adeyemi :: "My coach always says, 'Serve like nobody is watching.' There were 15,000 people watching, so I just hit it as hard as I could."
F number 15,000
> She won the tiebreak 7-4 and broke Dvorackova twice in the third set, sealing victory on her second match point after two hours and 41 minutes.
F score 7-4
P partial Dvorackova
F duration two hours
F duration 41 minutes
> Dvorackova, the 2038 runner-up, hit 38 winners but made 44 unforced errors and won only 31% of points on her second serve. She also served seven double faults, three of them in the tiebreak.
P partial Dvorackova
F date 2038
F number 38
F number 44
F percent 31%
F number seven
F number three
> "She served better than me when it mattered. That's grass: one or two points and the match is gone," the 27-year-old Czech said. She added that a back problem had bothered her "a little" since her fourth-round match against Japan's Rina Oshiro-Kent.
Q direct Marketa Dvorackova :: "She served better than me when it mattered. That's grass: one or two points and the match is gone,"
F number one
F number two
F age 27-year-old
Q direct Marketa Dvorackova :: "a little"
L country Japan
P full Rina Oshiro-Kent
> The win guarantees Fairweather-Adeyemi at least 1.3 million pounds ($1.74 million) in prize money, nearly double the 690,000 pounds paid to losing quarter-finalists, and is expected to lift her into the top 30 of the WTA rankings on Monday.
P partial Fairweather-Adeyemi
F money 1.3 million pounds
F money $1.74 million
F money 690,000 pounds
F number 30
O other WTA
> Her coach, Ruud de Wit-Boateng, said the pair had worked on her second serve for "six months, every single day" after she lost in the first round a year ago.
P full Ruud de Wit-Boateng
Q direct Ruud de Wit-Boateng :: "six months, every single day"
F duration six months
> Fairweather-Adeyemi will face Lotte van den Heuvel of the Netherlands on Thursday. The 11th seed beat American qualifier Shauna Pettigrew-Ruiz 6-2 6-1 in 58 minutes on No. 1 Court earlier in the day.
P partial Fairweather-Adeyemi
P full Lotte van den Heuvel
L country Netherlands
P full Shauna Pettigrew-Ruiz
F score 6-2
F score 6-1
F duration 58 minutes
L facility No. 1 Court
> "I have known Imogen since we were 14. She is fearless, and the whole of London will be behind her," van den Heuvel said.
Q direct Lotte van den Heuvel :: "I have known Imogen since we were 14. She is fearless, and the whole of London will be behind her,"
P partial Imogen
F age 14
L city London
P partial van den Heuvel
> The All England Club said forecasts of "heavy showers from midday" meant the Centre Court roof was likely to be closed for Thursday's semi-finals, which start at 1:30 p.m. local time (1230 GMT).
O other All England Club
Q direct All England Lawn Tennis and Croquet Club :: "heavy showers from midday"
L facility Centre Court
F time 1:30 p.m.
F time 1230 GMT
> (Reporting by Harriet Okonkwo-Lane in London; Editing by Christian Mbeki-Shaw)
P full Harriet Okonkwo-Lane
L city London
P full Christian Mbeki-Shaw
'''

ARTICLES['1030-fuel-subsidy-nnpc-pump-price-ipman-depots-businessday'] = r'''
> Energy
> FG Restores Partial Fuel Subsidy as Petrol Climbs to N1,480 Per Litre
O government FG
F money N1,480
> Government to pay N210 on each litre sold at NNPC stations; independent marketers say the plan favours one company
F money N210
O company NNPC
F number one
> ADAEZE NWOKOCHA-BELLO
P full ADAEZE NWOKOCHA-BELLO
> March 4, 2040
F date March 4, 2040
> Motorists queue for petrol at a filling station on Ikorodu Road, Lagos. Photo: Olumide Fashanu-Yusuf
L street Ikorodu Road
L city Lagos
P full Olumide Fashanu-Yusuf
> The Federal Government will pay N210 on every litre of premium motor spirit (PMS) sold at NNPC Limited's retail stations from March 10, bringing back a partial subsidy almost 17 years after the old regime was scrapped in May 2023.
O government Federal Government
F money N210
O company NNPC Limited
F date March 10
F duration 17 years
F date May 2023
> Hauwa Bello-Gwarzo, Minister of State for Petroleum Resources (Oil), told journalists in Abuja on Tuesday that the measure would cost about N1.5 trillion over six months and was “temporary, targeted and fully budgeted.”
P full Hauwa Bello-Gwarzo
L city Abuja
F money N1.5 trillion
F duration six months
Q direct Hauwa Bello-Gwarzo :: “temporary, targeted and fully budgeted.”
> “When petrol crossed N1,400 in January, transport fares in Lagos and Kano went up by 35 percent in two weeks. We cannot allow that to continue while the naira is finding its level,” she said. “This is not a return to the old subsidy regime.
Q direct Hauwa Bello-Gwarzo :: “When petrol crossed N1,400 in January, transport fares in Lagos and Kano went up by 35 percent in two weeks. We cannot allow that to continue while the naira is finding its level,”
F money N1,400
L city Lagos
L city Kano
F percent 35 percent
F duration two weeks
Q direct Hauwa Bello-Gwarzo :: “This is not a return to the old subsidy regime.
> “Payments will be made only against verified volumes at the point of sale, and the Nigerian Midstream and Downstream Petroleum Regulatory Authority (NMDPRA) will publish the figures every week.”
Q direct Hauwa Bello-Gwarzo :: “Payments will be made only against verified volumes at the point of sale, and the Nigerian Midstream and Downstream Petroleum Regulatory Authority (NMDPRA) will publish the figures every week.”
O government Nigerian Midstream and Downstream Petroleum Regulatory Authority
O government NMDPRA
> In a statement, NNPC Ltd said its 1,180 retail outlets would sell petrol at N1,270 per litre in Lagos and N1,310 in Abuja from next Monday, down from N1,480 and N1,520, to “ease pressure on households and transporters.”
O company NNPC Ltd
F number 1,180
F money N1,270
L city Lagos
F money N1,310
L city Abuja
F money N1,480
F money N1,520
Q direct NNPC Limited :: “ease pressure on households and transporters.”
> But independent marketers said the plan would push motorists to NNPC stations and leave private retailers with unsold stock. Chinedu Okonkwo-Agbaje, national president of the Independent Petroleum Marketers Association of Nigeria (IPMAN), said members in the North had lost 18 percent of their sales since January.
O company NNPC
P full Chinedu Okonkwo-Agbaje
O nonprofit Independent Petroleum Marketers Association of Nigeria
O nonprofit IPMAN
L region North
F percent 18 percent
> “It is a subsidy for one company. Our members buy from the same depots, pay the same freight and now they must sell at N210 more than NNPC. Who will buy from them?” Okonkwo-Agbaje asked.
Q direct Chinedu Okonkwo-Agbaje :: “It is a subsidy for one company. Our members buy from the same depots, pay the same freight and now they must sell at N210 more than NNPC. Who will buy from them?”
F number one
F money N210
O company NNPC
P partial Okonkwo-Agbaje
> At the Satellite Town depots in Lagos, the ex-depot price of petrol fell by N45 to N1,195 per litre on Wednesday morning, according to a BusinessDay survey of 12 depots.
L city Satellite Town
L city Lagos
F money N45
F money N1,195
O media BusinessDay
F number 12
> A senior official at the finance ministry, who asked not to be named because he was not authorised to speak, said the N1.5 trillion had been drawn from the N4.1 trillion ‘contingency and stabilisation’ line of the 2040 budget. “If crude falls below $68 a barrel, the money runs out by August,” he said.
F money N1.5 trillion
F money N4.1 trillion
Q scare - :: ‘contingency and stabilisation’
F date 2040
Q direct - :: “If crude falls below $68 a barrel, the money runs out by August,”
F money $68
> Temitope Da Rocha-Thomas, head of research at Lagos-based Ikoyi Capital Partners, said the arithmetic was tight. “At 40 million litres a day, the Treasury is spending about N8.4 billion daily. That is sustainable for three months, not for a year,” she said.
P full Temitope Da Rocha-Thomas
L city Lagos
O company Ikoyi Capital Partners
Q direct Temitope Da Rocha-Thomas :: “At 40 million litres a day, the Treasury is spending about N8.4 billion daily. That is sustainable for three months, not for a year,”
F quantity 40 million litres
O government Treasury
F money N8.4 billion
F duration three months
> Nigeria's headline inflation eased to 14.6 percent in February from 15.2 percent in January, the National Bureau of Statistics (NBS) said last week, with transport the fastest-rising item.
L country Nigeria
F percent 14.6 percent
F percent 15.2 percent
O government National Bureau of Statistics
O government NBS
> The Dangote refinery in Lekki, which supplies about 60 percent of the petrol sold in the country, is not part of the scheme, Bello-Gwarzo said.
O company Dangote
L city Lekki
F percent 60 percent
P partial Bello-Gwarzo
'''

ARTICLES['1031-lcra-board-cuts-rice-farmers-water-eagle-lake-austin-american-statesman'] = r'''
> Local
> LCRA board votes to cut off Highland Lakes water to rice farmers for a third year
O government LCRA
L geo Highland Lakes
> Lake Travis and Lake Buchanan are 39% full; farmers in Colorado, Wharton and Matagorda counties call the decision "a slow death"
L geo Lake Travis
L geo Lake Buchanan
F percent 39%
L region Colorado
L region Wharton
L region Matagorda
Q direct Ernesto Villarreal-Koenig :: "a slow death"
> Marisol Treviño-Ashby
P full Marisol Treviño-Ashby
> Austin American-Statesman
O media Austin American-Statesman
> Published 6:12 p.m. CT March 20, 2040 | Updated 9:45 a.m. CT March 21, 2040
F time 6:12 p.m. CT
F date March 20, 2040
F time 9:45 a.m. CT
F date March 21, 2040
> Boat docks sit on dry ground at Lake Travis near Mansfield Dam on March 12. Jay Okafor-Lindqvist/American-Statesman
L geo Lake Travis
L facility Mansfield Dam
F date March 12
P full Jay Okafor-Lindqvist
O media American-Statesman
> The Lower Colorado River Authority board voted 12-3 on Wednesday to withhold water from the Highland Lakes for downstream rice farmers this spring, the third year in a row that rice growers around Bay City, El Campo and Garwood will go without.
O government Lower Colorado River Authority
F number 12-3
L geo Highland Lakes
L city Bay City
L city El Campo
L city Garwood
> The combined storage of Lake Buchanan and Lake Travis, the two reservoirs that supply Austin and about 1.4 million other people, stood at 782,000 acre-feet on March 1, or 39% of capacity. Under LCRA's water management plan, farmers get no interruptible water when storage is below 1.1 million acre-feet on that date.
L geo Lake Buchanan
L geo Lake Travis
F number two
L city Austin
F number 1.4 million
F quantity 782,000 acre-feet
F date March 1
F percent 39%
O government LCRA
F quantity 1.1 million acre-feet
> "Nobody on this board takes this lightly," said board chair Margaret Voelker-Salinas of Llano. "But the plan was written for exactly this. We are closer to the drought of record than we were in 2011, and our first duty is to the cities and the people who drink this water."
Q direct Margaret Voelker-Salinas :: "Nobody on this board takes this lightly,"
P full Margaret Voelker-Salinas
L city Llano
Q direct Margaret Voelker-Salinas :: "But the plan was written for exactly this. We are closer to the drought of record than we were in 2011, and our first duty is to the cities and the people who drink this water."
F date 2011
> The so-called "drought of record," the dry spell of the 1950s against which Texas water plans are measured, is a yardstick the basin may be approaching again, an LCRA hydrologist said after the meeting. The hydrologist, who was not authorized to speak publicly, said inflows to the lakes in 2039 were 41% of the long-term average. "Two more dry summers and we are there," the hydrologist said.
Q scare - :: "drought of record,"
F date 1950s
L region Texas
O government LCRA
F date 2039
F percent 41%
Q direct - :: "Two more dry summers and we are there,"
F number Two
> The three board members who voted no all represent downstream counties. Director Tomás De La Garza of Bay City said rice farming in the area supports about 2,300 jobs and $180 million a year in economic activity.
F number three
P full Tomás De La Garza
L city Bay City
F number 2,300
F money $180 million
> Ernesto Villarreal-Koenig, 61, who farms 1,200 acres near Eagle Lake, told the board he had left his fields fallow since 2038. "Three years without water is not a drought plan. For us it is a slow death," he said. "My grandfather planted rice here in 1946. I am not going to be the one who quits."
P full Ernesto Villarreal-Koenig
F age 61
F quantity 1,200 acres
L city Eagle Lake
F date 2038
Q direct Ernesto Villarreal-Koenig :: "Three years without water is not a drought plan. For us it is a slow death,"
F duration Three years
Q direct Ernesto Villarreal-Koenig :: "My grandfather planted rice here in 1946. I am not going to be the one who quits."
F date 1946
> LCRA will pay affected farmers $4.5 million, or about $95 an acre, from a fund set up in 2039, general manager Rhonda Kessler-Obi said. The authority also plans to finish its Arbuckle Reservoir expansion near Lane City by December 2041, adding 90,000 acre-feet of storage.
O government LCRA
F money $4.5 million
F money $95
F date 2039
P full Rhonda Kessler-Obi
L facility Arbuckle Reservoir
L city Lane City
F date December 2041
F quantity 90,000 acre-feet
> In Austin, the city's utility backed the decision. Austin Water said in a statement that residential use fell 14% in 2039 under Stage 3 restrictions, which limit lawn watering to one day a week, and that it was "prepared to go further if the lakes keep falling."
L city Austin
O government Austin Water
F percent 14%
F date 2039
F duration one day
Q direct Austin Water :: "prepared to go further if the lakes keep falling."
> Travis County Commissioner Dolores Nakamura-Ruiz, whose precinct includes Lakeway and Bee Cave, said lake businesses had lost about a quarter of their revenue. She called the vote "painful but necessary."
L region Travis County
P full Dolores Nakamura-Ruiz
L city Lakeway
L city Bee Cave
F fraction a quarter
Q direct Dolores Nakamura-Ruiz :: "painful but necessary."
> The board will review storage again on July 1, when a second-crop release could be considered if levels reach 1.3 million acre-feet.
F date July 1
F quantity 1.3 million acre-feet
'''

ARTICLES['1032-ucu-university-strike-vice-chancellors-pay-offer-exeter-bath-guardian'] = r'''
> Universities
> ‘We cannot pay rent with thank-yous’: UCU strike hits 64 universities over 1.4% pay offer
Q direct Niamh O’Sullivan-Reyes :: ‘We cannot pay rent with thank-yous’
O nonprofit UCU
F number 64
F percent 1.4%
> Lecturers and support staff walk out for five days as vice-chancellors say they cannot afford more without cutting jobs
F duration five days
> Eleanor Mbatha-Fry Education correspondent
P full Eleanor Mbatha-Fry
> Tue 13 Nov 2040 17.42 GMT
F date 13 Nov 2040
F time 17.42 GMT
> Striking staff on a picket line at the University of Exeter’s Streatham campus on Tuesday. Photograph: Gwilym ap Rhys/The Guardian
O education University of Exeter
L facility Streatham
P full Gwilym ap Rhys
O media The Guardian
> Tens of thousands of university staff walked out on Tuesday at the start of a five-day strike over pay, closing libraries and cancelling lectures at 64 institutions from Aberdeen to Falmouth, the union said.
F duration five-day
F number 64
L city Aberdeen
L city Falmouth
> The University and College Union (UCU) rejected a 1.4% offer from employers in October, saying it would mean a further real-terms cut after inflation of 3.8% in the year to September. The union is asking for a rise of 6.5% and for starting salaries of at least £36,000.
O nonprofit University and College Union
O nonprofit UCU
F percent 1.4%
F percent 3.8%
F percent 6.5%
F money £36,000
> “We cannot pay rent with thank-yous,” said Niamh O’Sullivan-Reyes, the UCU general secretary, on a picket line in Bath. “Vice-chancellors tell us we are the heart of the university. Then they offer 1.4% and call it ‘the best we can do’.”
Q direct Niamh O’Sullivan-Reyes :: “We cannot pay rent with thank-yous,”
P full Niamh O’Sullivan-Reyes
O nonprofit UCU
L city Bath
Q direct Niamh O’Sullivan-Reyes :: “Vice-chancellors tell us we are the heart of the university. Then they offer 1.4% and call it ‘the best we can do’.”
F percent 1.4%
> She said 71% of members who voted had backed strikes in a ballot with a turnout of 54%, comfortably above the 50% threshold required by law. A further 10 days of action could follow in February, she added, along with a marking boycott.
F percent 71%
F percent 54%
F percent 50%
F duration 10 days
> The Universities and Colleges Employers Association (UCEA), which negotiates for 142 institutions, said the offer was “the maximum the sector can sustain” and that a third of universities were already in deficit. “Every extra 1% on the pay bill costs around £290m,” it said.
O nonprofit Universities and Colleges Employers Association
O nonprofit UCEA
F number 142
Q direct Universities and Colleges Employers Association :: “the maximum the sector can sustain”
F fraction a third
Q direct Universities and Colleges Employers Association :: “Every extra 1% on the pay bill costs around £290m,”
F percent 1%
F money £290m
> Prof Alasdair McCrindle-Oyelowo, vice-chancellor of Bath Spa University, said his institution had cut 140 posts since 2038, a tenth of its workforce, and could not pay more. “I understand the anger. But if I give 6.5% without new income, I have to find £4.2m, and that means redundancies,” he said.
P full Alasdair McCrindle-Oyelowo
O education Bath Spa University
F number 140
F date 2038
F fraction a tenth
Q direct Alasdair McCrindle-Oyelowo :: “I understand the anger. But if I give 6.5% without new income, I have to find £4.2m, and that means redundancies,”
F percent 6.5%
F money £4.2m
> Another vice-chancellor, at a Russell Group university in the north of England, who asked not to be named, said tuition fees capped at £10,050 since 2036 were “worth less every year”. “We are running a 2040 university on a 2036 budget,” he said.
O nonprofit Russell Group
L country England
F money £10,050
F date 2036
Q direct - :: “worth less every year”
Q direct - :: “We are running a 2040 university on a 2036 budget,”
F date 2040
F date 2036
> At Exeter’s Penryn campus in Cornwall, about 40 students joined the picket at 8am. Priya Ramanathan, 20, a second-year marine biology student, said she had lost nine hours of teaching. “I pay £10,050 a year. I want my lecturers paid properly, and I want my classes,” she said.
O education Exeter
L facility Penryn
L region Cornwall
F number 40
F time 8am
P full Priya Ramanathan
F age 20
F duration nine hours
Q direct Priya Ramanathan :: “I pay £10,050 a year. I want my lecturers paid properly, and I want my classes,”
F money £10,050
> The Department for Education said pay was a matter for employers. A spokesperson added that the government had given universities “more flexibility on fees” and expected students to be “protected from disruption”.
O government Department for Education
Q direct - :: “more flexibility on fees”
Q direct - :: “protected from disruption”
> Talks at Acas, the conciliation service, are due to resume on 20 November.
O government Acas
F date 20 November
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
