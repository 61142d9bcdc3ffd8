#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval327 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval327/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['2005-salmon-resource-rent-tax-cut-kilo-fee-lofoten-vestvagoy-nhh-seafood-council-nrk'] = r'''
> NRK Nordland
O media NRK Nordland
> Salmon tax to be cut to 18 per cent, but new kilo fee worries Lofoten farmers
F percent 18 per cent
L geo Lofoten
> The government wants to lower the resource rent tax on fish farming from 25 to 18 per cent and charge NOK 0.90 for every kilo of salmon harvested. “It is a swap, not a gift,” says a fish farmer in Vestvågøy.
F percent 25
F percent 18 per cent
F money NOK 0.90
Q direct Kari Ånesen Strøm :: “It is a swap, not a gift,”
L region Vestvågøy
> Ingrid Sæthre Ødegård and Martin Håkonsen
P full Ingrid Sæthre Ødegård
P full Martin Håkonsen
> Published 12 March 2040 at 07.15
F date 12 March 2040
F time 07.15
> Kari Ånesen Strøm at her farm outside Stamsund in Lofoten. Photo: Martin Håkonsen / NRK
P full Kari Ånesen Strøm
L city Stamsund
L geo Lofoten
P full Martin Håkonsen
O media NRK
> The Ministry of Trade, Industry and Fisheries presented the proposal on Wednesday. Fisheries Minister Sindre Bjørnå (Labour) says the lower rate will cost the state about NOK 2.1 billion a year, while the new production fee will bring in NOK 1.4 billion, most of it for coastal municipalities.
O government Ministry of Trade, Industry and Fisheries
P full Sindre Bjørnå
O party Labour
F money NOK 2.1 billion
F money NOK 1.4 billion
> “Companies that invest in Norway should keep more of their profit, and the communities that give up their fjords should get a fixed share of every fish,” Bjørnå tells NRK.
Q direct Sindre Bjørnå :: “Companies that invest in Norway should keep more of their profit, and the communities that give up their fjords should get a fixed share of every fish,”
L country Norway
P partial Bjørnå
O media NRK
> Under the proposal, the new rate applies from 1 January 2041. The fee of NOK 0.90 per kilo will be charged on all salmon and rainbow trout harvested, and 60 per cent of it will be paid out to the municipalities that host the farms.
F date 1 January 2041
F money NOK 0.90
F percent 60 per cent
> The proposal will be put to the Storting with the revised national budget in May. The minority government needs the votes of at least one other party, and the Centre Party says it will wait for the municipalities before taking a position.
O government Storting
F number one
O party Centre Party
> Norway exported 1.24 million tonnes of salmon worth NOK 131 billion last year, according to the Norwegian Seafood Council (NSC). In a statement, the council called the lower rate “a step towards predictability”, but warned that a fee charged per kilo “hits small and large farms equally hard, regardless of profit.”
L country Norway
F quantity 1.24 million tonnes
F money NOK 131 billion
O government Norwegian Seafood Council
O government NSC
Q direct Norwegian Seafood Council :: “a step towards predictability”
Q direct Norwegian Seafood Council :: “hits small and large farms equally hard, regardless of profit.”
> Kari Ånesen Strøm, 47, runs Strøm Havbruk AS, a family company with three licences near Stamsund on Vestvågøy. It harvested 3,800 tonnes last year.
P full Kari Ånesen Strøm
F age 47
O company Strøm Havbruk AS
F number three
L city Stamsund
L region Vestvågøy
F quantity 3,800 tonnes
> “It is a swap, not a gift. In a good year the big companies in Bergen will save millions, but we pay the fee also when the lice eat the whole margin,” she says. “My father started with one pen 40 years ago, when nobody in Oslo knew where Stamsund was.
Q direct Kari Ånesen Strøm :: “It is a swap, not a gift. In a good year the big companies in Bergen will save millions, but we pay the fee also when the lice eat the whole margin,”
L city Bergen
Q direct Kari Ånesen Strøm :: “My father started with one pen 40 years ago, when nobody in Oslo knew where Stamsund was.
F number one
F duration 40 years
L city Oslo
L city Stamsund
> “Now they want a piece of every kilo. I am not against paying, but the money must stay in Lofoten, not disappear into a budget in Oslo.”
Q direct Kari Ånesen Strøm :: “Now they want a piece of every kilo. I am not against paying, but the money must stay in Lofoten, not disappear into a budget in Oslo.”
L geo Lofoten
L city Oslo
> Among farmers in Lofoten, the fee already has a name: the “kilokrone”.
L geo Lofoten
Q scare - :: “kilokrone”
> Jørgen Aasland, a professor of economics at the Norwegian School of Economics (NHH) in Bergen, says the swap moves tax from profit to production.
P full Jørgen Aasland
O education Norwegian School of Economics
O education NHH
L city Bergen
> “A fee per kilo is what we call a ‘blunt instrument’. It taxes the fish, not the profit, so it hits hardest the farmer who has the worst year,” Aasland says.
Q direct Jørgen Aasland :: “A fee per kilo is what we call a ‘blunt instrument’. It taxes the fish, not the profit, so it hits hardest the farmer who has the worst year,”
P partial Aasland
> He estimates that the five largest companies will together pay about NOK 900 million less each year, while farms with fewer than four licences could pay up to 12 per cent more.
F number five
F money NOK 900 million
F number four
F percent 12 per cent
> A ministry official, who did not wish to be named, tells NRK that the rate “was never going to stay at 25” and that the fee can be adjusted after two years.
O media NRK
Q direct - :: “was never going to stay at 25”
F percent 25
F duration two years
> The consultation period ends on 15 April.
F date 15 April
'''

ARTICLES['2006-lodestar-wireless-corvane-wi-fi-chip-patent-verdict-marshall-eastern-district-of-texas-reuters'] = r'''
> Litigation
> Texas jury orders Corvane to pay $212.6 million over Wi-Fi chip patents
L region Texas
O company Corvane
F money $212.6 million
> Summary
> Jury finds two Lodestar patents valid and infringed
F number two
O company Lodestar
> Corvane says it will ask judge to set verdict aside
O company Corvane
> Award among largest in Marshall in recent years
L city Marshall
> By Blake Okonjo
P full Blake Okonjo
> March 21, 2041 11:02 PM UTC Updated 3 hours ago
F date March 21, 2041
F time 11:02 PM UTC
F duration 3 hours
> The federal courthouse in Marshall, Texas, U.S., May 4, 2040. REUTERS/Carla Menendez-Ruiz/File Photo
L city Marshall
L region Texas
L country U.S.
F date May 4, 2040
O media REUTERS
P full Carla Menendez-Ruiz
> (Reuters) - A federal jury in Marshall, Texas, on Thursday ordered Corvane Semiconductor Inc to pay $212.6 million to Lodestar Wireless LLC after finding that Corvane's Wi-Fi chips infringed two Lodestar patents on power-saving technology.
O media Reuters
L city Marshall
L region Texas
O company Corvane Semiconductor Inc
F money $212.6 million
O company Lodestar Wireless LLC
O company Corvane
F number two
O company Lodestar
> The eight-person jury deliberated for about three hours after a five-day trial before U.S. District Judge Ramona Castellano. It found that Corvane's chips used Lodestar's method for letting a device "sleep" between signals without dropping its connection.
F number eight
F duration three hours
F duration five-day
L country U.S.
P full Ramona Castellano
O company Corvane
O company Lodestar
Q scare - :: "sleep"
> Jurors also found the infringement was willful, which allows Castellano to raise the damages to as much as three times the award, and rejected Corvane's argument that the patents were invalid.
P partial Castellano
F number three
O company Corvane
> The verdict covers about 8.4 million chips sold from 2036 to 2040, at a royalty of $1.35 per unit, according to court filings. Corvane, based in San Jose, California, sells the chips to makers of laptops, routers and smart speakers.
F number 8.4 million
F date 2036
F date 2040
F money $1.35
O company Corvane
L city San Jose
L region California
> "The jury saw exactly what happened here. Corvane knew about our patents for years, built a business on them and never paid a cent," Lodestar's lawyer Dana Whitlock of Brenner Cole LLP said in an email.
Q direct Dana Whitlock :: "The jury saw exactly what happened here. Corvane knew about our patents for years, built a business on them and never paid a cent,"
O company Corvane
O company Lodestar
P full Dana Whitlock
O company Brenner Cole LLP
> Whitlock said Lodestar, a Plano, Texas-based company with 38 employees, would ask the court for enhanced damages and an order barring further sales. "We are not going away," she said.
P partial Whitlock
O company Lodestar
L city Plano
L region Texas
F number 38
Q direct Dana Whitlock :: "We are not going away,"
> Corvane said in a statement that it "respectfully disagrees with the verdict" and would ask Castellano to set it aside and, if necessary, "appeal to the U.S. Court of Appeals for the Federal Circuit." The company said the patents cover "a decades-old idea that belongs to the whole industry."
O company Corvane
Q direct Corvane Semiconductor Inc :: "respectfully disagrees with the verdict"
P partial Castellano
Q direct Corvane Semiconductor Inc :: "appeal to the U.S. Court of Appeals for the Federal Circuit."
O government U.S. Court of Appeals for the Federal Circuit
Q direct Corvane Semiconductor Inc :: "a decades-old idea that belongs to the whole industry."
> The two patents, U.S. Patent Nos. 10,455,218 and 11,027,904, are not so-called "standard-essential" patents, so Corvane could not argue that it was entitled to a license on fair terms.
F number two
Q scare - :: "standard-essential"
O company Corvane
> "Juries in Marshall have heard the words 'patent troll' so often that the defense has almost stopped working," said Miguel Arreola, who teaches patent law at the University of Houston Law Center. "This verdict tells you that a small company with a good patent can still win big there."
Q direct Miguel Arreola :: "Juries in Marshall have heard the words 'patent troll' so often that the defense has almost stopped working,"
L city Marshall
P full Miguel Arreola
O education University of Houston Law Center
Q direct Miguel Arreola :: "This verdict tells you that a small company with a good patent can still win big there."
> A person familiar with the case said Corvane had turned down an offer to settle for about $40 million in January, and that the talks "never got serious."
O company Corvane
F money $40 million
Q direct - :: "never got serious."
> The Eastern District of Texas has long been one of the busiest venues for patent cases in the United States. Juries there returned patent verdicts totaling more than $1.1 billion in 2040, according to legal analytics firm Docket Ledger.
O government Eastern District of Texas
L country United States
F money $1.1 billion
F date 2040
O company Docket Ledger
> The case is Lodestar Wireless LLC v. Corvane Semiconductor Inc, U.S. District Court for the Eastern District of Texas, No. 2:39-cv-00418.
O government U.S. District Court for the Eastern District of Texas
> For Lodestar: Dana Whitlock and Terrence Boyd of Brenner Cole
O company Lodestar
P full Dana Whitlock
P full Terrence Boyd
O company Brenner Cole
> For Corvane: Alicia Nakamura-Grant of Halvorsen Pike & Rudd
O company Corvane
P full Alicia Nakamura-Grant
O company Halvorsen Pike & Rudd
> Reporting by Blake Okonjo in Houston; Editing by Marisa Tran
P full Blake Okonjo
L city Houston
P full Marisa Tran
'''

ARTICLES['2007-bridgetown-port-record-cruise-season-passengers-bpi-taxi-vendors-barbados-today'] = r'''
> Local News
> Record cruise season for Bridgetown as 912,400 passengers come ashore
L city Bridgetown
F number 912,400
> by Shamar Blackman
P full Shamar Blackman
> April 22, 2041
F date April 22, 2041
> Passengers from two ships head into Bridgetown along the Careenage on Tuesday. (Picture by Kemar Ifill)
F number two
L city Bridgetown
L geo Careenage
P full Kemar Ifill
> Barbados has just closed the busiest cruise season in its history, with 912,400 passengers and 486 ship calls recorded at the Bridgetown Port between October 2040 and April 2041, Minister of Tourism and International Transport Rawle Cumberbatch announced yesterday.
L country Barbados
F number 912,400
F number 486
L facility Bridgetown Port
F date October 2040
F date April 2041
P full Rawle Cumberbatch
> The figures are 14 per cent above the 2039-2040 season, when 800,100 passengers came through the port, and more than double the numbers of a decade ago.
F percent 14 per cent
F date 2039-2040
F number 800,100
> Speaking at a press conference at the Lloyd Erskine Sandiford Centre, Cumberbatch said the season proved that Barbados could compete with the bigger ports of the region.
L facility Lloyd Erskine Sandiford Centre
P partial Cumberbatch
L country Barbados
> “We had six ships in port on January 7 alone and more than 18,000 visitors walking through Bridgetown in a single day. Nobody thought this little island could handle that,” he said.
Q direct Rawle Cumberbatch :: “We had six ships in port on January 7 alone and more than 18,000 visitors walking through Bridgetown in a single day. Nobody thought this little island could handle that,”
F number six
F date January 7
F number 18,000
L city Bridgetown
> According to the ministry, cruise passengers spent an estimated US$98.40 each ashore, or about BDS$196.80, putting the season’s direct spending at close to BDS$180 million.
F money US$98.40
F money BDS$196.80
F money BDS$180 million
> In a statement, Barbados Port Inc. (BPI) said the season had been “the busiest in the port’s 80-year history” and that a new cruise berth at the Deep Water Harbour would be ready for the 2042-2043 season.
O government Barbados Port Inc.
O government BPI
Q direct Barbados Port Inc. :: “the busiest in the port’s 80-year history”
F duration 80-year
L facility Deep Water Harbour
F date 2042-2043
> BPI said 41 per cent of calls were “turnaround” visits, in which passengers begin or end their cruise in Barbados and often spend a night on the island.
O government BPI
F percent 41 per cent
Q scare - :: “turnaround”
L country Barbados
> But president of the Barbados Cruise Taxi Association, Wendell “Scotty” Babb, said drivers were still waiting up to two hours in the heat for a fare at the port’s taxi stand.
O nonprofit Barbados Cruise Taxi Association
P full Wendell “Scotty” Babb
Q scare - :: “Scotty”
F duration two hours
> “The numbers sound sweet, but ask any driver how many of those 912,400 people he carry. Half of them walk to Broad Street and walk back,” Babb said. “We have 310 taxis licensed for the port and the stand only hold 40 cars.
Q direct Wendell “Scotty” Babb :: “The numbers sound sweet, but ask any driver how many of those 912,400 people he carry. Half of them walk to Broad Street and walk back,”
F number 912,400
F fraction Half
L street Broad Street
P partial Babb
Q direct Wendell “Scotty” Babb :: “We have 310 taxis licensed for the port and the stand only hold 40 cars.
F number 310
F number 40
> “Give we a second stand by the Pelican Craft Centre and a fair rank system, and every driver will feel this record in his pocket.”
Q direct Wendell “Scotty” Babb :: “Give we a second stand by the Pelican Craft Centre and a fair rank system, and every driver will feel this record in his pocket.”
L facility Pelican Craft Centre
> Shonette Gittens, 52, who has sold aloe, jewellery and sea moss drinks from a stall in Cheapside for 19 years, said this season was her best since she started.
P full Shonette Gittens
F age 52
L city Cheapside
F duration 19 years
> “The tourists does come off the ship asking me ‘Where the real Bajan food is?’ and I does send them up by Oistins on a Friday. This year I had to hire my niece to help,” she said.
Q direct Shonette Gittens :: “The tourists does come off the ship asking me ‘Where the real Bajan food is?’ and I does send them up by Oistins on a Friday. This year I had to hire my niece to help,”
L city Oistins
> A representative of one of the major cruise lines, who asked not to be named because she was not authorised to speak to the media, said Barbados remained “a must-call port” but warned that “the head tax is starting to bite.”
L country Barbados
Q direct - :: “a must-call port”
Q direct - :: “the head tax is starting to bite.”
> Passengers pay a head tax of US$12 each on arrival. The Caribbean’s two busiest cruise ports, Nassau and Cozumel, each handled more than four million passengers last year, according to the Florida-Caribbean Cruise Association (FCCA).
F money US$12
L region Caribbean
F number two
L city Nassau
L geo Cozumel
F number four million
O nonprofit Florida-Caribbean Cruise Association
O nonprofit FCCA
> Cumberbatch said the ministry would meet the taxi association and vendors before the new season opens. The first ship of the 2041-2042 season is due at 7 a.m. on October 19.
P partial Cumberbatch
F date 2041-2042
F time 7 a.m.
F date October 19
'''

ARTICLES['2008-bellandi-holds-off-castaner-italian-motogp-mugello-moriyasu-ducati-aprilia-the-race'] = r'''
> MotoGP
O other MotoGP
> Bellandi holds off Castañer for emotional home win at Mugello
P partial Bellandi
P partial Castañer
L facility Mugello
> Tommaso Bellandi led 21 of the 23 laps of the Italian Grand Prix and now sits just seven points behind Adrián Castañer in the MotoGP standings
P full Tommaso Bellandi
F number 21
F number 23
F number seven
P full Adrián Castañer
O other MotoGP
> By Owen Trelawney
P full Owen Trelawney
> 1 June 2042
F date 1 June 2042
> Tommaso Bellandi celebrates on the podium at Mugello. Picture: Federico Sanna/Motorsport Images
P full Tommaso Bellandi
L facility Mugello
P full Federico Sanna
O media Motorsport Images
> Tommaso Bellandi gave the home crowd at Mugello the win it wanted, holding off a late charge from championship leader Adrián Castañer to win the Italian Grand Prix by 2.341 seconds.
P full Tommaso Bellandi
L facility Mugello
P full Adrián Castañer
F duration 2.341 seconds
> The 26-year-old Ducati rider led from pole into San Donato and was headed only once, when Castañer's Aprilia slipstreamed past him on the main straight at 361.4km/h on lap 9.
F age 26-year-old
O team Ducati
L facility San Donato
P partial Castañer
O team Aprilia
F quantity 361.4km/h
> Bellandi took the place back into Savelli two corners later and pulled out a gap of almost a second over the next five laps.
P partial Bellandi
L facility Savelli
F number two
F number five
> “I saw ‘CASTAÑER CLOSE’ on the board for five laps and I told myself this was not the moment to be a hero,” Bellandi said. “At Mugello you can lose the race at Arrabbiata 1 if you push a little too much.
Q direct Tommaso Bellandi :: “I saw ‘CASTAÑER CLOSE’ on the board for five laps and I told myself this was not the moment to be a hero,”
P partial CASTAÑER
F number five
P partial Bellandi
Q direct Tommaso Bellandi :: “At Mugello you can lose the race at Arrabbiata 1 if you push a little too much.
L facility Mugello
L facility Arrabbiata 1
> “My grandfather used to bring me here on his scooter when I was six. To win in front of these people, I don’t have the words.”
Q direct Tommaso Bellandi :: “My grandfather used to bring me here on his scooter when I was six. To win in front of these people, I don’t have the words.”
F age six
> Castañer, who started fourth, spent the last 10 laps within a second of the Italian but never got close enough to try a pass at Bucine.
P partial Castañer
F number 10
L facility Bucine
> “Tommaso was perfect today. I had the speed on the straight but not the grip in the last sector, and here you pay for that,” he said. “Seven points is nothing. We go to Assen with the same bike and a clean head.”
Q direct Adrián Castañer :: “Tommaso was perfect today. I had the speed on the straight but not the grip in the last sector, and here you pay for that,”
P partial Tommaso
Q direct Adrián Castañer :: “Seven points is nothing. We go to Assen with the same bike and a clean head.”
F number Seven
L city Assen
> Kenji Moriyasu completed the podium for KTM, 6.118s behind, after passing Luca Dall'Ara on the final lap at Correntaio. Dall'Ara's fourth place was Honda's best result since 2039.
P full Kenji Moriyasu
O team KTM
F duration 6.118s
P full Luca Dall'Ara
L facility Correntaio
P partial Dall'Ara
O team Honda
F date 2039
> Ducati team manager Giorgia Ferrando said the team had gambled on the harder rear tyre, which Michelin brought to Mugello for the first time this year.
O team Ducati
P full Giorgia Ferrando
O company Michelin
L facility Mugello
> “Everybody told us the soft was the race tyre. We looked at the data from Friday, with 48C on the track, and decided the hard would last 23 laps and the soft maybe 18,” Ferrando said. “Sometimes you have to trust the numbers, not the paddock.”
Q direct Giorgia Ferrando :: “Everybody told us the soft was the race tyre. We looked at the data from Friday, with 48C on the track, and decided the hard would last 23 laps and the soft maybe 18,”
F quantity 48C
F number 23
F number 18
P partial Ferrando
Q direct Giorgia Ferrando :: “Sometimes you have to trust the numbers, not the paddock.”
> Aprilia said Castañer's team-mate Rhys Penhaligon, who crashed out of fifth at Arrabbiata 2 on lap 14, had suffered “a front-end loss, not a technical problem,” and was unhurt.
O team Aprilia
P partial Castañer
P full Rhys Penhaligon
L facility Arrabbiata 2
Q direct Aprilia :: “a front-end loss, not a technical problem,”
> Bellandi, nicknamed “il Leoncino” by the tifosi, is the first Italian to win here in eight years. A crowd of 91,300 watched from the hillsides around the circuit near Scarperia, north of Florence.
P partial Bellandi
Q scare - :: “il Leoncino”
F duration eight years
F number 91,300
L city Scarperia
L city Florence
> Castañer now leads the championship on 186 points to Bellandi's 179, with Moriyasu third on 151 after eight of the 21 rounds.
P partial Castañer
F number 186
P partial Bellandi
F number 179
P partial Moriyasu
F number 151
F number eight
F number 21
> Italian Grand Prix, Autodromo Internazionale del Mugello, 23 laps – top five
L facility Autodromo Internazionale del Mugello
F number 23
F number five
> 1. Tommaso Bellandi (Ducati) 41m21.907s
P full Tommaso Bellandi
O team Ducati
F duration 41m21.907s
> 2. Adrián Castañer (Aprilia) +2.341s
P full Adrián Castañer
O team Aprilia
F duration +2.341s
> 3. Kenji Moriyasu (KTM) +6.118s
P full Kenji Moriyasu
O team KTM
F duration +6.118s
> 4. Luca Dall'Ara (Honda) +6.402s
P full Luca Dall'Ara
O team Honda
F duration +6.402s
> 5. Mathis Vauclair (Yamaha) +9.775s
P full Mathis Vauclair
O team Yamaha
F duration +9.775s
> Fastest lap: Bellandi, 1m45.612s (lap 4)
P partial Bellandi
F duration 1m45.612s
'''

ARTICLES['2009-ukrenergo-substation-repair-programme-kharkiv-oblast-uah-38-billion-winter-outages-ukrainska-pravda'] = r'''
> Economy
> Ukrenergo to rebuild 14 substations before winter under UAH 38.6 billion repair programme
O company Ukrenergo
F number 14
F money UAH 38.6 billion
> Thursday, 18 April 2041, 16:42
F date 18 April 2041
F time 16:42
> Iryna Kobzarenko
P full Iryna Kobzarenko
> Repair crews at a damaged substation in Kharkiv Oblast. Photo: Ukrenergo
L region Kharkiv Oblast
O company Ukrenergo
> Ukraine's national grid operator Ukrenergo plans to rebuild or repair 14 high-voltage substations damaged during the winter by 1 November, restoring about 1,900 MW of transmission capacity.
L country Ukraine
O company Ukrenergo
F number 14
F date 1 November
F quantity 1,900 MW
> Source: Ukrenergo press service; Energy Minister Bohdan Lysytsia at a briefing in Kyiv
O company Ukrenergo
P full Bohdan Lysytsia
L city Kyiv
> Details: The programme, approved by the Cabinet of Ministers on Wednesday, is worth UAH 38.6 billion (approx. US$935 million). Most of the money will go to substations in Kharkiv, Sumy, Chernihiv and Dnipropetrovsk oblasts, which were left without power for up to 18 hours a day during the coldest weeks of January and February.
O government Cabinet of Ministers
F money UAH 38.6 billion
F money US$935 million
L region Kharkiv
L region Sumy
L region Chernihiv
L region Dnipropetrovsk
F duration 18 hours
> In a statement, Ukrenergo said the work would be done by 46 crews working in shifts and that "every rebuilt substation will have a reserve transformer and physical protection against drones and missiles."
O company Ukrenergo
F number 46
Q direct Ukrenergo :: "every rebuilt substation will have a reserve transformer and physical protection against drones and missiles."
> Quote from Lysytsia: "We will not get through another winter by patching. This time we are building substations that can survive a hit, with transformers placed 200 metres apart under concrete shelters. Our target is that no region is left without power for more than 4 hours at a time."
P partial Lysytsia
Q direct Bohdan Lysytsia :: "We will not get through another winter by patching. This time we are building substations that can survive a hit, with transformers placed 200 metres apart under concrete shelters. Our target is that no region is left without power for more than 4 hours at a time."
F quantity 200 metres
F duration 4 hours
> The minister said 65% of the damaged transmission capacity had already been restored. The ministry also plans to build so-called "energy islands" – small gas-piston plants that can keep hospitals and water pumps running if a substation is hit.
F percent 65%
Q scare - :: "energy islands"
> Households in frontline communities whose appliances were damaged by power surges will receive compensation of up to 6,500 hryvnias each.
F money 6,500 hryvnias
> In Kharkiv, foreman Vitalii Shevchuk, whose Kharkivoblenergo crew has been working at the same substation on the city's eastern edge since February, said the hardest part was the cold.
L city Kharkiv
P full Vitalii Shevchuk
O company Kharkivoblenergo
> Quote from Shevchuk: "We worked at -19C with our hands on the metal. A transformer like this weighs 120 tonnes, and we had to bring it from Dnipro by rail at night, because in the daytime the drones are watching the roads.
P partial Shevchuk
Q direct Vitalii Shevchuk :: "We worked at -19C with our hands on the metal. A transformer like this weighs 120 tonnes, and we had to bring it from Dnipro by rail at night, because in the daytime the drones are watching the roads.
F quantity -19C
F quantity 120 tonnes
L city Dnipro
> "There are 12 of us in the crew. Two used to be teachers. Nobody ordered them to come – they came."
Q direct Vitalii Shevchuk :: "There are 12 of us in the crew. Two used to be teachers. Nobody ordered them to come – they came."
F number 12
F number Two
> Valentyna Hnatiuk, 74, who lives on the ninth floor of a block in Saltivka, said she spent most of January in the dark and carried water up the stairs in 5-litre bottles.
P full Valentyna Hnatiuk
F age 74
L city Saltivka
F quantity 5-litre
> Quote from Hnatiuk: "When the light came back on 3 February, the whole building shouted. The young ones still call me 'Valentyna Ivanivna', like a teacher, but that night we were all children."
P partial Hnatiuk
Q direct Valentyna Hnatiuk :: "When the light came back on 3 February, the whole building shouted. The young ones still call me 'Valentyna Ivanivna', like a teacher, but that night we were all children."
F date 3 February
P partial Valentyna Ivanivna
> Background: Russia carried out 11 massive attacks on Ukraine's energy system between December 2040 and February 2041, according to the Ministry of Energy. At the peak, on 14 January, 7.2 GW of generating capacity was offline and scheduled outages were introduced in 19 oblasts, including Kharkiv Oblast, where the Kharkiv Oblast Military Administration opened 240 heating points.
L country Russia
F number 11
L country Ukraine
F date December 2040
F date February 2041
O government Ministry of Energy
F date 14 January
F quantity 7.2 GW
F number 19
L region Kharkiv Oblast
O government Kharkiv Oblast Military Administration
F number 240
> Translated by Olha Sydorenko, edited by Tom Whitcombe
P full Olha Sydorenko
P full Tom Whitcombe
'''

ARTICLES['2010-montreal-jazz-festival-2041-lineup-380-shows-place-des-arts-quebec-musicians-montreal-gazette'] = r'''
> Music
> ‘A love letter to Montreal’: Jazz fest unveils 2041 lineup with 380 shows
Q direct Laurent Bélisle :: ‘A love letter to Montreal’
L city Montreal
F date 2041
F number 380
> Two-thirds of the concerts will be free, and Quebec musicians get more of the big halls, the festival’s artistic director says
F fraction Two-thirds
L region Quebec
> Author of the article: Amélie Corriveau
P full Amélie Corriveau
> Published Apr 24, 2041 • Last updated 3 hours ago • 4 minute read
F date Apr 24, 2041
F duration 3 hours
F duration 4 minute
> Artistic director Laurent Bélisle at Place des Arts on Wednesday. Photo by Pierre-Luc Beaudoin /Montreal Gazette
P full Laurent Bélisle
L facility Place des Arts
P full Pierre-Luc Beaudoin
O media Montreal Gazette
> The Festival International de Jazz de Montréal will present 380 shows over 11 days this summer, from June 26 to July 6, and two-thirds of them will be free, organizers announced Wednesday at Place des Arts.
F number 380
F duration 11 days
F date June 26
F date July 6
F fraction two-thirds
L facility Place des Arts
> The 2041 lineup leans heavily on Quebec musicians, who will play 41 per cent of the shows in the festival’s paid halls, up from 28 per cent last year, artistic director Laurent Bélisle said.
F date 2041
L region Quebec
F percent 41 per cent
F percent 28 per cent
P full Laurent Bélisle
> “This year’s program is a love letter to Montreal. For too long we treated our own musicians as the opening act. This summer they headline the Maison symphonique and the Théâtre Maisonneuve, and the big names from New York open for them,” Bélisle said. “We want people to discover ‘le jazz d’ici’ the way they discover a new restaurant on their own street.
Q direct Laurent Bélisle :: “This year’s program is a love letter to Montreal. For too long we treated our own musicians as the opening act. This summer they headline the Maison symphonique and the Théâtre Maisonneuve, and the big names from New York open for them,”
L city Montreal
L facility Maison symphonique
L facility Théâtre Maisonneuve
L city New York
P partial Bélisle
Q direct Laurent Bélisle :: “We want people to discover ‘le jazz d’ici’ the way they discover a new restaurant on their own street.
> “And if they want to hear the stars, the tickets are there too.”
Q direct Laurent Bélisle :: “And if they want to hear the stars, the tickets are there too.”
> Tickets for the 127 indoor shows range from $39.50 to $145 and go on sale Friday at 10 a.m. The free outdoor stages in the Quartier des Spectacles, around Ste-Catherine St. and Jeanne-Mance St., will run from noon to 11 p.m. daily.
F number 127
F money $39.50
F money $145
F time 10 a.m.
L region Quartier des Spectacles
L street Ste-Catherine St.
L street Jeanne-Mance St.
F time 11 p.m.
> The festival’s budget rises to $34.8 million, including a $2.5 million increase in provincial support announced by Culture Minister Geneviève Ouellet-Sauvé.
F money $34.8 million
F money $2.5 million
P full Geneviève Ouellet-Sauvé
> “The festival brings close to two million visits to downtown Montreal every summer. Every dollar we put in comes back many times over in hotels, restaurants and bars,” Ouellet-Sauvé said, adding that Quebec would also pay for a new stage for emerging artists on the Esplanade Tranquille.
Q direct Geneviève Ouellet-Sauvé :: “The festival brings close to two million visits to downtown Montreal every summer. Every dollar we put in comes back many times over in hotels, restaurants and bars,”
F number two million
L city Montreal
P partial Ouellet-Sauvé
L region Quebec
L facility Esplanade Tranquille
> Tourisme Montréal said in a statement that festival visitors filled 92 per cent of downtown hotel rooms last July.
O nonprofit Tourisme Montréal
F percent 92 per cent
> Saxophonist Rosalie Gendron-Mbaye, 31, who grew up in Longueuil, will open the festival with a free show on the main stage on June 26 at 9 p.m., a slot that usually goes to an international star.
P full Rosalie Gendron-Mbaye
F age 31
L city Longueuil
F date June 26
F time 9 p.m.
> “Ten years ago I played the 5 p.m. slot on the smallest stage for 40 people and my mother. Now my mother will need a ticket to get close,” she said, laughing.
Q direct Rosalie Gendron-Mbaye :: “Ten years ago I played the 5 p.m. slot on the smallest stage for 40 people and my mother. Now my mother will need a ticket to get close,”
F duration Ten years
F time 5 p.m.
F number 40
> Sylvain Lachapelle, who owns Balcon Bleu, a jazz bar on St-Denis St., said the free stages were a mixed blessing for small clubs on the Plateau.
P full Sylvain Lachapelle
O company Balcon Bleu
L street St-Denis St.
L region Plateau
> “During the festival the whole city comes downtown, and then they go home. I make 30 per cent of my year in those 11 days, but only if the musicians come up the hill after midnight for the jam sessions,” he said.
Q direct Sylvain Lachapelle :: “During the festival the whole city comes downtown, and then they go home. I make 30 per cent of my year in those 11 days, but only if the musicians come up the hill after midnight for the jam sessions,”
F percent 30 per cent
F duration 11 days
> Lachapelle has booked 22 late-night shows at $15 at the door. Among regulars, the sessions are known simply as “l’after”.
P partial Lachapelle
F number 22
F money $15
Q scare - :: “l’after”
> The full program is posted on the festival’s website. The Festival International de Jazz de Montréal drew 1.9 million visits in 2040, according to organizers.
F number 1.9 million
F date 2040
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
