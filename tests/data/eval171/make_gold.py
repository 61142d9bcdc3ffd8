#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval171 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval171/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1069-waterford-kilkenny-all-ireland-hurling-final-croke-park-irish-independent'] = r'''
> Hurling
> Déise end 80-year wait as super-sub Ó Catháin’s late goal sinks Kilkenny in All-Ireland final
O team Déise
F duration 80-year
P partial Ó Catháin
O team Kilkenny
> Waterford 2-22 Kilkenny 1-23
O team Waterford
F score 2-22
O team Kilkenny
F score 1-23
> Cian Ó Murchú
P full Cian Ó Murchú
> Sun 7 Aug 2039 at 19:48
F date 7 Aug 2039
F time 19:48
> Waterford’s Daithí Ó Catháin celebrates scoring his side’s second goal against Kilkenny at Croke Park. Photo: Sportsfile
O team Waterford
P full Daithí Ó Catháin
O team Kilkenny
L facility Croke Park
O media Sportsfile
> For 80 years the weight of 1959 sat on Waterford. Today, in front of 82,300 people at Croke Park, a 22-year-old substitute from Kill lifted it off the county’s shoulders in the space of three minutes.
F duration 80 years
F date 1959
L region Waterford
F number 82,300
L facility Croke Park
F age 22-year-old
L city Kill
F duration three minutes
> Daithí Ó Catháin had been on the pitch for just nine minutes when he gathered a long delivery from Conor Fahy-Power, turned his marker and drilled a low shot past Kilkenny goalkeeper Ronan Dunphy in the 68th minute. Two minutes later he was fouled for the free that Shane Ó Faoláin pointed to put the Déise two clear, and there was no way back for the Cats.
P full Daithí Ó Catháin
F duration nine minutes
P full Conor Fahy-Power
O team Kilkenny
P full Ronan Dunphy
F duration Two minutes
P full Shane Ó Faoláin
O team Déise
F number two
O team Cats
> Kilkenny, chasing a 38th title, had led by four points at the break, 1-13 to 0-12, after TJ Brennan-Kealy flicked home a Ciarán Tobin sideline cut in the 31st minute.
O team Kilkenny
F number four
F score 1-13
F score 0-12
P full TJ Brennan-Kealy
P full Ciarán Tobin
> Waterford manager Mícheál de Paor said his players had “refused to die” when the game looked gone.
O team Waterford
P full Mícheál de Paor
Q direct Mícheál de Paor :: “refused to die”
> “We were four down at half-time and, to be honest, we were lucky it wasn’t six,” de Paor said. “I told them in the dressing room that nobody outside this group believed in them. I said, ‘Go out and hurl like it’s a Tuesday night in Fraher Field.’ And they did.
Q direct Mícheál de Paor :: “We were four down at half-time and, to be honest, we were lucky it wasn’t six,”
Q direct Mícheál de Paor :: “I told them in the dressing room that nobody outside this group believed in them. I said, ‘Go out and hurl like it’s a Tuesday night in Fraher Field.’ And they did.
F number four
F number six
P partial de Paor
L facility Fraher Field
> “This is for everyone in Waterford who went home from here in tears in 2008 and 2017. Those days are gone now.”
Q direct Mícheál de Paor :: “This is for everyone in Waterford who went home from here in tears in 2008 and 2017. Those days are gone now.”
L region Waterford
F date 2008
F date 2017
> Ó Catháin, an apprentice electrician with the Abbeyside club, finished with 1-2. Ó Faoláin, the county’s all-time top scorer at 29, contributed 0-11, seven from frees, and Fahy-Power scored 1-3 from play.
P partial Ó Catháin
O team Abbeyside
F score 1-2
P partial Ó Faoláin
F age 29
F score 0-11
F number seven
P partial Fahy-Power
F score 1-3
> Asked about his goal, Ó Catháin was almost lost for words. “I just hit it and hoped. I don’t even remember it going in,” he said. “My mother was up in the Hogan Stand. I’d say she’ll remember it for both of us.”
P partial Ó Catháin
Q direct Daithí Ó Catháin :: “I just hit it and hoped. I don’t even remember it going in,”
Q direct Daithí Ó Catháin :: “My mother was up in the Hogan Stand. I’d say she’ll remember it for both of us.”
L facility Hogan Stand
> Kilkenny manager Declan Fennelly-Moran did not hide his disappointment. “Fair play to Waterford. They kept coming and we didn’t put them away when we had the chance,” he said. “Sixty-eight minutes of good hurling and two minutes of bad decisions. That’s what loses you a final.”
O team Kilkenny
P full Declan Fennelly-Moran
Q direct Declan Fennelly-Moran :: “Fair play to Waterford. They kept coming and we didn’t put them away when we had the chance,”
Q direct Declan Fennelly-Moran :: “Sixty-eight minutes of good hurling and two minutes of bad decisions. That’s what loses you a final.”
O team Waterford
F duration Sixty-eight minutes
F duration two minutes
> The Gaelic Athletic Association (GAA) said receipts from the final came to €7.4m, up 6pc on last year, with stand tickets at €100 and terrace tickets at €60. It was the fourth sell-out final in a row.
O other Gaelic Athletic Association
O other GAA
F money €7.4m
F percent 6pc
F money €100
F money €60
> Waterford’s two previous titles came in 1948 and 1959, the second of them after a replay against Kilkenny.
O team Waterford
F number two
F date 1948
F date 1959
O team Kilkenny
> The squad will return home tomorrow, with a homecoming planned for Dungarvan at 6pm and for Waterford city at 8.30pm. Waterford City and County Council said the Causeway would be closed to traffic from 4pm.
L city Dungarvan
F time 6pm
L city Waterford
F time 8.30pm
O government Waterford City and County Council
L street Causeway
F time 4pm
'''

ARTICLES['1070-gazipur-garment-workers-wage-protest-bgmea-daily-star'] = r'''
> Business
> Gazipur workers take to streets demanding 40% wage hike
L region Gazipur
F percent 40%
> Police fire tear gas on Dhaka-Mymensingh highway; BGMEA says factories cannot pay more than Tk 2,000 extra
L city Dhaka
L city Mymensingh
O nonprofit BGMEA
F money Tk 2,000
> Tahmina Akter Shimu, Gazipur
P full Tahmina Akter Shimu
L city Gazipur
> Mon Sep 17, 2040 12:00 AM Last update on: Mon Sep 17, 2040 02:14 AM
F date Sep 17, 2040
F time 12:00 AM
F date Sep 17, 2040
F time 02:14 AM
> Garment workers block the Dhaka-Mymensingh highway at Bhogra in Gazipur yesterday, demanding a new minimum wage of Tk 21,000. Photo: Star
L city Dhaka
L city Mymensingh
L city Bhogra
L region Gazipur
F money Tk 21,000
O media Star
> Thousands of garment workers from at least 60 factories in Gazipur walked out yesterday and blocked the Dhaka-Mymensingh highway for nearly five hours, demanding that the minimum monthly wage be raised by 40 percent to Tk 21,000.
F number 60
L region Gazipur
L city Dhaka
L city Mymensingh
F duration five hours
F percent 40 percent
F money Tk 21,000
> The protest began around 8:30am at Konabari and spread to Kashimpur, Chandona Chowrasta and Bhogra by noon. Traffic on the highway remained stalled until 1:15pm, leaving a tailback of about 12 kilometres.
F time 8:30am
L city Konabari
L city Kashimpur
L city Chandona Chowrasta
L city Bhogra
F time 1:15pm
F quantity 12 kilometres
> Police fired tear gas and sound grenades to disperse workers near the Bhogra bypass, leaving at least 23 people injured, including four policemen. Seven of the injured were taken to Shaheed Tajuddin Ahmad Medical College Hospital.
L city Bhogra
F number 23
F number four
F number Seven
O other Shaheed Tajuddin Ahmad Medical College Hospital
> The current minimum wage of Tk 15,000 was set in December 2038. Workers say food prices have risen by nearly a third since then, and house rent in the industrial belt by 18 percent.
F money Tk 15,000
F date December 2038
F fraction a third
F percent 18 percent
> “We work 10 hours a day, six days a week, and still cannot feed our children,” said Rupa Akter, 27, a sewing operator at a knitwear factory in Konabari. “The owners say there is no money. Then how do they buy new cars every year?”
Q direct Rupa Akter :: “We work 10 hours a day, six days a week, and still cannot feed our children,”
Q direct Rupa Akter :: “The owners say there is no money. Then how do they buy new cars every year?”
F duration 10 hours
F duration six days
P full Rupa Akter
F age 27
L city Konabari
> Another worker, Md Rafiqul Islam Babu, who has worked at the same factory for 11 years, said his monthly take-home pay, including overtime, was Tk 17,400. “After rent and my daughter’s school fees, I have Tk 3,000 left for the whole month,” he said.
P full Md Rafiqul Islam Babu
F duration 11 years
F money Tk 17,400
Q direct Md Rafiqul Islam Babu :: “After rent and my daughter’s school fees, I have Tk 3,000 left for the whole month,”
F money Tk 3,000
> Bangladesh Garment Manufacturers and Exporters Association (BGMEA) President Ferdous Karim Mahmud said owners were “not against a raise” but could not absorb a 40 percent increase when orders from European buyers were down 11 percent year-on-year.
O nonprofit Bangladesh Garment Manufacturers and Exporters Association
O nonprofit BGMEA
P full Ferdous Karim Mahmud
Q direct Ferdous Karim Mahmud :: “not against a raise”
F percent 40 percent
F percent 11 percent
> “If wages go up by Tk 6,000 overnight, at least 300 small and medium factories will shut down within six months. Who benefits then?” he told The Daily Star. He said the association could accept an increase of up to Tk 2,000, or about 13 percent, from January 1.
Q direct Ferdous Karim Mahmud :: “If wages go up by Tk 6,000 overnight, at least 300 small and medium factories will shut down within six months. Who benefits then?”
F money Tk 6,000
F number 300
F duration six months
O media The Daily Star
F money Tk 2,000
F percent 13 percent
F date January 1
> Anisur Rahman Talukder, superintendent of Industrial Police-2 in Gazipur, said 41 factories had declared a holiday for today to avoid further unrest.
P full Anisur Rahman Talukder
O government Industrial Police-2
L region Gazipur
F number 41
> “The situation is under control now. We are asking the workers to go back to work and let the wage board do its job,” he said.
Q direct Anisur Rahman Talukder :: “The situation is under control now. We are asking the workers to go back to work and let the wage board do its job,”
> The Minimum Wage Board, which met on September 10, is expected to announce a recommendation by mid-October, an official at the labour ministry said, asking not to be named. “There is pressure from both sides. The board will not be rushed,” the official said.
O government Minimum Wage Board
F date September 10
Q direct - :: “There is pressure from both sides. The board will not be rushed,”
> Bangladesh earned $41.6 billion from garment exports in fiscal 2039-40, making it the world’s second-largest exporter after China, according to BGMEA data. The sector employs around 4 million workers.
L country Bangladesh
F money $41.6 billion
F date 2039-40
L country China
O nonprofit BGMEA
F number 4 million
> Jesmin Ara Mollika, general secretary of the Gazipur Garment Workers’ Unity Council, said workers would form a human chain in front of the National Press Club in Dhaka at 10:00am on Friday if no new offer was made. She called the owners’ offer of Tk 2,000 “an insult”.
P full Jesmin Ara Mollika
O nonprofit Gazipur Garment Workers’ Unity Council
L facility National Press Club
L city Dhaka
F time 10:00am
F money Tk 2,000
Q direct Jesmin Ara Mollika :: “an insult”
'''

ARTICLES['1071-cocoa-record-ivory-coast-ghana-crop-deficit-reuters'] = r'''
> Cocoa prices hit record above $14,000 as Ivory Coast, Ghana crops falter
F money $14,000
L country Ivory Coast
L country Ghana
> By Priya Venkataraman and Yao Kouadio N'Guessan
P full Priya Venkataraman
P full Yao Kouadio N'Guessan
> March 12, 2040 5:41 PM GMT
F date March 12, 2040
F time 5:41 PM GMT
> Cocoa pods are seen at a farm in Soubre, Ivory Coast, February 20, 2040. REUTERS/Ange Tiemoko/File Photo
L city Soubre
L country Ivory Coast
F date February 20, 2040
O media REUTERS
P full Ange Tiemoko
> LONDON, March 12 (Reuters) - Cocoa futures jumped to a record high on Monday, with New York prices topping $14,000 a tonne for the first time, as arrivals at ports in top grower Ivory Coast fell further behind last season's pace and Ghana cut its crop forecast by a fifth.
L city LONDON
F date March 12
O media Reuters
L city New York
F money $14,000
L country Ivory Coast
L country Ghana
F fraction a fifth
> The most-active May contract on ICE Futures U.S. rose as much as 6.8% to $14,262 a tonne before settling at $14,105, up 5.7%. London cocoa for May gained 5.1% to 10,418 pounds a tonne, also a record.
O company ICE Futures U.S.
F percent 6.8%
F money $14,262
F money $14,105
F percent 5.7%
L city London
F percent 5.1%
F money 10,418 pounds
> Prices have risen about 62% since the start of the year and have more than doubled in 12 months, squeezing chocolate makers and grinders already struggling with thin margins.
F percent 62%
F duration 12 months
> Farmers had delivered 1.21 million tonnes of beans to ports in Ivory Coast between Oct. 1 and March 10, down 27% from 1.66 million tonnes in the same period a season earlier, according to exporters' estimates.
F quantity 1.21 million tonnes
L country Ivory Coast
F date Oct. 1
F date March 10
F percent 27%
F quantity 1.66 million tonnes
> "The mid-crop is looking very poor. The trees are exhausted after two dry seasons and there is swollen shoot everywhere in the west," said an exporter in Abidjan, who asked not to be named because he was not authorized to speak to the media.
Q direct - :: "The mid-crop is looking very poor. The trees are exhausted after two dry seasons and there is swollen shoot everywhere in the west,"
F number two
L city Abidjan
> In Ghana, the world's second-biggest grower, the Ghana Cocoa Board (Cocobod) cut its 2039/40 production forecast to 480,000 tonnes from 600,000 tonnes, two sources at the regulator said. Cocobod declined to comment.
L country Ghana
O government Ghana Cocoa Board
O government Cocobod
F date 2039/40
F quantity 480,000 tonnes
F quantity 600,000 tonnes
F number two
O government Cocobod
> "We are looking at a third consecutive deficit, and stocks are already at their lowest in more than four decades," said Harriet Vandersloot, head of softs research at Marlowe Commodities in London. "Until there is a real demand response, the market has nowhere to go but up."
Q direct Harriet Vandersloot :: "We are looking at a third consecutive deficit, and stocks are already at their lowest in more than four decades,"
Q direct Harriet Vandersloot :: "Until there is a real demand response, the market has nowhere to go but up."
F duration four decades
P full Harriet Vandersloot
O company Marlowe Commodities
L city London
> She said demand was "finally starting to crack", with first-quarter grindings likely to fall 4% to 5% from a year earlier.
Q direct Harriet Vandersloot :: "finally starting to crack"
F percent 4%
F percent 5%
> The International Cocoa Organization (ICCO) last month forecast a global deficit of 374,000 tonnes for the 2039/40 season, the ICCO's largest shortfall estimate in over 60 years.
O intergovernmental International Cocoa Organization
O intergovernmental ICCO
F quantity 374,000 tonnes
F date 2039/40
O intergovernmental ICCO
F duration 60 years
> Ivory Coast's cocoa regulator, the Conseil du Cafe-Cacao (CCC), has raised the farmgate price for the April-to-September mid-crop to 3,200 CFA francs ($5.31) per kilogram, up 14% from the main crop, in an effort to discourage smuggling to neighboring Guinea and Liberia.
L country Ivory Coast
O government Conseil du Cafe-Cacao
O government CCC
F money 3,200 CFA francs
F money $5.31
F percent 14%
L country Guinea
L country Liberia
> "Price is not the only problem. A farmer with sick trees cannot sell beans he does not have," said Brahima Ouattara-Kone, president of a cooperative of 1,150 growers near Daloa.
Q direct Brahima Ouattara-Kone :: "Price is not the only problem. A farmer with sick trees cannot sell beans he does not have,"
P full Brahima Ouattara-Kone
F number 1,150
L city Daloa
> Hedge funds held a net long position of 31,400 lots in New York cocoa as of March 5, according to U.S. Commodity Futures Trading Commission (CFTC) data, down from 48,000 lots in January.
F number 31,400
L city New York
F date March 5
O government U.S. Commodity Futures Trading Commission
O government CFTC
F number 48,000
> Elsewhere in softs, arabica coffee fell 1.2% to $3.84 per lb, while raw sugar rose 0.3% to 21.16 cents per lb.
F percent 1.2%
F money $3.84
F percent 0.3%
F money 21.16 cents
> (Reporting by Priya Venkataraman in London and Yao Kouadio N'Guessan in Abidjan; Additional reporting by Kofi Mensah-Bonsu in Accra; Editing by Gwendolyn Marr)
P full Priya Venkataraman
L city London
P full Yao Kouadio N'Guessan
L city Abidjan
P full Kofi Mensah-Bonsu
L city Accra
P full Gwendolyn Marr
'''

ARTICLES['1072-tagus-segura-emergency-water-transfer-drought-castilla-la-mancha-el-pais'] = r'''
> Climate
> Spain approves emergency water transfer to Murcia as Tagus headwaters fall to record low
L country Spain
L region Murcia
L geo Tagus
> The Council of Ministers authorizes 27 cubic hectometers for the southeast despite protests from Castilla-La Mancha, where the headwater reservoirs stand at 16% of capacity
O government Council of Ministers
F quantity 27 cubic hectometers
L region Castilla-La Mancha
F percent 16%
> Lucía Ferrández Ortuño
P full Lucía Ferrández Ortuño
> Toledo - Jul 19, 2039 - 07:00 CEST
L city Toledo
F date Jul 19, 2039
F time 07:00 CEST
> The Entrepeñas reservoir near Sacedón (Guadalajara), on July 14. Its water level has dropped 11 meters since March. ÁLVARO DEL RÍO MOYA
L facility Entrepeñas
L city Sacedón
L region Guadalajara
F date July 14
F quantity 11 meters
P full ÁLVARO DEL RÍO MOYA
> Spain’s Council of Ministers on Tuesday approved an emergency transfer of 27 cubic hectometers (hm³) of water from the headwaters of the Tagus river to the Segura basin, the largest single release through the Tagus-Segura aqueduct in five years. The decision, taken as the twin reservoirs of Entrepeñas and Buendía fell to 16% of their capacity, has reopened one of the country’s oldest water disputes.
L country Spain
O government Council of Ministers
F quantity 27 cubic hectometers
L geo Tagus
L geo Segura
L geo Tagus
L geo Segura
F duration five years
L facility Entrepeñas
L facility Buendía
F percent 16%
> The transfer, to be delivered over eight weeks, will supply irrigators in Murcia, Alicante and Almería, where the 2039 drought has left some 64,000 hectares of fruit and vegetables without guaranteed water. It will cost the irrigation communities €4.6 million, or €0.17 per cubic meter, according to the Ministry for the Ecological Transition.
F duration eight weeks
L region Murcia
L region Alicante
L region Almería
F date 2039
F quantity 64,000 hectares
F money €4.6 million
F money €0.17
O government Ministry for the Ecological Transition
> “We are not taking water from anyone’s tap. This is a minimum volume to keep trees alive in an exceptional situation,” said the minister for the Ecological Transition, Nerea Olabarrieta Gil, after the cabinet meeting. She said the minimum flow of the Tagus at Aranjuez, 8.65 cubic meters per second, would be respected “to the last liter.”
Q direct Nerea Olabarrieta Gil :: “We are not taking water from anyone’s tap. This is a minimum volume to keep trees alive in an exceptional situation,”
Q direct Nerea Olabarrieta Gil :: “to the last liter.”
P full Nerea Olabarrieta Gil
L geo Tagus
L city Aranjuez
F quantity 8.65 cubic meters per second
> In Toledo, the regional government of Castilla-La Mancha announced it would challenge the decision at the Supreme Court. “The Tagus is dying and Madrid is sending what little water it has 300 kilometers away,” said the regional president, Javier Montalvo Sanz. “Our towns along the river have not seen a full reservoir since 2010.”
L city Toledo
L region Castilla-La Mancha
O government Supreme Court
Q direct Javier Montalvo Sanz :: “The Tagus is dying and Madrid is sending what little water it has 300 kilometers away,”
Q direct Javier Montalvo Sanz :: “Our towns along the river have not seen a full reservoir since 2010.”
L geo Tagus
L city Madrid
F quantity 300 kilometers
P full Javier Montalvo Sanz
F date 2010
> Montalvo said lakeside towns such as Sacedón, Alocén and Buendía had lost half their summer tourism since the reservoirs began to shrink, and that his government would ask for €30 million in compensation.
P partial Montalvo
L city Sacedón
L city Alocén
L city Buendía
F fraction half
F money €30 million
> The drought is also hitting vineyards. Wine producers in La Mancha expect this year’s harvest to fall to around 14.2 million hectoliters, 22% below the 2038 figure, according to estimates by the farmers’ association Asaja Castilla-La Mancha.
L region La Mancha
F quantity 14.2 million hectoliters
F percent 22%
F date 2038
O nonprofit Asaja Castilla-La Mancha
> In Murcia, irrigators welcomed the transfer but called it insufficient. “Twenty-seven hectometers is a lifeline, not a solution,” said Ginés Sánchez-Albarracín, spokesman for the Central Union of Irrigators of the Tagus-Segura Aqueduct (SCRATS), which represents some 80,000 farmers. “Without the transfer, the Campo de Cartagena would be a desert within three years.”
L region Murcia
Q direct Ginés Sánchez-Albarracín :: “Twenty-seven hectometers is a lifeline, not a solution,”
Q direct Ginés Sánchez-Albarracín :: “Without the transfer, the Campo de Cartagena would be a desert within three years.”
F quantity Twenty-seven hectometers
P full Ginés Sánchez-Albarracín
O nonprofit Central Union of Irrigators of the Tagus-Segura Aqueduct
O nonprofit SCRATS
F number 80,000
L region Campo de Cartagena
F duration three years
> Sánchez-Albarracín added that farmers in the Segura basin had already cut irrigation by a third and that 2,300 jobs were at risk in the packing plants of the Vega Baja.
P partial Sánchez-Albarracín
L geo Segura
F fraction a third
F number 2,300
L region Vega Baja
> Under the rules in force since 2014, ordinary transfers are allowed only when Entrepeñas and Buendía together hold more than 400 hm³; below that, the cabinet can only approve an exceptional release. On Monday they held 394 hm³, according to the Tagus Hydrographic Confederation (CHT), which declared the upper Tagus to be in a situation of “exceptional drought” in June. The CHT expects inflows of just 2.1 hm³ a week until the autumn rains.
F date 2014
L facility Entrepeñas
L facility Buendía
F quantity 400 hm³
F quantity 394 hm³
O government Tagus Hydrographic Confederation
O government CHT
L geo Tagus
Q scare - :: “exceptional drought”
O government CHT
F quantity 2.1 hm³
'''

ARTICLES['1073-blue-line-extension-light-rail-delay-cost-hennepin-county-star-tribune'] = r'''
> Transportation
> Blue Line Extension delayed again as cost climbs to $3.9 billion
F money $3.9 billion
> Opening of the 13-mile line to Brooklyn Park pushed to 2043; county commissioners question Met Council’s new estimate
F quantity 13-mile
L city Brooklyn Park
F date 2043
O government Met Council
> By Dana Lindqvist-Okafor
P full Dana Lindqvist-Okafor
> June 12, 2040 — 6:52PM
F date June 12, 2040
F time 6:52PM
> Construction crews work on the Blue Line Extension guideway near the planned 85th Avenue station in Brooklyn Park on Friday. (Marcus Thao-Bergstrom/The Minnesota Star Tribune)
L street 85th Avenue
L city Brooklyn Park
P full Marcus Thao-Bergstrom
O media The Minnesota Star Tribune
> The Blue Line Extension will not open before 2043, two years later than promised, and its price tag has grown by $410 million to $3.9 billion, the Metropolitan Council told Hennepin County commissioners Tuesday.
F date 2043
F duration two years
F money $410 million
F money $3.9 billion
O government Metropolitan Council
L region Hennepin County
> The 13.4-mile line, which will run from Target Field Station in downtown Minneapolis through north Minneapolis, Robbinsdale and Crystal to Brooklyn Park, is the largest public works project in Hennepin County history. It is expected to carry 27,000 riders a day by 2045.
F quantity 13.4-mile
L facility Target Field Station
L city Minneapolis
L city Minneapolis
L city Robbinsdale
L city Crystal
L city Brooklyn Park
L region Hennepin County
F number 27,000
F date 2045
> Met Council Chair Teresa Vang-Hallstrom blamed the delay on utility relocation along West Broadway Avenue and on a 14-month dispute with BNSF Railway over the use of its corridor, which was settled in March.
O government Met Council
P full Teresa Vang-Hallstrom
L street West Broadway Avenue
F duration 14-month
O company BNSF Railway
> “We found more than 1,100 utility conflicts under West Broadway, far more than the design showed,” Vang-Hallstrom said. “I’m not going to stand here and pretend that’s good news. But we’d rather tell the board the truth now than in 2042.”
Q direct Teresa Vang-Hallstrom :: “We found more than 1,100 utility conflicts under West Broadway, far more than the design showed,”
Q direct Teresa Vang-Hallstrom :: “I’m not going to stand here and pretend that’s good news. But we’d rather tell the board the truth now than in 2042.”
F number 1,100
L street West Broadway
P partial Vang-Hallstrom
F date 2042
> Commissioners were not satisfied. Commissioner Abdirahman Warsame-Lind, whose district includes Brooklyn Park, said residents along the route had been “promised a train for a decade” and were still waiting.
P full Abdirahman Warsame-Lind
L city Brooklyn Park
Q direct Abdirahman Warsame-Lind :: “promised a train for a decade”
> “Every time we meet, the number goes up and the date goes back,” he said. “At some point the county has to ask whether the Met Council can deliver this project at all.”
Q direct Abdirahman Warsame-Lind :: “Every time we meet, the number goes up and the date goes back,”
Q direct Abdirahman Warsame-Lind :: “At some point the county has to ask whether the Met Council can deliver this project at all.”
O government Met Council
> Hennepin County is paying 30% of the capital cost under a 2034 agreement, or about $1.17 billion at the new estimate. The state and federal governments are covering the rest, including $1.6 billion from the Federal Transit Administration (FTA), which must approve the revised budget.
L region Hennepin County
F percent 30%
F date 2034
F money $1.17 billion
F money $1.6 billion
O government Federal Transit Administration
O government FTA
> Commissioner Marit Solheim-Dahl, who chairs the board’s transportation committee, said the county would hire an independent engineering firm to review the estimate within 90 days. “We owe that to taxpayers,” she said.
P full Marit Solheim-Dahl
F duration 90 days
Q direct Marit Solheim-Dahl :: “We owe that to taxpayers,”
> Twelve stations are planned along the line, including four in north Minneapolis and two in Robbinsdale. Trains would run every 10 minutes and take about 41 minutes from Brooklyn Park to downtown, according to Metro Transit.
F number Twelve
F number four
L city Minneapolis
F number two
L city Robbinsdale
F duration 10 minutes
F duration 41 minutes
L city Brooklyn Park
O government Metro Transit
> Some business owners along West Broadway say construction is already hurting them. Kia Yang, 58, who has run a pho restaurant near Penn Avenue for 19 years, said sales had fallen by about a quarter since crews closed one lane in April.
L street West Broadway
P full Kia Yang
F age 58
L street Penn Avenue
F duration 19 years
F fraction a quarter
F number one
> “They told us two years. Now it’s going to be four,” Yang said. “My customers can’t find parking.”
Q direct Kia Yang :: “They told us two years. Now it’s going to be four,”
Q direct Kia Yang :: “My customers can’t find parking.”
F duration two years
F number four
P partial Yang
> The board will vote on the revised budget July 9. A public hearing is scheduled for 6 p.m. June 26 at the Brookdale Library, 6125 Shingle Creek Pkwy., in Brooklyn Center.
F date July 9
F time 6 p.m.
F date June 26
L facility Brookdale Library
L address 6125 Shingle Creek Pkwy.
L city Brooklyn Center
'''

ARTICLES['1074-senate-hearing-rice-smuggling-subic-batangas-boc-rappler'] = r'''
> Nation
> Senators grill BOC over 1.2 million kilos of smuggled rice in Subic, Batangas
O government BOC
F quantity 1.2 million kilos
L city Subic
L city Batangas
> BOC officials admit that 46 container vans of rice were released without physical inspection at two ports over 11 days in August
O government BOC
F number 46
F number two
F duration 11 days
> Bea Sarmiento-Lazaro
P full Bea Sarmiento-Lazaro
> Sep 6, 2039 8:47 PM PHT
F date Sep 6, 2039
F time 8:47 PM PHT
> PROBE. Senator Ma. Leonora Dimaculangan-Reyes questions BOC officials during the Senate agriculture committee hearing on rice smuggling on September 6, 2039. Photo by Joel Buenaventura/Senate PRIB
P full Ma. Leonora Dimaculangan-Reyes
O government BOC
O government Senate
F date September 6, 2039
P full Joel Buenaventura
O government Senate PRIB
> MANILA, Philippines – Senators on Tuesday, September 6, grilled officials of the Bureau of Customs (BOC) over some 1.2 million kilos of imported rice that were released from the ports of Subic and Batangas without physical inspection, in what one senator called "the biggest rice smuggling scheme in a decade."
L city MANILA
L country Philippines
F date September 6
O government Bureau of Customs
O government BOC
F quantity 1.2 million kilos
L city Subic
L city Batangas
Q direct - :: "the biggest rice smuggling scheme in a decade."
> The shipments, 46 container vans declared as "assorted food items," arrived between August 3 and August 14 and had a declared value of only ₱18.6 million. The Department of Agriculture (DA) estimates their market value at ₱62 million, based on a retail price of ₱52 per kilo for regular milled rice.
F number 46
Q direct - :: "assorted food items,"
F date August 3
F date August 14
F money ₱18.6 million
O government Department of Agriculture
O government DA
F money ₱62 million
F money ₱52
> Senator Ramon Villaverde III, known to colleagues as "Monching," chairs the Senate committee on agriculture, food, and agrarian reform. He said the release orders at both ports were signed by the same customs examiner within 48 hours.
P full Ramon Villaverde III
Q scare - :: "Monching,"
P partial Monching
O government Senate
F duration 48 hours
> "Forty-six vans, one examiner, two ports, two days. Hindi ito aksidente (This is not an accident)," Villaverde said. "Somebody inside the bureau made sure these containers would never be opened."
Q direct Ramon Villaverde III :: "Forty-six vans, one examiner, two ports, two days. Hindi ito aksidente (This is not an accident),"
Q direct Ramon Villaverde III :: "Somebody inside the bureau made sure these containers would never be opened."
F number Forty-six
F number one
F number two
F duration two days
P partial Villaverde
> BOC Commissioner Arturo Dela Paz-Medina told the committee that the examiner, whom he did not name, had been relieved and placed under preventive suspension for 90 days. He said the BOC had filed smuggling charges against three importers, including a Valenzuela-based trading firm, Golden Harvest Agri-Trading Corporation.
O government BOC
P full Arturo Dela Paz-Medina
F duration 90 days
O government BOC
F number three
L city Valenzuela
O company Golden Harvest Agri-Trading Corporation
> "We are not defending anyone. The moment we saw the pattern, we acted," Dela Paz-Medina said. He admitted, however, that the BOC's X-ray scanners at the Port of Subic had been "down for maintenance" for most of August.
Q direct Arturo Dela Paz-Medina :: "We are not defending anyone. The moment we saw the pattern, we acted,"
Q direct Arturo Dela Paz-Medina :: "down for maintenance"
P partial Dela Paz-Medina
O government BOC
L facility Port of Subic
> Senator Carmelita Ong-Abaya asked why the DA had issued import clearances to the three importers when two of them had been blacklisted in 2037. Agriculture Undersecretary Efren Macaraeg said the clearances were issued under the "old system" and that the department was now reviewing 214 permits.
P full Carmelita Ong-Abaya
O government DA
F number three
F number two
F date 2037
P full Efren Macaraeg
Q direct Efren Macaraeg :: "old system"
F number 214
> The Federation of Free Farmers (FFF) estimates that smuggling costs the government at least ₱8 billion a year in lost tariffs and pushes down farmgate palay prices by ₱2 to ₱3 per kilo at harvest time.
O nonprofit Federation of Free Farmers
O nonprofit FFF
F money ₱8 billion
F money ₱2
F money ₱3
> The Philippines imported 4.1 million metric tons of rice in 2038, making it the world's biggest rice importer, according to the Bureau of Plant Industry. Rice imports are charged a 15% tariff.
L country Philippines
F quantity 4.1 million metric tons
F date 2038
O government Bureau of Plant Industry
F percent 15%
> Villaverde said the committee would subpoena the owners of the three firms and the examiner for the next hearing on September 20. "If they do not show up, we will cite them in contempt," he said. – Rappler.com
P partial Villaverde
F number three
F date September 20
Q direct Ramon Villaverde III :: "If they do not show up, we will cite them in contempt,"
O media Rappler.com
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
