#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval283 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval283/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1741-fenwright-materials-cambridge-spinout-48m-round-larkspur-haverhill-the-times'] = r'''
> Business
> ‘We are not selling to the first bidder’: Cambridge spin-out Fenwright raises £48m
Q direct Imogen Halloway-Reyes :: ‘We are not selling to the first bidder’
L city Cambridge
O company Fenwright
F money £48m
> The battery materials start-up, founded in 2037, will more than double its staff to 120 as London investors back its sodium cell coatings
F date 2037
F number 120
L city London
> Edmund Ravensworth, Technology Correspondent
P full Edmund Ravensworth
> Tuesday October 16 2040, 12.01am, The Times
F date October 16 2040
F time 12.01am
O media The Times
> Dr Imogen Halloway-Reyes in the company’s laboratory on the Cambridge Science Park NINA DRUMMOND-OKE FOR THE TIMES
P full Imogen Halloway-Reyes
L facility Cambridge Science Park
P full NINA DRUMMOND-OKE
O media THE TIMES
> A battery materials company spun out of a University of Cambridge laboratory has raised £48 million in one of the largest early-stage rounds for a British deep-tech start-up this year, and its founder says she has turned down two takeover approaches from American groups.
O education University of Cambridge
F money £48 million
F number two
> Fenwright Materials, which makes a ceramic coating that lets sodium-ion cells charge to 80 per cent in 12 minutes, was founded in 2037 by Dr Imogen Halloway-Reyes, 41, a former research fellow in the Department of Chemical Engineering and Biotechnology. The round was led by Larkspur Ventures, a London venture firm, with the National Wealth Fund and Cambridge Enterprise, the university’s commercialisation arm, also taking part.
O company Fenwright Materials
F percent 80 per cent
F duration 12 minutes
F date 2037
P full Imogen Halloway-Reyes
F age 41
O education Department of Chemical Engineering and Biotechnology
O company Larkspur Ventures
L city London
O government National Wealth Fund
O company Cambridge Enterprise
> “We are not selling to the first bidder,” Dr Halloway-Reyes said. “Two of the offers would have moved the whole team to California within 18 months.”
Q direct Imogen Halloway-Reyes :: “We are not selling to the first bidder,”
P partial Halloway-Reyes
Q direct Imogen Halloway-Reyes :: “Two of the offers would have moved the whole team to California within 18 months.”
F number Two
L region California
F duration 18 months
> The money values Fenwright at about £210m after the round, according to two people familiar with the deal. It will pay for a pilot coating line in Haverhill, Suffolk, where the company has leased a 40,000 sq ft unit, and lift the payroll from 54 employees to 120 by the end of 2041.
O company Fenwright
F money £210m
F number two
L city Haverhill
L region Suffolk
F quantity 40,000 sq ft
F number 54
F number 120
F date 2041
> Sebastian Quarrie, a partner at Larkspur who joins the board, said the company’s cells had passed 3,000 charging cycles with less than 5% loss of capacity in tests at the Faraday Institution in Harwell. “Most of what we see from university labs is a clever paper looking for a product,” he said. “This is a product that happens to have a very clever paper behind it.”
P full Sebastian Quarrie
O company Larkspur
F number 3,000
F percent 5%
O nonprofit Faraday Institution
L city Harwell
Q direct Sebastian Quarrie :: “Most of what we see from university labs is a clever paper looking for a product,”
Q direct Sebastian Quarrie :: “This is a product that happens to have a very clever paper behind it.”
> He said the firm’s third fund, which closed at £620 million in March 2039, was “built for exactly this kind of company”.
F money £620 million
F date March 2039
Q direct Sebastian Quarrie :: “built for exactly this kind of company”
> Cambridge spin-outs raised £1.9 billion in 2039, up 14 per cent on the year before, according to Cambridge Enterprise. Its head of ventures, Dr Farida Nightingale, said the university now took a smaller stake in new companies — typically between 10 and 20 per cent, down from about a third.
L city Cambridge
F money £1.9 billion
F date 2039
F percent 14 per cent
O company Cambridge Enterprise
P full Farida Nightingale
F percent 10
F percent 20 per cent
F fraction a third
> “We heard the criticism loud and clear. Founders told us the old terms were ‘a tax on ambition’, and some of them had a point,” she said.
Q direct Farida Nightingale :: “We heard the criticism loud and clear. Founders told us the old terms were ‘a tax on ambition’, and some of them had a point,”
> The science minister, Rupert Calloway-Dene, who visited the Haverhill site last month, called the round “a vote of confidence in British science” and said the government would publish its spin-out review “within weeks”.
P full Rupert Calloway-Dene
L city Haverhill
Q direct Rupert Calloway-Dene :: “a vote of confidence in British science”
Q direct Rupert Calloway-Dene :: “within weeks”
> In a statement, the Department for Science, Innovation and Technology (DSIT) said ministers wanted “more companies like this one, and fewer of them sold to Silicon Valley at the first offer”.
O government Department for Science, Innovation and Technology
O government DSIT
Q direct Department for Science, Innovation and Technology :: “more companies like this one, and fewer of them sold to Silicon Valley at the first offer”
L region Silicon Valley
> An investor who looked at the round and passed said the valuation assumed a “heroic” ramp-up at Haverhill. “It is a lovely technology. Whether it is a business at £210 million is another question,” the investor said.
Q direct - :: “heroic”
L city Haverhill
Q direct - :: “It is a lovely technology. Whether it is a business at £210 million is another question,”
F money £210 million
> Dr Halloway-Reyes, who studied at Imperial College London, said the first coated cells would ship to a car maker in the West Midlands in the spring of 2042.
P partial Halloway-Reyes
O education Imperial College London
L region West Midlands
F date 2042
'''

ARTICLES['1742-vande-bharat-sleeper-delhi-mumbai-rollout-railway-board-kota-icf-economic-times'] = r'''
> Infrastructure
> Vande Bharat Sleeper Trains Begin Delhi-Mumbai Run, Cut Journey To 12 Hours
L city Delhi
L city Mumbai
F duration 12 Hours
> Synopsis
> Indian Railways will run 16 sleeper rakes on the 1,386-km corridor by March 2041, the Railway Board chairman said, with fares about 8% above the Rajdhani’s.
O government Indian Railways
F number 16
F quantity 1,386-km
F date March 2041
O government Railway Board
F percent 8%
> By Kavya Raghunathan, ET Bureau
P full Kavya Raghunathan
O media ET Bureau
> Last Updated: Feb 12, 2041, 07:32:00 PM IST
F date Feb 12, 2041
F time 07:32:00 PM IST
> The first sleeper rake at Mumbai Central on Tuesday. (Photo: Omkar Bhise-Patil/ET)
L facility Mumbai Central
P full Omkar Bhise-Patil
O media ET
> Mumbai: Indian Railways on Tuesday flagged off the first Vande Bharat sleeper service between New Delhi station and Mumbai Central, promising to cover the 1,386 km in about 12 hours and 30 minutes, roughly four hours faster than the quickest Rajdhani Express on the route.
L city Mumbai
O government Indian Railways
L facility New Delhi
L facility Mumbai Central
F quantity 1,386 km
F duration 12 hours
F duration 30 minutes
F duration four hours
> The 16-coach train, built at the Integral Coach Factory (ICF) in Chennai, left the capital at 4:55 pm and was due in Mumbai at 7:25 am on Wednesday. Regular services start on February 20, with one train in each direction every night.
F number 16
O government Integral Coach Factory
O government ICF
L city Chennai
F time 4:55 pm
L city Mumbai
F time 7:25 am
F date February 20
F number one
> Railway Board chairman Satyendra Mohan Kulkarni said the ministry would have 16 such rakes on the corridor by March 2041 and wanted sleeper trains on eight more routes within two years. The rollout has cost Rs 2,840 crore so far, he said.
O government Railway Board
P full Satyendra Mohan Kulkarni
F number 16
F date March 2041
F number eight
F duration two years
F money Rs 2,840 crore
> “Passengers have been telling us for years that the Rajdhani is comfortable but slow, and the Vande Bharat chair car is fast but you cannot sleep in it,” Kulkarni told ET. “This train answers both complaints.
Q direct Satyendra Mohan Kulkarni :: “Passengers have been telling us for years that the Rajdhani is comfortable but slow, and the Vande Bharat chair car is fast but you cannot sleep in it,”
P partial Kulkarni
O media ET
Q direct Satyendra Mohan Kulkarni :: “This train answers both complaints.
> “We have tested it at 180 km per hour on the Kota section. On this route it will be limited to 160 km per hour until the new signalling is finished in 2042.”
Q direct Satyendra Mohan Kulkarni :: “We have tested it at 180 km per hour on the Kota section. On this route it will be limited to 160 km per hour until the new signalling is finished in 2042.”
F quantity 180 km per hour
L city Kota
F quantity 160 km per hour
F date 2042
> Of the 16 coaches, 11 are third AC, four second AC and one first AC, with 823 berths in all. A third-AC berth costs Rs 3,240, about 8% more than on the Rajdhani.
F number 16
F number 11
F number four
F number one
F number 823
F money Rs 3,240
F percent 8%
> At the Chennai factory, senior section engineer Lakshmi Narayanan Iyer said the bogies had been redesigned after night trials in 2039 showed too much vibration. “The first prototype was ‘a beautiful bed on a bad road’, as one of our loco pilots put it,” she said. “We changed the suspension and added 1.2 tonnes of damping per coach.”
L city Chennai
P full Lakshmi Narayanan Iyer
F date 2039
Q direct Lakshmi Narayanan Iyer :: “The first prototype was ‘a beautiful bed on a bad road’, as one of our loco pilots put it,”
Q direct Lakshmi Narayanan Iyer :: “We changed the suspension and added 1.2 tonnes of damping per coach.”
F quantity 1.2 tonnes
> For Rekha Meena, 54, a schoolteacher from Kota who boarded at the Rajasthan city’s junction, the overnight run means she can visit her son in Thane without losing a day’s leave. “I used to spend ₹1,900 and 14 hours sitting up in a chair car. Now I lie down in Kota and wake up in Borivali,” she said.
P full Rekha Meena
F age 54
L city Kota
L region Rajasthan
L city Thane
Q direct Rekha Meena :: “I used to spend ₹1,900 and 14 hours sitting up in a chair car. Now I lie down in Kota and wake up in Borivali,”
F money ₹1,900
F duration 14 hours
L city Kota
L city Borivali
> Analysts were less sure about the economics. Rohan Sethia of Dalal Crest Securities, a Mumbai brokerage, estimated that each train would need an occupancy of 70 per cent to cover operating costs and said the corridor’s “real test” would come in the monsoon months.
P full Rohan Sethia
O company Dalal Crest Securities
L city Mumbai
F percent 70 per cent
Q direct Rohan Sethia :: “real test”
> “The Rajdhani runs 95% full. The question is whether people pay a premium for four hours, or whether the airlines cut fares to ₹4,000 and win them back,” Sethia said. Shares of rail-coach suppliers rose as much as 3.6% on the NSE on Tuesday.
Q direct Rohan Sethia :: “The Rajdhani runs 95% full. The question is whether people pay a premium for four hours, or whether the airlines cut fares to ₹4,000 and win them back,”
F percent 95%
F duration four hours
F money ₹4,000
P partial Sethia
F percent 3.6%
O company NSE
> The ministry has set aside Rs 9,600 crore in its 2041-42 budget for sleeper rakes, part of what officials call the “night-train” push.
F money Rs 9,600 crore
F date 2041-42
Q scare - :: “night-train”
'''

ARTICLES['1743-la-galaxy-lafc-el-trafico-dignity-health-sports-park-red-card-espn'] = r'''
> MLS
O other MLS
> Galaxy beat 10-man LAFC 3-1 as Okonjo-Reyes scores twice in El Tráfico
O team Galaxy
F number 10
O team LAFC
F score 3-1
P partial Okonjo-Reyes
> A straight red card for Ruben Castellanos-Whyte swung the derby in Carson before Yusuf Brandt added a stoppage-time third.
P full Ruben Castellanos-Whyte
L city Carson
P full Yusuf Brandt
> Elena Whitcombe-Soto, ESPN
P full Elena Whitcombe-Soto
O media ESPN
> Apr 21, 2041, 01:18 AM ET
F date Apr 21, 2041
F time 01:18 AM ET
> Mateo Okonjo-Reyes celebrates his second goal at Dignity Health Sports Park. Harold Kinsey-Amaro/Getty Images
P full Mateo Okonjo-Reyes
L facility Dignity Health Sports Park
P full Harold Kinsey-Amaro
O company Getty Images
> CARSON, Calif. -- Mateo Okonjo-Reyes scored twice and the LA Galaxy beat 10-man LAFC 3-1 on Saturday night, ending a five-match winless run against their neighbours in front of a sellout crowd of 26,114 at Dignity Health Sports Park.
L city CARSON
L region Calif.
P full Mateo Okonjo-Reyes
O team LA Galaxy
F number 10
O team LAFC
F score 3-1
F number five
F number 26,114
L facility Dignity Health Sports Park
> The Colombian forward, 24, opened the scoring in the 19th minute, turning in a low cross from left back Tariq Lindqvist-Bello, and doubled the lead just after half-time with a curling shot from 20 yards after a quick exchange with Brandt.
F age 24
P full Tariq Lindqvist-Bello
F quantity 20 yards
P partial Brandt
> LAFC pulled one back through Kenji Aldana-Moss in the 58th minute, but the visitors were reduced to 10 men eight minutes later when centre back Castellanos-Whyte was shown a straight red for a lunge on Brandt. Brandt then sealed it in stoppage time, finishing a counter started by goalkeeper Idris Molloy.
O team LAFC
P full Kenji Aldana-Moss
F number 10
F duration eight minutes
P partial Castellanos-Whyte
P partial Brandt
P partial Brandt
P full Idris Molloy
> The win lifts the Galaxy to 5-2-1 and 16 points, two behind the Western Conference leaders, the Seattle Sounders. LAFC, who had won their first four games, fall to 4-1-2.
O team Galaxy
F score 5-2-1
F number 16
F number two
O other Western Conference
O team Seattle Sounders
O team LAFC
F number four
F score 4-1-2
> "I told the guys at half-time, 'They will give us space on the break, so be patient,'" Galaxy coach Dariusz Kellerman said. "Mateo did exactly that. He could have had three."
Q direct Dariusz Kellerman :: "I told the guys at half-time, 'They will give us space on the break, so be patient,'"
O team Galaxy
P full Dariusz Kellerman
Q direct Dariusz Kellerman :: "Mateo did exactly that. He could have had three."
P partial Mateo
F number three
> Kellerman, 52, said his side would assess Lindqvist-Bello, who limped off after 81 minutes with a hamstring problem, before Wednesday's trip to Houston.
P partial Kellerman
F age 52
P partial Lindqvist-Bello
F duration 81 minutes
L city Houston
> Okonjo-Reyes, who joined from Atlético Nacional in January for a reported $6.5 million, now has seven goals in eight appearances. "It's the game everybody in this city talks about for a week," he said. "You don't want to be the one walking past the LAFC fans at the grocery store on Monday."
P partial Okonjo-Reyes
O team Atlético Nacional
F money $6.5 million
F number seven
F number eight
Q direct Mateo Okonjo-Reyes :: "It's the game everybody in this city talks about for a week,"
Q direct Mateo Okonjo-Reyes :: "You don't want to be the one walking past the LAFC fans at the grocery store on Monday."
O team LAFC
> LAFC coach Amara Lindholm-Essien did not hide from the red card. "It's a red. Ruben knows it, I know it," she said. "But for 60 minutes we were the better team, and I'm not going to let one tackle decide how I feel about this group."
O team LAFC
P full Amara Lindholm-Essien
Q direct Amara Lindholm-Essien :: "It's a red. Ruben knows it, I know it,"
P partial Ruben
Q direct Amara Lindholm-Essien :: "But for 60 minutes we were the better team, and I'm not going to let one tackle decide how I feel about this group."
F duration 60 minutes
F number one
> Castellanos-Whyte will miss at least one game, and a league spokesman said the MLS Disciplinary Committee would review the tackle "as a matter of routine." A club official, speaking on condition of anonymity, called the challenge "reckless but not malicious."
P partial Castellanos-Whyte
F number one
O other MLS Disciplinary Committee
Q direct - :: "as a matter of routine."
Q direct - :: "reckless but not malicious."
> The Galaxy had 58% of possession and 17 shots to LAFC's 9. Molloy made four saves, the best of them a diving stop on Aldana-Moss at 2-1.
O team Galaxy
F percent 58%
F number 17
O team LAFC
F number 9
P partial Molloy
F number four
P partial Aldana-Moss
F score 2-1
> The teams meet again on July 4 at BMO Stadium, where LAFC have not lost to the Galaxy since 2038. Kickoff is at 7:30 p.m. PT.
F date July 4
L facility BMO Stadium
O team LAFC
O team Galaxy
F date 2038
F time 7:30 p.m. PT
'''

ARTICLES['1744-cockburn-lithium-kwinana-refinery-writedown-240-jobs-australian-financial-review'] = r'''
> Mining
> Cockburn Lithium writes down Kwinana refinery by $1.1b, cuts 240 jobs
O company Cockburn Lithium
L city Kwinana
F money $1.1b
F number 240
> The Perth-based refiner has slashed the value of its hydroxide plant by almost two-thirds and will run it at half capacity until prices recover.
L city Perth
F fraction two-thirds
F fraction half
> Tessa Montgomery-Vaile
P full Tessa Montgomery-Vaile
> Mining reporter
> Updated Feb 26, 2041 – 5.12pm, first published at 9.41am
F date Feb 26, 2041
F time 5.12pm
F time 9.41am
> Cockburn Lithium’s Kwinana refinery has never run above 55 per cent of its design capacity. Callum Reyes-Whitford
O company Cockburn Lithium
L city Kwinana
F percent 55 per cent
P full Callum Reyes-Whitford
> Cockburn Lithium will write down the value of its Kwinana lithium hydroxide refinery by $1.1 billion, cut 240 of its 610 jobs and run the plant at half its 50,000-tonne annual capacity, in one of the biggest retreats yet from Western Australia’s push into battery chemicals.
O company Cockburn Lithium
L city Kwinana
F money $1.1 billion
F number 240
F number 610
F fraction half
F quantity 50,000-tonne
L region Western Australia
> The ASX-listed refiner said on Wednesday the impairment would push it to a statutory net loss of $1.26 billion for the half to December 31, against a profit of $84 million a year earlier. Shares fell 17.5 per cent to $1.42, their lowest since the company listed in 2036.
O company ASX
F money $1.26 billion
F date December 31
F money $84 million
F percent 17.5 per cent
F money $1.42
F date 2036
> Chief executive Marguerite Oyelaran-Beck said hydroxide prices of about $US9,500 a tonne were well below the $US14,000 the plant needed to break even, and that Chinese rivals were selling at a loss through what traders call a “lithium winter”. “We built a world-class refinery for a market that turned out to be a lot smaller and a lot more crowded than anyone in Perth, Canberra or Beijing expected,” she said.
P full Marguerite Oyelaran-Beck
F money $US9,500
F money $US14,000
Q scare - :: “lithium winter”
Q direct Marguerite Oyelaran-Beck :: “We built a world-class refinery for a market that turned out to be a lot smaller and a lot more crowded than anyone in Perth, Canberra or Beijing expected,”
L city Perth
L city Canberra
L city Beijing
> “This is not a funeral. We are putting the plant on a diet, not in a coffin,” she told The Australian Financial Review.
Q direct Marguerite Oyelaran-Beck :: “This is not a funeral. We are putting the plant on a diet, not in a coffin,”
O media The Australian Financial Review
> The refinery, which cost $1.7 billion and opened in 2037 with $300 million of federal support, produced 21,400 tonnes of hydroxide in 2040. Ms Oyelaran-Beck said the remaining 370 workers would keep only the first of its two processing trains running, and that the company had enough cash — $412 million at December 31 — to last through 2043 even if prices did not improve.
F money $1.7 billion
F date 2037
F money $300 million
F quantity 21,400 tonnes
F date 2040
P partial Oyelaran-Beck
F number 370
F number two
F money $412 million
F date December 31
F date 2043
> Jasper Kwan-Holloway, an analyst at Sydney broker Tarrant Lane Securities, said the writedown was “overdue by at least a year” and that investors should expect more. He estimates the market will stay oversupplied by 80,000 to 100,000 tonnes a year until 2042.
P full Jasper Kwan-Holloway
L city Sydney
O company Tarrant Lane Securities
Q direct Jasper Kwan-Holloway :: “overdue by at least a year”
F quantity 80,000
F quantity 100,000 tonnes
F date 2042
> “The board has been valuing this asset as if 2022 prices were coming back. They are not,” Mr Kwan-Holloway said. “A third of the Western Australian hydroxide capacity built this decade is now idle or for sale.”
Q direct Jasper Kwan-Holloway :: “The board has been valuing this asset as if 2022 prices were coming back. They are not,”
F date 2022
P partial Kwan-Holloway
Q direct Jasper Kwan-Holloway :: “A third of the Western Australian hydroxide capacity built this decade is now idle or for sale.”
F fraction A third
> In Kwinana, where the refinery is one of the town’s biggest employers, the news landed hard. City of Kwinana councillor Deb Ferrante-Laidlaw said 60 of the jobs going were held by locals, many of them former apprentices from the South Metropolitan TAFE campus in Rockingham.
L city Kwinana
O government City of Kwinana
P full Deb Ferrante-Laidlaw
F number 60
O education South Metropolitan TAFE
L city Rockingham
> “These are 24-year-olds with mortgages in Wellard and Bertram,” she said. “They were told this was a 30-year industry. Nobody said ‘unless the price halves’.”
Q direct Deb Ferrante-Laidlaw :: “These are 24-year-olds with mortgages in Wellard and Bertram,”
F age 24-year-olds
L city Wellard
L city Bertram
Q direct Deb Ferrante-Laidlaw :: “They were told this was a 30-year industry. Nobody said ‘unless the price halves’.”
F duration 30-year
> The state’s Department of Jobs, Tourism, Science and Innovation said it was “disappointed but not surprised” and would help retrenched workers into jobs on $4 billion of state-funded port and rail projects. A person familiar with the board’s thinking said a sale of the plant was “not off the table”. Cockburn Lithium will hand down its half-year results on Thursday at 8.30am.
O government Department of Jobs, Tourism, Science and Innovation
Q direct Department of Jobs, Tourism, Science and Innovation :: “disappointed but not surprised”
F money $4 billion
Q direct - :: “not off the table”
O company Cockburn Lithium
F time 8.30am
'''

ARTICLES['1745-auckland-second-harbour-crossing-tunnel-decision-northcote-waitemata-rnz'] = r'''
> New Zealand
L country New Zealand
> Government picks tunnels for second Auckland harbour crossing, rules out new bridge
L city Auckland
> The twin road and light rail tunnels under the Waitematā Harbour will cost an estimated $38 billion, with the first bore due to open in 2044.
L geo Waitematā Harbour
F money $38 billion
F date 2044
> Marama Tuhiwai-Grant, Auckland reporter
P full Marama Tuhiwai-Grant
L city Auckland
> 4:05 pm on 11 June 2038
F time 4:05 pm
F date 11 June 2038
> Traffic on the Auckland Harbour Bridge, which carries about 160,000 vehicles a day. Photo: RNZ / Hemi Sadler-Rākete
L facility Auckland Harbour Bridge
F number 160,000
O media RNZ
P full Hemi Sadler-Rākete
> The government has chosen a pair of tunnels under the Waitematā Harbour for Auckland's second harbour crossing, ending more than 20 years of argument over whether to build another bridge.
L geo Waitematā Harbour
L city Auckland
F duration 20 years
> Transport Minister Aroha Pennington-Hale announced the decision at Wynyard Quarter this afternoon. The road tunnels will run about 5.5km from Esmonde Road in Takapuna to the city centre, with three lanes each way, and a third bore will carry light rail.
P full Aroha Pennington-Hale
L city Wynyard Quarter
F quantity 5.5km
L street Esmonde Road
L city Takapuna
F number three
> "We looked at a second bridge very seriously. It would have been cheaper by about $4 billion, but it would have put another 60-metre wall of concrete across the harbour for the next 100 years," she said.
Q direct Aroha Pennington-Hale :: "We looked at a second bridge very seriously. It would have been cheaper by about $4 billion, but it would have put another 60-metre wall of concrete across the harbour for the next 100 years,"
F money $4 billion
F quantity 60-metre
F duration 100 years
> Pennington-Hale said enabling works would start in late 2039, and the light rail bore would follow the road tunnels by two years. The crossing will be paid for with tolls of between $3 and $6 a trip and a $9.2 billion loan from central government, while NZ Transport Agency Waka Kotahi (NZTA) will build and run it.
P partial Pennington-Hale
F date 2039
F duration two years
F money $3
F money $6
F money $9.2 billion
O government NZ Transport Agency Waka Kotahi
O government NZTA
> Auckland Council's principal transport planner, Dr Sione Fa'avae-Lindqvist, said the council had pushed for the tunnel option since 2036. "A bridge lands thousands of cars at the top of the city centre. A tunnel lets us put them underground and give the waterfront back to people," he said.
O government Auckland Council
P full Sione Fa'avae-Lindqvist
F date 2036
Q direct Sione Fa'avae-Lindqvist :: "A bridge lands thousands of cars at the top of the city centre. A tunnel lets us put them underground and give the waterfront back to people,"
> In Northcote, on the North Shore, Jan Whitaker-Moana, 67, said she had been "waiting half my life" for a decision. From her house on Queen Street she has watched the bridge's "clip-ons" being patched again and again.
L city Northcote
L region North Shore
P full Jan Whitaker-Moana
F age 67
Q direct Jan Whitaker-Moana :: "waiting half my life"
F fraction half
L street Queen Street
Q scare - :: "clip-ons"
> "Every time they close a lane, the whole peninsula grinds to a halt. I just hope I'm still driving by the time it's finished," she said. "My grandson will be 14 by then. He'll be the one using it."
Q direct Jan Whitaker-Moana :: "Every time they close a lane, the whole peninsula grinds to a halt. I just hope I'm still driving by the time it's finished,"
Q direct Jan Whitaker-Moana :: "My grandson will be 14 by then. He'll be the one using it."
F age 14
> University of Auckland tunnelling engineer Professor Rangi Tautahi-Moore said the ground under the harbour, a mix of soft marine mud and sandstone, was well understood, but the tunnels would reach depths of about 50 metres and would be among the longest undersea road tunnels in the southern hemisphere.
O education University of Auckland
P full Rangi Tautahi-Moore
F quantity 50 metres
> "The engineering is not the risk. The risk is the 'we'll sort it out later' stuff - the ventilation, the connections at each end, who pays for what," he said. "That's where Sydney and Melbourne blew their budgets."
Q direct Rangi Tautahi-Moore :: "The engineering is not the risk. The risk is the 'we'll sort it out later' stuff - the ventilation, the connections at each end, who pays for what,"
Q direct Rangi Tautahi-Moore :: "That's where Sydney and Melbourne blew their budgets."
L city Sydney
L city Melbourne
> Tautahi-Moore said each road tunnel would be about 14 metres across, wide enough for three lanes and an emergency shoulder, and that boring under the harbour would take roughly 30 months.
P partial Tautahi-Moore
F quantity 14 metres
F number three
F duration 30 months
> The decision still needs a business case, due in March 2039, and consent under fast-track legislation. A National Party transport spokesperson called the tunnels "a gold-plated promise" the country could not afford, and the Automobile Association (AA) said it welcomed the end of "a soap opera that has run for two decades".
F date March 2039
O party National Party
Q direct - :: "a gold-plated promise"
O nonprofit Automobile Association
O nonprofit AA
Q direct Automobile Association :: "a soap opera that has run for two decades"
F duration two decades
> NZTA will begin test drilling at 14 sites in the harbour in September, the minister said.
O government NZTA
F number 14
'''

ARTICLES['1746-riyadh-bus-network-100-million-passengers-rcrc-saptco-al-olaya-arab-news'] = r'''
> Business & Economy
> Riyadh Bus Network Passes 100 Million Passengers in Third Year
F number 100 Million
> Royal Commission says ridership rose 38 percent in 2039 as routes feeding the metro were expanded
O government Royal Commission
F percent 38 percent
F date 2039
> Reem Al-Khathlan
P full Reem Al-Khathlan
> Updated 09 March 2040
F date 09 March 2040
> A Riyadh Bus at a stop on King Fahd Road in Al Olaya district. (AN photo by Huda Al-Sabeel)
L street King Fahd Road
L city Al Olaya
O media AN
P full Huda Al-Sabeel
> RIYADH: Riyadh’s public bus network carried its 100 millionth passenger on Sunday, less than three years after the last of its 80 routes entered service, the Royal Commission for Riyadh City (RCRC) said.
L city RIYADH
L city Riyadh
F duration three years
F number 80
O government Royal Commission for Riyadh City
O government RCRC
> Ridership in 2039 rose 38 percent to 41.6 million trips, or about 114,000 a day, the commission said in a statement on Monday. Passenger numbers on routes feeding the Riyadh Metro grew fastest, by 61 percent.
F date 2039
F percent 38 percent
F number 41.6 million
F number 114,000
F percent 61 percent
> Eng. Abdulmajeed bin Sultan Al-Qahtani, the RCRC’s director of public transport operations, said the network now has 2,860 stops, 24 bus stations and 1,920 kilometers of routes, including 86 km of dedicated bus lanes.
P full Abdulmajeed bin Sultan Al-Qahtani
O government RCRC
F number 2,860
F number 24
F quantity 1,920 kilometers
F quantity 86 km
> “When we started, many people told us, ‘Nobody in Riyadh takes the bus.’ One hundred million journeys later, I think the city has answered that,” he said. “Our target is 60 million passengers a year by 2042.”
Q direct Abdulmajeed bin Sultan Al-Qahtani :: “When we started, many people told us, ‘Nobody in Riyadh takes the bus.’ One hundred million journeys later, I think the city has answered that,”
L city Riyadh
F number One hundred million
Q direct Abdulmajeed bin Sultan Al-Qahtani :: “Our target is 60 million passengers a year by 2042.”
F number 60 million
F date 2042
> Al-Qahtani said fares would stay at SR4 ($1.07) for a two-hour ticket until at least the end of 2040, and that 140 electric buses would join the fleet of 1,060 by June 2041.
P partial Al-Qahtani
F money SR4
F money $1.07
F duration two-hour
F date 2040
F number 140
F number 1,060
F date June 2041
> For Yazeed Al-Suhaimi, 29, an accountant who works in a tower on Olaya Street, the bus has replaced a daily 45-minute drive from his home in Al-Nakheel. “I was spending SR1,200 a month on fuel and parking. Now it is SR140 and I read on the way,” he said.
P full Yazeed Al-Suhaimi
F age 29
L street Olaya Street
F duration 45-minute
L city Al-Nakheel
Q direct Yazeed Al-Suhaimi :: “I was spending SR1,200 a month on fuel and parking. Now it is SR140 and I read on the way,”
F money SR1,200
F money SR140
> He said the air-conditioned shelters had made the difference in summer, when temperatures in the capital reach 45C. “Before, waiting 10 minutes at a stop in August was a punishment,” he added.
F quantity 45C
Q direct Yazeed Al-Suhaimi :: “Before, waiting 10 minutes at a stop in August was a punishment,”
F duration 10 minutes
> Dr. Lamya Al-Ruwaili, an economist at King Saud University, said the figures were encouraging but that the network still served a small share of the city’s 8.9 million residents. She estimated that buses and the metro together carry about 4 percent of daily trips in Riyadh, against a target of 15 percent.
P full Lamya Al-Ruwaili
O education King Saud University
F number 8.9 million
F percent 4 percent
L city Riyadh
F percent 15 percent
> “Riyadh was built for the car, and a bus network cannot undo 50 years of planning in three,” she said. “The real test is whether families in the south of the city, in districts like Al-Aziziyah, start to use it, not just office workers in the center.”
Q direct Lamya Al-Ruwaili :: “Riyadh was built for the car, and a bus network cannot undo 50 years of planning in three,”
L city Riyadh
F duration 50 years
F number three
Q direct Lamya Al-Ruwaili :: “The real test is whether families in the south of the city, in districts like Al-Aziziyah, start to use it, not just office workers in the center.”
L city Al-Aziziyah
> The network is operated by the Saudi Public Transport Company (SAPTCO). Its spokesman, Majed Al-Anqari, said on-time performance reached 91 percent in January and that SAPTCO had hired 420 Saudi drivers last year. He called the 100 million mark “a shared achievement” with the RCRC.
O company Saudi Public Transport Company
O company SAPTCO
P full Majed Al-Anqari
F percent 91 percent
O company SAPTCO
F number 420
F number 100 million
Q direct Majed Al-Anqari :: “a shared achievement”
O government RCRC
> An RCRC official, who asked not to be named, said 11 more routes toward Diriyah were “under study” and could open by late 2041.
O government RCRC
F number 11
L city Diriyah
Q direct - :: “under study”
F date 2041
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
