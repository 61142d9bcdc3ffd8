#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval4 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval4/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['31-goa-election'] = r'''
> Politics
> Regional Party Sweeps to Power in Goa, Ending 15 Years of BJP Rule
L region Goa
F duration 15 Years
O party BJP
> ![Supporters of the Goa Lok Manch dance outside the party’s office in Panaji, India, on March 11, 2027. (AP Photo/Shweta Kamat)](/photos/2027/03/11/goa-lok-manch-celebration.jpg)
O party Goa Lok Manch
L city Panaji
L country India
F date March 11, 2027
O media AP
P full Shweta Kamat
> By Aniket Desai and Mariana D’Souza
P full Aniket Desai
P full Mariana D’Souza
> PANAJI, India (AP) — A regional party founded in 2025 won an outright majority in the western Indian state of Goa on Thursday, ending 15 years of rule by Prime Minister Narendra Modi’s Bharatiya Janata Party and handing a former football star the job of running India’s smallest state.
L city PANAJI
L country India
O media AP
F date 2025
L region Goa
F duration 15 years
P full Narendra Modi
O party Bharatiya Janata Party
L country India
> The Goa Lok Manch (GLM), led by former India football captain Clifford Fernandes, won 23 of the 40 seats in the state assembly, according to results published late Thursday by the Election Commission of India (ECI). The BJP won 11, the Indian National Congress four and independents two.
O party Goa Lok Manch
O party GLM
O team India
P full Clifford Fernandes
F number 23
F number 40
O government Election Commission of India
O government ECI
O party BJP
F number 11
O party Indian National Congress
F number four
F number two
> “Goa has voted for Goans,” Fernandes, 46, told thousands of supporters from the balcony of the party’s office on 18th June Road in Panaji. “They [the BJP] called us ‘a club of footballers and fishermen.’ Tonight that club has a majority.”
Q direct Clifford Fernandes :: “Goa has voted for Goans,”
L region Goa
P partial Fernandes
F age 46
L street 18th June Road
L city Panaji
Q direct Clifford Fernandes :: “They [the BJP] called us ‘a club of footballers and fishermen.’ Tonight that club has a majority.”
O party BJP
> The GLM grew out of protests organised by Amche Goem, a citizens’ group in Margao, against new coal-handling berths at Mormugao Port and a proposed six-lane highway through the Western Ghats. It also promised to reserve 80% of private-sector jobs for people born in the state. The BJP had dismissed the jobs pledge as “populist fantasy.”
O party GLM
O nonprofit Amche Goem
L city Margao
L facility Mormugao Port
F number six
L geo Western Ghats
F percent 80%
O party BJP
Q direct Bharatiya Janata Party :: “populist fantasy.”
> Outgoing Chief Minister Rajendra Kamat, whose party had governed Goa since 2012, conceded defeat in a short statement and said the BJP would “sit in opposition with dignity.” He kept his own seat of Mapusa by 1,214 votes.
P full Rajendra Kamat
L region Goa
F date 2012
O party BJP
Q direct Rajendra Kamat :: “sit in opposition with dignity.”
L city Mapusa
F number 1,214
> Turnout was 78.6 per cent, slightly lower than in 2022, the commission said. About 1.17 million people were registered to vote in the state, which has a population of roughly 1.6 million and is best known abroad for its beaches and Portuguese-era churches.
F percent 78.6 per cent
F date 2022
F number 1.17 million
F number 1.6 million
> Analysts said the result showed the limits of national parties in small states with strong local identities. “This was a Goa-first vote, not an anti-Modi vote,” said Sneha Wagle, a political scientist at Goa University. “People voted about land, mining and the sea. Delhi was not on the ballot.”
Q direct Sneha Wagle :: “This was a Goa-first vote, not an anti-Modi vote,”
L region Goa
P partial Modi
P full Sneha Wagle
O education Goa University
Q direct Sneha Wagle :: “People voted about land, mining and the sea. Delhi was not on the ballot.”
L city Delhi
> The GLM took 15 of the 19 seats in North Goa district, including all four in the mining belt around Bicholim, and eight of the 21 in South Goa, where the BJP held on in the port town of Vasco da Gama.
O party GLM
F number 15
F number 19
L region North Goa
F number four
L city Bicholim
F number eight
F number 21
L region South Goa
O party BJP
L city Vasco da Gama
> Congress, which governed the state for much of the 1990s and 2000s, had its worst result since Goa became a state in 1987. Its state unit chief, Altaf Shaikh, resigned on Friday.
O party Congress
F date 1990s
F date 2000s
L region Goa
F date 1987
P full Altaf Shaikh
> Fernandes’ first promise is a public consultation on the highway. He has also said he will review ₹4,800 crore ($580 million) in mining leases granted since 2018 and hold his first cabinet meeting within 72 hours of taking office.
P partial Fernandes
F money ₹4,800 crore
F money $580 million
F date 2018
F duration 72 hours
> He is due to be sworn in with a 12-member cabinet on Monday at Raj Bhavan, the governor’s residence in Dona Paula. A party spokesman said the ceremony would begin at 11 a.m. and would be open to the public.
F number 12
L facility Raj Bhavan
L city Dona Paula
F time 11 a.m.
> Fernandes won 31 caps for India between 2004 and 2012 and was known to fans as “the Wall of Margao.” His deputy in the party, Dr. Farida Khan, a cardiologist from Margao, is expected to become health minister.
P partial Fernandes
F number 31
O team India
F date 2004
F date 2012
Q scare - :: “the Wall of Margao.”
L city Margao
P full Farida Khan
L city Margao
'''

ARTICLES['32-mariners-blue-jays'] = r'''
> Okafor’s Two Homers Lift Mariners Past Blue Jays 6-4
P partial Okafor
F number Two
O team Mariners
O team Blue Jays
F score 6-4
> By KENJI WATANABE
P full KENJI WATANABE
> AP Baseball Writer
O media AP
> ![Seattle Mariners’ Daniel Okafor rounds the bases after hitting a two-run home run against the Toronto Blue Jays during the second inning of a baseball game, Friday, Aug. 14, 2026, in Seattle. (AP Photo/Grace Holloway)](/photos/2026/08/14/mariners-blue-jays-baseball.jpg)
O team Seattle Mariners
P full Daniel Okafor
F number two
O team Toronto Blue Jays
F date Aug. 14, 2026
L city Seattle
O media AP
P full Grace Holloway
> SEATTLE (AP) — Daniel Okafor hit two home runs, including a tiebreaking solo shot in the eighth inning, and the Seattle Mariners beat the Toronto Blue Jays 6-4 on Friday night to move within one game of the lead in the American League West.
L city SEATTLE
O media AP
P full Daniel Okafor
F number two
O team Seattle Mariners
O team Toronto Blue Jays
F score 6-4
F number one
O other American League West
> Okafor, 27, hit a 97 mph fastball from Toronto reliever Haruki Sasaki (4-6) over the wall in center field with one out, his 31st homer of the season. He also had a two-run drive in the second and finished 3 for 4 with three RBIs.
P partial Okafor
F age 27
F quantity 97 mph
O team Toronto
P full Haruki Sasaki
F score 4-6
F number one
F number two
F number 3
F number 4
F number three
> “I was looking for something up in the zone,” Okafor said. “He’d been throwing me sliders all night, and I figured he had to come with the heater eventually.”
Q direct Daniel Okafor :: “I was looking for something up in the zone,”
P partial Okafor
Q direct Daniel Okafor :: “He’d been throwing me sliders all night, and I figured he had to come with the heater eventually.”
> Seattle (71-58) has won eight of 10 and is one game behind the Houston Astros, who lost 3-2 to the Texas Rangers in 11 innings. Toronto (64-66) has lost four straight.
O team Seattle
F score 71-58
F number eight
F number 10
F number one
O team Houston Astros
F score 3-2
O team Texas Rangers
F number 11
O team Toronto
F score 64-66
F number four
> Mariners starter Bryce Kaneshiro allowed four runs, three of them earned, and seven hits in six innings. He struck out eight and threw 104 pitches.
O team Mariners
P full Bryce Kaneshiro
F number four
F number three
F number seven
F number six
F number eight
F number 104
> Toronto led 4-3 after Marcus Ellery lined a two-run double off the left-field wall in the sixth. Seattle tied it in the seventh when Luis Ferreira-Campos scored from third on a wild pitch by Nate Sorensen.
O team Toronto
F score 4-3
P full Marcus Ellery
F number two
O team Seattle
P full Luis Ferreira-Campos
P full Nate Sorensen
> Okafor homered in the eighth, and Ramón Quiñones added a run-scoring single later in the inning. Closer Andrés Villalobos pitched a perfect ninth for his 29th save in 32 chances.
P partial Okafor
P full Ramón Quiñones
P full Andrés Villalobos
F number 32
> The Mariners’ bullpen, nicknamed “the Night Shift,” has a 2.61 ERA since the All-Star break, the best in the majors.
O team Mariners
Q scare - :: “the Night Shift,”
F number 2.61
> "We keep making mistakes late in games, and good teams make you pay for them," Blue Jays manager Derek Osei said. "That's on all of us, me included."
Q direct Derek Osei :: "We keep making mistakes late in games, and good teams make you pay for them,"
O team Blue Jays
P full Derek Osei
Q direct Derek Osei :: "That's on all of us, me included."
> Sasaki has allowed runs in five of his last seven appearances. The 31-year-old right-hander, who signed a two-year, $14 million contract with Toronto in December, has a 4.71 ERA.
P partial Sasaki
F number five
F number seven
F age 31-year-old
F duration two-year
F money $14 million
O team Toronto
F number 4.71
> A crowd of 41,288 at T-Mobile Park watched with the roof closed for the first time in 19 days, as smoke from wildfires in eastern Washington drifted over Puget Sound.
F number 41,288
L facility T-Mobile Park
F duration 19 days
L region Washington
L geo Puget Sound
> TRAINER’S ROOM
> Mariners: SS Tae-yang Ko (left hamstring strain) will begin a rehab assignment with the Tacoma Rainiers on Tuesday.
O team Mariners
P full Tae-yang Ko
O team Tacoma Rainiers
> Blue Jays: RHP Colton Burke (right elbow inflammation) had an MRI on Friday and will miss at least 15 days.
O team Blue Jays
P full Colton Burke
F duration 15 days
> UP NEXT
> Blue Jays: RHP Nils Åberg (9-7, 3.45 ERA) faces Mariners LHP Emerson Hale (11-5, 2.98) on Saturday at 6:40 p.m. PDT.
O team Blue Jays
P full Nils Åberg
F score 9-7
F number 3.45
O team Mariners
P full Emerson Hale
F score 11-5
F number 2.98
F time 6:40 p.m. PDT
'''

ARTICLES['33-veritane-asthma-approval'] = r'''
> Health
> FDA Approves Veritane’s Monthly Asthma Shot for Children as Young as 6
O government FDA
O company Veritane
F age 6
> By Julia Brandt and Arjun Menon
P full Julia Brandt
P full Arjun Menon
> BOSTON, Sept. 21 (Reuters) - The U.S. Food and Drug Administration on Monday approved Veritane Therapeutics' antibody Solvexa for children aged 6 to 11 with severe asthma, giving the Boston-area biotech its first product after 14 years of development.
L city BOSTON
F date Sept. 21
O media Reuters
O government U.S. Food and Drug Administration
O company Veritane Therapeutics
F age 6
F age 11
L city Boston
F duration 14 years
> Solvexa, given as a 100-milligram injection under the skin every four weeks, cut the rate of severe asthma attacks by 58% compared with a placebo in a 52-week trial of 412 children at 96 sites in North America and Europe. The results were presented at the European Respiratory Society’s annual congress in Amsterdam last year.
F quantity 100-milligram
F duration four weeks
F percent 58%
F duration 52-week
F number 412
F number 96
L continent North America
L continent Europe
O nonprofit European Respiratory Society
L city Amsterdam
> In the trial, called PEARL-2, 71 percent of children on the drug had no severe attack during the year, against 44 percent of those on placebo. About 12% reported pain or swelling at the injection site.
F percent 71 percent
F percent 44 percent
F percent 12%
> “For a family, a severe attack means an ambulance, a night in the hospital and a week off school,” Veritane Chief Executive Miriam Achterberg said in an interview. “We think we can make those nights much rarer.”
Q direct Miriam Achterberg :: “For a family, a severe attack means an ambulance, a night in the hospital and a week off school,”
O company Veritane
P full Miriam Achterberg
Q direct Miriam Achterberg :: “We think we can make those nights much rarer.”
> Dr. Priya Raman, a pediatric lung specialist at Boston Children's Hospital who led the trial, said the monthly schedule mattered as much as the numbers. Many families struggle to keep up with injections every two weeks, she said, and "a missed dose in a 7-year-old is a missed dose, not a character flaw."
P full Priya Raman
O other Boston Children's Hospital
F duration two weeks
Q direct Priya Raman :: "a missed dose in a 7-year-old is a missed dose, not a character flaw."
F age 7-year-old
> Rachel Nwosu, whose 9-year-old son Tobi took part in the trial, said he had been taken to the hospital five times in the year before he joined.
P full Rachel Nwosu
F age 9-year-old
P partial Tobi
F number five
> “He was missing so much school that his teacher stopped sending homework home,” she said. “Since he started the injections, we’ve had one bad night, and we handled it at home.
Q direct Rachel Nwosu :: “He was missing so much school that his teacher stopped sending homework home,”
Q direct Rachel Nwosu :: “Since he started the injections, we’ve had one bad night, and we handled it at home.
F number one
> “I don’t know what the drug costs the insurance company. I know what the ambulance used to cost us.”
Q direct Rachel Nwosu :: “I don’t know what the drug costs the insurance company. I know what the ambulance used to cost us.”
> Veritane set a list price of $3,150 per dose, or about $41,000 a year before discounts, roughly in line with rival drugs such as Sanofi and Regeneron’s Dupixent and AstraZeneca’s Fasenra.
O company Veritane
F money $3,150
F money $41,000
O company Sanofi
O company Regeneron
O company AstraZeneca
> "It's a crowded market, but a monthly shot with these numbers in young children will get used," said Lars Ekdahl, an analyst at Leerink Partners, who expects Solvexa sales of $900 million in 2031.
Q direct Lars Ekdahl :: "It's a crowded market, but a monthly shot with these numbers in young children will get used,"
P full Lars Ekdahl
O company Leerink Partners
F money $900 million
F date 2031
> The FDA said the most common side effects were headache, sore throat and injection-site reactions. It asked the company to run a five-year safety study in about 1,500 patients.
O government FDA
F duration five-year
F number 1,500
> More than 4 million U.S. children have asthma, according to the Centers for Disease Control and Prevention (CDC), and severe cases account for about half of the $6 billion spent each year on childhood asthma care, Veritane estimates.
F number 4 million
L country U.S.
O government Centers for Disease Control and Prevention
O government CDC
F fraction half
F money $6 billion
O company Veritane
> The European Medicines Agency (EMA) is reviewing the drug for the same age group, and Veritane expects an EMA opinion in the first half of 2027. The company has also filed in Japan, where it has a marketing partnership with Osaka-based Kinoshita Pharmaceutical.
O government European Medicines Agency
O government EMA
O company Veritane
O government EMA
F date 2027
L country Japan
L city Osaka
O company Kinoshita Pharmaceutical
> Veritane’s shares, listed on the Nasdaq since 2021, rose 17.4% to $38.60 in extended trading after the decision was announced at 4:45 p.m. ET. The company, which employs about 380 people at its headquarters at 400 Technology Square in Cambridge, Massachusetts, raised $410 million in a share sale in March.
O company Veritane
O company Nasdaq
F date 2021
F percent 17.4%
F money $38.60
F time 4:45 p.m. ET
F number 380
L address 400 Technology Square
L city Cambridge
L region Massachusetts
F money $410 million
'''

ARTICLES['34-australia-port-strike'] = r'''
> Business
> Dock Workers Halt Terminals in Sydney and Melbourne With 48-Hour Strike
L city Sydney
L city Melbourne
F duration 48-Hour
> By Lachlan Byrne and Mei Ling Tan
P full Lachlan Byrne
P full Mei Ling Tan
> SYDNEY, Feb. 16 (Reuters) - About 1,900 dock workers walked off the job at 6 a.m. on Tuesday at container terminals run by stevedore Harbourline in Sydney, Melbourne, Brisbane and Fremantle, halting about a third of Australia's container trade in a dispute over pay and rosters, the Maritime Union of Australia said.
L city SYDNEY
F date Feb. 16
O media Reuters
F number 1,900
F time 6 a.m.
O company Harbourline
L city Sydney
L city Melbourne
L city Brisbane
L city Fremantle
F fraction a third
L country Australia
O nonprofit Maritime Union of Australia
> The 48-hour stoppage, the first national strike at Harbourline since 2019, is expected to delay more than 60 ships, according to Shipping Australia, which represents foreign shipping lines. At least 14 vessels were waiting at anchor off Port Phillip Heads and in Moreton Bay on Tuesday afternoon.
F duration 48-hour
O company Harbourline
F date 2019
F number 60
O nonprofit Shipping Australia
F number 14
L geo Port Phillip Heads
L geo Moreton Bay
> The Maritime Union of Australia (MUA) wants a 22% pay rise over four years and an end to “zombie rosters,” a waterfront term for shifts that are confirmed only at 4 p.m. the day before. Harbourline has offered 13.5% over four years plus a one-off payment of A$3,000 ($1,950) per worker.
O nonprofit Maritime Union of Australia
O nonprofit MUA
F percent 22%
F duration four years
Q scare - :: “zombie rosters,”
F time 4 p.m.
O company Harbourline
F percent 13.5%
F duration four years
F money A$3,000
F money $1,950
> “Our members kept this country’s shelves stocked through bushfires, floods and a pandemic,” MUA assistant national secretary Teresa Nguyen-Halloran told about 300 workers at a rally outside the Port Botany terminal. “All they are asking is to know when they are working, and to be paid enough to live in the cities where they work.”
Q direct Teresa Nguyen-Halloran :: “Our members kept this country’s shelves stocked through bushfires, floods and a pandemic,”
O nonprofit MUA
P full Teresa Nguyen-Halloran
F number 300
L facility Port Botany
Q direct Teresa Nguyen-Halloran :: “All they are asking is to know when they are working, and to be paid enough to live in the cities where they work.”
> Nguyen-Halloran, 44, a former crane driver, later led the marchers to the union’s Sydney office at 365 Sussex St., where members will vote on Friday on whether to extend the action to a full week.
P partial Nguyen-Halloran
F age 44
L city Sydney
L address 365 Sussex St.
> Harbourline said the strike was “unnecessary and damaging” and that its offer would lift a typical full-time dock worker’s pay to A$148,000 a year. “We remain at the table and are ready to meet the union at any hour,” the company said in a statement.
O company Harbourline
Q direct Harbourline :: “unnecessary and damaging”
F money A$148,000
Q direct Harbourline :: “We remain at the table and are ready to meet the union at any hour,”
> The company has asked the Fair Work Commission (FWC) to suspend the action on the grounds that it threatens significant harm to the economy. The FWC will hear the application in Melbourne on Thursday at 10 a.m.
O government Fair Work Commission
O government FWC
O government FWC
L city Melbourne
F time 10 a.m.
> Each day of the strike holds up around 9,000 containers, according to the Port Logistics Council, an industry group based in Brisbane. Retailers have warned of empty shelves before Easter if the dispute drags on.
F number 9,000
O nonprofit Port Logistics Council
L city Brisbane
> "Two days is survivable. Two weeks is not," said Leilani Ostrowski, the council's chief economist. "Every day of delay adds roughly A$35 million in costs for importers, and most of that ends up in shelf prices."
Q direct Leilani Ostrowski :: "Two days is survivable. Two weeks is not,"
F duration Two days
F duration Two weeks
P full Leilani Ostrowski
Q direct Leilani Ostrowski :: "Every day of delay adds roughly A$35 million in costs for importers, and most of that ends up in shelf prices."
F money A$35 million
> Shipping lines including Maersk and Mediterranean Shipping Co. (MSC) said they would divert some vessels to Adelaide and to Auckland, New Zealand, where Harbourline has no terminals. Cranes at the company’s Brisbane terminal, each able to lift 65 tonnes, stood idle.
O company Maersk
O company Mediterranean Shipping Co.
O company MSC
L city Adelaide
L city Auckland
L country New Zealand
O company Harbourline
L city Brisbane
F quantity 65 tonnes
> A spokesperson for the federal workplace relations minister said the government wanted both sides to “get back in the room” and reach a deal without the commission’s intervention.
Q direct - :: “get back in the room”
> The last big fight on Australia’s waterfront, in 1998, saw Patrick Stevedores dismiss about 1,400 union workers overnight, leading to months of protests and a legal battle that went to the High Court of Australia.
L country Australia
F date 1998
O company Patrick Stevedores
F number 1,400
O government High Court of Australia
'''

ARTICLES['35-ghana-rate-cut'] = r'''
> Markets
> Bank of Ghana Cuts Policy Rate to 17% as Inflation Falls for Ninth Straight Month
O government Bank of Ghana
F percent 17%
> By Efua Mensah-Bonsu and Ibrahim Tanko
P full Efua Mensah-Bonsu
P full Ibrahim Tanko
> ACCRA, Jan. 26 (Reuters) – The Bank of Ghana cut its main policy rate by 150 basis points to 17% on Monday, its fourth straight reduction, saying inflation was on course to return to its target range earlier than expected.
L city ACCRA
F date Jan. 26
O media Reuters
O government Bank of Ghana
F percent 150 basis points
F percent 17%
> The cut was larger than the 100-basis-point move forecast by nine of 12 economists in a Reuters poll last week. The currency weakened 0.8% to 11.42 cedis per dollar after the announcement, which came shortly after 1500 GMT.
F percent 100-basis-point
F number nine
F number 12
O media Reuters
F percent 0.8%
F money 11.42 cedis
F time 1500 GMT
> Consumer price inflation slowed to 9.1% in December from 10.4% in November, the Ghana Statistical Service (GSS) said on Jan. 14. It was the lowest reading since 2021 and inside the central bank’s target of 8%, plus or minus 2 percentage points.
F percent 9.1%
F percent 10.4%
O government Ghana Statistical Service
O government GSS
F date Jan. 14
F date 2021
F percent 8%
F percent 2 percentage points
> “The disinflation process is firmly on track, supported by fiscal restraint, a stable cedi and lower food prices,” the bank’s Monetary Policy Committee (MPC) said in a statement read by Deputy Governor Abena Darko-Asante at the bank’s headquarters at 1 Thorpe Road in Accra.
Q direct Monetary Policy Committee :: “The disinflation process is firmly on track, supported by fiscal restraint, a stable cedi and lower food prices,”
O government Monetary Policy Committee
O government MPC
P full Abena Darko-Asante
L address 1 Thorpe Road
L city Accra
> Darko-Asante told reporters the committee had discussed a cut of 200 basis points but chose a smaller move. “We are not declaring victory,” she said. “Utility tariffs and spending before the 2028 election are still risks, and we have been burned before.”
P partial Darko-Asante
F percent 200 basis points
Q direct Abena Darko-Asante :: “We are not declaring victory,”
Q direct Abena Darko-Asante :: “Utility tariffs and spending before the 2028 election are still risks, and we have been burned before.”
F date 2028
> Ghana is in the final months of a three-year, $3 billion Extended Credit Facility with the International Monetary Fund (IMF), agreed in May 2023 after the West African nation defaulted on most of its external debt in December 2022. The IMF’s executive board approved a $370 million payout in December.
L country Ghana
F duration three-year
F money $3 billion
O intergovernmental International Monetary Fund
O intergovernmental IMF
F date May 2023
F date December 2022
O intergovernmental IMF
F money $370 million
> "The MPC has front-loaded its easing because real rates are still very high, at around 8 percentage points," said Yaw Boateng-Ofori, chief economist at Sankofa Asset Management in Accra. "We expect another 200 basis points of cuts by June, and possibly more if the cedi holds."
Q direct Yaw Boateng-Ofori :: "The MPC has front-loaded its easing because real rates are still very high, at around 8 percentage points,"
O government MPC
F percent 8 percentage points
P full Yaw Boateng-Ofori
O company Sankofa Asset Management
L city Accra
Q direct Yaw Boateng-Ofori :: "We expect another 200 basis points of cuts by June, and possibly more if the cedi holds."
F percent 200 basis points
> Commercial lending rates still average about 26%, according to the Ghana Association of Banks, and private-sector credit grew just 4.2% in real terms last year. Roughly half of all bank loans go to the government and state-owned companies, the association says.
F percent 26%
O nonprofit Ghana Association of Banks
F percent 4.2%
F fraction half
> Gold export earnings rose 41% to $11.6 billion in the first 11 months of last year, the bank said, while cocoa output fell to about 530,000 tonnes, its lowest in more than two decades.
F percent 41%
F money $11.6 billion
F duration 11 months
F quantity 530,000 tonnes
F duration two decades
> The Ghana Cocoa Board (Cocobod), which buys the crop from farmers, raised the price it pays them to 3,625 cedis per 64-kilogram bag in October. Cocobod plans to fund this season’s purchases with local bank loans rather than the offshore syndicated loan that raised $1.3 billion at its peak.
O government Ghana Cocoa Board
O government Cocobod
F money 3,625 cedis
F quantity 64-kilogram
O government Cocobod
F money $1.3 billion
> Ghana’s economy grew 5.8% year on year in the third quarter, according to the GSS. The MPC will next meet on March 23-25 and announce its decision on March 27.
L country Ghana
F percent 5.8%
O government GSS
O government MPC
F date March 23-25
F date March 27
'''

ARTICLES['36-lotto-panel-theft'] = r'''
> Culture
> Thieves Steal Lorenzo Lotto Panel From Church in Italian Hill Town
P full Lorenzo Lotto
> ![The empty space left by the stolen panel in the Church of San Michele in Roverino, Italy, Nov. 18, 2026. [Chiara Benedetti/ANSA via AP]](/media/2026/11/18/roverino-lotto-theft.jpg)
L facility Church of San Michele
L city Roverino
L country Italy
F date Nov. 18, 2026
P full Chiara Benedetti
O media ANSA
O media AP
> By Alessandra Ricci and Tom Whitcombe
P full Alessandra Ricci
P full Tom Whitcombe
> ROVERINO, Italy (AP) — Thieves who climbed through the roof of a medieval church in the Marche region stole a small panel by the Renaissance painter Lorenzo Lotto early Tuesday, cutting it from an altarpiece that had stood in the same chapel for almost 500 years, police said.
L city ROVERINO
L country Italy
O media AP
L region Marche
P full Lorenzo Lotto
F duration 500 years
> The panel, about 30 centimeters wide, shows shepherds kneeling before a stable and formed part of the predella, the row of small scenes at the foot of the altarpiece, which Lotto painted for the village’s Franciscan friars in 1531. Experts have valued it at about €2.5 million ($2.7 million).
F quantity 30 centimeters
P partial Lotto
F date 1531
F money €2.5 million
F money $2.7 million
> Carabinieri officers said the church’s alarm had been knocked out by a power cut during a storm and that the thieves spent less than 10 minutes inside. Ennio Sabbatini, 81, who lives across the square, said he heard a van idling on Via Roma at about 3:20 a.m.
O government Carabinieri
F duration 10 minutes
P full Ennio Sabbatini
F age 81
L street Via Roma
F time 3:20 a.m.
> “I thought it was the baker. Nobody else drives through here at night,” he said.
Q direct Ennio Sabbatini :: “I thought it was the baker. Nobody else drives through here at night,”
> The investigation has been taken over by the Carabinieri Command for the Protection of Cultural Heritage (TPC), an art squad set up in 1969 that says it has recovered more than 3 million stolen objects. The theft has also been reported to Interpol.
O government Carabinieri Command for the Protection of Cultural Heritage
O government TPC
F date 1969
F number 3 million
O intergovernmental Interpol
> “Works like this are stolen to order, or by people who have no idea what they have,” said Col. Marco Pellegrini, who heads the TPC office in Ancona. “Either way, time is against us. A panel this size can be across the border in the trunk of a car in four hours, and nobody can sell a stolen Lotto in the open market, so it goes underground.”
Q direct Marco Pellegrini :: “Works like this are stolen to order, or by people who have no idea what they have,”
P full Marco Pellegrini
O government TPC
L city Ancona
Q direct Marco Pellegrini :: “Either way, time is against us. A panel this size can be across the border in the trunk of a car in four hours, and nobody can sell a stolen Lotto in the open market, so it goes underground.”
F duration four hours
> Roverino, a village of 640 people about 40 kilometers southwest of Ancona, has no museum. Its altarpiece draws several thousand visitors a year, many of them following a “Lotto trail” of churches across the Marche promoted by the regional government.
L city Roverino
F number 640
F quantity 40 kilometers
L city Ancona
Q scare - :: “Lotto trail”
L region Marche
> The Rev. Davide Orsini, the parish priest, said elderly women in the village still prayed in front of the altarpiece every morning.
P full Davide Orsini
> “When I opened the door and saw the empty space, I had to sit down,” he said. “This is not a museum piece to us. It belongs to families who have looked at it for five centuries.
Q direct Davide Orsini :: “When I opened the door and saw the empty space, I had to sit down,”
Q direct Davide Orsini :: “This is not a museum piece to us. It belongs to families who have looked at it for five centuries.
F duration five centuries
> “We will leave the space empty until it comes home. We are not going to hang a copy.”
Q direct Davide Orsini :: “We will leave the space empty until it comes home. We are not going to hang a copy.”
> Italy’s Culture Ministry called the theft “a wound to the whole country” and said it would pay for new alarm systems in 120 small churches in the region by June 2027.
L country Italy
O government Culture Ministry
Q direct Culture Ministry :: “a wound to the whole country”
F number 120
F date June 2027
> The Marche has been hit before. In February 1975, thieves took two paintings by Piero della Francesca and Raphael’s portrait known as “La Muta” from the Ducal Palace in Urbino. All three were found a year later in Locarno, Switzerland.
L region Marche
F date February 1975
F number two
P full Piero della Francesca
P partial Raphael
Q scare - :: “La Muta”
L facility Ducal Palace
L city Urbino
F number three
L city Locarno
L country Switzerland
> The Uffizi Galleries in Florence, which restored the altarpiece in 2012, said it had sent investigators high-resolution photographs of every panel on Tuesday.
O other Uffizi Galleries
L city Florence
F date 2012
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
