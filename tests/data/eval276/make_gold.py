#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval276 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval276/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1699-eglinton-crosstown-lrt-opening-delay-signal-faults-little-jamaica-toronto-star'] = r'''
> GTA
L region GTA
> Eglinton Crosstown Opening Slips Again, to Fall 2041, Metrolinx Says
L facility Eglinton Crosstown
F date 2041
O government Metrolinx
> The 19-kilometre line will not carry riders before September 2041 after tests found faults at 11 of its 25 stations.
F quantity 19-kilometre
F date September 2041
F number 11
F number 25
> By Priya Ramcharan-Holt Transportation Reporter
P full Priya Ramcharan-Holt
> Wed., March 20, 2041 • 5 min. read
F date March 20, 2041
F duration 5 min.
> A Crosstown test train waits at Keelesdale station on Tuesday. Metrolinx says signal faults were found at 11 stations. Dmitri Vasquez-Hale Toronto Star
L facility Crosstown
L facility Keelesdale
O government Metrolinx
F number 11
P full Dmitri Vasquez-Hale
O media Toronto Star
> The Eglinton Crosstown LRT will not open before September 2041, Metrolinx confirmed Tuesday, the fifth delay for a $12.8-billion line that was first promised for 2020.
L facility Eglinton Crosstown LRT
F date September 2041
O government Metrolinx
F money $12.8-billion
F date 2020
> The agency said an independent review had found faulty axle counters and software errors at 11 of the line’s 25 stations, from Mount Dennis to Kennedy, and that about 19 kilometres of track must be retested.
F number 11
F number 25
L facility Mount Dennis
L facility Kennedy
F quantity 19 kilometres
> “We are not going to open a line that is not ready. Riders deserve a system that works on the first day, not a system that works most days,” Metrolinx spokesperson Anneliese Okafor-Brandt said.
Q direct Anneliese Okafor-Brandt :: “We are not going to open a line that is not ready. Riders deserve a system that works on the first day, not a system that works most days,”
O government Metrolinx
P full Anneliese Okafor-Brandt
> She said the builder, Eglinton Rail Partners, would pay for the retesting, and that the agency expected “a handful” of weekend shutdowns on the 9.4-kilometre underground section between Keele Street and Laird Drive.
O company Eglinton Rail Partners
Q direct Anneliese Okafor-Brandt :: “a handful”
F quantity 9.4-kilometre
L street Keele Street
L street Laird Drive
> For merchants on Eglinton Avenue West, the news landed hard. Marisol Achterberg, 58, has run Pan Dulce Bakery near Oakwood Avenue for 26 years and has lived with hoarding outside her window since 2016.
L street Eglinton Avenue West
P full Marisol Achterberg
F age 58
O company Pan Dulce Bakery
L street Oakwood Avenue
F duration 26 years
F date 2016
> “Every time they give us a date, I tell my suppliers, ‘Hold on, just a few more months.’ I have said it so many times I don’t believe it myself,” she said. “Sales are down 40 per cent from 2019. Half my regulars moved to Mississauga or Vaughan.”
Q direct Marisol Achterberg :: “Every time they give us a date, I tell my suppliers, ‘Hold on, just a few more months.’ I have said it so many times I don’t believe it myself,”
Q direct Marisol Achterberg :: “Sales are down 40 per cent from 2019. Half my regulars moved to Mississauga or Vaughan.”
F percent 40 per cent
F date 2019
F fraction Half
L city Mississauga
L city Vaughan
> Achterberg’s bakery is one of about 400 businesses in the Little Jamaica stretch between Dufferin Street and Marlee Avenue; the local business association says 61 have closed since construction began.
P partial Achterberg
F number 400
L city Little Jamaica
L street Dufferin Street
L street Marlee Avenue
F number 61
> At Queen’s Park, Transportation Minister Harjit Lemieux-Sandhu called the delay "unacceptable" and said the province had asked Metrolinx for a written recovery plan by April 15.
O government Queen’s Park
P full Harjit Lemieux-Sandhu
Q direct Harjit Lemieux-Sandhu :: "unacceptable"
O government Metrolinx
F date April 15
> "I share the frustration of every rider and every shop owner on Eglinton," Lemieux-Sandhu told reporters. "Ontario has put $4.6 billion more into this line since 2030, and we expect it to be finished this year.
Q direct Harjit Lemieux-Sandhu :: "I share the frustration of every rider and every shop owner on Eglinton,"
L street Eglinton
P partial Lemieux-Sandhu
Q direct Harjit Lemieux-Sandhu :: "Ontario has put $4.6 billion more into this line since 2030, and we expect it to be finished this year.
L region Ontario
F money $4.6 billion
F date 2030
> "We will hold the contractor to every clause."
Q direct Harjit Lemieux-Sandhu :: "We will hold the contractor to every clause."
> The Toronto Transit Commission (TTC), which will run the line, says it has kept 162 operators on standby pay since last spring, at about $1.1 million a month.
O government Toronto Transit Commission
O government TTC
F number 162
F money $1.1 million
> Matthias Oyelaran-Cruz, an associate professor of urban planning at the University of Toronto, blamed the contract. “Ontario bought a transit line the way you buy a car: a single contract, a single price, and then you are surprised by every option,” he said.
P full Matthias Oyelaran-Cruz
O education University of Toronto
Q direct Matthias Oyelaran-Cruz :: “Ontario bought a transit line the way you buy a car: a single contract, a single price, and then you are surprised by every option,”
L region Ontario
> Oyelaran-Cruz said the so-called “P3” model, in which a private consortium designs, builds and maintains a line for 30 years, left the province with little leverage. He estimated that each month of delay costs the regional economy $25 million to $30 million.
P partial Oyelaran-Cruz
Q scare - :: “P3”
F duration 30 years
F money $25 million
F money $30 million
> A Metrolinx engineer who asked not to be named said two of the line’s 76 light-rail vehicles were pulled from testing in February after brake sensors gave “false positives.”
O government Metrolinx
F number two
F number 76
Q direct - :: “false positives.”
> Metrolinx says it will publish a new timeline by May 1, 2041. Trains will run every five to seven minutes once the line opens.
O government Metrolinx
F date May 1, 2041
F duration five
F duration seven minutes
'''

ARTICLES['1700-germany-machine-tool-export-licence-five-axis-vdw-reutlingen-financial-times'] = r'''
> Machine tools
> Germany to require export licences for high-precision machine tools
L country Germany
> Berlin’s rule on five-axis machines sold outside the EU threatens €2.4bn of annual sales, industry body warns
L city Berlin
F number five
O intergovernmental EU
F money €2.4bn
> Katrin Esposito-Lindqvist in Berlin and Jonas Haverkamp in Frankfurt
P full Katrin Esposito-Lindqvist
L city Berlin
P full Jonas Haverkamp
L city Frankfurt
> Published June 12 2041
F date June 12 2041
> A five-axis milling centre on the assembly floor of a supplier near Stuttgart. Exporters say licences could take 90 days © Tobias Reinholt/Bloomberg
F number five
L city Stuttgart
F duration 90 days
P full Tobias Reinholt
O media Bloomberg
> Germany will require makers of high-precision machine tools to obtain a government licence before shipping to buyers outside the EU from October 1, a move that industry groups say could delay up to a third of the sector’s foreign orders.
L country Germany
O intergovernmental EU
F date October 1
F fraction a third
> The economy ministry said on Thursday the rule would cover five-axis milling and grinding machines with a positioning accuracy finer than 1.5 micrometres, equipment that can be used to make turbine blades, missile parts and the optics used in chipmaking.
F number five
F quantity 1.5 micrometres
> Economy minister Friederike Albrecht-Nowak said the measure was “narrow, targeted and overdue”. “We are not closing any market,” she said in Berlin. “We are making sure that German machines do not end up in weapons that are pointed at us or at our allies.”
P full Friederike Albrecht-Nowak
Q direct Friederike Albrecht-Nowak :: “narrow, targeted and overdue”
Q direct Friederike Albrecht-Nowak :: “We are not closing any market,”
L city Berlin
Q direct Friederike Albrecht-Nowak :: “We are making sure that German machines do not end up in weapons that are pointed at us or at our allies.”
> The rule follows controls adopted by the Netherlands and Japan on chipmaking equipment in 2023, and comes as Washington presses European allies to limit sales of dual-use machinery to China and Russia.
L country Netherlands
L country Japan
F date 2023
L city Washington
L country China
L country Russia
> According to the German Machine Tool Builders’ Association (VDW), its members exported machines worth €11.6bn last year, of which about 21 per cent went to China. The VDW estimates that between €2.1bn and €2.4bn of annual sales would need a licence under the new rule.
O nonprofit German Machine Tool Builders’ Association
O nonprofit VDW
F money €11.6bn
F percent 21 per cent
L country China
O nonprofit VDW
F money €2.1bn
F money €2.4bn
> The association called the 90-day review period “a competitive gift to our rivals in Taiwan and Switzerland” and said licences should be decided within 30 days.
F duration 90-day
Q direct German Machine Tool Builders’ Association :: “a competitive gift to our rivals in Taiwan and Switzerland”
L country Taiwan
L country Switzerland
F duration 30 days
> In Reutlingen, south of Stuttgart, Hartwig Brenner & Söhne, a family-owned maker of grinding machines with 640 staff, said a quarter of its order book was at risk. Managing director Lukas Brenner, 47, said the company had shipped 38 machines to Chinese customers in 2040.
L city Reutlingen
L city Stuttgart
O company Hartwig Brenner & Söhne
F number 640
F fraction a quarter
P full Lukas Brenner
F age 47
F number 38
F date 2040
> “A customer in Suzhou does not wait three months for a piece of paper from Berlin,” Brenner said. “He calls Zurich or Taichung, and the order is gone — and so is the service contract for the next 15 years.”
Q direct Lukas Brenner :: “A customer in Suzhou does not wait three months for a piece of paper from Berlin,”
L city Suzhou
F duration three months
L city Berlin
P partial Brenner
Q direct Lukas Brenner :: “He calls Zurich or Taichung, and the order is gone — and so is the service contract for the next 15 years.”
L city Zurich
L city Taichung
F duration 15 years
> Analysts were calmer. Sophie van Dijkhuizen, an industrials analyst at Amsterdam-based Keizersgracht Capital, said the rule would trim between 0.5 and 1 per cent from the sector’s revenues in 2042. “The ‘lost China market’ story is overdone. Most of these machines already needed paperwork,” she wrote in a note to clients.
P full Sophie van Dijkhuizen
L city Amsterdam
O company Keizersgracht Capital
F percent 0.5
F percent 1 per cent
F date 2042
Q direct Sophie van Dijkhuizen :: “The ‘lost China market’ story is overdone. Most of these machines already needed paperwork,”
L country China
> Van Dijkhuizen expects the biggest hit at smaller suppliers. Shares in Stuttgart-listed Kessler Präzision fell 4.2 per cent to €38.70 on Thursday, their lowest level since March.
P partial Van Dijkhuizen
L city Stuttgart
O company Kessler Präzision
F percent 4.2 per cent
F money €38.70
> China’s Ministry of Commerce said it “firmly opposes” the measure and would “take necessary steps”. A German official involved in the talks said the rule had been “cleared with Brussels” weeks ago.
L country China
O government Ministry of Commerce
Q direct Ministry of Commerce :: “firmly opposes”
Q direct Ministry of Commerce :: “take necessary steps”
Q direct - :: “cleared with Brussels”
L city Brussels
> The ministry said it expected about 1,800 licence applications in the first year and would add 45 staff to the Federal Office for Economic Affairs and Export Control (BAFA) in Eschborn.
F number 1,800
F number 45
O government Federal Office for Economic Affairs and Export Control
O government BAFA
L city Eschborn
'''

ARTICLES['1701-open-championship-royal-birkdale-final-round-ferreira-watt-lindahl-bbc-sport'] = r'''
> Golf
> Ferreira-Watt holds off Lindahl to win the Open at Royal Birkdale
P partial Ferreira-Watt
P partial Lindahl
L facility Royal Birkdale
> Scotland’s Callum Ferreira-Watt closes with a four-under-par 66 to win by two shots and collect $4.3m
L country Scotland
P full Callum Ferreira-Watt
F score four-under-par
F score 66
F number two
F money $4.3m
> Rhiannon Pryce-Adeyemi
P full Rhiannon Pryce-Adeyemi
> BBC Sport golf reporter at Royal Birkdale
O media BBC Sport
L facility Royal Birkdale
> Published 21 July 2043
F date 21 July 2043
> Image source, Getty Images
O company Getty Images
> Image caption, Callum Ferreira-Watt, 29, is the first Scot to lift the Claret Jug since 1999
P full Callum Ferreira-Watt
F age 29
F date 1999
> Callum Ferreira-Watt became the first Scottish winner of the Open in 44 years after a closing 66 at Royal Birkdale gave him a two-shot victory over Sweden’s Oskar Lindahl.
P full Callum Ferreira-Watt
F duration 44 years
F score 66
L facility Royal Birkdale
F number two
L country Sweden
P full Oskar Lindahl
> The 29-year-old from Dunfermline, who started the day one stroke behind Lindahl, made five birdies and one bogey to finish on 12 under, with a 72-hole total of 268.
F age 29-year-old
L city Dunfermline
F number one
P partial Lindahl
F number five
F number one
F score 12 under
F number 72
F score 268
> Lindahl, 34, who led after each of the first three rounds, shot 69 and finished on 10 under. American Dwayne Kessler-Obi and England’s Tom Ashdown shared third on eight under.
P partial Lindahl
F age 34
F number three
F score 69
F score 10 under
P full Dwayne Kessler-Obi
L country England
P full Tom Ashdown
F score eight under
> Ferreira-Watt’s round turned at the 10th, where he holed from 40 feet for birdie, and he took the lead for good with a wedge to three feet at the par-four 16th.
P partial Ferreira-Watt
F quantity 40 feet
F quantity three feet
F score par-four
> Lindahl’s challenge ended on 17, where he found a pot bunker from the tee and walked off with a bogey six.
P partial Lindahl
F score six
> "I've dreamed about this since I was eight, hitting balls into the wind at Pitreavie with my dad," Ferreira-Watt said. "He used to say, 'Birkdale will test you, son, so you'd better enjoy it.' I did enjoy it. Most of it.
Q direct Callum Ferreira-Watt :: "I've dreamed about this since I was eight, hitting balls into the wind at Pitreavie with my dad,"
F age eight
L facility Pitreavie
P partial Ferreira-Watt
Q direct Callum Ferreira-Watt :: "He used to say, 'Birkdale will test you, son, so you'd better enjoy it.' I did enjoy it. Most of it.
L facility Birkdale
> "The last three holes felt like three hours. I couldn't feel my hands on the 18th green."
Q direct Callum Ferreira-Watt :: "The last three holes felt like three hours. I couldn't feel my hands on the 18th green."
F number three
F duration three hours
> Lindahl, who has now finished runner-up in two majors, was gracious. "Callum played the better golf today. I had my chance on 17 and I didn't take it," he said. "It hurts, but I'll be back."
P partial Lindahl
F number two
Q direct Oskar Lindahl :: "Callum played the better golf today. I had my chance on 17 and I didn't take it,"
P partial Callum
Q direct Oskar Lindahl :: "It hurts, but I'll be back."
> The winner’s prize of $4.3m (£3.4m) is the largest in the championship’s history, from a total purse of $23m. According to The R&A, 261,000 spectators attended over the week, a record for an Open in England.
F money $4.3m
F money £3.4m
F money $23m
O nonprofit The R&A
F number 261,000
L country England
> A spokesperson for the organisers described conditions on Sunday morning, when gusts reached 35mph off the Irish Sea, as “about as tough as links golf gets”.
F quantity 35mph
L geo Irish Sea
Q direct - :: “about as tough as links golf gets”
> Kessler-Obi, the world number three, briefly threatened with an eagle at the 15th, and Ashdown’s 65 was the low round of the day. Japan’s Haruto Kageyama, 21, took the silver medal as leading amateur.
P partial Kessler-Obi
P partial Ashdown
F score 65
L country Japan
P full Haruto Kageyama
F age 21
> Ferreira-Watt, known on tour as “the Quiet Man of Fife”, climbs to fourth in the world rankings and earns a five-year exemption on the DP World Tour and the PGA Tour.
P partial Ferreira-Watt
Q scare - :: “the Quiet Man of Fife”
L region Fife
F duration five-year
O other DP World Tour
O other PGA Tour
> His brother Euan, who caddied for him, was in tears on the 18th green. The pair turned professional together in 2035, before a back injury ended Euan’s own playing career.
P partial Euan
F date 2035
P partial Euan
> He flies home to Dunfermline on Monday, where his old club has planned a reception at 6pm. "I owe them a few drinks," he said.
L city Dunfermline
F time 6pm
Q direct Callum Ferreira-Watt :: "I owe them a few drinks,"
'''

ARTICLES['1702-metro-manila-rice-price-cap-p48-commonwealth-market-nueva-ecija-psa-manila-times'] = r'''
> Headlines
> DA caps rice at P48 a kilo in Metro Manila
O government DA
F money P48
L region Metro Manila
> By Jericho Dimaculangan-Reyes
P full Jericho Dimaculangan-Reyes
> March 4, 2042
F date March 4, 2042
> A vendor arranges sacks of rice at the Commonwealth Market in Quezon City on Monday, March 3, 2042. PHOTO BY ANALIZA TORRES-BAUTISTA
L facility Commonwealth Market
L city Quezon City
F date March 3, 2042
P full ANALIZA TORRES-BAUTISTA
> THE Department of Agriculture (DA) on Monday imposed a price ceiling of P48 per kilo on regular milled rice in Metro Manila for 60 days, after retail prices climbed 14 percent since January.
O government Department of Agriculture
O government DA
F money P48
L region Metro Manila
F duration 60 days
F percent 14 percent
> Well-milled rice will be capped at P53 a kilo and premium varieties at P58, Agriculture Secretary Rosalinda “Inday” Castañeda-Lualhati said at a press briefing in Quezon City.
F money P53
F money P58
P full Rosalinda “Inday” Castañeda-Lualhati
Q scare - :: “Inday”
L city Quezon City
> “This is not a punishment for honest traders. This is a signal to hoarders that the government is watching,” Castañeda-Lualhati said. She said the cap would be reviewed after 30 days and could be extended to Calabarzon and Central Luzon.
Q direct Rosalinda “Inday” Castañeda-Lualhati :: “This is not a punishment for honest traders. This is a signal to hoarders that the government is watching,”
P partial Castañeda-Lualhati
F duration 30 days
L region Calabarzon
L region Central Luzon
> Under the order, traders who sell above the cap face fines of P50,000 to P1 million and may lose the import permits issued by the Bureau of Plant Industry (BPI).
F money P50,000
F money P1 million
O government Bureau of Plant Industry
O government BPI
> At the Commonwealth Market, vendor Leonora Baltazar-Quimpo, 52, said she had been paying P2,350 for a 50-kilo sack of regular milled rice from her supplier in Bulacan, or P47 a kilo.
L facility Commonwealth Market
P full Leonora Baltazar-Quimpo
F age 52
F money P2,350
F quantity 50-kilo
L region Bulacan
F money P47
> “If I sell at P48, I earn one peso per kilo, and that’s before I pay the porter and the stall rent,” she said. “The suppliers should also be ‘capped,’ not only us small vendors.”
Q direct Leonora Baltazar-Quimpo :: “If I sell at P48, I earn one peso per kilo, and that’s before I pay the porter and the stall rent,”
F money P48
F money one peso
Q direct Leonora Baltazar-Quimpo :: “The suppliers should also be ‘capped,’ not only us small vendors.”
> Baltazar-Quimpo said she sold about 15 sacks a week before prices rose in January and now sells eight to 10.
P partial Baltazar-Quimpo
F number 15
F number eight
F number 10
> In San Jose City, Nueva Ecija, Ernesto Dumlao Jr., chairman of the Samahan ng Magsasaka ng Gitnang Luzon (SMGL), said farmgate prices of palay had fallen to P19 a kilo even as retail prices rose.
L city San Jose City
L region Nueva Ecija
P full Ernesto Dumlao Jr.
O nonprofit Samahan ng Magsasaka ng Gitnang Luzon
O nonprofit SMGL
F money P19
> “The cap hits the vendor at the end of the line, but the profit is made in the middle. Our farmers on 120,000 hectares in this province get nothing from a cap,” Dumlao said, calling the order “a band-aid.”
Q direct Ernesto Dumlao Jr. :: “The cap hits the vendor at the end of the line, but the profit is made in the middle. Our farmers on 120,000 hectares in this province get nothing from a cap,”
F quantity 120,000 hectares
P partial Dumlao
Q direct Ernesto Dumlao Jr. :: “a band-aid.”
> He said SMGL members planted about 40 percent less hybrid rice this season because fertilizer had risen to P1,900 a bag.
O nonprofit SMGL
F percent 40 percent
F money P1,900
> Data from the Philippine Statistics Authority (PSA) showed rice inflation reached 11.2 percent in February, the highest since 2023. PSA Assistant National Statistician Corazon Villamor-Estrada said retail prices in Metro Manila were 6.8 percent above the national average of P45.60.
O government Philippine Statistics Authority
O government PSA
F percent 11.2 percent
F date 2023
O government PSA
P full Corazon Villamor-Estrada
L region Metro Manila
F percent 6.8 percent
F money P45.60
> “Rice is roughly a tenth of what a poor household spends, so every peso matters,” she told The Manila Times.
Q direct Corazon Villamor-Estrada :: “Rice is roughly a tenth of what a poor household spends, so every peso matters,”
F fraction a tenth
O media The Manila Times
> A DA official who asked not to be named said the department would release 300,000 sacks of buffer stock from National Food Authority (NFA) warehouses in Valenzuela and Pasig starting March 10, but described the supply as “only good for two weeks.”
O government DA
F number 300,000
O government National Food Authority
O government NFA
L city Valenzuela
L city Pasig
F date March 10
Q direct - :: “only good for two weeks.”
F duration two weeks
> The DA said the cap would take effect at 12:01 a.m. on Wednesday and that inspectors would be deployed to 98 public markets in the region’s 17 cities and municipalities.
O government DA
F time 12:01 a.m.
F number 98
F number 17
'''

ARTICLES['1703-puget-sound-orca-ferry-speed-rule-7-knots-noaa-fisheries-friday-harbor-seattle-times'] = r'''
> Environment
> New federal rule will slow state ferries near orcas to 7 knots
F quantity 7 knots
> By Marisa Delacroix-Whitcombe, Seattle Times environment reporter
P full Marisa Delacroix-Whitcombe
O media Seattle Times
> Originally published April 22, 2040 at 6:00 am | Updated April 22, 2040 at 11:43 am
F date April 22, 2040
F time 6:00 am
F date April 22, 2040
F time 11:43 am
> A Washington State Ferries vessel crosses Haro Strait as a group of Southern Resident killer whales surfaces about 400 yards away. (Eliana Borowitz-Tan / The Seattle Times)
O government Washington State Ferries
L geo Haro Strait
F quantity 400 yards
P full Eliana Borowitz-Tan
O media The Seattle Times
> Washington’s state ferries will have to slow to 7 knots or less whenever endangered orcas are within 1,000 yards, under a rule NOAA Fisheries announced Monday.
L region Washington
F quantity 7 knots
F quantity 1,000 yards
O government NOAA Fisheries
> The rule, which takes effect June 1, applies to the 21 vessels of Washington State Ferries (WSF) on routes through the San Juan Islands and across Puget Sound, where the 73 remaining Southern Resident orcas spend much of the summer.
F date June 1
F number 21
O government Washington State Ferries
O government WSF
L geo San Juan Islands
L geo Puget Sound
F number 73
> “These whales are running out of time, and noise is one of the few things we can change quickly,” said Dr. Renata Oduya-Lindgren, who leads the orca recovery program at NOAA Fisheries in Seattle. “A ferry at 18 knots is loud. A ferry at 7 knots is a lot quieter.”
Q direct Renata Oduya-Lindgren :: “These whales are running out of time, and noise is one of the few things we can change quickly,”
P full Renata Oduya-Lindgren
O government NOAA Fisheries
L city Seattle
Q direct Renata Oduya-Lindgren :: “A ferry at 18 knots is loud. A ferry at 7 knots is a lot quieter.”
F quantity 18 knots
F quantity 7 knots
> Oduya-Lindgren said underwater noise from large vessels makes it harder for the whales to find Chinook salmon, and that the agency’s modeling found the slowdown would cut noise by about half in their main feeding areas.
P partial Oduya-Lindgren
F fraction half
> The ferry system estimates the rule will add three to 12 minutes to some crossings and cost $2.8 million a year in fuel, crew overtime and schedule changes.
F duration three
F duration 12 minutes
F money $2.8 million
> Capt. Joaquin Ferreira-Lund, who has run the Anacortes–Friday Harbor route for 17 years, said crews already slow down for whales. “We see them and we back off. What changes now is that it’s the law, and the schedule has to be built around it,” he said.
P full Joaquin Ferreira-Lund
L city Anacortes
L city Friday Harbor
F duration 17 years
Q direct Joaquin Ferreira-Lund :: “We see them and we back off. What changes now is that it’s the law, and the schedule has to be built around it,”
> On a summer afternoon, he said, the 144-car Samish can meet two or three pods between Shaw Island and the Friday Harbor terminal.
F number 144
F number two
F number three
L geo Shaw Island
L facility Friday Harbor
> In Friday Harbor, whale-watch operator Delphine Achebe-Marsh, who runs Salish Sea Wildlife Tours with three boats, said private operators have lived with stricter limits for years: her boats must stay 1,000 yards away and travel under 7 knots within 0.5 nautical miles of the whales.
L city Friday Harbor
P full Delphine Achebe-Marsh
O company Salish Sea Wildlife Tours
F number three
F quantity 1,000 yards
F quantity 7 knots
F quantity 0.5 nautical miles
> “For years it was ‘the whale-watchers are the problem.’ Now the biggest boats on the water are finally under the same rules,” Achebe-Marsh said. She called the old ferry exemption "a double standard."
Q direct Delphine Achebe-Marsh :: “For years it was ‘the whale-watchers are the problem.’ Now the biggest boats on the water are finally under the same rules,”
P partial Achebe-Marsh
Q direct Delphine Achebe-Marsh :: "a double standard."
> “They’ve already cut our sailings. Now they want us to crawl,” said a commuter waiting for the 5:30 p.m. boat to Vashon Island who declined to give her name.
Q direct - :: “They’ve already cut our sailings. Now they want us to crawl,”
F time 5:30 p.m.
L geo Vashon Island
> University of Washington biologist Tomasz Keawe-Abernathy, who has studied the Southern Residents for two decades, said the rule was overdue but incomplete. Cargo ships bound for Vancouver and Tacoma, which it does not cover, are far louder than ferries, he said, and calf survival stands at just 38 percent.
O education University of Washington
P full Tomasz Keawe-Abernathy
F duration two decades
L city Vancouver
L city Tacoma
F percent 38 percent
> “Ferries are the easy target because they’re public and slow to fight back,” he said. “If you want real change, you talk to the ports.”
Q direct Tomasz Keawe-Abernathy :: “Ferries are the easy target because they’re public and slow to fight back,”
Q direct Tomasz Keawe-Abernathy :: “If you want real change, you talk to the ports.”
> NOAA will hold two public meetings before the rule takes effect, in Anacortes on May 6 and in Seattle on May 8. Violations can bring civil penalties of up to $11,000 per incident, though the agency said it expected to work with WSF rather than fine it.
O government NOAA
F number two
L city Anacortes
F date May 6
L city Seattle
F date May 8
F money $11,000
O government WSF
'''

ARTICLES['1704-cairo-metro-line-4-tunnel-breakthrough-el-remaya-giza-nat-jica-al-ahram-weekly'] = r'''
> Egypt
L country Egypt
> Line 4 tunnel breaks through at Giza
L facility Line 4
L city Giza
> The first 6.2km of Cairo’s fourth metro line have been dug, but passengers will have to wait until 2044 to ride it
F quantity 6.2km
L city Cairo
F date 2044
> Dina Abdel-Rahman Fawzy , Wednesday 17 Apr 2041
P full Dina Abdel-Rahman Fawzy
F date 17 Apr 2041
> The tunnel boring machine “Nefertari” emerges at the El-Remaya Square station shaft in Giza on Sunday (photo: Karim Moussa-Sabry)
Q scare - :: “Nefertari”
L facility El-Remaya Square
L city Giza
P full Karim Moussa-Sabry
> The first of two tunnel boring machines digging Line 4 of the Cairo Metro broke through at El-Remaya Square in Giza on Sunday, completing a 6.2-kilometre run beneath Pyramids Road from Nasr El-Din in just under 14 months.
F number two
L facility Line 4
L facility Cairo Metro
L facility El-Remaya Square
L city Giza
F quantity 6.2-kilometre
L street Pyramids Road
L facility Nasr El-Din
F duration 14 months
> Line 4 is planned to run 42km with 39 stations from 6th of October City through Giza to New Cairo. Its first phase, 19km and 16 stations from Hadayek Al-Ashgar to El-Malek El-Saleh near the Nile, is due to open in 2044.
L facility Line 4
F quantity 42km
F number 39
L city 6th of October City
L city Giza
L city New Cairo
F quantity 19km
F number 16
L facility Hadayek Al-Ashgar
L facility El-Malek El-Saleh
L geo Nile
F date 2044
> “This is the hardest ground we have tunnelled in Egypt. We are under the water table for most of the route, with the plateau only a few kilometres away,” said Eng. Tarek Samir Abou El-Ezz, chairman of the National Authority for Tunnels (NAT), at the site.
Q direct Tarek Samir Abou El-Ezz :: “This is the hardest ground we have tunnelled in Egypt. We are under the water table for most of the route, with the plateau only a few kilometres away,”
L country Egypt
P full Tarek Samir Abou El-Ezz
O government National Authority for Tunnels
O government NAT
> “We lost six weeks in the summer to a flooded shaft at Nasr El-Din,” he said. “But the machine has averaged 16 metres a day since January, which for this ground is very good.
Q direct Tarek Samir Abou El-Ezz :: “We lost six weeks in the summer to a flooded shaft at Nasr El-Din,”
F duration six weeks
L facility Nasr El-Din
Q direct Tarek Samir Abou El-Ezz :: “But the machine has averaged 16 metres a day since January, which for this ground is very good.
F quantity 16 metres
> “The second machine is 900 metres behind. We expect it to break through before the end of June.”
Q direct Tarek Samir Abou El-Ezz :: “The second machine is 900 metres behind. We expect it to break through before the end of June.”
F quantity 900 metres
> Abou El-Ezz said the first phase would cost LE68 billion, about 60 per cent of it covered by soft loans from the Japan International Cooperation Agency (JICA). NAT also signed a $310 million contract in March for the line’s 38 trains.
P partial Abou El-Ezz
F money LE68 billion
F percent 60 per cent
O government Japan International Cooperation Agency
O government JICA
O government NAT
F money $310 million
F number 38
> Hiroshi Tanabe-Okada, JICA’s chief representative in Egypt, called the breakthrough “a milestone for the partnership between Tokyo and Cairo” and said Japanese engineers had trained 240 Egyptian technicians on the machines since 2039.
P full Hiroshi Tanabe-Okada
O government JICA
L country Egypt
Q direct Hiroshi Tanabe-Okada :: “a milestone for the partnership between Tokyo and Cairo”
L city Tokyo
L city Cairo
F number 240
F date 2039
> For commuters, the date cannot come soon enough. Mahmoud Abdel-Sattar, 36, an accountant who travels daily from Faisal in Giza to Ataba, said the trip by microbus and Line 2 takes him 90 minutes each way.
P full Mahmoud Abdel-Sattar
F age 36
L city Faisal
L city Giza
L city Ataba
L facility Line 2
F duration 90 minutes
> “I leave home at 6:15 in the morning and I spend LE40 a day on transport. If the metro reaches Faisal, I can do it in 25 minutes for half the money,” he said.
Q direct Mahmoud Abdel-Sattar :: “I leave home at 6:15 in the morning and I spend LE40 a day on transport. If the metro reaches Faisal, I can do it in 25 minutes for half the money,”
F time 6:15
F money LE40
L city Faisal
F duration 25 minutes
F fraction half
> Planners say Line 4 will carry 1.6 million passengers a day when complete. But Nermine El-Shazly, a professor of transport engineering at Cairo University’s Faculty of Engineering, warned that "a metro line is only as good as the walk to the station".
L facility Line 4
F number 1.6 million
P full Nermine El-Shazly
O education Cairo University
O education Faculty of Engineering
Q direct Nermine El-Shazly :: "a metro line is only as good as the walk to the station"
> “We have stations on Line 3 where half the passengers arrive by tuk-tuk because the pavements are blocked,” El-Shazly said, adding that the so-called “last kilometre” needed its own budget.
Q direct Nermine El-Shazly :: “We have stations on Line 3 where half the passengers arrive by tuk-tuk because the pavements are blocked,”
L facility Line 3
F fraction half
P partial El-Shazly
Q scare - :: “last kilometre”
> An official at the Ministry of Transport, speaking on condition of anonymity, said the 2044 date was "realistic but tight" and depended on the delivery of the trains from Japan.
O government Ministry of Transport
F date 2044
Q direct - :: "realistic but tight"
L country Japan
> Work on the eastern section, from Giza to New Cairo, is due to start in 2042. At full build-out the line will take an estimated 150,000 car trips a day off the roads of Greater Cairo, according to NAT.
L city Giza
L city New Cairo
F date 2042
F number 150,000
L region Greater Cairo
O government NAT
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
