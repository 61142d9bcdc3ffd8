#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval231 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval231/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1429-glasgow-metro-airport-line-govan-renfrew-stops-councillors-scotsman'] = r'''
> Transport
> Glasgow metro: ‘We’ve waited 40 years for this’ as £3.8bn airport line gets green light
L city Glasgow
Q direct Eilidh MacAulay-Grant :: ‘We’ve waited 40 years for this’
F duration 40 years
F money £3.8bn
> Councillors back 14-stop route from the city centre to Glasgow Airport via Govan and Renfrew, with first services due in 2046
F number 14
L facility Glasgow Airport
L city Govan
L city Renfrew
F date 2046
> By Morag Kinnear-Baillie
P full Morag Kinnear-Baillie
> Published 11th Mar 2039, 17:20 GMT
F date 11th Mar 2039
F time 17:20 GMT
> An artist’s impression of a metro vehicle at the planned Govan Cross stop. Picture: SPT
L facility Govan Cross
O government SPT
> Glasgow’s long-promised metro took its biggest step yet on Thursday when councillors voted 61-17 to back a £3.8bn first line linking the city centre with Glasgow Airport, Renfrew and the Queen Elizabeth University Hospital.
L city Glasgow
F number 61-17
F money £3.8bn
L facility Glasgow Airport
L city Renfrew
L facility Queen Elizabeth University Hospital
> The 19km route, drawn up by Strathclyde Partnership for Transport (SPT), would run from Glasgow Central through Finnieston, under the Clyde to Govan and on via Braehead and Renfrew to the airport terminal at Abbotsinch. It would have 14 stops, with services every six minutes at peak times, and carry an estimated 11.5 million passengers a year.
F quantity 19km
O government Strathclyde Partnership for Transport
O government SPT
L facility Glasgow Central
L city Finnieston
L geo Clyde
L city Govan
L city Braehead
L city Renfrew
L city Abbotsinch
F number 14
F duration six minutes
F number 11.5 million
> Cllr Eilidh MacAulay-Grant, the city’s convener for transport and environment, said the vote ended “four decades of plans that never left the drawing board”.
P full Eilidh MacAulay-Grant
Q direct Eilidh MacAulay-Grant :: “four decades of plans that never left the drawing board”
F duration four decades
> “People in Govan have watched the airport, the hospital and the shopping centre go up around them and still needed two buses to reach any of them,” she said. “We’ve waited 40 years for this. The least we can do now is build it on time.”
Q direct Eilidh MacAulay-Grant :: “People in Govan have watched the airport, the hospital and the shopping centre go up around them and still needed two buses to reach any of them,”
L city Govan
F number two
Q direct Eilidh MacAulay-Grant :: “We’ve waited 40 years for this. The least we can do now is build it on time.”
F duration 40 years
> The Scottish Government has agreed to meet 70 per cent of the cost, about £2.66bn, with the rest split between Glasgow City Council, Renfrewshire Council and SPT. Ministers will take a final investment decision in spring 2040.
O government Scottish Government
F percent 70 per cent
F money £2.66bn
O government Glasgow City Council
O government Renfrewshire Council
O government SPT
F date 2040
> Opposition councillors questioned the figures. Cllr Fionnlagh Mac Leòid, who represents the Partick East/Kelvindale ward, said the business case assumed fares of £2.40 and “a level of ridership Edinburgh’s trams took a decade to reach”.
P full Fionnlagh Mac Leòid
L region Partick East/Kelvindale
F money £2.40
Q direct Fionnlagh Mac Leòid :: “a level of ridership Edinburgh’s trams took a decade to reach”
L city Edinburgh
> “The last time this city was promised a rail link to the airport, in 2009, it was cancelled after £30m had been spent. I want the people of Partick to see a metro, not another ‘consultation exercise’,” Mr Mac Leòid said.
Q direct Fionnlagh Mac Leòid :: “The last time this city was promised a rail link to the airport, in 2009, it was cancelled after £30m had been spent. I want the people of Partick to see a metro, not another ‘consultation exercise’,”
F date 2009
F money £30m
L city Partick
P partial Mac Leòid
> At the Govan end, the Linthouse and Govan Community Council welcomed the plan but warned that two years of tunnelling under the river would bring “noise, dust and lorries” to streets such as Langlands Road and Golspie Street.
L city Govan
O nonprofit Linthouse and Govan Community Council
F duration two years
Q direct Linthouse and Govan Community Council :: “noise, dust and lorries”
L street Langlands Road
L street Golspie Street
> Its secretary, Agnes Dunlop-Reid, 67, who has lived in Govan since 1979, said: “My granny took the ferry across to Partick every Saturday. Now it takes me 90 minutes to get to Braehead on a Sunday, and it’s right there across the water.”
P full Agnes Dunlop-Reid
F age 67
L city Govan
F date 1979
Q direct Agnes Dunlop-Reid :: “My granny took the ferry across to Partick every Saturday. Now it takes me 90 minutes to get to Braehead on a Sunday, and it’s right there across the water.”
L city Partick
F duration 90 minutes
L city Braehead
> Renfrewshire Council’s leader, Cllr Kirsty Baird-Nakamura, said the line would put Paisley within 20 minutes of the city centre by a change at Renfrew, and urged ministers not to “let the Treasury talk Holyrood out of it”.
O government Renfrewshire Council
P full Kirsty Baird-Nakamura
L city Paisley
F duration 20 minutes
L city Renfrew
Q direct Kirsty Baird-Nakamura :: “let the Treasury talk Holyrood out of it”
O government Treasury
O government Holyrood
> Construction is expected to begin in 2041 and last five years, creating up to 2,300 jobs. SPT said it would publish detailed designs for all 14 stops by 30 November and hold drop-in sessions at Govan Cross and Renfrew Town Hall.
F date 2041
F duration five years
F number 2,300
O government SPT
F number 14
F date 30 November
L facility Govan Cross
L facility Renfrew Town Hall
'''

ARTICLES['1430-libiaz-janina-coal-mine-closure-tauron-unions-lesser-poland-dw'] = r'''
> Business
> Poland: Janina coal mine to close in 2040, 1,900 jobs at risk
L country Poland
L facility Janina
F date 2040
F number 1,900
> One of the last hard-coal mines in Lesser Poland will shut nine years early. Unions called the decision "a betrayal," while the government promised 2.4 billion zloty for the region.
L region Lesser Poland
F duration nine years
Q direct Zdzisław Pałka :: "a betrayal,"
F money 2.4 billion zloty
> Bartosz Wierzbicki-Nowak
P full Bartosz Wierzbicki-Nowak
> 03/21/2039
F date 03/21/2039
> Miners at the Janina mine in Libiąż have been told the pit will close in December 2040 Image: Jakub Szczepanik/PAP/picture alliance
L facility Janina
L city Libiąż
F date December 2040
P full Jakub Szczepanik
O media PAP
O media picture alliance
> Polish energy group Tauron announced on Monday that it will close the Janina hard-coal mine in Libiąż, in the southern Lesser Poland Voivodeship, by the end of 2040 — nine years earlier than foreseen in the 2021 agreement between the government and the mining unions.
O company Tauron
L facility Janina
L city Libiąż
L region Lesser Poland Voivodeship
F date 2040
F duration nine years
F date 2021
> The mine, which employs 1,900 people and produced 2.1 million metric tons of coal last year, has lost money every year since 2033. Tauron said losses reached 640 million zloty (€150 million) in 2038 alone.
F number 1,900
F quantity 2.1 million metric tons
F date 2033
O company Tauron
F money 640 million zloty
F money €150 million
F date 2038
> "We cannot keep digging coal that nobody wants to buy at a price that covers our costs," Tauron CEO Anna Maria Grzybowska-Kieł told reporters in Katowice. "Every ton we sell from Janina loses us about 300 zloty."
Q direct Anna Maria Grzybowska-Kieł :: "We cannot keep digging coal that nobody wants to buy at a price that covers our costs,"
O company Tauron
P full Anna Maria Grzybowska-Kieł
L city Katowice
Q direct Anna Maria Grzybowska-Kieł :: "Every ton we sell from Janina loses us about 300 zloty."
L facility Janina
F money 300 zloty
> Unions reacted with anger. Zdzisław Pałka, who heads the Solidarity trade union at the mine, called the decision "a betrayal" of the 2021 deal and said miners would occupy the pithead if talks did not resume within 14 days.
P full Zdzisław Pałka
O nonprofit Solidarity
Q direct Zdzisław Pałka :: "a betrayal"
F date 2021
F duration 14 days
> "For 30 years they told us, 'Coal is the past, but you have until 2049.' Now they take away nine years overnight," Pałka said. "Who in Libiąż will hire a 48-year-old miner?
Q direct Zdzisław Pałka :: "For 30 years they told us, 'Coal is the past, but you have until 2049.' Now they take away nine years overnight,"
F duration 30 years
F date 2049
F duration nine years
P partial Pałka
Q direct Zdzisław Pałka :: "Who in Libiąż will hire a 48-year-old miner?
L city Libiąż
F age 48-year-old
> "There is no other work here. The young ones already drive to Kraków or Katowice, 50 kilometers each way."
Q direct Zdzisław Pałka :: "There is no other work here. The young ones already drive to Kraków or Katowice, 50 kilometers each way."
L city Kraków
L city Katowice
F quantity 50 kilometers
> A second union, Sierpień 80 (August 80), said it would call a strike ballot at all Tauron mines, including the Sobieski mine in Jaworzno, across the regional border in the Silesian Voivodeship.
O nonprofit Sierpień 80
O nonprofit August 80
O company Tauron
L facility Sobieski
L city Jaworzno
L region Silesian Voivodeship
> Warsaw has promised help. Wojciech Łęcki, a deputy minister at the Ministry of Industry, said the government would spend 2.4 billion zloty over six years on retraining, early retirement and new industrial zones in Chrzanów County, including a battery-recycling plant on the mine site.
L city Warsaw
P full Wojciech Łęcki
O government Ministry of Industry
F money 2.4 billion zloty
F duration six years
L region Chrzanów County
> Miners aged 50 or older will be offered so-called "mining leave" at 75% of their wages until retirement, he said. Younger workers can claim a one-off severance payment of up to 180,000 zloty.
F age 50
Q scare - :: "mining leave"
F percent 75%
F money 180,000 zloty
> Poland still generates about 38% of its electricity from coal, down from 70% in 2020, according to the Energy Regulatory Office (URE). The EU's emissions trading system has pushed the cost of burning coal to record highs.
L country Poland
F percent 38%
F percent 70%
F date 2020
O government Energy Regulatory Office
O government URE
O intergovernmental EU
> In Libiąż, a town of about 17,000 people, the news spread quickly. "My father worked at Janina, my husband works at Janina, and my son started there in September," said Halina Wróbel-Dudek, 52, who runs a bakery near the pithead. "What does Warsaw think we will do here — bake bread for each other?"
L city Libiąż
F number 17,000
Q direct Halina Wróbel-Dudek :: "My father worked at Janina, my husband works at Janina, and my son started there in September,"
L facility Janina
L facility Janina
P full Halina Wróbel-Dudek
F age 52
Q direct Halina Wróbel-Dudek :: "What does Warsaw think we will do here — bake bread for each other?"
L city Warsaw
> Edited by: Ruth Abernethy-Klein
P full Ruth Abernethy-Klein
'''

ARTICLES['1431-auckland-harbour-bridge-clip-on-joints-repair-lane-closures-nzta-nz-herald'] = r'''
> New Zealand
L country New Zealand
> Auckland Harbour Bridge: Two Lanes to Close for 11 Weeks as $86m Clip-On Repair Begins
L facility Auckland Harbour Bridge
F number Two
F duration 11 Weeks
F money $86m
> Drivers warned of delays of up to 40 minutes as crews replace steel joints on the 1969 clip-ons
F duration 40 minutes
F date 1969
> By Tāmati Rewi-Hollis
P full Tāmati Rewi-Hollis
> Transport reporter·NZ Herald·
O media NZ Herald
> 14 Jan, 2039 05:00 AM
F date 14 Jan, 2039
F time 05:00 AM
> 4 mins to read
F duration 4 mins
> Traffic heads north over the Auckland Harbour Bridge towards Northcote. Photo / Mereana Kupenga
L facility Auckland Harbour Bridge
L city Northcote
P full Mereana Kupenga
> Two of the Auckland Harbour Bridge's eight lanes will close for 11 weeks from February 3 while crews replace worn steel expansion joints on the southbound clip-on, the NZ Transport Agency Waka Kotahi (NZTA) confirmed yesterday.
F number Two
L facility Auckland Harbour Bridge
F number eight
F duration 11 weeks
F date February 3
O government NZ Transport Agency Waka Kotahi
O government NZTA
> The $86 million repair is the largest on the 1959 bridge in more than 20 years. The clip-ons, box-girder extensions carrying two lanes each, were added on either side in 1969, and about 160,000 vehicles now cross on an average weekday.
F money $86 million
F date 1959
F duration 20 years
F number two
F date 1969
F number 160,000
> NZTA's Auckland system manager, Hinemoa Carrington-Fa'alogo, said engineers had found cracking in 14 of the 52 joints during a routine inspection in September.
O government NZTA
L city Auckland
P full Hinemoa Carrington-Fa'alogo
F number 14
F number 52
> "None of this is a safety risk today. But if we leave it another winter, it will be, and then we'd be talking about closing the whole clip-on at short notice," she said.
Q direct Hinemoa Carrington-Fa'alogo :: "None of this is a safety risk today. But if we leave it another winter, it will be, and then we'd be talking about closing the whole clip-on at short notice,"
> Lanes will be closed from 9pm Sunday to 5am Friday each week, with the moveable barrier shifted to give city-bound traffic three lanes in the morning peak and North Shore-bound traffic three lanes in the evening.
F time 9pm
F time 5am
F number three
L region North Shore
F number three
> NZTA estimates peak-hour trips between Takapuna and the city centre could take up to 40 minutes longer. It is urging North Shore commuters to use the Northern Busway or the Devonport and Birkenhead ferries, and Auckland Transport will add 24 bus trips a day on the NX1 and NX2 routes.
O government NZTA
L city Takapuna
F duration 40 minutes
L region North Shore
L facility Northern Busway
L city Devonport
L city Birkenhead
O government Auckland Transport
F number 24
> Auckland Mayor Wiremu te Awe-Prescott said the timing, over the summer holidays and the first weeks of the school year, was "the least bad of a lot of bad options".
L city Auckland
P full Wiremu te Awe-Prescott
Q direct Wiremu te Awe-Prescott :: "the least bad of a lot of bad options"
> Te Awe-Prescott, who lives in Birkenhead and drives over the bridge most days, said Aucklanders had been promised a second harbour crossing "for as long as I've been alive".
P partial Te Awe-Prescott
L city Birkenhead
Q direct Wiremu te Awe-Prescott :: "for as long as I've been alive"
> "This bridge was built for 1959 traffic. We keep patching it, and we keep paying for it," he said. "At some point the Government has to stop 'reviewing' and start building."
Q direct Wiremu te Awe-Prescott :: "This bridge was built for 1959 traffic. We keep patching it, and we keep paying for it,"
F date 1959
Q direct Wiremu te Awe-Prescott :: "At some point the Government has to stop 'reviewing' and start building."
> Freight operators are less relaxed. Transporting New Zealand's regional manager, Graeme Tuhiwai-Sands, said trucking firms based in Albany and Silverdale faced delays costing "hundreds of thousands of dollars" over the 11 weeks.
O nonprofit Transporting New Zealand
P full Graeme Tuhiwai-Sands
L city Albany
L city Silverdale
Q direct Graeme Tuhiwai-Sands :: "hundreds of thousands of dollars"
F duration 11 weeks
> Residents of St Marys Bay and Herne Bay, beside the southern approach, will also face two weekend closures of the whole southbound clip-on, on March 5-6 and April 9-10, for resurfacing.
L city St Marys Bay
L city Herne Bay
F number two
F date March 5-6
F date April 9-10
> An NZTA engineer, who asked not to be named, said the joints were "at the end of their design life" and that the northbound clip-on would need the same work "within three years".
O government NZTA
Q direct - :: "at the end of their design life"
Q direct - :: "within three years"
F duration three years
> The southbound lanes are due to reopen fully at 5am on April 21.
F time 5am
F date April 21
'''

ARTICLES['1432-chile-iodine-royalty-deal-pampa-yodo-tarapaca-caliche-ministers-reuters'] = r'''
> Chile agrees iodine royalty deal with Pampa Yodo, lifting state take to 9%
L country Chile
O company Pampa Yodo
F percent 9%
> By Valentina Ossandón Ruiz and Tomás Iturra
P full Valentina Ossandón Ruiz
P full Tomás Iturra
> March 24, 2039 6:15 PM UTC Updated 3 hours ago
F date March 24, 2039
F time 6:15 PM UTC
F duration 3 hours
> Workers walk past caliche heaps at an iodine plant near Pozo Almonte, in Chile's Tarapaca region, February 9, 2038. REUTERS/Ignacio Pérez-Lagos
L city Pozo Almonte
L country Chile
L region Tarapaca
F date February 9, 2038
O media REUTERS
P full Ignacio Pérez-Lagos
> SANTIAGO, March 24 (Reuters) - Chile's government and iodine producer Pampa Yodo SA agreed on Thursday to raise the royalty the company pays on iodine and nitrate sales to 9% from 4.5%, in a deal the Mining Ministry said would bring in an extra $1.1 billion through 2050.
L city SANTIAGO
F date March 24
O media Reuters
L country Chile
O company Pampa Yodo SA
F percent 9%
F percent 4.5%
O government Mining Ministry
F money $1.1 billion
F date 2050
> Chile is the world's biggest iodine producer, mining it from caliche ore in the northern Atacama Desert along with nitrates used in fertilizers. Pampa Yodo, controlled by a group of Chilean and Norwegian investors, produced about 6,400 metric tons of iodine last year, roughly a fifth of global supply.
L country Chile
L geo Atacama Desert
O company Pampa Yodo
F quantity 6,400 metric tons
F fraction a fifth
> The agreement, which runs from 2040 to 2060, sets a sliding scale: the royalty rises to as much as 14% when iodine prices top $70,000 a ton, and falls to 6% below $35,000.
F date 2040
F date 2060
F percent 14%
F money $70,000
F percent 6%
F money $35,000
> "This is a fair deal for Chile and for the regions where the caliche is," Mining Minister Josefina Achurra Lobos told reporters at La Moneda presidential palace. "Tarapaca and Antofagasta will receive 30% of the new revenue directly."
Q direct Josefina Achurra Lobos :: "This is a fair deal for Chile and for the regions where the caliche is,"
L country Chile
P full Josefina Achurra Lobos
L facility La Moneda
Q direct Josefina Achurra Lobos :: "Tarapaca and Antofagasta will receive 30% of the new revenue directly."
L region Tarapaca
L region Antofagasta
F percent 30%
> Achurra said the deal would be sent to Congress as part of a broader mining bill in May.
P partial Achurra
O government Congress
> Finance Minister Rodrigo Salas Undurraga said the extra revenue, equal to about 0.2% of gross domestic product a year, would help close a fiscal gap that the Autonomous Fiscal Council (CFA) has put at $2.8 billion for 2040.
P full Rodrigo Salas Undurraga
F percent 0.2%
O government Autonomous Fiscal Council
O government CFA
F money $2.8 billion
F date 2040
> Pampa Yodo Chief Executive Ingrid Solbakken-Rojas said the company had accepted the higher rate in exchange for a 20-year guarantee on its water rights in the Pampa del Tamarugal aquifer and a permit to expand its Huara Norte plant.
O company Pampa Yodo
P full Ingrid Solbakken-Rojas
F duration 20-year
L geo Pampa del Tamarugal
L facility Huara Norte
> "Investors want to know what the rules will be for the next 20 years. Now we know," she said, adding that the company would invest $1.6 billion to raise output to 9,000 tons a year by 2043.
Q direct Ingrid Solbakken-Rojas :: "Investors want to know what the rules will be for the next 20 years. Now we know,"
F duration 20 years
F money $1.6 billion
F quantity 9,000 tons
F date 2043
> The National Mining Society (Sonami), which represents the industry, called the deal "a reasonable balance" but warned the government against "using iodine as a template for lithium."
O nonprofit National Mining Society
O nonprofit Sonami
Q direct National Mining Society :: "a reasonable balance"
Q direct National Mining Society :: "using iodine as a template for lithium."
> Not everyone was satisfied. The mayor of Pozo Almonte, Cristián Mamani Choque, said the municipality had asked for "at least 40%" for the communities of the Pampa, where many of the plant's 2,300 workers live.
L city Pozo Almonte
P full Cristián Mamani Choque
Q direct Cristián Mamani Choque :: "at least 40%"
F percent 40%
L geo Pampa
F number 2,300
> "The money goes to Santiago, the dust stays here," Mamani said.
Q direct Cristián Mamani Choque :: "The money goes to Santiago, the dust stays here,"
L city Santiago
P partial Mamani
> Shares of Pampa Yodo's listed parent, Salitrera del Norte, rose 3.2% in Santiago on Thursday to 4,180 pesos, their highest close since October.
O company Pampa Yodo
O company Salitrera del Norte
F percent 3.2%
L city Santiago
F money 4,180 pesos
> Chile raised royalties on large copper miners in 2023 under a law that took effect in 2024.
L country Chile
F date 2023
F date 2024
> ($1 = 912.40 Chilean pesos)
F money $1
F money 912.40 Chilean pesos
> Reporting by Valentina Ossandón Ruiz in Santiago and Tomás Iturra in Iquique; Editing by Marguerite Oduya-Fenn
P full Valentina Ossandón Ruiz
L city Santiago
P full Tomás Iturra
L city Iquique
P full Marguerite Oduya-Fenn
'''

ARTICLES['1433-illinois-state-bradley-okafor-cefcu-arena-normal-mvc-college-basketball-ap'] = r'''
> Okafor Scores 24 as Illinois State Holds Off Bradley 74-68 in MVC Showdown
P partial Okafor
F number 24
O team Illinois State
O team Bradley
F score 74-68
O other MVC
> By DARNELL KEATON-VOSS
P full DARNELL KEATON-VOSS
> Updated 10:42 PM CST, February 16, 2039
F time 10:42 PM CST
F date February 16, 2039
> Illinois State guard Chidera Okafor (3) drives past Bradley forward Lukas Brandvold during the second half of an NCAA college basketball game Wednesday, Feb. 16, 2039, in Normal, Ill. (AP Photo/Renata Szabó-Quinn)
O team Illinois State
P full Chidera Okafor
O team Bradley
P full Lukas Brandvold
O other NCAA
F date Feb. 16, 2039
L city Normal
L region Ill.
O media AP
P full Renata Szabó-Quinn
> NORMAL, Ill. (AP) — Chidera Okafor scored 24 points, including four 3-pointers, and Illinois State held off Bradley 74-68 on Wednesday night to move into a tie for first place in the Missouri Valley Conference.
L city NORMAL
L region Ill.
O media AP
P full Chidera Okafor
F number 24
F number four
F number 3
O team Illinois State
O team Bradley
F score 74-68
O other Missouri Valley Conference
> Marcus DeShields-Ortiz added 15 points and 11 rebounds for the Redbirds (20-7, 12-4 MVC), who have won six straight at CEFCU Arena. Jonah Van Wyk had 12 points off the bench.
P full Marcus DeShields-Ortiz
F number 15
F number 11
O team Redbirds
F score 20-7
F score 12-4
O other MVC
F number six
L facility CEFCU Arena
P full Jonah Van Wyk
F number 12
> Lukas Brandvold led Bradley (21-6, 12-4) with 22 points and nine rebounds, and Tyrese Abernathy-Cole scored 14. The Braves shot 41% from the field and made just 5 of 23 3-point attempts.
P full Lukas Brandvold
O team Bradley
F score 21-6
F score 12-4
F number 22
F number nine
P full Tyrese Abernathy-Cole
F number 14
O team Braves
F percent 41%
F number 5
F number 23
F number 3
> Bradley trailed 38-29 at halftime but opened the second half on a 14-2 run, and Brandvold's layup with 11:06 left gave the Braves their first lead since early in the game, 43-40.
O team Bradley
F score 38-29
F score 14-2
P partial Brandvold
F time 11:06
O team Braves
F score 43-40
> Okafor answered with back-to-back 3-pointers, and the Redbirds never trailed again. The 6-foot-1 senior from Peoria, about 40 miles up the road, went 8 for 8 from the free-throw line, the last two with 14.2 seconds left.
P partial Okafor
F number 3
O team Redbirds
F quantity 6-foot-1
L city Peoria
F quantity 40 miles
F number 8
F number 8
F number two
F duration 14.2 seconds
> "Growing up in Peoria, you hear about this rivalry before you can tie your shoes," Okafor said. "My whole family had Bradley season tickets. Tonight they were sitting behind our bench."
Q direct Chidera Okafor :: "Growing up in Peoria, you hear about this rivalry before you can tie your shoes,"
L city Peoria
P partial Okafor
Q direct Chidera Okafor :: "My whole family had Bradley season tickets. Tonight they were sitting behind our bench."
O team Bradley
> Illinois State coach Rafael St. Amant-Hughes, in his fourth season, said the defense "finally looked like ours" after halftime.
O team Illinois State
P full Rafael St. Amant-Hughes
Q direct Rafael St. Amant-Hughes :: "finally looked like ours"
> "In the first half we were watching them. In the second half we were guarding them," St. Amant-Hughes said. "That's the whole game right there."
Q direct Rafael St. Amant-Hughes :: "In the first half we were watching them. In the second half we were guarding them,"
P partial St. Amant-Hughes
Q direct Rafael St. Amant-Hughes :: "That's the whole game right there."
> Bradley coach Dale Pettibone-Marsh said his team "ran out of legs" in its third game in six days.
O team Bradley
P full Dale Pettibone-Marsh
Q direct Dale Pettibone-Marsh :: "ran out of legs"
F duration six days
> "We'll see them again in St. Louis," he said, looking ahead to the conference tournament, known to fans as "Arch Madness," which begins March 2.
Q direct Dale Pettibone-Marsh :: "We'll see them again in St. Louis,"
L city St. Louis
Q scare - :: "Arch Madness,"
F date March 2
> A crowd of 9,847 watched, the largest at the arena since 2034, and many stayed long after the final horn.
F number 9,847
F date 2034
> Okafor, who transferred from Loyola Chicago after two seasons, is averaging 17.8 points, the most by a Redbird since 2031. "He's been carrying us for a month," DeShields-Ortiz said. "Tonight he just carried us a little further, that's all."
P partial Okafor
O team Loyola Chicago
F number two
F number 17.8
F date 2031
Q direct Marcus DeShields-Ortiz :: "He's been carrying us for a month,"
P partial DeShields-Ortiz
Q direct Marcus DeShields-Ortiz :: "Tonight he just carried us a little further, that's all."
> THE TAKEAWAY
> Bradley: The Braves lost for just the second time in 11 road games and fell out of sole possession of first place.
O team Bradley
O team Braves
F number 11
> Illinois State: The Redbirds held Bradley to 29% shooting in the first half, their best defensive half of the season.
O team Illinois State
O team Redbirds
O team Bradley
F percent 29%
> UP NEXT
> Bradley: Hosts Drake on Saturday.
O team Bradley
O team Drake
> Illinois State: At Northern Iowa on Sunday.
O team Illinois State
O team Northern Iowa
'''

ARTICLES['1434-kent-county-council-budget-tax-rise-deal-sandwich-cuts-kentonline'] = r'''
> Kent County Council
O government Kent County Council
> Council Tax to Rise 4.99% as Kent County Council Approves £1.6bn Budget With Cuts in Deal and Sandwich
F percent 4.99%
O government Kent County Council
F money £1.6bn
L city Deal
L city Sandwich
> Opposition leader says residents are being asked to "pay more for less"
Q direct Sunita Varma-Holt :: "pay more for less"
> By Harriet Okonjo-Pryce, Local Democracy Reporter
P full Harriet Okonjo-Pryce
> Published: 05:00, 17 February 2040
F time 05:00
F date 17 February 2040
> Councillors debated the budget for five hours at County Hall in Maidstone. Picture: Gary Browne-Tilley
F duration five hours
L facility County Hall
L city Maidstone
P full Gary Browne-Tilley
> Households across Kent will pay almost £120 more in council tax from April after county councillors approved a 4.99% rise as part of a £1.6 billion budget.
L region Kent
F money £120
F percent 4.99%
F money £1.6 billion
> The increase, the maximum allowed without a referendum, takes the county's share of a Band D bill to £2,517.84. It was approved by 46 votes to 31, with three abstentions, at County Hall in Maidstone on Thursday.
F money £2,517.84
F number 46
F number 31
F number three
L facility County Hall
L city Maidstone
> Kent County Council (KCC) must find savings of £74.3m next year, largely because of the rising cost of adult social care and of school transport for children with special educational needs.
O government Kent County Council
O government KCC
F money £74.3m
> Among the cuts are the closure of the household waste recycling centre in Deal for three days a week, a 20% cut to the grant for the Sandwich and District Community Bus, and the merger of the libraries in Deal and Walmer.
L city Deal
F duration three days
F percent 20%
O nonprofit Sandwich and District Community Bus
L city Deal
L city Walmer
> "We have protected the things people told us matter most: gritting, potholes and care for the elderly," council leader Cllr Roger Ashdown-Platt told the meeting. "But I won't pretend this is a budget anyone would choose.
Q direct Roger Ashdown-Platt :: "We have protected the things people told us matter most: gritting, potholes and care for the elderly,"
P full Roger Ashdown-Platt
Q direct Roger Ashdown-Platt :: "But I won't pretend this is a budget anyone would choose.
> "Since 2030 our spending on school transport has gone up from £58m to £141m. No council in the country can absorb that."
Q direct Roger Ashdown-Platt :: "Since 2030 our spending on school transport has gone up from £58m to £141m. No council in the country can absorb that."
F date 2030
F money £58m
F money £141m
> Opposition leader Cllr Sunita Varma-Holt, who represents Dover North, said residents were being asked to "pay more for less".
P full Sunita Varma-Holt
L region Dover North
Q direct Sunita Varma-Holt :: "pay more for less"
> "People in Deal will pay a good deal more and lose their tip on Mondays, Tuesdays and Wednesdays, and now their library in Walmer too," she said. "Meanwhile Maidstone barely notices."
Q direct Sunita Varma-Holt :: "People in Deal will pay a good deal more and lose their tip on Mondays, Tuesdays and Wednesdays, and now their library in Walmer too,"
L city Deal
L city Walmer
Q direct Sunita Varma-Holt :: "Meanwhile Maidstone barely notices."
L city Maidstone
> She said Labour would have used £20m from reserves to keep the recycling centre and both libraries open. Cllr Ashdown-Platt replied that drawing on reserves would leave KCC "dangerously close" to issuing a section 114 notice, which would in effect declare the authority bankrupt.
O party Labour
F money £20m
P partial Ashdown-Platt
O government KCC
Q direct Roger Ashdown-Platt :: "dangerously close"
> In Sandwich, where the community bus carries about 1,200 passengers a month, volunteers said they would launch a crowdfunder.
L city Sandwich
F number 1,200
> "Half our passengers are over 80 and don't drive. Without the bus they don't get to the doctor's," said driver Maureen Quested-Fagg, 71.
Q direct Maureen Quested-Fagg :: "Half our passengers are over 80 and don't drive. Without the bus they don't get to the doctor's,"
F fraction Half
F age 80
P full Maureen Quested-Fagg
F age 71
> The Kent Association of Local Councils said it was "deeply concerned" about the recycling centre, and that fly-tipping in Dover district had risen by 35% after similar closures in 2037.
O nonprofit Kent Association of Local Councils
Q direct Kent Association of Local Councils :: "deeply concerned"
L region Dover
F percent 35%
F date 2037
> A council officer, who asked not to be named, said the Deal centre could reopen full-time "if the waste contract comes in under budget next year".
L city Deal
Q direct - :: "if the waste contract comes in under budget next year"
> New bills will be sent to households in March and take effect on 1 April.
F date 1 April
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
