#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval280 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval280/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1723-suburban-rail-loop-tunnelling-start-clayton-box-hill-the-age'] = r'''
> Victoria
L region Victoria
> Tunnelling starts on Suburban Rail Loop as Clayton machine breaks ground
L facility Suburban Rail Loop
L city Clayton
> The first of four tunnel boring machines began work on Tuesday, but the opposition calls the $34.5 billion line “a hole in the budget”.
F number four
F money $34.5 billion
Q direct Bradley Oyelaran-Finch :: “a hole in the budget”
> By Harriet Lanyon
P full Harriet Lanyon
> April 6, 2039 — 5.45am
F date April 6, 2039
F time 5.45am
> Transport Infrastructure Minister Corinne Maddox-Achebe at the Clayton launch site on Tuesday. Credit: Nadia Korkmaz
P full Corinne Maddox-Achebe
L city Clayton
P full Nadia Korkmaz
> A 1400-tonne tunnel boring machine named “Marjorie” started chewing through the clay beneath Clayton at 9.10am on Tuesday, the first of four machines that will bore twin tunnels for the 26-kilometre eastern section of the Suburban Rail Loop between Cheltenham and Box Hill.
F quantity 1400-tonne
Q scare - :: “Marjorie”
L city Clayton
F time 9.10am
F number four
F quantity 26-kilometre
L facility Suburban Rail Loop
L city Cheltenham
L city Box Hill
> Transport Infrastructure Minister Corinne Maddox-Achebe said the machine would advance about 14 metres a day and reach the Monash station site in roughly five months. “This is the day Melbourne stops talking about the loop and starts building it,” Ms Maddox-Achebe said. “Every metre we dig now is a car we take off Springvale Road in 2044.”
P full Corinne Maddox-Achebe
F quantity 14 metres
L facility Monash
F duration five months
Q direct Corinne Maddox-Achebe :: “This is the day Melbourne stops talking about the loop and starts building it,”
L city Melbourne
P partial Maddox-Achebe
Q direct Corinne Maddox-Achebe :: “Every metre we dig now is a car we take off Springvale Road in 2044.”
L street Springvale Road
F date 2044
> The state government puts the cost of the eastern section at $34.5 billion, with Canberra contributing $2.2 billion, and says the work will support 8000 jobs. Half of them will go to apprentices, trainees and workers from Melbourne’s south-east. Trains are due to run every six minutes, and a trip from Cheltenham to Box Hill will take 22 minutes.
F money $34.5 billion
L city Canberra
F money $2.2 billion
F number 8000
F fraction Half
L city Melbourne
F duration six minutes
L city Cheltenham
L city Box Hill
F duration 22 minutes
> The Suburban Rail Loop Authority (SRLA) said 2650 people were already working on the project and that three-quarters of the concrete tunnel segments would be cast at a factory in Truganina, in Melbourne’s west. The start was “on time and on budget”, the authority said.
O government Suburban Rail Loop Authority
O government SRLA
F number 2650
F fraction three-quarters
L city Truganina
L city Melbourne
Q direct Suburban Rail Loop Authority :: “on time and on budget”
> Not everyone is celebrating. Mei Ling Tran, who has run Little Tram Espresso on Whitehorse Road for 11 years, says hoardings around the Box Hill station site have cut her takings by a third since 2037.
P full Mei Ling Tran
O company Little Tram Espresso
L street Whitehorse Road
F duration 11 years
L facility Box Hill
F fraction a third
F date 2037
> “People see the fences and the trucks and they just drive on to Doncaster,” Ms Tran, 46, said. “I’ve been told ‘short-term pain’ since my daughter was in kinder. She’s 14 now.”
Q direct Mei Ling Tran :: “People see the fences and the trucks and they just drive on to Doncaster,”
L city Doncaster
P partial Tran
F age 46
Q direct Mei Ling Tran :: “I’ve been told ‘short-term pain’ since my daughter was in kinder. She’s 14 now.”
F age 14
> Opposition transport spokesman Bradley Oyelaran-Finch said the Coalition would shelve the northern section, from Box Hill to Melbourne Airport, if it won the November election.
P full Bradley Oyelaran-Finch
O party Coalition
L city Box Hill
L facility Melbourne Airport
> “The minister has dug a hole in the budget and put a train in it,” he said. “Victorians are paying $9.6 million a day in interest, and this government wants a medal for starting one tunnel.
Q direct Bradley Oyelaran-Finch :: “The minister has dug a hole in the budget and put a train in it,”
Q direct Bradley Oyelaran-Finch :: “Victorians are paying $9.6 million a day in interest, and this government wants a medal for starting one tunnel.
F money $9.6 million
F number one
> “If the project is that good, release the full business case, not a 40-page brochure.”
Q direct Bradley Oyelaran-Finch :: “If the project is that good, release the full business case, not a 40-page brochure.”
F number 40
> Monash University transport economist Associate Professor Ilsa Berhane said the loop’s value would depend on what was built around it. Her modelling found 70,000 homes could fit within 800 metres of the six eastern stations over two decades, but only if councils rezoned.
O education Monash University
P full Ilsa Berhane
F number 70,000
F quantity 800 metres
F number six
F duration two decades
> “The tunnels are the easy part,” Dr Berhane said. “If Monash and Kingston councils don’t rezone, we’ve spent a fortune to move 1.5 per cent of commuters.”
Q direct Ilsa Berhane :: “The tunnels are the easy part,”
P partial Berhane
Q direct Ilsa Berhane :: “If Monash and Kingston councils don’t rezone, we’ve spent a fortune to move 1.5 per cent of commuters.”
L region Monash
L region Kingston
F percent 1.5 per cent
> A senior SRLA engineer, who asked not to be named, said the second machine would launch from Burwood in August and the two would meet under Huntingdale “by Christmas 2040, if the basalt behaves”.
O government SRLA
L city Burwood
F number two
L city Huntingdale
Q direct - :: “by Christmas 2040, if the basalt behaves”
F date 2040
> Parliament’s Public Accounts and Estimates Committee will question SRLA executives on May 14.
O government Parliament
O government Public Accounts and Estimates Committee
O government SRLA
F date May 14
'''

ARTICLES['1724-marseille-port-cruise-ship-shore-power-fine-estaque-le-monde'] = r'''
> France
L country France
> In Marseille, cruise ships told to plug in or pay
L city Marseille
> The port authority will fine liners that run their engines at the quay from 2041. Residents of L’Estaque say the rule is “ten years too late.”
F date 2041
L city L’Estaque
Q direct Odile Ferracci :: “ten years too late.”
F duration ten years
> By Clémence Aubriot (Marseille, correspondent)
P full Clémence Aubriot
L city Marseille
> Published on June 5, 2040, at 6:05 pm (Paris), updated at 8:20 pm
F date June 5, 2040
F time 6:05 pm
L city Paris
F time 8:20 pm
> A cruise ship moored at the Joliette terminal in Marseille, on May 28, 2040. NICOLAS TRAMONI-BEY / AFP
L facility Joliette
L city Marseille
F date May 28, 2040
P full NICOLAS TRAMONI-BEY
O media AFP
> From January 1, 2041, any cruise ship that keeps its diesel generators running for more than two hours at a berth in Marseille will be fined €150,000 per call, the Grand Port Maritime de Marseille (GPMM) announced on Tuesday, June 5. Ships plugged into the quayside grid will be exempt.
F date January 1, 2041
F duration two hours
L city Marseille
F money €150,000
O government Grand Port Maritime de Marseille
O government GPMM
F date June 5
> "Marseille cannot be the only great port in Europe where the smoke of a ship is part of the view," said Laurent Vasseur-Mattei, chairman of the port authority’s executive board, at a press conference in the Palais de la Bourse. "We have built the connections. The companies now have 18 months to use them."
Q direct Laurent Vasseur-Mattei :: "Marseille cannot be the only great port in Europe where the smoke of a ship is part of the view,"
L city Marseille
L continent Europe
P full Laurent Vasseur-Mattei
L facility Palais de la Bourse
Q direct Laurent Vasseur-Mattei :: "We have built the connections. The companies now have 18 months to use them."
F duration 18 months
> The port received 2.4 million cruise passengers and 612 calls in 2039, a record. Only 41 of those ships were equipped to plug in, 7% of the total. Mr. Vasseur-Mattei said five new shore-power berths, costing €62 million, would be finished by the end of 2040, bringing the number of connected berths to eight.
F number 2.4 million
F number 612
F date 2039
F number 41
F percent 7%
P partial Vasseur-Mattei
F number five
F money €62 million
F date 2040
F number eight
> For the people of L’Estaque, the old fishing village below the cliffs, the announcement comes late. “When three ships are in at the same time, you can taste it in the air,” said Odile Ferracci, 67, a retired schoolteacher who has lived on the Chemin du Littoral for 40 years. “My grandson has an inhaler at 9 years old. The port says ‘from 2041’. It is ten years too late.”
L city L’Estaque
Q direct Odile Ferracci :: “When three ships are in at the same time, you can taste it in the air,”
F number three
P full Odile Ferracci
F age 67
L street Chemin du Littoral
F duration 40 years
Q direct Odile Ferracci :: “My grandson has an inhaler at 9 years old. The port says ‘from 2041’. It is ten years too late.”
F age 9 years old
F date 2041
F duration ten years
> The air-quality association AtmoSud has measured nitrogen dioxide levels near the Joliette quays, which residents call “the chimney,” up to 38% higher on days when more than two cruise ships are docked. Cruise ships emitted about 1,900 tonnes of nitrogen oxides in the Marseille basin in 2039, more than all the cars in the city center, the association said in April.
O nonprofit AtmoSud
L facility Joliette
Q scare - :: “the chimney,”
F percent 38%
F number two
F quantity 1,900 tonnes
L city Marseille
F date 2039
> The prefect of the Bouches-du-Rhône, Hélène Castagnier-Roux, signed the order that makes the fine enforceable. Ms. Castagnier-Roux said in a statement that inspectors would board ships “without warning” and that repeat offenders could be refused entry to the port for up to six months.
L region Bouches-du-Rhône
P full Hélène Castagnier-Roux
P partial Castagnier-Roux
Q direct Hélène Castagnier-Roux :: “without warning”
F duration six months
> The Cruise Lines International Association (CLIA) said it supported shore power but that "many European ports are still not ready," and CLIA asked for a grace period for ships already booked for the 2041 season.
O nonprofit Cruise Lines International Association
O nonprofit CLIA
Q direct Cruise Lines International Association :: "many European ports are still not ready,"
O nonprofit CLIA
F date 2041
> Thibault Nègre-Amara, a researcher in atmospheric chemistry at Aix-Marseille University, said the fine was "a real signal" but would not be enough on its own. "A ship that stays nine hours and pays €150,000 is paying about €16,000 an hour to pollute. For the biggest operators, that is a rounding error," he said. He estimated that plugging in every ship would cut the port’s emissions at the quay by two-thirds.
P full Thibault Nègre-Amara
O education Aix-Marseille University
Q direct Thibault Nègre-Amara :: "a real signal"
Q direct Thibault Nègre-Amara :: "A ship that stays nine hours and pays €150,000 is paying about €16,000 an hour to pollute. For the biggest operators, that is a rounding error,"
F duration nine hours
F money €150,000
F money €16,000
F fraction two-thirds
> The first fines could in theory be issued on the morning of January 1. None is likely: the first call of 2041, by a 5,000-passenger ship, is due on January 4 at 7 am.
F date January 1
F date 2041
F number 5,000
F date January 4
F time 7 am
'''

ARTICLES['1725-celtics-bucks-game-5-td-garden-okafor-reyes-nbc-sports'] = r'''
> NBA
O other NBA
> Celtics Hold Off Bucks 112-104, Take 3-2 Series Lead Behind Okafor-Reyes’ 34
O team Celtics
O team Bucks
F score 112-104
F score 3-2
P partial Okafor-Reyes
F number 34
> By Marcus Delahunt
P full Marcus Delahunt
> Published May 6, 2042 10:58 PM EDT
F date May 6, 2042
F time 10:58 PM EDT
> Darnell Okafor-Reyes of the Boston Celtics drives against the Milwaukee Bucks during the fourth quarter of Game 5 at TD Garden. (Brian Okonkwo-Hale/NBAE via Getty Images)
P full Darnell Okafor-Reyes
O team Boston Celtics
O team Milwaukee Bucks
L facility TD Garden
P full Brian Okonkwo-Hale
O other NBAE
O company Getty Images
> BOSTON — Darnell Okafor-Reyes scored 34 points, Jalen Whitcombe added 21 points and 14 rebounds, and the Boston Celtics held off the Milwaukee Bucks 112-104 on Tuesday night to take a 3-2 lead in their Eastern Conference semifinal series. Game 6 is Thursday in Milwaukee.
L city BOSTON
P full Darnell Okafor-Reyes
F number 34
P full Jalen Whitcombe
F number 21
F number 14
O team Boston Celtics
O team Milwaukee Bucks
F score 112-104
F score 3-2
O other Eastern Conference
L city Milwaukee
> Boston led by as many as 19 early in the third quarter before Milwaukee answered with a 15-2 run, cutting the deficit to 88-84 with 8:41 left. Okafor-Reyes, 27, then hit back-to-back 3-pointers, and the Bucks never got closer than four points again. Okafor-Reyes went 12 for 21 from the field and made all eight of his free throws.
O team Boston
F number 19
O team Milwaukee
F score 15-2
F score 88-84
F time 8:41
P partial Okafor-Reyes
F age 27
F number 3
O team Bucks
F number four
P partial Okafor-Reyes
F number 12
F number 21
F number eight
> “We’ve been in this spot before, 2-2, with everybody wanting to talk about last year,” Okafor-Reyes said. “I told the guys at halftime, ‘Play the next possession. Not the series, not the next game. The next possession.’ That’s all it was.”
Q direct Darnell Okafor-Reyes :: “We’ve been in this spot before, 2-2, with everybody wanting to talk about last year,”
F score 2-2
P partial Okafor-Reyes
Q direct Darnell Okafor-Reyes :: “I told the guys at halftime, ‘Play the next possession. Not the series, not the next game. The next possession.’ That’s all it was.”
> Whitcombe, 24, finished with his fourth double-double of the series, and Boston grabbed 52 rebounds to Milwaukee’s 41.
P partial Whitcombe
F age 24
O team Boston
F number 52
O team Milwaukee
F number 41
> Kasimir Adeyemi-Stroud led Milwaukee with 31 points and 11 rebounds, but he shot 4 of 13 in the fourth quarter and fouled out with 1:12 to play. The Bucks made just 9 of 36 from 3-point range.
P full Kasimir Adeyemi-Stroud
O team Milwaukee
F number 31
F number 11
F number 4
F number 13
F time 1:12
O team Bucks
F number 9
F number 36
F number 3
> "I'm not going to blame the whistle," Adeyemi-Stroud said. "We had 48 minutes. We gave them 20 second-chance points. That's on us."
Q direct Kasimir Adeyemi-Stroud :: "I'm not going to blame the whistle,"
P partial Adeyemi-Stroud
Q direct Kasimir Adeyemi-Stroud :: "We had 48 minutes. We gave them 20 second-chance points. That's on us."
F duration 48 minutes
F number 20
> Bucks coach Lionel Petrosyan was less diplomatic. Milwaukee attempted 14 free throws to Boston’s 34, and Petrosyan said his team had been "on the wrong end of every close call" after halftime. "Our guys attacked the rim all night," he said. "You look at that number and tell me that's basketball."
O team Bucks
P full Lionel Petrosyan
O team Milwaukee
F number 14
O team Boston
F number 34
P partial Petrosyan
Q direct Lionel Petrosyan :: "on the wrong end of every close call"
Q direct Lionel Petrosyan :: "Our guys attacked the rim all night,"
Q direct Lionel Petrosyan :: "You look at that number and tell me that's basketball."
> Celtics coach Ronan McCaskill declined to take the bait. “He’s protecting his players. I’d do the same,” McCaskill said, before praising a bench that outscored Milwaukee’s 41-22.
O team Celtics
P full Ronan McCaskill
Q direct Ronan McCaskill :: “He’s protecting his players. I’d do the same,”
P partial McCaskill
O team Milwaukee
F score 41-22
> Backup center Theo Lindqvist-Amari, a 22-year-old rookie who had played seven minutes in the first four games of the series, gave Boston 18 minutes off the bench with nine points, eight rebounds and three blocks. Teammates have started calling the 7-foot-3 Swede "the Lighthouse."
P full Theo Lindqvist-Amari
F age 22-year-old
F duration seven minutes
F number four
O team Boston
F duration 18 minutes
F number nine
F number eight
F number three
F quantity 7-foot-3
Q scare - :: "the Lighthouse."
> “He’s been waiting since March for a night like this,” McCaskill said of Lindqvist-Amari. “Nobody in that locker room was surprised.”
Q direct Ronan McCaskill :: “He’s been waiting since March for a night like this,”
P partial McCaskill
P partial Lindqvist-Amari
Q direct Ronan McCaskill :: “Nobody in that locker room was surprised.”
> One Eastern Conference scout at the game said Milwaukee "looked out of gas in the last four minutes." The Bucks scored 2 points over a 4:05 stretch late in the fourth.
F number One
O other Eastern Conference
O team Milwaukee
Q direct - :: "looked out of gas in the last four minutes."
F duration four minutes
O team Bucks
F number 2
F duration 4:05
> The Celtics are 7-1 at home this postseason. Tipoff for Game 6 at Fiserv Forum in Milwaukee is set for 7:30 p.m. ET on Thursday, May 8.
O team Celtics
F score 7-1
L facility Fiserv Forum
L city Milwaukee
F time 7:30 p.m. ET
F date May 8
'''

ARTICLES['1726-jakarta-giant-sea-wall-contract-muara-angke-pluit-jakarta-post'] = r'''
> City
> Govt Signs Rp 48.6 Trillion Contract for Jakarta Giant Sea Wall
F money Rp 48.6 Trillion
L city Jakarta
> The first 12-kilometer section off North Jakarta will be built by an Indonesian-Dutch consortium, but fishermen in Muara Angke fear losing their way out to sea.
F quantity 12-kilometer
L city North Jakarta
L city Muara Angke
> Dewi Kartikasari (The Jakarta Post)
P full Dewi Kartikasari
O media The Jakarta Post
> Jakarta ● Wed, September 12, 2040
L city Jakarta
F date September 12, 2040
> Fishing boats are moored at the Muara Angke fishing port in North Jakarta on Sept. 10, 2040. (JP/Rizki Maulana Hasibuan)
L city Muara Angke
L city North Jakarta
F date Sept. 10, 2040
O media JP
P full Rizki Maulana Hasibuan
> The government signed a Rp 48.6 trillion (US$3 billion) contract on Tuesday for the first section of a giant sea wall off Jakarta’s northern coast, a project officials say is needed to keep the sinking city from flooding by the end of the 2040s.
F money Rp 48.6 trillion
F money US$3 billion
L city Jakarta
F date 2040s
> Public Works and Public Housing Minister Budi Santosa Wiratmaja signed the contract at the ministry’s office on Jl. Pattimura in South Jakarta with a consortium of state-owned PT Karya Pantai Utama and the Rotterdam-based engineering firm Kustwerk Delta. Work on the 12-km first phase, from Pluit to Ancol, is to start in March 2041 and take six years.
P full Budi Santosa Wiratmaja
L street Jl. Pattimura
L city South Jakarta
O company PT Karya Pantai Utama
L city Rotterdam
O company Kustwerk Delta
F quantity 12-km
L city Pluit
L city Ancol
F date March 2041
F duration six years
> “North Jakarta is sinking faster than almost any city in the world. In some places the land has dropped 25 centimeters in a single year,” Budi said. “We are not building a wall to stop the sea. We are buying time.”
Q direct Budi Santosa Wiratmaja :: “North Jakarta is sinking faster than almost any city in the world. In some places the land has dropped 25 centimeters in a single year,”
L city North Jakarta
F quantity 25 centimeters
P partial Budi
Q direct Budi Santosa Wiratmaja :: “We are not building a wall to stop the sea. We are buying time.”
> The Public Works and Public Housing Ministry said in a statement that some 40 percent of North Jakarta now lies below sea level, that land in parts of Pluit sinks 7.5 cm a year, more than 10 times the rate of sea-level rise, and that the wall was “the last line of defense” for 4.6 million residents.
O government Public Works and Public Housing Ministry
F percent 40 percent
L city North Jakarta
L city Pluit
F quantity 7.5 cm
F number 10
Q direct Public Works and Public Housing Ministry :: “the last line of defense”
F number 4.6 million
> Kustwerk Delta project director Maarten van Lier-Ouwehand said the first phase would include three pumping stations and a 600-hectare retention lagoon behind the wall. "The Dutch have lived below the sea for 800 years," he said. "But the Netherlands stopped its subsidence by stopping the pumping of groundwater. Jakarta must do the same, or in 20 years you will need a higher wall."
O company Kustwerk Delta
P full Maarten van Lier-Ouwehand
F number three
F quantity 600-hectare
Q direct Maarten van Lier-Ouwehand :: "The Dutch have lived below the sea for 800 years,"
F duration 800 years
Q direct Maarten van Lier-Ouwehand :: "But the Netherlands stopped its subsidence by stopping the pumping of groundwater. Jakarta must do the same, or in 20 years you will need a higher wall."
L country Netherlands
L city Jakarta
F duration 20 years
> In Muara Angke, fishermen fear the wall will lengthen their trips and kill the mangroves where they catch crabs. Karno, 58, who has fished from the kampong for four decades, said the run to open water now takes 40 minutes. “They say there will be a ‘gate’. One gate for 3,000 boats? We will queue like at the petrol station.
L city Muara Angke
P partial Karno
F age 58
F duration four decades
F duration 40 minutes
Q direct Karno :: “They say there will be a ‘gate’. One gate for 3,000 boats? We will queue like at the petrol station.
F number One
F number 3,000
> “My father fished here, and I fished here. My son drives an online motorcycle taxi now. Maybe that is the future,” Karno said.
Q direct Karno :: “My father fished here, and I fished here. My son drives an online motorcycle taxi now. Maybe that is the future,”
P partial Karno
> Under the contract, the consortium must dredge a 300-meter-wide navigation channel and pay Rp 15 million to each of about 1,200 households whose stilt houses stand in the wall’s path.
F quantity 300-meter
F money Rp 15 million
F number 1,200
> University of Indonesia hydrologist Ratna Sukmawati Harahap said the wall alone would not save the city. Her team found that 62 percent of large buildings in North Jakarta still draw groundwater from deep wells, half of them without a permit. “Without a real ban on deep wells, the wall is a very expensive bandage,” Ratna said.
O education University of Indonesia
P full Ratna Sukmawati Harahap
F percent 62 percent
L city North Jakarta
F fraction half
Q direct Ratna Sukmawati Harahap :: “Without a real ban on deep wells, the wall is a very expensive bandage,”
P partial Ratna
> A ministry official, who asked not to be named, said the second phase, running east toward Bekasi, was “still on the drawing board” and would need loans from Japan or the Netherlands.
L city Bekasi
Q direct - :: “still on the drawing board”
L country Japan
L country Netherlands
'''

ARTICLES['1727-vyasa-labs-bengaluru-ai-startup-series-b-konkan-ridge-business-standard'] = r'''
> Companies
> Bengaluru AI start-up Vyasa Labs raises $85 mn in round led by Mumbai's Konkan Ridge Capital
L city Bengaluru
O company Vyasa Labs
F money $85 mn
L city Mumbai
O company Konkan Ridge Capital
> The round values the company, founded in 2038, at $720 million; its co-founders say the money will go into models for 11 Indian languages
F date 2038
F money $720 million
F number 11
> Priyanka Nair-Hegde | Bengaluru
P full Priyanka Nair-Hegde
L city Bengaluru
> Last Updated : Feb 21 2040 | 11:42 PM IST
F date Feb 21 2040
F time 11:42 PM IST
> First Published: Feb 21 2040 | 7:05 PM IST
F date Feb 21 2040
F time 7:05 PM IST
> Vyasa Labs co-founders Arjun Raghavendra (left) and Sneha Kulkarni-Bose at the company’s office in Koramangala, Bengaluru. Photo: Vyasa Labs
O company Vyasa Labs
P full Arjun Raghavendra
P full Sneha Kulkarni-Bose
L city Koramangala
L city Bengaluru
O company Vyasa Labs
> Bengaluru-based artificial intelligence start-up Vyasa Labs has raised $85 million (about ₹706 crore) in a Series B round led by Mumbai’s Konkan Ridge Capital, the company said on Tuesday. Existing investors Nilgiri Partners and Singapore-based Straitline Ventures also took part.
L city Bengaluru
O company Vyasa Labs
F money $85 million
F money ₹706 crore
L city Mumbai
O company Konkan Ridge Capital
O company Nilgiri Partners
L country Singapore
O company Straitline Ventures
> The round values the company at $720 million, up from $210 million at its Series A in March 2039, two people familiar with the matter said. Vyasa builds speech and text models for 11 Indian languages, which it sells to banks, insurers and state governments for customer service.
F money $720 million
F money $210 million
F date March 2039
F number two
O company Vyasa
F number 11
> “Most Indians do not want to talk to their bank in English, and they should not have to,” said co-founder and chief executive Arjun Raghavendra, 34, a former researcher at the Indian Institute of Science (IISc). “Our Kannada model already handles 1.8 million calls a month for one public sector bank. We want that in Bhojpuri, in Odia, in Assamese.”
Q direct Arjun Raghavendra :: “Most Indians do not want to talk to their bank in English, and they should not have to,”
P full Arjun Raghavendra
F age 34
O education Indian Institute of Science
O education IISc
Q direct Arjun Raghavendra :: “Our Kannada model already handles 1.8 million calls a month for one public sector bank. We want that in Bhojpuri, in Odia, in Assamese.”
F number 1.8 million
F number one
> Raghavendra said about 60 per cent of the new money would go to computing, mostly graphics chips rented from data centres in Chennai and Hyderabad, and the rest to hiring. The company plans to grow from 240 employees to 400 by March 2041.
P partial Raghavendra
F percent 60 per cent
L city Chennai
L city Hyderabad
F number 240
F number 400
F date March 2041
> Co-founder and chief technology officer Sneha Kulkarni-Bose, 31, who leads a 90-person research team, said its largest model, with 34 billion parameters, was trained on 2 petabytes of text and 410,000 hours of speech recorded with consent in 14 states. "We pay every speaker. That is not charity, it is quality control," she said.
P full Sneha Kulkarni-Bose
F age 31
F number 90
F number 34 billion
F quantity 2 petabytes
F duration 410,000 hours
F number 14
Q direct Sneha Kulkarni-Bose :: "We pay every speaker. That is not charity, it is quality control,"
> Konkan Ridge Capital partner Farhan Qureshi-Mistry, who will join Vyasa’s board, said the fund had tracked the company for 18 months. “Everyone has a chatbot. Very few have a model that a farmer in Dharwad can speak to and get his crop insurance claim settled in four minutes,” he told Business Standard. He called Indian-language AI “the next UPI moment”.
O company Konkan Ridge Capital
P full Farhan Qureshi-Mistry
O company Vyasa
F duration 18 months
Q direct Farhan Qureshi-Mistry :: “Everyone has a chatbot. Very few have a model that a farmer in Dharwad can speak to and get his crop insurance claim settled in four minutes,”
L city Dharwad
F duration four minutes
O media Business Standard
Q direct Farhan Qureshi-Mistry :: “the next UPI moment”
> Funding for Indian AI start-ups rose 50 per cent to $3.9 billion in 2039, according to the National Association of Software and Service Companies (NASSCOM). "Investors have moved from 'sovereign AI' slogans to asking about revenue," said Kavitha Ramaswamy-Iyer, a NASSCOM vice-president. "Half of the companies we track still have fewer than 50 paying customers."
F percent 50 per cent
F money $3.9 billion
F date 2039
O nonprofit National Association of Software and Service Companies
O nonprofit NASSCOM
Q direct Kavitha Ramaswamy-Iyer :: "Investors have moved from 'sovereign AI' slogans to asking about revenue,"
P full Kavitha Ramaswamy-Iyer
O nonprofit NASSCOM
Q direct Kavitha Ramaswamy-Iyer :: "Half of the companies we track still have fewer than 50 paying customers."
F fraction Half
F number 50
> Vyasa reported revenue of ₹96 crore for 2039-40, three times the previous year’s, and a loss of ₹41.5 crore, according to filings with the Registrar of Companies. One analyst at a Bengaluru brokerage, who did not want to be named, called the valuation “rich but not crazy” for a company growing that fast.
O company Vyasa
F money ₹96 crore
F date 2039-40
F number three
F money ₹41.5 crore
O government Registrar of Companies
F number One
L city Bengaluru
Q direct - :: “rich but not crazy”
> The company said it would open an office in Lucknow in April, its second after Bengaluru.
L city Lucknow
L city Bengaluru
'''

ARTICLES['1728-gabba-olympic-rebuild-cost-review-woolloongabba-premier-courier-mail'] = r'''
> QLD News
L region QLD
> ‘Not a cent more’: Gabba’s Olympic rebuild cost $3.4bn, review finds
Q direct Natasha Kovacevic-Lowe :: ‘Not a cent more’
L facility Gabba
F money $3.4bn
> The final bill for the stadium at the heart of the 2032 Games came in $900m over budget, and the Premier says the state will not pay for its next stage.
F date 2032
F money $900m
> Lachlan Verity-Kane
P full Lachlan Verity-Kane
> September 9, 2037 - 5:00AM
F date September 9, 2037
F time 5:00AM
> The rebuilt Gabba at Woolloongabba, which seated 50,000 for the 2032 Games. Picture: Tahlia Brennock-Shaw
L facility Gabba
L city Woolloongabba
F number 50,000
F date 2032
P full Tahlia Brennock-Shaw
> THE Gabba’s rebuild for the 2032 Olympic and Paralympic Games cost $3.41 billion, $900 million more than the figure promised when the work was approved, an independent review has found.
L facility Gabba
F date 2032
F money $3.41 billion
F money $900 million
> The review by the Queensland Audit Office (QAO), tabled in state parliament on Tuesday, found 38 per cent of the blowout came from labour shortages and steel prices. The cost per seat reached $68,200, more than twice that of Perth’s Optus Stadium.
O government Queensland Audit Office
O government QAO
F percent 38 per cent
F money $68,200
L city Perth
L facility Optus Stadium
> Premier Natasha Kovacevic-Lowe said her government accepted all 14 of the QAO’s recommendations, but she ruled out spending more state money on the next stage, a $610m conversion of the old warm-up track into parkland and a bus interchange on Stanley St.
P full Natasha Kovacevic-Lowe
F number 14
O government QAO
F money $610m
L street Stanley St
> “Not a cent more. Queenslanders paid for the Games once, and they are not paying for them twice,” Ms Kovacevic-Lowe said. “If the council wants a park, the council can help fund a park.”
Q direct Natasha Kovacevic-Lowe :: “Not a cent more. Queenslanders paid for the Games once, and they are not paying for them twice,”
P partial Kovacevic-Lowe
Q direct Natasha Kovacevic-Lowe :: “If the council wants a park, the council can help fund a park.”
> Brisbane Lord Mayor Declan Ashworth-Tui said the council had already spent $120 million on roads and drainage around the precinct.
L city Brisbane
P full Declan Ashworth-Tui
F money $120 million
> “The state promised Woolloongabba a green legacy. Now it’s telling residents to take it up with City Hall,” Cr Ashworth-Tui said. “I’ll be writing to the Premier this morning.”
Q direct Declan Ashworth-Tui :: “The state promised Woolloongabba a green legacy. Now it’s telling residents to take it up with City Hall,”
L city Woolloongabba
O government City Hall
P partial Ashworth-Tui
Q direct Declan Ashworth-Tui :: “I’ll be writing to the Premier this morning.”
> Graham Pettigrew, 71, has lived on Vulture St for 43 years and looks out on the fenced lot that locals now call “the Moonscape”.
P full Graham Pettigrew
F age 71
L street Vulture St
F duration 43 years
Q scare - :: “the Moonscape”
> “They told us the Games would be 16 days of fun and then a park. We got the 16 days,” he said. “Now it’s a car park with a fence around it, and every morning at 6.30am the trucks start.
Q direct Graham Pettigrew :: “They told us the Games would be 16 days of fun and then a park. We got the 16 days,”
F duration 16 days
F duration 16 days
Q direct Graham Pettigrew :: “Now it’s a car park with a fence around it, and every morning at 6.30am the trucks start.
F time 6.30am
> “I’m 71. I’d like to see one tree planted out there before I go.”
Q direct Graham Pettigrew :: “I’m 71. I’d like to see one tree planted out there before I go.”
F age 71
F number one
> Griffith University sport economist Dr Mariana Feitosa-Clarke said Gabba-style blowouts were the rule, not the exception. “Olympic venues are built to a deadline, not a budget. The deadline doesn’t move, so the budget does,” she said.
O education Griffith University
P full Mariana Feitosa-Clarke
L facility Gabba
Q direct Mariana Feitosa-Clarke :: “Olympic venues are built to a deadline, not a budget. The deadline doesn’t move, so the budget does,”
> Dr Feitosa-Clarke said average crowds at the ground had risen just 9 per cent since the Games, to 27,400 for Brisbane Lions matches, and that a quarter of the seats sat empty on a typical match day. At that rate, she said, it would take 30 years of events to return the upgrade’s cost in economic activity.
P partial Feitosa-Clarke
F percent 9 per cent
F number 27,400
O team Brisbane Lions
F fraction a quarter
F duration 30 years
> A Stadiums Queensland spokeswoman said the venue had hosted 212 events since the Games and was “performing as expected for a stadium of its size”.
O government Stadiums Queensland
F number 212
Q direct - :: “performing as expected for a stadium of its size”
> The Premier’s office said a taskforce would report on the conversion by March 31, 2038.
F date March 31, 2038
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
