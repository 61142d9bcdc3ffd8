#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval85 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval85/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['553-bordeaux-harbour-slipway-rebuild-vale-douzaine-mooring-fees-guernsey-ports-guernsey-press'] = r'''
> News
> ‘We can’t keep patching it’ – Bordeaux slipway to be rebuilt as mooring fees rise 40%
Q direct Sandra Le Lièvre :: ‘We can’t keep patching it’
L facility Bordeaux
F percent 40%
> Vale Douzaine agrees to pay a quarter of the £1.3m bill, but fishermen at the small harbour say the new charges will drive some of them out
O government Vale Douzaine
F fraction a quarter
F money £1.3m
> By Kerry Le Poidevin
P full Kerry Le Poidevin
> Published: 3rd Jun 2038
F date 3rd Jun 2038
> Fishing boats at their moorings in Bordeaux Harbour at low water. The slipway, right, has been closed to vehicles since February. (Picture by Tom Mahy, 31562047)
L facility Bordeaux Harbour
P full Tom Mahy
> The slipway at Bordeaux Harbour, which has been closed to vehicles since part of its granite face collapsed in a storm on 14 February, is to be rebuilt this winter after the Vale Douzaine agreed to pay a quarter of the £1.3m cost.
L facility Bordeaux Harbour
F date 14 February
O government Vale Douzaine
F fraction a quarter
F money £1.3m
> Guernsey Ports, which runs the harbour on behalf of the States’ Trading Supervisory Board (STSB), will meet the rest of the bill. But it has told the 62 mooring holders at Bordeaux that their fees will rise by 40% from 1 January 2039 to help pay for the work.
O government Guernsey Ports
O government States’ Trading Supervisory Board
O government STSB
F number 62
L facility Bordeaux
F percent 40%
F date 1 January 2039
> For a typical 6m boat, the annual charge will go up from £412 to £577.
F quantity 6m
F money £412
F money £577
> Douzeniers voted 9-3 on Monday night to take £325,000 from the parish’s reserves, after the Senior Constable of the Vale, Sandra Le Lièvre, told them that the harbour was “part of what the Vale is”.
F number 9-3
F money £325,000
L region Vale
P full Sandra Le Lièvre
Q direct Sandra Le Lièvre :: “part of what the Vale is”
L region Vale
> “We can’t keep patching it. Men have been launching from that slip since before any of us were born, and if the slipway goes, the harbour goes with it,” she said.
Q direct Sandra Le Lièvre :: “We can’t keep patching it. Men have been launching from that slip since before any of us were born, and if the slipway goes, the harbour goes with it,”
> Bordeaux, on the Vale’s east coast between L’Ancresse and St Sampson’s, is one of the island’s smallest working harbours, looking out across the Little Russel to Herm. Its slipway, built in the 1890s, is used by about 20 inshore fishermen and by Vale Gig Club, which keeps two pilot gigs in a shed at the top of the slip.
L facility Bordeaux
L region Vale
L geo L’Ancresse
L region St Sampson’s
L geo Little Russel
L geo Herm
F date 1890s
F number 20
O nonprofit Vale Gig Club
F number two
> Dave Robilliard, 58, who has fished from Bordeaux for 41 years, said the increase would cost him more than he earned in a bad week.
P full Dave Robilliard
F age 58
L facility Bordeaux
F duration 41 years
> “I pay for the mooring, I pay for the licence, I pay for the diesel. Now they want another £165 a year for a slipway I haven’t been able to get my trailer down since February.
Q direct Dave Robilliard :: “I pay for the mooring, I pay for the licence, I pay for the diesel. Now they want another £165 a year for a slipway I haven’t been able to get my trailer down since February.
F money £165
> “Half the boats down here belong to men in their sixties and seventies. Some of them will just sell up, and then there’s nobody left to teach the young ones.”
Q direct Dave Robilliard :: “Half the boats down here belong to men in their sixties and seventies. Some of them will just sell up, and then there’s nobody left to teach the young ones.”
F fraction Half
F age sixties
F age seventies
> In a statement, Guernsey Ports said Bordeaux had been “subsidised for many years” by income from the island’s two main harbours, St Peter Port and St Sampson’s, and that its fees would remain the lowest in the island.
O government Guernsey Ports
L facility Bordeaux
Q direct Guernsey Ports :: “subsidised for many years”
F number two
L facility St Peter Port
L facility St Sampson’s
> “Even after the increase, a 6m boat at Bordeaux will pay less than half what it would cost in St Peter Port,” the statement said. “We recognise that no increase is welcome, but the alternative was to close the slipway for good.”
Q direct Guernsey Ports :: “Even after the increase, a 6m boat at Bordeaux will pay less than half what it would cost in St Peter Port,”
F quantity 6m
L facility Bordeaux
F fraction half
L city St Peter Port
Q direct Guernsey Ports :: “We recognise that no increase is welcome, but the alternative was to close the slipway for good.”
> The work, designed by the States’ own engineers, will replace the 48-metre slip with a reinforced concrete ramp faced with granite recovered from the old one. It is due to start on 2 November and take 14 weeks, during which launching will be restricted to the hours between 4pm and 8am.
O government States
F quantity 48-metre
F date 2 November
F duration 14 weeks
F time 4pm
F time 8am
> Deputy Marc Ozanne, president of the Committee for the Environment & Infrastructure, who lives in the Vale, said he would ask the STSB to phase the increase in.
P full Marc Ozanne
O government Committee for the Environment & Infrastructure
L region Vale
O government STSB
> “A 40% jump in one go is a lot to ask of people who are, frankly, not wealthy,” he said. “I would rather see 15% a year over three years, and I think most deputies would too.”
Q direct Marc Ozanne :: “A 40% jump in one go is a lot to ask of people who are, frankly, not wealthy,”
F percent 40%
Q direct Marc Ozanne :: “I would rather see 15% a year over three years, and I think most deputies would too.”
F percent 15%
F duration three years
> The contract has gone to a local firm, Le Page Marine Construction, which was chosen ahead of two bidders from Jersey and one from Southampton.
O company Le Page Marine Construction
F number two
L region Jersey
F number one
L city Southampton
> A parish meeting on the scheme will be held at the Vale Douzaine Room on Route du Braye at 7.30pm on Wednesday 16 June.
L facility Vale Douzaine Room
L street Route du Braye
F time 7.30pm
F date 16 June
'''

ARTICLES['554-kuruwitu-octopus-closure-reopens-tengefu-bmu-kefs-kmfri-kilifi-kenya-news-agency'] = r'''
> Agriculture
> Kuruwitu fishermen land 1,420kg of octopus as community closure reopens
L city Kuruwitu
F quantity 1,420kg
> Jun 15, 2037
F date Jun 15, 2037
> Fishermen from Kuruwitu Beach Management Unit weigh octopus at the landing site on Saturday after the closure was reopened. Photo by KNA.
O nonprofit Kuruwitu Beach Management Unit
O media KNA
> Fishermen in Kuruwitu, Kilifi North Sub-County, landed 1,420 kilogrammes of octopus on Saturday when they reopened a community-managed fishing ground that had been closed for four months to allow stocks to recover.
L city Kuruwitu
L region Kilifi North Sub-County
F quantity 1,420 kilogrammes
F duration four months
> The 0.6 square kilometre closure, known locally as "tengefu", is run by the Kuruwitu Beach Management Unit (BMU) with support from the Kenya Fisheries Service (KeFS) and the Kenya Marine and Fisheries Research Institute (KMFRI).
F quantity 0.6 square kilometre
Q scare - :: "tengefu"
O nonprofit Kuruwitu Beach Management Unit
O nonprofit BMU
O government Kenya Fisheries Service
O government KeFS
O government Kenya Marine and Fisheries Research Institute
O government KMFRI
> BMU Chairman Kazungu Katana Mwaringa said the day's catch was nearly three times what the same reef produced in a good week before the closure, with the heaviest octopus weighing 4.8 kilogrammes.
O nonprofit BMU
P full Kazungu Katana Mwaringa
F number three
F quantity 4.8 kilogrammes
> "Before we closed it, a fisherman would go out at low tide and come back with two or three small octopus. Today some of our members have brought in 30 kilos each," Mwaringa told KNA at the Kuruwitu landing site.
Q direct Kazungu Katana Mwaringa :: "Before we closed it, a fisherman would go out at low tide and come back with two or three small octopus. Today some of our members have brought in 30 kilos each,"
F number two
F number three
F quantity 30 kilos
P partial Mwaringa
O media KNA
L city Kuruwitu
> "People laughed at us when we said we would close part of our own fishing ground. They said we were giving the sea to the tourists.
Q direct Kazungu Katana Mwaringa :: "People laughed at us when we said we would close part of our own fishing ground. They said we were giving the sea to the tourists.
> "But the octopus grows fast. In four months it can go from half a kilo to three kilos if you leave it alone, and now even those who laughed are asking when we will close it again," he said.
Q direct Kazungu Katana Mwaringa :: "But the octopus grows fast. In four months it can go from half a kilo to three kilos if you leave it alone, and now even those who laughed are asking when we will close it again,"
F duration four months
F quantity half a kilo
F quantity three kilos
> The octopus was bought at the landing site by local traders and a Mombasa-based exporter at Sh.420 a kilo, up from Sh.350 at the last opening in February, earning the 96 fishermen who took part about Sh.596,000.
L city Mombasa
F money Sh.420
F money Sh.350
F number 96
F money Sh.596,000
> Kilifi County Fisheries Officer Grace Kadzo Baya said six other BMUs along the county's 265-kilometre coastline had applied to set up similar closures, among them Takaungu, Mnarani and Kanamai.
L region Kilifi County
P full Grace Kadzo Baya
F number six
F quantity 265-kilometre
L city Takaungu
L city Mnarani
L city Kanamai
> "What Kuruwitu has shown is that when the community owns the rules, the rules are respected. We do not need to send officers to chase people off the reef," Baya said.
Q direct Grace Kadzo Baya :: "What Kuruwitu has shown is that when the community owns the rules, the rules are respected. We do not need to send officers to chase people off the reef,"
L city Kuruwitu
P partial Baya
> She said the county would buy two patrol boats and train 40 community scouts before the end of the year to help BMUs guard their closures.
F number two
F number 40
> KMFRI researcher Dr. Hamisi Omar Athman said monitoring surveys had recorded 2.5 times as many octopus inside the closed area as on open reefs nearby, and that live coral cover had risen from 18 per cent to 27 per cent since 2035.
O government KMFRI
P full Hamisi Omar Athman
F number 2.5
F percent 18 per cent
F percent 27 per cent
F date 2035
> The County Executive Committee Member for Blue Economy, Agriculture and Livestock, Said Chengo Kahindi, said the county had set aside Sh.12 million in the 2037/38 financial year for cold rooms at six landing sites between Kilifi Creek and Malindi.
P full Said Chengo Kahindi
F money Sh.12 million
F date 2037/38
F number six
L geo Kilifi Creek
L city Malindi
> "Our fishermen have been selling at whatever price the middlemen give them because they have nowhere to keep the fish. With cold storage they can wait one or two days for a better buyer," Kahindi said.
Q direct Said Chengo Kahindi :: "Our fishermen have been selling at whatever price the middlemen give them because they have nowhere to keep the fish. With cold storage they can wait one or two days for a better buyer,"
F duration one
F duration two days
P partial Kahindi
> A fish trader from Mtwapa, who asked not to be named, said the opening had brought "a good day, but only one day" for the women who fry and sell octopus at the beach.
L city Mtwapa
Q direct - :: "a good day, but only one day"
F duration one day
> "We are happy for the fishermen. But when the tengefu is closed we have nothing to fry for three months. The county should give us small loans for that time," she said.
Q direct - :: "We are happy for the fishermen. But when the tengefu is closed we have nothing to fry for three months. The county should give us small loans for that time,"
F duration three months
> The closure will be shut again from July 1 for a further three months. A notice put up at the landing site by the BMU reads: "No fishing, no anchoring, no walking on the reef. By order of Kuruwitu BMU."
F date July 1
F duration three months
O nonprofit BMU
Q direct Kuruwitu Beach Management Unit :: "No fishing, no anchoring, no walking on the reef. By order of Kuruwitu BMU."
O nonprofit Kuruwitu BMU
> The Kenya Wildlife Service (KWS), which manages the nearby Watamu and Malindi marine parks, has said it will study the Kuruwitu model for the parks' buffer zones.
O government Kenya Wildlife Service
O government KWS
L geo Watamu
L geo Malindi
L city Kuruwitu
> By Mwanaisha Famau Bakari
P full Mwanaisha Famau Bakari
'''

ARTICLES['555-world-indoor-bowls-macaskill-chan-wing-kei-tie-break-potters-resort-hopton-results-world-bowls-tour'] = r'''
> News
> MacAskill Edges 'The Professor' In Tie-Break To Win World Indoor Singles Title
P partial MacAskill
Q scare - :: 'The Professor'
> Posted on 30 January 2039 by Gareth Pennock
F date 30 January 2039
P full Gareth Pennock
> Ruaridh MacAskill lifts the trophy at Potters Resort on Sunday. Photo: Neil Brocklehurst/WBT
P full Ruaridh MacAskill
L facility Potters Resort
P full Neil Brocklehurst
O other WBT
> Ruaridh MacAskill became the first player from the Western Isles to win the World Indoor Singles Championship when he beat Hong Kong's Chan Wing-kei 9-7, 4-10, 2-1 in a tie-break at Potters Resort, Hopton-on-Sea, on Sunday.
P full Ruaridh MacAskill
L region Western Isles
L region Hong Kong
P full Chan Wing-kei
F score 9-7
F score 4-10
F score 2-1
L facility Potters Resort
L city Hopton-on-Sea
> The 31-year-old joiner from Stornoway, who was ranked 14th in the world at the start of the fortnight, collects £60,000 from a total prize fund of £300,000.
F age 31-year-old
L city Stornoway
F money £60,000
F money £300,000
> Chan, 44, known on the tour as 'The Professor' for the time he spends reading the green, led 5-2 in the first set before MacAskill scored a four on the eighth end and held on to take it 9-7.
P partial Chan
F age 44
Q scare - :: 'The Professor'
F score 5-2
P partial MacAskill
F number four
F score 9-7
> The Hong Kong player, who was bidding to become the first Asian winner of the title, hit back in the second set with a run of 8 shots in three ends to win it 10-4 and force a tie-break over three ends.
L region Hong Kong
F number 8
F number three
F score 10-4
F number three
> With the tie-break level at one end each, MacAskill drew his last bowl to within 2in of the jack to take the deciding end and the match after two hours and 48 minutes.
F number one
P partial MacAskill
F quantity 2in
F duration two hours
F duration 48 minutes
> "I've been coming down here since I was 17, sitting in the stand with my dad. To be standing on that rink with the trophy, I don't think it's sunk in yet," said MacAskill.
Q direct Ruaridh MacAskill :: "I've been coming down here since I was 17, sitting in the stand with my dad. To be standing on that rink with the trophy, I don't think it's sunk in yet,"
F age 17
P partial MacAskill
> "When Wing-kei lay shot with his last bowl in the tie-break I thought that was it. You just have to keep drawing to the jack and see what happens.
Q direct Ruaridh MacAskill :: "When Wing-kei lay shot with his last bowl in the tie-break I thought that was it. You just have to keep drawing to the jack and see what happens.
P partial Wing-kei
> "This is for everyone at Lewis Indoor Bowling Club, and for my mum, who couldn't get a flight off the island because of the weather."
Q direct Ruaridh MacAskill :: "This is for everyone at Lewis Indoor Bowling Club, and for my mum, who couldn't get a flight off the island because of the weather."
O team Lewis Indoor Bowling Club
> Chan said MacAskill had "played the better bowls when it mattered".
P partial Chan
P partial MacAskill
Q direct Chan Wing-kei :: "played the better bowls when it mattered"
> "I had my chances in the second set and I took them. In the tie-break Ruaridh was just too good. Next year, maybe," he said.
Q direct Chan Wing-kei :: "I had my chances in the second set and I took them. In the tie-break Ruaridh was just too good. Next year, maybe,"
P partial Ruaridh
> MacAskill had beaten the defending champion, Owen Pritchard of Wales, 8-6, 9-3 in the semi-finals, while Chan came from a set down to beat England's Jonty Featherstone-Hale 5-9, 10-4, 2-0.
P partial MacAskill
P full Owen Pritchard
L country Wales
F score 8-6
F score 9-3
P partial Chan
L country England
P full Jonty Featherstone-Hale
F score 5-9
F score 10-4
F score 2-0
> In the women's singles final, Jersey's Kerensa Le Cornu retained her title with a 10-5, 9-2 win over Aroha Ngata of New Zealand, and Malta's Simon Vella and Mark Azzopardi won the open pairs, beating Australians Bec Tran and Callum O'Halloran 11-3, 6-8, 2-1.
L region Jersey
P full Kerensa Le Cornu
F score 10-5
F score 9-2
P full Aroha Ngata
L country New Zealand
L country Malta
P full Simon Vella
P full Mark Azzopardi
P full Bec Tran
P full Callum O'Halloran
F score 11-3
F score 6-8
F score 2-1
> Attendance over the 17 days of the championships at the Norfolk resort was 21,460, the World Bowls Tour said, the highest since 2029.
F duration 17 days
L region Norfolk
F number 21,460
O other World Bowls Tour
F date 2029
> WBT chief executive Hilary Swinburne said the tour would announce its 2039-40 calendar "within the next fortnight", with a new ranking event in Hong Kong expected to be included.
O other WBT
P full Hilary Swinburne
F date 2039-40
Q direct Hilary Swinburne :: "within the next fortnight"
L city Hong Kong
> RESULTS - FINALS DAY
> Open Singles final: R MacAskill (Sco) bt Chan Wing-kei (HK) 9-7, 4-10, 2-1
P full R MacAskill
L country Sco
P full Chan Wing-kei
L region HK
F score 9-7
F score 4-10
F score 2-1
> Women's Singles final: K Le Cornu (Jer) bt A Ngata (NZ) 10-5, 9-2
P full K Le Cornu
L region Jer
P full A Ngata
L country NZ
F score 10-5
F score 9-2
> Open Pairs final: S Vella & M Azzopardi (Mlt) bt B Tran & C O'Halloran (Aus) 11-3, 6-8, 2-1
P full S Vella
P full M Azzopardi
L country Mlt
P full B Tran
P full C O'Halloran
L country Aus
F score 11-3
F score 6-8
F score 2-1
> Open Singles semi-finals: R MacAskill (Sco) bt O Pritchard (Wal) 8-6, 9-3; Chan Wing-kei (HK) bt J Featherstone-Hale (Eng) 5-9, 10-4, 2-0
P full R MacAskill
L country Sco
P full O Pritchard
L country Wal
F score 8-6
F score 9-3
P full Chan Wing-kei
L region HK
P full J Featherstone-Hale
L country Eng
F score 5-9
F score 10-4
F score 2-0
> Prize money: Open Singles winner £60,000, runner-up £25,000; Women's Singles winner £20,000; Open Pairs winners £16,000
F money £60,000
F money £25,000
F money £20,000
F money £16,000
'''

ARTICLES['556-eda-renovaveis-ribeira-grande-geothermal-expansion-borvis-termolusa-sao-miguel-azores-thinkgeoenergy'] = r'''
> EDA Renováveis signs €41.5m contract for Ribeira Grande geothermal expansion on São Miguel, Azores
O company EDA Renováveis
F money €41.5m
L facility Ribeira Grande
L geo São Miguel
L region Azores
> Sigrún Hafsteinsdóttir | 12 May 2039
P full Sigrún Hafsteinsdóttir
F date 12 May 2039
> Ribeira Grande geothermal power plant, São Miguel island, Azores (source: EDA Renováveis)
L facility Ribeira Grande
L geo São Miguel
L region Azores
O company EDA Renováveis
> Azorean utility subsidiary EDA Renováveis has signed a €41.5 million contract with a Portuguese-Icelandic consortium to drill four production wells and add a 10 MW binary unit at its Ribeira Grande geothermal plant on the island of São Miguel.
O company EDA Renováveis
F money €41.5 million
F number four
F quantity 10 MW
L facility Ribeira Grande
L geo São Miguel
> The contract, worth about USD 44.6 million, was signed on Tuesday in Ponta Delgada with a consortium led by Lisbon-based engineering group Termolusa, S.A. and the Reykjavík drilling contractor Borvís ehf.
F money USD 44.6 million
L city Ponta Delgada
L city Lisbon
O company Termolusa, S.A.
L city Reykjavík
O company Borvís ehf.
> The expansion will raise the plant’s installed capacity from 13 MW to 23 MW and, according to the company, lift geothermal energy’s share of electricity generation on São Miguel from about 42 percent to 58 percent by 2041.
F quantity 13 MW
F quantity 23 MW
L geo São Miguel
F percent 42 percent
F percent 58 percent
F date 2041
> Drilling is expected to start in September, with wells reaching depths of 1,400 to 1,900 metres into the north flank of the Fogo volcano, where reservoir temperatures of up to 245 °C have been measured.
F quantity 1,400
F quantity 1,900 metres
L geo Fogo
F quantity 245 °C
> The new unit is due to come online in the second half of 2041, 27 months after the start of works.
F date 2041
F duration 27 months
> In a statement, EDA Renováveis said the project was “the largest single investment in renewable generation in the history of the region” and would cut the island’s imports of fuel oil by around 38,000 tonnes a year.
O company EDA Renováveis
Q direct EDA Renováveis :: “the largest single investment in renewable generation in the history of the region”
F quantity 38,000 tonnes
> “Geothermal is the only renewable source that gives us power day and night, in winter and in summer, without depending on the wind or the sun,” said Rui Furtado Medeiros, chairman of EDA Renováveis.
Q direct Rui Furtado Medeiros :: “Geothermal is the only renewable source that gives us power day and night, in winter and in summer, without depending on the wind or the sun,”
P full Rui Furtado Medeiros
O company EDA Renováveis
> “On an island 1,500 kilometres from the mainland, that is not a luxury. It is a question of security of supply.”
Q direct Rui Furtado Medeiros :: “On an island 1,500 kilometres from the mainland, that is not a luxury. It is a question of security of supply.”
F quantity 1,500 kilometres
> Funding comes from the Regional Government of the Azores, the European Union’s Cohesion Fund and a €12 million loan from the European Investment Bank (EIB).
O government Regional Government of the Azores
O intergovernmental European Union
F money €12 million
O intergovernmental European Investment Bank
O intergovernmental EIB
> The Azores currently generate about 41 percent of their electricity from renewable sources, with geothermal providing most of it on São Miguel and Terceira, the only two of the archipelago’s nine islands with geothermal plants.
L region Azores
F percent 41 percent
L geo São Miguel
L geo Terceira
F number two
F number nine
> The regional government has set a target of 60 percent by 2040. On the smaller western islands of Flores and Corvo, which have no geothermal resource, parent company EDA is relying on wind, small hydro and batteries.
F percent 60 percent
F date 2040
L geo Flores
L geo Corvo
O company EDA
> Not everyone on São Miguel welcomes the drilling. In Caldeiras da Ribeira Grande, a hamlet of hot springs and fumaroles about 3 km from the plant, residents have asked for independent monitoring of the springs during the works.
L geo São Miguel
L city Caldeiras da Ribeira Grande
F quantity 3 km
> “The springs are why people come here. If the water changes, the restaurants and the spa close, and this place empties,” said Manuel Arruda Cabral, 63, who has run a restaurant beside the springs for 31 years and cooks his cozido, the island’s meat stew, in the hot ground.
Q direct Manuel Arruda Cabral :: “The springs are why people come here. If the water changes, the restaurants and the spa close, and this place empties,”
P full Manuel Arruda Cabral
F age 63
F duration 31 years
> Helena Sousa Vieira, a volcanologist at the University of the Azores’ Research Institute for Volcanology and Risk Assessment (IVAR), said the new wells would tap a deeper reservoir than the one that feeds the springs.
P full Helena Sousa Vieira
O education University of the Azores
O education Research Institute for Volcanology and Risk Assessment
O education IVAR
> “There is no evidence from 20 years of monitoring at Ribeira Grande and Pico Vermelho that production has affected the surface springs, but it is right to keep measuring,” she said, adding that IVAR would install four more monitoring stations before drilling begins.
Q direct Helena Sousa Vieira :: “There is no evidence from 20 years of monitoring at Ribeira Grande and Pico Vermelho that production has affected the surface springs, but it is right to keep measuring,”
F duration 20 years
L facility Ribeira Grande
L facility Pico Vermelho
O education IVAR
F number four
> EDA Renováveis said it would publish the monitoring data “every month, without exception”.
O company EDA Renováveis
Q direct EDA Renováveis :: “every month, without exception”
> The company also operates the Pico Alto plant on Terceira, which was expanded to 10 MW in 2036.
L facility Pico Alto
L geo Terceira
F quantity 10 MW
F date 2036
> Source: Açoriano Oriental (in Portuguese), company release
O media Açoriano Oriental
'''

ARTICLES['557-mckinlay-shire-wild-dog-bounty-doubled-julia-creek-corella-plains-calf-losses-north-west-star'] = r'''
> News
> McKinlay Shire doubles wild dog bounty to $150 a scalp
L region McKinlay Shire
F money $150
> Graziers around Julia Creek say dogs took up to a third of their calves last year
L city Julia Creek
F fraction a third
> By Shannon Rielly-Kemp
P full Shannon Rielly-Kemp
> March 16 2039 - 11:30am
F date March 16 2039
F time 11:30am
> A wild dog caught on a camera trap near Nelia in January. Picture: McKinlay Shire Council
L city Nelia
O government McKinlay Shire Council
> McKinlay Shire Council will double its bounty on wild dogs to $150 a scalp from July 1, after graziers around Julia Creek told councillors they had lost as many as a third of their calves to dog attacks in the past year.
O government McKinlay Shire Council
F money $150
F date July 1
L city Julia Creek
F fraction a third
> The increase, passed unanimously at Tuesday's ordinary meeting in Julia Creek, will cost the shire an estimated $190,000 in 2039-40, up from $93,600 in the current financial year.
L city Julia Creek
F money $190,000
F date 2039-40
F money $93,600
> Mayor Jo-Anne Fitzwilliam-Kerr said the shire had paid out on 1,248 scalps so far in 2038-39, more than twice the 611 presented in the whole of 2036-37.
P full Jo-Anne Fitzwilliam-Kerr
F number 1,248
F date 2038-39
F number 611
F date 2036-37
> "These aren't the dingoes people see on postcards. They're big hybrid dogs, 30 or 40 kilos, and they're killing calves right up to weaning," she said.
Q direct Jo-Anne Fitzwilliam-Kerr :: "These aren't the dingoes people see on postcards. They're big hybrid dogs, 30 or 40 kilos, and they're killing calves right up to weaning,"
F quantity 30
F quantity 40 kilos
> "If we don't get on top of them now, we'll be having the same conversation the sheep country had 20 years ago, and by then there won't be a cattle industry left to save."
Q direct Jo-Anne Fitzwilliam-Kerr :: "If we don't get on top of them now, we'll be having the same conversation the sheep country had 20 years ago, and by then there won't be a cattle industry left to save."
F duration 20 years
> Under the new rates, a fox scalp will be worth $20 and a feral pig snout $15. Scalps must be presented at the council depot on Burke Street in Julia Creek within 14 days of the kill.
F money $20
F money $15
L street Burke Street
L city Julia Creek
F duration 14 days
> Robert "Blue" Hadley, 71, whose family has run Corella Plains station, 60km north of Julia Creek, for three generations, said he had lost 140 calves out of about 900 branded in 2037.
P full Robert "Blue" Hadley
Q scare - :: "Blue"
F age 71
L facility Corella Plains
F quantity 60km
L city Julia Creek
F number three
F number 140
F number 900
F date 2037
> "You find them half-eaten along the bore drains. Some mornings you find three or four," Mr Hadley said.
Q direct Robert "Blue" Hadley :: "You find them half-eaten along the bore drains. Some mornings you find three or four,"
F number three
F number four
P partial Hadley
> "At $310 a head for a weaner, that's more than $43,000 walking out the gate before you've sold a beast. The bounty won't bring those calves back, but it might keep the doggers coming."
Q direct Robert "Blue" Hadley :: "At $310 a head for a weaner, that's more than $43,000 walking out the gate before you've sold a beast. The bounty won't bring those calves back, but it might keep the doggers coming."
F money $310
F money $43,000
> Professional dogger Trent Wassell, who traps on contract for six stations off the Landsborough Highway between Kynuna and McKinlay, said the higher bounty would make it worth his while to keep trapping through the wet season.
P full Trent Wassell
F number six
L street Landsborough Highway
L city Kynuna
L city McKinlay
> "At $75 a dog, once you take out fuel and tyres, you're working for nothing from December to March. At $150 I can keep the traps out all year," he said.
Q direct Trent Wassell :: "At $75 a dog, once you take out fuel and tyres, you're working for nothing from December to March. At $150 I can keep the traps out all year,"
F money $75
F money $150
> The council also agreed to ask the state government for $2.4 million to extend its cluster fencing program, which has enclosed 23 properties behind 412 kilometres of fence since 2031.
F money $2.4 million
F number 23
F quantity 412 kilometres
F date 2031
> The shire will continue its two coordinated 1080 baiting campaigns each year, in autumn and spring, with Biosecurity Queensland and the neighbouring Cloncurry and Richmond shires.
F number two
O government Biosecurity Queensland
L region Cloncurry
L region Richmond
> AgForce's regional president for the north-west, Lachlan Teague, welcomed the decision but said bounties alone "won't fix a problem that doesn't stop at the shire boundary".
O nonprofit AgForce
P full Lachlan Teague
Q direct Lachlan Teague :: "won't fix a problem that doesn't stop at the shire boundary"
> "We need every shire from Mount Isa to Hughenden paying the same rate, or the scalps will just travel to wherever the money is best," he said.
Q direct Lachlan Teague :: "We need every shire from Mount Isa to Hughenden paying the same rate, or the scalps will just travel to wherever the money is best,"
L city Mount Isa
L city Hughenden
> Bounty rates from July 1:
F date July 1
> Wild dog (scalp): $150 (was $75)
F money $150
F money $75
> Fox (scalp): $20 (was $10)
F money $20
F money $10
> Feral pig (snout): $15 (was $10)
F money $15
F money $10
'''

ARTICLES['558-point-pedro-court-remands-14-nagapattinam-fishermen-trawlers-imbl-delft-vadamarachchi-protest-daily-news'] = r'''
> Local
> 14 Indian fishermen remanded; Navy seizes two trawlers off Point Pedro
F number 14
O government Navy
F number two
L city Point Pedro
> By Kanagaratnam Sivaruban, Jaffna Group Corr.
P full Kanagaratnam Sivaruban
L city Jaffna
> Wednesday, March 14, 2040 - 01:00
F date March 14, 2040
F time 01:00
> The two trawlers seized off Point Pedro, moored at the Kankesanthurai harbour yesterday. Pic courtesy: Sri Lanka Navy
F number two
L city Point Pedro
L facility Kankesanthurai
O government Sri Lanka Navy
> Fourteen Indian fishermen arrested by the Navy for poaching in Sri Lankan waters north-east of Point Pedro on Sunday (11) were remanded till March 27 when they were produced before Point Pedro Magistrate A. Yogeswaran yesterday (13).
F number Fourteen
O government Navy
L city Point Pedro
F date 11
F date March 27
L city Point Pedro
P full A. Yogeswaran
F date 13
> The fishermen, all from Nagapattinam in the Indian state of Tamil Nadu, were arrested along with two bottom trawlers at around 11.40 pm on Sunday, about 4.5 nautical miles inside the International Maritime Boundary Line (IMBL), the Navy said.
L city Nagapattinam
L region Tamil Nadu
F number two
F time 11.40 pm
F quantity 4.5 nautical miles
L geo International Maritime Boundary Line
L geo IMBL
O government Navy
> A Fast Attack Craft attached to the Northern Naval Command made the arrests during a routine patrol. The fishermen were brought to the SLNS Uththara naval base at Kankesanthurai and handed over to the Assistant Director of Fisheries in Jaffna on Monday for legal action.
O government Northern Naval Command
L facility SLNS Uththara
L city Kankesanthurai
L city Jaffna
> The suspects, aged between 19 and 61, were charged under the Fisheries (Regulation of Foreign Fishing Boats) Act, as amended, with fishing in Sri Lankan waters without a licence and with using banned bottom-trawl nets.
F age 19
F age 61
> Appearing for the Vadamarachchi North Fishermen's Co-operative Societies Union, which has intervened in the case, Attorney-at-Law M. Ramanathan urged the court not to release the trawlers to their owners, saying bottom trawling "destroys in one night what our people live on for a year".
O nonprofit Vadamarachchi North Fishermen's Co-operative Societies Union
P full M. Ramanathan
Q direct M. Ramanathan :: "destroys in one night what our people live on for a year"
F duration one night
> The Magistrate ordered that the two trawlers, valued by the Fisheries Department at Rs. 38 million, be kept in the custody of the Navy until the conclusion of the case, and fixed the next hearing for March 27.
F number two
O government Fisheries Department
F money Rs. 38 million
O government Navy
F date March 27
> He observed that the court was dealing with "repeated violations by the same boats" and directed the Navy to submit the registration details of both trawlers at the next hearing.
Q direct A. Yogeswaran :: "repeated violations by the same boats"
O government Navy
> According to Navy figures, 87 Indian fishermen have been arrested and 11 trawlers seized in the northern seas so far this year, most of them off Delft Island and Kachchativu. Bottom trawling has been banned in Sri Lanka since 2017.
O government Navy
F number 87
F number 11
L geo Delft Island
L geo Kachchativu
L country Sri Lanka
F date 2017
> Meanwhile, around 300 fishermen from Point Pedro, Valvettithurai and Thondaimanaru staged a protest outside the Point Pedro Magistrate's Court yesterday morning, carrying placards that read "Our sea, our livelihood" and "Stop bottom trawling now".
F number 300
L city Point Pedro
L city Valvettithurai
L city Thondaimanaru
O government Point Pedro Magistrate's Court
Q direct - :: "Our sea, our livelihood"
Q direct - :: "Stop bottom trawling now"
> "Every night we can count more than 200 trawler lights from our beach. They come across from Kodiyakkarai after dark, take everything and are back in Indian waters by dawn," said V. Thavapalan, secretary of the union.
Q direct V. Thavapalan :: "Every night we can count more than 200 trawler lights from our beach. They come across from Kodiyakkarai after dark, take everything and are back in Indian waters by dawn,"
F number 200
L city Kodiyakkarai
P full V. Thavapalan
> "Our men go out in fibreglass boats with 25-horsepower engines. How can we compete with that? The nets we lose to the trawlers cost Rs. 150,000 each."
Q direct V. Thavapalan :: "Our men go out in fibreglass boats with 25-horsepower engines. How can we compete with that? The nets we lose to the trawlers cost Rs. 150,000 each."
F quantity 25-horsepower
F money Rs. 150,000
> In Nagapattinam, S. Arulanandam, president of the Nagapattinam District Mechanised Boat Owners' Welfare Association, told the Daily News over the phone that the families of the arrested men had lost their only income.
L city Nagapattinam
P full S. Arulanandam
O nonprofit Nagapattinam District Mechanised Boat Owners' Welfare Association
O media Daily News
> "Each trawler is worth INR 5 million and feeds 12 families. Our men do not go there to fight anyone. The fish have moved, and we have to follow them," he said, adding that the association would ask the Indian Government to take up the issue with Colombo.
Q direct S. Arulanandam :: "Each trawler is worth INR 5 million and feeds 12 families. Our men do not go there to fight anyone. The fish have moved, and we have to follow them,"
F money INR 5 million
F number 12
L city Colombo
> The Consulate General of India in Jaffna said it was in touch with the fishermen's families and would provide consular assistance.
O government Consulate General of India
L city Jaffna
> Fishermen's leaders from both countries are due to meet in Colombo next month for the first time since 2036, with the support of the two governments.
L city Colombo
F date 2036
F number two
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
