#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval37 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval37/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['265-espanola-school-board-closes-archuleta-elementary-alcalde'] = r'''
> Education
> Board votes 3-2 to close Archuleta Elementary in Alcalde
F number 3-2
O education Archuleta Elementary
L city Alcalde
> Students will be bused to Velarde and Hernandez schools in August; parents say they will take their fight to the state
O education Velarde
O education Hernandez
> By Yolanda Montoya-Griego
P full Yolanda Montoya-Griego
> SUN Staff Writer
O media SUN
> Thursday, Feb. 11, 2038
F date Feb. 11, 2038
> Parents and grandparents hold signs reading “Keep Our School Open” outside the Española Public Schools administration office Tuesday night. (Yolanda Montoya-Griego/Rio Grande SUN)
Q direct - :: “Keep Our School Open”
O education Española Public Schools
P full Yolanda Montoya-Griego
O media Rio Grande SUN
> The Española Public Schools Board of Education voted 3-2 Tuesday to close Ernestina M. Archuleta Elementary School in Alcalde at the end of the school year, ending 61 years of classes at the low adobe-and-brick school off N.M. 68.
O government Española Public Schools Board of Education
F number 3-2
O education Ernestina M. Archuleta Elementary School
L city Alcalde
F duration 61 years
L street N.M. 68
> Board President Ambrosio “Bo” Maestas, Vice President Luz Elena Vigil and member Orlando Esquibel voted for the closure. Secretary Marcella C. Salazar and member Ruby Trujillo-Gallegos, whose district includes Alcalde, voted against it.
P full Ambrosio “Bo” Maestas
Q scare - :: “Bo”
P full Luz Elena Vigil
P full Orlando Esquibel
P full Marcella C. Salazar
P full Ruby Trujillo-Gallegos
L city Alcalde
> Archuleta has 87 students in kindergarten through fifth grade, down from 214 in 2019. District figures show the school costs about $1.2 million a year to run, or roughly $13,800 per student, nearly twice the district average.
O education Archuleta
F number 87
F number 214
F date 2019
F money $1.2 million
F money $13,800
> Superintendent Teresa Naranjo-Bustos told the board the district faces a $4.6 million shortfall in its 2038-39 budget after enrollment fell for a sixth straight year, to 2,940 students. Closing Archuleta would save about $740,000 in the first year, she said, mostly because its nine staff members would be moved to other schools rather than replaced.
P full Teresa Naranjo-Bustos
F money $4.6 million
F date 2038-39
F number 2,940
O education Archuleta
F money $740,000
F number nine
> “Nobody up here wanted to do this,” Naranjo-Bustos said. “But we are heating and staffing buildings for children who are no longer there. Every dollar we spend on an empty classroom is a dollar we don’t spend on a teacher.”
Q direct Teresa Naranjo-Bustos :: “Nobody up here wanted to do this,”
P partial Naranjo-Bustos
Q direct Teresa Naranjo-Bustos :: “But we are heating and staffing buildings for children who are no longer there. Every dollar we spend on an empty classroom is a dollar we don’t spend on a teacher.”
> Under the plan, Archuleta students who live north of the Lyden bridge will attend Velarde Elementary, 6 miles up the Rio Grande, and those to the south will go to Hernandez Elementary. The district estimates the longest bus ride will grow from 20 minutes to about 45.
O education Archuleta
L city Lyden
O education Velarde Elementary
F quantity 6 miles
L geo Rio Grande
O education Hernandez Elementary
F duration 20 minutes
F duration 45
> More than 60 parents, grandparents and students packed the board room at the district office on Calle Don Diego for the 6 p.m. meeting, and public comment ran past 9:30 p.m. Several speakers addressed the board in Spanish.
F number 60
L street Calle Don Diego
F time 6 p.m.
F time 9:30 p.m.
> Delfina Archuleta Chávez, whose great-aunt the school is named for, said closing it would “cut the heart out of Alcalde.”
P full Delfina Archuleta Chávez
Q direct Delfina Archuleta Chávez :: “cut the heart out of Alcalde.”
L city Alcalde
> “My mother went there. I went there. My three kids went there,” she said. “You close the school, and Alcalde is just a place people drive through on the way to Taos.”
Q direct Delfina Archuleta Chávez :: “My mother went there. I went there. My three kids went there,”
F number three
Q direct Delfina Archuleta Chávez :: “You close the school, and Alcalde is just a place people drive through on the way to Taos.”
L city Alcalde
L city Taos
> Trujillo-Gallegos moved to delay the vote by a year while a committee looked for other savings, including the sale of the district’s unused Fairview annex. The motion failed 2-3.
P partial Trujillo-Gallegos
L facility Fairview
F number 2-3
> “We are closing the school with the best third-grade reading scores in the district to save less than 2% of the budget,” she said.
Q direct Ruby Trujillo-Gallegos :: “We are closing the school with the best third-grade reading scores in the district to save less than 2% of the budget,”
F percent 2%
> Maestas, 71, a retired teacher who attended Archuleta himself in the 1970s, said he voted for the closure “with a heavy heart” but saw no other way to avoid cutting teaching positions at Española Valley High School.
P partial Maestas
F age 71
O education Archuleta
F date 1970s
Q direct Ambrosio “Bo” Maestas :: “with a heavy heart”
O education Española Valley High School
> About a quarter of Archuleta’s students come from Ohkay Owingeh, the pueblo just south of Alcalde. Gov. Marvin Aguino said in a letter read aloud at the meeting that the pueblo’s Tribal Council had not been consulted, and he asked the board to meet with tribal leaders “before a single desk is moved.”
F fraction a quarter
O education Archuleta
L city Ohkay Owingeh
L city Alcalde
P full Marvin Aguino
O government Tribal Council
Q direct Marvin Aguino :: “before a single desk is moved.”
> The board will decide March 10 what to do with the 4.2-acre property. Naranjo-Bustos said the district had received informal interest from Rio Arriba County, which wants space for a senior center, and from Northern New Mexico College.
F date March 10
F quantity 4.2-acre
P partial Naranjo-Bustos
L region Rio Arriba County
O education Northern New Mexico College
> Parents said they would ask the New Mexico Public Education Department to review the decision. A group calling itself Amigos de Archuleta had gathered 1,312 signatures on a petition by Tuesday, organizer Adrián Lucero said.
O government New Mexico Public Education Department
O nonprofit Amigos de Archuleta
F number 1,312
P full Adrián Lucero
> “This isn’t over,” Lucero said. “They voted 3-2. It came down to one vote.”
Q direct Adrián Lucero :: “This isn’t over,”
P partial Lucero
Q direct Adrián Lucero :: “They voted 3-2. It came down to one vote.”
F number 3-2
F number one
> Contact Yolanda Montoya-Griego at 505-555-0147 or ymontoya@riograndesun.com.
P full Yolanda Montoya-Griego
'''

ARTICLES['266-cbsl-suspends-sabaragamuwa-capital-finance-ratnapura'] = r'''
> Central Bank suspends Sabaragamuwa Capital Finance for six months
O government Central Bank
O company Sabaragamuwa Capital Finance
F duration six months
> Withdrawals capped at Rs. 100,000 per depositor until September
F money Rs. 100,000
> CBSL says LFC breached capital rules for 11 months in a row
O government CBSL
F duration 11 months
> Shares halted on CSE after 24.6% slide
O company CSE
F percent 24.6%
> Tuesday, 16 March 2038 00:04
F date 16 March 2038
F time 00:04
> By Nadeesha Karunaratne
P full Nadeesha Karunaratne
> The Central Bank of Sri Lanka (CBSL) yesterday suspended the business of Ratnapura-based Sabaragamuwa Capital Finance PLC (SCF) for six months, after the non-bank lender had failed to meet minimum capital requirements for 11 months in a row.
O government Central Bank of Sri Lanka
O government CBSL
L city Ratnapura
O company Sabaragamuwa Capital Finance PLC
O company SCF
F duration six months
F duration 11 months
> In a statement issued after a meeting of the Monetary Board on Monday (15), the CBSL said the suspension, made under the Finance Business Act, No. 42 of 2011, was necessary "to safeguard the interests of depositors and the stability of the financial system."
O government Monetary Board
F date 15
O government CBSL
Q direct Central Bank of Sri Lanka :: "to safeguard the interests of depositors and the stability of the financial system."
> Depositors gather outside the SCF head office in Ratnapura yesterday - Pic by Chaminda Niroshan
O company SCF
L city Ratnapura
P full Chaminda Niroshan
> During the suspension, depositors may withdraw up to Rs. 100,000 each, and the company may not accept new deposits or grant new loans. SCF, which has 14 branches across the Sabaragamuwa, Uva and Western provinces, held deposits of Rs. 18.7 billion from about 41,300 customers at the end of December, according to its latest interim accounts.
F money Rs. 100,000
O company SCF
F number 14
L region Sabaragamuwa
L region Uva
L region Western
F money Rs. 18.7 billion
F number 41,300
> The company's total capital ratio stood at 4.1% in December against a regulatory minimum of 10.5%, the Central Bank said, while its core capital had been negative since March 2037. Non-performing loans rose to 31.8% of the portfolio, largely from gold-backed and leasing loans in the Ratnapura and Kegalle districts.
F percent 4.1%
F percent 10.5%
O government Central Bank
F date March 2037
F percent 31.8%
L region Ratnapura
L region Kegalle
> Depositors will be compensated up to Rs. 1.1 million each under the Sri Lanka Deposit Insurance Scheme if the company's licence is eventually cancelled. The CBSL said more than 92% of SCF's depositors held balances below that limit.
F money Rs. 1.1 million
O government CBSL
F percent 92%
O company SCF
> Outside the company's head office on Main Street, Ratnapura, a crowd of more than 200 depositors gathered yesterday morning as staff pasted copies of the Central Bank notice on the gates.
L street Main Street
L city Ratnapura
F number 200
O government Central Bank
> "I had Rs. 8 lakh in a fixed deposit for my daughter's wedding. Now they tell me I can take one lakh," said S.M. Premawathie Kumarihamy, a retired teacher from Pelmadulla. "Nobody told us anything was wrong. The advertisements were on TV until last month."
Q direct S.M. Premawathie Kumarihamy :: "I had Rs. 8 lakh in a fixed deposit for my daughter's wedding. Now they tell me I can take one lakh,"
F money Rs. 8 lakh
F number one lakh
P full S.M. Premawathie Kumarihamy
L city Pelmadulla
Q direct S.M. Premawathie Kumarihamy :: "Nobody told us anything was wrong. The advertisements were on TV until last month."
> SCF Chief Executive Sivakumar Kanagaratnam told the Daily FT the company was "in advanced talks" with Colombo-based Dhanusha Holdings (Pvt) Ltd. on a capital infusion of Rs. 3.2 billion, which he said would restore its capital ratios "within two quarters."
O company SCF
P full Sivakumar Kanagaratnam
O media Daily FT
Q direct Sivakumar Kanagaratnam :: "in advanced talks"
L city Colombo
O company Dhanusha Holdings (Pvt) Ltd.
F money Rs. 3.2 billion
Q direct Sivakumar Kanagaratnam :: "within two quarters."
F duration two quarters
> "Every rupee deposited with SCF is accounted for. This is a capital problem, not a fraud, and we are confident depositors will be paid in full," Kanagaratnam said.
Q direct Sivakumar Kanagaratnam :: "Every rupee deposited with SCF is accounted for. This is a capital problem, not a fraud, and we are confident depositors will be paid in full,"
O company SCF
P partial Kanagaratnam
> The Central Bank, however, said it had rejected two earlier recapitalisation plans submitted by the company since October, and that any new investor would have to pass its "fit and proper" assessment.
O government Central Bank
F number two
Q scare - :: "fit and proper"
> Trading in SCF shares was halted on the Colombo Stock Exchange (CSE) yesterday morning after the stock fell 24.6% to Rs. 14.20 in the first 10 minutes of trade. The Securities and Exchange Commission of Sri Lanka said it was reviewing share transactions by directors and their relatives in the two weeks before the announcement.
O company SCF
O company Colombo Stock Exchange
O company CSE
F percent 24.6%
F money Rs. 14.20
F duration 10 minutes
O government Securities and Exchange Commission of Sri Lanka
F duration two weeks
> Founded in 1997 as a pawnbroking company in Balangoda, SCF grew rapidly after 2031 by lending to gem traders and tea smallholders, and was listed on the CSE in 2034.
F date 1997
L city Balangoda
O company SCF
F date 2031
O company CSE
F date 2034
> Analysts said the suspension would add to pressure on smaller licensed finance companies (LFCs), several of which have struggled since the sector's consolidation plan was revived in 2036. "The market had priced in a rescue. Investors are now asking which of the other 31 LFCs is next," said Dinuka Perera, Head of Research at Ceylon Ridge Securities.
F date 2036
Q direct Dinuka Perera :: "The market had priced in a rescue. Investors are now asking which of the other 31 LFCs is next,"
F number 31
P full Dinuka Perera
O company Ceylon Ridge Securities
> The Sabaragamuwa Capital Depositors' Association, formed yesterday by a group of depositors in Ratnapura, said it would petition the Supreme Court if the CBSL did not guarantee full repayment within 90 days. Its convener, Attorney-at-Law M.F.M. Rizwan, said the association would meet on Saturday (20) at the Ratnapura Town Hall.
O nonprofit Sabaragamuwa Capital Depositors' Association
L city Ratnapura
O government Supreme Court
O government CBSL
F duration 90 days
P full M.F.M. Rizwan
F date 20
L facility Ratnapura Town Hall
'''

ARTICLES['267-liberia-grand-kru-superintendent-theft-case-criminal-court-c'] = r'''
> News
> Liberia: Judge Denies Ex-Grand Kru Superintendent’s Bid to Dismiss US$1.4M Theft Case
L country Liberia
L region Grand Kru
F money US$1.4M
> Obediah S. Kollie, obediah.kollie@frontpageafricaonline.com
P full Obediah S. Kollie
> Published on April 14, 2038
F date April 14, 2038
> Former Grand Kru County Superintendent Nathaniel Tugbeh Nyemah (center) leaves the Temple of Justice after Tuesday’s ruling. Photo: Obediah S. Kollie/FrontPage Africa
L region Grand Kru County
P full Nathaniel Tugbeh Nyemah
L facility Temple of Justice
P full Obediah S. Kollie
O media FrontPage Africa
> Monrovia – Resident Judge Comfort Y. Gbassie-Tarpeh of Criminal Court ‘C’ at the Temple of Justice on Tuesday, April 13, denied a motion to dismiss the theft and economic sabotage case against former Grand Kru County Superintendent Nathaniel Tugbeh Nyemah and two co-defendants, clearing the way for a jury trial in the alleged diversion of US$1.4 million in county development money.
L city Monrovia
P full Comfort Y. Gbassie-Tarpeh
O government Criminal Court ‘C’
Q scare - :: ‘C’
L facility Temple of Justice
F date April 13
L region Grand Kru County
P full Nathaniel Tugbeh Nyemah
F number two
F money US$1.4 million
> Nyemah, who served from 2033 until his dismissal in March 2037, is charged along with former county comptroller Musu Dweh-Kollie and contractor Augustine G. Kpehe, owner of Kpehe & Sons Construction Inc., with theft of property, economic sabotage and criminal conspiracy. Prosecutors say the three diverted money from the Grand Kru County Development Fund and Social Development Fund between 2035 and 2037 through contracts for roads, a clinic and a market hall that were never built.
P partial Nyemah
F date 2033
F date March 2037
P full Musu Dweh-Kollie
P full Augustine G. Kpehe
O company Kpehe & Sons Construction Inc.
F number three
F date 2035
F date 2037
> The case was brought by the Liberia Anti-Corruption Commission (LACC), which says L$27.6 million and US$1.25 million were paid into accounts controlled by Kpehe between June 2035 and November 2036. Investigators found that a 42-kilometer feeder road from Barclayville to Sasstown, for which US$610,000 was paid, had been cleared for less than 6 kilometers.
O government Liberia Anti-Corruption Commission
O government LACC
F money L$27.6 million
F money US$1.25 million
P partial Kpehe
F date June 2035
F date November 2036
F quantity 42-kilometer
L city Barclayville
L city Sasstown
F money US$610,000
F quantity 6 kilometers
> Defense lawyer Cllr. Jallah K. Barsigiah had argued that the indictment was defective because the LACC failed to complete its investigation within the 90 days required by its own Act, and that the prosecution had “dressed up an accounting dispute as a crime.”
P full Jallah K. Barsigiah
O government LACC
F duration 90 days
Q direct Jallah K. Barsigiah :: “dressed up an accounting dispute as a crime.”
> Judge Gbassie-Tarpeh disagreed. “The 90-day period in the Act is directory, not mandatory. A late investigation is not a void indictment,” she ruled, adding that the defense would have “every opportunity” to test the evidence before a jury.
P partial Gbassie-Tarpeh
Q direct Comfort Y. Gbassie-Tarpeh :: “The 90-day period in the Act is directory, not mandatory. A late investigation is not a void indictment,”
F duration 90-day
Q direct Comfort Y. Gbassie-Tarpeh :: “every opportunity”
> She also denied a request by Nyemah’s lawyers to reduce his US$250,000 criminal appearance bond and ordered the three defendants to appear for jury selection on May 4. Dweh-Kollie and Kpehe are out on bonds of US$75,000 each.
P partial Nyemah
F money US$250,000
F number three
F date May 4
P partial Dweh-Kollie
P partial Kpehe
F money US$75,000
> Speaking to reporters outside the court, Cllr. Barsigiah said the defense would seek a writ of prohibition from the Supreme Court of Liberia. “My client did not build roads. The county’s engineers certified those projects, and the money was paid on their certificates,” he said. “If there is a crime here, the people who signed those certificates are not in this courtroom.
P partial Barsigiah
O government Supreme Court of Liberia
Q direct Jallah K. Barsigiah :: “My client did not build roads. The county’s engineers certified those projects, and the money was paid on their certificates,”
Q direct Jallah K. Barsigiah :: “If there is a crime here, the people who signed those certificates are not in this courtroom.
> “We are not afraid of a jury. We are afraid of a trial where only one side of the story is told.”
Q direct Jallah K. Barsigiah :: “We are not afraid of a jury. We are afraid of a trial where only one side of the story is told.”
F number one
> Nyemah, 58, did not speak to journalists. A relative, who asked not to be named, said the former superintendent had been “made a scapegoat by people in Monrovia who took their share and left him holding the bag.”
P partial Nyemah
F age 58
Q direct - :: “made a scapegoat by people in Monrovia who took their share and left him holding the bag.”
L city Monrovia
> The LACC, in a statement, welcomed the ruling as “an important step for the people of the southeast, who were promised roads and got nothing.” The commission said it was pursuing six other cases involving county development funds in Maryland, River Gee and Sinoe counties.
O government LACC
Q direct Liberia Anti-Corruption Commission :: “an important step for the people of the southeast, who were promised roads and got nothing.”
F number six
L region Maryland
L region River Gee
L region Sinoe
> In Barclayville, the Grand Kru capital, residents told FrontPage Africa that the unfinished road is impassable for most of the rainy season, which runs from May to October. Pregnant women from Sasstown and Picnicess must still be carried in hammocks or on motorbikes to J.J. Dossen Memorial Hospital in Harper, more than five hours away.
L city Barclayville
L region Grand Kru
O media FrontPage Africa
L city Sasstown
L city Picnicess
O other J.J. Dossen Memorial Hospital
L city Harper
F duration five hours
> “We voted for that road in three county sittings. We saw the bulldozer for two weeks, and then it went back to Harper,” said Wleh Sunday Toe, a youth leader in Sasstown.
Q direct Wleh Sunday Toe :: “We voted for that road in three county sittings. We saw the bulldozer for two weeks, and then it went back to Harper,”
F number three
F duration two weeks
L city Harper
P full Wleh Sunday Toe
L city Sasstown
> Grand Kru’s District #2 Representative, Hon. Amos Siaway Jlateh, who chairs the House of Representatives’ Committee on Ways, Means and Finance, said the Legislature would ask the General Auditing Commission (GAC) to audit all county development projects in the southeast since 2030.
L region Grand Kru
L region District #2
P full Amos Siaway Jlateh
O government House of Representatives
O government Committee on Ways, Means and Finance
O government Legislature
O government General Auditing Commission
O government GAC
F date 2030
> The trial is expected to last at least six weeks. If convicted, the defendants face up to 10 years in prison and must repay the full amount.
F duration six weeks
F duration 10 years
'''

ARTICLES['268-knights-raiders-nrl-tau-alupe-mcdonald-jones-stadium'] = r'''
> Sport
> NRL
O other NRL
> ‘We just had to hang in’: Knights edge Raiders to end losing run
Q direct Darren McKerral :: ‘We just had to hang in’
O team Knights
O team Raiders
> Viliami Tauʻalupe scores twice as Newcastle survive a late Canberra charge at McDonald Jones Stadium
P full Viliami Tauʻalupe
O team Newcastle
O team Canberra
L facility McDonald Jones Stadium
> By Mitchell Dunstan-Reid
P full Mitchell Dunstan-Reid
> Updated April 10 2038 - 10:48pm, first published 9:57pm
F date April 10 2038
F time 10:48pm
F time 9:57pm
> Knights centre Viliami Tauʻalupe crosses for his second try against the Raiders on Saturday night. Picture by Jonah Pettigrew
O team Knights
P full Viliami Tauʻalupe
O team Raiders
P full Jonah Pettigrew
> NEWCASTLE coach Darren McKerral admitted his side “just had to hang in” after the Knights held off a furious Canberra finish to win 22-18 at McDonald Jones Stadium on Saturday night and snap a four-game losing streak.
O team NEWCASTLE
P full Darren McKerral
Q direct Darren McKerral :: “just had to hang in”
O team Knights
O team Canberra
F score 22-18
L facility McDonald Jones Stadium
F number four
> Leading 22-6 with 15 minutes left, Newcastle conceded two tries in six minutes and had to defend three straight sets on their own line before halfback Jackson O’Rourke-Hale found touch with the last play of the match.
F score 22-6
F duration 15 minutes
O team Newcastle
F number two
F duration six minutes
F number three
P full Jackson O’Rourke-Hale
> “We just had to hang in. We were out on our feet for the last 10 minutes, but nobody took a backward step,” McKerral said.
Q direct Darren McKerral :: “We just had to hang in. We were out on our feet for the last 10 minutes, but nobody took a backward step,”
F duration 10 minutes
P partial McKerral
> “That’s the first time in a month we’ve found a way to win a tight one, and I’m proud of them for that.”
Q direct Darren McKerral :: “That’s the first time in a month we’ve found a way to win a tight one, and I’m proud of them for that.”
> Tonga international Tauʻalupe was the difference, scoring in the 14th and 58th minutes and putting winger Josaia Vunivesi over in the corner on the stroke of half-time.
O team Tonga
P partial Tauʻalupe
P full Josaia Vunivesi
> The 24-year-old, who joined Newcastle from the Dolphins in the off-season, now has six tries in five games.
F age 24-year-old
O team Newcastle
O team Dolphins
F number six
F number five
> “Vili’s been our best player for a month. He’s big, he’s quick and he wants the ball,” McKerral said.
Q direct Darren McKerral :: “Vili’s been our best player for a month. He’s big, he’s quick and he wants the ball,”
P partial Vili
P partial McKerral
> Canberra led 6-0 after eight minutes when five-eighth Corey Fahey-Waqa sliced through from 20 metres out, but the Knights scored the next 22 points, O’Rourke-Hale converting three of their four tries.
O team Canberra
F score 6-0
F duration eight minutes
P full Corey Fahey-Waqa
F quantity 20 metres
O team Knights
F number 22
P partial O’Rourke-Hale
F number three
F number four
> Fullback Kobe Nikora-Walsh added the third early in the second half, finishing a 70-metre movement that began with a Brodie Ah Chong offload inside his own half.
P full Kobe Nikora-Walsh
F quantity 70-metre
P full Brodie Ah Chong
> The Raiders, who were without skipper Tyrese Mulitalo-Pele (hamstring), hit back through Harrison Whitebread in the 66th minute and Lachlan Te Rangi four minutes later. Knights hooker Kane Sampson-Tuilagi then spent 10 minutes in the sin bin for a professional foul, but Canberra could not find a fourth try against 12 men.
O team Raiders
P full Tyrese Mulitalo-Pele
P full Harrison Whitebread
P full Lachlan Te Rangi
F duration four minutes
O team Knights
P full Kane Sampson-Tuilagi
F duration 10 minutes
O team Canberra
F number 12
> Raiders coach Pita Afamasaga said his side had left it too late. “You can’t spot a side 22 points and expect to win. We were good for 25 minutes and ordinary for the rest,” he said.
O team Raiders
P full Pita Afamasaga
Q direct Pita Afamasaga :: “You can’t spot a side 22 points and expect to win. We were good for 25 minutes and ordinary for the rest,”
F number 22
F duration 25 minutes
> The win lifts Newcastle to 11th on the ladder with eight points, two behind the Raiders, who drop to eighth. The Knights travel to Townsville to face the North Queensland Cowboys next Saturday, while Canberra host the Sea Eagles at GIO Stadium on Sunday.
O team Newcastle
F number eight
F number two
O team Raiders
O team Knights
L city Townsville
O team North Queensland Cowboys
O team Canberra
O team Sea Eagles
L facility GIO Stadium
> A crowd of 21,406 braved steady rain, the biggest at the Broadmeadow ground this season.
F number 21,406
L city Broadmeadow
> Blues selectors were watching O’Rourke-Hale, who has been named in NSW’s extended State of Origin squad. He kicked three goals from four attempts and ran for 142 metres.
O team Blues
P partial O’Rourke-Hale
O team NSW
F number three
F number four
F quantity 142 metres
> NEWCASTLE 22 (V Tauʻalupe 2, J Vunivesi, K Nikora-Walsh tries; J O’Rourke-Hale 3 goals) bt CANBERRA 18 (C Fahey-Waqa, H Whitebread, L Te Rangi tries; R Kasprzak 3 goals) at McDonald Jones Stadium. Half-time: Newcastle 12-6. Referee: Gavin Pettit-Lowe. Crowd: 21,406.
O team NEWCASTLE
F score 22
P full V Tauʻalupe
F number 2
P full J Vunivesi
P full K Nikora-Walsh
P full J O’Rourke-Hale
F number 3
O team CANBERRA
F score 18
P full C Fahey-Waqa
P full H Whitebread
P full L Te Rangi
P full R Kasprzak
F number 3
L facility McDonald Jones Stadium
O team Newcastle
F score 12-6
P full Gavin Pettit-Lowe
F number 21,406
'''

ARTICLES['269-hantavirus-record-baden-wurttemberg-beechnut-voles-dpa'] = r'''
> Health
> Hantavirus infections hit record in Germany after bumper beechnut year
L country Germany
> 11.05.2039, 11:42
F date 11.05.2039
F time 11:42
> A bank vole (Myodes glareolus) sits among beech leaves in a forest near Reutlingen. The rodents carry the Puumala virus, which they shed in urine and droppings. Photo: Jonas Riethmüller/dpa
L city Reutlingen
P full Jonas Riethmüller
O media dpa
> Berlin/Stuttgart (dpa) - Germany has recorded more hantavirus infections in the first four months of 2039 than in any full year since records began, public health authorities said on Wednesday, with the south-western state of Baden-Württemberg bearing the brunt.
L city Berlin
L city Stuttgart
O media dpa
L country Germany
F duration four months
F date 2039
L region Baden-Württemberg
> The Robert Koch Institute (RKI), Germany's federal agency for disease control, said 3,117 cases had been reported by the end of April, compared with 2,825 in the whole of 2012, the previous record year. Nearly three quarters of the cases were in Baden-Württemberg, where the incidence reached 19.6 per 100,000 inhabitants.
O government Robert Koch Institute
O government RKI
L country Germany
F number 3,117
F number 2,825
F date 2012
F fraction three quarters
L region Baden-Württemberg
F number 19.6
F number 100,000
> Researchers link the surge to the unusually heavy beechnut crop of autumn 2038. Bank voles, which carry the Puumala strain of the virus, feed on the nuts and breed through the winter when food is plentiful, and in March vole numbers in some forests on the Swabian Jura were estimated at more than 400 animals per hectare.
F date 2038
L geo Swabian Jura
F number 400
> "A mast year is followed by a vole year, and a vole year is followed by a hantavirus year. That is almost a law of nature," said Ulrike Brandhuber-Sauer, an ecologist at the University of Hohenheim in Stuttgart who has monitored vole populations on the Swabian Jura since 2021.
Q direct Ulrike Brandhuber-Sauer :: "A mast year is followed by a vole year, and a vole year is followed by a hantavirus year. That is almost a law of nature,"
P full Ulrike Brandhuber-Sauer
O education University of Hohenheim
L city Stuttgart
L geo Swabian Jura
F date 2021
> Humans are usually infected by breathing in dust contaminated with the animals' excreta, for example while sweeping out sheds, garages or attics or while stacking firewood. Forestry workers, farmers and people aged 30 to 50 are most often affected, according to the RKI. About 62 per cent of this year's patients were men.
F age 30
F age 50
O government RKI
F percent 62 per cent
> The disease typically begins two to four weeks after infection with a sudden fever of up to 40 degrees Celsius, headaches and back pain. In some patients it leads to acute kidney failure, and about one in 20 patients need dialysis for a time. Deaths are rare.
F duration two
F duration four weeks
F quantity 40 degrees Celsius
F number one
F number 20
> In the district of Reutlingen, 412 people have been admitted to hospital since January, the district office said. A 58-year-old forestry worker from the town of Münsingen died in April, the first hantavirus death in the state since 2017.
L region Reutlingen
F number 412
F age 58-year-old
L city Münsingen
F date 2017
> Baden-Württemberg's Ministry of Social Affairs, Health and Integration urged people in rural areas to dampen dust with water before cleaning and to wear FFP2 masks and gloves. "Please do not sweep dry, and do not use a vacuum cleaner in rooms where mice have been," the ministry said in a statement.
L region Baden-Württemberg
O government Ministry of Social Affairs, Health and Integration
Q direct Ministry of Social Affairs, Health and Integration :: "Please do not sweep dry, and do not use a vacuum cleaner in rooms where mice have been,"
> Cases have also risen sharply in Lower Franconia in northern Bavaria, in the Münsterland region of North Rhine-Westphalia and in parts of Hesse, the RKI said. In north-eastern Germany, where the Dobrava-Belgrade virus carried by the striped field mouse predominates, numbers were close to normal.
L region Lower Franconia
L region Bavaria
L region Münsterland
L region North Rhine-Westphalia
L region Hesse
O government RKI
L country Germany
> Scientists at the Friedrich-Loeffler-Institut (FLI), the federal research institute for animal health on the Baltic island of Riems, said vole populations in Baden-Württemberg had already begun to collapse in April, as they usually do after a peak. "We expect case numbers to fall from June onwards, but the summer months will still be well above average," said FLI virologist Tobias Ekwueme-Hartmann.
O government Friedrich-Loeffler-Institut
O government FLI
L geo Baltic
L geo Riems
L region Baden-Württemberg
Q direct Tobias Ekwueme-Hartmann :: "We expect case numbers to fall from June onwards, but the summer months will still be well above average,"
O government FLI
P full Tobias Ekwueme-Hartmann
> Hantavirus infections have been notifiable in Germany since 2001. There is no vaccine approved in the European Union and no specific treatment.
L country Germany
F date 2001
O intergovernmental European Union
'''

ARTICLES['270-monarch-butterfly-colonies-michoacan-mexico-state-wwf-conanp'] = r'''
> Environment
> Monarch butterfly colonies in Mexico shrink to third-smallest area on record
L country Mexico
> The butterflies occupied 0.58 hectares of forest in Michoacán and México state this winter, down 31% from a year earlier, WWF Mexico and Conanp said
F quantity 0.58 hectares
L region Michoacán
L region México
F percent 31%
O nonprofit WWF Mexico
O government Conanp
> Mexico News Daily
O media Mexico News Daily
> Published on Thursday, March 4, 2038
F date March 4, 2038
> Monarch butterflies cluster on oyamel firs at the El Rosario sanctuary in Ocampo, Michoacán, in January. (Enrique Castro Pineda/Cuartoscuro)
L facility El Rosario
L city Ocampo
L region Michoacán
P full Enrique Castro Pineda
O media Cuartoscuro
> The monarch butterflies that spent this winter in the mountain forests of central Mexico covered just 0.58 hectares, the third-smallest area since records began in 1993 and 31% less than the 0.84 hectares recorded in the 2036-37 season, according to the annual survey released Wednesday by WWF Mexico and the National Commission of Natural Protected Areas (Conanp).
L country Mexico
F quantity 0.58 hectares
F date 1993
F percent 31%
F quantity 0.84 hectares
F date 2036-37
O nonprofit WWF Mexico
O government National Commission of Natural Protected Areas
O government Conanp
> Scientists estimate that each hectare holds about 21 million butterflies, which would put this season’s population at roughly 12 million, compared with an estimated 380 million in the 1996-97 season, when the colonies covered a record 18.19 hectares.
F number 21 million
F number 12 million
F number 380 million
F date 1996-97
F quantity 18.19 hectares
> WWF Mexico attributed the decline mainly to conditions along the migration route. A severe drought in Texas and northern Mexico last summer and fall dried up the nectar plants the butterflies feed on during their 4,000-kilometer journey from Canada and the United States, the organization said.
O nonprofit WWF Mexico
L region Texas
L country Mexico
F quantity 4,000-kilometer
L country Canada
L country United States
> “The butterflies arrived late and they arrived thin. Many did not have the fat reserves to survive the cold nights in the sanctuaries,” said Itzel Guadarrama Solís, who leads WWF Mexico’s monarch program.
Q direct Itzel Guadarrama Solís :: “The butterflies arrived late and they arrived thin. Many did not have the fat reserves to survive the cold nights in the sanctuaries,”
P full Itzel Guadarrama Solís
O nonprofit WWF Mexico
> The survey found colonies at nine sites, six of them in Michoacán and three in México state. The largest were:
F number nine
F number six
L region Michoacán
F number three
L region México
> El Rosario, Ocampo, Michoacán: 0.19 hectares
L facility El Rosario
L city Ocampo
L region Michoacán
F quantity 0.19 hectares
> Sierra Chincua, Angangueo, Michoacán: 0.13 hectares
L geo Sierra Chincua
L city Angangueo
L region Michoacán
F quantity 0.13 hectares
> Cerro Pelón, Donato Guerra, México state: 0.09 hectares
L geo Cerro Pelón
L city Donato Guerra
L region México
F quantity 0.09 hectares
> Piedra Herrada, Valle de Bravo, México state: 0.06 hectares
L geo Piedra Herrada
L city Valle de Bravo
L region México
F quantity 0.06 hectares
> Forest loss inside the Monarch Butterfly Biosphere Reserve also continued. The survey recorded 41.7 hectares of degraded forest this season, up from 26.3 hectares a year earlier; 17.2 hectares were lost to illegal logging and the rest to drought, bark beetles and storms.
L geo Monarch Butterfly Biosphere Reserve
F quantity 41.7 hectares
F quantity 26.3 hectares
F quantity 17.2 hectares
> The federal environmental protection agency Profepa said inspectors had seized 312 cubic meters of illegally felled timber in the reserve’s buffer zone since November and arrested 14 people in the municipalities of Ocampo and Zitácuaro.
O government Profepa
F quantity 312 cubic meters
F number 14
L city Ocampo
L city Zitácuaro
> The smaller colonies are also a blow to the communities that depend on butterfly tourism. The sanctuaries received about 148,000 visitors between mid-November and mid-March, 22% fewer than the previous season, and visitor spending fell to an estimated 310 million pesos (US $16.9 million), according to the Michoacán Tourism Ministry.
F number 148,000
F percent 22%
F money 310 million pesos
F money US $16.9 million
O government Michoacán Tourism Ministry
> In Angangueo, a former mining town at the foot of Sierra Chincua, several of the 40 guides who take tourists on horseback up to the colonies said they had earned less than half of their usual income.
L city Angangueo
L geo Sierra Chincua
F number 40
F fraction half
> “Last year I took 600 people up the mountain. This year, maybe 250. The horses eat the same either way,” said Homero Ruiz Tapia, 52, who has worked as a guide for 19 years.
Q direct Homero Ruiz Tapia :: “Last year I took 600 people up the mountain. This year, maybe 250. The horses eat the same either way,”
F number 600
F number 250
P full Homero Ruiz Tapia
F age 52
F duration 19 years
> Evaristo Colín Mondragón, president of the El Rosario ejido’s commissariat, said the community had stepped up patrols against loggers. “Sin bosque no hay mariposa,” he said. “Without the forest there is no butterfly, and without the butterfly there is no work here.”
P full Evaristo Colín Mondragón
L city El Rosario
Q direct Evaristo Colín Mondragón :: “Sin bosque no hay mariposa,”
Q direct Evaristo Colín Mondragón :: “Without the forest there is no butterfly, and without the butterfly there is no work here.”
> Monarch experts stress that a single bad season does not mean collapse. The eastern population has rebounded before, reaching 2.84 hectares as recently as the 2018-19 season. But Guadarrama said the long-term trend was clear. “In the 1990s we measured colonies in tens of hectares. Now we measure them in fractions of a hectare,” she said.
F quantity 2.84 hectares
F date 2018-19
P partial Guadarrama
Q direct Itzel Guadarrama Solís :: “In the 1990s we measured colonies in tens of hectares. Now we measure them in fractions of a hectare,”
F date 1990s
> With reports from La Jornada and El Sol de Morelia
O media La Jornada
O media El Sol de Morelia
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
