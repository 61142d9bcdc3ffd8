#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval55 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval55/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['373-blue-lake-stormwater-bores-mount-gambier-border-watch'] = r'''
> News
> ‘We can’t keep treating the lake as a drain’: council backs $4.2m bore clean-up as Blue Lake hits record low
Q direct Bronwyn Stafford-Kelly :: ‘We can’t keep treating the lake as a drain’
F money $4.2m
L geo Blue Lake
> The City of Mount Gambier will fit filters and silt traps to 38 of its oldest stormwater bores after SA Water figures showed the lake had dropped another 31 centimetres in a year.
O government City of Mount Gambier
F number 38
O company SA Water
F quantity 31 centimetres
> By Shannon Pfitzner
P full Shannon Pfitzner
> Updated March 17 2038 - 5:12pm, first published 3:40pm
F date March 17 2038
F time 5:12pm
F time 3:40pm
> The Blue Lake from the John Watson Drive lookout on Tuesday. The lake is now 3.6 metres lower than it was in 1990. Picture by Tom Kruger-Haines
L geo Blue Lake
L street John Watson Drive
F quantity 3.6 metres
F date 1990
P full Tom Kruger-Haines
> Mount Gambier’s elected members have voted to spend $4.2 million over three years on filters and silt traps for the city’s oldest stormwater bores, after new figures showed the Blue Lake had fallen to its lowest level since records began.
L city Mount Gambier
F money $4.2 million
F duration three years
L geo Blue Lake
> The motion was carried 7-2 at a special council meeting on Tuesday night, a week after SA Water reported the lake had dropped 31 centimetres in the 12 months to February 28.
F number 7-2
O company SA Water
F quantity 31 centimetres
F duration 12 months
F date February 28
> Mount Gambier drains most of its streets through about 380 bores sunk straight into the limestone, a system dating back to the 1880s that sends runoff from roads, car parks and roofs into the same aquifer that feeds the lake and supplies the city’s drinking water.
L city Mount Gambier
F number 380
F date 1880s
> Mayor Bronwyn Stafford-Kelly said the lake was “our heart and our tap at the same time”.
P full Bronwyn Stafford-Kelly
Q direct Bronwyn Stafford-Kelly :: “our heart and our tap at the same time”
> “We can’t keep treating the lake as a drain,” she said. “Every drop of oil, every cigarette butt and every bit of brake dust that goes down those bores ends up somewhere, and that somewhere is under our feet.”
Q direct Bronwyn Stafford-Kelly :: “We can’t keep treating the lake as a drain,”
Q direct Bronwyn Stafford-Kelly :: “Every drop of oil, every cigarette butt and every bit of brake dust that goes down those bores ends up somewhere, and that somewhere is under our feet.”
> The first 38 bores to be fitted are in the city centre and along Jubilee Highway East, Bay Road and Penola Road, where council testing in 2037 found hydrocarbons and zinc above Environment Protection Authority (EPA) guidelines.
F number 38
L street Jubilee Highway East
L street Bay Road
L street Penola Road
F date 2037
O government Environment Protection Authority
O government EPA
> Council’s general manager of city infrastructure, Dinesh Arulanandam, told the meeting each filter would cost about $62,000 to install and up to $3,500 a year to maintain.
P full Dinesh Arulanandam
F money $62,000
F money $3,500
> The remaining bores would be assessed over the next decade, he said, with the work paid for from the 2038-39 and later budgets and a bid to the state government for matching money.
F date 2038-39
> Cr Mitch Pohlner, one of the two councillors who voted against the motion, said he supported cleaning up the bores but not the timing.
P full Mitch Pohlner
F number two
> “It’s the right thing to do, but we are asking families who have just copped a 4.9 per cent rate rise to pay for something the state should be paying for,” Cr Pohlner said.
Q direct Mitch Pohlner :: “It’s the right thing to do, but we are asking families who have just copped a 4.9 per cent rate rise to pay for something the state should be paying for,”
F percent 4.9 per cent
P partial Pohlner
> SA Water, which pumps about 3.2 gigalitres a year from the lake for the city’s 27,000 residents, said in a statement the Blue Lake “remains a safe, high-quality drinking water source”.
O company SA Water
F quantity 3.2 gigalitres
F number 27,000
L geo Blue Lake
Q direct SA Water :: “remains a safe, high-quality drinking water source”
> The utility said falling levels reflected “long-term changes in regional groundwater” across the Limestone Coast, where pine plantations and irrigated farms draw on the same aquifer from Millicent to the Victorian border near Nelson.
Q direct SA Water :: “long-term changes in regional groundwater”
L region Limestone Coast
L city Millicent
L city Nelson
> Figures from the Department for Environment and Water show the water table beneath parts of the region has fallen by up to 20 centimetres a year since 2036.
O government Department for Environment and Water
F quantity 20 centimetres
F date 2036
> Boandik elder Aunty Lorraine Mundy, whose people call the mountain and its crater lakes Berrin, told the meeting the vote was long overdue.
P full Lorraine Mundy
L geo Berrin
> “Our old people always said you look after the water and the water looks after you,” she said. “When I was a girl we swam in Valley Lake and you could see the sand on the bottom.
Q direct Lorraine Mundy :: “Our old people always said you look after the water and the water looks after you,”
Q direct Lorraine Mundy :: “When I was a girl we swam in Valley Lake and you could see the sand on the bottom.
L geo Valley Lake
> “Now the lakes are dropping and the Leg of Mutton has been dry for as long as my grandkids have been alive. This is a good start, but it has to be a start.”
Q direct Lorraine Mundy :: “Now the lakes are dropping and the Leg of Mutton has been dry for as long as my grandkids have been alive. This is a good start, but it has to be a start.”
L geo Leg of Mutton
> District Council of Grant mayor Darcy Vandepeer said his council, which manages drainage in OB Flat, Glenburnie and other areas bordering the city, would look at similar work on its 60 or so bores.
O government District Council of Grant
P full Darcy Vandepeer
L city OB Flat
L city Glenburnie
F number 60
> “The aquifer doesn’t stop at the city boundary, so neither can we,” Mr Vandepeer said.
Q direct Darcy Vandepeer :: “The aquifer doesn’t stop at the city boundary, so neither can we,”
P partial Vandepeer
> Council will ask the state government to fund half the cost of the program. Ms Stafford-Kelly said she hoped the first filters would be in place before the lake turns from winter grey to its famous cobalt blue in November.
F fraction half
P partial Stafford-Kelly
'''

ARTICLES['374-dalbit-lab-shiomi-keshohin-osaka-acquisition-korea-herald'] = r'''
> Industry
> Dalbit Lab to buy Osaka skincare maker Shiomi for W210b
O company Dalbit Lab
L city Osaka
O company Shiomi
F money W210b
> By Ham Ye-jin
P full Ham Ye-jin
> Published : Mar. 16, 2038 - 14:52 Updated : Mar. 16, 2038 - 17:20
F date Mar. 16, 2038
F time 14:52
F date Mar. 16, 2038
F time 17:20
> Dalbit Lab CEO Yoon Chae-rin (left) and Shiomi Keshohin President Masako Shiomi pose after signing the acquisition agreement in Osaka on Monday. (Dalbit Lab)
O company Dalbit Lab
P full Yoon Chae-rin
O company Shiomi Keshohin
P full Masako Shiomi
L city Osaka
O company Dalbit Lab
> Dalbit Lab, the Seoul-based maker of the Glowtide sunscreen line, said Tuesday it will buy Japanese skincare company Shiomi Keshohin for 210 billion won ($152 million), giving the fast-growing K-beauty brand its first factory outside Korea.
O company Dalbit Lab
L city Seoul
O company Shiomi Keshohin
F money 210 billion won
F money $152 million
L country Korea
> Under the deal, Dalbit Lab will acquire a 100 percent stake in the Osaka-based company from its founding family and two Japanese investment funds, according to a regulatory filing. The deal is expected to close by the end of June, pending approval from the Japan Fair Trade Commission.
O company Dalbit Lab
F percent 100 percent
L city Osaka
F number two
O government Japan Fair Trade Commission
> Founded in 1962, Shiomi runs a plant in Higashiosaka with an annual capacity of about 48 million units and holds a license to make quasi-drugs, a Japanese regulatory category that covers medicated skin care products such as whitening creams and acne treatments.
F date 1962
O company Shiomi
L city Higashiosaka
F number 48 million
> "Japan is no longer an export market for us. It is becoming a home market," Yoon Chae-rin, chief executive of Dalbit Lab, said at a press briefing in Seoul. "With our own factory in Osaka, we can cut delivery times to Japanese drugstores from three weeks to four days."
Q direct Yoon Chae-rin :: "Japan is no longer an export market for us. It is becoming a home market,"
L country Japan
P full Yoon Chae-rin
O company Dalbit Lab
L city Seoul
Q direct Yoon Chae-rin :: "With our own factory in Osaka, we can cut delivery times to Japanese drugstores from three weeks to four days."
L city Osaka
F duration three weeks
F duration four days
> Shares of Dalbit Lab jumped 9.7 percent to close at 48,350 won on the Kosdaq market Tuesday, while the benchmark Kospi rose 0.4 percent.
O company Dalbit Lab
F percent 9.7 percent
F money 48,350 won
O company Kosdaq
F percent 0.4 percent
> Korean cosmetics exports to Japan reached $1.41 billion in 2037, up 18.2 percent on-year, according to the Korea Customs Service, making Japan the second-largest market for Korean beauty products after the US.
L country Japan
F money $1.41 billion
F date 2037
F percent 18.2 percent
O government Korea Customs Service
L country Japan
L country US
> Much of that growth has come from so-called "indie brands" — small labels that build a following on online platforms such as Qoo10 and Rakuten before landing on the shelves of drugstore chains and of discount retailer Don Quijote.
Q scare - :: "indie brands"
O company Qoo10
O company Rakuten
O company Don Quijote
> Dalbit Lab was founded in 2029 by Yoon and two former colleagues in an office above a bakery in Seoul's Seongsu-dong. It posted an operating profit of 61.3 billion won last year on sales of 402 billion won, 38 percent of which came from Japan.
O company Dalbit Lab
F date 2029
P partial Yoon
F number two
L city Seoul
L city Seongsu-dong
F money 61.3 billion won
F money 402 billion won
F percent 38 percent
L country Japan
> Jeon Min-seok, an analyst at Hanul Investment & Securities, said the price was "not cheap" at about 19 times Shiomi's operating profit, but that buying a licensed plant was faster than building one.
P full Jeon Min-seok
O company Hanul Investment & Securities
Q direct Jeon Min-seok :: "not cheap"
F number 19
O company Shiomi
> "Getting a new quasi-drug plant approved in Japan can take up to three years. Dalbit is paying for time," Jeon said.
Q direct Jeon Min-seok :: "Getting a new quasi-drug plant approved in Japan can take up to three years. Dalbit is paying for time,"
L country Japan
F duration three years
O company Dalbit
P partial Jeon
> The company said the Higashiosaka plant would also seek approval from Korea's Ministry of Food and Drug Safety so that it can ship products back to Korea when domestic lines in Osong are running at full capacity.
L city Higashiosaka
L country Korea
O government Ministry of Food and Drug Safety
L country Korea
L city Osong
> An official at a rival cosmetics maker, who asked not to be named, said Korean brands were "running out of room" at home and that more deals in Japan were likely this year.
Q direct - :: "running out of room"
L country Japan
> Masako Shiomi, granddaughter of the company's founder, will stay on as president of the Japanese unit.
P full Masako Shiomi
> "My grandfather built the factory to make soap for the neighborhood," she said. "I am happy that it will now make products for the whole of Asia."
Q direct Masako Shiomi :: "My grandfather built the factory to make soap for the neighborhood,"
Q direct Masako Shiomi :: "I am happy that it will now make products for the whole of Asia."
L continent Asia
> Dalbit Lab plans to invest a further 35 billion won to add two production lines in Higashiosaka by 2040, raising the plant's workforce from 140 to about 200, and will use the site to supply Taiwan and Southeast Asia.
O company Dalbit Lab
F money 35 billion won
F number two
L city Higashiosaka
F date 2040
F number 140
F number 200
L country Taiwan
L region Southeast Asia
> hamyj@heraldcorp.com
'''

ARTICLES['375-hakone-ekiden-komazawa-course-record-results-mainichi'] = r'''
> Komazawa University wins Hakone Ekiden in course record as Chuo freshman conquers mountain leg
O team Komazawa University
O team Chuo
> Komazawa University anchor Riku Tanabe crosses the finish line in front of the Yomiuri Shimbun building in Tokyo’s Chiyoda Ward on Jan. 3, 2039. (Mainichi/Kenta Oshiro)
O team Komazawa University
P full Riku Tanabe
O media Yomiuri Shimbun
L city Tokyo
L city Chiyoda Ward
F date Jan. 3, 2039
O media Mainichi
P full Kenta Oshiro
> TOKYO -- Komazawa University won the 115th Tokyo-Hakone Round-Trip College Ekiden Race on Jan. 3, covering the 10-leg, 217.1-kilometer course between Otemachi in central Tokyo and Lake Ashi in Hakone and back in a course record of 10 hours, 39 minutes and 52 seconds.
L city TOKYO
O team Komazawa University
F date Jan. 3
F number 10
F quantity 217.1-kilometer
L city Otemachi
L city Tokyo
L geo Lake Ashi
L city Hakone
F duration 10 hours
F duration 39 minutes
F duration 52 seconds
> It was Komazawa’s first overall title in six years and the ninth in its history. The team broke the previous record of 10:40:37, set by Aoyama Gakuin University in 2036, by 45 seconds.
O team Komazawa
F duration six years
F duration 10:40:37
O team Aoyama Gakuin University
F date 2036
F duration 45 seconds
> Aoyama Gakuin, which led after the first day’s five legs to Lake Ashi, finished second, 1:48 behind. Chuo University was third and Kokugakuin University fourth.
O team Aoyama Gakuin
F number five
L geo Lake Ashi
F duration 1:48
O team Chuo University
O team Kokugakuin University
> The race turned on the ninth leg, the 23.1-kilometer stretch from Totsuka to Tsurumi in Yokohama, where Komazawa third-year Haruto Iwasaki caught Aoyama Gakuin’s Daiki Morozumi near Yokohama Station and pulled away to hand over a 41-second lead to the anchor.
F quantity 23.1-kilometer
L city Totsuka
L city Tsurumi
L city Yokohama
O team Komazawa
P full Haruto Iwasaki
O team Aoyama Gakuin
P full Daiki Morozumi
L facility Yokohama Station
F duration 41-second
> “I could see the green jersey about 200 meters ahead when we came under the railway bridge, and I told myself this was the moment,” said Iwasaki, 21. “Our coach always says this race is won on the ninth leg, and today he was right.”
Q direct Haruto Iwasaki :: “I could see the green jersey about 200 meters ahead when we came under the railway bridge, and I told myself this was the moment,”
F quantity 200 meters
P partial Iwasaki
F age 21
Q direct Haruto Iwasaki :: “Our coach always says this race is won on the ninth leg, and today he was right.”
> On the first day, Chuo freshman Sota Kamimura ran the 20.8-kilometer fifth leg from Odawara up to Lake Ashi, which climbs more than 800 meters, in 1:08:02, a section record. Japanese media have already dubbed the 18-year-old from Nagano Prefecture the new “god of the mountain,” a title given to the event’s great uphill runners.
O team Chuo
P full Sota Kamimura
F quantity 20.8-kilometer
L city Odawara
L geo Lake Ashi
F quantity 800 meters
F duration 1:08:02
F age 18-year-old
L region Nagano Prefecture
Q scare - :: “god of the mountain,”
> “My legs were shaking at the top, but I wanted to give our seniors a chance,” Kamimura said.
Q direct Sota Kamimura :: “My legs were shaking at the top, but I wanted to give our seniors a chance,”
P partial Kamimura
> On the second leg, Tokyo International University’s Kenyan student Enock Kibet Langat overtook 12 runners, four of them on the climb at Gontazaka, and covered the 23.1 kilometers from Tsurumi to Totsuka in 1:04:47, the fastest time of the day.
O team Tokyo International University
P full Enock Kibet Langat
F number 12
F number four
L geo Gontazaka
F quantity 23.1 kilometers
L city Tsurumi
L city Totsuka
F duration 1:04:47
> Komazawa head coach Masanori Ebisawa, 49, called the title “a reward for four years of patience” for a senior class that had never finished higher than fifth.
O team Komazawa
P full Masanori Ebisawa
F age 49
Q direct Masanori Ebisawa :: “a reward for four years of patience”
F duration four years
> “These boys came to us the year we finished 12th. They never once complained about the hills,” Ebisawa said, before his runners tossed him into the air five times in the traditional “doage” celebration.
Q direct Masanori Ebisawa :: “These boys came to us the year we finished 12th. They never once complained about the hills,”
P partial Ebisawa
F number five
Q scare - :: “doage”
> The top 10 teams earn automatic places in next year’s race. Soka University took the last seeded spot in 10th, 27 seconds ahead of Tokai University, which will have to go through the October qualifier in Tachikawa.
F number 10
O team Soka University
F duration 27 seconds
O team Tokai University
L city Tachikawa
> The Inter-University Athletic Union of Kanto, which organizes the race, said about 1.2 million spectators lined the course over the two days, and again asked fans “not to run alongside the athletes or stand in the road” after several runners had to swerve around onlookers in Shinagawa.
O nonprofit Inter-University Athletic Union of Kanto
F number 1.2 million
F duration two days
Q direct Inter-University Athletic Union of Kanto :: “not to run alongside the athletes or stand in the road”
L city Shinagawa
> Overall results (top 10):
F number 10
> 1. Komazawa University 10:39:52 (course record)
O team Komazawa University
F duration 10:39:52
> 2. Aoyama Gakuin University 10:41:40
O team Aoyama Gakuin University
F duration 10:41:40
> 3. Chuo University 10:43:15
O team Chuo University
F duration 10:43:15
> 4. Kokugakuin University 10:45:58
O team Kokugakuin University
F duration 10:45:58
> 5. Juntendo University 10:48:21
O team Juntendo University
F duration 10:48:21
> 6. Tokyo International University 10:49:06
O team Tokyo International University
F duration 10:49:06
> 7. Waseda University 10:50:44
O team Waseda University
F duration 10:50:44
> 8. Tokyo University of Agriculture 10:53:30
O team Tokyo University of Agriculture
F duration 10:53:30
> 9. Meiji University 10:55:12
O team Meiji University
F duration 10:55:12
> 10. Soka University 10:56:37
O team Soka University
F duration 10:56:37
> January 3, 2039 (Mainichi Japan)
F date January 3, 2039
O media Mainichi Japan
> (Japanese original by Yuki Sakuragi, Sports News Department)
P full Yuki Sakuragi
O media Sports News Department
'''

ARTICLES['376-south-west-regional-assembly-budget-chiefs-walkout-buea-guardian-post'] = r'''
> Politics
> SW Regional Assembly Adopts FCFA 15.2 Billion Budget After Chiefs Stage Walkout Over Roads
O government SW Regional Assembly
F money FCFA 15.2 Billion
> By Ayamba Mbi Clarisse
P full Ayamba Mbi Clarisse
> March 15, 2038
F date March 15, 2038
> Regional councillors during the plenary session at the Regional Assembly hall in Buea on Thursday | Photo: Ayamba Mbi Clarisse
O government Regional Assembly
L city Buea
P full Ayamba Mbi Clarisse
> BUEA — The South West Regional Assembly has adopted a budget of FCFA 15.2 billion for the 2038 financial year, but only after traditional rulers sitting in its House of Chiefs walked out of the hall in protest at what they called the "marginalisation" of Manyu and Lebialem divisions.
L city BUEA
O government South West Regional Assembly
F money FCFA 15.2 billion
F date 2038
O government House of Chiefs
Q direct - :: "marginalisation"
L region Manyu
L region Lebialem
> The budget, up 11.8 percent from FCFA 13.6 billion in 2037, was voted on Thursday, March 11, at the end of a three-day ordinary session presided over by the President of the Regional Assembly, Mola Ikome Ewule Ferdinand.
F percent 11.8 percent
F money FCFA 13.6 billion
F date 2037
F date March 11
F duration three-day
O government Regional Assembly
P full Ikome Ewule Ferdinand
> Of the total, FCFA 6.4 billion is earmarked for investment, including FCFA 2.1 billion for farm-to-market roads in Meme and Fako, FCFA 850 million for stretches of the Kumba-Mamfe road and FCFA 600 million to rebuild 14 health centres damaged in the armed conflict that has gripped the North West and South West regions since 2016.
F money FCFA 6.4 billion
F money FCFA 2.1 billion
L region Meme
L region Fako
F money FCFA 850 million
L city Kumba
L city Mamfe
F money FCFA 600 million
F number 14
L region North West
L region South West
F date 2016
> Created under the 2019 law that granted Cameroon's two English-speaking regions a special status, each of the two Regional Assemblies has 90 councillors: 70 divisional delegates elected by municipal councillors and 20 traditional rulers who form the House of Chiefs.
F date 2019
L country Cameroon
F number two
F number two
F number 90
F number 70
F number 20
O government House of Chiefs
> ‘Our Roads Cannot Wait For Peace’
Q direct Egbe Ayuk Joseph :: ‘Our Roads Cannot Wait For Peace’
> The Vice President of the House of Chiefs, HRM Chief Egbe Ayuk Joseph of Eyumojock, told reporters outside the hall that the chiefs of Manyu and Lebialem would not "endorse a budget that forgets our people".
O government House of Chiefs
P full Egbe Ayuk Joseph
L city Eyumojock
L region Manyu
L region Lebialem
Q direct Egbe Ayuk Joseph :: "endorse a budget that forgets our people"
> "Our roads cannot wait for peace," he said. "When a pregnant woman in Fontem has to be carried for six hours on a bamboo stretcher to reach a vehicle, you cannot tell me that Lebialem is a priority in this budget."
Q direct Egbe Ayuk Joseph :: "Our roads cannot wait for peace,"
Q direct Egbe Ayuk Joseph :: "When a pregnant woman in Fontem has to be carried for six hours on a bamboo stretcher to reach a vehicle, you cannot tell me that Lebialem is a priority in this budget."
L city Fontem
F duration six hours
L region Lebialem
> The 20 chiefs returned to the hall about three hours later, after a closed-door meeting with the Governor of the South West Region, and the budget was passed with 84 votes for, none against and five abstentions.
F number 20
F duration three hours
L region South West Region
F number 84
F number five
> Mola Ikome said the Assembly had not abandoned the two divisions but could not "build where the guns have not gone silent".
P partial Ikome
O government Assembly
F number two
Q direct Ikome Ewule Ferdinand :: "build where the guns have not gone silent"
> "More than 60 percent of the money we voted for Lebialem in 2037 could not be spent because contractors could not reach the sites," he said. "We will not give money to a contractor to hide in Douala."
Q direct Ikome Ewule Ferdinand :: "More than 60 percent of the money we voted for Lebialem in 2037 could not be spent because contractors could not reach the sites,"
F percent 60 percent
L region Lebialem
F date 2037
Q direct Ikome Ewule Ferdinand :: "We will not give money to a contractor to hide in Douala."
L city Douala
> A councillor from Lebialem, who asked not to be named for security reasons, told The Guardian Post that separatist fighters, known locally as "Amba boys", still mount roadblocks on the road between Dschang and Menji, and that "no contractor will risk his life for FCFA 20 million".
L region Lebialem
O media The Guardian Post
Q scare - :: "Amba boys"
L city Dschang
L city Menji
Q direct - :: "no contractor will risk his life for FCFA 20 million"
F money FCFA 20 million
> The Social Democratic Front (SDF), which has seven councillors in the Assembly, voted for the budget but accused the ruling Cameroon People's Democratic Movement (CPDM) of using road contracts to reward its supporters.
O party Social Democratic Front
O party SDF
F number seven
O government Assembly
O party Cameroon People's Democratic Movement
O party CPDM
> "Go to Muyuka, go to Ekona, and count the roads that were paid for and never built," said Hon. Enanga Ewane Emilia, an SDF councillor for Fako. The CPDM said in a statement that all contracts had "followed the public procurement code to the letter".
Q direct Enanga Ewane Emilia :: "Go to Muyuka, go to Ekona, and count the roads that were paid for and never built,"
L city Muyuka
L city Ekona
P full Enanga Ewane Emilia
L region Fako
O party CPDM
Q direct Cameroon People's Democratic Movement :: "followed the public procurement code to the letter"
> The Assembly also set aside FCFA 300 million to help restart palm and rubber plantations of the Cameroon Development Corporation (CDC) around Tiko and Limbe, which employed more than 20,000 workers before the crisis.
O government Assembly
F money FCFA 300 million
O company Cameroon Development Corporation
O company CDC
L city Tiko
L city Limbe
F number 20,000
> The budget now goes to the Ministry of Decentralisation and Local Development (MINDDEVEL) for approval. The Assembly's next ordinary session is due in June.
O government Ministry of Decentralisation and Local Development
O government MINDDEVEL
O government Assembly
'''

ARTICLES['377-hornet-ridge-fire-council-evacuation-adams-county-idaho-statesman'] = r'''
> Hornet Ridge Fire forces evacuation of Council as blaze doubles to 18,400 acres
L city Council
F quantity 18,400 acres
> Adams County deputies went door to door Tuesday night. The fire, burning on the Payette National Forest and state land, was 5% contained Wednesday.
L region Adams County
L geo Payette National Forest
F percent 5%
> By Marisa Echeverria
P full Marisa Echeverria
> Updated August 14, 2039 7:48 PM
F date August 14, 2039
F time 7:48 PM
> Smoke from the Hornet Ridge Fire rises behind Council Mountain on Tuesday, Aug. 13, 2039. Courtesy of Payette National Forest
L geo Council Mountain
F date Aug. 13, 2039
O government Payette National Forest
> Residents of Council were ordered to leave their homes Tuesday night as the Hornet Ridge Fire in Adams County more than doubled in size, pushed by gusty winds and humidity in the single digits.
L city Council
L region Adams County
> The fire had burned an estimated 18,400 acres by Wednesday morning and was 5% contained, according to Great Basin Complex Incident Management Team 2, which took command at 6 a.m. Wednesday. On Monday, it was mapped at 8,150 acres.
F quantity 18,400 acres
F percent 5%
O government Great Basin Complex Incident Management Team 2
F time 6 a.m.
F quantity 8,150 acres
> The Adams County Sheriff's Office issued a Level 3 "GO" evacuation order at 9:40 p.m. Tuesday for the city of Council and for homes along U.S. 95 between Council and Mesa and along Hornet Creek Road west of town.
O government Adams County Sheriff's Office
Q scare - :: "GO"
F time 9:40 p.m.
L city Council
L street U.S. 95
L city Council
L city Mesa
L street Hornet Creek Road
> "We had deputies knocking on doors until almost 2 a.m.," Sheriff Dale Wardlow said in a video posted to the office's Facebook page. "Most folks were already packed. People in Council have been watching this thing creep down the mountain for a week."
Q direct Dale Wardlow :: "We had deputies knocking on doors until almost 2 a.m.,"
F time 2 a.m.
P full Dale Wardlow
O company Facebook
Q direct Dale Wardlow :: "Most folks were already packed. People in Council have been watching this thing creep down the mountain for a week."
L city Council
> Council, a town of about 840 people on the Weiser River, sits about 120 miles north of Boise. The American Red Cross opened an evacuation shelter at the Washington County Fairgrounds in Weiser, and the Cambridge school gym was taking in people who did not want to drive farther.
L city Council
F number 840
L geo Weiser River
F quantity 120 miles
L city Boise
O nonprofit American Red Cross
L facility Washington County Fairgrounds
L city Weiser
L city Cambridge
> The fire was started by lightning Aug. 6 in steep timber about 9 miles northeast of Council. It stayed small for several days before making a 4-mile run Monday afternoon, said Tessa Lindqvist, a spokesperson for the incident management team.
F date Aug. 6
F quantity 9 miles
L city Council
F quantity 4-mile
P full Tessa Lindqvist
> "When you get winds like that on a south-facing slope full of dead fir, there isn't much anybody can do in front of it," Lindqvist said. "We're putting our people where they can actually make a difference, and right now that's around the houses."
Q direct Tessa Lindqvist :: "When you get winds like that on a south-facing slope full of dead fir, there isn't much anybody can do in front of it,"
P partial Lindqvist
Q direct Tessa Lindqvist :: "We're putting our people where they can actually make a difference, and right now that's around the houses."
> Two homes and five outbuildings were destroyed along Hornet Creek Road on Tuesday, according to the team. About 1,150 structures remain threatened. Idaho Power shut off electricity to about 3,100 customers in Council, Cambridge and Indian Valley as a precaution.
F number Two
F number five
L street Hornet Creek Road
F number 1,150
O company Idaho Power
F number 3,100
L city Council
L city Cambridge
L city Indian Valley
> As of Wednesday, 612 people were assigned to the fire, including four hotshot crews, 27 engines and six helicopters. The fire has cost $7.3 million to fight so far.
F number 612
F number four
F number 27
F number six
F money $7.3 million
> It is the largest of nine large fires burning in Idaho, according to the National Interagency Fire Center in Boise.
F number nine
L region Idaho
O government National Interagency Fire Center
L city Boise
> The Idaho Transportation Department closed U.S. 95 between New Meadows and Cambridge on Tuesday evening. State Highway 71, the route from Cambridge to Brownlee Dam and Hells Canyon, remained open.
O government Idaho Transportation Department
L street U.S. 95
L city New Meadows
L city Cambridge
L street State Highway 71
L city Cambridge
L facility Brownlee Dam
L geo Hells Canyon
> Linda Ostrowski, 67, who has lived on a ranch outside Council since 1988, said she loaded two horses and her late husband's saddle into a trailer and left at 10 p.m.
P full Linda Ostrowski
F age 67
L city Council
F date 1988
F number two
F time 10 p.m.
> "You could see the glow over the ridge from the kitchen window," she said. "I've seen fires up there every summer for 51 years, and I've never seen one come down like this."
Q direct Linda Ostrowski :: "You could see the glow over the ridge from the kitchen window,"
Q direct Linda Ostrowski :: "I've seen fires up there every summer for 51 years, and I've never seen one come down like this."
F duration 51 years
> Council Mayor Ruth Ann Pickett called the evacuation "the hardest night this town has had" and said the city would keep its water and sewer systems running.
L city Council
P full Ruth Ann Pickett
Q direct Ruth Ann Pickett :: "the hardest night this town has had"
> The National Weather Service in Boise kept a red flag warning in place through 9 p.m. Thursday, with southwest winds of 15-25 mph and gusts to 40 mph. Cooler air and a 20% chance of thunderstorms are forecast for the weekend.
O government National Weather Service
L city Boise
F time 9 p.m.
F quantity 15-25 mph
F quantity 40 mph
F percent 20%
> This story was originally published August 14, 2039 at 11:05 AM.
F date August 14, 2039
F time 11:05 AM
'''

ARTICLES['378-ogre-kindergarten-bribes-kulitis-economic-affairs-court-lsm'] = r'''
> Crime
> Ex-Ogre municipality director jailed over kindergarten bribes
L city Ogre
> The court also confiscated a flat in Jūrmala and barred Ivars Kūlītis from public office for five years.
L city Jūrmala
P full Ivars Kūlītis
F duration five years
> March 16, 2038, 11:42
F date March 16, 2038
F time 11:42
> The Economic Affairs Court building in Riga. Illustrative photo. Photo: LETA
O government Economic Affairs Court
L city Riga
O media LETA
> The Economic Affairs Court on March 15 sentenced Ivars Kūlītis, a former executive director of Ogre Municipality, to four years and six months in prison for taking bribes from a builder that won the contract to rebuild a kindergarten in Ogre, Latvian Radio reported.
O government Economic Affairs Court
F date March 15
P full Ivars Kūlītis
O government Ogre Municipality
F duration four years
F duration six months
L city Ogre
O media Latvian Radio
> Kūlītis, 54, was found guilty of accepting EUR 68,000 in bribes in 2034 and 2035 and of abuse of office. The court ordered the confiscation of a flat in Jūrmala that prosecutors said had been partly paid for with the money, and barred him from holding public office for five years. Prosecutor Kristaps Vītols had asked for six years in prison.
P partial Kūlītis
F age 54
F money EUR 68,000
F date 2034
F date 2035
L city Jūrmala
F duration five years
P full Kristaps Vītols
F duration six years
> Sandra Mežale, 47, the owner of construction company SIA Daugavmala Būve, who admitted paying the bribes and testified against Kūlītis, received a two-year suspended sentence and a fine of EUR 25,000. The company was fined EUR 120,000 and may not take part in public procurements for three years.
P full Sandra Mežale
F age 47
O company SIA Daugavmala Būve
P partial Kūlītis
F duration two-year
F money EUR 25,000
F money EUR 120,000
F duration three years
> The EUR 3.1 million contract to demolish and rebuild the Ābelīte pre-school, which now takes 220 children, was awarded in March 2034. Daugavmala Būve’s offer was EUR 410,000 higher than the cheapest, but a procurement commission chaired by Kūlītis excluded two rival bids over what the court called “invented formal shortcomings”.
F money EUR 3.1 million
L facility Ābelīte
F number 220
F date March 2034
O company Daugavmala Būve
F money EUR 410,000
P partial Kūlītis
F number two
Q direct Economic Affairs Court :: “invented formal shortcomings”
> Presiding judge Laila Priedīte-Krūmiņa said the evidence, including recordings of conversations made by the Corruption Prevention and Combating Bureau (KNAB), showed that Kūlītis had “treated the municipality’s money as his own wallet”.
P full Laila Priedīte-Krūmiņa
O government Corruption Prevention and Combating Bureau
O government KNAB
P partial Kūlītis
Q direct Laila Priedīte-Krūmiņa :: “treated the municipality’s money as his own wallet”
> “A person who decides how public money is spent cannot at the same time take envelopes from those who spend it,” she said. “The harm here is not only to the budget but to the trust of every parent in Ogre.”
Q direct Laila Priedīte-Krūmiņa :: “A person who decides how public money is spent cannot at the same time take envelopes from those who spend it,”
Q direct Laila Priedīte-Krūmiņa :: “The harm here is not only to the budget but to the trust of every parent in Ogre.”
L city Ogre
> Kūlītis, who denied the charges throughout the two-year trial, was taken into custody in the courtroom. His lawyer, Mārtiņš Zīverts, told Latvian Radio his client would appeal to the Riga Regional Court.
P partial Kūlītis
F duration two-year
P full Mārtiņš Zīverts
O media Latvian Radio
O government Riga Regional Court
> “The court has built a verdict on the words of a woman who bought herself a lighter sentence with them,” Zīverts said. The verdict can be appealed within 20 days.
Q direct Mārtiņš Zīverts :: “The court has built a verdict on the words of a woman who bought herself a lighter sentence with them,”
P partial Zīverts
F duration 20 days
> KNAB opened the case in October 2036 after the State Revenue Service (VID) flagged cash payments from Daugavmala Būve to a company owned by Kūlītis’s brother-in-law. In a statement after the verdict, the bureau said the case showed “how easily a single official can bend a procurement when the same people sit on every commission”.
O government KNAB
F date October 2036
O government State Revenue Service
O government VID
O company Daugavmala Būve
P partial Kūlītis
Q direct Corruption Prevention and Combating Bureau :: “how easily a single official can bend a procurement when the same people sit on every commission”
> Ogre Municipal Council chairman Normunds Apsītis said the municipality had since split its procurement work between two commissions and now publishes every bid online. “We cannot undo what happened, but we can make sure it cannot happen the same way again,” he said.
O government Ogre Municipal Council
P full Normunds Apsītis
F number two
Q direct Normunds Apsītis :: “We cannot undo what happened, but we can make sure it cannot happen the same way again,”
> Ogre, a town of about 23,000 people on the Daugava some 35 kilometres southeast of Riga, became the centre of an enlarged municipality that took in Ikšķile, Ķegums and Lielvārde in Latvia’s 2021 administrative-territorial reform.
L city Ogre
F number 23,000
L geo Daugava
F quantity 35 kilometres
L city Riga
L city Ikšķile
L city Ķegums
L city Lielvārde
L country Latvia
F date 2021
> KNAB sent 41 criminal cases involving 87 people to prosecutors in 2037, 12 of them concerning local governments, according to its annual report.
O government KNAB
F number 41
F number 87
F date 2037
F number 12
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
