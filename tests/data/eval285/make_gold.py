#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval285 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval285/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1753-glasgow-buchanan-bus-station-rebuild-delay-spt-govan-scotsman'] = r'''
> Transport
> Glasgow’s Buchanan Bus Station rebuild delayed two years as bill rises to £96m
L city Glasgow
L facility Buchanan Bus Station
F duration two years
F money £96m
> Passengers face temporary stances on Killermont Street until 2041 after engineers found corroded steel in the 1970s roof
L street Killermont Street
F date 2041
F date 1970s
> By Callum Dreghorn
P full Callum Dreghorn
> Transport Correspondent
> Published 14th Mar 2039, 16:45 GMT
F date 14th Mar 2039
F time 16:45 GMT
> The temporary stances on Killermont Street, where 38 bus bays fill a former car park. Picture: Iona Fairlie-Stewart
L street Killermont Street
F number 38
P full Iona Fairlie-Stewart
> The £74 million rebuild of Glasgow’s Buchanan Bus Station will not be finished until April 2041, two years later than promised, after contractors found the steel in its 1970s roof far weaker than surveys suggested.
F money £74 million
L city Glasgow
L facility Buchanan Bus Station
F date April 2041
F duration two years
F date 1970s
> Strathclyde Partnership for Transport (SPT), which owns the station, told its board on Friday that the cost had risen to £96m, an increase of almost 30 per cent, and that the 32,000 passengers who use it on an average weekday would stay in the temporary stances until then.
O government Strathclyde Partnership for Transport
O government SPT
F money £96m
F percent 30 per cent
F number 32,000
> Valerie McConachie, SPT’s chief executive, said the news was “deeply frustrating”.
P full Valerie McConachie
O government SPT
Q direct Valerie McConachie :: “deeply frustrating”
> “When we took the roof apart we found corrosion in 140 of the 212 steel ties,” Ms McConachie said. “You cannot hang a glass concourse off that and hope for the best.
Q direct Valerie McConachie :: “When we took the roof apart we found corrosion in 140 of the 212 steel ties,”
Q direct Valerie McConachie :: “You cannot hang a glass concourse off that and hope for the best.
F number 140
F number 212
P partial McConachie
> “We would rather open late than open something we have to shut again within ten years.”
Q direct Valerie McConachie :: “We would rather open late than open something we have to shut again within ten years.”
F duration ten years
> The rebuild, approved in 2036, replaces the station’s 1977 concourse with a glass hall, 42 covered stances and a cycle hub linked to Buchanan Galleries and Queen Street station.
F date 2036
F date 1977
F number 42
L facility Buchanan Galleries
L facility Queen Street
> The so-called “glass hall” was meant to be the city’s front door for coach passengers arriving from Edinburgh, Aberdeen and London. Transport Scotland has agreed to pay £30m of the cost, with Glasgow City Council adding £12m and SPT borrowing the rest.
Q scare - :: “glass hall”
L city Edinburgh
L city Aberdeen
L city London
O government Transport Scotland
F money £30m
O government Glasgow City Council
F money £12m
O government SPT
> Derek Lamont, 58, who travels in from Govan every weekday for the 7.15am Citylink coach to Edinburgh, said the temporary site was “a car park with a roof on it”.
P full Derek Lamont
F age 58
L city Govan
F time 7.15am
O company Citylink
L city Edinburgh
Q direct Derek Lamont :: “a car park with a roof on it”
> “The drivers call it ‘the Shed’ and that’s being kind,” he said. “In January I stood 25 minutes in the rain with my granddaughter because nobody could tell us which stance the Stirling bus was leaving from.”
Q direct Derek Lamont :: “The drivers call it ‘the Shed’ and that’s being kind,”
Q direct Derek Lamont :: “In January I stood 25 minutes in the rain with my granddaughter because nobody could tell us which stance the Stirling bus was leaving from.”
F duration 25 minutes
L city Stirling
> A coach driver, who asked not to be named, said: “It’s fine in August. Come back in February and try turning a 15-metre coach in there.”
Q direct - :: “It’s fine in August. Come back in February and try turning a 15-metre coach in there.”
F quantity 15-metre
> The Scottish Government’s transport minister, Ailsa Dunnachie, told Holyrood’s net zero committee on Thursday that ministers would “not write a blank cheque” but accepted that the station was “the gateway to Scotland’s biggest city”.
O government Scottish Government
P full Ailsa Dunnachie
O government Holyrood
Q direct Ailsa Dunnachie :: “not write a blank cheque”
Q direct Ailsa Dunnachie :: “the gateway to Scotland’s biggest city”
L country Scotland
> “I have asked for monthly reports on the steelwork and on the budget,” she said. “Passengers have been patient for long enough.”
Q direct Ailsa Dunnachie :: “I have asked for monthly reports on the steelwork and on the budget,”
Q direct Ailsa Dunnachie :: “Passengers have been patient for long enough.”
> Dr Rajan Bhattacharya-Reid, a structural engineer at the University of Strathclyde, said the problem was far from unique. “Half the car parks, bus stations and shopping centres built in Scotland in the 1970s are reaching the end of their design life at the same time,” he said. “The steel in these roofs was expected to last 50 years. Many have passed that mark and nobody has looked inside.”
P full Rajan Bhattacharya-Reid
O education University of Strathclyde
Q direct Rajan Bhattacharya-Reid :: “Half the car parks, bus stations and shopping centres built in Scotland in the 1970s are reaching the end of their design life at the same time,”
Q direct Rajan Bhattacharya-Reid :: “The steel in these roofs was expected to last 50 years. Many have passed that mark and nobody has looked inside.”
F fraction Half
L country Scotland
F date 1970s
F duration 50 years
> Dr Bhattacharya-Reid said about one in five stations surveyed across Britain since 2037 had shown similar corrosion.
P partial Bhattacharya-Reid
F number one
F number five
L country Britain
F date 2037
> SPT said buses would keep leaving from Killermont Street, North Hanover Street and a former car park on Cathedral Street, with staff on hand from 6am to midnight. The next update to its board is due on 27 June.
O government SPT
L street Killermont Street
L street North Hanover Street
L street Cathedral Street
F time 6am
F date 27 June
'''

ARTICLES['1754-osaka-tenma-robotics-takeover-stuttgart-gearbox-maker-hessler-nikkei-asia'] = r'''
> Robotics
> Osaka's Tenma Robotics Agrees to Buy Stuttgart Gearbox Maker for $1.3bn
L city Osaka
O company Tenma Robotics
L city Stuttgart
F money $1.3bn
> Deal gives the Japanese cobot specialist control of its precision drives as Chinese rivals close in
> HARUKA NISHIZAWA and LENA VOGT-AMBROS, Nikkei staff writers
P full HARUKA NISHIZAWA
P full LENA VOGT-AMBROS
O media Nikkei
> March 12, 2040 18:05 JST
F date March 12, 2040
F time 18:05 JST
> Tenma Robotics President Kenji Hamaguchi, left, and Hessler Antriebstechnik CEO Marlene Kessel-Uhland shake hands in Osaka on Monday. (Photo by Taro Ishikure)
O company Tenma Robotics
P full Kenji Hamaguchi
O company Hessler Antriebstechnik
P full Marlene Kessel-Uhland
L city Osaka
P full Taro Ishikure
> OSAKA -- Tenma Robotics, the Osaka-based maker of collaborative robots, will buy Stuttgart gearbox manufacturer Hessler Antriebstechnik for 190 billion yen ($1.3 billion), the companies said on Monday, in the biggest overseas acquisition in the Japanese company's 52-year history.
L city OSAKA
O company Tenma Robotics
L city Osaka
L city Stuttgart
O company Hessler Antriebstechnik
F money 190 billion yen
F money $1.3 billion
F duration 52-year
> Tenma will pay about 1.2 billion euros in cash for all shares in Hessler, which is owned by its founding family and a Munich private equity fund, Isarwerk Capital. The deal is expected to close in the first half of 2041, after approval by German and European Union regulators.
O company Tenma
F money 1.2 billion euros
O company Hessler
L city Munich
O company Isarwerk Capital
F date 2041
O intergovernmental European Union
> Hessler, founded in 1921 in the Stuttgart district of Feuerbach, makes the strain-wave and cycloidal gearboxes that let robot arms move with an accuracy of 0.01 millimeter. It employs 2,300 people, 1,700 of them in Germany, and had sales of 610 million euros last year.
O company Hessler
F date 1921
L city Stuttgart
L city Feuerbach
F quantity 0.01 millimeter
F number 2,300
F number 1,700
L country Germany
F money 610 million euros
> "For 20 years we have bought Hessler's drives. Now we will design the arm and the joint together," Tenma President Kenji Hamaguchi, 61, told reporters in Osaka. "Precision is where our customers still pay for quality."
Q direct Kenji Hamaguchi :: "For 20 years we have bought Hessler's drives. Now we will design the arm and the joint together,"
Q direct Kenji Hamaguchi :: "Precision is where our customers still pay for quality."
F duration 20 years
O company Hessler
O company Tenma
P full Kenji Hamaguchi
F age 61
L city Osaka
> He said Tenma would keep the Hessler name, its headquarters and its two plants in Baden-Wuerttemberg, and would invest 150 million euros there over five years. Tenma's own factory in Higashiosaka will assemble Hessler gearboxes for customers in Asia from 2042.
O company Tenma
O company Hessler
F number two
L region Baden-Wuerttemberg
F money 150 million euros
F duration five years
O company Tenma
L city Higashiosaka
O company Hessler
L continent Asia
F date 2042
> Hessler Chief Executive Marlene Kessel-Uhland said the family had talked to "three or four" suitors, including two Chinese groups, before choosing Tenma. "We were not looking for the highest price. We were looking for someone who would still be here in 2060," she said.
O company Hessler
P full Marlene Kessel-Uhland
Q direct Marlene Kessel-Uhland :: "three or four"
F number three
F number four
F number two
O company Tenma
Q direct Marlene Kessel-Uhland :: "We were not looking for the highest price. We were looking for someone who would still be here in 2060,"
F date 2060
> Tenma sold about 41,000 robots last year, most designed to work beside people and known in the industry as "cobots." Its shares rose 6.4% to 3,215 yen in Tokyo.
F number 41,000
Q scare - :: "cobots."
F percent 6.4%
F money 3,215 yen
L city Tokyo
> Mariko Tsujimoto, an analyst at Tokyo brokerage Yaesu Kinoshita Securities, said a price of roughly 19 times Hessler's operating profit was "on the high side, but not crazy."
P full Mariko Tsujimoto
L city Tokyo
O company Yaesu Kinoshita Securities
F number 19
O company Hessler
Q direct Mariko Tsujimoto :: "on the high side, but not crazy."
> "Gearboxes are about a third of the cost of a robot arm, and the Chinese makers have been catching up fast on price," Tsujimoto said. "Tenma is buying time as much as technology."
Q direct Mariko Tsujimoto :: "Gearboxes are about a third of the cost of a robot arm, and the Chinese makers have been catching up fast on price,"
Q direct Mariko Tsujimoto :: "Tenma is buying time as much as technology."
F fraction a third
P partial Tsujimoto
O company Tenma
> In Stuttgart, the metalworkers' union IG Metall said it had won a written guarantee of jobs and sites until the end of 2044. Union representative Jürgen Oberdorfer, who sits on Hessler's supervisory board, called it "the best deal we could get from a buyer nobody here had heard of."
L city Stuttgart
O nonprofit IG Metall
F date 2044
P full Jürgen Oberdorfer
O company Hessler
Q direct Jürgen Oberdorfer :: "the best deal we could get from a buyer nobody here had heard of."
> "The workers in Feuerbach want to know one thing: will the gears for the next robot be made here or in Osaka? Hamaguchi has promised here. We will hold him to it," Oberdorfer said.
Q direct Jürgen Oberdorfer :: "The workers in Feuerbach want to know one thing: will the gears for the next robot be made here or in Osaka? Hamaguchi has promised here. We will hold him to it,"
L city Feuerbach
F number one
L city Osaka
P partial Hamaguchi
P partial Oberdorfer
> A person familiar with the talks said Tenma first approached Hessler in the autumn of 2038 and that the price rose twice during 18 months of negotiations. "It was never really an auction," the person said.
O company Tenma
O company Hessler
F date 2038
F duration 18 months
Q direct - :: "It was never really an auction,"
> Tenma expects the deal to add about 12% to group sales in the fiscal year ending March 2042. The company has 9,400 employees worldwide.
O company Tenma
F percent 12%
F date March 2042
F number 9,400
'''

ARTICLES['1755-newcastle-united-brentford-3-1-ferreira-hale-double-st-james-park-sky-sports'] = r'''
> Premier League
O other Premier League
> Newcastle 3-1 Brentford: Ferreira-Hale double and late Reddish penalty lift Magpies
O team Newcastle
F score 3-1
O team Brentford
P partial Ferreira-Hale
P partial Reddish
O team Magpies
> Report and free match highlights as Newcastle beat Brentford 3-1 at St James' Park; Tiago Ferreira-Hale scores twice before Kwame Asante-Boyd's reply; Callum Reddish seals it from the spot in the 88th minute
O team Newcastle
O team Brentford
F score 3-1
L facility St James' Park
P full Tiago Ferreira-Hale
P full Kwame Asante-Boyd
P full Callum Reddish
> Owen Pritchard-Lowe, Football Reporter at St James' Park @OwenPL_Sky
P full Owen Pritchard-Lowe
L facility St James' Park
> Saturday 9 November 2041 19:52, UK
F date 9 November 2041
F time 19:52
L country UK
> Image: Tiago Ferreira-Hale celebrates his second goal in front of the Gallowgate End
P full Tiago Ferreira-Hale
L facility Gallowgate End
> Tiago Ferreira-Hale scored twice as Newcastle beat Brentford 3-1 at St James' Park to climb to fifth in the Premier League.
P full Tiago Ferreira-Hale
O team Newcastle
O team Brentford
F score 3-1
L facility St James' Park
O other Premier League
> The 24-year-old forward opened the scoring on 11 minutes, sweeping home from 12 yards after Liam Okafor-Dunne's cut-back, and doubled the lead three minutes after half-time with a header from Reddish's corner.
F age 24-year-old
F duration 11 minutes
F quantity 12 yards
P full Liam Okafor-Dunne
F duration three minutes
P partial Reddish
> Brentford's best chance before the break fell to Asante-Boyd, whose 25-yard free-kick was tipped over by Newcastle goalkeeper Dan Whitlock-Ayre on 34 minutes.
O team Brentford
P partial Asante-Boyd
F quantity 25-yard
O team Newcastle
P full Dan Whitlock-Ayre
F duration 34 minutes
> Brentford, who had won four of their previous five away games, got back into it on 63 minutes when Asante-Boyd curled in from the edge of the area, and the visitors pinned Newcastle back for long spells.
O team Brentford
F number four
F number five
F duration 63 minutes
P partial Asante-Boyd
O team Newcastle
> Newcastle manager Graham Elsworth made a double change on 70 minutes, sending on Ellis Marwood and 19-year-old Sami Haddad-Reeve for Okafor-Dunne and the tiring Ferreira-Hale, who left to a standing ovation from a crowd of 52,184.
O team Newcastle
P full Graham Elsworth
F duration 70 minutes
P full Ellis Marwood
F age 19-year-old
P full Sami Haddad-Reeve
P partial Okafor-Dunne
P partial Ferreira-Hale
F number 52,184
> With two minutes left, Brentford defender Jonas Lindqvist-Amadi brought down Marwood in the box and Reddish sent goalkeeper Mateus Correia the wrong way from the spot.
F duration two minutes
O team Brentford
P full Jonas Lindqvist-Amadi
P partial Marwood
P partial Reddish
P full Mateus Correia
> Newcastle had 54 per cent of the ball and 17 shots to Brentford's nine. Ferreira-Hale, nicknamed "the Ferryman" by the Gallowgate End, now has seven goals in his last six league games.
O team Newcastle
F percent 54 per cent
F number 17
O team Brentford
F number nine
P partial Ferreira-Hale
Q scare - :: "the Ferryman"
L facility Gallowgate End
F number seven
F number six
> What the managers said
> Newcastle manager Graham Elsworth told Sky Sports: "Tiago is a different player from the lad who arrived in the summer. He's 24, he's hungry, and he's starting to believe he belongs at this level.
O team Newcastle
P full Graham Elsworth
O media Sky Sports
Q direct Graham Elsworth :: "Tiago is a different player from the lad who arrived in the summer. He's 24, he's hungry, and he's starting to believe he belongs at this level.
P partial Tiago
F age 24
> "I said to him at half-time, 'Keep making the run, the ball will come.' And it came. We were brilliant for 80 minutes, and the other 10 we'll talk about on Monday."
Q direct Graham Elsworth :: "I said to him at half-time, 'Keep making the run, the ball will come.' And it came. We were brilliant for 80 minutes, and the other 10 we'll talk about on Monday."
F duration 80 minutes
F number 10
> Brentford head coach Søren Kjeldgaard thought the penalty was "soft." "Jonas gets a touch on the ball first. I have watched it 20 times," the Dane said. "But we did not defend the first two goals, and at this ground you cannot give away two goals."
O team Brentford
P full Søren Kjeldgaard
Q direct Søren Kjeldgaard :: "soft."
Q direct Søren Kjeldgaard :: "Jonas gets a touch on the ball first. I have watched it 20 times,"
Q direct Søren Kjeldgaard :: "But we did not defend the first two goals, and at this ground you cannot give away two goals."
P partial Jonas
F number 20
F number two
F number two
> Brentford later said in a statement that the club would "seek clarification" from PGMOL over the decision, while a Brentford source, speaking on condition of anonymity, insisted Lindqvist-Amadi had "barely touched him."
O team Brentford
Q direct Brentford :: "seek clarification"
O other PGMOL
O team Brentford
P partial Lindqvist-Amadi
Q direct - :: "barely touched him."
> Man of the match: Tiago Ferreira-Hale.
P full Tiago Ferreira-Hale
> What's next?
> Newcastle travel to Fulham on Saturday November 16 at 3pm, while Brentford host Everton on Sunday November 17 at 2pm.
O team Newcastle
O team Fulham
F date November 16
F time 3pm
O team Brentford
O team Everton
F date November 17
F time 2pm
'''

ARTICLES['1756-bengaluru-metro-tunnel-breakthrough-koramangala-sarjapur-hebbal-bmrcl-the-hindu'] = r'''
> Bengaluru
L city Bengaluru
> Tunnel boring machine breaks through at Koramangala on metro’s Sarjapur–Hebbal line
L city Koramangala
L city Sarjapur
L city Hebbal
> First of eight machines completes 1.6-km drive; BMRCL says 42% of underground section is done
F number eight
F quantity 1.6-km
O government BMRCL
F percent 42%
> Meera Raghunathan
P full Meera Raghunathan
> Published - August 21, 2040 08:12 pm IST - BENGALURU
F date August 21, 2040
F time 08:12 pm IST
L city BENGALURU
> Workers cheer as the cutter head of the tunnel boring machine ‘Sampige’ emerges at the Koramangala station site on Tuesday. | Photo Credit: K. MURALIDHARA SHETTY
Q scare - :: ‘Sampige’
L facility Koramangala
P full K. MURALIDHARA SHETTY
> A 98-metre-long tunnel boring machine broke through a concrete wall at the future Koramangala underground station on Tuesday (August 21, 2040), completing the first tunnel drive on the 36.6-km Sarjapur–Hebbal line of Namma Metro’s third phase.
F quantity 98-metre
L facility Koramangala
F date August 21, 2040
F quantity 36.6-km
L city Sarjapur
L city Hebbal
> The machine set off from a launch shaft near Ejipura 14 months ago and covered 1.6 km, passing about 18 metres below 80 Feet Road, one of the busiest streets in south Bengaluru.
L city Ejipura
F duration 14 months
F quantity 1.6 km
F quantity 18 metres
L street 80 Feet Road
L city Bengaluru
> Bangalore Metro Rail Corporation Limited (BMRCL) managing director Shalini Venkatesh-Rao said the stretch had been the hardest on the line. “We had old wells, soft clay and a storm-water drain only six metres above the crown of the tunnel,” she said. “The settlement we recorded was under 8 mm everywhere.
O government Bangalore Metro Rail Corporation Limited
O government BMRCL
P full Shalini Venkatesh-Rao
Q direct Shalini Venkatesh-Rao :: “We had old wells, soft clay and a storm-water drain only six metres above the crown of the tunnel,”
Q direct Shalini Venkatesh-Rao :: “The settlement we recorded was under 8 mm everywhere.
F quantity six metres
F quantity 8 mm
> “Seven more machines will be lowered by March 2041, and we expect the underground section to be finished in 2043.”
Q direct Shalini Venkatesh-Rao :: “Seven more machines will be lowered by March 2041, and we expect the underground section to be finished in 2043.”
F number Seven
F date March 2041
F date 2043
> The line will have 28 stations, 11 of them underground, and is estimated to cost ₹16,880 crore, to be shared by the State and Union governments with a loan from the Asian Development Bank (ADB). Officials said 42% of the underground section and 31% of the elevated stretch had been completed.
F number 28
F number 11
F money ₹16,880 crore
O intergovernmental Asian Development Bank
O intergovernmental ADB
F percent 42%
F percent 31%
> For R. Manjunath, 47, who has run a stationery and photocopy shop on 80 Feet Road for 22 years, the celebration felt distant. “My sales are down by a third since the barricades came up. Customers ask me, ‘Sir, where do I park?’ and I have no answer,” he said.
P full R. Manjunath
F age 47
L street 80 Feet Road
F duration 22 years
Q direct R. Manjunath :: “My sales are down by a third since the barricades came up. Customers ask me, ‘Sir, where do I park?’ and I have no answer,”
F fraction a third
> “The metro will be good for my son’s generation. For me, it has been three years of dust,” Mr. Manjunath added.
Q direct R. Manjunath :: “The metro will be good for my son’s generation. For me, it has been three years of dust,”
F duration three years
P partial Manjunath
> Urban Development Minister Prakash Hiremath-Gowda, who visited the site, said Karnataka would release ₹1,200 crore of its share before December. “We will not let this line slip the way the earlier phases did,” Mr. Hiremath-Gowda told reporters later at Vidhana Soudha.
P full Prakash Hiremath-Gowda
L region Karnataka
F money ₹1,200 crore
Q direct Prakash Hiremath-Gowda :: “We will not let this line slip the way the earlier phases did,”
P partial Hiremath-Gowda
L facility Vidhana Soudha
> Prof. Anand Subrahmanyam of the Centre for Infrastructure, Sustainable Transportation and Urban Planning at the Indian Institute of Science (IISc) said the result was encouraging but the harder ground lay ahead. “Bengaluru’s rock is kinder than Chennai’s clay, but the filled-in lakes near Hebbal are a real risk,” he said.
P full Anand Subrahmanyam
O education Centre for Infrastructure, Sustainable Transportation and Urban Planning
O education Indian Institute of Science
O education IISc
Q direct Anand Subrahmanyam :: “Bengaluru’s rock is kinder than Chennai’s clay, but the filled-in lakes near Hebbal are a real risk,”
L city Bengaluru
L city Chennai
L city Hebbal
> A senior engineer with the tunnelling contractor, who did not wish to be named, said two of the eight machines had been held at the Chennai port for five weeks. “We lost five weeks at the port and we will win them back in the soft ground,” the engineer said.
F number two
F number eight
L city Chennai
F duration five weeks
Q direct - :: “We lost five weeks at the port and we will win them back in the soft ground,”
F duration five weeks
> BMRCL expects to open the line in December 2044, with trains every 4-6 minutes at peak, when it is projected to carry 4.2 lakh riders a day, nearly half of them between Koramangala and Hebbal.
O government BMRCL
F date December 2044
F duration 4-6 minutes
F number 4.2 lakh
F fraction half
L city Koramangala
L city Hebbal
'''

ARTICLES['1757-kitsap-transit-fast-ferry-fleet-shortage-kingston-bremerton-sailings-seattle-times'] = r'''
> Transportation
> Kitsap Transit down to 3 fast ferries; Kingston riders lose half their sailings
O government Kitsap Transit
F number 3
L city Kingston
F fraction half
> Two of the agency's five passenger boats are out for repairs until at least June, and replacements are years away
F number Two
F number five
> By Dana Whitcombe-Reyes, Seattle Times staff reporter
P full Dana Whitcombe-Reyes
O media Seattle Times
> Originally published March 9, 2039 at 6:00 am | Updated March 9, 2039 at 4:41 pm
F date March 9, 2039
F time 6:00 am
F date March 9, 2039
F time 4:41 pm
> Passengers line up at the Kingston terminal for the 5:50 a.m. fast ferry to Seattle on Tuesday. (Marcus Oyelaran-Pike / The Seattle Times)
L facility Kingston
F time 5:50 a.m.
L city Seattle
P full Marcus Oyelaran-Pike
O media The Seattle Times
> Commuters on Kitsap Transit's fast ferries to downtown Seattle will lose nearly half of their sailings starting Monday, after two of the agency's five passenger-only boats were pulled from service with cracked engine mounts, the agency said Wednesday.
O government Kitsap Transit
L city Seattle
F fraction half
F number two
F number five
> The Kingston route will drop from 14 to eight daily sailings and the Southworth route from 12 to seven. Bremerton, the busiest run, keeps all 18 crossings but will use a smaller 118-passenger boat in the morning peak.
L city Kingston
F number 14
F number eight
L city Southworth
F number 12
F number seven
L city Bremerton
F number 18
F number 118
> "We are not going to put 250 people on a boat we are not sure of," Kitsap Transit Executive Director Maureen Tolliver-Haag said. "I know what this does to people's mornings, and I'm sorry."
Q direct Maureen Tolliver-Haag :: "We are not going to put 250 people on a boat we are not sure of,"
Q direct Maureen Tolliver-Haag :: "I know what this does to people's mornings, and I'm sorry."
F number 250
O government Kitsap Transit
P full Maureen Tolliver-Haag
> Tolliver-Haag said the agency had spent $4.2 million on repairs since 2037 and that the cracks were found during a routine inspection on Feb. 26. Two new 150-passenger boats ordered from a Whidbey Island shipyard for $38 million are not due until late 2041.
P partial Tolliver-Haag
F money $4.2 million
F date 2037
F date Feb. 26
F number Two
F number 150
L geo Whidbey Island
F money $38 million
F date 2041
> Washington State Ferries (WSF), which runs car ferries from Kingston and Bainbridge Island, said it could not absorb the extra riders because its Edmonds–Kingston boats were already "at or near capacity" on weekday mornings.
O government Washington State Ferries
O government WSF
L city Kingston
L geo Bainbridge Island
L city Edmonds
L city Kingston
Q direct Washington State Ferries :: "at or near capacity"
> Priya Castellano-Nguyen, 39, who takes the 6:40 a.m. boat from Kingston to her nursing job at Harborview Medical Center, said the cuts would add 90 minutes to her day. "The state ferry to Edmonds and then the bus is 85 minutes each way. I've already warned my manager," she said. "My kids call it 'the boat lottery.'"
P full Priya Castellano-Nguyen
F age 39
F time 6:40 a.m.
L city Kingston
O other Harborview Medical Center
F duration 90 minutes
Q direct Priya Castellano-Nguyen :: "The state ferry to Edmonds and then the bus is 85 minutes each way. I've already warned my manager,"
L city Edmonds
F duration 85 minutes
Q direct Priya Castellano-Nguyen :: "My kids call it 'the boat lottery.'"
> Sen. Rosalind Achterberg, D-Poulsbo, who chairs the Senate Transportation Committee, said she would seek $9 million in the supplemental budget to lease a boat. She called the shortage "a slow-motion failure" that lawmakers "saw coming in 2036."
P full Rosalind Achterberg
L city Poulsbo
O government Senate Transportation Committee
F money $9 million
Q direct Rosalind Achterberg :: "a slow-motion failure"
Q direct Rosalind Achterberg :: "saw coming in 2036."
F date 2036
> Ahmed Farouk-Lindgren, a transportation researcher at the University of Washington, said small fleets have no slack. "When you own five boats and need four every morning, you are one breakdown away from a crisis," he said.
P full Ahmed Farouk-Lindgren
O education University of Washington
Q direct Ahmed Farouk-Lindgren :: "When you own five boats and need four every morning, you are one breakdown away from a crisis,"
F number five
F number four
F number one
> Passenger-only ferries on Puget Sound carried 1.1 million riders in 2038, up 23% from 2036, according to his research.
L geo Puget Sound
F number 1.1 million
F date 2038
F percent 23%
F date 2036
> A deckhand who asked not to be named because he was not authorized to speak said crews had reported vibration on one of the boats "for most of last year."
Q direct - :: "for most of last year."
> The reduced timetable, already dubbed the "skeleton schedule" in a riders' Facebook group, runs through at least June 15. Kitsap Transit will hold a public meeting at 6 p.m. March 16 at its offices at 60 Washington Ave. in Bremerton.
Q scare - :: "skeleton schedule"
O company Facebook
F date June 15
O government Kitsap Transit
F time 6 p.m.
F date March 16
L address 60 Washington Ave.
L city Bremerton
'''

ARTICLES['1758-zanzibar-malindi-port-concession-renewal-qurum-gateway-zpc-kariakoo-the-eastafrican'] = r'''
> Tanzania
L country Tanzania
> Zanzibar renews Malindi port deal with Omani operator for 20 years
L region Zanzibar
L facility Malindi
F duration 20 years
> Isles government says Muscat-based Qurum Gateway will spend $340 million on a new container yard; clearing agents fear higher charges
L region Isles
L city Muscat
O company Qurum Gateway
F money $340 million
> By AMINA SULEIMAN KHATIB
P full AMINA SULEIMAN KHATIB
> Saturday, October 13, 2040
F date October 13, 2040
> Trucks queue to collect containers at Malindi port in Stone Town. PHOTO | SALIM JUMA MAKAME
L facility Malindi
L city Stone Town
P full SALIM JUMA MAKAME
> Zanzibar has renewed the concession for its main port at Malindi with Qurum Gateway Ports, a Muscat-based operator, for another 20 years, in a deal the Zanzibar Ports Corporation (ZPC) says will triple the port’s container capacity by 2044.
L region Zanzibar
L facility Malindi
O company Qurum Gateway Ports
L city Muscat
F duration 20 years
O company Zanzibar Ports Corporation
O company ZPC
F date 2044
> Under the agreement, signed in Stone Town on Tuesday, Qurum will invest $340 million over seven years in a 14-hectare container yard, two mobile harbour cranes and a new berth able to take ships of 2,500 TEUs. It will pay ZPC a fixed fee of $18 million a year plus 12 percent of gross revenue, up from 8 percent under the first five-year concession, which was signed in 2036 and expires in March 2041.
L city Stone Town
O company Qurum
F money $340 million
F duration seven years
F quantity 14-hectare
F number two
F quantity 2,500 TEUs
O company ZPC
F money $18 million
F percent 12 percent
F percent 8 percent
F duration five-year
F date 2036
F date March 2041
> “Malindi handled 186,000 containers last year on a quay built for half that number. Ships wait three, sometimes four days outside,” said ZPC director general Dr Rukia Mohamed Faki. “This agreement ends that.”
Q direct Rukia Mohamed Faki :: “Malindi handled 186,000 containers last year on a quay built for half that number. Ships wait three, sometimes four days outside,”
L facility Malindi
F number 186,000
F fraction half
F number three
F duration four days
O company ZPC
P full Rukia Mohamed Faki
Q direct Rukia Mohamed Faki :: “This agreement ends that.”
> Dr Faki said Qurum would also build the so-called “dry port” at Maruhubi, 4km north of the harbour, so that trucks no longer clog the roads of the old town.
P partial Faki
O company Qurum
Q scare - :: “dry port”
L city Maruhubi
F quantity 4km
> In Dar es Salaam, clearing agents who move goods from the mainland to the Isles fear the new operator will raise handling charges. “Every time someone says ‘world-class port’, my customers pay more,” said Juma Athumani Msuya, 52, who runs a clearing and forwarding office in Kariakoo.
L city Dar es Salaam
L region Isles
Q direct Juma Athumani Msuya :: “Every time someone says ‘world-class port’, my customers pay more,”
P full Juma Athumani Msuya
F age 52
L city Kariakoo
> “Last year I paid $260 to handle one 20-foot container at Malindi. From the mainland the whole trip now costs TSh1.9 million, against TSh1.2 million in 2037,” Mr Msuya said.
Q direct Juma Athumani Msuya :: “Last year I paid $260 to handle one 20-foot container at Malindi. From the mainland the whole trip now costs TSh1.9 million, against TSh1.2 million in 2037,”
F money $260
F number one
F quantity 20-foot
L facility Malindi
F money TSh1.9 million
F money TSh1.2 million
F date 2037
P partial Msuya
> In a statement, Qurum Gateway Ports said it would hire “at least 600 Zanzibaris” and keep charges unchanged until January 2042. Its chief executive, Tariq bin Saeed Al-Habsi, said tariffs “will be set by ZPC, not by us”.
O company Qurum Gateway Ports
Q direct Qurum Gateway Ports :: “at least 600 Zanzibaris”
F number 600
F date January 2042
P full Tariq bin Saeed Al-Habsi
Q direct Tariq bin Saeed Al-Habsi :: “will be set by ZPC, not by us”
O company ZPC
> Dr Neema Lyimo-Kassim, an economist at the University of Dar es Salaam, said the fee looked generous but was hard to check. “Twelve percent of revenue sounds good, but revenue is whatever the operator decides to book in Zanzibar rather than in Muscat,” she said.
P full Neema Lyimo-Kassim
O education University of Dar es Salaam
Q direct Neema Lyimo-Kassim :: “Twelve percent of revenue sounds good, but revenue is whatever the operator decides to book in Zanzibar rather than in Muscat,”
F percent Twelve percent
L region Zanzibar
L city Muscat
> She noted that the Tanzania Ports Authority (TPA), which runs Dar es Salaam Port on the mainland, handled 1.4 million TEUs last year, nearly eight times Malindi’s volume.
O government Tanzania Ports Authority
O government TPA
L facility Dar es Salaam Port
F quantity 1.4 million TEUs
F number eight
L facility Malindi
> An official in the Isles’ transport ministry, who asked not to be named, said members of the House of Representatives had not been shown the full contract. “They saw a summary of 11 pages. The agreement is more than 300,” the official said.
L region Isles
O government House of Representatives
Q direct - :: “They saw a summary of 11 pages. The agreement is more than 300,”
F number 11
F number 300
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
