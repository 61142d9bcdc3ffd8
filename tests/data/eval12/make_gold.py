#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval12 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval12/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['111-assam-brahmaputra-floods'] = r'''
> Assam floods: toll rises to 38 as Brahmaputra flows above danger mark at six places
L region Assam
F number 38
L geo Brahmaputra
F number six
> Over 4.2 lakh people in 19 districts affected; 70% of Kaziranga under water
F number 4.2 lakh
F number 19
F percent 70%
L geo Kaziranga
> Bidisha Rajkhowa
P full Bidisha Rajkhowa
> Updated - July 09, 2027 10:42 pm IST - GUWAHATI
F date July 09, 2027
F time 10:42 pm IST
L city GUWAHATI
> Villagers move their cattle to higher ground by country boat at a flooded village in Morigaon district on Friday. | Photo Credit: PTI
L region Morigaon
O media PTI
> Three more people drowned in Assam on Friday, taking the toll in this year’s floods to 38, as the Brahmaputra continued to flow above the danger level at six places and heavy rain in Arunachal Pradesh swelled its northern tributaries.
F number Three
L region Assam
F number 38
L geo Brahmaputra
F number six
L region Arunachal Pradesh
> According to a bulletin issued by the Assam State Disaster Management Authority (ASDMA) at 7 p.m., 4.22 lakh people in 19 of the State’s 35 districts have been affected. Nearly 1,260 villages are under water and crops on 31,400 hectares have been damaged, with Dhemaji, Lakhimpur, Barpeta and Morigaon the worst hit.
O government Assam State Disaster Management Authority
O government ASDMA
F time 7 p.m.
F number 4.22 lakh
F number 19
F number 35
F number 1,260
F quantity 31,400 hectares
L region Dhemaji
L region Lakhimpur
L region Barpeta
L region Morigaon
> More than 52,000 people have taken shelter in 212 relief camps. Teams of the National Disaster Response Force (NDRF) and the State Disaster Response Force (SDRF) rescued 1,870 people on Friday, most of them in Dhemaji, where an embankment on the Jiadhal river gave way on Thursday night. The ASDMA described the situation in the district as “critical but under control”.
F number 52,000
F number 212
O government National Disaster Response Force
O government NDRF
O government State Disaster Response Force
O government SDRF
F number 1,870
L region Dhemaji
L geo Jiadhal
O government ASDMA
Q direct Assam State Disaster Management Authority :: “critical but under control”
> Revenue and Disaster Management Minister Pranjal Deka, who visited relief camps in Barpeta, said the government had released ₹86 crore to district administrations and would pay an ex gratia of ₹4 lakh to the family of each person killed.
P full Pranjal Deka
L region Barpeta
F money ₹86 crore
F money ₹4 lakh
> “The water is receding in upper Assam, but the lower districts will take the full volume over the next 48 hours. We are not out of danger yet,” Mr. Deka told reporters. He said the State had sought ₹1,200 crore from the Union Home Ministry to repair breached embankments and roads.
Q direct Pranjal Deka :: “The water is receding in upper Assam, but the lower districts will take the full volume over the next 48 hours. We are not out of danger yet,”
L region Assam
F duration 48 hours
P partial Deka
F money ₹1,200 crore
O government Union Home Ministry
> In Kaziranga National Park, 161 of the 233 anti-poaching camps were inundated and about 70% of the park was under water, park director Meghali Bordoloi said. Animals have been crossing National Highway 715 towards the Karbi Anglong hills to the south.
L geo Kaziranga National Park
F number 161
F number 233
F percent 70%
P full Meghali Bordoloi
L street National Highway 715
L region Karbi Anglong
> “We have lost 14 hog deer and one rhino calf so far. Eleven of those animals were hit by vehicles on the highway,” Ms. Bordoloi said. A speed limit of 40 km per hour has been imposed on the stretch, and the Golaghat and Nagaon police have deployed additional personnel, she said.
Q direct Meghali Bordoloi :: “We have lost 14 hog deer and one rhino calf so far. Eleven of those animals were hit by vehicles on the highway,”
F number 14
F number one
F number Eleven
P partial Bordoloi
F quantity 40 km per hour
L region Golaghat
L region Nagaon
> The park is home to more than 2,600 rhinos, about two-thirds of the world’s population of the species.
F number 2,600
F fraction two-thirds
> The India Meteorological Department (IMD) has issued a red alert for Dhemaji, Lakhimpur and Biswanath districts for Saturday. Sanjukta Phukan, a scientist at the IMD’s Regional Meteorological Centre in Guwahati, said Pasighat in Arunachal Pradesh recorded 148.6 mm of rain in the 24 hours ending 8.30 a.m. on Friday, while Guwahati received 92 mm.
O government India Meteorological Department
O government IMD
L region Dhemaji
L region Lakhimpur
L region Biswanath
P full Sanjukta Phukan
O government IMD
O government Regional Meteorological Centre
L city Guwahati
L city Pasighat
L region Arunachal Pradesh
F quantity 148.6 mm
F duration 24 hours
F time 8.30 a.m.
L city Guwahati
F quantity 92 mm
> “The monsoon trough has shifted north to the foothills of the Himalayas, and that is exactly where the Brahmaputra’s northern tributaries begin,” Dr. Phukan said. Since June 1, the State has received 41% more rain than normal, she added.
Q direct Sanjukta Phukan :: “The monsoon trough has shifted north to the foothills of the Himalayas, and that is exactly where the Brahmaputra’s northern tributaries begin,”
L geo Himalayas
L geo Brahmaputra
P partial Phukan
F date June 1
F percent 41%
> In Guwahati, waterlogging in Anil Nagar, Nabin Nagar and on Zoo Road left commuters stranded for hours. The Northeast Frontier Railway (NFR) cancelled 14 trains and short-terminated six others after water rose over the tracks between Jagiroad and Chaparmukh stations.
L city Guwahati
L city Anil Nagar
L city Nabin Nagar
L street Zoo Road
O government Northeast Frontier Railway
O government NFR
F number 14
F number six
L facility Jagiroad
L facility Chaparmukh
> “Safety comes first. We will restore services section by section once our engineers have certified the track,” NFR chief public relations officer Kaustav Sharma said.
Q direct Kaustav Sharma :: “Safety comes first. We will restore services section by section once our engineers have certified the track,”
O government NFR
P full Kaustav Sharma
> At a relief camp set up in a school at Bhuragaon in Morigaon, Jahnabi Nath, 52, said her family had fled with only their documents and two goats. “The water came at night, up to my waist within an hour. We put the children on the roof of the granary and waited for the boat till morning.
L city Bhuragaon
L region Morigaon
P full Jahnabi Nath
F age 52
F number two
Q direct Jahnabi Nath :: “The water came at night, up to my waist within an hour. We put the children on the roof of the granary and waited for the boat till morning.
> “This is the third time in five years. Every year they tell us the embankment will be raised, and every year it breaks at the same place,” she said.
Q direct Jahnabi Nath :: “This is the third time in five years. Every year they tell us the embankment will be raised, and every year it breaks at the same place,”
F duration five years
> The ASDMA said 1,460 houses had been fully or partly damaged and 2.9 lakh domestic animals affected. Schools in the six worst-hit districts will remain closed until July 14, the Education Department said.
O government ASDMA
F number 1,460
F number 2.9 lakh
F number six
F date July 14
O government Education Department
'''

ARTICLES['112-tarrawong-lithium-loss'] = r'''
> Mining
> Tarrawong Lithium books $1b loss, pauses Mount Yarrie expansion
O company Tarrawong Lithium
F money $1b
L facility Mount Yarrie
> The Perth-based miner has written down its Pilbara operation by $1.1 billion and scrapped its final dividend. Its shares fell 9.4 per cent.
L city Perth
L region Pilbara
F money $1.1 billion
F percent 9.4 per cent
> Callum Reddy
P full Callum Reddy
> Resources reporter
> Updated Aug 26, 2027 – 4.52pm, first published at 11.08am
F date Aug 26, 2027
F time 4.52pm
F time 11.08am
> Tarrawong Lithium managing director Fiona Tregear at the company’s results briefing in Perth on Thursday. Hamish Tulloch
O company Tarrawong Lithium
P full Fiona Tregear
L city Perth
P full Hamish Tulloch
> Tarrawong Lithium has swung to a $1.02 billion net loss for the 2027 financial year and shelved a $740 million expansion of its Mount Yarrie mine in the Pilbara, as a two-year slump in lithium prices caught up with one of the last independent producers on the ASX.
O company Tarrawong Lithium
F money $1.02 billion
F date 2027
F money $740 million
L facility Mount Yarrie
L region Pilbara
F duration two-year
O company ASX
> The company booked a $1.1 billion impairment against the mine, 180 kilometres south-east of Port Hedland, after cutting its long-term forecast for spodumene concentrate prices to $US1,050 a tonne from $US1,400. A year earlier it made a net profit of $286.4 million.
F money $1.1 billion
F quantity 180 kilometres
L city Port Hedland
F money $US1,050
F money $US1,400
F money $286.4 million
> Revenue fell 41 per cent to $863.4 million as the average price it received dropped to $US812 a tonne, the lowest since the 2020 financial year. The board did not declare a final dividend, after paying 14¢ a share fully franked a year ago.
F percent 41 per cent
F money $863.4 million
F money $US812
F date 2020
F money 14¢
> Tarrawong shares fell as much as 12 per cent in early trade and closed down 9.4 per cent at $2.31, valuing the company at about $1.9 billion. The benchmark S&P/ASX 200 index rose 0.3 per cent.
O company Tarrawong
F percent 12 per cent
F percent 9.4 per cent
F money $2.31
F money $1.9 billion
F percent 0.3 per cent
> Managing director Fiona Tregear, 49, said the company would cut about 220 jobs at Mount Yarrie, most of them fly-in, fly-out roles, and run the mine on a single shift from October.
P full Fiona Tregear
F age 49
F number 220
L facility Mount Yarrie
> “We are not going to mine our way into a bad market. Every tonne we sell at these prices is a tonne we can’t sell when the market turns,” Ms Tregear told analysts on a conference call. “I believe we are at or near the bottom, but I’m not going to bet the balance sheet on it.”
Q direct Fiona Tregear :: “We are not going to mine our way into a bad market. Every tonne we sell at these prices is a tonne we can’t sell when the market turns,”
P partial Tregear
Q direct Fiona Tregear :: “I believe we are at or near the bottom, but I’m not going to bet the balance sheet on it.”
> She said Tarrawong still had $648 million in cash and no net debt, and expected to produce between 450,000 tonnes and 490,000 tonnes of concentrate in the 2027-28 financial year, down from 531,200 tonnes.
O company Tarrawong
F money $648 million
F quantity 450,000 tonnes
F quantity 490,000 tonnes
F date 2027-28
F quantity 531,200 tonnes
> Tarrawong’s 49 per cent-owned hydroxide refinery at Kwinana, south of Perth, which it runs with Changsha-based Hunan Jinfeng New Energy, produced 11,300 tonnes of lithium hydroxide in the year, about 45 per cent of its nameplate capacity of 25,000 tonnes a year.
O company Tarrawong
F percent 49 per cent
L city Kwinana
L city Perth
L city Changsha
O company Hunan Jinfeng New Energy
F quantity 11,300 tonnes
F percent 45 per cent
F quantity 25,000 tonnes
> In its results statement, Tarrawong said the plant was “not yet operating at a sustainable level” and that the partners would decide on its future by March 31.
O company Tarrawong
Q direct Tarrawong Lithium :: “not yet operating at a sustainable level”
F date March 31
> Ms Tregear said converters in China’s Jiangxi province had cut output by about a fifth since January, and that she expected prices to recover “sometime in 2028, not this year”.
P partial Tregear
L country China
L region Jiangxi
F fraction a fifth
Q direct Fiona Tregear :: “sometime in 2028, not this year”
F date 2028
> Macquarie analyst Hugh Stannard said the writedown was bigger than expected but that pausing the expansion was “the right call, if a late one”. He cut his price target to $2.40 from $2.95 and said investors would want to see the refinery running at two-thirds of capacity before paying up for the stock.
O company Macquarie
P full Hugh Stannard
Q direct Hugh Stannard :: “the right call, if a late one”
F money $2.40
F money $2.95
F fraction two-thirds
> The Australian Workers’ Union (AWU) said it had not been consulted. “These workers found out on a Thursday morning from a press release,” AWU organiser Kylie Mahoney said. “Tarrawong was happy to take $31 million in royalty relief from the WA government last year. The least it owes the people at Mount Yarrie is a phone call.”
O nonprofit Australian Workers’ Union
O nonprofit AWU
Q direct Kylie Mahoney :: “These workers found out on a Thursday morning from a press release,”
O nonprofit AWU
P full Kylie Mahoney
Q direct Kylie Mahoney :: “Tarrawong was happy to take $31 million in royalty relief from the WA government last year. The least it owes the people at Mount Yarrie is a phone call.”
O company Tarrawong
F money $31 million
L region WA
L facility Mount Yarrie
> Tarrawong’s shares have fallen 58 per cent over the past two years.
O company Tarrawong
F percent 58 per cent
F duration two years
'''

ARTICLES['113-chattanooga-carta-route-cuts'] = r'''
> Local News
> Chattanooga council, CARTA clash over $4.8 million gap as bus route cuts loom
L city Chattanooga
O government CARTA
F money $4.8 million
> Transit board wants to end service on three routes and the downtown shuttle; council members say riders in East Chattanooga would pay the price
F number three
L city East Chattanooga
> By Marisol Whitaker | Staff Writer
P full Marisol Whitaker
> Published Feb. 15, 2028, 9:14 p.m. ET | Updated Feb. 16, 2028, 6:05 a.m. ET
F date Feb. 15, 2028
F time 9:14 p.m. ET
F date Feb. 16, 2028
F time 6:05 a.m. ET
> A CARTA electric shuttle waits for riders at Shuttle Park South on Tuesday. (Staff photo by Dwight Okafor)
O government CARTA
L facility Shuttle Park South
P full Dwight Okafor
> CHATTANOOGA, Tenn. — The Chattanooga City Council voted 6 to 3 on Tuesday night to withhold $2.1 million from the city’s transit authority until it produces a plan that keeps buses running on three routes it wants to cut in July.
L city CHATTANOOGA
L region Tenn.
O government Chattanooga City Council
F number 6
F number 3
F money $2.1 million
F number three
> The vote deepens a standoff between the council and the Chattanooga Area Regional Transportation Authority (CARTA), which says it faces a $4.8 million shortfall in its $38.5 million operating budget for the fiscal year that begins July 1, after federal pandemic relief money ran out.
O government Chattanooga Area Regional Transportation Authority
O government CARTA
F money $4.8 million
F money $38.5 million
F date July 1
> CARTA’s board voted last month to end service on Routes 7, 13 and 19 and on the free electric shuttle that has run between the Chattanooga Choo Choo and the Tennessee Aquarium since 1992. The authority says the changes would save about $3.2 million a year and affect roughly 2,900 daily riders.
O government CARTA
L facility Chattanooga Choo Choo
L facility Tennessee Aquarium
F date 1992
F money $3.2 million
F number 2,900
> “You don’t balance a budget on the backs of people who don’t own a car,” said council member Dorothy Vance-Whitfield, who represents District 9 in East Chattanooga, where two of the three routes run. “Route 7 is how my constituents get to Erlanger and to their jobs on Amnicola Highway.”
Q direct Dorothy Vance-Whitfield :: “You don’t balance a budget on the backs of people who don’t own a car,”
P full Dorothy Vance-Whitfield
L region District 9
L city East Chattanooga
F number two
F number three
Q direct Dorothy Vance-Whitfield :: “Route 7 is how my constituents get to Erlanger and to their jobs on Amnicola Highway.”
O other Erlanger
L street Amnicola Highway
> Vance-Whitfield, 63, a retired nurse, said she rode Route 13 to work for 22 years before she could afford a car.
P partial Vance-Whitfield
F age 63
F duration 22 years
> CARTA Executive Director Raymond Ochoa said the authority had run out of good options. “We’ve cut administration by 11% and frozen hiring since October. The math doesn’t change because we wish it would,” Ochoa said in an interview after the vote.
O government CARTA
P full Raymond Ochoa
Q direct Raymond Ochoa :: “We’ve cut administration by 11% and frozen hiring since October. The math doesn’t change because we wish it would,”
F percent 11%
P partial Ochoa
> He said the three routes carry fewer than eight riders an hour on average, compared with 19 on the system’s busiest lines, and that the shuttle costs about $14 per passenger trip.
F number three
F number eight
F number 19
F money $14
> In a statement after the vote, CARTA said withholding the money “would make the cuts deeper, not shallower” and that its board would meet March 2 to consider its options.
O government CARTA
Q direct Chattanooga Area Regional Transportation Authority :: “would make the cuts deeper, not shallower”
F date March 2
> Council Chair Marcus Greer, who voted against the measure, said the council was “playing chicken with a bus system that 11,000 people use every day.”
P full Marcus Greer
Q direct Marcus Greer :: “playing chicken with a bus system that 11,000 people use every day.”
F number 11,000
> A spokeswoman for the mayor’s office said the administration was “working with both sides” and that a bridge grant from the Tennessee Department of Transportation (TDOT) was under discussion.
Q direct - :: “working with both sides”
O government Tennessee Department of Transportation
O government TDOT
> At the Market Street stop on Tuesday afternoon, Luis Benítez, 34, who cleans offices at the Volkswagen plant at Enterprise South, said losing Route 19 would add 70 minutes to his commute each way.
L street Market Street
P full Luis Benítez
F age 34
O company Volkswagen
L facility Enterprise South
F duration 70 minutes
> “I leave the house at 4:45 a.m. as it is,” Benítez said. “Without that route, I’m looking at two buses and a 25-minute walk in the dark.
Q direct Luis Benítez :: “I leave the house at 4:45 a.m. as it is,”
F time 4:45 a.m.
P partial Benítez
Q direct Luis Benítez :: “Without that route, I’m looking at two buses and a 25-minute walk in the dark.
F number two
F duration 25-minute
> “I’m not asking them for a new bus. I’m asking them not to take away the one I’ve got.”
Q direct Luis Benítez :: “I’m not asking them for a new bus. I’m asking them not to take away the one I’ve got.”
> The local chapter of the Amalgamated Transit Union, which represents about 190 CARTA drivers and mechanics, said it would resist “any plan that balances the books with pink slips.”
O nonprofit Amalgamated Transit Union
F number 190
O government CARTA
Q direct Amalgamated Transit Union :: “any plan that balances the books with pink slips.”
> Hamilton County, which contributes $1.4 million a year to CARTA, has said it will not increase its share. The Hamilton County Commission takes up the transit budget at 9:30 a.m. on March 8 at the Hamilton County Courthouse, 625 Georgia Ave.
L region Hamilton County
F money $1.4 million
O government CARTA
O government Hamilton County Commission
F time 9:30 a.m.
F date March 8
L facility Hamilton County Courthouse
L address 625 Georgia Ave.
'''

ARTICLES['114-breidablik-vikingur-cup-final'] = r'''
> Breiðablik beats Víkingur 3-2 in extra time to win Icelandic Cup
O team Breiðablik
O team Víkingur
F score 3-2
> Breiðablik’s Kári Sveinbjörnsson (10) celebrates after scoring the winning goal against Víkingur in the Icelandic Cup final at Laugardalsvöllur in Reykjavik, Iceland, Saturday, Aug. 21, 2027. (Hrafnhildur Kolbeinsdóttir/AP)
O team Breiðablik
P full Kári Sveinbjörnsson
O team Víkingur
L facility Laugardalsvöllur
L city Reykjavik
L country Iceland
F date Aug. 21, 2027
P full Hrafnhildur Kolbeinsdóttir
O media AP
> By SIGRÚN HALLDÓRSDÓTTIR
P full SIGRÚN HALLDÓRSDÓTTIR
> Associated Press
O media Associated Press
> REYKJAVIK, Iceland (AP) — Kári Sveinbjörnsson headed in the winner in the 112th minute as Breiðablik beat Víkingur 3-2 after extra time on Saturday to win the Icelandic Cup, two days after the 21-year-old striker agreed to join Norwegian club Molde.
L city REYKJAVIK
L country Iceland
O media AP
P full Kári Sveinbjörnsson
O team Breiðablik
O team Víkingur
F score 3-2
F duration two days
F age 21-year-old
O team Molde
> Sveinbjörnsson, who has signed a four-year contract with the Eliteserien club for a reported 45 million Icelandic kronur ($330,000), met a low cross from Emil Þór Ragnheiðarson at the near post to settle a final that Víkingur had twice led.
P partial Sveinbjörnsson
F duration four-year
O other Eliteserien
F money 45 million Icelandic kronur
F money $330,000
P full Emil Þór Ragnheiðarson
O team Víkingur
> “I wanted to leave with a trophy, not a handshake,” Sveinbjörnsson said. “The people here have given me everything since I was 12. This one is for them.”
Q direct Kári Sveinbjörnsson :: “I wanted to leave with a trophy, not a handshake,”
P partial Sveinbjörnsson
Q direct Kári Sveinbjörnsson :: “The people here have given me everything since I was 12. This one is for them.”
F age 12
> Tryggvi Steinarsson put Víkingur ahead in the ninth minute with a shot from 20 meters that deflected off a defender. Ragnheiðarson equalized just before halftime, and Bjartur Óskarsson restored Víkingur’s lead from the penalty spot in the 67th minute.
P full Tryggvi Steinarsson
O team Víkingur
F quantity 20 meters
P partial Ragnheiðarson
P full Bjartur Óskarsson
O team Víkingur
> Breiðablik substitute Aron Dagur Þrastarson made it 2-2 with six minutes of regular time left, forcing 30 minutes of extra time in light rain and a temperature of 9 degrees Celsius (48 degrees Fahrenheit).
O team Breiðablik
P full Aron Dagur Þrastarson
F score 2-2
F duration six minutes
F duration 30 minutes
F quantity 9 degrees Celsius
F quantity 48 degrees Fahrenheit
> A crowd of 6,412 watched at Laugardalsvöllur, the national stadium, and the Football Association of Iceland (KSÍ) said the final drew a television audience of 118,000, about a third of the country’s population.
F number 6,412
L facility Laugardalsvöllur
O other Football Association of Iceland
O other KSÍ
F number 118,000
F fraction a third
> Víkingur goalkeeper Hlynur Bergþórsson made seven saves and kept his side level through the first half of extra time, tipping a header from Sveinbjörnsson onto the crossbar in the 98th minute. The win gives Breiðablik a place in European qualifying next summer.
O team Víkingur
P full Hlynur Bergþórsson
F number seven
P partial Sveinbjörnsson
O team Breiðablik
> “We had the game in our hands twice and gave it back twice,” Víkingur coach Bjarki Freysson said. “That’s on me, not the players.”
Q direct Bjarki Freysson :: “We had the game in our hands twice and gave it back twice,”
O team Víkingur
P full Bjarki Freysson
Q direct Bjarki Freysson :: “That’s on me, not the players.”
> Víkingur, who lead the Besta deild by four points with five rounds to play, had been chasing a league and cup double. They host KR next Sunday and can clinch the title with a win if Valur drop points at Stjarnan.
O team Víkingur
O other Besta deild
F number four
F number five
O team KR
O team Valur
O team Stjarnan
> Molde announced the transfer on Thursday. Sveinbjörnsson, who has scored 14 goals in 19 league games this season and made his debut for Iceland in March, will join the club on Jan. 1.
O team Molde
P partial Sveinbjörnsson
F number 14
F number 19
O team Iceland
F date Jan. 1
> “Kári is a modern striker with an old-fashioned instinct for goals,” the club said in a statement.
Q direct Molde :: “Kári is a modern striker with an old-fashioned instinct for goals,”
P partial Kári
> Breiðablik coach Þorvaldur Egilsson said the club would spend part of the fee on its academy in Kópavogur, where Sveinbjörnsson arrived as a 12-year-old from Ísafjörður in the Westfjords.
O team Breiðablik
P full Þorvaldur Egilsson
L city Kópavogur
P partial Sveinbjörnsson
F age 12-year-old
L city Ísafjörður
L region Westfjords
> “Selling players is how a club like ours survives in a country of 390,000 people,” he said. “We would just rather sell them with medals around their necks.
Q direct Þorvaldur Egilsson :: “Selling players is how a club like ours survives in a country of 390,000 people,”
F number 390,000
Q direct Þorvaldur Egilsson :: “We would just rather sell them with medals around their necks.
> “Kári will be back one day. They always come back.”
Q direct Þorvaldur Egilsson :: “Kári will be back one day. They always come back.”
P partial Kári
'''

ARTICLES['115-swiss-glacier-melt-study'] = r'''
> Glaciers
> Swiss glaciers lost 4% of their ice in a year, study finds
F percent 4%
> Researchers say hundreds of smaller glaciers in the Alps could vanish within two decades after the second-worst melt on record
L geo Alps
F duration two decades
> Ellen Marwood Environment correspondent
P full Ellen Marwood
> Fri 12 Nov 2027 06.00 GMT
F date 12 Nov 2027
F time 06.00 GMT
> Fleece blankets cover part of the Rhône glacier in the canton of Valais to slow the summer melt. Photograph: Corinne Aebischer/EPA
L geo Rhône
L region Valais
P full Corinne Aebischer
O media EPA
> Switzerland’s glaciers lost 4% of their remaining ice this year, the second-largest annual loss since measurements began, according to a study that warns hundreds of smaller glaciers in the Alps are likely to disappear within two decades.
L country Switzerland
F percent 4%
L geo Alps
F duration two decades
> Researchers from ETH Zurich and the University of Fribourg, working with the Glacier Monitoring Switzerland (GLAMOS) network, estimated that 2.3 cubic kilometres of ice melted between October 2026 and September 2027 – enough to cover the canton of Zurich in water 1.3 metres deep.
O education ETH Zurich
O education University of Fribourg
O other Glacier Monitoring Switzerland
O other GLAMOS
F quantity 2.3 cubic kilometres
F date October 2026
F date September 2027
L region Zurich
F quantity 1.3 metres
> Only 2022, when 6% of the ice was lost, was worse. Since 2000, the country’s glaciers have lost about 40% of their volume, the researchers said.
F date 2022
F percent 6%
F date 2000
F percent 40%
> “We used to talk about the end of this century. Now we are talking about the end of the 2030s for many of the glaciers people drive past on their holidays,” said Prof Matthias Kernen, a glaciologist at ETH Zurich and the study’s lead author.
Q direct Matthias Kernen :: “We used to talk about the end of this century. Now we are talking about the end of the 2030s for many of the glaciers people drive past on their holidays,”
F date 2030s
P full Matthias Kernen
O education ETH Zurich
> The study, published on Thursday in the Journal of Glaciology, combined field measurements on 20 reference glaciers with satellite and drone surveys of 1,380 others. It found that ice below 3,000 metres had thinned by an average of 2.7 metres, and that the Rhône glacier, where an ice grotto is carved for tourists each summer, had retreated by 58 metres.
O media Journal of Glaciology
F number 20
F number 1,380
F quantity 3,000 metres
F quantity 2.7 metres
L geo Rhône
F quantity 58 metres
> Kernen said two heatwaves in July and August had pushed the freezing level above 5,000 metres, higher than the summit of Mont Blanc, for 11 days.
P partial Kernen
F number two
F quantity 5,000 metres
L geo Mont Blanc
F duration 11 days
> Even if global heating is limited to 1.5C above pre-industrial levels, about two-thirds of the ice in the Alps will be gone by 2100, the study found. On current policies, the researchers put that figure at more than 90%.
F quantity 1.5C
F fraction two-thirds
L geo Alps
F date 2100
F percent 90%
> Dr Seraina Caduff, of the WSL Institute for Snow and Avalanche Research (SLF) in Davos, a co-author, said the damage was done as much in winter as in summer. “A hot summer on its own is survivable for a glacier. What is killing them is a hot summer that follows a winter with too little snow,” she said.
P full Seraina Caduff
O education WSL Institute for Snow and Avalanche Research
O education SLF
L city Davos
Q direct Seraina Caduff :: “A hot summer on its own is survivable for a glacier. What is killing them is a hot summer that follows a winter with too little snow,”
> Snow depth at 2,000 metres was 30% below the 1991-2020 average in February, she said, leaving bare ice exposed by early June.
F quantity 2,000 metres
F percent 30%
F date 1991-2020
> The findings come two years after the Birch glacier collapsed onto the village of Blatten in the Lötschental valley in May 2025, burying most of it. Caduff said 47 unstable glaciers were now watched by radar, up from 12 in 2024, and that what glaciologists call “dead ice” – stagnant ice cut off from the flow of a glacier – was a growing hazard.
F duration two years
L geo Birch
L city Blatten
L geo Lötschental
F date May 2025
P partial Caduff
F number 47
F number 12
F date 2024
Q scare - :: “dead ice”
> Prof Giulia Santambrogio, a climate scientist at the University of Innsbruck who was not involved in the study, said Austria’s glaciers were on the same path. “Austria will very probably be the first country in the Alps to lose all of its glaciers, within 40 to 45 years,” she said. “Switzerland is only a little behind.”
P full Giulia Santambrogio
O education University of Innsbruck
L country Austria
Q direct Giulia Santambrogio :: “Austria will very probably be the first country in the Alps to lose all of its glaciers, within 40 to 45 years,”
L country Austria
L geo Alps
F duration 40
F duration 45 years
Q direct Giulia Santambrogio :: “Switzerland is only a little behind.”
L country Switzerland
> The Federal Office for the Environment (FOEN) said in a statement that the results were “a further alarm signal” and that Switzerland remained committed to halving its greenhouse gas emissions from 1990 levels by 2030.
O government Federal Office for the Environment
O government FOEN
Q direct Federal Office for the Environment :: “a further alarm signal”
L country Switzerland
F date 1990
F date 2030
> Kernen said covering glaciers with white fleece, as is done each summer on the Rhône glacier and on some ski slopes, could save ice only in small areas. “It is a bandage, not a cure. You can protect a grotto for tourists, but you cannot wrap up 1,400 glaciers.
P partial Kernen
L geo Rhône
Q direct Matthias Kernen :: “It is a bandage, not a cure. You can protect a grotto for tourists, but you cannot wrap up 1,400 glaciers.
F number 1,400
> “The only thing that changes the outcome for the Alps now is what happens to global emissions in the next 10 years.”
Q direct Matthias Kernen :: “The only thing that changes the outcome for the Alps now is what happens to global emissions in the next 10 years.”
L geo Alps
F duration 10 years
'''

ARTICLES['116-roomlane-paris-appeal-fine'] = r'''
> Legal
> French court upholds 148 mln euro fine on booking platform Roomlane
F money 148 mln euro
O company Roomlane
> By Élodie Marchetti and Piotr Nowicki
P full Élodie Marchetti
P full Piotr Nowicki
> October 6, 2027 3:41 PM GMT+2 Updated 2 hours ago
F date October 6, 2027
F time 3:41 PM GMT+2
F duration 2 hours
> PARIS, Oct 6 (Reuters) - The Paris Court of Appeal on Wednesday upheld a 148 million euro ($172 million) fine on Roomlane, the U.S. hotel booking platform, for contract clauses that stopped French hotels from offering lower prices on their own websites, a ruling hoteliers said opens the way for damages claims.
L city PARIS
F date Oct 6
O media Reuters
O government Paris Court of Appeal
F money 148 million euro
F money $172 million
O company Roomlane
L country U.S.
> The court cut the fine from the 160 million euros imposed in March 2026 by the Autorité de la concurrence, France's competition watchdog, but upheld its central finding that Roomlane abused a dominant position between 2019 and 2024 by enforcing so-called "parity clauses" in its contracts with some 21,000 French hotels.
F money 160 million euros
F date March 2026
O government Autorité de la concurrence
L country France
O company Roomlane
F date 2019
F date 2024
Q scare - :: "parity clauses"
F number 21,000
> Roomlane said it would appeal to the Cour de cassation, France's highest court. "We removed these clauses across Europe years ago, and we continue to believe they were lawful when they were in place," a company spokesperson said in an emailed statement.
O company Roomlane
O government Cour de cassation
L country France
Q direct - :: "We removed these clauses across Europe years ago, and we continue to believe they were lawful when they were in place,"
L continent Europe
> Seattle-based Roomlane Inc, whose shares trade on the Nasdaq, said in a separate filing that the fine had been fully provisioned and would not affect its 2027 earnings forecast.
L city Seattle
O company Roomlane Inc
O company Nasdaq
F date 2027
> The Union des métiers et des industries de l'hôtellerie (UMIH), France's largest hotel trade group, brought the original complaint in 2021. Its lawyer, Hélène Darmon-Kessler, said the judgment removed the main obstacle to claims by individual hotels.
O nonprofit Union des métiers et des industries de l'hôtellerie
O nonprofit UMIH
L country France
F date 2021
P full Hélène Darmon-Kessler
> "The court has now said clearly that these clauses were illegal. Every hotel that paid commission on a booking it could have taken directly has a claim," she told Reuters. She said UMIH would help members file claims before the end of the year and expected "several hundred" to join.
Q direct Hélène Darmon-Kessler :: "The court has now said clearly that these clauses were illegal. Every hotel that paid commission on a booking it could have taken directly has a claim,"
O media Reuters
O nonprofit UMIH
Q direct Hélène Darmon-Kessler :: "several hundred"
> Hotels typically pay booking platforms commissions of 15% to 25% of the room price. The authority found that Roomlane's clauses had kept its commissions about 3 percentage points higher than they would otherwise have been, costing French hotels an estimated 410 million euros over five years.
F percent 15%
F percent 25%
O company Roomlane
F percent 3 percentage points
F money 410 million euros
F duration five years
> In its 94-page decision, the court said Roomlane held more than 70% of the market for online hotel bookings in France in 2023 and that the clauses had "deprived hotels of the freedom to set their own prices."
F number 94
O company Roomlane
F percent 70%
L country France
F date 2023
Q direct Paris Court of Appeal :: "deprived hotels of the freedom to set their own prices."
> Maxime Ferrand, an analyst at Paris-based brokerage Valmont Securities, said the fine was modest next to Roomlane's revenue of $6.3 billion last year, but that damages claims could be "the real bill." He put potential claims at 300 million to 500 million euros.
P full Maxime Ferrand
L city Paris
O company Valmont Securities
O company Roomlane
F money $6.3 billion
Q direct Maxime Ferrand :: "the real bill."
F money 300 million
F money 500 million euros
> Platforms' pricing practices have come under growing pressure in Europe. The EU's top court ruled in 2024 that such clauses were not objectively necessary for a platform's business, in a case involving Booking.com, and the European Union's Digital Markets Act (DMA) now bars the biggest platforms, which it designates as "gatekeepers," from using them.
L continent Europe
O intergovernmental EU
F date 2024
O company Booking.com
O intergovernmental European Union
Q scare - :: "gatekeepers,"
> Roomlane, which lists more than 900,000 properties worldwide, removed parity clauses from its European contracts in July 2024 but kept them for hotels outside the bloc, according to the ruling.
O company Roomlane
F number 900,000
F date July 2024
> (Reporting by Élodie Marchetti and Piotr Nowicki in Paris; Additional reporting by Conor Haughey in Dublin; Editing by Alexandra Pryce)
P full Élodie Marchetti
P full Piotr Nowicki
L city Paris
P full Conor Haughey
L city Dublin
P full Alexandra Pryce
> ($1 = 0.8605 euros)
F money $1
F money 0.8605 euros
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
