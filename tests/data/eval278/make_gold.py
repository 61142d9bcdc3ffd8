#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval278 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval278/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1711-nea-takeaway-container-charge-hawker-centres-maxwell-tampines-straits-times'] = r'''
> Singapore
L country Singapore
> Hawker centres to charge 20 cents for each takeaway box from July 2042
F money 20 cents
F date July 2042
> Stallholders fear half their regulars will grumble
F fraction half
> Ong Mei Xuan
P full Ong Mei Xuan
> Environment Correspondent
> UPDATED Sep 18, 2041, 06:25 PM
F date Sep 18, 2041
F time 06:25 PM
> Madam Koh Siew Eng, 67, has sold fishball noodles at Maxwell Food Centre for 31 years. ST PHOTO: LIM JIA HUI
P full Koh Siew Eng
F age 67
L facility Maxwell Food Centre
F duration 31 years
O media ST
P full LIM JIA HUI
> SINGAPORE – Diners who take away food from hawker centres will have to pay at least 20 cents for each disposable box or cup from July 1, 2042, under a rule announced by the National Environment Agency (NEA) on Wednesday.
L country SINGAPORE
F money 20 cents
F date July 1, 2042
O government National Environment Agency
O government NEA
> The charge will apply at all 121 hawker centres and at coffee shops and food courts with more than 10 stalls, NEA said. Stallholders keep the money but must report it every three months.
F number 121
F number 10
O government NEA
F duration three months
> NEA chief executive Yeo Hwee Ling said Singapore threw away about 200,000 tonnes of disposable food packaging in 2040, and that takeaway boxes and cups from hawker centres made up roughly a fifth of it.
O government NEA
P full Yeo Hwee Ling
L country Singapore
F quantity 200,000 tonnes
F date 2040
F fraction a fifth
> “We are not asking hawkers to pay more. We are asking every diner to think twice before saying ‘da bao’,” she said at a briefing at the Environment Building in Scotts Road. “Bring your own container and you pay nothing.”
Q direct Yeo Hwee Ling :: “We are not asking hawkers to pay more. We are asking every diner to think twice before saying ‘da bao’,”
Q direct Yeo Hwee Ling :: “Bring your own container and you pay nothing.”
L facility Environment Building
L street Scotts Road
> Ms Yeo, 52, said a pilot at Tampines Round Market & Food Centre and two other centres in 2040 cut the use of disposables by 38 per cent over six months.
P partial Yeo
F age 52
L facility Tampines Round Market & Food Centre
F number two
F date 2040
F percent 38 per cent
F duration six months
> At Maxwell Food Centre in Tanjong Pagar, Madam Koh, who has run her stall there since 2010, said about half of the 300 bowls she sells a day go out in boxes.
L facility Maxwell Food Centre
L city Tanjong Pagar
P partial Koh
F date 2010
F fraction half
F number 300
> “The office crowd will complain for one week, then they will get used to it,” she said in Mandarin. “But the aunties who buy for the whole family, six packets each time, they will feel it. For them it is $1.20 more.”
Q direct Koh Siew Eng :: “The office crowd will complain for one week, then they will get used to it,”
F duration one week
Q direct Koh Siew Eng :: “But the aunties who buy for the whole family, six packets each time, they will feel it. For them it is $1.20 more.”
F number six
F money $1.20
> She is not sure the 20-cent charge will cover the $450 she has spent on boxes since January. Several stalls nearby already give a 10-cent discount to so-called “BYO” customers.
F money 20-cent
F money $450
F money 10-cent
Q scare - :: “BYO”
> Mr Farid Osman, MP for Tampines Changkat, said NEA had agreed to exempt meals given out by volunteers to the elderly.
P full Farid Osman
L region Tampines Changkat
O government NEA
> “Nobody in Tampines should skip lunch because of 20 cents,” Mr Farid told The Straits Times. “But nobody should have to walk past bins full of plastic.”
Q direct Farid Osman :: “Nobody in Tampines should skip lunch because of 20 cents,”
L city Tampines
F money 20 cents
P partial Farid
O media The Straits Times
Q direct Farid Osman :: “But nobody should have to walk past bins full of plastic.”
> The charge is the latest step in a push to cut the waste sent to Semakau Landfill, which NEA now expects to fill up in the late 2040s.
L facility Semakau Landfill
O government NEA
F date 2040s
> Associate Professor Tan Wei Ming, an economist at the National University of Singapore (NUS), said similar charges in Taiwan and South Korea cut takeaway packaging by between 20 and 40 per cent within two years.
P full Tan Wei Ming
O education National University of Singapore
O education NUS
L country Taiwan
L country South Korea
F percent 20
F percent 40 per cent
F duration two years
> “Twenty cents is small enough that nobody goes hungry, but big enough that people notice,” said Prof Tan. “The ‘nudge’ only works if hawkers actually collect it. If they quietly absorb it, the rule is a sticker on the wall.
Q direct Tan Wei Ming :: “Twenty cents is small enough that nobody goes hungry, but big enough that people notice,”
F money Twenty cents
P partial Tan
Q direct Tan Wei Ming :: “The ‘nudge’ only works if hawkers actually collect it. If they quietly absorb it, the rule is a sticker on the wall.
> “NEA should publish the numbers every quarter, centre by centre.”
Q direct Tan Wei Ming :: “NEA should publish the numbers every quarter, centre by centre.”
O government NEA
> An operator of four food courts in the east, who declined to be named, called the 10-stall threshold "arbitrary".
F number four
Q direct - :: "arbitrary"
F number 10
> NEA said stallholders who fail to charge could be fined up to $500 for a first offence and $1,000 for later ones. A public consultation runs until Oct 31.
O government NEA
F money $500
F money $1,000
F date Oct 31
'''

ARTICLES['1712-peru-zinc-strike-pucarumi-mine-huallanca-ancash-cordillera-blanca-reuters'] = r'''
> Commodities
> Strike halts Peru's Pucarumi zinc mine as union rejects 3.5% wage offer
L country Peru
L facility Pucarumi
F percent 3.5%
> By Diego Alarcon Vela
P full Diego Alarcon Vela
> March 12, 2042 4:18 PM GMT-5 Updated 3 hours ago
F date March 12, 2042
F time 4:18 PM GMT-5
F duration 3 hours
> Trucks stand idle at the Pucarumi zinc mine near Huallanca, in Peru's Ancash region, March 12, 2042. REUTERS/Mariela Quispe
L facility Pucarumi
L city Huallanca
L country Peru
L region Ancash
F date March 12, 2042
O media REUTERS
P full Mariela Quispe
> LIMA, March 12 (Reuters) - About 1,400 workers at the Pucarumi zinc mine in Peru's Andes walked off the job on Tuesday, halting output at one of the country's biggest zinc operations after wage talks with owner Minera Cordillera Blanca broke down, the union said.
L city LIMA
F date March 12
O media Reuters
F number 1,400
L facility Pucarumi
L country Peru
L geo Andes
O company Minera Cordillera Blanca
> The stoppage is expected to last at least five days and could cost the company about 900 metric tons of zinc in concentrate a day, according to union estimates, tightening a market already short of ore after floods shut two Bolivian mines in January.
F duration five days
F quantity 900 metric tons
F number two
> Zinc for three-month delivery on the London Metal Exchange (LME) rose 2.3% to $3,184 a metric ton by 1542 GMT, its highest since Oct 4.
F duration three-month
O company London Metal Exchange
O company LME
F percent 2.3%
F money $3,184
F time 1542 GMT
F date Oct 4
> "We have given the company 18 months of patience. They offered us 3.5% when inflation in Ancash was running above 6%," union leader Wilmer Huaman Ccori told Reuters by phone from the mine gate. "Nobody goes back down until there is a serious offer."
Q direct Wilmer Huaman Ccori :: "We have given the company 18 months of patience. They offered us 3.5% when inflation in Ancash was running above 6%,"
F duration 18 months
F percent 3.5%
L region Ancash
F percent 6%
P full Wilmer Huaman Ccori
O media Reuters
Q direct Wilmer Huaman Ccori :: "Nobody goes back down until there is a serious offer."
> Huaman, who heads the Sindicato Unico de Trabajadores Mineros de Pucarumi, said the union wants a 9% raise and a one-off bonus of 25,000 soles ($6,700) per worker.
P partial Huaman
O nonprofit Sindicato Unico de Trabajadores Mineros de Pucarumi
F percent 9%
F money 25,000 soles
F money $6,700
> "The manager told us 'the price is not there yet,' but zinc is up 20% this year," he said.
Q direct Wilmer Huaman Ccori :: "The manager told us 'the price is not there yet,' but zinc is up 20% this year,"
F percent 20%
> Minera Cordillera Blanca, which is listed in Lima, called the strike "illegal" and said the offer was above the sector average. Chief executive Ana Lucia Ferreyros said in a statement the company had "contingency plans" to keep shipping concentrate from stockpiles at Callao for about two weeks.
O company Minera Cordillera Blanca
L city Lima
Q direct Minera Cordillera Blanca :: "illegal"
P full Ana Lucia Ferreyros
Q direct Ana Lucia Ferreyros :: "contingency plans"
L city Callao
F duration two weeks
> Pucarumi produced 312,000 tons of zinc in concentrate in 2041, about 18% of Peru's output, and employs another 2,100 contract workers who were not part of the walkout, the company said.
L facility Pucarumi
F quantity 312,000 tons
F date 2041
F percent 18%
L country Peru
F number 2,100
> A company manager, who asked not to be named because he was not authorized to speak to the media, said the mill had been shut down safely at 6 a.m. on Tuesday. "We can hold out longer than they can," he said.
F time 6 a.m.
Q direct - :: "We can hold out longer than they can,"
> Energy and Mines Minister Rosa Elvira Canchari said the Ministry of Energy and Mines had called both sides to talks in Lima on Monday.
P full Rosa Elvira Canchari
O government Ministry of Energy and Mines
L city Lima
> "The state will not let a dispute over a few soles stop a mine that pays taxes for the whole region," Canchari told reporters.
Q direct Rosa Elvira Canchari :: "The state will not let a dispute over a few soles stop a mine that pays taxes for the whole region,"
P partial Canchari
> Ancash receives half of the income tax Pucarumi pays under the so-called "canon minero," which funded two hospitals in Huaraz and Chimbote last year.
L region Ancash
F fraction half
L facility Pucarumi
Q scare - :: "canon minero,"
F number two
L city Huaraz
L city Chimbote
> Peru is the world's second-largest zinc producer after China. Analysts said a short strike would barely move global supply, but a long one would hurt smelters in Asia.
L country Peru
L country China
L continent Asia
> "A week is manageable. A month, and smelters in China and South Korea start scrambling for concentrate," said Tom Aldridge-Keane, an analyst at London-based Harrowgate Metals Research.
Q direct Tom Aldridge-Keane :: "A week is manageable. A month, and smelters in China and South Korea start scrambling for concentrate,"
L country China
L country South Korea
P full Tom Aldridge-Keane
L city London
O company Harrowgate Metals Research
> Aldridge-Keane estimated that the mine supplies 1.1% of global zinc mine output and said the market had been in deficit for nine months.
P partial Aldridge-Keane
F percent 1.1%
F duration nine months
> ($1 = 3.73 soles)
F money $1
F money 3.73 soles
> (Reporting by Diego Alarcon Vela in Lima and Mariela Quispe in Huallanca; Additional reporting by Clara Whitcombe in London; Editing by Helen Marchbank)
P full Diego Alarcon Vela
L city Lima
P full Mariela Quispe
L city Huallanca
P full Clara Whitcombe
L city London
P full Helen Marchbank
'''

ARTICLES['1713-arsenal-tottenham-2-1-okafor-bright-penalty-ferreira-save-emirates-stadium-the-athletic'] = r'''
> Premier League
O other Premier League
> Arsenal 2-1 Tottenham: Okafor-Bright Holds His Nerve From the Spot After Ferreira’s Penalty Save
O team Arsenal
F score 2-1
O team Tottenham
P partial Okafor-Bright
P partial Ferreira
> Two goals in the last 32 minutes turned the derby Arsenal’s way, and Tottenham were left to rue a penalty of their own
F number Two
F duration 32 minutes
O team Arsenal
O team Tottenham
> By Owen Tavistock
P full Owen Tavistock
> Nov 23, 2041
F date Nov 23, 2041
> Daniel Okafor-Bright celebrates his winning penalty in front of the Clock End at the Emirates Stadium. (Stuart Fenwick-Lowe / Getty Images)
P full Daniel Okafor-Bright
L facility Clock End
L facility Emirates Stadium
P full Stuart Fenwick-Lowe
O company Getty Images
> Daniel Okafor-Bright had missed from 12 yards against Chelsea in January. With three minutes of normal time left on Saturday, and 60,312 inside the Emirates Stadium holding their breath, the 24-year-old rolled his second penalty into the bottom corner.
P full Daniel Okafor-Bright
F quantity 12 yards
O team Chelsea
F duration three minutes
F number 60,312
L facility Emirates Stadium
F age 24-year-old
> It was his second goal of the afternoon, it won Arsenal the derby 2-1 and bragging rights in north London, and it lifted them to 31 points from 13 games, two clear of Liverpool at the top of the Premier League.
O team Arsenal
F score 2-1
L city London
F number 31
F number 13
F number two
O team Liverpool
O other Premier League
> Tottenham had led through Yuto Hasegawa’s 23rd-minute header, and for almost an hour they looked the sharper side. Arsenal had 63 percent of the ball but managed only two shots on target before the break.
O team Tottenham
P full Yuto Hasegawa
O team Arsenal
F percent 63 percent
F number two
> The turning point came on 40 minutes. Jonah Whitlock, the Spurs captain, was tripped by Kieran Maddox-Ogun and took the penalty himself, but Tomás Ferreira dived to his right to save it and then blocked Hasegawa’s follow-up from six yards.
F duration 40 minutes
P full Jonah Whitlock
O team Spurs
P full Kieran Maddox-Ogun
P full Tomás Ferreira
P partial Hasegawa
F quantity six yards
> Okafor-Bright equalised in the 58th minute, meeting a low cross from Ruairi McShane at the near post. Then, after 87 minutes, Destiny Ampofo-Lane pulled McShane’s shirt in the area and referee Graham Tull pointed to the spot.
P partial Okafor-Bright
P full Ruairi McShane
F duration 87 minutes
P full Destiny Ampofo-Lane
P partial McShane
P full Graham Tull
> “When Danny walked up I was not nervous, I promise you,” said Arsenal manager Pablo Ezcurra. “In January he missed, and the next morning he was the first one at the training ground, taking penalties until it was dark. I told him, ‘Next time it matters, you take it.’
Q direct Pablo Ezcurra :: “When Danny walked up I was not nervous, I promise you,”
P partial Danny
O team Arsenal
P full Pablo Ezcurra
Q direct Pablo Ezcurra :: “In January he missed, and the next morning he was the first one at the training ground, taking penalties until it was dark. I told him, ‘Next time it matters, you take it.’
> “So I am not surprised. I am proud. Against this team, in this stadium, with Tomás saving the first one, this is a day for the whole club.”
Q direct Pablo Ezcurra :: “So I am not surprised. I am proud. Against this team, in this stadium, with Tomás saving the first one, this is a day for the whole club.”
P partial Tomás
> Ezcurra, 51, said Ferreira’s save had “changed the temperature” of the afternoon.
P partial Ezcurra
F age 51
P partial Ferreira
Q direct Pablo Ezcurra :: “changed the temperature”
> Tottenham head coach Kasper Holm-Nielsen was less charitable about the decision that settled it. "It is a shirt. In every box in England there are 20 shirts being pulled," the Dane said. "If that is a penalty, we will see 10 penalties every game."
O team Tottenham
P full Kasper Holm-Nielsen
Q direct Kasper Holm-Nielsen :: "It is a shirt. In every box in England there are 20 shirts being pulled,"
L country England
F number 20
Q direct Kasper Holm-Nielsen :: "If that is a penalty, we will see 10 penalties every game."
F number 10
> He admitted that Whitlock’s miss had hurt more. “We had the game in our hands for 45 minutes,” he said. “Jonah is our captain and he will take the next one too.”
P partial Whitlock
Q direct Kasper Holm-Nielsen :: “We had the game in our hands for 45 minutes,”
F duration 45 minutes
Q direct Kasper Holm-Nielsen :: “Jonah is our captain and he will take the next one too.”
P partial Jonah
> Holm-Nielsen’s side have won two of their last seven league games and sit ninth on 19 points. One Tottenham staff member, walking to the team bus, put it more bluntly: “We are too nice in these games.”
P partial Holm-Nielsen
F number two
F number seven
F number 19
F number One
O team Tottenham
Q direct - :: “We are too nice in these games.”
> Okafor-Bright, signed from Ipswich Town for £48m in the summer of 2040, now has nine league goals. Supporters on the North Bank have started calling him “the Postman”, because he always delivers late.
P partial Okafor-Bright
O team Ipswich Town
F money £48m
F date 2040
F number nine
L facility North Bank
Q scare - :: “the Postman”
> “He is quiet, he works, he is 24 years old,” Ezcurra said. “Half of this squad is under 25. That is the scary part for everybody else.”
Q direct Pablo Ezcurra :: “He is quiet, he works, he is 24 years old,”
F age 24 years old
P partial Ezcurra
Q direct Pablo Ezcurra :: “Half of this squad is under 25. That is the scary part for everybody else.”
F fraction Half
F age 25
> Arsenal finished with 61 percent possession and 17 shots to Tottenham’s nine. They host Aston Villa on Dec 2 (3pm kick-off); Tottenham travel to Newcastle United the following day.
O team Arsenal
F percent 61 percent
F number 17
O team Tottenham
F number nine
O team Aston Villa
F date Dec 2
F time 3pm
O team Tottenham
O team Newcastle United
'''

ARTICLES['1714-bc-vancouver-housing-permit-fast-track-60-days-burnaby-sfu-globe-and-mail'] = r'''
> British Columbia
L region British Columbia
> B.C. to fast-track Vancouver housing permits, promising decisions within 60 days
L region B.C.
L city Vancouver
F duration 60 days
> Province says the $1.2-billion program will clear a backlog of 40,000 units; builders in Burnaby say they have heard such promises before
F money $1.2-billion
F number 40,000
L city Burnaby
> Mireille Sandhu-Lachance Vancouver
P full Mireille Sandhu-Lachance
L city Vancouver
> Published April 9, 2042 Updated 3 hours ago
F date April 9, 2042
F duration 3 hours
> A crane above a tower site on Kingsway in Burnaby, B.C., on April 8. DARRYL NAKAMURA-PAGE/THE GLOBE AND MAIL
L street Kingsway
L city Burnaby
L region B.C.
F date April 8
P full DARRYL NAKAMURA-PAGE
O media THE GLOBE AND MAIL
> British Columbia will guarantee a decision on most housing permits in Vancouver within 60 days, Housing Minister Leona Castellano-Reid announced Wednesday, as the province tries to clear a backlog that builders say adds up to $90,000 to a new condo.
L region British Columbia
L city Vancouver
F duration 60 days
P full Leona Castellano-Reid
F money $90,000
> Under the $1.2-billion program, which takes effect July 1, Victoria will pay for 240 extra plan checkers and inspectors, and any application for a building of up to six storeys that meets the city’s zoning will be approved automatically if staff miss the deadline. Ottawa is contributing $300-million of the cost.
F money $1.2-billion
F date July 1
L city Victoria
F number 240
F number six
L city Ottawa
F money $300-million
> “Right now a family waits longer for a permit than it takes to build the home,” Ms. Castellano-Reid said at a construction site in Mount Pleasant. “That is upside down, and we are going to turn it the right way up.”
Q direct Leona Castellano-Reid :: “Right now a family waits longer for a permit than it takes to build the home,”
P partial Castellano-Reid
L city Mount Pleasant
Q direct Leona Castellano-Reid :: “That is upside down, and we are going to turn it the right way up.”
> The province says about 40,000 units are stuck in Vancouver’s permit queue, and that the median wait for a six-storey rental building was 14 months in 2041, up from nine months in 2036.
F number 40,000
L city Vancouver
F number six
F duration 14 months
F date 2041
F duration nine months
F date 2036
> Vancouver Mayor Daniel Okuma, whose council asked for the change, said the city would hire 80 of the new staff. He said the fast track would also cover the so-called “missing middle”: townhouses and fourplexes on lots of about 4,000 square feet.
L city Vancouver
P full Daniel Okuma
F number 80
Q scare - :: “missing middle”
F quantity 4,000 square feet
> “We have asked Victoria for this for two years. I am not going to complain that it took them 24 months to say yes,” he said.
Q direct Daniel Okuma :: “We have asked Victoria for this for two years. I am not going to complain that it took them 24 months to say yes,”
L city Victoria
F duration two years
F duration 24 months
> In Burnaby, developer Sunil Grewal said his company, Brentwood-based Ridgeline Homes, waited 19 months for a permit for a 212-unit rental tower near Metrotown station and paid about $2.3-million in interest while it waited.
L city Burnaby
P full Sunil Grewal
L city Brentwood
O company Ridgeline Homes
F duration 19 months
F number 212
L facility Metrotown
F money $2.3-million
> “Every month of delay is about $120,000 on a project like that, and the buyer or the renter pays it in the end,” Mr. Grewal said. The program does not cover Burnaby, where his next project sits. “My tenants will not care which side of Boundary Road the permit office is on,” he said.
Q direct Sunil Grewal :: “Every month of delay is about $120,000 on a project like that, and the buyer or the renter pays it in the end,”
F money $120,000
P partial Grewal
L city Burnaby
Q direct Sunil Grewal :: “My tenants will not care which side of Boundary Road the permit office is on,”
L street Boundary Road
> Andrea Velásquez, an urban planner at Simon Fraser University (SFU), said deadlines rarely fix permitting. A study by SFU’s urban studies program found that about a third of Vancouver applications were sent back at least once because drawings were incomplete, she said.
P full Andrea Velásquez
O education Simon Fraser University
O education SFU
O education SFU
F fraction a third
L city Vancouver
> “If the city simply approves whatever lands on the desk after 60 days, you will get faster permits and worse buildings,” Dr. Velásquez said. “The real test is whether the ‘automatic’ approvals ever actually happen.”
Q direct Andrea Velásquez :: “If the city simply approves whatever lands on the desk after 60 days, you will get faster permits and worse buildings,”
F duration 60 days
P partial Velásquez
Q direct Andrea Velásquez :: “The real test is whether the ‘automatic’ approvals ever actually happen.”
> A city planning official, who was not authorized to speak publicly, said fewer than 5 per cent of applications would likely reach the deadline. “Nobody wants to be the one who lets a bad building through,” the official said.
F percent 5 per cent
Q direct - :: “Nobody wants to be the one who lets a bad building through,”
> The province expects the program to add 9,500 homes a year by 2044. Average rent for a two-bedroom apartment in Vancouver reached $3,450 a month in March, up 2.4 per cent from a year earlier, according to Canada Mortgage and Housing Corp.
F number 9,500
F date 2044
F number two
L city Vancouver
F money $3,450
F percent 2.4 per cent
O government Canada Mortgage and Housing Corp.
'''

ARTICLES['1715-dubai-metro-blue-line-tunnel-breakthrough-mirdif-rashidiya-rta-gulf-news'] = r'''
> Transport
> Dubai Metro Blue Line: tunnel boring machine breaks through at Mirdif after 14 months
L facility Blue Line
L city Mirdif
F duration 14 months
> Machine nicknamed "Al Ghaf" finished the 6.1km stretch from Al Rashidiya, RTA says
Q scare - :: "Al Ghaf"
F quantity 6.1km
L city Al Rashidiya
O government RTA
> Published: October 14, 2041 16:45
F date October 14, 2041
F time 16:45
> Ayesha Kareem Naqvi, Staff Reporter
P full Ayesha Kareem Naqvi
> The cutter head of the tunnel boring machine emerges at the Mirdif shaft on Monday. Image Credit: Arvind Pillai-Joseph/Gulf News
L city Mirdif
P full Arvind Pillai-Joseph
O media Gulf News
> Dubai: The first of two tunnel boring machines digging the underground section of the Dubai Metro Blue Line broke through at Mirdif at 9.40am on Monday, the Roads and Transport Authority (RTA) said, 14 months after it set off from Al Rashidiya.
L city Dubai
F number two
L facility Blue Line
L city Mirdif
F time 9.40am
O government Roads and Transport Authority
O government RTA
F duration 14 months
L city Al Rashidiya
> The 1,300-tonne machine, nicknamed "Al Ghaf" after the desert tree, has dug 6.1km of twin tunnels 28 metres below Tripoli Street and the Sheikh Mohammed Bin Zayed Road interchange, lining them with 30,500 concrete segments.
F quantity 1,300-tonne
Q scare - :: "Al Ghaf"
F quantity 6.1km
F quantity 28 metres
L street Tripoli Street
L street Sheikh Mohammed Bin Zayed Road
F number 30,500
> Eng. Saeed Mohammed Bin Huraiz, Director-General of the RTA, said the line was on budget at Dh21.8 billion. "We said the Blue Line would open in 2044, and nothing we saw underground today changes that," he said.
P full Saeed Mohammed Bin Huraiz
O government RTA
F money Dh21.8 billion
Q direct Saeed Mohammed Bin Huraiz :: "We said the Blue Line would open in 2044, and nothing we saw underground today changes that,"
L facility Blue Line
F date 2044
> Bin Huraiz said the 30km line will have 14 stations, link the Red Line and Green Line with Dubai Creek Harbour, International City and Dubai Silicon Oasis, and carry 200,000 passengers a day within three years of opening.
P partial Bin Huraiz
F quantity 30km
F number 14
L facility Red Line
L facility Green Line
L city Dubai Creek Harbour
L city International City
L city Dubai Silicon Oasis
F number 200,000
F duration three years
> The second machine, working from the other end, is about 800 metres behind and should reach Mirdif by mid-December, the RTA said. "Both drives together put us at 61 per cent of the tunnelling," the authority said in a statement.
F quantity 800 metres
L city Mirdif
O government RTA
Q direct Roads and Transport Authority :: "Both drives together put us at 61 per cent of the tunnelling,"
F percent 61 per cent
> Emre Kaya-Doğan, project manager for the Anatolia Gulf Tunnelling joint venture, said his crews had worked three shifts a day, seven days a week, through a summer of temperatures above 45 degrees Celsius.
P full Emre Kaya-Doğan
O company Anatolia Gulf Tunnelling
F number three
F duration seven days
F quantity 45 degrees Celsius
> "Underground it is 30 degrees and very humid, so the heat was never our biggest problem," he said. "The ground was. Near the old wadi we met soft sand and water, and for 11 days we moved only 40 centimetres a day. My engineers called that stretch 'the swamp'."
Q direct Emre Kaya-Doğan :: "Underground it is 30 degrees and very humid, so the heat was never our biggest problem,"
F quantity 30 degrees
Q direct Emre Kaya-Doğan :: "The ground was. Near the old wadi we met soft sand and water, and for 11 days we moved only 40 centimetres a day. My engineers called that stretch 'the swamp'."
F duration 11 days
F quantity 40 centimetres
> Residents of Mirdif, where three of the stations will be built, said the end of the digging could not come soon enough. Fatima Al Suwaidi, 38, who lives near Mirdif City Centre, said lanes on Algeria Street had been closed for most of the past year.
L city Mirdif
F number three
P full Fatima Al Suwaidi
F age 38
L facility Mirdif City Centre
L street Algeria Street
> "My son's school run went from 15 minutes to 40 minutes. When the trains come, I will take the metro to work in Festival City and leave the car at home," she said.
Q direct Fatima Al Suwaidi :: "My son's school run went from 15 minutes to 40 minutes. When the trains come, I will take the metro to work in Festival City and leave the car at home,"
F duration 15 minutes
F duration 40 minutes
L city Festival City
> Dr Rami Al Khatib, associate professor of civil engineering at the American University of Sharjah (AUS), said the Blue Line's 1.4km viaduct over Dubai Creek was a bigger engineering challenge than the tunnels.
P full Rami Al Khatib
O education American University of Sharjah
O education AUS
L facility Blue Line
F quantity 1.4km
L geo Dubai Creek
> "Boring through sand below a water table is something Dubai has done before. Building over the Creek while ships still pass underneath is harder," Al Khatib said.
Q direct Rami Al Khatib :: "Boring through sand below a water table is something Dubai has done before. Building over the Creek while ships still pass underneath is harder,"
L city Dubai
L geo Creek
P partial Al Khatib
> An RTA official, who asked not to be named, said work on the Creek viaduct was "about two months behind" but could be made up before the line opens.
O government RTA
L geo Creek
Q direct - :: "about two months behind"
F duration two months
> Traffic diversions on Tripoli Street will stay in place until March 2042, the RTA said.
L street Tripoli Street
F date March 2042
O government RTA
'''

ARTICLES['1716-tazara-rail-concession-review-zambezi-corridor-rail-kariakoo-udsm-the-citizen'] = r'''
> Business
> Govt Orders Review of Tazara Concession as Cargo Falls Short of Targets
O intergovernmental Tazara
> Zambezi Corridor Rail moved 640,000 tonnes in its second year against a promised 1.5 million tonnes
O company Zambezi Corridor Rail
F quantity 640,000 tonnes
F quantity 1.5 million tonnes
> By Halima Mussa Rajabu
P full Halima Mussa Rajabu
> Thursday, April 10, 2042
F date April 10, 2042
> Containers wait for wagons at the railway’s terminal on Nyerere Road in Dar es Salaam on Tuesday. PHOTO | ANTHONY SIAME
L street Nyerere Road
L city Dar es Salaam
P full ANTHONY SIAME
> Dar es Salaam. The government has ordered a review of the 30-year concession under which a private operator runs freight trains on the Tanzania-Zambia Railway, after cargo came in at less than half of what was promised.
L city Dar es Salaam
F duration 30-year
L facility Tanzania-Zambia Railway
F fraction half
> Transport minister Prof Hawa Salum Nkwera said on Tuesday that a team from the ministry, the Tanzania-Zambia Railway Authority (Tazara) and the Treasury would report by June 30 on whether Zambezi Corridor Rail Ltd (ZCR) had met the terms it signed in 2039.
P full Hawa Salum Nkwera
O intergovernmental Tanzania-Zambia Railway Authority
O intergovernmental Tazara
O government Treasury
F date June 30
O company Zambezi Corridor Rail Ltd
O company ZCR
F date 2039
> “We did not give away a national asset so that it could carry less than before,” Prof Nkwera told reporters in Dodoma. “If the operator misses the targets, the contract has clauses for that.”
Q direct Hawa Salum Nkwera :: “We did not give away a national asset so that it could carry less than before,”
P partial Nkwera
L city Dodoma
Q direct Hawa Salum Nkwera :: “If the operator misses the targets, the contract has clauses for that.”
> ZCR promised to invest $1.4 billion (about Sh3.6 trillion) and to move 1.5 million tonnes a year by its second year. Tazara figures show it moved 640,000 tonnes in the year to March, up 22 percent on the last year of state operation.
O company ZCR
F money $1.4 billion
F money Sh3.6 trillion
F quantity 1.5 million tonnes
O intergovernmental Tazara
F quantity 640,000 tonnes
F percent 22 percent
> Tazara managing director Eng Faraji Mwakalinga said the operator had brought in 12 locomotives, but stretches of the 1,860-kilometre line between Dar es Salaam and Kapiri Mposhi in Zambia still needed new sleepers. Trains are limited to 30km/h on parts of the track through the Kilombero valley, he said.
O intergovernmental Tazara
P full Faraji Mwakalinga
F number 12
F quantity 1,860-kilometre
L city Dar es Salaam
L city Kapiri Mposhi
L country Zambia
F quantity 30km/h
L geo Kilombero
> “Before the concession, a container took 21 days from Dar es Salaam to the Copperbelt. Now it is nine to 12 days. That is progress, but the track is still 1970s track,” he said.
Q direct Faraji Mwakalinga :: “Before the concession, a container took 21 days from Dar es Salaam to the Copperbelt. Now it is nine to 12 days. That is progress, but the track is still 1970s track,”
F duration 21 days
L city Dar es Salaam
L region Copperbelt
F duration nine
F duration 12 days
F date 1970s
> ZCR said in a statement that it had been “operating on a railway that is older than most of its drivers” and that volumes were hit by a three-week border closure at Tunduma in January.
O company ZCR
Q direct Zambezi Corridor Rail Ltd :: “operating on a railway that is older than most of its drivers”
F duration three-week
L city Tunduma
> In Kariakoo, clearing and forwarding agent Juma Said Mbaraka, 46, said nine in ten of his clients still send containers to Lubumbashi and Lusaka by road, though a truck costs about Sh9.5 million per container against Sh6.2 million by rail.
L city Kariakoo
P full Juma Said Mbaraka
F age 46
F number nine
F number ten
L city Lubumbashi
L city Lusaka
F money Sh9.5 million
F money Sh6.2 million
> “My customers tell me, ‘Juma, the train is cheap but the train is a lottery,’ ” Mr Mbaraka said. “A truck leaves on Monday and is in Lusaka on Friday. The train, nobody knows.”
Q direct Juma Said Mbaraka :: “My customers tell me, ‘Juma, the train is cheap but the train is a lottery,’ ”
P partial Juma
P partial Mbaraka
Q direct Juma Said Mbaraka :: “A truck leaves on Monday and is in Lusaka on Friday. The train, nobody knows.”
L city Lusaka
> Dr Emmanuel Lyimo, an economist at the University of Dar es Salaam (UDSM), said the review should look at the so-called “take-or-pay” payments the government made to ZCR last year, which he put at Sh41 billion.
P full Emmanuel Lyimo
O education University of Dar es Salaam
O education UDSM
Q scare - :: “take-or-pay”
O company ZCR
F money Sh41 billion
> “The operator keeps the profit and the public carries the risk. That is not a concession, that is a subsidy with a new name,” Dr Lyimo said. Zambia, which owns half of Tazara, should join any renegotiation, he added.
Q direct Emmanuel Lyimo :: “The operator keeps the profit and the public carries the risk. That is not a concession, that is a subsidy with a new name,”
P partial Lyimo
L country Zambia
F fraction half
O intergovernmental Tazara
> A senior official in the Ministry of Transport, who asked not to be named, ruled out cancellation. “We want the targets met, not a court case in London,” the official said.
O government Ministry of Transport
Q direct - :: “We want the targets met, not a court case in London,”
L city London
> Tanzania handled 3.2 million tonnes of transit cargo for Zambia, the Democratic Republic of Congo (DRC) and Malawi through the Dar es Salaam Port in 2041, according to the Tanzania Ports Authority (TPA).
L country Tanzania
F quantity 3.2 million tonnes
L country Zambia
L country Democratic Republic of Congo
L country DRC
L country Malawi
L facility Dar es Salaam Port
F date 2041
O government Tanzania Ports Authority
O government TPA
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
