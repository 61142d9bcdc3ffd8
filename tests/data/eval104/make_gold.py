#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval104 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval104/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['667-likongo-lng-compensation-still-unpaid-lindi-tpdc-mto-mkavu-guardian-tanzania'] = r'''
> Business
> Likong’o families still waiting for LNG compensation, 12 years after valuation
L city Likong’o
F duration 12 years
> By Halima Mnyampanda, Lindi
P full Halima Mnyampanda
L city Lindi
> Published at 08:05 AM Nov 10 2038
F time 08:05 AM
F date Nov 10 2038
> Residents of Likong’o village in Lindi Municipality follow a meeting on compensation for the LNG plant site on Tuesday. PHOTO: HALIMA MNYAMPANDA
L city Likong’o
L region Lindi Municipality
P full HALIMA MNYAMPANDA
> MORE than 300 families at Likong’o and Mto Mkavu villages in Lindi Municipality are still waiting for the final compensation payments for land taken for the liquefied natural gas (LNG) plant, 12 years after their farms and homes were first valued.
F number 300
L city Likong’o
L city Mto Mkavu
L region Lindi Municipality
F duration 12 years
> The Tanzania Petroleum Development Corporation (TPDC), which holds the 2,071-hectare site on behalf of the government, said on Tuesday that Sh47.3 billion had been paid to 1,842 of the 2,164 people listed in the 2026 valuation, about 85 percent of the total.
O company Tanzania Petroleum Development Corporation
O company TPDC
F quantity 2,071-hectare
F money Sh47.3 billion
F number 1,842
F number 2,164
F date 2026
F percent 85 percent
> The remaining 322 claimants, it said, would be paid a combined Sh9.8bn “before the end of the 2038/39 financial year”, once the Ministry of Lands, Housing and Human Settlements Development had approved the revised figures.
F number 322
F money Sh9.8bn
Q direct Tanzania Petroleum Development Corporation :: “before the end of the 2038/39 financial year”
F date 2038/39
O government Ministry of Lands, Housing and Human Settlements Development
> But at the meeting at Likong’o, which was attended by the Lindi Regional Commissioner, Ms Zuhura Athumani Chikoko, several residents said they had been given the same promise every year since 2030.
L city Likong’o
L region Lindi
P full Zuhura Athumani Chikoko
F date 2030
> “We were told not to plant, not to build and not to sell. So for twelve years we have been sitting on land that is no longer ours, waiting for money that does not come,” said Mzee Selemani Bakari Ng’ombo, 68, the chairman of the Likong’o village council.
Q direct Selemani Bakari Ng’ombo :: “We were told not to plant, not to build and not to sell. So for twelve years we have been sitting on land that is no longer ours, waiting for money that does not come,”
F duration twelve years
P full Selemani Bakari Ng’ombo
F age 68
L city Likong’o
> He said at least 40 of the original claimants had died while waiting, leaving their children to quarrel over “a letter from TPDC and nothing else”.
F number 40
Q direct Selemani Bakari Ng’ombo :: “a letter from TPDC and nothing else”
O company TPDC
> Bi Mwanahawa Kassim Nalinga, a widow who grows cashew and sesame on two acres at Mto Mkavu, said her late husband’s land, house and 146 cashew trees were valued at Sh18.6 million in 2026.
P full Mwanahawa Kassim Nalinga
F quantity two acres
L city Mto Mkavu
F number 146
F money Sh18.6 million
F date 2026
> “Alikufa akisubiri. Sasa mimi ndiye ninayesubiri,” she said. (He died waiting. Now I am the one who waits.)
Q direct Mwanahawa Kassim Nalinga :: “Alikufa akisubiri. Sasa mimi ndiye ninayesubiri,”
> Ms Nalinga said she had received Sh6.2 million in 2033 but was later told that the balance would be recalculated because of a dispute with a neighbouring family over the boundary of the plot.
P partial Nalinga
F money Sh6.2 million
F date 2033
> 'Verification is complete'
Q direct Emmanuel Paulo Sanga :: 'Verification is complete'
> In a statement read at the meeting by its project coordinator, Mr Emmanuel Paulo Sanga, TPDC said the delays had been caused by “double claims, deceased claimants without letters of administration and disputes within families”.
P full Emmanuel Paulo Sanga
O company TPDC
Q direct Tanzania Petroleum Development Corporation :: “double claims, deceased claimants without letters of administration and disputes within families”
> “The verification is complete. We understand the frustration of the people of Likong’o, and every shilling that is due to them will be paid, with the interest required by the law,” Mr Sanga told the meeting.
Q direct Emmanuel Paulo Sanga :: “The verification is complete. We understand the frustration of the people of Likong’o, and every shilling that is due to them will be paid, with the interest required by the law,”
L city Likong’o
P partial Sanga
> He said claimants would be paid through their bank accounts or through M-Pesa, and that the corporation had opened a desk at the Lindi Municipal Council offices to help families obtain letters of administration.
O government Lindi Municipal Council
> The regional commissioner gave TPDC and the municipal council 60 days to put up the names of the remaining claimants at the village offices, and directed district officials to settle the boundary disputes “here in the village, not in Dodoma”.
O company TPDC
F duration 60 days
Q direct Zuhura Athumani Chikoko :: “here in the village, not in Dodoma”
L city Dodoma
> Gas from the south
> The LNG project, which TPDC is developing with international partners at an estimated cost of US$42 billion, would process gas from Block 2 and two neighbouring deep-water blocks off the coast of Lindi and Mtwara and export up to 10 million tonnes a year.
O company TPDC
F money US$42 billion
L facility Block 2
F number two
L region Lindi
L region Mtwara
F quantity 10 million tonnes
> The Host Government Agreement was signed in 2034, and the Ministry of Energy has said a final investment decision is expected in the first half of 2039.
F date 2034
O government Ministry of Energy
F date 2039
> Tanzania’s south already supplies gas to the national grid. Gas from Mnazi Bay is processed at the Madimba plant in Mtwara Region and sent through a 542-kilometre pipeline to Kinyerezi in Dar es Salaam, where the Tanzania Electric Supply Company (TANESCO) uses it to generate more than half of the country’s electricity.
L country Tanzania
L geo Mnazi Bay
L facility Madimba
L region Mtwara Region
F quantity 542-kilometre
L city Kinyerezi
L city Dar es Salaam
O company Tanzania Electric Supply Company
O company TANESCO
F fraction half
> An official at the Ministry of Energy in Dodoma, who asked not to be named because he is not authorised to speak to the media, said the government had “no intention of abandoning the people of Lindi”.
O government Ministry of Energy
L city Dodoma
Q direct - :: “no intention of abandoning the people of Lindi”
L region Lindi
> “The project is on course. What remains for the last group is money from the Treasury, and that money is in the budget,” the official said.
Q direct - :: “The project is on course. What remains for the last group is money from the Treasury, and that money is in the budget,”
O government Treasury
> The municipal director, Mr Abdallah Omari Mkumbukwa, said 76 of the outstanding claims involved claimants who had died and 41 involved boundary disputes, most of them at Mto Mkavu, where the families who left the plant site have been resettled on 120 hectares.
P full Abdallah Omari Mkumbukwa
F number 76
F number 41
L city Mto Mkavu
F quantity 120 hectares
> “They promised us a new village with water and electricity. We have the electricity poles, but we are still drawing water from a well,” said Ms Rehema Saidi Mpwapwa, 39, a teacher at Likong’o Primary School.
Q direct Rehema Saidi Mpwapwa :: “They promised us a new village with water and electricity. We have the electricity poles, but we are still drawing water from a well,”
P full Rehema Saidi Mpwapwa
F age 39
O education Likong’o Primary School
> Efforts by The Guardian to reach TPDC’s managing director for comment were unsuccessful yesterday.
O media The Guardian
O company TPDC
'''

ARTICLES['668-lavezzi-islands-visitor-cap-2000-a-day-bonifacio-boatmen-protest-oec-the-connexion'] = r'''
> Travel
> Lavezzi islands to cap visitors at 2,000 a day as Bonifacio boatmen protest
L geo Lavezzi
F number 2,000
L city Bonifacio
> Landing on the uninhabited archipelago off southern Corsica will require an online booking and a €5 fee from 1 June, the nature reserve's managers have confirmed
L region Corsica
F money €5
F date 1 June
> By Hannah Thorogood
P full Hannah Thorogood
> Published: 12 March 2038 at 17:40
F date 12 March 2038
F time 17:40
> Boats moored off Cala Lazarina, on the main Lavezzi island, last August. Photo: Lucas Vial-Moretti / Shutterstock
L geo Cala Lazarina
L geo Lavezzi
P full Lucas Vial-Moretti
O media Shutterstock
> Visitors to the Lavezzi islands, the granite archipelago between Corsica and Sardinia that draws up to 6,000 people a day in August, will have to book a time slot online and pay a €5 landing fee from this summer.
L geo Lavezzi
L region Corsica
L region Sardinia
F number 6,000
F money €5
> The Office de l'Environnement de la Corse (OEC), which manages the Bouches de Bonifacio Nature Reserve for the state, said the limit of 2,000 people a day would apply from 1 June to 30 September, between 9:00 and 18:00.
O government Office de l'Environnement de la Corse
O government OEC
L geo Bouches de Bonifacio Nature Reserve
F number 2,000
F date 1 June
F date 30 September
F time 9:00
F time 18:00
> Landings will only be allowed on the largest island, Lavezzu, at two points, Cala Lazarina and Cala di u Grecu. The smaller islets will be closed to the public.
L geo Lavezzu
F number two
L geo Cala Lazarina
L geo Cala di u Grecu
> Children under 12 and people who live in Corsica will not pay the fee but will still need to book.
F age 12
L region Corsica
> "The islands cannot take 6,000 people on a single afternoon. We have counted 14 species of protected plants trampled beside the paths, and the posidonia meadows in the coves are being torn up by anchors," said the reserve's curator, Jean-Toussaint Orsatelli.
Q direct Jean-Toussaint Orsatelli :: "The islands cannot take 6,000 people on a single afternoon. We have counted 14 species of protected plants trampled beside the paths, and the posidonia meadows in the coves are being torn up by anchors,"
F number 6,000
F number 14
P full Jean-Toussaint Orsatelli
> The OEC says the number of visitors landing on Lavezzu rose by 38% between 2030 and 2037, to 312,000 over the season, and that 71 boats now hold permits to carry passengers to the islands.
O government OEC
L geo Lavezzu
F percent 38%
F date 2030
F date 2037
F number 312,000
F number 71
> Protest at the port
> About 40 boat operators blocked the quay at Bonifacio marina for two hours on Wednesday morning, delaying the 10:30 ferry to Santa Teresa Gallura in Sardinia.
F number 40
L city Bonifacio
F duration two hours
F time 10:30
L city Santa Teresa Gallura
L region Sardinia
> Their union, the Syndicat des Bateliers de Bonifacio, says the cap will cost its members "between 30 and 40 per cent" of their summer takings.
O nonprofit Syndicat des Bateliers de Bonifacio
Q direct Syndicat des Bateliers de Bonifacio :: "between 30 and 40 per cent"
F percent 30
F percent 40 per cent
> "Nobody asked us. Our families have been taking people to the Lavezzi since our grandfathers' time, and now a computer in Ajaccio will decide who can land," said its president, Marie-Ange Culioli, who runs two boats from the marina.
Q direct Marie-Ange Culioli :: "Nobody asked us. Our families have been taking people to the Lavezzi since our grandfathers' time, and now a computer in Ajaccio will decide who can land,"
L geo Lavezzi
L city Ajaccio
P full Marie-Ange Culioli
F number two
> She said the boatmen were not against a limit but wanted a quota for each company, so that "the big catamarans from Porto-Vecchio don't take every place at 9 o'clock in the morning".
Q direct Marie-Ange Culioli :: "the big catamarans from Porto-Vecchio don't take every place at 9 o'clock in the morning"
L city Porto-Vecchio
F time 9 o'clock
> Mr Orsatelli said operators would receive slots "in proportion to their permits" and that 20% of the daily places would be kept for visitors arriving by private boat or kayak.
P partial Orsatelli
Q direct Jean-Toussaint Orsatelli :: "in proportion to their permits"
F percent 20%
> A model from Sardinia
L region Sardinia
> The system is modelled on La Pelosa beach at Stintino, in north-west Sardinia, where visitors have booked in advance and paid a €3.50 fee since 2020, and on Budelli in the La Maddalena archipelago, whose Spiaggia Rosa has been closed to visitors since 1994.
L geo La Pelosa
L city Stintino
L region Sardinia
F money €3.50
F date 2020
L geo Budelli
L geo La Maddalena
L geo Spiaggia Rosa
F date 1994
> The two archipelagos face each other across the Strait of Bonifacio, which is about 11km wide at its narrowest point.
F number two
L geo Strait of Bonifacio
F quantity 11km
> Corsica's tourism agency, the Agence du Tourisme de la Corse (ATC), estimates that the island received 3.4 million visitors in 2037, a third of them in July and August.
L region Corsica
O government Agence du Tourisme de la Corse
O government ATC
F number 3.4 million
F date 2037
F fraction a third
> The fee is expected to raise about €900,000 a season, which the OEC says will pay for eight seasonal wardens, new mooring buoys and a floating pontoon at Cala Lazarina.
F money €900,000
O government OEC
F number eight
L geo Cala Lazarina
> Bookings will open on 3 May on the OEC's website and at the Bonifacio tourist office.
F date 3 May
O government OEC
L city Bonifacio
> The mayor of Bonifacio, Ange-Mathieu Lantieri, said the town council would ask the Collectivité de Corse to put the cap back by a year "to give everybody time to adapt", a request the OEC's president, Lisandru Paoli, has already turned down.
L city Bonifacio
P full Ange-Mathieu Lantieri
O government Collectivité de Corse
Q direct Ange-Mathieu Lantieri :: "to give everybody time to adapt"
O government OEC
P full Lisandru Paoli
> "Every summer we wait, the reserve loses a little more. The decision has been taken," Mr Paoli told Corse-Matin on Thursday.
Q direct Lisandru Paoli :: "Every summer we wait, the reserve loses a little more. The decision has been taken,"
P partial Paoli
O media Corse-Matin
> Read more: Why is the Restonica valley closed to cars in summer?
> Read more: Corsica ferry fares to rise by 12% this summer
'''

ARTICLES['669-sandy-lane-gold-cup-caroni-blaze-trinidad-garrison-savannah-ramkissoon-results-nation-barbados'] = r'''
> SPORT
> ‘He loves the Garrison’
Q direct Ricardo Sookram-Lewis :: ‘He loves the Garrison’
L facility Garrison
> Trinidad raider Caroni Blaze runs down Bathsheba Bay to win Gold Cup
L region Trinidad
> by KEMAR SPRINGER
P full KEMAR SPRINGER
> Added 07 March 2038
F date 07 March 2038
> Jockey Ricardo Sookram-Lewis salutes the stands after winning the Sandy Lane Gold Cup on Caroni Blaze at the Garrison Savannah yesterday. (Picture by Nigel Cumberbatch-Holder.)
P full Ricardo Sookram-Lewis
L facility Garrison Savannah
P full Nigel Cumberbatch-Holder
> CARONI BLAZE ended a run of three local wins in the Sandy Lane Gold Cup yesterday, sweeping down the outside in the final furlong to give Trinidad and Tobago its first victory in the island’s biggest race since 2031.
F number three
L country Trinidad and Tobago
F date 2031
> Ridden by Ricardo Sookram-Lewis for trainer Dindial “Boysie” Ramkissoon, the five-year-old gelding stopped the clock at 1:51.06 for the 1,800 metres and beat the Barbados-trained favourite Bathsheba Bay by one and a quarter lengths, with Mister Warrens a neck further back in third.
P full Ricardo Sookram-Lewis
P full Dindial “Boysie” Ramkissoon
Q scare - :: “Boysie”
F duration five-year-old
F duration 1:51.06
F quantity 1,800 metres
L country Barbados
F quantity one and a quarter lengths
> A crowd estimated at 14,000 filled the stands and the infield, and the Barbados Turf Club (BTC) reported a record tote turnover of $2.46 million on the 10-race card.
F number 14,000
O nonprofit Barbados Turf Club
O nonprofit BTC
F money $2.46 million
F number 10
> Sookram-Lewis, 26, who was riding in Barbados for the first time, had Caroni Blaze ninth of the 14 runners as the field swung into the back straight and was still only sixth turning for home.
P partial Sookram-Lewis
F age 26
L country Barbados
F number 14
> “He loves the Garrison. A lot of horses don’t handle the turn, but he just kept rolling,” the jockey said. “When I pulled him out at the 200 I knew we had them.”
Q direct Ricardo Sookram-Lewis :: “He loves the Garrison. A lot of horses don’t handle the turn, but he just kept rolling,”
L facility Garrison
Q direct Ricardo Sookram-Lewis :: “When I pulled him out at the 200 I knew we had them.”
F quantity 200
> Ramkissoon, 63, who trains at Santa Rosa Park in Arima, flew the gelding in with two other horses on a cargo flight on Tuesday.
P partial Ramkissoon
F age 63
L facility Santa Rosa Park
L city Arima
F number two
> “People in Trinidad told me I was wasting money shipping a horse for one race. Well, the money is in my pocket now,” he said, laughing.
Q direct Dindial “Boysie” Ramkissoon :: “People in Trinidad told me I was wasting money shipping a horse for one race. Well, the money is in my pocket now,”
L region Trinidad
F number one
> “Bathsheba Bay is a very good horse, and I have a lot of respect for Bajan racing. But this fella was ready. We knew that if he got a clear run, nobody would catch him.
Q direct Dindial “Boysie” Ramkissoon :: “Bathsheba Bay is a very good horse, and I have a lot of respect for Bajan racing. But this fella was ready. We knew that if he got a clear run, nobody would catch him.
> “He is going home to Trinidad for the Derby Trial, and then we will see about Jamaica.”
Q direct Dindial “Boysie” Ramkissoon :: “He is going home to Trinidad for the Derby Trial, and then we will see about Jamaica.”
L region Trinidad
L country Jamaica
> Bathsheba Bay’s trainer, Cheryl-Ann Haynes-Best, whose horses had won the last three Gold Cups, said the favourite had been “a little flat” after a slow early pace.
P full Cheryl-Ann Haynes-Best
F number three
Q direct Cheryl-Ann Haynes-Best :: “a little flat”
> “No excuses. The best horse won on the day,” she said.
Q direct Cheryl-Ann Haynes-Best :: “No excuses. The best horse won on the day,”
> The Martinique-trained Madinina Star, the only French runner, finished fifth after being squeezed at the start. The stewards held an inquiry into interference at the 400-metre mark but allowed the result to stand.
L region Martinique
F quantity 400-metre
> BTC chief executive Andrea Worrell-Gibbs said the winner’s share of the $300,000 (US$150,000) purse was $180,000.
O nonprofit BTC
P full Andrea Worrell-Gibbs
F money $300,000
F money US$150,000
F money $180,000
> The Gold Cup, first run in 1982, is the Caribbean’s richest race over 1,800 metres and traditionally draws runners from Trinidad, Jamaica and Martinique.
F date 1982
L region Caribbean
F quantity 1,800 metres
L region Trinidad
L country Jamaica
L region Martinique
> RESULTS
> Race 1 – Carlisle Bay Sprint (1,100m): 1. Sugar Apple (R Sookram-Lewis); 2. Fire Ruby (S Gittens); 3. Coral Dancer (J Payne). Won by 2 lengths, neck. Time: 1:06.42. Win: $6.80.
F quantity 1,100m
P full R Sookram-Lewis
P full S Gittens
P full J Payne
F quantity 2 lengths
F duration 1:06.42
F money $6.80
> Race 4 – Pelican Plate (1,400m): 1. Royal Pelican (K Sealy); 2. Flying Fish Ahoy (D Holder); 3. Kadooment Queen (T Jordan). Won by 1/2 length, 3 lengths. Time: 1:27.19. Win: $4.20.
F quantity 1,400m
P full K Sealy
P full D Holder
P full T Jordan
F quantity 1/2 length
F quantity 3 lengths
F duration 1:27.19
F money $4.20
> Race 8 – Sandy Lane Gold Cup (1,800m): 1. Caroni Blaze (T&T) (R Sookram-Lewis); 2. Bathsheba Bay (K Sealy); 3. Mister Warrens (D Holder); 4. Silver Sandpiper (J Payne); 5. Madinina Star (FR) (A Morvan). Won by 1 1/4 lengths, neck. Time: 1:51.06. Win: $14.60. Trainer: D Ramkissoon.
F quantity 1,800m
L country T&T
P full R Sookram-Lewis
P full K Sealy
P full D Holder
P full J Payne
L country FR
P full A Morvan
F quantity 1 1/4 lengths
F duration 1:51.06
F money $14.60
P full D Ramkissoon
> Race 10 – Speightstown Handicap (1,570m): 1. Gentle Giant (T Jordan); 2. Warrens Gold (S Gittens); 3. Sea Egg (K Sealy). Won by short head, 1 length. Time: 1:38.75. Win: $22.40.
F quantity 1,570m
P full T Jordan
P full S Gittens
P full K Sealy
F quantity 1 length
F duration 1:38.75
F money $22.40
'''

ARTICLES['670-fiji-election-provisional-results-peoples-alliance-leads-nfp-second-dhondt-seats-fbc-news'] = r'''
> News
> PA leads, NFP second as provisional count passes 90 percent
O party PA
O party NFP
F percent 90 percent
> Akosita Raiwalui
P full Akosita Raiwalui
> April 12, 2038 7:42 pm
F date April 12, 2038
F time 7:42 pm
> Fijian Elections Office staff at the National Results Centre in Suva. [Photo: FILE]
O government Fijian Elections Office
L facility National Results Centre
L city Suva
> The People's Alliance is on course to remain the largest party in Parliament, with provisional results from 1,891 of the 2,046 polling stations giving it 37.8 percent of the vote.
O party People's Alliance
O government Parliament
F number 1,891
F number 2,046
F percent 37.8 percent
> The National Federation Party is second on 21.4 percent, ahead of the Social Democratic Liberal Party (SODELPA) on 14.9 percent and the Vanua Progressive Movement, which is contesting its first election, on 9.6 percent.
O party National Federation Party
F percent 21.4 percent
O party Social Democratic Liberal Party
O party SODELPA
F percent 14.9 percent
O party Vanua Progressive Movement
F percent 9.6 percent
> Unity Fiji is on 5.3 percent, just above the 5 percent threshold a party needs to win seats in the 55-member Parliament, while the Fiji Labour Party, on 4.1 percent, is set to miss out for a fourth straight election.
O party Unity Fiji
F percent 5.3 percent
F percent 5 percent
F number 55
O government Parliament
O party Fiji Labour Party
F percent 4.1 percent
> Provisional results (1,891 of 2,046 polling stations):
F number 1,891
F number 2,046
> People's Alliance – 201,338 (37.8%)
O party People's Alliance
F number 201,338
F percent 37.8%
> National Federation Party – 113,985 (21.4%)
O party National Federation Party
F number 113,985
F percent 21.4%
> SODELPA – 79,363 (14.9%)
O party SODELPA
F number 79,363
F percent 14.9%
> Vanua Progressive Movement – 51,133 (9.6%)
O party Vanua Progressive Movement
F number 51,133
F percent 9.6%
> Unity Fiji – 28,230 (5.3%)
O party Unity Fiji
F number 28,230
F percent 5.3%
> Fiji Labour Party – 21,838 (4.1%)
O party Fiji Labour Party
F number 21,838
F percent 4.1%
> Others (7 parties, 4 independents) – 36,752 (6.9%)
F number 7
F number 4
F number 36,752
F percent 6.9%
> Supervisor of Elections Viliame Naulumatua told FBC News the remaining 155 stations were mostly in the maritime provinces of Lau, Lomaiviti and Kadavu and on Rotuma, where results are sent by satellite phone and confirmed when the ballot boxes reach Suva by boat.
P full Viliame Naulumatua
O media FBC News
F number 155
L region Lau
L region Lomaiviti
L region Kadavu
L geo Rotuma
L city Suva
> "We expect the final count by Wednesday. There is nothing unusual in these numbers, and every result can be checked on the FEO website against the results sheet signed at the polling station," he said.
Q direct Viliame Naulumatua :: "We expect the final count by Wednesday. There is nothing unusual in these numbers, and every result can be checked on the FEO website against the results sheet signed at the polling station,"
O government FEO
> Turnout at the stations counted so far is 71.3 percent, down from 74.6 percent at the 2034 election.
F percent 71.3 percent
F percent 74.6 percent
F date 2034
> Under the d'Hondt formula used to share out the seats, the provisional figures would give the PA 24 seats, the NFP 13, SODELPA nine, the VPM six and Unity Fiji three, leaving the PA four short of the 28 it needs to govern alone.
O party PA
F number 24
O party NFP
F number 13
O party SODELPA
F number nine
O party VPM
F number six
O party Unity Fiji
F number three
O party PA
F number four
F number 28
> PA leader Ratu Inoke Seruvatu, who topped the candidate list with 61,207 votes as candidate 318, thanked supporters at the party's headquarters in Suva.
O party PA
P full Inoke Seruvatu
F number 61,207
L city Suva
> "Vinaka vakalevu to every Fijian who went out to vote. The people have asked us to continue, and we will talk to any party that shares our vision for a stable and united Fiji," he said.
Q direct Inoke Seruvatu :: "Vinaka vakalevu to every Fijian who went out to vote. The people have asked us to continue, and we will talk to any party that shares our vision for a stable and united Fiji,"
L country Fiji
> Asked whether he would approach SODELPA, Ratu Seruvatu said only that "the door is open".
O party SODELPA
P partial Seruvatu
Q direct Inoke Seruvatu :: "the door is open"
> NFP leader Dr Kamlesh Prakash Nand said his party had achieved its best result in three decades.
O party NFP
P full Kamlesh Prakash Nand
F duration three decades
> "We are the real opposition now, and we will hold whoever forms the government to account," Dr Nand told supporters in Lautoka.
Q direct Kamlesh Prakash Nand :: "We are the real opposition now, and we will hold whoever forms the government to account,"
P partial Nand
L city Lautoka
> The VPM, founded in 2036 by landowners from Naitasiri and Namosi who campaigned against new mining leases, won most of its votes in the interior of Viti Levu.
O party VPM
F date 2036
L region Naitasiri
L region Namosi
L geo Viti Levu
> Its leader, Adi Mereoni Tavaiqia, called the result "a message from the vanua that nobody in Suva can ignore".
P full Mereoni Tavaiqia
Q direct Mereoni Tavaiqia :: "a message from the vanua that nobody in Suva can ignore"
L city Suva
> The Multinational Observer Group (MOG), co-led by Australia, New Zealand and Indonesia, said in a preliminary statement that voting had been "peaceful, transparent and well organised", although it noted long queues at some polling stations in Nasinu and Nausori.
O intergovernmental Multinational Observer Group
O intergovernmental MOG
L country Australia
L country New Zealand
L country Indonesia
Q direct Multinational Observer Group :: "peaceful, transparent and well organised"
L city Nasinu
L city Nausori
> One voter in Nausori, who did not want to be named, said she had queued for more than two hours.
F number One
L city Nausori
F duration two hours
> "I came at 7.30am and only voted after 10am. But it was worth it, we need the country to move forward," she said.
Q direct - :: "I came at 7.30am and only voted after 10am. But it was worth it, we need the country to move forward,"
F time 7.30am
F time 10am
> The Electoral Commission is expected to declare the final results on Thursday.
O government Electoral Commission
'''

ARTICLES['671-delcambre-shrimp-season-opens-85-cents-a-pound-imports-vermilion-parish-daily-advertiser'] = r'''
> Shrimp season opens with 85-cent prices at Delcambre docks, and some boats stay tied up
F money 85-cent
L city Delcambre
> Josette Arceneaux
P full Josette Arceneaux
> Lafayette Daily Advertiser
O media Lafayette Daily Advertiser
> Published 5:02 a.m. CT May 12, 2038 | Updated 11:18 a.m. CT May 12, 2038
F time 5:02 a.m. CT
F date May 12, 2038
F time 11:18 a.m. CT
F date May 12, 2038
> Shrimper Thanh Vo unloads brown shrimp at a dock on Bayou Carlin in Delcambre on Tuesday, May 11, 2038. Josette Arceneaux/The Daily Advertiser
P full Thanh Vo
L geo Bayou Carlin
L city Delcambre
F date May 11, 2038
P full Josette Arceneaux
O media The Daily Advertiser
> DELCAMBRE — The spring inshore shrimp season opened at 6 a.m. Monday across most of south Louisiana, but at the docks along Bayou Carlin the first brown shrimp of the year sold for as little as 85 cents a pound.
L city DELCAMBRE
F time 6 a.m.
L region Louisiana
L geo Bayou Carlin
F money 85 cents
> "That's what they paid my daddy in 1985," said Rhett Dupuis, 47, whose family has run a dock and ice house on the bayou since 1962. "Diesel is $4.29 a gallon. You do the math."
Q direct Rhett Dupuis :: "That's what they paid my daddy in 1985,"
F date 1985
P full Rhett Dupuis
F age 47
F date 1962
Q direct Rhett Dupuis :: "Diesel is $4.29 a gallon. You do the math."
F money $4.29
> Dupuis said he was paying $1.05 a pound for 41-50 count shrimp, the most common size early in the season, and 85 cents for the smaller 61-70 count. Last May the same sizes fetched $1.60 and $1.25.
P partial Dupuis
F money $1.05
F number 41-50
F money 85 cents
F number 61-70
F money $1.60
F money $1.25
> Of the 23 boats that tie up at his dock, nine went out Monday.
F number 23
F number nine
> The Louisiana Department of Wildlife and Fisheries opened the season in most of the state's inshore waters after sampling showed the young brown shrimp had grown to an average of 100 to the pound. Waters east of the Mississippi River opened a week earlier.
O government Louisiana Department of Wildlife and Fisheries
F number 100
L geo Mississippi River
> Shrimper Thanh Vo, 54, of Abbeville, said he caught about 1,400 pounds in two nights in East Cote Blanche Bay, barely enough to cover fuel, ice and his two deckhands.
P full Thanh Vo
F age 54
L city Abbeville
F quantity 1,400 pounds
F duration two nights
L geo East Cote Blanche Bay
F number two
> "When I started, in 1999, a good week paid the bills for a month. Now a good week pays the boat note," said Vo, who came to Louisiana from Vietnam as a boy and fishes the 52-foot Miss Kim Lan with his son.
Q direct Thanh Vo :: "When I started, in 1999, a good week paid the bills for a month. Now a good week pays the boat note,"
F date 1999
P partial Vo
L region Louisiana
L country Vietnam
F quantity 52-foot
> Imports and a glut
> Shrimpers and dock owners blame cheap imports. The U.S. brought in about 1.9 billion pounds of shrimp in 2037, most of it farmed in India, Ecuador, Indonesia and Vietnam, according to NOAA Fisheries, while Louisiana's own landings fell 14% to 68 million pounds, the lowest since 2010.
L country U.S.
F quantity 1.9 billion pounds
F date 2037
L country India
L country Ecuador
L country Indonesia
L country Vietnam
O government NOAA Fisheries
L region Louisiana
F percent 14%
F quantity 68 million pounds
F date 2010
> Kimberly Nguyen-Landry, president of the Louisiana Shrimp Association, said processors in the region still had "millions of pounds" of last year's imported shrimp in their freezers.
P full Kimberly Nguyen-Landry
O nonprofit Louisiana Shrimp Association
Q direct Kimberly Nguyen-Landry :: "millions of pounds"
> "The processors are full, the restaurants are buying the cheap stuff, and our people are being told to wait," she said. "We've got a law that says restaurants have to tell you if the shrimp is imported, and nobody is enforcing it."
Q direct Kimberly Nguyen-Landry :: "The processors are full, the restaurants are buying the cheap stuff, and our people are being told to wait,"
Q direct Kimberly Nguyen-Landry :: "We've got a law that says restaurants have to tell you if the shrimp is imported, and nobody is enforcing it."
> The state Department of Health, which enforces the labeling law, said in a statement that its inspectors had issued 212 warnings and 37 fines since January 2037 and that it "takes every complaint seriously."
O government Department of Health
F number 212
F number 37
F date January 2037
Q direct Department of Health :: "takes every complaint seriously."
> Fewer boats
> At the Port of Delcambre, which is run by the Twin Parish Port Commission because the town straddles Iberia and Vermilion parishes, about 40 shrimp boats are still based year-round, down from more than 110 in 2008, said port director Ray Simoneaux Jr.
L facility Port of Delcambre
O government Twin Parish Port Commission
L region Iberia
L region Vermilion
F number 40
F number 110
F date 2008
P full Ray Simoneaux Jr.
> "We've got the ice, we've got the fuel, we've got the dock space. What we don't have is young people who want to do this," Simoneaux said.
Q direct Ray Simoneaux Jr. :: "We've got the ice, we've got the fuel, we've got the dock space. What we don't have is young people who want to do this,"
P partial Simoneaux
> Aline Broussard, an economist with the LSU AgCenter in Baton Rouge, said the dockside value of Louisiana's shrimp catch had fallen from $187 million in 2027 to $96 million last year.
P full Aline Broussard
O education LSU AgCenter
L city Baton Rouge
L region Louisiana
F money $187 million
F date 2027
F money $96 million
> A boat that burns 120 gallons of diesel a night, she said, has to land at least 600 pounds of 41-50 count shrimp at Monday's prices just to break even.
F quantity 120 gallons
F quantity 600 pounds
F number 41-50
> "At $1.05, a lot of these boats lose money every time they leave the dock," Broussard said.
Q direct Aline Broussard :: "At $1.05, a lot of these boats lose money every time they leave the dock,"
F money $1.05
P partial Broussard
> The spring season usually runs into late June or early July, depending on the size of the shrimp. The Delcambre Shrimp Festival, which draws about 20,000 people, is scheduled for Aug. 19-22.
F number 20,000
F date Aug. 19-22
> Dupuis said he would keep buying "as long as somebody will take it off my hands," but expected more boats to stay tied up.
P partial Dupuis
Q direct Rhett Dupuis :: "as long as somebody will take it off my hands,"
> "At these prices, the smart thing is to stay home," he said. "But a shrimper who stays home isn't a shrimper anymore."
Q direct Rhett Dupuis :: "At these prices, the smart thing is to stay home,"
Q direct Rhett Dupuis :: "But a shrimper who stays home isn't a shrimper anymore."
> Josette Arceneaux covers the coast and the seafood industry for The Daily Advertiser. Email her at jarceneaux@theadvertiser.com or call 337-289-6370.
P full Josette Arceneaux
O media The Daily Advertiser
'''

ARTICLES['672-lough-neagh-authority-motion-antrim-newtownabbey-council-toome-eel-catch-algae-news-letter'] = r'''
> News
> ‘The lough is dying in front of our eyes’: council backs call for Lough Neagh authority
Q direct Niamh Rafferty-Toner :: ‘The lough is dying in front of our eyes’
L geo Lough Neagh
> Councillors in Antrim and Newtownabbey have voted to ask Stormont to set up a statutory body to run Lough Neagh, after a third summer of blue-green algae left eel fishermen at Toome with their smallest catch on record
L region Antrim and Newtownabbey
O government Stormont
L geo Lough Neagh
L city Toome
> By Rachel Dunwoody
P full Rachel Dunwoody
> Published 5th Oct 2038, 17:25 BST
F date 5th Oct 2038
F time 17:25 BST
> Algae on the shore of Lough Neagh at Antrim Lough Shore Park in August. Picture: Pacemaker
L geo Lough Neagh
L facility Antrim Lough Shore Park
O media Pacemaker
> Antrim and Newtownabbey Borough Council passed the motion by 28 votes to eight on Monday night, with the DUP, Sinn Féin, the SDLP and Alliance voting in favour and the UUP and the TUV against.
O government Antrim and Newtownabbey Borough Council
F number 28
F number eight
O party DUP
O party Sinn Féin
O party SDLP
O party Alliance
O party UUP
O party TUV
> The motion calls on the Department of Agriculture, Environment and Rural Affairs (Daera) to bring forward legislation for a Lough Neagh management authority with powers over water quality, fishing and sand dredging on the lough bed, which is privately owned.
O government Department of Agriculture, Environment and Rural Affairs
O government Daera
L geo Lough Neagh
> Proposing it, Cllr Niamh Rafferty-Toner (SF) said people living around the shore had watched the water turn “green and stinking” for the third summer in a row.
P full Niamh Rafferty-Toner
O party SF
Q direct Niamh Rafferty-Toner :: “green and stinking”
> “The lough is dying in front of our eyes. Everybody agrees it is a crisis, and nobody is in charge. Forty per cent of our drinking water comes out of that lough, and there is still no single body that can be held to account,” she said.
Q direct Niamh Rafferty-Toner :: “The lough is dying in front of our eyes. Everybody agrees it is a crisis, and nobody is in charge. Forty per cent of our drinking water comes out of that lough, and there is still no single body that can be held to account,”
F percent Forty per cent
> Seconding the motion, Alderman Wilbert Lowry-Carson (DUP) said it was “not about politics” but about “the fishermen at Toome and the farmers at Randalstown, who are getting the blame for everything”.
P full Wilbert Lowry-Carson
O party DUP
Q direct Wilbert Lowry-Carson :: “not about politics”
Q direct Wilbert Lowry-Carson :: “the fishermen at Toome and the farmers at Randalstown, who are getting the blame for everything”
L city Toome
L city Randalstown
> Alliance’s Cllr Aaron Blaney-Kerr said the vote showed that “every party in this chamber can see what is happening to the lough”.
O party Alliance
P full Aaron Blaney-Kerr
Q direct Aaron Blaney-Kerr :: “every party in this chamber can see what is happening to the lough”
> But Cllr Trevor McMeekin (TUV) said the borough did not need “another quango” and that Daera already had the powers it needed, while the UUP’s Cllr Hazel Kennedy-Boyd said her party backed action on the lough but could not support “a blank cheque for a new body with no budget attached”.
P full Trevor McMeekin
O party TUV
Q direct Trevor McMeekin :: “another quango”
O government Daera
O party UUP
P full Hazel Kennedy-Boyd
Q direct Hazel Kennedy-Boyd :: “a blank cheque for a new body with no budget attached”
> Worst season
> The Lough Neagh Fishermen’s Co-operative Society, which holds the eel fishing rights on the lough, said its 91 licensed boats had landed 63 tonnes of eels in the season that ended on 30 September, against an average of 340 tonnes a year in the 2010s.
O company Lough Neagh Fishermen’s Co-operative Society
F number 91
F quantity 63 tonnes
F date 30 September
F quantity 340 tonnes
F date 2010s
> Its manager, Brendan Quinn-Devlin, said the eels had stopped feeding in the warm, algae-choked water, and that 20 of the boats had not gone out since July. The eels that were caught were sold through the co-operative’s depot at Toome, where the lough drains into the Lower Bann.
P full Brendan Quinn-Devlin
F number 20
L city Toome
L geo Lower Bann
> “There are men in Toome and Ardboe who have fished this lough for 50 years, and their fathers before them. This year some of them made less than £4,000 from the eels,” he said.
Q direct Brendan Quinn-Devlin :: “There are men in Toome and Ardboe who have fished this lough for 50 years, and their fathers before them. This year some of them made less than £4,000 from the eels,”
L city Toome
L city Ardboe
F duration 50 years
F money £4,000
> “We were told in 2023 that it would never happen again.
Q direct Brendan Quinn-Devlin :: “We were told in 2023 that it would never happen again.
F date 2023
> “Now it happens every summer, and the people in Belfast are still holding consultations.”
Q direct Brendan Quinn-Devlin :: “Now it happens every summer, and the people in Belfast are still holding consultations.”
L city Belfast
> The blooms, which first covered large parts of the lough in the summer of 2023, are fed by phosphorus from farm slurry, septic tanks and treated sewage carried into the lough by rivers such as the Six Mile Water, the Main and the Blackwater, and helped by warmer summers and the spread of the invasive zebra mussel.
F date 2023
L geo Six Mile Water
L geo Main
L geo Blackwater
> Lough Neagh, the largest freshwater lake in the UK and Ireland at 392 sq km, supplies around 40% of Northern Ireland’s drinking water through NI Water’s treatment works at Castor Bay and Dunore Point.
L geo Lough Neagh
L country UK
L geo Ireland
F quantity 392 sq km
F percent 40%
L region Northern Ireland
O company NI Water
L geo Castor Bay
L geo Dunore Point
> NI Water said the water it supplied was “safe and continues to meet all regulatory standards”, but that treating algae-laden water had added £2.1m to its costs this year.
O company NI Water
Q direct NI Water :: “safe and continues to meet all regulatory standards”
F money £2.1m
> A Daera spokesperson said the department was “working closely with all partners” under its action plan for the lough and would “consider the council’s proposals carefully”.
O government Daera
Q direct - :: “working closely with all partners”
Q direct - :: “consider the council’s proposals carefully”
> Mid Ulster District Council passed a similar motion in September, and the Lough Neagh Partnership, which represents councils, landowners and fishing interests around the shore, has asked for a meeting with the Agriculture Minister.
O government Mid Ulster District Council
O nonprofit Lough Neagh Partnership
> The minister is due to answer questions on the lough in the Assembly on 12 October.
O government Assembly
F date 12 October
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
