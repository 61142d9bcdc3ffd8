#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval200 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval200/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1243-busanza-rent-to-own-housing-kicukiro-rha-new-times'] = r'''
> National
> Busanza families to get keys to 1,200 ‘rent-to-own’ homes by December
L city Busanza
F number 1,200
Q scare - :: ‘rent-to-own’
> The Rwf96 billion project in Kicukiro District is the largest affordable housing scheme in Kigali, but some applicants say prices are still out of reach
F money Rwf96 billion
L region Kicukiro District
L city Kigali
> Aimable Twizeyimana
P full Aimable Twizeyimana
> Monday, April 16, 2040
F date April 16, 2040
> Workers at the Busanza housing site in Kanombe Sector, Kicukiro District, last week. Photo: Olivier Mugwiza
L city Busanza
L region Kanombe Sector
L region Kicukiro District
P full Olivier Mugwiza
> More than 1,200 low- and middle-income families in Kigali will receive the keys to new apartments in Busanza before the end of the year, the Minister of Infrastructure, Dr Ernestine Kayitesi, has said.
F number 1,200
L city Kigali
L city Busanza
P full Ernestine Kayitesi
> The Rwf96 billion project, implemented by the Rwanda Housing Authority (RHA) with a private developer, Ikaze Homes Ltd, sits on 24 hectares in Kanombe Sector and will have 2,400 apartments when its second phase is completed in 2042.
F money Rwf96 billion
O government Rwanda Housing Authority
O government RHA
O company Ikaze Homes Ltd
F quantity 24 hectares
L region Kanombe Sector
F number 2,400
F date 2042
> Speaking during a site visit on Saturday, April 14, Kayitesi said the first 1,200 units were 85 per cent complete. “We promised the people of Kigali decent homes that they can afford, and Busanza is where we are delivering. The first families will move in by December 15.
F date April 14
P partial Kayitesi
F number 1,200
F percent 85 per cent
Q direct Ernestine Kayitesi :: “We promised the people of Kigali decent homes that they can afford, and Busanza is where we are delivering. The first families will move in by December 15.
L city Kigali
L city Busanza
F date December 15
> “We are not building ‘affordable’ houses that only people on big salaries can buy. A teacher, a nurse, a moto driver must be able to live here,” she said.
Q direct Ernestine Kayitesi :: “We are not building ‘affordable’ houses that only people on big salaries can buy. A teacher, a nurse, a moto driver must be able to live here,”
> Under the scheme, a two-bedroom apartment of 62 square metres will cost Rwf18.5 million, while a three-bedroom unit of 85 square metres will go for Rwf26 million. Buyers pay a 10 per cent deposit and the balance through a 20-year mortgage at 11 per cent interest, financed by the Development Bank of Rwanda (BRD).
F number two
F quantity 62 square metres
F money Rwf18.5 million
F number three
F quantity 85 square metres
F money Rwf26 million
F percent 10 per cent
F duration 20-year
F percent 11 per cent
O company Development Bank of Rwanda
O company BRD
> Families who cannot raise the deposit can apply under a so-called “rent-to-own” window, paying Rwf145,000 a month for up to seven years before the apartment becomes theirs.
Q scare - :: “rent-to-own”
F money Rwf145,000
F duration seven years
> In a statement on Sunday, the City of Kigali said 9,870 people had applied for the first phase by the April 6 deadline, and that priority would go to “first-time buyers who live or work in Kigali and earn less than Rwf1.2 million a month.”
O government City of Kigali
F number 9,870
F date April 6
Q direct City of Kigali :: “first-time buyers who live or work in Kigali and earn less than Rwf1.2 million a month.”
L city Kigali
F money Rwf1.2 million
> Chantal Nyirahabimana, 34, a nurse who rents a single room in Masaka, said the deposit alone was beyond her. “I earn Rwf410,000. After rent, school fees and transport, where do I find Rwf1.85 million?” she asked.
P full Chantal Nyirahabimana
F age 34
L region Masaka
Q direct Chantal Nyirahabimana :: “I earn Rwf410,000. After rent, school fees and transport, where do I find Rwf1.85 million?”
F money Rwf410,000
F money Rwf1.85 million
> Nyirahabimana, who has applied for subsidised housing three times since 2036, said she would now try the rent-to-own list. “At least the rent I pay there is not lost,” she said.
P partial Nyirahabimana
F number three
F date 2036
Q direct Chantal Nyirahabimana :: “At least the rent I pay there is not lost,”
> A developer working on another project in Gasabo District, who asked not to be named, said building costs had risen by about a third since 2038 because of cement and steel prices. “Without free land and tax breaks from government, nobody can build a flat for Rwf18 million,” he said.
L region Gasabo District
F fraction a third
F date 2038
Q direct - :: “Without free land and tax breaks from government, nobody can build a flat for Rwf18 million,”
F money Rwf18 million
> RHA director general Jean de la Croix Mugisha said the authority had provided the land and basic infrastructure, worth Rwf11 billion, which kept prices down. He said similar schemes were planned in Gasabo and Nyarugenge districts, with 3,600 more units by 2045.
O government RHA
P full Jean de la Croix Mugisha
F money Rwf11 billion
L region Gasabo
L region Nyarugenge
F number 3,600
F date 2045
> Ikaze Homes, which employs 1,700 workers on the site, 40 per cent of them women, said it would hand over the second phase “in 2042, not a day later”.
O company Ikaze Homes
F number 1,700
F percent 40 per cent
Q direct Ikaze Homes Ltd :: “in 2042, not a day later”
F date 2042
> According to the City of Kigali, the capital needs about 31,000 new homes a year until 2050, but fewer than 8,000 are built annually.
O government City of Kigali
F number 31,000
F date 2050
F number 8,000
'''

ARTICLES['1244-plunkett-potash-mine-expansion-young-day-star-kawacatoose-globe-and-mail'] = r'''
> Mining
> Saskatchewan potash miner approves $4.2-billion expansion near Young
L region Saskatchewan
F money $4.2-billion
L city Young
> Aspen Coulee Potash says the project will add 2.8 million tonnes of annual capacity, while two First Nations want a bigger share of the benefits
O company Aspen Coulee Potash
F quantity 2.8 million tonnes
F number two
> Élodie Fairbairn-Lachance Resources Reporter
P full Élodie Fairbairn-Lachance
> Published April 19, 2040 Updated 3 hours ago
F date April 19, 2040
F duration 3 hours
> The headframe of Aspen Coulee Potash’s Plunkett mine, near the village of Young, Sask., on April 17. DARRYL KEEWATIN-ROSS/THE GLOBE AND MAIL
O company Aspen Coulee Potash
L facility Plunkett
L city Young
L region Sask.
F date April 17
P full DARRYL KEEWATIN-ROSS
O media THE GLOBE AND MAIL
> Aspen Coulee Potash Ltd. has approved a $4.2-billion expansion of its Plunkett mine in central Saskatchewan, a bet that global demand for fertilizer will keep rising even though prices have fallen 18 per cent from their 2038 peak.
O company Aspen Coulee Potash Ltd.
F money $4.2-billion
L facility Plunkett
L region Saskatchewan
F percent 18 per cent
F date 2038
> The Saskatoon-based company said on Wednesday that its board had signed off on a second shaft and a new mill that will lift the mine’s output to 5.1 million tonnes a year from 2.3 million tonnes by 2044. Construction starts in September and will employ up to 1,400 people, with 320 permanent jobs once the mill runs.
L city Saskatoon
F quantity 5.1 million tonnes
F quantity 2.3 million tonnes
F date 2044
F number 1,400
F number 320
> “Potash is a long game. Nobody builds a shaft for next year’s price,” chief executive Graham Oyelaran-Tate said in an interview. “The world will need to feed close to 10 billion people, and Saskatchewan has the best potash on the planet.
Q direct Graham Oyelaran-Tate :: “Potash is a long game. Nobody builds a shaft for next year’s price,”
P full Graham Oyelaran-Tate
Q direct Graham Oyelaran-Tate :: “The world will need to feed close to 10 billion people, and Saskatchewan has the best potash on the planet.
F number 10 billion
L region Saskatchewan
> “We are not going anywhere.”
Q direct Graham Oyelaran-Tate :: “We are not going anywhere.”
> Mr. Oyelaran-Tate said the company would pay for the expansion with cash flow and a US$1.5-billion loan from a group of banks. Aspen Coulee’s shares rose 4.6 per cent to $38.15 on the Toronto Stock Exchange.
P partial Oyelaran-Tate
F money US$1.5-billion
O company Aspen Coulee
F percent 4.6 per cent
F money $38.15
O company Toronto Stock Exchange
> The ore body lies about 1,050 metres underground, roughly 110 kilometres southeast of Saskatoon, between the villages of Young and Viscount. For Young, a community of about 250 people, the expansion is welcome news. “Our school was down to 31 kids. This means families, and families mean the school stays open,” said Mayor Bernice Dyck, 67.
F quantity 1,050 metres
F quantity 110 kilometres
L city Saskatoon
L city Young
L city Viscount
L city Young
F number 250
Q direct Bernice Dyck :: “Our school was down to 31 kids. This means families, and families mean the school stays open,”
F number 31
P full Bernice Dyck
F age 67
> Two Treaty 4 nations south of the mine, Day Star First Nation and Kawacatoose First Nation, say they have yet to see a fair share of its wealth. Day Star Chief Harold Kitchemonia said the company’s offer of $2.5-million a year under a benefits agreement was “a rounding error” for a project of this size.
F number Two
O government Day Star First Nation
O government Kawacatoose First Nation
O government Day Star
P full Harold Kitchemonia
F money $2.5-million
Q direct Harold Kitchemonia :: “a rounding error”
> “They will take more than $20-billion of potash out of this ground over 40 years, ground our people have hunted on for generations. We are asking for a partnership, not a donation,” he said.
Q direct Harold Kitchemonia :: “They will take more than $20-billion of potash out of this ground over 40 years, ground our people have hunted on for generations. We are asking for a partnership, not a donation,”
F money $20-billion
F duration 40 years
> The Federation of Sovereign Indigenous Nations (FSIN) said in a statement that it backed the two nations and that the province should “stop treating the duty to consult as a box to tick.” The FSIN represents 74 First Nations in Saskatchewan.
O nonprofit Federation of Sovereign Indigenous Nations
O nonprofit FSIN
F number two
Q direct Federation of Sovereign Indigenous Nations :: “stop treating the duty to consult as a box to tick.”
O nonprofit FSIN
F number 74
L region Saskatchewan
> Mr. Oyelaran-Tate said talks with both nations were “ongoing and respectful,” and that 22 per cent of the mine’s current workers are Indigenous.
P partial Oyelaran-Tate
Q direct Graham Oyelaran-Tate :: “ongoing and respectful,”
F percent 22 per cent
> A spokesperson for Saskatchewan’s Ministry of Energy and Resources said the province expects the expansion to add about $160-million a year in royalties and taxes. Provincial officials said Regina was lobbying Ottawa for a rail spur to the mine.
L region Saskatchewan
O government Ministry of Energy and Resources
F money $160-million
L city Regina
L city Ottawa
> Analyst Priya Venkataraman-Hull of Bayline Capital Markets called the timing bold. Potash traded at US$365 a tonne in March, down from US$445 a year earlier. “If prices stay here, the returns get thin, but Aspen Coulee will have the lowest-cost tonnes in the basin by the late 2040s,” she wrote in a note to clients.
P full Priya Venkataraman-Hull
O company Bayline Capital Markets
F money US$365
F money US$445
Q direct Priya Venkataraman-Hull :: “If prices stay here, the returns get thin, but Aspen Coulee will have the lowest-cost tonnes in the basin by the late 2040s,”
O company Aspen Coulee
F date 2040s
'''

ARTICLES['1245-bears-edge-bruins-3-2-overtime-des-rosiers-giant-center-calder-cup-pennlive'] = r'''
> Hershey Bears
O team Hershey Bears
> Bears Edge Providence 3-2 in Overtime, Take 3-1 Lead in Calder Cup East Final
O team Bears
O team Providence
F score 3-2
F score 3-1
> By Kyle Brubaker-Santos | kbrubaker@pennlive.com
P full Kyle Brubaker-Santos
> Published: May. 15, 2040, 11:26 p.m.
F date May. 15, 2040
F time 11:26 p.m.
> Hershey's Mathis Des Rosiers (27) celebrates his overtime goal against the Providence Bruins at Giant Center on Tuesday, May 15, 2040. Dana Whitmer | PennLive.com
O team Hershey
P full Mathis Des Rosiers
O team Providence Bruins
L facility Giant Center
F date May 15, 2040
P full Dana Whitmer
O media PennLive.com
> HERSHEY — Mathis Des Rosiers took a pass from Ondřej Kubelík in the left circle and snapped it over Tyson Averill's glove 6:41 into overtime, and the Hershey Bears beat the Providence Bruins 3-2 on Tuesday night to take a 3-1 lead in the Eastern Conference finals.
L city HERSHEY
P full Mathis Des Rosiers
P full Ondřej Kubelík
P full Tyson Averill
F time 6:41
O team Hershey Bears
O team Providence Bruins
F score 3-2
F score 3-1
O other Eastern Conference
> The Bears can clinch a spot in the Calder Cup Final for the second straight year with a win in Game 5 on Thursday at 7 p.m. at Amica Mutual Pavilion in Providence.
O team Bears
F time 7 p.m.
L facility Amica Mutual Pavilion
L city Providence
> "I just wanted to get it off quick. Their goalie was unbelievable all night, so you can't give him time to set," said Des Rosiers, 22, who also scored on a 5-on-3 in the first period. It was his seventh goal of the playoffs.
Q direct Mathis Des Rosiers :: "I just wanted to get it off quick. Their goalie was unbelievable all night, so you can't give him time to set,"
P partial Des Rosiers
F age 22
F score 5-on-3
> Averill made 44 saves for Providence, which was outshot 47-29. Hershey's Kasper Thorsrud stopped 27 of 29 shots.
P partial Averill
F number 44
O team Providence
F number 47-29
O team Hershey
P full Kasper Thorsrud
F number 27
F number 29
> Providence led 2-1 after two periods on goals from Brady Okonkwo-Reyes and Liam St. Germain, whose shot from the point deflected off a Hershey defenseman with 1:12 left in the second. The Bruins killed off a four-minute high-sticking penalty early in the third, then sat back.
O team Providence
F score 2-1
F number two
P full Brady Okonkwo-Reyes
P full Liam St. Germain
O team Hershey
F time 1:12
O team Bruins
F duration four-minute
> Hershey tied it at 14:08 of the third period when defenseman Noah Halverson-Mbeki's wrist shot through traffic beat Averill on the short side. The crowd of 10,914, the Giant Center's largest of the postseason, stood for the final five minutes of regulation.
O team Hershey
F time 14:08
P full Noah Halverson-Mbeki
P partial Averill
F number 10,914
L facility Giant Center
F duration five minutes
> Bears coach Ryan Vanderhoek said his team "didn't change a thing" after falling behind. "We talked about staying patient. This group has been down in games all spring. Nobody panicked on the bench," Vanderhoek said.
O team Bears
P full Ryan Vanderhoek
Q direct Ryan Vanderhoek :: "didn't change a thing"
Q direct Ryan Vanderhoek :: "We talked about staying patient. This group has been down in games all spring. Nobody panicked on the bench,"
P partial Vanderhoek
> Providence coach Marc-André Thibodeau-Leclair said his team played "a great road game" but could not find a third goal. "We had our chances. We hit two posts, and their goalie made the save on the 2-on-1 with four minutes left.
O team Providence
P full Marc-André Thibodeau-Leclair
Q direct Marc-André Thibodeau-Leclair :: "a great road game"
Q direct Marc-André Thibodeau-Leclair :: "We had our chances. We hit two posts, and their goalie made the save on the 2-on-1 with four minutes left.
F number two
F score 2-on-1
F duration four minutes
> "We've been here before. We'll go home, we'll rest, and we'll make it a series again," he said.
Q direct Marc-André Thibodeau-Leclair :: "We've been here before. We'll go home, we'll rest, and we'll make it a series again,"
> Kubelík, the Czech winger the Bears acquired from the Washington Capitals in a March trade, has points in nine straight games. The 6-foot-3 forward from Kladno finished with two assists.
P partial Kubelík
O team Bears
O team Washington Capitals
F number nine
F quantity 6-foot-3
L city Kladno
F number two
> Des Rosiers centers what fans have nicknamed "the Kiss Line," with Kubelík and rookie Evan Saldívar, 20. The line has combined for 31 points in 14 playoff games.
P partial Des Rosiers
Q scare - :: "the Kiss Line,"
P partial Kubelík
P full Evan Saldívar
F age 20
F number 31
F number 14
> Hershey is 11-3 in the postseason and 6-1 at home. The Bears last won the Calder Cup in 2039.
O team Hershey
F score 11-3
F score 6-1
O team Bears
F date 2039
'''

ARTICLES['1246-kisaragi-denshi-camera-module-plant-bac-ninh-que-vo-dong-nikkei-asia'] = r'''
> Electronics
> Japan's Kisaragi Denshi to open $180m camera module plant in Vietnam
L country Japan
O company Kisaragi Denshi
F money $180m
L country Vietnam
> Bac Ninh factory to hire 6,500 workers as clients diversify away from China
L region Bac Ninh
F number 6,500
L country China
> TRAN MINH DUC and AYAKO FUJISAWA, Nikkei staff writers
P full TRAN MINH DUC
P full AYAKO FUJISAWA
O media Nikkei
> April 9, 2040 17:45 JST
F date April 9, 2040
F time 17:45 JST
> Workers assemble camera modules at Kisaragi Denshi's existing plant in Thai Nguyen province. (Photo by Hoang Van Tuan)
O company Kisaragi Denshi
L region Thai Nguyen
P full Hoang Van Tuan
> HANOI -- Kisaragi Denshi, a Kyoto-based maker of smartphone camera modules, will invest 4.7 trillion dong ($180 million) in a new factory in northern Vietnam's Bac Ninh province, the company said on Monday, as its customers push suppliers to spread production beyond China.
L city HANOI
O company Kisaragi Denshi
L city Kyoto
F money 4.7 trillion dong
F money $180 million
L country Vietnam
L region Bac Ninh
L country China
> The plant, on a 38-hectare site in the Que Vo Industrial Park, will start operating in the second half of 2041 and make up to 90 million modules a year at full capacity. It will employ about 6,500 people, making it the company's largest factory outside Japan.
F quantity 38-hectare
L facility Que Vo Industrial Park
F date 2041
F number 90 million
F number 6,500
L country Japan
> Kisaragi, founded in 1962, already runs a plant in Thai Nguyen with 4,200 workers. Vietnam accounted for 31% of its output in the fiscal year ended March 2040, up from 12% five years earlier.
O company Kisaragi
F date 1962
L region Thai Nguyen
F number 4,200
L country Vietnam
F percent 31%
F date March 2040
F percent 12%
F duration five years
> President Shinsuke Amakawa told Nikkei Asia that customers now demand "at least two sources for every part, in two countries." Speaking in Tokyo, he said: "Ten years ago the first question from a customer was price. Today it is risk.
P full Shinsuke Amakawa
O media Nikkei Asia
Q direct Shinsuke Amakawa :: "at least two sources for every part, in two countries."
F number two
F number two
L city Tokyo
Q direct Shinsuke Amakawa :: "Ten years ago the first question from a customer was price. Today it is risk.
F duration Ten years
> "What we used to call 'China plus one' is no longer a strategy. It is the minimum."
Q direct Shinsuke Amakawa :: "What we used to call 'China plus one' is no longer a strategy. It is the minimum."
> Wages are part of the calculation. Kisaragi will pay assembly workers about 8.2 million dong a month, roughly 40% above the regional minimum wage, said Pham Thi Thu Trang, general director of its Vietnamese unit. "We compete with Samsung and Foxconn for the same workers. If the salary is not good, they leave after three months," Trang said.
O company Kisaragi
F money 8.2 million dong
F percent 40%
P full Pham Thi Thu Trang
Q direct Pham Thi Thu Trang :: "We compete with Samsung and Foxconn for the same workers. If the salary is not good, they leave after three months,"
O company Samsung
O company Foxconn
F duration three months
P partial Trang
> She said the factory would run two 12-hour shifts and build a dormitory for 1,800 workers, many of whom are expected to come from Thanh Hoa and Nghe An provinces.
F number two
F duration 12-hour
F number 1,800
L region Thanh Hoa
L region Nghe An
> The Bac Ninh Provincial People's Committee said in a statement that the project would receive a four-year corporate income tax exemption and a 50% cut for the following nine years under the province's incentives for "high-tech projects." An official at the committee, who asked not to be named, said land for the plant had been cleared in "record time, about five months."
O government Bac Ninh Provincial People's Committee
F duration four-year
F percent 50%
F duration nine years
Q direct Bac Ninh Provincial People's Committee :: "high-tech projects."
Q direct - :: "record time, about five months."
F duration five months
> Nguyen Hoang Long, head of research at Hanoi-based Hoan Kiem Securities, said electronics now make up more than 35% of Vietnam's exports. "The risk is that the ecosystem stays shallow. Most components are still imported, so local value added is maybe 15% to 20%," Long said.
P full Nguyen Hoang Long
L city Hanoi
O company Hoan Kiem Securities
F percent 35%
L country Vietnam
Q direct Nguyen Hoang Long :: "The risk is that the ecosystem stays shallow. Most components are still imported, so local value added is maybe 15% to 20%,"
F percent 15%
F percent 20%
P partial Long
> Vietnam's electronics exports reached $168 billion in 2039, according to customs data. Kisaragi's shares rose 3.4% in Tokyo on Tuesday, closing at 2,815 yen.
L country Vietnam
F money $168 billion
F date 2039
O company Kisaragi
F percent 3.4%
L city Tokyo
F money 2,815 yen
'''

ARTICLES['1247-bear-river-levee-seepage-wall-linda-olivehurst-trlia-army-corps-sacramento-bee'] = r'''
> Local
> Army Corps unveils $286 million plan to fix leaky Bear River levee near Linda, Olivehurst
O government Army Corps
F money $286 million
L geo Bear River
L city Linda
L city Olivehurst
> By Marisol Quintero-Haines
P full Marisol Quintero-Haines
> Updated April 3, 2040 6:00 AM
F date April 3, 2040
F time 6:00 AM
> A U.S. Army Corps of Engineers crew inspects a seepage boil on the Bear River levee south of Olivehurst on March 28, 2040. Teo Abernathy-Ruiz tabernathy@sacbee.com
O government U.S. Army Corps of Engineers
L geo Bear River
L city Olivehurst
F date March 28, 2040
P full Teo Abernathy-Ruiz
> The U.S. Army Corps of Engineers wants to spend $286 million rebuilding 4.7 miles of the Bear River levee that protects Linda, Olivehurst and Plumas Lake, after water seeped under the earthen embankment during January’s storms and forced 31,000 Yuba County residents to leave their homes for two nights.
O government U.S. Army Corps of Engineers
F money $286 million
F quantity 4.7 miles
L geo Bear River
L city Linda
L city Olivehurst
L city Plumas Lake
F number 31,000
L region Yuba County
F duration two nights
> The plan, released Tuesday, targets what engineers call “underseepage” with a wall of cement and clay slurry up to 85 feet deep along the levee from the Feather River confluence east to Highway 65, plus 14 relief wells and a new berm near the Wheatland Road crossing.
Q scare - :: “underseepage”
F quantity 85 feet
L geo Feather River
L street Highway 65
F number 14
L street Wheatland Road
> “The levee did its job in January, but just barely,” said Col. Adaeze Whitford-Ruiz, commander of the Corps’ Sacramento District. “We saw boils the size of a kitchen table on the land side. That tells us water was moving under the levee faster than it should, and we don’t wait for the next storm to find out what happens.”
Q direct Adaeze Whitford-Ruiz :: “The levee did its job in January, but just barely,”
P full Adaeze Whitford-Ruiz
O government Corps
O government Sacramento District
Q direct Adaeze Whitford-Ruiz :: “We saw boils the size of a kitchen table on the land side. That tells us water was moving under the levee faster than it should, and we don’t wait for the next storm to find out what happens.”
> Construction would start in spring 2041 and take about three years. The federal government would pay 65% of the cost, with the rest split between the state and the Three Rivers Levee Improvement Authority, known as TRLIA, the local agency that has rebuilt much of the area’s levee system since 2004.
F date 2041
F duration three years
F percent 65%
O government Three Rivers Levee Improvement Authority
O government TRLIA
F date 2004
> TRLIA’s share would be about $42 million, which the agency hopes to cover with a new assessment on some 14,000 parcels, said its executive director, Gloria Paniagua-Sten. Homeowners in Plumas Lake already pay an average of $318 a year for flood protection.
O government TRLIA
F money $42 million
F number 14,000
P full Gloria Paniagua-Sten
L city Plumas Lake
F money $318
> “People here remember 1997. They are not going to argue about whether this is needed,” Paniagua-Sten said. “They are going to argue about who pays.”
Q direct Gloria Paniagua-Sten :: “People here remember 1997. They are not going to argue about whether this is needed,”
F date 1997
P partial Paniagua-Sten
Q direct Gloria Paniagua-Sten :: “They are going to argue about who pays.”
> Assemblymember Derek Solberg-Nakamura, R-Marysville, whose district includes the area, said he would ask the Legislature for $60 million from the state’s flood bond to cut the local bill. State Sen. Alma Ruvalcaba, D-Woodland, said she supported the request but warned that “every levee district in the Valley is asking for the same money.”
P full Derek Solberg-Nakamura
L city Marysville
O government Legislature
F money $60 million
P full Alma Ruvalcaba
L city Woodland
Q direct Alma Ruvalcaba :: “every levee district in the Valley is asking for the same money.”
L region Valley
> In Linda, where some streets sit 15 feet below the top of the levee, Rosa Elena Vang, 58, said her family spent two nights in a Red Cross shelter in Yuba City. “My son asked me if the house would still be there. I didn’t know what to tell him,” she said. “Now they say 2044. That is a lot of winters.”
L city Linda
F quantity 15 feet
P full Rosa Elena Vang
F age 58
F duration two nights
O nonprofit Red Cross
L city Yuba City
Q direct Rosa Elena Vang :: “My son asked me if the house would still be there. I didn’t know what to tell him,”
Q direct Rosa Elena Vang :: “Now they say 2044. That is a lot of winters.”
F date 2044
> The Central Valley Flood Protection Board, which must approve the project, will take it up at its May 23 meeting in Sacramento. A board spokesperson said staff had not finished its review. Public comments on the plan are due by 5 p.m. May 4.
O government Central Valley Flood Protection Board
F date May 23
L city Sacramento
F time 5 p.m.
F date May 4
> A state water official who was not authorized to speak publicly said the January seepage was “the closest call on the Bear in 20 years.” The river peaked at 29.6 feet at the Wheatland gauge on Jan. 9, 2040, about 1.4 feet below the record.
Q direct - :: “the closest call on the Bear in 20 years.”
L geo Bear
F duration 20 years
F quantity 29.6 feet
L city Wheatland
F date Jan. 9, 2040
F quantity 1.4 feet
'''

ARTICLES['1248-meall-odhar-wind-farm-community-fund-dull-amulree-perthshire-the-national'] = r'''
> News
> Highland Perthshire villagers say wind farm fund has 'left us with crumbs'
L region Highland Perthshire
Q direct Mòrag NicDhòmhnaill :: 'left us with crumbs'
> Residents of Dull and Amulree say they see little of the £790,000 a year paid by the owner of the 22-turbine Meall Odhar scheme
L city Dull
L city Amulree
F money £790,000
F number 22
L facility Meall Odhar
> By Eilidh Dunbar-MacRae
P full Eilidh Dunbar-MacRae
> Reporter
> Published: 9th May 2040
F date 9th May 2040
> Turbines at the Meall Odhar wind farm above Amulree (Image: Ardcraig Energy)
L facility Meall Odhar
L city Amulree
O company Ardcraig Energy
> VILLAGERS living beneath one of Perthshire's biggest wind farms say most of its £790,000-a-year community fund is being spent miles away, in Perth and Aberfeldy.
L region Perthshire
F money £790,000
L city Perth
L city Aberfeldy
> The 22-turbine Meall Odhar wind farm, which began generating in October 2039, has a capacity of 158.4MW, and its owner, Ardcraig Energy, pays £5,000 per megawatt into the fund each year, in line with Scottish Government guidance.
F number 22
L facility Meall Odhar
F date October 2039
F quantity 158.4MW
O company Ardcraig Energy
F money £5,000
O government Scottish Government
> But under the fund's rules, any group within 15 miles of the turbines can apply. Of the £410,000 awarded so far by the Perth-based charity which runs it, the Tay Uplands Community Trust (TUCT), only £23,500 – less than 6% – has gone to Dull, Amulree and Glen Quaich, the three communities nearest the site.
F quantity 15 miles
F money £410,000
L city Perth
O nonprofit Tay Uplands Community Trust
O nonprofit TUCT
F money £23,500
F percent 6%
L city Dull
L city Amulree
L geo Glen Quaich
F number three
> "It has left us with crumbs," said Mòrag NicDhòmhnaill, 71, who has lived in Amulree for more than 40 years. "We look at those turbines every morning. We had the lorries through the village for two years. Then the money goes to a bowling club in Perth."
Q direct Mòrag NicDhòmhnaill :: "It has left us with crumbs,"
P full Mòrag NicDhòmhnaill
F age 71
L city Amulree
F duration 40 years
Q direct Mòrag NicDhòmhnaill :: "We look at those turbines every morning. We had the lorries through the village for two years. Then the money goes to a bowling club in Perth."
F duration two years
L city Perth
> Hamish Anstruther-Gow, who chairs Dull and Weem Community Council, said it had asked for half of the fund to be set aside for the villages closest to the turbines. "We asked for a 'nearest first' rule back in 2038 and we were told it was not practical," he said.
P full Hamish Anstruther-Gow
O government Dull and Weem Community Council
F fraction half
Q direct Hamish Anstruther-Gow :: "We asked for a 'nearest first' rule back in 2038 and we were told it was not practical,"
F date 2038
> "Nobody is saying Perth should get nothing. But a village of 90 people with no shop and one bus a day has a better claim than a golf club 20 miles away.
Q direct Hamish Anstruther-Gow :: "Nobody is saying Perth should get nothing. But a village of 90 people with no shop and one bus a day has a better claim than a golf club 20 miles away.
L city Perth
F number 90
F number one
F quantity 20 miles
> "If this is what community benefit looks like, the next wind farm will have a much harder time up here."
Q direct Hamish Anstruther-Gow :: "If this is what community benefit looks like, the next wind farm will have a much harder time up here."
> In a statement, TUCT said it was "committed to fairness" and would review its criteria at its annual meeting on 14th June. The trust said 38 of the 61 grants made so far had gone to groups in rural areas.
O nonprofit TUCT
Q direct Tay Uplands Community Trust :: "committed to fairness"
F date 14th June
F number 38
F number 61
> A spokeswoman for Ardcraig Energy, a subsidiary of the Danish firm Nordvig Vind, said the company did not decide how the money was spent. "Our role is to pay into the fund, and we always pay on time," she said.
O company Ardcraig Energy
O company Nordvig Vind
Q direct - :: "Our role is to pay into the fund, and we always pay on time,"
> Perth and Kinross councillor Ruaridh Mac an t-Saoir (SNP) said he would press for a "fairer formula" in future deals, including the proposed 30-turbine Glen Cochill extension, which is due to go before the Scottish Government's Energy Consents Unit later this year.
L region Perth and Kinross
P full Ruaridh Mac an t-Saoir
O party SNP
Q direct Ruaridh Mac an t-Saoir :: "fairer formula"
F number 30
L geo Glen Cochill
O government Scottish Government
O government Energy Consents Unit
> Ardcraig says its turbines, each 200 metres tall to the blade tip, can power the equivalent of 160,000 homes.
O company Ardcraig
F quantity 200 metres
F number 160,000
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
