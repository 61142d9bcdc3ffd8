#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval69 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval69/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['457-gala-selkirk-premiership-border-derby-netherdale-haig-border-telegraph'] = r'''
> Sport
> Rugby
> 'We never stopped believing' – Gala edge Selkirk in Netherdale thriller
Q direct Graeme Waugh :: 'We never stopped believing'
O team Gala
O team Selkirk
L facility Netherdale
> Replacement Fraser Haig strikes two minutes from time as the Maroons end a run of four derby defeats
P full Fraser Haig
F duration two minutes
O team Maroons
F number four
> By Craig Lauder
P full Craig Lauder
> Sports reporter
> Published: 22nd March 2038
F date 22nd March 2038
> Fraser Haig dives over for Gala’s winning try against Selkirk at Netherdale. (Image: Grant Kinghorn)
P full Fraser Haig
O team Gala
O team Selkirk
L facility Netherdale
P full Grant Kinghorn
> Gala snatched a dramatic Border derby win over Selkirk at Netherdale on Saturday, with replacement scrum-half Fraser Haig diving over two minutes from time to seal a 27-24 victory in the Premiership.
O team Gala
O team Selkirk
L facility Netherdale
P full Fraser Haig
F duration two minutes
F score 27-24
O other Premiership
> The result lifts the Maroons to fifth in the table, two points clear of their neighbours from Philiphaugh, and ends a run of four straight defeats against the Souters that stretched back to October 2036.
O team Maroons
F number two
L facility Philiphaugh
F number four
O team Souters
F date October 2036
> Selkirk led 17-10 at the break and went back in front at 24-20 when flanker Lewis Scobie barged over 12 minutes from time, but Haig’s late score, converted from in front of the posts by stand-off Cammy Douglas, sent most of the 1,600 crowd at the Galashiels ground into raptures.
O team Selkirk
F score 17-10
F score 24-20
P full Lewis Scobie
F duration 12 minutes
P partial Haig
P full Cammy Douglas
F number 1,600
L city Galashiels
> “We never stopped believing,” said Gala head coach Graeme Waugh. “Selkirk were the better side for 50 minutes and we know that, but this group has a bit of steel about it now. Fraser has waited all season for a chance like that and he took it.”
Q direct Graeme Waugh :: “We never stopped believing,”
Q direct Graeme Waugh :: “Selkirk were the better side for 50 minutes and we know that, but this group has a bit of steel about it now. Fraser has waited all season for a chance like that and he took it.”
O team Gala
P full Graeme Waugh
O team Selkirk
F duration 50 minutes
P partial Fraser
> The visitors made the stronger start. Fijian wing Josefa Naivalu finished a sweeping move in the sixth minute, Rory Anderson-Tait converted, and when Gala prop Gregor Hume was shown a yellow card for collapsing a driving maul close to the line, referee Colin Shearer awarded a penalty try.
P full Josefa Naivalu
P full Rory Anderson-Tait
O team Gala
P full Gregor Hume
P full Colin Shearer
> Douglas and Anderson-Tait swapped penalties before Jamie Renwick, the 19-year-old winger making only his third start, gathered a cross-field kick to score in the left corner. Douglas added a touchline conversion, and the home side trailed 17-10 at half-time.
P partial Douglas
P partial Anderson-Tait
P full Jamie Renwick
F age 19-year-old
P partial Douglas
F score 17-10
> Hume’s return from the sin-bin sparked a Gala revival. Douglas kicked his second penalty three minutes after the restart, and Renwick went over for his second try on 58 minutes after a break by centre Sandy Brotherston to give the Maroons a 20-17 lead.
P partial Hume
O team Gala
P partial Douglas
F duration three minutes
P partial Renwick
F duration 58 minutes
P full Sandy Brotherston
O team Maroons
F score 20-17
> Selkirk hit back when Scobie crashed over from a five-metre lineout and Anderson-Tait converted, but Gala kept the ball through 14 phases in the closing stages before Haig, on for Alasdair Laing, darted over from the base of a ruck.
O team Selkirk
P partial Scobie
F quantity five-metre
P partial Anderson-Tait
O team Gala
F number 14
P partial Haig
P full Alasdair Laing
> Selkirk captain Darren Elliot said his side were “gutted” to leave with only a losing bonus point. “We gave away too many cheap penalties in the second half, and you can’t do that at Netherdale,” he said. “There’s a lot of rugby left, and we’ll see them again in the Border League.”
O team Selkirk
P full Darren Elliot
Q direct Darren Elliot :: “gutted”
Q direct Darren Elliot :: “We gave away too many cheap penalties in the second half, and you can’t do that at Netherdale,”
L facility Netherdale
Q direct Darren Elliot :: “There’s a lot of rugby left, and we’ll see them again in the Border League.”
O other Border League
> Selkirk RFC said on Sunday that Naivalu, who limped off in the 65th minute, had suffered a “suspected ankle ligament injury” and would be assessed this week.
O team Selkirk RFC
P partial Naivalu
Q direct Selkirk RFC :: “suspected ankle ligament injury”
> Gala travel to Myreside to face Watsonians next Saturday (3pm), while Selkirk host Hawick at Philiphaugh in another Border derby.
O team Gala
L facility Myreside
O team Watsonians
F time 3pm
O team Selkirk
O team Hawick
L facility Philiphaugh
> Gala: Callum Young; Jamie Renwick, Ross McCaig, Sandy Brotherston, Tomasi Qiolevu; Cammy Douglas, Alasdair Laing; Gregor Hume, Kyle Wight, Ewan Dryden-Moffat, Neil Gillies, Lachlan MacQueen, Struan Ballantyne, Harris Nichol, Ross Cranston (capt). Replacements: Jack Cessford, Mark Lunn, Finlay Stoddart, Fraser Haig, Rhys Dalgetty.
O team Gala
P full Callum Young
P full Jamie Renwick
P full Ross McCaig
P full Sandy Brotherston
P full Tomasi Qiolevu
P full Cammy Douglas
P full Alasdair Laing
P full Gregor Hume
P full Kyle Wight
P full Ewan Dryden-Moffat
P full Neil Gillies
P full Lachlan MacQueen
P full Struan Ballantyne
P full Harris Nichol
P full Ross Cranston
P full Jack Cessford
P full Mark Lunn
P full Finlay Stoddart
P full Fraser Haig
P full Rhys Dalgetty
> Selkirk: Scott Riddell; Josefa Naivalu, Adam Hogg, Ben Stirling, Kerr Mitchell; Rory Anderson-Tait, Calum Inglis; Drew Turnbull, Gavin Rutherford, Sione Havili, Iain Laidlaw, Robbie Hastie, Lewis Scobie, Murray Pringle, Darren Elliot (capt). Replacements: Kieran Dodds, Jonny Brunton, Marc Ovens, Ally Kerr, Ruaridh Lockie.
O team Selkirk
P full Scott Riddell
P full Josefa Naivalu
P full Adam Hogg
P full Ben Stirling
P full Kerr Mitchell
P full Rory Anderson-Tait
P full Calum Inglis
P full Drew Turnbull
P full Gavin Rutherford
P full Sione Havili
P full Iain Laidlaw
P full Robbie Hastie
P full Lewis Scobie
P full Murray Pringle
P full Darren Elliot
P full Kieran Dodds
P full Jonny Brunton
P full Marc Ovens
P full Ally Kerr
P full Ruaridh Lockie
> Scorers: Gala – Tries: Renwick 2, Haig; Cons: Douglas 3; Pens: Douglas 2. Selkirk – Tries: Naivalu, Scobie, penalty try; Cons: Anderson-Tait 2; Pen: Anderson-Tait.
O team Gala
P partial Renwick
F number 2
P partial Haig
P partial Douglas
F number 3
P partial Douglas
F number 2
O team Selkirk
P partial Naivalu
P partial Scobie
P partial Anderson-Tait
F number 2
P partial Anderson-Tait
> Referee: Colin Shearer (Scottish Rugby)
P full Colin Shearer
O other Scottish Rugby
'''

ARTICLES['458-bukidnon-banana-plantation-moratorium-pulangi-watershed-sangguniang-mindanews'] = r'''
> News
> Bukidnon board OKs 3-year moratorium on new banana plantations in Pulangi watershed
L region Bukidnon
F duration 3-year
L geo Pulangi
> By Geraldine P. Lumintao
P full Geraldine P. Lumintao
> 16 March 2038
F date 16 March 2038
> Banana plantations cover the hills above the Pulangi River in Don Carlos, Bukidnon. MindaNews photo by Jovito S. Malinao
L geo Pulangi River
L city Don Carlos
L region Bukidnon
O media MindaNews
P full Jovito S. Malinao
> MALAYBALAY CITY (MindaNews / 16 March) — The Sangguniang Panlalawigan (SP) of Bukidnon on Tuesday approved a three-year moratorium on new and expanded banana plantations in the Pulangi River watershed, saying silt from cleared hillsides is choking the river and the reservoir of the Pulangi IV hydroelectric plant in Maramag.
L city MALAYBALAY CITY
O media MindaNews
F date 16 March
O government Sangguniang Panlalawigan
O government SP
L region Bukidnon
F duration three-year
L geo Pulangi River
L facility Pulangi IV
L city Maramag
> Provincial Ordinance No. 2038-07, principally authored by Board Member Jose Ramon “Jojo” Dumalagan Jr., covers an estimated 41,000 hectares in the municipalities of Quezon, Don Carlos, Kitaotao, San Fernando and Cabanglasan and in Valencia City. It was approved on third and final reading by a vote of 9-3, with one abstention.
P full Jose Ramon “Jojo” Dumalagan Jr.
Q scare - :: “Jojo”
F quantity 41,000 hectares
L city Quezon
L city Don Carlos
L city Kitaotao
L city San Fernando
L city Cabanglasan
L city Valencia City
F number 9-3
F number one
> The ordinance bars the provincial government and the municipalities from issuing permits for new plantations of more than 5 hectares on slopes steeper than 18 percent. Existing growers must plant a 20-meter buffer of native trees along rivers and creeks within 18 months.
F quantity 5 hectares
F percent 18 percent
F quantity 20-meter
F duration 18 months
> Data from the National Power Corporation (NPC) show that the reservoir of the 255-megawatt Pulangi IV plant has lost about 70 percent of its storage to sediment since the plant began operating in the 1980s. In the dry months of 2037 the plant at times ran at less than 60 MW, adding to rotating brownouts across Mindanao.
O company National Power Corporation
O company NPC
F quantity 255-megawatt
L facility Pulangi IV
F percent 70 percent
F date 1980s
F date 2037
F quantity 60 MW
L region Mindanao
> “We are not against bananas. Bananas feed thousands of families in this province,” Governor Herminia T. Pabualan told reporters after the session. “But we cannot keep losing our soil to the river. When Pulangi IV cannot run, the whole of Mindanao feels it.”
Q direct Herminia T. Pabualan :: “We are not against bananas. Bananas feed thousands of families in this province,”
Q direct Herminia T. Pabualan :: “But we cannot keep losing our soil to the river. When Pulangi IV cannot run, the whole of Mindanao feels it.”
P full Herminia T. Pabualan
L facility Pulangi IV
L region Mindanao
> The Pulangi rises in the uplands of Impasug-ong and flows south for more than 300 kilometers before it joins the Rio Grande de Mindanao in Cotabato province. Its watershed is home to Manobo, Talaandig and Higaonon communities, who have long complained that plantations are encroaching on their ancestral domains.
L geo Pulangi
L city Impasug-ong
F quantity 300 kilometers
L geo Rio Grande de Mindanao
L region Cotabato
> Datu Makapukaw Salinggay, the Indigenous Peoples Mandatory Representative (IPMR) in the SP, said elders of the upper Pulangi adopted a resolution asking for the moratorium at a tribal assembly in Kitaotao on 20 February.
P full Makapukaw Salinggay
O government SP
L geo Pulangi
L city Kitaotao
F date 20 February
> “Ang suba mao ang among kinabuhi. Kon mamatay ang suba, mamatay usab kami,” Salinggay said in Cebuano. (The river is our life. If the river dies, we die too.)
Q direct Makapukaw Salinggay :: “Ang suba mao ang among kinabuhi. Kon mamatay ang suba, mamatay usab kami,”
P partial Salinggay
> Board Member Cesar A. Ladera, who voted against the measure, said the ordinance would scare away investors just as banana exports to China and Japan are recovering. He cited figures from the Bukidnon Banana Growers Association showing that its 46 member farms employ about 14,500 workers and paid P612 million in wages in 2037.
P full Cesar A. Ladera
L country China
L country Japan
O nonprofit Bukidnon Banana Growers Association
F number 46
F number 14,500
F money P612 million
F date 2037
> “Who will feed these workers for three years?” Ladera asked during the debate.
Q direct Cesar A. Ladera :: “Who will feed these workers for three years?”
F duration three years
P partial Ladera
> In a statement, the association said it “respects the wisdom of the provincial board” but would ask the Regional Trial Court in Malaybalay to rule on whether the province can regulate land use inside municipalities.
Q direct Bukidnon Banana Growers Association :: “respects the wisdom of the provincial board”
O government Regional Trial Court
L city Malaybalay
> Records of the Department of Environment and Natural Resources (DENR) in Northern Mindanao show that forest cover in the Pulangi watershed fell from 38 percent in 2016 to 23 percent in 2036.
O government Department of Environment and Natural Resources
O government DENR
L region Northern Mindanao
L geo Pulangi
F percent 38 percent
F date 2016
F percent 23 percent
F date 2036
> A municipal official in Don Carlos, who asked not to be named because the mayor has yet to comment on the ordinance, said two plantations covering 620 hectares had been waiting for permits since December. “Those two will be the first casualties,” the official said.
L city Don Carlos
F number two
F quantity 620 hectares
Q direct - :: “Those two will be the first casualties,”
F number two
> The province will set aside P25 million from its 2039 budget for native tree seedlings for the buffer zones, Pabualan said. The ordinance takes effect 15 days after its publication in a newspaper of general circulation.
F money P25 million
F date 2039
P partial Pabualan
F duration 15 days
> (Geraldine P. Lumintao / MindaNews)
P full Geraldine P. Lumintao
O media MindaNews
'''

ARTICLES['459-elver-season-opens-record-price-tusket-pubnico-dfo-chronicle-herald'] = r'''
> Nova Scotia
L region Nova Scotia
> Elver fishers hit the rivers as price tops $3,400 a kilogram
F money $3,400
> Buyers in southwest Nova Scotia are paying more for baby eels than ever, but harvesters say strict tracking rules are keeping the peace on the riverbanks
L region Nova Scotia
> Author of the article: Jonah Saulnier
P full Jonah Saulnier
> Published Mar 30, 2039 • Last updated Mar 31, 2039 • 5 minute read
F date Mar 30, 2039
F date Mar 31, 2039
F duration 5 minute
> Elvers, also known as glass eels, are weighed at a buying station in Tusket, Yarmouth County, on Tuesday night. Photo by Camille Boudreau /The Chronicle Herald
L city Tusket
L region Yarmouth County
P full Camille Boudreau
O media The Chronicle Herald
> TUSKET, N.S. — Elver fishers on the rivers of southwest Nova Scotia started the 2039 season at 10 p.m. Tuesday, with buyers offering as much as $3,400 a kilogram for the translucent baby eels, the highest opening price in more than a decade.
L city TUSKET
L region N.S.
L region Nova Scotia
F date 2039
F time 10 p.m.
F money $3,400
> Fisheries and Oceans Canada (DFO) set this year's total allowable catch at 9,960 kilograms, unchanged from 2038, divided among nine commercial licence holders and seven First Nations. The season closes at 11:59 p.m. on May 31.
O government Fisheries and Oceans Canada
O government DFO
F quantity 9,960 kilograms
F date 2038
F number nine
F number seven
F time 11:59 p.m.
F date May 31
> Under rules in force since 2037, every elver sold must be weighed at one of 11 DFO-approved buying stations and logged in a federal database within 15 minutes of the sale. Exporters must show catch certificates before shipments leave Halifax Stanfield International Airport for buyers in Hong Kong and mainland China, where the eels are raised to market size.
F date 2037
F number 11
O government DFO
F duration 15 minutes
L facility Halifax Stanfield International Airport
L city Hong Kong
L country China
> Réjean d'Entremont, 58, has fished "civelles," as Acadian fishers call the elvers, on the Tusket River since 2013. He said he had never seen an opening night like it.
P full Réjean d'Entremont
F age 58
Q scare - :: "civelles,"
L geo Tusket River
F date 2013
> "Twenty-six years on this river, and I've never seen a number like that," said d'Entremont, who lives in Lower West Pubnico. "Three thousand four hundred dollars. My father used to sell them for bait.
Q direct Réjean d'Entremont :: "Twenty-six years on this river, and I've never seen a number like that,"
Q direct Réjean d'Entremont :: "Three thousand four hundred dollars. My father used to sell them for bait.
F duration Twenty-six years
P partial d'Entremont
L city Lower West Pubnico
F money Three thousand four hundred dollars
> "But people forget what it was like before the tracking came in. Guys were threatened on the riverbank, nets were cut, trucks were followed home at night. Nobody wants to go back to that."
Q direct Réjean d'Entremont :: "But people forget what it was like before the tracking came in. Guys were threatened on the riverbank, nets were cut, trucks were followed home at night. Nobody wants to go back to that."
> In a statement, DFO said the tracking system had "substantially reduced" unreported landings. Fishery officers seized 212 kilograms of elvers and laid charges against 14 people in 2038, the department said.
O government DFO
Q direct Fisheries and Oceans Canada :: "substantially reduced"
F quantity 212 kilograms
F number 14
F date 2038
> "The department will not hesitate to close the fishery again if conservation or public safety is threatened," the statement said.
Q direct Fisheries and Oceans Canada :: "The department will not hesitate to close the fishery again if conservation or public safety is threatened,"
> A buyer at a station outside Yarmouth, who asked not to be named because he was not authorized to speak for his company, said demand from Asia had jumped after Japan's glass eel catch fell for a third straight year.
L city Yarmouth
L continent Asia
L country Japan
> "Whatever we get, they'll take it, and they'll take it tonight," he said. Some buyers were quoting prices in American currency, with one offering US$2,500 a kilogram, he said.
Q direct - :: "Whatever we get, they'll take it, and they'll take it tonight,"
F money US$2,500
> Kerri Googoo, a harvester with Acadia First Nation who fishes the Mersey River near Liverpool, in Queens County, said her community's share of the catch, 1,250 kilograms this year, was still too small. Mi'kmaw fishers, she said, want a fishery that gives them "a living, not a lottery."
P full Kerri Googoo
O government Acadia First Nation
L geo Mersey River
L city Liverpool
L region Queens County
F quantity 1,250 kilograms
Q direct Kerri Googoo :: "a living, not a lottery."
> "We're on these rivers every spring whether the price is $300 or $3,000. The quota should reflect that," she said.
Q direct Kerri Googoo :: "We're on these rivers every spring whether the price is $300 or $3,000. The quota should reflect that,"
F money $300
F money $3,000
> RCMP officers and fishery officers will patrol rivers in Yarmouth, Digby and Shelburne counties overnight through the season, an RCMP spokesperson said.
O government RCMP
L region Yarmouth
L region Digby
L region Shelburne
O government RCMP
> Elver exports from Nova Scotia were worth $41.2 million in 2038, according to Statistics Canada, up 18 per cent from a year earlier. The eels are flown live in oxygenated bags and can survive about 36 hours in transit.
L region Nova Scotia
F money $41.2 million
F date 2038
O government Statistics Canada
F percent 18 per cent
F duration 36 hours
> The first shipments of the season were expected to leave Halifax on Thursday.
L city Halifax
'''

ARTICLES['460-massawa-airport-chilled-fish-cargo-jeddah-dubai-eritrea-shabait'] = r'''
> News
> Massawa airport starts chilled fish exports to Jeddah and Dubai
L city Massawa
L city Jeddah
L city Dubai
> Apr 12 2038
F date Apr 12 2038
> By Yafet Kidane
P full Yafet Kidane
> Boxes of chilled fish are loaded onto a cargo aircraft at Massawa International Airport. (Photo: Shabait)
L facility Massawa International Airport
O media Shabait
> Massawa, 12 April 2038 – The first consignment of chilled fish from Eritrea’s Red Sea coast was flown out of Massawa International Airport on Saturday, marking the start of regular cargo flights from the port city to Jeddah and Dubai.
L city Massawa
F date 12 April 2038
L country Eritrea
L geo Red Sea
L facility Massawa International Airport
L city Jeddah
L city Dubai
> The 4.2-tonne consignment of grouper, snapper and Spanish mackerel was processed and packed at the new cold store of the Gurgusum Fish Processing Enterprise, 9 km north of the city, and loaded onto a chartered Boeing 737 freighter operated by Eritrean Airlines.
F quantity 4.2-tonne
O company Gurgusum Fish Processing Enterprise
F quantity 9 km
O company Eritrean Airlines
> Speaking at the ceremony, Mr. Tesfalidet Woldegabriel, Director General of the Civil Aviation Authority, said the airport’s 3,500-metre runway, which was resurfaced in 2036, and its new cold-chain terminal can now handle up to 60 tonnes of perishable cargo a week.
P full Tesfalidet Woldegabriel
O government Civil Aviation Authority
F quantity 3,500-metre
F date 2036
F quantity 60 tonnes
> “Massawa International Airport is no longer only a gate for passengers. It is now a gate for the products of our fishermen and farmers,” Mr. Tesfalidet said.
Q direct Tesfalidet Woldegabriel :: “Massawa International Airport is no longer only a gate for passengers. It is now a gate for the products of our fishermen and farmers,”
L facility Massawa International Airport
P partial Tesfalidet
> According to Ms. Saba Ghebremeskel, head of fisheries development at the Ministry of Marine Resources, Eritrea’s fish catch reached 18,400 tonnes in 2037, against an estimated sustainable potential of 80,000 tonnes a year. Fish exports rose by 35% in the same year, she said.
P full Saba Ghebremeskel
O government Ministry of Marine Resources
L country Eritrea
F quantity 18,400 tonnes
F date 2037
F quantity 80,000 tonnes
F percent 35%
> Ms. Saba explained that most of the high-value catch had until now been sold frozen at low prices. “Fish that reaches Jeddah chilled within 24 hours fetches three to four times the price of frozen fish,” she said.
P partial Saba
Q direct Saba Ghebremeskel :: “Fish that reaches Jeddah chilled within 24 hours fetches three to four times the price of frozen fish,”
L city Jeddah
F duration 24 hours
F number three
F number four
> The cold store, built at a cost of Nfa 96 million (about US$6.4 million), keeps fish at between 0 and 2 degrees Celsius and can process 12 tonnes of fish a day.
F money Nfa 96 million
F money US$6.4 million
F quantity 0
F quantity 2 degrees Celsius
F quantity 12 tonnes
> Mr. Idris Mohammed Saleh, a fisherman from the Dahlak Islands who has fished for 31 years, said the price paid for grouper at the Massawa landing site had risen from 45 Nakfa to 110 Nakfa per kilogram since the cold store opened in March.
P full Idris Mohammed Saleh
L geo Dahlak Islands
F duration 31 years
L city Massawa
F money 45 Nakfa
F money 110 Nakfa
> “In the past, if we could not sell the catch in two days, we gave it away or dried it. Now the buyers come to the boat,” Mr. Idris said.
Q direct Idris Mohammed Saleh :: “In the past, if we could not sell the catch in two days, we gave it away or dried it. Now the buyers come to the boat,”
F duration two days
P partial Idris
> Eritrean Airlines said it would operate two cargo flights a week to Jeddah and one to Dubai from May, and would add more “in line with demand”.
O company Eritrean Airlines
F number two
L city Jeddah
F number one
L city Dubai
Q direct Eritrean Airlines :: “in line with demand”
> The Administrator of the Northern Red Sea Region, Mr. Abraha Tewolde, called on fishermen’s cooperatives in Massawa, Ghela'elo and the Dahlak Islands to organize a regular supply so that the flights leave full.
L region Northern Red Sea Region
P full Abraha Tewolde
L city Massawa
L city Ghela'elo
L geo Dahlak Islands
> Last year Eritrea exported 3,150 tonnes of fish, most of it frozen, to Saudi Arabia, the United Arab Emirates, Egypt and Italy. The Civil Aviation Authority plans to open a similar cold-chain terminal at Assab International Airport by 2040.
L country Eritrea
F quantity 3,150 tonnes
L country Saudi Arabia
L country United Arab Emirates
L country Egypt
L country Italy
O government Civil Aviation Authority
L facility Assab International Airport
F date 2040
> The ceremony was attended by senior officials of the Ministry of Transport and Communications and the Ministry of Trade and Industry, as well as members of fishermen’s cooperatives and residents of Massawa.
O government Ministry of Transport and Communications
O government Ministry of Trade and Industry
L city Massawa
'''

ARTICLES['461-cazombo-solar-park-moxico-leste-ende-diesel-angop'] = r'''
> Economy
> Cazombo solar park ends reliance on diesel generators
L city Cazombo
> 12 May 2039 | 14h52
F date 12 May 2039
F time 14h52
> Solar panels at the photovoltaic park in Cazombo, Moxico Leste province © Fotografia: ANGOP
L city Cazombo
L region Moxico Leste
O media ANGOP
> Cazombo - The 14-megawatt (MW) photovoltaic park of Cazombo, capital of the eastern Moxico Leste province, was inaugurated on Thursday, ending more than 20 years of dependence on diesel generators in the city.
L city Cazombo
F quantity 14-megawatt
L city Cazombo
L region Moxico Leste
F duration 20 years
> The park, built by the consortium Kalunga Solar, Lda at a cost of Kz 26.3 billion (about USD 28 million), has 24,800 solar panels and a 32-megawatt-hour (MWh) battery bank that keeps the city supplied after sunset.
O company Kalunga Solar, Lda
F money Kz 26.3 billion
F money USD 28 million
F number 24,800
F quantity 32-megawatt-hour
> The minister of Energy and Water, Adelino Cassule Mbala, who inaugurated the infrastructure, said that until now every litre of fuel for the city's power station had to travel by road from Luena, about 450 kilometres away, a journey that can take up to a week in the rainy season.
P full Adelino Cassule Mbala
L city Luena
F quantity 450 kilometres
> "Cazombo was paying the highest price for electricity in the country. Today that ends," the minister said.
Q direct Adelino Cassule Mbala :: "Cazombo was paying the highest price for electricity in the country. Today that ends,"
L city Cazombo
> According to the minister, the park will supply 9,600 households and 42 public institutions, including the Cazombo Municipal Hospital, and will save the State about 6.4 million litres of diesel a year.
F number 9,600
F number 42
O other Cazombo Municipal Hospital
F quantity 6.4 million litres
> Angola has an installed capacity of about 7,400 MW, of which around 62 percent comes from hydropower, mainly from the Laúca and Caculo Cabaça dams on the Kwanza River. The national grid, however, does not yet reach the east of the country, where most towns still depend on diesel.
L country Angola
F quantity 7,400 MW
F percent 62 percent
L facility Laúca
L facility Caculo Cabaça
L geo Kwanza River
> The Empresa Nacional de Distribuição de Electricidade (ENDE) will run the new distribution network, which was extended by 86 kilometres of medium-voltage lines to the neighbourhoods of Samuzele and Kandembe.
O company Empresa Nacional de Distribuição de Electricidade
O company ENDE
F quantity 86 kilometres
L city Samuzele
L city Kandembe
> The provincial director of ENDE in Moxico Leste, Teresa Nzinga dos Santos, said 3,200 new customers had already been connected with prepaid meters.
O company ENDE
L region Moxico Leste
P full Teresa Nzinga dos Santos
F number 3,200
> "From today Cazombo has electricity 24 hours a day. Before, the generators worked from 18h00 to midnight, and only when there was fuel," she said.
Q direct Teresa Nzinga dos Santos :: "From today Cazombo has electricity 24 hours a day. Before, the generators worked from 18h00 to midnight, and only when there was fuel,"
L city Cazombo
F duration 24 hours
F time 18h00
> Domestic customers will pay Kz 15 per kilowatt-hour under the social tariff set by the Regulatory Institute for Electricity and Water Services (IRSEA), the same as consumers on the national grid in Luanda.
F money Kz 15
O government Regulatory Institute for Electricity and Water Services
O government IRSEA
L city Luanda
> The governor of Moxico Leste, Faustino Kapemba Muachilombo, described the inauguration as "a new page" for the province, created in 2024, and said the energy will allow the reopening of a rice husking plant and the installation of cold rooms for fish from the Zambeze River.
L region Moxico Leste
P full Faustino Kapemba Muachilombo
Q direct Faustino Kapemba Muachilombo :: "a new page"
F date 2024
L geo Zambeze River
> "Young people left Cazombo because there was no light to study or to work. With this park, we want them to come back," the governor said.
Q direct Faustino Kapemba Muachilombo :: "Young people left Cazombo because there was no light to study or to work. With this park, we want them to come back,"
L city Cazombo
> The Executive plans similar solar plants with battery storage in Luau and Lumbala Nguimbo by 2040, under a programme financed by the African Development Bank (AfDB) and by the Government's own resources, the minister said.
L city Luau
L city Lumbala Nguimbo
F date 2040
O intergovernmental African Development Bank
O intergovernmental AfDB
> Moxico Leste, which borders Zambia and the Democratic Republic of Congo, has about 280,000 inhabitants, according to the National Statistics Institute (INE).
L region Moxico Leste
L country Zambia
L country Democratic Republic of Congo
F number 280,000
O government National Statistics Institute
O government INE
'''

ARTICLES['462-audrain-county-hog-farm-ordinance-struck-down-mexico-salt-river-missourian'] = r'''
> State news
> Audrain County judge strikes down health ordinance on large hog farms
L region Audrain County
> The ruling voids rules that required setbacks and manure testing near the South Fork of the Salt River. The county health board says it will appeal.
L geo South Fork of the Salt River
> By Annika Vossberg
P full Annika Vossberg
> Mar 16, 2039
F date Mar 16, 2039
> Hog barns stand along County Road 617 west of Laddonia on March 9. RYAN KETTELKAMP/Missourian
L street County Road 617
L city Laddonia
F date March 9
P full RYAN KETTELKAMP
O media Missourian
> MEXICO, Mo. — An Audrain County judge on Wednesday struck down a county health ordinance that limited the growth of large hog confinement operations, ruling that the county’s health board had no power to regulate farms more strictly than state law allows.
L city MEXICO
L region Mo.
L region Audrain County
> In a 23-page ruling, Judge Marcia Ostermann-Fry of the 12th Judicial Circuit wrote that Senate Bill 391, which the General Assembly passed in 2019, “leaves no room” for county rules on concentrated animal feeding operations that go beyond state regulations.
F number 23
P full Marcia Ostermann-Fry
O government 12th Judicial Circuit
O government General Assembly
F date 2019
Q direct Marcia Ostermann-Fry :: “leaves no room”
> “The Court does not doubt the sincerity of the residents who asked for this ordinance, or the board’s concern for their drinking water,” Ostermann-Fry wrote. “But the legislature has decided who regulates these operations, and it is not the county.”
Q direct Marcia Ostermann-Fry :: “The Court does not doubt the sincerity of the residents who asked for this ordinance, or the board’s concern for their drinking water,”
Q direct Marcia Ostermann-Fry :: “But the legislature has decided who regulates these operations, and it is not the county.”
P partial Ostermann-Fry
> The ordinance, adopted by the Audrain County Health Department’s board of trustees in August 2038, required hog operations of more than 1,000 animal units to stay at least 2 miles from a public water intake, test their manure lagoons every three months and post a $250,000 bond for cleanup.
O government Audrain County Health Department
F date August 2038
F quantity 1,000 animal units
F quantity 2 miles
F duration three months
F money $250,000
> It had been on hold since Nov. 3, 2038, when Ostermann-Fry granted a temporary restraining order sought by Prairie Fork Pork LLC, which runs a 7,400-head finishing operation near Laddonia, and two other hog producers.
F date Nov. 3, 2038
P partial Ostermann-Fry
O company Prairie Fork Pork LLC
F number 7,400
L city Laddonia
F number two
> Brent Kolkmeier, a Columbia attorney for the producers, said the ruling spared farmers “a patchwork of county rulebooks.” “This was never about one farm. It was about whether a farmer in Audrain County plays by the same rules as a farmer in Nodaway County,” Kolkmeier said.
P full Brent Kolkmeier
L city Columbia
Q direct Brent Kolkmeier :: “a patchwork of county rulebooks.”
Q direct Brent Kolkmeier :: “This was never about one farm. It was about whether a farmer in Audrain County plays by the same rules as a farmer in Nodaway County,”
F number one
L region Audrain County
L region Nodaway County
P partial Kolkmeier
> The health department’s attorney, Luis Echeverría-Kuhn, said the board would appeal to the Eastern District of the Missouri Court of Appeals. “The board never tried to shut anybody down. It asked for a bond and a water test,” he said.
P full Luis Echeverría-Kuhn
O government Eastern District
O government Missouri Court of Appeals
Q direct Luis Echeverría-Kuhn :: “The board never tried to shut anybody down. It asked for a bond and a water test,”
> Mark Twain Lake, the reservoir on the Salt River about 40 miles northeast of Mexico, supplies drinking water to about 70,000 people in 10 counties through the Clarence Cannon Wholesale Water Commission. The South Fork flows past several of Audrain County’s largest hog operations before it reaches the lake.
L geo Mark Twain Lake
L geo Salt River
F quantity 40 miles
L city Mexico
F number 70,000
F number 10
O government Clarence Cannon Wholesale Water Commission
L geo South Fork
L region Audrain County
> Doris Haerle, 71, whose family has farmed near Vandalia since 1911, helped found Friends of the South Fork, a group of about 60 landowners that pushed for the ordinance.
P full Doris Haerle
F age 71
L city Vandalia
F date 1911
O nonprofit Friends of the South Fork
F number 60
> “We’re not against hogs. My husband raised hogs for 40 years,” Haerle said. “But there were 12,000 head within three miles of our well when this started, and now there will be more.
Q direct Doris Haerle :: “We’re not against hogs. My husband raised hogs for 40 years,”
Q direct Doris Haerle :: “But there were 12,000 head within three miles of our well when this started, and now there will be more.
F duration 40 years
P partial Haerle
F number 12,000
F quantity three miles
> “Nobody in Jefferson City has to drink this water.”
Q direct Doris Haerle :: “Nobody in Jefferson City has to drink this water.”
L city Jefferson City
> The Missouri Department of Natural Resources, which issues permits for the largest operations, said in an email that the three Audrain County farms named in the case “meet all state setback and nutrient management requirements.” State setbacks range from 1,000 to 3,000 feet from an occupied home, depending on the size of the operation.
O government Missouri Department of Natural Resources
F number three
L region Audrain County
Q direct Missouri Department of Natural Resources :: “meet all state setback and nutrient management requirements.”
F quantity 1,000
F quantity 3,000 feet
> Hog numbers in Audrain County have grown 35% since 2030, according to the U.S. Department of Agriculture, and about a third of the county’s hogs are now raised in the South Fork’s watershed.
L region Audrain County
F percent 35%
F date 2030
O government U.S. Department of Agriculture
F fraction a third
L geo South Fork
> An Audrain County commissioner, who spoke on condition of anonymity because the commission had not discussed the ruling, said the decision took “a hot potato” off the commission’s desk. “Most of us were relieved, to be honest,” the commissioner said.
L region Audrain County
Q direct - :: “a hot potato”
Q direct - :: “Most of us were relieved, to be honest,”
> The health board will discuss an appeal at 6:30 p.m. Monday at the health department, 1001 W. Liberty St. in Mexico.
F time 6:30 p.m.
L address 1001 W. Liberty St.
L city Mexico
> Supervising editor is Elena Marchbanks.
P full Elena Marchbanks
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
