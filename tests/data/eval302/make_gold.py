#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval302 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval302/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1855-sindh-high-court-kwsc-water-supply-surjani-malir-hearing-dawn'] = r'''
> Pakistan
L country Pakistan
> SHC summons water utility chief over dry taps in Surjani, Malir
O government SHC
L city Surjani
L city Malir
> Bench asks where Rs12.6bn released for bulk supply went as residents get water one day a week
F money Rs12.6bn
F duration one day
> Imtiaz Ali Laghari Published November 12, 2041 Updated about 5 hours ago
P full Imtiaz Ali Laghari
F date November 12, 2041
F duration 5 hours
> Residents of Surjani Town fill cans at a charity tap on Monday. — Photo by Rizwan Akhtar Mughal / White Star
L city Surjani Town
P full Rizwan Akhtar Mughal
O media White Star
> KARACHI: The Sindh High Court on Tuesday directed the managing director of the Karachi Water and Sewerage Corporation (KWSC) to appear in person on November 26 and explain why much of Surjani Town and Malir gets piped water only one day a week despite Rs12.6 billion released for bulk supply since 2038.
L city KARACHI
O government Sindh High Court
O government Karachi Water and Sewerage Corporation
O government KWSC
F date November 26
L city Surjani Town
L city Malir
F duration one day
F money Rs12.6 billion
F date 2038
> A two-member constitutional bench headed by Justice Saima Aftab Shaikh and comprising Justice Ghulam Mustafa Chandio was hearing 14 petitions by residents of the two areas, who say they buy water from private tankers at up to Rs9,000 for a 1,000-gallon load.
F number two
P full Saima Aftab Shaikh
P full Ghulam Mustafa Chandio
F number 14
F number two
F money Rs9,000
F quantity 1,000-gallon
> KWSC Managing Director Kamran Ahmed Siddiqui told the court that the city needed about 1,200 million gallons a day (MGD) but received only 650MGD from the Indus and the Hub Dam, and that leaks and theft took nearly 30 per cent.
O government KWSC
P full Kamran Ahmed Siddiqui
F quantity 1,200 million gallons a day
F quantity 650MGD
L geo Indus
L facility Hub Dam
F percent 30 per cent
> “We are running a city of 22 million people on half the water it needs,” Mr Siddiqui said. He said Rs4.8bn had gone on a new pumping line at Dhabeji, while a Rs450 million leak-detection contract was “stuck in procurement”.
Q direct Kamran Ahmed Siddiqui :: “We are running a city of 22 million people on half the water it needs,”
Q direct Kamran Ahmed Siddiqui :: “stuck in procurement”
F number 22 million
F fraction half
P partial Siddiqui
F money Rs4.8bn
L facility Dhabeji
F money Rs450 million
> He said 3,200 so-called “ghost connections” – lines missing from billing records – had been cut in Surjani, New Karachi and North Karachi since August.
F number 3,200
Q scare - :: “ghost connections”
L city Surjani
L city New Karachi
L city North Karachi
> “Procurement does not quench anyone’s thirst,” Justice Shaikh remarked. “The people of Surjani pay a water bill every month for taps that run one day in seven. Who will answer for that?”
Q direct Saima Aftab Shaikh :: “Procurement does not quench anyone’s thirst,”
Q direct Saima Aftab Shaikh :: “The people of Surjani pay a water bill every month for taps that run one day in seven. Who will answer for that?”
P partial Shaikh
L city Surjani
F duration one day
F number seven
> Counsel for the petitioners, Barrister Sana Mirza Baig, said the KWSC had ignored two court orders, of March 2040 and January 2041, to publish a supply schedule for each of Karachi’s seven districts.
P full Sana Mirza Baig
O government KWSC
F number two
F date March 2040
F date January 2041
L city Karachi
F number seven
> “My clients are not asking for a miracle,” she told the bench. “They are asking for a timetable, so that a mother in Malir knows which day to stay home and fill her drums.
Q direct Sana Mirza Baig :: “My clients are not asking for a miracle,”
Q direct Sana Mirza Baig :: “They are asking for a timetable, so that a mother in Malir knows which day to stay home and fill her drums.
L city Malir
> “Instead, the KWSC has given them silence and the tanker owners have given them a price list.”
Q direct Sana Mirza Baig :: “Instead, the KWSC has given them silence and the tanker owners have given them a price list.”
O government KWSC
> Outside the court, Muhammad Younus, 54, a tailor in Sector 7-D of Surjani Town, said his family of nine spent Rs18,000 a month on tanker water.
P full Muhammad Younus
F age 54
L city Sector 7-D
L city Surjani Town
F number nine
F money Rs18,000
> “The new line was laid in 2039 and since then it has given us air,” he said. “I have stopped asking the KWSC. I now ask the tanker man, and he never says no.”
Q direct Muhammad Younus :: “The new line was laid in 2039 and since then it has given us air,”
Q direct Muhammad Younus :: “I have stopped asking the KWSC. I now ask the tanker man, and he never says no.”
F date 2039
O government KWSC
> A KWSC official, who asked not to be named, told Dawn that 41 illegal hydrants had been sealed in Gadap and Manghopir since September but “new ones open within days”.
O government KWSC
O media Dawn
F number 41
L city Gadap
L city Manghopir
Q direct - :: “new ones open within days”
> In its written order, the court said the utility’s monthly reports were “long on projections and short on water” and directed the Sindh government to submit, within two weeks, an account of every rupee released since 2038.
Q direct Sindh High Court :: “long on projections and short on water”
L region Sindh
F duration two weeks
F date 2038
> It also sought the Sindh Irrigation Department’s figures for Keenjhar Lake, which supplies about 500 million gallons a day via the Gharo and Dhabeji pumping stations.
O government Sindh Irrigation Department
L geo Keenjhar Lake
F quantity 500 million gallons a day
L facility Gharo
L facility Dhabeji
> The hearing was adjourned to November 26.
F date November 26
> Published in Dawn, November 13th, 2041
O media Dawn
F date November 13th, 2041
'''

ARTICLES['1856-geylang-serai-nasi-lemak-stall-gastroenteritis-outbreak-sfa-moh-straits-times'] = r'''
> Singapore
L country Singapore
> 62 fall ill after eating at Geylang Serai nasi lemak stall; licence suspended
F number 62
L city Geylang Serai
> Nine patients were admitted to hospital; SFA and MOH are testing food samples and swabs from the stall
F number Nine
O government SFA
O government MOH
> Chua Li Ting
P full Chua Li Ting
> Health Correspondent
> UPDATED Nov 7, 2041, 06:40 PM
F date Nov 7, 2041
F time 06:40 PM
> The Selera Pagi Nasi Lemak stall at Geylang Serai Market, which has been closed since Nov 5. ST PHOTO: ONG WEI JIE
O company Selera Pagi Nasi Lemak
L facility Geylang Serai Market
F date Nov 5
O media ST
P full ONG WEI JIE
> SINGAPORE – Sixty-two people fell ill with gastroenteritis after eating at a nasi lemak stall at Geylang Serai Market between Nov 1 and Nov 3, and nine of them were admitted to hospital, the authorities said on Nov 7.
L country SINGAPORE
F number Sixty-two
L facility Geylang Serai Market
F date Nov 1
F date Nov 3
F number nine
F date Nov 7
> In a joint statement, the Singapore Food Agency (SFA) and the Ministry of Health (MOH) said the patients, aged between three and 71, had eaten at Selera Pagi Nasi Lemak, and that the stall’s licence had been suspended from Nov 5.
O government Singapore Food Agency
O government SFA
O government Ministry of Health
O government MOH
F age three
F age 71
O company Selera Pagi Nasi Lemak
F date Nov 5
> “The licensee is required to clean and sanitise the premises. All food handlers working at the stall must re-attend and pass the Food Safety Course Level 1 before they can resume work,” the agencies said.
Q direct Singapore Food Agency :: “The licensee is required to clean and sanitise the premises. All food handlers working at the stall must re-attend and pass the Food Safety Course Level 1 before they can resume work,”
> Samples of food and swabs of the stall’s surfaces have been sent to the National Centre for Food Science for testing, they added. The agencies did not say which dish was suspected, but several patients told The Straits Times they had eaten the sambal chicken wings.
O government National Centre for Food Science
O media The Straits Times
> Madam Noraini Hassan, 49, who has run the stall for 17 years, said she had thrown away all her sambal and rice on Nov 5 and closed the shutters “until the SFA tells me what went wrong”.
P full Noraini Hassan
F age 49
F duration 17 years
F date Nov 5
Q direct Noraini Hassan :: “until the SFA tells me what went wrong”
O government SFA
> “My customers are like family. Some of them have eaten here since they were in school,” she said, her voice breaking. “I don’t know how to face them now.”
Q direct Noraini Hassan :: “My customers are like family. Some of them have eaten here since they were in school,”
Q direct Noraini Hassan :: “I don’t know how to face them now.”
> Her sambal, which regulars call “sambal letup”, is cooked in a 40-litre pot every morning and kept warm until the stall closes at 2pm, Madam Noraini said.
Q scare - :: “sambal letup”
F quantity 40-litre
F time 2pm
P partial Noraini
> Dr Kavitha Ramasamy, a senior consultant in infectious diseases at Changi General Hospital (CGH), said most patients had vomiting, diarrhoea and fever within six to 12 hours of eating.
P full Kavitha Ramasamy
O other Changi General Hospital
O other CGH
F duration six
F duration 12 hours
> “Many people tell us it was ‘just a bit of food poisoning’ and wait at home for three or four days. Older patients and young children can become dehydrated very quickly, so please see a doctor early,” said Dr Kavitha, who treated 23 of the patients at CGH.
Q direct Kavitha Ramasamy :: “Many people tell us it was ‘just a bit of food poisoning’ and wait at home for three or four days. Older patients and young children can become dehydrated very quickly, so please see a doctor early,”
F duration three
F duration four days
P partial Kavitha
F number 23
O other CGH
> Retiree Lim Teck Wah, 58, who lives in Eunos, said he and his wife shared two packets of nasi lemak at $4.80 each on Nov 2 and were both sick by midnight.
P full Lim Teck Wah
F age 58
L city Eunos
F number two
F money $4.80
F date Nov 2
> “We have been buying from her for 10 years and never had a problem,” said Mr Lim. “I still feel sorry for her. But the SFA must check every stall in the market, not just hers.”
Q direct Lim Teck Wah :: “We have been buying from her for 10 years and never had a problem,”
Q direct Lim Teck Wah :: “I still feel sorry for her. But the SFA must check every stall in the market, not just hers.”
F duration 10 years
P partial Lim
O government SFA
> A stallholder two units away, who declined to be named, said the market’s 104 cooked-food stalls had been “very careful” since the SFA inspected them in September.
F number two
F number 104
Q direct - :: “very careful”
O government SFA
> The SFA said it had suspended 11 food stalls for hygiene lapses in the first nine months of 2041, and that a stall found to have caused an outbreak can be fined up to $5,000.
O government SFA
F number 11
F duration nine months
F date 2041
F money $5,000
> Members of the public who ate at the stall and feel unwell are advised to see a doctor, MOH said.
O government MOH
'''

ARTICLES['1857-central-oklahoma-tornadoes-tuttle-ef3-grady-pottawatomie-shawnee-oklahoman'] = r'''
> Weather
> Tornadoes tear across central Oklahoma overnight; weather service confirms EF3 near Tuttle
L region Oklahoma
L city Tuttle
> At least 19 people were hurt and more than 31,000 homes lost power as storms moved through Grady, McClain and Pottawatomie counties before dawn Thursday.
F number 19
F number 31,000
L region Grady
L region McClain
L region Pottawatomie
> Dana Whitfield-Rowe, The Oklahoman
P full Dana Whitfield-Rowe
O media The Oklahoman
> Published 6:05 a.m. CT May 9, 2041 | Updated 2:48 p.m. CT May 9, 2041
F time 6:05 a.m. CT
F date May 9, 2041
F time 2:48 p.m. CT
F date May 9, 2041
> Lanny Fuqua, 67, stands in what is left of his living room on County Street 2950 west of Tuttle on Thursday morning. DANA WHITFIELD-ROWE/THE OKLAHOMAN
P full Lanny Fuqua
F age 67
L street County Street 2950
L city Tuttle
P full DANA WHITFIELD-ROWE
O media THE OKLAHOMAN
> A string of tornadoes tore across central Oklahoma early Thursday, flattening homes west of Tuttle, tearing the roof off a school gym in Blanchard and snapping power poles from Newcastle to Tecumseh, officials said.
L region Oklahoma
L city Tuttle
L city Blanchard
L city Newcastle
L city Tecumseh
> The National Weather Service office in Norman confirmed at least five tornadoes by midafternoon. A survey team rated the strongest, which hit the rural area west of Tuttle at 2:41 a.m., an EF3 with peak winds estimated at 150 mph.
O government National Weather Service
L city Norman
F number five
L city Tuttle
F time 2:41 a.m.
F quantity 150 mph
> The weather service said that tornado was on the ground for 23 minutes and left a path 14.6 miles long and up to 800 yards wide, "one of the longer tracks we've surveyed in Grady County in recent years."
F duration 23 minutes
F quantity 14.6 miles
F quantity 800 yards
Q direct National Weather Service :: "one of the longer tracks we've surveyed in Grady County in recent years."
L region Grady County
> Two EF2 tornadoes, with winds up to 125 mph, crossed Pottawatomie County near Shawnee about 3:15 a.m., and two weaker EF1 tornadoes touched down in McClain County, the agency said.
F number Two
F quantity 125 mph
L region Pottawatomie County
L city Shawnee
F time 3:15 a.m.
F number two
L region McClain County
> Forecasters had placed much of the state under a "particularly dangerous situation" tornado watch Wednesday evening, a label the Storm Prediction Center uses only a few times a year.
Q scare - :: "particularly dangerous situation"
O government Storm Prediction Center
> Rhonda Pettigrew, Grady County's emergency manager, said 11 homes were destroyed and about 40 damaged along County Street 2950 and State Highway 37.
P full Rhonda Pettigrew
L region Grady County
F number 11
F number 40
L street County Street 2950
L street State Highway 37
> "We had sirens going at 2:30 and people did exactly what they were supposed to do," Pettigrew said. "Folks got in their shelters, got in their bathtubs, got under mattresses. That's why we're counting injuries this morning and not deaths."
Q direct Rhonda Pettigrew :: "We had sirens going at 2:30 and people did exactly what they were supposed to do,"
Q direct Rhonda Pettigrew :: "Folks got in their shelters, got in their bathtubs, got under mattresses. That's why we're counting injuries this morning and not deaths."
F time 2:30
P partial Pettigrew
> Seven of the injured were taken to hospitals in Oklahoma City and Norman, she said, and a Blanchard man pulled from a collapsed garage was in critical condition.
F number Seven
L city Oklahoma City
L city Norman
L city Blanchard
> In Pottawatomie County, Sheriff Wade Halvorsen said deputies went door to door in two mobile home parks east of Shawnee until sunrise. Eight people there were treated for cuts and broken bones.
L region Pottawatomie County
P full Wade Halvorsen
F number two
L city Shawnee
F number Eight
> "You could hear it coming before you could see anything," Halvorsen said. "My guys found a family of five sitting in a ditch with a flashlight, soaking wet and laughing because they were alive."
Q direct Wade Halvorsen :: "You could hear it coming before you could see anything,"
Q direct Wade Halvorsen :: "My guys found a family of five sitting in a ditch with a flashlight, soaking wet and laughing because they were alive."
P partial Halvorsen
F number five
> Fuqua, who has lived in the same house near Tuttle for 31 years, rode out the storm in a concrete cellar he poured in 2037.
P partial Fuqua
L city Tuttle
F duration 31 years
F date 2037
> "My wife kept saying, 'Lanny, it's just wind, it's just wind,' right up until the door went," he said. "When we came up, the kitchen was in the neighbor's pasture."
Q direct Lanny Fuqua :: "My wife kept saying, 'Lanny, it's just wind, it's just wind,' right up until the door went,"
Q direct Lanny Fuqua :: "When we came up, the kitchen was in the neighbor's pasture."
P partial Lanny
> Oklahoma Gas and Electric said about 31,400 customers were without power at 6 a.m., most of them in Pottawatomie and Lincoln counties, and that crews from Arkansas and Texas were on the way.
O company Oklahoma Gas and Electric
F number 31,400
F time 6 a.m.
L region Pottawatomie
L region Lincoln
L region Arkansas
L region Texas
> The American Red Cross opened a shelter at Tuttle High School, and the Oklahoma Department of Emergency Management said it was tracking damage in six counties.
O nonprofit American Red Cross
L facility Tuttle High School
O government Oklahoma Department of Emergency Management
F number six
> More storms are possible Friday afternoon, with large hail and winds up to 70 mph, the weather service said.
F quantity 70 mph
> Contributing: Marisol Vega-Tran, The Oklahoman
P full Marisol Vega-Tran
O media The Oklahoman
'''

ARTICLES['1858-halbury-bank-half-year-profit-margin-buyback-pra-mortgage-warning-city-am'] = r'''
> Banking
> Halbury Bank has ‘earned the right’ to pay out more, says boss, as profits hit £1.4bn
O company Halbury Bank
Q direct Priya Venkataraman-Hale :: ‘earned the right’
F money £1.4bn
> Leeds lender lifts interim dividend by 12 per cent and launches £300m share buyback
L city Leeds
F percent 12 per cent
F money £300m
> Harriet Okafor-Lyle
P full Harriet Okafor-Lyle
> Wednesday 30 July 2042 7:45 am
F date 30 July 2042
F time 7:45 am
> Halbury Bank’s head office on Park Row in Leeds (Photo: Getty Images)
O company Halbury Bank
L street Park Row
L city Leeds
O company Getty Images
> Halbury Bank posted a 9 per cent rise in first-half profit this morning as the gap between what it charges borrowers and what it pays savers widened again.
O company Halbury Bank
F percent 9 per cent
> The Leeds-based lender, which has 7.8 million customers and 412 branches, made a pre-tax profit of £1.42bn in the six months to 30 June, up from £1.30bn a year earlier and ahead of the £1.37bn analysts had expected.
L city Leeds
F number 7.8 million
F number 412
F money £1.42bn
F duration six months
F date 30 June
F money £1.30bn
F money £1.37bn
> Its net interest margin, the closely watched measure of lending profitability, rose 12 basis points to 3.06 per cent. Impairment charges fell to £186m from £241m, and its CET1 ratio, a key measure of capital strength, ended the period at 14.1 per cent.
F percent 12 basis points
F percent 3.06 per cent
F money £186m
F money £241m
F percent 14.1 per cent
> Chief executive Priya Venkataraman-Hale said the bank had “earned the right to return more to shareholders”, raising the interim dividend to 4.2p a share and announcing the £300m buyback.
P full Priya Venkataraman-Hale
Q direct Priya Venkataraman-Hale :: “earned the right to return more to shareholders”
F money 4.2p
F money £300m
> “We have grown mortgage lending without chasing the riskiest end of the market,” she told City A.M. “Arrears are lower than they were two years ago, and nine in ten of our new borrowers fixed for five years.
Q direct Priya Venkataraman-Hale :: “We have grown mortgage lending without chasing the riskiest end of the market,”
Q direct Priya Venkataraman-Hale :: “Arrears are lower than they were two years ago, and nine in ten of our new borrowers fixed for five years.
O media City A.M.
F duration two years
F number nine
F number ten
F duration five years
> “That is a book we are comfortable growing, and we will keep growing it.”
Q direct Priya Venkataraman-Hale :: “That is a book we are comfortable growing, and we will keep growing it.”
> Finance director Tom Ashdown said deposit costs had peaked. “Savers have had a good run, and rightly so,” he said. “But the pressure on our margin from deposit pricing is easing, not building.”
P full Tom Ashdown
Q direct Tom Ashdown :: “Savers have had a good run, and rightly so,”
Q direct Tom Ashdown :: “But the pressure on our margin from deposit pricing is easing, not building.”
> The results came a day after the Bank of England’s Prudential Regulation Authority (PRA) wrote to the chief executives of the UK’s largest lenders, warning that rapid growth in high loan-to-value mortgages could leave some banks “under-provisioned if unemployment rises faster than expected”.
O government Bank of England
O government Prudential Regulation Authority
O government PRA
L country UK
Q direct Prudential Regulation Authority :: “under-provisioned if unemployment rises faster than expected”
> The letter did not name any bank. Halbury’s share of new mortgages with deposits of 10 per cent or less rose to 18 per cent in the half, from 13 per cent a year earlier.
O company Halbury
F percent 10 per cent
F percent 18 per cent
F percent 13 per cent
> Fiona Grieve-Mackenzie, banks analyst at Ravensworth Capital, said: “The numbers are clean, but the PRA letter reads as if it was written with Halbury in mind. Management calls this ‘disciplined growth’; [the PRA] seems less sure.”
P full Fiona Grieve-Mackenzie
O company Ravensworth Capital
Q direct Fiona Grieve-Mackenzie :: “The numbers are clean, but the PRA letter reads as if it was written with Halbury in mind. Management calls this ‘disciplined growth’; [the PRA] seems less sure.”
O government PRA
O company Halbury
O government PRA
> The bank said it had also helped 4,100 so-called “mortgage prisoners”, borrowers stuck on high variable rates with other lenders, to switch to fixed deals since January.
F number 4,100
Q scare - :: “mortgage prisoners”
> Shares in Halbury rose 4.6 per cent to 238p in early trading, valuing the bank at about £11.9bn.
O company Halbury
F percent 4.6 per cent
F money 238p
F money £11.9bn
> A person close to the bank said the board had discussed a larger buyback but chose to “keep some powder dry” until the PRA’s review of mortgage risk weights concludes in October.
Q direct - :: “keep some powder dry”
O government PRA
> The Bank of England has held its base rate at 3.25 per cent since March 2042.
O government Bank of England
F percent 3.25 per cent
F date March 2042
'''

ARTICLES['1859-munster-ulster-26-19-urc-thomond-park-o-suilleabhain-late-try-rte-sport'] = r'''
> Rugby
> Ó Súilleabháin try sees Munster past Ulster in Thomond thriller
P partial Ó Súilleabháin
O team Munster
O team Ulster
L facility Thomond
> Dara Ó Súilleabháin's late score ends Ulster's four-match winning run and keeps Munster top of the URC
P full Dara Ó Súilleabháin
O team Ulster
F number four
O team Munster
O other URC
> Munster 26 Ulster 19
O team Munster
F score 26
O team Ulster
F score 19
> By Ciarán Mac Lochlainn
P full Ciarán Mac Lochlainn
> Friday 20 Dec 2041 21:47
F date 20 Dec 2041
F time 21:47
> Munster's Dara Ó Súilleabháin dives over for the winning try ©INPHO/Niall Breathnach-Cole
O team Munster
P full Dara Ó Súilleabháin
O media INPHO
P full Niall Breathnach-Cole
> Dara Ó Súilleabháin's try six minutes from time gave Munster a 26-19 win over Ulster in a United Rugby Championship derby at Thomond Park.
P full Dara Ó Súilleabháin
F duration six minutes
O team Munster
F score 26-19
O team Ulster
O other United Rugby Championship
L facility Thomond Park
> Ulster, who had won their previous four matches, led 19-13 just before the hour after two tries from winger Ruairí Galbraith-Kerr, but did not score again as the home pack took over.
O team Ulster
F number four
F score 19-13
F number two
P full Ruairí Galbraith-Kerr
> Munster out-half Conor Deasy-Flynn finished with 16 points from two conversions, three penalties and a drop goal in the 62nd minute.
O team Munster
P full Conor Deasy-Flynn
F number 16
F number two
F number three
> Ulster started the brighter, and Galbraith-Kerr went over in the corner on 11 minutes after a long pass from centre Jamie Corrigan-Boyd. Out-half Reuben Whitcroft missed the conversion but kicked two first-half penalties.
O team Ulster
P partial Galbraith-Kerr
F duration 11 minutes
P full Jamie Corrigan-Boyd
P full Reuben Whitcroft
F number two
> Munster replied through hooker Pádraig Ó Cinnéide, driven over from a five-metre lineout on 28 minutes, and the sides went in at 10-11.
O team Munster
P full Pádraig Ó Cinnéide
F quantity five-metre
F duration 28 minutes
F score 10-11
> Galbraith-Kerr's second try, on 52 minutes, and another Whitcroft penalty gave Ulster a six-point lead before Deasy-Flynn's drop goal and a penalty six minutes later brought Munster level at 19-19.
P partial Galbraith-Kerr
F duration 52 minutes
P partial Whitcroft
O team Ulster
F number six
P partial Deasy-Flynn
F duration six minutes
O team Munster
F score 19-19
> With six minutes left, Munster kicked a penalty to the corner and mauled to within a metre, and Ó Súilleabháin, known to the Thomond Park crowd as "the Tractor", picked up at the base and reached over. Deasy-Flynn converted from in front.
F duration six minutes
O team Munster
P partial Ó Súilleabháin
L facility Thomond Park
Q scare - :: "the Tractor"
P partial Deasy-Flynn
> "That's a proper derby, and the lads found a way when it mattered," Munster head coach Eoghan Tierney said. "We were poor for 20 minutes of the first half. We said at half-time, 'Win the collisions and the scoreboard will look after itself,' and they did.
Q direct Eoghan Tierney :: "That's a proper derby, and the lads found a way when it mattered,"
Q direct Eoghan Tierney :: "We were poor for 20 minutes of the first half. We said at half-time, 'Win the collisions and the scoreboard will look after itself,' and they did.
O team Munster
P full Eoghan Tierney
F duration 20 minutes
> "Conor's drop goal was the moment. It told everyone in this ground we weren't settling for a draw."
Q direct Eoghan Tierney :: "Conor's drop goal was the moment. It told everyone in this ground we weren't settling for a draw."
P partial Conor
> Ulster head coach Gareth McKibben was unhappy that his side conceded 13 penalties to Munster's six after the break.
O team Ulster
P full Gareth McKibben
F number 13
O team Munster
F number six
> "I'm not going to blame the referee. We gave them too many chances to kick to the corner and you can't do that here," McKibben said. "Thomond is the hardest place in this league to close out a game."
Q direct Gareth McKibben :: "I'm not going to blame the referee. We gave them too many chances to kick to the corner and you can't do that here,"
Q direct Gareth McKibben :: "Thomond is the hardest place in this league to close out a game."
P partial McKibben
L facility Thomond
> Munster captain Tadhg Ó Murchú said the win, their fifth from seven URC games, mattered more than the performance.
O team Munster
P full Tadhg Ó Murchú
F number seven
O other URC
> "We'll watch it back and be sore about the first half," he said. "But we're top at Christmas, and nobody in that dressing room is complaining."
Q direct Tadhg Ó Murchú :: "We'll watch it back and be sore about the first half,"
Q direct Tadhg Ó Murchú :: "But we're top at Christmas, and nobody in that dressing room is complaining."
> Munster host Connacht on 3 January, while Ulster travel to Leinster at the RDS.
O team Munster
O team Connacht
F date 3 January
O team Ulster
O team Leinster
L facility RDS
> MUNSTER: Cian Ó Laoire; Darragh Fennelly, Stiofán Hartigan, Oisín Mulqueen, Liam Kirwan-Deane; Conor Deasy-Flynn, Jack Ó hEadhra; Fiachra Lenihan, Pádraig Ó Cinnéide, Rory Vandeleur; Tadhg Ó Murchú (capt), Evan Stackpoole; Colm Tobin-Reidy, Bryan Hallissey, Dara Ó Súilleabháin.
O team MUNSTER
P full Cian Ó Laoire
P full Darragh Fennelly
P full Stiofán Hartigan
P full Oisín Mulqueen
P full Liam Kirwan-Deane
P full Conor Deasy-Flynn
P full Jack Ó hEadhra
P full Fiachra Lenihan
P full Pádraig Ó Cinnéide
P full Rory Vandeleur
P full Tadhg Ó Murchú
P full Evan Stackpoole
P full Colm Tobin-Reidy
P full Bryan Hallissey
P full Dara Ó Súilleabháin
> Replacements: Seán Garvey, Donncha Ó Riain, Mikey Culhane, Kevin Bourke-Lane, Eoin Gallwey, Niall Ó Duibhir, Tommy Kearns-Rice, Shane Mulcair.
P full Seán Garvey
P full Donncha Ó Riain
P full Mikey Culhane
P full Kevin Bourke-Lane
P full Eoin Gallwey
P full Niall Ó Duibhir
P full Tommy Kearns-Rice
P full Shane Mulcair
> ULSTER: Adam Rainey-Moore; Ruairí Galbraith-Kerr, Jamie Corrigan-Boyd, Ethan Crothers, Callum Whiteside; Reuben Whitcroft, Niall McQuillan; Josh Kernaghan, Stephen Ardill, Matthew Cathcart; Owen Rutledge, Peter Scullion-Reid (capt); Ross Gillespie, Aaron Magowan, Tom Ferris-Hunter.
O team ULSTER
P full Adam Rainey-Moore
P full Ruairí Galbraith-Kerr
P full Jamie Corrigan-Boyd
P full Ethan Crothers
P full Callum Whiteside
P full Reuben Whitcroft
P full Niall McQuillan
P full Josh Kernaghan
P full Stephen Ardill
P full Matthew Cathcart
P full Owen Rutledge
P full Peter Scullion-Reid
P full Ross Gillespie
P full Aaron Magowan
P full Tom Ferris-Hunter
> Replacements: Conor Mulholland, Daniel Agnew, Ben Kilpatrick, Luke Dorrian, Jonah McAtamney, Harry Blair-Scott, Sam Patton, Cormac Devenney.
P full Conor Mulholland
P full Daniel Agnew
P full Ben Kilpatrick
P full Luke Dorrian
P full Jonah McAtamney
P full Harry Blair-Scott
P full Sam Patton
P full Cormac Devenney
> Referee: Hamish Dunlop-Reid (SRU)
P full Hamish Dunlop-Reid
O nonprofit SRU
'''

ARTICLES['1860-vlt-gravity-coldest-giant-planet-water-ice-clouds-eso-leiden-nature'] = r'''
> NEWS
> Coldest giant planet yet photographed has clouds of water ice
> Observations with ESO’s Very Large Telescope in Chile reveal a world at about 265 kelvin, colder than any gas giant imaged before.
O intergovernmental ESO
L facility Very Large Telescope
L country Chile
F quantity 265 kelvin
> By Hanna Lindqvist-Sowa
P full Hanna Lindqvist-Sowa
> 15 October 2041
F date 15 October 2041
> The Very Large Telescope at ESO’s Paranal Observatory in Chile’s Atacama Desert. Credit: ESO/Tomás Barrientos Ruiz
L facility Very Large Telescope
O intergovernmental ESO
L facility Paranal Observatory
L country Chile
L geo Atacama Desert
O intergovernmental ESO
P full Tomás Barrientos Ruiz
> Astronomers have taken a picture of the coldest giant planet ever seen around another star, a world 38 light-years away whose temperature of roughly 265 kelvin (−8 °C) is low enough for clouds of water ice to form in its atmosphere.
F quantity 38 light-years
F quantity 265 kelvin
F quantity −8 °C
> The planet, catalogued as TOI-10386 b, has about 2.6 Jupiter masses and circles its star once every 11 years. The results were published in Nature today.
F quantity 2.6 Jupiter masses
F duration 11 years
O media Nature
> ‘We have been chasing a planet like this for 15 years,’ says lead author Ana Beatriz Cárcamo, an astronomer at Leiden University in the Netherlands. ‘It is the first giant planet we can photograph that is cold enough to have weather like the giants in our own backyard.’
Q direct Ana Beatriz Cárcamo :: ‘We have been chasing a planet like this for 15 years,’
Q direct Ana Beatriz Cárcamo :: ‘It is the first giant planet we can photograph that is cold enough to have weather like the giants in our own backyard.’
F duration 15 years
P full Ana Beatriz Cárcamo
O education Leiden University
L country Netherlands
> The team used GRAVITY+, an instrument on the European Southern Observatory’s Very Large Telescope (VLT) that combines the light of its four 8.2-metre telescopes, to pick out the faint planet beside its star, which outshines it about 400,000 times.
O intergovernmental European Southern Observatory
L facility Very Large Telescope
L facility VLT
F number four
F quantity 8.2-metre
F number 400,000
> Spectra taken in 14 observing sessions between March 2040 and February 2041 show water vapour, methane and a dip in brightness where ice crystals absorb. The team estimates that ice clouds cover 60 per cent of the planet’s visible disk and that it reflects only 4 per cent of its starlight.
F number 14
F date March 2040
F date February 2041
F percent 60 per cent
F percent 4 per cent
> Co-author Matías Ferrada Pizarro, at the University of Chile in Santiago, says the team had nicknamed the target “the snowball” long before the ice showed up. ‘When the spectrum came in, someone wrote “told you so” on the whiteboard,’ he says.
P full Matías Ferrada Pizarro
O education University of Chile
L city Santiago
Q scare - :: “the snowball”
Q direct Matías Ferrada Pizarro :: ‘When the spectrum came in, someone wrote “told you so” on the whiteboard,’
> Of the roughly 30 gas giants imaged directly so far, almost all are young and still glowing at more than 1,000 kelvin, says Ferrada.
F number 30
F quantity 1,000 kelvin
P partial Ferrada
> Jonas Albrecht-Nyqvist, who studies planetary atmospheres at the Max Planck Institute for Astronomy in Heidelberg, Germany, and was not involved in the work, calls the detection ‘a landmark’. But he cautions that the ice signal is ‘right at the edge of what the data can support’: the team puts the chance that it is noise at about 1 in 700.
P full Jonas Albrecht-Nyqvist
O education Max Planck Institute for Astronomy
L city Heidelberg
L country Germany
Q direct Jonas Albrecht-Nyqvist :: ‘a landmark’
Q direct Jonas Albrecht-Nyqvist :: ‘right at the edge of what the data can support’
F number 1
F number 700
> ‘I would like to see the ice confirmed at a second wavelength before anyone writes it into the textbooks,’ he says.
Q direct Jonas Albrecht-Nyqvist :: ‘I would like to see the ice confirmed at a second wavelength before anyone writes it into the textbooks,’
> A referee of the Nature paper, who asked not to be named, says the authors had ‘done everything one could reasonably ask’ to rule out a false signal. Earlier searches of the star, reported in Astronomy & Astrophysics in 2039, had found nothing.
O media Nature
Q direct - :: ‘done everything one could reasonably ask’
O media Astronomy & Astrophysics
F date 2039
> A separate team at the University of Arizona in Tucson reports hints of ammonia clouds on a warmer planet 52 light-years away, in a paper accepted by The Astrophysical Journal.
O education University of Arizona
L city Tucson
F quantity 52 light-years
O media The Astrophysical Journal
> ESO said in a statement that its Extremely Large Telescope (ELT) on Cerro Armazones, about 20 kilometres from Paranal, would observe the planet in 2042, when it will be ‘ideally placed’.
O intergovernmental ESO
L facility Extremely Large Telescope
L facility ELT
L geo Cerro Armazones
F quantity 20 kilometres
L facility Paranal
F date 2042
Q direct European Southern Observatory :: ‘ideally placed’
> Cárcamo says the team has already asked for time on the ELT. ‘If the clouds are real, we should see them change,’ she says. ‘This planet has seasons, and we want to watch one.’
P partial Cárcamo
L facility ELT
Q direct Ana Beatriz Cárcamo :: ‘If the clouds are real, we should see them change,’
Q direct Ana Beatriz Cárcamo :: ‘This planet has seasons, and we want to watch one.’
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
