#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval43 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval43/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['301-greene-county-wheel-tax-jail-referendum'] = r'''
> Local News
> Greene Commissioners Send $40 Wheel Tax Hike To Voters For New Jail
L region Greene
F money $40
> Referendum set for Aug. 4 ballot; sheriff says jail held 291 inmates in 184 beds Monday
F date Aug. 4
F number 291
F number 184
> By TRAVIS OAKES
P full TRAVIS OAKES
> Staff Writer
> Jan 19, 2039 Updated 14 hrs ago
F date Jan 19, 2039
F duration 14 hrs
> Greene County Sheriff Wesley Pruitt speaks to the Greene County Commission during its meeting Tuesday night at the Greene County Courthouse Annex. Sun Photo by Lacey Holt
L region Greene County
P full Wesley Pruitt
O government Greene County Commission
L facility Greene County Courthouse Annex
O media Sun
P full Lacey Holt
> Voters in Greene County will decide in August whether to raise the county’s wheel tax by $40 a vehicle to help pay for a new jail, after the Greene County Commission voted 14-7 Tuesday night to put the question on the ballot.
L region Greene County
F money $40
O government Greene County Commission
F number 14-7
> The increase would take the annual tax on most cars and trucks registered in the county from $35 to $75 and is expected to raise about $4.1 million a year. County Mayor Donna Ricker-Lane said that would cover most of the payments on a $62 million bond for a 420-bed detention center on 38 acres the county already owns off Snapps Ferry Road.
F money $35
F money $75
F money $4.1 million
P full Donna Ricker-Lane
F money $62 million
F number 420
F quantity 38 acres
L street Snapps Ferry Road
> The question will go on the Aug. 4 county general election ballot. If voters reject it, Ricker-Lane said, the commission will have to raise the money through the property tax instead.
F date Aug. 4
P partial Ricker-Lane
> “One way or another, this jail is getting built,” she said. “The only question left is who pays for it: the people who drive on our roads, or the people who own a house.”
Q direct Donna Ricker-Lane :: “One way or another, this jail is getting built,”
Q direct Donna Ricker-Lane :: “The only question left is who pays for it: the people who drive on our roads, or the people who own a house.”
> Sheriff Wesley Pruitt told commissioners that the jail on West Depot Street, which opened in 1986 with 184 beds, held 291 inmates on Monday. Some were sleeping on mattresses in the gymnasium, he said, and the county is paying Hamblen and Washington counties $48 a day each to house 37 more.
P full Wesley Pruitt
L street West Depot Street
F date 1986
F number 184
F number 291
L region Hamblen
L region Washington
F money $48
F number 37
> The Tennessee Corrections Institute (TCI), which inspects county jails, withheld the jail’s certification in October for the second year in a row. A letter from TCI, read aloud at the meeting, cited “a chronic lack of housing space and staff” and warned that the county’s “continued failure to address overcrowding” exposed it to lawsuits.
O government Tennessee Corrections Institute
O government TCI
O government TCI
Q direct Tennessee Corrections Institute :: “a chronic lack of housing space and staff”
Q direct Tennessee Corrections Institute :: “continued failure to address overcrowding”
> “We are one bad night away from somebody getting killed in there,” Pruitt said. “I have 11 officers on a shift watching 291 people. The state says I need 19.
Q direct Wesley Pruitt :: “We are one bad night away from somebody getting killed in there,”
F number one
P partial Pruitt
Q direct Wesley Pruitt :: “I have 11 officers on a shift watching 291 people. The state says I need 19.
F number 11
F number 291
F number 19
> “I’m not asking for a palace. I’m asking for a building where my officers can see every cell from where they sit.”
Q direct Wesley Pruitt :: “I’m not asking for a palace. I’m asking for a building where my officers can see every cell from where they sit.”
> Commissioner Harold “Buck” Gentry of the 7th District, who made the motion, said a public vote was the fairest way to settle the question.
P full Harold “Buck” Gentry
Q scare - :: “Buck”
L region 7th District
> “People in Mosheim and Chuckey tell me the same thing the folks in Greeneville do,” Gentry said. “They don’t mind paying for a jail. They just want to be asked first.”
Q direct Harold “Buck” Gentry :: “People in Mosheim and Chuckey tell me the same thing the folks in Greeneville do,”
L city Mosheim
L city Chuckey
L city Greeneville
P partial Gentry
Q direct Harold “Buck” Gentry :: “They don’t mind paying for a jail. They just want to be asked first.”
> Commissioners who voted against the measure said the wheel tax falls hardest on rural families with several vehicles. Marla Fincher, a 2nd District commissioner from Limestone, said her household alone would pay an extra $200 a year.
P full Marla Fincher
L region 2nd District
L city Limestone
F money $200
> “We’ve got a farm truck, two pickups, my car and my son’s car. That’s five tags,” Fincher said. “Forty dollars doesn’t sound like much until you multiply it.”
Q direct Marla Fincher :: “We’ve got a farm truck, two pickups, my car and my son’s car. That’s five tags,”
F number two
F number five
P partial Fincher
Q direct Marla Fincher :: “Forty dollars doesn’t sound like much until you multiply it.”
F money Forty dollars
> She proposed instead a 12-cent increase in the property tax rate, which finance director Neil Ambrose estimated would raise $3.3 million. Her amendment failed 6-15.
F money 12-cent
P full Neil Ambrose
F money $3.3 million
F number 6-15
> Greene County’s property tax rate of $2.19 per $100 of assessed value is among the lowest of Tennessee’s 95 counties, according to the state Comptroller of the Treasury.
L region Greene County
F money $2.19
F money $100
L region Tennessee
F number 95
O government Comptroller of the Treasury
> Ambrose said the $62 million estimate, prepared by Knoxville-based architects Brackett Pryor & Associates, assumes building costs rise 3.5% a year. A 25-year bond at current rates would cost the county about $4.4 million a year, he said, and construction would take about 26 months.
P partial Ambrose
F money $62 million
L city Knoxville
O company Brackett Pryor & Associates
F percent 3.5%
F duration 25-year
F money $4.4 million
F duration 26 months
> County officials hope to break ground in spring 2040 and move the first inmates in by mid-2042.
F date 2040
F date 2042
> Only a handful of residents spoke during the public comment period. Ray Dunlap, 71, of Afton, said he would vote for the increase.
P full Ray Dunlap
F age 71
L city Afton
> “I’d rather pay $40 than read in the paper about somebody dying in that jail,” he said.
Q direct Ray Dunlap :: “I’d rather pay $40 than read in the paper about somebody dying in that jail,”
F money $40
> Another resident, who declined to give her name, told commissioners the county should “quit building jails and start building jobs.”
Q direct - :: “quit building jails and start building jobs.”
> In other business, the commission voted 21-0 to apply for a $750,000 state grant for a mental health diversion program at the jail and approved an agreement with Walters State Community College to offer an emergency medical technician course at its Greeneville campus.
F number 21-0
F money $750,000
O education Walters State Community College
L city Greeneville
> The Greene County Election Commission must certify the ballot language by May 6. Early voting for the Aug. 4 election begins July 15.
O government Greene County Election Commission
F date May 6
F date Aug. 4
F date July 15
> The commission’s next regular meeting is Feb. 15 at 6 p.m. in the Courthouse Annex, 204 N. Cutler St.
F date Feb. 15
F time 6 p.m.
L facility Courthouse Annex
L address 204 N. Cutler St.
> Travis Oakes covers Greene County government. Email him at toakes@greenevillesun.com.
P full Travis Oakes
L region Greene County
'''

ARTICLES['302-into-congress-class-sizes-strike-ballot-killarney'] = r'''
> Education
> 'Enough is enough' - INTO to ballot primary teachers on action over class sizes
Q direct Clodagh Ní Fhearraigh :: 'Enough is enough'
O nonprofit INTO
> Updated / Tuesday, 12 Apr 2039 17:48
F date 12 Apr 2039
F time 17:48
> Delegates at the INTO annual congress at the Gleneagle INEC Arena in Killarney (Image: RollingNews.ie)
O nonprofit INTO
L facility Gleneagle INEC Arena
L city Killarney
O media RollingNews.ie
> By Seosamh Ó Ceallacháin, Education Correspondent
P full Seosamh Ó Ceallacháin
> Primary school teachers are to be balloted for industrial action, up to and including strike action, unless the Government commits to cutting average class sizes to 20 pupils by September 2041.
F number 20
F date September 2041
> Delegates at the annual congress of the Irish National Teachers' Organisation in Killarney, Co Kerry, passed an emergency motion by 612 votes to 41 this afternoon.
O nonprofit Irish National Teachers' Organisation
L city Killarney
L region Co Kerry
F number 612
F number 41
> The union, which represents more than 49,000 teachers and principals in the Republic and Northern Ireland, said the ballot would open on 3 May and close on 24 May.
F number 49,000
L country Republic
L region Northern Ireland
F date 3 May
F date 24 May
> According to Department of Education figures, the average primary class had 22.6 pupils this school year, down from 24.1 in 2032/33 but well above the EU average of 19.8. One in five pupils is in a class of 30 or more.
O government Department of Education
F number 22.6
F number 24.1
F date 2032/33
O intergovernmental EU
F number 19.8
F number One
F number five
F number 30
> Proposing the motion, Aodhán Ó Riagáin, principal of Scoil Naomh Feichín in Trim, Co Meath, said the Government had "run out of excuses".
P full Aodhán Ó Riagáin
O education Scoil Naomh Feichín
L city Trim
L region Co Meath
Q direct Aodhán Ó Riagáin :: "run out of excuses"
> "I have 31 children in a room built for 24. I have children with additional needs sitting beside children who are still learning English, and one teacher trying to reach every one of them," he said.
Q direct Aodhán Ó Riagáin :: "I have 31 children in a room built for 24. I have children with additional needs sitting beside children who are still learning English, and one teacher trying to reach every one of them,"
F number 31
F number 24
F number one
> "We have been patient. We have been reasonable. Every minister since 2030 has told us that next year will be different. Well, next year is here."
Q direct Aodhán Ó Riagáin :: "We have been patient. We have been reasonable. Every minister since 2030 has told us that next year will be different. Well, next year is here."
F date 2030
> INTO General Secretary Clodagh Ní Fhearraigh told delegates that "enough is enough" and that the union would not wait for another budget.
O nonprofit INTO
P full Clodagh Ní Fhearraigh
Q direct Clodagh Ní Fhearraigh :: "enough is enough"
> "Every Easter we come to this congress and we hear the same promises, and every September our members walk back into the same overcrowded rooms," she said. "Patience has a limit, and today this congress has found it."
Q direct Clodagh Ní Fhearraigh :: "Every Easter we come to this congress and we hear the same promises, and every September our members walk back into the same overcrowded rooms,"
Q direct Clodagh Ní Fhearraigh :: "Patience has a limit, and today this congress has found it."
> She said the union would seek a meeting with Minister for Education Rónán Breathnach-Kiely "within the next fortnight".
P full Rónán Breathnach-Kiely
Q direct Clodagh Ní Fhearraigh :: "within the next fortnight"
> In a statement, the Department of Education said Budget 2039 had funded 1,150 additional primary teaching posts at a cost of €86m, and that the staffing schedule would be improved by one point in September. It said the Government "remains committed to reducing class sizes further, as resources allow".
O government Department of Education
F number 1,150
F money €86m
F number one
Q direct Department of Education :: "remains committed to reducing class sizes further, as resources allow"
> "The Minister values the work of primary teachers and will continue to engage with the INTO through the normal channels," a spokesperson added.
Q direct - :: "The Minister values the work of primary teachers and will continue to engage with the INTO through the normal channels,"
O nonprofit INTO
> Sinn Féin's education spokesperson, Caoimhe Nic Giolla Bhríde TD, said the result was "a damning verdict" on a decade of broken promises, while the Labour Party said the Government had "no one to blame but itself".
O party Sinn Féin
P full Caoimhe Nic Giolla Bhríde
Q direct Caoimhe Nic Giolla Bhríde :: "a damning verdict"
O party Labour Party
Q direct Labour Party :: "no one to blame but itself"
> A survey of 3,400 INTO members carried out by Amárach Research and published at the congress found that 87% had at least one pupil in their class waiting for an assessment of special educational needs, and that 41% were considering leaving the profession within five years.
F number 3,400
O nonprofit INTO
O company Amárach Research
F percent 87%
F number one
F percent 41%
F duration five years
> The last national ballot of INTO members, on pay restoration in 2036, was carried by 78%.
O nonprofit INTO
F date 2036
F percent 78%
> The Teachers' Union of Ireland (TUI), which represents many second-level teachers, will debate a motion on class sizes at its own congress in Wexford tomorrow, while the Association of Secondary Teachers, Ireland (ASTI) meets in Ennis until Thursday.
O nonprofit Teachers' Union of Ireland
O nonprofit TUI
L city Wexford
O nonprofit Association of Secondary Teachers, Ireland
O nonprofit ASTI
L city Ennis
'''

ARTICLES['303-ndidi-foods-9m-2038-pretax-profit-agbara-mill'] = r'''
> Company Results
> Ndidi Foods posts N48.2 billion pre-tax profit in 9M 2038, up 63% YoY
O company Ndidi Foods
F money N48.2 billion
F date 2038
F percent 63%
> Published on October 27, 2038
F date October 27, 2038
> By Chinedu Okeke-Nnadi
P full Chinedu Okeke-Nnadi
> Ndidi Foods Plc’s durum wheat mill at Agbara, Ogun State (Photo: Ndidi Foods)
O company Ndidi Foods Plc
L city Agbara
L region Ogun State
O company Ndidi Foods
> Ndidi Foods Plc has reported a profit before tax of N48.2 billion for the nine months ended September 30, 2038, a 62.8% increase from the N29.6 billion it recorded in the corresponding period of 2037.
O company Ndidi Foods Plc
F money N48.2 billion
F duration nine months
F date September 30, 2038
F percent 62.8%
F money N29.6 billion
F date 2037
> This is according to the flour and pasta maker’s unaudited financial statements for the period, released on the Nigerian Exchange (NGX) on Tuesday.
O company Nigerian Exchange
O company NGX
> Revenue grew 38.1% year-on-year to N412.6 billion, driven by higher prices across its flour, semolina and pasta lines and a 9% rise in volumes after its new durum wheat mill in Agbara, Ogun State, came on stream.
F percent 38.1%
F money N412.6 billion
F percent 9%
L city Agbara
L region Ogun State
> Key highlights (9M 2038 vs 9M 2037)
F date 2038
F date 2037
> Revenue: N412.6 billion, +38.1% YoY
F money N412.6 billion
F percent +38.1%
> Cost of sales: N301.9 billion, +34.7% YoY
F money N301.9 billion
F percent +34.7%
> Gross profit: N110.7 billion, +48.3% YoY
F money N110.7 billion
F percent +48.3%
> Net finance costs: N18.3 billion, +12.9% YoY
F money N18.3 billion
F percent +12.9%
> Profit before tax: N48.2 billion, +62.8% YoY
F money N48.2 billion
F percent +62.8%
> Profit after tax: N32.9 billion, +61.3% YoY
F money N32.9 billion
F percent +61.3%
> Earnings per share: N3.29, +61.3% YoY
F money N3.29
F percent +61.3%
> Total assets: N688.4 billion, +21.6% YTD
F money N688.4 billion
F percent +21.6%
> Cost of sales rose by a slower 34.7%, lifting the gross margin to 26.8% from 25.0% a year earlier. The company said wheat, which accounts for about two-thirds of its production costs, was landed in Lagos at an average of $286 per tonne in the period, compared with $311 in 9M 2037.
F percent 34.7%
F percent 26.8%
F percent 25.0%
F fraction two-thirds
L city Lagos
F money $286
F money $311
F date 2037
> However, the naira continued to weigh on the bottom line. The company booked a foreign exchange loss of N12.4 billion, down from N27.9 billion in the same period last year, as the naira averaged N1,612.5/$1 at the official window, against N1,498/$1 in 9M 2037.
F money N12.4 billion
F money N27.9 billion
F money N1,612.5/$1
F money N1,498/$1
F date 2037
> Flour and semolina, the company’s largest segment, brought in N224.1 billion, up 29.4%, while pasta and noodles sales jumped 51.2% to N143.8 billion on the back of its Ndidi Pasta and Sunrise Noodles brands. Exports to Ghana, Niger and Cameroon contributed N21.6 billion.
F money N224.1 billion
F percent 29.4%
F percent 51.2%
F money N143.8 billion
L country Ghana
L country Niger
L country Cameroon
F money N21.6 billion
> Commenting on the results, the Managing Director/CEO of Ndidi Foods, Mrs. Adaeze Okonkwo-Balogun, said the Agbara mill, which began commercial operations in June, had “changed the economics of our pasta business.”
O company Ndidi Foods
P full Adaeze Okonkwo-Balogun
L city Agbara
Q direct Adaeze Okonkwo-Balogun :: “changed the economics of our pasta business.”
> “For the first time, more than half of the semolina in our pasta is milled in-house. That is 1,200 tonnes a day that we no longer import at the mercy of the exchange rate,” she said.
Q direct Adaeze Okonkwo-Balogun :: “For the first time, more than half of the semolina in our pasta is milled in-house. That is 1,200 tonnes a day that we no longer import at the mercy of the exchange rate,”
F fraction half
F quantity 1,200 tonnes
> She added that the company expects to complete a N38 billion expansion of its Challawa mill in Kano by the first quarter of 2039, adding 800 tonnes of daily capacity and reducing its reliance on trucking flour from the south.
F money N38 billion
L city Challawa
L city Kano
F date 2039
F quantity 800 tonnes
> Chief Financial Officer Nafisa Ibrahim Gwarzo told analysts on an earnings call that finance costs, which rose 12.9% to N18.3 billion, should ease after the company repaid N25 billion of commercial paper in August.
P full Nafisa Ibrahim Gwarzo
F percent 12.9%
F money N18.3 billion
F money N25 billion
> “We have no maturities before 2040 and we are not in the market for new debt,” Gwarzo said.
Q direct Nafisa Ibrahim Gwarzo :: “We have no maturities before 2040 and we are not in the market for new debt,”
F date 2040
P partial Gwarzo
> What you should know
> Ndidi Foods’ share price closed at N58.40 on Tuesday, up 9.96%, just short of the NGX’s 10% daily limit on price gains. The stock has gained 71.2% year-to-date, giving the company a market capitalisation of N584 billion.
O company Ndidi Foods
F money N58.40
F percent 9.96%
O company NGX
F percent 10%
F percent 71.2%
F money N584 billion
> Analysts at Lagos-based Ikoyi Capital Partners described the numbers as “a clean beat” and raised their 12-month target price on the stock to N72 from N61.
L city Lagos
O company Ikoyi Capital Partners
Q direct - :: “a clean beat”
F duration 12-month
F money N72
F money N61
> Ndidi Foods, which was founded in Onitsha in 1994 and listed on the Nigerian bourse in 2011, competes with larger rivals Flour Mills of Nigeria Plc and Olam’s Crown Flour Mills. Its board has proposed an interim dividend of N1.20 per share, with a qualification date of November 14, 2038.
O company Ndidi Foods
L city Onitsha
F date 1994
F date 2011
O company Flour Mills of Nigeria Plc
O company Olam
O company Crown Flour Mills
F money N1.20
F date November 14, 2038
> Chinedu Okeke-Nnadi is a financial analyst and business writer at Nairametrics who covers listed consumer goods companies.
P full Chinedu Okeke-Nnadi
O media Nairametrics
'''

ARTICLES['304-iraq-parliament-kurdistan-oil-exports-ceyhan-pipeline'] = r'''
> World News
> Kurdish leaders hail 'new page' as Iraq's parliament backs oil export deal
Q direct Karwan Jalal Pishdari :: 'new page'
L country Iraq
> By Tomas Ferreira-Lind
P full Tomas Ferreira-Lind
> Sept. 11, 2039 / 2:17 PM
F date Sept. 11, 2039
F time 2:17 PM
> Iraqi lawmakers attend a parliament session in Baghdad on Sunday, when 187 of them voted for the budget amendment. Photo by Haider Abdulwahid/EPA-EFE
L city Baghdad
F number 187
P full Haider Abdulwahid
O media EPA-EFE
> Sept. 11 (UPI) -- Iraq's parliament on Sunday approved an amendment to the federal budget law that will let oil from the semi-autonomous Kurdistan Region flow again through a pipeline to Turkey's Mediterranean port of Ceyhan, ending a 14-month halt that has cost Baghdad and Erbil an estimated $9.6 billion in lost revenue.
F date Sept. 11
O media UPI
L country Iraq
L region Kurdistan Region
L country Turkey
L geo Mediterranean
L city Ceyhan
F duration 14-month
L city Baghdad
L city Erbil
F money $9.6 billion
> The Council of Representatives passed the measure with 187 votes in the 329-seat chamber after the Kurdish parties and the Coordination Framework, the alliance of Shiite parties that dominates the government, reached a late compromise over how the Kurdistan Regional Government is paid for the crude it produces.
O government Council of Representatives
F number 187
F number 329
O party Coordination Framework
O government Kurdistan Regional Government
> Under the deal, the KRG will hand all the oil pumped in its fields to the State Organization for Marketing of Oil, or SOMO, which will sell it alongside federal exports. In return, Baghdad will pay producers $16 per barrel to cover production and transport costs, up from $8.20 under the previous arrangement.
O government KRG
O company State Organization for Marketing of Oil
O company SOMO
L city Baghdad
F money $16
F money $8.20
> Kurdistan Region Prime Minister Karwan Jalal Pishdari called the vote "a new page" in relations between Erbil and Baghdad.
L region Kurdistan Region
P full Karwan Jalal Pishdari
Q direct Karwan Jalal Pishdari :: "a new page"
L city Erbil
L city Baghdad
> "For 14 months our people have watched their salaries arrive late while the oil sat in the ground," Pishdari said in a televised address. "That ends today, and it ends because Iraqis sat down with Iraqis and solved an Iraqi problem.
Q direct Karwan Jalal Pishdari :: "For 14 months our people have watched their salaries arrive late while the oil sat in the ground,"
F duration 14 months
P partial Pishdari
Q direct Karwan Jalal Pishdari :: "That ends today, and it ends because Iraqis sat down with Iraqis and solved an Iraqi problem.
> "Nobody in Erbil or Baghdad won today. The teacher in Duhok and the pensioner in Basra won today."
Q direct Karwan Jalal Pishdari :: "Nobody in Erbil or Baghdad won today. The teacher in Duhok and the pensioner in Basra won today."
L city Erbil
L city Baghdad
L city Duhok
L city Basra
> Parliament Speaker Fadhil Abbas al-Nuaimi said the chamber had shown that "the Constitution can still settle what the street cannot."
P full Fadhil Abbas al-Nuaimi
Q direct Fadhil Abbas al-Nuaimi :: "the Constitution can still settle what the street cannot."
> Iraq's Oil Ministry said in a statement that exports through the Iraq-Turkey Pipeline would resume "within 10 days" at an initial 185,000 barrels per day, rising to about 300,000 bpd by the end of the year once repairs at the Fishkhabur metering station are complete.
L country Iraq
O government Oil Ministry
L facility Iraq-Turkey Pipeline
Q direct Oil Ministry :: "within 10 days"
F duration 10 days
F quantity 185,000 barrels per day
F quantity 300,000 bpd
L city Fishkhabur
> Turkey's state pipeline operator BOTAŞ said it was "ready to receive crude at Ceyhan as soon as the Iraqi side is ready to pump."
L country Turkey
O company BOTAŞ
Q direct BOTAŞ :: "ready to receive crude at Ceyhan as soon as the Iraqi side is ready to pump."
L city Ceyhan
> The line was shut in July 2038 after Ankara halted flows over what it said were $1.1 billion in unpaid transit fees. It had previously been closed for more than two years from March 2023, after an arbitration panel of the International Chamber of Commerce in Paris ruled that Turkey had breached a 1973 agreement by allowing oil exports from the Kurdish region without Baghdad's approval.
F date July 2038
L city Ankara
F money $1.1 billion
F duration two years
F date March 2023
O nonprofit International Chamber of Commerce
L city Paris
L country Turkey
F date 1973
L city Baghdad
> The halt has left the KRG struggling to pay about 1.2 million public employees and pensioners, whose salaries depend on transfers from the federal budget. Baghdad sent 960 billion Iraqi dinars, or about $735 million, in August to cover one month's payroll, but Kurdish officials say July salaries are still unpaid in Sulaimani and Duhok provinces.
O government KRG
F number 1.2 million
L city Baghdad
F money 960 billion Iraqi dinars
F money $735 million
F duration one month
L region Sulaimani
L region Duhok
> A senior Oil Ministry official, who spoke on condition of anonymity because he was not authorized to speak to the media, told UPI that the per-barrel fee had been "the only real obstacle" for months.
O government Oil Ministry
O media UPI
Q direct - :: "the only real obstacle"
> "Everything else was agreed in June. The Kurds wanted $18, we offered $12, and in the end both sides could live with 16," he said.
Q direct - :: "Everything else was agreed in June. The Kurds wanted $18, we offered $12, and in the end both sides could live with 16,"
F money $18
F money $12
F number 16
> Not everyone was satisfied. Zainab Hashim al-Musawi, a lawmaker from the State of Law Coalition, which voted against the amendment, said the deal rewarded "a region that has ignored the Federal Supreme Court for years."
P full Zainab Hashim al-Musawi
O party State of Law Coalition
Q direct Zainab Hashim al-Musawi :: "a region that has ignored the Federal Supreme Court for years."
O government Federal Supreme Court
> "Basra produces the oil that pays for this country, and Basra still has no clean water in summer," she told reporters outside the parliament building in Baghdad's Green Zone.
Q direct Zainab Hashim al-Musawi :: "Basra produces the oil that pays for this country, and Basra still has no clean water in summer,"
L city Basra
L city Basra
L city Baghdad
L city Green Zone
> The Federal Supreme Court ruled in February 2022 that the Kurdistan Region's 2007 oil and gas law was unconstitutional, a decision Erbil has never accepted.
O government Federal Supreme Court
F date February 2022
L region Kurdistan Region
F date 2007
L city Erbil
> The Kurdistan Democratic Party, which leads the regional government, and its rival, the Patriotic Union of Kurdistan, both voted for the amendment, as did most Sunni lawmakers.
O party Kurdistan Democratic Party
O party Patriotic Union of Kurdistan
> Oil prices were little changed by the news. Iraq, OPEC's second-largest producer, pumped about 4.3 million bpd in August, according to the group's monthly report, and Brent crude settled at $71.40 a barrel on Friday.
L country Iraq
O intergovernmental OPEC
F quantity 4.3 million bpd
F money $71.40
'''

ARTICLES['305-fiji-samoa-pacific-nations-cup-lautoka-ravouvou'] = r'''
> Pacific Nations Cup
> Fiji 31-27 Samoa: Ravouvou double sinks Manu Samoa in Lautoka thriller
O team Fiji
F score 31-27
O team Samoa
P partial Ravouvou
O team Manu Samoa
L city Lautoka
> Josaia Ravouvou scored twice as the Flying Fijians came from 17-10 down at the break to edge Manu Samoa in front of a packed Churchill Park.
P full Josaia Ravouvou
O team Flying Fijians
F score 17-10
O team Manu Samoa
L facility Churchill Park
> By Callum Ashdown
P full Callum Ashdown
> Date published: 20th August 2039 12:41
F date 20th August 2039
F time 12:41
> Fiji wing Josaia Ravouvou celebrates his second try against Samoa at Churchill Park. (Photo by Mesake Tuivaga/Getty Images)
O team Fiji
P full Josaia Ravouvou
O team Samoa
L facility Churchill Park
P full Mesake Tuivaga
O media Getty Images
> Fiji kept their Pacific Nations Cup title hopes alive with a 31-27 victory over Samoa in a pulsating contest in Lautoka on Saturday.
O team Fiji
F score 31-27
O team Samoa
L city Lautoka
> Manu Samoa led 17-10 at the break through tries from Sione Fa’alogo and Pita Leavasa, but Ravouvou struck twice in eight minutes after the restart and replacement hooker Naibuka Soqo added a fourth try before Ioane Penaia’s late score set up a frantic finish.
O team Manu Samoa
F score 17-10
P full Sione Fa’alogo
P full Pita Leavasa
P partial Ravouvou
F duration eight minutes
P full Naibuka Soqo
P full Ioane Penaia
> The bonus-point win lifts Fiji to nine points from two matches, level with Tonga, who beat Japan 29-24 in Nuku’alofa on Friday. Samoa, who took a losing bonus point, have six.
O team Fiji
F number nine
F number two
O team Tonga
O team Japan
F score 29-24
L city Nuku’alofa
O team Samoa
F number six
> Samoa started the stronger. Fly-half Fetu Aumua’s cross-kick found Fa’alogo for the opening try after nine minutes, and Aumua added a penalty before centre Seremaia Naqiri burst through from 22 metres for Fiji.
O team Samoa
P full Fetu Aumua
P partial Fa’alogo
F duration nine minutes
P partial Aumua
P full Seremaia Naqiri
F quantity 22 metres
O team Fiji
> Leavasa’s try on 31 minutes, after a 60-metre break by full-back Tavita Lemalu, restored a ten-point lead, and Apakuki Tuidraki’s penalty on the stroke of half-time left the hosts seven behind.
P partial Leavasa
F duration 31 minutes
F quantity 60-metre
P full Tavita Lemalu
F number ten
P full Apakuki Tuidraki
F number seven
> The game turned four minutes after the restart, when Leavasa was shown a yellow card for a deliberate knock-on. With Samoa down to 14, Fiji went wide from a lineout and Ravouvou finished in the corner, Tuidraki converting from the touchline.
F duration four minutes
P partial Leavasa
O team Samoa
F number 14
O team Fiji
P partial Ravouvou
P partial Tuidraki
> The 23-year-old Fijian Drua wing, playing only his third Test, added his second on 57 minutes, chasing Ratu Meli Vunisa’s grubber to touch down under the posts.
F age 23-year-old
O team Fijian Drua
F duration 57 minutes
P full Meli Vunisa
> Aumua’s second penalty kept Samoa in touch at 24-20, but Soqo, on for Sakiusa Delai, crashed over from a driving maul with nine minutes left.
P partial Aumua
O team Samoa
F score 24-20
P partial Soqo
P full Sakiusa Delai
F duration nine minutes
> Penaia’s converted try with two minutes to go set up a tense finish, and Samoa spent the last 90 seconds camped on the Fiji line before No 8 Viliame Nasilasila won the turnover penalty that ended the match.
P partial Penaia
F duration two minutes
O team Samoa
F duration 90 seconds
O team Fiji
P full Viliame Nasilasila
> “That’s Fijian rugby. We never stop believing, even with our backs to the wall,” said Fiji captain Inoke Maravu.
Q direct Inoke Maravu :: “That’s Fijian rugby. We never stop believing, even with our backs to the wall,”
O team Fiji
P full Inoke Maravu
> “Samoa came here to win and they nearly did. Credit to them. But the boys showed real heart after half-time, and Josaia was outstanding.”
Q direct Inoke Maravu :: “Samoa came here to win and they nearly did. Credit to them. But the boys showed real heart after half-time, and Josaia was outstanding.”
O team Samoa
P partial Josaia
> Samoa coach Mikaele Faleolo was left to rue the sin-bin. “We’ll take the bonus point, but this one hurts,” he said. “Fourteen men for 10 minutes against Fiji in Lautoka is a big ask.”
O team Samoa
P full Mikaele Faleolo
Q direct Mikaele Faleolo :: “We’ll take the bonus point, but this one hurts,”
Q direct Mikaele Faleolo :: “Fourteen men for 10 minutes against Fiji in Lautoka is a big ask.”
F number Fourteen
F duration 10 minutes
O team Fiji
L city Lautoka
> Fiji host Tonga at HFC Bank Stadium in Suva on August 27 in what is effectively a title decider. The Fiji Rugby Union said 11,400 tickets had been sold for the game in Lautoka.
O team Fiji
O team Tonga
L facility HFC Bank Stadium
L city Suva
F date August 27
O other Fiji Rugby Union
F number 11,400
L city Lautoka
> The teams
> Fiji: 15 Apakuki Tuidraki, 14 Josaia Ravouvou, 13 Seremaia Naqiri, 12 Ratu Meli Vunisa, 11 Isoa Bulavou, 10 Kitione Matanisiga, 9 Peni Rokodrava, 8 Viliame Nasilasila, 7 Tevita Qeleni, 6 Joeli Waqabaca, 5 Setareki Tuivanua, 4 Inoke Maravu (c), 3 Manasa Ravula, 2 Sakiusa Delai, 1 Eroni Tamaniyasana
O team Fiji
P full Apakuki Tuidraki
P full Josaia Ravouvou
P full Seremaia Naqiri
P full Meli Vunisa
P full Isoa Bulavou
P full Kitione Matanisiga
P full Peni Rokodrava
P full Viliame Nasilasila
P full Tevita Qeleni
P full Joeli Waqabaca
P full Setareki Tuivanua
P full Inoke Maravu
P full Manasa Ravula
P full Sakiusa Delai
P full Eroni Tamaniyasana
> Replacements: 16 Naibuka Soqo, 17 Livai Turaga, 18 Mosese Vakalala, 19 Samuela Koroi, 20 Isikeli Raqio, 21 Filimoni Drauna, 22 Ilaisa Tikoduadua, 23 Vuate Kainona
P full Naibuka Soqo
P full Livai Turaga
P full Mosese Vakalala
P full Samuela Koroi
P full Isikeli Raqio
P full Filimoni Drauna
P full Ilaisa Tikoduadua
P full Vuate Kainona
> Samoa: 15 Tavita Lemalu, 14 Sione Fa’alogo, 13 Ioane Penaia, 12 Lafaele Tu’ugamusu, 11 Pita Leavasa, 10 Fetu Aumua, 9 Ropati Aiono, 8 Faitala Matagi (c), 7 Semi Tauiliili, 6 Mose Tafuna, 5 Ulu Seiuli-Tagaloa, 4 Niko Amituanai, 3 Paulo Lauina, 2 Fa’amanu Levi, 1 Kalolo Ah Chong
O team Samoa
P full Tavita Lemalu
P full Sione Fa’alogo
P full Ioane Penaia
P full Lafaele Tu’ugamusu
P full Pita Leavasa
P full Fetu Aumua
P full Ropati Aiono
P full Faitala Matagi
P full Semi Tauiliili
P full Mose Tafuna
P full Ulu Seiuli-Tagaloa
P full Niko Amituanai
P full Paulo Lauina
P full Fa’amanu Levi
P full Kalolo Ah Chong
> Replacements: 16 Talalelei Sopoaga, 17 Lemeki Fuimaono, 18 Iulio Sapolu, 19 Tauasosi Mata’utia, 20 Elisaia Vaifale, 21 Junior Taliaoa, 22 Patelesio Lemanu, 23 Uesele Tuimavave
P full Talalelei Sopoaga
P full Lemeki Fuimaono
P full Iulio Sapolu
P full Tauasosi Mata’utia
P full Elisaia Vaifale
P full Junior Taliaoa
P full Patelesio Lemanu
P full Uesele Tuimavave
> Scorers
> For Fiji:
O team Fiji
> Tries: Ravouvou 2, Naqiri, Soqo
P partial Ravouvou
F number 2
P partial Naqiri
P partial Soqo
> Cons: Tuidraki 4
P partial Tuidraki
F number 4
> Pen: Tuidraki
P partial Tuidraki
> For Samoa:
O team Samoa
> Tries: Fa’alogo, Leavasa, Penaia
P partial Fa’alogo
P partial Leavasa
P partial Penaia
> Cons: Aumua 3
P partial Aumua
F number 3
> Pens: Aumua 2
P partial Aumua
F number 2
> Yellow card: Leavasa (44)
P partial Leavasa
> Referee: Hamish Crowther (New Zealand)
P full Hamish Crowther
L country New Zealand
> Attendance: 11,400
F number 11,400
'''

ARTICLES['306-haedong-heavy-lng-carrier-order-mokpo'] = r'''
> (LEAD) Haedong Heavy wins 2.4 tln-won order for 4 LNG carriers
O company Haedong Heavy
F money 2.4 tln-won
F number 4
> 2039-03-08 15:42
F date 2039-03-08
F time 15:42
> By Seo Ji-hye
P full Seo Ji-hye
> (ATTN: ADDS analyst comments in paras 10-11, share price in last para)
> This file photo provided by Haedong Heavy Industries Co. shows an LNG carrier under construction at the company's shipyard in Mokpo, 410 kilometers southwest of Seoul. (PHOTO NOT FOR SALE) (Yonhap)
O company Haedong Heavy Industries Co.
L city Mokpo
F quantity 410 kilometers
L city Seoul
O media Yonhap
> SEOUL, March 8 (Yonhap) -- Haedong Heavy Industries Co., a midsize South Korean shipbuilder, said Tuesday it has won a 2.4 trillion-won ($1.66 billion) order to build four liquefied natural gas (LNG) carriers for a shipper in Oceania.
L city SEOUL
F date March 8
O media Yonhap
O company Haedong Heavy Industries Co.
F money 2.4 trillion-won
F money $1.66 billion
F number four
L continent Oceania
> The 174,000-cubic-meter vessels will be built at its shipyard in Mokpo, South Jeolla Province, and delivered to the shipowner in stages by June 2042, the company said in a regulatory filing.
F quantity 174,000-cubic-meter
L city Mokpo
L region South Jeolla Province
F date June 2042
> The contract is equivalent to 41.6 percent of the company's 2038 sales of 5.77 trillion won and is the largest single order in its history, according to the filing.
F percent 41.6 percent
F date 2038
F money 5.77 trillion won
> With the latest deal, Haedong Heavy has clinched orders worth US$3.1 billion so far this year, reaching 44 percent of its annual target of $7 billion.
O company Haedong Heavy
F money US$3.1 billion
F percent 44 percent
F money $7 billion
> The company did not name the buyer, citing a confidentiality agreement, but industry sources said the vessels will carry gas from Western Australia and Papua New Guinea to customers in Japan and Taiwan.
L region Western Australia
L country Papua New Guinea
L country Japan
L country Taiwan
> Haedong Heavy, which was spun off from Haedong Group in 2031, has focused on LNG carriers and ammonia-fueled container ships as South Korean shipbuilders shift toward higher-value vessels to fend off Chinese rivals.
O company Haedong Heavy
O company Haedong Group
F date 2031
> "This order proves that owners trust a midsize Korean yard with the most demanding ships," Haedong Heavy CEO Park Seong-hwan said in a statement. "We expect demand for LNG carriers to stay strong through 2041 as new liquefaction projects come online in North America and the Middle East."
Q direct Park Seong-hwan :: "This order proves that owners trust a midsize Korean yard with the most demanding ships,"
O company Haedong Heavy
P full Park Seong-hwan
Q direct Park Seong-hwan :: "We expect demand for LNG carriers to stay strong through 2041 as new liquefaction projects come online in North America and the Middle East."
F date 2041
L continent North America
L region Middle East
> South Korea's so-called "big three" shipbuilders -- HD Hyundai Heavy Industries Co., Samsung Heavy Industries Co. and Hanwha Ocean Co. -- have booked most of their LNG carrier slots through 2042, pushing some owners toward smaller yards, according to industry data.
L country South Korea
Q scare - :: "big three"
O company HD Hyundai Heavy Industries Co.
O company Samsung Heavy Industries Co.
O company Hanwha Ocean Co.
F date 2042
> South Korea won orders for 5.2 million compensated gross tons (CGT), or 38 percent of the global total, in the first two months of the year, trailing China's 7.4 million CGT, according to industry tracker Clarksons Research.
L country South Korea
F quantity 5.2 million compensated gross tons
F percent 38 percent
F duration two months
L country China
F quantity 7.4 million CGT
O company Clarksons Research
> Ha Jae-won, an analyst at Hana Securities, said the order would keep the Mokpo yard busy into 2043.
P full Ha Jae-won
O company Hana Securities
L city Mokpo
F date 2043
> "The question now is margins. Steel plate prices have risen about 8 percent since January, and Haedong signed much of its 2041 backlog at lower prices," Ha said. "Investors will want to see an operating margin above 6 percent this year."
Q direct Ha Jae-won :: "The question now is margins. Steel plate prices have risen about 8 percent since January, and Haedong signed much of its 2041 backlog at lower prices,"
F percent 8 percent
O company Haedong
F date 2041
P partial Ha
Q direct Ha Jae-won :: "Investors will want to see an operating margin above 6 percent this year."
F percent 6 percent
> The Ministry of Trade, Industry and Energy said separately that shipbuilding exports rose 27.3 percent on-year to $3.9 billion in February, the highest for the month since 2012.
O government Ministry of Trade, Industry and Energy
F percent 27.3 percent
F money $3.9 billion
F date 2012
> Shares of Haedong Heavy closed 6.3 percent higher at 38,450 won on the Seoul bourse, outperforming the benchmark KOSPI's 0.4 percent gain.
O company Haedong Heavy
F percent 6.3 percent
F money 38,450 won
L city Seoul
F percent 0.4 percent
> jhseo@yna.co.kr
> (END)
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
