#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval260 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval260/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1603-stryi-drone-factory-triples-output-lviv-oblast-hryvnias-kyiv-independent'] = r'''
> Business
> Western Ukraine drone factory triples output to 12,400 a month as brigades ask for more
L country Ukraine
F number 12,400
> A plant near Stryi that started in a rented garage in 2037 now employs 640 people and plans a second line in Zakarpattia
L city Stryi
F date 2037
F number 640
L region Zakarpattia
> by Daryna Kostiuk
P full Daryna Kostiuk
> March 14, 2042 4:37 PM
F date March 14, 2042
F time 4:37 PM
> Workers assemble attack drones at the Zhuravel Dynamics plant in Lviv Oblast on March 12, 2042. (Photo: Ihor Bondar/The Kyiv Independent)
O company Zhuravel Dynamics
L region Lviv Oblast
F date March 12, 2042
P full Ihor Bondar
O media The Kyiv Independent
> Zhuravel Dynamics, a drone maker in western Ukraine, built 12,400 attack drones in February, three times as many as a year earlier, its director told the Kyiv Independent on March 13.
O company Zhuravel Dynamics
L country Ukraine
F number 12,400
F number three
O media Kyiv Independent
F date March 13
> The plant, hidden in a Soviet-era dairy outside Stryi, about 70 kilometers south of Lviv, now runs three shifts a day and employs 640 people, more than half of them women.
L city Stryi
F quantity 70 kilometers
L city Lviv
F number three
F number 640
F fraction half
> “We started in 2037 with eight people in a garage on Shevchenka Street. Today we send a truck to the front every night,” said Oksana Melnychuk, 41, the company’s director and co-founder. “The war is decided in workshops like this one as much as in the trenches.”
Q direct Oksana Melnychuk :: “We started in 2037 with eight people in a garage on Shevchenka Street. Today we send a truck to the front every night,”
F date 2037
F number eight
L street Shevchenka Street
P full Oksana Melnychuk
F age 41
Q direct Oksana Melnychuk :: “The war is decided in workshops like this one as much as in the trenches.”
> Melnychuk said an average drone now costs 14,500 hryvnias ($350) to build, down from Hr 21,000 in 2040, because the factory makes its own frames, motors and batteries instead of buying parts from China.
P partial Melnychuk
F money 14,500 hryvnias
F money $350
F money Hr 21,000
F date 2040
L country China
> The Ministry of Strategic Industries has signed a contract worth Hr 2.8 billion ($67 million) for 190,000 drones to be delivered by the end of the year, Deputy Minister Taras Hnatiuk said during a visit to the plant on March 12.
O government Ministry of Strategic Industries
F money Hr 2.8 billion
F money $67 million
F number 190,000
P full Taras Hnatiuk
F date March 12
> “Two years ago, the state bought drones from 40 small workshops, each making a few hundred a month. Now we need factories,” Hnatiuk said. He added that the ministry wanted Ukraine to produce 4.5 million drones in 2042 and that about 60% of the components were already made in the country.
Q direct Taras Hnatiuk :: “Two years ago, the state bought drones from 40 small workshops, each making a few hundred a month. Now we need factories,”
F duration Two years
F number 40
P partial Hnatiuk
L country Ukraine
F number 4.5 million
F date 2042
F percent 60%
> He warned that Russian strikes remained the biggest risk. “Every factory that grows becomes a target. That is why we spread production across dozens of sites and keep some of them underground.
Q direct Taras Hnatiuk :: “Every factory that grows becomes a target. That is why we spread production across dozens of sites and keep some of them underground.
> “We will not tell you where they are, and you should not print it,” he said.
Q direct Taras Hnatiuk :: “We will not tell you where they are, and you should not print it,”
> At the front, the drones go to units such as the 24th Mechanized Brigade, which holds positions near Kostiantynivka in Donetsk Oblast, roughly 1,100 kilometers east of Stryi.
O government 24th Mechanized Brigade
L city Kostiantynivka
L region Donetsk Oblast
F quantity 1,100 kilometers
L city Stryi
> A drone operator with the brigade, a 29-year-old sergeant who gave only his first name, Yurii, and his call sign, “Kobzar,” said the new batches failed less often in rain and fog. “Last winter one in three drones fell before reaching the target. Now it’s maybe one in 10,” he said.
F age 29-year-old
P partial Yurii
Q scare - :: “Kobzar,”
Q direct Yurii :: “Last winter one in three drones fell before reaching the target. Now it’s maybe one in 10,”
F number one
F number three
F number one
F number 10
> The Nebo Foundation, a Lviv-based fund that raised $3.2 million from Ukrainians abroad last year, buys night-vision cameras and spare batteries that state contracts do not cover.
O nonprofit Nebo Foundation
L city Lviv
F money $3.2 million
> “The state pays for the drone. We pay for everything that brings it home,” said the foundation’s head, Roman Savchyn. The fund said it had sent 2,300 battery packs to the brigade since January and would hand over another 5,000 by May 1. In a statement, it called state purchasing of spare parts “still painfully slow.”
Q direct Roman Savchyn :: “The state pays for the drone. We pay for everything that brings it home,”
P full Roman Savchyn
F number 2,300
F number 5,000
F date May 1
Q direct Nebo Foundation :: “still painfully slow.”
> Melnychuk said the Zakarpattia line would open in June, adding 300 jobs and raising capacity to 20,000 drones a month. “In 2037 people told us eight was too many,” she said.
P partial Melnychuk
L region Zakarpattia
F number 300
F number 20,000
Q direct Oksana Melnychuk :: “In 2037 people told us eight was too many,”
F date 2037
F number eight
'''

ARTICLES['1604-heat-pumps-new-england-harvard-mit-study-worcester-boston-globe'] = r'''
> Metro
> Heat pumps cut winter bills in most New England homes, Harvard-MIT study finds
L region New England
O education Harvard
O education MIT
> But savings shrink when the thermometer drops below 5 degrees Fahrenheit, and a third of older triple-deckers still pay more
F quantity 5 degrees Fahrenheit
F fraction a third
> By Nora Callahan Globe Staff
P full Nora Callahan
> Updated February 21, 2041, 5:48 p.m.
F date February 21, 2041
F time 5:48 p.m.
> A heat pump outside a triple-decker on Vernon Street in Worcester. DANIELLE ORTIZ-REYES FOR THE BOSTON GLOBE
L street Vernon Street
L city Worcester
P full DANIELLE ORTIZ-REYES
O media THE BOSTON GLOBE
> Homes in New England that switched from oil or propane to air-source heat pumps saved an average of $1,140 a year on heating, but the savings fell sharply during cold snaps, according to a study by researchers at Harvard University and the Massachusetts Institute of Technology (MIT) published Wednesday.
L region New England
F money $1,140
O education Harvard University
O education Massachusetts Institute of Technology
O education MIT
> The team tracked 2,480 households in Massachusetts, Connecticut, New Hampshire and Maine from 2037 to 2040, using smart meters that logged electricity use every 15 minutes. About 71 percent of the homes came out ahead over a full year, 19 percent roughly broke even, and the rest paid more.
F number 2,480
L region Massachusetts
L region Connecticut
L region New Hampshire
L region Maine
F date 2037
F date 2040
F duration 15 minutes
F percent 71 percent
F percent 19 percent
> “The headline is good news, but the average hides a lot,” said Dr. Priya Venkataraman, an engineer at the Harvard John A. Paulson School of Engineering and Applied Sciences and the study’s lead author. “When it drops below 5 degrees, an older heat pump in a leaky house starts leaning on its electric backup, and that is where the bills jump.”
Q direct Priya Venkataraman :: “The headline is good news, but the average hides a lot,”
P full Priya Venkataraman
O education Harvard John A. Paulson School of Engineering and Applied Sciences
Q direct Priya Venkataraman :: “When it drops below 5 degrees, an older heat pump in a leaky house starts leaning on its electric backup, and that is where the bills jump.”
F quantity 5 degrees
> Her co-author, Marcus Oyelaran-Whitfield of the MIT Energy Initiative, said insulated homes did far better. “Insulate first, then electrify,” he said. “People hear that as a slogan, but the data say it’s worth about $400 a year.”
P full Marcus Oyelaran-Whitfield
O education MIT Energy Initiative
Q direct Marcus Oyelaran-Whitfield :: “Insulate first, then electrify,”
Q direct Marcus Oyelaran-Whitfield :: “People hear that as a slogan, but the data say it’s worth about $400 a year.”
F money $400
> The results matter for Massachusetts, which wants 500,000 homes heated by heat pumps by 2044. About 214,000 households had installed them by the end of 2040, according to the Massachusetts Department of Energy Resources (DOER).
L region Massachusetts
F number 500,000
F date 2044
F number 214,000
F date 2040
O government Massachusetts Department of Energy Resources
O government DOER
> “We are not going to hit those numbers if people get a $900 surprise in January,” said Elena Marchetti-Boyd, DOER’s deputy commissioner for buildings. She said the agency would raise rebates for cold-climate models to $12,000 from $8,500 starting April 1, with a $2,500 bonus for homes in older industrial cities such as Worcester, Lowell and Fall River.
Q direct Elena Marchetti-Boyd :: “We are not going to hit those numbers if people get a $900 surprise in January,”
F money $900
P full Elena Marchetti-Boyd
O government DOER
F money $12,000
F money $8,500
F date April 1
F money $2,500
L city Worcester
L city Lowell
L city Fall River
> In Worcester’s Main South neighborhood, Luis Ferreira, 58, replaced his oil burner with three ductless units in October 2039. His heating costs fell by almost half, he said, though a week of minus 8 degrees in January 2040 pushed that month’s bill to $611.
L city Worcester
L city Main South
P full Luis Ferreira
F age 58
F number three
F date October 2039
F fraction half
F quantity minus 8 degrees
F date January 2040
F money $611
> “My wife said, ‘Luis, you’re crazy.’ Now she won’t let me touch the thermostat,” Ferreira said. “The house is at 72 degrees and we’re not buying oil.”
Q direct Luis Ferreira :: “My wife said, ‘Luis, you’re crazy.’ Now she won’t let me touch the thermostat,”
P partial Luis
P partial Ferreira
Q direct Luis Ferreira :: “The house is at 72 degrees and we’re not buying oil.”
F quantity 72 degrees
> National Grid spokeswoman Kathleen Dunphy said winter peak demand in its Massachusetts territory could rise 30 percent by 2044, and that the company planned to spend $1.6 billion on substations. “The grid was built for summer air conditioning. We are rebuilding it for January,” she said.
O company National Grid
P full Kathleen Dunphy
L region Massachusetts
F percent 30 percent
F date 2044
F money $1.6 billion
Q direct Kathleen Dunphy :: “The grid was built for summer air conditioning. We are rebuilding it for January,”
> Homes that kept an oil furnace as backup in a so-called “dual-fuel” setup saved less, about $620 a year, but rarely saw a spike. An analyst at the Conservation Law Foundation, who asked not to be named, called the result “a useful warning, not a verdict.”
Q scare - :: “dual-fuel”
F money $620
O nonprofit Conservation Law Foundation
Q direct - :: “a useful warning, not a verdict.”
> Venkataraman said the team would extend the study to 6,000 homes in Vermont and Rhode Island over the next three years.
P partial Venkataraman
F number 6,000
L region Vermont
L region Rhode Island
F duration three years
> Nora Callahan can be reached at nora.callahan@globe.com.
P full Nora Callahan
'''

ARTICLES['1605-nse-jelapang-lorry-crash-three-dead-ipoh-perak-the-star'] = r'''
> Nation
> Three dead, 11 hurt in nine-vehicle pile-up on NSE near Ipoh
F number Three
F number 11
F number nine
L street NSE
L city Ipoh
> By MUHAMMAD HAZIQ ROSLAN
P full MUHAMMAD HAZIQ ROSLAN
> Sunday, 12 Oct 2042 7:45 PM MYT
F date 12 Oct 2042
F time 7:45 PM MYT
> Firemen cut open the wreck of a multi-purpose vehicle on the North-South Expressway near Jelapang on Sunday (Oct 12). — Perak Fire and Rescue Department
L street North-South Expressway
L city Jelapang
F date Oct 12
O government Perak Fire and Rescue Department
> IPOH: Three people were killed and 11 others injured when a lorry ploughed into slow-moving traffic on the southbound North-South Expressway (NSE) near the Jelapang toll plaza early on Sunday (Oct 12).
L city IPOH
F number Three
F number 11
L street North-South Expressway
L street NSE
L facility Jelapang
F date Oct 12
> Ipoh district police chief Asst Comm Shahrul Nizam Abdul Karim said the crash, which involved nine vehicles, happened at about 5.20am when the lorry, carrying 28 tonnes of sand, failed to stop behind a queue caused by roadworks.
L city Ipoh
P full Shahrul Nizam Abdul Karim
F number nine
F time 5.20am
F quantity 28 tonnes
> “Initial investigations found that the lorry was travelling at an estimated 110km/h in a zone limited to 60km/h because of lane closures,” he said in a statement, adding that the 34-year-old driver had been remanded under Section 41(1) of the Road Transport Act 1987.
Q direct Shahrul Nizam Abdul Karim :: “Initial investigations found that the lorry was travelling at an estimated 110km/h in a zone limited to 60km/h because of lane closures,”
F quantity 110km/h
F quantity 60km/h
F age 34-year-old
> The dead were the driver of the multi-purpose vehicle, aged 63, his wife, 59, and a 19-year-old university student from Sungai Siput, he said.
F age 63
F age 59
F age 19-year-old
L city Sungai Siput
> Perak Fire and Rescue Department assistant director of operations Sabri Yusof said 26 firemen from the Jelapang and Meru Raya stations took almost two hours to free two victims trapped in the wreckage.
O government Perak Fire and Rescue Department
P full Sabri Yusof
F number 26
L facility Jelapang
L facility Meru Raya
F duration two hours
F number two
> “The vehicle was crushed to less than half its length. We had to cut through the roof,” he said.
Q direct Sabri Yusof :: “The vehicle was crushed to less than half its length. We had to cut through the roof,”
F fraction half
> The injured were taken to Raja Permaisuri Bainun Hospital in Ipoh, where four remained in the intensive care unit as of 6pm, a hospital spokesman said.
L facility Raja Permaisuri Bainun Hospital
L city Ipoh
F number four
F time 6pm
> Survivor Tan Mei Ling, 45, who was driving to Kuala Lumpur with her two daughters, said she heard “a sound like a bomb” before her car was pushed into the divider.
P full Tan Mei Ling
F age 45
L city Kuala Lumpur
F number two
Q direct Tan Mei Ling :: “a sound like a bomb”
> “I looked in the mirror and saw the lorry coming. There was nowhere to go. My younger girl kept asking, ‘Mummy, are we dead?’” Tan told The Star at the hospital.
Q direct Tan Mei Ling :: “I looked in the mirror and saw the lorry coming. There was nowhere to go. My younger girl kept asking, ‘Mummy, are we dead?’”
P partial Tan
O media The Star
> Police figures show that 412 people were killed on Perak roads in the first nine months of 2042, up 8.5% from the same period last year, while the NSE stretch between Ipoh and Tapah alone recorded 37 deaths.
F number 412
L region Perak
F duration nine months
F date 2042
F percent 8.5%
L street NSE
L city Ipoh
L city Tapah
F number 37
> Dr Farah Aziz, a senior researcher at the Malaysian Institute of Road Safety Research (Miros), said heavy vehicles were involved in one in four fatal crashes on the expressway.
P full Farah Aziz
O government Malaysian Institute of Road Safety Research
O government Miros
F number one
F number four
> “Lorries are limited to 90km/h, but many are overloaded and their brakes are never checked. A RM300 fine does not change behaviour,” she said. “We need average-speed cameras covering the whole stretch, not just one kilometre.”
Q direct Farah Aziz :: “Lorries are limited to 90km/h, but many are overloaded and their brakes are never checked. A RM300 fine does not change behaviour,”
F quantity 90km/h
F money RM300
Q direct Farah Aziz :: “We need average-speed cameras covering the whole stretch, not just one kilometre.”
F quantity one kilometre
> Miros data show that lorry drivers on long-haul routes often work 14-hour shifts, she added.
O government Miros
F duration 14-hour
> In a statement, concessionaire PLUS Malaysia Bhd said the southbound lanes were reopened at 9.45am and that the roadworks, part of a RM1.2bil widening project, would continue until December 2042. It urged motorists to “slow down and stay alert” near work zones.
O company PLUS Malaysia Bhd
F time 9.45am
F money RM1.2bil
F date December 2042
Q direct PLUS Malaysia Bhd :: “slow down and stay alert”
> Shahrul Nizam urged witnesses with dashcam footage to contact the investigating officer, Insp Rosli Hamid, at 05-254 2222.
P partial Shahrul Nizam
P full Rosli Hamid
'''

ARTICLES['1606-real-betis-sevilla-derbi-rios-double-benito-villamarin-marca-in-english'] = r'''
> LALIGA
O other LALIGA
> Betis 3-1 Sevilla: Ríos Double Settles a Fiery Derbi at the Villamarín
O team Betis
F score 3-1
O team Sevilla
P partial Ríos
L facility Villamarín
> Two goals from the 21-year-old and a late header from Aranda lift Betis to fourth, while Sevilla finish with ten men
F number Two
F age 21-year-old
P partial Aranda
O team Betis
O team Sevilla
F number ten
> ÁLVARO SALGUERO-PRIETO
P full ÁLVARO SALGUERO-PRIETO
> Seville Updated 16/03/2042 - 23:14 CET
L city Seville
F date 16/03/2042
F time 23:14 CET
> Iker Ríos celebrates his second goal in front of the Gol Sur. FERNANDO RUSO / MARCA
P full Iker Ríos
L facility Gol Sur
P full FERNANDO RUSO
O media MARCA
> Real Betis won the first derbi of 2042 at the Estadio Benito Villamarín on Sunday night, beating Sevilla 3-1 in front of 57,214 fans thanks to two goals from Iker Ríos and a late header from Mateo Aranda. Sevilla had Dani Montoro sent off with 20 minutes left and have now gone five derbis without a win.
O team Real Betis
F date 2042
L facility Estadio Benito Villamarín
O team Sevilla
F score 3-1
F number 57,214
F number two
P full Iker Ríos
P full Mateo Aranda
O team Sevilla
P full Dani Montoro
F duration 20 minutes
F number five
> It was Sevilla who struck first. Adrien Kossou, the 26-year-old Ivorian forward, beat Betis goalkeeper Unai Galdeano at his near post after eight minutes, and the 2,900 visiting supporters in the top tier of the Gol Norte had brief hope.
O team Sevilla
P full Adrien Kossou
F age 26-year-old
O team Betis
P full Unai Galdeano
F duration eight minutes
F number 2,900
L facility Gol Norte
> Betis levelled in the 34th minute. Ríos controlled a long ball from Pablo Fornés on his chest and volleyed past Marko Vidaković from 18 metres, his 14th league goal of the season. Ten minutes after the break he made it 2-1, turning in a cross after Sevilla failed to clear a corner.
O team Betis
P partial Ríos
P full Pablo Fornés
P full Marko Vidaković
F quantity 18 metres
F duration Ten minutes
F score 2-1
O team Sevilla
> The game turned ugly in the 70th minute. Montoro, already booked for a foul on Ríos, caught Fornés late near halfway and referee Jesús Castañeda Lobo showed him a second yellow. In all, Castañeda Lobo handed out nine yellow cards and one red, and both benches were warned after a scuffle on the touchline.
P partial Montoro
P partial Ríos
P partial Fornés
P full Jesús Castañeda Lobo
P partial Castañeda Lobo
F number nine
F number one
> Aranda sealed it two minutes from time, rising above two defenders to head in a free kick from Fornés.
P partial Aranda
F duration two minutes
F number two
P partial Fornés
> "Today the Villamarín pushed us. When we went a goal down, nobody whistled, they sang louder," said Betis coach Julián Ortega Sanz. "Iker is 21 and plays like a veteran. At half-time I told him, 'Keep asking for the ball,' and he did."
Q direct Julián Ortega Sanz :: "Today the Villamarín pushed us. When we went a goal down, nobody whistled, they sang louder,"
L facility Villamarín
O team Betis
P full Julián Ortega Sanz
Q direct Julián Ortega Sanz :: "Iker is 21 and plays like a veteran. At half-time I told him, 'Keep asking for the ball,' and he did."
P partial Iker
F age 21
> The home fans, who have nicknamed Ríos "El Flaco", chanted his name long after the final whistle.
P partial Ríos
Q scare - :: "El Flaco"
> Sevilla coach Nicolás Berrocal was furious. "The first yellow is a normal tackle and the second one never exists. We played 20 minutes with ten men in a derbi, and that decides everything," he said, calling the decision "a gift".
O team Sevilla
P full Nicolás Berrocal
Q direct Nicolás Berrocal :: "The first yellow is a normal tackle and the second one never exists. We played 20 minutes with ten men in a derbi, and that decides everything,"
F duration 20 minutes
F number ten
Q direct Nicolás Berrocal :: "a gift"
> In a statement, Sevilla said they would ask the Royal Spanish Football Federation (RFEF) to review the dismissal, which they described as "a clear error." The RFEF's competition committee is expected to rule on Wednesday.
O team Sevilla
O other Royal Spanish Football Federation
O other RFEF
Q direct Sevilla :: "a clear error."
O other RFEF
> The result lifts Betis to fourth in LaLiga on 51 points from 28 games, two ahead of Villarreal, and leaves Sevilla 14th on 33, seven points above the relegation zone.
O team Betis
O other LaLiga
F number 51
F number 28
F number two
O team Villarreal
O team Sevilla
F number 33
F number seven
> Betis visit Osasuna at El Sadar on Saturday, March 21, at 21:00 CET, while Sevilla host Girona the next day.
O team Betis
O team Osasuna
L facility El Sadar
F date March 21
F time 21:00 CET
O team Sevilla
O team Girona
> Goals: 0-1 Kossou (8'), 1-1 Ríos (34'), 2-1 Ríos (55'), 3-1 Aranda (88')
F score 0-1
P partial Kossou
F score 1-1
P partial Ríos
F score 2-1
P partial Ríos
F score 3-1
P partial Aranda
> Red card: Montoro (70')
P partial Montoro
> Attendance: 57,214
F number 57,214
'''

ARTICLES['1607-seoul-birth-rate-record-low-fertility-incentives-mapo-gu-korea-herald'] = r'''
> National
> Seoul birth rate hits record low of 0.49; government unveils W3tr package
L city Seoul
F number 0.49
F money W3tr
> Capital's total fertility rate falls for a third straight year as nationwide figure slips to 0.66
F number 0.66
> By Park Ji-hoon
P full Park Ji-hoon
> Published : Feb. 26, 2042 - 15:12 Updated : Feb. 26, 2042 - 18:40
F date Feb. 26, 2042
F time 15:12
F date Feb. 26, 2042
F time 18:40
> A nurse tends to newborns at a postnatal care center in Mapo-gu, western Seoul, Wednesday. (Yonhap)
L region Mapo-gu
L city Seoul
O media Yonhap
> Seoul's total fertility rate -- the average number of children a woman is expected to have in her lifetime -- fell to a record low of 0.49 in 2041, down from 0.53 a year earlier, Statistics Korea said Wednesday.
L city Seoul
F number 0.49
F date 2041
F number 0.53
O government Statistics Korea
> Only 36,200 babies were born in the capital last year, 7.4 percent fewer than in 2040, while the nationwide rate slipped to 0.66 with 211,300 births, the lowest since the agency began compiling data in 1970. Sejong again posted the highest rate, at 0.97, and Busan the lowest outside Seoul, at 0.58.
F number 36,200
F percent 7.4 percent
F date 2040
F number 0.66
F number 211,300
F date 1970
L city Sejong
F number 0.97
L city Busan
L city Seoul
F number 0.58
> Hours after the data was released, the Ministry of Health and Welfare announced a W3 trillion ($2.1 billion) package that includes a monthly allowance of 1 million won for every child under age 2 and cheaper housing loans for newlyweds.
O government Ministry of Health and Welfare
F money W3 trillion
F money $2.1 billion
F money 1 million won
F age 2
> "We have tried cash, we have tried housing, and we will keep trying. But this is not something the government can fix alone," Vice Health Minister Choi Min-jae said at a briefing at the Government Complex Sejong. "Companies must let parents actually use the leave they are entitled to."
Q direct Choi Min-jae :: "We have tried cash, we have tried housing, and we will keep trying. But this is not something the government can fix alone,"
P full Choi Min-jae
L facility Government Complex Sejong
Q direct Choi Min-jae :: "Companies must let parents actually use the leave they are entitled to."
> Choi said parental leave pay would rise to 2.5 million won a month for the first six months, and couples earning less than 130 million won a year combined could borrow up to 500 million won at 1.2 percent for 30 years to buy a home. The measures take effect July 1 if the National Assembly approves the budget.
P partial Choi
F money 2.5 million won
F duration six months
F money 130 million won
F money 500 million won
F percent 1.2 percent
F duration 30 years
F date July 1
O government National Assembly
> For Lee Da-eun, 33, and her husband Bae Seung-ho, 35, who rent a 59-square-meter apartment in Mangwon-dong, Mapo-gu, the loans come too late.
P full Lee Da-eun
F age 33
P full Bae Seung-ho
F age 35
F quantity 59-square-meter
L city Mangwon-dong
L region Mapo-gu
> "Our jeonse deposit went up by 80 million won last year. We have talked about a baby for two years and every time the answer was 'next year,'" Lee said. "My mother had four children in a house smaller than this. She doesn't understand why we hesitate."
Q direct Lee Da-eun :: "Our jeonse deposit went up by 80 million won last year. We have talked about a baby for two years and every time the answer was 'next year,'"
F money 80 million won
F duration two years
P partial Lee
Q direct Lee Da-eun :: "My mother had four children in a house smaller than this. She doesn't understand why we hesitate."
F number four
> Bae, who works for a logistics firm in Yeouido, said his team leader had taken paternity leave for just one month. "People still call it 'career suicide,'" he said.
P partial Bae
L city Yeouido
F duration one month
Q direct Bae Seung-ho :: "People still call it 'career suicide,'"
> Han Soo-jin, a demographer at Seoul National University (SNU), said the numbers would keep falling whatever the government spends. "The number of women aged 30 to 34 will shrink by a quarter in 10 years," Han said. "Even if each couple had more children, there would still be fewer births."
P full Han Soo-jin
O education Seoul National University
O education SNU
Q direct Han Soo-jin :: "The number of women aged 30 to 34 will shrink by a quarter in 10 years,"
F age 30
F age 34
F fraction a quarter
F duration 10 years
P partial Han
Q direct Han Soo-jin :: "Even if each couple had more children, there would still be fewer births."
> She called the package "another patch" and said the so-called "baby bonus" paid by local governments had mostly moved births from one district to another. An SNU survey of 1,500 residents aged 25 to 39 found that 62 percent cited housing costs as the main reason for not having children.
Q direct Han Soo-jin :: "another patch"
Q scare - :: "baby bonus"
O education SNU
F number 1,500
F age 25
F age 39
F percent 62 percent
> An official at the Health Ministry, speaking on condition of anonymity, admitted that cash alone would not reverse the trend. "We know that. But doing nothing is not an option either," the official said.
O government Health Ministry
Q direct - :: "We know that. But doing nothing is not an option either,"
> (jhpark@heraldcorp.com)
'''

ARTICLES['1608-valtrane-chipmaker-profit-warning-shares-fall-crolles-dresden-financial-times'] = r'''
> Semiconductors
> Valtrane shares plunge 23% after chipmaker warns on profits
O company Valtrane
F percent 23%
> Grenoble-based group blames weak demand from carmakers and cuts wafer output for two quarters
L city Grenoble
F duration two quarters
> Claire Whitcombe in Paris
P full Claire Whitcombe
L city Paris
> Published March 5 2042
F date March 5 2042
> Valtrane’s fab in Crolles, near Grenoble, makes silicon carbide chips for electric vehicles © Julien Favre/Bloomberg
O company Valtrane
L city Crolles
L city Grenoble
P full Julien Favre
O media Bloomberg
> Shares in Valtrane fell as much as 23 per cent on Thursday after the French chipmaker cut its full-year operating profit forecast by almost half, blaming a slump in orders from European carmakers and a glut of silicon carbide wafers from China.
O company Valtrane
F percent 23 per cent
F fraction half
L country China
> The Paris-listed group now expects operating profit of €310mn-€360mn for 2042, down from a previous range of €620mn to €680mn, on revenue of about €4.1bn. Analysts had expected €655mn, according to a consensus compiled by the company.
L city Paris
F money €310mn-€360mn
F date 2042
F money €620mn
F money €680mn
F money €4.1bn
F money €655mn
> The stock closed down 19.6 per cent at €18.42, wiping about €2.3bn off its market value and taking its losses since a peak in September 2041 to 54 per cent.
F percent 19.6 per cent
F money €18.42
F money €2.3bn
F date September 2041
F percent 54 per cent
> Chief executive Hélène Marchand-Duval said the group would cut wafer starts at its Crolles and Dresden plants by 30 per cent in the second and third quarters and put 1,200 workers on short-time work for up to 14 weeks.
P full Hélène Marchand-Duval
L city Crolles
L city Dresden
F percent 30 per cent
F number 1,200
F duration 14 weeks
> “We built capacity for a market that was growing at 40 per cent a year. It is now growing at 5 per cent, and our customers are sitting on six months of inventory,” Marchand-Duval told analysts. “I will not run the fabs at full speed to fill warehouses.”
Q direct Hélène Marchand-Duval :: “We built capacity for a market that was growing at 40 per cent a year. It is now growing at 5 per cent, and our customers are sitting on six months of inventory,”
F percent 40 per cent
F percent 5 per cent
F duration six months
P partial Marchand-Duval
Q direct Hélène Marchand-Duval :: “I will not run the fabs at full speed to fill warehouses.”
> She insisted the downturn was temporary. “Every car that goes electric needs our chips. The question is when, not whether.
Q direct Hélène Marchand-Duval :: “Every car that goes electric needs our chips. The question is when, not whether.
> “By the end of 2043 we expect utilisation back above 85 per cent, and the 200mm lines in Dresden will have moved to 300mm,” she said.
Q direct Hélène Marchand-Duval :: “By the end of 2043 we expect utilisation back above 85 per cent, and the 200mm lines in Dresden will have moved to 300mm,”
F date 2043
F percent 85 per cent
F quantity 200mm
L city Dresden
F quantity 300mm
> Thibault Renaud-Morel, an analyst at Aubert Lacroix & Cie in Paris, said it was the group’s third warning in 18 months and questioned its “‘build it and they will come’ strategy”. “Investors forgave the first miss. They will not forgive a third,” he said, cutting his target price to €16 from €27.
P full Thibault Renaud-Morel
O company Aubert Lacroix & Cie
L city Paris
F duration 18 months
Q direct Thibault Renaud-Morel :: “‘build it and they will come’ strategy”
Q direct Thibault Renaud-Morel :: “Investors forgave the first miss. They will not forgive a third,”
F money €16
F money €27
> Skarp Invest, the Stockholm-based investment company that owns 18.5 per cent of Valtrane and is its largest shareholder, said it “continues to support management” but wanted a “credible plan” for Dresden. Its chair, Magnus Törnblad, told the Financial Times it would not sell shares “at these prices”.
O company Skarp Invest
L city Stockholm
F percent 18.5 per cent
O company Valtrane
Q direct Skarp Invest :: “continues to support management”
Q direct Skarp Invest :: “credible plan”
L city Dresden
P full Magnus Törnblad
O media Financial Times
Q direct Magnus Törnblad :: “at these prices”
> Valtrane received €2.9bn in French and German state aid in 2038 to double capacity at Crolles, and the European Commission approved a further €640mn in 2040. Unions at the Dresden site have asked the Saxony government for guarantees.
O company Valtrane
F money €2.9bn
F date 2038
L city Crolles
O intergovernmental European Commission
F money €640mn
F date 2040
L city Dresden
L region Saxony
> The warning hit peers across the sector’s so-called “inventory hangover”: Infineon fell 4.1 per cent in Frankfurt and STMicroelectronics 3.6 per cent in Milan.
Q scare - :: “inventory hangover”
O company Infineon
F percent 4.1 per cent
L city Frankfurt
O company STMicroelectronics
F percent 3.6 per cent
L city Milan
> “Nobody is talking about replacing Hélène. Yet,” said a person close to the board.
Q direct - :: “Nobody is talking about replacing Hélène. Yet,”
P partial Hélène
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
