#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval216 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval216/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1339-monterrey-water-cuts-dams-guadalupe-nuevo-leon-mexico-news-daily'] = r'''
> Environment
> Monterrey water cuts extended to 11 municipalities as dams fall below 20%
L city Monterrey
F number 11
F percent 20%
> Taps will run six hours a day; Nuevo León will spend 2.4 billion pesos on emergency wells and trucks
F duration six hours
L region Nuevo León
F money 2.4 billion pesos
> Published on Tuesday, April 16, 2041
F date April 16, 2041
> By Renata Villarreal Garza
P full Renata Villarreal Garza
> Residents of Guadalupe fill buckets from a water truck on Monday. (Édgar Quintanilla/Cuartoscuro)
L city Guadalupe
P full Édgar Quintanilla
O media Cuartoscuro
> Water service in Monterrey and 10 other municipalities of the metropolitan area will be cut to six hours a day from Wednesday, Nuevo León Governor Adrián Cavazos Treviño announced on Monday, as the three dams that supply the city fell to a combined 18.7% of capacity.
L city Monterrey
F number 10
F duration six hours
L region Nuevo León
P full Adrián Cavazos Treviño
F number three
F percent 18.7%
> The rotating cuts, known locally as “tandeos,” will affect about 5.6 million people in Monterrey, Guadalupe, San Nicolás de los Garza, Apodaca, General Escobedo, Santa Catarina, García and four other municipalities. Each zone will receive water from 4 a.m. to 10 a.m. or from 4 p.m. to 10 p.m., under a schedule from the state utility, Servicios de Agua y Drenaje de Monterrey (AyD).
Q scare - :: “tandeos,”
F number 5.6 million
L city Monterrey
L city Guadalupe
L city San Nicolás de los Garza
L city Apodaca
L city General Escobedo
L city Santa Catarina
L city García
F number four
F time 4 a.m.
F time 10 a.m.
F time 4 p.m.
F time 10 p.m.
O government Servicios de Agua y Drenaje de Monterrey
O government AyD
> “We are living through the worst drought since 2022. I will not lie to the people of Nuevo León: the next eight weeks will be very hard,” Cavazos said at a press conference at the Government Palace in downtown Monterrey. “If it does not rain in June, we will have to go further.”
Q direct Adrián Cavazos Treviño :: “We are living through the worst drought since 2022. I will not lie to the people of Nuevo León: the next eight weeks will be very hard,”
F date 2022
L region Nuevo León
F duration eight weeks
P partial Cavazos
L facility Government Palace
L city Monterrey
Q direct Adrián Cavazos Treviño :: “If it does not rain in June, we will have to go further.”
> According to AyD, the El Cuchillo dam held 212 million cubic meters on Monday, 19% of its capacity, while the Cerro Prieto dam was at 11% and La Boca at just 6.4%. Together the three reservoirs normally supply about 60% of the city’s water.
O government AyD
L facility El Cuchillo
F quantity 212 million cubic meters
F percent 19%
L facility Cerro Prieto
F percent 11%
L facility La Boca
F percent 6.4%
F number three
F percent 60%
> The state will invest 2.4 billion pesos (US $131 million) to drill 40 emergency wells and rent 300 water trucks, the governor said. Part of the money, 650 million pesos, will come from the federal government through the National Water Commission (Conagua), which on Friday declared a drought emergency in 31 of Nuevo León’s 51 municipalities.
F money 2.4 billion pesos
F money US $131 million
F number 40
F number 300
F money 650 million pesos
O government National Water Commission
O government Conagua
F number 31
L region Nuevo León
F number 51
> In Guadalupe, where some neighborhoods have had no running water since Thursday, about 200 residents blocked Avenida Benito Juárez for three hours on Monday.
L city Guadalupe
F number 200
L street Avenida Benito Juárez
F duration three hours
> “We have four children and we get one bucket a day from the pipa. That is not a life,” said Leticia Ramírez Tovar, 43, who lives in the Valle Soleado neighborhood. She said a private truck now charges 900 pesos for 10,000 liters, three times the price of a year ago.
Q direct Leticia Ramírez Tovar :: “We have four children and we get one bucket a day from the pipa. That is not a life,”
F number four
F number one
P full Leticia Ramírez Tovar
F age 43
L city Valle Soleado
F money 900 pesos
F quantity 10,000 liters
F number three
> Coparmex Nuevo León, the local employers’ federation, said companies were “ready to share the sacrifice,” but asked the state to publish how much water industry draws from the aquifers.
O nonprofit Coparmex Nuevo León
Q direct Coparmex Nuevo León :: “ready to share the sacrifice,”
> Aldo Ríos de la Fuente, a hydrologist at the Monterrey Institute of Technology and Higher Education (Tec de Monterrey), blamed decades of poor planning.
P full Aldo Ríos de la Fuente
O education Monterrey Institute of Technology and Higher Education
O education Tec de Monterrey
> “The metro area has grown by almost 900,000 people in 15 years, and we keep building as if water were infinite,” Ríos said. “The El Cuchillo II aqueduct helped, but it was designed for the city of 2010.
Q direct Aldo Ríos de la Fuente :: “The metro area has grown by almost 900,000 people in 15 years, and we keep building as if water were infinite,”
F number 900,000
F duration 15 years
P partial Ríos
Q direct Aldo Ríos de la Fuente :: “The El Cuchillo II aqueduct helped, but it was designed for the city of 2010.
L facility El Cuchillo II
F date 2010
> “What we need now is to stop losing a third of our water to leaks in old pipes, and that takes years, not weeks.”
Q direct Aldo Ríos de la Fuente :: “What we need now is to stop losing a third of our water to leaks in old pipes, and that takes years, not weeks.”
F fraction a third
> AyD said water trucks would serve hospitals, schools and the 120 worst-hit neighborhoods first, and asked residents to report leaks by calling 073. The cuts will remain in place at least until May 31, the utility said.
O government AyD
F number 120
F date May 31
'''

ARTICLES['1340-sao-paulo-grand-prix-kettunen-mclaren-interlagos-race-report-reuters'] = r'''
> Sports
> Motor racing-McLaren's Kettunen wins wet Sao Paulo GP from 11th on the grid
O team McLaren
P partial Kettunen
> By Ana Beatriz Moura
P full Ana Beatriz Moura
> November 10, 2039 9:12 PM UTC Updated 2 hours ago
F date November 10, 2039
F time 9:12 PM UTC
F duration 2 hours
> Formula One F1 - Sao Paulo Grand Prix - Autodromo Jose Carlos Pace, Sao Paulo, Brazil - November 10, 2039 McLaren's Noa Kettunen celebrates on the podium REUTERS/Carla Siqueira
O other Formula One
O other F1
L facility Autodromo Jose Carlos Pace
L city Sao Paulo
L country Brazil
F date November 10, 2039
O team McLaren
P full Noa Kettunen
O media REUTERS
P full Carla Siqueira
> SAO PAULO, Nov 10 (Reuters) - McLaren's Noa Kettunen came from 11th on the grid to win a rain-hit Sao Paulo Grand Prix by 3.412 seconds on Sunday, gambling on intermediate tyres two laps before the downpour that scattered his rivals at Interlagos.
L city SAO PAULO
F date Nov 10
O media Reuters
O team McLaren
P full Noa Kettunen
F duration 3.412 seconds
F number two
L facility Interlagos
> Home favourite Rafael Quintela finished second for Williams, the team's first podium in four seasons, with pole-sitter Emile de Rochefort third for Mercedes after a late spin at the Senna S.
P full Rafael Quintela
O team Williams
F number four
P full Emile de Rochefort
O team Mercedes
L facility Senna S
> The 24-year-old Finn now leads the championship by 14 points from Ferrari's Lukas Brandtner with two races remaining, in Las Vegas and Abu Dhabi.
F age 24-year-old
F number 14
O team Ferrari
P full Lukas Brandtner
F number two
L city Las Vegas
L city Abu Dhabi
> Kettunen completed the 71 laps of the 4.309km circuit in 1:41:07.338, a race that included a 22-minute red flag when the rain was at its heaviest.
P partial Kettunen
F number 71
F quantity 4.309km
F duration 1:41:07.338
F duration 22-minute
> "My engineer said, 'Box, box, we go to inters, trust me,' and honestly I thought he was crazy because the track was still dry," Kettunen told reporters.
Q direct Noa Kettunen :: "My engineer said, 'Box, box, we go to inters, trust me,' and honestly I thought he was crazy because the track was still dry,"
P partial Kettunen
> "Two laps later it was like driving on ice. Sometimes you need to be lucky, and today we were lucky and brave," he added.
Q direct Noa Kettunen :: "Two laps later it was like driving on ice. Sometimes you need to be lucky, and today we were lucky and brave,"
F number Two
> McLaren team principal Priya Castellanos-Hart said the call came from the pit wall's weather radar, not from the driver. "We saw the cell coming over the lake at about 2:40 and we had maybe six minutes to decide," she said.
O team McLaren
P full Priya Castellanos-Hart
Q direct Priya Castellanos-Hart :: "We saw the cell coming over the lake at about 2:40 and we had maybe six minutes to decide,"
F time 2:40
F duration six minutes
> The race started at 2 p.m. local time (1700 GMT) in front of 62,000 spectators, many of whom had come to cheer Quintela, 27, who in June became the first Brazilian to win a Formula One race since 2009 when he triumphed in Montreal.
F time 2 p.m.
F time 1700 GMT
F number 62,000
P partial Quintela
F age 27
O other Formula One
F date 2009
L city Montreal
> "I wanted to win here more than anywhere in the world. Second is bittersweet, but look at this crowd," Quintela said, pointing to the main grandstand.
Q direct Rafael Quintela :: "I wanted to win here more than anywhere in the world. Second is bittersweet, but look at this crowd,"
P partial Quintela
> De Rochefort, who led the first 38 laps, lost about eight seconds when he spun at Turn 1 on lap 52 and could not catch the Williams again.
P partial De Rochefort
F number 38
F duration eight seconds
L facility Turn 1
O team Williams
> Mercedes said the Frenchman had suffered "a sudden loss of rear grip" on a drying line, while Brandtner finished fifth for Ferrari after a slow pit stop of 6.8 seconds.
O team Mercedes
Q direct Mercedes :: "a sudden loss of rear grip"
P partial Brandtner
O team Ferrari
F duration 6.8 seconds
> The Interlagos weather, the so-called "Sao Paulo lottery", has decided several recent races at the track.
L facility Interlagos
Q scare - :: "Sao Paulo lottery"
L city Sao Paulo
> Stewards were investigating an incident between Aston Martin's Yusuf Demirkol-Aydin and Audi's Jonah Whitcombe at the restart, which ended both their races. A team source said a decision was expected before midnight.
O team Aston Martin
P full Yusuf Demirkol-Aydin
O team Audi
P full Jonah Whitcombe
> (Reporting by Ana Beatriz Moura; Editing by Tom Hallworth)
P full Ana Beatriz Moura
P full Tom Hallworth
'''

ARTICLES['1341-home-ownership-scheme-ballot-kai-tak-tuen-mun-housing-authority-scmp'] = r'''
> Hong Kong / Society
L city Hong Kong
> ‘Like winning the Mark Six’: 186,000 applications chase 9,870 subsidised flats in Hong Kong ballot
Q direct Chan Ka-ho :: ‘Like winning the Mark Six’
F number 186,000
F number 9,870
L city Hong Kong
> Housing Authority says latest sale is 18 times oversubscribed, with prices starting at HK$1.26 million for a flat in Tuen Mun
O government Housing Authority
F number 18
F money HK$1.26 million
L city Tuen Mun
> Published: 7:15pm, 9 Jan 2041
F time 7:15pm
F date 9 Jan 2041
> By Cheryl Ho Wing-sze
P full Cheryl Ho Wing-sze
> Prospective buyers queue to see a show flat at the Kai Tak development on Wednesday. Photo: Dickson Lau Chi-fung
L city Kai Tak
P full Dickson Lau Chi-fung
> More than 186,000 applications have been lodged for 9,870 flats in the latest sale of Home Ownership Scheme homes, making it the most oversubscribed round in five years, the Housing Authority (HA) said on Thursday.
F number 186,000
F number 9,870
F duration five years
O government Housing Authority
O government HA
> The flats, in seven new courts in Kai Tak, Tuen Mun, Tseung Kwan O, Sham Shui Po and Tung Chung, are priced at a 30 per cent discount to market value, from HK$1.26 million for a 282 sq ft flat at Yan Lok Court in Tuen Mun to HK$5.8 million for a three-bedroom unit of 676 sq ft at Kai Tak’s Tak Ming Court.
F number seven
L city Kai Tak
L city Tuen Mun
L city Tseung Kwan O
L city Sham Shui Po
L city Tung Chung
F percent 30 per cent
F money HK$1.26 million
F quantity 282 sq ft
L facility Yan Lok Court
L city Tuen Mun
F money HK$5.8 million
F number three
F quantity 676 sq ft
L city Kai Tak
L facility Tak Ming Court
> Applications closed at 7pm on Tuesday, and the computer ballot to decide the order in which buyers can choose their flats will be held on 26 January. Families with a monthly income of up to HK$67,000 and single applicants earning up to HK$33,500 were eligible.
F time 7pm
F date 26 January
F money HK$67,000
F money HK$33,500
> Secretary for Housing Vivian Kwok Mei-ling said the demand showed that the government’s plan to balance public rental and subsidised sale flats was “on the right track”.
P full Vivian Kwok Mei-ling
Q direct Vivian Kwok Mei-ling :: “on the right track”
> “Young families want a home of their own, not a lottery ticket. That is why we will put another 11,000 flats on sale in the next round, in the fourth quarter of 2041,” Kwok said.
Q direct Vivian Kwok Mei-ling :: “Young families want a home of their own, not a lottery ticket. That is why we will put another 11,000 flats on sale in the next round, in the fourth quarter of 2041,”
F number 11,000
F date 2041
P partial Kwok
> She admitted that many applicants would be disappointed. “Statistically, a young couple in the White Form queue has about a one in 26 chance this time. I know that is hard to hear.
Q direct Vivian Kwok Mei-ling :: “Statistically, a young couple in the White Form queue has about a one in 26 chance this time. I know that is hard to hear.
F number one
F number 26
> “But the answer is to build faster, and we are building faster than at any time since the 1980s.”
Q direct Vivian Kwok Mei-ling :: “But the answer is to build faster, and we are building faster than at any time since the 1980s.”
F date 1980s
> For Chan Ka-ho, 31, a nurse, and his wife, a primary school teacher, this is the fourth attempt. The couple live with his parents in a 420 sq ft flat in Sham Shui Po.
P full Chan Ka-ho
F age 31
F quantity 420 sq ft
L city Sham Shui Po
> “Getting a good ballot number is like winning the Mark Six. My mother keeps saying, ‘Try again, your luck must turn,’ but we have been saying that since 2037,” he said.
Q direct Chan Ka-ho :: “Getting a good ballot number is like winning the Mark Six. My mother keeps saying, ‘Try again, your luck must turn,’ but we have been saying that since 2037,”
F date 2037
> Legislator Edmund Yiu Tsz-lok of the Democratic Alliance for the Betterment and Progress of Hong Kong (DAB) said the HA should give more priority to families with children under 12, who make up about 38 per cent of applicants.
P full Edmund Yiu Tsz-lok
O party Democratic Alliance for the Betterment and Progress of Hong Kong
O party DAB
O government HA
F age 12
F percent 38 per cent
> The authority said in a reply to the Post that the existing quota system was “fair and transparent” and that it had no plans to change it before the next sale.
Q direct Housing Authority :: “fair and transparent”
O media Post
> A government source said officials were also worried about speculation, after a Tseung Kwan O flat bought for HK$3.1 million in 2031 was resold on the open market last year for HK$7.4 million, more than double the original price.
L city Tseung Kwan O
F money HK$3.1 million
F date 2031
F money HK$7.4 million
> Under current rules, owners must wait 10 years before they can sell their flats on the open market without first paying back the discount.
F duration 10 years
'''

ARTICLES['1342-meridian-air-cascade-airways-merger-pilots-alpa-justice-department-wsj'] = r'''
> Business | Airlines
> Meridian Air to Buy Cascade Airways for $5.8 Billion in Deal Set to Test Antitrust Enforcers
O company Meridian Air
O company Cascade Airways
F money $5.8 Billion
> Combination would create the fifth-largest U.S. airline, with 640 jets and about 410 routes, but pilots’ seniority lists and overlapping West Coast flights stand in the way
L country U.S.
F number 640
F number 410
L region West Coast
> By Daniel Okafor-Whitman and Lena Brandvold
P full Daniel Okafor-Whitman
P full Lena Brandvold
> Updated Feb. 12, 2040 6:04 pm ET
F date Feb. 12, 2040
F time 6:04 pm ET
> A Cascade Airways jet taxis at Seattle-Tacoma International Airport. Photo: Marcus Ortega-Lind for The Wall Street Journal
O company Cascade Airways
L facility Seattle-Tacoma International Airport
P full Marcus Ortega-Lind
O media The Wall Street Journal
> Meridian Air Group Inc. agreed to buy Cascade Airways Corp. for about $5.8 billion including debt, a deal that would create the country’s fifth-largest airline and hand the Justice Department its biggest airline-merger case in years.
O company Meridian Air Group Inc.
O company Cascade Airways Corp.
F money $5.8 billion
O government Justice Department
> Denver-based Meridian will pay $38.75 a share in cash, a 41% premium to Cascade’s closing price of $27.48 on Friday, the companies said Monday. Cascade shares jumped 33% to $36.55 in New York trading, while Meridian fell 2.6%.
L city Denver
O company Meridian
F money $38.75
F percent 41%
O company Cascade
F money $27.48
O company Cascade
F percent 33%
F money $36.55
L city New York
O company Meridian
F percent 2.6%
> “Together we can finally compete coast to coast with the largest carriers,” Meridian Chief Executive Harold J. Brennan Jr. said in an interview. “Cascade gives us Seattle, Portland and Anchorage. We give them Denver, Dallas and the East Coast.”
Q direct Harold J. Brennan Jr. :: “Together we can finally compete coast to coast with the largest carriers,”
O company Meridian
P full Harold J. Brennan Jr.
Q direct Harold J. Brennan Jr. :: “Cascade gives us Seattle, Portland and Anchorage. We give them Denver, Dallas and the East Coast.”
O company Cascade
L city Seattle
L city Portland
L city Anchorage
L city Denver
L city Dallas
L region East Coast
> Mr. Brennan, 58, said the combined carrier expects $1.1 billion in annual cost savings by 2043 and will keep Cascade’s maintenance base in Portland, Ore., where it employs about 2,300 people.
P partial Brennan
F age 58
F money $1.1 billion
F date 2043
O company Cascade
L city Portland
L region Ore.
F number 2,300
> The airlines overlap on 23 nonstop routes, most of them between California and the Pacific Northwest. Antitrust lawyers said regulators could demand that the companies give up takeoff and landing slots or gates at Los Angeles International Airport and San Francisco.
F number 23
L region California
L region Pacific Northwest
L facility Los Angeles International Airport
L city San Francisco
> A person familiar with the matter said the companies had met Justice Department officials twice in January and expected a review lasting 12 to 18 months. The Department of Transportation and the Federal Aviation Administration must also sign off.
O government Justice Department
F duration 12
F duration 18 months
O government Department of Transportation
O government Federal Aviation Administration
> The bigger obstacle may be the cockpit. Meridian’s 5,300 pilots are represented by the Air Line Pilots Association (ALPA), while Cascade’s 1,900 pilots belong to the Teamsters, and the two groups must agree on how to merge their seniority lists, which decide who flies which planes and routes.
O company Meridian
F number 5,300
O nonprofit Air Line Pilots Association
O nonprofit ALPA
O company Cascade
F number 1,900
O nonprofit Teamsters
F number two
> “Our members are not going to be ‘stapled’ to the bottom of anybody’s list,” said Capt. Denise Marchetti-Obi, who chairs the ALPA council at Meridian. “We will look at this deal very carefully.”
Q direct Denise Marchetti-Obi :: “Our members are not going to be ‘stapled’ to the bottom of anybody’s list,”
P full Denise Marchetti-Obi
O nonprofit ALPA
O company Meridian
Q direct Denise Marchetti-Obi :: “We will look at this deal very carefully.”
> The Teamsters said in a statement that Cascade pilots had “no interest in being a footnote” in someone else’s merger.
O nonprofit Teamsters
O company Cascade
Q direct Teamsters :: “no interest in being a footnote”
> Cascade Chief Executive Ingrid Solheim-Vance, who will join Meridian’s board, said both unions would be consulted. Ms. Solheim-Vance said the Cascade name would disappear within two years.
P full Ingrid Solheim-Vance
O company Meridian
P partial Solheim-Vance
O company Cascade
F duration two years
> Analysts were divided. Samir Qureshi-Lang of Halcrow Aviation Advisors said the deal made sense on paper but warned that integrating two reservation systems had hurt earlier mergers. “Every airline merger looks brilliant in the slide deck,” he said.
P full Samir Qureshi-Lang
O company Halcrow Aviation Advisors
F number two
Q direct Samir Qureshi-Lang :: “Every airline merger looks brilliant in the slide deck,”
> The deal is expected to close in the first half of 2041.
F date 2041
> Write to Daniel Okafor-Whitman at daniel.okafor-whitman@wsj.com and Lena Brandvold at lena.brandvold@wsj.com
P full Daniel Okafor-Whitman
P full Lena Brandvold
'''

ARTICLES['1343-sofifi-civil-servants-relocation-ternate-north-maluku-jakarta-post'] = r'''
> Archipelago
> North Maluku Orders 4,200 Civil Servants to Move From Ternate to Sofifi
L region North Maluku
F number 4,200
L city Ternate
L city Sofifi
> More than 30 years after the provincial government moved to Sofifi, most officials still commute across the sea by speedboat
F duration 30 years
L city Sofifi
> Fikri Hasanuddin (The Jakarta Post)
P full Fikri Hasanuddin
O media The Jakarta Post
> Ternate ● Thu, March 21, 2041
L city Ternate
F date March 21, 2041
> Civil servants board a speedboat at Bastiong port in Ternate for the 40-minute crossing to Sofifi on Wednesday. (JP/Fikri Hasanuddin)
L facility Bastiong
L city Ternate
F duration 40-minute
L city Sofifi
O media JP
P full Fikri Hasanuddin
> The North Maluku administration has ordered 4,200 of its civil servants to move from the island city of Ternate to Sofifi, the provincial capital on Halmahera, by July 1, ending a daily commute that has cost the province an estimated Rp 38 billion (US$2.3 million) a year in boat charters.
L region North Maluku
F number 4,200
L city Ternate
L city Sofifi
L geo Halmahera
F date July 1
F money Rp 38 billion
F money US$2.3 million
> Sofifi became the seat of the provincial government in 2010, but many offices, schools and hospitals remained in Ternate, about 30 kilometers away across the strait, and the majority of officials never moved.
L city Sofifi
F date 2010
L city Ternate
F quantity 30 kilometers
> “It is not fair to the people of Halmahera that their government sleeps on another island,” North Maluku Governor Hamid Rizal Marsaoly told reporters in Sofifi on Wednesday. “From July, the lights in the governor’s office will be on at 7:30 in the morning, in Sofifi, not in Ternate.”
Q direct Hamid Rizal Marsaoly :: “It is not fair to the people of Halmahera that their government sleeps on another island,”
L geo Halmahera
L region North Maluku
P full Hamid Rizal Marsaoly
L city Sofifi
Q direct Hamid Rizal Marsaoly :: “From July, the lights in the governor’s office will be on at 7:30 in the morning, in Sofifi, not in Ternate.”
F time 7:30
L city Sofifi
L city Ternate
> Hamid said the provincial budget would provide Rp 412 billion over two years for 1,600 new housing units in Sofifi and in Oba district, as well as a relocation allowance of Rp 3.5 million per month for each civil servant for the first 12 months.
P partial Hamid
F money Rp 412 billion
F duration two years
F number 1,600
L city Sofifi
L region Oba
F money Rp 3.5 million
F duration 12 months
> The move has the backing of Jakarta. Home Affairs Minister Arief Santoso Wibisono said in a statement that regional governments should “work where their people live” and that the Home Affairs Ministry would monitor attendance at the new offices.
L city Jakarta
P full Arief Santoso Wibisono
Q direct Arief Santoso Wibisono :: “work where their people live”
O government Home Affairs Ministry
> Administrative and Bureaucratic Reform Minister Ratna Dewi Kusumaningrum added that officials who refused to move without a valid reason could lose their performance allowances, which make up around 40 percent of take-home pay for senior staff.
P full Ratna Dewi Kusumaningrum
F percent 40 percent
> Many civil servants, however, say Sofifi is not ready. The town of about 9,000 people has one market, no cinema and a single hospital with 50 beds, and rents have already doubled since the announcement in February.
L city Sofifi
F number 9,000
F number one
F number 50
> Nurlela, 38, a planning officer who has commuted from Ternate for nine years, said she would move but her two children would stay behind with her mother. “My husband works in Ternate and the good schools are in Ternate. So I will be a ‘weekend mother’,” she said.
P partial Nurlela
F age 38
L city Ternate
F duration nine years
F number two
Q direct Nurlela :: “My husband works in Ternate and the good schools are in Ternate. So I will be a ‘weekend mother’,”
L city Ternate
L city Ternate
> The State Civil Apparatus Agency (BKN) recorded 11,470 civil servants in the North Maluku provincial administration last year. Of those, only 2,950 listed Sofifi as their home address.
O government State Civil Apparatus Agency
O government BKN
F number 11,470
L region North Maluku
F number 2,950
L city Sofifi
> Muhammad Ikbal Tomagola, a member of the North Maluku Legislative Council (DPRD) from Ternate, said the plan was rushed. “The governor wants a capital in 100 days. Building a city takes 20 years,” he said, adding that the council had only approved Rp 150 billion of the housing budget.
P full Muhammad Ikbal Tomagola
O government North Maluku Legislative Council
O government DPRD
L city Ternate
Q direct Muhammad Ikbal Tomagola :: “The governor wants a capital in 100 days. Building a city takes 20 years,”
F duration 100 days
F duration 20 years
F money Rp 150 billion
> Speedboat operators in Ternate, who charge Rp 75,000 for a one-way ticket, stand to lose most of their weekday passengers. The provincial transportation agency said it would help some 60 boat owners switch to tourist routes around Tidore and Maitara.
L city Ternate
F money Rp 75,000
F number 60
L geo Tidore
L geo Maitara
'''

ARTICLES['1344-otley-pool-wharfe-flood-defence-scheme-leeds-city-council-yorkshire-post'] = r'''
> News
> Otley and Pool to get £64.5m Wharfe flood defences after years of waiting
L city Otley
L city Pool
F money £64.5m
L geo Wharfe
> Walls, embankments and a new storage area upstream will protect 620 homes and 140 businesses in Leeds’ Wharfedale towns
F number 620
F number 140
L city Leeds
L region Wharfedale
> By Harriet Oldroyd
P full Harriet Oldroyd
> Published 6th Mar 2040, 17:40 GMT
F date 6th Mar 2040
F time 17:40 GMT
> Floodwater covers Wharfemeadows Park in Otley after Storm Ingrid in December 2038. Picture: Kellie Brotherton
L facility Wharfemeadows Park
L city Otley
F date December 2038
P full Kellie Brotherton
> A £64.5m scheme to protect Otley and Pool-in-Wharfedale from the River Wharfe has been approved by Leeds City Council, 15 months after Storm Ingrid flooded more than 300 properties along the river.
F money £64.5m
L city Otley
L city Pool-in-Wharfedale
L geo River Wharfe
O government Leeds City Council
F duration 15 months
F number 300
> The council’s executive board backed the plans on Wednesday, clearing the way for work to start in April 2041. The scheme, drawn up with the Environment Agency, includes 2.4km of new flood walls and embankments through Otley, raised banks at Pool and a storage area on farmland near Farnley that can hold 1.1 million cubic metres of water.
F date April 2041
O government Environment Agency
F quantity 2.4km
L city Otley
L city Pool
L city Farnley
F quantity 1.1 million cubic metres
> The Government will pay £41.2m, with £14.8m from the council, £5m from Yorkshire Water and the rest from local businesses and the regional flood and coastal committee. Construction is expected to take three years.
O government Government
F money £41.2m
F money £14.8m
F money £5m
O company Yorkshire Water
F duration three years
> Coun Helen Pickersgill, the council’s executive member for climate and the environment, said: “When Ingrid came through, people in Otley watched the Wharfe rise a metre in two hours and had nowhere to go. We promised them we would not let that happen again.
P full Helen Pickersgill
Q direct Helen Pickersgill :: “When Ingrid came through, people in Otley watched the Wharfe rise a metre in two hours and had nowhere to go. We promised them we would not let that happen again.
L city Otley
L geo Wharfe
F duration two hours
> “This scheme means that a family in Otley or Pool will have a one in 100 chance of flooding in any year, instead of one in 20 today.”
Q direct Helen Pickersgill :: “This scheme means that a family in Otley or Pool will have a one in 100 chance of flooding in any year, instead of one in 20 today.”
L city Otley
L city Pool
F number one
F number 100
F number one
F number 20
> The storm, which struck on 14 and 15 December 2038, left water up to 1.4 metres deep in Kirkgate and Bondgate, and closed the A660 between Otley and Leeds for four days. Insurers paid out an estimated £27m.
F date 14
F date 15 December 2038
F quantity 1.4 metres
L street Kirkgate
L street Bondgate
L street A660
L city Otley
L city Leeds
F duration four days
F money £27m
> Environment Agency area flood risk manager Gareth Illingworth said the Wharfe was “a fast, flashy river” that could rise quickly after heavy rain in the Dales.
O government Environment Agency
P full Gareth Illingworth
L geo Wharfe
Q direct Gareth Illingworth :: “a fast, flashy river”
L region Dales
> He said the storage area near Farnley would hold back the peak of a flood for about six hours. “That buys time for the walls downstream to do their job,” he added.
L city Farnley
F duration six hours
Q direct Gareth Illingworth :: “That buys time for the walls downstream to do their job,”
> Not everyone is happy. Farmers near Farnley said they had been offered £1,850 an acre in compensation for land that would flood “once in a blue moon, or every other winter, depending on who you ask”.
L city Farnley
F money £1,850
Q direct - :: “once in a blue moon, or every other winter, depending on who you ask”
> Pool resident Marjorie Wainwright, 81, whose bungalow on Main Street flooded twice in 2038, welcomed the decision but said the wait had been “agonising”.
L city Pool
P full Marjorie Wainwright
F age 81
L street Main Street
F date 2038
Q direct Marjorie Wainwright :: “agonising”
> “I have sandbags by the door every time it rains. At my age I should be worrying about my garden, not about the river,” Mrs Wainwright said.
Q direct Marjorie Wainwright :: “I have sandbags by the door every time it rains. At my age I should be worrying about my garden, not about the river,”
P partial Wainwright
> Otley Flood Action Group chairman Tom Ackroyd-Hirst said the group would hold a public meeting at Otley Civic Centre at 7pm on 19 March to explain the plans.
O nonprofit Otley Flood Action Group
P full Tom Ackroyd-Hirst
L facility Otley Civic Centre
F time 7pm
F date 19 March
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
