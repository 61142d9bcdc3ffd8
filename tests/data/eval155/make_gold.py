#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval155 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval155/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['973-bundestag-budget-talks-collapse-greens-von-sellin-dw'] = r'''
> Politics
> Germany: Greens reject 'betrayal' budget as coalition talks collapse
L country Germany
O party Greens
Q direct Malte Oberländer :: 'betrayal'
> Finance Minister Katharina von Sellin wants to close an €18.4 billion hole in the 2040 budget by cutting climate subsidies. The Greens say they will not vote for it, with the deadline three weeks away.
P full Katharina von Sellin
F money €18.4 billion
F date 2040
O party Greens
F duration three weeks
> Jonas Brückner
P full Jonas Brückner
> 11/15/2039
F date 11/15/2039
> Katharina von Sellin presented her draft to the Bundestag's budget committee on Monday Image: Henrike Falkenau/dpa/picture alliance
P full Katharina von Sellin
O government Bundestag
P full Henrike Falkenau
O media dpa
O media picture alliance
> Talks between Germany's three governing parties on next year's federal budget broke down late on Monday, after the Greens refused to accept €6.2 billion in cuts to subsidies for heat pumps and rail freight proposed by Finance Minister Katharina von Sellin of the Social Democrats (SPD).
L country Germany
F number three
O party Greens
F money €6.2 billion
P full Katharina von Sellin
O party Social Democrats
O party SPD
> The gap in the 2040 budget has grown to €18.4 billion, von Sellin told reporters in Berlin on Tuesday, largely because interest payments on federal debt will rise to €61 billion, up from €39 billion in 2036.
F date 2040
F money €18.4 billion
P partial von Sellin
L city Berlin
F money €61 billion
F money €39 billion
F date 2036
> "We cannot borrow our way out of this. The debt brake is written into the Basic Law, and the Federal Constitutional Court has told us twice what happens when we ignore it," she said, referring to rulings from Karlsruhe in 2023 and 2037.
Q direct Katharina von Sellin :: "We cannot borrow our way out of this. The debt brake is written into the Basic Law, and the Federal Constitutional Court has told us twice what happens when we ignore it,"
O government Federal Constitutional Court
L city Karlsruhe
F date 2023
F date 2037
> Malte Oberländer, who leads the Greens' 94 lawmakers in the Bundestag, called the plan "a betrayal of everything this coalition promised voters in 2037." He said his parliamentary group would not back a budget that "balances the books on the backs of the climate."
P full Malte Oberländer
O party Greens
F number 94
O government Bundestag
Q direct Malte Oberländer :: "a betrayal of everything this coalition promised voters in 2037."
F date 2037
Q direct Malte Oberländer :: "balances the books on the backs of the climate."
> "Heat pumps are not a luxury. For a pensioner in Cottbus or a family in Gelsenkirchen, the subsidy decides whether they can switch at all," Oberländer said. "If the minister wants savings, she can find them elsewhere.
Q direct Malte Oberländer :: "Heat pumps are not a luxury. For a pensioner in Cottbus or a family in Gelsenkirchen, the subsidy decides whether they can switch at all,"
L city Cottbus
L city Gelsenkirchen
P partial Oberländer
Q direct Malte Oberländer :: "If the minister wants savings, she can find them elsewhere.
> "Start with the 'Dienstwagenprivileg,' the tax break for company cars. We have put that on the table three times."
Q direct Malte Oberländer :: "Start with the 'Dienstwagenprivileg,' the tax break for company cars. We have put that on the table three times."
F number three
> The conservative Christian Democratic Union (CDU), the largest opposition party, accused the coalition of "chaos." CDU budget spokeswoman Annegret Hülsmann-Doğan said Germany needed "a freeze on new debt, not another special fund."
O party Christian Democratic Union
O party CDU
Q direct Christian Democratic Union :: "chaos."
P full Annegret Hülsmann-Doğan
L country Germany
Q direct Annegret Hülsmann-Doğan :: "a freeze on new debt, not another special fund."
> The far-right Alternative for Germany (AfD), which holds 151 of the 630 seats, said it would present its own budget.
O party Alternative for Germany
O party AfD
F number 151
F number 630
> The cabinet had hoped to approve the draft on November 26 so that the Bundestag could pass it in the week of December 12. The budget committee's final "clean-up session," known in Berlin as the Bereinigungssitzung, often runs past midnight and can last up to 16 hours.
F date November 26
O government Bundestag
F date December 12
Q scare - :: "clean-up session,"
L city Berlin
F duration 16 hours
> A senior official at the Finance Ministry, who asked not to be named, said von Sellin had offered to cut the rail freight subsidy by only 40% and to delay the heat pump cuts until July 1, 2040. "The offer is generous. The Greens know the numbers," the official said.
O government Finance Ministry
P partial von Sellin
F percent 40%
F date July 1, 2040
Q direct - :: "The offer is generous. The Greens know the numbers,"
O party Greens
> Clemens Aufderheide, an economist at the Kiel Institute for the World Economy (IfW), said the dispute was about more than money. "Every government since 2021 has fought over the debt brake. This one has simply run out of tricks," he said.
P full Clemens Aufderheide
O nonprofit Kiel Institute for the World Economy
O nonprofit IfW
Q direct Clemens Aufderheide :: "Every government since 2021 has fought over the debt brake. This one has simply run out of tricks,"
F date 2021
> He estimated that Germany would need €35 billion to €40 billion a year in extra public investment until 2045.
L country Germany
F money €35 billion
F money €40 billion
F date 2045
> Chancellor Lena Asmussen-Pohl will meet the three party leaders at 8 a.m. on Wednesday. If there is no deal by Friday, the government will have to run on a provisional budget from January 1.
P full Lena Asmussen-Pohl
F number three
F time 8 a.m.
F date January 1
> Edited by: Tobias Kehl
P full Tobias Kehl
'''

ARTICLES['974-sudan-jeddah-ceasefire-talks-el-fasher-displaced-al-jazeera'] = r'''
> News|Conflict
> Sudan’s warring sides agree to 30-day truce at Jeddah talks
L country Sudan
F duration 30-day
L city Jeddah
> Army and RSF delegations commit to a ceasefire around el-Fasher and in South Kordofan as UN agencies say 14 million people remain displaced.
O other RSF
L city el-Fasher
L region South Kordofan
O intergovernmental UN
F number 14 million
> By Hiba Abdelrahman
P full Hiba Abdelrahman
> Published On 9 Feb 2040
F date 9 Feb 2040
> Displaced families queue for food at a camp in Tawila, North Darfur, in January [Tarig el-Nour/Al Jazeera]
L city Tawila
L region North Darfur
P full Tarig el-Nour
O media Al Jazeera
> Sudan’s army and the paramilitary Rapid Support Forces (RSF) have agreed to a 30-day ceasefire starting at midnight on Friday, mediators from Saudi Arabia and the United States said after nine days of talks in the Red Sea city of Jeddah.
L country Sudan
O other Rapid Support Forces
O other RSF
F duration 30-day
L country Saudi Arabia
L country United States
F duration nine days
L geo Red Sea
L city Jeddah
> The truce, the first signed by the two sides since the 2023 Jeddah Declaration collapsed within weeks, covers el-Fasher, the capital of North Darfur, and the towns of Kadugli and Dilling in South Kordofan, according to a joint statement.
F number two
F date 2023
L city el-Fasher
L region North Darfur
L city Kadugli
L city Dilling
L region South Kordofan
> Saudi Arabia’s Ministry of Foreign Affairs called the agreement “a first step, not a final settlement”, and said a second round of talks would open in Jeddah on February 23.
L country Saudi Arabia
O government Ministry of Foreign Affairs
Q direct Ministry of Foreign Affairs :: “a first step, not a final settlement”
L city Jeddah
F date February 23
> The delegation of the Sudanese Armed Forces (SAF) was led by Lieutenant General Ibrahim al-Mardi, who told reporters that the military had signed “for the sake of our people in el-Fasher”. Al-Mardi warned that the army would respond “to any violation, immediately and with force”.
O government Sudanese Armed Forces
O government SAF
P full Ibrahim al-Mardi
Q direct Ibrahim al-Mardi :: “for the sake of our people in el-Fasher”
L city el-Fasher
P partial Al-Mardi
Q direct Ibrahim al-Mardi :: “to any violation, immediately and with force”
> “We came to Jeddah to stop the killing, not to score points,” said Yousif el-Gadal, who led the RSF team. “Our forces will withdraw from the road between el-Fasher and Tawila within 72 hours.
Q direct Yousif el-Gadal :: “We came to Jeddah to stop the killing, not to score points,”
L city Jeddah
P full Yousif el-Gadal
O other RSF
Q direct Yousif el-Gadal :: “Our forces will withdraw from the road between el-Fasher and Tawila within 72 hours.
L city el-Fasher
L city Tawila
F duration 72 hours
> “But if the army’s drones keep flying, nobody should expect us to sit and wait.”
Q direct Yousif el-Gadal :: “But if the army’s drones keep flying, nobody should expect us to sit and wait.”
> The United Nations says Sudan faces the largest displacement crisis in the world. According to the International Organization for Migration (IOM), 14.2 million people are displaced inside the country, and a further 4.1 million have fled to Chad, Egypt, South Sudan and other neighbours.
O intergovernmental United Nations
L country Sudan
O intergovernmental International Organization for Migration
O intergovernmental IOM
F number 14.2 million
F number 4.1 million
L country Chad
L country Egypt
L country South Sudan
> The World Food Programme (WFP) said 230 trucks carrying 6,800 tonnes of food were waiting in Port Sudan and at the Adre crossing from Chad. “A ceasefire is only useful if the trucks move on the first day,” WFP country director Samira al-Khatib told Al Jazeera by phone from Port Sudan.
O intergovernmental World Food Programme
O intergovernmental WFP
F number 230
F quantity 6,800 tonnes
L city Port Sudan
L city Adre
L country Chad
Q direct Samira al-Khatib :: “A ceasefire is only useful if the trucks move on the first day,”
O intergovernmental WFP
P full Samira al-Khatib
O media Al Jazeera
L city Port Sudan
> UNICEF estimates that 3.7 million children under five in Sudan are acutely malnourished, about 40 percent more than in 2038.
O intergovernmental UNICEF
F number 3.7 million
F age five
L country Sudan
F percent 40 percent
F date 2038
> In Tawila, about 60km west of el-Fasher, Fatima Abdallah, 34, said she had walked for four days with her three children to reach the camp last April. “They say ceasefire, ceasefire. We will believe it when we can go home,” she told Al Jazeera.
L city Tawila
F quantity 60km
L city el-Fasher
P full Fatima Abdallah
F age 34
F duration four days
F number three
Q direct Fatima Abdallah :: “They say ceasefire, ceasefire. We will believe it when we can go home,”
O media Al Jazeera
> A Western diplomat who attended the talks, speaking on condition of anonymity, said monitoring would be “the hardest part”. The deal provides for a 12-member committee based in Jeddah, but neither side has agreed to let observers into Darfur.
Q direct - :: “the hardest part”
F number 12
L city Jeddah
L region Darfur
> The war began in April 2023 and has killed at least 150,000 people, according to some estimates.
F date April 2023
F number 150,000
> Source: Al Jazeera
O media Al Jazeera
'''

ARTICLES['975-australian-open-quarterfinal-van-der-berghe-arakawa-match-points-ap'] = r'''
> Tennis
> Van der Berghe saves 3 match points, stuns top seed Arakawa in Australian Open quarterfinals
P partial Van der Berghe
F number 3
P partial Arakawa
> The 22-year-old Belgian, ranked 41st, needed 4 hours, 37 minutes and 31 aces to reach his first Grand Slam semifinal.
F age 22-year-old
F duration 4 hours
F duration 37 minutes
F number 31
> By HANNAH McCORKELL
P full HANNAH McCORKELL
> AP Sports Writer
O media AP
> Updated 9:14 AM EST, January 25, 2040
F time 9:14 AM EST
F date January 25, 2040
> Lukas van der Berghe of Belgium celebrates after defeating Kenji Arakawa of Japan in their quarterfinal at the Australian Open tennis championships in Melbourne, Australia, Wednesday, Jan. 25, 2040. (AP Photo/Marisa Cottrell)
P full Lukas van der Berghe
L country Belgium
P full Kenji Arakawa
L country Japan
L city Melbourne
L country Australia
F date Jan. 25, 2040
O media AP
P full Marisa Cottrell
> MELBOURNE, Australia (AP) — Lukas van der Berghe had never won a match on Rod Laver Arena before this week. On Wednesday night he won the biggest one of his career, saving three match points to beat top-seeded Kenji Arakawa 6-7 (5), 7-6 (9), 3-6, 7-5, 6-4 in the Australian Open quarterfinals.
L city MELBOURNE
L country Australia
O media AP
P full Lukas van der Berghe
L facility Rod Laver Arena
F number three
P full Kenji Arakawa
F score 6-7 (5)
F score 7-6 (9)
F score 3-6
F score 7-5
F score 6-4
> The 22-year-old Belgian, nicknamed “the Lighthouse” for his 6-foot-8 frame and ranked No. 41, served 31 aces, the most by any player at Melbourne Park this year, and hit one at 227 kph (141 mph) to save the second match point at 4-5 in the fourth set.
F age 22-year-old
Q scare - :: “the Lighthouse”
F quantity 6-foot-8
F number 31
L facility Melbourne Park
F quantity 227 kph
F quantity 141 mph
F score 4-5
> “At 4-5, 15-40, I just told myself: serve big and pray,” van der Berghe said. “My coach always says, ‘The ball doesn’t know the score.’ Tonight I believed him.”
Q direct Lukas van der Berghe :: “At 4-5, 15-40, I just told myself: serve big and pray,”
F score 4-5
F score 15-40
P partial van der Berghe
Q direct Lukas van der Berghe :: “My coach always says, ‘The ball doesn’t know the score.’ Tonight I believed him.”
> The match lasted 4 hours, 37 minutes and ended at 12:41 a.m. local time. Arakawa, the 2038 champion and the winner of all six of their previous meetings, led by a set and a break in the fourth before van der Berghe broke back at 3-4.
F duration 4 hours
F duration 37 minutes
F time 12:41 a.m.
P partial Arakawa
F date 2038
F number six
P partial van der Berghe
F score 3-4
> “He served like a giant tonight. I had my chances and I didn’t take them,” said Arakawa, who hit 64 winners but made 71 unforced errors. “Three match points. Maybe next year I take one.”
Q direct Kenji Arakawa :: “He served like a giant tonight. I had my chances and I didn’t take them,”
P partial Arakawa
F number 64
F number 71
Q direct Kenji Arakawa :: “Three match points. Maybe next year I take one.”
F number Three
> Van der Berghe won 84% of points on his first serve and saved 11 of 14 break points. He had lost in the first round in Melbourne in each of the previous three years.
P partial Van der Berghe
F percent 84%
F number 11
F number 14
L city Melbourne
F duration three years
> His coach, Pieter-Jan Declercq, who played Davis Cup for Belgium, said the breakthrough came after the pair spent six weeks training at altitude in the Sierra Nevada in Spain in December.
P full Pieter-Jan Declercq
O team Belgium
F duration six weeks
L geo Sierra Nevada
L country Spain
> Van der Berghe will next play eighth-seeded Rafael Quintana-Ortiz of Spain, who beat Ukraine’s Dmytro Savchuk-Lysenko 6-2, 6-4, 6-3 in 1 hour, 58 minutes on Margaret Court Arena earlier Wednesday.
P partial Van der Berghe
P full Rafael Quintana-Ortiz
L country Spain
L country Ukraine
P full Dmytro Savchuk-Lysenko
F score 6-2
F score 6-4
F score 6-3
F duration 1 hour
F duration 58 minutes
L facility Margaret Court Arena
> In the women’s draw, No. 3 seed Chiara Dal Bello of Italy reached the semifinals for the first time since 2036 when Australia’s Tayla Whitcombe-Ngata retired with a left ankle injury while trailing 6-1, 2-0. A crowd of 14,820 had come to cheer Whitcombe-Ngata, the last Australian left in either singles draw.
P full Chiara Dal Bello
L country Italy
F date 2036
L country Australia
P full Tayla Whitcombe-Ngata
F score 6-1
F score 2-0
F number 14,820
P partial Whitcombe-Ngata
> “I’m so sorry to everyone who came tonight. My ankle just went,” Whitcombe-Ngata said.
Q direct Tayla Whitcombe-Ngata :: “I’m so sorry to everyone who came tonight. My ankle just went,”
P partial Whitcombe-Ngata
> The women’s semifinals are Thursday. The men’s final is set for 7:30 p.m. on Sunday, Jan. 29.
F time 7:30 p.m.
F date Jan. 29
'''

ARTICLES['976-ngati-rakaumanu-treaty-settlement-matawai-forest-crown-apology-nz-herald'] = r'''
> New Zealand
L country New Zealand
> 'We never sold it': Ngāti Rākaumanu signs $48.5m Treaty settlement
Q direct Mere Tūhaka :: 'We never sold it'
O other Ngāti Rākaumanu
F money $48.5m
> The Tairāwhiti iwi gets back 2640ha of forest land near Matawai and an apology from the Crown, 175 years after its land was confiscated.
L region Tairāwhiti
F quantity 2640ha
L city Matawai
F duration 175 years
> Mihi Rāwiri-Kerr
P full Mihi Rāwiri-Kerr
> Māori affairs reporter·NZ Herald·
O media NZ Herald
> 15 Mar, 2040 05:00 AM
F date 15 Mar, 2040
F time 05:00 AM
> 4 mins to read
F duration 4 mins
> Ngāti Rākaumanu kuia Mere Tūhaka, 88, at the signing in Wellington on Wednesday. Photo / Ruben Hāwira
P full Mere Tūhaka
F age 88
L city Wellington
P full Ruben Hāwira
> Ngāti Rākaumanu has signed a $48.5 million Treaty of Waitangi settlement with the Crown, ending a claim the iwi first lodged with the Waitangi Tribunal in 1991.
O other Ngāti Rākaumanu
F money $48.5 million
O government Waitangi Tribunal
F date 1991
> The deed of settlement, signed in Wellington on Wednesday in front of about 300 iwi members, returns 2640ha of Crown forest land near Matawai and Mōtū, gives the iwi a say over 14 sites of cultural significance and includes a formal apology for the confiscation of 41,000 hectares in 1866.
L city Wellington
F number 300
F quantity 2640ha
L city Matawai
L city Mōtū
F number 14
F quantity 41,000 hectares
F date 1866
> Minister for Treaty of Waitangi Negotiations Kiri Moananui said the Crown had "failed this iwi for five generations".
P full Kiri Moananui
Q direct Kiri Moananui :: "failed this iwi for five generations"
F number five
> "The confiscation was unjust and it was unlawful, even by the standards of the time. Today the Crown says so, plainly and in writing," Moananui said.
Q direct Kiri Moananui :: "The confiscation was unjust and it was unlawful, even by the standards of the time. Today the Crown says so, plainly and in writing,"
P partial Moananui
> Te Rūnanga o Ngāti Rākaumanu chairman Hōhepa Te Kuru said the money was "the smallest part" of the deal.
O other Te Rūnanga o Ngāti Rākaumanu
P full Hōhepa Te Kuru
Q direct Hōhepa Te Kuru :: "the smallest part"
> "Our people wanted the whenua back. The forest at Matawai is where our tūpuna are buried, and for 175 years we had to ask permission to visit them," he said. "Now our mokopuna will be the ones giving permission.
Q direct Hōhepa Te Kuru :: "Our people wanted the whenua back. The forest at Matawai is where our tūpuna are buried, and for 175 years we had to ask permission to visit them,"
L city Matawai
F duration 175 years
Q direct Hōhepa Te Kuru :: "Now our mokopuna will be the ones giving permission.
> "That is what 'settlement' means to us."
Q direct Hōhepa Te Kuru :: "That is what 'settlement' means to us."
> Of the financial redress, $31.2 million is cash and $17.3m is the value of the forest land, which is leased to Waioeka Timber Ltd until 2047. The iwi will also receive about $6.8m in accumulated forest rentals held by the Crown Forestry Rental Trust.
F money $31.2 million
F money $17.3m
O company Waioeka Timber Ltd
F date 2047
F money $6.8m
O nonprofit Crown Forestry Rental Trust
> Ngāti Rākaumanu has 6412 registered members, about a third of whom live in Gisborne, Ōpōtiki or Whakatāne. Nearly 40 per cent live in Australia, Te Kuru said.
O other Ngāti Rākaumanu
F number 6412
F fraction a third
L city Gisborne
L city Ōpōtiki
L city Whakatāne
F percent 40 per cent
L country Australia
P partial Te Kuru
> The iwi will put the cash into a new commercial trust. Its first $2m will go to a health clinic and te reo Māori classes at Matawai School, which has 46 pupils, Te Kuru said.
F money $2m
O education Matawai School
F number 46
P partial Te Kuru
> Mere Tūhaka, 88, who gave evidence when the Waitangi Tribunal sat at Matawai Marae in 2004, made the 530km trip to Wellington for the signing. "My grandfather told the land court in 1912 that we never sold it. He was right. We never sold it," she said.
P full Mere Tūhaka
F age 88
O government Waitangi Tribunal
L facility Matawai Marae
F date 2004
F quantity 530km
L city Wellington
Q direct Mere Tūhaka :: "My grandfather told the land court in 1912 that we never sold it. He was right. We never sold it,"
F date 1912
> A spokeswoman for the Ōpōtiki District Council said the council supported the settlement and would work with the iwi on "a shared plan for the Mōtū River catchment".
O government Ōpōtiki District Council
Q direct - :: "a shared plan for the Mōtū River catchment"
L geo Mōtū River
> The Ngāti Rākaumanu Claims Settlement Bill is expected to be introduced to Parliament before the end of the year. Successive governments have paid out more than NZ$3.1 billion in Treaty settlements since 1992.
O government Parliament
F money NZ$3.1 billion
F date 1992
'''

ARTICLES['977-halvorsen-semiconductor-34-billion-arizona-fab-casa-grande-bloomberg'] = r'''
> Technology
> Halvorsen to Spend $34 Billion on Arizona Chip Plant, Creating 4,200 Jobs
O company Halvorsen
F money $34 Billion
L region Arizona
F number 4,200
> Company to build two fabs west of Casa Grande, with output from 2043
F number two
L city Casa Grande
F date 2043
> Shares rise 6.2% in New York; state offers $1.1 billion in incentives
F percent 6.2%
L city New York
F money $1.1 billion
> By Elena Marchetti-Vance and Tomasz Wróbel
P full Elena Marchetti-Vance
P full Tomasz Wróbel
> September 22, 2039 at 7:02 AM MST
F date September 22, 2039
F time 7:02 AM MST
> Updated on September 22, 2039 at 1:45 PM MST
F date September 22, 2039
F time 1:45 PM MST
> A technician checks wafers at a Halvorsen plant in Hillsboro, Oregon. Photographer: Caleb Ostrander/Bloomberg
O company Halvorsen
L city Hillsboro
L region Oregon
P full Caleb Ostrander
O media Bloomberg
> Halvorsen Semiconductor Corp. plans to invest $34 billion in a chipmaking complex in Pinal County, Arizona, the largest private investment in the state’s history and a bet that demand for artificial intelligence processors will keep growing into the 2040s.
O company Halvorsen Semiconductor Corp.
F money $34 billion
L region Pinal County
L region Arizona
F date 2040s
> The Santa Clara, California-based company will build two fabrication plants, known in the industry as “fabs,” on 1,150 acres west of Casa Grande, it said in a statement Thursday. The first is due to start production in the second half of 2043. The project will create about 4,200 permanent jobs and employ as many as 9,000 construction workers at its peak.
L city Santa Clara
L region California
F number two
Q scare - :: “fabs,”
F quantity 1,150 acres
L city Casa Grande
F date 2043
F number 4,200
F number 9,000
> Arizona Governor Rosalind Tapia-Whitfield, who spent 14 months courting the company, called the project “a generational win.” The state will provide $1.1 billion in tax credits and road and water infrastructure over 20 years, according to the Arizona Commerce Authority.
L region Arizona
P full Rosalind Tapia-Whitfield
F duration 14 months
Q direct Rosalind Tapia-Whitfield :: “a generational win.”
F money $1.1 billion
F duration 20 years
O government Arizona Commerce Authority
> “We looked at sites in Texas, Ohio and upstate New York, but Arizona already has the engineers, the suppliers and a governor who picks up the phone at 11 p.m.,” Chief Executive Officer Marcus Eklund-Reyes said in an interview with Bloomberg Television. “Water was the hardest question.
Q direct Marcus Eklund-Reyes :: “We looked at sites in Texas, Ohio and upstate New York, but Arizona already has the engineers, the suppliers and a governor who picks up the phone at 11 p.m.,”
L region Texas
L region Ohio
L region New York
L region Arizona
F time 11 p.m.
P full Marcus Eklund-Reyes
O media Bloomberg Television
Q direct Marcus Eklund-Reyes :: “Water was the hardest question.
> “We will recycle 92% of the water we use, and we have bought the rights to another 4,000 acre-feet a year from the Maricopa-Stanfield Irrigation and Drainage District,” he said.
Q direct Marcus Eklund-Reyes :: “We will recycle 92% of the water we use, and we have bought the rights to another 4,000 acre-feet a year from the Maricopa-Stanfield Irrigation and Drainage District,”
F percent 92%
F quantity 4,000 acre-feet
O government Maricopa-Stanfield Irrigation and Drainage District
> Halvorsen expects to pay for about 60% of the project from its own cash flow and the rest with debt and a $6.5 billion grant it is seeking under the CHIPS and Science Act, according to a person familiar with the matter, who asked not to be identified because the talks are private. The Commerce Department declined to comment.
O company Halvorsen
F percent 60%
F money $6.5 billion
O government Commerce Department
> Halvorsen shares rose 6.2% to $187.35 at 11:30 a.m. in New York, giving the company a market value of about $412 billion. The stock had fallen 9% this year through Wednesday.
O company Halvorsen
F percent 6.2%
F money $187.35
F time 11:30 a.m.
L city New York
F money $412 billion
F percent 9%
> “This is a big check, but Halvorsen is running at 97% utilization and has lost orders to TSMC because it couldn’t ship,” said Nadia Farouqi, an analyst at Bloomberg Intelligence. She estimates the two fabs could turn out 110,000 wafers a month at full capacity.
Q direct Nadia Farouqi :: “This is a big check, but Halvorsen is running at 97% utilization and has lost orders to TSMC because it couldn’t ship,”
O company Halvorsen
F percent 97%
O company TSMC
P full Nadia Farouqi
O media Bloomberg Intelligence
F number two
F number 110,000
> Arizona has drawn more than $200 billion of chip investment since 2020, led by TSMC’s complex in north Phoenix and Intel Corp.’s campus in Chandler.
L region Arizona
F money $200 billion
F date 2020
O company TSMC
L city Phoenix
O company Intel Corp.
L city Chandler
> Not everyone is celebrating. Casa Grande Mayor Teresa Olguín-Pratt said the city of 68,000 people would need at least 3,000 new homes and a second wastewater plant. “We want the jobs. Somebody also has to pay for the pipes,” she said.
L city Casa Grande
P full Teresa Olguín-Pratt
F number 68,000
F number 3,000
Q direct Teresa Olguín-Pratt :: “We want the jobs. Somebody also has to pay for the pipes,”
> — With assistance from Keiko Anders
P full Keiko Anders
'''

ARTICLES['978-delhi-aqi-severe-plus-grap-stage-iv-fines-caqm-hindustan-times'] = r'''
> Delhi News
L city Delhi
> Delhi’s AQI hits 468 as Stage IV curbs return; ₹20,000 fine for old vehicles
L city Delhi
F number 468
F money ₹20,000
> Commission for Air Quality Management bans non-essential trucks and construction across Delhi-NCR as smog hangs over the city for a fifth straight day
O government Commission for Air Quality Management
L city Delhi
L region NCR
> By Ishita Kanwal, New Delhi
P full Ishita Kanwal
L city New Delhi
> Nov 18, 2039 06:41 AM IST
F date Nov 18, 2039
F time 06:41 AM IST
> Commuters make their way through thick smog near ITO on Thursday. (Arvind Nagpal/HT Photo)
L street ITO
P full Arvind Nagpal
O media HT
> Delhi’s air quality slipped into the “severe plus” category on Thursday, with the 24-hour average air quality index (AQI) touching 468 at 4pm, the worst reading of the season, according to the Central Pollution Control Board (CPCB).
L city Delhi
Q scare - :: “severe plus”
F duration 24-hour
F number 468
F time 4pm
O government Central Pollution Control Board
O government CPCB
> Within hours, the Commission for Air Quality Management (CAQM) invoked Stage IV of the Graded Response Action Plan (GRAP) across the National Capital Region, banning the entry of trucks other than those carrying essential goods, halting all construction work and asking schools to hold classes online for students up to Class 9.
O government Commission for Air Quality Management
O government CAQM
L region National Capital Region
> This is the second time this month that Stage IV curbs have been imposed. They were last lifted on November 9, when the AQI improved to 338.
F date November 9
F number 338
> Of the 40 monitoring stations in the city, 37 recorded “severe” air. Jahangirpuri was the worst at 497, followed by Anand Vihar (491) and Wazirpur (488). Even Lodhi Road, usually one of the cleaner spots, recorded 431.
F number 40
F number 37
Q scare - :: “severe”
L city Jahangirpuri
F number 497
L city Anand Vihar
F number 491
L city Wazirpur
F number 488
L street Lodhi Road
F number 431
> The concentration of PM2.5, the finest and most harmful particles, was 342 micrograms per cubic metre at 8am, nearly 23 times the World Health Organization’s 24-hour guideline of 15 µg/m³.
F quantity 342 micrograms per cubic metre
F time 8am
F number 23
O intergovernmental World Health Organization
F duration 24-hour
F quantity 15 µg/m³
> Delhi environment minister Devendra Kalra said 280 enforcement teams would be on the roads from Friday. “Any BS-III petrol or BS-IV diesel car found on the road will be fined ₹20,000 on the spot. There will be no warnings this time,” Kalra said.
L city Delhi
P full Devendra Kalra
F number 280
Q direct Devendra Kalra :: “Any BS-III petrol or BS-IV diesel car found on the road will be fined ₹20,000 on the spot. There will be no warnings this time,”
F money ₹20,000
P partial Kalra
> He said the transport department had issued 6,318 challans worth ₹12.6 crore since GRAP was first invoked on October 15. “People think this is about the government. It is about their children’s lungs.
F number 6,318
F money ₹12.6 crore
F date October 15
Q direct Devendra Kalra :: “People think this is about the government. It is about their children’s lungs.
> “Last year we had 11 days of ‘severe plus’ air. I do not want to see that number again,” he added.
Q direct Devendra Kalra :: “Last year we had 11 days of ‘severe plus’ air. I do not want to see that number again,”
F duration 11 days
> Union environment minister Pratibha Sahni said stubble burning in Punjab and Haryana accounted for 31% of Delhi’s PM2.5 on Wednesday, citing the Decision Support System run by the Indian Institute of Tropical Meteorology (IITM), Pune. Punjab recorded 1,284 farm fires on Wednesday alone, she said.
P full Pratibha Sahni
L region Punjab
L region Haryana
F percent 31%
L city Delhi
O government Indian Institute of Tropical Meteorology
O government IITM
L city Pune
L region Punjab
F number 1,284
> In a statement, the Punjab government said farm fires were 46% lower than on the same date in 2038.
L region Punjab
F percent 46%
F date 2038
> Doctors at the All India Institute of Medical Sciences (AIIMS) said respiratory cases in the emergency department had risen by about 30% in a week. “We are seeing children as young as three with wheezing and breathlessness,” said Dr Meenakshi Arora-Lal, a pulmonologist at the hospital.
O education All India Institute of Medical Sciences
O education AIIMS
F percent 30%
Q direct Meenakshi Arora-Lal :: “We are seeing children as young as three with wheezing and breathlessness,”
F age three
P full Meenakshi Arora-Lal
> The India Meteorological Department (IMD) has forecast calm winds of 4-6 km/h till Sunday and said relief was unlikely before November 22. The CAQM order, dated 17.11.2039, will remain in force until further review.
O government India Meteorological Department
O government IMD
F quantity 4-6 km/h
F date November 22
O government CAQM
F date 17.11.2039
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
