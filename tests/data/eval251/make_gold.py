#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval251 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval251/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1549-tiktok-prankster-jailed-fake-bomb-hoax-manchester-airport-the-sun'] = r'''
> UK News
L country UK
> TikTok prankster jailed for 20 months over ‘pathetic’ fake bomb hoax at Manchester Airport
O company TikTok
F duration 20 months
Q direct Abigail Thornbury :: ‘pathetic’
L facility Manchester Airport
> Kieran Maddock, 23, told a cleaner his abandoned rucksack was “ticking” – sparking a three-hour shutdown that stranded 14,000 passengers
P full Kieran Maddock
F age 23
Q direct Kieran Maddock :: “ticking”
F duration three-hour
F number 14,000
> By Holly Brennan-Shaw, News Reporter
P full Holly Brennan-Shaw
> Published: 14:32, 12 Mar 2041 | Updated: 15:10, 12 Mar 2041
F time 14:32
F date 12 Mar 2041
F time 15:10
F date 12 Mar 2041
> Kieran Maddock filmed the stunt for his 38,000 TikTok followers, Manchester Crown Court heard. Credit: Greater Manchester Police
P full Kieran Maddock
F number 38,000
O company TikTok
O government Manchester Crown Court
O government Greater Manchester Police
> A TIKTOK prankster who staged a fake bomb scare at Manchester Airport to win more followers has been jailed for 20 months.
O company TIKTOK
L facility Manchester Airport
F duration 20 months
> Kieran Maddock, 23, of Claremont Road, Moss Side, left a black rucksack outside the departures hall on October 3 last year and told a cleaner it was “ticking”, a court heard.
P full Kieran Maddock
F age 23
L street Claremont Road
L city Moss Side
F date October 3
Q direct Kieran Maddock :: “ticking”
> Both terminals were evacuated, 11 flights were diverted to Liverpool John Lennon Airport and Leeds Bradford Airport, and about 14,000 passengers were stuck for more than three hours while bomb disposal experts from the British Army examined the bag. It held a phone charger, two cans of energy drink and half a kebab.
F number 11
L facility Liverpool John Lennon Airport
L facility Leeds Bradford Airport
F number 14,000
F duration three hours
O government British Army
F number two
F fraction half
> Prosecuting, Ruth Okafor-Lindsay said Maddock, who calls himself a “content creator”, had posted a clip of the evacuation with the caption “Manchester’s finest reaction time”.
P full Ruth Okafor-Lindsay
P partial Maddock
Q scare - :: “content creator”
Q direct Kieran Maddock :: “Manchester’s finest reaction time”
L city Manchester
> “He then filmed himself laughing at a bus stop on Ringway Road as armed officers ran past,” she told Manchester Crown Court. “He thought it was hilarious.
Q direct Ruth Okafor-Lindsay :: “He then filmed himself laughing at a bus stop on Ringway Road as armed officers ran past,”
L street Ringway Road
O government Manchester Crown Court
Q direct Ruth Okafor-Lindsay :: “He thought it was hilarious.
> “The clip was viewed 2.3 million times before TikTok took it down 40 minutes later. By then the damage had been done.”
Q direct Ruth Okafor-Lindsay :: “The clip was viewed 2.3 million times before TikTok took it down 40 minutes later. By then the damage had been done.”
F number 2.3 million
O company TikTok
F duration 40 minutes
> Maddock, who had run his account since he was 16, admitted communicating false information with intent to make others believe a bomb was present, contrary to the Criminal Law Act 1977, at a hearing in January.
P partial Maddock
F age 16
> Defending, Jonathan Pryce-Evans said his client was “deeply ashamed” and had deleted the account, which had earned him around £1,100 a month from brand deals.
P full Jonathan Pryce-Evans
Q direct Jonathan Pryce-Evans :: “deeply ashamed”
F money £1,100
> “He is a young man who wanted attention and got far more of it than he ever imagined,” Mr Pryce-Evans said.
Q direct Jonathan Pryce-Evans :: “He is a young man who wanted attention and got far more of it than he ever imagined,”
P partial Pryce-Evans
> Jailing him, Judge Abigail Thornbury said: “This was a pathetic stunt. You caused real fear to thousands of families, many with small children, and you did it for what you call ‘content’.”
P full Abigail Thornbury
Q direct Abigail Thornbury :: “This was a pathetic stunt. You caused real fear to thousands of families, many with small children, and you did it for what you call ‘content’.”
> She also made a Criminal Behaviour Order banning him from posting videos filmed at any UK airport for five years, and ordered him to pay £2,500 in compensation.
L country UK
F duration five years
F money £2,500
> Manchester Airports Group (MAG), which owns the airport, said the hoax had cost airlines and the airport more than £480,000.
O company Manchester Airports Group
O company MAG
F money £480,000
> A MAG spokeswoman said: “Hoaxes are not a joke. Every one is treated as real, and every one puts our staff and passengers at risk.”
O company MAG
Q direct - :: “Hoaxes are not a joke. Every one is treated as real, and every one puts our staff and passengers at risk.”
> Detective Sergeant Liam Ashworth, of Greater Manchester Police (GMP), said officers had traced Maddock within 90 minutes using footage from 212 CCTV cameras.
P full Liam Ashworth
O government Greater Manchester Police
O government GMP
P partial Maddock
F duration 90 minutes
F number 212
> “Whether you are 23 or 63, if you make a hoax like this, we will find you and you will end up in court,” he said.
Q direct Liam Ashworth :: “Whether you are 23 or 63, if you make a hoax like this, we will find you and you will end up in court,”
F age 23
F age 63
> The sentence comes a year after a 19-year-old from Bolton was given 15 months for a similar hoax at the Manchester Piccadilly station.
F age 19-year-old
L city Bolton
F duration 15 months
L facility Manchester Piccadilly
'''

ARTICLES['1550-yen-slides-past-172-japan-mof-intervention-warning-tokyo-singapore-bloomberg'] = r'''
> Markets
> Yen Slides Past 172 per Dollar as Japan Warns It Is Ready to Act
F money 172
L country Japan
> Vice finance minister says officials are watching with ‘urgency’
Q direct Ryosuke Tanabe :: ‘urgency’
> Strategists see rising risk of intervention above the 173 level
F money 173
> By Haruka Mizutani and Devesh Rao-Kinnear
P full Haruka Mizutani
P full Devesh Rao-Kinnear
> March 14, 2041 at 10:42 AM GMT+9
F date March 14, 2041
F time 10:42 AM GMT+9
> A pedestrian passes an electronic board showing the yen’s exchange rate in Tokyo. Photographer: Kentaro Fujisawa/Bloomberg
L city Tokyo
P full Kentaro Fujisawa
O media Bloomberg
> (Bloomberg) -- The yen weakened past 172 per dollar for the first time since 1986 on Friday, prompting Japan’s top currency official to warn that authorities were prepared to take “decisive action” against speculative moves.
O media Bloomberg
F money 172
F date 1986
L country Japan
Q direct Ryosuke Tanabe :: “decisive action”
> The currency slid as much as 0.8% to 172.38 in Tokyo trading before paring losses after Vice Finance Minister for International Affairs Ryosuke Tanabe told reporters at the Ministry of Finance that officials were watching the market “with a high sense of urgency.”
F percent 0.8%
F money 172.38
L city Tokyo
P full Ryosuke Tanabe
O government Ministry of Finance
Q direct Ryosuke Tanabe :: “with a high sense of urgency.”
> “Recent moves are lopsided and rapid, and they are not based on fundamentals,” Tanabe said. “We are not ruling out any options.”
Q direct Ryosuke Tanabe :: “Recent moves are lopsided and rapid, and they are not based on fundamentals,”
P partial Tanabe
Q direct Ryosuke Tanabe :: “We are not ruling out any options.”
> Asked whether that included intervention, he said: “I said any options. That is all I will say today.”
Q direct Ryosuke Tanabe :: “I said any options. That is all I will say today.”
> Japan last bought yen in 2039, spending 6.2 trillion yen ($36 billion) over three days, according to Ministry of Finance data.
L country Japan
F date 2039
F money 6.2 trillion yen
F money $36 billion
F duration three days
O government Ministry of Finance
> The slide followed signals from the Federal Reserve that its rates would stay higher for longer. The gap between 10-year US and Japanese government bond yields widened by 12 basis points this week to 3.4 percentage points.
O government Federal Reserve
F duration 10-year
L country US
F percent 12 basis points
F percent 3.4 percentage points
> Exporters such as carmakers have gained, but the weak currency has pushed up the cost of imported food and fuel. Japan’s core inflation rate reached 3.1% in February, its 30th straight month above the Bank of Japan’s 2% target.
L country Japan
F percent 3.1%
O government Bank of Japan
F percent 2%
> “The market is testing Tokyo,” said Mariko Endo-Whitfield, chief currency strategist at Sakuragawa Securities Co. in Tokyo. “Every time we get close to 172, we hear the same words. Traders want to see money, not ‘readiness.’”
Q direct Mariko Endo-Whitfield :: “The market is testing Tokyo,”
L city Tokyo
P full Mariko Endo-Whitfield
O company Sakuragawa Securities Co.
L city Tokyo
Q direct Mariko Endo-Whitfield :: “Every time we get close to 172, we hear the same words. Traders want to see money, not ‘readiness.’”
F money 172
> She puts the chance of intervention at 60% if the yen weakens beyond 173 before the Bank of Japan’s policy meeting on March 27.
F percent 60%
F money 173
O government Bank of Japan
F date March 27
> In Singapore, Wei Ling Koh-Barrett, a strategist at Straits Meridian Bank, said leveraged funds had added about $4.5 billion of bets against the yen over the past two weeks, the most since 2038.
L country Singapore
P full Wei Ling Koh-Barrett
O company Straits Meridian Bank
F money $4.5 billion
F duration two weeks
F date 2038
> “It is a crowded trade, so the snap-back could be violent,” Koh-Barrett wrote in a note to clients. She expects the currency to strengthen to 165 by the end of June if the ministry steps in.
Q direct Wei Ling Koh-Barrett :: “It is a crowded trade, so the snap-back could be violent,”
P partial Koh-Barrett
F money 165
> A Japanese official, who asked not to be identified because the discussions are private, said the ministry had carried out rate checks with banks, a step often seen as a precursor to action. The official described the moves as “excessive and speculative.”
Q direct - :: “excessive and speculative.”
> Traders have dubbed 175 the “pain threshold” for Tokyo.
F money 175
Q scare - :: “pain threshold”
L city Tokyo
> The yen traded at 171.94 per dollar as of 2:15 p.m. in Tokyo, down 4.6% this year.
F money 171.94
F time 2:15 p.m.
L city Tokyo
F percent 4.6%
> --With assistance from Sun-hee Park
P full Sun-hee Park
'''

ARTICLES['1551-collingwood-carlton-mcg-tuipulotu-five-goals-afl-the-age'] = r'''
> AFL
O other AFL
> Magpies overrun Blues as Tuipulotu kicks five in MCG thriller
O team Magpies
O team Blues
P partial Tuipulotu
F number five
L facility MCG
> Collingwood came from 23 points down at half-time to beat Carlton by nine points in front of 87,412 at the MCG.
O team Collingwood
F number 23
O team Carlton
F number nine
F number 87,412
L facility MCG
> By Tom Kavanagh-Reid
P full Tom Kavanagh-Reid
> April 5, 2042 — 8.14pm
F date April 5, 2042
F time 8.14pm
> Collingwood’s Sione Tuipulotu celebrates one of his five goals against Carlton at the MCG. Credit: AFL Photos
O team Collingwood
P full Sione Tuipulotu
F number five
O team Carlton
L facility MCG
O media AFL Photos
> Collingwood stormed home to beat Carlton 12.9 (81) to 10.12 (72) at the MCG on Saturday night, kicking six of the last seven goals to leave the Blues winless after three rounds.
O team Collingwood
O team Carlton
F score 12.9
F score 81
F score 10.12
F score 72
L facility MCG
F number six
F number seven
O team Blues
F number three
> The Blues led by 23 points at half-time, but the Magpies kicked 7.3 to 1.4 in the third quarter, and the home side held on through a tense last term in front of 87,412 fans.
O team Blues
F number 23
O team Magpies
F score 7.3
F score 1.4
F number 87,412
> Tuipulotu, 22, finished with five goals, three of them in the third term, while captain Jackson Whitlock-Hale gathered 34 disposals and nine clearances.
P partial Tuipulotu
F age 22
F number five
F number three
P full Jackson Whitlock-Hale
F number 34
F number nine
> “At half-time I just said, ‘Stop waiting for someone else to do it,’” Collingwood coach Darren Maitland said. “The boys took that on, and that third quarter was as good as we’ve played in two years.”
Q direct Darren Maitland :: “At half-time I just said, ‘Stop waiting for someone else to do it,’”
O team Collingwood
P full Darren Maitland
Q direct Darren Maitland :: “The boys took that on, and that third quarter was as good as we’ve played in two years.”
F duration two years
> Maitland singled out Whitlock-Hale, whose “engine” had kept his side in the contest while the Blues ran riot early.
P partial Maitland
P partial Whitlock-Hale
Q direct Darren Maitland :: “engine”
O team Blues
> Carlton’s Rory Tavita-Banks, in his 200th game, had 29 disposals and kicked two goals, while Collingwood’s Eli Marchbank booted three from only 11 touches in his first match back from a 12-month knee reconstruction.
O team Carlton
P full Rory Tavita-Banks
F number 29
F number two
O team Collingwood
P full Eli Marchbank
F number three
F number 11
F duration 12-month
> Carlton coach Ana Vukovic-Reyes said her side had been “beaten around the contest” after the main break.
O team Carlton
P full Ana Vukovic-Reyes
Q direct Ana Vukovic-Reyes :: “beaten around the contest”
> “We were in a great position and we let it go,” she said. “Two good quarters aren’t enough against a side like that.
Q direct Ana Vukovic-Reyes :: “We were in a great position and we let it go,”
Q direct Ana Vukovic-Reyes :: “Two good quarters aren’t enough against a side like that.
F number Two
> “We’ll look at the vision, but I’m not going to pretend it’s a crisis after three games.”
Q direct Ana Vukovic-Reyes :: “We’ll look at the vision, but I’m not going to pretend it’s a crisis after three games.”
F number three
> Carlton’s Mitchell O’Sullivan-Tau kicked four goals, including a 55-metre set shot in the second quarter, but missed from 30 metres with 1:52 left on the clock, a kick that would have cut the margin to three points.
O team Carlton
P full Mitchell O’Sullivan-Tau
F number four
F quantity 55-metre
F quantity 30 metres
F time 1:52
F number three
> Tuipulotu’s fifth, at the 24-minute mark of the last quarter, had put the Magpies 15 points up, and Collingwood won the contested possessions 148-131.
P partial Tuipulotu
F duration 24-minute
O team Magpies
F number 15
O team Collingwood
F number 148-131
> Carlton tagger Liam Ferris-Doyle, given the so-called “shutdown” role on Whitlock-Hale, kept him quiet until half-time before being moved forward.
O team Carlton
P full Liam Ferris-Doyle
Q scare - :: “shutdown”
P partial Whitlock-Hale
> The AFL said it would review a late bump by Carlton’s Jordan Pike on Whitlock-Hale in the final term, calling it “potentially careless.”
O other AFL
O team Carlton
P full Jordan Pike
P partial Whitlock-Hale
Q direct AFL :: “potentially careless.”
> A Carlton official, speaking on condition of anonymity, said ruckman Ben Hollis, who hurt his knee in the first quarter, would be out for “a few weeks, not months.”
O team Carlton
P full Ben Hollis
Q direct - :: “a few weeks, not months.”
> Collingwood defender Harry Ngata will miss three to four weeks with a hamstring strain.
O team Collingwood
P full Harry Ngata
F duration three
F duration four weeks
> Collingwood, now 2-1, face Sydney at the SCG next Friday, while Carlton travel to Perth to play Fremantle at Optus Stadium.
O team Collingwood
F score 2-1
O team Sydney
L facility SCG
O team Carlton
L city Perth
O team Fremantle
L facility Optus Stadium
'''

ARTICLES['1552-ghaziabad-aqi-severe-plus-grap-stage-4-trucks-up-gate-caqm-hindustan-times'] = r'''
> Noida News
L city Noida
> Ghaziabad’s AQI hits 471 as GRAP stage 4 curbs kick in; 1,240 trucks turned back at UP Gate
L city Ghaziabad
F number 471
F number 1,240
L street UP Gate
> CAQM bans entry of non-essential trucks and halts construction across NCR; Loni records the city’s worst reading at 498
O government CAQM
L region NCR
L city Loni
F number 498
> By Neelam Chaudhary, Ghaziabad
P full Neelam Chaudhary
L city Ghaziabad
> Nov 21, 2040 07:12 AM IST
F date Nov 21, 2040
F time 07:12 AM IST
> Vehicles move through thick smog near the Kaushambi bus depot in Ghaziabad on Wednesday. (Sakib Ali Qureshi/HT Photo)
L facility Kaushambi
L city Ghaziabad
P full Sakib Ali Qureshi
O media HT
> Ghaziabad was the most polluted city in the country on Wednesday, with its air quality index (AQI) touching 471 at 4pm, as the Commission for Air Quality Management (CAQM) invoked stage 4 of the Graded Response Action Plan (GRAP) across the National Capital Region for the first time this season.
L city Ghaziabad
F number 471
F time 4pm
O government Commission for Air Quality Management
O government CAQM
L region National Capital Region
> Of the four monitoring stations in the city, Loni recorded the worst reading at 498, followed by Vasundhara (482), Indirapuram (463) and Sanjay Nagar (441), according to Central Pollution Control Board (CPCB) data. In neighbouring Noida, Sector 62 recorded 452.
F number four
L city Loni
F number 498
L city Vasundhara
F number 482
L city Indirapuram
F number 463
L city Sanjay Nagar
F number 441
O government Central Pollution Control Board
O government CPCB
L city Noida
L city Sector 62
F number 452
> Readings above 450 fall in the “severe plus” category. The concentration of PM2.5 at Loni touched 387 micrograms per cubic metre, nearly 26 times the World Health Organization’s 24-hour guideline of 15 µg/m³.
F number 450
Q scare - :: “severe plus”
L city Loni
F quantity 387 micrograms per cubic metre
F number 26
O intergovernmental World Health Organization
F duration 24-hour
F quantity 15 µg/m³
> Under stage 4, trucks other than those carrying essential goods or running on CNG or electricity cannot enter Delhi, and work on public projects such as highways, flyovers and pipelines has stopped. Schools up to Class 9 in Ghaziabad and Gautam Buddh Nagar districts will hold classes online.
L city Delhi
L region Ghaziabad
L region Gautam Buddh Nagar
> At UP Gate on the Delhi-Meerut Expressway, police turned back 1,240 trucks between midnight and 10am on Wednesday, said Ravindra Tomar, deputy commissioner of police (traffic).
L street UP Gate
L street Delhi-Meerut Expressway
F number 1,240
F time 10am
P full Ravindra Tomar
> “Drivers have been waiting since last night. We are letting through only trucks carrying milk, vegetables, medicines and fuel,” Tomar said.
Q direct Ravindra Tomar :: “Drivers have been waiting since last night. We are letting through only trucks carrying milk, vegetables, medicines and fuel,”
P partial Tomar
> Uttar Pradesh environment minister Vandana Tyagi, who visited the Loni industrial area on Wednesday, said enforcement teams had fined 312 sites since November 14 for violating dust-control norms, with penalties of up to ₹5 lakh.
L region Uttar Pradesh
P full Vandana Tyagi
L city Loni
F number 312
F date November 14
F money ₹5 lakh
> “We have 84 teams on the ground round the clock,” Tyagi said. “People ask me, ‘Why only now?’ I tell them the work started in October.
Q direct Vandana Tyagi :: “We have 84 teams on the ground round the clock,”
F number 84
P partial Tyagi
Q direct Vandana Tyagi :: “People ask me, ‘Why only now?’ I tell them the work started in October.
> “But Ghaziabad cannot fight this alone. Half of what we breathe comes from outside the district.”
Q direct Vandana Tyagi :: “But Ghaziabad cannot fight this alone. Half of what we breathe comes from outside the district.”
L city Ghaziabad
F fraction Half
> Dr Meenakshi Bansal, a pulmonologist at the All India Institute of Medical Sciences (AIIMS) in Delhi, said the hospital’s chest clinic had seen “at least a 30% rise” in patients from east Delhi and Ghaziabad over the past week.
P full Meenakshi Bansal
O education All India Institute of Medical Sciences
O education AIIMS
L city Delhi
Q direct Meenakshi Bansal :: “at least a 30% rise”
F percent 30%
L city Delhi
L city Ghaziabad
> “Children under five and people above 60 should avoid going out before 10am. Masks help, but only if they fit,” she said.
Q direct Meenakshi Bansal :: “Children under five and people above 60 should avoid going out before 10am. Masks help, but only if they fit,”
F age five
F age 60
F time 10am
> At the Anand Vihar bus terminal, across the border from Kaushambi, commuter Rakesh Yadav, 46, said he had spent ₹180 on a mask that morning. “My eyes have been burning for three days. What can we do? We have to go to work,” said Yadav, who travels 38km to Gurugram every day.
L facility Anand Vihar
L city Kaushambi
P full Rakesh Yadav
F age 46
F money ₹180
Q direct Rakesh Yadav :: “My eyes have been burning for three days. What can we do? We have to go to work,”
F duration three days
P partial Yadav
F quantity 38km
L city Gurugram
> An official of the Uttar Pradesh Pollution Control Board (UPPCB), who did not wish to be named, said stubble burning in Punjab and Haryana accounted for “about a third” of Tuesday’s pollution load, and vehicles for another 25%.
O government Uttar Pradesh Pollution Control Board
O government UPPCB
L region Punjab
L region Haryana
Q direct - :: “about a third”
F fraction a third
F percent 25%
> The India Meteorological Department (IMD) has forecast wind speeds of 4-8 km/h until November 24, with little relief expected before the weekend.
O government India Meteorological Department
O government IMD
F quantity 4-8 km/h
F date November 24
'''

ARTICLES['1553-zambia-zccm-copper-debt-restructuring-bondholders-kwacha-kitwe-reuters'] = r'''
> Africa
L continent Africa
> Zambia Strikes Deal With Bondholders to Restructure $3.1 Billion of Copper-Backed Debt
L country Zambia
F money $3.1 Billion
> By Chanda Mwewa and Thabo Ndlovu-Grant
P full Chanda Mwewa
P full Thabo Ndlovu-Grant
> March 12, 2043 2:47 PM GMT+2 Updated 3 hours ago
F date March 12, 2043
F time 2:47 PM GMT+2
F duration 3 hours
> Workers walk past copper cathodes at a refinery in Kitwe, Zambia, March 2, 2043. REUTERS/Mulenga Banda/File Photo
L city Kitwe
L country Zambia
F date March 2, 2043
O media REUTERS
P full Mulenga Banda
> LUSAKA, March 12 (Reuters) - Zambia has agreed with a committee of bondholders to restructure $3.1 billion of debt backed by revenue from its state copper mines, Finance Minister Mutale Chisanga-Phiri said on Thursday, cutting the principal by 18% and pushing repayments out by 12 years.
L city LUSAKA
F date March 12
O media Reuters
L country Zambia
F money $3.1 billion
P full Mutale Chisanga-Phiri
F percent 18%
F duration 12 years
> The notes were issued in 2039 by ZCCM Investments Holdings (ZCCM-IH), the state mining investment company, to fund the buyback of stakes in two mines on the Copperbelt. Payments were suspended in August 2041 after copper prices fell by a third in five months.
F date 2039
O government ZCCM Investments Holdings
O government ZCCM-IH
F number two
L region Copperbelt
F date August 2041
F fraction a third
F duration five months
> "This is a fair deal for Zambians and for our creditors," Chisanga-Phiri told reporters in Lusaka. "It frees up money we need for schools and clinics, and it keeps the mines producing."
Q direct Mutale Chisanga-Phiri :: "This is a fair deal for Zambians and for our creditors,"
P partial Chisanga-Phiri
L city Lusaka
Q direct Mutale Chisanga-Phiri :: "It frees up money we need for schools and clinics, and it keeps the mines producing."
> She said the deal would save Zambia about $740 million over the next five years.
L country Zambia
F money $740 million
F duration five years
> The bondholder committee, which holds about 62% of the notes, is advised by London-based Harcourt Lyle Partners. Julian Okonjo-Marsh, a partner at the firm, said investors had accepted "a real haircut" in exchange for a so-called "copper kicker."
F percent 62%
L city London
O company Harcourt Lyle Partners
P full Julian Okonjo-Marsh
Q direct Julian Okonjo-Marsh :: "a real haircut"
Q scare - :: "copper kicker."
> "Nobody likes an 18% cut to principal, but the new bonds pay an extra 1.5 percentage points a year whenever copper trades above $11,000 a tonne," Okonjo-Marsh said. "If copper does well, Zambia does well, and so do we.
Q direct Julian Okonjo-Marsh :: "Nobody likes an 18% cut to principal, but the new bonds pay an extra 1.5 percentage points a year whenever copper trades above $11,000 a tonne,"
F percent 18%
F percent 1.5 percentage points
F money $11,000
P partial Okonjo-Marsh
Q direct Julian Okonjo-Marsh :: "If copper does well, Zambia does well, and so do we.
L country Zambia
> "It is the first time a sovereign has tied its debt payments to a metal price in this way, and it will not be the last."
Q direct Julian Okonjo-Marsh :: "It is the first time a sovereign has tied its debt payments to a metal price in this way, and it will not be the last."
> In a statement, Harcourt Lyle said the terms were "a balanced outcome that protects value for investors."
O company Harcourt Lyle
Q direct Harcourt Lyle Partners :: "a balanced outcome that protects value for investors."
> A source close to the committee, who declined to be named, said two funds holding about 9% of the notes had voted against the deal and were "making noise, not a blocking stake."
F number two
F percent 9%
Q direct - :: "making noise, not a blocking stake."
> The International Monetary Fund (IMF), whose 38-month, $1.6 billion programme with Zambia was approved in 2042, said the agreement was "consistent with" its debt targets.
O intergovernmental International Monetary Fund
O intergovernmental IMF
F duration 38-month
F money $1.6 billion
L country Zambia
F date 2042
Q direct International Monetary Fund :: "consistent with"
> The kwacha firmed 1.2% to 24.85 per dollar after the announcement. The government also plans to pay K4.2 billion ($170 million) in arrears owed to mine suppliers by June 30.
F percent 1.2%
F money 24.85
F money K4.2 billion
F money $170 million
F date June 30
> Zambia, Africa's second-largest copper producer, mined 1.1 million tonnes of the metal last year and aims to reach 2 million tonnes by 2044.
L country Zambia
L continent Africa
F quantity 1.1 million tonnes
F quantity 2 million tonnes
F date 2044
> In Kitwe, Joseph Mwansa-Kunda, president of the Mineworkers Union of Zambia (MUZ), said miners at Mopani and Konkola wanted "jobs, not promises."
L city Kitwe
P full Joseph Mwansa-Kunda
O nonprofit Mineworkers Union of Zambia
O nonprofit MUZ
L facility Mopani
L facility Konkola
Q direct Joseph Mwansa-Kunda :: "jobs, not promises."
> "Every time there is a debt deal, the workers are told to wait," he said. "We have 4,300 members on short contracts at Mopani alone, some of them for six years."
Q direct Joseph Mwansa-Kunda :: "Every time there is a debt deal, the workers are told to wait,"
Q direct Joseph Mwansa-Kunda :: "We have 4,300 members on short contracts at Mopani alone, some of them for six years."
F number 4,300
L facility Mopani
F duration six years
> (Reporting by Chanda Mwewa in Lusaka; Additional reporting by Thabo Ndlovu-Grant in Johannesburg; Editing by Alison Marchetti)
P full Chanda Mwewa
L city Lusaka
P full Thabo Ndlovu-Grant
L city Johannesburg
P full Alison Marchetti
'''

ARTICLES['1554-lapland-reindeer-predator-losses-kemin-sompio-sami-parliament-rovaniemi-yle-news'] = r'''
> Lapland herders report record reindeer losses to predators: 'Some days we find only bones'
L region Lapland
Q direct Tapio Sieppi-Aikio :: 'Some days we find only bones'
> Wolverines, lynx, bears and eagles killed an estimated 7,900 reindeer in the herding area last year, the Reindeer Herders' Association says.
F number 7,900
O nonprofit Reindeer Herders' Association
> Yle News
O media Yle News
> 18.3.2042 16:48
F date 18.3.2042
F time 16:48
> Remains of a reindeer calf found by herders near Savukoski in February. Image: Jussi Kangasniemi / Yle
L city Savukoski
P full Jussi Kangasniemi
O media Yle
> Reindeer herders in Lapland say predators killed more of their animals last year than at any time since records began in 1977, and that state compensation no longer covers their losses.
L region Lapland
F date 1977
> According to the Reindeer Herders' Association (Paliskuntain yhdistys), 7,900 reindeer were confirmed killed by wolverines, lynx, bears, wolves and golden eagles in 2041, up 14 percent on the year before. Only around 40 percent of carcasses are ever found, the association estimates, so the real figure is likely much higher.
O nonprofit Reindeer Herders' Association
O nonprofit Paliskuntain yhdistys
F number 7,900
F date 2041
F percent 14 percent
F percent 40 percent
> Tapio Sieppi-Aikio, chairman of the Kemin-Sompio reindeer herding cooperative in Sodankylä municipality, said his cooperative alone lost 410 animals, more than twice its losses five years ago.
P full Tapio Sieppi-Aikio
O other Kemin-Sompio
L region Sodankylä
F number 410
F duration five years
> "Some days we find only bones. A wolverine can take five or six calves in a night, and by the time the snow melts there is nothing left to photograph for the inspector," Sieppi-Aikio told Yle Lapland.
Q direct Tapio Sieppi-Aikio :: "Some days we find only bones. A wolverine can take five or six calves in a night, and by the time the snow melts there is nothing left to photograph for the inspector,"
F number five
F number six
P partial Sieppi-Aikio
O media Yle Lapland
> "Compensation is 1,350 euros for an adult reindeer, but a good breeding female is worth far more to a family," he said. "We have herders here aged 70 who still go out on snowmobiles every morning.
Q direct Tapio Sieppi-Aikio :: "Compensation is 1,350 euros for an adult reindeer, but a good breeding female is worth far more to a family,"
F money 1,350 euros
Q direct Tapio Sieppi-Aikio :: "We have herders here aged 70 who still go out on snowmobiles every morning.
F age 70
> "If this goes on for another five years, young people will not take up herding at all."
Q direct Tapio Sieppi-Aikio :: "If this goes on for another five years, young people will not take up herding at all."
F duration five years
> Elina Harju-Vuolab, a researcher at the Natural Resources Institute Finland (Luke), said the wolverine population in the herding area had grown by about a third over the past decade, to an estimated 420 animals.
P full Elina Harju-Vuolab
O government Natural Resources Institute Finland
O government Luke
F fraction a third
F number 420
> "The losses are concentrated in the eastern border cooperatives, where lynx and wolves move in from Russia," she said. She called the compensation model "out of step" with how predators actually hunt.
Q direct Elina Harju-Vuolab :: "The losses are concentrated in the eastern border cooperatives, where lynx and wolves move in from Russia,"
L country Russia
Q direct Elina Harju-Vuolab :: "out of step"
> Inga-Máret Magga, a senior adviser at the Sámi Parliament (Sámediggi), said the losses threatened more than incomes.
P full Inga-Máret Magga
O government Sámi Parliament
O government Sámediggi
> "Our elders say 'the reindeer feeds the whole family,' and that is still true in Utsjoki and Inari. When a family loses 60 animals in a winter, it loses part of its language and culture too," she said.
Q direct Inga-Máret Magga :: "Our elders say 'the reindeer feeds the whole family,' and that is still true in Utsjoki and Inari. When a family loses 60 animals in a winter, it loses part of its language and culture too,"
L city Utsjoki
L city Inari
F number 60
> Tourism is feeling it too. In Rovaniemi, Mikko Rautio, who runs reindeer sleigh rides for about 18,000 visitors a winter near Santa Claus Village, said the herders he works with had cut the number of animals they lend him by a quarter.
L city Rovaniemi
P full Mikko Rautio
F number 18,000
L facility Santa Claus Village
F fraction a quarter
> "Visitors from Asia and Europe come here to meet reindeer. If the herders cannot keep them alive, that whole business disappears," Rautio said. He added that some operators had started calling the losses a "predator tax" on the industry.
Q direct Mikko Rautio :: "Visitors from Asia and Europe come here to meet reindeer. If the herders cannot keep them alive, that whole business disappears,"
L continent Asia
L continent Europe
P partial Rautio
Q scare - :: "predator tax"
> A herder from Salla, who asked Yle not to use her name, said: "Nobody here wants to shoot a lynx. We just want to be paid for what we lose."
L city Salla
O media Yle
Q direct - :: "Nobody here wants to shoot a lynx. We just want to be paid for what we lose."
> The Ministry of Agriculture and Forestry said in a statement that compensation rates would rise by 8 percent from June 1 and that it would fund 25 new camera traps, adding that the system was "under review."
O government Ministry of Agriculture and Forestry
F percent 8 percent
F date June 1
F number 25
Q direct Ministry of Agriculture and Forestry :: "under review."
> Finland allows a maximum of about 203,700 reindeer, kept by some 4,300 herders in 54 cooperatives. Sieppi-Aikio's cooperative grazes its herds about 120 kilometres north-east of Rovaniemi.
L country Finland
F number 203,700
F number 4,300
F number 54
P partial Sieppi-Aikio
F quantity 120 kilometres
L city Rovaniemi
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
