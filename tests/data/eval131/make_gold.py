#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval131 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval131/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['829-adado-drought-water-price-displaced-herders-galmudug-hiiraan'] = r'''
> Drought pushes water to $12 a barrel in Adado as displaced herders crowd Galmudug boreholes
F money $12
L city Adado
L region Galmudug
> Hiiraan Online
O media Hiiraan Online
> Thursday March 10, 2039
F date March 10, 2039
> Herders wait with jerrycans and donkey carts at the Ceel Dhuub borehole on the edge of Adado on Tuesday. Photo: HOL/Abdiwahab Sheekh Nuur
L facility Ceel Dhuub
L city Adado
O media HOL
P full Abdiwahab Sheekh Nuur
> Adado (HOL) – The price of a 200-litre barrel of water has tripled to $12 in parts of Adado district, where three failed rainy seasons have dried up the berkads and pushed more than 40,000 displaced herders into camps around the town's two working boreholes, local officials said on Wednesday.
L city Adado
O media HOL
F quantity 200-litre
F money $12
L region Adado
F number three
F number 40,000
F number two
> The Gu rains, which normally fall between April and June, failed in 2037 and again in 2038, and the Deyr rains of late 2038 brought less than a third of the usual rainfall to central Somalia, according to the Food Security and Nutrition Analysis Unit (FSNAU).
F date 2037
F date 2038
F date 2038
F fraction a third
L country Somalia
O intergovernmental Food Security and Nutrition Analysis Unit
O intergovernmental FSNAU
> District commissioner Abdullahi Hersi Warfaa, who is widely known as "Dheere", said 41,300 people had registered at the camps since December.
P full Abdullahi Hersi Warfaa
Q scare - :: "Dheere"
F number 41,300
> "Most of these families lost more than half of their goats and camels on the road. They arrive with nothing," Warfaa told Hiiraan Online by phone. "The boreholes are running 18 hours a day and the generators are breaking one after the other."
Q direct Abdullahi Hersi Warfaa :: "Most of these families lost more than half of their goats and camels on the road. They arrive with nothing,"
F fraction half
P partial Warfaa
O media Hiiraan Online
Q direct Abdullahi Hersi Warfaa :: "The boreholes are running 18 hours a day and the generators are breaking one after the other."
F duration 18 hours
> Faadumo Cali Jimcaale, 52, walked 340 kilometres from Ceel Barde, near the Ethiopian border, with her seven children. In October she had 60 goats; she now has nine.
P full Faadumo Cali Jimcaale
F age 52
F quantity 340 kilometres
L city Ceel Barde
F number seven
F number 60
F number nine
> "The camels went first. Then the goats started falling on the road and we left them there," she said, sitting under a shelter of sticks and plastic sheeting. "Here at least there is water, if you can pay for it."
Q direct Faadumo Cali Jimcaale :: "The camels went first. Then the goats started falling on the road and we left them there,"
Q direct Faadumo Cali Jimcaale :: "Here at least there is water, if you can pay for it."
> The Galmudug Ministry of Humanitarian Affairs and Disaster Management said it had sent 14 water trucks to Adado, Guriceel and Dhusamareb and appealed to partners for $3.5 million. "The situation is beyond the capacity of the state," the ministry said in a statement.
O government Galmudug Ministry of Humanitarian Affairs and Disaster Management
F number 14
L city Adado
L city Guriceel
L city Dhusamareb
F money $3.5 million
Q direct Galmudug Ministry of Humanitarian Affairs and Disaster Management :: "The situation is beyond the capacity of the state,"
> In Mogadishu, the Somali Disaster Management Agency (SoDMA) said 2.6 million people across Somalia faced "crisis or worse" levels of hunger, and warned that the number could pass 3 million by June if the Gu rains fail again.
L city Mogadishu
O government Somali Disaster Management Agency
O government SoDMA
F number 2.6 million
L country Somalia
Q direct Somali Disaster Management Agency :: "crisis or worse"
F number 3 million
> Traders in Abudwak, 90 km to the west, said a barrel there sold for 400,000 Somali shillings, or about $7, while the price of a goat at the town's livestock market has fallen by 35 percent since January to $28.
L city Abudwak
F quantity 90 km
F money 400,000 Somali shillings
F money $7
F percent 35 percent
F money $28
> An aid worker with an international organisation in Dhusamareb, who asked not to be named because they are not authorised to speak to the media, said 86 suspected cholera cases had been recorded in two camps in the past week.
L city Dhusamareb
F number 86
F number two
> "If the Gu fails again in April, we will see deaths in numbers we have not seen since 2017," the aid worker said.
Q direct - :: "If the Gu fails again in April, we will see deaths in numbers we have not seen since 2017,"
F date 2017
> The Norwegian Refugee Council said it would start cash transfers of $70 a month to 3,500 households in Adado and Guriceel from March 15.
O nonprofit Norwegian Refugee Council
F money $70
F number 3,500
L city Adado
L city Guriceel
F date March 15
'''

ARTICLES['830-moga-ferozepur-farm-fires-stubble-ppcb-red-entries-tribune'] = r'''
> Punjab
L region Punjab
> Farm fires cross 2,000 as Moga, Ferozepur burn stubble ahead of wheat sowing
F number 2,000
L region Moga
L region Ferozepur
> 612 fresh incidents on Sunday alone; PPCB slaps Rs 14.6 lakh environmental compensation on farmers
F number 612
O government PPCB
F money Rs 14.6 lakh
> Gurkirat Singh Dhillon
P full Gurkirat Singh Dhillon
> Tribune News Service
O media Tribune News Service
> Updated At : 05:40 AM Oct 28, 2036 IST
F time 05:40 AM
F date Oct 28, 2036
> Smoke rises from a paddy field being cleared near Daudhar village in Moga district on Sunday. Tribune photo: Jaspal Singh Brar
L city Daudhar
L region Moga
O media Tribune
P full Jaspal Singh Brar
> Moga, October 27
L city Moga
F date October 27
> Punjab recorded 612 farm fires on Sunday, the highest single-day count of the season, taking the total since September 15 to 2,184, according to data compiled by the Punjab Remote Sensing Centre in Ludhiana. Moga (318) and Ferozepur (296) alone account for nearly 28 per cent of the cases.
L region Punjab
F number 612
F date September 15
F number 2,184
O government Punjab Remote Sensing Centre
L city Ludhiana
L region Moga
F number 318
L region Ferozepur
F number 296
F percent 28 per cent
> The Punjab Pollution Control Board (PPCB) has so far imposed environmental compensation of Rs 14.6 lakh on 584 farmers and made red entries in the revenue records of 211 of them, officials said. Farmers owning less than two acres pay Rs 5,000 per incident, those with two to five acres Rs 10,000 and bigger landowners Rs 30,000.
O government Punjab Pollution Control Board
O government PPCB
F money Rs 14.6 lakh
F number 584
F number 211
F quantity two acres
F money Rs 5,000
F quantity two
F quantity five acres
F money Rs 10,000
F money Rs 30,000
> At Daudhar, Harbhajan Singh, 63, who grows paddy on 11 acres, said he had no choice. "A happy seeder on rent costs Rs 2,500 an acre and our cooperative society has only one. My turn comes after November 10, and by then the window for wheat sowing is closing," he said.
L city Daudhar
P full Harbhajan Singh
F age 63
F quantity 11 acres
Q direct Harbhajan Singh :: "A happy seeder on rent costs Rs 2,500 an acre and our cooperative society has only one. My turn comes after November 10, and by then the window for wheat sowing is closing,"
F money Rs 2,500
F number one
F date November 10
> "Who will pay the interest on my loan of Rs 4 lakh if the wheat is late?" he asked.
Q direct Harbhajan Singh :: "Who will pay the interest on my loan of Rs 4 lakh if the wheat is late?"
F money Rs 4 lakh
> Mohinder Singh Dhudike, district secretary of the Kirti Kisan Union, said farmers would gherao the office of the Deputy Commissioner in Moga on Wednesday if the red entries were not withdrawn. The government, he said, was putting farmers "in the dock" for a problem it had created by pushing paddy for four decades.
P full Mohinder Singh Dhudike
O nonprofit Kirti Kisan Union
L city Moga
Q direct Mohinder Singh Dhudike :: "in the dock"
F duration four decades
> Moga Deputy Commissioner Ritika Bansal said 96 nodal officers and 410 village-level teams were on the ground. "We are not here to punish anyone. Our teams are trying to reach the farmer before the matchstick does," she said, adding that 1,240 crop residue management machines were still available with cooperative societies and custom hiring centres.
L city Moga
P full Ritika Bansal
F number 96
F number 410
Q direct Ritika Bansal :: "We are not here to punish anyone. Our teams are trying to reach the farmer before the matchstick does,"
F number 1,240
> The Punjab Agricultural University (PAU), Ludhiana, has advised farmers to mix the straw into the soil, which it says is "the only long-term answer". Punjab produces about 19.5 million tonnes of paddy straw a year from 31.6 lakh hectares under the crop.
O education Punjab Agricultural University
O education PAU
L city Ludhiana
Q direct Punjab Agricultural University :: "the only long-term answer"
L region Punjab
F quantity 19.5 million tonnes
F quantity 31.6 lakh hectares
> By the same date last year the state had recorded 1,655 fires, officials said, while the 2034 season saw more than 9,000 by the end of October, the worst count since satellite monitoring began.
F number 1,655
F date 2034
F number 9,000
> The smoke has already reached the cities. The air quality index in Bathinda stood at 287 at 4 pm on Sunday, while Ludhiana recorded 241 and Amritsar 198, according to the Central Pollution Control Board (CPCB). Chandigarh was at 176.
L city Bathinda
F number 287
F time 4 pm
L city Ludhiana
F number 241
L city Amritsar
F number 198
O government Central Pollution Control Board
O government CPCB
L city Chandigarh
F number 176
'''

ARTICLES['831-italica-cross-country-gebremariam-jerotich-santiponce-results-world-athletics'] = r'''
> Report
> Gebremariam outkicks Chelangat as Jerotich retains her title in Itálica
P partial Gebremariam
P partial Chelangat
P partial Jerotich
L facility Itálica
> Ander Izagirre Etxeberria for World Athletics
P full Ander Izagirre Etxeberria
O other World Athletics
> 16 JAN 2039
F date 16 JAN 2039
> Adisu Gebremariam wins the men's race at the Cross Internacional de Itálica (© Javier Montaño)
P full Adisu Gebremariam
P full Javier Montaño
> Ethiopia's Adisu Gebremariam timed his kick to perfection on the heavy ground of Itálica on Sunday (16), beating Uganda's Joel Kiprop Chelangat by two seconds to win the 10.2km men's race at the 57th edition of the meeting in Santiponce, just outside Seville.
L country Ethiopia
P full Adisu Gebremariam
L facility Itálica
F date 16
L country Uganda
P full Joel Kiprop Chelangat
F duration two seconds
F quantity 10.2km
L city Santiponce
L city Seville
> In the women's race, Kenya's Nelly Jerotich Kimaiyo pulled away from Spain's María del Mar Céspedes Ruiz on the last lap to retain the title she won in 2038, clocking 26:12 for 8.1km.
L country Kenya
P full Nelly Jerotich Kimaiyo
L country Spain
P full María del Mar Céspedes Ruiz
F date 2038
F duration 26:12
F quantity 8.1km
> The Gold-level meeting, run over laps of 2,040 metres around the Roman amphitheatre and the olive groves behind it, drew 1,320 runners across all age categories.
F quantity 2,040 metres
F number 1,320
> A lead group of 11 was still together at 6km before Gebremariam, 23, and Chelangat broke away on the fourth of five laps. Spain's Íñigo Larrañaga Ezkurra held on for third in 30:39.
F number 11
F quantity 6km
P partial Gebremariam
F age 23
P partial Chelangat
F number five
L country Spain
P full Íñigo Larrañaga Ezkurra
F duration 30:39
> "When he went at the bell I thought, OK, he is strong today. But I know my last 400 metres," said Gebremariam, who finished fifth in Itálica last year. "The mud is like home, like Sululta in August."
Q direct Adisu Gebremariam :: "When he went at the bell I thought, OK, he is strong today. But I know my last 400 metres,"
F quantity 400 metres
P partial Gebremariam
L facility Itálica
Q direct Adisu Gebremariam :: "The mud is like home, like Sululta in August."
L city Sululta
> Chelangat was philosophical. "I am still learning to race in the cold," said the 19-year-old. "Two seconds is nothing. In Belfast in March it will be different."
P partial Chelangat
Q direct Joel Kiprop Chelangat :: "I am still learning to race in the cold,"
F age 19-year-old
Q direct Joel Kiprop Chelangat :: "Two seconds is nothing. In Belfast in March it will be different."
F duration Two seconds
L city Belfast
> Jerotich, 27, ran most of the women's race alongside Céspedes, who was cheered on by several thousand spectators lining the course. The Kenyan made her move with 600 metres to go and won by four seconds.
P partial Jerotich
F age 27
P partial Céspedes
F quantity 600 metres
F duration four seconds
> Ireland's Ottilie Brennan was fourth, 28 seconds behind the winner, after a fall on the second lap. Conditions were the toughest in years after 38 millimetres of rain fell on Saturday, the organisers said.
L country Ireland
P full Ottilie Brennan
F duration 28 seconds
F quantity 38 millimetres
> "María made it very hard. Every time I looked, she was there," Jerotich said. Céspedes, a 31-year-old physiotherapist from Granada, called it "the best race of my life, and I still lost".
Q direct Nelly Jerotich Kimaiyo :: "María made it very hard. Every time I looked, she was there,"
P partial María
P partial Jerotich
P partial Céspedes
F age 31-year-old
L city Granada
Q direct María del Mar Céspedes Ruiz :: "the best race of my life, and I still lost"
> Gebremariam, who runs for the Oromia Police club, now heads to the Ethiopian trials in Addis Ababa on February 12, where the top six will be picked for the world championships in Belfast on March 21.
P partial Gebremariam
O team Oromia Police
L city Addis Ababa
F date February 12
F number six
L city Belfast
F date March 21
> The winners of the senior races each received €6,000, with €3,000 for the runners-up.
F money €6,000
F money €3,000
> Leading results
> Men (10.2km): 1 Adisu Gebremariam (ETH) 30:24; 2 Joel Kiprop Chelangat (UGA) 30:26; 3 Íñigo Larrañaga Ezkurra (ESP) 30:39; 4 Tesfaye Wolde Gidey (ETH) 30:47; 5 Fabrizio Dal Lago (ITA) 30:55
F quantity 10.2km
P full Adisu Gebremariam
L country ETH
F duration 30:24
P full Joel Kiprop Chelangat
L country UGA
F duration 30:26
P full Íñigo Larrañaga Ezkurra
L country ESP
F duration 30:39
P full Tesfaye Wolde Gidey
L country ETH
F duration 30:47
P full Fabrizio Dal Lago
L country ITA
F duration 30:55
> Women (8.1km): 1 Nelly Jerotich Kimaiyo (KEN) 26:12; 2 María del Mar Céspedes Ruiz (ESP) 26:16; 3 Hiwot Alemu Tsegaye (ETH) 26:31; 4 Ottilie Brennan (IRL) 26:40; 5 Faith Chepkirui Lagat (KEN) 26:48
F quantity 8.1km
P full Nelly Jerotich Kimaiyo
L country KEN
F duration 26:12
P full María del Mar Céspedes Ruiz
L country ESP
F duration 26:16
P full Hiwot Alemu Tsegaye
L country ETH
F duration 26:31
P full Ottilie Brennan
L country IRL
F duration 26:40
P full Faith Chepkirui Lagat
L country KEN
F duration 26:48
'''

ARTICLES['832-rose-valley-frost-halves-rose-harvest-kazanlak-rose-oil-price-novinite'] = r'''
> Business | June 7, 2038, Monday // 16:05 | Views: 1,412
F date June 7, 2038
F time 16:05
F number 1,412
> Late Frost Halves Harvest in Bulgaria's Rose Valley, Distillers Expect EUR 11,000 Rose Oil
L country Bulgaria
L geo Rose Valley
F money EUR 11,000
> Novinite.com (Sofia News Agency)
O media Novinite.com
O media Sofia News Agency
> Pickers in a rose field near Rozino, Karlovo municipality. Photo: BTA
L city Rozino
L region Karlovo
O media BTA
> Bulgaria's oil-bearing rose harvest, which ends this week in the Rose Valley, is expected to come in at about half of last year's, after two nights of frost on April 27 and 28 burned the buds in the fields around Kazanlak, Karlovo and Pavel Banya, growers and distillers said.
L country Bulgaria
L geo Rose Valley
F fraction half
F number two
F date April 27
F date 28
L city Kazanlak
L city Karlovo
L city Pavel Banya
> The National Institute of Meteorology and Hydrology (NIMH) measured minus 4.2 degrees Celsius at Kazanlak on the morning of April 28, the lowest late-April reading there since 1997. In the lower fields near Shipka, pickers found the buds brown and soft within days.
O government National Institute of Meteorology and Hydrology
O government NIMH
F quantity minus 4.2 degrees Celsius
L city Kazanlak
F date April 28
F date 1997
L city Shipka
> "We picked 1,900 kilograms of petals a day at this time last year. This week we are lucky to see 700," said Stoyanka Genova-Pencheva, who farms 14 hectares near Rozino with her two sons. "Three thousand kilos of petals make one kilo of oil. You can do the arithmetic."
Q direct Stoyanka Genova-Pencheva :: "We picked 1,900 kilograms of petals a day at this time last year. This week we are lucky to see 700,"
F quantity 1,900 kilograms
F quantity 700
P full Stoyanka Genova-Pencheva
F quantity 14 hectares
L city Rozino
F number two
Q direct Stoyanka Genova-Pencheva :: "Three thousand kilos of petals make one kilo of oil. You can do the arithmetic."
F quantity Three thousand kilos
F quantity one kilo
> Distilleries in the valley say the price of rose oil could reach EUR 11,000 per kilogram, up from EUR 7,800 in the 2037 season, though buyers in France and the United States are reluctant to pay it.
F money EUR 11,000
F money EUR 7,800
F date 2037
L country France
L country United States
> Bulgaria produced about 2,300 kilograms of rose oil last year, according to the Union of Rose Growers, and this year it expects between 1,100 and 1,300 kilograms.
F quantity 2,300 kilograms
O nonprofit Union of Rose Growers
F quantity 1,100
F quantity 1,300 kilograms
> Nedyalko Dimitrov, manager of the Rozova Kapka distillery in Skobelevo, said the plant had run for only 19 days this season instead of the usual 30. "The stills are standing cold by lunchtime," he said. "We pay the pickers, we pay the gas, and the oil is not there."
P full Nedyalko Dimitrov
O company Rozova Kapka
L city Skobelevo
F duration 19 days
F number 30
Q direct Nedyalko Dimitrov :: "The stills are standing cold by lunchtime,"
Q direct Nedyalko Dimitrov :: "We pay the pickers, we pay the gas, and the oil is not there."
> The Union of Rose Growers, which represents about 400 farms, has asked the Ministry of Agriculture and Food for compensation of EUR 600 per hectare. In a letter published on Friday, the union said the frost had hit growers "who have not yet recovered from the labour shortage of the last three seasons".
O nonprofit Union of Rose Growers
F number 400
O government Ministry of Agriculture and Food
F money EUR 600
Q direct Union of Rose Growers :: "who have not yet recovered from the labour shortage of the last three seasons"
F number three
> The ministry said State Fund Agriculture would assess the damage by July 15, and that payments would go only to plantations declared for direct payments this year.
O government State Fund Agriculture
F date July 15
> Pickers, many of them from Stara Zagora and Sliven, are paid EUR 0.35 per kilo of petals. Radka Ivanova, 58, who has picked roses in the valley for 31 seasons, said this year's campaign had been "short and sad".
L city Stara Zagora
L city Sliven
F money EUR 0.35
P full Radka Ivanova
F age 58
F number 31
Q direct Radka Ivanova :: "short and sad"
> The Rose Festival in Kazanlak went ahead as planned over the weekend, with the parade drawing around 20,000 visitors, the municipality said.
L city Kazanlak
F number 20,000
> Bulgaria and Türkiye together produce about 80% of the world's rose oil. Bulgarian rose oil has been registered as a protected geographical indication in the EU since 2014.
L country Bulgaria
L country Türkiye
F percent 80%
O intergovernmental EU
F date 2014
'''

ARTICLES['833-lemhi-county-commissioners-oppose-lemhi-river-water-lease-chinook-salmon-recorder-herald'] = r'''
> County votes 2-1 to oppose Lemhi River water lease for salmon
F number 2-1
L geo Lemhi River
> By Wade Lundgren-Pace
P full Wade Lundgren-Pace
> The Recorder-Herald
O media Recorder-Herald
> Mar 23, 2039
F date Mar 23, 2039
> Irrigation water spills through a headgate on the Lemhi River near Tendoy last summer. (Recorder-Herald file photo)
L geo Lemhi River
L city Tendoy
O media Recorder-Herald
> SALMON — Lemhi County commissioners voted 2-1 Monday to send a letter opposing a proposed 15-year lease that would keep 22 cubic feet per second of irrigation water in the Lemhi River during the late-summer low flows that strand young chinook salmon.
L city SALMON
L region Lemhi County
F number 2-1
F duration 15-year
F quantity 22 cubic feet per second
L geo Lemhi River
> The lease, negotiated by the Idaho Water Resource Board and the Upper Lemhi Water Users Association, would pay participating ranchers a combined $1.38 million, funded by the Bonneville Power Administration as mitigation for the federal dams on the lower Snake and Columbia rivers.
O government Idaho Water Resource Board
O nonprofit Upper Lemhi Water Users Association
F money $1.38 million
O government Bonneville Power Administration
L geo Snake
L geo Columbia
> Commissioners Rex Tolman and Kaylee Ahlquist-Borup voted for the letter. Commission Chairman Dwight Hammarlund cast the dissenting vote.
P full Rex Tolman
P full Kaylee Ahlquist-Borup
P full Dwight Hammarlund
> "Every acre that goes dry is property tax we don't collect and hay nobody grows," Tolman said. "Once that water is tied up for 15 years, you don't get it back for the next generation."
Q direct Rex Tolman :: "Every acre that goes dry is property tax we don't collect and hay nobody grows,"
P partial Tolman
Q direct Rex Tolman :: "Once that water is tied up for 15 years, you don't get it back for the next generation."
F duration 15 years
> Ahlquist-Borup said she had heard from 31 landowners, most of them between Leadore and Tendoy, and that only four supported the lease.
P partial Ahlquist-Borup
F number 31
L city Leadore
L city Tendoy
F number four
> Hammarlund, whose family has run cattle on Hayden Creek since 1911, said the county should not stand in the way of a voluntary deal. "Nobody is taking anybody's water. These are willing sellers getting paid," he said. "If we lose the fish, we'll have the feds in here telling us how to irrigate."
P partial Hammarlund
L geo Hayden Creek
F date 1911
Q direct Dwight Hammarlund :: "Nobody is taking anybody's water. These are willing sellers getting paid,"
Q direct Dwight Hammarlund :: "If we lose the fish, we'll have the feds in here telling us how to irrigate."
> The water users' association president, Lonnie Sprague, said 17 ranchers had signed letters of intent covering 2,650 acres. "Nobody's getting rich. It's $520 an acre a year for hay ground that's already short of water by August," Sprague said by phone.
P full Lonnie Sprague
F number 17
F quantity 2,650 acres
Q direct Lonnie Sprague :: "Nobody's getting rich. It's $520 an acre a year for hay ground that's already short of water by August,"
F money $520
P partial Sprague
> Spring chinook returns to the Lemhi have climbed from a low of 38 redds in 2035 to 214 last fall, according to the Idaho Department of Fish and Game. Biologists say the fish need at least 35 cfs at the L-6 diversion near the town of Lemhi, where the river runs beside State Highway 28, to reach their spawning grounds.
L geo Lemhi
F number 38
F date 2035
F number 214
O government Idaho Department of Fish and Game
F quantity 35 cfs
L city Lemhi
L street State Highway 28
> The Shoshone-Bannock Tribes, whose ancestral homeland includes the Lemhi Valley, said in a written comment that the lease was "a modest step toward keeping promises made in 1868."
O government Shoshone-Bannock Tribes
L geo Lemhi Valley
Q direct Shoshone-Bannock Tribes :: "a modest step toward keeping promises made in 1868."
F date 1868
> About 40 people attended the meeting at the Lemhi County Courthouse, 206 Courthouse Drive. A rancher from Baker, who did not give his name, told commissioners the lease was "a buyout on the installment plan."
F number 40
L facility Lemhi County Courthouse
L address 206 Courthouse Drive
L city Baker
Q direct - :: "a buyout on the installment plan."
> The letter goes to the Idaho Department of Water Resources, which must approve the lease. Written comments are due by April 14, and the board expects to decide in May.
O government Idaho Department of Water Resources
F date April 14
> The Salmon City Council has not taken a position on the lease.
O government Salmon City Council
'''

ARTICLES['834-loligo-squid-second-season-closed-early-falklands-fig-fifca-penguin-news'] = r'''
> Loligo catch slumps as second season closes ten days early
F duration ten days
> By Tansy Berntsen
P full Tansy Berntsen
> 21 October 2039
F date 21 October 2039
> The Golden Chalice unloading at FIPASS last week. Photo: Tansy Berntsen
L facility FIPASS
P full Tansy Berntsen
> THE Falkland Islands Government (FIG) closed the second Loligo squid season on Monday after catches fell to the lowest level recorded for the fishery, the Fisheries Department confirmed this week.
O government Falkland Islands Government
O government FIG
O government Fisheries Department
> The 16 licensed trawlers landed 9,870 tonnes between 15 August and 13 October, against 31,400 tonnes in the same season last year and a pre-season estimate of about 24,000 tonnes.
F number 16
F quantity 9,870 tonnes
F date 15 August
F date 13 October
F quantity 31,400 tonnes
F quantity 24,000 tonnes
> Director of Natural Resources Kelvin Pitaluga-Watts said the closure was the only responsible option. "The escapement target is there for a reason. If we fish the stock down this year, there is no squid next year," he told Penguin News.
P full Kelvin Pitaluga-Watts
Q direct Kelvin Pitaluga-Watts :: "The escapement target is there for a reason. If we fish the stock down this year, there is no squid next year,"
O media Penguin News
> He said surveys around Beauchene Island and in the "Loligo Box" east of Lively Island had found small, immature animals, which scientists link to warmer water over the Patagonian Shelf. Sea surface temperatures were 1.8°C above average in September.
L geo Beauchene Island
Q scare - :: "Loligo Box"
L region Loligo Box
L geo Lively Island
L geo Patagonian Shelf
F quantity 1.8°C
> The early closure will cost the Falklands an estimated £3.2 million in licence fees and transhipment revenue, according to the Treasury. Fishing income makes up around 40 per cent of government revenue.
L region Falklands
F money £3.2 million
O government Treasury
F percent 40 per cent
> Licence fees for the two Loligo seasons brought in £18.6 million in 2038. Most of the squid is frozen at sea and shipped from Stanley to Vigo, to be sold in Spain and Italy.
F number two
F money £18.6 million
F date 2038
L city Stanley
L city Vigo
L country Spain
L country Italy
> FIFCA chairman Glenn Marrable said local companies and their joint-venture partners in Vigo had already lost two weeks to bad weather in August. "Nobody is arguing with the science," he said. "But we have 16 crews, most of them on contract until December, and the banks in Vigo do not care about escapement targets.
O nonprofit FIFCA
P full Glenn Marrable
L city Vigo
F duration two weeks
Q direct Glenn Marrable :: "Nobody is arguing with the science,"
Q direct Glenn Marrable :: "But we have 16 crews, most of them on contract until December, and the banks in Vigo do not care about escapement targets.
F number 16
L city Vigo
> "We would like to sit down with FIG and look at a longer Illex season in February and March to make up some of the loss."
Q direct Glenn Marrable :: "We would like to sit down with FIG and look at a longer Illex season in February and March to make up some of the loss."
O government FIG
> The Falkland Islands Fishing Companies Association (FIFCA) represents 22 locally owned companies.
O nonprofit Falkland Islands Fishing Companies Association
O nonprofit FIFCA
F number 22
> MLA Carys Goss, who holds the natural resources portfolio, told the Standing Finance Committee on Wednesday that the shortfall "can be absorbed this year" from reserves, but warned that a second poor season would force cuts to the capital programme, including the new port at Stanley.
P full Carys Goss
O government Standing Finance Committee
Q direct Carys Goss :: "can be absorbed this year"
L city Stanley
> Some in Camp are less worried. "Squid comes and goes. Wool is what it is," said Mina Clausen, who farms 31,000 acres at Port Howard on West Falkland. "But when FIG cuts, the roads out here are always first."
L region Camp
Q direct Mina Clausen :: "Squid comes and goes. Wool is what it is,"
P full Mina Clausen
F quantity 31,000 acres
L city Port Howard
L geo West Falkland
Q direct Mina Clausen :: "But when FIG cuts, the roads out here are always first."
O government FIG
> The first Loligo season of 2040 is due to open on 24 February. Licences for the Illex fishery, worked mostly by Taiwanese, Korean and Spanish jiggers on the high seas, are issued from 1 February.
F date 2040
F date 24 February
F date 1 February
> Penguin News understands that FIG will also ask the South Atlantic Environmental Research Institute (SAERI) to look at whether the warm-water years of 2037 and 2039 are linked.
O media Penguin News
O government FIG
O nonprofit South Atlantic Environmental Research Institute
O nonprofit SAERI
F date 2037
F date 2039
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
