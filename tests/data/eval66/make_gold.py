#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval66 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval66/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['439-leeds-liverpool-canal-leak-church-rishton-closure-boaters-lancashire-telegraph'] = r'''
> News
> Leeds and Liverpool Canal shut at Church for ten weeks after embankment leak
L geo Leeds and Liverpool Canal
L city Church
F duration ten weeks
> Liveaboard boaters say they are 'cut off at both ends' as £1.4m repair begins
Q direct Janet Duckworth :: 'cut off at both ends'
F money £1.4m
> By Zainab Hafejee
P full Zainab Hafejee
> Reporter
> Published: 18th March 2037
F date 18th March 2037
> Engineers lower the water level beside Church Kirk, where the leak was found (Image: Canal & River Trust)
L facility Church Kirk
O nonprofit Canal & River Trust
> A four-mile stretch of the Leeds and Liverpool Canal between Rishton and Clayton-le-Moors will be closed to boats until at least the end of May after engineers found water seeping through an embankment in Church.
F quantity four-mile
L geo Leeds and Liverpool Canal
L city Rishton
L city Clayton-le-Moors
L city Church
> The Canal & River Trust said a volunteer spotted a wet patch on the outer face of the bank, above Blackburn Road, on the morning of Sunday, 15th March. By that evening the bank was losing about 300 litres of water a minute.
O nonprofit Canal & River Trust
L street Blackburn Road
F date 15th March
F quantity 300 litres
> Stop planks were put in at Rishton and at Clayton-le-Moors on Monday, and the water along the stretch has been lowered by 60cm to take the pressure off the embankment, which opened in 1810.
L city Rishton
L city Clayton-le-Moors
F quantity 60cm
F date 1810
> In a statement, the trust said the repair would cost an estimated £1.4m and that the canal would reopen "as soon as it is safe to do so, and not a day sooner".
F money £1.4m
Q direct Canal & River Trust :: "as soon as it is safe to do so, and not a day sooner"
> Its North West regional director, Callum Ashworth, said ground investigations had found a void about 2.5 metres deep beneath the towpath, probably caused by water working its way through the clay lining over many years.
L region North West
P full Callum Ashworth
F quantity 2.5 metres
> "We know this is the worst possible time for people who live on their boats and for businesses that rely on the Easter holidays," he said. "But a breach here would send millions of litres of water into homes below the canal.
Q direct Callum Ashworth :: "We know this is the worst possible time for people who live on their boats and for businesses that rely on the Easter holidays,"
Q direct Callum Ashworth :: "But a breach here would send millions of litres of water into homes below the canal.
> "We would rather close it for ten weeks now than for ten months later."
Q direct Callum Ashworth :: "We would rather close it for ten weeks now than for ten months later."
F duration ten weeks
F duration ten months
> Church is the halfway point of the 127-mile canal, which links Leeds with Liverpool, and a plaque at the wharf marks the spot 63½ miles from each end.
L city Church
F quantity 127-mile
L city Leeds
L city Liverpool
F quantity 63½ miles
> Janet Duckworth, 67, who has lived on her narrowboat at Enfield Wharf in Clayton-le-Moors for 11 years, said boaters on the closed section had been given two days' notice to move off it or stay put until it reopens.
P full Janet Duckworth
F age 67
L facility Enfield Wharf
L city Clayton-le-Moors
F duration 11 years
F duration two days
> "We're cut off at both ends," she said. "The locks at Blackburn are shut for maintenance until April, and now this. I can't get to a pump-out, I can't get to a water point, and my nearest shop is a bus ride away."
Q direct Janet Duckworth :: "We're cut off at both ends,"
Q direct Janet Duckworth :: "The locks at Blackburn are shut for maintenance until April, and now this. I can't get to a pump-out, I can't get to a water point, and my nearest shop is a bus ride away."
L city Blackburn
> Rishton-based Hyndburn Boat Hire said it had cancelled 14 bookings worth about £23,000 over Easter and the May bank holidays, and would offer customers boats from its second base at Foulridge, near Colne, instead.
L city Rishton
O company Hyndburn Boat Hire
F number 14
F money £23,000
L city Foulridge
L city Colne
> Owner Imran Sidat said: "It's a big hit for a small firm. People come to us because you can go 23 miles from Blackburn to Barrowford without a single lock, and the bit that's shut is right in the middle of it."
P full Imran Sidat
Q direct Imran Sidat :: "It's a big hit for a small firm. People come to us because you can go 23 miles from Blackburn to Barrowford without a single lock, and the bit that's shut is right in the middle of it."
F quantity 23 miles
L city Blackburn
L city Barrowford
> Hyndburn MP Gemma Holt said she had written to the trust's chief executive asking for a weekly pump-out boat for the 30 or so boaters stranded on the closed stretch.
L region Hyndburn
P full Gemma Holt
F number 30
> The trust said a pump-out and water boat would run from Enfield Wharf every Tuesday and Friday from next week, and that the towpath would stay open apart from a 400-metre section near Church Kirk, where walkers and cyclists will be diverted along Blackburn Road and Market Street.
L facility Enfield Wharf
F quantity 400-metre
L facility Church Kirk
L street Blackburn Road
L street Market Street
> A Hyndburn Borough Council spokesperson said building control officers had checked six houses on Blackburn Road and found no damage. "There is no risk to residents at present and we are in daily contact with the trust," the spokesperson said.
O government Hyndburn Borough Council
F number six
L street Blackburn Road
Q direct - :: "There is no risk to residents at present and we are in daily contact with the trust,"
> The repair, by Preston-based contractor Ribblesdale Civil Engineering, will involve driving 180 steel sheet piles along 120 metres of the bank. The trust said it aimed to reopen the canal by 27th May.
L city Preston
O company Ribblesdale Civil Engineering
F number 180
F quantity 120 metres
F date 27th May
> Have you been affected by the canal closure? Email zainab.hafejee@newsquest.co.uk
'''

ARTICLES['440-orissa-hc-kalinganagar-sponge-iron-closure-spcb-jajpur-otv'] = r'''
> Odisha
L region Odisha
> Orissa HC refuses to lift closure of Kalinganagar sponge iron plant, says 'health cannot wait'
O government Orissa HC
L city Kalinganagar
Q direct Orissa High Court :: 'health cannot wait'
> By Itishree Mallick
P full Itishree Mallick
> Cuttack | Updated: Jan 19, 2038, 06:42 PM IST
L city Cuttack
F date Jan 19, 2038
F time 06:42 PM IST
> A sponge iron plant at Kalinganagar in Jajpur district. (File photo: OTV)
L city Kalinganagar
L region Jajpur
O media OTV
> The Orissa High Court on Tuesday refused to stay a closure order issued by the State Pollution Control Board (SPCB) against a sponge iron plant at Kalinganagar, holding that the "health of the people cannot wait for the company's balance sheet".
O government Orissa High Court
O government State Pollution Control Board
O government SPCB
L city Kalinganagar
Q direct Orissa High Court :: "health of the people cannot wait for the company's balance sheet"
> A Division Bench of Justice Pramila Senapati and Justice Hrushikesh Baral dismissed a writ petition filed by Shree Jagannath Ispat Private Limited, which had sought to quash the SPCB's order of December 22, 2037 directing it to shut its two kilns and disconnecting its power supply.
P full Pramila Senapati
P full Hrushikesh Baral
O company Shree Jagannath Ispat Private Limited
O government SPCB
F date December 22, 2037
F number two
> The SPCB had found during an inspection on November 24 that particulate emissions from the plant's main stack were 412 milligrams per normal cubic metre, more than four times the permitted limit of 100 milligrams.
O government SPCB
F date November 24
F quantity 412 milligrams per normal cubic metre
F number four
F quantity 100 milligrams
> Residents of Danagadi and Duburi had complained for over a year of black dust settling on paddy fields and inside homes. A health camp held by the Jajpur district administration in October found 86 cases of respiratory illness among 430 people examined in three villages.
L city Danagadi
L city Duburi
L region Jajpur
F number 86
F number 430
F number three
> "The petitioner's plea that closure will render 600 workers jobless is not without weight," the Bench observed. "But the right to breathe clean air flows from Article 21 of the Constitution, and it cannot be bartered for employment."
Q direct Orissa High Court :: "The petitioner's plea that closure will render 600 workers jobless is not without weight,"
F number 600
Q direct Orissa High Court :: "But the right to breathe clean air flows from Article 21 of the Constitution, and it cannot be bartered for employment."
> Appearing for the company, senior advocate Bibhuti Bhusan Nanda argued that the plant had spent Rs 4.2 crore on a new electrostatic precipitator since September and that the SPCB had not given it a hearing before its power was cut.
P full Bibhuti Bhusan Nanda
F money Rs 4.2 crore
O government SPCB
> The court noted that the precipitator was commissioned only on January 6, after the closure order, and directed the SPCB to carry out a fresh stack test within 15 days of an application by the company. The plant may restart only if the readings stay within limits for three days in a row, it said.
F date January 6
O government SPCB
F duration 15 days
F duration three days
> The Bench also directed the company to deposit Rs 25 lakh with the Jajpur District Legal Services Authority within four weeks, to be spent on health check-ups in the affected villages.
F money Rs 25 lakh
O government Jajpur District Legal Services Authority
F duration four weeks
> A senior official of the company, who did not wish to be named, told OTV that the firm would move the Supreme Court. "We have 600 families depending on this plant. We have done everything the pollution board asked of us," he said.
O media OTV
O government Supreme Court
Q direct - :: "We have 600 families depending on this plant. We have done everything the pollution board asked of us,"
F number 600
> Sarojini Dehury, a 52-year-old farmer from Chandia village who led the residents' intervention in the case, welcomed the verdict.
P full Sarojini Dehury
F age 52-year-old
L city Chandia
> "My grandson coughs all night. For two years nobody listened to us. Today the court has listened," she said over phone.
Q direct Sarojini Dehury :: "My grandson coughs all night. For two years nobody listened to us. Today the court has listened,"
F duration two years
> Kalinganagar, about 100 km from Bhubaneswar, is one of Odisha's largest steel hubs, with more than 30 plants and an installed capacity of over 20 million tonnes a year.
L city Kalinganagar
F quantity 100 km
L city Bhubaneswar
L region Odisha
F number 30
F quantity 20 million tonnes
> SPCB member secretary Ranjit Kumar Parida said the Board had issued closure directions to 11 units in the Kalinganagar and Angul-Talcher belts since April 2037, and that seven of them had reopened after installing pollution control equipment.
O government SPCB
P full Ranjit Kumar Parida
F number 11
L city Kalinganagar
L city Angul
L city Talcher
F date April 2037
F number seven
> "This order will guide every pending case. Industry has to understand that compliance is not optional in Odisha," Parida said.
Q direct Ranjit Kumar Parida :: "This order will guide every pending case. Industry has to understand that compliance is not optional in Odisha,"
L region Odisha
P partial Parida
'''

ARTICLES['441-hamrun-spartans-birkirkara-okafor-ibe-ta-qali-premier-league-times-of-malta'] = r'''
> Sport
> Okafor-Ibe header gives Ħamrun Spartans late win over ten-man Birkirkara
P partial Okafor-Ibe
O team Ħamrun Spartans
F number ten
O team Birkirkara
> Premier League: Birkirkara 1 Ħamrun Spartans 2
O other Premier League
O team Birkirkara
F score 1
O team Ħamrun Spartans
F score 2
> March 20, 2039 | Luke Grech Sant | 3 min read
F date March 20, 2039
P full Luke Grech Sant
F duration 3 min
> Chidera Okafor-Ibe (centre) celebrates his winner with team-mates at the National Stadium. Photo: Reuben Ciantar Fenech
P full Chidera Okafor-Ibe
L facility National Stadium
P full Reuben Ciantar Fenech
> Ħamrun Spartans moved four points clear at the top of the BOV Premier League after Chidera Okafor-Ibe headed a stoppage-time winner against ten-man Birkirkara at Ta’ Qali last night.
O team Ħamrun Spartans
F number four
O other BOV Premier League
P full Chidera Okafor-Ibe
F number ten
O team Birkirkara
L city Ta’ Qali
> The Spartans now have 53 points from 22 matches, with Floriana second on 49 and Birkirkara, who would have gone level on points with a win, staying third on 45.
O team Spartans
F number 53
F number 22
O team Floriana
F number 49
O team Birkirkara
F number 45
> In front of about 4,100 spectators, Birkirkara took the lead in the 17th minute when Isaac Spiteri Gonzi turned in Thiago Roncato’s low cross at the near post.
F number 4,100
O team Birkirkara
P full Isaac Spiteri Gonzi
P full Thiago Roncato
> Ħamrun, coached by the Italian Stefano Verderame, should have been level before the break, but Ognjen Vukadin’s shot from six yards was tipped over the bar by Jake Agius.
O team Ħamrun
P full Stefano Verderame
P full Ognjen Vukadin
F quantity six yards
P full Jake Agius
> The equaliser came eight minutes after the restart. Birkirkara captain Zak Cauchi Bartolo brought down Vukadin as he turned in the box, and Matthias Xuereb sent Agius the wrong way from the penalty spot.
F duration eight minutes
O team Birkirkara
P full Zak Cauchi Bartolo
P partial Vukadin
P full Matthias Xuereb
P partial Agius
> Cauchi Bartolo was shown a second yellow card on 71 minutes for a late challenge on Vukadin on the halfway line, and the Stripes spent the rest of the game defending deep.
P partial Cauchi Bartolo
F duration 71 minutes
P partial Vukadin
O team Stripes
> They almost held out. But in the second minute of stoppage time, Okafor-Ibe, who had come on for Ġużeppi Mallia with 15 minutes left, rose above Kyle Portelli to head Xuereb’s corner in off the underside of the bar.
P partial Okafor-Ibe
P full Ġużeppi Mallia
F duration 15 minutes
P full Kyle Portelli
P partial Xuereb
> “We did not play well for an hour,” Verderame said. “But this group never gives up. Chidera has waited three months for his chance and tonight he took it.”
Q direct Stefano Verderame :: “We did not play well for an hour,”
P partial Verderame
Q direct Stefano Verderame :: “But this group never gives up. Chidera has waited three months for his chance and tonight he took it.”
P partial Chidera
F duration three months
> The Nigerian striker, 23, joined from Sirens in the summer and had not scored in the league before last night. “I just closed my eyes and jumped,” he said.
F age 23
O team Sirens
Q direct Chidera Okafor-Ibe :: “I just closed my eyes and jumped,”
> Birkirkara coach Noel Saliba Dimech said his side had been “punished twice” for one moment, and questioned referee Jean-Paul Bonello’s decision to show Cauchi Bartolo a second yellow.
O team Birkirkara
P full Noel Saliba Dimech
Q direct Noel Saliba Dimech :: “punished twice”
F number one
P full Jean-Paul Bonello
P partial Cauchi Bartolo
> “With 11 men we were the better team for 70 minutes,” he said. “It is a big blow, but there are still eight games to play and we will not give up the race.”
Q direct Noel Saliba Dimech :: “With 11 men we were the better team for 70 minutes,”
F number 11
F duration 70 minutes
Q direct Noel Saliba Dimech :: “It is a big blow, but there are still eight games to play and we will not give up the race.”
F number eight
> Elsewhere, Floriana beat Sliema Wanderers 3-0 at the Centenary Stadium, while Marsaxlokk and Gżira United drew 1-1.
O team Floriana
O team Sliema Wanderers
F score 3-0
L facility Centenary Stadium
O team Marsaxlokk
O team Gżira United
F score 1-1
> Ħamrun host Floriana at Ta’ Qali next Saturday at 6pm.
O team Ħamrun
O team Floriana
L city Ta’ Qali
F time 6pm
> THE TEAMS
> BIRKIRKARA: J. Agius – N. Farrugia Sacco, Z. Cauchi Bartolo, K. Portelli, R. Bugeja – M. Scicluna, A. Pisani (80 L. Camenzuli), T. Roncato – I. Spiteri Gonzi, E. Attard (67 J. Mamo), S. Ellul (86 D. Vella Muscat).
O team BIRKIRKARA
P full J. Agius
P full N. Farrugia Sacco
P full Z. Cauchi Bartolo
P full K. Portelli
P full R. Bugeja
P full M. Scicluna
P full A. Pisani
P full L. Camenzuli
P full T. Roncato
P full I. Spiteri Gonzi
P full E. Attard
P full J. Mamo
P full S. Ellul
P full D. Vella Muscat
> ĦAMRUN SPARTANS: L. Debattista – G. Pace, R. Zammit Tabona, B. Nwachukwu, C. Galea – M. Xuereb, P. Sammut, Ġ. Mallia (75 C. Okafor-Ibe) – O. Vukadin, F. dos Santos (88 K. Buttigieg), A. Micallef Trigona.
O team ĦAMRUN SPARTANS
P full L. Debattista
P full G. Pace
P full R. Zammit Tabona
P full B. Nwachukwu
P full C. Galea
P full M. Xuereb
P full P. Sammut
P full Ġ. Mallia
P full C. Okafor-Ibe
P full O. Vukadin
P full F. dos Santos
P full K. Buttigieg
P full A. Micallef Trigona
> Referee: Jean-Paul Bonello.
P full Jean-Paul Bonello
> Yellow cards: Cauchi Bartolo, Scicluna, Pace, Cauchi Bartolo.
P partial Cauchi Bartolo
P partial Scicluna
P partial Pace
P partial Cauchi Bartolo
> Red card: Cauchi Bartolo.
P partial Cauchi Bartolo
> BOV Player of the Match: Ognjen Vukadin (Ħamrun Spartans).
P full Ognjen Vukadin
O team Ħamrun Spartans
'''

ARTICLES['442-wuc-water-cuts-mogoditshane-tlokweng-gaborone-dam-mmegi'] = r'''
> News
> WUC Extends Water Cuts To Mogoditshane, Tlokweng As Gaborone Dam Falls To 9%
O company WUC
L city Mogoditshane
L city Tlokweng
L facility Gaborone Dam
F percent 9%
> Boitumelo Kgosiemang
P full Boitumelo Kgosiemang
> Staff Writer
> Friday 21 October 2039 | 06:00 CAT
F date 21 October 2039
F time 06:00 CAT
> Running low: Gaborone Dam on Tuesday PIC: KAGISO MOTLHABANE
L facility Gaborone Dam
P full KAGISO MOTLHABANE
> The Water Utilities Corporation (WUC) will from Monday extend scheduled water cuts to Mogoditshane, Tlokweng, Gabane and Mmopane after the level of Gaborone Dam fell to 9.3 percent this week, its lowest since 2016.
O company Water Utilities Corporation
O company WUC
L city Mogoditshane
L city Tlokweng
L city Gabane
L city Mmopane
L facility Gaborone Dam
F percent 9.3 percent
F date 2016
> Under a new schedule released on Wednesday, the four villages will go without water for 12 hours on alternate days, from 6am to 6pm, while parts of Gaborone, including Block 8, Phase 4 and Extension 12, will continue to receive water only between 8pm and 5am.
F number four
F duration 12 hours
F time 6am
F time 6pm
L city Gaborone
L city Block 8
L city Phase 4
L city Extension 12
F time 8pm
F time 5am
> In a statement, WUC said the cuts were "necessary to stretch the available water until the rains" and urged customers to store water in clean, covered containers and to report leaks on its toll-free line.
O company WUC
Q direct Water Utilities Corporation :: "necessary to stretch the available water until the rains"
> Gaborone Dam, which holds 141 million cubic metres when full, has received little inflow since the 2038/39 rainy season brought only 212 millimetres of rain to its catchment, about half the long-term average, according to the Department of Meteorological Services.
L facility Gaborone Dam
F quantity 141 million cubic metres
F date 2038/39
F quantity 212 millimetres
F fraction half
O government Department of Meteorological Services
> The capital also draws water through the North-South Carrier (NSC), a 360-kilometre pipeline from Letsibogo and Dikgatlhong dams in the Central District. WUC said a burst near Palapye on 12 October cut deliveries to Gaborone by 40 percent for five days.
L facility North-South Carrier
L facility NSC
F quantity 360-kilometre
L facility Letsibogo
L facility Dikgatlhong
L region Central District
O company WUC
L city Palapye
F date 12 October
L city Gaborone
F percent 40 percent
F duration five days
> Minister of Lands and Water Affairs, Onalenna Sebego, told Parliament on Tuesday that government had approved P1.8 billion for a second NSC pipeline, with construction due to start in April 2040.
P full Onalenna Sebego
O government Parliament
F money P1.8 billion
L facility NSC
F date April 2040
> "We are not going to run out of water in Gaborone," Sebego said. "But we are asking every household to do its part, because one dam cannot carry a city of this size alone."
Q direct Onalenna Sebego :: "We are not going to run out of water in Gaborone,"
L city Gaborone
P partial Sebego
Q direct Onalenna Sebego :: "But we are asking every household to do its part, because one dam cannot carry a city of this size alone."
F number one
> Gaborone Bonnington North MP Precious Ketshabile said the ministry had known about the weaknesses of the pipeline "for at least ten years" and had done too little about them.
L region Gaborone Bonnington North
P full Precious Ketshabile
Q direct Precious Ketshabile :: "for at least ten years"
F duration ten years
> "Every October we are told the rains will save us. That is not a water policy, that is a prayer," she said.
Q direct Precious Ketshabile :: "Every October we are told the rains will save us. That is not a water policy, that is a prayer,"
> In Mogoditshane, residents said they had already gone without water for three days last week. Gift Mothibi, 34, who runs a hair salon near the Mogoditshane kgotla, said she had started buying water from private bowsers at P15 for 20 litres.
L city Mogoditshane
F duration three days
P full Gift Mothibi
F age 34
L city Mogoditshane
F money P15
F quantity 20 litres
> "I cannot wash hair without water. If I close two days a week, I lose P600," Mothibi said.
Q direct Gift Mothibi :: "I cannot wash hair without water. If I close two days a week, I lose P600,"
F duration two days
F money P600
P partial Mothibi
> A resident of Tlokweng, who asked not to be named, said the village had received no notice before the last cut. "We woke up and the taps were dry. Nobody told us anything," he said.
L city Tlokweng
Q direct - :: "We woke up and the taps were dry. Nobody told us anything,"
> WUC said customers who use more than 10 cubic metres in a month during the rationing period will pay P25.40 per cubic metre for every additional unit, up from P15.80, and a drought levy of 50 thebe per cubic metre will be added to all bills from November.
O company WUC
F quantity 10 cubic metres
F money P25.40
F money P15.80
F money 50 thebe
> Mines at Jwaneng and Orapa, which draw their water from their own wellfields, will not be affected, the corporation said.
L city Jwaneng
L city Orapa
> Bowsers will be stationed at the Tlokweng and Mogoditshane kgotlas on cut days from 7am, it added.
L city Tlokweng
L city Mogoditshane
F time 7am
'''

ARTICLES['443-magog-boat-wash-fee-zebra-mussels-memphremagog-sherbrooke-record'] = r'''
> Local News
> Magog votes $40 boat-wash fee to keep zebra mussels out of Memphremagog
L city Magog
F money $40
L geo Memphremagog
> By Émilie Gagnon-Vachon, Special to The Record
P full Émilie Gagnon-Vachon
O media The Record
> Tuesday, April 8, 2036
F date April 8, 2036
> A boat is launched at the Pointe Merry ramp in Magog. Photo: Émilie Gagnon-Vachon
L facility Pointe Merry
L city Magog
P full Émilie Gagnon-Vachon
> Magog city council voted 6-2 Monday night to make hull washing mandatory at every public launch on its stretch of Lake Memphremagog from May 15, and to charge non-residents $40 per boat for each wash.
L city Magog
F number 6-2
L geo Lake Memphremagog
F date May 15
F money $40
> Residents will pay $75 for a season pass, sold at city hall and at the wash station at Pointe Merry, which the city has run on a voluntary basis since 2033.
F money $75
L facility Pointe Merry
F date 2033
> The bylaw follows the discovery last September of zebra mussel larvae in water samples taken off Georgeville and in Fitch Bay by Memphremagog Conservation Inc. (MCI), the lake’s volunteer watchdog group. No adult mussels have yet been found.
L city Georgeville
L geo Fitch Bay
O nonprofit Memphremagog Conservation Inc.
O nonprofit MCI
> “Larvae are a warning, not yet an infestation,” said Louise Aubé-Hartley, MCI’s executive director. “We have perhaps two or three years to stop this, and washing every hull that comes in from another lake is the cheapest way to do it.
Q direct Louise Aubé-Hartley :: “Larvae are a warning, not yet an infestation,”
P full Louise Aubé-Hartley
O nonprofit MCI
Q direct Louise Aubé-Hartley :: “We have perhaps two or three years to stop this, and washing every hull that comes in from another lake is the cheapest way to do it.
F duration two
F duration three years
> “Once adults settle on the bottom, we are talking about millions of dollars a year in intake cleaning for Magog and Sherbrooke.”
Q direct Louise Aubé-Hartley :: “Once adults settle on the bottom, we are talking about millions of dollars a year in intake cleaning for Magog and Sherbrooke.”
L city Magog
L city Sherbrooke
> “Once they are in, you never get rid of them,” Mayor Marie-Pier Bouchard-Lessard said in French after the vote. “They clog water intakes, they cut swimmers’ feet, and taxpayers pay for the cleanup for decades.”
Q direct Marie-Pier Bouchard-Lessard :: “Once they are in, you never get rid of them,”
P full Marie-Pier Bouchard-Lessard
Q direct Marie-Pier Bouchard-Lessard :: “They clog water intakes, they cut swimmers’ feet, and taxpayers pay for the cleanup for decades.”
> The lake is the drinking-water source for Magog and for much of Sherbrooke, about 30 kilometres to the northeast.
L city Magog
L city Sherbrooke
F quantity 30 kilometres
> Coun. Jean-Sébastien Ouellet, who voted against the bylaw with Coun. Nathalie Lapointe-Boisvert, said the fee would simply push visitors to launch in Austin or Ogden, where there are no wash stations.
P full Jean-Sébastien Ouellet
P full Nathalie Lapointe-Boisvert
L city Austin
L city Ogden
> “We are putting a lock on the front door while the back door stays wide open,” Ouellet said.
Q direct Jean-Sébastien Ouellet :: “We are putting a lock on the front door while the back door stays wide open,”
P partial Ouellet
> Bouchard-Lessard said she would ask the MRC de Memphrémagog to adopt a common bylaw for all the municipalities around the lake before the 2037 season. The MRC’s warden, Réjean Thibodeau-Fortin, said in an interview that the idea had “broad support” among mayors but that smaller towns could not afford wash stations of their own.
P partial Bouchard-Lessard
O government MRC de Memphrémagog
F date 2037
O government MRC
P full Réjean Thibodeau-Fortin
Q direct Réjean Thibodeau-Fortin :: “broad support”
> “Forty dollars is nothing next to what the mussels would cost us,” said Heather McKellar-Doyon of Georgeville, who keeps a sailboat at the Magog marina. “I would pay double.”
Q direct Heather McKellar-Doyon :: “Forty dollars is nothing next to what the mussels would cost us,”
F money Forty dollars
P full Heather McKellar-Doyon
L city Georgeville
L city Magog
Q direct Heather McKellar-Doyon :: “I would pay double.”
> About a quarter of the lake lies in Vermont, where boaters launching at Prouty Beach in Newport, Vt., have been asked since 2035 to show a wash receipt, though the measure is voluntary, according to the Vermont Department of Environmental Conservation.
F fraction a quarter
L region Vermont
L facility Prouty Beach
L city Newport
L region Vt.
F date 2035
O government Vermont Department of Environmental Conservation
> The city expects about 4,800 washes a season, bringing in roughly $150,000, against $210,000 in costs to build and staff two new stations, at the municipal marina and at the Magog River launch on Merry Street.
F number 4,800
F money $150,000
F money $210,000
F number two
L geo Magog River
L street Merry Street
> Zebra mussels, native to the Black Sea region, reached the Great Lakes in the 1980s and were found in Lake Champlain, about 80 kilometres to the west, in 1993.
L geo Black Sea
L geo Great Lakes
F date 1980s
L geo Lake Champlain
F quantity 80 kilometres
F date 1993
> Boaters caught launching without a wash certificate face fines of $500 to $1,000 for a first offence. Council will review the bylaw after two seasons.
F money $500
F money $1,000
F number two
'''

ARTICLES['444-martin-heating-tender-specialised-criminal-court-kubicek-slovak-spectator'] = r'''
> Business
> Former head of Martin heating firm gets eight years over rigged tender
L city Martin
F duration eight years
> The Specialised Criminal Court also fined a Hungarian contractor €1.2 million. The verdict is not final.
O government Specialised Criminal Court
F money €1.2 million
> Kristína Ďurovcová
P full Kristína Ďurovcová
> 14. Feb 2040 at 15:04
F date 14. Feb 2040
F time 15:04
> The Specialised Criminal Court has a detached office in Banská Bystrica. (Source: TASR)
O government Specialised Criminal Court
L city Banská Bystrica
O media TASR
> The Specialised Criminal Court on Tuesday sentenced Rastislav Kubíček, the former CEO of the city-owned heating company Martinská teplárenská, to eight years in prison for rigging a €23.6-million tender to rebuild the heating plant in Martin, northern Slovakia.
O government Specialised Criminal Court
P full Rastislav Kubíček
O company Martinská teplárenská
F duration eight years
F money €23.6-million
L city Martin
L country Slovakia
> The three-member senate led by judge Ivana Šarišská also gave Kubíček’s former deputy, Miroslav Hanuliak, a four-year sentence suspended for five years, and fined the Hungarian company Pannon Hőtechnika Kft., based in Győr, €1.2 million.
F number three
P full Ivana Šarišská
P partial Kubíček
P full Miroslav Hanuliak
F duration four-year
F duration five years
O company Pannon Hőtechnika Kft.
L city Győr
F money €1.2 million
> The court also sentenced the company’s former managing director, Gábor Szentpéteri, 61, to three years in prison, suspended for five years. Szentpéteri, a Hungarian citizen, was tried in absentia.
P full Gábor Szentpéteri
F age 61
F duration three years
F duration five years
P partial Szentpéteri
> According to the indictment, Kubíček tailored the tender conditions in 2034 so that only Pannon Hőtechnika could meet them, and in return received at least €410,000 through Danubius Consulting, a firm registered in Komárno, between 2034 and 2036.
P partial Kubíček
F date 2034
O company Pannon Hőtechnika
F money €410,000
O company Danubius Consulting
L city Komárno
F date 2034
F date 2036
> The new gas-and-biomass plant, with an output of 48 MW, was handed over in December 2036, ten months behind schedule.
F quantity 48 MW
F date December 2036
F duration ten months
> “The defendant treated the city’s money as if it were his own,” Šarišská said when reading out the verdict. “He did so at a time when people in Martin were paying some of the highest heating bills in Slovakia.”
Q direct Ivana Šarišská :: “The defendant treated the city’s money as if it were his own,”
P partial Šarišská
Q direct Ivana Šarišská :: “He did so at a time when people in Martin were paying some of the highest heating bills in Slovakia.”
L city Martin
L country Slovakia
> Kubíček, 57, who has denied any wrongdoing, will appeal to the Supreme Court, his lawyer Marek Valach told the TASR newswire. He called the verdict “a construction without a single piece of direct evidence”.
P partial Kubíček
F age 57
O government Supreme Court
P full Marek Valach
O media TASR
Q direct Marek Valach :: “a construction without a single piece of direct evidence”
> The Prosecutor General’s Office (GP SR), which had sought ten years, said it would wait for the written verdict before deciding whether to appeal too.
O government Prosecutor General’s Office
O government GP SR
F duration ten years
> A source close to the defence, who spoke on condition of anonymity, told the daily SME that the appeal would focus on the testimony of a cooperating witness, a former Danubius Consulting employee. “The whole case stands on one man who bought himself a lighter sentence,” the source said.
O media SME
O company Danubius Consulting
Q direct - :: “The whole case stands on one man who bought himself a lighter sentence,”
F number one
> Heat prices in Martin rose by 31 percent in 2037 after the cost of the rebuilt plant overran by €6.8 million, according to the Regulatory Office for Network Industries (ÚRSO). About 14,000 households in the city are connected to the district heating network.
L city Martin
F percent 31 percent
F date 2037
F money €6.8 million
O government Regulatory Office for Network Industries
O government ÚRSO
F number 14,000
> In a statement, Pannon Hőtechnika said it “respects the court but disagrees with its conclusions” and that none of its current managers had been involved in the 2034 tender. The fine, equivalent to about HUF 470 million, is a heavy blow to the firm, which employs some 340 people in Győr and Mosonmagyaróvár, the Hungarian news site Portfolio reported.
O company Pannon Hőtechnika
Q direct Pannon Hőtechnika Kft. :: “respects the court but disagrees with its conclusions”
F date 2034
F money HUF 470 million
F number 340
L city Győr
L city Mosonmagyaróvár
O media Portfolio
> The case, dubbed “Horúca voda” (Hot Water) by Slovak media, was investigated by the police Office for Combating Organised Crime (ÚBOK), whose officers detained Kubíček at his home in Vrútky in October 2036 after a two-year investigation.
Q scare - :: “Horúca voda”
O government Office for Combating Organised Crime
O government ÚBOK
P partial Kubíček
L city Vrútky
F date October 2036
F duration two-year
> Martin mayor Zdenka Kováčiková said the city would seek €2.3 million in damages in civil proceedings.
L city Martin
P full Zdenka Kováčiková
F money €2.3 million
> “The money for this plant came from people’s heating bills. We want every cent of it back,” she said.
Q direct Zdenka Kováčiková :: “The money for this plant came from people’s heating bills. We want every cent of it back,”
> Hanuliak and Szentpéteri, the other two defendants, have not yet said whether they will appeal.
P partial Hanuliak
P partial Szentpéteri
F number two
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
