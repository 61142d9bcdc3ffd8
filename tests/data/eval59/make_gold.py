#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval59 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval59/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['397-small-isles-ferry-lochnevis-redeployed-eigg-muck-rum-canna-west-highland-free-press'] = r'''
> News
> ‘We are an afterthought’: Small Isles lose their ferry for five weeks as Lochnevis covers Skye crossing
Q direct Dòmhnall Iain MacIsaac :: ‘We are an afterthought’
L region Small Isles
F duration five weeks
L geo Skye
> Islanders on Eigg, Muck, Rùm and Canna say one passenger sailing a week and a landing craft every fortnight will not keep schools, shops and farms supplied through lambing
L geo Eigg
L geo Muck
L geo Rùm
L geo Canna
F number one
> By Kirsteen NicLeòid
P full Kirsteen NicLeòid
> Thursday 7 April 2039
F date 7 April 2039
> The Lochnevis at Mallaig pier. From 18 April she will sail between Mallaig and Armadale. Photograph: Ewen Rankin-Munro
L city Mallaig
F date 18 April
L city Mallaig
L city Armadale
P full Ewen Rankin-Munro
> Residents of the Small Isles have accused CalMac of treating them as “an afterthought” after the ferry operator confirmed that the Lochnevis, the only vessel serving Eigg, Muck, Rùm and Canna, will be taken off the route for five weeks this spring to cover for a ship in dry dock.
L region Small Isles
O company CalMac
Q direct - :: “an afterthought”
L geo Eigg
L geo Muck
L geo Rùm
L geo Canna
F duration five weeks
> From 18 April until 23 May the Lochnevis will run the Mallaig–Armadale crossing to Skye while the MV Loch Fyne, which normally covers it, undergoes steel repairs at a yard in Birkenhead. In her place the four islands will have one passenger sailing a week on a chartered catamaran, the Sgarbh, and a landing craft from Arisaig carrying cargo every second Tuesday.
F date 18 April
F date 23 May
L city Mallaig
L city Armadale
L geo Skye
L city Birkenhead
F number four
F number one
L city Arisaig
> The islands, which have a combined population of about 190, normally have sailings from Mallaig on six days a week between April and October. The Lochnevis, which entered service in 2000 and is now 39 years old, is the only CalMac vessel that can use the slipways on all four.
F number 190
L city Mallaig
F duration six days
F date 2000
F duration 39 years
O company CalMac
F number four
> Dòmhnall Iain MacIsaac, 58, who farms on Eigg and chairs the Small Isles Community Council, said islanders learned of the change from a notice on the CalMac website on Monday.
P full Dòmhnall Iain MacIsaac
F age 58
L geo Eigg
O government Small Isles Community Council
O company CalMac
> “We are an afterthought,” he said. “Nobody from CalMac or Transport Scotland picked up the phone to ask what five weeks with one boat would mean for a school, a shop or a farm in the middle of lambing.”
Q direct Dòmhnall Iain MacIsaac :: “We are an afterthought,”
Q direct Dòmhnall Iain MacIsaac :: “Nobody from CalMac or Transport Scotland picked up the phone to ask what five weeks with one boat would mean for a school, a shop or a farm in the middle of lambing.”
O company CalMac
O government Transport Scotland
F duration five weeks
F number one
> “Lambing on Muck starts in the second week of April. Feed, vet supplies and diesel all come over on the Lochnevis. The landing craft can take 12 tonnes, and in a normal fortnight we bring in more than that.
Q direct Dòmhnall Iain MacIsaac :: “Lambing on Muck starts in the second week of April. Feed, vet supplies and diesel all come over on the Lochnevis. The landing craft can take 12 tonnes, and in a normal fortnight we bring in more than that.
L geo Muck
F quantity 12 tonnes
> “If there is an emergency we have the coastguard helicopter,” he added, “but that is no way to run a community of 190 people.”
Q direct Dòmhnall Iain MacIsaac :: “If there is an emergency we have the coastguard helicopter,”
Q direct Dòmhnall Iain MacIsaac :: “but that is no way to run a community of 190 people.”
F number 190
> In a statement, CalMac said the move was “the least disruptive option available” because the Armadale route carried 14 times as many passengers in April as the Small Isles service.
O company CalMac
Q direct CalMac :: “the least disruptive option available”
L city Armadale
F number 14
L region Small Isles
> “We recognise the impact this will have on island communities and we will keep the arrangement under review,” a spokesperson said. Figures supplied by the operator show 3,420 passengers and 611 cars used the Mallaig–Armadale crossing last April, against 402 passengers on the Small Isles sailings.
Q direct - :: “We recognise the impact this will have on island communities and we will keep the arrangement under review,”
F number 3,420
F number 611
L city Mallaig
L city Armadale
F number 402
L region Small Isles
> Transport Scotland, which funds the ferry network, said the charter of the Sgarbh would cost about £86,000 and that the catamaran would leave Mallaig at 10.15am on Saturdays, returning from Canna at 4.40pm after calls at Eigg, Muck and Rùm.
O government Transport Scotland
F money £86,000
L city Mallaig
F time 10.15am
L geo Canna
F time 4.40pm
L geo Eigg
L geo Muck
L geo Rùm
> On the Isle of Muck, where 38 people live, the primary school has four pupils. On Rùm, most of which is a national nature reserve managed by NatureScot, the Isle of Rum Community Trust said bookings at its bunkhouse for late April had fallen by a third since the notice appeared.
L geo Isle of Muck
F number 38
F number four
L geo Rùm
O government NatureScot
O nonprofit Isle of Rum Community Trust
F fraction a third
> Fort William and Ardnamurchan councillor Morag Lachlan-Grant said she had asked Highland Council’s harbours team to check whether a larger landing craft could use the pier at Galmisdale on Eigg.
L region Fort William and Ardnamurchan
P full Morag Lachlan-Grant
O government Highland Council
L city Galmisdale
L geo Eigg
> “The Small Isles have heard promises of a second vessel for 15 years. Every time there is a breakdown elsewhere in the fleet, we are the ones who are told to make do,” she said.
Q direct Morag Lachlan-Grant :: “The Small Isles have heard promises of a second vessel for 15 years. Every time there is a breakdown elsewhere in the fleet, we are the ones who are told to make do,”
L region Small Isles
F duration 15 years
> The Isle of Eigg Heritage Trust, which has owned the island since the community buyout of 1997, said its shop would order extra stock before 18 April. Skye, Lochaber and Badenoch MSP Catriona Beaton-Rose has written to the Cabinet Secretary for Transport asking for the Small Isles to be given priority when the Loch Fyne returns.
O nonprofit Isle of Eigg Heritage Trust
F date 1997
F date 18 April
L region Skye, Lochaber and Badenoch
P full Catriona Beaton-Rose
L region Small Isles
> CalMac said the Lochnevis was due back on the Small Isles run on 24 May, in time for the start of the summer timetable.
O company CalMac
L region Small Isles
F date 24 May
'''

ARTICLES['398-antique-palay-buying-php23-kilo-farmgate-slump-tordesillas-pna'] = r'''
> Antique gov't to buy palay at PHP23 per kilo as farmgate prices slump
L region Antique
F money PHP23
> By Jerome M. Tabangay
P full Jerome M. Tabangay
> April 8, 2039, 5:14 pm
F date April 8, 2039
F time 5:14 pm
> PALAY BUYING. Farmers unload sacks of palay at the provincial buying station in Barangay Bugang, Sibalom, Antique on Tuesday (April 5, 2039). The provincial government will buy up to 2,500 metric tons of palay until May 31. (Photo courtesy of Antique PIO)
L city Barangay Bugang
L city Sibalom
L region Antique
F date April 5, 2039
F quantity 2,500 metric tons
F date May 31
O government Antique PIO
> SAN JOSE DE BUENAVISTA, Antique – The provincial government will buy palay (unhusked rice) directly from farmers at PHP23 per kilogram starting Monday, Governor Felipe 'Jun' Tordesillas Jr. said on Friday (April 8).
L city SAN JOSE DE BUENAVISTA
L region Antique
F money PHP23
P full Felipe 'Jun' Tordesillas Jr.
Q scare - :: 'Jun'
F date April 8
> Tordesillas said the Sangguniang Panlalawigan (SP) on Wednesday approved a PHP48-million supplemental budget for the buying program after farmgate prices of dry palay in several towns dropped to as low as PHP15 per kilo at the peak of the dry-season harvest.
P partial Tordesillas
O government Sangguniang Panlalawigan
O government SP
F money PHP48-million
F money PHP15
> “We cannot allow our farmers to sell at a loss while traders take the profit. The province will pay PHP23 for clean and dry palay and PHP19 for fresh palay, and we will pay in cash on the same day,” he said in an interview.
Q direct Felipe 'Jun' Tordesillas Jr. :: “We cannot allow our farmers to sell at a loss while traders take the profit. The province will pay PHP23 for clean and dry palay and PHP19 for fresh palay, and we will pay in cash on the same day,”
F money PHP23
F money PHP19
> Buying will be done by the Provincial Agriculture Office (PAO) at four stations in Sibalom, Hamtic, Tobias Fornier and Culasi, open to farmers from all 18 towns of the province.
O government Provincial Agriculture Office
O government PAO
F number four
L city Sibalom
L city Hamtic
L city Tobias Fornier
L city Culasi
F number 18
> Provincial Agriculturist Rosalie Magbanua-Dalisay said each farmer may sell up to 100 cavans, or about 5,000 kilograms, per cropping season, provided he or she is listed in the Registry System for Basic Sectors in Agriculture (RSBSA).
P full Rosalie Magbanua-Dalisay
F quantity 100 cavans
F quantity 5,000 kilograms
> “Farmers only need to bring their RSBSA stub and one valid ID. Our technicians will check the moisture content at the station, and wet palay will be dried at our solar dryers in Sibalom,” Magbanua-Dalisay said.
Q direct Rosalie Magbanua-Dalisay :: “Farmers only need to bring their RSBSA stub and one valid ID. Our technicians will check the moisture content at the station, and wet palay will be dried at our solar dryers in Sibalom,”
F number one
L city Sibalom
P partial Magbanua-Dalisay
> Reynaldo Ebon, 61, a farmer from Barangay Igpalge in Hamtic, told the Philippine News Agency (PNA) that traders had offered him PHP16 per kilo for the harvest from his 1.5-hectare farm.
P full Reynaldo Ebon
F age 61
L city Barangay Igpalge
L city Hamtic
O media Philippine News Agency
O media PNA
F money PHP16
F quantity 1.5-hectare
> “Sa sini nga presyo, indi gid kami makabawi sa abono kag krudo,” (At this price, we cannot recover what we spent on fertilizer and diesel) Ebon said, adding that he spent PHP38,000 this season and harvested only 92 cavans.
Q direct Reynaldo Ebon :: “Sa sini nga presyo, indi gid kami makabawi sa abono kag krudo,”
P partial Ebon
F money PHP38,000
F quantity 92 cavans
> Data from the Department of Agriculture (DA) regional office in Iloilo City showed that Antique planted rice on 27,480 hectares in the 2038-2039 dry season, about 11 percent more than a year earlier.
O government Department of Agriculture
O government DA
L city Iloilo City
L region Antique
F quantity 27,480 hectares
F date 2038-2039
F percent 11 percent
> The National Food Authority (NFA), which buys clean and dry palay at PHP20 per kilo, said its warehouse in San Jose de Buenavista was holding 41,000 bags as of April 1 and could accept only about 6,000 more.
O government National Food Authority
O government NFA
F money PHP20
L city San Jose de Buenavista
F number 41,000
F date April 1
F number 6,000
> Board Member Arnel Sumbingco-Alojado, who chairs the SP committee on agriculture, said the PHP48 million would come from the province’s 20 percent development fund and from unspent funds of 2038.
P full Arnel Sumbingco-Alojado
O government SP
F money PHP48 million
F percent 20 percent
F date 2038
> “This is not a dole-out. The rice we mill will go to the school feeding program, to our three district hospitals and to evacuation centers during typhoons,” Sumbingco-Alojado said.
Q direct Arnel Sumbingco-Alojado :: “This is not a dole-out. The rice we mill will go to the school feeding program, to our three district hospitals and to evacuation centers during typhoons,”
F number three
P partial Sumbingco-Alojado
> The province has tapped the Land Bank of the Philippines (LANDBANK) to release the cash payments at the stations, which will be open from 8 a.m. to 3 p.m., Monday to Friday, Tordesillas said.
O company Land Bank of the Philippines
O company LANDBANK
F time 8 a.m.
F time 3 p.m.
P partial Tordesillas
> Antique, one of five provinces in Western Visayas, produced about 186,000 metric tons of palay in 2038, according to the DA. (PNA)
L region Antique
F number five
L region Western Visayas
F quantity 186,000 metric tons
F date 2038
O government DA
O media PNA
'''

ARTICLES['399-bangladesh-west-indies-chattogram-test-day-three-st-hill-century-dhaka-tribune'] = r'''
> Cricket
> St Hill century keeps Windies alive after Tigers post 412
P partial St Hill
O team Windies
O team Tigers
F score 412
> West Indies reach 287-6 at stumps on day three in Chattogram, still 125 behind
O team West Indies
F score 287-6
L city Chattogram
F number 125
> Tahsin Arefin Rupok, Chattogram
P full Tahsin Arefin Rupok
L city Chattogram
> Publish : 16 Nov 2039, 06:05 PM | Update : 16 Nov 2039, 07:12 PM
F date 16 Nov 2039
F time 06:05 PM
F date 16 Nov 2039
F time 07:12 PM
> West Indies batter Akeem St Hill celebrates his century on the third day of the second Test against Bangladesh at the Zahur Ahmed Chowdhury Stadium in Chattogram on Wednesday, November 16, 2039. Photo: BCB
O team West Indies
P full Akeem St Hill
O team Bangladesh
L facility Zahur Ahmed Chowdhury Stadium
L city Chattogram
F date November 16, 2039
O other BCB
> Akeem St Hill struck a patient 112 to lead a West Indies fightback on the third day of the second Test at the Zahur Ahmed Chowdhury Stadium on Wednesday, but Bangladesh stayed in charge at stumps with the visitors on 287 for 6, still 125 runs behind the Tigers' first-innings total of 412.
P full Akeem St Hill
F number 112
O team West Indies
L facility Zahur Ahmed Chowdhury Stadium
O team Bangladesh
F score 287
F number 6
F number 125
O team Tigers
F score 412
> The 26-year-old right-hander from Barbados, playing only his fifth Test, batted for 341 minutes and faced 247 balls, hitting 13 fours and two sixes before he was trapped lbw by left-arm spinner Tanvir Ahmed Rabbi with 40 minutes of play left.
F age 26-year-old
L country Barbados
F duration 341 minutes
F number 247
F number 13
F number two
P full Tanvir Ahmed Rabbi
F duration 40 minutes
> Tanvir, who reached 100 Test wickets when he had opener Kofi Trotman stumped in the morning session, finished the day with 4-83 from 34 overs. Pacer Nahid Hasan Shoikot took 2-59.
P partial Tanvir
F number 100
P full Kofi Trotman
F score 4-83
F number 34
P full Nahid Hasan Shoikot
F score 2-59
> St Hill added 138 for the fifth wicket with Quinton Mayers-Holder, who made 71 before edging Nahid to wicketkeeper Mushfiqul Haque Nayeem shortly after tea. Captain Ronaldo Cumberbatch was unbeaten on 19 at the close, alongside nightwatchman Andel Lovell on 2.
P partial St Hill
F number 138
P full Quinton Mayers-Holder
F number 71
P partial Nahid
P full Mushfiqul Haque Nayeem
P full Ronaldo Cumberbatch
F number 19
P full Andel Lovell
F number 2
> Earlier, Bangladesh resumed on 356 for 7 and added 56 in the first hour before they were bowled out for 412 in 128.3 overs, with Rezaul Islam Piash unbeaten on 64. Fast bowler Shaquille Bynoe-Thorne finished with 5-97, his second five-wicket haul in Tests. Ashraful Karim Shovon's 118 on the opening day remains the highest score of the match.
O team Bangladesh
F score 356
F number 7
F number 56
F score 412
F number 128.3
P full Rezaul Islam Piash
F number 64
P full Shaquille Bynoe-Thorne
F score 5-97
F number five
P full Ashraful Karim Shovon
F number 118
> "I just told myself to bat time. The ball has been turning since the second session on day two, so I knew if I got out to a loose shot I would be letting the boys down," St Hill told reporters after play.
Q direct Akeem St Hill :: "I just told myself to bat time. The ball has been turning since the second session on day two, so I knew if I got out to a loose shot I would be letting the boys down,"
P partial St Hill
> "Cumbo told me in the dressing room that 250 would not be enough on this pitch. We need another 150 tomorrow, maybe more."
Q direct Akeem St Hill :: "Cumbo told me in the dressing room that 250 would not be enough on this pitch. We need another 150 tomorrow, maybe more."
P partial Cumbo
F score 250
F number 150
> Bangladesh spin bowling coach Mahbubur Rahman Tuhin said the Tigers had let the game drift in the afternoon session. "We gave away too many easy runs after lunch. 287 for 6 is not a bad position for us, but we want to bowl them out for under 330 in the morning and bat again," he said.
O team Bangladesh
P full Mahbubur Rahman Tuhin
O team Tigers
Q direct Mahbubur Rahman Tuhin :: "We gave away too many easy runs after lunch. 287 for 6 is not a bad position for us, but we want to bowl them out for under 330 in the morning and bat again,"
F score 287
F number 6
F score 330
> West Indies lost the first Test at the Sher-e-Bangla National Cricket Stadium in Mirpur by an innings and 31 runs and trail the two-match series 1-0. Bangladesh Cricket Board (BCB) officials said 6,800 tickets were sold for the day, the biggest crowd of the series.
O team West Indies
L facility Sher-e-Bangla National Cricket Stadium
L city Mirpur
F number 31
F number two
F score 1-0
O other Bangladesh Cricket Board
O other BCB
F number 6,800
> The Bangladesh Meteorological Department has forecast light rain in Chattogram on Friday afternoon. Play on the fourth day starts at 9.30am local time.
O government Bangladesh Meteorological Department
L city Chattogram
F time 9.30am
> Brief scores
> Bangladesh 1st innings: 412 all out in 128.3 overs (Ashraful Karim 118, Rezaul Islam 64*, Mushfiqul Haque 52; Bynoe-Thorne 5-97, Lovell 2-71)
O team Bangladesh
F score 412
F number 128.3
P partial Ashraful Karim
F number 118
P partial Rezaul Islam
F number 64
P partial Mushfiqul Haque
F number 52
P partial Bynoe-Thorne
F score 5-97
P partial Lovell
F score 2-71
> West Indies 1st innings: 287/6 in 96 overs (St Hill 112, Mayers-Holder 71, Cumberbatch 19*; Tanvir 4-83, Nahid 2-59)
O team West Indies
F score 287/6
F number 96
P partial St Hill
F number 112
P partial Mayers-Holder
F number 71
P partial Cumberbatch
F number 19
P partial Tanvir
F score 4-83
P partial Nahid
F score 2-59
> Stumps, Day 3: West Indies trail by 125 runs
O team West Indies
F number 125
'''

ARTICLES['400-kobopadi-layoffs-kenya-exit-merchant-loans-naira-lagos-techcabal'] = r'''
> Kobopadi lays off 40% of staff, shuts Kenya office as it pivots to merchant loans
O company Kobopadi
F percent 40%
L country Kenya
> The Lagos-based fintech, which raised $18 million in 2037, told 112 employees on Monday that their roles were gone. Its Nairobi office will close by June 30.
L city Lagos
F money $18 million
F date 2037
F number 112
L city Nairobi
F date June 30
> Chidinma Okoro-Banjo
P full Chidinma Okoro-Banjo
> April 6, 2039
F date April 6, 2039
> Kobopadi co-founders Femi Adeyemi-Lawal (left) and Zainab Musa Dankano. Image source: Kobopadi
O company Kobopadi
P full Femi Adeyemi-Lawal
P full Zainab Musa Dankano
O company Kobopadi
> Kobopadi, the Lagos-based savings and payments startup, has laid off 112 employees, about 40% of its workforce, and will shut down its Kenyan business by June 30, as it pivots to lending to small merchants in Nigeria, three people familiar with the matter told TechCabal.
O company Kobopadi
L city Lagos
F number 112
F percent 40%
F date June 30
L country Nigeria
F number three
O media TechCabal
> The company confirmed the cuts in a statement on Tuesday, saying it would come out of the restructuring as “a smaller, more focused business” and that affected staff would receive three months’ pay and health insurance until the end of September.
Q direct Kobopadi :: “a smaller, more focused business”
F duration three months
> Founded in 2033 by Femi Adeyemi-Lawal, a former product manager at Paystack, and Zainab Musa Dankano, a chartered accountant from Kano, Kobopadi started as a group-savings app built on ajo, the rotating savings clubs common across south-west Nigeria. Members of a group pay a fixed sum each week and take turns collecting the pot.
F date 2033
P full Femi Adeyemi-Lawal
O company Paystack
P full Zainab Musa Dankano
L city Kano
O company Kobopadi
L country Nigeria
> It raised an $18 million Series A in March 2037 led by Savannah Ridge Capital, with Ikenga Partners and the Harmattan Fund joining. At the time it said it had 1.4 million registered users and processed ₦9.6 billion a month.
F money $18 million
F date March 2037
O company Savannah Ridge Capital
O company Ikenga Partners
O company Harmattan Fund
F number 1.4 million
F money ₦9.6 billion
> Kobopadi entered Kenya in August 2038 with an office in Nairobi’s Westlands district, offering the same group-savings product over M-Pesa. At its peak, the Kenyan business had about 64,000 users and handled KSh 310 million a month, one of the people said.
O company Kobopadi
L country Kenya
F date August 2038
L city Nairobi
L city Westlands
F number 64,000
F money KSh 310 million
> “Kenya was a bet on being a pan-African brand before we had won at home. Customer acquisition in Nairobi cost us almost three times what it cost in Lagos,” Adeyemi-Lawal told TechCabal in an email.
Q direct Femi Adeyemi-Lawal :: “Kenya was a bet on being a pan-African brand before we had won at home. Customer acquisition in Nairobi cost us almost three times what it cost in Lagos,”
L country Kenya
L city Nairobi
F number three
L city Lagos
P partial Adeyemi-Lawal
O media TechCabal
> The naira’s fall made the gap wider. The currency has lost 23% of its value against the dollar since January and traded at ₦2,140/$1 on the official window last Friday, eroding the dollar value of users’ savings and of the fees Kobopadi earns on them.
F percent 23%
F money ₦2,140/$1
O company Kobopadi
> “We heard about it on a 15-minute Google Meet call. By the time it ended, our Slack access had been switched off,” said an affected engineer, who asked not to be named because he had signed a separation agreement.
Q direct - :: “We heard about it on a 15-minute Google Meet call. By the time it ended, our Slack access had been switched off,”
F duration 15-minute
O company Slack
> Under the new plan, Kobopadi will lend between ₦500,000 and ₦5 million to traders in Lagos, Ibadan and Onitsha, using sales data from 9,200 payment terminals it has placed in shops since 2036. Loans will be issued through Ekowe Microfinance Bank, a Yenagoa-based lender that Kobopadi bought in 2038 for an undisclosed sum.
O company Kobopadi
F money ₦500,000
F money ₦5 million
L city Lagos
L city Ibadan
L city Onitsha
F number 9,200
F date 2036
O company Ekowe Microfinance Bank
L city Yenagoa
O company Kobopadi
F date 2038
> “Savings alone does not pay the bills when inflation is above 30%. Our merchants ask us for credit every week, and our data says they repay,” Adeyemi-Lawal said.
Q direct Femi Adeyemi-Lawal :: “Savings alone does not pay the bills when inflation is above 30%. Our merchants ask us for credit every week, and our data says they repay,”
F percent 30%
P partial Adeyemi-Lawal
> Lending will be a harder business to run. The Central Bank of Nigeria (CBN) raised its benchmark rate to 31.5% in March, its fourth increase in 12 months, pushing up the cost of the wholesale funding that lenders like Ekowe depend on.
O government Central Bank of Nigeria
O government CBN
F percent 31.5%
F duration 12 months
O company Ekowe
> Kobopadi joins a growing list of Nigerian startups that have cut staff this year. In January, Abuja-based health insurer Garkuwa Health laid off 60 people, and in March the Lagos logistics startup Tafiyar Kaya shut its Ghana office.
O company Kobopadi
L city Abuja
O company Garkuwa Health
F number 60
L city Lagos
O company Tafiyar Kaya
L country Ghana
> According to LinkedIn data, Kobopadi had 280 employees across Lagos, Nairobi and Accra at the start of 2039. Its five-person team in Accra, which runs customer support for the whole company, will be kept, the company said.
O company LinkedIn
O company Kobopadi
F number 280
L city Lagos
L city Nairobi
L city Accra
F date 2039
F number five
L city Accra
> Mark your calendars! Moonshot by TechCabal is back in Lagos on October 14–15, 2039! Join Africa’s top founders, creatives & tech leaders for 2 days of keynotes, mixers & future-forward ideas. Early bird tickets now 20% off—don’t snooze! moonshot.techcabal.com
L city Lagos
F date October 14–15, 2039
L continent Africa
F duration 2 days
F percent 20%
'''

ARTICLES['401-lfa-23-lobster-price-standoff-boats-tied-up-lameque-shippagan-telegraph-journal'] = r'''
> Local News
> Acadian Peninsula lobster fleet stays tied up as price standoff enters second week
L region Acadian Peninsula
> Fishers want at least $7.25 a pound; processors say the U.S. market won't bear more than $6.10
F money $7.25
L country U.S.
F money $6.10
> Author of the article: Mathieu Landry-Doucet
P full Mathieu Landry-Doucet
> Published May 05, 2039 • Last updated 3 hours ago • 4 minute read
F date May 05, 2039
F duration 3 hours
F duration 4 minute
> Lobster boats tied up at the wharf in Lamèque on Thursday. Fishers in Lobster Fishing Area 23 have not set a trap since the season opened April 28. Photo by Mathieu Landry-Doucet /Telegraph-Journal
L city Lamèque
L region Lobster Fishing Area 23
F date April 28
P full Mathieu Landry-Doucet
O media Telegraph-Journal
> LAMÈQUE — Nearly 550 lobster boats on the Acadian Peninsula and along the eastern shore of New Brunswick stayed at the wharf Thursday, a week after the spring season opened, as fishers and processors remained about $1 a pound apart on the shore price.
L city LAMÈQUE
F number 550
L region Acadian Peninsula
L region New Brunswick
F money $1
> Fishers represented by the Maritime Fishermen's Union (MFU) say they need at least $7.25 a pound to cover bait, fuel and crew. Processors opened the season offering $5.60 for canners and $6 for market lobsters, and on Tuesday raised that to $6.10 for both.
O nonprofit Maritime Fishermen's Union
O nonprofit MFU
F money $7.25
F money $5.60
F money $6
F money $6.10
> "Bait alone costs us $1.40 a pound more than it did in 2036. Mackerel is closed, herring is closed, and we are buying frozen bait from Norway," said Rémi Chiasson, who fishes out of Le Goulet and speaks for the union's Lamèque-Shippagan local. He spoke in French; his comments have been translated.
Q direct Rémi Chiasson :: "Bait alone costs us $1.40 a pound more than it did in 2036. Mackerel is closed, herring is closed, and we are buying frozen bait from Norway,"
F money $1.40
F date 2036
L country Norway
P full Rémi Chiasson
L city Le Goulet
L city Lamèque
L city Shippagan
> "If we go out at $6.10, the young guys with a new boat and a $900,000 licence loan won't make their payments. We would rather lose two weeks now than lose the whole season.
Q direct Rémi Chiasson :: "If we go out at $6.10, the young guys with a new boat and a $900,000 licence loan won't make their payments. We would rather lose two weeks now than lose the whole season.
F money $6.10
F money $900,000
F duration two weeks
> "We are not asking for the moon. We are asking for what it costs to fish."
Q direct Rémi Chiasson :: "We are not asking for the moon. We are asking for what it costs to fish."
> Processors say the market will not support a higher price. Nadine Robichaud-Haché, general manager of Homard Chaleur Ltée in Caraquet, said wholesale buyers in Boston were paying about US$7.80 a pound for cooked and frozen 1¼-pound lobsters, and that a 10 per cent U.S. tariff on Canadian seafood was still in place.
P full Nadine Robichaud-Haché
O company Homard Chaleur Ltée
L city Caraquet
L city Boston
F money US$7.80
F quantity 1¼-pound
F percent 10 per cent
L country U.S.
> "We can't pay $7.25 at the wharf when the American buyer pays us US$7.80 for a lobster we still have to cook, freeze, pack and ship," she said. "The math doesn't work."
Q direct Nadine Robichaud-Haché :: "We can't pay $7.25 at the wharf when the American buyer pays us US$7.80 for a lobster we still have to cook, freeze, pack and ship,"
Q direct Nadine Robichaud-Haché :: "The math doesn't work."
F money $7.25
F money US$7.80
> Fisheries and Oceans Canada (DFO) said the season in LFA 23 will close on June 30 as scheduled. "Season dates are set in consultation with industry and are not adjusted because of price disputes," the department said in an emailed statement.
O government Fisheries and Oceans Canada
O government DFO
L region LFA 23
F date June 30
Q direct Fisheries and Oceans Canada :: "Season dates are set in consultation with industry and are not adjusted because of price disputes,"
> Fishers in the area landed about 21 million pounds of lobster in 2038, worth $148 million at the wharf, according to DFO figures. Every week lost, Chiasson said, takes about a sixth of the catch off the table.
F quantity 21 million pounds
F date 2038
F money $148 million
O government DFO
P partial Chiasson
F fraction a sixth
> New Brunswick's fisheries minister, Luc Boudreau-Mallet, said Wednesday the province would pay for a mediator if both sides asked for one, but that it "cannot and will not set a price."
L region New Brunswick
P full Luc Boudreau-Mallet
Q direct Luc Boudreau-Mallet :: "cannot and will not set a price."
> Across the Northumberland Strait, fishers in LFA 24 on Prince Edward Island's north shore accepted $6.25 and have been fishing since April 30. On Wednesday evening, about 200 fishers and their families held a rally on the wharf in Shippagan.
L geo Northumberland Strait
L region LFA 24
L region Prince Edward Island
F money $6.25
F date April 30
F number 200
L city Shippagan
> Gilberte Savoie-Noël, 67, who has fished out of Miscou Island for 44 years, said she had never seen the whole fleet stay in port this long. "My father tied up for three days in 1979. Nobody has done it for a week since," she said.
P full Gilberte Savoie-Noël
F age 67
L geo Miscou Island
F duration 44 years
Q direct Gilberte Savoie-Noël :: "My father tied up for three days in 1979. Nobody has done it for a week since,"
F duration three days
F date 1979
> With files from Radio-Canada Acadie
O media Radio-Canada Acadie
'''

ARTICLES['402-admiralty-court-orders-sale-arrested-bulk-carrier-limassol-unpaid-crew-cyprus-mail'] = r'''
> Cyprus
L country Cyprus
> Court orders sale of bulk carrier held off Limassol as unpaid crew wait
L city Limassol
> Nineteen seafarers, 15 of them from Myanmar, have not been paid since November
F number Nineteen
F number 15
L country Myanmar
> By Antonis Kouloumbris
P full Antonis Kouloumbris
> April 12, 2039
F date April 12, 2039
> The Amber Tide at anchor off Limassol in March (Stelios Ioannou-Kallis)
L city Limassol
P full Stelios Ioannou-Kallis
> The Admiralty Court on Tuesday ordered the judicial sale of a Liberian-flagged bulk carrier that has been under arrest off Limassol since January, after its owners failed to pay 19 crew members more than $610,000 in wages.
O government Admiralty Court
L city Limassol
F number 19
F money $610,000
> Judge Eleni Hadjisavva-Louca ordered the 63,500dwt Amber Tide, built in 2014, to be sold at auction by the court marshal with a reserve price of €7.4m. In a 41-page judgment she ruled that the crew’s claims for wages and repatriation would be paid out of the proceeds ahead of the ship’s mortgage.
P full Eleni Hadjisavva-Louca
F quantity 63,500dwt
F date 2014
F money €7.4m
F number 41
> The ship’s registered owner, Kestrel Dry Bulk Inc of the Marshall Islands, and its Piraeus-based manager, Aegeas Shipmanagement SA, were not represented at the hearing in Nicosia, which lasted just over two hours.
O company Kestrel Dry Bulk Inc
L country Marshall Islands
L city Piraeus
O company Aegeas Shipmanagement SA
L city Nicosia
F duration two hours
> The crew – 15 from Myanmar, three from Ukraine and one from India – have been living on board since the vessel was arrested on January 9 at the request of a Singapore bunker supplier owed $1.3m for fuel.
F number 15
L country Myanmar
F number three
L country Ukraine
F number one
L country India
F date January 9
L country Singapore
F money $1.3m
> The ship’s master, Captain Kyaw Min Thu, 54, told the Cyprus Mail by phone that food and water were brought out once a week by a launch from Limassol and that the generator was run for only 12 hours a day to save fuel.
P full Kyaw Min Thu
F age 54
O media Cyprus Mail
L city Limassol
F duration 12 hours
> “The men are tired. Some of them have not seen their families for 14 months,” he said. “We heard about the decision from the lawyer, not from the company.”
Q direct Kyaw Min Thu :: “The men are tired. Some of them have not seen their families for 14 months,”
Q direct Kyaw Min Thu :: “We heard about the decision from the lawyer, not from the company.”
F duration 14 months
> He said a 23-year-old deck cadet from Mandalay had been taken to Limassol General Hospital in February with a kidney infection and had since been flown home.
F age 23-year-old
L city Mandalay
O other Limassol General Hospital
> The International Transport Workers’ Federation (ITF), which has supported the crew since January, called the ruling “long overdue”. Its Cyprus inspector, Marios Stylianou-Pyrgos, said each seafarer had received only a $500 advance since November.
O nonprofit International Transport Workers’ Federation
O nonprofit ITF
Q direct International Transport Workers’ Federation :: “long overdue”
L country Cyprus
P full Marios Stylianou-Pyrgos
F money $500
> Lawyer Despo Charalambidou, of the Limassol firm Charalambidou Pitsillos LLC, which represents the crew, said the sale could take place within 90 days.
P full Despo Charalambidou
L city Limassol
O company Charalambidou Pitsillos LLC
F duration 90 days
> “Under Cypriot law the crew’s wages are a maritime lien. They come before the bank and before the bunker supplier,” she said. “The question is whether a buyer will pay €7.4m for a 25-year-old ship in this market.”
Q direct Despo Charalambidou :: “Under Cypriot law the crew’s wages are a maritime lien. They come before the bank and before the bunker supplier,”
Q direct Despo Charalambidou :: “The question is whether a buyer will pay €7.4m for a 25-year-old ship in this market.”
F money €7.4m
F duration 25-year-old
> The mortgage is held by the Hamburg-based lender Elbmark Bank AG, which is owed about €21m and did not oppose the sale.
L city Hamburg
O company Elbmark Bank AG
F money €21m
> The Shipping Deputy Ministry said the vessel posed no risk to the environment and that Limassol port had been told to keep it at the anchorage until the auction. Cyprus set up a separate admiralty court in 2023 to speed up ship arrest cases, which until then had been heard by the Supreme Court.
O government Shipping Deputy Ministry
L city Limassol
L country Cyprus
F date 2023
O government Supreme Court
> It is the second ship to be sold by the court this year. In February the Admiralty Court ordered the sale of a 1990s-built general cargo ship abandoned at Larnaca with 11 crew on board.
O government Admiralty Court
F date 1990s
L city Larnaca
F number 11
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
