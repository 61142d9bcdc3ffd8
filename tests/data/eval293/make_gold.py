#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval293 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval293/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1801-nuneaton-by-election-labour-gain-recalled-mp-fourth-guardian'] = r'''
> Politics
> Labour wins Nuneaton by-election as recalled MP finishes fourth
O party Labour
L region Nuneaton
> Priya Wendover overturns a majority of 4,812 on an 11.2-point swing, three months after a recall petition removed Martin Callow
P full Priya Wendover
F number 4,812
F percent 11.2-point
F duration three months
P full Martin Callow
> Hannah Ferrier Political correspondent
P full Hannah Ferrier
> Fri 8 Nov 2041 04.51 GMT
F date 8 Nov 2041
F time 04.51 GMT
> Priya Wendover, centre, celebrates with supporters at the count at the Pingles Leisure Centre in Nuneaton. Photograph: Tomasz Lenihan/PA
P full Priya Wendover
L facility Pingles Leisure Centre
L city Nuneaton
P full Tomasz Lenihan
O media PA
> Labour has won the Nuneaton by-election, taking the Warwickshire seat from the Conservatives on a swing of 11.2 points, three months after voters removed their MP through a recall petition.
O party Labour
L region Nuneaton
L region Warwickshire
O party Conservatives
F percent 11.2 points
F duration three months
> Priya Wendover, a 38-year-old former district nurse, won 17,406 votes, or 44.1%, when the result was declared at 3.12am on Friday. The Conservative candidate, Graham Ashby, took 12,950 (32.8%), Reform UK came third with 5,233 and Martin Callow, the MP recalled in August, finished fourth as an independent with 2,871.
P full Priya Wendover
F age 38-year-old
F number 17,406
F percent 44.1%
F time 3.12am
P full Graham Ashby
F number 12,950
F percent 32.8%
O party Reform UK
F number 5,233
P full Martin Callow
F number 2,871
> Turnout was 41.6%, down from 63% at the 2039 general election, and Wendover’s majority of 4,456 is the largest Labour has recorded in the constituency since 1997. Seven candidates stood, and four of them lost their £500 deposits.
F percent 41.6%
F percent 63%
F date 2039
P partial Wendover
F number 4,456
O party Labour
F date 1997
F number Seven
F number four
F money £500
> In her victory speech, Wendover said: “Families from Stockingford to Whitestone were promised honesty and got a court case instead. People here have not given up on politics; they have given up on being taken for granted.
P partial Wendover
Q direct Priya Wendover :: “Families from Stockingford to Whitestone were promised honesty and got a court case instead. People here have not given up on politics; they have given up on being taken for granted.
L city Stockingford
L city Whitestone
> “I will be in Westminster on Monday, but I will hold a surgery on Abbey Street every Saturday morning. That is a promise, not a slogan,” she said.
Q direct Priya Wendover :: “I will be in Westminster on Monday, but I will hold a surgery on Abbey Street every Saturday morning. That is a promise, not a slogan,”
L city Westminster
L street Abbey Street
> Callow, 57, lost his seat after he was convicted in June of submitting false expenses claims worth £14,300. A recall petition was signed by 10,288 constituents, or 14.6% of the electorate, well above the 10% threshold. He did not speak from the stage but told reporters outside that the result was “a verdict on me, not on the town” and that he would “take some time with my family”.
P partial Callow
F age 57
F money £14,300
F number 10,288
F percent 14.6%
F percent 10%
Q direct Martin Callow :: “a verdict on me, not on the town”
Q direct Martin Callow :: “take some time with my family”
> Diane Chalcott, who chairs the Conservatives, said the party had been “punished for the sins of a former colleague”. “We chose the wrong candidate in 2039 and the people of Nuneaton have told us so, loudly. We will listen,” Chalcott said.
P full Diane Chalcott
O party Conservatives
Q direct Diane Chalcott :: “punished for the sins of a former colleague”
Q direct Diane Chalcott :: “We chose the wrong candidate in 2039 and the people of Nuneaton have told us so, loudly. We will listen,”
F date 2039
L region Nuneaton
P partial Chalcott
> Reform UK, which had hoped to finish second, said in a statement that voters had been offered “two tired parties and a disgraced man”.
O party Reform UK
Q direct Reform UK :: “two tired parties and a disgraced man”
> The seat has long been treated as a national “bellwether”, and Labour will be relieved. Rachel Oduya, research director at the polling company Meridian Voter Insight, said the swing was bigger than any of its final-week polls had suggested. Its last survey, of 612 adults, had put Labour ahead by six points.
Q scare - :: “bellwether”
O party Labour
P full Rachel Oduya
O company Meridian Voter Insight
F number 612
O party Labour
F percent six points
> “The ‘sorry vote’ we picked up in focus groups was real. Roughly a third of people who backed the Tories in 2039 stayed at home, and that is where this was won,” she said. “Nobody should read one by-election as a national verdict.”
Q direct Rachel Oduya :: “The ‘sorry vote’ we picked up in focus groups was real. Roughly a third of people who backed the Tories in 2039 stayed at home, and that is where this was won,”
Q direct Rachel Oduya :: “Nobody should read one by-election as a national verdict.”
F fraction a third
O party Tories
F date 2039
F number one
> A Labour organiser, who asked not to be named, said the campaign had knocked on 9,000 doors in the last 10 days. “People opened the door, heard the word ‘Callow’ and started talking. We barely had to say anything,” the organiser said.
F number 9,000
F duration 10 days
Q direct - :: “People opened the door, heard the word ‘Callow’ and started talking. We barely had to say anything,”
P partial Callow
> Wendover will take her seat in the House of Commons on Tuesday 12 November, less than 18 months before the next general election is due.
P partial Wendover
O government House of Commons
F date 12 November
F duration 18 months
'''

ARTICLES['1802-valmera-obesity-pill-trial-results-vienna-reuters'] = r'''
> Healthcare & Pharmaceuticals
> Swiss Drugmaker Valmera's Obesity Pill Cuts Weight by 16% in Late-Stage Trial
O company Valmera
F percent 16%
> By Lena Hofstetter
P full Lena Hofstetter
> May 15, 2041 4:27 PM GMT+2 Updated 3 hours ago
F date May 15, 2041
F time 4:27 PM GMT+2
F duration 3 hours
> A pharmacist holds a box of weight-loss tablets at a pharmacy in Zurich, Switzerland, March 3, 2041. REUTERS/Moritz Halbeisen/File Photo
L city Zurich
L country Switzerland
F date March 3, 2041
O media REUTERS
P full Moritz Halbeisen
> VIENNA, May 15 (Reuters) - Valmera Pharma's once-daily obesity pill helped patients lose an average of 16.4% of their body weight over 72 weeks in a late-stage trial, the Swiss drugmaker said on Wednesday, putting the tablet within reach of the injections that dominate the market.
L city VIENNA
F date May 15
O media Reuters
O company Valmera Pharma
F percent 16.4%
F duration 72 weeks
> The trial enrolled 3,118 adults with obesity in 14 countries. Results were presented at the European Congress on Obesity at the Austria Center Vienna and published at the same time in The Lancet.
F number 3,118
F number 14
L facility Austria Center Vienna
O media The Lancet
> Patients on the highest, 40-milligram dose lost 18.9% on average, against 2.7% for those given a placebo. About one in 12 stopped treatment because of nausea or other side effects, compared with one in 40 on placebo.
F quantity 40-milligram
F percent 18.9%
F percent 2.7%
F number one
F number 12
F number one
F number 40
> "Patients have told us for years that they would rather swallow a tablet than inject themselves. With these data we think they no longer have to choose," Valmera's chief medical officer, Tobias Rennhard, told Reuters.
Q direct Tobias Rennhard :: "Patients have told us for years that they would rather swallow a tablet than inject themselves. With these data we think they no longer have to choose,"
O company Valmera
P full Tobias Rennhard
O media Reuters
> Rennhard said the Basel-based company would file for approval with the U.S. Food and Drug Administration and the European Medicines Agency before the end of 2041 and hoped to launch in the United States in the first half of 2043. He declined to discuss pricing, saying only that it would be "well below" current injectable treatments.
P partial Rennhard
L city Basel
O government U.S. Food and Drug Administration
O intergovernmental European Medicines Agency
F date 2041
L country United States
F date 2043
Q direct Tobias Rennhard :: "well below"
> Professor Katharina Aigner-Wolf, an endocrinologist at the Medical University of Vienna who led the trial's Austrian sites, said the effect was remarkably even across age groups. "What surprised us was how steady it was. Patients aged 65 and over lost almost as much weight as those under 40," she said.
P full Katharina Aigner-Wolf
O education Medical University of Vienna
Q direct Katharina Aigner-Wolf :: "What surprised us was how steady it was. Patients aged 65 and over lost almost as much weight as those under 40,"
F age 65
F age 40
> Aigner-Wolf said a quarter of patients on the top dose lost at least 25% of their weight, but cautioned that doctors would still need to watch for muscle loss. "We told every patient, 'Keep walking, keep eating protein.' The drug does not do that part for you," she said.
P partial Aigner-Wolf
F fraction a quarter
F percent 25%
Q direct Katharina Aigner-Wolf :: "We told every patient, 'Keep walking, keep eating protein.' The drug does not do that part for you,"
> Valmera shares rose 11% to 148.60 Swiss francs in Zurich, adding about 4.2 billion francs to the company's market value, their biggest one-day gain since the company listed in 2037.
F percent 11%
F money 148.60 Swiss francs
L city Zurich
F money 4.2 billion francs
F duration one-day
F date 2037
> "It is not the best number in the class, but it is a pill, and that matters for pricing and for supply," said Noemi Castellaz, an analyst at Falkenstein Privatbank in Zurich, who expects peak annual sales of $6.5 billion. Castellaz said the data would put pressure on rivals racing to bring tablets to market in what the industry has dubbed the "oral race".
Q direct Noemi Castellaz :: "It is not the best number in the class, but it is a pill, and that matters for pricing and for supply,"
P full Noemi Castellaz
O company Falkenstein Privatbank
L city Zurich
F money $6.5 billion
P partial Castellaz
Q scare - :: "oral race"
> Demand for weight-loss drugs has outstripped supply for most of the past decade, and analysts expect the market to be worth more than $150 billion a year. Pills are cheaper to make than injections and need no cold chain, which matters in markets such as India and Brazil.
F money $150 billion
L country India
L country Brazil
> A person familiar with the company's plans said Valmera was in talks with contract manufacturers in Ireland and Singapore to expand capacity. "They need to be ready for 10 million patients, not one million," the person said.
O company Valmera
L country Ireland
L country Singapore
Q direct - :: "They need to be ready for 10 million patients, not one million,"
F number 10 million
F number one million
> (Reporting by Lena Hofstetter in Vienna; Additional reporting by Paul Ammann in Zurich; Editing by Helen Marsh-Obi)
P full Lena Hofstetter
L city Vienna
P full Paul Ammann
L city Zurich
P full Helen Marsh-Obi
'''

ARTICLES['1803-world-championship-semi-final-breakwell-jiang-crucible-sheffield-bbc-sport'] = r'''
> Snooker
> World Championship: Callum Breakwell beats Jiang Haoran 17-13 to reach first Crucible final
P full Callum Breakwell
P full Jiang Haoran
F score 17-13
L facility Crucible
> Breakwell made four centuries, including a 141 that is the highest break of the tournament, and will face Rhys Gethin-Morgan for the £600,000 top prize
P partial Breakwell
F number four
F number 141
P full Rhys Gethin-Morgan
F money £600,000
> By Owen Pritchard
P full Owen Pritchard
> BBC Sport at the Crucible Theatre, Sheffield
O media BBC Sport
L facility Crucible Theatre
L city Sheffield
> Published 3 May 2042
F date 3 May 2042
> Image source, Getty Images
O media Getty Images
> Image caption, Callum Breakwell had never been past the quarter-finals at the Crucible before this year
P full Callum Breakwell
L facility Crucible
> Callum Breakwell held his nerve through a tense final session to beat China's Jiang Haoran 17-13 and reach his first World Championship final at the Crucible in Sheffield.
P full Callum Breakwell
L country China
P full Jiang Haoran
F score 17-13
L facility Crucible
L city Sheffield
> The 29-year-old from Mansfield, who trailed 5-3 after Thursday's opening session, made four century breaks in the match, the best of them a 141 in the 27th frame that is the highest of the championship so far and is worth £15,000 if it is not beaten.
F age 29-year-old
L city Mansfield
F score 5-3
F number four
F number 141
F money £15,000
> He will meet Wales' Rhys Gethin-Morgan, who beat Scotland's Alasdair Kerr 17-9 on Friday, in the best-of-35 final over four sessions on Sunday and Monday.
L country Wales
P full Rhys Gethin-Morgan
L country Scotland
P full Alasdair Kerr
F score 17-9
F number 35
F number four
> Breakwell led 9-7 overnight and 13-11 after the third session, but Jiang, 24, won three of the first four frames on Saturday evening to level at 14-14 before the Englishman pulled away with breaks of 88, 141 and 72.
P partial Breakwell
F score 9-7
F score 13-11
P partial Jiang
F age 24
F number three
F number four
F score 14-14
F number 88
F number 141
F number 72
> "At 14-14 my legs were shaking, I'm not going to lie," Breakwell told BBC Sport. "My dad rang me at the interval and all he said was 'just play the balls in front of you'. So that's what I did.
Q direct Callum Breakwell :: "At 14-14 my legs were shaking, I'm not going to lie,"
F score 14-14
P partial Breakwell
O media BBC Sport
Q direct Callum Breakwell :: "My dad rang me at the interval and all he said was 'just play the balls in front of you'. So that's what I did.
> "I've watched this place on television since I was six. To walk out for a final here on Sunday, I don't think it has sunk in yet."
Q direct Callum Breakwell :: "I've watched this place on television since I was six. To walk out for a final here on Sunday, I don't think it has sunk in yet."
F age six
> Jiang, who moved from Chengdu to Sheffield as a 17-year-old to practise at a city academy, was left to rue a missed pink to the middle pocket in the 25th frame when he needed only the pink and black to lead 13-12.
P partial Jiang
L city Chengdu
L city Sheffield
F age 17-year-old
F score 13-12
> "One ball, one ball changed everything," he said through an interpreter. "He played better in the big moments. I will come back, and I will be stronger."
Q direct Jiang Haoran :: "One ball, one ball changed everything,"
F number One
F number one
Q direct Jiang Haoran :: "He played better in the big moments. I will come back, and I will be stronger."
> Jiang takes home £110,000 as a losing semi-finalist, the biggest pay day of a career that began only three years ago.
P partial Jiang
F money £110,000
F duration three years
> The final session lasted just under three and a half hours and finished at 10:48pm, with fewer than half of the 980 seats emptying before the last red was potted.
F duration three and a half hours
F time 10:48pm
F fraction half
F number 980
> Breakwell, nicknamed "the Mansfield Metronome" for his slow, even tempo, has now made 11 centuries at this year's event. Gethin-Morgan, 33, a former champion, has made nine.
P partial Breakwell
Q scare - :: "the Mansfield Metronome"
F number 11
P partial Gethin-Morgan
F age 33
F number nine
> The World Snooker Tour (WST) said the crowd for the deciding session was "the loudest we have heard at the Crucible in years", and that all 980 tickets for each session of the final had been sold.
O other World Snooker Tour
O other WST
Q direct World Snooker Tour :: "the loudest we have heard at the Crucible in years"
L facility Crucible
F number 980
> A long-serving Crucible steward, who did not want to be named, said: "I've seen 20 semi-finals here. That one had the best atmosphere of them all."
L facility Crucible
Q direct - :: "I've seen 20 semi-finals here. That one had the best atmosphere of them all."
F number 20
> The first session of the final starts at 1pm on Sunday, with the second session at 7pm.
F time 1pm
F time 7pm
'''

ARTICLES['1804-madras-high-court-temple-land-lease-madurai-hrce-the-hindu'] = r'''
> Madurai
L city Madurai
> High Court sets aside lease of temple land in Madurai, orders trust to pay ₹2.37 crore in arrears
L city Madurai
F money ₹2.37 crore
> A nominal rent of ₹1,200 a month for 4.62 acres in a prime locality was “unconscionable”, the court says; HR&CE told to auction the lease afresh within 12 weeks
F money ₹1,200
F quantity 4.62 acres
Q direct P. Sundaravadivel :: “unconscionable”
O government HR&CE
F duration 12 weeks
> R. Sivasankari
P full R. Sivasankari
> Published - October 09, 2041 09:14 pm IST - MADURAI
F date October 09, 2041
F time 09:14 pm IST
L city MADURAI
> The Arulmigu Sundara Vinayagar Temple at Villapuram in Madurai. | Photo Credit: G. KARTHIKEYAN MOORTHY
L facility Arulmigu Sundara Vinayagar Temple
L city Villapuram
L city Madurai
P full G. KARTHIKEYAN MOORTHY
> The Madurai Bench of the Madras High Court on Wednesday (October 9, 2041) set aside a 30-year lease under which a private educational trust has occupied 4.62 acres of land belonging to the Arulmigu Sundara Vinayagar Temple at Villapuram for a rent of ₹1,200 a month since 2019.
O government Madurai Bench
O government Madras High Court
F date October 9, 2041
F duration 30-year
F quantity 4.62 acres
L facility Arulmigu Sundara Vinayagar Temple
L city Villapuram
F money ₹1,200
F date 2019
> Justice P. Sundaravadivel directed the Hindu Religious and Charitable Endowments Department (HR&CE) to take back possession of the land within 12 weeks and to auction a fresh lease at a rent fixed by the Collector on the basis of the prevailing market value. The trust was told to pay ₹2.37 crore in arrears, calculated at the fair rent from 2019, within six months.
P full P. Sundaravadivel
O government Hindu Religious and Charitable Endowments Department
O government HR&CE
F duration 12 weeks
F money ₹2.37 crore
F date 2019
F duration six months
> “Temple property is held in trust for the deity and the devotees. It cannot be parted with at a rent that would not fetch a room in the city,” the judge observed, describing the rent as “unconscionable”.
Q direct P. Sundaravadivel :: “Temple property is held in trust for the deity and the devotees. It cannot be parted with at a rent that would not fetch a room in the city,”
Q direct P. Sundaravadivel :: “unconscionable”
> The petition was filed in 2039 by K. Muthulakshmi, a 68-year-old devotee living on Bypass Road, who said the land near the Vaigai had been leased without a public auction. Her counsel, M. Anbuselvan, told the court that the market rent for the site, which lies about 2 km from the Meenakshi Amman Temple, was not less than ₹3.6 lakh a month.
F date 2039
P full K. Muthulakshmi
F age 68-year-old
L street Bypass Road
L geo Vaigai
P full M. Anbuselvan
F quantity 2 km
L facility Meenakshi Amman Temple
F money ₹3.6 lakh
> Speaking to The Hindu after the verdict, Mr. Anbuselvan said: “My client is not against education. She is against a temple losing crores while its own priests go without a proper salary.”
O media The Hindu
P partial Anbuselvan
Q direct M. Anbuselvan :: “My client is not against education. She is against a temple losing crores while its own priests go without a proper salary.”
> He added that the trust had sub-let a portion of the land, nearly 0.3 acres, to a wedding hall, which he called a “clear violation” of the lease conditions.
F quantity 0.3 acres
Q direct M. Anbuselvan :: “clear violation”
> The HR&CE Department, in its counter affidavit, had defended the lease on the ground that it had been approved by the Commissioner in Chennai. Before the court, however, the Joint Commissioner for the Madurai region, T. Kalaiarasan, conceded that no valuation had been done since 2019.
O government HR&CE Department
L city Chennai
L region Madurai
P full T. Kalaiarasan
F date 2019
> “We will comply with the order. The auction notice will be published within four weeks, and the trust is free to bid like anyone else,” Mr. Kalaiarasan told The Hindu. He said the department was reviewing 146 other leases of temple land in Madurai, Dindigul and Theni districts.
Q direct T. Kalaiarasan :: “We will comply with the order. The auction notice will be published within four weeks, and the trust is free to bid like anyone else,”
F duration four weeks
P partial Kalaiarasan
O media The Hindu
F number 146
L region Madurai
L region Dindigul
L region Theni
> The temple’s hereditary trustee, S. Rajagopala Bhattar, welcomed the order. “The ‘school rent’, as people here call it, has been a joke for years. With the money, we can finally repair the 400-year-old gopuram,” he said.
P full S. Rajagopala Bhattar
Q direct S. Rajagopala Bhattar :: “The ‘school rent’, as people here call it, has been a joke for years. With the money, we can finally repair the 400-year-old gopuram,”
F duration 400-year-old
> A representative of the trust, who did not wish to be named, said it ran a school with 1,150 students on the site and would appeal before a Division Bench. “We cannot shift two buildings overnight,” the representative said.
F number 1,150
Q direct - :: “We cannot shift two buildings overnight,”
F number two
> The case will be listed again on January 6, 2042, for a compliance report.
F date January 6, 2042
'''

ARTICLES['1805-mass-general-resident-physicians-strike-vote-cir-boston-globe'] = r'''
> HEALTH
> Mass. General residents vote to authorize strike over pay and 28-hour shifts
O nonprofit Mass. General
F duration 28-hour
> Nearly 1,400 young doctors could walk out as soon as next month. The hospital says its offer of 9 percent over three years is “fair and final.”
F number 1,400
F percent 9 percent
F duration three years
Q direct Massachusetts General Hospital :: “fair and final.”
> By Daniel Okafor-Reyes Globe Staff
P full Daniel Okafor-Reyes
O media Globe
> Updated March 27, 2042, 8:41 p.m.
F date March 27, 2042
F time 8:41 p.m.
> Resident physicians and supporters rallied on Cambridge Street outside Massachusetts General Hospital on Thursday afternoon.Marisol Tavares-Quinn/Globe Staff
L street Cambridge Street
L facility Massachusetts General Hospital
P full Marisol Tavares-Quinn
O media Globe
> Resident physicians at Massachusetts General Hospital have voted overwhelmingly to authorize a strike, raising the prospect of the first walkout by doctors at a Boston teaching hospital in more than a decade.
O nonprofit Massachusetts General Hospital
L city Boston
> Of the 1,382 residents and fellows who cast ballots, 94 percent voted yes, the Committee of Interns and Residents (CIR) said Thursday. The union, which is part of the Service Employees International Union, must give the hospital 10 days’ notice before any strike.
F number 1,382
F percent 94 percent
O nonprofit Committee of Interns and Residents
O nonprofit CIR
O nonprofit Service Employees International Union
F duration 10 days
> “Nobody goes into medicine to go on strike,” said Dr. Anjali Ferreira-Holt, the CIR’s regional vice president, at a rally on Cambridge Street. “But when a second-year resident earns $74,600 and pays $3,100 a month for a studio in Charlestown, something is broken.”
Q direct Anjali Ferreira-Holt :: “Nobody goes into medicine to go on strike,”
P full Anjali Ferreira-Holt
O nonprofit CIR
L street Cambridge Street
Q direct Anjali Ferreira-Holt :: “But when a second-year resident earns $74,600 and pays $3,100 a month for a studio in Charlestown, something is broken.”
F money $74,600
F money $3,100
L city Charlestown
> The union is asking for raises of 7 percent in the first year and 5 percent in each of the next two, a $12,000 annual housing stipend, and a cap that would end shifts longer than 24 hours. Mass. General has offered 3 percent a year and a $4,000 stipend.
F percent 7 percent
F percent 5 percent
F number two
F money $12,000
F duration 24 hours
O nonprofit Mass. General
F percent 3 percent
F money $4,000
> Dr. Kevin Lindqvist-Amara, 31, a third-year internal medicine resident who lives in Dorchester, said he worked four 28-hour shifts in February. “After 20 hours you are reading the same line of a chart three times,” he said. “I love this place. I just don’t want to hurt anyone in it.”
P full Kevin Lindqvist-Amara
F age 31
L city Dorchester
F number four
F duration 28-hour
Q direct Kevin Lindqvist-Amara :: “After 20 hours you are reading the same line of a chart three times,”
F duration 20 hours
F number three
Q direct Kevin Lindqvist-Amara :: “I love this place. I just don’t want to hurt anyone in it.”
> He said he drives 40 minutes each way from Savin Hill because rents near the hospital’s Fruit Street campus are out of reach. Half his class, he estimated, has a second job or student debt above $250,000.
F duration 40 minutes
L city Savin Hill
L street Fruit Street
F fraction Half
F money $250,000
> In a statement, Mass. General said its offer was “fair and final” and would make its residents “among the best paid in New England.” The hospital’s chief medical officer, Dr. Ruth Abernathy-Sato, said contingency plans were in place.
O nonprofit Mass. General
Q direct Massachusetts General Hospital :: “fair and final”
Q direct Massachusetts General Hospital :: “among the best paid in New England.”
L region New England
P full Ruth Abernathy-Sato
> “Our patients will be cared for, whatever happens. We have attending physicians ready to cover every unit, around the clock, for as long as it takes,” Abernathy-Sato said. She said the hospital had spent $41 million on resident pay increases since 2038.
Q direct Ruth Abernathy-Sato :: “Our patients will be cared for, whatever happens. We have attending physicians ready to cover every unit, around the clock, for as long as it takes,”
P partial Abernathy-Sato
F money $41 million
F date 2038
> A senior physician at the hospital, who spoke on condition of anonymity because he was not authorized to comment, was blunter. “We can cover for a week, maybe 10 days. After that, elective surgery stops,” he said.
Q direct - :: “We can cover for a week, maybe 10 days. After that, elective surgery stops,”
F duration 10 days
> Jonah Whitcombe-Reyes, a health economist at the Harvard T.H. Chan School of Public Health, said teaching hospitals had long relied on what he called “cheap, exhausted labor.” Residents’ pay, he said, amounts to roughly 1.5 percent of Mass. General’s $6.8 billion operating budget.
P full Jonah Whitcombe-Reyes
O education Harvard T.H. Chan School of Public Health
Q direct Jonah Whitcombe-Reyes :: “cheap, exhausted labor.”
F percent 1.5 percent
O nonprofit Mass. General
F money $6.8 billion
> “The hospital can afford this. The question is whether it wants to set a precedent that every other Boston hospital will have to match,” he said.
Q direct Jonah Whitcombe-Reyes :: “The hospital can afford this. The question is whether it wants to set a precedent that every other Boston hospital will have to match,”
L city Boston
> Talks resume Monday at 10 a.m. at the Massachusetts Department of Labor Relations in Boston. The residents’ current contract expired on Jan. 31.
F time 10 a.m.
O government Massachusetts Department of Labor Relations
L city Boston
F date Jan. 31
'''

ARTICLES['1806-niger-river-floods-niamey-displaced-ocha-al-jazeera'] = r'''
> News|Climate Crisis
> ‘The river took everything’: Floods along the Niger displace 210,000 in Niger
Q direct Moussa Garba Issoufou :: ‘The river took everything’
L geo Niger
F number 210,000
L country Niger
> Weeks of heavy rain have pushed the Niger river to a record 6.42 metres at Niamey, flooding rice fields and neighbourhoods along its banks.
L geo Niger
F quantity 6.42 metres
L city Niamey
> By Aïssata Maïga-Touré
P full Aïssata Maïga-Touré
> Published On 14 Sep 2041
F date 14 Sep 2041
> Residents wade through floodwater in the Kirkissoye district of Niamey on September 12 [Idrissa Souley/Al Jazeera]
L city Kirkissoye
L city Niamey
F date September 12
P full Idrissa Souley
O media Al Jazeera
> Niamey, Niger – Moussa Garba Issoufou points across a sheet of brown water to where his rice field used to be. Three weeks ago, the 52-year-old farmer was preparing to harvest two hectares on the left bank of the Niger river, a few kilometres upstream of the capital’s Kennedy Bridge.
L city Niamey
L country Niger
P full Moussa Garba Issoufou
F duration Three weeks
F age 52-year-old
F quantity two hectares
L geo Niger
L facility Kennedy Bridge
> “The river took everything. We left at 2am with the children on our backs,” he told Al Jazeera from a school in Lamordé where his family of nine now sleeps on classroom floors.
Q direct Moussa Garba Issoufou :: “The river took everything. We left at 2am with the children on our backs,”
F time 2am
O media Al Jazeera
L city Lamordé
F number nine
> Floods since late July have displaced more than 210,000 people across Niger and killed at least 64, according to the Directorate General of Civil Protection (DGPC). Nearly 27,000 houses have collapsed and 48,500 hectares of crops have been destroyed, most of them in the Tillabéri, Dosso and Niamey regions.
F number 210,000
L country Niger
F number 64
O government Directorate General of Civil Protection
O government DGPC
F number 27,000
F quantity 48,500 hectares
L region Tillabéri
L region Dosso
L region Niamey
> Colonel Hamidou Saley Boubacar, a DGPC spokesman, said the river reached 6.42 metres at the Niamey gauge on Thursday, 12cm above the previous record set in 2038. “We have never seen the water this high, and it has not finished rising,” Boubacar said.
P full Hamidou Saley Boubacar
O government DGPC
F quantity 6.42 metres
L city Niamey
F quantity 12cm
F date 2038
Q direct Hamidou Saley Boubacar :: “We have never seen the water this high, and it has not finished rising,”
P partial Boubacar
> He said the authorities had opened 31 temporary sites in schools and stadiums, and urged families living below the dykes in Kirkissoye and Saga to leave “now, not tomorrow”.
F number 31
L city Kirkissoye
L city Saga
Q direct Hamidou Saley Boubacar :: “now, not tomorrow”
> Rainfall in Niamey has reached 742mm since June, roughly a third more than the seasonal average, and more rain is forecast upstream in Mali and Guinea, where the river rises.
L city Niamey
F quantity 742mm
F fraction a third
L country Mali
L country Guinea
> Dr Mariama Adamou Kountché, a hydrologist at Abdou Moumouni University in Niamey, said the floods were no longer exceptional. “What we used to call the ‘red flood’ once a generation now comes every three years,” she said.
P full Mariama Adamou Kountché
O education Abdou Moumouni University
L city Niamey
Q direct Mariama Adamou Kountché :: “What we used to call the ‘red flood’ once a generation now comes every three years,”
F duration three years
> “The river bed is filling with sand from the Sahel, so the same rain gives us higher water. We have built houses on land that belongs to the river, and the river is taking it back.
Q direct Mariama Adamou Kountché :: “The river bed is filling with sand from the Sahel, so the same rain gives us higher water. We have built houses on land that belongs to the river, and the river is taking it back.
L region Sahel
> “Dykes alone will not save Niamey. We need to move people, and that costs money nobody has budgeted for.”
Q direct Mariama Adamou Kountché :: “Dykes alone will not save Niamey. We need to move people, and that costs money nobody has budgeted for.”
L city Niamey
> The UN Office for the Coordination of Humanitarian Affairs (OCHA) said on Friday that it had released $9.5m from its emergency fund, but that the humanitarian plan for Niger was only 18 percent funded. An OCHA spokesperson in Dakar, Fatou Binta Ndiaye-Sarr, said food stocks at the Niamey warehouses would last “about two weeks”.
O intergovernmental UN Office for the Coordination of Humanitarian Affairs
O intergovernmental OCHA
F money $9.5m
L country Niger
F percent 18 percent
O intergovernmental OCHA
L city Dakar
P full Fatou Binta Ndiaye-Sarr
L city Niamey
Q direct Fatou Binta Ndiaye-Sarr :: “about two weeks”
F duration two weeks
> “People who lost their harvest in September will be hungry in March. That is the crisis after the crisis,” she said, adding that the agency was seeking 14 billion CFA francs for shelter and seed.
Q direct Fatou Binta Ndiaye-Sarr :: “People who lost their harvest in September will be hungry in March. That is the crisis after the crisis,”
F money 14 billion CFA francs
> A government official in Niamey, speaking on condition of anonymity, said ministers had discussed moving about 4,000 riverbank families to higher ground. “Nobody wants to move. But half of these families have been flooded three times in 10 years,” the official said.
L city Niamey
F number 4,000
Q direct - :: “Nobody wants to move. But half of these families have been flooded three times in 10 years,”
F fraction half
F number three
F duration 10 years
> Garba Issoufou says he will replant. “Where else would I go? The river is my work,” he said.
P partial Garba Issoufou
Q direct Moussa Garba Issoufou :: “Where else would I go? The river is my work,”
> Source: Al Jazeera
O media Al Jazeera
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
