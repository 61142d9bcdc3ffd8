#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval229 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval229/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1417-cowell-kingfish-farm-licence-franklin-harbour-lucky-bay-abc-news'] = r'''
> ABC Eyre Peninsula
O media ABC Eyre Peninsula
> Kingfish farm licence granted for Franklin Harbour as Cowell oyster growers warn of 'a dead zone'
L geo Franklin Harbour
L city Cowell
Q direct Dallas Penhall :: 'a dead zone'
> In short: South Australia's Primary Industries Minister has granted a 10-year licence for a 4,800-tonne yellowtail kingfish farm off Cowell.
L region South Australia
F duration 10-year
F quantity 4,800-tonne
L city Cowell
> By Tamsin Kerrigan-Wood
P full Tamsin Kerrigan-Wood
> Posted Wed 6 Jul 2039 at 6:12am, updated Wed 6 Jul 2039 at 11:40am
F date 6 Jul 2039
F time 6:12am
F date 6 Jul 2039
F time 11:40am
> Oyster grower Dallas Penhall on the foreshore at Cowell, about 4 kilometres from the proposed pens. (ABC Eyre Peninsula: Jasper Nguyen-Holt)
P full Dallas Penhall
L city Cowell
F quantity 4 kilometres
O media ABC Eyre Peninsula
P full Jasper Nguyen-Holt
> A company has been granted a licence to farm up to 4,800 tonnes of yellowtail kingfish a year in Franklin Harbour, on South Australia's Eyre Peninsula, despite objections from the local council and oyster growers in the nearby town of Cowell.
F quantity 4,800 tonnes
L geo Franklin Harbour
L region South Australia
L region Eyre Peninsula
L city Cowell
> Primary Industries Minister Rhiannon Delacey-Marsh announced on Tuesday that Adelaide-based Spencer Blue Aquaculture would receive a 10-year licence covering 62 hectares of water about 4 kilometres south-east of the town.
P full Rhiannon Delacey-Marsh
L city Adelaide
O company Spencer Blue Aquaculture
F duration 10-year
F quantity 62 hectares
F quantity 4 kilometres
> "This is a $38 million investment that will create 45 jobs on the Eyre Peninsula and help meet strong demand for South Australian seafood," Ms Delacey-Marsh said.
Q direct Rhiannon Delacey-Marsh :: "This is a $38 million investment that will create 45 jobs on the Eyre Peninsula and help meet strong demand for South Australian seafood,"
F money $38 million
F number 45
L region Eyre Peninsula
P partial Delacey-Marsh
> "The licence carries some of the strictest conditions we have ever set, including nitrogen monitoring every 14 days and a cap on stocking density.
Q direct Rhiannon Delacey-Marsh :: "The licence carries some of the strictest conditions we have ever set, including nitrogen monitoring every 14 days and a cap on stocking density.
F duration 14 days
> "If those conditions are breached, the licence can be suspended."
Q direct Rhiannon Delacey-Marsh :: "If those conditions are breached, the licence can be suspended."
> Spencer Blue chief executive Marco Abbatangelo-Reyes said the first fish would go into the water in March 2040, with the first harvest expected about 18 months later.
O company Spencer Blue
P full Marco Abbatangelo-Reyes
F date March 2040
F duration 18 months
> He said the company had chosen the site for its "deep, well-flushed water" and its distance from the oyster leases.
Q direct Marco Abbatangelo-Reyes :: "deep, well-flushed water"
> 'Like parking a feedlot in a paddling pool'
Q direct Dallas Penhall :: 'Like parking a feedlot in a paddling pool'
> The Franklin Harbour Oyster Growers Association says 60 per cent of its members' leases lie within 6 kilometres of the pens, and fears waste from the farm will feed algal blooms.
O nonprofit Franklin Harbour Oyster Growers Association
F percent 60 per cent
F quantity 6 kilometres
> Association president Dallas Penhall, 58, has farmed oysters at Cowell for 31 years.
P full Dallas Penhall
F age 58
L city Cowell
F duration 31 years
> "Franklin Harbour is shallow and it doesn't flush like the open gulf. You put 4,800 tonnes of fish in there and you'll have a dead zone in summer. It's like parking a feedlot in a paddling pool," Mr Penhall said.
Q direct Dallas Penhall :: "Franklin Harbour is shallow and it doesn't flush like the open gulf. You put 4,800 tonnes of fish in there and you'll have a dead zone in summer. It's like parking a feedlot in a paddling pool,"
L geo Franklin Harbour
F quantity 4,800 tonnes
P partial Penhall
> "Nobody from the department ever came and asked us. My dad used to say, 'If the water goes, the town goes,' and he was right."
Q direct Dallas Penhall :: "Nobody from the department ever came and asked us. My dad used to say, 'If the water goes, the town goes,' and he was right."
> Franklin Harbour Mayor Bernadette O'Loughlin-Tapp said the council's submission, signed by 412 residents, had been "ignored".
L region Franklin Harbour
P full Bernadette O'Loughlin-Tapp
F number 412
Q direct Bernadette O'Loughlin-Tapp :: "ignored"
> "We are not against aquaculture. Tuna and kingfish have kept Port Lincoln alive," she said. "But this is the wrong bay, and the community was told, not consulted."
Q direct Bernadette O'Loughlin-Tapp :: "We are not against aquaculture. Tuna and kingfish have kept Port Lincoln alive,"
L city Port Lincoln
Q direct Bernadette O'Loughlin-Tapp :: "But this is the wrong bay, and the community was told, not consulted."
> The council voted 6-1 last month to seek a review in the Environment, Resources and Development Court (ERD Court), which must hear the case within 60 days.
F number 6-1
O government Environment, Resources and Development Court
O government ERD Court
F duration 60 days
> The Conservation Council SA said the licence set "a dangerous precedent" for Spencer Gulf, where existing farms already produce about 3,000 tonnes of kingfish a year.
O nonprofit Conservation Council SA
Q direct Conservation Council SA :: "a dangerous precedent"
L geo Spencer Gulf
F quantity 3,000 tonnes
> A spokesperson for Primary Industries and Regions SA (PIRSA) said the farm's waste would be modelled "in real time" and that the company had lodged a $1.2 million environmental bond.
O government Primary Industries and Regions SA
O government PIRSA
Q direct - :: "in real time"
F money $1.2 million
> In Lucky Bay, 16 kilometres north of Cowell, ferry worker Shane Vukovich, 34, said the jobs would be welcome in a district of fewer than 1,000 people.
L city Lucky Bay
F quantity 16 kilometres
L city Cowell
P full Shane Vukovich
F age 34
F number 1,000
> "Half my mates have left for Whyalla. If it brings back even 20 families, I'm for it," he said.
Q direct Shane Vukovich :: "Half my mates have left for Whyalla. If it brings back even 20 families, I'm for it,"
F fraction Half
L city Whyalla
F number 20
'''

ARTICLES['1418-pune-swargate-kharadi-metro-stretch-opens-maha-metro-times-of-india'] = r'''
> Pune News
L city Pune
> Pune: Swargate-Kharadi Metro Stretch Opens, 1.3 Lakh Ride On First Day
L city Pune
L city Swargate
L city Kharadi
F number 1.3 Lakh
> Fare capped at Rs 40; Maha-Metro to run trains every seven minutes at peak hours
F money Rs 40
O government Maha-Metro
F duration seven minutes
> Siddharth Kelkar
P full Siddharth Kelkar
> TNN / Updated: Jan 27, 2040, 06:05 IST
O media TNN
F date Jan 27, 2040
F time 06:05 IST
> Commuters board the first train at Swargate station on Thursday. (TOI photo by Ketaki Deshpande-Rao)
L facility Swargate
O media TOI
P full Ketaki Deshpande-Rao
> PUNE: The city's third metro corridor opened to commuters on Thursday, with 1.31 lakh passengers riding the 16.4km stretch between Swargate and Kharadi on the first day, officials of the Maharashtra Metro Rail Corporation Ltd (Maha-Metro) said.
L city PUNE
F number 1.31 lakh
F quantity 16.4km
L city Swargate
L city Kharadi
O government Maharashtra Metro Rail Corporation Ltd
O government Maha-Metro
> The Rs 8,565 crore stretch, part of the 25.6km Khadakwasla-Kharadi line, has 14 stations, including interchanges with the Purple Line at Swargate and the Aqua Line at Ramwadi.
F money Rs 8,565 crore
F quantity 25.6km
L city Khadakwasla
L city Kharadi
F number 14
L facility Purple Line
L city Swargate
L facility Aqua Line
L city Ramwadi
> The Commissioner of Metro Rail Safety (CMRS) had cleared the stretch on January 19 after a three-day inspection.
O government Commissioner of Metro Rail Safety
O government CMRS
F date January 19
F duration three-day
> Union minister of state for housing and urban affairs Nandini Gokhale-Sathe flagged off the first train from Swargate at 10.30am, and public services began at 2pm.
P full Nandini Gokhale-Sathe
L city Swargate
F time 10.30am
F time 2pm
> "Pune waited nearly 12 years for this line. Today a student in Hadapsar can reach Swargate in 22 minutes instead of an hour in traffic," Gokhale-Sathe said.
Q direct Nandini Gokhale-Sathe :: "Pune waited nearly 12 years for this line. Today a student in Hadapsar can reach Swargate in 22 minutes instead of an hour in traffic,"
L city Pune
F duration 12 years
L city Hadapsar
L city Swargate
F duration 22 minutes
P partial Gokhale-Sathe
> Maha-Metro managing director Abhay Nimbalkar said trains would run every seven minutes at peak hours and every 12 minutes at other times, from 6am to 11pm.
O government Maha-Metro
P full Abhay Nimbalkar
F duration seven minutes
F duration 12 minutes
F time 6am
F time 11pm
> "We have 18 three-coach trains on this line and will add six more by June, when we expect daily ridership to cross two lakh," he said.
Q direct Abhay Nimbalkar :: "We have 18 three-coach trains on this line and will add six more by June, when we expect daily ridership to cross two lakh,"
F number 18
F number three
F number six
F number two lakh
> Fares range from Rs 10 to Rs 40, and holders of the metro's smart card get a 10% discount. Students with a valid college ID will pay 30% less on weekdays.
F money Rs 10
F money Rs 40
F percent 10%
F percent 30%
> Parking lots at the Hadapsar and Kharadi stations can hold 450 bikes and 120 cars, and Maha-Metro has tied up with the Pune Municipal Corporation (PMC) to run e-bike docks at seven stations from February 1.
L facility Hadapsar
L facility Kharadi
F number 450
F number 120
O government Maha-Metro
O government Pune Municipal Corporation
O government PMC
F number seven
F date February 1
> Priyanka Bhosale, 29, a software tester who lives in Wanowrie and works in Kharadi, said her first ride took 19 minutes. "I used to leave home at 8am and still be late. The bus took 70 minutes on a good day.
P full Priyanka Bhosale
F age 29
L city Wanowrie
L city Kharadi
F duration 19 minutes
Q direct Priyanka Bhosale :: "I used to leave home at 8am and still be late. The bus took 70 minutes on a good day.
F time 8am
F duration 70 minutes
> "But the feeder buses are not there yet. From the station to my office is 2km, and the autos are asking Rs 80 for it," she said.
Q direct Priyanka Bhosale :: "But the feeder buses are not there yet. From the station to my office is 2km, and the autos are asking Rs 80 for it,"
F quantity 2km
F money Rs 80
> The Pune Mahanagar Parivahan Mahamandal Ltd (PMPML) said it would start 40 feeder routes from the stations "within a fortnight".
O government Pune Mahanagar Parivahan Mahamandal Ltd
O government PMPML
F number 40
Q direct Pune Mahanagar Parivahan Mahamandal Ltd :: "within a fortnight"
> A senior Maha-Metro official, who did not want to be named, said the stretch had missed its original deadline of December 2037 by more than two years because of delays in acquiring 3.2 hectares near the Mula-Mutha river. "The tunnel boring machines sat idle for 11 months," the official said.
O government Maha-Metro
F date December 2037
F duration two years
F quantity 3.2 hectares
L geo Mula-Mutha
Q direct - :: "The tunnel boring machines sat idle for 11 months,"
F duration 11 months
> The remaining 9.2km of the line, from Swargate to Khadakwasla via Sinhagad Road, is scheduled to open in 2042.
F quantity 9.2km
L city Swargate
L city Khadakwasla
L street Sinhagad Road
F date 2042
'''

ARTICLES['1419-trefriw-flood-defence-scheme-crafnant-conwy-valley-guardian'] = r'''
> Flooding
> ‘We just want to sleep when it rains’: Welsh village to get £14m flood defences
Q direct Sioned ap Gwilym :: ‘We just want to sleep when it rains’
F money £14m
> Trefriw in the Conwy valley has flooded three times since 2035. Now walls, a new culvert and a 2-metre debris screen are promised by 2041
L city Trefriw
L geo Conwy
F number three
F date 2035
F quantity 2-metre
F date 2041
> Elin Prydderch-Lloyd Wales correspondent
P full Elin Prydderch-Lloyd
L country Wales
> Mon 9 Jan 2040 07.00 GMT
F date 9 Jan 2040
F time 07.00 GMT
> Sioned ap Gwilym outside her home on Crafnant Road, where the water reached 1.4 metres in 2036. Photograph: Rhodri Ellis-Vaughan/The Guardian
P full Sioned ap Gwilym
L street Crafnant Road
F quantity 1.4 metres
F date 2036
P full Rhodri Ellis-Vaughan
O media The Guardian
> For Sioned ap Gwilym, the sound of rain on the skylight at night still means a torch, wellies and a look at the Afon Crafnant from her back door.
P full Sioned ap Gwilym
L geo Afon Crafnant
> “We just want to sleep when it rains,” said the 67-year-old retired teacher, whose house in the Conwy valley village of Trefriw has flooded three times since 2035. “The last time, in February 2036, the water came in so fast I carried the cat upstairs in a laundry basket. I lost everything on the ground floor.”
Q direct Sioned ap Gwilym :: “We just want to sleep when it rains,”
F age 67-year-old
L geo Conwy
L city Trefriw
F number three
F date 2035
Q direct Sioned ap Gwilym :: “The last time, in February 2036, the water came in so fast I carried the cat upstairs in a laundry basket. I lost everything on the ground floor.”
F date February 2036
> On Thursday Conwy county borough council approved a £14.2m scheme designed to protect 118 homes and 23 businesses from a flood with a one in 100 chance of happening in any year, allowing for climate change.
L region Conwy
F money £14.2m
F number 118
F number 23
F number one
F number 100
> Most of the money comes from the Welsh government, which will pay 85% under its flood and coastal risk programme after years of lobbying of ministers in Cardiff Bay, with the remaining £2.1m from the council.
F percent 85%
L region Cardiff Bay
F money £2.1m
> Natural Resources Wales (NRW), which manages the main river, will build a 340-metre flood wall along the Afon Conwy at the bottom of the village and raise the embankment by 60cm.
O government Natural Resources Wales
O government NRW
F quantity 340-metre
L geo Afon Conwy
F quantity 60cm
> The council will replace the Victorian culvert that carries the Crafnant under the high street, which blocked with boulders and branches in 2036, and fit a 2-metre steel screen upstream to catch debris. The Crafnant is a so-called “flashy” stream: it can rise a metre in under an hour.
L geo Crafnant
F date 2036
F quantity 2-metre
L geo Crafnant
Q scare - :: “flashy”
> Gethin Rowlands-Pugh, the council’s cabinet member for environment, said work would start in April and take 18 months. “This is the biggest flood scheme the council has ever delivered in a village this size,” he said. “People in Trefriw have been very patient.
P full Gethin Rowlands-Pugh
F duration 18 months
Q direct Gethin Rowlands-Pugh :: “This is the biggest flood scheme the council has ever delivered in a village this size,”
Q direct Gethin Rowlands-Pugh :: “People in Trefriw have been very patient.
L city Trefriw
> “They have heard promises before. This time the money is signed off and the contractor is appointed.”
Q direct Gethin Rowlands-Pugh :: “They have heard promises before. This time the money is signed off and the contractor is appointed.”
> Some residents say the scheme does not go far enough. The Trefriw Flood Group, set up after the 2036 flood, wants water held back on the hillside above the village and says the council’s modelling is “based on yesterday’s rain”.
O nonprofit Trefriw Flood Group
F date 2036
Q direct Trefriw Flood Group :: “based on yesterday’s rain”
> Its chair, Dyfan O’Sullivan-Parry, 44, said: “A wall at the bottom of the village is fine for the Conwy. But the water that wrecked our homes came down the hill, not up from the river.”
P full Dyfan O’Sullivan-Parry
F age 44
Q direct Dyfan O’Sullivan-Parry :: “A wall at the bottom of the village is fine for the Conwy. But the water that wrecked our homes came down the hill, not up from the river.”
L geo Conwy
> A spokesperson for NRW said the agency had looked at upstream storage but found it would cost about £9m and protect only 40% of the homes at risk. “We will keep that option under review,” the spokesperson said.
O government NRW
F money £9m
F percent 40%
Q direct - :: “We will keep that option under review,”
> About 245,000 properties in Wales are at risk of flooding, according to NRW, and the number is expected to rise by a quarter by the 2050s.
F number 245,000
L country Wales
O government NRW
F fraction a quarter
F date 2050s
> Ap Gwilym has already bought flood gates for her front and back doors, at £1,800 each. “I’ll believe it when I see the diggers,” she said.
P partial Ap Gwilym
F money £1,800
Q direct Sioned ap Gwilym :: “I’ll believe it when I see the diggers,”
'''

ARTICLES['1420-omishima-dockyard-ariake-heavy-shipbuilder-merger-ehime-nagasaki-kyodo-news'] = r'''
> Japan shipbuilders Omishima Dockyard, Ariake Heavy to merge amid Asian rivalry
L country Japan
O company Omishima Dockyard
O company Ariake Heavy
> KYODO NEWS - Mar 14, 2040 - 19:25 | Business, All
O media KYODO NEWS
F date Mar 14, 2040
F time 19:25
> Ships under construction at an Omishima Dockyard yard in Imabari, Ehime Prefecture, in February 2040. (Kyodo)
O company Omishima Dockyard
L city Imabari
L region Ehime Prefecture
F date February 2040
O media Kyodo
> Omishima Dockyard Co. and Ariake Heavy Industries Ltd. said Wednesday they will merge next year to create Japan's second-largest shipbuilder by orders, as domestic yards struggle to compete with Chinese and South Korean rivals that now build over 90 percent of the world's new vessels.
O company Omishima Dockyard Co.
O company Ariake Heavy Industries Ltd.
L country Japan
F percent 90 percent
> The two unlisted companies will form a holding company, Nihon Kaiyo Zosen Holdings, on April 1, 2041, with combined annual sales of about 410 billion yen ($2.7 billion) and 6,800 employees, according to a joint statement.
F number two
O company Nihon Kaiyo Zosen Holdings
F date April 1, 2041
F money 410 billion yen
F money $2.7 billion
F number 6,800
> Omishima shareholders will receive 58 percent of the new company and Ariake shareholders 42 percent. The deal still needs approval from the Japan Fair Trade Commission.
O company Omishima
F percent 58 percent
O company Ariake
F percent 42 percent
O government Japan Fair Trade Commission
> Omishima President Takumi Ochiai, 61, who will head the holding company, told a press conference in Tokyo that the merger was "a matter of survival" for both firms.
O company Omishima
P full Takumi Ochiai
F age 61
L city Tokyo
Q direct Takumi Ochiai :: "a matter of survival"
> "Alone, neither of us can afford the design teams needed for ammonia- and hydrogen-fueled ships. Together we can bid for 30 vessels a year instead of 15," he said.
Q direct Takumi Ochiai :: "Alone, neither of us can afford the design teams needed for ammonia- and hydrogen-fueled ships. Together we can bid for 30 vessels a year instead of 15,"
F number 30
F number 15
> Ariake Heavy, based in Sasebo, Nagasaki Prefecture, builds bulk carriers and car carriers at two yards, while Omishima specializes in container ships and tankers at three yards in Ehime and Hiroshima prefectures.
O company Ariake Heavy
L city Sasebo
L region Nagasaki Prefecture
F number two
O company Omishima
F number three
L region Ehime
L region Hiroshima
> Ariake President Yoko Hayashida said the company's order book now stretches to 2044, but steel prices have risen 18 percent over two years and it posted a net loss of 3.6 billion yen in the business year through March 2039.
O company Ariake
P full Yoko Hayashida
F date 2044
F percent 18 percent
F duration two years
F money 3.6 billion yen
F date March 2039
> Japanese shipbuilders built about half of the world's ships in the 1980s, but their share of new orders fell to 8.4 percent in 2039, according to the Shipbuilders' Association of Japan. Many small yards still follow the so-called "Imabari model" of family ownership and shared subcontractors.
F fraction half
F date 1980s
F percent 8.4 percent
F date 2039
O nonprofit Shipbuilders' Association of Japan
Q scare - :: "Imabari model"
L city Imabari
> The Ministry of Land, Infrastructure, Transport and Tourism, which wants domestic yards to win 20 percent of global orders by 2045, welcomed the deal. "Consolidation is necessary to secure shipbuilding capacity for economic security," the ministry said in a statement.
O government Ministry of Land, Infrastructure, Transport and Tourism
F percent 20 percent
F date 2045
Q direct Ministry of Land, Infrastructure, Transport and Tourism :: "Consolidation is necessary to secure shipbuilding capacity for economic security,"
> A senior ministry official, speaking on condition of anonymity, said Tokyo would provide up to 50 billion yen in subsidies over five years for new dock equipment and digital design tools at the merged group.
L city Tokyo
F money 50 billion yen
F duration five years
> In Sasebo, where Ariake employs about 2,100 people, Mayor Hiroshi Kaneda said he had been told that no jobs would be cut "for the time being."
L city Sasebo
O company Ariake
F number 2,100
P full Hiroshi Kaneda
Q direct Hiroshi Kaneda :: "for the time being."
> "Shipbuilding is the heart of this city. We will be watching closely," Kaneda said.
Q direct Hiroshi Kaneda :: "Shipbuilding is the heart of this city. We will be watching closely,"
P partial Kaneda
> The two companies said they will keep both brand names for at least three years and hold their first joint board meeting on June 20.
F number two
F duration three years
F date June 20
'''

ARTICLES['1421-tour-of-britain-stage-5-street-cheddar-gorge-van-hoeydonck-odegard-lead-results-cycling-weekly'] = r'''
> Racing
> Tobias Van Hoeydonck wins atop Cheddar Gorge as Sindre Ødegård takes Tour of Britain lead
P full Tobias Van Hoeydonck
L geo Cheddar Gorge
P full Sindre Ødegård
> Belgian outsprints the favourites after 171.8km in Somerset, while Great Britain's Kieran O'Donoghue drops to third overall
F quantity 171.8km
L region Somerset
L country Great Britain
P full Kieran O'Donoghue
> By Harriet Tolley-Ames published 7 September 2039
P full Harriet Tolley-Ames
F date 7 September 2039
> Tobias Van Hoeydonck celebrates at the top of Cheddar Gorge (Image credit: Getty Images)
P full Tobias Van Hoeydonck
L geo Cheddar Gorge
O company Getty Images
> Tobias Van Hoeydonck (Kestrel Racing) won stage five of the Tour of Britain on Wednesday, sprinting clear of a select group of 11 riders on the steep final kilometre of Cheddar Gorge after 171.8km of racing through the Mendip Hills.
P full Tobias Van Hoeydonck
O team Kestrel Racing
F number 11
L geo Cheddar Gorge
F quantity 171.8km
L geo Mendip Hills
> The 24-year-old from Mechelen crossed the line two seconds ahead of Mathis Lefèvre-Cazaubon (Team Brisa) and Sindre Ødegård (Halvorsen-Voltar), whose third place and the four bonus seconds that came with it were enough to take the overall lead from Kieran O'Donoghue.
F age 24-year-old
L city Mechelen
F duration two seconds
P full Mathis Lefèvre-Cazaubon
O team Team Brisa
P full Sindre Ødegård
O team Halvorsen-Voltar
F duration four bonus seconds
P full Kieran O'Donoghue
> O'Donoghue, riding for the Great Britain national team, was dropped 600 metres from the top and lost 19 seconds. He now sits third overall, 11 seconds behind the Norwegian. Lefèvre-Cazaubon moves up to second, six seconds down on the new leader.
P partial O'Donoghue
O team Great Britain
F quantity 600 metres
F duration 19 seconds
F duration 11 seconds
P partial Lefèvre-Cazaubon
F duration six seconds
> The stage started in Street, the Somerset town best known as the home of Clarks shoes, and took in Wells, Shepton Mallet and two ascents of Burrington Combe before the riders dropped through Draycott and into Cheddar for the final climb.
L city Street
L region Somerset
O company Clarks
L city Wells
L city Shepton Mallet
F number two
L geo Burrington Combe
L city Draycott
L city Cheddar
> A four-rider break including Great Britain's Owen Pritchard-Hale built a lead of 3min 40sec by Glastonbury, but it was caught with 14km to go as Halvorsen-Voltar drove the pace on the second ascent of Burrington Combe.
F number four
L country Great Britain
P full Owen Pritchard-Hale
F duration 3min 40sec
L city Glastonbury
F quantity 14km
O team Halvorsen-Voltar
L geo Burrington Combe
> "I knew the last 400 metres were the steepest, so I waited and waited," Van Hoeydonck said. "When Mathis went with 250 to go, I just followed his wheel and came past him in the last 50 metres.
Q direct Tobias Van Hoeydonck :: "I knew the last 400 metres were the steepest, so I waited and waited,"
F quantity 400 metres
P partial Van Hoeydonck
Q direct Tobias Van Hoeydonck :: "When Mathis went with 250 to go, I just followed his wheel and came past him in the last 50 metres.
P partial Mathis
F number 250
F quantity 50 metres
> "My directeur sportif told me this morning, 'Cheddar is your kind of climb. Don't waste anything on Burrington.' He was right."
Q direct Tobias Van Hoeydonck :: "My directeur sportif told me this morning, 'Cheddar is your kind of climb. Don't waste anything on Burrington.' He was right."
L geo Cheddar
L geo Burrington
> Ødegård, 27, who won the race's time trial in Bath on Monday, called the lead "a bonus". "The plan was to limit losses on the climbs and take time in the final stage," said the Norwegian.
P partial Ødegård
F age 27
L city Bath
Q direct Sindre Ødegård :: "a bonus"
Q direct Sindre Ødegård :: "The plan was to limit losses on the climbs and take time in the final stage,"
> Great Britain coach Alun Treharne-Moss said O'Donoghue had been "on the limit all day" after a crash on Tuesday left him with a swollen wrist.
O team Great Britain
P full Alun Treharne-Moss
P partial O'Donoghue
Q direct Alun Treharne-Moss :: "on the limit all day"
> Thursday's stage six runs 188.5km from Bristol to Caerphilly, with the Caerphilly Mountain climb coming 9km from the finish.
F quantity 188.5km
L city Bristol
L city Caerphilly
L geo Caerphilly Mountain
F quantity 9km
> Tour of Britain 2039, stage five: Street to Cheddar Gorge (171.8km)
F date 2039
L city Street
L geo Cheddar Gorge
F quantity 171.8km
> 1. Tobias Van Hoeydonck (Bel) Kestrel Racing, in 4-11-38
P full Tobias Van Hoeydonck
L country Bel
O team Kestrel Racing
F duration 4-11-38
> 2. Mathis Lefèvre-Cazaubon (Fra) Team Brisa, at 2s
P full Mathis Lefèvre-Cazaubon
L country Fra
O team Team Brisa
F duration 2s
> 3. Sindre Ødegård (Nor) Halvorsen-Voltar, same time
P full Sindre Ødegård
L country Nor
O team Halvorsen-Voltar
> 4. Kieran O'Donoghue (GB) Great Britain, at 19s
P full Kieran O'Donoghue
L country GB
O team Great Britain
F duration 19s
> General classification after stage five
> 1. Sindre Ødegård (Nor) Halvorsen-Voltar, in 20-47-05
P full Sindre Ødegård
L country Nor
O team Halvorsen-Voltar
F duration 20-47-05
> 2. Mathis Lefèvre-Cazaubon (Fra) Team Brisa, at 6s
P full Mathis Lefèvre-Cazaubon
L country Fra
O team Team Brisa
F duration 6s
> 3. Kieran O'Donoghue (GB) Great Britain, at 11s
P full Kieran O'Donoghue
L country GB
O team Great Britain
F duration 11s
'''

ARTICLES['1422-red-sucker-lake-first-nation-water-treatment-plant-boil-water-advisory-lifted-cbc-manitoba'] = r'''
> Manitoba
L region Manitoba
> Red Sucker Lake First Nation's new water plant ends 14-year boil-water advisory
O government Red Sucker Lake First Nation
F duration 14-year
> $62.4M plant can treat 1.8 million litres a day for community of about 1,300 in Island Lake region
F money $62.4M
F quantity 1.8 million litres
F number 1,300
L region Island Lake
> Tessa Beauchemin-Flett · CBC News · Posted: Oct 18, 2040 4:00 AM CDT | Last Updated: October 18, 2040
P full Tessa Beauchemin-Flett
O media CBC News
F date Oct 18, 2040
F time 4:00 AM CDT
F date October 18, 2040
> Chief Norma Harper-Monias turns on a tap at the band office in Red Sucker Lake on Wednesday. (Tessa Beauchemin-Flett/CBC)
P full Norma Harper-Monias
L city Red Sucker Lake
P full Tessa Beauchemin-Flett
O media CBC
> For the first time in 14 years, people in Red Sucker Lake First Nation can drink the water that comes out of their taps.
F duration 14 years
O government Red Sucker Lake First Nation
> The fly-in community, about 530 kilometres northeast of Winnipeg, marked the end of its boil-water advisory on Wednesday with a feast and the opening of a $62.4-million water treatment plant that can produce up to 1.8 million litres of clean water a day.
F quantity 530 kilometres
L city Winnipeg
F money $62.4-million
F quantity 1.8 million litres
> "My grandchildren have never known clean water from the tap. Today they do," said Chief Norma Harper-Monias.
Q direct Norma Harper-Monias :: "My grandchildren have never known clean water from the tap. Today they do,"
P full Norma Harper-Monias
> "For years we hauled water from the lake in jugs and boiled it on the stove. Mothers bathed babies in bottled water that cost $12 a case at the Northern store.
Q direct Norma Harper-Monias :: "For years we hauled water from the lake in jugs and boiled it on the stove. Mothers bathed babies in bottled water that cost $12 a case at the Northern store.
F money $12
O company Northern
> "We should never have had to wait this long."
Q direct Norma Harper-Monias :: "We should never have had to wait this long."
> Indigenous Services Canada (ISC) paid for the plant, which replaces a system built in the 1990s for 600 people. The community has since more than doubled to about 1,300.
O government Indigenous Services Canada
O government ISC
F date 1990s
F number 600
F number 1,300
> Indigenous Services Minister Daniel Okemaw-Lavallée, who flew in from Ottawa for the ceremony, said the plant is one of 14 projects meant to lift every long-term advisory in Manitoba by 2042.
P full Daniel Okemaw-Lavallée
L city Ottawa
F number 14
L region Manitoba
F date 2042
> "Ottawa failed this community for far too long," he said. "Clean water is a right. It was never a 'pilot project.'"
Q direct Daniel Okemaw-Lavallée :: "Ottawa failed this community for far too long,"
L city Ottawa
Q direct Daniel Okemaw-Lavallée :: "Clean water is a right. It was never a 'pilot project.'"
> The province's Office of Drinking Water tested the plant's output for 30 days before ISC lifted the advisory on Oct. 16.
O government Office of Drinking Water
F duration 30 days
O government ISC
F date Oct. 16
> About 1,100 tonnes of steel, pipe and concrete came in on the winter road over two seasons, because the community has no all-weather road. A warm February in 2039 shut the road after only 19 days and pushed the opening back by a year.
F quantity 1,100 tonnes
F number two
F date 2039
F duration 19 days
> Plant operator Curtis Wood, 31, spent 18 months training in Thompson and Winnipeg to earn his certification.
P full Curtis Wood
F age 31
F duration 18 months
L city Thompson
L city Winnipeg
> "People still ask me if it's safe. I tell them I drink it every day," Wood said, laughing.
Q direct Curtis Wood :: "People still ask me if it's safe. I tell them I drink it every day,"
P partial Wood
> Keewatinook Okimakanak, the tribal council that represents northern Manitoba First Nations, said in a statement that three of the four Island Lake communities still live under advisories, and called the wait "unacceptable in 2040."
O government Keewatinook Okimakanak
L region Manitoba
F number three
F number four
L region Island Lake
Q direct Keewatinook Okimakanak :: "unacceptable in 2040."
F date 2040
> A spokesperson for ISC said 27 long-term drinking water advisories remained in effect on First Nations across Canada as of September 2040.
O government ISC
F number 27
L country Canada
F date September 2040
> Elsie Mason, 78, said she still keeps a pot of water boiling on the stove out of habit. "It will take a while to trust it," she said.
P full Elsie Mason
F age 78
Q direct Elsie Mason :: "It will take a while to trust it,"
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
