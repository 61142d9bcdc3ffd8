#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval144 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval144/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['907-punakha-electricity-tariff-hoteliers-farmers-era-bpc-kuensel'] = r'''
> Energy
> Punakha hoteliers brace for higher power bills as new tariff takes effect July 1
L region Punakha
F date July 1
> Rural homes keep their first 100 units free, but commercial users will pay up to 18 percent more by 2041
F quantity 100 units
F percent 18 percent
F date 2041
> Pema Yuden Drukpa | Punakha
P full Pema Yuden Drukpa
L region Punakha
> March 19, 2039
F date March 19, 2039
> A resort in Lobesa, where owners say electricity is now the biggest cost after wages. Photo: Ugyen Tshering Dorji
L city Lobesa
P full Ugyen Tshering Dorji
> Hotels, cafés and small industries in Punakha will pay more for electricity from July 1, after the Electricity Regulatory Authority (ERA) approved a new tariff schedule on Thursday that raises commercial rates by up to 18 percent over three years.
L region Punakha
F date July 1
O government Electricity Regulatory Authority
O government ERA
F percent 18 percent
F duration three years
> The revision, the first since 2035, follows a rise in the generation tariff that Druk Green Power Corporation (DGPC) charges Bhutan Power Corporation (BPC) for power from its plants, including the 1,200MW Punatsangchhu-I project, commissioned in 2037.
F date 2035
O company Druk Green Power Corporation
O company DGPC
O company Bhutan Power Corporation
O company BPC
F quantity 1,200MW
L facility Punatsangchhu-I
F date 2037
> Under the new schedule, low-voltage commercial customers will pay Nu 4.85 a unit from July, up from Nu 4.10, and Nu 5.20 from July 2041. Rural households will still get the first 100 units a month free, while urban households in Khuruthang and Punakha town will pay only nine chhetrum a unit more.
F money Nu 4.85
F money Nu 4.10
F money Nu 5.20
F date July 2041
F quantity 100 units
L city Khuruthang
L city Punakha
F money nine chhetrum
> "For a hotel like ours, the winter bill is already around Nu 180,000 a month. With this increase we are looking at another Nu 30,000," said Aum Tshering Yangzom, who runs a 24-room resort in Lobesa and chairs the Punakha chapter of the Hotel and Restaurant Association of Bhutan (HRAB).
Q direct Tshering Yangzom :: "For a hotel like ours, the winter bill is already around Nu 180,000 a month. With this increase we are looking at another Nu 30,000,"
F money Nu 180,000
F money Nu 30,000
P full Tshering Yangzom
F number 24
L city Lobesa
L region Punakha
O nonprofit Hotel and Restaurant Association of Bhutan
O nonprofit HRAB
> Most of the 41 hotels in the dzongkhag switched to electric heating after the government asked them to stop burning firewood, she said. "We did what we were told. Now we are being asked to pay for it," she added.
F number 41
Q direct Tshering Yangzom :: "We did what we were told. Now we are being asked to pay for it,"
> ERA's chief executive, Dasho Pelden Tshewang Rabgay, said household increases were kept low. "The cost of generating power has gone up for everyone. If we do not pass some of it on, BPC cannot maintain the lines, and rural customers suffer first," he said.
O government ERA
P full Pelden Tshewang Rabgay
Q direct Pelden Tshewang Rabgay :: "The cost of generating power has gone up for everyone. If we do not pass some of it on, BPC cannot maintain the lines, and rural customers suffer first,"
O company BPC
> He said the ERA received 63 written comments during a four-week consultation, most of them from Thimphu and Phuentsholing. BPC's so-called "time-of-day" tariff, under which bulk users pay less after 10pm, will be tried in Punakha first from January 2040.
O government ERA
F number 63
F duration four-week
L city Thimphu
L city Phuentsholing
O company BPC
Q scare - :: "time-of-day"
F time 10pm
L region Punakha
F date January 2040
> In Thimphu yesterday, Energy and Natural Resources Minister Lyonpo Pema Choeda Yoezer said the government would not reverse the decision but would study a rebate for tourism businesses in Punakha and Wangdue Phodrang. "Tourism is our second-biggest earner after hydropower. A single price decision should not undo it," Lyonpo said.
L city Thimphu
P full Pema Choeda Yoezer
L region Punakha
L region Wangdue Phodrang
Q direct Pema Choeda Yoezer :: "Tourism is our second-biggest earner after hydropower. A single price decision should not undo it,"
> In Toebesa gewog, paddy farmers who run electric pumps are relieved. "Last year I paid Nu 2,400 for the whole season. If that had doubled, many of us would have gone back to diesel," said Sangay Om, 52, of Wolakha village.
L region Toebesa
Q direct Sangay Om :: "Last year I paid Nu 2,400 for the whole season. If that had doubled, many of us would have gone back to diesel,"
F money Nu 2,400
P full Sangay Om
F age 52
L city Wolakha
> Punakha Dzongdag Dasho Namgay Lhendup said the dzongkhag administration would meet hoteliers and BPC officials on March 24. "Nobody wants people cutting firewood in the valley again," he said.
L region Punakha
P full Namgay Lhendup
O company BPC
F date March 24
Q direct Namgay Lhendup :: "Nobody wants people cutting firewood in the valley again,"
> A BPC official, who asked not to be named, said the corporation lost about Nu 312 million on domestic supply in the 2037-38 fiscal year. "Every unit we sell to a home in Punakha costs us more than we charge. The new tariff closes only half of that gap," the official said.
O company BPC
F money Nu 312 million
F date 2037-38
Q direct - :: "Every unit we sell to a home in Punakha costs us more than we charge. The new tariff closes only half of that gap,"
L region Punakha
F fraction half
> Edited by Tashi Phuntsho Tenzin
P full Tashi Phuntsho Tenzin
'''

ARTICLES['908-nuuk-airport-runway-extension-copenhagen-flights-ilulissat-sermitsiaq'] = r'''
> Infrastructure
> Nuuk’s Longer Runway Opens to Direct Jets From Copenhagen
L city Nuuk
L city Copenhagen
> The first scheduled wide-body flight landed on the 2,800-metre runway on Sunday. Ilulissat is next in line
F quantity 2,800-metre
L city Ilulissat
> By Aviaja Rosing Lund
P full Aviaja Rosing Lund
> 20 June 2039, 09:42
F date 20 June 2039
F time 09:42
> Air Greenland’s Airbus A330-800neo “Tuukkaq” touches down at Nuuk Airport on Sunday. Photo: Inuuteq Fleischer Holm/KNR
O company Air Greenland
Q scare - :: “Tuukkaq”
L facility Nuuk Airport
P full Inuuteq Fleischer Holm
O media KNR
> NUUK – The first scheduled wide-body jet to use Nuuk Airport’s extended runway landed at 14:35 local time (16:35 in Copenhagen) on Sunday, ending 15 years in which large aircraft from Denmark could reach Greenland’s capital only in good weather.
L city NUUK
L facility Nuuk Airport
F time 14:35
F time 16:35
L city Copenhagen
F duration 15 years
L country Denmark
L country Greenland
> Air Greenland flight GL781 from Copenhagen Airport in Kastrup carried 279 passengers and 11 tonnes of cargo, including fresh fruit and vegetables for Nuuk’s supermarkets. The flight took four hours and 52 minutes.
O company Air Greenland
L facility Copenhagen Airport
L city Kastrup
F number 279
F quantity 11 tonnes
L city Nuuk
F duration four hours
F duration 52 minutes
> The extension added 600 metres to the 2,200-metre runway that opened in November 2024. It cost DKK 1.9 billion, of which Denmark paid DKK 700 million, and was built by Kalaallit Airports, the government-owned company that runs Greenland’s airports.
F quantity 600 metres
F quantity 2,200-metre
F date November 2024
F money DKK 1.9 billion
L country Denmark
F money DKK 700 million
O company Kalaallit Airports
L country Greenland
> “On the old runway, a wet surface and a bit of crosswind meant the A330 went to Kangerlussuaq and passengers came on by propeller plane. People lost a day, sometimes two,” said Pipaluk Mølgaard Kleist, chief executive of Kalaallit Airports. “Now we can plan a timetable that the weather does not decide for us.
Q direct Pipaluk Mølgaard Kleist :: “On the old runway, a wet surface and a bit of crosswind meant the A330 went to Kangerlussuaq and passengers came on by propeller plane. People lost a day, sometimes two,”
L city Kangerlussuaq
F number two
P full Pipaluk Mølgaard Kleist
O company Kalaallit Airports
Q direct Pipaluk Mølgaard Kleist :: “Now we can plan a timetable that the weather does not decide for us.
> “Pilots used to tell me, ‘Nuuk is a beautiful place to look at from a holding pattern.’ That joke is over.”
Q direct Pipaluk Mølgaard Kleist :: “Pilots used to tell me, ‘Nuuk is a beautiful place to look at from a holding pattern.’ That joke is over.”
L city Nuuk
> Housing and Infrastructure Minister Naja Berthelsen Lyberth called the runway “a new front door for Greenland” and said Naalakkersuisut would decide by December whether to lengthen the runway at Qaqortoq as well.
P full Naja Berthelsen Lyberth
Q direct Naja Berthelsen Lyberth :: “a new front door for Greenland”
L country Greenland
O government Naalakkersuisut
L city Qaqortoq
> In Ilulissat, where a 2,200-metre runway opened in 2026, Air Greenland will start direct flights from Copenhagen three times a week from 1 June 2040, the airline said. Visit Greenland expects the town, home to the Icefjord, to receive 62,000 visitors this year, 15 percent more than in 2038.
L city Ilulissat
F quantity 2,200-metre
F date 2026
O company Air Greenland
L city Copenhagen
F number three
F date 1 June 2040
O other Visit Greenland
L geo Icefjord
F number 62,000
F percent 15 percent
F date 2038
> Air Greenland said a return ticket between Copenhagen and Nuuk would cost “from DKK 4,995” this summer, against DKK 7,200 on the old route via Kangerlussuaq in 2038.
O company Air Greenland
L city Copenhagen
L city Nuuk
Q direct Air Greenland :: “from DKK 4,995”
F money DKK 4,995
F money DKK 7,200
L city Kangerlussuaq
F date 2038
> In Copenhagen, Mette Søndergaard Brøns, head of aerodromes at the Danish Civil Aviation and Railway Authority, said the new approach to Nuuk was certified for landings with visibility down to 550 metres. “It is now as robust as most regional airports in Denmark,” she said.
L city Copenhagen
P full Mette Søndergaard Brøns
O government Danish Civil Aviation and Railway Authority
L city Nuuk
F quantity 550 metres
Q direct Mette Søndergaard Brøns :: “It is now as robust as most regional airports in Denmark,”
L country Denmark
> Among the passengers was Malik Høegh Nielsen, 34, a nurse who grew up in Nuuk and now works at Aarhus University Hospital. “I used to spend a night at the hotel in Kangerlussuaq every time I came home. This time I had lunch in Copenhagen and dinner with my mother,” he said.
P full Malik Høegh Nielsen
F age 34
L city Nuuk
O other Aarhus University Hospital
Q direct Malik Høegh Nielsen :: “I used to spend a night at the hotel in Kangerlussuaq every time I came home. This time I had lunch in Copenhagen and dinner with my mother,”
L city Kangerlussuaq
L city Copenhagen
> Not everyone is celebrating. Kangerlussuaq, a settlement of about 500 people built around a former US air base, stands to lose most of its transit traffic. A municipal official there, who asked not to be named, told Sermitsiaq that 40 of the 120 jobs at the airport could go within two years. “The Americans built this town for planes. Now the planes are leaving,” the official said.
L city Kangerlussuaq
F number 500
L country US
O media Sermitsiaq
F number 40
F number 120
F duration two years
Q direct - :: “The Americans built this town for planes. Now the planes are leaving,”
'''

ARTICLES['909-indian-shares-nifty-sensex-it-rally-banks-bond-yield-mumbai-reuters'] = r'''
> Asian Markets
> Indian shares snap three-day slide as IT rally offsets bank losses
F duration three-day
> By Rhea Deshpande-Menon and Arjun Kulkarni
P full Rhea Deshpande-Menon
P full Arjun Kulkarni
> March 18, 2039 4:21 PM GMT+5:30
F date March 18, 2039
F time 4:21 PM GMT+5:30
> A broker reacts while trading at a brokerage firm in Mumbai, India, March 18, 2039. REUTERS/Tanmay Shirodkar
L city Mumbai
L country India
F date March 18, 2039
O media REUTERS
P full Tanmay Shirodkar
> MUMBAI, March 18 (Reuters) - Indian shares ended higher on Friday, snapping a three-session losing streak, as a rally in information technology stocks after an upbeat forecast from Sahyadri Infotech outweighed losses in private lenders.
L city MUMBAI
F date March 18
O media Reuters
F number three
O company Sahyadri Infotech
> The NSE Nifty 50 index rose 0.62% to 27,418.35, and the BSE Sensex gained 468.12 points, or 0.52%, to 90,906.50. Both indexes had lost a combined 2.4% over the previous three sessions.
F percent 0.62%
F number 27,418.35
F number 468.12
F percent 0.52%
F number 90,906.50
F percent 2.4%
F number three
> Thirteen of the 16 major sectoral indexes advanced. The Nifty IT index jumped 3.1%, its best day since January 2038, led by a 7.8% surge in Sahyadri Infotech after the Pune-based company raised its fiscal 2040 revenue growth forecast to 11%-13%.
F number Thirteen
F number 16
F percent 3.1%
F date January 2038
F percent 7.8%
O company Sahyadri Infotech
L city Pune
F date 2040
F percent 11%-13%
> "The market was waiting for a big name to tell it that U.S. tech budgets are not collapsing, and Sahyadri did exactly that," said Vikram Raghunathan, head of research at Kotwal Securities in Mumbai.
Q direct Vikram Raghunathan :: "The market was waiting for a big name to tell it that U.S. tech budgets are not collapsing, and Sahyadri did exactly that,"
L country U.S.
O company Sahyadri
P full Vikram Raghunathan
O company Kotwal Securities
L city Mumbai
> Private lenders were the biggest drag, with the Nifty Private Bank index down 1.1%. Konkan Mercantile Bank slid 4.6% after the Reserve Bank of India (RBI) barred it from issuing new credit cards, citing "persistent deficiencies" in its IT systems. The lender said in an exchange filing it was working with the regulator "to resolve the concerns at the earliest."
F percent 1.1%
O company Konkan Mercantile Bank
F percent 4.6%
O government Reserve Bank of India
O government RBI
Q direct Reserve Bank of India :: "persistent deficiencies"
Q direct Konkan Mercantile Bank :: "to resolve the concerns at the earliest."
> Broader markets lagged, with the Nifty Smallcap 100 down 0.4% and the Nifty Midcap 100 flat.
F percent 0.4%
> India's benchmark 10-year bond yield fell 4 basis points to 6.38%, its lowest since October 2037, after data last week showed retail inflation eased to 3.9% in February from 4.3% in January.
L country India
F duration 10-year
F percent 4 basis points
F percent 6.38%
F date October 2037
F percent 3.9%
F percent 4.3%
> Meera Fernandes-Iyer, chief economist at Dakshin Capital, said the bond market was now pricing at least one more 25-basis-point rate cut by June. "Inflation is comfortably inside the RBI's band, and growth is soft enough to justify it.
P full Meera Fernandes-Iyer
O company Dakshin Capital
F number one
F percent 25-basis-point
Q direct Meera Fernandes-Iyer :: "Inflation is comfortably inside the RBI's band, and growth is soft enough to justify it.
O government RBI
> "But the central bank will not move while oil is climbing. If Brent stays above $80, the April meeting becomes a much closer call," she said.
Q direct Meera Fernandes-Iyer :: "But the central bank will not move while oil is climbing. If Brent stays above $80, the April meeting becomes a much closer call,"
F money $80
> Brent crude futures rose 1.4% to $78.62 a barrel, a worry for India, which imports more than 85% of its oil.
F percent 1.4%
F money $78.62
L country India
F percent 85%
> Foreign portfolio investors sold a net 14.36 billion rupees ($161.5 million) of Indian shares on Thursday, provisional data from the National Stock Exchange (NSE) showed.
F money 14.36 billion rupees
F money $161.5 million
O company National Stock Exchange
O company NSE
> Among other stocks, Narmada Motors rose 2.9% after reporting a 14% jump in February sales to 61,240 units, while Vindhya Cements fell 3.3% after Kotwal Securities cut its rating to "sell" from "hold".
O company Narmada Motors
F percent 2.9%
F percent 14%
F number 61,240
O company Vindhya Cements
F percent 3.3%
O company Kotwal Securities
Q scare - :: "sell"
Q scare - :: "hold"
> "Everyone is long IT going into the weekend. If the U.S. jobs data disappoints tonight, Monday could be ugly," said a dealer at a foreign bank in Mumbai, who declined to be named because he is not authorised to speak to the media.
Q direct - :: "Everyone is long IT going into the weekend. If the U.S. jobs data disappoints tonight, Monday could be ugly,"
L country U.S.
L city Mumbai
> (Reporting by Rhea Deshpande-Menon and Arjun Kulkarni in Mumbai; Editing by Sonal Abernethy-Rao)
P full Rhea Deshpande-Menon
P full Arjun Kulkarni
L city Mumbai
P full Sonal Abernethy-Rao
> ($1 = 88.9200 Indian rupees)
F money $1
F money 88.9200 Indian rupees
'''

ARTICLES['910-marit-solvang-drummond-marine-scientist-cold-water-coral-obituary-guardian'] = r'''
> Marine life
> Marit Solvang-Drummond obituary
P full Marit Solvang-Drummond
> Marine scientist who surveyed the cold-water coral reefs off Scotland’s Atlantic coast and spent two decades fighting to protect them
L country Scotland
L geo Atlantic
F duration two decades
> Iain Lorimer
P full Iain Lorimer
> Wed 14 Mar 2040 17.05 GMT
F date 14 Mar 2040
F time 17.05 GMT
> Marit Solvang-Drummond aboard the research ship Calanus off Mull in 1998. Photograph: Alasdair Munro-Kerr/SAMS
P full Marit Solvang-Drummond
L geo Mull
F date 1998
P full Alasdair Munro-Kerr
O other SAMS
> Marit Solvang-Drummond, who has died aged 78, spent much of her working life looking at the bottom of the sea, or as close to it as a camera on a cable would allow. As a marine scientist at the Scottish Association for Marine Science (SAMS) in Oban, she led a series of surveys in the 1990s of the cold-water coral reefs west of the Hebrides, and then spent two decades persuading governments that they were worth saving.
P full Marit Solvang-Drummond
F age 78
O other Scottish Association for Marine Science
O other SAMS
L city Oban
F date 1990s
L geo Hebrides
F duration two decades
> In 2003 her team filmed a field of coral mounds 130km west of St Kilda that trawlermen had long called “the garden”, because their nets came up full of broken pink branches. The footage, shown at a packed meeting in Stornoway, helped to persuade the fishing industry to accept the closure of 1,300 sq km of seabed to bottom trawling.
F date 2003
F quantity 130km
L geo St Kilda
Q scare - :: “the garden”
L city Stornoway
F quantity 1,300 sq km
> “The skippers would say to me, ‘There is nothing down there but mud, hen,’” she recalled in 2031. “Then I would show them the film, and they would go very quiet. Some of them came back the next year and asked for a copy.”
Q direct Marit Ingrid Solvang-Drummond :: “The skippers would say to me, ‘There is nothing down there but mud, hen,’”
F date 2031
Q direct Marit Ingrid Solvang-Drummond :: “Then I would show them the film, and they would go very quiet. Some of them came back the next year and asked for a copy.”
> She was born in Stornoway, on the Isle of Lewis, to Olav Solvang, a trawler skipper from Ålesund who had settled on the island, and his wife, Morag (nee Macleod), a primary school teacher. At the Nicolson Institute a biology teacher let her keep a tank of sea anemones in the laboratory, and at 17 she won a place at the University of Aberdeen to study zoology.
L city Stornoway
L geo Isle of Lewis
P full Olav Solvang
L city Ålesund
P partial Morag
P partial Macleod
O education Nicolson Institute
F age 17
O education University of Aberdeen
> After a PhD at the Scripps Institution of Oceanography in La Jolla, California, where she spent three years diving in the kelp forests, she returned to Scotland in 1987 to join the Dunstaffnage Marine Laboratory near Oban, as the SAMS research station was then known. She became a principal scientist there in 1995 and in 2012 was appointed professor of deep-sea ecology at the University of St Andrews.
O education Scripps Institution of Oceanography
L city La Jolla
L region California
F duration three years
L country Scotland
F date 1987
O other Dunstaffnage Marine Laboratory
L city Oban
O other SAMS
F date 1995
F date 2012
O education University of St Andrews
> Colleagues remember her as blunt and generous. “Marit never told you what you wanted to hear,” said Ewan Gillies-Ferreira, who worked alongside her for 20 years. “She told you what the data said, and then she bought you a dram.”
Q direct Ewan Gillies-Ferreira :: “Marit never told you what you wanted to hear,”
P partial Marit
P full Ewan Gillies-Ferreira
F duration 20 years
Q direct Ewan Gillies-Ferreira :: “She told you what the data said, and then she bought you a dram.”
> She sat on the scientific advisory panel of the Joint Nature Conservation Committee (JNCC) from 2008 to 2019 and twice gave evidence to the European Parliament’s fisheries committee. In 2016 she was appointed OBE, an honour she described as “a nice thing to stick on the fridge”.
O government Joint Nature Conservation Committee
O government JNCC
F date 2008
F date 2019
O intergovernmental European Parliament
F date 2016
Q direct Marit Ingrid Solvang-Drummond :: “a nice thing to stick on the fridge”
> After retiring in 2027 she moved back to Lewis, to a croft at Uig, where she kept hens, swam in the sea every morning until she was 75 and wrote a field guide, Tangle and Wrack: The Seaweeds of the Outer Hebrides (2034).
F date 2027
L geo Lewis
L city Uig
F age 75
F date 2034
> In 1989 she married Hamish Drummond, an engineer with the ferry company CalMac; he died in 2036. She is survived by their children, Freya and Torquil, her brother, Erik, and four grandchildren.
F date 1989
P full Hamish Drummond
O company CalMac
F date 2036
P partial Freya
P partial Torquil
P partial Erik
F number four
> Marit Ingrid Solvang-Drummond, marine scientist, born 9 June 1961; died 27 February 2040
P full Marit Ingrid Solvang-Drummond
F date 9 June 1961
F date 27 February 2040
'''

ARTICLES['911-town-meeting-sharon-school-budget-georgia-fire-station-warren-vtdigger'] = r'''
> Politics
> Sharon rejects school budget a second time; Georgia voters back $6.2M fire station
L city Sharon
L city Georgia
F money $6.2M
> Towns across Vermont voted on budgets, bonds and local taxes at Tuesday’s town meetings and by Australian ballot
L region Vermont
> By Hollis Marchetti-Doyle
P full Hollis Marchetti-Doyle
> March 5, 2041, 11:48 pm
F date March 5, 2041
F time 11:48 pm
> Voters raise their cards during town meeting at Warren Elementary School on Tuesday. Photo by Hollis Marchetti-Doyle/VTDigger
L facility Warren Elementary School
P full Hollis Marchetti-Doyle
O media VTDigger
> Voters in Sharon turned down their school budget for the second time in a year on Tuesday, while residents of Georgia agreed to borrow $6.2 million for a new fire station, according to results reported by town clerks across Vermont.
L city Sharon
L city Georgia
F money $6.2 million
L region Vermont
> In Sharon, a Windsor County town of about 1,500 people, the $3.94 million school budget failed 318-296 by Australian ballot. A version that was $140,000 higher lost 402-277 in May 2040, and the school board has since cut a part-time art teacher and a bus route.
L city Sharon
L region Windsor County
F number 1,500
F money $3.94 million
F number 318-296
F money $140,000
F number 402-277
F date May 2040
> The rejected plan would have raised Sharon’s homestead tax rate to $2.07 per $100 of assessed value, from $1.91 this year, according to the town’s annual report.
L city Sharon
F money $2.07
F money $100
F money $1.91
> “People aren’t against the school. They are against a tax bill that has gone up 14% in two years,” said Selectboard Chair Renata Kowalczyk-Blaise, who said she voted no herself. The board will put a third version to voters on April 16.
Q direct Renata Kowalczyk-Blaise :: “People aren’t against the school. They are against a tax bill that has gone up 14% in two years,”
F percent 14%
F duration two years
P full Renata Kowalczyk-Blaise
F date April 16
> If no budget passes by July 1, the district can borrow only 87% of last year’s spending to keep the school open, according to the Vermont Agency of Education.
F date July 1
F percent 87%
O government Vermont Agency of Education
> In Georgia, in Franklin County, voters approved the fire station bond 1,208-655. The 9,400-square-foot station on Route 7 will replace a 1958 building that firefighters say is too small for modern trucks.
L city Georgia
L region Franklin County
F number 1,208-655
F quantity 9,400-square-foot
L street Route 7
F date 1958
> Fire Chief Dwayne Lafleur-Soucy said the department had waited 20 years for the vote. “Our newest engine is 10 inches too tall for the bay doors, so it lives outside.
P full Dwayne Lafleur-Soucy
F duration 20 years
Q direct Dwayne Lafleur-Soucy :: “Our newest engine is 10 inches too tall for the bay doors, so it lives outside.
F quantity 10 inches
> “In January that means chipping ice off the pump before we can roll. Tonight Georgia said that’s not good enough,” he said.
Q direct Dwayne Lafleur-Soucy :: “In January that means chipping ice off the pump before we can roll. Tonight Georgia said that’s not good enough,”
L city Georgia
> Warren, in Washington County, passed a $2.87 million municipal budget on a voice vote after a two-hour debate but rejected a 1% local option tax on rooms and meals, 94-131, on a paper ballot. The tax, dubbed the “ski tax” by opponents, would have raised about $410,000 a year, much of it from visitors to Sugarbush Resort.
L city Warren
L region Washington County
F money $2.87 million
F duration two-hour
F percent 1%
F number 94-131
Q scare - :: “ski tax”
F money $410,000
L facility Sugarbush Resort
> “We heard the message: not this year,” said Selectboard member Anjali Thibodeau. Thibodeau said the board would bring back a smaller version in 2042.
Q direct Anjali Thibodeau :: “We heard the message: not this year,”
P full Anjali Thibodeau
P partial Thibodeau
F date 2042
> Statewide, voters in at least 31 of the 119 towns and school districts that had reported results by 11 p.m. rejected their school budgets, according to a tally by the Vermont School Boards Association. In 2040, 44 budgets failed on town meeting day, the most since Act 60 took effect in 1998.
F number 31
F number 119
F time 11 p.m.
O nonprofit Vermont School Boards Association
F date 2040
F number 44
F date 1998
> An official at the Agency of Education, who was not authorized to speak publicly, said the state expected “a lot of second votes in April.”
O government Agency of Education
Q direct - :: “a lot of second votes in April.”
> VTDigger’s Ezra Quintal-Hobbs contributed reporting.
O media VTDigger
P full Ezra Quintal-Hobbs
'''

ARTICLES['912-world-grand-prix-quarter-final-van-t-veld-brierley-170-leicester-pdc'] = r'''
> Tournament News
> Van 't Veld Edges Brierley With 170 Finish to Reach Grand Prix Semi-Finals
P partial Van 't Veld
P partial Brierley
F number 170
> Thijs van 't Veld averaged 104.37 and landed a 170 checkout in the deciding set to beat Callum Brierley 3-2 in Leicester
P full Thijs van 't Veld
F number 104.37
F number 170
P full Callum Brierley
F score 3-2
L city Leicester
> By Gareth Pennock-Hughes
P full Gareth Pennock-Hughes
> Thursday 10 October 2041
F date 10 October 2041
> Thijs van 't Veld celebrates his 170 checkout at the Mattioli Arena (Picture: Olly Seddon-Pryce/PDC)
P full Thijs van 't Veld
F number 170
L facility Mattioli Arena
P full Olly Seddon-Pryce
O other PDC
> Thijs van 't Veld produced a 170 checkout in the final set to edge Callum 'Cannonball' Brierley 3-2 in a high-class World Grand Prix quarter-final at Leicester's Mattioli Arena on Thursday.
P full Thijs van 't Veld
F number 170
P full Callum 'Cannonball' Brierley
Q scare - :: 'Cannonball'
F score 3-2
L city Leicester
L facility Mattioli Arena
> The 27-year-old Dutchman, who averaged 104.37 in the double-start format, trailed 2-1 in sets and 2-0 in legs in the fourth set before winning three legs in a row to force a decider.
F age 27-year-old
F number 104.37
F score 2-1
F score 2-0
F number three
> In the deciding set, with the legs level at 2-2, Brierley missed three darts at double 16 for a 96 finish, and Van 't Veld took out 170 with two treble 20s and the bull.
F score 2-2
P partial Brierley
F number three
F number 96
P partial Van 't Veld
F number 170
F number two
> "I've hit a few 170s on the practice board this week, but never one like that," Van 't Veld said. "When the second treble went in I heard the crowd, and I told myself, 'Don't look at them, just look at the bull.' My hand was shaking."
Q direct Thijs van 't Veld :: "I've hit a few 170s on the practice board this week, but never one like that,"
F number 170s
P partial Van 't Veld
Q direct Thijs van 't Veld :: "When the second treble went in I heard the crowd, and I told myself, 'Don't look at them, just look at the bull.' My hand was shaking."
> It was the third 170 finish of the week and the first in a deciding set at the Grand Prix since 2036, according to the PDC.
F number 170
F date 2036
O other PDC
> Van 't Veld, who lost in the first round here in 2040, admitted the double-start format still scares him. "You can stand there for nine or 10 darts and not get going. Against Callum you can't afford that, because he finds his doubles early," he said.
P partial Van 't Veld
F date 2040
Q direct Thijs van 't Veld :: "You can stand there for nine or 10 darts and not get going. Against Callum you can't afford that, because he finds his doubles early,"
F number nine
F number 10
P partial Callum
> The player from Heerhugowaard, nicknamed 'The Tulip Express', will face Scotland's Ross McCallion-Bain in Saturday's semi-finals after the 2039 champion whitewashed Germany's Lukas Wöhrmann 3-0.
L city Heerhugowaard
Q scare - :: 'The Tulip Express'
L country Scotland
P full Ross McCallion-Bain
F date 2039
L country Germany
P full Lukas Wöhrmann
F score 3-0
> Brierley, 34, from Reading, averaged 101.82 and hit eight 180s to Van 't Veld's seven. He took out 121 and 132 on his way to the lead in sets.
P partial Brierley
F age 34
L city Reading
F number 101.82
F number eight
F number 180s
P partial Van 't Veld
F number seven
F number 121
F number 132
> "He's taken out 170 with my darts still in the board, basically. What can you do?" Brierley said. "I'll be back in Leicester next year. This place owes me one."
Q direct Callum 'Cannonball' Brierley :: "He's taken out 170 with my darts still in the board, basically. What can you do?"
F number 170
P partial Brierley
Q direct Callum 'Cannonball' Brierley :: "I'll be back in Leicester next year. This place owes me one."
L city Leicester
> Earlier on Thursday, Northern Ireland's Niall O'Hagan-Quinn beat Japan's Haruto Kisaragi 3-0 in 52 minutes with an average of 99.05, and Wales' Dylan ap Rhys edged Belgium's Mathis Verschueren 3-2.
L region Northern Ireland
P full Niall O'Hagan-Quinn
L country Japan
P full Haruto Kisaragi
F score 3-0
F duration 52 minutes
F number 99.05
L country Wales
P full Dylan ap Rhys
L country Belgium
P full Mathis Verschueren
F score 3-2
> The Professional Darts Corporation (PDC) said a crowd of 3,200 attended the evening session. The semi-finals are played over the best of nine sets from 7pm on Saturday, with £120,000 going to the winner of Sunday's final, played over the best of 11 sets.
O other Professional Darts Corporation
O other PDC
F number 3,200
F number nine
F time 7pm
F money £120,000
F number 11
> World Grand Prix quarter-final results
> Thijs van 't Veld 3-2 Callum Brierley (avgs: 104.37 v 101.82)
P full Thijs van 't Veld
F score 3-2
P full Callum Brierley
F number 104.37
F number 101.82
> Ross McCallion-Bain 3-0 Lukas Wöhrmann (avgs: 97.46 v 88.19)
P full Ross McCallion-Bain
F score 3-0
P full Lukas Wöhrmann
F number 97.46
F number 88.19
> Niall O'Hagan-Quinn 3-0 Haruto Kisaragi (avgs: 99.05 v 91.70)
P full Niall O'Hagan-Quinn
F score 3-0
P full Haruto Kisaragi
F number 99.05
F number 91.70
> Dylan ap Rhys 3-2 Mathis Verschueren (avgs: 95.33 v 96.08)
P full Dylan ap Rhys
F score 3-2
P full Mathis Verschueren
F number 95.33
F number 96.08
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
