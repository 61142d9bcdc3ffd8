#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval213 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval213/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1321-hdb-resale-cooling-measures-loan-limit-wait-out-bukit-merah-straits-times'] = r'''
> Housing
> HDB loan limit cut to 70% and longer wait for ex-private owners in new resale cooling measures
O government HDB
F percent 70%
> Move comes after resale prices rose 2.6 per cent in the third quarter, with a record 142 flats sold for $1 million or more
F percent 2.6 per cent
F number 142
F money $1 million
> Rachel Goh Hui Min
P full Rachel Goh Hui Min
> Senior Housing Correspondent
> UPDATED Oct 2, 2040, 07:12 PM
F date Oct 2, 2040
F time 07:12 PM
> Resale flat prices in mature estates such as Bukit Merah have risen for 11 straight quarters. ST PHOTO: LIM JIA XUAN
L city Bukit Merah
F number 11
O media ST
P full LIM JIA XUAN
> SINGAPORE – Buyers of Housing Board resale flats will be able to borrow less, and former private property owners will have to wait longer before buying one, under cooling measures announced on Oct 2 that take effect from 12.01am on Oct 3.
L country SINGAPORE
O government Housing Board
F date Oct 2
F time 12.01am
F date Oct 3
> The loan-to-value (LTV) limit for HDB housing loans will be lowered to 70 per cent from 75 per cent, while the wait-out period for private property owners who sell their homes to buy a resale flat will be extended to 18 months from 15 months.
O government HDB
F percent 70 per cent
F percent 75 per cent
F duration 18 months
F duration 15 months
> The Monetary Authority of Singapore (MAS) will also cut the LTV limit for bank loans on resale flats to 70 per cent, MAS and the Ministry of National Development (MND) said in a joint statement. MND called the measures "pre-emptive and calibrated".
O government Monetary Authority of Singapore
O government MAS
F percent 70 per cent
O government MAS
O government Ministry of National Development
O government MND
O government MND
Q direct Ministry of National Development :: "pre-emptive and calibrated"
> Resale prices rose 2.6 per cent in the third quarter of 2040, flash figures released by HDB on Oct 1 showed, and a record 142 flats changed hands for at least $1 million.
F percent 2.6 per cent
F date 2040
O government HDB
F date Oct 1
F number 142
F money $1 million
> National Development Minister Daniel Seah said the Government had moved early because the market was showing "signs of exuberance", especially in central estates such as Bukit Merah, Outram and Kallang/Whampoa.
P full Daniel Seah
Q direct Daniel Seah :: "signs of exuberance"
L city Bukit Merah
L city Outram
L city Kallang/Whampoa
> "We are not trying to bring prices down sharply. We want a soft landing, not a crash," Mr Seah told reporters at HDB Hub in Toa Payoh. "A young couple earning $9,000 a month should still be able to buy a four-room resale flat in a non-mature estate without stretching themselves.
Q direct Daniel Seah :: "We are not trying to bring prices down sharply. We want a soft landing, not a crash,"
P partial Seah
L facility HDB Hub
L city Toa Payoh
Q direct Daniel Seah :: "A young couple earning $9,000 a month should still be able to buy a four-room resale flat in a non-mature estate without stretching themselves.
F money $9,000
F number four
> "That is the test we will keep using. If the numbers go the wrong way again, we have other levers," he said.
Q direct Daniel Seah :: "That is the test we will keep using. If the numbers go the wrong way again, we have other levers,"
> Minister of State for National Development Nur Aisyah Rahmat said the 18-month wait would stop what she called "cash-rich downsizers" from competing with first-time buyers. About 19 per cent of resale flats bought in the first half of 2040 went to former private owners, up from 12 per cent in 2036, she said.
P full Nur Aisyah Rahmat
F duration 18-month
Q direct Nur Aisyah Rahmat :: "cash-rich downsizers"
F percent 19 per cent
F date 2040
F percent 12 per cent
F date 2036
> Ms Nur Aisyah said Build-To-Order flats were not affected.
P partial Nur Aisyah
> Mr Jeremy Toh, head of research at property firm Tanjong Realty, expects resale prices to rise by 4 to 6 per cent in 2041, down from about 9.5 per cent in 2040. He said the lower loan limit would hit buyers of five-room and executive flats hardest, as a $1.1 million flat would now need a down payment of $330,000, up from $275,000.
P full Jeremy Toh
O company Tanjong Realty
F percent 4
F percent 6 per cent
F date 2041
F percent 9.5 per cent
F date 2040
F number five
F money $1.1 million
F money $330,000
F money $275,000
> "It is a 'tap on the brakes', not a slam. Young families in Sengkang and Punggol are still buying," Mr Toh said.
Q direct Jeremy Toh :: "It is a 'tap on the brakes', not a slam. Young families in Sengkang and Punggol are still buying,"
L city Sengkang
L city Punggol
P partial Toh
> For Ms Chloe Ng, 31, a nurse who has been hunting for a four-room flat in Clementi since May, the timing was "painful".
P full Chloe Ng
F age 31
F number four
L city Clementi
Q direct Chloe Ng :: "painful"
> "Our grant was finally approved last week, and now we need another $40,000 in cash. Maybe we just wait," she said.
Q direct Chloe Ng :: "Our grant was finally approved last week, and now we need another $40,000 in cash. Maybe we just wait,"
F money $40,000
> HDB said it would review the market again in six months.
O government HDB
F duration six months
'''

ARTICLES['1322-india-england-eden-gardens-test-rathore-century-kolkata-espncricinfo'] = r'''
> Report
> Rathore's unbeaten 163 puts India in command at Eden Gardens
P partial Rathore
F number 163
O team India
L facility Eden Gardens
> England's seamers toil as the hosts build a lead of 218 on a day cut short by bad light
O team England
F number 218
> Aniket Deshmukh
P full Aniket Deshmukh
> 14-Feb-2041
F date 14-Feb-2041
> Karan Rathore raised his bat to all corners of Eden Gardens after reaching his century • Dibyendu Sarkar/BCCI
P full Karan Rathore
L facility Eden Gardens
P full Dibyendu Sarkar
O other BCCI
> Stumps India 451 for 6 (Rathore 163*, Iyengar 58*, Whitcombe 3-97) lead England 233 (Pemberton-Hale 74, Chaudhary 5-48) by 218 runs
O team India
F score 451
F number 6
P partial Rathore
F number 163
P partial Iyengar
F number 58
P partial Whitcombe
F score 3-97
O team England
F score 233
P partial Pemberton-Hale
F number 74
P partial Chaudhary
F score 5-48
F number 218
> Karan Rathore made a slow, low Eden Gardens surface look like a batting paradise on the second day in Kolkata, his unbeaten 163 taking India to 451 for 6 and a lead of 218 before bad light ended play 11 overs early.
P full Karan Rathore
L facility Eden Gardens
L city Kolkata
F number 163
O team India
F score 451
F number 6
F number 218
F number 11
> The 27-year-old from Nagpur walked out at 96 for 2 on Thursday morning and batted for 378 minutes, hitting 19 fours and three sixes in 284 balls. He added 143 for the fifth wicket with Vikram Iyengar, who is 58 not out, after England's Tom Whitcombe had removed Siddharth Menon and the captain Arjun Kulkarni in the space of four balls. Menon had made 71 before he edged to gully, and Kulkarni was lbw for 4 first ball.
F age 27-year-old
L city Nagpur
F score 96
F number 2
F duration 378 minutes
F number 19
F number three
F number 284
F number 143
P full Vikram Iyengar
F number 58
O team England
P full Tom Whitcombe
P full Siddharth Menon
P full Arjun Kulkarni
F number four
P partial Menon
F number 71
P partial Kulkarni
F number 4
> "The ball was gripping a bit in the morning session, so I just told myself to leave well and wait for the loose ones," Rathore said. "Vikram kept saying 'just bat till tea, just bat till tea', and it became a kind of mantra for us."
Q direct Karan Rathore :: "The ball was gripping a bit in the morning session, so I just told myself to leave well and wait for the loose ones,"
P partial Rathore
Q direct Karan Rathore :: "Vikram kept saying 'just bat till tea, just bat till tea', and it became a kind of mantra for us."
P partial Vikram
> Whitcombe, the Lancashire seamer playing his ninth Test, bowled 29 overs from the High Court End and was the only visiting bowler to find reverse swing. Ollie Bramwell-Fitch went for 104 in 24 overs without a wicket, and the offspinner Sam Trevelyan-Price bowled just eight overs all day.
P partial Whitcombe
O team Lancashire
F number 29
L facility High Court End
P full Ollie Bramwell-Fitch
F number 104
F number 24
P full Sam Trevelyan-Price
F number eight
> England captain Harry Pemberton-Hale, whose 74 held his side's first innings together on Wednesday, admitted his bowlers had been "a bit flat" after tea.
O team England
P full Harry Pemberton-Hale
F number 74
Q direct Harry Pemberton-Hale :: "a bit flat"
> "We knew it would be hard work once the shine went. Karan played beautifully, you have to give him that," he said. "But there are three days left and this pitch will turn. If we can take the last four wickets for 50 in the morning, we're still in this game.
Q direct Harry Pemberton-Hale :: "We knew it would be hard work once the shine went. Karan played beautifully, you have to give him that,"
P partial Karan
Q direct Harry Pemberton-Hale :: "But there are three days left and this pitch will turn. If we can take the last four wickets for 50 in the morning, we're still in this game.
F duration three days
F number four
F number 50
> "Nobody in that dressing room thinks it is over."
Q direct Harry Pemberton-Hale :: "Nobody in that dressing room thinks it is over."
> On the opening day the left-arm spinner Rohan Chaudhary took 5-48 as England were bowled out for 233 in 71.4 overs, losing their last six wickets for 39 runs.
P full Rohan Chaudhary
F score 5-48
O team England
F score 233
F number 71.4
F number six
F number 39
> The Cricket Association of Bengal (CAB) said 51,870 tickets had been sold for the day, and the crowd roared every time Rathore pulled Whitcombe towards the Club House End.
O other Cricket Association of Bengal
O other CAB
F number 51,870
P partial Rathore
P partial Whitcombe
L facility Club House End
> The umpires took the players off for bad light at 4.21pm, with Iyengar on 58. Play on Friday will start half an hour early, at 9am, with India 1-0 up in the five-match series after their win in Hyderabad.
F time 4.21pm
P partial Iyengar
F number 58
F fraction half
F time 9am
O team India
F score 1-0
F number five
L city Hyderabad
'''

ARTICLES['1323-farmers-tractors-block-paris-ring-road-fnsea-minister-france24'] = r'''
> France
L country France
> Farmers block Paris ring road with 1,400 tractors as minister offers €350 million
L city Paris
F number 1,400
F money €350 million
> Tractors from six departments around the capital slowed traffic to a crawl on Tuesday, as a union leader called the government’s aid package “far too little, far too late”.
F number six
Q direct Mathilde Courtaud-Lenoir :: “far too little, far too late”
> Issued on: 22/01/2041 - 18:47 Modified: 22/01/2041 - 21:05
F date 22/01/2041
F time 18:47
F date 22/01/2041
F time 21:05
> Text by: FRANCE 24
O media FRANCE 24
> Farmers drive their tractors on the Boulevard Périphérique near the Porte d’Orléans in Paris on January 22, 2041. © Théo Marchal-Girard, AFP
L street Boulevard Périphérique
L street Porte d’Orléans
L city Paris
F date January 22, 2041
P full Théo Marchal-Girard
O media AFP
> Hundreds of farmers drove their tractors onto the Paris ring road on Tuesday, blocking several of the busiest junctions of the capital’s 35-kilometre orbital motorway to demand emergency help after a second year of collapsing grain prices.
L city Paris
F quantity 35-kilometre
> The Paris Police Prefecture counted 930 tractors at the peak, around 11am, while the FNSEA, France’s biggest farm union, and its youth wing Jeunes Agriculteurs (JA) put the number at 1,400. Traffic jams on the roads into Paris stretched for 417 kilometres at 8:30am.
O government Paris Police Prefecture
F number 930
F time 11am
O nonprofit FNSEA
L country France
O nonprofit Jeunes Agriculteurs
O nonprofit JA
F number 1,400
L city Paris
F quantity 417 kilometres
F time 8:30am
> Convoys set off before dawn from the Brie plateau, the Beauce and the departments of Seine-et-Marne, Yvelines, Essonne, Val-d’Oise, Oise and Eure-et-Loir, some of them driving for four hours at 25 km/h. By mid-morning the ring road was shut between the Porte de la Chapelle and the Porte de Bagnolet, and partly blocked near the Porte d’Orléans, where farmers unloaded straw bales in front of riot police.
L region Brie
L region Beauce
L region Seine-et-Marne
L region Yvelines
L region Essonne
L region Val-d’Oise
L region Oise
L region Eure-et-Loir
F duration four hours
F quantity 25 km/h
L street Porte de la Chapelle
L street Porte de Bagnolet
L street Porte d’Orléans
> “We have been patient for two years. Wheat is selling at €168 a tonne and it costs us €210 to grow it. Every tonne we harvest makes us poorer,” said Mathilde Courtaud-Lenoir, who heads the FNSEA in Île-de-France and grows wheat and rapeseed on 240 hectares near Provins. She called the minister’s offer “far too little, far too late”.
Q direct Mathilde Courtaud-Lenoir :: “We have been patient for two years. Wheat is selling at €168 a tonne and it costs us €210 to grow it. Every tonne we harvest makes us poorer,”
F duration two years
F money €168
F money €210
P full Mathilde Courtaud-Lenoir
O nonprofit FNSEA
L region Île-de-France
F quantity 240 hectares
L city Provins
Q direct Mathilde Courtaud-Lenoir :: “far too little, far too late”
> Agriculture Minister Clémence de Valrimont announced an emergency fund of €350 million for cereal growers on Tuesday morning, with payments of up to €18,000 per farm before the end of March and a 40 percent cut in the tax on farm diesel for 2041.
P full Clémence de Valrimont
F money €350 million
F money €18,000
F percent 40 percent
F date 2041
> “I hear the anger. I share it. But the state cannot set the price of wheat, that is decided in Chicago and on Euronext,” de Valrimont told France Inter radio. She described the fund as “a first step” and said she would receive union leaders at the ministry on Wednesday at 3pm.
Q direct Clémence de Valrimont :: “I hear the anger. I share it. But the state cannot set the price of wheat, that is decided in Chicago and on Euronext,”
L city Chicago
O company Euronext
P partial de Valrimont
O media France Inter
Q direct Clémence de Valrimont :: “a first step”
F time 3pm
> The Coordination Rurale (CR) said in a statement that it would keep “the capital under pressure” until the European Union abandoned its trade deal with the South American bloc Mercosur.
O nonprofit Coordination Rurale
O nonprofit CR
Q direct Coordination Rurale :: “the capital under pressure”
O intergovernmental European Union
O intergovernmental Mercosur
> An official at the interior ministry, speaking on condition of anonymity, said police had orders not to move the tractors by force. “Nobody wants pictures of riot vans pushing tractors off the road, so we will let them stay until tonight,” the official said. The protesters have nicknamed their convoy the “green wall”.
Q direct - :: “Nobody wants pictures of riot vans pushing tractors off the road, so we will let them stay until tonight,”
Q scare - :: “green wall”
> At the Rungis wholesale market south of the capital, deliveries arrived up to three hours late. Karima Benali-Rousseau, 44, a nurse stuck on the A6 motorway near Orly, said she had left Évry at 6:15am for a shift starting at 7am.
L facility Rungis
F duration three hours
P full Karima Benali-Rousseau
F age 44
L street A6
L city Orly
L city Évry
F time 6:15am
F time 7am
> “I support the farmers, I really do. But I have been sitting here for two hours and my patients are waiting,” she said.
Q direct Karima Benali-Rousseau :: “I support the farmers, I really do. But I have been sitting here for two hours and my patients are waiting,”
F duration two hours
> According to the Chambre d’agriculture de région Île-de-France, farm incomes in the region fell by 31 percent in 2040.
O government Chambre d’agriculture de région Île-de-France
F percent 31 percent
F date 2040
'''

ARTICLES['1324-codelco-el-teniente-copper-strike-rancagua-pesos-reuters'] = r'''
> Codelco workers strike at El Teniente, world's largest underground copper mine
O company Codelco
L facility El Teniente
> By Fabiola Quintanilla and Tomás Orellana-Vidal
P full Fabiola Quintanilla
P full Tomás Orellana-Vidal
> March 14, 2039 7:42 PM UTC Updated 3 hours ago
F date March 14, 2039
F time 7:42 PM UTC
F duration 3 hours
> Miners gather at the entrance to the El Teniente copper mine near Rancagua, Chile, March 14, 2039. REUTERS/Cristóbal Peña Alarcón
L facility El Teniente
L city Rancagua
L country Chile
F date March 14, 2039
O media REUTERS
P full Cristóbal Peña Alarcón
> SANTIAGO, March 14 (Reuters) - Some 4,300 workers at Codelco's El Teniente mine in central Chile walked off the job on Monday after wage talks broke down, their union said, halting most output at the world's largest underground copper mine and lifting prices to a six-week high.
L city SANTIAGO
F date March 14
O media Reuters
F number 4,300
O company Codelco
L facility El Teniente
L country Chile
F duration six-week
> Benchmark copper on the London Metal Exchange (LME) rose 2.1% to $12,480 a metric ton by 1630 GMT, its highest since Jan. 31.
O company London Metal Exchange
O company LME
F percent 2.1%
F money $12,480
F time 1630 GMT
F date Jan. 31
> El Teniente, in the O'Higgins region about 80 km (50 miles) southeast of Santiago, produced 391,000 metric tons of copper in 2038, about a fifth of state-owned Codelco's output.
L facility El Teniente
L region O'Higgins
F quantity 80 km
F quantity 50 miles
L city Santiago
F quantity 391,000 metric tons
F date 2038
F fraction a fifth
O company Codelco
> "The company says there is no money, but every week we read that copper is at a record. We told them, 'Share the record or we stop,' and they chose for us to stop," Nelson Huenchullán, president of the Sindicato Unificado Teniente Sur, told Reuters by phone from Rancagua.
Q direct Nelson Huenchullán :: "The company says there is no money, but every week we read that copper is at a record. We told them, 'Share the record or we stop,' and they chose for us to stop,"
P full Nelson Huenchullán
O nonprofit Sindicato Unificado Teniente Sur
O media Reuters
L city Rancagua
> The union, which groups workers from Rancagua, Machalí and the mountain camp at Coya, had asked for a bonus of 35 million pesos per worker and a 7% real wage increase. Huenchullán said members voted 2,911 to 204 to reject the company's final offer on Sunday.
L city Rancagua
L city Machalí
L city Coya
F money 35 million pesos
F percent 7%
P partial Huenchullán
F number 2,911
F number 204
> Codelco said in a statement that the offer, including a one-off bonus of 26 million pesos ($27,900) and a 4.5% raise over 36 months, was "responsible and competitive" and that it had activated "contingency plans" to keep the Caletones smelter running.
O company Codelco
F money 26 million pesos
F money $27,900
F percent 4.5%
F duration 36 months
Q direct Codelco :: "responsible and competitive"
Q direct Codelco :: "contingency plans"
L facility Caletones
> A Codelco executive, who asked not to be named because the talks were private, said each day of the stoppage cost the company about 1,100 tons of copper, or roughly $13.7 million in lost sales. "We can hold the smelter for a week, maybe 10 days, with concentrate in stock," the executive said.
O company Codelco
F quantity 1,100 tons
F money $13.7 million
Q direct - :: "We can hold the smelter for a week, maybe 10 days, with concentrate in stock,"
F duration 10 days
> Mining Minister Ignacio Larraín Echeverría said the government would not step into "a negotiation between adults," but urged both sides to return to the table "within days." Under Chile's labor code, Codelco cannot hire replacement workers during a legal strike.
P full Ignacio Larraín Echeverría
Q direct Ignacio Larraín Echeverría :: "a negotiation between adults,"
Q direct Ignacio Larraín Echeverría :: "within days."
L country Chile
O company Codelco
> Larraín said the strike was "a warning for the whole industry," as contracts at two other Codelco divisions, Andina and El Salvador, expire before the end of the year.
P partial Larraín
Q direct Ignacio Larraín Echeverría :: "a warning for the whole industry,"
F number two
O company Codelco
L facility Andina
L facility El Salvador
> "The market is already tight. Losing El Teniente for two weeks takes out roughly 25,000 tons, and that matters when inventories are this low," said Maribel Sandoval, a metals analyst at Cordillera Research in Santiago.
Q direct Maribel Sandoval :: "The market is already tight. Losing El Teniente for two weeks takes out roughly 25,000 tons, and that matters when inventories are this low,"
L facility El Teniente
F duration two weeks
F quantity 25,000 tons
P full Maribel Sandoval
O company Cordillera Research
L city Santiago
> Codelco, the world's top copper producer, made 1.41 million metric tons in 2038, its highest in six years. The last strike at El Teniente, in 2035, lasted 11 days.
O company Codelco
F quantity 1.41 million metric tons
F date 2038
F duration six years
L facility El Teniente
F date 2035
F duration 11 days
> ($1 = 932.40 Chilean pesos)
F money $1
F money 932.40 Chilean pesos
> (Reporting by Fabiola Quintanilla in Santiago and Tomás Orellana-Vidal in Rancagua; Editing by Philippa Goodwin)
P full Fabiola Quintanilla
L city Santiago
P full Tomás Orellana-Vidal
L city Rancagua
P full Philippa Goodwin
'''

ARTICLES['1325-yonge-subway-extension-delay-richmond-hill-metrolinx-toronto-star'] = r'''
> GTA
L region GTA
> Yonge subway extension to Richmond Hill delayed again, won’t open until 2044
L facility Yonge
L city Richmond Hill
F date 2044
> Metrolinx blames tunnel flooding near Steeles Ave. and a contractor dispute as the cost climbs by $1.3 billion
O government Metrolinx
L street Steeles Ave.
F money $1.3 billion
> By Owen Kowalczyk Transportation Reporter
P full Owen Kowalczyk
> Tue., Nov. 13, 2040 • 4 min. read
F date Nov. 13, 2040
F duration 4 min.
> Crews work at the site of the future Bridge station near Highway 7 and Highway 407 in Richmond Hill in October. Natalia Ferreira-Bloom Toronto Star
L facility Bridge
L street Highway 7
L street Highway 407
L city Richmond Hill
P full Natalia Ferreira-Bloom
O media Toronto Star
> The long-awaited extension of Line 1 north from Finch station into York Region won’t open until at least 2044, Metrolinx said Tuesday, a three-year delay that pushes the price tag up by $1.3 billion.
L facility Line 1
L facility Finch
L region York Region
F date 2044
O government Metrolinx
F duration three-year
F money $1.3 billion
> The 8-kilometre extension of the Yonge subway, with five new stations at Steeles, Clark, Royal Orchard, Bridge and High Tech, was supposed to carry its first riders in 2041. The provincial transit agency now puts the cost at $7.9 billion, up from $6.6 billion in its last update and almost double the $4.2-billion estimate it gave in 2029.
F quantity 8-kilometre
L facility Yonge
F number five
L facility Steeles
L facility Clark
L facility Royal Orchard
L facility Bridge
L facility High Tech
F date 2041
F money $7.9 billion
F money $6.6 billion
F money $4.2-billion
F date 2029
> Metrolinx president and CEO Darnell Okonjo-Reid said water flooded a section of tunnel under Yonge St. near Steeles Ave. in March, forcing crews to stop for 19 weeks while the ground was frozen and sealed.
O government Metrolinx
P full Darnell Okonjo-Reid
L street Yonge St.
L street Steeles Ave.
F duration 19 weeks
> “I’m not going to stand here and pretend this is good news,” Okonjo-Reid told reporters at the agency’s Front St. W. offices. “We hit ground conditions that were worse than anything in the borehole data, and we chose to stop rather than risk the homes above.
Q direct Darnell Okonjo-Reid :: “I’m not going to stand here and pretend this is good news,”
P partial Okonjo-Reid
L street Front St. W.
Q direct Darnell Okonjo-Reid :: “We hit ground conditions that were worse than anything in the borehole data, and we chose to stop rather than risk the homes above.
> “Safety was never going to be the thing we traded away.”
Q direct Darnell Okonjo-Reid :: “Safety was never going to be the thing we traded away.”
> He said about $640 million of the increase comes from claims filed by the tunnelling consortium over the flooding, which are now before an arbitrator.
F money $640 million
> Coun. Mira Halvorsen-Adeyemi (Willowdale), whose ward includes the Steeles station site, called the delay “a gut punch” for residents who have lived beside construction since 2034.
P full Mira Halvorsen-Adeyemi
L region Willowdale
L facility Steeles
Q direct Mira Halvorsen-Adeyemi :: “a gut punch”
F date 2034
> In Richmond Hill, Regional Coun. Sofia Marchetti said shops on Yonge have been behind hoarding for four years. “Every spring we hear ‘next year, next year.’ Some of our businesses won’t be here to see a train,” she said.
L city Richmond Hill
P full Sofia Marchetti
L street Yonge
F duration four years
Q direct Sofia Marchetti :: “Every spring we hear ‘next year, next year.’ Some of our businesses won’t be here to see a train,”
> The TTC, which will run the trains once the line opens, said in a statement that it was “disappointed” to learn of the delay only on Monday. York Region Transit (YRT), whose Viva buses carry about 41,000 riders a day on the Yonge corridor, said it would add 14 buses in the meantime.
O government TTC
Q direct TTC :: “disappointed”
O government York Region Transit
O government YRT
F number 41,000
L street Yonge
F number 14
> A provincial official with knowledge of the contract, who was not authorized to speak publicly, said the new date still carried risk. “If the arbitrator goes the wrong way, 2044 becomes 2045,” the official said.
Q direct - :: “If the arbitrator goes the wrong way, 2044 becomes 2045,”
F date 2044
F date 2045
> For Jasmine Thériault, 29, who commutes from Richmond Hill to a job near Bloor and Yonge, the news means another three years of a 75-minute trip on two buses and the subway. “I was counting down to 2041. Now I’ll be 33 before I can walk to a station,” she said.
P full Jasmine Thériault
F age 29
L city Richmond Hill
L street Bloor
L street Yonge
F duration three years
F duration 75-minute
F number two
Q direct Jasmine Thériault :: “I was counting down to 2041. Now I’ll be 33 before I can walk to a station,”
F date 2041
F age 33
> Metrolinx will present a revised schedule to its board on Dec. 4. Queen’s Park has committed $5.6 billion to the project so far, with Ottawa paying 40 per cent of the eligible costs.
O government Metrolinx
F date Dec. 4
O government Queen’s Park
F money $5.6 billion
L city Ottawa
F percent 40 per cent
'''

ARTICLES['1326-stepaside-apartments-planning-body-overturns-dun-laoghaire-rathdown-irish-times'] = r'''
> Ireland
L country Ireland
> Planning body overturns council and approves 412 apartments in Stepaside
F number 412
L city Stepaside
> Residents’ association says it will consider a High Court challenge to the nine-storey scheme
O government High Court
F number nine
> Ciarán Ó hUiginn
P full Ciarán Ó hUiginn
> Thu Jun 6 2041 - 18:05
F date Jun 6 2041
F time 18:05
> The site on Enniskerry Road, Stepaside, where 412 apartments are planned. Photograph: Dara Mac Domhnaill
L street Enniskerry Road
L city Stepaside
F number 412
P full Dara Mac Domhnaill
> Plans for 412 apartments in blocks of up to nine storeys in Stepaside, south Dublin, have been approved by An Coimisiún Pleanála, overturning a refusal by Dún Laoghaire-Rathdown County Council that local councillors had called “a line in the sand”.
F number 412
F number nine
L city Stepaside
L city Dublin
O government An Coimisiún Pleanála
O government Dún Laoghaire-Rathdown County Council
Q direct - :: “a line in the sand”
> The developer, Glenamuck Living Ltd, appealed after the council refused permission in October 2040, saying the scheme would be “visually overbearing” and would place an “unsustainable burden” on roads and schools in the area.
O company Glenamuck Living Ltd
F date October 2040
Q direct Dún Laoghaire-Rathdown County Council :: “visually overbearing”
Q direct Dún Laoghaire-Rathdown County Council :: “unsustainable burden”
> In its decision, dated June 4th, the commission said the development was “consistent with” national policy on compact growth and that concerns about traffic had been “adequately addressed” by a new bus link to the tram stop at Ballyogan Wood.
F date June 4th
Q direct An Coimisiún Pleanála :: “consistent with”
Q direct An Coimisiún Pleanála :: “adequately addressed”
L facility Ballyogan Wood
> Stepaside, once a village on the road to Enniskerry, has grown quickly since the 1990s, and some 6,000 homes have been built in neighbouring Kilgobbin and Ballyogan since 2030.
L city Stepaside
L city Enniskerry
F date 1990s
F number 6,000
L city Kilgobbin
L city Ballyogan
F date 2030
> The scheme, on a 4.1-hectare site off the Enniskerry Road, includes 168 one-bedroom, 206 two-bedroom and 38 three-bedroom apartments, a creche for 60 children and 290 car parking spaces. Some 10 per cent of the units will go to the council for social housing.
F quantity 4.1-hectare
L street Enniskerry Road
F number 168
F number one
F number 206
F number two
F number 38
F number three
F number 60
F number 290
F percent 10 per cent
> “This is the third time in three years that a decision of the elected members of this county has been set aside by a body sitting in Dublin 1,” said Cllr Órla Ní Fhearghail (SD), who represents the area. “We were told ‘compact growth’ would mean homes beside the tram, with schools and a GP to match. What we are getting is nine storeys on a country road with one footpath.
Q direct Órla Ní Fhearghail :: “This is the third time in three years that a decision of the elected members of this county has been set aside by a body sitting in Dublin 1,”
F duration three years
L region Dublin 1
P full Órla Ní Fhearghail
O party SD
Q direct Órla Ní Fhearghail :: “We were told ‘compact growth’ would mean homes beside the tram, with schools and a GP to match. What we are getting is nine storeys on a country road with one footpath.
F number nine
F number one
> “Nobody on this council is against housing. We are against this housing, in this place.”
Q direct Órla Ní Fhearghail :: “Nobody on this council is against housing. We are against this housing, in this place.”
> Ms Ní Fhearghail said councillors from four parties had voted 31-7 in 2039 to keep the site’s height limit at five storeys.
P partial Ní Fhearghail
F number four
F number 31-7
F date 2039
F number five
> Glenamuck Living’s managing director, Ruairí Kehoe-Brennan, said the company had spent “four years and more than €3 million” getting to this point. Mr Kehoe-Brennan said construction of the €186m scheme would take about 30 months and employ up to 350 people, with the first homes ready in 2043.
O company Glenamuck Living
P full Ruairí Kehoe-Brennan
Q direct Ruairí Kehoe-Brennan :: “four years and more than €3 million”
F duration four years
F money €3 million
P partial Kehoe-Brennan
F money €186m
F duration 30 months
F number 350
F date 2043
> The Stepaside and Kilgobbin Residents’ Association said it would consider seeking a judicial review in the High Court, which must be lodged within eight weeks. “Our members will decide at a public meeting in the parish hall on Tuesday at 8pm,” its chairwoman, Bernadette Fogarty-Nolan, said.
O nonprofit Stepaside and Kilgobbin Residents’ Association
O government High Court
F duration eight weeks
Q direct Bernadette Fogarty-Nolan :: “Our members will decide at a public meeting in the parish hall on Tuesday at 8pm,”
F time 8pm
P full Bernadette Fogarty-Nolan
> A council spokeswoman said the council “notes the decision” and would not comment further.
Q direct - :: “notes the decision”
> Dún Laoghaire-Rathdown had 3,860 homes under construction at the end of 2040, according to the Department of Housing, against a target of 4,400 a year.
L region Dún Laoghaire-Rathdown
F number 3,860
F date 2040
O government Department of Housing
F number 4,400
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
