#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval2 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval2/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['11-dutch-coalition'] = r'''
> Politics
> Dutch coalition talks stall as Greens balk at asylum deal
O party Greens
> ![Green Progressive Alliance leader Fatima El Amrani speaks to reporters in The Hague, Netherlands, on May 6, 2026. [Sem van der Linden/ANP/AFP]](/media/2026/05/06/el-amrani-talks_1200x675.webp)
O party Green Progressive Alliance
P full Fatima El Amrani
L city The Hague
L country Netherlands
F date May 6, 2026
P full Sem van der Linden
O media ANP
O media AFP
> By Annelies Verhoeven and Tomasz Wójcik |
P full Annelies Verhoeven
P full Tomasz Wójcik
> THE HAGUE (Reuters) — Talks to form a new Dutch government stalled on Wednesday after the Green Progressive Alliance (GPA) refused to back a draft pact on asylum policy, seven weeks after a March 18 election that left no party with more than 31 of the 150 seats in the lower house.
L city THE HAGUE
O media Reuters
O party Green Progressive Alliance
O party GPA
F duration seven weeks
F date March 18
F number 31
F number 150
> The GPA, which finished second with 24 seats, said the text drafted by the mediator, former finance minister Hendrik Bosma, would let the next cabinet suspend family reunification for up to two years.
O party GPA
F number 24
P full Hendrik Bosma
F duration two years
> “We did not campaign for six months to hand the keys to the hardliners,” GPA leader Fatima El Amrani told reporters outside the parliament building in The Hague. “Our answer today is no.”
Q direct Fatima El Amrani :: “We did not campaign for six months to hand the keys to the hardliners,”
F duration six months
O party GPA
P full Fatima El Amrani
L city The Hague
Q direct Fatima El Amrani :: “Our answer today is no.”
> The Liberal People’s Party (LVP) of caretaker Prime Minister Maarten van Leeuwen won the most seats and has led the talks. Van Leeuwen said he still hoped to present a cabinet “before the summer recess,” but two Liberal lawmakers said privately that a new election was now possible.
O party Liberal People’s Party
O party LVP
P full Maarten van Leeuwen
P partial Van Leeuwen
Q direct Maarten van Leeuwen :: “before the summer recess,”
F number two
> Any coalition needs at least 76 seats. The LVP, the GPA and the Christian Civic Union together hold 79, a majority of just three that would leave the government exposed to rebellions by individual members.
F number 76
O party LVP
O party GPA
O party Christian Civic Union
F number 79
F number three
> The Christian Civic Union, which also won 24 seats, has said it will not join any government without the Greens. Its leader, Pieter-Jan Hoekstra, 58, called the asylum text “unworkable and, frankly, unkind.”
O party Christian Civic Union
F number 24
O party Greens
P full Pieter-Jan Hoekstra
F age 58
Q direct Pieter-Jan Hoekstra :: “unworkable and, frankly, unkind.”
> The deadlock is being watched closely in Brussels, where the European Commission is due to assess the Netherlands’ budget plans by June 30. Foreign Minister Ingrid Saelens, a member of the LVP, flew to Luxembourg on Tuesday for a meeting of EU foreign ministers and told her counterparts that the caretaker government could still take decisions on Ukraine.
L city Brussels
O intergovernmental European Commission
L country Netherlands
F date June 30
P full Ingrid Saelens
O party LVP
L city Luxembourg
O intergovernmental EU
L country Ukraine
> “Europe cannot wait for us, and it will not,” Saelens said in Luxembourg. She said the Netherlands would send a further €350 million in military aid this year, on top of the €2.1 billion pledged in 2025.
Q direct Ingrid Saelens :: “Europe cannot wait for us, and it will not,”
L continent Europe
P partial Saelens
L city Luxembourg
L country Netherlands
F money €350 million
F money €2.1 billion
F date 2025
> Across the border, the talks are also being followed in Lower Saxony, whose state government in Hanover depends on Dutch cooperation for a planned 1.2-gigawatt hydrogen pipeline from the port of Eemshaven. The German state’s economy minister, Jörg Brandtner, said the project was “on hold until someone in The Hague can sign a cheque.”
L region Lower Saxony
L city Hanover
F quantity 1.2-gigawatt
L city Eemshaven
P full Jörg Brandtner
Q direct Jörg Brandtner :: “on hold until someone in The Hague can sign a cheque.”
L city The Hague
> A poll published on Monday by Ipsos for the broadcaster NOS found that 41% of voters would blame the GPA if the talks collapsed, against 33% who would blame the LVP. Just over half of respondents, 52 percent, said a second election within a year would be “a waste of everyone’s time.”
O company Ipsos
O media NOS
F percent 41%
O party GPA
F percent 33%
O party LVP
F fraction half
F percent 52 percent
Q direct - :: “a waste of everyone’s time.”
> Senior Liberals met late into the night at the party’s headquarters on Laan van Meerdervoort, a party official said. “Nobody is talking about an election yet,” the official said, speaking on condition of anonymity. “But nobody is ruling one out either.”
L street Laan van Meerdervoort
Q direct - :: “Nobody is talking about an election yet,”
Q direct - :: “But nobody is ruling one out either.”
> Bosma is expected to deliver his final report to the speaker of the lower house, Gerrit Mulder, by May 12. If he fails, King Willem-Alexander may appoint a new mediator, as happened in 2017, when coalition talks lasted a record 225 days.
P partial Bosma
P full Gerrit Mulder
F date May 12
P partial Willem-Alexander
F date 2017
F duration 225 days
'''

ARTICLES['12-kenya-wind-farm'] = r'''
> Energy
> Kenya signs $640 million deal for 400-megawatt wind farm in Marsabit
L country Kenya
F money $640 million
F quantity 400-megawatt
L region Marsabit
> By Wanjiru Kamau and Li Wen
P full Wanjiru Kamau
P full Li Wen
> NAIROBI (Reuters) - Kenya signed a $640 million financing package on Thursday for a 400-megawatt wind farm near Lake Turkana, the largest clean-energy investment in East Africa this year, as the government races to cut its reliance on diesel generators during droughts.
L city NAIROBI
O media Reuters
L country Kenya
F money $640 million
F quantity 400-megawatt
L geo Lake Turkana
L region East Africa
> The African Development Bank (AfDB) will lend $310 million, with the rest coming from the Japan International Cooperation Agency, the Dutch development bank FMO and a group of commercial lenders led by Standard Bank, according to a statement from Kenya’s Ministry of Energy and Petroleum.
O intergovernmental African Development Bank
O intergovernmental AfDB
F money $310 million
O government Japan International Cooperation Agency
O company FMO
O company Standard Bank
L country Kenya
O government Ministry of Energy and Petroleum
> The plant will be built by a consortium of Nairobi-based Kilima Power Ltd. and China’s Huadian Yuneng Engineering Co. and is due to start supplying the national grid in the second half of 2028. Its 64 turbines will stand on a plateau about 80 km east of Loiyangalani.
L city Nairobi
O company Kilima Power Ltd.
L country China
O company Huadian Yuneng Engineering Co.
F date 2028
F number 64
F quantity 80 km
L city Loiyangalani
> “This is the moment Kenya stops burning money on diesel,” Energy Cabinet Secretary Grace Nyamweya said at the signing ceremony at the Kenyatta International Convention Centre. “Every megawatt from the north is a megawatt we don’t have to import.”
Q direct Grace Nyamweya :: “This is the moment Kenya stops burning money on diesel,”
L country Kenya
P full Grace Nyamweya
L facility Kenyatta International Convention Centre
Q direct Grace Nyamweya :: “Every megawatt from the north is a megawatt we don’t have to import.”
> Nyamweya said the plant would sell power at 4.8 cents a kilowatt-hour, compared with more than 30 Kenyan shillings (23 cents) for diesel-fired electricity, saving the state utility, Kenya Power, about KSh 12 billion ($93 million) a year.
P partial Nyamweya
F money 4.8 cents
F money 30 Kenyan shillings
F money 23 cents
O company Kenya Power
F money KSh 12 billion
F money $93 million
> Kenya's power sector regulator, the Energy and Petroleum Regulatory Authority (EPRA), must still approve that tariff. "We will look at the numbers line by line," EPRA director-general Joseph Mutua told Reuters on Wednesday.
L country Kenya
O government Energy and Petroleum Regulatory Authority
O government EPRA
Q direct Joseph Mutua :: "We will look at the numbers line by line,"
O government EPRA
P full Joseph Mutua
O media Reuters
> Geothermal and hydropower already supply about 80% of Kenya’s electricity, but output from dams on the Tana River fell by 18 per cent during the 2022 drought, forcing the utility to switch on thermal plants at Kipevu in Mombasa.
F percent 80%
L country Kenya
L geo Tana River
F percent 18 per cent
F date 2022
L city Kipevu
L city Mombasa
> The AfDB’s director for energy, Akinwumi Balogun, said the bank had approved the loan on Feb. 11 after a review of the project’s effect on the region’s pastoralist communities and on migratory birds. “We took our time on this one,” he said, “because the north of Kenya has been promised a lot and given very little.”
O intergovernmental AfDB
P full Akinwumi Balogun
F date Feb. 11
Q direct Akinwumi Balogun :: “We took our time on this one,”
Q direct Akinwumi Balogun :: “because the north of Kenya has been promised a lot and given very little.”
L country Kenya
> Community groups in Marsabit County have criticised the deal. Halima Dida Guyo of the Northern Rangelands Pastoralists Association said 1,200 households would lose access to grazing land and that compensation of 150,000 shillings per family was “an insult.”
L region Marsabit County
P full Halima Dida Guyo
O nonprofit Northern Rangelands Pastoralists Association
F number 1,200
F money 150,000 shillings
Q direct Halima Dida Guyo :: “an insult.”
> Part of the output will be exported over the 1,045-km Ethiopia-Kenya high-voltage line, which entered service in 2022 and can carry up to 2,000 MW. Ethiopian Electric Power said in a statement that it could buy as much as 150 MW from the plant during Ethiopia’s dry season, from January to May.
F quantity 1,045-km
L country Ethiopia
L country Kenya
F date 2022
F quantity 2,000 MW
O company Ethiopian Electric Power
F quantity 150 MW
L country Ethiopia
> The package also includes a €45 million grant from the European Union for a 220-kilovolt substation at Loiyangalani, which will take 18 months to build.
F money €45 million
O intergovernmental European Union
F quantity 220-kilovolt
L city Loiyangalani
F duration 18 months
> Shares in Kilima Power, which is listed on the Nairobi Securities Exchange, rose 6.5% to 41.20 shillings by the close of trading at 3 p.m. The company will hold a 51% stake in the project, Huadian Yuneng 34% and Norway’s Norfund 15%.
O company Kilima Power
O company Nairobi Securities Exchange
F percent 6.5%
F money 41.20 shillings
F time 3 p.m.
F percent 51%
O company Huadian Yuneng
F percent 34%
L country Norway
O company Norfund
F percent 15%
> Construction is expected to take 30 months and employ up to 2,500 people at its peak, the ministry said.
F duration 30 months
F number 2,500
'''

ARTICLES['13-tucson-sentencing'] = r'''
> Crime
> Tucson man, 34, sentenced to 22 years in fatal shooting outside convenience store
L city Tucson
F age 34
F duration 22 years
> By Marisol Ybarra |
P full Marisol Ybarra
> TUCSON, Ariz. — A Pima County judge on Tuesday sentenced a 34-year-old Tucson man to 22 years in prison for the 2024 shooting death of a store clerk, rejecting a defense request for leniency after the victim’s mother told the court she still sets a place for her son at dinner.
L city TUCSON
L region Ariz.
L region Pima County
F age 34-year-old
L city Tucson
F duration 22 years
F date 2024
> Darnell Okafor-Reyes was convicted in March of second-degree murder in the killing of 19-year-old Tomás Villaseñor, who was shot at about 9:15 a.m. on Aug. 3, 2024, outside the QuickStop Market at 2145 E. Grant Road, according to the Tucson Police Department.
P full Darnell Okafor-Reyes
F age 19-year-old
P full Tomás Villaseñor
F time 9:15 a.m.
F date Aug. 3, 2024
L facility QuickStop Market
L address 2145 E. Grant Road
O government Tucson Police Department
> Pima County Superior Court Judge Helen Strickland-Moya said the surveillance video played at trial showed Okafor-Reyes firing three shots at Villaseñor as he ran toward the store’s door.
O government Pima County Superior Court
P full Helen Strickland-Moya
P partial Okafor-Reyes
F number three
P partial Villaseñor
> “You had every chance to walk away that morning,” she told him before announcing the sentence. “You chose not to. And a young man who was working his first week on the job never went home.
Q direct Helen Strickland-Moya :: “You had every chance to walk away that morning,”
Q direct Helen Strickland-Moya :: “You chose not to. And a young man who was working his first week on the job never went home.
> “I have read every letter your family sent me. I believe they love you. But love is not a defense.”
Q direct Helen Strickland-Moya :: “I have read every letter your family sent me. I believe they love you. But love is not a defense.”
> Okafor-Reyes, who had no previous felony convictions, was arrested four days after the shooting by deputies from the Pima County Sheriff’s Department at a relative’s home in Marana, about 20 miles northwest of Tucson.
P partial Okafor-Reyes
F duration four days
O government Pima County Sheriff’s Department
L city Marana
F quantity 20 miles
L city Tucson
> His attorney, Carla Jiménez, had asked for the minimum sentence of 10 years, arguing that her client, then 32, had been “terrified” after Villaseñor’s brother threatened him days earlier. She said Okafor-Reyes would appeal.
P full Carla Jiménez
F duration 10 years
F age 32
Q direct Carla Jiménez :: “terrified”
P partial Villaseñor
P partial Okafor-Reyes
> A co-worker, Luis Ortega, 27, testified that he heard Okafor-Reyes shout "I'm done talking" before the first shot. Ortega called 911 at 9:17 a.m., according to dispatch records shown to the jury.
P full Luis Ortega
F age 27
P partial Okafor-Reyes
Q direct Darnell Okafor-Reyes :: "I'm done talking"
P partial Ortega
F time 9:17 a.m.
> Jurors deliberated for about six hours over two days before returning the verdict on March 20.
F duration six hours
F duration two days
F date March 20
> Okafor-Reyes, dressed in an orange jail uniform, briefly addressed the court. “I’m sorry for what happened to your son,” he said, turning toward Villaseñor’s family. “I think about it every day.”
P partial Okafor-Reyes
Q direct Darnell Okafor-Reyes :: “I’m sorry for what happened to your son,”
P partial Villaseñor
Q direct Darnell Okafor-Reyes :: “I think about it every day.”
> The victim’s mother, Rosa Villaseñor, 52, said her son had been saving to study nursing at Pima Community College. “He wanted to take care of people,” she said. “That was who he was.”
P full Rosa Villaseñor
F age 52
O education Pima Community College
Q direct Rosa Villaseñor :: “He wanted to take care of people,”
Q direct Rosa Villaseñor :: “That was who he was.”
> Tucson police Chief Adrián Montaño said in a statement that detectives had identified Okafor-Reyes within 48 hours using license-plate readers and tips to the department’s 88-CRIME hotline. “This case was solved because people in this neighborhood were willing to talk to us,” the statement said.
L city Tucson
P full Adrián Montaño
P partial Okafor-Reyes
F duration 48 hours
Q direct Adrián Montaño :: “This case was solved because people in this neighborhood were willing to talk to us,”
> The hearing began at 1:30 p.m. and lasted just under two hours. About 40 relatives and friends of the victim filled the gallery, several wearing T-shirts printed with his photograph and the words “Justice for Tomás.”
F time 1:30 p.m.
F duration two hours
F number 40
Q direct - :: “Justice for Tomás.”
P partial Tomás
> The Pima County Attorney’s Office said prosecutors would not oppose a transfer to a prison closer to Tucson. Spokesman Neil Ashby said Okafor-Reyes would receive credit for 611 days already served at the Pima County Adult Detention Complex.
O government Pima County Attorney’s Office
L city Tucson
P full Neil Ashby
P partial Okafor-Reyes
F duration 611 days
L facility Pima County Adult Detention Complex
'''

ARTICLES['14-sporting-porto'] = r'''
> Football
> Sporting beat Porto 3-1 to go four points clear in Portugal
O team Sporting
O team Porto
F score 3-1
F number four
L country Portugal
> ![Sporting’s Gonçalo Tavares (right) celebrates with teammate Mads Kjærgaard after scoring against FC Porto at the Estádio José Alvalade in Lisbon on Sunday, April 12, 2026. [Inês Carvalho/AFP]](/images/2026/04/12/sporting-porto_1600.webp)
O team Sporting
P full Gonçalo Tavares
P full Mads Kjærgaard
O team FC Porto
L facility Estádio José Alvalade
L city Lisbon
F date April 12, 2026
P full Inês Carvalho
O media AFP
> By Rui Fernandes |
P full Rui Fernandes
> LISBON, Portugal (AP) — Gonçalo Tavares scored twice in the second half and Sporting beat FC Porto 3-1 on Sunday to move four points clear at the top of the Portuguese league with five games left.
L city LISBON
L country Portugal
O media AP
P full Gonçalo Tavares
O team Sporting
O team FC Porto
F score 3-1
F number four
F number five
> Tavares, 21, put the hosts ahead in the 52nd minute with a low shot from the edge of the area and added a second from the penalty spot in the 77th after Porto defender Diogo Marques handled the ball. Mads Kjærgaard, the Danish striker signed from Brøndby for €38 million in January, sealed it in stoppage time.
P partial Tavares
F age 21
O team Porto
P full Diogo Marques
P full Mads Kjærgaard
O team Brøndby
F money €38 million
> Porto’s only goal came from Samu Oliveira, 30, who headed in a corner in the 64th minute to make it 1-1 before a crowd of 48,312 at the Estádio José Alvalade.
O team Porto
P full Samu Oliveira
F age 30
F score 1-1
F number 48,312
L facility Estádio José Alvalade
> “We suffered for 20 minutes after their goal, and that is normal against a team like Porto,” Sporting coach Rúben Almeida said. “But this group has character. Nobody here is thinking about the title yet.”
Q direct Rúben Almeida :: “We suffered for 20 minutes after their goal, and that is normal against a team like Porto,”
F duration 20 minutes
O team Porto
O team Sporting
P full Rúben Almeida
Q direct Rúben Almeida :: “But this group has character. Nobody here is thinking about the title yet.”
> Sporting has 75 points from 29 matches, four more than Benfica, which beat Braga 2-0 on Saturday. Porto, in third with 64 points, has now lost three of its last four league games.
O team Sporting
F number 75
F number 29
F number four
O team Benfica
O team Braga
F score 2-0
O team Porto
F number 64
F number three
F number four
> Sporting, the defending champion, has not lost a home league game since a 2-1 defeat to Benfica on Dec. 29, 2024, a run of 27 matches.
O team Sporting
F score 2-1
O team Benfica
F date Dec. 29, 2024
F number 27
> Porto coach Francesco Ricci, the 47-year-old Italian who replaced Hugo Valente in December, said his side had been “naive” for the second goal. “We gave them a penalty they didn’t need to win,” he said. “At this level, you pay for every mistake.”
O team Porto
P full Francesco Ricci
F age 47-year-old
P full Hugo Valente
Q direct Francesco Ricci :: “naive”
Q direct Francesco Ricci :: “We gave them a penalty they didn’t need to win,”
Q direct Francesco Ricci :: “At this level, you pay for every mistake.”
> Sporting had 58% of possession and 17 shots to Porto’s nine. Goalkeeper Matheus Rocha made six saves for the visitors, including a diving stop from Tavares in the 35th minute that kept the score at 0-0.
O team Sporting
F percent 58%
F number 17
O team Porto
F number nine
P full Matheus Rocha
F number six
P partial Tavares
F score 0-0
> Marques, 26, was booked for the handball and will miss Porto’s game against Vitória de Guimarães next Saturday through suspension. Kjærgaard has now scored 19 goals in 24 league appearances since his arrival from Denmark.
P partial Marques
F age 26
O team Porto
O team Vitória de Guimarães
P partial Kjærgaard
F number 19
F number 24
L country Denmark
> Kjærgaard, 24, said the dressing room had been "calm" at halftime. "The coach told us to keep the ball and be patient," he said. "We knew the spaces would come."
P partial Kjærgaard
F age 24
Q direct Mads Kjærgaard :: "calm"
Q direct Mads Kjærgaard :: "The coach told us to keep the ball and be patient,"
Q direct Mads Kjærgaard :: "We knew the spaces would come."
> “When I was a boy in Setúbal, I dreamed about nights like this,” Tavares told Sport TV. “Two goals against Porto — I will remember this for 100 years.”
Q direct Gonçalo Tavares :: “When I was a boy in Setúbal, I dreamed about nights like this,”
L city Setúbal
P partial Tavares
O media Sport TV
Q direct Gonçalo Tavares :: “Two goals against Porto — I will remember this for 100 years.”
F number Two
O team Porto
F duration 100 years
> Almeida said winger Tiago Sá, who limped off after 30 minutes with a hamstring problem, would have a scan on Monday and could miss up to three weeks.
P partial Almeida
P full Tiago Sá
F duration 30 minutes
F duration three weeks
> The Portuguese Football Federation said after the match that it had opened disciplinary proceedings against Porto after fans threw flares onto the pitch in the 81st minute, delaying play for about six minutes. The club could be fined up to €25,000.
O other Portuguese Football Federation
O team Porto
F duration six minutes
F money €25,000
> Sporting visits Estoril on April 19 before hosting Benfica on May 3 at 8:45 p.m. local time, in a match that could decide the title.
O team Sporting
O team Estoril
F date April 19
O team Benfica
F date May 3
F time 8:45 p.m.
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
