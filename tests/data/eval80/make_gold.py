#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval80 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval80/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['523-east-lindsey-beach-chalet-rents-year-round-parking-sutton-on-sea-mablethorpe-lincolnite'] = r'''
> ‘We’re being priced off our own beach’: Sutton on Sea chalet rents to rise by 40%
Q direct Maureen Fotheringham :: ‘We’re being priced off our own beach’
L city Sutton on Sea
F percent 40%
> Year-round charges are also coming to nine coastal car parks from April
F number nine
> By Oluwaseun Barraclough
P full Oluwaseun Barraclough
> Local Democracy Reporter
> March 12, 2037 4.15 pm
F date March 12, 2037
F time 4.15 pm
> Council-owned beach chalets on the promenade at Sutton on Sea. | Image: Oluwaseun Barraclough
L city Sutton on Sea
P full Oluwaseun Barraclough
> Tenants of council-owned beach chalets in Sutton on Sea and Mablethorpe will pay 40% more from next season, after East Lindsey District Council’s executive board backed a package of coastal charges it says will raise around £420,000 a year.
L city Sutton on Sea
L city Mablethorpe
F percent 40%
O government East Lindsey District Council
F money £420,000
> The board met at the council’s offices in Horncastle on Wednesday and approved the plans by six votes to one, with one abstention.
L city Horncastle
F number six
F number one
F number one
> Seasonal rent for one of the 54 chalets on the Sutton on Sea Colonnade and Mablethorpe’s Queen’s Park promenade will go up from £1,150 to £1,610 for the April to October season, while day hire will rise from £18 to £25.
F number 54
L facility Sutton on Sea Colonnade
L city Mablethorpe
L facility Queen’s Park
F money £1,150
F money £1,610
F money £18
F money £25
> Pay-and-display charges of £1.80 an hour, or £8 for the day, will also apply all year at nine ELDC car parks between Mablethorpe and Chapel St Leonards, including Anderby Creek, Moggs Eye and the Huttoft car terrace, where parking is currently free from November to March.
F money £1.80
F money £8
F number nine
O government ELDC
L city Mablethorpe
L city Chapel St Leonards
L city Anderby Creek
L geo Moggs Eye
L city Huttoft
> Councillor Janine Whitworth-Pryce, portfolio holder for the coastal economy, said the chalets had lost money in four of the last five years and the authority could no longer justify “subsidising a seaside holiday” for a few hundred tenants.
P full Janine Whitworth-Pryce
F number four
F duration five years
Q direct Janine Whitworth-Pryce :: “subsidising a seaside holiday”
> “Even after this increase, a chalet at Sutton on Sea costs less for the whole summer than a fortnight in a caravan,” she said. “Every pound we put into the huts is a pound we are not spending on toilets, lifeguards and beach cleaning for the 3.4 million visitors who come to our coast each year.”
Q direct Janine Whitworth-Pryce :: “Even after this increase, a chalet at Sutton on Sea costs less for the whole summer than a fortnight in a caravan,”
L city Sutton on Sea
Q direct Janine Whitworth-Pryce :: “Every pound we put into the huts is a pound we are not spending on toilets, lifeguards and beach cleaning for the 3.4 million visitors who come to our coast each year.”
F number 3.4 million
> The council expects the car park changes to bring in £305,000 in 2037/38, with the higher chalet rents adding a further £115,000.
F money £305,000
F date 2037/38
F money £115,000
> But chalet holders, many of whom have rented the same hut for decades, say they were not properly consulted.
> Maureen Fotheringham, 74, from Trusthorpe, has rented chalet number 31 at Sutton on Sea every summer since 1998. Her petition against the rise had gathered more than 2,600 signatures by Wednesday night.
P full Maureen Fotheringham
F age 74
L city Trusthorpe
L city Sutton on Sea
F date 1998
F number 2,600
> “We’re being priced off our own beach,” she said. “Most of us are pensioners. We clean the huts, we paint them, we report the vandalism, and now we are told we’re the subsidy.
Q direct Maureen Fotheringham :: “We’re being priced off our own beach,”
Q direct Maureen Fotheringham :: “Most of us are pensioners. We clean the huts, we paint them, we report the vandalism, and now we are told we’re the subsidy.
> “My late husband and I had our wedding photographs taken outside that hut in 1979. I’m not giving it up without a fight.”
Q direct Maureen Fotheringham :: “My late husband and I had our wedding photographs taken outside that hut in 1979. I’m not giving it up without a fight.”
F date 1979
> Independent councillor for Sutton on Sea, Colin Ravensworth, told the meeting that the consultation had lasted “barely three weeks over Christmas” and asked for the decision to be deferred. His motion was defeated.
L region Sutton on Sea
P full Colin Ravensworth
Q direct Colin Ravensworth :: “barely three weeks over Christmas”
F duration three weeks
> Reform UK group leader Councillor Darren Skipworth said year-round charges were “a tax on the people who keep this coast going in winter”, pointing out that dog walkers and sea anglers use the Chapel Point and Wolla Bank car parks every day.
O party Reform UK
P full Darren Skipworth
Q direct Darren Skipworth :: “a tax on the people who keep this coast going in winter”
L geo Chapel Point
L geo Wolla Bank
> ELDC said blue badge holders would still park free of charge and that a £45 annual permit would be offered to residents of the district.
O government ELDC
F money £45
> A chalet holder at Mablethorpe, who did not want to be named, said several tenants had already handed back their keys. “If the council wants empty huts and a few more parking tickets, it’s going the right way about it,” she said.
L city Mablethorpe
Q direct - :: “If the council wants empty huts and a few more parking tickets, it’s going the right way about it,”
> Separately, the Environment Agency confirmed that its annual Lincshore beach recharge, which pumps around 450,000 cubic metres of sand onto the beaches between Mablethorpe and Skegness, would begin in the second week of April.
O government Environment Agency
F quantity 450,000 cubic metres
L city Mablethorpe
L city Skegness
> Lincolnshire County Council, which is responsible for on-street parking, said it had “no plans” to extend charges to roads behind the seafront.
O government Lincolnshire County Council
Q direct Lincolnshire County Council :: “no plans”
> The new charges will be confirmed at a full council meeting on March 25 and take effect from April 1.
F date March 25
F date April 1
> The Local Democracy Reporting Service is a BBC-funded public service news agency supplying local news to The Lincolnite and other outlets across the country.
O media BBC
O media The Lincolnite
'''

ARTICLES['524-lakhipukhuri-te-workers-gherao-manager-wage-pf-arrears-doom-dooma-tinsukia-assam-tribune'] = r'''
> Lakhipukhuri TE workers gherao manager over wage, PF arrears
L facility Lakhipukhuri TE
> By Staff Correspondent
> 12 Sep 2038 5:44 AM
F date 12 Sep 2038
F time 5:44 AM
> Workers of Lakhipukhuri Tea Estate staging a demonstration in front of the garden office near Doom Dooma on Saturday. – AT photo
L facility Lakhipukhuri Tea Estate
L city Doom Dooma
O media AT
> DOOM DOOMA, Sept 11 - Hundreds of workers of Lakhipukhuri Tea Estate in Tinsukia district stopped plucking and gheraoed the garden manager in his office for nearly nine hours today, demanding immediate payment of six weeks of pending wages and provident fund dues that the union says run into crores.
L city DOOM DOOMA
F date Sept 11
L facility Lakhipukhuri Tea Estate
L region Tinsukia
F duration nine hours
F duration six weeks
> The manager, Anirban Dasgupta, was allowed to leave only at around 6.30 pm after the Circle Officer and a police team from Doom Dooma police station reached the garden and assured the workers that a tripartite meeting would be held at the office of the Assistant Labour Commissioner in Tinsukia on Tuesday.
P full Anirban Dasgupta
F time 6.30 pm
L city Doom Dooma
L city Tinsukia
> The garden, owned by the Kolkata-based Brahmakund Plantations Pvt Ltd, is spread over 712 hectares and has around 1,450 permanent workers, besides some 600 casual hands during the plucking season. It produced about 18 lakh kg of made tea last year, 12 per cent less than in 2036.
L city Kolkata
O company Brahmakund Plantations Pvt Ltd
F quantity 712 hectares
F number 1,450
F number 600
F quantity 18 lakh kg
F percent 12 per cent
F date 2036
> According to the Assam Chah Mazdoor Sangha (ACMS), the management has not paid wages since the fortnight ending July 31, while the workers' share of provident fund, deducted from their wages every month, has not been deposited with the Assam Tea Plantations Provident Fund Organisation since March 2037.
O nonprofit Assam Chah Mazdoor Sangha
O nonprofit ACMS
F date July 31
O government Assam Tea Plantations Provident Fund Organisation
F date March 2037
> "The total dues, including wages, provident fund and gratuity of retired workers, come to Rs 3.86 crore. The workers are surviving on rations alone. Children are dropping out of the garden school because their parents cannot buy exercise books," said Dilip Tanti, secretary of the ACMS Doom Dooma branch.
Q direct Dilip Tanti :: "The total dues, including wages, provident fund and gratuity of retired workers, come to Rs 3.86 crore. The workers are surviving on rations alone. Children are dropping out of the garden school because their parents cannot buy exercise books,"
F money Rs 3.86 crore
P full Dilip Tanti
O nonprofit ACMS
L city Doom Dooma
> Tanti said the union had written to the management on August 20 and again on September 2 but had received no reply. "If the dues are not cleared by September 30, we will call an indefinite strike in all 14 gardens of the company in Tinsukia and Dibrugarh districts," he warned.
P partial Tanti
F date August 20
F date September 2
Q direct Dilip Tanti :: "If the dues are not cleared by September 30, we will call an indefinite strike in all 14 gardens of the company in Tinsukia and Dibrugarh districts,"
F date September 30
F number 14
L region Tinsukia
L region Dibrugarh
> Phulmoni Munda (52), who has been plucking leaf at Lakhipukhuri for 31 years, said her family of five had been managing on the weekly ration of rice and atta. "We pluck 24 kg of leaf a day in the rain and in the sun. The company sells our tea, but we do not get our hajira," she said, using the local word for the daily wage.
P full Phulmoni Munda
F age 52
L facility Lakhipukhuri
F duration 31 years
F number five
Q direct Phulmoni Munda :: "We pluck 24 kg of leaf a day in the rain and in the sun. The company sells our tea, but we do not get our hajira,"
F quantity 24 kg
> The minimum daily wage for tea garden workers in the Brahmaputra valley was raised to Rs 412 in February this year, which means a worker at Lakhipukhuri loses Rs 2,472 for every week the wages remain unpaid, the union said.
L geo Brahmaputra
F money Rs 412
L facility Lakhipukhuri
F money Rs 2,472
> Assam Tea Tribes Students' Association (ATTSA) leader Binod Kurmi, who joined the demonstration, alleged that several gardens in the area were being "run down deliberately" ahead of a possible sale.
O nonprofit Assam Tea Tribes Students' Association
O nonprofit ATTSA
P full Binod Kurmi
Q direct Binod Kurmi :: "run down deliberately"
> When contacted, a senior official of Brahmakund Plantations in Kolkata, who did not wish to be named, admitted that the company was facing a "severe cash crunch" after two poor seasons and low prices at the Guwahati Tea Auction Centre (GTAC), where CTC teas from upper Assam averaged Rs 221 per kg in August.
O company Brahmakund Plantations
L city Kolkata
Q direct - :: "severe cash crunch"
F number two
O company Guwahati Tea Auction Centre
O company GTAC
L region Assam
F money Rs 221
> "We released Rs 45 lakh towards wages on Thursday and the wages for the next two fortnights will be paid by next week. The provident fund arrears will be cleared in instalments. A lockout is not on the cards," the official said.
Q direct - :: "We released Rs 45 lakh towards wages on Thursday and the wages for the next two fortnights will be paid by next week. The provident fund arrears will be cleared in instalments. A lockout is not on the cards,"
F money Rs 45 lakh
F duration two fortnights
> Dasgupta declined to comment.
P partial Dasgupta
> Sources in the district labour office said the Assistant Labour Commissioner had sought a written report from the management within seven days.
F duration seven days
> According to industry sources, at least 11 gardens in upper Assam have defaulted on provident fund deposits in the past two years. The Assam Branch of the Indian Tea Association (ABITA), in a statement issued on Friday, said rising input costs had "squeezed the margins of smaller producers to the bone".
F number 11
L region Assam
F duration two years
O nonprofit Assam Branch
O nonprofit Indian Tea Association
O nonprofit ABITA
Q direct Assam Branch of the Indian Tea Association :: "squeezed the margins of smaller producers to the bone"
> The tripartite meeting has been scheduled for 11 am on Tuesday.
F time 11 am
'''

ARTICLES['525-brisbane-heat-adelaide-strikers-wbbl-allan-border-field-ngata-fox-last-ball-team-lists-cricket-com-au'] = r'''
> WBBL|24
O other WBBL
> Ngata-Fox keeps her cool as Heat edge Strikers in last-ball thriller
P partial Ngata-Fox
O team Heat
O team Strikers
> Teenager's unbeaten 48 and three wickets from Priyanka Deshmukh keep Brisbane's hopes of a home final alive
F number 48
F number three
P full Priyanka Deshmukh
O team Brisbane
> Bronwyn Achterberg
P full Bronwyn Achterberg
> 13 November 2038, 10:47 PM
F date 13 November 2038
F time 10:47 PM
> Ruby Ngata-Fox celebrates the winning runs at Allan Border Field // Getty Images
P full Ruby Ngata-Fox
L facility Allan Border Field
O company Getty Images
> Brisbane Heat 6-149 (Ngata-Fox 48*, Tully 37; Whitlam-Kerr 2-24, Dlamini 2-31) def Adelaide Strikers 7-148 (Dlamini 61, Birch 29; Deshmukh 3-22) by four wickets
O team Brisbane Heat
F score 6-149
P partial Ngata-Fox
F number 48
P partial Tully
F number 37
P partial Whitlam-Kerr
F score 2-24
P partial Dlamini
F score 2-31
O team Adelaide Strikers
F score 7-148
P partial Dlamini
F number 61
P partial Birch
F number 29
P partial Deshmukh
F score 3-22
F number four
> Ruby Ngata-Fox kept her head while those around her lost theirs, the 19-year-old scampering two off the final ball to give the Brisbane Heat a four-wicket win over the Adelaide Strikers at Allan Border Field on Saturday night.
P full Ruby Ngata-Fox
F age 19-year-old
F number two
O team Brisbane Heat
F number four
O team Adelaide Strikers
L facility Allan Border Field
> Needing 11 from the last over, bowled by South African quick Nomvula Dlamini, the Heat slipped to 6-143 when Maddy Grant was run out at the non-striker's end off the fourth ball.
F number 11
P full Nomvula Dlamini
O team Heat
F score 6-143
P full Maddy Grant
> Ngata-Fox, who grew up in Lower Hutt and played two T20 internationals for the White Ferns before moving to Brisbane in 2036, drove the fifth ball through cover for four and then ran hard for two when Strikers captain Annabel Whitlam-Kerr fumbled at deep midwicket.
P partial Ngata-Fox
L city Lower Hutt
F number two
O team White Ferns
L city Brisbane
F date 2036
F number four
F number two
O team Strikers
P full Annabel Whitlam-Kerr
> She finished unbeaten on 48 from 33 balls, her highest score in the WBBL.
F number 48
F number 33
O other WBBL
> "I just told myself to watch the ball and run like mad," Ngata-Fox told Fox Cricket. "Annie's got a great arm, so I wasn't sure we'd make the second, but Kiara was screaming at me to come back, so I came."
Q direct Ruby Ngata-Fox :: "I just told myself to watch the ball and run like mad,"
P partial Ngata-Fox
O media Fox Cricket
Q direct Ruby Ngata-Fox :: "Annie's got a great arm, so I wasn't sure we'd make the second, but Kiara was screaming at me to come back, so I came."
P partial Annie
P partial Kiara
> The Strikers had looked in control after Dlamini's 61 from 44 balls lifted them to 7-148, the right-hander clearing the short boundary four times in the 17th and 18th overs.
O team Strikers
P partial Dlamini
F number 61
F number 44
F score 7-148
F number four
> Indian leg-spinner Priyanka Deshmukh was the pick of the Heat attack with 3-22 from her four overs, and had Dlamini stumped for the third time this season.
P full Priyanka Deshmukh
O team Heat
F score 3-22
F number four
P partial Dlamini
> Brisbane's chase was built on a 64-run stand for the second wicket between Georgia Tully (37 off 29) and Ashleigh van Wyk (26), but three wickets fell for 19 runs in the space of 15 balls and it took Ngata-Fox's calm to get the Heat home.
O team Brisbane
F number 64
P full Georgia Tully
F number 37
F number 29
P full Ashleigh van Wyk
F number 26
F number three
F number 19
F number 15
P partial Ngata-Fox
O team Heat
> Heat coach Dean Kalogeropoulos said the result kept his side's finals hopes alive. "We haven't played our best cricket for a month, but we found a way tonight. Ruby was outstanding and Priyanka has been our best player all tournament," he said.
O team Heat
P full Dean Kalogeropoulos
Q direct Dean Kalogeropoulos :: "We haven't played our best cricket for a month, but we found a way tonight. Ruby was outstanding and Priyanka has been our best player all tournament,"
P partial Ruby
P partial Priyanka
> Whitlam-Kerr said her side had been "10 or 15 runs short" on a slow surface. "We gave them too many twos in the last five overs," she said. "That's on me as much as anyone."
P partial Whitlam-Kerr
Q direct Annabel Whitlam-Kerr :: "10 or 15 runs short"
F number 10
F number 15
Q direct Annabel Whitlam-Kerr :: "We gave them too many twos in the last five overs,"
F number five
Q direct Annabel Whitlam-Kerr :: "That's on me as much as anyone."
> The win lifts the Heat to third on the ladder with 12 points from nine matches, two behind the Strikers, who stay second. A crowd of 2,847 attended.
O team Heat
F number 12
F number nine
F number two
O team Strikers
F number 2,847
> The Heat meet the Sydney Thunder at North Sydney Oval on Thursday at 6.40pm AEDT, while the Strikers host the Hobart Hurricanes at Karen Rolton Oval on Saturday.
O team Heat
O team Sydney Thunder
L facility North Sydney Oval
F time 6.40pm AEDT
O team Strikers
O team Hobart Hurricanes
L facility Karen Rolton Oval
> Brisbane Heat XI: Georgia Tully, Ashleigh van Wyk, Ellie Pham, Maddy Grant, Ruby Ngata-Fox, Kiara Lui, Holly-Jo Carmody (wk), Priyanka Deshmukh, Tayla Brzezinski, Jess O'Halloran (c), Sienna Mulvihill
O team Brisbane Heat
P full Georgia Tully
P full Ashleigh van Wyk
P full Ellie Pham
P full Maddy Grant
P full Ruby Ngata-Fox
P full Kiara Lui
P full Holly-Jo Carmody
P full Priyanka Deshmukh
P full Tayla Brzezinski
P full Jess O'Halloran
P full Sienna Mulvihill
> Adelaide Strikers XI: Isla Thorburn, Hayley Birch, Nomvula Dlamini, Annabel Whitlam-Kerr (c), Courtney Blaze, Zara Prendiville (wk), Lucy Mahony, Kim Garvey, Rhiannon Evans-Tiwari, Matilda Oakes, Jade Kaye
O team Adelaide Strikers
P full Isla Thorburn
P full Hayley Birch
P full Nomvula Dlamini
P full Annabel Whitlam-Kerr
P full Courtney Blaze
P full Zara Prendiville
P full Lucy Mahony
P full Kim Garvey
P full Rhiannon Evans-Tiwari
P full Matilda Oakes
P full Jade Kaye
'''

ARTICLES['526-atiwa-west-cocoa-farms-galamsey-kwabeng-sagyimase-cocobod-ched-compensation-ghanaweb'] = r'''
> Business News of Tuesday, 11 October 2039
F date 11 October 2039
> Source: Ama Serwaa Boakye-Yiadom, Contributor
P full Ama Serwaa Boakye-Yiadom
> Galamsey has destroyed 2,400 hectares of cocoa farms in Atiwa West – farmers’ union
F quantity 2,400 hectares
L region Atiwa West
> A cocoa farm at Sagyimase turned into a mining pit | File photo
L city Sagyimase
> The Atiwa Cocoa Farmers’ Cooperative Union says illegal miners have destroyed about 2,400 hectares of cocoa farms in the Atiwa West District of the Eastern Region since 2036, and wants the Ghana Cocoa Board (COCOBOD) to compensate affected farmers before the 2039/40 main crop season reaches its peak.
O nonprofit Atiwa Cocoa Farmers’ Cooperative Union
F quantity 2,400 hectares
L region Atiwa West District
L region Eastern Region
F date 2036
O government Ghana Cocoa Board
O government COCOBOD
F date 2039/40
> Addressing a press conference at Kwabeng on Monday, the union’s chairman, Opanyin Kwadwo Asare-Bediako, said more than 3,100 farmers in 42 communities had lost all or part of their farms to galamsey operators, who often arrive at night with excavators and offer owners as little as GH¢20,000 an acre.
L city Kwabeng
P full Kwadwo Asare-Bediako
F number 3,100
F number 42
F money GH¢20,000
> “Some of our members sold because they were hungry. Others refused, and the next morning they found their farms flooded with muddy water from the pits,” he said. “A cocoa tree takes three to five years to bear fruit. The pit takes one afternoon.
Q direct Kwadwo Asare-Bediako :: “Some of our members sold because they were hungry. Others refused, and the next morning they found their farms flooded with muddy water from the pits,”
Q direct Kwadwo Asare-Bediako :: “A cocoa tree takes three to five years to bear fruit. The pit takes one afternoon.
F duration three
F duration five years
F number one
> “We are not against mining. We are against a situation where the source of our livelihood, and of Ghana’s foreign exchange, is dug up in front of our eyes while the authorities watch.”
Q direct Kwadwo Asare-Bediako :: “We are not against mining. We are against a situation where the source of our livelihood, and of Ghana’s foreign exchange, is dug up in front of our eyes while the authorities watch.”
L country Ghana
> COCOBOD’s Cocoa Health and Extension Division (CHED), which surveyed the area in July, put the damage at 2,380 hectares, or roughly 5,900 acres, across the Kwabeng, Sagyimase, Anyinam and Asiakwa cocoa districts.
O government COCOBOD
O government Cocoa Health and Extension Division
O government CHED
F quantity 2,380 hectares
F quantity 5,900 acres
L region Kwabeng
L region Sagyimase
L region Anyinam
L region Asiakwa
> At the current farmgate price of GH¢6,840 per 64-kilogramme bag, the union estimates the lost output at about GH¢48 million a season – money that would have gone directly into farmers’ pockets.
F money GH¢6,840
F quantity 64-kilogramme
F money GH¢48 million
> Madam Esi Nyarkoah, 58, said she had farmed a four-acre plot at Sagyimase with her late husband for 22 years. Today it is a pond.
P full Esi Nyarkoah
F age 58
F quantity four-acre
L city Sagyimase
F duration 22 years
> “They told me the land belongs to the chief and the chief has given it to them. I have my documents. Nobody wants to see them,” she said in Twi.
Q direct Esi Nyarkoah :: “They told me the land belongs to the chief and the chief has given it to them. I have my documents. Nobody wants to see them,”
> The Odikro of Sagyimase, Nana Kwame Ampofo Darko II, denied allocating any cocoa land for mining. He told GhanaWeb the operators had “forged letters” bearing his name and that he had reported the matter to the Kwabeng District Police Command.
L city Sagyimase
P full Kwame Ampofo Darko II
O media GhanaWeb
Q direct Kwame Ampofo Darko II :: “forged letters”
O government Kwabeng District Police Command
> The union is asking COCOBOD to pay GH¢30,000 per hectare in compensation, replant the destroyed farms under its rehabilitation programme and recruit 200 community guards from among young people in the area.
O government COCOBOD
F money GH¢30,000
F number 200
> In a statement, COCOBOD said it “shares the pain of our farmers” and was working with the National Anti-Illegal Mining Operations Secretariat (NAIMOS) and the Minerals Commission to arrest those responsible. It said 64 excavators had been seized in cocoa-growing areas of the Eastern and Ashanti regions since January.
O government COCOBOD
Q direct Ghana Cocoa Board :: “shares the pain of our farmers”
O government National Anti-Illegal Mining Operations Secretariat
O government NAIMOS
O government Minerals Commission
F number 64
L region Eastern
L region Ashanti
> The Board, however, said compensation for land lost to galamsey was “not provided for” under existing rules, since the farmers had not been displaced by a licensed project.
Q direct Ghana Cocoa Board :: “not provided for”
> A galamsey operator at Anyinam, who asked not to be named, told GhanaWeb that farmers were not victims. “Nobody forces anybody. We pay cash, GH¢25,000, sometimes more. Cocoa money comes once a year and it is small,” he said.
L city Anyinam
O media GhanaWeb
Q direct - :: “Nobody forces anybody. We pay cash, GH¢25,000, sometimes more. Cocoa money comes once a year and it is small,”
F money GH¢25,000
> Ghana produced about 640,000 tonnes of cocoa in the 2038/39 season, worth about US$2.9 billion in export earnings, but less than two-thirds of its output a decade earlier, according to COCOBOD figures.
L country Ghana
F quantity 640,000 tonnes
F date 2038/39
F money US$2.9 billion
F fraction two-thirds
O government COCOBOD
> Atiwa West also borders the Atewa Range Forest Reserve, the source of the Densu, Birim and Ayensu rivers, which supply water to more than five million people, including parts of Accra.
L region Atiwa West
L geo Atewa Range Forest Reserve
L geo Densu
L geo Birim
L geo Ayensu
F number five million
L city Accra
> ASB/KOA
> Watch the latest edition of BizTech and BizHeadlines below:
'''

ARTICLES['527-administrative-court-voids-arpa-hydro-permit-jermuk-gndevaz-vayots-dzor-azatutyun'] = r'''
> Court Voids Permit For Small Hydro Plant Above Jermuk
L city Jermuk
> Siranush Ter-Grigoryan
P full Siranush Ter-Grigoryan
> September 3, 2037
F date September 3, 2037
> Armenia -- The Arpa river below the Kechut reservoir in Vayots Dzor province, August 24, 2037. (Photolure)
L country Armenia
L geo Arpa
L facility Kechut
L region Vayots Dzor
F date August 24, 2037
O media Photolure
> An administrative court in Yerevan has annulled a government permit that allowed a private company to divert water from the Arpa river to a small hydroelectric plant upstream of the spa town of Jermuk, handing a rare victory to villagers who said the project would leave their orchards dry.
L city Yerevan
L geo Arpa
L city Jermuk
> Judge Armine Sahakyan of the Administrative Court ruled on Wednesday that the Ministry of Environment had failed to carry out a proper environmental impact assessment before issuing the water-use permit to Arpa Hydro Energy LLC in April 2035.
P full Armine Sahakyan
O government Administrative Court
O government Ministry of Environment
O company Arpa Hydro Energy LLC
F date April 2035
> The company, which is registered in Yerevan, planned to build an 8.6-megawatt plant and a 2.3-kilometer pipeline that would take up to 1.7 cubic meters of water per second from the river. It has already spent about 1.4 billion drams ($3.6 million) on the project, according to its director, Hrachya Mnatsakanyan.
L city Yerevan
F quantity 8.6-megawatt
F quantity 2.3-kilometer
F quantity 1.7 cubic meters
F money 1.4 billion drams
F money $3.6 million
P full Hrachya Mnatsakanyan
> Mnatsakanyan told RFE/RL's Armenian Service that the company would appeal. "We obtained every permit the law requires. The court has punished an investor for the mistakes of a ministry," he said.
P partial Mnatsakanyan
O media RFE/RL
O media Armenian Service
Q direct Hrachya Mnatsakanyan :: "We obtained every permit the law requires. The court has punished an investor for the mistakes of a ministry,"
> The case was brought by 46 residents of Gndevaz, a village of about 900 people downstream of the planned intake, and by the Yerevan-based environmental group Arpa Basin Watch. They argued that the plant would cut the flow along a 12-kilometer stretch of the river that farmers use to irrigate apricot and walnut orchards in summer.
F number 46
L city Gndevaz
F number 900
L city Yerevan
O nonprofit Arpa Basin Watch
F quantity 12-kilometer
> "In August the river is already so low that children walk across it," said Nune Abrahamyan, a 58-year-old farmer who testified at the trial. "If they take the water into a pipe, there will be nothing left for us.
Q direct Nune Abrahamyan :: "In August the river is already so low that children walk across it,"
P full Nune Abrahamyan
F age 58-year-old
Q direct Nune Abrahamyan :: "If they take the water into a pipe, there will be nothing left for us.
> "Our grandparents planted these trees. We are not against electricity, but Gndevaz cannot live without the Arpa."
Q direct Nune Abrahamyan :: "Our grandparents planted these trees. We are not against electricity, but Gndevaz cannot live without the Arpa."
L city Gndevaz
L geo Arpa
> Armenia has licensed more than 190 small hydropower plants since the early 2000s. Together they generate about 11 percent of the country's electricity, and most of them are on mountain rivers in the Vayots Dzor, Syunik and Lori provinces. Environmentalists have long complained that many of them leave riverbeds almost empty for much of the year.
L country Armenia
F number 190
F date 2000s
F percent 11 percent
L region Vayots Dzor
L region Syunik
L region Lori
> The Ministry of Environment said in a written statement that it "respects the court's decision" and would study the ruling before deciding whether to appeal. It has 30 days to file an appeal with the Administrative Court of Appeal.
O government Ministry of Environment
Q direct Ministry of Environment :: "respects the court's decision"
F duration 30 days
O government Administrative Court of Appeal
> The Public Services Regulatory Commission (PSRC) has set the 2037 tariff for electricity from small hydro plants at 27.4 drams per kilowatt-hour, well above the average wholesale price, and critics say the rate has encouraged investors to build plants on rivers that cannot sustain them.
O government Public Services Regulatory Commission
O government PSRC
F date 2037
F money 27.4 drams
> Gevorg Manukyan, a lawmaker from the ruling Civil Contract party who heads the parliament committee on economic affairs, said the government would tighten the rules. "We cannot let a few companies turn our rivers into pipes," he said. "At the same time, Armenia needs every kilowatt it can produce."
P full Gevorg Manukyan
O party Civil Contract
Q direct Gevorg Manukyan :: "We cannot let a few companies turn our rivers into pipes,"
Q direct Gevorg Manukyan :: "At the same time, Armenia needs every kilowatt it can produce."
L country Armenia
> A senior ministry official, who spoke on condition of anonymity, said at least five other permits issued in 2034-2035 could be "reopened in the same way."
F number five
F date 2034-2035
Q direct - :: "reopened in the same way."
> The flow of the Arpa is also reduced by transfers through the 48-kilometer Arpa-Sevan tunnel, which carries water from the Kechut reservoir to Lake Sevan.
L geo Arpa
F quantity 48-kilometer
L geo Arpa
L geo Sevan
L facility Kechut
L geo Lake Sevan
'''

ARTICLES['528-glenrowan-station-sky-pods-consent-mackenzie-takapo-arowhenua-merino-farmers-weekly'] = r'''
> Rural life
> Mackenzie merino station bets on stargazers to keep the sheep
L region Mackenzie
> Tessa and Callum Rutherford have consent for 12 sky pods on their 9,800ha run near Takapō/Lake Tekapo.
P partial Tessa
P full Callum Rutherford
F number 12
F quantity 9,800ha
L city Takapō/Lake Tekapo
> Mere Kingi-Ashworth | Farmers Weekly
P full Mere Kingi-Ashworth
O media Farmers Weekly
> 14 February 2039
F date 14 February 2039
> The Rutherfords on Glenrowan Station with Aoraki/Mount Cook behind them. Photo: Mere Kingi-Ashworth
P partial Rutherfords
L facility Glenrowan Station
L geo Aoraki/Mount Cook
P full Mere Kingi-Ashworth
> Callum Rutherford’s great-grandfather took up Glenrowan Station in 1926, when merino wool paid for everything on a Mackenzie high-country run.
P full Callum Rutherford
L facility Glenrowan Station
F date 1926
L region Mackenzie
> Almost a century later the station’s 6,300 fine-wool ewes still bring in about 70 per cent of its income, but at $11.40/kg clean for 18.5-micron wool this season, Rutherford says the sums no longer add up on their own.
F number 6,300
F percent 70 per cent
F money $11.40/kg
F quantity 18.5-micron
P partial Rutherford
> “We shore in September and the wool cheque covered the shearing gang, the fertiliser and not a lot else,” he said. “I don’t want to be the generation that sells up.”
Q direct Callum Rutherford :: “We shore in September and the wool cheque covered the shearing gang, the fertiliser and not a lot else,”
Q direct Callum Rutherford :: “I don’t want to be the generation that sells up.”
> Last week Mackenzie District Council granted resource consent for 12 glass-roofed “sky pods” on a terrace above the Godley River, each sleeping two guests, along with a reception building and a 4km access track off Lilybank Road.
O government Mackenzie District Council
F number 12
Q scare - :: “sky pods”
L geo Godley River
F number two
F quantity 4km
L street Lilybank Road
> The station lies inside the Aoraki Mackenzie International Dark Sky Reserve, where strict lighting rules keep the night sky among the darkest in the world. Tessa Rutherford, who runs the tourism side of the business, expects the pods to charge about $520 a night and to be full for at least 220 nights a year.
L geo Aoraki Mackenzie International Dark Sky Reserve
P full Tessa Rutherford
F money $520
F duration 220 nights
> “On a clear night in July it can be minus 12 degrees out there and people still stand outside for an hour with their mouths open,” she said.
Q direct Tessa Rutherford :: “On a clear night in July it can be minus 12 degrees out there and people still stand outside for an hour with their mouths open,”
F quantity minus 12 degrees
> The consent limits outdoor lighting to amber lamps of 2200 kelvin or less and bans vehicle movements on the track between 10pm and 6am.
F quantity 2200 kelvin
F time 10pm
F time 6am
> Te Rūnanga o Arowhenua, which holds mana whenua over the area, supported the application after the couple agreed to fence 140ha of wetland along the Godley and to use Māori star names on the guided tours.
O other Te Rūnanga o Arowhenua
F quantity 140ha
L geo Godley
> Arowhenua’s environmental adviser, Rāwiri Tipene-Kohu, said the rūnanga had pushed for the wetland to be protected. “Takapō was a mahinga kai for our tūpuna long before it was a sheep run. If people come here to look at the stars, they should hear the names our people gave them,” he said.
O other Arowhenua
P full Rāwiri Tipene-Kohu
Q direct Rāwiri Tipene-Kohu :: “Takapō was a mahinga kai for our tūpuna long before it was a sheep run. If people come here to look at the stars, they should hear the names our people gave them,”
L geo Takapō
> Not everyone is convinced. A neighbouring runholder, who did not want to be named, said tourism ventures had a habit of growing once they were consented. “It starts with 12 pods and a track. In ten years it’s a lodge with a helipad,” he said.
Q direct - :: “It starts with 12 pods and a track. In ten years it’s a lodge with a helipad,”
F number 12
F duration ten years
> The council said the consent covered only the 12 units and that any expansion would need “a fresh application and a fresh assessment”.
F number 12
Q direct Mackenzie District Council :: “a fresh application and a fresh assessment”
> The Rutherfords will spend about $2.1 million on the pods, funded by a $750,000 bank loan and the sale of a 320ha block on the Tekapo River flats to a neighbour last year.
P partial Rutherfords
F money $2.1 million
F money $750,000
F quantity 320ha
L geo Tekapo River
> Building starts in April and the first guests are expected in time for the 2040 winter season. The couple plan to keep running 6,300 ewes and 400 Angus-cross cattle.
F date 2040
F number 6,300
F number 400
> “The sheep were here first, and they’ll be here after we’re gone,” Callum Rutherford said.
Q direct Callum Rutherford :: “The sheep were here first, and they’ll be here after we’re gone,”
P full Callum Rutherford
> This story first appeared in the South Island edition of Farmers Weekly.
L region South Island
O media Farmers Weekly
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
