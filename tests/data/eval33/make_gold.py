#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval33 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval33/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['241-kentucky-skill-games-veto-override-frankfort'] = r'''
> Politics
> Kentucky lawmakers override governor’s veto, legalizing ‘skill games’ in gas stations and bars
L region Kentucky
Q scare - :: ‘skill games’
> The Republican-led General Assembly gave the cash-paying machines a second life, handing Democratic Gov. Rachel Vanhoose her third override defeat of the session.
O government General Assembly
P full Rachel Vanhoose
> By DARNELL FITZHUGH-PRATT
P full DARNELL FITZHUGH-PRATT
> Associated Press
O media Associated Press
> Updated 7:14 PM EDT, March 28, 2036
F time 7:14 PM EDT
F date March 28, 2036
> Senate President Thomas “T.J.” Renfro, R-Somerset, speaks before the override vote at the state Capitol in Frankfort, Ky., Friday, March 28, 2036. (AP Photo/Lainey Bergström)
O government Senate
P full Thomas “T.J.” Renfro
Q scare - :: “T.J.”
L city Somerset
L facility Capitol
L city Frankfort
L region Ky.
F date March 28, 2036
O media AP
P full Lainey Bergström
> FRANKFORT, Ky. (AP) — Kentucky lawmakers on Friday overrode Gov. Rachel Vanhoose’s veto of a bill that legalizes and taxes the cash-paying “skill games” found in gas stations, bars and truck stops, ending a three-year fight that drew some of the heaviest lobbying in the state’s history.
L city FRANKFORT
L region Ky.
O media AP
L region Kentucky
P full Rachel Vanhoose
Q scare - :: “skill games”
F duration three-year
> The House voted 58-39 and the Senate 23-14 to override, clearing the constitutional majorities of 51 and 20 votes needed in the two chambers. The bill, House Bill 412, takes effect 90 days after the session ends on April 15.
O government House
F number 58-39
O government Senate
F number 23-14
F number 51
F number 20
F number two
F duration 90 days
F date April 15
> Vanhoose, 54, a former state auditor from Pikeville, had called the machines “slot machines by another name” when she vetoed the measure on March 17. In her veto message she wrote that the bill would “put a casino on every corner in Kentucky, with none of the oversight we demand of a casino.”
P partial Vanhoose
F age 54
L city Pikeville
Q direct Rachel Vanhoose :: “slot machines by another name”
F date March 17
Q direct Rachel Vanhoose :: “put a casino on every corner in Kentucky, with none of the oversight we demand of a casino.”
L region Kentucky
> “I’m disappointed, but I’m not surprised,” Vanhoose told reporters outside her Capitol office after the vote. “When an industry spends this kind of money in Frankfort, it usually gets what it paid for.”
Q direct Rachel Vanhoose :: “I’m disappointed, but I’m not surprised,”
P partial Vanhoose
L facility Capitol
Q direct Rachel Vanhoose :: “When an industry spends this kind of money in Frankfort, it usually gets what it paid for.”
L city Frankfort
> Lobbyists for the machines’ makers, distributors and the retailers who host them reported spending $3.1 million in 2035 and $1.2 million in the first two months of 2036, according to filings with the Kentucky Legislative Ethics Commission. At one point this session, 47 registered lobbyists were working for the industry, or roughly one for every three lawmakers.
F money $3.1 million
F date 2035
F money $1.2 million
F duration two months
F date 2036
O government Kentucky Legislative Ethics Commission
F number 47
F number one
F number three
> The biggest spender was Louisville-based Ridgeline Gaming Systems Inc., which says it makes about 60% of the roughly 11,000 machines operating in Kentucky. Ridgeline’s chief executive, Curtis Mabry-Sloan, watched the House vote from the gallery.
L city Louisville
O company Ridgeline Gaming Systems Inc.
F percent 60%
F number 11,000
L region Kentucky
O company Ridgeline
P full Curtis Mabry-Sloan
O government House
> “This is about thousands of small-business owners who finally get some certainty,” Mabry-Sloan said in a statement. “For a lot of these stores, the machines are the difference between staying open and closing the doors.”
Q direct Curtis Mabry-Sloan :: “This is about thousands of small-business owners who finally get some certainty,”
P partial Mabry-Sloan
Q direct Curtis Mabry-Sloan :: “For a lot of these stores, the machines are the difference between staying open and closing the doors.”
> Under the bill, the state will license each machine for $500 a year and tax 18% of the revenue it keeps after paying out winnings. Legislative budget staff estimated the tax would raise $84 million to $97 million a year, most of it for the state’s general fund, with $6 million set aside for problem-gambling treatment.
F money $500
F percent 18%
F money $84 million
F money $97 million
F money $6 million
> Rep. Dwayne Pettigrew, R-Elizabethtown, who sponsored the bill, said the machines had been in Kentucky for more than a decade and that a 2023 ban had only pushed many of them into back rooms.
P full Dwayne Pettigrew
L city Elizabethtown
L region Kentucky
F date 2023
> “We tried prohibition. It didn’t work,” Pettigrew said during floor debate. “The choice in front of us is regulated machines or the ones we have now.”
Q direct Dwayne Pettigrew :: “We tried prohibition. It didn’t work,”
P partial Pettigrew
Q direct Dwayne Pettigrew :: “The choice in front of us is regulated machines or the ones we have now.”
> Opponents included the Commonwealth Family Policy Council, a Lexington-based Christian advocacy group, and the Kentucky Thoroughbred Owners and Breeders Alliance, which argued that the machines would draw bettors away from the state’s racetracks.
O nonprofit Commonwealth Family Policy Council
L city Lexington
O nonprofit Kentucky Thoroughbred Owners and Breeders Alliance
> “Every dollar that goes into a machine in the back of a gas station is a dollar that doesn’t go to a Kentucky track,” the alliance said in a statement. The council said it was considering a lawsuit in Franklin Circuit Court, arguing that the machines are illegal games of chance.
Q direct Kentucky Thoroughbred Owners and Breeders Alliance :: “Every dollar that goes into a machine in the back of a gas station is a dollar that doesn’t go to a Kentucky track,”
L region Kentucky
O government Franklin Circuit Court
> A lobbyist for a regional convenience-store chain, who spoke on condition of anonymity, said the industry had known for weeks that it had the votes. “They were counted in January,” he said.
Q direct - :: “They were counted in January,”
> Sen. Gloria Estep-Whitaker, D-Louisville, the Senate’s Democratic leader, called the 18% rate “a giveaway to an industry that has never been told no in this building.”
P full Gloria Estep-Whitaker
L city Louisville
O government Senate
F percent 18%
Q direct Gloria Estep-Whitaker :: “a giveaway to an industry that has never been told no in this building.”
> Renfro said the Senate had tightened the bill in committee, adding a limit of five machines per business and a ban on placing them within 1,000 feet of a school or church.
P partial Renfro
O government Senate
F number five
F quantity 1,000 feet
> “Nobody got everything they wanted,” Renfro said. “That’s usually the sign of a decent bill.”
Q direct Thomas “T.J.” Renfro :: “Nobody got everything they wanted,”
P partial Renfro
Q direct Thomas “T.J.” Renfro :: “That’s usually the sign of a decent bill.”
> The override was the third of the session. Lawmakers earlier overturned Vanhoose’s vetoes of a bill limiting a governor’s emergency orders to 30 days and a measure giving the legislature more appointments to the Kentucky Board of Education.
P partial Vanhoose
F duration 30 days
O government Kentucky Board of Education
> The Kentucky Fuel and Convenience Retailers Association said its 1,400 member stores would start applying for licenses when the Public Protection Cabinet opens applications, expected in July.
O nonprofit Kentucky Fuel and Convenience Retailers Association
F number 1,400
O government Public Protection Cabinet
> Associated Press writer Marcus Oyelaran-Tate in Louisville contributed to this report.
O media Associated Press
P full Marcus Oyelaran-Tate
L city Louisville
'''

ARTICLES['242-kirklees-three-weekly-bins-parking-charges'] = r'''
> Kirklees
L region Kirklees
> Three-weekly bin collections and higher parking charges approved as Kirklees Council plugs £18m gap
F duration Three-weekly
O government Kirklees Council
F money £18m
> Opposition councillors called the package a ‘tax on families’ as the cabinet signed off £6.7m of savings for 2036/37
Q direct Philippa Haigh-Marsden :: ‘tax on families’
F money £6.7m
F date 2036/37
> By Harriet Okonkwo-Hirst, Local Democracy Reporter
P full Harriet Okonkwo-Hirst
> 06:00, 13 FEB 2036 Updated 10:27, 13 FEB 2036
F time 06:00
F date 13 FEB 2036
F time 10:27
F date 13 FEB 2036
> Grey bins waiting for collection on a street in Lindley, Huddersfield (Image: Huddersfield Examiner)
L city Lindley
L city Huddersfield
O media Huddersfield Examiner
> Households across Kirklees will have their general rubbish collected every three weeks instead of every fortnight from October, after the council’s cabinet approved a package of cuts and charges to close an £18.4m hole in next year’s budget.
L region Kirklees
F duration three weeks
F money £18.4m
> The Labour-run authority says the change to the 240-litre grey bins, used for what officers call “residual waste”, will save £2.9m a year once all 181,000 households are on the new rounds. Larger families will be able to apply for a 360-litre bin. Recycling and garden waste will still be collected fortnightly, and the weekly food waste service introduced in 2026 will continue.
F quantity 240-litre
Q scare - :: “residual waste”
F money £2.9m
F number 181,000
F quantity 360-litre
F date 2026
> Pay and display charges in council-run car parks will also rise, from £1.20 to £1.60 an hour in Huddersfield town centre and from 80p to £1.10 in Dewsbury, Batley, Holmfirth and Cleckheaton. Sunday charging will be introduced for the first time, and the free 30 minutes in district centres will be cut to 20 minutes.
F money £1.20
F money £1.60
L city Huddersfield
F money 80p
F money £1.10
L city Dewsbury
L city Batley
L city Holmfirth
L city Cleckheaton
F duration 30 minutes
F duration 20 minutes
> Council leader Cllr Imran Qadir-Bashir said the authority had “no good options left” after more than two decades of cuts to its government grant and rising demand for adult social care and children’s services.
P full Imran Qadir-Bashir
Q direct Imran Qadir-Bashir :: “no good options left”
F duration two decades
> “Nobody comes into local government to make bins less frequent or parking dearer,” he told the meeting at Huddersfield Town Hall on Tuesday. “But the alternative is closing libraries and cutting care for vulnerable people, and I won’t do that.
Q direct Imran Qadir-Bashir :: “Nobody comes into local government to make bins less frequent or parking dearer,”
L facility Huddersfield Town Hall
Q direct Imran Qadir-Bashir :: “But the alternative is closing libraries and cutting care for vulnerable people, and I won’t do that.
> “Every council in West Yorkshire is facing the same arithmetic. We are just being honest about it.”
Q direct Imran Qadir-Bashir :: “Every council in West Yorkshire is facing the same arithmetic. We are just being honest about it.”
L region West Yorkshire
> Conservative group leader Cllr Philippa Haigh-Marsden, whose Holme Valley South ward includes some of the district’s most rural villages, said three-weekly collections would leave bins overflowing in bigger households, and called the parking rises “a tax on families by the back door”.
P full Philippa Haigh-Marsden
L region Holme Valley South
F duration three-weekly
Q direct Philippa Haigh-Marsden :: “a tax on families by the back door”
> “A family of five with a baby in nappies cannot fit three weeks of rubbish into one bin. People will burn it, dump it or drive it to the tip,” she said.
Q direct Philippa Haigh-Marsden :: “A family of five with a baby in nappies cannot fit three weeks of rubbish into one bin. People will burn it, dump it or drive it to the tip,”
F number five
F duration three weeks
F number one
> Liberal Democrat group leader Cllr Rhiannon Pryce-Evans said her group backed the bin changes but would ask the Overview and Scrutiny Management Committee to look again at the parking rises, which she said would “finish off” smaller high streets already hit by the loss of bank branches.
P full Rhiannon Pryce-Evans
O government Overview and Scrutiny Management Committee
Q direct Rhiannon Pryce-Evans :: “finish off”
> In Lindley, retired teacher Margaret Ellison, 73, said she already struggled to wheel her bin to the kerb. “Three weeks is a long time in August with the lid not shutting,” she said. “We’ll have foxes and rats in every ginnel.”
L city Lindley
P full Margaret Ellison
F age 73
Q direct Margaret Ellison :: “Three weeks is a long time in August with the lid not shutting,”
F duration Three weeks
Q direct Margaret Ellison :: “We’ll have foxes and rats in every ginnel.”
> The GMB union, which represents most of the council’s 420 refuse staff, said it would ballot members on industrial action if the new rounds meant longer shifts. GMB organiser Darren Akroyd said: “We’ll look at the detail. What we won’t accept is 12-hour days dressed up as efficiency.”
O nonprofit GMB
F number 420
O nonprofit GMB
P full Darren Akroyd
Q direct Darren Akroyd :: “We’ll look at the detail. What we won’t accept is 12-hour days dressed up as efficiency.”
F duration 12-hour
> A report to the cabinet said councils such as Bury and Conwy had cut residual waste by more than a fifth after reducing collections. It said Kirklees expected its recycling rate to rise from 31 per cent to around 38 per cent, still short of the 65 per cent target that the Department for Environment, Food and Rural Affairs (Defra) set for 2035.
L region Bury
L region Conwy
F fraction a fifth
L region Kirklees
F percent 31 per cent
F percent 38 per cent
F percent 65 per cent
O government Department for Environment, Food and Rural Affairs
O government Defra
F date 2035
> The parking changes are forecast to raise an extra £1.6m in 2036/37, with a further £640,000 from Sunday charges.
F money £1.6m
F date 2036/37
F money £640,000
> Lorraine Bottomley, who chairs the Huddersfield Town Centre Traders’ Association, said footfall was still 12 per cent below 2019 levels.
P full Lorraine Bottomley
O nonprofit Huddersfield Town Centre Traders’ Association
F percent 12 per cent
F date 2019
> “Shoppers can park for nothing at Great Northern Retail Park, so why would they pay £1.60 an hour to come into town?” she told the Examiner. “Every time the council puts the charges up, another shop shuts.”
Q direct Lorraine Bottomley :: “Shoppers can park for nothing at Great Northern Retail Park, so why would they pay £1.60 an hour to come into town?”
L facility Great Northern Retail Park
F money £1.60
O media Examiner
Q direct Lorraine Bottomley :: “Every time the council puts the charges up, another shop shuts.”
> The changes still need the approval of full council, which meets on 4 March. The new bin rounds are due to start on 6 October, and every household will be sent a collection calendar in September.
F date 4 March
F date 6 October
'''

ARTICLES['243-sebi-sahyadri-forgings-ipo-fund-diversion'] = r'''
> Markets
> Sebi bars Sahyadri Forgings promoters for two years, orders ₹38.6 crore refund over IPO fund diversion
O government Sebi
O company Sahyadri Forgings
F duration two years
F money ₹38.6 crore
> The regulator found that ₹64.5 crore of the ₹112 crore raised in the Pune-based forging maker’s 2033 share sale was routed to entities linked to its founder
F money ₹64.5 crore
F money ₹112 crore
L city Pune
F date 2033
> Priyanka Deshmukh-Rao
P full Priyanka Deshmukh-Rao
> Updated 16 May 2036, 09:48 PM IST
F date 16 May 2036
F time 09:48 PM IST
> Sebi Bhavan, the regulator’s headquarters in Mumbai’s Bandra Kurla Complex. (Photo: Reuters)
L facility Sebi Bhavan
L city Mumbai
L city Bandra Kurla Complex
O media Reuters
> Mumbai: The Securities and Exchange Board of India (Sebi) on Thursday barred the promoters of Sahyadri Forgings Ltd from the securities market for two years and ordered them to return ₹38.6 crore to the company, after finding that a large part of the money raised in its 2033 initial public offering (IPO) had been diverted to related entities.
L city Mumbai
O government Securities and Exchange Board of India
O government Sebi
O company Sahyadri Forgings Ltd
F duration two years
F money ₹38.6 crore
F date 2033
> In a 74-page interim order, whole-time member Shrinivas V. Raghunathan directed managing director Vikram Anantrao Jadhav and his wife Sunanda Jadhav, a whole-time director, to repay the amount jointly with interest at 12% a year within 45 days. The couple together hold 61.3% of the company.
F number 74
P full Shrinivas V. Raghunathan
P full Vikram Anantrao Jadhav
P full Sunanda Jadhav
F percent 12%
F duration 45 days
F percent 61.3%
> The company, which makes forged crankshafts and axle beams for truck and tractor makers at plants in Chakan and Kolhapur, raised ₹112 crore in its IPO in September 2033 at ₹185 a share. The issue was subscribed 38 times.
L city Chakan
L city Kolhapur
F money ₹112 crore
F date September 2033
F money ₹185
F number 38
> According to the offer document, ₹70 crore was to be spent on a new heat-treatment line at Chakan and the rest on general corporate purposes. Sebi found that within six weeks of listing, ₹64.5 crore, including ₹31 crore meant for the new line, had been transferred as “capital advances” to three entities — Deccan Alloy Traders Pvt Ltd, Krishnai Logistics LLP and Shivneri Infracon — in which Jadhav’s relatives were partners or directors.
F money ₹70 crore
L city Chakan
O government Sebi
F duration six weeks
F money ₹64.5 crore
F money ₹31 crore
Q scare - :: “capital advances”
F number three
O company Deccan Alloy Traders Pvt Ltd
O company Krishnai Logistics LLP
O company Shivneri Infracon
P partial Jadhav
> “The funds were neither utilised for the objects stated in the offer document nor returned to the company, and were instead used to repay personal loans of the promoter and to purchase land in the names of his relatives,” Raghunathan wrote.
Q direct Shrinivas V. Raghunathan :: “The funds were neither utilised for the objects stated in the offer document nor returned to the company, and were instead used to repay personal loans of the promoter and to purchase land in the names of his relatives,”
P partial Raghunathan
> The order said ₹21.8 crore was used to buy 14 acres of farmland near Talegaon Dabhade in Pune district and ₹9.4 crore to repay a loan from a Kolhapur-based cooperative bank. Only ₹25.9 crore had been returned to the company’s accounts by March this year, it said.
F money ₹21.8 crore
F quantity 14 acres
L city Talegaon Dabhade
L region Pune
F money ₹9.4 crore
L city Kolhapur
F money ₹25.9 crore
> The diversion came to light after the company’s statutory auditor, M/s Kulkarni Bapat & Associates, resigned in February 2035, citing its inability to verify the advances. Sebi said the monitoring agency for the issue proceeds, Navrang Credit Ratings, had flagged the transactions in two quarterly reports.
O company Kulkarni Bapat & Associates
F date February 2035
O government Sebi
O company Navrang Credit Ratings
F number two
> In a filing to the stock exchanges on Friday, Sahyadri Forgings said it was “examining the order with its legal advisers” and would “take appropriate steps, including an appeal before the Securities Appellate Tribunal (SAT)”. It said operations at its plants were “not affected”.
O company Sahyadri Forgings
Q direct Sahyadri Forgings Ltd :: “examining the order with its legal advisers”
Q direct Sahyadri Forgings Ltd :: “take appropriate steps, including an appeal before the Securities Appellate Tribunal (SAT)”
O government Securities Appellate Tribunal
O government SAT
Q direct Sahyadri Forgings Ltd :: “not affected”
> Shares of Sahyadri Forgings fell 19.9% to ₹58.40 on the BSE on Friday, their lowest since listing, before trading was frozen at the lower circuit. The stock has lost 41% this year, and the company’s market value has shrunk to about ₹212 crore.
O company Sahyadri Forgings
F percent 19.9%
F money ₹58.40
O company BSE
F percent 41%
F money ₹212 crore
> Retail investors held 24.6% of the company at the end of March, spread across about 1.2 lakh shareholders, according to exchange data.
F percent 24.6%
F number 1.2 lakh
> Hetal Parikh-Shah, founder of Mumbai-based proxy adviser Quorum Governance Advisors, said the case showed the limits of the monitoring-agency system for small issues.
P full Hetal Parikh-Shah
L city Mumbai
O company Quorum Governance Advisors
> “The red flags were there in the first two quarterly reports, but for an issue of this size nobody reads them until an auditor walks out,” she said. “Sebi has acted, but the retail shareholder who bought at ₹185 is still sitting on a 68% loss.”
Q direct Hetal Parikh-Shah :: “The red flags were there in the first two quarterly reports, but for an issue of this size nobody reads them until an auditor walks out,”
F number two
Q direct Hetal Parikh-Shah :: “Sebi has acted, but the retail shareholder who bought at ₹185 is still sitting on a 68% loss.”
O government Sebi
F money ₹185
F percent 68%
> The regulator also asked the National Stock Exchange of India (NSE) and the BSE to appoint a forensic auditor to examine the company’s books from 2032-33 to 2035-36, and imposed a penalty of ₹25 lakh on chief financial officer Ajit Londhe for certifying the utilisation reports.
O company National Stock Exchange of India
O company NSE
O company BSE
F date 2032-33
F date 2035-36
F money ₹25 lakh
P full Ajit Londhe
> Jadhav and his wife are also barred from holding board positions in any listed company during the two-year period. Advocate Rohan Mhatre, who represented the promoters before Sebi, did not respond to calls and messages.
P partial Jadhav
F duration two-year
P full Rohan Mhatre
O government Sebi
> Sebi has stepped up its scrutiny of how small and mid-sized companies use IPO money since 2024, when it tightened rules for SME issues after a string of cases of fund diversion.
O government Sebi
F date 2024
'''

ARTICLES['244-techiman-market-ex-mce-osp-bail-accra'] = r'''
> Crime & Justice
> Ex-Techiman MCE, contractor granted GH¢3m bail each over GH¢14.6m market project
L city Techiman
F money GH¢3m
F money GH¢14.6m
> By: Abena Serwaa Nyarko-Mensah
P full Abena Serwaa Nyarko-Mensah
> Date: May 27, 2036
F date May 27, 2036
> Former Techiman MCE Hon. Kwaku Nsiah-Boateng at the Law Courts Complex in Accra on Tuesday. Photo: Citi Newsroom
L city Techiman
P full Kwaku Nsiah-Boateng
L facility Law Courts Complex
L city Accra
O media Citi Newsroom
> The Financial and Economic Crimes Division of the High Court in Accra has granted bail of GH¢3 million each to a former Municipal Chief Executive (MCE) of Techiman, Kwaku Nsiah-Boateng, and a contractor, Abdul-Karim Zakaria Wuni, who are standing trial over the alleged misappropriation of GH¢14.6 million meant for the redevelopment of the Techiman Central Market.
O government Financial and Economic Crimes Division
O government High Court
L city Accra
F money GH¢3 million
L city Techiman
P full Kwaku Nsiah-Boateng
P full Abdul-Karim Zakaria Wuni
F money GH¢14.6 million
L facility Techiman Central Market
> The two, who were arraigned by the Office of the Special Prosecutor (OSP) on Tuesday, pleaded not guilty to 11 counts, including causing financial loss to the state, contrary to section 179A of the Criminal Offences Act, 1960 (Act 29), and using public office for profit.
F number two
O government Office of the Special Prosecutor
O government OSP
F number 11
> Justice Adwoa Gyamfua Bekoe ordered each of the accused to provide three sureties, two of whom must be public servants, and to deposit their passports with the court’s registrar. They are also to report to the OSP every two weeks until the trial ends.
P full Adwoa Gyamfua Bekoe
F number three
F number two
O government OSP
F duration two weeks
> Leading the case for the prosecution, Senior Prosecuting Attorney Selorm Agbenyega-Tetteh told the court that the Techiman Municipal Assembly awarded the contract to Wuni’s company, Zakwuni Construction Ltd, in April 2031 for a 620-stall market complex at a cost of GH¢18.2 million.
P full Selorm Agbenyega-Tetteh
O government Techiman Municipal Assembly
P partial Wuni
O company Zakwuni Construction Ltd
F date April 2031
F number 620
F money GH¢18.2 million
> He said GH¢14.6 million, about 80 per cent of the contract sum, had been paid by December 2033, although a technical audit by Architectural and Engineering Services Limited (AESL) found that only 23 per cent of the work had been done.
F money GH¢14.6 million
F percent 80 per cent
F date December 2033
O company Architectural and Engineering Services Limited
O company AESL
F percent 23 per cent
> “My Lady, the evidence will show that payment certificates were signed for work that did not exist. Some of them were signed on days when the site was closed for the Christmas break,” he said.
Q direct Selorm Agbenyega-Tetteh :: “My Lady, the evidence will show that payment certificates were signed for work that did not exist. Some of them were signed on days when the site was closed for the Christmas break,”
> The OSP opposed bail, arguing that the accused could interfere with witnesses, some of whom are staff of the assembly.
O government OSP
> Counsel for the former MCE, Kofi Amankwah Larbi, told the court his client had honoured every invitation from the OSP since his arrest in 2034 and was “not a flight risk”.
P full Kofi Amankwah Larbi
O government OSP
F date 2034
Q direct Kofi Amankwah Larbi :: “not a flight risk”
> “My client is a former public servant with a family and property in this country. He has nowhere to run to,” Mr Larbi said.
Q direct Kofi Amankwah Larbi :: “My client is a former public servant with a family and property in this country. He has nowhere to run to,”
P partial Larbi
> Nsiah-Boateng, 58, was MCE of Techiman, the capital of the Bono East Region, from 2029 to 2033. Traders who were moved to a temporary site on the Techiman–Kintampo highway in 2031 to make way for the project are still there.
P partial Nsiah-Boateng
F age 58
L city Techiman
L region Bono East Region
F date 2029
F date 2033
L city Techiman
L city Kintampo
F date 2031
> The leader of the market’s yam sellers, Madam Akua Serwaa, popularly known as ‘Yam Queen’, told Citi News the traders had run out of patience. “We were told two years. Now it is five years and the rain enters our stalls,” she said.
P full Akua Serwaa
Q scare - :: ‘Yam Queen’
O media Citi News
Q direct Akua Serwaa :: “We were told two years. Now it is five years and the rain enters our stalls,”
F duration two years
F duration five years
> An official at the Techiman Municipal Assembly, who asked not to be named because he was not authorised to speak on the matter, said the assembly had applied to the Ministry of Local Government, Chieftaincy and Religious Affairs for GH¢6 million to complete the market.
O government Techiman Municipal Assembly
O government Ministry of Local Government, Chieftaincy and Religious Affairs
F money GH¢6 million
> “The contractor left the site in 2033. Since then, nothing has happened,” the official said.
Q direct - :: “The contractor left the site in 2033. Since then, nothing has happened,”
F date 2033
> The OSP, set up under a 2017 law to investigate corruption involving public officers, said in a statement that it had also frozen three properties belonging to the accused, including a four-storey building at East Legon in Accra, which it described as “reasonably suspected to be tainted property”.
O government OSP
F date 2017
F number three
F number four
L city East Legon
L city Accra
Q direct Office of the Special Prosecutor :: “reasonably suspected to be tainted property”
> The case was adjourned to June 16, 2036.
F date June 16, 2036
'''

ARTICLES['245-jets-oilers-lacasse-belanger-power-play-winner'] = r'''
> NHL
O other NHL
> Lacasse-Bélanger's late power-play goal lifts Jets past Oilers 4-3
P partial Lacasse-Bélanger
O team Jets
O team Oilers
F score 4-3
> The Canadian Press
O media Canadian Press
> Posted January 26, 2036 10:18 pm
F date January 26, 2036
F time 10:18 pm
> Winnipeg Jets' Mathis Lacasse-Bélanger (71) celebrates his power-play goal against the Edmonton Oilers during third-period NHL action in Winnipeg, Saturday, Jan. 26, 2036. THE CANADIAN PRESS/Trevor Hagberg
O team Winnipeg Jets
P full Mathis Lacasse-Bélanger
O team Edmonton Oilers
O other NHL
L city Winnipeg
F date Jan. 26, 2036
O media THE CANADIAN PRESS
P full Trevor Hagberg
> WINNIPEG — Mathis Lacasse-Bélanger scored on a power play with 2:47 remaining and the Winnipeg Jets rallied from a two-goal deficit to beat the Edmonton Oilers 4-3 on Saturday night.
L city WINNIPEG
P full Mathis Lacasse-Bélanger
F time 2:47
O team Winnipeg Jets
F number two
O team Edmonton Oilers
F score 4-3
> Oskar Lindqvist had a goal and an assist, Nolan Kewageshig scored his first NHL goal and Eero Mäkelä-Koski made 29 saves for Winnipeg (35-17-6), which has won five straight at home.
P full Oskar Lindqvist
P full Nolan Kewageshig
O other NHL
P full Eero Mäkelä-Koski
F number 29
O team Winnipeg
F score 35-17-6
F number five
> Brett Halvorsen scored twice and Dmitri Voskresensky had a goal and an assist for Edmonton (29-23-5). Landon Pétrin-Walsh stopped 33 shots as the Oilers lost for the third time in four games.
P full Brett Halvorsen
P full Dmitri Voskresensky
O team Edmonton
F score 29-23-5
P full Landon Pétrin-Walsh
F number 33
O team Oilers
F number four
> With Edmonton defenceman Tanner Oosterhuis in the penalty box, Lacasse-Bélanger took a cross-ice pass from Lindqvist at the top of the left circle and beat Pétrin-Walsh over the glove with a one-timer for his 22nd goal of the season.
O team Edmonton
P full Tanner Oosterhuis
P partial Lacasse-Bélanger
P partial Lindqvist
P partial Pétrin-Walsh
> "Osky found me right in my spot. I just tried to get it off quick," said Lacasse-Bélanger, a 23-year-old from Trois-Rivières, Que. "When we're down two, nobody in here panics anymore. That's the difference from last year."
Q direct Mathis Lacasse-Bélanger :: "Osky found me right in my spot. I just tried to get it off quick,"
P partial Osky
P partial Lacasse-Bélanger
F age 23-year-old
L city Trois-Rivières
L region Que.
Q direct Mathis Lacasse-Bélanger :: "When we're down two, nobody in here panics anymore. That's the difference from last year."
F number two
> Halvorsen opened the scoring on a 2-on-1 with Voskresensky at 4:12 of the first period and made it 2-0 with a wrist shot from the slot at 6:55 of the second.
P partial Halvorsen
F score 2-on-1
P partial Voskresensky
F time 4:12
F score 2-0
F time 6:55
> Kewageshig, a 20-year-old from Sioux Lookout, Ont., who was called up from the Manitoba Moose of the American Hockey League on Thursday, cut the lead in half late in the second when he tipped in a point shot from defenceman Dawson Kruk.
P partial Kewageshig
F age 20-year-old
L city Sioux Lookout
L region Ont.
O team Manitoba Moose
O other American Hockey League
F fraction half
P full Dawson Kruk
> "I don't think I've ever yelled that loud in my life," Kewageshig said. "My mom and my kokum drove seven hours to be here, so I'm glad they got to see one."
Q direct Nolan Kewageshig :: "I don't think I've ever yelled that loud in my life,"
P partial Kewageshig
Q direct Nolan Kewageshig :: "My mom and my kokum drove seven hours to be here, so I'm glad they got to see one."
F duration seven hours
> Lindqvist tied it 1:58 into the third, but Voskresensky restored Edmonton's lead during a 5-on-3 at 8:20. Kruk answered with a slap shot from the blue line 52 seconds later.
P partial Lindqvist
F time 1:58
P partial Voskresensky
O team Edmonton
F score 5-on-3
F time 8:20
P partial Kruk
F duration 52 seconds
> The 6-foot-5 Oosterhuis was called for hooking with 4:29 to play, and Lacasse-Bélanger scored 1:42 later.
F quantity 6-foot-5
P partial Oosterhuis
F time 4:29
P partial Lacasse-Bélanger
F duration 1:42
> "We stopped chasing the game in the third," Jets coach Murray Vandal said. "Eero kept us in it in the first when we were second to every puck, and then the power play won it for us."
Q direct Murray Vandal :: "We stopped chasing the game in the third,"
O team Jets
P full Murray Vandal
Q direct Murray Vandal :: "Eero kept us in it in the first when we were second to every puck, and then the power play won it for us."
P partial Eero
> Oilers coach Patrice Ouellet said his team "stopped skating" after taking a two-goal lead. "You can't take three penalties in a period against that power play," he said.
O team Oilers
P full Patrice Ouellet
Q direct Patrice Ouellet :: "stopped skating"
F number two
Q direct Patrice Ouellet :: "You can't take three penalties in a period against that power play,"
F number three
> Winnipeg outshot Edmonton 37-32 and went 2 for 4 on the power play. The Oilers were 1 for 5. The announced crowd at Canada Life Centre was 15,225.
O team Winnipeg
O team Edmonton
F number 37-32
F number 2
F number 4
O team Oilers
F number 1
F number 5
L facility Canada Life Centre
F number 15,225
> NOTES: Mäkelä-Koski improved to 21-9-3. ... Lindqvist has 11 points in his last six games. ... Kewageshig is the fourth Jets rookie to score this season.
P partial Mäkelä-Koski
F score 21-9-3
P partial Lindqvist
F number 11
F number six
P partial Kewageshig
O team Jets
> UP NEXT
> Oilers: At Minnesota on Monday.
O team Oilers
O team Minnesota
> Jets: Host Chicago on Tuesday.
O team Jets
O team Chicago
> This report by The Canadian Press was first published Jan. 26, 2036.
O media The Canadian Press
F date Jan. 26, 2036
'''

ARTICLES['246-lanternfall-presidents-day-box-office'] = r'''
> Entertainment
> ‘Lanternfall’ lights up Presidents Day weekend with $72.8 million debut
Q scare - :: ‘Lanternfall’
F money $72.8 million
> By MAREN OKAFOR-LUND
P full MAREN OKAFOR-LUND
> AP Film Writer
O media AP
> Updated 2:41 PM EST, February 17, 2036
F time 2:41 PM EST
F date February 17, 2036
> This image released by Warner Bros. Pictures shows Marisol de la Vega in a scene from “Lanternfall.” (Warner Bros. Pictures via AP)
O company Warner Bros. Pictures
P full Marisol de la Vega
Q scare - :: “Lanternfall.”
O company Warner Bros. Pictures
O media AP
> NEW YORK (AP) — Ingrid Solveig Haraldsen’s fantasy epic “Lanternfall” opened with $61.4 million in U.S. and Canadian theaters over the weekend and an estimated $72.8 million through Presidents Day on Monday, according to studio estimates Sunday, giving Warner Bros. its biggest February debut in more than a decade.
L city NEW YORK
O media AP
P full Ingrid Solveig Haraldsen
Q scare - :: “Lanternfall”
F money $61.4 million
L country U.S.
F money $72.8 million
O company Warner Bros.
> The $185 million production, adapted from the first book in Helene Vasstrand’s young-adult trilogy, also earned $88.5 million from 71 international markets for a global launch of $161.3 million. Imax screens accounted for $12.9 million of the domestic total, or 21%.
F money $185 million
P full Helene Vasstrand
F money $88.5 million
F number 71
F money $161.3 million
O company Imax
F money $12.9 million
F percent 21%
> “We always believed audiences were hungry for a big world they could get lost in, and this weekend they showed up from every quadrant,” said Dolores Ashcombe-Reyes, president of domestic distribution for Warner Bros.
Q direct Dolores Ashcombe-Reyes :: “We always believed audiences were hungry for a big world they could get lost in, and this weekend they showed up from every quadrant,”
P full Dolores Ashcombe-Reyes
O company Warner Bros.
> Audiences gave the film an A- CinemaScore, and 54% of ticket buyers were women, according to exit polls by Screen Engine/ASI. De la Vega, 27, plays a lighthouse keeper’s daughter who can walk into other people’s memories, opposite the Afrobeats singer Lumidé in her first film role.
O company CinemaScore
F percent 54%
O company Screen Engine/ASI
P partial De la Vega
F age 27
P partial Lumidé
> Last weekend’s top film, Sony Pictures’ World War II drama “Fort Ambrose,” slipped to second with $19.7 million over three days, a 52% drop. Its domestic total stands at $63.2 million.
O company Sony Pictures
Q scare - :: “Fort Ambrose,”
F money $19.7 million
F duration three days
F percent 52%
F money $63.2 million
> Neon’s horror film “Hush Hollow,” made for less than $4 million by first-time director Dashiell Okoro-Brandt, took third with $11.2 million from 2,480 locations. The film is rated PG-13 and runs 88 minutes.
O company Neon
Q scare - :: “Hush Hollow,”
F money $4 million
P full Dashiell Okoro-Brandt
F money $11.2 million
F number 2,480
F duration 88 minutes
> Disney and Pixar’s “Pip and the Paper Moon” added $9.6 million in its fifth weekend for a domestic total of $231.5 million, while A24’s coming-of-age comedy “Everything Is Fine in Dayton” expanded to 1,905 theaters and made $6.3 million.
O company Disney
O company Pixar
Q scare - :: “Pip and the Paper Moon”
F money $9.6 million
F money $231.5 million
O company A24
Q scare - :: “Everything Is Fine in Dayton”
F number 1,905
F money $6.3 million
> “February has been a graveyard for new releases for years, and this felt like a summer weekend,” said Ravi Menon-Hartley, senior media analyst for the data firm Comscore. “The top 10 films made more than $130 million over three days. That’s 40% ahead of the same weekend last year.”
Q direct Ravi Menon-Hartley :: “February has been a graveyard for new releases for years, and this felt like a summer weekend,”
P full Ravi Menon-Hartley
O company Comscore
Q direct Ravi Menon-Hartley :: “The top 10 films made more than $130 million over three days. That’s 40% ahead of the same weekend last year.”
F number 10
F money $130 million
F duration three days
F percent 40%
> “Lanternfall” opened strongest overseas in China, with $21.4 million, followed by the U.K. at $9.1 million and Mexico at $7.7 million.
Q scare - :: “Lanternfall”
L country China
F money $21.4 million
L country U.K.
F money $9.1 million
L country Mexico
F money $7.7 million
> At the film’s premiere at the TCL Chinese Theatre in Los Angeles on Feb. 9, Haraldsen said she had fought to shoot on location in Norway’s Lofoten Islands rather than on soundstages. “Every actor in this film was cold for four months,” she said. “You can see it in their faces, and I think audiences can feel it.”
L facility TCL Chinese Theatre
L city Los Angeles
F date Feb. 9
P partial Haraldsen
L country Norway
L geo Lofoten Islands
Q direct Ingrid Solveig Haraldsen :: “Every actor in this film was cold for four months,”
F duration four months
Q direct Ingrid Solveig Haraldsen :: “You can see it in their faces, and I think audiences can feel it.”
> Through Sunday, the domestic box office for the year stands at $1.04 billion, up 11.6% from the same point in 2035, according to Comscore.
F money $1.04 billion
F percent 11.6%
F date 2035
O company Comscore
> Estimated ticket sales for Friday through Monday at U.S. and Canadian theaters, according to Comscore. Final domestic figures will be released Tuesday.
L country U.S.
O company Comscore
> 1. “Lanternfall,” $72.8 million.
Q scare - :: “Lanternfall,”
F money $72.8 million
> 2. “Fort Ambrose,” $23.9 million.
Q scare - :: “Fort Ambrose,”
F money $23.9 million
> 3. “Hush Hollow,” $13.4 million.
Q scare - :: “Hush Hollow,”
F money $13.4 million
> 4. “Pip and the Paper Moon,” $12.5 million.
Q scare - :: “Pip and the Paper Moon,”
F money $12.5 million
> 5. “Everything Is Fine in Dayton,” $7.6 million.
Q scare - :: “Everything Is Fine in Dayton,”
F money $7.6 million
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
