#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval71 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval71/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['469-kilbride-estate-maskeliya-plucking-norm-strike-cwc-the-island'] = r'''
> News
> Maskeliya estate workers down tools over higher plucking norm
L city Maskeliya
> Published 6 hours ago on 2037/03/12
F duration 6 hours
F date 2037/03/12
> By K. Ravichandran in Hatton
P full K. Ravichandran
L city Hatton
> Workers of Kilbride Estate, Maskeliya, gather outside the estate office on Wednesday (11). (Pic by M. Thavaraja)
L facility Kilbride Estate
L city Maskeliya
F date 11
P full M. Thavaraja
> About 1,300 workers of Kilbride Estate in Maskeliya stayed away from work for a third consecutive day yesterday (11), protesting against a management decision to raise the daily plucking norm from 18 to 22 kilos of green leaf without any increase in pay.
F number 1,300
L facility Kilbride Estate
L city Maskeliya
F date 11
F quantity 18
F quantity 22 kilos
> The estate, one of 14 in the Hatton and Maskeliya areas run by Kotmale Hills Plantations PLC, produced no tea on Monday (9), Tuesday (10) and Wednesday (11), and its factory stood idle, estate sources said.
F number 14
L city Hatton
L city Maskeliya
O company Kotmale Hills Plantations PLC
F date 9
F date 10
F date 11
> Under the collective agreement signed last year between the plantation companies and the unions, a worker who plucks the norm is paid a daily wage of Rs. 1,850, with Rs. 75 for each additional kilo. Workers said that under the new norm a plucker who brought in 20 kilos, a good day's work until last week, would be marked down to a "half name", the estate term for half a day's wage.
F money Rs. 1,850
F money Rs. 75
F quantity 20 kilos
Q scare - :: "half name"
F fraction +1 half
> "We go up the hill at 7 am and come down at 4.30 pm. In the rain the leeches are on our legs. Now they want four kilos more for the same Rs. 1,850," said S. Letchumi (46), who has plucked tea on the estate for 28 years.
Q direct S. Letchumi :: "We go up the hill at 7 am and come down at 4.30 pm. In the rain the leeches are on our legs. Now they want four kilos more for the same Rs. 1,850,"
F time 7 am
F time 4.30 pm
F quantity four kilos
F money Rs. 1,850
P full S. Letchumi
F age 46
F duration 28 years
> Her husband, R. Murugaiah (51), a factory worker, said the family of five depended on her wage. "If she is paid half, the children go to school without lunch," he said.
P full R. Murugaiah
F age 51
F number five
Q direct R. Murugaiah :: "If she is paid half, the children go to school without lunch,"
F fraction half
> The estate superintendent, who declined to be named, told The Island that the norm had been raised because yields had recovered after the drought of 2036. "The bushes are giving more leaf. Twenty-two kilos is what a good worker plucks on a normal day at this time of year," he said.
O media The Island
F date 2036
Q direct - :: "The bushes are giving more leaf. Twenty-two kilos is what a good worker plucks on a normal day at this time of year,"
F quantity Twenty-two kilos
> Kotmale Hills Plantations said in a statement that its cost of production had risen to Rs. 1,140 a kilo of made tea, while the average price of high-grown teas at the Colombo auctions fell 6.4 percent to Rs. 1,062 in the first two months of the year. "Without productivity gains, estates in the Hatton region cannot survive," the company said.
O company Kotmale Hills Plantations
F money Rs. 1,140
L city Colombo
F percent 6.4 percent
F money Rs. 1,062
F duration two months
Q direct Kotmale Hills Plantations PLC :: "Without productivity gains, estates in the Hatton region cannot survive,"
L city Hatton
> The Ceylon Workers' Congress (CWC), the largest union on the estate, said the norm could not be changed outside the collective agreement. Its Nuwara Eliya District leader, V. Sellamuthu, told a meeting at the estate's kovil grounds on Tuesday that the workers would not return until the notice was withdrawn.
O nonprofit Ceylon Workers' Congress
O nonprofit CWC
L region Nuwara Eliya District
P full V. Sellamuthu
> "They cannot change an agreement signed in Colombo with a notice pinned on a board in Maskeliya," he said. "If the company wants 22 kilos, let it come to the table with a wage for 22 kilos."
Q direct V. Sellamuthu :: "They cannot change an agreement signed in Colombo with a notice pinned on a board in Maskeliya,"
L city Colombo
L city Maskeliya
Q direct V. Sellamuthu :: "If the company wants 22 kilos, let it come to the table with a wage for 22 kilos."
F quantity 22 kilos
F quantity 22 kilos
> Workers on the neighbouring Moray and Brunswick estates held a one-hour token stoppage on Wednesday in solidarity, and about 200 Kilbride workers marched 6 km into Maskeliya town on Tuesday carrying placards that read "Our sweat is not a commodity".
L facility Moray
L facility Brunswick
F duration one-hour
F number 200
L facility Kilbride
F quantity 6 km
L city Maskeliya
Q direct - :: "Our sweat is not a commodity"
> The Planters' Association of Ceylon, which represents the plantation companies, said estates were free to set norms "in line with field conditions" and that the collective agreement did not fix a national figure.
O nonprofit Planters' Association of Ceylon
Q direct Planters' Association of Ceylon :: "in line with field conditions"
> Tea production in the Nuwara Eliya District fell 11 percent to 38.2 million kilos in 2036, the Sri Lanka Tea Board said last month, as a dry spell from January to April cut yields on the high-grown estates around Hatton, Dickoya, Norwood and Bogawantalawa.
L region Nuwara Eliya District
F percent 11 percent
F quantity 38.2 million kilos
F date 2036
O government Sri Lanka Tea Board
L city Hatton
L city Dickoya
L city Norwood
L city Bogawantalawa
> Many of the families on Kilbride still live in line rooms built more than a century ago, where a household of six may share a single room of about 10 by 12 feet.
L facility Kilbride
F number six
F quantity 10
F quantity 12 feet
> Hatton Assistant Commissioner of Labour Chaminda Weerakkody said he had called the management and the union to talks at the Hatton labour office on Friday (13). "Both sides have a point, but the law is clear that the terms of a collective agreement cannot be changed by one party alone," he said.
L city Hatton
P full Chaminda Weerakkody
L city Hatton
F date 13
Q direct Chaminda Weerakkody :: "Both sides have a point, but the law is clear that the terms of a collective agreement cannot be changed by one party alone,"
F number one
> Tea is Sri Lanka's largest agricultural export, earning US$ 1.38 billion in 2036, and the plantations employ about 150,000 resident workers, most of them Tamils of Indian origin whose forebears were brought from south India by British planters in the 19th century.
L country Sri Lanka
F money US$ 1.38 billion
F date 2036
F number 150,000
L country India
> The company said work would resume on Friday for any worker "willing to pluck" and that those who returned would be paid the full wage for the week.
Q direct Kotmale Hills Plantations PLC :: "willing to pluck"
'''

ARTICLES['470-amlwch-pool-closure-anglesey-council-executive-achub-pwll-daily-post'] = r'''
> Anglesey
L region Anglesey
> 'It's the heart of the town' - anger as council votes to shut Amlwch pool
Q direct Catrin Owen-Jones :: 'It's the heart of the town'
L city Amlwch
> Swimmers in the north of the island face a 22-mile round trip after the Isle of Anglesey County Council executive backed the closure
F quantity 22-mile
O government Isle of Anglesey County Council
> By Gwenllian Rhys-Evans
P full Gwenllian Rhys-Evans
> Local Democracy Reporter
> 13:12, 16 MAR 2039
F time 13:12
F date 16 MAR 2039
> Updated 15:40, 16 MAR 2039
F time 15:40
F date 16 MAR 2039
> The pool at Amlwch Leisure Centre first opened in 1975 (Image: Isle of Anglesey County Council)
L facility Amlwch Leisure Centre
F date 1975
O government Isle of Anglesey County Council
> The only public swimming pool in the north of Anglesey will close at the end of the summer after councillors backed the plan, despite a petition signed by more than 4,800 people.
L region Anglesey
F number 4,800
> Members of the Isle of Anglesey County Council (Cyngor Sir Ynys Môn) executive voted 6-2 on Tuesday to close the 25-metre pool at Amlwch Leisure Centre from 1st September 2039, saving an estimated £310,000 a year. The centre’s gym and sports hall will stay open.
O government Isle of Anglesey County Council
O government Cyngor Sir Ynys Môn
F number 6-2
F quantity 25-metre
L facility Amlwch Leisure Centre
F date 1st September 2039
F money £310,000
> A report to the executive said the pool needed £1.9m of work on its roof, boilers and filtration plant within the next five years, and that visits had fallen from 61,000 in 2029-30 to 43,500 last year.
F money £1.9m
F duration five years
F number 61,000
F date 2029-30
F number 43,500
> Swimmers from Amlwch, Penysarn, Bull Bay and Cemaes will instead have to use Plas Arthur Leisure Centre in Llangefni, 11 miles away, or the David Hughes Leisure Centre in Menai Bridge (Porthaethwy). Those in the west of the island, around Valley and Four Mile Bridge, already use the pool at Holyhead Leisure Centre.
L city Amlwch
L city Penysarn
L city Bull Bay
L city Cemaes
L facility Plas Arthur Leisure Centre
L city Llangefni
F quantity 11 miles
L facility David Hughes Leisure Centre
L city Menai Bridge
L city Porthaethwy
L city Valley
L city Four Mile Bridge
L facility Holyhead Leisure Centre
> Pupils from Ysgol Syr Thomas Jones, the town’s secondary school, will be taken to Llangefni by coach for their swimming lessons.
O education Ysgol Syr Thomas Jones
L city Llangefni
> Cllr Iwan Llewelyn Hughes, the executive’s portfolio holder for leisure, said it was “one of the hardest decisions” he had faced in 12 years on the council.
P full Iwan Llewelyn Hughes
Q direct Iwan Llewelyn Hughes :: “one of the hardest decisions”
F duration 12 years
> “Nobody on this executive came into politics to close a swimming pool,” he said. “But we cannot ask council tax payers in Holyhead, Llangefni and Menai Bridge to keep paying for a building that is falling apart around the people who use it.”
Q direct Iwan Llewelyn Hughes :: “Nobody on this executive came into politics to close a swimming pool,”
Q direct Iwan Llewelyn Hughes :: “But we cannot ask council tax payers in Holyhead, Llangefni and Menai Bridge to keep paying for a building that is falling apart around the people who use it.”
L city Holyhead
L city Llangefni
L city Menai Bridge
> He said the council would run a free minibus from Amlwch to Llangefni two days a week for older swimmers for the first 12 months after the closure.
L city Amlwch
L city Llangefni
F duration two days
F duration 12 months
> But Achub Pwll Amlwch (Save Amlwch Pool), the campaign group that gathered the petition, said a minibus was no substitute for a pool that children could walk to.
O nonprofit Achub Pwll Amlwch
O nonprofit Save Amlwch Pool
> Its chair, Catrin Owen-Jones, who learned to swim there in the 1980s, told the meeting in Llangefni: “It’s the heart of the town. Amlwch lost the copper mine on Parys Mountain, then it lost the chemical works, then Wylfa closed. Every time, we were told to be patient.
P full Catrin Owen-Jones
F date 1980s
L city Llangefni
Q direct Catrin Owen-Jones :: “It’s the heart of the town. Amlwch lost the copper mine on Parys Mountain, then it lost the chemical works, then Wylfa closed. Every time, we were told to be patient.
L city Amlwch
L geo Parys Mountain
L facility Wylfa
> “Now the pool goes too, and they tell us to get on a bus. My granddaughter is seven. Who is going to drive her 22 miles for a 30-minute lesson on a school night?”
Q direct Catrin Owen-Jones :: “Now the pool goes too, and they tell us to get on a bus. My granddaughter is seven. Who is going to drive her 22 miles for a 30-minute lesson on a school night?”
F age seven
F quantity 22 miles
F duration 30-minute
> Gwenda Roberts, 81, from Bull Bay, has swum at the pool three mornings a week since it opened. “The doctor told me to swim for my hip. I can’t drive any more, so that’s the end of it,” she said.
P full Gwenda Roberts
F age 81
L city Bull Bay
F number three
Q direct Gwenda Roberts :: “The doctor told me to swim for my hip. I can’t drive any more, so that’s the end of it,”
> Speaking in Welsh, Cllr Eurig Wyn Parry, who represents the Twrcelyn ward, asked the executive to delay the vote until the council had asked the Welsh Government for help. “Mae’r penderfyniad hwn yn cosbi’r gogledd,” he said, arguing that the decision punished the north of the island.
P full Eurig Wyn Parry
L region Twrcelyn
O government Welsh Government
Q direct Eurig Wyn Parry :: “Mae’r penderfyniad hwn yn cosbi’r gogledd,”
> Two executive members, Cllr Sioned Lloyd and Cllr Dafydd Rowlands, voted against.
F number Two
P full Sioned Lloyd
P full Dafydd Rowlands
> The council, which must close a budget gap of £8.4m in 2039-40, said in a statement that it had looked at “every option”, including handing the building to a community group, but that no group had come forward able to take on the pool and its repair bill.
F money £8.4m
F date 2039-40
Q direct Isle of Anglesey County Council :: “every option”
> A council spokesperson said: “We understand how much the pool means to people in Amlwch. The gym, the sports hall and the outdoor pitches at the centre are not affected by this decision.”
Q direct - :: “We understand how much the pool means to people in Amlwch. The gym, the sports hall and the outdoor pitches at the centre are not affected by this decision.”
L city Amlwch
> The decision can still be called in by the council’s Corporate Scrutiny Committee within five working days.
O government Corporate Scrutiny Committee
F duration five working days
'''

ARTICLES['471-bahia-vitoria-ba-vi-barradao-thauan-serie-a-line-ups-rio-times'] = r'''
> Sports
> Thauan Header Gives Bahia Late Ba-Vi Win at the Barradão
P partial Thauan
O team Bahia
L facility Barradão
> The Tricolor come from behind to beat Vitória 2-1 in stoppage time and climb to fourth in the Série A, while their city rivals stay in the bottom four
O team Tricolor
O team Vitória
F score 2-1
O other Série A
F number four
> By Marília Soares Brandão, Sports Contributor
P full Marília Soares Brandão
> August 22, 2039
F date August 22, 2039
> Bahia's Thauan (centre) celebrates his winner at the Estádio Manoel Barradas on Sunday. (Photo: Rafael Cunha Sena/EC Bahia)
O team Bahia
P partial Thauan
L facility Estádio Manoel Barradas
P full Rafael Cunha Sena
O team EC Bahia
> SALVADOR, BRAZIL – Striker Thauan headed in a corner in the third minute of stoppage time as Bahia came from behind to beat Vitória 2-1 at the Barradão on Sunday afternoon, the visitors' first win at their city rivals' ground since 2034.
L city SALVADOR
L country BRAZIL
P partial Thauan
O team Bahia
O team Vitória
F score 2-1
L facility Barradão
F date 2034
> The result in round 23 of the Brasileirão lifts the Tricolor to fourth on 38 points, five behind leaders Palmeiras, while Vitória, without a win in six league games, stay 18th with 21 points.
O other Brasileirão
O team Tricolor
F number 38
F number five
O team Palmeiras
O team Vitória
F number six
F number 21
> A crowd of 29,406 packed the Estádio Manoel Barradas, known to fans as the Barradão, and the home side took the lead in the 31st minute when Kelvin Araújo cut in from the left and curled a shot past goalkeeper Marcos Tadeu Falcão.
F number 29,406
L facility Estádio Manoel Barradas
L facility Barradão
P full Kelvin Araújo
P full Marcos Tadeu Falcão
> Bahia coach Leandro Sobral switched from a 4-2-3-1 to a back three at half-time, sending on teenage winger Biel Mesquita, and the change paid off 13 minutes after the restart. Biel's low cross was turned in at the near post by Davi Cajazeiras, the 34-year-old captain who came through the club's academy.
O team Bahia
P full Leandro Sobral
F score 4-2-3-1
F number three
P full Biel Mesquita
F duration 13 minutes
P partial Biel
P full Davi Cajazeiras
F age 34-year-old
> The Leão da Barra had two goals ruled out, one for offside after a VAR review and the other for a foul on the goalkeeper, and substitute Jhonatan Sabino hit the post with 10 minutes left.
O team Leão da Barra
F number two
P full Jhonatan Sabino
F duration 10 minutes
> Then, in the third minute of stoppage time, Wanderson Júnior swung in a corner from the right and Thauan, who had come on for Cajazeiras, rose above Caio Neto to head in his ninth goal of the season.
P full Wanderson Júnior
P partial Thauan
P partial Cajazeiras
P full Caio Neto
> "Ba-Vi is not won with the legs, it is won with the head and the heart. Today we needed both," Sobral told the Premiere channel after the final whistle.
Q direct Leandro Sobral :: "Ba-Vi is not won with the legs, it is won with the head and the heart. Today we needed both,"
P partial Sobral
O media Premiere
> Thauan, 22, who joined on loan from Athletico Paranaense in July, said he had dreamed of scoring in the derby since he was a boy in Feira de Santana, in the interior of Bahia. "My father is a Vitória fan, so tonight I am sleeping at my mother's house," he joked.
P partial Thauan
F age 22
O team Athletico Paranaense
L city Feira de Santana
L region Bahia
Q direct Thauan :: "My father is a Vitória fan, so tonight I am sleeping at my mother's house,"
O team Vitória
> Vitória coach Martín Olivera, a Uruguayan who took over in May, said his side had been "punished for one mistake" and complained that referee Rodrigo Pires de Almeida had added only four minutes.
O team Vitória
P full Martín Olivera
Q direct Martín Olivera :: "punished for one mistake"
F number one
P full Rodrigo Pires de Almeida
F duration four minutes
> "We were the better team for an hour. But in the Série A, if you switch off for one second, you lose," he said.
Q direct Martín Olivera :: "We were the better team for an hour. But in the Série A, if you switch off for one second, you lose,"
O other Série A
F duration one second
> Vitória visit Fluminense at the Maracanã next Sunday at 4 pm, while Bahia host Grêmio in the Copa do Brasil quarterfinals on Wednesday.
O team Vitória
O team Fluminense
L facility Maracanã
F time 4 pm
O team Bahia
O team Grêmio
> LINE-UPS
> Vitória (4-3-3): Thiago Couto; Wanderson Lima, Caio Neto, Edu Paim, Léo Brandão; Rafinha Goiano (Jhonatan Sabino, 70'), Matheus Índio, Renanzinho; Kelvin Araújo, Nahuel Bracamonte, Gabriel Baiano (Dudu Paraíba, 77'). Coach: Martín Olivera.
O team Vitória
F score 4-3-3
P full Thiago Couto
P full Wanderson Lima
P full Caio Neto
P full Edu Paim
P full Léo Brandão
P full Rafinha Goiano
P full Jhonatan Sabino
P full Matheus Índio
P partial Renanzinho
P full Kelvin Araújo
P full Nahuel Bracamonte
P full Gabriel Baiano
P full Dudu Paraíba
P full Martín Olivera
> Bahia (4-2-3-1): Marcos Tadeu Falcão; Wanderson Júnior, Gilberto Lacerda, Kaíque Serafim, Ruan Pablo; Ramon Fagundes, Yuri Castanheira (Biel Mesquita, 46'); Everaldo Lins, Davi Cajazeiras (Thauan, 75'), Luan Ximenes; Hugo Rosário. Coach: Leandro Sobral.
O team Bahia
F score 4-2-3-1
P full Marcos Tadeu Falcão
P full Wanderson Júnior
P full Gilberto Lacerda
P full Kaíque Serafim
P full Ruan Pablo
P full Ramon Fagundes
P full Yuri Castanheira
P full Biel Mesquita
P full Everaldo Lins
P full Davi Cajazeiras
P partial Thauan
P full Luan Ximenes
P full Hugo Rosário
P full Leandro Sobral
> Goals: Kelvin Araújo 31'; Davi Cajazeiras 58', Thauan 90+3'.
P full Kelvin Araújo
P full Davi Cajazeiras
P partial Thauan
> Yellow cards: Caio Neto, Renanzinho, Nahuel Bracamonte; Ramon Fagundes, Thauan.
P full Caio Neto
P partial Renanzinho
P full Nahuel Bracamonte
P full Ramon Fagundes
P partial Thauan
> Referee: Rodrigo Pires de Almeida (SP). VAR: Anderson Lemos Teixeira (RJ).
P full Rodrigo Pires de Almeida
L region SP
P full Anderson Lemos Teixeira
L region RJ
> Attendance: 29,406. Gross income: R$2,874,150.
F number 29,406
F money R$2,874,150
'''

ARTICLES['472-tasbulak-tungsten-concentrator-abai-region-ayagoz-zhetytas-astana-times'] = r'''
> Business
> Tungsten concentrator opens in Abai region as Kazakhstan courts critical minerals buyers
L region Abai
L country Kazakhstan
> By Aigerim Temirbekkyzy in Business on 14 April 2038
P full Aigerim Temirbekkyzy
F date 14 April 2038
> The Tasbulak concentrator, 140 kilometers north of Ayagoz. Photo credit: Kazinform
L facility Tasbulak
F quantity 140 kilometers
L city Ayagoz
O media Kazinform
> ASTANA – Zhetytas Metals LLP has started commercial production at a tungsten mine and concentrator in the Abai region, the first new tungsten producer in Kazakhstan in more than three decades, the company said on April 13.
L city ASTANA
O company Zhetytas Metals LLP
L region Abai
L country Kazakhstan
F duration three decades
F date April 13
> The KZT 96 billion (US$191 million) project at the Tasbulak deposit, about 140 kilometers north of the town of Ayagoz, will process 420,000 tons of ore a year and produce around 3,100 tons of concentrate grading 65% tungsten trioxide (WO3) once it reaches full capacity in 2040.
F money KZT 96 billion
F money US$191 million
L facility Tasbulak
F quantity 140 kilometers
L city Ayagoz
F quantity 420,000 tons
F quantity 3,100 tons
F percent 65%
F date 2040
> Speaking at the launch ceremony, Abai Region Akim Dauren Kassymzhanuly said the mine had created 460 permanent jobs, 85% of them filled by local residents, with an average monthly salary of 640,000 tenge.
L region Abai Region
P full Dauren Kassymzhanuly
F number 460
F percent 85%
F money 640,000 tenge
> “For decades the wealth of this steppe was carried away as raw ore. Today it leaves Tasbulak as a product, and the wages stay here, in Ayagoz and in Semey,” Kassymzhanuly said.
Q direct Dauren Kassymzhanuly :: “For decades the wealth of this steppe was carried away as raw ore. Today it leaves Tasbulak as a product, and the wages stay here, in Ayagoz and in Semey,”
L facility Tasbulak
L city Ayagoz
L city Semey
P partial Kassymzhanuly
> Tasbulak was explored by Soviet geologists in the 1970s but never developed. Zhetytas, set up in 2033 by a group of Kazakh investors, acquired the license in 2035 and secured a KZT 52 billion loan from the Development Bank of Kazakhstan (DBK) the following year.
L facility Tasbulak
F date 1970s
O company Zhetytas
F date 2033
F date 2035
F money KZT 52 billion
O government Development Bank of Kazakhstan
O government DBK
> Chief executive Yerlan Abdikarimov told The Astana Times that the company had signed offtake agreements for its first five years of output with buyers in Germany and South Korea and was in talks with a Japanese trading house.
P full Yerlan Abdikarimov
O media The Astana Times
F duration five years
L country Germany
L country South Korea
> “Europe and Asia both want tungsten that does not come from China. We are more than 3,000 kilometers from the nearest port, but we have a railway, and that is enough,” he said.
Q direct Yerlan Abdikarimov :: “Europe and Asia both want tungsten that does not come from China. We are more than 3,000 kilometers from the nearest port, but we have a railway, and that is enough,”
L continent Europe
L continent Asia
L country China
F quantity 3,000 kilometers
> Concentrate will be trucked to Ayagoz station on the Turkestan–Siberia Railway, known as the Turksib, and shipped either west through Russia or east through the Dostyk crossing to Chinese ports, the company said.
L facility Ayagoz
L facility Turkestan–Siberia Railway
L facility Turksib
L country Russia
L facility Dostyk
> Tungsten, used in cutting tools, armor-piercing ammunition and chip making, is on the critical raw materials lists of both the European Union and the United States. China accounted for about 80% of world mine output in 2037, according to the US Geological Survey.
O intergovernmental European Union
L country United States
L country China
F percent 80%
F date 2037
O government US Geological Survey
> The Ministry of Industry and Construction said in a statement that the launch “opens a new page” for the country’s metals industry and that four more tungsten and molybdenum deposits in the Karaganda and Abai regions would be offered at auction in the second half of 2038.
O government Ministry of Industry and Construction
Q direct Ministry of Industry and Construction :: “opens a new page”
F number four
L region Karaganda
L region Abai
F date 2038
> Not everyone at the ceremony was celebrating. In Akbulak, a village of about 900 people 12 kilometers downstream of the tailings dam, herder Bolat Zhaksylykov, 57, said residents had been promised water tests every quarter but had seen no results since construction began in 2036.
L city Akbulak
F number 900
F quantity 12 kilometers
P full Bolat Zhaksylykov
F age 57
F date 2036
> “Our sheep drink from the Ayagoz River. If the dam leaks, who will pay us for the dead animals? The company, the akimat, or nobody?” he said.
Q direct Bolat Zhaksylykov :: “Our sheep drink from the Ayagoz River. If the dam leaks, who will pay us for the dead animals? The company, the akimat, or nobody?”
L geo Ayagoz River
> Abdikarimov said the tailings facility had been built to international standards and that the results of the tests, carried out by an accredited laboratory in Oskemen (Ust-Kamenogorsk), would be published on the company’s website from May.
P partial Abdikarimov
L city Oskemen
L city Ust-Kamenogorsk
> Kazakhstan aims to raise the share of processed goods in its mining exports from 31% in 2037 to 40% by 2040, according to the ministry.
L country Kazakhstan
F percent 31%
F date 2037
F percent 40%
F date 2040
'''

ARTICLES['473-ajiya-kano-fintech-non-interest-microfinance-bank-cbn-approval-daily-trust'] = r'''
> Business
> CBN approves Kano fintech Ajiya's bid to become non-interest microfinance bank
O government CBN
L city Kano
O company Ajiya
> By Ibrahim Sani Danbatta, Kano
P full Ibrahim Sani Danbatta
L city Kano
> Thu, 9 Feb 2040 6:15 WAT
F date 9 Feb 2040
F time 6:15 WAT
> A POS agent attends to customers at the Kantin Kwari market in Kano. Photo: Abubakar Yakubu Gwarzo
L facility Kantin Kwari
L city Kano
P full Abubakar Yakubu Gwarzo
> The Central Bank of Nigeria (CBN) has granted Approval-in-Principle to Ajiya Payments Limited, a Kano-based fintech that runs a network of 11,400 point-of-sale agents across the North-West, to convert into a state non-interest microfinance bank.
O government Central Bank of Nigeria
O government CBN
O company Ajiya Payments Limited
L city Kano
F number 11,400
L region North-West
> In a letter dated February 3, 2040 and seen by Daily Trust, the apex bank said the company must raise its paid-up capital to N5 billion, set up a board-level Shari'ah committee and "demonstrate adequate capital and governance" within six months before a final licence can be issued.
F date February 3, 2040
O media Daily Trust
F money N5 billion
Q direct Central Bank of Nigeria :: "demonstrate adequate capital and governance"
F duration six months
> Ajiya, whose name means "safe keeping" in Hausa, was founded in 2034 by Hauwa Bichi, a former branch manager at Jaiz Bank. It processed N1.26 trillion in transactions in 2039, up 48 per cent on the previous year, according to figures shared with Daily Trust.
O company Ajiya
Q scare - :: "safe keeping"
F date 2034
P full Hauwa Bichi
O company Jaiz Bank
F money N1.26 trillion
F date 2039
F percent 48 per cent
O media Daily Trust
> Most of its agents work in markets such as Kantin Kwari, Kurmi and Sabon Gari in Kano, and in Dutse and Katsina, where many traders avoid conventional banks because of the interest they charge.
L facility Kantin Kwari
L facility Kurmi
L facility Sabon Gari
L city Kano
L city Dutse
L city Katsina
> "Our customers are traders who keep their money under the mattress or with a relative because they will not touch riba," Bichi, 41, told Daily Trust in her office on Zoo Road. "Now they will have a bank that speaks their language and respects their faith."
Q direct Hauwa Bichi :: "Our customers are traders who keep their money under the mattress or with a relative because they will not touch riba,"
P partial Bichi
F age 41
O media Daily Trust
L street Zoo Road
Q direct Hauwa Bichi :: "Now they will have a bank that speaks their language and respects their faith."
> She said the bank would open its first branches in the Nassarawa and Fagge local government areas of Kano State and add 40 more outlets by the end of 2041.
L region Nassarawa
L region Fagge
L region Kano State
F number 40
F date 2041
> Ajiya's agents charge a flat N100 on withdrawals of up to N10,000, against the N200 or more that many agents in the city demanded during last year's cash squeeze. The company has 214 staff and raised $6.5 million in 2037 from investors including Lagos-based Tamarind Ventures.
O company Ajiya
F money N100
F money N10,000
F money N200
F number 214
F money $6.5 million
F date 2037
L city Lagos
O company Tamarind Ventures
> A senior CBN official, who asked not to be named because he was not authorised to speak to the press, said the bank had received 23 applications for non-interest microfinance licences since 2038, "most of them from the North".
O government CBN
F number 23
F date 2038
Q direct - :: "most of them from the North"
L region North
> "The conversion will let Ajiya take deposits, and that is where the real money is. A wallet cannot lend; a bank can," said Chidinma Okonkwo-Bello, head of banking research at Harbourline Securities in Lagos.
Q direct Chidinma Okonkwo-Bello :: "The conversion will let Ajiya take deposits, and that is where the real money is. A wallet cannot lend; a bank can,"
O company Ajiya
P full Chidinma Okonkwo-Bello
O company Harbourline Securities
L city Lagos
> She said the new bank would compete with much larger agent networks such as Moniepoint and OPay, and with Jaiz Bank, which opened in 2012 as Nigeria's first non-interest lender.
O company Moniepoint
O company OPay
O company Jaiz Bank
F date 2012
L country Nigeria
> At Kantin Kwari, Alhaji Musa Dan'azumi, 63, who sells brocade and lace, said he moved his savings from a conventional bank to an Ajiya wallet in 2038.
L facility Kantin Kwari
P full Musa Dan'azumi
F age 63
O company Ajiya
F date 2038
> "I pay my boys every Friday through the agent. I don't carry N3 million in a bag to the market any more," he said. "If Ajiya becomes a bank, I will keep everything there."
Q direct Musa Dan'azumi :: "I pay my boys every Friday through the agent. I don't carry N3 million in a bag to the market any more,"
F money N3 million
Q direct Musa Dan'azumi :: "If Ajiya becomes a bank, I will keep everything there."
O company Ajiya
> Deposits in the new bank will be insured by the Nigeria Deposit Insurance Corporation (NDIC), the CBN letter said, and the company will keep its payments licence for the agent network until the conversion is complete.
O government Nigeria Deposit Insurance Corporation
O government NDIC
O government CBN
'''

ARTICLES['474-moira-credit-union-treasurer-jailed-gambling-craigavon-crown-court-belfast-live'] = r'''
> Courts
> 'I let down people who trusted me' - Moira credit union treasurer jailed over £186k theft
Q direct Rosaleen Hanvey :: 'I let down people who trusted me'
L city Moira
F money £186k
> Rosaleen Hanvey, 58, stole from members' accounts for six years to feed an online gambling habit, Craigavon Crown Court heard
P full Rosaleen Hanvey
F age 58
F duration six years
O government Craigavon Crown Court
> By Aoife Nic Ruairí
P full Aoife Nic Ruairí
> Court Reporter
> 16:05, 19 MAR 2038
F time 16:05
F date 19 MAR 2038
> Craigavon Courthouse (Image: Pacemaker Press)
L facility Craigavon Courthouse
O media Pacemaker Press
> A former credit union treasurer from Moira who stole more than £186,000 from members' savings, including the accounts of elderly widows, to fund online gambling has been jailed.
L city Moira
F money £186,000
> Rosaleen Hanvey, 58, of Meeting Street, Moira, Co Down, was sentenced at Craigavon Crown Court on Friday to two years and eight months, half of which she will serve in custody and half on licence.
P full Rosaleen Hanvey
F age 58
L street Meeting Street
L city Moira
L region Co Down
O government Craigavon Crown Court
F duration two years
F duration eight months
F fraction half
F fraction half
> She had pleaded guilty to 14 counts of theft and one of false accounting relating to Maze and Moira Credit Union between March 2031 and August 2037.
F number 14
F number one
O company Maze and Moira Credit Union
F date March 2031
F date August 2037
> Prosecuting, Crown barrister Ciarán Mac Giolla Bhríde told the court that Hanvey, the credit union's volunteer treasurer since 2026, made 412 transfers from 23 members' accounts into her own and her son's, usually for less than £500 at a time to stay under the level that needed a second signature.
P full Ciarán Mac Giolla Bhríde
P partial Hanvey
F date 2026
F number 412
F number 23
F money £500
> Many of those targeted were elderly members who rarely checked their statements. One, an 84-year-old widow from Magheralin, lost £31,200, money she had set aside for her funeral.
F age 84-year-old
L city Magheralin
F money £31,200
> In a victim impact statement read to the court, the woman said: “I trusted her with my savings book for 20 years. I sat beside her in church. I don’t think I will ever walk into that office again.”
Q direct - :: “I trusted her with my savings book for 20 years. I sat beside her in church. I don’t think I will ever walk into that office again.”
F duration 20 years
> The thefts came to light in September 2037 when an internal audit flagged a series of small transfers, and the credit union's board reported the matter to the PSNI's Economic Crime Unit.
F date September 2037
O government PSNI
O government Economic Crime Unit
> Mr Mac Giolla Bhríde said bank records showed Hanvey had spent £241,000 with more than 30 online gambling companies over the period and had withdrawn a further €9,800 in cash at casinos in Dundalk, across the border in the Republic. About £38,500 has since been repaid.
P partial Mac Giolla Bhríde
P partial Hanvey
F money £241,000
F number 30
F money €9,800
L city Dundalk
L country Republic
F money £38,500
> Defending, Gareth Blakely KC said his client, a mother of three and a former classroom assistant, had been “consumed” by gambling after the death of her husband in 2030 and had attended Gamblers Anonymous meetings in Lisburn every week since her arrest.
P full Gareth Blakely
F number three
Q direct Gareth Blakely :: “consumed”
F date 2030
O nonprofit Gamblers Anonymous
L city Lisburn
> He handed the judge a letter in which Hanvey wrote: “I let down people who trusted me, people I grew up with. There is no excuse and I am not looking for one.”
P partial Hanvey
Q direct Rosaleen Hanvey :: “I let down people who trusted me, people I grew up with. There is no excuse and I am not looking for one.”
> Sentencing, Judge Patricia Doran KC said the offences were “a grave breach of trust” against “the very people a credit union exists to protect”.
P full Patricia Doran
Q direct Patricia Doran :: “a grave breach of trust”
Q direct Patricia Doran :: “the very people a credit union exists to protect”
> “Credit unions in small towns like Moira are run by volunteers and rest entirely on trust. The defendant held the keys to that trust and used them to empty the accounts of people who had known her all her life.
Q direct Patricia Doran :: “Credit unions in small towns like Moira are run by volunteers and rest entirely on trust. The defendant held the keys to that trust and used them to empty the accounts of people who had known her all her life.
L city Moira
> “I accept that her remorse is genuine. But only an immediate custodial sentence can mark the gravity of what she did,” Judge Doran said.
Q direct Patricia Doran :: “I accept that her remorse is genuine. But only an immediate custodial sentence can mark the gravity of what she did,”
P partial Doran
> Speaking after the hearing, Detective Inspector Lorraine Beattie of the PSNI's Economic Crime Unit said: “This was a calculated betrayal of neighbours and friends. Anyone who has concerns about money held on their behalf can contact us on 101.”
P full Lorraine Beattie
O government PSNI
O government Economic Crime Unit
Q direct Lorraine Beattie :: “This was a calculated betrayal of neighbours and friends. Anyone who has concerns about money held on their behalf can contact us on 101.”
> Maze and Moira Credit Union, which has about 2,900 members, said in a statement that all of the affected members had been repaid in full through its insurers and that it had “strengthened its controls”.
O company Maze and Moira Credit Union
F number 2,900
Q direct Maze and Moira Credit Union :: “strengthened its controls”
> Hanvey, who wept as she was led from the dock, was taken to Hydebank Wood women's prison in south Belfast.
P partial Hanvey
L facility Hydebank Wood
L city Belfast
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
