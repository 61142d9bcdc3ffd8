#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval152 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval152/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['955-nairobi-expressway-toll-rise-kenha-motorists-the-star-kenya'] = r'''
> News
> Motorists decry 'punitive' Nairobi Expressway toll rise
Q direct Daniel Kariuki wa Njoroge :: 'punitive'
L street Nairobi Expressway
> In Summary
> KeNHA says the new charges, which take effect on Saturday, are provided for in the concession agreement with the operator.
O government KeNHA
> A private car will now pay KSh 500 for the full 27km stretch, up from KSh 360.
F money KSh 500
F quantity 27km
F money KSh 360
> By WANJIKU NDIRANGU
P full WANJIKU NDIRANGU
> 12 March 2039 - 07:52
F date 12 March 2039
F time 07:52
> Motorists queue at the Mlolongo toll station on the Nairobi Expressway on March 11, 2039. Image: DENNIS OCHIENG
L city Mlolongo
L street Nairobi Expressway
F date March 11, 2039
P full DENNIS OCHIENG
> Motorists using the Nairobi Expressway will pay up to 40 per cent more from Saturday after the Kenya National Highways Authority (KeNHA) approved new toll charges for the 27km elevated road.
L street Nairobi Expressway
F percent 40 per cent
O government Kenya National Highways Authority
O government KeNHA
F quantity 27km
> A private car travelling the full length between Mlolongo and James Gichuru Road in Westlands will pay KSh 500, up from KSh 360, while a 14-seater matatu will pay KSh 720, up from KSh 540. Trucks with more than three axles will pay KSh 1,850.
L city Mlolongo
L street James Gichuru Road
L city Westlands
F money KSh 500
F money KSh 360
F number 14
F money KSh 720
F money KSh 540
F number three
F money KSh 1,850
> KeNHA director general Eng Josphat Kiprono Mutai said the review was provided for in the agreement with the operator, Moja Expressway Company, and reflected inflation and a weaker shilling since the road opened in 2022.
O government KeNHA
P full Josphat Kiprono Mutai
O company Moja Expressway Company
F date 2022
> "Tolls on the Expressway have not changed in five years. The operator borrowed in dollars, and when the shilling loses a third of its value, somebody has to pay," Mutai told the Star.
Q direct Josphat Kiprono Mutai :: "Tolls on the Expressway have not changed in five years. The operator borrowed in dollars, and when the shilling loses a third of its value, somebody has to pay,"
L street Expressway
F duration five years
F fraction a third
P partial Mutai
O media Star
> He said motorists who pay with an e-toll tag would get a 10 per cent discount until June 30, and that the National Treasury had ruled out a subsidy.
F percent 10 per cent
F date June 30
O government National Treasury
> Motorists Association of Kenya chairman Daniel Kariuki wa Njoroge said the increase was "punitive" and would push more cars back onto Mombasa Road and Uhuru Highway, which are already jammed at rush hour.
O nonprofit Motorists Association of Kenya
P full Daniel Kariuki wa Njoroge
Q direct Daniel Kariuki wa Njoroge :: "punitive"
L street Mombasa Road
L street Uhuru Highway
> "A nurse in Syokimau who uses the Expressway twice a day will now spend KSh 1,000 daily. That is about KSh 22,000 a month. Salaries have not gone up by 40 per cent," wa Njoroge said.
Q direct Daniel Kariuki wa Njoroge :: "A nurse in Syokimau who uses the Expressway twice a day will now spend KSh 1,000 daily. That is about KSh 22,000 a month. Salaries have not gone up by 40 per cent,"
L city Syokimau
L street Expressway
F money KSh 1,000
F money KSh 22,000
F percent 40 per cent
P partial wa Njoroge
> "We will write to the Ministry of Roads and Transport and to Parliament. If there is no response in 14 days, we will go to court.
Q direct Daniel Kariuki wa Njoroge :: "We will write to the Ministry of Roads and Transport and to Parliament. If there is no response in 14 days, we will go to court.
O government Ministry of Roads and Transport
O government Parliament
F duration 14 days
> "The public was told this road would serve all Kenyans, not only those who can afford it."
Q direct Daniel Kariuki wa Njoroge :: "The public was told this road would serve all Kenyans, not only those who can afford it."
> Janet Achieng, 34, who drives from Athi River to her job at a bank in Upper Hill, said she would go back to the old road. "The Expressway gave me two hours of my day back. Now I will spend them in traffic again," she said.
P full Janet Achieng
F age 34
L city Athi River
L city Upper Hill
Q direct Janet Achieng :: "The Expressway gave me two hours of my day back. Now I will spend them in traffic again,"
L street Expressway
F duration two hours
> In a statement, Moja Expressway Company said the new rates were "within the contractual framework" and that traffic had grown to about 62,000 vehicles a day, from 38,000 in its first year of operation.
O company Moja Expressway Company
Q direct Moja Expressway Company :: "within the contractual framework"
F number 62,000
F number 38,000
> A KeNHA official who asked not to be named because he is not authorised to speak to the media said the authority had turned down the operator's request for a 65 per cent rise. "They wanted more. What was approved is the middle ground," the official said.
O government KeNHA
F percent 65 per cent
Q direct - :: "They wanted more. What was approved is the middle ground,"
> The road, built at a cost of about KSh 88 billion, runs from Mlolongo through Embakasi and the city centre to Westlands. Under the deal, the operator collects tolls for 27 years before handing the road over to the government.
F money KSh 88 billion
L city Mlolongo
L city Embakasi
L city Westlands
F duration 27 years
> The new charges take effect at 12.01am on Saturday, March 16, KeNHA said.
F time 12.01am
F date March 16
O government KeNHA
> Edited by Grace Atieno
P full Grace Atieno
'''

ARTICLES['956-saryagash-termez-grain-rail-corridor-afghanistan-ktz-astana-times'] = r'''
> Business
> Kazakhstan Opens Southern Grain Corridor to Afghanistan Through Uzbekistan
L country Kazakhstan
L country Afghanistan
L country Uzbekistan
> By Dinara Serikkyzy in Business on 9 September 2039
P full Dinara Serikkyzy
F date 9 September 2039
> The first block train of 55 hopper wagons leaves Saryagash station for Termez on Sept. 8. Photo credit: KTZ
F number 55
L facility Saryagash
L city Termez
F date Sept. 8
O company KTZ
> ASTANA – A block train carrying 3,740 tonnes of Kostanay wheat left Saryagash station at 10:40 a.m. on Sept. 8, opening a new rail corridor that the government hopes will lift grain exports to Afghanistan to two million tonnes a year by 2041. Farmers have already dubbed it the “flour road.”
L city ASTANA
F quantity 3,740 tonnes
L region Kostanay
L facility Saryagash
F time 10:40 a.m.
F date Sept. 8
L country Afghanistan
F quantity two million tonnes
F date 2041
Q scare - :: “flour road.”
> The route runs 2,180 kilometers from the grain elevators of the north to Termez in Uzbekistan and across the Friendship Bridge over the Amu Darya to Hairatan, where Afghan traders reload the grain for Mazar-i-Sharif. Transit time has been cut from 19 days to nine days, according to Kazakhstan Temir Zholy (KTZ), the national rail company.
F quantity 2,180 kilometers
L city Termez
L country Uzbekistan
L facility Friendship Bridge
L geo Amu Darya
L city Hairatan
L city Mazar-i-Sharif
F duration 19 days
F duration nine days
O company Kazakhstan Temir Zholy
O company KTZ
> “For years our farmers looked north and east. Now the south is open to them,” said Yerbol Zhakupbekov, a vice minister of agriculture. “Afghanistan buys wheat and flour every month of the year. It is a market of 40 million people next door, and until now most of our grain reached it by truck.”
Q direct Yerbol Zhakupbekov :: “For years our farmers looked north and east. Now the south is open to them,”
P full Yerbol Zhakupbekov
Q direct Yerbol Zhakupbekov :: “Afghanistan buys wheat and flour every month of the year. It is a market of 40 million people next door, and until now most of our grain reached it by truck.”
L country Afghanistan
F number 40 million
> He said the Ministry of Agriculture would subsidize transport at KZT 4,500 per tonne for the first 500,000 tonnes shipped along the route, at a total cost of KZT 2.25 billion (US$4.1 million).
O government Ministry of Agriculture
F money KZT 4,500
F quantity 500,000 tonnes
F money KZT 2.25 billion
F money US$4.1 million
> Kazakhstan exported 11.2 million tonnes of grain and flour in the 2038-39 marketing year, according to the ministry. About 2.9 million tonnes went to Afghanistan, most of it as flour carried by truck through the Zhibek Zholy crossing into Uzbekistan.
L country Kazakhstan
F quantity 11.2 million tonnes
F date 2038-39
F quantity 2.9 million tonnes
L country Afghanistan
L facility Zhibek Zholy
L country Uzbekistan
> Astana and Tashkent signed a transit protocol in May 2039 that fixes the Uzbek rail tariff at US$11.80 per tonne for Kazakh grain bound for Afghanistan. Uzbekistan Railways (O‘zbekiston Temir Yo‘llari) has agreed to run the trains through to Termez without changing locomotives at the border.
L city Astana
L city Tashkent
F date May 2039
F money US$11.80
L country Afghanistan
O company Uzbekistan Railways
O company O‘zbekiston Temir Yo‘llari
L city Termez
> KTZ deputy chairman Arman Kudaibergenuly said 120 new hopper wagons had been assigned to the corridor. “Trains will leave Saryagash twice a week from October, and weekly trains will also start from Kostanay and Petropavl,” he said.
O company KTZ
P full Arman Kudaibergenuly
F number 120
Q direct Arman Kudaibergenuly :: “Trains will leave Saryagash twice a week from October, and weekly trains will also start from Kostanay and Petropavl,”
L facility Saryagash
L city Kostanay
L city Petropavl
> The Grain Union of Kazakhstan welcomed the route but called the subsidy “a drop in the ocean” for farmers who pay up to KZT 19,000 per tonne to move grain from the north to the southern border.
O nonprofit Grain Union of Kazakhstan
Q direct Grain Union of Kazakhstan :: “a drop in the ocean”
F money KZT 19,000
> Ömirzaq Baimukhanov, 58, who farms 14,000 hectares near Kostanay, said buyers in the south had waited years for such a link. “Last autumn a trader from Mazar told me, ‘Send me wheat and I will pay in a week.’ We could not get wagons. Now we can,” Baimukhanov said.
P full Ömirzaq Baimukhanov
F age 58
F quantity 14,000 hectares
L city Kostanay
Q direct Ömirzaq Baimukhanov :: “Last autumn a trader from Mazar told me, ‘Send me wheat and I will pay in a week.’ We could not get wagons. Now we can,”
L city Mazar
P partial Baimukhanov
> An official at the Ministry of Trade and Integration, who spoke on condition of anonymity, said payments remained the main obstacle. “The railway is ready. The banks are not. Many still refuse to handle money from Afghanistan,” the official said.
O government Ministry of Trade and Integration
Q direct - :: “The railway is ready. The banks are not. Many still refuse to handle money from Afghanistan,”
L country Afghanistan
> KTZ said the corridor could carry up to 2.5 million tonnes a year once a second track between Arys and Saryagash is finished in 2041. The first train is due in Hairatan on Sept. 17.
O company KTZ
F quantity 2.5 million tonnes
L city Arys
L city Saryagash
F date 2041
L city Hairatan
F date Sept. 17
'''

ARTICLES['957-everton-liverpool-wsl-sunderland-okoro-double-goodison-line-ups-bbc-sport'] = r'''
> Women's Super League
O other Women's Super League
> Everton 2-1 Liverpool: Sunderland-Okoro double sinks Reds at Goodison
O team Everton
F score 2-1
O team Liverpool
P partial Sunderland-Okoro
O team Reds
L facility Goodison
> By Harriet Cole-Ashby, BBC Sport at Goodison Park
P full Harriet Cole-Ashby
O media BBC Sport
L facility Goodison Park
> Published 16 October 2039
F date 16 October 2039
> Mae Sunderland-Okoro has scored six WSL goals this season. Image source: Getty Images
P full Mae Sunderland-Okoro
F number six
O other WSL
O media Getty Images
> Mae Sunderland-Okoro scored twice as Everton came from behind to beat Liverpool 2-1 in front of a record crowd of 21,604 for a Women's Super League game at Goodison Park on Sunday afternoon.
P full Mae Sunderland-Okoro
O team Everton
O team Liverpool
F score 2-1
F number 21,604
O other Women's Super League
L facility Goodison Park
> Liverpool led after 23 minutes when Dutch midfielder Lotte van der Meulen rose above Everton goalkeeper Freya Brannigan to head in Niamh Ó Catháin's corner.
O team Liverpool
F duration 23 minutes
P full Lotte van der Meulen
O team Everton
P full Freya Brannigan
P full Niamh Ó Catháin
> Sunderland-Okoro, nicknamed "Rocket" by the Goodison crowd, levelled seven minutes before half-time with a low shot from 20 yards, and the 23-year-old won it with 11 minutes left, turning Liverpool captain Thandiwe Dlamini before finishing into the far corner.
P partial Sunderland-Okoro
Q scare - :: "Rocket"
L facility Goodison
F duration seven minutes
F quantity 20 yards
F age 23-year-old
F duration 11 minutes
O team Liverpool
P full Thandiwe Dlamini
> Victory lifts Everton to fourth on 14 points from eight games, two behind Liverpool, while leaders Manchester City stay top after beating Arsenal 3-0 on Saturday.
O team Everton
F number 14
F number eight
F number two
O team Liverpool
O team Manchester City
O team Arsenal
F score 3-0
> Everton manager Gemma Thorne-Price told BBC Sport: "We were second best for the first 30 minutes. At half-time I said to them, 'Stop admiring them and start running at them.' They did that.
O team Everton
P full Gemma Thorne-Price
O media BBC Sport
Q direct Gemma Thorne-Price :: "We were second best for the first 30 minutes. At half-time I said to them, 'Stop admiring them and start running at them.' They did that.
F duration 30 minutes
> "Mae has that bit of devil in her. She is only 23 and she is going to score a lot of goals for this club."
Q direct Gemma Thorne-Price :: "Mae has that bit of devil in her. She is only 23 and she is going to score a lot of goals for this club."
P partial Mae
F age 23
> Sunderland-Okoro, who came through Everton's academy, said: "I've been coming here since I was six. To score two in front of my family, in a derby, I can't really describe it."
P partial Sunderland-Okoro
O team Everton
Q direct Mae Sunderland-Okoro :: "I've been coming here since I was six. To score two in front of my family, in a derby, I can't really describe it."
F age six
F number two
> Liverpool head coach Mikkel Sørensen, in his second season, said his side had "stopped playing" after the equaliser. "We gave away two soft goals. You cannot do that at Goodison and expect to win," he said.
O team Liverpool
P full Mikkel Sørensen
Q direct Mikkel Sørensen :: "stopped playing"
Q direct Mikkel Sørensen :: "We gave away two soft goals. You cannot do that at Goodison and expect to win,"
F number two
L facility Goodison
> Liverpool almost levelled in the 88th minute when Nigerian forward Chiamaka Okonjo's shot from six yards hit the post, and Brannigan then saved from substitute Ella Wilde at the near post. Everton have now won four of their last five home games against their neighbours and lost only one of the last 10.
O team Liverpool
P full Chiamaka Okonjo
F quantity six yards
P partial Brannigan
P full Ella Wilde
O team Everton
F number four
F number five
F number one
F number 10
> Van der Meulen, who joined from Ajax in the summer for a fee of about £250,000, had scored in three straight games. Sunderland-Okoro now has six goals in eight league matches.
P partial Van der Meulen
O team Ajax
F money £250,000
F number three
P partial Sunderland-Okoro
F number six
F number eight
> Everton travel to Brighton & Hove Albion on 23 October, while Liverpool host Aston Villa at Prenton Park.
O team Everton
O team Brighton & Hove Albion
F date 23 October
O team Liverpool
O team Aston Villa
L facility Prenton Park
> Line-ups
> Everton: Brannigan; Hughes-Mensah, Tanaka, Lindqvist, Okafor (Doyle 77); Ferreira, Whitcombe, Ní Chonaill (Baxter 62); Sunderland-Okoro, Asante, Kowalczyk (Marsh 85).
O team Everton
P partial Brannigan
P partial Hughes-Mensah
P partial Tanaka
P partial Lindqvist
P partial Okafor
P partial Doyle
P partial Ferreira
P partial Whitcombe
P partial Ní Chonaill
P partial Baxter
P partial Sunderland-Okoro
P partial Asante
P partial Kowalczyk
P partial Marsh
> Subs not used: Pryce, Adeyemi, Holt, Lamb, Quinn.
P partial Pryce
P partial Adeyemi
P partial Holt
P partial Lamb
P partial Quinn
> Liverpool: Haugen; Dlamini, Rourke, Fontaine, Ó Catháin; van der Meulen, Park (Wilde 70), Castellanos; Ishikawa (Bell 70), Okonjo, Lund.
O team Liverpool
P partial Haugen
P partial Dlamini
P partial Rourke
P partial Fontaine
P partial Ó Catháin
P partial van der Meulen
P partial Park
P partial Wilde
P partial Castellanos
P partial Ishikawa
P partial Bell
P partial Okonjo
P partial Lund
> Subs not used: Moreau, Achterberg, Sheehan, Lewis, Grant.
P partial Moreau
P partial Achterberg
P partial Sheehan
P partial Lewis
P partial Grant
> Goals: Sunderland-Okoro 38, 79; van der Meulen 23.
P partial Sunderland-Okoro
P partial van der Meulen
> Booked: Ferreira, Rourke.
P partial Ferreira
P partial Rourke
> Referee: Sian Marlow (Shirley).
P full Sian Marlow
L city Shirley
> Attendance: 21,604.
F number 21,604
'''

ARTICLES['958-hanseong-chemical-agm-battery-spinoff-rejected-nps-korea-herald'] = r'''
> Industry
> Hanseong Chemical shareholders vote down W1.8tr battery spinoff
O company Hanseong Chemical
F money W1.8tr
> Published : Mar. 29, 2040 - 16:07 Updated : Mar. 29, 2040 - 18:45
F date Mar. 29, 2040
F time 16:07
F date Mar. 29, 2040
F time 18:45
> By Bang Ji-woo
P full Bang Ji-woo
> Shareholders of Hanseong Chemical vote at the company's annual general meeting in Seoul on Friday. (Yonhap)
O company Hanseong Chemical
L city Seoul
O media Yonhap
> Shareholders of Hanseong Chemical on Friday rejected a plan to spin off its battery materials division into a separate listed company, dealing a rare defeat to the founding family of Hanseong Group, South Korea's 14th-largest conglomerate by assets.
O company Hanseong Chemical
O company Hanseong Group
L country South Korea
> The proposal, which needed the approval of two-thirds of the votes cast, won 61.4 percent at the meeting at the company's headquarters in Seoul's Jongno-gu.
F fraction two-thirds
F percent 61.4 percent
L city Seoul
L city Jongno-gu
> The National Pension Service (NPS), which holds a 9.2 percent stake and is Hanseong Chemical's largest shareholder after the group's holding company, voted against the plan, as did most foreign investors, who together own about 31 percent of the shares.
O government National Pension Service
O government NPS
F percent 9.2 percent
O company Hanseong Chemical
F percent 31 percent
> Under the plan, Hanseong Chemical would have moved its cathode business into a new company, Hanseong Energy Materials, and listed it on the Korea Exchange later this year, raising an estimated 1.8 trillion won ($1.3 billion).
O company Hanseong Chemical
O company Hanseong Energy Materials
O company Korea Exchange
F money 1.8 trillion won
F money $1.3 billion
> Minority shareholders had opposed the deal, a form of restructuring known in Korea as "muljeok bunhal," or physical split-off, in which the parent keeps all the shares of the new unit and existing investors receive none.
L country Korea
Q scare - :: "muljeok bunhal,"
> "Investors who bought Hanseong Chemical for its battery business would have been left holding a petrochemical company," said Kang Do-hyun, managing partner of Seoul-based activist fund Namsan Value Partners, which owns 2.7 percent of the company.
Q direct Kang Do-hyun :: "Investors who bought Hanseong Chemical for its battery business would have been left holding a petrochemical company,"
O company Hanseong Chemical
P full Kang Do-hyun
L city Seoul
O company Namsan Value Partners
F percent 2.7 percent
> "Management told us, 'Trust us, you will all benefit.' This is the first time the NPS has voted against a chaebol restructuring and won. Other groups will be watching," Kang said.
Q direct Kang Do-hyun :: "Management told us, 'Trust us, you will all benefit.' This is the first time the NPS has voted against a chaebol restructuring and won. Other groups will be watching,"
O government NPS
P partial Kang
> Chairman Baek Jae-sung, 71, the founder's grandson, presided over the meeting. Hanseong Holdings owns 33.8 percent of Hanseong Chemical, and Baek and his relatives hold another 4.1 percent directly.
P full Baek Jae-sung
F age 71
O company Hanseong Holdings
F percent 33.8 percent
O company Hanseong Chemical
P partial Baek
F percent 4.1 percent
> "We respect the shareholders' decision. The board will review other ways to fund 4.5 trillion won of investment in the battery business through 2043," Hanseong Chemical said in a statement.
Q direct Hanseong Chemical :: "We respect the shareholders' decision. The board will review other ways to fund 4.5 trillion won of investment in the battery business through 2043,"
F money 4.5 trillion won
F date 2043
O company Hanseong Chemical
> An official at the NPS, who asked not to be named, said its fund management committee had concluded that the spinoff would "damage long-term shareholder value." The pension fund, which manages about 1,640 trillion won in assets, holds stakes of 5 percent or more in over 300 listed Korean companies.
O government NPS
Q direct - :: "damage long-term shareholder value."
F money 1,640 trillion won
F percent 5 percent
F number 300
> Shares of Hanseong Chemical rose 6.8 percent to 312,500 won after the vote, while Hanseong Holdings fell 2.3 percent.
O company Hanseong Chemical
F percent 6.8 percent
F money 312,500 won
O company Hanseong Holdings
F percent 2.3 percent
> Lee Seo-ah, an analyst at Mapo Securities, said the company would likely turn to a rights offering or sell assets instead. "The battery unit needs money for its plant in Ulsan and for a joint venture in Hungary. That does not go away because the vote failed," she said.
P full Lee Seo-ah
O company Mapo Securities
Q direct Lee Seo-ah :: "The battery unit needs money for its plant in Ulsan and for a joint venture in Hungary. That does not go away because the vote failed,"
L city Ulsan
L country Hungary
> Hanseong Group, founded in 1958 as a textile trader in Daegu, has 41 affiliates, including Hanseong Chemical, Hanseong Construction and Hanseong Life Insurance.
O company Hanseong Group
F date 1958
L city Daegu
F number 41
O company Hanseong Chemical
O company Hanseong Construction
O company Hanseong Life Insurance
> (bangjw@heraldcorp.com)
'''

ARTICLES['959-iqaluit-public-housing-wait-list-nunavut-housing-corporation-cbc-north'] = r'''
> North
> 'We sleep in shifts': Iqaluit families wait years for public housing
Q direct Leetia Aqqiaruq :: 'We sleep in shifts'
L city Iqaluit
> Nunavut Housing Corporation says 1,140 people are on the capital's wait list
O government Nunavut Housing Corporation
F number 1,140
> Rhoda Kunuk · CBC News · Posted: Feb 14, 2040 5:00 AM EST | Last Updated: February 14, 2040
P full Rhoda Kunuk
O media CBC News
F date Feb 14, 2040
F time 5:00 AM EST
F date February 14, 2040
> Leetia Aqqiaruq, her three children and her parents share a two-bedroom unit in Iqaluit's Apex neighbourhood. (Rhoda Kunuk/CBC)
P full Leetia Aqqiaruq
F number three
F number two
L city Iqaluit
L city Apex
P full Rhoda Kunuk
O media CBC
> Leetia Aqqiaruq's day starts at 5 a.m., when her father gets up for his shift at Iqaluit International Airport and she moves from the kitchen floor to his side of the couch.
P full Leetia Aqqiaruq
F time 5 a.m.
L facility Iqaluit International Airport
> "We sleep in shifts. There are eight of us in two bedrooms, and my youngest does her homework in the bathtub because it's the only quiet place," said Aqqiaruq, 29.
Q direct Leetia Aqqiaruq :: "We sleep in shifts. There are eight of us in two bedrooms, and my youngest does her homework in the bathtub because it's the only quiet place,"
F number eight
F number two
P partial Aqqiaruq
F age 29
> She has been on the Iqaluit Housing Authority's wait list since 2034.
O government Iqaluit Housing Authority
F date 2034
> According to the Nunavut Housing Corporation (NHC), 1,140 people were on the public housing wait list in Iqaluit at the end of January, up 18 per cent from a year earlier. Across the territory, the list stood at 3,870.
O government Nunavut Housing Corporation
O government NHC
F number 1,140
L city Iqaluit
F percent 18 per cent
F number 3,870
> Many more are not counted. Housing workers describe what is known as "hidden homelessness": people who sleep on relatives' couches, in cabins or at the shelter.
Q scare - :: "hidden homelessness"
> The NHC's president, Joanasie Kilabuk, said the corporation finished 214 public housing units across Nunavut in 2039, short of its target of 300, because of freight costs and a shortage of tradespeople.
O government NHC
P full Joanasie Kilabuk
F number 214
L region Nunavut
F date 2039
F number 300
> "We are building as fast as the sealift allows. Every unit we put up in Iqaluit costs close to $900,000 once you count the foundation, the shipping and the labour," Kilabuk said. "We have the land. What we don't have is enough carpenters and electricians.
Q direct Joanasie Kilabuk :: "We are building as fast as the sealift allows. Every unit we put up in Iqaluit costs close to $900,000 once you count the foundation, the shipping and the labour,"
L city Iqaluit
F money $900,000
P partial Kilabuk
Q direct Joanasie Kilabuk :: "We have the land. What we don't have is enough carpenters and electricians.
> "The money from Ottawa helps, but on its own it will not close a gap of 3,000 units."
Q direct Joanasie Kilabuk :: "The money from Ottawa helps, but on its own it will not close a gap of 3,000 units."
L city Ottawa
F number 3,000
> In the legislative assembly on Tuesday, Iqaluit-Niaqunnguu MLA Pauloosie Eetuk said the wait list was "a crisis we have learned to live with" and asked the minister responsible for the NHC when a 60-unit building promised for Happy Valley in 2037 would open.
L region Iqaluit-Niaqunnguu
P full Pauloosie Eetuk
Q direct Pauloosie Eetuk :: "a crisis we have learned to live with"
O government NHC
F number 60
L city Happy Valley
F date 2037
> Construction there stopped in 2038 when the contractor, Qikiqtani Builders Ltd., went into receivership. Eetuk said 15 families who had been told they would move in are still waiting.
F date 2038
O company Qikiqtani Builders Ltd.
P partial Eetuk
F number 15
> A housing official, who was not authorized to speak publicly, said some Iqaluit families have been on the list for eight years. "The list only gets longer. We move one family in and three more apply," the official said.
L city Iqaluit
F duration eight years
Q direct - :: "The list only gets longer. We move one family in and three more apply,"
F number one
F number three
> Public housing tenants in Nunavut pay rent based on income, with a minimum of $60 a month. A private two-bedroom apartment in Iqaluit rents for about $3,400 a month, according to the NHC.
L region Nunavut
F money $60
F number two
L city Iqaluit
F money $3,400
O government NHC
> For Elder Meeka Nuqingaq, 78, who shares a one-bedroom unit with two grandsons, the shortage is not new. "When I moved here from Pangnirtung in 1971, families lived in tents until there was a house. Now we have houses, but never enough," she said.
P full Meeka Nuqingaq
F age 78
F number one
F number two
Q direct Meeka Nuqingaq :: "When I moved here from Pangnirtung in 1971, families lived in tents until there was a house. Now we have houses, but never enough,"
L city Pangnirtung
F date 1971
> Aqqiaruq said she checks her place on the list every month. "Last time they told me I was number 41," she said.
P partial Aqqiaruq
Q direct Leetia Aqqiaruq :: "Last time they told me I was number 41,"
'''

ARTICLES['960-bitney-fire-grass-valley-rough-and-ready-evacuations-cal-fire-ap'] = r'''
> Wildfire near Grass Valley destroys 14 homes, forces 9,000 to flee in California foothills
L city Grass Valley
F number 14
F number 9,000
L region California
> By MARISOL QUINTANILLA and OWEN BRANDT
P full MARISOL QUINTANILLA
P full OWEN BRANDT
> Associated Press
O media Associated Press
> Updated 9:47 PM PDT, August 14, 2040
F time 9:47 PM PDT
F date August 14, 2040
> A firefighter battles the Bitney Fire along Highway 20 near Rough and Ready, Calif., on Tuesday, Aug. 14, 2040. (AP Photo/Nadia Halvorsen)
L street Highway 20
L city Rough and Ready
L region Calif.
F date Aug. 14, 2040
O media AP
P full Nadia Halvorsen
> GRASS VALLEY, Calif. (AP) — A fast-moving wildfire raced through dry grass and oak woodland in Northern California's Sierra Nevada foothills on Tuesday, destroying at least 14 homes and forcing about 9,000 people to flee, authorities said.
L city GRASS VALLEY
L region Calif.
O media AP
L region Northern California
L geo Sierra Nevada
F number 14
F number 9,000
> The Bitney Fire had burned 6,850 acres (2,772 hectares) by Tuesday evening and was 10% contained, according to the California Department of Forestry and Fire Protection, or Cal Fire. The cause was under investigation.
F quantity 6,850 acres
F quantity 2,772 hectares
F percent 10%
O government California Department of Forestry and Fire Protection
O government Cal Fire
> The fire was reported at 1:18 p.m. near Bitney Springs Road, west of Grass Valley. Wind gusts of up to 35 mph pushed it east toward Rough and Ready, a community of about 960 people, and across Highway 20 within two hours.
F time 1:18 p.m.
L street Bitney Springs Road
L city Grass Valley
F quantity 35 mph
L city Rough and Ready
F number 960
L street Highway 20
F duration two hours
> The Nevada County Sheriff's Office ordered evacuations in zones NEV-E094, NEV-E095 and NEV-E101, which include Rough and Ready and parts of Penn Valley, and issued warnings for Lake Wildwood and the western edge of Grass Valley.
O government Nevada County Sheriff's Office
L city Rough and Ready
L city Penn Valley
L city Lake Wildwood
L city Grass Valley
> “If you are in an order zone, do not wait to see smoke. Go now,” Sheriff Rosalind Achterberg-Núñez said at a 6 p.m. briefing at the Nevada County Fairgrounds, where an evacuation center had opened. She said two people had been reported missing.
Q direct Rosalind Achterberg-Núñez :: “If you are in an order zone, do not wait to see smoke. Go now,”
P full Rosalind Achterberg-Núñez
F time 6 p.m.
L facility Nevada County Fairgrounds
F number two
> Maribel Ochoa, 67, fled her home on Rough and Ready Highway with her two dogs and a box of photographs. “My neighbor banged on the door and yelled, ‘The ridge is on fire, get out!’ By the time I reached the car, I could see flames in the trees,” she said.
P full Maribel Ochoa
F age 67
L street Rough and Ready Highway
F number two
Q direct Maribel Ochoa :: “My neighbor banged on the door and yelled, ‘The ridge is on fire, get out!’ By the time I reached the car, I could see flames in the trees,”
> “I lived through the River Fire in 2021. This one moved faster,” she said.
Q direct Maribel Ochoa :: “I lived through the River Fire in 2021. This one moved faster,”
F date 2021
> More than 1,100 firefighters, nine air tankers and 14 helicopters were assigned to the fire, said Cal Fire battalion chief Tomás Reyes-Whitfield of the agency's Nevada-Yuba-Placer Unit.
F number 1,100
F number nine
F number 14
O government Cal Fire
P full Tomás Reyes-Whitfield
O government Nevada-Yuba-Placer Unit
> “The grass is cured, the humidity is in single digits and the wind is doing the rest. We expect a long night,” Reyes-Whitfield said. He said crews hoped to have a line around the fire's southern flank by Thursday.
Q direct Tomás Reyes-Whitfield :: “The grass is cured, the humidity is in single digits and the wind is doing the rest. We expect a long night,”
P partial Reyes-Whitfield
> The National Weather Service extended a red flag warning for the foothills through 8 p.m. Wednesday, with humidity as low as 7% and temperatures near 103 degrees.
O government National Weather Service
F time 8 p.m.
F percent 7%
F quantity 103 degrees
> Pacific Gas & Electric said it had shut off power to about 4,300 customers in Nevada and Placer counties as a precaution. Nevada County supervisors declared a local emergency Tuesday night.
O company Pacific Gas & Electric
F number 4,300
L region Nevada
L region Placer
L region Nevada County
> State officials said California had secured federal help to cover most of the cost of fighting the fire, which Cal Fire said it expected to fully contain by Aug. 21.
L region California
O government Cal Fire
F date Aug. 21
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
