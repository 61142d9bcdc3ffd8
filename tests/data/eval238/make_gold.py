#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval238 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval238/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1471-grange-university-hospital-a-and-e-record-waits-aneurin-bevan-gwent-bbc-wales'] = r'''
> South East Wales
L region South East Wales
> Grange hospital A&E: Record 1,412 patients wait more than 12 hours
O other Grange
F number 1,412
F duration 12 hours
> Almost a third of people arriving at the Gwent hospital's emergency department in December were there for more than 12 hours, figures show.
F fraction a third
L region Gwent
F duration 12 hours
> By Carys Pritchard-Lewis
P full Carys Pritchard-Lewis
> Health correspondent, BBC Wales
O media BBC Wales
> Published 16 January 2042
F date 16 January 2042
> Image source, Getty Images
O media Getty Images
> Image caption, Ambulances queued outside the Grange University Hospital in Llanfrechfa for most of 29 December
O other Grange University Hospital
L city Llanfrechfa
F date 29 December
> A record 1,412 patients spent more than 12 hours in the emergency department of the Grange University Hospital near Cwmbran in December, the worst monthly figure at any hospital in Wales since the unit opened in 2020.
F number 1,412
F duration 12 hours
O other Grange University Hospital
L city Cwmbran
L country Wales
F date 2020
> Figures published on Thursday by Aneurin Bevan University Health Board (ABUHB) show that patients who were admitted waited an average of nine hours and 40 minutes for a bed, up from six hours and 55 minutes in December 2040.
O government Aneurin Bevan University Health Board
O government ABUHB
F duration nine hours
F duration 40 minutes
F duration six hours
F duration 55 minutes
F date December 2040
> Only 51.3% of patients at the Grange were seen within the four-hour target, against a Welsh Government goal of 95 per cent.
F percent 51.3%
O other Grange
F duration four-hour
O government Welsh Government
F percent 95 per cent
> ABUHB's chief executive, Dr Rhiannon Vaughan-Tudor, said the department had been "under sustained pressure" since the week before Christmas, when flu admissions across Gwent doubled.
O government ABUHB
P full Rhiannon Vaughan-Tudor
Q direct Rhiannon Vaughan-Tudor :: "under sustained pressure"
L region Gwent
> "We are deeply sorry to every patient and every family who has waited too long," she said. "Our staff have worked extraordinarily hard, but on some nights we had 118 people in a department designed for 70.
Q direct Rhiannon Vaughan-Tudor :: "We are deeply sorry to every patient and every family who has waited too long,"
Q direct Rhiannon Vaughan-Tudor :: "Our staff have worked extraordinarily hard, but on some nights we had 118 people in a department designed for 70.
F number 118
F number 70
> "We have opened 24 extra beds at the Royal Gwent Hospital in Newport and at Nevill Hall Hospital in Abergavenny, and we expect to see a real improvement by the end of February."
Q direct Rhiannon Vaughan-Tudor :: "We have opened 24 extra beds at the Royal Gwent Hospital in Newport and at Nevill Hall Hospital in Abergavenny, and we expect to see a real improvement by the end of February."
F number 24
O other Royal Gwent Hospital
L city Newport
O other Nevill Hall Hospital
L city Abergavenny
> Siân Mostyn, 47, from Pontypool, said her father Emlyn, 83, waited 31 hours on a trolley after falling in the garden of his home on Osborne Road.
P full Siân Mostyn
F age 47
L city Pontypool
P partial Emlyn
F age 83
F duration 31 hours
L street Osborne Road
> "He kept asking me, 'Is it still Tuesday?' He's a proud man and he was lying there in the same clothes, in a corridor, with one blanket," Ms Mostyn said.
Q direct Siân Mostyn :: "He kept asking me, 'Is it still Tuesday?' He's a proud man and he was lying there in the same clothes, in a corridor, with one blanket,"
F number one
P partial Mostyn
> A nurse at the Grange, who asked not to be named, told BBC Wales that staff were now "treating people in the ambulance bay".
O other Grange
O media BBC Wales
Q direct - :: "treating people in the ambulance bay"
> "What managers call 'corridor care' is just care in a corridor. Some nights there are more patients out there than in the cubicles, and two of us for all of them," she said.
Q direct - :: "What managers call 'corridor care' is just care in a corridor. Some nights there are more patients out there than in the cubicles, and two of us for all of them,"
F number two
> Paramedics have nicknamed the hospital's forecourt "the car park ward".
Q scare - :: "the car park ward"
> Peredur Howells-Rees, who represents the area in the Senedd for Plaid Cymru, said the numbers were "a scandal, not a surprise".
P full Peredur Howells-Rees
O government Senedd
O party Plaid Cymru
Q direct Peredur Howells-Rees :: "a scandal, not a surprise"
> "These are not just numbers on a spreadsheet," said Mr Howells-Rees. "Cardiff Bay has had five years to fix the front door of the NHS in Gwent and it has failed."
Q direct Peredur Howells-Rees :: "These are not just numbers on a spreadsheet,"
P partial Howells-Rees
Q direct Peredur Howells-Rees :: "Cardiff Bay has had five years to fix the front door of the NHS in Gwent and it has failed."
L city Cardiff Bay
F duration five years
O government NHS
L region Gwent
> The Welsh Government said the health board had received an extra £14.6m this winter and that ministers expected "rapid and sustained improvement".
O government Welsh Government
F money £14.6m
Q direct Welsh Government :: "rapid and sustained improvement"
> The Welsh Ambulance Services University NHS Trust (WAST) said handover delays outside the Grange averaged 2 hours 15 minutes last month, and that its crews lost 9,800 hours waiting outside hospitals across the seven health boards.
O government Welsh Ambulance Services University NHS Trust
O government WAST
O other Grange
F duration 2 hours
F duration 15 minutes
F duration 9,800 hours
F number seven
> The health board will present a recovery plan to its members at a meeting in Caerleon on 26 January, starting at 09:30 GMT.
L city Caerleon
F date 26 January
F time 09:30 GMT
'''

ARTICLES['1472-loafer-canyon-fire-woodland-hills-mapleton-evacuations-utah-county-ap'] = r'''
> Wildfire forces evacuations in 2 Utah foothill towns as gusts push flames toward homes
F number 2
L region Utah
> By MARISOL QUINTANA-BECK and DEVIN ASHWORTH
P full MARISOL QUINTANA-BECK
P full DEVIN ASHWORTH
> Associated Press
O media Associated Press
> Updated 8:52 PM MDT, August 20, 2041
F time 8:52 PM MDT
F date August 20, 2041
> Smoke from the Loafer Canyon Fire rises behind homes in Woodland Hills, Utah, on Tuesday, Aug. 20, 2041. (AP Photo/Rick Pettingill)
L city Woodland Hills
L region Utah
F date Aug. 20, 2041
O media AP
P full Rick Pettingill
> WOODLAND HILLS, Utah (AP) — A wind-driven wildfire raced down the slopes of Loafer Mountain on Tuesday and forced about 2,100 people to leave two small foothill towns south of Salt Lake City, officials said.
L city WOODLAND HILLS
L region Utah
O media AP
L geo Loafer Mountain
F number 2,100
F number two
L city Salt Lake City
> The Loafer Canyon Fire had burned more than 9,300 acres (3,764 hectares) of dry oak brush and juniper by Tuesday evening and was 8% contained, according to the Utah Division of Forestry, Fire and State Lands, or FFSL. Fourteen homes and nine outbuildings were destroyed in Woodland Hills and on the eastern edge of Mapleton, about 12 miles (19 kilometers) to the north.
F quantity 9,300 acres
F quantity 3,764 hectares
F percent 8%
O government Utah Division of Forestry, Fire and State Lands
O government FFSL
F number Fourteen
F number nine
L city Woodland Hills
L city Mapleton
F quantity 12 miles
F quantity 19 kilometers
> "It went from a column of smoke to a wall of fire in about 40 minutes," said FFSL Battalion Chief Tanner Oakridge. "Once it hit the grass at the bottom of the canyon, there was no stopping it with hand crews."
Q direct Tanner Oakridge :: "It went from a column of smoke to a wall of fire in about 40 minutes,"
F duration 40 minutes
O government FFSL
P full Tanner Oakridge
Q direct Tanner Oakridge :: "Once it hit the grass at the bottom of the canyon, there was no stopping it with hand crews."
> Oakridge said the fire started at about 1:15 p.m. near a trailhead above Woodland Hills and that sustained winds of 20-30 mph, with gusts up to 55 mph, carried embers more than 800 yards ahead of the main front.
P partial Oakridge
F time 1:15 p.m.
L city Woodland Hills
F quantity 20-30 mph
F quantity 55 mph
F quantity 800 yards
> More than 600 firefighters, six air tankers and four helicopters were assigned to the blaze, which crossed Utah State Route 198 late Tuesday afternoon.
F number 600
F number six
F number four
L street Utah State Route 198
> Utah County Sheriff Dale Hensworth ordered the whole of Woodland Hills, a town of roughly 1,600, to leave at 2:40 p.m. A second order covered about 170 homes in Mapleton an hour later.
L region Utah County
P full Dale Hensworth
L city Woodland Hills
F number 1,600
F time 2:40 p.m.
F number 170
L city Mapleton
> "We knocked on every door on the upper roads. My deputies told people, 'If you can see flames from your kitchen window, you're already late,'" Hensworth said. "Most of them listened. A few didn't, and we had to go back up for them."
Q direct Dale Hensworth :: "We knocked on every door on the upper roads. My deputies told people, 'If you can see flames from your kitchen window, you're already late,'"
P partial Hensworth
Q direct Dale Hensworth :: "Most of them listened. A few didn't, and we had to go back up for them."
> The sheriff's office said one firefighter was treated for heat exhaustion. No other injuries were reported.
F number one
> Darlene Whitcomb-Ostler, 68, had lived on Woodland Hills Drive for 31 years. She left with her two dogs, her husband's ashes and a box of photographs.
P full Darlene Whitcomb-Ostler
F age 68
L street Woodland Hills Drive
F duration 31 years
F number two
> "You always think you'll have an hour to pack," she said at an evacuation center at a church in Salem. "We had 10 minutes. I didn't even lock the door."
Q direct Darlene Whitcomb-Ostler :: "You always think you'll have an hour to pack,"
L city Salem
Q direct Darlene Whitcomb-Ostler :: "We had 10 minutes. I didn't even lock the door."
F duration 10 minutes
> The American Red Cross said 340 people spent Tuesday night in shelters in Salem and at the fairgrounds in Spanish Fork.
O nonprofit American Red Cross
F number 340
L city Salem
L city Spanish Fork
> The National Weather Service in Salt Lake City kept a "red flag" warning in place for much of central Utah until 9 p.m. Wednesday. Forecasters warned of "critical fire weather" through Thursday, with humidity as low as 6% and temperatures near 99 degrees.
O government National Weather Service
L city Salt Lake City
Q scare - :: "red flag"
L region Utah
F time 9 p.m.
Q direct National Weather Service :: "critical fire weather"
F percent 6%
F quantity 99 degrees
> The Wasatch Front has had one of its driest summers on record: Salt Lake City has recorded 0.4 inches of rain since June 1, about a quarter of normal.
L region Wasatch Front
L city Salt Lake City
F quantity 0.4 inches
F date June 1
F fraction a quarter
> Spanish Fork Canyon, the main route between the valley and eastern Utah along U.S. Highway 6, stayed open, but the Utah Department of Transportation closed two exits on Interstate 15 near Payson for several hours to make room for fire engines.
L geo Spanish Fork Canyon
L region Utah
L street U.S. Highway 6
O government Utah Department of Transportation
F number two
L street Interstate 15
L city Payson
> Associated Press writer Hannah Brightwater in Salt Lake City contributed to this report.
O media Associated Press
P full Hannah Brightwater
L city Salt Lake City
'''

ARTICLES['1473-nuggets-suns-overtime-deloach-kvaloy-triple-double-ball-arena-espn'] = r'''
> DeLoach scores 41, Nuggets outlast Suns in overtime
P partial DeLoach
F number 41
O team Nuggets
O team Suns
> Marcus DeLoach hit the tying 3-pointer with 2.6 seconds left in regulation and Anders Kvaløy posted a triple-double as Denver beat Phoenix 131-124.
P full Marcus DeLoach
F number 3
F duration 2.6 seconds
P full Anders Kvaløy
O team Denver
O team Phoenix
F score 131-124
> Owen Markley-Shaw, ESPN Staff Writer
P full Owen Markley-Shaw
O media ESPN
> Feb 11, 2041, 01:22 AM ET
F date Feb 11, 2041
F time 01:22 AM ET
> Bart Young-Hollis/NBAE via Getty Images
P full Bart Young-Hollis
O other NBAE
O media Getty Images
> DENVER -- For 47 minutes and 57 seconds on Sunday night, the Phoenix Suns did almost everything right at Ball Arena. Marcus DeLoach made sure the last three seconds of regulation were all that mattered.
L city DENVER
F duration 47 minutes
F duration 57 seconds
O team Phoenix Suns
L facility Ball Arena
P full Marcus DeLoach
F duration three seconds
> With Denver trailing 115-112, DeLoach took a handoff from Anders Kvaløy, stepped back behind the arc and drained a 27-foot 3-pointer with 2.6 seconds left to force overtime. The Denver Nuggets then scored the first nine points of the extra period and held on for a 131-124 win.
O team Denver
F score 115-112
P partial DeLoach
P full Anders Kvaløy
F quantity 27-foot
F number 3
F duration 2.6 seconds
O team Denver Nuggets
F number nine
F score 131-124
> DeLoach finished with 41 points, 12 of them in the fourth quarter and overtime, and Kvaløy had 22 points, 15 rebounds and 11 assists for his ninth triple-double of the season.
P partial DeLoach
F number 41
F number 12
P partial Kvaløy
F number 22
F number 15
F number 11
> "I told Anders, 'Just get me a sliver,'" DeLoach said. "He set the screen, I saw the rim, and honestly, I didn't see anything after that. I heard it."
Q direct Marcus DeLoach :: "I told Anders, 'Just get me a sliver,'"
P partial Anders
P partial DeLoach
Q direct Marcus DeLoach :: "He set the screen, I saw the rim, and honestly, I didn't see anything after that. I heard it."
> Denver (34-19) has won seven of its past eight games and moved within one game of Minnesota for second place in the Western Conference. Phoenix (29-25) has lost three straight.
O team Denver
F score 34-19
F number seven
F number eight
F number one
O team Minnesota
O other Western Conference
O team Phoenix
F score 29-25
F number three
> Suns guard Keon Strickland scored 36 points and made 7 of 12 3-pointers, and forward Aurelio Fontana added 24 points and 10 rebounds. Phoenix led by as many as 17 in the third quarter and was up 104-93 with 6:12 to play.
O team Suns
P full Keon Strickland
F number 36
F number 7
F number 12
F number 3
P full Aurelio Fontana
F number 24
F number 10
O team Phoenix
F number 17
F score 104-93
F time 6:12
> "We had it. We had it twice," Suns coach Marisa Quinlan said. "You can't give a player like that a clean look at the end of a game. That one is on me, not on the guys."
Q direct Marisa Quinlan :: "We had it. We had it twice,"
O team Suns
P full Marisa Quinlan
Q direct Marisa Quinlan :: "You can't give a player like that a clean look at the end of a game. That one is on me, not on the guys."
> Denver answered the Suns' late lead with a 14-2 run built on Kvaløy's passing from the elbow. Rookie forward Idris Bellamy, the No. 9 pick, hit two corner 3-pointers in 40 seconds, and the crowd of 19,520 never sat down again.
O team Denver
O team Suns
F score 14-2
P partial Kvaløy
P full Idris Bellamy
F number two
F number 3
F duration 40 seconds
F number 19,520
> "He's 20 years old and he plays like he's been here for 10 years," Nuggets coach Ray Castellanos said of Bellamy. "Anders is Anders. He sees the floor like nobody in this league."
Q direct Ray Castellanos :: "He's 20 years old and he plays like he's been here for 10 years,"
F age 20 years old
F duration 10 years
O team Nuggets
P full Ray Castellanos
P partial Bellamy
Q direct Ray Castellanos :: "Anders is Anders. He sees the floor like nobody in this league."
P partial Anders
P partial Anders
> Castellanos called the overtime "the best five minutes we've played all year." Denver shot 5 of 7 from the field in the period, while Phoenix went 1 for 8 and committed three turnovers.
P partial Castellanos
Q direct Ray Castellanos :: "the best five minutes we've played all year."
F duration five minutes
O team Denver
F number 5
F number 7
O team Phoenix
F number 1
F number 8
F number three
> The Nuggets outrebounded the Suns 52-41 and scored 24 second-chance points. Kvaløy has recorded a triple-double in four of his past six games.
O team Nuggets
O team Suns
F score 52-41
F number 24
P partial Kvaløy
F number four
F number six
> Strickland, who also had eight assists, was asked about the NBA's new overtime format, which starts each extra period with a jump ball. He called it "a coin flip in sneakers."
P partial Strickland
F number eight
O other NBA
Q direct Keon Strickland :: "a coin flip in sneakers."
> Up next: Denver hosts Dallas on Tuesday; Phoenix plays at Portland on Wednesday.
O team Denver
O team Dallas
O team Phoenix
O team Portland
'''

ARTICLES['1474-typhoon-banaag-landslides-benguet-la-trinidad-kennon-road-evacuees-inquirer'] = r'''
> Regions
> Landslides bury homes in Benguet as ‘Banaag’ leaves 4 dead, 11,860 displaced
L region Benguet
Q scare - :: ‘Banaag’
F number 4
F number 11,860
> Farms in La Trinidad, Atok and Buguias lose P486 million in crops; Kennon Road shut
L city La Trinidad
L city Atok
L city Buguias
F money P486 million
L street Kennon Road
> By: Estrella Bagano-Dulnuan - Correspondent / @inqnorthernluzon
P full Estrella Bagano-Dulnuan
> Philippine Daily Inquirer / 04:18 AM October 16, 2042
O media Philippine Daily Inquirer
F time 04:18 AM
F date October 16, 2042
> BURIED — Residents dig through mud for belongings in Sitio Pacso, Barangay Puguis, La Trinidad, Benguet, on Wednesday. —ROMEO T. GALAPON
L city Sitio Pacso
L city Barangay Puguis
L city La Trinidad
L region Benguet
P full ROMEO T. GALAPON
> LA TRINIDAD, Benguet, Philippines — Four people were killed and 3,140 families, or about 11,860 people, were still in evacuation centers in Benguet on Wednesday, two days after Typhoon “Banaag” dumped a month’s worth of rain on the Cordillera in 36 hours.
L city LA TRINIDAD
L region Benguet
L country Philippines
F number Four
F number 3,140
F number 11,860
L region Benguet
F duration two days
Q scare - :: “Banaag”
L region Cordillera
F duration 36 hours
> The National Disaster Risk Reduction and Management Council (NDRRMC) said in its 6 a.m. report that 212 houses were destroyed and 1,075 damaged, and that landslides had been recorded at 38 sites along Kennon Road, Halsema Highway and the Baguio-Bontoc road.
O government National Disaster Risk Reduction and Management Council
O government NDRRMC
F time 6 a.m.
F number 212
F number 1,075
F number 38
L street Kennon Road
L street Halsema Highway
L city Baguio
L city Bontoc
> Two of the dead were a mother and her 9-year-old son, whose house in Sitio Pacso was buried at about 11:40 p.m. on Monday, said Benguet Gov. Melchor “Mel” Dagupen-Alos.
F number Two
F age 9-year-old
L city Sitio Pacso
F time 11:40 p.m.
L region Benguet
P full Melchor “Mel” Dagupen-Alos
Q scare - :: “Mel”
> “We told them on Sunday to leave. They said the house had survived ‘Ompong’ and it would survive this one,” Dagupen-Alos said. “I cannot blame them. Where will you go when the rain does not stop for two days?”
Q direct Melchor “Mel” Dagupen-Alos :: “We told them on Sunday to leave. They said the house had survived ‘Ompong’ and it would survive this one,”
P partial Dagupen-Alos
Q direct Melchor “Mel” Dagupen-Alos :: “I cannot blame them. Where will you go when the rain does not stop for two days?”
F duration two days
> The governor said the provincial government had released P25 million from its quick response fund and asked the Department of Agriculture (DA) for seedlings for Atok, Buguias, Kibungan and Mankayan.
F money P25 million
O government Department of Agriculture
O government DA
L city Atok
L city Buguias
L city Kibungan
L city Mankayan
> The DA’s regional office in the Cordillera put crop losses at P486 million, most of it cabbage, carrots and potatoes that were two to three weeks from harvest. About 2,900 hectares of farmland were affected, or nearly half of the area planted.
O government DA
L region Cordillera
F money P486 million
F duration two
F duration three weeks
F quantity 2,900 hectares
F fraction half
> At the La Trinidad Vegetable Trading Post, prices rose 60 percent on Tuesday, with cabbage at P120 a kilo, up from P75 last week. The NDRRMC put damage to roads and bridges in the region at P1.2 billion.
L facility La Trinidad Vegetable Trading Post
F percent 60 percent
F money P120
F money P75
O government NDRRMC
F money P1.2 billion
> Pagasa weather specialist Jonalyn Tabangcura said “Banaag” made landfall in Dinalungan, Aurora, at 4 a.m. on Monday with maximum sustained winds of 165 kilometers per hour before crossing Northern Luzon.
O government Pagasa
P full Jonalyn Tabangcura
Q scare - :: “Banaag”
L city Dinalungan
L region Aurora
F time 4 a.m.
F quantity 165 kilometers per hour
L region Northern Luzon
> “The problem in Benguet was not the wind. It was the rain. Baguio recorded 702 millimeters in 36 hours,” Tabangcura told the Inquirer. She warned of “more slides even after the sun comes out.”
Q direct Jonalyn Tabangcura :: “The problem in Benguet was not the wind. It was the rain. Baguio recorded 702 millimeters in 36 hours,”
L region Benguet
L city Baguio
F quantity 702 millimeters
F duration 36 hours
P partial Tabangcura
O media Inquirer
Q direct Jonalyn Tabangcura :: “more slides even after the sun comes out.”
> The Office of Civil Defense in the Cordillera said 14 roads remained closed, including Kennon Road, which the Department of Public Works and Highways (DPWH) said could reopen “within 10 days, if the weather holds.”
O government Office of Civil Defense
L region Cordillera
F number 14
L street Kennon Road
O government Department of Public Works and Highways
O government DPWH
Q direct Department of Public Works and Highways :: “within 10 days, if the weather holds.”
F duration 10 days
> At Puguis Elementary School, where 460 evacuees sleep on classroom floors, Erlinda Cotiw-an, 57, said she had lost her house and her 2,000-square-meter plot of cabbage.
O education Puguis Elementary School
F number 460
P full Erlinda Cotiw-an
F age 57
F quantity 2,000-square-meter
> “Wala na kaming bahay, wala na ring tanim,” she said in Filipino. (We have no house left, and no crops either.) “But we are alive. That is what I tell my grandchildren.”
Q direct Erlinda Cotiw-an :: “Wala na kaming bahay, wala na ring tanim,”
Q direct Erlinda Cotiw-an :: “But we are alive. That is what I tell my grandchildren.”
> Neighbors held a bayanihan on Tuesday to clear the school grounds. About 90 families are expected to stay at the school for at least two weeks.
F number 90
F duration two weeks
> The Department of Social Welfare and Development said it had sent 8,500 family food packs to Benguet, Mountain Province and Ifugao, and would release P5,000 in cash aid to each family whose house was destroyed.
O government Department of Social Welfare and Development
F number 8,500
L region Benguet
L region Mountain Province
L region Ifugao
F money P5,000
'''

ARTICLES['1475-calder-copper-rejects-northshield-approach-305p-chile-zambia-financial-times'] = r'''
> Mining
> Calder Copper rejects £3.9bn approach from Canada’s Northshield
O company Calder Copper
F money £3.9bn
L country Canada
O company Northshield
> London-listed miner says 305p-a-share proposal ‘significantly undervalues’ its mines in Chile and Zambia
L city London
F money 305p
Q direct Calder Copper :: ‘significantly undervalues’
L country Chile
L country Zambia
> Harriet Oyelaran-Finch in London and Daniel Marchetti in Toronto
P full Harriet Oyelaran-Finch
L city London
P full Daniel Marchetti
L city Toronto
> Published March 4 2042
F date March 4 2042
> Calder’s Cerro Alcaparrosa mine in Chile’s Antofagasta region produced 186,000 tonnes of copper last year © Tomás Riquelme/Bloomberg
O company Calder
L facility Cerro Alcaparrosa
L country Chile
L region Antofagasta
F quantity 186,000 tonnes
P full Tomás Riquelme
O media Bloomberg
> Calder Copper has rejected a £3.9bn takeover approach from Canadian rival Northshield Resources, saying the 305p-a-share proposal “significantly undervalues” a company that owns two of the few large copper mines likely to expand before the end of the decade.
O company Calder Copper
F money £3.9bn
O company Northshield Resources
F money 305p
Q direct Calder Copper :: “significantly undervalues”
F number two
> The London-listed miner said on Tuesday that its board had “unanimously rejected” the unsolicited proposal, which was made on February 21 and represented a premium of 31 per cent to Calder’s closing price of 233p on the day before the approach became public.
L city London
Q direct Calder Copper :: “unanimously rejected”
F date February 21
F percent 31 per cent
O company Calder
F money 233p
> Vancouver-based Northshield, which is listed in Toronto and New York, confirmed that it was considering its options. Under UK takeover rules it has until 5pm on April 1 to make a firm offer or walk away for six months. The so-called “put up or shut up” deadline was set by the Takeover Panel on Tuesday.
L city Vancouver
O company Northshield
L city Toronto
L city New York
L country UK
F time 5pm
F date April 1
F duration six months
Q scare - :: “put up or shut up”
O government Takeover Panel
> Sir Malcolm Ferrier-Boyd, Calder’s chair, said the board had “no interest in selling the company on the cheap at the bottom of the cycle”.
P full Malcolm Ferrier-Boyd
O company Calder
Q direct Malcolm Ferrier-Boyd :: “no interest in selling the company on the cheap at the bottom of the cycle”
> “Our shareholders have waited three years for the Cerro Alcaparrosa expansion and for the restart of the Mufumbwe West smelter in Zambia. Both will be complete within 18 months,” he said. “This approach is an attempt to buy that growth before it shows up in the numbers.”
Q direct Malcolm Ferrier-Boyd :: “Our shareholders have waited three years for the Cerro Alcaparrosa expansion and for the restart of the Mufumbwe West smelter in Zambia. Both will be complete within 18 months,”
F duration three years
L facility Cerro Alcaparrosa
L facility Mufumbwe West
L country Zambia
F duration 18 months
Q direct Malcolm Ferrier-Boyd :: “This approach is an attempt to buy that growth before it shows up in the numbers.”
> Calder produced 311,000 tonnes of copper in 2041, about 1.3 per cent of global mined supply, and expects output to rise to between 380,000 tonnes and 400,000 tonnes a year by 2044.
O company Calder
F quantity 311,000 tonnes
F date 2041
F percent 1.3 per cent
F quantity 380,000 tonnes
F quantity 400,000 tonnes
F date 2044
> Northshield, whose main assets are in British Columbia and Arizona, has been looking for new sources of copper as grid spending and data centres drive demand. Copper traded at $11,460 a tonne on the London Metal Exchange on Tuesday, up 9 per cent this year.
O company Northshield
L region British Columbia
L region Arizona
F money $11,460
O company London Metal Exchange
F percent 9 per cent
> In a statement, Northshield’s chief executive, Geneviève Aubry-Tanaka, said the proposal offered Calder investors “certain value today against promises of tomorrow”, and that a combined group would be the world’s fifth-largest copper producer.
O company Northshield
P full Geneviève Aubry-Tanaka
O company Calder
Q direct Geneviève Aubry-Tanaka :: “certain value today against promises of tomorrow”
> At least one of Calder’s top 20 shareholders backed the board. Priya Ramanathan-Cole, a portfolio manager at Alder Hill Capital, which holds 2.4 per cent of the company, said: “We would want to see a number starting with a four before we engage. At 305p, the answer is no.”
O company Calder
F number 20
P full Priya Ramanathan-Cole
O company Alder Hill Capital
F percent 2.4 per cent
Q direct Priya Ramanathan-Cole :: “We would want to see a number starting with a four before we engage. At 305p, the answer is no.”
F number four
F money 305p
> Analysts at Berenberg said a sweetened offer of 360p to 380p was likely, which would value Calder at up to £4.9bn. “Northshield needs the tonnes more than Calder needs Northshield,” said Nikhil Desai-Brennan, a mining analyst at the bank.
O company Berenberg
F money 360p
F money 380p
O company Calder
F money £4.9bn
Q direct Nikhil Desai-Brennan :: “Northshield needs the tonnes more than Calder needs Northshield,”
O company Northshield
O company Calder
O company Northshield
P full Nikhil Desai-Brennan
> Another analyst, who asked not to be named because his bank advises one of the parties, said Zambia’s government holds a 20 per cent stake in the smelter through ZCCM Investments Holdings, so any deal “will go through Lusaka as well as London”.
L country Zambia
F percent 20 per cent
O government ZCCM Investments Holdings
Q direct - :: “will go through Lusaka as well as London”
L city Lusaka
L city London
> Calder’s shares rose 19 per cent to 278p on Tuesday, giving it a market value of £3.55bn, still about half of the group’s value at its 2037 peak.
O company Calder
F percent 19 per cent
F money 278p
F money £3.55bn
F fraction half
F date 2037
'''

ARTICLES['1476-catalytic-converter-thefts-clondalkin-lucan-tallaght-dublin-district-court-irish-times'] = r'''
> Crime & Law
> Man (34) who stole 23 catalytic converters from cars in west Dublin avoids jail
F age 34
F number 23
L city Dublin
> Dylan Ó Flaithearta repaid more than half of €41,800 taken in thefts in Clondalkin, Lucan and Tallaght, Dublin District Court hears
P full Dylan Ó Flaithearta
F fraction half
F money €41,800
L city Clondalkin
L city Lucan
L city Tallaght
O government Dublin District Court
> Eimear Ní Bhraonáin
P full Eimear Ní Bhraonáin
> Wed Nov 14 2040 - 17:42
F date Nov 14 2040
F time 17:42
> Dylan Ó Flaithearta leaving the Criminal Courts of Justice in Dublin on Wednesday. Photograph: Collins Courts
P full Dylan Ó Flaithearta
L facility Criminal Courts of Justice
L city Dublin
O media Collins Courts
> A 34-year-old man who used a battery-powered saw to cut 23 catalytic converters from parked cars in west Dublin over 11 weeks has been given a suspended sentence after his family raised €23,500 in compensation.
F age 34-year-old
F number 23
L city Dublin
F duration 11 weeks
F money €23,500
> Dylan Ó Flaithearta, with an address at 27 Kilcronan Grove, Clondalkin, pleaded guilty at Dublin District Court to 23 counts of theft and one of possession of an article for use in a theft between March 3rd and May 19th of this year.
P full Dylan Ó Flaithearta
L address 27 Kilcronan Grove
L city Clondalkin
O government Dublin District Court
F number 23
F number one
F date March 3rd
F date May 19th
> Garda Seán Mac Conmara told the court that most of the cars targeted were hybrids, including 14 Toyota Priuses, because their converters – known in the scrap trade as “cats” – hold more of the precious metals rhodium and palladium and corrode less.
P full Seán Mac Conmara
F number 14
Q scare - :: “cats”
> He said the thefts happened mostly between 2am and 5am in estates in Clondalkin, Lucan and Tallaght, and that one car, parked on the Lucan Road, was targeted twice.
F time 2am
F time 5am
L city Clondalkin
L city Lucan
L city Tallaght
F number one
L street Lucan Road
> Each converter was sold for between €350 and €700 to a scrap dealer in Co Meath, the court heard. Owners faced repair bills of up to €2,400, and the total loss was put at €41,800.
F money €350
F money €700
L region Co Meath
F money €2,400
F money €41,800
> Garda Mac Conmara said Mr Ó Flaithearta was arrested at 4.10am on May 19th after a woman on Esker Lane in Lucan heard what she described as “a sound like a dentist’s drill” and rang gardaí.
P partial Mac Conmara
P partial Ó Flaithearta
F time 4.10am
F date May 19th
L street Esker Lane
L city Lucan
Q direct - :: “a sound like a dentist’s drill”
> Asked whether the accused had co-operated, the garda said: “He did. He brought us to a lock-up in Ballyfermot himself, and we recovered the saw and nine converters there.”
Q direct Seán Mac Conmara :: “He did. He brought us to a lock-up in Ballyfermot himself, and we recovered the saw and nine converters there.”
L city Ballyfermot
F number nine
> Defending, solicitor Niamh Kavanagh-Breslin said her client, a father of two, had become addicted to cocaine after losing his job as a delivery driver in 2039 and owed €9,000 to “people you do not want to owe money to”.
P full Niamh Kavanagh-Breslin
F number two
F date 2039
F money €9,000
Q direct Niamh Kavanagh-Breslin :: “people you do not want to owe money to”
> “He is not a criminal mastermind. He is a frightened man who took the worst way out,” Ms Kavanagh-Breslin said. She handed up a bank draft for €23,500, which she said his mother had raised by remortgaging her home in Inchicore.
Q direct Niamh Kavanagh-Breslin :: “He is not a criminal mastermind. He is a frightened man who took the worst way out,”
P partial Kavanagh-Breslin
F money €23,500
L city Inchicore
> She said Mr Ó Flaithearta had been drug-free for seven months and was attending the Ana Liffey Drug Project on Middle Abbey Street three days a week.
P partial Ó Flaithearta
F duration seven months
O nonprofit Ana Liffey Drug Project
L street Middle Abbey Street
F duration three days
> Judge Órla Ní Dhúill said the offences had caused “real distress and real expense” to 23 families.
P full Órla Ní Dhúill
Q direct Órla Ní Dhúill :: “real distress and real expense”
F number 23
> “This is not a victimless crime. People lost a week’s wages putting their cars back on the road,” she said. “But I accept that the compensation is genuine, and that is the only reason you are not going to prison today.
Q direct Órla Ní Dhúill :: “This is not a victimless crime. People lost a week’s wages putting their cars back on the road,”
Q direct Órla Ní Dhúill :: “But I accept that the compensation is genuine, and that is the only reason you are not going to prison today.
> “If you come before this court again, you will.”
Q direct Órla Ní Dhúill :: “If you come before this court again, you will.”
> She imposed a sentence of 10 months, suspended for two years on condition that he remain under the supervision of the Probation Service, and ordered him to pay the remaining €18,300 to the owners within 12 months.
F duration 10 months
F duration two years
O government Probation Service
F money €18,300
F duration 12 months
> Judge Ní Dhúill said the dealer in Co Meath should expect “a visit from gardaí and from the Criminal Assets Bureau”.
P partial Ní Dhúill
L region Co Meath
Q direct Órla Ní Dhúill :: “a visit from gardaí and from the Criminal Assets Bureau”
O government Criminal Assets Bureau
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
