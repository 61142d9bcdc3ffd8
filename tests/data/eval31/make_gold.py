#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval31 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval31/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['229-phuket-light-rail-cabinet-approval'] = r'''
> Phuket light rail gets cabinet green light
L region Phuket
> B35.6bn line to link airport with Chalong by 2039
F money B35.6bn
L city Chalong
F date 2039
> PUBLISHED : 16 Aug 2034 at 04:00
F date 16 Aug 2034
F time 04:00
> NEWSPAPER SECTION: News
> WRITER: Supaporn Jaturongkakul and Achara na Ranong
P full Supaporn Jaturongkakul
P full Achara na Ranong
> Traffic backs up on Thepkrasattri Road near the Heroines Monument in Thalang district on Tuesday. The tram line will run along the road for most of its length. (Photo: Achara na Ranong)
L street Thepkrasattri Road
L facility Heroines Monument
L region Thalang
P full Achara na Ranong
> The cabinet on Tuesday approved a 35.6-billion-baht light rail line on Phuket, clearing the way for the Mass Rapid Transit Authority of Thailand (MRTA) to invite private bids for the island's first mass transit system by the end of the year.
F money 35.6-billion-baht
L region Phuket
O government Mass Rapid Transit Authority of Thailand
O government MRTA
> Deputy government spokeswoman Kanokwan Sritongkham said the 41.7-kilometre line would run from Phuket International Airport in Thalang through Phuket Town to Chalong in Muang district, with 21 stations. Eleven of them will be elevated or underground and the rest at street level.
P full Kanokwan Sritongkham
F quantity 41.7-kilometre
L facility Phuket International Airport
L region Thalang
L city Phuket Town
L city Chalong
L region Muang
F number 21
F number Eleven
> Ms Kanokwan said the line was expected to carry about 39,500 passengers a day in its first year, rising to 72,000 a day by 2050. Trams will run every 10 minutes from 6am to 11pm, and fares will range from 16 baht to 42 baht depending on distance.
P partial Kanokwan
F number 39,500
F number 72,000
F date 2050
F duration 10 minutes
F time 6am
F time 11pm
F money 16 baht
F money 42 baht
> Under the public-private partnership (PPP) model approved by the cabinet, the state will pay for land expropriation and the relocation of utilities, estimated at 4.13 billion baht, while a private concessionaire will build the line, supply the trams and run the service for 30 years in return for fare revenue and an annual subsidy capped at 1.2 billion baht. The Office of the National Economic and Social Development Council (NESDC) put the project's economic internal rate of return at 14.3%.
F money 4.13 billion baht
F duration 30 years
F money 1.2 billion baht
O government Office of the National Economic and Social Development Council
O government NESDC
F percent 14.3%
> MRTA governor Witsanu Rattanaphaisan said the agency planned to issue tender documents in December and sign a contract by mid-2035. Construction is expected to take 48 months.
O government MRTA
P full Witsanu Rattanaphaisan
F date 2035
F duration 48 months
> "Phuket has the airport and the hotels of a world-class destination, but the roads of a provincial town. In high season it can take two hours to drive the 40 kilometres from the airport to Chalong," Mr Witsanu said.
Q direct Witsanu Rattanaphaisan :: "Phuket has the airport and the hotels of a world-class destination, but the roads of a provincial town. In high season it can take two hours to drive the 40 kilometres from the airport to Chalong,"
L region Phuket
F duration two hours
F quantity 40 kilometres
L city Chalong
P partial Witsanu
> "The tram will not solve every problem, but it will give residents and visitors a reliable alternative to taxis and tuk-tuks, which many tourists say are too expensive."
Q direct Witsanu Rattanaphaisan :: "The tram will not solve every problem, but it will give residents and visitors a reliable alternative to taxis and tuk-tuks, which many tourists say are too expensive."
> Tuk-tuk driver Somsak, 52, who declined to give his surname, said drivers would lose customers. "Forty years ago there were no cars here, only our tuk-tuks and the songthaew. Now the government wants a train," he said.
P partial Somsak
F age 52
Q direct Somsak :: "Forty years ago there were no cars here, only our tuk-tuks and the songthaew. Now the government wants a train,"
F duration Forty years
> Phuket received 14.8 million visitors last year, who spent about 488 billion baht, according to the Tourism Authority of Thailand (TAT). The number of vehicles registered on the island has risen by more than a third since 2019, to 1.16 million, the provincial land transport office said.
L region Phuket
F number 14.8 million
F money 488 billion baht
O government Tourism Authority of Thailand
O government TAT
F fraction a third
F date 2019
F number 1.16 million
> The project was first approved in principle in 2018 with a budget of 30.1 billion baht, but was shelved during the Covid-19 pandemic as visitor numbers collapsed. The MRTA revised the design in 2032, moving 3.4km of the route underground beneath Phuket Old Town to protect its Sino-Portuguese shophouses.
F date 2018
F money 30.1 billion baht
O government MRTA
F date 2032
F quantity 3.4km
L city Phuket Old Town
> Thanusak Sae-lim, president of the Phuket Tourist Association, welcomed the decision but said the line should eventually be extended to the beach towns of Patong and Kata on the island's west coast.
P full Thanusak Sae-lim
O nonprofit Phuket Tourist Association
L city Patong
L city Kata
> "Without Patong, the tram serves only half the island. Most of our 1,900 hotels are on the west coast, and that is where the traffic is worst," he told the Bangkok Post.
Q direct Thanusak Sae-lim :: "Without Patong, the tram serves only half the island. Most of our 1,900 hotels are on the west coast, and that is where the traffic is worst,"
L city Patong
F fraction half
F number 1,900
O media Bangkok Post
> Not everyone is convinced. Shop owners along Thepkrasattri Road, where the trams will share lanes with cars for about 14km, fear that two years of roadworks will drive away customers. A group of 212 residents in Ko Kaeo and Rassada subdistricts submitted a petition to the MRTA on Monday asking it to move two planned stations.
L street Thepkrasattri Road
F quantity 14km
F duration two years
F number 212
L region Ko Kaeo
L region Rassada
O government MRTA
F number two
> "We support the tram, but not a station in front of a school and a temple," said Pimchanok Thongdee, a 47-year-old noodle shop owner who helped organise the petition. "Nobody has told us where the 600 families whose land will be expropriated are supposed to go."
Q direct Pimchanok Thongdee :: "We support the tram, but not a station in front of a school and a temple,"
P full Pimchanok Thongdee
F age 47-year-old
Q direct Pimchanok Thongdee :: "Nobody has told us where the 600 families whose land will be expropriated are supposed to go."
F number 600
> Mr Witsanu said the MRTA would hold public hearings in Thalang and Muang districts in October and would consider moving the stations. Landowners would be compensated at market rates, he said.
P partial Witsanu
O government MRTA
L region Thalang
L region Muang
> Phuket would be the second province outside greater Bangkok to get an urban rail line, after Chiang Mai, where the cabinet approved a 16-station light rail line in June 2033 that is due to open in 2038.
L region Phuket
L city Bangkok
L city Chiang Mai
F number 16
F date June 2033
F date 2038
'''

ARTICLES['230-sydney-marathon-kiprono-worku-course-records'] = r'''
> Athletics-Kenya's Kiprono breaks Sydney course record, Ethiopia's Worku wins women's race
L country Kenya
P partial Kiprono
L city Sydney
L country Ethiopia
P partial Worku
> By Ashleigh Penhaligon-Roe
P full Ashleigh Penhaligon-Roe
> August 27, 2034 12:41 PM GMT+10 Updated 3 hours ago
F date August 27, 2034
F time 12:41 PM GMT+10
F duration 3 hours
> Kenya's Elijah Kiprono celebrates after winning the men's race at the Sydney Marathon in Sydney, Australia, August 27, 2034. REUTERS/Jaimie Castellanos-Hart
L country Kenya
P full Elijah Kiprono
L city +1 Sydney
L country Australia
F date August 27, 2034
O media REUTERS
P full Jaimie Castellanos-Hart
> SYDNEY, Aug 27 (Reuters) - Kenya's Elijah Kiprono broke the Sydney Marathon course record by 41 seconds on Sunday, winning in 2:04:37 after pulling away from Ethiopia's Dawit Alemayehu Tesfaye over the final 3 kilometres to the Opera House.
L city SYDNEY
F date Aug 27
O media Reuters
L country Kenya
P full Elijah Kiprono
F duration 41 seconds
F duration 2:04:37
L country Ethiopia
P full Dawit Alemayehu Tesfaye
F quantity 3 kilometres
L facility Opera House
> Ethiopia's Tsehay Worku won the women's race in a course record of 2:17:48, holding off Kenya's Purity Jeptoo Chelimo by 11 seconds in a sprint down Macquarie Street.
L country Ethiopia
P full Tsehay Worku
F duration 2:17:48
L country Kenya
P full Purity Jeptoo Chelimo
F duration 11 seconds
L street Macquarie Street
> Kiprono, 26, running only his third marathon, went through halfway in 62:05 in a lead group of nine. The race became a one-on-one contest with Tesfaye on the long drag out of Centennial Park, and the Kenyan made his decisive move at the 39-kilometre mark.
P partial Kiprono
F age 26
F duration 62:05
F number nine
F score one-on-one
P partial Tesfaye
L geo Centennial Park
F quantity 39-kilometre
> "I was not thinking about the record. My coach told me to wait for the last five kilometres, because the wind on the bridge takes your energy," said Kiprono, who trains in Iten in Kenya's Rift Valley.
Q direct Elijah Kiprono :: "I was not thinking about the record. My coach told me to wait for the last five kilometres, because the wind on the bridge takes your energy,"
F quantity five kilometres
P partial Kiprono
L city Iten
L country Kenya
L region Rift Valley
> "When I looked back and Dawit was not there, I knew the record was possible. I pushed all the way to the line."
Q direct Elijah Kiprono :: "When I looked back and Dawit was not there, I knew the record was possible. I pushed all the way to the line."
P partial Dawit
> Tesfaye, runner-up at the Boston Marathon in April, finished 33 seconds behind in 2:05:10, while Japan's Takumi Morishita was third in a personal best of 2:05:21.
P partial Tesfaye
F duration 33 seconds
F duration 2:05:10
L country Japan
P full Takumi Morishita
F duration 2:05:21
> Morishita, 29, who runs for the Chikuho Steel corporate team in Kitakyushu, took 38 seconds off the best he set in Fukuoka in December 2032.
P partial Morishita
F age 29
O team Chikuho Steel
L city Kitakyushu
F duration 38 seconds
L city Fukuoka
F date December 2032
> In the women's race, Worku, 31, broke away on Oxford Street after 30 kilometres and led by 48 seconds with 5 km to go, but Chelimo closed to within three seconds on the final descent before Worku found another gear.
P partial Worku
F age 31
L street Oxford Street
F quantity 30 kilometres
F duration 48 seconds
F quantity 5 km
P partial Chelimo
F duration three seconds
P partial Worku
> "I knew Purity was strong at the finish, so I had to go early," Worku said through an interpreter. "This is my first win in a major marathon, and I dedicate it to my daughter, who turned two on Friday."
Q direct Tsehay Worku :: "I knew Purity was strong at the finish, so I had to go early,"
P partial Purity
P partial Worku
Q direct Tsehay Worku :: "This is my first win in a major marathon, and I dedicate it to my daughter, who turned two on Friday."
F age two
> Uganda's Mercy Atuhaire was third in the women's race in 2:19:30. Isla Montgomery-Pike, the first Australian woman home, finished eighth in 2:24:05, four minutes outside her best.
L country Uganda
P full Mercy Atuhaire
F duration 2:19:30
P full Isla Montgomery-Pike
F duration 2:24:05
F duration four minutes
> Both winners collected A$80,000 ($52,000) in prize money and a course-record bonus of A$25,000, organisers said.
F money A$80,000
F money $52,000
F money A$25,000
> About 38,000 runners started in cool, calm conditions, with the temperature at 11 degrees Celsius (52 Fahrenheit) at the 6:10 a.m. start in North Sydney. The course crosses the Sydney Harbour Bridge in the first 4 km.
F number 38,000
F quantity 11 degrees Celsius
F quantity 52 Fahrenheit
F time 6:10 a.m.
L city North Sydney
L facility Sydney Harbour Bridge
F quantity 4 km
> Sydney became the seventh of the sport's major marathons in 2025, joining Tokyo, Boston, London, Berlin, Chicago and New York. Kiprono's time is the fastest marathon ever run in Australia, according to World Athletics data.
L city Sydney
F date 2025
L city Tokyo
L city Boston
L city London
L city Berlin
L city Chicago
L city New York
P partial Kiprono
L country Australia
O other World Athletics
> Kiprono's manager, Giulia Ferraresi-Conti of Milan-based Passo Lungo Sports Management, said he would now target the London Marathon in April. "Two years ago he was a 10,000-metres runner on the track. He is still learning the distance," she said.
P partial Kiprono
P full Giulia Ferraresi-Conti
L city Milan
O company Passo Lungo Sports Management
Q direct Giulia Ferraresi-Conti :: "Two years ago he was a 10,000-metres runner on the track. He is still learning the distance,"
F duration Two years
F quantity 10,000-metres
> Local hope Liam Dunstan-Abara, 24, was the best-placed Australian in 11th in 2:09:44, inside the Athletics Australia selection standard for the 2035 world championships.
P full Liam Dunstan-Abara
F age 24
F duration 2:09:44
O other Athletics Australia
F date 2035
> (Reporting by Ashleigh Penhaligon-Roe in Sydney; Editing by Tomasz Krawiec-Lund)
P full Ashleigh Penhaligon-Roe
L city Sydney
P full Tomasz Krawiec-Lund
'''

ARTICLES['231-lahore-housing-scheme-fraud-accountability-court'] = r'''
> Pakistan
L country Pakistan
> Housing scheme owner gets 14 years, Rs9.6bn fine in plot fraud case
F duration 14 years
F money Rs9.6bn
> Imtiaz Hussain Bhatti Published March 9, 2035 Updated about 5 hours ago
P full Imtiaz Hussain Bhatti
F date March 9, 2035
F duration 5 hours
> Allottees of Al-Noor Gardens gather outside the accountability courts in Lahore on Thursday. — Photo by Kamran Ashraf Butt / White Star
L city Al-Noor Gardens
L city Lahore
P full Kamran Ashraf Butt
O media White Star
> LAHORE: An accountability court on Thursday sentenced the owner of a private housing scheme off Raiwind Road to 14 years in prison and fined him Rs9.6 billion for defrauding more than 3,100 people who paid for plots that were never developed.
L city LAHORE
L street Raiwind Road
F duration 14 years
F money Rs9.6 billion
F number 3,100
> Accountability Court-III judge Sajjad Hussain Bhutta convicted Tahir Mehmood Gondal, chief executive of Noor Developers (Pvt) Ltd, of cheating the public and misappropriating their money in the Al-Noor Gardens scheme, in a reference filed by the National Accountability Bureau (NAB) in 2031.
O government Accountability Court-III
P full Sajjad Hussain Bhutta
P full Tahir Mehmood Gondal
O company Noor Developers (Pvt) Ltd
L city Al-Noor Gardens
O government National Accountability Bureau
O government NAB
F date 2031
> The court also handed seven-year sentences to Gondal’s son Usman Tahir Gondal, a director of the company, and to its former marketing head, Faisal Iqbal Randhawa, and ordered the confiscation of 38 properties in Lahore, Sheikhupura and Islamabad, including a farmhouse on Bedian Road.
F duration seven-year
P partial Gondal
P full Usman Tahir Gondal
P full Faisal Iqbal Randhawa
F number 38
L city Lahore
L city Sheikhupura
L city Islamabad
L street Bedian Road
> According to the reference, the company sold 4,212 plots of five marla, 10 marla and one kanal between 2024 and 2029, advertising the scheme as “LDA-approved” on billboards and in newspapers, although the Lahore Development Authority (LDA) had rejected its layout plan in 2025.
F number 4,212
F quantity five marla
F quantity 10 marla
F quantity one kanal
F date 2024
F date 2029
Q direct Noor Developers (Pvt) Ltd :: “LDA-approved”
O government LDA
O government Lahore Development Authority
O government LDA
F date 2025
> Buyers paid Rs9.64bn in instalments, NAB said, but development work was carried out on only 180 kanals of the scheme’s 1,450-kanal site, and not a single plot was handed over.
F money Rs9.64bn
O government NAB
F quantity 180 kanals
F quantity 1,450-kanal
> Investigators traced about Rs3.2bn of the money to bank accounts of Gondal’s relatives and to two apartments in Dubai, the prosecution told the court.
F money Rs3.2bn
P partial Gondal
F number two
L city Dubai
> In his 86-page judgment, the judge wrote that the accused had “used the savings of teachers, widows and overseas workers to fund a life of luxury” and that the company’s promises of possession “were never meant to be kept”.
F number 86
Q direct Sajjad Hussain Bhutta :: “used the savings of teachers, widows and overseas workers to fund a life of luxury”
Q direct Sajjad Hussain Bhutta :: “were never meant to be kept”
> He rejected the defence plea that the delay was caused by the LDA’s refusal to approve the layout, noting that Gondal had continued to sell plots for four years after the rejection.
O government LDA
P partial Gondal
F duration four years
> Gondal’s counsel, Barrister Haris Saleem Khokhar, said his client would challenge the verdict in the Lahore High Court. “This is a civil dispute between a developer and its customers that has been turned into a criminal case. My client has always been ready to hand over the plots or refund the money,” he told reporters outside the courtroom.
P partial Gondal
P full Haris Saleem Khokhar
O government Lahore High Court
Q direct Haris Saleem Khokhar :: “This is a civil dispute between a developer and its customers that has been turned into a criminal case. My client has always been ready to hand over the plots or refund the money,”
> NAB Lahore said in a statement that the verdict “sends a clear message to fraudulent housing societies” and that Rs1.1bn had already been returned to 940 affectees through plea bargains with two of the company’s former partners.
O government NAB Lahore
Q direct NAB Lahore :: “sends a clear message to fraudulent housing societies”
F money Rs1.1bn
F number 940
F number two
> Outside the court, dozens of allottees, many of them elderly, chanted slogans and distributed sweets after the verdict was announced.
> “I gave them Rs2.8 million, my entire gratuity, for a 10-marla plot in 2026. Nine years later I have a file and a receipt, nothing else,” said Mumtaz Begum, 67, a retired headmistress from Samanabad.
Q direct Mumtaz Begum :: “I gave them Rs2.8 million, my entire gratuity, for a 10-marla plot in 2026. Nine years later I have a file and a receipt, nothing else,”
F money Rs2.8 million
F quantity 10-marla
F date 2026
F duration Nine years
P full Mumtaz Begum
F age 67
L city Samanabad
> “The sentence is good, but a sentence does not give us our plot. The court must make sure the confiscated properties are sold and the money reaches the people,” she said.
Q direct Mumtaz Begum :: “The sentence is good, but a sentence does not give us our plot. The court must make sure the confiscated properties are sold and the money reaches the people,”
> Another allottee, Muhammad Arshad, a 44-year-old electrician who works in Riyadh, said he had sent 36 monthly instalments of Rs45,000 from Saudi Arabia. “Every month for three years I sent the money home. Now my children ask me where our house is,” he said.
P full Muhammad Arshad
F age 44-year-old
L city Riyadh
F number 36
F money Rs45,000
L country Saudi Arabia
Q direct Muhammad Arshad :: “Every month for three years I sent the money home. Now my children ask me where our house is,”
F duration three years
> The LDA says 187 of the 470 private housing schemes in Lahore district are illegal, and has urged buyers to check a scheme’s status on its website before paying.
O government LDA
F number 187
F number 470
L region Lahore
> Gondal, 58, was arrested at Islamabad airport in November 2031 and has been held in Camp Jail since then. Randhawa, who had been on bail since 2033, was taken into custody in the courtroom, while Usman Gondal, who is believed to be in the UAE, was declared a proclaimed offender.
P partial Gondal
F age 58
L facility Islamabad
F date November 2031
L facility Camp Jail
P partial Randhawa
F date 2033
P full Usman Gondal
L country UAE
> The convicts can file appeals in the LHC within 10 days.
O government LHC
F duration 10 days
> Published in Dawn, March 9th, 2035
O media Dawn
F date March 9th, 2035
'''

ARTICLES['232-umibune-sushi-profit-forecast-overseas'] = r'''
> Retail
> Japan's Umibune lifts profit forecast as overseas sushi sales surge
L country Japan
O company Umibune
> Conveyor-belt chain to open 120 restaurants abroad in three years
F number 120
F duration three years
> HARUKA MORIGUCHI, Nikkei staff writer
P full HARUKA MORIGUCHI
O media Nikkei
> October 11, 2034 17:05 JST
F date October 11, 2034
F time 17:05 JST
> An Umibune Sushi restaurant in Los Angeles. The chain's overseas operations now account for nearly a quarter of its revenue. (Photo courtesy of Umibune Holdings)
O company Umibune Sushi
L city Los Angeles
F fraction a quarter
O company Umibune Holdings
> TOKYO -- Umibune Holdings, operator of Japan's third-largest conveyor-belt sushi chain, raised its full-year profit forecast on Tuesday after overseas sales jumped 41% in the six months through August, while a record flow of foreign tourists lifted business at its restaurants at home.
L city TOKYO
O company Umibune Holdings
L country Japan
F percent 41%
F duration six months
> The company now expects net profit of 14.8 billion yen ($99 million) for the fiscal year ending in February 2035, up from an earlier forecast of 11.2 billion yen and 37% higher than the previous year. Revenue is projected to rise 16% to 412 billion yen.
F money 14.8 billion yen
F money $99 million
F date February 2035
F money 11.2 billion yen
F percent 37%
F percent 16%
F money 412 billion yen
> For the March-August half, operating profit rose 52% to 12.1 billion yen on revenue of 203.6 billion yen. Overseas operations, which include 186 restaurants in the U.S., Australia, China, Thailand and Singapore, accounted for 24% of sales, up from 17% a year earlier.
F percent 52%
F money 12.1 billion yen
F money 203.6 billion yen
F number 186
L country U.S.
L country Australia
L country China
L country Thailand
L country Singapore
F percent 24%
F percent 17%
> President Kazuhiro Umemoto told a news conference in Tokyo that the company would open 120 restaurants outside Japan over the next three years, including its first in Canada and Malaysia, and would invest 38 billion yen in a fish-processing center in Kagoshima Prefecture.
P full Kazuhiro Umemoto
L city Tokyo
F number 120
L country Japan
F duration three years
L country Canada
L country Malaysia
F money 38 billion yen
L region Kagoshima Prefecture
> “A plate of sushi for 120 yen was my father’s promise to Japanese families for 50 years,” said Umemoto, whose father, Shigeo Umemoto, opened the first Umibune restaurant in Fukuoka in 1984. “Overseas, customers are happy to pay more, and the margins are better. But we will not give up the 120-yen plate at home.”
Q direct Kazuhiro Umemoto :: “A plate of sushi for 120 yen was my father’s promise to Japanese families for 50 years,”
F money 120 yen
F duration 50 years
P partial Umemoto
P full Shigeo Umemoto
O company Umibune
L city Fukuoka
F date 1984
Q direct Kazuhiro Umemoto :: “Overseas, customers are happy to pay more, and the margins are better. But we will not give up the 120-yen plate at home.”
F money 120-yen
> The chain has kept its basic plates at 120 yen since it raised them from 110 yen in 2032, absorbing higher costs for imported salmon and tuna. It buys about 9,000 tons of salmon a year, most of it from Norway and Chile.
F money 120 yen
F money 110 yen
F date 2032
F quantity 9,000 tons
L country Norway
L country Chile
> In China, Umibune operates its 41 restaurants through a joint venture with Shanghai-based Huaxin Catering Group. Its chairman, Zhou Minghai, said in a statement that the partners planned to double the number of outlets there by 2036 and that Chinese diners were “trading up from hotpot to sushi.”
L country China
O company Umibune
F number 41
L city Shanghai
O company Huaxin Catering Group
P full Zhou Minghai
F date 2036
Q direct Zhou Minghai :: “trading up from hotpot to sushi.”
> Foreign visitors to Japan reached 3.9 million in September, a record for the month, according to the Japan National Tourism Organization (JNTO). Umibune said sales at its 64 restaurants near major stations and tourist sites in Tokyo, Osaka and Kyoto rose 28% in the half.
L country Japan
F number 3.9 million
O government Japan National Tourism Organization
O government JNTO
O company Umibune
F number 64
L city Tokyo
L city Osaka
L city Kyoto
F percent 28%
> “The overseas business has gone from an experiment to the main growth engine,” said Aya Fukuhara, a senior analyst at SMBC Nikko Securities. “But the U.S. is a tough market for restaurants. Labor costs there are three times Japan’s, and Umibune still has only 38 outlets in America.”
Q direct Aya Fukuhara :: “The overseas business has gone from an experiment to the main growth engine,”
P full Aya Fukuhara
O company SMBC Nikko Securities
Q direct Aya Fukuhara :: “But the U.S. is a tough market for restaurants. Labor costs there are three times Japan’s, and Umibune still has only 38 outlets in America.”
L country U.S.
F number three
L country Japan
O company Umibune
F number 38
L country America
> Fukuhara said Zhou’s target looked ambitious but that the Chinese venture had been profitable since 2033.
P partial Fukuhara
P partial Zhou
F date 2033
> Umibune shares rose 6.8% to 4,215 yen on the Tokyo Stock Exchange on Wednesday, outpacing a 0.4% gain in the benchmark Nikkei Stock Average.
O company Umibune
F percent 6.8%
F money 4,215 yen
O company Tokyo Stock Exchange
F percent 0.4%
> Umibune competes at home with Sushiro operator Food & Life Companies and with Kura Sushi, which together run more than 1,300 restaurants in Japan. Kura Sushi’s U.S. unit, Kura Sushi USA, is listed on the Nasdaq.
O company Umibune
O company Sushiro
O company Food & Life Companies
O company Kura Sushi
F number 1,300
L country Japan
O company Kura Sushi
L country U.S.
O company Kura Sushi USA
O company Nasdaq
> The Kagoshima plant, due to open in 2037, will process 12,000 tons of farmed yellowtail and sea bream a year from Kagoshima and Miyazaki prefectures and will employ about 350 people, the company said.
L facility Kagoshima
F date 2037
F quantity 12,000 tons
L region Kagoshima
L region Miyazaki
F number 350
> Umibune assumes an exchange rate of 150 yen to the dollar for the rest of the fiscal year.
O company Umibune
F money 150 yen
'''

ARTICLES['233-oyewole-harmattan-evening-lagos-auction-record'] = r'''
> Arts
> Oyèwọlé’s ‘Harmattan Evening’ sets ₦1.2bn record at Lagos auction
P partial Oyèwọlé
Q scare - :: ‘Harmattan Evening’
F money ₦1.2bn
L city Lagos
> Late modernist’s 1974 canvas sells for more than double its estimate as home buyers outbid London and New York
F date 1974
L city London
L city New York
> By Chiamaka Obiefuna-Lawal
P full Chiamaka Obiefuna-Lawal
> 20 November 2034   |   4:12 am
F date 20 November 2034
F time 4:12 am
> Auctioneer Ikechukwu Nwachukwu-Obi takes bids for Adebisi Oyewole’s ‘Harmattan Evening, Oja Oba’ (1974) at the Civic Centre, Victoria Island, Lagos, on Saturday. PHOTO: Lagoon Hall Auctions
P full Ikechukwu Nwachukwu-Obi
P full Adebisi Oyewole
Q scare - :: ‘Harmattan Evening, Oja Oba’
F date 1974
L facility Civic Centre
L city Victoria Island
L city Lagos
O company Lagoon Hall Auctions
> A painting by the late Adébísí Oyèwọlé sold for ₦1.2 billion at a Lagos auction on Saturday night, the highest price paid for a work by a Nigerian modernist at a sale in Africa.
P full Adébísí Oyèwọlé
F money ₦1.2 billion
L city Lagos
L continent Africa
> ‘Harmattan Evening, Oja Oba’, a 1974 oil on board measuring 122cm by 183cm, was bought by a Lagos-based collector bidding by telephone after an eight-minute contest with bidders in the room and online from London and New York. The hammer price of ₦960 million rose to ₦1.2 billion (about $780,000) with the buyer’s premium, against a pre-sale estimate of ₦400 million to ₦550 million.
Q scare - :: ‘Harmattan Evening, Oja Oba’
F date 1974
F quantity 122cm
F quantity 183cm
L city Lagos
F duration eight-minute
L city London
L city New York
F money ₦960 million
F money ₦1.2 billion
F money $780,000
F money ₦400 million
F money ₦550 million
> The previous record for the artist, ₦310 million, was set in 2031, also at Lagoon Hall.
F money ₦310 million
F date 2031
O company Lagoon Hall
> “The room was electric. We had five bidders above ₦600 million, and three of them were Nigerians based at home, which tells you where this market is going,” said Ikechukwu Nwachukwu-Obi, managing director of Lagoon Hall Auctions, who conducted the sale.
Q direct Ikechukwu Nwachukwu-Obi :: “The room was electric. We had five bidders above ₦600 million, and three of them were Nigerians based at home, which tells you where this market is going,”
F number five
F money ₦600 million
F number three
P full Ikechukwu Nwachukwu-Obi
O company Lagoon Hall Auctions
> The 96-lot sale at the Civic Centre realised ₦4.6 billion, with 88 per cent of lots sold. A 1962 bronze head by Ben Enwonwu fetched ₦380 million, and two Grillo portraits sold for ₦145 million each.
F number 96
L facility Civic Centre
F money ₦4.6 billion
F percent 88 per cent
F date 1962
P full Ben Enwonwu
F money ₦380 million
F number two
P partial Grillo
F money ₦145 million
> Born in Ogbomoso in 1939, Oyèwọlé studied fine art at Ahmadu Bello University (ABU), Zaria, in the 1960s, a few years after the students later celebrated as the “rebels” of the Zaria Art Society had left. He taught for 22 years at Yaba College of Technology in Lagos and died in 2021, aged 82.
L city Ogbomoso
F date 1939
P partial Oyèwọlé
O education Ahmadu Bello University
O education ABU
L city Zaria
F date 1960s
Q scare - :: “rebels”
O nonprofit Zaria Art Society
F duration 22 years
O education Yaba College of Technology
L city Lagos
F date 2021
F age 82
> His paintings of markets, dyers’ pits and harmattan skies over Ibadan and Ogbomoso made him one of the best-known painters of the Yoruba south-west, though he rarely exhibited abroad.
L city Ibadan
L city Ogbomoso
> His daughter, Funmilayo Oyèwọlé-Hassan, who manages the estate, said her father sold the painting to a Port Harcourt engineer in 1979, and the family had tried twice to buy it back from the engineer’s heirs, who consigned it to the sale.
P full Funmilayo Oyèwọlé-Hassan
L city Port Harcourt
F date 1979
> “Daddy would have laughed at this figure. He sold it for ₦1,500 and thought he had done well,” she told The Guardian. “What matters to us is that it stays in Nigeria, where people can see it.”
Q direct Funmilayo Oyèwọlé-Hassan :: “Daddy would have laughed at this figure. He sold it for ₦1,500 and thought he had done well,”
F money ₦1,500
O media The Guardian
Q direct Funmilayo Oyèwọlé-Hassan :: “What matters to us is that it stays in Nigeria, where people can see it.”
L country Nigeria
> The buyer, whom the auction house did not name, has agreed to lend the work to the National Gallery of Art in Abuja for an exhibition in March 2035, according to Lagoon Hall.
O other National Gallery of Art
L city Abuja
F date March 2035
O company Lagoon Hall
> Among the 300 guests were collectors from Kano and Abuja, including Alhaji Sadiq Lawan Yandoto, whose foundation lent four Oyèwọlé paintings to the gallery in 2029, and Chief Emeka Obiora-Nnadi, who dropped out of the bidding at ₦1.05 billion.
F number 300
L city Kano
L city Abuja
P full Sadiq Lawan Yandoto
F number four
P partial Oyèwọlé
F date 2029
P full Emeka Obiora-Nnadi
F money ₦1.05 billion
> “Every serious collector in this country wants an Oyèwọlé now. At some point you have to remember that it is a painting, not an oil well,” Obiora-Nnadi said, laughing.
Q direct Emeka Obiora-Nnadi :: “Every serious collector in this country wants an Oyèwọlé now. At some point you have to remember that it is a painting, not an oil well,”
P partial Obiora-Nnadi
> Ngozi Ezeanyika-Ajayi, a professor of art history at the University of Lagos (UNILAG), who has catalogued more than 400 of Oyèwọlé’s works, said the result reflected a shift in the market since the naira’s slide made sales abroad more expensive for local buyers.
P full Ngozi Ezeanyika-Ajayi
O education University of Lagos
O education UNILAG
F number 400
P partial Oyèwọlé
> “Ten years ago the top Nigerian prices were made in London. Now Lagos sets the price and London follows. About a third of his output is still unaccounted for, and some of it is sitting in family houses in Ogbomoso without anybody knowing what it is worth.
Q direct Ngozi Ezeanyika-Ajayi :: “Ten years ago the top Nigerian prices were made in London. Now Lagos sets the price and London follows. About a third of his output is still unaccounted for, and some of it is sitting in family houses in Ogbomoso without anybody knowing what it is worth.
F duration Ten years
L city London
L city Lagos
L city London
F fraction a third
L city Ogbomoso
> “After Saturday, I expect a lot of those paintings to come out of the bedrooms,” she said.
Q direct Ngozi Ezeanyika-Ajayi :: “After Saturday, I expect a lot of those paintings to come out of the bedrooms,”
'''

ARTICLES['234-isle-of-may-kittiwakes-sandeel-decline'] = r'''
> Environment
> Isle of May kittiwakes fall by a third as sandeel shortage bites
L geo Isle of May
F fraction a third
> Closing the sandeel fishery in the Firth of Forth ‘cannot make the sea colder’, says scientist
L geo Firth of Forth
Q direct Hamish Mac an t-Sagairt :: ‘cannot make the sea colder’
> By Catrìona NicLeòid
P full Catrìona NicLeòid
> Environment Correspondent
> Published 17th July 2035
F date 17th July 2035
> Kittiwakes nest on the cliffs of the Isle of May, where numbers have fallen from 3,260 pairs in 2034 to 2,140 this summer. Picture: NatureScot
L geo Isle of May
F number 3,260
F date 2034
F number 2,140
O government NatureScot
> THE number of kittiwakes breeding on the Isle of May has fallen by more than a third in a year, and scientists say a shortage of sandeels in the Firth of Forth is leaving chicks to starve in their nests.
L geo Isle of May
F fraction a third
L geo Firth of Forth
> Counts by the UK Centre for Ecology & Hydrology (UKCEH) found 2,140 occupied kittiwake nests on the island this summer, down 34 per cent from 2034 and the lowest total since the current survey began in 1986. Breeding success fell to 0.29 chicks per nest, the second-worst season on record.
O nonprofit UK Centre for Ecology & Hydrology
O nonprofit UKCEH
F number 2,140
F percent 34 per cent
F date 2034
F date 1986
F number 0.29
> Puffins and guillemots also had a poor season, with the number of puffin chicks fledged per burrow down 18 per cent.
F percent 18 per cent
> Dr Eilidh MacAskill-Sørensen, who leads the UKCEH seabird team on the Isle of May, said fieldworkers had watched adult kittiwakes return to their nests with nothing but tiny, thin sandeels or young sprats.
P full Eilidh MacAskill-Sørensen
O nonprofit UKCEH
L geo Isle of May
> “In a good year the adults bring back sandeels of 10 to 12 centimetres. This year the fish we sampled averaged 6.8cm and most weighed less than 2g. A chick cannot grow on that.
Q direct Eilidh MacAskill-Sørensen :: “In a good year the adults bring back sandeels of 10 to 12 centimetres. This year the fish we sampled averaged 6.8cm and most weighed less than 2g. A chick cannot grow on that.
F quantity 10
F quantity 12 centimetres
F quantity 6.8cm
F quantity 2g
> “We are seeing birds abandon their nests halfway through the season. On some ledges where there were 40 nests in 2020 there is now nothing at all,” she said.
Q direct Eilidh MacAskill-Sørensen :: “We are seeing birds abandon their nests halfway through the season. On some ledges where there were 40 nests in 2020 there is now nothing at all,”
F number 40
F date 2020
> The UK and Scottish governments closed sandeel fishing in all Scottish waters and in the English part of the North Sea in March 2024, after years of campaigning by conservation groups.
L country UK
L geo North Sea
F date March 2024
> But Prof Hamish Mac an t-Sagairt, a marine ecologist at the University of Edinburgh, said warmer water was now the bigger problem. Sea surface temperatures off the east coast of Scotland were 1.9C above the long-term average in June, according to the Met Office.
P full Hamish Mac an t-Sagairt
O education University of Edinburgh
L country Scotland
F quantity 1.9C
O government Met Office
> “Closing the fishery was the right thing to do, but it cannot make the sea colder,” Prof Mac an t-Sagairt said. “Sandeels need cold water and the right plankton at the right time. When the plankton peaks three weeks early, the young sandeels miss it, and the birds miss the sandeels.”
Q direct Hamish Mac an t-Sagairt :: “Closing the fishery was the right thing to do, but it cannot make the sea colder,”
P partial Mac an t-Sagairt
Q direct Hamish Mac an t-Sagairt :: “Sandeels need cold water and the right plankton at the right time. When the plankton peaks three weeks early, the young sandeels miss it, and the birds miss the sandeels.”
F duration three weeks
> The Isle of May, about 8km off Anstruther in Fife, is a national nature reserve managed by NatureScot and holds about 200,000 seabirds in summer, including one of the UK’s largest puffin colonies.
L geo Isle of May
F quantity 8km
L city Anstruther
L region Fife
O government NatureScot
F number 200,000
L country UK
> Boat trips to the island from Anstruther carried a record 14,600 visitors last year. Skipper Dougie Reekie-Watson, whose family has run the trips for three generations, said regular visitors had noticed the empty ledges.
L city Anstruther
F number 14,600
P full Dougie Reekie-Watson
F number three
> “People come for the puffins, but the first thing you notice when you come into the harbour is the noise of the kittiwakes. This year it’s quieter. Folk notice that,” he said.
Q direct Dougie Reekie-Watson :: “People come for the puffins, but the first thing you notice when you come into the harbour is the noise of the kittiwakes. This year it’s quieter. Folk notice that,”
> Further out in the firth, gannets on the Bass Rock, off North Berwick, were hit hard by avian flu in 2022 but have continued to recover, with about 61,000 occupied nests this year, according to the Scottish Seabird Centre.
L geo Bass Rock
L city North Berwick
F date 2022
F number 61,000
O nonprofit Scottish Seabird Centre
> RSPB Scotland said the Isle of May figures showed the need for “urgent action on the things we can control”, including stricter limits on offshore wind farms near colonies and a permanent ban on sandeel fishing across the whole North Sea.
O nonprofit RSPB Scotland
L geo Isle of May
Q direct RSPB Scotland :: “urgent action on the things we can control”
L geo North Sea
> Kittiwake numbers in Scotland have fallen by more than two-thirds since the mid-1980s, according to the Seabird Monitoring Programme, and the species is on the UK red list of birds of conservation concern.
L country Scotland
F fraction two-thirds
F date 1980s
L country UK
> A Scottish Government spokesperson said: “We recognise the pressures facing our seabirds. The sandeel closure is a long-term measure, and ministers will consider the latest evidence from the Isle of May carefully.”
O government Scottish Government
Q direct - :: “We recognise the pressures facing our seabirds. The sandeel closure is a long-term measure, and ministers will consider the latest evidence from the Isle of May carefully.”
L geo Isle of May
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
