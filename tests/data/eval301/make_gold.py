#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval301 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval301/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1849-delta-koko-refinery-licence-row-nmdpra-governor-premium-times'] = r'''
> Business
> Delta govt, NMDPRA clash over licence for N1.1trn Koko refinery
L region Delta
O government NMDPRA
F money N1.1trn
L city Koko
> Governor Oghenekaro Edafe’s office says the regulator is frustrating a ₦1.1 trillion investment; the agency says the plant near Koko port failed safety checks.
P full Oghenekaro Edafe
F money ₦1.1 trillion
L city Koko
> By Chiamaka Obiefuna
P full Chiamaka Obiefuna
> March 20, 2041
F date March 20, 2041
> Storage tanks at the refinery site near Koko, Delta State. [PHOTO: IBRAHIM DANLADI/PREMIUM TIMES]
L city Koko
L region Delta State
P full IBRAHIM DANLADI
O media PREMIUM TIMES
> The Delta State Government and the Nigerian Midstream and Downstream Petroleum Regulatory Authority (NMDPRA) are locked in a dispute over a refinery near the Koko port, after the federal regulator declined to issue the plant a licence to operate.
O government Delta State Government
O government Nigerian Midstream and Downstream Petroleum Regulatory Authority
O government NMDPRA
L city Koko
> The refinery, built by Orere Petroleum Refining Company Limited (OPRC) on a 310-hectare site beside the Benin River, was completed in January 2041 at a cost of about N1.1 trillion and is designed to process 120,000 barrels per day. The state holds a 30 per cent stake through its investment vehicle, Delta Assets Holdings Limited.
O company Orere Petroleum Refining Company Limited
O company OPRC
F quantity 310-hectare
L geo Benin River
F date January 2041
F money N1.1 trillion
F quantity 120,000 barrels per day
F percent 30 per cent
O company Delta Assets Holdings Limited
> In a letter dated March 12 and seen by PREMIUM TIMES, the NMDPRA said the plant’s crude-loading jetty sits inside the navigational channel managed by the Nigerian Ports Authority (NPA), and that fire-water systems at two of its 14 storage tanks failed pressure tests.
F date March 12
O media PREMIUM TIMES
O government NMDPRA
O government Nigerian Ports Authority
O government NPA
F number two
F number 14
> “The licence to operate cannot be issued until these deficiencies are corrected and verified,” the authority said in the letter.
Q direct Nigerian Midstream and Downstream Petroleum Regulatory Authority :: “The licence to operate cannot be issued until these deficiencies are corrected and verified,”
> But Olatunde Akinwale, Chief Press Secretary to the governor, said on Tuesday the objections were “political” and accused Abuja of treating Delta “like a tenant in its own house”.
P full Olatunde Akinwale
Q direct Olatunde Akinwale :: “political”
L city Abuja
L region Delta
Q direct Olatunde Akinwale :: “like a tenant in its own house”
> “His Excellency has met every condition the NMDPRA set in 2039. The jetty was approved by the NPA itself. Now they talk of ‘channel encroachment’ after we have spent N4.2 billion on dredging alone,” Mr Akinwale said.
Q direct Olatunde Akinwale :: “His Excellency has met every condition the NMDPRA set in 2039. The jetty was approved by the NPA itself. Now they talk of ‘channel encroachment’ after we have spent N4.2 billion on dredging alone,”
O government NMDPRA
F date 2039
O government NPA
F money N4.2 billion
P partial Akinwale
> “We will not allow 4,000 jobs to waste while a file moves from desk to desk in Abuja. If we must go to the Federal High Court, we will go.
Q direct Olatunde Akinwale :: “We will not allow 4,000 jobs to waste while a file moves from desk to desk in Abuja. If we must go to the Federal High Court, we will go.
F number 4,000
L city Abuja
O government Federal High Court
> “The people of Koko have waited 20 years for this refinery,” he added.
Q direct Olatunde Akinwale :: “The people of Koko have waited 20 years for this refinery,”
L city Koko
F duration 20 years
> Reached by telephone in Abuja, the NMDPRA’s Director of Midstream Infrastructure, Abdullahi Garba Yakasai, told PREMIUM TIMES the agency was “not against the refinery” but would not “sign away safety” for any investor. He said inspectors would return to Koko within 21 days of receiving a corrective plan from the company.
L city Abuja
O government NMDPRA
P full Abdullahi Garba Yakasai
O media PREMIUM TIMES
Q direct Abdullahi Garba Yakasai :: “not against the refinery”
Q direct Abdullahi Garba Yakasai :: “sign away safety”
L city Koko
F duration 21 days
> “This is a 120,000-barrel plant sitting beside a busy channel. If a tank fails, it is not a press secretary who will answer questions at the inquiry,” Engr. Yakasai said.
Q direct Abdullahi Garba Yakasai :: “This is a 120,000-barrel plant sitting beside a busy channel. If a tank fails, it is not a press secretary who will answer questions at the inquiry,”
F quantity 120,000-barrel
P partial Yakasai
> An official of the NPA, who asked not to be named because he was not authorised to speak, said the ports authority approved the jetty in 2040 “on conditions that have not been met”, including a 150-metre buffer from the shipping lane.
O government NPA
F date 2040
Q direct - :: “on conditions that have not been met”
F quantity 150-metre
> Ngozi Anyanwu-Ekeh, who represents Oshimili South in the Delta State House of Assembly for the African Democratic Congress (ADC), said the state’s stake was never approved by lawmakers.
P full Ngozi Anyanwu-Ekeh
L region Oshimili South
O government Delta State House of Assembly
O party African Democratic Congress
O party ADC
> “You cannot put N330 billion of Deltans’ money into a company nobody has audited and then blame Abuja when things go wrong,” Mrs Anyanwu-Ekeh said. “The NMDPRA may be slow, but it is not our enemy.”
Q direct Ngozi Anyanwu-Ekeh :: “You cannot put N330 billion of Deltans’ money into a company nobody has audited and then blame Abuja when things go wrong,”
Q direct Ngozi Anyanwu-Ekeh :: “The NMDPRA may be slow, but it is not our enemy.”
F money N330 billion
L city Abuja
P partial Anyanwu-Ekeh
O government NMDPRA
> OPRC did not respond to calls and text messages on Tuesday.
O company OPRC
> The refinery was meant to supply petrol and diesel to the South-South and to export through Koko, easing pressure on Lagos, where most imported fuel lands.
L region South-South
L city Koko
L city Lagos
'''

ARTICLES['1850-inchicore-apartments-approved-dublin-city-council-residents-appeal-irish-independent'] = r'''
> Irish News
> ‘It will be a wall of glass at the end of our gardens’ – residents to appeal as council approves 326 apartments in Inchicore
Q direct Dónal Ó Ceallaigh :: ‘It will be a wall of glass at the end of our gardens’
F number 326
L city Inchicore
> Developer says the €118m scheme on the former Rialto Foods site will ease a rental market in which a two-bed flat now costs €2,600 a month
F money €118m
O company Rialto Foods
F number two
F money €2,600
> Síle Ní Chathasaigh
P full Síle Ní Chathasaigh
> Thu 14 Mar 2041 at 18:10
F date 14 Mar 2041
F time 18:10
> The site on Emmet Road, Inchicore, where Liffey Vale Living plans six blocks of up to nine storeys. Photo: Ciara Breslin/Collins
L street Emmet Road
L city Inchicore
O company Liffey Vale Living
F number six
F number nine
P full Ciara Breslin
O media Collins
> Dublin City Council has granted planning permission for 326 build-to-rent apartments on a former food factory site in Inchicore, despite more than 190 objections from local residents.
O government Dublin City Council
F number 326
L city Inchicore
F number 190
> The scheme by Liffey Vale Living Ltd, a company backed by a Canadian pension fund, comprises six blocks of between four and nine storeys on the 2.3-hectare site between Emmet Road and the Luas Red Line. Of the units, 141 are one-bed, 168 are two-bed and 17 are three-bed apartments.
O company Liffey Vale Living Ltd
F number six
F number four
F number nine
F quantity 2.3-hectare
L street Emmet Road
L facility Luas Red Line
F number 141
F number one
F number 168
F number two
F number 17
F number three
> In its decision, the council said the development would make “efficient use of serviced, zoned land” close to public transport, and it attached 38 conditions, including a €1.9m development contribution and the removal of one floor from the tallest block.
Q direct Dublin City Council :: “efficient use of serviced, zoned land”
F number 38
F money €1.9m
F number one
> Dónal Ó Ceallaigh (67), chair of the Inchicore and Goldenbridge Residents’ Association, said neighbours on Tyrconnell Park would lose their afternoon sun.
P full Dónal Ó Ceallaigh
F age 67
O nonprofit Inchicore and Goldenbridge Residents’ Association
L street Tyrconnell Park
> “It will be a wall of glass at the end of our gardens,” he said. “We were promised ‘gentle density’ when this site was rezoned. Nine storeys is not gentle by anybody’s measure.”
Q direct Dónal Ó Ceallaigh :: “It will be a wall of glass at the end of our gardens,”
Q direct Dónal Ó Ceallaigh :: “We were promised ‘gentle density’ when this site was rezoned. Nine storeys is not gentle by anybody’s measure.”
F number Nine
> He said the association had raised €14,000 towards an appeal to An Coimisiún Pleanála and expected to lodge it well before the four-week deadline.
F money €14,000
O government An Coimisiún Pleanála
F duration four-week
> The planning appeals body refused an earlier, 410-unit version of the scheme in 2039, finding that its height would be “visually overbearing” on the surrounding two-storey terraces. A spokeswoman for the commission told the Irish Independent that every appeal would be decided “on its own merits” and that its target was 18 weeks.
F number 410
F date 2039
Q direct An Coimisiún Pleanála :: “visually overbearing”
F number two
O media Irish Independent
Q direct - :: “on its own merits”
F duration 18 weeks
> Niall Tiernan, managing director of Liffey Vale Living, said the revised plans had been shaped by residents’ submissions.
P full Niall Tiernan
O company Liffey Vale Living
> “We took two storeys off, we moved the tallest block 30 metres back from the houses and we put a public park along the Camac,” Mr Tiernan said. “Dublin needs homes for the people who work here. A two-bed in Dublin 8 is renting for €2,600 a month and that is not sustainable.”
Q direct Niall Tiernan :: “We took two storeys off, we moved the tallest block 30 metres back from the houses and we put a public park along the Camac,”
Q direct Niall Tiernan :: “Dublin needs homes for the people who work here. A two-bed in Dublin 8 is renting for €2,600 a month and that is not sustainable.”
F number two
F quantity 30 metres
L geo Camac
P partial Tiernan
L city Dublin
F number two
L region Dublin 8
F money €2,600
> He said 10pc of the apartments would be sold to the council for social housing, and that building could begin next year if there is no appeal, with the first residents moving in by 2044.
F percent 10pc
F date 2044
> Aoife Mac Suibhne, a Social Democrats councillor for the area, said she supported housing on the site but not at this height.
P full Aoife Mac Suibhne
> “Nobody in Inchicore is against homes. But this is build-to-rent at rents none of our young people can afford, and once it is built there is no undoing it,” Cllr Mac Suibhne said.
Q direct Aoife Mac Suibhne :: “Nobody in Inchicore is against homes. But this is build-to-rent at rents none of our young people can afford, and once it is built there is no undoing it,”
L city Inchicore
P partial Mac Suibhne
> She said the viability report lodged with the application should be published “in full, not as a summary”, which the developer says it cannot do because the figures are commercially sensitive.
Q direct Aoife Mac Suibhne :: “in full, not as a summary”
> Rents in Dublin 8 rose by 7pc in the year to December, according to the Residential Tenancies Board.
L region Dublin 8
F percent 7pc
O government Residential Tenancies Board
'''

ARTICLES['1851-orvana-to-buy-feldmann-optronik-chip-equipment-sensors-eindhoven-jena-reuters'] = r'''
> Dutch chip tool maker Orvana to buy Germany's Feldmann Optronik for $2.6 billion
O company Orvana
L country Germany
O company Feldmann Optronik
F money $2.6 billion
> March 18, 2041 7:42 AM GMT+1 Updated 2 hours ago
F date March 18, 2041
F time 7:42 AM GMT+1
F duration 2 hours
> The logo of Orvana Systems is seen at its headquarters in Eindhoven, Netherlands, March 3, 2041. REUTERS/Piet Hoogendijk/File Photo
O company Orvana Systems
L city Eindhoven
L country Netherlands
F date March 3, 2041
O media REUTERS
P full Piet Hoogendijk
> Summary
> Offer of 38.50 euros per share is 34% premium
F money 38.50 euros
F percent 34%
> Deal needs EU antitrust, German investment clearance
O intergovernmental EU
> Feldmann works council seeks job guarantees in Jena
O company Feldmann
L city Jena
> AMSTERDAM, March 18 (Reuters) - Dutch chipmaking equipment maker Orvana Systems said on Monday it had agreed to buy German sensor specialist Feldmann Optronik for 2.4 billion euros ($2.6 billion) in cash, betting that precision optics will matter more as chipmakers stack ever more layers on each wafer.
L city AMSTERDAM
F date March 18
O media Reuters
O company Orvana Systems
O company Feldmann Optronik
F money 2.4 billion euros
F money $2.6 billion
> Orvana will pay 38.50 euros per share, a 34% premium to Feldmann's closing price on Friday, for the Jena-based company, which makes laser interferometers and overlay sensors used to align chip layers.
O company Orvana
F money 38.50 euros
F percent 34%
O company Feldmann
L city Jena
> Feldmann shares jumped 29% to 37.10 euros in Frankfurt by 0915 GMT, while Orvana shares fell 3.2% to 112.40 euros in Amsterdam.
O company Feldmann
F percent 29%
F money 37.10 euros
L city Frankfurt
F time 0915 GMT
O company Orvana
F percent 3.2%
F money 112.40 euros
L city Amsterdam
> "Feldmann has the best metrology sensors in the industry and we have been their biggest customer for 11 years," Orvana Chief Executive Maarten van der Velde told reporters on a call. "Bringing them in-house gives us control of a part we cannot afford to lose."
Q direct Maarten van der Velde :: "Feldmann has the best metrology sensors in the industry and we have been their biggest customer for 11 years,"
Q direct Maarten van der Velde :: "Bringing them in-house gives us control of a part we cannot afford to lose."
O company Feldmann
F duration 11 years
O company Orvana
P full Maarten van der Velde
> Van der Velde said the deal would add to Orvana's earnings per share in the first full year and bring about 85 million euros of annual cost savings by 2044, mostly from purchasing and shared research.
P partial Van der Velde
O company Orvana
F money 85 million euros
F date 2044
> Feldmann Chief Executive Katrin Oberländer said her board would recommend the offer. Its founding family, which owns 41% of the shares, has agreed to tender them, the companies said.
O company Feldmann
P full Katrin Oberländer
F percent 41%
> "We were not looking for a buyer, but we were looking for the scale to keep up with our customers," Oberländer said, adding that Jena would remain the home of the sensor business "for the long term."
Q direct Katrin Oberländer :: "We were not looking for a buyer, but we were looking for the scale to keep up with our customers,"
Q direct Katrin Oberländer :: "for the long term."
P partial Oberländer
L city Jena
> The deal is expected to close in the first half of 2042 and needs approval from the European Commission and from Germany's economy ministry, which can block foreign purchases of sensitive technology firms. The Commission said in an emailed statement that it would assess the deal "on its merits" once notified.
F date 2042
O intergovernmental European Commission
L country Germany
O intergovernmental Commission
Q direct European Commission :: "on its merits"
> Feldmann's works council, which represents about 1,900 employees in Jena and Dresden, said it had learned of the talks only on Sunday and would "examine every commitment line by line."
O company Feldmann
F number 1,900
L city Jena
L city Dresden
Q direct - :: "examine every commitment line by line."
> Orvana said it would keep all German sites and jobs for at least three years.
O company Orvana
F duration three years
> "They are paying about 31 times earnings, which looks 'rich' on paper, but sensor supply has been Orvana's bottleneck for two years," said Femke Dijkstra, an analyst at Zuidas Securities in Amsterdam. "This removes it."
Q direct Femke Dijkstra :: "They are paying about 31 times earnings, which looks 'rich' on paper, but sensor supply has been Orvana's bottleneck for two years,"
Q direct Femke Dijkstra :: "This removes it."
F number 31
O company Orvana
F duration two years
P full Femke Dijkstra
O company Zuidas Securities
L city Amsterdam
> Orvana, which employs about 6,400 people, had sales of 4.1 billion euros in 2040. It said it would pay with cash on hand and a 1.5 billion euro bridge loan.
O company Orvana
F number 6,400
F money 4.1 billion euros
F date 2040
F money 1.5 billion euro
> ($1 = 0.9230 euros)
F money $1
F money 0.9230 euros
> Reporting by Anouk Verbeek in Amsterdam and Tobias Reinhardt in Frankfurt; Editing by Clara Whitfield
P full Anouk Verbeek
L city Amsterdam
P full Tobias Reinhardt
L city Frankfurt
P full Clara Whitfield
'''

ARTICLES['1852-trail-blazers-trade-whitlock-to-heat-mensah-reed-lambert-first-round-pick-the-athletic'] = r'''
> NBA
O other NBA
> Trail Blazers Trade Darius Whitlock to Heat for Mensah-Reed, Lambert and 2042 First-Round Pick
O team Trail Blazers
P full Darius Whitlock
O team Heat
P partial Mensah-Reed
P partial Lambert
F date 2042
> Portland gets two young players, three picks and cap space; Miami gets a 26-year-old scorer averaging 27.4 points per game.
O team Portland
F number two
F number three
O team Miami
F age 26-year-old
F number 27.4
> By Jared Whitcombe and Lena Okoro
P full Jared Whitcombe
P full Lena Okoro
> Feb 6, 2042
F date Feb 6, 2042
> Darius Whitlock has averaged 27.4 points in 48 games for Portland this season. (Cole Brandvold / NBAE via Getty Images)
P full Darius Whitlock
F number 27.4
F number 48
O team Portland
P full Cole Brandvold
O other NBAE
O company Getty Images
> The Portland Trail Blazers traded guard Darius Whitlock to the Miami Heat on Thursday for forward Kofi Mensah-Reed, rookie Théo Lambert, Miami’s 2042 first-round pick and two second-round picks, ending what fans in Portland had taken to calling “the Darius Watch.”
O team Portland Trail Blazers
P full Darius Whitlock
O team Miami Heat
P full Kofi Mensah-Reed
P full Théo Lambert
O team Miami
F date 2042
F number two
L city Portland
Q scare - :: “the Darius Watch.”
P partial Darius
> The deal came together about five hours before the 3 p.m. ET trade deadline, a league source briefed on the call told The Athletic.
F duration five hours
F time 3 p.m. ET
O media The Athletic
> Whitlock, 26, is in the second season of a five-year, $212 million contract that runs through 2045. He asked for a trade in July, and his agent, Rashad Ellington of Summit Sports Group, made the request public in October.
P partial Whitlock
F age 26
F duration five-year
F money $212 million
F date 2045
P full Rashad Ellington
O company Summit Sports Group
> “Darius wanted to play for a contender, and Miami is a contender,” Ellington said. “He’s not angry at anybody in that front office. He just doesn’t want to spend his prime on a rebuild.”
Q direct Rashad Ellington :: “Darius wanted to play for a contender, and Miami is a contender,”
Q direct Rashad Ellington :: “He’s not angry at anybody in that front office. He just doesn’t want to spend his prime on a rebuild.”
P partial Darius
O team Miami
P partial Ellington
> Whitlock leads the Blazers with 27.4 points and 6.8 assists per game, and he is shooting 39.1 percent from 3-point range. Miami (31-19) entered Thursday fifth in the Eastern Conference, 2 1/2 games behind Boston.
P partial Whitlock
O team Blazers
F number 27.4
F number 6.8
F percent 39.1 percent
F number 3
O team Miami
F score 31-19
O other Eastern Conference
F number 2 1/2
O team Boston
> Trail Blazers general manager Owen Castellanos said he had spoken with “every team that called” but that Miami’s package gave Portland the most flexibility.
O team Trail Blazers
P full Owen Castellanos
Q direct Owen Castellanos :: “every team that called”
O team Miami
O team Portland
> “We didn’t trade Darius because we wanted to. We traded him because the best version of this team is two years away, and he’s ready now,” Castellanos said. “Kofi is 23, Théo is 20, and that Miami pick could land anywhere. That’s what a ‘win-later’ trade looks like.”
Q direct Owen Castellanos :: “We didn’t trade Darius because we wanted to. We traded him because the best version of this team is two years away, and he’s ready now,”
Q direct Owen Castellanos :: “Kofi is 23, Théo is 20, and that Miami pick could land anywhere. That’s what a ‘win-later’ trade looks like.”
P partial Darius
F duration two years
P partial Castellanos
P partial Kofi
F age 23
P partial Théo
F age 20
O team Miami
> Mensah-Reed, a 6-foot-8 forward, is averaging 14.2 points and 7.9 rebounds and is owed $19.5 million this season and $21 million in 2042-43. Lambert, the 18th pick in last year’s draft, has played in 31 games.
P partial Mensah-Reed
F quantity 6-foot-8
F number 14.2
F number 7.9
F money $19.5 million
F money $21 million
F date 2042-43
P partial Lambert
F number 31
> The trade also moves Portland $11.3 million below the luxury-tax line, according to the league source, who spoke on condition of anonymity because the paperwork had not yet been approved. The source called the Heat’s pick “the real prize” because Miami has the oldest roster in the league.
O team Portland
F money $11.3 million
O team Heat
Q direct - :: “the real prize”
O team Miami
> For Miami, the deal is a bet on the next 10 weeks. The Heat have lost four of their last six games, scoring just 104.8 points per game in that stretch, and Whitlock’s $38.4 million salary this season pushes them $2.1 million over the second apron. Whitlock, whom Portland drafted in 2036, has never played in a playoff game.
O team Miami
F duration 10 weeks
O team Heat
F number four
F number six
F number 104.8
P partial Whitlock
F money $38.4 million
F money $2.1 million
P partial Whitlock
O team Portland
F date 2036
> Whitlock is expected to make his Miami debut Saturday against Milwaukee at Kaseya Center.
P partial Whitlock
O team Miami
O team Milwaukee
L facility Kaseya Center
'''

ARTICLES['1853-seoul-elderly-care-managers-every-dong-nowon-gu-plan-korea-herald'] = r'''
> Social affairs
> Seoul to place care managers in all 426 neighborhoods as elderly population passes 20%
L city Seoul
F number 426
F percent 20%
> City pledges W1.4tr over five years; researchers say plan leans on low-paid workers
F money W1.4tr
F duration five years
> By Yoon Seo-yeon
P full Yoon Seo-yeon
> Published : Mar 19, 2041 - 15:12 Updated : Mar 19, 2041 - 17:40
F date Mar 19, 2041
F time 15:12
F date Mar 19, 2041
F time 17:40
> A care manager checks on an elderly resident in Sanggye-dong, Nowon-gu, northern Seoul, on Monday. (Seoul Metropolitan Government)
L city Sanggye-dong
L region Nowon-gu
L city Seoul
O government Seoul Metropolitan Government
> The Seoul Metropolitan Government will place trained care managers in all 426 administrative neighborhoods, or dong, of the capital by 2043 under a 1.4 trillion won ($1.02 billion) plan announced Tuesday, as the share of residents aged 65 or older passed 20 percent for the first time.
O government Seoul Metropolitan Government
F number 426
F date 2043
F money 1.4 trillion won
F money $1.02 billion
F age 65
F percent 20 percent
> The city counted 1.91 million older residents at the end of February, 20.2 percent of its population. Some 412,000 of them live alone, and the city recorded 311 so-called "godoksa," or lonely deaths, in 2040.
F number 1.91 million
F percent 20.2 percent
F number 412,000
F number 311
Q scare - :: "godoksa,"
F date 2040
> Each of the 3,400 care managers, to be hired through the 25 district offices, will visit older people living alone at least once a week, arrange meals and hospital trips, and install motion sensors that alert staff if no movement is detected for 12 hours.
F number 3,400
F number 25
F duration 12 hours
> "No older person in Seoul should lie alone for days before anyone notices," the city said in a statement released by the mayor's office. "Care has to come to the doorstep, not wait at the ward office."
Q direct Seoul Metropolitan Government :: "No older person in Seoul should lie alone for days before anyone notices,"
Q direct Seoul Metropolitan Government :: "Care has to come to the doorstep, not wait at the ward office."
L city Seoul
> Managers will earn about 2.9 million won a month, and the city will cover 70 percent of the cost, with districts paying the rest. Five districts with the oldest populations, including Nowon-gu, Gangbuk-gu and Dobong-gu, will start in July.
F money 2.9 million won
F percent 70 percent
F number Five
L region Nowon-gu
L region Gangbuk-gu
L region Dobong-gu
> Park Ji-hoon, who heads the elderly welfare division at the Nowon-gu Office, said his district had run a pilot in Sanggye-dong and Junggye-dong since 2039.
P full Park Ji-hoon
O government Nowon-gu Office
L city Sanggye-dong
L city Junggye-dong
F date 2039
> "In the first year, our managers found 37 residents who had gone without a proper meal for days. Two were taken to hospital that same afternoon," Park said. "We need more hands, but we also need the money to arrive on time."
Q direct Park Ji-hoon :: "In the first year, our managers found 37 residents who had gone without a proper meal for days. Two were taken to hospital that same afternoon,"
Q direct Park Ji-hoon :: "We need more hands, but we also need the money to arrive on time."
F number 37
F number Two
P partial Park
> Lee Hae-won, a senior researcher at the Hanbit Institute for Aging Policy, a private think tank in Seoul, said the pay was "barely above the minimum wage" for a job that requires nursing skills.
P full Lee Hae-won
O nonprofit Hanbit Institute for Aging Policy
L city Seoul
Q direct Lee Hae-won :: "barely above the minimum wage"
> "When we surveyed 1,200 home-care workers last year, 43 percent said they planned to quit within three years. If the city hires 3,400 people on these terms, it will be hiring them again in 2045," Lee said.
Q direct Lee Hae-won :: "When we surveyed 1,200 home-care workers last year, 43 percent said they planned to quit within three years. If the city hires 3,400 people on these terms, it will be hiring them again in 2045,"
F number 1,200
F percent 43 percent
F duration three years
F number 3,400
F date 2045
P partial Lee
> She added that the plan said little about dementia, which she called the "hardest and most expensive" part of caring for older people.
Q direct Lee Hae-won :: "hardest and most expensive"
> For Choi Bok-soon, 84, who has lived alone in a rooftop room in Junggye-dong since her husband died in 2037, the pilot has already changed her week.
P full Choi Bok-soon
F age 84
L city Junggye-dong
F date 2037
> "The young man comes every Thursday. He fixed my boiler and he told me, 'Grandmother, call me, not your son in Busan,'" Choi said. "I have not called my son in two months."
Q direct Choi Bok-soon :: "The young man comes every Thursday. He fixed my boiler and he told me, 'Grandmother, call me, not your son in Busan,'"
Q direct Choi Bok-soon :: "I have not called my son in two months."
L city Busan
P partial Choi
F duration two months
> The Seoul Metropolitan Council is expected to vote in April on the first year's budget of 212 billion won ($154 million).
O government Seoul Metropolitan Council
F money 212 billion won
F money $154 million
> yoonsy@heraldcorp.com
'''

ARTICLES['1854-wapikaan-lake-first-nation-drinking-water-advisory-14-years-thunder-bay-cbc'] = r'''
> Thunder Bay
L city Thunder Bay
> Northern Ontario First Nation marks 14 years under drinking water advisory as new plant stalls
L region Northern Ontario
F duration 14 years
> Wapikaan Lake First Nation says Ottawa promised a new plant by 2040; Indigenous Services Canada says work will resume this summer
O government Wapikaan Lake First Nation
L city Ottawa
F date 2040
O government Indigenous Services Canada
> Olivia Beardy-Hart · CBC News · Posted: Mar 21, 2041 4:00 AM EDT | Last Updated: March 21, 2041
P full Olivia Beardy-Hart
O media CBC News
F date Mar 21, 2041
F time 4:00 AM EDT
F date March 21, 2041
> Elder Abel Kakegamic, 79, says he has not drunk water from his tap since 2027. (Olivia Beardy-Hart/CBC)
P full Abel Kakegamic
F age 79
F date 2027
P full Olivia Beardy-Hart
O media CBC
> People in Wapikaan Lake First Nation, about 480 kilometres north of Thunder Bay, have boiled their water or hauled it home in jugs for 14 years.
O government Wapikaan Lake First Nation
F quantity 480 kilometres
L city Thunder Bay
F duration 14 years
> The Oji-Cree community of about 900 people, reachable only by air or winter road, has been under a boil-water advisory since March 2027, when a filter failure at its treatment plant let E. coli into the pipes. It is one of the longest advisories in Canada.
F number 900
F date March 2027
L country Canada
> "My kids are 15 and 11. They have never lived in a house where you can drink from the tap," said Chief Rosalind Kwandibens.
Q direct Rosalind Kwandibens :: "My kids are 15 and 11. They have never lived in a house where you can drink from the tap,"
F age 15
F age 11
P full Rosalind Kwandibens
> "Every government since then has come here, taken pictures at the plant and gone home. We had a shovel in the ground in 2039. Then the contractor left and nobody told us why.
Q direct Rosalind Kwandibens :: "Every government since then has come here, taken pictures at the plant and gone home. We had a shovel in the ground in 2039. Then the contractor left and nobody told us why.
F date 2039
> "I am tired of saying 'next year.' Our young people are getting rashes from the bath water."
Q direct Rosalind Kwandibens :: "I am tired of saying 'next year.' Our young people are getting rashes from the bath water."
> According to documents the First Nation shared with CBC News, Indigenous Services Canada (ISC) approved $38.6 million for a new treatment plant and reservoir in 2038. The contractor, Thunder Bay-based Norwest Civil Ltd., stopped work in October 2039 after a dispute over cost overruns that had pushed the estimate to $52 million.
O media CBC News
O government Indigenous Services Canada
O government ISC
F money $38.6 million
F date 2038
L city Thunder Bay
O company Norwest Civil Ltd.
F date October 2039
F money $52 million
> In a statement to CBC News, ISC said it had signed a new agreement with the First Nation and a different builder, and expected construction to "resume in summer 2041, once materials arrive by winter road."
O media CBC News
O government ISC
Q direct Indigenous Services Canada :: "resume in summer 2041, once materials arrive by winter road."
F date 2041
> The department said it had spent $4.1 million since 2027 on bottled water, repairs and operator training in the community, and that ending long-term advisories "remains a priority."
F money $4.1 million
F date 2027
Q direct Indigenous Services Canada :: "remains a priority."
> Priya Raman-Lowe, a civil engineer with Kenora-based Boreal Shield Engineering who reviewed the plant for the First Nation, said it was built in 1998 for a population of 450 and cannot keep up.
P full Priya Raman-Lowe
L city Kenora
O company Boreal Shield Engineering
F date 1998
F number 450
> "The raw water from the lake is high in organic matter, especially after the spring runoff, and those old filters simply can't handle it," she said. "You can patch it for a few months at a time, but you can't patch your way out of this."
Q direct Priya Raman-Lowe :: "The raw water from the lake is high in organic matter, especially after the spring runoff, and those old filters simply can't handle it,"
Q direct Priya Raman-Lowe :: "You can patch it for a few months at a time, but you can't patch your way out of this."
> Raman-Lowe said the new plant would use membrane filtration and could produce 1,100 cubic metres of water a day, more than twice the current output.
P partial Raman-Lowe
F quantity 1,100 cubic metres
> For Kakegamic, the advisory has changed how the community lives.
P partial Kakegamic
> "When I was a boy we drank straight from the lake. My grandmother used to say, 'The water is alive, so treat it like a relative,'" he said in Oji-Cree, through an interpreter. "Now my great-grandchildren ask me if the lake is poison."
Q direct Abel Kakegamic :: "When I was a boy we drank straight from the lake. My grandmother used to say, 'The water is alive, so treat it like a relative,'"
Q direct Abel Kakegamic :: "Now my great-grandchildren ask me if the lake is poison."
> Nishnawbe Aski Nation, which represents 49 First Nations in northern Ontario, said this month that 11 of its communities remain under long-term advisories.
O nonprofit Nishnawbe Aski Nation
F number 49
L region Ontario
F number 11
> Kwandibens said people in Wapikaan Lake will walk to the unfinished plant on Saturday to mark the anniversary. "We'll carry the jugs," she said.
P partial Kwandibens
L city Wapikaan Lake
Q direct Rosalind Kwandibens :: "We'll carry the jugs,"
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
