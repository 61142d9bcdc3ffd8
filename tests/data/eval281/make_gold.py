#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval281 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval281/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1729-sheffield-rotherham-tram-train-extension-parkgate-approved-guardian'] = r'''
> Transport
> Sheffield tram-train extension to Rotherham approved in £312m deal
L city Sheffield
L city Rotherham
F money £312m
> Ministers back 4.2-mile link beyond Parkgate to a new stop at Rotherham Gateway, with first passengers promised by December 2041
F quantity 4.2-mile
L city Parkgate
L facility Rotherham Gateway
F date December 2041
> Helen Pickersgill North of England correspondent
P full Helen Pickersgill
L region North of England
> Wed 18 Sep 2038 07.00 BST
F date 18 Sep 2038
F time 07.00 BST
> A tram-train at the Meadowhall stop. The extension would add five stops between Sheffield and Rotherham. Photograph: Owen Tattersall/The Guardian
L facility Meadowhall
F number five
L city Sheffield
L city Rotherham
P full Owen Tattersall
O media The Guardian
> A £312m extension of Sheffield’s tram-train line deeper into Rotherham has been approved by the Department for Transport (DfT), ending a decade of lobbying by South Yorkshire leaders who said the town had been left “at the end of the line”.
F money £312m
L city Sheffield
L city Rotherham
O government Department for Transport
O government DfT
L region South Yorkshire
Q direct - :: “at the end of the line”
> The 4.2-mile route will leave the existing line at Parkgate and run along a disused freight line through Rawmarsh and Kilnhurst to a new terminus beside Rotherham Gateway station, serving about 9,000 passengers a day by 2044, according to the business case. Unlike the rest of the Supertram network, it will be run to mainline signalling rules.
F quantity 4.2-mile
L city Parkgate
L city Rawmarsh
L city Kilnhurst
L facility Rotherham Gateway
F number 9,000
F date 2044
> Oliver Denholm, the mayor of South Yorkshire, said the decision was “the biggest thing to happen to public transport in this borough since the trams came back in 1994”. He added: “People in Rawmarsh and Kilnhurst have watched buses get slower and dearer for 20 years. This gives them a train every 10 minutes into Sheffield.”
P full Oliver Denholm
L region South Yorkshire
Q direct Oliver Denholm :: “the biggest thing to happen to public transport in this borough since the trams came back in 1994”
F date 1994
Q direct Oliver Denholm :: “People in Rawmarsh and Kilnhurst have watched buses get slower and dearer for 20 years. This gives them a train every 10 minutes into Sheffield.”
L city Rawmarsh
L city Kilnhurst
F duration 20 years
F duration 10 minutes
L city Sheffield
> Under the deal, the DfT will pay £248m, with the rest coming from the South Yorkshire Mayoral Combined Authority (SYMCA) and Rotherham Metropolitan Borough Council. Construction is due to start in March 2039 and take 30 months.
O government DfT
F money £248m
O government South Yorkshire Mayoral Combined Authority
O government SYMCA
O government Rotherham Metropolitan Borough Council
F date March 2039
F duration 30 months
> At Meadowhall, Sunita Rahman, 47, who runs a phone-repair kiosk in the shopping centre, was cautiously pleased. “Half my customers come from Rotherham on the X1 bus,” she said. “If the tram gets them here in 15 minutes instead of 40 minutes, I’ll take that. But they said ‘next year’ about the last scheme, and the year after.”
L facility Meadowhall
P full Sunita Rahman
F age 47
Q direct Sunita Rahman :: “Half my customers come from Rotherham on the X1 bus,”
F fraction Half
L city Rotherham
Q direct Sunita Rahman :: “If the tram gets them here in 15 minutes instead of 40 minutes, I’ll take that. But they said ‘next year’ about the last scheme, and the year after.”
F duration 15 minutes
F duration 40 minutes
> A Department for Transport spokesperson said: “This investment will cut journey times, connect communities to jobs and support growth across the north.” The department said the business case showed a return of £2.40 for every £1 spent.
O government Department for Transport
Q direct - :: “This investment will cut journey times, connect communities to jobs and support growth across the north.”
F money £2.40
F money £1
> Dr Priya Lindqvist, a senior lecturer in transport planning at the University of Sheffield, said tram-trains, which run on both street tracks and Network Rail lines, were still “a bit of an experiment” in Britain.
P full Priya Lindqvist
O education University of Sheffield
O company Network Rail
Q direct Priya Lindqvist :: “a bit of an experiment”
L country Britain
> “The 2018 pilot worked, but it carried about a third of the people forecast at first,” she said. “The risk is that the extension is built to a 2030s timetable while the main line is still run to a 1980s one.
Q direct Priya Lindqvist :: “The 2018 pilot worked, but it carried about a third of the people forecast at first,”
F date 2018
F fraction a third
Q direct Priya Lindqvist :: “The risk is that the extension is built to a 2030s timetable while the main line is still run to a 1980s one.
F date 2030s
F date 1980s
> “If freight still gets priority at Parkgate junction, passengers will notice within six months.”
Q direct Priya Lindqvist :: “If freight still gets priority at Parkgate junction, passengers will notice within six months.”
L facility Parkgate
F duration six months
> A Rotherham councillor, who asked not to be named, called the scheme “a shiny tram for a town that needs buses”, and said cuts to services in Maltby and Dinnington had hit far more people. About 41% of households in the borough do not have a car, and the A633 queue that drivers call the “Parkgate crawl” will not go away, the councillor said.
L city Rotherham
Q direct - :: “a shiny tram for a town that needs buses”
L city Maltby
L city Dinnington
F percent 41%
L street A633
Q scare - :: “Parkgate crawl”
> Denholm said fares would be capped at £2.50 for a single journey, the same as on buses, and that the combined authority would consult on a park-and-ride site off junction 34 of the M1 this autumn. Services are expected to begin on 14 December 2041.
P partial Denholm
F money £2.50
L street M1
F date 14 December 2041
'''

ARTICLES['1730-seoul-chip-packager-hanul-nasdaq-listing-debut-bloomberg'] = r'''
> Markets
> Korea’s Hanul Jumps 38% in Nasdaq Debut as AI Chip Packaging Demand Soars
L country Korea
O company Hanul
F percent 38%
O company Nasdaq
> Seoul-based firm raised $1.26 billion, pricing above marketed range
L city Seoul
F money $1.26 billion
> Shares closed at $29.70 after opening at $27.15 in New York
F money $29.70
F money $27.15
L city New York
> By Seo Min-jun and Clara Whitfield
P full Seo Min-jun
P full Clara Whitfield
> March 14, 2041 at 4:38 PM EDT
F date March 14, 2041
F time 4:38 PM EDT
> Hanul Advanced Packaging Co. workers at the company’s plant in Cheonan, South Korea. Photographer: Baek Ha-eun/Bloomberg
O company Hanul Advanced Packaging Co.
L city Cheonan
L country South Korea
P full Baek Ha-eun
O media Bloomberg
> (Bloomberg) -- Hanul Advanced Packaging Co., a Seoul-based maker of the advanced packaging that stitches together AI processors and memory, jumped 38% in its Nasdaq debut on Thursday after raising $1.26 billion in an initial public offering priced above the marketed range.
O media Bloomberg
O company Hanul Advanced Packaging Co.
L city Seoul
F percent 38%
O company Nasdaq
F money $1.26 billion
> The shares closed at $29.70 in New York, giving the company a market value of about $14.8 billion. Hanul sold 58 million American depositary shares at $21.50 each, above the $18 to $20 range it marketed last week, according to a statement. Each ADS represents two common shares.
F money $29.70
L city New York
F money $14.8 billion
O company Hanul
F number 58 million
F money $21.50
F money $18
F money $20
F number two
> The deal is the biggest US listing by a South Korean company since Coupang Inc. raised $4.6 billion in 2021, data compiled by Bloomberg show. Orders covered the offering more than 20 times, according to a person familiar with the matter, who described demand as “frankly absurd.”
L country US
O company Coupang Inc.
F money $4.6 billion
F date 2021
O media Bloomberg
F number 20
Q direct - :: “frankly absurd.”
> “We are the only independent packager outside Taiwan that can do this at scale,” Chief Executive Officer Yoon Ji-hoon said in an interview in New York. “Our customers in California asked us to be closer to their capital markets, and now we are.”
Q direct Yoon Ji-hoon :: “We are the only independent packager outside Taiwan that can do this at scale,”
L country Taiwan
P full Yoon Ji-hoon
L city New York
Q direct Yoon Ji-hoon :: “Our customers in California asked us to be closer to their capital markets, and now we are.”
L region California
> Founded in 2009 in Cheonan, about 85 kilometers (53 miles) south of Seoul, Hanul mounts high-bandwidth memory stacks and processors onto silicon interposers for customers including Nvidia Corp. and Advanced Micro Devices Inc., as demand grows for so-called “chiplet” designs. Its revenue rose 71% to 2.94 trillion won ($2 billion) last year.
F date 2009
L city Cheonan
F quantity 85 kilometers
F quantity 53 miles
L city Seoul
O company Hanul
O company Nvidia Corp.
O company Advanced Micro Devices Inc.
Q scare - :: “chiplet”
F percent 71%
F money 2.94 trillion won
F money $2 billion
> Yoon, 54, a former engineer at Samsung Electronics Co., said the proceeds would fund a second plant in Arizona and double capacity by 2043. He said the company had “no plans” for a second listing in Seoul.
P partial Yoon
F age 54
O company Samsung Electronics Co.
L region Arizona
F date 2043
Q direct Yoon Ji-hoon :: “no plans”
L city Seoul
> Some investors were less sure. Lam Wing-sze, an analyst at Harbourfront Securities Ltd. in Hong Kong, said a valuation of about 41 times forward earnings left “very little room for a bad quarter.”
P full Lam Wing-sze
O company Harbourfront Securities Ltd.
L city Hong Kong
F number 41
Q direct Lam Wing-sze :: “very little room for a bad quarter.”
> “Packaging used to be the boring end of the business,” said Lam. “It is now the bottleneck, and the market is paying a scarcity premium that won’t last once TSMC’s new lines come on in 2042.”
Q direct Lam Wing-sze :: “Packaging used to be the boring end of the business,”
P partial Lam
Q direct Lam Wing-sze :: “It is now the bottleneck, and the market is paying a scarcity premium that won’t last once TSMC’s new lines come on in 2042.”
O company TSMC
F date 2042
> Park Soo-yeon, who oversees about 18 trillion won of overseas equities at the National Pension Service, Korea’s biggest retirement fund, said the fund bought shares in the offering but declined to say how many.
P full Park Soo-yeon
F money 18 trillion won
O government National Pension Service
L country Korea
> “We would rather have owned it in Seoul,” she said. “But the Korea Exchange could not give them the valuation or the investor base, and we cannot ignore a company that one-third of the world’s AI accelerators pass through.
Q direct Park Soo-yeon :: “We would rather have owned it in Seoul,”
L city Seoul
Q direct Park Soo-yeon :: “But the Korea Exchange could not give them the valuation or the investor base, and we cannot ignore a company that one-third of the world’s AI accelerators pass through.
O company Korea Exchange
F fraction one-third
> “The question for the ‘Korea discount’ debate is whether others now follow Hanul to New York.”
Q direct Park Soo-yeon :: “The question for the ‘Korea discount’ debate is whether others now follow Hanul to New York.”
L country Korea
O company Hanul
L city New York
> Goldman Sachs Group Inc., Morgan Stanley and Mirae Asset Securities Co. led the offering. The stock rose as much as 46% in early trading before paring gains, while the Philadelphia Stock Exchange Semiconductor Index added 1.2%. In Seoul, the won weakened 0.4% to 1,468.20 per dollar.
O company Goldman Sachs Group Inc.
O company Morgan Stanley
O company Mirae Asset Securities Co.
F percent 46%
F percent 1.2%
L city Seoul
F percent 0.4%
F money 1,468.20
> --With assistance from Daniel Moreau
P full Daniel Moreau
'''

ARTICLES['1731-six-nations-wales-ireland-donnelly-principality-stadium-bbc-sport'] = r'''
> Six Nations
> Wales 20-27 Ireland: Donnelly double seals win in Cardiff
O team Wales
F score 20-27
O team Ireland
P partial Donnelly
L city Cardiff
> Gethin Prys-Morgan
P full Gethin Prys-Morgan
> BBC Sport Wales at Principality Stadium
O media BBC Sport Wales
L facility Principality Stadium
> Last updated on 9 March 2041
F date 9 March 2041
> Image source, Getty Images
O media Getty Images
> Image caption, Ciarán Donnelly scored two of Ireland's three tries
P full Ciarán Donnelly
F number two
O team Ireland
F number three
> Ireland kept their Grand Slam hopes alive as wing Ciarán Donnelly's two second-half tries sank Wales in front of 73,914 at Principality Stadium.
O team Ireland
P full Ciarán Donnelly
F number two
O team Wales
F number 73,914
L facility Principality Stadium
> Wales led 13-10 at the break through Aled Bevan's try on 19 minutes and two Dafydd Rowlands penalties, but the visitors took control after Wales flanker Osian Pritchard-Hughes was shown a yellow card on 48 minutes for a high tackle.
O team Wales
F score 13-10
P full Aled Bevan
F duration 19 minutes
F number two
P full Dafydd Rowlands
O team Wales
P full Osian Pritchard-Hughes
F duration 48 minutes
> Donnelly went over in the corner on 51 minutes and again on 58, and fly-half Eoin Fitzgerald converted both from the touchline to put Ireland 24-13 up. Fitzgerald, who had scored Ireland's first try on 27 minutes, then landed a 45-metre penalty on 73 minutes.
P partial Donnelly
F duration 51 minutes
F duration 58
P full Eoin Fitzgerald
O team Ireland
F score 24-13
P partial Fitzgerald
O team Ireland
F duration 27 minutes
F quantity 45-metre
F duration 73 minutes
> Replacement Tomos Vaughan's try, converted by Rowlands, gave the home crowd hope with three minutes left, but Ireland held on through 14 phases at the death.
P full Tomos Vaughan
P partial Rowlands
F duration three minutes
O team Ireland
F number 14
> Wales had started brightly. Bevan finished a flowing move from a five-metre lineout, and Rowlands kicked two penalties from 35 metres inside the first half-hour as Ireland conceded 11 penalties in the opening 40 minutes.
P partial Bevan
F quantity five-metre
P partial Rowlands
F number two
F quantity 35 metres
O team Ireland
F number 11
F duration 40 minutes
> Donnelly, 23, who is known in the Ireland camp as "the Whippet", had not scored in his previous six Tests for his country.
P partial Donnelly
F age 23
O team Ireland
Q scare - :: "the Whippet"
F number six
> "My mum was in the stand, so that's the one she'll remember," he said. "I've waited two years for a day like this in Cardiff."
Q direct Ciarán Donnelly :: "My mum was in the stand, so that's the one she'll remember,"
Q direct Ciarán Donnelly :: "I've waited two years for a day like this in Cardiff."
F duration two years
L city Cardiff
> Ireland head coach Declan Moriarty said: "We talked all week about staying patient. At half-time I told them, 'The tries will come if we keep the ball,' and they did.
O team Ireland
P full Declan Moriarty
Q direct Declan Moriarty :: "We talked all week about staying patient. At half-time I told them, 'The tries will come if we keep the ball,' and they did.
> "Ciarán has worked so hard for this. He deserved both of them, and Eoin's kicking from the touchline was world class."
Q direct Declan Moriarty :: "Ciarán has worked so hard for this. He deserved both of them, and Eoin's kicking from the touchline was world class."
P partial Ciarán
P partial Eoin
> "The yellow card cost us, simple as that," said Wales head coach Huw Maddocks. "We were down to 14 for 10 minutes and they scored 14 points."
Q direct Huw Maddocks :: "The yellow card cost us, simple as that,"
O team Wales
P full Huw Maddocks
Q direct Huw Maddocks :: "We were down to 14 for 10 minutes and they scored 14 points."
F number 14
F duration 10 minutes
F number 14
> He added that Pritchard-Hughes's tackle was "a penalty at most" and said Wales would ask for clarification. A Welsh Rugby Union official, speaking anonymously, said the citing commissioner would "almost certainly" review the incident.
P partial Pritchard-Hughes
Q direct Huw Maddocks :: "a penalty at most"
O team Wales
O other Welsh Rugby Union
Q direct - :: "almost certainly"
> Ireland go top of the table with 10 points from two games and face Italy in Rome on 16 March, while Wales host Scotland on the same day.
O team Ireland
F number 10
F number two
O team Italy
L city Rome
F date 16 March
O team Wales
O team Scotland
> Wales, who lost 31-17 to England at Twickenham a fortnight ago, have now lost four of their past five home games, and Maddocks admitted the next three weeks would decide his future.
O team Wales
F score 31-17
O team England
L facility Twickenham
F number four
F number five
P partial Maddocks
F duration three weeks
> Wales: Tries: Bevan, Vaughan Cons: Rowlands 2 Pens: Rowlands 2
O team Wales
P partial Bevan
P partial Vaughan
P partial Rowlands
F number 2
P partial Rowlands
F number 2
> Ireland: Tries: Donnelly 2, Fitzgerald Cons: Fitzgerald 3 Pens: Fitzgerald 2
O team Ireland
P partial Donnelly
F number 2
P partial Fitzgerald
P partial Fitzgerald
F number 3
P partial Fitzgerald
F number 2
> Referee: Mathieu Castagnet (France)
P full Mathieu Castagnet
L country France
'''

ARTICLES['1732-kolkata-odd-even-car-rule-air-quality-gariahat-hindustan-times'] = r'''
> Kolkata News
L city Kolkata
> Odd-even car rule returns to Kolkata from Monday as AQI crosses 400
L city Kolkata
F number 400
> West Bengal's environment minister says violators will be fined ₹5,000; rule to run for 15 days in the first phase
L region West Bengal
F money ₹5,000
F duration 15 days
> By Anirban Sengupta, Kolkata
P full Anirban Sengupta
L city Kolkata
> Dec 04, 2039 06:48 AM IST
F date Dec 04, 2039
F time 06:48 AM IST
> Traffic on AJC Bose Road near Park Circus on Wednesday evening. (Subhajit Dey/HT Photo)
L street AJC Bose Road
L city Park Circus
P full Subhajit Dey
O media HT
> Private cars will be allowed on Kolkata's roads only on alternate days from Monday, December 8, after the city's air quality index (AQI) stayed in the "severe" category for a fourth straight day, the West Bengal government announced on Wednesday.
L city Kolkata
F date December 8
Q scare - :: "severe"
L region West Bengal
> Under the odd-even rule, cars with registration numbers ending in an odd digit may ply on odd dates and the rest on even dates, between 8am and 8pm. The first phase covers about 7.2 lakh private cars registered in Kolkata and Howrah, officials said.
F time 8am
F time 8pm
F number 7.2 lakh
L city Kolkata
L city Howrah
> "The rule is not a punishment, it is a seatbelt," environment minister Rituparna Ghoshal said at Nabanna, the state secretariat in Howrah. "We have 1.9 crore people breathing this air. If we can take half the private cars off the road for 15 days, we will."
Q direct Rituparna Ghoshal :: "The rule is not a punishment, it is a seatbelt,"
P full Rituparna Ghoshal
L facility Nabanna
L city Howrah
Q direct Rituparna Ghoshal :: "We have 1.9 crore people breathing this air. If we can take half the private cars off the road for 15 days, we will."
F number 1.9 crore
F fraction half
F duration 15 days
> Ghoshal said violators would be fined ₹5,000, rising to ₹10,000 for a repeat offence, and that 600 Kolkata Police personnel would man 112 checkpoints. Two-wheelers, ambulances, electric cars and cars driven by women travelling alone are exempt.
P partial Ghoshal
F money ₹5,000
F money ₹10,000
F number 600
O government Kolkata Police
F number 112
> On Wednesday, the AQI at Victoria Memorial touched 412, while Ballygunge recorded 438 and Jadavpur 421, according to the Central Pollution Control Board (CPCB). PM2.5 at the Rabindra Bharati University monitoring station reached 286 micrograms per cubic metre, nearly 19 times the World Health Organization's annual guideline.
L facility Victoria Memorial
F number 412
L city Ballygunge
F number 438
L city Jadavpur
F number 421
O government Central Pollution Control Board
O government CPCB
O education Rabindra Bharati University
F quantity 286 micrograms per cubic metre
F number 19
O intergovernmental World Health Organization
> Dr Arunava Chakladar, a senior scientist at the CPCB's regional office, said vehicles contribute about 28% of the city's PM2.5 in winter. "Odd-even helps at the margins. It does not clean the air by itself," he said. "The bigger gains are in the 'invisible' sources – open burning on the eastern fringes and the diesel trucks on the Second Hooghly Bridge at night."
P full Arunava Chakladar
O government CPCB
F percent 28%
Q direct Arunava Chakladar :: "Odd-even helps at the margins. It does not clean the air by itself,"
Q direct Arunava Chakladar :: "The bigger gains are in the 'invisible' sources – open burning on the eastern fringes and the diesel trucks on the Second Hooghly Bridge at night."
L facility Second Hooghly Bridge
> At the Gariahat crossing, auto-rickshaw driver Montu Haldar, 52, expected more passengers but little else. "Fifteen days of good business, then what?" he asked. "My auto runs on CNG. My lungs do not."
L city Gariahat
P full Montu Haldar
F age 52
Q direct Montu Haldar :: "Fifteen days of good business, then what?"
F duration Fifteen days
Q direct Montu Haldar :: "My auto runs on CNG. My lungs do not."
> Sohini Bhattacharjee, a professor of civil engineering at IIT Kharagpur who studied Delhi's odd-even trials in 2016, said pollution in Delhi fell by only 2-3% on those days. "People bought second cars, they borrowed number plates, they took cabs," she said. She called the rule "a signal, not a solution" and urged the state to raise parking fees in Esplanade and Salt Lake instead.
P full Sohini Bhattacharjee
O education IIT Kharagpur
L city Delhi
F date 2016
L city Delhi
F percent 2-3%
Q direct Sohini Bhattacharjee :: "People bought second cars, they borrowed number plates, they took cabs,"
Q direct Sohini Bhattacharjee :: "a signal, not a solution"
L city Esplanade
L city Salt Lake
> A senior transport department official, who did not want to be named, admitted that enforcement would be "a nightmare for the first three or four days".
Q direct - :: "a nightmare for the first three or four days"
F duration three
F duration four days
> The West Bengal Pollution Control Board (WBPCB) said it would review the measure on December 22. Last winter, Kolkata recorded 31 "very poor" days between November and February, and two-thirds of them fell in December and January.
O government West Bengal Pollution Control Board
O government WBPCB
F date December 22
L city Kolkata
F number 31
Q scare - :: "very poor"
F fraction two-thirds
'''

ARTICLES['1733-keystone-service-train-cuts-amtrak-penndot-lancaster-philadelphia-inquirer'] = r'''
> Transportation
> Keystone Service to lose a third of its weekday trains as PennDOT funding gap widens
F fraction a third
O government PennDOT
> Amtrak and the state say the cuts, starting Sept. 8, will save $14.6 million a year. Riders from Lancaster to Paoli say they will pay for it.
O company Amtrak
F date Sept. 8
F money $14.6 million
L city Lancaster
L city Paoli
> by Marisol Quintero-Hahn
P full Marisol Quintero-Hahn
> Published July 17, 2040, 5:00 a.m. ET
F date July 17, 2040
F time 5:00 a.m. ET
> Commuters board a Keystone train at Downingtown station on Tuesday morning. Derek Olufemi-Shaw / Staff Photographer
L facility Downingtown
P full Derek Olufemi-Shaw
> Amtrak will cut weekday Keystone Service trains between Harrisburg and Philadelphia from 14 round trips to nine starting Sept. 8, after the Pennsylvania Department of Transportation said it could no longer cover a $14.6 million shortfall on the state-supported route, the agencies announced Wednesday.
O company Amtrak
L city Harrisburg
L city Philadelphia
F number 14
F number nine
F date Sept. 8
O government Pennsylvania Department of Transportation
F money $14.6 million
> The new timetable removes five of the six trains that leave Lancaster before 8 a.m. and ends the 11:40 p.m. departure from 30th Street Station — known to regulars as the “night-shift special” — the last train home for many hospital and restaurant workers. Weekend service is unchanged.
F number five
F number six
L city Lancaster
F time 8 a.m.
F time 11:40 p.m.
L facility 30th Street Station
Q scare - :: “night-shift special”
> “We have kept this route whole for three budget cycles while our costs went up 38%,” PennDOT deputy secretary Renata Kowalczyk-Ames said in an interview. “Without new money from Harrisburg, something had to give, and we chose the trains that carry the fewest people.”
Q direct Renata Kowalczyk-Ames :: “We have kept this route whole for three budget cycles while our costs went up 38%,”
F number three
F percent 38%
O government PennDOT
P full Renata Kowalczyk-Ames
Q direct Renata Kowalczyk-Ames :: “Without new money from Harrisburg, something had to give, and we chose the trains that carry the fewest people.”
L city Harrisburg
> Ridership on the 104-mile line reached 1.47 million in the fiscal year that ended June 30, up 9% from 2039, according to Amtrak. But PennDOT said trains leaving between 5 a.m. and 7 a.m. averaged fewer than 60 riders each. Amtrak also plans a 12% increase in monthly pass prices, to $498 from Lancaster.
F quantity 104-mile
F number 1.47 million
F date June 30
F percent 9%
F date 2039
O company Amtrak
O government PennDOT
F time 5 a.m.
F time 7 a.m.
F number 60
O company Amtrak
F percent 12%
F money $498
L city Lancaster
> Ayesha Brandt-Molina, 36, who rides from Downingtown to a nursing job at Penn Presbyterian Medical Center, said the cuts would add almost an hour to her day. “They tell us ‘adjust your schedule’ like it’s a calendar app,” she said. “My shift doesn’t move because Amtrak moved.”
P full Ayesha Brandt-Molina
F age 36
L city Downingtown
O other Penn Presbyterian Medical Center
Q direct Ayesha Brandt-Molina :: “They tell us ‘adjust your schedule’ like it’s a calendar app,”
Q direct Ayesha Brandt-Molina :: “My shift doesn’t move because Amtrak moved.”
O company Amtrak
> State Sen. Walter Eberly-Quinn, a Chester County Republican on the Senate Transportation Committee, called the cuts “a slow-motion abandonment” of the western suburbs and said he would push for $22 million in the state budget. “Every train you take away puts 300 more cars on the Pennsylvania Turnpike and Route 30,” he said.
P full Walter Eberly-Quinn
L region Chester County
O government Senate Transportation Committee
Q direct Walter Eberly-Quinn :: “a slow-motion abandonment”
F money $22 million
Q direct Walter Eberly-Quinn :: “Every train you take away puts 300 more cars on the Pennsylvania Turnpike and Route 30,”
F number 300
L street Pennsylvania Turnpike
L street Route 30
> Kristen Abernathy-Oduya, a transportation planner at Drexel University, said the cut fit a pattern. “Intercity rail in Pennsylvania has always been funded one budget at a time,” she said. “When you cut frequency, you lose the riders who need flexibility first, then the ones who don’t.
P full Kristen Abernathy-Oduya
O education Drexel University
Q direct Kristen Abernathy-Oduya :: “Intercity rail in Pennsylvania has always been funded one budget at a time,”
L region Pennsylvania
Q direct Kristen Abernathy-Oduya :: “When you cut frequency, you lose the riders who need flexibility first, then the ones who don’t.
> “Two years from now, somebody will point to lower ridership and say this route isn’t worth saving.”
Q direct Kristen Abernathy-Oduya :: “Two years from now, somebody will point to lower ridership and say this route isn’t worth saving.”
F duration Two years
> An Amtrak official who was not authorized to speak publicly said the railroad had offered to keep two of the morning trains if the state paid “roughly half” of their cost.
O company Amtrak
F number two
Q direct - :: “roughly half”
F fraction half
> SEPTA, whose Paoli/Thorndale Line runs alongside the route east of Thorndale, said it would add two peak-hour trains from Sept. 8. Amtrak said tickets already bought for canceled trains would be refunded in full.
O government SEPTA
L facility Paoli/Thorndale Line
L city Thorndale
F number two
F date Sept. 8
O company Amtrak
'''

ARTICLES['1734-ishikari-offshore-wind-auction-otaru-fishermen-hokkaido-japan-times'] = r'''
> NATIONAL
> Consortium Wins Hokkaido Offshore Wind Auction Off Ishikari as Otaru Fishermen Seek Guarantees
L region Hokkaido
L city Ishikari
L city Otaru
> By Haruka Tsubouchi / Staff writer
P full Haruka Tsubouchi
> Feb 26, 2042
F date Feb 26, 2042
> Wind turbines at a port in Ishikari, Hokkaido, in 2039. | KYODO
L city Ishikari
L region Hokkaido
F date 2039
O media KYODO
> OTARU, Hokkaido – A consortium led by trading house Marukawa Corp. has won the government’s auction to build a 915-megawatt wind farm in the Sea of Japan off Ishikari, the economy ministry said Tuesday, in a project that would put 61 turbines within sight of Otaru’s harbor.
L city OTARU
L region Hokkaido
O company Marukawa Corp.
F quantity 915-megawatt
L geo Sea of Japan
L city Ishikari
F number 61
L city Otaru
> The group, Hokkaido Sealight Wind LLC, bid ¥11.9 per kilowatt-hour, below the ¥13 ceiling set by the Ministry of Economy, Trade and Industry (METI), and plans to start commercial operation in fiscal 2044.
O company Hokkaido Sealight Wind LLC
F money ¥11.9
F money ¥13
O government Ministry of Economy, Trade and Industry
O government METI
F date 2044
> “The Ishikari zone has some of the steadiest winds in Japan, and this price shows offshore wind can compete without subsidies,” said Kenta Oyamada, a director at METI’s Agency for Natural Resources and Energy, at a briefing in Tokyo. The auction drew four bids, Oyamada said, three of them led by utilities.
Q direct Kenta Oyamada :: “The Ishikari zone has some of the steadiest winds in Japan, and this price shows offshore wind can compete without subsidies,”
L city Ishikari
L country Japan
P full Kenta Oyamada
O government METI
O government Agency for Natural Resources and Energy
L city Tokyo
F number four
P partial Oyamada
F number three
> The turbines, each rated at 15 MW, will stand between 3 and 12 kilometers from shore in waters 20 to 40 meters deep, and a 38-km export cable will come ashore at Ishikari Bay New Port. Total investment is put at ¥520 billion ($3.5 billion).
F quantity 15 MW
F quantity 3
F quantity 12 kilometers
F quantity 20
F quantity 40 meters
F quantity 38-km
L facility Ishikari Bay New Port
F money ¥520 billion
F money $3.5 billion
> In Otaru, along what some residents now call the “turbine coast,” fishermen say they have not been told where the cables will run. “We fish herring and sea urchin in exactly those waters,” said Masaaki Kitamura, 68, who heads the Otaru Fisheries Cooperative Association. “Nobody from Tokyo has come to this harbor since the summer.”
L city Otaru
Q scare - :: “turbine coast,”
Q direct Masaaki Kitamura :: “We fish herring and sea urchin in exactly those waters,”
P full Masaaki Kitamura
F age 68
O nonprofit Otaru Fisheries Cooperative Association
Q direct Masaaki Kitamura :: “Nobody from Tokyo has come to this harbor since the summer.”
L city Tokyo
> He said the cooperative’s 212 members landed ¥1.8 billion worth of catch last year and would seek compensation “for at least 20 years, not five.”
F number 212
F money ¥1.8 billion
Q direct Masaaki Kitamura :: “for at least 20 years, not five.”
F duration 20 years
F duration five
> Hokkaido Sealight’s project director, Ayumi Sakakibara, 49, said the group would set aside ¥3 billion for a fisheries fund and hire about 150 people at an operations base in Ishikari. “We are not asking the fishermen to move,” she said. “We want the foundations to become reefs, and we will pay to prove it.”
O company Hokkaido Sealight
P full Ayumi Sakakibara
F age 49
F money ¥3 billion
F number 150
L city Ishikari
Q direct Ayumi Sakakibara :: “We are not asking the fishermen to move,”
Q direct Ayumi Sakakibara :: “We want the foundations to become reefs, and we will pay to prove it.”
> Yuki Hamasaki, an associate professor of marine ecology at Hokkaido University, said Japan could learn from the North Sea. “Europe found that the first five years after construction decide whether a fishing town accepts a wind farm,” she said. “In Denmark, the ‘reef effect’ was real but uneven.
P full Yuki Hamasaki
O education Hokkaido University
L country Japan
L geo North Sea
Q direct Yuki Hamasaki :: “Europe found that the first five years after construction decide whether a fishing town accepts a wind farm,”
L continent Europe
F duration five years
Q direct Yuki Hamasaki :: “In Denmark, the ‘reef effect’ was real but uneven.
L country Denmark
> “If METI wants a second and third round off Hokkaido, it has to fund monitoring that the fishermen trust, not just the developers.”
Q direct Yuki Hamasaki :: “If METI wants a second and third round off Hokkaido, it has to fund monitoring that the fishermen trust, not just the developers.”
O government METI
L region Hokkaido
> A ministry official, speaking on condition of anonymity, said the results of the next round, covering zones off Matsumae and Hiyama, would be announced “by summer.” Japan aims to install 10 gigawatts of offshore wind by 2030 and up to 45 GW by 2040.
L city Matsumae
L region Hiyama
Q direct - :: “by summer.”
L country Japan
F quantity 10 gigawatts
F date 2030
F quantity 45 GW
F date 2040
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
