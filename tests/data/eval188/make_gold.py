#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval188 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval188/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1171-3ps-cod-quota-cut-burin-peninsula-fortune-garnish-cbc-nl'] = r'''
> Newfoundland & Labrador
L region Newfoundland & Labrador
> DFO cuts south coast cod quota by 40 per cent, Burin Peninsula plants brace for short season
O government DFO
F percent 40 per cent
L geo Burin Peninsula
> Union says 3Ps decision will cost harvesters $9.6M as Fortune plant looks at 10-week season
L region 3Ps
F money $9.6M
L city Fortune
F duration 10-week
> Gemma Pittman-Keeping · CBC News · Posted: Mar 14, 2040 5:00 AM NDT | Last Updated: March 14, 2040
P full Gemma Pittman-Keeping
O media CBC News
F date Mar 14, 2040
F time 5:00 AM NDT
F date March 14, 2040
> Harvester Rodney Pardy unloads cod at the wharf in Garnish last August. He says the cut "feels like 1992 all over again." (Gemma Pittman-Keeping/CBC)
P full Rodney Pardy
L city Garnish
Q direct Rodney Pardy :: "feels like 1992 all over again."
F date 1992
P full Gemma Pittman-Keeping
O media CBC
> Fisheries and Oceans Canada has cut the commercial cod quota off Newfoundland's south coast by 40 per cent for 2040, a decision harvesters and plant workers on the Burin Peninsula say could bring the shortest season in almost two decades.
O government Fisheries and Oceans Canada
L region Newfoundland
F percent 40 per cent
F date 2040
L geo Burin Peninsula
F duration two decades
> The total allowable catch for the stock, known as 3Ps, drops to 6,300 tonnes from 10,500 tonnes, DFO announced Wednesday. The department says the spawning biomass has slipped into what its scientists call the "critical zone" for the first time since 2031.
L region 3Ps
F quantity 6,300 tonnes
F quantity 10,500 tonnes
O government DFO
Q scare - :: "critical zone"
F date 2031
> "We didn't take this lightly," Jacinthe de la Roche, DFO's regional director of fisheries management, told CBC News. "The science is telling us this stock is in trouble. If we keep fishing at last year's level, we risk losing it."
Q direct Jacinthe de la Roche :: "We didn't take this lightly,"
P full Jacinthe de la Roche
O government DFO
O media CBC News
Q direct Jacinthe de la Roche :: "The science is telling us this stock is in trouble. If we keep fishing at last year's level, we risk losing it."
> De la Roche said the cut applies to all fleets, including the offshore draggers, which lose 1,150 tonnes.
P partial De la Roche
F quantity 1,150 tonnes
> The Fish, Food and Allied Workers union (FFAW-Unifor) says the decision will take about $9.6 million out of the pockets of 480 inshore harvesters who fish the zone from ports between Fortune and Burgeo.
O nonprofit Fish, Food and Allied Workers
O nonprofit FFAW-Unifor
F money $9.6 million
F number 480
L city Fortune
L city Burgeo
> "The science has been wrong before, and it's always the harvester who pays," said Pardy, 54, an FFAW inshore council member from Garnish who has fished cod for 31 years. "My father went through the moratorium in 1992. I never thought I'd see those words on a DFO letter again.
Q direct Rodney Pardy :: "The science has been wrong before, and it's always the harvester who pays,"
P partial Pardy
F age 54
O nonprofit FFAW
L city Garnish
F duration 31 years
Q direct Rodney Pardy :: "My father went through the moratorium in 1992. I never thought I'd see those words on a DFO letter again.
F date 1992
O government DFO
> "It's not the moratorium, not yet. But with a boat payment of $2,800 a month and maybe 10 weeks of fishing, you do the math."
Q direct Rodney Pardy :: "It's not the moratorium, not yet. But with a boat payment of $2,800 a month and maybe 10 weeks of fishing, you do the math."
F money $2,800
F duration 10 weeks
> In Fortune, the Fortune Bay Seafoods Ltd. plant is one of three on the peninsula that depend on inshore cod. It employs about 210 people, most of them women over 50.
L city Fortune
O company Fortune Bay Seafoods Ltd.
F number three
F number 210
F age 50
> Plant manager Sheila Rose Fudge said the cut could shorten processing to 10 weeks from 16.
P full Sheila Rose Fudge
F duration 10 weeks
F duration 16
> "People here need 420 hours to qualify for EI. With 10 weeks, a lot of them won't get there," Fudge said. She said the company would ask DFO to let the plant buy more redfish and turbot to fill the gap.
Q direct Sheila Rose Fudge :: "People here need 420 hours to qualify for EI. With 10 weeks, a lot of them won't get there,"
F duration 420 hours
F duration 10 weeks
P partial Fudge
O government DFO
> Fisheries Minister Colin Tibbo-Walsh, who represents Burin-Grand Bank in the House of Assembly, called the decision "a gut punch" and said Ottawa should pay for a bridging program for plant workers, as it did for northern shrimp in 2036.
P full Colin Tibbo-Walsh
L region Burin-Grand Bank
O government House of Assembly
Q direct Colin Tibbo-Walsh :: "a gut punch"
L city Ottawa
F date 2036
> Tibbo-Walsh said the province would put $1.5 million toward retraining but could not carry "a federal decision on a provincial budget."
P partial Tibbo-Walsh
F money $1.5 million
Q direct Colin Tibbo-Walsh :: "a federal decision on a provincial budget."
> A DFO scientist who asked not to be named because they are not authorized to speak publicly said the 2039 survey found the fewest young cod in the zone since records began in 1997. "The fish just aren't coming through," the scientist said.
O government DFO
F date 2039
F date 1997
Q direct - :: "The fish just aren't coming through,"
> The 2040 season opens June 1. DFO says it will review the quota after the 2041 stock assessment.
F date 2040
F date June 1
O government DFO
F date 2041
> With files from The St. John's Morning Show
'''

ARTICLES['1172-hat-yai-flood-diversion-tunnel-songkhla-rid-nation-thailand'] = r'''
> Thailand
L country Thailand
> Cabinet Backs Bt18.4-Billion Flood Tunnel To Spare Hat Yai A Repeat Of 2039 Deluge
O government Cabinet
F money Bt18.4-Billion
L city Hat Yai
F date 2039
> The 9.2-kilometre tunnel will carry up to 320 cubic metres per second of water from Khlong U-Taphao to Songkhla Lake
F quantity 9.2-kilometre
F quantity 320 cubic metres per second
L geo Khlong U-Taphao
L geo Songkhla Lake
> THE NATION
O media NATION
> PUBLISHED : Mar 19, 2040, 15:25
F date Mar 19, 2040
F time 15:25
> Floodwater fills Niphat Uthit 3 Road in Hat Yai during the November 2039 storms. (Photo: Kittipong Saelim)
L street Niphat Uthit 3 Road
L city Hat Yai
F date November 2039
P full Kittipong Saelim
> The Cabinet on Tuesday approved a Bt18.4-billion flood diversion tunnel beneath Hat Yai, the commercial hub of Songkhla province, after storms in November 2039 left parts of the city under 1.8 metres of water for four days.
O government Cabinet
F money Bt18.4-billion
L city Hat Yai
L region Songkhla
F date November 2039
F quantity 1.8 metres
F duration four days
> The Royal Irrigation Department (RID) will build the 9.2km tunnel, 7 metres in diameter, from Khlong U-Taphao near Ban Phru to Songkhla Lake, RID director-general Somchai "Lek" Thongprasert told reporters at Government House.
O government Royal Irrigation Department
O government RID
F quantity 9.2km
F quantity 7 metres
L geo Khlong U-Taphao
L city Ban Phru
L geo Songkhla Lake
O government RID
P full Somchai "Lek" Thongprasert
Q scare - :: "Lek"
L facility Government House
> "In 2010 and again in 2039, the water came through the city faster than any pump could move it. This tunnel lets the water go under Hat Yai instead of through it," Somchai said.
Q direct Somchai "Lek" Thongprasert :: "In 2010 and again in 2039, the water came through the city faster than any pump could move it. This tunnel lets the water go under Hat Yai instead of through it,"
F date 2010
F date 2039
L city Hat Yai
P partial Somchai
> He said the tunnel would roughly double the capacity of the Khlong R.1 diversion canal, dug after the 2000 flood, and that its design follows the drainage tunnels of the Bangkok Metropolitan Administration (BMA). Work is due to start in October 2040 and take 42 months.
L geo Khlong R.1
F date 2000
O government Bangkok Metropolitan Administration
O government BMA
F date October 2040
F duration 42 months
> Hat Yai Mayor Chanida Wongsiri na Ayutthaya said the Hat Yai City Municipality lost an estimated Bt2.6 billion in shop and hotel revenue in the 2039 floods, when 41 of its 86 communities were under water.
L city Hat Yai
P full Chanida Wongsiri na Ayutthaya
O government Hat Yai City Municipality
F money Bt2.6 billion
F date 2039
F number 41
F number 86
> "Our traders on Sanehanusorn Road were still cleaning mud out of their shops at Chinese New Year. Tourists from Malaysia saw the pictures online and stayed home," she said. "We cannot go through that a third time."
Q direct Chanida Wongsiri na Ayutthaya :: "Our traders on Sanehanusorn Road were still cleaning mud out of their shops at Chinese New Year. Tourists from Malaysia saw the pictures online and stayed home,"
L street Sanehanusorn Road
L country Malaysia
Q direct Chanida Wongsiri na Ayutthaya :: "We cannot go through that a third time."
> According to the Budget Bureau, Bt15.1 billion will come from the central budget over four fiscal years, 2041 to 2044, and the rest from the Songkhla Provincial Administrative Organisation and the municipality.
O government Budget Bureau
F money Bt15.1 billion
F duration four fiscal years
F date 2041
F date 2044
O government Songkhla Provincial Administrative Organisation
> Not everyone is convinced. In Khuan Lang sub-district, where the intake shaft will be dug, 37 households on 14 rai of land face relocation.
L region Khuan Lang
F number 37
F quantity 14 rai
> "They tell us the water will go underground, but where does the dirt go? Nobody has shown us a plan," said Anong Chaiyaphum, 58, who runs a rubber-sheet stall near the planned shaft. She said villagers had been offered Bt1,200 per square wah, about a third of the market price.
Q direct Anong Chaiyaphum :: "They tell us the water will go underground, but where does the dirt go? Nobody has shown us a plan,"
P full Anong Chaiyaphum
F age 58
F money Bt1,200
F fraction a third
> An official at the Office of Natural Resources and Environmental Policy and Planning (ONEP), speaking on condition of anonymity, said the environmental impact assessment had not yet been approved. "The Cabinet has approved the money, not the EIA. These are two different things," the official said.
O government Office of Natural Resources and Environmental Policy and Planning
O government ONEP
Q direct - :: "The Cabinet has approved the money, not the EIA. These are two different things,"
O government Cabinet
F number two
> Somchai said the RID would answer residents' questions at a public hearing at Prince of Songkla University's Hat Yai campus on April 2 at 9.30am.
P partial Somchai
O government RID
O education Prince of Songkla University
L city Hat Yai
F date April 2
F time 9.30am
> Hat Yai, about 950km south of Bangkok, draws more than 1.5 million Malaysian and Singaporean visitors a year.
L city Hat Yai
F quantity 950km
L city Bangkok
F number 1.5 million
'''

ARTICLES['1173-bulldogs-sharks-nrl-accor-stadium-tuilagi-marsh-double-smh'] = r'''
> NRL
O other NRL
> Tuilagi-Marsh double lifts Bulldogs past Sharks in Homebush thriller
P partial Tuilagi-Marsh
O team Bulldogs
O team Sharks
L city Homebush
> Canterbury came from 16-6 down to beat Cronulla 26-22, with their centre scoring twice in the last 15 minutes.
O team Canterbury
F score 16-6
O team Cronulla
F score 26-22
F duration 15 minutes
> By Declan O’Rourke-Baines
P full Declan O’Rourke-Baines
> March 23, 2040 — 9.47pm
F date March 23, 2040
F time 9.47pm
> Tevita Tuilagi-Marsh crosses for his second try at Accor Stadium on Saturday night. Credit: Getty Images
P full Tevita Tuilagi-Marsh
L facility Accor Stadium
O media Getty Images
> Tevita Tuilagi-Marsh scored twice in the final 15 minutes as Canterbury-Bankstown came from 16-6 down to beat Cronulla 26-22 in front of 31,408 at Accor Stadium on Saturday night.
P full Tevita Tuilagi-Marsh
F duration 15 minutes
O team Canterbury-Bankstown
F score 16-6
O team Cronulla
F score 26-22
F number 31,408
L facility Accor Stadium
> The Bulldogs, who had lost their first two games, trailed by 10 at halftime after the Sharks ran in three tries in a 14-minute burst, but the 23-year-old turned the match with a 70-metre intercept on 66 minutes.
O team Bulldogs
F number two
F number 10
O team Sharks
F number three
F duration 14-minute
F age 23-year-old
F quantity 70-metre
F duration 66 minutes
> “I just read it and backed myself. He [Salave’a] told me at halftime the gap would open if we kept turning them around, and it did,” Tuilagi-Marsh said.
Q direct Tevita Tuilagi-Marsh :: “I just read it and backed myself. He [Salave’a] told me at halftime the gap would open if we kept turning them around, and it did,”
P partial Salave’a
P partial Tuilagi-Marsh
> Cronulla winger Kaea Whitmore opened the scoring in the 17th minute, and Brodie Van Kessel and Whitmore again had the visitors 16-0 up before Bulldogs hooker Manu Leota dived over from dummy-half three minutes before the break.
O team Cronulla
P full Kaea Whitmore
P full Brodie Van Kessel
P partial Whitmore
F score 16-0
O team Bulldogs
P full Manu Leota
F duration three minutes
> Halfback Reuben Salave’a kicked five goals from five attempts, including a penalty goal on 55 minutes, and Jordan Kingi finished a long-range raid three minutes later to make it 14-16.
P full Reuben Salave’a
F number five
F number five
F duration 55 minutes
P full Jordan Kingi
F duration three minutes
F score 14-16
> Sharks five-eighth Lachlan Byrne-Toa put his side back in front with nine minutes left, but Tuilagi-Marsh, who had already scored the intercept, crossed again in the 77th minute after a Salave’a grubber bounced kindly.
O team Sharks
P full Lachlan Byrne-Toa
F duration nine minutes
P partial Tuilagi-Marsh
P partial Salave’a
> Bulldogs coach Marco Di Stefano said the halftime message had been simple. “We were missing tackles we’d normally make in our sleep. I told them, ‘Forget the scoreboard, win the next set’, and they did that for 40 minutes,” he said.
O team Bulldogs
P full Marco Di Stefano
Q direct Marco Di Stefano :: “We were missing tackles we’d normally make in our sleep. I told them, ‘Forget the scoreboard, win the next set’, and they did that for 40 minutes,”
F duration 40 minutes
> “I’m proud of them. Three weeks ago people were writing us off, and we’ve still got a lot to fix.
Q direct Marco Di Stefano :: “I’m proud of them. Three weeks ago people were writing us off, and we’ve still got a lot to fix.
F duration Three weeks
> “That’s a good Cronulla side and we found a way. That’s what this club needs.”
Q direct Marco Di Stefano :: “That’s a good Cronulla side and we found a way. That’s what this club needs.”
O team Cronulla
> Sharks coach Glenn Abernethy said his side had “switched off” after the break. “We completed at 68 per cent in the second half. You can’t do that against a team with their middles,” he said.
O team Sharks
P full Glenn Abernethy
Q direct Glenn Abernethy :: “switched off”
Q direct Glenn Abernethy :: “We completed at 68 per cent in the second half. You can’t do that against a team with their middles,”
F percent 68 per cent
> He said Byrne-Toa, 29, would have scans on his right hamstring on Monday and was likely to miss two to four weeks.
P partial Byrne-Toa
F age 29
F duration two
F duration four weeks
> Di Stefano was less worried about Salave’a’s ankle. “He’s fine. He’d play tomorrow if we let him,” he said.
P partial Di Stefano
P partial Salave’a
Q direct Marco Di Stefano :: “He’s fine. He’d play tomorrow if we let him,”
> Canterbury travel to Auckland to play the Warriors on Friday, while Cronulla host Newcastle at Shark Park on Sunday at 4.05pm.
O team Canterbury
L city Auckland
O team Warriors
O team Cronulla
O team Newcastle
L facility Shark Park
F time 4.05pm
> BULLDOGS 26 (T Tuilagi-Marsh 2, M Leota, J Kingi tries; R Salave’a 5 goals) bt SHARKS 22 (K Whitmore 2, B Van Kessel, L Byrne-Toa tries; Byrne-Toa 3 goals). Halftime: Sharks 16-6. Crowd: 31,408.
O team BULLDOGS
F score 26
P full T Tuilagi-Marsh
F number 2
P full M Leota
P full J Kingi
P full R Salave’a
F number 5
O team SHARKS
F score 22
P full K Whitmore
F number 2
P full B Van Kessel
P full L Byrne-Toa
P partial Byrne-Toa
F number 3
O team Sharks
F score 16-6
F number 31,408
'''

ARTICLES['1174-green-hydrogen-ammonia-plant-arandis-erongo-walvis-bay-the-namibian'] = r'''
> National
> Cabinet clears N$98bn green hydrogen plant near Arandis
O government Cabinet
F money N$98bn
L city Arandis
> Desert project on 26 000 hectares to export ammonia through Walvis Bay from 2046
F quantity 26 000 hectares
L city Walvis Bay
F date 2046
> Ndapewa Shikongo-Hamutenya
P full Ndapewa Shikongo-Hamutenya
> 2040-04-17
F date 2040-04-17
> DESERT POWER … The site of the planned electrolyser plant east of Arandis in the Erongo region. Photo: Tjipee Kandjii
L city Arandis
L region Erongo
P full Tjipee Kandjii
> CABINET has approved the environmental clearance for a N$98 billion green hydrogen and ammonia plant on 26 000 hectares of gravel plains between Arandis and Usakos in the Erongo region, mines and energy minister Petrus !Naruseb-Amutenya announced in Windhoek on Tuesday.
O government CABINET
F money N$98 billion
F quantity 26 000 hectares
L city Arandis
L city Usakos
L region Erongo
P full Petrus !Naruseb-Amutenya
L city Windhoek
> The developer, Kuiseb Green Energy (KGE), plans to install 3 gigawatts (GW) of solar and wind power to run electrolysers producing about 300 000 tonnes of hydrogen a year. That will be turned into 1,7 million tonnes of ammonia for export through Walvis Bay.
O company Kuiseb Green Energy
O company KGE
F quantity 3 gigawatts
F quantity 300 000 tonnes
F quantity 1,7 million tonnes
L city Walvis Bay
> "This is not a project for the next election. It is a project for the next generation," !Naruseb-Amutenya said at a media briefing at 10h00. "We will not give away the desert for nothing. Namibians must own a share, and Namibians must do the work."
Q direct Petrus !Naruseb-Amutenya :: "This is not a project for the next election. It is a project for the next generation,"
P partial !Naruseb-Amutenya
F time 10h00
Q direct Petrus !Naruseb-Amutenya :: "We will not give away the desert for nothing. Namibians must own a share, and Namibians must do the work."
> Under the agreement, the state will hold a 24% stake through the state-owned Namibia Hydrogen Holdings (NHH), and 80% of the estimated 6 500 construction jobs must go to Namibians. The plant will employ 1 200 people once it runs at full capacity, KGE said.
F percent 24%
O company Namibia Hydrogen Holdings
O company NHH
F percent 80%
F number 6 500
F number 1 200
O company KGE
> KGE chief executive Lieselotte van Wyk-Nangolo said the first phase, costing N$31,5 billion, would start in March 2041 and take 30 months to build.
O company KGE
P full Lieselotte van Wyk-Nangolo
F money N$31,5 billion
F date March 2041
F duration 30 months
> "We have three years of wind measurements at Arandis. The resource is there; now it is about the pipes, the desalination plant and the port," Van Wyk-Nangolo said. She said the company would also build 42km of new road and a 220-kilovolt line to the NamPower grid.
Q direct Lieselotte van Wyk-Nangolo :: "We have three years of wind measurements at Arandis. The resource is there; now it is about the pipes, the desalination plant and the port,"
F duration three years
L city Arandis
P partial Van Wyk-Nangolo
F quantity 42km
F quantity 220-kilovolt
O company NamPower
> The plant will need about 5,4 million cubic metres of desalinated water a year, piped 78km from a new seawater plant north of Swakopmund.
F quantity 5,4 million cubic metres
F quantity 78km
L city Swakopmund
> In its clearance certificate, the Ministry of Environment, Forestry and Tourism ordered the developer to keep a 5km buffer from the Namib-Naukluft Park and to protect "the fragile lichen fields" near the coast.
O government Ministry of Environment, Forestry and Tourism
F quantity 5km
L facility Namib-Naukluft Park
Q direct Ministry of Environment, Forestry and Tourism :: "the fragile lichen fields"
> Not everyone is convinced. Johanna Goagoses (47), who keeps goats on communal land near Usakos, said nobody had explained where herders would go once the fences went up.
P full Johanna Goagoses
F age 47
L city Usakos
> "They talk about billions, but nobody has come to tell us where our goats will graze. We heard about this on the radio," she said.
Q direct Johanna Goagoses :: "They talk about billions, but nobody has come to tell us where our goats will graze. We heard about this on the radio,"
> Mekondjo Haufiku, an energy researcher at the Institute for Public Policy Research (IPPR), said the deal gave the state "a seat at the table, but not the steering wheel", because NHH's stake would fall to 15% if it could not pay its share of the second phase.
P full Mekondjo Haufiku
O nonprofit Institute for Public Policy Research
O nonprofit IPPR
Q direct Mekondjo Haufiku :: "a seat at the table, but not the steering wheel"
O company NHH
F percent 15%
> An official in the mines ministry, who asked not to be named, said the port works were the biggest risk. "The first ammonia ship should leave Walvis Bay in 2046 if Namport finishes the new berth on time," the official said.
Q direct - :: "The first ammonia ship should leave Walvis Bay in 2046 if Namport finishes the new berth on time,"
L city Walvis Bay
F date 2046
O company Namport
> The Arandis plant is the second large hydrogen project approved in Namibia, after a plant in the //Kharas region near Lüderitz that is expected to start exporting in 2044.
L city Arandis
L country Namibia
L region //Kharas
L city Lüderitz
F date 2044
'''

ARTICLES['1175-gm-orion-assembly-retooling-uaw-local-5960-orion-township-detroit-free-press'] = r'''
> Cars
> GM to idle Orion Assembly for nine months, spend $2.4B to build self-driving vans
O company GM
L facility Orion Assembly
F duration nine months
F money $2.4B
> About 3,100 UAW members face temporary layoffs; Orion Township says the plant's future is secure
F number 3,100
O nonprofit UAW
L city Orion Township
> Kayla Brzezinski-Owens | Detroit Free Press
P full Kayla Brzezinski-Owens
O media Detroit Free Press
> Published 6:02 a.m. ET March 27, 2040 | Updated 11:41 a.m. ET March 27, 2040
F time 6:02 a.m. ET
F date March 27, 2040
F time 11:41 a.m. ET
F date March 27, 2040
> Workers leave General Motors' Orion Assembly plant in Orion Township after the first shift on Tuesday. Darnell Whitfield-Cole, Detroit Free Press
O company General Motors
L facility Orion Assembly
L city Orion Township
P full Darnell Whitfield-Cole
O media Detroit Free Press
> General Motors will spend $2.4 billion to retool its Orion Assembly plant in Oakland County to build a compact self-driving van, idling the plant for about nine months starting in August and temporarily laying off about 3,100 hourly workers, the automaker said Tuesday.
O company General Motors
F money $2.4 billion
L facility Orion Assembly
L region Oakland County
F duration nine months
F number 3,100
> The retooling, the second at the Orion Township plant in 15 years, adds a 410,000-square-foot body shop and two battery-pack lines. When the plant reopens in mid-2041, it is expected to build up to 160,000 vans a year for ride-hailing and delivery fleets, GM said. Insiders call the van the “Orion pod.”
L city Orion Township
F duration 15 years
F quantity 410,000-square-foot
F number two
F date 2041
F number 160,000
O company GM
Q scare - :: “Orion pod.”
> “Orion has been through a lot, and its people have been through more,” Theresa Okonkwo-Lindqvist, vice president of manufacturing for GM North America, said in a statement. “This investment says we intend to build vehicles in Orion for a long time.”
Q direct Theresa Okonkwo-Lindqvist :: “Orion has been through a lot, and its people have been through more,”
L facility Orion
P full Theresa Okonkwo-Lindqvist
O company GM North America
Q direct Theresa Okonkwo-Lindqvist :: “This investment says we intend to build vehicles in Orion for a long time.”
L facility Orion
> Dwayne Kowalczyk, 57, president of United Auto Workers Local 5960, said laid-off members would get about 74% of their take-home pay through state unemployment benefits and supplemental pay won in the 2039 contract.
P full Dwayne Kowalczyk
F age 57
O nonprofit United Auto Workers Local 5960
F percent 74%
F date 2039
> “Nine months is a long time to go without a full check, even at 74%,” he said. “But nine months beats the alternative, which was nothing. We’ve all seen what an empty plant does to a town.”
Q direct Dwayne Kowalczyk :: “Nine months is a long time to go without a full check, even at 74%,”
F duration Nine months
F percent 74%
Q direct Dwayne Kowalczyk :: “But nine months beats the alternative, which was nothing. We’ve all seen what an empty plant does to a town.”
F duration nine months
> Orion Township Supervisor Patrick St. Amour said the plant pays about $6.8 million a year in property taxes, close to a quarter of the township’s revenue. “When the rumors started in January, people at the diner were asking me if we’d be the next Lordstown,” St. Amour said.
L city Orion Township
P full Patrick St. Amour
F money $6.8 million
F fraction a quarter
Q direct Patrick St. Amour :: “When the rumors started in January, people at the diner were asking me if we’d be the next Lordstown,”
L city Lordstown
P partial St. Amour
> Suppliers in nearby Oxford and Independence townships, which employ another 1,900 people, were told to expect lower orders from August through April.
L city Oxford
L city Independence
F number 1,900
> A person familiar with the plans, who was not authorized to speak publicly, said GM had weighed moving the van to its plant in Ramos Arizpe, Mexico. “Orion won because the battery plant in Lansing is 70 miles away and because the union didn’t fight the timeline,” the person said.
O company GM
L city Ramos Arizpe
L country Mexico
Q direct - :: “Orion won because the battery plant in Lansing is 70 miles away and because the union didn’t fight the timeline,”
L facility Orion
L city Lansing
F quantity 70 miles
> Kiara Bell-Dupont, 34, of Lake Orion, who installs wiring harnesses on second shift, said she will drive for DoorDash during the layoff.
P full Kiara Bell-Dupont
F age 34
L city Lake Orion
O company DoorDash
> “I’ve got a 6-year-old and a mortgage. I’ll do what I have to,” she said. “I just want a date. Tell me Aug. 3 or tell me Sept. 1, but tell me.”
Q direct Kiara Bell-Dupont :: “I’ve got a 6-year-old and a mortgage. I’ll do what I have to,”
F age 6-year-old
Q direct Kiara Bell-Dupont :: “I just want a date. Tell me Aug. 3 or tell me Sept. 1, but tell me.”
F date Aug. 3
F date Sept. 1
> The Michigan Strategic Fund approved a $95 million grant for the project at its March 26 meeting. The state says the deal protects 4,200 jobs at the plant, which opened in 1983.
O government Michigan Strategic Fund
F money $95 million
F date March 26
F number 4,200
F date 1983
> Contact Kayla Brzezinski-Owens: kbrzezinski@freepress.com.
P full Kayla Brzezinski-Owens
'''

ARTICLES['1176-nhs-highland-lawson-memorial-golspie-closure-sutherland-msp-scotsman'] = r'''
> Health
> Highland hospital closure plan ‘rips the heart out of Sutherland’, says MSP
L region Highland
Q direct Fiona Mackay-Grant :: ‘rips the heart out of Sutherland’
L region Sutherland
> NHS Highland wants to shut Golspie’s Lawson Memorial and move its 18 beds up to 60 miles away
O government NHS Highland
L city Golspie
O other Lawson Memorial
F number 18
F quantity 60 miles
> By Catrìona NicLeòid
P full Catrìona NicLeòid
> Health Correspondent
> Published 3rd Apr 2040, 17:45 BST
F date 3rd Apr 2040
F time 17:45 BST
> The Lawson Memorial Hospital in Golspie, which the health board says is “no longer fit for purpose”. Picture: Hamish Dunnet
O other Lawson Memorial Hospital
L city Golspie
Q direct NHS Highland :: “no longer fit for purpose”
P full Hamish Dunnet
> PLANS to close a community hospital in Sutherland and move its 18 beds to Inverness and Bonar Bridge have been branded “a betrayal of the north” by campaigners, as NHS Highland seeks to close a £31.7m funding gap.
L region Sutherland
F number 18
L city Inverness
L city Bonar Bridge
Q direct - :: “a betrayal of the north”
O government NHS Highland
F money £31.7m
> Under proposals going before the health board on 28 April, the Lawson Memorial Hospital in Golspie would close by March 2042, with inpatients sent to Migdale Hospital, 24 miles away, or to Raigmore Hospital in Inverness, almost 60 miles south.
F date 28 April
O other Lawson Memorial Hospital
L city Golspie
F date March 2042
O other Migdale Hospital
F quantity 24 miles
O other Raigmore Hospital
L city Inverness
F quantity 60 miles
> The board says the 1960s building needs £9.4m of repairs and that its beds were only 61 per cent full last year. A new £6.2m health and care hub in Brora, 5 miles north, would offer GP appointments, X-rays and six “step-down” beds. Patients needing surgery would still travel to Raigmore or to Caithness General in Wick.
F date 1960s
F money £9.4m
F percent 61 per cent
F money £6.2m
L city Brora
F quantity 5 miles
F number six
Q scare - :: “step-down”
O other Raigmore
O other Caithness General
L city Wick
> Dr Morag Sutherland-Ross, NHS Highland’s medical director for the north, said: “We cannot safely staff three small hospitals in east Sutherland. Last winter we closed beds on 47 nights because there was no nurse to cover them. That is not a service, that is a lottery.
P full Morag Sutherland-Ross
O government NHS Highland
Q direct Morag Sutherland-Ross :: “We cannot safely staff three small hospitals in east Sutherland. Last winter we closed beds on 47 nights because there was no nurse to cover them. That is not a service, that is a lottery.
F number three
L region Sutherland
F number 47
> “What we are proposing is fewer buildings and more care at home. Nobody will lose a service they use today.”
Q direct Morag Sutherland-Ross :: “What we are proposing is fewer buildings and more care at home. Nobody will lose a service they use today.”
> Caithness, Sutherland and Ross MSP Fiona Mackay-Grant said the figures had been “chosen to fit a decision already made”.
L region Caithness, Sutherland and Ross
P full Fiona Mackay-Grant
Q direct Fiona Mackay-Grant :: “chosen to fit a decision already made”
> “This plan rips the heart out of Sutherland,” she said. “Families in Helmsdale and Kinbrace will be asked to travel 70 miles to sit with a dying parent. NHS Highland calls that ‘care closer to home’. I call it something else, and I will be raising it at Holyrood next week.”
Q direct Fiona Mackay-Grant :: “This plan rips the heart out of Sutherland,”
L region Sutherland
Q direct Fiona Mackay-Grant :: “Families in Helmsdale and Kinbrace will be asked to travel 70 miles to sit with a dying parent. NHS Highland calls that ‘care closer to home’. I call it something else, and I will be raising it at Holyrood next week.”
L city Helmsdale
L city Kinbrace
F quantity 70 miles
O government NHS Highland
O government Holyrood
> A Scottish Government spokesperson said ministers expected NHS Highland to “engage fully with local communities” before any decision, and noted that the board’s budget had risen to £1.27bn this year.
O government Scottish Government
O government NHS Highland
Q direct - :: “engage fully with local communities”
F money £1.27bn
> Alasdair Gunn, 81, from Embo, said his late wife spent her last fortnight in the Lawson, ten minutes from their door.
P full Alasdair Gunn
F age 81
L city Embo
O other Lawson
F duration ten minutes
> “I could walk in every morning and hold her hand. If that had been Inverness, I would have seen her twice,” Mr Gunn said.
Q direct Alasdair Gunn :: “I could walk in every morning and hold her hand. If that had been Inverness, I would have seen her twice,”
L city Inverness
P partial Gunn
> Highland Council will debate a motion opposing the closure on 14 May, tabled by East Sutherland and Edderton councillor Jean Matheson-Rose, who called the plan “a spreadsheet answer to a human question”.
O government Highland Council
F date 14 May
L region East Sutherland and Edderton
P full Jean Matheson-Rose
Q direct Jean Matheson-Rose :: “a spreadsheet answer to a human question”
> The consultation runs for 12 weeks from 5 May, with public meetings in Golspie, Brora and Dornoch and at the Assembly Rooms in Wick on 19 May at 7pm.
F duration 12 weeks
F date 5 May
L city Golspie
L city Brora
L city Dornoch
L facility Assembly Rooms
L city Wick
F date 19 May
F time 7pm
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
