#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval199 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval199/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1237-penang-mutiara-lrt-cost-three-new-stations-malay-mail'] = r'''
> Malaysia
L country Malaysia
> Penang LRT bill climbs to RM13.9b as state adds three stations, opening pushed to 2041
L region Penang
F money RM13.9b
F number three
F date 2041
> State exco says federal loan will cover extra RM1.1b; opposition calls it a ‘blank cheque’
F money RM1.1b
Q direct Muhammad Haziq Rosdi :: ‘blank cheque’
> By Nur Syafiqah Ahmad Tarmizi
P full Nur Syafiqah Ahmad Tarmizi
> Thursday, 14 Mar 2040 6:52 PM MYT
F date 14 Mar 2040
F time 6:52 PM MYT
> Workers on the Mutiara Line viaduct along Jalan Sultan Azlan Shah in Bayan Lepas March 12, 2040. — Picture by Ooi Kah Hoe
L facility Mutiara Line
L street Jalan Sultan Azlan Shah
L city Bayan Lepas
F date March 12, 2040
P full Ooi Kah Hoe
> GEORGE TOWN, March 14 — The cost of Penang’s Mutiara Line has risen to RM13.9 billion from RM12.8 billion after the state added three stations to the 29.9km light rail transit (LRT) line, state infrastructure and transport committee chairman Datuk Seri Teoh Wei Leng said today.
L city GEORGE TOWN
F date March 14
L region Penang
L facility Mutiara Line
F money RM13.9 billion
F money RM12.8 billion
F number three
F quantity 29.9km
P full Teoh Wei Leng
> Teoh said the new stations at Island Glades, Batu Uban and Bayan Baru would bring the total to 24, and that the first trains would now run in the third quarter of 2041 instead of December 2040.
P partial Teoh
L city Island Glades
L city Batu Uban
L city Bayan Baru
F number 24
F date 2041
F date December 2040
> “Every station we add costs between RM300 million and RM400 million, but a line that skips Island Glades and Batu Uban is a line that skips 60,000 people,” Teoh told reporters after the weekly state executive council meeting at Komtar.
Q direct Teoh Wei Leng :: “Every station we add costs between RM300 million and RM400 million, but a line that skips Island Glades and Batu Uban is a line that skips 60,000 people,”
F money RM300 million
F money RM400 million
L city Island Glades
L city Batu Uban
F number 60,000
P partial Teoh
L facility Komtar
> He said the extra RM1.1 billion would be financed through a 30-year federal loan arranged by the Mass Rapid Transit Corporation (MRT Corp), which took over as project owner in 2023, and that Putrajaya had agreed to it “in principle”.
F money RM1.1 billion
F duration 30-year
O company Mass Rapid Transit Corporation
O company MRT Corp
F date 2023
L city Putrajaya
Q direct Teoh Wei Leng :: “in principle”
> “We are not asking Penangites to pay one sen more. The loan will be repaid from fares and from land sales on Silicon Island,” he said.
Q direct Teoh Wei Leng :: “We are not asking Penangites to pay one sen more. The loan will be repaid from fares and from land sales on Silicon Island,”
F money one sen
L geo Silicon Island
> The 24-station line will run from Komtar in George Town through Jelutong, Gelugor and Sungai Nibong to Penang International Airport and Silicon Island. MRT Corp expects 118,000 passengers a day by 2045, with an end-to-end journey of 38 minutes.
F number 24
L facility Komtar
L city George Town
L city Jelutong
L city Gelugor
L city Sungai Nibong
L facility Penang International Airport
L geo Silicon Island
O company MRT Corp
F number 118,000
F date 2045
F duration 38 minutes
> Opposition leader Muhammad Haziq Rosdi, the Penaga assemblyman from Perikatan Nasional (PN), called the increase a “blank cheque” and said the state had promised in 2036 that there would be no further revisions.
P full Muhammad Haziq Rosdi
L region Penaga
O party Perikatan Nasional
O party PN
Q direct Muhammad Haziq Rosdi :: “blank cheque”
F date 2036
> “In 2036 the chief minister stood in the state assembly and said, ‘This is the final figure.’ Four years later we are RM1.1 billion poorer and the trains are a year late,” said Muhammad Haziq.
Q direct Muhammad Haziq Rosdi :: “In 2036 the chief minister stood in the state assembly and said, ‘This is the final figure.’ Four years later we are RM1.1 billion poorer and the trains are a year late,”
F date 2036
F duration Four years
F money RM1.1 billion
P partial Muhammad Haziq
> Pinang Mutiara Rail Sdn Bhd (PMR), the main contractor, said in a statement that 41 per cent of the civil works were complete and that the project remained “financially sound”.
O company Pinang Mutiara Rail Sdn Bhd
O company PMR
F percent 41 per cent
Q direct Pinang Mutiara Rail Sdn Bhd :: “financially sound”
> A Transport Ministry official, who asked not to be named, said the loan still needed Cabinet approval. “Nothing has been signed. The ministry supports the line, but the numbers must be checked first,” the official said.
O government Transport Ministry
O government Cabinet
Q direct - :: “Nothing has been signed. The ministry supports the line, but the numbers must be checked first,”
> Along the route, traders are counting the days. R. Thilagavathy, 52, who runs a banana leaf restaurant on Jalan Sultan Azlan Shah, said her takings had fallen by a third since the road was narrowed to two lanes in 2038.
P full R. Thilagavathy
F age 52
L street Jalan Sultan Azlan Shah
F fraction a third
F number two
F date 2038
> “Three years of dust and jams. I can wait until 2041 for the train, but I hope it stops at my door,” she said.
Q direct R. Thilagavathy :: “Three years of dust and jams. I can wait until 2041 for the train, but I hope it stops at my door,”
F duration Three years
F date 2041
'''

ARTICLES['1238-queenstown-visitor-levy-council-vote-glenorchy-kingston-otago-daily-times'] = r'''
> Queenstown
L city Queenstown
> Visitor levy gets nod in 8-3 vote
F number 8-3
> Council to charge 5% on every night's stay from July 2041, raising $32m a year
F percent 5%
F date July 2041
F money $32m
> By Ruby Tautahi
P full Ruby Tautahi
> Thu, 12 Apr 2040
F date 12 Apr 2040
> Visitors on Steamer Wharf in Queenstown yesterday. PHOTO: STEPHEN KILGOUR-NAIRN
L facility Steamer Wharf
L city Queenstown
P full STEPHEN KILGOUR-NAIRN
> Overnight visitors to the Queenstown Lakes district will pay a 5% levy on their accommodation from July 1 next year, after councillors voted 8-3 yesterday to adopt the charge.
L region Queenstown Lakes
F percent 5%
F date July 1
F number 8-3
> The Queenstown Lakes District Council (QLDC) expects the levy to raise about $32m a year from 3.4 million visitor nights in commercial accommodation, and says all of it will go to roads, water and public toilets in a district of 51,000 residents.
O government Queenstown Lakes District Council
O government QLDC
F money $32m
F number 3.4 million
F number 51,000
> Guest nights in the district rose 14% between 2035 and 2039, council figures show, and on a peak January night there are about 9000 more visitors than residents in Queenstown itself.
F percent 14%
F date 2035
F date 2039
F number 9000
L city Queenstown
> Mayor Caroline Fenwick-Oakes said the district had asked for the power to charge visitors since 2019, when 81% of voters backed the idea in a non-binding poll, and that the law change passed by Parliament in 2039 had finally given it.
P full Caroline Fenwick-Oakes
F date 2019
F percent 81%
O government Parliament
F date 2039
> "For 20 years our ratepayers have paid for the roads and toilets used by 3.4 million visitors. That ends today," she said.
Q direct Caroline Fenwick-Oakes :: "For 20 years our ratepayers have paid for the roads and toilets used by 3.4 million visitors. That ends today,"
F duration 20 years
F number 3.4 million
> Cr Esther de Villiers, who moved the motion, said a family paying $260 a night for a motel room in Frankton would pay an extra $13.
P full Esther de Villiers
F money $260
L city Frankton
F money $13
> "It's the price of a flat white and a muffin. Nobody cancels a holiday in Queenstown over $13," Cr de Villiers said.
Q direct Esther de Villiers :: "It's the price of a flat white and a muffin. Nobody cancels a holiday in Queenstown over $13,"
L city Queenstown
F money $13
P partial de Villiers
> The three councillors who voted against – Cr Hēmi Waaka-Brown, Cr Doug Faulkner and Cr Lisa Kingston – said the levy should have exempted campervans and backpacker hostels.
F number three
P full Hēmi Waaka-Brown
P full Doug Faulkner
P full Lisa Kingston
> Cr Kingston, who represents the Whakatipu ward, said operators in Glenorchy, Kingston and Jack's Point had not been properly consulted. "They found out from the newspaper. That's not consultation, that's notification," she said.
P partial Kingston
L region Whakatipu
L city Glenorchy
L city Kingston
L city Jack's Point
Q direct Lisa Kingston :: "They found out from the newspaper. That's not consultation, that's notification,"
> The Lakes Accommodation Providers Association (LAPA), which represents about 1100 operators, called the levy "a tax on the people who keep this town alive" and warned of a "patchwork" of rules between Queenstown and Wānaka.
O nonprofit Lakes Accommodation Providers Association
O nonprofit LAPA
F number 1100
Q direct Lakes Accommodation Providers Association :: "a tax on the people who keep this town alive"
Q direct Lakes Accommodation Providers Association :: "patchwork"
L city Queenstown
L city Wānaka
> Its chairwoman, Sunita Ramaswamy, said booking sites would collect the charge. "Guests won't notice it, but our members will notice the paperwork," she said. LAPA would review its position in 12 months, she said.
P full Sunita Ramaswamy
Q direct Sunita Ramaswamy :: "Guests won't notice it, but our members will notice the paperwork,"
O nonprofit LAPA
F duration 12 months
> Across the Crown Range, the Central Otago District Council is watching closely. Its chief executive, Dr Anton Lindqvist, said Cromwell and Alexandra could consider a similar charge in 2042.
L geo Crown Range
O government Central Otago District Council
P full Anton Lindqvist
L city Cromwell
L city Alexandra
F date 2042
> A council staff member, who asked not to be named, said the levy would cost about $1.4m to set up and $450,000 a year to run. "We are building it from scratch. There is no template anywhere in New Zealand," the staff member said.
F money $1.4m
F money $450,000
Q direct - :: "We are building it from scratch. There is no template anywhere in New Zealand,"
L country New Zealand
> The levy will be reviewed after three years. It will not apply to residents, or to visitors staying with friends or family.
F duration three years
'''

ARTICLES['1239-mud-hens-beat-clippers-11-innings-fifth-third-field-toledo-blade'] = r'''
> Sports
> Ruiz-Tanaka’s Single in 11th Lifts Mud Hens Past Clippers, 5-4
P partial Ruiz-Tanaka
O team Mud Hens
O team Clippers
F score 5-4
> Toledo rallies from three runs down for its fifth straight win at Fifth Third Field
O team Toledo
F number three
L facility Fifth Third Field
> By Owen Kaczmarek / The Blade
P full Owen Kaczmarek
O media The Blade
> Published on June 19, 2040 | Updated 11:52 p.m.
F date June 19, 2040
F time 11:52 p.m.
> Toledo’s Kenji Ruiz-Tanaka is mobbed by teammates after his game-winning single in the 11th inning against Columbus at Fifth Third Field on Tuesday. THE BLADE/ANNA MARIE SZYMANSKI
O team Toledo
P full Kenji Ruiz-Tanaka
O team Columbus
L facility Fifth Third Field
O media THE BLADE
P full ANNA MARIE SZYMANSKI
> Kenji Ruiz-Tanaka had waited 10 innings for a pitch he could drive. When it came, with two outs and the bases loaded in the bottom of the 11th, he lined it into left field, and the Mud Hens had a 5-4 win over the Columbus Clippers on Tuesday night.
P full Kenji Ruiz-Tanaka
F number 10
F number two
O team Mud Hens
F score 5-4
O team Columbus Clippers
> It was the fifth straight win for Toledo (38-31), which trailed 4-1 after six innings and had not scored since the second. A crowd of 8,412 stayed for all 3 hours, 48 minutes on a muggy, 86-degree night.
O team Toledo
F score 38-31
F score 4-1
F number six
F number 8,412
F duration 3 hours
F duration 48 minutes
F quantity 86-degree
> “I was just trying not to do too much. Two strikes, put it in play, let the guys behind me worry about it,” said Ruiz-Tanaka, 24, who went 3 for 5 and is hitting .331 since he came back from a sprained wrist on May 28.
Q direct Kenji Ruiz-Tanaka :: “I was just trying not to do too much. Two strikes, put it in play, let the guys behind me worry about it,”
F number Two
P partial Ruiz-Tanaka
F age 24
F number 3
F number 5
F number .331
F date May 28
> He is “a line-drive machine,” said Mud Hens manager Rafael Ocasio-Brandt, who sent up a pinch-hitter for his catcher in the ninth. “Kenji doesn’t chase. When you don’t chase, sooner or later the pitcher has to come to you.”
Q direct Rafael Ocasio-Brandt :: “a line-drive machine,”
O team Mud Hens
P full Rafael Ocasio-Brandt
Q direct Rafael Ocasio-Brandt :: “Kenji doesn’t chase. When you don’t chase, sooner or later the pitcher has to come to you.”
P partial Kenji
> Columbus (35-34) built its lead on a three-run homer by Dwayne St. Clair in the fourth, a 412-foot drive to center off Toledo starter Marcus DeLuca. DeLuca, a left-hander the Detroit Tigers sent down last week, allowed four runs on seven hits over 6 2/3 innings and threw 104 pitches.
O team Columbus
F score 35-34
F number three
P full Dwayne St. Clair
F quantity 412-foot
O team Toledo
P full Marcus DeLuca
P partial DeLuca
O team Detroit Tigers
F number four
F number seven
F number 6 2/3
F number 104
> St. Clair finished with three hits and four RBIs. The Mud Hens chipped away: Ángel Luis Piñeiro doubled home a run in the seventh, and pinch-hitter Tre Okonkwo-Hale tied it in the ninth with a two-run single off Clippers closer Brody Halvorsen, who had converted 14 straight save chances.
P partial St. Clair
F number three
F number four
O team Mud Hens
P full Ángel Luis Piñeiro
P full Tre Okonkwo-Hale
F number two
O team Clippers
P full Brody Halvorsen
F number 14
> Halvorsen, who touched 99 mph, would not blame the heat. “I left one over the middle. That’s on me, not the weather,” he said.
P partial Halvorsen
F quantity 99 mph
Q direct Brody Halvorsen :: “I left one over the middle. That’s on me, not the weather,”
> Toledo reliever Yusuf Adeyemi-Clark (4-1) pitched two scoreless innings for the win. Clippers manager Sal Benedetto, in his second season, said his bullpen had thrown 17 innings in the last three days.
O team Toledo
P full Yusuf Adeyemi-Clark
F score 4-1
F number two
O team Clippers
P full Sal Benedetto
F number 17
F duration three days
> “We’re running on fumes. I told the guys in Louisville, ‘Just get us to Sunday,’ and here we are on Tuesday,” Benedetto said.
Q direct Sal Benedetto :: “We’re running on fumes. I told the guys in Louisville, ‘Just get us to Sunday,’ and here we are on Tuesday,”
L city Louisville
P partial Benedetto
> Fans in the left-field seats, known around the ballpark as “the coop,” chanted Ruiz-Tanaka’s name through the last two innings.
Q scare - :: “the coop,”
P partial Ruiz-Tanaka
F number two
> The series continues at 7:05 p.m. Wednesday. Toledo will start right-hander Luca Bianchi-Moreno (5-3, 3.41 ERA) against Columbus left-hander Jae-won Park (6-2, 2.88).
F time 7:05 p.m.
O team Toledo
P full Luca Bianchi-Moreno
F score 5-3
F number 3.41
O team Columbus
P full Jae-won Park
F score 6-2
F number 2.88
'''

ARTICLES['1240-shenzhen-xingdong-auto-ev-annual-results-profit-falls-south-china-morning-post'] = r'''
> Business / Companies
> Shenzhen EV maker Xingdong’s profit falls 38 per cent as price war bites
L city Shenzhen
O company Xingdong
F percent 38 per cent
> Deliveries rose to a record 412,600 vehicles in 2039, but the company warned of ‘another hard year’ as it cut prices at home and in Europe
F number 412,600
F date 2039
Q direct Shenzhen Xingdong Auto Technology :: ‘another hard year’
L continent Europe
> By Tang Yuxin in Shenzhen
P full Tang Yuxin
L city Shenzhen
> Published: 8:45pm, 27 Mar 2040
F time 8:45pm
F date 27 Mar 2040
> A Xingdong Auto showroom in Shenzhen’s Futian district. Photo: Bloomberg
O company Xingdong Auto
L city Shenzhen
L city Futian
O media Bloomberg
> Shenzhen Xingdong Auto Technology, the Hong Kong-listed electric vehicle (EV) maker, said on Thursday its net profit fell 38 per cent last year to 2.17 billion yuan (US$300 million), as a price war in China’s car market wiped out the gains from record sales.
O company Shenzhen Xingdong Auto Technology
L city Hong Kong
F percent 38 per cent
F money 2.17 billion yuan
F money US$300 million
L country China
> Revenue rose 11.4 per cent to 96.8 billion yuan, the company said in a filing to the Hong Kong stock exchange. It delivered 412,600 vehicles, up from 351,200 in 2038, with exports making up 18 per cent of the total.
F percent 11.4 per cent
F money 96.8 billion yuan
L city Hong Kong
F number 412,600
F number 351,200
F date 2038
F percent 18 per cent
> But its gross margin shrank to 14.2 per cent from 19.6 per cent a year earlier, after Xingdong cut the price of its best-selling Aurora SUV three times in 2039, by a total of 21,000 yuan.
F percent 14.2 per cent
F percent 19.6 per cent
O company Xingdong
F number three
F date 2039
F money 21,000 yuan
> “We chose volume over margin, and we would make the same choice again,” chairman Liang Zhiwei told analysts on a call. “In this market, if you stop cutting, you stop selling. The companies that survive the next two years will be the ones with scale.”
Q direct Liang Zhiwei :: “We chose volume over margin, and we would make the same choice again,”
P full Liang Zhiwei
Q direct Liang Zhiwei :: “In this market, if you stop cutting, you stop selling. The companies that survive the next two years will be the ones with scale.”
F duration two years
> Liang, 51, who founded the company in Shenzhen’s Pingshan district in 2027 after 12 years at a state-owned carmaker, said Xingdong would launch four new models in 2040 and aimed to deliver 520,000 vehicles, a target some analysts called “heroic”.
P partial Liang
F age 51
L city Shenzhen
L city Pingshan
F date 2027
F duration 12 years
O company Xingdong
F number four
F date 2040
F number 520,000
Q direct - :: “heroic”
> Chief financial officer Fiona Kwok Wing-yee said the company held 31.5 billion yuan in cash and had no plans to raise new equity. Its first overseas plant, in Rayong, Thailand, would start production in the third quarter with capacity for 150,000 vehicles a year, she said.
P full Fiona Kwok Wing-yee
F money 31.5 billion yuan
L city Rayong
L country Thailand
F number 150,000
> “Europe is the harder question,” Kwok said. “The tariffs have not gone away. Our dealers there tell us, ‘Give us a car under €30,000 and we will sell it,’ and that is what we are building.
Q direct Fiona Kwok Wing-yee :: “Europe is the harder question,”
L continent Europe
P partial Kwok
Q direct Fiona Kwok Wing-yee :: “The tariffs have not gone away. Our dealers there tell us, ‘Give us a car under €30,000 and we will sell it,’ and that is what we are building.
F money €30,000
> “But we will not sell at a loss to buy market share in Germany or France.”
Q direct Fiona Kwok Wing-yee :: “But we will not sell at a loss to buy market share in Germany or France.”
L country Germany
L country France
> Shares of Xingdong fell 6.3 per cent to HK$48.20 in Hong Kong on Friday morning, taking their decline this year to 22 per cent. The Hang Seng Index was little changed.
O company Xingdong
F percent 6.3 per cent
F money HK$48.20
L city Hong Kong
F percent 22 per cent
> Zhou Mingqian, an auto analyst at Jinhai Securities, said the fourth-quarter numbers were weaker than they looked, with an operating loss of 640 million yuan in the three months to December.
P full Zhou Mingqian
O company Jinhai Securities
F money 640 million yuan
F duration three months
> “The volume story is real. The profit story is not there yet,” Zhou said, adding that the company’s “scale first” strategy would be tested if subsidies for rural buyers ended as planned in June.
Q direct Zhou Mingqian :: “The volume story is real. The profit story is not there yet,”
P partial Zhou
Q scare - :: “scale first”
> A person familiar with the company’s plans said Xingdong was in talks with a state-owned bank in Guangdong over a credit line of up to 10 billion yuan. “Nothing is final. But the talks are serious,” the person said.
O company Xingdong
L region Guangdong
F money 10 billion yuan
Q direct - :: “Nothing is final. But the talks are serious,”
> BYD, the market leader and also based in Shenzhen, reports its annual results next week.
O company BYD
L city Shenzhen
'''

ARTICLES['1241-miami-flood-pumps-shorecrest-little-river-sea-level-commission-miami-herald'] = r'''
> Climate Change
> Miami commission OKs $412 million for flood pumps. Shorecrest, where tides top curbs, is first
L city Miami
F money $412 million
L city Shorecrest
> The 3-2 vote ends two years of debate over how fast the city can keep rising water off its lowest streets
F number 3-2
F duration two years
> By Maricela Quintanilla-Ortiz
P full Maricela Quintanilla-Ortiz
> Updated April 9, 2040 7:18 PM
F date April 9, 2040
F time 7:18 PM
> Water covers Northeast 10th Avenue in Shorecrest during a king tide on Oct. 17, 2039. DANIEL A. VARELA-PIERRE dvarela@miamiherald.com
L street Northeast 10th Avenue
L city Shorecrest
F date Oct. 17, 2039
P full DANIEL A. VARELA-PIERRE
> Miami commissioners voted 3-2 Thursday to spend $412 million on 19 new stormwater pump stations, starting in Shorecrest, the bayside neighborhood where king tides now push salt water over the curbs on as many as 60 days a year.
L city Miami
F number 3-2
F money $412 million
F number 19
L city Shorecrest
F duration 60 days
> The money comes from city bonds, a $38 million grant from the Federal Emergency Management Agency and higher stormwater fees, which will rise from $8.50 to $14.25 a month for a typical single-family home starting Oct. 1.
F money $38 million
O government Federal Emergency Management Agency
F money $8.50
F money $14.25
F date Oct. 1
> Each station will move up to 40,000 gallons a minute into Biscayne Bay, and the city will raise 11 miles of seawalls and roads by as much as 18 inches. Work in Shorecrest and Little River is to begin in January 2041 and take about six years across the city.
F quantity 40,000 gallons
L geo Biscayne Bay
F quantity 11 miles
F quantity 18 inches
L city Shorecrest
L city Little River
F date January 2041
F duration six years
> "We are not going to out-pump the ocean forever. But we can buy Shorecrest 30 years, and 30 years is a lifetime for the people who live there," said Commissioner Yanelis Betancourt-Ruiz, whose district includes the neighborhood.
Q direct Yanelis Betancourt-Ruiz :: "We are not going to out-pump the ocean forever. But we can buy Shorecrest 30 years, and 30 years is a lifetime for the people who live there,"
L city Shorecrest
F duration 30 years
F duration 30 years
P full Yanelis Betancourt-Ruiz
> Sea level at the Virginia Key tide gauge has risen about 9 inches since 1992, and the Southeast Florida Regional Climate Change Compact projects another 10 to 17 inches by 2060. In Shorecrest, where many streets sit less than 2 feet above the high-tide line, that is the difference between wet shoes and a flooded car.
L geo Virginia Key
F quantity 9 inches
F date 1992
O intergovernmental Southeast Florida Regional Climate Change Compact
F quantity 10
F quantity 17 inches
F date 2060
L city Shorecrest
F quantity 2 feet
> Commissioner Pierre-Louis Dorsainvil, who voted no along with Commissioner Alex Grau, said the plan favored waterfront districts and left Little Haiti, on higher ground but with clogged drains, waiting until at least 2045.
P full Pierre-Louis Dorsainvil
P full Alex Grau
L city Little Haiti
F date 2045
> "My residents flood from the rain, not the bay. They have been told 'next phase' for 20 years," Dorsainvil said. "At some point 'next phase' becomes 'never.'"
Q direct Pierre-Louis Dorsainvil :: "My residents flood from the rain, not the bay. They have been told 'next phase' for 20 years,"
F duration 20 years
P partial Dorsainvil
Q direct Pierre-Louis Dorsainvil :: "At some point 'next phase' becomes 'never.'"
> City Manager Arturo Z. Fenwick said the order of the work followed flood-insurance claims and a 2038 engineering study, not politics. Shorecrest and Edgewater filed 1,140 claims in 2039, more than a quarter of the citywide total, he said.
P full Arturo Z. Fenwick
F date 2038
L city Shorecrest
L city Edgewater
F number 1,140
F date 2039
F fraction a quarter
> Some residents worry about what the pumps will send into the bay. Biscayne Neighbors Alliance, a coalition of homeowner groups, asked the commission to require filters at every outfall and called the current design "a fire hose pointed at the seagrass."
O nonprofit Biscayne Neighbors Alliance
Q direct Biscayne Neighbors Alliance :: "a fire hose pointed at the seagrass."
> Wilner Jean-Baptiste, 67, who has lived on Northeast 82nd Street since 1987, said he has replaced two cars in five years. "When the moon is full I park on Biscayne Boulevard and walk home in rubber boots," he said.
P full Wilner Jean-Baptiste
F age 67
L street Northeast 82nd Street
F date 1987
F number two
F duration five years
Q direct Wilner Jean-Baptiste :: "When the moon is full I park on Biscayne Boulevard and walk home in rubber boots,"
L street Biscayne Boulevard
> A city engineer who was not authorized to speak publicly said the first stations would not be running before the king tides of fall 2042. "Permits alone take 14 months," the engineer said.
F date 2042
Q direct - :: "Permits alone take 14 months,"
F duration 14 months
> The commission will hold a public hearing on the stormwater fee at 9 a.m. May 14 at City Hall, 3500 Pan American Dr.
F time 9 a.m.
F date May 14
L facility City Hall
L address 3500 Pan American Dr.
'''

ARTICLES['1242-northern-ireland-hospital-waiting-lists-trusts-stormont-belfast-telegraph'] = r'''
> Health
> Waiting lists ‘a moral failure’ as one in four people in NI wait for hospital care
Q direct Aoife Ní Chonaill :: ‘a moral failure’
F number one
F number four
L region NI
> Health Minister says £215m will barely dent backlog as figures show 48% of patients have waited more than a year
F money £215m
F percent 48%
> Rory Devlin-McAteer
P full Rory Devlin-McAteer
> Thu 15 Mar 2040 at 06:00
F date 15 Mar 2040
F time 06:00
> The Royal Victoria Hospital in west Belfast, where the longest waits are for orthopaedic surgery (Photo: Cathal Breen-Hughes/PA)
O other Royal Victoria Hospital
L city Belfast
P full Cathal Breen-Hughes
O media PA
> More than 514,000 people in Northern Ireland are waiting for a first hospital appointment, and nearly half of them have been waiting for over a year, new Department of Health figures show.
F number 514,000
L region Northern Ireland
F fraction half
O government Department of Health
> The figures for the quarter ending 31 December 2039 show 247,800 patients waited more than 52 weeks for a first outpatient appointment, up 9% on a year earlier. With a population of about 1.95 million, that means roughly one in four people in Northern Ireland is on a list.
F date 31 December 2039
F number 247,800
F duration 52 weeks
F percent 9%
F number 1.95 million
F number one
F number four
L region Northern Ireland
> Health Minister Aoife Ní Chonaill called the numbers “a moral failure” and said the £215m agreed by the Executive last month would “barely dent” the backlog.
P full Aoife Ní Chonaill
Q direct Aoife Ní Chonaill :: “a moral failure”
F money £215m
O government Executive
Q direct Aoife Ní Chonaill :: “barely dent”
> “I will not stand here and pretend that £215m fixes a system that needs £1.1bn over five years,” she told the Assembly’s health committee on Wednesday. “We have patients in Fermanagh who have waited four years for a hip. Four years.
Q direct Aoife Ní Chonaill :: “I will not stand here and pretend that £215m fixes a system that needs £1.1bn over five years,”
F money £215m
F money £1.1bn
F duration five years
O government Assembly
Q direct Aoife Ní Chonaill :: “We have patients in Fermanagh who have waited four years for a hip. Four years.
L region Fermanagh
F duration four years
F duration Four years
> “That is not a waiting list. That is a life on hold.”
Q direct Aoife Ní Chonaill :: “That is not a waiting list. That is a life on hold.”
> Ms Ní Chonaill, the MLA for Mid Ulster, said she would ask Finance Minister Gareth Beattie for a further £90m from Stormont’s June monitoring round.
P partial Ní Chonaill
L region Mid Ulster
P full Gareth Beattie
F money £90m
O government Stormont
> Mr Beattie, of the DUP, said the Department of Finance had “no hidden pot” and that any new money would have to come from other departments. “Every pound for waiting lists is a pound taken from schools or roads,” he said.
P partial Beattie
O party DUP
O government Department of Finance
Q direct Gareth Beattie :: “no hidden pot”
Q direct Gareth Beattie :: “Every pound for waiting lists is a pound taken from schools or roads,”
> The longest waits are in the Southern Trust, where 61% of patients referred for orthopaedics have waited more than two years. At Craigavon Area Hospital, the trust’s largest site, the wait for a routine knee replacement is now 212 weeks.
O government Southern Trust
F percent 61%
F duration two years
O other Craigavon Area Hospital
F duration 212 weeks
> Among those waiting is Eileen Mulgrew, 74, from Comber in Co Down, who was told in March 2036 that she needed a new hip. “They said two years. Then they said three. Now nobody says anything at all,” she said.
P full Eileen Mulgrew
F age 74
L city Comber
L region Co Down
F date March 2036
Q direct Eileen Mulgrew :: “They said two years. Then they said three. Now nobody says anything at all,”
F duration two years
F number three
> Mrs Mulgrew, a retired teacher, pays £180 a month for painkillers and physiotherapy and has been quoted £14,500 for private surgery in Dublin.
P partial Mulgrew
F money £180
F money £14,500
L city Dublin
> The Royal College of Nursing (RCN) said 2,900 nursing posts were vacant across the five health trusts and warned that the new money would be “wasted on agency shifts” unless it went to permanent staff.
O nonprofit Royal College of Nursing
O nonprofit RCN
F number 2,900
F number five
Q direct Royal College of Nursing :: “wasted on agency shifts”
> A senior health official, who asked not to be named, said the Belfast Trust and the Western Trust had already been told to cut agency spending by 15% by October. “The trusts know this money comes with strings,” the official said.
O government Belfast Trust
O government Western Trust
F percent 15%
Q direct - :: “The trusts know this money comes with strings,”
> Alliance, the SDLP and the UUP have tabled a motion for Tuesday calling for a five-year recovery plan, with the first progress report due in September 2040.
O party Alliance
O party SDLP
O party UUP
F duration five-year
F date September 2040
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
