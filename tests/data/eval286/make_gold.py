#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval286 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval286/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1759-cork-busconnects-douglas-corridor-oral-hearing-trees-nta-irish-times'] = r'''
> Transport
> ‘They are taking our gardens’: Douglas residents object to BusConnects corridor at hearing
Q direct Siobhán Kearney :: ‘They are taking our gardens’
L city Douglas
> Planning body told 7.2km route into Cork city centre would mean felling 146 trees
F quantity 7.2km
L city Cork
F number 146
> Caoimhe Ní Dhubhghaill
P full Caoimhe Ní Dhubhghaill
> Wed Apr 16 2042 - 18:30
F date Apr 16 2042
F time 18:30
> Traffic on the Douglas Road in Cork, where the National Transport Authority plans a bus lane. Photograph: Ciarán Ó Ceallaigh/Provision
L street Douglas Road
L city Cork
O government National Transport Authority
P full Ciarán Ó Ceallaigh
O media Provision
> A proposed bus corridor from Douglas to Cork city centre would require the removal of 146 mature trees and strips of land from 61 front gardens, an oral hearing of An Coimisiún Pleanála was told on Wednesday.
L city Douglas
L city Cork
F number 146
F number 61
O government An Coimisiún Pleanála
> The National Transport Authority (NTA) is seeking approval for the 7.2km route, one of 12 corridors in the €600 million BusConnects Cork programme. It estimates the Douglas scheme will cost €74 million and cut peak journey times on the 206 and 207 routes by up to 40 per cent.
O government National Transport Authority
O government NTA
F quantity 7.2km
F number 12
F money €600 million
L city Douglas
F money €74 million
F percent 40 per cent
> Opening the hearing at the Clayton Hotel on Lapp’s Quay, the authority’s project director for Cork, Declan Furlong, said the corridor was “the spine” of the network. At 8.15am, he said, a bus on the Douglas Road takes 31 minutes to cover a distance “you could walk in 45”.
L facility Clayton Hotel
L street Lapp’s Quay
L city Cork
P full Declan Furlong
Q direct Declan Furlong :: “the spine”
F time 8.15am
L street Douglas Road
F duration 31 minutes
Q direct Declan Furlong :: “you could walk in 45”
F number 45
> “We are not asking anyone to give up their car overnight,” Mr Furlong said. “We are asking for three and a half metres of road, so that a bus carrying 80 people is not stuck behind a queue of cars with one person in each.”
Q direct Declan Furlong :: “We are not asking anyone to give up their car overnight,”
P partial Furlong
Q direct Declan Furlong :: “We are asking for three and a half metres of road, so that a bus carrying 80 people is not stuck behind a queue of cars with one person in each.”
F quantity three and a half metres
F number 80
F number one
> Siobhán Kearney, chairwoman of the Douglas Road Residents’ Association, said some homes would lose up to four metres of garden and walls built in the 1930s. “They are taking our gardens, our walls and our trees,” she told the hearing. “My neighbour is 87. She has lived in that house for 52 years and she cried when she saw the drawings.
P full Siobhán Kearney
O nonprofit Douglas Road Residents’ Association
F quantity four metres
F date 1930s
Q direct Siobhán Kearney :: “They are taking our gardens, our walls and our trees,”
Q direct Siobhán Kearney :: “My neighbour is 87. She has lived in that house for 52 years and she cried when she saw the drawings.
F age 87
F duration 52 years
> “Nobody in Douglas is against buses. We are against a plan that treats our road as a ‘pinch point’ to be fixed from an office in Dublin.”
Q direct Siobhán Kearney :: “Nobody in Douglas is against buses. We are against a plan that treats our road as a ‘pinch point’ to be fixed from an office in Dublin.”
L city Douglas
L city Dublin
> The NTA said in a written submission that 38 of the trees would be replaced on site and a further 250 planted along the Ballybrack Valley, and that the land take had been “kept to the minimum needed for safety”.
O government NTA
F number 38
F number 250
L geo Ballybrack Valley
Q direct National Transport Authority :: “kept to the minimum needed for safety”
> Fine Gael councillor Pádraig Ó Floinn, who represents Cork City South East on Cork City Council, said he backed better buses but not “at any cost”. Councillors had asked the authority in 2040 to study a so-called “tidal flow” lane, he said, which would save about half of the trees.
P full Pádraig Ó Floinn
L region Cork City South East
O government Cork City Council
Q direct Pádraig Ó Floinn :: “at any cost”
F date 2040
Q scare - :: “tidal flow”
F fraction half
> Mr Ó Floinn said: “The engineers told us a tidal lane would not work on a road this narrow. I would like to see that in writing.”
P partial Ó Floinn
Q direct Pádraig Ó Floinn :: “The engineers told us a tidal lane would not work on a road this narrow. I would like to see that in writing.”
> Dr Aoife Hennessy, a lecturer in planning at University College Cork (UCC), said objections of this kind were “almost universal” when road space was given to buses.
P full Aoife Hennessy
O education University College Cork
O education UCC
Q direct Aoife Hennessy :: “almost universal”
> “People hear the word ‘corridor’ and imagine a motorway,” Dr Hennessy said.
Q direct Aoife Hennessy :: “People hear the word ‘corridor’ and imagine a motorway,”
P partial Hennessy
> The owner of a shop in Douglas village, who asked not to be named, said trade had fallen by a fifth since works began on the South Douglas Road. “If the parking goes, I go,” he said.
L city Douglas
F fraction a fifth
L street South Douglas Road
Q direct - :: “If the parking goes, I go,”
> The hearing, chaired by inspector Mairéad Condon, continues on Thursday and is expected to last nine days. A decision is due by March 2043, and the works would take 30 months.
P full Mairéad Condon
F duration nine days
F date March 2043
F duration 30 months
'''

ARTICLES['1760-peru-pampa-colorada-copper-mine-strike-moquegua-cuprum-sur-reuters'] = r'''
> Commodities
> Workers at Peru's Pampa Colorada copper mine strike over bonus, halting output
L country Peru
L facility Pampa Colorada
> By Luciana Ccori Huamán and Tom Ashdown
P full Luciana Ccori Huamán
P full Tom Ashdown
> April 9, 2041 9:14 PM UTC Updated 2 hours ago
F date April 9, 2041
F time 9:14 PM UTC
F duration 2 hours
> Haul trucks stand idle at the Pampa Colorada copper mine in the Moquegua region, Peru, April 9, 2041. Cuprum Sur/Handout via REUTERS
L facility Pampa Colorada
L region Moquegua
L country Peru
F date April 9, 2041
O company Cuprum Sur
O media REUTERS
> LIMA, April 9 (Reuters) - About 1,450 workers at the Pampa Colorada copper mine in southern Peru went on strike on Tuesday after rejecting a bonus offer, halting production at a mine that supplies about 9% of the country's copper, the union and the company said.
L city LIMA
F date April 9
O media Reuters
F number 1,450
L facility Pampa Colorada
L country Peru
F percent 9%
> The open-pit mine, owned by Lima-based Cuprum Sur SA, produced 268,000 metric tons of copper last year. It lies about 95 km (59 miles) east of the port of Ilo, from which its concentrate is shipped to smelters in China and Japan.
L city Lima
O company Cuprum Sur SA
F quantity 268,000 metric tons
F quantity 95 km
F quantity 59 miles
L city Ilo
L country China
L country Japan
> "The company made record profits and offered us crumbs. We are not going back until it puts a serious number on the table," union leader Julio César Mamani Quispe told Reuters by phone from the mine.
Q direct Julio César Mamani Quispe :: "The company made record profits and offered us crumbs. We are not going back until it puts a serious number on the table,"
P full Julio César Mamani Quispe
O media Reuters
> Mamani said the Sindicato Unificado de Trabajadores de Pampa Colorada had asked for a one-off bonus of 40,000 soles ($10,800) per worker and a 7.5% wage rise, while the company had offered 22,000 soles and 4%.
P partial Mamani
O nonprofit Sindicato Unificado de Trabajadores de Pampa Colorada
F money 40,000 soles
F money $10,800
F percent 7.5%
F money 22,000 soles
F percent 4%
> "Three years ago they told us, 'Wait for the price to recover.' The price recovered. We are still waiting," he said.
Q direct Julio César Mamani Quispe :: "Three years ago they told us, 'Wait for the price to recover.' The price recovered. We are still waiting,"
F duration Three years
> Cuprum Sur Chief Operating Officer Renata Salazar Ugarte said the offer was "the best in the history of the company" and that it had activated "contingency plans" to protect the plant and its tailings dam.
O company Cuprum Sur
P full Renata Salazar Ugarte
Q direct Renata Salazar Ugarte :: "the best in the history of the company"
Q direct Renata Salazar Ugarte :: "contingency plans"
> "We respect the right to strike, but a long stoppage helps nobody. Every day without production costs around $4.1 million in lost sales," Salazar said in a statement, adding that talks would resume on Thursday under the supervision of Peru's Ministry of Labor.
Q direct Renata Salazar Ugarte :: "We respect the right to strike, but a long stoppage helps nobody. Every day without production costs around $4.1 million in lost sales,"
F money $4.1 million
P partial Salazar
L country Peru
O government Ministry of Labor
> The union says the strike could last 15 days. Under Peruvian law, the company cannot hire replacement workers during a legal stoppage.
F duration 15 days
> Benchmark copper on the London Metal Exchange (LME) rose 1.3% to $11,285 a metric ton by 1630 GMT, its highest in three weeks, as traders weighed the risk of a longer outage.
O company London Metal Exchange
O company LME
F percent 1.3%
F money $11,285
F time 1630 GMT
F duration three weeks
> "Peru is already behind on its output targets for the year, and the concentrate market was tight before this," said Harriet Lowe-Danquah, an analyst at London broker Kettering Fairlie. "If the stoppage runs past 10 days, we could see smelters in China cutting their runs."
Q direct Harriet Lowe-Danquah :: "Peru is already behind on its output targets for the year, and the concentrate market was tight before this,"
L country Peru
P full Harriet Lowe-Danquah
L city London
O company Kettering Fairlie
Q direct Harriet Lowe-Danquah :: "If the stoppage runs past 10 days, we could see smelters in China cutting their runs."
F duration 10 days
L country China
> She estimated that a two-week strike would remove about 11,000 tons of copper from the market, roughly half of one month's output at the mine.
F duration two-week
F quantity 11,000 tons
F fraction half
F duration one month
> Peru is the world's third-largest copper producer. Mines in the Apurímac and Cusco regions have been hit by road blockades this year, and national output fell 2.4% in the first quarter, according to the Ministry of Energy and Mines.
L country Peru
L region Apurímac
L region Cusco
F percent 2.4%
O government Ministry of Energy and Mines
> A worker at the mine's concentrator, who asked not to be named for fear of losing his job, said about 300 contractors had also stopped work in solidarity. "They are not in the union, but they are not crossing the line either," he said.
F number 300
Q direct - :: "They are not in the union, but they are not crossing the line either,"
> ($1 = 3.70 soles)
F money $1
F money 3.70 soles
> (Reporting by Luciana Ccori Huamán in Lima and Tom Ashdown in London; Editing by Maribel Ortiz-Keane)
P full Luciana Ccori Huamán
L city Lima
P full Tom Ashdown
L city London
P full Maribel Ortiz-Keane
'''

ARTICLES['1761-yorkshire-lancashire-headingley-county-championship-pennock-century-bbc-sport'] = r'''
> County Championship
> Yorkshire v Lancashire: Pennock century seals seven-wicket win at Headingley
O team Yorkshire
O team Lancashire
P partial Pennock
F number seven
L facility Headingley
> Published 19 May 2041
F date 19 May 2041
> Image source, Getty Images
O media Getty Images
> Image caption, Tom Pennock hit 14 fours in his unbeaten 118
P full Tom Pennock
F number 14
F number 118
> Rothesay County Championship Division One, Headingley
O other Rothesay County Championship Division One
L facility Headingley
> Lancashire 287 & 301-9 dec; Yorkshire 406 & 186-3
O team Lancashire
F score 287
F score 301-9
O team Yorkshire
F score 406
F score 186-3
> Yorkshire (23 pts) beat Lancashire (4 pts) by seven wickets
O team Yorkshire
F number 23
O team Lancashire
F number 4
F number seven
> Tom Pennock's unbeaten 118 took Yorkshire to a seven-wicket win over Lancashire with 9.2 overs to spare on the final day at Headingley.
P full Tom Pennock
F number 118
O team Yorkshire
F number seven
O team Lancashire
F number 9.2
L facility Headingley
> Yorkshire had taken a first-innings lead of 119 on Friday, when Lakhani made 97 and the seamer Callum Brearley took five wickets for the first time.
O team Yorkshire
F number 119
P partial Lakhani
F number 97
P full Callum Brearley
F number five
> Lancashire captain Ben Entwistle declared on 301-9 shortly after lunch, setting the hosts 183 to win in a minimum of 48 overs on a pitch that had offered the spinners plenty of turn.
O team Lancashire
P full Ben Entwistle
F score 301-9
F score 183
F number 48
> Yorkshire slipped to 38-2 when Ravi Lakhani and Harry Gledhill fell in the space of three balls to the left-arm spin of Jaden Mwangi-Foster, who finished with 2-51.
O team Yorkshire
F score 38-2
P full Ravi Lakhani
P full Harry Gledhill
F number three
P full Jaden Mwangi-Foster
F score 2-51
> But the 22-year-old Pennock, who grew up in Pudsey and made his first-class debut only last summer, put on 131 for the third wicket with his captain, Dom Featherstone (47), and then hit the winning runs off Mwangi-Foster at 5.12pm.
F age 22-year-old
P partial Pennock
L city Pudsey
F number 131
P full Dom Featherstone
F number 47
P partial Mwangi-Foster
F time 5.12pm
> "I have watched this fixture from the Kirkstall Lane End since I was six, so to finish it off here is something I'll never forget," Pennock said.
Q direct Tom Pennock :: "I have watched this fixture from the Kirkstall Lane End since I was six, so to finish it off here is something I'll never forget,"
L facility Kirkstall Lane End
F age six
P partial Pennock
> "Featherstone just kept telling me, 'Watch the ball, not the scoreboard.' That's all I did for three and a half hours."
Q direct Tom Pennock :: "Featherstone just kept telling me, 'Watch the ball, not the scoreboard.' That's all I did for three and a half hours."
P partial Featherstone
F duration three and a half hours
> Earlier, Lancashire had resumed on 214-6, a lead of 95, and Kieran Doyle-Hartley reached 88 before he was caught at slip off George Atha.
O team Lancashire
F score 214-6
F number 95
P full Kieran Doyle-Hartley
F number 88
P full George Atha
> Atha, 34, finished with 4-77 to give him match figures of 9-140, his best against the old enemy.
P partial Atha
F age 34
F score 4-77
F score 9-140
> Pennock's century, his second of the season, came from 171 balls. He was dropped on 61 by wicketkeeper Sam Birtwistle, a chance Entwistle later called "the moment the game went".
P partial Pennock
F number 171
F number 61
P full Sam Birtwistle
P partial Entwistle
Q direct Ben Entwistle :: "the moment the game went"
> Featherstone said the declaration had been "brave and fair" and that his side had been "nervous for about an hour".
P partial Featherstone
Q direct Dom Featherstone :: "brave and fair"
Q direct Dom Featherstone :: "nervous for about an hour"
> "Ben gave us a game, and that's what this fixture should be," the Yorkshire captain told BBC Radio Leeds. "We've got 23 points from this one and we're second, but it's May. Nobody wins anything in May."
Q direct Dom Featherstone :: "Ben gave us a game, and that's what this fixture should be,"
P partial Ben
O team Yorkshire
O media BBC Radio Leeds
Q direct Dom Featherstone :: "We've got 23 points from this one and we're second, but it's May. Nobody wins anything in May."
F number 23
> Entwistle defended his decision. "We came here to win, not to bat out a draw," he said. "If you don't take a risk against Yorkshire, you're not playing cricket. I'd do it again tomorrow."
P partial Entwistle
Q direct Ben Entwistle :: "We came here to win, not to bat out a draw,"
Q direct Ben Entwistle :: "If you don't take a risk against Yorkshire, you're not playing cricket. I'd do it again tomorrow."
O team Yorkshire
> Lancashire remain sixth, 19 points behind leaders Surrey, who drew with Essex at Chelmsford. A crowd of 6,480 watched the final day, the biggest for a County Championship match at the ground since 2034.
O team Lancashire
F number 19
O team Surrey
O team Essex
L city Chelmsford
F number 6,480
O other County Championship
F date 2034
> Yorkshire travel to Scarborough to face Somerset from 3 June, while Lancashire host Nottinghamshire at Old Trafford.
O team Yorkshire
L city Scarborough
O team Somerset
F date 3 June
O team Lancashire
O team Nottinghamshire
L facility Old Trafford
'''

ARTICLES['1762-hong-kong-shenzhen-western-rail-link-qianhai-tin-shui-wai-scmp'] = r'''
> Hong Kong / Transport
L region Hong Kong
> Cross-border rail link to Qianhai will cut journey to 30 minutes, officials say
L region Qianhai
F duration 30 minutes
> HK$62.4 billion line from Hung Shui Kiu expected to carry 120,000 passengers a day when it opens in 2044, but Tin Shui Wai residents fear a ‘dormitory town’
F money HK$62.4 billion
L city Hung Shui Kiu
F number 120,000
F date 2044
L city Tin Shui Wai
Q direct Lam Siu-ying :: ‘dormitory town’
> Chloe Leung
P full Chloe Leung
> Published: 7:30pm, 21 Mar 2040
F time 7:30pm
F date 21 Mar 2040
> An artist’s impression of the planned terminus in Qianhai, Shenzhen. Photo: Handout
L region Qianhai
L city Shenzhen
> Hong Kong and Shenzhen have agreed to build an 18-kilometre rail link between Hung Shui Kiu in the northwestern New Territories and Qianhai, the Transport and Logistics Bureau announced on Wednesday, with trains expected to run from 2044.
L region Hong Kong
L city Shenzhen
F quantity 18-kilometre
L city Hung Shui Kiu
L region New Territories
L region Qianhai
O government Transport and Logistics Bureau
F date 2044
> The Hong Kong-Shenzhen Western Rail Link will cost HK$62.4 billion (US$8 billion), with the city paying HK$38.1 billion for its section south of Shenzhen Bay and Shenzhen covering the remaining 22.1 billion yuan, officials said. The journey will take about 30 minutes.
L facility Hong Kong-Shenzhen Western Rail Link
F money HK$62.4 billion
F money US$8 billion
F money HK$38.1 billion
L geo Shenzhen Bay
L city Shenzhen
F money 22.1 billion yuan
F duration 30 minutes
> “For the first time, a resident of Tin Shui Wai will be able to reach a job in Qianhai faster than a job in Central,” Under Secretary for Transport and Logistics Wilfred Tsang Ka-lok told a press conference. “That changes how people plan their lives.”
Q direct Wilfred Tsang Ka-lok :: “For the first time, a resident of Tin Shui Wai will be able to reach a job in Qianhai faster than a job in Central,”
L city Tin Shui Wai
L region Qianhai
L city Central
P full Wilfred Tsang Ka-lok
Q direct Wilfred Tsang Ka-lok :: “That changes how people plan their lives.”
> Tsang said the line would use a so-called “co-location” arrangement, with mainland and Hong Kong immigration checks carried out together at the Qianhai terminus, as at West Kowloon station on the high-speed railway.
P partial Tsang
Q scare - :: “co-location”
L region Hong Kong
L region Qianhai
L facility West Kowloon
> The MTR Corporation, which will run the Hong Kong section, expects 120,000 passengers a day in the first year, rising to 210,000 by 2050.
O company MTR Corporation
L region Hong Kong
F number 120,000
F number 210,000
F date 2050
> In Shenzhen, Zhou Minghui, deputy director of the Shenzhen Municipal Planning and Natural Resources Bureau, said the link was “a key artery of the Greater Bay Area” and that Qianhai would add 1.2 million square metres of office space near the terminus by 2045.
L city Shenzhen
P full Zhou Minghui
O government Shenzhen Municipal Planning and Natural Resources Bureau
Q direct Zhou Minghui :: “a key artery of the Greater Bay Area”
L region Greater Bay Area
L region Qianhai
F quantity 1.2 million square metres
F date 2045
> Not everyone in Tin Shui Wai is convinced. Lam Siu-ying, 58, a cleaner who already commutes to Shenzhen four days a week, said cheaper rents across the border could pull shops and jobs away and turn the new town into “a dormitory town for Qianhai”.
L city Tin Shui Wai
P full Lam Siu-ying
F age 58
L city Shenzhen
F duration four days
Q direct Lam Siu-ying :: “a dormitory town for Qianhai”
L region Qianhai
> “My daughter pays HK$7,800 for a subdivided flat here. In Shenzhen, she could rent two rooms for 3,000 yuan,” Lam said. “People will go where it is cheap. Who will stay and shop in Tin Shui Wai?”
Q direct Lam Siu-ying :: “My daughter pays HK$7,800 for a subdivided flat here. In Shenzhen, she could rent two rooms for 3,000 yuan,”
F money HK$7,800
L city Shenzhen
F number two
F money 3,000 yuan
P partial Lam
Q direct Lam Siu-ying :: “People will go where it is cheap. Who will stay and shop in Tin Shui Wai?”
L city Tin Shui Wai
> Professor Angela Cheung Mei-ling, a transport geographer at the Chinese University of Hong Kong, said the fear was not unfounded. Fares on the line, which officials put at between HK$25 and HK$35, would also decide who used it, she said.
P full Angela Cheung Mei-ling
O education Chinese University of Hong Kong
F money HK$25
F money HK$35
> “If a single trip costs a third of a cleaner’s hourly wage, the line becomes a ‘business-class’ railway,” Cheung said. “The government should publish its fare model now, not in 2043.”
Q direct Angela Cheung Mei-ling :: “If a single trip costs a third of a cleaner’s hourly wage, the line becomes a ‘business-class’ railway,”
F fraction a third
P partial Cheung
Q direct Angela Cheung Mei-ling :: “The government should publish its fare model now, not in 2043.”
F date 2043
> A government source said the fare would be set “closer to opening”, and that members of the Legislative Council’s transport panel would be briefed next month. Site works at Hung Shui Kiu are due to begin in the fourth quarter, once funding is approved.
Q direct - :: “closer to opening”
O government Legislative Council
L city Hung Shui Kiu
'''

ARTICLES['1763-front-range-passenger-rail-sales-tax-ballot-measure-longmont-denver-post'] = r'''
> Colorado News
L region Colorado
> Front Range rail measure asks voters for a 0.3% sales tax to run trains from Fort Collins to Pueblo
L region Front Range
F percent 0.3%
L city Fort Collins
L city Pueblo
> Backers say the $3.4 billion line would carry 2.1 million riders a year; a state senator calls the tax "a blank check"
F money $3.4 billion
F number 2.1 million
Q direct Garrett Holm :: "a blank check"
> By Maya Delgado-Brandt | mdelgado-brandt@denverpost.com | The Denver Post
P full Maya Delgado-Brandt
O media The Denver Post
> PUBLISHED: October 12, 2040 at 6:00 a.m. MT | UPDATED: October 12, 2040 at 10:47 a.m. MT
F date October 12, 2040
F time 6:00 a.m. MT
F date October 12, 2040
F time 10:47 a.m. MT
> A BNSF Railway freight train passes through downtown Longmont on Oct. 9, 2040. (Ryan Kowalczyk/The Denver Post)
O company BNSF Railway
L city Longmont
F date Oct. 9, 2040
P full Ryan Kowalczyk
O media The Denver Post
> LONGMONT — For Doug Ferraro, the question on his ballot is simple: can he get to his granddaughter's softball games in Pueblo without driving Interstate 25?
L city LONGMONT
P full Doug Ferraro
L city Pueblo
L street Interstate 25
> "I'm 74. I don't want to spend three hours on I-25 every other Saturday," said Ferraro, a retired machinist who has lived in Longmont since 1988. "If there's a train, I'll be on it."
Q direct Doug Ferraro :: "I'm 74. I don't want to spend three hours on I-25 every other Saturday,"
F age 74
F duration three hours
L street I-25
P partial Ferraro
L city Longmont
F date 1988
Q direct Doug Ferraro :: "If there's a train, I'll be on it."
> Voters in 13 counties along the Front Range will decide Nov. 6 whether to approve a 0.3% sales tax — 30 cents on a $100 purchase — to pay for passenger trains between Fort Collins and Pueblo, with stops in Boulder, Denver and Colorado Springs.
F number 13
L region Front Range
F date Nov. 6
F percent 0.3%
F money 30 cents
F money $100
L city Fort Collins
L city Pueblo
L city Boulder
L city Denver
L city Colorado Springs
> The Front Range Passenger Rail District, created by the legislature in 2021, estimates the tax would raise about $210 million a year. Its general manager, Marisol Quintana-Baird, said the first trains could run by 2046 on 173 miles of existing track shared with BNSF Railway.
O government Front Range Passenger Rail District
F date 2021
F money $210 million
P full Marisol Quintana-Baird
F date 2046
F quantity 173 miles
O company BNSF Railway
> "We are talking about three round trips a day at first, then eight, with top speeds of 79 mph," Quintana-Baird said. "The track is already there. What we need is the money to run trains on it."
Q direct Marisol Quintana-Baird :: "We are talking about three round trips a day at first, then eight, with top speeds of 79 mph,"
F number three
F number eight
F quantity 79 mph
P partial Quintana-Baird
Q direct Marisol Quintana-Baird :: "The track is already there. What we need is the money to run trains on it."
> The district puts the full cost at $3.4 billion, about half of it expected from federal grants. A one-way ticket from Denver Union Station to Fort Collins would cost $12 to $18, according to a study the district commissioned.
F money $3.4 billion
F fraction half
L facility Denver Union Station
L city Fort Collins
F money $12
F money $18
> State Sen. Garrett Holm, a Republican from Loveland who has campaigned against the measure, called it "a blank check for a train that may never leave the station."
P full Garrett Holm
L city Loveland
Q direct Garrett Holm :: "a blank check for a train that may never leave the station."
> "Families in Weld County already pay 8.4% on a pair of work boots," Holm said. "Ask them for more, and you had better be sure the trains will show up."
Q direct Garrett Holm :: "Families in Weld County already pay 8.4% on a pair of work boots,"
L region Weld County
F percent 8.4%
P partial Holm
Q direct Garrett Holm :: "Ask them for more, and you had better be sure the trains will show up."
> Nathan Osei-Whitfield, an economist at the University of Denver, said the measure's numbers were "plausible but optimistic." Ridership forecasts for new intercity lines, he said, had missed by 20% to 40% in other states.
P full Nathan Osei-Whitfield
O education University of Denver
Q direct Nathan Osei-Whitfield :: "plausible but optimistic."
F percent 20%
F percent 40%
> "A sales tax falls hardest on lower-income households, and they are also the people most likely to ride," Osei-Whitfield said. "That tension is the whole debate."
Q direct Nathan Osei-Whitfield :: "A sales tax falls hardest on lower-income households, and they are also the people most likely to ride,"
P partial Osei-Whitfield
Q direct Nathan Osei-Whitfield :: "That tension is the whole debate."
> A spokesperson for the Regional Transportation District, which runs buses and light rail in the Denver area, said RTD had "no position" on the measure but would share its stations with the new trains.
O government Regional Transportation District
L city Denver
O government RTD
Q direct - :: "no position"
> Early voting begins Oct. 14. Ferraro said he already knows how he will vote. "I drove that road for 40 years," he said. "I've earned a seat by the window."
F date Oct. 14
P partial Ferraro
Q direct Doug Ferraro :: "I drove that road for 40 years,"
F duration 40 years
Q direct Doug Ferraro :: "I've earned a seat by the window."
'''

ARTICLES['1764-toulon-port-shore-power-ferries-cruise-ships-la-seyne-le-monde'] = r'''
> France
L country France
> In Toulon, ferries and cruise ships will have to plug in at the quay from 2043
L city Toulon
F date 2043
> The port is spending €48 million to electrify nine berths. A resident of La Seyne-sur-Mer who has campaigned for years says the timetable is “too slow for our lungs.”
F money €48 million
F number nine
L city La Seyne-sur-Mer
Q direct Martine Giraud-Santoni :: “too slow for our lungs.”
> By Julien Marcellesi (Toulon, correspondent)
P full Julien Marcellesi
L city Toulon
> Published on May 22, 2041, at 5:10 pm (Paris), updated at 7:45 pm
F date May 22, 2041
F time 5:10 pm
L city Paris
F time 7:45 pm
> A ferry bound for Ajaccio leaves the Darse Vieille in Toulon, on May 20, 2041. NOÉMIE FABRE-ORSINI / AFP
L city Ajaccio
L facility Darse Vieille
L city Toulon
F date May 20, 2041
P full NOÉMIE FABRE-ORSINI
O media AFP
> Toulon’s port will connect ferries and cruise ships to the electricity grid at the quay from 2043, so that they can shut down their diesel engines while moored, its managing body announced on Tuesday, May 21.
L city Toulon
F date 2043
F date May 21
> The €48 million project will equip nine berths, six of them used by the ferries that sail to Corsica and Sardinia, with a total capacity of 36 megawatts, enough for two large cruise ships and four ferries at the same time. The French state and the Provence-Alpes-Côte d’Azur region will pay 60% of the cost, and the European Union most of the rest.
F money €48 million
F number nine
F number six
L region Corsica
L region Sardinia
F quantity 36 megawatts
F number two
F number four
L region Provence-Alpes-Côte d’Azur
F percent 60%
O intergovernmental European Union
> “A ferry at the quay burns 1.2 tons of fuel every four hours, in the middle of a city of 180,000 people,” said Hélène Castellan-Roux, director of Ports Toulon Provence, which runs the commercial port for the Métropole Toulon Provence Méditerranée. “From 2043, a ship that can plug in and does not will pay.”
Q direct Hélène Castellan-Roux :: “A ferry at the quay burns 1.2 tons of fuel every four hours, in the middle of a city of 180,000 people,”
F quantity 1.2 tons
F duration four hours
F number 180,000
P full Hélène Castellan-Roux
O government Ports Toulon Provence
O government Métropole Toulon Provence Méditerranée
Q direct Hélène Castellan-Roux :: “From 2043, a ship that can plug in and does not will pay.”
F date 2043
> Ms. Castellan-Roux said cruise lines had been told in 2039 that connection would become compulsory, and that 14 of the 22 ships expected in Toulon this year were already fitted with the sockets.
P partial Castellan-Roux
F date 2039
F number 14
F number 22
L city Toulon
> For Martine Giraud-Santoni, 71, who lives in Tamaris, across the bay in La Seyne-sur-Mer, the timetable is “too slow for our lungs.”
P full Martine Giraud-Santoni
F age 71
L city Tamaris
L city La Seyne-sur-Mer
Q direct Martine Giraud-Santoni :: “too slow for our lungs.”
> “When the wind comes from the east, the smoke of the ferries sits on the water and then on our terraces. My husband calls it ‘the Corsican fog,’ and he does not mean it kindly,” she said. “We have been promised electric quays since 2030.
Q direct Martine Giraud-Santoni :: “When the wind comes from the east, the smoke of the ferries sits on the water and then on our terraces. My husband calls it ‘the Corsican fog,’ and he does not mean it kindly,”
Q direct Martine Giraud-Santoni :: “We have been promised electric quays since 2030.
F date 2030
> “Twelve years of promises. I will be 73 when the first ship plugs in.”
Q direct Martine Giraud-Santoni :: “Twelve years of promises. I will be 73 when the first ship plugs in.”
F duration Twelve years
F age 73
> Régis Aubanel, a regional councillor of Provence-Alpes-Côte d’Azur said the region had doubled its contribution to €14 million in March and would ask Paris for more. “The state wants green ports but pays for them the way a village pays for a roundabout,” he said.
P full Régis Aubanel
L region Provence-Alpes-Côte d’Azur
F money €14 million
L city Paris
Q direct Régis Aubanel :: “The state wants green ports but pays for them the way a village pays for a roundabout,”
> Enedis, which runs the local network, will build a 12-MW substation at Brégaillon and lay 3.5 kilometers of underground cable, and called the work “the largest in the Var for a decade.”
O company Enedis
F quantity 12-MW
L city Brégaillon
F quantity 3.5 kilometers
Q direct Enedis :: “the largest in the Var for a decade.”
L region Var
> Lucas Ferrandi, an atmospheric chemist at Aix-Marseille University, said ships at berth account for about 40% of nitrogen oxide emissions around the harbor. His team’s sensors in Le Mourillon measured levels two-thirds higher on days when three or more ships were docked.
P full Lucas Ferrandi
O education Aix-Marseille University
F percent 40%
L city Le Mourillon
F fraction two-thirds
F number three
> “Plugging in solves the problem at the quay, not at sea,” Mr. Ferrandi said. “But it is at the quay that people breathe the smoke.”
Q direct Lucas Ferrandi :: “Plugging in solves the problem at the quay, not at sea,”
P partial Ferrandi
Q direct Lucas Ferrandi :: “But it is at the quay that people breathe the smoke.”
> An official at the ministry for the sea, who requested anonymity, said Toulon would be the third French port, after Marseille and Nice, to make connection compulsory, and that the deadline “will not move.”
L city Toulon
L city Marseille
L city Nice
Q direct - :: “will not move.”
> Work on the quays is due to start on September 1, 2041, and will last 20 months.
F date September 1, 2041
F duration 20 months
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
