#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval221 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval221/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1369-peshawar-wssp-tanker-crackdown-illegal-hydrants-hayatabad-dawn'] = r'''
> Pakistan
L country Pakistan
> WSSP seals 23 illegal hydrants, impounds 41 tankers in Peshawar crackdown
O government WSSP
F number 23
F number 41
L city Peshawar
> Iftikhar Hussain Bangash Published May 11, 2039 Updated about 5 hours ago
P full Iftikhar Hussain Bangash
F date May 11, 2039
F duration 5 hours
> Officials inspect an impounded water tanker on Ring Road on Tuesday. — Photo by Shahid Gul Mohmand / White Star
L street Ring Road
P full Shahid Gul Mohmand
O media White Star
> PESHAWAR: The Water and Sanitation Services Peshawar (WSSP) has sealed 23 illegal hydrants and impounded 41 private water tankers in a week-long crackdown in Hayatabad, Gulbahar and University Town, officials said on Wednesday.
L city PESHAWAR
O government Water and Sanitation Services Peshawar
O government WSSP
F number 23
F number 41
L city Hayatabad
L city Gulbahar
L city University Town
> The drive began on May 4 on the orders of Deputy Commissioner Inam-ul-Haq Afridi after residents complained that tanker operators were selling them water drawn from WSSP tube wells for up to Rs4,500 a load, against the official rate of Rs1,800 for a 1,000-gallon tanker.
F date May 4
P full Inam-ul-Haq Afridi
O government WSSP
F money Rs4,500
F money Rs1,800
F quantity 1,000-gallon
> “These are public tube wells, paid for by the people of Peshawar. Someone puts a pipe in at night and sells the same water back to them at two and a half times the price,” Mr Afridi told Dawn.
Q direct Inam-ul-Haq Afridi :: “These are public tube wells, paid for by the people of Peshawar. Someone puts a pipe in at night and sells the same water back to them at two and a half times the price,”
L city Peshawar
F number two and a half
P partial Afridi
O media Dawn
> He said the district administration had registered 17 FIRs under the Khyber Pakhtunkhwa Water Act and arrested nine people, including two WSSP valve operators who were allegedly paid Rs500 a night to keep the hydrants running.
F number 17
F number nine
F number two
O government WSSP
F money Rs500
> Fines totalling Rs2.6 million have been imposed on tanker owners, and the impounded vehicles parked at the WSSP depot in Pishtakhara.
F money Rs2.6 million
O government WSSP
L city Pishtakhara
> WSSP chief executive Engr Naheed Akhtar Swati said the company pumps about 96 million gallons a day from 540 tube wells, but as much as 30pc of it is lost to leaks and theft.
O government WSSP
P full Naheed Akhtar Swati
F quantity 96 million gallons
F number 540
F percent 30pc
> “We are not against tankers. In summer, when load-shedding starts, half the city depends on them,” she said. “But a tanker must fill at one of our seven legal filling points, pay the fixed rate and carry a WSSP sticker. Anyone filling from a street line is a thief.”
Q direct Naheed Akhtar Swati :: “We are not against tankers. In summer, when load-shedding starts, half the city depends on them,”
F fraction half
Q direct Naheed Akhtar Swati :: “But a tanker must fill at one of our seven legal filling points, pay the fixed rate and carry a WSSP sticker. Anyone filling from a street line is a thief.”
F number seven
O government WSSP
> The crackdown has angered tanker owners. Haji Sher Zaman, president of the Peshawar Water Tankers Owners Association, said his members had been given no time to register and that the legal filling points were “too few and too far”.
P full Sher Zaman
O nonprofit Peshawar Water Tankers Owners Association
Q direct Sher Zaman :: “too few and too far”
> “A tanker from Board Bazaar has to drive 14 kilometres to the filling point on Kohat Road and wait four hours in the queue. Who pays for the diesel?” he asked, warning that the association would take its 600 tankers off the road from Monday if the impounded vehicles were not released within 48 hours.
Q direct Sher Zaman :: “A tanker from Board Bazaar has to drive 14 kilometres to the filling point on Kohat Road and wait four hours in the queue. Who pays for the diesel?”
L city Board Bazaar
F quantity 14 kilometres
L street Kohat Road
F duration four hours
F number 600
F duration 48 hours
> He denied that his members were part of the so-called ‘water mafia’.
Q scare - :: ‘water mafia’
> In Nauthia, where taps have run dry for three days this month, residents said the crackdown had already pushed prices up. Rukhsana Bibi, 47, said she paid Rs3,000 for a tanker on Tuesday, up from Rs2,200 a week earlier.
L city Nauthia
F duration three days
P full Rukhsana Bibi
F age 47
F money Rs3,000
F money Rs2,200
> “Last year it was the mafia, now it is the crackdown. Either way, my children carry buckets,” she said.
Q direct Rukhsana Bibi :: “Last year it was the mafia, now it is the crackdown. Either way, my children carry buckets,”
> A WSSP official, who did not want to be named, said the company had asked the Khyber Pakhtunkhwa government for Rs1.2bn to replace 85 kilometres of leaking mains before June 30, 2040. “Until the pipes are fixed, the hydrants will come back,” the official said.
O government WSSP
L region Khyber Pakhtunkhwa
F money Rs1.2bn
F quantity 85 kilometres
F date June 30, 2040
Q direct - :: “Until the pipes are fixed, the hydrants will come back,”
> The Local Government, Elections and Rural Development Department said in a statement that the drive would be “extended to every district of the province” by the end of June, starting with Charsadda and Nowshera.
O government Local Government, Elections and Rural Development Department
Q direct Local Government, Elections and Rural Development Department :: “extended to every district of the province”
L city Charsadda
L city Nowshera
'''

ARTICLES['1370-geelong-brisbane-lions-kardinia-park-daly-nakamura-five-goals-afl-the-age'] = r'''
> AFL
O other AFL
> Daly-Nakamura kicks five as Cats hold off fast-finishing Lions at Kardinia Park
P partial Daly-Nakamura
F number five
O team Cats
O team Lions
L facility Kardinia Park
> Geelong survived a last-quarter surge from Brisbane to win by 17 points and stay unbeaten after four rounds.
O team Geelong
O team Brisbane
F number 17
F number four
> By Callum Fitzgibbon-Rourke
P full Callum Fitzgibbon-Rourke
> April 17, 2039 — 7.48pm
F date April 17, 2039
F time 7.48pm
> Geelong’s Keegan Daly-Nakamura celebrates one of his five goals against Brisbane on Sunday. Credit: AFL Photos
O team Geelong
P full Keegan Daly-Nakamura
F number five
O team Brisbane
O media AFL Photos
> Keegan Daly-Nakamura kicked five goals and Geelong’s midfield won the contested ball when it mattered as the Cats beat Brisbane 14.13 (97) to 11.14 (80) in front of 26,418 at Kardinia Park on Sunday.
P full Keegan Daly-Nakamura
F number five
O team Geelong
O team Cats
O team Brisbane
F score 14.13
F score 97
F score 11.14
F score 80
F number 26,418
L facility Kardinia Park
> The Lions, who have not won in Geelong since 2031, trailed by 35 points at three-quarter time before kicking five of the first six goals of the last term to get within 11 at the 21-minute mark.
O team Lions
L city Geelong
F date 2031
F number 35
F number five
F number six
F number 11
F duration 21-minute
> But Daly-Nakamura marked 46 metres out on a tight angle and kicked his fifth, and Sam Ó Ceallaigh-Price added another with 2:14 left on the clock to seal it.
P partial Daly-Nakamura
F quantity 46 metres
P full Sam Ó Ceallaigh-Price
F time 2:14
> “We went into our shells a bit,” Geelong coach Stefan Kowalczyk said. “You can’t do that against a side like Brisbane. But the boys found a way, and that’s what good sides do.”
Q direct Stefan Kowalczyk :: “We went into our shells a bit,”
O team Geelong
P full Stefan Kowalczyk
Q direct Stefan Kowalczyk :: “You can’t do that against a side like Brisbane. But the boys found a way, and that’s what good sides do.”
O team Brisbane
> Kowalczyk singled out Daly-Nakamura, 24, who has 14 goals in four games, and ruckman Tipene Hohaia-Walsh, who had 41 hitouts and nine clearances.
P partial Kowalczyk
P partial Daly-Nakamura
F age 24
F number 14
F number four
P full Tipene Hohaia-Walsh
F number 41
F number nine
> “Keegan’s the best one-on-one forward in the competition at the moment, and I don’t think it’s close,” he said.
Q direct Stefan Kowalczyk :: “Keegan’s the best one-on-one forward in the competition at the moment, and I don’t think it’s close,”
P partial Keegan
F score one-on-one
> The Cats kicked 4.5 to 2.1 in the first quarter and broke the game open in the third, when Brisbane managed only one goal. Geelong led 11.13 (79) to 6.8 (44) at the last change.
O team Cats
F score 4.5
F score 2.1
O team Brisbane
F number one
O team Geelong
F score 11.13
F score 79
F score 6.8
F score 44
> Brisbane’s Jai O’Loughlin-Sione, 22, kicked three goals from 27 disposals, and skipper Marcus de Vries led the late charge with 34 disposals and 11 tackles.
O team Brisbane
P full Jai O’Loughlin-Sione
F age 22
F number three
F number 27
P full Marcus de Vries
F number 34
F number 11
> Lions coach Rhys Te Kanawa-Doyle said his side had given Geelong “a two-quarter head start” and paid for it. “If we play four quarters like the last one, we beat anyone,” he said. “We didn’t, and that’s on me.”
O team Lions
P full Rhys Te Kanawa-Doyle
O team Geelong
Q direct Rhys Te Kanawa-Doyle :: “a two-quarter head start”
F number two
Q direct Rhys Te Kanawa-Doyle :: “If we play four quarters like the last one, we beat anyone,”
F number four
Q direct Rhys Te Kanawa-Doyle :: “We didn’t, and that’s on me.”
> Ó Ceallaigh-Price, playing his 150th game, called his late goal “the easiest one I’ll kick all year”. Geelong laid 71 tackles to Brisbane’s 58 and won the clearances 44-36, according to Champion Data, while the Lions had 52 inside-50 entries but kicked only 11 goals from them.
Q direct Sam Ó Ceallaigh-Price :: “the easiest one I’ll kick all year”
P partial Ó Ceallaigh-Price
O team Geelong
F number 71
O team Brisbane
F number 58
F number 44-36
O company Champion Data
O team Lions
F number 52
F number 11
> Brisbane lost key defender Harrison Tuipulotu-Grant to a hamstring injury in the second quarter and he is expected to miss three to four weeks. The Lions fly home to Brisbane on Monday and host Fremantle at the Gabba on Saturday.
O team Brisbane
P full Harrison Tuipulotu-Grant
F number three
F duration four weeks
O team Lions
L city Brisbane
O team Fremantle
L facility Gabba
> Geelong, now 4-0, travel to Perth to play West Coast at Optus Stadium on Sunday, a ground where they have won only one of their past five matches. Kowalczyk said Hohaia-Walsh would be managed during the week after landing awkwardly in the final term.
O team Geelong
F score 4-0
L city Perth
O team West Coast
L facility Optus Stadium
F number one
F number five
P partial Kowalczyk
P partial Hohaia-Walsh
'''

ARTICLES['1371-tauranga-harbour-bridge-second-crossing-matapihi-decision-nz-herald'] = r'''
> Bay of Plenty Times
O media Bay of Plenty Times
> Government picks $2.9b bridge for Tauranga's second harbour crossing
F money $2.9b
L city Tauranga
> A four-lane bridge from Sulphur Point to Matapihi will take trucks off the Harbour Bridge from 2047, but residents fear years of construction
F number four
L city Sulphur Point
L city Matapihi
L facility Harbour Bridge
F date 2047
> By Tania Whakaue-Brooks
P full Tania Whakaue-Brooks
> 19 Jun, 2040 05:00 AM
F date 19 Jun, 2040
F time 05:00 AM
> 4 mins to read
F duration 4 mins
> Traffic backs up on the Tauranga Harbour Bridge on a weekday morning. Photo / Kahu Rāwiri-Lane
L facility Tauranga Harbour Bridge
P full Kahu Rāwiri-Lane
> The Government has chosen a $2.9 billion four-lane bridge across Tauranga Harbour as the city's second harbour crossing, ending more than a decade of argument over how to move port trucks and commuters between the city and its growing eastern suburbs.
F money $2.9 billion
F number four
L geo Tauranga Harbour
> Transport Minister Wiremu Kereama-Stone and Infrastructure Minister Olivia Brandt-Fonoti announced the decision in Mount Maunganui on Monday. The 1.6km bridge will run from Sulphur Point, beside the Port of Tauranga's container terminal, to Matapihi, where it will join the Tauranga Eastern Link, with two lanes each way and a separate cycleway.
P full Wiremu Kereama-Stone
P full Olivia Brandt-Fonoti
L city Mount Maunganui
F quantity 1.6km
L city Sulphur Point
O company Port of Tauranga
L city Matapihi
L street Tauranga Eastern Link
F number two
> "This is the biggest single transport investment the Bay of Plenty has seen," Kereama-Stone said. "The Harbour Bridge carries 74,000 vehicles a day. It was built for half that. Every crash on it shuts the city down."
Q direct Wiremu Kereama-Stone :: "This is the biggest single transport investment the Bay of Plenty has seen,"
L region Bay of Plenty
P partial Kereama-Stone
Q direct Wiremu Kereama-Stone :: "The Harbour Bridge carries 74,000 vehicles a day. It was built for half that. Every crash on it shuts the city down."
L facility Harbour Bridge
F number 74,000
F fraction half
> NZ Transport Agency Waka Kotahi (NZTA) will pay 60 per cent of the cost, with the rest coming from the Government, a $410 million contribution from Tauranga City Council and a toll expected to be $2.80 a trip for cars.
O government NZ Transport Agency Waka Kotahi
O government NZTA
F percent 60 per cent
F money $410 million
O government Tauranga City Council
F money $2.80
> Construction is due to start in late 2042 and take about five years. NZTA estimates the bridge will cut peak travel times between Pāpāmoa and the city centre by up to 14 minutes.
F date 2042
F duration five years
O government NZTA
L city Pāpāmoa
F duration 14 minutes
> Tauranga Mayor Pieter de Groot said the council had waited "far too long" for an answer, but the bridge was the right choice.
L city Tauranga
P full Pieter de Groot
Q direct Pieter de Groot :: "far too long"
> "We looked at a tunnel, at a causeway, at doing nothing. Doing nothing was never an option for a city of 185,000 people," de Groot said. "I'd rather argue about a toll than spend another 20 years stuck on State Highway 2.
Q direct Pieter de Groot :: "We looked at a tunnel, at a causeway, at doing nothing. Doing nothing was never an option for a city of 185,000 people,"
F number 185,000
P partial de Groot
Q direct Pieter de Groot :: "I'd rather argue about a toll than spend another 20 years stuck on State Highway 2.
F duration 20 years
L street State Highway 2
> "Ask anyone in Welcome Bay or Bethlehem what their Monday mornings look like."
Q direct Pieter de Groot :: "Ask anyone in Welcome Bay or Bethlehem what their Monday mornings look like."
L city Welcome Bay
L city Bethlehem
> In Matapihi, on the peninsula between the harbour's two arms, residents said construction trucks would pass their marae for five years. "They told us, 'You will hardly notice it.' We noticed the rail bridge works for three years," said Mereana Tūhoe-Paki, 71, a kuia who has lived in Matapihi since 1988.
L city Matapihi
F number two
F duration five years
Q direct Mereana Tūhoe-Paki :: "They told us, 'You will hardly notice it.' We noticed the rail bridge works for three years,"
F duration three years
P full Mereana Tūhoe-Paki
F age 71
L city Matapihi
F date 1988
> Labour's transport spokeswoman, Ana Lemalu-Hickey, said the toll would fall hardest on port workers who live in Pāpāmoa and Te Puke. "A $2.80 toll twice a day is $28 a week for people on the minimum wage," she said.
O party Labour
P full Ana Lemalu-Hickey
L city Pāpāmoa
L city Te Puke
Q direct Ana Lemalu-Hickey :: "A $2.80 toll twice a day is $28 a week for people on the minimum wage,"
F money $2.80
F money $28
> The Port of Tauranga, the country's largest port by volume, said it "strongly supported" the decision. Trucks serving the port make up about 18 per cent of vehicles on the Harbour Bridge at peak times.
O company Port of Tauranga
Q direct Port of Tauranga :: "strongly supported"
F percent 18 per cent
L facility Harbour Bridge
> NZTA will open public consultation on the design on July 8, with hearings in Tauranga in September.
O government NZTA
F date July 8
L city Tauranga
'''

ARTICLES['1372-spain-renewable-auction-wind-solar-record-low-prices-aragon-financial-times'] = r'''
> Renewable energy
> Spain awards 3.2GW of wind and solar at record-low auction prices
L country Spain
F quantity 3.2GW
> Madrid’s first auction in two years draws bids from 41 groups as developers race to secure scarce grid connections
L city Madrid
F duration two years
F number 41
> Lucía Benavente-Roig in Madrid
P full Lucía Benavente-Roig
L city Madrid
> Published March 14 2040
F date March 14 2040
> Solar panels near Teruel, in Aragón. The region won the largest share of the capacity © Íñigo Alzaga/Bloomberg
L city Teruel
L region Aragón
P full Íñigo Alzaga
O media Bloomberg
> Spain has awarded 3.2 gigawatts of new wind and solar capacity in its first renewable energy auction since 2038, with winning bids averaging €31.40 per megawatt hour, the lowest price the country has secured since it restarted the auctions in 2021.
L country Spain
F quantity 3.2 gigawatts
F date 2038
F money €31.40
F date 2021
> The Ministry for the Ecological Transition and the Demographic Challenge (Miteco) said on Tuesday that 1,870MW of solar and 1,330MW of onshore wind had been allocated to 23 companies, out of 41 that took part. Bids covered 9.6GW, three times the capacity on offer.
O government Ministry for the Ecological Transition and the Demographic Challenge
O government Miteco
F quantity 1,870MW
F quantity 1,330MW
F number 23
F number 41
F quantity 9.6GW
F number three
> The auction is central to Madrid’s push to raise renewables to 90 per cent of electricity generation by 2045, a target that industry groups have warned is slipping as grid bottlenecks and low daytime prices deter investors.
L city Madrid
F percent 90 per cent
F date 2045
> Aragón took 1.1GW, more than a third of the total, followed by Castilla y León with 720MW and Extremadura with 540MW. Andalusia, which has the most solar capacity of any region, won only 180MW after developers there struggled to obtain connection permits from Red Eléctrica, the grid operator.
L region Aragón
F quantity 1.1GW
F fraction a third
L region Castilla y León
F quantity 720MW
L region Extremadura
F quantity 540MW
L region Andalusia
F quantity 180MW
O company Red Eléctrica
> “The grid, not the sun, is now the scarce resource,” said Begoña Iturralde de Castro, chief executive of Cierzo Renovables, a Zaragoza-based developer that won 410MW across three wind farms in the Ebro valley. “Five years ago we were fighting over land. Today we fight over a connection point.”
Q direct Begoña Iturralde de Castro :: “The grid, not the sun, is now the scarce resource,”
P full Begoña Iturralde de Castro
O company Cierzo Renovables
L city Zaragoza
F quantity 410MW
F number three
L geo Ebro
Q direct Begoña Iturralde de Castro :: “Five years ago we were fighting over land. Today we fight over a connection point.”
F duration Five years
> Iturralde de Castro said the company would invest about €380mn in the projects, which must be connected by the end of 2043 under the auction rules. She said prices close to €30 were “only just bankable” and that some rivals had bid “at levels that assume the ‘cannibalisation’ problem simply disappears”.
P partial Iturralde de Castro
F money €380mn
F date 2043
F money €30
Q direct Begoña Iturralde de Castro :: “only just bankable”
Q direct Begoña Iturralde de Castro :: “at levels that assume the ‘cannibalisation’ problem simply disappears”
> Among the larger winners, Iberdrola secured 460MW of solar in Extremadura and Castilla-La Mancha, and Naturgy took 290MW of wind in Galicia, according to results published by Miteco. Neither company commented on its bids.
O company Iberdrola
F quantity 460MW
L region Extremadura
L region Castilla-La Mancha
O company Naturgy
F quantity 290MW
L region Galicia
O government Miteco
> Analysts said the low prices reflected the falling cost of panels, down 18 per cent since 2038, and expectations that battery storage will lift evening prices. But Joaquín Arrieta-Solís, an energy analyst at Tajo Capital in Madrid, said some bids were “aggressive” and that a repeat of the 2034 auction, when a quarter of the awarded projects were never built, could not be ruled out.
F percent 18 per cent
F date 2038
P full Joaquín Arrieta-Solís
O company Tajo Capital
L city Madrid
Q direct Joaquín Arrieta-Solís :: “aggressive”
F date 2034
F fraction a quarter
> “At €31 you need everything to go right for 12 years,” he said. The contracts guarantee the winning price for 12 years on 70 per cent of each plant’s output.
Q direct Joaquín Arrieta-Solís :: “At €31 you need everything to go right for 12 years,”
F money €31
F duration 12 years
F duration 12 years
F percent 70 per cent
> Miteco said a second auction for 2.5GW, including 600MW of floating offshore wind off the Canary Islands, would be held in the autumn. Unef, the solar industry association, said the government should “fix the grid first” before offering more capacity.
O government Miteco
F quantity 2.5GW
F quantity 600MW
L region Canary Islands
O nonprofit Unef
Q direct Unef :: “fix the grid first”
'''

ARTICLES['1373-waukegan-district-60-budget-cuts-school-closings-glen-flora-chicago-tribune'] = r'''
> Education
> Waukegan School Board Votes to Close Two Schools, Cut 146 Jobs to Fill $18.4M Gap
L city Waukegan
F number Two
F number 146
F money $18.4M
> District 60 board approves a $318 million budget that closes Glen Flora and Oakdale elementary schools in June
O education District 60
F money $318 million
O education Glen Flora
O education Oakdale
> By Danielle Okonjo-Haas | Chicago Tribune
P full Danielle Okonjo-Haas
O media Chicago Tribune
> PUBLISHED: March 6, 2040 at 10:12 PM CST | UPDATED: March 7, 2040 at 6:05 AM CST
F date March 6, 2040
F time 10:12 PM CST
F date March 7, 2040
F time 6:05 AM CST
> Parents hold signs outside Waukegan High School before Tuesday's board meeting. (Terrence Villalobos/Chicago Tribune)
O education Waukegan High School
P full Terrence Villalobos
O media Chicago Tribune
> The Waukegan school board voted 5-2 late Tuesday to close two elementary schools and eliminate 146 positions, cutting $18.4 million from next year's budget as state aid lags and enrollment keeps falling.
L city Waukegan
F number 5-2
F number two
F number 146
F money $18.4 million
> The cuts, part of a $318 million spending plan for the 2040-41 school year, will close Glen Flora Elementary and Oakdale Elementary in June and move about 610 students to four nearby schools. Of the lost jobs, 92 are teacher and aide positions.
F money $318 million
F date 2040-41
O education Glen Flora Elementary
O education Oakdale Elementary
F number 610
F number four
F number 92
> Waukegan Community Unit School District 60 serves about 14,200 students in Waukegan and Park City and part of Beach Park. Its enrollment has fallen 19% since 2030, as families moved to Gurnee, Zion and charter schools.
O education Waukegan Community Unit School District 60
F number 14,200
L city Waukegan
L city Park City
L city Beach Park
F percent 19%
F date 2030
L city Gurnee
L city Zion
> "Nobody on this board ran for office to close a school," board President Marisol Vázquez-Reyes said after the 11:40 p.m. vote. "But we cannot keep paying to heat buildings that are 40% empty while we lay off reading specialists."
Q direct Marisol Vázquez-Reyes :: "Nobody on this board ran for office to close a school,"
P full Marisol Vázquez-Reyes
F time 11:40 p.m.
Q direct Marisol Vázquez-Reyes :: "But we cannot keep paying to heat buildings that are 40% empty while we lay off reading specialists."
F percent 40%
> Glen Flora, which opened in 1927, is 41% full, according to a facilities study the board commissioned last year. Oakdale is at 52%.
O education Glen Flora
F date 1927
F percent 41%
O education Oakdale
F percent 52%
> Board members Curtis Bankole and Hye-jin Ostrowski voted no. Bankole said the district had not looked hard enough for savings at its central office, where administrative costs have grown 11% in three years.
P full Curtis Bankole
P full Hye-jin Ostrowski
P partial Bankole
F percent 11%
F duration three years
> "We are closing the schools that serve the poorest blocks of this city and calling it efficiency," he said.
Q direct Curtis Bankole :: "We are closing the schools that serve the poorest blocks of this city and calling it efficiency,"
> Glen Flora sits in the 4th Ward. Ald. Osvaldo de la Garza, whose ward includes the school, told the board before the vote that the closing would leave the neighborhood east of Genesee Street without a school within walking distance. "You take the school out, you take the anchor out," de la Garza said.
O education Glen Flora
L region 4th Ward
P full Osvaldo de la Garza
L street Genesee Street
Q direct Osvaldo de la Garza :: "You take the school out, you take the anchor out,"
P partial de la Garza
> The Lake County Federation of Teachers Local 504, which represents about 1,400 district employees, said in a statement that the layoffs would push some kindergarten classes to 28 students and called the budget "a cut dressed up as a plan."
O nonprofit Lake County Federation of Teachers Local 504
F number 1,400
F number 28
Q direct Lake County Federation of Teachers Local 504 :: "a cut dressed up as a plan."
> Superintendent Raymond Achterberg said the district would use $2.1 million from reserves to keep class sizes at Waukegan High School below 30, and that laid-off teachers would be first in line for 63 openings expected next year.
P full Raymond Achterberg
F money $2.1 million
O education Waukegan High School
F number 30
F number 63
> The district gets about 71% of its operating money from the state, and Achterberg said Springfield was funding it at 78% of what its own formula says the district needs. The Illinois State Board of Education (ISBE) has put the statewide gap at $1.9 billion; ISBE did not respond to a request for comment Wednesday.
F percent 71%
P partial Achterberg
L city Springfield
F percent 78%
O government Illinois State Board of Education
O government ISBE
F money $1.9 billion
O government ISBE
> Yesenia Carrillo, 34, whose two children attend Glen Flora, said she learned of the vote from a neighbor at 6 a.m. "My son is 7. Now he has to cross Belvidere Road to get to school," she said.
P full Yesenia Carrillo
F age 34
F number two
O education Glen Flora
F time 6 a.m.
Q direct Yesenia Carrillo :: "My son is 7. Now he has to cross Belvidere Road to get to school,"
F age 7
L street Belvidere Road
> The district will hold community meetings on the closings at 6:30 p.m. March 19 and March 26 at the Brookside Campus, 2325 Brookside Ave.
F time 6:30 p.m.
F date March 19
F date March 26
L facility Brookside Campus
L address 2325 Brookside Ave.
'''

ARTICLES['1374-antrim-area-hospital-emergency-department-crisis-northern-trust-mlas-belfast-telegraph'] = r'''
> Northern Ireland
L region Northern Ireland
> ‘Like a field hospital’: 94 patients wait in Antrim emergency department as trust escalates
Q direct Ciarán Ó Dochartaigh :: ‘Like a field hospital’
F number 94
L city Antrim
> Northern Trust says ambulances queued for more than nine hours outside Antrim Area Hospital on Tuesday night, as MLAs call for emergency funding
O government Northern Trust
F duration nine hours
O other Antrim Area Hospital
> Shauna Quigley-Boyd
P full Shauna Quigley-Boyd
> Wed 21 Mar 2040 at 18:30
F date 21 Mar 2040
F time 18:30
> Ambulances outside the emergency department at Antrim Area Hospital on Tuesday night. Photo: Declan Rooney-Kerr/Pacemaker
O other Antrim Area Hospital
P full Declan Rooney-Kerr
O media Pacemaker
> Ninety-four patients were waiting in the emergency department at Antrim Area Hospital on Tuesday night, some of them for more than two days, as the Northern Health and Social Care Trust declared its highest level of escalation for the third time this month.
F number Ninety-four
O other Antrim Area Hospital
F duration two days
O government Northern Health and Social Care Trust
> The trust said 38 of those patients had been assessed and were waiting for a bed on a ward, and that an 89-year-old woman from Kells had spent 51 hours on a trolley. At 11pm, nine ambulances were queued outside, the longest for nine and a half hours.
F number 38
F age 89-year-old
L city Kells
F duration 51 hours
F time 11pm
F number nine
F duration nine and a half hours
> Dr Ciarán Ó Dochartaigh, a consultant in emergency medicine at the hospital, said staff had been treating patients in corridors, in the ambulance bay and in a converted plaster room.
P full Ciarán Ó Dochartaigh
> “It is like a field hospital in there. We had a man of 84 go into cardiac arrest in a corridor because there was nowhere else to put him,” he said.
Q direct Ciarán Ó Dochartaigh :: “It is like a field hospital in there. We had a man of 84 go into cardiac arrest in a corridor because there was nowhere else to put him,”
F age 84
> “My colleagues are exhausted. Some of them sit crying in the car park before a shift. We have been warning about this for ten years, and every winter it gets worse.
Q direct Ciarán Ó Dochartaigh :: “My colleagues are exhausted. Some of them sit crying in the car park before a shift. We have been warning about this for ten years, and every winter it gets worse.
F duration ten years
> “This is not a winter crisis any more. It is March.”
Q direct Ciarán Ó Dochartaigh :: “This is not a winter crisis any more. It is March.”
> The Royal College of Emergency Medicine (RCEM) said Northern Ireland now has the longest emergency department waits in the UK. In February, 11,240 patients here waited more than 12 hours, up 17% on February 2039, according to Department of Health figures.
O nonprofit Royal College of Emergency Medicine
O nonprofit RCEM
L region Northern Ireland
L country UK
F number 11,240
F duration 12 hours
F percent 17%
F date February 2039
O government Department of Health
> RCEM’s vice-president for Northern Ireland, Dr Aoife Gallagher-Stewart, said long waits had been linked to an estimated 160 excess deaths here last year. She urged the Executive to “stop treating the ED as the hospital’s waiting room”.
O nonprofit RCEM
L region Northern Ireland
P full Aoife Gallagher-Stewart
F number 160
O government Executive
Q direct Aoife Gallagher-Stewart :: “stop treating the ED as the hospital’s waiting room”
> In a statement, the Northern Trust said it had opened 24 extra beds at Antrim Area Hospital and at Causeway Hospital in Coleraine since January and had spent £6.4m on agency staff this year. It said 146 patients who were medically fit to leave remained in its hospitals because no care package was available. “We apologise to every patient who has waited too long,” the trust said.
O government Northern Trust
F number 24
O other Antrim Area Hospital
O other Causeway Hospital
L city Coleraine
F money £6.4m
F number 146
Q direct Northern Health and Social Care Trust :: “We apologise to every patient who has waited too long,”
> South Antrim MLA Lorraine McIlwaine-Hart said she would raise the case of the Kells woman at the Assembly’s health committee next week. “My constituents are being told to bring a flask and a blanket,” she said. “That is the state of our health service in 2040.”
L region South Antrim
P full Lorraine McIlwaine-Hart
L city Kells
O government Assembly
Q direct Lorraine McIlwaine-Hart :: “My constituents are being told to bring a flask and a blanket,”
Q direct Lorraine McIlwaine-Hart :: “That is the state of our health service in 2040.”
F date 2040
> The SDLP’s health spokesperson, Bronagh Devlin-Magee, said one in three patients at Antrim waited more than four hours to be seen and called for a £40m winter fund to be brought forward.
O party SDLP
P full Bronagh Devlin-Magee
F number one
F number three
L city Antrim
F duration four hours
F money £40m
> A Department of Health spokesperson said £21m had been allocated to reduce delayed discharges and that the permanent secretary would meet trust chief executives on Friday. “The pressures in our emergency departments are unacceptable,” the spokesperson said.
O government Department of Health
F money £21m
Q direct - :: “The pressures in our emergency departments are unacceptable,”
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
