#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval20 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval20/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['163-coggins-furniture-pontotoc-sale'] = r'''
> Business
> Pontotoc’s Coggins Furniture Sold to Harlan Home Brands in $84 Million Deal
L city Pontotoc
O company Coggins Furniture
O company Harlan Home Brands
F money $84 Million
> Third-generation family business will keep all 412 workers and add 140 jobs at a new plant near New Albany with help from the Mississippi Development Authority
F number 412
F number 140
L city New Albany
O government Mississippi Development Authority
> By Dennis Wofford | Daily Journal
P full Dennis Wofford
O media Daily Journal
> Mar 4, 2031 Updated 7 hrs ago
F date Mar 4, 2031
F duration 7 hrs
> Dale Coggins Jr., left, and his daughter Leigh Ann Coggins Pruitt walk the upholstery line at the Coggins Furniture plant on Mississippi Highway 15 in Pontotoc on Tuesday. (Thomas Akers | Daily Journal)
P full Dale Coggins Jr.
P full Leigh Ann Coggins Pruitt
O company Coggins Furniture
L street Mississippi Highway 15
L city Pontotoc
P full Thomas Akers
O media Daily Journal
> PONTOTOC – Coggins Furniture Manufacturing Co., the upholstered furniture maker Dale Coggins Sr. started in a two-bay garage on Main Street in 1957, will be sold to Harlan Home Brands Inc. for $84 million in cash and stock, the companies announced Tuesday.
L city PONTOTOC
O company Coggins Furniture Manufacturing Co.
P full Dale Coggins Sr.
F number two
L street Main Street
F date 1957
O company Harlan Home Brands Inc.
F money $84 million
> Harlan, a High Point, North Carolina-based maker of sofas, recliners and mattresses whose shares trade on the New York Stock Exchange, will keep the Coggins brand, both Pontotoc plants and all 412 employees, Harlan chief executive Renée Castellaw said in an interview. The deal is expected to close in the second quarter.
O company Harlan
L city High Point
L region North Carolina
O company New York Stock Exchange
O company Coggins
L city Pontotoc
F number 412
O company Harlan
P full Renée Castellaw
> “We didn’t buy a factory. We bought 74 years of knowing how to build a sofa that lasts,” Castellaw said. “Nobody in Pontotoc County should lose any sleep over this.”
Q direct Renée Castellaw :: “We didn’t buy a factory. We bought 74 years of knowing how to build a sofa that lasts,”
F duration 74 years
P partial Castellaw
Q direct Renée Castellaw :: “Nobody in Pontotoc County should lose any sleep over this.”
L region Pontotoc County
> Under the agreement, Coggins shareholders – 23 members of the family – will receive $51 million in cash and about 1.1 million Harlan shares, worth roughly $33 million at Tuesday’s closing price of $29.85. Harlan shares rose 4.2% in after-hours trading.
O company Coggins
F number 23
F money $51 million
F number 1.1 million
O company Harlan
F money $33 million
F money $29.85
O company Harlan
F percent 4.2%
> Dale Coggins Jr., 68, the founder’s son and the company’s chairman, said the family had turned down two earlier offers from private equity firms because neither would promise to keep the plants open.
P full Dale Coggins Jr.
F age 68
F number two
> “Daddy built this thing with his hands, and I wasn’t going to sell it to somebody who’d move it to Mexico in 18 months,” he said. “Renée looked me in the eye and told me the jobs stay here. That mattered more to me than the last nickel.”
Q direct Dale Coggins Jr. :: “Daddy built this thing with his hands, and I wasn’t going to sell it to somebody who’d move it to Mexico in 18 months,”
L country Mexico
F duration 18 months
Q direct Dale Coggins Jr. :: “Renée looked me in the eye and told me the jobs stay here. That mattered more to me than the last nickel.”
P partial Renée
> His daughter, Leigh Ann Coggins Pruitt, 41, who has run day-to-day operations since 2024, will stay on as Coggins’ president and join Harlan’s executive team, the companies said.
P full Leigh Ann Coggins Pruitt
F age 41
F date 2024
O company Coggins
O company Harlan
> As part of the deal, Harlan will build a 250,000-square-foot frame and cutting plant in the Union County Industrial Park near New Albany, about 20 miles northeast of Pontotoc, creating 140 jobs that pay an average of $52,400 a year. The $38 million project is backed by a $4.5 million grant from the Mississippi Development Authority (MDA) for roads and workforce training and a $1.2 million loan to Union County, according to the agency.
O company Harlan
F quantity 250,000-square-foot
L facility Union County Industrial Park
L city New Albany
F quantity 20 miles
L city Pontotoc
F number 140
F money $52,400
F money $38 million
F money $4.5 million
O government Mississippi Development Authority
O government MDA
F money $1.2 million
L region Union County
> “Furniture built this corner of the state, and it is still building it,” said MDA executive director Calvin Ray Jackson. “When a family company like Coggins changes hands, the fear is always that the work leaves. This time the work is growing.”
Q direct Calvin Ray Jackson :: “Furniture built this corner of the state, and it is still building it,”
O government MDA
P full Calvin Ray Jackson
Q direct Calvin Ray Jackson :: “When a family company like Coggins changes hands, the fear is always that the work leaves. This time the work is growing.”
O company Coggins
> Jackson said the Jackson-based agency had offered similar packages to two furniture makers in Lee and Chickasaw counties since 2029, and that both had added jobs.
P partial Jackson
L city Jackson
F number two
L region Lee
L region Chickasaw
F date 2029
> Analysts said Harlan got a good price. It is paying about 0.7 times Coggins’ annual sales of roughly $120 million, below the 0.9 times that furniture deals averaged in 2030, said Meredith Oakes, who covers home furnishings for Little Rock-based Stephens Inc.
O company Harlan
F number 0.7
O company Coggins
F money $120 million
F number 0.9
F date 2030
P full Meredith Oakes
L city Little Rock
O company Stephens Inc.
> “Upholstery is a tough business right now, with cheap imports from Vietnam and housing sales flat,” Oakes wrote in a note to clients. “Harlan is getting a skilled workforce and a plant running at 85% of capacity for what amounts to a bargain.”
Q direct Meredith Oakes :: “Upholstery is a tough business right now, with cheap imports from Vietnam and housing sales flat,”
L country Vietnam
P partial Oakes
Q direct Meredith Oakes :: “Harlan is getting a skilled workforce and a plant running at 85% of capacity for what amounts to a bargain.”
O company Harlan
F percent 85%
> Northeast Mississippi’s furniture industry, centered on Tupelo and the surrounding counties, still employs about 17,000 people, according to Mississippi State University’s Franklin Furniture Institute, down from more than 30,000 in the late 1990s.
L region Northeast Mississippi
L city Tupelo
F number 17,000
O education Mississippi State University
O education Franklin Furniture Institute
F number 30,000
F date 1990s
> In Ecru, a town of about 900 people a few miles north of Pontotoc, Mayor Gail Stegall said nearly half of the Coggins workforce lives within a 15-minute drive of her town hall.
L city Ecru
F number 900
L city Pontotoc
P full Gail Stegall
F fraction half
O company Coggins
F duration 15-minute
> “When I heard the word ‘sold,’ my stomach dropped,” Stegall said. “My husband and my brother both work on that line. If they’d shut it down, you could have turned the lights off in Ecru, Sherman and Houlka.”
Q direct Gail Stegall :: “When I heard the word ‘sold,’ my stomach dropped,”
P partial Stegall
Q direct Gail Stegall :: “My husband and my brother both work on that line. If they’d shut it down, you could have turned the lights off in Ecru, Sherman and Houlka.”
L city Ecru
L city Sherman
L city Houlka
> Harlan said it plans to break ground in New Albany in September and start hiring in early 2032. Under terms filed Tuesday with the U.S. Securities and Exchange Commission, Coggins employees will keep their current pay and benefits for at least 24 months after the sale closes.
O company Harlan
L city New Albany
F date 2032
O government U.S. Securities and Exchange Commission
O company Coggins
F duration 24 months
'''

ARTICLES['164-grenfell-quappelle-by-election-ndp'] = r'''
> Politics
> NDP Wins Grenfell-Qu’Appelle By-Election, Ending Sask. Party’s 23-Year Hold on Rural Seat
O party NDP
L region Grenfell-Qu’Appelle
O party Sask. Party
F duration 23-Year
> New Democrat Shauna Lindgren beat the governing party’s candidate by 312 votes in a riding the Saskatchewan Party had held since it was created in 2008
P full Shauna Lindgren
F number 312
O party Saskatchewan Party
F date 2008
> Author of the article: Murray Kostiuk
P full Murray Kostiuk
> Regina Leader-Post
O media Regina Leader-Post
> Published Nov 18, 2031 • Last updated 2 hours ago • 4 minute read
F date Nov 18, 2031
F duration 2 hours
F duration 4 minute
> Shauna Lindgren, who ran for the NDP, celebrates with supporters at the community hall in Grenfell on Monday night. Photo by Kayla Hnatiuk /Regina Leader-Post
P full Shauna Lindgren
O party NDP
L city Grenfell
P full Kayla Hnatiuk
O media Regina Leader-Post
> GRENFELL — The Saskatchewan NDP has taken a rural seat from the governing Saskatchewan Party for the first time in more than two decades, winning Monday’s by-election in Grenfell-Qu’Appelle by 312 votes.
L city GRENFELL
O party Saskatchewan NDP
O party Saskatchewan Party
F duration two decades
L region Grenfell-Qu’Appelle
F number 312
> Unofficial results from Elections Saskatchewan gave Lindgren, a 46-year-old grain farmer and former reeve of the Rural Municipality of Elcapo, 4,118 votes, or 47.9 per cent, to 3,806 for the Saskatchewan Party’s Darcy Wehrle, a Broadview insurance broker. The Saskatchewan United Party’s Ray Fiddler took 673 votes. Turnout was 44.2 per cent.
O government Elections Saskatchewan
P partial Lindgren
F age 46-year-old
O government Rural Municipality of Elcapo
F number 4,118
F percent 47.9 per cent
F number 3,806
O party Saskatchewan Party
P full Darcy Wehrle
L city Broadview
O party Saskatchewan United Party
P full Ray Fiddler
F number 673
F percent 44.2 per cent
> “People out here don’t vote for a colour. They vote for the emergency room in Broadview, which has closed 61 times this year,” Lindgren told about 150 supporters at the Grenfell hall. “They sent me to Regina to make a fuss about it, and I intend to.”
Q direct Shauna Lindgren :: “People out here don’t vote for a colour. They vote for the emergency room in Broadview, which has closed 61 times this year,”
L city Broadview
F number 61
P partial Lindgren
F number 150
L city Grenfell
Q direct Shauna Lindgren :: “They sent me to Regina to make a fuss about it, and I intend to.”
L city Regina
> The by-election was called after Wes Hamblin, who had held the seat for the Saskatchewan Party since 2016, died in August at the age of 71.
P full Wes Hamblin
O party Saskatchewan Party
F date 2016
F age 71
> Speaking to reporters at the legislature on Tuesday, Premier Gord Ostapchuk called the loss “disappointing but not surprising” for a government in its sixth term, and said voters in Grenfell-Qu’Appelle had sent “a very clear message about rural health care.”
P full Gord Ostapchuk
Q direct Gord Ostapchuk :: “disappointing but not surprising”
Q direct Gord Ostapchuk :: “a very clear message about rural health care.”
L region Grenfell-Qu’Appelle
> “We hear it. We are going to fix the staffing at Broadview Union Hospital, and we are not going to wait for the next election to do it,” said Ostapchuk, who campaigned in the riding three times.
Q direct Gord Ostapchuk :: “We hear it. We are going to fix the staffing at Broadview Union Hospital, and we are not going to wait for the next election to do it,”
O other Broadview Union Hospital
P partial Ostapchuk
F number three
> Health Minister Carla Beaudry said the Saskatchewan Health Authority (SHA) would post 14 permanent nursing positions in the southeast and offer a $15,000 signing bonus to nurses who commit to a rural hospital for three years.
P full Carla Beaudry
O government Saskatchewan Health Authority
O government SHA
F number 14
F money $15,000
F duration three years
> Opposition Leader Naveen Dhaliwal, whose party now holds 24 of the legislature’s 61 seats, said the result showed voters had stopped trusting the government’s promises. “This was supposed to be the safest seat they had. They ran a good candidate, they spent the money and the premier came out three times.
P full Naveen Dhaliwal
F number 24
F number 61
Q direct Naveen Dhaliwal :: “This was supposed to be the safest seat they had. They ran a good candidate, they spent the money and the premier came out three times.
F number three
> “The Sask. Party has taken rural Saskatchewan for granted for 20 years, and on Monday rural Saskatchewan sent them the bill.”
Q direct Naveen Dhaliwal :: “The Sask. Party has taken rural Saskatchewan for granted for 20 years, and on Monday rural Saskatchewan sent them the bill.”
O party Sask. Party
L region Saskatchewan
F duration 20 years
L region Saskatchewan
> Agriculture Minister Tyler Rusnak, who represents the neighbouring riding of Indian Head-Milestone, said the government had also been hurt by frustration over the province’s $1.4-billion deficit and a poor harvest.
P full Tyler Rusnak
L region Indian Head-Milestone
F money $1.4-billion
> “It was a dry year, canola came off at 28 bushels an acre across a lot of that constituency, and people were in no mood to give anybody the benefit of the doubt,” Rusnak said.
Q direct Tyler Rusnak :: “It was a dry year, canola came off at 28 bushels an acre across a lot of that constituency, and people were in no mood to give anybody the benefit of the doubt,”
F quantity 28 bushels
P partial Rusnak
> Lorna Sveinson, a political scientist at the University of Regina, said the result should worry the government ahead of the general election due in October 2032.
P full Lorna Sveinson
O education University of Regina
F date October 2032
> “By-elections are a free shot, and voters know it,” Sveinson said. “But losing by 312 votes in a seat they won by more than 5,000 in 2028 is not a free shot. It’s a trend.”
Q direct Lorna Sveinson :: “By-elections are a free shot, and voters know it,”
P partial Sveinson
Q direct Lorna Sveinson :: “But losing by 312 votes in a seat they won by more than 5,000 in 2028 is not a free shot. It’s a trend.”
F number 312
F number 5,000
F date 2028
> Lindgren is expected to be sworn in at the Legislative Building in Regina before the fall sitting resumes on Dec. 1. With her win, the Saskatchewan Party holds 36 seats and the NDP 24, with one seat, Saskatoon Willowgrove, vacant.
P partial Lindgren
L facility Legislative Building
L city Regina
F date Dec. 1
O party Saskatchewan Party
F number 36
O party NDP
F number 24
F number one
L region Saskatoon Willowgrove
'''

ARTICLES['165-luxor-aswan-nile-cruise-boom'] = r'''
> Business
> Nile cruise operators add 40 boats as Luxor, Aswan arrivals hit record
L geo Nile
F number 40
L city Luxor
L city Aswan
> Tourism ministry figures show 1.9 million visitors sailed between Luxor and Aswan in the first nine months of 2031, up 23 percent year on year
F number 1.9 million
L city Luxor
L city Aswan
F duration nine months
F date 2031
F percent 23 percent
> Nourhan Abdel-Meguid , Tuesday 14 Oct 2031
P full Nourhan Abdel-Meguid
F date 14 Oct 2031
> Cruise ships moored on the Nile in Luxor. (Photo: Sherif Tawadros/Ahram Online)
L geo Nile
L city Luxor
P full Sherif Tawadros
O media Ahram Online
> The number of Nile cruise ships operating between Luxor and Aswan will rise to about 310 by the end of the year, up from 270 in January, as operators refit long-idle vessels to meet record demand, according to the Chamber of Hotel Establishments.
L geo Nile
L city Luxor
L city Aswan
F number 310
F number 270
O nonprofit Chamber of Hotel Establishments
> Mohamed El-Sherbiny, who chairs the chamber’s committee for cruise boats, known in the trade as “floating hotels”, said 40 vessels that had been laid up for years at Esna and Kom Ombo were being refitted at an average cost of EGP 35 million per boat.
P full Mohamed El-Sherbiny
Q scare - :: “floating hotels”
F number 40
L city Esna
L city Kom Ombo
F money EGP 35 million
> “For the first time since 2010, we have more passengers than cabins in the high season,” El-Sherbiny told Ahram Online on Monday. “Some operators are selling the same cabin twice and praying for a cancellation.”
Q direct Mohamed El-Sherbiny :: “For the first time since 2010, we have more passengers than cabins in the high season,”
F date 2010
P partial El-Sherbiny
O media Ahram Online
Q direct Mohamed El-Sherbiny :: “Some operators are selling the same cabin twice and praying for a cancellation.”
> According to the Ministry of Tourism and Antiquities, 1.9 million tourists took Nile cruises between January and September, while Egypt as a whole received 13.4 million visitors over the same period, earning $11.2 billion.
O government Ministry of Tourism and Antiquities
F number 1.9 million
L geo Nile
L country Egypt
F number 13.4 million
F money $11.2 billion
> A ministry spokesman, who asked not to be named, said the ministry expected “more than 18 million visitors” for the whole of 2031, which would be a record.
Q direct - :: “more than 18 million visitors”
F number 18 million
F date 2031
> Fares have climbed with demand. A four-night cruise from Luxor to Aswan on a luxury boat now costs between $260 and $380 per person a night in peak weeks, compared with $140 two years ago, according to three Cairo-based tour operators. Egyptian residents pay in pounds, with fares starting at EGP 9,500 a night.
F duration four-night
L city Luxor
L city Aswan
F money $260
F money $380
F money $140
F duration two years
F number three
L city Cairo
F money EGP 9,500
> Luxor Governor Hisham Abdel-Ghaffar said the governorate had approved 12 new mooring berths on the east bank north of Karnak Temple and would open a second cruise marina at El-Bayadiya by June 2032.
L region Luxor
P full Hisham Abdel-Ghaffar
F number 12
L facility Karnak Temple
L city El-Bayadiya
F date June 2032
> “Boats are parked three and four deep along the Corniche. Passengers climb across four other ships to reach their own,” Abdel-Ghaffar said in a phone interview. “That is not the picture we want for the world’s largest open-air museum.”
Q direct Hisham Abdel-Ghaffar :: “Boats are parked three and four deep along the Corniche. Passengers climb across four other ships to reach their own,”
F number three
F number four
L street Corniche
F number four
P partial Abdel-Ghaffar
Q direct Hisham Abdel-Ghaffar :: “That is not the picture we want for the world’s largest open-air museum.”
> Further south, Aswan has frozen new mooring licences near Elephantine Island and Kitchener’s Island to stop “uncontrolled discharges of sewage and fuel” from older boats, according to the Ministry of Environment.
L city Aswan
L geo Elephantine Island
L geo Kitchener’s Island
Q direct Ministry of Environment :: “uncontrolled discharges of sewage and fuel”
O government Ministry of Environment
> Tourism is Egypt’s second-largest source of foreign currency after remittances, and the Central Bank of Egypt (CBE) said in its latest balance of payments report that tourism receipts reached $15.8 billion in the 2030/31 fiscal year, which ended in June.
L country Egypt
O government Central Bank of Egypt
O government CBE
F money $15.8 billion
F date 2030/31
> Amira al-Hadidi, an economist at Cairo-based investment bank EFG Hermes, said the cruise boom was helping to support the pound, which traded at about EGP 51.3 to the dollar on Monday.
P full Amira al-Hadidi
L city Cairo
O company EFG Hermes
F money EGP 51.3
> “Every extra cruise passenger is roughly $1,100 of hard currency coming into the country,” she said. “The question is whether the Nile can carry all of them.”
Q direct Amira al-Hadidi :: “Every extra cruise passenger is roughly $1,100 of hard currency coming into the country,”
F money $1,100
Q direct Amira al-Hadidi :: “The question is whether the Nile can carry all of them.”
L geo Nile
> Al-Hadidi estimates that cruises will bring in $2.3 billion this year, or about 15 percent of total tourism revenue.
P partial Al-Hadidi
F money $2.3 billion
F percent 15 percent
> In Esna, about 55 kilometres south of Luxor, mechanic Ramadan Abu Zeid, 52, said the refits had brought work back to the town’s boatyards.
L city Esna
F quantity 55 kilometres
L city Luxor
P full Ramadan Abu Zeid
F age 52
> “Five years ago these boats were hotels for pigeons,” Abu Zeid said, pointing to a row of rusting hulls near the Esna lock. “Now I have 18 men working for me, and I cannot find more welders in the whole of Upper Egypt.”
Q direct Ramadan Abu Zeid :: “Five years ago these boats were hotels for pigeons,”
F duration Five years
P partial Abu Zeid
L facility Esna
Q direct Ramadan Abu Zeid :: “Now I have 18 men working for me, and I cannot find more welders in the whole of Upper Egypt.”
F number 18
L region Upper Egypt
'''

ARTICLES['166-gullmar-fjord-eelgrass-replanting'] = r'''
> Environment
> Eelgrass replanted in Gullmar Fjord is taking root, Swedish study finds
L geo Gullmar Fjord
> Researchers at the University of Gothenburg say 60 percent of the seagrass they planted off Lysekil has survived, but warn that the method costs up to 3 million kronor a hectare
O education University of Gothenburg
F percent 60 percent
L city Lysekil
F money 3 million kronor
> Author: Elin Sandqvist
P full Elin Sandqvist
> Published: 9 May 2031 09:12 CEST
F date 9 May 2031
F time 09:12 CEST
> A diver from the University of Gothenburg checks eelgrass shoots at a test site off Lysekil in the Gullmar Fjord. Photo: Jonas Ekström/TT
O education University of Gothenburg
L city Lysekil
L geo Gullmar Fjord
P full Jonas Ekström
O media TT
> Eelgrass meadows replanted along Sweden’s west coast are spreading on their own for the first time, according to a ten-year study by marine biologists at the University of Gothenburg, raising hopes that one of the country’s most damaged coastal habitats can be restored.
L country Sweden
F duration ten-year
O education University of Gothenburg
> Between 2021 and 2024 the researchers planted about 48,000 shoots at 14 sites in the Gullmar Fjord and around the islands of Orust and Tjörn. By last autumn the surviving plots covered 3.6 hectares, a third more than the area originally planted, they report in the journal Marine Ecology Progress Series.
F date 2021
F date 2024
F number 48,000
F number 14
L geo Gullmar Fjord
L geo Orust
L geo Tjörn
F quantity 3.6 hectares
F fraction a third
O media Marine Ecology Progress Series
> Eelgrass (Zostera marina) once covered an estimated 16,000 hectares along the Bohuslän coast, where the meadows shelter young cod and store so-called “blue carbon” in their sediments. About two-thirds of it disappeared between the 1980s and the 2000s, as nutrient run-off clouded the water and the collapse of coastal cod let small fish and grazers multiply.
F quantity 16,000 hectares
L region Bohuslän
Q scare - :: “blue carbon”
F fraction two-thirds
F date 1980s
F date 2000s
> “We expected the plants to survive. We did not dare to expect them to spread,” said Professor Karin Wåhlstedt, who leads the project at the university’s Department of Marine Sciences. “Some plots have grown by 40 percent in two seasons without anyone touching them.”
Q direct Karin Wåhlstedt :: “We expected the plants to survive. We did not dare to expect them to spread,”
P full Karin Wåhlstedt
O education Department of Marine Sciences
Q direct Karin Wåhlstedt :: “Some plots have grown by 40 percent in two seasons without anyone touching them.”
F percent 40 percent
F number two
> Wåhlstedt said the best results came from the inner fjord, where the water has become clearer since Lysekil Municipality upgraded its sewage works in 2019. Divers from the university’s Kristineberg Marine Research Station at Fiskebäckskil check the plots every month.
P partial Wåhlstedt
O government Lysekil Municipality
F date 2019
O education Kristineberg Marine Research Station
L city Fiskebäckskil
> The method is expensive. Divers plant every shoot by hand, and the team puts the cost at between 1.5 million and 3 million kronor (€130,000 to €260,000) a hectare, depending on depth and weather.
F money 1.5 million
F money 3 million kronor
F money €130,000
F money €260,000
> The Swedish Agency for Marine and Water Management (HaV), which funded the study with 11.2 million kronor, said restoring even 1,000 hectares would take “new methods and new money”. An HaV spokesperson called the results “the strongest evidence yet that restoration works in Swedish waters” and said a national seagrass plan would be published in 2032.
O government Swedish Agency for Marine and Water Management
O government HaV
F money 11.2 million kronor
F quantity 1,000 hectares
Q direct Swedish Agency for Marine and Water Management :: “new methods and new money”
O government HaV
Q direct - :: “the strongest evidence yet that restoration works in Swedish waters”
F date 2032
> Jakob Hermansson, a doctoral student who has spent 220 days diving at the sites, said seed-based methods being tested in Denmark and Finland could bring costs down sharply. “If we can sow seeds from a boat instead of planting shoots by hand, the price falls by maybe 90 percent,” he said.
P full Jakob Hermansson
F duration 220 days
L country Denmark
L country Finland
Q direct Jakob Hermansson :: “If we can sow seeds from a boat instead of planting shoots by hand, the price falls by maybe 90 percent,”
F percent 90 percent
> On Skaftö, across the fjord from Lysekil, Torbjörn Isaksson, 67, who has fished for mackerel and shrimp out of Grundsund for more than 40 years, said young cod had started to come back.
L geo Skaftö
L city Lysekil
P full Torbjörn Isaksson
F age 67
L city Grundsund
F duration 40 years
> “When I was a boy you could see the bottom at four metres, and there were cod everywhere in the grass,” he said. “Then for 30 years there was nothing. Now the small cod are back in the shallows. Not many, but they are back.”
Q direct Torbjörn Isaksson :: “When I was a boy you could see the bottom at four metres, and there were cod everywhere in the grass,”
F quantity four metres
Q direct Torbjörn Isaksson :: “Then for 30 years there was nothing. Now the small cod are back in the shallows. Not many, but they are back.”
F duration 30 years
> Not everyone is convinced. Marja Koskinen, a marine ecologist at Åbo Akademi University in Turku, Finland, who was not involved in the study, called ten years of data “a good start, not a verdict”, noting that eelgrass in the Baltic died back sharply after the heatwave of 2018.
P full Marja Koskinen
O education Åbo Akademi University
L city Turku
L country Finland
F duration ten years
Q direct Marja Koskinen :: “a good start, not a verdict”
L geo Baltic
F date 2018
> “One hot summer can undo a decade of work,” she said in an email. “The Swedish results are encouraging, but the sea is getting warmer every year.”
Q direct Marja Koskinen :: “One hot summer can undo a decade of work,”
F number One
Q direct Marja Koskinen :: “The Swedish results are encouraging, but the sea is getting warmer every year.”
> The team plans to plant a further 4 hectares off Tjörn this summer, paid for by Tjörn Municipality and the European Union’s LIFE programme. Results are due in 2033.
F quantity 4 hectares
L geo Tjörn
O government Tjörn Municipality
O intergovernmental European Union
F date 2033
'''

ARTICLES['167-lynx-sun-uncasville-wnba'] = r'''
> Okonkwo scores 31, Lynx beat Sun 88-81 to clinch WNBA's top seed
P partial Okonkwo
F number 31
O team Lynx
O team Sun
F score 88-81
O other WNBA
> ![Minnesota Lynx forward Adaeze Okonkwo (22) drives past Connecticut Sun center Brielle Hatcher during the second half of a WNBA basketball game, Sunday, Sept. 7, 2031, in Uncasville, Conn. (AP Photo/Trevor Sandquist)](/photos/2031/09/07/lynx-sun-basketball.jpg)
O team Minnesota Lynx
P full Adaeze Okonkwo
O team Connecticut Sun
P full Brielle Hatcher
O other WNBA
F date Sept. 7, 2031
L city Uncasville
L region Conn.
O media AP
P full Trevor Sandquist
> By GRETCHEN MARSH
P full GRETCHEN MARSH
> Associated Press
O media Associated Press
> UNCASVILLE, Conn. (AP) — Adaeze Okonkwo scored 31 points, including the go-ahead 3-pointer with 1:12 left, and the Minnesota Lynx beat the Connecticut Sun 88-81 on Sunday to clinch the top seed for the WNBA playoffs.
L city UNCASVILLE
L region Conn.
O media AP
P full Adaeze Okonkwo
F number 31
F number 3
F time 1:12
O team Minnesota Lynx
O team Connecticut Sun
F score 88-81
O other WNBA
> Kiara Whitfield added 18 points and 11 rebounds for Minnesota (31-11), which has won six straight and will have home-court advantage throughout the postseason. Courtney Vail had 14 points and eight assists.
P full Kiara Whitfield
F number 18
F number 11
O team Minnesota
F score 31-11
F number six
P full Courtney Vail
F number 14
F number eight
> Brielle Hatcher had 24 points and 13 rebounds for the Sun (23-19), who fell a game behind Atlanta in the race for the eighth and final playoff spot with two games left.
P full Brielle Hatcher
F number 24
F number 13
O team Sun
F score 23-19
O team Atlanta
F number two
> Connecticut led 45-38 at halftime behind 14 first-half points from Hatcher and went up 61-50 on Sadie Rourke's layup with 6:40 left in the third quarter. Minnesota closed the quarter on a 13-4 run, and Okonkwo's jumper tied it at 65 early in the fourth.
O team Connecticut
F score 45-38
F number 14
P partial Hatcher
F score 61-50
P full Sadie Rourke
F time 6:40
O team Minnesota
F score 13-4
P partial Okonkwo
F score 65
> The teams traded the lead nine times in the fourth before Okonkwo, who was 5 of 9 on 3-pointers, stepped back over Hatcher for a 79-78 lead. She added four free throws in the final 38 seconds.
F number nine
P partial Okonkwo
F number 5
F number 9
F number 3
P partial Hatcher
F score 79-78
F number four
F duration 38 seconds
> "She wanted the ball, and when she wants the ball, you give her the ball," Lynx coach Dana Kilbride said. "That's a 23-year-old playing like she's been in this league for 10 years."
Q direct Dana Kilbride :: "She wanted the ball, and when she wants the ball, you give her the ball,"
O team Lynx
P full Dana Kilbride
Q direct Dana Kilbride :: "That's a 23-year-old playing like she's been in this league for 10 years."
F age 23-year-old
F duration 10 years
> Okonkwo, the No. 2 pick in the 2029 draft, is averaging 22.4 points, third in the league. She grew up in Hartford, about 45 miles from the arena, and had about 60 family members and friends in a crowd of 8,910 at Mohegan Sun Arena.
P partial Okonkwo
F date 2029
F number 22.4
L city Hartford
F quantity 45 miles
F number 60
F number 8,910
L facility Mohegan Sun Arena
> "I've been coming to this building since I was 9, sitting way up there in the corner," she said. "It's strange beating them here. It's fun, too."
Q direct Adaeze Okonkwo :: "I've been coming to this building since I was 9, sitting way up there in the corner,"
F age 9
Q direct Adaeze Okonkwo :: "It's strange beating them here. It's fun, too."
> "Top seed is nice, but nobody hands you anything for it in October," Whitfield said.
Q direct Kiara Whitfield :: "Top seed is nice, but nobody hands you anything for it in October,"
P partial Whitfield
> Sun coach Monique Albright said her team "got stagnant" after building the lead.
O team Sun
P full Monique Albright
Q direct Monique Albright :: "got stagnant"
> "We had them where we wanted them and we let them off the hook," Albright said. "Now we need help, and we need to win out."
Q direct Monique Albright :: "We had them where we wanted them and we let them off the hook,"
P partial Albright
Q direct Monique Albright :: "Now we need help, and we need to win out."
> Minnesota shot 52% in the second half and outscored Connecticut 25-16 in the fourth quarter. The Sun committed 17 turnovers, which led to 21 Minnesota points.
O team Minnesota
F percent 52%
O team Connecticut
F score 25-16
O team Sun
F number 17
F number 21
O team Minnesota
> Vail, who missed 11 games in July with a broken left hand, made two free throws with 51 seconds left to put Minnesota up 81-78.
P partial Vail
F number 11
F number two
F duration 51 seconds
O team Minnesota
F score 81-78
> TIP-INS
> Lynx: Whitfield has 19 double-doubles this season. Vail returned after missing two games with a sore back. Minnesota improved to 14-6 on the road.
O team Lynx
P partial Whitfield
F number 19
P partial Vail
F number two
O team Minnesota
F score 14-6
> Sun: Hatcher passed 4,000 career points with a free throw in the first quarter. Rourke left in the fourth quarter with a sprained right ankle and did not return.
O team Sun
P partial Hatcher
F number 4,000
P partial Rourke
> UP NEXT
> Lynx: Host Seattle on Tuesday night.
O team Lynx
O team Seattle
> Sun: At Atlanta on Wednesday night.
O team Sun
O team Atlanta
> ___
> AP WNBA: https://apnews.com/hub/wnba
O media AP
O other WNBA
'''

ARTICLES['168-truro-church-lead-thefts-jailed'] = r'''
> Courts
> Camborne man jailed after stripping lead from roofs of 11 Cornish churches
L city Camborne
F number 11
> Liam Trebilcock, 34, caused more than £180,000 of damage in a five-month spree that left congregations sitting under umbrellas
P full Liam Trebilcock
F age 34
F money £180,000
F duration five-month
> By Jenna Pascoe, Court Reporter
P full Jenna Pascoe
> 16:42, 11 MAR 2031 Updated 17:05, 11 MAR 2031
F time 16:42
F date 11 MAR 2031
F time 17:05
F date 11 MAR 2031
> Liam Trebilcock was jailed at Truro Crown Court (Image: Devon and Cornwall Police)
P full Liam Trebilcock
O government Truro Crown Court
O government Devon and Cornwall Police
> A Camborne man who stripped lead from the roofs of 11 churches across mid Cornwall, leaving rain pouring onto medieval pews and a 15th-century rood screen, has been jailed for 32 months.
L city Camborne
F number 11
L region Cornwall
F duration 32 months
> Liam Trebilcock, 34, of Trevithick Road, Camborne, admitted 11 counts of theft and a count of going equipped for theft when he appeared at Truro Crown Court on Tuesday, March 11.
P full Liam Trebilcock
F age 34
L street Trevithick Road
L city Camborne
F number 11
O government Truro Crown Court
F date March 11
> Sarah Penhaligon, prosecuting, said Trebilcock struck 11 times between October 2030 and February this year, targeting isolated churches in villages including Ladock, Probus, Grampound, St Erme and Perranarworthal, usually between 1am and 4am.
P full Sarah Penhaligon
P partial Trebilcock
F number 11
F date October 2030
L city Ladock
L city Probus
L city Grampound
L city St Erme
L city Perranarworthal
F time 1am
F time 4am
> She said he sold about 6.5 tonnes of lead to scrap dealers in Plymouth and Bristol for £9,400, a fraction of the £186,000 it has cost the parishes to repair the roofs and the water damage beneath them.
F quantity 6.5 tonnes
L city Plymouth
L city Bristol
F money £9,400
F money £186,000
> St Piran’s Church at Perranarworthal, where lead worth £24,000 was taken from the roof (Image: Google)
L facility St Piran’s Church
L city Perranarworthal
F money £24,000
O company Google
> He was caught after PC Daniel Rowe, a rural crime officer with Devon and Cornwall Police, spotted a white Ford Transit parked behind St Ladoca’s Church in Ladock at 3.15am on February 9.
P full Daniel Rowe
O government Devon and Cornwall Police
L facility St Ladoca’s Church
L city Ladock
F time 3.15am
F date February 9
> In a statement read to the court, PC Rowe said: “When I opened the back of the van there was a roll of lead still wet from the rain and a roofing hatchet with slate dust on it. He told me he was a roofer. I asked him which roof, and he didn’t answer.”
P partial Rowe
Q direct Daniel Rowe :: “When I opened the back of the van there was a roll of lead still wet from the rain and a roofing hatchet with slate dust on it. He told me he was a roofer. I asked him which roof, and he didn’t answer.”
> The Rev Alison Kitto, vicar of Probus, Ladock and Grampound, said water had poured through the roof at Probus for three weeks before anyone noticed that the lead had gone.
P full Alison Kitto
L city Probus
L city Ladock
L city Grampound
L city Probus
F duration three weeks
> “We had elderly parishioners sitting under umbrellas at the Christmas Eve service,” she wrote in a victim impact statement. “Some of them were married in that church sixty years ago.”
Q direct Alison Kitto :: “We had elderly parishioners sitting under umbrellas at the Christmas Eve service,”
Q direct Alison Kitto :: “Some of them were married in that church sixty years ago.”
F duration sixty years
> Historic England, which lists nine of the 11 churches as Grade I or Grade II* buildings, said thefts of metal from places of worship in the South West rose by 38 per cent in 2030.
O government Historic England
F number nine
F number 11
L region South West
F percent 38 per cent
F date 2030
> The Diocese of Truro said 14 of its churches had fitted roof alarms since the thefts, at a cost of about £2,500 each, and warned that some parishes “simply cannot afford to keep replacing lead with lead”.
O other Diocese of Truro
F number 14
F money £2,500
Q direct Diocese of Truro :: “simply cannot afford to keep replacing lead with lead”
> Mitigating, Tom Angwin said his client had run up debts of about £14,000 after his scaffolding business collapsed in 2029, and had been drinking heavily.
P full Tom Angwin
F money £14,000
F date 2029
> “He is ashamed of what he did. He grew up in Camborne and was christened in a church very like the ones he stripped,” Mr Angwin said.
Q direct Tom Angwin :: “He is ashamed of what he did. He grew up in Camborne and was christened in a church very like the ones he stripped,”
L city Camborne
P partial Angwin
> Sentencing, His Honour Judge Simon Carveth told Trebilcock: “These are not warehouses. They are buildings that communities have cared for over 600 years, often with very little money, and you treated them as a cash machine.
P full Simon Carveth
P partial Trebilcock
Q direct Simon Carveth :: “These are not warehouses. They are buildings that communities have cared for over 600 years, often with very little money, and you treated them as a cash machine.
F duration 600 years
> “The cost to these parishes is many times what you were paid, and some of the damage cannot be put right at any price.”
Q direct Simon Carveth :: “The cost to these parishes is many times what you were paid, and some of the damage cannot be put right at any price.”
> The judge also made a criminal behaviour order banning Trebilcock from entering any churchyard in Cornwall without permission for five years. A Proceeds of Crime Act hearing will be held on June 20.
P partial Trebilcock
L region Cornwall
F duration five years
F date June 20
> Speaking outside court, Sergeant Kerensa Nance, of the force’s Rural Affairs Team, said: “Church lead is an easy target because so many of these buildings are miles from the nearest house. We’d ask anyone who lives near a church to make a note of vans and number plates at odd hours and call us on 101.”
P full Kerensa Nance
O government Rural Affairs Team
Q direct Kerensa Nance :: “Church lead is an easy target because so many of these buildings are miles from the nearest house. We’d ask anyone who lives near a church to make a note of vans and number plates at odd hours and call us on 101.”
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
