#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval295 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval295/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1813-abbey-theatre-new-artistic-director-season-sligo-playwright-irish-times'] = r'''
> Stage
> Abbey Theatre’s new director promises “a season for the whole island” with 11 productions
O other Abbey Theatre
Q direct Orla Brennan-Keane :: “a season for the whole island”
F number 11
> Orla Brennan-Keane opens her first year in Dublin with a €4.2m programme, a main-stage debut for a Sligo writer and 26,000 cheaper seats
P full Orla Brennan-Keane
L city Dublin
F money €4.2m
L city Sligo
F number 26,000
> Sorcha Delaney
P full Sorcha Delaney
> Thu Feb 21 2041 - 06:00
F date Feb 21 2041
F time 06:00
> Orla Brennan-Keane on the Abbey’s main stage, Abbey Street, Dublin. Photograph: Dara Mac Donncha/The Irish Times
P full Orla Brennan-Keane
L facility Abbey
L street Abbey Street
L city Dublin
P full Dara Mac Donncha
O media The Irish Times
> The Abbey Theatre’s incoming artistic director, Orla Brennan-Keane, has announced a season of 11 productions for 2041, including the main-stage debut of Sligo playwright Donal Feeney and a touring show that will visit 14 towns from Letterkenny to Skibbereen.
O other Abbey Theatre
P full Orla Brennan-Keane
F number 11
F date 2041
L city Sligo
P full Donal Feeney
F number 14
L city Letterkenny
L city Skibbereen
> Brennan-Keane, who is 44 and grew up in Ballina, Co Mayo, takes over on March 1 after six years running the Town Hall Theatre in Galway. She is the first director from Connacht to lead the national theatre since it opened in 1904.
P partial Brennan-Keane
F age 44
L city Ballina
L region Co Mayo
F date March 1
F duration six years
O other Town Hall Theatre
L city Galway
L region Connacht
F date 1904
> “The Abbey belongs to everybody on this island, not just to the people who can get to Abbey Street on a Tuesday night,” she said. “If that means putting a play in a GAA clubhouse in Belmullet, we will do it.”
Q direct Orla Brennan-Keane :: “The Abbey belongs to everybody on this island, not just to the people who can get to Abbey Street on a Tuesday night,”
Q direct Orla Brennan-Keane :: “If that means putting a play in a GAA clubhouse in Belmullet, we will do it.”
O other Abbey
L street Abbey Street
O nonprofit GAA
L city Belmullet
> The season, budgeted at €4.2 million, opens on April 9 with Feeney’s The Salt Road, a play for two actors set on Coney Island in Sligo Bay during the winter of 1986. It will run for seven weeks on the main stage, which seats 492, before moving to the Peacock, the theatre’s 127-seat studio.
F money €4.2 million
F date April 9
P partial Feeney
F number two
L geo Coney Island
L geo Sligo Bay
F date 1986
F duration seven weeks
F number 492
L facility Peacock
F number 127
> Feeney, 31, a former postman from Strandhill, said he wrote the first draft “in a caravan with a leak over the bed”. He said the Abbey had been “the dream since I was 12”.
P partial Feeney
F age 31
L city Strandhill
Q direct Donal Feeney :: “in a caravan with a leak over the bed”
O other Abbey
Q direct Donal Feeney :: “the dream since I was 12”
F age 12
> “My mother used to say, ‘Write about what’s outside the window.’ Outside my window was the Atlantic, so that’s what I did,” said Feeney.
Q direct Donal Feeney :: “My mother used to say, ‘Write about what’s outside the window.’ Outside my window was the Atlantic, so that’s what I did,”
L geo Atlantic
P partial Feeney
> The Arts Council, which gave the Abbey €9.6 million in core funding last year, has agreed a three-year deal worth €31 million. Its head of theatre, Declan Moorhouse, said the council wanted “more people in more seats, and cheaper ones”.
O government Arts Council
O other Abbey
F money €9.6 million
F duration three-year
F money €31 million
P full Declan Moorhouse
Q direct Declan Moorhouse :: “more people in more seats, and cheaper ones”
> Under the plan, 20 per cent of seats for every production – about 26,000 in the year – will be sold for €15, and anyone aged 18 to 25 will pay €10. The Abbey’s ticket prices rose by almost a third between 2037 and 2040.
F percent 20 per cent
F number 26,000
F money €15
F age 18
F age 25
F money €10
O other Abbey
F fraction a third
F date 2037
F date 2040
> Dr Niamh Halloran, who lectures in drama at Trinity College Dublin, welcomed the touring plan but questioned the numbers. “Eleven productions on that budget is ambitious. The last time the Abbey tried a national tour, in 2038, it lost money in half the venues,” she said. A so-called “access season” had been promised before, she added.
P full Niamh Halloran
O education Trinity College Dublin
Q direct Niamh Halloran :: “Eleven productions on that budget is ambitious. The last time the Abbey tried a national tour, in 2038, it lost money in half the venues,”
F number Eleven
O other Abbey
F date 2038
F fraction half
Q scare - :: “access season”
> A board member, who asked not to be named, said the appointment had been “unanimous, after a long night”.
Q direct - :: “unanimous, after a long night”
> Booking opens at 10am on March 3, and the programme will be launched at 7.30pm on Friday in the theatre’s foyer.
F time 10am
F date March 3
F time 7.30pm
'''

ARTICLES['1814-banco-meseta-hostile-bid-banco-atlantico-portugues-lisbon-financial-times'] = r'''
> Banking
> Spain’s Banco Meseta launches €6.8bn hostile bid for Portuguese rival BAP
L country Spain
O company Banco Meseta
F money €6.8bn
O company BAP
> Madrid lender goes directly to shareholders after Lisbon board rejects approach as ‘opportunistic’
L city Madrid
L city Lisbon
Q direct Maria João Sequeira Lobo :: ‘opportunistic’
> Inés Carrasco in Madrid and Tiago Mourão in Lisbon
P full Inés Carrasco
L city Madrid
P full Tiago Mourão
L city Lisbon
> Published March 18 2042
F date March 18 2042
> Banco Meseta’s headquarters on the Paseo de la Castellana in Madrid © Pablo Iriarte/Bloomberg
O company Banco Meseta
L street Paseo de la Castellana
L city Madrid
P full Pablo Iriarte
O media Bloomberg
> Banco Meseta has launched a €6.8bn hostile bid for Banco Atlântico Português, taking its offer directly to shareholders after the Lisbon lender’s board rejected two approaches and setting up the biggest cross-border banking fight in Iberia in a decade.
O company Banco Meseta
F money €6.8bn
O company Banco Atlântico Português
L city Lisbon
F number two
L region Iberia
> The Madrid-based group is offering €4.15 a share in cash, a 31 per cent premium to BAP’s closing price of €3.17 on Friday. The offer values the Portuguese bank, which has 412 branches and about 1.9mn customers, at roughly 0.9 times its tangible book value.
L city Madrid
F money €4.15
F percent 31 per cent
O company BAP
F money €3.17
F number 412
F number 1.9mn
F number 0.9
> Meseta, which owns 9.8 per cent of BAP through a stake built up since 2039, needs acceptances from holders of more than half of the shares. If it passes 50 per cent it will delist the Lisbon bank within 18 months, it said.
O company Meseta
F percent 9.8 per cent
O company BAP
F date 2039
F fraction half
F percent 50 per cent
L city Lisbon
F duration 18 months
> “We made a friendly offer twice and twice we were turned away. We think shareholders deserve to decide for themselves,” said Ignacio Barrenechea Olmos, Meseta’s chairman, in an interview with the Financial Times. “This is not a raid. It is an invitation.”
Q direct Ignacio Barrenechea Olmos :: “We made a friendly offer twice and twice we were turned away. We think shareholders deserve to decide for themselves,”
P full Ignacio Barrenechea Olmos
O company Meseta
O media Financial Times
Q direct Ignacio Barrenechea Olmos :: “This is not a raid. It is an invitation.”
> Barrenechea said the combined group would hold €214bn of assets and would close “no more than 60” branches in Portugal over three years, with about 1,100 job cuts, mostly at BAP’s head office on Lisbon’s Avenida da Liberdade.
P partial Barrenechea
F money €214bn
Q direct Ignacio Barrenechea Olmos :: “no more than 60”
F number 60
L country Portugal
F duration three years
F number 1,100
O company BAP
L city Lisbon
L street Avenida da Liberdade
> BAP’s chair, Maria João Sequeira Lobo, called the bid “opportunistic” and said it “materially undervalues” a bank that raised its return on equity to 13.4 per cent in 2041.
O company BAP
P full Maria João Sequeira Lobo
Q direct Maria João Sequeira Lobo :: “opportunistic”
Q direct Maria João Sequeira Lobo :: “materially undervalues”
F percent 13.4 per cent
F date 2041
> “Our shareholders have seen this film before. A Spanish bank buys a Portuguese one, promises to keep the branches open, and two years later a town like Mértola has no bank at all,” she told reporters at the bank’s offices on Rua Augusta. “We will not be sold at a discount.
Q direct Maria João Sequeira Lobo :: “Our shareholders have seen this film before. A Spanish bank buys a Portuguese one, promises to keep the branches open, and two years later a town like Mértola has no bank at all,”
F duration two years
L city Mértola
L street Rua Augusta
Q direct Maria João Sequeira Lobo :: “We will not be sold at a discount.
> “We will present our own plan to shareholders on April 2, and they can compare the two.”
Q direct Maria João Sequeira Lobo :: “We will present our own plan to shareholders on April 2, and they can compare the two.”
F date April 2
F number two
> Analysts were divided. Elena Valcárcel, an analyst at Madrid broker Arganzuela Valores, said the price was “full but not generous” and put the chances of success at 60-65 per cent. “Meseta has the capital. The question is whether Lisbon lets it happen,” she said, pointing to the Portuguese government’s 2040 decision to block a Brazilian investor from buying into BAP.
P full Elena Valcárcel
L city Madrid
O company Arganzuela Valores
Q direct Elena Valcárcel :: “full but not generous”
F percent 60-65 per cent
Q direct Elena Valcárcel :: “Meseta has the capital. The question is whether Lisbon lets it happen,”
O company Meseta
L city Lisbon
F date 2040
O company BAP
> The Banco de Portugal, which must approve any change of control, said it was “following the process closely”. Henrique Matos Faria, a director at the central bank’s supervision department, told the FT that it would look at liquidity and at what he called the “Portuguese character” of deposits. “Nobody should expect a decision in weeks,” he said.
O government Banco de Portugal
Q direct Banco de Portugal :: “following the process closely”
P full Henrique Matos Faria
O media FT
Q scare - :: “Portuguese character”
Q direct Henrique Matos Faria :: “Nobody should expect a decision in weeks,”
> A person close to the Meseta board said the bank was ready to raise its offer “by a few cents, not more”.
O company Meseta
Q direct - :: “by a few cents, not more”
> BAP shares rose 24 per cent to €3.93 in Lisbon on Monday, still below the offer. Meseta’s fell 3.1 per cent in Madrid. The acceptance period runs for eight weeks from March 25.
O company BAP
F percent 24 per cent
F money €3.93
L city Lisbon
O company Meseta
F percent 3.1 per cent
L city Madrid
F duration eight weeks
F date March 25
'''

ARTICLES['1815-pdc-world-championship-final-rennie-van-der-stap-alexandra-palace-sky-sports'] = r'''
> Darts
> World Darts Championship: Callum Rennie beats Jeroen van der Stap 7-5 to win first world title at Alexandra Palace
P full Callum Rennie
P full Jeroen van der Stap
F score 7-5
L facility Alexandra Palace
> Rennie hits nine 180s and a 164 checkout in the last set as the 26-year-old Scot collects £1m; Van der Stap: "I gave him too many chances"
P partial Rennie
F number nine
F number 180s
F number 164
F age 26-year-old
F money £1m
P partial Van der Stap
Q direct Jeroen van der Stap :: "I gave him too many chances"
> By Tom Ashworth
P full Tom Ashworth
> Thursday 3 January 2041 23:12, UK
F date 3 January 2041
F time 23:12
L country UK
> Callum Rennie celebrates with the trophy at Alexandra Palace on Thursday night. Image: Kieran Doyle/PA Images
P full Callum Rennie
L facility Alexandra Palace
P full Kieran Doyle
O media PA Images
> Callum Rennie is the world champion. The 26-year-old from Kirkcaldy beat Jeroen van der Stap 7-5 in a final that lasted three and a half hours at Alexandra Palace, sealing the title with a 164 checkout - treble 20, treble 18, bull - in the deciding leg of the 12th set.
P full Callum Rennie
F age 26-year-old
L city Kirkcaldy
P full Jeroen van der Stap
F score 7-5
F duration three and a half hours
L facility Alexandra Palace
F number 164
> Rennie, who was ranked 19th in the world at the start of the tournament, averaged 101.44 to Van der Stap's 99.87, hit nine 180s and finished with a checkout rate of 44 per cent. He takes home £1m, and the Dutchman £400,000.
P partial Rennie
F number 101.44
P partial Van der Stap
F number 99.87
F number nine
F number 180s
F percent 44 per cent
F money £1m
F money £400,000
> "I don't think it's sunk in yet. I was 3-1 down in sets and I was already thinking about the drive home to Fife," Rennie said. "My dad said to me at the break, 'Just throw your darts, son.' So I did."
Q direct Callum Rennie :: "I don't think it's sunk in yet. I was 3-1 down in sets and I was already thinking about the drive home to Fife,"
F score 3-1
L region Fife
P partial Rennie
Q direct Callum Rennie :: "My dad said to me at the break, 'Just throw your darts, son.' So I did."
> He added: "Jeroen is the best player I've faced all year. Nobody gets to a world final by accident."
Q direct Callum Rennie :: "Jeroen is the best player I've faced all year. Nobody gets to a world final by accident."
P partial Jeroen
> Van der Stap, the 2039 champion, made the stronger start, taking the first set 3-0 in just under six minutes and leading 3-1 after a 121 checkout on the bull. But Rennie, nicknamed 'The Kingdom' after his home county, won four sets in a row, breaking throw in the sixth, and led 5-3 at the second interval.
P partial Van der Stap
F date 2039
F score 3-0
F duration six minutes
F score 3-1
F number 121
P partial Rennie
Q scare - :: 'The Kingdom'
F number four
F score 5-3
> The 34-year-old from Zwolle levelled at 5-5 with legs of 12 and 14 darts, and the crowd of 3,200 - half of them, it seemed, dressed in orange - sensed a comeback. Rennie held throw in the 11th set and then broke in the 12th, taking out 164 at the first attempt.
F age 34-year-old
L city Zwolle
F score 5-5
F number 12
F number 14
F number 3,200
F fraction half
P partial Rennie
F number 164
> "I gave him too many chances. In the tenth and 11th sets I missed nine darts at doubles, and against a player like Callum you can't do that," said Van der Stap, who has now lost two of his three world finals.
Q direct Jeroen van der Stap :: "I gave him too many chances. In the tenth and 11th sets I missed nine darts at doubles, and against a player like Callum you can't do that,"
F number nine
P partial Callum
P partial Van der Stap
F number two
F number three
> "I'll be back here next December. That's a promise," he said.
Q direct Jeroen van der Stap :: "I'll be back here next December. That's a promise,"
> A member of Van der Stap's team said the Dutchman had been "struggling with his shoulder since Christmas" but had refused to pull out.
P partial Van der Stap
Q direct - :: "struggling with his shoulder since Christmas"
> The Professional Darts Corporation (PDC) said 96,500 tickets had been sold over the 17 days of the championship, a record. The PDC also confirmed that total prize money will rise to £3m for the 2042 edition.
O other Professional Darts Corporation
O other PDC
F number 96,500
F duration 17 days
O other PDC
F money £3m
F date 2042
> Rennie climbs to fourth in the world rankings and returns to the stage at an exhibition in Cardiff on February 6.
P partial Rennie
L city Cardiff
F date February 6
'''

ARTICLES['1816-busan-mayoral-election-ha-yeon-joo-gong-tae-sik-korea-herald'] = r'''
> National
> Politics
> DP's Ha Yeon-joo Wins Busan Mayoral Race, Ending Conservative Hold on Port City
O party DP
P full Ha Yeon-joo
L city Busan
> Ha takes 51.2% to Gong's 45.9% as turnout in the city rises to 58.7 percent
P partial Ha
F percent 51.2%
P partial Gong
F percent 45.9%
F percent 58.7 percent
> By Nam Eun-bi (nameunbi@heraldcorp.com)
P full Nam Eun-bi
> Published : Jun 4, 2042 - 00:41 Updated : Jun 4, 2042 - 11:05
F date Jun 4, 2042
F time 00:41
F date Jun 4, 2042
F time 11:05
> Busan Mayor-elect Ha Yeon-joo of the Democratic Party of Korea celebrates with supporters at her camp in Busanjin-gu, Busan, late Tuesday. (Yonhap)
L city Busan
P full Ha Yeon-joo
O party Democratic Party of Korea
L region Busanjin-gu
L city Busan
O media Yonhap
> BUSAN -- Ha Yeon-joo of the Democratic Party of Korea was elected mayor of Busan on Tuesday, winning 51.2 percent of the vote and ending 16 years of conservative control of South Korea's second-largest city, according to the National Election Commission.
L city BUSAN
P full Ha Yeon-joo
O party Democratic Party of Korea
L city Busan
F percent 51.2 percent
F duration 16 years
L country South Korea
O government National Election Commission
> Ha, 49, a former human rights lawyer who grew up in Yeongdo, took 1,001,734 votes against 898,215 for Gong Tae-sik, 63, of the People Power Party, a margin of 5.3 percentage points. A minor-party candidate took the remaining 2.9 percent.
P partial Ha
F age 49
L region Yeongdo
F number 1,001,734
F number 898,215
P full Gong Tae-sik
F age 63
O party People Power Party
F percent 5.3 percentage points
F percent 2.9 percent
> Turnout in the city reached 58.7 percent, up from 52.4 percent in 2038, the NEC said. Nationwide turnout was 56.1 percent.
F percent 58.7 percent
F percent 52.4 percent
F date 2038
O government NEC
F percent 56.1 percent
> "The people of Busan did not vote for a party tonight. They voted for jobs that stay in Busan, and for a city where young people don't have to move to Seoul at 25," Ha told supporters at her campaign office on Jungang-daero shortly after 11 p.m.
Q direct Ha Yeon-joo :: "The people of Busan did not vote for a party tonight. They voted for jobs that stay in Busan, and for a city where young people don't have to move to Seoul at 25,"
L city Busan
L city Busan
L city Seoul
F age 25
P partial Ha
L street Jungang-daero
F time 11 p.m.
> She pledged to halt the so-called "brain drain" of graduates to the capital, to move 12 public agencies to the city within her four-year term and to press the central government over the Gadeokdo New Airport, now due to open in 2044 and, in her words, "years behind schedule."
Q scare - :: "brain drain"
F number 12
F duration four-year
L facility Gadeokdo New Airport
F date 2044
Q direct Ha Yeon-joo :: "years behind schedule."
> Gong conceded at around 12:30 a.m. Wednesday. "I accept the result and I congratulate Mayor-elect Ha. Our party has to ask itself why it lost a city that was ours for so long," he said at the party's Busan headquarters in Yeonje-gu.
P partial Gong
F time 12:30 a.m.
Q direct Gong Tae-sik :: "I accept the result and I congratulate Mayor-elect Ha. Our party has to ask itself why it lost a city that was ours for so long,"
P partial Ha
L city Busan
L region Yeonje-gu
> Yoon Da-bin, a director at the NEC's Busan office, said about 3.33 million people were eligible to vote in the city and that early voting on May 29 and 30 had drawn 24.6 percent of them, a record. Counting at the 16 district centers finished at 2:15 a.m., she said.
P full Yoon Da-bin
O government NEC
L city Busan
F number 3.33 million
F date May 29
F date 30
F percent 24.6 percent
F number 16
F time 2:15 a.m.
> In the Busan Metropolitan Council, the Democratic Party won 28 of the 47 seats, against 19 for the People Power Party. The conservatives had held 42 seats after the 2038 vote.
O government Busan Metropolitan Council
O party Democratic Party
F number 28
F number 47
F number 19
O party People Power Party
F number 42
F date 2038
> "Busan has been drifting for a decade. Shipbuilding jobs went to Ulsan and Geoje, the young went to Seoul, and voters finally punished the party in charge," said Maeng Sung-ho, a professor of political science at Pusan National University. He said roughly two-thirds of voters in their 20s and 30s had backed Ha, according to exit polls by the three main broadcasters.
Q direct Maeng Sung-ho :: "Busan has been drifting for a decade. Shipbuilding jobs went to Ulsan and Geoje, the young went to Seoul, and voters finally punished the party in charge,"
L city Busan
L city Ulsan
L city Geoje
L city Seoul
P full Maeng Sung-ho
O education Pusan National University
F fraction two-thirds
F age 20s
F age 30s
P partial Ha
F number three
> "The question now is whether she can deliver. The mayor does not control the airport budget; Seoul does.
Q direct Maeng Sung-ho :: "The question now is whether she can deliver. The mayor does not control the airport budget; Seoul does.
L city Seoul
> "If the airport slips again, the same young voters will turn on her just as fast," Maeng said.
Q direct Maeng Sung-ho :: "If the airport slips again, the same young voters will turn on her just as fast,"
P partial Maeng
> A People Power Party official in Busan, speaking on condition of anonymity, called the defeat "a wake-up call."
O party People Power Party
L city Busan
Q direct - :: "a wake-up call."
> Ha will take office on July 1.
P partial Ha
F date July 1
'''

ARTICLES['1817-kensington-police-shooting-inquiry-district-attorney-philadelphia-inquirer'] = r'''
> Crime & Justice
> Philly DA opens inquiry into Kensington police shooting after officers fired 23 rounds
L city Philly
L city Kensington
F number 23
> Commissioner Okafor-Bryce says both officers are on desk duty as residents demand to see video of the 11-second encounter
P partial Okafor-Bryce
F duration 11-second
> by Nathaniel Burkhart
P full Nathaniel Burkhart
> Published March 12, 2043, 5:00 a.m. ET
F date March 12, 2043
F time 5:00 a.m. ET
> Neighbors gather at a memorial at Kensington Avenue and East Allegheny Avenue on Wednesday. Monica Ferreira / Staff Photographer
L street Kensington Avenue
L street East Allegheny Avenue
P full Monica Ferreira
> Philadelphia District Attorney Lorraine Castellanos-Whyte said Wednesday that her office had opened a criminal investigation into the fatal police shooting of a 27-year-old man in Kensington, after officers fired 23 rounds at him on a crowded block of Kensington Avenue last week.
L city Philadelphia
P full Lorraine Castellanos-Whyte
F age 27-year-old
L city Kensington
F number 23
L street Kensington Avenue
> Jaylen Moore-Banks, of Emerald Street, was shot at 4:17 p.m. on March 5 near the Somerset station of the Market-Frankford Line, police said. He was pronounced dead at Temple University Hospital at 4:52 p.m.
P full Jaylen Moore-Banks
L street Emerald Street
F time 4:17 p.m.
F date March 5
L facility Somerset
L facility Market-Frankford Line
L facility Temple University Hospital
F time 4:52 p.m.
> Two officers fired their weapons, according to a preliminary account released by the Philadelphia Police Department. Police said Moore-Banks had pointed what looked like a handgun at them. It was later found to be a replica air pistol.
F number Two
O government Philadelphia Police Department
P partial Moore-Banks
> Police Commissioner Walter Okafor-Bryce told a news conference at police headquarters on Spring Garden Street that the officers, with nine and 14 years on the force, had been placed on administrative duty. “Every round an officer fires, that officer owns. I have seen the video, and I have questions,” Okafor-Bryce said.
P full Walter Okafor-Bryce
L street Spring Garden Street
F duration nine
F duration 14 years
Q direct Walter Okafor-Bryce :: “Every round an officer fires, that officer owns. I have seen the video, and I have questions,”
P partial Okafor-Bryce
> He said the encounter, recorded on both officers’ body cameras, lasted 11 seconds. The department will release the footage “within 30 days, not 30 weeks,” he said.
F duration 11 seconds
Q direct Walter Okafor-Bryce :: “within 30 days, not 30 weeks,”
F duration 30 days
F duration 30 weeks
> Castellanos-Whyte said the inquiry would be run by her Special Investigations Unit and reviewed by the Citizens Police Oversight Commission (CPOC). “My job is not to decide what happened before we know what happened,” she said. “But 23 rounds on a block where children were walking home from school — that has to be explained.”
P partial Castellanos-Whyte
O government Special Investigations Unit
O government Citizens Police Oversight Commission
O government CPOC
Q direct Lorraine Castellanos-Whyte :: “My job is not to decide what happened before we know what happened,”
Q direct Lorraine Castellanos-Whyte :: “But 23 rounds on a block where children were walking home from school — that has to be explained.”
F number 23
> A CPOC spokesperson said the commission would hold a public session on the case within two weeks.
O government CPOC
F duration two weeks
> In Kensington, where the shooting has revived anger over policing under the elevated tracks, organizer Inés Figueroa, 52, of the Kensington Neighbors United coalition, said residents were tired of waiting.
L city Kensington
P full Inés Figueroa
F age 52
O nonprofit Kensington Neighbors United
> “They call this a ‘crime corridor’ on the news. It’s somebody’s street. Jaylen bought water ice at that corner every day since he was 8,” said Figueroa, who has lived on Tusculum Street for 31 years.
Q direct Inés Figueroa :: “They call this a ‘crime corridor’ on the news. It’s somebody’s street. Jaylen bought water ice at that corner every day since he was 8,”
P partial Jaylen
F age 8
P partial Figueroa
L street Tusculum Street
F duration 31 years
> The city paid $4.75 million in 2041 to settle a lawsuit over a 2038 police shooting four blocks away, on Clearfield Street, according to records from the city’s Law Department. The Moore-Banks family has retained attorney Russell Adebayo-Finch, who said a claim “will certainly follow.”
F money $4.75 million
F date 2041
F date 2038
F number four
L street Clearfield Street
O government Law Department
P partial Moore-Banks
P full Russell Adebayo-Finch
Q direct Russell Adebayo-Finch :: “will certainly follow.”
> Temple University criminologist Harriet Lindqvist said the number of rounds was not unusual in police shootings nationally but was “a red flag” when a suspect was alone. She said Philadelphia officers fired their weapons in 41 incidents in 2042, up from 29 in 2040, and that about a quarter of them took place in the city’s two Kensington-area districts.
O education Temple University
P full Harriet Lindqvist
Q direct Harriet Lindqvist :: “a red flag”
L city Philadelphia
F number 41
F date 2042
F number 29
F date 2040
F fraction a quarter
F number two
L city Kensington
> A union official with the Fraternal Order of Police Lodge 5, speaking on condition of anonymity, said the officers “believed they were facing a real gun.”
O nonprofit Fraternal Order of Police Lodge 5
Q direct - :: “believed they were facing a real gun.”
> A community meeting is scheduled for 6:30 p.m. Monday at the McPherson Square Library, 601 E. Indiana Ave.
F time 6:30 p.m.
L facility McPherson Square Library
L address 601 E. Indiana Ave.
'''

ARTICLES['1818-oranjemund-green-hydrogen-ammonia-plant-karas-the-namibian'] = r'''
> Business
> N$96 billion green hydrogen plant planned near Oranjemund
F money N$96 billion
L city Oranjemund
> Orange River Hydrogen promises 3 500 construction jobs in the ǁKaras region
O company Orange River Hydrogen
F number 3 500
L region ǁKaras
> Ndapewa Hamukwaya
P full Ndapewa Hamukwaya
> 2043-04-16
F date 2043-04-16
> DUNES – The proposed site north of Oranjemund, between the coast and the Orange River. Photo: TJIPEE KATJIVENA
L city Oranjemund
L geo Orange River
P full TJIPEE KATJIVENA
> ORANJEMUND – A consortium led by Orange River Hydrogen (ORH) plans to build a N$96 billion green hydrogen and ammonia plant about 25km north of Oranjemund, the company announced in Windhoek on Tuesday.
L city ORANJEMUND
O company Orange River Hydrogen
O company ORH
F money N$96 billion
F quantity 25km
L city Oranjemund
L city Windhoek
> The plant, in the ǁKaras region, would use 2 000 megawatts (MW) of solar and wind power to run electrolysers producing about 280 000 tonnes of green ammonia a year, to be shipped through the port of Lüderitz, 330km to the north. First production is planned for the second half of 2044.
L region ǁKaras
F quantity 2 000 megawatts
F quantity 280 000 tonnes
L city Lüderitz
F quantity 330km
F date 2044
> ORH managing director Elise Hamutenya-Venter said the site was chosen because it gets "some of the best combined sun and wind on the continent". "We have 3 400 hours of sunshine a year and a strong wind off the Atlantic every afternoon. That combination is rare," she said.
O company ORH
P full Elise Hamutenya-Venter
Q direct Elise Hamutenya-Venter :: "some of the best combined sun and wind on the continent"
Q direct Elise Hamutenya-Venter :: "We have 3 400 hours of sunshine a year and a strong wind off the Atlantic every afternoon. That combination is rare,"
F duration 3 400 hours
L geo Atlantic
> She said construction would create 3 500 jobs over four years and 640 permanent positions, and that at least 70% of the workers would be hired in the region. The first phase, worth €2,1 billion, is backed by a German development bank and the Development Bank of Namibia (DBN).
F number 3 500
F duration four years
F number 640
F percent 70%
F money €2,1 billion
O company Development Bank of Namibia
O company DBN
> Oranjemund Town Council member Petrus Gariseb (58) welcomed the plan, but said the town, built around Namdeb's diamond mine and opened to the public only in 2011, "cannot live on promises".
O government Oranjemund Town Council
P full Petrus Gariseb
F age 58
O company Namdeb
F date 2011
Q direct Petrus Gariseb :: "cannot live on promises"
> "When the mine cuts jobs, this town shakes. We saw it in 2028 and again in 2037. Half the houses in Extension 5 are standing empty.
Q direct Petrus Gariseb :: "When the mine cuts jobs, this town shakes. We saw it in 2028 and again in 2037. Half the houses in Extension 5 are standing empty.
F date 2028
F date 2037
F fraction Half
L city Extension 5
> "If ORH wants our support, the jobs must go to people from Oranjemund, Rosh Pinah and Aussenkehr first, not to people who fly in from Windhoek on Monday and leave on Friday," Gariseb said.
Q direct Petrus Gariseb :: "If ORH wants our support, the jobs must go to people from Oranjemund, Rosh Pinah and Aussenkehr first, not to people who fly in from Windhoek on Monday and leave on Friday,"
O company ORH
L city Oranjemund
L city Rosh Pinah
L city Aussenkehr
L city Windhoek
P partial Gariseb
> The Ministry of Mines and Energy said in a statement that the project was "at an advanced stage of assessment". Deputy director Loide Nashandi-Amupolo told The Namibian the plant's water would come from a new desalination unit at Chameis Bay and not from the Orange River, which forms the border with South Africa.
O government Ministry of Mines and Energy
Q direct Ministry of Mines and Energy :: "at an advanced stage of assessment"
P full Loide Nashandi-Amupolo
O media The Namibian
L geo Chameis Bay
L geo Orange River
L country South Africa
> "Not one litre will be taken from the river," she said.
Q direct Loide Nashandi-Amupolo :: "Not one litre will be taken from the river,"
F quantity one litre
> University of Namibia (Unam) economist Fillemon Kaapanda said the N$96 billion figure was more than half of Namibia's annual budget, and that Windhoek should bargain harder over local content in what officials now call the "hydrogen valley" of the south.
O education University of Namibia
O education Unam
P full Fillemon Kaapanda
F money N$96 billion
F fraction half
L country Namibia
L city Windhoek
Q scare - :: "hydrogen valley"
> "It is a big number on paper. What matters is how much stays here. If local firms get 15% of the contracts, people will call it a success; at 5%, they will call it an enclave," Kaapanda said.
Q direct Fillemon Kaapanda :: "It is a big number on paper. What matters is how much stays here. If local firms get 15% of the contracts, people will call it a success; at 5%, they will call it an enclave,"
F percent 15%
F percent 5%
P partial Kaapanda
> A fisherman at the Orange River mouth, who did not want to be named, said he feared for the birds. "Nobody has asked us anything yet," he said.
L geo Orange River
Q direct - :: "Nobody has asked us anything yet,"
> Public consultations will be held at the Oranjemund community hall at 10h00 on 28 April, and at Rosh Pinah on 30 April.
L facility Oranjemund
F time 10h00
F date 28 April
L city Rosh Pinah
F date 30 April
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
