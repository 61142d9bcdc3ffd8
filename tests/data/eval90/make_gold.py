#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval90 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval90/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['583-ecta-coffee-exports-1-9-billion-usd-bensa-sidama-specialty-window-ethiopian-herald'] = r'''
> Business
> Coffee exports fetch 1.9 billion USD in nine months
F money 1.9 billion USD
F duration nine months
> BY MAHLET ASSEFA
P full MAHLET ASSEFA
> April 14, 2039
F date April 14, 2039
> A farmer turns red cherries on raised drying beds at a washing station in Bensa Woreda, Sidama Region. (Photo: ENA)
L region Bensa Woreda
L region Sidama Region
O media ENA
> ADDIS ABABA – Ethiopia secured 1.9 billion USD from the export of 286,400 tons of coffee in the first nine months of the 2031 E.C. fiscal year, the Ethiopian Coffee and Tea Authority (ECTA) announced.
L city ADDIS ABABA
L country Ethiopia
F money 1.9 billion USD
F quantity 286,400 tons
F duration nine months
F date 2031 E.C.
O government Ethiopian Coffee and Tea Authority
O government ECTA
> The revenue is 14 percent higher than in the same period of the previous fiscal year, when the country shipped 251,000 tons and earned 1.66 billion USD, ECTA Director General Gizachew Alemu Bekele told The Ethiopian Herald on Wednesday.
F percent 14 percent
F quantity 251,000 tons
F money 1.66 billion USD
O government ECTA
P full Gizachew Alemu Bekele
O media The Ethiopian Herald
> "This result shows that the reforms in the sector are bearing fruit. Farmers now see the price the world market pays for their coffee, and they answer with quality," Gizachew said.
Q direct Gizachew Alemu Bekele :: "This result shows that the reforms in the sector are bearing fruit. Farmers now see the price the world market pays for their coffee, and they answer with quality,"
P partial Gizachew
> According to the Director General, Germany, Saudi Arabia, the United States, Belgium and Japan remained the top five destinations, together buying 61 percent of the volume. South Korea and China were the fastest-growing markets, he indicated.
L country Germany
L country Saudi Arabia
L country United States
L country Belgium
L country Japan
F number five
F percent 61 percent
L country South Korea
L country China
> The Authority also opened a direct specialty trading window at the Ethiopia Commodity Exchange (ECX) on Megabit 24, 2031 E.C. (April 2, 2039), allowing cooperatives and farmers with more than five hectares to sell graded lots straight to foreign roasters.
O company Ethiopia Commodity Exchange
O company ECX
F date Megabit 24, 2031 E.C.
F date April 2, 2039
F quantity five hectares
> In Bensa Woreda of the Sidama Region, where coffee grows at 1,900 to 2,300 metres above sea level, farmers said the window had already changed the price paid at the farm gate.
L region Bensa Woreda
L region Sidama Region
F quantity 1,900
F quantity 2,300 metres
> Ayantu Dukamo Hirbaye, a mother of five who farms 2.5 hectares near the town of Daye, said she sold red cherries for 160 Birr per kilogram this harvest, up from 95 Birr two years ago.
P full Ayantu Dukamo Hirbaye
F number five
F quantity 2.5 hectares
L city Daye
F money 160 Birr
F money 95 Birr
F duration two years
> "Before, the collector decided the price and we had no choice. Now the cooperative tells us what the roaster in Germany pays for our lot," she said. "When my daughter finishes university in Hawassa, I want her to come back and run this farm as a business.
Q direct Ayantu Dukamo Hirbaye :: "Before, the collector decided the price and we had no choice. Now the cooperative tells us what the roaster in Germany pays for our lot,"
L country Germany
Q direct Ayantu Dukamo Hirbaye :: "When my daughter finishes university in Hawassa, I want her to come back and run this farm as a business.
L city Hawassa
> "That was not possible when a feresula of cherries sold for less than the cost of picking it."
Q direct Ayantu Dukamo Hirbaye :: "That was not possible when a feresula of cherries sold for less than the cost of picking it."
> The Galama Waro Farmers' Cooperative, which has 1,240 members, exported 18 containers of washed coffee this season through the Modjo dry port and Djibouti, according to its manager, Bekele Wario Hanko. Each container holds 320 bags of 60 kilograms.
O nonprofit Galama Waro Farmers' Cooperative
F number 1,240
F number 18
L facility Modjo
L city Djibouti
P full Bekele Wario Hanko
F number 320
F quantity 60 kilograms
> Bekele said one lot from the cooperative scored 89 points at a cupping in Addis Ababa and was bought by a Japanese roaster for 14.80 USD a pound, a price he described as "money our parents never dreamed of."
P partial Bekele
F number one
F number 89
L city Addis Ababa
F money 14.80 USD
Q direct Bekele Wario Hanko :: "money our parents never dreamed of."
> Farmers in neighbouring Aroresa and in Aleta Wondo said, however, that private collectors still set the price in kebeles without a cooperative. "Those without one still sell at whatever price the middleman gives," said Tsehay Lemma Gudeta, who farms near Yirgalem.
L region Aroresa
L city Aleta Wondo
Q direct Tsehay Lemma Gudeta :: "Those without one still sell at whatever price the middleman gives,"
P full Tsehay Lemma Gudeta
L city Yirgalem
> The Authority has warned exporters against diverting coffee to the local market or smuggling it out through Moyale and Togochale, which it estimates costs the country 120 million USD a year in lost foreign currency.
L city Moyale
L city Togochale
F money 120 million USD
> In a statement issued on Wednesday, ECTA said: "Any exporter found supplying export-grade coffee to the local market or across the border will have its license revoked without further warning."
O government ECTA
Q direct Ethiopian Coffee and Tea Authority :: "Any exporter found supplying export-grade coffee to the local market or across the border will have its license revoked without further warning."
> An Addis Ababa-based exporter, who asked not to be named because his license is under review, said the tighter rules had raised costs. "We pay for the grading, we pay for the warehouse, and then the ship is late at Djibouti. Our margin is maybe three percent," he said.
L city Addis Ababa
Q direct - :: "We pay for the grading, we pay for the warehouse, and then the ship is late at Djibouti. Our margin is maybe three percent,"
L city Djibouti
F percent three percent
> Ethiopia, the birthplace of Arabica coffee, consumes roughly half of its production at home, according to the Ministry of Agriculture, and some five million households depend on the crop.
L country Ethiopia
F fraction half
O government Ministry of Agriculture
F number five million
> Gizachew said the Authority targets 2.6 billion USD in export earnings in the 2032 E.C. fiscal year and will open grading warehouses in Hawassa, Dilla and Bonga with a combined capacity of 90,000 tons by Hamle 2032 E.C.
P partial Gizachew
F money 2.6 billion USD
F date 2032 E.C.
L city Hawassa
L city Dilla
L city Bonga
F quantity 90,000 tons
F date Hamle 2032 E.C.
> "We want every bag that leaves this country to carry the name of the place where it was grown," he said.
Q direct Gizachew Alemu Bekele :: "We want every bag that leaves this country to carry the name of the place where it was grown,"
> The Ethiopian Herald Thursday 14 April 2039
O media Ethiopian Herald
F date 14 April 2039
'''

ARTICLES['584-ondarroa-bermeo-anchovy-glut-6000-kilo-cap-cofradia-santona-canneries-el-pais'] = r'''
> Economy and Business
> Anchovy glut sinks prices in Basque ports as the fleet caps its catch
> Purse seiners from Ondarroa, Bermeo and Getaria will land no more than 6,000 kilos a day each after the price at auction fell to €1.10 a kilo, the lowest in two decades
L city Ondarroa
L city Bermeo
L city Getaria
F quantity 6,000 kilos
F money €1.10
F duration two decades
> Iker Basterretxea Olano
P full Iker Basterretxea Olano
> Ondarroa - Apr 12, 2038 - 05:30 CEST
L city Ondarroa
F date Apr 12, 2038
F time 05:30 CEST
> Crew members unload anchovies from a purse seiner in the port of Ondarroa (Bizkaia) on April 9. JAVIER ETXANIZ
L city Ondarroa
L region Bizkaia
F date April 9
P full JAVIER ETXANIZ
> The anchovy that the Basque fleet waited all winter for has arrived in such numbers that it is no longer worth catching. On Friday, boxes of anchovy sold at the Ondarroa fish auction for €1.10 a kilo, a third of what the same fish fetched in April 2037 and the lowest price in two decades, according to the fishermen’s guilds.
L city Ondarroa
F money €1.10
F fraction a third
F date April 2037
F duration two decades
> On Sunday night, the guilds of Ondarroa, Bermeo, Getaria, Hondarribia and Lekeitio agreed that, from Monday, each boat will land no more than 6,000 kilos a day and the whole fleet will stay in port on Fridays. The cap will hold for at least three weeks.
L city Ondarroa
L city Bermeo
L city Getaria
L city Hondarribia
L city Lekeitio
F quantity 6,000 kilos
F duration three weeks
> “We are throwing money away every time we go out,” said Jon Ander Urkiza Bengoetxea, 47, who skippers a 35-meter purse seiner out of Ondarroa with a crew of 14. “The sea is full, the market is full and the canneries are full. Something had to give.”
Q direct Jon Ander Urkiza Bengoetxea :: “We are throwing money away every time we go out,”
P full Jon Ander Urkiza Bengoetxea
F age 47
F quantity 35-meter
L city Ondarroa
F number 14
Q direct Jon Ander Urkiza Bengoetxea :: “The sea is full, the market is full and the canneries are full. Something had to give.”
> Urkiza left port at 4 a.m. on Thursday and was back by 11 a.m. with 28,000 kilos in the hold. Buyers took only half of it.
P partial Urkiza
F time 4 a.m.
F time 11 a.m.
F quantity 28,000 kilos
F fraction half
> A spring of plenty
> The spring anchovy season, known on the Cantabrian coast as the “costera del bocarte,” runs from March to June. Scientists at AZTI, the Basque marine research center, estimated the spawning stock in the Bay of Biscay at 212,000 tonnes after their survey in May 2037, one of the highest figures since records began in 1987.
Q scare - :: “costera del bocarte,”
O nonprofit AZTI
L geo Bay of Biscay
F quantity 212,000 tonnes
F date May 2037
F date 1987
> The European Union set the quota for Bay of Biscay anchovy at 33,000 tonnes for 2038, of which Spain holds 90%. The French fleet, based in Saint-Jean-de-Luz and Hendaye, takes the rest.
O intergovernmental European Union
L geo Bay of Biscay
F quantity 33,000 tonnes
F date 2038
L country Spain
F percent 90%
L city Saint-Jean-de-Luz
L city Hendaye
> The fishery has not always been this generous. Brussels closed it from 2005 to 2010 after the stock collapsed, and older skippers in Ondarroa still remember boats being sold for scrap.
L city Brussels
F date 2005
F date 2010
L city Ondarroa
> “Five years without anchovy taught us to respect the quota,” said Miren Larrañaga Ibarguren, who chairs the Ondarroa fishermen’s guild, the Cofradía San Pedro. “Now we have to learn something harder: not to catch everything we are allowed to.”
Q direct Miren Larrañaga Ibarguren :: “Five years without anchovy taught us to respect the quota,”
F duration Five years
P full Miren Larrañaga Ibarguren
L city Ondarroa
O nonprofit Cofradía San Pedro
Q direct Miren Larrañaga Ibarguren :: “Now we have to learn something harder: not to catch everything we are allowed to.”
> Canneries cannot keep up
> Much of the catch ends up in the anchovy canneries of Santoña, across the regional border in Cantabria, where the fish is cured in salt for months before it is filleted by hand. Ramón Gutiérrez Ruiz, the general manager of Conservas Ugarte Anaiak, said his plant had bought 1.4 million kilos since March and had no room for more.
L city Santoña
L region Cantabria
P full Ramón Gutiérrez Ruiz
O company Conservas Ugarte Anaiak
F quantity 1.4 million kilos
> “Our salting tanks are at 100%. I cannot buy fish that I have nowhere to put, whatever the price,” Gutiérrez said by phone.
Q direct Ramón Gutiérrez Ruiz :: “Our salting tanks are at 100%. I cannot buy fish that I have nowhere to put, whatever the price,”
F percent 100%
P partial Gutiérrez
> A buyer at the Ondarroa auction, who asked not to be named, said the glut had also hit the fresh market. “A kilo of fresh anchovy costs less than a coffee in Bilbao,” he said.
L city Ondarroa
Q direct - :: “A kilo of fresh anchovy costs less than a coffee in Bilbao,”
L city Bilbao
> The Basque Government’s fisheries department said it would ask Madrid to let boats that stay in port draw on an EU fund for temporary stoppages, worth €2.4 million to the Basque fleet this year. “The decision of the guilds is responsible and it has our support,” the department said in a statement.
O government Basque Government
L city Madrid
O intergovernmental EU
F money €2.4 million
Q direct Basque Government :: “The decision of the guilds is responsible and it has our support,”
> Not everyone on the quay agrees with the cap. Eneko Bilbao Arrieta, who skippers a smaller boat out of Mutriku, said the rule favored the big purse seiners of Bizkaia. “They fill 6,000 kilos in one haul. For us, that is the whole week,” he said.
P full Eneko Bilbao Arrieta
L city Mutriku
L region Bizkaia
Q direct Eneko Bilbao Arrieta :: “They fill 6,000 kilos in one haul. For us, that is the whole week,”
F quantity 6,000 kilos
F number one
> The guilds will meet again on May 3 to decide whether to extend the cap to the end of the season.
F date May 3
> Sign up for our weekly newsletter to get more English-language news coverage from EL PAÍS USA Edition
O media EL PAÍS USA Edition
'''

ARTICLES['585-fiji-7s-beat-argentina-24-19-hong-kong-cup-final-kai-tak-squads-fiji-times'] = r'''
> Sports
> 'This Cup is for them': Fiji 7s end Hong Kong drought
Q direct Semi Naitokani :: 'This Cup is for them'
O team Fiji 7s
L city Hong Kong
> By LITIA WAQAIRATU
P full LITIA WAQAIRATU
> Monday, April 11, 2039
F date April 11, 2039
> Fiji 7s captain Semi Naitokani lifts the Cup after the 24-19 win over Argentina at Kai Tak Stadium in Hong Kong yesterday. Picture: WORLD RUGBY
O team Fiji 7s
P full Semi Naitokani
F score 24-19
O team Argentina
L facility Kai Tak Stadium
L city Hong Kong
O other WORLD RUGBY
> THE Fiji Airways Fijian 7s side ended a four-year wait for the Hong Kong title last night, beating Argentina 24-19 in a tense Cup final in front of 46,000 fans at Kai Tak Stadium.
O team Fiji Airways Fijian 7s
F duration four-year
L city Hong Kong
O team Argentina
F score 24-19
F number 46,000
L facility Kai Tak Stadium
> Winger Kitione Vuniwai scored twice and 19-year-old Aminiasi Raqona crossed for the winning try in the final minute as the national side came back from 12-7 down at the break.
P full Kitione Vuniwai
F age 19-year-old
P full Aminiasi Raqona
F score 12-7
> It was Fiji's first Cup win in Hong Kong since 2035, and it lifts the side to second place in the series standings, four points behind New Zealand with three tournaments left.
O team Fiji
L city Hong Kong
F date 2035
F number four
O team New Zealand
F number three
> Argentina, who had beaten the Blitzboks 21-17 in the semi-final, scored first through Tomás Iturralde inside two minutes. Vuniwai hit back from a scrum on halfway and Naitokani converted, but Facundo Arrieta went over on the hooter to send Los Pumas 7s into the break 12-7 up.
O team Argentina
O team Blitzboks
F score 21-17
P full Tomás Iturralde
F duration two minutes
P partial Vuniwai
P partial Naitokani
P full Facundo Arrieta
O team Los Pumas 7s
F score 12-7
> Vuniwai's second try, a 70-metre run down the left touchline, put Fiji ahead 14-12 two minutes after the restart. Argentina replied through Joaquín Bustelo, and when Josateki Lesuma scored in the corner it was 19-19 going into the last minute.
P partial Vuniwai
F quantity 70-metre
O team Fiji
F score 14-12
F duration two minutes
O team Argentina
P full Joaquín Bustelo
P full Josateki Lesuma
F score 19-19
> Fiji won the ball back from the kick-off, and Raqona, who made his debut only in February, beat two defenders on the outside to score with 40 seconds left. Naitokani pushed the conversion wide, but Argentina could not get the ball back before the hooter.
O team Fiji
P partial Raqona
F number two
F duration 40 seconds
P partial Naitokani
O team Argentina
> Head coach Viliame Rokotuiloma said the side had stayed calm at half-time.
P full Viliame Rokotuiloma
> "We talked about the hooter, not the scoreboard. We had seven minutes to play our game and the boys did that," he said. "Kitione was outstanding, and for Aminiasi to do that in only his fourth tournament tells you about the depth we have back home.
Q direct Viliame Rokotuiloma :: "We talked about the hooter, not the scoreboard. We had seven minutes to play our game and the boys did that,"
F duration seven minutes
Q direct Viliame Rokotuiloma :: "Kitione was outstanding, and for Aminiasi to do that in only his fourth tournament tells you about the depth we have back home.
P partial Kitione
P partial Aminiasi
> "But Singapore is next weekend, and nobody will remember this if we go there and sleep."
Q direct Viliame Rokotuiloma :: "But Singapore is next weekend, and nobody will remember this if we go there and sleep."
L city Singapore
> Naitokani, who was playing his 40th tournament, dedicated the win to supporters at home. "Vinaka vakalevu to everyone in Fiji who stayed up late to watch us. This Cup is for them," he said.
P partial Naitokani
Q direct Semi Naitokani :: "Vinaka vakalevu to everyone in Fiji who stayed up late to watch us. This Cup is for them,"
L country Fiji
> In Suva, hundreds of fans watched the final on a big screen at Albert Park. The Fiji Rugby Union (FRU) said in a statement that the team would return home on Tuesday "before going straight back on the road" to Singapore.
L city Suva
L facility Albert Park
O other Fiji Rugby Union
O other FRU
Q direct Fiji Rugby Union :: "before going straight back on the road"
L city Singapore
> Earlier, Fiji topped Pool B without conceding a point in two of their three games, beat Australia 31-7 in the quarter-final and edged the All Blacks Sevens 17-14 in the semi-final.
O team Fiji
F number two
F number three
O team Australia
F score 31-7
O team All Blacks Sevens
F score 17-14
> RESULTS
> Pool B: Fiji 33 Spain 0, Fiji 26 Kenya 12, Fiji 19 Great Britain 0
O team Fiji
F score 33
O team Spain
F score 0
O team Fiji
F score 26
O team Kenya
F score 12
O team Fiji
F score 19
O team Great Britain
F score 0
> Quarter-final: Fiji 31 Australia 7
O team Fiji
F score 31
O team Australia
F score 7
> Semi-final: Fiji 17 New Zealand 14
O team Fiji
F score 17
O team New Zealand
F score 14
> Cup final: Fiji 24 Argentina 19
O team Fiji
F score 24
O team Argentina
F score 19
> Fiji: Tries – Vuniwai 2, Lesuma, Raqona; conversions – Naitokani 2.
O team Fiji
P partial Vuniwai
F number 2
P partial Lesuma
P partial Raqona
P partial Naitokani
F number 2
> Argentina: Tries – Iturralde, Arrieta, Bustelo; conversions – Iturralde 2.
O team Argentina
P partial Iturralde
P partial Arrieta
P partial Bustelo
P partial Iturralde
F number 2
> FIJI 7s: Semi Naitokani (capt), Kitione Vuniwai, Aminiasi Raqona, Josateki Lesuma, Ratu Jone Tuikabe, Filipe Dauniqaqa, Napolioni Tuiwai, Mosese Kurabui, Iowane Rokosawa, Eroni Navuku, Taniela Cavuilati, Samisoni Tikoirotuma, Peni Ravai.
O team FIJI 7s
P full Semi Naitokani
P full Kitione Vuniwai
P full Aminiasi Raqona
P full Josateki Lesuma
P full Jone Tuikabe
P full Filipe Dauniqaqa
P full Napolioni Tuiwai
P full Mosese Kurabui
P full Iowane Rokosawa
P full Eroni Navuku
P full Taniela Cavuilati
P full Samisoni Tikoirotuma
P full Peni Ravai
> ARGENTINA: Tomás Iturralde (capt), Facundo Arrieta, Joaquín Bustelo, Santiago Vergara, Lautaro Medina Sosa, Gonzalo Echenique, Ignacio Zalazar, Bautista Correa, Mateo Lanús, Franco Aguirre, Valentín Ocampo, Julián Ferraro, Agustín Rébora.
O team ARGENTINA
P full Tomás Iturralde
P full Facundo Arrieta
P full Joaquín Bustelo
P full Santiago Vergara
P full Lautaro Medina Sosa
P full Gonzalo Echenique
P full Ignacio Zalazar
P full Bautista Correa
P full Mateo Lanús
P full Franco Aguirre
P full Valentín Ocampo
P full Julián Ferraro
P full Agustín Rébora
'''

ARTICLES['586-cameron-parish-police-jury-4-3-johnson-bayou-levee-breach-la-82-gomesa-american-press'] = r'''
> Cameron jurors split 4-3 on $3.8M fix for Johnson Bayou levee breach
L region Cameron
F number 4-3
F money $3.8M
L city Johnson Bayou
> By Bridget Duhon
P full Bridget Duhon
> Published 6:42 pm Tuesday, March 13, 2040
F time 6:42 pm
F date March 13, 2040
> Gulf water pours through a breach in the ridge levee along La. 82 west of Johnson Bayou on Monday. (Bridget Duhon/American Press)
L geo Gulf
L street La. 82
L city Johnson Bayou
P full Bridget Duhon
O media American Press
> CAMERON — The Cameron Parish Police Jury voted 4-3 Monday to spend $3.8 million to close a 600-foot breach in the ridge levee west of Johnson Bayou, but not before an hourlong argument over who should pay for the next one.
L city CAMERON
O government Cameron Parish Police Jury
F number 4-3
F money $3.8 million
F quantity 600-foot
L city Johnson Bayou
> The breach opened in a January storm and has let saltwater into some 4,000 acres of marsh and cattle pasture behind the levee. At high tide, water now crosses La. 82 in two places, and school buses have been rerouted through Texas since Feb. 2.
F quantity 4,000 acres
L street La. 82
F number two
L region Texas
F date Feb. 2
> The money will come from the parish’s share of federal offshore oil revenue under GOMESA, the program that sends part of the royalties from Gulf drilling to coastal states and parishes. Work could begin by May 1 and take about 90 days, parish engineer Lance Dupuis told jurors.
L geo Gulf
F date May 1
F duration 90 days
P full Lance Dupuis
> Juror Magnus “Boo” LeBlanc, whose District 4 takes in Johnson Bayou and Holly Beach, pushed for the vote.
P full Magnus “Boo” LeBlanc
Q scare - :: “Boo”
L region District 4
L city Johnson Bayou
L city Holly Beach
> “My people have been driving through Texas for six weeks to get to the courthouse in their own parish,” LeBlanc said. “If we wait on the state, we’ll be talking about this same hole in hurricane season.”
Q direct Magnus “Boo” LeBlanc :: “My people have been driving through Texas for six weeks to get to the courthouse in their own parish,”
L region Texas
F duration six weeks
P partial LeBlanc
Q direct Magnus “Boo” LeBlanc :: “If we wait on the state, we’ll be talking about this same hole in hurricane season.”
> Police Jury President Curtis Richard, who voted no along with jurors Tammy Savoie and Dwayne Nunez, said the parish should not be paying to fix a levee that protects a state highway.
P full Curtis Richard
P full Tammy Savoie
P full Dwayne Nunez
> “Every dollar we put in that breach is a dollar Baton Rouge doesn’t have to find,” Richard said. “That levee is theirs. The road is theirs.”
Q direct Curtis Richard :: “Every dollar we put in that breach is a dollar Baton Rouge doesn’t have to find,”
L city Baton Rouge
P partial Richard
Q direct Curtis Richard :: “That levee is theirs. The road is theirs.”
> The Coastal Protection and Restoration Authority, which rebuilt the 9-mile ridge levee after hurricanes Laura and Delta in 2020, said in a statement that it had offered the parish $1.2 million toward the repair and that a permanent fix was “in the design phase” for the 2041 budget year.
O government Coastal Protection and Restoration Authority
F quantity 9-mile
F date 2020
F money $1.2 million
Q direct Coastal Protection and Restoration Authority :: “in the design phase”
F date 2041
> Richard said the CPRA offer came with conditions the parish could not meet, including a 25% local match.
P partial Richard
O government CPRA
F percent 25%
> About 60 people filled the meeting room at the Cameron Parish Courthouse, many of them cattlemen from Johnson Bayou and Holly Beach who said they had lost grazing to the salt.
F number 60
L facility Cameron Parish Courthouse
L city Johnson Bayou
L city Holly Beach
> Lonnie Trahan, 71, who runs about 300 head of cattle on land his grandfather bought in 1946, said he had already moved half of his herd to leased pasture in Calcasieu Parish.
P full Lonnie Trahan
F age 71
F number 300
F date 1946
F fraction half
L region Calcasieu Parish
> “It costs me $18 a head a month to keep them up there,” Trahan said. “You can’t ranch on salt grass.”
Q direct Lonnie Trahan :: “It costs me $18 a head a month to keep them up there,”
F money $18
P partial Trahan
Q direct Lonnie Trahan :: “You can’t ranch on salt grass.”
> Others doubted the levee would hold at all. Earline Guidry, a retired teacher from Holly Beach, said the beach in front of her camp had lost 80 feet of sand since the January storm. “We keep patching. The Gulf keeps coming,” she said.
P full Earline Guidry
L city Holly Beach
F quantity 80 feet
Q direct Earline Guidry :: “We keep patching. The Gulf keeps coming,”
L geo Gulf
> Savoie, who represents Grand Lake, said she voted no because the work was not put out for bids. State law lets a parish skip bidding in an emergency declared by its governing body, which the jury did on Jan. 29.
P partial Savoie
L city Grand Lake
F date Jan. 29
> The contract went to Sweet Lake Dirtworks LLC of Bell City, the only firm to submit a price, at $3.79 million. Dupuis said the contractor would barge about 42,000 tons of clay and rock in through the Calcasieu Ship Channel because trucks cannot safely use La. 82 while it floods.
O company Sweet Lake Dirtworks LLC
L city Bell City
F money $3.79 million
P partial Dupuis
F quantity 42,000 tons
L geo Calcasieu Ship Channel
L street La. 82
> The Police Jury meets next at 5 p.m. April 9 at the courthouse in Cameron.
O government Police Jury
F time 5 p.m.
F date April 9
L city Cameron
> Bridget Duhon covers Cameron and Calcasieu parishes for the American Press.
P full Bridget Duhon
L region Cameron
L region Calcasieu
O media American Press
'''

ARTICLES['587-kazakhstan-grain-rail-china-altynkol-khorgos-bolashak-ktz-kostanay-kazinform'] = r'''
> Kazakhstan ships record 1.42 mln tons of grain to China by rail in two months
L country Kazakhstan
F quantity 1.42 mln tons
L country China
F duration two months
> Kuanysh Ospan
P full Kuanysh Ospan
> 11 March 2039, 14:27
F date 11 March 2039
F time 14:27
> Grain hopper wagons at Altynkol station on the border with China. Photo: KTZ
L facility Altynkol
L country China
O company KTZ
> ASTANA. KAZINFORM – Kazakhstan shipped a record 1.42 mln tons of grain and flour to China by rail in January–February 2039, 2.4 times more than in the same period of 2038, Kazinform correspondent reports, citing the national railway company Kazakhstan Temir Zholy (KTZ).
L city ASTANA
O media KAZINFORM
L country Kazakhstan
F quantity 1.42 mln tons
L country China
F date January–February 2039
F number 2.4
F date 2038
O media Kazinform
O company Kazakhstan Temir Zholy
O company KTZ
> Most of the grain crossed the border at Altynkol–Khorgos, where KTZ opened a third transshipment track for grain in December, and at Dostyk–Alashankou. Wheat made up 81% of the volume, followed by barley, flour and flaxseed.
L facility Altynkol
L facility Khorgos
O company KTZ
L facility Dostyk
L facility Alashankou
F percent 81%
> “For the first time, grain has become the largest cargo we send to China, ahead of metals and oil products,” KTZ Deputy Chairman Yerzhan Tolegenuly said at a briefing in Astana on Tuesday. “At the border we now dispatch a grain train every three hours.”
Q direct Yerzhan Tolegenuly :: “For the first time, grain has become the largest cargo we send to China, ahead of metals and oil products,”
L country China
O company KTZ
P full Yerzhan Tolegenuly
L city Astana
Q direct Yerzhan Tolegenuly :: “At the border we now dispatch a grain train every three hours.”
F duration three hours
> According to him, the average time a grain train spends at the border has fallen from nine days to five days since KTZ and China Railway agreed on a joint schedule and a second shift of inspectors was added at Khorgos.
F duration nine days
F duration five days
O company KTZ
O company China Railway
L facility Khorgos
> KTZ’s fleet of grain hopper wagons now numbers 11,600, including 1,850 wagons built last year at a plant in Ekibastuz.
O company KTZ
F number 11,600
F number 1,850
L city Ekibastuz
> Record harvest
> Kazakhstan harvested 26.8 mln tons of grain in 2038, the largest crop since 2011, according to the Bureau of National Statistics. The Kostanay, North Kazakhstan and Akmola regions grow nearly two-thirds of the country’s wheat.
L country Kazakhstan
F quantity 26.8 mln tons
F date 2038
F date 2011
O government Bureau of National Statistics
L region Kostanay
L region North Kazakhstan
L region Akmola
F fraction two-thirds
> With elevators full and domestic prices under pressure, the Ministry of Agriculture has subsidised rail freight for grain exported to China and Iran since October. Exporters receive KZT 12,000 (about USD 24) for every ton carried more than 1,500 km.
O government Ministry of Agriculture
L country China
L country Iran
F money KZT 12,000
F money USD 24
F quantity 1,500 km
> “The subsidy is what makes the Chinese route work for a farmer in Kostanay. Without it, we would still be storing last year’s wheat under tarpaulins,” said Viktor Reimer, who farms 18,000 hectares near Karabalyk in Kostanay region.
Q direct Viktor Reimer :: “The subsidy is what makes the Chinese route work for a farmer in Kostanay. Without it, we would still be storing last year’s wheat under tarpaulins,”
L region Kostanay
P full Viktor Reimer
F quantity 18,000 hectares
L city Karabalyk
L region Kostanay
> Reimer said Chinese buyers were paying USD 238 per ton for third-class wheat with 13.5% protein delivered to Altynkol, compared with about USD 205 from millers in Uzbekistan.
P partial Reimer
F money USD 238
F percent 13.5%
L facility Altynkol
F money USD 205
L country Uzbekistan
> Southern route
> Shipments to Iran through the Bolashak–Serkhetyaka crossing on the border with Turkmenistan also rose, to 312,000 tons in the two months, the Grain Union of Kazakhstan said.
L country Iran
L facility Bolashak
L facility Serkhetyaka
L country Turkmenistan
F quantity 312,000 tons
F duration two months
O nonprofit Grain Union of Kazakhstan
> Its chairwoman, Gulnar Abenova, said the border station at Bolashak could handle no more than 25 trains a week. “Bolashak means ‘future’, and the station was built for the future. But the future came faster than the tracks,” she said.
P full Gulnar Abenova
L facility Bolashak
F number 25
Q direct Gulnar Abenova :: “Bolashak means ‘future’, and the station was built for the future. But the future came faster than the tracks,”
L facility Bolashak
> The union expects Kazakhstan to export 11 mln tons of grain and flour in the 2038/39 marketing year, which ends on June 30, of which China could take up to 3.5 mln tons. Part of the grain for Iran also moves by sea from the port of Aktau across the Caspian to Bandar Anzali.
L country Kazakhstan
F quantity 11 mln tons
F date 2038/39
F date June 30
L country China
F quantity 3.5 mln tons
L country Iran
L city Aktau
L geo Caspian
L city Bandar Anzali
> Earlier, Kazinform reported that Kazakhstan and China had agreed to open a third railway crossing, at Bakhty, by 2040.
O media Kazinform
L country Kazakhstan
L country China
L facility Bakhty
F date 2040
'''

ARTICLES['588-sognefjord-electric-ferry-fault-hella-dragsvik-vangsnes-vestland-fjordsamband-norway-today'] = r'''
> Electric ferry fault leaves Sognefjord commuters facing two-hour detour
L geo Sognefjord
F duration two-hour
> By Ingvild Rønneberg
P full Ingvild Rønneberg
> 11 March 2038
F date 11 March 2038
> The ferry quay at Hella, where the crossing to Dragsvik normally takes ten minutes. Photo: Ole Kristian Fimreite / NTB
L city Hella
L city Dragsvik
F duration ten minutes
P full Ole Kristian Fimreite
O media NTB
> The battery-electric ferry on the Hella–Dragsvik–Vangsnes connection across the Sognefjord has been out of service since Monday, cutting one of the busiest links in Sogn, and the diesel ferry brought in to replace it can carry only half as many cars.
L city Hella
L city Dragsvik
L city Vangsnes
L geo Sognefjord
L region Sogn
F fraction half
> Vestland County Municipality, which owns the route, said on Wednesday that the ferry would not be back before 1 April. A fault was found in one of its two battery rooms during a routine inspection, and the supplier must check every module before it can sail again.
O government Vestland County Municipality
F date 1 April
F number two
> Until then, the connection is served by a 41-year-old reserve ferry that takes 60 cars instead of 120, and the crossing between Dragsvik and Vangsnes now takes 25 minutes.
F duration 41-year-old
F number 60
F number 120
L city Dragsvik
L city Vangsnes
F duration 25 minutes
> On Wednesday morning, the queue at Vangsnes stretched 700 metres up the county road by 6.40 am, and around 35 cars were left behind when the first departure sailed.
L city Vangsnes
F quantity 700 metres
F time 6.40 am
F number 35
> “I have worked at Førde Central Hospital for 19 years, and I have never seen it like this,” says Siri Nesheim Kvåle, 44, a nurse who drives from Vangsnes to Førde every day.
Q direct Siri Nesheim Kvåle :: “I have worked at Førde Central Hospital for 19 years, and I have never seen it like this,”
O other Førde Central Hospital
F duration 19 years
P full Siri Nesheim Kvåle
F age 44
L city Vangsnes
L city Førde
> “If I miss the first ferry, I have to drive around through Voss, and that is two hours extra each way,” she tells NRK.
Q direct Siri Nesheim Kvåle :: “If I miss the first ferry, I have to drive around through Voss, and that is two hours extra each way,”
L city Voss
F duration two hours
O media NRK
> The route is run by Fjordsamband AS on a ten-year contract with the county. In a written statement, the company said the fault was “a rare failure in a cooling pump” and that spare parts were being flown in from Germany.
O company Fjordsamband AS
F duration ten-year
Q direct Fjordsamband AS :: “a rare failure in a cooling pump”
L country Germany
> “Safety comes first. We will not put the ferry back into service until the supplier has approved every battery module,” technical director Øyvind Hatlestad tells NTB.
Q direct Øyvind Hatlestad :: “Safety comes first. We will not put the ferry back into service until the supplier has approved every battery module,”
P full Øyvind Hatlestad
O media NTB
> County councillor Randi Sølvberg Aasen (Sp), who chairs the county’s transport committee, says the county has asked the company to put on an extra passenger boat from Vangsnes and to let commuters with a work pass board first.
P full Randi Sølvberg Aasen
O party Sp
L city Vangsnes
> “People in Vik and Balestrand cannot plan their lives around a queue. We expect this to be solved within days, not weeks,” she says.
Q direct Randi Sølvberg Aasen :: “People in Vik and Balestrand cannot plan their lives around a queue. We expect this to be solved within days, not weeks,”
L city Vik
L city Balestrand
> Passengers will travel free until the electric ferry returns, the county said.
> The ferry, which cost NOK 168 million when it entered service in 2031, was among the first battery ferries on the Sognefjord. The three-way connection carried 412,000 passengers and 196,000 vehicles in 2037, according to the Norwegian Public Roads Administration (Statens vegvesen).
F money NOK 168 million
F date 2031
L geo Sognefjord
F number three
F number 412,000
F number 196,000
F date 2037
O government Norwegian Public Roads Administration
O government Statens vegvesen
> Hotel owners in Balestrand fear the fault could hurt bookings if it is not fixed before Easter. A deckhand on the reserve ferry, who did not want to be named, said the crew had worked 14-hour days since Monday.
L city Balestrand
F duration 14-hour
> “We sail as long as there are cars waiting,” he said.
Q direct - :: “We sail as long as there are cars waiting,”
> Source: NTB / #NorwayToday / #NorwayNews
O media NTB
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
