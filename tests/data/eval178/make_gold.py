#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval178 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval178/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1111-toulouse-farmers-tractors-ring-road-fnsea-ja-aid-package-le-monde'] = r'''
> France
L country France
> Farmers’ anger reaches Toulouse as 1,200 tractors block the ring road
L city Toulouse
F number 1,200
> The agriculture minister promised €400 million in emergency aid on Tuesday, which the main union in the South-West dismissed as “a sticking plaster on a broken leg.”
F money €400 million
L region South-West
Q direct Jean-Marc Roumégoux :: “a sticking plaster on a broken leg.”
> By Clémence Arnaud-Delpech (Toulouse (Haute-Garonne), special correspondent)
P full Clémence Arnaud-Delpech
L city Toulouse
L region Haute-Garonne
> Published on February 12, 2041, at 6:42 pm (Paris), updated at 8:15 pm
F date February 12, 2041
F time 6:42 pm
L city Paris
F time 8:15 pm
> Farmers drive their tractors onto the Toulouse ring road, on February 12, 2041. MATHIEU LESPINASSE / AFP
L city Toulouse
F date February 12, 2041
P full MATHIEU LESPINASSE
O media AFP
> By 7 am, the first tractors had reached the Purpan interchange. By late morning, about 1,200 of them, according to the prefecture, had brought the Toulouse ring road to a standstill, while farmers from the Gers, Tarn-et-Garonne and Ariège dumped manure outside the prefecture of Haute-Garonne. The protest, called by the FNSEA and Jeunes Agriculteurs (JA), was the largest in the region since the winter of 2024.
F time 7 am
L city Purpan
F number 1,200
L city Toulouse
L region Gers
L region Tarn-et-Garonne
L region Ariège
L region Haute-Garonne
O nonprofit FNSEA
O nonprofit Jeunes Agriculteurs
O nonprofit JA
F date 2024
> “We are selling wheat at €170 a tonne, and it costs us €210 to grow it. You do the maths,” said Baptiste Lagarde-Sérié, 38, who farms 140 hectares near Condom, in the Gers. He had driven 78 kilometres through the night. “My father blocked this same road in 2024. I never thought I would have to do it too.”
Q direct Baptiste Lagarde-Sérié :: “We are selling wheat at €170 a tonne, and it costs us €210 to grow it. You do the maths,”
F money €170
F money €210
P full Baptiste Lagarde-Sérié
F age 38
F quantity 140 hectares
L city Condom
L region Gers
F quantity 78 kilometres
Q direct Baptiste Lagarde-Sérié :: “My father blocked this same road in 2024. I never thought I would have to do it too.”
F date 2024
> In Paris, Agriculture Minister Hélène Vasseur-Quintin announced a €400 million emergency fund after meeting union leaders at the ministry on Rue de Varenne. The package includes €150 million for livestock farmers hit by bluetongue, a six-month deferral of social security contributions and a promise to clear a backlog of 23,000 late subsidy files. She said the first transfers would arrive “before the end of March.”
L city Paris
P full Hélène Vasseur-Quintin
F money €400 million
L street Rue de Varenne
F money €150 million
F duration six-month
F number 23,000
Q direct Hélène Vasseur-Quintin :: “before the end of March.”
> Jean-Marc Roumégoux, who heads the FNSEA in Occitanie, called the package “a sticking plaster on a broken leg.” According to the union, farm incomes in the region fell by 18% in 2040, and one farm in three is now run by someone over 60.
P full Jean-Marc Roumégoux
O nonprofit FNSEA
L region Occitanie
Q direct Jean-Marc Roumégoux :: “a sticking plaster on a broken leg.”
F percent 18%
F date 2040
F number one
F number three
F age 60
> “The minister told us, ‘Be patient, the money is coming.’ We have been patient for 15 years,” said Aurélien de Saint-Lary, 29, the JA president for the Gers, who keeps 90 dairy cows near Mirande. “Every year there is a new form, a new rule from Brussels, and the price of milk does not move.
Q direct Aurélien de Saint-Lary :: “The minister told us, ‘Be patient, the money is coming.’ We have been patient for 15 years,”
F duration 15 years
P full Aurélien de Saint-Lary
F age 29
O nonprofit JA
L region Gers
F number 90
L city Mirande
Q direct Aurélien de Saint-Lary :: “Every year there is a new form, a new rule from Brussels, and the price of milk does not move.
L city Brussels
> “We are paid 42 cents a litre. Below 50 cents, a family farm like ours dies slowly,” de Saint-Lary said.
Q direct Aurélien de Saint-Lary :: “We are paid 42 cents a litre. Below 50 cents, a family farm like ours dies slowly,”
F money 42 cents
F money 50 cents
P partial de Saint-Lary
> Protesters stopped two refrigerated lorries from Spain on the A64 motorway near Muret and unloaded their cargo of chicken onto the tarmac, in what organizers called a “quality check.” The prefect of Haute-Garonne, Denis Orliac, condemned “acts of vandalism that will be prosecuted.”
F number two
L country Spain
L street A64
L city Muret
Q scare - :: “quality check.”
L region Haute-Garonne
P full Denis Orliac
Q direct Denis Orliac :: “acts of vandalism that will be prosecuted.”
> The trade agreement between the European Union and Mercosur, which entered into force in 2039, remains the rallying cry. Farmers’ unions say imports of South American beef have risen by 31% since then, to about 99,000 tonnes a year. The Confédération Paysanne said in a statement that the FNSEA was “protecting the big cereal growers while small farms disappear.”
O intergovernmental European Union
O intergovernmental Mercosur
F date 2039
F percent 31%
F quantity 99,000 tonnes
O nonprofit Confédération Paysanne
O nonprofit FNSEA
Q direct Confédération Paysanne :: “protecting the big cereal growers while small farms disappear.”
> The FNSEA has called a national day of action in Paris on February 24, the opening day of the agricultural show at the Porte de Versailles. Roumégoux said the tractors would stay in Toulouse “for as long as it takes,” but a police source said the prefecture expected most farmers to head home by 10 pm on Wednesday.
O nonprofit FNSEA
L city Paris
F date February 24
L facility Porte de Versailles
P partial Roumégoux
L city Toulouse
Q direct Jean-Marc Roumégoux :: “for as long as it takes,”
F time 10 pm
'''

ARTICLES['1112-kazakhstan-oil-output-cut-180000-bpd-opec-plus-compensation-tengiz-reuters'] = r'''
> Energy
> Kazakhstan agrees to cut oil output by 180,000 bpd to comply with OPEC+ quota
L country Kazakhstan
F quantity 180,000 bpd
O intergovernmental OPEC+
> By Dariga Abenova and Tomasz Wielgosz-Reyes
P full Dariga Abenova
P full Tomasz Wielgosz-Reyes
> May 7, 2040 3:18 PM GMT+5 Updated 2 hours ago
F date May 7, 2040
F time 3:18 PM GMT+5
F duration 2 hours
> A view of the Tengiz oilfield in western Kazakhstan, March 14, 2039. REUTERS/Yerzhan Omarov/File Photo
L facility Tengiz
L country Kazakhstan
F date March 14, 2039
O media REUTERS
P full Yerzhan Omarov
> ASTANA, May 7 (Reuters) - Kazakhstan will cut its crude oil output by about 180,000 barrels per day (bpd) from June to make up for months of overproduction, Energy Minister Nurlan Sadykbekov said on Monday, a move OPEC+ delegates said should ease tensions within the group ahead of its June 1 meeting.
L city ASTANA
F date May 7
O media Reuters
L country Kazakhstan
F quantity 180,000 barrels per day
P full Nurlan Sadykbekov
O intergovernmental OPEC+
F date June 1
> Kazakhstan, whose quota under the OPEC+ agreement is 1.55 million bpd, has pumped an average of 1.79 million bpd of crude since January, according to Reuters calculations based on official data, making it the group's biggest overproducer for a third straight year.
L country Kazakhstan
O intergovernmental OPEC+
F quantity 1.55 million bpd
F quantity 1.79 million bpd
O media Reuters
> "We have heard our partners. Kazakhstan will honour its commitments, and the reduction will be shared among all the big projects," Sadykbekov told reporters in Astana after meeting the operators of the Tengiz, Kashagan and Karachaganak fields. He said the cut would last "at least six months."
Q direct Nurlan Sadykbekov :: "We have heard our partners. Kazakhstan will honour its commitments, and the reduction will be shared among all the big projects,"
L country Kazakhstan
P partial Sadykbekov
L city Astana
L facility Tengiz
L facility Kashagan
L facility Karachaganak
Q direct Nurlan Sadykbekov :: "at least six months."
F duration six months
> The three fields produce more than 85% of Kazakhstan's crude. Tengizchevroil, the largest, raised output to about 1 million bpd in 2039 after a $48 billion expansion that Astana has said it cannot easily slow down. Tengizchevroil did not immediately respond to a request for comment.
F number three
F percent 85%
L country Kazakhstan
O company Tengizchevroil
F quantity 1 million bpd
F date 2039
F money $48 billion
L city Astana
O company Tengizchevroil
> A spokesperson for the North Caspian Operating Company (NCOC), which runs Kashagan, said the company was "in discussions with the ministry" about the size of its share.
O company North Caspian Operating Company
O company NCOC
L facility Kashagan
Q direct - :: "in discussions with the ministry"
> OPEC+, which groups the Organization of the Petroleum Exporting Countries and allies led by Russia, pumps about 41% of the world's oil. Its eight core members have been adding back barrels since April 2039, and three delegates told Reuters the group was likely to approve another increase of 137,000 bpd for July at the June 1 meeting, which will be held online.
O intergovernmental OPEC+
O intergovernmental Organization of the Petroleum Exporting Countries
L country Russia
F percent 41%
F number eight
F date April 2039
F number three
O media Reuters
F quantity 137,000 bpd
F date June 1
> "The Kazakhs have promised compensation many times. This time there is a number and a date, which is new," said one of the delegates, who declined to be named because the talks were private. Another delegate said Saudi Arabia and the United Arab Emirates had pressed Astana for a schedule "that ends in 2040, not 2042."
Q direct - :: "The Kazakhs have promised compensation many times. This time there is a number and a date, which is new,"
L country Saudi Arabia
L country United Arab Emirates
L city Astana
Q direct - :: "that ends in 2040, not 2042."
F date 2040
F date 2042
> Under the plan submitted to the OPEC Secretariat in Vienna, Kazakhstan would make up for 1.2 million barrels of excess output by the end of December. Analysts were sceptical.
O intergovernmental OPEC Secretariat
L city Vienna
L country Kazakhstan
F quantity 1.2 million barrels
> "Kazakhstan has cut on paper before. The market will believe it when it sees the export numbers from the Caspian Pipeline Consortium (CPC)," said Helga Marstrander, an analyst at Rystad Energy in Oslo. She estimated that CPC Blend loadings at Novorossiysk averaged 1.62 million bpd in April, up 4% from March.
Q direct Helga Marstrander :: "Kazakhstan has cut on paper before. The market will believe it when it sees the export numbers from the Caspian Pipeline Consortium (CPC),"
L country Kazakhstan
O company Caspian Pipeline Consortium
O company CPC
P full Helga Marstrander
O company Rystad Energy
L city Oslo
L city Novorossiysk
F quantity 1.62 million bpd
F percent 4%
> Oil prices barely moved on the news. Brent crude futures were up 32 cents, or 0.4%, at $81.57 a barrel by 1012 GMT.
F money 32 cents
F percent 0.4%
F money $81.57
F time 1012 GMT
> Oil accounts for about half of Kazakhstan's export earnings, and officials have long argued that the country needs room to grow after spending decades developing its giant fields. Sadykbekov said the 2040 budget assumed an average price of $70 a barrel.
F fraction half
L country Kazakhstan
P partial Sadykbekov
F date 2040
F money $70
> Reporting by Dariga Abenova in Astana and Tomasz Wielgosz-Reyes in London; Editing by Fiona Callaghan-Mbeki
P full Dariga Abenova
L city Astana
P full Tomasz Wielgosz-Reyes
L city London
P full Fiona Callaghan-Mbeki
'''

ARTICLES['1113-seahawks-rally-past-rams-27-24-kessler-odum-sofi-stadium-nfl-ap'] = r'''
> Kessler Throws 3 TD Passes, Seahawks Rally Past Rams 27-24
P partial Kessler
F number 3
O team Seahawks
O team Rams
F score 27-24
> By JONAH ABERNATHY-KLEIN
P full JONAH ABERNATHY-KLEIN
> AP Sports Writer
O media AP
> Updated 8:12 PM PST, November 18, 2040
F time 8:12 PM PST
F date November 18, 2040
> Seattle Seahawks quarterback Drew Kessler (9) throws a pass during the second half of an NFL football game against the Los Angeles Rams, Sunday, Nov. 18, 2040, in Inglewood, Calif. (AP Photo/Marisol Quintanilla-Ruiz)
O team Seattle Seahawks
P full Drew Kessler
O other NFL
O team Los Angeles Rams
F date Nov. 18, 2040
L city Inglewood
L region Calif.
O media AP
P full Marisol Quintanilla-Ruiz
> INGLEWOOD, Calif. (AP) — Drew Kessler threw three touchdown passes, the last a 19-yard strike to Marquise Odum with 1:07 left, and the Seattle Seahawks rallied from a 17-point deficit to beat the Los Angeles Rams 27-24 on Sunday.
L city INGLEWOOD
L region Calif.
O media AP
P full Drew Kessler
F number three
F quantity 19-yard
P full Marquise Odum
F time 1:07
O team Seattle Seahawks
F number 17
O team Los Angeles Rams
F score 27-24
> Kessler finished 24 of 35 for 301 yards and no interceptions for Seattle (7-4), which has won five straight. Rookie running back Tavion Pruitt-Greene added 94 yards on 18 carries.
P partial Kessler
F number 24
F number 35
F quantity 301 yards
O team Seattle
F score 7-4
F number five
P full Tavion Pruitt-Greene
F quantity 94 yards
F number 18
> "At halftime nobody panicked. Coach looked at us and said, 'It's a 60-minute game, so play 60 minutes,'" Kessler said. "That's what we did."
Q direct Drew Kessler :: "At halftime nobody panicked. Coach looked at us and said, 'It's a 60-minute game, so play 60 minutes,'"
F duration 60-minute
F duration 60 minutes
P partial Kessler
Q direct Drew Kessler :: "That's what we did."
> The Rams (5-6) led 24-7 early in the third quarter after Luis Ángel Etxeberria kicked a 46-yard field goal and Cam Whitlock ran 12 yards for his second touchdown. Los Angeles managed only 41 yards of offense the rest of the way.
O team Rams
F score 5-6
F score 24-7
P full Luis Ángel Etxeberria
F quantity 46-yard
P full Cam Whitlock
F quantity 12 yards
O team Los Angeles
F quantity 41 yards
> Whitlock ran for 88 yards on 21 carries for Los Angeles, which has lost three of its last four games.
P partial Whitlock
F quantity 88 yards
F number 21
O team Los Angeles
F number three
F number four
> Seattle cut the lead to 24-14 when Kessler found tight end Royce Van Wagoner for a 7-yard score with 4:51 left in the third. Rashad Mbeki-Collins then intercepted Rams quarterback Shane O'Dowd in the end zone, and Nils Haraldsen's 38-yard field goal made it 24-17 early in the fourth.
O team Seattle
F score 24-14
P partial Kessler
P full Royce Van Wagoner
F quantity 7-yard
F time 4:51
P full Rashad Mbeki-Collins
O team Rams
P full Shane O'Dowd
P full Nils Haraldsen
F quantity 38-yard
F score 24-17
> Seattle got the ball back with 3:40 to play. Kessler completed six straight passes on the go-ahead drive, which covered 75 yards in 11 plays and ended with Odum beating cornerback Darnell Fikes on a slant.
O team Seattle
F time 3:40
P partial Kessler
F number six
F quantity 75 yards
F number 11
P partial Odum
P full Darnell Fikes
> Odum had eight catches for 112 yards. "He put it right where only I could get it," Odum said. "All I had to do was hold on."
P partial Odum
F number eight
F quantity 112 yards
Q direct Marquise Odum :: "He put it right where only I could get it,"
P partial Odum
Q direct Marquise Odum :: "All I had to do was hold on."
> "I was a step late. That's the whole game right there," Fikes said.
Q direct Darnell Fikes :: "I was a step late. That's the whole game right there,"
P partial Fikes
> Rams coach Pat Delacroix-Moore called the second half "embarrassing" and said his team "stopped playing aggressive football." O'Dowd was 19 of 31 for 203 yards with a touchdown and an interception, and was sacked four times.
O team Rams
P full Pat Delacroix-Moore
Q direct Pat Delacroix-Moore :: "embarrassing"
Q direct Pat Delacroix-Moore :: "stopped playing aggressive football."
P partial O'Dowd
F number 19
F number 31
F quantity 203 yards
F number four
> Seahawks coach Tomasz Brzęczek-Hale said the win "felt like a playoff game in November." Seattle trails Arizona by one game in the NFC West with six games left.
O team Seahawks
P full Tomasz Brzęczek-Hale
Q direct Tomasz Brzęczek-Hale :: "felt like a playoff game in November."
O team Seattle
O team Arizona
F number one
O other NFC West
F number six
> The announced crowd at SoFi Stadium was 70,240, and the temperature at kickoff was 64 degrees.
L facility SoFi Stadium
F number 70,240
F quantity 64 degrees
> INJURIES
> Seahawks: LB Kareem Ostrowski left in the second quarter with a hamstring injury and did not return.
O team Seahawks
P full Kareem Ostrowski
> Rams: WR Dante Liu-Hargrove (ankle) was inactive for the second straight week.
O team Rams
P full Dante Liu-Hargrove
> UP NEXT
> Seahawks: Host San Francisco on Thursday night, Nov. 22.
O team Seahawks
O team San Francisco
F date Nov. 22
> Rams: At Arizona on Sunday, Nov. 25.
O team Rams
O team Arizona
F date Nov. 25
> AP NFL: https://apnews.com/hub/nfl
O media AP
O other NFL
'''

ARTICLES['1114-sindh-cabinet-rs48bn-flood-relief-package-dadu-manchhar-pdma-dawn'] = r'''
> Pakistan
L country Pakistan
> Sindh cabinet approves Rs48bn relief package for flood-hit districts
L region Sindh
F money Rs48bn
> Imran Ali Soomro Published September 7, 2039 Updated about 3 hours ago
P full Imran Ali Soomro
F date September 7, 2039
F duration 3 hours
> A family wades through floodwater with its belongings in Khairpur Nathan Shah, Dadu district, on Tuesday. — Photo by Shakeel Ahmed Jatoi / White Star
L city Khairpur Nathan Shah
L region Dadu
P full Shakeel Ahmed Jatoi
O media White Star
> KARACHI: The Sindh cabinet on Wednesday approved a Rs48 billion relief and rehabilitation package for 11 flood-hit districts, under which each family whose house was destroyed will get Rs150,000 and families with partly damaged homes Rs60,000.
L city KARACHI
L region Sindh
F money Rs48 billion
F number 11
F money Rs150,000
F money Rs60,000
> The meeting, chaired by Chief Minister Nisar Ahmed Bhurgri, was told that the floods, caused by heavy monsoon rains and a breach in the Manchhar Lake embankment, had affected 2.3 million people, destroyed 186,400 houses and damaged crops on 1.1 million acres since August 19.
P full Nisar Ahmed Bhurgri
L geo Manchhar Lake
F number 2.3 million
F number 186,400
F quantity 1.1 million acres
F date August 19
> According to the Provincial Disaster Management Authority (PDMA), 97 people have died in the province since the rains began, 41 of them in Dadu and Qambar-Shahdadkot districts, while more than 350,000 people are living in 1,214 relief camps.
O government Provincial Disaster Management Authority
O government PDMA
F number 97
F number 41
L region Dadu
L region Qambar-Shahdadkot
F number 350,000
F number 1,214
> Briefing the media after the meeting, Sindh Information Minister Nazia Qureshi-Baloch said Rs31bn would come from the provincial budget and the rest from a World Bank loan already in the pipeline.
L region Sindh
P full Nazia Qureshi-Baloch
F money Rs31bn
O intergovernmental World Bank
> “Not a single rupee will go through a middleman. The money will reach the account of the woman of the house, verified through her CNIC,” she said. “We have learnt from 2022.”
Q direct Nazia Qureshi-Baloch :: “Not a single rupee will go through a middleman. The money will reach the account of the woman of the house, verified through her CNIC,”
Q direct Nazia Qureshi-Baloch :: “We have learnt from 2022.”
F date 2022
> She said the cabinet had also approved Rs4.5bn for the repair of 212 kilometres of damaged roads, a three-month waiver of the agricultural income tax and the distribution of 40,000 tents and 25,000 ration bags through the PDMA.
F money Rs4.5bn
F quantity 212 kilometres
F duration three-month
F number 40,000
F number 25,000
O government PDMA
> The opposition was not impressed. Muttahida Qaumi Movement-Pakistan (MQM-P) parliamentary leader Ali Khurshid Shaikh said the government had “announced big numbers in 2022 as well”, and that many families in Johi and Mehar were still waiting for the second instalment of that aid.
O party Muttahida Qaumi Movement-Pakistan
O party MQM-P
P full Ali Khurshid Shaikh
Q direct Ali Khurshid Shaikh :: “announced big numbers in 2022 as well”
F date 2022
L city Johi
L city Mehar
> In Dadu, where the Indus rose 11 feet above the danger mark at the Dadu-Moro bridge last week, residents said help had been slow to arrive.
L region Dadu
L geo Indus
F quantity 11 feet
L city Dadu
L city Moro
> “The water came into our village at 2am. For three days nobody came. Then the Edhi people came with a boat,” said Gul Bano Chandio, 45, who has been living with her six children on the Indus Highway near Bhan Saeedabad.
Q direct Gul Bano Chandio :: “The water came into our village at 2am. For three days nobody came. Then the Edhi people came with a boat,”
F time 2am
F duration three days
O nonprofit Edhi
P full Gul Bano Chandio
F age 45
F number six
L street Indus Highway
L city Bhan Saeedabad
> The UN’s World Food Programme (WFP) said on Tuesday it would provide food to 600,000 people in Sindh for 90 days, while the National Disaster Management Authority said it had dispatched 18 truckloads of tents and medicines from Islamabad.
O intergovernmental UN
O intergovernmental World Food Programme
O intergovernmental WFP
F number 600,000
L region Sindh
F duration 90 days
O government National Disaster Management Authority
F number 18
L city Islamabad
> A PDMA official, requesting anonymity, said floodwater in parts of Dadu and Jamshoro would take “at least six weeks” to drain. “The Manchhar is still above its safe level of 119 feet. If it rains again, we are in trouble,” the official said.
O government PDMA
L region Dadu
L region Jamshoro
Q direct - :: “at least six weeks”
F duration six weeks
Q direct - :: “The Manchhar is still above its safe level of 119 feet. If it rains again, we are in trouble,”
L geo Manchhar
F quantity 119 feet
> The Pakistan Meteorological Department (PMD) has forecast more rain in lower Sindh from September 9 to 11.
O government Pakistan Meteorological Department
O government PMD
L region Sindh
F date September 9
F date 11
'''

ARTICLES['1115-prairie-sovereign-mariner-bank-6-8-billion-merger-regina-halifax-osfi-globe-and-mail'] = r'''
> Banking
> Regina’s Prairie Sovereign to buy Halifax-based Mariner Bank in $6.8-billion deal
L city Regina
O company Prairie Sovereign
L city Halifax
O company Mariner Bank
F money $6.8-billion
> The all-share deal would create the country’s seventh-largest lender, with $214-billion in assets, and needs the approval of the banking regulator and the Finance Minister
F money $214-billion
> Odile Marchand-Kwan Banking Reporter
P full Odile Marchand-Kwan
> Published March 19, 2041 Updated 2 hours ago
F date March 19, 2041
F duration 2 hours
> Prairie Sovereign Bank’s head office on Scarth Street in Regina. MICHAEL TWOFEATHERS/THE GLOBE AND MAIL
O company Prairie Sovereign Bank
L street Scarth Street
L city Regina
P full MICHAEL TWOFEATHERS
O media THE GLOBE AND MAIL
> Prairie Sovereign Bank has agreed to buy Mariner Bank of Canada in an all-share deal worth $6.8-billion (US$4.9-billion), bringing together a Regina lender built on farm loans and a Halifax bank with deep roots in Atlantic Canada’s fishing and shipping industries.
O company Prairie Sovereign Bank
O company Mariner Bank of Canada
F money $6.8-billion
F money US$4.9-billion
L city Regina
L city Halifax
L region Atlantic Canada
> Under the agreement announced Tuesday, Mariner shareholders will receive 0.74 of a Prairie Sovereign share for each share they own, valuing Mariner at $41.30 a share, a premium of 27 per cent to its closing price on Monday. The combined bank would have about $214-billion in assets, 4.6 million customers and 612 branches.
O company Mariner
F number 0.74
O company Prairie Sovereign
O company Mariner
F money $41.30
F percent 27 per cent
F money $214-billion
F number 4.6 million
F number 612
> “This is a merger of two regional banks that have always had to punch above their weight,” Prairie Sovereign chief executive Lorne Vandersteen said on a call with analysts. “Together we can compete with the largest banks on technology without giving up what makes us different.”
Q direct Lorne Vandersteen :: “This is a merger of two regional banks that have always had to punch above their weight,”
F number two
O company Prairie Sovereign
P full Lorne Vandersteen
Q direct Lorne Vandersteen :: “Together we can compete with the largest banks on technology without giving up what makes us different.”
> Mr. Vandersteen, who will lead the combined bank, said it would keep its head office in Regina and a “second headquarters” in Halifax, where Mariner employs about 1,900 people. He promised there would be no branch closures in Nova Scotia, New Brunswick or Prince Edward Island for three years, but said the banks expected $310-million in annual cost savings by 2043.
P partial Vandersteen
L city Regina
Q direct Lorne Vandersteen :: “second headquarters”
L city Halifax
O company Mariner
F number 1,900
L region Nova Scotia
L region New Brunswick
L region Prince Edward Island
F duration three years
F money $310-million
F date 2043
> The deal must be approved by the Office of the Superintendent of Financial Institutions (OSFI), the Competition Bureau and Finance Minister Harjit Dhaliwal-Roy, who has the final say on bank mergers under the Bank Act. The companies expect the transaction to close in the first quarter of 2042.
O government Office of the Superintendent of Financial Institutions
O government OSFI
O government Competition Bureau
P full Harjit Dhaliwal-Roy
F date 2042
> A Finance Department spokesperson said the minister would review the deal “in the public interest, as the law requires.” OSFI said in a statement that it would examine the combined bank’s capital and “any concentration of agricultural lending risk.”
O government Finance Department
Q direct - :: “in the public interest, as the law requires.”
O government OSFI
Q direct Office of the Superintendent of Financial Institutions :: “any concentration of agricultural lending risk.”
> “The price is full, but the logic is sound. Mariner gives Prairie Sovereign cheap deposits, and Prairie Sovereign gives Mariner a way to grow,” wrote Gabriel Thériault-Nakamura of National Bank Financial, who kept an “outperform” rating on Prairie Sovereign shares.
Q direct Gabriel Thériault-Nakamura :: “The price is full, but the logic is sound. Mariner gives Prairie Sovereign cheap deposits, and Prairie Sovereign gives Mariner a way to grow,”
O company Mariner
O company Prairie Sovereign
O company Prairie Sovereign
O company Mariner
P full Gabriel Thériault-Nakamura
O company National Bank Financial
Q scare - :: “outperform”
O company Prairie Sovereign
> Another analyst, who asked not to be named because her firm advises one of the banks, said regulators were likely to demand the sale of some farm-loan portfolios in Saskatchewan and Manitoba, where Prairie Sovereign holds about 18 per cent of the market. “Ottawa will not wave this through,” she said.
L region Saskatchewan
L region Manitoba
O company Prairie Sovereign
F percent 18 per cent
Q direct - :: “Ottawa will not wave this through,”
L city Ottawa
> On the Toronto Stock Exchange, Mariner shares jumped $7.93, or 24 per cent, to $40.45, while Prairie Sovereign fell 3.1 per cent to $54.08.
O company Toronto Stock Exchange
O company Mariner
F money $7.93
F percent 24 per cent
F money $40.45
O company Prairie Sovereign
F percent 3.1 per cent
F money $54.08
> It would be the largest Canadian bank deal since Royal Bank of Canada bought HSBC Bank Canada for $13.5-billion in 2024. Mariner, founded in Lunenburg in 1887 as a lender to schooner owners, has been the subject of takeover talk since its profit fell by half in 2039.
O company Royal Bank of Canada
O company HSBC Bank Canada
F money $13.5-billion
F date 2024
O company Mariner
L city Lunenburg
F date 1887
F fraction half
F date 2039
> Mariner chair Elspeth MacIsaac-Doucet said the board had considered “every alternative” over 18 months. “Our name will come off some signs. Our people will not,” she said.
O company Mariner
P full Elspeth MacIsaac-Doucet
Q direct Elspeth MacIsaac-Doucet :: “every alternative”
F duration 18 months
Q direct Elspeth MacIsaac-Doucet :: “Our name will come off some signs. Our people will not,”
'''

ARTICLES['1116-shotton-steelworks-640-jobs-cadarn-steel-coating-line-flint-deeside-bbc-wales'] = r'''
> North East Wales
L region North East Wales
> Shotton steelworks: 640 jobs to go as owner shuts coating line
L city Shotton
F number 640
> By Elin Haf ab Ithel
P full Elin Haf ab Ithel
> Business correspondent, BBC Wales
O media BBC Wales
> Published 26 June 2040
F date 26 June 2040
> Image source, Getty Images
O media Getty Images
> Image caption, The Shotton works on Deeside has made steel since 1896
L city Shotton
L region Deeside
F date 1896
> About 640 jobs are to go at the Shotton steelworks in Flintshire after its owner said it would shut the older of its two coating lines and cut shifts at the plant.
F number 640
L city Shotton
L region Flintshire
F number two
> Cadarn Steel UK, which bought the works from Tata Steel in 2036, blamed cheap imports and high energy prices. It said the plant had lost £84m in the year to March and that the cuts would save about £41m a year.
O company Cadarn Steel UK
O company Tata Steel
F date 2036
F money £84m
F money £41m
> Workers were told at a meeting at 10:00 BST on Tuesday. Alun Prydderch, Wales officer for the Community union, said many had learned about the cuts from social media before the meeting began.
F time 10:00 BST
P full Alun Prydderch
L country Wales
O nonprofit Community
> "It is a hammer blow. Some of these men and women have given 30 years to this plant, and they found out in a 15-minute meeting," he said.
Q direct Alun Prydderch :: "It is a hammer blow. Some of these men and women have given 30 years to this plant, and they found out in a 15-minute meeting,"
F duration 30 years
F duration 15-minute
> "We will fight for every job. We have been here before, in 2024, when Port Talbot lost its blast furnaces, and we know what happens to a town when the work goes.
Q direct Alun Prydderch :: "We will fight for every job. We have been here before, in 2024, when Port Talbot lost its blast furnaces, and we know what happens to a town when the work goes.
F date 2024
L city Port Talbot
> "The owners need to come to the table with a plan, not a press release."
Q direct Alun Prydderch :: "The owners need to come to the table with a plan, not a press release."
> Cadarn said 410 of the jobs would go by the end of 2040 and the rest in 2041, and that it would ask for volunteers first. Workers at the plant earn £38,500 a year on average, according to the Unite union.
O company Cadarn
F number 410
F date 2040
F date 2041
F money £38,500
O nonprofit Unite
> In a statement, Cadarn managing director Rhys Llewelyn-Evans said the decision was "painful but necessary" and that the remaining line, which supplies coated steel to the construction and car industries, "has a strong future in Wales".
O company Cadarn
P full Rhys Llewelyn-Evans
Q direct Rhys Llewelyn-Evans :: "painful but necessary"
Q direct Rhys Llewelyn-Evans :: "has a strong future in Wales"
L country Wales
> Economy Secretary Catrin Morgan-Bowen said the Welsh government was "deeply disappointed" and would offer training grants of up to £5,000 to every worker affected. The UK government said it was in contact with the company.
P full Catrin Morgan-Bowen
Q direct Catrin Morgan-Bowen :: "deeply disappointed"
F money £5,000
L country UK
> Reform UK's Senedd member for Fflint Wrecsam, Mared Hughes-Dafis, said the Senedd should hold an emergency debate next week.
O party Reform UK
O government Senedd
L region Fflint Wrecsam
P full Mared Hughes-Dafis
O government Senedd
> "Flint, Connah's Quay and Queensferry grew up around this works. Take it away and you take away the reason those towns exist," she said.
Q direct Mared Hughes-Dafis :: "Flint, Connah's Quay and Queensferry grew up around this works. Take it away and you take away the reason those towns exist,"
L city Flint
L city Connah's Quay
L city Queensferry
> At the gates on Tuesday afternoon, crane driver Dylan O'Connor-Jones, 52, from Mold, said he had heard the news from his daughter.
P full Dylan O'Connor-Jones
F age 52
L city Mold
> "My grandad worked here, my dad worked here. I've got 26 years in and two kids at Ysgol Maes Garmon. Where am I supposed to go at 52?" he asked.
Q direct Dylan O'Connor-Jones :: "My grandad worked here, my dad worked here. I've got 26 years in and two kids at Ysgol Maes Garmon. Where am I supposed to go at 52?"
F duration 26 years
F number two
O education Ysgol Maes Garmon
F age 52
> Shotton employed more than 8,000 people at its peak in the 1970s. About 1,650 work there today, making it one of the largest employers in Flintshire, where unemployment stands at 4.9%.
L city Shotton
F number 8,000
F date 1970s
F number 1,650
L region Flintshire
F percent 4.9%
> Cadarn said consultation with the unions would last 45 days and that no compulsory redundancies would be made before 1 October.
O company Cadarn
F duration 45 days
F date 1 October
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
