#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval6 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval6/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['51-poland-farmers-blockade'] = r'''
> Europe
> Polish Farmers Block Ukraine Border Crossings and Drive Tractors Into Warsaw
L country Ukraine
L city Warsaw
> ![Farmers drive tractors along Aleje Ujazdowskie toward the Chancellery of the Prime Minister in Warsaw, Poland, March 4, 2026. [Kacper Wiśniewski/Reuters]](/images/2026/03/04/poland-farmers-warsaw.jpg)
L street Aleje Ujazdowskie
L facility Chancellery of the Prime Minister
L city Warsaw
L country Poland
F date March 4, 2026
P full Kacper Wiśniewski
O media Reuters
> By Agnieszka Barczyk and Tom Hallworth
P full Agnieszka Barczyk
P full Tom Hallworth
> WARSAW, March 4 (Reuters) - Tens of thousands of Polish farmers drove tractors into central Warsaw on Wednesday and blocked six crossings on the border with Ukraine, demanding that the government halt imports of Ukrainian grain and that the European Union (EU) scrap parts of its climate rules for farming.
L city WARSAW
F date March 4
O media Reuters
L city Warsaw
F number six
L country Ukraine
O intergovernmental European Union
O intergovernmental EU
> Police said about 32,000 people took part in the Warsaw march, which ended outside the parliament building after more than four hours. Organizers put the figure at 60,000, which would make it the largest farm protest in the capital since the winter of 2023-24, when farmers blocked the border with Ukraine for weeks. Lawmakers from the opposition Law and Justice party (PiS), which governed Poland until December 2023, marched with the farmers.
F number 32,000
L city Warsaw
F duration four hours
F number 60,000
F date 2023-24
L country Ukraine
O party Law and Justice
O party PiS
L country Poland
F date December 2023
> At the Dorohusk crossing, about 80 km (50 miles) east of Lublin, trucks loaded with Ukrainian grain and sunflower oil queued for 14 km as farmers let through one vehicle an hour. Ukraine’s State Border Guard Service said 2,640 trucks were waiting to enter Poland on Wednesday evening.
L city Dorohusk
F quantity 80 km
F quantity 50 miles
L city Lublin
F quantity 14 km
F number one
L country Ukraine
O government State Border Guard Service
F number 2,640
L country Poland
> “We are not against Ukraine. We are against being ruined,” said Marek Zawadzki, 47, who grows wheat and rapeseed on 220 hectares near Zamość and helped organize the blockade for Rolnicy Razem, a farmers' group founded in 2024. “A tonne of wheat sells for 780 zlotys today. In 2022 it was 1,450 zlotys. My diesel, my fertilizer and my loans did not get cheaper.”
Q direct Marek Zawadzki :: “We are not against Ukraine. We are against being ruined,”
L country Ukraine
P full Marek Zawadzki
F age 47
F quantity 220 hectares
L city Zamość
O nonprofit Rolnicy Razem
F date 2024
Q direct Marek Zawadzki :: “A tonne of wheat sells for 780 zlotys today. In 2022 it was 1,450 zlotys. My diesel, my fertilizer and my loans did not get cheaper.”
F money 780 zlotys
F date 2022
F money 1,450 zlotys
> Poland was one of Ukraine’s most vocal supporters after Russia’s full-scale invasion in February 2022 and opened its market to Ukrainian grain when Black Sea shipping routes were cut. Farmers say the imports have depressed prices ever since. Prime Minister Donald Tusk’s government has kept a national ban on Ukrainian wheat, maize, rapeseed and sunflower seed imposed in September 2023, but protesters say grain still crosses the border labeled as “technical” grain for industrial use and ends up in flour mills.
L country Poland
L country Ukraine
L country Russia
F date February 2022
L geo Black Sea
P full Donald Tusk
F date September 2023
Q scare - :: “technical”
> Poland’s Ministry of Agriculture and Rural Development said in a statement that it was “ready to meet the protesters at any time” and that border inspections of Ukrainian farm goods had risen by a quarter since January. A ministry spokeswoman said 37 shipments had been turned back this year.
L country Poland
O government Ministry of Agriculture and Rural Development
Q direct Ministry of Agriculture and Rural Development :: “ready to meet the protesters at any time”
F fraction a quarter
F number 37
> “The Green Deal was written in Brussels by people who have never driven a tractor,” said Halina Sobczak, who heads the farmers’ section of the Solidarity trade union in the Lublin region. “They want us to cut fertilizer by a fifth, spend three days a month on paperwork and compete with Ukrainian farms 10 times the size of ours.
Q direct Halina Sobczak :: “The Green Deal was written in Brussels by people who have never driven a tractor,”
L city Brussels
P full Halina Sobczak
O nonprofit Solidarity
L region Lublin
Q direct Halina Sobczak :: “They want us to cut fertilizer by a fifth, spend three days a month on paperwork and compete with Ukrainian farms 10 times the size of ours.
F fraction a fifth
F duration three days
F number 10
> “We will stay on the border until someone in Warsaw or Brussels listens to us.”
Q direct Halina Sobczak :: “We will stay on the border until someone in Warsaw or Brussels listens to us.”
L city Warsaw
L city Brussels
> Farm incomes in Poland fell 11.3% in 2025, according to Statistics Poland (GUS), while fertilizer prices have risen about 40% since 2021. GUS data show that farmers received 39% of the retail price of bread last year, down from 52% in 2015.
L country Poland
F percent 11.3%
F date 2025
O government Statistics Poland
O government GUS
F percent 40%
F date 2021
O government GUS
F percent 39%
F percent 52%
F date 2015
> The European Commission, which proposed in January to extend a quota system for Ukrainian farm imports until June 2028, said it was following the protests "very closely." A Commission spokesman in Brussels said border checks were a matter for member states.
O intergovernmental European Commission
F date June 2028
Q direct European Commission :: "very closely."
O intergovernmental Commission
L city Brussels
> In Kyiv, Oleksandr Hrytsenko, an analyst at the Ukrainian Grain Association, said the blockade was costing exporters about $3 million a day. "Ukrainian grain is not the reason prices are low in Poland," he said. "World prices fell for everyone, including us."
L city Kyiv
P full Oleksandr Hrytsenko
O nonprofit Ukrainian Grain Association
F money $3 million
Q direct Oleksandr Hrytsenko :: "Ukrainian grain is not the reason prices are low in Poland,"
L country Poland
Q direct Oleksandr Hrytsenko :: "World prices fell for everyone, including us."
> Rolnicy Razem said it would bring tractors back to Warsaw on March 18, when the Sejm, the lower house of parliament, is due to debate a bill tightening checks on food imports. Zawadzki said the Dorohusk blockade would go on "as long as it takes."
O nonprofit Rolnicy Razem
L city Warsaw
F date March 18
O government Sejm
P partial Zawadzki
L city Dorohusk
Q direct Marek Zawadzki :: "as long as it takes."
'''

ARTICLES['52-niger-delta-spill-claim'] = r'''
> Business
> Nigerian Fishing Communities Sue Deltacrest in London Over 2019 Pipeline Spill
O company Deltacrest
L city London
F date 2019
> By Chinedu Eze and Sarah Pemberton
P full Chinedu Eze
P full Sarah Pemberton
> LONDON/PORT HARCOURT, Nigeria, June 3 (Reuters) - More than 11,000 people from four fishing communities in Nigeria’s Niger Delta have sued Deltacrest Energy Plc and its Nigerian subsidiary in the High Court in London, alleging that a 2019 pipeline leak destroyed their mangroves and fishing grounds, their lawyers said on Wednesday.
L city LONDON
L city PORT HARCOURT
L country Nigeria
F date June 3
O media Reuters
F number 11,000
F number four
L country Nigeria
L region Niger Delta
O company Deltacrest Energy Plc
O government High Court
L city London
F date 2019
> The claim, filed on behalf of residents of Ogbo-Ama, Tombia-Ama, Ikiri and Olokiri in Rivers State, seeks at least £180 million ($242 million) in damages and an order requiring the company to clean up about 1,200 hectares of creeks and mangrove swamp.
L city Ogbo-Ama
L city Tombia-Ama
L city Ikiri
L city Olokiri
L region Rivers State
F money £180 million
F money $242 million
F quantity 1,200 hectares
> According to court documents, the leak on a 28-kilometre trunk line near Tombia-Ama was discovered on Nov. 14, 2019, and was not stopped for 19 days. The claimants’ experts estimate that at least 40,000 barrels of crude escaped, more than 20 times the 1,850 barrels that Deltacrest reported to regulators at the time.
F quantity 28-kilometre
L city Tombia-Ama
F date Nov. 14, 2019
F duration 19 days
F quantity 40,000 barrels
F number 20
F quantity 1,850 barrels
O company Deltacrest
> Nigeria’s National Oil Spill Detection and Response Agency (NOSDRA) put the volume at 6,300 barrels in a 2021 report. NOSDRA did not respond to a request for comment.
L country Nigeria
O government National Oil Spill Detection and Response Agency
O government NOSDRA
F quantity 6,300 barrels
F date 2021
O government NOSDRA
> Deltacrest, which is listed in London and pumps about 95,000 barrels per day from onshore fields in Rivers and Bayelsa states, said the leak was caused by thieves who had drilled into the pipe to steal crude, a practice known locally as “bunkering.”
O company Deltacrest
L city London
F quantity 95,000 barrels per day
L region Rivers
L region Bayelsa
Q scare - :: “bunkering.”
> “Deltacrest deeply regrets the impact of this incident on local communities, but it was caused by criminal sabotage, not by any failure on our part,” the company said in a statement. “We will defend the claim vigorously.”
Q direct Deltacrest Energy Plc :: “Deltacrest deeply regrets the impact of this incident on local communities, but it was caused by criminal sabotage, not by any failure on our part,”
O company Deltacrest
Q direct Deltacrest Energy Plc :: “We will defend the claim vigorously.”
> The company said it had paid 45 million naira ($29,000 at current exchange rates) in relief to the four communities in 2020 and had cleaned the affected area. Deltacrest shares were down 2.4% in London at 1430 GMT.
F money 45 million naira
F money $29,000
F number four
F date 2020
O company Deltacrest
F percent 2.4%
L city London
F time 1430 GMT
> “Before the spill, a woman could gather enough periwinkles in a single morning to feed her family for a week,” said Chief Boma Iyalla, 64, a community leader in Ogbo-Ama, speaking by phone. “Now the roots of the mangroves are black, and our children have never seen a fish in that creek.
Q direct Boma Iyalla :: “Before the spill, a woman could gather enough periwinkles in a single morning to feed her family for a week,”
P full Boma Iyalla
F age 64
L city Ogbo-Ama
Q direct Boma Iyalla :: “Now the roots of the mangroves are black, and our children have never seen a fish in that creek.
> “They tell us it was thieves. It was their pipe, and it was their job to guard it.”
Q direct Boma Iyalla :: “They tell us it was thieves. It was their pipe, and it was their job to guard it.”
> The claimants are represented by Hargreave Mensah, a London law firm, which hired scientists from the University of Port Harcourt to test the soil. Partner Eleanor Marsh-Adebayo said samples taken in January showed hydrocarbon levels up to 140 times Nigeria’s legal limit.
O company Hargreave Mensah
L city London
O education University of Port Harcourt
P full Eleanor Marsh-Adebayo
F number 140
L country Nigeria
> "This case is about whether a London-listed company can walk away from the damage done by its own subsidiary," she said.
Q direct Eleanor Marsh-Adebayo :: "This case is about whether a London-listed company can walk away from the damage done by its own subsidiary,"
L city London
> English courts have heard a series of claims from the Niger Delta since the UK Supreme Court ruled in February 2021 that two communities could sue Royal Dutch Shell in London over spills by its Nigerian unit. Shell agreed in 2015 to pay £55 million to the Bodo community over two spills in 2008.
L region Niger Delta
O government UK Supreme Court
F date February 2021
F number two
O company Royal Dutch Shell
L city London
O company Shell
F date 2015
F money £55 million
L city Bodo
F number two
F date 2008
> Ibiere Tamuno of the Port Harcourt-based Creek Women’s Network, which has documented spills in the area since 2012, said fishing incomes in the four communities had fallen by about two-thirds. “Women here used to earn 15,000 naira a week from the creeks,” she said. “Now many earn nothing.”
P full Ibiere Tamuno
L city Port Harcourt
O nonprofit Creek Women’s Network
F date 2012
F number four
F fraction two-thirds
Q direct Ibiere Tamuno :: “Women here used to earn 15,000 naira a week from the creeks,”
F money 15,000 naira
Q direct Ibiere Tamuno :: “Now many earn nothing.”
> A first hearing is set for Oct. 12 at the Rolls Building, the London home of the High Court’s business and property courts.
F date Oct. 12
L facility Rolls Building
L city London
O government High Court
'''

ARTICLES['53-vuelta-angliru-stage'] = r'''
> Cycling
> Ortuzar Wins on the Angliru as Kjeldgaard Takes Lead at Vuelta
P partial Ortuzar
L geo Angliru
P partial Kjeldgaard
> ![Colombia's Joaquín Ortuzar celebrates as he crosses the finish line on the Alto de l'Angliru during the 13th stage of the Vuelta a España near Riosa, Spain, Saturday, Sept. 5, 2026. (AP Photo/Marta Lozano Ibarra)](/photos/2026/09/05/vuelta-angliru.jpg)
L country Colombia
P full Joaquín Ortuzar
L geo Alto de l'Angliru
L city Riosa
L country Spain
F date Sept. 5, 2026
O media AP
P full Marta Lozano Ibarra
> By IÑIGO ARRIETA
P full IÑIGO ARRIETA
> AP Sports Writer
O media AP
> RIOSA, Spain (AP) — Joaquín Ortuzar of Colombia attacked 3 kilometers from the summit of the Angliru and rode alone to the top on Saturday to win the 13th stage of the Vuelta a España, while Denmark’s Mads Kjeldgaard finished fourth to take the race lead.
L city RIOSA
L country Spain
O media AP
P full Joaquín Ortuzar
L country Colombia
F quantity 3 kilometers
L geo Angliru
L country Denmark
P full Mads Kjeldgaard
> The 25-year-old from Tunja, who rides for EF Education-EasyPost, finished the 187-kilometer stage from Oviedo in just under five hours. He crossed the line 38 seconds ahead of Belgium’s Lennert Van Damme of Lidl-Trek and 52 seconds ahead of Spain’s Iker Goikoetxea.
F age 25-year-old
L city Tunja
O team EF Education-EasyPost
F quantity 187-kilometer
L city Oviedo
F duration five hours
F duration 38 seconds
L country Belgium
P full Lennert Van Damme
O team Lidl-Trek
F duration 52 seconds
L country Spain
P full Iker Goikoetxea
> The Angliru, nicknamed “the Beast of Asturias,” is one of the steepest climbs in professional cycling. It rises 1,266 meters over 12.5 kilometers at an average gradient of 10.1%, with sections of 23.5% near the top. Tens of thousands of fans lined the road in rain and fog.
L geo Angliru
Q scare - :: “the Beast of Asturias,”
L region Asturias
F quantity 1,266 meters
F quantity 12.5 kilometers
F percent 10.1%
F percent 23.5%
> “I grew up on climbs like this in Boyacá. When I saw the 20% sign, I knew it was my moment,” Ortuzar said. “My mother was watching on television in Tunja. This one is for her.”
Q direct Joaquín Ortuzar :: “I grew up on climbs like this in Boyacá. When I saw the 20% sign, I knew it was my moment,”
L region Boyacá
F percent 20%
P partial Ortuzar
Q direct Joaquín Ortuzar :: “My mother was watching on television in Tunja. This one is for her.”
L city Tunja
> It was Ortuzar’s first stage win in a Grand Tour and his second victory of the season, after a stage of the Tour de Suisse in June. Alberto Contador won twice on the Angliru, in 2008 and 2017, and Primož Roglič won there in 2023.
P partial Ortuzar
P full Alberto Contador
L geo Angliru
F date 2008
F date 2017
P full Primož Roglič
F date 2023
> Kjeldgaard, 29, who rides for Visma-Lease a Bike, leads the overall standings by 14 seconds over Van Damme, with Ortuzar third, 41 seconds back. Visma had a two-on-one advantage over Van Damme on the lower slopes, with Kjeldgaard’s teammate Sepp Wouters setting the pace, but the Belgian answered every acceleration until Ortuzar’s attack split the group.
P partial Kjeldgaard
F age 29
O team Visma-Lease a Bike
F duration 14 seconds
P partial Van Damme
P partial Ortuzar
F duration 41 seconds
O team Visma
F score two-on-one
P partial Van Damme
P partial Kjeldgaard
P full Sepp Wouters
P partial Ortuzar
> "Three kilometers at 20 percent is not a climb, it's a wall," said Van Damme, who had held the lead for two days. "I'm 14 seconds behind, but there are still eight stages left and a time trial in Madrid."
Q direct Lennert Van Damme :: "Three kilometers at 20 percent is not a climb, it's a wall,"
F quantity Three kilometers
F percent 20 percent
P partial Van Damme
F duration two days
Q direct Lennert Van Damme :: "I'm 14 seconds behind, but there are still eight stages left and a time trial in Madrid."
F duration 14 seconds
F number eight
L city Madrid
> Kjeldgaard, who finished 48th at the Tour de France in July after working for his team leader, said he had not expected to wear the leader’s red jersey. "Honestly, I thought I would lose a minute today," he said.
P partial Kjeldgaard
Q direct Mads Kjeldgaard :: "Honestly, I thought I would lose a minute today,"
> Earlier in the day, Australia’s Harrison Doyle-Finch, who started the stage fifth overall, crashed on a wet descent 60 kilometers from the finish and abandoned the race. “Harrison was taken to the Central University Hospital of Asturias in Oviedo with a suspected broken collarbone,” his team, Jayco AlUla, said in a statement.
L country Australia
P full Harrison Doyle-Finch
F quantity 60 kilometers
Q direct Jayco AlUla :: “Harrison was taken to the Central University Hospital of Asturias in Oviedo with a suspected broken collarbone,”
P partial Harrison
O other Central University Hospital of Asturias
L city Oviedo
O team Jayco AlUla
> Sunday’s 14th stage is a 161-kilometer ride from Avilés to La Farrapona with three categorized climbs. The start is at 12:40 p.m. local time.
F quantity 161-kilometer
L city Avilés
L geo La Farrapona
F number three
F time 12:40 p.m.
'''

ARTICLES['54-red-lake-mine-rockfall'] = r'''
> Two Miners Killed, Four Trapped After Rockfall at Northern Ontario Gold Mine
F number Two
F number Four
L region Northern Ontario
> ![Emergency vehicles are parked at the entrance to the Cormorant Lake Mine near Red Lake, Ont., on Tuesday, Nov. 17, 2026. (Jordan Whitehawk/The Canadian Press via AP)](/photos/2026/11/17/red-lake-mine.jpg)
L facility Cormorant Lake Mine
L city Red Lake
L region Ont.
F date Nov. 17, 2026
P full Jordan Whitehawk
O media The Canadian Press
O media AP
> By Maxime Laberge
P full Maxime Laberge
> The Canadian Press
O media Canadian Press
> RED LAKE, Ont. — Two miners were killed and four others were trapped about 1,200 metres underground after a rockfall at a gold mine in northwestern Ontario early Tuesday, the mine’s owner and provincial officials said.
L city RED LAKE
L region Ont.
F number Two
F number four
F quantity 1,200 metres
L region Ontario
> The fall of ground happened at about 3:40 a.m. on the 3,950 level of the Cormorant Lake Mine, 25 kilometres northeast of Red Lake, said Northbrook Gold, the Vancouver-based company that owns the mine. Ten other workers on the level reached an underground refuge station and were brought to the surface by 9:15 a.m.
F time 3:40 a.m.
L facility Cormorant Lake Mine
F quantity 25 kilometres
L city Red Lake
O company Northbrook Gold
L city Vancouver
F number Ten
F time 9:15 a.m.
> The Ontario Provincial Police (OPP) identified the dead as Daniel Keeshig, 34, of Red Lake, and Luc Brassard, 52, of Timmins, who had worked underground for 27 years. The OPP said there was no indication of a crime.
O government Ontario Provincial Police
O government OPP
P full Daniel Keeshig
F age 34
L city Red Lake
P full Luc Brassard
F age 52
L city Timmins
F duration 27 years
O government OPP
> Crews from Ontario Mine Rescue were clearing rubble with remote-controlled loaders and had advanced about 18 metres by Tuesday evening, Northbrook said. The four trapped miners are believed to be in a section about 40 metres beyond the fall, where the ventilation and a phone line were still working.
O other Ontario Mine Rescue
F quantity 18 metres
O company Northbrook
F number four
F quantity 40 metres
> “Our hearts are with the families of Daniel and Luc,” Northbrook chief executive Anjali Mehra-Thompson told reporters in Balmertown. “We have spoken to the four workers underground every hour since this morning. They have air, water and light, and they know we are coming for them.
Q direct Anjali Mehra-Thompson :: “Our hearts are with the families of Daniel and Luc,”
P partial Daniel
P partial Luc
O company Northbrook
P full Anjali Mehra-Thompson
L city Balmertown
Q direct Anjali Mehra-Thompson :: “We have spoken to the four workers underground every hour since this morning. They have air, water and light, and they know we are coming for them.
F number four
> “I will not put a timeline on this. Our priority is to bring them home safely, and we will not take risks that put the rescuers in danger.”
Q direct Anjali Mehra-Thompson :: “I will not put a timeline on this. Our priority is to bring them home safely, and we will not take risks that put the rescuers in danger.”
> The United Steelworkers, which represents about 400 hourly workers at the mine, said two of its members had raised concerns about ground conditions on the 3,950 level in September. "We want to know what was done about those complaints," said Tracy Kowalchuk, a USW staff representative in Thunder Bay.
O nonprofit United Steelworkers
F number 400
F number two
Q direct Tracy Kowalchuk :: "We want to know what was done about those complaints,"
P full Tracy Kowalchuk
O nonprofit USW
L city Thunder Bay
> Northbrook said a so-called “seismic event,” a sudden release of stress in the rock, may have caused the fall. Monitors at the mine recorded a tremor two minutes before the rockfall, the company said.
O company Northbrook
Q scare - :: “seismic event,”
F duration two minutes
> Ontario’s Ministry of Labour, Immigration, Training and Skills Development said inspectors and a mining engineer were at the site and that it had opened an investigation. Premier Doug Ford spoke with Mehra-Thompson on Tuesday afternoon, his office said.
L region Ontario
O government Ministry of Labour, Immigration, Training and Skills Development
P full Doug Ford
P partial Mehra-Thompson
> The Red Lake district has been one of Canada’s richest gold camps since the 1920s. Cormorant Lake produced 212,000 ounces of gold in 2025, about a third of Northbrook’s output. Northbrook shares fell 8.6% to C$21.40 on the Toronto Stock Exchange on Tuesday.
L region Red Lake
L country Canada
F date 1920s
L facility Cormorant Lake
F quantity 212,000 ounces
F date 2025
F fraction a third
O company Northbrook
O company Northbrook
F percent 8.6%
F money C$21.40
O company Toronto Stock Exchange
> Keeshig’s cousin, Sheila Keeshig-Moose, said he had been saving to buy a house for his two daughters. “He loved that job. He said it was the best money he ever made,” she said.
P partial Keeshig
P full Sheila Keeshig-Moose
F number two
Q direct Sheila Keeshig-Moose :: “He loved that job. He said it was the best money he ever made,”
'''

ARTICLES['55-rochester-budget-union'] = r'''
> Local
> Rochester Passes $612 Million Budget as City Workers Threaten to Strike
L city Rochester
F money $612 Million
> By Marcus Oyelaran | Staff writer
P full Marcus Oyelaran
> Published June 10, 2026, 11:42 p.m. ET
F date June 10, 2026
F time 11:42 p.m. ET
> ROCHESTER, N.Y. — The Rochester City Council approved a $612.4 million budget for the 2026-27 fiscal year late Wednesday, hours after hundreds of sanitation and water workers rallied outside City Hall and their union said it would ask members to authorize a strike.
L city ROCHESTER
L region N.Y.
O government Rochester City Council
F money $612.4 million
F date 2026-27
L facility City Hall
> The budget, which takes effect July 1, holds the property tax rate flat but eliminates 86 vacant positions and gives most city employees a 2% raise. That is well below the 5.5% sought by Local 2217 of the American Federation of State, County and Municipal Employees (AFSCME), which represents about 1,150 workers in the Department of Environmental Services and the city’s water bureau.
F date July 1
F number 86
F percent 2%
F percent 5.5%
O nonprofit Local 2217
O nonprofit American Federation of State, County and Municipal Employees
O nonprofit AFSCME
F number 1,150
O government Department of Environmental Services
> “We cannot spend money we do not have,” Mayor Carmen Vidaurre said at a news conference before the vote. “I respect these workers, and I want them at the table, not on a picket line.”
Q direct Carmen Vidaurre :: “We cannot spend money we do not have,”
P full Carmen Vidaurre
Q direct Carmen Vidaurre :: “I respect these workers, and I want them at the table, not on a picket line.”
> The city faced a $47 million gap after federal pandemic aid ran out and its share of sales tax revenue from Monroe County came in 3.4% below forecast. Personnel costs make up about two-thirds of the general fund, according to the city’s budget office.
F money $47 million
L region Monroe County
F percent 3.4%
F fraction two-thirds
> Three of the nine council members voted against the budget, including Aisha Rahimi, who called the 2% raise “an insult” to workers who kept the city running through the pandemic.
F number Three
F number nine
P full Aisha Rahimi
F percent 2%
Q direct Aisha Rahimi :: “an insult”
> “Our members drive the trucks, fix the water mains at 2 a.m. in February and clear the snow before anyone else is awake,” said Terrence Pritchett, president of AFSCME Local 2217. “They have had one raise above inflation in 11 years.
Q direct Terrence Pritchett :: “Our members drive the trucks, fix the water mains at 2 a.m. in February and clear the snow before anyone else is awake,”
F time 2 a.m.
P full Terrence Pritchett
O nonprofit AFSCME Local 2217
Q direct Terrence Pritchett :: “They have had one raise above inflation in 11 years.
F number one
F duration 11 years
> “If the city thinks 2% is fair, it can ask the 1,150 people who keep the water running what they think. We will.”
Q direct Terrence Pritchett :: “If the city thinks 2% is fair, it can ask the 1,150 people who keep the water running what they think. We will.”
F percent 2%
F number 1,150
> The union will hold a two-day strike authorization vote starting June 24 at its hall at 840 University Ave. Under New York’s Taylor Law, public employees who strike are fined twice their daily pay for each day off the job, and unions can lose the right to collect dues.
F duration two-day
F date June 24
L address 840 University Ave.
L region New York
> Vidaurre said she did not expect a strike. "Nobody in this building wants to see garbage piling up on Lake Avenue in July," she said. "We will keep talking."
P partial Vidaurre
Q direct Carmen Vidaurre :: "Nobody in this building wants to see garbage piling up on Lake Avenue in July,"
L street Lake Avenue
Q direct Carmen Vidaurre :: "We will keep talking."
> The budget also sets aside $1.8 million to study “managed competition,” under which private haulers could bid for some garbage routes. Pritchett called that “privatization with a nicer name.”
F money $1.8 million
Q scare - :: “managed competition,”
P partial Pritchett
Q direct Terrence Pritchett :: “privatization with a nicer name.”
> The budget keeps funding for the Rochester City School District at $119 million, the same as last year. Contracts for police officers and firefighters run through 2027 and were not part of the dispute.
O education Rochester City School District
F money $119 million
F date 2027
> City workers in Buffalo and Syracuse received raises of 3% to 4% last year, according to the Citizens Budget Commission, a New York-based think tank. At Wednesday’s rally on Church Street, workers carried signs reading “We Haul, You Stall” and chanted for 45 minutes before the council meeting began at 6 p.m.
L city Buffalo
L city Syracuse
F percent 3%
F percent 4%
O nonprofit Citizens Budget Commission
L city New York
L street Church Street
Q direct - :: “We Haul, You Stall”
F duration 45 minutes
F time 6 p.m.
'''

ARTICLES['56-locarno-golden-leopard'] = r'''
> Culture
> Georgian Director Nino Kapanadze’s Debut Wins Golden Leopard at Locarno
P full Nino Kapanadze
L city Locarno
> ![Director Nino Kapanadze holds the Golden Leopard on the stage of the Piazza Grande in Locarno, Switzerland, Saturday, Aug. 15, 2026. (Luca Bernasconi/Keystone via AP)](/photos/2026/08/15/locarno-golden-leopard.jpg)
P full Nino Kapanadze
L facility Piazza Grande
L city Locarno
L country Switzerland
F date Aug. 15, 2026
P full Luca Bernasconi
O media Keystone
O media AP
> By JONAS WIDMER
P full JONAS WIDMER
> Associated Press
O media Associated Press
> LOCARNO, Switzerland (AP) — “The Salt Road,” a quiet drama about two sisters who take over their late father’s salt business on Georgia’s Black Sea coast, won the Golden Leopard for best film at the Locarno Film Festival on Saturday. It is the first feature by director Nino Kapanadze.
L city LOCARNO
L country Switzerland
O media AP
Q scare - :: “The Salt Road,”
F number two
L country Georgia
L geo Black Sea
P full Nino Kapanadze
> The 34-year-old, who grew up in Batumi, shot the 128-minute film in 41 days in villages near Poti, with mostly non-professional actors and a budget of 1.1 million lari ($410,000). It was financed in part by the Georgian National Film Center and a Swiss fund, Visions Sud Est.
F age 34-year-old
L city Batumi
F duration 128-minute
F duration 41 days
L city Poti
F money 1.1 million lari
F money $410,000
O government Georgian National Film Center
O nonprofit Visions Sud Est
> The sisters, Eka and Tamta, are played by Mariam Gelashvili and Ketevan Dolidze, neither of whom had acted before. Kapanadze found Gelashvili, 19, working at a fish market in Poti.
P partial Eka
P partial Tamta
P full Mariam Gelashvili
P full Ketevan Dolidze
P partial Kapanadze
P partial Gelashvili
F age 19
L city Poti
> “I made this film for my grandmother, who sold salt at the market in Kutaisi for 40 years,” Kapanadze said as she accepted the prize. “She never saw a film in a cinema. Tonight 8,000 people watched her story under the stars.”
Q direct Nino Kapanadze :: “I made this film for my grandmother, who sold salt at the market in Kutaisi for 40 years,”
L city Kutaisi
F duration 40 years
P partial Kapanadze
Q direct Nino Kapanadze :: “She never saw a film in a cinema. Tonight 8,000 people watched her story under the stars.”
F number 8,000
> She dedicated the award “to everyone standing on Rustaveli Avenue tonight,” a reference to the anti-government protests that began in central Tbilisi after the parliamentary elections of October 2024.
Q direct Nino Kapanadze :: “to everyone standing on Rustaveli Avenue tonight,”
L street Rustaveli Avenue
L city Tbilisi
F date October 2024
> The Piazza Grande, the town’s main square, seats about 8,000 people in front of one of Europe’s largest open-air screens, which measures 26 meters by 14 meters.
L facility Piazza Grande
F number 8,000
L continent Europe
F quantity 26 meters
F quantity 14 meters
> "It is the rare debut that trusts its silences," wrote Shirin Adamjee, a critic for Screen International, who called the film's final 20 minutes "almost unbearably tender."
Q direct Shirin Adamjee :: "It is the rare debut that trusts its silences,"
P full Shirin Adamjee
O media Screen International
F duration 20 minutes
Q direct Shirin Adamjee :: "almost unbearably tender."
> The Special Jury Prize went to “Nocturne for Lagos,” by Nigerian director Tolu Adebanjo-Martins, and Swiss actress Léa Brunner, 71, won the award for best performance for her role as a retired postwoman in “The Last Round,” directed by Matthias Gerber-Hofstetter.
Q scare - :: “Nocturne for Lagos,”
P full Tolu Adebanjo-Martins
P full Léa Brunner
F age 71
Q scare - :: “The Last Round,”
P full Matthias Gerber-Hofstetter
> The festival, founded in 1946, ran for 11 days and sold about 164,000 tickets, up 6% from last year. “It was a strong year for first-time filmmakers and for audiences,” festival organizers said in a closing statement.
F date 1946
F duration 11 days
F number 164,000
F percent 6%
Q direct - :: “It was a strong year for first-time filmmakers and for audiences,”
> The film’s producer, Levan Abashidze of the Tbilisi company Kvali Films, said the prize would make it easier to raise money for Kapanadze’s next project, a drama set in the mountain region of Svaneti. "Last year nobody would return our calls," he said. "Tonight we had offers from 12 countries."
P full Levan Abashidze
L city Tbilisi
O company Kvali Films
P partial Kapanadze
L region Svaneti
Q direct Levan Abashidze :: "Last year nobody would return our calls,"
Q direct Levan Abashidze :: "Tonight we had offers from 12 countries."
F number 12
> Lithuanian director Saulė Bliuvaitė won the Golden Leopard in 2024 with her debut, “Toxic.” The streaming service Mubi bought worldwide rights to “The Salt Road” before the festival and plans to release it in cinemas in Georgia and Switzerland on Oct. 9. The awards ceremony began at 9:30 p.m. and lasted 90 minutes.
P full Saulė Bliuvaitė
F date 2024
Q scare - :: “Toxic.”
O company Mubi
Q scare - :: “The Salt Road”
L country Georgia
L country Switzerland
F date Oct. 9
F time 9:30 p.m.
F duration 90 minutes
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
