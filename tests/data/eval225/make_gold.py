#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval225 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval225/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1393-likoni-ferry-breakdown-kfs-mombasa-the-standard'] = r'''
> Counties
> Commuters stranded for hours as two Likoni ferries break down
F number two
L city Likoni
> Only one vessel was operating on the channel on Monday morning, leaving more than 40,000 people queuing at Mombasa’s main crossing
F number one
F number 40,000
L city Mombasa
> By Hassan Mwinyi Bakari | Mar 15th 2039 | 3 min read
P full Hassan Mwinyi Bakari
F date Mar 15th 2039
F duration 3 min
> Commuters board MV Pwani Bora at the Likoni crossing on Monday. (Photo: Omari Said Ruwa, Standard)
L city Likoni
P full Omari Said Ruwa
O media Standard
> Thousands of commuters were stranded for more than four hours on Monday after two of the three vessels serving the Likoni channel broke down within 40 minutes of each other, the Kenya Ferry Services (KFS) said.
F duration four hours
F number two
F number three
L city Likoni
F duration 40 minutes
O government Kenya Ferry Services
O government KFS
> MV Tuliza developed a gearbox fault at 6.10am, midway through a crossing, and had to be towed back to the island side by a Kenya Ports Authority tug. At 6.50am, MV Pwani Bora lost power in one of its two engines and was withdrawn, leaving only MV Harambee Star, which carries about 1,200 passengers a trip.
F time 6.10am
O government Kenya Ports Authority
F time 6.50am
F number two
F number 1,200
> By 8am, queues at the Likoni landing stretched past the Shelly Beach junction. Many workers bound for the island walked or paid boda boda riders Sh300 for the 12-kilometre trip round the Dongo Kundu bypass.
F time 8am
L city Likoni
L city Shelly Beach
F money Sh300
F quantity 12-kilometre
L street Dongo Kundu
> “I left home at 5am and I am still here. The announcer keeps saying ‘the next ferry is coming’, but nothing comes,” said Mwanaisha Kadzo Mwero, 34, a supermarket cashier. “If I am late again, they will cut my pay.”
Q direct Mwanaisha Kadzo Mwero :: “I left home at 5am and I am still here. The announcer keeps saying ‘the next ferry is coming’, but nothing comes,”
F time 5am
P full Mwanaisha Kadzo Mwero
F age 34
Q direct Mwanaisha Kadzo Mwero :: “If I am late again, they will cut my pay.”
> In a statement, KFS said the breakdowns were “regrettable” and that engineers were working on both vessels. The agency said MV Pwani Bora would be back in service “within 48 hours”, while MV Tuliza needed spare parts from the Netherlands.
O government KFS
Q direct Kenya Ferry Services :: “regrettable”
Q direct Kenya Ferry Services :: “within 48 hours”
F duration 48 hours
L country Netherlands
> KFS managing director Eng Salim Abdalla Mkomba told The Standard that the fleet was overstretched. “We are running three vessels on a channel that needs six. Each ferry does up to 30 crossings a day. Machines get tired,” he said.
O government KFS
P full Salim Abdalla Mkomba
O media The Standard
Q direct Salim Abdalla Mkomba :: “We are running three vessels on a channel that needs six. Each ferry does up to 30 crossings a day. Machines get tired,”
F number three
F number six
F number 30
> He said the agency had asked the National Treasury for Sh2.4 billion to buy two new vessels in the 2039/40 financial year. “The money we collect from vehicles is not enough to maintain the fleet, let alone expand it. Pedestrians cross free of charge.
O government National Treasury
F money Sh2.4 billion
F number two
F date 2039/40
Q direct Salim Abdalla Mkomba :: “The money we collect from vehicles is not enough to maintain the fleet, let alone expand it. Pedestrians cross free of charge.
> “Until new ferries arrive, we will have days like today,” he added.
Q direct Salim Abdalla Mkomba :: “Until new ferries arrive, we will have days like today,”
> Likoni MP Fatuma Mohamed Kanyanga said commuters had endured “one breakdown after another” since January and accused KFS of treating the crossing as a “side hustle”. She said she would ask the National Assembly’s transport committee to summon the agency’s board.
L city Likoni
P full Fatuma Mohamed Kanyanga
Q direct Fatuma Mohamed Kanyanga :: “one breakdown after another”
O government KFS
Q direct Fatuma Mohamed Kanyanga :: “side hustle”
O government National Assembly
> “These people are not cargo. A mother with a baby should not stand in the sun for three hours because a gearbox failed,” Kanyanga said.
Q direct Fatuma Mohamed Kanyanga :: “These people are not cargo. A mother with a baby should not stand in the sun for three hours because a gearbox failed,”
F duration three hours
P partial Kanyanga
> An official at the Kenya Maritime Authority (KMA), who asked not to be named because he is not authorised to speak to the media, said MV Tuliza had failed a safety inspection in November 2038 and was cleared after repairs. “It passed the second inspection, but that ship was built in 2012,” the official said.
O government Kenya Maritime Authority
O government KMA
F date November 2038
Q direct - :: “It passed the second inspection, but that ship was built in 2012,”
F date 2012
> The pedestrian pontoon, popularly known as the “floating bridge”, has been closed for repairs since February 2. It carried up to 9,000 people an hour at peak times, according to KFS.
Q scare - :: “floating bridge”
F date February 2
F number 9,000
O government KFS
> About 300,000 people and 6,000 vehicles use the crossing every day, linking Mombasa Island to the South Coast and Kwale County. Services had returned to two vessels by 1pm, KFS said.
F number 300,000
F number 6,000
L geo Mombasa Island
L region South Coast
L region Kwale County
F number two
F time 1pm
O government KFS
'''

ARTICLES['1394-proteas-she-cranes-netball-second-test-ellis-park-arena-iol'] = r'''
> Sport
> Proteas hold off She Cranes 58-54 to seal series in Joburg
O team Proteas
O team She Cranes
F score 58-54
L city Joburg
> Captain Anél du Preez scored 41 goals as South Africa took an unbeatable 2-0 lead in the three-Test series against Uganda
P full Anél du Preez
F number 41
O team South Africa
F score 2-0
F number three
O team Uganda
> Thandeka Mokoena-Botha
P full Thandeka Mokoena-Botha
> Published Aug 7, 2039
F date Aug 7, 2039
> SPAR Proteas captain Anél du Preez shoots during the second Test against Uganda at Ellis Park Arena on Saturday. Picture: Sydney Mahlangu/BackpagePix
O team SPAR Proteas
P full Anél du Preez
O team Uganda
L facility Ellis Park Arena
P full Sydney Mahlangu
O media BackpagePix
> JOHANNESBURG – The SPAR Proteas had to survive a late Ugandan charge before winning the second Test 58-54 at Ellis Park Arena on Saturday night, sealing the series with one match to spare.
L city JOHANNESBURG
O team SPAR Proteas
F score 58-54
L facility Ellis Park Arena
F number one
> South Africa led 16-11 after the first quarter and 31-24 at half-time, but the She Cranes, roared on by a few hundred Ugandan supporters in a crowd of 4 870, won the third quarter 15-12 and drew level at 49-49 with seven minutes to play.
O team South Africa
F score 16-11
F score 31-24
O team She Cranes
F number 4 870
F score 15-12
F score 49-49
F duration seven minutes
> Du Preez, 29, who plays her club netball for the Gauteng Jaguars, then scored six of the Proteas' last nine goals. She finished with 41 from 44 attempts, while goal attack Lerato Nkosi-Mthembu added 17/21.
P partial Du Preez
F age 29
O team Gauteng Jaguars
F number six
O team Proteas
F number nine
F number 41
F number 44
P full Lerato Nkosi-Mthembu
F number 17/21
> "In the third quarter we stopped moving the ball and they punished us. I said to the girls at the break, 'Breathe, trust your feeds,' and they did," Du Preez said.
Q direct Anél du Preez :: "In the third quarter we stopped moving the ball and they punished us. I said to the girls at the break, 'Breathe, trust your feeds,' and they did,"
P partial Du Preez
> Proteas coach Dr Riana van Rooyen-Smit said she was "pleased but not satisfied". "We gave away 18 turnovers in the second half. Against England in October, that loses you the game," she said.
O team Proteas
P full Riana van Rooyen-Smit
Q direct Riana van Rooyen-Smit :: "pleased but not satisfied"
Q direct Riana van Rooyen-Smit :: "We gave away 18 turnovers in the second half. Against England in October, that loses you the game,"
F number 18
O team England
> She Cranes coach Fred Mugerwa Ssali was proud of the fightback. "We came here as underdogs. Nobody in Kampala expected us to be level with the Proteas with seven minutes left," he said. "My girls showed what Ugandan netball can be. Give us a full season of matches and we will beat this team.
O team She Cranes
P full Fred Mugerwa Ssali
Q direct Fred Mugerwa Ssali :: "We came here as underdogs. Nobody in Kampala expected us to be level with the Proteas with seven minutes left,"
L city Kampala
O team Proteas
F duration seven minutes
Q direct Fred Mugerwa Ssali :: "My girls showed what Ugandan netball can be. Give us a full season of matches and we will beat this team.
> "Not on Wednesday, maybe, but soon."
Q direct Fred Mugerwa Ssali :: "Not on Wednesday, maybe, but soon."
> Uganda captain Irene Nalubega Kato, 31, top-scored for the visitors with 38 goals from 45 attempts and was named player of the match, the first visiting player to win the award in a Test in South Africa since 2034.
O team Uganda
P full Irene Nalubega Kato
F age 31
F number 38
F number 45
L country South Africa
F date 2034
> "It is bittersweet. I would give the award back for two more goals," said Nalubega Kato, who plays her club netball in England for Loughborough Lightning.
Q direct Irene Nalubega Kato :: "It is bittersweet. I would give the award back for two more goals,"
F number two
P partial Nalubega Kato
L country England
O team Loughborough Lightning
> Netball South Africa (NSA) said more than 11 000 tickets had been sold for the series and that the third Test in Durban was close to a sell-out. NSA president Zodwa Khumalo-Dlamini described the crowds as "proof that netball is ready for bigger arenas".
O nonprofit Netball South Africa
O nonprofit NSA
F number 11 000
L city Durban
O nonprofit NSA
P full Zodwa Khumalo-Dlamini
Q direct Zodwa Khumalo-Dlamini :: "proof that netball is ready for bigger arenas"
> A Uganda Netball Federation official, who asked not to be named, said the She Cranes had received only Shs180 million of the Shs420 million promised by government for the tour. "The players have not been paid their allowances for three weeks," the official said.
O nonprofit Uganda Netball Federation
O team She Cranes
F money Shs180 million
F money Shs420 million
Q direct - :: "The players have not been paid their allowances for three weeks,"
F duration three weeks
> South Africa have now won 14 of their last 16 Tests against Uganda. The series ends at the Durban ICC at 6pm on Wednesday, August 10.
O team South Africa
F number 14
F number 16
O team Uganda
L facility Durban ICC
F time 6pm
F date August 10
> Quarter scores: 16-11, 31-24, 43-39, 58-54
F score 16-11
F score 31-24
F score 43-39
F score 58-54
'''

ARTICLES['1395-horseshoe-bay-ferry-terminal-rebuild-bowen-island-vancouver-sun'] = r'''
> Local News
> Horseshoe Bay ferry terminal to get $780-million rebuild, more sailings to Bowen Island
L city Horseshoe Bay
F money $780-million
L geo Bowen Island
> BC Ferries says the four-year project will add a third berth in West Vancouver, but island residents worry about two years of reduced service
O company BC Ferries
F duration four-year
L city West Vancouver
F duration two years
> Author of the article:
> Marguerite Lachance-Oduya
P full Marguerite Lachance-Oduya
> Vancouver Sun
O media Vancouver Sun
> Published Oct 04, 2039 • Last updated 3 hours ago • 4 minute read
F date Oct 04, 2039
F duration 3 hours
F duration 4 minute
> Vehicles line up for the Langdale sailing at Horseshoe Bay on Tuesday. Photo by Jason Dhillon-Peters /PNG
L city Langdale
L city Horseshoe Bay
P full Jason Dhillon-Peters
O media PNG
> BC Ferries will spend $780 million rebuilding its cramped Horseshoe Bay terminal over four years, adding a third berth and 14 more daily sailings on its three routes from the West Vancouver village, the company announced Tuesday.
O company BC Ferries
F money $780 million
L city Horseshoe Bay
F duration four years
F number 14
F number three
L city West Vancouver
> Construction is to begin in September 2040 and finish by spring 2044. The terminal, built more than 60 years ago, handled 2.6 million passengers and 1.1 million vehicles in 2038, according to the company.
F date September 2040
F date 2044
F duration 60 years
F number 2.6 million
F number 1.1 million
F date 2038
> “Horseshoe Bay was designed for the ships and traffic of another era. We are squeezing 21st-century demand through a 1960s footprint,” said BC Ferries president and CEO Gwendolyn Arsenault-Pike. “This project lets us do maintenance without cancelling sailings.”
Q direct Gwendolyn Arsenault-Pike :: “Horseshoe Bay was designed for the ships and traffic of another era. We are squeezing 21st-century demand through a 1960s footprint,”
L city Horseshoe Bay
F date 1960s
O company BC Ferries
P full Gwendolyn Arsenault-Pike
Q direct Gwendolyn Arsenault-Pike :: “This project lets us do maintenance without cancelling sailings.”
> The B.C. government will contribute $310 million and Ottawa $120 million through Infrastructure Canada, Transportation Minister Amrit Kaur Sandhu-Lowe said at the terminal. BC Ferries will borrow the remaining $350 million.
L region B.C.
F money $310 million
L city Ottawa
F money $120 million
O government Infrastructure Canada
P full Amrit Kaur Sandhu-Lowe
O company BC Ferries
F money $350 million
> “Nobody should have to wait three sailings to get home to Bowen,” she said. Sandhu-Lowe said fares would not rise to pay for the project, a pledge she repeated twice.
Q direct Amrit Kaur Sandhu-Lowe :: “Nobody should have to wait three sailings to get home to Bowen,”
F number three
L geo Bowen
P partial Sandhu-Lowe
> On Bowen Island, where most of the 4,300 residents rely on the 20-minute crossing from Snug Cove, the news was mixed. The work will close a berth for up to 22 months, cutting Bowen sailings from 16 to 11 a day in the off-season.
L geo Bowen Island
F number 4,300
F duration 20-minute
L city Snug Cove
F duration 22 months
L geo Bowen
F number 16
F number 11
> “Twenty-two months is a long time when your kids go to school in West Van and your mother sees a specialist in North Vancouver,” said Bowen Island Municipality councillor Teodora Vlašić-Greene. “We were told ‘temporary disruption’. That is not temporary for a family.”
Q direct Teodora Vlašić-Greene :: “Twenty-two months is a long time when your kids go to school in West Van and your mother sees a specialist in North Vancouver,”
F duration Twenty-two months
L city West Van
L city North Vancouver
O government Bowen Island Municipality
P full Teodora Vlašić-Greene
Q direct Teodora Vlašić-Greene :: “We were told ‘temporary disruption’. That is not temporary for a family.”
> In West Vancouver, Coun. Lachlan Ferreira-Moss said the district had won a promise that ferry traffic would no longer back up onto Royal Avenue, the village’s main street. “For 20 years, every long weekend, the village has been a parking lot,” he said.
L city West Vancouver
P full Lachlan Ferreira-Moss
L street Royal Avenue
Q direct Lachlan Ferreira-Moss :: “For 20 years, every long weekend, the village has been a parking lot,”
F duration 20 years
> The Squamish Nation, whose territory includes Horseshoe Bay, said in a statement it had signed a $14.5-million agreement with BC Ferries covering archeological monitoring and contracts for its businesses.
O government Squamish Nation
L city Horseshoe Bay
F money $14.5-million
O company BC Ferries
> A senior BC Ferries engineer, who was not authorized to speak publicly, told Postmedia that the third berth would need about 45,000 cubic metres of rock blasted from the hillside above the terminal. “It’s the most complicated job we’ve ever done on a live terminal,” the engineer said.
O company BC Ferries
O media Postmedia
F quantity 45,000 cubic metres
Q direct - :: “It’s the most complicated job we’ve ever done on a live terminal,”
> The terminal serves routes to Departure Bay in Nanaimo, Langdale on the Sunshine Coast and Snug Cove on Bowen Island. Ridership on the three routes rose 7.4 per cent in 2038.
L city Departure Bay
L city Nanaimo
L city Langdale
L region Sunshine Coast
L city Snug Cove
L geo Bowen Island
F number three
F percent 7.4 per cent
F date 2038
> Public information sessions will be held at 7 p.m. on Oct. 18 in West Vancouver and Oct. 20 on Bowen Island.
F time 7 p.m.
F date Oct. 18
L city West Vancouver
F date Oct. 20
L geo Bowen Island
'''

ARTICLES['1396-alpenvia-heart-failure-drug-trial-results-allschwil-shares-bloomberg'] = r'''
> Business
> Alpenvia Heart Drug Cuts Hospital Stays by 31% in Late-Stage Trial
O company Alpenvia
F percent 31%
> Shares jump as much as 18%, most since listing in Zurich in 2031
F percent 18%
L city Zurich
F date 2031
> Company plans to file with FDA, Swissmedic by end of first quarter
O government FDA
O government Swissmedic
> By Corinne Vuilleumier-Haas and Tobias Ørsted Lind
P full Corinne Vuilleumier-Haas
P full Tobias Ørsted Lind
> February 17, 2040 at 8:02 AM GMT+1
F date February 17, 2040
F time 8:02 AM GMT+1
> The Alpenvia headquarters in Allschwil, Switzerland. Photographer: Stefan Wüthrich-Amadi/Bloomberg
O company Alpenvia
L city Allschwil
L country Switzerland
P full Stefan Wüthrich-Amadi
O media Bloomberg
> (Bloomberg) -- Alpenvia Therapeutics AG’s experimental heart-failure drug cut hospital admissions by 31% in a study of 4,212 patients, sending the Swiss company’s shares to their biggest gain in nine years.
O media Bloomberg
O company Alpenvia Therapeutics AG
F percent 31%
F number 4,212
F duration nine years
> Patients who took the once-daily pill, known as AV-318, were admitted to hospital for worsening heart failure at an annual rate of 9.4%, compared with 13.6% for those on placebo, the Allschwil, Switzerland-based company said in a statement Friday. Deaths from cardiovascular causes fell 12%, a trend the company called “encouraging.”
F percent 9.4%
F percent 13.6%
L city Allschwil
L country Switzerland
F percent 12%
Q direct Alpenvia Therapeutics AG :: “encouraging.”
> Shares rose as much as 18% in Zurich trading, the most intraday since March 2031, and were up 14% at 118.40 francs at 10:15 a.m., giving Alpenvia a market value of about 9.6 billion francs ($10.9 billion).
F percent 18%
L city Zurich
F date March 2031
F percent 14%
F money 118.40 francs
F time 10:15 a.m.
O company Alpenvia
F money 9.6 billion francs
F money $10.9 billion
> “For a disease where most new drugs have failed, this is a clear result on the endpoint that matters to patients and to payers,” Chief Executive Officer Henrike Oosterveld said in an interview. “We will file in the US and Switzerland by the end of the first quarter, and in Europe shortly after.”
Q direct Henrike Oosterveld :: “For a disease where most new drugs have failed, this is a clear result on the endpoint that matters to patients and to payers,”
P full Henrike Oosterveld
Q direct Henrike Oosterveld :: “We will file in the US and Switzerland by the end of the first quarter, and in Europe shortly after.”
L country US
L country Switzerland
L continent Europe
> Oosterveld, 52, said the company had built up inventory and would hire about 600 sales staff in the US in 2041 if regulators approve. “We did not want to be a company that has a great drug and no one to sell it.
P partial Oosterveld
F age 52
F number 600
L country US
F date 2041
Q direct Henrike Oosterveld :: “We did not want to be a company that has a great drug and no one to sell it.
> “Now we have to show we can do both,” she said.
Q direct Henrike Oosterveld :: “Now we have to show we can do both,”
> Chief Medical Officer Rafael Quintero de la Vega said side effects were mostly mild, with 3.2% of patients on the drug stopping treatment because of low blood pressure, versus 1.1% on placebo. The trial ran for a median of 26 months at 640 sites in 31 countries.
P full Rafael Quintero de la Vega
F percent 3.2%
F percent 1.1%
F duration 26 months
F number 640
F number 31
> “The word ‘encouraging’ is doing a lot of work in that mortality line, but the hospitalization benefit alone makes this a blockbuster,” said Vontobel analyst Mirjam Krähenbühl, who raised her price target to 150 francs. She estimates peak sales of 2.8 billion francs by 2047.
Q direct Mirjam Krähenbühl :: “The word ‘encouraging’ is doing a lot of work in that mortality line, but the hospitalization benefit alone makes this a blockbuster,”
O company Vontobel
P full Mirjam Krähenbühl
F money 150 francs
F money 2.8 billion francs
F date 2047
> Drugmakers have spent two decades looking for a treatment for the so-called “stiff heart” form of the disease, which affects about half of heart-failure patients. Bloomberg Intelligence analyst Priyanka Velayudhan-Ross said price would be the main question for payers. Alpenvia has said it expects to charge about 4,000 francs a year in Switzerland.
F duration two decades
Q scare - :: “stiff heart”
F fraction half
O company Bloomberg Intelligence
P full Priyanka Velayudhan-Ross
O company Alpenvia
F money 4,000 francs
L country Switzerland
> Alpenvia has held early talks with larger drugmakers about a US marketing partnership, according to a person familiar with the matter. “It is too early for a deal,” the person said, asking not to be identified because the talks are private. A company spokesman declined to comment.
O company Alpenvia
L country US
Q direct - :: “It is too early for a deal,”
> Full results will be presented at the European Society of Cardiology congress in Munich in August, Alpenvia said.
O nonprofit European Society of Cardiology
L city Munich
O company Alpenvia
> --With assistance from Lukas Brennwald-Okoro
P full Lukas Brennwald-Okoro
'''

ARTICLES['1397-miami-beach-flood-pumps-north-beach-normandy-isles-commission-miami-herald'] = r'''
> Environment
> Miami Beach to spend $486 million on 31 new flood pumps. North Beach goes first
L city Miami Beach
F money $486 million
F number 31
L city North Beach
> Commissioners voted 5-2 for a 10-year plan as king tides push seawater into streets more than 40 days a year
F number 5-2
F duration 10-year
F duration 40 days
> By Yesenia Bautista-Cordero
P full Yesenia Bautista-Cordero
> Updated May 16, 2040 7:42 PM
F date May 16, 2040
F time 7:42 PM
> Water pools on Normandy Drive in North Beach during a king tide on Oct. 28, 2039. ALEJANDRO DE LA TORRE-NÚÑEZ adelatorre@miamiherald.com
L street Normandy Drive
L city North Beach
F date Oct. 28, 2039
P full ALEJANDRO DE LA TORRE-NÚÑEZ
> Miami Beach commissioners voted 5-2 on Wednesday to spend $486 million over the next decade on 31 new stormwater pump stations, raised roads and check valves, the city's biggest bet yet against rising seas.
L city Miami Beach
F number 5-2
F money $486 million
F number 31
> The first phase, worth $142 million, will start in North Beach and Normandy Isles in January 2041, followed by La Gorce, Bayshore and the Flamingo Park neighborhood in 2043, according to the plan approved at City Hall.
F money $142 million
L city North Beach
L city Normandy Isles
F date January 2041
L city La Gorce
L city Bayshore
L city Flamingo Park
F date 2043
L facility City Hall
> The money comes from a $260 million general obligation bond approved by voters in 2038, a 7% increase in stormwater fees and $95 million from the Federal Emergency Management Agency.
F money $260 million
F date 2038
F percent 7%
F money $95 million
O government Federal Emergency Management Agency
> "We are not going to move Miami Beach. So we have to move the water," Mayor Celestine Abravanel-Ruiz said before the vote. "Every storm we wait, somebody's car floods on Normandy Drive."
Q direct Celestine Abravanel-Ruiz :: "We are not going to move Miami Beach. So we have to move the water,"
L city Miami Beach
P full Celestine Abravanel-Ruiz
Q direct Celestine Abravanel-Ruiz :: "Every storm we wait, somebody's car floods on Normandy Drive."
L street Normandy Drive
> Commissioner Dov Halperin-Yates, who voted no along with Commissioner Marisol Etxeberria, said the plan leaned too heavily on pumps that push dirty water into Biscayne Bay. "We're pumping our problem into the bay and calling it a solution," he said.
P full Dov Halperin-Yates
P full Marisol Etxeberria
L geo Biscayne Bay
Q direct Dov Halperin-Yates :: "We're pumping our problem into the bay and calling it a solution,"
> Etxeberria said she wanted more money for water-quality testing and called the timeline "wildly optimistic." "Ten years for 31 stations? The city took six years to finish the pumps on West Avenue.
P partial Etxeberria
Q direct Marisol Etxeberria :: "wildly optimistic."
Q direct Marisol Etxeberria :: "Ten years for 31 stations? The city took six years to finish the pumps on West Avenue.
F duration Ten years
F number 31
F duration six years
L street West Avenue
> "I'll believe the dates when I see the pumps," she said.
Q direct Marisol Etxeberria :: "I'll believe the dates when I see the pumps,"
> Sea level at the Virginia Key tide gauge has risen about 9 inches since 2000, said Dr. Nkechi Obuya-Landry, a coastal engineer at Florida International University. She said county planning guidance assumes another 10 to 17 inches by 2060.
L geo Virginia Key
F quantity 9 inches
F date 2000
P full Nkechi Obuya-Landry
O education Florida International University
F quantity 10
F quantity 17 inches
F date 2060
> "Pumps buy you time. They don't buy you forever," Obuya-Landry said.
Q direct Nkechi Obuya-Landry :: "Pumps buy you time. They don't buy you forever,"
P partial Obuya-Landry
> In Normandy Isles, retiree Armando Fuentes-Lacayo, 71, said salt water came up through the storm drain in front of his house on Rue Versailles nine times last fall. "The first time, we called it a 'sunny-day flood' like it was a joke," he said. "Now I keep boots by the door."
L city Normandy Isles
P full Armando Fuentes-Lacayo
F age 71
L street Rue Versailles
F number nine
Q direct Armando Fuentes-Lacayo :: "The first time, we called it a 'sunny-day flood' like it was a joke,"
Q direct Armando Fuentes-Lacayo :: "Now I keep boots by the door."
> The Miami Beach Chamber of Commerce said in a statement that it supported the plan but asked the city to limit lane closures on 71st Street and to "keep North Beach open for business."
O nonprofit Miami Beach Chamber of Commerce
L street 71st Street
Q direct Miami Beach Chamber of Commerce :: "keep North Beach open for business."
L city North Beach
> A city engineer who asked not to be named because she was not authorized to speak said each station can move up to 40,000 gallons per minute. "They work. The question is what happens when the bay is higher than the outfall," she said.
F quantity 40,000 gallons per minute
Q direct - :: "They work. The question is what happens when the bay is higher than the outfall,"
> The first public workshop on the North Beach phase is set for 6 p.m. June 4 at the North Shore Park Youth Center, 501 72nd St.
L city North Beach
F time 6 p.m.
F date June 4
L facility North Shore Park Youth Center
L address 501 72nd St.
'''

ARTICLES['1398-looe-harbour-dredging-silt-disposal-row-commissioners-cornwall-live'] = r'''
> Environment
> ‘They are dumping our harbour on our doorstep’ - Looe dredging row deepens over 38,000 tonnes of silt
Q direct Morwenna Hocking-Pascoe :: ‘They are dumping our harbour on our doorstep’
L city Looe
F quantity 38,000 tonnes
> Fishermen and councillors say a £1.9m plan to dispose of the spoil off Hannafore Point will harm crab grounds
F money £1.9m
L geo Hannafore Point
> Kensa Trewhella-Bate
P full Kensa Trewhella-Bate
> Local Democracy Reporter
> 06:00, 14 NOV 2040
F time 06:00
F date 14 NOV 2040
> Updated 08:15, 14 NOV 2040
F time 08:15
F date 14 NOV 2040
> Fishing boats sit on the mud at low tide in East Looe (Image: Jory Penhaligon/Cornwall Live)
L city East Looe
P full Jory Penhaligon
O media Cornwall Live
> A row over how to clear 38,000 tonnes of silt from Looe harbour has deepened after fishermen accused the harbour’s board of choosing the cheapest option at the expense of the crab and lobster grounds off Looe Island.
F quantity 38,000 tonnes
L city Looe
L geo Looe Island
> Looe Harbour Commissioners want to dredge the river channel between East Looe and West Looe over three years and dump the spoil at a licensed site about 1.5 nautical miles south of Hannafore Point. The work would cost £1.9 million, compared with £4.6m for taking the silt by lorry to a site near Liskeard.
O government Looe Harbour Commissioners
L city East Looe
L city West Looe
F duration three years
F quantity 1.5 nautical miles
L geo Hannafore Point
F money £1.9 million
F money £4.6m
L city Liskeard
> The harbour has not been fully dredged since 2026, and silt now stands up to 2.4 metres deep along the fish quay, the commissioners say. At low water some of the 40-strong fleet cannot land their catch for up to five hours.
F date 2026
F quantity 2.4 metres
F number 40
F duration five hours
> “They are dumping our harbour on our doorstep. That silt has 15 years of boat paint and sewage in it and it will settle right where we set our pots,” said Morwenna Hocking-Pascoe, 47, who fishes from the crabber Sweet Promise.
Q direct Morwenna Hocking-Pascoe :: “They are dumping our harbour on our doorstep. That silt has 15 years of boat paint and sewage in it and it will settle right where we set our pots,”
F duration 15 years
P full Morwenna Hocking-Pascoe
F age 47
> She said more than 120 people had signed a letter to the Marine Management Organisation (MMO), which must approve a disposal licence. The MMO said it had received 212 representations and would decide “in the new year”.
F number 120
O government Marine Management Organisation
O government MMO
O government MMO
F number 212
Q direct Marine Management Organisation :: “in the new year”
> Some skippers have taken to calling the disposal site “the Muck Pit”.
Q scare - :: “the Muck Pit”
> The chairman of the commissioners, Treve Chenoweth, said the board had “no money tree”. “We have tested the silt three times and it is within the limits set by Cefas. If we do nothing, in five years there will be no harbour to argue about,” he said.
P full Treve Chenoweth
Q direct Treve Chenoweth :: “no money tree”
Q direct Treve Chenoweth :: “We have tested the silt three times and it is within the limits set by Cefas. If we do nothing, in five years there will be no harbour to argue about,”
F number three
O government Cefas
F duration five years
> Cllr Jago Rowse-Tonkin, who represents Looe East and Deviock on Cornwall Council, said the commissioners had ignored a compromise: using part of the spoil to rebuild the eroding beach at Seaton. “There is an option on the table that keeps the silt out of the fishing grounds and protects Seaton from the next big storm.
P full Jago Rowse-Tonkin
L region Looe East and Deviock
O government Cornwall Council
L city Seaton
Q direct Jago Rowse-Tonkin :: “There is an option on the table that keeps the silt out of the fishing grounds and protects Seaton from the next big storm.
L city Seaton
> “Nobody from the harbour board has even costed it,” he said.
Q direct Jago Rowse-Tonkin :: “Nobody from the harbour board has even costed it,”
> Looe Town Council voted 9-3 on Tuesday evening to oppose disposal at sea.
O government Looe Town Council
F number 9-3
> An Environment Agency officer, who did not want to be named, said the agency had no formal role in the marine licence but had raised concerns about bathing water. “The beach at East Looe was rated ‘sufficient’ last summer, just above failing,” the officer said.
O government Environment Agency
Q direct - :: “The beach at East Looe was rated ‘sufficient’ last summer, just above failing,”
L city East Looe
> The commissioners will hold a public meeting at the Millpool Centre in West Looe at 7pm on Thursday, November 22.
L facility Millpool Centre
L city West Looe
F time 7pm
F date November 22
> Cornwall Live has asked the MMO for comment.
O media Cornwall Live
O government MMO
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
