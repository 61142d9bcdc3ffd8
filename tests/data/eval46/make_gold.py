#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval46 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval46/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['319-hope-brightwater-stage-3-water-limits-waimea-dam'] = r'''
> Environment
> Hope, Brightwater and Wakefield face toughest water limits since dam was built
L city Hope
L city Brightwater
L city Wakefield
> Tasman District Council moves the Waimea Plains to stage 3 rationing after 41 days with barely any rain, and warns the reservoir could fall below a third of capacity by mid-March.
O government Tasman District Council
L geo Waimea Plains
F duration 41 days
F fraction a third
> Kahurangi Pēwhairangi-Moss, Local Democracy Reporter
P full Kahurangi Pēwhairangi-Moss
> 05:00, Mar 04 2039
F time 05:00
F date Mar 04 2039
> Hop grower Tevita Lolohea, 58, checks a dry irrigation pond on his Ranzau Rd property near Hope on Monday. NIKAU HEREWINI/STUFF
P full Tevita Lolohea
F age 58
L street Ranzau Rd
L city Hope
P full NIKAU HEREWINI
O media STUFF
> Gardens in Richmond, Hope, Brightwater, Wakefield and Māpua may be watered only every second day from Wednesday, after Tasman District Council moved the Waimea Plains to stage 3 restrictions for the first time since the Waimea Community Dam began releasing water.
L city Richmond
L city Hope
L city Brightwater
L city Wakefield
L city Māpua
O government Tasman District Council
L geo Waimea Plains
L facility Waimea Community Dam
> The plains have had 4.2mm of rain since January 19, and the reservoir in the Lee Valley held about 5.1 million cubic metres on Monday – 39 per cent of its capacity.
F quantity 4.2mm
F date January 19
L geo Lee Valley
F quantity 5.1 million cubic metres
F percent 39 per cent
> Under stage 3, households must cut their use by 35 per cent, garden sprinklers are banned between 9am and 6pm, and irrigators who take water from the Waimea River and the aquifers beneath the plains must halve their takes.
F percent 35 per cent
F time 9am
F time 6pm
L geo Waimea River
> The council’s water and wastewater manager, Priyanka Ramaswamy-Tait, said the dam was “doing exactly what it was built to do” but had not been designed for a summer like this one.
P full Priyanka Ramaswamy-Tait
Q direct Priyanka Ramaswamy-Tait :: “doing exactly what it was built to do”
> “Without the dam, the Waimea River would have stopped flowing at Appleby Bridge about three weeks ago,” she said. “What the dam can’t do is make it rain in the Richmond Range.”
Q direct Priyanka Ramaswamy-Tait :: “Without the dam, the Waimea River would have stopped flowing at Appleby Bridge about three weeks ago,”
L geo Waimea River
L facility Appleby Bridge
F duration three weeks
Q direct Priyanka Ramaswamy-Tait :: “What the dam can’t do is make it rain in the Richmond Range.”
L geo Richmond Range
> Figures from Earth Sciences New Zealand show this January and February were the driest at its Appleby climate station since 2001, and the temperature reached 33.4C at Nelson Airport on Saturday.
O government Earth Sciences New Zealand
L city Appleby
F date 2001
F quantity 33.4C
L facility Nelson Airport
> The council’s operations committee voted 9-4 on Tuesday to bring the restrictions forward by a week. Cr Hemi Tāwhiri-Walsh, who voted against, said households were being asked to carry a load that should fall on “the big takers” first.
F number 9-4
P full Hemi Tāwhiri-Walsh
Q direct Hemi Tāwhiri-Walsh :: “the big takers”
> Those takers include about 3800ha of irrigated orchards, vineyards and hop gardens, most of them belonging to shareholders of Waimea Irrigators Ltd, the growers’ company that helped pay for the dam.
F quantity 3800ha
O company Waimea Irrigators Ltd
> Lolohea, who grows 42ha of hops on Ranzau Rd with his three sons, said halving his water in the last weeks before harvest could cost him a third of his crop.
P partial Lolohea
F quantity 42ha
L street Ranzau Rd
F number three
F fraction a third
> “Hops are thirsty right up until they come off the bine in March,” he said. “I came here from Tonga in 1998 and I have never seen the Waimea this low, not even in 2019, when half the valley was on fire.
Q direct Tevita Lolohea :: “Hops are thirsty right up until they come off the bine in March,”
Q direct Tevita Lolohea :: “I came here from Tonga in 1998 and I have never seen the Waimea this low, not even in 2019, when half the valley was on fire.
L country Tonga
F date 1998
L geo Waimea
F date 2019
F fraction half
> “We are not asking to be treated differently. We are asking the council to talk to us before it decides, not after.”
Q direct Tevita Lolohea :: “We are not asking to be treated differently. We are asking the council to talk to us before it decides, not after.”
> Lolohea sells most of his crop through Moutere Valley Hops, a grower-owned company in Upper Moutere that ships to craft brewers in the United States and Germany. Its chair, Fiona Wakefield, said members were preparing for a harvest “at least 20 per cent down” on last year’s.
P partial Lolohea
O company Moutere Valley Hops
L city Upper Moutere
L country United States
L country Germany
P full Fiona Wakefield
Q direct Fiona Wakefield :: “at least 20 per cent down”
F percent 20 per cent
> Waimea Water Ltd, the council-controlled company that runs the dam, said in a statement that releases of 1100 litres per second were “sustainable for at least five weeks” and would be reviewed every 10 days.
O company Waimea Water Ltd
F quantity 1100 litres per second
Q direct Waimea Water Ltd :: “sustainable for at least five weeks”
F duration five weeks
F duration 10 days
> The company’s chief executive, Gareth Pennefather, said the lake had been drawn down faster than modelled because the Wai-iti River, which the dam does not feed, dried up in mid-February and pushed more irrigators on to the Waimea.
P full Gareth Pennefather
L geo Wai-iti River
L geo Waimea
> A Māpua cafe owner, who asked not to be named because her partner works for the council, said the ban on hosing down outdoor tables had already drawn complaints. “People see a brown lawn and think we’ve let the place go,” she said.
L city Māpua
Q direct - :: “People see a brown lawn and think we’ve let the place go,”
> The restrictions will be reviewed on March 18. Ramaswamy-Tait said a fourth stage, which would ban all outdoor watering, was “on the table” if no significant rain fell before the end of the month, and urged residents to check reservoir levels on the council’s website every day.
F date March 18
P partial Ramaswamy-Tait
Q direct Priyanka Ramaswamy-Tait :: “on the table”
> Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.
O government NZ On Air
'''

ARTICLES['320-sejm-dismisses-infrastructure-minister-baranow-airport'] = r'''
> Politics
> Sejm dismisses infrastructure minister over delays at Poland’s new central airport
O government Sejm
L country Poland
> Two parties in the ruling coalition voted with the opposition, in the first successful no-confidence motion against a single minister in more than a decade
F number Two
> Aleksandra Dąbek-Ritter
P full Aleksandra Dąbek-Ritter
> 12 March 2039
F date 12 March 2039
> Poland’s parliament has voted to dismiss infrastructure minister Bartłomiej Szczęsny-Kowal after two parties in the ruling coalition joined the opposition in blaming him for spiralling delays and costs at the country’s new central airport in Baranów, 37 km west of Warsaw.
L country Poland
P full Bartłomiej Szczęsny-Kowal
F number two
L city Baranów
F quantity 37 km
L city Warsaw
> In Wednesday’s vote in the Sejm, 238 MPs backed the motion of no confidence, 209 voted against and six abstained. The motion needed an absolute majority of 231 votes in the 460-seat chamber.
O government Sejm
F number 238
F number 209
F number six
F number 231
F number 460
> It was tabled in February by Law and Justice (PiS), the largest opposition party, but passed only because the Polish People’s Party (PSL) and Poland 2050 broke ranks with the Civic Coalition (KO), which leads the government. Only The Left (Lewica), the coalition’s fourth member, voted against as a bloc.
O party Law and Justice
O party PiS
O party Polish People’s Party
O party PSL
O party Poland 2050
O party Civic Coalition
O party KO
O party The Left
O party Lewica
> “We did not vote against the government. We voted against four years of excuses,” Zenon Mrugała, who heads the PSL’s group of MPs, told broadcaster TVN24 after the vote.
Q direct Zenon Mrugała :: “We did not vote against the government. We voted against four years of excuses,”
F duration four years
P full Zenon Mrugała
O party PSL
O media TVN24
> Szczęsny-Kowal, who was not in the chamber for the result, wrote on X that the decision was “politics, not engineering”. Speaking to news website Wirtualna Polska on Thursday, he added that the airport would still open “in 2042, as I have always said”.
P partial Szczęsny-Kowal
O company X
Q direct Bartłomiej Szczęsny-Kowal :: “politics, not engineering”
O media Wirtualna Polska
Q direct Bartłomiej Szczęsny-Kowal :: “in 2042, as I have always said”
F date 2042
> The airport, which is planned to handle 34 million passengers a year in its first phase, was originally due to open in 2032. The opening date has since been pushed back three times, and the estimated cost of the airport and its rail links has risen from 131.7 billion zloty to 187.4 billion zloty (€44 billion).
F number 34 million
F date 2032
F number three
F money 131.7 billion zloty
F money 187.4 billion zloty
F money €44 billion
> Last month, the Supreme Audit Office (NIK) said in a report that CPK, the state company building the airport, had “lost control of the schedule” for a rail tunnel beneath Łódź, part of the so-called “Y line” of high-speed railways linking Warsaw with Poznań and Wrocław.
O government Supreme Audit Office
O government NIK
O company CPK
Q direct Supreme Audit Office :: “lost control of the schedule”
L city Łódź
Q scare - :: “Y line”
L city Warsaw
L city Poznań
L city Wrocław
> The opposition seized on the findings. “This government promised Poland a transport hub and has delivered a building site with no end date,” said Marzena Ćwik-Dobrołęcka, a PiS MP who sits on the Sejm’s infrastructure committee.
Q direct Marzena Ćwik-Dobrołęcka :: “This government promised Poland a transport hub and has delivered a building site with no end date,”
L country Poland
P full Marzena Ćwik-Dobrołęcka
O party PiS
O government Sejm
> A senior KO politician, who asked not to be named, told Notes from Poland that the prime minister had been “blindsided” by the PSL’s decision and had learned of it from the media.
O party KO
O media Notes from Poland
Q direct - :: “blindsided”
O party PSL
> Szczęsny-Kowal, 51, a former mayor of Kielce, took over the infrastructure ministry in December 2036. He is the third minister to lose his post since the current government was formed, but the first to be removed by parliament rather than by the prime minister.
P partial Szczęsny-Kowal
F age 51
L city Kielce
F date December 2036
> Under the constitution, the president must now formally recall him. Until a successor is appointed, the ministry will be run by deputy minister Agata Lis-Nowicka, who has been responsible for rail investments since 2037.
P full Agata Lis-Nowicka
F date 2037
> A poll by IBRiS for the Rzeczpospolita daily, published on Monday, found that 58.2% of Poles do not believe the airport will open before 2045. Only 17% said they expected it to be ready by 2042.
O company IBRiS
O media Rzeczpospolita
F percent 58.2%
F date 2045
F percent 17%
F date 2042
> The project, launched in 2017 under the former PiS government, was scaled back after the 2023 election and then revived in a slimmed-down form. Construction of the terminal began in 2028.
F date 2017
O party PiS
F date 2023
F date 2028
> Main image credit: Kamil Szafrańczyk/KPRM (under CC BY-NC-ND 3.0)
P full Kamil Szafrańczyk
O government KPRM
> Aleksandra Dąbek-Ritter is a Warsaw-based journalist who covers transport and politics for Notes from Poland.
P full Aleksandra Dąbek-Ritter
L city Warsaw
O media Notes from Poland
'''

ARTICLES['321-xiong-family-kitchens-franklin-plant-wedc-credits'] = r'''
> Manufacturing
> Xiong Family Kitchens to buy Franklin plant, add 185 jobs with $4.2M in state tax credits
O company Xiong Family Kitchens
L city Franklin
F number 185
F money $4.2M
> Listen to this article 5 min
F duration 5 min
> Kou Xiong, CEO of Xiong Family Kitchens, at the company's plant in Milwaukee's Menomonee Valley. DANIELA ORTIZ-BRENNAN | MILWAUKEE BUSINESS JOURNAL
P full Kou Xiong
O company Xiong Family Kitchens
L city Milwaukee
L geo Menomonee Valley
P full DANIELA ORTIZ-BRENNAN
O media MILWAUKEE BUSINESS JOURNAL
> By Maren Koszewski-Yang – Reporter, Milwaukee Business Journal
P full Maren Koszewski-Yang
O media Milwaukee Business Journal
> Mar 14, 2039
F date Mar 14, 2039
> Updated Mar 14, 2039 3:42pm CDT
F date Mar 14, 2039
F time 3:42pm CDT
> Xiong Family Kitchens Inc., the Milwaukee maker of frozen egg rolls and dumplings that began in a church basement on the city's north side in 1994, plans to buy a shuttered factory in Franklin and add 185 jobs there over three years.
O company Xiong Family Kitchens Inc.
L city Milwaukee
F date 1994
L city Franklin
F number 185
F duration three years
> The company has agreed to pay $38.5 million for the 212,000-square-foot former Ashby Precision Castings plant at 8230 W. Ryan Road, about 8 miles west of Interstate 94, according to a filing with the city.
F money $38.5 million
F quantity 212,000-square-foot
O company Ashby Precision Castings
L address 8230 W. Ryan Road
F quantity 8 miles
L street Interstate 94
> The Wisconsin Economic Development Corp. has authorized up to $4.2 million in performance-based tax credits for the project. The company can claim them only if it creates the jobs and invests at least $61 million in the site, WEDC said Tuesday.
O government Wisconsin Economic Development Corp.
F money $4.2 million
F money $61 million
O government WEDC
> In a statement, WEDC said the project would "bring food manufacturing back to a site that has sat empty since 2035."
O government WEDC
Q direct Wisconsin Economic Development Corp. :: "bring food manufacturing back to a site that has sat empty since 2035."
F date 2035
> "We've been turning away orders for two years because we physically can't make any more in the building we have," Kou Xiong, the company's CEO and the founder's son, said in an interview. "Franklin gives us room to double."
Q direct Kou Xiong :: "We've been turning away orders for two years because we physically can't make any more in the building we have,"
F duration two years
P full Kou Xiong
Q direct Kou Xiong :: "Franklin gives us room to double."
L city Franklin
> His mother, Mai Nou Xiong, 71, came to Milwaukee in 1987 from the Ban Vinai refugee camp in Thailand and sold her first egg rolls at church festivals and at the Hmong New Year celebration at Wisconsin State Fair Park in West Allis.
P full Mai Nou Xiong
F age 71
L city Milwaukee
F date 1987
L facility Ban Vinai
L country Thailand
L facility Wisconsin State Fair Park
L city West Allis
> "My mother still comes in at 5 a.m. to check the dough," Kou Xiong said. "She doesn't trust the machines."
Q direct Kou Xiong :: "My mother still comes in at 5 a.m. to check the dough,"
F time 5 a.m.
P full Kou Xiong
Q direct Kou Xiong :: "She doesn't trust the machines."
> The privately held company, which does not disclose revenue, sells its products under the Niam's Kitchen brand at Pick 'n Save, Festival Foods and Metro Market stores and supplies frozen appetizers to restaurant distributors in six Midwestern states.
O company Pick 'n Save
O company Festival Foods
O company Metro Market
F number six
> Production in Franklin is expected to start in the second quarter of 2040. The plant will run two shifts at first, with starting wages of $23.50 an hour, Kou Xiong said. The company will keep its 140 workers at its 64,000-square-foot plant on West Canal Street in the Menomonee Valley.
L city Franklin
F date 2040
F number two
F money $23.50
P full Kou Xiong
F number 140
F quantity 64,000-square-foot
L street West Canal Street
L geo Menomonee Valley
> Franklin Mayor Dorota Pawlak-Hinz said the Ashby building had been "a hole in our tax base" since the die-caster moved its work to Monterrey, Mexico, and laid off 320 people.
L city Franklin
P full Dorota Pawlak-Hinz
O company Ashby
Q direct Dorota Pawlak-Hinz :: "a hole in our tax base"
L city Monterrey
L country Mexico
F number 320
> "We had three or four offers from warehouse developers. We held out for jobs, and I'm glad we did," she said.
Q direct Dorota Pawlak-Hinz :: "We had three or four offers from warehouse developers. We held out for jobs, and I'm glad we did,"
F number three
F number four
> The purchase will be financed in part with a $24 million loan from Oak Creek-based Lakefront Community Bank, according to the city filing. Xiong Family Kitchens also plans to work with Milwaukee 7, the regional economic development group, on recruiting suppliers.
F money $24 million
L city Oak Creek
O company Lakefront Community Bank
O company Xiong Family Kitchens
O nonprofit Milwaukee 7
> Hiring will be done with Milwaukee Area Technical College (MATC) and the Hmong American Friendship Association, a nonprofit on the city's north side. An MATC spokesperson said the college would run a 12-week food-safety and machine-operation course at its Oak Creek campus starting in September.
O education Milwaukee Area Technical College
O education MATC
O nonprofit Hmong American Friendship Association
O education MATC
F duration 12-week
L city Oak Creek
> Xiong Family Kitchens had 38 employees in 2014. It expects to employ 325 people across its two plants by the end of 2042.
O company Xiong Family Kitchens
F number 38
F date 2014
F number 325
F number two
F date 2042
> Maren Koszewski-Yang covers manufacturing, food processing and economic development for the Milwaukee Business Journal.
P full Maren Koszewski-Yang
O media Milwaukee Business Journal
'''

ARTICLES['322-gambia-groundnut-farm-gate-price-kaur-seccos'] = r'''
> Headlines
> Groundnut farmers decry ‘slave price’ as Gov’t fixes D27,500 per tonne
Q direct Ma Awa Ceesay :: ‘slave price’
F money D27,500
> By Fatou B. Sowe
P full Fatou B. Sowe
> Dec 9, 2038
F date Dec 9, 2038
> Farmers offload groundnuts at a secco in Kaur, Central River Region, on Sunday. Photo: Ebrima Jallow
L city Kaur
L region Central River Region
P full Ebrima Jallow
> Groundnut farmers in the Central River Region (CRR) and the North Bank Region (NBR) have criticised the D27,500 per tonne farm-gate price announced by the government for the 2038/39 trade season, saying it is far below what buyers on the Senegalese side of the border are paying.
L region Central River Region
L region CRR
L region North Bank Region
L region NBR
F money D27,500
F date 2038/39
> The price was announced on Friday at the opening of the season in Kaur by the Minister of Agriculture, Livestock and Food Security, Hon. Dembo K. Sillah, who said it was D2,500 higher than last season’s.
L city Kaur
P full Dembo K. Sillah
F money D2,500
> “Government has done its best in a difficult year. Our farmers must be patient and sell to Government,” the minister said. “Groundnuts that cross the border are lost to The Gambia.”
Q direct Dembo K. Sillah :: “Government has done its best in a difficult year. Our farmers must be patient and sell to Government,”
Q direct Dembo K. Sillah :: “Groundnuts that cross the border are lost to The Gambia.”
L country The Gambia
> But farmers who spoke to The Point at seccos in Kaur, Njau and Kuntaur said the price would not cover the cost of seed, fertiliser and transport after a season in which the rains stopped early in September.
O media The Point
L city Kaur
L city Njau
L city Kuntaur
> “This is a slave price,” said Ma Awa Ceesay, 46, who farms 4 hectares at Njau in Upper Saloum district with her husband and six children. “We spent D9,000 on fertiliser alone this year. At D27,500, after transport and the secco charges, I will not even get back what I spent.
Q direct Ma Awa Ceesay :: “This is a slave price,”
P full Ma Awa Ceesay
F age 46
F quantity 4 hectares
L city Njau
L region Upper Saloum
F number six
Q direct Ma Awa Ceesay :: “We spent D9,000 on fertiliser alone this year. At D27,500, after transport and the secco charges, I will not even get back what I spent.
F money D9,000
F money D27,500
> “If the Senegalese are paying more, why should we sell here? Government should answer that.”
Q direct Ma Awa Ceesay :: “If the Senegalese are paying more, why should we sell here? Government should answer that.”
> Traders in Farafenni told The Point that Chinese buyers in Kaolack and Nioro du Rip were paying the equivalent of D31,000 to D33,000 per tonne last week. At the official rate of the Central Bank of The Gambia, D27,500 is about $385.
L city Farafenni
O media The Point
L city Kaolack
L city Nioro du Rip
F money D31,000
F money D33,000
O government Central Bank of The Gambia
F money D27,500
F money $385
> Officials estimate that about 40,000 tonnes of groundnuts crossed into Senegal last season, out of a national harvest of some 95,000 tonnes.
F quantity 40,000 tonnes
L country Senegal
F quantity 95,000 tonnes
> The National Food Security, Processing and Marketing Corporation (NFSPMC), the state buyer, said it had secured D1.4 billion for purchases and that farmers would be paid in cash at every secco from the first day of buying.
O government National Food Security, Processing and Marketing Corporation
O government NFSPMC
F money D1.4 billion
> “No farmer will be given a credit note this year. That is my promise,” its managing director, Binta Fye-Sonko, told this reporter on Saturday.
Q direct Binta Fye-Sonko :: “No farmer will be given a credit note this year. That is my promise,”
P full Binta Fye-Sonko
> In 2037, farmers in the Upper River Region (URR) waited up to four months for payment on credit notes, leading to protests in Basse and Fatoto.
F date 2037
L region Upper River Region
L region URR
F duration four months
L city Basse
L city Fatoto
> The chief of Upper Saloum, Seyfo Malick Jawo, urged farmers to “give Government a chance” and not to sell to middlemen on credit.
L region Upper Saloum
P full Malick Jawo
Q direct Malick Jawo :: “give Government a chance”
> In a statement, the Gambia Police Force (GPF) said officers would be deployed at Farafenni, Amdalai and Sabi and that “any vehicle found transporting groundnuts across the border without a permit will be impounded”.
O government Gambia Police Force
O government GPF
L city Farafenni
L city Amdalai
L city Sabi
Q direct Gambia Police Force :: “any vehicle found transporting groundnuts across the border without a permit will be impounded”
> Groundnuts remain The Gambia’s main cash crop, grown by an estimated 60 per cent of rural households, according to the Gambia Bureau of Statistics (GBoS).
L country The Gambia
F percent 60 per cent
O government Gambia Bureau of Statistics
O government GBoS
> Hon. Sainabou Jaiteh-Marong, the National Assembly Member for Niamina Dankunku, said she would table a motion at the next sitting of the National Assembly asking the ministry to review the price “before the seccos fill up with unsold nuts”.
P full Sainabou Jaiteh-Marong
L region Niamina Dankunku
O government National Assembly
Q direct Sainabou Jaiteh-Marong :: “before the seccos fill up with unsold nuts”
> Buying will run until April 30, 2039, the ministry said.
F date April 30, 2039
'''

ARTICLES['323-welsh-open-ap-gwilym-fan-keming-semi-final-llandudno'] = r'''
> Ap Gwilym Edges Fan In Decider To Reach Home Final
P partial Ap Gwilym
P partial Fan
> Rhodri ap Gwilym will play for the title at the BetVictor Welsh Open after coming from 5-2 down to beat China’s Fan Keming 6-5 in a tense semi-final in Llandudno.
P full Rhodri ap Gwilym
F score 5-2
L country China
P full Fan Keming
F score 6-5
L city Llandudno
> 19 Feb 2039
F date 19 Feb 2039
> Rhodri ap Gwilym celebrates after potting the final black at Venue Cymru. Photo: WST/Lowri Pritchard
P full Rhodri ap Gwilym
L facility Venue Cymru
O other WST
P full Lowri Pritchard
> Rhodri ap Gwilym will play for the Ray Reardon Trophy in front of his home crowd on Sunday after the 24-year-old from Pwllheli won the last four frames to beat Fan Keming 6-5 at Venue Cymru.
P full Rhodri ap Gwilym
F age 24-year-old
L city Pwllheli
F number four
P full Fan Keming
F score 6-5
L facility Venue Cymru
> The world number 38 trailed 5-2 and needed a snooker in the ninth frame, and he sealed victory with a nervy 58 in the decider before clearing the colours.
F score 5-2
F number 58
> He will face Joren Van den Bossche or Callum Ashdown-Pryce, who meet in the second semi-final at 7pm, in Sunday’s best-of-17 final, with £100,000 for the winner.
P full Joren Van den Bossche
P full Callum Ashdown-Pryce
F time 7pm
F number 17
F money £100,000
> “I’ve been coming to this tournament as a fan since I was 11, sitting up there in the top tier, and now I’m in the final. I can’t take it in,” said ap Gwilym, the first Welshman to reach the final since 2031.
Q direct Rhodri ap Gwilym :: “I’ve been coming to this tournament as a fan since I was 11, sitting up there in the top tier, and now I’m in the final. I can’t take it in,”
F age 11
P partial ap Gwilym
F date 2031
> “At 5-2 I thought it was gone. Fan was brilliant for two hours and I was just hanging on, waiting for one chance.”
Q direct Rhodri ap Gwilym :: “At 5-2 I thought it was gone. Fan was brilliant for two hours and I was just hanging on, waiting for one chance.”
F score 5-2
P partial Fan
F duration two hours
F number one
> Fan, the 2037 Shanghai Masters champion, made breaks of 134 and 102 as he led 3-1 at the mid-session interval, and a run of 71 in the seventh frame put him 5-2 up and one frame from the final.
P partial Fan
F date 2037
F number 134
F number 102
F score 3-1
F number 71
F score 5-2
F number one
> But the 29-year-old from Zhangjiagang missed a straightforward red to the middle pocket in the ninth with the frame at his mercy, and ap Gwilym laid a snooker behind the green and won it on the black.
F age 29-year-old
L city Zhangjiagang
P partial ap Gwilym
> Speaking through an interpreter, Fan said the miss “will stay with me for a long time” and that ap Gwilym had been “stronger at the end”.
P partial Fan
Q direct Fan Keming :: “will stay with me for a long time”
P partial ap Gwilym
Q direct Fan Keming :: “stronger at the end”
> Ap Gwilym, who is nicknamed “the Bard of Llŷn” by his home fans, left Ysgol Glan y Môr in Pwllheli at 16 and turned professional in 2034 after winning the EBSA European Under-21 Championship in Malta.
P partial Ap Gwilym
Q scare - :: “the Bard of Llŷn”
L geo Llŷn
O education Ysgol Glan y Môr
L city Pwllheli
F age 16
F date 2034
O other EBSA
L country Malta
> His run this week is worth at least £45,000, more than he earned in his previous two seasons combined, and will lift him to a career-high ranking.
F money £45,000
F number two
> A crowd of 1,420 watched the match, the biggest at Venue Cymru since the Welsh Open moved to Llandudno in 2023.
F number 1,420
L facility Venue Cymru
L city Llandudno
F date 2023
> Results
> Semi-final (best of 11 frames)
F number 11
> Rhodri ap Gwilym (WAL) 6-5 Fan Keming (CHN)
P full Rhodri ap Gwilym
L country WAL
F score 6-5
P full Fan Keming
L country CHN
> Frame scores (ap Gwilym first): 0-134 (134), 72-31, 45-67, 0-102 (102), 88-0 (61), 59-64, 18-81 (71), 66-53, 70-58, 77-0 (50), 64-40 (58)
P partial ap Gwilym
F score 0-134
F number 134
F score 72-31
F score 45-67
F score 0-102
F number 102
F score 88-0
F number 61
F score 59-64
F score 18-81
F number 71
F score 66-53
F score 70-58
F score 77-0
F number 50
F score 64-40
F number 58
> Century breaks: Fan 134, 102
P partial Fan
F number 134
F number 102
> Other breaks over 50: ap Gwilym 61, 58, 50; Fan 71
F number 50
P partial ap Gwilym
F number 61
F number 58
F number 50
P partial Fan
F number 71
> Second semi-final (7pm): Joren Van den Bossche (BEL) v Callum Ashdown-Pryce (ENG)
F time 7pm
P full Joren Van den Bossche
L country BEL
P full Callum Ashdown-Pryce
L country ENG
> Final (Sunday, best of 17 frames, 1pm and 7pm): Rhodri ap Gwilym (WAL) v Van den Bossche or Ashdown-Pryce
F number 17
F time 1pm
F time 7pm
P full Rhodri ap Gwilym
L country WAL
P partial Van den Bossche
P partial Ashdown-Pryce
> The final is live on BBC Wales and BBC iPlayer in the UK and on TNT Sports and discovery+ in Europe.
O media BBC Wales
L country UK
O media TNT Sports
L continent Europe
'''

ARTICLES['324-phc-judicial-inquiry-custodial-death-faqirabad-police'] = r'''
> Peshawar
L city Peshawar
> PHC orders judicial probe into 'custodial killing' of rickshaw driver
O government PHC
Q direct Zarsheda Bibi :: 'custodial killing'
> Our Correspondent
> April 9, 2039
F date April 9, 2039
> Relatives of Rehmat Gul protest outside the Peshawar Press Club on Monday. Photo: Online
P full Rehmat Gul
L facility Peshawar Press Club
O media Online
> PESHAWAR: The Peshawar High Court (PHC) on Tuesday ordered a judicial inquiry into the death of a 32-year-old rickshaw driver in the custody of Faqirabad police and directed that the station house officer (SHO) and three other policemen be suspended until the inquiry is completed.
L city PESHAWAR
O government Peshawar High Court
O government PHC
F age 32-year-old
L city Faqirabad
F number three
> A two-member bench comprising Justice Samina Zeb Khalil and Justice Fazal-e-Subhan Yousafzai issued the orders on a petition filed by the deceased’s mother, Zarsheda Bibi, who described her son’s death as a “custodial killing”.
F number two
P full Samina Zeb Khalil
P full Fazal-e-Subhan Yousafzai
P full Zarsheda Bibi
Q direct Zarsheda Bibi :: “custodial killing”
> According to the petition, Rehmat Gul, a resident of Pishtakhara, was picked up from his home near Ring Road at around 2am on March 26 in connection with the theft of a motorcycle. His family was told the next evening that he had been taken to the Lady Reading Hospital (LRH), where doctors pronounced him dead on arrival.
P full Rehmat Gul
L city Pishtakhara
L street Ring Road
F time 2am
F date March 26
O other Lady Reading Hospital
O other LRH
> A post-mortem report, a copy of which is available with The News, recorded 14 injury marks on his back and legs and gave the cause of death as “shock due to multiple blunt injuries”.
O media The News
F number 14
Q direct - :: “shock due to multiple blunt injuries”
> Police had earlier claimed that Gul, who was arrested along with an alleged accomplice, Muhammad Ilyas alias Lala, collapsed in the lock-up after complaining of chest pain. Ilyas was released on bail on April 2.
P partial Gul
P full Muhammad Ilyas
P partial Lala
P partial Ilyas
F date April 2
> During the hearing, the petitioner’s counsel, Barrister Waqar Ahmad Mohmand, told the bench that the family had been pressured twice to withdraw the case. “They came to our house with a jirga and offered money. The mother refused,” he said.
P full Waqar Ahmad Mohmand
Q direct Waqar Ahmad Mohmand :: “They came to our house with a jirga and offered money. The mother refused,”
> Additional Advocate General Inamullah Jadoon told the court that a case under Section 302 of the Pakistan Penal Code had been registered against the SHO and three constables on March 29, and that the four had been “closed to police lines” pending a departmental inquiry.
P full Inamullah Jadoon
F number three
F date March 29
F number four
Q direct Inamullah Jadoon :: “closed to police lines”
> The bench was not satisfied. “A departmental inquiry means the police investigating the police. That cannot be allowed in a death in custody,” Justice Samina Zeb Khalil remarked.
Q direct Samina Zeb Khalil :: “A departmental inquiry means the police investigating the police. That cannot be allowed in a death in custody,”
P full Samina Zeb Khalil
> The court appointed Senior Civil Judge Asma Noreen Kakakhel to conduct the inquiry and submit her report within 30 days, and ordered the Khyber Pakhtunkhwa government to pay Rs2 million to the family as interim compensation.
P full Asma Noreen Kakakhel
F duration 30 days
L region Khyber Pakhtunkhwa
F money Rs2 million
> It also directed the SHO, who had obtained pre-arrest bail from a sessions court against surety bonds of Rs200,000, to appear before the inquiry judge.
F money Rs200,000
> Capital City Police Officer (CCPO) Peshawar Aftab Alam Marwat told reporters later that the department would “fully cooperate” with the inquiry. “Nobody will be protected because he wears a uniform,” he said.
L city Peshawar
P full Aftab Alam Marwat
Q direct Aftab Alam Marwat :: “fully cooperate”
Q direct Aftab Alam Marwat :: “Nobody will be protected because he wears a uniform,”
> On Monday, relatives and residents of Pishtakhara blocked Kohat Road for three hours, demanding the arrest of the policemen.
L city Pishtakhara
L street Kohat Road
F duration three hours
> The Human Rights Commission of Pakistan (HRCP) said in a statement that at least 17 people had died in police custody in Khyber Pakhtunkhwa in 2038, and called the Faqirabad case part of “a culture of impunity that the courts alone cannot break”.
O nonprofit Human Rights Commission of Pakistan
O nonprofit HRCP
F number 17
L region Khyber Pakhtunkhwa
F date 2038
L city Faqirabad
Q direct Human Rights Commission of Pakistan :: “a culture of impunity that the courts alone cannot break”
> A spokesman for the Khyber Pakhtunkhwa Police could not be reached for comment. The bench adjourned the hearing till May 14.
O government Khyber Pakhtunkhwa Police
F date May 14
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
