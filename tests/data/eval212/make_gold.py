#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval212 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval212/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1315-seoul-subway-strike-seoul-metro-unions-line-2-commuters-yonhap'] = r'''
> National
> (LEAD) Seoul Subway Unions Walk Out Over Job Cuts, 1.2 Mln Commuters Hit
L city Seoul
F number 1.2 Mln
> By Kang Da-hye
P full Kang Da-hye
> 2039-11-21 10:42
F date 2039-11-21
F time 10:42
> Commuters crowd onto a platform at Sindorim Station on Seoul's subway Line 2 on Nov. 21, 2039, as trains ran at reduced frequency amid a strike by Seoul Metro unions. (Yonhap)
L facility Sindorim Station
L city Seoul
L facility Line 2
F date Nov. 21, 2039
O company Seoul Metro
O media Yonhap
> SEOUL, Nov. 21 (Yonhap) -- Two unions at Seoul Metro, the operator of most of the capital's subway network, went on a general strike Monday morning to protest the company's plan to cut 2,212 jobs by 2042, leaving about 1.2 million commuters facing longer waits and packed trains.
L city SEOUL
F date Nov. 21
O media Yonhap
F number Two
O company Seoul Metro
F number 2,212
F date 2042
F number 1.2 million
> The walkout by the Seoul Metro union, affiliated with the Korean Confederation of Trade Unions (KCTU), and a smaller union under the Federation of Korean Trade Unions (FKTU) began at 9 a.m., after last-ditch talks broke down shortly before midnight, the unions said.
O company Seoul Metro
O nonprofit Korean Confederation of Trade Unions
O nonprofit KCTU
O nonprofit Federation of Korean Trade Unions
O nonprofit FKTU
F time 9 a.m.
> Trains on the eight lines run by the company ran at about 72 percent of normal frequency during the morning rush hour between 7 a.m. and 9 a.m., and the rate is expected to fall to 58 percent in the afternoon, Seoul Metro said.
F number eight
F percent 72 percent
F time 7 a.m.
F time 9 a.m.
F percent 58 percent
O company Seoul Metro
> Line 2, the circular line that carries some 2 million passengers a day, and Line 5 were among the worst affected. At Sindorim and Jamsil stations, passengers waited up to 20 minutes, and some stations briefly closed their gates to control crowds.
L facility Line 2
F number 2 million
L facility Line 5
L facility Sindorim
L facility Jamsil
F duration 20 minutes
> "I left home 40 minutes early and I was still late," said Yoon Ha-eun, a 34-year-old office worker who commutes from Bucheon to Gangnam. "It felt like the whole of Seoul was on the same platform."
Q direct Yoon Ha-eun :: "I left home 40 minutes early and I was still late,"
F duration 40 minutes
P full Yoon Ha-eun
F age 34-year-old
L city Bucheon
L region Gangnam
Q direct Yoon Ha-eun :: "It felt like the whole of Seoul was on the same platform."
L city Seoul
> Yoon said she would work from home on Tuesday if the strike continued.
P partial Yoon
> Seoul Metro, which posted a net loss of 612 billion won (US$448 million) last year, says it must cut staff as automated ticketing and driverless trains come into service. Its accumulated debt stands at 7.4 trillion won, partly because of free rides for citizens aged 65 or older.
O company Seoul Metro
F money 612 billion won
F money US$448 million
F money 7.4 trillion won
F age 65
> The union says the cuts would endanger safety. "Fewer workers means fewer eyes on the platforms. The company keeps saying 'efficiency,' but we are not striking for money, we are striking for the passengers," Choi Dong-uk, head of the KCTU-affiliated union, told reporters at the company's headquarters in Seongdong-gu.
Q direct Choi Dong-uk :: "Fewer workers means fewer eyes on the platforms. The company keeps saying 'efficiency,' but we are not striking for money, we are striking for the passengers,"
P full Choi Dong-uk
O nonprofit KCTU
L region Seongdong-gu
> He said the union had offered to accept 1,020 job cuts spread over four years, and called the company's final offer a "take it or leave it" deal.
F number 1,020
F duration four years
Q direct Choi Dong-uk :: "take it or leave it"
> Seoul Metro said in a statement that it "deeply regrets" the strike and would keep at least 13,000 of its workers on duty under an essential-service agreement.
O company Seoul Metro
Q direct Seoul Metro :: "deeply regrets"
F number 13,000
> The Seoul Metropolitan Government mobilized 470 extra city buses and extended the hours of its "Ttareungyi" public bicycles, while Korail, which runs Line 1 jointly with Seoul Metro, said its own trains were not affected.
O government Seoul Metropolitan Government
F number 470
Q scare - :: "Ttareungyi"
O company Korail
L facility Line 1
O company Seoul Metro
> An official at the Ministry of Land, Infrastructure and Transport, speaking on condition of anonymity, said the government would "not rule out" an emergency arbitration order if the strike lasted beyond Wednesday. Choi said the union was ready to resume talks at 2 p.m. on Tuesday.
O government Ministry of Land, Infrastructure and Transport
Q direct - :: "not rule out"
P partial Choi
F time 2 p.m.
> It is the first full strike at Seoul Metro since November 2022, when a walkout lasted only one day. The base adult fare, 1,550 won since 2025, is due to rise by 150 won in January 2040.
O company Seoul Metro
F date November 2022
F duration one day
F money 1,550 won
F date 2025
F money 150 won
F date January 2040
> dhkang@yna.co.kr
> (END)
'''

ARTICLES['1316-bills-beat-dolphins-31-17-okafor-snow-highmark-stadium-nfl-ap'] = r'''
> NFL
O other NFL
> Okafor Runs for 3 TDs as Bills Beat Dolphins 31-17 in the Snow
P partial Okafor
F number 3
O team Bills
O team Dolphins
F score 31-17
> Buffalo clinches the AFC East for a third straight season; Miami loses its fourth in a row
O team Buffalo
O other AFC East
O team Miami
> By DEVON McALLISTER-REYES
P full DEVON McALLISTER-REYES
> AP Sports Writer
O media AP
> Updated 7:48 PM EST, December 16, 2040
F time 7:48 PM EST
F date December 16, 2040
> Buffalo Bills running back Marcus Okafor (28) scores a touchdown past Miami Dolphins safety Jalen Ostrowski (31) during the second half of an NFL football game, Sunday, Dec. 16, 2040, in Orchard Park, N.Y. (AP Photo/Terrence Wachowiak)
O team Buffalo Bills
P full Marcus Okafor
O team Miami Dolphins
P full Jalen Ostrowski
O other NFL
F date Dec. 16, 2040
L city Orchard Park
L region N.Y.
O media AP
P full Terrence Wachowiak
> ORCHARD PARK, N.Y. (AP) — Marcus Okafor ran for 147 yards and three touchdowns in a steady snowfall, and the Buffalo Bills beat the Miami Dolphins 31-17 on Sunday to clinch the AFC East for the third straight season.
L city ORCHARD PARK
L region N.Y.
O media AP
P full Marcus Okafor
F quantity 147 yards
F number three
O team Buffalo Bills
O team Miami Dolphins
F score 31-17
O other AFC East
> Eli Vandermolen threw for 204 yards and a touchdown for Buffalo (11-4), which has won six of its last seven games at Highmark Stadium. Tight end Kofi Asante-Darko caught six passes for 71 yards, including an 18-yard score late in the first half.
P full Eli Vandermolen
F quantity 204 yards
O team Buffalo
F score 11-4
F number six
F number seven
L facility Highmark Stadium
P full Kofi Asante-Darko
F number six
F quantity 71 yards
F quantity 18-yard
> "That's Buffalo football," Bills coach Dana Szymanski said. "Snow coming sideways, and we hand the ball to Marcus 31 times. He wanted every one of them."
Q direct Dana Szymanski :: "That's Buffalo football,"
O team Buffalo
O team Bills
P full Dana Szymanski
Q direct Dana Szymanski :: "Snow coming sideways, and we hand the ball to Marcus 31 times. He wanted every one of them."
P partial Marcus
F number 31
> Miami (5-10) lost its fourth straight and was eliminated from playoff contention. Tavon Rutledge-Baines was 19 of 34 for 186 yards with a touchdown and two interceptions, and was sacked four times.
O team Miami
F score 5-10
P full Tavon Rutledge-Baines
F number 19
F number 34
F quantity 186 yards
F number two
F number four
> "We couldn't hold on to the ball, we couldn't throw it, we couldn't do much of anything," Dolphins coach Ray DeLuca said. "You can't blame the weather. They played in the same snow."
Q direct Ray DeLuca :: "We couldn't hold on to the ball, we couldn't throw it, we couldn't do much of anything,"
O team Dolphins
P full Ray DeLuca
Q direct Ray DeLuca :: "You can't blame the weather. They played in the same snow."
> Miami led 10-7 after one quarter after Rutledge-Baines hit Quincy Marchetti with a 42-yard touchdown pass and Arturo Benavídez kicked a 37-yard field goal.
O team Miami
F score 10-7
F number one
P partial Rutledge-Baines
P full Quincy Marchetti
F quantity 42-yard
P full Arturo Benavídez
F quantity 37-yard
> Buffalo took over from there. Okafor scored from 4 yards out early in the second quarter, and Vandermolen found Asante-Darko in the back of the end zone with 0:38 left before halftime for a 21-10 lead.
O team Buffalo
P partial Okafor
F quantity 4 yards
P partial Vandermolen
P partial Asante-Darko
F time 0:38
F score 21-10
> Okafor, 24, broke a 61-yard run on the first play of the third quarter — the longest of his career — and Buffalo's defense held Miami to 77 yards in the second half.
P partial Okafor
F age 24
F quantity 61-yard
O team Buffalo
O team Miami
F quantity 77 yards
> "Honestly, I couldn't see the sideline on that one," Okafor said. "My mom is calling it 'the snow-globe run,' so I guess that's what it's called now."
Q direct Marcus Okafor :: "Honestly, I couldn't see the sideline on that one,"
P partial Okafor
Q direct Marcus Okafor :: "My mom is calling it 'the snow-globe run,' so I guess that's what it's called now."
> The temperature at kickoff was 24 degrees, and about 3 inches of snow fell during the game. A crowd of 70,112 stayed until the end, many of them throwing snowballs after the final touchdown, a 2-yard Okafor run with 4:12 remaining.
F quantity 24 degrees
F quantity 3 inches
F number 70,112
F quantity 2-yard
P partial Okafor
F time 4:12
> INJURIES
> Dolphins: LT Caleb Nwosu left in the second quarter with a knee injury and did not return.
O team Dolphins
P full Caleb Nwosu
> Bills: S Brody Lindqvist was evaluated for a concussion in the fourth quarter but returned.
O team Bills
P full Brody Lindqvist
> UP NEXT
> Dolphins: Host the New York Jets on Dec. 23.
O team Dolphins
O team New York Jets
F date Dec. 23
> Bills: At New England on Dec. 23.
O team Bills
O team New England
F date Dec. 23
> AP NFL: https://apnews.com/hub/NFL
O media AP
O other NFL
'''

ARTICLES['1317-haren-tram-line-evere-schaerbeek-stib-shopkeepers-brussels-times'] = r'''
> Brussels
L city Brussels
> New Tram Line to Haren Opens After Eight Years of Works
L city Haren
F duration Eight Years
> The €214 million line links Schaerbeek station to Haren, but shopkeepers in Evere say it has cost them their customers
F money €214 million
L facility Schaerbeek
L city Haren
L city Evere
> By Lotte Van den Broeck
P full Lotte Van den Broeck
> Tuesday, 12 March 2041
F date 12 March 2041
> The first tram on the new line crosses the Boulevard Leopold III in Evere on Monday. Credit: Belga / Matthieu Delvaux-Nys
L street Boulevard Leopold III
L city Evere
O media Belga
P full Matthieu Delvaux-Nys
> Brussels' public transport operator STIB opened a new 6.4-kilometre tram line on Monday linking Schaerbeek station to Haren, in the north of the capital, eight years after works began and two years behind schedule.
L city Brussels
O company STIB
F quantity 6.4-kilometre
L facility Schaerbeek
L city Haren
F duration eight years
F duration two years
> The line serves 14 stops in the communes of Schaerbeek, Evere and the City of Brussels and is expected to carry around 28,000 passengers a day by 2043, according to STIB, which is known in Dutch as MIVB.
F number 14
L city Schaerbeek
L city Evere
L city City of Brussels
F number 28,000
F date 2043
O company STIB
O company MIVB
> The works cost €214 million, of which €96 million came from the Brussels-Capital Region and €41 million from Beliris, the federal fund for construction projects in the capital. The rest was borrowed from the European Investment Bank (EIB).
F money €214 million
F money €96 million
L region Brussels-Capital Region
F money €41 million
O government Beliris
O intergovernmental European Investment Bank
O intergovernmental EIB
> "This is the biggest extension of our tram network in twenty years. For the first time, Haren is no longer a village cut off behind the railway," said Brussels Mobility Minister Élodie Vandermeersch-Kabongo at the opening.
Q direct Élodie Vandermeersch-Kabongo :: "This is the biggest extension of our tram network in twenty years. For the first time, Haren is no longer a village cut off behind the railway,"
F duration twenty years
L city Haren
L city Brussels
P full Élodie Vandermeersch-Kabongo
> Not everyone is celebrating. On the Avenue Henri Conscience in Evere, where the tracks run down the middle of the street, 210 parking spaces have been removed and traffic is limited to one lane in each direction.
L street Avenue Henri Conscience
L city Evere
F number 210
F number one
> "They call it a 'green corridor'. For us, it is a wall," said Marc Dujardin, 67, who has run a bakery on the avenue since 1998. "My turnover has fallen by a third since the works started. Half my customers came by car."
Q direct Marc Dujardin :: "They call it a 'green corridor'. For us, it is a wall,"
P full Marc Dujardin
F age 67
F date 1998
Q direct Marc Dujardin :: "My turnover has fallen by a third since the works started. Half my customers came by car."
F fraction a third
F fraction Half
> Dujardin is one of 43 shopkeepers who have taken Brussels to the Council of State, Belgium's highest administrative court, seeking compensation of up to €3.5 million.
P partial Dujardin
F number 43
L city Brussels
O government Council of State
L country Belgium
F money €3.5 million
> "We understand the frustration on the avenue, and we have paid out €1.2 million in support since 2037," STIB spokesperson Inès Boukhari told The Brussels Times. "But one tram carries as many people as 150 cars."
Q direct Inès Boukhari :: "We understand the frustration on the avenue, and we have paid out €1.2 million in support since 2037,"
F money €1.2 million
F date 2037
O company STIB
P full Inès Boukhari
O media The Brussels Times
Q direct Inès Boukhari :: "But one tram carries as many people as 150 cars."
F number one
F number 150
> Trams will run every six minutes at peak times between 5:30 and 00:30, STIB said. A single ticket costs €2.60, or €2.10 with a MOBIB card.
F duration six minutes
F time 5:30
F time 00:30
O company STIB
F money €2.60
F money €2.10
> In Haren, a former village of about 4,800 people that was annexed to the City of Brussels in 1921, residents have waited decades for a direct link to the centre. Until now, the only public transport was a bus every 20 minutes to Bordet station.
L city Haren
F number 4,800
L city City of Brussels
F date 1921
F duration 20 minutes
L facility Bordet
> "My daughter works at the hospital in Jette. This morning she was there in 35 minutes instead of 70," said Haren resident Fatima Ouali-Peeters, 52.
Q direct Fatima Ouali-Peeters :: "My daughter works at the hospital in Jette. This morning she was there in 35 minutes instead of 70,"
L city Jette
F duration 35 minutes
F number 70
L city Haren
P full Fatima Ouali-Peeters
F age 52
> Evere mayor Ruben Verhaegen-Lambert said the commune would plant 120 trees along the route by September. "The tram is here to stay. Now we have to make the street liveable again," he said.
L city Evere
P full Ruben Verhaegen-Lambert
F number 120
Q direct Ruben Verhaegen-Lambert :: "The tram is here to stay. Now we have to make the street liveable again,"
'''

ARTICLES['1318-dunedin-hospital-inpatient-building-opens-fewer-beds-health-nz-mps-otago-daily-times'] = r'''
> Dunedin
L city Dunedin
> New Hospital Opens With 48 Fewer Beds Than Promised
F number 48
> Health NZ says the $1.88b inpatient building is on budget; clinicians say its wards are already full
O government Health NZ
F money $1.88b
> By Ngaire Pōmare
P full Ngaire Pōmare
> Thu, 6 Jun 2041
F date 6 Jun 2041
> The new Dunedin Hospital's inpatient building in Cumberland St, which took its first patients yesterday. PHOTO: GERARD McKAY-LOUW
O other Dunedin Hospital
L street Cumberland St
P full GERARD McKAY-LOUW
> The first patients moved into the new Dunedin Hospital yesterday, but the 11-storey inpatient building has 48 fewer beds than the 410 in the original design.
O other Dunedin Hospital
F number 11
F number 48
F number 410
> Health New Zealand Te Whatu Ora southern hospitals director Lisiate Fonua-Mackie said 362 beds would be open by the end of the month, with a further 24 to follow in 2042 "once staffing allows".
O government Health New Zealand Te Whatu Ora
P full Lisiate Fonua-Mackie
F number 362
F number 24
F date 2042
Q direct Lisiate Fonua-Mackie :: "once staffing allows"
> "We have built the hospital Dunedin needs for the next 50 years, and opening it in stages is the safe way to do it," Mr Fonua-Mackie said.
Q direct Lisiate Fonua-Mackie :: "We have built the hospital Dunedin needs for the next 50 years, and opening it in stages is the safe way to do it,"
L city Dunedin
F duration 50 years
P partial Fonua-Mackie
> "The old ward block in Great King St was never designed for the number of patients we see now.
Q direct Lisiate Fonua-Mackie :: "The old ward block in Great King St was never designed for the number of patients we see now.
L street Great King St
> "Moving 214 patients across the road in one day is the biggest job this team has ever done."
Q direct Lisiate Fonua-Mackie :: "Moving 214 patients across the road in one day is the biggest job this team has ever done."
F number 214
F duration one day
> The building, on the former Cadbury factory site, has cost $1.88b, up from the $1.4b budgeted when the project was confirmed. About 1100 staff will work in it, and a separate outpatient building with 36 clinic rooms is due to open in March 2043.
O company Cadbury
F money $1.88b
F money $1.4b
F number 1100
F number 36
F date March 2043
> The senior doctors' union, the Association of Salaried Medical Specialists (ASMS), said in a statement that the opening was "bittersweet" because the beds were needed "yesterday, not in 2042".
O nonprofit Association of Salaried Medical Specialists
O nonprofit ASMS
Q direct Association of Salaried Medical Specialists :: "bittersweet"
Q direct Association of Salaried Medical Specialists :: "yesterday, not in 2042"
F date 2042
> Emergency physician Dr Hana Kowalczyk-Reti said the emergency department had been "running at 110% most nights" over winter, with patients waiting up to 19 hours for a ward bed.
P full Hana Kowalczyk-Reti
Q direct Hana Kowalczyk-Reti :: "running at 110% most nights"
F percent 110%
F duration 19 hours
> "We were told for years the new hospital would be the answer. The answer is 24 beds short," Dr Kowalczyk-Reti said.
Q direct Hana Kowalczyk-Reti :: "We were told for years the new hospital would be the answer. The answer is 24 beds short,"
F number 24
P partial Kowalczyk-Reti
> Dunedin MP Tama Whitiora-Pratt (Labour) said Southerners had been promised a hospital that would not be full on its first day.
L city Dunedin
P full Tama Whitiora-Pratt
O party Labour
> "The people of Otago and Southland have waited 20 years for this building, and they deserve one that works," she said.
Q direct Tama Whitiora-Pratt :: "The people of Otago and Southland have waited 20 years for this building, and they deserve one that works,"
L region Otago
L region Southland
F duration 20 years
> Taieri MP Duncan Rewi-Hollis (National) said the beds would open "as quickly as safely possible" and that the Government had added $96m for equipment last year.
L region Taieri
P full Duncan Rewi-Hollis
O party National
Q direct Duncan Rewi-Hollis :: "as quickly as safely possible"
F money $96m
> New Zealand Nurses Organisation (NZNO) Otago organiser Mere Tautahi-Greig said 63 nursing vacancies were still unfilled across the southern district. "You can open a ward with a ribbon, but you can't staff it with one," she said.
O nonprofit New Zealand Nurses Organisation
O nonprofit NZNO
L region Otago
P full Mere Tautahi-Greig
F number 63
Q direct Mere Tautahi-Greig :: "You can open a ward with a ribbon, but you can't staff it with one,"
> The University of Otago, whose medical school trains about 280 doctors a year, will move its teaching wards into the building in stages from August. Parking remains a sore point: only 250 car parks are on site, and the helipad sits 48m above Castle St.
O education University of Otago
F number 280
F number 250
F quantity 48m
L street Castle St
> Visiting hours are 11am to 8pm.
F time 11am
F time 8pm
'''

ARTICLES['1319-prison-overcrowding-chief-inspector-report-wandsworth-ministers-the-times'] = r'''
> Crime
> ‘Three men in a cell built for one’: jails at breaking point, says inspector
Q direct Nathaniel Osei-Barrow :: ‘Three men in a cell built for one’
F number Three
F number one
> Prisons in England and Wales hold 94,600 inmates in space meant for 79,800 as ministers weigh a second early release
L country England
L country Wales
F number 94,600
F number 79,800
> Harriet Okonjo-Blake, Home Affairs Editor
P full Harriet Okonjo-Blake
> Tuesday October 15 2041, 12.01am, The Times
F date October 15 2041
F time 12.01am
O media The Times
> HMP Wandsworth, where inspectors found men held in cells designed for one in 1851. The jail is at 173% of capacity
L facility HMP Wandsworth
F number one
F date 1851
F percent 173%
> ALAMY
O company ALAMY
> Prisons in England and Wales are holding 94,600 men and women in space designed for 79,800, the chief inspector of prisons has warned, as ministers prepare to release thousands of inmates early for the second time in six years.
L country England
L country Wales
F number 94,600
F number 79,800
F duration six years
> In his annual report, published today, Nathaniel Osei-Barrow says that 21 of the 122 jails in the two nations are running at more than 150 per cent of their certified capacity and that the worst, HMP Wandsworth in southwest London, holds 1,712 men in a Victorian building meant for 988.
P full Nathaniel Osei-Barrow
F number 21
F number 122
F number two
F percent 150 per cent
L facility HMP Wandsworth
L city London
F number 1,712
F number 988
> “We are past the point where overcrowding is a problem to be managed. It is now the single biggest driver of violence, self-harm and reoffending in our prisons,” he writes. “Three men in a cell built for one is not a temporary measure when it has lasted five years.”
Q direct Nathaniel Osei-Barrow :: “We are past the point where overcrowding is a problem to be managed. It is now the single biggest driver of violence, self-harm and reoffending in our prisons,”
Q direct Nathaniel Osei-Barrow :: “Three men in a cell built for one is not a temporary measure when it has lasted five years.”
F number Three
F number one
F duration five years
> Mr Osei-Barrow, 58, a former governor of HMP Durham, found that men at Wandsworth, Bedford and Exeter were locked up for as long as 22 hours a day, and that assaults on staff had risen by 31 per cent in a year.
P partial Osei-Barrow
F age 58
L facility HMP Durham
L facility Wandsworth
L facility Bedford
L facility Exeter
F duration 22 hours
F percent 31 per cent
> HM Inspectorate of Prisons (HMIP) lists 14 so-called “red” jails where it says conditions are unsafe. They include HMP Ford, the open prison in West Sussex, where 40 men absconded between January 1 and September 30.
O government HM Inspectorate of Prisons
O government HMIP
F number 14
Q scare - :: “red”
L facility HMP Ford
L region West Sussex
F number 40
F date January 1
F date September 30
> The report projects that the prison population will reach 101,000 by March 2043. The Ministry of Justice (MoJ) has promised 20,000 new places, but only 6,400 have been built since 2023, at a cost of £4.3 billion. Each place costs about £41,000 a year to run.
F number 101,000
F date March 2043
O government Ministry of Justice
O government MoJ
F number 20,000
F number 6,400
F date 2023
F money £4.3 billion
F money £41,000
> Dominic Ashworth-Leigh, president of the Prison Governors’ Association, said: “Governors have been saying this for a decade. We are asking men to share a toilet in a cell the size of a parking space and then asking why they come out angrier than they went in.
P full Dominic Ashworth-Leigh
O nonprofit Prison Governors’ Association
Q direct Dominic Ashworth-Leigh :: “Governors have been saying this for a decade. We are asking men to share a toilet in a cell the size of a parking space and then asking why they come out angrier than they went in.
> “Early release is a sticking plaster. It buys us 18 months, not a solution.”
Q direct Dominic Ashworth-Leigh :: “Early release is a sticking plaster. It buys us 18 months, not a solution.”
F duration 18 months
> Clara Beaumont-Adeyemi, the prisons minister, told MPs last week that the government would set out plans “within weeks” to let some inmates serving under four years leave after a third of their sentence. A Ministry of Justice spokesman said: “We will not allow our prisons to run out of space. Since July we have opened 1,150 new places and we are building more.”
P full Clara Beaumont-Adeyemi
Q direct Clara Beaumont-Adeyemi :: “within weeks”
F duration four years
F fraction a third
O government Ministry of Justice
Q direct - :: “We will not allow our prisons to run out of space. Since July we have opened 1,150 new places and we are building more.”
F number 1,150
> Imogen Threlfall, the Conservative justice spokeswoman, said ministers had “lost control”. Victims’ groups warned that releasing prisoners early put people at risk: Victim Support said 2,300 people had called its helpline about an offender’s early release since 2039.
P full Imogen Threlfall
Q direct Imogen Threlfall :: “lost control”
O nonprofit Victim Support
F number 2,300
F date 2039
'''

ARTICLES['1320-neom-sindalah-island-first-full-season-visitors-tabuk-riyals-arab-news'] = r'''
> Saudi Arabia
L country Saudi Arabia
> NEOM’s Sindalah Island Draws 118,000 Visitors in First Full Season
O company NEOM
L geo Sindalah Island
F number 118,000
> Luxury island in the Gulf of Aqaba made SR1.9 billion in revenue, but occupancy fell in the summer months
L geo Gulf of Aqaba
F money SR1.9 billion
> Hala Al-Zahrani
P full Hala Al-Zahrani
> Updated 14 April 2040
F date 14 April 2040
> Visitors arrive by boat at Sindalah’s marina in the Red Sea, 5 km off the Tabuk coast. (AN photo by Nawaf Al-Balawi)
L geo Sindalah
L geo Red Sea
F quantity 5 km
L region Tabuk
O media AN
P full Nawaf Al-Balawi
> TABUK: Sindalah, the island resort that opened in 2024 as the first destination of the NEOM giga-project, welcomed 118,000 visitors in its first full 12-month season, the company said on Friday.
L city TABUK
L geo Sindalah
F date 2024
O company NEOM
F number 118,000
F duration 12-month
> The island earned SR1.9 billion ($507 million) from hotel stays, its marina and its restaurants between March 2039 and February 2040, NEOM said in its first public figures for the destination. About 41 percent of guests came from inside the Kingdom and 23 percent from the Gulf Cooperation Council (GCC) states.
F money SR1.9 billion
F money $507 million
F date March 2039
F date February 2040
O company NEOM
F percent 41 percent
F percent 23 percent
O intergovernmental Gulf Cooperation Council
O intergovernmental GCC
> “We set out to show that the northwest of Saudi Arabia can compete with the Mediterranean and the Maldives. In one season, we have done that,” said Dr. Mashael Al-Juhani, NEOM’s executive director for tourism.
Q direct Mashael Al-Juhani :: “We set out to show that the northwest of Saudi Arabia can compete with the Mediterranean and the Maldives. In one season, we have done that,”
L country Saudi Arabia
L geo Mediterranean
L country Maldives
F number one
P full Mashael Al-Juhani
O company NEOM
> She said the island’s three hotels had an average occupancy of 71 percent, falling to 38 percent in July and August, when daytime temperatures reached 44 degrees Celsius.
F number three
F percent 71 percent
F percent 38 percent
F quantity 44 degrees Celsius
> The island covers about 840,000 square meters and has 86 yacht berths. Faisal bin Nasser Al-Harthy, a diving instructor from Duba who has worked on Sindalah since it opened, said the coral was “in better shape than I expected” after five years of visitors.
F quantity 840,000 square meters
F number 86
P full Faisal bin Nasser Al-Harthy
L city Duba
L geo Sindalah
Q direct Faisal bin Nasser Al-Harthy :: “in better shape than I expected”
F duration five years
> “Summer is our challenge,” Al-Juhani said. “We are adding diving and night activities, and we have cut summer rates by 30 percent.”
Q direct Mashael Al-Juhani :: “Summer is our challenge,”
P partial Al-Juhani
Q direct Mashael Al-Juhani :: “We are adding diving and night activities, and we have cut summer rates by 30 percent.”
F percent 30 percent
> Giancarlo De Santis, chief operating officer of the resort, said the marina had handled 1,460 yacht visits, including 212 superyachts longer than 40 meters, many of them arriving from Aqaba in Jordan and Sharm El-Sheikh in Egypt.
P full Giancarlo De Santis
F number 1,460
F number 212
F quantity 40 meters
L city Aqaba
L country Jordan
L city Sharm El-Sheikh
L country Egypt
> “The yachts come for the reef. A mooring costs SR4,800 a night, and in high season we are full,” De Santis said.
Q direct Giancarlo De Santis :: “The yachts come for the reef. A mooring costs SR4,800 a night, and in high season we are full,”
F money SR4,800
P partial De Santis
> Most visitors flew into NEOM Bay Airport, which now has flights from Riyadh, Jeddah and Dubai, before a 45-minute transfer by road and boat. Yasmin El-Sayed, 29, a dentist from Alexandria, said the trip was “worth every riyal”.
L facility NEOM Bay Airport
L city Riyadh
L city Jeddah
L city Dubai
F duration 45-minute
P full Yasmin El-Sayed
F age 29
L city Alexandria
Q direct Yasmin El-Sayed :: “worth every riyal”
> The Ministry of Tourism said the Tabuk region received 1.6 million tourists in 2039, up from 940,000 in 2036. Tourism’s share of Saudi gross domestic product reached 8.2 percent, against a Vision 2030 target of 10 percent.
O government Ministry of Tourism
L region Tabuk
F number 1.6 million
F date 2039
F number 940,000
F date 2036
F percent 8.2 percent
F percent 10 percent
> Not all plans have gone smoothly. NEOM said it had delayed a second island project by two years to 2043 and that a planned “ultra-luxury” hotel on the coast near Sharma was under review. A source at the Public Investment Fund (PIF), which owns NEOM, said the fund wanted “every riyal to earn its keep” before new projects start.
O company NEOM
F duration two years
F date 2043
Q scare - :: “ultra-luxury”
L city Sharma
O government Public Investment Fund
O government PIF
O company NEOM
Q direct - :: “every riyal to earn its keep”
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
