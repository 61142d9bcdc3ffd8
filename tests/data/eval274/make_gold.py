#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval274 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval274/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1687-earthquake-insurance-rate-rise-northridge-san-fernando-valley-los-angeles-times'] = r'''
> California
L region California
> ‘I’m paying for a house I can barely insure’: Valley quake premiums jump 38%
Q direct Marisol Echeverría-Vance :: ‘I’m paying for a house I can barely insure’
L geo Valley
F percent 38%
> The California Earthquake Authority’s second rate increase in three years hits 212,000 policies in Los Angeles County, and one insurer is dropping quake coverage altogether.
O government California Earthquake Authority
F duration three years
F number 212,000
L region Los Angeles County
F number one
> By Tomasz Okafor-Reyes
P full Tomasz Okafor-Reyes
> Staff Writer
> March 9, 2042 5 AM PT
F date March 9, 2042
F time 5 AM PT
> Marisol Echeverría-Vance outside her home on Lindley Avenue in Northridge, which was red-tagged after the 1994 earthquake. (Gabriel Santoyo-Lin / Los Angeles Times)
P full Marisol Echeverría-Vance
L street Lindley Avenue
L city Northridge
F date 1994
P full Gabriel Santoyo-Lin
O media Los Angeles Times
> Homeowners across the San Fernando Valley will pay an average of 38% more for earthquake insurance starting July 1, after the California Earthquake Authority (CEA) won approval for the steepest rate increase in its 46-year history.
L geo San Fernando Valley
F percent 38%
F date July 1
O government California Earthquake Authority
O government CEA
F duration 46-year
> The increase, approved Friday by Insurance Commissioner Dolores Ybarra-Quinn, lifts the typical annual premium in ZIP codes around Northridge, Reseda and Sylmar from about $1,850 to $2,560, according to figures filed with the California Department of Insurance. Statewide, rates will rise 21.5% on the authority’s roughly 1.1 million policies.
P full Dolores Ybarra-Quinn
L city Northridge
L city Reseda
L city Sylmar
F money $1,850
F money $2,560
O government California Department of Insurance
F percent 21.5%
F number 1.1 million
> “Nobody likes this number, and I don’t either,” Ybarra-Quinn said at a hearing in Sacramento. “But the alternative is an authority that cannot pay claims after the big one. That is not a choice I’m willing to make for 1.1 million families.”
Q direct Dolores Ybarra-Quinn :: “Nobody likes this number, and I don’t either,”
Q direct Dolores Ybarra-Quinn :: “But the alternative is an authority that cannot pay claims after the big one. That is not a choice I’m willing to make for 1.1 million families.”
P partial Ybarra-Quinn
L city Sacramento
F number 1.1 million
> For Marisol Echeverría-Vance, 67, who has lived on Lindley Avenue since 1988, the arithmetic is brutal. Her premium will climb to $3,140 a year on a policy with a 15% deductible, meaning she would pay the first $97,000 of any repair herself.
P full Marisol Echeverría-Vance
F age 67
L street Lindley Avenue
F date 1988
F money $3,140
F percent 15%
F money $97,000
> “After the 1994 quake we lived in the garage for four months,” she said. “My pension went up 3% this year. This went up by more than a third.”
Q direct Marisol Echeverría-Vance :: “After the 1994 quake we lived in the garage for four months,”
Q direct Marisol Echeverría-Vance :: “My pension went up 3% this year. This went up by more than a third.”
F date 1994
F duration four months
F percent 3%
F fraction a third
> Only about 12% of Los Angeles County homeowners carry earthquake coverage, down from roughly a third in the late 1990s, said Ravi Anand-Whitaker, an economist at the UCLA Anderson School of Management.
F percent 12%
L region Los Angeles County
F fraction a third
F date 1990s
P full Ravi Anand-Whitaker
O education UCLA Anderson School of Management
> “What we are watching is a slow retreat from insurance in exactly the neighborhoods that shook hardest in 1994,” Anand-Whitaker said. “Prices go up, the people who can least afford a loss drop out. It’s a ‘death spiral’ in slow motion.”
Q direct Ravi Anand-Whitaker :: “What we are watching is a slow retreat from insurance in exactly the neighborhoods that shook hardest in 1994,”
Q direct Ravi Anand-Whitaker :: “Prices go up, the people who can least afford a loss drop out. It’s a ‘death spiral’ in slow motion.”
F date 1994
P partial Anand-Whitaker
> Worse off are the roughly 41,000 Valley homeowners insured through Sunridge Mutual, a Glendale-based company that said last month it would stop selling CEA policies and drop quake endorsements at renewal, beginning Sept. 1.
F number 41,000
L geo Valley
O company Sunridge Mutual
L city Glendale
O government CEA
F date Sept. 1
> Sunridge spokesperson Kelly Brandvold-Ortiz said the company had lost $212 million on California homeowners policies over five years. “We cannot keep offering coverage we lose money on,” she said in an email. “Our customers will have 75 days to find another carrier.”
O company Sunridge
P full Kelly Brandvold-Ortiz
F money $212 million
L region California
F duration five years
Q direct Kelly Brandvold-Ortiz :: “We cannot keep offering coverage we lose money on,”
Q direct Kelly Brandvold-Ortiz :: “Our customers will have 75 days to find another carrier.”
F duration 75 days
> Los Angeles has ordered retrofits of about 13,500 so-called “soft-story” apartment buildings since 2015, but the rule does not cover houses.
L city Los Angeles
F number 13,500
Q scare - :: “soft-story”
F date 2015
> The Valley Homeowners Alliance, a Van Nuys advocacy group, called the increase “a tax on living near a fault line”. A Department of Insurance official, who was not authorized to speak publicly, said the commissioner had cut the authority’s original request of 46% nearly in half. “This was the floor, not the ceiling,” the official said.
O nonprofit Valley Homeowners Alliance
L city Van Nuys
Q direct Valley Homeowners Alliance :: “a tax on living near a fault line”
O government Department of Insurance
F percent 46%
F fraction half
Q direct - :: “This was the floor, not the ceiling,”
> The new rates take effect at 12:01 a.m. on July 1.
F time 12:01 a.m.
F date July 1
> Echeverría-Vance said she would keep her policy. The house, a 1,600-square-foot ranch built in 1957, is all she has to leave her two grandchildren. “If it comes down,” she said, “at least I’ll know I tried.”
P partial Echeverría-Vance
F quantity 1,600-square-foot
F date 1957
F number two
Q direct Marisol Echeverría-Vance :: “If it comes down,”
Q direct Marisol Echeverría-Vance :: “at least I’ll know I tried.”
'''

ARTICLES['1688-seoul-subway-fare-rise-seoul-metro-deficit-gangnam-commuters-korea-herald'] = r'''
> National
> Seoul subway base fare to rise W250 to W1,800 in June
L city Seoul
F money W250
F money W1,800
> Seoul Metro cites W1.12tr deficit; commuters, KDI economist question timing
O company Seoul Metro
F money W1.12tr
O nonprofit KDI
> By Shin Ha-yoon
P full Shin Ha-yoon
> Published : Mar 3, 2042 - 15:20 Updated : Mar 3, 2042 - 18:05
F date Mar 3, 2042
F time 15:20
F date Mar 3, 2042
F time 18:05
> Commuters board a Line 2 train at Gangnam Station in Seoul on Tuesday. (Yonhap)
L facility Line 2
L facility Gangnam Station
L city Seoul
O media Yonhap
> Seoul will raise the basic subway fare by 250 won to 1,800 won from June 27, the first increase in four years, the Seoul Metropolitan Government said Tuesday, after operator Seoul Metro's deficit swelled to 1.12 trillion won ($815 million) last year.
L city Seoul
F money 250 won
F money 1,800 won
F date June 27
F duration four years
O government Seoul Metropolitan Government
O company Seoul Metro
F money 1.12 trillion won
F money $815 million
> The 16.1 percent rise applies to adult transit-card fares on lines 1 to 8, which Seoul Metro runs, the city said. Fares for teenagers will go up 150 won to 1,050 won, while riders aged 65 and older keep their so-called "silver pass" and ride free.
F percent 16.1 percent
O company Seoul Metro
F money 150 won
F money 1,050 won
F age 65
Q scare - :: "silver pass"
> "We have held the fare while electricity, wages and the cost of free rides for seniors all went up," said Yoon Dae-hyun, head of finance at Seoul Metro. "Every passenger now costs us about 2,100 won to carry, and we collect about 1,250 won.
Q direct Yoon Dae-hyun :: "We have held the fare while electricity, wages and the cost of free rides for seniors all went up,"
P full Yoon Dae-hyun
O company Seoul Metro
Q direct Yoon Dae-hyun :: "Every passenger now costs us about 2,100 won to carry, and we collect about 1,250 won.
F money 2,100 won
F money 1,250 won
> "Without this adjustment, we would have to delay replacing trains built in the 1990s. Safety has to come first."
Q direct Yoon Dae-hyun :: "Without this adjustment, we would have to delay replacing trains built in the 1990s. Safety has to come first."
F date 1990s
> Mayor Kwon Soo-jeong said the city had absorbed the cost for as long as it could. "I know 250 won is not small for a family that rides every day," Kwon told reporters at Seoul City Hall. "We will expand the monthly pass so that heavy users pay less, not more."
P full Kwon Soo-jeong
Q direct Kwon Soo-jeong :: "I know 250 won is not small for a family that rides every day,"
F money 250 won
P partial Kwon
L facility Seoul City Hall
Q direct Kwon Soo-jeong :: "We will expand the monthly pass so that heavy users pay less, not more."
> Lee Min-seo, 34, who commutes from Ilsan to an office in Yeoksam-dong, Gangnam-gu, said the rise would add about 12,000 won to her monthly bill. "My salary didn't go up 16 percent. Nobody's did," she said. "They keep telling us 'it's only a few hundred won.' It adds up."
P full Lee Min-seo
F age 34
L city Ilsan
L city Yeoksam-dong
L region Gangnam-gu
F money 12,000 won
Q direct Lee Min-seo :: "My salary didn't go up 16 percent. Nobody's did,"
F percent 16 percent
Q direct Lee Min-seo :: "They keep telling us 'it's only a few hundred won.' It adds up."
> Seoul Metro carried an average of 7.2 million passengers a day last year across its 275 stations and about 310 kilometers of track, still roughly 4 percent below 2019 levels.
O company Seoul Metro
F number 7.2 million
F number 275
F quantity 310 kilometers
F percent 4 percent
F date 2019
> Choi Eun-taek, a senior fellow at the Korea Development Institute, said the timing was awkward, with consumer prices up 3.1 percent on-year in February. "Transport costs feed straight into inflation expectations," Choi said. "A hike of this size could add 0.1 percentage point to the headline figure."
P full Choi Eun-taek
O nonprofit Korea Development Institute
F percent 3.1 percent
Q direct Choi Eun-taek :: "Transport costs feed straight into inflation expectations,"
P partial Choi
Q direct Choi Eun-taek :: "A hike of this size could add 0.1 percentage point to the headline figure."
F percent 0.1 percentage point
> KDI has estimated that each 100-won increase cuts ridership by about 0.8 percent, or nearly 60,000 trips a day across the network, he added.
O nonprofit KDI
F money 100-won
F percent 0.8 percent
F number 60,000
> An official at the Ministry of Economy and Finance, who asked not to be named, said the government had asked local authorities to "spread out" utility and transit rate increases. "We respect Seoul's decision, but the timing is theirs to explain," the official said.
O government Ministry of Economy and Finance
Q direct - :: "spread out"
Q direct - :: "We respect Seoul's decision, but the timing is theirs to explain,"
L city Seoul
> The fare plan goes to a public hearing on March 24 and must be reviewed by the Seoul Metropolitan Council, whose 112 members meet in April.
F date March 24
O government Seoul Metropolitan Council
F number 112
> shinhy@heraldcorp.com
'''

ARTICLES['1689-celtic-rangers-mackintosh-double-kovacs-red-card-celtic-park-guardian'] = r'''
> Scottish Premiership
O other Scottish Premiership
> Celtic 2-1 Rangers: Mackintosh double sends champions eight points clear
O team Celtic
F score 2-1
O team Rangers
P partial Mackintosh
F number eight
> Mackintosh scores either side of Kovács red card; Rangers manager Haverty: ‘You can’t do that here’
P partial Mackintosh
P partial Kovács
O team Rangers
P partial Haverty
Q direct Niall Haverty :: ‘You can’t do that here’
> Euan Gillanders at Celtic Park
P full Euan Gillanders
L facility Celtic Park
> Sun 2 Mar 2042 15.02 GMT
F date 2 Mar 2042
F time 15.02 GMT
> Ruairidh Mackintosh celebrates his second goal in front of the Celtic fans. Photograph: Craig Soutar-Bell/SNS Group
P full Ruairidh Mackintosh
O team Celtic
P full Craig Soutar-Bell
O media SNS Group
> Celtic moved eight points clear at the top of the Scottish Premiership after Ruairidh Mackintosh’s two goals gave them a 2-1 win over 10-man Rangers in front of 59,412 at Celtic Park on Sunday.
O team Celtic
F number eight
O other Scottish Premiership
P full Ruairidh Mackintosh
F number two
F score 2-1
F number 10
O team Rangers
F number 59,412
L facility Celtic Park
> The 24-year-old from Dingwall opened the scoring in the 14th minute, meeting Oskar Lindqvist’s cross with a low finish at the near post, and the visitors’ afternoon began to unravel five minutes before half-time, when Dániel Kovács was shown a straight red card for a lunge on Callum Reidford.
F age 24-year-old
L city Dingwall
P full Oskar Lindqvist
F duration five minutes
P full Dániel Kovács
P full Callum Reidford
> Rangers, who had won three of the previous four meetings, equalised against the run of play on 58 minutes through Tobi Adeyemi-Clarke, whose 25-yard free-kick dipped over the wall and beyond Pieter van Straelen. For 15 minutes the away end, home to 2,800 supporters, sensed something.
O team Rangers
F number three
F number four
F duration 58 minutes
P full Tobi Adeyemi-Clarke
F quantity 25-yard
P full Pieter van Straelen
F duration 15 minutes
F number 2,800
> It lasted until the 77th minute. Lindqvist again found space down the right and Mackintosh, arriving late, headed in his 19th league goal of the season.
P partial Lindqvist
P partial Mackintosh
> “Ruairidh does that every week in training, so it doesn’t surprise me,” said the Celtic manager, Søren Aalbæk. “He has a gift for arriving at the right moment.”
Q direct Søren Aalbæk :: “Ruairidh does that every week in training, so it doesn’t surprise me,”
P partial Ruairidh
O team Celtic
P full Søren Aalbæk
Q direct Søren Aalbæk :: “He has a gift for arriving at the right moment.”
> The Dane was just as pleased with his side’s patience. “At 1-1, with a man extra, the worst thing is to panic. I told them at half-time: ‘Keep the ball, move them, the space will come.’ It took a while.
Q direct Søren Aalbæk :: “At 1-1, with a man extra, the worst thing is to panic. I told them at half-time: ‘Keep the ball, move them, the space will come.’ It took a while.
F score 1-1
> “Eight points is nice, but there are 11 games left and I have been in Scotland long enough to know nothing is decided in March.”
Q direct Søren Aalbæk :: “Eight points is nice, but there are 11 games left and I have been in Scotland long enough to know nothing is decided in March.”
F number Eight
F number 11
L country Scotland
> Niall Haverty, the Rangers manager, did not dispute the red card. “It’s a red, no complaints. Dániel knows it,” he said. “But we gave them the first goal and we gave them the second. You can’t do that here.”
P full Niall Haverty
O team Rangers
Q direct Niall Haverty :: “It’s a red, no complaints. Dániel knows it,”
P partial Dániel
Q direct Niall Haverty :: “But we gave them the first goal and we gave them the second. You can’t do that here.”
> Haverty’s side remain second on 58 points from 27 games, with Hearts a further six points back after their 3-0 win over Motherwell on Saturday.
P partial Haverty
F number 58
F number 27
O team Hearts
F number six
F score 3-0
O team Motherwell
> The match was the first at Celtic Park under the league’s “semi-automated” offside system, which took 94 seconds to rule out a Rangers goal in the 40th minute. Police Scotland reported four arrests inside the stadium and two outside; kick-off had been moved to 12.30pm at the force’s request.
L facility Celtic Park
Q scare - :: “semi-automated”
F duration 94 seconds
O team Rangers
O government Police Scotland
F number four
F number two
F time 12.30pm
> Aalbæk’s side have taken 22 points from a possible 24 since the winter break, and Mackintosh has now scored in seven consecutive league matches.
P partial Aalbæk
F number 22
F number 24
P partial Mackintosh
F number seven
> Mackintosh, who grew up a Celtic supporter in Ross-shire, said he had dreamed of the moment “since I was six years old”.
P partial Mackintosh
O team Celtic
L region Ross-shire
Q direct Ruairidh Mackintosh :: “since I was six years old”
F age six years old
'''

ARTICLES['1690-eacop-pipeline-uganda-section-welding-complete-hoima-kikuube-the-eastafrican'] = r'''
> East Africa
L region East Africa
> Uganda completes 296km stretch of EACOP, but Kikuube farmers still wait for pay
L country Uganda
F quantity 296km
L facility EACOP
L region Kikuube
> Welding of the Ugandan section of the $5 billion crude line is done; about 140 households say their compensation is outstanding
F money $5 billion
F number 140
> By ISAAC MUGENYI BYARUHANGA
P full ISAAC MUGENYI BYARUHANGA
> Saturday, February 14, 2043
F date February 14, 2043
> Workers lower a section of pipe into a trench near Kabaale, Hoima District, on February 10. PHOTO | ISAAC MUGENYI BYARUHANGA
L city Kabaale
L region Hoima District
F date February 10
P full ISAAC MUGENYI BYARUHANGA
> Uganda has finished welding all 296 kilometres of its section of the East African Crude Oil Pipeline (EACOP), the Ministry of Energy and Mineral Development said on Thursday, leaving the 1,443km line from Kabaale, near Hoima, to the port of Tanga unfinished only on the Tanzanian side.
L country Uganda
F quantity 296 kilometres
L facility East African Crude Oil Pipeline
L facility EACOP
O government Ministry of Energy and Mineral Development
F quantity 1,443km
L city Kabaale
L city Hoima
L city Tanga
> “This is a milestone for the country. The last weld on our side was made at 4.30pm on Tuesday at Kasenyi, and hydrotesting will take another three months,” said Eng Peninah Atwongyeire, the ministry’s commissioner for midstream petroleum.
Q direct Peninah Atwongyeire :: “This is a milestone for the country. The last weld on our side was made at 4.30pm on Tuesday at Kasenyi, and hydrotesting will take another three months,”
F time 4.30pm
L city Kasenyi
F duration three months
P full Peninah Atwongyeire
> She said first oil from the Lake Albert fields was now expected in 2044, with the line carrying up to 246,000 barrels per day at peak. About 2,100 Ugandans worked on the pipe-laying, a quarter of them from Hoima and Kikuube districts.
L geo Lake Albert
F date 2044
F quantity 246,000 barrels per day
F number 2,100
F fraction a quarter
L region Hoima
L region Kikuube
> Ms Atwongyeire said the line, dubbed the “world’s longest heated pipeline”, will be kept at about 50 degrees Celsius along its length so the waxy crude keeps flowing, and is buried at least 1.8 metres deep.
P partial Atwongyeire
Q scare - :: “world’s longest heated pipeline”
F quantity 50 degrees Celsius
F quantity 1.8 metres
> TotalEnergies, which holds 62 per cent of the pipeline company, said in a statement that the project had “met the highest international standards” on land acquisition and that 99.4 per cent of the 3,660 affected households in Uganda had signed compensation agreements.
O company TotalEnergies
F percent 62 per cent
Q direct TotalEnergies :: “met the highest international standards”
F percent 99.4 per cent
F number 3,660
L country Uganda
> “We have not cut corners to meet a date. Every household that has a complaint has a channel, and we answer within 30 days,” said Brenda Akello-Nsubuga, a spokesperson for TotalEnergies EP Uganda in Kampala.
Q direct Brenda Akello-Nsubuga :: “We have not cut corners to meet a date. Every household that has a complaint has a channel, and we answer within 30 days,”
F duration 30 days
P full Brenda Akello-Nsubuga
O company TotalEnergies EP Uganda
L city Kampala
> In Kyangwali sub-county, Kikuube District, the mood is less festive. Jovanice Tibaijuka, 58, who grows cassava and beans on three acres beside the pipeline corridor, is still waiting for Shs14.6 million for the strip of land the line crosses.
L region Kyangwali
L region Kikuube District
P full Jovanice Tibaijuka
F age 58
F quantity three acres
F money Shs14.6 million
> “They came with papers in 2040. They told us, ‘Sign now, the money is coming.’ Three years later I have planted nothing on that land and I have received nothing,” she said.
Q direct Jovanice Tibaijuka :: “They came with papers in 2040. They told us, ‘Sign now, the money is coming.’ Three years later I have planted nothing on that land and I have received nothing,”
F date 2040
F duration Three years
> Dickson Ssekandi-Mwesige, who coordinates the Kampala-based Albertine Citizens’ Oil Watch (ACOW), said at least 140 households in Kikuube and Hoima were contesting valuations, some of them set at Shs2,500 per square metre. “The pipeline is running on time. The people are not,” he said.
P full Dickson Ssekandi-Mwesige
L city Kampala
O nonprofit Albertine Citizens’ Oil Watch
O nonprofit ACOW
F number 140
L region Kikuube
L region Hoima
F money Shs2,500
Q direct Dickson Ssekandi-Mwesige :: “The pipeline is running on time. The people are not,”
> ACOW says two families in Buseruka were moved to resettlement houses that flooded twice last year.
O nonprofit ACOW
F number two
L city Buseruka
> An official at the Petroleum Authority of Uganda (PAU), who asked not to be named, said the disputed payments were “a small number of cases” before the courts and would not delay the project. “Nobody will be left behind,” the official said.
O government Petroleum Authority of Uganda
O government PAU
Q direct - :: “a small number of cases”
Q direct - :: “Nobody will be left behind,”
> About 60 per cent of the $5 billion cost is financed by loans. Tanzania’s 1,147km section, from Mutukula on the border to Chongoleani near Tanga, is expected to be finished by December 2043.
F percent 60 per cent
F money $5 billion
L country Tanzania
F quantity 1,147km
L city Mutukula
L city Chongoleani
L city Tanga
F date December 2043
'''

ARTICLES['1691-nsw-teachers-pay-deal-14-per-cent-teachers-federation-blacktown-smh'] = r'''
> Education
> ‘Finally, we’re being heard’: NSW teachers win 14 per cent pay deal
Q direct Andrew Kiriakidis-Flynn :: ‘Finally, we’re being heard’
L region NSW
F percent 14 per cent
> Public school teachers will get rises of up to $17,400 over three years, but principals warn the deal alone will not fill 1,900 vacancies.
F money $17,400
F duration three years
F number 1,900
> By Harriet Lowe-Nakamura
P full Harriet Lowe-Nakamura
> March 12, 2042 — 5.00am
F date March 12, 2042
F time 5.00am
> Teachers rallied outside Parliament House on Macquarie Street in February. Credit: Dominic Ferrante
L facility Parliament House
L street Macquarie Street
P full Dominic Ferrante
> About 95,000 NSW public school teachers will receive pay rises totalling 14 per cent over three years under a deal struck overnight between the state government and the NSW Teachers Federation, ending a dispute that led to two one-day strikes this year.
F number 95,000
L region NSW
F percent 14 per cent
F duration three years
O nonprofit NSW Teachers Federation
F number two
F duration one-day
> Under the agreement, the salary of a top-of-scale classroom teacher will rise from $132,600 to $150,000 by October 2044, while graduates will start on $94,800, up 6.5 per cent, from the first pay period after July 1.
F money $132,600
F money $150,000
F date October 2044
F money $94,800
F percent 6.5 per cent
F date July 1
> Education Minister Caitlin Moreau-Singh said the deal would cost $3.1 billion over the forward estimates and was “the fairest offer any NSW government has put on the table”.
P full Caitlin Moreau-Singh
F money $3.1 billion
Q direct Caitlin Moreau-Singh :: “the fairest offer any NSW government has put on the table”
L region NSW
> “We have heard teachers loud and clear. This is about keeping good people in the classroom and getting new ones through the door,” Moreau-Singh told the Herald. “I won’t pretend it fixes everything overnight.”
Q direct Caitlin Moreau-Singh :: “We have heard teachers loud and clear. This is about keeping good people in the classroom and getting new ones through the door,”
P partial Moreau-Singh
O media Herald
Q direct Caitlin Moreau-Singh :: “I won’t pretend it fixes everything overnight.”
> Federation president Andrew Kiriakidis-Flynn, who will put the offer to a meeting of members later this month, said it was the union’s biggest win since 2008. “Finally, we’re being heard. For a decade our members were told to wait, and then told to be grateful,” he said.
O nonprofit Federation
P full Andrew Kiriakidis-Flynn
F date 2008
Q direct Andrew Kiriakidis-Flynn :: “Finally, we’re being heard. For a decade our members were told to wait, and then told to be grateful,”
> “Teachers have not forgotten the ‘wage cap years’. Neither will the next 20,000 graduates we need to attract.”
Q direct Andrew Kiriakidis-Flynn :: “Teachers have not forgotten the ‘wage cap years’. Neither will the next 20,000 graduates we need to attract.”
F number 20,000
> The federation had originally sought 18 per cent over two years, and its members rejected a 9 per cent offer in November.
F percent 18 per cent
F duration two years
F percent 9 per cent
> The so-called “teacher drought” is worst in Sydney’s west. At Bungarribee Fields Public School in Blacktown, principal Gemma Oyelaran-Ward has four classes without a permanent teacher and has been combining two groups of 30 in the library twice a week.
Q scare - :: “teacher drought”
L city Sydney
O education Bungarribee Fields Public School
L city Blacktown
P full Gemma Oyelaran-Ward
F number four
F number two
F number 30
> “The money matters, but money alone won’t fix it,” said Ms Oyelaran-Ward, 51. “I had a graduate leave after three weeks for a job in Dubai that pays $40,000 more.”
Q direct Gemma Oyelaran-Ward :: “The money matters, but money alone won’t fix it,”
P partial Oyelaran-Ward
F age 51
Q direct Gemma Oyelaran-Ward :: “I had a graduate leave after three weeks for a job in Dubai that pays $40,000 more.”
F duration three weeks
L city Dubai
F money $40,000
> Dr Sunil Marchetti-Obi, a labour economist at the University of Sydney, said the deal put NSW teachers back ahead of their peers in Victoria and Queensland, but only by 2-3 per cent. “After a decade of real wage falls, this restores roughly two-thirds of what was lost,” he said.
P full Sunil Marchetti-Obi
O education University of Sydney
L region NSW
L region Victoria
L region Queensland
F percent 2-3 per cent
Q direct Sunil Marchetti-Obi :: “After a decade of real wage falls, this restores roughly two-thirds of what was lost,”
F fraction two-thirds
> A senior Treasury official, speaking on condition of anonymity, said the government had budgeted for 3.5 per cent a year and the rest would be met by “savings elsewhere”. The Department of Education said 2,300 teachers resigned last year, half of them in their first five years.
O government Treasury
F percent 3.5 per cent
Q direct - :: “savings elsewhere”
O government Department of Education
F number 2,300
F fraction half
F duration five years
> Members will vote at Sydney Town Hall at 9.30am on March 21.
L facility Sydney Town Hall
F time 9.30am
F date March 21
'''

ARTICLES['1692-romanian-farmers-blockade-siret-border-crossing-ukraine-trucks-reuters'] = r'''
> Europe
L continent Europe
> Romanian Farmers Block Siret Crossing to Ukraine, Trucks Queue for 30 Km
L city Siret
L country Ukraine
F quantity 30 Km
> By Radu Pârvulescu-Ionescu and Olena Havrylchuk
P full Radu Pârvulescu-Ionescu
P full Olena Havrylchuk
> March 4, 2043 3:42 PM GMT+2
F date March 4, 2043
F time 3:42 PM GMT+2
> Trucks queue near the Siret-Porubne border crossing between Romania and Ukraine, March 3, 2043. REUTERS/Andrei Cozmâncă
L city Siret
L city Porubne
L country Romania
L country Ukraine
F date March 3, 2043
O media REUTERS
P full Andrei Cozmâncă
> SIRET, Romania, March 4 (Reuters) - Hundreds of Romanian farmers blocked the main road crossing into Ukraine at Siret for a third day on Wednesday, leaving a queue of some 1,400 trucks stretching 30 kilometres back into Ukraine, in protest at what they called a "flood" of cheap Ukrainian grain.
L city SIRET
L country Romania
F date March 4
O media Reuters
L country Ukraine
L city Siret
F number 1,400
F quantity 30 kilometres
L country Ukraine
Q direct - :: "flood"
> "We are not against Ukraine. We are against being ruined," said Costel Bârzoi-Matei, president of the National Farmers' Federation of Romania (FNFR), standing beside a tractor at the barrier. "Wheat sells for 850 lei a tonne in Suceava. It costs me 1,100 lei to grow it."
Q direct Costel Bârzoi-Matei :: "We are not against Ukraine. We are against being ruined,"
L country Ukraine
P full Costel Bârzoi-Matei
O nonprofit National Farmers' Federation of Romania
O nonprofit FNFR
Q direct Costel Bârzoi-Matei :: "Wheat sells for 850 lei a tonne in Suceava. It costs me 1,100 lei to grow it."
F money 850 lei
L city Suceava
F money 1,100 lei
> The FNFR wants Bucharest to restore a ban on Ukrainian wheat, maize, sunflower and rapeseed that expired on Feb. 28, and to pay 2,000 lei ($430) per hectare in compensation to farmers in the five counties nearest the border.
O nonprofit FNFR
L city Bucharest
F date Feb. 28
F money 2,000 lei
F money $430
F number five
> Mykola Hnatiuk, a 46-year-old driver from Chernivtsi hauling 22 tonnes of sunflower oil to Hungary, said he had been in the queue for 51 hours. "There is no toilet, no water. We are not the ones buying their grain," he said by telephone.
P full Mykola Hnatiuk
F age 46-year-old
L city Chernivtsi
F quantity 22 tonnes
L country Hungary
F duration 51 hours
Q direct Mykola Hnatiuk :: "There is no toilet, no water. We are not the ones buying their grain,"
> Ukraine's association of international hauliers said the blockade was costing its members about 1.5 million euros ($1.6 million) a day.
L country Ukraine
F money 1.5 million euros
F money $1.6 million
> Agriculture Minister Ionela Vâlcu-Dragomir told reporters in Bucharest on Tuesday evening that the government would pay 1.2 billion lei ($258 million) in direct aid to grain farmers by June, but would not reimpose the ban. "Romania cannot close its border on its own. This is a European problem and it needs a European answer," she said.
P full Ionela Vâlcu-Dragomir
L city Bucharest
F money 1.2 billion lei
F money $258 million
Q direct Ionela Vâlcu-Dragomir :: "Romania cannot close its border on its own. This is a European problem and it needs a European answer,"
L country Romania
> European Commission spokesperson Henrik Lauridsen-Vogt said Brussels was "in close contact" with Bucharest and Kyiv. "Unilateral measures by member states are not acceptable under the EU's trade agreement with Ukraine," he told a briefing, adding that the Commission had seen "no indication" of serious market disruption.
O intergovernmental European Commission
P full Henrik Lauridsen-Vogt
L city Brussels
Q direct Henrik Lauridsen-Vogt :: "in close contact"
L city Bucharest
L city Kyiv
Q direct Henrik Lauridsen-Vogt :: "Unilateral measures by member states are not acceptable under the EU's trade agreement with Ukraine,"
O intergovernmental EU
L country Ukraine
O intergovernmental Commission
Q direct Henrik Lauridsen-Vogt :: "no indication"
> Ukraine shipped 4.6 million tonnes of grain through Romania last year, 38% more than in 2041, according to Romania's National Institute of Statistics (INS). About a quarter crossed at Siret; the rest moved by barge down the Danube to the Black Sea port of Constanta.
L country Ukraine
F quantity 4.6 million tonnes
L country Romania
F percent 38%
F date 2041
L country Romania
O government National Institute of Statistics
O government INS
F fraction a quarter
L city Siret
L geo Danube
L geo Black Sea
L city Constanta
> A border police officer, who asked not to be named because he was not authorised to speak to the media, said cars and buses were still using a separate lane, with waits of three to four hours. "Trucks are a different story," he said.
F duration three
F duration four hours
Q direct - :: "Trucks are a different story,"
> The farmers said they would hold the crossing until at least 6 p.m. on Friday, March 6, when union leaders are due to meet ministry officials in Iasi, some 150 km to the south.
F time 6 p.m.
F date March 6
L city Iasi
F quantity 150 km
> (Reporting by Radu Pârvulescu-Ionescu in Siret and Olena Havrylchuk in Kyiv; Editing by Tomas Brandt-Haugen)
P full Radu Pârvulescu-Ionescu
L city Siret
P full Olena Havrylchuk
L city Kyiv
P full Tomas Brandt-Haugen
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
