#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval139 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval139/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['877-lake-assal-salt-tadjourah-port-exports-cutters-pay-djibouti-the-eastafrican'] = r'''
> Rest of Africa
L continent Africa
> Djibouti’s Lake Assal salt finds a port, but the cutters say they are left behind
L country Djibouti
L geo Lake Assal
> Exports through Tadjourah have risen more than fourfold in two years. The workers who cut the salt by hand are still paid DJF3,500 a tonne
L city Tadjourah
F duration two years
F money DJF3,500
> By HASSAN OMAR ROBLEH
P full HASSAN OMAR ROBLEH
> Wednesday, April 13, 2039
F date April 13, 2039
> Salt cutters load blocks onto a truck on the shore of Lake Assal, central Djibouti, on April 2, 2039. PHOTO | HASSAN OMAR ROBLEH
L geo Lake Assal
L country Djibouti
F date April 2, 2039
P full HASSAN OMAR ROBLEH
> Trucks stacked with white salt blocks now queue at the gates of the Port of Tadjourah most mornings, a sight that residents of the small town on the Gulf of Tadjoura say they never expected to see.
L facility Port of Tadjourah
L geo Gulf of Tadjoura
> The terminal, opened in 2017 to export potash and salt from Djibouti’s interior, loaded 412,000 tonnes of salt in 2038, up from 97,000 tonnes in 2036, according to the Djibouti Ports and Free Zones Authority (DPFZA). Most of it went by sea to Bangladesh, India and Kenya, where chemical plants turn it into chlorine and caustic soda, while a smaller share went by road to Ethiopia.
F date 2017
L country Djibouti
F quantity 412,000 tonnes
F date 2038
F quantity 97,000 tonnes
F date 2036
O government Djibouti Ports and Free Zones Authority
O government DPFZA
L country Bangladesh
L country India
L country Kenya
L country Ethiopia
> “For years people called Tadjourah the port without ships. That is finished,” said Ahmed Houmed Dini, the terminal’s operations manager. “In March alone we loaded 11 vessels, and two of them took more than 50,000 tonnes each.”
Q direct Ahmed Houmed Dini :: “For years people called Tadjourah the port without ships. That is finished,”
L city Tadjourah
P full Ahmed Houmed Dini
Q direct Ahmed Houmed Dini :: “In March alone we loaded 11 vessels, and two of them took more than 50,000 tonnes each.”
F number 11
F number two
F quantity 50,000 tonnes
> Lake Assal lies 155 metres below sea level, the lowest point in Africa, and its water is about ten times saltier than the sea. A crust of salt several metres thick covers its western shore, about 40km by road from the port.
L geo Lake Assal
F quantity 155 metres
L continent Africa
F number ten
F quantity 40km
> The crust is cut and trucked by Salines d’Assal SA, a company formed in 2034 by Djiboutian investors and a Gujarat-based salt trader. It says it paid the state DJF1.9 billion (about $10.7 million) in royalties and fees last year.
O company Salines d’Assal SA
F date 2034
L region Gujarat
F money DJF1.9 billion
F money $10.7 million
> But the men and women who cut the blocks say their pay has hardly moved. Fatouma Ali Kamil, 38, who has worked on the lake for 14 years, said teams of four are paid DJF3,500 for each tonne they cut and stack, the same rate as in 2034.
P full Fatouma Ali Kamil
F age 38
F duration 14 years
F number four
F money DJF3,500
F date 2034
> “In June it is 48 degrees. We start at 4am and we stop at 10am, because after that the ground burns through your sandals,” Ms Kamil said. “The trucks leave full every day. We are paid as if nothing changed.
Q direct Fatouma Ali Kamil :: “In June it is 48 degrees. We start at 4am and we stop at 10am, because after that the ground burns through your sandals,”
F quantity 48 degrees
F time 4am
F time 10am
P partial Kamil
Q direct Fatouma Ali Kamil :: “The trucks leave full every day. We are paid as if nothing changed.
> “Last year the company sold more salt than ever, and we did not see one franc of it.”
Q direct Fatouma Ali Kamil :: “Last year the company sold more salt than ever, and we did not see one franc of it.”
F money one franc
> In a written reply, Salines d’Assal said the rate had been agreed with the cutters’ association and would be reviewed “before the hot season”. It said it had built two water points and a first-aid post on the shore since January.
O company Salines d’Assal
Q direct Salines d’Assal SA :: “before the hot season”
F number two
> The DPFZA expects Tadjourah to handle 600,000 tonnes of salt this year and said a second bulk berth was “under study”.
O government DPFZA
L city Tadjourah
F quantity 600,000 tonnes
Q direct Djibouti Ports and Free Zones Authority :: “under study”
> Across the border, the boom is being felt in Ethiopia’s Afar Region, where traders have carried salt from the Danakil Depression for centuries, first by camel and later by truck. A wholesaler in Semera, who asked not to be named because he also buys from Djibouti, said imported blocks sold for 1,150 birr a quintal in March, about 30 percent below the price of Danakil salt.
L country Ethiopia
L region Afar Region
L geo Danakil Depression
L city Semera
L country Djibouti
F money 1,150 birr
F percent 30 percent
L geo Danakil
> “Nobody in Semera wants to say it, but the caravans are finished,” he said.
Q direct - :: “Nobody in Semera wants to say it, but the caravans are finished,”
L city Semera
> In Djibouti City, the secretary-general of the Ministry of Energy and Natural Resources, Idriss Moussa Bourhan, said the government would present a minimum rate for salt cutters to the Council of Ministers before the end of June, and that a share of the royalties would go to Tadjourah region.
L city Djibouti City
O government Ministry of Energy and Natural Resources
P full Idriss Moussa Bourhan
O government Council of Ministers
L region Tadjourah
> “The salt belongs to all Djiboutians. The people who cut it in that heat should be the first to benefit,” he said.
Q direct Idriss Moussa Bourhan :: “The salt belongs to all Djiboutians. The people who cut it in that heat should be the first to benefit,”
> The cutters’ association, Amicale des Travailleurs du Lac Assal, which says it has 860 members, wants the rate raised to DJF6,000 a tonne and drinking water delivered to the lake every day.
O nonprofit Amicale des Travailleurs du Lac Assal
F number 860
F money DJF6,000
'''

ARTICLES['878-hpakant-jade-waste-dump-landslide-scavengers-kachin-state-burma-the-irrawaddy'] = r'''
> Burma
L country Burma
> Landslide at Hpakant Jade Dump Buries at Least 34 Scavengers
L city Hpakant
F number 34
> By The Irrawaddy
O media The Irrawaddy
> 6 July 2039
F date 6 July 2039
> Rescue workers search for survivors at a collapsed waste dump near Wai Khar village in Hpakant Township, Kachin State, on Monday. / Supplied
L city Wai Khar
L region Hpakant Township
L region Kachin State
> YANGON — At least 34 jade scavengers were buried on Monday when a mountain of mining waste collapsed into a lake near Wai Khar village in Kachin State’s Hpakant Township, local rescuers said, in the deadliest disaster in the world’s largest jade mining area in two years.
L city YANGON
F number 34
L city Wai Khar
L region Kachin State
L region Hpakant Township
F duration two years
> By Tuesday evening, 19 bodies had been recovered from the mud and water, said Labang Hkun Nawng, who leads the volunteer Jade Land Rescue Group. Most of the victims were migrant workers from Sagaing and Magwe regions who had come to pick through the waste for pieces of jade left behind by the mining companies.
F number 19
P full Labang Hkun Nawng
O nonprofit Jade Land Rescue Group
L region Sagaing
L region Magwe
> "The dump was more than 90 meters high. When it slid, it pushed the lake over the people on the shore. Some of them were sleeping in their huts," he told The Irrawaddy by phone.
Q direct Labang Hkun Nawng :: "The dump was more than 90 meters high. When it slid, it pushed the lake over the people on the shore. Some of them were sleeping in their huts,"
F quantity 90 meters
O media The Irrawaddy
> "We have only two excavators and the rain has not stopped. I don't think we will find anyone alive now."
Q direct Labang Hkun Nawng :: "We have only two excavators and the rain has not stopped. I don't think we will find anyone alive now."
F number two
> The scavengers, known in Burmese as yemase, sift through the waste by hand and sell any stone they find to brokers in Hpakant town. A woman from Monywa whose husband and 16-year-old son are missing said the family had paid 300,000 kyats to a broker to get them a place on the dump.
L city Hpakant
L city Monywa
F age 16-year-old
F money 300,000 kyats
> "My son wanted to earn money to go back to school. He found a stone worth 50,000 yuan last month and they told him it was only glass," she said, asking not to be named for fear of the brokers.
Q direct - :: "My son wanted to earn money to go back to school. He found a stone worth 50,000 yuan last month and they told him it was only glass,"
F money 50,000 yuan
> The dump belongs to a mining block licensed to Shwe Nagar Min Gems Co., which has close ties to the military regime, according to Kachin Jade Watch, a monitoring group based in Myitkyina. The company could not be reached for comment.
O company Shwe Nagar Min Gems Co.
O nonprofit Kachin Jade Watch
L city Myitkyina
> Mining in Hpakant has surged since the 2021 coup, as the junta and armed groups compete for a share of the trade. The Kachin Independence Organization (KIO), whose armed wing, the Kachin Independence Army (KIA), controls much of the surrounding hills, said in a statement that the regime had "turned Hpakant into a graveyard for poor workers" and called for all dumping near the lake to stop.
L city Hpakant
F date 2021
O other Kachin Independence Organization
O other KIO
O other Kachin Independence Army
O other KIA
Q direct Kachin Independence Organization :: "turned Hpakant into a graveyard for poor workers"
L city Hpakant
> The regime’s Ministry of Natural Resources and Environmental Conservation said 14 bodies had been found and blamed "illegal scavengers" for camping near the dumps despite repeated warnings. State media put the number of missing at 11.
O government Ministry of Natural Resources and Environmental Conservation
F number 14
Q direct Ministry of Natural Resources and Environmental Conservation :: "illegal scavengers"
F number 11
> Hpakant, about 1,000 km north of Yangon, produces most of the world’s jadeite. Most of the stone is smuggled across the border to China, where a bangle of top-grade imperial jade can fetch more than US$1 million at auction in Beijing or Hong Kong.
L city Hpakant
F quantity 1,000 km
L city Yangon
L country China
F money US$1 million
L city Beijing
L city Hong Kong
> Landslides are common during the monsoon, which runs from June to October. In July 2020, more than 170 people died when a waste heap collapsed into a lake at Wai Khar, the worst mining disaster in Burma’s history.
F date July 2020
F number 170
L city Wai Khar
L country Burma
> U Kyaw Zin Lwin, a 52-year-old jade broker who has traded in Hpakant for 20 years, said the dumps had grown much higher since the coup because nobody enforced the rules any more.
P full Kyaw Zin Lwin
F age 52-year-old
L city Hpakant
F duration 20 years
> "Before, the companies had to keep the dumps below 30 meters. Now they pile until the mountain falls down," he said.
Q direct Kyaw Zin Lwin :: "Before, the companies had to keep the dumps below 30 meters. Now they pile until the mountain falls down,"
F quantity 30 meters
> Daw Nhkum Bawk Ja, who runs a clinic in Lone Khin, said her staff had treated 23 injured people, six of them children, and had run out of antibiotics by Tuesday morning.
P full Nhkum Bawk Ja
L city Lone Khin
F number 23
F number six
'''

ARTICLES['879-dublin-horse-show-grand-prix-o-dalaigh-ballykeel-comet-results-horse-and-hound'] = r'''
> Showjumping
> ‘I’ll never forget this day’: Ó Dálaigh lands home Grand Prix at Dublin
Q direct Cian Ó Dálaigh :: ‘I’ll never forget this day’
P partial Ó Dálaigh
L city Dublin
> Irish rider Cian Ó Dálaigh and the 11-year-old mare Ballykeel Comet produce the only double clear in the Longines Grand Prix of Ireland to take the €165,000 first prize
P full Cian Ó Dálaigh
F duration 11-year-old
F money €165,000
> Aoife Brennan-Kiely
P full Aoife Brennan-Kiely
> 8 August, 2039
F date 8 August, 2039
> Cian Ó Dálaigh and Ballykeel Comet on their way to victory in the RDS Arena. Credit: Tomás Mac Giolla Phádraig/Sportsfile
P full Cian Ó Dálaigh
L facility RDS Arena
P full Tomás Mac Giolla Phádraig
O media Sportsfile
> Cian Ó Dálaigh became the first Irish rider in nine years to win the Grand Prix at the Dublin Horse Show when he and Ballykeel Comet jumped the only double clear of a gruelling afternoon in the RDS Arena on Sunday (7 August).
P full Cian Ó Dálaigh
F duration nine years
L facility RDS Arena
F date 7 August
> The 29-year-old from Ballinasloe, Co Galway, was the eighth of nine riders in the jump-off and stopped the clock in 42.17sec, more than a second slower than Brazil’s João Pedro Vasconcelos de Araújo, who was the fastest of all but had four faults at the last fence with Lady Bossa.
F age 29-year-old
L city Ballinasloe
L region Co Galway
F number nine
F duration 42.17sec
L country Brazil
P full João Pedro Vasconcelos de Araújo
F number four
> “She was fighting for me the whole way. I knew I had to go for it after João Pedro’s round, because he is so quick,” said Ó Dálaigh, who rides for the Galway-based Ballykeel Stud. “I’ll never forget this day. My grandfather brought me here when I was seven and we sat in the stand from morning until dark.”
Q direct Cian Ó Dálaigh :: “She was fighting for me the whole way. I knew I had to go for it after João Pedro’s round, because he is so quick,”
P partial João Pedro
P partial Ó Dálaigh
L region Galway
O company Ballykeel Stud
Q direct Cian Ó Dálaigh :: “I’ll never forget this day. My grandfather brought me here when I was seven and we sat in the stand from morning until dark.”
F age seven
> The course, built by the Spanish designer Marta Ezkurdia Goñi, had 13 fences and 16 efforts at up to 1.60m, with a time allowed of 86 seconds that caught out nine of the 40 starters.
P full Marta Ezkurdia Goñi
F number 13
F number 16
F quantity 1.60m
F duration 86 seconds
F number nine
F number 40
> Nine combinations jumped clear in the first round, and only Ó Dálaigh stayed clear against the clock. “It was a true championship track,” Ezkurdia Goñi said. “I wanted the water and the double at fence 9 to ask questions, and they did.”
F number Nine
P partial Ó Dálaigh
Q direct Marta Ezkurdia Goñi :: “It was a true championship track,”
P partial Ezkurdia Goñi
Q direct Marta Ezkurdia Goñi :: “I wanted the water and the double at fence 9 to ask questions, and they did.”
> Vasconcelos de Araújo, 44, who was second in this class last year too, took the result calmly. “Four faults is four faults. The mare jumped her heart out,” he said.
P partial Vasconcelos de Araújo
F age 44
Q direct João Pedro Vasconcelos de Araújo :: “Four faults is four faults. The mare jumped her heart out,”
F number Four
F number four
> Belgium’s Wout Van den Bossche took third on the grey stallion Quidam du Moulin, with Britain’s Hattie Pryce-Jones fourth and Sweden’s Linnea Åkerlund fifth.
L country Belgium
P full Wout Van den Bossche
L country Britain
P full Hattie Pryce-Jones
L country Sweden
P full Linnea Åkerlund
> Horse Sport Ireland, the sport’s governing body, called the win “the perfect start” to the season’s run-in. Ó Dálaigh’s €165,000 cheque came from a total fund of €500,000, the largest in the show’s history, and the Royal Dublin Society (RDS), which runs the show, said 31,200 people passed through the gates over the five days.
O nonprofit Horse Sport Ireland
Q direct Horse Sport Ireland :: “the perfect start”
P partial Ó Dálaigh
F money €165,000
F money €500,000
O nonprofit Royal Dublin Society
O nonprofit RDS
F number 31,200
F duration five days
> Longines Grand Prix of Ireland: top five
F number five
> 1 Cian Ó Dálaigh (IRL) Ballykeel Comet, 0 faults, 42.17sec
P full Cian Ó Dálaigh
L country IRL
F number 0
F duration 42.17sec
> 2 João Pedro Vasconcelos de Araújo (BRA) Lady Bossa, 4 faults, 40.96sec
P full João Pedro Vasconcelos de Araújo
L country BRA
F number 4
F duration 40.96sec
> 3 Wout Van den Bossche (BEL) Quidam du Moulin, 4 faults, 43.55sec
P full Wout Van den Bossche
L country BEL
F number 4
F duration 43.55sec
> 4 Hattie Pryce-Jones (GBR) Kingsbarn Valentino, 8 faults, 41.02sec
P full Hattie Pryce-Jones
L country GBR
F number 8
F duration 41.02sec
> 5 Linnea Åkerlund (SWE) Skåne Mistral, 8 faults, 44.80sec
P full Linnea Åkerlund
L country SWE
F number 8
F duration 44.80sec
'''

ARTICLES['880-susak-unije-ilovik-catamaran-breakdown-mali-losinj-jadrolinija-total-croatia-news'] = r'''
> Travel
> Susak and Unije Without a Fast Boat for Nine Days as Jadrolinija Catamaran Breaks Down
L geo Susak
L geo Unije
F duration Nine Days
O company Jadrolinija
> by Ivana Sokolić Rubeša
P full Ivana Sokolić Rubeša
> Passengers board the catamaran in Mali Lošinj harbour earlier this summer. (Photo: Dario Kozulić/Pixsell)
L city Mali Lošinj
P full Dario Kozulić
O media Pixsell
> August 3, 2039 - The small Kvarner islands of Susak, Unije and Ilovik have been without their daily fast-boat link to Mali Lošinj and Rijeka since last Wednesday, when an engine on the catamaran that serves the line failed just outside Susak harbour.
F date August 3, 2039
L region Kvarner
L geo Susak
L geo Unije
L geo Ilovik
L city Mali Lošinj
L city Rijeka
L geo Susak
> Jadrolinija, the state-owned ferry company, said the vessel would be towed to a shipyard in Kraljevica and that repairs would take "at least nine days". Until then, the islands are served only by the slower car ferry, which calls at Susak and Unije four times a week and takes up to three and a half hours to reach Mali Lošinj.
O company Jadrolinija
L city Kraljevica
Q direct Jadrolinija :: "at least nine days"
F duration nine days
L geo Susak
L geo Unije
F number four
F duration three and a half hours
L city Mali Lošinj
> For Susak, known as "the island of sand" for the thick layer of sand that covers its limestone, the timing could hardly be worse. August is the island's busiest month, when its population of around 150 year-round residents swells to more than 2,000.
L geo Susak
Q scare - :: "the island of sand"
F number 150
F number 2,000
> "We have 40 guests cancelled already, and more calling every hour," said Marija Tarabokija, who rents out six apartments in Susak village. "People come here exactly because there are no cars. But they need some way to arrive."
Q direct Marija Tarabokija :: "We have 40 guests cancelled already, and more calling every hour,"
F number 40
P full Marija Tarabokija
F number six
L city Susak
Q direct Marija Tarabokija :: "People come here exactly because there are no cars. But they need some way to arrive."
> Doctors are worried too. The islands have no permanent clinic, and a doctor from the Mali Lošinj health centre visits Unije and Susak once a week on the catamaran. In an emergency, the Croatian Coast Guard or a helicopter from Rijeka has to be called.
L city Mali Lošinj
L geo Unije
L geo Susak
O government Croatian Coast Guard
L city Rijeka
> Mali Lošinj mayor Ante Picinić said the town would pay for a private taxi boat to run twice a day between Mali Lošinj, Ilovik, Susak and Unije until the catamaran returns, at a cost of €1,850 per day. Tickets will cost €8 for residents and €18 for visitors.
L city Mali Lošinj
P full Ante Picinić
L city Mali Lošinj
L geo Ilovik
L geo Susak
L geo Unije
F money €1,850
F money €8
F money €18
> "It is not a real solution, but it is what the town can do in 48 hours. The state has to understand that these islands cannot depend on one old boat," Picinić told TCN.
Q direct Ante Picinić :: "It is not a real solution, but it is what the town can do in 48 hours. The state has to understand that these islands cannot depend on one old boat,"
F duration 48 hours
F number one
P partial Picinić
O media TCN
> The Agency for Coastal Line Traffic (AOLP), which contracts and subsidises island lines, said a replacement vessel from the Zadar archipelago had been considered but was "needed on its own route in the high season". The agency said the Lošinj fast-boat line carried 61,400 passengers in 2038 and received €1.3 million in state subsidy.
O government Agency for Coastal Line Traffic
O government AOLP
L city Zadar
Q direct Agency for Coastal Line Traffic :: "needed on its own route in the high season"
L geo Lošinj
F number 61,400
F date 2038
F money €1.3 million
> It is the third breakdown on the line since 2036. In February, islanders from Unije and Srakane — where only two people live through the winter — sent a petition with 312 signatures to the Ministry of the Sea, Transport and Infrastructure in Zagreb asking for a newer boat.
F date 2036
L geo Unije
L geo Srakane
F number two
F number 312
O government Ministry of the Sea, Transport and Infrastructure
L city Zagreb
> "Every summer we hear the same promise: a new catamaran next year. We are still waiting," said Dražen Hroboni, 71, who was born on Unije and moved back there after retiring from a job in Trieste.
Q direct Dražen Hroboni :: "Every summer we hear the same promise: a new catamaran next year. We are still waiting,"
P full Dražen Hroboni
F age 71
L geo Unije
L city Trieste
> The ministry said in a statement that two new 250-passenger catamarans ordered from a Split shipyard would enter service in 2041, and that the Lošinj islands would be "among the first" to get one.
F number two
F number 250
L city Split
F date 2041
L geo Lošinj
Q direct Ministry of the Sea, Transport and Infrastructure :: "among the first"
> For the latest on Croatia's islands and ferry timetables, follow TCN's dedicated travel section.
L country Croatia
O media TCN
'''

ARTICLES['881-angoon-ferry-gap-alaska-marine-highway-winter-schedule-admiralty-island-ktoo'] = r'''
> Angoon would go 11 weeks without a state ferry this winter under draft Alaska Marine Highway schedule
L city Angoon
F duration 11 weeks
O government Alaska Marine Highway
> Nora Kaawu Jackson, KTOO
P full Nora Kaawu Jackson
O media KTOO
> March 17, 2039
F date March 17, 2039
> The ferry LeConte ties up at the Angoon terminal in 2037. (Photo by Eli Westlake/KTOO)
L city Angoon
F date 2037
P full Eli Westlake
O media KTOO
> Angoon, the only community on Admiralty Island, would have no state ferry service from Nov. 4 to Jan. 20 under the Alaska Marine Highway System’s draft winter schedule, released Tuesday.
L city Angoon
L geo Admiralty Island
F date Nov. 4
F date Jan. 20
O government Alaska Marine Highway System
> The 11-week gap is the longest the Tlingit village of about 350 people has gone without a ferry since the system began calling there in the 1960s, according to the Angoon Community Association, the tribal government.
F duration 11-week
F number 350
F date 1960s
O government Angoon Community Association
> "Our elders go to Juneau for dialysis and to Sitka for the hospital. Without the ferry, that's a $420 round trip on a floatplane, if the weather lets it fly," said Angoon Mayor Lawrence T. Nastook Jr.
Q direct Lawrence T. Nastook Jr. :: "Our elders go to Juneau for dialysis and to Sitka for the hospital. Without the ferry, that's a $420 round trip on a floatplane, if the weather lets it fly,"
L city Juneau
L city Sitka
F money $420
L city Angoon
P full Lawrence T. Nastook Jr.
> He said the city would ask the state to keep at least one sailing a month.
F number one
> Angoon has no road link and no runway, so floatplanes land in its harbor when the weather allows.
L city Angoon
> The draft also cuts service to Tenakee Springs to twice a month and drops winter calls at Pelican entirely. Hoonah, Kake and Gustavus keep weekly service.
L city Tenakee Springs
L city Pelican
L city Hoonah
L city Kake
L city Gustavus
> In an email, the Alaska Department of Transportation and Public Facilities said the gap was caused by "a shortage of licensed crew, not a lack of will." The department said the fleet needs 42 more licensed deck officers and engineers, and that the mainline ferry Columbia will be in overhaul in Ketchikan until March 2040.
O government Alaska Department of Transportation and Public Facilities
Q direct Alaska Department of Transportation and Public Facilities :: "a shortage of licensed crew, not a lack of will."
F number 42
L city Ketchikan
F date March 2040
> "We are hiring as fast as we can train people," a department spokesperson wrote.
Q direct - :: "We are hiring as fast as we can train people,"
> The Alaska Legislature gave the ferry system $148.6 million for the current fiscal year, about 12 percent less than the department asked for.
O government Alaska Legislature
F money $148.6 million
F percent 12 percent
> Rep. Andrea Nix-Kuntz, a Sitka Democrat whose district includes Angoon, said she would try to add $6 million for crew training to the budget before the session ends May 20.
P full Andrea Nix-Kuntz
L city Sitka
L city Angoon
F money $6 million
F date May 20
> "Eleven weeks is not a schedule. It's an eviction notice for rural Southeast," Nix-Kuntz said at a House Finance Committee hearing Wednesday.
Q direct Andrea Nix-Kuntz :: "Eleven weeks is not a schedule. It's an eviction notice for rural Southeast,"
F duration Eleven weeks
L region Southeast
P partial Nix-Kuntz
O government House Finance Committee
> Kootznoowoo Inc., Angoon's village corporation, estimates that freight costs for the community would rise by about $85,000 over the winter because groceries, building supplies and heating oil would have to come by air or on the weekly barge from Juneau.
O company Kootznoowoo Inc.
L city Angoon
F money $85,000
L city Juneau
> Frank Daniels, 67, who fishes commercially out of Angoon in summer, said some residents would run their own skiffs about 70 miles across Chatham Strait and through Peril Strait to Sitka.
P full Frank Daniels
F age 67
L city Angoon
F quantity 70 miles
L geo Chatham Strait
L geo Peril Strait
L city Sitka
> "I've done it in February in 8-foot seas. I don't recommend it," he said.
Q direct Frank Daniels :: "I've done it in February in 8-foot seas. I don't recommend it,"
F quantity 8-foot
> The Alaska Marine Highway System will take public comments on the draft until 5 p.m. March 28. A virtual meeting for Angoon, Tenakee Springs and Pelican is set for 6 p.m. March 21.
O government Alaska Marine Highway System
F time 5 p.m.
F date March 28
L city Angoon
L city Tenakee Springs
L city Pelican
F time 6 p.m.
F date March 21
'''

ARTICLES['882-tahitian-black-pearl-auction-prices-fall-tuamotu-gambier-farmers-rnz-pacific'] = r'''
> Pacific
L region Pacific
> Tahitian pearl prices fall to 20-year low as atoll farmers count their losses
F duration 20-year
> 3:42 pm on 20 October 2039
F time 3:42 pm
F date 20 October 2039
> Hinano Teriierooiterai, RNZ Pacific Journalist
P full Hinano Teriierooiterai
O media RNZ Pacific
> Black pearls laid out for buyers at the auction in Papeete. Photo: RNZ Pacific / Hinano Teriierooiterai
L city Papeete
O media RNZ Pacific
P full Hinano Teriierooiterai
> The average price of a Tahitian black pearl, or “poe rava”, at auction has fallen to its lowest level in 20 years, and farmers in French Polynesia’s outer islands say many farms will not survive another season.
Q scare - :: “poe rava”
F duration 20 years
L region French Polynesia
> At the October auction in Papeete, held by the Fare Poe auction house on Tuesday and Wednesday, 312,000 pearls were sold at an average of 1,240 Pacific francs (NZ$19) each, down 18 percent on the same sale last year. In 2019 the average was above 2,000 francs.
L city Papeete
O company Fare Poe
F number 312,000
F money 1,240 Pacific francs
F money NZ$19
F percent 18 percent
F date 2019
F money 2,000 francs
> Buyers from Hong Kong and Japan, who take most of the crop, bid on only 64 percent of the lots offered, the auction house said.
L city Hong Kong
L country Japan
F percent 64 percent
> Heimata Tehaamoana, who farms 40,000 oysters on Ahe atoll in the Tuamotu archipelago, said his costs had doubled in five years while prices kept falling.
P full Heimata Tehaamoana
F number 40,000
L geo Ahe
L geo Tuamotu
F duration five years
> “The buyers now want big round pearls and nothing else. The baroque ones, the circled ones, they don’t even look at them,” he said. “At this price I am working for the grafters and for Air Tahiti.”
Q direct Heimata Tehaamoana :: “The buyers now want big round pearls and nothing else. The baroque ones, the circled ones, they don’t even look at them,”
Q direct Heimata Tehaamoana :: “At this price I am working for the grafters and for Air Tahiti.”
O company Air Tahiti
> French Polynesia’s Directorate of Marine Resources (DRM) said the number of licensed pearl farms had fallen from 516 in 2030 to 287 this year, with most of the closures on Manihi, Arutua and Takaroa.
L region French Polynesia
O government Directorate of Marine Resources
O government DRM
F number 516
F date 2030
F number 287
L geo Manihi
L geo Arutua
L geo Takaroa
> In the Gambier Islands, where the lagoon around Mangareva produces pearls in rare green and aubergine tones, farmers are holding back their best stock. Marie-Hélène Chung-Kai, who runs a family farm on Taravai, said 70 percent of her 2039 harvest was still in her safe.
L geo Gambier Islands
L geo Mangareva
P full Marie-Hélène Chung-Kai
L geo Taravai
F percent 70 percent
F date 2039
> “I would rather wait one year than sell at 900 francs. Below that, I lose money on every pearl,” she said.
Q direct Marie-Hélène Chung-Kai :: “I would rather wait one year than sell at 900 francs. Below that, I lose money on every pearl,”
F duration one year
F money 900 francs
> Marine Resources Minister Tevaite Faatau said after a Council of Ministers meeting on Wednesday that the government would spend 450 million francs (NZ$6.8m) on a scheme that pays farmers to destroy low-grade pearls before they reach the market.
P full Tevaite Faatau
O government Council of Ministers
F money 450 million francs
F money NZ$6.8m
> “Too many poor pearls on the market pull the price down for everybody,” he said. “We have to protect the name of the Tahitian pearl.”
Q direct Tevaite Faatau :: “Too many poor pearls on the market pull the price down for everybody,”
Q direct Tevaite Faatau :: “We have to protect the name of the Tahitian pearl.”
> Not everyone agrees. The farmers’ union, Syndicat des Perliculteurs des Tuamotu-Gambier, said destroying pearls was “a waste of four years of work” and called on the territory to scrap its export duty of 50 francs per gram instead.
O nonprofit Syndicat des Perliculteurs des Tuamotu-Gambier
Q direct Syndicat des Perliculteurs des Tuamotu-Gambier :: “a waste of four years of work”
F duration four years
F money 50 francs
> A pearl takes about 18 months to grow after an oyster is grafted, and most farms need at least three harvests to pay back the cost of their lines, buoys and boats.
F duration 18 months
F number three
> Pearls are French Polynesia’s largest export, worth 5.2 billion francs in 2038, according to the Institut de la Statistique de la Polynésie Française (ISPF).
L region French Polynesia
F money 5.2 billion francs
F date 2038
O government Institut de la Statistique de la Polynésie Française
O government ISPF
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
