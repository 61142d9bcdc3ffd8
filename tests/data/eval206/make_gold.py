#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval206 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval206/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1279-bengaluru-orange-line-metro-opens-jp-nagar-kempapura-bmrcl-times-of-india'] = r'''
> Bengaluru News
L city Bengaluru
> Namma Metro's Orange Line Opens to Public Today, BMRCL Eyes 1.5 Lakh Riders a Day
L facility Orange Line
O government BMRCL
F number 1.5 Lakh
> The 32.2km corridor between JP Nagar 4th Phase and Kempapura was built at a cost of Rs 15,611 crore, but commuters say feeder buses are still missing
F quantity 32.2km
L city JP Nagar 4th Phase
L city Kempapura
F money Rs 15,611 crore
> Nikhil Ramaiah / TNN / Updated: Nov 6, 2039, 05:48 IST
P full Nikhil Ramaiah
O media TNN
F date Nov 6, 2039
F time 05:48 IST
> Chief minister Siddalingappa Hosmane and Union minister Meenakshi Rao Deshpande on the first Orange Line train at Kempapura station on Saturday. (TOI photo by Manjunath Kalkere)
P full Siddalingappa Hosmane
P full Meenakshi Rao Deshpande
L facility Orange Line
L facility Kempapura
O media TOI
P full Manjunath Kalkere
> BENGALURU: Namma Metro's Orange Line, the first corridor of the project's third phase, opens to the public at 6am on Sunday, a day after chief minister Siddalingappa Hosmane flagged off the first train from Kempapura. The 32.2km line runs from JP Nagar 4th Phase in the south to Kempapura in the north, with 22 stations, and meets the Purple Line at Mysuru Road and the Blue Line at Hebbal.
L city BENGALURU
L facility Orange Line
F time 6am
P full Siddalingappa Hosmane
L facility Kempapura
F quantity 32.2km
L city JP Nagar 4th Phase
L city Kempapura
F number 22
L facility Purple Line
L facility Mysuru Road
L facility Blue Line
L facility Hebbal
> Built at a cost of Rs 15,611 crore, the line is the longest stretch the Bangalore Metro Rail Corporation Ltd (BMRCL) has opened in one go. BMRCL expects 1.5 lakh passengers a day within three months, rising to 4.8 lakh by 2045, when the 18 trains on the line will be joined by 12 more.
F money Rs 15,611 crore
O government Bangalore Metro Rail Corporation Ltd
O government BMRCL
O government BMRCL
F number 1.5 lakh
F duration three months
F number 4.8 lakh
F date 2045
F number 18
F number 12
> "For 15 years the people of this city were told the metro is coming. Today it has come to their doorstep," Hosmane said at the flag-off, attended by Union minister for housing and urban affairs Meenakshi Rao Deshpande. "This is not the end. By 2042, Bengaluru will have 300km of metro and no home in the city will be more than two kilometres from a station."
Q direct Siddalingappa Hosmane :: "For 15 years the people of this city were told the metro is coming. Today it has come to their doorstep,"
F duration 15 years
P partial Hosmane
P full Meenakshi Rao Deshpande
Q direct Siddalingappa Hosmane :: "This is not the end. By 2042, Bengaluru will have 300km of metro and no home in the city will be more than two kilometres from a station."
F date 2042
L city Bengaluru
F quantity 300km
F quantity two kilometres
> Deshpande said the Centre had paid 20% of the line's cost and was "actively considering" Karnataka's proposal for the Hosahalli-Kadabagere corridor.
P partial Deshpande
O government Centre
F percent 20%
Q direct Meenakshi Rao Deshpande :: "actively considering"
L region Karnataka
L city Hosahalli
L city Kadabagere
> Fares range from Rs 10 to Rs 90. Trains will run every eight minutes at peak hours between 6am and 11pm and every 15 minutes at other times, BMRCL managing director Vasudha Nanjundaswamy said. "Until the six-coach trains arrive in March 2040, we are running three-coach trains, so the first few weeks will be crowded," she said.
F money Rs 10
F money Rs 90
F duration eight minutes
F time 6am
F time 11pm
F duration 15 minutes
O government BMRCL
P full Vasudha Nanjundaswamy
Q direct Vasudha Nanjundaswamy :: "Until the six-coach trains arrive in March 2040, we are running three-coach trains, so the first few weeks will be crowded,"
F number six
F date March 2040
F number three
> For Pavithra Gowda, 29, a software tester who lives near Hebbal and works in JP Nagar, the line cuts a 90-minute bus ride to 41 minutes. "I used to change buses at the Silk Board junction every day. My mother would call and ask, 'Have you reached or are you still at Silk Board?'
P full Pavithra Gowda
F age 29
L city Hebbal
L city JP Nagar
F duration 90-minute
F duration 41 minutes
Q direct Pavithra Gowda :: "I used to change buses at the Silk Board junction every day. My mother would call and ask, 'Have you reached or are you still at Silk Board?'
L facility Silk Board
L facility Silk Board
> "Now I will be home before dinner. But the station is 1.5km from my house and there is no bus," she said.
Q direct Pavithra Gowda :: "Now I will be home before dinner. But the station is 1.5km from my house and there is no bus,"
F quantity 1.5km
> That "last-mile" gap is the biggest complaint. A senior BMRCL official, who did not wish to be named, said feeder buses run by the Bangalore Metropolitan Transport Corporation (BMTC) would start only in December. "We asked BMTC for 120 buses. We have got 40," the official said.
Q scare - :: "last-mile"
O government BMRCL
O government Bangalore Metropolitan Transport Corporation
O government BMTC
Q direct - :: "We asked BMTC for 120 buses. We have got 40,"
O government BMTC
F number 120
F number 40
> Parking is another worry. Only nine of the 22 stations have parking, with space for 1,350 scooters and motorcycles and 260 cars, and residents' welfare associations in Kothnur and Jakkur have already complained to the BMRCL about scooters parked on their streets.
F number nine
F number 22
F number 1,350
F number 260
L city Kothnur
L city Jakkur
O government BMRCL
> Work on the line began in 2031 and was delayed by 26 months because of land acquisition at 11 stations, Nanjundaswamy said. Its original deadline was December 2037.
F date 2031
F duration 26 months
F number 11
P partial Nanjundaswamy
F date December 2037
'''

ARTICLES['1280-crystal-palace-wolves-3-2-valcu-stoppage-time-winner-selhurst-park-sky-sports'] = r'''
> Premier League
O other Premier League
> Crystal Palace 3-2 Wolves: Teodor Vâlcu heads stoppage-time winner in Selhurst Park thriller
O team Crystal Palace
F score 3-2
O team Wolves
P full Teodor Vâlcu
L facility Selhurst Park
> Report and free match highlights as Crystal Palace come from 2-1 down to beat Wolves 3-2 in the Premier League; Marcus St. Clair opened the scoring before Rúben Azevedo da Silva and Yusuf Demirel turned it round; Vâlcu won it in the 94th minute
O team Crystal Palace
F score 2-1
O team Wolves
F score 3-2
O other Premier League
P full Marcus St. Clair
P full Rúben Azevedo da Silva
P full Yusuf Demirel
P partial Vâlcu
> Elin Harrow, Football Reporter at Selhurst Park @ElinHarrowSky
P full Elin Harrow
L facility Selhurst Park
> Saturday 14 April 2040 19:52, UK
F date 14 April 2040
F time 19:52
L country UK
> Image: Teodor Vâlcu celebrates after heading Crystal Palace's winner against Wolves
P full Teodor Vâlcu
O team Crystal Palace
O team Wolves
> Teodor Vâlcu headed in four minutes into stoppage time as Crystal Palace came from behind to beat Wolves 3-2 at Selhurst Park, lifting the Eagles to ninth and leaving Jens-Peter Lindqvist's side only three points above the relegation zone.
P full Teodor Vâlcu
F duration four minutes
O team Crystal Palace
O team Wolves
F score 3-2
L facility Selhurst Park
O team Eagles
P full Jens-Peter Lindqvist
F number three
> Marcus St. Clair gave Palace an 11th-minute lead, steering in Kieran Fahy's low cross from 12 yards. Wolves were level on 30 minutes when Rúben Azevedo da Silva curled a free-kick from 25 yards into the top corner, and Yusuf Demirel put the visitors ahead eight minutes after the break, sliding in at the far post to finish Azevedo da Silva's cut-back.
P full Marcus St. Clair
O team Palace
P full Kieran Fahy
F quantity 12 yards
O team Wolves
F duration 30 minutes
P full Rúben Azevedo da Silva
F quantity 25 yards
P full Yusuf Demirel
F duration eight minutes
P partial Azevedo da Silva
> Oliver Ashcombe's side kept coming in front of a crowd of 25,311. Substitute Ilesanmi Okonkwo-Hart, on for only six minutes, equalised with 12 minutes left when his shot deflected off Wolves captain Lucas Brandão, and Vâlcu then rose above goalkeeper Dean Maddox to meet Fahy's corner and send the Holmesdale Road end into raptures.
P full Oliver Ashcombe
F number 25,311
P full Ilesanmi Okonkwo-Hart
F duration six minutes
F duration 12 minutes
O team Wolves
P full Lucas Brandão
P partial Vâlcu
P full Dean Maddox
P partial Fahy
L facility Holmesdale Road
> It was the Romanian's ninth goal of the season and his first header since a £21m move from Dinamo Bucharest in August 2038.
F money £21m
O team Dinamo Bucharest
F date August 2038
> Palace had 58 per cent of possession and 17 shots to Wolves' nine, but they were twice caught out by set-pieces, a weakness Ashcombe admitted had "kept me awake" all week.
O team Palace
F percent 58 per cent
F number 17
O team Wolves
F number nine
P partial Ashcombe
Q direct Oliver Ashcombe :: "kept me awake"
> What the managers said
> Palace manager Oliver Ashcombe told Sky Sports: "At 2-1 down you can sit back and take a point, or you can go and win it. The players chose to win it, and Selhurst Park carried them.
O team Palace
P full Oliver Ashcombe
O media Sky Sports
Q direct Oliver Ashcombe :: "At 2-1 down you can sit back and take a point, or you can go and win it. The players chose to win it, and Selhurst Park carried them.
F score 2-1
L facility Selhurst Park
> "Teo has been carrying a knock for three weeks. This morning he said to me, 'Gaffer, I'll give you 90 minutes or I'll die trying.' He nearly did both," he said, laughing.
Q direct Oliver Ashcombe :: "Teo has been carrying a knock for three weeks. This morning he said to me, 'Gaffer, I'll give you 90 minutes or I'll die trying.' He nearly did both,"
P partial Teo
F duration three weeks
F duration 90 minutes
> Wolves head coach Jens-Peter Lindqvist said his players had "switched off" at set-pieces for the third game running. "We concede two goals from corners. In the Premier League that is a crime," the Swede said. "We have six games left and we need maybe two wins. I still believe we get them."
O team Wolves
P full Jens-Peter Lindqvist
Q direct Jens-Peter Lindqvist :: "switched off"
Q direct Jens-Peter Lindqvist :: "We concede two goals from corners. In the Premier League that is a crime,"
F number two
O other Premier League
Q direct Jens-Peter Lindqvist :: "We have six games left and we need maybe two wins. I still believe we get them."
F number six
F number two
> Wolves said in a statement that Demirel, who limped off late on, had gone to Croydon University Hospital for a scan on his right ankle "as a precaution".
O team Wolves
P partial Demirel
O other Croydon University Hospital
Q direct Wolverhampton Wanderers :: "as a precaution"
> Palace travel to Newcastle on April 21, while Wolverhampton Wanderers host Aston Villa at Molineux two days later in an 8pm kick-off.
O team Palace
O team Newcastle
F date April 21
O team Wolverhampton Wanderers
O team Aston Villa
L facility Molineux
F duration two days
F time 8pm
> Man of the match: Teodor Vâlcu
P full Teodor Vâlcu
'''

ARTICLES['1281-okehampton-bay-salmon-lease-expansion-triabunna-orford-epa-abc-news'] = r'''
> 'Our bay is not a feedlot': Triabunna residents fight plan to more than double salmon lease
Q direct Rosalind Tierney :: 'Our bay is not a feedlot'
L city Triabunna
> ABC Hobart
O media ABC Hobart
> By Sascha Pettigrew
P full Sascha Pettigrew
> Posted Tue 12 Mar 2041 at 5:30am, updated Tue 12 Mar 2041 at 9:05am
F date 12 Mar 2041
F time 5:30am
F date 12 Mar 2041
F time 9:05am
> In short:
> Spring Bay Seafarms wants to grow its Okehampton Bay lease from 24 to 60 hectares and produce up to 9,500 tonnes of salmon a year.
O company Spring Bay Seafarms
L geo Okehampton Bay
F number 24
F quantity 60 hectares
F quantity 9,500 tonnes
> Residents of Triabunna and Orford say the pens will foul the water near Maria Island National Park.
L city Triabunna
L city Orford
L geo Maria Island National Park
> What's next?
> The Environment Protection Authority will take public comments for 28 days before deciding.
O government Environment Protection Authority
F duration 28 days
> Rosalind Tierney has swum at Okehampton Bay every summer since 1979. (ABC Hobart: Sascha Pettigrew)
P full Rosalind Tierney
L geo Okehampton Bay
F date 1979
O media ABC Hobart
P full Sascha Pettigrew
> A salmon company's plan to more than double the size of its lease on Tasmania's east coast has angered residents of Triabunna, who say the bay they grew up swimming in is being turned into an industrial site.
L region Tasmania
L city Triabunna
> Spring Bay Seafarms, which is owned by a Hobart-based family company, has applied to expand its Okehampton Bay lease from 24 hectares to 60 hectares and to lift its production limit from 3,000 tonnes to 9,500 tonnes of fish a year.
O company Spring Bay Seafarms
L city Hobart
L geo Okehampton Bay
F quantity 24 hectares
F quantity 60 hectares
F quantity 3,000 tonnes
F quantity 9,500 tonnes
> "Our bay is not a feedlot. We have swum here, fished here and scattered our parents' ashes here," said Rosalind Tierney, 74, who has lived in Triabunna since 1979. "My grandchildren should be able to do the same."
Q direct Rosalind Tierney :: "Our bay is not a feedlot. We have swum here, fished here and scattered our parents' ashes here,"
P full Rosalind Tierney
F age 74
L city Triabunna
F date 1979
Q direct Rosalind Tierney :: "My grandchildren should be able to do the same."
> The company's chief executive, Anneke van der Linde, said the expansion would create 85 jobs in the Glamorgan Spring Bay municipality and bring $120 million in investment over 10 years.
P full Anneke van der Linde
F number 85
L region Glamorgan Spring Bay
F money $120 million
F duration 10 years
> "Triabunna was built on the woodchip mill. When the mill closed, this town lost its heart," Ms van der Linde said. "We are offering 85 full-time jobs, and most of them will go to locals."
Q direct Anneke van der Linde :: "Triabunna was built on the woodchip mill. When the mill closed, this town lost its heart,"
L city Triabunna
P partial van der Linde
Q direct Anneke van der Linde :: "We are offering 85 full-time jobs, and most of them will go to locals."
F number 85
> She said the new pens would sit 4 kilometres offshore, in deeper water in Mercury Passage, and that fish numbers would be capped at 2.2 million.
F quantity 4 kilometres
L geo Mercury Passage
F number 2.2 million
> The Environment Protection Authority (EPA) said in a statement it would assess the proposal against "the same strict limits on nitrogen that apply in Storm Bay and the D'Entrecasteaux Channel". The EPA will take comments until April 9 and expects to decide by August.
O government Environment Protection Authority
O government EPA
Q direct Environment Protection Authority :: "the same strict limits on nitrogen that apply in Storm Bay and the D'Entrecasteaux Channel"
L geo Storm Bay
L geo D'Entrecasteaux Channel
O government EPA
F date April 9
> Lyons MP Bridget Kanowski-Hale, of the Greens, said the EPA had approved "every single expansion" put to it since 2031. "The regulator is a rubber stamp with a logo," she said.
L region Lyons
P full Bridget Kanowski-Hale
O party Greens
O government EPA
Q direct Bridget Kanowski-Hale :: "every single expansion"
F date 2031
Q direct Bridget Kanowski-Hale :: "The regulator is a rubber stamp with a logo,"
> A spokesperson for the Primary Industries Minister said the government supported the "sustainable growth" of an industry that employs about 5,200 Tasmanians and was worth $1.9 billion last financial year.
Q direct - :: "sustainable growth"
F number 5,200
F money $1.9 billion
> Oyster grower Tom Heazlewood, 51, who farms at Little Swanport, about 30 kilometres north, said nutrient plumes from the pens could reach his leases within two tides. "We've seen what happened on the west coast. I'm not against salmon, I'm against being next," he said.
P full Tom Heazlewood
F age 51
L city Little Swanport
F quantity 30 kilometres
F number two
Q direct Tom Heazlewood :: "We've seen what happened on the west coast. I'm not against salmon, I'm against being next,"
> Glamorgan Spring Bay Council Mayor Jenny Eastoe-Smith said the council would make a submission after a community meeting at the Triabunna Town Hall on March 21 at 6:30pm.
O government Glamorgan Spring Bay Council
P full Jenny Eastoe-Smith
L facility Triabunna Town Hall
F date March 21
F time 6:30pm
'''

ARTICLES['1282-lat-krabang-prawet-flood-barrier-khlong-saen-saep-bma-bangkok-post'] = r'''
> General
> BMA Approves B4.8bn Flood Barrier to Shield Eastern Districts
O government BMA
F money B4.8bn
> 18km wall along Khlong Prawet and Khlong Saen Saep to protect 310,000 residents after record 312mm downpour
F quantity 18km
L geo Khlong Prawet
L geo Khlong Saen Saep
F number 310,000
F quantity 312mm
> PUBLISHED : 18 Aug 2040 at 04:00
F date 18 Aug 2040
F time 04:00
> WRITER: Apinya Srisuwan
P full Apinya Srisuwan
> Residents wade through floodwater on Soi On Nut 65 in Prawet district on Aug 9. (Photo: Chanwit Boonmak)
L street Soi On Nut 65
L region Prawet
F date Aug 9
P full Chanwit Boonmak
> The Bangkok Metropolitan Administration (BMA) has approved a 4.8-billion-baht flood barrier along two canals in eastern Bangkok, after a record downpour earlier this month left parts of Prawet, Lat Krabang and Min Buri districts under water for nine days.
O government Bangkok Metropolitan Administration
O government BMA
F money 4.8-billion-baht
F number two
L city Bangkok
L region Prawet
L region Lat Krabang
L region Min Buri
F duration nine days
> The 18-kilometre concrete wall, to be built along Khlong Prawet Burirom and Khlong Saen Saep, will stand 1.2 metres above the current banks and will include 14 pumping stations, Bangkok governor Thanawat Rattanachai said on Friday.
F quantity 18-kilometre
L geo Khlong Prawet Burirom
L geo Khlong Saen Saep
F quantity 1.2 metres
F number 14
L city Bangkok
P full Thanawat Rattanachai
> "We cannot stop the rain, but we can stop the water from staying in people's homes for nine days," Mr Thanawat said. "The barrier will be finished before the 2042 rainy season.
Q direct Thanawat Rattanachai :: "We cannot stop the rain, but we can stop the water from staying in people's homes for nine days,"
F duration nine days
P partial Thanawat
Q direct Thanawat Rattanachai :: "The barrier will be finished before the 2042 rainy season.
F date 2042
> "If the contractors are late, they will pay. I have told them: 'No more flooded houses in Lat Krabang.'"
Q direct Thanawat Rattanachai :: "If the contractors are late, they will pay. I have told them: 'No more flooded houses in Lat Krabang.'"
L region Lat Krabang
> According to the Thai Meteorological Department (TMD), 312 millimetres of rain fell on Lat Krabang in 24 hours on Aug 6-7, the highest daily total ever recorded at Suvarnabhumi Airport.
O government Thai Meteorological Department
O government TMD
F quantity 312 millimetres
L region Lat Krabang
F duration 24 hours
F date Aug 6-7
L facility Suvarnabhumi Airport
> The TMD said August rainfall in the capital had reached 540mm by Thursday, 85% above the 30-year average.
O government TMD
F quantity 540mm
F percent 85%
F duration 30-year
> About 310,000 people live in the area the wall will protect, including 42 housing estates and the Lat Krabang Industrial Estate, home to 250 factories and 60,000 workers.
F number 310,000
F number 42
L facility Lat Krabang Industrial Estate
F number 250
F number 60,000
> The Royal Irrigation Department (RID), which controls the floodgates on both canals, said it would lower water levels in Khlong Saen Saep by 40 centimetres before the next heavy rain. An RID engineer, who asked not to be named, said the wall alone would not be enough. "Bangkok is sinking about 1cm a year in the east. You can build a wall, but in 20 years you will need a taller one," he said.
O government Royal Irrigation Department
O government RID
L geo Khlong Saen Saep
F quantity 40 centimetres
O government RID
Q direct - :: "Bangkok is sinking about 1cm a year in the east. You can build a wall, but in 20 years you will need a taller one,"
L city Bangkok
F quantity 1cm
F duration 20 years
> Somsri Kaewmanee, 63, who runs a noodle shop in Lat Krabang, said water reached her knees on Aug 7 and stayed for more than a week. "The city called it a 'once in 50 years' rain. It was the third time since 2035," Ms Somsri said.
P full Somsri Kaewmanee
F age 63
L region Lat Krabang
F date Aug 7
Q direct Somsri Kaewmanee :: "The city called it a 'once in 50 years' rain. It was the third time since 2035,"
F duration 50 years
F date 2035
P partial Somsri
> Construction is expected to start in January 2041. The Drainage and Sewerage Department of the BMA will put the work out to tender within 60 days, with the contract split into three sections, its director-general Dr Korakot Siriwattana said.
F date January 2041
O government Drainage and Sewerage Department
O government BMA
F duration 60 days
F number three
P full Korakot Siriwattana
> Bangkok Metropolitan Council member Naruemon Chaiyasit, who represents Min Buri, said the 4.8 billion baht would be better spent on dredging clogged drains, and that a wall without working pumps would turn her district into "a bathtub".
O government Bangkok Metropolitan Council
P full Naruemon Chaiyasit
L region Min Buri
F money 4.8 billion baht
Q direct Naruemon Chaiyasit :: "a bathtub"
'''

ARTICLES['1283-los-pelambres-copper-mine-strike-antofagasta-salamanca-coquimbo-chile-reuters'] = r'''
> Workers at Antofagasta's Los Pelambres copper mine in Chile go on strike
O company Antofagasta
L facility Los Pelambres
L country Chile
> By Paulina Echeverría and Tomás Urrutia
P full Paulina Echeverría
P full Tomás Urrutia
> March 5, 2040 6:47 PM UTC
F date March 5, 2040
F time 6:47 PM UTC
> A truck drives past the Los Pelambres copper mine in Salamanca, Chile, in this undated handout photo. Antofagasta Minerals/Handout via REUTERS
L facility Los Pelambres
L city Salamanca
L country Chile
O company Antofagasta Minerals
O media REUTERS
> SANTIAGO, March 5 (Reuters) - About 1,100 workers at Antofagasta Plc's Los Pelambres copper mine in central Chile walked off the job on Monday after wage talks collapsed, the mine's largest union said, in the first strike at the operation since 2028.
L city SANTIAGO
F date March 5
O media Reuters
F number 1,100
O company Antofagasta Plc
L facility Los Pelambres
L country Chile
F date 2028
> Los Pelambres, in the Coquimbo region about 200 kilometers (124 miles) north of Santiago, produced 318,000 metric tons of copper last year, or about 5.7% of Chile's output.
L facility Los Pelambres
L region Coquimbo
F quantity 200 kilometers
F quantity 124 miles
L city Santiago
F quantity 318,000 metric tons
F percent 5.7%
L country Chile
> The Minera Los Pelambres Union No. 1 said members had rejected the company's final offer of a 4.2% real wage rise and a one-off bonus of 24 million pesos ($25,300) per worker. The union is seeking 6% and 32 million pesos.
O nonprofit Minera Los Pelambres Union No. 1
F percent 4.2%
F money 24 million pesos
F money $25,300
F percent 6%
F money 32 million pesos
> "The company made record profits on the back of our work, and it offers us crumbs," union president Héctor Valdebenito said by phone from the picket line at the mine's gate near Salamanca. "We are not going back until there is a serious offer on the table."
Q direct Héctor Valdebenito :: "The company made record profits on the back of our work, and it offers us crumbs,"
P full Héctor Valdebenito
L city Salamanca
Q direct Héctor Valdebenito :: "We are not going back until there is a serious offer on the table."
> Valdebenito said workers had voted 91% in favor of the strike in a ballot last week. "Our members are not asking for luxuries. They are asking for a share of 'the best copper price in 15 years,' which is what the company told its own shareholders," he said.
P partial Valdebenito
F percent 91%
Q direct Héctor Valdebenito :: "Our members are not asking for luxuries. They are asking for a share of 'the best copper price in 15 years,' which is what the company told its own shareholders,"
F duration 15 years
> Antofagasta Minerals, the Chilean unit of London-listed Antofagasta, said in a statement that its offer was "among the best in the industry" and that the mine was operating at reduced capacity with supervisors and contractors. It did not say how much output would be lost.
O company Antofagasta Minerals
L city London
O company Antofagasta
Q direct Antofagasta Minerals :: "among the best in the industry"
> A company spokesperson, who asked not to be identified, said talks could resume "within days" under government mediation.
Q direct - :: "within days"
> Chile's Labor Directorate, which oversees collective bargaining, has five working days to offer mediation if either side requests it under the labor code.
L country Chile
O government Labor Directorate
F duration five working days
> Copper prices on the London Metal Exchange rose 1.4% to $11,860 a metric ton after news of the strike, their highest since Feb. 12.
O company London Metal Exchange
F percent 1.4%
F money $11,860
F date Feb. 12
> Los Pelambres ships its concentrate through a 53-km pipeline to its Punta Chungo terminal at Los Vilos, on the Pacific coast about 120 km (75 miles) to the west.
L facility Los Pelambres
F quantity 53-km
L facility Punta Chungo
L city Los Vilos
L geo Pacific
F quantity 120 km
F quantity 75 miles
> Chile, the world's biggest copper producer, has seen a string of labor disputes this year. In January, Codelco's El Teniente division in the O'Higgins region settled a two-week strike, while BHP's Escondida mine, in the Antofagasta region, signed a three-year contract in February without a stoppage.
L country Chile
O company Codelco
L facility El Teniente
L region O'Higgins
F duration two-week
O company BHP
L facility Escondida
L region Antofagasta
F duration three-year
> Analysts at Cochilco, the state copper commission, said a strike of more than a week could cost Chile about 1,000 tons of output a day.
O government Cochilco
L country Chile
F quantity 1,000 tons
> Shares in Antofagasta fell 2.3% to 1,642 pence in London.
O company Antofagasta
F percent 2.3%
F money 1,642 pence
L city London
> (Reporting by Paulina Echeverría in Santiago; Additional reporting by Rhys Dalgleish in London; Editing by Marguerite Oyelaran)
P full Paulina Echeverría
L city Santiago
P full Rhys Dalgleish
L city London
P full Marguerite Oyelaran
'''

ARTICLES['1284-sagamore-bridge-new-span-traffic-switch-bourne-massdot-cape-cod-times'] = r'''
> Sagamore Bridge traffic moves to new span in May. Here's what drivers need to know.
L facility Sagamore Bridge
> Callie Wojcik
P full Callie Wojcik
> Cape Cod Times
O media Cape Cod Times
> Published 5:12 a.m. ET Oct. 9, 2040
F time 5:12 a.m. ET
F date Oct. 9, 2040
> Work continues on the new Sagamore Bridge, left, beside the 1935 span over the Cape Cod Canal in Bourne on Monday. Tobias Haney/Cape Cod Times
L facility Sagamore Bridge
F date 1935
L geo Cape Cod Canal
L city Bourne
P full Tobias Haney
O media Cape Cod Times
> BOURNE — Drivers heading onto the Cape will cross the Cape Cod Canal on the new Sagamore Bridge for the first time on May 14, when traffic in both directions moves off the old span, which opened in 1935, state transportation officials said Monday.
L city BOURNE
L geo Cape
L geo Cape Cod Canal
L facility Sagamore Bridge
F date May 14
F date 1935
> The Massachusetts Department of Transportation said the new bridge will open with two lanes in each direction. A third lane each way and a shared-use path will follow once the old bridge is demolished in 2041 and 2042.
O government Massachusetts Department of Transportation
F number two
F date 2041
F date 2042
> The $1.74 billion replacement of the Sagamore Bridge is paid for with a $933 million federal grant, $700 million from the state and $107 million from the U.S. Army Corps of Engineers, which has owned and run both canal bridges since they opened.
F money $1.74 billion
L facility Sagamore Bridge
F money $933 million
F money $700 million
F money $107 million
O government U.S. Army Corps of Engineers
> “For the first two weeks, expect delays. People have waited 20 years for this bridge, and they can wait another 20 minutes,” said Inês Medeiros Furtado, MassDOT’s highway administrator. “After that, the new lanes are 12 feet wide with full shoulders, and the ‘canal crawl’ should be history.”
Q direct Inês Medeiros Furtado :: “For the first two weeks, expect delays. People have waited 20 years for this bridge, and they can wait another 20 minutes,”
F duration two weeks
F duration 20 years
F duration 20 minutes
P full Inês Medeiros Furtado
O government MassDOT
Q direct Inês Medeiros Furtado :: “After that, the new lanes are 12 feet wide with full shoulders, and the ‘canal crawl’ should be history.”
F quantity 12 feet
> Before the switch, the bridge will close to all traffic from 9 p.m. to 5 a.m. on four nights, April 22 to April 25, while crews tie Route 6 into the new ramps, Medeiros Furtado said. Detours will send drivers over the Bourne Bridge, about 3 miles west, and through Sandwich on Route 6A.
F time 9 p.m.
F time 5 a.m.
F number four
F date April 22
F date April 25
L street Route 6
P partial Medeiros Furtado
L facility Bourne Bridge
F quantity 3 miles
L city Sandwich
L street Route 6A
> About 35,000 vehicles cross the Sagamore on an average day, and more than 60,000 on summer Saturdays, according to the Cape Cod Commission.
F number 35,000
L facility Sagamore
F number 60,000
O government Cape Cod Commission
> Ruth Kiernan-Baptiste, 66, who has run a breakfast spot in Sagamore since 1998, said five years of construction had cost her about a third of her summer trade. “I’ve had dust on my windows since 2035. People in Boston think the canal is a traffic jam with water under it.
P full Ruth Kiernan-Baptiste
F age 66
L city Sagamore
F date 1998
F duration five years
F fraction a third
Q direct Ruth Kiernan-Baptiste :: “I’ve had dust on my windows since 2035. People in Boston think the canal is a traffic jam with water under it.
F date 2035
L city Boston
> “But I walked out on the new bridge at the open house in September and I cried a little. It is beautiful. I just hope I’m still open when it’s finished,” she said.
Q direct Ruth Kiernan-Baptiste :: “But I walked out on the new bridge at the open house in September and I cried a little. It is beautiful. I just hope I’m still open when it’s finished,”
> A spokesperson for the Army Corps said the state will take ownership of the new bridge once it opens. “The Corps has looked after these bridges for more than a century. We are proud to hand them over in good shape,” the spokesperson said.
O government Army Corps
Q direct - :: “The Corps has looked after these bridges for more than a century. We are proud to hand them over in good shape,”
O government Corps
> The Bourne Select Board voted 4-1 last week to ask MassDOT for police details at the Scenic Highway ramps during the switch. Member Jared Mendes-Wolcott cast the no vote, saying “the state should pay for its own traffic cops.”
O government Bourne Select Board
F number 4-1
O government MassDOT
L street Scenic Highway
P full Jared Mendes-Wolcott
Q direct Jared Mendes-Wolcott :: “the state should pay for its own traffic cops.”
> The replacement of the Bourne Bridge, estimated at $1.2 billion, is not expected to begin until 2043.
L facility Bourne Bridge
F money $1.2 billion
F date 2043
> Contact Callie Wojcik at cwojcik@capecodonline.com.
P full Callie Wojcik
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
