#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval40 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval40/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['283-yell-sound-tunnel-study-shetland-council'] = r'''
> News
> Yell Sound tunnel ‘no longer a pipe dream’, councillors told as £1.85m study is approved
L geo Yell Sound
Q direct Andrina Tulloch :: ‘no longer a pipe dream’
F money £1.85m
> Full council backs ground surveys under the sound by 14-7, with a fixed link to Yell now costed at between £214 million and £260 million
F number 14-7
L geo Yell
F money £214 million
F money £260 million
> Freya Isbister, Local Democracy Reporter
P full Freya Isbister
> 3 June 2038 | 5.41pm
F date 3 June 2038
F time 5.41pm
> The Yell Sound ferry leaves Toft for Ulsta. The crossing takes 20 minutes, and the two ferries on the route are now more than 30 years old. Photo: Shetland News
L geo Yell Sound
L city Toft
L city Ulsta
F duration 20 minutes
F number two
F duration 30 years
O media Shetland News
> Shetland Islands Council has agreed to spend £1.85 million on a detailed study of a road tunnel between Toft on the Mainland and Ulsta on Yell, in what supporters called the biggest step yet towards replacing the busiest inter-island ferry route in the isles.
O government Shetland Islands Council
F money £1.85 million
L city Toft
L geo Mainland
L city Ulsta
L geo Yell
> Members voted by 14 votes to seven on Wednesday to commission ground investigations and an outline business case for a 3.9km tunnel under Yell Sound, after a debate in Lerwick Town Hall that lasted almost three hours.
F number 14
F number seven
F quantity 3.9km
L geo Yell Sound
L facility Lerwick Town Hall
F duration three hours
> The work, to be carried out over 18 months from July, will include boreholes at both ends of the route and a survey of the seabed down to 110 metres, the deepest point on the line of the tunnel.
F duration 18 months
F quantity 110 metres
> North Isles member Andrina Tulloch, who moved the motion, told the meeting that a fixed link was “no longer a pipe dream”.
L region North Isles
P full Andrina Tulloch
Q direct Andrina Tulloch :: “no longer a pipe dream”
> “The Faroese have been building these for nearly 40 years, under deeper and rougher water than ours, and nobody in Klaksvík would go back to the ferry,” she said.
Q direct Andrina Tulloch :: “The Faroese have been building these for nearly 40 years, under deeper and rougher water than ours, and nobody in Klaksvík would go back to the ferry,”
F duration 40 years
L city Klaksvík
> “Every family in Yell and Unst knows what it is to miss the last boat south. We cannot keep asking young folk to build their lives around a timetable.”
Q direct Andrina Tulloch :: “Every family in Yell and Unst knows what it is to miss the last boat south. We cannot keep asking young folk to build their lives around a timetable.”
L geo Yell
L geo Unst
> A report by Hayley Manson-Ratter, the council’s director of infrastructure services, put the cost of a tunnel at between £214 million and £260 million at 2038 prices. Running the Yell Sound service costs £8.4 million a year, and replacing its two ferries in the 2040s would cost an estimated £63m.
P full Hayley Manson-Ratter
F money £214 million
F money £260 million
F date 2038
L geo Yell Sound
F money £8.4 million
F number two
F date 2040s
F money £63m
> The crossing carried about 318,000 passengers and 141,000 vehicles in 2037, up 6.2 per cent on the year before, the report said. Most of the traffic is made up of commuters to Sullom Voe, Brae and Lerwick and seafood lorries from Unst and Yell.
F number 318,000
F number 141,000
F date 2037
F percent 6.2 per cent
L facility Sullom Voe
L city Brae
L city Lerwick
L geo Unst
L geo Yell
> Ms Manson-Ratter said a tunnel could not be built without “significant” capital funding from the Scottish Government, and that it would be “2045 at the very earliest” before the first cars drove through it.
P partial Manson-Ratter
Q direct Hayley Manson-Ratter :: “significant”
O government Scottish Government
Q direct Hayley Manson-Ratter :: “2045 at the very earliest”
F date 2045
> Lerwick South member Gibbie Laurenson, who voted against, said the council could not afford to “gamble” £1.85m on surveys when its capital programme was already £31m over budget.
L region Lerwick South
P full Gibbie Laurenson
Q direct Gibbie Laurenson :: “gamble”
F money £1.85m
F money £31m
> “We are being asked to pay for a very expensive map of the seabed,” he said. “I would rather spend the money on a berth at Gutcher that works in a southerly gale.”
Q direct Gibbie Laurenson :: “We are being asked to pay for a very expensive map of the seabed,”
Q direct Gibbie Laurenson :: “I would rather spend the money on a berth at Gutcher that works in a southerly gale.”
L city Gutcher
> His amendment, to spend the money instead on a new berth at Gutcher and a faster vessel for Bluemull Sound, was defeated by 15 votes to six.
L city Gutcher
L geo Bluemull Sound
F number 15
F number six
> Transport Scotland said it had “noted” the decision. “Any proposal for a fixed link would need to be assessed under the Scottish Transport Appraisal Guidance, and we will continue to work with the council and ZetTrans on the future of Shetland’s inter-island services,” a spokesperson said.
O government Transport Scotland
Q direct Transport Scotland :: “noted”
Q direct - :: “Any proposal for a fixed link would need to be assessed under the Scottish Transport Appraisal Guidance, and we will continue to work with the council and ZetTrans on the future of Shetland’s inter-island services,”
O government ZetTrans
L region Shetland
> In Mid Yell, Ruby Henderson, 67, who runs the island’s only bakery, said she had waited “half my life” for the council to take the idea seriously.
L city Mid Yell
P full Ruby Henderson
F age 67
Q direct Ruby Henderson :: “half my life”
F fraction half
> “My granddaughter is on the 6.35am boat every morning to get to her work in Lerwick,” she said. “That’s not a life, that’s a shift pattern.”
Q direct Ruby Henderson :: “My granddaughter is on the 6.35am boat every morning to get to her work in Lerwick,”
F time 6.35am
L city Lerwick
Q direct Ruby Henderson :: “That’s not a life, that’s a shift pattern.”
> A member of the ferry crew, who asked not to be named, said staff had been told there would be no compulsory redundancies before 2045. “Half of us will have retired by then anyway,” he said.
F date 2045
Q direct - :: “Half of us will have retired by then anyway,”
F fraction Half
> The outline business case is due to come back to the council’s environment and transport committee in early 2040. Officers have also been asked to report on whether a second tunnel, between Yell and Unst under Bluemull Sound, should be studied at the same time.
F date 2040
L geo Yell
L geo Unst
L geo Bluemull Sound
> Local Democracy Reporting is funded by the BBC.
O media BBC
'''

ARTICLES['284-nyandarua-milk-prices-dry-spell-processors'] = r'''
> Agribusiness
> Processors raise milk prices as dry spell cuts Nyandarua supply
L region Nyandarua
> In Summary
> • Kinangop Highlands Dairies now pays Sh58 a litre, up from Sh50 at the start of March.
O company Kinangop Highlands Dairies
F money Sh58
F money Sh50
> • Price of a 500ml packet could hit Sh70 by July if the long rains fail, processors warn.
F quantity 500ml
F money Sh70
> By WAMBUI NDUNG’U
P full WAMBUI NDUNG’U
> Tuesday, April 13, 2038
F date April 13, 2038
> A farmer delivers milk to a collection centre in Ol Kalou, Nyandarua County, on April 9, 2038. PHOTO | FILE | NMG
L city Ol Kalou
L region Nyandarua County
F date April 9, 2038
O media NMG
> Milk processors have raised the price they pay farmers by as much as Sh8 a litre in three weeks as a prolonged dry spell in the Rift Valley and central Kenya cuts deliveries, setting the stage for higher shelf prices in Nairobi.
F money Sh8
F duration three weeks
L region Rift Valley
L country Kenya
L city Nairobi
> Kinangop Highlands Dairies, the country’s third-largest processor by intake, now pays Sh58 a litre for raw milk delivered to its Ol Joro Orok plant, up from Sh50 at the start of March, managing director Peter Njoroge Kamau said.
O company Kinangop Highlands Dairies
F money Sh58
L city Ol Joro Orok
F money Sh50
P full Peter Njoroge Kamau
> “We are chasing the same litres as everybody else. If we don’t pay, the milk goes to the hawkers,” Mr Kamau said in an interview in Nairobi on Monday.
Q direct Peter Njoroge Kamau :: “We are chasing the same litres as everybody else. If we don’t pay, the milk goes to the hawkers,”
P partial Kamau
L city Nairobi
> The firm’s daily intake has fallen to 286,000 litres from about 372,000 litres in January, a 23 percent drop, he said.
F quantity 286,000 litres
F quantity 372,000 litres
F percent 23 percent
> Data from the Kenya Dairy Board (KDB) show processors handled 61.4 million litres in March, 17.8 percent less than a year earlier, with the steepest falls in Nyandarua, Nyeri, Uasin Gishu and Nakuru counties.
O government Kenya Dairy Board
O government KDB
F quantity 61.4 million litres
F percent 17.8 percent
L region Nyandarua
L region Nyeri
L region Uasin Gishu
L region Nakuru
> Shelf prices of a 500ml packet of fresh milk have risen to between Sh60 and Sh65 in Nairobi supermarkets, from Sh55 in February.
F quantity 500ml
F money Sh60
F money Sh65
L city Nairobi
F money Sh55
> State-owned New KCC, which sets the pace for farm-gate prices, raised its rate to Sh55 on April 1 and said in a statement that it would review prices “every two weeks until intake stabilises”.
O company New KCC
F money Sh55
F date April 1
Q direct New KCC :: “every two weeks until intake stabilises”
F duration two weeks
> Farmers say the higher prices have come too late for many herds. Njeri wa Mwangi, who chairs the Kipipiri Dairy Farmers Co-operative Society, said members had sold about 1,400 cows since January because they could no longer afford hay, which now costs Sh450 a bale against Sh280 last year.
P full Njeri wa Mwangi
O nonprofit Kipipiri Dairy Farmers Co-operative Society
F number 1,400
F money Sh450
F money Sh280
> “A farmer who had five cows is now milking two. The price increase is welcome, but you cannot sell milk you do not have,” Ms wa Mwangi said.
Q direct Njeri wa Mwangi :: “A farmer who had five cows is now milking two. The price increase is welcome, but you cannot sell milk you do not have,”
F number five
F number two
P partial wa Mwangi
> The Kenya Meteorological Department has forecast below-normal long rains between April and June for much of the Rift Valley and the central highlands, with Laikipia, Nyandarua and parts of Nakuru expected to receive less than 70 percent of their usual rainfall.
O government Kenya Meteorological Department
L region Rift Valley
L region Laikipia
L region Nyandarua
L region Nakuru
F percent 70 percent
> Farmers on the slopes of Mt Kenya in Nyeri, where pasture has held up better, have been trucking milk as far as Ol Kalou to take advantage of the higher prices.
L geo Mt Kenya
L region Nyeri
L city Ol Kalou
> Processors have asked the National Treasury to suspend for six months the 60 percent duty on milk powder imported from outside the East African Community (EAC), so that they can reconstitute milk for the school feeding programme.
O government National Treasury
F duration six months
F percent 60 percent
O intergovernmental East African Community
O intergovernmental EAC
> “Powder is the only buffer we have left,” said Sharon Chebet Kiprono, chief executive of the Milk Processors Association of Kenya (MPAK). She said members had lost about Sh1.2 billion in sales since February and were running their plants at 55 percent of capacity.
Q direct Sharon Chebet Kiprono :: “Powder is the only buffer we have left,”
P full Sharon Chebet Kiprono
O nonprofit Milk Processors Association of Kenya
O nonprofit MPAK
F money Sh1.2 billion
F percent 55 percent
> Skimmed milk powder was trading at about $3,150 a tonne on world markets in March, according to MPAK, or roughly Sh405,000 at current exchange rates.
F money $3,150
O nonprofit MPAK
F money Sh405,000
> Traders have also stepped up imports of long-life milk from Uganda, where farm-gate prices are about USh1,100 (Sh38) a litre, with milk tankers queuing at the Busia and Malaba border crossings.
L country Uganda
F money USh1,100
F money Sh38
L city Busia
L city Malaba
> Shares of Mt Kenya Creameries Plc, the only listed dairy firm, rose 4.6 percent to Sh38.20 at the Nairobi Securities Exchange on Monday after it said higher prices would offset the fall in volumes in the first half of the year.
O company Mt Kenya Creameries Plc
F percent 4.6 percent
F money Sh38.20
O company Nairobi Securities Exchange
> A manager at a supermarket chain in Nairobi’s Westlands area, who asked not to be named because he is not allowed to speak to the press, said suppliers had cut deliveries of 500ml packets by a third since March.
L city Nairobi
L city Westlands
F quantity 500ml
F fraction a third
> “Orders are coming in at maybe 70 percent. Customers are switching to powder and to the hawkers,” he said.
Q direct - :: “Orders are coming in at maybe 70 percent. Customers are switching to powder and to the hawkers,”
F percent 70 percent
> wndungu@ke.nationmedia.com
'''

ARTICLES['285-jounieh-kaslik-marina-permit-council-of-state'] = r'''
> Lebanon
L country Lebanon
> Council of State freezes Jounieh marina permit, citing 'public right' to the shore
O government Council of State
L city Jounieh
Q direct Council of State :: 'public right'
> The ruling halts work on a 420-berth marina in Kaslik that campaigners say would have reclaimed 38,000 square meters of sea and closed one of the last free beaches in Keserwan.
F number 420
L city Kaslik
F quantity 38,000 square meters
L region Keserwan
> By Joëlle Haddad-Rizk
P full Joëlle Haddad-Rizk
> 14 April 2038, 18:27
F date 14 April 2038
F time 18:27
> The rocky shoreline in Kaslik where the marina was to be built, on 13 April 2038. (Credit: Karim Saadé/L'Orient Today)
L city Kaslik
F date 13 April 2038
P full Karim Saadé
O media L'Orient Today
> BEIRUT — Lebanon's highest administrative court has suspended the building permit for a large private marina on the Jounieh coast, in a ruling that environmental groups hailed on Tuesday as the first serious check on the privatization of the country's shoreline in more than a decade.
L city BEIRUT
L country Lebanon
L city Jounieh
> In a decision dated April 9 and made public on Tuesday, the Council of State ordered that work on the 420-berth project in Kaslik be halted pending a full hearing, after finding that the permit issued in 2037 had ignored the public nature of the maritime domain.
F date April 9
O government Council of State
F number 420
L city Kaslik
F date 2037
> The sea and its shore are "a public right that cannot be traded away by permit or by decree," the ruling said, according to a copy seen by L'Orient Today.
Q direct Council of State :: "a public right that cannot be traded away by permit or by decree,"
O media L'Orient Today
> The developer, Rivage Keserwan Holding SAL, had planned to reclaim about 38,000 square meters of sea next to the old Kaslik fishing port and to build a breakwater, a hotel and a 600-space parking lot. The project was valued at $46 million.
O company Rivage Keserwan Holding SAL
F quantity 38,000 square meters
L city Kaslik
F number 600
F money $46 million
> In a statement, Rivage said it "respects the judiciary" and would "present all the documents that prove the legality of the permit" at the hearing, which has been set for June 16. The company said it had already paid $4.1 million, or about LL367 billion, in fees and guarantees to the state, all of it in so-called "fresh dollars."
O company Rivage
Q direct Rivage Keserwan Holding SAL :: "respects the judiciary"
Q direct Rivage Keserwan Holding SAL :: "present all the documents that prove the legality of the permit"
F date June 16
F money $4.1 million
F money LL367 billion
Q scare - :: "fresh dollars."
> The case was brought by Shatt Lana, a collective of lawyers, architects and fishermen, together with the Kaslik Fishermen's Cooperative and three residents of the area.
O nonprofit Shatt Lana
O nonprofit Kaslik Fishermen's Cooperative
F number three
> Their lawyer, Nadine Abi Khalil, said the ruling was "a message to every municipality that has been signing away the coast one plot at a time." She said only about 20 percent of Lebanon's 220-kilometer coastline was still freely accessible to the public.
P full Nadine Abi Khalil
Q direct Nadine Abi Khalil :: "a message to every municipality that has been signing away the coast one plot at a time."
F percent 20 percent
L country Lebanon
F quantity 220-kilometer
> "The law has always been clear. Decree 4810 of 1966 says the shore belongs to everyone, and for 30 years it has been treated as a list of exceptions," Abi Khalil said. "Today, a judge read the law as it is written."
Q direct Nadine Abi Khalil :: "The law has always been clear. Decree 4810 of 1966 says the shore belongs to everyone, and for 30 years it has been treated as a list of exceptions,"
F duration 30 years
P partial Abi Khalil
Q direct Nadine Abi Khalil :: "Today, a judge read the law as it is written."
> The Jounieh municipality, which had backed the project, said it would comply with the decision. Jounieh Mayor Ghassan Abou Jaoudé told L'Orient Today that the marina would have brought "at least 300 jobs" and more than LL90 billion a year in fees to a city struggling to pay its own staff.
L city Jounieh
L city Jounieh
P full Ghassan Abou Jaoudé
O media L'Orient Today
Q direct Ghassan Abou Jaoudé :: "at least 300 jobs"
F number 300
F money LL90 billion
> "We are not against the sea. We are against a city with no money," he said.
Q direct Ghassan Abou Jaoudé :: "We are not against the sea. We are against a city with no money,"
> On the breakwater of the Kaslik port on Tuesday morning, a fisherman who gave his name only as Abou Fadi, 58, said he had fished the cove for 40 years. "If they pour concrete here, where do we go? To Byblos? To Cyprus?" he asked.
L city Kaslik
P partial Abou Fadi
F age 58
F duration 40 years
Q direct Abou Fadi :: "If they pour concrete here, where do we go? To Byblos? To Cyprus?"
L city Byblos
L country Cyprus
> Coastal development has long been contentious in Lebanon. A 2017 law allowed the owners of illegal seafront buildings to regularize them by paying fines, and Shatt Lana says it has counted more than 1,100 violations of the maritime public domain between Beirut and Tripoli alone.
L country Lebanon
F date 2017
O nonprofit Shatt Lana
F number 1,100
L city Beirut
L city Tripoli
> "Kaslik was one of the last places in Keserwan where a family could swim without paying $20 at the gate," said Rima el-Zein, an urban planner with the collective. "That is what was being sold."
Q direct Rima el-Zein :: "Kaslik was one of the last places in Keserwan where a family could swim without paying $20 at the gate,"
L city Kaslik
L region Keserwan
F money $20
P full Rima el-Zein
Q direct Rima el-Zein :: "That is what was being sold."
> A municipal employee, who spoke on condition of anonymity because he was not authorized to comment, said the permit had been approved "in a single afternoon" by the Higher Council for Urban Planning in 2037, without the environmental impact assessment that the law requires.
Q direct - :: "in a single afternoon"
O government Higher Council for Urban Planning
F date 2037
> The Ministry of Environment said it had never received an impact assessment for the project. The developer did not respond to further questions from L'Orient Today.
O government Ministry of Environment
O media L'Orient Today
> Abi Khalil said the campaigners would ask the court to apply the same reasoning to two other projects on the coast north of Beirut, in Maameltein and near the mouth of Nahr el-Kalb.
P partial Abi Khalil
F number two
L city Beirut
L city Maameltein
L geo Nahr el-Kalb
> This article was originally published in French in L'Orient-Le Jour. Translation by Lina Farhat.
O media L'Orient-Le Jour
P full Lina Farhat
'''

ARTICLES['286-pei-potato-wart-kensington-grower-support'] = r'''
> Local | P.E.I.
L region P.E.I.
> P.E.I. sets aside $14.2M for growers after potato wart found in two Kensington-area fields
L region P.E.I.
F money $14.2M
F number two
L city Kensington
> Fields totalling 312 acres will be out of potato production for at least five years; industry calls package ‘a start’
F quantity 312 acres
F duration five years
Q direct Colby MacAulay :: ‘a start’
> Nathan Doiron · Journalist
P full Nathan Doiron
> Published Mar 24, 2038 • 4 min read
F date Mar 24, 2038
F duration 4 min
> A snow-covered field near Kensington, P.E.I., where the Canadian Food Inspection Agency confirmed potato wart on March 17. - Nathan Doiron/SaltWire
L city Kensington
L region P.E.I.
O government Canadian Food Inspection Agency
F date March 17
P full Nathan Doiron
O media SaltWire
> CHARLOTTETOWN, P.E.I. — The province will pay $14.2 million to potato growers whose land is under federal restrictions after the latest detection of potato wart, Agriculture Minister Darren Gillis-Doucette announced at a 10:30 a.m. news conference Tuesday.
L city CHARLOTTETOWN
L region P.E.I.
F money $14.2 million
P full Darren Gillis-Doucette
F time 10:30 a.m.
> The Canadian Food Inspection Agency (CFIA) confirmed on March 17 that soil samples from two fields near Kensington, in Prince County, had tested positive for the soil-borne fungus. The agency has since placed another 11 fields that shared equipment with the infested land under a ministerial order, a status growers call being “wart-listed.”
O government Canadian Food Inspection Agency
O government CFIA
F date March 17
F number two
L city Kensington
L region Prince County
F number 11
Q scare - :: “wart-listed.”
> Under the package, growers will receive $1,850 an acre for land that cannot be planted with potatoes, plus up to $400,000 per farm for cleaning and disinfecting equipment, Gillis-Doucette told reporters at Province House.
F money $1,850
F money $400,000
P partial Gillis-Doucette
L facility Province House
> “Nobody on this Island should have to carry this alone,” he said. “These families did everything right, and the disease found them anyway.”
Q direct Darren Gillis-Doucette :: “Nobody on this Island should have to carry this alone,”
L region Island
Q direct Darren Gillis-Doucette :: “These families did everything right, and the disease found them anyway.”
> The money comes from the province’s contingency fund. Gillis-Doucette said Ottawa had been asked to match it under the federal-provincial AgriRecovery framework, but no commitment had been made.
P partial Gillis-Doucette
L city Ottawa
> The two infested fields, totalling 312 acres, belong to Arsenault Bros. Farms Ltd., a third-generation operation near Kinkora that grows about 1,900 acres of potatoes, most of them for processing.
F number two
F quantity 312 acres
O company Arsenault Bros. Farms Ltd.
L city Kinkora
F quantity 1,900 acres
> Réjean Arsenault, 61, said the family learned of the result by phone while they were at a growers’ meeting in Summerside.
P full Réjean Arsenault
F age 61
L city Summerside
> “My father started with 60 acres in 1974. You don’t think of it as a business until somebody tells you it’s quarantined,” he said.
Q direct Réjean Arsenault :: “My father started with 60 acres in 1974. You don’t think of it as a business until somebody tells you it’s quarantined,”
F quantity 60 acres
F date 1974
> He said the package would cover “maybe half” of what the farm stands to lose this year. Arsenault Bros. supplies Cavendish Farms, whose processing plant in New Annan is the Island’s largest buyer of potatoes.
Q direct Réjean Arsenault :: “maybe half”
F fraction half
O company Arsenault Bros.
O company Cavendish Farms
L city New Annan
L region Island
> Colby MacAulay, chair of the P.E.I. Potato Board, called the package “a start, and only a start.”
P full Colby MacAulay
O nonprofit P.E.I. Potato Board
Q direct Colby MacAulay :: “a start, and only a start.”
> “The real cost of wart isn’t in those two fields. It’s in every market that looks at P.E.I. and sees a risk,” he said.
Q direct Colby MacAulay :: “The real cost of wart isn’t in those two fields. It’s in every market that looks at P.E.I. and sees a risk,”
F number two
L region P.E.I.
> In November 2021, detections in two fields led Ottawa to suspend exports of fresh P.E.I. potatoes to the United States for about four months, a halt that growers say cost the industry more than $100 million.
F date November 2021
F number two
L city Ottawa
L region P.E.I.
L country United States
F duration four months
F money $100 million
> MacAulay said buyers in the U.S. had not raised the new find with Island shippers, but the board had hired a Washington consultant ahead of a CFIA-USDA review due in June.
P partial MacAulay
L country U.S.
L region Island
L city Washington
O government CFIA
O government USDA
> Green Party agriculture critic Mei-Lin Campbell said the province had been warned for years that its soil-testing program was too slow. The CFIA tested 4,300 soil samples on the Island in 2037, up from 2,600 in 2030, according to figures tabled in the legislature last fall.
O party Green Party
P full Mei-Lin Campbell
O government CFIA
F number 4,300
L region Island
F date 2037
F number 2,600
F date 2030
> “We have growers waiting eight to 10 weeks for results,” Campbell said. “In that time, a truck can carry soil from Tignish to Souris and back every single day.”
Q direct Mei-Lin Campbell :: “We have growers waiting eight to 10 weeks for results,”
F duration eight
F duration 10 weeks
P partial Campbell
Q direct Mei-Lin Campbell :: “In that time, a truck can carry soil from Tignish to Souris and back every single day.”
L city Tignish
L city Souris
> In an email, the CFIA said the Kensington detections were “not linked” to any field found infested since 2021 and that its investigation was continuing. The agency said it would not name the affected farms.
O government CFIA
L city Kensington
Q direct Canadian Food Inspection Agency :: “not linked”
F date 2021
> Growers have until May 15 to apply. The department said payments would begin within 30 days of an approved application.
F date May 15
F duration 30 days
> The Island grows about 85,000 acres of potatoes a year, roughly a quarter of Canada’s crop.
L region Island
F quantity 85,000 acres
F fraction a quarter
L country Canada
'''

ARTICLES['287-world-rowing-cup-lucerne-finals-results'] = r'''
> Regatta report
> Netherlands hold off Great Britain in Lucerne eight as Zhang and Li set Rotsee mark
O team Netherlands
O team Great Britain
L city Lucerne
P partial Zhang
P partial Li
L geo Rotsee
> Finals day at World Rowing Cup II brings a 0.41-second win for the Dutch crew, a first senior title for a 19-year-old Irish sculler and a bronze for the home crowd
F duration 0.41-second
F age 19-year-old
> By Katrin Sørlie-Moen
P full Katrin Sørlie-Moen
> 13 June 2038
F date 13 June 2038
> The Netherlands men’s eight cross the line on the Rotsee. Photo: Benedikt Ammann/World Rowing
O team Netherlands
L geo Rotsee
P full Benedikt Ammann
O other World Rowing
> LUCERNE, Switzerland — The Netherlands won the men’s eight by 0.41 seconds from Great Britain on the final day of World Rowing Cup II on Sunday, holding off a British sprint over the last 250 metres on a Rotsee course swept by a tailwind.
L city LUCERNE
L country Switzerland
O team Netherlands
F duration 0.41 seconds
O team Great Britain
F quantity 250 metres
L geo Rotsee
> The Dutch led from the start, reached the 1000m mark 1.6 seconds up on Germany and were still clear by almost a length at 1500m before Great Britain, rating 44, closed to within a canvas on the line. Germany took bronze in 5:25.61, 1.77 seconds behind the winners.
F quantity 1000m
F duration 1.6 seconds
O team Germany
F quantity 1500m
O team Great Britain
F number 44
O team Germany
F duration 5:25.61
F duration 1.77 seconds
> “We knew the British would come at the end. They always come,” said the Dutch stroke, Joris van Oosterom. “At 250 to go I stopped looking at them and just counted strokes.”
Q direct Joris van Oosterom :: “We knew the British would come at the end. They always come,”
P full Joris van Oosterom
Q direct Joris van Oosterom :: “At 250 to go I stopped looking at them and just counted strokes.”
F number 250
> China’s Zhang Yiwen and Li Ruoxi won the women’s double sculls in 6:41.20, the fastest time recorded in the event on the Rotsee, and beat Ireland by 2.34 seconds. The pair, who only began racing together in March, have now won both World Cup regattas this season.
L country China
P full Zhang Yiwen
P full Li Ruoxi
F duration 6:41.20
L geo Rotsee
O team Ireland
F duration 2.34 seconds
> Zhang, 24, said the crew had changed its rhythm after finishing second in Varese in April. “In Varese we were strong but not long. Here we tried to let the boat run,” she said through an interpreter. “Ruoxi is the engine. I only steer and count.”
P partial Zhang
F age 24
L city Varese
Q direct Zhang Yiwen :: “In Varese we were strong but not long. Here we tried to let the boat run,”
L city Varese
Q direct Zhang Yiwen :: “Ruoxi is the engine. I only steer and count.”
P partial Ruoxi
> In the men’s single sculls, 19-year-old Oisín Mac an tSaoir became the youngest winner of a World Cup race in the boat class, pulling through New Zealand’s Rāwiri Te Kani-Walker in the third 500 metres and winning in 6:38.47.
F age 19-year-old
P full Oisín Mac an tSaoir
L country New Zealand
P full Rāwiri Te Kani-Walker
F quantity 500 metres
F duration 6:38.47
> “Two years ago I was racing juniors on a lake in Cork with 14 people watching,” said Mac an tSaoir, who rows for University College Cork. “I’m still not sure what just happened.”
Q direct Oisín Mac an tSaoir :: “Two years ago I was racing juniors on a lake in Cork with 14 people watching,”
F duration Two years
L city Cork
F number 14
P partial Mac an tSaoir
O education University College Cork
Q direct Oisín Mac an tSaoir :: “I’m still not sure what just happened.”
> Te Kani-Walker, the 2037 world champion, finished 1.55 seconds back. Switzerland’s Luca Eggenschwiler took bronze in front of a home crowd that organisers put at 11,200 over the three days.
P partial Te Kani-Walker
F date 2037
F duration 1.55 seconds
L country Switzerland
P full Luca Eggenschwiler
F number 11,200
F duration three days
> “I grew up 10 minutes from this lake, and I have watched the finals from the grandstand since I was six,” said Eggenschwiler, 27. “To stand on the pontoon here with a medal, in front of my family, is something I will not forget.
Q direct Luca Eggenschwiler :: “I grew up 10 minutes from this lake, and I have watched the finals from the grandstand since I was six,”
F duration 10 minutes
F age six
P partial Eggenschwiler
F age 27
Q direct Luca Eggenschwiler :: “To stand on the pontoon here with a medal, in front of my family, is something I will not forget.
> “Next year I want a different colour.”
Q direct Luca Eggenschwiler :: “Next year I want a different colour.”
> Brazil’s Maria Eduarda dos Santos Lima won the women’s single sculls in 7:19.06, a week after winning at the Holland Beker in Amsterdam. Lima, 29, is the first South American woman to win a World Cup title in the event.
L country Brazil
P full Maria Eduarda dos Santos Lima
F duration 7:19.06
L city Amsterdam
P partial Lima
F age 29
> Croatia’s Ante Perković and Luka Šarić won the men’s pair ahead of Romania and Australia, and the United States took the women’s eight, their first win in the event since 2035.
L country Croatia
P full Ante Perković
P full Luka Šarić
O team Romania
O team Australia
O team United States
F date 2035
> The last regatta of the World Cup series is in Poznań from July 9 to 11, and the world championships begin in Bled, Slovenia, on September 5.
L city Poznań
F date July 9
F date 11
L city Bled
L country Slovenia
F date September 5
> Results – A finals
> Men’s eight (M8+)
> 1. Netherlands 5:23.84
O team Netherlands
F duration 5:23.84
> 2. Great Britain 5:24.25
O team Great Britain
F duration 5:24.25
> 3. Germany 5:25.61
O team Germany
F duration 5:25.61
> 4. Australia 5:27.90
O team Australia
F duration 5:27.90
> Women’s double sculls (W2x)
> 1. China (Zhang Yiwen, Li Ruoxi) 6:41.20
O team China
P full Zhang Yiwen
P full Li Ruoxi
F duration 6:41.20
> 2. Ireland (Aoife Ní Bhriain, Clodagh Ryan-Hurley) 6:43.54
O team Ireland
P full Aoife Ní Bhriain
P full Clodagh Ryan-Hurley
F duration 6:43.54
> 3. Romania (Ioana Mărgineanu, Denisa Ciobotaru) 6:45.08
O team Romania
P full Ioana Mărgineanu
P full Denisa Ciobotaru
F duration 6:45.08
> Men’s single sculls (M1x)
> 1. Oisín Mac an tSaoir (IRL) 6:38.47
P full Oisín Mac an tSaoir
L country IRL
F duration 6:38.47
> 2. Rāwiri Te Kani-Walker (NZL) 6:40.02
P full Rāwiri Te Kani-Walker
L country NZL
F duration 6:40.02
> 3. Luca Eggenschwiler (SUI) 6:41.95
P full Luca Eggenschwiler
L country SUI
F duration 6:41.95
> Women’s single sculls (W1x)
> 1. Maria Eduarda dos Santos Lima (BRA) 7:19.06
P full Maria Eduarda dos Santos Lima
L country BRA
F duration 7:19.06
> 2. Hanna Vilkaitė (LTU) 7:21.33
P full Hanna Vilkaitė
L country LTU
F duration 7:21.33
> 3. Emma Lindqvist-Ahlgren (SWE) 7:22.70
P full Emma Lindqvist-Ahlgren
L country SWE
F duration 7:22.70
> Men’s pair (M2-)
> 1. Croatia (Ante Perković, Luka Šarić) 6:29.12
O team Croatia
P full Ante Perković
P full Luka Šarić
F duration 6:29.12
> 2. Romania (Mihai Ionescu-Dragomir, Vlad Teodorescu) 6:30.47
O team Romania
P full Mihai Ionescu-Dragomir
P full Vlad Teodorescu
F duration 6:30.47
> 3. Australia (Finn Macready, Jarrah Collins-Oduya) 6:31.80
O team Australia
P full Finn Macready
P full Jarrah Collins-Oduya
F duration 6:31.80
'''

ARTICLES['288-broome-pearling-director-fraud-sentence-perth'] = r'''
> National / WA / Crime
L region WA
> Broome pearling boss jailed for diverting $3.2m from Asian investors
L city Broome
F money $3.2m
> A former Kimberley pearl farm director told investors in Singapore and Hong Kong their money was buying oysters. He spent it on a Fremantle apartment, a 14-metre boat and school fees.
L region Kimberley
L country Singapore
L city Hong Kong
L city Fremantle
F quantity 14-metre
> By Sophie Nguyen-Barlow
P full Sophie Nguyen-Barlow
> March 11, 2038 — 5.07pm
F date March 11, 2038
F time 5.07pm
> Grant Horgan leaves the District Court in Perth on Thursday. Credit: Trent Marinovich
P full Grant Horgan
O government District Court
L city Perth
P full Trent Marinovich
> A former pearling company director who took $3.2 million from investors in Singapore and Hong Kong and spent much of it on a Fremantle apartment, a boat and his children’s private school fees has been jailed for four years and nine months.
F money $3.2 million
L country Singapore
L city Hong Kong
L city Fremantle
F duration four years
F duration nine months
> Grant Anthony Horgan, 54, of Cable Beach, pleaded guilty in the District Court of Western Australia to nine counts of fraud committed between 2033 and 2036, while he was managing director of Dampier Sound Pearling Pty Ltd.
P full Grant Anthony Horgan
F age 54
L city Cable Beach
O government District Court of Western Australia
F number nine
F date 2033
F date 2036
O company Dampier Sound Pearling Pty Ltd
> The company ran a pearl farm and hatchery on a lease near One Arm Point, at the tip of the Dampier Peninsula about 200 kilometres north of Broome.
L city One Arm Point
L geo Dampier Peninsula
F quantity 200 kilometres
L city Broome
> The court heard Horgan persuaded 17 investors, most of them retirees, to put money into what he called “oyster units”, promising returns of 11 per cent a year from the sale of South Sea pearls.
P partial Horgan
F number 17
Q direct Grant Anthony Horgan :: “oyster units”
F percent 11 per cent
> Instead, state prosecutor Priya Raghavan said, about $2.1 million went into Horgan’s personal accounts, including $1.35 million towards an apartment on Fremantle’s Marine Terrace and $186,000 in fees at a private school in Perth’s western suburbs.
P full Priya Raghavan
F money $2.1 million
P partial Horgan
F money $1.35 million
L city Fremantle
L street Marine Terrace
F money $186,000
L city Perth
> Investors were sent glossy quarterly reports showing harvests that never happened. “These were not sophisticated investors, and he knew that,” Ms Raghavan told the court.
Q direct Priya Raghavan :: “These were not sophisticated investors, and he knew that,”
P partial Raghavan
> Singaporean retiree Tan Mei Ling, 71, lost S$410,000 ($472,000), the savings she and her late husband had set aside for their care.
P full Tan Mei Ling
F age 71
F money S$410,000
F money $472,000
> In a victim impact statement read to the court by the prosecutor, Ms Tan said she had trusted Horgan “like a son”. “Every month he sent me photographs of the oysters. Every month I thought: this is my money, growing in the sea,” she wrote.
P partial Tan
P partial Horgan
Q direct Tan Mei Ling :: “like a son”
Q direct Tan Mei Ling :: “Every month he sent me photographs of the oysters. Every month I thought: this is my money, growing in the sea,”
> Hong Kong investor Kenneth Cheung Wai-keung, who lost HK$2.6 million, said he had travelled to Broome in 2035 and been shown around the farm by Horgan himself.
L city Hong Kong
P full Kenneth Cheung Wai-keung
F money HK$2.6 million
L city Broome
F date 2035
P partial Horgan
> “He took us out on the boat. He opened an oyster in front of my wife and gave her the pearl,” Mr Cheung said in his statement. “I understand now that the pearl was the cheapest part of his business.”
Q direct Kenneth Cheung Wai-keung :: “He took us out on the boat. He opened an oyster in front of my wife and gave her the pearl,”
P partial Cheung
Q direct Kenneth Cheung Wai-keung :: “I understand now that the pearl was the cheapest part of his business.”
> Defence counsel Tom Ashdown said his client had started the company in 2029 with genuine intentions, but two marine heatwaves had killed about 60 per cent of the farm’s stock and he had used new investors’ money to pay returns to earlier ones.
P full Tom Ashdown
F date 2029
F number two
F percent 60 per cent
> Mr Ashdown said Horgan, a father of three, had sold the Fremantle apartment and handed $940,000 to the company’s liquidator, and had since been diagnosed with depression. He had no prior convictions.
P partial Ashdown
P partial Horgan
F number three
L city Fremantle
F money $940,000
> Sentencing him on Thursday, Judge Rosalind Ngata-Harris said Horgan had exploited the “romance” of the pearling industry to win the trust of people who were “thousands of kilometres away and had no way to check”.
P full Rosalind Ngata-Harris
P partial Horgan
Q direct Rosalind Ngata-Harris :: “romance”
Q direct Rosalind Ngata-Harris :: “thousands of kilometres away and had no way to check”
> “This was not a business that failed. It was a business that, from at least 2034, existed to keep the fraud going,” she said.
Q direct Rosalind Ngata-Harris :: “This was not a business that failed. It was a business that, from at least 2034, existed to keep the fraud going,”
F date 2034
> “The victims did not lose their money to the sea, or to the weather. They lost it to you.”
Q direct Rosalind Ngata-Harris :: “The victims did not lose their money to the sea, or to the weather. They lost it to you.”
> Horgan will be eligible for parole after serving two years and nine months. He was taken into custody and will be held at Hakea Prison.
P partial Horgan
F duration two years
F duration nine months
L facility Hakea Prison
> The Australian Securities and Investments Commission (ASIC) banned Horgan from managing corporations for 10 years in 2037. The WA Police Major Fraud Squad, which investigated the case after a complaint from a Singapore investor, said on Thursday it had recovered about $1.1 million of the missing funds.
O government Australian Securities and Investments Commission
O government ASIC
P partial Horgan
F duration 10 years
F date 2037
O government WA Police Major Fraud Squad
L country Singapore
F money $1.1 million
> A former employee of the hatchery, who asked not to be named, said staff at One Arm Point had been paid late for months before the company collapsed in 2037. “We were feeding oysters that had already been sold three times over,” she said.
L city One Arm Point
F date 2037
Q direct - :: “We were feeding oysters that had already been sold three times over,”
F number three
> Get the day’s breaking news, entertainment ideas and a long read to enjoy. Sign up to receive our Evening Edition newsletter.
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
