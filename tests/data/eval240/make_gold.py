#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval240 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval240/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1483-paris-cycle-lanes-council-vote-taxis-arrondissements-le-monde'] = r'''
> France
L country France
> Paris votes to hand 140 more streets to cyclists, angering taxi drivers
L city Paris
F number 140
> The Council of Paris approved a €310 million plan to build 180 kilometers of protected cycle lanes by 2042. The opposition called it “a war on the suburbs.”
O government Council of Paris
F money €310 million
F quantity 180 kilometers
F date 2042
Q direct Ghislaine de Montrevel-Saïd :: “a war on the suburbs.”
> By Clémence Aubertin-Roux
P full Clémence Aubertin-Roux
> Published on March 12, 2041, at 6:20 pm (Paris), updated at 8:05 pm
F date March 12, 2041
F time 6:20 pm
L city Paris
F time 8:05 pm
> Cyclists on Rue de Rivoli, near the Hôtel de Ville, in Paris, on March 10, 2041. MATHILDE KERVAREC / AFP
L street Rue de Rivoli
L facility Hôtel de Ville
L city Paris
F date March 10, 2041
P full MATHILDE KERVAREC
O media AFP
> On Tuesday, March 12, the Council of Paris voted by 98 votes to 63 to turn 140 streets, or some 180 kilometers of roadway, into protected cycle lanes by the end of 2042, in what City Hall called “the biggest change to the streets of Paris in a century.”
F date March 12
O government Council of Paris
F number 98
F number 63
F number 140
F quantity 180 kilometers
F date 2042
O government City Hall
Q direct City Hall :: “the biggest change to the streets of Paris in a century.”
L city Paris
> The plan, worth €310 million over six years, will remove roughly 21,000 on-street parking spaces, a little under a third of those left. The biggest changes are in the 11th, 12th and 20th arrondissements, where Boulevard Voltaire and Avenue Daumesnil will each lose one lane in each direction.
F money €310 million
F duration six years
F number 21,000
F fraction a third
L street Boulevard Voltaire
L street Avenue Daumesnil
F number one
> “We are not against cars, we are for people who breathe,” said Bastien Morel-Karadeniz, 44, the deputy mayor for transport. He said the share of trips made by bicycle in Paris had risen from 11% in 2036 to 19% last year, and that the lane on Rue de Rivoli now carries up to 2,400 bikes an hour.
Q direct Bastien Morel-Karadeniz :: “We are not against cars, we are for people who breathe,”
P full Bastien Morel-Karadeniz
F age 44
L city Paris
F percent 11%
F date 2036
F percent 19%
L street Rue de Rivoli
F number 2,400
> “Every time we have taken a lane away from cars, people told us the city would die. Rue de Rivoli did not die. It has never been so full,” he said. “The next step is the east of Paris, where people have the least green space and the most asthma.
Q direct Bastien Morel-Karadeniz :: “Every time we have taken a lane away from cars, people told us the city would die. Rue de Rivoli did not die. It has never been so full,”
Q direct Bastien Morel-Karadeniz :: “The next step is the east of Paris, where people have the least green space and the most asthma.
L street Rue de Rivoli
L city Paris
> “A child in the 20th breathes worse air than a child in the 7th. It is a choice this city made in the 1970s, and we can unmake it.”
Q direct Bastien Morel-Karadeniz :: “A child in the 20th breathes worse air than a child in the 7th. It is a choice this city made in the 1970s, and we can unmake it.”
F date 1970s
> The leader of the right-wing opposition, Ghislaine de Montrevel-Saïd, accused the majority of waging “a war on the suburbs,” noting that 600,000 people drive into Paris from Île-de-France every weekday. “Mr. Morel-Karadeniz has a city of cyclists in his head. I have nurses from Seine-Saint-Denis in my inbox who start at 6 am and cannot pedal 25 km,” de Montrevel-Saïd told Le Monde.
P full Ghislaine de Montrevel-Saïd
Q direct Ghislaine de Montrevel-Saïd :: “a war on the suburbs,”
F number 600,000
L city Paris
L region Île-de-France
Q direct Ghislaine de Montrevel-Saïd :: “Mr. Morel-Karadeniz has a city of cyclists in his head. I have nurses from Seine-Saint-Denis in my inbox who start at 6 am and cannot pedal 25 km,”
P partial Morel-Karadeniz
L region Seine-Saint-Denis
F time 6 am
F quantity 25 km
P partial de Montrevel-Saïd
O media Le Monde
> Taxi drivers are angrier. The Syndicat des Artisans Taxis de Paris (SATP), which says it speaks for 9,500 of the capital’s roughly 18,000 licensed drivers, has called an “opération escargot,” a go-slow convoy, on the Périphérique ring road for Thursday, March 21.
O nonprofit Syndicat des Artisans Taxis de Paris
O nonprofit SATP
F number 9,500
F number 18,000
Q scare - :: “opération escargot,”
L street Périphérique
F date March 21
> In a statement, the SATP said journey times from Gare de Lyon to Orly airport had grown by 15 to 20 minutes at rush hour, and warned of “a slow death for our trade.” Its secretary-general, Farid Benaïssa-Lopez, said drivers could lose “between €200 and €300 a week.”
O nonprofit SATP
L facility Gare de Lyon
L facility Orly
F duration 15
F duration 20 minutes
Q direct Syndicat des Artisans Taxis de Paris :: “a slow death for our trade.”
P full Farid Benaïssa-Lopez
Q direct Farid Benaïssa-Lopez :: “between €200 and €300 a week.”
F money €200
F money €300
> “Paris is catching up with Copenhagen and Amsterdam, not overtaking them,” said Inès Valcourt, 29, of the cyclists’ association Roue Libre Paris, which counted 1,140 bikes an hour on Boulevard Voltaire.
Q direct Inès Valcourt :: “Paris is catching up with Copenhagen and Amsterdam, not overtaking them,”
L city Paris
L city Copenhagen
L city Amsterdam
P full Inès Valcourt
F age 29
O nonprofit Roue Libre Paris
F number 1,140
L street Boulevard Voltaire
> An official at the Paris Police Prefecture said on condition of anonymity that it had learned of “about half” of the plan from the press.
O government Paris Police Prefecture
Q direct - :: “about half”
F fraction half
> Work on the first 40 streets is due to begin in July 2041, and the whole network should be open before the municipal elections of March 2044.
F number 40
F date July 2041
F date March 2044
'''

ARTICLES['1484-poverty-rate-falls-indec-la-matanza-pesos-buenos-aires-times'] = r'''
> Economy
> Poverty falls to 31.4 percent, INDEC says, but La Matanza shopkeepers see little relief
F percent 31.4 percent
O government INDEC
L region La Matanza
> The National Statistics and Census Institute reports a drop of 3.2 points in the second half of 2040, the lowest reading in nine years. The Economy Ministry hails a “turning point”.
O government National Statistics and Census Institute
F percent 3.2 points
F date 2040
F duration nine years
O government Economy Ministry
Q direct Economy Ministry :: “turning point”
> BY MARTINA ECHEVERRÍA DEL VALLE
P full MARTINA ECHEVERRÍA DEL VALLE
> 26-03-2041 18:10
F date 26-03-2041
F time 18:10
> A grocery store in San Justo, in the La Matanza district of Buenos Aires province. Photo: NA
L city San Justo
L region La Matanza
L region Buenos Aires
O media NA
> Poverty in Argentina fell to 31.4 percent of the population in the second half of 2040, down from 34.6 percent in the first half, the National Statistics and Census Institute (INDEC) reported on Tuesday. Some 14.9 million people remain below the poverty line in the 31 urban areas covered by the survey, and 6.8 percent live in indigence, unable to afford a basic food basket.
L country Argentina
F percent 31.4 percent
F date 2040
F percent 34.6 percent
O government National Statistics and Census Institute
O government INDEC
F number 14.9 million
F number 31
F percent 6.8 percent
> According to INDEC, a family of two adults and two children needed 1,962,400 pesos in February to stay above the poverty line – about US$1,310 at the official exchange rate of 1,498 pesos to the dollar. The same basket cost 1,118,000 pesos a year earlier.
O government INDEC
F number two
F number two
F money 1,962,400 pesos
F money US$1,310
F money 1,498 pesos
F money 1,118,000 pesos
> Economy Ministry spokesman Leandro Saravia Quiroga called the figure “a turning point” and credited the slowdown in monthly inflation, which has stayed below 2 percent since October. “Wages are beating prices for the 11th month in a row. That is what takes people out of poverty, not handouts,” he told reporters at the Palacio de Hacienda.
O government Economy Ministry
P full Leandro Saravia Quiroga
Q direct Leandro Saravia Quiroga :: “a turning point”
F percent 2 percent
Q direct Leandro Saravia Quiroga :: “Wages are beating prices for the 11th month in a row. That is what takes people out of poverty, not handouts,”
L facility Palacio de Hacienda
> Saravia Quiroga said real wages in the formal sector had risen 6.5 percent in the 12 months to January and that the government expected poverty to fall “below 30 percent” before the end of 2041.
P partial Saravia Quiroga
F percent 6.5 percent
F duration 12 months
Q direct Leandro Saravia Quiroga :: “below 30 percent”
F percent 30 percent
F date 2041
> Private economists were more cautious. Valentina Grosso Iturbe, chief economist at the consultancy Prisma Análisis Económico, said the improvement was real but concentrated among registered workers. “The informal half of the labour market is still losing ground,” she said. “A street vendor in Greater Buenos Aires does not get a new wage agreement every three months.
P full Valentina Grosso Iturbe
O company Prisma Análisis Económico
Q direct Valentina Grosso Iturbe :: “The informal half of the labour market is still losing ground,”
F fraction half
Q direct Valentina Grosso Iturbe :: “A street vendor in Greater Buenos Aires does not get a new wage agreement every three months.
L region Greater Buenos Aires
F duration three months
> “With the official rate at 1,498 pesos and the ‘blue’ dollar at 1,720 pesos, anyone who earns in pesos but pays rent in dollars feels poorer, whatever the survey says.”
Q direct Valentina Grosso Iturbe :: “With the official rate at 1,498 pesos and the ‘blue’ dollar at 1,720 pesos, anyone who earns in pesos but pays rent in dollars feels poorer, whatever the survey says.”
F money 1,498 pesos
F money 1,720 pesos
> In González Catán, on the western edge of La Matanza, Ramón Ledesma, 63, has run a corner shop on Ruta 3 for 27 years. He said sales of milk, noodles and yerba were down by a quarter on 2039. “People buy one packet of yerba instead of two, and they pay half with the card and half ‘fiado’, on credit,” he said. “If poverty is falling, it has not reached my street yet.”
L city González Catán
L region La Matanza
P full Ramón Ledesma
F age 63
L street Ruta 3
F duration 27 years
F fraction a quarter
F date 2039
Q direct Ramón Ledesma :: “People buy one packet of yerba instead of two, and they pay half with the card and half ‘fiado’, on credit,”
F number one
F number two
F fraction half
F fraction half
Q direct Ramón Ledesma :: “If poverty is falling, it has not reached my street yet.”
> An official at the Social Development Ministry, speaking on condition of anonymity, said soup kitchens in La Matanza still served “about 40,000 families a week”, roughly as many as a year ago.
O government Social Development Ministry
L region La Matanza
Q direct - :: “about 40,000 families a week”
F number 40,000
> The peso has weakened 14 percent against the dollar since January, while the Central Bank (BCRA) has bought US$2.3 billion for its reserves so far this year. Ledesma said he now prices his stock in dollars in his head. “Everybody in Argentina is an economist,” he said.
F percent 14 percent
O government Central Bank
O government BCRA
F money US$2.3 billion
P partial Ledesma
Q direct Ramón Ledesma :: “Everybody in Argentina is an economist,”
L country Argentina
> INDEC will publish March inflation on April 12. Analysts surveyed by the Central Bank expect a monthly rate of 1.7 percent.
O government INDEC
F date April 12
O government Central Bank
F percent 1.7 percent
'''

ARTICLES['1485-mererid-haf-pennant-welsh-novelist-broadcaster-obituary-guardian'] = r'''
> Books
> Mererid Haf Pennant obituary
P full Mererid Haf Pennant
> Welsh novelist and broadcaster whose fiction gave a voice to the slate villages of Gwynedd
L region Gwynedd
> Huw Gethin Roberts
P full Huw Gethin Roberts
> Thu 8 Nov 2040 17.30 GMT
F date 8 Nov 2040
F time 17.30 GMT
> Mererid Haf Pennant at her home in Bethesda in 2031. Photograph: Elin Rowlands/BBC Cymru Wales
P full Mererid Haf Pennant
L city Bethesda
F date 2031
P full Elin Rowlands
O media BBC Cymru Wales
> The novelist and broadcaster Mererid Haf Pennant, who has died aged 82, wrote eleven novels, two collections of stories and a memoir, and for almost three decades presented Silffoedd, the Radio Cymru books programme that introduced a generation of listeners to writers from Patagonia to Brittany.
P full Mererid Haf Pennant
F age 82
F number eleven
F number two
F duration three decades
O media Radio Cymru
L region Patagonia
L region Brittany
> Her best-known book, Y Chwarel Olaf (The Last Quarry, 1994), followed three generations of one family in Bethesda from the great strike to the closure of the Penrhyn quarry. It won the Wales Book of the Year award in 1995 and, in her own English translation, was shortlisted for the Booker prize in 2001, the year she turned 43.
F date 1994
F number three
F number one
L city Bethesda
L facility Penrhyn
F date 1995
F date 2001
F age 43
> “I wanted to write about people who were told their lives were history while they were still living them,” she told the Guardian in 2012.
Q direct Mererid Haf Pennant :: “I wanted to write about people who were told their lives were history while they were still living them,”
O media Guardian
F date 2012
> She was born in Llanberis, at the foot of Snowdon, the younger of two daughters of Gwilym Pennant, a quarryman, and his wife, Catrin (nee Hughes), a primary school teacher. At 16 she won a scholarship to Ysgol Friars in Bangor, and she read Welsh and English at Aberystwyth University before joining the BBC in Cardiff in 1980 as a 22-year-old researcher.
L city Llanberis
L geo Snowdon
F number two
P full Gwilym Pennant
P partial Catrin
P partial Hughes
F age 16
O education Ysgol Friars
L city Bangor
O education Aberystwyth University
O media BBC
L city Cardiff
F date 1980
F age 22-year-old
> She presented Silffoedd from 1987 until 2015, interviewing more than 1,200 authors, among them, she liked to say, “every Welsh writer who could still hold a pen”, and later hosted a weekly arts programme on S4C.
F date 1987
F date 2015
F number 1,200
Q direct Mererid Haf Pennant :: “every Welsh writer who could still hold a pen”
O media S4C
> Her publisher, Gwasg y Bont, said it had lost “a writer who never once looked down on her characters”. Its managing editor, Osian Rhys Tudor, said: “She would send a manuscript with a note saying, ‘Cut what you like, but not the chapel.’ We never cut the chapel.”
O company Gwasg y Bont
Q direct Gwasg y Bont :: “a writer who never once looked down on her characters”
P full Osian Rhys Tudor
Q direct Osian Rhys Tudor :: “She would send a manuscript with a note saying, ‘Cut what you like, but not the chapel.’ We never cut the chapel.”
> In 1999 she moved back to Bethesda with her husband, the painter Alun Meirion Jones, and for 20 years ran a writing workshop in a former chapel on the High Street, where a slate plaque was unveiled in 2038. Jones died in 2033.
F date 1999
L city Bethesda
P full Alun Meirion Jones
F duration 20 years
L street High Street
F date 2038
P partial Jones
F date 2033
> Her late novels, set among the holiday homes of the Llŷn peninsula and the caravan parks of Pwllheli, were darker and funnier. Critics called them her “second-home trilogy”, a label she disliked, and the third, Tai Haf (2034), sold more than 40,000 copies in Welsh and English.
L geo Llŷn
L city Pwllheli
Q scare - :: “second-home trilogy”
F date 2034
F number 40,000
> Asked in 2036, on her 78th birthday, whether she would ever stop writing, she replied: “Only when the slate runs out.”
F date 2036
Q direct Mererid Haf Pennant :: “Only when the slate runs out.”
> She is survived by her daughter, Lowri, two grandchildren, Gwion and Mali, and her sister, Eluned.
P partial Lowri
F number two
P partial Gwion
P partial Mali
P partial Eluned
> Mererid Haf Pennant, novelist and broadcaster, born 2 June 1958; died 29 October 2040
P full Mererid Haf Pennant
F date 2 June 1958
F date 29 October 2040
'''

ARTICLES['1486-christchurch-city-council-rates-rise-ratepayers-otautahi-stuff'] = r'''
> Christchurch
L city Christchurch
> Christchurch ratepayers face 7.9% rates rise after split council vote
L city Christchurch
F percent 7.9%
> The average household will pay about $5.40 per week more, but the mayor says the city's pipes cannot wait
F money $5.40
> Mereana Kōhere-Walsh
P full Mereana Kōhere-Walsh
> 16:42, Jun 25 2041
F time 16:42
F date Jun 25 2041
> Mayor Tamsin Prebble speaks during the annual plan debate at Te Hononga Civic Offices on Hereford St. HAMI TE WHATA/STUFF
P full Tamsin Prebble
L facility Te Hononga Civic Offices
L street Hereford St
P full HAMI TE WHATA
O media STUFF
> Christchurch ratepayers will face an average rates increase of 7.9% from July 1 after city councillors voted 11-6 on Tuesday to adopt the annual plan for 2041/42.
L city Christchurch
F percent 7.9%
F date July 1
F number 11-6
F date 2041/42
> The draft plan put out for consultation in March had proposed 8.6%. The council received more than 3100 submissions, most of them opposed.
F percent 8.6%
F number 3100
> For an average residential property, valued at $835,000, that means an extra $281 a year, or about $5.40 per week. Business ratepayers will pay 9.2% more.
F money $835,000
F money $281
F money $5.40
F percent 9.2%
> Christchurch City Council (CCC) says more than half of the increase will go to water, wastewater and stormwater pipes, many of them laid in the 1960s.
O government Christchurch City Council
O government CCC
F fraction half
F date 1960s
> Prebble, elected mayor in October 2040, said the council had "no good options". "Nobody likes paying more, and I don't either. But every year we put off the pipes, the bill gets bigger," she said after the vote. "We've got 1700 kilometres of wastewater pipe under Ōtautahi, and about a third of it is past its use-by date.
P partial Prebble
F date October 2040
Q direct Tamsin Prebble :: "no good options"
Q direct Tamsin Prebble :: "Nobody likes paying more, and I don't either. But every year we put off the pipes, the bill gets bigger,"
Q direct Tamsin Prebble :: "We've got 1700 kilometres of wastewater pipe under Ōtautahi, and about a third of it is past its use-by date.
F quantity 1700 kilometres
L city Ōtautahi
F fraction a third
> "If we don't fix it now, the people paying for it will be our kids."
Q direct Tamsin Prebble :: "If we don't fix it now, the people paying for it will be our kids."
> Linwood ward councillor Hemi Ruatapu-Lowe, who voted against, said households in Aranui, Wainoni and Bexley were still paying off earthquake repairs, and that $281 was "another kick in the guts" for pensioners on fixed incomes.
L region Linwood
P full Hemi Ruatapu-Lowe
L city Aranui
L city Wainoni
L city Bexley
F money $281
Q direct Hemi Ruatapu-Lowe :: "another kick in the guts"
> "We're asking a widow in Aranui on $550 a week of super to find another five bucks every week. That's not nothing," Ruatapu-Lowe said.
Q direct Hemi Ruatapu-Lowe :: "We're asking a widow in Aranui on $550 a week of super to find another five bucks every week. That's not nothing,"
L city Aranui
F money $550
F money five bucks
P partial Ruatapu-Lowe
> The Ōtautahi Ratepayers Association, which says it has 2400 members, wants the council to sell part of its stake in Christchurch International Airport Ltd, held through Christchurch City Holdings Ltd (CCHL), before "reaching into people's pockets again".
O nonprofit Ōtautahi Ratepayers Association
F number 2400
O company Christchurch International Airport Ltd
O company Christchurch City Holdings Ltd
O company CCHL
Q direct Ōtautahi Ratepayers Association :: "reaching into people's pockets again"
> Its chair, Dianne Kettlewell, 71, of Cashmere, said: "This council has put through three rates rises of over 7% in four years. At some point the answer can't always be the ratepayer."
P full Dianne Kettlewell
F age 71
L city Cashmere
Q direct Dianne Kettlewell :: "This council has put through three rates rises of over 7% in four years. At some point the answer can't always be the ratepayer."
F number three
F percent 7%
F duration four years
> The plan also sets aside $18.5m for flood works along the Ōpāwaho/Heathcote River, $6.2m to rebuild the wharf at Akaroa on Banks Peninsula, and $2.9m for new cycleways in Hornby and Shirley.
F money $18.5m
L geo Ōpāwaho/Heathcote River
F money $6.2m
L city Akaroa
L geo Banks Peninsula
F money $2.9m
L city Hornby
L city Shirley
> A council staff member, who did not want to be named, said the rise could have been "well into double digits" without $32m of savings, including 45 jobs cut from the council's head office since March.
Q direct - :: "well into double digits"
F money $32m
F number 45
> Environment Canterbury (ECan), the regional council, will set its own rates for Waitaha next week. The first instalment of the city rates is due on August 31.
O government Environment Canterbury
O government ECan
L region Waitaha
F date August 31
'''

ARTICLES['1487-aston-villa-newcastle-united-villa-park-premier-league-report-independent'] = r'''
> Premier League
O other Premier League
> Aston Villa 2-1 Newcastle United: Ferris-Quaye Double Sends Villa Third After Pereira-Lund Sees Red
O team Aston Villa
F score 2-1
O team Newcastle United
P partial Ferris-Quaye
O team Villa
P partial Pereira-Lund
> The 23-year-old forward turned the game in nine minutes after Anders Holmgaard had given the visitors the lead at Villa Park
F age 23-year-old
F duration nine minutes
P full Anders Holmgaard
L facility Villa Park
> Harriet Vasey-Collins at Villa Park
P full Harriet Vasey-Collins
L facility Villa Park
> Saturday 19 October 2041 17:45 BST
F date 19 October 2041
F time 17:45 BST
> Kwabena Ferris-Quaye celebrates his second goal in front of the Holte End (Getty Images)
P full Kwabena Ferris-Quaye
L facility Holte End
O company Getty Images
> Kwabena Ferris-Quaye scored twice in the space of nine minutes either side of the hour as Aston Villa came from behind to beat Newcastle United 2-1 at Villa Park and climb to third in the Premier League.
P full Kwabena Ferris-Quaye
F duration nine minutes
O team Aston Villa
O team Newcastle United
F score 2-1
L facility Villa Park
O other Premier League
> Newcastle led through Anders Holmgaard’s glancing header in the 31st minute, when the Dane met Tino Okafor-Bright’s corner at the near post, and for 30 minutes Stellan Brekke’s side looked the more composed.
O team Newcastle
P full Anders Holmgaard
P full Tino Okafor-Bright
F duration 30 minutes
P full Stellan Brekke
> But Joaquín Peralta Ruiz’s side were transformed after the break. Ferris-Quaye, signed from Brentford for £38m in the summer, equalised three minutes after the restart with a low shot from 18 yards, then headed in Matty Coldicott’s cross at the far post in the 57th minute.
P full Joaquín Peralta Ruiz
P partial Ferris-Quaye
O team Brentford
F money £38m
F duration three minutes
F quantity 18 yards
P full Matty Coldicott
> Holmgaard, 29, had earlier struck the bar from 25 yards, and Coldicott, a 19-year-old academy graduate, was named man of the match.
P partial Holmgaard
F age 29
F quantity 25 yards
P partial Coldicott
F age 19-year-old
> Newcastle finished with 10 men after their captain, Jamal Pereira-Lund, was shown a second yellow card for hauling down Coldicott with 12 minutes to play. Villa’s Ollie Brannagh and Holmgaard had been booked in the first half.
O team Newcastle
F number 10
P full Jamal Pereira-Lund
P partial Coldicott
F duration 12 minutes
O team Villa
P full Ollie Brannagh
P partial Holmgaard
> Villa had 58% of possession and 17 shots to Newcastle’s nine, in front of a crowd of 42,318, the biggest at the ground since the North Stand was rebuilt.
O team Villa
F percent 58%
F number 17
O team Newcastle
F number nine
F number 42,318
L facility North Stand
> “The first half was not us. We were scared of the ball,” Peralta Ruiz said. “At half-time I told them, ‘Nobody remembers the team that played safe.’ Kwabena listened.
Q direct Joaquín Peralta Ruiz :: “The first half was not us. We were scared of the ball,”
P partial Peralta Ruiz
Q direct Joaquín Peralta Ruiz :: “At half-time I told them, ‘Nobody remembers the team that played safe.’ Kwabena listened.
P partial Kwabena
> “He is 23 and he plays like a man who has been in this league for 10 years. But I don’t want to talk about the table in October.”
Q direct Joaquín Peralta Ruiz :: “He is 23 and he plays like a man who has been in this league for 10 years. But I don’t want to talk about the table in October.”
F age 23
F duration 10 years
> Brekke was furious about the second booking. “It is a foul, yes. Is it a second yellow? For me, no,” the Norwegian said. He admitted his players had “lost their heads” and that Newcastle “deserved nothing” from the last 20 minutes.
P partial Brekke
Q direct Stellan Brekke :: “It is a foul, yes. Is it a second yellow? For me, no,”
Q direct Stellan Brekke :: “lost their heads”
O team Newcastle
Q direct Stellan Brekke :: “deserved nothing”
F duration 20 minutes
> Ferris-Quaye celebrated both goals in front of the Holte End, which Villa supporters have taken to calling “the Furnace” this season. A Newcastle official, speaking on condition of anonymity, said the club would “look at the footage” before deciding whether to appeal.
P partial Ferris-Quaye
L facility Holte End
O team Villa
Q scare - :: “the Furnace”
O team Newcastle
Q direct - :: “look at the footage”
> The win leaves Villa on 19 points from 10 games, two behind the leaders, Arsenal. Newcastle, who have lost three of their last four away matches and face a long trip home to Tyneside, host Tottenham Hotspur at St James’ Park on 26 October.
O team Villa
F number 19
F number 10
F number two
O team Arsenal
O team Newcastle
F number three
F number four
L region Tyneside
O team Tottenham Hotspur
L facility St James’ Park
F date 26 October
'''

ARTICLES['1488-mtr-tuen-ma-line-hung-shui-kiu-station-opens-yuen-long-scmp'] = r'''
> Hong Kong / Transport
L region Hong Kong
> New Hung Shui Kiu station on MTR’s Tuen Ma line opens, ‘a lifeline’ for 60,000 residents
L facility Hung Shui Kiu
O company MTR
L facility Tuen Ma
Q direct Chan Siu-fong :: ‘a lifeline’
F number 60,000
> HK$4.9 billion station expected to handle 38,000 passengers a day in its first year, MTR Corporation says
F money HK$4.9 billion
F number 38,000
O company MTR Corporation
> By Natalie Cheung Hoi-ying
P full Natalie Cheung Hoi-ying
> Published: 7:30pm, 27 Jan 2041
F time 7:30pm
F date 27 Jan 2041
> Passengers board the first train at Hung Shui Kiu station on Sunday morning. Photo: Edmond Fung Chi-wai
L facility Hung Shui Kiu
P full Edmond Fung Chi-wai
> Hong Kong’s newest railway station opened on Sunday at Hung Shui Kiu in Yuen Long, bringing the Tuen Ma line to a planned new town of 218,000 people and cutting the rail journey from the area to Kowloon by up to 20 minutes.
L region Hong Kong
L city Hung Shui Kiu
L city Yuen Long
L facility Tuen Ma
F number 218,000
L region Kowloon
F duration 20 minutes
> The first train left the HK$4.9 billion station at 5.55am, 35 minutes after the doors opened to a queue of about 300 railway enthusiasts, some of whom had waited since midnight.
F money HK$4.9 billion
F time 5.55am
F duration 35 minutes
F number 300
> “This is the first new station on an existing line that we have opened in more than a decade, and we built it without closing the Tuen Ma line for a single day,” said Dr Patrick Lai Chun-hei, operations director of the MTR Corporation.
Q direct Patrick Lai Chun-hei :: “This is the first new station on an existing line that we have opened in more than a decade, and we built it without closing the Tuen Ma line for a single day,”
L facility Tuen Ma
P full Patrick Lai Chun-hei
O company MTR Corporation
> Lai said trains would call at the station every 2.5 minutes at peak times, and that the company expected 38,000 passengers a day in the first year, rising to 90,000 by 2044 as the new town fills up.
P partial Lai
F duration 2.5 minutes
F number 38,000
F number 90,000
F date 2044
> Raymond Tse Kwok-leung, deputy secretary for transport and logistics, said the station was “the backbone” of the 714-hectare Hung Shui Kiu/Ha Tsuen New Development Area, where the government plans 61,000 flats and space for 150,000 jobs.
P full Raymond Tse Kwok-leung
Q direct Raymond Tse Kwok-leung :: “the backbone”
F quantity 714-hectare
L region Hung Shui Kiu/Ha Tsuen New Development Area
F number 61,000
F number 150,000
> The Transport and Logistics Bureau said in a statement that a bus interchange beside the station, with 14 routes to Tin Shui Wai, Tuen Mun and Shenzhen Bay Port, would open “in phases” by the end of the year.
O government Transport and Logistics Bureau
F number 14
L city Tin Shui Wai
L city Tuen Mun
L facility Shenzhen Bay Port
Q direct Transport and Logistics Bureau :: “in phases”
> Yuen Long district councillor Chan Siu-fong, who has campaigned for the station since 2036, called it “a lifeline”. “For 10 years, people here have taken a minibus to Tin Shui Wai and then squeezed onto a full train. An old man told me last week, ‘I will live to see it after all,’” she said.
L city Yuen Long
P full Chan Siu-fong
F date 2036
Q direct Chan Siu-fong :: “a lifeline”
Q direct Chan Siu-fong :: “For 10 years, people here have taken a minibus to Tin Shui Wai and then squeezed onto a full train. An old man told me last week, ‘I will live to see it after all,’”
F duration 10 years
L city Tin Shui Wai
> Residents were divided. Retired hawker Leung Mei-ling, 74, who lives in Ha Tsuen, said the trip to her daughter’s flat in Mong Kok now took 45 minutes instead of more than an hour. “My knees thank the MTR,” she said.
P full Leung Mei-ling
F age 74
L city Ha Tsuen
L city Mong Kok
F duration 45 minutes
Q direct Leung Mei-ling :: “My knees thank the MTR,”
O company MTR
> But a logistics worker surnamed Yip, 38, said a single journey to Hung Hom cost HK$17.40, “a big bite out of a day’s pay”, and that fares should be cut by a fifth for the new town’s first residents.
P partial Yip
F age 38
L city Hung Hom
F money HK$17.40
Q direct Yip :: “a big bite out of a day’s pay”
F fraction a fifth
> The station is the first on the network with a so-called “sponge roof” that stores rainwater for cleaning, and 3,200 square metres of solar panels on its concourse. A government source said a second entrance near Ping Ha Road had been delayed by six months by a land dispute. “It is a small piece of land with a big lawyer,” the source said.
Q scare - :: “sponge roof”
F quantity 3,200 square metres
L street Ping Ha Road
F duration six months
Q direct - :: “It is a small piece of land with a big lawyer,”
> About 2.1 million passengers use the Tuen Ma line each weekday, according to the company, which runs 10 lines across the city.
F number 2.1 million
L facility Tuen Ma
F number 10
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
