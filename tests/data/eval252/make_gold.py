#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval252 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval252/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1555-cork-event-centre-start-date-south-main-street-irish-examiner'] = r'''
> Cork
L region Cork
> Cork event centre finally gets a start date after 12 years of false dawns
L city Cork
F duration 12 years
> Work on the 6,000-capacity venue off South Main Street will begin on 4 May, with the first concert pencilled in for autumn 2044
F number 6,000
L street South Main Street
F date 4 May
F date 2044
> Eoin Ó Súilleabháin
P full Eoin Ó Súilleabháin
> Wed, 12 Mar, 2042 - 18:30
F date 12 Mar, 2042
F time 18:30
> Hoarding around the vacant site between South Main Street and Crosses Green, where the event centre will be built. Picture: Darragh Kane
L street South Main Street
L street Crosses Green
P full Darragh Kane
> Cork’s long-awaited event centre will finally get off the ground on 4 May, more than 12 years after the project’s last sod-turning, Cork City Council has confirmed.
L city Cork
F date 4 May
F duration 12 years
O government Cork City Council
> The council’s chief executive, Siobhán Ní Riain-Walsh, told a special meeting at City Hall on Tuesday that contracts had been signed with the builder, Lee Valley Construction, and that the total cost now stands at €142 million, almost three times the €50m estimate of the 2010s.
P full Siobhán Ní Riain-Walsh
L facility City Hall
O company Lee Valley Construction
F money €142 million
F number three
F money €50m
F date 2010s
> “This is the day the people of Cork have been waiting for,” Ms Ní Riain-Walsh said. “I know there were times when people stopped believing it would ever happen, and I understand why.
Q direct Siobhán Ní Riain-Walsh :: “This is the day the people of Cork have been waiting for,”
Q direct Siobhán Ní Riain-Walsh :: “I know there were times when people stopped believing it would ever happen, and I understand why.
L city Cork
P partial Ní Riain-Walsh
> “But the money is in place, the design is finished and the cranes will be on site within eight weeks.”
Q direct Siobhán Ní Riain-Walsh :: “But the money is in place, the design is finished and the cranes will be on site within eight weeks.”
F duration eight weeks
> Under the funding deal, the Government will put in €68m, the council €24m and the operator, Leeside Live Promotions, the remaining €50m, she said. The Department of Housing signed off on the final tranche last Friday.
O government Government
F money €68m
F money €24m
O company Leeside Live Promotions
F money €50m
O government Department of Housing
> Leeside Live’s managing director, Conor Buckley, 47, said the venue would host around 120 shows a year and could hold 6,000 people standing or 4,200 seated.
O company Leeside Live
P full Conor Buckley
F age 47
F number 120
F number 6,000
F number 4,200
> “Acts have been skipping Cork for 20 years because there was nowhere to put them. We lose them to Dublin, to Limerick, even to Killarney,” Mr Buckley said, adding that the first booking was already “pencilled in” for September 2044.
Q direct Conor Buckley :: “Acts have been skipping Cork for 20 years because there was nowhere to put them. We lose them to Dublin, to Limerick, even to Killarney,”
L city Cork
F duration 20 years
L city Dublin
L city Limerick
L city Killarney
P partial Buckley
Q direct Conor Buckley :: “pencilled in”
F date September 2044
> Not everyone is celebrating. Cork North-Central TD Thomas Kiely said the city had been “promised a shovel in the ground at least five times” and called on the Comptroller and Auditor General (C&AG) to examine the overruns.
L region Cork North-Central
P full Thomas Kiely
Q direct Thomas Kiely :: “promised a shovel in the ground at least five times”
F number five
O government Comptroller and Auditor General
O government C&AG
> “Nobody in this city is against an event centre. People are against being told ‘next year’ every year since 2029,” the TD said.
Q direct Thomas Kiely :: “Nobody in this city is against an event centre. People are against being told ‘next year’ every year since 2029,”
F date 2029
> On Oliver Plunkett Street, café owner Aoife Twomey, 36, said footfall had fallen by a third since 2039 and that a venue a ten-minute walk away could turn that around.
L street Oliver Plunkett Street
P full Aoife Twomey
F age 36
F fraction a third
F date 2039
F duration ten-minute
> “On a concert night we’d stay open till 11pm. That’s two extra staff, maybe three,” she said. “Half the street is hanging on for this.”
Q direct Aoife Twomey :: “On a concert night we’d stay open till 11pm. That’s two extra staff, maybe three,”
Q direct Aoife Twomey :: “Half the street is hanging on for this.”
F time 11pm
F number two
F number three
F fraction Half
> Cork Chamber, which represents some 1,200 businesses, said the venue would bring “at least €25m a year” into the city economy.
O nonprofit Cork Chamber
F number 1,200
Q direct Cork Chamber :: “at least €25m a year”
F money €25m
> The 26-month build will close Crosses Green and part of Wandesford Quay to traffic from 1 June, with a diversion via the South Link Road. Half of the 180 construction jobs are to go to apprentices from the Cork region, the council said.
F duration 26-month
L street Crosses Green
L street Wandesford Quay
F date 1 June
L street South Link Road
F fraction Half
F number 180
L region Cork
> A council official, who asked not to be named, put €11m of the overrun down to the so-called “river premium” of building beside the south channel of the Lee. “We won’t be announcing another date. This is the date,” he said.
F money €11m
Q scare - :: “river premium”
L geo Lee
Q direct - :: “We won’t be announcing another date. This is the date,”
'''

ARTICLES['1556-mississippi-delta-hospital-closes-labor-delivery-unit-indianola-npr'] = r'''
> Health
> A Mississippi hospital stops delivering babies. Some mothers now face a 70-mile drive
L region Mississippi
F quantity 70-mile
> By Maggie Thibodeaux
P full Maggie Thibodeaux
> March 3, 2043 5:00 AM ET
F date March 3, 2043
F time 5:00 AM ET
> Kendra Pollard, 29, who is 31 weeks pregnant, outside her home near Belzoni, Miss. Lou Ellen Batiste/Mississippi Public Broadcasting
P full Kendra Pollard
F age 29
F duration 31 weeks
L city Belzoni
L region Miss.
P full Lou Ellen Batiste
O media Mississippi Public Broadcasting
> For 41 years, babies in this corner of the Mississippi Delta have been born at Sunflower Valley Medical Center in Indianola. That ends on June 30.
F duration 41 years
L region Mississippi Delta
O other Sunflower Valley Medical Center
L city Indianola
F date June 30
> The 49-bed hospital announced last week that it will close its labor and delivery unit, citing a nurse shortage and a payer mix in which 72% of births are covered by Medicaid, which pays less than the cost of a delivery.
F number 49
F percent 72%
> "We delivered 212 babies last year. Ten years ago it was more than 400," said Dwayne Hollis, the hospital's chief executive. "Every delivery loses us about $3,100. I can't keep a unit open on those numbers and keep the rest of this hospital alive."
Q direct Dwayne Hollis :: "We delivered 212 babies last year. Ten years ago it was more than 400,"
Q direct Dwayne Hollis :: "Every delivery loses us about $3,100. I can't keep a unit open on those numbers and keep the rest of this hospital alive."
F number 212
F duration Ten years
F number 400
P full Dwayne Hollis
F money $3,100
> Hollis said the unit's 14 nurses and two midwives would be offered other jobs at the hospital, which will keep its emergency room open 24 hours a day.
P partial Hollis
F number 14
F number two
F duration 24 hours
> For Pollard, the news came at 31 weeks. She lives outside Belzoni in Humphreys County, and her due date is May 9. Her first two children were born in Indianola, a 35-minute drive. Now the closest hospitals that deliver babies are in Greenwood, 52 miles away, and Jackson, 70 miles to the south.
P partial Pollard
F duration 31 weeks
L city Belzoni
L region Humphreys County
F date May 9
F number two
L city Indianola
F duration 35-minute
L city Greenwood
F quantity 52 miles
L city Jackson
F quantity 70 miles
> "My last labor was four hours, start to finish," she said. "If this one goes any faster, I'm having a baby on Highway 49."
Q direct Kendra Pollard :: "My last labor was four hours, start to finish,"
Q direct Kendra Pollard :: "If this one goes any faster, I'm having a baby on Highway 49."
F duration four hours
L street Highway 49
> Dr. Anita Crowder-Lee, an obstetrician who has worked at Sunflower Valley since 2029, said the closure fits a pattern. Between 2036 and 2042, 37 rural hospitals in the South stopped delivering babies, according to the Delta Maternal Health Alliance, a nonprofit in Clarksdale.
P full Anita Crowder-Lee
O other Sunflower Valley
F date 2029
F date 2036
F date 2042
F number 37
L region South
O nonprofit Delta Maternal Health Alliance
L city Clarksdale
> "When a unit closes, women don't stop having babies. They have them farther away, with fewer checkups, and the outcomes get worse," Crowder-Lee said. "In some of these counties, one in five women already gets no prenatal care in the first trimester.
Q direct Anita Crowder-Lee :: "When a unit closes, women don't stop having babies. They have them farther away, with fewer checkups, and the outcomes get worse,"
Q direct Anita Crowder-Lee :: "In some of these counties, one in five women already gets no prenatal care in the first trimester.
P partial Crowder-Lee
F number one
F number five
> "Now add an hour on a two-lane road in the dark. That is what we are asking them to do."
Q direct Anita Crowder-Lee :: "Now add an hour on a two-lane road in the dark. That is what we are asking them to do."
F number two
> Humphreys County, where 1,850 women of childbearing age live, has become a so-called "maternity care desert," with no hospital offering obstetric care.
L region Humphreys County
F number 1,850
Q scare - :: "maternity care desert,"
> Dr. Raymond Okafor-Tate, the state's deputy health officer, said the Mississippi State Department of Health (MSDH) will station a mobile prenatal clinic in Belzoni two days a week from April 1 and train ambulance crews in Humphreys and Sunflower counties for emergency births.
P full Raymond Okafor-Tate
O government Mississippi State Department of Health
O government MSDH
L city Belzoni
F duration two days
F date April 1
L region Humphreys
L region Sunflower
> "It is not a replacement for a delivery room, and nobody at MSDH is pretending it is," he said. The department has set aside $1.2 million for the program over 18 months.
Q direct Raymond Okafor-Tate :: "It is not a replacement for a delivery room, and nobody at MSDH is pretending it is,"
O government MSDH
F money $1.2 million
F duration 18 months
> Births at the hospital have fallen 47% since 2032: Sunflower County has lost nearly a fifth of its residents in two decades.
F percent 47%
F date 2032
L region Sunflower County
F fraction a fifth
F duration two decades
> A nurse in the unit, who was not authorized to speak to reporters, said staff had heard talk of a closure "for at least a year" before it was announced.
Q direct - :: "for at least a year"
> Pollard has packed a bag and plans to stay with her sister in Greenwood from 38 weeks. "My husband has the number for the fire department on the fridge," she said, "just in case."
P partial Pollard
L city Greenwood
F duration 38 weeks
Q direct Kendra Pollard :: "My husband has the number for the fire department on the fridge,"
Q direct Kendra Pollard :: "just in case."
'''

ARTICLES['1557-flamengo-river-plate-copa-libertadores-final-penalties-centenario-montevideo-espn-fc'] = r'''
> Copa Libertadores
> Flamengo edge River Plate on penalties after 10-man thriller at the Centenario
O team Flamengo
O team River Plate
F number 10
L facility Centenario
> Goalkeeper Davi Monteiro saved twice in the shootout as the Brazilians won 4-3 on spot kicks after a 2-2 draw in Montevideo
P full Davi Monteiro
F score 4-3
F score 2-2
L city Montevideo
> Rodrigo Salvatierra, ESPN FC
P full Rodrigo Salvatierra
O media ESPN FC
> Nov 28, 2043, 09:41 PM ET
F date Nov 28, 2043
F time 09:41 PM ET
> Flamengo's Thiago Bezerra Lins celebrates his equaliser at Estadio Centenario. Ernesto Ryan/Getty Images
O team Flamengo
P full Thiago Bezerra Lins
L facility Estadio Centenario
P full Ernesto Ryan
O company Getty Images
> MONTEVIDEO, Uruguay -- Flamengo are champions of South America again. Davi Monteiro saved two penalties and Caio Arruda rolled in the decisive kick as the Rio de Janeiro club beat River Plate 4-3 in a shootout on Saturday after a 2-2 draw that River finished with 10 men.
L city MONTEVIDEO
L country Uruguay
O team Flamengo
L continent South America
P full Davi Monteiro
F number two
P full Caio Arruda
L city Rio de Janeiro
O team River Plate
F score 4-3
F score 2-2
O team River
F number 10
> A crowd of 58,412 packed the Centenario, where neutral Uruguayan fans mostly sided with the Argentines. River went ahead in the 17th minute when Facundo Iturralde, 19, curled a 25-yard free kick over the wall.
F number 58,412
L facility Centenario
O team River
P full Facundo Iturralde
F age 19
F quantity 25-yard
> The match turned just before half-time. River centre-back Ezequiel Sosa Paredes, already booked, pulled down Bezerra Lins on the edge of the box and was shown a second yellow card by Chilean referee Matías Olguín Reyes. Bezerra Lins headed in the equaliser from a corner four minutes after the restart.
O team River
P full Ezequiel Sosa Paredes
P partial Bezerra Lins
P full Matías Olguín Reyes
P partial Bezerra Lins
F duration four minutes
> Flamengo took the lead through substitute Wesley Andrade, known to fans as "Pimpolho," in the 71st minute, but River's Nahuel Benedetti, the tournament's top scorer with nine goals, levelled with 12 minutes left, stabbing home after Monteiro had parried Iturralde's shot. Neither side scored in the 30 minutes of extra time.
O team Flamengo
P full Wesley Andrade
Q scare - :: "Pimpolho,"
O team River
P full Nahuel Benedetti
F number nine
F duration 12 minutes
P partial Monteiro
P partial Iturralde
F duration 30 minutes
> In the shootout, Monteiro dived left to stop Benedetti's first kick and then kept out Gonzalo Ferreyra's attempt. Arruda, 33, sent River goalkeeper Julián Ocampo the wrong way with Flamengo's fifth.
P partial Monteiro
P partial Benedetti
P full Gonzalo Ferreyra
P partial Arruda
F age 33
O team River
P full Julián Ocampo
O team Flamengo
> "I told the boys at half-time: 'They have 10, we have the whole of Rio behind us,'" Flamengo coach Otávio Brandão Leme said. "It wasn't pretty. A final is not for pretty. It is for winning."
Q direct Otávio Brandão Leme :: "I told the boys at half-time: 'They have 10, we have the whole of Rio behind us,'"
Q direct Otávio Brandão Leme :: "It wasn't pretty. A final is not for pretty. It is for winning."
F number 10
L city Rio
O team Flamengo
P full Otávio Brandão Leme
> Brandão Leme, 58, has now won the competition twice with the club. Flamengo collect $24 million in prize money and a place at next year's Club World Cup.
P partial Brandão Leme
F age 58
O team Flamengo
F money $24 million
> River coach Hernán Villaverde was furious about the dismissal. "Two yellow cards in 40 minutes for a player who touched nobody? I have watched it three times," he said. "We played an hour with 10 and still nearly won it. I am proud of them, but the referee has to explain that to CONMEBOL, not to me."
O team River
P full Hernán Villaverde
Q direct Hernán Villaverde :: "Two yellow cards in 40 minutes for a player who touched nobody? I have watched it three times,"
Q direct Hernán Villaverde :: "We played an hour with 10 and still nearly won it. I am proud of them, but the referee has to explain that to CONMEBOL, not to me."
F number Two
F duration 40 minutes
F number three
F number 10
O nonprofit CONMEBOL
> South American football's governing body said in a statement that the referee's report would be reviewed "in the normal way" and that it had received no formal complaint from River.
Q direct CONMEBOL :: "in the normal way"
O team River
> Iturralde, the youngest scorer in a final since 2031, said he would not dwell on it. "Half of Buenos Aires is crying tonight. In a year we will be back," he said.
P partial Iturralde
F date 2031
Q direct Facundo Iturralde :: "Half of Buenos Aires is crying tonight. In a year we will be back,"
F fraction Half
L city Buenos Aires
> Flamengo fly home to Rio on Sunday, where the club expects more than 200,000 people on the streets of the city centre for a 3 p.m. parade from Candelária to Flamengo Park.
O team Flamengo
L city Rio
F number 200,000
F time 3 p.m.
L facility Candelária
L facility Flamengo Park
'''

ARTICLES['1558-st-pauls-bay-valletta-fast-ferry-cabinet-approval-times-of-malta'] = r'''
> Local
> Cabinet approves St Paul’s Bay-Valletta fast ferry link
O government Cabinet
L city St Paul’s Bay
L city Valletta
> Crossing to take 25 minutes, with first sailing planned for March 2043
F duration 25 minutes
F date March 2043
> Nicole Zammit Lautier
P full Nicole Zammit Lautier
> Wednesday, 11 February 2042, 06:30
F date 11 February 2042
F time 06:30
> 3 min read
F duration 3 min
> Commuters wait for a bus in Qawra during the morning rush hour. Photo: Kurt Azzopardi Grech
L city Qawra
P full Kurt Azzopardi Grech
> Cabinet has approved a new fast ferry link between St Paul’s Bay and Valletta, promising commuters from the north a 25-minute crossing instead of an hour or more on the Coast Road.
O government Cabinet
L city St Paul’s Bay
L city Valletta
F duration 25-minute
L street Coast Road
> Transport Minister Rachel Camilleri Ebejer told Times of Malta the service would run every 30 minutes from 6am to 9pm on weekdays, with two 250-seat catamarans sailing from a new pontoon at Buġibba to the Valletta Ferry Terminal at Marsamxett.
P full Rachel Camilleri Ebejer
O media Times of Malta
F duration 30 minutes
F time 6am
F time 9pm
F number two
F number 250
L city Buġibba
L facility Valletta Ferry Terminal
L geo Marsamxett
> “Some 14,000 cars a day go through the Kappara junction from the north. If we can take even a tenth of those drivers off the road, everybody gains,” the minister said.
Q direct Rachel Camilleri Ebejer :: “Some 14,000 cars a day go through the Kappara junction from the north. If we can take even a tenth of those drivers off the road, everybody gains,”
F number 14,000
L city Kappara
F fraction a tenth
> The contract, worth €38.6 million over 12 years, has been awarded to Malta Fast Link Ltd, a joint venture of two local shipping families, after a call for tenders by Transport Malta that attracted three bids.
F money €38.6 million
F duration 12 years
O company Malta Fast Link Ltd
F number two
O government Transport Malta
F number three
> A single fare will cost €2.50, or €1.20 for Tallinja card holders, and the vessels will cruise at up to 28 knots, according to Transport Malta, which said the route was “the missing link in our sea transport network”.
F money €2.50
F money €1.20
F quantity 28 knots
O government Transport Malta
Q direct Transport Malta :: “the missing link in our sea transport network”
> Malta Fast Link’s chief executive, Adrian Spiteri Debono, said the company expected about 4,000 passengers a day within two years.
O company Malta Fast Link
P full Adrian Spiteri Debono
F number 4,000
F duration two years
> “The sea has always been there. We just never used it properly for commuting,” he said. “Our catamarans carry 250 people and 40 bicycles each. They are not pleasure boats. They will leave on time, every time, in anything short of a gale.”
Q direct Adrian Spiteri Debono :: “The sea has always been there. We just never used it properly for commuting,”
Q direct Adrian Spiteri Debono :: “Our catamarans carry 250 people and 40 bicycles each. They are not pleasure boats. They will leave on time, every time, in anything short of a gale.”
F number 250
F number 40
> Mr Spiteri Debono said sailings could be cancelled on roughly 15 days a year because of rough seas, mostly between December and February.
P partial Spiteri Debono
F duration 15 days
> For Qawra resident Maria Borg Cassar, 44, who works as a nurse at Mater Dei Hospital, the news cannot come soon enough. She leaves home at 5.45am to start her shift at 7am.
L city Qawra
P full Maria Borg Cassar
F age 44
L facility Mater Dei Hospital
F time 5.45am
F time 7am
> “On a bad day it takes me an hour and 20 minutes to cover 16 kilometres. My daughter says I spend more time on the bus than with her,” Ms Borg Cassar said. “If the ferry is reliable, I will be on it.”
Q direct Maria Borg Cassar :: “On a bad day it takes me an hour and 20 minutes to cover 16 kilometres. My daughter says I spend more time on the bus than with her,”
Q direct Maria Borg Cassar :: “If the ferry is reliable, I will be on it.”
F duration 20 minutes
F quantity 16 kilometres
P partial Borg Cassar
> The Nationalist Party welcomed the link but questioned the cost. Opposition transport spokesman Mark Agius Ferrante said the pontoon at Buġibba had been “announced three times since 2038” and asked why the tender documents had not been published.
O party Nationalist Party
P full Mark Agius Ferrante
L city Buġibba
Q direct Mark Agius Ferrante :: “announced three times since 2038”
F number three
F date 2038
> “Nobody is against a ferry. We are against press releases dressed up as ferries,” he said.
Q direct Mark Agius Ferrante :: “Nobody is against a ferry. We are against press releases dressed up as ferries,”
> St Paul’s Bay mayor Ivan Muscat Tabone said residents were worried about parking near the pontoon, where some 300 spaces will be lost to the terminal building. A ministry spokesman said a 500-space park-and-ride at Xemxija would be ready “by the summer”.
L city St Paul’s Bay
P full Ivan Muscat Tabone
F number 300
F number 500
L city Xemxija
Q direct - :: “by the summer”
> Works on the pontoon are expected to take nine months, with Infrastructure Malta in charge of the marine works.
F duration nine months
O government Infrastructure Malta
'''

ARTICLES['1559-bozkurt-flood-reconstruction-kastamonu-homes-milestone-anadolu-agency'] = r'''
> Flood-hit Bozkurt reaches milestone as 2,000th rebuilt home handed over
L city Bozkurt
> Reconstruction in Black Sea district 78% complete, 22 months after deadly floods, says ministry
L geo Black Sea
F percent 78%
F duration 22 months
> Selin Aydoğan |14.09.2042 - Update : 14.09.2042
P full Selin Aydoğan
F date 14.09.2042
F date 14.09.2042
> KASTAMONU, Türkiye
L city KASTAMONU
L country Türkiye
> New housing blocks built by TOKİ on higher ground above the Ezine River in Bozkurt. (Emre Kılıçarslan - Anadolu Agency)
O government TOKİ
L geo Ezine River
L city Bozkurt
P full Emre Kılıçarslan
O media Anadolu Agency
> Reconstruction in Bozkurt, the district of Kastamonu province hit hardest by the floods of November 2040, passed a milestone on Saturday when the 2,000th new home was handed over to its owners.
L city Bozkurt
L region Kastamonu
F date November 2040
> Deputy Minister of Environment, Urbanization and Climate Change Murat Karaosmanoğlu said 2,000 of the 2,560 housing units planned for the district had been completed, or 78 percent, along with 140 shops and a new bazaar.
P full Murat Karaosmanoğlu
F number 2,000
F number 2,560
F percent 78 percent
F number 140
> "We promised our citizens in Bozkurt that no family would spend a third winter in a container. Today that promise is being kept," Karaosmanoğlu told Anadolu at the handover ceremony.
Q direct Murat Karaosmanoğlu :: "We promised our citizens in Bozkurt that no family would spend a third winter in a container. Today that promise is being kept,"
L city Bozkurt
P partial Karaosmanoğlu
O media Anadolu
> He said the remaining 560 units would be finished by May 31, 2043, and that the state had spent 9.8 billion Turkish liras ($212 million) on housing, roads and flood defenses in the district.
F number 560
F date May 31, 2043
F money 9.8 billion Turkish liras
F money $212 million
> The floods, which struck after 48 hours of heavy rain on Nov. 6-7, 2040, killed 31 people in Kastamonu, Sinop and Bartın provinces and destroyed or damaged more than 3,100 buildings. Bozkurt, a town of about 8,400 people squeezed between the mountains and the sea, lost almost half of its housing.
F duration 48 hours
F date Nov. 6-7, 2040
F number 31
L region Kastamonu
L region Sinop
L region Bartın
F number 3,100
L city Bozkurt
F number 8,400
F fraction half
> The new homes were built by the Housing Development Administration (TOKİ) on higher ground at least 800 meters from the riverbed, with the Ministry of Environment, Urbanization and Climate Change overseeing the design.
O government Housing Development Administration
O government TOKİ
F quantity 800 meters
O government Ministry of Environment, Urbanization and Climate Change
> Families who lost their homes receive a two-bedroom flat of 85 square meters and repay 40 percent of its cost over 20 years, with no interest, the ministry said.
F number two
F quantity 85 square meters
F percent 40 percent
F duration 20 years
> The Kastamonu Governor's Office said in a written statement that 412 families were still living in container homes near Abana and that all of them would be "moved into permanent housing before the snow."
O government Kastamonu Governor's Office
F number 412
L city Abana
Q direct Kastamonu Governor's Office :: "moved into permanent housing before the snow."
> Among those who received keys on Saturday was Hatice Yıldırımoğlu, 67, whose house on the riverbank was swept away.
P full Hatice Yıldırımoğlu
F age 67
> "I watched the water take my house at 3 a.m. For two years I lived in a container, with my grandson and my daughter-in-law," she said.
Q direct Hatice Yıldırımoğlu :: "I watched the water take my house at 3 a.m. For two years I lived in a container, with my grandson and my daughter-in-law,"
F time 3 a.m.
F duration two years
> "Now I have a balcony and I can see the sea. My neighbors call it the 'palace,' and I tell them a palace is anywhere the water can't reach."
Q direct Hatice Yıldırımoğlu :: "Now I have a balcony and I can see the sea. My neighbors call it the 'palace,' and I tell them a palace is anywhere the water can't reach."
> Civil engineer Kerem Özdemir-Tunç, who supervised the foundations for the contractor, said each block stands on piles driven 14 meters into the rock and was built to withstand a flood with a 500-year return period.
P full Kerem Özdemir-Tunç
F quantity 14 meters
F duration 500-year
> "The old town was built on the river's own bed. Nature came to take back what was hers," Özdemir-Tunç said. "We moved the homes, we did not try to fight the river."
Q direct Kerem Özdemir-Tunç :: "The old town was built on the river's own bed. Nature came to take back what was hers,"
Q direct Kerem Özdemir-Tunç :: "We moved the homes, we did not try to fight the river."
P partial Özdemir-Tunç
> Some residents are less satisfied. Shopkeeper Ali Rıza Demirbaş, 52, said rents in the new bazaar were 30% higher than in the old one and that only one in three of his former customers lived nearby.
P full Ali Rıza Demirbaş
F age 52
F percent 30%
F number one
F number three
> A municipal official, speaking on condition of anonymity, said the district's population had fallen by some 1,100 since the floods. "Some of the young people went to Istanbul and they are not coming back," the official said.
F number 1,100
Q direct - :: "Some of the young people went to Istanbul and they are not coming back,"
L city Istanbul
'''

ARTICLES['1560-keystone-valley-bancorp-buy-chesapeake-trust-regional-bank-deal-wall-street-journal'] = r'''
> Business | Finance
> Keystone Valley to Buy Chesapeake Trust in $3.4 Billion Regional-Bank Deal
O company Keystone Valley
O company Chesapeake Trust
F money $3.4 Billion
> The all-stock merger would create a lender with $61 billion in assets and 410 branches across six states, if the Federal Reserve signs off
F money $61 billion
F number 410
F number six
O government Federal Reserve
> By Daniel K. Arroway
P full Daniel K. Arroway
> Updated Oct. 6, 2042 6:12 pm ET
F date Oct. 6, 2042
F time 6:12 pm ET
> Keystone Valley’s headquarters in Harrisburg, Pa. The bank has grown through four acquisitions since 2034. Photo: Leah Montrose-Baptiste for The Wall Street Journal
O company Keystone Valley
L city Harrisburg
L region Pa.
F number four
F date 2034
P full Leah Montrose-Baptiste
O media The Wall Street Journal
> Keystone Valley Bancorp agreed to buy Chesapeake Trust Financial Corp. for about $3.4 billion in stock, the latest deal among midsize U.S. lenders racing to get bigger.
O company Keystone Valley Bancorp
O company Chesapeake Trust Financial Corp.
F money $3.4 billion
L country U.S.
> Under the terms announced Monday, Chesapeake Trust shareholders will receive 0.815 Keystone Valley share for each share they own, valuing the Annapolis, Md., bank at $47.20 a share. That is a 26% premium to Chesapeake Trust’s closing price Friday.
O company Chesapeake Trust
F number 0.815
O company Keystone Valley
L city Annapolis
L region Md.
F money $47.20
F percent 26%
O company Chesapeake Trust
> The combined bank would have about $61 billion in assets and 410 branches in Pennsylvania, Maryland, Virginia, Delaware, New Jersey and West Virginia, plus the District of Columbia. It would keep the Keystone Valley name and its Harrisburg headquarters, and close about 45 overlapping branches within 18 months of closing.
F money $61 billion
F number 410
L region Pennsylvania
L region Maryland
L region Virginia
L region Delaware
L region New Jersey
L region West Virginia
L region District of Columbia
O company Keystone Valley
L city Harrisburg
F number 45
F duration 18 months
> “This is two banks that grew up a couple of hours apart on I-83 and share the same customers and, frankly, the same competitors,” Keystone Valley Chief Executive Gregory T. Hallsworth said on a call with analysts. “Scale is no longer optional in this business.”
Q direct Gregory T. Hallsworth :: “This is two banks that grew up a couple of hours apart on I-83 and share the same customers and, frankly, the same competitors,”
Q direct Gregory T. Hallsworth :: “Scale is no longer optional in this business.”
F number two
L street I-83
O company Keystone Valley
P full Gregory T. Hallsworth
> Mr. Hallsworth, 61, will run the combined company. Chesapeake Trust’s chief executive, Denise Okonjo-Whitfield, will become president and join the board along with four Chesapeake directors.
P partial Hallsworth
F age 61
O company Chesapeake Trust
P full Denise Okonjo-Whitfield
F number four
O company Chesapeake
> On the same call, Ms. Okonjo-Whitfield said her board had weighed staying independent. “We looked hard at going it alone. The math on technology spending alone told us we’d be running to stand still,” she said.
P partial Okonjo-Whitfield
Q direct Denise Okonjo-Whitfield :: “We looked hard at going it alone. The math on technology spending alone told us we’d be running to stand still,”
> The banks expect to cut $190 million, or 14%, of combined annual expenses by 2045, largely by merging computer systems, and said they would take a one-time charge of $265 million.
F money $190 million
F percent 14%
F date 2045
F money $265 million
> The deal requires approval from the Fed, the Office of the Comptroller of the Currency and shareholders of both banks, and is expected to close in the second quarter of 2043. Regulators have taken five to nine months to clear deals of this size.
O government Fed
O government Office of the Comptroller of the Currency
F date 2043
F duration five
F duration nine months
> A person familiar with the matter said Keystone Valley had held informal talks with Fed staff in Philadelphia and Richmond over the summer and had been told there were “no obvious red flags.”
O company Keystone Valley
O government Fed
L city Philadelphia
L city Richmond
Q direct - :: “no obvious red flags.”
> Analysts were mixed. Priya Raman-Castellano of Brightwater Securities called the price “full but defensible” and said the combined bank would be the sixth-largest by deposits in the Mid-Atlantic.
P full Priya Raman-Castellano
O company Brightwater Securities
Q direct Priya Raman-Castellano :: “full but defensible”
L region Mid-Atlantic
> “The premium is rich for a bank growing loans at 3%, but the cost savings are real and they’re mostly in the back office, not the branches,” she said. “Investors will want to see a year of numbers before they believe it.”
Q direct Priya Raman-Castellano :: “The premium is rich for a bank growing loans at 3%, but the cost savings are real and they’re mostly in the back office, not the branches,”
Q direct Priya Raman-Castellano :: “Investors will want to see a year of numbers before they believe it.”
F percent 3%
> Keystone Valley shares fell 4.1% to $57.91 in New York trading Monday. Chesapeake Trust jumped 19%, to $44.06, below the offer price, a sign some investors doubt the deal will close as agreed.
O company Keystone Valley
F percent 4.1%
F money $57.91
L city New York
O company Chesapeake Trust
F percent 19%
F money $44.06
> The Federal Reserve has approved 11 bank mergers with more than $10 billion in assets since January 2041, and hasn’t rejected one outright, according to a tally by the so-called “Merger Watch” desk at Brightwater.
O government Federal Reserve
F number 11
F money $10 billion
F date January 2041
Q scare - :: “Merger Watch”
O company Brightwater
> Write to Daniel K. Arroway at daniel.arroway@wsj.com
P full Daniel K. Arroway
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
