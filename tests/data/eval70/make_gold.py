#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval70 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval70/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['463-ohura-water-plant-ruapehu-council-rain-tanks-whanganui-chronicle'] = r'''
> Local Democracy Reporting
> Ōhura water: Ruapehu council backs $3.4m plant over rain tanks
L city Ōhura
L region Ruapehu
F money $3.4m
> The King Country town of about 120 people has been under a boil-water notice for seven months.
L region King Country
F number 120
F duration seven months
> By Hinerangi Poutama-Hēnare
P full Hinerangi Poutama-Hēnare
> Local Democracy Reporter·Whanganui Chronicle·
O media Whanganui Chronicle
> 14 Mar, 2037 04:00 PM
F date 14 Mar, 2037
F time 04:00 PM
> 5 mins to read
F duration 5 mins
> The water treatment plant beside the Ōhura River has been on a boil-water notice since August. Photo / Hinerangi Poutama-Hēnare
L geo Ōhura River
P full Hinerangi Poutama-Hēnare
> Ruapehu District Council has voted to spend $3.4 million on a new water treatment plant for Ōhura, rejecting a cheaper option that would have shut the town supply and left its 58 connected properties to rely on rain tanks.
O government Ruapehu District Council
F money $3.4 million
L city Ōhura
F number 58
> Councillors voted 8-3 at Wednesday’s meeting in Taumarunui to build a membrane filtration plant, which staff say could be running by June 2038.
F number 8-3
L city Taumarunui
F date June 2038
> The town has been under a boil-water notice since August 21, 2036, when E. coli was found in the supply after heavy rain in the catchment of the Ōhura River, a tributary of the Whanganui. Residents have collected bottled water from the old post office every Tuesday and Friday since.
F date August 21, 2036
L geo Ōhura River
L geo Whanganui
> Mayor Tipene Wharerau said the council could not ask a community to go without safe water simply because it was small.
P full Tipene Wharerau
> “Ōhura is small, but it’s not nothing,” Wharerau said. “These people pay rates like everyone else in Ruapehu, and they are entitled to water they can drink straight from the tap.”
Q direct Tipene Wharerau :: “Ōhura is small, but it’s not nothing,”
Q direct Tipene Wharerau :: “These people pay rates like everyone else in Ruapehu, and they are entitled to water they can drink straight from the tap.”
L city Ōhura
P partial Wharerau
L region Ruapehu
> The plant will be paid for with a $1.9m loan, $900,000 from the council’s water reserve and a $600,000 grant from the Department of Internal Affairs’ Rural Supplies Fund.
F money $1.9m
F money $900,000
F money $600,000
O government Department of Internal Affairs
> Council staff estimate the targeted water rate for Ōhura properties will rise from $842 to about $1,310 a year from July 1, 2037.
L city Ōhura
F money $842
F money $1,310
F date July 1, 2037
> The rejected option, costed at $1.2m, would have decommissioned the plant and given each household a 30,000-litre tank, a UV unit and a filter. Households would then have been responsible for their own water.
F money $1.2m
F quantity 30,000-litre
> Cr Bryce Ormsby, who voted against the plant, said the council was “gold-plating” a supply for fewer than 150 people.
P full Bryce Ormsby
Q direct Bryce Ormsby :: “gold-plating”
F number 150
> “Every dollar we put into Ōhura is a dollar we’re not putting into Raetihi or National Park, where the pipes are just as old,” he said.
Q direct Bryce Ormsby :: “Every dollar we put into Ōhura is a dollar we’re not putting into Raetihi or National Park, where the pipes are just as old,”
L city Ōhura
L city Raetihi
L city National Park
> Ngāti Hāua kaumātua Wiremu Tāwhai told councillors the tank option ignored Kōwhainui Marae, which can host 300 people for a tangihanga and draws its water from the town supply.
P full Wiremu Tāwhai
L facility Kōwhainui Marae
F number 300
> “You can’t run a tangi off a rain tank in February,” he said. “When the marae fills up, that water is for the whole whānau, and the whānau comes from Auckland, from Australia, from everywhere.”
Q direct Wiremu Tāwhai :: “You can’t run a tangi off a rain tank in February,”
Q direct Wiremu Tāwhai :: “When the marae fills up, that water is for the whole whānau, and the whānau comes from Auckland, from Australia, from everywhere.”
L city Auckland
L country Australia
> Ngāti Hāua had asked in its submission for the plant to be kept and for the iwi to take part in monitoring the river.
O other Ngāti Hāua
> Taumata Arowai, the water services regulator, said in a statement it expected every supplier on a long-term notice to have “a credible and funded plan” to lift it. Ruapehu was one of 11 councils it wrote to in January.
O government Taumata Arowai
Q direct Taumata Arowai :: “a credible and funded plan”
L region Ruapehu
F number 11
> Council three waters manager Olivia Brandsma said the new plant would sit on the existing site beside the river and would need a resource consent from Horizons Regional Council, which was expected in about 10 weeks.
F number three
P full Olivia Brandsma
O government Horizons Regional Council
F duration 10 weeks
> The old plant, built in 1968, was designed for a town of more than 800 people, when Ōhura still had a coal mine and, later, a prison.
F date 1968
F number 800
L city Ōhura
> Ōhura Residents’ Association chairwoman Donna Kerehoma, 67, said the vote had lifted the mood in the town.
O nonprofit Ōhura Residents’ Association
P full Donna Kerehoma
F age 67
> “We’ve had people boiling every jug and every pot since August. Some of the older ones thought this was the council’s way of telling them to move to Taumarunui or Stratford.
Q direct Donna Kerehoma :: “We’ve had people boiling every jug and every pot since August. Some of the older ones thought this was the council’s way of telling them to move to Taumarunui or Stratford.
L city Taumarunui
L city Stratford
> “Today they’ve been told Ōhura is worth keeping. That matters more than the pipes,” she said after the meeting.
Q direct Donna Kerehoma :: “Today they’ve been told Ōhura is worth keeping. That matters more than the pipes,”
L city Ōhura
> The council will also review the water supplies at Ōwhango and Waiouru before its long-term plan goes out for consultation in April.
L city Ōwhango
L city Waiouru
> LDR is local body journalism co-funded by RNZ and NZ On Air.
O media RNZ
O government NZ On Air
'''

ARTICLES['464-pazhassikkadavu-cooperative-bank-loan-fraud-depositors-iritty-kannur-onmanorama'] = r'''
> Kerala
L region Kerala
> 'No money for months': Depositors lay siege to Pazhassikkadavu cooperative bank as Rs 46-crore loan fraud surfaces
Q direct K Janaki :: 'No money for months'
L city Pazhassikkadavu
F money Rs 46-crore
> Onmanorama Staff
O media Onmanorama
> Published: March 14, 2038 07:15 PM IST
F date March 14, 2038
F time 07:15 PM IST
> Depositors gather in front of the Pazhassikkadavu Service Cooperative Bank's head office near Iritty on Saturday. Photo: Special Arrangement
O company Pazhassikkadavu Service Cooperative Bank
L city Iritty
> Kannur: Hundreds of depositors, many of them retired beedi workers and rubber farmers, laid siege to the head office of the Pazhassikkadavu Service Cooperative Bank near Iritty on Saturday after the bank failed to pay out fixed deposits that had matured as far back as December.
L city Kannur
O company Pazhassikkadavu Service Cooperative Bank
L city Iritty
> The protest began at 10 am and ended only after 4 pm, when Iritty police and revenue officials promised the depositors a meeting with the bank's new administrative committee on Monday.
F time 10 am
F time 4 pm
L city Iritty
> An inquiry ordered by the Cooperation Department under Section 65 of the Kerala Cooperative Societies Act has found irregularities worth Rs 46.3 crore in 212 loans sanctioned between 2033 and 2037. According to officials, most of the loans were given against the same few plots of land, some of them in the names of people who had never visited the bank.
O government Cooperation Department
F money Rs 46.3 crore
F number 212
F date 2033
F date 2037
> The CPI(M)-led board of directors was superseded on Friday, and a three-member administrative committee headed by assistant registrar K V Shyamala has taken charge of the bank, which has 11,480 members, deposits of Rs 182 crore and branches at Payam, Edoor and Aralam.
O party CPI(M)
F number three
P full K V Shyamala
F number 11,480
F money Rs 182 crore
L city Payam
L city Edoor
L city Aralam
> K Janaki, 71, a retired beedi worker from Keezhur, said she had put Rs 4.5 lakh, her entire gratuity, into a fixed deposit in 2031.
P full K Janaki
F age 71
L city Keezhur
F money Rs 4.5 lakh
F date 2031
> "I came three times this month. Every time they say 'next week, next week'. There has been no money for months, and my medicines cost Rs 3,000 a month," she told Onmanorama.
Q direct K Janaki :: "I came three times this month. Every time they say 'next week, next week'. There has been no money for months, and my medicines cost Rs 3,000 a month,"
F number three
F money Rs 3,000
O media Onmanorama
> Iritty police have registered a case against 14 people, including the former secretary and two branch managers, for cheating and criminal breach of trust under the Bharatiya Nyaya Sanhita (BNS). A senior police officer said the case was likely to be handed over to the Crime Branch "within a week".
L city Iritty
F number 14
F number two
O government Crime Branch
Q direct - :: "within a week"
> The former bank president, P P Rajeevan, who resigned in January citing ill health, could not be reached for comment. The former secretary, T Sudheesh Kumar, has been absconding since the audit began, police said.
P full P P Rajeevan
P full T Sudheesh Kumar
> The Congress and the BJP have both marched to the bank this week. Iritty block Congress president T M Abdul Nazer called the bank "a CPI(M) ATM" and demanded a probe by the Enforcement Directorate (ED).
O party Congress
O party BJP
L city Iritty
O party Congress
P full T M Abdul Nazer
Q direct T M Abdul Nazer :: "a CPI(M) ATM"
O party CPI(M)
O government Enforcement Directorate
O government ED
> "Depositors' money was given away to party men without any security. The ED must come in, because the Crime Branch will only protect its political masters," he said.
Q direct T M Abdul Nazer :: "Depositors' money was given away to party men without any security. The ED must come in, because the Crime Branch will only protect its political masters,"
O government ED
O government Crime Branch
> In a statement, the CPI(M) Kannur district secretariat said the party had "no role" in the bank's lending decisions and that those found guilty would face action "irrespective of their political colour".
O party CPI(M)
L region Kannur
Q direct CPI(M) :: "no role"
Q direct CPI(M) :: "irrespective of their political colour"
> Cooperation Minister V N Ashokan told the Assembly on Friday that no depositor would lose money. Deposits of up to Rs 5 lakh in each account are covered by the Kerala Cooperative Deposit Guarantee Fund Board, and the minister said Kerala Bank had been asked to extend a Rs 20 crore line of credit to the society so that small depositors could be paid first.
P full V N Ashokan
O government Assembly
F money Rs 5 lakh
O government Kerala Cooperative Deposit Guarantee Fund Board
O company Kerala Bank
F money Rs 20 crore
> "We will not allow a single depositor in Pazhassikkadavu to lose a rupee. At the same time, nobody who looted this bank will escape," Ashokan said.
Q direct V N Ashokan :: "We will not allow a single depositor in Pazhassikkadavu to lose a rupee. At the same time, nobody who looted this bank will escape,"
L city Pazhassikkadavu
P partial Ashokan
> The bank, registered in 1962 as a credit society for the hill farmers of the Pazhassi area, is one of 54 primary cooperative banks in Kannur district.
F date 1962
L city Pazhassi
F number 54
L region Kannur
> Depositors' forum convener Mary Sebastian said the protest would continue every day until the first payments were made. "We are not asking for interest. We are asking for our own money back," she said.
P full Mary Sebastian
Q direct Mary Sebastian :: "We are not asking for interest. We are asking for our own money back,"
'''

ARTICLES['465-yorkshire-essex-scarborough-dransfield-century-county-championship-yorkshire-post'] = r'''
> Cricket
> ‘You’re thinking about the next ball’: Dransfield century rescues Yorkshire at Scarborough
Q direct Callum Dransfield :: ‘You’re thinking about the next ball’
P partial Dransfield
O team Yorkshire
L city Scarborough
> Callum Dransfield’s unbeaten 131 took Yorkshire from 87-5 to 318-8 on the opening day of their County Championship match against Essex at North Marine Road.
P full Callum Dransfield
F number 131
O team Yorkshire
F score 87-5
F score 318-8
O other County Championship
O team Essex
L facility North Marine Road
> By Alasdair Kershaw
P full Alasdair Kershaw
> Cricket Correspondent
> Published 8th Jul 2037, 19:12 BST
F date 8th Jul 2037
F time 19:12 BST
> Yorkshire’s Callum Dransfield celebrates his century against Essex at Scarborough. Picture: Tony Hebblethwaite/SWpix.com
O team Yorkshire
P full Callum Dransfield
O team Essex
L city Scarborough
P full Tony Hebblethwaite
O media SWpix.com
> IT WAS the sort of innings that Scarborough crowds still talk about years later.
L city Scarborough
> Callum Dransfield, the 23-year-old left-hander from Pudsey, came in with Yorkshire wobbling at 58-4 on a green North Marine Road pitch and was still there at the close on 131 not out, having added 164 for the sixth wicket with Imran Qadri.
P full Callum Dransfield
F age 23-year-old
L city Pudsey
O team Yorkshire
F score 58-4
L facility North Marine Road
F number 131
F number 164
P full Imran Qadri
> Essex chose to bowl under heavy cloud and had the hosts in trouble inside the first hour. Shadab Riaz, the Pakistan left-armer playing his fourth match as the county’s overseas signing, took 3-41 in an opening spell of 11 overs from the Trafalgar Square End, removing Zak Haigh, captain Joe Ackroyd and Finlay Holdsworth as Yorkshire lost three wickets for 22 runs.
O team Essex
P full Shadab Riaz
O team Pakistan
F score 3-41
F number 11
L facility Trafalgar Square End
P full Zak Haigh
P full Joe Ackroyd
P full Finlay Holdsworth
O team Yorkshire
F number three
F number 22
> Ackroyd, who made 212 against Surrey at Headingley last week, was caught behind for four, pushing at one he could have left alone.
P partial Ackroyd
F number 212
O team Surrey
L facility Headingley
F number four
> Tom Wragg was lbw to Will Chaplin for nine and Ben Sugden edged Riaz to second slip shortly after lunch, leaving the White Rose on 87-5 and a crowd of 4,112, many of whom had queued along North Marine Road since 9am, very quiet indeed.
P full Tom Wragg
P full Will Chaplin
F number nine
P full Ben Sugden
P partial Riaz
O team White Rose
F score 87-5
F number 4,112
L street North Marine Road
F time 9am
> Dransfield and Qadri turned the day around. Qadri, 31, drove anything full from the Essex seamers and made 81 from 126 balls before Rory Vandersteen bowled him with the second new ball at 251-6.
P partial Dransfield
P partial Qadri
P partial Qadri
F age 31
O team Essex
F number 81
F number 126
P full Rory Vandersteen
F score 251-6
> Dransfield, more watchful, reached his century from 171 balls with a pull off Chaplin and went on to hit 17 fours and two sixes. It was his second first-class century and his first at Scarborough, where he played his junior cricket for the town club.
P partial Dransfield
F number 171
P partial Chaplin
F number 17
F number two
L city Scarborough
> “When you walk out at 58-4 you’re not thinking about hundreds, you’re thinking about the next ball,” said Dransfield. “Imran was brilliant. He took the pressure off me by playing his shots, and by the time they took the new ball we were in a decent spot.”
Q direct Callum Dransfield :: “When you walk out at 58-4 you’re not thinking about hundreds, you’re thinking about the next ball,”
Q direct Callum Dransfield :: “Imran was brilliant. He took the pressure off me by playing his shots, and by the time they took the new ball we were in a decent spot.”
F score 58-4
P partial Dransfield
P partial Imran
> Oliver Pickersgill made 19 and Harvey Lumb nine before Chaplin struck again, but Dransfield and Sam Oyelaran saw out the last six overs to leave Yorkshire with three batting points.
P full Oliver Pickersgill
F number 19
P full Harvey Lumb
F number nine
P partial Chaplin
P partial Dransfield
P full Sam Oyelaran
F number six
O team Yorkshire
F number three
> Essex head coach Marcus Abbott-Lyle said his bowlers had been “outstanding for two sessions and ordinary for one”. He added: “Riaz has been everything we hoped for. But 318 on that pitch is 50 too many, and we know it.”
O team Essex
P full Marcus Abbott-Lyle
Q direct Marcus Abbott-Lyle :: “outstanding for two sessions and ordinary for one”
Q direct Marcus Abbott-Lyle :: “Riaz has been everything we hoped for. But 318 on that pitch is 50 too many, and we know it.”
F number two
F number one
P partial Riaz
F score 318
F number 50
> Yorkshire, third in Division One and 19 points behind leaders Surrey, will want early wickets tomorrow, when sunshine is forecast. Dransfield, meanwhile, is expected to be named in the England Lions squad for the winter tour of Sri Lanka.
O team Yorkshire
O other Division One
F number 19
O team Surrey
P partial Dransfield
O team England Lions
L country Sri Lanka
> SCOREBOARD
> YORKSHIRE v ESSEX (North Marine Road, Scarborough, first day): Essex won toss.
O team YORKSHIRE
O team ESSEX
L facility North Marine Road
L city Scarborough
O team Essex
> Yorkshire – First innings
O team Yorkshire
> F Holdsworth c Pettit b Riaz 24
P full F Holdsworth
P partial Pettit
P partial Riaz
F number 24
> Z Haigh lbw b Riaz 0
P full Z Haigh
P partial Riaz
F number 0
> *J Ackroyd c †Oduya b Riaz 4
P full J Ackroyd
P partial Oduya
P partial Riaz
F number 4
> T Wragg lbw b Chaplin 9
P full T Wragg
P partial Chaplin
F number 9
> B Sugden c Sethi b Riaz 31
P full B Sugden
P partial Sethi
P partial Riaz
F number 31
> C Dransfield not out 131
P full C Dransfield
F number 131
> I Qadri b Vandersteen 81
P full I Qadri
P partial Vandersteen
F number 81
> †O Pickersgill c Pettit b Vandersteen 19
P full O Pickersgill
P partial Pettit
P partial Vandersteen
F number 19
> H Lumb c Oduya b Chaplin 9
P full H Lumb
P partial Oduya
P partial Chaplin
F number 9
> S Oyelaran not out 3
P full S Oyelaran
F number 3
> Extras (b 1, lb 4, nb 2) 7
F number 1
F number 4
F number 2
F number 7
> Total (8 wkts, 96 overs) 318
F number 8
F number 96
F score 318
> Did not bat: J Firth.
P full J Firth
> Fall of wickets: 1-6, 2-13, 3-28, 4-58, 5-87, 6-251, 7-290, 8-309.
F score 1-6
F score 2-13
F score 3-28
F score 4-58
F score 5-87
F score 6-251
F score 7-290
F score 8-309
> Bowling: Riaz 22-5-71-4; Chaplin 21-4-68-2; Vandersteen 19-3-74-2; Sethi 14-2-51-0; Pettit 20-4-49-0.
P partial Riaz
F score 22-5-71-4
P partial Chaplin
F score 21-4-68-2
P partial Vandersteen
F score 19-3-74-2
P partial Sethi
F score 14-2-51-0
P partial Pettit
F score 20-4-49-0
> Essex: A Sethi, L Bright, *D Pettit, N Crabb, R Vandersteen, †K Oduya, W Chaplin, T Keeble, S Riaz, M Doughty, J Fenn.
O team Essex
P full A Sethi
P full L Bright
P full D Pettit
P full N Crabb
P full R Vandersteen
P full K Oduya
P full W Chaplin
P full T Keeble
P full S Riaz
P full M Doughty
P full J Fenn
> Umpires: P Hartigan and S N Morrell.
P full P Hartigan
P full S N Morrell
'''

ARTICLES['466-khalifa-bin-salman-port-record-teu-berth-extension-hidd-daily-tribune'] = r'''
> Business
> KBSP container volumes hit record as BD48m berth extension gets nod
L facility KBSP
F money BD48m
> Saudi-bound cargo drives 14.2 per cent rise at Hidd terminal
L country Saudi
F percent 14.2 per cent
L city Hidd
> TDT | Manama
O media TDT
L city Manama
> 14 Apr 2038 | 11:24 AM
F date 14 Apr 2038
F time 11:24 AM
> Cranes at Khalifa Bin Salman Port in Hidd. (File photo)
L facility Khalifa Bin Salman Port
L city Hidd
> Khalifa Bin Salman Port (KBSP) handled a record 612,400 twenty-foot equivalent units (TEUs) in 2037, up 14.2 per cent on the previous year, as more cargo bound for eastern Saudi Arabia was shipped through Bahrain, figures released yesterday show.
L facility Khalifa Bin Salman Port
L facility KBSP
F quantity 612,400 twenty-foot equivalent units
F date 2037
F percent 14.2 per cent
L country Saudi Arabia
L country Bahrain
> The Ministry of Transportation and Telecommunications also confirmed that the Cabinet had approved a BD48 million ($127.6m) extension of the port's container quay, which will add 420 metres of berth and raise annual capacity to around 1.1 million TEUs by 2040.
O government Ministry of Transportation and Telecommunications
O government Cabinet
F money BD48 million
F money $127.6m
F quantity 420 metres
F quantity 1.1 million TEUs
F date 2040
> Undersecretary for Ports and Maritime Affairs Eng. Huda Abdulrahman Al Mannai said the growth came mainly from Saudi importers in Dammam and Al Khobar who had switched from ports further south.
P full Huda Abdulrahman Al Mannai
L city Dammam
L city Al Khobar
> "A container that lands in Hidd in the morning can be in a warehouse in Dammam the same evening. That is a story we are now selling in Riyadh, not only in Manama," she said.
Q direct Huda Abdulrahman Al Mannai :: "A container that lands in Hidd in the morning can be in a warehouse in Dammam the same evening. That is a story we are now selling in Riyadh, not only in Manama,"
L city Hidd
L city Dammam
L city Riyadh
L city Manama
> According to the ministry, 1,640 trucks a day crossed the King Fahd Causeway with cargo from the port last year, against 1,210 in 2036. Al Mannai said joint customs checks introduced with the Saudi authorities in March had cut average clearance times at the causeway from 14 hours to under six hours.
F number 1,640
L facility King Fahd Causeway
F number 1,210
F date 2036
P partial Al Mannai
F duration 14 hours
F duration six hours
> The extension, to be built by Arad Marine Works W.L.L. under a 30-month contract, will also deepen the berth to 15 metres so that the port can take larger feeder vessels from the ports of Jebel Ali and Salalah. Work is due to start in September.
O company Arad Marine Works W.L.L.
F duration 30-month
F quantity 15 metres
L city Jebel Ali
L city Salalah
> APM Terminals Bahrain, which has operated KBSP since it opened in 2009, declined to comment on the contract.
O company APM Terminals Bahrain
L facility KBSP
F date 2009
> The Bahrain Chamber of Commerce and Industry (BCCI) welcomed the approval. The chairman of its logistics committee, Hussain Jawad Al Sayegh, called the extension "overdue" and said members had lost business in 2037 because vessels were kept waiting at anchor for up to three days in peak weeks.
O nonprofit Bahrain Chamber of Commerce and Industry
O nonprofit BCCI
P full Hussain Jawad Al Sayegh
Q direct Hussain Jawad Al Sayegh :: "overdue"
F date 2037
F duration three days
> "We have customers in Saudi who want to use Bahrain, and we have had to tell them to wait. That should not happen again," he said.
Q direct Hussain Jawad Al Sayegh :: "We have customers in Saudi who want to use Bahrain, and we have had to tell them to wait. That should not happen again,"
L country Saudi
L country Bahrain
> Not everyone is convinced that the growth will last. A Manama-based freight forwarder, who asked not to be named because his company works with the port operator, said much of last year's increase came from one Saudi retailer that had moved its regional warehouse to the Bahrain Logistics Zone (BLZ) next to the port.
L city Manama
F number one
L facility Bahrain Logistics Zone
L facility BLZ
> "If that retailer goes back to Jeddah or Dammam, you lose a big part of the 14 per cent overnight," he said. "The King Hamad Causeway will help, but that is years away."
Q direct - :: "If that retailer goes back to Jeddah or Dammam, you lose a big part of the 14 per cent overnight,"
Q direct - :: "The King Hamad Causeway will help, but that is years away."
L city Jeddah
L city Dammam
F percent 14 per cent
L facility King Hamad Causeway
> The planned 25-kilometre King Hamad Causeway, which will carry a road and a railway line alongside the existing link, is not expected to open before 2041.
F quantity 25-kilometre
L facility King Hamad Causeway
F date 2041
> Separately, the Bahraini feeder operator Delmon Shipping Lines said it would add a third weekly call between Hidd and the Iraqi port of Umm Qasr from May 1.
O company Delmon Shipping Lines
L city Hidd
L city Umm Qasr
F date May 1
'''

ARTICLES['467-poloniny-forge-snina-job-cuts-crankshaft-line-morocco-tasr'] = r'''
> Economy
> Poloniny Forge to Cut 260 Jobs in Snina, Move Crankshaft Line to Morocco
O company Poloniny Forge
F number 260
L city Snina
L country Morocco
> 14 Oct 2038 - 15:42
F date 14 Oct 2038
F time 15:42
> The Poloniny Forge plant in Snina. Photo: TASR/Ľubomír Kočiš
O company Poloniny Forge
L city Snina
O media TASR
P full Ľubomír Kočiš
> Snina, 14 October (TASR) - Poloniny Forge, the largest private employer in the district of Snina in north-eastern Slovakia, will lay off 260 of its 710 employees by the end of March 2039 and move the production of forged crankshafts for trucks to a sister plant near Tangier in Morocco, the company announced on Thursday.
L city Snina
F date 14 October
O media TASR
O company Poloniny Forge
L region Snina
L country Slovakia
F number 260
F number 710
F date March 2039
L city Tangier
L country Morocco
> The company, which has been owned since 2029 by the German automotive supplier Ruhrtal Schmiede Holding, said orders from European truckmakers had fallen by 31 percent since 2036, while its energy costs in Slovakia were almost three times higher than in Morocco.
F date 2029
O company Ruhrtal Schmiede Holding
F percent 31 percent
F date 2036
L country Slovakia
F number three
L country Morocco
> "This is not a decision against Snina. Our people here are among the best forgers in Europe, but with these energy prices we cannot keep a line running that loses money every month," managing director Marek Čižmár told TASR.
Q direct Marek Čižmár :: "This is not a decision against Snina. Our people here are among the best forgers in Europe, but with these energy prices we cannot keep a line running that loses money every month,"
L city Snina
L continent Europe
P full Marek Čižmár
O media TASR
> Čižmár said the plant would keep its die-making workshop and a smaller line producing steering parts, which together employ around 450 people, and that redundancy payments of up to six monthly wages would be paid "on top of what the law requires".
P partial Čižmár
F number 450
F number six
Q direct Marek Čižmár :: "on top of what the law requires"
> Poloniny Forge s.r.o. was founded in 1978 as a plant of the state engineering combine supplying the Czechoslovak truckmaker Tatra and is named after the Poloniny National Park, which lies north-east of the town on the borders with Poland and Ukraine.
O company Poloniny Forge s.r.o.
F date 1978
O company Tatra
L geo Poloniny National Park
L country Poland
L country Ukraine
> The Labour, Social Affairs and Family Office in Snina registered a jobless rate of 11.9 percent in the district in September, compared with a national average of 5.3 percent.
O government Labour, Social Affairs and Family Office
L city Snina
F percent 11.9 percent
F percent 5.3 percent
> Vasiľ Hromjak, who heads the OZ KOVO metalworkers' union at the plant, said the union had not been told about the move before Thursday's announcement.
P full Vasiľ Hromjak
O nonprofit OZ KOVO
> "People read about it on their phones during the morning shift. Some of them have worked here for 30 years, their fathers worked here, and they found out from a press release.
Q direct Vasiľ Hromjak :: "People read about it on their phones during the morning shift. Some of them have worked here for 30 years, their fathers worked here, and they found out from a press release.
F duration 30 years
> "There is no other factory for 60 kilometres. If you lose your job in Snina, you go to Humenné, to Košice, to the Czech Republic or to Germany," Hromjak said.
Q direct Vasiľ Hromjak :: "There is no other factory for 60 kilometres. If you lose your job in Snina, you go to Humenné, to Košice, to the Czech Republic or to Germany,"
F quantity 60 kilometres
L city Snina
L city Humenné
L city Košice
L country Czech Republic
L country Germany
P partial Hromjak
> Snina Mayor Ľubica Fedorková, 54, said she would ask the Economy Ministry and the Prešov Self-Governing Region (PSK) to help find an investor for the part of the site that will be vacated.
L city Snina
P full Ľubica Fedorková
F age 54
O government Economy Ministry
O government Prešov Self-Governing Region
O government PSK
> The Economy Ministry said in a statement that it was "in contact with the company" and that state aid for a new investment in the Snina district could cover up to 35 percent of eligible costs, the highest rate in Slovakia.
O government Economy Ministry
Q direct Economy Ministry :: "in contact with the company"
L region Snina
F percent 35 percent
L country Slovakia
> According to the Statistics Office, the average monthly wage in the Prešov Region was €1,418 in the second quarter of 2038, the lowest of Slovakia's eight regions.
O government Statistics Office
L region Prešov Region
F money €1,418
F date 2038
L country Slovakia
F number eight
> Poloniny Forge reported sales of €96.4 million and a loss of €7.2 million in 2037, according to the Finstat database.
O company Poloniny Forge
F money €96.4 million
F money €7.2 million
F date 2037
O company Finstat
'''

ARTICLES['468-carnival-costume-prices-forex-mas-bands-port-of-spain-trinidad-express'] = r'''
> Business
> Mas costs bite: big bands raise costume prices by up to 25% as forex squeeze hits imports
F percent 25%
> Shivani Rampersad-Joseph
P full Shivani Rampersad-Joseph
> Jan 18, 2038
F date Jan 18, 2038
> MAS IN THE MAKING: Workers glue feathers on frontline costumes at the Bacchanal Republic mas camp on Ariapita Avenue, Woodbrook, on Saturday. —Photo: KERWIN DE FREITAS
O company Bacchanal Republic
L street Ariapita Avenue
L city Woodbrook
P full KERWIN DE FREITAS
> Playing mas will cost more this Carnival, with several of Port of Spain’s big bands raising the price of frontline costumes by up to 25 per cent as a shortage of foreign exchange drives up the cost of imported beads, feathers and fabric.
L city Port of Spain
F percent 25 per cent
> Bacchanal Republic, which crossed the Queen’s Park Savannah stage with about 6,500 masqueraders in 2037, has set its female frontline package at $9,800, up from $7,850 last year. Its cheapest backline costume now costs $4,950.
O company Bacchanal Republic
L facility Queen’s Park Savannah
F number 6,500
F date 2037
F money $9,800
F money $7,850
F money $4,950
> Band leader Anand “Sweet Hand” Rampersad said the increase reflected what the band was now paying for materials, not a bigger profit.
P full Anand “Sweet Hand” Rampersad
Q scare - :: “Sweet Hand”
> “We are buying US dollars at $7.40, $7.60, when we can find them at all. Two years ago we were paying $6.90,” he said. “Eighty per cent of what you see on a costume comes from outside, from China, from Miami. Nobody is selling feathers in Chaguaramas.”
Q direct Anand “Sweet Hand” Rampersad :: “We are buying US dollars at $7.40, $7.60, when we can find them at all. Two years ago we were paying $6.90,”
Q direct Anand “Sweet Hand” Rampersad :: “Eighty per cent of what you see on a costume comes from outside, from China, from Miami. Nobody is selling feathers in Chaguaramas.”
F money $7.40
F money $7.60
F duration Two years
F money $6.90
F percent Eighty per cent
L country China
L city Miami
L city Chaguaramas
> He said two 40-foot containers of materials for the band had been sitting at the Port of Port of Spain for three weeks, waiting for the band’s bank to release the US$38,000 it owed a Chinese supplier.
F number two
F quantity 40-foot
L facility Port of Port of Spain
F duration three weeks
F money US$38,000
> The Central Bank of Trinidad and Tobago said in its December monetary policy statement that it had sold US$1.42 billion to authorised dealers in 2037 and that demand for foreign currency remained “elevated”.
O government Central Bank of Trinidad and Tobago
F money US$1.42 billion
F date 2037
Q direct Central Bank of Trinidad and Tobago :: “elevated”
> Not every band is passing on the full cost. Chaconia Mas Productions, a medium-sized band based in Belmont, has held its prices at between $3,200 and $5,600 by having beadwork and wire frames made locally by about 40 seamstresses and wirebenders in Laventille and Morvant.
O company Chaconia Mas Productions
L city Belmont
F money $3,200
F money $5,600
F number 40
L city Laventille
L city Morvant
> “It takes longer and my kitchen looks like a factory, but the money stays in Trinidad,” said band leader Marisa Ho Sing. “If we have to do less feathers and more local work, so be it. That is mas too.”
Q direct Marisa Ho Sing :: “It takes longer and my kitchen looks like a factory, but the money stays in Trinidad,”
Q direct Marisa Ho Sing :: “If we have to do less feathers and more local work, so be it. That is mas too.”
L region Trinidad
P full Marisa Ho Sing
> The National Carnival Bands Association of Trinidad and Tobago (NCBA) said 41 large bands had registered for the Parade of the Bands by last Friday, two fewer than at the same point in 2037, and that early sales were “holding up”.
O nonprofit National Carnival Bands Association of Trinidad and Tobago
O nonprofit NCBA
F number 41
F number two
F date 2037
Q direct National Carnival Bands Association of Trinidad and Tobago :: “holding up”
> Keisha Alleyne-Baptiste, 34, a nurse from Arima who has played with Bacchanal Republic since 2031, said she was paying for her costume in three instalments.
P full Keisha Alleyne-Baptiste
F age 34
L city Arima
O company Bacchanal Republic
F date 2031
F number three
> “I love it too much to stop. But I told my sister this is the last year I’m doing frontline. Next year, it’s backline or J’Ouvert only,” she said.
Q direct Keisha Alleyne-Baptiste :: “I love it too much to stop. But I told my sister this is the last year I’m doing frontline. Next year, it’s backline or J’Ouvert only,”
> Visitors may soften the blow. Tourism Trinidad Limited said arrivals at Piarco International Airport for the 2037 Carnival period rose 9 per cent to 38,600, and bands said about a third of their frontline sections had been sold to masqueraders from New York, Toronto and London.
O company Tourism Trinidad Limited
L facility Piarco International Airport
F date 2037
F percent 9 per cent
F number 38,600
F fraction a third
L city New York
L city Toronto
L city London
> Carnival Monday and Tuesday fall on March 8 and 9 this year.
F date March 8
F date 9
> 2038 FRONTLINE PRICES (female, TT$)
F date 2038
> Bacchanal Republic: $9,800 (2037: $7,850)
O company Bacchanal Republic
F money $9,800
F date 2037
F money $7,850
> Savannah Sunrise: $8,900 (2037: $7,300)
O company Savannah Sunrise
F money $8,900
F date 2037
F money $7,300
> Scarlet Ibis Mas: $8,450 (2037: $7,100)
O company Scarlet Ibis Mas
F money $8,450
F date 2037
F money $7,100
> Chaconia Mas Productions: $5,600 (2037: $5,600)
O company Chaconia Mas Productions
F money $5,600
F date 2037
F money $5,600
> Source: band websites
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
