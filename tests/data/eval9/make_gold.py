#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval9 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval9/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['81-wall-street-oil-wrap'] = r'''
> Markets
> Wall Street slides as Fed's Castellanos says rate cuts can wait; oil tops $90
L street Wall Street
O government Fed
P partial Castellanos
F money $90
> Traders work on the floor of the New York Stock Exchange (NYSE) in New York City, U.S., November 18, 2027. REUTERS/Alana Whitcombe
O company New York Stock Exchange
O company NYSE
L city New York City
L country U.S.
F date November 18, 2027
O media REUTERS
P full Alana Whitcombe
> By Danielle Brisco and Tomas Reinholt
P full Danielle Brisco
P full Tomas Reinholt
> NEW YORK/LONDON, Nov. 18 (Reuters) - U.S. stocks fell for a third straight session on Thursday after Federal Reserve Governor Miriam Castellanos said inflation was "not yet beaten," while oil prices jumped above $90 a barrel for the first time in 14 months on worries about supply from the Middle East.
L city NEW YORK
L city LONDON
F date Nov. 18
O media Reuters
L country U.S.
O government Federal Reserve
P full Miriam Castellanos
Q direct Miriam Castellanos :: "not yet beaten,"
F money $90
F duration 14 months
L region Middle East
> The Dow Jones Industrial Average fell 412.36 points, or 0.93%, to 44,107.28, the S&P 500 lost 71.05 points, or 1.19%, to 5,903.14 and the Nasdaq Composite dropped 298.77 points, or 1.59%, to 18,522.60. About 11.2 billion shares changed hands on U.S. exchanges, compared with an average of 10.4 billion over the previous 20 sessions.
F number 412.36
F percent 0.93%
F number 44,107.28
F number 71.05
F percent 1.19%
F number 5,903.14
F number 298.77
F percent 1.59%
F number 18,522.60
F number 11.2 billion
L country U.S.
F number 10.4 billion
F number 20
> Speaking at the Economic Club of Chicago, Castellanos said the central bank could hold its benchmark rate in the 3.75%-4.00% range "for some time" if price pressures in services did not ease. Consumer prices rose 3.1% in the 12 months through October, the Labor Department said last week, well above the Fed's 2% target.
O nonprofit Economic Club of Chicago
P partial Castellanos
F percent 3.75%-4.00%
Q direct Miriam Castellanos :: "for some time"
F percent 3.1%
F duration 12 months
O government Labor Department
O government Fed
F percent 2%
> "We have made real progress, and I don't want to understate it," she said. "But the last mile of this fight has always been the hardest, and I would rather be late by one meeting than early by a year.
Q direct Miriam Castellanos :: "We have made real progress, and I don't want to understate it,"
Q direct Miriam Castellanos :: "But the last mile of this fight has always been the hardest, and I would rather be late by one meeting than early by a year.
F number one
> "Cutting too soon and then having to reverse course would cost us far more credibility than waiting," she added.
Q direct Miriam Castellanos :: "Cutting too soon and then having to reverse course would cost us far more credibility than waiting,"
> Traders cut the probability of a quarter-point cut at the Fed's December meeting to 38% from 61% a day earlier, according to CME Group's FedWatch tool. The yield on benchmark 10-year Treasury notes rose 9 basis points to 4.62%.
F percent quarter-point
O government Fed
F percent 38%
F percent 61%
O company CME Group
F duration 10-year
F percent 9 basis points
F percent 4.62%
> Among individual stocks, chipmaker Corvane Systems Inc. tumbled 8.4% after forecasting fourth-quarter revenue of $2.1 billion to $2.2 billion, short of the $2.45 billion analysts had expected, according to LSEG data. Retailer Pellham Stores rose 3.7% after raising its full-year profit outlook, and Bexley Therapeutics more than doubled to $41.80 after the Food and Drug Administration approved its migraine drug.
O company Corvane Systems Inc.
F percent 8.4%
F money $2.1 billion
F money $2.2 billion
F money $2.45 billion
O company LSEG
O company Pellham Stores
F percent 3.7%
O company Bexley Therapeutics
F money $41.80
O government Food and Drug Administration
> The so-called "Magnificent Seven" group of megacap technology stocks fell 2.2%, dragging the Nasdaq to its lowest close since Aug. 27.
Q scare - :: "Magnificent Seven"
F percent 2.2%
F date Aug. 27
> Brent crude futures settled up $2.64, or 3%, at $91.37 a barrel, their highest since September 2026. U.S. West Texas Intermediate crude gained $2.41 to $87.90. Prices rose after tanker traffic through the Strait of Hormuz slowed and the Organization of the Petroleum Exporting Countries (OPEC) said its members would keep 1.4 million barrels per day of output off the market until the end of March.
F money $2.64
F percent 3%
F money $91.37
F date September 2026
L country U.S.
F money $2.41
F money $87.90
L geo Strait of Hormuz
O intergovernmental Organization of the Petroleum Exporting Countries
O intergovernmental OPEC
F quantity 1.4 million barrels per day
> Energy shares were among the few gainers. Talbridge Energy and Orrin Petroleum, two of the biggest U.S. oil producers, rose 2.9% and 3.3%, respectively.
O company Talbridge Energy
O company Orrin Petroleum
F number two
L country U.S.
F percent 2.9%
F percent 3.3%
> In currencies, the dollar rose 0.6% to 157.35 yen, its strongest since July, prompting Japan's top currency diplomat, Kenji Watanuki, to say Tokyo was watching moves "with a high sense of urgency." The euro slipped 0.2% to $1.0734 after European Central Bank (ECB) board member Annelie Vos said in Frankfurt that the ECB was "comfortable" with its 2.25% deposit rate.
F percent 0.6%
F money 157.35 yen
L country Japan
P full Kenji Watanuki
L city Tokyo
Q direct Kenji Watanuki :: "with a high sense of urgency."
F percent 0.2%
F money $1.0734
O government European Central Bank
O government ECB
P full Annelie Vos
L city Frankfurt
O government ECB
Q direct Annelie Vos :: "comfortable"
F percent 2.25%
> "The market had priced a December cut as a near certainty a week ago. Now it is a coin toss," said Rahul Mehra, head of U.S. rates strategy at Harcourt Lyle Securities in New York. "Equities are having to reprice that in real time."
Q direct Rahul Mehra :: "The market had priced a December cut as a near certainty a week ago. Now it is a coin toss,"
P full Rahul Mehra
L country U.S.
O company Harcourt Lyle Securities
L city New York
Q direct Rahul Mehra :: "Equities are having to reprice that in real time."
> Strategists at Vandermeer Bank, who last month called the year-end rally a "sugar high," said in a note to clients that they expected the S&P 500 to end 2028 at 5,600, about 5% below Thursday's close. "Valuations leave very little room for disappointment," the bank wrote.
O company Vandermeer Bank
Q direct Vandermeer Bank :: "sugar high,"
F date 2028
F number 5,600
F percent 5%
Q direct Vandermeer Bank :: "Valuations leave very little room for disappointment,"
> (Reporting by Danielle Brisco in New York and Tomas Reinholt in London; Additional reporting by Yuki Hamasaki in Tokyo; Editing by Dermot Hale)
P full Danielle Brisco
L city New York
P full Tomas Reinholt
L city London
P full Yuki Hamasaki
L city Tokyo
P full Dermot Hale
'''

ARTICLES['82-hinton-marsh-injuries-unit'] = r'''
> Local News
> Villagers vow to fight closure of Hinton Marsh minor injuries unit
L city Hinton Marsh
> Campaigners say the nearest alternative is a 40-minute drive away on the A303
F duration 40-minute
L street A303
> By Hannah Loveridge | Local Democracy Reporter
P full Hannah Loveridge
> Published 16 February 2027, 6.05pm
F date 16 February 2027
F time 6.05pm
> The minor injuries unit at Hinton Marsh Community Hospital in Somerset will close at the end of April, Somerset Vale NHS Foundation Trust confirmed on Monday, despite a petition signed by more than 4,200 people and a protest outside County Hall in Taunton at the weekend.
O other Hinton Marsh Community Hospital
L region Somerset
O other Somerset Vale NHS Foundation Trust
F number 4,200
L facility County Hall
L city Taunton
> The unit, which treats sprains, minor burns and broken bones and is open from 8am to 8pm every day, saw 11,340 patients in 2025-26, according to trust figures. Closing it will save about £410,000 a year, the trust said. Its six nurses will be offered jobs at Musgrove Park Hospital in Taunton or at Yeovil District Hospital, 18 miles away.
F time 8am
F time 8pm
F number 11,340
F date 2025-26
F money £410,000
F number six
O other Musgrove Park Hospital
L city Taunton
O other Yeovil District Hospital
F quantity 18 miles
> “We know how much the unit means to people in Hinton Marsh and the surrounding villages,” said Dr Alison Merrifield, the trust’s chief medical officer. “But we cannot staff it safely. On 31 of the last 90 days it has had to close early because no nurse practitioner was available.”
Q direct Alison Merrifield :: “We know how much the unit means to people in Hinton Marsh and the surrounding villages,”
L city Hinton Marsh
P full Alison Merrifield
Q direct Alison Merrifield :: “But we cannot staff it safely. On 31 of the last 90 days it has had to close early because no nurse practitioner was available.”
F number 31
F duration 90 days
> Hinton Marsh, a village of about 2,600 people between Wincanton and the Dorset border, has had a hospital since 1921, when one was built by public subscription as a memorial to 47 men from the parish killed in the First World War. Residents still call it “the Cottage”.
L city Hinton Marsh
F number 2,600
L city Wincanton
L region Dorset
F date 1921
F number 47
Q scare - :: “the Cottage”
> Margaret Pillinger, 78, who chairs the Friends of Hinton Marsh Hospital, a charity that has raised £1.2m for the building since the 1990s, said the decision had been “made in an office in Taunton by people who have never driven the A303 in February”.
P full Margaret Pillinger
F age 78
O nonprofit Friends of Hinton Marsh Hospital
F money £1.2m
F date 1990s
Q direct Margaret Pillinger :: “made in an office in Taunton by people who have never driven the A303 in February”
L city Taunton
L street A303
> “When my husband had his stroke, the unit got him stable and on to Yeovil within the hour,” she said. “Without it, people here will sit in their cars for 40 minutes, or they will not go at all, and some of them will die of it.
Q direct Margaret Pillinger :: “When my husband had his stroke, the unit got him stable and on to Yeovil within the hour,”
L city Yeovil
Q direct Margaret Pillinger :: “Without it, people here will sit in their cars for 40 minutes, or they will not go at all, and some of them will die of it.
F duration 40 minutes
> “We have been told this is temporary before. We were told that in 2019. It is never temporary.”
Q direct Margaret Pillinger :: “We have been told this is temporary before. We were told that in 2019. It is never temporary.”
F date 2019
> Somerset Council, which runs adult social care in the county, said it had not been consulted. Cllr Graham Tuckett, the Liberal Democrat cabinet member for adult social care, told a full council meeting on 12 February that the closure would put “more pressure on a system that is already at breaking point”. The council’s scrutiny committee will question trust managers on 3 March at 10am.
O government Somerset Council
P full Graham Tuckett
F date 12 February
Q direct Graham Tuckett :: “more pressure on a system that is already at breaking point”
F date 3 March
F time 10am
> The trust said the decision followed a review of urgent care across the county ordered by NHS England in 2025. A Care Quality Commission (CQC) inspection last year rated the unit “requires improvement”, citing staffing gaps, although the CQC found the care itself to be good.
O government NHS England
F date 2025
O government Care Quality Commission
O government CQC
Q scare - :: “requires improvement”
O government CQC
> Patients will instead be directed to NHS 111 or to same-day appointments at the village GP surgery, the trust said. It will also run a “virtual ward” service, in which patients are monitored at home by video.
Q scare - :: “virtual ward”
> Avon and Somerset Police said about 300 people had joined Saturday’s march from Castle Green to County Hall, which it described as “peaceful and good-natured”. No arrests were made.
O government Avon and Somerset Police
F number 300
L facility Castle Green
L facility County Hall
Q direct Avon and Somerset Police :: “peaceful and good-natured”
> Mrs Pillinger said the Friends would take the petition to Westminster next month. “We raised the money for that building with cake sales and sponsored walks,” she said. “They can at least look us in the eye.”
P partial Pillinger
O nonprofit Friends
L city Westminster
Q direct Margaret Pillinger :: “We raised the money for that building with cake sales and sponsored walks,”
Q direct Margaret Pillinger :: “They can at least look us in the eye.”
'''

ARTICLES['83-saltmarsh-radio-tour'] = r'''
> Music
> Glasgow band Saltmarsh Radio, fresh from Mercury Prize win, announces 38-date world tour
L city Glasgow
O other Saltmarsh Radio
F number 38
> Isla Drummond of Saltmarsh Radio performs at the Barrowland Ballroom in Glasgow, Scotland, on Saturday, Sept. 11, 2027. (Photo by Fergus Lamont/Invision/AP)
P full Isla Drummond
O other Saltmarsh Radio
L facility Barrowland Ballroom
L city Glasgow
L country Scotland
F date Sept. 11, 2027
P full Fergus Lamont
O media Invision
O media AP
> By MORAG KEIR
P full MORAG KEIR
> Associated Press
O media Associated Press
> GLASGOW, Scotland (AP) — Saltmarsh Radio spent most of the last decade playing to a few hundred people a night in pubs along Scotland’s west coast. On Monday, two weeks after winning the Mercury Prize for their second album, the four-piece announced a 38-date world tour that will take them to arenas in Europe, North America and Australia next year.
L city GLASGOW
L country Scotland
O media AP
O other Saltmarsh Radio
L country Scotland
F duration two weeks
F number four
F number 38
L continent Europe
L continent North America
L country Australia
> The tour, named “Low Tide, High Signal” after the album, opens at the OVO Hydro in Glasgow on March 3, 2028, and ends with two nights at Madison Square Garden in New York in late June. Tickets go on sale Friday at 10 a.m. local time through Ticketmaster, with prices starting at 45 pounds ($57) in Britain and $59 in the United States.
Q scare - :: “Low Tide, High Signal”
L facility OVO Hydro
L city Glasgow
F date March 3, 2028
F number two
L facility Madison Square Garden
L city New York
F time 10 a.m.
O company Ticketmaster
F money 45 pounds
F money $57
L country Britain
F money $59
L country United States
> Singer and guitarist Isla Drummond, 31, said the band almost split up in 2023, when their first label, Greyfriars Music, dropped them after their debut sold poorly. “We were sleeping on floors in Leeds and Bristol and wondering what on earth we were doing,” she said in an interview at the band’s rehearsal space in Govan. “Then ‘Harbour Lights’ happened, and suddenly whole rooms were singing it back at us.”
P full Isla Drummond
F age 31
F date 2023
O company Greyfriars Music
Q direct Isla Drummond :: “We were sleeping on floors in Leeds and Bristol and wondering what on earth we were doing,”
L city Leeds
L city Bristol
L city Govan
Q direct Isla Drummond :: “Then ‘Harbour Lights’ happened, and suddenly whole rooms were singing it back at us.”
> “Harbour Lights,” a six-minute song about her grandfather’s years on fishing boats on the Clyde, has been streamed more than 210 million times on Spotify since its release in April 2026. It reached No. 4 on the U.K. singles chart.
Q scare - :: “Harbour Lights,”
F duration six-minute
L geo Clyde
F number 210 million
O company Spotify
F date April 2026
L country U.K.
> The band signed in 2024 with the London-based independent label Northlight Records, which released “Low Tide, High Signal” last October. Northlight’s founder, Priya Castellino, said the album had sold 640,000 copies worldwide, including vinyl, and that the label had turned down “two very large offers” from major labels for the band’s contract.
F date 2024
L city London
O company Northlight Records
Q scare - :: “Low Tide, High Signal”
O company Northlight
P full Priya Castellino
F number 640,000
Q direct Priya Castellino :: “two very large offers”
F number two
> The Mercury Prize, which comes with 25,000 pounds, is judged by a panel of musicians, critics and broadcasters. This year’s judges called the record “a tide-line of grief and joy.” Previous winners include Arctic Monkeys and PJ Harvey, the only artist to win it twice.
F money 25,000 pounds
Q direct - :: “a tide-line of grief and joy.”
O other Arctic Monkeys
P full PJ Harvey
> Fans complained online on Monday that some seats for the Madison Square Garden shows had been listed at more than $400 under “dynamic pricing,” in which prices rise with demand. Drummond said the band had asked Ticketmaster to cap them. “We’re not going to play to a room full of people who paid a month’s rent to be there,” she said.
L facility Madison Square Garden
F money $400
Q scare - :: “dynamic pricing,”
P partial Drummond
O company Ticketmaster
Q direct Isla Drummond :: “We’re not going to play to a room full of people who paid a month’s rent to be there,”
> Bassist Callum Reid and drummer Ewan MacAra, known to fans as “the Metronome,” grew up together in Paisley and joined Drummond in 2017. Keyboard player Sunniva Hald, from Bergen, Norway, joined in 2025.
P full Callum Reid
P full Ewan MacAra
Q scare - :: “the Metronome,”
L city Paisley
P partial Drummond
F date 2017
P full Sunniva Hald
L city Bergen
L country Norway
F date 2025
> Creative Scotland, the national arts funding body, gave the band a touring grant of 12,000 pounds in 2022, something Drummond mentioned in her acceptance speech in London. The album is also nominated for a Grammy for best alternative music album; the Recording Academy will announce the winners in Los Angeles on Feb. 6.
O government Creative Scotland
F money 12,000 pounds
F date 2022
P partial Drummond
L city London
O nonprofit Recording Academy
L city Los Angeles
F date Feb. 6
> “Honestly, we’d be just as happy playing the Barrowlands again,” Reid said. “But you don’t say no to the Garden.”
Q direct Callum Reid :: “Honestly, we’d be just as happy playing the Barrowlands again,”
L facility Barrowlands
P partial Reid
Q direct Callum Reid :: “But you don’t say no to the Garden.”
L facility Garden
'''

ARTICLES['84-hanseong-mitarai-separator'] = r'''
> Deals
> South Korea's Hanseong Chemical to buy Mitarai's battery film unit for 210 billion yen
L country South Korea
O company Hanseong Chemical
O company Mitarai
F money 210 billion yen
> By Kim Soo-yeon and Rie Nakagawa
P full Kim Soo-yeon
P full Rie Nakagawa
> SEOUL/TOKYO, July 22 (Reuters) - South Korea's Hanseong Chemical Co. said on Thursday it would buy the battery separator business of Japan's Mitarai Materials Corp. for 210 billion yen ($1.4 billion), the latest move by a Korean battery supplier to cut its reliance on China as U.S. trade rules tighten.
L city SEOUL
L city TOKYO
F date July 22
O media Reuters
L country South Korea
O company Hanseong Chemical Co.
L country Japan
O company Mitarai Materials Corp.
F money 210 billion yen
F money $1.4 billion
L country China
L country U.S.
> The unit, which makes the thin plastic films that keep the electrodes of lithium-ion batteries apart, has plants in Shiga prefecture in western Japan and in Changzhou, China, and employs about 1,800 people. It posted an operating profit of 14.6 billion yen on sales of 118 billion yen in the year ended March 31.
L region Shiga
L country Japan
L city Changzhou
L country China
F number 1,800
F money 14.6 billion yen
F money 118 billion yen
F date March 31
> Hanseong Chemical, an affiliate of the Hanseong Group conglomerate, will fund the purchase with cash on hand and a 500 billion won ($362 million) bond issue, Chief Financial Officer Park Ji-hoon told reporters in Seoul. Park said he expected the unit to supply 30% of the separator film used at the company's cell plants in Poland and in Georgia, the U.S. state, by 2030.
O company Hanseong Chemical
O company Hanseong Group
F money 500 billion won
F money $362 million
P full Park Ji-hoon
L city Seoul
P partial Park
F percent 30%
L country Poland
L region Georgia
L country U.S.
F date 2030
> "Separators were the one part of our supply chain where we still depended almost entirely on Chinese suppliers," Park said. "This deal changes that overnight."
Q direct Park Ji-hoon :: "Separators were the one part of our supply chain where we still depended almost entirely on Chinese suppliers,"
P partial Park
Q direct Park Ji-hoon :: "This deal changes that overnight."
> U.S. rules deny tax credits to electric vehicles whose batteries contain parts made by a "foreign entity of concern," a category that covers most Chinese producers. Hanseong supplies cells to carmakers in North America and Europe, and competes with LG Energy Solution and Samsung SDI.
L country U.S.
Q scare - :: "foreign entity of concern,"
O company Hanseong
L continent North America
L continent Europe
O company LG Energy Solution
O company Samsung SDI
> Mitarai, which has been under pressure from activist investor Kestrel Bay Capital to sell businesses outside its core semiconductor materials operations, said it would use the proceeds to buy back up to 60 billion yen of its own shares. President Kenta Ishiguro called the separator unit "a good business in the wrong home."
O company Mitarai
O company Kestrel Bay Capital
F money 60 billion yen
P full Kenta Ishiguro
Q direct Kenta Ishiguro :: "a good business in the wrong home."
> "Our shareholders asked us to focus, and we listened," Ishiguro said at a news conference in Tokyo, adding that all 1,800 employees of the unit would keep their jobs for at least three years.
Q direct Kenta Ishiguro :: "Our shareholders asked us to focus, and we listened,"
P partial Ishiguro
L city Tokyo
F number 1,800
F duration three years
> The companies announced the deal after the Tokyo market closed at 3:30 p.m. (0630 GMT). Mitarai's shares had jumped as much as 11.5% earlier in the day to 3,482 yen, their biggest intraday gain since 2020, on media reports of a sale, before closing up 8.9%. Hanseong Chemical shares fell 4.2% in Seoul, while the benchmark KOSPI index was flat.
L city Tokyo
F time 3:30 p.m.
F time 0630 GMT
O company Mitarai
F percent 11.5%
F money 3,482 yen
F date 2020
F percent 8.9%
O company Hanseong Chemical
F percent 4.2%
L city Seoul
> The deal requires approval from the Korea Fair Trade Commission, from Japan's Ministry of Economy, Trade and Industry (METI), which screens sales of strategic technology to foreign buyers, and from China's State Administration for Market Regulation (SAMR), because of the Changzhou plant. The companies expect to complete it by January 2028.
O government Korea Fair Trade Commission
L country Japan
O government Ministry of Economy, Trade and Industry
O government METI
L country China
O government State Administration for Market Regulation
O government SAMR
L city Changzhou
F date January 2028
> METI said in a statement it would review the deal "in accordance with the law" and declined further comment.
O government METI
Q direct Ministry of Economy, Trade and Industry :: "in accordance with the law"
> SAMR has taken as long as 18 months to clear deals involving battery materials, said Li Mingzhe, an analyst at Jinhai Pacific Securities in Shanghai. The Changzhou plant, built in 2019 for 1.1 billion yuan ($152 million), sells most of its output to Chinese cell makers.
O government SAMR
F duration 18 months
P full Li Mingzhe
O company Jinhai Pacific Securities
L city Shanghai
L city Changzhou
F date 2019
F money 1.1 billion yuan
F money $152 million
> "Beijing wants that plant to keep selling to domestic customers. I expect conditions, not a block," Li said.
Q direct Li Mingzhe :: "Beijing wants that plant to keep selling to domestic customers. I expect conditions, not a block,"
L city Beijing
P partial Li
> (Reporting by Kim Soo-yeon in Seoul and Rie Nakagawa in Tokyo; Additional reporting by Zhang Lu in Shanghai; Editing by Nora Whitfield)
P full Kim Soo-yeon
L city Seoul
P full Rie Nakagawa
L city Tokyo
P full Zhang Lu
L city Shanghai
P full Nora Whitfield
'''

ARTICLES['85-kessler-pharmacy-sentencing'] = r'''
> Pennsylvania pharmacy owner gets more than 12 years for $38 million opioid and Medicare fraud
L region Pennsylvania
F duration 12 years
F money $38 million
> Raymond Kessler, center, leaves the James A. Byrne U.S. Courthouse in Philadelphia with his attorney, Dana Whitlock, on Tuesday, Oct. 12, 2027. (AP Photo/Luis Ferreira)
P full Raymond Kessler
L facility James A. Byrne U.S. Courthouse
L city Philadelphia
P full Dana Whitlock
F date Oct. 12, 2027
O media AP
P full Luis Ferreira
> By MAUREEN O’CALLAGHAN
P full MAUREEN O’CALLAGHAN
> Associated Press
O media Associated Press
> PHILADELPHIA (AP) — The owner of a chain of five pharmacies in eastern Pennsylvania was sentenced Tuesday to 151 months in federal prison for what prosecutors called one of the largest opioid diversion schemes in the state’s history, a scheme that also billed Medicare and private insurers for $38 million in drugs that were never dispensed.
L city PHILADELPHIA
O media AP
F number five
L region Pennsylvania
F duration 151 months
F money $38 million
> U.S. District Judge Harriet Okonjo-Baines also ordered Raymond Kessler, 58, of Bethlehem, to pay $38.4 million in restitution and to forfeit $3.1 million in cash, a lake house in the Pocono Mountains and a Porsche 911 sports car that FBI agents seized from his garage in March 2026.
L country U.S.
P full Harriet Okonjo-Baines
P full Raymond Kessler
F age 58
L city Bethlehem
F money $38.4 million
F money $3.1 million
L geo Pocono Mountains
O government FBI
F date March 2026
> A jury in the U.S. District Court for the Eastern District of Pennsylvania convicted Kessler in June of conspiracy to distribute oxycodone, health care fraud and money laundering after a three-week trial. Prosecutors had asked for 20 years; his lawyers sought eight.
O government U.S. District Court for the Eastern District of Pennsylvania
P partial Kessler
F duration three-week
F duration 20 years
F number eight
> From 2021 to 2025, Kessler’s stores, which traded as Lehigh Valley Family Pharmacy, filled more than 410,000 prescriptions for oxycodone and other opioids written by three doctors who, according to trial testimony, rarely examined patients. Two of the doctors have pleaded guilty and are awaiting sentencing; the third, Dr. Victor Amsel, died in 2026 at 71, before the case came to trial.
F date 2021
F date 2025
P partial Kessler
O company Lehigh Valley Family Pharmacy
F number 410,000
F number three
F number Two
P full Victor Amsel
F date 2026
F age 71
> The chain’s chief pharmacist, Nadia Sorensen, 44, of Allentown, testified against Kessler under a plea agreement. She told jurors he tracked each store’s daily sales on a whiteboard in his office and referred to the pharmacies as “my ATMs.”
P full Nadia Sorensen
F age 44
L city Allentown
P partial Kessler
Q direct Raymond Kessler :: “my ATMs.”
> “This was not a pharmacy. It was a distribution business that happened to have a counter and a cash register,” Assistant U.S. Attorney Michael Brandt told the judge during the four-hour hearing. “The defendant knew exactly who was walking through his door, and why.”
Q direct Michael Brandt :: “This was not a pharmacy. It was a distribution business that happened to have a counter and a cash register,”
L country U.S.
P full Michael Brandt
F duration four-hour
Q direct Michael Brandt :: “The defendant knew exactly who was walking through his door, and why.”
> Kessler, wearing a gray suit, apologized to the families of two customers who died of overdoses. “I told myself I was just filling what the doctors wrote,” he said, his voice breaking. “I know now that is not an excuse.”
P partial Kessler
F number two
Q direct Raymond Kessler :: “I told myself I was just filling what the doctors wrote,”
Q direct Raymond Kessler :: “I know now that is not an excuse.”
> In the courtroom’s second row, Denise Varga held a photograph of her son, Tyler, who died in 2024 at age 26. “He got 90 pills a month from that store for two years,” she said afterward. “Nobody there ever asked him a single question.”
P full Denise Varga
P partial Tyler
F date 2024
F age 26
Q direct Denise Varga :: “He got 90 pills a month from that store for two years,”
F number 90
F duration two years
Q direct Denise Varga :: “Nobody there ever asked him a single question.”
> Whitlock said her client would appeal. “Mr. Kessler did not write a single one of these prescriptions, and the government’s own witnesses said he never saw a patient,” she said outside the courthouse. “A sentence of more than 12 years for a man with no prior record is far out of line with what other pharmacy owners have received in this district.
P partial Whitlock
Q direct Dana Whitlock :: “Mr. Kessler did not write a single one of these prescriptions, and the government’s own witnesses said he never saw a patient,”
P partial Kessler
Q direct Dana Whitlock :: “A sentence of more than 12 years for a man with no prior record is far out of line with what other pharmacy owners have received in this district.
F duration 12 years
> “We will ask the 3rd Circuit to look at that.”
Q direct Dana Whitlock :: “We will ask the 3rd Circuit to look at that.”
O government 3rd Circuit
> The case was investigated by the Drug Enforcement Administration (DEA), the FBI and the Office of Inspector General of the U.S. Department of Health and Human Services. In a statement, the DEA said the sentence should “send a clear message to anyone who thinks a white coat is a shield.”
O government Drug Enforcement Administration
O government DEA
O government FBI
O government Office of Inspector General
O government U.S. Department of Health and Human Services
O government DEA
Q direct Drug Enforcement Administration :: “send a clear message to anyone who thinks a white coat is a shield.”
> Okonjo-Baines allowed Kessler to remain free until he reports to the federal Bureau of Prisons on Jan. 10, 2028. She recommended that he serve his sentence at a prison in Pennsylvania close to his family and that he take part in a 500-hour drug treatment program.
P partial Okonjo-Baines
P partial Kessler
O government Bureau of Prisons
F date Jan. 10, 2028
L region Pennsylvania
F duration 500-hour
'''

ARTICLES['86-vasquez-tolliver-obituary'] = r'''
> Obituaries
> Irene Vasquez-Tolliver, miler who outran the rules of women’s track, dies at 86
P full Irene Vasquez-Tolliver
F age 86
> She set a U.S. record for the mile in 1967, when most meets would not let women race it, then coached at the University of New Mexico for 38 years.
L country U.S.
F date 1967
O education University of New Mexico
F duration 38 years
> Irene Vasquez-Tolliver, left, leads a women’s mile at a meet in Compton, Calif., in 1967. (AP Photo, File)
P full Irene Vasquez-Tolliver
L city Compton
L region Calif.
F date 1967
O media AP
> By ROBERTO SANDOVAL
P full ROBERTO SANDOVAL
> Associated Press
O media Associated Press
> ALBUQUERQUE, N.M. (AP) — Irene Vasquez-Tolliver, who set an American record in the mile in 1967 when most meets barred women from racing it, and who later coached 14 national champions at the University of New Mexico, died Saturday at her home in Albuquerque. She was 86.
L city ALBUQUERQUE
L region N.M.
O media AP
P full Irene Vasquez-Tolliver
F date 1967
F number 14
O education University of New Mexico
L city Albuquerque
F age 86
> Her daughter, Lucia Tolliver-Reyes, said the cause was complications of Parkinson’s disease.
P full Lucia Tolliver-Reyes
> Vasquez-Tolliver ran the mile in 4:40.2 at the Compton Invitational in California on June 24, 1967. The mark stood as the U.S. record for nearly four years, but it was never ratified by the Amateur Athletic Union (AAU), which then governed the sport and did not recognize women’s races longer than 800 meters.
P partial Vasquez-Tolliver
F duration 4:40.2
L region California
F date June 24, 1967
L country U.S.
F duration four years
O nonprofit Amateur Athletic Union
O nonprofit AAU
F quantity 800 meters
> Officials of the era warned that longer races could be “dangerous to the female frame,” as a 1962 rule book put it. Vasquez-Tolliver ran in men’s races when meet directors allowed it and in what programs listed as “exhibition” heats when they did not.
Q direct - :: “dangerous to the female frame,”
F date 1962
P partial Vasquez-Tolliver
Q scare - :: “exhibition”
> Born Irene Vasquez on Nov. 2, 1941, in Gallup, N.M., she was the fourth of seven children of Tomás Vasquez, a coal miner, and his wife, Consuelo Baca Vasquez, who ran a boarding house. She began running at 12, chasing her older brothers to the mine and back, a 3-mile round trip.
P full Irene Vasquez
F date Nov. 2, 1941
L city Gallup
L region N.M.
F number seven
P full Tomás Vasquez
P full Consuelo Baca Vasquez
F age 12
F quantity 3-mile
> She ran the 800 meters at the Olympic trials in 1968, finishing fifth, and missed a place on the team for Mexico City by 0.8 seconds. In 1976, four years after the International Olympic Committee added the women’s 1,500 meters to the Games, she became the first women’s track coach at the university, where she stayed until 2014.
F quantity 800 meters
F date 1968
L city Mexico City
F duration 0.8 seconds
F date 1976
F duration four years
O nonprofit International Olympic Committee
F quantity 1,500 meters
F date 2014
> Her Lobos teams won nine conference titles, and she coached 14 national champions and three Olympians, among them Dana Whitecloud, who ran the 1,500 meters for the United States at the 1996 Olympics in Atlanta.
O team Lobos
F number nine
F number 14
F number three
P full Dana Whitecloud
F quantity 1,500 meters
O team United States
F date 1996
L city Atlanta
> “Irene didn’t believe in talent as an excuse or as a gift,” said Marcus Holloway, who ran the men’s program at New Mexico from 1981 to 2009. “She believed in miles. She would put you on the Sandia Crest trail at 6 a.m. in January and meet you at the top with a thermos of coffee.
Q direct Marcus Holloway :: “Irene didn’t believe in talent as an excuse or as a gift,”
P partial Irene
P full Marcus Holloway
O education New Mexico
F date 1981
F date 2009
Q direct Marcus Holloway :: “She believed in miles. She would put you on the Sandia Crest trail at 6 a.m. in January and meet you at the top with a thermos of coffee.
L geo Sandia Crest
F time 6 a.m.
> “Half the kids hated her for a semester. Then they loved her for life.”
Q direct Marcus Holloway :: “Half the kids hated her for a semester. Then they loved her for life.”
F fraction Half
> She was inducted into the National Distance Running Hall of Fame in 2011 and received the Legend Coach Award from USA Track & Field (USATF) in 2019.
O other National Distance Running Hall of Fame
F date 2011
O nonprofit USA Track & Field
O nonprofit USATF
F date 2019
> Her marriage to Robert Tolliver, a high school chemistry teacher, ended in divorce in 1983; he died in 2015. In addition to her daughter, she is survived by a son, Daniel Tolliver; two sisters, Rosa Montoya and Lupe Vasquez; and five grandchildren.
P full Robert Tolliver
F date 1983
F date 2015
P full Daniel Tolliver
F number two
P full Rosa Montoya
P full Lupe Vasquez
F number five
> Whitecloud, now the women’s distance coach at Northern Arizona University, said Vasquez-Tolliver kept handwritten logs of every workout her athletes ran, some 4,000 pages in all. “She knew my splits from 1993 better than I did,” Whitecloud said. “She called me last month to ask about them.”
P partial Whitecloud
O education Northern Arizona University
P partial Vasquez-Tolliver
F number 4,000
Q direct Dana Whitecloud :: “She knew my splits from 1993 better than I did,”
F date 1993
P partial Whitecloud
Q direct Dana Whitecloud :: “She called me last month to ask about them.”
> Asked in a 2017 interview with the Albuquerque Journal whether she resented the rules that had held her back, she laughed. “Resent them? I ran past them,” she said.
F date 2017
O media Albuquerque Journal
Q direct Irene Vasquez-Tolliver :: “Resent them? I ran past them,”
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
