#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval308 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval308/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1891-kuruvai-paddy-procurement-delta-moisture-norm-tncsc-thanjavur-the-hindu'] = r'''
> Tamil Nadu
L region Tamil Nadu
> Farmers camp for days at delta procurement centres as rain raises moisture in kuruvai paddy
> TNCSC has opened 912 purchase centres; farmers’ association wants moisture norm relaxed to 22%
O government TNCSC
F number 912
F percent 22%
> P. Kayalvizhi
P full P. Kayalvizhi
> Published - October 14, 2041 08:12 pm IST - THANJAVUR
F date October 14, 2041
F time 08:12 pm IST
L city THANJAVUR
> Farmers dry paddy on the road near a direct purchase centre at Orathanadu in Thanjavur district on Monday. | Photo Credit: R. VETRISELVAN
L city Orathanadu
L region Thanjavur
P full R. VETRISELVAN
> With the kuruvai harvest at its peak and intermittent rain lashing the delta, hundreds of farmers in Thanjavur, Tiruvarur, Nagapattinam and Mayiladuthurai districts have been waiting for three to five days at direct purchase centres (DPCs) run by the Tamil Nadu Civil Supplies Corporation (TNCSC) to sell their paddy.
L region Thanjavur
L region Tiruvarur
L region Nagapattinam
L region Mayiladuthurai
F duration three
F duration five days
O government Tamil Nadu Civil Supplies Corporation
O government TNCSC
> Officials said the TNCSC had opened 912 DPCs across the delta this season, 64 more than last year, and had procured 3.18 lakh tonnes of paddy since October 1. Farmers, however, said arrivals had outstripped the capacity of the centres, where each team can weigh and bag only about 1,000 bags of 40 kg a day.
O government TNCSC
F number 912
F number 64
F quantity 3.18 lakh tonnes
F date October 1
F number 1,000
F quantity 40 kg
> “We harvested on Thursday and have been sleeping here since Friday. If it rains again tonight, the grain will sprout and nobody will buy it,” said M. Thamizharasi, 46, who grows paddy on four acres at Thirukattupalli near Thanjavur.
Q direct M. Thamizharasi :: “We harvested on Thursday and have been sleeping here since Friday. If it rains again tonight, the grain will sprout and nobody will buy it,”
P full M. Thamizharasi
F age 46
F quantity four acres
L city Thirukattupalli
L city Thanjavur
> She said the moisture content of her paddy was 21%, well above the 17% limit fixed by the Union government for procurement. “The man at the centre told me to dry it for two days. Where will I dry it? On the highway?”
F percent 21%
F percent 17%
Q direct M. Thamizharasi :: “The man at the centre told me to dry it for two days. Where will I dry it? On the highway?”
F duration two days
> V. Kalaiselvan, general secretary of the Cauvery Delta Farmers’ Welfare Association, said the State government should press for a relaxation to 22%, as was allowed during the north-east monsoon of 2038. “Every year the rain comes with the harvest, and every year we beg for the same ‘relaxation order’. It should be automatic from October 1,” he said.
P full V. Kalaiselvan
O nonprofit Cauvery Delta Farmers’ Welfare Association
F percent 22%
F date 2038
Q direct V. Kalaiselvan :: “Every year the rain comes with the harvest, and every year we beg for the same ‘relaxation order’. It should be automatic from October 1,”
F date October 1
> Mr. Kalaiselvan also alleged that staff at some centres were collecting Rs. 40 to Rs. 60 a bag from farmers as so-called “loading charges”. The TNCSC said in a statement that any such demand was “illegal and punishable” and that farmers could complain to its district offices.
P partial Kalaiselvan
F money Rs. 40
F money Rs. 60
Q scare - :: “loading charges”
O government TNCSC
Q direct Tamil Nadu Civil Supplies Corporation :: “illegal and punishable”
> Agriculture Minister A. Senthamarai Kannan, who inspected DPCs at Papanasam and Kumbakonam on Monday (October 14, 2041), said the State had written to the Ministry of Consumer Affairs, Food and Public Distribution in New Delhi seeking the relaxation. “We expect a reply within a week. Till then, no farmer will be turned away. Centres will work till 10 p.m.,” he said.
P full A. Senthamarai Kannan
L city Papanasam
L city Kumbakonam
F date October 14, 2041
O government Ministry of Consumer Affairs, Food and Public Distribution
L city New Delhi
Q direct A. Senthamarai Kannan :: “We expect a reply within a week. Till then, no farmer will be turned away. Centres will work till 10 p.m.,”
F time 10 p.m.
> The Minister said the government had sanctioned Rs. 18.6 crore to buy 120 mobile paddy dryers and 2.4 lakh tarpaulin sheets for the delta districts. Procurement prices this season are Rs. 2,940 a quintal for the common variety and Rs. 2,985 for grade A, including the State’s incentive of Rs. 130 a quintal.
F money Rs. 18.6 crore
F number 120
F number 2.4 lakh
F money Rs. 2,940
F money Rs. 2,985
F money Rs. 130
> Thanjavur district alone accounted for 1.26 lakh tonnes, according to TNCSC data. Officials expect kuruvai procurement to cross 6 lakh tonnes, or 60 lakh quintals, by the end of November.
L region Thanjavur
F quantity 1.26 lakh tonnes
O government TNCSC
F quantity 6 lakh tonnes
F quantity 60 lakh quintals
> Back at Thirukattupalli, Ms. Thamizharasi said she had borrowed Rs. 45,000 at 3% monthly interest for this crop. “If the paddy is rejected, the loan stays. The rain does not wait for an order from Delhi,” she said.
L city Thirukattupalli
P partial Thamizharasi
F money Rs. 45,000
F percent 3%
Q direct M. Thamizharasi :: “If the paddy is rejected, the loan stays. The rain does not wait for an order from Delhi,”
L city Delhi
'''

ARTICLES['1892-fda-rejects-als-drug-velnastrin-carrowmere-therapeutics-senators-washington-post'] = r'''
> Health
> FDA rejects ALS drug from Cambridge biotech, citing ‘insufficient evidence’ of benefit
O government FDA
L city Cambridge
Q direct Food and Drug Administration :: ‘insufficient evidence’
> The agency’s decision on Carrowmere Therapeutics’ velnastrin dismayed patients who had pressed for approval after a 412-person trial showed a modest slowing of the disease
O company Carrowmere Therapeutics
F number 412
> By Naomi Ferreira-Lund
P full Naomi Ferreira-Lund
> May 14, 2042 at 7:41 p.m. EDT
F date May 14, 2042
F time 7:41 p.m. EDT
> Denise Achterberg, whose husband has ALS, speaks to reporters outside the FDA’s White Oak campus in Silver Spring, Md., in March. (Tobias Renwick/The Washington Post)
P full Denise Achterberg
O government FDA
L facility White Oak
L city Silver Spring
L region Md.
P full Tobias Renwick
O media The Washington Post
> The Food and Drug Administration said Wednesday that it had declined to approve an experimental drug for amyotrophic lateral sclerosis, a blow to patients and advocates who had lobbied for months for the treatment.
O government Food and Drug Administration
> In a letter to Carrowmere Therapeutics, the Cambridge, Mass.-based company that developed the drug, velnastrin, the agency said the trial data offered “insufficient evidence of effectiveness” and asked for a second study. In a statement, the FDA said it “recognizes the urgent unmet need” of people with ALS but that “approval must rest on reliable evidence.”
O company Carrowmere Therapeutics
L city Cambridge
L region Mass.
Q direct Food and Drug Administration :: “insufficient evidence of effectiveness”
O government FDA
Q direct Food and Drug Administration :: “recognizes the urgent unmet need”
Q direct Food and Drug Administration :: “approval must rest on reliable evidence.”
> Carrowmere’s 412-person trial found that patients taking the drug lost function 24 percent more slowly over 48 weeks than those on a placebo, as measured by a standard rating scale. But the gap narrowed during a 12-week extension, and agency reviewers questioned whether 31 patients who dropped out had skewed the result.
O company Carrowmere
F number 412
F percent 24 percent
F duration 48 weeks
F duration 12-week
F number 31
> Priya Ramanathan-Cole, the company’s chief medical officer, said Carrowmere would ask to meet with the agency within 30 days. “We are disappointed, but we are not walking away,” she said in an interview. “For a disease that kills most people within three to five years of diagnosis, a 24 percent slowing is not a rounding error. It is time with your family.”
P full Priya Ramanathan-Cole
O company Carrowmere
F duration 30 days
Q direct Priya Ramanathan-Cole :: “We are disappointed, but we are not walking away,”
Q direct Priya Ramanathan-Cole :: “For a disease that kills most people within three to five years of diagnosis, a 24 percent slowing is not a rounding error. It is time with your family.”
F duration three
F duration five years
F percent 24 percent
> Shares of Carrowmere, which had about $410 million in cash at the end of March, fell 38 percent in after-hours trading to $11.20. The company had planned to charge $168,000 a year for the drug and said it would cut 140 jobs, about a fifth of its workforce.
O company Carrowmere
F money $410 million
F percent 38 percent
F money $11.20
F money $168,000
F number 140
F fraction a fifth
> The decision drew quick criticism on Capitol Hill. Sen. Margaret Oyelaran-Price (D-Ore.), whose brother died of ALS in 2039, called it “a bureaucratic reflex dressed up as caution.” Sen. Curtis Vandermolen (R-Kan.) said in a post on X that the agency had “moved the goalposts” after the company finished its trial.
L city Capitol Hill
P full Margaret Oyelaran-Price
L region Ore.
F date 2039
Q direct Margaret Oyelaran-Price :: “a bureaucratic reflex dressed up as caution.”
P full Curtis Vandermolen
L region Kan.
O company X
Q direct Curtis Vandermolen :: “moved the goalposts”
> The two senators said they would ask FDA officials to explain the decision at a hearing of the Senate Health, Education, Labor and Pensions Committee in June.
F number two
O government FDA
O government Senate Health, Education, Labor and Pensions Committee
> Achterberg, whose husband, Paul, was diagnosed in 2040 at 51, drove from Hagerstown, Md., to testify before the agency’s advisory committee, which voted 7-6 against the drug in March. “Paul can still hold a fork. Last year he could still button his shirt,” said Achterberg, who leads the advocacy group ALS Families Forward. “Every month we wait is a month we don’t get back.
P partial Achterberg
P partial Paul
F date 2040
F age 51
L city Hagerstown
L region Md.
F number 7-6
Q direct Denise Achterberg :: “Paul can still hold a fork. Last year he could still button his shirt,”
P partial Paul
P partial Achterberg
O nonprofit ALS Families Forward
Q direct Denise Achterberg :: “Every month we wait is a month we don’t get back.
> “When they say ‘wait for another trial,’ what they mean is wait for another funeral.”
Q direct Denise Achterberg :: “When they say ‘wait for another trial,’ what they mean is wait for another funeral.”
> A person familiar with the review, who spoke on the condition of anonymity because the deliberations were confidential, said the agency’s reviewers had been split. “It was closer than the letter makes it sound,” the person said.
Q direct - :: “It was closer than the letter makes it sound,”
> Carrowmere said it would keep supplying velnastrin free to 86 patients in its open-label extension study until at least December 2042.
O company Carrowmere
F number 86
F date December 2042
'''

ARTICLES['1893-catalonia-drought-penedes-winegrowers-barcelona-hotels-water-limits-aca-dw'] = r'''
> Nature and Environment
> Spain: Catalonia's drought squeezes winegrowers and hotels
L country Spain
L region Catalonia
> With reservoirs near Barcelona down to 14%, the Catalan government has cut irrigation by 80% and capped hotels' water use. Winegrowers fear for the harvest, hoteliers for the tourist summer.
L city Barcelona
F percent 14%
F percent 80%
> Laia Bosch Arderiu
P full Laia Bosch Arderiu
> 07/22/2043
F date 07/22/2043
> The Sau reservoir on the Ter river held just 9% of its capacity in mid-July Image: Jordi Massaguer Pla/Europa Press/picture alliance
L facility Sau
L geo Ter
F percent 9%
P full Jordi Massaguer Pla
O media Europa Press
O media picture alliance
> The drought gripping Catalonia has entered its third year, and this summer it is reaching places that were long spared: the vineyards of the Penedès and the hotels of Barcelona.
L region Catalonia
L region Penedès
L city Barcelona
> On Tuesday, the Generalitat, Catalonia's regional government, announced that it was extending its drought emergency to 224 municipalities that are home to some 6.4 million people. Reservoirs in the Ter-Llobregat system, which supplies the Barcelona area, held 98 cubic hectometres on Monday, or 14% of capacity, according to the Catalan Water Agency (ACA).
O government Generalitat
L region Catalonia
F number 224
F number 6.4 million
L geo Ter
L geo Llobregat
L city Barcelona
F quantity 98 cubic hectometres
F percent 14%
O government Catalan Water Agency
O government ACA
> Under the new rules, farmers must use 80% less water for irrigation than in a normal year and industry 25% less. Hotels must keep consumption under 160 litres per guest per day or face fines of up to €30,000.
F percent 80%
F percent 25%
F quantity 160 litres
F money €30,000
> The ACA said in a statement that the cuts were "painful but unavoidable" and that the planned Foix desalination plant south of Barcelona would not be running before the end of 2044.
O government ACA
Q direct Catalan Water Agency :: "painful but unavoidable"
L facility Foix
L city Barcelona
F date 2044
> Catalonia's climate minister, Ramon Quintana i Bertran, told DW that the region was "living on borrowed water." "We have done what a country can do. We recycle, we desalinate, we have fixed our leaks. But you cannot desalinate a reservoir back to life," he said.
L region Catalonia
P full Ramon Quintana i Bertran
O media DW
Q direct Ramon Quintana i Bertran :: "living on borrowed water."
Q direct Ramon Quintana i Bertran :: "We have done what a country can do. We recycle, we desalinate, we have fixed our leaks. But you cannot desalinate a reservoir back to life,"
> In Sant Sadurní d'Anoia, the capital of cava, winegrower Montserrat Rovira Casanovas, 58, walked between rows of shrivelled vines. Her 22 hectares yield about 75 hectolitres of wine per hectare in a good year, she said. This year she expects less than half that.
L city Sant Sadurní d'Anoia
P full Montserrat Rovira Casanovas
F age 58
F quantity 22 hectares
F quantity 75 hectolitres
F fraction half
> "My grandfather planted some of these vines. They survived everything. Now the leaves are yellow in July," Rovira said. "The Generalitat tells us to save water. Which water? There is none left in the well."
Q direct Montserrat Rovira Casanovas :: "My grandfather planted some of these vines. They survived everything. Now the leaves are yellow in July,"
P partial Rovira
Q direct Montserrat Rovira Casanovas :: "The Generalitat tells us to save water. Which water? There is none left in the well."
O government Generalitat
> The Penedès harvest fell to 1.9 million hectolitres in 2042, down 31% on the year before, according to the appellation's regulatory council, and growers expect an even smaller one in 2043.
L region Penedès
F quantity 1.9 million hectolitres
F date 2042
F percent 31%
F date 2043
> In Barcelona's Eixample district, hotelier Oriol Fabregat Soler has taken the bathtubs out of 40 of the 112 rooms in his hotel and fitted flow limiters to every shower. "Guests from Germany ask why the pool is empty. I show them the sign in the lobby: 'Every drop counts.' Most of them understand," he said.
L city Barcelona
L city Eixample
P full Oriol Fabregat Soler
F number 40
F number 112
Q direct Oriol Fabregat Soler :: "Guests from Germany ask why the pool is empty. I show them the sign in the lobby: 'Every drop counts.' Most of them understand,"
L country Germany
> Fabregat, who sits on the board of the Barcelona Hotel Guild, said hotels account for about 2% of the city's water use and have cut consumption by 18% since 2041. "We are not the problem, but we will be part of the solution," he said.
P partial Fabregat
O nonprofit Barcelona Hotel Guild
F percent 2%
F percent 18%
F date 2041
Q direct Oriol Fabregat Soler :: "We are not the problem, but we will be part of the solution,"
> A Generalitat official, who asked not to be named, said ships carrying water from Tarragona and Marseille could start arriving in September if the autumn rains fail. "Nobody wants to see water tankers in Barcelona again. But it is on the table," the official said.
O government Generalitat
L city Tarragona
L city Marseille
Q direct - :: "Nobody wants to see water tankers in Barcelona again. But it is on the table,"
L city Barcelona
> Spain's state weather agency, AEMET, expects a hotter than normal August, with rainfall in Catalonia 40% below average.
L country Spain
O government AEMET
L region Catalonia
F percent 40%
> Edited by: Núria Casademunt Vives
P full Núria Casademunt Vives
'''

ARTICLES['1894-rourke-outpoints-benitez-wbo-super-middleweight-title-ao-arena-manchester-sky-sports'] = r'''
> Boxing
> Rourke outpoints Benítez to become WBO super-middleweight world champion in Manchester
P partial Rourke
P partial Benítez
O nonprofit WBO
L city Manchester
> Callum Rourke won the WBO super-middleweight world title with a unanimous decision over Mexico's Osvaldo Benítez at the AO Arena; the judges scored it 116-112, 115-113 and 117-111
P full Callum Rourke
O nonprofit WBO
L country Mexico
P full Osvaldo Benítez
L facility AO Arena
F score 116-112
F score 115-113
F score 117-111
> Ewan Hallworth, Boxing Reporter at the AO Arena
P full Ewan Hallworth
L facility AO Arena
> Saturday 17 November 2040 23:47, UK
F date 17 November 2040
F time 23:47
L country UK
> Image: Callum Rourke lifted the WBO belt in front of 19,200 fans in his home city
P full Callum Rourke
O nonprofit WBO
F number 19,200
> Callum Rourke is a world champion. The Manchester fighter outpointed Osvaldo Benítez over 12 rounds at the AO Arena on Saturday night to take the WBO super-middleweight title, the belt his late father never got the chance to fight for.
P full Callum Rourke
L city Manchester
P full Osvaldo Benítez
F number 12
L facility AO Arena
O nonprofit WBO
> The judges scored it 116-112, 115-113 and 117-111 for the 29-year-old, who improved his record to 24-1 (16 KOs). Benítez, the defending champion from Guadalajara, dropped to 31-3-1.
F score 116-112
F score 115-113
F score 117-111
F age 29-year-old
F score 24-1
F number 16
P partial Benítez
L city Guadalajara
F score 31-3-1
> Rourke, who weighed in at 167.4lbs on Friday to Benítez's 167.8lbs, boxed behind a stiff jab through the first six rounds and hurt the Mexican with a right hand in the eighth. Benítez rallied in the championship rounds and had Rourke holding in the 11th, but the home fighter finished the stronger.
P partial Rourke
F quantity 167.4lbs
P partial Benítez
F quantity 167.8lbs
F number six
P partial Benítez
P partial Rourke
> Rourke told Sky Sports: "I've dreamed about this since I was eight, walking into a gym on Oldham Road with my dad. He's not here tonight, but he's in this belt.
P partial Rourke
O media Sky Sports
Q direct Callum Rourke :: "I've dreamed about this since I was eight, walking into a gym on Oldham Road with my dad. He's not here tonight, but he's in this belt.
F age eight
L street Oldham Road
> "Benítez is a proper champion. He caught me in the 11th with shots that would have put a lot of lads away. I had to dig deep, and I did."
Q direct Callum Rourke :: "Benítez is a proper champion. He caught me in the 11th with shots that would have put a lot of lads away. I had to dig deep, and I did."
P partial Benítez
> Rourke's trainer, Gary Leadbitter, said the plan had been to "win the rounds, not the headlines." "We knew Osvaldo comes on late, so we banked the early rounds and told Callum to stay off the ropes. He did 90 per cent of what we asked," Leadbitter said.
P partial Rourke
P full Gary Leadbitter
Q direct Gary Leadbitter :: "win the rounds, not the headlines."
Q direct Gary Leadbitter :: "We knew Osvaldo comes on late, so we banked the early rounds and told Callum to stay off the ropes. He did 90 per cent of what we asked,"
P partial Osvaldo
P partial Callum
F percent 90 per cent
P partial Leadbitter
> Benítez's trainer, Eusebio "El Profe" Carranza, disputed the scores. "Two of the cards were too wide. My fighter won at least six rounds," Carranza said through an interpreter. "We want the rematch, and we want it in Mexico."
P partial Benítez
P full Eusebio "El Profe" Carranza
Q scare - :: "El Profe"
Q direct Eusebio "El Profe" Carranza :: "Two of the cards were too wide. My fighter won at least six rounds,"
F number Two
F number six
P partial Carranza
Q direct Eusebio "El Profe" Carranza :: "We want the rematch, and we want it in Mexico."
L country Mexico
> Promoter Declan Morrow of Northgate Boxing confirmed that the contract includes a rematch clause, which Benítez's team has 30 days to trigger. Rourke was paid a reported £1.8m for the fight.
P full Declan Morrow
O company Northgate Boxing
P partial Benítez
F duration 30 days
P partial Rourke
F money £1.8m
> "Manchester has waited a long time for a night like this. If Osvaldo wants it back, we'll do it here in the spring, or at the Etihad if the numbers stack up," Morrow said.
Q direct Declan Morrow :: "Manchester has waited a long time for a night like this. If Osvaldo wants it back, we'll do it here in the spring, or at the Etihad if the numbers stack up,"
L city Manchester
P partial Osvaldo
L facility Etihad
P partial Morrow
> According to CompuBox, Rourke landed 214 of the 611 punches he threw, against 171 of 702 for Benítez, who was cut over the left eye in the ninth.
O company CompuBox
P partial Rourke
F number 214
F number 611
F number 171
F number 702
P partial Benítez
> The WBO said in a statement that its new champion must face mandatory challenger Aziz Tokhtarov, 26, of Kazakhstan within 180 days, although a rematch with Benítez would take priority if it is triggered.
O nonprofit WBO
P full Aziz Tokhtarov
F age 26
L country Kazakhstan
F duration 180 days
P partial Benítez
'''

ARTICLES['1895-kharkiv-oblast-school-rebuilding-grants-world-bank-education-ministry-kyiv-independent'] = r'''
> Reconstruction
> Kharkiv Oblast to rebuild 46 schools under $310 million program backed by World Bank
L region Kharkiv Oblast
F number 46
F money $310 million
O intergovernmental World Bank
> by Oksana Lytvynchuk
P full Oksana Lytvynchuk
> September 18, 2043 6:42 PM
F date September 18, 2043
F time 6:42 PM
> Workers clear rubble from a damaged school building in Kharkiv’s Saltivka district on Sept. 9, 2043. (Photo: Mykola Zhuravskyi/The Kyiv Independent)
L city Kharkiv
L city Saltivka
F date Sept. 9, 2043
P full Mykola Zhuravskyi
O media The Kyiv Independent
> Ukraine’s Education Ministry will spend Hr 12.8 billion ($310 million) over the next three years to rebuild or repair 46 schools in Kharkiv Oblast, most of them damaged during the war, under a new grant program financed largely by the World Bank, officials said on Sept. 18.
L country Ukraine
O government Education Ministry
F money Hr 12.8 billion
F money $310 million
F duration three years
F number 46
L region Kharkiv Oblast
O intergovernmental World Bank
F date Sept. 18
> The program, called “Shkola Poruch,” or School Next Door, is the first in which the Ministry of Education and Science hands reconstruction money directly to local communities, known as hromadas, rather than through regional administrations. The first contracts are due to be signed in November.
Q scare - :: “Shkola Poruch,”
O government Ministry of Education and Science
> Of the total, $250 million comes as a grant from a World Bank-administered trust fund, with the rest from Ukraine’s state budget. Each school can receive up to Hr 420 million, and every project must include a bomb shelter large enough for all pupils and staff, the ministry said.
F money $250 million
O intergovernmental World Bank
L country Ukraine
F money Hr 420 million
> In a statement, the ministry said the new schools would be “built to stay open under fire” and that 60% of the construction work must go to Ukrainian firms.
Q direct Ministry of Education and Science :: “built to stay open under fire”
F percent 60%
> Kharkiv Oblast Governor Taras Ovcharuk said 312 of the oblast’s 736 schools were damaged or destroyed during the war with Russia, and that 41,000 children in the region still study online, in shifts or in shelters.
L region Kharkiv Oblast
P full Taras Ovcharuk
F number 312
F number 736
L country Russia
F number 41,000
> “Some of our children have studied through a screen for most of their lives. In Kupiansk there are teenagers who have never sat in a classroom with their friends,” Ovcharuk said at a briefing in Kharkiv. “A shelter is not a luxury here. It is the classroom.”
Q direct Taras Ovcharuk :: “Some of our children have studied through a screen for most of their lives. In Kupiansk there are teenagers who have never sat in a classroom with their friends,”
L city Kupiansk
P partial Ovcharuk
L city Kharkiv
Q direct Taras Ovcharuk :: “A shelter is not a luxury here. It is the classroom.”
> The World Bank’s country director for Ukraine, Helene Marchetti-Vos, said the grants would be audited by an independent firm and every contract published online. “Schools are where a family decides whether to come home,” she said in a statement.
O intergovernmental World Bank
L country Ukraine
P full Helene Marchetti-Vos
Q direct Helene Marchetti-Vos :: “Schools are where a family decides whether to come home,”
> In Saltivka, a Kharkiv district that was shelled almost daily during the war, maths teacher Iryna Zhyhalo, 44, teaches 28 pupils in a classroom built inside a metro station. Lyceum No. 212, where she has taught for 19 years, is one of the 46 on the list and should move back into its own building in 2044.
L city Saltivka
L city Kharkiv
P full Iryna Zhyhalo
F age 44
F number 28
O education Lyceum No. 212
F duration 19 years
F number 46
F date 2044
> “Every morning a boy in my class asks me, ‘Are we going upstairs today?’ One day I would like to say yes,” Zhyhalo said.
Q direct Iryna Zhyhalo :: “Every morning a boy in my class asks me, ‘Are we going upstairs today?’ One day I would like to say yes,”
P partial Zhyhalo
> Contractors may be the bigger problem. An official at the Kharkiv Oblast Military Administration, who spoke on condition of anonymity, said builders were scarce and wages had risen to about 38,000 hryvnias a month. “Half of the men who know how to pour concrete are still in uniform,” the official said.
O government Kharkiv Oblast Military Administration
F money 38,000 hryvnias
Q direct - :: “Half of the men who know how to pour concrete are still in uniform,”
F fraction Half
> The ministry plans to extend the program to Chernihiv and Sumy oblasts in 2044 if the first projects stay on schedule.
L region Chernihiv
L region Sumy
F date 2044
'''

ARTICLES['1896-richmond-town-meeting-day-budget-passes-fire-station-bond-fails-burlington-free-press'] = r'''
> Vermont
L region Vermont
> Town Meeting Day: Richmond voters pass budget by 24 votes, reject $3.9M fire station bond
L city Richmond
F number 24
F money $3.9M
> Lucía Brennan-Tate
P full Lucía Brennan-Tate
> Burlington Free Press
O media Burlington Free Press
> Published 10:52 p.m. ET March 4, 2042
F time 10:52 p.m. ET
F date March 4, 2042
> Richmond voters line up to cast paper ballots on Article 6 at Camels Hump Middle School on Tuesday, March 4, 2042. Lucía Brennan-Tate/Free Press
L city Richmond
L facility Camels Hump Middle School
F date March 4, 2042
P full Lucía Brennan-Tate
O media Free Press
> RICHMOND — After nearly six hours of debate in the Camels Hump Middle School gym, Richmond voters on Town Meeting Day approved a $4.86 million municipal budget by paper ballot, 312-288, but turned down a $3.9 million bond for a new fire station.
L city RICHMOND
F duration six hours
L facility Camels Hump Middle School
L city Richmond
F money $4.86 million
F number 312-288
F money $3.9 million
> The budget, Article 6 on the town warning, is 7.8% larger than last year’s and would add about 4.1 cents to the municipal tax rate, or roughly $123 a year on a home assessed at $300,000, according to town estimates. Most of the increase comes from a $214,000 rise in highway costs and a new full-time police officer.
F percent 7.8%
F money 4.1 cents
F money $123
F money $300,000
F money $214,000
> “Nobody likes a 7.8% increase. But the plows have to run, and the culverts on Jericho Road are failing,” said Town Manager Beatrix Lindqvist-Moore, who has run the Chittenden County town for four years.
Q direct Beatrix Lindqvist-Moore :: “Nobody likes a 7.8% increase. But the plows have to run, and the culverts on Jericho Road are failing,”
F percent 7.8%
L street Jericho Road
P full Beatrix Lindqvist-Moore
L region Chittenden County
F duration four years
> The bond, Article 9, failed 641-702 by Australian ballot, the second time in two years that Richmond voters have rejected a new station on the Route 2 lot the town bought in 2040.
F number 641-702
F duration two years
L city Richmond
L street Route 2
F date 2040
> Selectboard Chair Harriet Ouellette-Marsh said the board would bring back a smaller plan, possibly at a special town meeting in June. “We heard people loud and clear. Nearly $4 million is a lot for a town of 4,200 people,” she said. “We’ll look at renovating the Bridge Street station instead of building new.”
P full Harriet Ouellette-Marsh
Q direct Harriet Ouellette-Marsh :: “We heard people loud and clear. Nearly $4 million is a lot for a town of 4,200 people,”
F money $4 million
F number 4,200
Q direct Harriet Ouellette-Marsh :: “We’ll look at renovating the Bridge Street station instead of building new.”
L street Bridge Street
> Town Clerk Maribeth Sorrentino-Day said 1,343 of Richmond’s 3,390 registered voters cast Australian ballots, a turnout of 39.6%, and about 600 people crowded into the gym for the floor meeting. “It’s the biggest crowd I’ve seen in 16 years in this job. We ran out of coffee by 10:30,” she said.
P full Maribeth Sorrentino-Day
F number 1,343
L city Richmond
F number 3,390
F percent 39.6%
F number 600
Q direct Maribeth Sorrentino-Day :: “It’s the biggest crowd I’ve seen in 16 years in this job. We ran out of coffee by 10:30,”
F duration 16 years
F time 10:30
> Voters also approved Article 11, $25,000 for the Richmond Free Library, on a voice vote. Article 13, which asked whether the town should adopt a 1% local option sales tax, failed 289-318 on a paper ballot.
F money $25,000
O nonprofit Richmond Free Library
F percent 1%
F number 289-318
> Eleanor “Nell” Whitcombe-Ash, 71, who has lived on Cochran Road for 38 years, said she split her vote. “I voted for the budget and against the bond. The trucks need a home, but not a $3.9 million one,” Whitcombe-Ash said. “My taxes went up $400 last year with the school budget alone.”
P full Eleanor “Nell” Whitcombe-Ash
Q scare - :: “Nell”
F age 71
L street Cochran Road
F duration 38 years
Q direct Eleanor “Nell” Whitcombe-Ash :: “I voted for the budget and against the bond. The trucks need a home, but not a $3.9 million one,”
F money $3.9 million
P partial Whitcombe-Ash
Q direct Eleanor “Nell” Whitcombe-Ash :: “My taxes went up $400 last year with the school budget alone.”
F money $400
> Richmond’s share of the Mount Mansfield Unified Union School District budget, voted on by Australian ballot in five towns, passed 2,911-2,604 districtwide.
L city Richmond
O education Mount Mansfield Unified Union School District
F number five
F number 2,911-2,604
> The selectboard will take up the fire station again at its next meeting, at 7 p.m. March 17 at the Richmond Town Center.
F time 7 p.m.
F date March 17
L facility Richmond Town Center
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
