#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval161 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval161/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1009-corran-ferry-procurement-row-cmal-highland-council-msp-scotsman'] = r'''
> Transport
> Corran ferry row: Highland Council accused of ‘wasting two years’ over £48m replacement
L city Corran
O government Highland Council
Q direct Ruairidh MacAonghais :: ‘wasting two years’
F duration two years
F money £48m
> Ministers urged to hand Lochaber crossing to CMAL after tender collapses for a second time
L region Lochaber
O company CMAL
> By Morag Dunbar-Lyall
P full Morag Dunbar-Lyall
> Transport Correspondent
> Published 12th Mar 2040, 18:20 GMT
F date 12th Mar 2040
F time 18:20 GMT
> The Corran ferry crossing the Corran Narrows between Nether Lochaber and Ardgour. Picture: Calum Mac an Rothaich
L city Corran
L geo Corran Narrows
L region Nether Lochaber
L region Ardgour
P full Calum Mac an Rothaich
> A ROW over the replacement of one of Scotland’s busiest ferry crossings deepened yesterday after Highland Council confirmed that its second attempt to buy a new boat for the Corran Narrows had collapsed, with no yard willing to build it for the £48.2m budget.
L country Scotland
O government Highland Council
L geo Corran Narrows
F money £48.2m
> The council, which runs the crossing between Nether Lochaber and Ardgour (Àird Ghobhar) on the A861 and A82, said three shipyards had withdrawn from the tender in February, citing steel prices and a delivery date of 2042 that one described as “not credible”.
L region Nether Lochaber
L region Ardgour
L region Àird Ghobhar
L street A861
L street A82
F number three
F date 2042
Q direct - :: “not credible”
> Around 280,000 passengers and 110,000 vehicles use the five-minute crossing each year, making it the main link between Fort William and the Ardnamurchan peninsula. The 2001-built vessel that carries most of the traffic has broken down 14 times since 2038.
F number 280,000
F number 110,000
F duration five-minute
L city Fort William
L region Ardnamurchan
F date 2001
F number 14
F date 2038
> Lochaber councillor Eilidh NicDhòmhnaill, who chairs the council’s economy and infrastructure committee, said the authority had “followed every rule in the book” but could not conjure up a shipyard.
L region Lochaber
P full Eilidh NicDhòmhnaill
Q direct Eilidh NicDhòmhnaill :: “followed every rule in the book”
> “We went to market twice. Both times the prices came back at between £61m and £67m, and we simply do not have that money,” she said. “People in Ardgour are being told ‘the boat is off today’ two or three times a month. Nobody is more frustrated than us.”
Q direct Eilidh NicDhòmhnaill :: “We went to market twice. Both times the prices came back at between £61m and £67m, and we simply do not have that money,”
F money £61m
F money £67m
Q direct Eilidh NicDhòmhnaill :: “People in Ardgour are being told ‘the boat is off today’ two or three times a month. Nobody is more frustrated than us.”
L region Ardgour
F number two
F number three
> Ruairidh MacAonghais, the Scottish Liberal Democrat MSP for Skye, Lochaber and Badenoch, said the council had been “wasting two years on a process that was always going to fail” and should hand the job to Caledonian Maritime Assets Ltd (CMAL), the Scottish Government’s ferry-owning company.
P full Ruairidh MacAonghais
L region Skye, Lochaber and Badenoch
Q direct Ruairidh MacAonghais :: “wasting two years on a process that was always going to fail”
F duration two years
O company Caledonian Maritime Assets Ltd
O company CMAL
O government Scottish Government
> “CMAL buys boats for a living. Highland does not,” he told The Scotsman. “Every month this drags on, a nurse in Strontian misses a shift or a pupil misses the school bus to Ardnamurchan High.
Q direct Ruairidh MacAonghais :: “CMAL buys boats for a living. Highland does not,”
O company CMAL
L region Highland
O media The Scotsman
Q direct Ruairidh MacAonghais :: “Every month this drags on, a nurse in Strontian misses a shift or a pupil misses the school bus to Ardnamurchan High.
L city Strontian
O education Ardnamurchan High
> “Ministers should take this off the council’s hands tomorrow.”
Q direct Ruairidh MacAonghais :: “Ministers should take this off the council’s hands tomorrow.”
> A Transport Scotland spokesperson said the agency was “in discussion” with the council and CMAL about “the best route to a new vessel”, but that no decision had been taken on funding.
O government Transport Scotland
Q direct - :: “in discussion”
O company CMAL
Q direct - :: “the best route to a new vessel”
> CalMac, which operates most of the state-owned fleet on the west coast, said it had no role in the Corran crossing but had lent the council a relief vessel for 23 days last winter.
O company CalMac
L city Corran
F duration 23 days
> Figures released under freedom of information show the council spent £1.9m on design work and consultants between 2037 and 2039, and that the ferry’s operating deficit reached £2.35m in 2039-40, up 31 per cent on the previous year.
F money £1.9m
F date 2037
F date 2039
F money £2.35m
F date 2039-40
F percent 31 per cent
> In Ardgour, where about 170 people live, frustration is turning to anger. Seonaidh Camshron, 67, who runs a guest house near the slipway, said she had lost £4,000 in cancelled bookings since October.
L region Ardgour
F number 170
P full Seonaidh Camshron
F age 67
F money £4,000
> “Tourists read ‘ferry cancelled’ online and they just go to Skye instead,” she said. “The road round by Loch Eil is 42 miles. Nobody is driving that for a cup of tea.”
Q direct Seonaidh Camshron :: “Tourists read ‘ferry cancelled’ online and they just go to Skye instead,”
L geo Skye
Q direct Seonaidh Camshron :: “The road round by Loch Eil is 42 miles. Nobody is driving that for a cup of tea.”
L geo Loch Eil
F quantity 42 miles
> The committee will meet in Inverness on 26 March at 10.30am to decide whether to go to tender a third time or ask ministers to step in.
L city Inverness
F date 26 March
F time 10.30am
'''

ARTICLES['1010-pension-reform-strike-cgt-cfdt-matignon-retirement-age-le-monde'] = r'''
> France
> Pension reform: Unions bring France to a standstill as Matignon refuses to budge on age
L country France
O government Matignon
> Hundreds of thousands marched on Thursday against raising the legal retirement age to 65. The CGT and the CFDT are calling for a renewable strike from April 2.
F age 65
O nonprofit CGT
O nonprofit CFDT
F date April 2
> By Clément Aubry-Vasseur
P full Clément Aubry-Vasseur
> Published on March 22, 2040, at 7:14 pm (Paris), updated at 9:02 pm
F date March 22, 2040
F time 7:14 pm
L city Paris
F time 9:02 pm
> Demonstrators on Place de la Nation in Paris, on March 22, 2040. THIBAULT KERGOAT / AFP
L street Place de la Nation
L city Paris
F date March 22, 2040
P full THIBAULT KERGOAT
O media AFP
> For the eighth time since January, France’s unions marched together on Thursday, March 22, against the government’s plan to raise the legal retirement age from 64 to 65. According to the CGT, 1.4 million people took to the streets across the country; the Interior Ministry counted 612,000, including 74,000 in Paris.
L country France
F date March 22
F age 64
F age 65
O nonprofit CGT
F number 1.4 million
O government Interior Ministry
F number 612,000
F number 74,000
L city Paris
> The reform, presented in January by Labour Minister Anne-Laure de Vaucresson, would also lengthen the contribution period to 44 years by 2046. Matignon says it would save €14.6 billion a year by 2050 and close a deficit that the Pensions Advisory Council (COR) put at 0.7% of gross domestic product.
P full Anne-Laure de Vaucresson
F duration 44 years
F date 2046
O government Matignon
F money €14.6 billion
F date 2050
O government Pensions Advisory Council
O government COR
F percent 0.7%
> “We have moved on long careers and on women with children. On the age, we will not move,” Prime Minister Étienne Marchais-Lefort said on Wednesday evening on France 2. “The ‘pay-as-you-go’ system will not survive another decade without this.”
Q direct Étienne Marchais-Lefort :: “We have moved on long careers and on women with children. On the age, we will not move,”
P full Étienne Marchais-Lefort
O media France 2
Q direct Étienne Marchais-Lefort :: “The ‘pay-as-you-go’ system will not survive another decade without this.”
> At the head of the Paris march, CGT general secretary Sandrine Oukaci called the minister’s concessions “crumbs.” “They have had our answer in the streets eight times. From April 2, they will have it in the refineries, on the railways and in the ports,” she said.
L city Paris
O nonprofit CGT
P full Sandrine Oukaci
Q direct Sandrine Oukaci :: “crumbs.”
Q direct Sandrine Oukaci :: “They have had our answer in the streets eight times. From April 2, they will have it in the refineries, on the railways and in the ports,”
F number eight
F date April 2
> The CFDT, traditionally more cautious, has joined a call for a renewable strike for the first time since 2023. Its leader, Yannick Le Goff-Baptiste, told Le Monde that the union had “no other choice.” “Our members voted 71% in favor. I cannot go to them and say ‘let’s wait for the Senate’,” he said.
O nonprofit CFDT
F date 2023
P full Yannick Le Goff-Baptiste
O media Le Monde
Q direct Yannick Le Goff-Baptiste :: “no other choice.”
Q direct Yannick Le Goff-Baptiste :: “Our members voted 71% in favor. I cannot go to them and say ‘let’s wait for the Senate’,”
F percent 71%
O government Senate
> The SNCF expects “severe disruption” on regional lines from Tuesday, with only one TER train in three running in Brittany and around Tours. At TotalEnergies’ Donges refinery, near Nantes, the CGT said 80% of operators had voted to stop work.
O company SNCF
Q direct SNCF :: “severe disruption”
F number one
F number three
L region Brittany
L city Tours
O company TotalEnergies
L city Donges
L city Nantes
O nonprofit CGT
F percent 80%
> In Nice, where 9,500 people marched according to the prefecture, Jean-Marc Riquier, 58, a bus driver, said he had started work at 19. “I will have done 46 years behind the wheel. Tell me who in Matignon has done that,” he said.
L city Nice
F number 9,500
P full Jean-Marc Riquier
F age 58
F age 19
Q direct Jean-Marc Riquier :: “I will have done 46 years behind the wheel. Tell me who in Matignon has done that,”
F duration 46 years
O government Matignon
> Economy Minister Gaspard d’Estrémont insisted on Thursday that the timetable would hold. The bill is due in the Senate on April 9, after the government used Article 49.3 of the Constitution to push it through the National Assembly on March 4 without a vote. “We are not going to negotiate the age in the street,” d’Estrémont said.
P full Gaspard d’Estrémont
O government Senate
F date April 9
O government National Assembly
F date March 4
Q direct Gaspard d’Estrémont :: “We are not going to negotiate the age in the street,”
P partial d’Estrémont
> The employers’ federation Medef said in a statement that “a long strike would cost the economy far more than the reform saves.” A poll by Ifop for Le Figaro published on Wednesday found that 68% of French people oppose the reform and 54% support the strikes.
O nonprofit Medef
Q direct Medef :: “a long strike would cost the economy far more than the reform saves.”
O company Ifop
O media Le Figaro
F percent 68%
F percent 54%
'''

ARTICLES['1011-karthikeyan-81-chennai-super-kings-beat-rajasthan-royals-chepauk-ipl-the-hindu'] = r'''
> Cricket
> IPL: Karthikeyan’s 81 off 38 powers Super Kings past Royals at Chepauk
O other IPL
P partial Karthikeyan
F number 81
F number 38
O team Super Kings
O team Royals
L facility Chepauk
> Left-hander’s seven sixes lift CSK to 211/4; Joubert’s 3/29 in vain as Rajasthan fall 19 short
F number seven
O team CSK
F score 211/4
P partial Joubert
F score 3/29
O team Rajasthan
F number 19
> S. Dinakaran
P full S. Dinakaran
> CHENNAI
L city CHENNAI
> Updated - April 14, 2040 11:52 pm IST
F date April 14, 2040
F time 11:52 pm IST
> Chennai Super Kings’ Pranav Karthikeyan plays a shot during the IPL match against Rajasthan Royals at the M.A. Chidambaram Stadium in Chennai on Sunday. | Photo Credit: R. RAGHAVENDRAN
O team Chennai Super Kings
P full Pranav Karthikeyan
O other IPL
O team Rajasthan Royals
L facility M.A. Chidambaram Stadium
L city Chennai
P full R. RAGHAVENDRAN
> Pranav Karthikeyan’s 81 off 38 balls, with seven sixes and five fours, carried Chennai Super Kings to 211/4 and a 19-run win over Rajasthan Royals before a full house at the M.A. Chidambaram Stadium on Sunday night.
P full Pranav Karthikeyan
F number 81
F number 38
F number seven
F number five
O team Chennai Super Kings
F score 211/4
F number 19
O team Rajasthan Royals
L facility M.A. Chidambaram Stadium
> The 24-year-old from Salem walked in at 31/1 in the third over and took Rajasthan’s pace attack apart, reaching his half-century off 22 balls. His strike rate of 213.15 was the highest by a Chennai batter at Chepauk this season.
F age 24-year-old
L city Salem
F score 31/1
O team Rajasthan
F number 22
F number 213.15
O team Chennai
L facility Chepauk
> “The plan was simple: watch the ball, and if it is in my arc, it goes,” Karthikeyan said. “My coach in Salem always told me ‘don’t look at the scoreboard, look at the bowler,’ and tonight I just did that.”
Q direct Pranav Karthikeyan :: “The plan was simple: watch the ball, and if it is in my arc, it goes,”
P partial Karthikeyan
Q direct Pranav Karthikeyan :: “My coach in Salem always told me ‘don’t look at the scoreboard, look at the bowler,’ and tonight I just did that.”
L city Salem
> Karthikeyan added 104 for the third wicket with New Zealander Tama Rāwiri-Hōhepa, who made 46 off 29 balls, before holing out to long-on in the 16th over. Captain Aditya Venkataraman (32 not out off 14) and Rāwiri-Hōhepa then took 67 off the last four overs.
P partial Karthikeyan
F number 104
P full Tama Rāwiri-Hōhepa
F number 46
F number 29
P full Aditya Venkataraman
F number 32
F number 14
P partial Rāwiri-Hōhepa
F number 67
F number four
> For Rajasthan, South African left-arm seamer Dewald Joubert took 3/29 in his four overs, but the rest of the attack went for 182 in 16 overs. The Royals’ chase began well, Jaco van der Walt hitting 58 off 31 balls, and at 124/2 after 12 overs the required rate was under 10 an over.
O team Rajasthan
P full Dewald Joubert
F score 3/29
F number four
F number 182
F number 16
O team Royals
P full Jaco van der Walt
F number 58
F number 31
F score 124/2
F number 12
F number 10
> Then leg-spinner Mohammed Irfan Qureshi turned the game, removing Van der Walt and Rohan Deshmukh in the 14th over, and Rajasthan finished on 192/8. Qureshi, 35, ended with 2/27.
P full Mohammed Irfan Qureshi
P partial Van der Walt
P full Rohan Deshmukh
O team Rajasthan
F score 192/8
P partial Qureshi
F age 35
F score 2/27
> “We were in the game till the 14th over. Credit to Qureshi, he bowled with a lot of courage on a flat deck,” Rajasthan captain Kunal Bhardwaj said.
Q direct Kunal Bhardwaj :: “We were in the game till the 14th over. Credit to Qureshi, he bowled with a lot of courage on a flat deck,”
P partial Qureshi
O team Rajasthan
P full Kunal Bhardwaj
> Chennai Super Kings Cricket Ltd, the franchise’s owner, said 38,412 spectators attended, the ground’s biggest crowd since its stands were rebuilt in 2039. “A full house on a Sunday and a win against the Royals — this is what Chepauk is about,” chief executive V. Loganathan said.
O company Chennai Super Kings Cricket Ltd
F number 38,412
F date 2039
Q direct V. Loganathan :: “A full house on a Sunday and a win against the Royals — this is what Chepauk is about,”
O team Royals
L facility Chepauk
P full V. Loganathan
> Royal Sports Group, which owns the Royals, said in a statement that Joubert, bought for ₹14.25 crore at the December auction, had a “mild side strain” and would be assessed on Monday.
O company Royal Sports Group
O team Royals
P partial Joubert
F money ₹14.25 crore
Q direct Royal Sports Group :: “mild side strain”
> Chennai, now on eight points from five matches, travel to face Mumbai Indians at the Wankhede in Mumbai on Thursday (7.30 p.m.).
O team Chennai
F number eight
F number five
O team Mumbai Indians
L facility Wankhede
L city Mumbai
F time 7.30 p.m.
> Brief scores: Chennai Super Kings 211/4 in 20 overs (Pranav Karthikeyan 81, Tama Rāwiri-Hōhepa 46; Dewald Joubert 3/29) bt Rajasthan Royals 192/8 in 20 overs (Jaco van der Walt 58; Mohammed Irfan Qureshi 2/27).
O team Chennai Super Kings
F score 211/4
F number 20
P full Pranav Karthikeyan
F number 81
P full Tama Rāwiri-Hōhepa
F number 46
P full Dewald Joubert
F score 3/29
O team Rajasthan Royals
F score 192/8
F number 20
P full Jaco van der Walt
F number 58
P full Mohammed Irfan Qureshi
F score 2/27
'''

ARTICLES['1012-bangkok-flood-tunnel-bma-lat-phrao-chao-phraya-nation-thailand'] = r'''
> BMA Approves Bt24.6-Billion Flood Tunnel To Drain Northern Bangkok
O government BMA
F money Bt24.6-Billion
L city Bangkok
> The 13.5-kilometre tunnel under Lat Phrao Road will carry 200 cubic metres per second of floodwater to the Chao Phraya, city officials say
F quantity 13.5-kilometre
L street Lat Phrao Road
F quantity 200 cubic metres per second
L geo Chao Phraya
> THE NATION
O media NATION
> PUBLISHED : Jun 13, 2040, 16:40
F date Jun 13, 2040
F time 16:40
> Workers clear a drainage canal in Chatuchak district on Tuesday. (Photo: Nattapong "Big" Srisawat)
L region Chatuchak
P full Nattapong "Big" Srisawat
Q scare - :: "Big"
> The Bangkok Metropolitan Administration (BMA) on Wednesday approved a Bt24.6-billion tunnel to drain floodwater from the capital's northern districts, after the heaviest June rainfall in 22 years left parts of Lat Phrao, Chatuchak and Bang Khen under water for four days.
O government Bangkok Metropolitan Administration
O government BMA
F money Bt24.6-billion
F duration 22 years
L region Lat Phrao
L region Chatuchak
L region Bang Khen
F duration four days
> The 13.5km tunnel, 5.7 metres in diameter, will run about 30 metres beneath Lat Phrao Road from Khlong Bang Bua to a pumping station on the Chao Phraya River at Bang Sue.
F quantity 13.5km
F quantity 5.7 metres
F quantity 30 metres
L street Lat Phrao Road
L geo Khlong Bang Bua
L geo Chao Phraya River
L region Bang Sue
> Bangkok Governor Pongsakorn Thanasarnwimol said the tunnel would cut flooding in an area home to 1.2 million people "from days to hours".
L city Bangkok
P full Pongsakorn Thanasarnwimol
F number 1.2 million
Q direct Pongsakorn Thanasarnwimol :: "from days to hours"
> "On June 7 we had 182 millimetres of rain in three hours. No drainage system in the world can take that through pipes built in the 1980s," Pongsakorn told reporters at City Hall. "We need to go deeper."
Q direct Pongsakorn Thanasarnwimol :: "On June 7 we had 182 millimetres of rain in three hours. No drainage system in the world can take that through pipes built in the 1980s,"
F date June 7
F quantity 182 millimetres
F duration three hours
F date 1980s
P partial Pongsakorn
L facility City Hall
Q direct Pongsakorn Thanasarnwimol :: "We need to go deeper."
> Construction is expected to begin in March 2041 and take 42 months. The BMA will pay 40 per cent of the cost from its own budget, with the rest coming from the central government and a loan from the Asian Development Bank (ADB), according to the Department of Drainage and Sewerage.
F date March 2041
F duration 42 months
O government BMA
F percent 40 per cent
O intergovernmental Asian Development Bank
O intergovernmental ADB
O government Department of Drainage and Sewerage
> The department's director, Wiroj "Tong" Saengthong, said the existing tunnels under Bang Sue and Phra Khanong could together move only 215 cubic metres per second. "When the Chao Phraya is high, the water has nowhere to go. We are trying to push water uphill," he said.
P full Wiroj "Tong" Saengthong
Q scare - :: "Tong"
L region Bang Sue
L region Phra Khanong
F quantity 215 cubic metres per second
Q direct Wiroj "Tong" Saengthong :: "When the Chao Phraya is high, the water has nowhere to go. We are trying to push water uphill,"
L geo Chao Phraya
> Work on the tunnel will close two of Lat Phrao Road's six lanes between the Ratchadaphisek and Chok Chai 4 intersections for about 18 months, the BMA said, and traffic police expect delays of up to 40 minutes at rush hour.
F number two
L street Lat Phrao Road
F number six
L street Ratchadaphisek
L street Chok Chai 4
F duration 18 months
O government BMA
F duration 40 minutes
> Sunisa Kaewkhao, 49, who sells noodles on Soi Lat Phrao 71, said she lost about Bt60,000 in stock and earnings during the floods. "The water came into my shop up to here," she said, pointing at her knee. "They have promised us a tunnel since my son was in school. He is 26 now."
P full Sunisa Kaewkhao
F age 49
L street Soi Lat Phrao 71
F money Bt60,000
Q direct Sunisa Kaewkhao :: "The water came into my shop up to here,"
Q direct Sunisa Kaewkhao :: "They have promised us a tunnel since my son was in school. He is 26 now."
F age 26
> Bangkok Metropolitan Council member Thitima "Nok" Rojanavong questioned the price, which has risen 37 per cent since a 2036 feasibility study. "We are not against the tunnel. We are against a blank cheque," Thitima said.
O government Bangkok Metropolitan Council
P full Thitima "Nok" Rojanavong
Q scare - :: "Nok"
F percent 37 per cent
F date 2036
Q direct Thitima "Nok" Rojanavong :: "We are not against the tunnel. We are against a blank cheque,"
P partial Thitima
> An official at the Royal Irrigation Department (RID), who asked not to be named, said the tunnel "will help Bangkok, but it will not stop the sea". Parts of the capital's eastern districts are sinking by 1-2 centimetres a year, according to the department.
O government Royal Irrigation Department
O government RID
Q direct - :: "will help Bangkok, but it will not stop the sea"
L city Bangkok
F quantity 1-2 centimetres
> The BMA said its flood hotline, 1555, received 6,870 calls between June 7 and June 10.
O government BMA
F number 6,870
F date June 7
F date June 10
'''

ARTICLES['1013-brazil-central-bank-copom-selic-hike-reais-brasilia-reuters'] = r'''
> Americas
L continent Americas
> Brazil central bank raises Selic rate to 13.75%, signals more hikes ahead
L country Brazil
F percent 13.75%
> By Lucas Pereira de Andrade and Mariana Tavares Kühl
P full Lucas Pereira de Andrade
P full Mariana Tavares Kühl
> March 21, 2040 11:18 PM UTC Updated 2 hours ago
F date March 21, 2040
F time 11:18 PM UTC
F duration 2 hours
> A view of the Central Bank headquarters in Brasilia, Brazil, January 14, 2040. REUTERS/Adriano Machado-Vilela
O government Central Bank
L city Brasilia
L country Brazil
F date January 14, 2040
O media REUTERS
P full Adriano Machado-Vilela
> BRASILIA, March 21 (Reuters) - Brazil's central bank raised its benchmark interest rate by 50 basis points to 13.75% on Wednesday, its third straight hike, and said further tightening would be needed to bring inflation back to its 3% target as the real weakens and public spending keeps rising.
L city BRASILIA
F date March 21
O media Reuters
L country Brazil
F percent 50 basis points
F percent 13.75%
F percent 3%
> The bank's monetary policy committee, known as Copom, voted 7-2 for the move, with two directors favoring a larger increase of 75 basis points. The decision was expected by 21 of 32 economists in a Reuters poll.
O government Copom
F number 7-2
F number two
F percent 75 basis points
F number 21
F number 32
O media Reuters
> “The committee judges that the current scenario of unanchored expectations and a resilient labor market demands a more contractionary monetary policy,” the Copom said in its statement, adding that the size of future moves would “depend on the evolution of the inflation outlook.”
Q direct Copom :: “The committee judges that the current scenario of unanchored expectations and a resilient labor market demands a more contractionary monetary policy,”
O government Copom
Q direct Copom :: “depend on the evolution of the inflation outlook.”
> Annual inflation reached 6.1% in the 12 months to mid-March, according to statistics agency IBGE, more than double the target. The real has lost 11% against the U.S. dollar since January and traded at 6.42 reais per dollar on Wednesday.
F percent 6.1%
F duration 12 months
O government IBGE
F percent 11%
L country U.S.
F money 6.42 reais
> “The central bank is buying credibility. The problem is that fiscal policy keeps selling it,” said Rafaela Gusmão Ibañez, chief economist at XP Investimentos in Sao Paulo. She expects the Selic to peak at 14.75% in July, with a first cut only in 2041.
Q direct Rafaela Gusmão Ibañez :: “The central bank is buying credibility. The problem is that fiscal policy keeps selling it,”
P full Rafaela Gusmão Ibañez
O company XP Investimentos
L city Sao Paulo
F percent 14.75%
F date 2041
> The hikes put the central bank at odds with the government, which has proposed 48 billion reais ($7.5 billion) in new spending for 2040. Finance Minister Henrique Albuquerque-Sá said on Tuesday that higher rates were “choking credit for families and small companies,” but that the ministry would still meet its primary surplus target of 0.25% of GDP.
F money 48 billion reais
F money $7.5 billion
F date 2040
P full Henrique Albuquerque-Sá
Q direct Henrique Albuquerque-Sá :: “choking credit for families and small companies,”
F percent 0.25%
> Central bank Governor Beatriz Lacerda Fontes told lawmakers in Brasilia last week that the bank would do “whatever is necessary” and that “there is no ‘political’ interest rate, there is only the right one.”
P full Beatriz Lacerda Fontes
L city Brasilia
Q direct Beatriz Lacerda Fontes :: “whatever is necessary”
Q direct Beatriz Lacerda Fontes :: “there is no ‘political’ interest rate, there is only the right one.”
> Economists at Itau Unibanco, Brazil's largest private bank, raised their year-end Selic forecast to 14.5% from 13.75%. “We now see two more hikes of 50 basis points each, in May and June,” Itau economist Felipe Sakamoto Brandão wrote in a note to clients.
O company Itau Unibanco
L country Brazil
F percent 14.5%
F percent 13.75%
Q direct Felipe Sakamoto Brandão :: “We now see two more hikes of 50 basis points each, in May and June,”
F number two
F percent 50 basis points
O company Itau
P full Felipe Sakamoto Brandão
> Some investors have begun to price in a so-called “fiscal dominance” scenario, in which higher rates push up the cost of Brazil's 9.4 trillion reais public debt faster than the government can cut spending.
Q scare - :: “fiscal dominance”
L country Brazil
F money 9.4 trillion reais
> Yields on interest rate futures maturing in January 2042 rose 18 basis points to 14.91% after the decision, while Sao Paulo's benchmark stock index fell 1.3% to 118,450 points.
F date January 2042
F percent 18 basis points
F percent 14.91%
L city Sao Paulo
F percent 1.3%
F number 118,450
> The Copom's next meeting is scheduled for May 5-6.
O government Copom
F date May 5-6
> (Reporting by Lucas Pereira de Andrade in Brasilia and Mariana Tavares Kühl in Sao Paulo; Editing by Thomas Whitcombe-Ardley)
P full Lucas Pereira de Andrade
L city Brasilia
P full Mariana Tavares Kühl
L city Sao Paulo
P full Thomas Whitcombe-Ardley
'''

ARTICLES['1014-long-preston-post-office-closure-pensioners-settle-craven-herald'] = r'''
> News
> Long Preston post office to close after 140 years as postmistress retires
L city Long Preston
F duration 140 years
> Parish councillors say pensioners will face a 10-mile round trip to Settle for their cash
F quantity 10-mile
L city Settle
> By Jasmine Holroyd-Pate
P full Jasmine Holroyd-Pate
> Reporter
> Published: 18th March 2040
F date 18th March 2040
> Margaret Alderson behind the counter at Long Preston post office. Picture: Craven Herald
P full Margaret Alderson
L city Long Preston
O media Craven Herald
> THE post office in Long Preston will close on April 30 after more than 140 years, Post Office Ltd has confirmed, leaving the village of around 700 people without a counter for pensions, parcels and cash.
L city Long Preston
F date April 30
F duration 140 years
O company Post Office Ltd
F number 700
> The branch, which shares a shop with the village store on Main Street, is run by Margaret Alderson, 71, who took over from her mother in 1989. She said she had been trying to find a buyer for three years.
L street Main Street
P full Margaret Alderson
F age 71
F date 1989
F duration three years
> "I never wanted to be the one who shut it," Mrs Alderson said. "My mother opened at 8.30am every morning for 31 years, and I have done the same. But I'm 71, my knees are gone, and nobody wants to buy a village shop."
Q direct Margaret Alderson :: "I never wanted to be the one who shut it,"
P partial Alderson
Q direct Margaret Alderson :: "My mother opened at 8.30am every morning for 31 years, and I have done the same. But I'm 71, my knees are gone, and nobody wants to buy a village shop."
F time 8.30am
F duration 31 years
F age 71
> The branch opens from 9am to 5.30pm on weekdays and from 9am to 12.30pm on Saturdays. Post Office Ltd said it would offer a "hosted outreach" service at the village hall on Tuesdays and Thursdays from 10am to noon, but only if a host can be found.
F time 9am
F time 5.30pm
F time 9am
F time 12.30pm
O company Post Office Ltd
Q scare - :: "hosted outreach"
F time 10am
> Long Preston Parish Council chairman Cllr Derek Whitwham said the offer was "not good enough" for older residents, many of whom do not drive.
O government Long Preston Parish Council
P full Derek Whitwham
Q direct Derek Whitwham :: "not good enough"
> "The bus to Settle runs every two hours, and the last one back leaves at 4.15pm. If you are 85 and you need to collect your pension or post a parcel, that is your whole day gone," he said.
Q direct Derek Whitwham :: "The bus to Settle runs every two hours, and the last one back leaves at 4.15pm. If you are 85 and you need to collect your pension or post a parcel, that is your whole day gone,"
L city Settle
F duration two hours
F time 4.15pm
F age 85
> Cllr Whitwham said the parish council would write to North Yorkshire Council and to the MP for Skipton and Ripon, Olivia Chadwick-Raine, asking them to press for the branch to stay open.
P partial Whitwham
O government North Yorkshire Council
L region Skipton and Ripon
P full Olivia Chadwick-Raine
> Ms Chadwick-Raine said she had raised the closure with the Post Office's chief executive. "Rural branches are not a luxury. For many of my constituents they are the bank, the parcel depot and the only place they speak to someone all day," she said.
P partial Chadwick-Raine
O company Post Office
Q direct Olivia Chadwick-Raine :: "Rural branches are not a luxury. For many of my constituents they are the bank, the parcel depot and the only place they speak to someone all day,"
> At a packed meeting in the village hall on Monday, 62 residents signed a petition. Pensioner Joan Metcalfe, 88, who has lived on Church Street since 1958, said: "I've never had a bank card and I'm not starting now. Am I supposed to get the bus to Skipton every week for my pension?"
F number 62
P full Joan Metcalfe
F age 88
L street Church Street
F date 1958
Q direct Joan Metcalfe :: "I've never had a bank card and I'm not starting now. Am I supposed to get the bus to Skipton every week for my pension?"
L city Skipton
> In a statement, Post Office Ltd said: "We understand how important the branch is to Long Preston and we are actively looking for a new operator. We would welcome interest from local businesses."
O company Post Office Ltd
Q direct Post Office Ltd :: "We understand how important the branch is to Long Preston and we are actively looking for a new operator. We would welcome interest from local businesses."
L city Long Preston
> The nearest branches are in Settle, five miles away, and Hellifield, two miles away, although the Hellifield counter opens only three days a week. The parish council will discuss the closure on Thursday, April 5, at 7.30pm in the village hall.
L city Settle
F quantity five miles
L city Hellifield
F quantity two miles
L city Hellifield
F duration three days
F date April 5
F time 7.30pm
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
