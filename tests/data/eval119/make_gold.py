#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval119 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval119/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['757-lake-chilwa-fishers-beach-boats-matemba-catch-kachulu-zomba-malawi24'] = r'''
> Lake Chilwa fishers beach boats as water falls to lowest level since 2036
L geo Lake Chilwa
F date 2036
> By Chikondi Mwale
P full Chikondi Mwale
> April 14, 2038
F date April 14, 2038
> Idle boats at Kachulu harbour on Lake Chilwa in Zomba. Photo: Malawi24
L city Kachulu
L geo Lake Chilwa
L region Zomba
O media Malawi24
> More than 1,500 fishers at Kachulu and Swang'oma on Lake Chilwa have pulled their boats out of the water after the lake fell to its lowest level in two years, leaving some landing sites 3 kilometres from where the shoreline stood in January.
F number 1,500
L city Kachulu
L city Swang'oma
L geo Lake Chilwa
F duration two years
F quantity 3 kilometres
> District fisheries officials told Malawi24 that catches of matemba, the small fish that makes up most of the Chilwa harvest, fell from 2,300 tonnes in the first quarter of 2037 to 410 tonnes in the same period this year.
O media Malawi24
L geo Chilwa
F quantity 2,300 tonnes
F date 2037
F quantity 410 tonnes
> "We go out at 4am and come back with half a basin. Last year the same trip gave us five basins," said Yohane Chikaonda, 38, who fishes from Kachulu with a crew of four.
Q direct Yohane Chikaonda :: "We go out at 4am and come back with half a basin. Last year the same trip gave us five basins,"
F time 4am
F fraction half
F number five
P full Yohane Chikaonda
F age 38
L city Kachulu
F number four
> "Now I cannot pay school fees for my three children, and the boat owner still wants his K45,000 every month.
Q direct Yohane Chikaonda :: "Now I cannot pay school fees for my three children, and the boat owner still wants his K45,000 every month.
F number three
F money K45,000
> "Some of my friends have gone to Mangochi to fish on Lake Malawi, but there the chambo is also finished."
Q direct Yohane Chikaonda :: "Some of my friends have gone to Mangochi to fish on Lake Malawi, but there the chambo is also finished."
L region Mangochi
L geo Lake Malawi
> Lake Chilwa, Malawi's second largest lake, has no outlet and depends on the rain that falls in Zomba and Machinga districts and across the border in Mozambique. It dried up completely in 1968 and again in 1995.
L geo Lake Chilwa
L country Malawi
L region Zomba
L region Machinga
L country Mozambique
F date 1968
F date 1995
> According to the Department of Fisheries, rainfall in the catchment during the 2037/38 season was 38 percent below the long-term average, and the open water now covers about 650 square kilometres against more than 1,700 in a good year.
O government Department of Fisheries
F date 2037/38
F percent 38 percent
F quantity 650 square kilometres
F number 1,700
> Department of Fisheries spokesperson Tiwonge Nyirenda-Banda said government was "closely monitoring" the situation and would give fingerlings and pond liners to 600 households around the lake from May.
O government Department of Fisheries
P full Tiwonge Nyirenda-Banda
Q direct Tiwonge Nyirenda-Banda :: "closely monitoring"
F number 600
> "We cannot bring the rain, but we can help families find other ways of earning a living. The Ministry of Agriculture has also asked the World Bank to bring forward funds for fish farming around Lake Chilwa," she said.
Q direct Tiwonge Nyirenda-Banda :: "We cannot bring the rain, but we can help families find other ways of earning a living. The Ministry of Agriculture has also asked the World Bank to bring forward funds for fish farming around Lake Chilwa,"
O government Ministry of Agriculture
O intergovernmental World Bank
L geo Lake Chilwa
> At Kachulu market, a 50-kilogram bag of dried matemba now sells for K95,000, up from K60,000 in December, traders said.
L city Kachulu
F quantity 50-kilogram
F money K95,000
F money K60,000
> A trader who buys fish for markets in Blantyre and Lilongwe, and who asked not to be named, said she now travels to Nkhotakota on the lakeshore for supplies.
L city Blantyre
L city Lilongwe
L city Nkhotakota
> "Transport is eating everything. From Zomba to Nkhotakota it is almost 400 kilometres, and the bus alone is K38,000 each way," she said.
Q direct - :: "Transport is eating everything. From Zomba to Nkhotakota it is almost 400 kilometres, and the bus alone is K38,000 each way,"
L city Zomba
L city Nkhotakota
F quantity 400 kilometres
F money K38,000
> Group Village Headman Namasalima, whose area covers part of the eastern shore, said the Kachulu Beach Village Committee had banned mosquito nets for fishing to protect what remains of the stocks.
P partial Namasalima
O other Kachulu Beach Village Committee
> "If we allow the small nets now, there will be nothing left to catch when the water comes back," Namasalima said.
Q direct Namasalima :: "If we allow the small nets now, there will be nothing left to catch when the water comes back,"
P partial Namasalima
> The Department of Climate Change and Meteorological Services (DCCMS) has forecast normal to above-normal rainfall for the 2038/39 season, which starts in November.
O government Department of Climate Change and Meteorological Services
O government DCCMS
F date 2038/39
'''

ARTICLES['758-magheroarty-pier-works-two-years-away-tory-island-glenties-municipal-district-donegal-news'] = r'''
> Magheroarty pier works ‘two years away’, Tory islanders told
L city Magheroarty
Q direct Ciarán Mac Fhionnlaoich :: ‘two years away’
F duration two years
L geo Tory
> Councillors hear funding for the Machaire Rabhartaigh pier is not in place as ferry misses dozens of sailings
L city Machaire Rabhartaigh
> By Siobhán Nic Grianna
P full Siobhán Nic Grianna
> Friday, 19 March 2038
F date 19 March 2038
> The pier at Machaire Rabhartaigh, from where the ferry sails to Tory Island. Photo: Gearóid Mac Ruairí
L city Machaire Rabhartaigh
L geo Tory Island
P full Gearóid Mac Ruairí
> Tory islanders face another winter of cancelled crossings after Donegal County Council confirmed that repairs to the storm-damaged pier at Machaire Rabhartaigh will not start before the spring of 2040.
L geo Tory
O government Donegal County Council
L city Machaire Rabhartaigh
F date 2040
> Members of the Glenties Municipal District heard at their monthly meeting in Dungloe on Tuesday that the council’s application for €6.8 million from the Department of Rural and Community Development had not been approved in the current round of island funding.
O government Glenties Municipal District
L city Dungloe
F money €6.8 million
O government Department of Rural and Community Development
> Senior engineer Ciarán Mac Fhionnlaoich said the design and planning were complete, but that the works were “realistically two years away” once the money was in place.
P full Ciarán Mac Fhionnlaoich
Q direct Ciarán Mac Fhionnlaoich :: “realistically two years away”
F duration two years
> “We have a tender package that could go out in a matter of weeks. What we don’t have is the funding, and I won’t sit here and give the islanders a date I can’t stand over,” Mr Mac Fhionnlaoich said.
Q direct Ciarán Mac Fhionnlaoich :: “We have a tender package that could go out in a matter of weeks. What we don’t have is the funding, and I won’t sit here and give the islanders a date I can’t stand over,”
P partial Mac Fhionnlaoich
> The pier, built in the 1970s, is the mainland base of the Tory ferry, which carries the island’s population of about 140 and, in summer, up to 400 day visitors.
F date 1970s
L geo Tory
F number 140
F number 400
> Storms in January 2037 opened a 20-metre crack in the outer wall, and the ferry has been unable to berth at low water on 63 days since then, according to figures compiled by Comharchumann Thoraí, the island co-operative.
F date January 2037
F quantity 20-metre
F duration 63 days
O other Comharchumann Thoraí
> Cllr Máire Uí Bhaoill (FF), who proposed a motion calling on the minister responsible for the islands to meet an island delegation, said the delay was “a kick in the teeth” for a community that had been promised the works in 2035.
P full Máire Uí Bhaoill
O party FF
Q direct Máire Uí Bhaoill :: “a kick in the teeth”
F date 2035
> “Níl rud ar bith níos tábhachtaí don oileán ná an cé sin,” she told the meeting in Irish, before adding in English: “There is nothing more important to the island than that pier.
Q direct Máire Uí Bhaoill :: “Níl rud ar bith níos tábhachtaí don oileán ná an cé sin,”
Q direct Máire Uí Bhaoill :: “There is nothing more important to the island than that pier.
> “If the pier goes, the young families go, and then the school goes. We have seen it happen on other islands, and we will not let it happen on Tory.”
Q direct Máire Uí Bhaoill :: “If the pier goes, the young families go, and then the school goes. We have seen it happen on other islands, and we will not let it happen on Tory.”
L geo Tory
> The motion was seconded by Cllr Seosamh Ó Dochartaigh (SF) and passed by all nine members present. Cllr Kieran Gallen (Ind) said the council should look at “temporary works” on the outer wall before next winter.
P full Seosamh Ó Dochartaigh
O party SF
F number nine
P full Kieran Gallen
Q direct Kieran Gallen :: “temporary works”
> In a statement, the Department of Rural and Community Development said it “remains fully committed to the islands” and that the Magheroarty application would be “considered in the 2038 call”.
O government Department of Rural and Community Development
Q direct Department of Rural and Community Development :: “remains fully committed to the islands”
L city Magheroarty
Q direct Department of Rural and Community Development :: “considered in the 2038 call”
F date 2038
> Tory, which lies 14.5km off the coast at Gort an Choirce, was without fresh bread or post for 19 days in a row in February, islanders said.
L geo Tory
F quantity 14.5km
L city Gort an Choirce
F duration 19 days
> Pádraig Ó Míocháin, who runs the island’s only guesthouse, said: “We had a family from Derry booked for Easter who gave up after two cancelled sailings. People won’t come back if they can’t trust the boat.”
P full Pádraig Ó Míocháin
Q direct Pádraig Ó Míocháin :: “We had a family from Derry booked for Easter who gave up after two cancelled sailings. People won’t come back if they can’t trust the boat.”
L city Derry
F number two
> The council said it would resubmit the application in the next funding round, which closes on 30 June 2038.
F date 30 June 2038
'''

ARTICLES['759-tetteh-stops-agbodjan-abu-lightweight-title-bukom-boxing-arena-accra-results-boxingscene'] = r'''
> Tetteh Stops Agbodjan in the Ninth, Wins ABU Title Before Packed Bukom Crowd
P partial Tetteh
P partial Agbodjan
O nonprofit ABU
L city Bukom
> By Kwabena Owusu-Sekyere
P full Kwabena Owusu-Sekyere
> Published March 28, 2038 12:46 AM
F date March 28, 2038
F time 12:46 AM
> Nii Armah "Bukom Fire" Tetteh (right) lands a right hand on Komlan Agbodjan at the Bukom Boxing Arena. Photo: Akwaaba Ringside Promotions
P full Nii Armah "Bukom Fire" Tetteh
Q scare - :: "Bukom Fire"
P full Komlan Agbodjan
L facility Bukom Boxing Arena
O company Akwaaba Ringside Promotions
> ACCRA, Ghana – Nii Armah Tetteh gave his home crowd what it came for on Saturday night, stopping Togo's Komlan Agbodjan at 2:17 of the ninth round to win the vacant African Boxing Union (ABU) lightweight title at the Bukom Boxing Arena.
L city ACCRA
L country Ghana
P full Nii Armah Tetteh
L country Togo
P full Komlan Agbodjan
F time 2:17
O nonprofit African Boxing Union
O nonprofit ABU
L facility Bukom Boxing Arena
> Tetteh, 26, improved to 17-1 with 12 knockouts. Agbodjan, 31, who had never been stopped, fell to 21-4-1.
P partial Tetteh
F age 26
F score 17-1
F number 12
P partial Agbodjan
F age 31
F score 21-4-1
> The Togolese southpaw, who weighed in at 134.8 pounds on Friday, built an early lead behind his jab and rocked Tetteh with a left hand in the third round. But the local fighter, roared on by a crowd that promoters put at 3,200, took over from the sixth, dropping Agbodjan twice in the eighth before a flurry against the ropes forced referee Samuel Ashitey-Lamptey to step in.
F quantity 134.8 pounds
P partial Tetteh
F number 3,200
P partial Agbodjan
P full Samuel Ashitey-Lamptey
> Agbodjan was ahead 77-75 on two of the three scorecards after eight rounds and level at 76-76 on the other.
P partial Agbodjan
F score 77-75
F number two
F number three
F number eight
F score 76-76
> "I told my people in Bukom I would bring the belt home and I did it," Tetteh said in the ring. "He was strong, he was clever, but in the sixth round I saw he was tired. My coach said, 'Go to the body,' and the body finished him."
Q direct Nii Armah "Bukom Fire" Tetteh :: "I told my people in Bukom I would bring the belt home and I did it,"
L city Bukom
P partial Tetteh
Q direct Nii Armah "Bukom Fire" Tetteh :: "He was strong, he was clever, but in the sixth round I saw he was tired. My coach said, 'Go to the body,' and the body finished him."
> His trainer, Ebenezer Quaye-Mensah, said the 26-year-old was "ready for anybody at 135" and would now chase a WBC ranking, with a regional title fight in Kumasi pencilled in for September.
P full Ebenezer Quaye-Mensah
F age 26-year-old
Q direct Ebenezer Quaye-Mensah :: "ready for anybody at 135"
F number 135
O nonprofit WBC
L city Kumasi
> Agbodjan's camp said it would not ask for a rematch. "We lost to a better man tonight," his manager, Kossi Amegah, said.
P partial Agbodjan
Q direct Kossi Amegah :: "We lost to a better man tonight,"
P full Kossi Amegah
> In the co-feature, Abdul-Rashid Issahaku kept his unbeaten record with a majority decision over Nigeria's Chukwuemeka Obi over 10 rounds at super-bantamweight. The judges scored it 97-93, 96-94 and 95-95.
P full Abdul-Rashid Issahaku
L country Nigeria
P full Chukwuemeka Obi
F number 10
F score 97-93
F score 96-94
F score 95-95
> Earlier, Gifty Naa Dedei Addo stayed unbeaten with a wide decision over Esi Boatemaa Darko, and Yaw Boakye Ansah needed just 94 seconds to knock out Sadick Alhassan with a left hook to the body.
P full Gifty Naa Dedei Addo
P full Esi Boatemaa Darko
P full Yaw Boakye Ansah
F duration 94 seconds
P full Sadick Alhassan
> Akwaaba Ringside Promotions, which staged the card, said it plans to return to Bukom on June 13.
O company Akwaaba Ringside Promotions
L city Bukom
F date June 13
> The Ghana Boxing Authority (GBA) said each of the main-event fighters had been paid a purse of GH¢120,000. About 40 minutes were lost to a power cut before the main event, which started at 11:05 p.m.
O government Ghana Boxing Authority
O government GBA
F money GH¢120,000
F duration 40 minutes
F time 11:05 p.m.
> Results:
> Nii Armah Tetteh (17-1, 12 KOs) TKO 9 Komlan Agbodjan (21-4-1, 14 KOs), lightweights, wins vacant ABU title
P full Nii Armah Tetteh
F score 17-1
F number 12
P full Komlan Agbodjan
F score 21-4-1
F number 14
O nonprofit ABU
> Abdul-Rashid Issahaku (11-0-1, 6 KOs) MD 10 Chukwuemeka Obi (15-3, 9 KOs), super-bantamweights
P full Abdul-Rashid Issahaku
F score 11-0-1
F number 6
F number 10
P full Chukwuemeka Obi
F score 15-3
F number 9
> Gifty Naa Dedei Addo (5-0, 3 KOs) UD 6 Esi Boatemaa Darko (4-2), women's flyweights
P full Gifty Naa Dedei Addo
F score 5-0
F number 3
F number 6
P full Esi Boatemaa Darko
F score 4-2
> Yaw Boakye Ansah (8-2, 7 KOs) KO 1 Sadick Alhassan (3-5), welterweights
P full Yaw Boakye Ansah
F score 8-2
F number 7
P full Sadick Alhassan
F score 3-5
> Theophilus Laryea (2-0) UD 4 Michael Nortey (0-3), middleweights
P full Theophilus Laryea
F score 2-0
F number 4
P full Michael Nortey
F score 0-3
'''

ARTICLES['760-lae-main-market-vendors-walk-out-k10-fee-lae-city-authority-morobe-post-courier'] = r'''
> 'Too much for mothers': Lae vendors walk out over market fee
Q direct Elizah Morobe :: 'Too much for mothers'
L city Lae
> By JOANNE WARAKAI
P full JOANNE WARAKAI
> March 10, 2038
F date March 10, 2038
> Vendors sit outside the gates of Lae Main Market on Monday after refusing to pay the new K10 daily fee. – Picture by JOANNE WARAKAI
L facility Lae Main Market
F money K10
P full JOANNE WARAKAI
> HUNDREDS of vendors at Lae Main Market laid out their bilums, garden produce and buai along Milfordhaven Road on Monday after refusing to pay a new daily fee of K10 introduced by the Lae City Authority.
L facility Lae Main Market
L street Milfordhaven Road
F money K10
O government Lae City Authority
> The fee, up from K3, took effect on March 1 and applies to every vendor, including those who sell from the ground outside the covered stalls.
F money K3
F date March 1
> Lae Market Vendors Association president Elizah Morobe said the increase was "too much for mothers who sell greens for K2 a bundle".
O nonprofit Lae Market Vendors Association
P full Elizah Morobe
Q direct Elizah Morobe :: "too much for mothers who sell greens for K2 a bundle"
F money K2
> "A mother from Markham comes in on the PMV at 5am, pays K8 fare, and now she must pay K10 before she sells one bundle of aibika. What is left for her children?" Ms Morobe said.
Q direct Elizah Morobe :: "A mother from Markham comes in on the PMV at 5am, pays K8 fare, and now she must pay K10 before she sells one bundle of aibika. What is left for her children?"
L region Markham
F time 5am
F money K8
F money K10
F number one
P partial Morobe
> She said the association had written to the city manager twice without a reply and would keep its members out of the market "until LCA sits down with us".
Q direct Elizah Morobe :: "until LCA sits down with us"
O government LCA
> LCA chief executive officer Steven Ipu Kalamoro said the new fee was needed to pay for security, cleaning and the rebuilding of the market's drains, which flood during heavy rain.
O government LCA
P full Steven Ipu Kalamoro
> "The market collects about K1.2 million a year but costs us K2.9 million to run. The city cannot keep subsidising it," Mr Kalamoro said.
Q direct Steven Ipu Kalamoro :: "The market collects about K1.2 million a year but costs us K2.9 million to run. The city cannot keep subsidising it,"
F money K1.2 million
F money K2.9 million
P partial Kalamoro
> He said about 4,000 vendors were registered at the market, and the authority had engaged 60 guards from Kumul Watch Security Ltd to stop fights and theft.
F number 4,000
F number 60
O company Kumul Watch Security Ltd
> Morobe provincial police commander Chief Superintendent Joseph Yambel said police had been deployed to keep the roadside clear and warned that anyone blocking traffic on Milfordhaven Road "will be arrested".
L region Morobe
P full Joseph Yambel
L street Milfordhaven Road
Q direct Joseph Yambel :: "will be arrested"
> "Mipela no inap peim K10 long olgeta de," said a buai seller from Wau who gave her name only as Ruth, meaning that vendors could not pay K10 every day.
Q direct Ruth :: "Mipela no inap peim K10 long olgeta de,"
F money K10
L city Wau
P partial Ruth
F money K10
> Mary Gawi, 52, a vegetable seller from Bumbu settlement, said she had sold only K40 worth of greens on Saturday.
P full Mary Gawi
F age 52
L city Bumbu
F money K40
> "After the fee and the bus fare I take home K22. That is not enough for rice and tinned fish," she said.
Q direct Mary Gawi :: "After the fee and the bus fare I take home K22. That is not enough for rice and tinned fish,"
F money K22
> The Morobe Provincial Government, which owns the market land, has called a meeting with LCA and the vendors' representatives for Thursday.
O government Morobe Provincial Government
O government LCA
> Lae Main Market, the biggest fresh produce market in the Momase region, draws growers from Bulolo, Kaiapit and the Highlands Highway towns of Kainantu and Goroka, more than 300 kilometres away.
L facility Lae Main Market
L region Momase
L city Bulolo
L city Kaiapit
L street Highlands Highway
L city Kainantu
L city Goroka
F quantity 300 kilometres
> Vendors said they would return to the stalls if the fee was cut to K5. Shopkeepers at Eriku and Top Town said sales had fallen by as much as 30 per cent since Monday as buyers stayed away from the city centre.
F money K5
L city Eriku
L city Top Town
F percent 30 per cent
'''

ARTICLES['761-pukatawagan-wildfire-evacuees-moved-to-winnipeg-mathias-colomb-cree-nation-red-cross-thompson-citizen'] = r'''
> Pukatawagan evacuees moved to Winnipeg as wildfire closes in
L city Pukatawagan
L city Winnipeg
> Karina Desjarlais, Local Journalism Initiative Reporter
P full Karina Desjarlais
> Jul. 16, 2038 3:45 p.m.
F date Jul. 16, 2038
F time 3:45 p.m.
> Smoke from the fire rises beyond the Churchill River near Pukatawagan on July 14. Photo courtesy Mathias Colomb Cree Nation
L geo Churchill River
L city Pukatawagan
F date July 14
O government Mathias Colomb Cree Nation
> More than 1,100 people had been flown out of Pukatawagan by Wednesday afternoon as a wildfire burning about 6 kilometres south of the community forced the Canadian Red Cross to move evacuees on from Thompson to Winnipeg.
F number 1,100
L city Pukatawagan
F quantity 6 kilometres
O nonprofit Canadian Red Cross
L city Thompson
L city Winnipeg
> The fire, known to the Manitoba Wildfire Service as TP014, had grown to 18,400 hectares by Tuesday night, the province said in its daily update. It started on July 9, likely from lightning, and jumped a firebreak on Monday when winds gusted to 60 km/h.
O government Manitoba Wildfire Service
F quantity 18,400 hectares
F date July 9
F quantity 60 km/h
> Mathias Colomb Cree Nation Chief Eugene Caribou declared a state of local emergency on July 12 and asked Indigenous Services Canada (ISC) for a full evacuation the next day.
O government Mathias Colomb Cree Nation
P full Eugene Caribou
F date July 12
O government Indigenous Services Canada
O government ISC
> “We had elders on oxygen and babies on the first planes out. The smoke was so thick on Monday the nurses couldn’t see the end of the runway,” Caribou said in a phone interview from Thompson.
Q direct Eugene Caribou :: “We had elders on oxygen and babies on the first planes out. The smoke was so thick on Monday the nurses couldn’t see the end of the runway,”
P partial Caribou
L city Thompson
> “Our people are scattered now. Some are in hotels in Thompson, some in Winnipeg, some with family in The Pas and Flin Flon. We want them kept together.
Q direct Eugene Caribou :: “Our people are scattered now. Some are in hotels in Thompson, some in Winnipeg, some with family in The Pas and Flin Flon. We want them kept together.
L city Thompson
L city Winnipeg
L city The Pas
L city Flin Flon
> “This is the third time in eight years we’ve left our homes. People are tired of it.”
Q direct Eugene Caribou :: “This is the third time in eight years we’ve left our homes. People are tired of it.”
F duration eight years
> Pukatawagan, about 200 kilometres north of The Pas on the Churchill River, has no all-weather road. It is reached by air, by a winter road, and by the Keewatin Railway Company train, which runs twice a week from The Pas.
L city Pukatawagan
F quantity 200 kilometres
L city The Pas
L geo Churchill River
O company Keewatin Railway Company
L city The Pas
> Canadian Red Cross spokesperson Natalie Bérubé said 640 evacuees were registered in Thompson on Tuesday, but the city had run out of hotel rooms because of a mining conference.
O nonprofit Canadian Red Cross
P full Natalie Bérubé
F number 640
L city Thompson
> “Thompson has been a wonderful host, but we need to keep families together, close to health care and schools, and right now that means Winnipeg,” she said.
Q direct Natalie Bérubé :: “Thompson has been a wonderful host, but we need to keep families together, close to health care and schools, and right now that means Winnipeg,”
L city Thompson
L city Winnipeg
> The Red Cross said it had booked 420 rooms in Winnipeg hotels and would run buses on the 760-kilometre trip down Highway 6 for those who did not want to fly.
O nonprofit Red Cross
F number 420
L city Winnipeg
F quantity 760-kilometre
L street Highway 6
> Manitoba Keewatinowi Okimakanak (MKO), which represents 26 northern First Nations, said it was “deeply concerned” that ISC had taken two days to approve the airlift.
O nonprofit Manitoba Keewatinowi Okimakanak
O nonprofit MKO
F number 26
Q direct Manitoba Keewatinowi Okimakanak :: “deeply concerned”
O government ISC
F duration two days
> In an email, ISC said it had approved “all evacuation costs requested by the community” and was working with the province and the Red Cross.
O government ISC
Q direct Indigenous Services Canada :: “all evacuation costs requested by the community”
O nonprofit Red Cross
> About 30 firefighters and four water bombers were working the fire on Wednesday, and 120 sprinkler kits had been set up around homes on the south side of the reserve. The temperature was forecast to reach 31 C on Thursday, with relative humidity as low as 20 per cent.
F number 30
F number four
F number 120
F quantity 31 C
F percent 20 per cent
> Shirley Bighetty, 67, who left on Tuesday’s last flight with her two grandchildren, said she had packed “the photos and my medicine and nothing else.”
P full Shirley Bighetty
F age 67
F number two
Q direct Shirley Bighetty :: “the photos and my medicine and nothing else.”
> Karina Desjarlais is a Local Journalism Initiative reporter with the Thompson Citizen.
P full Karina Desjarlais
O media Thompson Citizen
'''

ARTICLES['762-asturias-cider-apple-shortage-april-frost-villaviciosa-nava-consejo-regulador-the-local-spain'] = r'''
> Asturias faces cider apple shortage after April frost wipes out blossom
L region Asturias
> Cider makers in the northern Spanish region are buying apples from Galicia and France after the worst harvest in two decades, and a bottle in the bar could cost 40 cents more by Christmas
L region Galicia
L country France
F duration two decades
F money 40 cents
> Paula Menéndez Cueto
P full Paula Menéndez Cueto
> Published: 23 September 2038 10:31 CEST
F date 23 September 2038
F time 10:31 CEST
> Apples are poured into a press at a cider house in Nava, Asturias. Photo: Nerea Cuesta/AFP
L city Nava
L region Asturias
P full Nerea Cuesta
O media AFP
> Cider makers in Asturias say this autumn's apple harvest will be the smallest in at least 20 years after a late frost on the night of 11 April destroyed much of the blossom in the region's orchards.
L region Asturias
F duration 20 years
F date 11 April
> The Consejo Regulador DOP Sidra de Asturias, which certifies cider made only from local apples, estimates that growers will pick around 9,000 tonnes of cider apples this year, against 31,500 tonnes in 2037.
O other Consejo Regulador DOP Sidra de Asturias
F quantity 9,000 tonnes
F quantity 31,500 tonnes
F date 2037
> In parts of the Comarca de la Sidra, the cider district around Villaviciosa and Nava, temperatures fell to minus 4C for more than three hours, Spain's weather agency AEMET recorded.
L region Comarca de la Sidra
L city Villaviciosa
L city Nava
F quantity minus 4C
F duration three hours
L country Spain
O government AEMET
> "I went out at 6am and the flowers were brown, like paper. In 41 years I have never seen it like that," said Xuan Canga Menéndez, 63, who runs the Llagar El Cuetu cider house near Villaviciosa.
Q direct Xuan Canga Menéndez :: "I went out at 6am and the flowers were brown, like paper. In 41 years I have never seen it like that,"
F time 6am
F duration 41 years
P full Xuan Canga Menéndez
F age 63
O company Llagar El Cuetu
L city Villaviciosa
> Canga said his orchards usually give him about 180,000 kilos of apples. This year he expects a quarter of that.
P partial Canga
F quantity 180,000 kilos
F fraction a quarter
> "We will make cider, because people will not stop drinking it in the chigres. But it will not be Sidra de Asturias, because for that you need Asturian apples. What we buy from Galicia or Normandy is just cider.
Q direct Xuan Canga Menéndez :: "We will make cider, because people will not stop drinking it in the chigres. But it will not be Sidra de Asturias, because for that you need Asturian apples. What we buy from Galicia or Normandy is just cider.
L region Galicia
L region Normandy
> "For a small llagar that is the difference between staying open and closing."
Q direct Xuan Canga Menéndez :: "For a small llagar that is the difference between staying open and closing."
> A bottle of natural cider, poured from above the head in the ritual known as "escanciar", sold for around €3.20 in the bars of Oviedo and Gijón (Xixón in Asturian) last year. The regional hospitality association Otea has warned that it could reach €3.60.
Q scare - :: "escanciar"
F money €3.20
L city Oviedo
L city Gijón
L city Xixón
O nonprofit Otea
F money €3.60
> The frost also hit kiwi growers in the west of the region and orchards in neighbouring Cantabria, but cider, which the Asturian government says supports about 2,500 jobs, has been hit hardest.
L region Cantabria
F number 2,500
> Marta Fueyo Llaneza, the region's minister for rural affairs, said on Monday that the Principality would pay growers €1,200 per hectare of damaged orchard and had asked Madrid to declare the cider district a disaster zone.
P full Marta Fueyo Llaneza
L region Principality
F money €1,200
L city Madrid
> "Cider is not only a product, it is part of who we are. UNESCO recognised that in 2024 and we are not going to let a single night of frost break it," she said.
Q direct Marta Fueyo Llaneza :: "Cider is not only a product, it is part of who we are. UNESCO recognised that in 2024 and we are not going to let a single night of frost break it,"
O intergovernmental UNESCO
F date 2024
> Serida, the regional agri-food research service, said trees that lost their blossom should crop normally next year, but warned that late frosts were becoming more common: six of the last ten springs had brought frost after 1 April in the cider district, against two in the whole of the 1990s.
O government Serida
F number six
F number ten
F date 1 April
F number two
F date 1990s
> Asturias produced 48 million litres of cider in 2037, of which 5.2 million were bottled under the protected designation.
L region Asturias
F quantity 48 million litres
F date 2037
F number 5.2 million
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
