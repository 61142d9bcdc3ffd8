#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval175 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval175/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1093-kudule-khola-landslide-hydropower-sankhuwasabha-kathmandu-post'] = r'''
> Koshi Province
L region Koshi Province
> Landslide buries intake of 42 MW Kudule Khola project, seven workers missing
F quantity 42 MW
L facility Kudule Khola
F number seven
> Developer puts damage at Rs 1.8 billion; a government survey had called the slope ‘unstable’ two years ago
F money Rs 1.8 billion
Q direct Department of Mines and Geology :: ‘unstable’
F duration two years
> Sangita Tumbahamphe
P full Sangita Tumbahamphe
> Published at : August 15, 2040
F date August 15, 2040
> Updated at : August 15, 2040 19:05
F date August 15, 2040
F time 19:05
> Rescuers search the debris at the headworks of the Kudule Khola Hydropower Project in Sankhuwasabha on Wednesday. Post Photo: Sangita Tumbahamphe
L region Sankhuwasabha
O media Post
P full Sangita Tumbahamphe
> Sankhuwasabha
L region Sankhuwasabha
> A landslide triggered by two days of incessant rain swept away the intake and desilting basin of the 42 MW Kudule Khola project in Makalu Rural Municipality early on Tuesday, leaving seven workers missing and three others injured.
F duration two days
F quantity 42 MW
L facility Kudule Khola
L region Makalu Rural Municipality
F number seven
F number three
> The slide came down at around 4:40 am, when most of the 63 workers at the site were asleep in their camp about 300 metres downstream, said Chief District Officer Ramesh Bahadur Karki. The seven missing include five Nepali labourers and two Indian technicians, he said.
F time 4:40 am
F number 63
F quantity 300 metres
P full Ramesh Bahadur Karki
F number seven
F number five
F number two
> “Teams from the Nepali Army, the Armed Police Force and Nepal Police are digging by hand because excavators cannot reach the site. The road beyond Num has been cut at three places,” Karki told the Post on Wednesday.
Q direct Ramesh Bahadur Karki :: “Teams from the Nepali Army, the Armed Police Force and Nepal Police are digging by hand because excavators cannot reach the site. The road beyond Num has been cut at three places,”
O government Nepali Army
O government Armed Police Force
O government Nepal Police
L city Num
F number three
P partial Karki
O media Post
> The project, which was 80 percent complete and scheduled to start generating in Mangsir, is being built by Arun Kudule Hydro Ltd at an estimated cost of Rs 9.6 billion. It signed a power purchase agreement with the Nepal Electricity Authority (NEA) in 2036.
F percent 80 percent
O company Arun Kudule Hydro Ltd
F money Rs 9.6 billion
O government Nepal Electricity Authority
O government NEA
F date 2036
> The company’s chairperson, Sunita Rai Shrestha, said repairing the headworks alone would cost at least Rs 1.8 billion and could delay commercial operation by 14 to 18 months.
P full Sunita Rai Shrestha
F money Rs 1.8 billion
F duration 14
F duration 18 months
> “Our first concern is the seven families. Money and schedules can wait,” she said. “We had put up warning sirens after the 2038 survey, but nobody can stop a whole hillside.
Q direct Sunita Rai Shrestha :: “Our first concern is the seven families. Money and schedules can wait,”
Q direct Sunita Rai Shrestha :: “We had put up warning sirens after the 2038 survey, but nobody can stop a whole hillside.
F number seven
F date 2038
> “When the rain stopped on Monday evening, the engineers said, ‘It is safe now, let the crew rest.’ We will live with that sentence for the rest of our lives.”
Q direct Sunita Rai Shrestha :: “When the rain stopped on Monday evening, the engineers said, ‘It is safe now, let the crew rest.’ We will live with that sentence for the rest of our lives.”
> That survey, by the Department of Mines and Geology after cracks appeared above the intake in Shrawan 2095, described the slope as “unstable and actively creeping” and urged moving the camp across the Arun.
O government Department of Mines and Geology
F date Shrawan 2095
Q direct Department of Mines and Geology :: “unstable and actively creeping”
L geo Arun
> Residents of Hatiya said the camp stayed on the same bank because the only suspension bridge was 2.5 kilometres away. “Everyone knew the hill was moving. The company called it ‘minor settlement’,” said Pasang Lhamu Sherpa, 41, who runs a tea shop below the site.
L city Hatiya
F quantity 2.5 kilometres
Q direct Pasang Lhamu Sherpa :: “Everyone knew the hill was moving. The company called it ‘minor settlement’,”
P full Pasang Lhamu Sherpa
F age 41
> An NEA official, who spoke on condition of anonymity, said the loss would hurt supply to eastern Nepal this winter. “We were counting on Kudule to cover about 12 percent of the eastern grid’s dry-season demand,” the official said.
O government NEA
L country Nepal
Q direct - :: “We were counting on Kudule to cover about 12 percent of the eastern grid’s dry-season demand,”
L facility Kudule
F percent 12 percent
> The Department of Hydrology and Meteorology recorded 212 mm of rain at Khandbari in the 48 hours to Tuesday morning, nearly three times the August normal. Landslides have killed 61 people across the country since the monsoon began on June 9, according to the National Disaster Risk Reduction and Management Authority.
O government Department of Hydrology and Meteorology
F quantity 212 mm
L city Khandbari
F duration 48 hours
F number three
F number 61
F date June 9
O government National Disaster Risk Reduction and Management Authority
> Energy Minister Bimala Gurung Thapa, who flew to Khandbari on Wednesday, announced Rs 500,000 in relief for each missing worker’s family and ordered a review of slope safety at all 27 projects under construction in the Arun basin.
P full Bimala Gurung Thapa
L city Khandbari
F money Rs 500,000
F number 27
L geo Arun
> A version of this article appears in the print on August 16, 2040, of The Kathmandu Post.
F date August 16, 2040
O media The Kathmandu Post
'''

ARTICLES['1094-olkiluoto-3-turbine-fault-outage-power-prices-helsingin-sanomat'] = r'''
> Energy
> Olkiluoto 3 to stay offline for eight weeks after turbine fault, electricity prices jump
L facility Olkiluoto 3
F duration eight weeks
> The reactor supplies about 14 per cent of Finland’s electricity. Minister of Economic Affairs Päivi Rautiainen rules out a price cap.
F percent 14 per cent
L country Finland
P full Päivi Rautiainen
> Aleksi Mäenpää HS
P full Aleksi Mäenpää
O media HS
> Published 14.11.2039 6:00 | Updated 14.11.2039 9:41
F date 14.11.2039
F time 6:00
F date 14.11.2039
F time 9:41
> The turbine hall of the Olkiluoto 3 plant in Eurajoki was photographed in March 2039. Photo: Jussi Nieminen / HS
L facility Olkiluoto 3
L region Eurajoki
F date March 2039
P full Jussi Nieminen
O media HS
> Finland’s largest nuclear reactor, Olkiluoto 3, will remain offline until at least 7 January after a fault in its turbine generator forced an emergency shutdown late on Sunday, operator Teollisuuden Voima (TVO) said on Monday.
L country Finland
L facility Olkiluoto 3
F date 7 January
O company Teollisuuden Voima
O company TVO
> The 1,600-megawatt unit on the island of Olkiluoto in Eurajoki tripped at 23:12, and about 1,300 megawatts of output vanished from the grid within seconds, according to the transmission system operator Fingrid.
F quantity 1,600-megawatt
L geo Olkiluoto
L region Eurajoki
F time 23:12
F quantity 1,300 megawatts
O company Fingrid
> “The reactor itself behaved exactly as designed. The problem is on the conventional side of the plant, in the generator, and we do not yet have all the parts we need,” said TVO’s production director Marjatta Lähteenmäki-Salo.
Q direct Marjatta Lähteenmäki-Salo :: “The reactor itself behaved exactly as designed. The problem is on the conventional side of the plant, in the generator, and we do not yet have all the parts we need,”
O company TVO
P full Marjatta Lähteenmäki-Salo
> She said the repair would take “six to eight weeks”, depending on how quickly a replacement exciter can be shipped from Germany. TVO puts the lost production at roughly 2.3 terawatt hours.
Q direct Marjatta Lähteenmäki-Salo :: “six to eight weeks”
F duration six
F duration eight weeks
L country Germany
O company TVO
F quantity 2.3 terawatt hours
> The Radiation and Nuclear Safety Authority (STUK) said the shutdown posed “no radiation risk of any kind” and that it had sent two inspectors to the site on Monday morning.
O government Radiation and Nuclear Safety Authority
O government STUK
Q direct Radiation and Nuclear Safety Authority :: “no radiation risk of any kind”
F number two
> On the Nord Pool exchange, the day-ahead price for Finland rose to €312 per megawatt hour for Tuesday evening, almost four times last week’s average. In the early hours of Monday the price briefly touched €1,150.
O company Nord Pool
L country Finland
F money €312
F number four
F money €1,150
> Rautiainen said on Monday that the government had no plans to cap prices or to revive the windfall tax that expired in 2034.
P partial Rautiainen
F date 2034
> “I understand that households with electric heating are worried. But price caps would send the wrong signal in exactly the winter when we need every megawatt,” Rautiainen told HS.
Q direct Päivi Rautiainen :: “I understand that households with electric heating are worried. But price caps would send the wrong signal in exactly the winter when we need every megawatt,”
P partial Rautiainen
O media HS
> The opposition was not convinced. Social Democratic MP Eero Väänänen from Pori called the government’s line “a lecture to pensioners sitting in cold flats” and demanded a temporary cut in VAT on electricity to 10 per cent.
P full Eero Väänänen
L city Pori
Q direct Eero Väänänen :: “a lecture to pensioners sitting in cold flats”
F percent 10 per cent
> Olkiluoto 3 began regular production in April 2023 after a construction period of 18 years, and its outages are closely watched. A fault in its feedwater pumps in 2037 kept it offline for 33 days.
L facility Olkiluoto 3
F date April 2023
F duration 18 years
F date 2037
F duration 33 days
> Fingrid said the system had enough capacity for now, but warned that on a cold, windless day consumption could exceed 15,000 megawatts. In that case it could ask large industrial users in Rauma, Kemi and Oulu to cut demand.
O company Fingrid
F quantity 15,000 megawatts
L city Rauma
L city Kemi
L city Oulu
> “We are not talking about rolling blackouts. That is not the scenario,” said Fingrid’s operations chief Tuomas af Hällström.
Q direct Tuomas af Hällström :: “We are not talking about rolling blackouts. That is not the scenario,”
O company Fingrid
P full Tuomas af Hällström
> The two older units at the site are running normally, TVO said. Together they produce 1,780 megawatts.
F number two
O company TVO
F quantity 1,780 megawatts
> In Eurajoki the mood was calm. “We have lived next to the plant for 40 years. A broken generator does not scare anybody here,” said Kirsi Rantanen, 58, who runs a café on the road to the island.
L region Eurajoki
Q direct Kirsi Rantanen :: “We have lived next to the plant for 40 years. A broken generator does not scare anybody here,”
F duration 40 years
P full Kirsi Rantanen
F age 58
'''

ARTICLES['1095-appalachian-state-georgia-southern-dellorso-sun-belt-college-football-ap'] = r'''
> Dell'Orso Throws for 3 TDs as No. 22 Appalachian State Holds Off Georgia Southern 31-27
P partial Dell'Orso
F number 3
O team Appalachian State
O team Georgia Southern
F score 31-27
> By DESHAWN PRITCHETT-MOORE
P full DESHAWN PRITCHETT-MOORE
> Updated 7:48 PM EST, November 17, 2040
F time 7:48 PM EST
F date November 17, 2040
> Appalachian State quarterback Luca Dell'Orso (12) throws a pass against Georgia Southern during the second half of an NCAA college football game, Saturday, Nov. 17, 2040, in Boone, N.C. (AP Photo/Kendra Oyelaran-Banks)
O team Appalachian State
P full Luca Dell'Orso
O team Georgia Southern
O other NCAA
F date Nov. 17, 2040
L city Boone
L region N.C.
O media AP
P full Kendra Oyelaran-Banks
> BOONE, N.C. (AP) — Luca Dell'Orso threw for 284 yards and three touchdowns, Marcus De La Rosa ran for 112 more, and No. 22 Appalachian State held off Georgia Southern 31-27 on Saturday to clinch a spot in the Sun Belt Conference championship game.
L city BOONE
L region N.C.
O media AP
P full Luca Dell'Orso
F quantity 284 yards
F number three
P full Marcus De La Rosa
F number 112
O team Appalachian State
O team Georgia Southern
F score 31-27
O other Sun Belt Conference
> Dell'Orso, a 6-foot-4 junior from Charlotte, completed 22 of 31 passes, including a 41-yard strike to Tre'Von Baptiste with 4:12 left that put the Mountaineers (9-2, 6-1 Sun Belt) ahead for good.
P partial Dell'Orso
F quantity 6-foot-4
L city Charlotte
F number 22
F number 31
F quantity 41-yard
P full Tre'Von Baptiste
F time 4:12
O team Mountaineers
F score 9-2
F score 6-1
O other Sun Belt
> "We've been in that spot before and didn't finish," Dell'Orso said. "Coach told us at halftime, 'Nobody's handing it to you.' So we went out and took it."
Q direct Luca Dell'Orso :: "We've been in that spot before and didn't finish,"
P partial Dell'Orso
Q direct Luca Dell'Orso :: "Coach told us at halftime, 'Nobody's handing it to you.' So we went out and took it."
> Georgia Southern (7-4, 4-3) had a last chance. Jaylen Okwuosa-Hart drove the Eagles 56 yards in nine plays, but his fourth-down throw sailed out of the end zone with 38 seconds to play.
O team Georgia Southern
F score 7-4
F score 4-3
P full Jaylen Okwuosa-Hart
O team Eagles
F quantity 56 yards
F number nine
F duration 38 seconds
> Okwuosa-Hart finished 27 of 44 for 301 yards and two touchdowns and ran for a third score.
P partial Okwuosa-Hart
F number 27
F number 44
F quantity 301 yards
F number two
> The Eagles led 20-10 at halftime after Okwuosa-Hart found Darnell Whitcombe for a 67-yard touchdown on the final play of the second quarter. Appalachian State answered with 14 points in a span of 3:05 in the third quarter, both touchdowns on short runs by De La Rosa.
O team Eagles
F score 20-10
P partial Okwuosa-Hart
P full Darnell Whitcombe
F quantity 67-yard
O team Appalachian State
F number 14
F duration 3:05
P partial De La Rosa
> "Their back is hard to bring down. He just keeps falling forward," Georgia Southern coach Rick Valdosta said.
Q direct Rick Valdosta :: "Their back is hard to bring down. He just keeps falling forward,"
O team Georgia Southern
P full Rick Valdosta
> Valdosta said his team had "no excuses" after losing for the third time in four games. "We had them where we wanted them," he said. "Give them credit."
P partial Valdosta
Q direct Rick Valdosta :: "no excuses"
F number four
Q direct Rick Valdosta :: "We had them where we wanted them,"
Q direct Rick Valdosta :: "Give them credit."
> De La Rosa, a senior from Gastonia, carried 24 times and went over 1,000 yards for the second straight season. He had missed last week's 38-17 win at Old Dominion with a sore hamstring.
P partial De La Rosa
L city Gastonia
F number 24
F quantity 1,000 yards
F score 38-17
O team Old Dominion
> Appalachian State has won five straight and will face Louisiana or Texas State for the title. The Mountaineers beat Louisiana 24-21 in the 2039 championship game.
O team Appalachian State
F number five
O team Louisiana
O team Texas State
O team Mountaineers
O team Louisiana
F score 24-21
F date 2039
> A crowd of 30,146 at Kidd Brewer Stadium, the largest since 2031, stormed the field after the final snap.
F number 30,146
L facility Kidd Brewer Stadium
F date 2031
> THE TAKEAWAY
> Georgia Southern: The Eagles gave up 198 yards rushing and have allowed at least 30 points in three of their last four games.
O team Georgia Southern
O team Eagles
F quantity 198 yards
F number 30
F number three
F number four
> Appalachian State: Kicker Sebastián Ortúzar made a 46-yard field goal in the first quarter, his 19th of the season, and has not missed from inside 40 yards.
O team Appalachian State
P full Sebastián Ortúzar
F quantity 46-yard
F quantity 40 yards
> UP NEXT
> Georgia Southern: At Marshall on Nov. 24.
O team Georgia Southern
O team Marshall
F date Nov. 24
> Appalachian State: Hosts the Sun Belt championship game on Dec. 1.
O team Appalachian State
O other Sun Belt
F date Dec. 1
> AP college football: https://apnews.com/hub/college-football
O media AP
'''

ARTICLES['1096-nain-alumina-refinery-closure-st-elizabeth-workers-gleaner'] = r'''
> Lead Stories
> Nain Refinery To Close, 1,100 Workers On The Breadline
L city Nain
F number 1,100
> Published:Friday | October 19, 2040 | 12:08 AM
F date October 19, 2040
F time 12:08 AM
> Shanique Brissett-Lawrence/Staff Reporter
P full Shanique Brissett-Lawrence
> Workers leave the alumina refinery at Nain, St Elizabeth, after Thursday's announcement. - Kevaughn Tulloch/Photographer
L city Nain
L region St Elizabeth
P full Kevaughn Tulloch
> NAIN, St Elizabeth:
L city NAIN
L region St Elizabeth
> Pedro Plains Alumina Limited (PPAL) will shut its refinery here by December 31, putting 1,100 permanent workers and about 600 contractors out of work, the company announced yesterday.
O company Pedro Plains Alumina Limited
O company PPAL
F date December 31
F number 1,100
F number 600
> In a statement, the company blamed "three years of losses" and an alumina price that has fallen 28 per cent since January 2039, to US$312 a tonne. It said the 1.65-million-tonne plant had lost US$214 million in the last 18 months alone.
Q direct Pedro Plains Alumina Limited :: "three years of losses"
F duration three years
F percent 28 per cent
F date January 2039
F money US$312
F quantity 1.65-million-tonne
F money US$214 million
F duration 18 months
> "This was not a decision taken lightly. PPAL has invested more than J$9 billion in Nain since 2036," managing director Everton McKoy-Daley said at a press briefing in Santa Cruz.
Q direct Everton McKoy-Daley :: "This was not a decision taken lightly. PPAL has invested more than J$9 billion in Nain since 2036,"
O company PPAL
F money J$9 billion
L city Nain
F date 2036
P full Everton McKoy-Daley
L city Santa Cruz
> McKoy-Daley said the plant's energy bill had doubled since its gas supply contract expired, and that the refinery could reopen "if the numbers change". He did not say what that would take.
P partial McKoy-Daley
Q direct Everton McKoy-Daley :: "if the numbers change"
> The news hit hard in Nain and in nearby Junction, where many refinery workers live. "Mi work here 23 years. Mi have two pickney inna high school. Wha mi fi do now?" asked Delroy Shakespeare, 52, a process operator.
L city Nain
L city Junction
Q direct Delroy Shakespeare :: "Mi work here 23 years. Mi have two pickney inna high school. Wha mi fi do now?"
F duration 23 years
F number two
P full Delroy Shakespeare
F age 52
> The Bustamante Industrial Trade Union (BITU), which represents about 700 of the workers, said it would demand "every cent owed" in severance. BITU island supervisor Claudette Ebanks-Rowe said the union learned of the closure "from the radio, like everybody else".
O nonprofit Bustamante Industrial Trade Union
O nonprofit BITU
F number 700
Q direct Bustamante Industrial Trade Union :: "every cent owed"
O nonprofit BITU
P full Claudette Ebanks-Rowe
Q direct Claudette Ebanks-Rowe :: "from the radio, like everybody else"
> "They met the minister on Tuesday and the union on Thursday morning. That tells you where the workers stand," she said.
Q direct Claudette Ebanks-Rowe :: "They met the minister on Tuesday and the union on Thursday morning. That tells you where the workers stand,"
> Industry Minister Senator Aubyn Fairclough said the Government would meet PPAL next week to "explore every option", including a new gas supply deal through the Old Harbour power plant.
P full Aubyn Fairclough
O company PPAL
Q direct Aubyn Fairclough :: "explore every option"
L city Old Harbour
> "St Elizabeth cannot afford to lose 1,100 jobs and the $2.6 billion a year this plant puts into the parish economy," Fairclough said. He added that the Jamaica Bauxite Institute (JBI) would assess the plant's red mud lakes before any handover.
Q direct Aubyn Fairclough :: "St Elizabeth cannot afford to lose 1,100 jobs and the $2.6 billion a year this plant puts into the parish economy,"
L region St Elizabeth
F number 1,100
F money $2.6 billion
P partial Fairclough
O government Jamaica Bauxite Institute
O government JBI
> Member of Parliament for St Elizabeth North Eastern Dr Norma Henriques-Blake called for a special fund for the parish. "Nain is a company town. When the refinery stops, the shops, the taxis, even the church collection plate, everything stops," she said.
L region St Elizabeth North Eastern
P full Norma Henriques-Blake
Q direct Norma Henriques-Blake :: "Nain is a company town. When the refinery stops, the shops, the taxis, even the church collection plate, everything stops,"
L city Nain
> Alumina exports earned Jamaica US$1.1 billion in 2039, about 9.4 per cent of the island's export earnings, according to the Planning Institute of Jamaica. The Nain refinery, opened by Alpart in 1969, was shut before, from 2009 to 2017.
L country Jamaica
F money US$1.1 billion
F date 2039
F percent 9.4 per cent
O government Planning Institute of Jamaica
L city Nain
O company Alpart
F date 1969
F date 2009
F date 2017
> PPAL said workers would receive full severance plus a transition payment equal to 12 weeks' pay, and that a staff of 85 would stay on to maintain the plant and the port at Port Kaiser.
O company PPAL
F duration 12 weeks
F number 85
L facility Port Kaiser
'''

ARTICLES['1097-baltic-herring-sprat-quota-deal-luxembourg-council-politico-europe'] = r'''
> Fisheries
> EU ministers agree deep cut to Baltic herring as Poland wins sprat reprieve
O intergovernmental EU
L country Poland
> Commissioner hails ‘balanced’ deal; environmental groups say the quotas ignore scientific advice.
Q direct Lina Paulauskienė :: ‘balanced’
> By Jonas Brekke-Vidal and Maëlle Vandevoorde
P full Jonas Brekke-Vidal
P full Maëlle Vandevoorde
> October 23, 2040 1:12 am CET
F date October 23, 2040
F time 1:12 am CET
> Ministers from the eight countries around the sea negotiated through the night in Luxembourg. | Nicolas Thibault-Arnaud/AFP via Getty Images
F number eight
L city Luxembourg
P full Nicolas Thibault-Arnaud
O media AFP
O media Getty Images
> LUXEMBOURG — EU fisheries ministers agreed early Tuesday to cut the catch of central Baltic herring by 31 percent next year, but granted Poland and Latvia a smaller-than-proposed reduction for sprat after a 17-hour negotiation.
L city LUXEMBOURG
O intergovernmental EU
F percent 31 percent
L country Poland
L country Latvia
F duration 17-hour
> The deal sets the total allowable catch for central Baltic herring at 53,460 tonnes for 2041, down from 77,480 tonnes this year. Sprat will fall by 12 percent, to 176,300 tonnes, instead of the 24 percent cut the European Commission proposed in August.
F quantity 53,460 tonnes
F date 2041
F quantity 77,480 tonnes
F percent 12 percent
F quantity 176,300 tonnes
F percent 24 percent
O government European Commission
> Fisheries Commissioner Lina Paulauskienė called the outcome “balanced,” saying it “protects the stocks that are in real trouble and gives the fleets that depend on sprat time to adapt.”
P full Lina Paulauskienė
Q direct Lina Paulauskienė :: “balanced,”
Q direct Lina Paulauskienė :: “protects the stocks that are in real trouble and gives the fleets that depend on sprat time to adapt.”
> She acknowledged that the sprat figure went beyond what scientists at the International Council for the Exploration of the Sea (ICES) had advised. “ICES told us ‘as low as possible.’ We went lower than last year. That is what a compromise looks like,” she told reporters.
O intergovernmental International Council for the Exploration of the Sea
O intergovernmental ICES
Q direct Lina Paulauskienė :: “ICES told us ‘as low as possible.’ We went lower than last year. That is what a compromise looks like,”
O intergovernmental ICES
> Poland, whose fleets in Władysławowo and Ustka land about 40 percent of the sprat caught in the Baltic, had threatened to block any cut above 15 percent.
L country Poland
L city Władysławowo
L city Ustka
F percent 40 percent
L geo Baltic
F percent 15 percent
> “For our coastal towns, sprat is not a statistic. It is the whole economy of places like Władysławowo,” said Polish Deputy Agriculture Minister Tomasz Wróblewski-Zając. “We accepted the herring cut, which is painful, because the science there is clear.
Q direct Tomasz Wróblewski-Zając :: “For our coastal towns, sprat is not a statistic. It is the whole economy of places like Władysławowo,”
L city Władysławowo
P full Tomasz Wróblewski-Zając
Q direct Tomasz Wróblewski-Zając :: “We accepted the herring cut, which is painful, because the science there is clear.
> “On sprat, the science is less clear, and we will not close harbors on a hunch.”
Q direct Tomasz Wróblewski-Zając :: “On sprat, the science is less clear, and we will not close harbors on a hunch.”
> Denmark and Sweden, which had pushed for the full cut, voted in favor in the end. A Swedish diplomat said Stockholm had “held its nose” for the sake of an agreement.
L country Denmark
L country Sweden
L city Stockholm
Q direct - :: “held its nose”
> Environmental groups were scathing. Oceana called the deal “another year of borrowing from a bank that is already empty,” while the Fisheries Secretariat, a Stockholm-based NGO, said 14 of the Baltic’s 20 assessed stocks remain overfished.
O nonprofit Oceana
Q direct Oceana :: “another year of borrowing from a bank that is already empty,”
O nonprofit Fisheries Secretariat
L city Stockholm
F number 14
L geo Baltic
F number 20
> Cod in the western Baltic stays closed to targeted fishing for a sixth year, with a bycatch allowance of 340 tonnes. Ministers also agreed a 5 percent increase for herring in the Gulf of Bothnia, rare good news for Finnish and Swedish trawlers.
L geo Baltic
F quantity 340 tonnes
F percent 5 percent
L geo Gulf of Bothnia
> German MEP Katrin Oberländer-Wust (Greens/EFA), who chairs Parliament’s fisheries committee, said governments were “once again setting quotas for the fishermen of 2041 and leaving the fish of 2045 to someone else.”
P full Katrin Oberländer-Wust
O party Greens/EFA
O government Parliament
Q direct Katrin Oberländer-Wust :: “once again setting quotas for the fishermen of 2041 and leaving the fish of 2045 to someone else.”
F date 2041
F date 2045
> The quotas will be formally adopted by the Council in November and apply from January 1, 2041.
O intergovernmental Council
F date January 1, 2041
'''

ARTICLES['1098-anna-maria-island-bridge-hurricane-delphine-closure-fdot-tampa-bay-times'] = r'''
> Hurricanes
> Anna Maria Island bridge to stay shut until spring after Hurricane Delphine, FDOT says
L geo Anna Maria Island
O government FDOT
> Divers found 11 cracked pilings under the 1957 drawbridge. Islanders face a detour of up to 9 miles.
F number 11
F date 1957
F quantity 9 miles
> By Colleen Ruiz-Haldane
P full Colleen Ruiz-Haldane
> Published Oct. 4, 2039|Updated Oct. 4, 2039
F date Oct. 4, 2039
F date Oct. 4, 2039
> Traffic backs up on Manatee Avenue in Bradenton on Tuesday after the Florida Department of Transportation closed the Anna Maria Island Bridge. [ GRETCHEN MALDONADO-PIKE | Times ]
L street Manatee Avenue
L city Bradenton
O government Florida Department of Transportation
L facility Anna Maria Island Bridge
P full GRETCHEN MALDONADO-PIKE
O media Times
> HOLMES BEACH — The drawbridge that carries Manatee Avenue onto Anna Maria Island will stay closed to all traffic until at least March after inspectors found cracked pilings and a shifted span in the wake of Hurricane Delphine, state transportation officials said Tuesday.
L city HOLMES BEACH
L street Manatee Avenue
L geo Anna Maria Island
> The Florida Department of Transportation said divers found 11 cracked pilings beneath the bridge, known to islanders as “the Old Lady,” and that one leaf of the span moved about 4 inches when Delphine’s 8-foot storm surge drove a loose barge into it on Sept. 27.
O government Florida Department of Transportation
F number 11
Q scare - :: “the Old Lady,”
F number one
F quantity 4 inches
F quantity 8-foot
F date Sept. 27
> “We are not going to put a single car on that bridge until we are sure it will hold,” FDOT District One Secretary Raymond Okonkwo-Bell said at a news conference in Bradenton. “I know what that means for the people out there. I live in Manatee County too.”
Q direct Raymond Okonkwo-Bell :: “We are not going to put a single car on that bridge until we are sure it will hold,”
O government FDOT District One
P full Raymond Okonkwo-Bell
L city Bradenton
Q direct Raymond Okonkwo-Bell :: “I know what that means for the people out there. I live in Manatee County too.”
L region Manatee County
> Repairs are estimated at $38.5 million, Okonkwo-Bell said, and the state will ask the Federal Highway Administration to cover up to 90 percent of the cost through its emergency relief program.
F money $38.5 million
P partial Okonkwo-Bell
O government Federal Highway Administration
F percent 90 percent
> Until then, the roughly 3,900 year-round residents of Holmes Beach, Anna Maria and Bradenton Beach must use the Cortez Bridge, about 4 miles to the south, a detour that can add 9 miles and 40 minutes each way in season.
F number 3,900
L city Holmes Beach
L city Anna Maria
L city Bradenton Beach
L facility Cortez Bridge
F quantity 4 miles
F quantity 9 miles
F duration 40 minutes
> “We made it through the storm. Now we’re being told the road home is out for five months,” said Anna Maria Mayor Dolores Whitfield-Sáenz. She said the Cortez route had become “a parking lot with a view” on weekends.
Q direct Dolores Whitfield-Sáenz :: “We made it through the storm. Now we’re being told the road home is out for five months,”
F duration five months
L city Anna Maria
P full Dolores Whitfield-Sáenz
Q direct Dolores Whitfield-Sáenz :: “a parking lot with a view”
> Manatee County commissioners voted 6-1 Monday to spend $750,000 on a free ferry between the Bradenton Riverwalk and the Anna Maria City Pier, running every 45 minutes from 6 a.m. to 9 p.m.
L region Manatee County
F number 6-1
F money $750,000
L facility Bradenton Riverwalk
L facility Anna Maria City Pier
F duration 45 minutes
F time 6 a.m.
F time 9 p.m.
> Commissioner Gil Santangelo cast the lone no vote. “This is FDOT’s bridge and FDOT’s problem,” he said.
P full Gil Santangelo
Q direct Gil Santangelo :: “This is FDOT’s bridge and FDOT’s problem,”
O government FDOT
O government FDOT
> Business owners say the timing could hardly be worse. The island’s high season runs from January to April, and the Anna Maria Island Chamber of Commerce estimates that visitors spend about $1.4 million a day there in those months.
O nonprofit Anna Maria Island Chamber of Commerce
F money $1.4 million
> “People call and ask, ‘Is the island even open?’ We are open. We just need them to find the other bridge,” said Trent Bauman, 47, who owns a bait shop in Bradenton Beach.
Q direct Trent Bauman :: “People call and ask, ‘Is the island even open?’ We are open. We just need them to find the other bridge,”
P full Trent Bauman
F age 47
L city Bradenton Beach
> Delphine came ashore near Venice in Sarasota County on Sept. 27 as a Category 3 storm and damaged 14 bridges in five counties, according to FDOT.
L city Venice
L region Sarasota County
F date Sept. 27
F number 14
F number five
O government FDOT
> A replacement, a 65-foot fixed-span bridge, was already in FDOT’s plans, with construction set to begin in 2042 at a cost of $126 million. Okonkwo-Bell said the agency would look at moving that work up, but warned that it was “not a six-month fix.”
F quantity 65-foot
O government FDOT
F date 2042
F money $126 million
P partial Okonkwo-Bell
Q direct Raymond Okonkwo-Bell :: “not a six-month fix.”
F duration six-month
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
