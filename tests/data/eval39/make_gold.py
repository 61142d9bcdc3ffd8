#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval39 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval39/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['277-pakistan-ecc-wheat-import-flour-prices'] = r'''
> Business
> ECC allows import of 1.5m tonnes of wheat as flour prices soar
O government ECC
F quantity 1.5m tonnes
> Punjab, Sindh told to release stocks to mills; first cargo due at Port Qasim by March 20
L region Punjab
L region Sindh
L facility Port Qasim
F date March 20
> Zafar Ali Bhatti
P full Zafar Ali Bhatti
> February 23, 2039
F date February 23, 2039
> Labourers unload sacks of wheat at a Pakistan Agricultural Storage and Services Corporation warehouse in Khanewal. PHOTO: APP
O government Pakistan Agricultural Storage and Services Corporation
L city Khanewal
O media APP
> ISLAMABAD: The Economic Coordination Committee (ECC) of the cabinet on Wednesday approved the import of 1.5 million tonnes of wheat through the Trading Corporation of Pakistan (TCP), the second such approval in three months, as the price of flour crossed Rs3,000 per 20kg bag in several cities.
L city ISLAMABAD
O government Economic Coordination Committee
O government ECC
F quantity 1.5 million tonnes
O government Trading Corporation of Pakistan
O government TCP
F duration three months
F money Rs3,000
F quantity 20kg
> The meeting, chaired by Finance Minister Mansoor Ahmed Lund, was told that public-sector wheat stocks had fallen to 2.3 million tonnes against a strategic reserve requirement of 3.5 million tonnes, enough to meet demand for about seven weeks.
P full Mansoor Ahmed Lund
F quantity 2.3 million tonnes
F quantity 3.5 million tonnes
F duration seven weeks
> According to the summary, moved by the Ministry of National Food Security and Research, the gap between supply and demand "could widen sharply before the new crop reaches the market in April" unless the government imported grain.
O government Ministry of National Food Security and Research
Q direct Ministry of National Food Security and Research :: "could widen sharply before the new crop reaches the market in April"
> The TCP will float international tenders for the grain, which is expected to cost around $318 per tonne on a cost-and-freight basis, putting the import bill at roughly $477 million, or about Rs134 billion at the current exchange rate. The first shipment is expected at Port Qasim in Karachi by March 20, an official of the food ministry said.
O government TCP
F money $318
F money $477 million
F money Rs134 billion
L facility Port Qasim
L city Karachi
F date March 20
> Lund directed the Punjab and Sindh governments to release 400,000 tonnes and 150,000 tonnes respectively from their own stocks to flour mills at Rs4,650 per 40kg, and asked Khyber-Pakhtunkhwa (K-P) and Gilgit-Baltistan (GB) to submit their requirements by Friday.
P partial Lund
L region Punjab
L region Sindh
F quantity 400,000 tonnes
F quantity 150,000 tonnes
F money Rs4,650
F quantity 40kg
L region Khyber-Pakhtunkhwa
L region K-P
L region Gilgit-Baltistan
L region GB
> Open-market wheat was selling at Rs5,200 per 40kg in Lahore and Rs5,450 in Karachi on Wednesday, up 18% since December, according to data compiled by the Pakistan Bureau of Statistics (PBS). A 20kg bag of flour cost Rs3,150 in Rawalpindi and Rs3,080 in Peshawar, while in Quetta it touched Rs3,300.
F money Rs5,200
F quantity 40kg
L city Lahore
F money Rs5,450
L city Karachi
F percent 18%
O government Pakistan Bureau of Statistics
O government PBS
F quantity 20kg
F money Rs3,150
L city Rawalpindi
F money Rs3,080
L city Peshawar
L city Quetta
F money Rs3,300
> Food Security Minister Rana Tariq Mehmood told reporters after the meeting that imports were a "temporary bridge" and not a change of policy.
P full Rana Tariq Mehmood
Q direct Rana Tariq Mehmood :: "temporary bridge"
> "We are not abandoning our farmers. The support price for the coming crop remains Rs4,000 per maund, and PASSCO will buy every grain offered at that rate," he said.
Q direct Rana Tariq Mehmood :: "We are not abandoning our farmers. The support price for the coming crop remains Rs4,000 per maund, and PASSCO will buy every grain offered at that rate,"
F money Rs4,000
O government PASSCO
> Mehmood said the 2038-39 crop had been sown on 9.1 million hectares and was expected to yield 28.4 million tonnes, short of the 31.5-million-tonne target, after a dry spell in December and January hit the rain-fed Potohar region and south Punjab.
P partial Mehmood
F date 2038-39
F quantity 9.1 million hectares
F quantity 28.4 million tonnes
F quantity 31.5-million-tonne
L region Potohar
L region Punjab
> Chaudhry Aamir Iqbal Gujjar, chairman of the Pakistan Flour Mills Association (PFMA), said mills in Punjab had been running at 40% of capacity for two weeks.
P full Chaudhry Aamir Iqbal Gujjar
O nonprofit Pakistan Flour Mills Association
O nonprofit PFMA
L region Punjab
F percent 40%
F duration two weeks
> "Mills cannot grind what they do not have. If government wheat reaches us after Ramazan, the damage will already be done," Gujjar said.
Q direct Chaudhry Aamir Iqbal Gujjar :: "Mills cannot grind what they do not have. If government wheat reaches us after Ramazan, the damage will already be done,"
P partial Gujjar
> Growers, however, criticised the decision. Malik Ghulam Farid Joiya, president of the Punjab Growers Alliance, said imported wheat arriving in late March and April would depress prices just as farmers in south Punjab began harvesting.
P full Malik Ghulam Farid Joiya
O nonprofit Punjab Growers Alliance
L region Punjab
> "Every year it is the same story. The import ships arrive with the harvest, and the farmer pays for the government's bad planning," he said, adding that the alliance would stage a protest outside the Punjab Assembly in Lahore on March 2.
Q direct Malik Ghulam Farid Joiya :: "Every year it is the same story. The import ships arrive with the harvest, and the farmer pays for the government's bad planning,"
O government Punjab Assembly
L city Lahore
F date March 2
> A finance ministry official, who requested anonymity, said the ECC had also approved a Rs22 billion subsidy to keep the price of a 20kg flour bag at utility stores at Rs2,400 until the end of June. "The fiscal space is not there, but the political cost of a flour queue is higher," the official said.
O government ECC
F money Rs22 billion
F quantity 20kg
F money Rs2,400
Q direct - :: "The fiscal space is not there, but the political cost of a flour queue is higher,"
> In Rawalpindi's Dhok Kala Khan, Naheed Akhtar, a 46-year-old schoolteacher and mother of four, said she now bought flour in 5kg packets.
L city Rawalpindi
L city Dhok Kala Khan
P full Naheed Akhtar
F age 46-year-old
F number four
F quantity 5kg
> "I used to buy one big bag for the whole month. Now I buy a small packet every few days, whatever I can afford that day," she said.
Q direct Naheed Akhtar :: "I used to buy one big bag for the whole month. Now I buy a small packet every few days, whatever I can afford that day,"
F number one
> In other decisions, the committee approved a Rs3.6 billion technical supplementary grant for the Higher Education Commission (HEC) and deferred a summary of the Ministry of Energy on the circular debt of the power sector to its next meeting.
F money Rs3.6 billion
O government Higher Education Commission
O government HEC
O government Ministry of Energy
> Published in The Express Tribune, February 24th, 2039.
O media The Express Tribune
F date February 24th, 2039
'''

ARTICLES['278-kystlaks-salmon-froya-hitra-job-cuts-isa'] = r'''
> Business
> Norwegian salmon farmer Kystlaks to cut 140 jobs after disease hits Frøya sites
O company Kystlaks
F number 140
L region Frøya
> The Frøya-based fish farmer will shut three sea sites and a processing line on Hitra after an outbreak of infectious salmon anaemia wiped out a fifth of its first-quarter harvest.
L region Frøya
F number three
L region Hitra
F fraction a fifth
> May 12, 2039
F date May 12, 2039
> Salmon pens off Frøya in Trøndelag, central Norway, where Kystlaks has most of its sea sites. PHOTO: NTB/Torbjørn Kvåle
L region Frøya
L region Trøndelag
L country Norway
O company Kystlaks
O media NTB
P full Torbjørn Kvåle
> Kystlaks ASA said on Thursday that it would cut 140 of its 610 jobs in Trøndelag and close three of its 11 sea sites around Frøya and Hitra, after an outbreak of infectious salmon anaemia (ISA) and high sea lice levels drove it to an operating loss in the first three months of the year.
O company Kystlaks ASA
F number 140
F number 610
L region Trøndelag
F number three
F number 11
L region Frøya
L region Hitra
F duration three months
> The company, which is listed on the Oslo Stock Exchange, reported an operating loss of 212 million kroner (about 18 million euros) for the quarter, compared with a profit of 431 million kroner a year earlier. Its shares fell 9.4 percent to 187.50 kroner by mid-afternoon in Oslo.
O company Oslo Stock Exchange
F money 212 million kroner
F money 18 million euros
F money 431 million kroner
F percent 9.4 percent
F money 187.50 kroner
L city Oslo
> Harvest volumes fell to 18,400 tonnes gutted weight from 23,900 tonnes in the same period of 2038, and the company lowered its forecast for the full year to between 71,000 and 74,000 tonnes.
F quantity 18,400 tonnes
F quantity 23,900 tonnes
F date 2038
F quantity 71,000
F quantity 74,000 tonnes
> "This has been the most difficult quarter in the company's history," chief executive Marit Hjelmstad Vikan told a presentation for investors in Trondheim. "We have fish that grow well and a market that pays well, and still we lose money. That tells you how much the biology has cost us."
Q direct Marit Hjelmstad Vikan :: "This has been the most difficult quarter in the company's history,"
P full Marit Hjelmstad Vikan
L city Trondheim
Q direct Marit Hjelmstad Vikan :: "We have fish that grow well and a market that pays well, and still we lose money. That tells you how much the biology has cost us."
> The Norwegian Food Safety Authority (Mattilsynet) confirmed ISA at the company's Storvika site, on the north-western tip of Frøya, on February 27. About 1.1 million fish with an average weight of 3.2 kilos were slaughtered early or destroyed, and two neighbouring sites were placed under restrictions.
O government Norwegian Food Safety Authority
O government Mattilsynet
L facility Storvika
L region Frøya
F date February 27
F number 1.1 million
F quantity 3.2 kilos
F number two
> "The virus spreads easily between farms that share the same water, and we have to act quickly to protect the wider area," the authority said in a statement at the time.
Q direct Norwegian Food Safety Authority :: "The virus spreads easily between farms that share the same water, and we have to act quickly to protect the wider area,"
> Vikan said sea temperatures two to three degrees above normal in January had also pushed up sea lice numbers, forcing more frequent delousing treatments that stress the fish and raise mortality. Delousing and higher mortality had cost the company about 9.80 kroner per kilo harvested, she said.
P partial Vikan
F quantity two
F quantity three degrees
F money 9.80 kroner
> The job cuts will fall mainly on the processing plant at Fillan on Hitra, where one of two filleting lines will close in September, and on the staff of the three sea sites. Kystlaks said it would try to offer affected workers posts at its smolt facility at Hell, near Trondheim Airport Værnes, which opened in 2037.
L city Fillan
L region Hitra
F number two
F number three
O company Kystlaks
L city Hell
L facility Trondheim Airport Værnes
F date 2037
> Frøya mayor Ragnhild Hoff Sørgård said the cuts would hit the island's community of about 5,300 people hard. "Almost every family here has somebody who works in salmon, or knows somebody who does," she told state broadcaster NRK.
L region Frøya
P full Ragnhild Hoff Sørgård
F number 5,300
Q direct Ragnhild Hoff Sørgård :: "Almost every family here has somebody who works in salmon, or knows somebody who does,"
O media NRK
> Jørn-Eirik Nygård, the shop steward for the Norwegian Food and Allied Workers Union (NNN) at the Fillan plant, told regional newspaper Adresseavisen that the union would demand that the company exhaust "every other option" before issuing layoff notices.
P full Jørn-Eirik Nygård
O nonprofit Norwegian Food and Allied Workers Union
O nonprofit NNN
L city Fillan
O media Adresseavisen
Q direct Jørn-Eirik Nygård :: "every other option"
> Analysts said the results underlined the pressure on smaller farmers in central Norway, where the government's traffic light system has frozen licence growth since rating the area red in 2036. "Kystlaks has good sites and a strong balance sheet, but it is small enough that one bad outbreak shows up in every line of the accounts," said Sindre Aaberge Lunde, a seafood analyst at Pareto Securities.
L country Norway
F date 2036
Q direct Sindre Aaberge Lunde :: "Kystlaks has good sites and a strong balance sheet, but it is small enough that one bad outbreak shows up in every line of the accounts,"
O company Kystlaks
F number one
P full Sindre Aaberge Lunde
O company Pareto Securities
> Lunde cut his price target on the stock to 205 kroner from 240 kroner.
P partial Lunde
F money 205 kroner
F money 240 kroner
> Salmon prices have held up. Spot prices for fresh Norwegian salmon averaged 96.40 kroner per kilo in the first quarter, up 6 percent on a year earlier, according to the Norwegian Seafood Council, which said Norway exported seafood worth 41.2 billion kroner in the period.
F money 96.40 kroner
F percent 6 percent
O government Norwegian Seafood Council
L country Norway
F money 41.2 billion kroner
> The company also pointed to the 25 percent resource rent tax on aquaculture, in force since 2023, which it said made new investment harder to finance. Vikan said a planned 1.4-billion-kroner expansion of the Fillan plant had been put on hold.
F percent 25 percent
F date 2023
P partial Vikan
F money 1.4-billion-kroner
L city Fillan
> Further north, Kystlaks's smaller farming operation in Lofoten, with four sites near the village of Å in Moskenes, made a profit in the quarter and will not be affected by the cuts, the company said.
O company Kystlaks
L region Lofoten
F number four
L city Å
L region Moskenes
> Kystlaks will present its second-quarter results on August 18.
O company Kystlaks
F date August 18
> NewsInEnglish.no/Ingvild Bakke-Olsen
O media NewsInEnglish.no
P full Ingvild Bakke-Olsen
'''

ARTICLES['279-nh-executive-council-rejects-adjei-whitfield-supreme-court'] = r'''
> Executive Council rejects Marchetti’s Supreme Court nominee on 3-2 party-line vote
O government Executive Council
P partial Marchetti
O government Supreme Court
F number 3-2
> By CALEB OKONKWO-REYES
P full CALEB OKONKWO-REYES
> Monitor staff
O media Monitor
> Published: 1/18/2040 6:12:44 PM
F date 1/18/2040
F time 6:12:44 PM
> Superior Court Judge Lorraine Adjei-Whitfield answers questions from the Executive Council during her confirmation hearing at the State House in Concord on Jan. 10. HOLLIS PENDERGAST / Monitor staff
O government Superior Court
P full Lorraine Adjei-Whitfield
O government Executive Council
L facility State House
L city Concord
F date Jan. 10
P full HOLLIS PENDERGAST
O media Monitor
> New Hampshire’s Executive Council on Wednesday rejected Gov. Daniel T. Marchetti’s nomination of Superior Court Judge Lorraine Adjei-Whitfield to the state Supreme Court, the first time since 2019 that the five-member panel has turned down a pick for the state’s highest court.
L region New Hampshire
O government Executive Council
P full Daniel T. Marchetti
O government Superior Court
P full Lorraine Adjei-Whitfield
O government Supreme Court
F date 2019
F number five
> The council’s three Democrats voted against the nomination and its two Republicans voted for it, a week after a hearing that stretched past six hours and drew testimony from 41 people, many of them critical of a 2038 ruling in which Adjei-Whitfield threw out evidence seized by the Manchester Police Department in a drug case.
F number three
F number two
F duration six hours
F number 41
F date 2038
P partial Adjei-Whitfield
O government Manchester Police Department
> “I have no doubt about Judge Adjei-Whitfield’s intellect or her integrity,” said Executive Councilor Amos Thibodeau, a Berlin Democrat whose district covers most of Coös County. “But I heard from too many people in the North Country who feel that our courts have stopped listening to them, and I could not set that aside.”
Q direct Amos Thibodeau :: “I have no doubt about Judge Adjei-Whitfield’s intellect or her integrity,”
P partial Adjei-Whitfield
P full Amos Thibodeau
L city Berlin
L region Coös County
Q direct Amos Thibodeau :: “But I heard from too many people in the North Country who feel that our courts have stopped listening to them, and I could not set that aside.”
L region North Country
> Councilor Deborah Kimura-Flint, D-Portsmouth, said she had “real concerns” about the judge’s sentencing in domestic violence cases. Councilor Luis Ocasio Bermúdez, D-Manchester, called the nomination “rushed” and said the governor had not consulted the council before announcing it in November.
P full Deborah Kimura-Flint
L city Portsmouth
Q direct Deborah Kimura-Flint :: “real concerns”
P full Luis Ocasio Bermúdez
L city Manchester
Q direct Luis Ocasio Bermúdez :: “rushed”
> The two Republicans, Russell P. Ahern of Bow and Gail St. Onge of Nashua, defended the nominee as a careful jurist with 17 years on the bench.
F number two
P full Russell P. Ahern
L city Bow
P full Gail St. Onge
L city Nashua
F duration 17 years
> “We are not here to grade every ruling a judge has ever made,” St. Onge said. “We are here to decide whether she is qualified, and by any honest measure she is.
Q direct Gail St. Onge :: “We are not here to grade every ruling a judge has ever made,”
P partial St. Onge
Q direct Gail St. Onge :: “We are here to decide whether she is qualified, and by any honest measure she is.
> “If we start rejecting judges for a single unpopular decision, we will end up with a bench full of people who are afraid to make one.”
Q direct Gail St. Onge :: “If we start rejecting judges for a single unpopular decision, we will end up with a bench full of people who are afraid to make one.”
> Marchetti, a Republican in his second term, called the vote “a political ambush dressed up as due diligence” in a statement released about an hour after the 3-2 vote.
P partial Marchetti
Q direct Daniel T. Marchetti :: “a political ambush dressed up as due diligence”
F number 3-2
> “Judge Adjei-Whitfield was rated highly qualified by the New Hampshire Bar Association and has the support of prosecutors and defense lawyers alike,” the statement said. “The people of New Hampshire deserve better than this.”
Q direct Daniel T. Marchetti :: “Judge Adjei-Whitfield was rated highly qualified by the New Hampshire Bar Association and has the support of prosecutors and defense lawyers alike,”
P partial Adjei-Whitfield
O nonprofit New Hampshire Bar Association
Q direct Daniel T. Marchetti :: “The people of New Hampshire deserve better than this.”
L region New Hampshire
> Adjei-Whitfield, 54, of Hanover, has served on the Superior Court since 2023 and has presided over Grafton County Superior Court in North Haverhill for the past six years. She was nominated to replace Associate Justice Paul N. Desrochers, who must leave the bench on Feb. 29, when he turns 70, the mandatory retirement age for New Hampshire judges.
P partial Adjei-Whitfield
F age 54
L city Hanover
O government Superior Court
F date 2023
O government Grafton County Superior Court
L city North Haverhill
F duration six years
P full Paul N. Desrochers
F date Feb. 29
F age 70
L region New Hampshire
> The 2038 ruling came in a Manchester case in which Adjei-Whitfield, then sitting in Hillsborough County, found that officers had searched a car without a valid warrant and suppressed 2.4 kilograms of fentanyl. The Supreme Court later upheld her decision 4-1.
F date 2038
L city Manchester
P partial Adjei-Whitfield
L region Hillsborough County
F quantity 2.4 kilograms
O government Supreme Court
F number 4-1
> Attorney General Brendan Kiley-Osgood, who had urged the council to confirm her, said Wednesday he was “disappointed but not surprised.”
P full Brendan Kiley-Osgood
Q direct Brendan Kiley-Osgood :: “disappointed but not surprised.”
> The ACLU of New Hampshire, which had backed the nomination, said in a statement that the council had “punished a judge for following the Constitution.”
O nonprofit ACLU of New Hampshire
Q direct ACLU of New Hampshire :: “punished a judge for following the Constitution.”
> A Republican aide in the governor’s office, who was not authorized to speak publicly, said Marchetti was unlikely to renominate Adjei-Whitfield but had not settled on another candidate. “He is not going to hand them a name they like just to fill the seat,” the aide said.
P partial Marchetti
P partial Adjei-Whitfield
Q direct - :: “He is not going to hand them a name they like just to fill the seat,”
> Under the state constitution, the governor nominates judges and the Executive Council confirms them by majority vote. With Desrochers leaving next month, the court will sit with four justices at least through the spring. Chief Justice Harriet A. Lindgren-Moss said in a written statement that the court would “continue to manage its docket without interruption.”
O government Executive Council
P partial Desrochers
F number four
P full Harriet A. Lindgren-Moss
Q direct Harriet A. Lindgren-Moss :: “continue to manage its docket without interruption.”
> Earlier Wednesday, the council approved a $4.2 million contract with a Hooksett firm to replace the roof of the Legislative Office Building and confirmed 23 other nominees to state boards, including three members of the Pease Development Authority board in Portsmouth.
F money $4.2 million
L city Hooksett
L facility Legislative Office Building
F number 23
F number three
O government Pease Development Authority
L city Portsmouth
> The council’s next meeting is scheduled for Feb. 7 at 10 a.m. in Concord.
F date Feb. 7
F time 10 a.m.
L city Concord
> Caleb Okonkwo-Reyes can be reached at cokonkwo-reyes@cmonitor.com.
P full Caleb Okonkwo-Reyes
'''

ARTICLES['280-bahamas-cay-sal-crawfish-poachers-rbdf-fines'] = r'''
> ‘They are stripping our banks’: Fishers want more patrols after 41 Dominicans detained off Cay Sal
Q direct Ashton “Bully” McKinney :: ‘They are stripping our banks’
F number 41
L geo Cay Sal
> Kendra Ferguson-Rahming
P full Kendra Ferguson-Rahming
> Guardian Staff Reporter
O media Guardian
> Published Sep 14, 2038
F date Sep 14, 2038
> Royal Bahamas Defence Force marines escort detained fishermen from HMBS Leon Smith at the Coral Harbour Base on Sunday. RBDF
O government Royal Bahamas Defence Force
L facility Coral Harbour Base
O government RBDF
> Commercial fishers are calling on the government to station a Defence Force vessel permanently in the southern Bahamas after marines detained 41 Dominican fishermen and seized more than 6,000 pounds of crawfish tails from two vessels on the Cay Sal Bank last week.
O government Defence Force
L country Bahamas
F number 41
F quantity 6,000 pounds
F number two
L geo Cay Sal Bank
> The Royal Bahamas Defence Force (RBDF) said in a statement that the vessels, both flagged in the Dominican Republic, were intercepted about 30 nautical miles south-west of Cay Sal at around 3:40 a.m. last Thursday by HMBS Leon Smith, which was on a routine patrol.
O government Royal Bahamas Defence Force
O government RBDF
L country Dominican Republic
F quantity 30 nautical miles
L geo Cay Sal
F time 3:40 a.m.
> Marines found 6,420 pounds of crawfish tails, 380 pounds of conch and 19 air compressors used for diving, which is illegal in Bahamian waters, the statement said. The vessels were escorted to the Coral Harbour Base on New Providence, arriving on Sunday.
F quantity 6,420 pounds
F quantity 380 pounds
F number 19
L facility Coral Harbour Base
L geo New Providence
> The 41 men, aged 19 to 63, were arraigned yesterday before Chief Magistrate Sharlene Knowles-Dorsett in the Magistrate’s Court on Nassau Street. They pleaded guilty to fishing in Bahamian waters without a permit and to possession of compressor gear.
F number 41
F age 19
F age 63
P full Sharlene Knowles-Dorsett
O government Magistrate’s Court
L street Nassau Street
> The two captains, Ramón Antonio Peguero Ulloa, 52, and Wilkin de la Rosa Batista, 38, were each fined $250,000 or two years in prison. The remaining 39 crewmen were fined $10,000 each or six months. The vessels and their catch were forfeited to the government.
F number two
P full Ramón Antonio Peguero Ulloa
F age 52
P full Wilkin de la Rosa Batista
F age 38
F money $250,000
F duration two years
F number 39
F money $10,000
F duration six months
> Ashton “Bully” McKinney, president of the Family Island Fishers Association, said the arrests were welcome but came too late in a season that opened on August 1.
P full Ashton “Bully” McKinney
Q scare - :: “Bully”
O nonprofit Family Island Fishers Association
F date August 1
> “They are stripping our banks. Every season they come in bigger boats with more compressors, and every season our fishermen bring in less,” said McKinney, who fishes out of Spanish Wells. “One boat every few weeks is not a patrol. We need somebody down there every day.”
Q direct Ashton “Bully” McKinney :: “They are stripping our banks. Every season they come in bigger boats with more compressors, and every season our fishermen bring in less,”
P partial McKinney
L city Spanish Wells
Q direct Ashton “Bully” McKinney :: “One boat every few weeks is not a patrol. We need somebody down there every day.”
F number One
> He said Bahamian fishers working the Great Bahama Bank south of Andros had reported foreign vessels at least 12 times since the season opened.
L geo Great Bahama Bank
L geo Andros
F number 12
> Minister of Agriculture and Marine Resources Desmond K. Pinder said the government understood the frustration. He told The Nassau Guardian that two new patrol craft, ordered from a Dutch shipyard at a cost of $48 million, were due to arrive in the first half of 2039.
P full Desmond K. Pinder
O media The Nassau Guardian
F number two
F money $48 million
F date 2039
> “We cannot be everywhere at once in 100,000 square miles of ocean, but with those vessels we will be in the south far more often,” Pinder said. “The message to anyone who wants to poach in our waters is simple: we will find you, and you will lose your boat.”
Q direct Desmond K. Pinder :: “We cannot be everywhere at once in 100,000 square miles of ocean, but with those vessels we will be in the south far more often,”
F quantity 100,000 square miles
P partial Pinder
Q direct Desmond K. Pinder :: “The message to anyone who wants to poach in our waters is simple: we will find you, and you will lose your boat.”
> The crawfish, or Caribbean spiny lobster, is the country’s most valuable fishery export. Department of Marine Resources figures show exports of about 5.1 million pounds worth $92 million last season, most of it to the United States and Europe.
O government Department of Marine Resources
F quantity 5.1 million pounds
F money $92 million
L country United States
L continent Europe
> RBDF spokesman Lieutenant Commander Dwayne Rolle-Sturrup said the force had detained 112 foreign fishermen in Bahamian waters so far this year, compared with 87 in all of 2037.
O government RBDF
P full Dwayne Rolle-Sturrup
F number 112
F number 87
F date 2037
> In Duncan Town, the only settlement on Ragged Island, residents say poachers fish within sight of the shore. A Ragged Island fisherman, who asked not to be named because he feared reprisals at sea, said he had been threatened by the crew of a foreign boat in July.
L city Duncan Town
L geo Ragged Island
L geo Ragged Island
> “They had three boats tied together and maybe 20 men. They waved a machete at me and told me to go home. This is my home,” he said.
Q direct - :: “They had three boats tied together and maybe 20 men. They waved a machete at me and told me to go home. This is my home,”
F number three
F number 20
> The Dominican Republic’s embassy in Nassau did not respond to a request for comment yesterday.
L country Dominican Republic
L city Nassau
> The crawfish season closes on March 31, 2039.
F date March 31, 2039
'''

ARTICLES['281-twins-guardians-kahananui-two-homers-yamanaka-target-field'] = r'''
> Kahananui homers twice as Twins beat Guardians 6-3 for sixth straight win
P partial Kahananui
O team Twins
O team Guardians
F score 6-3
> Keoni Kahananui’s two-run homer in the sixth, a 421-foot drive, put the Twins ahead to stay, and Kaito Yamanaka struck out nine in 6⅔ innings.
P full Keoni Kahananui
F number two
F quantity 421-foot
O team Twins
P full Kaito Yamanaka
F number nine
F number 6⅔
> By Devin Thorsgaard
P full Devin Thorsgaard
> June 16, 2037 — 10:41PM
F date June 16, 2037
F time 10:41PM
> Keoni Kahananui rounds the bases after hitting a two-run home run off Guardians starter Eury Ruiz Almonte in the sixth inning Tuesday at Target Field in Minneapolis. (Corinne Estabrook/The Minnesota Star Tribune)
P full Keoni Kahananui
F number two
O team Guardians
P full Eury Ruiz Almonte
L facility Target Field
L city Minneapolis
P full Corinne Estabrook
O media The Minnesota Star Tribune
> Keoni Kahananui hit two home runs, including a go-ahead, two-run drive in the sixth inning, and the Minnesota Twins beat the Cleveland Guardians 6-3 on Tuesday night for their sixth straight victory.
P full Keoni Kahananui
F number two
F number two
O team Minnesota Twins
O team Cleveland Guardians
F score 6-3
> Kaito Yamanaka (7-2) allowed three runs and five hits over 6⅔ innings, striking out nine without a walk, as Minnesota (41-30) moved a season-high 11 games over .500 and stayed two games ahead of Detroit in the AL Central.
P full Kaito Yamanaka
F score 7-2
F number three
F number five
F number 6⅔
F number nine
O team Minnesota
F score 41-30
F number 11
F number .500
F number two
O team Detroit
O other AL Central
> Cleveland led 3-2 when Kahananui sent a 1-2 sweeper from Eury Ruiz Almonte (5-6) 421 feet into the second deck in left field with a runner on. Diego Ocampo-Reyes followed two batters later with a sacrifice fly, and Kahananui added a solo shot leading off the eighth.
O team Cleveland
F score 3-2
P partial Kahananui
F number 1-2
P full Eury Ruiz Almonte
F score 5-6
F quantity 421 feet
P full Diego Ocampo-Reyes
F number two
P partial Kahananui
> “I was just trying to stay through the middle. He’d been getting me with that pitch all year, so I kind of sat on it,” said Kahananui, who has 15 homers, tied for the most in the American League. “When it went up, I knew.”
Q direct Keoni Kahananui :: “I was just trying to stay through the middle. He’d been getting me with that pitch all year, so I kind of sat on it,”
P partial Kahananui
F number 15
O other American League
Q direct Keoni Kahananui :: “When it went up, I knew.”
> Tomás Ibarguen hit a solo homer for Cleveland (35-37) in the fourth, and Luka Brnović’s two-run double in the sixth gave the Guardians the lead. Cleveland has lost four of five.
P full Tomás Ibarguen
O team Cleveland
F score 35-37
P full Luka Brnović
F number two
O team Guardians
O team Cleveland
F number four
F number five
> Ruiz Almonte allowed five runs, three earned, and eight hits in six innings. Both runs in the first were unearned after third baseman Min-jae Seo threw wildly to first on a potential double-play grounder.
P partial Ruiz Almonte
F number five
F number three
F number eight
F number six
P full Min-jae Seo
> The Guardians put two on with one out in the seventh, and Twins manager Dale Kowalski went to righthander Tobiah Sandlin-Obi, who got Brnović to ground into an inning-ending double play. Josué Valdespino worked a perfect ninth for his 18th save in 20 chances.
O team Guardians
F number two
F number one
O team Twins
P full Dale Kowalski
P full Tobiah Sandlin-Obi
P partial Brnović
P full Josué Valdespino
F number 20
> “Kaito was outstanding. He threw strikes, he worked fast, and he didn’t give them anything to hit when it mattered,” Kowalski said.
Q direct Dale Kowalski :: “Kaito was outstanding. He threw strikes, he worked fast, and he didn’t give them anything to hit when it mattered,”
P partial Kaito
P partial Kowalski
> Yamanaka, a 27-year-old righthander from Okinawa in his second major league season, threw 94 pitches and reached 98.3 mph, the fastest pitch by a Twins starter at Target Field this season. He has allowed three runs or fewer in nine of his last 10 starts.
P partial Yamanaka
F age 27-year-old
L region Okinawa
F number 94
F quantity 98.3 mph
O team Twins
L facility Target Field
F number three
F number nine
F number 10
> Guardians manager Ben Oduya-Castellanos said the first-inning error “set the tone.”
O team Guardians
P full Ben Oduya-Castellanos
Q direct Ben Oduya-Castellanos :: “set the tone.”
> “We gave them an extra out and it cost us two runs. You can’t do that against a team that’s playing like they are right now,” he said.
Q direct Ben Oduya-Castellanos :: “We gave them an extra out and it cost us two runs. You can’t do that against a team that’s playing like they are right now,”
F number two
> Roster moves
> Guardians righthander Marcus Delacroix-Hayes (right forearm tightness) was placed on the 15-day injured list, and lefthander Nate Ostrowski was recalled from Class AAA Columbus. Twins center fielder Jalen Pryor-Wade (left hamstring) ran the bases before the game and could begin a rehab assignment with Class AAA St. Paul this weekend.
O team Guardians
P full Marcus Delacroix-Hayes
F duration 15-day
P full Nate Ostrowski
O team Columbus
O team Twins
P full Jalen Pryor-Wade
O team St. Paul
> Up next
> Guardians righthander Hollis Vance (6-4, 3.38 ERA) faces Twins lefthander Soren Lindqvist-Arce (5-5, 4.02) at 12:10 p.m. Wednesday. The series ends Thursday before the Twins open a nine-game road trip in Toronto.
O team Guardians
P full Hollis Vance
F score 6-4
F number 3.38
O team Twins
P full Soren Lindqvist-Arce
F score 5-5
F number 4.02
F time 12:10 p.m.
O team Twins
F number nine
L city Toronto
> Linescore
> Cleveland 000 102 000—3 7 1
O team Cleveland
F score 000
F score 102
F score 000
F score 3
F number 7
F number 1
> Minnesota 200 003 01x—6 9 0
O team Minnesota
F score 200
F score 003
F score 01x
F score 6
F number 9
F number 0
> Ruiz Almonte, Kaspar-Lyle (7), Cordero (8) and Ibarguen; Yamanaka, Sandlin-Obi (7), Mäkinen (8), Valdespino (9) and Ocampo-Reyes. W—Yamanaka 7-2. L—Ruiz Almonte 5-6. Sv—Valdespino (18). E—Seo (6). LOB—Cleveland 4, Minnesota 6. 2B—Brnović (14). HR—Ibarguen (9), off Yamanaka; Kahananui 2 (15), off Ruiz Almonte, off Cordero. SF—Ocampo-Reyes (2). T—2:34. A—26,418 (38,544).
P partial Ruiz Almonte
P partial Kaspar-Lyle
P partial Cordero
P partial Ibarguen
P partial Yamanaka
P partial Sandlin-Obi
P partial Mäkinen
P partial Valdespino
P partial Ocampo-Reyes
P partial Yamanaka
F score 7-2
P partial Ruiz Almonte
F score 5-6
P partial Valdespino
F number 18
P partial Seo
F number 6
O team Cleveland
F number 4
O team Minnesota
F number 6
P partial Brnović
F number 14
P partial Ibarguen
F number 9
P partial Yamanaka
P partial Kahananui
F number 2
F number 15
P partial Ruiz Almonte
P partial Cordero
P partial Ocampo-Reyes
F number 2
F duration 2:34
F number 26,418
F number 38,544
'''

ARTICLES['282-taiwan-machine-tool-exports-tmba-yen-tariffs-taichung'] = r'''
> Business
> Machine tool exports drop for fifth straight month
> WEAK YEN: Japanese rivals have undercut Taiwanese toolmakers in Southeast Asia, while US tariffs of 15 percent have hit shipments to the nation’s second-largest market, the TMBA said
L region Southeast Asia
L country US
F percent 15 percent
O nonprofit TMBA
> By Kao Yi-ting / Staff reporter
P full Kao Yi-ting
> Wed, Oct 15, 2036 - Page 10
F date Oct 15, 2036
> A worker inspects a five-axis machining center at a factory in Taichung’s Dajia District on Monday. Photo: Liao Pei-shan, Taipei Times
F number five
L city Taichung
L city Dajia District
P full Liao Pei-shan
O media Taipei Times
> Taiwan’s machine tool exports fell 11.3 percent year-on-year to US$182.6 million last month, the fifth consecutive monthly decline, as a weak yen and higher US tariffs eroded the competitiveness of local manufacturers, the Taiwan Machine Tool & Accessory Builders’ Association (TMBA, 台灣工具機暨零組件工業同業公會) said yesterday.
L country Taiwan
F percent 11.3 percent
F money US$182.6 million
L country US
O nonprofit Taiwan Machine Tool & Accessory Builders’ Association
O nonprofit TMBA
O nonprofit 台灣工具機暨零組件工業同業公會
> In the first nine months of the year, exports totaled US$1.71 billion, down 8.6 percent from the same period last year, according to association data compiled from customs figures.
F duration nine months
F money US$1.71 billion
F percent 8.6 percent
> Shipments to China, the largest market, fell 4.2 percent to US$49.8 million, while exports to the US dropped 23.5 percent to US$27.1 million after Washington raised tariffs on Taiwanese machine tools to 15 percent in July, the data showed.
L country China
F percent 4.2 percent
F money US$49.8 million
L country US
F percent 23.5 percent
F money US$27.1 million
L city Washington
F percent 15 percent
> Sales to Vietnam, Thailand and India rose, but not by enough to offset the declines, TMBA chairman Chen Hung-wen (陳宏文) told a news conference in Taichung.
L country Vietnam
L country Thailand
L country India
O nonprofit TMBA
P full Chen Hung-wen
P full 陳宏文
L city Taichung
> "Japanese builders are quoting prices 15 to 20 percent below ours in Southeast Asia, and customers there are very price sensitive. We cannot match that without losing money on every machine," Chen said.
Q direct Chen Hung-wen :: "Japanese builders are quoting prices 15 to 20 percent below ours in Southeast Asia, and customers there are very price sensitive. We cannot match that without losing money on every machine,"
F percent 15
F percent 20 percent
L region Southeast Asia
P partial Chen
> The yen has weakened about 9 percent against the New Taiwan dollar since January, making Japanese five-axis machines that sell for about US$450,000 up to US$40,000 cheaper than comparable Taiwanese models, he said.
F percent 9 percent
F number five
F money US$450,000
F money US$40,000
> Chen said several of the association’s 380 member companies had cut shifts or asked workers to take unpaid leave, and that the average order backlog had shrunk from 14 weeks at the start of the year to less than eight weeks.
P partial Chen
F number 380
F duration 14 weeks
F duration eight weeks
> Yeong Chuan Machinery Co (永全機械), a lathe maker based in Taichung’s Taiping District, said it had moved 60 of its 420 employees to a four-day week since August.
O company Yeong Chuan Machinery Co
O company 永全機械
L city Taichung
L city Taiping District
F number 60
F number 420
F duration four-day
> "We used to turn down orders. Now we call customers we have not heard from in five years," Yeong Chuan chairwoman Lai Shu-fen (賴淑芬) said by telephone.
Q direct Lai Shu-fen :: "We used to turn down orders. Now we call customers we have not heard from in five years,"
F duration five years
O company Yeong Chuan
P full Lai Shu-fen
P full 賴淑芬
> "Our order book for the first quarter of next year is half of what it was a year ago. Some of our competitors are in a worse position than we are.
Q direct Lai Shu-fen :: "Our order book for the first quarter of next year is half of what it was a year ago. Some of our competitors are in a worse position than we are.
F fraction half
> "Nobody in Taichung wants to say it publicly, but there will be consolidation."
Q direct Lai Shu-fen :: "Nobody in Taichung wants to say it publicly, but there will be consolidation."
L city Taichung
> Lai said the company was speeding up plans for an assembly plant in Bac Ninh Province in northern Vietnam, where labor costs are lower and US tariffs on Vietnamese-made machine tools are 8 percent. The NT$1.2 billion (US$37.4 million) plant is scheduled to begin production in the third quarter of 2037.
P partial Lai
L region Bac Ninh Province
L country Vietnam
L country US
F percent 8 percent
F money NT$1.2 billion
F money US$37.4 million
F date 2037
> The Ministry of Economic Affairs (MOEA) in August launched a NT$3 billion program offering low-interest loans to machine tool makers hit by the tariffs, and 47 companies have applied, Industrial Development Administration Deputy Director-General Hsu Mei-chun (許美君) said.
O government Ministry of Economic Affairs
O government MOEA
F money NT$3 billion
F number 47
O government Industrial Development Administration
P full Hsu Mei-chun
P full 許美君
> Hsu said the ministry would also subsidize up to 50 percent of certification costs for companies seeking to sell into the EU and Mexico.
P partial Hsu
F percent 50 percent
O intergovernmental EU
L country Mexico
> Analysts were cautious about a quick recovery. Industrial Technology Research Institute (ITRI, 工業技術研究院) researcher Tseng Chia-wei (曾家威) said the institute expects machine tool exports to fall 6 to 8 percent for the full year, to about US$2.28 billion, before recovering slightly next year if the yen stabilizes.
O nonprofit Industrial Technology Research Institute
O nonprofit ITRI
O nonprofit 工業技術研究院
P full Tseng Chia-wei
P full 曾家威
F percent 6
F percent 8 percent
F money US$2.28 billion
> "The market has not disappeared, but Taiwanese companies will have to compete on service and software, not only on price," Tseng said.
Q direct Tseng Chia-wei :: "The market has not disappeared, but Taiwanese companies will have to compete on service and software, not only on price,"
P partial Tseng
> Separately, the TMBA said it would lead a delegation of 36 companies to an industry fair in Istanbul next month, its first trade mission to Turkey since 2034.
O nonprofit TMBA
F number 36
L city Istanbul
L country Turkey
F date 2034
> Additional reporting by CNA
O media CNA
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
