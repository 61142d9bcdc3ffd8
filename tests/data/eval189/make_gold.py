#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval189 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval189/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1177-rankoshi-ski-resort-singapore-fund-niseko-kutchan-water-kyodo'] = r'''
> Business
> Singapore fund to invest 22 bil. yen in ski resort near Hokkaido's Niseko
L country Singapore
F money 22 bil. yen
L region Hokkaido
L city Niseko
> Rankoshi welcomes 650 jobs, but neighboring towns warn of strain on water and land prices
L city Rankoshi
F number 650
> KYODO NEWS - Feb 15, 2040 - 18:22 | Japan, All
O media KYODO NEWS
F date Feb 15, 2040
F time 18:22
L country Japan
> Photo taken Feb. 9, 2040, shows forest at the foot of Mt. Konbu in Rankoshi, Hokkaido, where a Singapore-based fund plans to build a ski resort. (Kyodo)
F date Feb. 9, 2040
L geo Mt. Konbu
L city Rankoshi
L region Hokkaido
L country Singapore
O media Kyodo
> A Singapore-based investment fund will spend 22 billion yen ($146 million) to build a ski resort on 380 hectares of forest in Rankoshi, a town next to the Niseko area of Hokkaido, the fund and local officials said Wednesday, the largest foreign investment in the prefecture's ski industry in more than a decade.
L country Singapore
F money 22 billion yen
F money $146 million
F quantity 380 hectares
L city Rankoshi
L city Niseko
L region Hokkaido
> Altavia Capital Partners plans to open the resort, with 14 lifts, a 220-room hotel and 300 condominium units, in December 2043, according to a plan submitted to the Hokkaido government. The fund bought the land for 3.1 billion yen in 2039 from a Sapporo-based forestry company.
O company Altavia Capital Partners
F number 14
F number 220
F number 300
F date December 2043
L region Hokkaido
F money 3.1 billion yen
F date 2039
L city Sapporo
> Daniel Koh Wei Ming, the fund's Japan representative, told reporters in Sapporo that the resort would employ 650 people year-round. "Niseko is full. Our guests want the same powder snow without the traffic jams and the 60,000-yen hotel nights," he said.
P full Daniel Koh Wei Ming
L country Japan
L city Sapporo
F number 650
Q direct Daniel Koh Wei Ming :: "Niseko is full. Our guests want the same powder snow without the traffic jams and the 60,000-yen hotel nights,"
L city Niseko
F money 60,000-yen
> Rankoshi Mayor Shoko Arakawa said the town, whose population has fallen 18 percent since 2020 to about 4,100, welcomed the project. "We cannot survive on rice and summer visitors alone," she said at a press conference at the town hall. "If young people can work here in winter, they will stay."
L city Rankoshi
P full Shoko Arakawa
F percent 18 percent
F date 2020
F number 4,100
Q direct Shoko Arakawa :: "We cannot survive on rice and summer visitors alone,"
Q direct Shoko Arakawa :: "If young people can work here in winter, they will stay."
> But officials in neighboring Kutchan and Niseko, where foreign-owned hotels and condominiums have pushed residential land prices up 27 percent in 2039 alone, urged caution.
L city Kutchan
L city Niseko
F percent 27 percent
F date 2039
> Kutchan Mayor Takeru Oizumi said the town's water supply was already "at its limit" in the peak season, when the number of people staying in Kutchan rises to about 30,000 from 15,000. The town asked the prefecture in January to require large developers to drill their own wells.
L city Kutchan
P full Takeru Oizumi
Q direct Takeru Oizumi :: "at its limit"
L city Kutchan
F number 30,000
F number 15,000
> "People here have started saying, 'The snow is still ours, but the land is theirs.' That feeling is growing, and we have to take it seriously," Oizumi said.
Q direct Takeru Oizumi :: "People here have started saying, 'The snow is still ours, but the land is theirs.' That feeling is growing, and we have to take it seriously,"
P partial Oizumi
> A Hokkaido prefectural official in charge of land use said on condition of anonymity that the plan meets the requirements of the Forest Act, which allows forest to be cleared on up to 1 hectare without a permit but requires a review for larger sites. "We will look very closely at the water and the snowmelt," the official said.
L region Hokkaido
F quantity 1 hectare
Q direct - :: "We will look very closely at the water and the snowmelt,"
> Foreign visitors to the Niseko area reached a record 1.2 million in the 2038-39 season, up 9.5 percent from the previous season, according to the Japan Tourism Agency (JTA). About 42 percent of them came from Australia, Hong Kong and Singapore, the JTA said.
L city Niseko
F number 1.2 million
F date 2038-39
F percent 9.5 percent
O government Japan Tourism Agency
O government JTA
F percent 42 percent
L country Australia
L region Hong Kong
L country Singapore
O government JTA
> Koh said construction would begin in May 2041, with the first eight lifts opening for the 2043-44 season. Under a 30-year agreement signed Wednesday, Altavia will pay Rankoshi 120 million yen a year for the use of town roads and water, and fill at least a third of its jobs with local residents.
P partial Koh
F date May 2041
F number eight
F date 2043-44
F duration 30-year
O company Altavia
L city Rankoshi
F money 120 million yen
F fraction a third
> The Rankoshi town assembly is scheduled to vote on the agreement at 10 a.m. on March 3, Arakawa said.
L city Rankoshi
F time 10 a.m.
F date March 3
P partial Arakawa
'''

ARTICLES['1178-kirkvine-alumina-refinery-reopening-manchester-bitu-jbi-gleaner'] = r'''
> Lead Stories
> Kirkvine Refinery To Reopen With 900 Jobs
L city Kirkvine
F number 900
> Union wants guarantees for former workers as new owner promises restart by September
> Odane Whyte-Grandison/Staff Reporter
P full Odane Whyte-Grandison
> Published:Tuesday | March 12, 2041 | 12:07 AM
F date March 12, 2041
F time 12:07 AM
> Workers walk past idle digesters at the Kirkvine alumina refinery in Manchester on Monday. - Shanique Lindo/Photographer
L city Kirkvine
L region Manchester
P full Shanique Lindo
> KIRKVINE, Manchester:
L city KIRKVINE
L region Manchester
> The Kirkvine alumina refinery, idle since 2016, will reopen by September with about 900 jobs after its new owner, Blue Mountain Alumina Limited (BMAL), signed a $68 billion investment agreement with the Government yesterday.
L city Kirkvine
F date 2016
F number 900
O company Blue Mountain Alumina Limited
O company BMAL
F money $68 billion
> The plant, which produced as much as 600,000 tonnes of alumina a year before it closed, is expected to restart at 450,000 tonnes and reach full capacity in 2043, BMAL said in a statement. The company said it would spend US$310 million (about J$49 billion) on new boilers, a gas-fired power station and repairs to the red mud lakes, with the rest of the investment going to bauxite mining in Manchester and St Elizabeth.
F quantity 600,000 tonnes
F quantity 450,000 tonnes
F date 2043
O company BMAL
F money US$310 million
F money J$49 billion
L region Manchester
L region St Elizabeth
> Managing director Dr Alistair Bent-Yeo said the restart would be "the biggest single investment in central Jamaica in a generation".
P full Alistair Bent-Yeo
Q direct Alistair Bent-Yeo :: "the biggest single investment in central Jamaica in a generation"
L country Jamaica
> "We are not coming to Kirkvine for five years. We are coming for 30," Bent-Yeo told a gathering of workers, residents and officials in the plant's canteen. "Manchester gave this industry 60 years. It deserves better than a plant rusting behind a fence."
Q direct Alistair Bent-Yeo :: "We are not coming to Kirkvine for five years. We are coming for 30,"
L city Kirkvine
F duration five years
F number 30
P partial Bent-Yeo
Q direct Alistair Bent-Yeo :: "Manchester gave this industry 60 years. It deserves better than a plant rusting behind a fence."
L region Manchester
F duration 60 years
> Vincent Mowatt, island supervisor of the Bustamante Industrial Trade Union (BITU), which represented most of the 1,100 workers laid off in 2016, said the union welcomed the news but wanted guarantees. "Some of these men worked the last shift here. They are 58, 60 years old now, and they want to know if the company will recognise their years of service.
P full Vincent Mowatt
O nonprofit Bustamante Industrial Trade Union
O nonprofit BITU
F number 1,100
F date 2016
Q direct Vincent Mowatt :: "Some of these men worked the last shift here. They are 58, 60 years old now, and they want to know if the company will recognise their years of service.
F age 58
F age 60 years old
> "We are not going to sign any contract that treats them like school-leavers," he said.
Q direct Vincent Mowatt :: "We are not going to sign any contract that treats them like school-leavers,"
> The National Workers' Union (NWU) said in a release that it would seek a "fair share" of the jobs for its members in Manchester and at Port Esquivel in St Catherine, where the alumina will be shipped.
O nonprofit National Workers' Union
O nonprofit NWU
Q direct National Workers' Union :: "fair share"
L region Manchester
L facility Port Esquivel
L region St Catherine
> Mining Minister Dr Petrona McFarlane-Daley told the House of Representatives yesterday that the agreement includes a so-called "red mud clause", under which BMAL must set aside $4.5 billion to clean up the old waste lakes before it exports a single tonne.
P full Petrona McFarlane-Daley
O government House of Representatives
Q scare - :: "red mud clause"
O company BMAL
F money $4.5 billion
> "Nobody in Manchester wants to see red dust on their roofs again," she said.
Q direct Petrona McFarlane-Daley :: "Nobody in Manchester wants to see red dust on their roofs again,"
L region Manchester
> In Williamsfield and nearby Christiana, shopkeepers are counting the days. "When Kirkvine closed, half of Williamsfield closed with it," said Beverley Sutherland, 63, who runs a cookshop on the main road. "When mi see di trucks come back, mi will believe it."
L city Williamsfield
L city Christiana
Q direct Beverley Sutherland :: "When Kirkvine closed, half of Williamsfield closed with it,"
L city Kirkvine
F fraction half
L city Williamsfield
P full Beverley Sutherland
F age 63
Q direct Beverley Sutherland :: "When mi see di trucks come back, mi will believe it."
> Bauxite and alumina earned Jamaica US$1.1 billion in 2040, or 9.4 per cent of goods exports, according to the Jamaica Bauxite Institute (JBI). The JBI estimates that Kirkvine will lift national alumina output by 22 per cent when it reaches full production.
L country Jamaica
F money US$1.1 billion
F date 2040
F percent 9.4 per cent
O government Jamaica Bauxite Institute
O government JBI
O government JBI
L city Kirkvine
F percent 22 per cent
> Hiring is to begin on April 2, BMAL said, with former Kirkvine workers to be given first preference. A job fair will be held at the Manchester Municipal Corporation offices in Mandeville from 9 a.m. on March 23.
F date April 2
O company BMAL
L city Kirkvine
O government Manchester Municipal Corporation
L city Mandeville
F time 9 a.m.
F date March 23
'''

ARTICLES['1179-qureshi-six-wickets-pakistan-england-old-trafford-test-day-four-guardian'] = r'''
> Cricket
> Qureshi’s 6-48 puts Pakistan on brink of victory at Old Trafford
P partial Qureshi
F score 6-48
O team Pakistan
L facility Old Trafford
> Pakistan 402; England 287 & 164-7 • Leg-spinner’s six-wicket haul leaves hosts only 49 ahead
O team Pakistan
F score 402
O team England
F score 287
F score 164-7
F number six
F number 49
> Harriet Loxley at Old Trafford
P full Harriet Loxley
L facility Old Trafford
> Sun 24 Jul 2039 19.12 BST
F date 24 Jul 2039
F time 19.12 BST
> Zohaib Qureshi celebrates trapping Ollie Brandreth lbw for 41. Photograph: Nadia Threlfall/Getty Images
P full Zohaib Qureshi
P full Ollie Brandreth
F number 41
P full Nadia Threlfall
O media Getty Images
> For four days England have talked about the Old Trafford pitch as if it were a stranger. On Sunday evening it finally introduced itself, and it spoke with Zohaib Qureshi’s voice.
F duration four days
O team England
L facility Old Trafford
P full Zohaib Qureshi
> The 23-year-old leg-spinner took 6-48 in 21.3 overs as England, 115 behind on first innings, slid from 96 for one to 164 for seven before bad light ended play at 6.40pm. They lead by 49 with three wickets left, and Pakistan, already 1-0 up in the three-match series, will fancy chasing whatever is left on Monday.
F age 23-year-old
F score 6-48
F number 21.3
O team England
F number 115
F score 96 for one
F score 164 for seven
F time 6.40pm
F number 49
F number three
O team Pakistan
F score 1-0
F number three
> Qureshi, nicknamed “the Professor” in the Pakistan dressing room for his habit of explaining every dismissal to anyone who will listen, was in no mood for lectures afterwards. “It was turning from the first hour, so it was only about patience,” he said. “The ball does the talking here. I just hold it.”
P partial Qureshi
Q scare - :: “the Professor”
O team Pakistan
Q direct Zohaib Qureshi :: “It was turning from the first hour, so it was only about patience,”
Q direct Zohaib Qureshi :: “The ball does the talking here. I just hold it.”
> England’s openers had begun as if the deficit were a rumour. Ollie Brandreth and Sam Okonjo-Reeve put on 81 in 19 overs after the morning session was lost to rain, play only starting at 1.15pm, and Brandreth drove Qureshi’s first ball through the covers for four.
O team England
P full Ollie Brandreth
P full Sam Okonjo-Reeve
F number 81
F number 19
F time 1.15pm
P partial Brandreth
P partial Qureshi
F number four
> Then the rough outside the left-hander’s off stump started to bite. Okonjo-Reeve was stumped for 38, Brandreth was lbw on the sweep for 41 and the England captain, Jack Pennington, lasted 11 balls before edging a googly to slip. Two wickets fell for nine runs in 27 deliveries.
P partial Okonjo-Reeve
F number 38
P partial Brandreth
F number 41
O team England
P full Jack Pennington
F number 11
F number Two
F number nine
F number 27
> England’s own spinner, Dominic Fairweather, had bowled 34 overs for 1-102 on Saturday as Pakistan’s captain, Imran Siddiqui, made 134 and the tail added 71 for the last two wickets.
O team England
P full Dominic Fairweather
F number 34
F score 1-102
O team Pakistan
P full Imran Siddiqui
F number 134
F number 71
F number two
> Pennington, who top-scored with 97 in England’s first innings, did not hide. “We’ve been outbowled, simple as that,” he said. “We need 150 more, maybe 180, and then we need Dom to find what Zohaib found.
P partial Pennington
F number 97
O team England
Q direct Jack Pennington :: “We’ve been outbowled, simple as that,”
Q direct Jack Pennington :: “We need 150 more, maybe 180, and then we need Dom to find what Zohaib found.
F number 150
F number 180
P partial Dom
P partial Zohaib
> “It’s not beyond us. This ground has seen stranger things, and the forecast for Monday is decent.”
Q direct Jack Pennington :: “It’s not beyond us. This ground has seen stranger things, and the forecast for Monday is decent.”
> Siddiqui was more guarded. Asked whether 200 would be enough, he smiled. “On this pitch, 200 is a lot. But we chased 312 in Karachi last winter, so nobody in our team is scared of a number,” he said.
P partial Siddiqui
F number 200
Q direct Imran Siddiqui :: “On this pitch, 200 is a lot. But we chased 312 in Karachi last winter, so nobody in our team is scared of a number,”
F number 200
F score 312
L city Karachi
> Earlier, Hasan Durrani touched 91mph with the new ball and took 1-33 from 12 overs. No 7 Ben Tattersall made 5 before becoming Qureshi’s sixth victim in the day’s final over.
P full Hasan Durrani
F quantity 91mph
F score 1-33
F number 12
P full Ben Tattersall
F number 5
P partial Qureshi
> Lancashire’s groundstaff had the covers on for 40 minutes at tea as a squall blew in off the Irwell, and the crowd of 19,400, the ground’s biggest for a fourth day since 2025, sheltered under the stands. Fairweather, unbeaten on 12 with Rehan Mistry-Clarke on 3, will resume at 11am.
O team Lancashire
F duration 40 minutes
L geo Irwell
F number 19,400
F date 2025
P partial Fairweather
F number 12
P full Rehan Mistry-Clarke
F number 3
F time 11am
'''

ARTICLES['1180-edf-penly-epr2-reactor-delay-2044-cost-79-billion-normandy-le-monde'] = r'''
> Energy
> EDF delays first Penly reactor to 2044 as bill for six new EPR2s reaches €79 billion
O company EDF
L city Penly
F date 2044
F number six
F money €79 billion
> The French energy company announced an 18-month delay on Tuesday, blaming welding defects and a shortage of qualified workers. The government faces questions over its target of 14 new reactors by 2050.
F duration 18-month
F number 14
F date 2050
> By Clémence Aubertin-Lefort (Dieppe (Seine-Maritime), special correspondent)
P full Clémence Aubertin-Lefort
L city Dieppe
L region Seine-Maritime
> Published on June 19, 2040, at 5:32 pm (Paris), updated at 7:05 pm
F date June 19, 2040
F time 5:32 pm
L city Paris
F time 7:05 pm
> The construction site of the two EPR2 reactors at Penly (Seine-Maritime), on June 17, 2040. THOMAS GRENIER-VAUX / AFP
F number two
L city Penly
L region Seine-Maritime
F date June 17, 2040
P full THOMAS GRENIER-VAUX
O media AFP
> On the cliffs east of Dieppe, the concrete shell of the first of France’s new reactors already stands 40 meters high. But it will not produce a single kilowatt-hour before the autumn of 2044, Électricité de France (EDF) admitted on Tuesday, June 19, pushing the start-up back by 18 months and raising the estimated cost of the program’s six reactors to €79 billion, from €67.4 billion in 2036.
L city Dieppe
L country France
F quantity 40 meters
F date 2044
O company Électricité de France
O company EDF
F date June 19
F duration 18 months
F number six
F money €79 billion
F money €67.4 billion
F date 2036
> In a statement, the company said that “about 2,300 welds” on the steel liner of the containment building had to be inspected again after a subcontractor’s checks were found to be incomplete, and that the Penly site was short of “several hundred qualified welders and pipefitters.”
Q direct Électricité de France :: “about 2,300 welds”
F number 2,300
Q direct Électricité de France :: “several hundred qualified welders and pipefitters.”
L city Penly
> EDF’s chief executive, Pierre-Yves de Kerlévan, told reporters that the group would “not sacrifice safety for a calendar.” “Flamanville taught us what happens when we rush. We will take the time that is needed, and not a day more,” de Kerlévan said.
O company EDF
P full Pierre-Yves de Kerlévan
Q direct Pierre-Yves de Kerlévan :: “not sacrifice safety for a calendar.”
Q direct Pierre-Yves de Kerlévan :: “Flamanville taught us what happens when we rush. We will take the time that is needed, and not a day more,”
L facility Flamanville
P partial de Kerlévan
> Flamanville 3, the EPR on the Cotentin coast, was connected to the grid in December 2024, twelve years behind schedule and at about four times its initial budget.
L facility Flamanville 3
L geo Cotentin
F date December 2024
F duration twelve years
F number four
> The program, launched in 2022, provides for three pairs of reactors: two at Penly, two at Gravelines (Nord) and two at Bugey (Ain), each with a capacity of about 1,670 megawatts. The Gravelines pair, now expected in 2046, and the Bugey pair, in 2048, are likely to slip, eroding what the industry calls the “series effect,” the savings expected from building identical units.
F date 2022
F number three
F number two
L city Penly
F number two
L city Gravelines
L region Nord
F number two
L facility Bugey
L region Ain
F quantity 1,670 megawatts
L city Gravelines
F date 2046
L facility Bugey
F date 2048
Q scare - :: “series effect,”
> The Autorité de Sûreté Nucléaire et de Radioprotection (ASNR), which must authorize the start-up, said in a notice that it had “no objection of principle” to the new calendar but would require EDF to submit a revised inspection plan by September 30.
O government Autorité de Sûreté Nucléaire et de Radioprotection
O government ASNR
Q direct Autorité de Sûreté Nucléaire et de Radioprotection :: “no objection of principle”
O company EDF
F date September 30
> The news was greeted with irritation in Bercy. Energy Minister Sandrine Vallet-Oudin has summoned EDF’s management for Thursday. “The French have been patient. They have paid for Flamanville. They will not pay twice,” she told France Inter.
L city Bercy
P full Sandrine Vallet-Oudin
O company EDF
Q direct Sandrine Vallet-Oudin :: “The French have been patient. They have paid for Flamanville. They will not pay twice,”
L facility Flamanville
O media France Inter
> An adviser to the minister, speaking on condition of anonymity, said the state, which has owned 100% of EDF since 2023, would not let the bill “slide indefinitely.” “We will ask whether the ‘series effect’ promised in 2022 exists at all,” the adviser said.
F percent 100%
O company EDF
F date 2023
Q direct - :: “slide indefinitely.”
Q direct - :: “We will ask whether the ‘series effect’ promised in 2022 exists at all,”
F date 2022
> The CGT’s energy federation, FNME-CGT, said the delay was “the bill for 20 years of lost skills” and called on EDF to hire 3,000 welders and pipefitters directly rather than through subcontractors.
O nonprofit CGT
O nonprofit FNME-CGT
Q direct FNME-CGT :: “the bill for 20 years of lost skills”
F duration 20 years
O company EDF
F number 3,000
> In Normandy, where some 8,000 people are expected to work at Penly at the peak of construction in 2041, housing built for workers may stand empty. “We built 1,200 homes on EDF’s timetable,” said Marc-Antoine Lévêque, mayor of Petit-Caux, the commune that includes Penly. “Now the timetable has moved, and the loans have not.”
L region Normandy
F number 8,000
L city Penly
F date 2041
Q direct Marc-Antoine Lévêque :: “We built 1,200 homes on EDF’s timetable,”
F number 1,200
O company EDF
P full Marc-Antoine Lévêque
L city Petit-Caux
L city Penly
Q direct Marc-Antoine Lévêque :: “Now the timetable has moved, and the loans have not.”
'''

ARTICLES['1181-perry-iowa-ef4-tornado-outbreak-illinois-normal-fema-governors-ap'] = r'''
> Severe Weather
> Tornadoes kill at least 11 in Iowa and Illinois as storms tear across Midwest
F number 11
L region Iowa
L region Illinois
L region Midwest
> An EF4 tornado with winds of 175 mph leveled much of a small Iowa town, officials said
F quantity 175 mph
L region Iowa
> By MARISA KOENIG-HALL and DEVON ABERCROMBIE
P full MARISA KOENIG-HALL
P full DEVON ABERCROMBIE
> Updated 9:47 PM CDT, April 25, 2039
F time 9:47 PM CDT
F date April 25, 2039
> Marvin Oltrogge, 71, looks through what is left of his home in Perry, Iowa, on Monday, April 25, 2039. (AP Photo/Calvin Rusk)
P full Marvin Oltrogge
F age 71
L city Perry
L region Iowa
F date April 25, 2039
O media AP
P full Calvin Rusk
> PERRY, Iowa (AP) — A string of tornadoes tore across Iowa and Illinois on Sunday night, killing at least 11 people, destroying hundreds of homes and leaving more than 60,000 customers without power, officials said Monday.
L city PERRY
L region Iowa
O media AP
L region Iowa
L region Illinois
F number 11
F number 60,000
> The deadliest storm struck Perry, a town of about 8,000 people in Dallas County, shortly after 6:40 p.m. The National Weather Service rated it an EF4, with peak winds of 175 mph along a path 31 miles long and up to 900 yards wide. Six people died in Perry, including two children, the Dallas County sheriff said.
L city Perry
F number 8,000
L region Dallas County
F time 6:40 p.m.
O government National Weather Service
F quantity 175 mph
F quantity 31 miles
F quantity 900 yards
F number Six
L city Perry
F number two
L region Dallas County
> "It sounded like a freight train, and then it sounded like nothing at all," said Marvin Oltrogge, 71, who rode out the storm in his basement. "When we came up the stairs, there was sky where the kitchen used to be."
Q direct Marvin Oltrogge :: "It sounded like a freight train, and then it sounded like nothing at all,"
P full Marvin Oltrogge
F age 71
Q direct Marvin Oltrogge :: "When we came up the stairs, there was sky where the kitchen used to be."
> Three more people were killed near Adel and Boone as other tornadoes crossed central Iowa, and two died in Illinois, where a twister damaged a nursing home in Normal and flattened farm buildings across McLean County.
F number Three
L city Adel
L city Boone
L region Iowa
F number two
L region Illinois
L city Normal
L region McLean County
> Iowa Gov. Lauren Vander Kolk, a Republican, toured Perry on Monday morning and said the state would seek a federal disaster declaration "as fast as the paperwork allows." "I have seen a lot of storm damage in this state. I have not seen a town hit like this," she said.
L region Iowa
P full Lauren Vander Kolk
L city Perry
Q direct Lauren Vander Kolk :: "as fast as the paperwork allows."
Q direct Lauren Vander Kolk :: "I have seen a lot of storm damage in this state. I have not seen a town hit like this,"
> Vander Kolk issued a disaster proclamation for 14 counties and activated 250 members of the Iowa National Guard. Illinois Gov. Marcus Oyelaran-Beck declared Bureau, LaSalle and McLean counties disaster areas.
P partial Vander Kolk
F number 14
F number 250
O government Iowa National Guard
L region Illinois
P full Marcus Oyelaran-Beck
L region Bureau
L region LaSalle
L region McLean
> The Federal Emergency Management Agency said it had sent teams to both states to assess the damage. In a statement, FEMA urged survivors to "document everything, even if it seems small," before they begin cleaning up.
O government Federal Emergency Management Agency
O government FEMA
Q direct Federal Emergency Management Agency :: "document everything, even if it seems small,"
> The Storm Prediction Center in Norman, Oklahoma, placed parts of Iowa and Illinois under a "high risk" on Sunday morning, the first such outlook for the region since 2031.
O government Storm Prediction Center
L city Norman
L region Oklahoma
L region Iowa
L region Illinois
Q scare - :: "high risk"
F date 2031
> "We had people in the warning for 23 minutes before it hit Perry. That's a long time in tornado terms," said Kayla Sturtevant, a meteorologist with the weather service office in Des Moines. "The problem is that it was moving at 55 mph, and it was dark."
Q direct Kayla Sturtevant :: "We had people in the warning for 23 minutes before it hit Perry. That's a long time in tornado terms,"
F duration 23 minutes
L city Perry
P full Kayla Sturtevant
L city Des Moines
Q direct Kayla Sturtevant :: "The problem is that it was moving at 55 mph, and it was dark."
F quantity 55 mph
> A state emergency management official, who spoke on condition of anonymity because the count was not final, said at least 340 homes in Perry were destroyed or badly damaged. "Whole blocks are just gone," the official said. About 1,200 people spent Sunday night at a Red Cross shelter at Perry High School.
F number 340
L city Perry
Q direct - :: "Whole blocks are just gone,"
F number 1,200
O nonprofit Red Cross
L facility Perry High School
> In Normal, 46 residents of the damaged nursing home were moved to hospitals in Bloomington and Peoria; none was seriously hurt, police said.
L city Normal
F number 46
L city Bloomington
L city Peoria
> More storms were possible Tuesday from Missouri to Ohio, forecasters said, with a slight risk of tornadoes and 2 to 4 inches of rain.
L region Missouri
L region Ohio
F quantity 2
F quantity 4 inches
> Associated Press writer Tomas Ferreira-Lind in Chicago contributed to this report.
O media Associated Press
P full Tomas Ferreira-Lind
L city Chicago
'''

ARTICLES['1182-aro-street-trunk-main-burst-kelburn-wellington-water-taranaki-whanui-stuff'] = r'''
> Wellington
L city Wellington
> Burst 90-year-old main cuts water to 12,000 homes in Wellington’s western suburbs
F duration 90-year-old
F number 12,000
L city Wellington
> Wellington Water says repairs to the 750mm pipe under Aro St could take until Friday, as councillors ask why it was not replaced years ago
O company Wellington Water
F quantity 750mm
L street Aro St
> Rosa van der Wal 14:36, Jul 18 2040
P full Rosa van der Wal
F time 14:36
F date Jul 18 2040
> Water gushes from the burst main on Aro St on Tuesday morning. ROSA VAN DER WAL/STUFF
L street Aro St
P full ROSA VAN DER WAL
O media STUFF
> About 12,000 homes in Kelburn, Aro Valley, Brooklyn and Northland were without tap water on Wednesday after a 90-year-old trunk main burst under Aro St, sending an estimated 28 million litres of water down the street and into the basements of a dozen houses.
F number 12,000
L city Kelburn
L city Aro Valley
L city Brooklyn
L city Northland
F duration 90-year-old
L street Aro St
F quantity 28 million litres
F number dozen
> The 750mm cast-iron pipe, laid in 1950, failed at about 5.50am on Tuesday. Wellington Water chief operating officer Hemi Tautahi-Brooks said crews had isolated the break by 9am, but the repair would take “at least until Friday” because the pipe runs 4 metres below the road, beside a gas main.
F quantity 750mm
F date 1950
F time 5.50am
O company Wellington Water
P full Hemi Tautahi-Brooks
F time 9am
Q direct Hemi Tautahi-Brooks :: “at least until Friday”
F quantity 4 metres
> “This main carries about a third of the water for the western suburbs. We have tankers at Kelburn Park and at the Brooklyn shops, and we are asking people in the rest of the city to keep their use down,” Tautahi-Brooks said. “Showers of four minutes, not 10, please.”
Q direct Hemi Tautahi-Brooks :: “This main carries about a third of the water for the western suburbs. We have tankers at Kelburn Park and at the Brooklyn shops, and we are asking people in the rest of the city to keep their use down,”
F fraction a third
L facility Kelburn Park
L city Brooklyn
P partial Tautahi-Brooks
Q direct Hemi Tautahi-Brooks :: “Showers of four minutes, not 10, please.”
F duration four minutes
F number 10
> A “boil water” notice was issued for Kelburn and Aro Valley as a precaution.
Q scare - :: “boil water”
L city Kelburn
L city Aro Valley
> At an emergency briefing at Wellington City Council on Wednesday morning, Lambton ward councillor Tamsin Oduya said the pipe had been flagged as “high priority” in a 2031 condition report and again in 2036.
O government Wellington City Council
L region Lambton
P full Tamsin Oduya
Q direct - :: “high priority”
F date 2031
F date 2036
> “We have known about this pipe for nine years. Every year it was pushed back to pay for something shinier,” she said. “Now the people of Aro Valley are paying for it with buckets.”
Q direct Tamsin Oduya :: “We have known about this pipe for nine years. Every year it was pushed back to pay for something shinier,”
F duration nine years
Q direct Tamsin Oduya :: “Now the people of Aro Valley are paying for it with buckets.”
L city Aro Valley
> Mayor Peter Lockwood said the council had set aside $14.5m in its 2040-41 budget to replace 2.3km of the main, with work due to start in October. “It’s too late for this week, and I’m sorry about that,” he said.
P full Peter Lockwood
F money $14.5m
F date 2040-41
F quantity 2.3km
Q direct Peter Lockwood :: “It’s too late for this week, and I’m sorry about that,”
> Cr Oduya said $14.5m was “a fraction” of what was needed. Wellington Water estimates the region has $2.1 billion of overdue pipe renewals, about 40 per cent of them in Wellington city.
P partial Oduya
F money $14.5m
Q direct Tamsin Oduya :: “a fraction”
O company Wellington Water
F money $2.1 billion
F percent 40 per cent
L city Wellington
> Taranaki Whānui, mana whenua for Te Whanganui-a-Tara, said in a statement that the burst was “a warning about how the city treats water, not just its pipes.” The iwi has opened Pipitea Marae from 7am to 9pm for residents who need to shower or fill containers.
O other Taranaki Whānui
L city Te Whanganui-a-Tara
Q direct Taranaki Whānui :: “a warning about how the city treats water, not just its pipes.”
L facility Pipitea Marae
F time 7am
F time 9pm
> In Aro Valley, Suzie Marchetti, 34, had filled six 20-litre containers from a tanker by lunchtime. “I’ve got two kids and a flatmate who works nights. We’ll manage, but it’s the third time this street has flooded since 2037,” she said.
L city Aro Valley
P full Suzie Marchetti
F age 34
F number six
F quantity 20-litre
Q direct Suzie Marchetti :: “I’ve got two kids and a flatmate who works nights. We’ll manage, but it’s the third time this street has flooded since 2037,”
F number two
F date 2037
> Wellington Water said residents of Karori and Northland should expect low pressure until the weekend. Another 3400 homes in Karori had reduced supply on Wednesday evening.
O company Wellington Water
L city Karori
L city Northland
F number 3400
L city Karori
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
