#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval237 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval237/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1465-pune-eastern-wards-rotating-water-cut-khadakwasla-shortfall-pmc-times-of-india'] = r'''
> Pune News
L city Pune
> PMC Announces Rotating Water Cut For 14 Eastern Wards As Dam Stock Falls To 6.2 TMC
O government PMC
F number 14
F quantity 6.2 TMC
> Nikhil Deshpande / TNN / Updated: Apr 9, 2041, 06:10 IST
P full Nikhil Deshpande
O media TNN
F date Apr 9, 2041
F time 06:10 IST
> Residents of Kharadi fill water from a civic tanker on Tuesday. (TOI photo by Aarti Kulkarni-Joshi)
L city Kharadi
O media TOI
P full Aarti Kulkarni-Joshi
> PUNE: The Pune Municipal Corporation (PMC) will supply piped water to 14 wards in the city's east only on alternate days from April 15, after storage in the four dams of the Khadakwasla project fell to 6.2 TMC, barely a third of what it held a year ago.
L city PUNE
O government Pune Municipal Corporation
O government PMC
F number 14
F date April 15
F number four
L facility Khadakwasla
F quantity 6.2 TMC
F fraction a third
> Municipal commissioner Rajendra Mhaske said the rotation, which will run for at least 10 weeks, would save about 180 MLD and stretch the remaining stock until the monsoon reaches the Sahyadri catchment. "We have no other option. If we continue at the current rate, the dams will run dry by the first week of June," he said.
P full Rajendra Mhaske
F duration 10 weeks
F quantity 180 MLD
L geo Sahyadri
Q direct Rajendra Mhaske :: "We have no other option. If we continue at the current rate, the dams will run dry by the first week of June,"
> The wards have been split into two groups. Kharadi, Wagholi, Viman Nagar and Lohegaon will get water on odd dates, while Hadapsar, Mundhwa, Magarpatta and Keshavnagar will be supplied on even dates, between 5am and 9am. Supply to Yerawada and Kalyani Nagar will be shut for 36 hours every weekend.
F number two
L city Kharadi
L city Wagholi
L city Viman Nagar
L city Lohegaon
L city Hadapsar
L city Mundhwa
L city Magarpatta
L city Keshavnagar
F time 5am
F time 9am
L city Yerawada
L city Kalyani Nagar
F duration 36 hours
> The civic body has set aside Rs 42 crore for tanker operations and will hire 260 private tankers on top of its own fleet of 85. Each tanker carries 10,000 litres and will be paid Rs 1,150 a trip, officials said.
F money Rs 42 crore
F number 260
F number 85
F quantity 10,000 litres
F money Rs 1,150
> Storage in Khadakwasla, Panshet, Varasgaon and Temghar stood at 6.2 TMC on Monday, against a combined capacity of 29.15 TMC, or 21.3%. The same dams release water for farmers in Daund and Indapur talukas downstream along the Mula-Mutha river.
L facility Khadakwasla
L facility Panshet
L facility Varasgaon
L facility Temghar
F quantity 6.2 TMC
F quantity 29.15 TMC
F percent 21.3%
L region Daund
L region Indapur
L geo Mula-Mutha
> A senior official of the state Water Resources Department, who did not wish to be named, said the department had "no spare water" for the city this summer. "The canal rotation for the rabi crop has already been curtailed. Farmers in Daund have been told to expect one release, not two," the official said.
O government Water Resources Department
Q direct - :: "no spare water"
Q direct - :: "The canal rotation for the rabi crop has already been curtailed. Farmers in Daund have been told to expect one release, not two,"
L region Daund
F number one
F number two
> The India Meteorological Department (IMD) said on Monday that the monsoon was likely to reach Kerala around June 4, three days later than normal.
O government India Meteorological Department
O government IMD
L region Kerala
F date June 4
F duration three days
> Corporator Sunanda Pathare-Gaikwad, who represents the Kharadi-Wagholi ward, said the eastern wards faced shortages even in good years. "The east gets water last and loses it first. Now they want families in these 'smart city' towers to live on tankers for ten weeks," she said, adding that the PMC's equal water supply scheme had missed its 2038 deadline.
P full Sunanda Pathare-Gaikwad
L city Kharadi
L city Wagholi
Q direct Sunanda Pathare-Gaikwad :: "The east gets water last and loses it first. Now they want families in these 'smart city' towers to live on tankers for ten weeks,"
F duration ten weeks
O government PMC
F date 2038
> In Viman Nagar, Prakash Iyer-Sonawane, 58, secretary of the 312-flat Sai Sparsh Co-operative Housing Society, said residents had already spent Rs 2.4 lakh on tankers since February. "We are paying twice for water, once in property tax and once to the tanker man," he said. "The PMC must publish the tanker rates and timings. Senior citizens cannot wait at the gate from 5am."
L city Viman Nagar
P full Prakash Iyer-Sonawane
F age 58
F number 312
O nonprofit Sai Sparsh Co-operative Housing Society
F money Rs 2.4 lakh
Q direct Prakash Iyer-Sonawane :: "We are paying twice for water, once in property tax and once to the tanker man,"
Q direct Prakash Iyer-Sonawane :: "The PMC must publish the tanker rates and timings. Senior citizens cannot wait at the gate from 5am."
O government PMC
F time 5am
> Mhaske said the PMC would review the schedule every fortnight. "If pre-monsoon showers add even 1 TMC to the dams, we will restore daily supply to the worst-hit areas first. We are also asking the city's 1.4 lakh housing societies to fix leaks.
P partial Mhaske
O government PMC
Q direct Rajendra Mhaske :: "If pre-monsoon showers add even 1 TMC to the dams, we will restore daily supply to the worst-hit areas first. We are also asking the city's 1.4 lakh housing societies to fix leaks.
F quantity 1 TMC
F number 1.4 lakh
> "Anyone found wasting water will face a fine of Rs 5,000. Our flying squads will start checks from April 20," he said.
Q direct Rajendra Mhaske :: "Anyone found wasting water will face a fine of Rs 5,000. Our flying squads will start checks from April 20,"
F money Rs 5,000
F date April 20
'''

ARTICLES['1466-halifax-dartmouth-housing-acceleration-deal-ottawa-nova-scotia-globe-and-mail'] = r'''
> Canada
L country Canada
> Ottawa and Nova Scotia sign $1.3-billion deal to speed up housing in Halifax and Dartmouth
L city Ottawa
L region Nova Scotia
F money $1.3-billion
L city Halifax
L city Dartmouth
> The agreement promises 22,000 new units by 2044, but tenant advocates say it does little for people who need homes now
F number 22,000
F date 2044
> Marguerite Doucet-Aylward Housing Reporter
P full Marguerite Doucet-Aylward
> Published April 11, 2041 Updated 3 hours ago
F date April 11, 2041
F duration 3 hours
> Cranes stand over a construction site on Gottingen Street in Halifax’s north end on Wednesday. DARRELL MACPHEE-OYELARAN/THE GLOBE AND MAIL
L street Gottingen Street
L city Halifax
P full DARRELL MACPHEE-OYELARAN
O media THE GLOBE AND MAIL
> HALIFAX — Ottawa and Nova Scotia have signed a $1.3-billion agreement to speed up housing construction in Halifax and Dartmouth, promising 22,000 new units over the next eight years in a region where rents have climbed faster than almost anywhere else in the country.
L city HALIFAX
L city Ottawa
L region Nova Scotia
F money $1.3-billion
L city Halifax
L city Dartmouth
F number 22,000
F duration eight years
> The deal, announced Wednesday at a half-built apartment block near the Dartmouth waterfront, splits the cost almost evenly: the federal government puts up $680-million and the province $620-million, while the Halifax Regional Municipality contributes land it owns in Burnside and along Wyse Road.
L city Dartmouth
F money $680-million
F money $620-million
O government Halifax Regional Municipality
L city Burnside
L street Wyse Road
> Kwame Ashford-Lindqvist, parliamentary secretary to the federal Minister of Housing, Infrastructure and Communities, said the money comes with conditions. Halifax must allow mid-rise apartment buildings as of right along transit corridors, cut permit times to 90 days and waive development charges on units that rent below market for at least 25 years.
P full Kwame Ashford-Lindqvist
L city Halifax
F duration 90 days
F duration 25 years
> “We are not writing a cheque and walking away,” Mr. Ashford-Lindqvist said. “Every dollar is tied to a permit, a shovel in the ground or a family in a unit. If the numbers don’t move, the money stops.”
Q direct Kwame Ashford-Lindqvist :: “We are not writing a cheque and walking away,”
P partial Ashford-Lindqvist
Q direct Kwame Ashford-Lindqvist :: “Every dollar is tied to a permit, a shovel in the ground or a family in a unit. If the numbers don’t move, the money stops.”
> Halifax Mayor Priya Ramsaroop-MacLeod said the city issued permits for 4,870 units in 2040, up 31 per cent from the year before, but construction has lagged because of labour shortages. She called the agreement “the first time in a decade the three levels of government have pulled in the same direction.”
L city Halifax
P full Priya Ramsaroop-MacLeod
F number 4,870
F date 2040
F percent 31 per cent
Q direct Priya Ramsaroop-MacLeod :: “the first time in a decade the three levels of government have pulled in the same direction.”
F number three
> Halifax’s vacancy rate stood at 1.4 per cent last fall, according to the Canada Mortgage and Housing Corporation (CMHC), and the average asking rent for a two-bedroom apartment reached $2,460 a month.
L city Halifax
F percent 1.4 per cent
O government Canada Mortgage and Housing Corporation
O government CMHC
F number two
F money $2,460
> Developer Colm Ferreira-Boudreau, 54, whose firm Harbourline Developments Ltd. is building 640 rental units on Wyse Road, said faster approvals matter more than the money. “A 14-month approval costs us more than the land does. If the city can get us to a yes in three months, you’ll see cranes on the Dartmouth side of the harbour by spring.
P full Colm Ferreira-Boudreau
F age 54
O company Harbourline Developments Ltd.
F number 640
L street Wyse Road
Q direct Colm Ferreira-Boudreau :: “A 14-month approval costs us more than the land does. If the city can get us to a yes in three months, you’ll see cranes on the Dartmouth side of the harbour by spring.
F duration 14-month
F duration three months
L city Dartmouth
> “But nobody should pretend 22,000 units is easy. We need 3,000 more framers and electricians in this province, and they are not sitting in Halifax waiting for a phone call,” he said.
Q direct Colm Ferreira-Boudreau :: “But nobody should pretend 22,000 units is easy. We need 3,000 more framers and electricians in this province, and they are not sitting in Halifax waiting for a phone call,”
F number 22,000
F number 3,000
L city Halifax
> Aisha Thibodeau-Kamara, an organizer with the Dartmouth North Tenants Association, said only about 3,300 of the promised units, or 15 per cent, would be “affordable” under the deal’s definition, which caps rent at 80 per cent of the area’s median market rent.
P full Aisha Thibodeau-Kamara
O nonprofit Dartmouth North Tenants Association
F number 3,300
Q scare - :: “affordable”
F percent 15 per cent
F percent 80 per cent
> “People are being renovicted out of Spryfield and Fairview right now. A unit that opens in 2043 doesn’t help a family sleeping in their car in April,” Ms. Thibodeau-Kamara said. She wants Nova Scotia to extend its 5-per-cent cap on rent increases, which expires at the end of 2041.
Q direct Aisha Thibodeau-Kamara :: “People are being renovicted out of Spryfield and Fairview right now. A unit that opens in 2043 doesn’t help a family sleeping in their car in April,”
L city Spryfield
L city Fairview
F date 2043
P partial Thibodeau-Kamara
L region Nova Scotia
F percent 5-per-cent
F date 2041
> In a statement, Nova Scotia’s Department of Municipal Affairs and Housing said the cap would be reviewed “in the coming months” and that the first units under the deal should be ready in 2042.
L region Nova Scotia
O government Department of Municipal Affairs and Housing
Q direct Department of Municipal Affairs and Housing :: “in the coming months”
F date 2042
'''

ARTICLES['1467-panthers-storm-nrl-bluebet-stadium-tavita-reeves-penalty-goals-smh'] = r'''
> NRL
O other NRL
> Panthers grind past Storm as Tavita-Reeves kicks them home in Penrith
O team Panthers
O team Storm
P partial Tavita-Reeves
L city Penrith
> Penrith 18 Melbourne 14: Three penalty goals from a 22-year-old halfback decided a bruising contest at the foot of the Blue Mountains.
O team Penrith
F score 18
O team Melbourne
F score 14
F number Three
F age 22-year-old
L geo Blue Mountains
> By Hamish Cordeaux-Tuilagi
P full Hamish Cordeaux-Tuilagi
> March 24, 2041 — 9.52pm
F date March 24, 2041
F time 9.52pm
> Lachlan Tavita-Reeves lines up a penalty goal at BlueBet Stadium on Sunday. Credit: Getty Images
P full Lachlan Tavita-Reeves
L facility BlueBet Stadium
O media Getty Images
> Penrith halfback Lachlan Tavita-Reeves kicked three second-half penalty goals as the Panthers ground out an 18-14 win over Melbourne in front of 21,386 at BlueBet Stadium on Sunday, ending the Storm’s two-game winning start to the season.
O team Penrith
P full Lachlan Tavita-Reeves
F number three
O team Panthers
F score 18-14
O team Melbourne
F number 21,386
L facility BlueBet Stadium
O team Storm
F number two
> Tavita-Reeves, playing only his ninth NRL game, landed goals from 35 metres out on 52 and 64 minutes, then from in front with six minutes left after Storm prop Jarrah Whitlock-Osei was penalised for a high shot.
P partial Tavita-Reeves
O other NRL
F quantity 35 metres
F duration 52
F duration 64 minutes
F duration six minutes
O team Storm
P full Jarrah Whitlock-Osei
> Melbourne led 8-6 at halftime after winger Sione Fakatava-Hill finished a long-range move in the 31st minute, but they managed only a try and a penalty goal after the break and were held to 14 points for the first time since Round 7 of last season.
O team Melbourne
F score 8-6
P full Sione Fakatava-Hill
F number 14
> The Panthers’ tries came from centre Mitchell van der Sluys, who crashed over in the 12th minute, and fullback Tane Hohaia, whose 70-metre intercept on 47 minutes put the home side ahead 12-8. Tavita-Reeves converted both.
O team Panthers
P full Mitchell van der Sluys
P full Tane Hohaia
F quantity 70-metre
F duration 47 minutes
F score 12-8
P partial Tavita-Reeves
> Whitlock-Osei barged over from close range to cut the gap to two, and Storm five-eighth Nikau Aperahama’s penalty on 69 minutes made it 16-14 before the late decider.
P partial Whitlock-Osei
F number two
O team Storm
P full Nikau Aperahama
F duration 69 minutes
F score 16-14
> Penrith coach Daniel Okafor-Price said his side had “won it in the middle”, where his forwards, nicknamed “the Wall” by the Penrith faithful, made 38 tackles more than Melbourne’s. “Lachie’s been kicking goals at training in the rain for three months. Nobody sees that. When it mattered tonight he didn’t flinch,” Okafor-Price said.
O team Penrith
P full Daniel Okafor-Price
Q direct Daniel Okafor-Price :: “won it in the middle”
Q scare - :: “the Wall”
O team Penrith
F number 38
O team Melbourne
Q direct Daniel Okafor-Price :: “Lachie’s been kicking goals at training in the rain for three months. Nobody sees that. When it mattered tonight he didn’t flinch,”
P partial Lachie
F duration three months
P partial Okafor-Price
> Storm coach Brendan Kilgallon-Reyes was unhappy with the penalty count, which finished nine to four against his side. “I told the boys at halftime, ‘Keep the ball and the penalties will even up.’ They didn’t. We gave away four in the last 20 minutes, and you can’t do that at Penrith.
O team Storm
P full Brendan Kilgallon-Reyes
F number nine
F number four
Q direct Brendan Kilgallon-Reyes :: “I told the boys at halftime, ‘Keep the ball and the penalties will even up.’ They didn’t. We gave away four in the last 20 minutes, and you can’t do that at Penrith.
F number four
F duration 20 minutes
L city Penrith
> “The referee has a tough job, and I’m not going to blame her. We were off by two per cent tonight, and against a side like this, two per cent is the game,” he said.
Q direct Brendan Kilgallon-Reyes :: “The referee has a tough job, and I’m not going to blame her. We were off by two per cent tonight, and against a side like this, two per cent is the game,”
F percent two per cent
F percent two per cent
> Melbourne will also sweat on hooker Ryder Pomare, who left the field in the 58th minute with a shoulder injury. Kilgallon-Reyes said Pomare, 29, would have scans in Melbourne on Monday and could miss “four to six weeks”.
O team Melbourne
P full Ryder Pomare
P partial Kilgallon-Reyes
P partial Pomare
F age 29
L city Melbourne
Q direct Brendan Kilgallon-Reyes :: “four to six weeks”
F duration four
F duration six weeks
> The Panthers, now 3-1, travel to Canberra to meet the Raiders on Saturday, while the Storm host the Dolphins at AAMI Park on Friday night.
O team Panthers
F score 3-1
L city Canberra
O team Raiders
O team Storm
O team Dolphins
L facility AAMI Park
> PENRITH 18 (M van der Sluys, T Hohaia tries; L Tavita-Reeves 5 goals) def. MELBOURNE 14 (S Fakatava-Hill, J Whitlock-Osei tries; N Aperahama 3 goals). Halftime: Melbourne 8-6. Referee: Caitlin Moss-Adeyemi. Crowd: 21,386.
O team PENRITH
F score 18
P full M van der Sluys
P full T Hohaia
P full L Tavita-Reeves
F number 5
O team MELBOURNE
F score 14
P full S Fakatava-Hill
P full J Whitlock-Osei
P full N Aperahama
F number 3
O team Melbourne
F score 8-6
P full Caitlin Moss-Adeyemi
F number 21,386
'''

ARTICLES['1468-dornhagen-automotive-quarterly-profit-slump-job-cuts-schweinfurt-zwickau-reuters'] = r'''
> Business
> German car parts maker Dornhagen to cut 2,400 jobs as quarterly profit slumps
O company Dornhagen
F number 2,400
> By Katharina Vogelsang-Mbeki and Tobias Rennecke
P full Katharina Vogelsang-Mbeki
P full Tobias Rennecke
> November 6, 2041 9:14 AM GMT+1 Updated 2 hours ago
F date November 6, 2041
F time 9:14 AM GMT+1
F duration 2 hours
> The logo of Dornhagen Automotive is seen at the company's headquarters in Schweinfurt, Germany, March 12, 2041. REUTERS/Lukas Brandstetter-Oyelowo/File Photo
O company Dornhagen Automotive
L city Schweinfurt
L country Germany
F date March 12, 2041
O media REUTERS
P full Lukas Brandstetter-Oyelowo
> FRANKFURT, Nov 6 (Reuters) - German car parts supplier Dornhagen Automotive AG said on Thursday it would cut 2,400 jobs, or about 11% of its workforce, and close a gearbox plant in Saxony after its third-quarter operating profit fell by more than half as carmakers scaled back orders for combustion-engine parts.
L city FRANKFURT
F date Nov 6
O media Reuters
O company Dornhagen Automotive AG
F number 2,400
F percent 11%
L region Saxony
F fraction half
> Adjusted earnings before interest and taxes (EBIT) dropped 54% to 61 million euros ($66 million) in the July-September period, on sales down 9% at 1.47 billion euros, the Schweinfurt-based company said. Analysts polled by LSEG had expected EBIT of 88 million euros.
F percent 54%
F money 61 million euros
F money $66 million
F percent 9%
F money 1.47 billion euros
L city Schweinfurt
O company LSEG
F money 88 million euros
> Shares in Dornhagen, whose biggest customers include Volkswagen and Stellantis, fell as much as 8.3% in early Frankfurt trading and were down 6.1% at 1025 GMT, valuing the company at about 2.2 billion euros.
O company Dornhagen
O company Volkswagen
O company Stellantis
F percent 8.3%
L city Frankfurt
F percent 6.1%
F time 1025 GMT
F money 2.2 billion euros
> The cuts fall mainly on the plant in Zwickau, Saxony, which makes manual gearboxes, employs 1,350 people and will close by the end of 2043, and on the headquarters and two plants in Bavaria, at Schweinfurt and Landshut, where about 1,050 jobs will go over three years.
L city Zwickau
L region Saxony
F number 1,350
F date 2043
F number two
L region Bavaria
L city Schweinfurt
L city Landshut
F number 1,050
F duration three years
> "The transition is happening, but not at the speed anyone planned for in 2035," Chief Executive Henrike Sauerbruch-Ademola told analysts on a conference call. "We cannot keep three gearbox plants running at 60% utilisation and hope that volumes come back."
Q direct Henrike Sauerbruch-Ademola :: "The transition is happening, but not at the speed anyone planned for in 2035,"
F date 2035
P full Henrike Sauerbruch-Ademola
Q direct Henrike Sauerbruch-Ademola :: "We cannot keep three gearbox plants running at 60% utilisation and hope that volumes come back."
F number three
F percent 60%
> She said Dornhagen would spend up to 310 million euros on restructuring, most of it in 2042, and shift investment to electric-drive components, where orders rose 14% in the quarter.
O company Dornhagen
F money 310 million euros
F date 2042
F percent 14%
> Chief Financial Officer Malte Oyelaran-Fischer said the company now expected full-year sales of 6.0 billion to 6.2 billion euros, down from a previous forecast of 6.5 billion euros, and an adjusted EBIT margin of 4% to 4.5%. Savings from the cuts should reach 140 million euros a year from 2044, he said.
P full Malte Oyelaran-Fischer
F money 6.0 billion
F money 6.2 billion euros
F money 6.5 billion euros
F percent 4%
F percent 4.5%
F money 140 million euros
F date 2044
> "We are being realistic about the fourth quarter," he said. "Our customers are calling off volumes at two weeks' notice."
Q direct Malte Oyelaran-Fischer :: "We are being realistic about the fourth quarter,"
Q direct Malte Oyelaran-Fischer :: "Our customers are calling off volumes at two weeks' notice."
F duration two weeks
> IG Metall called the plan "a declaration of war on Zwickau" in a statement. "Management is asking workers in Saxony to pay for decisions that were made in the boardroom," said Jana Kowalczyk-Brandt, the union's district leader for Saxony, adding that IG Metall would call warning strikes if the company refused to negotiate. The plant's 1,350 workers have an average age of 47, she said.
O nonprofit IG Metall
Q direct IG Metall :: "a declaration of war on Zwickau"
L city Zwickau
Q direct Jana Kowalczyk-Brandt :: "Management is asking workers in Saxony to pay for decisions that were made in the boardroom,"
L region Saxony
P full Jana Kowalczyk-Brandt
L region Saxony
O nonprofit IG Metall
F number 1,350
F age 47
> A person familiar with the matter said Dornhagen had also held early talks with a Chinese buyer about its foundry in Landshut. Dornhagen declined to comment.
O company Dornhagen
L city Landshut
O company Dornhagen
> "The numbers are worse than feared, but the restructuring is overdue," said Felix Hartono-Weiss, an analyst at Rheinwerth Capital. "Investors will want proof that the 'e-drive' orders turn into revenue before 2043."
Q direct Felix Hartono-Weiss :: "The numbers are worse than feared, but the restructuring is overdue,"
P full Felix Hartono-Weiss
O company Rheinwerth Capital
Q direct Felix Hartono-Weiss :: "Investors will want proof that the 'e-drive' orders turn into revenue before 2043."
F date 2043
> ($1 = 0.9240 euros)
F money $1
F money 0.9240 euros
> Reporting by Katharina Vogelsang-Mbeki in Frankfurt and Tobias Rennecke in Munich; Editing by Miriam Achterberg-Lowe
P full Katharina Vogelsang-Mbeki
L city Frankfurt
P full Tobias Rennecke
L city Munich
P full Miriam Achterberg-Lowe
'''

ARTICLES['1469-matatu-strike-nairobi-expressway-toll-rise-mlolongo-kitengela-daily-nation'] = r'''
> Nairobi
L region Nairobi
> Matatu operators strike over Expressway toll hike, thousands stranded
L street Expressway
> What you need to know:
> Operators on Mombasa Road and Waiyaki Way routes parked their vehicles from 5am, saying the new Sh450 toll for 14-seaters would wipe out their profits.
L street Mombasa Road
L street Waiyaki Way
F time 5am
F money Sh450
F number 14
> KeNHA says the rise is needed to pay for maintenance and a new exit at Syokimau.
O government KeNHA
L city Syokimau
> By Brian Otieno-Wafula
P full Brian Otieno-Wafula
> Tuesday, March 19, 2041
F date March 19, 2041
> Commuters walk along Mombasa Road near Cabanas after matatu operators withdrew their vehicles on Monday. Photo credit: Evans Kiprono-Habib | Nation Media Group
L street Mombasa Road
L city Cabanas
P full Evans Kiprono-Habib
O media Nation Media Group
> Thousands of commuters from Kitengela, Syokimau, Athi River and Rongai were stranded on Monday after matatu operators pulled more than 1,800 vehicles off the roads in protest against a 50 per cent rise in tolls on the Nairobi Expressway.
L city Kitengela
L city Syokimau
L city Athi River
L city Rongai
F number 1,800
F percent 50 per cent
L street Nairobi Expressway
> Under the new rates, which took effect at midnight on Sunday, 14-seater matatus pay Sh450 for the full 27-kilometre stretch between Mlolongo and the James Gichuru Road junction, up from Sh300, while 33-seater buses pay Sh900.
F number 14
F money Sh450
F quantity 27-kilometre
L city Mlolongo
L street James Gichuru Road
F money Sh300
F number 33
F money Sh900
> Matatu Owners Association (MOA) chairman Simon Kimani-Ndegwa said operators would keep their vehicles parked until the Kenya National Highways Authority (KeNHA) reverses the increase. "We are not against paying. We are against being squeezed. A matatu that makes six trips a day now pays Sh2,700 in tolls before it buys fuel," Mr Kimani-Ndegwa said.
O nonprofit Matatu Owners Association
O nonprofit MOA
P full Simon Kimani-Ndegwa
O government Kenya National Highways Authority
O government KeNHA
Q direct Simon Kimani-Ndegwa :: "We are not against paying. We are against being squeezed. A matatu that makes six trips a day now pays Sh2,700 in tolls before it buys fuel,"
F number six
F money Sh2,700
P partial Kimani-Ndegwa
> He said most of the association's 4,200 members in Machakos and Kajiado counties had taken loans to buy vehicles. "The saccos were told the Expressway would cut travel time from two hours to 20 minutes, and they moved their routes onto it.
F number 4,200
L region Machakos
L region Kajiado
Q direct Simon Kimani-Ndegwa :: "The saccos were told the Expressway would cut travel time from two hours to 20 minutes, and they moved their routes onto it.
L street Expressway
F duration two hours
F duration 20 minutes
> "Now that they are on it, the price goes up. That is not business, that is a trap," he said.
Q direct Simon Kimani-Ndegwa :: "Now that they are on it, the price goes up. That is not business, that is a trap,"
> KeNHA's deputy director for tolling, Eng Grace Wambui-Achieng, said rates had not been reviewed since 2036 and the authority needed Sh1.9 billion a year to maintain the elevated road and build the Syokimau exit. "The toll is still cheaper than the time and fuel lost in traffic on the lower road," she said, urging operators to "come to the table" rather than "hold Nairobi hostage".
O government KeNHA
P full Grace Wambui-Achieng
F date 2036
F money Sh1.9 billion
L city Syokimau
Q direct Grace Wambui-Achieng :: "The toll is still cheaper than the time and fuel lost in traffic on the lower road,"
Q direct Grace Wambui-Achieng :: "come to the table"
Q direct Grace Wambui-Achieng :: "hold Nairobi hostage"
L city Nairobi
> The road's operator, Moja Expressway, which runs it under a 27-year concession, said in a statement that the new rates were "within the approved tariff band".
O company Moja Expressway
F duration 27-year
Q direct Moja Expressway :: "within the approved tariff band"
> At the Kitengela stage, commuters waited for up to three hours. Faith Njeri-Omondi, 31, a nurse at Kenyatta National Hospital, said she paid Sh250 for a boda boda to Mlolongo, five times her usual fare. "I left home at 5.30am and I am still here. If this goes on I will lose half my pay this week," she said.
L facility Kitengela
F duration three hours
P full Faith Njeri-Omondi
F age 31
O other Kenyatta National Hospital
F money Sh250
L city Mlolongo
F number five
Q direct Faith Njeri-Omondi :: "I left home at 5.30am and I am still here. If this goes on I will lose half my pay this week,"
F time 5.30am
F fraction half
> Another commuter, Peter Mutua-Kilonzo, who works in Industrial Area, said private cars were charging Sh400 a seat to Westlands. "They are calling it 'strike pricing'. Everyone is making money except us," he said.
P full Peter Mutua-Kilonzo
L city Industrial Area
F money Sh400
L city Westlands
Q direct Peter Mutua-Kilonzo :: "They are calling it 'strike pricing'. Everyone is making money except us,"
> A senior official at the Ministry of Roads and Transport, who asked not to be named, said the two sides would meet on Wednesday. "Nobody wants a second day of this. The toll can be phased in over six months," the official said.
O government Ministry of Roads and Transport
F number two
Q direct - :: "Nobody wants a second day of this. The toll can be phased in over six months,"
F duration six months
'''

ARTICLES['1470-farmington-school-operating-levy-referendum-passes-narrowly-star-tribune'] = r'''
> Education
> Farmington voters narrowly approve school operating levy
L city Farmington
> The levy passed by 112 votes out of more than 14,000 cast, sparing the district $6.8 million in cuts.
F number 112
F number 14,000
F money $6.8 million
> By Nora Lindgren-Achebe
P full Nora Lindgren-Achebe
> November 5, 2041 — 11:48PM
F date November 5, 2041
F time 11:48PM
> Supporters of the levy watch results come in at a Farmington brewery on Tuesday night. (Marcus Thoreson-Diaz/The Minnesota Star Tribune)
L city Farmington
P full Marcus Thoreson-Diaz
O media The Minnesota Star Tribune
> FARMINGTON, Minn. — Voters in Farmington Area Public Schools narrowly approved an operating levy increase Tuesday, ending a months-long campaign that pitted parents worried about class sizes against residents who said the district had not earned more money.
L city FARMINGTON
L region Minn.
O education Farmington Area Public Schools
> Unofficial results posted by Dakota County at 10:52 p.m. showed the measure passing 7,186 to 7,074, a margin of 112 votes, or 0.8 percentage points. Turnout was about 41%, high for an off-year election.
L region Dakota County
F time 10:52 p.m.
F number 7,186
F number 7,074
F number 112
F percent 0.8 percentage points
F percent 41%
> The levy raises the district’s per-pupil operating referendum from $460 to $1,210 a year for 10 years, starting with the 2042-43 school year. For the owner of a median-value home of $385,000, the district estimates the increase at $29 a month, or $348 a year.
F money $460
F money $1,210
F duration 10 years
F date 2042-43
F money $385,000
F money $29
F money $348
> Superintendent Renée Halvorsen-Okoro, 51, said the result would let the district keep middle-school sports, drop a plan to close Pine Knoll Elementary and hold class sizes from kindergarten through third grade at or below 24 students. “Tonight, this community said our kids are worth it,” she said shortly after midnight. “I know it was close. I know a lot of people voted no because money is tight for them, too, and we owe them a careful budget.”
P full Renée Halvorsen-Okoro
F age 51
O education Pine Knoll Elementary
F number 24
Q direct Renée Halvorsen-Okoro :: “Tonight, this community said our kids are worth it,”
Q direct Renée Halvorsen-Okoro :: “I know it was close. I know a lot of people voted no because money is tight for them, too, and we owe them a careful budget.”
> Enrollment in the district has grown to 7,940 students, up from 6,900 in 2030, but state aid has not kept pace with inflation, district officials said. Without the levy, the board had approved $6.8 million in cuts, including 58 teaching positions.
F number 7,940
F number 6,900
F date 2030
F money $6.8 million
F number 58
> School board member Kyle Brandvold-Asante, who voted against putting a larger levy on the ballot last spring, said the narrow margin was a warning. “We asked for a lot and we barely got it. That tells me half this town is not convinced we spend their money well.
P full Kyle Brandvold-Asante
Q direct Kyle Brandvold-Asante :: “We asked for a lot and we barely got it. That tells me half this town is not convinced we spend their money well.
F fraction half
> “So we should open the books. Every line, every contract, online by January,” he said.
Q direct Kyle Brandvold-Asante :: “So we should open the books. Every line, every contract, online by January,”
> Parent Alyssa Moua-Lindahl, whose two children attend Pine Knoll, spent the last three weeks knocking on doors in the Fairhill neighborhood. “People kept asking me, ‘Is this the one that raises my taxes?’ I’d say yes, by about a dollar a day,” she said.
P full Alyssa Moua-Lindahl
F number two
O education Pine Knoll
F duration three weeks
L city Fairhill
Q direct Alyssa Moua-Lindahl :: “People kept asking me, ‘Is this the one that raises my taxes?’ I’d say yes, by about a dollar a day,”
> The measure was opposed by Farmington Taxpayers for Accountability, a group that mailed flyers to 9,000 homes calling the levy a “blank check.” Its chairman, Gary Westerlund-Pike, 67, a retired contractor, said the group would not ask for a recount.
O nonprofit Farmington Taxpayers for Accountability
F number 9,000
Q direct Farmington Taxpayers for Accountability :: “blank check.”
P full Gary Westerlund-Pike
F age 67
> “They won by 112 votes. That is not a mandate,” Westerlund-Pike said. “Seniors on fixed incomes in this district just got a bill for the next decade.”
Q direct Gary Westerlund-Pike :: “They won by 112 votes. That is not a mandate,”
F number 112
P partial Westerlund-Pike
Q direct Gary Westerlund-Pike :: “Seniors on fixed incomes in this district just got a bill for the next decade.”
> According to the Minnesota Department of Education, 287 of Minnesota’s 331 school districts now collect an operating levy. In neighboring Lakeville, voters rejected a $94 million building bond Tuesday, 52% to 48%.
O government Minnesota Department of Education
F number 287
L region Minnesota
F number 331
L city Lakeville
F money $94 million
F percent 52%
F percent 48%
> The Dakota County canvassing board is scheduled to certify the results Nov. 14.
L region Dakota County
F date Nov. 14
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
