#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval11 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval11/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['101-alberta-northreach-equity-deal'] = r'''
> Politics
> Alberta backs First Nation’s $1.2-billion bid to buy into Northreach gas pipeline
L region Alberta
F money $1.2-billion
O company Northreach
> The province will guarantee up to 80 per cent of the financing, but the NDP says the public is carrying the risk
F percent 80 per cent
O party NDP
> MARC THIBODEAU
P full MARC THIBODEAU
> EDMONTON
L city EDMONTON
> PUBLISHED JUNE 8, 2027
F date JUNE 8, 2027
> Chief Lorraine Cardinal of the Kinosew Lake First Nation and Energy Minister Trevor Haldane sign the agreement at the Alberta Legislature Building in Edmonton on Tuesday. JASON FRANCHUK/THE GLOBE AND MAIL
P full Lorraine Cardinal
O government Kinosew Lake First Nation
P full Trevor Haldane
L facility Alberta Legislature Building
L city Edmonton
P full JASON FRANCHUK
O media THE GLOBE AND MAIL
> The Alberta government will guarantee up to $960-million in loans to help the Kinosew Lake First Nation buy a 30-per-cent stake in a natural gas pipeline being built across the province’s northwest, a deal the province says is the largest Indigenous equity purchase in its history.
L region Alberta
F money $960-million
O government Kinosew Lake First Nation
F percent 30-per-cent
> Under the agreement, signed Tuesday at the legislature, the First Nation will pay $1.2-billion for its share of Northreach Pipelines Ltd.’s 410-kilometre line, which is to carry gas from the Montney formation near the B.C. boundary to a processing hub at Fox Creek. The Alberta Indigenous Opportunities Corporation (AIOC), a Crown corporation, will guarantee 80 per cent of the financing. The rest is backed by the band’s own trust fund and by Ottawa.
F money $1.2-billion
O company Northreach Pipelines Ltd.
F quantity 410-kilometre
L geo Montney
L region B.C.
L city Fox Creek
O government Alberta Indigenous Opportunities Corporation
O government AIOC
F percent 80 per cent
L city Ottawa
> “This is ownership, not consultation,” Chief Cardinal told reporters. “For 60 years, pipelines have crossed our traplines and the cheques have gone somewhere else. Our grandchildren will read the annual report.”
Q direct Lorraine Cardinal :: “This is ownership, not consultation,”
P partial Cardinal
Q direct Lorraine Cardinal :: “For 60 years, pipelines have crossed our traplines and the cheques have gone somewhere else. Our grandchildren will read the annual report.”
F duration 60 years
> The band, whose reserve at Kinosew Lake is home to about 2,300 people, 90 kilometres north of Grande Prairie, expects to receive $38-million to $45-million a year in distributions once gas begins to flow in 2030.
L city Kinosew Lake
F number 2,300
F quantity 90 kilometres
L city Grande Prairie
F money $38-million
F money $45-million
F date 2030
> Energy Minister Trevor Haldane, 51, said the guarantee would cost taxpayers nothing unless the band defaulted, which he called “a very remote scenario.” He said the province had set aside $12.5-million as a loan-loss provision, in line with the AIOC’s six earlier deals.
P full Trevor Haldane
F age 51
Q direct Trevor Haldane :: “a very remote scenario.”
F money $12.5-million
O government AIOC
F number six
> “We have done this six times now, and not one of those loans has missed a payment,” Mr. Haldane said.
Q direct Trevor Haldane :: “We have done this six times now, and not one of those loans has missed a payment,”
F number six
P partial Haldane
> The Opposition NDP was not persuaded. Its energy critic, Priya Sandhu, said Albertans were being asked to carry “all of the downside” of a project whose private partner has not disclosed how it will finance its own 70-per-cent share.
O party NDP
P full Priya Sandhu
Q direct Priya Sandhu :: “all of the downside”
F percent 70-per-cent
> “If this line is such a sure thing, why does Northreach need the public’s credit card?” Ms. Sandhu asked in question period. She said the United Conservative Party (UCP) government had “learned nothing” from the province’s $1.5-billion bet in 2020 on a cross-border oil pipeline that was cancelled the following year.
Q direct Priya Sandhu :: “If this line is such a sure thing, why does Northreach need the public’s credit card?”
O company Northreach
P partial Sandhu
O party United Conservative Party
O party UCP
Q direct Priya Sandhu :: “learned nothing”
F money $1.5-billion
F date 2020
> The UCP has made Indigenous ownership a centrepiece of its energy policy since the AIOC was created in 2019. Ottawa followed in 2024 with the Canada Indigenous Loan Guarantee Corporation, which will guarantee $150-million of the band’s share.
O party UCP
O government AIOC
F date 2019
L city Ottawa
F date 2024
O government Canada Indigenous Loan Guarantee Corporation
F money $150-million
> Northreach, a privately held company based in Calgary, said in a statement that Kinosew Lake would hold two of the nine seats on the board of the pipeline’s operating partnership. “Kinosew Lake will be a partner at the table, not a name on a sign,” it said.
O company Northreach
L city Calgary
O government Kinosew Lake
F number two
F number nine
Q direct Northreach Pipelines Ltd. :: “Kinosew Lake will be a partner at the table, not a name on a sign,”
O government Kinosew Lake
> Construction is due to start in the spring of 2028 and employ up to 1,800 workers at its peak, the company said. The line’s capacity of 1.1 billion cubic feet per day has been booked under 15-year contracts by three producers, which it did not name.
F date 2028
F number 1,800
F quantity 1.1 billion cubic feet per day
F duration 15-year
F number three
> Not everyone is convinced. At a community meeting in April, about 40 members signed a letter asking for a referendum, and a band councillor, Wesley Auger, resigned over what he called a “rushed” process.
F number 40
P full Wesley Auger
Q direct Wesley Auger :: “rushed”
> Ms. Cardinal, who was first elected chief in 2019 at the age of 34, said the council had spent 18 months studying the deal with advisers from the University of Alberta and a Vancouver law firm.
P partial Cardinal
F date 2019
F age 34
F duration 18 months
O education University of Alberta
L city Vancouver
> “Our elders asked the hard questions, and they should have,” she said. “But they also remember when this land was surveyed by people who never asked us anything.
Q direct Lorraine Cardinal :: “Our elders asked the hard questions, and they should have,”
Q direct Lorraine Cardinal :: “But they also remember when this land was surveyed by people who never asked us anything.
> “This time, we were in the room.”
Q direct Lorraine Cardinal :: “This time, we were in the room.”
'''

ARTICLES['102-lions-bears-nfc-north'] = r'''
> Whitcombe throws 3 TD passes, Lions hold off Bears 27-24 to clinch NFC North
P partial Whitcombe
F number 3
O team Lions
O team Bears
F score 27-24
O other NFC North
> Detroit Lions quarterback Jalen Whitcombe (9) throws against the Chicago Bears during the first half of an NFL football game, Sunday, Dec. 19, 2027, in Chicago. (AP Photo/Teresa Kowalczyk)
O team Detroit Lions
P full Jalen Whitcombe
O team Chicago Bears
O other NFL
F date Dec. 19, 2027
L city Chicago
O media AP
P full Teresa Kowalczyk
> By GRANT OSTROWSKI
P full GRANT OSTROWSKI
> AP Sports Writer
O media AP
> CHICAGO (AP) — Jalen Whitcombe threw three touchdown passes, Eli Brandvold kicked a 47-yard field goal with 1:52 left, and the Detroit Lions held off the Chicago Bears 27-24 on Sunday to clinch the NFC North for the third time in four seasons.
L city CHICAGO
O media AP
P full Jalen Whitcombe
F number three
P full Eli Brandvold
F quantity 47-yard
F time 1:52
O team Detroit Lions
O team Chicago Bears
F score 27-24
O other NFC North
F number four
> Whitcombe finished 24 of 33 for 281 yards without an interception as the Lions (12-4) won their fifth straight game and moved within a game of Philadelphia for the top seed in the NFC. Chicago (7-9) was eliminated from playoff contention.
P partial Whitcombe
F number 24
F number 33
F quantity 281 yards
O team Lions
F score 12-4
O team Philadelphia
O other NFC
O team Chicago
F score 7-9
> Cole Ramsdell threw for 302 yards and two touchdowns for the Bears, but he was sacked five times and threw an interception late in the third quarter that Detroit safety Kendrick Vail returned 38 yards. Three plays later, Whitcombe flipped a 4-yard scoring pass to tight end Sam Oduya to make it 24-10.
P full Cole Ramsdell
F quantity 302 yards
F number two
O team Bears
F number five
O team Detroit
P full Kendrick Vail
F quantity 38 yards
F number Three
P partial Whitcombe
F quantity 4-yard
P full Sam Oduya
F score 24-10
> Chicago answered with touchdowns on consecutive drives. Ramsdell found Omar Featherstone for 31 yards early in the fourth quarter, then tied it at 24 on a 9-yard pass to Featherstone with 4:10 remaining, capping a 12-play, 75-yard drive.
O team Chicago
P partial Ramsdell
P full Omar Featherstone
F quantity 31 yards
F score 24
F quantity 9-yard
P partial Featherstone
F time 4:10
F number 12
F quantity 75-yard
> Whitcombe then drove the Lions 51 yards in nine plays, converting on fourth down with a 6-yard throw to Marcus Delahaye near midfield, and Brandvold did the rest.
P partial Whitcombe
O team Lions
F quantity 51 yards
F number nine
F quantity 6-yard
P full Marcus Delahaye
P partial Brandvold
> Brandvold, a 23-year-old rookie from Norway who played soccer in Rosenborg’s academy until he was 17, split the uprights from 47 yards into a swirling wind off Lake Michigan.
P partial Brandvold
F age 23-year-old
L country Norway
O team Rosenborg
F age 17
F quantity 47 yards
L geo Lake Michigan
> “My dad asked me this morning if I was nervous,” Brandvold said. “I told him it’s just a kick. Same ball, same posts. The wind, that’s a little different.”
Q direct Eli Brandvold :: “My dad asked me this morning if I was nervous,”
P partial Brandvold
Q direct Eli Brandvold :: “I told him it’s just a kick. Same ball, same posts. The wind, that’s a little different.”
> Chicago got the ball back with 1:47 left, and Ramsdell moved the Bears into Detroit territory before his fourth-down throw to Featherstone fell incomplete with 28 seconds to play.
O team Chicago
F time 1:47
P partial Ramsdell
O team Bears
O team Detroit
P partial Featherstone
F duration 28 seconds
> “We had them where we wanted them,” Bears coach Ray Dunleavy said. “Cole made some big-time throws today. We just didn’t make the last one.”
Q direct Ray Dunleavy :: “We had them where we wanted them,”
O team Bears
P full Ray Dunleavy
Q direct Ray Dunleavy :: “Cole made some big-time throws today. We just didn’t make the last one.”
P partial Cole
> Whitcombe, 26, was sacked only once and spread the ball to eight receivers. He hit Delahaye for a 22-yard touchdown in the first quarter and found rookie Isaiah Crowther from 3 yards out just before halftime for a 14-10 lead.
P partial Whitcombe
F age 26
F number eight
P partial Delahaye
F quantity 22-yard
P full Isaiah Crowther
F quantity 3 yards
F score 14-10
> Lions coach Harlan Pettigrew said he never considered going for it on fourth down instead of kicking.
O team Lions
P full Harlan Pettigrew
> “Not with that kid,” he said. “Eli has made 31 of 33 this season. I’d have sent him out there from 55.”
Q direct Harlan Pettigrew :: “Not with that kid,”
Q direct Harlan Pettigrew :: “Eli has made 31 of 33 this season. I’d have sent him out there from 55.”
P partial Eli
F number 31
F number 33
F number 55
> The game-time temperature at Soldier Field was 19 degrees, with gusts of up to 30 mph, before a crowd of 61,842.
L facility Soldier Field
F quantity 19 degrees
F quantity 30 mph
F number 61,842
> INJURIES
> Bears: RB Desmond Pryor left in the second quarter with an ankle injury and will have an MRI on Monday. He had 61 yards on 11 carries, including a 14-yard touchdown run.
O team Bears
P full Desmond Pryor
F quantity 61 yards
F number 11
F quantity 14-yard
> UP NEXT
> Lions: Host the Green Bay Packers on Jan. 2.
O team Lions
O team Green Bay Packers
F date Jan. 2
> Bears: Visit Minnesota on Jan. 2.
O team Bears
O team Minnesota
F date Jan. 2
'''

ARTICLES['103-loc-thinh-bond-buyback'] = r'''
> Vietnam fines developer Loc Thinh Land, orders $310 million bond buyback
L country Vietnam
O company Loc Thinh Land
F money $310 million
> By Nguyen Phuong Linh and Callum Rees
P full Nguyen Phuong Linh
P full Callum Rees
> August 17, 2027 11:02 AM GMT+7
F date August 17, 2027
F time 11:02 AM GMT+7
> HANOI, Aug 17 (Reuters) - Vietnam's securities regulator on Tuesday fined property developer Loc Thinh Land Corp 1.45 billion dong ($57,650) and ordered it to buy back 7.8 trillion dong ($310 million) of bonds from individual investors within 90 days, after finding it had diverted bond proceeds to unrelated projects.
L city HANOI
F date Aug 17
O media Reuters
L country Vietnam
O company Loc Thinh Land Corp
F money 1.45 billion dong
F money $57,650
F money 7.8 trillion dong
F money $310 million
F duration 90 days
> The State Securities Commission (SSC) said in a statement that the Ho Chi Minh City-based company had used about 2.1 trillion dong raised in a 2024 bond sale to repay loans of affiliated firms and to buy land in Tay Ninh province, "in violation of the stated purpose of the issuance."
O government State Securities Commission
O government SSC
L city Ho Chi Minh City
F money 2.1 trillion dong
F date 2024
L region Tay Ninh
Q direct State Securities Commission :: "in violation of the stated purpose of the issuance."
> The regulator also barred Loc Thinh's chairman, Pham Duc Vinh, 49, from serving as an executive of any listed company for 12 months. Vinh could not be reached for comment.
O company Loc Thinh
P full Pham Duc Vinh
F age 49
F duration 12 months
P partial Vinh
> Shares of Loc Thinh fell by the daily limit of 7% to 11,250 dong on the Ho Chi Minh Stock Exchange (HOSE) by 0330 GMT, while the benchmark VN Index was up 0.4%.
O company Loc Thinh
F percent 7%
F money 11,250 dong
O company Ho Chi Minh Stock Exchange
O company HOSE
F time 0330 GMT
F percent 0.4%
> In a filing to the exchange, Loc Thinh said it "respects the decision" and would submit a buyback plan within 30 days. It said the land purchases were "a legitimate part of our long-term strategy" and that its 120-hectare township project in Dong Nai province was 60% complete.
O company Loc Thinh
Q direct Loc Thinh Land Corp :: "respects the decision"
F duration 30 days
Q direct Loc Thinh Land Corp :: "a legitimate part of our long-term strategy"
F quantity 120-hectare
L region Dong Nai
F percent 60%
> The buyback order is the largest under Decree 65, the 2022 rules that tightened private bond sales after a wave of defaults, and the first since Vietnam's National Assembly revised the Securities Law last year.
F date 2022
L country Vietnam
O government National Assembly
> Vietnam's corporate bond market froze in late 2022 after police arrested executives of several large developers, including Van Thinh Phat Group, whose chairwoman was later sentenced to death for fraud. Issuance has since recovered, but property firms still owe about 240 trillion dong in bonds maturing in 2027 and 2028, according to estimates by Saigon Meridian Securities.
L country Vietnam
F date 2022
O company Van Thinh Phat Group
F money 240 trillion dong
F date 2027
F date 2028
O company Saigon Meridian Securities
> About 3,400 individual investors hold the Loc Thinh bonds, which carry an 11.5% coupon and were due in 2026 and 2027, the SSC said. Many bought them at the counters of commercial banks, a practice regulators have since restricted.
F number 3,400
O company Loc Thinh
F percent 11.5%
F date 2026
F date 2027
O government SSC
> "People put their savings into these bonds because they trusted the bank counter," said Tran Thi Mai Anh, 58, a retired teacher in Bien Hoa who holds 400 million dong of Loc Thinh paper. "Ninety days is a long time when you have been waiting two years already."
Q direct Tran Thi Mai Anh :: "People put their savings into these bonds because they trusted the bank counter,"
P full Tran Thi Mai Anh
F age 58
L city Bien Hoa
F money 400 million dong
O company Loc Thinh
Q direct Tran Thi Mai Anh :: "Ninety days is a long time when you have been waiting two years already."
F duration Ninety days
F duration two years
> An SSC official, who asked not to be named because he was not authorised to speak to the media, said the regulator was reviewing bond sales by "five or six" other developers.
O government SSC
Q direct - :: "five or six"
F number five
F number six
> Do Thanh Huyen, head of research at Saigon Meridian Securities, said the order showed that regulators would hold issuers, not just the banks that sold their bonds, responsible.
P full Do Thanh Huyen
O company Saigon Meridian Securities
> "The message is that the bond market is open again, but the rules now have teeth," Huyen said. She estimated that Loc Thinh had only 1.9 trillion dong in cash at the end of June and might have to sell stakes in projects to investors from Singapore, Japan or South Korea to fund the buyback.
Q direct Do Thanh Huyen :: "The message is that the bond market is open again, but the rules now have teeth,"
P partial Huyen
O company Loc Thinh
F money 1.9 trillion dong
L country Singapore
L country Japan
L country South Korea
> ($1 = 25,150 dong)
F money $1
F money 25,150 dong
> (Reporting by Nguyen Phuong Linh in Hanoi and Callum Rees in Ho Chi Minh City; Editing by Harriet Somerton)
P full Nguyen Phuong Linh
L city Hanoi
P full Callum Rees
L city Ho Chi Minh City
P full Harriet Somerton
'''

ARTICLES['104-meridale-ransomware-breach'] = r'''
> Technology
> Hackers stole data on 2.3 million people in Meridale Freight breach, company says
F number 2.3 million
O company Meridale Freight
> By Rhiannon Castell
P full Rhiannon Castell
> November 4, 2027 6:58 PM EDT
F date November 4, 2027
F time 6:58 PM EDT
> Nov 4 (Reuters) - Meridale Freight Systems Inc, a Memphis, Tennessee-based freight broker, said on Thursday that hackers had stolen the names, addresses and Social Security numbers of about 2.3 million truck drivers, shippers and employees in a ransomware attack last month, one of the largest breaches of the year in the U.S. logistics industry.
F date Nov 4
O media Reuters
O company Meridale Freight Systems Inc
L city Memphis
L region Tennessee
F number 2.3 million
L country U.S.
> In a filing with the U.S. Securities and Exchange Commission, the company said the attackers first got in on Oct 11 through a previously unknown flaw in TransitGate, a file-transfer product made by Oaklen Software, and copied about 1.6 terabytes of data before encrypting its systems on Oct 19.
O government U.S. Securities and Exchange Commission
F date Oct 11
O company Oaklen Software
F quantity 1.6 terabytes
F date Oct 19
> Meridale said the attack had not had a "material impact" on its operations, although it disrupted load bookings for nearly a week. Its shares fell 6.2% to $31.40 on the Nasdaq after the filing.
O company Meridale
Q direct Meridale Freight Systems Inc :: "material impact"
F percent 6.2%
F money $31.40
O company Nasdaq
> A group calling itself Hollow Ember claimed the attack on its leak site on Oct 27, posting samples of driver's licences and payroll records and demanding $8 million. The post said Meridale had "72 hours to do the right thing."
O other Hollow Ember
F date Oct 27
F money $8 million
O company Meridale
Q direct Hollow Ember :: "72 hours to do the right thing."
F duration 72 hours
> A Meridale spokesperson said the company had not paid a ransom. "We are notifying every affected person directly and offering two years of free credit monitoring," the spokesperson said in an email.
O company Meridale
Q direct - :: "We are notifying every affected person directly and offering two years of free credit monitoring,"
F duration two years
> Vellum Security, a Boston-based incident response firm hired by Meridale, said in a report on Thursday that the same flaw had been used to break into at least 14 other companies since September. The flaw, tracked as CVE-2027-41877, carries a severity score of 9.8 out of 10.
O company Vellum Security
L city Boston
O company Meridale
F number 14
F number 9.8
F number 10
> According to Vellum, the attackers triggered the encryption at 2:40 a.m. Central time, when only two people were on duty in Meridale's network operations center.
O company Vellum
F time 2:40 a.m.
F number two
O company Meridale
> "This wasn't a smash-and-grab," said Anjali Raghunathan, Vellum's head of threat intelligence. "They sat inside the network for eight days, mapped the backups, and only then pulled the trigger.
Q direct Anjali Raghunathan :: "This wasn't a smash-and-grab,"
P full Anjali Raghunathan
O company Vellum
Q direct Anjali Raghunathan :: "They sat inside the network for eight days, mapped the backups, and only then pulled the trigger.
F duration eight days
> "Companies still think of ransomware as an outage problem. It's a data problem first."
Q direct Anjali Raghunathan :: "Companies still think of ransomware as an outage problem. It's a data problem first."
> Hollow Ember, which researchers believe operates from Russia or another former Soviet state, uses a so-called "double extortion" model: it encrypts files and also threatens to publish what it has stolen. Vellum has linked it to 31 attacks this year, including one on a Dutch port operator and one on a hospital chain in Ohio.
O other Hollow Ember
L country Russia
Q scare - :: "double extortion"
O company Vellum
F number 31
L region Ohio
> Oaklen Software, based in Raleigh, North Carolina, released a patch on Oct 30. In a statement, it said it had "no evidence" that its own systems were compromised and urged customers to update "immediately."
O company Oaklen Software
L city Raleigh
L region North Carolina
F date Oct 30
Q direct Oaklen Software :: "no evidence"
Q direct Oaklen Software :: "immediately."
> The U.S. Cybersecurity and Infrastructure Security Agency (CISA) added the flaw to its catalog of known exploited vulnerabilities on Nov 1 and gave federal civilian agencies 21 days to patch it. The FBI is investigating, according to two people familiar with the matter. The FBI declined to comment.
O government U.S. Cybersecurity and Infrastructure Security Agency
O government CISA
F date Nov 1
F duration 21 days
O government FBI
F number two
O government FBI
> Meridale, which went public in 2019 and employs about 4,100 people, arranges loads for more than 30,000 trucking companies, most of them owner-operators with fewer than five trucks.
O company Meridale
F date 2019
F number 4,100
F number 30,000
F number five
> Dale Kostecki, 61, who hauls refrigerated freight out of Joplin, Missouri, said he learned about the breach from a Facebook group for truckers before Meridale told him anything. "My license number, my bank account, my kids' names as beneficiaries. All of it," he said.
P full Dale Kostecki
F age 61
L city Joplin
L region Missouri
O company Facebook
O company Meridale
Q direct Dale Kostecki :: "My license number, my bank account, my kids' names as beneficiaries. All of it,"
> The company expects the incident to cost $14 million to $18 million in the fourth quarter, partly offset by insurance.
F money $14 million
F money $18 million
> (Reporting by Rhiannon Castell in Chicago and Tomasz Wierzbicki in Gdansk; Editing by Marguerite Bello)
P full Rhiannon Castell
L city Chicago
P full Tomasz Wierzbicki
L city Gdansk
P full Marguerite Bello
'''

ARTICLES['105-hodeidah-cholera-rations'] = r'''
> Middle East
L region Middle East
> UN warns of cholera surge in Yemen's Hodeidah as WFP halves rations
O intergovernmental UN
L country Yemen
L region Hodeidah
O intergovernmental WFP
> ![A health worker treats a child at a cholera treatment centre in Hodeidah, Yemen, on April 12, 2027. [Saeed Bahran/Reuters]](/images/2027/04/14/yemen-cholera-2.jpg)
L city Hodeidah
L country Yemen
F date April 12, 2027
P full Saeed Bahran
O media Reuters
> By Lina Haddad and Pierre-Yves Morel
P full Lina Haddad
P full Pierre-Yves Morel
> GENEVA/ADEN, April 14 (Reuters) - Suspected cholera cases in Yemen's Hodeidah governorate have nearly tripled since February, United Nations agencies said on Wednesday, as the World Food Programme (WFP) cut rations for 3.2 million people in the area to half of a standard food basket because of a funding shortfall.
L city GENEVA
L city ADEN
F date April 14
O media Reuters
L country Yemen
L region Hodeidah
O intergovernmental United Nations
O intergovernmental World Food Programme
O intergovernmental WFP
F number 3.2 million
F fraction half
> The UN Office for the Coordination of Humanitarian Affairs (OCHA) said health workers had recorded 34,180 suspected cases and 212 deaths in the governorate since Jan. 1. More than a third of the patients were children under five, it said.
O intergovernmental UN Office for the Coordination of Humanitarian Affairs
O intergovernmental OCHA
F number 34,180
F number 212
F date Jan. 1
F fraction a third
F age five
> "We are watching the same pattern as 2017, and we know how that ended," OCHA spokesperson Clarisse Ndayishimiye told reporters in Geneva, referring to an outbreak that infected more than 1 million people in Yemen over two years.
Q direct Clarisse Ndayishimiye :: "We are watching the same pattern as 2017, and we know how that ended,"
F date 2017
O intergovernmental OCHA
P full Clarisse Ndayishimiye
L city Geneva
F number 1 million
L country Yemen
F duration two years
> The WFP said its 2027 plan for Yemen, which needs $2.05 billion, was 14% funded at the end of March. Donor cuts since 2025, led by the United States, long the agency's largest donor in the country, have forced it to reduce aid everywhere it works.
O intergovernmental WFP
F date 2027
L country Yemen
F money $2.05 billion
F percent 14%
F date 2025
L country United States
> "We are being forced to choose between the hungry and the starving," said Henrik Solvang, the WFP's country director for Yemen, speaking from Aden. "A family of seven now gets 25 kilograms of flour a month instead of 50 kilograms.
Q direct Henrik Solvang :: "We are being forced to choose between the hungry and the starving,"
P full Henrik Solvang
O intergovernmental WFP
L country Yemen
L city Aden
Q direct Henrik Solvang :: "A family of seven now gets 25 kilograms of flour a month instead of 50 kilograms.
F number seven
F quantity 25 kilograms
F quantity 50 kilograms
> "That flour has to last 30 days. It lasts 12, maybe 15."
Q direct Henrik Solvang :: "That flour has to last 30 days. It lasts 12, maybe 15."
F duration 30 days
F number 12
F number 15
> Under a so-called "prioritisation" model, full rations now go only to the roughly 1.1 million people whose hunger is classed as Phase 4, or "emergency," on the Integrated Food Security Phase Classification (IPC) scale.
Q scare - :: "prioritisation"
F number 1.1 million
Q scare - :: "emergency,"
> In Zabid, a town about 95 kilometres south of Hodeidah city, Médecins Sans Frontières (MSF) said its cholera treatment centre was admitting 150 to 180 patients a day, up from about 40 in February, and had put up tents in the car park to take the overflow.
L city Zabid
F quantity 95 kilometres
L city Hodeidah
O nonprofit Médecins Sans Frontières
O nonprofit MSF
F number 150
F number 180
F number 40
> "We had 60 beds. Today we have 140 patients," said Lucía Ferrer, MSF's project coordinator in Zabid. She said temperatures inside the tents reached 41 degrees Celsius in the afternoon.
Q direct Lucía Ferrer :: "We had 60 beds. Today we have 140 patients,"
F number 60
F number 140
P full Lucía Ferrer
O nonprofit MSF
L city Zabid
F quantity 41 degrees Celsius
> The outbreak is worst along the Red Sea coast, where the port of Hodeidah handles about 70% of Yemen's imports. Most of the governorate is held by the Iran-aligned Houthis, who have controlled the capital, Sanaa, since 2014. The internationally recognised government is based in Aden.
L geo Red Sea
L city Hodeidah
F percent 70%
L country Yemen
L country Iran
O other Houthis
L city Sanaa
F date 2014
L city Aden
> A Houthi health official in Sanaa, who declined to be named, blamed damage to water networks from years of air strikes by the Saudi-led coalition and said "the blockade" had kept chlorine tablets from reaching the port.
L city Sanaa
Q direct - :: "the blockade"
> UNICEF said it had delivered 2.4 million sachets of oral rehydration salts and 900,000 chlorine tablets to Hodeidah since March, and that a vaccination campaign for 480,000 people aged one and older would begin on April 20. The World Health Organization (WHO) said the global vaccine stockpile was "stretched thin" by outbreaks in at least 12 other countries.
O intergovernmental UNICEF
F number 2.4 million
F number 900,000
L region Hodeidah
F number 480,000
F age one
F date April 20
O intergovernmental World Health Organization
O intergovernmental WHO
Q direct World Health Organization :: "stretched thin"
F number 12
> At the Al-Thawra hospital in Hodeidah, Amal Saleh, 31, sat beside her two sons, aged 4 and 7, who had been on drips for three days.
O other Al-Thawra
L city Hodeidah
P full Amal Saleh
F age 31
F number two
F age 4
F age 7
F duration three days
> "The water truck comes once a week. When it doesn't come, we take water from the well, and we know it is dirty," she said. "What else can we do? The children are thirsty."
Q direct Amal Saleh :: "The water truck comes once a week. When it doesn't come, we take water from the well, and we know it is dirty,"
Q direct Amal Saleh :: "What else can we do? The children are thirsty."
> (Reporting by Lina Haddad in Aden and Pierre-Yves Morel in Geneva; Editing by Gareth Lindqvist)
P full Lina Haddad
L city Aden
P full Pierre-Yves Morel
L city Geneva
P full Gareth Lindqvist
'''

ARTICLES['106-kilbrackan-community-pub'] = r'''
> Rural Ireland
L country Ireland
> ‘We weren’t going to let the lights go out’: how a Clare village bought back its last pub
Q direct Nóirín Ní Bhriain :: ‘We weren’t going to let the lights go out’
L region Clare
> More than 400 people in 14 countries put up €485,000 to reopen Hehir’s in Kilbrackan, which closed in 2024 after 131 years
F number 400
F number 14
F money €485,000
L facility Hehir’s
L city Kilbrackan
F date 2024
F duration 131 years
> Kilbrackan, Co Clare: Nóirín Ní Bhriain (71) and Pádraig Considine (24) pull the first pints at Hehir’s on Friday night. Photograph: Orla Mulcahy
L city Kilbrackan
L region Co Clare
P full Nóirín Ní Bhriain
F age 71
P full Pádraig Considine
F age 24
L facility Hehir’s
P full Orla Mulcahy
> Declan Furlong
P full Declan Furlong
> Sat May 29 2027 - 06:00
F date May 29 2027
F time 06:00
> At 8pm on Friday the lights came back on in Hehir’s. For 131 years the pub on Kilbrackan’s only street was run by the same family, and for more than three years since it closed in March 2024 the village on the Loop Head peninsula had no pub at all.
F time 8pm
L facility Hehir’s
F duration 131 years
L city Kilbrackan
F duration three years
F date March 2024
L geo Loop Head
> It has reopened as a co-operative owned by 412 shareholders in 14 countries, from Boston to Brisbane, who raised €485,000 between them at €100 a share. Many are emigrants, or the children of emigrants, who knew the pub as “the Embassy”. The youngest shareholder is 19. The oldest, a retired fisherman called Micheál Hehir, is 93 and the last of the family that ran it.
F number 412
F number 14
L city Boston
L city Brisbane
F money €485,000
F money €100
Q scare - :: “the Embassy”
F age 19
P full Micheál Hehir
F age 93
> “We weren’t going to let the lights go out,” said Nóirín Ní Bhriain, who chairs the Kilbrackan Community Co-operative and spent 40 years teaching in the village’s national school. “When the pub closed, the post office had already gone, and the Garda station before that. People were driving 12km to Kilkee for a funeral lunch.”
Q direct Nóirín Ní Bhriain :: “We weren’t going to let the lights go out,”
P full Nóirín Ní Bhriain
O nonprofit Kilbrackan Community Co-operative
F duration 40 years
Q direct Nóirín Ní Bhriain :: “When the pub closed, the post office had already gone, and the Garda station before that. People were driving 12km to Kilkee for a funeral lunch.”
O government Garda
F quantity 12km
L city Kilkee
> Pubs have been closing across rural Ireland for two decades. More than 1,900 closed between 2005 and 2023, according to a report for the Drinks Industry Group of Ireland (DIGI), with the steepest falls in rural counties.
L country Ireland
F duration two decades
F number 1,900
F date 2005
F date 2023
O nonprofit Drinks Industry Group of Ireland
O nonprofit DIGI
> The idea of a buyout came from Pádraig Considine, a 24-year-old software tester who moved home from Sydney in 2025 to work remotely.
P full Pádraig Considine
F age 24-year-old
L city Sydney
F date 2025
> “I put it on the village WhatsApp group on a Sunday night, expecting maybe 30 replies,” he said. “By the Tuesday, people in Boston and Perth were asking how to send money. Half of them had never set foot in Kilbrackan. Their grandparents drank here.”
Q direct Pádraig Considine :: “I put it on the village WhatsApp group on a Sunday night, expecting maybe 30 replies,”
O company WhatsApp
F number 30
Q direct Pádraig Considine :: “By the Tuesday, people in Boston and Perth were asking how to send money. Half of them had never set foot in Kilbrackan. Their grandparents drank here.”
L city Boston
L city Perth
F fraction Half
L city Kilbrackan
> After RTÉ featured the campaign in February, the co-op bought the building from the Hehir family for €310,000 and spent €175,000 on a new roof, wiring and a kitchen. Clare County Council, which contributed a €60,000 grant, said in a statement that the pub was “far more than a business”. “It is the last indoor public space in the parish,” the council said.
O media RTÉ
P partial Hehir
F money €310,000
F money €175,000
O government Clare County Council
F money €60,000
Q direct Clare County Council :: “far more than a business”
Q direct Clare County Council :: “It is the last indoor public space in the parish,”
> Not everyone was sure at first. Cllr Tom Mescall, a Fianna Fáil councillor for West Clare, said some neighbours had worried that a co-op pub would take trade from the hotels in Kilkee.
P full Tom Mescall
L region West Clare
L city Kilkee
> “I’d have bet against them, to be honest,” he said. “I was wrong, and I’ve bought two shares myself.”
Q direct Tom Mescall :: “I’d have bet against them, to be honest,”
Q direct Tom Mescall :: “I was wrong, and I’ve bought two shares myself.”
F number two
> The reopening was timed for the first night of Féile an Chuain, the village’s harbour festival, revived this year after a 19-year gap. Over three days it features currach races, a céilí and a swim across the bay, for which 86 people aged from 11 to 78 have signed up. Some shareholders flew in from the US through Shannon Airport for the weekend.
F duration 19-year
F duration three days
F number 86
F age 11
F age 78
L country US
L facility Shannon Airport
> The pub will open from 5pm to 11.30pm on weekdays, and a pint of stout costs €5.20, about 60 cent less than in Kilkee.
F time 5pm
F time 11.30pm
F money €5.20
F money 60 cent
L city Kilkee
> Micheál Hehir, who was born in the room above the bar in 1934, was driven over from his nursing home in Kilrush for the evening. He sat by the fire with a glass of whiskey he did not drink.
P full Micheál Hehir
F date 1934
L city Kilrush
> “My father would have said they were mad,” he said. “He’d also have been the first in the door.
Q direct Micheál Hehir :: “My father would have said they were mad,”
Q direct Micheál Hehir :: “He’d also have been the first in the door.
> “I’m glad I lived to see it. That’s all I’ll say, or I’ll start crying.”
Q direct Micheál Hehir :: “I’m glad I lived to see it. That’s all I’ll say, or I’ll start crying.”
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
