#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval32 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval32/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['235-oman-shura-election-women-turnout'] = r'''
> Oman
L country Oman
> Shura polls: Women win four seats as turnout rises to 66.4 per cent
O government Shura
F number four
F percent 66.4 per cent
> Final results announced by the Ministry of Interior show 41 newcomers among the 90 members elected from 63 wilayats, two of them under 30
O government Ministry of Interior
F number 41
F number 90
F number 63
F number two
F age 30
> Times News Service
O media Times News Service
> Published: 29 Oct 2035 2:15 AM
F date 29 Oct 2035
F time 2:15 AM
> Election officials monitor electronic votes at the results centre in the Oman Convention and Exhibition Centre in Muscat on Sunday night. Photo: ONA
L facility Oman Convention and Exhibition Centre
L city Muscat
O media ONA
> Muscat: Omani women won four seats in the Shura Council elections, double the number in the outgoing council, as turnout rose to 66.4 per cent, according to final results announced by the Ministry of Interior in the early hours of Monday.
L city Muscat
F number four
O government Shura Council
F percent 66.4 per cent
O government Ministry of Interior
> A total of 548,912 citizens voted out of 826,340 registered voters, compared with a turnout of 61.2 per cent in 2031, the ministry said. Polling ran from 7am to 7pm on Sunday, October 28, at 112 centres across the sultanate, while Omanis abroad voted through the Intikhab app from October 20 to 24.
F number 548,912
F number 826,340
F percent 61.2 per cent
F date 2031
F time 7am
F time 7pm
F date October 28
F number 112
F date October 20
F date 24
> The Shura Council, or Majlis Al Shura, is the elected chamber of the Council of Oman. Its 90 members serve four-year terms and can question ministers and review draft laws and the state budget, while the members of the State Council are appointed by the Sultan.
O government Shura Council
O government Majlis Al Shura
O government Council of Oman
F number 90
F duration four-year
O government State Council
> Of the 843 candidates, 38 were women. Four of them won: Dr Maryam bint Khalfan Al Siyabi in Bausher, Shamsa bint Ali Al Mukhaini in Seeb, Aziza bint Saleh Al Kalbani in Sohar and Rahma bint Obaid Al Hinai in Nizwa.
F number 843
F number 38
F number Four
P full Maryam bint Khalfan Al Siyabi
L city Bausher
P full Shamsa bint Ali Al Mukhaini
L city Seeb
P full Aziza bint Saleh Al Kalbani
L city Sohar
P full Rahma bint Obaid Al Hinai
L city Nizwa
> In Seeb, the most populous wilayat, which elects two members, Shamsa Al Mukhaini topped the poll with 7,486 votes. The second seat went to a sitting member, Yousuf bin Nasser Al Maamari, with 6,902 votes. Fourteen candidates stood in the wilayat.
L city Seeb
F number two
P full Shamsa Al Mukhaini
F number 7,486
P full Yousuf bin Nasser Al Maamari
F number 6,902
F number Fourteen
> In Sohar, Aziza Al Kalbani took the wilayat’s second seat by 212 votes after a recount requested by a rival candidate. In Salalah, the two seats went to Ahmed bin Musallam Al Mashani and Ali bin Said Qatan, with 5,930 and 5,107 votes.
L city Sohar
P full Aziza Al Kalbani
F number 212
L city Salalah
F number two
P full Ahmed bin Musallam Al Mashani
P full Ali bin Said Qatan
F number 5,930
F number 5,107
> Turnout was highest in Al Wusta Governorate, at 78.9 per cent, and lowest in Muscat Governorate, at 54.7 per cent, where 187,205 of the 342,118 registered voters took part.
L region Al Wusta Governorate
F percent 78.9 per cent
L region Muscat Governorate
F percent 54.7 per cent
F number 187,205
F number 342,118
> “This result belongs to the women of Bausher who voted before going to work, and to the young people who campaigned for me on Instagram and X,” Dr Al Siyabi, a paediatrician at the Royal Hospital, told Times of Oman at her campaign majlis in Al Khuwair.
Q direct Maryam bint Khalfan Al Siyabi :: “This result belongs to the women of Bausher who voted before going to work, and to the young people who campaigned for me on Instagram and X,”
L city Bausher
O company Instagram
O company X
P partial Al Siyabi
O other Royal Hospital
O media Times of Oman
L city Al Khuwair
> “The Shura is not a decoration. We can question ministers, and I intend to. My first priority is the waiting list for children’s surgery. Some families wait eight months for an operation at a government hospital.
Q direct Maryam bint Khalfan Al Siyabi :: “The Shura is not a decoration. We can question ministers, and I intend to. My first priority is the waiting list for children’s surgery. Some families wait eight months for an operation at a government hospital.
O government Shura
F duration eight months
> “That is too long, and everyone in the ministry knows it.”
Q direct Maryam bint Khalfan Al Siyabi :: “That is too long, and everyone in the ministry knows it.”
> The youngest winner is Mazin bin Sultan Al Jabri, 27, an engineer who took one of Ibri’s two seats with 3,118 votes, while the oldest, Sheikh Mohammed bin Hilal Al Amri, 71, was re-elected in Sur for a fourth term.
P full Mazin bin Sultan Al Jabri
F age 27
L city Ibri
F number two
F number 3,118
P full Mohammed bin Hilal Al Amri
F age 71
L city Sur
> Hamood bin Khamis Al Ghafri, chairman of the Main Elections Committee, said it had received 27 complaints on polling day, most about queues at centres in Seeb and Salalah, and had dismissed all but three of them.
P full Hamood bin Khamis Al Ghafri
O government Main Elections Committee
F number 27
L city Seeb
L city Salalah
F number three
> “Queues are a good problem to have. They mean people want to vote,” Al Ghafri told reporters at the results centre. He said the Intikhab app had handled 160,000 log-ins in the first hour of voting without a failure, and that 91.3 per cent of all votes had been cast electronically, either on phones or on tablets at polling centres.
Q direct Hamood bin Khamis Al Ghafri :: “Queues are a good problem to have. They mean people want to vote,”
P partial Al Ghafri
F number 160,000
F percent 91.3 per cent
> In a statement carried by the Oman News Agency (ONA), the Ministry of Interior described the vote as “smooth and transparent” and thanked the Royal Oman Police for managing traffic around polling centres.
O media Oman News Agency
O media ONA
O government Ministry of Interior
Q direct Ministry of Interior :: “smooth and transparent”
O government Royal Oman Police
> At a polling centre in Al Amerat, Khalid bin Rashid Al Balushi, 52, said he had voted for a candidate who promised to push for jobs for graduates. “My two sons finished university three and four years ago, and they are still looking for work,” he said. “We need members who will speak loudly in the council, not just attend the sessions.”
L city Al Amerat
P full Khalid bin Rashid Al Balushi
F age 52
Q direct Khalid bin Rashid Al Balushi :: “My two sons finished university three and four years ago, and they are still looking for work,”
F number two
F duration three
F duration four years
Q direct Khalid bin Rashid Al Balushi :: “We need members who will speak loudly in the council, not just attend the sessions.”
> Candidates were allowed to spend up to RO15,000 each on their campaigns, up from RO10,000 in 2031, and election officials said 214 of them had paid for advertising on social media.
F money RO15,000
F money RO10,000
F date 2031
F number 214
> Women held two seats in the outgoing council, elected in 2031, and none in the one before it. The new council will hold its first session on November 12, alongside the State Council.
F number two
F date 2031
F date November 12
O government State Council
'''

ARTICLES['236-tobago-sargassum-speyside-hotels-clean-up'] = r'''
> Tobago
L region Tobago
> Sargassum chokes Speyside bays as THA pledges $12m clean-up
L city Speyside
O government THA
F money $12m
> Shaniqua Alleyne-Forde
P full Shaniqua Alleyne-Forde
> Monday, June 12, 2034
F date June 12, 2034
> ROTTING WEED: A worker rakes sargassum into piles on the beach at Speyside, Tobago, on Sunday. - Photo by Nkosi Charles
L city Speyside
L region Tobago
P full Nkosi Charles
> Mounds of rotting sargassum seaweed, in places more than a metre high, have piled up along Tobago’s north-eastern coast, forcing at least two hotels in Speyside to close rooms and dive operators to cancel trips.
L region Tobago
F number two
L city Speyside
> On Sunday the Tobago House of Assembly (THA) announced a $12 million emergency clean-up, and Secretary of Tourism, Culture, Antiquities and Transportation Alana Dumas-Ferreira said 140 workers from the Unemployment Relief Programme (URP) would begin clearing beaches at Speyside, Charlotteville, King’s Bay and Bacolet Bay from Monday.
O government Tobago House of Assembly
O government THA
F money $12 million
P full Alana Dumas-Ferreira
F number 140
L city Speyside
L city Charlotteville
L geo King’s Bay
L geo Bacolet Bay
> The crews will use two front-end loaders and six trucks borrowed from the Division of Infrastructure, Quarries and Urban Development, she said.
F number two
F number six
O government Division of Infrastructure, Quarries and Urban Development
> “We are treating this as an emergency, because it is one. Our visitors did not fly 4,000 miles to look at seaweed,” Dumas-Ferreira told Newsday at the Speyside jetty.
Q direct Alana Dumas-Ferreira :: “We are treating this as an emergency, because it is one. Our visitors did not fly 4,000 miles to look at seaweed,”
F quantity 4,000 miles
P partial Dumas-Ferreira
O media Newsday
L facility Speyside
> She said the money would come from the THA’s contingency fund and would also pay for a $3.4 million floating boom across the mouth of Tyrrel’s Bay, subject to approval by the Executive Council. The division has also written to the Ministry of Planning and Development in Port of Spain asking for technical help.
O government THA
F money $3.4 million
L geo Tyrrel’s Bay
O government Executive Council
O government Ministry of Planning and Development
L city Port of Spain
> At Manta Reef Lodge, a 36-room hotel overlooking the bay, general manager Vishnu Rampersad said 11 sea-facing rooms had been closed since June 3 because of the smell of hydrogen sulphide given off by the decaying weed. Fourteen bookings for July have been cancelled.
L facility Manta Reef Lodge
F number 36
P full Vishnu Rampersad
F number 11
F date June 3
F number Fourteen
> “Guests check in, open the balcony door and check out the next morning. You can’t blame them. The smell gets into the curtains, the sheets, everything,” Rampersad said.
Q direct Vishnu Rampersad :: “Guests check in, open the balcony door and check out the next morning. You can’t blame them. The smell gets into the curtains, the sheets, everything,”
P partial Rampersad
> He estimated the hotel’s losses at more than TT$280,000 since May and said staff were spending four hours a day raking the beach in front of the property.
F money TT$280,000
F duration four hours
> Dive operators said visibility at popular sites such as Japanese Gardens and Kelleston Drain, off Goat Island and Little Tobago, had fallen below 5 metres, and that at least 30 dives had been called off last week.
L geo Japanese Gardens
L geo Kelleston Drain
L geo Goat Island
L geo Little Tobago
F quantity 5 metres
F number 30
> In Charlotteville, fisherman Ulric Gift, 58, said the weed, which villagers have taken to calling “the brown carpet”, had kept most of the village’s boats ashore for a week.
L city Charlotteville
P full Ulric Gift
F age 58
Q scare - :: “the brown carpet”
> “The boats can’t get out through it. The engine chokes up with weed after 100 yards and you have to paddle back,” said Gift, who has fished out of Man-O-War Bay for 40 years. “Sargassum I know. But I never see it like this.”
Q direct Ulric Gift :: “The boats can’t get out through it. The engine chokes up with weed after 100 yards and you have to paddle back,”
F quantity 100 yards
P partial Gift
L geo Man-O-War Bay
F duration 40 years
Q direct Ulric Gift :: “Sargassum I know. But I never see it like this.”
> At King’s Bay, a coconut vendor who gave her name only as Marcia said business had dropped by half since the weed arrived. “Tourists come down to the beach, take a look and go back to the car,” she said.
L geo King’s Bay
P partial Marcia
F fraction half
Q direct Marcia :: “Tourists come down to the beach, take a look and go back to the car,”
> The Institute of Marine Affairs (IMA) said satellite data from the University of South Florida showed a record 38 million tonnes of sargassum in the tropical Atlantic in May, and that landings on Tobago’s windward coast could continue until September.
O government Institute of Marine Affairs
O government IMA
O education University of South Florida
F quantity 38 million tonnes
L geo Atlantic
L region Tobago
> IMA marine scientist Dr Keisha Lallbeharry-Sealy called the blooms “the new normal for the eastern Caribbean” and said islands needed to plan for them every year rather than “scramble when the beach is already brown.”
O government IMA
P full Keisha Lallbeharry-Sealy
Q direct Keisha Lallbeharry-Sealy :: “the new normal for the eastern Caribbean”
L region Caribbean
Q direct Keisha Lallbeharry-Sealy :: “scramble when the beach is already brown.”
> She said some of the weed could be composted, and the THA said trucks would take the collected sargassum to the Studley Park landfill, where it would be kept apart from household waste.
O government THA
L facility Studley Park
> The People’s National Movement (PNM), in opposition in the assembly, said in a statement that the THA had been “asleep at the wheel” after the IMA first warned of heavy landings in March.
O party People’s National Movement
O party PNM
O government THA
Q direct People’s National Movement :: “asleep at the wheel”
O government IMA
> Arrivals at ANR Robinson International Airport rose 9 per cent in the first five months of 2034, to 61,400, according to the Tobago Tourism Agency, which said it was monitoring cancellations.
L facility ANR Robinson International Airport
F percent 9 per cent
F duration five months
F date 2034
F number 61,400
O government Tobago Tourism Agency
'''

ARTICLES['237-tainan-chiayi-milkfish-cold-snap-losses'] = r'''
> Society
> Cold snap kills NT$418 million worth of farmed fish in southern Taiwan
F money NT$418 million
L country Taiwan
> 01/26/2035 07:52 PM
F date 01/26/2035
F time 07:52 PM
> A fish farmer in Tainan's Qigu District collects dead milkfish from a pond on Friday. CNA photo Jan. 26, 2035
L city Tainan
L region Qigu District
O media CNA
F date Jan. 26, 2035
> Taipei, Jan. 26 (CNA) Fish farmers in southern Taiwan lost more than 3,600 tonnes of milkfish, tilapia and grouper worth an estimated NT$418 million (US$13.1 million) after a cold snap pushed temperatures in coastal areas below 8 degrees Celsius this week, the Ministry of Agriculture (MOA) said Friday.
L city Taipei
F date Jan. 26
O media CNA
L country Taiwan
F quantity 3,600 tonnes
F money NT$418 million
F money US$13.1 million
F quantity 8 degrees Celsius
O government Ministry of Agriculture
O government MOA
> Tainan accounted for nearly half of the losses, at NT$197 million, followed by Chiayi County with NT$121 million, Kaohsiung with NT$64 million and Pingtung County with NT$23 million, with the rest in Yunlin County, according to MOA figures updated at 4 p.m.
L city Tainan
F fraction half
F money NT$197 million
L region Chiayi County
F money NT$121 million
L city Kaohsiung
F money NT$64 million
L region Pingtung County
F money NT$23 million
L region Yunlin County
O government MOA
F time 4 p.m.
> The Central Weather Administration (CWA) recorded a low of 6.3 degrees Celsius at 5:40 a.m. Thursday in Chiayi County's Budai Township, the lowest reading on Taiwan's plains this winter, while Tainan's Qigu and Jiangjun districts fell to 7.1 C. The CWA had issued its highest "red" low-temperature alert for Chiayi County and Tainan on Wednesday evening.
O government Central Weather Administration
O government CWA
F quantity 6.3 degrees Celsius
F time 5:40 a.m.
L region Chiayi County
L city Budai Township
L country Taiwan
L city Tainan
L region Qigu
L region Jiangjun
F quantity 7.1 C
O government CWA
Q scare - :: "red"
L region Chiayi County
L city Tainan
> Milkfish, a staple of southern Taiwanese cooking, cannot survive long in water colder than 12 C, and most farms in the region raise them in outdoor ponds only about 1 meter deep, Lin Kuo-hsiung, deputy director-general of the MOA's Fisheries Agency, told reporters in Taipei.
F quantity 12 C
F quantity 1 meter
P full Lin Kuo-hsiung
O government MOA
O government Fisheries Agency
L city Taipei
> Taiwan produced about 58,000 tonnes of farmed milkfish in 2033, most of it in Tainan, Chiayi and Kaohsiung, according to the agency.
L country Taiwan
F quantity 58,000 tonnes
F date 2033
L city Tainan
L region Chiayi
L city Kaohsiung
> "The water is so shallow that when the air stays below 10 degrees for two or three nights in a row, the pond temperature follows it down," Lin said. "Farmers who did not have windbreaks or deep-water shelters in place lost almost everything."
Q direct Lin Kuo-hsiung :: "The water is so shallow that when the air stays below 10 degrees for two or three nights in a row, the pond temperature follows it down,"
F quantity 10 degrees
F duration two
F duration three nights
P partial Lin
Q direct Lin Kuo-hsiung :: "Farmers who did not have windbreaks or deep-water shelters in place lost almost everything."
> Farmers can apply for cash relief of NT$45,000 per hectare of milkfish ponds and NT$60,000 per hectare of grouper ponds from Jan. 29 to Feb. 14, and for low-interest loans of up to NT$1.5 million each through the Agricultural Finance Agency, Lin said.
F money NT$45,000
F money NT$60,000
F date Jan. 29
F date Feb. 14
F money NT$1.5 million
O government Agricultural Finance Agency
P partial Lin
> The Tainan City Government said it had sent 30 trucks and 120 workers from its Environmental Protection Bureau to help farmers in Qigu, Jiangjun and Beimen remove dead fish, and that 410 tonnes had been collected by Friday evening.
O government Tainan City Government
F number 30
F number 120
O government Environmental Protection Bureau
L region Qigu
L region Jiangjun
L region Beimen
F quantity 410 tonnes
> The MOA said grouper farms in Pingtung's Linbian and Jiadong townships were among the hardest hit, losing about 1,100 tonnes of fish, which die when the water falls below 15 C. Most of Taiwan's farmed grouper is exported to Hong Kong and China.
O government MOA
L region Pingtung
L city Linbian
L city Jiadong
F quantity 1,100 tonnes
F quantity 15 C
L country Taiwan
L city Hong Kong
L country China
> In Qigu, fish farmer Huang Chin-shui, 63, said he had lost about 40,000 milkfish, or roughly 22 tonnes, from four ponds covering 3.2 hectares.
L region Qigu
P full Huang Chin-shui
F age 63
F number 40,000
F quantity 22 tonnes
F number four
F quantity 3.2 hectares
> "I have farmed fish here for 35 years and I have only seen it this bad once before, in 2016," Huang told CNA, referring to a record cold wave that hit Taiwan in January that year.
Q direct Huang Chin-shui :: "I have farmed fish here for 35 years and I have only seen it this bad once before, in 2016,"
F duration 35 years
F date 2016
P partial Huang
O media CNA
L country Taiwan
> "The fish float up in the morning, white bellies up. You scoop them out with nets, and you know your whole year is gone," he said.
Q direct Huang Chin-shui :: "The fish float up in the morning, white bellies up. You scoop them out with nets, and you know your whole year is gone,"
> Wholesale milkfish prices at the Kaohsiung fish market jumped 38 percent on Friday to NT$96 per kilogram, the Fisheries Agency said, as supplies of fresh fish dropped.
L city Kaohsiung
F percent 38 percent
F money NT$96
O government Fisheries Agency
> Kuomintang (KMT) Legislator Chang Shu-fen, who represents Chiayi County, urged the MOA to raise the relief payments, saying the current amounts covered "barely a third" of what farmers had spent on fry and feed. The ministry said it would review the amounts once the final losses were tallied next week.
O party Kuomintang
O party KMT
P full Chang Shu-fen
L region Chiayi County
O government MOA
Q direct Chang Shu-fen :: "barely a third"
F fraction a third
> The CWA said the cold air mass would weaken from Saturday, with lows in southern Taiwan rising to 13-15 C by Monday, but warned that another cold front could arrive around Feb. 2.
O government CWA
L country Taiwan
F quantity 13-15 C
F date Feb. 2
> (By Kao Shu-ling and Matthew Teng)
P full Kao Shu-ling
P full Matthew Teng
> Enditem
'''

ARTICLES['238-paraguay-river-record-low-soy-barges'] = r'''
> Commodities
> Paraguay River hits record low, stranding soy barges and pushing exporters to trucks
L geo Paraguay River
> By Lucía Ferreira Cabral
P full Lucía Ferreira Cabral
> September 22, 2034 5:41 PM GMT-3 Updated 3 hours ago
F date September 22, 2034
F time 5:41 PM GMT-3
F duration 3 hours
> A convoy of empty barges is moored on the Paraguay River near Asuncion, Paraguay, September 20, 2034. REUTERS/Nery Duarte Villalba
L geo Paraguay River
L city Asuncion
L country Paraguay
F date September 20, 2034
O media REUTERS
P full Nery Duarte Villalba
> Summary
> River at minus 1.12 meters in Asuncion, lowest since records began in 1904
F quantity minus 1.12 meters
L city Asuncion
F date 1904
> Barges sail with 40% of normal loads, freight rates up 68%
F percent 40%
F percent 68%
> Soy exports fell 31% in August - Capeco
F percent 31%
O nonprofit Capeco
> ASUNCION, Sept 22 (Reuters) - The Paraguay River fell to its lowest level on record at Asuncion on Friday, forcing barge operators to sail with as little as 40% of their normal loads and pushing grain traders to send soybeans by truck to Brazilian ports, as a drought in the Pantanal wetlands upstream entered its fourth month.
L city ASUNCION
F date Sept 22
O media Reuters
L geo Paraguay River
L city Asuncion
F percent 40%
L geo Pantanal
> The river stood at minus 1.12 meters at the Asuncion gauge at 6 a.m. local time (0900 GMT), below the previous record of minus 1.05 meters set in October 2031, according to Paraguay's Directorate of Meteorology and Hydrology (DMH). Records began in 1904.
F quantity minus 1.12 meters
L city Asuncion
F time 6 a.m.
F time 0900 GMT
F quantity minus 1.05 meters
F date October 2031
L country Paraguay
O government Directorate of Meteorology and Hydrology
O government DMH
F date 1904
> Paraguay, the world's No. 4 soybean exporter, ships about 80% of its foreign trade along the Paraguay and Parana rivers to ports in Argentina and Uruguay, using one of the world's largest fleets of river barges.
L country Paraguay
F percent 80%
L geo Paraguay
L geo Parana
L country Argentina
L country Uruguay
> Soybean exports fell 31% in August from a year earlier to 412,000 metric tons, according to the grain exporters' chamber Capeco, which has cut its forecast for 2034 shipments to 6.1 million tons from 7.4 million tons.
F percent 31%
F quantity 412,000 metric tons
O nonprofit Capeco
F date 2034
F quantity 6.1 million tons
F quantity 7.4 million tons
> "Every centimeter counts. At this level a convoy that should carry 30,000 tons leaves with 12,000, and the freight has to be paid all the same," Capeco's president, Héctor Giménez Vera, said in a phone interview.
Q direct Héctor Giménez Vera :: "Every centimeter counts. At this level a convoy that should carry 30,000 tons leaves with 12,000, and the freight has to be paid all the same,"
F quantity 30,000 tons
F number 12,000
O nonprofit Capeco
P full Héctor Giménez Vera
> Barge freight from Asuncion to the Uruguayan port of Nueva Palmira has risen to $52 a ton from $31 in June, shipping sources said, while trucking soybeans some 1,000 kilometers to Brazil's port of Paranagua costs about $68 a ton.
L city Asuncion
L city Nueva Palmira
F money $52
F money $31
F quantity 1,000 kilometers
L country Brazil
L city Paranagua
F money $68
> A trader at a multinational grain company, who asked not to be named because he was not authorized to speak to the media, said: "Nobody wants to commit barges for October. We are booking trucks to Paranagua for everything we can."
Q direct - :: "Nobody wants to commit barges for October. We are booking trucks to Paranagua for everything we can."
L city Paranagua
> Naviera Rio Apa SA, an Asuncion-based operator with 140 barges and 11 push boats, said half of its fleet was idle and the rest was sailing light.
O company Naviera Rio Apa SA
L city Asuncion
F number 140
F number 11
F fraction half
> "We have convoys waiting at Concepcion that cannot pass the shallows near Puerto Rosario with more than 1.8 meters of draft," said operations manager María José Benítez Aquino. "We are unloading barges onto trucks at Villeta, which doubles the cost of every ton."
Q direct María José Benítez Aquino :: "We have convoys waiting at Concepcion that cannot pass the shallows near Puerto Rosario with more than 1.8 meters of draft,"
L city Concepcion
L city Puerto Rosario
F quantity 1.8 meters
P full María José Benítez Aquino
Q direct María José Benítez Aquino :: "We are unloading barges onto trucks at Villeta, which doubles the cost of every ton."
L city Villeta
> Benítez said the company had put 35 crew members on unpaid leave.
P partial Benítez
F number 35
> Paraguay's National Navigation and Ports Administration (ANNP) said it would start dredging 14 shallow passes along a 550-kilometer stretch between Asuncion and the Apa River, on the border with Brazil, under a $38 million contract awarded to a Belgian-Paraguayan consortium in July.
L country Paraguay
O government National Navigation and Ports Administration
O government ANNP
F number 14
F quantity 550-kilometer
L city Asuncion
L geo Apa River
L country Brazil
F money $38 million
> The port authority also cut docking fees by 20% until the end of the year, a measure it estimated would cost it 7.5 billion guaranis ($960,000) in lost revenue.
F percent 20%
F money 7.5 billion guaranis
F money $960,000
> The DMH said rainfall in the upper basin, in Brazil's Mato Grosso do Sul state, was 60% below average between May and August, and that the river was unlikely to recover before mid-November.
O government DMH
L country Brazil
L region Mato Grosso do Sul
F percent 60%
> "The market is already pricing in that Paraguayan beans will reach Argentine crushers late, and the crushers around Rosario are paying up for Brazilian supply instead," said Santiago Lezcano, an analyst at Buenos Aires-based brokerage Granar Consultores.
Q direct Santiago Lezcano :: "The market is already pricing in that Paraguayan beans will reach Argentine crushers late, and the crushers around Rosario are paying up for Brazilian supply instead,"
L city Rosario
P full Santiago Lezcano
L city Buenos Aires
O company Granar Consultores
> Soybean futures on the Chicago Board of Trade rose 0.6% to $10.42 a bushel.
O company Chicago Board of Trade
F percent 0.6%
F money $10.42
> (Reporting by Lucía Ferreira Cabral in Asuncion; additional reporting by Maximiliano Roldán in Buenos Aires; Editing by Philippa Hartwell)
P full Lucía Ferreira Cabral
L city Asuncion
P full Maximiliano Roldán
L city Buenos Aires
P full Philippa Hartwell
'''

ARTICLES['239-saaremaa-hiiumaa-ferry-tender-finnish-consortium'] = r'''
> Finnish-Estonian consortium to run Saaremaa, Hiiumaa ferries from 2036
L region Saaremaa
L region Hiiumaa
F date 2036
> ERR News
O media ERR News
> 22.03.2035 14:27
F date 22.03.2035
F time 14:27
> The ferry Tõll at Virtsu harbor. Source: Reelika Õunapuu/ERR
L facility Virtsu
P full Reelika Õunapuu
O media ERR
> The Transport Administration (Transpordiamet) has chosen a consortium of Finland's Saaristomeren Linjat Oy and Estonian company Läänemaa Liinid AS to run ferries on the Virtsu–Kuivastu and Rohuküla–Heltermaa routes for 10 years from October 1, 2036, the agency said on Thursday.
O government Transport Administration
O government Transpordiamet
L country Finland
O company Saaristomeren Linjat Oy
O company Läänemaa Liinid AS
L city Virtsu
L city Kuivastu
L city Rohuküla
L city Heltermaa
F duration 10 years
F date October 1, 2036
> The consortium's bid of €287.4 million over the decade was the lowest of four and undercut state-owned TS Laevad, which has operated both lines since 2016, by about €31 million, according to the tender documents.
F money €287.4 million
F number four
O company TS Laevad
F date 2016
F money €31 million
> Under the contract, the new operator must put three battery-electric ferries into service on the Virtsu–Kuivastu line by 2038, each able to carry 150 cars and 600 passengers. The ships will be charged at both ends of the 28-minute crossing to Muhu.
F number three
L city Virtsu
L city Kuivastu
F date 2038
F number 150
F number 600
F duration 28-minute
L region Muhu
> On the Rohuküla–Heltermaa line, the consortium will keep running the existing ferries until a fourth electric ship is delivered, which the tender requires by the end of 2040.
L city Rohuküla
L city Heltermaa
F date 2040
> "For islanders, nothing should change on day one: the same timetables, the same prices, the same booking system," Kaja Põldsaar, head of the agency's public transport department, told ERR News. "What changes is that in a few years, the ships will be quieter and will not burn diesel."
Q direct Kaja Põldsaar :: "For islanders, nothing should change on day one: the same timetables, the same prices, the same booking system,"
P full Kaja Põldsaar
O media ERR News
Q direct Kaja Põldsaar :: "What changes is that in a few years, the ships will be quieter and will not burn diesel."
> A ticket for an adult foot passenger will stay at €3.80 and a car ticket at €10.50 until at least 2038, while residents with a registered address on Saaremaa, Muhu or Hiiumaa will continue to travel free, Põldsaar said.
F money €3.80
F money €10.50
F date 2038
L region Saaremaa
L region Muhu
L region Hiiumaa
P partial Põldsaar
> TS Laevad said in a statement that it would study the decision and "consider all options, including a challenge." The company carried 2.4 million passengers and 1.05 million vehicles on the two lines in 2034.
O company TS Laevad
Q direct TS Laevad :: "consider all options, including a challenge."
F number 2.4 million
F number 1.05 million
F number two
F date 2034
> TS Laevad, a subsidiary of the Nasdaq Tallinn-listed Port of Tallinn, employs about 330 people on the two lines. Losing bidders have 10 days to appeal to the Public Procurement Review Committee.
O company TS Laevad
O company Nasdaq Tallinn
O company Port of Tallinn
F number 330
F number two
F duration 10 days
O government Public Procurement Review Committee
> Saaremaa Municipality mayor Tõnu Kärner said the municipality would seek guarantees that crews keep their jobs. "Half of the crew on the Virtsu line live on Muhu or Saaremaa. If a Finnish company brings its own people, that is 120 jobs leaving the islands," he said.
O government Saaremaa Municipality
P full Tõnu Kärner
Q direct Tõnu Kärner :: "Half of the crew on the Virtsu line live on Muhu or Saaremaa. If a Finnish company brings its own people, that is 120 jobs leaving the islands,"
F fraction Half
L city Virtsu
L region Muhu
L region Saaremaa
F number 120
> Hiiumaa Municipality welcomed the promise of electric ships but said in a statement that it expected the new operator to "listen to islanders more than the old one did," and asked for the last evening departure from Heltermaa, at 9:30 p.m., to be kept.
O government Hiiumaa Municipality
Q direct Hiiumaa Municipality :: "listen to islanders more than the old one did,"
L city Heltermaa
F time 9:30 p.m.
> Jussi Mäenpää, chief executive of Saaristomeren Linjat, told ERR News the company would offer jobs to all current crew members "who want to stay at sea" and that the new ferries would be built at a shipyard in Turku or Rauma. The company runs 11 ferries in the Archipelago Sea off southwestern Finland.
P full Jussi Mäenpää
O company Saaristomeren Linjat
O media ERR News
Q direct Jussi Mäenpää :: "who want to stay at sea"
L city Turku
L city Rauma
F number 11
L geo Archipelago Sea
L country Finland
> The Ministry of Climate, which is responsible for transport, said the state would keep ownership of the current ferries Tõll, Piret, Leiger and Tiiu, which will be sold or moved to other routes once the electric ships arrive.
O government Ministry of Climate
> MP Anneli Ääremaa (Center), who was elected from Saare, Hiiu and Lääne counties, called the decision "a leap in the dark" and said she would ask the climate minister to appear before the Riigikogu's economic affairs committee.
P full Anneli Ääremaa
O party Center
L region Saare
L region Hiiu
L region Lääne
Q direct Anneli Ääremaa :: "a leap in the dark"
O government Riigikogu
> Traffic across the Suur väin strait peaks in July, when up to 9,500 vehicles a day crossed in 2034. Queues of up to four hours at Virtsu on summer weekends have long been a political issue on the islands, and a fixed link to Muhu has been debated since the 1990s.
L geo Suur väin
F number 9,500
F date 2034
F duration four hours
L city Virtsu
L region Muhu
F date 1990s
> Follow ERR News on Facebook and X and never miss an update!
O media ERR News
O company Facebook
O company X
> Editor: Helen Kõrts-Vaino
P full Helen Kõrts-Vaino
'''

ARTICLES['240-south-dakota-blizzard-interstate-closures-live-blog'] = r'''
> LIVE BLOG: Blizzard closes I-90, I-29 as thousands lose power in eastern South Dakota
L street I-90
L street I-29
L region South Dakota
> by: Kelsey Vanderwerf, Jonah Oyelaran
P full Kelsey Vanderwerf
P full Jonah Oyelaran
> Posted: Feb 14, 2035 / 06:10 AM CST
F date Feb 14, 2035
F time 06:10 AM CST
> Updated: Feb 14, 2035 / 09:41 PM CST
F date Feb 14, 2035
F time 09:41 PM CST
> A plow clears snow on Interstate 90 near Mitchell on Wednesday morning. (Courtesy SDDOT)
L street Interstate 90
L city Mitchell
O government SDDOT
> SIOUX FALLS, S.D. (KELOLAND) — A blizzard with wind gusts of up to 62 mph shut down long stretches of Interstate 90 and Interstate 29 on Wednesday, left more than 28,000 homes and businesses without power and stranded hundreds of travelers across eastern South Dakota.
L city SIOUX FALLS
L region S.D.
O media KELOLAND
F quantity 62 mph
L street Interstate 90
L street Interstate 29
F number 28,000
L region South Dakota
> Below is a recap of the day as it happened, with the newest updates first. All times are Central.
> 9:41 p.m.
F time 9:41 p.m.
> The South Dakota Department of Transportation (SDDOT) says I-90 will stay closed overnight from Chamberlain to the Minnesota border, and I-29 from Sioux Falls to the North Dakota line. Crews will reassess conditions at 6 a.m. Thursday, SDDOT spokesperson Lyle Brekke said.
O government South Dakota Department of Transportation
O government SDDOT
L street I-90
L city Chamberlain
L region Minnesota
L street I-29
L city Sioux Falls
L region North Dakota
F time 6 a.m.
O government SDDOT
P full Lyle Brekke
> "Even after the wind lets up, it will take hours to clear the drifts. Some of them are 8 feet tall," Brekke said.
Q direct Lyle Brekke :: "Even after the wind lets up, it will take hours to clear the drifts. Some of them are 8 feet tall,"
F quantity 8 feet
P partial Brekke
> 8:15 p.m.
F time 8:15 p.m.
> Xcel Energy reports 18,400 customers without power in Sioux Falls, and Sioux Valley Energy another 9,700 across its service area, mostly in Minnehaha, Lake and Moody counties. Xcel says crews cannot safely work from bucket trucks while gusts top 40 mph.
O company Xcel Energy
F number 18,400
L city Sioux Falls
O company Sioux Valley Energy
F number 9,700
L region Minnehaha
L region Lake
L region Moody
O company Xcel
F quantity 40 mph
> 7:02 p.m.
F time 7:02 p.m.
> About 180 travelers are spending the night at a Red Cross shelter in Chamberlain after the Highway Patrol closed I-90 at the Missouri River bridge.
F number 180
O nonprofit Red Cross
L city Chamberlain
O government Highway Patrol
L street I-90
L geo Missouri River
> Among them is Marlys Two Bulls, 46, a nurse from Mission who was driving home from a training course in Sioux Falls. "I made it as far as the river, and then the patrol was turning everybody around. You couldn't see the hood of your own car," she told KELOLAND News by phone.
P full Marlys Two Bulls
F age 46
L city Mission
L city Sioux Falls
Q direct Marlys Two Bulls :: "I made it as far as the river, and then the patrol was turning everybody around. You couldn't see the hood of your own car,"
O media KELOLAND News
> Two Bulls said the shelter had cots for 150 people and volunteers from two churches were serving chili and coffee.
P partial Two Bulls
F number 150
F number two
> 5:30 p.m.
F time 5:30 p.m.
> The National Weather Service in Sioux Falls has extended the blizzard warning until 3 p.m. Thursday for 31 counties in eastern South Dakota, northwest Iowa and southwest Minnesota. Wind chills could fall to minus 35 degrees overnight, meteorologist Trevor Haugland said.
O government National Weather Service
L city Sioux Falls
F time 3 p.m.
F number 31
L region South Dakota
L region Iowa
L region Minnesota
F quantity minus 35 degrees
P full Trevor Haugland
> "This isn't a lot of new snow. It's the wind. The 6 to 10 inches that fell Tuesday night has nowhere to go but sideways," Haugland said.
Q direct Trevor Haugland :: "This isn't a lot of new snow. It's the wind. The 6 to 10 inches that fell Tuesday night has nowhere to go but sideways,"
F quantity 6
F quantity 10 inches
P partial Haugland
> 4:30 p.m.
F time 4:30 p.m.
> The Summit League has postponed Wednesday night's men's basketball game between South Dakota State and North Dakota State in Brookings. The Jackrabbits, who are 19-6 and 10-2 in conference play, will now host the Bison on Friday at 7 p.m.
O other Summit League
O team South Dakota State
O team North Dakota State
L city Brookings
O team Jackrabbits
F score 19-6
F score 10-2
O team Bison
F time 7 p.m.
> 3:45 p.m.
F time 3:45 p.m.
> The South Dakota Highway Patrol says troopers have responded to 87 crashes and helped 212 stranded motorists since 6 a.m. No one has died, but a trooper suffered minor injuries when a semi slid into his patrol car on I-29 near Brookings, Capt. Renee Kjelstad said.
O government South Dakota Highway Patrol
F number 87
F number 212
F time 6 a.m.
L street I-29
L city Brookings
P full Renee Kjelstad
> "If you are thinking about driving, don't. We can't get to you quickly, and neither can a tow truck," Kjelstad said.
Q direct Renee Kjelstad :: "If you are thinking about driving, don't. We can't get to you quickly, and neither can a tow truck,"
P partial Kjelstad
> 1:20 p.m.
F time 1:20 p.m.
> All 14 remaining departures from Sioux Falls Regional Airport on Wednesday have been canceled, an airport spokesperson said. Delta Air Lines and United Airlines said they expect to resume flights Thursday afternoon.
F number 14
L facility Sioux Falls Regional Airport
O company Delta Air Lines
O company United Airlines
> 11:05 a.m.
F time 11:05 a.m.
> The City of Sioux Falls has declared a "snow alert," meaning parked cars must be moved off emergency snow routes. Public Works Director Marisol Ochoa-Brandt said the city had 70 plows and graders on the streets, but drifts on 41st Street and Minnesota Avenue were coming back "as fast as we can move them."
O government City of Sioux Falls
Q scare - :: "snow alert,"
P full Marisol Ochoa-Brandt
F number 70
L street 41st Street
L street Minnesota Avenue
Q direct Marisol Ochoa-Brandt :: "as fast as we can move them."
> 8:30 a.m.
F time 8:30 a.m.
> The Sioux Falls School District and the Brandon Valley School District have canceled classes for the day. The University of South Dakota in Vermillion and South Dakota State University in Brookings have moved classes online.
O education Sioux Falls School District
O education Brandon Valley School District
O education University of South Dakota
L city Vermillion
O education South Dakota State University
L city Brookings
> 6:10 a.m.
F time 6:10 a.m.
> SDDOT closed I-90 between Mitchell and Sioux Falls at 5:45 a.m. after several vehicles went into the ditch near Salem. Visibility on the interstate is under 200 feet in places, and the department is asking people not to travel.
O government SDDOT
L street I-90
L city Mitchell
L city Sioux Falls
F time 5:45 a.m.
L city Salem
F quantity 200 feet
> Copyright 2035 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.
F date 2035
O company Nexstar Media Inc.
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
