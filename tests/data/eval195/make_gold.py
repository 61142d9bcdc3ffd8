#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval195 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval195/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1213-mumbai-monsoon-flooding-harbour-line-wards-bmc-times-of-india'] = r'''
> Mumbai News
L city Mumbai
> 242mm In 12 Hours: City Goes Under As Harbour Line Halts, Four Subways Shut
F quantity 242mm
F duration 12 Hours
L facility Harbour Line
F number Four
> BMC says 481 pumps ran through the day as Santacruz logs season's heaviest spell; civic body's Rs 3,450 crore drain upgrade under fire
O government BMC
F number 481
L city Santacruz
F money Rs 3,450 crore
> Clifford D'Mello / TNN / Updated: Jul 19, 2040, 06:12 IST
P full Clifford D'Mello
O media TNN
F date Jul 19, 2040
F time 06:12 IST
> Commuters wade through knee-deep water at Hindmata in Dadar on Wednesday. (TOI photo by Pranav Bhalerao)
L city Hindmata
L city Dadar
O media TOI
P full Pranav Bhalerao
> MUMBAI: The city received 242mm of rain in the 12 hours ending 8.30pm on Wednesday, flooding low-lying areas from Sion to Andheri, halting local trains on the Harbour line for more than six hours and shutting four subways.
L city MUMBAI
F quantity 242mm
F duration 12 hours
F time 8.30pm
L city Sion
L city Andheri
L facility Harbour
F duration six hours
F number four
> The Santacruz observatory of the India Meteorological Department (IMD) recorded 242.6mm between 8.30am and 8.30pm, while its Colaba observatory logged 118.4mm. The IMD had issued a "red alert" for Mumbai and Thane at 5am.
L city Santacruz
O government India Meteorological Department
O government IMD
F quantity 242.6mm
F time 8.30am
F time 8.30pm
L city Colaba
F quantity 118.4mm
O government IMD
Q scare - :: "red alert"
L city Mumbai
L city Thane
F time 5am
> A high tide of 4.61 metres at 2.47pm made matters worse, forcing the Brihanmumbai Municipal Corporation (BMC) to shut the flood gates at the Haji Ali and Love Grove pumping stations for nearly three hours.
F quantity 4.61 metres
F time 2.47pm
O government Brihanmumbai Municipal Corporation
O government BMC
L facility Haji Ali
L facility Love Grove
F duration three hours
> Additional municipal commissioner Sudhakar Rane-Patil said 481 dewatering pumps had been deployed across the city's 24 wards and that water had receded from most of the 386 flooding spots by late evening. "Our pumps ran at full capacity from the morning. But when the sea is at 4.6 metres, the water has nowhere to go," he said.
P full Sudhakar Rane-Patil
F number 481
F number 24
F number 386
Q direct Sudhakar Rane-Patil :: "Our pumps ran at full capacity from the morning. But when the sea is at 4.6 metres, the water has nowhere to go,"
F quantity 4.6 metres
> The worst-hit were the K-East, L and F-North wards, covering Andheri East, Kurla and Sion-Matunga, where water entered ground-floor homes along the Mithi river. In L ward alone, 1,140 residents were moved to 11 municipal schools, ward officials said.
L region K-East
L region L
L region F-North
L city Andheri East
L city Kurla
L city Sion
L city Matunga
L geo Mithi
L region L
F number 1,140
F number 11
> Central Railway suspended services on the Harbour line between CSMT and Vashi from 11.20am to 5.35pm after water rose 150mm above rail level at Kurla and Chunabhatti. Western Railway trains ran 20 to 25 minutes late, a spokesperson said. Railway officials estimated that 2.3 lakh commuters were stranded at stations.
O government Central Railway
L facility Harbour
L facility CSMT
L city Vashi
F time 11.20am
F time 5.35pm
F quantity 150mm
L city Kurla
L city Chunabhatti
O government Western Railway
F duration 20
F duration 25 minutes
F number 2.3 lakh
> "We left Kurla at 11.05am and the train stopped near Tilak Nagar. The motorman told us, 'Water on the tracks, we cannot move,' and we sat there for two hours without fans," said Nasreen Shaikh, 34, a nurse from Chembur. "Finally we climbed down and walked along the tracks."
Q direct Nasreen Shaikh :: "We left Kurla at 11.05am and the train stopped near Tilak Nagar. The motorman told us, 'Water on the tracks, we cannot move,' and we sat there for two hours without fans,"
L city Kurla
F time 11.05am
L facility Tilak Nagar
F duration two hours
P full Nasreen Shaikh
F age 34
L city Chembur
Q direct Nasreen Shaikh :: "Finally we climbed down and walked along the tracks."
> At Gandhi Market near King's Circle, shopkeeper Harish Bhanushali said the flooding had cost him about Rs 60,000 in spoilt stock. "Every year the BMC promises this will be the last time. Every year we are back here with buckets," he said.
L facility Gandhi Market
L city King's Circle
P full Harish Bhanushali
F money Rs 60,000
Q direct Harish Bhanushali :: "Every year the BMC promises this will be the last time. Every year we are back here with buckets,"
O government BMC
> The BMC has spent Rs 3,450 crore on storm-water drain works since July 26, 2005, when 944mm of rain fell on the city in 24 hours. A senior civic official, who did not wish to be named, said the Mahul pumping station, first planned in 2011, was still "only 70% complete".
O government BMC
F money Rs 3,450 crore
F date July 26, 2005
F quantity 944mm
F duration 24 hours
L facility Mahul
F date 2011
Q direct - :: "only 70% complete"
F percent 70%
> Former corporator Anita Fernandes said the Congress would protest outside BMC headquarters on Friday and that the civic body had "no excuse left". "Thirty-five years after the deluge, Hindmata still floods every monsoon," she said.
P full Anita Fernandes
O party Congress
O government BMC
Q direct Anita Fernandes :: "no excuse left"
Q direct Anita Fernandes :: "Thirty-five years after the deluge, Hindmata still floods every monsoon,"
F duration Thirty-five years
L city Hindmata
> The IMD has forecast heavy to very heavy rain for the next 48 hours, and the BMC has shut schools on Thursday. Mumbai has received 1,712mm of rain since June 1, about 78% of its seasonal average of 2,205mm.
O government IMD
F duration 48 hours
O government BMC
L city Mumbai
F quantity 1,712mm
F date June 1
F percent 78%
F quantity 2,205mm
'''

ARTICLES['1214-quebec-maple-syrup-reserve-release-laurierville-federation-canadian-press'] = r'''
> Business
> Quebec maple syrup producers release 50 million pounds from reserve after short season
L region Quebec
F quantity 50 million pounds
> The federation says its stockpile will fall to its lowest level in 18 years, but bulk prices will stay at $3.45 a pound
F duration 18 years
F money $3.45
> By Marie-Ève Lévesque-Poirier
P full Marie-Ève Lévesque-Poirier
> The Canadian Press
O media Canadian Press
> Posted April 23, 2040 1:42 pm EDT
F date April 23, 2040
F time 1:42 pm EDT
> Barrels of maple syrup are stacked in the federation's warehouse in Laurierville, Que., on Monday. THE CANADIAN PRESS/Jean-François St-Onge
L city Laurierville
L region Que.
O media THE CANADIAN PRESS
P full Jean-François St-Onge
> LAURIERVILLE, Que. — Quebec's maple syrup producers will release 50 million pounds of syrup from their reserve, roughly 17 million litres, after a warm and unusually short spring left the province's 13,600 producers well short of what buyers have ordered.
L city LAURIERVILLE
L region Que.
L region Quebec
F quantity 50 million pounds
F quantity 17 million litres
F number 13,600
> Quebec Maple Syrup Producers, the federation that manages the province's supply and is known by its French acronym PPAQ, said Monday that the 2040 harvest came to 131 million pounds, down 34 per cent from 2039.
O nonprofit Quebec Maple Syrup Producers
O nonprofit PPAQ
F date 2040
F quantity 131 million pounds
F percent 34 per cent
F date 2039
> The release will draw down the federation's "Global Strategic Reserve," as it is formally called, from about 133 million pounds to 83 million pounds, roughly seven months of sales. It will be spread over six months, until Oct. 31.
Q scare - :: "Global Strategic Reserve,"
F quantity 133 million pounds
F quantity 83 million pounds
F duration seven months
F duration six months
F date Oct. 31
> "The reserve exists for exactly this kind of year," federation president Hélène Dufresne-Gagnon said in an interview. "Our buyers in the United States, in Japan and in Germany will get their syrup. Nobody will run out."
Q direct Hélène Dufresne-Gagnon :: "The reserve exists for exactly this kind of year,"
P full Hélène Dufresne-Gagnon
Q direct Hélène Dufresne-Gagnon :: "Our buyers in the United States, in Japan and in Germany will get their syrup. Nobody will run out."
L country United States
L country Japan
L country Germany
> She said the sap ran for only 19 days in parts of Chaudière-Appalaches and the Bas-Saint-Laurent, compared with the usual five to six weeks. "We had good sugaring weather for three days in March, and then it was 18 C in the afternoons," she said.
F duration 19 days
L region Chaudière-Appalaches
L region Bas-Saint-Laurent
F duration five
F duration six weeks
Q direct Hélène Dufresne-Gagnon :: "We had good sugaring weather for three days in March, and then it was 18 C in the afternoons,"
F duration three days
F quantity 18 C
> In Disraeli, a town of about 2,400 people south of Thetford Mines, Luc Bélanger-Roy, 58, tapped 42,000 trees this spring and filled 71 barrels of about 620 pounds each, roughly half his usual crop.
L city Disraeli
F number 2,400
L city Thetford Mines
P full Luc Bélanger-Roy
F age 58
F number 42,000
F number 71
F quantity 620 pounds
F fraction half
> "I've been sugaring for 35 years and I've never seen a spring like this," Bélanger-Roy said. "The trees just shut down. The buds were out by the first week of April.
Q direct Luc Bélanger-Roy :: "I've been sugaring for 35 years and I've never seen a spring like this,"
F duration 35 years
P partial Bélanger-Roy
Q direct Luc Bélanger-Roy :: "The trees just shut down. The buds were out by the first week of April.
> "Without the reserve, half the sugar shacks in the Beauce would be selling syrup out the back door to American buyers, and the price would collapse."
Q direct Luc Bélanger-Roy :: "Without the reserve, half the sugar shacks in the Beauce would be selling syrup out the back door to American buyers, and the price would collapse."
F fraction half
L region Beauce
> The federation's board kept the bulk price for the top grade at $3.45 a pound, up 11 cents from 2038, and said it would not raise it this year. Bulk syrup sold through the federation brings Quebec producers about $830 million a year.
F money $3.45
F money 11 cents
F date 2038
L region Quebec
F money $830 million
> Quebec makes about 70 per cent of the world's maple syrup. Vermont, New York, Ontario and New Brunswick make most of the rest.
L region Quebec
F percent 70 per cent
L region Vermont
L region New York
L region Ontario
L region New Brunswick
> A spokesperson for Agriculture and Agri-Food Canada said Ottawa was "monitoring the situation" with Quebec and had received no request for help.
O government Agriculture and Agri-Food Canada
L city Ottawa
Q direct - :: "monitoring the situation"
L region Quebec
> This report by The Canadian Press was first published April 23, 2040.
O media The Canadian Press
F date April 23, 2040
'''

ARTICLES['1215-davis-cup-portugal-colombia-oeiras-jamor-sousa-vaz-deciding-rubber-daviscup-com'] = r'''
> World Group I
> Sousa Vaz saves two match points as Portugal stun Colombia in Oeiras
P partial Sousa Vaz
F number two
O team Portugal
O team Colombia
L city Oeiras
> Home side come from 2-1 down to win 3-2 on clay at Jamor; captain Alves Teixeira hails ‘the best tie of my life’
F score 2-1
F score 3-2
L facility Jamor
P partial Alves Teixeira
Q direct Rui Alves Teixeira :: ‘the best tie of my life’
> By Inês Carrapatoso
P full Inês Carrapatoso
> 16 Sep 2040
F date 16 Sep 2040
> Duarte Sousa Vaz celebrates winning the deciding rubber at the Centro Desportivo Nacional do Jamor. (Photo: Tiago Mourão/ITF)
P full Duarte Sousa Vaz
L facility Centro Desportivo Nacional do Jamor
P full Tiago Mourão
O other ITF
> Duarte Sousa Vaz saved two match points in a final-set tie-break and beat Juan Sebastián de la Cruz 6-7(4) 6-3 7-6(8) in the deciding rubber on Sunday, giving Portugal a 3-2 victory over Colombia and a place in the Qualifiers in 2041.
P full Duarte Sousa Vaz
F number two
P full Juan Sebastián de la Cruz
F score 6-7(4)
F score 6-3
F score 7-6(8)
O team Portugal
F score 3-2
O team Colombia
F date 2041
> The 24-year-old from Leiria, ranked 131st in the world, hit 17 aces and won the last six points of the tie-break after trailing 4-6, sealing the win after three hours and 22 minutes on the venue’s centre court, known locally as “the Cauldron”.
F age 24-year-old
L city Leiria
F number 17
F number six
F score 4-6
F duration three hours
F duration 22 minutes
Q scare - :: “the Cauldron”
> The teams were level at 1-1 after Saturday’s singles, and Colombia led 2-1 when Andrés Cadavid Mejía and Santiago Villa Restrepo beat Sousa Vaz and Tomás Mendes da Costa 7-5 6-4 in Sunday’s doubles. Mendes da Costa then levelled the tie at 2-2, beating Nicolás Ocampo 6-2 6-1 in 68 minutes.
F score 1-1
O team Colombia
F score 2-1
P full Andrés Cadavid Mejía
P full Santiago Villa Restrepo
P partial Sousa Vaz
P full Tomás Mendes da Costa
F score 7-5
F score 6-4
P partial Mendes da Costa
F score 2-2
P full Nicolás Ocampo
F score 6-2
F score 6-1
F duration 68 minutes
> “This is the best tie of my life, as a player or as a captain,” said Portugal captain Rui Alves Teixeira, who played 29 ties for his country between 2016 and 2027. “When Duarte was 4-6 down in the tie-break I looked at the bench and said, ‘We believe until the last ball,’ and the whole stadium believed with him.”
Q direct Rui Alves Teixeira :: “This is the best tie of my life, as a player or as a captain,”
O team Portugal
P full Rui Alves Teixeira
F number 29
F date 2016
F date 2027
Q direct Rui Alves Teixeira :: “When Duarte was 4-6 down in the tie-break I looked at the bench and said, ‘We believe until the last ball,’ and the whole stadium believed with him.”
P partial Duarte
F score 4-6
> De la Cruz, 29, had beaten Sousa Vaz in straight sets in Medellín in March and served for the match at 6-5 in the third set, but a net cord on his first match point and a forehand long on the second let the Portuguese back in.
P partial De la Cruz
F age 29
P partial Sousa Vaz
L city Medellín
F score 6-5
> “On another day that net cord falls on our side. Juan Sebastián played with his heart and I have nothing to reproach him for,” Colombia captain Camilo Ángel Zuluaga said. He said his team would fly home to Bogotá on Monday.
Q direct Camilo Ángel Zuluaga :: “On another day that net cord falls on our side. Juan Sebastián played with his heart and I have nothing to reproach him for,”
P partial Juan Sebastián
O team Colombia
P full Camilo Ángel Zuluaga
L city Bogotá
> Sousa Vaz, who won 71% of points on his first serve and struck 61 winners, said he had barely slept after losing the opening rubber to Ocampo on Saturday. “I told myself I owed this to the people in the stands,” he said.
P partial Sousa Vaz
F percent 71%
F number 61
P partial Ocampo
Q direct Duarte Sousa Vaz :: “I told myself I owed this to the people in the stands,”
> The Portuguese Tennis Federation (FPT) said 3,150 spectators attended on Sunday, a record for a tie in Portugal, and called the weekend “a gift for Portuguese tennis”.
O nonprofit Portuguese Tennis Federation
O nonprofit FPT
F number 3,150
L country Portugal
Q direct Portuguese Tennis Federation :: “a gift for Portuguese tennis”
> Tickets for Sunday sold out within 40 minutes of going on sale in August, and the federation put up a 400-seat temporary stand behind the baseline.
F duration 40 minutes
F number 400
> Colombia had not lost a tie on clay since 2036, and their two singles players had won nine of their previous 10 Davis Cup rubbers between them.
O team Colombia
F date 2036
F number two
F number nine
F number 10
> Portugal will play the Qualifiers in February, while Colombia drop into the World Group I play-offs.
O team Portugal
O team Colombia
'''

ARTICLES['1216-coolgarra-yarrawindi-lithium-mine-sale-pilbara-hanbit-australian-financial-review'] = r'''
> Mining
> Coolgarra sells Pilbara lithium mine to Korea’s Hanbit for $1.35b
O company Coolgarra
L region Pilbara
L country Korea
O company Hanbit
F money $1.35b
> The Perth-based miner has accepted a 38 per cent premium for its Yarrawindi mine, ending a three-year search for a partner as spodumene prices claw back from the 2038 slump.
L city Perth
F percent 38 per cent
L facility Yarrawindi
F duration three-year
F date 2038
> Ruby Castellano
P full Ruby Castellano
> Mining reporter
> Updated Jun 11, 2040 – 11.47am, first published at 9.58am
F date Jun 11, 2040
F time 11.47am
F time 9.58am
> The Yarrawindi mine, 190 kilometres south-east of Port Hedland, produced 312,000 tonnes of spodumene concentrate last financial year. Lachlan O’Dwyer
L facility Yarrawindi
F quantity 190 kilometres
L city Port Hedland
F quantity 312,000 tonnes
P full Lachlan O’Dwyer
> Coolgarra Resources has agreed to sell its Yarrawindi lithium mine in the Pilbara to South Korea’s Hanbit Materials for $1.35 billion in cash, ending a three-year hunt for a buyer and handing shareholders a 38 per cent premium to Friday’s close.
O company Coolgarra Resources
L facility Yarrawindi
L region Pilbara
L country South Korea
O company Hanbit Materials
F money $1.35 billion
F duration three-year
F percent 38 per cent
> Hanbit will pay $2.85 a share, the ASX-listed miner said on Monday, valuing Coolgarra at about $1.6 billion including net cash of $240 million. Coolgarra shares jumped 31.5 per cent to $2.71 by 11.30am.
O company Hanbit
F money $2.85
O company ASX
O company Coolgarra
F money $1.6 billion
F money $240 million
O company Coolgarra
F percent 31.5 per cent
F money $2.71
F time 11.30am
> “We have been clear for two years that Yarrawindi needed an owner with a downstream plant and a balance sheet to match,” Coolgarra chairwoman Fiona MacAlister-Hughes told The Australian Financial Review. “Hanbit has both. This is a fair price in a hard market, and it is a price in cash.
Q direct Fiona MacAlister-Hughes :: “We have been clear for two years that Yarrawindi needed an owner with a downstream plant and a balance sheet to match,”
F duration two years
L facility Yarrawindi
O company Coolgarra
P full Fiona MacAlister-Hughes
O media The Australian Financial Review
Q direct Fiona MacAlister-Hughes :: “Hanbit has both. This is a fair price in a hard market, and it is a price in cash.
O company Hanbit
> “Our people at Yarrawindi will keep their jobs, and that mattered to the board as much as the number.”
Q direct Fiona MacAlister-Hughes :: “Our people at Yarrawindi will keep their jobs, and that mattered to the board as much as the number.”
L facility Yarrawindi
> Spodumene concentrate prices have recovered to about $US1,180 a tonne from a low of $US640 in early 2039, but remain far below the peak of more than $US8,000 a tonne reached in late 2022. Much of the industry spent the so-called “lithium winter” of 2038 cutting costs, and two Pilbara mines were put on care and maintenance.
F money $US1,180
F money $US640
F date 2039
F money $US8,000
F date 2022
Q scare - :: “lithium winter”
F date 2038
F number two
L region Pilbara
> Macquarie analyst Tom Wijaya-Clarke said the price was “full” for a mine with 11 years of reserves, and implied about $US540 for each tonne of yearly capacity.
O company Macquarie
P full Tom Wijaya-Clarke
Q direct Tom Wijaya-Clarke :: “full”
F duration 11 years
F money $US540
> Yarrawindi produced 312,000 tonnes of concentrate grading 5.8 per cent lithium oxide in the 2039-40 financial year and employs 640 people, most of them on a fly-in, fly-out roster from Perth.
L facility Yarrawindi
F quantity 312,000 tonnes
F percent 5.8 per cent
F date 2039-40
F number 640
L city Perth
> In a filing to the Korea Exchange, Hanbit said the mine would supply “more than a third” of the feed for its cathode plant in Pohang from 2042.
O company Korea Exchange
O company Hanbit
Q direct Hanbit Materials :: “more than a third”
F fraction a third
L city Pohang
F date 2042
> The deal needs approval from the Foreign Investment Review Board (FIRB) and from Coolgarra shareholders, who will vote in October. A person familiar with the sale process said a rival bidder, a consortium backed by a Chinese battery maker, had walked away in April after being “spooked by FIRB”.
O government Foreign Investment Review Board
O government FIRB
O company Coolgarra
Q direct - :: “spooked by FIRB”
O government FIRB
> The Australian Workers’ Union said it would seek a meeting with Hanbit about rosters. “Workers at Yarrawindi want to know their conditions are safe,” the union’s WA branch secretary, Kyle Tamihana-Brooks, said.
O nonprofit Australian Workers’ Union
O company Hanbit
Q direct Kyle Tamihana-Brooks :: “Workers at Yarrawindi want to know their conditions are safe,”
L facility Yarrawindi
L region WA
P full Kyle Tamihana-Brooks
> The WA government, which collects a 5 per cent royalty on the value of lithium concentrate, said it welcomed the investment.
L region WA
F percent 5 per cent
'''

ARTICLES['1217-chicago-board-of-education-budget-vote-cps-aldermen-brighton-park-chicago-tribune'] = r'''
> Education
> Chicago Board of Education approves $10.2 billion CPS budget in 12-9 vote
O government Chicago Board of Education
F money $10.2 billion
O government CPS
F number 12-9
> The budget closes a $734 million gap with 410 central-office layoffs and a bigger property tax levy; aldermen say Southwest Side schools pay the price
F money $734 million
F number 410
L region Southwest Side
> By Yesenia Ortiz-Kowalczyk | Chicago Tribune
P full Yesenia Ortiz-Kowalczyk
O media Chicago Tribune
> PUBLISHED: June 28, 2040 at 10:12 PM CDT | UPDATED: June 29, 2040 at 7:05 AM CDT
F date June 28, 2040
F time 10:12 PM CDT
F date June 29, 2040
F time 7:05 AM CDT
> Parents and students rally outside Chicago Public Schools headquarters, 42 W. Madison St., before the board meeting Thursday. (Terrence Mbatha-Reyes / Chicago Tribune)
O government Chicago Public Schools
L address 42 W. Madison St.
P full Terrence Mbatha-Reyes
O media Chicago Tribune
> The Chicago Board of Education voted 12-9 late Thursday to approve a $10.2 billion budget for Chicago Public Schools (CPS) that closes a $734 million deficit by cutting 410 central-office jobs, drawing $180 million from reserves and raising the district's property tax levy by 4.9%.
O government Chicago Board of Education
F number 12-9
F money $10.2 billion
O government Chicago Public Schools
O government CPS
F money $734 million
F number 410
F money $180 million
F percent 4.9%
> The vote came at 9:47 p.m., after more than five hours of public comment at district headquarters in the Loop, where 118 people had signed up to speak.
F time 9:47 p.m.
F duration five hours
L region Loop
F number 118
> "Nobody on this board wanted to make these choices," board President Marisol Benítez-Hartmann said before the vote. "But the federal relief money is gone, Springfield has not kept its promises, and the law says we pass a balanced budget."
Q direct Marisol Benítez-Hartmann :: "Nobody on this board wanted to make these choices,"
P full Marisol Benítez-Hartmann
Q direct Marisol Benítez-Hartmann :: "But the federal relief money is gone, Springfield has not kept its promises, and the law says we pass a balanced budget."
L city Springfield
> The budget cuts per-pupil funding at 63 schools where enrollment has fallen, most of them on the South Side and the West Side. The district enrolls about 298,000 students in 634 schools, down from 404,000 in 2012.
F number 63
L region South Side
L region West Side
F number 298,000
F number 634
F number 404,000
F date 2012
> Ald. Rosa Quintero-Lynch, whose 12th Ward includes Brighton Park and McKinley Park, said the cuts fall hardest on schools such as Kelly High School, which will lose nine teaching positions. "They call it 'right-sizing.' In my ward it means 38 kids in an algebra class," she said.
P full Rosa Quintero-Lynch
L region 12th Ward
L city Brighton Park
L city McKinley Park
O education Kelly High School
F number nine
Q direct Rosa Quintero-Lynch :: "They call it 'right-sizing.' In my ward it means 38 kids in an algebra class,"
F number 38
> Ald. Darnell Whitfield-Okafor, 24th, whose ward covers North Lawndale, called the levy increase "a tax on the people who can least afford it." He said the City Council would hold a hearing on the budget July 9 at City Hall, 121 N. LaSalle St.
P full Darnell Whitfield-Okafor
L city North Lawndale
Q direct Darnell Whitfield-Okafor :: "a tax on the people who can least afford it."
O government City Council
F date July 9
L facility City Hall
L address 121 N. LaSalle St.
> CPS CEO Howard Lindqvist-Amos said the central-office cuts would save $47 million a year and that no school-based teacher would lose a job. "Every dollar we cut downtown is a dollar we keep in a classroom," he said.
O government CPS
P full Howard Lindqvist-Amos
F money $47 million
Q direct Howard Lindqvist-Amos :: "Every dollar we cut downtown is a dollar we keep in a classroom,"
> The Chicago Teachers Union (CTU), whose contract runs through June 2043, said in a statement that the budget "protects classrooms for now" but warned that CPS faces a gap of more than $1 billion in the 2041-42 school year.
O nonprofit Chicago Teachers Union
O nonprofit CTU
F date June 2043
Q direct Chicago Teachers Union :: "protects classrooms for now"
O government CPS
F money $1 billion
F date 2041-42
> A board member who voted no, speaking on condition of anonymity to discuss private deliberations, said the district had "borrowed from next year to balance this one."
Q direct - :: "borrowed from next year to balance this one."
> Lupe Carrasco, 41, whose two children attend Kelly and nearby Shields Middle School, said she took the afternoon off work and waited six hours to speak for two minutes. "They listened to us the way you listen to the radio in traffic," she said.
P full Lupe Carrasco
F age 41
F number two
O education Kelly
O education Shields Middle School
F duration six hours
F duration two minutes
Q direct Lupe Carrasco :: "They listened to us the way you listen to the radio in traffic,"
'''

ARTICLES['1218-lough-neagh-phosphorus-plan-stormont-ministers-councils-bbc-news-ni'] = r'''
> Northern Ireland
L region Northern Ireland
> Lough Neagh: Ministers agree £48m plan to cut farm pollution
L geo Lough Neagh
F money £48m
> The plan aims to cut the phosphorus reaching the lough by 40% within 10 years, after three summers of toxic blue-green algae
F percent 40%
F duration 10 years
F number three
> Caoimhe Ní Bhraonáin
P full Caoimhe Ní Bhraonáin
> BBC News NI agriculture correspondent
O media BBC News NI
> Published 14 May 2040
F date 14 May 2040
> Image source, Pacemaker
O media Pacemaker
> Image caption, Algae on the shore at Oxford Island, County Armagh, in August 2039
L geo Oxford Island
L region County Armagh
F date August 2039
> Stormont ministers have agreed a £48m plan to cut farm pollution in Lough Neagh, the UK’s largest freshwater lake, after three summers in which blue-green algae turned parts of its shoreline into a foul-smelling “green soup”.
O government Stormont
F money £48m
L geo Lough Neagh
L country UK
F number three
Q scare - :: “green soup”
> The scheme, drawn up by the Department of Agriculture, Environment and Rural Affairs (Daera), will pay farmers in the lough’s catchment up to £3,000 each a year to fence off rivers, store slurry and cut the amount of phosphate fertiliser they spread.
O government Department of Agriculture, Environment and Rural Affairs
O government Daera
F money £3,000
> About 560 tonnes of phosphorus enter the lough every year, 62% of it from agriculture, according to the Agri-Food and Biosciences Institute (AFBI).
F quantity 560 tonnes
F percent 62%
O government Agri-Food and Biosciences Institute
O government AFBI
> Agriculture Minister Declan Ó Muirí said the plan was “the biggest clean-up of a lough in these islands”. “We did not get here in one summer and we will not get out of it in one summer,” he said. “But by 2050 people should be swimming at Antrim again.”
P full Declan Ó Muirí
Q direct Declan Ó Muirí :: “the biggest clean-up of a lough in these islands”
Q direct Declan Ó Muirí :: “We did not get here in one summer and we will not get out of it in one summer,”
F number one
F number one
Q direct Declan Ó Muirí :: “But by 2050 people should be swimming at Antrim again.”
F date 2050
L city Antrim
> Mr Ó Muirí said the money would come from Stormont’s budget over five years, with a further £12m from the UK government.
P partial Ó Muirí
O government Stormont
F duration five years
F money £12m
L country UK
> Farmers will also be banned from spreading slurry between 1 October and 31 January, two weeks longer than now, and the 9,000 farms in the catchment will have to test their soil every three years.
F date 1 October
F date 31 January
F duration two weeks
F number 9,000
F duration three years
> The Ulster Farmers’ Union (UFU) said its members were “willing to play their part” but that £48m was “nowhere near enough” to cover the cost of new slurry tanks, which it put at up to £85,000 per farm.
O nonprofit Ulster Farmers’ Union
O nonprofit UFU
Q direct Ulster Farmers’ Union :: “willing to play their part”
F money £48m
Q direct Ulster Farmers’ Union :: “nowhere near enough”
F money £85,000
> Five councils border the lough. Mid Ulster District Council and Armagh City, Banbridge and Craigavon Borough Council have each agreed to put £1.5m towards wetlands at the mouths of the Blackwater and the Upper Bann, which together carry about a third of the lough’s phosphorus.
F number Five
O government Mid Ulster District Council
O government Armagh City, Banbridge and Craigavon Borough Council
F money £1.5m
L geo Blackwater
L geo Upper Bann
F fraction a third
> NI Water, which runs 14 wastewater treatment works that discharge into the lough, said it would spend £210m upgrading them by 2046.
O company NI Water
F number 14
F money £210m
F date 2046
> At Ardboe, on the County Tyrone shore, eel fisherman Pádraig Quinn, 63, has fished the lough for 45 years. “My father used to say, ‘Look after the lough and it’ll look after you,’” he said. “We didn’t, and now look at it.”
L city Ardboe
L region County Tyrone
P full Pádraig Quinn
F age 63
F duration 45 years
Q direct Pádraig Quinn :: “My father used to say, ‘Look after the lough and it’ll look after you,’”
Q direct Pádraig Quinn :: “We didn’t, and now look at it.”
> A Daera official, who asked not to be named, told BBC News NI the department would publish water-quality figures for the lough every month from June. “If the numbers do not move in two years, ministers will have to go further,” the official said.
O government Daera
O media BBC News NI
Q direct - :: “If the numbers do not move in two years, ministers will have to go further,”
F duration two years
> Lough Neagh covers 151 square miles (392 sq km) and supplies about 40% of Northern Ireland’s drinking water.
L geo Lough Neagh
F quantity 151 square miles
F quantity 392 sq km
F percent 40%
L region Northern Ireland
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
