#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval245 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval245/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1513-chennai-metro-tunnel-boring-machine-breakthrough-porur-vadapalani-the-hindu'] = r'''
> Chennai
L city Chennai
> Tunnel boring machine breaks through near Porur; CMRL says underground stretch to Vadapalani will open in December 2042
L city Porur
O government CMRL
L city Vadapalani
F date December 2042
> The 1.4-km drive under Arcot Road took a little over 14 months, and a second machine is 212 metres behind, officials said
F quantity 1.4-km
L street Arcot Road
F duration 14 months
F quantity 212 metres
> R. Sudharsan Venkatesan
P full R. Sudharsan Venkatesan
> Published - June 12, 2041 09:36 pm IST - CHENNAI
F date June 12, 2041
F time 09:36 pm IST
L city CHENNAI
> Workers cheer as the cutter head of the tunnel boring machine emerges into the retrieval shaft near Porur junction on Wednesday. | Photo Credit: K. RAGAVENDRAN PILLAI
L city Porur
P full K. RAGAVENDRAN PILLAI
> A tunnel boring machine digging the underground section of the metro’s second phase broke through into the retrieval shaft near Porur junction on Wednesday (June 12, 2041), completing a 1.4-km tunnel from Vadapalani in a little over 14 months.
L city Porur
F date June 12, 2041
F quantity 1.4-km
L city Vadapalani
F duration 14 months
> Chennai Metro Rail Limited (CMRL) managing director T. Anbuselvan Rajaratnam said the machine, nicknamed “Mullai” by its crew, had advanced an average of 9.8 metres a day, well ahead of the 7 metres that engineers had planned for when it was lowered into the Vadapalani shaft in April 2040.
O government Chennai Metro Rail Limited
O government CMRL
P full T. Anbuselvan Rajaratnam
Q scare - :: “Mullai”
F quantity 9.8 metres
F quantity 7 metres
L facility Vadapalani
F date April 2040
> “This is the hardest stretch of the whole corridor. We were tunnelling 18 metres below Arcot Road, under shops, temples and two flyover foundations, and not a single building reported a crack,” Mr. Rajaratnam told The Hindu at the shaft.
Q direct T. Anbuselvan Rajaratnam :: “This is the hardest stretch of the whole corridor. We were tunnelling 18 metres below Arcot Road, under shops, temples and two flyover foundations, and not a single building reported a crack,”
F quantity 18 metres
L street Arcot Road
F number two
P partial Rajaratnam
O media The Hindu
> He said the second machine, which started four weeks after the first, was expected to break through by the first week of August. “Once both drives are done, we move to track-laying, signalling and trial runs.
F duration four weeks
Q direct T. Anbuselvan Rajaratnam :: “Once both drives are done, we move to track-laying, signalling and trial runs.
> “The target for opening Porur to Vadapalani remains December 2042. I would not promise a day earlier,” he said.
Q direct T. Anbuselvan Rajaratnam :: “The target for opening Porur to Vadapalani remains December 2042. I would not promise a day earlier,”
L city Porur
L city Vadapalani
F date December 2042
> Tamil Nadu Transport Minister K. Thenmozhi Arulnambi, who watched the breakthrough with officials, said the State had released ₹1,240 crore of its share for the corridor in the current financial year. “People of Porur and Valasaravakkam have lived with barricades for three years. We owe them a faster end to it,” she said.
L region Tamil Nadu
P full K. Thenmozhi Arulnambi
F money ₹1,240 crore
Q direct K. Thenmozhi Arulnambi :: “People of Porur and Valasaravakkam have lived with barricades for three years. We owe them a faster end to it,”
L city Porur
L city Valasaravakkam
F duration three years
> The 26.1-km corridor runs from Mylapore to Poonamallee, and its underground portion ends at Porur, where the line climbs onto a viaduct. CMRL officials said about 78% of the civil work on the corridor was finished.
F quantity 26.1-km
L city Mylapore
L city Poonamallee
L city Porur
O government CMRL
F percent 78%
> For traders along Arcot Road, the news came as a relief. “Business was down by half for two years. Customers could not even park a cycle,” said S. Mariappan, 58, who runs a stainless-steel vessels shop near the Vadapalani Murugan temple. “My son kept telling me, ‘Appa, only one year more,’ and I did not believe him.”
L street Arcot Road
Q direct S. Mariappan :: “Business was down by half for two years. Customers could not even park a cycle,”
F fraction half
F duration two years
P full S. Mariappan
F age 58
L facility Vadapalani Murugan
Q direct S. Mariappan :: “My son kept telling me, ‘Appa, only one year more,’ and I did not believe him.”
F duration one year
> A senior engineer with the contractor, who did not wish to be named, said the cutter head had to be changed once near Kodambakkam after it struck hard rock at a depth of about 20 metres. “We lost nine days there. After that, the soil was kind to us,” the engineer said.
L city Kodambakkam
F quantity 20 metres
Q direct - :: “We lost nine days there. After that, the soil was kind to us,”
F duration nine days
> The second phase, estimated at ₹63,246 crore, is funded partly through loans from the Japan International Cooperation Agency (JICA). Trial runs on the elevated section between Porur and Poonamallee began at 5.30 a.m. on March 3 this year, and the first three-car trains are expected to carry passengers there from October.
F money ₹63,246 crore
O government Japan International Cooperation Agency
O government JICA
L city Porur
L city Poonamallee
F time 5.30 a.m.
F date March 3
F number three
'''

ARTICLES['1514-iea-emergency-oil-stock-release-paris-brent-wti-hormuz-reuters'] = r'''
> IEA members agree to release 90 million barrels of emergency oil as Hormuz disruption drags on
O intergovernmental IEA
F quantity 90 million barrels
L geo Hormuz
> By Ingrid Solheim-Varga and Tomasz Wierzbicki-Orr
P full Ingrid Solheim-Varga
P full Tomasz Wierzbicki-Orr
> March 13, 2043 6:52 PM GMT+1 Updated 2 hours ago
F date March 13, 2043
F time 6:52 PM GMT+1
F duration 2 hours
> Oil tankers are seen anchored off the port of Fujairah, United Arab Emirates, March 9, 2043. REUTERS/Yusuf Haddadin-Kerr/File Photo
L city Fujairah
L country United Arab Emirates
F date March 9, 2043
O media REUTERS
P full Yusuf Haddadin-Kerr
> PARIS, March 13 (Reuters) - Member countries of the International Energy Agency (IEA) agreed on Friday to release 90 million barrels of oil from emergency stockpiles over the next 60 days, the agency's second coordinated release in 11 months, as shipping disruptions near the Strait of Hormuz kept crude above $110 a barrel.
L city PARIS
F date March 13
O media Reuters
O intergovernmental International Energy Agency
O intergovernmental IEA
F quantity 90 million barrels
F duration 60 days
F duration 11 months
L geo Strait of Hormuz
F money $110
> Ministers and senior officials from the 33 member countries met for five hours at the agency's headquarters in Paris. Two delegates said the United States would supply roughly 40% of the volume, with Japan, South Korea and Germany among the other large contributors.
F number 33
F duration five hours
L city Paris
F number Two
L country United States
F percent 40%
L country Japan
L country South Korea
L country Germany
> Brent crude futures fell $4.12, or 3.6%, to $109.80 a barrel by 1714 GMT after the decision was reported. U.S. West Texas Intermediate (WTI) crude slipped $3.55, or 3.3%, to $104.06.
F money $4.12
F percent 3.6%
F money $109.80
F time 1714 GMT
L country U.S.
F money $3.55
F percent 3.3%
F money $104.06
> "Markets need to see that consumers are not sitting on their hands," Norway's Minister of Petroleum and Energy, Kristian Haugland-Mæhle, told reporters after the meeting. "We are sending a message to every trader watching the Gulf: the barrels are there."
Q direct Kristian Haugland-Mæhle :: "Markets need to see that consumers are not sitting on their hands,"
L country Norway
P full Kristian Haugland-Mæhle
Q direct Kristian Haugland-Mæhle :: "We are sending a message to every trader watching the Gulf: the barrels are there."
L region Gulf
> Haugland-Mæhle said Norway would add about 250,000 barrels per day (bpd) to exports from its North Sea fields for at least three months, calling the extra volumes "a bridge, not a solution."
P partial Haugland-Mæhle
L country Norway
F quantity 250,000 barrels per day
L geo North Sea
F duration three months
Q direct Kristian Haugland-Mæhle :: "a bridge, not a solution."
> A European delegate, who asked not to be named because the talks were private, said some members had pushed for a release twice as large. "There was a real argument in the room about whether 90 is enough," the delegate said. "In the end, nobody wanted to empty the tanks in March and have nothing left for the summer."
Q direct - :: "There was a real argument in the room about whether 90 is enough,"
F number 90
Q direct - :: "In the end, nobody wanted to empty the tanks in March and have nothing left for the summer."
> In a statement, the IEA said the release would begin on March 20 and that its members held 1.2 billion barrels of public stocks before Friday's decision. The agency described the market as "severely disrupted but not broken".
O intergovernmental IEA
F date March 20
F quantity 1.2 billion barrels
Q direct International Energy Agency :: "severely disrupted but not broken"
> Analysts doubted the release would hold prices down for long. "Sixty days of extra supply buys time, but it does not reopen a shipping lane," said Farida Oyelaran-Beck, head of oil research at Kestrel Energy Partners in London. She expects Brent to average $104 to $112 in the second quarter.
Q direct Farida Oyelaran-Beck :: "Sixty days of extra supply buys time, but it does not reopen a shipping lane,"
F duration Sixty days
P full Farida Oyelaran-Beck
O company Kestrel Energy Partners
L city London
F money $104
F money $112
> The Organization of the Petroleum Exporting Countries and its allies, known as OPEC+, have left their output targets unchanged since December 2042, and Saudi Arabia's energy ministry declined to comment on Friday.
O intergovernmental Organization of the Petroleum Exporting Countries
O intergovernmental OPEC+
F date December 2042
L country Saudi Arabia
> About a fifth of the world's oil normally passes through the strait, roughly 20 million bpd. Tanker traffic there has fallen by almost half since Feb. 26, according to ship-tracking data from Kpler.
F fraction a fifth
F quantity 20 million bpd
F fraction half
F date Feb. 26
O company Kpler
> (Reporting by Ingrid Solheim-Varga in Paris and Tomasz Wierzbicki-Orr in London; Additional reporting by Aya Morimoto-Lind in Tokyo; Editing by Rhys Kennaway-Doyle)
P full Ingrid Solheim-Varga
L city Paris
P full Tomasz Wierzbicki-Orr
L city London
P full Aya Morimoto-Lind
L city Tokyo
P full Rhys Kennaway-Doyle
'''

ARTICLES['1515-maple-leafs-bruins-overtime-ostrander-scotiabank-arena-the-athletic'] = r'''
> NHL
O other NHL
> Maple Leafs Rally Past Bruins in Overtime as Rookie Ostrander Finishes Off Comeback
O team Maple Leafs
O team Bruins
P partial Ostrander
> Toronto trailed 3-1 after two periods before Dane Ostrander’s winner 1:47 into overtime at Scotiabank Arena
O team Toronto
F score 3-1
F number two
P full Dane Ostrander
F time 1:47
L facility Scotiabank Arena
> By Marguerite Ashdown-Roy
P full Marguerite Ashdown-Roy
> Jan 17, 2043
F date Jan 17, 2043
> Dane Ostrander celebrates his overtime winner against Boston on Saturday night. (Trevor Lindqvist-Hale / NHLI via Getty Images)
P full Dane Ostrander
O team Boston
P full Trevor Lindqvist-Hale
O other NHLI
O company Getty Images
> For 40 minutes on Saturday night, the Toronto Maple Leafs looked like a team that had already checked out of January. Then came the third period, and then came Dane Ostrander.
F duration 40 minutes
O team Toronto Maple Leafs
P full Dane Ostrander
> Ostrander, 22, buried a one-timer from the left circle 1:47 into overtime to give Toronto a 4-3 win over the Boston Bruins, capping a comeback from two goals down in front of 18,914 at Scotiabank Arena. The Leafs improved to 27-14-5 and have won four straight; Boston fell to 24-17-4.
P partial Ostrander
F age 22
F time 1:47
O team Toronto
F score 4-3
O team Boston Bruins
F number two
F number 18,914
L facility Scotiabank Arena
O team Leafs
F score 27-14-5
F number four
O team Boston
F score 24-17-4
> Boston built its lead on special teams. Rasmus Tollefsen-Ek opened the scoring on a power play at 6:12 of the first period, and Jack Merriweather made it 2-0 with a short-handed breakaway at 14:38. After Toronto’s Colm Aderinto-Blake answered at 3:05 of the second, Tollefsen-Ek restored the two-goal cushion with his second of the night, a deflection from the slot with 52 seconds left in the period.
O team Boston
P full Rasmus Tollefsen-Ek
F time 6:12
P full Jack Merriweather
F score 2-0
F time 14:38
O team Toronto
P full Colm Aderinto-Blake
F time 3:05
P partial Tollefsen-Ek
F number two
F duration 52 seconds
> The Leafs went 2 for 4 on the power play in the third. Aderinto-Blake scored his second at 4:26 during a 5-on-3, and captain Elias Brandvold tied it at 11:59 with a wrist shot through traffic, his 500th career point. The fourth line, which the dressing room calls “the Night Shift,” drew both of the penalties that led to those chances.
O team Leafs
F number 2
F number 4
P partial Aderinto-Blake
F time 4:26
F score 5-on-3
P full Elias Brandvold
F time 11:59
Q scare - :: “the Night Shift,”
> At the other end, Jonas Vilhelmsen-Kaur stopped 34 of 37 shots, including all 14 he faced in the third period and overtime. Boston’s Mikko Aaltonen-Reyes made 38 saves, more than half of them in the first 20 minutes.
P full Jonas Vilhelmsen-Kaur
F number 34
F number 37
F number 14
O team Boston
P full Mikko Aaltonen-Reyes
F number 38
F fraction half
F duration 20 minutes
> “We didn’t have our legs for two periods, and they made us pay for it,” Maple Leafs coach Declan Fairweather said. “But the bench never got quiet. Guys kept saying, ‘One shift at a time,’ and that’s exactly how it went.”
Q direct Declan Fairweather :: “We didn’t have our legs for two periods, and they made us pay for it,”
F number two
O team Maple Leafs
P full Declan Fairweather
Q direct Declan Fairweather :: “But the bench never got quiet. Guys kept saying, ‘One shift at a time,’ and that’s exactly how it went.”
> Ostrander, who had gone 11 games without a goal, admitted he had been squeezing his stick too tightly. “I kind of just stopped thinking,” he said. “Elias put it right on a tee for me. I only had to not miss.”
P partial Ostrander
F number 11
Q direct Dane Ostrander :: “I kind of just stopped thinking,”
Q direct Dane Ostrander :: “Elias put it right on a tee for me. I only had to not miss.”
P partial Elias
> Bruins coach Henrik Lindahl-Moreau was less charitable about the third period. His team took three minor penalties in a span of 7:40, and he called the officiating “uneven” before adding that his players “have to be smarter than that.”
O team Bruins
P full Henrik Lindahl-Moreau
F number three
F duration 7:40
Q direct Henrik Lindahl-Moreau :: “uneven”
Q direct Henrik Lindahl-Moreau :: “have to be smarter than that.”
> Toronto has won six of its last seven meetings with Boston, and Ostrander is the first Leafs rookie since 2031 to score an overtime winner against the Bruins. The teams meet again on Feb. 3 in Boston.
O team Toronto
F number six
F number seven
O team Boston
P partial Ostrander
O team Leafs
F date 2031
O team Bruins
F date Feb. 3
L city Boston
'''

ARTICLES['1516-dublin-port-expansion-approved-clontarf-residents-pleanala-rte-news'] = r'''
> Ireland
L country Ireland
> Planning body approves €1.1bn Dublin Port expansion
F money €1.1bn
L facility Dublin Port
> Two deep-water berths and 14 hectares of new yards planned by 2044; Clontarf residents say they will consider a High Court challenge
F number Two
F quantity 14 hectares
F date 2044
L city Clontarf
O government High Court
> By Caoimhe Ní Loingsigh, Environment Correspondent
P full Caoimhe Ní Loingsigh
> Updated / Tuesday, 9 Apr 2041 16:48
F date 9 Apr 2041
F time 16:48
> Dublin Port handled more than 1,900 ship arrivals last year (Image: RollingNews.ie)
L facility Dublin Port
F number 1,900
O media RollingNews.ie
> The planning appeals body has approved a €1.1 billion expansion of Dublin Port that will add two deep-water berths and 14 hectares of container and roll-on roll-off yards at the eastern end of the port, close to the Tolka Estuary.
F money €1.1 billion
L facility Dublin Port
F number two
F quantity 14 hectares
L geo Tolka Estuary
> An Coimisiún Pleanála, which was known as An Bord Pleanála until 2025, granted permission subject to 31 conditions, including limits on night-time piling and a €4.5m fund for habitat work in Dublin Bay. The scheme is the largest part of the company’s “Port 2050” programme.
O government An Coimisiún Pleanála
O government An Bord Pleanála
F date 2025
F number 31
F money €4.5m
L geo Dublin Bay
Q scare - :: “Port 2050”
> Dublin Port Company (DPC) chief executive Ruairí Colclough-Fahy said the decision would let the port raise its capacity from about 2,100 to 2,900 ship calls a year by 2044.
O company Dublin Port Company
O company DPC
P full Ruairí Colclough-Fahy
F number 2,100
F number 2,900
F date 2044
> The port handled 38.6 million tonnes of cargo in 2040, up 4% on the previous year, and more than half of all ferry passengers entering the State arrived through it.
F quantity 38.6 million tonnes
F date 2040
F percent 4%
F fraction half
> “Every container of food and medicine that comes into this country by sea has to come through a port, and half of it comes through Dublin,” Mr Colclough-Fahy said. “We have been close to full for six years.
Q direct Ruairí Colclough-Fahy :: “Every container of food and medicine that comes into this country by sea has to come through a port, and half of it comes through Dublin,”
F fraction half
L city Dublin
P partial Colclough-Fahy
Q direct Ruairí Colclough-Fahy :: “We have been close to full for six years.
F duration six years
> “Without this, ships wait out in the bay, lorries queue along the East Wall Road and costs go up for everyone in Ireland,” he said.
Q direct Ruairí Colclough-Fahy :: “Without this, ships wait out in the bay, lorries queue along the East Wall Road and costs go up for everyone in Ireland,”
L street East Wall Road
L country Ireland
> Works are expected to begin in early 2042 and take about four years, with the first new berth in use by 2044. DPC said around 600 construction jobs would be created at the peak of the project.
F date 2042
F duration four years
F date 2044
O company DPC
F number 600
> Cllr Dermot Ó Fearghail, who represents Clontarf on Dublin City Council, said the noise conditions did not go far enough. “The port talks about ‘world-class mitigation’, but the people of East Wall and Clontarf will be listening to pile drivers at 7am,” he said.
P full Dermot Ó Fearghail
L city Clontarf
O government Dublin City Council
Q direct Dermot Ó Fearghail :: “The port talks about ‘world-class mitigation’, but the people of East Wall and Clontarf will be listening to pile drivers at 7am,”
L city East Wall
L city Clontarf
F time 7am
> The Clontarf Residents’ Association, which lodged one of the 412 objections to the plan, said it was “deeply disappointed”. Its chairwoman, Gráinne Lyster-Doyle, said members would meet on 24 April to decide whether to seek a judicial review.
O nonprofit Clontarf Residents’ Association
F number 412
Q direct Clontarf Residents’ Association :: “deeply disappointed”
P full Gráinne Lyster-Doyle
F date 24 April
> “We are not against the port. We are against a port that keeps creeping toward our front doors,” Ms Lyster-Doyle said.
Q direct Gráinne Lyster-Doyle :: “We are not against the port. We are against a port that keeps creeping toward our front doors,”
P partial Lyster-Doyle
> BirdWatch Ireland, which had warned that up to a third of the light-bellied brent geese wintering on the Bull Island mudflats could be displaced, called the habitat fund “a welcome start, and no more than that”.
O nonprofit BirdWatch Ireland
F fraction a third
L geo Bull Island
Q direct BirdWatch Ireland :: “a welcome start, and no more than that”
> A spokesperson for the Department of Transport said: “The port is critical national infrastructure. The decision is a matter for the commission and we will not be commenting on its detail.”
O government Department of Transport
Q direct - :: “The port is critical national infrastructure. The decision is a matter for the commission and we will not be commenting on its detail.”
'''

ARTICLES['1517-eskom-ends-load-reduction-soweto-meters-orlando-mail-guardian'] = r'''
> News
> ‘You can’t dry hair with a candle’: Eskom ends load reduction in 41 Soweto areas
Q direct Sipho Dlamini-Mokoena :: ‘You can’t dry hair with a candle’
O company Eskom
F number 41
L city Soweto
> The utility says a R3.2-billion meter and transformer programme has cut peak demand by 210MW, but analysts warn the gains are fragile
F money R3.2-billion
F quantity 210MW
> Lerato Mashiane-Kgosi
P full Lerato Mashiane-Kgosi
> 12 Sep 2040
F date 12 Sep 2040
> Traders on Vilakazi Street in Orlando West worked through the winter with generators. (THULANI MOTLHABANE-ROSS/M&G)
L street Vilakazi Street
L city Orlando West
P full THULANI MOTLHABANE-ROSS
O media M&G
> Eskom will stop load reduction in 41 Soweto areas from 1 October, ending a winter in which some households in Orlando, Meadowlands and Dobsonville went without power for up to eight hours a day.
O company Eskom
F number 41
L city Soweto
F date 1 October
L city Orlando
L city Meadowlands
L city Dobsonville
F duration eight hours
> The utility said on Tuesday that a R3.2-billion programme to replace overloaded transformers and install 96 000 split prepaid meters had cut peak demand in the affected areas by 18%, or about 210MW, since May.
F money R3.2-billion
F number 96 000
F percent 18%
F quantity 210MW
> “The numbers now make sense. When customers pay and the network is not overloaded by illegal connections, there is no reason to keep switching people off,” Eskom spokesperson Thandiwe Ngcobo-Marais said.
Q direct Thandiwe Ngcobo-Marais :: “The numbers now make sense. When customers pay and the network is not overloaded by illegal connections, there is no reason to keep switching people off,”
O company Eskom
P full Thandiwe Ngcobo-Marais
> Ngcobo-Marais said transformers in Soweto had tripped 312 times in the winter of 2039, compared with 47 times this winter, largely because fewer illegal connections, known locally as “izinyoka”, were overloading them. She said Soweto still owed Eskom about R21-billion in old arrears, a figure that had grown by R1.4-billion a year.
P partial Ngcobo-Marais
L city Soweto
F number 312
F date 2039
F number 47
Q scare - :: “izinyoka”
L city Soweto
O company Eskom
F money R21-billion
F money R1.4-billion
> For Sipho Dlamini-Mokoena, 46, who runs a hair salon and a car wash on Vilakazi Street, the announcement was overdue. “Four hours in the morning, another four hours at night. You can’t dry hair with a candle,” he said. “I spent R38 000 on a generator and R600 a week on petrol.”
P full Sipho Dlamini-Mokoena
F age 46
L street Vilakazi Street
Q direct Sipho Dlamini-Mokoena :: “Four hours in the morning, another four hours at night. You can’t dry hair with a candle,”
F duration Four hours
F duration four hours
Q direct Sipho Dlamini-Mokoena :: “I spent R38 000 on a generator and R600 a week on petrol.”
F money R38 000
F money R600
> Nationally, Eskom has not needed load-shedding above stage 2 since 2038, and the grid ended Monday evening’s peak with a reserve margin of 4 200MW.
O company Eskom
F date 2038
F quantity 4 200MW
> Energy analyst Dr Karabo Seleka-Horn of the University of Johannesburg said the end of load reduction showed what targeted spending could achieve, but warned that the gains were “fragile”.
P full Karabo Seleka-Horn
O education University of Johannesburg
Q direct Karabo Seleka-Horn :: “fragile”
> “Soweto is roughly a third of the city’s residential load. If the meters are bypassed again within two years, we will be right back where we started,” Seleka-Horn said.
Q direct Karabo Seleka-Horn :: “Soweto is roughly a third of the city’s residential load. If the meters are bypassed again within two years, we will be right back where we started,”
L city Soweto
F fraction a third
F duration two years
P partial Seleka-Horn
> City Power, which supplies most of the rest of Johannesburg, said it was watching the Soweto results closely and would present its own plan for split meters in Alexandra and Ivory Park to the council within 90 days.
O company City Power
L city Johannesburg
L city Soweto
L city Alexandra
L city Ivory Park
F duration 90 days
> An Eskom technician in Meadowlands, who asked not to be named because he is not authorised to speak to the media, said crews still found bridged meters every week. “We fix ten on Monday, and by Friday three are bypassed again,” he said.
O company Eskom
L city Meadowlands
Q direct - :: “We fix ten on Monday, and by Friday three are bypassed again,”
F number ten
F number three
> A spokesperson for Electricity and Energy Minister Lwazi Mthembu-Arendse said the minister had “welcomed” the decision and wanted the same approach extended to Alexandra, Tembisa and Mamelodi by March 2042.
P full Lwazi Mthembu-Arendse
Q direct - :: “welcomed”
L city Alexandra
L city Tembisa
L city Mamelodi
F date March 2042
'''

ARTICLES['1518-ridgecrest-magnitude-5-1-earthquake-southern-california-usgs-los-angeles-times'] = r'''
> California
L region California
> Magnitude 5.1 earthquake near Ridgecrest rattles Southern California; no serious injuries reported
F quantity Magnitude 5.1
L city Ridgecrest
L region Southern California
> The quake struck at 4:18 a.m. at a depth of about 5 miles and was felt from Bakersfield to Las Vegas. Dozens of aftershocks followed.
F time 4:18 a.m.
F quantity 5 miles
L city Bakersfield
L city Las Vegas
> By Daniela Orozco-Whitfield and Ethan Kaneshiro-Lowe
P full Daniela Orozco-Whitfield
P full Ethan Kaneshiro-Lowe
> Staff Writers
> Aug. 21, 2042 11:40 AM PT
F date Aug. 21, 2042
F time 11:40 AM PT
> A Kern County Fire Department engineer checks a cracked wall at a store on China Lake Boulevard in Ridgecrest on Thursday. (Marisol Etxeberria-Quan / Los Angeles Times)
O government Kern County Fire Department
L street China Lake Boulevard
L city Ridgecrest
P full Marisol Etxeberria-Quan
O media Los Angeles Times
> A magnitude 5.1 earthquake struck near Ridgecrest early Thursday, jolting residents awake across a wide swath of Southern California and knocking goods off store shelves in the high-desert city, but there were no immediate reports of serious injuries, officials said.
F quantity magnitude 5.1
L city Ridgecrest
L region Southern California
> The quake hit at 4:18 a.m. PDT about 11 miles north-northeast of Ridgecrest at a depth of 5.2 miles, according to the U.S. Geological Survey. It was felt as far away as Los Angeles, 150 miles to the south, and in Las Vegas.
F time 4:18 a.m. PDT
F quantity 11 miles
L city Ridgecrest
F quantity 5.2 miles
O government U.S. Geological Survey
L city Los Angeles
F quantity 150 miles
L city Las Vegas
> “This is right in the zone that ruptured in 2019, so it’s not a surprise to us,” said Priya Vasquez-Lindgren, a seismologist with the USGS in Pasadena. “That sequence left a lot of strain on the neighboring faults, and they’re still adjusting.”
Q direct Priya Vasquez-Lindgren :: “This is right in the zone that ruptured in 2019, so it’s not a surprise to us,”
F date 2019
P full Priya Vasquez-Lindgren
O government USGS
L city Pasadena
Q direct Priya Vasquez-Lindgren :: “That sequence left a lot of strain on the neighboring faults, and they’re still adjusting.”
> The 2019 sequence included a magnitude 7.1 quake on July 5, 2019. Vasquez-Lindgren said Thursday’s shock was not a sign of “the Big One” on the San Andreas fault, which lies about 75 miles to the southwest.
F date 2019
F quantity magnitude 7.1
F date July 5, 2019
P partial Vasquez-Lindgren
Q scare - :: “the Big One”
L geo San Andreas
F quantity 75 miles
> She put the chance of an aftershock of magnitude 5 or larger in the coming week at about 5%, and the chance of a larger quake at roughly 1%. By 10 a.m., the agency had recorded 64 aftershocks, the largest a magnitude 3.8 at 5:02 a.m.
F quantity magnitude 5
F percent 5%
F percent 1%
F time 10 a.m.
F number 64
F quantity magnitude 3.8
F time 5:02 a.m.
> Researchers at Caltech’s Seismological Laboratory said the strongest shaking lasted about 12 seconds in Ridgecrest and that the alert system gave people in Santa Clarita up to 40 seconds of warning.
O education Caltech
O education Seismological Laboratory
F duration 12 seconds
L city Ridgecrest
L city Santa Clarita
F duration 40 seconds
> Kern County Fire Department Capt. Rolando Teixeira-Boone said crews had checked 37 buildings in Ridgecrest and nearby Inyokern by midmorning and found cracked plaster, broken windows and a ruptured water line on Ridgecrest Boulevard, but no structural collapse. Two people were treated for minor cuts, he said.
O government Kern County Fire Department
P full Rolando Teixeira-Boone
F number 37
L city Ridgecrest
L city Inyokern
L street Ridgecrest Boulevard
F number Two
> “We’re treating every building like it might have been weakened twice now,” Teixeira-Boone said. “If you can fit a pencil in the crack, don’t go back inside until someone has looked at it.”
Q direct Rolando Teixeira-Boone :: “We’re treating every building like it might have been weakened twice now,”
P partial Teixeira-Boone
Q direct Rolando Teixeira-Boone :: “If you can fit a pencil in the crack, don’t go back inside until someone has looked at it.”
> Lorraine Abernathy-Cho, 71, said she was thrown against her dresser when the shaking began in her home off Las Flores Avenue. “It sounded like a freight train coming through the kitchen,” she said. “After 2019, I keep a bag by the door. I grabbed it, grabbed the dog and sat in the truck until the sun came up.”
P full Lorraine Abernathy-Cho
F age 71
L street Las Flores Avenue
Q direct Lorraine Abernathy-Cho :: “It sounded like a freight train coming through the kitchen,”
Q direct Lorraine Abernathy-Cho :: “After 2019, I keep a bag by the door. I grabbed it, grabbed the dog and sat in the truck until the sun came up.”
F date 2019
> Crews also inspected runways at Naval Air Weapons Station China Lake, next to the city, the Navy said. Caltrans reported no damage to U.S. 395 or State Route 178, and Kern County schools opened two hours late.
L facility Naval Air Weapons Station China Lake
O government Navy
O government Caltrans
L street U.S. 395
L street State Route 178
L region Kern County
F duration two hours
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
