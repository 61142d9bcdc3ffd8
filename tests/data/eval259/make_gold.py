#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval259 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval259/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1597-versova-dahisar-link-road-first-stretch-opens-malad-koliwada-bmc-times-of-india'] = r'''
> Mumbai News
L city Mumbai
> Versova-Dahisar Link Road's First Stretch Opens, Andheri To Malad Now In 12 Minutes
L street Versova-Dahisar Link Road
L city Andheri
L city Malad
F duration 12 Minutes
> The Rs 4,350 crore, 6.2km Versova-Malad stretch will carry 70,000 vehicles a day; Koli fishermen say its piers have narrowed their route to the sea
F money Rs 4,350 crore
F quantity 6.2km
L city Versova
L city Malad
F number 70,000
> Ketaki Bhosle-Nair / TNN / Updated: Feb 26, 2041, 06:08 IST
P full Ketaki Bhosle-Nair
O media TNN
F date Feb 26, 2041
F time 06:08 IST
> Motorists on the new stretch near Malad on Monday. (TOI photo by Sachin Haldankar)
L city Malad
O media TOI
P full Sachin Haldankar
> MUMBAI: The first stretch of the Versova-Dahisar Link Road, which runs between Versova and Malad, opened to traffic at 7am on Monday, cutting the evening drive from Andheri to Malad from 45 minutes to about 12, the BMC said.
L city MUMBAI
L street Versova-Dahisar Link Road
L city Versova
L city Malad
F time 7am
L city Andheri
L city Malad
F duration 45 minutes
F duration 12
O government BMC
> The Brihanmumbai Municipal Corporation (BMC) has spent Rs 4,350 crore on the 6.2km stretch, which was built in 38 months. The full link road to Dahisar, 22.9km long, is estimated to cost Rs 16,620 crore and is due to be completed by December 2043.
O government Brihanmumbai Municipal Corporation
O government BMC
F money Rs 4,350 crore
F quantity 6.2km
F duration 38 months
L city Dahisar
F quantity 22.9km
F money Rs 16,620 crore
F date December 2043
> Chief minister Vaishali Patankar, who opened the road along with municipal commissioner Rajendra Deshmane, called it "only the beginning" of a corridor from Nariman Point to Bhayandar. "For 20 years the western suburbs have been told relief is coming. Today Versova to Malad takes less time than a cup of tea," she said.
P full Vaishali Patankar
P full Rajendra Deshmane
Q direct Vaishali Patankar :: "only the beginning"
L city Nariman Point
L city Bhayandar
Q direct Vaishali Patankar :: "For 20 years the western suburbs have been told relief is coming. Today Versova to Malad takes less time than a cup of tea,"
F duration 20 years
L city Versova
L city Malad
> "The Malad-Kandivli section is already 55% complete, and I have told the BMC that I want it open before the monsoon of 2042.
Q direct Vaishali Patankar :: "The Malad-Kandivli section is already 55% complete, and I have told the BMC that I want it open before the monsoon of 2042.
L city Malad
L city Kandivli
F percent 55%
O government BMC
F date 2042
> "Mumbai cannot keep waiting for roads that take 15 years to build," Patankar said.
Q direct Vaishali Patankar :: "Mumbai cannot keep waiting for roads that take 15 years to build,"
L city Mumbai
F duration 15 years
P partial Patankar
> Deshmane said the stretch would carry 70,000 vehicles a day within six months, and 1.2 lakh once the road reaches Dahisar. About 40% of peak-hour traffic on the Western Express Highway between Andheri and Malad could shift to the new road, he said.
P partial Deshmane
F number 70,000
F duration six months
F number 1.2 lakh
L city Dahisar
F percent 40%
L street Western Express Highway
L city Andheri
L city Malad
> The stretch has four lanes in each direction, a ramp at Lokhandwala and a 900-metre cable-stayed bridge over Malad Creek. The speed limit is 70km/h.
F number four
L city Lokhandwala
F quantity 900-metre
L geo Malad Creek
F quantity 70km/h
> In Versova Koliwada, the fishing village at the creek's mouth, boat owners say the piers have narrowed their channel to the sea.
L city Versova Koliwada
> "Before the work began, we could go out at 4am and be back by noon," said Dinesh Tandel, 58, who owns two trawlers. "Now the channel is only 40 metres wide near the piers. The engineers told us, 'You will get 60 metres, don't worry.' We never got it."
Q direct Dinesh Tandel :: "Before the work began, we could go out at 4am and be back by noon,"
F time 4am
P full Dinesh Tandel
F age 58
F number two
Q direct Dinesh Tandel :: "Now the channel is only 40 metres wide near the piers. The engineers told us, 'You will get 60 metres, don't worry.' We never got it."
F quantity 40 metres
F quantity 60 metres
> Tandel said 300 boats use the channel and the Versova Machhimar Sahakari Society had written to the BMC three times since 2039. A senior BMC official, who did not want to be named, said the channel would be dredged by April 30 and that the piers met the "minimum navigational width" agreed with fishermen. "We have paid Rs 126 crore as compensation to 1,180 fishing families so far," the official said.
P partial Tandel
F number 300
O nonprofit Versova Machhimar Sahakari Society
O government BMC
F number three
F date 2039
O government BMC
F date April 30
Q direct - :: "minimum navigational width"
Q direct - :: "We have paid Rs 126 crore as compensation to 1,180 fishing families so far,"
F money Rs 126 crore
F number 1,180
> Traffic expert Farhan Mistry of the Mumbai Mobility Forum was cautious. "A flyover that ends in a traffic jam just moves the jam. Unless the Link Road junction at Malad is widened, drivers will save ten minutes on the bridge and lose eight minutes at the signal," he said.
P full Farhan Mistry
O nonprofit Mumbai Mobility Forum
Q direct Farhan Mistry :: "A flyover that ends in a traffic jam just moves the jam. Unless the Link Road junction at Malad is widened, drivers will save ten minutes on the bridge and lose eight minutes at the signal,"
L street Link Road
L city Malad
F duration ten minutes
F duration eight minutes
> Mistry, 44, said the road, already nicknamed the "sea road", would serve the suburbs only once BEST buses use it.
P partial Mistry
F age 44
Q scare - :: "sea road"
O government BEST
> "I left Seven Bungalows at 8.15am and was in Malad by 8.29am. Fourteen minutes, no honking," said Reena D'Souza, a 36-year-old bank employee.
Q direct Reena D'Souza :: "I left Seven Bungalows at 8.15am and was in Malad by 8.29am. Fourteen minutes, no honking,"
L city Seven Bungalows
F time 8.15am
L city Malad
F time 8.29am
F duration Fourteen minutes
P full Reena D'Souza
F age 36-year-old
'''

ARTICLES['1598-norovirus-outbreak-cruise-ship-ocean-marisol-port-canaveral-cdc-cnn'] = r'''
> Health
> More than 400 sick as norovirus outbreak hits cruise ship off Florida
F number 400
L region Florida
> The Ocean Marisol cut its seven-night voyage short and is due back at Port Canaveral on Sunday, the CDC says
F duration seven-night
L facility Port Canaveral
O government CDC
> By Mara Whitfield and Tomás Echeverría, CNN
P full Mara Whitfield
P full Tomás Echeverría
O media CNN
> Updated 6:42 PM EDT, Sat March 16, 2041
F time 6:42 PM EDT
F date March 16, 2041
> Passengers on the decks of the Ocean Marisol off Florida on Saturday. Jordan Pelletier/Getty Images
L region Florida
P full Jordan Pelletier
O company Getty Images
> (CNN) — At least 412 passengers and 37 crew members aboard a cruise ship sailing off Florida have fallen ill with norovirus, federal health officials said Saturday. It is the largest shipboard outbreak in the United States in a decade.
O media CNN
F number 412
F number 37
L region Florida
L country United States
> The Ocean Marisol, operated by Miami-based Brightwater Cruise Line, left Port Canaveral on March 11 for a seven-night trip to the Bahamas and the Turks and Caicos Islands with 3,108 passengers and 1,264 crew on board. About 13% of passengers have reported vomiting or diarrhea, according to the Centers for Disease Control and Prevention (CDC).
L city Miami
O company Brightwater Cruise Line
L facility Port Canaveral
F date March 11
F duration seven-night
L country Bahamas
L region Turks and Caicos Islands
F number 3,108
F number 1,264
F percent 13%
O government Centers for Disease Control and Prevention
O government CDC
> Brightwater said it had cut the voyage short by one day and the ship would reach Port Canaveral early Sunday.
O company Brightwater
F duration one day
L facility Port Canaveral
> “The health and safety of our guests and crew is our highest priority,” company spokesperson Dana Okafor said in a statement. “We have increased cleaning across the ship, and unwell guests are being asked to stay in their staterooms.”
Q direct Dana Okafor :: “The health and safety of our guests and crew is our highest priority,”
P full Dana Okafor
Q direct Dana Okafor :: “We have increased cleaning across the ship, and unwell guests are being asked to stay in their staterooms.”
> Okafor said the ship would undergo a “deep sanitization” lasting between 24 and 36 hours before sailing again on Monday.
P partial Okafor
Q direct Dana Okafor :: “deep sanitization”
F duration 24
F duration 36 hours
> Dr. Helen Marchetti, a medical epidemiologist with the CDC, said four inspectors boarded the ship in Nassau on Thursday. Norovirus, often called the “cruise ship virus,” causes most outbreaks at sea, she said.
P full Helen Marchetti
O government CDC
F number four
L city Nassau
Q scare - :: “cruise ship virus,”
> “It spreads very easily on a ship. One sick person can infect dozens in a dining room in a single evening,” Marchetti told CNN. “What we are seeing on the Marisol is a large outbreak, but it is not an unusual one.
Q direct Helen Marchetti :: “It spreads very easily on a ship. One sick person can infect dozens in a dining room in a single evening,”
F number One
P partial Marchetti
O media CNN
Q direct Helen Marchetti :: “What we are seeing on the Marisol is a large outbreak, but it is not an unusual one.
> “Passengers should wash their hands with soap and water for at least 20 seconds. Hand sanitizer alone does not kill this virus.”
Q direct Helen Marchetti :: “Passengers should wash their hands with soap and water for at least 20 seconds. Hand sanitizer alone does not kill this virus.”
F duration 20 seconds
> Marchetti said the agency had counted 14 cruise ship outbreaks so far in 2041, against 18 in all of 2040.
P partial Marchetti
F number 14
F date 2041
F number 18
F date 2040
> Among the sick is Gary Lindqvist, 67, a retired teacher from Dayton, Ohio, traveling with his wife, Carol, for their 40th anniversary.
P full Gary Lindqvist
F age 67
L city Dayton
L region Ohio
P partial Carol
> “I was fine at dinner on Tuesday, and by 2 a.m. I couldn’t stand up,” Lindqvist said by phone. “They slid a card under the door that said ‘Please remain in your stateroom,’ and that was it for three days. We paid $4,800 for this trip.”
Q direct Gary Lindqvist :: “I was fine at dinner on Tuesday, and by 2 a.m. I couldn’t stand up,”
F time 2 a.m.
P partial Lindqvist
Q direct Gary Lindqvist :: “They slid a card under the door that said ‘Please remain in your stateroom,’ and that was it for three days. We paid $4,800 for this trip.”
F duration three days
F money $4,800
> He said the ship’s doctor had visited him twice. In a recorded message, which Lindqvist shared with CNN, the ship’s chief physician, Dr. Anil Varghese, said the medical center had treated 96 people on Friday and no one had been taken ashore.
P partial Lindqvist
O media CNN
P full Anil Varghese
F number 96
> “Most people recover in one to three days,” Varghese said in the message. “Please drink fluids, and call us if you cannot keep water down.”
Q direct Anil Varghese :: “Most people recover in one to three days,”
F duration one
F duration three days
P partial Varghese
Q direct Anil Varghese :: “Please drink fluids, and call us if you cannot keep water down.”
> Brightwater said passengers would get a 50% refund and a $500 credit toward a future cruise. A passenger who asked not to be identified said that was “not nearly enough” for a week in a cabin.
O company Brightwater
F percent 50%
F money $500
Q direct - :: “not nearly enough”
> The Canaveral Port Authority said the ship would dock at Cruise Terminal 10 at about 6 a.m. ET Sunday.
O government Canaveral Port Authority
L facility Cruise Terminal 10
F time 6 a.m. ET
'''

ARTICLES['1599-abu-dhabi-purple-line-metro-approved-khalifa-city-al-maryah-itc-the-national'] = r'''
> UAE
L country UAE
> Abu Dhabi approves Dh38 billion metro line linking Khalifa City to the island
L city Abu Dhabi
F money Dh38 billion
L city Khalifa City
> The 41km line with 26 stations is expected to carry 240,000 passengers a day when it opens in 2044
F quantity 41km
F number 26
F number 240,000
F date 2044
> Haneen Al Suwaidi
P full Haneen Al Suwaidi
> October 08, 2041
F date October 08, 2041
> Evening traffic on Sheikh Zayed Bin Sultan Street in Abu Dhabi. Photo: Reem Haddad / The National
L street Sheikh Zayed Bin Sultan Street
L city Abu Dhabi
P full Reem Haddad
O media The National
> Abu Dhabi has approved a Dh38 billion metro line that will run mostly underground from Khalifa City to Al Maryah Island, giving the capital its first heavy-rail link.
L city Abu Dhabi
F money Dh38 billion
L city Khalifa City
L geo Al Maryah Island
> The Integrated Transport Centre (ITC) said on Tuesday that the Executive Council had signed off on the 41km Purple Line, which will have 26 stations, 19 of them underground, and is expected to carry 240,000 passengers a day within five years of opening.
O government Integrated Transport Centre
O government ITC
O government Executive Council
F quantity 41km
L facility Purple Line
F number 26
F number 19
F number 240,000
F duration five years
> “This line is the backbone of the network we have been planning since 2030,” said Eng. Salem Al Khoori, director of public transport at the ITC.
Q direct Salem Al Khoori :: “This line is the backbone of the network we have been planning since 2030,”
F date 2030
P full Salem Al Khoori
O government ITC
> “Today a resident of Khalifa City spends 50 to 70 minutes in a car to reach the Corniche in the morning. On the metro it will be 31 minutes, every day, whatever the traffic.”
Q direct Salem Al Khoori :: “Today a resident of Khalifa City spends 50 to 70 minutes in a car to reach the Corniche in the morning. On the metro it will be 31 minutes, every day, whatever the traffic.”
L city Khalifa City
F duration 50
F duration 70 minutes
L street Corniche
F duration 31 minutes
> Mr Al Khoori said tunnelling would begin in the second quarter of 2042 and that the first trains, each with six carriages, would run in late 2044. Construction contracts worth Dh21.6 billion will be tendered in three packages from January.
P partial Al Khoori
F date 2042
F number six
F date 2044
F money Dh21.6 billion
F number three
> The route will run from Khalifa City through Mohammed Bin Zayed City and along Airport Road, with interchanges at Zayed Sports City and the central bus station, before crossing under the Maqta Channel to the island.
L city Khalifa City
L city Mohammed Bin Zayed City
L street Airport Road
L facility Zayed Sports City
L geo Maqta Channel
> Fares have not been set, but the ITC said they would be “in line with” the Dh2 base fare on public buses.
O government ITC
Q direct Integrated Transport Centre :: “in line with”
F money Dh2
> For Mariam Al Hammadi, 34, a teacher who lives in Khalifa City and works near the Corniche, the line cannot come soon enough.
P full Mariam Al Hammadi
F age 34
L city Khalifa City
L street Corniche
> “My son asks me, ‘Mama, why are we always in the car?’ I leave at 6.15am and I am home after 5pm. That is almost 11 hours for a seven-hour job,” she said. She spends about Dh1,400 a month on petrol and parking.
Q direct Mariam Al Hammadi :: “My son asks me, ‘Mama, why are we always in the car?’ I leave at 6.15am and I am home after 5pm. That is almost 11 hours for a seven-hour job,”
F time 6.15am
F time 5pm
F duration 11 hours
F duration seven-hour
F money Dh1,400
> Transport consultant Rahul Menon, a partner at Dunecrest Mobility Advisory in Dubai, said the cost of about Dh927 million per kilometre was “high but not unusual” for a line that is mostly underground.
P full Rahul Menon
O company Dunecrest Mobility Advisory
L city Dubai
F money Dh927 million
Q direct Rahul Menon :: “high but not unusual”
> “The risk is not the tunnel. The risk is the last kilometre,” he said. “If people still need a car to reach the station, half of them will just stay in the car.”
Q direct Rahul Menon :: “The risk is not the tunnel. The risk is the last kilometre,”
Q direct Rahul Menon :: “If people still need a car to reach the station, half of them will just stay in the car.”
F fraction half
> Mr Menon said only one in four trips in the emirate was made by public transport, against a target of 25 per cent by 2040 that was missed. Abu Dhabi’s population passed 4.1 million last year.
P partial Menon
F number one
F number four
F percent 25 per cent
F date 2040
L city Abu Dhabi
F number 4.1 million
> An official at the Department of Municipalities and Transport, who asked not to be named, said the Purple Line was the first of the so-called “city-to-island” corridors. “Two more lines are under study, one of them to Saadiyat,” the official said.
O government Department of Municipalities and Transport
L facility Purple Line
Q scare - :: “city-to-island”
Q direct - :: “Two more lines are under study, one of them to Saadiyat,”
F number Two
L geo Saadiyat
'''

ARTICLES['1600-perth-scorchers-beat-sydney-sixers-bbl-final-optus-stadium-kerrigan-ashby-guardian-australia'] = r'''
> Big Bash League
O other Big Bash League
> ‘We just kept believing’: Scorchers beat Sixers to claim sixth BBL title
Q direct Liam Kerrigan :: ‘We just kept believing’
O team Scorchers
O team Sixers
O other BBL
> Perth captain Liam Kerrigan’s 74 off 41 balls and Tom Ashby’s 4-22 sink Sydney in front of 58,411 at Optus Stadium
O team Perth
P full Liam Kerrigan
F number 74
F number 41
P full Tom Ashby
F score 4-22
O team Sydney
F number 58,411
L facility Optus Stadium
> Callum Fairweather at Optus Stadium
P full Callum Fairweather
L facility Optus Stadium
> Sun 27 Jan 2041 01.12 AEDT
F date 27 Jan 2041
F time 01.12 AEDT
> Perth Scorchers captain Liam Kerrigan lifts the trophy after the final in Perth. Photograph: Daniel Carrow/Getty Images
O team Perth Scorchers
P full Liam Kerrigan
L city Perth
P full Daniel Carrow
O company Getty Images
> The Perth Scorchers are Big Bash League champions for a sixth time after a 23-run victory over the Sydney Sixers in Saturday night’s final, built on a captain’s innings from Liam Kerrigan and four late wickets from the left-arm seamer Tom Ashby.
O team Perth Scorchers
O other Big Bash League
F number 23
O team Sydney Sixers
P full Liam Kerrigan
F number four
P full Tom Ashby
> A crowd of 58,411, the second-biggest for a BBL match in Perth, watched the Scorchers post 6-187 and then bowl the Sixers out for 164 in 19.2 overs.
F number 58,411
O other BBL
L city Perth
O team Scorchers
F score 6-187
O team Sixers
F score 164
F number 19.2
> Kerrigan, 31, came in at 2-19 in the fourth over and made 74 from 41 balls, with six fours and five sixes, before he was caught at long-on in the 18th over.
P partial Kerrigan
F age 31
F score 2-19
F number 74
F number 41
F number six
F number five
> “I said to the boys at the break, ‘If we get 180, we win this,’” Kerrigan said. “We got a few more than that. It’s the best night of my cricket life, honestly. We just kept believing, even when we were two down early.”
Q direct Liam Kerrigan :: “I said to the boys at the break, ‘If we get 180, we win this,’”
F number 180
P partial Kerrigan
Q direct Liam Kerrigan :: “We got a few more than that. It’s the best night of my cricket life, honestly. We just kept believing, even when we were two down early.”
F number two
> Ashby, 24, took 4-22 from his four overs, removing Sixers captain Josh Pellegrino (47) and the dangerous Hamish Doyle in the same over to end a stand of 68. The 198cm quick, known to his Scorchers teammates as “the Metronome”, has now taken 61 wickets in three seasons.
P partial Ashby
F age 24
F score 4-22
F number four
O team Sixers
P full Josh Pellegrino
F number 47
P full Hamish Doyle
F number 68
F quantity 198cm
O team Scorchers
Q scare - :: “the Metronome”
F number 61
F number three
> Chasing 188, the Sixers needed 52 from the last five overs with six wickets in hand. Ashby then conceded only three runs in the 17th over and removed both set batters.
F number 188
O team Sixers
F number 52
F number five
F number six
P partial Ashby
F number three
> “Credit to Perth, they were better than us on the night,” Pellegrino said. “Tom bowled beautifully at the death. We lost two wickets in that 17th over and that was the game.”
Q direct Josh Pellegrino :: “Credit to Perth, they were better than us on the night,”
O team Perth
P partial Pellegrino
Q direct Josh Pellegrino :: “Tom bowled beautifully at the death. We lost two wickets in that 17th over and that was the game.”
P partial Tom
F number two
> Sixers coach Marcus Hale said the side would “take a long look” at its death bowling before next season. Sydney conceded 71 runs from their last four overs and have now lost three of the past four finals.
O team Sixers
P full Marcus Hale
Q direct Marcus Hale :: “take a long look”
O team Sydney
F number 71
F number four
F number three
F number four
> Nathan Okoro top-scored for the visitors with 53 off 30 balls, and the 19-year-old Jai Whitlam hit three sixes in a late 28 before he was run out.
P full Nathan Okoro
F number 53
F number 30
F age 19-year-old
P full Jai Whitlam
F number three
F number 28
> The final started 25 minutes late after a storm swept in from the Swan River at 6.50pm AWST, but not a single over was lost.
F duration 25 minutes
L geo Swan River
F time 6.50pm AWST
> Cricket Australia said a season attendance of 1.42 million was a record and that the league was “in the best health it has ever been”. Its chief executive will meet the eight clubs in Melbourne on 14 February to discuss a 12-team competition from 2043-44.
O other Cricket Australia
F number 1.42 million
Q direct Cricket Australia :: “in the best health it has ever been”
F number eight
L city Melbourne
F date 14 February
F number 12
F date 2043-44
'''

ARTICLES['1601-catalonia-drought-emergency-lifted-sau-reservoir-lleida-farmers-euronews'] = r'''
> Europe
L continent Europe
> Catalonia lifts drought emergency as spring rains refill the Sau reservoir
L region Catalonia
L facility Sau
> Reservoirs in Catalonia's inland basins are at 58% of capacity, up from 16% in January, but farmers in Lleida say the damage has already been done
L region Catalonia
F percent 58%
F percent 16%
L region Lleida
> By Núria Castellví Puig with EFE
P full Núria Castellví Puig
O media EFE
> Published on 14/04/2043 - 10:18 GMT+2 • Updated 12:40
F date 14/04/2043
F time 10:18 GMT+2
F time 12:40
> The Sau reservoir in the province of Barcelona, pictured on 11 April 2043. - Copyright AP Photo/Jordi Vallverdú
L facility Sau
L region Barcelona
F date 11 April 2043
O media AP
P full Jordi Vallverdú
> The Catalan government has lifted the drought emergency in Barcelona and 202 surrounding municipalities in north-east Spain after weeks of heavy rain, ending water restrictions that had been in place for 14 months.
L city Barcelona
F number 202
L country Spain
F duration 14 months
> Reservoirs in the Ter-Llobregat system, which supplies about six million people, stood at 58% of capacity on Monday, according to the Catalan Water Agency (ACA). In January they were at 16%, the lowest level since records began in 1990.
L geo Ter
L geo Llobregat
F number six million
F percent 58%
O government Catalan Water Agency
O government ACA
F percent 16%
F date 1990
> The Sau reservoir, which became a symbol of the drought when the bell tower of the drowned village of Sant Romà de Sau rose out of the water in 2042, is now 71% full.
L facility Sau
L city Sant Romà de Sau
F date 2042
F percent 71%
> "We have gone from the worst drought in a century to reservoirs at 58% in twelve weeks," Catalan climate minister Marta Ferrer i Solà told a news conference in Barcelona. "But this is not the end of the story. The climate has changed, and we must plan for the next drought as if it will start tomorrow.
Q direct Marta Ferrer i Solà :: "We have gone from the worst drought in a century to reservoirs at 58% in twelve weeks,"
F percent 58%
F duration twelve weeks
P full Marta Ferrer i Solà
L city Barcelona
Q direct Marta Ferrer i Solà :: "But this is not the end of the story. The climate has changed, and we must plan for the next drought as if it will start tomorrow.
> "That is why the desalination plant at Tordera will grow to 80 cubic hectometres a year by 2046, whatever the rain does."
Q direct Marta Ferrer i Solà :: "That is why the desalination plant at Tordera will grow to 80 cubic hectometres a year by 2046, whatever the rain does."
L city Tordera
F quantity 80 cubic hectometres
F date 2046
> Ferrer i Solà said the household limit would rise from 180 to 200 litres per person per day, and that the €0.35 per cubic metre drought surcharge on bills would be scrapped from 1 May.
P partial Ferrer i Solà
F quantity 180
F quantity 200 litres
F money €0.35
F date 1 May
> For farmers in the west of the region, the rain came too late. In Lleida, where orchards and olive groves depend on the Urgell canal, irrigation was cut by 80% last summer.
L region Lleida
L facility Urgell
F percent 80%
> "I lost 40% of my peaches, and I made 120 hectolitres of olive oil instead of about 300," said Jaume Pujol Vilaró, 62, who farms 35 hectares near Alcarràs. "The reservoirs are full now, great. My trees died in August."
Q direct Jaume Pujol Vilaró :: "I lost 40% of my peaches, and I made 120 hectolitres of olive oil instead of about 300,"
F percent 40%
F quantity 120 hectolitres
F quantity 300
P full Jaume Pujol Vilaró
F age 62
F quantity 35 hectares
L city Alcarràs
Q direct Jaume Pujol Vilaró :: "The reservoirs are full now, great. My trees died in August."
> Pujol said the farmers' union Unió de Pagesos had asked the Generalitat for €45 million in aid for growers who lost more than a third of their harvest.
P partial Pujol
O nonprofit Unió de Pagesos
O government Generalitat
F money €45 million
F fraction a third
> Hydrologist Oriol Sabaté Riera of the University of Barcelona said the recovery was fragile. "The rain of March and April was exceptional, about 310 litres per square metre in parts of the Montseny massif. We cannot expect that every spring," he said.
P full Oriol Sabaté Riera
O education University of Barcelona
Q direct Oriol Sabaté Riera :: "The rain of March and April was exceptional, about 310 litres per square metre in parts of the Montseny massif. We cannot expect that every spring,"
F quantity 310 litres per square metre
L geo Montseny
> Sabaté said aquifers in the Llobregat delta, which supply almost a fifth of Barcelona's water, were still 30% below normal and could take "two or three years" to recover.
P partial Sabaté
L geo Llobregat
F fraction a fifth
L city Barcelona
F percent 30%
Q direct Oriol Sabaté Riera :: "two or three years"
F duration two
F duration three years
> Last year Madrid sent 24 tankers of drinking water to the port of Barcelona, a measure critics dubbed the "floating pipeline". An ACA official, speaking on condition of anonymity, said: "We will keep the pre-alert status in the Muga and Fluvià basins until at least June."
L city Madrid
F number 24
L city Barcelona
Q scare - :: "floating pipeline"
O government ACA
Q direct - :: "We will keep the pre-alert status in the Muga and Fluvià basins until at least June."
L geo Muga
L geo Fluvià
'''

ARTICLES['1602-crestline-burger-menu-price-increase-earnings-call-franchisee-toledo-business-insider'] = r'''
> Crestline Burger is raising menu prices again — and says its customers will keep coming
O company Crestline Burger
> Ivy Carrothers
P full Ivy Carrothers
> Aug 6, 2042, 1:47 PM ET
F date Aug 6, 2042
F time 1:47 PM ET
> A Crestline Burger restaurant in Columbus, Ohio. Jessica Arlen/Business Insider
O company Crestline Burger
L city Columbus
L region Ohio
P full Jessica Arlen
O media Business Insider
> Crestline Burger will raise menu prices by an average of 4.5% in September, the fast-food chain's finance chief said on an earnings call on Tuesday.
O company Crestline Burger
F percent 4.5%
> It is the third increase in 12 months for the Louisville-based chain, which runs or franchises 2,140 restaurants in 31 states.
F duration 12 months
L city Louisville
F number 2,140
F number 31
> "We have been very deliberate about pricing," Chief Financial Officer Rebecca Thornquist told analysts. "Beef costs are up 18% year over year, and labor is up about 6%. We are not passing all of that on to the guest."
Q direct Rebecca Thornquist :: "We have been very deliberate about pricing,"
P full Rebecca Thornquist
Q direct Rebecca Thornquist :: "Beef costs are up 18% year over year, and labor is up about 6%. We are not passing all of that on to the guest."
F percent 18%
F percent 6%
> Thornquist said the chain's best-selling double cheeseburger, the Ridgeline, would go from $7.49 to $7.89 at most company-owned stores, while the $5 "Stack Deal" would stay on the menu "through the end of the year, at least."
P partial Thornquist
F money $7.49
F money $7.89
F money $5
Q scare - :: "Stack Deal"
Q direct Rebecca Thornquist :: "through the end of the year, at least."
> Same-store sales rose 2.3% in the second quarter, which ended June 29, but traffic — the number of transactions — fell 1.8%, Crestline said. Revenue was $1.28 billion, up from $1.19 billion a year earlier, and net income rose to $96.4 million, or 84 cents a share.
F percent 2.3%
F date June 29
F percent 1.8%
O company Crestline
F money $1.28 billion
F money $1.19 billion
F money $96.4 million
F money 84 cents
> The operating margin narrowed by 0.4 percentage point to 12.1%, and the company said it expected costs to stay high "over the next two quarters," as the industry's so-called "value wars," which began in 2040, drag on.
F percent 0.4 percentage point
F percent 12.1%
Q direct Crestline Burger :: "over the next two quarters,"
F duration two quarters
Q scare - :: "value wars,"
F date 2040
> Franchisees are split. Dwayne Kessler, who owns 14 Crestline restaurants around Toledo, Ohio, said his customers had already started "trading down."
P full Dwayne Kessler
F number 14
O company Crestline
L city Toledo
L region Ohio
Q direct Dwayne Kessler :: "trading down."
> "I've got a lunch crowd that used to buy a combo for two people and now buys one sandwich and splits it," Kessler told Business Insider. "My labor went up $2 an hour in January when Ohio raised the minimum wage. I understand why corporate is doing this. I just don't know how much more my guests can take."
Q direct Dwayne Kessler :: "I've got a lunch crowd that used to buy a combo for two people and now buys one sandwich and splits it,"
F number two
F number one
P partial Kessler
O media Business Insider
Q direct Dwayne Kessler :: "My labor went up $2 an hour in January when Ohio raised the minimum wage. I understand why corporate is doing this. I just don't know how much more my guests can take."
F money $2
L region Ohio
> Kessler, 52, said sales at his stores were down about 3% since the spring.
P partial Kessler
F age 52
F percent 3%
> Priya Venkataraman, an analyst at Bayard Lyle Securities, said in a note that Crestline's prices were now about 11% above the industry average.
P full Priya Venkataraman
O company Bayard Lyle Securities
O company Crestline
F percent 11%
> "Crestline has a loyal customer base, but loyalty has a price ceiling," Venkataraman wrote. "We think the chain has room for one more increase, maybe two, before traffic breaks."
Q direct Priya Venkataraman :: "Crestline has a loyal customer base, but loyalty has a price ceiling,"
O company Crestline
P partial Venkataraman
Q direct Priya Venkataraman :: "We think the chain has room for one more increase, maybe two, before traffic breaks."
F number one
F number two
> She said Crestline shares, which fell 4% to $38.20 on Tuesday, had lost a quarter of their value since January.
O company Crestline
F percent 4%
F money $38.20
F fraction a quarter
> At a Crestline on High Street in Columbus on Wednesday, Tasha Monroe, 27, said she now comes once a week instead of three times. "It's $11 for a combo now. Two years ago it was like $8.50," she said.
O company Crestline
L street High Street
L city Columbus
P full Tasha Monroe
F age 27
F number three
Q direct Tasha Monroe :: "It's $11 for a combo now. Two years ago it was like $8.50,"
F money $11
F duration Two years
F money $8.50
> A Crestline spokesperson said in an email that the company still plans to open 85 to 95 restaurants this year, including its first in Texas. "Our guests tell us we are still worth the trip," the spokesperson said.
O company Crestline
F number 85
F number 95
L region Texas
Q direct - :: "Our guests tell us we are still worth the trip,"
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
