#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval182 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval182/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1135-islands-ferry-fare-rise-cheung-chau-peng-chau-sun-ferry-scmp'] = r'''
> Hong Kong / Transport
L city Hong Kong
> Ferry fares to Cheung Chau, Mui Wo and Peng Chau to rise up to 9.8 per cent in ‘a tax on island life’
L geo Cheung Chau
L city Mui Wo
L geo Peng Chau
F percent 9.8 per cent
Q direct Ivan Siu Pak-lun :: ‘a tax on island life’
> Transport Department approves first increase in three years on Sun Ferry’s three routes from June 1, as district councillors warn young families will leave
O government Transport Department
F duration three years
O company Sun Ferry
F number three
F date June 1
> Brian Mok Chun-hei
P full Brian Mok Chun-hei
> Published: 6:40pm, 18 Apr 2040
F time 6:40pm
F date 18 Apr 2040
> Passengers leave the Cheung Chau ferry pier on Wednesday. An ordinary weekday crossing from Central will cost HK$21.30. Photo: Felix Kwan Tsz-on
L geo Cheung Chau
L city Central
F money HK$21.30
P full Felix Kwan Tsz-on
> Ferry fares to three of Hong Kong’s most populous outlying islands will rise by as much as 9.8 per cent from June 1, after the government approved an application by operator Sun Ferry that lawmakers said would hit commuters hardest.
F number three
L city Hong Kong
F percent 9.8 per cent
F date June 1
O company Sun Ferry
> The Transport Department (TD) said on Wednesday that the adult fare for an ordinary ferry between Central and Cheung Chau would go from HK$19.40 to HK$21.30 on weekdays, while the fast ferry fare would climb to HK$40.60. Fares on the Mui Wo and Peng Chau routes will rise by between 6.5 and 9.8 per cent.
O government Transport Department
O government TD
L city Central
L geo Cheung Chau
F money HK$19.40
F money HK$21.30
F money HK$40.60
L city Mui Wo
L geo Peng Chau
F percent 6.5
F percent 9.8 per cent
> The TD said the Transport Advisory Committee had endorsed the increase, and that Sun Ferry, which carried 15.2 million passengers on the three routes last year, had lost HK$212 million (US$27.1 million) since 2037 as fuel, wages and maintenance costs rose. The company said in its application that the rise was “unavoidable if the services are to remain viable”.
O government TD
O government Transport Advisory Committee
O company Sun Ferry
F number 15.2 million
F number three
F money HK$212 million
F money US$27.1 million
F date 2037
Q direct Sun Ferry :: “unavoidable if the services are to remain viable”
> Lawmaker Ivan Siu Pak-lun, whose New Territories South West constituency includes the islands, called the increase “a tax on island life” and said he would raise it at Legco’s transport panel on Friday.
P full Ivan Siu Pak-lun
L region New Territories South West
Q direct Ivan Siu Pak-lun :: “a tax on island life”
O government Legco
> “For people on Cheung Chau the ferry is not a choice. It is the only road they have,” Siu said. “A family of four going to Central every weekday will pay about HK$1,900 more a year. The operator keeps saying ‘sustainable’, but sustainable for whom?”
Q direct Ivan Siu Pak-lun :: “For people on Cheung Chau the ferry is not a choice. It is the only road they have,”
L geo Cheung Chau
P partial Siu
Q direct Ivan Siu Pak-lun :: “A family of four going to Central every weekday will pay about HK$1,900 more a year. The operator keeps saying ‘sustainable’, but sustainable for whom?”
F number four
L city Central
F money HK$1,900
> Cheung Chau, nicknamed “dumbbell island”, has about 22,000 residents, and Peng Chau about 6,000. Mui Wo, on Lantau, is also linked by road to Tung Chung, but the bus takes 50 minutes.
L geo Cheung Chau
Q scare - :: “dumbbell island”
F number 22,000
L geo Peng Chau
F number 6,000
L city Mui Wo
L geo Lantau
L city Tung Chung
F duration 50 minutes
> Islands District Council member Tsang Mei-lan, who lives on Peng Chau, said residents had asked for a monthly pass and a fare freeze for students. “We got neither. Every time the fares go up, more young families move to Tung Chung or Tsuen Wan, and the island gets older and emptier.
O government Islands District Council
P full Tsang Mei-lan
L geo Peng Chau
Q direct Tsang Mei-lan :: “We got neither. Every time the fares go up, more young families move to Tung Chung or Tsuen Wan, and the island gets older and emptier.
L city Tung Chung
L city Tsuen Wan
> “The primary school on Peng Chau has lost a third of its pupils since 2030. Nobody in government seems to see the link,” she said.
Q direct Tsang Mei-lan :: “The primary school on Peng Chau has lost a third of its pupils since 2030. Nobody in government seems to see the link,”
L geo Peng Chau
F fraction a third
F date 2030
> A spokesman for the Transport and Logistics Bureau said the government already gave the operator about HK$180 million a year in “special helping measures”, and that senior citizens would continue to pay HK$2 a trip under the fare concession scheme.
O government Transport and Logistics Bureau
F money HK$180 million
Q scare - :: “special helping measures”
F money HK$2
> On the Cheung Chau pier, fishmonger Wong Siu-fong, 58, said she made the crossing every weekday. “Forty minutes each way, and now more money. My son already moved to Sha Tin,” she said.
L geo Cheung Chau
P full Wong Siu-fong
F age 58
Q direct Wong Siu-fong :: “Forty minutes each way, and now more money. My son already moved to Sha Tin,”
F duration Forty minutes
L city Sha Tin
> A passenger surnamed Chan, a civil servant who works in Admiralty, said the fast ferry was “still cheaper than a flat in town”.
P partial Chan
L city Admiralty
Q direct Chan :: “still cheaper than a flat in town”
> The last rise on the routes, of 4.5 per cent, took effect in March 2037. Lamma Island services, run by a different operator, are not affected.
F percent 4.5 per cent
F date March 2037
L geo Lamma Island
'''

ARTICLES['1136-lusavia-scheldt-airways-takeover-brussels-slots-financial-times'] = r'''
> Airlines
> Lusavia agrees €2.1bn takeover of Brussels-based Scheldt Airways
O company Lusavia
F money €2.1bn
L city Brussels
O company Scheldt Airways
> Portuguese group offers 31% premium but faces lengthy EU review over slots at Zaventem
F percent 31%
O intergovernmental EU
L city Zaventem
> Camille Van Roost in Brussels and Tiago Mendes Falcão in Lisbon
P full Camille Van Roost
L city Brussels
P full Tiago Mendes Falcão
L city Lisbon
> Published March 12 2040
F date March 12 2040
> Scheldt Airways aircraft at Brussels Airport, where the carrier holds about 38 per cent of take-off and landing slots © Lieve Claeys/Bloomberg
O company Scheldt Airways
L facility Brussels Airport
F percent 38 per cent
P full Lieve Claeys
O media Bloomberg
> Lisbon-based Lusavia has agreed to buy Belgium’s Scheldt Airways for €2.1bn, the latest attempt to consolidate Europe’s fragmented airline industry and a deal that is likely to face months of scrutiny from competition regulators in Brussels.
L city Lisbon
O company Lusavia
L country Belgium
O company Scheldt Airways
F money €2.1bn
L continent Europe
L city Brussels
> Lusavia will pay €14.60 a share in cash, a premium of 31 per cent to Scheldt’s closing price on Friday, the two companies said on Monday. The offer values the Belgian carrier’s equity at €1.65bn; the rest of the price is debt and aircraft leases that Lusavia will take on.
O company Lusavia
F money €14.60
F percent 31 per cent
O company Scheldt
F number two
F money €1.65bn
O company Lusavia
> The Belgian state, which owns 22 per cent of Scheldt through the Federal Holding and Investment Company (SFPI), and the carrier’s second-largest shareholder, the Antwerp investment group Vandermolen Capital, with 14.5 per cent, have given irrevocable undertakings to accept the offer. SFPI said the deal “secures the future of Brussels as a hub”.
F percent 22 per cent
O company Scheldt
O government Federal Holding and Investment Company
O government SFPI
L city Antwerp
O company Vandermolen Capital
F percent 14.5 per cent
O government SFPI
Q direct Federal Holding and Investment Company :: “secures the future of Brussels as a hub”
L city Brussels
> Duarte de Vasconcelos, Lusavia’s chief executive, said the combined group would fly 142 aircraft and carry about 31mn passengers a year, making it the sixth-largest airline group in Europe. “Scale is no longer optional in this industry. Brussels gives us the long-haul links to Africa that Lisbon cannot offer on its own,” he said.
P full Duarte de Vasconcelos
O company Lusavia
F number 142
F number 31mn
L continent Europe
Q direct Duarte de Vasconcelos :: “Scale is no longer optional in this industry. Brussels gives us the long-haul links to Africa that Lisbon cannot offer on its own,”
L city Brussels
L continent Africa
L city Lisbon
> De Vasconcelos said Scheldt would keep its name and its headquarters at Zaventem for “at least five years” and that there were “no plans” for compulsory redundancies among its 4,300 staff.
P partial De Vasconcelos
O company Scheldt
L city Zaventem
Q direct Duarte de Vasconcelos :: “at least five years”
F duration five years
Q direct Duarte de Vasconcelos :: “no plans”
F number 4,300
> Scheldt’s chief executive, Ann-Sofie Verbruggen, said her board had “looked hard at standing alone” but concluded that the airline was too small to compete with low-cost carriers on price and with the big three groups on long-haul routes.
O company Scheldt
P full Ann-Sofie Verbruggen
Q direct Ann-Sofie Verbruggen :: “looked hard at standing alone”
F number three
> The European Commission is expected to open an in-depth investigation. The two airlines overlap on 11 routes, including Brussels-Lisbon and Brussels-Porto, where they carry more than 70 per cent of passengers between them. A commission spokesperson said it had not yet been notified of the deal.
O intergovernmental European Commission
F number two
F number 11
L city Brussels
L city Lisbon
L city Brussels
L city Porto
F percent 70 per cent
> Analysts expect Brussels to demand that the airlines give up between 20 and 30 daily slot pairs at Zaventem. Slots handed to rivals remain subject to the so-called “use it or lose it” rule, under which airlines must fly 80 per cent of them.
L city Brussels
F number 20
F number 30
L city Zaventem
Q scare - :: “use it or lose it”
F percent 80 per cent
> “Remedies on this scale are manageable. What matters is whether the commission also asks for slots in Lisbon, where Lusavia is already short of room,” said Joris Haesaerts, an aviation analyst at Kepler Cheuvreux in Brussels. He estimated that the remedies could cut the deal’s expected cost savings of €180mn a year by a third.
Q direct Joris Haesaerts :: “Remedies on this scale are manageable. What matters is whether the commission also asks for slots in Lisbon, where Lusavia is already short of room,”
L city Lisbon
O company Lusavia
P full Joris Haesaerts
O company Kepler Cheuvreux
L city Brussels
F money €180mn
F fraction a third
> Scheldt’s pilots, represented by the Belgian Cockpit Association (BeCA), will seek guarantees on seniority and base rules. The union said its members had “long memories” of past restructurings; BeCA last struck for 48 hours in October 2038.
O company Scheldt
O nonprofit Belgian Cockpit Association
O nonprofit BeCA
Q direct Belgian Cockpit Association :: “long memories”
O nonprofit BeCA
F duration 48 hours
F date October 2038
> Shares in Scheldt rose 28 per cent to €14.12 in Brussels on Monday, while Lusavia fell 3.4 per cent in Lisbon. The companies expect the deal to close in the second half of 2041.
O company Scheldt
F percent 28 per cent
F money €14.12
L city Brussels
O company Lusavia
F percent 3.4 per cent
L city Lisbon
F date 2041
'''

ARTICLES['1137-irish-open-final-round-portmarnock-mac-giolla-bhride-rush-irish-times'] = r'''
> Golf
> Eoghan Mac Giolla Bhríde holds nerve at Portmarnock to win Irish Open by two shots
P full Eoghan Mac Giolla Bhríde
L facility Portmarnock
F number two
> Rush golfer closes with a 68 for a 14-under-par total as Dane Mads Østergaard falters at the 17th
L city Rush
F score 68
F score 14-under-par
P full Mads Østergaard
> Philip Reidy at Portmarnock
P full Philip Reidy
L facility Portmarnock
> Sun Sep 9 2040 - 19:12
F date Sep 9 2040
F time 19:12
> Eoghan Mac Giolla Bhríde celebrates with his caddie and brother Cathal on the 18th green at Portmarnock. Photograph: Orla Ní Mhurchú/Inpho
P full Eoghan Mac Giolla Bhríde
P partial Cathal
L facility Portmarnock
P full Orla Ní Mhurchú
O media Inpho
> For two days the talk at Portmarnock had been of the wind. On Sunday it dropped, the crowds came in their thousands, and Eoghan Mac Giolla Bhríde from Rush, Co Dublin, became the first home winner of the Irish Open since 2033, closing with a four-under-par 68 for a 14-under total of 274 and a two-shot victory.
F duration two days
L facility Portmarnock
P full Eoghan Mac Giolla Bhríde
L city Rush
L region Co Dublin
F date 2033
F score four-under-par
F score 68
F score 14-under
F score 274
F number two
> The 27-year-old, who teed off at 1.40pm one shot behind Denmark’s Mads Østergaard, birdied the par-five 16th, the hole members call “the Long Walk”, from 12 feet, and was handed the title when the Dane drove into a pot bunker at the 17th and ran up a double-bogey six.
F age 27-year-old
F time 1.40pm
F number one
L country Denmark
P full Mads Østergaard
F score par-five
Q scare - :: “the Long Walk”
F quantity 12 feet
F score six
> “I’ve been coming here since I was nine, walking the dunes with my dad,” said Mac Giolla Bhríde, who plays on the DP World Tour. “When Mads went in that bunker I didn’t watch. Cathal told me, and I said, ‘Don’t tell me anything else until we’re on the green.’
Q direct Eoghan Mac Giolla Bhríde :: “I’ve been coming here since I was nine, walking the dunes with my dad,”
F age nine
P partial Mac Giolla Bhríde
O other DP World Tour
Q direct Eoghan Mac Giolla Bhríde :: “When Mads went in that bunker I didn’t watch. Cathal told me, and I said, ‘Don’t tell me anything else until we’re on the green.’
P partial Mads
P partial Cathal
> “This is the one every Irish kid wants. My grandfather caddied here in the 1990s. I don’t know what he’d say. Probably that I should have holed the one on 15.”
Q direct Eoghan Mac Giolla Bhríde :: “This is the one every Irish kid wants. My grandfather caddied here in the 1990s. I don’t know what he’d say. Probably that I should have holed the one on 15.”
F date 1990s
> Østergaard, who had led since a second-round 65, signed for a 72 and a 12-under total of 276, to share second place with Spain’s Íñigo de la Fuente, who shot the day’s best round, a seven-under 65.
P partial Østergaard
F score 65
F score 72
F score 12-under
F score 276
L country Spain
P full Íñigo de la Fuente
F score seven-under
F score 65
> “It is a hard way to lose. I hit the shot I wanted off the tee and a gust took it the last ten yards,” Østergaard said. “Eoghan played beautifully. He deserves it.”
Q direct Mads Østergaard :: “It is a hard way to lose. I hit the shot I wanted off the tee and a gust took it the last ten yards,”
F quantity ten yards
P partial Østergaard
Q direct Mads Østergaard :: “Eoghan played beautifully. He deserves it.”
P partial Eoghan
> De la Fuente, 41, said he had “nothing to lose” after starting the day seven shots back. He was out in 31 and briefly shared the lead at 12 under before a bogey at the last.
P partial De la Fuente
F age 41
Q direct Íñigo de la Fuente :: “nothing to lose”
F number seven
F score 31
F score 12 under
> The leading amateur, Tadhg Kavanagh, finished in a tie for 34th on two under, while Trim’s Conor Fagan, the 2036 champion, was five over after a closing 77.
P full Tadhg Kavanagh
F score two under
L city Trim
P full Conor Fagan
F date 2036
F score five over
F score 77
> The winner’s cheque of €1.15 million, from a purse of $6.5 million, lifts Mac Giolla Bhríde into the top 20 of the Race to Dubai standings.
F money €1.15 million
F money $6.5 million
P partial Mac Giolla Bhríde
F number 20
> Golf Ireland said a record 112,400 spectators attended over the four days, 9 per cent more than in 2031. Its chief executive, Fionnuala Breathnach, said the week had shown “what a links can do when the sun comes out”.
O nonprofit Golf Ireland
F number 112,400
F duration four days
F percent 9 per cent
F date 2031
P full Fionnuala Breathnach
Q direct Fionnuala Breathnach :: “what a links can do when the sun comes out”
'''

ARTICLES['1138-red-sea-global-amaala-marine-works-tender-al-wajh-arab-news'] = r'''
> Business & Economy
> Red Sea Global opens SR4.2bn tender for AMAALA marine works
O company Red Sea Global
F money SR4.2bn
L region AMAALA
> Six contractor groups shortlisted for dredging, breakwaters and a 1,200-hectare lagoon on the Red Sea coast
F number Six
F quantity 1,200-hectare
L geo Red Sea
> Nadia Al-Ghamdi
P full Nadia Al-Ghamdi
> Updated 21 May 2040
F date 21 May 2040
> The AMAALA coastline north of Al-Wajh, where the marine works will be carried out. (Supplied)
L region AMAALA
L city Al-Wajh
> JEDDAH: Red Sea Global has opened a SR4.2 billion ($1.12 billion) tender for the marine works of AMAALA, its luxury destination on Saudi Arabia’s northwestern coast, and shortlisted six contractor groups, the company said on Monday.
L city JEDDAH
O company Red Sea Global
F money SR4.2 billion
F money $1.12 billion
L region AMAALA
L country Saudi Arabia
F number six
> The package covers the dredging of 14 million cubic meters of seabed, 9.6 km of breakwaters and the shaping of a 1,200-hectare lagoon near Al-Wajh, in Tabuk province. Bids are due by Aug. 31, and the contract is expected to be awarded in the first quarter of 2041.
F quantity 14 million cubic meters
F quantity 9.6 km
F quantity 1,200-hectare
L city Al-Wajh
L region Tabuk
F date Aug. 31
F date 2041
> The shortlist includes Saudi contractor Al-Fursan Marine Works, bidding with Belgium’s Jan De Nul; a consortium led by Huaxin Harbour Engineering of China; and Riyadh-based Tamimi-Haddad Contracting (THC), which built the access causeway for the project’s first hotels in 2036.
O company Al-Fursan Marine Works
L country Belgium
O company Jan De Nul
O company Huaxin Harbour Engineering
L country China
L city Riyadh
O company Tamimi-Haddad Contracting
O company THC
F date 2036
> Eng. Khalid bin Saad Al-Otaibi, executive director of infrastructure at Red Sea Global, said the marine works were “the single largest package” tendered for AMAALA so far. “The lagoon is the heart of the destination. Everything else, the villas, the marina, the wellness resorts, sits around it,” he said.
P full Khalid bin Saad Al-Otaibi
O company Red Sea Global
Q direct Khalid bin Saad Al-Otaibi :: “the single largest package”
L region AMAALA
Q direct Khalid bin Saad Al-Otaibi :: “The lagoon is the heart of the destination. Everything else, the villas, the marina, the wellness resorts, sits around it,”
> He said bidders must show how they would protect coral reefs within 2 km of the works, and that at least 40 percent of the workforce on the package must be Saudi nationals by its second year. THC, he noted, had met that target on the causeway.
F quantity 2 km
F percent 40 percent
O company THC
> Al-Otaibi added: “We are not interested in the cheapest price. We are interested in the contractor who leaves the reef as they found it.”
P partial Al-Otaibi
Q direct Khalid bin Saad Al-Otaibi :: “We are not interested in the cheapest price. We are interested in the contractor who leaves the reef as they found it.”
> The Ministry of Environment, Water and Agriculture (MEWA) must approve an environmental impact assessment before dredging starts. A MEWA official, who asked not to be named, said the study had been submitted in March and was “under review, not under question.”
O government Ministry of Environment, Water and Agriculture
O government MEWA
O government MEWA
Q direct - :: “under review, not under question.”
> The National Center for Wildlife (NCW) said in a statement that it would monitor turtle nesting on 11 beaches during the works, and that the “turtle window,” from May to September, would limit dredging at night.
O government National Center for Wildlife
O government NCW
F number 11
Q scare - :: “turtle window,”
> A bidders’ conference will be held in Jeddah on June 4 at 10 a.m., the company said.
L city Jeddah
F date June 4
F time 10 a.m.
> Riyadh-based analyst Tariq Al-Shammari of Al Rajhi Capital said giga-project awards had slowed in 2038 and 2039 as the government reprioritized spending, but coastal tourism had kept its place in the queue. “The projects with guests already arriving are the ones still getting money,” he said.
L city Riyadh
P full Tariq Al-Shammari
O company Al Rajhi Capital
F date 2038
F date 2039
Q direct Tariq Al-Shammari :: “The projects with guests already arriving are the ones still getting money,”
> Red Sea Global said AMAALA would have about 3,000 hotel keys across eight resorts when complete, and that 1,400 hectares of its coastal land would be left undeveloped. The Ministry of Tourism expects the Red Sea coast to draw 4.5 million visitors a year by 2045.
O company Red Sea Global
L region AMAALA
F number 3,000
F number eight
F quantity 1,400 hectares
O government Ministry of Tourism
L geo Red Sea
F number 4.5 million
F date 2045
'''

ARTICLES['1139-anoka-hennepin-budget-gap-teacher-cuts-blaine-ramsey-star-tribune'] = r'''
> Education
> Anoka-Hennepin faces $38M budget gap, with up to 240 teaching jobs on the line
O education Anoka-Hennepin
F money $38M
F number 240
> Superintendent says cuts are unavoidable as enrollment falls in Blaine, Ramsey and Coon Rapids; union leader calls plan “a slow-motion layoff.”
L city Blaine
L city Ramsey
L city Coon Rapids
Q direct Dana Sorensen-Ruiz :: “a slow-motion layoff.”
> By Kristin Halvorsen-Yang
P full Kristin Halvorsen-Yang
> March 14, 2040 — 6:52PM
F date March 14, 2040
F time 6:52PM
> Students walk to buses outside Coon Rapids High School on Tuesday. The district expects 1,100 fewer students next fall. (Jamal Okonkwo-Reyes/The Minnesota Star Tribune)
L facility Coon Rapids High School
F number 1,100
P full Jamal Okonkwo-Reyes
O media The Minnesota Star Tribune
> The Anoka-Hennepin School District, Minnesota’s largest, faces a $38.4 million gap in its 2040-41 budget and could cut as many as 240 teaching positions, Superintendent Marisol Vang-Peterson told the school board on Tuesday.
O education Anoka-Hennepin School District
L region Minnesota
F money $38.4 million
F date 2040-41
F number 240
P full Marisol Vang-Peterson
> The shortfall equals about 7.5% of the district’s $512 million general fund. Vang-Peterson blamed falling enrollment, which has dropped from 38,200 students in 2035 to about 35,900 this year across 13 suburbs in Anoka and Hennepin counties.
F percent 7.5%
F money $512 million
P partial Vang-Peterson
F number 38,200
F date 2035
F number 35,900
F number 13
L region Anoka
L region Hennepin
> “We have fewer students, but we have the same buildings, the same buses and the same rising costs. Those numbers don’t add up, and no amount of hoping will change that,” she said.
Q direct Marisol Vang-Peterson :: “We have fewer students, but we have the same buildings, the same buses and the same rising costs. Those numbers don’t add up, and no amount of hoping will change that,”
> Her plan would merge Oak Glen Elementary in Blaine into a neighboring school, raise average class sizes by two students and save $6.2 million on transportation by ending busing for high schoolers who live within 2 miles of their school.
O education Oak Glen Elementary
L city Blaine
F number two
F money $6.2 million
F quantity 2 miles
> Board Chair Gregory Nyberg, who represents Champlin and Dayton, said the board had “no good options, only less bad ones.” Board member Hodan Warsame of Blaine said she would not vote to close a school “in the one part of the district that is still growing.”
P full Gregory Nyberg
L city Champlin
L city Dayton
Q direct Gregory Nyberg :: “no good options, only less bad ones.”
P full Hodan Warsame
L city Blaine
Q direct Hodan Warsame :: “in the one part of the district that is still growing.”
> Anoka-Hennepin Education Minnesota, the teachers union, said the cuts would fall hardest on younger teachers. Its president, Dana Sorensen-Ruiz, called the plan “a slow-motion layoff” and said about 90 of the 240 positions would go through layoffs rather than retirements.
O nonprofit Anoka-Hennepin Education Minnesota
P full Dana Sorensen-Ruiz
Q direct Dana Sorensen-Ruiz :: “a slow-motion layoff”
F number 90
F number 240
> “Every spring they tell us this is the last hard year,” Sorensen-Ruiz said. “Our members in Ramsey and Andover remember 2034. They remember being told ‘it’s only temporary.’ It wasn’t.”
Q direct Dana Sorensen-Ruiz :: “Every spring they tell us this is the last hard year,”
P partial Sorensen-Ruiz
Q direct Dana Sorensen-Ruiz :: “Our members in Ramsey and Andover remember 2034. They remember being told ‘it’s only temporary.’ It wasn’t.”
L city Ramsey
L city Andover
F date 2034
> The district’s troubles mirror those across the north metro. The Minnesota Department of Education (MDE) projects statewide enrollment to fall 6% between 2038 and 2045, and the Legislature’s 2039 formula increase of 2% a year has not kept up with costs.
O government Minnesota Department of Education
O government MDE
F percent 6%
F date 2038
F date 2045
O government Legislature
F date 2039
F percent 2%
> “Districts that planned early have had more choices,” an MDE spokesperson said.
Q direct - :: “Districts that planned early have had more choices,”
O government MDE
> Parent Eric Thao of Ramsey, whose two children attend Oak Glen, said families would look at charter schools or move to Elk River if class sizes grew. “Two more kids in a room of 32 doesn’t sound like much until it’s your kid,” he said.
P full Eric Thao
L city Ramsey
F number two
O education Oak Glen
L city Elk River
Q direct Eric Thao :: “Two more kids in a room of 32 doesn’t sound like much until it’s your kid,”
F number Two
F number 32
> The board will vote April 9. A public hearing is set for 6 p.m. March 26 at the district’s Educational Service Center, 2727 N. Ferry St., Anoka.
F date April 9
F time 6 p.m.
F date March 26
L facility Educational Service Center
L address 2727 N. Ferry St.
L city Anoka
'''

ARTICLES['1140-bantaeng-nickel-smelter-slag-lawsuit-rp-1-4-trillion-papan-loe-jakarta-post'] = r'''
> Archipelago
> Ministry Sues Bantaeng Nickel Smelter for Rp 1.4 Trillion Over Slag Dumping
L region Bantaeng
F money Rp 1.4 Trillion
> Seaweed farmers in three villages say slag and wastewater from the plant have killed their crops along the coast
F number three
> Andi Nurfadillah Syam (The Jakarta Post)
P full Andi Nurfadillah Syam
O media The Jakarta Post
> Bantaeng, South Sulawesi ● Thu, March 15, 2040
L city Bantaeng
L region South Sulawesi
F date March 15, 2040
> Seaweed farmer Daeng Rannu, 52, shows dead seaweed from his plot off Papan Loe village on March 11. (JP/Andi Nurfadillah Syam)
P partial Rannu
F age 52
L city Papan Loe
F date March 11
O media JP
P full Andi Nurfadillah Syam
> The Environment Ministry has filed a Rp 1.4 trillion (US$86 million) lawsuit against nickel smelter operator PT Lontara Nikel Perkasa, accusing the company of dumping slag and untreated wastewater that damaged seaweed farms and mangroves along the coast of Bantaeng regency, South Sulawesi.
O government Environment Ministry
F money Rp 1.4 trillion
F money US$86 million
O company PT Lontara Nikel Perkasa
L region Bantaeng
L region South Sulawesi
> The civil suit, registered at the Bantaeng District Court on Monday, seeks Rp 1.12 trillion in restoration costs and Rp 280 billion in compensation for some 1,900 farmers and fishers in Papan Loe, Borong Loe and Baruga villages in Pajukukang district.
O government Bantaeng District Court
F money Rp 1.12 trillion
F money Rp 280 billion
F number 1,900
L city Papan Loe
L city Borong Loe
L city Baruga
L region Pajukukang
> The ministry’s law enforcement directorate general, known as Gakkum, said its inspectors had found about 3.2 million tons of slag stacked within 150 meters of the shoreline, and that water samples taken in November 2039 showed hexavalent chromium 14 times above the national standard.
O government Gakkum
F quantity 3.2 million tons
F quantity 150 meters
F date November 2039
F number 14
> “This is not a small spill. It is years of waste being treated as landfill on the beach,” Gakkum director general Rasyid Hamzah Lubis said in Jakarta on Wednesday.
Q direct Rasyid Hamzah Lubis :: “This is not a small spill. It is years of waste being treated as landfill on the beach,”
O government Gakkum
P full Rasyid Hamzah Lubis
L city Jakarta
> Rasyid said the ministry had given the company 180 days in 2038 to move the slag to a lined storage site, a deadline it missed. “We gave them time. They used it to build a third furnace line,” he said.
P partial Rasyid
F duration 180 days
F date 2038
Q direct Rasyid Hamzah Lubis :: “We gave them time. They used it to build a third furnace line,”
> PT Lontara, a joint venture between Jakarta-listed PT Bumi Sulawesi Resources Tbk and a Chinese partner, operates four furnace lines producing about 240,000 tons of nickel pig iron a year at the Bantaeng Industrial Park (KIBA).
O company PT Lontara
L city Jakarta
O company PT Bumi Sulawesi Resources Tbk
F number four
F quantity 240,000 tons
L facility Bantaeng Industrial Park
L facility KIBA
> In a written statement, the company said it “respects the legal process” and that its slag was “non-hazardous under Government Regulation No. 22/2021”, which removed nickel slag from the list of hazardous waste.
Q direct PT Lontara Nikel Perkasa :: “respects the legal process”
Q direct PT Lontara Nikel Perkasa :: “non-hazardous under Government Regulation No. 22/2021”
> Daeng Rannu, who has farmed seaweed off Papan Loe for 26 years, said his harvest had fallen from 2 tons of dried seaweed a month to less than 200 kilograms. “The water turns red after rain. The seaweed goes white and breaks apart. We know ‘ice-ice’ disease, but this is different, this comes from the factory.
P partial Rannu
L city Papan Loe
F duration 26 years
F quantity 2 tons
F quantity 200 kilograms
Q direct Rannu :: “The water turns red after rain. The seaweed goes white and breaks apart. We know ‘ice-ice’ disease, but this is different, this comes from the factory.
> “My son now works at the smelter for Rp 4.2 million a month. So the company pays us, just in a different way,” he said.
Q direct Rannu :: “My son now works at the smelter for Rp 4.2 million a month. So the company pays us, just in a different way,”
F money Rp 4.2 million
> Walhi South Sulawesi, which has represented the farmers since 2037, welcomed the lawsuit but said the Bantaeng administration had “looked away for a decade”. Its director, Sitti Rahmawati Paturusi, said fishers in neighboring Jeneponto regency were preparing a separate complaint.
O nonprofit Walhi South Sulawesi
F date 2037
L region Bantaeng
Q direct Walhi South Sulawesi :: “looked away for a decade”
P full Sitti Rahmawati Paturusi
L region Jeneponto
> The Energy and Mineral Resources Ministry said separately it was reviewing the company’s smelter permit.
O government Energy and Mineral Resources Ministry
> Indonesia produced about 2.4 million tons of nickel in 2039, or around 58 percent of world supply. The first hearing is scheduled for April 2.
L country Indonesia
F quantity 2.4 million tons
F date 2039
F percent 58 percent
F date April 2
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
