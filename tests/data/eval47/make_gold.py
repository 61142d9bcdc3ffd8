#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval47 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval47/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['325-kottayam-district-panchayat-kc-m-crossover-ldf-loses'] = r'''
> Kerala
L region Kerala
> Kottayam district panchayat: LDF loses control after two Kerala Congress (M) members back UDF motion
L region Kottayam
O party LDF
F number two
O party Kerala Congress (M)
O party UDF
> The no-confidence motion against president Sheeba Mathew was carried 12-10 with a vote from the BJP; the CPI(M) called the crossover a ‘deal struck in Pala’
P full Sheeba Mathew
F number 12-10
O party BJP
O party CPI(M)
Q direct P.K. Haridasan :: ‘deal struck in Pala’
L city Pala
> Written by Anjali Ravindran
P full Anjali Ravindran
> Kottayam | Updated: March 3, 2039 21:14 IST
L city Kottayam
F date March 3, 2039
F time 21:14 IST
> Supporters of the UDF celebrate outside the district panchayat office in Kottayam on Thursday after the no-confidence motion was carried. (Express Photo by Jithin Kurian)
O party UDF
L city Kottayam
O media Express
P full Jithin Kurian
> The CPI(M)-led Left Democratic Front (LDF) lost control of the Kottayam district panchayat on Thursday after two members of the Kerala Congress (M), its main ally in central Kerala, voted with the Congress-led United Democratic Front (UDF) to remove president Sheeba Mathew.
O party CPI(M)
O party Left Democratic Front
O party LDF
L region Kottayam
F number two
O party Kerala Congress (M)
L region Kerala
O party Congress
O party United Democratic Front
O party UDF
P full Sheeba Mathew
> The motion, moved by the UDF’s Johnson Varghese Pulickal, was carried by 12 votes to 10 in the 23-member council, exactly the majority it needed. The BJP’s T.R. Sajeev voted for the motion, while the party’s second member stayed away. A separate motion against vice-president K.S. Remadevi of the CPI will be taken up on March 10.
O party UDF
P full Johnson Varghese Pulickal
F number 12
F number 10
F number 23
O party BJP
P full T.R. Sajeev
P full K.S. Remadevi
O party CPI
F date March 10
> The two members who crossed over, Tomy Kuriakose of the Kidangoor division and Lissy Antony of the Uzhavoor division, had signed the motion on February 18, a week after the Kerala Congress (M) leadership publicly complained that the LDF had ignored its claim to more seats in the 2041 Assembly elections.
F number two
P full Tomy Kuriakose
L region Kidangoor
P full Lissy Antony
L region Uzhavoor
F date February 18
O party Kerala Congress (M)
O party LDF
F date 2041
> “We did not leave the LDF. The LDF left us in Kottayam long ago,” Kuriakose told The Indian Express after the vote. “For three years our members have been treated like guests in a house we helped to build.”
Q direct Tomy Kuriakose :: “We did not leave the LDF. The LDF left us in Kottayam long ago,”
O party LDF
O party LDF
L region Kottayam
P partial Kuriakose
O media The Indian Express
Q direct Tomy Kuriakose :: “For three years our members have been treated like guests in a house we helped to build.”
F duration three years
> The CPI(M)’s Kottayam district secretary, P.K. Haridasan, alleged that the crossover was “a deal struck in Pala, not in the council hall”, and said the party would ask the State Election Commission to disqualify the two members under the Kerala Local Authorities (Prohibition of Defection) Act, 1999.
O party CPI(M)
L region Kottayam
P full P.K. Haridasan
Q direct P.K. Haridasan :: “a deal struck in Pala, not in the council hall”
L city Pala
O government State Election Commission
F number two
> “Money has changed hands. Everybody in Kottayam knows it,” Haridasan said, without offering any evidence.
Q direct P.K. Haridasan :: “Money has changed hands. Everybody in Kottayam knows it,”
L region Kottayam
P partial Haridasan
> The Kerala Congress (M)’s district president, Aleyamma Joseph, said the two had acted “on their own” and had been suspended from the party pending an inquiry. The party, which switched from the UDF to the LDF in 2020, held four of the LDF’s 12 seats in the district panchayat.
O party Kerala Congress (M)
P full Aleyamma Joseph
F number two
Q direct Aleyamma Joseph :: “on their own”
O party UDF
O party LDF
F date 2020
F number four
O party LDF
F number 12
> Kottayam District Congress Committee (DCC) president Babu Chacko said the vote was a sign of things to come. “This is only the beginning. The people of central Travancore have already decided where they stand,” he said.
O party Kottayam District Congress Committee
O party DCC
P full Babu Chacko
Q direct Babu Chacko :: “This is only the beginning. The people of central Travancore have already decided where they stand,”
L region Travancore
> Sheeba Mathew, 54, who had been president since January 2036, said she had no personal complaint against the two members. “But the voters of Kidangoor and Uzhavoor chose the LDF’s symbol, not them,” she said.
P full Sheeba Mathew
F age 54
F date January 2036
F number two
Q direct Sheeba Mathew :: “But the voters of Kidangoor and Uzhavoor chose the LDF’s symbol, not them,”
L region Kidangoor
L region Uzhavoor
O party LDF
> The change of control puts the district panchayat’s Rs 146.8-crore annual plan for 2039-40 in doubt. Projects worth Rs 38 crore, including a dialysis unit at the Vaikom taluk hospital and a 14-km canal road around Kumarakom, were approved in February but are yet to be tendered.
F money Rs 146.8-crore
F date 2039-40
F money Rs 38 crore
L city Vaikom
F quantity 14-km
L city Kumarakom
> Since the December 2035 local body elections, the LDF had also controlled eight of the 11 block panchayats in the district. Political observers said the crossover could encourage similar moves in the Pala and Ettumanoor municipalities before the vote on the vice-president.
F date December 2035
O party LDF
F number eight
F number 11
L city Pala
L city Ettumanoor
> A senior leader of the LDF, who did not want to be named, said the front’s state committee would meet in Thiruvananthapuram on Saturday. “We will not hand the UDF a second Kottayam,” the leader said.
O party LDF
L city Thiruvananthapuram
Q direct - :: “We will not hand the UDF a second Kottayam,”
O party UDF
L region Kottayam
> The State Election Commission is expected to fix a date for the election of a new president within 30 days. The UDF has named Pulickal, who represents the Kanjirappally division, as its candidate.
O government State Election Commission
F duration 30 days
O party UDF
P partial Pulickal
L region Kanjirappally
'''

ARTICLES['326-corentyne-miller-parboiling-plant-no-52-village'] = r'''
> Corentyne miller to build $4.6b parboiling plant at No. 52 Village
L region Corentyne
F money $4.6b
L city No. 52 Village
> By Kamini Dookhie
P full Kamini Dookhie
> November 14, 2039
F date November 14, 2039
> Paddy drying on the floor of the Ramcharran & Sons mill at Whim, Corentyne in October. (Stabroek News file photo)
O company Ramcharran & Sons
L city Whim
L region Corentyne
O media Stabroek News
> Corentyne rice miller Ramcharran & Sons Rice Milling Company Ltd says it will spend $4.6 billion on a parboiling plant and a 40,000-tonne silo complex at No. 52 Village in Region Six (East Berbice-Corentyne), as it chases buyers in Europe and Central America who pay a premium for parboiled rice.
L region Corentyne
O company Ramcharran & Sons Rice Milling Company Ltd
F money $4.6 billion
F quantity 40,000-tonne
L city No. 52 Village
L region Region Six
L region East Berbice-Corentyne
L continent Europe
L region Central America
> Managing director Vishnu Ramcharran told Stabroek News yesterday that financing had been secured from Republic Bank (Guyana) Limited and that construction would begin in January, with the first parboiled rice leaving the plant in time for the 2041 spring crop.
P full Vishnu Ramcharran
O media Stabroek News
O company Republic Bank (Guyana) Limited
F date 2041
> "We have been exporting white rice and cargo rice for 31 years. The money now is in parboiled, and our buyers in Belgium and Panama have been asking us for it for three years," Ramcharran said.
Q direct Vishnu Ramcharran :: "We have been exporting white rice and cargo rice for 31 years. The money now is in parboiled, and our buyers in Belgium and Panama have been asking us for it for three years,"
F duration 31 years
L country Belgium
L country Panama
F duration three years
P partial Ramcharran
> The family-owned miller, which his father, Bhagwandat Ramcharran, started with a single huller at Whim in 1978, bought 41,600 tonnes of paddy from about 1,900 farmers in the 2039 autumn crop, according to the Guyana Rice Development Board (GRDB).
P full Bhagwandat Ramcharran
L city Whim
F date 1978
F quantity 41,600 tonnes
F number 1,900
F date 2039
O government Guyana Rice Development Board
O government GRDB
> The new plant will parboil 12 tonnes of paddy an hour and will need 4.5 megawatts of power, most of it from a boiler fired with rice husks, Ramcharran said. About 140 people will be hired, in addition to the 260 now working at the mill.
F quantity 12 tonnes
F quantity 4.5 megawatts
P partial Ramcharran
F number 140
F number 260
> The investment comes as the rice industry struggles to hold on to workers who have been drawn to the oil and gas sector since production began in the Stabroek Block in 2019. Millers on the Corentyne say they now pay $9,500 a day for a truck driver, nearly double the rate in 2034.
L facility Stabroek Block
F date 2019
L region Corentyne
F money $9,500
F date 2034
> GRDB General Manager Rohan Seenarine-Baksh welcomed the project but said farmers in Region Six still lose as much as 15 percent of their paddy to poor drying. "Parboiling is where the value is. If we can keep that value on the Corentyne instead of trucking it across the river as paddy, the whole region benefits," he said.
O government GRDB
P full Rohan Seenarine-Baksh
L region Region Six
F percent 15 percent
Q direct Rohan Seenarine-Baksh :: "Parboiling is where the value is. If we can keep that value on the Corentyne instead of trucking it across the river as paddy, the whole region benefits,"
L region Corentyne
> Nearly half the paddy from Black Bush Polder and the upper Corentyne is now trucked to Nickerie across the Corentyne River in Suriname, where millers have paid the equivalent of $5,600 a bag this year, against $5,100 offered by local millers, farmers say.
F fraction half
L region Black Bush Polder
L region Corentyne
L city Nickerie
L geo Corentyne River
L country Suriname
F money $5,600
F money $5,100
> The Rice Producers Association (RPA) said in a statement that it hoped the plant would bring "a fair and stable price at the scale" for farmers who sell to the Whim mill, and called on the company to publish its prices before each harvest.
O nonprofit Rice Producers Association
O nonprofit RPA
Q direct Rice Producers Association :: "a fair and stable price at the scale"
L city Whim
> Leonard Sukhdeo, a 63-year-old farmer who plants 45 acres at Bloomfield, said the miller had paid him within 14 days last crop. "Other millers had us waiting three months. If they build this plant and keep paying on time, I will sell to them," he said.
P full Leonard Sukhdeo
F age 63-year-old
F quantity 45 acres
L city Bloomfield
F duration 14 days
Q direct Leonard Sukhdeo :: "Other millers had us waiting three months. If they build this plant and keep paying on time, I will sell to them,"
F duration three months
> Guyana exported 724,000 tonnes of rice and paddy worth US$398 million in 2038, according to the Ministry of Agriculture, with Venezuela, Panama and the CARICOM market taking most of it. The European Union, which buys mainly parboiled rice, took 11 percent.
L country Guyana
F quantity 724,000 tonnes
F money US$398 million
F date 2038
O government Ministry of Agriculture
L country Venezuela
L country Panama
O intergovernmental CARICOM
O intergovernmental European Union
F percent 11 percent
> Ramcharran said the $4.6 billion, about US$21.9 million, would be repaid over 12 years. The company has also applied to the Guyana Office for Investment (GO-Invest) for duty-free concessions on machinery that will be imported from Brazil and India.
P partial Ramcharran
F money $4.6 billion
F money US$21.9 million
F duration 12 years
O government Guyana Office for Investment
O government GO-Invest
L country Brazil
L country India
> Asked whether the family had been approached by foreign investors, as two Berbice millers were last year, Ramcharran laughed. "My father said the mill stays at Whim. So the mill stays at Whim," he said.
F number two
L region Berbice
P partial Ramcharran
Q direct Vishnu Ramcharran :: "My father said the mill stays at Whim. So the mill stays at Whim,"
L city Whim
L city Whim
'''

ARTICLES['327-pond-inlet-hunters-cruise-ships-eclipse-sound-narwhal'] = r'''
> NEWS: Nunavut
L region Nunavut
> Pond Inlet hunters want cruise ships kept out of Eclipse Sound during narwhal season
L city Pond Inlet
L geo Eclipse Sound
> Mittimatalik HTO counted 34 ship visits last summer, up from 19 in 2037
O nonprofit Mittimatalik HTO
F number 34
F number 19
F date 2037
> By Samuel Qaunaq-Barrett
P full Samuel Qaunaq-Barrett
> Published February 21, 2040 at 4:05 pm
F date February 21, 2040
F time 4:05 pm
> Narwhal surface in Eclipse Sound near Pond Inlet in August 2038. The Mittimatalik Hunters and Trappers Organization wants cruise ships kept out of the sound from July 15 to Sept. 15. (File photo by Peter Akumalik)
L geo Eclipse Sound
L city Pond Inlet
F date August 2038
O nonprofit Mittimatalik Hunters and Trappers Organization
F date July 15
F date Sept. 15
P full Peter Akumalik
> Hunters in Pond Inlet want cruise ships banned from Eclipse Sound for two months every summer, saying the growing number of ships is driving narwhal away from the community’s traditional hunting grounds.
L city Pond Inlet
L geo Eclipse Sound
F duration two months
> The Mittimatalik Hunters and Trappers Organization counted 34 cruise ship visits to the sound between July and October 2039, up from 19 in 2037, its chair, Joanasie Arnakallak, told Nunatsiaq News on Tuesday. Most of the ships carried between 100 and 250 passengers.
O nonprofit Mittimatalik Hunters and Trappers Organization
F number 34
F date October 2039
F number 19
F date 2037
P full Joanasie Arnakallak
O media Nunatsiaq News
F number 100
F number 250
> “When the ships come in, the tuugaalik go to the other side of Bylot Island. Our hunters have to travel 80 kilometres by boat to find them, and gas here is $2.89 a litre,” Arnakallak said in Inuktitut through an interpreter.
Q direct Joanasie Arnakallak :: “When the ships come in, the tuugaalik go to the other side of Bylot Island. Our hunters have to travel 80 kilometres by boat to find them, and gas here is $2.89 a litre,”
L geo Bylot Island
F quantity 80 kilometres
F money $2.89
P partial Arnakallak
> The HTO passed a motion at its meeting on Monday asking Transport Canada and the Nunavut Planning Commission to close Eclipse Sound and Milne Inlet to cruise ships from July 15 to Sept. 15, the peak of the open-water narwhal hunt.
O government Transport Canada
O government Nunavut Planning Commission
L geo Eclipse Sound
L geo Milne Inlet
F date July 15
F date Sept. 15
> Pond Inlet, known in Inuktitut as Mittimatalik, has about 1,900 residents. Its hunters take about 130 narwhal a year under a community quota set by the Nunavut Wildlife Management Board. Hunters from Arctic Bay and Clyde River, who also hunt narwhal along the north Baffin coast, have sent letters supporting the motion.
L city Pond Inlet
L city Mittimatalik
F number 1,900
F number 130
O government Nunavut Wildlife Management Board
L city Arctic Bay
L city Clyde River
L geo Baffin
> Mayor Leah Inuarak-Koonoo said the hamlet council supports the HTO but does not want to lose the income the ships bring. Each visit is worth about $18,000 to local carvers, guides and drum dancers, according to hamlet figures.
P full Leah Inuarak-Koonoo
F money $18,000
> “We are not saying no to tourists. We are saying not in August, not when families are out on the land and the young people are learning to hunt.
Q direct Leah Inuarak-Koonoo :: “We are not saying no to tourists. We are saying not in August, not when families are out on the land and the young people are learning to hunt.
> “Come in June. Come in September, after the hunt. The ships are welcome then,” she said.
Q direct Leah Inuarak-Koonoo :: “Come in June. Come in September, after the hunt. The ships are welcome then,”
> Hunters have complained for years about ore carriers travelling through Eclipse Sound, on what some of them call the “iron road,” to Baffinland Iron Mines Corp.’s port at Milne Inlet, which serves the Mary River mine. Monitoring reports filed with the Nunavut Impact Review Board have linked shipping noise to changes in how narwhal move through the sound, but have not found a decline in the Eclipse Sound population, which a 2036 aerial survey put at about 12,000 animals.
L geo Eclipse Sound
Q scare - :: “iron road,”
O company Baffinland Iron Mines Corp.
L geo Milne Inlet
L facility Mary River
O government Nunavut Impact Review Board
L geo Eclipse Sound
F date 2036
F number 12,000
> The Association of Arctic Expedition Cruise Operators (AECO), which represents most of the companies that sail to Pond Inlet, said in a statement that its members already follow community guidelines that limit ships to 10 knots within 20 km of shore and keep them at least 500 metres from narwhal. It said a two-month closure would be “a blunt tool” and asked to meet the HTO before the summer.
O nonprofit Association of Arctic Expedition Cruise Operators
O nonprofit AECO
L city Pond Inlet
F quantity 10 knots
F quantity 20 km
F quantity 500 metres
F duration two-month
Q direct Association of Arctic Expedition Cruise Operators :: “a blunt tool”
> The Qikiqtani Inuit Association, which manages the Tallurutiup Imanga National Marine Conservation Area together with Parks Canada, said in an email it was “reviewing the HTO’s request.” A QIA spokesperson said the conservation area does not include Eclipse Sound itself.
O nonprofit Qikiqtani Inuit Association
L geo Tallurutiup Imanga National Marine Conservation Area
O government Parks Canada
Q direct Qikiqtani Inuit Association :: “reviewing the HTO’s request.”
O nonprofit QIA
L geo Eclipse Sound
> Elder Ootoovak Qamaniq, 71, who has hunted narwhal since he was 12, said the animals now arrive in the sound about two weeks later than they did in the 1990s.
P full Ootoovak Qamaniq
F age 71
F age 12
F duration two weeks
F date 1990s
> “I don’t know if it is the ships or the ice,” he said. “But the young hunters have to learn while the tuugaalik are still here.”
Q direct Ootoovak Qamaniq :: “I don’t know if it is the ships or the ice,”
Q direct Ootoovak Qamaniq :: “But the young hunters have to learn while the tuugaalik are still here.”
> The Government of Nunavut’s Department of Environment said it would review the request. Cruise visits to Nunavut communities rose to 71 in 2039 from 38 in 2034, according to Travel Nunavut, the territory’s tourism industry association.
O government Government of Nunavut
O government Department of Environment
L region Nunavut
F number 71
F date 2039
F number 38
F date 2034
O nonprofit Travel Nunavut
> Arnakallak said the HTO would take its motion to the wildlife board’s next meeting in Iqaluit if Transport Canada does not respond within 30 days.
P partial Arnakallak
L city Iqaluit
O government Transport Canada
F duration 30 days
'''

ARTICLES['328-qalandars-zalmi-psl-tareen-jatoi-gaddafi-stadium'] = r'''
> Sports
> Tareen, Jatoi Power Qalandars To Top Of PSL Table
P partial Tareen
P partial Jatoi
O team Qalandars
O other PSL
> Hamza Iftikhar Gondal
P full Hamza Iftikhar Gondal
> March 18, 2040
F date March 18, 2040
> LAHORE: Lahore Qalandars batter Shahzaib Tareen plays a shot during his 78 against Peshawar Zalmi at the Gaddafi Stadium on Saturday. – APP
L city LAHORE
O team Lahore Qalandars
P full Shahzaib Tareen
F number 78
O team Peshawar Zalmi
L facility Gaddafi Stadium
O media APP
> LAHORE - Shahzaib Tareen's 78 off 49 balls and a four-wicket burst from left-arm spinner Irfanullah Jatoi took Lahore Qalandars to the top of the Pakistan Super League table with a 27-run win over Peshawar Zalmi at the Gaddafi Stadium on Saturday night.
L city LAHORE
P full Shahzaib Tareen
F number 78
F number 49
F number four
P full Irfanullah Jatoi
O team Lahore Qalandars
O other Pakistan Super League
F number 27
O team Peshawar Zalmi
L facility Gaddafi Stadium
> Sent in, Lahore lost Umair Kakar and captain Danyal Mirza inside four overs, to the Sri Lankan quick Keshan Wijeratne and Mehran Qureshi, but Tareen, the 22-year-old opener from Bannu, took 20 off Waqas Durrani's second over and added 63 for the third wicket with the England left-hander Callum Fotheringham.
O team Lahore
P full Umair Kakar
P full Danyal Mirza
F number four
P full Keshan Wijeratne
P full Mehran Qureshi
P partial Tareen
F age 22-year-old
L city Bannu
F number 20
P full Waqas Durrani
F number 63
O team England
P full Callum Fotheringham
> Fotheringham made 41 off 27 balls before he was stumped charging Imad Bangash, the Zalmi captain, and Tareen reached 50 off 31 balls with a flat hit over long-on off Obaidullah Wazir. He struck six sixes and five fours before holing out to deep midwicket in the 17th over.
P partial Fotheringham
F number 41
F number 27
P full Imad Bangash
O team Zalmi
P partial Tareen
F number 50
F number 31
P full Obaidullah Wazir
F number six
F number five
> "I was not looking to hit sixes. The ball was coming on nicely and the boundaries here are not that big," Tareen said at the post-match presentation. "Danyal bhai told me to bat through the innings, and I nearly did."
Q direct Shahzaib Tareen :: "I was not looking to hit sixes. The ball was coming on nicely and the boundaries here are not that big,"
P partial Tareen
Q direct Shahzaib Tareen :: "Danyal bhai told me to bat through the innings, and I nearly did."
P partial Danyal
> Qureshi came back to remove Tareen and Zeeshan Asif Chaudhry and finish with 3-29, but the unbeaten Tinashe Mavhunga hit 21 off 14 balls to lift the Qalandars to 186 for 6.
P partial Qureshi
P partial Tareen
P full Zeeshan Asif Chaudhry
F score 3-29
P full Tinashe Mavhunga
F number 21
F number 14
O team Qalandars
F score 186
F number 6
> Peshawar's chase was built around Tayyab Hussain Shah, who made 52 off 38 balls, and they were 109 for 2 in the 12th over with Ryan van Staden going hard at the other end. But Jatoi, who had already removed Sufyan Marwat, trapped van Staden lbw for 31, and after Shah was bowled by Abdul Samad Lashari, Zalmi lost their last six wickets for 38 runs.
O team Peshawar
P full Tayyab Hussain Shah
F number 52
F number 38
F score 109
F number 2
P full Ryan van Staden
P partial Jatoi
P full Sufyan Marwat
P partial van Staden
F number 31
P partial Shah
P full Abdul Samad Lashari
O team Zalmi
F number six
F number 38
> Jatoi struck with consecutive balls in the 16th over, having Durrani caught at long-off and bowling Wijeratne for a duck, to finish with 4-21, the best figures of the season so far.
P partial Jatoi
P partial Durrani
P partial Wijeratne
F score 4-21
> "On this pitch you have to be patient. I was only trying to bowl dot balls and let them make the mistakes," said Jatoi, 27, who was playing only his fourth PSL match after three seasons with Sindh in domestic cricket.
Q direct Irfanullah Jatoi :: "On this pitch you have to be patient. I was only trying to bowl dot balls and let them make the mistakes,"
P partial Jatoi
F age 27
O other PSL
F number three
O team Sindh
> "We were cruising at 109 for 2 and then we just gave it away. That's three defeats in four games, and that is not good enough for a side like ours," Bangash said.
Q direct Imad Bangash :: "We were cruising at 109 for 2 and then we just gave it away. That's three defeats in four games, and that is not good enough for a side like ours,"
F score 109
F number 2
F number three
F number four
P partial Bangash
> The win took Lahore to 10 points from six matches, level with Islamabad United but ahead on net run rate. Zalmi, with two points from four games, are fifth. They next face Karachi Kings in Karachi on Tuesday, while the Qalandars travel to Multan to play the Multan Sultans on Thursday.
O team Lahore
F number 10
F number six
O team Islamabad United
O team Zalmi
F number two
F number four
O team Karachi Kings
L city Karachi
O team Qalandars
L city Multan
O team Multan Sultans
> A crowd of about 24,000 watched in Lahore, the biggest of the season at the ground.
F number 24,000
L city Lahore
> SCOREBOARD
> LAHORE QALANDARS:
O team LAHORE QALANDARS
> Shahzaib Tareen c Durrani b Qureshi 78 (49)
P full Shahzaib Tareen
P partial Durrani
P partial Qureshi
F number 78
F number 49
> Umair Kakar c & b Wijeratne 9 (8)
P full Umair Kakar
P partial Wijeratne
F number 9
F number 8
> Danyal Mirza (c) lbw b Qureshi 4 (5)
P full Danyal Mirza
P partial Qureshi
F number 4
F number 5
> Callum Fotheringham st Marwat b Bangash 41 (27)
P full Callum Fotheringham
P partial Marwat
P partial Bangash
F number 41
F number 27
> Hasnain Bhatti run out (Durrani/Marwat) 17 (12)
P full Hasnain Bhatti
P partial Durrani
P partial Marwat
F number 17
F number 12
> Tinashe Mavhunga not out 21 (14)
P full Tinashe Mavhunga
F number 21
F number 14
> Zeeshan Asif Chaudhry c Wijeratne b Qureshi 6 (4)
P full Zeeshan Asif Chaudhry
P partial Wijeratne
P partial Qureshi
F number 6
F number 4
> Irfanullah Jatoi not out 1 (2)
P full Irfanullah Jatoi
F number 1
F number 2
> EXTRAS: (lb 2, w 6, nb 1) 9
F number 2
F number 6
F number 1
F number 9
> TOTAL: (6 wkts, 20 overs) 186
F number 6
F number 20
F score 186
> DID NOT BAT: Abdul Samad Lashari, Nauman Baig, Adeel Tunio
P full Abdul Samad Lashari
P full Nauman Baig
P full Adeel Tunio
> FALL OF WICKETS: 1-19, 2-31, 3-94, 4-150, 5-171, 6-179
F score 1-19
F score 2-31
F score 3-94
F score 4-150
F score 5-171
F score 6-179
> BOWLING: Mehran Qureshi 4-0-29-3, Keshan Wijeratne 4-0-38-1, Waqas Durrani 4-0-41-0, Imad Bangash 4-0-36-1, Sameer Yousafzai 3-0-28-0, Obaidullah Wazir 1-0-12-0
P full Mehran Qureshi
F score 4-0-29-3
P full Keshan Wijeratne
F score 4-0-38-1
P full Waqas Durrani
F score 4-0-41-0
P full Imad Bangash
F score 4-0-36-1
P full Sameer Yousafzai
F score 3-0-28-0
P full Obaidullah Wazir
F score 1-0-12-0
> PESHAWAR ZALMI:
O team PESHAWAR ZALMI
> Saim Ghauri c Mirza b Baig 12 (9)
P full Saim Ghauri
P partial Mirza
P partial Baig
F number 12
F number 9
> Tayyab Hussain Shah b Lashari 52 (38)
P full Tayyab Hussain Shah
P partial Lashari
F number 52
F number 38
> Sufyan Marwat (wk) c Tareen b Jatoi 23 (17)
P full Sufyan Marwat
P partial Tareen
P partial Jatoi
F number 23
F number 17
> Ryan van Staden lbw b Jatoi 31 (19)
P full Ryan van Staden
P partial Jatoi
F number 31
F number 19
> Imad Bangash (c) c Kakar b Tunio 14 (10)
P full Imad Bangash
P partial Kakar
P partial Tunio
F number 14
F number 10
> Hamid Khan Jadoon c & b Baig 2 (4)
P full Hamid Khan Jadoon
P partial Baig
F number 2
F number 4
> Waqas Durrani c Fotheringham b Jatoi 5 (6)
P full Waqas Durrani
P partial Fotheringham
P partial Jatoi
F number 5
F number 6
> Keshan Wijeratne b Jatoi 0 (1)
P full Keshan Wijeratne
P partial Jatoi
F number 0
F number 1
> Obaidullah Wazir run out (Mavhunga) 7 (6)
P full Obaidullah Wazir
P partial Mavhunga
F number 7
F number 6
> Mehran Qureshi not out 4 (4)
P full Mehran Qureshi
F number 4
F number 4
> Sameer Yousafzai c Lashari b Tunio 1 (3)
P full Sameer Yousafzai
P partial Lashari
P partial Tunio
F number 1
F number 3
> EXTRAS: (b 1, lb 1, w 5, nb 1) 8
F number 1
F number 1
F number 5
F number 1
F number 8
> TOTAL: (all out, 19.2 overs) 159
F number 19.2
F score 159
> FALL OF WICKETS: 1-18, 2-61, 3-109, 4-121, 5-126, 6-133, 7-133, 8-148, 9-154, 10-159
F score 1-18
F score 2-61
F score 3-109
F score 4-121
F score 5-126
F score 6-133
F score 7-133
F score 8-148
F score 9-154
F score 10-159
> BOWLING: Nauman Baig 4-0-27-2, Adeel Tunio 3.2-0-31-2, Abdul Samad Lashari 4-0-30-1, Irfanullah Jatoi 4-0-21-4, Tinashe Mavhunga 2-0-24-0, Zeeshan Asif Chaudhry 2-0-24-0
P full Nauman Baig
F score 4-0-27-2
P full Adeel Tunio
F score 3.2-0-31-2
P full Abdul Samad Lashari
F score 4-0-30-1
P full Irfanullah Jatoi
F score 4-0-21-4
P full Tinashe Mavhunga
F score 2-0-24-0
P full Zeeshan Asif Chaudhry
F score 2-0-24-0
> TOSS: Peshawar Zalmi
O team Peshawar Zalmi
> PLAYER OF THE MATCH: Irfanullah Jatoi
P full Irfanullah Jatoi
> RESULT: Lahore Qalandars won by 27 runs
O team Lahore Qalandars
F number 27
'''

ARTICLES['329-rwanda-cholera-vaccination-rusizi-nyamasheke-lake-kivu'] = r'''
> National
> Cholera: RBC to vaccinate 180,000 in Rusizi, Nyamasheke as cases rise to 214
O government RBC
F number 180,000
L region Rusizi
L region Nyamasheke
F number 214
> By Jean de Dieu Nsabimana
P full Jean de Dieu Nsabimana
> Published: June 11, 2039 | 8:17 pm
F date June 11, 2039
F time 8:17 pm
> Health workers vaccinate residents of Nkombo Island in Rusizi District during a pilot exercise on Thursday. Photo: Courtesy of RBC
L geo Nkombo Island
L region Rusizi District
O government RBC
> The Rwanda Biomedical Centre (RBC) will on Monday begin a two-day oral cholera vaccination campaign targeting about 180,000 people in Rusizi and Nyamasheke districts, after confirmed cases along the shores of Lake Kivu rose to 214 since the outbreak was declared on May 19.
O government Rwanda Biomedical Centre
O government RBC
F duration two-day
F number 180,000
L region Rusizi
L region Nyamasheke
L geo Lake Kivu
F number 214
F date May 19
> Three people have died, all of them in Rusizi, putting the case fatality rate at 1.4 per cent, according to figures released by the Ministry of Health on Friday. Of the 214 cases, 167 were recorded in Rusizi and 47 in Nyamasheke.
F number Three
L region Rusizi
F percent 1.4 per cent
O government Ministry of Health
F number 214
F number 167
L region Rusizi
F number 47
L region Nyamasheke
> Dr Gaspard Twagirayezu, the head of the Epidemic Surveillance and Response Division at RBC, told The New Times that most of the patients were fishermen, small traders and their families who use water drawn directly from the lake.
P full Gaspard Twagirayezu
O government Epidemic Surveillance and Response Division
O government RBC
O media The New Times
> “The pattern is very clear. Where people have safe water and latrines, we see almost no cases. Where they drink from the lake, we see clusters,” he said.
Q direct Gaspard Twagirayezu :: “The pattern is very clear. Where people have safe water and latrines, we see almost no cases. Where they drink from the lake, we see clusters,”
> He said 58 per cent of the patients were aged between 15 and 44, and that 31 were still admitted at Gihundwe and Mibilizi hospitals and at a cholera treatment centre set up in Kamembe on May 22.
F percent 58 per cent
F age 15
F age 44
F number 31
L region Gihundwe
L region Mibilizi
L city Kamembe
F date May 22
> The campaign will use 360,000 doses of oral cholera vaccine released from the global emergency stockpile managed by the International Coordinating Group on Vaccine Provision (ICG). Each person will receive two doses 14 days apart, and vaccination will take place at 64 sites, including schools, churches and fish landing sites, RBC said in a statement.
F number 360,000
O other International Coordinating Group on Vaccine Provision
O other ICG
F number two
F duration 14 days
F number 64
O government RBC
> “Everyone living in the targeted sectors, including pregnant women and children, is eligible. We appeal to residents to turn up in large numbers,” the statement said.
Q direct Rwanda Biomedical Centre :: “Everyone living in the targeted sectors, including pregnant women and children, is eligible. We appeal to residents to turn up in large numbers,”
> Twagirayezu said the outbreak was linked to a larger one across the border in South Kivu province of the Democratic Republic of Congo, where more than 2,600 cases have been reported in Bukavu and surrounding areas since March, according to the World Health Organization (WHO).
P partial Twagirayezu
L region South Kivu
L country Democratic Republic of Congo
F number 2,600
L city Bukavu
O intergovernmental World Health Organization
O intergovernmental WHO
> Health screening has been stepped up at the Rusizi I and Rusizi II border posts, where an average of 38,000 people cross each day, most of them traders and students.
L facility Rusizi I
L facility Rusizi II
F number 38,000
> The Vice Mayor of Rusizi District in charge of Social Affairs, Anne Marie Dusabimana, said local leaders had banned the sale of cooked food and cut fruit at Kamembe and Bugarama markets for two weeks and closed 11 unlicensed eateries near the lake.
L region Rusizi District
P full Anne Marie Dusabimana
L city Kamembe
L city Bugarama
F duration two weeks
F number 11
> “The monthly Umuganda on June 25 will be dedicated to cleaning drainage channels and building latrines in Kamembe, Gihundwe and Nkombo,” she said.
Q direct Anne Marie Dusabimana :: “The monthly Umuganda on June 25 will be dedicated to cleaning drainage channels and building latrines in Kamembe, Gihundwe and Nkombo,”
F date June 25
L city Kamembe
L region Gihundwe
L geo Nkombo
> A fisherman on Nkombo Island, who asked not to be named because his brother is among the patients, said the island’s two water kiosks often run dry. “When the kiosk is empty, what do you do? You take the lake,” he said.
L geo Nkombo Island
F number two
Q direct - :: “When the kiosk is empty, what do you do? You take the lake,”
> The Water and Sanitation Corporation (WASAC) said it had sent 12 water tankers to Rusizi and would install 30 more 10,000-litre tanks by the end of the month. Its Rusizi branch manager, Emmanuel Niyonsenga, said a Rwf480 million (about $330,000) extension of the Kamembe water network, which will reach Nkombo Island through a pipe laid on the lake bed, was 70 per cent complete.
O company Water and Sanitation Corporation
O company WASAC
F number 12
L region Rusizi
F number 30
F quantity 10,000-litre
L region Rusizi
P full Emmanuel Niyonsenga
F money Rwf480 million
F money $330,000
L city Kamembe
L geo Nkombo Island
F percent 70 per cent
> RBC urged residents to boil or treat drinking water, wash their hands with soap and go to the nearest health centre as soon as they develop acute watery diarrhoea, and said calls to its toll-free line, 114, are free of charge.
O government RBC
> Rwanda’s last cholera outbreak, in 2036, was confined to Rubavu District across the lake from Goma, with 96 cases and no deaths.
L country Rwanda
F date 2036
L region Rubavu District
L city Goma
F number 96
'''

ARTICLES['330-latrobe-council-officer-jailed-fake-roadworks-invoices-morwell'] = r'''
> Crime
> 'A business, not a moment of weakness': council officer jailed over $1.4m fake roadworks bills
Q direct Rosalind Karamanlis :: 'A business, not a moment of weakness'
F money $1.4m
> A contracts officer from Moe used a company registered to his brother-in-law in Sale to bill ratepayers for road repairs in Churchill and Traralgon that were never done.
L city Moe
L city Sale
L city Churchill
L city Traralgon
> By Caitlin Ferreira-Nolan
P full Caitlin Ferreira-Nolan
> August 18, 2039 — 4.38pm
F date August 18, 2039
F time 4.38pm
> Bradley Huxtable outside the Latrobe Valley Law Courts in Morwell in June. Credit: Justin Mavroudis
P full Bradley Huxtable
L facility Latrobe Valley Law Courts
L city Morwell
P full Justin Mavroudis
> A former Latrobe City Council contracts officer who used a shelf company to bill ratepayers more than $1.4 million for roadworks that were never carried out has been jailed for six years and three months.
O government Latrobe City Council
F money $1.4 million
F duration six years
F duration three months
> Bradley James Huxtable, 49, of Moe, approved 212 false invoices from Strzelecki Civil Pty Ltd between March 2034 and November 2036, the County Court heard during his plea hearing in Morwell in June. The company was registered to his brother-in-law, Shane Piccolo, 52, of Sale, who had never worked in civil construction.
P full Bradley James Huxtable
F age 49
L city Moe
F number 212
O company Strzelecki Civil Pty Ltd
F date March 2034
F date November 2036
O government County Court
L city Morwell
P full Shane Piccolo
F age 52
L city Sale
> Sentencing Huxtable on Thursday, Judge Rosalind Karamanlis said he had exploited a position of trust “cynically and repeatedly” over almost three years, taking money from a community that could least afford it.
P partial Huxtable
P full Rosalind Karamanlis
Q direct Rosalind Karamanlis :: “cynically and repeatedly”
F duration three years
> “This was not a moment of weakness. It was a business,” she said. “Every one of those 212 invoices required a decision by you to deceive your employer.”
Q direct Rosalind Karamanlis :: “This was not a moment of weakness. It was a business,”
Q direct Rosalind Karamanlis :: “Every one of those 212 invoices required a decision by you to deceive your employer.”
F number 212
> Huxtable pleaded guilty to 14 charges of obtaining financial advantage by deception and one of dealing with the proceeds of crime. He must serve four years and three months before he is eligible for parole.
P partial Huxtable
F number 14
F number one
F duration four years
F duration three months
> The court heard the invoices were for pothole repairs, drainage works and line marking on roads in Churchill, Traralgon, Yinnar and Boolarra, mostly for amounts between $4,800 and $9,900, which kept each one below the $10,000 limit that required a second sign-off.
L city Churchill
L city Traralgon
L city Yinnar
L city Boolarra
F money $4,800
F money $9,900
F money $10,000
> Crown prosecutor Tamsin Okonkwo-Leahy told the court Huxtable had spent much of the money on poker machines, a $148,000 fishing boat and renovations to his house in Elizabeth Street, Moe.
P full Tamsin Okonkwo-Leahy
P partial Huxtable
F money $148,000
L street Elizabeth Street
L city Moe
> The scheme unravelled in December 2036 when a council engineer inspecting the Princes Highway service road in Traralgon found no sign of repairs that had been billed twice in the same month. The council referred the matter to the Independent Broad-based Anti-corruption Commission (IBAC), which passed it to Victoria Police.
F date December 2036
L street Princes Highway
L city Traralgon
O government Independent Broad-based Anti-corruption Commission
O government IBAC
O government Victoria Police
> Defence barrister Kieran Fahey told the court his client began drinking heavily after the Hazelwood power station, where he had worked for 17 years, closed in 2017 with the loss of hundreds of jobs across the Latrobe Valley, and that he later developed a gambling addiction.
P full Kieran Fahey
L facility Hazelwood
F duration 17 years
F date 2017
L geo Latrobe Valley
> “He is deeply ashamed, and he has told me he wants to pay back every dollar,” Mr Fahey said.
Q direct Kieran Fahey :: “He is deeply ashamed, and he has told me he wants to pay back every dollar,”
P partial Fahey
> Judge Karamanlis said Huxtable had repaid $61,500 and the council had recovered a further $310,000 from the sale of the boat and a block of land at Mirboo North, leaving more than $1 million outstanding.
P partial Karamanlis
P partial Huxtable
F money $61,500
F money $310,000
L city Mirboo North
F money $1 million
> Piccolo, who pleaded guilty to aiding and abetting, was sentenced in July to an 18-month community corrections order with 200 hours of unpaid community work. The court heard he had been paid about $2,000 a month for letting his name and bank account be used.
P partial Piccolo
F duration 18-month
F duration 200 hours
F money $2,000
> Latrobe City Council chief executive Marnie Delahunty said the council had rebuilt its purchasing system since 2037. “Ratepayers were let down, and we have taken every step we can to make sure this cannot happen again,” she said in a statement.
O government Latrobe City Council
P full Marnie Delahunty
F date 2037
Q direct Marnie Delahunty :: “Ratepayers were let down, and we have taken every step we can to make sure this cannot happen again,”
> Huxtable, who stood with his hands clasped as the sentence was read, will be eligible for parole in November 2043.
P partial Huxtable
F date November 2043
> Start the day with a summary of the day’s most important and interesting stories, analysis and insights. Sign up for our Morning Edition newsletter.
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
