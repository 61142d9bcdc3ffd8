#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval141 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval141/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['889-iditarod-unalakleet-kangas-pruett-leads-coast-standings-anchorage-daily-news'] = r'''
> Iditarod
> Kangas-Pruett first to the coast as Iditarod leaders bunch up in Unalakleet
P partial Kangas-Pruett
L city Unalakleet
> Four teams reach the Bering Sea checkpoint within two hours; about 260 miles remain to Nome
F number Four
L geo Bering Sea
F duration two hours
F quantity 260 miles
L city Nome
> By Tovah Nakamura-Leask
P full Tovah Nakamura-Leask
> Updated: March 13, 2040 Published: March 12, 2040
F date March 13, 2040
F date March 12, 2040
> Dana Kangas-Pruett mushes into the Unalakleet checkpoint on Monday, March 12, 2040, with 11 dogs in harness. (Joaquin Ahgeak / ADN)
P full Dana Kangas-Pruett
L city Unalakleet
F date March 12, 2040
F number 11
P full Joaquin Ahgeak
O media ADN
> UNALAKLEET — Dana Kangas-Pruett of Two Rivers was the first musher to reach the coast in the 2040 Iditarod, pulling into Unalakleet at 3:47 a.m. Monday after the 85-mile portage from Kaltag. But the 44-year-old had little time to enjoy the lead: three more teams arrived within 1 hour, 52 minutes.
L city UNALAKLEET
P full Dana Kangas-Pruett
L city Two Rivers
F date 2040
L city Unalakleet
F time 3:47 a.m.
F quantity 85-mile
L city Kaltag
F age 44-year-old
F number three
F duration 1 hour
F duration 52 minutes
> "I thought I had a bigger cushion. Then I looked back on the portage and saw headlamps, three of them," Kangas-Pruett said as she spread straw for her dogs. "My husband texted me 'go to sleep,' so I'm going to sleep."
Q direct Dana Kangas-Pruett :: "I thought I had a bigger cushion. Then I looked back on the portage and saw headlamps, three of them,"
Q direct Dana Kangas-Pruett :: "My husband texted me 'go to sleep,' so I'm going to sleep."
F number three
P partial Kangas-Pruett
> Sigrid Bø Haugland, a 29-year-old rookie from Norway who has trained in Willow for the past four years, was 38 minutes back. Kotzebue's Elijah "Sonny" Nasruk and Ruben Castellanos-Finch, a four-time champion from Fairbanks, followed.
P full Sigrid Bø Haugland
F age 29-year-old
L country Norway
L city Willow
F duration four years
F duration 38 minutes
L city Kotzebue
P full Elijah "Sonny" Nasruk
Q scare - :: "Sonny"
P full Ruben Castellanos-Finch
F number four
L city Fairbanks
> All four front-runners have taken their mandatory 24-hour layover and the eight-hour stop on the Yukon River. Each must still rest eight hours at White Mountain, 77 miles from Nome.
F number four
F duration 24-hour
F duration eight-hour
L geo Yukon River
F duration eight hours
L city White Mountain
F quantity 77 miles
L city Nome
> Bø Haugland, who learned to run dogs at her uncle's kennel outside Tromsø, said her team was eating well. "They are like a train. I just have to stay on the sled," she said. Her lead dog, a 6-year-old female named Juneau, "has not missed a turn since Skwentna," she added.
P partial Bø Haugland
L city Tromsø
F duration 6-year-old
L city Skwentna
Q direct Sigrid Bø Haugland :: "They are like a train. I just have to stay on the sled,"
Q direct Sigrid Bø Haugland :: "has not missed a turn since Skwentna,"
> Nasruk, 51, grew up running dogs on the Kobuk River and last ran the race in 2031. He dropped two dogs in Kaltag with sore wrists and is down to 10.
P partial Nasruk
F age 51
L geo Kobuk River
F date 2031
F number two
L city Kaltag
F number 10
> "These dogs know the coast," he said. "My grandfather used to tell me, 'The dogs don't care who is ahead.' I'm trying to think like that."
Q direct Elijah Nasruk :: "These dogs know the coast,"
Q direct Elijah Nasruk :: "My grandfather used to tell me, 'The dogs don't care who is ahead.' I'm trying to think like that."
> Castellanos-Finch, 57, said his team had "plenty left." "I've won this race from fourth place at Unalakleet before," he said.
P partial Castellanos-Finch
F age 57
L city Unalakleet
Q direct Ruben Castellanos-Finch :: "plenty left."
Q direct Ruben Castellanos-Finch :: "I've won this race from fourth place at Unalakleet before,"
> The National Weather Service forecast winds of 30 to 40 mph on Norton Sound by Tuesday night, with temperatures near minus 20 degrees, and warned of "ground blizzard conditions" between Shaktoolik and Koyuk.
O government National Weather Service
F quantity 30
F quantity 40 mph
L geo Norton Sound
F quantity minus 20 degrees
L city Shaktoolik
L city Koyuk
Q direct National Weather Service :: "ground blizzard conditions"
> In a statement, the Iditarod Trail Committee (ITC) said trail breakers had marked the 50-mile crossing of the sea ice and that the route was "in good shape for now." An ITC official in Unalakleet, who was not authorized to speak publicly, said teams could be held at Shaktoolik if the storm arrives. "Nobody is going to be sent onto the ice in a whiteout," the official said.
O nonprofit Iditarod Trail Committee
O nonprofit ITC
F quantity 50-mile
O nonprofit ITC
L city Unalakleet
L city Shaktoolik
Q direct Iditarod Trail Committee :: "in good shape for now."
Q direct - :: "Nobody is going to be sent onto the ice in a whiteout,"
> Race officials expect the winner in Nome late Wednesday or early Thursday. Last year's champion finished in 8 days, 14 hours, 22 minutes, and this year's winner collects $62,500 from a purse of $610,000.
L city Nome
F duration 8 days
F duration 14 hours
F duration 22 minutes
F money $62,500
F money $610,000
> Standings at Unalakleet (arrival Monday, dogs in harness):
L city Unalakleet
> 1. Dana Kangas-Pruett, Two Rivers, 3:47 a.m., 11 dogs
P full Dana Kangas-Pruett
L city Two Rivers
F time 3:47 a.m.
F number 11
> 2. Sigrid Bø Haugland, Willow, 4:25 a.m., 12 dogs
P full Sigrid Bø Haugland
L city Willow
F time 4:25 a.m.
F number 12
> 3. Elijah Nasruk, Kotzebue, 5:10 a.m., 10 dogs
P full Elijah Nasruk
L city Kotzebue
F time 5:10 a.m.
F number 10
> 4. Ruben Castellanos-Finch, Fairbanks, 5:39 a.m., 12 dogs
P full Ruben Castellanos-Finch
L city Fairbanks
F time 5:39 a.m.
F number 12
> 5. Marisol Deschênes, Salcha, 9:16 a.m., 9 dogs
P full Marisol Deschênes
L city Salcha
F time 9:16 a.m.
F number 9
> Tovah Nakamura-Leask covers rural Alaska for the Anchorage Daily News.
P full Tovah Nakamura-Leask
L region Alaska
O media Anchorage Daily News
'''

ARTICLES['890-cruise-berth-fees-dockyard-hamilton-minister-tour-operators-royal-gazette'] = r'''
> News
> Cruise berth fees to rise 28 per cent at Dockyard and Hamilton
F percent 28 per cent
L facility Dockyard
L city Hamilton
> Minister says increase will pay for wharf repairs; tour operators fear shorter calls
> By Marisa Furtado
P full Marisa Furtado
> Created: Apr 18, 2039 07:52 AM
F date Apr 18, 2039
F time 07:52 AM
> Passengers leave the Seaward Spirit at Heritage Wharf in Dockyard last June (Photograph by Dionne Lambe)
L facility Heritage Wharf
L facility Dockyard
P full Dionne Lambe
> Cruise lines will pay 28 per cent more to dock in Bermuda from next year after the House of Assembly approved higher passenger and berthing fees at Dockyard and Hamilton on Friday night.
F percent 28 per cent
L country Bermuda
O government House of Assembly
L facility Dockyard
L city Hamilton
> Cordell Trott-Simmons, the Minister of Transport, told MPs that the head tax paid for each cruise passenger would rise from $25 to $32 on January 1, 2040, while the berthing charge for a large ship at Heritage Wharf would go from $18,500 to $23,700 a call.
P full Cordell Trott-Simmons
F money $25
F money $32
F date January 1, 2040
L facility Heritage Wharf
F money $18,500
F money $23,700
> “Our wharves at Dockyard were designed for the ships of 20 years ago. The ships that call today are 330 metres long and carry 5,000 passengers,” Mr Trott-Simmons said. “The fenders and bollards at King’s Wharf are showing their age.
Q direct Cordell Trott-Simmons :: “Our wharves at Dockyard were designed for the ships of 20 years ago. The ships that call today are 330 metres long and carry 5,000 passengers,”
Q direct Cordell Trott-Simmons :: “The fenders and bollards at King’s Wharf are showing their age.
L facility Dockyard
F duration 20 years
F quantity 330 metres
F number 5,000
P partial Trott-Simmons
L facility King’s Wharf
> “Nobody wants to tell a cruise line that its ship cannot berth because our dock is not safe.”
Q direct Cordell Trott-Simmons :: “Nobody wants to tell a cruise line that its ship cannot berth because our dock is not safe.”
> He said the increase would raise about BD$2.1 million a year, money that would be set aside for repairs at Dockyard, at the Front Street berths in Hamilton and at Penno’s Wharf in St George’s “and not disappear into general revenue”.
F money BD$2.1 million
L facility Dockyard
L street Front Street
L city Hamilton
L facility Penno’s Wharf
L city St George’s
Q direct Cordell Trott-Simmons :: “and not disappear into general revenue”
> Bermuda expects 184 cruise calls and about 640,000 passengers this year, according to the Bermuda Tourism Authority (BTA). Cruise visitors spent an average of US$146 each ashore last year, the BTA said.
L country Bermuda
F number 184
F number 640,000
O government Bermuda Tourism Authority
O government BTA
F money US$146
O government BTA
> “We have compared ourselves with Nassau, Cozumel and St Maarten. Even after this increase, Bermuda will not be the most expensive stop on a cruise from New York,” the minister said.
Q direct Cordell Trott-Simmons :: “We have compared ourselves with Nassau, Cozumel and St Maarten. Even after this increase, Bermuda will not be the most expensive stop on a cruise from New York,”
L city Nassau
L geo Cozumel
L country St Maarten
L country Bermuda
L city New York
> Tour operators in the West End are less sure. LaDonna Smith-Ming, who runs Sandys Sea Excursions, a glass-bottom boat and snorkelling business at Dockyard, said the lines always answered higher fees by cutting time in port.
L region West End
P full LaDonna Smith-Ming
O company Sandys Sea Excursions
L facility Dockyard
> “If a ship stays 48 hours instead of 72, that is a whole day gone for every operator in Dockyard, every taxi and every minibus,” she said. “We are not against maintenance. We are against finding out from the radio.”
Q direct LaDonna Smith-Ming :: “If a ship stays 48 hours instead of 72, that is a whole day gone for every operator in Dockyard, every taxi and every minibus,”
Q direct LaDonna Smith-Ming :: “We are not against maintenance. We are against finding out from the radio.”
F duration 48 hours
F duration 72
L facility Dockyard
> Jarion Outerbridge, the One Bermuda Alliance’s spokesman for tourism, said operators had not been consulted. “Nobody in Dockyard was asked. They read about it in The Royal Gazette on Saturday,” he said.
P full Jarion Outerbridge
O party One Bermuda Alliance
L facility Dockyard
O media The Royal Gazette
Q direct Jarion Outerbridge :: “Nobody in Dockyard was asked. They read about it in The Royal Gazette on Saturday,”
> Cruise Lines International Association (CLIA) said in a statement that it was “disappointed” by the timing and that its members would “take all port costs into account when planning future itineraries”.
O nonprofit Cruise Lines International Association
O nonprofit CLIA
Q direct Cruise Lines International Association :: “disappointed”
Q direct Cruise Lines International Association :: “take all port costs into account when planning future itineraries”
> A senior official at the Ministry of Transport, who asked not to be named, said two lines had already confirmed their 2040 schedules. “Nobody has cancelled a single call. The lines complain about every increase, and then they come anyway,” the official said.
O government Ministry of Transport
F number two
F date 2040
Q direct - :: “Nobody has cancelled a single call. The lines complain about every increase, and then they come anyway,”
> In Hamilton, where smaller ships tie up alongside Front Street, the Corporation of Hamilton welcomed the change. The city keeps 15 per cent of the berthing charges collected there, worth about $310,000 in 2038, its secretary, Neville Ingham-Darrell, said.
L city Hamilton
L street Front Street
O government Corporation of Hamilton
F percent 15 per cent
F money $310,000
F date 2038
P full Neville Ingham-Darrell
> The fees were last raised in 2031, when the head tax went from $21 to $25. Mr Trott-Simmons said the new charges would be reviewed after three years.
F date 2031
F money $21
F money $25
P partial Trott-Simmons
F duration three years
'''

ARTICLES['891-flash-floods-tutong-belait-lamunin-relief-centres-ndmc-borneo-bulletin'] = r'''
> National
> Flash Floods Hit Tutong, Belait After Overnight Downpour
L region Tutong
L region Belait
> Over 300 residents moved to relief centres as rivers burst their banks; more heavy rain expected until Wednesday
F number 300
> Nur Aqilah Zulkarnain
P full Nur Aqilah Zulkarnain
> January 9, 2040
F date January 9, 2040
> Fire and Rescue Department personnel help residents of Kampong Lamunin in the Tutong District to safety on Sunday; and (below) floodwaters along Jalan Labi. PHOTOS: HADI SALLEH
O government Fire and Rescue Department
L city Kampong Lamunin
L region Tutong District
L street Jalan Labi
P full HADI SALLEH
> Flash floods struck parts of the Tutong and Belait districts on Sunday after more than 180 millimetres of rain fell in under 12 hours, forcing the evacuation of 326 residents from 71 houses, the National Disaster Management Centre (NDMC) said.
L region Tutong
L region Belait
F quantity 180 millimetres
F duration 12 hours
F number 326
F number 71
O government National Disaster Management Centre
O government NDMC
> The worst-hit areas were Kampong Lamunin, Kampong Bukit Udal and Kampong Sinaut in Tutong, and Sungai Liang and Labi in Belait, where the Sungai Belait rose 2.4 metres above its normal level by 4.30pm.
L city Kampong Lamunin
L city Kampong Bukit Udal
L city Kampong Sinaut
L region Tutong
L city Sungai Liang
L city Labi
L region Belait
L geo Sungai Belait
F quantity 2.4 metres
F time 4.30pm
> Tutong District Officer Pengiran Ahmad Shahrin bin Pengiran Hassan said three relief centres had been opened, at the Lamunin community hall, Sekolah Rendah Bukit Udal and the Tutong Sports Complex, providing food, blankets and medical checks to evacuees.
L region Tutong
P full Pengiran Ahmad Shahrin bin Pengiran Hassan
F number three
L city Lamunin
O education Sekolah Rendah Bukit Udal
L facility Tutong Sports Complex
> “The water came up very fast, mostly between 2am and 5am, when people were asleep. Our priority was the elderly and those living along the riverbank,” he said, adding that no injuries had been reported.
Q direct Pengiran Ahmad Shahrin bin Pengiran Hassan :: “The water came up very fast, mostly between 2am and 5am, when people were asleep. Our priority was the elderly and those living along the riverbank,”
F time 2am
F time 5am
> Personnel from the Fire and Rescue Department, the Royal Brunei Police Force and the Public Works Department (JKR) used boats and 4x4 vehicles to reach homes cut off along Jalan Tutong and Jalan Labi.
O government Fire and Rescue Department
O government Royal Brunei Police Force
O government Public Works Department
O government JKR
L street Jalan Tutong
L street Jalan Labi
> At the Lamunin hall, Dayang Nur Atiqah binti Haji Roslan, 38, said her family of six had left the house with only their documents. “By the time my husband woke me, the water was at our knees. My mother kept saying, ‘This has never happened in 40 years,’ and she has lived here all her life,” she said.
L city Lamunin
P full Nur Atiqah binti Haji Roslan
F age 38
F number six
F duration 40 years
Q direct Nur Atiqah binti Haji Roslan :: “By the time my husband woke me, the water was at our knees. My mother kept saying, ‘This has never happened in 40 years,’ and she has lived here all her life,”
> In Belait, Acting District Officer Awang Haji Mohd Firdaus bin Abdullah said 58 residents of Sungai Liang had spent the night at the village’s mosque hall and that water had entered 19 homes in Labi. Pengiran Ahmad Shahrin said Tutong’s evacuees could return home once the water receded.
L region Belait
P full Mohd Firdaus bin Abdullah
F number 58
L city Sungai Liang
F number 19
L city Labi
P partial Pengiran Ahmad Shahrin
L region Tutong
> Brunei Shell Petroleum (BSP) said its operations in Seria were running normally and that there was “no impact on production”.
O company Brunei Shell Petroleum
O company BSP
L city Seria
Q direct Brunei Shell Petroleum :: “no impact on production”
> The Brunei Darussalam Meteorological Department (BDMD) said the downpour was caused by a “northeast monsoon surge” and warned of more heavy rain until Wednesday, with up to 100mm possible in the interior. The Brunei-Muara District, including Bandar Seri Begawan, was largely spared, recording 41mm.
O government Brunei Darussalam Meteorological Department
O government BDMD
F quantity 100mm
L region Brunei-Muara District
L city Bandar Seri Begawan
F quantity 41mm
Q direct Brunei Darussalam Meteorological Department :: “northeast monsoon surge”
> A JKR officer, who declined to be named, said a 30-metre stretch of the Jalan Labi embankment had been undermined. “We have closed one lane. If the rain continues, we may have to close the road completely,” the officer said.
O government JKR
F quantity 30-metre
L street Jalan Labi
F number one
Q direct - :: “We have closed one lane. If the rain continues, we may have to close the road completely,”
> Minister of Home Affairs Dato Seri Setia Awang Haji Zulkarnain bin Haji Mahmud visited the Lamunin relief centre on Sunday evening and presented contributions of B$250 to each affected household.
P full Zulkarnain bin Haji Mahmud
L city Lamunin
F money B$250
> The Department of Community Development (JAPEM) said it had set aside B$180,000 for emergency aid, while the NDMC said 14 roads remained impassable as of 8pm. Members of the public can call the NDMC on 123 or the Fire and Rescue Department on 995.
O government Department of Community Development
O government JAPEM
F money B$180,000
O government NDMC
F number 14
F time 8pm
O government NDMC
O government Fire and Rescue Department
> The last major floods in the two districts, in December 2036, displaced more than 1,200 people.
F number two
F date December 2036
F number 1,200
'''

ARTICLES['892-victoria-tuna-cannery-night-shift-fishing-port-quay-repairs-praslin-seychelles-nation'] = r'''
> Local
> Cannery drops night shift as Victoria fishing port quay closes for repairs
L city Victoria
> About 420 IOT workers to go on reduced pay for 10 weeks
F number 420
O company IOT
F duration 10 weeks
> By Marie-Noëlle Dugasse
P full Marie-Noëlle Dugasse
> Thursday, 17 February 2039
F date 17 February 2039
> Purse seiners waiting to unload at Port Victoria on Tuesday (Photo: Gervais Monthy)
L facility Port Victoria
P full Gervais Monthy
> Indian Ocean Tuna (IOT) will stop its night shift from Monday for at least 10 weeks after the Seychelles Ports Authority (SPA) closed a 210-metre section of the fishing port quay in Victoria for emergency repairs, the company confirmed yesterday.
O company Indian Ocean Tuna
O company IOT
F duration 10 weeks
O government Seychelles Ports Authority
O government SPA
F quantity 210-metre
L city Victoria
> The cannery, the country’s largest private employer, processes about 400 tonnes of tuna a day, landed mostly by European purse seiners. With fewer berths, it can receive only about 260 tonnes a day.
F quantity 400 tonnes
F quantity 260 tonnes
> In a statement, IOT said 420 of its 2,150 workers would be affected and would receive 75 percent of their basic wages while the night shift is suspended. “No one will lose their job because of this closure,” the statement said.
O company IOT
F number 420
F number 2,150
F percent 75 percent
Q direct Indian Ocean Tuna :: “No one will lose their job because of this closure,”
> Workers at the factory gate were less sure. Marie-Ange Hoareau, 46, who has worked on the loin-cleaning line for 19 years, said a 25 percent cut would hurt.
P full Marie-Ange Hoareau
F age 46
F duration 19 years
F percent 25 percent
> “I earn SCR9,800 a month. Take away a quarter and I still have to pay the bus and the electricity. The cannery is everything for people in Pointe Larue and Cascade,” she said.
Q direct Marie-Ange Hoareau :: “I earn SCR9,800 a month. Take away a quarter and I still have to pay the bus and the electricity. The cannery is everything for people in Pointe Larue and Cascade,”
F money SCR9,800
F fraction a quarter
L region Pointe Larue
L region Cascade
> SPA chief executive Aubrey Cadeau said divers had found that steel piles under the quay, built in the 1990s, had lost up to 40 percent of their thickness to corrosion.
O government SPA
P full Aubrey Cadeau
F date 1990s
F percent 40 percent
> “We could not take the risk of a 1,000-tonne vessel leaning on that quay. The repair will cost SCR46 million and we hope to finish by the end of April,” Mr Cadeau said. Until then, he said, purse seiners would unload at Mahé Quay in the commercial port.
Q direct Aubrey Cadeau :: “We could not take the risk of a 1,000-tonne vessel leaning on that quay. The repair will cost SCR46 million and we hope to finish by the end of April,”
F quantity 1,000-tonne
F money SCR46 million
P partial Cadeau
L facility Mahé Quay
> The principal secretary for fisheries, Dr Josiane Vidot-Labrosse, said the Ministry of Fisheries and the Blue Economy was working with the Seychelles Fishing Authority (SFA) so that local boats are not pushed aside. “Our artisanal fishermen must still have space to land their catch. They will keep the inner berths,” she said.
P full Josiane Vidot-Labrosse
O government Ministry of Fisheries and the Blue Economy
O government Seychelles Fishing Authority
O government SFA
Q direct Josiane Vidot-Labrosse :: “Our artisanal fishermen must still have space to land their catch. They will keep the inner berths,”
> Praslin fishermen already feel the squeeze. “Since last year the ice in Victoria has gone up from R3 to R5 a kilo, and now they tell us to wait for space,” said Jean-Yves Larue of Baie Ste Anne, who fishes for jobfish and red snapper from a 12-metre boat.
L geo Praslin
Q direct Jean-Yves Larue :: “Since last year the ice in Victoria has gone up from R3 to R5 a kilo, and now they tell us to wait for space,”
L city Victoria
F money R3
F money R5
P full Jean-Yves Larue
L city Baie Ste Anne
F quantity 12-metre
> Mr Larue sells most of his catch to hotels on Praslin and La Digue but must cross to Mahé for spare parts. “For us, Victoria is the centre of the world. If the port is full of big seiners, the small man waits,” he said.
P partial Larue
L geo Praslin
L geo La Digue
L geo Mahé
Q direct Jean-Yves Larue :: “For us, Victoria is the centre of the world. If the port is full of big seiners, the small man waits,”
L city Victoria
> An SFA official, speaking on condition of anonymity, said tuna landings at Port Victoria reached 312,000 tonnes in 2038, up 6 percent on 2037, and that about 30 purse seiners are based there. “The fleet is not leaving Seychelles. The fish are here and the cannery is here,” the official said.
O government SFA
L facility Port Victoria
F quantity 312,000 tonnes
F date 2038
F percent 6 percent
F date 2037
F number 30
Q direct - :: “The fleet is not leaving Seychelles. The fish are here and the cannery is here,”
L country Seychelles
> Canned tuna is the country’s biggest export, worth about US$380 million a year, according to the Central Bank of Seychelles (CBS).
F money US$380 million
O government Central Bank of Seychelles
O government CBS
> IOT said the night shift would resume “as soon as the quay is back in service”, and that workers would get seven days’ notice.
O company IOT
Q direct Indian Ocean Tuna :: “as soon as the quay is back in service”
F duration seven days
'''

ARTICLES['893-vindhya-specialty-chemicals-q3-results-net-profit-ebitda-margin-dahej-economic-times'] = r'''
> Earnings
> Vindhya Specialty Q3 Results: Net Profit Jumps 22% YoY to Rs 412 Crore; EBITDA Margin Expands 110 bps
O company Vindhya Specialty
F percent 22%
F money Rs 412 Crore
F percent 110 bps
> Synopsis
> Vindhya Specialty Chemicals reported a 22.1% rise in consolidated net profit for the December quarter (Q3FY40), helped by higher fluorochemical volumes and cheaper raw materials. Revenue rose 14.8% to Rs 3,482.6 crore.
O company Vindhya Specialty Chemicals
F percent 22.1%
F percent 14.8%
F money Rs 3,482.6 crore
> By Kavya Nambiar, ET Bureau
P full Kavya Nambiar
O media ET Bureau
> Last Updated: Jan 27, 2040, 06:42:00 PM IST
F date Jan 27, 2040
F time 06:42:00 PM IST
> Vindhya Specialty Chemicals' fluorochemicals plant at Dahej in Gujarat. (File photo)
O company Vindhya Specialty Chemicals
L city Dahej
L region Gujarat
> Mumbai: Vindhya Specialty Chemicals (VSCL) on Friday reported a 22.1% year-on-year (YoY) rise in consolidated net profit to Rs 412.3 crore for the quarter ended December 31, 2039, against Rs 337.6 crore in the year-ago period.
L city Mumbai
O company Vindhya Specialty Chemicals
O company VSCL
F percent 22.1%
F money Rs 412.3 crore
F date December 31, 2039
F money Rs 337.6 crore
> Revenue from operations rose 14.8% YoY to Rs 3,482.6 crore from Rs 3,033.6 crore, the Vadodara-headquartered company said in a regulatory filing to the exchanges.
F percent 14.8%
F money Rs 3,482.6 crore
F money Rs 3,033.6 crore
L city Vadodara
> Earnings before interest, tax, depreciation and amortisation (EBITDA) rose 21.5% to Rs 704.1 crore, and the EBITDA margin widened 110 basis points to 20.2% from 19.1% a year earlier. On a sequential basis, profit rose 6.4% from Rs 387.5 crore in the September quarter.
F percent 21.5%
F money Rs 704.1 crore
F percent 110 basis points
F percent 20.2%
F percent 19.1%
F percent 6.4%
F money Rs 387.5 crore
> The board declared an interim dividend of Rs 6 per share of face value Rs 2 each and fixed February 10, 2040 as the record date.
F money Rs 6
F money Rs 2
F date February 10, 2040
> "Demand for refrigerant gases from air-conditioner makers in India and West Asia was strong, and our new HFO line at Dahej ran at 78% utilisation in its first full quarter," managing director and CEO Anirudh Kelkar said in a statement. "We remain on track for 15-18% revenue growth in FY40."
Q direct Anirudh Kelkar :: "Demand for refrigerant gases from air-conditioner makers in India and West Asia was strong, and our new HFO line at Dahej ran at 78% utilisation in its first full quarter,"
Q direct Anirudh Kelkar :: "We remain on track for 15-18% revenue growth in FY40."
L country India
L region West Asia
L city Dahej
F percent 78%
P full Anirudh Kelkar
F percent 15-18%
F date FY40
> Kelkar said VSCL would spend Rs 1,150 crore over the next three years, including Rs 480 crore on a multipurpose plant at Bharuch, and that export orders from the US and Europe were "running about 20 per cent ahead of last year".
P partial Kelkar
O company VSCL
F money Rs 1,150 crore
F duration three years
F money Rs 480 crore
L city Bharuch
L country US
L continent Europe
F percent 20 per cent
Q direct Anirudh Kelkar :: "running about 20 per cent ahead of last year"
> Chief financial officer Farzana Merchant told ET that net debt had fallen to Rs 640 crore from Rs 910 crore at the end of March 2039. Merchant said Chinese pricing "remains the biggest risk" going into FY41.
P full Farzana Merchant
O media ET
F money Rs 640 crore
F money Rs 910 crore
F date March 2039
P partial Merchant
F date FY41
Q direct Farzana Merchant :: "remains the biggest risk"
> Analysts were largely positive. "The margin beat was the big surprise. We had modelled 19.4% for VSCL," said Rohan D'Souza, chemicals analyst at Nandi Hills Securities, which raised its target price on the stock to Rs 1,560 from Rs 1,420 and kept a 'buy' rating.
Q direct Rohan D'Souza :: "The margin beat was the big surprise. We had modelled 19.4% for VSCL,"
Q scare - :: 'buy'
F percent 19.4%
O company VSCL
P full Rohan D'Souza
O company Nandi Hills Securities
F money Rs 1,560
F money Rs 1,420
> Saptarishi Capital was more cautious and kept its 'neutral' call. "Volumes are fine, but 40% of the profit growth came from cheaper fluorspar. That tailwind will not last," its analyst Meera Iyengar-Bhatt wrote in a note to clients.
O company Saptarishi Capital
Q scare - :: 'neutral'
Q direct Meera Iyengar-Bhatt :: "Volumes are fine, but 40% of the profit growth came from cheaper fluorspar. That tailwind will not last,"
F percent 40%
P full Meera Iyengar-Bhatt
> Shares of Vindhya Specialty closed 4.6% higher at Rs 1,287.45 on the NSE ahead of the results, taking the company's market value to about Rs 38,900 crore. The stock has gained 31% in the past 12 months but remains below its 52-week high of Rs 1,342.
O company Vindhya Specialty
F percent 4.6%
F money Rs 1,287.45
O company NSE
F money Rs 38,900 crore
F percent 31%
F duration 12 months
F duration 52-week
F money Rs 1,342
> For the nine months ended December, Vindhya's net profit stood at Rs 1,146.8 crore, up 18.3% from a year earlier.
F duration nine months
O company Vindhya
F money Rs 1,146.8 crore
F percent 18.3%
'''

ARTICLES['894-brier-final-rennick-three-in-10th-manitoba-beats-northern-ontario-lacasse-moose-jaw-line-score-tsn'] = r'''
> Curling
> Rennick Draws for Three in 10th as Manitoba Edges Northern Ontario for Brier Title
P partial Rennick
F number Three
O team Manitoba
O team Northern Ontario
> Manitoba's Cole Rennick made a deuce in the fifth and a winning three with his last stone to beat Marc-André Lacasse 7-6 in Moose Jaw
O team Manitoba
P full Cole Rennick
F number three
P full Marc-André Lacasse
F score 7-6
L city Moose Jaw
> Kendra Iwasiuk, TSN.ca
P full Kendra Iwasiuk
O media TSN.ca
> Published Mar 11, 2040 at 11:06 PM EDT
F date Mar 11, 2040
F time 11:06 PM EDT
> Manitoba skip Cole Rennick, right, and third Tomás Ferreira-Kuhn celebrate the winning shot at Temple Gardens Centre in Moose Jaw, Sask., on Sunday. (Curling Canada/Dale Pogorzelski)
O team Manitoba
P full Cole Rennick
P full Tomás Ferreira-Kuhn
L facility Temple Gardens Centre
L city Moose Jaw
L region Sask.
O nonprofit Curling Canada
P full Dale Pogorzelski
> MOOSE JAW, Sask. — Cole Rennick needed three with his last stone of the game, and he got all of them.
L city MOOSE JAW
L region Sask.
P full Cole Rennick
F number three
> The Winnipeg skip drew into the four-foot in the 10th end to give Manitoba a 7-6 win over Northern Ontario in the Brier final on Sunday night, after Lacasse's last stone rubbed a guard and removed only one of the three Manitoba rocks in the house.
L city Winnipeg
F quantity four-foot
O team Manitoba
F score 7-6
O team Northern Ontario
P partial Lacasse
F number one
F number three
O team Manitoba
> "I've thrown that shot 10,000 times in practice. I just never had 4,800 people screaming at me while I did it," said Rennick, 34, who also won the Canadian title in 2036. "My third told me, 'It's a draw, Cole, it's just a draw.' He was right."
Q direct Cole Rennick :: "I've thrown that shot 10,000 times in practice. I just never had 4,800 people screaming at me while I did it,"
Q direct Cole Rennick :: "My third told me, 'It's a draw, Cole, it's just a draw.' He was right."
F number 10,000
F number 4,800
P partial Rennick
F age 34
F date 2036
P partial Cole
> Lacasse's rink from Sudbury opened with a deuce and led 3-1 after three ends. Manitoba blanked the fourth to keep the hammer and made two in the fifth to tie it 3-3.
P partial Lacasse
L city Sudbury
F score 3-1
F number three
O team Manitoba
F number two
F score 3-3
> Northern Ontario then took one with the hammer in the sixth and stole one in the seventh when Rennick's double-takeout attempt jammed, and a single in the ninth put them up 6-4 coming home.
O team Northern Ontario
F number one
F number one
P partial Rennick
F score 6-4
> "We had them where we wanted them. One rock in the 10th, one inch, that's the whole game," Lacasse said. "Give Cole credit. He didn't miss all week."
Q direct Marc-André Lacasse :: "We had them where we wanted them. One rock in the 10th, one inch, that's the whole game,"
Q direct Marc-André Lacasse :: "Give Cole credit. He didn't miss all week."
F number One
F quantity one inch
P partial Lacasse
P partial Cole
> Lacasse, 41, shot 88 per cent, with his third, Dylan van der Veen, at 90. Rennick shot 93 per cent, and Ferreira-Kuhn, the Brazilian-born third who moved to Winnipeg at 12, led all players at 95.
P partial Lacasse
F age 41
F percent 88 per cent
P full Dylan van der Veen
F percent 90
P partial Rennick
F percent 93 per cent
P partial Ferreira-Kuhn
L city Winnipeg
F age 12
F percent 95
> "Tomás was unbelievable in the middle of the game. We were down, and he kept us in it," Rennick said of the shot fans in the arena were already calling the "Moose Jaw Miracle."
Q direct Cole Rennick :: "Tomás was unbelievable in the middle of the game. We were down, and he kept us in it,"
P partial Tomás
P partial Rennick
Q scare - :: "Moose Jaw Miracle."
> Rennick's rink finished the week 12-1, its only loss coming against Lacasse in the round robin on Wednesday. Northern Ontario reached the final by beating Alberta 8-5 in Saturday's semifinal.
P partial Rennick
F score 12-1
P partial Lacasse
O team Northern Ontario
O team Alberta
F score 8-5
> The title is worth $108,000 and sends Team Rennick to the world men's championship in Lausanne, Switzerland, from March 31 to April 8. Manitoba will also return to next year's Brier as Team Canada.
F money $108,000
O team Team Rennick
L city Lausanne
L country Switzerland
F date March 31
F date April 8
O team Manitoba
O team Team Canada
> Curling Canada said the 10-day event drew 96,350 fans, "a number any city in the country would be proud of."
O nonprofit Curling Canada
F duration 10-day
F number 96,350
Q direct Curling Canada :: "a number any city in the country would be proud of."
> Line score
> Manitoba (Rennick) 0 1 0 0 2 0 0 1 0 3 — 7
O team Manitoba
P partial Rennick
F score 0
F score 1
F score 0
F score 0
F score 2
F score 0
F score 0
F score 1
F score 0
F score 3
F score 7
> *Northern Ontario (Lacasse) 2 0 1 0 0 1 1 0 1 0 — 6
O team Northern Ontario
P partial Lacasse
F score 2
F score 0
F score 1
F score 0
F score 0
F score 1
F score 1
F score 0
F score 1
F score 0
F score 6
> * Hammer in first end
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
