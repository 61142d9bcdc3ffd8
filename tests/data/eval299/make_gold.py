#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval299 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval299/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1837-clydeview-homes-phantom-flats-fraud-trial-high-court-glasgow-paisley-herald'] = r'''
> News
> Developer sold ‘phantom flats’ to 61 buyers, High Court in Glasgow hears
Q direct Eilidh Drummond-Rae :: ‘phantom flats’
F number 61
O government High Court
L city Glasgow
> Paisley widow tells jury she handed over £212,000 for a home that was never built
L city Paisley
F money £212,000
> By Fraser McKinnon
P full Fraser McKinnon
> Courts Reporter
> Published 14th March 2041
F date 14th March 2041
> Clydeview Homes director Callum Brodie arriving at the High Court in Glasgow on Monday. Picture: STUART McGLASHAN
O company Clydeview Homes
P full Callum Brodie
O government High Court
L city Glasgow
P full STUART McGLASHAN
> A PROPERTY developer took more than £9.4 million in deposits from buyers of flats on the Clyde waterfront that he never intended to build, a jury at the High Court in Glasgow has heard.
F money £9.4 million
L geo Clyde
O government High Court
L city Glasgow
> Callum Brodie, 54, of Bearsden, East Dunbartonshire, denies a single charge of fraud said to have been committed between March 2036 and October 2039 while he was sole director of Clydeview Homes Ltd.
P full Callum Brodie
F age 54
L city Bearsden
L region East Dunbartonshire
F date March 2036
F date October 2039
O company Clydeview Homes Ltd
> The prosecution says Brodie’s company sold 61 “off-plan” flats at a development called Riverside Quay, on Lancefield Street in Anderston, and a further 24 at a site in Greenock, and that no foundations were ever laid at either.
Q scare - :: “off-plan”
P partial Brodie
F number 61
L facility Riverside Quay
L street Lancefield Street
L city Anderston
F number 24
L city Greenock
> Opening the case on Monday, advocate depute Eilidh Drummond-Rae told the jury of nine men and six women that buyers had been shown brochures, a show flat in a rented office and “a building site with nothing on it but a fence”.
P full Eilidh Drummond-Rae
F number nine
F number six
Q direct Eilidh Drummond-Rae :: “a building site with nothing on it but a fence”
> “These were phantom flats,” she said. “The money came in, and it went out again – to a house in Bearsden, to a yacht berthed at Rhu and to accounts in Gibraltar.”
Q direct Eilidh Drummond-Rae :: “These were phantom flats,”
Q direct Eilidh Drummond-Rae :: “The money came in, and it went out again – to a house in Bearsden, to a yacht berthed at Rhu and to accounts in Gibraltar.”
L city Bearsden
L city Rhu
L region Gibraltar
> The first witness, Margaret Lennox, 71, a retired nurse from Paisley, said she paid a deposit of £212,000 – most of her late husband’s life savings – for a two-bedroom flat overlooking the river in May 2037.
P full Margaret Lennox
F age 71
L city Paisley
F money £212,000
F number two
F date May 2037
> “Mr Brodie sat in my living room in Paisley and drank my tea. He told me the keys would be in my hand by Christmas 2038,” Mrs Lennox said. “I believed him. Why would I not?”
Q direct Margaret Lennox :: “Mr Brodie sat in my living room in Paisley and drank my tea. He told me the keys would be in my hand by Christmas 2038,”
Q direct Margaret Lennox :: “I believed him. Why would I not?”
P partial Brodie
L city Paisley
F date 2038
P partial Lennox
> She told the court she had visited the Lancefield Street site “maybe a dozen times” without seeing a digger. By the summer of 2039, she said, calls to the company’s office on West George Street went unanswered.
L street Lancefield Street
Q direct Margaret Lennox :: “maybe a dozen times”
F number dozen
F date 2039
L street West George Street
> Under cross-examination by Gregor Abernethy KC, for the defence, she agreed that her contract allowed for delays of up to 18 months and that she had not taken legal advice before signing it.
P full Gregor Abernethy
F duration 18 months
> Mr Abernethy told the jury his client accepted that the developments had failed but said the collapse was “a business disaster, not a crime”.
P partial Abernethy
Q direct Gregor Abernethy :: “a business disaster, not a crime”
> “Mr Brodie lost his own money too. He will tell you that the banks pulled their lending in 2038 and that every pound he took was spent on land, architects and planning,” he said.
Q direct Gregor Abernethy :: “Mr Brodie lost his own money too. He will tell you that the banks pulled their lending in 2038 and that every pound he took was spent on land, architects and planning,”
P partial Brodie
F date 2038
> The advocate depute said a forensic accountant instructed by the Crown Office and Procurator Fiscal Service (COPFS) would tell the court that about £3.1m of buyers’ money was moved to an account in the name of Mr Brodie’s wife, and that only £410,000 was ever paid to contractors.
O government Crown Office and Procurator Fiscal Service
O government COPFS
F money £3.1m
P partial Brodie
F money £410,000
> Some 85 buyers across both sites, almost half of them pensioners, have lodged civil claims. A COPFS spokeswoman said prosecutors expected to call 32 witnesses in a trial set down for six weeks.
F number 85
F fraction half
O government COPFS
F number 32
F duration six weeks
> Lady Kirkbride warned jurors not to read about the case online. “You must decide this case on the evidence you hear in this courtroom and nothing else,” she said.
P partial Kirkbride
Q direct Kirkbride :: “You must decide this case on the evidence you hear in this courtroom and nothing else,”
> The trial continues.
'''

ARTICLES['1838-sabaimart-thai-convenience-chain-vietnam-800-stores-ho-chi-minh-city-nikkei-asia'] = r'''
> Retail
> Thai Convenience Chain SabaiMart Bets 9bn Baht on 800 Stores in Vietnam
O company SabaiMart
F money 9bn Baht
F number 800
L country Vietnam
> Bangkok-based retailer leans on Ho Chi Minh City franchisees as rivals retreat
L city Bangkok
L city Ho Chi Minh City
> PRAEWA SUKSAWAT, Nikkei staff writer
P full PRAEWA SUKSAWAT
O media Nikkei
> April 9, 2041 17:20 JST
F date April 9, 2041
F time 17:20 JST
> A SabaiMart store in Bangkok's Sukhumvit area. The chain plans to open its first Vietnamese franchise stores in June. (Photo by Nguyen Thanh Dat)
O company SabaiMart
L city Bangkok
L region Sukhumvit
P full Nguyen Thanh Dat
> BANGKOK -- SabaiMart, Thailand's third-largest convenience store operator, will spend 9 billion baht ($262 million) over five years to open 800 stores in Vietnam, betting that a growing urban middle class will shop where rivals have pulled back.
L city BANGKOK
O company SabaiMart
L country Thailand
F money 9 billion baht
F money $262 million
F duration five years
F number 800
L country Vietnam
> The Bangkok-listed company, which runs 4,350 stores at home, said on Tuesday that 70% of the Vietnamese outlets would be run by local franchisees, with the first 120 opening in Ho Chi Minh City and the neighboring provinces of Binh Duong and Dong Nai by the end of 2042.
L city Bangkok
F number 4,350
F percent 70%
F number 120
L city Ho Chi Minh City
L region Binh Duong
L region Dong Nai
F date 2042
> "Vietnam today looks like Thailand did 20 years ago. Convenience stores are still only a small part of how people buy food, and that is the opportunity," Chief Executive Thanakorn Wiriyakul said at a briefing in Bangkok.
Q direct Thanakorn Wiriyakul :: "Vietnam today looks like Thailand did 20 years ago. Convenience stores are still only a small part of how people buy food, and that is the opportunity,"
L country Vietnam
L country Thailand
F duration 20 years
P full Thanakorn Wiriyakul
L city Bangkok
> Thanakorn, 51, said the company would adapt its Thai formula rather than copy it. Stores will be smaller, at about 60 square meters, and will sell banh mi and iced coffee alongside the chain's signature toasted sandwiches.
P partial Thanakorn
F age 51
F quantity 60 square meters
> "We will not open a Bangkok store in Saigon. The customer is different, the street is different," he said, adding that the first outlets would open on Nguyen Trai Street and near Tan Son Nhat International Airport.
Q direct Thanakorn Wiriyakul :: "We will not open a Bangkok store in Saigon. The customer is different, the street is different,"
L city Bangkok
L city Saigon
L street Nguyen Trai Street
L facility Tan Son Nhat International Airport
> SabaiMart will put 2.1 trillion dong, or about $82 million, into a local unit, SabaiMart Vietnam, which will supply franchisees from a distribution center in Long An province.
O company SabaiMart
F money 2.1 trillion dong
F money $82 million
O company SabaiMart Vietnam
L region Long An
> Franchisees will pay an upfront fee of 450 million dong and keep about 60% of gross profit. Vo Thi Kim Ngan, who runs two coffee shops in Binh Thanh district and has signed up for three SabaiMart stores, said the terms were "fair, but not generous."
F money 450 million dong
F percent 60%
P full Vo Thi Kim Ngan
F number two
L region Binh Thanh
F number three
O company SabaiMart
Q direct Vo Thi Kim Ngan :: "fair, but not generous."
> "The Thai brand means something here. People know Thai food, Thai shows. But rents in this city have gone up by a third since 2039, and I have to sell a lot of coffee," said Ngan, 38.
Q direct Vo Thi Kim Ngan :: "The Thai brand means something here. People know Thai food, Thai shows. But rents in this city have gone up by a third since 2039, and I have to sell a lot of coffee,"
F fraction a third
F date 2039
P partial Ngan
F age 38
> Analysts called the timing bold. Two Japanese-owned chains cut their Vietnamese store counts by a combined 14% last year, and a South Korean operator sold its 160 outlets to a local rival in 2040.
F number Two
F percent 14%
F number 160
F date 2040
> "Everyone has discovered that Vietnam is not one market but three: Hanoi, Da Nang and Ho Chi Minh City," said Siriporn Chaiyasit, head of consumer research at Bangkok brokerage Lumpini Krungthep Securities. "SabaiMart is going where the density is, which is smart. The risk is the 'franchise fatigue' we have already seen in Thailand."
Q direct Siriporn Chaiyasit :: "Everyone has discovered that Vietnam is not one market but three: Hanoi, Da Nang and Ho Chi Minh City,"
Q direct Siriporn Chaiyasit :: "SabaiMart is going where the density is, which is smart. The risk is the 'franchise fatigue' we have already seen in Thailand."
L country Vietnam
F number one
F number three
L city Hanoi
L city Da Nang
L city Ho Chi Minh City
P full Siriporn Chaiyasit
L city Bangkok
O company Lumpini Krungthep Securities
O company SabaiMart
L country Thailand
> She expects the Vietnamese stores to lose money for at least three years and said SabaiMart's shares, which fell 2.4% to 18.60 baht on Tuesday, already price in the risk.
F duration three years
O company SabaiMart
F percent 2.4%
F money 18.60 baht
> SabaiMart's net profit rose 11% to 3.2 billion baht in 2040 on sales of 96 billion baht.
O company SabaiMart
F percent 11%
F money 3.2 billion baht
F date 2040
F money 96 billion baht
'''

ARTICLES['1839-leinster-toulouse-27-24-champions-cup-final-o-briain-tottenham-hotspur-stadium-guardian'] = r'''
> Champions Cup
> Leinster edge Toulouse 27-24 to win Champions Cup final with Ó Briain’s late try
O team Leinster
O team Toulouse
F score 27-24
P partial Ó Briain
> Replacement wing Cian Ó Briain scores in the 76th minute after Toulouse had led 24-20 with six minutes left
P full Cian Ó Briain
O team Toulouse
F score 24-20
F duration six minutes
> Owen Pritchard at the Tottenham Hotspur Stadium
P full Owen Pritchard
L facility Tottenham Hotspur Stadium
> Sat 24 May 2042 19.48 BST
F date 24 May 2042
F time 19.48 BST
> Leinster’s Cian Ó Briain dives over for the winning try. Photograph: Dan Mullery/Inpho
O team Leinster
P full Cian Ó Briain
P full Dan Mullery
O media Inpho
> For 74 minutes this felt like Toulouse’s afternoon. Then Leinster, pinned deep in their own territory for most of the second half, went the length of the field through 11 phases and Cian Ó Briain, on the pitch for barely 15 minutes, slid in at the corner to win a fifth European title in front of 61,412 at the Tottenham Hotspur Stadium.
F duration 74 minutes
O team Toulouse
O team Leinster
F number 11
P full Cian Ó Briain
F duration 15 minutes
F number 61,412
L facility Tottenham Hotspur Stadium
> Ross Kinsella’s touchline conversion made it 27-24, and Toulouse, for all their power, could not find a way back in the last four minutes.
P full Ross Kinsella
F score 27-24
O team Toulouse
F duration four minutes
> It was cruel on Toulouse, beaten finalists in 2040 and now losers in two of the past three finals. They spent 10 minutes of the final quarter with 14 men after their lock Baptiste Larrieu was shown a yellow card on 69 minutes for a no-arms tackle, and Leinster’s replacements ran at the gap.
O team Toulouse
F date 2040
F number two
F number three
F duration 10 minutes
F number 14
P full Baptiste Larrieu
F duration 69 minutes
O team Leinster
> The opening was all Toulouse. Their wing Hugo Carrère scored on six minutes from a cross-kick by Romain Sarrat, who converted and added a penalty, and when the hooker Julien Estève barrelled over from a lineout on 23 minutes the French side led 17-3.
O team Toulouse
P full Hugo Carrère
F duration six minutes
P full Romain Sarrat
P full Julien Estève
F duration 23 minutes
F score 17-3
> Leinster’s reply came through their pack. The flanker Darragh Fitzmaurice scored from close range on 31 minutes, and Kinsella’s second penalty, just before half-time, cut the gap to 17-13 at the break. Leinster’s own yellow card, for the prop Seánie Coughlan on 52, came and went without damage.
O team Leinster
P full Darragh Fitzmaurice
F duration 31 minutes
P partial Kinsella
F score 17-13
O team Leinster
P full Seánie Coughlan
F duration 52
> A converted try by the No 8 Anthony Mbemba stretched Toulouse’s lead to 24-13 with 20 minutes left, but the Leinster centre Eoin Tracey crossed on 63 minutes and Kinsella converted: 24-20.
P full Anthony Mbemba
O team Toulouse
F score 24-13
F duration 20 minutes
O team Leinster
P full Eoin Tracey
F duration 63 minutes
P partial Kinsella
F score 24-20
> “I’ve been in this job for six years and I don’t think I’ve ever been prouder of a group,” said Leinster’s head coach, Declan Moriarty. “At 24-13 down against that Toulouse side you can go one of two ways. We kept going through the phases, kept trusting the shape.
Q direct Declan Moriarty :: “I’ve been in this job for six years and I don’t think I’ve ever been prouder of a group,”
Q direct Declan Moriarty :: “At 24-13 down against that Toulouse side you can go one of two ways. We kept going through the phases, kept trusting the shape.
F duration six years
O team Leinster
P full Declan Moriarty
F score 24-13
O team Toulouse
F number two
> “Cian has had a hard season with injury. For him to finish it like that, in front of 20,000 of our own people in London, is why you play the game.”
Q direct Declan Moriarty :: “Cian has had a hard season with injury. For him to finish it like that, in front of 20,000 of our own people in London, is why you play the game.”
P partial Cian
F number 20,000
L city London
> Toulouse’s coach, Fabien Lacombe, said: “We had it in our hands. You cannot give a team like Leinster 10 minutes with 15 against 14.” He had no complaint about the card, though: “The referee was right. It was a ‘no-arms’ tackle and Baptiste knows it.”
O team Toulouse
P full Fabien Lacombe
Q direct Fabien Lacombe :: “We had it in our hands. You cannot give a team like Leinster 10 minutes with 15 against 14.”
O team Leinster
F duration 10 minutes
F number 15
F number 14
Q direct Fabien Lacombe :: “The referee was right. It was a ‘no-arms’ tackle and Baptiste knows it.”
P partial Baptiste
> The referee, Gareth Price-Llewellyn of Wales, had a quiet afternoon. European Professional Club Rugby (EPCR) said the crowd was the second-biggest for a final held outside France and “a statement about where this competition is going”.
P full Gareth Price-Llewellyn
L country Wales
O other European Professional Club Rugby
O other EPCR
L country France
Q direct European Professional Club Rugby :: “a statement about where this competition is going”
> Leinster: Tries Fitzmaurice, Tracey, Ó Briain. Cons Kinsella 3. Pens Kinsella 2.
O team Leinster
P partial Fitzmaurice
P partial Tracey
P partial Ó Briain
P partial Kinsella
F number 3
P partial Kinsella
F number 2
> Toulouse: Tries Carrère, Estève, Mbemba. Cons Sarrat 3. Pen Sarrat.
O team Toulouse
P partial Carrère
P partial Estève
P partial Mbemba
P partial Sarrat
F number 3
P partial Sarrat
'''

ARTICLES['1840-tannery-workers-minimum-wage-board-tk-21500-hemayetpur-savar-daily-star'] = r'''
> Business
> Tannery workers’ minimum wage set at Tk 21,500
F money Tk 21,500
> Union calls 38 percent rise 'too little, too late' as tanners warn of shift cuts
F percent 38 percent
Q direct Abul Kashem Sarder :: 'too little, too late'
> Nusrat Jahan Mitu, Dhaka
P full Nusrat Jahan Mitu
L city Dhaka
> Thu Mar 21, 2041 12:00 AM Last update on: Thu Mar 21, 2041 10:42 AM
F date Mar 21, 2041
F time 12:00 AM
F date Mar 21, 2041
F time 10:42 AM
> Workers sort hides at a tannery on the Savar Tannery Industrial Estate in Hemayetpur earlier this week. Photo: Star
L facility Savar Tannery Industrial Estate
L city Hemayetpur
O media Star
> The Minimum Wage Board yesterday set the lowest monthly pay for tannery workers at Tk 21,500, up 38 percent from the Tk 15,580 fixed in 2036, in a decision that covers about 42,000 workers at 162 factories across the country.
O government Minimum Wage Board
F money Tk 21,500
F percent 38 percent
F money Tk 15,580
F date 2036
F number 42,000
F number 162
> The new scale, which takes effect on April 1, gives the lowest grade a basic wage of Tk 12,900, with the rest made up of house rent, medical and food allowances, the board said in a gazette notification. It also sets an annual increment of 5 percent.
F date April 1
F money Tk 12,900
F percent 5 percent
> State Minister for Labour and Employment Shafiqul Islam Bhuiyan called it “a balanced decision” reached after “six months of very hard bargaining” between owners and workers.
P full Shafiqul Islam Bhuiyan
Q direct Shafiqul Islam Bhuiyan :: “a balanced decision”
Q direct Shafiqul Islam Bhuiyan :: “six months of very hard bargaining”
F duration six months
> “Nobody got everything they wanted, and that is what a fair settlement looks like,” he told reporters at the ministry in the capital’s Paltan. “The government will watch closely to make sure every factory pays from April.”
Q direct Shafiqul Islam Bhuiyan :: “Nobody got everything they wanted, and that is what a fair settlement looks like,”
L city Paltan
Q direct Shafiqul Islam Bhuiyan :: “The government will watch closely to make sure every factory pays from April.”
> Labour leaders said the figure fell far short of their demand of Tk 30,000. Abul Kashem Sarder, general secretary of the Tannery Workers Union, whose members mostly live in rented rooms around Hemayetpur, said rents there had risen by half since the industry moved out of Hazaribagh.
F money Tk 30,000
P full Abul Kashem Sarder
O nonprofit Tannery Workers Union
L city Hemayetpur
F fraction half
L city Hazaribagh
> “It is too little, too late. A worker with two children cannot live on Tk 21,500 in Savar when rice costs Tk 68 a kilo,” Sarder said. “We will sit with our members on Friday and decide what to do.
Q direct Abul Kashem Sarder :: “It is too little, too late. A worker with two children cannot live on Tk 21,500 in Savar when rice costs Tk 68 a kilo,”
Q direct Abul Kashem Sarder :: “We will sit with our members on Friday and decide what to do.
F number two
F money Tk 21,500
L city Savar
F money Tk 68
P partial Sarder
> “Many of us have worked 20 years in this trade, first in Hazaribagh and now here. The owners should remember who built this industry.”
Q direct Abul Kashem Sarder :: “Many of us have worked 20 years in this trade, first in Hazaribagh and now here. The owners should remember who built this industry.”
F duration 20 years
L city Hazaribagh
> Owners, meanwhile, warned that the rise would cost the sector about Tk 410 crore a year at a time when leather exports are falling. Shipments of leather and leather goods fell 9.4 percent to $842 million in the first eight months of fiscal 2040-41, according to the Export Promotion Bureau (EPB).
F money Tk 410 crore
F percent 9.4 percent
F money $842 million
F duration eight months
F date 2040-41
O government Export Promotion Bureau
O government EPB
> Bangladesh Tanners Association (BTA) Chairman Mahbubur Rahman Chowdhury said his members would honour the board’s decision, but that smaller tanneries might have to cut shifts. “If buyers in Europe do not pay more for our leather, someone must lose,” he said.
O nonprofit Bangladesh Tanners Association
O nonprofit BTA
P full Mahbubur Rahman Chowdhury
Q direct Mahbubur Rahman Chowdhury :: “If buyers in Europe do not pay more for our leather, someone must lose,”
L continent Europe
> He said fewer than a third of the 140 tanneries on the estate were properly connected to its central effluent treatment plant, which has kept most big EU brands away.
F fraction a third
F number 140
O intergovernmental EU
> BRAC University economist Dr Farhana Haque Rimi said the rise roughly matched inflation since 2036, which has averaged 6.6 percent a year. “In real terms, workers are standing still. The wage board has protected them from falling behind, nothing more,” she said.
O education BRAC University
P full Farhana Haque Rimi
F date 2036
F percent 6.6 percent
Q direct Farhana Haque Rimi :: “In real terms, workers are standing still. The wage board has protected them from falling behind, nothing more,”
> An official at the Department of Inspection for Factories and Establishments (DIFE), speaking on condition of anonymity, said inspectors would visit Hemayetpur in the first week of April. “Factories that do not pay will be fined. We have 37 inspectors for the whole of Dhaka division,” the official said.
O government Department of Inspection for Factories and Establishments
O government DIFE
L city Hemayetpur
Q direct - :: “Factories that do not pay will be fined. We have 37 inspectors for the whole of Dhaka division,”
F number 37
L region Dhaka
'''

ARTICLES['1841-cedarline-software-redmond-layoffs-ai-reorganization-bellevue-esd-seattle-times'] = r'''
> Business
> Redmond's Cedarline Software lays off 1,850, about 14% of staff, in AI overhaul
L city Redmond
O company Cedarline Software
F number 1,850
F percent 14%
> By Marisa Okonkwo-Hale, Seattle Times business reporter
P full Marisa Okonkwo-Hale
O media Seattle Times
> Originally published March 12, 2042 at 6:00 am | Updated March 12, 2042 at 11:24 am
F date March 12, 2042
F time 6:00 am
F date March 12, 2042
F time 11:24 am
> Priya Venkataraman, 34, carries a box of her belongings out of Cedarline Software's offices in Redmond on Tuesday. She was one of 1,850 employees laid off. (Jonah Ridley / The Seattle Times)
P full Priya Venkataraman
F age 34
O company Cedarline Software
L city Redmond
F number 1,850
P full Jonah Ridley
O media The Seattle Times
> Cedarline Software will cut 1,850 jobs, about 14% of its workforce, as the Redmond company folds three product divisions into a single artificial-intelligence unit, it told employees early Tuesday.
O company Cedarline Software
F number 1,850
F percent 14%
L city Redmond
F number three
> The cuts fall hardest in Washington, where 1,120 of the company's roughly 6,400 local employees will lose their jobs, according to a notice filed with the state Employment Security Department under the federal WARN Act. The layoffs take effect May 15.
L region Washington
F number 1,120
F number 6,400
O government Employment Security Department
F date May 15
> In a memo to staff, CEO Dana Whitcombe-Reyes said the company had "too many teams building the same thing three different ways" and needed to move faster.
P full Dana Whitcombe-Reyes
Q direct Dana Whitcombe-Reyes :: "too many teams building the same thing three different ways"
F number three
> "This is the hardest decision I have made in nine years running Cedarline. The people leaving us did nothing wrong," she wrote. "We are reorganizing around AI because our customers already have."
Q direct Dana Whitcombe-Reyes :: "This is the hardest decision I have made in nine years running Cedarline. The people leaving us did nothing wrong,"
Q direct Dana Whitcombe-Reyes :: "We are reorganizing around AI because our customers already have."
F duration nine years
O company Cedarline
> Whitcombe-Reyes, 49, said laid-off workers would receive 16 weeks of base pay plus two weeks for every year of service, and six months of health coverage. The company expects to record $310 million to $340 million in severance and related charges in the quarter ending June 30.
P partial Whitcombe-Reyes
F age 49
F duration 16 weeks
F duration two weeks
F duration six months
F money $310 million
F money $340 million
F date June 30
> Cedarline, founded in 2011 in a Kirkland garage, sells scheduling and payroll software to hospitals and school districts. Its shares rose 6.2% to $87.15 on the Nasdaq on Tuesday.
O company Cedarline
F date 2011
L city Kirkland
F percent 6.2%
F money $87.15
O company Nasdaq
> For Venkataraman, a senior engineer who had worked on the payroll product for seven years, the news came in a 9 a.m. calendar invite titled "Team update."
P partial Venkataraman
F duration seven years
F time 9 a.m.
Q scare - :: "Team update."
> "By 9:20 my laptop was locked. Nobody from my own team was even on the call," said Venkataraman, who lives in Bellevue with her husband and their 2-year-old daughter. "I understand the business logic. I just didn't think 'efficiency' would have my name on it."
Q direct Priya Venkataraman :: "By 9:20 my laptop was locked. Nobody from my own team was even on the call,"
Q direct Priya Venkataraman :: "I understand the business logic. I just didn't think 'efficiency' would have my name on it."
F time 9:20
P partial Venkataraman
L city Bellevue
F age 2-year-old
> Tech employers in King County have announced more than 9,000 job cuts since January 2041, state figures show. Tomas Ferreira-Lund, a labor market economist at the Employment Security Department, said about half of laid-off software workers in the region found new jobs within six months last year, down from two-thirds in 2039.
L region King County
F number 9,000
F date January 2041
P full Tomas Ferreira-Lund
O government Employment Security Department
F fraction half
F duration six months
F fraction two-thirds
F date 2039
> "The demand is still there, but it has shifted. Employers want people who can build with these models, and they want them yesterday," Ferreira-Lund said. He urged workers to file for unemployment benefits as soon as their last day passes.
Q direct Tomas Ferreira-Lund :: "The demand is still there, but it has shifted. Employers want people who can build with these models, and they want them yesterday,"
P partial Ferreira-Lund
> Rebecca Ostrander, a labor economist at the University of Washington, said the "AI reorganization" label has become a convenient cover for ordinary cost-cutting.
P full Rebecca Ostrander
O education University of Washington
Q scare - :: "AI reorganization"
> "Some of this is real restructuring. Some of it is a company using the moment to trim 10% or 15% off payroll without having to say so," she said. "Investors reward it, so we will see more."
Q direct Rebecca Ostrander :: "Some of this is real restructuring. Some of it is a company using the moment to trim 10% or 15% off payroll without having to say so,"
Q direct Rebecca Ostrander :: "Investors reward it, so we will see more."
F percent 10%
F percent 15%
> A Cedarline spokesperson declined to say how many of the jobs would move to its offices in Austin, Texas, and Bengaluru, India.
O company Cedarline
L city Austin
L region Texas
L city Bengaluru
L country India
'''

ARTICLES['1842-sicily-heatwave-water-rationing-palermo-agrigento-favara-euronews'] = r'''
> Europe
L continent Europe
> Sicily rations water in Palermo and Agrigento as heatwave pushes temperatures to 46C
L region Sicily
L city Palermo
L city Agrigento
F quantity 46C
> Taps in parts of Agrigento will run just two days a week, while farmers in the island's south say a third of this year's harvest is already lost
L city Agrigento
F duration two days
F fraction a third
> By Giulia Ferrante with ANSA
P full Giulia Ferrante
O media ANSA
> Published on 17/07/2043 - 13:05 GMT+2 • Updated 18:40
F date 17/07/2043
F time 13:05 GMT+2
F time 18:40
> Residents fill containers from a water tanker in Agrigento, Sicily, on 16 July 2043. - Copyright AP Photo/Carmelo Vaccarella
L city Agrigento
L region Sicily
F date 16 July 2043
O media AP
P full Carmelo Vaccarella
> Sicily's regional government on Wednesday ordered water rationing for more than 600,000 people in Palermo and Agrigento as a heatwave that has now lasted 19 days pushed temperatures above 45C across much of the island.
L region Sicily
F number 600,000
L city Palermo
L city Agrigento
F duration 19 days
F quantity 45C
> From Friday, households in Agrigento and 14 surrounding towns will receive mains water on only two days a week, the region said, while in Palermo supply will be cut between 10pm and 6am in 38 districts.
L city Agrigento
F number 14
F duration two days
L city Palermo
F time 10pm
F time 6am
F number 38
> The president of the Sicilian Region, Rosario Fiandaca, told reporters in Palermo that reservoirs in the west of the island were at 21% of capacity, the lowest level since records began in 1977.
O government Sicilian Region
P full Rosario Fiandaca
L city Palermo
F percent 21%
F date 1977
> "We are asking Sicilians for a sacrifice that nobody wants to make," Fiandaca said. "But if we do nothing now, in August there will be no water left to ration at all."
Q direct Rosario Fiandaca :: "We are asking Sicilians for a sacrifice that nobody wants to make,"
P partial Fiandaca
Q direct Rosario Fiandaca :: "But if we do nothing now, in August there will be no water left to ration at all."
> He said the island had asked Rome to declare a state of emergency and release €180 million for tankers, emergency wells and the repair of leaking pipes that lose an estimated 52% of Palermo's water before it reaches a tap.
L city Rome
F money €180 million
F percent 52%
L city Palermo
> Temperatures reached 46.3C in Sciacca on Tuesday afternoon, according to the Regional Civil Protection Department, and are forecast to stay above 40C until at least 22 July.
F quantity 46.3C
L city Sciacca
O government Regional Civil Protection Department
F quantity 40C
F date 22 July
> "The ground has forgotten what rain is. We have had 41 millimetres since January, when we would normally expect four times that," said Marco Lentini, who heads the department's drought unit. He said 2,300 firefighters and volunteers were on standby across the island.
Q direct Marco Lentini :: "The ground has forgotten what rain is. We have had 41 millimetres since January, when we would normally expect four times that,"
F quantity 41 millimetres
F number four
P full Marco Lentini
F number 2,300
> Near Favara, east of Agrigento, farmer Calogero Mangiapane, 63, said his almond trees had dropped half their fruit and that he was buying water from private tankers at €9 a cubic metre.
L city Favara
L city Agrigento
P full Calogero Mangiapane
F age 63
F fraction half
F money €9
> "My father planted these trees in 1982. I have 1,200 of them on 14 hectares, and I watch them die a little every day," Mangiapane said. "The tanker comes twice a week if I am lucky. The driver tells me, 'There are 300 farmers before you.'
Q direct Calogero Mangiapane :: "My father planted these trees in 1982. I have 1,200 of them on 14 hectares, and I watch them die a little every day,"
Q direct Calogero Mangiapane :: "The tanker comes twice a week if I am lucky. The driver tells me, 'There are 300 farmers before you.'
F date 1982
F number 1,200
F quantity 14 hectares
P partial Mangiapane
F number 300
> "Nobody in Palermo thinks about Agrigento until the tourists start to complain."
Q direct Calogero Mangiapane :: "Nobody in Palermo thinks about Agrigento until the tourists start to complain."
L city Palermo
L city Agrigento
> Daniela Pecoraro, a climatologist at the University of Palermo, said the summer of 2043 was on course to be the hottest on record on the island, ahead of 2039 and 2041.
P full Daniela Pecoraro
O education University of Palermo
F date 2043
F date 2039
F date 2041
> "What we used to call an exceptional summer now comes every two or three years," she said. "Sicily is becoming a laboratory for what southern Europe will look like in the 2060s."
Q direct Daniela Pecoraro :: "What we used to call an exceptional summer now comes every two or three years,"
Q direct Daniela Pecoraro :: "Sicily is becoming a laboratory for what southern Europe will look like in the 2060s."
F duration two
F duration three years
L region Sicily
L continent Europe
F date 2060s
> The European Commission said it was "in close contact" with Italian authorities and ready to send help through the EU's civil protection mechanism if Rome asks for it.
O intergovernmental European Commission
Q direct European Commission :: "in close contact"
O intergovernmental EU
L city Rome
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
