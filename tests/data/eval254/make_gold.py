#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval254 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval254/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1567-second-avenue-subway-116th-street-station-opens-east-harlem-mta-new-york-times'] = r'''
> New York
L city New York
> Second Avenue Subway Reaches East Harlem, Seven Decades After It Was Promised
L facility Second Avenue Subway
L city East Harlem
F duration Seven Decades
> The new station at 116th Street opened on Sunday, nine years and $7.7 billion after work began. Some shopkeepers are less sure.
L street 116th Street
F duration nine years
F money $7.7 billion
> By Daniela Ferreira-Holt
P full Daniela Ferreira-Holt
> Published Sept. 14, 2042 Updated Sept. 15, 2042, 10:12 a.m. ET
F date Sept. 14, 2042
F date Sept. 15, 2042
F time 10:12 a.m. ET
> Riders stepped off the first train at the 116th Street station on Sunday morning. Credit: Marcus Oyelaran for The New York Times
L facility 116th Street
P full Marcus Oyelaran
O media The New York Times
> For more than 70 years, the Second Avenue Subway was the city’s most famous unfinished sentence. On Sunday, at 6:02 a.m., it finally reached East Harlem.
F duration 70 years
L facility Second Avenue Subway
F time 6:02 a.m.
L city East Harlem
> A train pulled into the new station beneath Second Avenue and East 116th Street, and about 300 neighbors, officials and transit workers poured onto a mezzanine lined with a tile mural that regulars have already nicknamed “the Abuela Wall.”
L street Second Avenue
L street East 116th Street
F number 300
Q scare - :: “the Abuela Wall.”
> The station is the first of three planned for the line’s second phase, a 1.5-mile extension from 96th Street to 125th Street that the Metropolitan Transportation Authority, or M.T.A., says will carry 100,000 riders a day when it is finished in 2044. The phase has cost $7.7 billion so far, roughly $1.1 billion more than the authority estimated in 2036.
F number three
F quantity 1.5-mile
L street 96th Street
L street 125th Street
O government Metropolitan Transportation Authority
O government M.T.A.
F number 100,000
F date 2044
F money $7.7 billion
F money $1.1 billion
F date 2036
> “This is not a ribbon cutting, it is a debt repaid,” said Renata Okafor-Bell, the M.T.A.’s chair. “East Harlem was promised this train in 1972. The people who were promised it are grandparents now.”
Q direct Renata Okafor-Bell :: “This is not a ribbon cutting, it is a debt repaid,”
P full Renata Okafor-Bell
O government M.T.A.
Q direct Renata Okafor-Bell :: “East Harlem was promised this train in 1972. The people who were promised it are grandparents now.”
L city East Harlem
F date 1972
> Ms. Okafor-Bell, 58, said trains would run every six minutes at rush hour and cut the trip from 116th Street to Grand Central to 14 minutes, down from about 35 minutes by bus.
P partial Okafor-Bell
F age 58
F duration six minutes
L street 116th Street
L facility Grand Central
F duration 14 minutes
F duration 35 minutes
> Councilwoman Yesenia Marte-Rivas, who leads the City Council’s transportation committee, noted that two of the three new stations were still years away and that the contractor had twice asked for more money.
P full Yesenia Marte-Rivas
O government City Council
F number two
F number three
> “We are grateful, and we are keeping the receipts,” she said. “The next stop is 125th Street, and we want a date, not a ‘target window.’”
Q direct Yesenia Marte-Rivas :: “We are grateful, and we are keeping the receipts,”
Q direct Yesenia Marte-Rivas :: “The next stop is 125th Street, and we want a date, not a ‘target window.’”
L street 125th Street
> On East 116th Street, the work was harder to celebrate. Ángel Batista, 64, who has run Batista Deli & Grocery near Second Avenue since 2011, said his sales fell by a third while the street was torn up.
L street East 116th Street
P full Ángel Batista
F age 64
O company Batista Deli & Grocery
L street Second Avenue
F date 2011
F fraction a third
> “For four years, my customers had to walk around a wall to find me,” Mr. Batista said in Spanish. “Now they come up the stairs and I am right here. I only hope the landlord does not notice too.
Q direct Ángel Batista :: “For four years, my customers had to walk around a wall to find me,”
F duration four years
P partial Batista
Q direct Ángel Batista :: “Now they come up the stairs and I am right here. I only hope the landlord does not notice too.
> “If the rent goes up 40 percent, then the subway was built for somebody else.”
Q direct Ángel Batista :: “If the rent goes up 40 percent, then the subway was built for somebody else.”
F percent 40 percent
> The Uptown Transit Coalition, which has pushed for the extension since the 2020s, called it “proof the city can still build,” but warned that the authority’s capital plan faces a $16 billion gap.
O nonprofit Uptown Transit Coalition
F date 2020s
Q direct Uptown Transit Coalition :: “proof the city can still build,”
F money $16 billion
> Its director, Priya Castellanos, said the group had counted 3,400 East Harlem residents who now live within a 10-minute walk of a subway station. “That number should be the headline,” she said.
P full Priya Castellanos
F number 3,400
L city East Harlem
F duration 10-minute
Q direct Priya Castellanos :: “That number should be the headline,”
> An M.T.A. official, who spoke on condition of anonymity because contract talks were continuing, said the 106th Street station would open in “late 2043, if the tunnel behaves.” The authority has set aside $480 million for contingencies.
O government M.T.A.
L facility 106th Street
Q direct - :: “late 2043, if the tunnel behaves.”
F date 2043
F money $480 million
> Back on the platform, Luz Carrasquillo, 71, rode one stop south and back. “Fifty years I waited,” she said. “I wanted to be sure it goes both ways.”
P full Luz Carrasquillo
F age 71
F number one
Q direct Luz Carrasquillo :: “Fifty years I waited,”
F duration Fifty years
Q direct Luz Carrasquillo :: “I wanted to be sure it goes both ways.”
'''

ARTICLES['1568-fort-nelson-wildfire-evacuation-muskwa-river-northern-rockies-bc-wildfire-service-cbc-news'] = r'''
> British Columbia
L region British Columbia
> Fort Nelson residents told to leave as wildfire jumps Muskwa River
L city Fort Nelson
L geo Muskwa River
> About 3,100 people ordered out as fire grows to 41,000 hectares in 2 days
F number 3,100
F quantity 41,000 hectares
F duration 2 days
> Harjit Bassi-Lund · CBC News · Posted: Jun 02, 2042 4:00 AM PDT | Last Updated: June 2, 2042
P full Harjit Bassi-Lund
O media CBC News
F date Jun 02, 2042
F time 4:00 AM PDT
F date June 2, 2042
> Smoke rises over the Alaska Highway south of Fort Nelson on Sunday evening. (Colby Redsky/CBC)
L street Alaska Highway
L city Fort Nelson
P full Colby Redsky
O media CBC
> Nearly everyone in Fort Nelson, B.C., was under an evacuation order Monday after a wildfire burning northwest of the town crossed the Muskwa River overnight and came within 6 km of homes.
L city Fort Nelson
L region B.C.
L geo Muskwa River
F quantity 6 km
> The Northern Rockies Regional Municipality issued the order at 9:40 p.m. PT Sunday, covering the town and the neighbouring Fort Nelson First Nation, roughly 3,100 people in all. Residents were told to drive south on the Alaska Highway to Fort St. John, 380 kilometres away, where a reception centre has opened at the Pomeroy Sport Centre.
O government Northern Rockies Regional Municipality
F time 9:40 p.m. PT
O government Fort Nelson First Nation
F number 3,100
L street Alaska Highway
L city Fort St. John
F quantity 380 kilometres
L facility Pomeroy Sport Centre
> The fire, which the BC Wildfire Service (BCWS) lists as "out of control," grew from about 9,000 hectares on Saturday to more than 41,000 hectares by Monday morning, pushed by gusts of 60 km/h and temperatures near 31 C.
O government BC Wildfire Service
O government BCWS
Q scare - :: "out of control,"
F quantity 9,000 hectares
F quantity 41,000 hectares
F quantity 60 km/h
F quantity 31 C
> "This fire is doing things we usually see in August, not the first week of June," said Kwame Desjarlais, a fire information officer with the BCWS. "We had aircraft on it until dark, but when the wind turned at about 7 p.m., there was nothing they could do."
Q direct Kwame Desjarlais :: "This fire is doing things we usually see in August, not the first week of June,"
P full Kwame Desjarlais
O government BCWS
Q direct Kwame Desjarlais :: "We had aircraft on it until dark, but when the wind turned at about 7 p.m., there was nothing they could do."
F time 7 p.m.
> Desjarlais said 142 firefighters, 11 helicopters and several heavy-equipment crews were on the fire, with another 60 personnel arriving from Alberta and Ontario on Tuesday.
P partial Desjarlais
F number 142
F number 11
F number 60
L region Alberta
L region Ontario
> Mayor Lorna Sitzer-Paquette said ordering the whole town out was "the hardest call I've made in 12 years on council."
P full Lorna Sitzer-Paquette
Q direct Lorna Sitzer-Paquette :: "the hardest call I've made in 12 years on council."
F duration 12 years
> "We've got seniors, we've got people without vehicles, and we've got one road out," she said Monday from Fort St. John. "Everyone who needed a seat on a bus got one. I'm proud of this town.
Q direct Lorna Sitzer-Paquette :: "We've got seniors, we've got people without vehicles, and we've got one road out,"
F number one
L city Fort St. John
Q direct Lorna Sitzer-Paquette :: "Everyone who needed a seat on a bus got one. I'm proud of this town.
> "But I'll be honest with you, I didn't sleep."
Q direct Lorna Sitzer-Paquette :: "But I'll be honest with you, I didn't sleep."
> Among the evacuees was Denny Krawchuk, 47, who loaded his two dogs, his late mother's photo albums and a chainsaw into his pickup shortly after midnight. He said the drive south took almost eight hours, more than twice the usual time, because of smoke and traffic.
P full Denny Krawchuk
F age 47
F number two
F duration eight hours
> "You could see the glow in the mirror the whole way to Prophet River," Krawchuk said. "My kids keep asking if the house is still there. I tell them nobody knows yet."
Q direct Denny Krawchuk :: "You could see the glow in the mirror the whole way to Prophet River,"
L city Prophet River
P partial Krawchuk
Q direct Denny Krawchuk :: "My kids keep asking if the house is still there. I tell them nobody knows yet."
> In Ottawa, federal Emergency Preparedness Minister Odile Marchand-Keating said Canadian Armed Forces aircraft were on standby to fly patients out of Fort Nelson General Hospital if the highway closes. Ottawa would pay "whatever it takes," she told reporters.
L city Ottawa
P full Odile Marchand-Keating
O government Canadian Armed Forces
L facility Fort Nelson General Hospital
L city Ottawa
Q direct Odile Marchand-Keating :: "whatever it takes,"
> Environment and Climate Change Canada expects no significant rain for at least five days. An evacuation alert remains in place for about 400 properties along the highway as far south as Sikanni Chief, roughly 170 km from town.
O government Environment and Climate Change Canada
F duration five days
F number 400
L city Sikanni Chief
F quantity 170 km
> An official with the Northern Rockies Regional Municipality, who was not authorized to speak publicly, told CBC News the town's water treatment plant was switched to backup power at 2:15 a.m. "If we lose the plant, coming home takes weeks, not days," the official said.
O government Northern Rockies Regional Municipality
O media CBC News
F time 2:15 a.m.
Q direct - :: "If we lose the plant, coming home takes weeks, not days,"
> Last year's fire season burned 1.2 million hectares in B.C., about a third more than the 10-year average.
F quantity 1.2 million hectares
L region B.C.
F fraction a third
F duration 10-year
'''

ARTICLES['1569-germany-coalition-row-vat-increase-defense-spending-ifo-bundesbank-dw'] = r'''
> Politics
> Germany: Coalition split over plan to raise VAT to 21%
L country Germany
F percent 21%
> Finance Minister Torben Achterberg wants a two-point VAT rise worth €38 billion a year. The Greens' parliamentary leader calls it "a tax on the weekly shop," and economists warn of a hit to growth.
P full Torben Achterberg
F percent two-point
F money €38 billion
O party Greens
Q direct Ilka Brandstätter-Nowak :: "a tax on the weekly shop,"
> Lena Hoffbauer-Sinn
P full Lena Hoffbauer-Sinn
> 03/10/2043
F date 03/10/2043
> Achterberg presented the plan in Berlin on Monday Image: Kai Pfeiffer-Lorenz/dpa/picture alliance
P partial Achterberg
L city Berlin
P full Kai Pfeiffer-Lorenz
O media dpa
O media picture alliance
> Germany's three-party coalition was locked in an open row on Tuesday after Finance Minister Torben Achterberg proposed raising the standard rate of value-added tax (VAT) from 19% to 21% to pay for higher defense spending and close a gap in the 2044 budget.
L country Germany
F number three
P full Torben Achterberg
F percent 19%
F percent 21%
F date 2044
> The increase would bring in about €38 billion ($41 billion) a year, according to Finance Ministry estimates, enough to lift military spending to 3.5% of gross domestic product (GDP) by the end of 2044 without breaching the constitutional limits on new borrowing.
F money €38 billion
F money $41 billion
O government Finance Ministry
F percent 3.5%
F date 2044
> "We can either borrow from our children or ask a little more of ourselves today," Achterberg told reporters in Berlin. "I choose today. Two percentage points on a washing machine is not the end of the social market economy."
Q direct Torben Achterberg :: "We can either borrow from our children or ask a little more of ourselves today,"
P partial Achterberg
L city Berlin
Q direct Torben Achterberg :: "I choose today. Two percentage points on a washing machine is not the end of the social market economy."
F percent Two percentage points
> The Greens, who govern alongside the Christian Democratic Union (CDU) and the Social Democrats (SPD), rejected the plan within hours. Critics in all three parties already call it the "tank tax."
O party Greens
O party Christian Democratic Union
O party CDU
O party Social Democrats
O party SPD
F number three
Q scare - :: "tank tax."
> Their parliamentary group leader, Ilka Brandstätter-Nowak, said a family of four spends roughly €1,100 a month on goods taxed at the full rate. "You are asking them for another €22 every month, and you call that a little?" she said in the Bundestag. "If the minister needs money, he should look at the €9 billion we hand every year to industry for cheap diesel, and at subsidies that have been 'temporary' since 2024.
P full Ilka Brandstätter-Nowak
F number four
F money €1,100
Q direct Ilka Brandstätter-Nowak :: "You are asking them for another €22 every month, and you call that a little?"
F money €22
O government Bundestag
Q direct Ilka Brandstätter-Nowak :: "If the minister needs money, he should look at the €9 billion we hand every year to industry for cheap diesel, and at subsidies that have been 'temporary' since 2024.
F money €9 billion
F date 2024
> "Germany does not have a revenue problem. It has a courage problem."
Q direct Ilka Brandstätter-Nowak :: "Germany does not have a revenue problem. It has a courage problem."
L country Germany
> The Greens want a reform of the debt brake instead, the rule in the Basic Law that caps the federal structural deficit at 0.35% of GDP.
O party Greens
F percent 0.35%
> Economists were divided. Moritz Ebeling-Wang, a public finance expert at the Munich-based Ifo Institute, called a VAT rise "the least harmful of the bad options" but said it would push inflation up by about 1.2 percentage points in its first year.
P full Moritz Ebeling-Wang
L city Munich
O nonprofit Ifo Institute
Q direct Moritz Ebeling-Wang :: "the least harmful of the bad options"
F percent 1.2 percentage points
> "Consumption taxes do less damage to investment than income taxes. But timing matters. Raising VAT in January 2044, with growth at 0.4%, would be brave," he said.
Q direct Moritz Ebeling-Wang :: "Consumption taxes do less damage to investment than income taxes. But timing matters. Raising VAT in January 2044, with growth at 0.4%, would be brave,"
F date January 2044
F percent 0.4%
> The Bundesbank, in its monthly report last week, said public debt had reached 66.8% of GDP at the end of 2042 and urged the government to "put the budget on a sustainable footing without tricks."
O government Bundesbank
F percent 66.8%
F date 2042
Q direct Bundesbank :: "put the budget on a sustainable footing without tricks."
> A Finance Ministry official, speaking on condition of anonymity, said the coalition committee would meet on March 17 and that a smaller rise, to 20%, "is on the table." Germany last raised VAT in 2007, from 16% to 19%.
O government Finance Ministry
F date March 17
F percent 20%
Q direct - :: "is on the table."
L country Germany
F date 2007
F percent 16%
F percent 19%
> Edited by: Jonas Weidlich-Arndt
P full Jonas Weidlich-Arndt
'''

ARTICLES['1570-chennai-metro-phase-2-trial-run-poonamallee-porur-corridor-cmrl-the-hindu'] = r'''
> Chennai
L city Chennai
> CMRL conducts first trial run on Poonamallee-Porur stretch of Phase II
O government CMRL
L city Poonamallee
L city Porur
> Driverless train covers 9.1 km at up to 40 km/h; passenger services likely by December 2042, says Managing Director
F quantity 9.1 km
F quantity 40 km/h
F date December 2042
> R. Sivaranjani
P full R. Sivaranjani
> Published - August 20, 2042 08:47 pm IST - CHENNAI
F date August 20, 2042
F time 08:47 pm IST
L city CHENNAI
> A driverless train during the trial run near the Porur junction on Wednesday. | Photo Credit: M. KARTHIKEYAN
L city Porur
P full M. KARTHIKEYAN
> Chennai Metro Rail Limited (CMRL) on Wednesday (August 20, 2042) ran the first trial of a driverless train on the 9.1-km elevated stretch between Poonamallee and Porur, part of the 26.1-km Corridor 4 of Phase II that will link Poonamallee with Lighthouse.
O government Chennai Metro Rail Limited
O government CMRL
F date August 20, 2042
F quantity 9.1-km
L city Poonamallee
L city Porur
F quantity 26.1-km
L city Poonamallee
L city Lighthouse
> The three-car train left the Poonamallee depot at 10.12 a.m. and reached Porur at 10.58 a.m., halting at each of the nine stations on the stretch, officials said.
F number three
L facility Poonamallee
F time 10.12 a.m.
L city Porur
F time 10.58 a.m.
F number nine
> “The trial went as planned. Over the next 10 weeks, we will run the trains for about 1,500 km under different loads to test signalling, braking and the platform screen doors,” said CMRL Managing Director Vikram Anandakrishnan, who was on board.
Q direct Vikram Anandakrishnan :: “The trial went as planned. Over the next 10 weeks, we will run the trains for about 1,500 km under different loads to test signalling, braking and the platform screen doors,”
F duration 10 weeks
F quantity 1,500 km
O government CMRL
P full Vikram Anandakrishnan
> Mr. Anandakrishnan said the Commissioner of Metro Rail Safety (CMRS) would inspect the line in November, after which services could begin “by December, or earlier if everything falls in line.” The train touched 40 km/h during the trial, against a design speed of 80 km/h, he said.
P partial Anandakrishnan
O government Commissioner of Metro Rail Safety
O government CMRS
Q direct Vikram Anandakrishnan :: “by December, or earlier if everything falls in line.”
F quantity 40 km/h
F quantity 80 km/h
> The stretch was built at a cost of ₹3,240 crore. The Japan International Cooperation Agency (JICA) is funding a large part of the ₹63,250 crore second phase, which has three corridors and 118 stations in all.
F money ₹3,240 crore
O government Japan International Cooperation Agency
O government JICA
F money ₹63,250 crore
F number three
F number 118
> Tamil Nadu Transport Minister S. Kalaivani Murugesan, who flagged off the train, said the State had released ₹1,800 crore of its share this year. “People in the western suburbs have waited long enough. Once Porur to Vadapalani is ready, a worker from Poonamallee can reach T. Nagar in under 40 minutes,” she said.
L region Tamil Nadu
P full S. Kalaivani Murugesan
F money ₹1,800 crore
Q direct S. Kalaivani Murugesan :: “People in the western suburbs have waited long enough. Once Porur to Vadapalani is ready, a worker from Poonamallee can reach T. Nagar in under 40 minutes,”
L city Porur
L city Vadapalani
L city Poonamallee
L city T. Nagar
F duration 40 minutes
> The remaining 17-km stretch from Porur to Lighthouse, including a 10-km underground section along Arcot Road, is expected to be ready by June 2044. CMRL expects about 1.2 lakh passengers a day on the corridor in the first year.
F quantity 17-km
L city Porur
L city Lighthouse
F quantity 10-km
L street Arcot Road
F date June 2044
O government CMRL
F number 1.2 lakh
> At the Poonamallee bus terminus, K. Jebakumar, 52, who works at a textile shop in Guindy, said the metro could not come soon enough. “I leave home at 6.30 a.m. and still reach late. My daughter says I should ‘shift to Guindy and visit Poonamallee on Sundays’,” he said. He spends nearly two hours and ₹60 a day on two buses.
L facility Poonamallee
P full K. Jebakumar
F age 52
L city Guindy
Q direct K. Jebakumar :: “I leave home at 6.30 a.m. and still reach late. My daughter says I should ‘shift to Guindy and visit Poonamallee on Sundays’,”
F time 6.30 a.m.
L city Guindy
L city Poonamallee
F duration two hours
F money ₹60
F number two
> Residents along Mount-Poonamallee Road have taken to calling the viaduct, which runs above an existing flyover, the “double-decker”.
L street Mount-Poonamallee Road
Q scare - :: “double-decker”
> A senior CMRL engineer, who did not wish to be named, said the stretch has 62 piers on curves sharper than anywhere else on the network. “We call the section near Karambakkam the ‘S-bend’. The trains were tested there at 25 km/h first, and we will go up in steps of 10,” the engineer said.
O government CMRL
F number 62
Q direct - :: “We call the section near Karambakkam the ‘S-bend’. The trains were tested there at 25 km/h first, and we will go up in steps of 10,”
L city Karambakkam
F quantity 25 km/h
F number 10
'''

ARTICLES['1571-aston-villa-newcastle-united-premier-league-report-villa-park-sky-sports'] = r'''
> Premier League
O other Premier League
> Aston Villa 3-1 Newcastle: Ochieng-Price double and VAR penalty lift Villa to third
O team Aston Villa
F score 3-1
O team Newcastle
P partial Ochieng-Price
O team Villa
> Report and free match highlights as Aston Villa beat 10-man Newcastle United 3-1 at Villa Park in the Premier League; Tomás Ochieng-Price scores twice; Newcastle's Sebastián Corral sent off; Villa climb to third, two points behind leaders Arsenal
O team Aston Villa
F number 10
O team Newcastle United
F score 3-1
L facility Villa Park
O other Premier League
P full Tomás Ochieng-Price
O team Newcastle
P full Sebastián Corral
O team Villa
F number two
O team Arsenal
> Gethin Marlowe-Hughes, Football Reporter at Villa Park @GMarloweSky
P full Gethin Marlowe-Hughes
L facility Villa Park
> Sunday 16 October 2039 18:41, UK
F date 16 October 2039
F time 18:41
L country UK
> Image: Tomás Ochieng-Price celebrates his second goal against Newcastle at Villa Park
P full Tomás Ochieng-Price
O team Newcastle
L facility Villa Park
> Tomás Ochieng-Price scored twice and a VAR-awarded penalty settled a bad-tempered contest as Aston Villa beat 10-man Newcastle 3-1 to climb to third in the Premier League.
P full Tomás Ochieng-Price
O team Aston Villa
F number 10
O team Newcastle
F score 3-1
O other Premier League
> Villa started quickly and went ahead on nine minutes when Ochieng-Price, 22, turned inside Corral and curled a shot from 20 yards past goalkeeper Rasmus Thorvaldsen into the far corner.
O team Villa
F duration nine minutes
P partial Ochieng-Price
F age 22
P partial Corral
F quantity 20 yards
P full Rasmus Thorvaldsen
> Newcastle levelled eight minutes before the break against the run of play, Kieran Mulhearn rising at the near post to head in a Joel Ferris corner.
O team Newcastle
F duration eight minutes
P full Kieran Mulhearn
P full Joel Ferris
> The decisive moment came on 56 minutes. Referee Owen Prideaux waved away Villa appeals when Yusuf Adeyemi-Clarke went down under a challenge from Corral, but after a VAR check lasting more than three minutes he was sent to the pitchside monitor and pointed to the spot. Corral, already booked, was shown a second yellow card.
F duration 56 minutes
P full Owen Prideaux
O team Villa
P full Yusuf Adeyemi-Clarke
P partial Corral
F duration three minutes
P partial Corral
> Ochieng-Price, nicknamed "the Lion of Lambeth" since his academy days in south London, sent Thorvaldsen the wrong way from 12 yards, and substitute Lewin Abara made the game safe with 11 minutes left, sliding in at the back post after a move involving seven Villa players.
P partial Ochieng-Price
Q scare - :: "the Lion of Lambeth"
L city Lambeth
L city London
P partial Thorvaldsen
F quantity 12 yards
P full Lewin Abara
F duration 11 minutes
F number seven
O team Villa
> Villa had 61 per cent of possession and 19 shots to Newcastle's seven in front of a crowd of 42,140.
O team Villa
F percent 61 per cent
F number 19
O team Newcastle
F number seven
F number 42,140
> What the managers said
> Aston Villa head coach Iñigo Larrañeta told Sky Sports: "The first half we were too polite. At half-time I told them, 'Stop asking the game for permission.' The second half was the Villa I want to see.
O team Aston Villa
P full Iñigo Larrañeta
O media Sky Sports
Q direct Iñigo Larrañeta :: "The first half we were too polite. At half-time I told them, 'Stop asking the game for permission.' The second half was the Villa I want to see.
O team Villa
> "Tomás is 22 and he plays like he has 300 games behind him. We have work to do, but tonight the Holte End can enjoy it."
Q direct Iñigo Larrañeta :: "Tomás is 22 and he plays like he has 300 games behind him. We have work to do, but tonight the Holte End can enjoy it."
P partial Tomás
F age 22
F number 300
L facility Holte End
> Newcastle head coach Declan Fairweather called the penalty decision "soft" and said he had watched the incident four times. "For me it is a dive," the Englishman said. "If that is a penalty, we should stop calling football a contact sport."
O team Newcastle
P full Declan Fairweather
Q direct Declan Fairweather :: "soft"
F number four
Q direct Declan Fairweather :: "For me it is a dive,"
Q direct Declan Fairweather :: "If that is a penalty, we should stop calling football a contact sport."
> Newcastle later said in a statement that they would ask Professional Game Match Officials Limited (PGMOL) for "clarity on the threshold for intervention."
O team Newcastle
O other Professional Game Match Officials Limited
O other PGMOL
Q direct Newcastle United :: "clarity on the threshold for intervention."
> The win takes Villa to 24 points from 11 games, two behind leaders Arsenal, while Newcastle drop to ninth on 16 points.
O team Villa
F number 24
F number 11
F number two
O team Arsenal
O team Newcastle
F number 16
> What's next?
> Aston Villa travel to Brighton on Saturday October 22 at 3pm; Newcastle host Fulham at St James' Park on Sunday October 23 at 4.30pm.
O team Aston Villa
O team Brighton
F date October 22
F time 3pm
O team Newcastle
O team Fulham
L facility St James' Park
F date October 23
F time 4.30pm
'''

ARTICLES['1572-opec-plus-agrees-output-increase-unwinding-cuts-vienna-meeting-reuters'] = r'''
> Energy
> OPEC+ agrees to raise output by 420,000 bpd from July as prices climb
O intergovernmental OPEC+
F quantity 420,000 bpd
> By Farida Haddad-Moreau and Tobias Lindqvist-Nair
P full Farida Haddad-Moreau
P full Tobias Lindqvist-Nair
> June 1, 2042 4:37 PM GMT+2 Updated 3 hours ago
F date June 1, 2042
F time 4:37 PM GMT+2
F duration 3 hours
> The OPEC logo is seen at the organisation's headquarters in Vienna, Austria. REUTERS/Leonhard Foissner/File Photo
O intergovernmental OPEC
L city Vienna
L country Austria
O media REUTERS
P full Leonhard Foissner
> VIENNA, June 1 (Reuters) - The Organization of the Petroleum Exporting Countries and allies, known as OPEC+, agreed on Sunday to raise oil output by 420,000 barrels per day (bpd) from July, beginning to unwind cuts in place for 20 months, after a meeting in Vienna that ran more than five hours.
L city VIENNA
F date June 1
O media Reuters
O intergovernmental Organization of the Petroleum Exporting Countries
O intergovernmental OPEC+
F quantity 420,000 barrels per day
F duration 20 months
L city Vienna
F duration five hours
> The increase, equal to about 0.4% of global demand, is smaller than the 600,000 bpd some members had sought. It will be shared among eight countries that made the so-called "voluntary" cuts on top of the group's official quotas.
F percent 0.4%
F quantity 600,000 bpd
F number eight
Q scare - :: "voluntary"
> "The market asked for barrels, and we are giving them in a measured way," Saudi Energy Minister Turki bin Hamad Al-Suwailem told reporters after the meeting. "We will not chase prices up or down. If we need to pause in September, we will pause."
Q direct Turki bin Hamad Al-Suwailem :: "The market asked for barrels, and we are giving them in a measured way,"
P full Turki bin Hamad Al-Suwailem
Q direct Turki bin Hamad Al-Suwailem :: "We will not chase prices up or down. If we need to pause in September, we will pause."
> Brent crude futures rose 1.8% to $91.40 a barrel by 1435 GMT, while U.S. West Texas Intermediate crude was up $1.37, or 1.6%, at $87.15. Brent has gained about 14% since March on strong summer demand and outages in Libya and Nigeria.
F percent 1.8%
F money $91.40
F time 1435 GMT
L country U.S.
F money $1.37
F percent 1.6%
F money $87.15
F percent 14%
L country Libya
L country Nigeria
> An OPEC+ delegate, who declined to be named because he was not authorised to speak to the media, said Russia and Kazakhstan had pushed for a bigger increase but accepted the compromise late in the afternoon. "Everybody got a little less than they wanted. That is how you know it is a deal," the delegate said.
O intergovernmental OPEC+
L country Russia
L country Kazakhstan
Q direct - :: "Everybody got a little less than they wanted. That is how you know it is a deal,"
> Amira Sørensen-Kaye, head of oil research at Halvorsen Energy Advisors in London, called the decision "a cautious first step" and said the group still held about 3.2 million bpd of spare capacity, roughly half of it in Saudi Arabia.
P full Amira Sørensen-Kaye
O company Halvorsen Energy Advisors
L city London
Q direct Amira Sørensen-Kaye :: "a cautious first step"
F quantity 3.2 million bpd
F fraction half
L country Saudi Arabia
> "They are testing the water. If inventories keep falling through August, I would expect another 400,000 to 500,000 bpd in the autumn," Sørensen-Kaye said.
Q direct Amira Sørensen-Kaye :: "They are testing the water. If inventories keep falling through August, I would expect another 400,000 to 500,000 bpd in the autumn,"
F quantity 400,000
F quantity 500,000 bpd
P partial Sørensen-Kaye
> In a statement, OPEC+ said it would keep "the flexibility to pause or reverse" the increase depending on market conditions, and that ministers would next meet online on Aug. 3.
O intergovernmental OPEC+
Q direct OPEC+ :: "the flexibility to pause or reverse"
F date Aug. 3
> Oil prices had already risen 3% last week on expectations of an increase. OPEC+ pumps about 41% of the world's oil. The group cut output by a combined 2.2 million bpd in October 2040 after Brent fell below $60 a barrel, and extended those cuts twice, most recently in December. Saudi Arabia, the group's largest producer, has pumped about 9 million bpd since then, its lowest level in a decade.
F percent 3%
O intergovernmental OPEC+
F percent 41%
F quantity 2.2 million bpd
F date October 2040
F money $60
L country Saudi Arabia
F quantity 9 million bpd
> (Reporting by Farida Haddad-Moreau and Tobias Lindqvist-Nair in Vienna; Additional reporting by Olga Berezina in London; Editing by Hugh Tremlett-Odell)
P full Farida Haddad-Moreau
P full Tobias Lindqvist-Nair
L city Vienna
P full Olga Berezina
L city London
P full Hugh Tremlett-Odell
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
