#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval294 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval294/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1807-ofsted-aire-valley-learning-trust-bradford-manningham-academies-the-times'] = r'''
> Education
> ‘We let children down’: Bradford trust’s schools failing, Ofsted finds
Q direct Imran Sethi :: ‘We let children down’
L city Bradford
O government Ofsted
> Inspectors rate seven of the Aire Valley Learning Trust’s 11 schools inadequate, leaving 4,800 pupils facing another upheaval
F number seven
O education Aire Valley Learning Trust
F number 11
F number 4,800
> Rosalind Achterberg, Education Editor
P full Rosalind Achterberg
> Wednesday March 12 2042, 12.01am, The Times
F date March 12 2042
F time 12.01am
O media The Times
> Parents collect pupils from Lister Street Academy in Manningham, Bradford, where almost half of lessons were covered by agency staff. HOLLY PICKSTONE FOR THE TIMES
O education Lister Street Academy
L city Manningham
L city Bradford
F fraction half
P full HOLLY PICKSTONE
O media THE TIMES
> More than half of the schools run by one of Bradford’s largest academy trusts are failing their pupils, Ofsted has found, in a report that raises fresh questions about how the Department for Education oversees multi-academy chains in England.
F fraction half
L city Bradford
O government Ofsted
O government Department for Education
L country England
> The Aire Valley Learning Trust (AVLT), which educates about 4,800 children in 11 primary and secondary schools across the city, was rated inadequate for leadership after inspectors visited seven of its schools between January 13 and January 24.
O education Aire Valley Learning Trust
O education AVLT
F number 4,800
F number 11
F number seven
F date January 13
F date January 24
> The report, published yesterday, found that 38 per cent of lessons observed were taught by supply or unqualified staff, up from 21 per cent at the last inspection, and that pupils at Lister Street had lost “the equivalent of a term” of teaching since September 2041. Leaders, it said, had “lost sight of the classroom”.
F percent 38 per cent
F percent 21 per cent
O education Lister Street
F date September 2041
Q direct Ofsted :: “the equivalent of a term”
Q direct Ofsted :: “lost sight of the classroom”
> Dr Imran Sethi, 52, the trust’s chief executive since 2038, told The Times he accepted the findings in full. “We let children down, and I am not going to stand here and pretend otherwise,” he said. “Recruitment in this part of West Yorkshire has been brutal, but that is an explanation, not an excuse.”
P full Imran Sethi
F age 52
F date 2038
O media The Times
L region West Yorkshire
Q direct Imran Sethi :: “We let children down, and I am not going to stand here and pretend otherwise,”
Q direct Imran Sethi :: “Recruitment in this part of West Yorkshire has been brutal, but that is an explanation, not an excuse.”
> Sethi said the trust had spent £1.6m on agency teachers in the last financial year, nearly a fifth of its staffing budget, and would cut that bill by two thirds within three years. Its so-called “flexible staffing” model, under which one teacher covered two classes at once, ended on Monday.
P partial Sethi
F money £1.6m
F fraction a fifth
F fraction two thirds
F duration three years
Q scare - :: “flexible staffing”
F number one
F number two
> Nasreen Akhtar, whose two sons attend Lister Street, said the school had been through “four heads in three years”. “My eldest is ten and he has had more teachers than birthdays,” she said. “They keep telling us it’s ‘a journey’. I want to know where it ends.”
P full Nasreen Akhtar
F number two
O education Lister Street
Q direct Nasreen Akhtar :: “four heads in three years”
F number four
F duration three years
Q direct Nasreen Akhtar :: “My eldest is ten and he has had more teachers than birthdays,”
F age ten
Q direct Nasreen Akhtar :: “They keep telling us it’s ‘a journey’. I want to know where it ends.”
> Ms Akhtar, 39, who works at a pharmacy on Oak Lane, said she had applied for places at two schools in Heaton but both were full.
P partial Akhtar
F age 39
L street Oak Lane
F number two
L city Heaton
> Councillor Tahir Mahmood-Ellis, Bradford council’s executive member for children’s services, said the city had warned ministers about the trust two years ago. “We raised this with Whitehall in the spring of 2040 and were told academies were not our business,” he said.
P full Tahir Mahmood-Ellis
L city Bradford
F duration two years
Q direct Tahir Mahmood-Ellis :: “We raised this with Whitehall in the spring of 2040 and were told academies were not our business,”
L street Whitehall
F date 2040
> Mahmood-Ellis said 612 pupils had left AVLT schools since the autumn, many for places in Keighley and Shipley, some of them a 40-minute bus ride away.
P partial Mahmood-Ellis
F number 612
O education AVLT
L city Keighley
L city Shipley
F duration 40-minute
> Inspectors arrived at Lister Street at 8.15am on January 13 and found one year 6 class being taught in the school hall by a cover supervisor.
O education Lister Street
F time 8.15am
F date January 13
F number one
> A Department for Education spokesperson said: “Where trusts fail, we act. The regional director will meet the board this week and every option, including moving schools to a stronger trust, is on the table.”
O government Department for Education
Q direct - :: “Where trusts fail, we act. The regional director will meet the board this week and every option, including moving schools to a stronger trust, is on the table.”
> The DfE confirmed that a £450,000 improvement grant would be paid to the trust by April 30. The AVLT board meets on Friday.
O government DfE
F money £450,000
F date April 30
O education AVLT
'''

ARTICLES['1808-aco-guanabara-steelmaker-second-quarter-profit-rio-de-janeiro-imports-reais-bloomberg'] = r'''
> Markets
> Brazil’s Aço Guanabara Profit Drops 41% as Cheap Steel Imports Flood Market
L country Brazil
O company Aço Guanabara
F percent 41%
> • Second-quarter net income fell to 612 million reais ($118 million)
F money 612 million reais
F money $118 million
> • Steelmaker cuts 2043 shipment target to 9.5 million metric tons
F date 2043
F quantity 9.5 million metric tons
> By Beatriz Quintela Rocha
P full Beatriz Quintela Rocha
> July 29, 2043 at 6:12 PM GMT-3
F date July 29, 2043
F time 6:12 PM GMT-3
> Hot-rolled coils at Aço Guanabara’s Santa Cruz mill in Rio de Janeiro. Photographer: Tomás Albuquerque/Bloomberg
O company Aço Guanabara
L city Santa Cruz
L city Rio de Janeiro
P full Tomás Albuquerque
O media Bloomberg
> (Bloomberg) -- Aço Guanabara SA, Brazil’s third-largest steelmaker, said second-quarter profit fell 41% as a wave of cheap imports from China and Vietnam pushed down prices at home and the company idled a blast furnace for two months.
O media Bloomberg
O company Aço Guanabara SA
L country Brazil
F percent 41%
L country China
L country Vietnam
F duration two months
> Net income dropped to 612 million reais ($118 million) in the three months through June, from 1.04 billion reais a year earlier, the Rio de Janeiro-based company said in a statement on Tuesday. Analysts surveyed by Bloomberg had expected 780 million reais on average.
F money 612 million reais
F money $118 million
F duration three months
F money 1.04 billion reais
L city Rio de Janeiro
O media Bloomberg
F money 780 million reais
> Shipments fell 9.8% to 2.21 million metric tons, while the average price slid to 4,310 reais a ton, the lowest since the fourth quarter of 2039. The shares fell as much as 6.4% in São Paulo trading, the biggest drop since March.
F percent 9.8%
F quantity 2.21 million metric tons
F money 4,310 reais
F date 2039
F percent 6.4%
L city São Paulo
> “The second quarter was the toughest we have had in a decade,” Chief Financial Officer Letícia Moraes Teixeira said on a call with analysts. “Imported coil was landing in Santos at $520 a ton. Nobody in Brazil can make steel at that price, not us and not anyone else.”
Q direct Letícia Moraes Teixeira :: “The second quarter was the toughest we have had in a decade,”
P full Letícia Moraes Teixeira
Q direct Letícia Moraes Teixeira :: “Imported coil was landing in Santos at $520 a ton. Nobody in Brazil can make steel at that price, not us and not anyone else.”
L city Santos
F money $520
L country Brazil
> Moraes Teixeira said the furnace at the Itaguaí plant should restart by the end of September and that the full-year shipment target had been lowered from 10.2 million tons. Capital spending will be cut by a fifth, to about 3.6 billion reais, and the so-called “green steel” line at Itaguaí has been postponed to 2044. The company still buys most of its ore from Vale SA under a contract that runs through 2042.
P partial Moraes Teixeira
L city Itaguaí
F quantity 10.2 million tons
F fraction a fifth
F money 3.6 billion reais
Q scare - :: “green steel”
L city Itaguaí
F date 2044
O company Vale SA
F date 2042
> Brazil’s government raised import tariffs on some flat-steel products to 25% in May, but the measure has done little so far, according to Rodrigo Falcão Nunes, an analyst at Tietê Capital in São Paulo, who rates the stock hold with a price target of 18.50 reais.
L country Brazil
F percent 25%
P full Rodrigo Falcão Nunes
O company Tietê Capital
L city São Paulo
F money 18.50 reais
> “Tariffs at 25% are a speed bump, not a wall,” Nunes said. “Until Brasília moves to something closer to 35%, the margin squeeze stays.” He called the new guidance “realistic, finally.”
Q direct Rodrigo Falcão Nunes :: “Tariffs at 25% are a speed bump, not a wall,”
F percent 25%
P partial Nunes
Q direct Rodrigo Falcão Nunes :: “Until Brasília moves to something closer to 35%, the margin squeeze stays.”
L city Brasília
F percent 35%
Q direct Rodrigo Falcão Nunes :: “realistic, finally.”
> Rivals face the same squeeze. Mariana Ostrowski Lins, head of strategy at Siderúrgica Paraopeba, a smaller Minas Gerais-based producer, said imports made up 31% of flat-steel sales in Brazil in the first half, up from 19% a year earlier. “We are all fighting over a market that is shrinking and being flooded at the same time,” she said.
P full Mariana Ostrowski Lins
O company Siderúrgica Paraopeba
L region Minas Gerais
F percent 31%
L country Brazil
F percent 19%
Q direct Mariana Ostrowski Lins :: “We are all fighting over a market that is shrinking and being flooded at the same time,”
> Aço Guanabara’s Ebitda margin narrowed to 11.2% from 17.5%. Net debt rose to 8.9 billion reais, or 2.4 times earnings before interest, taxes, depreciation and amortization, the highest since 2037.
O company Aço Guanabara
F percent 11.2%
F percent 17.5%
F money 8.9 billion reais
F number 2.4
F date 2037
> The company will hold its investor day in Rio de Janeiro on Nov. 18. Its American depositary receipts fell 5.9% to $3.42 in New York at 4:05 p.m.
L city Rio de Janeiro
F date Nov. 18
F percent 5.9%
F money $3.42
L city New York
F time 4:05 p.m.
> --With assistance from Daniel Okafor-Brandão
P full Daniel Okafor-Brandão
'''

ARTICLES['1809-red-sox-beat-yankees-7-5-okonjo-two-homers-fenway-park-the-athletic'] = r'''
> MLB
O other MLB
> Red Sox rally past Yankees as Okonjo’s second homer lights up Fenway
O team Red Sox
O team Yankees
P partial Okonjo
L facility Fenway
> Dane Okonjo drove in five, Boston’s bullpen got the last 11 outs, and New York’s lead in the AL East is down to two games
P full Dane Okonjo
F number five
O team Boston
F number 11
O team New York
O other AL East
F number two
> By Theo Marchetti-Vance
P full Theo Marchetti-Vance
> Apr 27, 2042
F date Apr 27, 2042
> Dane Okonjo rounds the bases after his second home run of the night at Fenway Park on Saturday. (Maddie Kerrigan / Getty Images)
P full Dane Okonjo
L facility Fenway Park
P full Maddie Kerrigan
O company Getty Images
> BOSTON — For seven innings, the Yankees looked like a team that had finally figured out Fenway Park. Then the eighth happened.
L city BOSTON
F number seven
O team Yankees
L facility Fenway Park
> Okonjo hit a two-run homer over the Green Monster in the fourth and a three-run shot into the bullpen in the eighth, and the Boston Red Sox came back to beat the New York Yankees 7-5 on Saturday night in front of 36,412, the biggest crowd on Jersey Street this season.
P partial Okonjo
F number two
L facility Green Monster
F number three
O team Boston Red Sox
O team New York Yankees
F score 7-5
F number 36,412
L street Jersey Street
> NYY 010 112 000 — 5 9 0
O team NYY
F score 010
F score 112
F score 000
F score 5
F number 9
F number 0
> BOS 200 000 05x — 7 10 1
O team BOS
F score 200
F score 000
F score 05x
F score 7
F number 10
F number 1
> The Yankees (17-9) led 5-2 after Marcus Delgado-Reyes homered off Boston starter Caleb Winslow in the sixth, a 412-foot drive to center that left the bat at 108.6 mph. Winslow lasted 5 2/3 innings, allowing five runs on eight hits with seven strikeouts, and his ERA rose to 4.21.
O team Yankees
F score 17-9
F score 5-2
P full Marcus Delgado-Reyes
O team Boston
P full Caleb Winslow
F quantity 412-foot
F quantity 108.6 mph
P partial Winslow
F number 5 2/3
F number five
F number eight
F number seven
F number 4.21
> Delgado-Reyes, whom teammates call “Tanque,” is hitting .318 with nine home runs, tied for the league lead.
P partial Delgado-Reyes
Q scare - :: “Tanque,”
F number .318
F number nine
> In the eighth, New York manager Ray Castellano went to right-hander Jalen Brooks-Whitaker with one out and two on. Okonjo, 24, fouled off four straight pitches in a 2-2 count before lifting a 98 mph fastball over the Boston bullpen.
O team New York
P full Ray Castellano
P full Jalen Brooks-Whitaker
F number one
F number two
P partial Okonjo
F age 24
F number four
F number 2-2
F quantity 98 mph
O team Boston
> “I was just trying not to strike out, honestly,” Okonjo said. “He’d beaten me twice with that slider. I told myself, ‘If he throws it again, you take it.’ He didn’t.”
Q direct Dane Okonjo :: “I was just trying not to strike out, honestly,”
P partial Okonjo
Q direct Dane Okonjo :: “He’d beaten me twice with that slider. I told myself, ‘If he throws it again, you take it.’ He didn’t.”
> “That’s the kid we’ve been waiting for,” said Red Sox manager Glenn Havlicek, whose club has won eight of its last 10 at home. “People talk about ‘small ball’ like it’s a dirty word. It’s not luck when you work counts the way he did.”
Q direct Glenn Havlicek :: “That’s the kid we’ve been waiting for,”
O team Red Sox
P full Glenn Havlicek
F number eight
F number 10
Q direct Glenn Havlicek :: “People talk about ‘small ball’ like it’s a dirty word. It’s not luck when you work counts the way he did.”
> Castellano defended the move, saying Brooks-Whitaker had “the best stuff in our bullpen” and had retired 14 of the last 15 hitters he faced. “You live with it. He made one bad pitch to a good hitter,” he said. “We’re still in first place.”
P partial Castellano
P partial Brooks-Whitaker
Q direct Ray Castellano :: “the best stuff in our bullpen”
F number 14
F number 15
Q direct Ray Castellano :: “You live with it. He made one bad pitch to a good hitter,”
F number one
Q direct Ray Castellano :: “We’re still in first place.”
> Red Sox closer Kaito Hishinuma struck out the side in the ninth for his ninth save, and Boston pitchers finished with 13 strikeouts. The game took 3 hours, 4 minutes.
O team Red Sox
P full Kaito Hishinuma
O team Boston
F number 13
F duration 3 hours
F duration 4 minutes
> The teams meet again at 1:35 p.m. ET on Sunday, with New York’s Shunsuke Oridate (3-1, 2.45 ERA) facing Boston left-hander Will Prentiss (2-2, 3.60). The series moves to Yankee Stadium on May 5, and Boston has won seven of the last 12 meetings between the clubs since 2040.
F time 1:35 p.m. ET
O team New York
P full Shunsuke Oridate
F score 3-1
F number 2.45
O team Boston
P full Will Prentiss
F score 2-2
F number 3.60
L facility Yankee Stadium
F date May 5
O team Boston
F number seven
F number 12
F date 2040
'''

ARTICLES['1810-jaxa-kagiroi-lunar-probe-landing-south-pole-sagamihara-nagoya-japan-times'] = r'''
> NATIONAL / SCIENCE & HEALTH
> JAXA probe lands within 38 meters of its target near the moon’s south pole
O government JAXA
F quantity 38 meters
> Japan’s second lunar landing puts a radar built with University of Tokyo researchers in position to hunt for water ice
L country Japan
O education University of Tokyo
> By Haruka Ozeki / Staff writer
P full Haruka Ozeki
> Jun 18, 2041
F date Jun 18, 2041
> Engineers at JAXA’s Sagamihara Campus celebrate as the Kagiroi probe touches down on Tuesday night. | KYODO
O government JAXA
L facility Sagamihara Campus
O media KYODO
> SAGAMIHARA, Kanagawa Pref. – The Japan Aerospace Exploration Agency’s Kagiroi probe landed on the moon at 10:52 p.m. Tuesday, setting down on a crater rim about 6 kilometers from the south pole and 38 meters from its target point, the agency said Wednesday.
L city SAGAMIHARA
L region Kanagawa Pref.
O government Japan Aerospace Exploration Agency
F time 10:52 p.m.
F quantity 6 kilometers
F quantity 38 meters
> The 640-kilogram craft, launched from the Tanegashima Space Center in Kagoshima Prefecture on April 2, spent 77 days reaching lunar orbit and circling before its descent, which took 19 minutes. Engineers nicknamed the final, hovering phase “the ladder,” because the probe stepped down in 10-meter stages.
F quantity 640-kilogram
L facility Tanegashima Space Center
L region Kagoshima Prefecture
F date April 2
F duration 77 days
F duration 19 minutes
Q scare - :: “the ladder,”
F quantity 10-meter
> “When the altitude readout hit zero, nobody said anything for maybe three seconds,” said Tomoyuki Shinagawa, 47, the project manager. “Then the telemetry came back clean and the room just erupted. We had rehearsed this descent more than 400 times in simulation.
Q direct Tomoyuki Shinagawa :: “When the altitude readout hit zero, nobody said anything for maybe three seconds,”
F duration three seconds
P full Tomoyuki Shinagawa
F age 47
Q direct Tomoyuki Shinagawa :: “Then the telemetry came back clean and the room just erupted. We had rehearsed this descent more than 400 times in simulation.
F number 400
> “What matters now is the science. We have 14 days of sunlight, and we intend to use every minute of it.”
Q direct Tomoyuki Shinagawa :: “What matters now is the science. We have 14 days of sunlight, and we intend to use every minute of it.”
F duration 14 days
> JAXA said the probe carries five instruments, including a ground-penetrating radar that can see 3 to 5 meters below the surface, to look for ice in permanently shadowed craters where temperatures fall to minus 230 C.
O government JAXA
F number five
F quantity 3
F quantity 5 meters
F quantity minus 230 C
> Sayuri Tamaoki, an associate professor at the Graduate School of Science at the University of Tokyo, whose team designed the radar’s antenna, called the landing “a genuine milestone” but said the harder part was only beginning.
P full Sayuri Tamaoki
O education Graduate School of Science
O education University of Tokyo
Q direct Sayuri Tamaoki :: “a genuine milestone”
> “If the radar finds ice even a meter down, that changes how everybody plans a lunar base,” Tamaoki said. “Half the countries going to the moon are going there for exactly this.”
Q direct Sayuri Tamaoki :: “If the radar finds ice even a meter down, that changes how everybody plans a lunar base,”
P partial Tamaoki
Q direct Sayuri Tamaoki :: “Half the countries going to the moon are going there for exactly this.”
F fraction Half
> The probe’s four landing legs and shock absorbers were made by Chikusa Precision Industries, a Nagoya-based maker of car suspension parts with 230 employees. A company spokesperson said the firm had spent ¥1.2 billion over six years developing them.
F number four
O company Chikusa Precision Industries
L city Nagoya
F number 230
F money ¥1.2 billion
F duration six years
> “Our factory mostly makes parts for Toyota,” the spokesperson said. “Now the neighbors stop us on the street and say, ‘Your legs are on the moon.’ ”
Q direct - :: “Our factory mostly makes parts for Toyota,”
O company Toyota
Q direct - :: “Now the neighbors stop us on the street and say, ‘Your legs are on the moon.’ ”
> The mission cost ¥31.4 billion ($204 million), roughly a third of what NASA has budgeted for its own south pole lander, according to the Cabinet Office. The first images from the surface are expected by June 20.
F money ¥31.4 billion
F money $204 million
F fraction a third
O government NASA
O government Cabinet Office
F date June 20
> Kagiroi is designed to survive one lunar night, a two-week stretch beginning around July 1 when temperatures at the site will drop sharply. Japan plans to send a crewed pressurized rover to the same region in 2043, and JAXA officials said data from the probe would help choose its route.
F number one
F duration two-week
F date July 1
L country Japan
F date 2043
O government JAXA
'''

ARTICLES['1811-dallas-county-jury-convicts-roofing-contractor-fraud-oak-cliff-homeowners-dallas-morning-news'] = r'''
> Courts
> Dallas County Jury Convicts Roofing Contractor of Defrauding 61 Homeowners After Hailstorm
L region Dallas County
F number 61
> Jurors deliberated less than four hours before finding Travis Wade Pruitt guilty on 14 counts; he faces up to 99 years in prison.
F duration four hours
P full Travis Wade Pruitt
F number 14
F duration 99 years
> By Monique Delacroix-Hart
P full Monique Delacroix-Hart
> 6:04 PM on Oct 14, 2043
F time 6:04 PM
F date Oct 14, 2043
> Homeowner Beatriz Alcalá, 71, stands in front of her unfinished roof on South Marsalis Avenue in Oak Cliff. (Jordan Pham / Staff Photographer)
P full Beatriz Alcalá
F age 71
L street South Marsalis Avenue
L city Oak Cliff
P full Jordan Pham
> A Dallas County jury on Tuesday convicted a Garland roofing contractor of taking more than $2.3 million in deposits from 61 homeowners after the May 2042 hailstorm and never finishing the work.
L region Dallas County
L city Garland
F money $2.3 million
F number 61
F date May 2042
> Travis Wade Pruitt, 46, owner of Lone Star Crown Roofing LLC, was found guilty of 14 counts of theft of property and one count of misapplication of fiduciary property after a seven-day trial in the 363rd District Court. The Better Business Bureau had given his company an F rating in 2042.
P full Travis Wade Pruitt
F age 46
O company Lone Star Crown Roofing LLC
F number 14
F number one
F duration seven-day
O government 363rd District Court
O nonprofit Better Business Bureau
F date 2042
> "These families did everything right. They got three bids, they signed a contract, they paid the deposit," Dallas County District Attorney Renée Okafor-Lindqvist said after the verdict. "Mr. Pruitt took their money and moved on to the next neighborhood."
Q direct Renée Okafor-Lindqvist :: "These families did everything right. They got three bids, they signed a contract, they paid the deposit,"
F number three
L region Dallas County
P full Renée Okafor-Lindqvist
Q direct Renée Okafor-Lindqvist :: "Mr. Pruitt took their money and moved on to the next neighborhood."
P partial Pruitt
> Prosecutors said Pruitt, part of a wave of out-of-town crews known in the trade as "storm chasers," collected deposits of $8,500 to $61,000 between June 2042 and February 2043, mostly in Oak Cliff, Pleasant Grove and Lancaster, and finished only 9 of the 70 roofs he was paid for.
P partial Pruitt
Q scare - :: "storm chasers,"
F money $8,500
F money $61,000
F date June 2042
F date February 2043
L city Oak Cliff
L city Pleasant Grove
L city Lancaster
F number 9
F number 70
> Alcalá paid $18,400 in cash in July 2042. Her house on South Marsalis still has blue tarps nailed over half the roof.
P partial Alcalá
F money $18,400
F date July 2042
L street South Marsalis
F fraction half
> "I called him 40 times. Forty," she said outside the Frank Crowley Courts Building. "He told me, 'Next Tuesday, ma'am, I promise.' Every Tuesday for a year."
Q direct Beatriz Alcalá :: "I called him 40 times. Forty,"
F number 40
F number Forty
L facility Frank Crowley Courts Building
Q direct Beatriz Alcalá :: "He told me, 'Next Tuesday, ma'am, I promise.' Every Tuesday for a year."
> Defense attorney Colton Reyes-Banerjee argued that Pruitt was a bad businessman, not a criminal, and that shingle shortages after the storm left his crews idle for six weeks. He said his client would appeal.
P full Colton Reyes-Banerjee
P partial Pruitt
F duration six weeks
> "The jury was angry, and I understand why," Reyes-Banerjee said. "But a failed business is not a theft."
Q direct Colton Reyes-Banerjee :: "The jury was angry, and I understand why,"
P partial Reyes-Banerjee
Q direct Colton Reyes-Banerjee :: "But a failed business is not a theft."
> Texas prosecutors have increasingly brought theft charges against contractors who take deposits and vanish, said Lindsey Marrow-Quist, who teaches criminal law at the Dedman School of Law at Southern Methodist University.
L region Texas
P full Lindsey Marrow-Quist
O education Dedman School of Law
O education Southern Methodist University
> "The old line was that it's a civil matter, so go sue him," she said. "Juries in North Texas don't buy that anymore, especially when the victims are retirees." She said SMU's consumer law clinic had taken 23 roofing complaints since January 2043.
Q direct Lindsey Marrow-Quist :: "The old line was that it's a civil matter, so go sue him,"
Q direct Lindsey Marrow-Quist :: "Juries in North Texas don't buy that anymore, especially when the victims are retirees."
L region North Texas
O education SMU
F number 23
F date January 2043
> A juror who asked not to be named because the punishment phase was still under way said the panel agreed on the theft counts "pretty quickly."
Q direct - :: "pretty quickly."
> The same jury will hear punishment evidence starting at 9 a.m. Thursday. Each first-degree felony count carries 5 to 99 years, and prosecutors will ask for at least 40 years. Pruitt is being held in the Lew Sterrett Justice Center on a $500,000 bond.
F time 9 a.m.
F duration 5
F duration 99 years
F duration 40 years
P partial Pruitt
L facility Lew Sterrett Justice Center
F money $500,000
'''

ARTICLES['1812-great-barrier-reef-aerial-bleaching-survey-cairns-port-douglas-aims-abc-news'] = r'''
> ABC Far North
O media ABC Far North
> 'It's the worst I've seen': Aerial survey finds bleaching on two-thirds of reefs north of Cairns
Q direct Craig Lomasney :: 'It's the worst I've seen'
F fraction two-thirds
L city Cairns
> By Tahlia Brannigan
P full Tahlia Brannigan
> Posted Thu 12 Mar 2043 at 5:40am, updated Thu 12 Mar 2043 at 9:15am
F date 12 Mar 2043
F time 5:40am
F date 12 Mar 2043
F time 9:15am
> A dive boat moored at Moore Reef, about 40 kilometres east of Cairns. (ABC Far North: Tahlia Brannigan)
L geo Moore Reef
F quantity 40 kilometres
L city Cairns
O media ABC Far North
P full Tahlia Brannigan
> In short:
> An aerial survey has found 68 per cent of reefs between Cairns and Lizard Island are bleached.
F percent 68 per cent
L city Cairns
L geo Lizard Island
> Sea temperatures have been up to 2.1 degrees Celsius above the summer average since late January.
F quantity 2.1 degrees Celsius
> What's next?
> Divers will return to 40 reefs in April to count how much coral has died.
F number 40
> Scientists flying over the northern Great Barrier Reef have found bleaching on more than two-thirds of the reefs they surveyed, the fourth mass bleaching event in seven years.
L geo Great Barrier Reef
F fraction two-thirds
F duration seven years
> The Australian Institute of Marine Science (AIMS) surveyed 214 reefs by plane over nine days, flying from Cairns to Lizard Island, about 270km to the north.
O government Australian Institute of Marine Science
O government AIMS
F number 214
F duration nine days
L city Cairns
L geo Lizard Island
F quantity 270km
> AIMS lead scientist Fiona Kettering-Walsh said 146 of those reefs showed bleaching, and on 31 of them more than 60 per cent of the coral cover had turned white.
O government AIMS
P full Fiona Kettering-Walsh
F number 146
F number 31
F percent 60 per cent
> "From the air you can see it straight away, this bright, almost fluorescent white," Dr Kettering-Walsh said. "What worries me is how far south it reaches this year. We were seeing severe bleaching off Port Douglas and Cooktown in the first week.
Q direct Fiona Kettering-Walsh :: "From the air you can see it straight away, this bright, almost fluorescent white,"
P partial Kettering-Walsh
Q direct Fiona Kettering-Walsh :: "What worries me is how far south it reaches this year. We were seeing severe bleaching off Port Douglas and Cooktown in the first week.
L city Port Douglas
L city Cooktown
> "Some of these reefs have had less than two years to recover since the last event. That's not enough for the slower-growing corals."
Q direct Fiona Kettering-Walsh :: "Some of these reefs have had less than two years to recover since the last event. That's not enough for the slower-growing corals."
F duration two years
> Sea surface temperatures in the region peaked at 31.4C on February 19, according to the Bureau of Meteorology, and sat 1.5 to 2.1 degrees above average for most of the summer. Scientists track that heat stress with a measure known as "degree heating weeks."
F quantity 31.4C
F date February 19
O government Bureau of Meteorology
F quantity 1.5
F quantity 2.1 degrees
Q scare - :: "degree heating weeks."
> Craig Lomasney has run dive trips out of Port Douglas for 22 years. His boats take about 120 tourists a day to the Agincourt Reefs, 65 kilometres offshore.
P full Craig Lomasney
L city Port Douglas
F duration 22 years
F number 120
L geo Agincourt Reefs
F quantity 65 kilometres
> "It's the worst I've seen, and I've seen 2036, 2039 and 2041," Mr Lomasney said. "People still get in the water and they still love it, but you can't hide it from them anymore."
Q direct Craig Lomasney :: "It's the worst I've seen, and I've seen 2036, 2039 and 2041,"
F date 2036
F date 2039
F date 2041
P partial Lomasney
Q direct Craig Lomasney :: "People still get in the water and they still love it, but you can't hide it from them anymore."
> Federal Environment Minister Alana Whitcombe called the findings "deeply concerning" and said the government's $1.2 billion investment under the Reef 2050 Plan would continue.
P full Alana Whitcombe
Q direct Alana Whitcombe :: "deeply concerning"
F money $1.2 billion
> "We are doing the work on water quality and on crown-of-thorns starfish, but the biggest threat to the reef is a warming ocean," she said in a statement.
Q direct Alana Whitcombe :: "We are doing the work on water quality and on crown-of-thorns starfish, but the biggest threat to the reef is a warming ocean,"
> Coral ecologist Hemi Castellanos-Reid, from James Cook University in Townsville, said there was still hope.
P full Hemi Castellanos-Reid
O education James Cook University
L city Townsville
> "People hear 'bleached' and think 'dead'. They're not the same thing," he said. "If the water cools in the next four to six weeks, a lot of these colonies will pull through."
Q direct Hemi Castellanos-Reid :: "People hear 'bleached' and think 'dead'. They're not the same thing,"
Q direct Hemi Castellanos-Reid :: "If the water cools in the next four to six weeks, a lot of these colonies will pull through."
F duration four
F duration six weeks
> JCU's research station on Orpheus Island recorded water of 30.9 degrees Celsius at 3pm on March 2, the hottest in its 40-year record.
O education JCU
L geo Orpheus Island
F quantity 30.9 degrees Celsius
F time 3pm
F date March 2
F duration 40-year
> A Queensland Government source, who was not authorised to speak publicly, said reef tour operators would be offered relief from the $7.50-a-day environmental charge. "Nobody wants operators paying more in a bleaching year," the source said.
O government Queensland Government
F money $7.50
Q direct - :: "Nobody wants operators paying more in a bleaching year,"
> Reef tourism is worth about $6.4 billion a year to Australia AIMS divers will return to 40 of the surveyed reefs in April, with results due by June 30.
F money $6.4 billion
L country Australia
O government AIMS
F number 40
F date June 30
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
