#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval303 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval303/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}
ARTICLES['1861-ngaruni-county-drug-shortage-kemsa-debt-daily-nation'] = r'''
> Ngaruni
L region Ngaruni
> Patients turned away as Ngaruni hospitals run out of essential drugs
L region Ngaruni
> What you need to know:
> KEMSA has halted deliveries to the county over a Sh312 million debt, leaving 53 of 64 essential items out of stock.
O government KEMSA
F money Sh312 million
F number 53
F number 64
> Patients with diabetes and hypertension now pay private chemists up to three times the public price.
F number three
> By Halima Wairimu Chege
P full Halima Wairimu Chege
> Wednesday, March 12, 2042
F date March 12, 2042
> Patients wait outside a pharmacy window in Kanyoni town on Monday. Photo credit: Daniel Kiprop Otieno | Nation Media Group
L city Kanyoni
P full Daniel Kiprop Otieno
O media Nation Media Group
> Hundreds of patients in Ngaruni County have gone without drugs for chronic illnesses for more than two months after the Kenya Medical Supplies Authority (KEMSA) stopped deliveries over an unpaid bill of Sh312 million.
L region Ngaruni County
F duration two months
O government Kenya Medical Supplies Authority
O government KEMSA
F money Sh312 million
> At Ngaruni County Referral Hospital in Kanyoni, the main pharmacy had only 11 of the 64 items on the essential medicines list when the Nation visited on Monday. Insulin, metformin, amlodipine and children's antibiotics had run out.
O other Ngaruni County Referral Hospital
L city Kanyoni
F number 11
F number 64
O media Nation
> County Executive Committee Member for Health Dr Amina Shauri Mwakio said the county paid Sh96 million to the authority in February, but the rest is stuck among so-called "pending bills" until the county's share of revenue arrives from the National Treasury.
P full Amina Shauri Mwakio
F money Sh96 million
Q scare - :: "pending bills"
O government National Treasury
> "We are not hiding from the problem. The money for drugs is in the budget, but the disbursement from Nairobi has not come since December," Dr Mwakio told the Nation. "We have asked KEMSA to release at least the insulin and the TB drugs on credit while we clear the arrears.
Q direct Amina Shauri Mwakio :: "We are not hiding from the problem. The money for drugs is in the budget, but the disbursement from Nairobi has not come since December,"
L city Nairobi
P partial Mwakio
O media Nation
Q direct Amina Shauri Mwakio :: "We have asked KEMSA to release at least the insulin and the TB drugs on credit while we clear the arrears.
O government KEMSA
> "Nobody should die because of a bookkeeping dispute between two levels of government."
Q direct Amina Shauri Mwakio :: "Nobody should die because of a bookkeeping dispute between two levels of government."
F number two
> In a statement on Tuesday, KEMSA said it had "no option" but to suspend supplies to counties owing more than Sh100 million for over 90 days, and that Ngaruni was "among seven counties" on its credit hold list.
O government KEMSA
Q direct Kenya Medical Supplies Authority :: "no option"
F money Sh100 million
F duration 90 days
L region Ngaruni
Q direct Kenya Medical Supplies Authority :: "among seven counties"
F number seven
> The authority said it delivered commodities worth Sh4.8 billion to the 47 counties in the six months to December 2041 and is itself owed Sh2.1 billion by county governments.
F money Sh4.8 billion
F number 47
F duration six months
F date December 2041
F money Sh2.1 billion
> At Mukaro Health Centre, 40 kilometres from Kanyoni, nurse Faith Njeri Wambua, 34, said she now writes prescriptions that patients cannot fill.
O other Mukaro Health Centre
F quantity 40 kilometres
L city Kanyoni
P full Faith Njeri Wambua
F age 34
> "Mothers come back the next day and tell me, 'Sister, the chemist wants Sh1,500 for the syrup.' What do I tell them? We are giving paracetamol for everything," she said.
Q direct Faith Njeri Wambua :: "Mothers come back the next day and tell me, 'Sister, the chemist wants Sh1,500 for the syrup.' What do I tell them? We are giving paracetamol for everything,"
F money Sh1,500
> Mzee Omari Kahindi Baya, 67, a retired teacher living with diabetes, said he now spends Sh3,200 a month on insulin from a private chemist in Kanyoni town, almost half of his monthly pension.
P full Omari Kahindi Baya
F age 67
F money Sh3,200
L city Kanyoni
F fraction half
> "Hakuna dawa. That is all they tell us at the window," Mr Baya said. "I have already skipped doses twice this month. At my age, you do not play with sugar."
Q direct Omari Kahindi Baya :: "Hakuna dawa. That is all they tell us at the window,"
P partial Baya
Q direct Omari Kahindi Baya :: "I have already skipped doses twice this month. At my age, you do not play with sugar."
> The county's drug budget for the 2041/42 financial year is Sh540 million, or 6.5 per cent of its Sh8.3 billion health budget, according to figures tabled at the Ngaruni County Assembly last week.
F date 2041/42
F money Sh540 million
F percent 6.5 per cent
F money Sh8.3 billion
O government Ngaruni County Assembly
> A senior official at the Ministry of Health in Nairobi, who asked not to be named because he is not authorised to speak to the media, said the ministry would meet KEMSA and the Council of Governors on March 19 to "find a way out" for the seven counties.
O government Ministry of Health
L city Nairobi
O government KEMSA
O government Council of Governors
F date March 19
Q direct - :: "find a way out"
F number seven
> Dr Mwakio said she expected partial deliveries to resume "within two weeks".
P partial Mwakio
Q direct Amina Shauri Mwakio :: "within two weeks"
F duration two weeks
'''

ARTICLES['1862-marseille-municipal-election-poll-rn-socialists-france-24'] = r'''
> France
L country France
> Marseille mayoral race tightens as far right closes in on City Hall
L city Marseille
O government City Hall
> Four days before the first round, a poll puts the Rassemblement National level with the outgoing left-wing majority, whose candidate calls Sunday’s vote a “referendum on what kind of city we want to be”.
F duration Four days
O party Rassemblement National
Q direct Bérénice du Plessis-Amar :: “referendum on what kind of city we want to be”
> Issued on: 09/03/2044 - 18:47 Modified: 09/03/2044 - 21:05
F date 09/03/2044
F time 18:47
F date 09/03/2044
F time 21:05
> Text by: FRANCE 24
O media FRANCE 24
> Campaign posters on a wall in Marseille’s 3rd arrondissement on March 8, 2044. © Clément Oudard-Vial, AFP
L city Marseille
F date March 8, 2044
P full Clément Oudard-Vial
O media AFP
> Marseille’s mayoral race is the closest in a generation, according to a poll published on Wednesday, with the far-right Rassemblement National (RN) level with the left-wing coalition that won City Hall in 2038.
L city Marseille
O party Rassemblement National
O party RN
O government City Hall
F date 2038
> The survey of 1,012 registered voters by the regional pollster OpinionSud gives Régis Fabre-Santini of the RN 31 percent of first-round voting intentions, against 30 percent for outgoing deputy mayor Bérénice du Plessis-Amar of the Socialist Party and 21 percent for Amaury de Saint-Clair of Les Républicains (LR). La France Insoumise, running its own list, is on 9 percent.
F number 1,012
O company OpinionSud
P full Régis Fabre-Santini
O party RN
F percent 31 percent
F percent 30 percent
P full Bérénice du Plessis-Amar
O party Socialist Party
F percent 21 percent
P full Amaury de Saint-Clair
O party Les Républicains
O party LR
O party La France Insoumise
F percent 9 percent
> Marseille does not elect its mayor directly. Its 16 arrondissements are grouped into eight sectors, and the 111 members of the municipal council chosen on March 13 and March 20 will then pick the mayor.
L city Marseille
F number 16
F number eight
F number 111
F date March 13
F date March 20
> The RN came first in the 13th, 14th, 15th and 16th arrondissements at the last national vote, and Fabre-Santini has campaigned there, promising more police after a wave of drug-related killings that residents call the “narchomicides”.
O party RN
P partial Fabre-Santini
Q scare - :: “narchomicides”
> “People in the 15th have been told for 20 years to wait their turn. They waited. Now they are voting,” he told FRANCE 24 at a market in Saint-Antoine on Tuesday.
Q direct Régis Fabre-Santini :: “People in the 15th have been told for 20 years to wait their turn. They waited. Now they are voting,”
F duration 20 years
O media FRANCE 24
L city Saint-Antoine
> In a statement, the Rassemblement National called Marseille “the first prize” of this month’s municipal elections.
O party Rassemblement National
L city Marseille
Q direct Rassemblement National :: “the first prize”
> The Socialist candidate, 46, who ran the city’s housing portfolio for six years, has campaigned on the renovation of 4,300 council flats.
F age 46
F duration six years
F number 4,300
> “This is not a vote on the left or the right. It is a referendum on what kind of city we want to be,” du Plessis-Amar said on the Canebière on Monday. “We have repaired schools that were falling down.
Q direct Bérénice du Plessis-Amar :: “This is not a vote on the left or the right. It is a referendum on what kind of city we want to be,”
P partial du Plessis-Amar
L street Canebière
Q direct Bérénice du Plessis-Amar :: “We have repaired schools that were falling down.
> “We will not hand the keys of this city to people who divide Marseille into good and bad neighbourhoods.”
Q direct Bérénice du Plessis-Amar :: “We will not hand the keys of this city to people who divide Marseille into good and bad neighbourhoods.”
L city Marseille
> For de Saint-Clair, a 58-year-old lawyer, the poll is a warning to his own voters. He has ruled out any alliance with the RN between the two rounds. “Not at the town hall, not in the sectors, not in a back room,” he said.
P partial de Saint-Clair
F age 58-year-old
O party RN
F number two
Q direct Amaury de Saint-Clair :: “Not at the town hall, not in the sectors, not in a back room,”
> Yasmina Belkacem, a political scientist at Aix-Marseille University, said turnout would decide the race. Only 38 percent of registered voters cast a ballot in the first round in 2038, and fewer than 25 percent in some northern polling stations.
P full Yasmina Belkacem
O education Aix-Marseille University
F percent 38 percent
F date 2038
F percent 25 percent
> “The RN does not need new voters in Marseille. It needs its voters to turn up while the left’s stay at home,” she said. “In a city where people say ‘politics is not for us’, that is a real risk for the left.”
Q direct Yasmina Belkacem :: “The RN does not need new voters in Marseille. It needs its voters to turn up while the left’s stay at home,”
O party RN
L city Marseille
Q direct Yasmina Belkacem :: “In a city where people say ‘politics is not for us’, that is a real risk for the left.”
> At a café in the 3rd arrondissement, one of the poorest in France, retired docker Lucien Ferracci-Mbaye, 71, said he voted for the left six years ago but is undecided.
L country France
P full Lucien Ferracci-Mbaye
F age 71
F duration six years
> “My building has had no working lift for two years. Everyone promises, nobody comes,” he said.
Q direct Lucien Ferracci-Mbaye :: “My building has had no working lift for two years. Everyone promises, nobody comes,”
F duration two years
'''

ARTICLES['1863-cedar-prairie-isd-school-bond-election-tea-texas-tribune'] = r'''
> Education
> Cedar Prairie ISD asks voters again for $612 million after its first bond failed by 312 votes
O education Cedar Prairie ISD
F money $612 million
F number 312
> The fast-growing district southeast of Austin has added 4,100 students in five years and teaches thousands of them in portable buildings. Opponents say homeowners can’t take another tax increase.
L city Austin
F number 4,100
F duration five years
> By Nadia Okafor-Lindqvist
P full Nadia Okafor-Lindqvist
> April 14, 2043 5 AM Central
F date April 14, 2043
F time 5 AM Central
> Students leave Bluebonnet Elementary School in Cedar Prairie on April 9, 2043. The campus was built for 650 students and now has 1,040. Credit: Tomás Reyes-Whitaker for The Texas Tribune
O education Bluebonnet Elementary School
L city Cedar Prairie
F date April 9, 2043
F number 650
F number 1,040
P full Tomás Reyes-Whitaker
O media The Texas Tribune
> CEDAR PRAIRIE — Five months after voters narrowly rejected a $540 million bond, the Cedar Prairie Independent School District is back on the ballot asking for more.
L city CEDAR PRAIRIE
F duration Five months
F money $540 million
O education Cedar Prairie Independent School District
> Trustees voted 5-2 in February to put a $612 million package before voters on May 2, $72 million more than the plan that failed in November by 312 votes out of 18,460 cast, or 50.8% to 49.2%.
F number 5-2
F money $612 million
F date May 2
F money $72 million
F number 312
F number 18,460
F percent 50.8%
F percent 49.2%
> The package would pay for two elementary schools, a second high school and the replacement of most of the district’s 96 portable classrooms, the rows of trailers that parents have nicknamed “Portable City.”
F number two
F number 96
Q scare - :: “Portable City.”
> “We are not asking for a palace. We are asking for classrooms with walls and a roof that doesn’t leak,” Superintendent Lorena Cantú-Whitfield said in an interview at the district’s offices. “When I started here in 2038, we had 9,800 students.
Q direct Lorena Cantú-Whitfield :: “We are not asking for a palace. We are asking for classrooms with walls and a roof that doesn’t leak,”
P full Lorena Cantú-Whitfield
Q direct Lorena Cantú-Whitfield :: “When I started here in 2038, we had 9,800 students.
F date 2038
F number 9,800
> “We have 13,900 today, and our demographers expect 17,000 within six years. Those children are coming whether we build or not.”
Q direct Lorena Cantú-Whitfield :: “We have 13,900 today, and our demographers expect 17,000 within six years. Those children are coming whether we build or not.”
F number 13,900
F number 17,000
F duration six years
> If voters approve the bond, the district’s debt tax rate would rise by 9 cents per $100 of taxable value. For the median home in the district, valued at $318,000, that would mean about $286 more a year, according to district estimates.
F money 9 cents
F money $100
F money $318,000
F money $286
> The district covers parts of Bastrop and Caldwell counties, where home values have risen 41% since 2039 as buyers priced out of Austin moved east along State Highway 71.
L region Bastrop
L region Caldwell
F percent 41%
F date 2039
L city Austin
L street State Highway 71
> Trustee Dale Hurtado-Boone, one of two board members who voted against calling the election, said the district should have returned with a smaller plan.
P full Dale Hurtado-Boone
F number two
> “The voters told us no, and we came back with a bigger number. I don’t know what part of ‘no’ we didn’t understand,” he said.
Q direct Dale Hurtado-Boone :: “The voters told us no, and we came back with a bigger number. I don’t know what part of ‘no’ we didn’t understand,”
> A political action committee, Cedar Prairie Taxpayers Alliance, has spent $18,400 on mailers urging a second rejection.
O nonprofit Cedar Prairie Taxpayers Alliance
F money $18,400
> The Texas Education Agency does not approve local bonds. In a statement, the TEA said Cedar Prairie ISD “meets the requirements” to have its bonds backed by the Permanent School Fund Bond Guarantee Program and that its enrollment growth was “among the fastest in the state.”
O government Texas Education Agency
O government TEA
O education Cedar Prairie ISD
Q direct Texas Education Agency :: “meets the requirements”
Q direct Texas Education Agency :: “among the fastest in the state.”
> Jessamyn Rhodes-Alvarado, whose two sons attend Bluebonnet Elementary, said her younger son eats lunch at 10:15 a.m. because the cafeteria has to run five lunch periods.
P full Jessamyn Rhodes-Alvarado
F number two
O education Bluebonnet Elementary
F time 10:15 a.m.
F number five
> “He’s 7. By 2 o’clock he is starving, and his class is in a trailer with one bathroom for 60 kids,” she said. “I’ll pay the $286. I already spend more than that on gas every month.”
Q direct Jessamyn Rhodes-Alvarado :: “He’s 7. By 2 o’clock he is starving, and his class is in a trailer with one bathroom for 60 kids,”
F age 7
F time 2 o’clock
F number one
F number 60
Q direct Jessamyn Rhodes-Alvarado :: “I’ll pay the $286. I already spend more than that on gas every month.”
F money $286
> Cantú-Whitfield said that if the bond fails again, the district would need about 30 more portables by August 2044 and would consider moving some campuses to year-round calendars.
P partial Cantú-Whitfield
F number 30
F date August 2044
> Early voting runs from April 20 to April 28. Polls are open from 7 a.m. to 7 p.m. on Election Day.
F date April 20
F date April 28
F time 7 a.m.
F time 7 p.m.
'''

ARTICLES['1864-ibarzabal-lindqvist-adeyemi-indian-wells-final-bnp-paribas-open-espn'] = r'''
> Tennis
> Ibarzábal saves set point, edges Lindqvist-Adeyemi for first Indian Wells title
P partial Ibarzábal
P partial Lindqvist-Adeyemi
L city Indian Wells
> Ana Sofía Marrero-Quist, ESPN
P full Ana Sofía Marrero-Quist
O media ESPN
> Mar 16, 2042, 09:48 PM ET
F date Mar 16, 2042
F time 09:48 PM ET
> Mateo Ibarzábal of Spain celebrates with the trophy after Sunday's final at Indian Wells. Clive Brunetti-Hale/Getty Images
P full Mateo Ibarzábal
L country Spain
L city Indian Wells
P full Clive Brunetti-Hale
O company Getty Images
> INDIAN WELLS, Calif. -- Mateo Ibarzábal saved a set point late in the third set and broke serve in the final game on Sunday to beat Kai Lindqvist-Adeyemi 6-4, 6-7 (5), 7-5 and win the BNP Paribas Open, his first Masters 1000 title.
L city INDIAN WELLS
L region Calif.
P full Mateo Ibarzábal
P full Kai Lindqvist-Adeyemi
F score 6-4
F score 6-7 (5)
F score 7-5
> The 23-year-old Spaniard, seeded fourth, needed 2 hours, 51 minutes to get past the 11th-seeded Swede in front of a sellout crowd of 16,100 on Stadium 1 at the Indian Wells Tennis Garden, where the temperature touched 91 degrees during the second set.
F age 23-year-old
F duration 2 hours
F duration 51 minutes
F number 16,100
L facility Stadium 1
L facility Indian Wells Tennis Garden
F quantity 91 degrees
> Ibarzábal collects $1,201,125 and 1,000 ranking points and will rise to No. 5 in Monday's ATP rankings. Lindqvist-Adeyemi takes home $638,900.
P partial Ibarzábal
F money $1,201,125
F number 1,000
O other ATP
P partial Lindqvist-Adeyemi
F money $638,900
> Lindqvist-Adeyemi, 26, hit 19 aces and took the second-set tiebreak 7-5 after Ibarzábal double-faulted at 5-5. The Swede then held a set point at 5-4 in the third, but Ibarzábal erased it with a forehand winner down the line and won the last three games.
P partial Lindqvist-Adeyemi
F age 26
F number 19
F score 7-5
P partial Ibarzábal
F score 5-5
F score 5-4
P partial Ibarzábal
F number three
> "Honestly, at 4-5 in the third I was already thinking about my flight home," Ibarzábal said in his news conference. "My coach told me before the match, 'If it gets tight, stop looking at the scoreboard.' So I stopped looking."
Q direct Mateo Ibarzábal :: "Honestly, at 4-5 in the third I was already thinking about my flight home,"
F score 4-5
P partial Ibarzábal
Q direct Mateo Ibarzábal :: "My coach told me before the match, 'If it gets tight, stop looking at the scoreboard.' So I stopped looking."
> That coach, former Davis Cup player Andoni Ugarte, has worked with Ibarzábal since he was 14. Spanish newspapers have nicknamed the player "El Tractor," and he ground out 38 rallies of nine shots or more on Sunday, winning 24 of them.
P full Andoni Ugarte
P partial Ibarzábal
F age 14
Q scare - :: "El Tractor,"
F number 38
F number nine
F number 24
> He also saved 9 of 11 break points, including three in the opening game of the third set.
F number 9
F number 11
F number three
> Lindqvist-Adeyemi, who knocked out top seed Ryo Takanashi of Japan in the quarterfinals, said the missed set point would stay with him for a while.
P partial Lindqvist-Adeyemi
P full Ryo Takanashi
L country Japan
> "I had the ball I wanted and I missed it by this much," he said, holding two fingers apart. "It hurts now. In two days it will be fuel. Miami is next, and I'm playing the best tennis of my life."
Q direct Kai Lindqvist-Adeyemi :: "I had the ball I wanted and I missed it by this much,"
F number two
Q direct Kai Lindqvist-Adeyemi :: "It hurts now. In two days it will be fuel. Miami is next, and I'm playing the best tennis of my life."
F duration two days
L city Miami
> The Swede, who is coached by his mother, Ingrid Lindqvist, will climb to a career-high No. 9. He had lost to Ibarzábal in their only previous meeting, at the Rotterdam indoor event in February 2041.
P full Ingrid Lindqvist
P partial Ibarzábal
L city Rotterdam
F date February 2041
> In Saturday's semifinals, Ibarzábal beat Canada's Théo Marchand-Okoye 7-6 (3), 6-2, and Lindqvist-Adeyemi ended the run of Australian qualifier Jack Tuivasa-Moore, 20, 6-3, 6-4.
P partial Ibarzábal
L country Canada
P full Théo Marchand-Okoye
F score 7-6 (3)
F score 6-2
P partial Lindqvist-Adeyemi
P full Jack Tuivasa-Moore
F age 20
F score 6-3
F score 6-4
> On the women's side, Poland's Zofia Brzezińska-Olsen won the title on Saturday, beating American Kelsey Dunmore-Pratt 6-3, 3-6, 6-1 in 2 hours, 4 minutes.
L country Poland
P full Zofia Brzezińska-Olsen
P full Kelsey Dunmore-Pratt
F score 6-3
F score 3-6
F score 6-1
F duration 2 hours
F duration 4 minutes
> "I came here with no expectations and I leave with the biggest trophy of my career," said Brzezińska-Olsen, who earned the same $1,201,125 as the men's champion.
Q direct Zofia Brzezińska-Olsen :: "I came here with no expectations and I leave with the biggest trophy of my career,"
P partial Brzezińska-Olsen
F money $1,201,125
> Ibarzábal said he would take two days off before flying to Florida for the Miami Open, which begins on March 19.
P partial Ibarzábal
F duration two days
L region Florida
F date March 19
> "First, I sleep," he said. "Then, maybe, I call my mother."
Q direct Mateo Ibarzábal :: "First, I sleep,"
Q direct Mateo Ibarzábal :: "Then, maybe, I call my mother."
> Men's singles final: Mateo Ibarzábal (ESP) [4] d. Kai Lindqvist-Adeyemi (SWE) [11] 6-4, 6-7 (5), 7-5
P full Mateo Ibarzábal
L country ESP
P full Kai Lindqvist-Adeyemi
L country SWE
F score 6-4
F score 6-7 (5)
F score 7-5
'''

ARTICLES['1865-michoacan-avocado-exports-record-super-bowl-apeam-sader-mexico-news-daily'] = r'''
> Business
> Avocado exports hit a record before the Super Bowl, but Michoacán growers say prices are falling
L region Michoacán
> Shipments to the United States rose 9% in January, while the price paid at the orchard has dropped by a third in a year.
L country United States
F percent 9%
F fraction a third
> Published on Tuesday, February 11, 2042
F date February 11, 2042
> By Valeria Ochoa Landín
P full Valeria Ochoa Landín
> A worker sorts avocados at a packing plant in Uruapan, Michoacán, on Friday. (Mireya Castañeda Ruelas/Cuartoscuro)
L city Uruapan
L region Michoacán
P full Mireya Castañeda Ruelas
O media Cuartoscuro
> Mexico shipped a record 141,300 tonnes of avocados to the United States in January, up 9% from a year earlier, as importers stocked up for the Super Bowl, according to the Association of Avocado Exporting Producers and Packers of Mexico (APEAM).
L country Mexico
F quantity 141,300 tonnes
L country United States
F percent 9%
O nonprofit Association of Avocado Exporting Producers and Packers of Mexico
O nonprofit APEAM
> Michoacán, for decades the only state allowed to export the fruit to the US, still accounts for about 85% of shipments, with Jalisco supplying most of the rest. Nearly all of it crosses the border by truck at the Pharr–Reynosa International Bridge in Texas.
L region Michoacán
L country US
F percent 85%
L region Jalisco
L facility Pharr–Reynosa International Bridge
L region Texas
> But growers in the state’s avocado belt say the record has not reached them. Farm-gate prices in Tancítaro fell to 24 pesos (US $1.35) per kilogram last week, down from 36 pesos a year ago.
L city Tancítaro
F money 24 pesos
F money US $1.35
F money 36 pesos
> “The packers tell us, ‘The Americans want small fruit this year,’ and then they pay less for the big ones. Either way, we lose,” said Ignacio Villaseñor Chávez, who grows avocados on 14 hectares near Tancítaro.
Q direct Ignacio Villaseñor Chávez :: “The packers tell us, ‘The Americans want small fruit this year,’ and then they pay less for the big ones. Either way, we lose,”
P full Ignacio Villaseñor Chávez
F quantity 14 hectares
L city Tancítaro
> Villaseñor said fertilizer now costs him 18,500 pesos a tonne and that he had let four of his 11 pickers go since December.
P partial Villaseñor
F money 18,500 pesos
F number four
F number 11
> APEAM president Rodrigo Zavala Ceja said the fall in prices reflected a bigger harvest, not pressure from packers. “This season’s crop in Michoacán is around 1.9 million tonnes, the largest we have seen. When there is more fruit, the price at the orchard goes down,” he said.
O nonprofit APEAM
P full Rodrigo Zavala Ceja
Q direct Rodrigo Zavala Ceja :: “This season’s crop in Michoacán is around 1.9 million tonnes, the largest we have seen. When there is more fruit, the price at the orchard goes down,”
L region Michoacán
F quantity 1.9 million tonnes
> “What we are asking the growers is patience. The US market is still growing, and the spring months are usually stronger for them.
Q direct Rodrigo Zavala Ceja :: “What we are asking the growers is patience. The US market is still growing, and the spring months are usually stronger for them.
L country US
> “Nobody in this industry wants a grower to sell below cost.”
Q direct Rodrigo Zavala Ceja :: “Nobody in this industry wants a grower to sell below cost.”
> The Agriculture Ministry (Sader) said in a statement that exports for the 2041-42 season were “on track for another record” and valued them at US $3.4 billion. It said 412 orchards had registered for a new certificate that guarantees fruit was not grown on illegally cleared forest land.
O government Agriculture Ministry
O government Sader
F date 2041-42
Q direct Agriculture Ministry :: “on track for another record”
F money US $3.4 billion
F number 412
> The fruit, known in Michoacán as “oro verde,” or green gold, has long drawn the attention of criminal groups, and inspectors from the US Department of Agriculture (USDA) who certify orchards for export work under escort.
L region Michoacán
Q scare - :: “oro verde,”
O government US Department of Agriculture
O government USDA
> In McAllen, Texas, Jennifer Oakes-Ramírez, chief executive of the importer Sierra Verde Produce, said US supermarkets had sold avocados at a discount in the two weeks before the game.
L city McAllen
L region Texas
P full Jennifer Oakes-Ramírez
O company Sierra Verde Produce
L country US
F duration two weeks
> “We moved 40 trucks a day at the peak, about double a normal week. In March it goes back to 20,” she said.
Q direct Jennifer Oakes-Ramírez :: “We moved 40 trucks a day at the peak, about double a normal week. In March it goes back to 20,”
F number 40
F number 20
> A packing plant manager in Uruapan, who asked not to be named, said plants were running two shifts and were “full until March.” He said a 10-kilogram box for export sold for about 520 pesos at the packhouse door.
L city Uruapan
F number two
Q direct - :: “full until March.”
F quantity 10-kilogram
F money 520 pesos
> Villaseñor said he would hold his remaining fruit on the trees for another three weeks and hope for better prices.
P partial Villaseñor
F duration three weeks
> “The tree can wait,” he said. “The bank cannot.”
Q direct Ignacio Villaseñor Chávez :: “The tree can wait,”
Q direct Ignacio Villaseñor Chávez :: “The bank cannot.”
'''

ARTICLES['1866-stormont-executive-health-budget-412m-gap-western-trust-bbc-news-ni'] = r'''
> Northern Ireland
L region Northern Ireland
> Health budget: Minister warns of £412m gap as Executive agrees spending plan
F money £412m
O government Executive
> Trusts face a recruitment freeze after Stormont ministers allocated £8.1bn to health for 2043-44, less than the department says it needs
O government Stormont
F money £8.1bn
F date 2043-44
> Ciarán Mac Lochlainn
P full Ciarán Mac Lochlainn
> BBC News NI political reporter
O media BBC News NI
> Published 5 March 2043
F date 5 March 2043
> Image source, Pacemaker
O media Pacemaker
> Image caption, Ministers met at Parliament Buildings at Stormont on Tuesday to sign off the budget
L facility Parliament Buildings
L facility Stormont
> Northern Ireland's health minister has warned that hospitals will have to cut services after the Stormont Executive agreed a budget that leaves his department £412m short of what it says it needs.
L region Northern Ireland
O government Stormont Executive
F money £412m
> The Executive signed off its 2043-44 spending plan on Tuesday, allocating £8.1bn to the Department of Health, an increase of 2.4% on last year but below the £8.5bn the department had asked for.
O government Executive
F date 2043-44
F money £8.1bn
O government Department of Health
F percent 2.4%
F money £8.5bn
> Health Minister Gareth Lowry-Dunne, an Ulster Unionist, was the only minister to vote against the plan.
P full Gareth Lowry-Dunne
> “I have been straight with my Executive colleagues about what this means,” Mr Lowry-Dunne said. “Without more money, trusts will have to stop recruiting, and waiting lists we have started to bring down will climb again.
Q direct Gareth Lowry-Dunne :: “I have been straight with my Executive colleagues about what this means,”
O government Executive
P partial Lowry-Dunne
Q direct Gareth Lowry-Dunne :: “Without more money, trusts will have to stop recruiting, and waiting lists we have started to bring down will climb again.
> “I will not stand here and pretend that £8.1bn is enough when every trust chief executive has told me it is not.”
Q direct Gareth Lowry-Dunne :: “I will not stand here and pretend that £8.1bn is enough when every trust chief executive has told me it is not.”
F money £8.1bn
> Sinn Féin and the DUP, the two largest parties in the Executive, backed the budget.
O party Sinn Féin
O party DUP
F number two
O government Executive
> In a statement, the DUP said health had been given “the largest share of a limited pot” and that “every department has had to make hard choices”.
O party DUP
Q direct DUP :: “the largest share of a limited pot”
Q direct DUP :: “every department has had to make hard choices”
> Finance Minister Síle Ní Mhurchú, of Sinn Féin, said the Executive had been left to manage what has become known at Stormont as the “Barnett squeeze”, as funding from the Treasury in London failed to keep pace.
P full Síle Ní Mhurchú
O party Sinn Féin
O government Executive
O government Stormont
Q scare - :: “Barnett squeeze”
O government Treasury
L city London
> She said the block grant for 2043-44 was £17.9bn, up just 1.1% in cash terms.
F date 2043-44
F money £17.9bn
F percent 1.1%
> The SDLP, which leads the official opposition at Stormont, called the budget “a plan for managed decline” and said it would table a motion in the Assembly next week.
O party SDLP
O government Stormont
Q direct SDLP :: “a plan for managed decline”
O government Assembly
> Alliance, which holds the justice ministry, backed the plan but said health and social care needed a 10-year funding settlement rather than “year-to-year firefighting”.
O party Alliance
F duration 10-year
Q direct Alliance :: “year-to-year firefighting”
> In a statement, the Western Health and Social Care Trust said it would pause recruitment to 180 “non-urgent” posts from 1 April and review the use of agency staff at its hospitals in Londonderry, Omagh and Enniskillen.
O government Western Health and Social Care Trust
F number 180
Q direct Western Health and Social Care Trust :: “non-urgent”
F date 1 April
L city Londonderry
L city Omagh
L city Enniskillen
> Bronagh McCusker, who has worked as a nurse at Altnagelvin Area Hospital for 19 years, said staff on her ward were already doing the work of two people.
P full Bronagh McCusker
O other Altnagelvin Area Hospital
F duration 19 years
F number two
> “Last winter a consultant said to me, ‘We are running this place on goodwill and overtime.’ There is not much goodwill left,” she said.
Q direct Bronagh McCusker :: “Last winter a consultant said to me, ‘We are running this place on goodwill and overtime.’ There is not much goodwill left,”
> Northern Ireland has the longest waiting lists in the UK, with more than 390,000 people waiting for a first outpatient appointment.
L region Northern Ireland
L country UK
F number 390,000
> A senior health service source told BBC News NI that the Western Trust alone had a deficit of £61m and that the budget left trusts in “the worst position in a decade”.
O media BBC News NI
O government Western Trust
F money £61m
Q direct - :: “the worst position in a decade”
> The Department of Finance said health funding would be looked at again in the June monitoring round.
O government Department of Finance
> Mr Lowry-Dunne is due to set out how the £412m gap will be managed in a statement to the Assembly on 12 March.
P partial Lowry-Dunne
F money £412m
O government Assembly
F date 12 March
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
