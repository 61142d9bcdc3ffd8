#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval317 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval317/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1945-acholi-solar-mini-grids-rea-gulu-palaro-awach-daily-monitor'] = r'''
> National
> Solar mini-grids to light 42,000 homes in Acholi sub-region
F number 42,000
L region Acholi
> What you need to know:
> The Rural Electrification Agency says 36 solar mini-grids worth Shs148 billion will be built in seven districts of northern Uganda by June 2043, but traders say the tariff is too high.
O government Rural Electrification Agency
F number 36
F money Shs148 billion
F number seven
L country Uganda
F date June 2043
> By Patrick Okot Ojara
P full Patrick Okot Ojara
> Thursday, March 14, 2041
F date March 14, 2041
> Workers install solar panels at the Palaro mini-grid site in Gulu District on Tuesday. PHOTO | PATRICK OKOT OJARA
L city Palaro
L region Gulu District
P full PATRICK OKOT OJARA
> The government has started building 36 solar mini-grids in the Acholi sub-region in a Shs148 billion programme that the Rural Electrification Agency (REA) says will connect more than 42,000 households far from the national grid.
F number 36
L region Acholi
F money Shs148 billion
O government Rural Electrification Agency
O government REA
F number 42,000
> The sites, each with between 60 and 250 kilowatts of panels, will serve trading centres in Gulu, Amuru, Nwoya, Omoro, Pader, Kitgum and Lamwo districts. Work on the first 12 started on Monday at Palaro and Bobi. Together they will add about 5.4 megawatts.
F quantity 60
F quantity 250 kilowatts
L region Gulu
L region Amuru
L region Nwoya
L region Omoro
L region Pader
L region Kitgum
L region Lamwo
F number 12
L city Palaro
L city Bobi
F quantity 5.4 megawatts
> Energy minister Ms Harriet Nansubuga Kiwanuka, who launched the works at Palaro on Tuesday, said the programme would end a "long wait" for families.
P full Harriet Nansubuga Kiwanuka
L city Palaro
Q direct Harriet Nansubuga Kiwanuka :: "long wait"
> "For 20 years we have told people in the north that the grid is coming. A mini-grid can be built in six months, so we will not ask them to wait any longer," she said.
Q direct Harriet Nansubuga Kiwanuka :: "For 20 years we have told people in the north that the grid is coming. A mini-grid can be built in six months, so we will not ask them to wait any longer,"
F duration 20 years
F duration six months
> REA executive director Mr Joseph Ssekandi Mukiibi said a household would pay Shs35,000 for a connection, with the rest of the Shs1.2 million cost met by the World Bank and the Government of Uganda.
O government REA
P full Joseph Ssekandi Mukiibi
F money Shs35,000
F money Shs1.2 million
O intergovernmental World Bank
O government Government of Uganda
> Households will buy power through "pay-as-you-go" meters and pay Shs790 a unit, against Shs250 on the main grid, because batteries are costly.
Q scare - :: "pay-as-you-go"
F money Shs790
F money Shs250
> "The tariff is higher, yes. But a family on paraffin already spends more than that," Mr Mukiibi said. "We will review it after two years.
Q direct Joseph Ssekandi Mukiibi :: "The tariff is higher, yes. But a family on paraffin already spends more than that,"
P partial Mukiibi
Q direct Joseph Ssekandi Mukiibi :: "We will review it after two years.
F duration two years
> "Some of the sites will also carry maize mills and welding workshops. Those businesses will pay the bills of the whole grid."
Q direct Joseph Ssekandi Mukiibi :: "Some of the sites will also carry maize mills and welding workshops. Those businesses will pay the bills of the whole grid."
> At Awach trading centre, about 25 kilometres north of Gulu City, Ms Grace Akello Lamunu, 47, who sells airtime and soap, spends about Shs240,000 a month on fuel for her generator. She has painted a sign on her counter: "Phone charging Ush500."
L city Awach
F quantity 25 kilometres
L city Gulu City
P full Grace Akello Lamunu
F age 47
F money Shs240,000
Q direct Grace Akello Lamunu :: "Phone charging Ush500."
F money Ush500
> "When the mini-grid reaches Awach, I will sell the generator the same day. They should charge us what Kampala pays," Ms Lamunu said.
Q direct Grace Akello Lamunu :: "When the mini-grid reaches Awach, I will sell the generator the same day. They should charge us what Kampala pays,"
L city Awach
L city Kampala
P partial Lamunu
> Gulu District chairperson Mr Denis Oryem Okwera welcomed the project but said the district had not been told which villages would be connected first.
L region Gulu District
P full Denis Oryem Okwera
> "We are hearing about Palaro and Bobi on the radio. People stop me and ask, 'Chairman, when is our turn?' and I have no list," Mr Okwera said.
Q direct Denis Oryem Okwera :: "We are hearing about Palaro and Bobi on the radio. People stop me and ask, 'Chairman, when is our turn?' and I have no list,"
L city Palaro
L city Bobi
P partial Okwera
> In a statement on Wednesday, REA said at least 30 percent of workers would be hired locally and that the first 12 mini-grids would be "switched on before Christmas."
O government REA
F percent 30 percent
F number 12
Q direct Rural Electrification Agency :: "switched on before Christmas."
> Only about 24 percent of households in northern Uganda have electricity, against 57 percent in the central region, according to the Uganda Bureau of Statistics (Ubos).
F percent 24 percent
L country Uganda
F percent 57 percent
O government Uganda Bureau of Statistics
O government Ubos
> An earlier programme in the West Nile sub-region, which ended in 2039, connected 9,800 households, but two of its 14 sites failed after battery thefts, said an Energy ministry official who asked not to be named.
L region West Nile
F date 2039
F number 9,800
F number two
F number 14
> "Security was the weak point. This time the communities will own the sites and guard them," the official said.
Q direct - :: "Security was the weak point. This time the communities will own the sites and guard them,"
'''

ARTICLES['1946-bristlecone-airlines-first-quarter-results-pilots-alpa-cnbc'] = r'''
> Airlines
> Bristlecone Airlines swings to first-quarter profit as fares climb, but warns of higher pilot costs
O company Bristlecone Airlines
> Key Points
> Bristlecone Airlines reported first-quarter net income of $86 million, or 71 cents a share.
O company Bristlecone Airlines
F money $86 million
F money 71 cents
> Capacity, measured in available seat miles, rose 6.4%, while revenue per available seat mile climbed 3.1%.
F percent 6.4%
F percent 3.1%
> The carrier is in contract talks with its pilots, whose union says members will picket at two hubs next month.
F number two
> Published Thu, Apr 23 2043 8:05 AM EDT Updated Thu, Apr 23 2043 11:42 AM EDT
F date Apr 23 2043
F time 8:05 AM EDT
F date Apr 23 2043
F time 11:42 AM EDT
> Marcus Delahaye
P full Marcus Delahaye
> A Bristlecone Airlines Airbus A321neo taxis at Salt Lake City International Airport in Salt Lake City, Utah, on Jan. 9, 2043. Ellen Marsh-Tovar | Bloomberg | Getty Images
O company Bristlecone Airlines
L facility Salt Lake City International Airport
L city Salt Lake City
L region Utah
F date Jan. 9, 2043
P full Ellen Marsh-Tovar
O media Bloomberg
O company Getty Images
> Bristlecone Airlines on Thursday posted a first-quarter profit as higher fares and corporate travel outpaced rising labor costs, but warned that a new pilot contract could add as much as $140 million a year to its costs.
O company Bristlecone Airlines
F money $140 million
> The Salt Lake City-based airline reported net income of $86 million, or 71 cents a share, for the three months ended March 31, compared with a loss of $22 million, or 18 cents a share, a year earlier. Revenue rose 9.2% to $2.61 billion, the company said in a release distributed by Business Wire.
L city Salt Lake City
F money $86 million
F money 71 cents
F duration three months
F date March 31
F money $22 million
F money 18 cents
F percent 9.2%
F money $2.61 billion
O media Business Wire
> Here is how the company performed against Wall Street estimates from analysts surveyed by LSEG:
L street Wall Street
O company LSEG
> Earnings per share: 79 cents adjusted vs. 74 cents expected
F money 79 cents
F money 74 cents
> Revenue: $2.61 billion vs. $2.58 billion expected
F money $2.61 billion
F money $2.58 billion
> Bristlecone flew 21.8 billion available seat miles in the quarter, up 6.4% from a year earlier, and filled 84.1% of its seats. Revenue per available seat mile rose 3.1% to 13.02 cents, while costs per seat mile excluding fuel rose 4.4%.
O company Bristlecone
F quantity 21.8 billion available seat miles
F percent 6.4%
F percent 84.1%
F percent 3.1%
F money 13.02 cents
F percent 4.4%
> "Demand held up better than we planned for in January. Business travel is back above 2039 levels on our Denver and Seattle routes," CEO Renata Kowalczyk said on a call with analysts. "We are not seeing the softness some people warned us about."
Q direct Renata Kowalczyk :: "Demand held up better than we planned for in January. Business travel is back above 2039 levels on our Denver and Seattle routes,"
F date 2039
L city Denver
L city Seattle
P full Renata Kowalczyk
Q direct Renata Kowalczyk :: "We are not seeing the softness some people warned us about."
> Chief financial officer Owen Baptiste said the airline expects second-quarter capacity to grow 5% to 7% and adjusted earnings of $1.05 to $1.25 a share. He said nonfuel unit costs would rise "in the high single digits" this year.
P full Owen Baptiste
F percent 5%
F percent 7%
F money $1.05
F money $1.25
Q direct Owen Baptiste :: "in the high single digits"
> "We have put a number in the guidance that is fair to our pilots and our shareholders. We are not going to negotiate it on this call," Baptiste said.
Q direct Owen Baptiste :: "We have put a number in the guidance that is fair to our pilots and our shareholders. We are not going to negotiate it on this call,"
P partial Baptiste
> The company's roughly 3,900 pilots, represented by the Air Line Pilots Association (ALPA), have been in talks for 26 months. The union said in a statement that Bristlecone was "banking record fares and offering 'market rates' that were market rates in 2040."
F number 3,900
O nonprofit Air Line Pilots Association
O nonprofit ALPA
F duration 26 months
O company Bristlecone
Q direct Air Line Pilots Association :: "banking record fares and offering 'market rates' that were market rates in 2040."
F date 2040
> Capt. Dale Whitcombe, who chairs ALPA's unit at the airline, said pilots would picket at Salt Lake City and Denver in May. "Nobody wants a strike, and under federal law we are a long way from one. But our members are done waiting," he said.
P full Dale Whitcombe
O nonprofit ALPA
L city Salt Lake City
L city Denver
Q direct Dale Whitcombe :: "Nobody wants a strike, and under federal law we are a long way from one. But our members are done waiting,"
> Shares of Bristlecone rose 4.8% to $38.12 in morning trading on the Nasdaq. They had fallen by a third over the past 12 months.
O company Bristlecone
F percent 4.8%
F money $38.12
O company Nasdaq
F fraction a third
F duration 12 months
> Halverson Capital Markets analyst Priya Venkataraman wrote in a note to clients that the guidance "looks conservative" and raised her price target to $46 from $41. "A labor deal would remove the biggest overhang on the stock," she wrote.
O company Halverson Capital Markets
P full Priya Venkataraman
Q direct Priya Venkataraman :: "looks conservative"
F money $46
F money $41
Q direct Priya Venkataraman :: "A labor deal would remove the biggest overhang on the stock,"
> — CNBC's Tom Okonkwo-Bell contributed to this report.
O media CNBC
P full Tom Okonkwo-Bell
'''

ARTICLES['1947-england-teacher-training-recruitment-shortfall-dfe-neu-ifs-sunderland-guardian'] = r'''
> Schools
> England misses secondary teacher training target for 11th year in a row
L country England
> Only 62% of places for trainee secondary teachers were filled in 2041-42, as union warns of ‘a profession running on empty’
F percent 62%
F date 2041-42
Q direct Neil Achterberg :: ‘a profession running on empty’
> Hannah Ostrowska Education correspondent
P full Hannah Ostrowska
> Thu 5 Dec 2041 00.01 GMT
F date 5 Dec 2041
F time 00.01 GMT
> A science lesson at a secondary school in Sunderland. Recruitment to physics courses reached only 19% of its target. Photograph: Owen Humphreys-Dale/PA
L city Sunderland
F percent 19%
P full Owen Humphreys-Dale
O media PA
> England has missed its target for recruiting secondary school teachers for the 11th year in a row, with fewer than two-thirds of the training places filled this autumn, official figures show.
L country England
F fraction two-thirds
> Figures published on Thursday by the Department for Education (DfE) show that 14,860 people started postgraduate training to teach secondary subjects in 2041-42, 62% of the 23,970 the department says it needs. Primary recruitment reached 96% of its target.
O government Department for Education
O government DfE
F number 14,860
F date 2041-42
F percent 62%
F number 23,970
F percent 96%
> The shortfall was deepest in physics, where 19% of the target was met, in computing (31%) and in design and technology (28%). Only history, biology and PE recruited enough trainees.
F percent 19%
F percent 31%
F percent 28%
> In 2040-41 the figure for all secondary subjects was 67%. Ministers have promised 6,500 extra teachers in England’s schools by 2043.
F date 2040-41
F percent 67%
F number 6,500
L country England
F date 2043
> Neil Achterberg, the general secretary of the National Education Union (NEU), said the figures showed “a profession running on empty”.
P full Neil Achterberg
O nonprofit National Education Union
O nonprofit NEU
Q direct Neil Achterberg :: “a profession running on empty”
> “Every September heads fill the gaps with supply staff, with non-specialists, with bigger classes. Parents are told their child is doing ‘combined science’ when what it means is that there is no physics teacher,” he said. “Pay is part of it. Workload is the rest.”
Q direct Neil Achterberg :: “Every September heads fill the gaps with supply staff, with non-specialists, with bigger classes. Parents are told their child is doing ‘combined science’ when what it means is that there is no physics teacher,”
Q direct Neil Achterberg :: “Pay is part of it. Workload is the rest.”
> The DfE said starting salaries had risen to £38,400 outside London and that trainees in physics, chemistry, maths and computing could receive tax-free bursaries of £31,000, as well as so-called “early-career payments” in their first five years.
O government DfE
F money £38,400
L city London
F money £31,000
Q scare - :: “early-career payments”
F duration five years
> “We are seeing encouraging signs in applications for next year, particularly in maths,” a department spokesperson said.
Q direct - :: “We are seeing encouraging signs in applications for next year, particularly in maths,”
> At Hendon Vale Academy, a secondary school with 1,150 pupils in Sunderland, the headteacher, Carys Middlemiss, has advertised a physics post four times since January.
O education Hendon Vale Academy
F number 1,150
L city Sunderland
P full Carys Middlemiss
F number four
> “We had one applicant in March, and he took a job in Newcastle the day before his interview,” she said. “I’ve got a maths graduate teaching physics to year 11 and doing a brilliant job, but she shouldn’t have to.
Q direct Carys Middlemiss :: “We had one applicant in March, and he took a job in Newcastle the day before his interview,”
F number one
L city Newcastle
Q direct Carys Middlemiss :: “I’ve got a maths graduate teaching physics to year 11 and doing a brilliant job, but she shouldn’t have to.
> “We are a good school in a city people love. It isn’t Sunderland that puts people off. It’s the job.”
Q direct Carys Middlemiss :: “We are a good school in a city people love. It isn’t Sunderland that puts people off. It’s the job.”
L city Sunderland
> Researchers at the Institute for Fiscal Studies (IFS) said this week that teachers’ pay had fallen by 4.2% in real terms between 2036 and 2041, while graduate earnings outside teaching had risen by 2.8%.
O nonprofit Institute for Fiscal Studies
O nonprofit IFS
F percent 4.2%
F date 2036
F date 2041
F percent 2.8%
> Imogen Farrant, a senior research economist at the IFS, said the gap was widest in the subjects with the worst recruitment. “A physics graduate can earn about £9,000 a year more in their first job outside schools. No bursary closes that gap for long,” she said.
P full Imogen Farrant
O nonprofit IFS
Q direct Imogen Farrant :: “A physics graduate can earn about £9,000 a year more in their first job outside schools. No bursary closes that gap for long,”
F money £9,000
> The School Teachers’ Review Body, which advises ministers on pay, is due to report in the spring. It recommended a 3.5% rise for 2041-42, which the government accepted in full in July 2041.
O government School Teachers’ Review Body
F percent 3.5%
F date 2041-42
F date July 2041
'''

ARTICLES['1948-haneul-shipbuilding-lng-carrier-contract-terminated-strike-goseong-yonhap'] = r'''
> (LEAD) Haneul Shipbuilding says 1.02 tln-won LNG carrier deal terminated after strike delays
O company Haneul Shipbuilding
F money 1.02 tln-won
> 2041-10-22 16:47
F date 2041-10-22
F time 16:47
> By Shin Ji-ho
P full Shin Ji-ho
> (ATTN: ADDS union, analyst comments in paras 7-11; UPDATES share price in last para)
> SEOUL, Oct. 22 (Yonhap) -- Haneul Shipbuilding Co., a midsize South Korean shipbuilder, said Tuesday a Greek shipowner has terminated a 1.02 trillion-won ($706 million) contract for three liquefied natural gas (LNG) carriers after a strike at its yard delayed their delivery.
L city SEOUL
F date Oct. 22
O media Yonhap
O company Haneul Shipbuilding Co.
F money 1.02 trillion-won
F money $706 million
F number three
> This file photo, provided by Haneul Shipbuilding Co., shows an LNG carrier under construction at the company's yard in Goseong, South Gyeongsang Province. (PHOTO NOT FOR SALE) (Yonhap)
O company Haneul Shipbuilding Co.
L city Goseong
L region South Gyeongsang Province
O media Yonhap
> In a regulatory filing, Haneul said Aegean Crescent Gas Carriers, based in Piraeus, notified it of the termination Monday, citing the yard's failure to deliver the first of the 174,000-cubic-meter vessels by the contractual deadline of Sept. 30.
O company Haneul
O company Aegean Crescent Gas Carriers
L city Piraeus
F quantity 174,000-cubic-meter
F date Sept. 30
> The order, signed in March 2039, was worth about 12 percent of Haneul's sales last year. The shipbuilder said it has received 214 billion won in advance payments, which it may have to return with interest, and that it will take the dispute to arbitration in London.
F date March 2039
F percent 12 percent
O company Haneul
F money 214 billion won
L city London
> Workers at the Goseong yard have staged partial and full walkouts since July in a dispute over wages and the use of subcontracted labor, leaving the three ships between 71 percent and 88 percent complete, according to the filing.
L city Goseong
F number three
F percent 71 percent
F percent 88 percent
> "The strike was the direct cause of the delay, and we deeply regret that a loyal customer has been hurt," Haneul CEO Moon Tae-gyun said in a statement. "We will do everything we can to find new owners for the vessels."
Q direct Moon Tae-gyun :: "The strike was the direct cause of the delay, and we deeply regret that a loyal customer has been hurt,"
O company Haneul
P full Moon Tae-gyun
Q direct Moon Tae-gyun :: "We will do everything we can to find new owners for the vessels."
> The Haneul branch of the Korean Metal Workers' Union (KMWU), however, said the company had "used the strike as an excuse" for a construction schedule that was already behind.
O company Haneul
O nonprofit Korean Metal Workers' Union
O nonprofit KMWU
Q direct Korean Metal Workers' Union :: "used the strike as an excuse"
> "Management told the owner in April that the first ship would be late. We did not put down our tools until July," branch head Baek Min-ho told Yonhap News Agency by phone. He said the union would vote on a new wage offer next week.
Q direct Baek Min-ho :: "Management told the owner in April that the first ship would be late. We did not put down our tools until July,"
P full Baek Min-ho
O media Yonhap News Agency
> An official at the Korea Offshore & Shipbuilding Association said the cancellation was unusual at a time when demand for LNG carriers remains strong.
O nonprofit Korea Offshore & Shipbuilding Association
> "Owners are still queuing for berths at Korean yards. A case like this is about a single company and its labor relations, not about the market," the official said, asking not to be identified.
Q direct - :: "Owners are still queuing for berths at Korean yards. A case like this is about a single company and its labor relations, not about the market,"
> South Korean shipbuilders won orders for 41 LNG carriers in the first nine months of the year, about 60 percent of the global total, according to industry data. The country's so-called "big three" shipbuilders took 34 of them.
F number 41
F duration nine months
F percent 60 percent
Q scare - :: "big three"
F number 34
> Kwon Ha-eun, an analyst at Jongno Investment & Securities in Seoul, said a resale could take months and would likely come at a discount of 5 to 10 percent to the original price of about $235 million per ship.
P full Kwon Ha-eun
O company Jongno Investment & Securities
L city Seoul
F percent 5
F percent 10 percent
F money $235 million
> "The bigger risk is the order book. Owners will ask whether Haneul can deliver on time before they sign the next contract," she said, estimating that the termination would cut the company's operating profit this year by about 90 billion won.
Q direct Kwon Ha-eun :: "The bigger risk is the order book. Owners will ask whether Haneul can deliver on time before they sign the next contract,"
O company Haneul
F money 90 billion won
> Shares in Haneul Shipbuilding closed down 8.4 percent at 18,350 won on the Seoul bourse, while the benchmark KOSPI rose 0.3 percent.
O company Haneul Shipbuilding
F percent 8.4 percent
F money 18,350 won
L city Seoul
F percent 0.3 percent
> jiho@yna.co.kr
> (END)
'''

ARTICLES['1949-vrhovec-okafor-reyes-indian-wells-semi-final-bnp-paribas-open-atp-tour'] = r'''
> BNP Paribas Open
> Vrhovec Saves Match Point, Stuns Okafor-Reyes To Reach Indian Wells Final
P partial Vrhovec
P partial Okafor-Reyes
L city Indian Wells
> Croatian comes through a final-set tie-break after saving a match point at 5-6
F score 5-6
> By ATP Staff
O other ATP
> March 12, 2044
F date March 12, 2044
> Luka Vrhovec celebrates his semi-final win on Stadium 1 at the Indian Wells Tennis Garden. Photo Credit: Mateo Linares/Getty Images
P full Luka Vrhovec
L facility Stadium 1
L facility Indian Wells Tennis Garden
P full Mateo Linares
O company Getty Images
> Luka Vrhovec saved a match point and then held his nerve in a final-set tie-break on Saturday to beat sixth seed Jonah Okafor-Reyes 6-4, 3-6, 7-6(5) and reach his first Masters 1000 final at the BNP Paribas Open.
P full Luka Vrhovec
P full Jonah Okafor-Reyes
F score 6-4
F score 3-6
F score 7-6(5)
> The 14th seed from Split will face second seed Émile Dufresne on Sunday after the Frenchman beat Kenta Morioka 6-3, 6-2 in the evening semi-final. Dufresne leads their head-to-head series 3-1.
L city Split
P full Émile Dufresne
P full Kenta Morioka
F score 6-3
F score 6-2
P partial Dufresne
F score 3-1
> Vrhovec, 25, looked set to go out when Okafor-Reyes broke for a 4-3 lead in the third set. But the American, who grew up two hours' drive away in San Diego, tightened when he served for the match at 5-4 and double-faulted on break point.
P partial Vrhovec
F age 25
P partial Okafor-Reyes
F score 4-3
F duration two hours
L city San Diego
F score 5-4
> At 5-6, Vrhovec faced match point on his own serve and erased it with his 17th ace, a 212 km/h delivery down the T. From 3-4 down in the tie-break, he won four of the last five points.
F score 5-6
P partial Vrhovec
F quantity 212 km/h
F score 3-4
F number four
F number five
> "At 5-6 I was thinking only about the first serve. If it goes in, I have a chance. If not, I am on a plane to Miami a day early," Vrhovec said in his press conference. "My coach told me before the match, 'He will give you one loose game. Be there when it comes.' He was right."
Q direct Luka Vrhovec :: "At 5-6 I was thinking only about the first serve. If it goes in, I have a chance. If not, I am on a plane to Miami a day early,"
F score 5-6
L city Miami
P partial Vrhovec
Q direct Luka Vrhovec :: "My coach told me before the match, 'He will give you one loose game. Be there when it comes.' He was right."
F number one
> The 25-year-old finished with 17 aces and saved nine of the 11 break points he faced in a match that lasted two hours and 48 minutes. Okafor-Reyes won 81 per cent of points behind his first serve but converted only two of his 14 break chances.
F age 25-year-old
F number 17
F number nine
F number 11
F duration two hours
F duration 48 minutes
P partial Okafor-Reyes
F percent 81 per cent
F number two
F number 14
> "I had my chance. I served for it at 5-4 and I played a loose game, two forehands into the net," Okafor-Reyes said. "He deserved it. When he needed an ace on match point, he found one. That's what the best players do."
Q direct Jonah Okafor-Reyes :: "I had my chance. I served for it at 5-4 and I played a loose game, two forehands into the net,"
F score 5-4
F number two
P partial Okafor-Reyes
Q direct Jonah Okafor-Reyes :: "He deserved it. When he needed an ace on match point, he found one. That's what the best players do."
> The 28-year-old, who reached the Indian Wells semi-finals for the first time, said a blister on his right foot had bothered him since the second set but refused to blame it. "I'm not going to sit here and talk about my foot," he said.
F age 28-year-old
L city Indian Wells
Q direct Jonah Okafor-Reyes :: "I'm not going to sit here and talk about my foot,"
> Vrhovec, known to the Croatian fans who followed him from court to court as "Vrhi," earned 600 ranking points and at least $545,000 for reaching the final. He is projected to rise from No. 19 to No. 12 in the ATP Rankings on Monday.
P partial Vrhovec
Q scare - :: "Vrhi,"
F number 600
F money $545,000
O other ATP
> "It's my first Masters 1000 final and I want to enjoy it, but I didn't come all the way to California to lose on Sunday," Vrhovec said. "Émile is playing the best tennis of anybody here. I will need my serve again."
Q direct Luka Vrhovec :: "It's my first Masters 1000 final and I want to enjoy it, but I didn't come all the way to California to lose on Sunday,"
L region California
P partial Vrhovec
Q direct Luka Vrhovec :: "Émile is playing the best tennis of anybody here. I will need my serve again."
P partial Émile
'''

ARTICLES['1950-codelco-atacameno-lithium-royalty-deal-salar-de-atacama-peine-santiago-times'] = r'''
> Mining
> Codelco signs lithium royalty deal with Atacameño communities
O company Codelco
> The state copper giant will pay 3.5% of its lithium sales from the Salar de Atacama to 18 Indigenous communities, but one village says it was left out
F percent 3.5%
L geo Salar de Atacama
F number 18
F number one
> By Valentina Rojas Huerta
P full Valentina Rojas Huerta
> March 21, 2043
F date March 21, 2043
> Evaporation ponds in the Salar de Atacama, in the Antofagasta Region. Photo: Ignacio Parra Vidal / Agencia Uno
L geo Salar de Atacama
L region Antofagasta Region
P full Ignacio Parra Vidal
O media Agencia Uno
> SANTIAGO – Chile’s state copper company Codelco has signed an agreement to pay Indigenous Atacameño, or Lickanantay, communities a royalty of 3.5% on the lithium it sells from the Salar de Atacama, a deal worth an estimated US$96 million a year at current prices.
L city SANTIAGO
L country Chile
O company Codelco
F percent 3.5%
L geo Salar de Atacama
F money US$96 million
> The agreement, signed on Thursday in San Pedro de Atacama, covers Codelco’s planned output of up to 300,000 tonnes of lithium carbonate equivalent (LCE) a year for the next 20 years.
L city San Pedro de Atacama
O company Codelco
F quantity 300,000 tonnes
F duration 20 years
> In a statement, Codelco said the deal would make the communities “partners, not neighbors” of the operation and called it “the first agreement of its kind in Chilean lithium.”
O company Codelco
Q direct Codelco :: “partners, not neighbors”
Q direct Codelco :: “the first agreement of its kind in Chilean lithium.”
> Payments of up to 80 billion pesos (US$84 million) a year will go to a fund run by the Consejo de Pueblos Atacameños (CPA), which represents the 18 communities around the salt flat, and will be split according to population and water use.
F money 80 billion pesos
F money US$84 million
O nonprofit Consejo de Pueblos Atacameños
O nonprofit CPA
F number 18
> CPA president Sergio Cruz Mamani said the communities had negotiated for 14 months and had also won the right to halt pumping if the level of the lagoons near Peine and Socaire falls by more than 30 centimeters.
O nonprofit CPA
P full Sergio Cruz Mamani
F duration 14 months
L city Peine
L city Socaire
F quantity 30 centimeters
> “For 40 years, companies took the water and left us the dust,” Cruz said. “Now the royalty is ours by contract, not by charity. We did not sign for money alone. We signed for the water.”
Q direct Sergio Cruz Mamani :: “For 40 years, companies took the water and left us the dust,”
F duration 40 years
P partial Cruz
Q direct Sergio Cruz Mamani :: “Now the royalty is ours by contract, not by charity. We did not sign for money alone. We signed for the water.”
> Not everyone is satisfied. Rosa Anza Tejerina, president of the Indigenous community of Peine, the village closest to the brine wells, said her community had not been consulted on how the money would be shared. “We read the final text on Wednesday. We were never asked," she told The Santiago Times.
P full Rosa Anza Tejerina
L city Peine
Q direct Rosa Anza Tejerina :: “We read the final text on Wednesday. We were never asked,"
O media The Santiago Times
> Mining Minister Carolina Vergara Alarcón, who attended the signing, said the agreement “sets the standard” for future contracts under the National Lithium Strategy, which requires the state to hold a majority in new projects in the salt flats.
P full Carolina Vergara Alarcón
Q direct Carolina Vergara Alarcón :: “sets the standard”
> “No lithium project in a Chilean salt flat will move forward again without the communities at the table,” Vergara said.
Q direct Carolina Vergara Alarcón :: “No lithium project in a Chilean salt flat will move forward again without the communities at the table,”
P partial Vergara
> Corfo, the state development agency that holds the mining rights to the Salar de Atacama, must still approve the deal. Its board is due to meet on April 7.
O government Corfo
L geo Salar de Atacama
F date April 7
> Martín Sepúlveda Orrego, a senior analyst at the Santiago consultancy Cordillera Commodities Group, said the royalty would cut Codelco’s margin by about a fifth at a lithium price of US$14,500 a tonne.
P full Martín Sepúlveda Orrego
L city Santiago
O company Cordillera Commodities Group
O company Codelco
F fraction a fifth
F money US$14,500
> “It is not cheap, but it is much cheaper than a blocked road,” Sepúlveda said, referring to the 2041 protests in which communities cut off access to the salt flat for 11 days. He said other producers in the so-called “lithium triangle” would face pressure to match the terms.
Q direct Martín Sepúlveda Orrego :: “It is not cheap, but it is much cheaper than a blocked road,”
P partial Sepúlveda
F date 2041
F duration 11 days
Q scare - :: “lithium triangle”
> Chile produced 286,000 tonnes of LCE in 2042, according to the Chilean Copper Commission (Cochilco), second only to Australia.
L country Chile
F quantity 286,000 tonnes
F date 2042
O government Chilean Copper Commission
O government Cochilco
L country Australia
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
