#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval67 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval67/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['445-stow-sheep-worrying-ewes-killed-galashiels-selkirk-sheriff-court-southern-reporter'] = r'''
> News
> Dog owner fined after pets killed 14 in-lamb ewes on hill farm near Stow
F number 14
L city Stow
> Sheriff tells Galashiels joiner that letting two dogs off the lead beside a field of pregnant sheep was 'reckless'
L city Galashiels
F number two
Q direct Alasdair Dunlop :: 'reckless'
> By Catriona Lunn
P full Catriona Lunn
> Court reporter
> Published 11th Mar 2038, 17:05 GMT
F date 11th Mar 2038
F time 17:05 GMT
> Sheep on the hill at Middletoun Mains, above the Gala Water valley, where the ewes were killed last April. Picture: Catriona Lunn
L facility Middletoun Mains
L geo Gala Water
P full Catriona Lunn
> A GALASHIELS man whose two dogs chased and killed 14 in-lamb ewes on a Borders hill farm has been fined £1,200 and ordered to pay £8,150 in compensation to the farmer.
L city GALASHIELS
F number two
F number 14
L region Borders
F money £1,200
F money £8,150
> Darren Hogg, 34, of Magdala Terrace, Galashiels, pleaded guilty at Selkirk Sheriff Court on Tuesday to being the owner of dogs that attacked and killed livestock, an offence under the Dogs (Protection of Livestock) (Amendment) (Scotland) Act 2021.
P full Darren Hogg
F age 34
L street Magdala Terrace
L city Galashiels
O government Selkirk Sheriff Court
> The court heard that Hogg had taken his German shepherd cross and a lurcher for a walk on a hill track above Stow at about 7.40am on April 19 last year, and had let both dogs off their leads at a stile.
P partial Hogg
L city Stow
F time 7.40am
F date April 19
> Within minutes the dogs had crossed a burn and got into a field of 62 ewes at Middletoun Mains, a hill farm off the A7 about two miles north of the village.
F number 62
L facility Middletoun Mains
L street A7
F quantity two miles
> Depute fiscal Lindsay Rennie said the farmer, Rory Elliot, 58, was alerted by a neighbour who heard the sheep and arrived on a quad bike to find the flock "scattered across three fields".
P full Lindsay Rennie
P full Rory Elliot
F age 58
Q direct Lindsay Rennie :: "scattered across three fields"
F number three
> "Nine ewes were dead when Mr Elliot got there, and a vet had to put down a further five that afternoon," Ms Rennie said. "Every one of them was carrying twins."
Q direct Lindsay Rennie :: "Nine ewes were dead when Mr Elliot got there, and a vet had to put down a further five that afternoon,"
F number Nine
P partial Elliot
F number five
P partial Rennie
Q direct Lindsay Rennie :: "Every one of them was carrying twins."
> Hogg, who had caught one of the dogs by the time police arrived, told officers he had "only turned his back for a second".
P partial Hogg
Q direct Darren Hogg :: "only turned his back for a second"
> Defence solicitor Euan Lockie said his client, a father of two who works as a joiner in Melrose, was "mortified" and had since rehomed the lurcher.
P full Euan Lockie
F number two
L city Melrose
Q direct Euan Lockie :: "mortified"
> "He has walked dogs on that path for 15 years without a single incident. He accepts that on this occasion he made a terrible error of judgment," Mr Lockie said.
Q direct Euan Lockie :: "He has walked dogs on that path for 15 years without a single incident. He accepts that on this occasion he made a terrible error of judgment,"
F duration 15 years
P partial Lockie
> Sentencing, Sheriff Alasdair Dunlop said it was fortunate that no one had been hurt trying to pull the dogs away from the sheep.
P full Alasdair Dunlop
> "Farmers in the Borders have spent years asking people to keep dogs on a lead near livestock, and this case shows exactly why," he said. "You made a reckless decision, and a family business has paid for it."
Q direct Alasdair Dunlop :: "Farmers in the Borders have spent years asking people to keep dogs on a lead near livestock, and this case shows exactly why,"
L region Borders
Q direct Alasdair Dunlop :: "You made a reckless decision, and a family business has paid for it."
> As well as the fine and compensation, Hogg was disqualified from keeping dogs for three years and must pay a £40 victim surcharge.
P partial Hogg
F duration three years
F money £40
> Speaking outside court, Mr Elliot told the Southern Reporter that the loss went well beyond the money.
P partial Elliot
O media Southern Reporter
> "Those were some of our best ewes, and they were due to lamb within a fortnight," he said. "You lose this year's lambs, and you lose the ewe lambs you'd have kept on for the next five or six years.
Q direct Rory Elliot :: "Those were some of our best ewes, and they were due to lamb within a fortnight,"
Q direct Rory Elliot :: "You lose this year's lambs, and you lose the ewe lambs you'd have kept on for the next five or six years.
F duration five
F duration six years
> "The compensation covers the vet and the carcases. It doesn't cover how it feels to walk that hill on a Sunday morning."
Q direct Rory Elliot :: "The compensation covers the vet and the carcases. It doesn't cover how it feels to walk that hill on a Sunday morning."
> Police Scotland said 31 attacks on livestock had been reported in the Scottish Borders in 2037, up from 22 the year before, and that most happened between March and May.
O government Police Scotland
F number 31
L region Scottish Borders
F date 2037
F number 22
> NFU Scotland's regional manager for the Borders, Morag Haldane, said livestock worrying cost Scottish farmers an estimated £2.9m a year.
O nonprofit NFU Scotland
L region Borders
P full Morag Haldane
F money £2.9m
> "Most dog owners do the right thing. But lambing gets going across the Borders next month, and one loose dog can undo a whole year's work in 20 minutes," she said.
Q direct Morag Haldane :: "Most dog owners do the right thing. But lambing gets going across the Borders next month, and one loose dog can undo a whole year's work in 20 minutes,"
L region Borders
F number one
F duration 20 minutes
> Scottish Borders Council said its rangers would put up new signs at 40 stiles and gates on core paths in the Gala Water and Lauderdale areas before lambing starts. A council spokesperson said the signs were "a reminder, not a telling-off".
O government Scottish Borders Council
F number 40
L geo Gala Water
L geo Lauderdale
Q direct - :: "a reminder, not a telling-off"
'''

ARTICLES['446-gashuunsukhait-coal-exports-record-umnugovi-khanbogd-montsame'] = r'''
> Economy
> Coal exports via Gashuunsukhait hit record 4.1 million tonnes in April
L facility Gashuunsukhait
F quantity 4.1 million tonnes
> 2038-05-06 11:42:07
F date 2038-05-06
F time 11:42:07
> Author: B.Tsolmon
P full B.Tsolmon
> Coal trucks and trains wait at the Gashuunsukhait border port in Umnugovi aimag. Photo: MONTSAME
L facility Gashuunsukhait
L region Umnugovi
O media MONTSAME
> Ulaanbaatar, May 6, 2038 /MONTSAME/. Mongolia exported a record 4.1 million tonnes of coal through the Gashuunsukhait-Ganqimaodu border crossing in April, 18.6 percent more than in March, according to the General Authority for Border Protection.
L city Ulaanbaatar
F date May 6, 2038
O media MONTSAME
L country Mongolia
F quantity 4.1 million tonnes
L facility Gashuunsukhait
L facility Ganqimaodu
F percent 18.6 percent
O government General Authority for Border Protection
> Of that, 2.9 million tonnes were carried by rail on the 233-kilometre Tavan Tolgoi-Gashuunsukhait railway and over the cross-border rail link that opened in 2036, while the rest crossed on about 1,250 trucks a day, the authority said.
F quantity 2.9 million tonnes
F quantity 233-kilometre
L facility Tavan Tolgoi
L facility Gashuunsukhait
F date 2036
F number 1,250
> In January-April 2038, coal exports totalled 29.6 million tonnes, up 22 percent year-on-year, and earned USD 3.46 billion, data from the National Statistics Office show. Coal accounted for 58 percent of the country's export revenue in the period.
F date January-April 2038
F quantity 29.6 million tonnes
F percent 22 percent
F money USD 3.46 billion
O government National Statistics Office
F percent 58 percent
> Speaking to MONTSAME, State Secretary of the Ministry of Mining and Heavy Industry G.Ankhbayar said the shift from trucks to rail had cut both costs and queues at the border.
O media MONTSAME
O government Ministry of Mining and Heavy Industry
P full G.Ankhbayar
> “Two years ago, a truck needed four or five days to cross at Gashuunsukhait. Today rail carries more than two-thirds of our coal to the border, and the average wait is under 10 hours,” G.Ankhbayar said.
Q direct G.Ankhbayar :: “Two years ago, a truck needed four or five days to cross at Gashuunsukhait. Today rail carries more than two-thirds of our coal to the border, and the average wait is under 10 hours,”
F duration Two years
F duration four
F duration five days
L facility Gashuunsukhait
F fraction two-thirds
F duration 10 hours
P full G.Ankhbayar
> He added that the ministry expects coal exports to reach 95 million tonnes in 2038, against 83.4 million tonnes last year, if demand from Chinese steel mills holds.
F quantity 95 million tonnes
F date 2038
F quantity 83.4 million tonnes
> The average export price of coking coal fell to USD 112 per tonne in April from USD 126 in January, as steel mills in Inner Mongolia and Hebei cut output, according to the ministry.
F money USD 112
F money USD 126
L region Inner Mongolia
L region Hebei
> Coal shipped by rail via Zamyn-Uud and Erlian, mostly from mines in Dornogovi and Sukhbaatar aimags, fell 6 percent to 310,000 tonnes in April.
L city Zamyn-Uud
L city Erlian
L region Dornogovi
L region Sukhbaatar
F percent 6 percent
F quantity 310,000 tonnes
> Khanbogd Coking Coal LLC, which mines the Ulaan Khad deposit in Khanbogd soum, said it shipped 612,000 tonnes in April, its highest monthly total since it began exporting in 2031.
O company Khanbogd Coking Coal LLC
L facility Ulaan Khad
L region Khanbogd
F quantity 612,000 tonnes
F date 2031
> Chief executive Ts.Munkh-Erdene said the company would invest MNT 186 billion (about USD 54 million) this year in a coal washing plant that will raise the share of washed coal in its exports from 30 percent to 70 percent.
P full Ts.Munkh-Erdene
F money MNT 186 billion
F money USD 54 million
F percent 30 percent
F percent 70 percent
> “Buyers in Baotou pay a premium of up to USD 20 a tonne for washed coal. With the plant, we stop selling dirt,” he said.
Q direct Ts.Munkh-Erdene :: “Buyers in Baotou pay a premium of up to USD 20 a tonne for washed coal. With the plant, we stop selling dirt,”
L city Baotou
F money USD 20
> Herders in neighbouring Tsogttsetsii soum, however, say dust from the trucks that still use the road to the border has damaged pasture along a 40-kilometre stretch.
L region Tsogttsetsii
F quantity 40-kilometre
> “When the wind blows from the road, the goats will not eat. We moved our ger twice last summer,” herder D.Oyunchimeg, 52, told MONTSAME.
Q direct D.Oyunchimeg :: “When the wind blows from the road, the goats will not eat. We moved our ger twice last summer,”
P full D.Oyunchimeg
F age 52
O media MONTSAME
> Local authorities in Umnugovi said 46 herder households received compensation totalling MNT 1.2 billion in 2037, and that a paved service road along the railway will be finished by October.
L region Umnugovi
F number 46
F money MNT 1.2 billion
F date 2037
> The Ministry of Mining and Heavy Industry said in a statement that a second track between Tavan Tolgoi and Gashuunsukhait “will be completed by the end of 2039, doubling capacity to 60 million tonnes a year.”
O government Ministry of Mining and Heavy Industry
L facility Tavan Tolgoi
L facility Gashuunsukhait
Q direct Ministry of Mining and Heavy Industry :: “will be completed by the end of 2039, doubling capacity to 60 million tonnes a year.”
F date 2039
F quantity 60 million tonnes
> The State Great Khural is due to debate in June a bill that would allow Erdenes Tavan Tolgoi JSC to sell coal to foreign buyers through the Mongolian Stock Exchange.
O government State Great Khural
O company Erdenes Tavan Tolgoi JSC
O company Mongolian Stock Exchange
'''

ARTICLES['447-taranaki-waikato-ranfurly-shield-henare-yarrow-stadium-stuff'] = r'''
> Rugby
> Late Hēnare try keeps Ranfurly Shield in Taranaki as Waikato fall agonisingly short
P partial Hēnare
L region Taranaki
O team Waikato
> The Amber and Blacks came back from 11 points down to beat the Mooloos 27-24 at Yarrow Stadium and make it five successful defences of the Log o' Wood.
O team Amber and Blacks
F number 11
O team Mooloos
F score 27-24
L facility Yarrow Stadium
F number five
> Toby Marsh
P full Toby Marsh
> 22:41, Sep 18 2038
F time 22:41
F date Sep 18 2038
> Taranaki wing Manaia Hēnare dives over for the winning try at Yarrow Stadium on Saturday night. GRANT MATTHEWS/STUFF
O team Taranaki
P full Manaia Hēnare
L facility Yarrow Stadium
P full GRANT MATTHEWS
O media STUFF
> Manaia Hēnare waited 78 minutes for his chance, and when it came the Taranaki wing did not waste it.
P full Manaia Hēnare
F duration 78 minutes
O team Taranaki
> The 21-year-old from Hāwera finished off a 60-metre move down the left edge to give the home side a 27-24 win over Waikato and keep the Ranfurly Shield in New Plymouth, in front of 12,640 people at Yarrow Stadium on Saturday night.
F age 21-year-old
L city Hāwera
F quantity 60-metre
F score 27-24
O team Waikato
L city New Plymouth
F number 12,640
L facility Yarrow Stadium
> It was Taranaki's fifth defence since they took the Shield off Canterbury in Christchurch last September, and by some distance the hardest.
O team Taranaki
O team Canterbury
L city Christchurch
> Waikato led 17-13 at half-time and 24-13 seven minutes after the break, when lock Lachie Pryde charged down a clearing kick from Taranaki first five-eighth Ryan Crowther and fell on the ball over the line. Harrison Cole converted, as he had both of Josh Tupou's first-half tries.
O team Waikato
F score 17-13
F score 24-13
F duration seven minutes
P full Lachie Pryde
O team Taranaki
P full Ryan Crowther
P full Harrison Cole
P full Josh Tupou
> Taranaki's reply came from halfback Corey Ward, who sniped from the base of a ruck 5 metres out in the 58th minute, and Crowther's conversion made it 20-24.
O team Taranaki
P full Corey Ward
F quantity 5 metres
P partial Crowther
F score 20-24
> Five minutes later Waikato were down to 14 when prop Viliami Taufa was shown a yellow card for a deliberate knock-on, and the Amber and Blacks spent the next 10 minutes camped in the Waikato half.
F duration Five minutes
O team Waikato
F number 14
P full Viliami Taufa
O team Amber and Blacks
F duration 10 minutes
O team Waikato
> They could not find a way through until the final two minutes. No 8 Sione Fifita, who had scored Taranaki's first try in the 26th minute, broke two tackles on halfway and found Hēnare, who stepped inside Tupou and dived over in the corner. Crowther's conversion from the touchline hit the upright and went over.
F duration two minutes
P full Sione Fifita
O team Taranaki
F number two
P partial Hēnare
P partial Tupou
P partial Crowther
> "I just backed my legs," Hēnare said. "Sione did all the hard work. I saw the line and thought, I'm not getting caught here, not in front of my nan."
Q direct Manaia Hēnare :: "I just backed my legs,"
P partial Hēnare
Q direct Manaia Hēnare :: "Sione did all the hard work. I saw the line and thought, I'm not getting caught here, not in front of my nan."
P partial Sione
> Taranaki coach Hemi Pōtae admitted his side had been "second best for an hour" and said the half-time talk had not been pretty.
O team Taranaki
P full Hemi Pōtae
Q direct Hemi Pōtae :: "second best for an hour"
> "We gave Waikato far too much ball in the first 40, and they're too good a side for that," he said. "But this group doesn't give the Shield away. Nobody wants to be the team that loses it."
Q direct Hemi Pōtae :: "We gave Waikato far too much ball in the first 40, and they're too good a side for that,"
O team Waikato
F duration 40
Q direct Hemi Pōtae :: "But this group doesn't give the Shield away. Nobody wants to be the team that loses it."
> Waikato captain Te Rangi Paewai-Kingi said his side had "handed it back to them" with a soft penalty count in the last quarter.
O team Waikato
P full Te Rangi Paewai-Kingi
Q direct Te Rangi Paewai-Kingi :: "handed it back to them"
> “You don’t get many cracks at the Log o’ Wood, and we had our hands on it,” he said. “That one will hurt for a while.”
Q direct Te Rangi Paewai-Kingi :: “You don’t get many cracks at the Log o’ Wood, and we had our hands on it,”
Q direct Te Rangi Paewai-Kingi :: “That one will hurt for a while.”
> Tupou, the Chiefs wing who was named in an All Blacks training squad last month, was the best player on the park for Waikato, scoring twice and beating 11 defenders.
P partial Tupou
O team Chiefs
O team All Blacks
O team Waikato
F number 11
> Crowther finished with 12 points from three conversions and two penalties, and Hēnare's try was his seventh of the NPC season, one more than Counties Manukau's Isaia Leota.
P partial Crowther
F number 12
F number three
F number two
P partial Hēnare
F number one
O team Counties Manukau
P full Isaia Leota
> Taranaki, who sit second on the table with 31 points from nine games, defend the Shield against Bay of Plenty at Yarrow Stadium on Saturday, September 25, kick-off 7.05pm. Waikato host Hawke's Bay at FMG Stadium Waikato in Hamilton on the same night.
O team Taranaki
F number 31
F number nine
O team Bay of Plenty
L facility Yarrow Stadium
F date September 25
F time 7.05pm
O team Waikato
O team Hawke's Bay
L facility FMG Stadium Waikato
L city Hamilton
> Taranaki 27 (Sione Fifita, Corey Ward, Manaia Hēnare tries; Ryan Crowther 3 cons, 2 pens) Waikato 24 (Josh Tupou 2, Lachie Pryde tries; Harrison Cole 3 cons, pen). HT: 13-17.
O team Taranaki
F score 27
P full Sione Fifita
P full Corey Ward
P full Manaia Hēnare
P full Ryan Crowther
F number 3
F number 2
O team Waikato
F score 24
P full Josh Tupou
F number 2
P full Lachie Pryde
P full Harrison Cole
F number 3
F score 13-17
'''

ARTICLES['448-kribi-port-overtakes-douala-processed-timber-exports-minfof-business-in-cameroon'] = r'''
> Forestry
> Kribi overtakes Douala as Cameroon’s main port for processed timber exports
L city Kribi
L city Douala
L country Cameroon
> Wednesday, 16 February 2039 14:35
F date 16 February 2039
F time 14:35
> Stacks of sawn ayous and sapelli in the timber yard of the Port of Kribi. (Photo: PAK)
L facility Port of Kribi
O government PAK
> (Business in Cameroon) - In 2038, the Port of Kribi shipped 612,400 cubic metres of sawn timber, veneer and plywood, or 54% of Cameroon’s processed timber exports, overtaking the Port of Douala for the first time, according to figures published on 14 February by the Ministry of Forestry and Wildlife (Minfof).
O media Business in Cameroon
F date 2038
L facility Port of Kribi
F quantity 612,400 cubic metres
F percent 54%
L country Cameroon
L facility Port of Douala
F date 14 February
O government Ministry of Forestry and Wildlife
O government Minfof
> Douala, which handled 71% of these exports five years ago, shipped 498,700 m3, down 12.3% from 2037. Total exports of processed timber rose 6.8% to 1.13 million m3, worth XAF396.5 billion (about €604 million), the ministry said.
L city Douala
F percent 71%
F duration five years
F quantity 498,700 m3
F percent 12.3%
F date 2037
F percent 6.8%
F quantity 1.13 million m3
F money XAF396.5 billion
F money €604 million
> The shift follows the opening in March 2037 of a dedicated timber terminal at Kribi, run by Kribi Bois Terminal SA, a joint venture between the Port Autonome de Kribi (PAK) and a group of exporters from the East region.
F date March 2037
L city Kribi
O company Kribi Bois Terminal SA
O government Port Autonome de Kribi
O government PAK
L region East
> Exporters say the terminal has cut the time their cargo spends at the port. “In Douala, a container of sawn timber could wait 12 to 15 days for a ship. In Kribi, it is four days,” said Marthe Ngo Bissou, managing director of Bois et Placages de l’Est (BPE), a veneer producer based in Bertoua.
Q direct Marthe Ngo Bissou :: “In Douala, a container of sawn timber could wait 12 to 15 days for a ship. In Kribi, it is four days,”
L city Douala
F duration 12
F duration 15 days
L city Kribi
F duration four days
P full Marthe Ngo Bissou
O company Bois et Placages de l’Est
O company BPE
L city Bertoua
> The road counts too. Trucks from Bertoua reach Kribi in about 14 hours, Ngo Bissou said, against 20 hours or more to Douala, where they often queue for a day to cross the Wouri bridge.
L city Bertoua
L city Kribi
F duration 14 hours
P partial Ngo Bissou
F duration 20 hours
L city Douala
L geo Wouri
> BPE moved all its exports to Kribi in 2038 and saved about XAF 410 million in demurrage and handling costs, she added.
O company BPE
L city Kribi
F date 2038
F money XAF 410 million
> In a statement, PAK said it plans to extend the timber yard by 6 hectares in 2039 and expects timber traffic “to exceed 750,000 cubic metres by 2040, provided the Edéa–Kribi railway is completed on schedule”.
O government PAK
F quantity 6 hectares
F date 2039
Q direct Port Autonome de Kribi :: “to exceed 750,000 cubic metres by 2040, provided the Edéa–Kribi railway is completed on schedule”
F quantity 750,000 cubic metres
F date 2040
L city Edéa
L city Kribi
> At the Port Autonome de Douala (PAD), officials play down the decline. Timber is “a small part of our business”, a PAD executive told Business in Cameroon on condition of anonymity, noting that the port handled more than 14.2 million tonnes of cargo in 2038.
O government Port Autonome de Douala
O government PAD
Q direct - :: “a small part of our business”
O government PAD
O media Business in Cameroon
F quantity 14.2 million tonnes
F date 2038
> Exporters warn, however, that the gains could be short-lived. From January 2040, timber sold to the European Union must comply with the EU deforestation regulation (EUDR), and only 38 of the 112 forest concessions in the East and South regions have been certified so far, according to Minfof.
F date January 2040
O intergovernmental European Union
O intergovernmental EU
F number 38
F number 112
L region East
L region South
O government Minfof
> “Kribi gives us a modern port, but Europe will ask where each plank came from. That is the real test for 2040,” said Joseph-Désiré Mvondo Abessolo, director of forests at Minfof.
Q direct Joseph-Désiré Mvondo Abessolo :: “Kribi gives us a modern port, but Europe will ask where each plank came from. That is the real test for 2040,”
L city Kribi
L continent Europe
F date 2040
P full Joseph-Désiré Mvondo Abessolo
O government Minfof
> China remained the largest buyer of Cameroonian sawn timber in 2038, taking 37% of the volume, ahead of Vietnam (14%), Belgium (9%) and Italy (8%). Most shipments to Europe still leave from Douala, where lines such as CMA CGM and MSC call weekly, while Asian buyers increasingly load at Kribi, where Kribi Conteneurs Terminal (KCT) has added two direct services to Shanghai and Ho Chi Minh City since 2037.
L country China
F date 2038
F percent 37%
L country Vietnam
F percent 14%
L country Belgium
F percent 9%
L country Italy
F percent 8%
L continent Europe
L city Douala
O company CMA CGM
O company MSC
L city Kribi
O company Kribi Conteneurs Terminal
O company KCT
F number two
L city Shanghai
L city Ho Chi Minh City
F date 2037
> Ludovic Amougou Ebanga
P full Ludovic Amougou Ebanga
'''

ARTICLES['449-walker-lake-water-leases-walker-river-paiute-tribe-mason-valley-nevada-independent'] = r'''
> Walker River Paiute Tribe, Mason Valley farmers strike deal to send water to Walker Lake
O government Walker River Paiute Tribe
L geo Mason Valley
L geo Walker Lake
> Marisol Etcheverry
P full Marisol Etcheverry
> April 12th, 2040 at 2:00 AM
F date April 12th, 2040
F time 2:00 AM
> Walker Lake, seen from U.S. 95 north of Hawthorne, on Saturday, April 7, 2040. (Marisol Etcheverry/The Nevada Independent)
L geo Walker Lake
L street U.S. 95
L city Hawthorne
F date April 7, 2040
P full Marisol Etcheverry
O media The Nevada Independent
> For more than a century, the water that fed Walker Lake has gone to alfalfa fields upstream in Mason Valley. Under an agreement signed this week, some of it will start flowing back.
L geo Walker Lake
L geo Mason Valley
> The Walker River Paiute Tribe and the Walker River Irrigation District signed a 10-year deal on Tuesday that will let the tribe lease up to 18,500 acre-feet of water a year from district farmers and send it through the tribe's reservation to the lake. The district's board approved it 4-1 at a meeting in Yerington.
O government Walker River Paiute Tribe
O government Walker River Irrigation District
F duration 10-year
F quantity 18,500 acre-feet
F number 4-1
L city Yerington
> The money for the leases, $41.2 million over the life of the deal, comes from the Walker Basin Restoration Program, which Congress created in 2009 and which is overseen by the U.S. Bureau of Reclamation.
F money $41.2 million
O government Congress
F date 2009
O government U.S. Bureau of Reclamation
> Walker Lake, a terminal lake about 100 miles southeast of Reno, has dropped more than 170 feet since 1882, when farmers began diverting the Walker River, and has lost about 75 percent of its volume, according to the U.S. Geological Survey.
L geo Walker Lake
F quantity 100 miles
L city Reno
F quantity 170 feet
F date 1882
L geo Walker River
F percent 75 percent
O government U.S. Geological Survey
> The lake now sits at about 3,910 feet above sea level, and its salinity has climbed to more than 22,000 milligrams per liter, too high for the Lahontan cutthroat trout that once drew anglers from across the West.
F quantity 3,910 feet
F quantity 22,000 milligrams per liter
L geo Lahontan
L region West
> "Our people are Agai Dicutta, the trout eaters. For a long time there were no trout to eat," Walker River Paiute Tribal Chairwoman Delphine Sam said in an interview at the tribal offices in Schurz. "This is the first time the water is coming back because we went and got it ourselves."
Q direct Delphine Sam :: "Our people are Agai Dicutta, the trout eaters. For a long time there were no trout to eat,"
O government Walker River Paiute
P full Delphine Sam
L city Schurz
Q direct Delphine Sam :: "This is the first time the water is coming back because we went and got it ourselves."
> Sam, whose grandfather fished the lake commercially in the 1950s, said the tribe would also use part of the water to raise Weber Reservoir on the reservation, where the tribe's own farmers have gone without irrigation water in three of the past five years.
P partial Sam
F date 1950s
L facility Weber Reservoir
F number three
F duration five years
> Upstream, the deal divides growers. Cody Frey, 47, who farms 640 acres of alfalfa and onions west of Yerington, said he signed up to lease a third of his water rights after two dry winters in a row.
P full Cody Frey
F age 47
F quantity 640 acres
L city Yerington
F fraction a third
F number two
> "Hay's at $210 a ton and my well's pulling sand. The lease pays me more for that water than the crop would, and I still get to farm the rest," Frey said. "Anybody who tells you this is the end of Mason Valley hasn't done the math."
Q direct Cody Frey :: "Hay's at $210 a ton and my well's pulling sand. The lease pays me more for that water than the crop would, and I still get to farm the rest,"
F money $210
P partial Frey
Q direct Cody Frey :: "Anybody who tells you this is the end of Mason Valley hasn't done the math."
L geo Mason Valley
> Another rancher, who asked not to be named because his neighbors are on both sides of the issue, called the leases "buy and dry with better manners" and said the board's lone no vote reflected wider unease.
Q direct - :: "buy and dry with better manners"
> In a statement, the irrigation district said the leases were voluntary and temporary and that the agreement "protects every decreed water right on the river."
Q direct Walker River Irrigation District :: "protects every decreed water right on the river."
> The Nevada Division of Water Resources still has to approve changes to the points of diversion, a process State Engineer Carla Ybarra said could take 90 to 120 days.
O government Nevada Division of Water Resources
P full Carla Ybarra
F duration 90
F duration 120 days
> Sudeep Balakrishnan, a hydrologist at the University of Nevada, Reno who studies the basin, said 18,500 acre-feet a year would raise the lake by about 1.5 feet a year if the weather cooperated, enough to slow the rise in salinity but not to reverse it.
P full Sudeep Balakrishnan
O education University of Nevada, Reno
F quantity 18,500 acre-feet
F quantity 1.5 feet
> "It stops the bleeding. It doesn't heal the patient," he said. "To bring the trout back, you need something like 50,000 acre-feet a year for a decade or more."
Q direct Sudeep Balakrishnan :: "It stops the bleeding. It doesn't heal the patient,"
Q direct Sudeep Balakrishnan :: "To bring the trout back, you need something like 50,000 acre-feet a year for a decade or more."
F quantity 50,000 acre-feet
> In Hawthorne, the Mineral County seat at the lake's south end, the agreement was welcomed with caution. Mineral County Commissioner Dale Haskins said the county, which went to court in 1994 to win water for the lake, had "heard promises before."
L city Hawthorne
L region Mineral County
L region Mineral County
P full Dale Haskins
F date 1994
Q direct Dale Haskins :: "heard promises before."
> The first leased water is expected to reach the lake in June, once the spring runoff from the Sierra Nevada has passed through Bridgeport Reservoir and down the East Walker River.
L geo Sierra Nevada
L facility Bridgeport Reservoir
L geo East Walker River
> Marisol Etcheverry covers the environment and rural Nevada. Reach her at metcheverry@thenevadaindependent.com.
P full Marisol Etcheverry
L region Nevada
'''

ARTICLES['450-thyboron-hvide-sande-sandeel-quota-cut-north-sea-cph-post'] = r'''
> Business
> Thyborøn braces as North Sea sandeel quota is cut by 40 percent
L city Thyborøn
L geo North Sea
F percent 40 percent
> Fishing towns on the west coast of Jutland fear a summer without their most valuable catch
L region Jutland
> Mette Kjærsgaard
P full Mette Kjærsgaard
> March 3rd, 2039 9:45 am
F date March 3rd, 2039
F time 9:45 am
> Sandeel trawlers moored in Thyborøn harbour. (Photo: Ritzau Scanpix/Lasse Kjeldgaard)
L city Thyborøn
O media Ritzau Scanpix
P full Lasse Kjeldgaard
> Denmark's sandeel fleet will be allowed to land just 118,000 tonnes in the North Sea this year, 40 percent less than in 2038, after EU fisheries ministers backed the European Commission's proposal in Brussels on Tuesday.
L country Denmark
F quantity 118,000 tonnes
L geo North Sea
F percent 40 percent
F date 2038
O intergovernmental EU
O intergovernmental European Commission
L city Brussels
> The cut, based on advice from the International Council for the Exploration of the Sea (ICES), is the third in four years and hits hardest in Thyborøn and Hvide Sande, where most of the 34 vessels that fish for sandeel – known in Danish as 'tobis' – are based.
O intergovernmental International Council for the Exploration of the Sea
O intergovernmental ICES
F duration four years
L city Thyborøn
L city Hvide Sande
F number 34
Q scare - :: 'tobis'
> Almost the entire catch is turned into fishmeal and fish oil, most of it at factories in Thyborøn, Esbjerg and Skagen that supply Norwegian and Scottish salmon farms.
L city Thyborøn
L city Esbjerg
L city Skagen
> "Last year we had our quota fished by the middle of May. This year I think we'll be done in three weeks," said Åge Nørgaard, 61, who has skippered the 42-metre trawler Kirsten Marie out of Thyborøn since 2011.
Q direct Åge Nørgaard :: "Last year we had our quota fished by the middle of May. This year I think we'll be done in three weeks,"
F duration three weeks
P full Åge Nørgaard
F age 61
F quantity 42-metre
L city Thyborøn
F date 2011
> "After that, the boat sits in the harbour and the crew go home. I have six men on board, and two of them have small children."
Q direct Åge Nørgaard :: "After that, the boat sits in the harbour and the crew go home. I have six men on board, and two of them have small children."
F number six
F number two
> The Danish Fishermen PO, which represents most of the fleet, estimates that the cut will cost vessels and factories around DKK 640 million (about €86 million) in lost revenue and put at least 180 jobs at risk in the municipalities of Lemvig and Ringkøbing-Skjern.
O nonprofit Danish Fishermen PO
F money DKK 640 million
F money €86 million
F number 180
L region Lemvig
L region Ringkøbing-Skjern
> "It is a dark day for Thyborøn and for Hvide Sande," the organisation's chairman, Niels-Ejner Bruun, told DR. He said the industry accepted that the stock was under pressure but questioned the scientists' figures for the Dogger Bank, where most of the Danish catch is taken.
Q direct Niels-Ejner Bruun :: "It is a dark day for Thyborøn and for Hvide Sande,"
L city Thyborøn
L city Hvide Sande
P full Niels-Ejner Bruun
O media DR
L geo Dogger Bank
> Ditte Kofoed Rasmussen, a senior researcher at DTU Aqua, which prepares the Danish input to ICES, said sandeel numbers in the central North Sea had been below the safe limit in four of the last six years.
P full Ditte Kofoed Rasmussen
O education DTU Aqua
O intergovernmental ICES
L geo North Sea
F number four
F duration six years
> "Sandeel are food for puffins, kittiwakes, mackerel and whiting. When there are too few of them, you see it everywhere in the ecosystem," she said.
Q direct Ditte Kofoed Rasmussen :: "Sandeel are food for puffins, kittiwakes, mackerel and whiting. When there are too few of them, you see it everywhere in the ecosystem,"
> At Vestkyst Fiskemel A/S in Thyborøn, which employs 96 people, production director Søren Thykjær said the factory would try to buy more blue whiting and fish trimmings from Norway and the Faroe Islands to keep its lines running.
O company Vestkyst Fiskemel A/S
L city Thyborøn
F number 96
P full Søren Thykjær
L country Norway
L region Faroe Islands
> "We can run at perhaps 60 percent of capacity on imported raw material, but it costs us 1.80 kroner more per kilo in freight," he said.
Q direct Søren Thykjær :: "We can run at perhaps 60 percent of capacity on imported raw material, but it costs us 1.80 kroner more per kilo in freight,"
F percent 60 percent
F money 1.80 kroner
> The Minister of Food, Agriculture and Fisheries, Rasmus Vinding Holm, told the Folketing's food committee on Wednesday that the government would set aside DKK 75 million for temporary lay-off support and for scrapping older vessels.
P full Rasmus Vinding Holm
O government Folketing
F money DKK 75 million
> Lemvig's mayor, Karen Overgaard Toft, called the package "a plaster on a broken leg" and said Thyborøn's harbour had lost a quarter of its landings since 2035.
L region Lemvig
P full Karen Overgaard Toft
Q direct Karen Overgaard Toft :: "a plaster on a broken leg"
L city Thyborøn
F fraction a quarter
F date 2035
> The European Commission said in a statement that the reduction was needed so that the stock "can rebuild to levels that support both the fishery and the seabirds that depend on it".
O intergovernmental European Commission
Q direct European Commission :: "can rebuild to levels that support both the fishery and the seabirds that depend on it"
> The sandeel season opens on April 1 and normally runs until the end of June. Under the new rules, each vessel's share will be fixed in advance, and unused quota may not be moved to the autumn fishery off Norway.
F date April 1
L country Norway
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
