#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval52 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval52/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['355-constantine-140-homes-refused-helford-falmouth-packet'] = r'''
> News
> ‘It would swallow the village’: councillors refuse 140 homes at Constantine
Q direct Morwenna Pascoe :: ‘It would swallow the village’
F number 140
L city Constantine
> Cornwall Council’s strategic planning committee turned down the scheme for farmland above the Helford River by seven votes to five after 412 objections
O government Cornwall Council
L geo Helford River
F number seven
F number five
F number 412
> By Jenna Kitto-Rowe
P full Jenna Kitto-Rowe
> Local Democracy Reporter
> 19th March 2038
F date 19th March 2038
> Grazing land off Bowling Green on the northern edge of Constantine, where Trevarth Homes wanted to build (Image: Constantine Parish Council)
L street Bowling Green
L city Constantine
O company Trevarth Homes
O government Constantine Parish Council
> Plans for 140 homes on farmland at Constantine, near Falmouth, have been refused after villagers warned that the estate would “swallow” the village and send hundreds more cars down narrow lanes towards the Helford.
F number 140
L city Constantine
L city Falmouth
Q direct - :: “swallow”
L geo Helford
> Members of Cornwall Council’s strategic planning committee voted seven to five, with one abstention, to turn down the application from Trevarth Homes Ltd at a meeting at Lys Kernow, the council’s headquarters in Truro, on Thursday (March 18).
O government Cornwall Council
F number seven
F number five
F number one
O company Trevarth Homes Ltd
L facility Lys Kernow
L city Truro
F date March 18
> The Truro-based developer wanted to build the homes, 35 per cent of them affordable, on 6.4 hectares of grazing land off Bowling Green, with a new access road, a play area and 1.2 hectares of public open space.
L city Truro
F percent 35 per cent
F quantity 6.4 hectares
L street Bowling Green
F quantity 1.2 hectares
> Planning officers had recommended approval, saying the council could not show a five-year supply of land for housing, even though the site lies inside the Cornwall National Landscape, the area formerly designated as an Area of Outstanding Natural Beauty.
F duration five-year
L region Cornwall National Landscape
> Morwenna Pascoe, chairwoman of Constantine Parish Council, told the committee: “This is a village of about 1,900 people with one shop, two pubs and a primary school that is already full. One hundred and forty homes would bring something like 300 more people and 250 more cars. It would swallow the village.
P full Morwenna Pascoe
O government Constantine Parish Council
Q direct Morwenna Pascoe :: “This is a village of about 1,900 people with one shop, two pubs and a primary school that is already full. One hundred and forty homes would bring something like 300 more people and 250 more cars. It would swallow the village.
F number 1,900
F number one
F number two
F number One hundred and forty
F number 300
F number 250
> “Every one of those cars would go out past the school or down through Port Navas and Gweek. Those lanes were built for carts and cattle, not for the school run.”
Q direct Morwenna Pascoe :: “Every one of those cars would go out past the school or down through Port Navas and Gweek. Those lanes were built for carts and cattle, not for the school run.”
L city Port Navas
L city Gweek
> The parish council said 412 residents had written to object, which it believed was a record for the parish.
F number 412
> Cornwall Wildlife Trust also objected, warning that run-off from the site could reach the oyster beds of the Helford and the eelgrass at its mouth, which it called “fragile and already under pressure”.
O nonprofit Cornwall Wildlife Trust
L geo Helford
Q direct Cornwall Wildlife Trust :: “fragile and already under pressure”
> Cllr Loveday Rowe, who represents Constantine, Mabe and Mawnan on the council, said the village was not against new homes.
P full Loveday Rowe
L region Constantine, Mabe and Mawnan
> "We have a waiting list of young families who grew up here and cannot afford to stay. But 140 executive houses at £450,000 each on a field above the Helford is not the answer to that," she said.
Q direct Loveday Rowe :: "We have a waiting list of young families who grew up here and cannot afford to stay. But 140 executive houses at £450,000 each on a field above the Helford is not the answer to that,"
F number 140
F money £450,000
L geo Helford
> Kieran Bolitho, planning director at Trevarth Homes, told councillors the company had cut the scheme from 165 homes to 140 after a public consultation in 2037 and had offered £1.3m towards school places, bus services and highway works.
P full Kieran Bolitho
O company Trevarth Homes
F number 165
F number 140
F date 2037
F money £1.3m
> “We listened, we cut the numbers and we doubled the open space. Cornwall needs more than 2,600 new homes a year, and villages like Constantine have to take their share,” he said.
Q direct Kieran Bolitho :: “We listened, we cut the numbers and we doubled the open space. Cornwall needs more than 2,600 new homes a year, and villages like Constantine have to take their share,”
L region Cornwall
F number 2,600
L city Constantine
> Mr Bolitho said Trevarth would “look carefully” at the reasons for refusal before deciding whether to appeal. Developers have six months to lodge an appeal with the Planning Inspectorate.
P partial Bolitho
O company Trevarth
Q direct Kieran Bolitho :: “look carefully”
F duration six months
O government Planning Inspectorate
> Committee chairman Cllr Hedley Carne said the decision had been “finely balanced”. Councillors who voted against the scheme cited its size, its impact on the landscape and the lack of places at Constantine Primary School, which has 118 pupils on its roll and a waiting list for the reception class.
P full Hedley Carne
Q direct Hedley Carne :: “finely balanced”
O education Constantine Primary School
F number 118
> Residents of neighbouring Mawnan Smith have also formed a group to fight plans for 60 homes on the edge of that village, which are expected to be submitted in the summer.
L city Mawnan Smith
F number 60
> A separate application for 38 homes at Budock Water, between Constantine and Falmouth, will go before the same committee on April 15.
F number 38
L city Budock Water
L city Constantine
L city Falmouth
F date April 15
'''

ARTICLES['356-dhaleshwari-leather-lwg-gold-savar-finishing-unit-tbs'] = r'''
> Economy
> Dhaleshwari Leather wins LWG gold, plans Tk465cr finishing unit at Savar
O company Dhaleshwari Leather
O nonprofit LWG
F money Tk465cr
L city Savar
> The Hemayetpur tannery is only the fifth in the Savar estate to win the top rating from the Leather Working Group, which most European footwear brands demand from suppliers
L city Hemayetpur
L city Savar
O nonprofit Leather Working Group
> Sharmin Akter Rumi
P full Sharmin Akter Rumi
> 14 March, 2038, 09:40 pm
F date 14 March, 2038
F time 09:40 pm
> Last modified: 14 March, 2038, 10:12 pm
F date 14 March, 2038
F time 10:12 pm
> Workers sort crust leather at the Dhaleshwari factory in the BSCIC Tannery Industrial Estate at Hemayetpur, Savar. Photo: Courtesy
O company Dhaleshwari
L facility BSCIC Tannery Industrial Estate
L city Hemayetpur
L city Savar
> Dhaleshwari Tanning & Finishing PLC, one of the largest tanneries in the BSCIC Tannery Industrial Estate in Savar, has won a gold rating from the Leather Working Group (LWG), the environmental certification body whose audit most European and American footwear brands require from their suppliers.
O company Dhaleshwari Tanning & Finishing PLC
L facility BSCIC Tannery Industrial Estate
L city Savar
O nonprofit Leather Working Group
O nonprofit LWG
> The company, listed on the Dhaka Stock Exchange since 2031, also plans to invest Tk465 crore in a finishing unit and a chrome-recovery plant at the estate, its managing director Md Shafiqul Islam Bhuiyan told The Business Standard on Saturday.
O company Dhaka Stock Exchange
F date 2031
F money Tk465 crore
P full Md Shafiqul Islam Bhuiyan
O media The Business Standard
> "Buyers from Italy and Spain used to visit our factory, take photos of the effluent drain and leave. Now they are asking for samples," he said. "This rating is our passport. Without it, we sell wet blue to China at half the price."
Q direct Md Shafiqul Islam Bhuiyan :: "Buyers from Italy and Spain used to visit our factory, take photos of the effluent drain and leave. Now they are asking for samples,"
L country Italy
L country Spain
Q direct Md Shafiqul Islam Bhuiyan :: "This rating is our passport. Without it, we sell wet blue to China at half the price."
L country China
F fraction half
> The investment will be financed with Tk280 crore in loans from Sonali Bank and Eastern Bank, and the rest from the company's own funds and a rights issue, which needs approval from the Bangladesh Securities and Exchange Commission (BSEC).
F money Tk280 crore
O company Sonali Bank
O company Eastern Bank
O government Bangladesh Securities and Exchange Commission
O government BSEC
> Once running in the second half of 2039, the new unit will raise the company's finished-leather capacity from 1.8 crore square feet a year to 3.2 crore square feet and create about 1,100 jobs, Bhuiyan said.
F date 2039
F quantity 1.8 crore square feet
F quantity 3.2 crore square feet
F number 1,100
P partial Bhuiyan
> Dhaleshwari exported leather worth $41.6 million in FY2036-37, about 62% of it to China and Hong Kong. It aims to raise exports to $75 million within three years of the unit opening, with Italian, Spanish and Japanese shoemakers as the main buyers.
O company Dhaleshwari
F money $41.6 million
F date FY2036-37
F percent 62%
L country China
L city Hong Kong
F money $75 million
F duration three years
> Bangladesh earned $1.14 billion from leather and leather goods in FY2036-37, up 9.3% year-on-year, according to the Export Promotion Bureau (EPB).
L country Bangladesh
F money $1.14 billion
F date FY2036-37
F percent 9.3%
O government Export Promotion Bureau
O government EPB
> Exporters have long blamed the estate's central effluent treatment plant, which has failed to meet discharge standards since the tanneries were moved from Hazaribagh in Dhaka in 2017, for keeping most of the industry out of the LWG scheme. Only 11 of the 142 tanneries operating at Savar hold any LWG rating, according to the Bangladesh Tanners Association (BTA).
L city Hazaribagh
L city Dhaka
F date 2017
O nonprofit LWG
F number 11
F number 142
L city Savar
O nonprofit LWG
O nonprofit Bangladesh Tanners Association
O nonprofit BTA
> Sheikh Rezwanul Karim, general secretary of the BTA, welcomed the rating but said one factory could not change the reputation of the whole estate.
P full Sheikh Rezwanul Karim
O nonprofit BTA
F number one
> “The effluent plant still cannot handle the chrome load after Eid-ul-Azha, when we process nearly 90 lakh rawhides in two months. Until that is fixed, every buyer who visits Savar sees the same black water,” he said.
Q direct Sheikh Rezwanul Karim :: “The effluent plant still cannot handle the chrome load after Eid-ul-Azha, when we process nearly 90 lakh rawhides in two months. Until that is fixed, every buyer who visits Savar sees the same black water,”
F number 90 lakh
F duration two months
L city Savar
> The Ministry of Industries said in a statement last month that an upgrade of the effluent plant, estimated at Tk1,150 crore, would make the estate “fully compliant” by December 2039.
O government Ministry of Industries
F money Tk1,150 crore
Q direct Ministry of Industries :: “fully compliant”
F date December 2039
> An analyst at a Dhaka-based brokerage, who asked not to be named, said the rights issue could dilute existing shareholders by up to 25%, but that the rating changed how investors valued the company.
L city Dhaka
F percent 25%
> "The market has priced Dhaleshwari as a wet-blue seller to China. If it can sell finished leather to Italy, the margins are completely different," the analyst said.
Q direct - :: "The market has priced Dhaleshwari as a wet-blue seller to China. If it can sell finished leather to Italy, the margins are completely different,"
O company Dhaleshwari
L country China
L country Italy
> Dhaleshwari shares rose 4.8% to Tk58.70 on the DSE on Sunday, while the benchmark DSEX index fell 0.3%.
O company Dhaleshwari
F percent 4.8%
F money Tk58.70
O company DSE
F percent 0.3%
> The company was founded in Hazaribagh in 1987 by the late Alhaj Abdul Khaleque Bhuiyan, the managing director's father, and now employs 2,400 people.
L city Hazaribagh
F date 1987
P full Abdul Khaleque Bhuiyan
F number 2,400
'''

ARTICLES['357-acropolis-rally-kahkonen-tarzan-lamia-results-dirtfish'] = r'''
> WRC
O other WRC
> Kähkönen tames Tarzan to win Acropolis Rally Greece
P partial Kähkönen
L street Tarzan
> The Toyota driver beat Hyundai's Thibault Vanderplancke by 18.9 seconds after a three-way fight on the hottest Acropolis in years
O team Toyota
O team Hyundai
P full Thibault Vanderplancke
F duration 18.9 seconds
F number three
> By Rhys Tanqueray
P full Rhys Tanqueray
> June 6, 2038
F date June 6, 2038
> Aaro Kähkönen and Joonas Rautiainen on the Tarzan stage on Sunday morning. Photo: Toyota Gazoo Racing
P full Aaro Kähkönen
P full Joonas Rautiainen
L street Tarzan
O team Toyota Gazoo Racing
> Aaro Kähkönen won Acropolis Rally Greece for the first time on Sunday, taking his Toyota to an 18.9-second victory over Thibault Vanderplancke after the Belgian's Hyundai lost its power steering on the penultimate stage.
P full Aaro Kähkönen
O team Toyota
F duration 18.9-second
P full Thibault Vanderplancke
O team Hyundai
> It was the 27-year-old Finn's third win of the season, and it moves him 14 points clear of Vanderplancke at the top of the drivers' championship with six rounds remaining.
F age 27-year-old
F number 14
P partial Vanderplancke
F number six
> Kähkönen and co-driver Joonas Rautiainen led from the first gravel stage on Friday morning, but their margin never grew beyond 25 seconds as temperatures climbed to 38C and the rocks of the Loutraki and Pissonas stages punctured tyres up and down the field. The rally's 15 stages covered 302.6km in all, and crews also complained of "fesh-fesh", the deep, powdery dust that hides ruts and rocks.
P partial Kähkönen
P full Joonas Rautiainen
F duration 25 seconds
F quantity 38C
L street Loutraki
L street Pissonas
F number 15
F quantity 302.6km
Q scare - :: "fesh-fesh"
> "Honestly, I didn't enjoy one kilometre of it. You drive at 90 percent everywhere and you still don't know if the car will be in one piece at the end," Kähkönen said at the finish in Lamia.
Q direct Aaro Kähkönen :: "Honestly, I didn't enjoy one kilometre of it. You drive at 90 percent everywhere and you still don't know if the car will be in one piece at the end,"
F quantity one kilometre
F percent 90 percent
P partial Kähkönen
L city Lamia
> "Thibault pushed me all weekend. Without his problem this morning it would have been a fight to the last corner."
Q direct Aaro Kähkönen :: "Thibault pushed me all weekend. Without his problem this morning it would have been a fight to the last corner."
P partial Thibault
> Vanderplancke, who had cut the gap to 4.6 seconds by winning Tarzan on Sunday morning, lost almost 15 seconds on the 21.4km Bauxites test when the steering failed two kilometres from the finish.
P partial Vanderplancke
F duration 4.6 seconds
L street Tarzan
F duration 15 seconds
F quantity 21.4km
L street Bauxites
F quantity two kilometres
> "It's like driving a truck. I had to use the whole road and my arms are finished," said Vanderplancke, who had also won the opening super special at the Olympic Stadium in Athens on Thursday night.
Q direct Thibault Vanderplancke :: "It's like driving a truck. I had to use the whole road and my arms are finished,"
P partial Vanderplancke
L facility Olympic Stadium
L city Athens
> Kaspar Ots completed the podium for M-Sport Ford, 1m12.5s further back, on what the Estonian called "the roughest rally I have ever finished".
P full Kaspar Ots
O team M-Sport Ford
F duration 1m12.5s
Q direct Kaspar Ots :: "the roughest rally I have ever finished"
> Toyota's Haruto Sakamoto was fourth despite a roll on Saturday's first pass through Elatia that cost him more than two minutes, while Hyundai's third driver, Tiago Sousa Magalhães, retired from fifth place on Saturday afternoon when a rock broke his right-rear suspension.
O team Toyota
P full Haruto Sakamoto
L street Elatia
F duration two minutes
O team Hyundai
P full Tiago Sousa Magalhães
> Organisers cancelled the second run through Pissonas after a brush fire broke out near the stage, and the Hellenic Fire Service asked for the road to be kept clear. The FIA gave notional times to the 11 crews that had not yet started it.
L street Pissonas
O government Hellenic Fire Service
O other FIA
F number 11
> Local driver Stelios Karamolegkos won the WRC2 class in a Škoda Fabia RS Rally2, finishing sixth overall in front of spectators who lined the roads in their thousands.
P full Stelios Karamolegkos
> The championship continues with Rally Estonia, based in Tartu, on July 15-18.
L city Tartu
F date July 15-18
> Acropolis Rally Greece: Final Classification
> 1 Aaro Kähkönen/Joonas Rautiainen (Toyota GR Yaris Rally1) 3h41m27.4s
P full Aaro Kähkönen
P full Joonas Rautiainen
F duration 3h41m27.4s
> 2 Thibault Vanderplancke/Lore Van Hecke (Hyundai i20 N Rally1) +18.9s
P full Thibault Vanderplancke
P full Lore Van Hecke
F duration +18.9s
> 3 Kaspar Ots/Rauno Pärn (Ford Puma Rally1) +1m12.5s
P full Kaspar Ots
P full Rauno Pärn
F duration +1m12.5s
> 4 Haruto Sakamoto/Kenta Mori (Toyota GR Yaris Rally1) +3m04.8s
P full Haruto Sakamoto
P full Kenta Mori
F duration +3m04.8s
> 5 Grégoire Lacombe/Anaïs Delorme (Ford Puma Rally1) +5m40.2s
P full Grégoire Lacombe
P full Anaïs Delorme
F duration +5m40.2s
> 6 Stelios Karamolegkos/Yiannis Tsoukalas (Škoda Fabia RS Rally2) +9m18.7s
P full Stelios Karamolegkos
P full Yiannis Tsoukalas
F duration +9m18.7s
> 7 Oskar Wiśniewski/Paweł Zdunek (Toyota GR Yaris Rally2) +10m02.3s
P full Oskar Wiśniewski
P full Paweł Zdunek
F duration +10m02.3s
> 8 Mateo Ferreyra Aranda/Lucía Bazán (Citroën C3 Rally2) +11m47.9s
P full Mateo Ferreyra Aranda
P full Lucía Bazán
F duration +11m47.9s
> Drivers' championship after round 7: 1 Kähkönen 148, 2 Vanderplancke 134, 3 Sakamoto 101, 4 Ots 87, 5 Sousa Magalhães 76
P partial Kähkönen
F number 148
P partial Vanderplancke
F number 134
P partial Sakamoto
F number 101
P partial Ots
F number 87
P partial Sousa Magalhães
F number 76
'''

ARTICLES['358-zvishavane-ferrochrome-smelter-load-shedding-workers-newsday'] = r'''
> Business
> Zvishavane smelter sends 400 workers home as power cuts bite
L city Zvishavane
F number 400
> BY PRIVILEGE MAKONI
P full PRIVILEGE MAKONI
> March 16, 2038
F date March 16, 2038
> Workers gather outside the gates of Great Dyke Ferroalloys’ smelter in Zvishavane yesterday. — Picture: Kudzai Mapfumo-Ndlovu
O company Great Dyke Ferroalloys
L city Zvishavane
P full Kudzai Mapfumo-Ndlovu
> A FERROCHROME smelter in Zvishavane has sent 400 of its 650 workers on forced leave and shut down two of its three furnaces after power cuts of up to 18 hours a day made production unviable, the company said yesterday.
L city Zvishavane
F number 400
F number 650
F number two
F number three
F duration 18 hours
> Great Dyke Ferroalloys (Pvt) Ltd, which produces high-carbon ferrochrome from ore mined along the Great Dyke in the Midlands province, said the furnaces would stay cold “until supply from Zesa is stable and predictable”.
O company Great Dyke Ferroalloys (Pvt) Ltd
L geo Great Dyke
L region Midlands
Q direct Great Dyke Ferroalloys (Pvt) Ltd :: “until supply from Zesa is stable and predictable”
O company Zesa
> In a letter to employees dated March 12, chief executive Godknows Mapuranga said each furnace needed a steady 22 megawatts (MW) and could not be switched on and off with load-shedding.
F date March 12
P full Godknows Mapuranga
F quantity 22 megawatts
> “A furnace is not a stove. Every time it trips, we lose the heat, the metal freezes in the hearth and we spend four days and about US$180 000 bringing it back,” the letter said.
Q direct Godknows Mapuranga :: “A furnace is not a stove. Every time it trips, we lose the heat, the metal freezes in the hearth and we spend four days and about US$180 000 bringing it back,”
F duration four days
F money US$180 000
> The company said it had lost about 4 200 tonnes of output since January, worth about US$7,8 million at current prices.
F quantity 4 200 tonnes
F money US$7,8 million
> Mapuranga told NewsDay that no jobs had been cut yet.
P partial Mapuranga
O media NewsDay
> “We have paid everyone their full March salaries, but from April those at home will get 60% of basic pay. We are not retrenching anybody. If the power comes back, the furnaces come back, and so do the people,” he said.
Q direct Godknows Mapuranga :: “We have paid everyone their full March salaries, but from April those at home will get 60% of basic pay. We are not retrenching anybody. If the power comes back, the furnaces come back, and so do the people,”
F percent 60%
> The Zimbabwe Electricity Transmission and Distribution Company (ZETDC), a Zesa Holdings subsidiary, said load-shedding had worsened because generation at Kariba South Power Station had been cut to 300MW as the level of Lake Kariba fell, while two units at Hwange Power Station were down for maintenance.
O company Zimbabwe Electricity Transmission and Distribution Company
O company ZETDC
O company Zesa Holdings
L facility Kariba South Power Station
F quantity 300MW
L geo Lake Kariba
F number two
L facility Hwange Power Station
> “Customers, including industrial users, are advised to use power sparingly during peak hours,” ZETDC said in a statement.
Q direct Zimbabwe Electricity Transmission and Distribution Company :: “Customers, including industrial users, are advised to use power sparingly during peak hours,”
O company ZETDC
> Loveness Hove, the Midlands organiser of the Associated Mine Workers Union of Zimbabwe (AMWUZ), said workers could not survive on reduced pay.
P full Loveness Hove
L region Midlands
O nonprofit Associated Mine Workers Union of Zimbabwe
O nonprofit AMWUZ
> “A general hand earns ZiG4 500 a month. Take away 40% and you cannot pay rent in Mandava and feed a family,” she said, adding that the union would meet the company and the Ministry of Mines and Mining Development on Thursday.
Q direct Loveness Hove :: “A general hand earns ZiG4 500 a month. Take away 40% and you cannot pay rent in Mandava and feed a family,”
F money ZiG4 500
F percent 40%
L city Mandava
O government Ministry of Mines and Mining Development
> Two smaller smelters in Shurugwi and Gweru closed in February.
F number Two
L city Shurugwi
L city Gweru
> Zvishavane grew around the Shabanie Mine, which produced asbestos until 2008, and still depends on mining, much of it now by small-scale gold panners known locally as “makorokoza”. The Mimosa platinum mine, about 35km east of the town, draws power from a dedicated line and has not been affected, according to the Chamber of Mines of Zimbabwe.
L city Zvishavane
L facility Shabanie Mine
F date 2008
Q scare - :: “makorokoza”
L facility Mimosa
F quantity 35km
O nonprofit Chamber of Mines of Zimbabwe
> Harare-based economist Precious Chiwenga said the ferrochrome industry, which earned the country US$612 million in 2037, was “bleeding”.
L city Harare
P full Precious Chiwenga
F money US$612 million
F date 2037
Q direct Precious Chiwenga :: “bleeding”
> “Smelters on the Great Dyke compete with South African and Chinese producers who have power 24 hours a day. Every week of load-shedding is business handed to Rustenburg,” he said.
Q direct Precious Chiwenga :: “Smelters on the Great Dyke compete with South African and Chinese producers who have power 24 hours a day. Every week of load-shedding is business handed to Rustenburg,”
L geo Great Dyke
F duration 24 hours
L city Rustenburg
> Zvishavane Town Council chairperson Rutendo Moyo-Sibanda said the smelter paid about ZiG1,2 million a month in rates and water bills.
O government Zvishavane Town Council
P full Rutendo Moyo-Sibanda
F money ZiG1,2 million
> “When those furnaces go cold, the whole town goes cold. The vendors at the bus terminus feel it first,” she said.
Q direct Rutendo Moyo-Sibanda :: “When those furnaces go cold, the whole town goes cold. The vendors at the bus terminus feel it first,”
'''

ARTICLES['359-charleston-stormwater-fee-church-creek-west-ashley-post-and-courier'] = r'''
> Politics
> Charleston council raises stormwater fee 8-5 to pay for Church Creek drainage fix
L city Charleston
F number 8-5
L geo Church Creek
> Homeowners will pay $14 a month instead of $10, the first increase since 2033
F money $14
F money $10
F date 2033
> By Hollis Ravenel hravenel@postandcourier.com
P full Hollis Ravenel
> Mar 9, 2038 Updated Mar 10, 2038
F date Mar 9, 2038
F date Mar 10, 2038
> Floodwater covers Bees Ferry Road near Church Creek in West Ashley after heavy rain on Aug. 22, 2037. Mikell Pryor/Staff
L street Bees Ferry Road
L geo Church Creek
L city West Ashley
F date Aug. 22, 2037
P full Mikell Pryor
> Charleston City Council voted 8-5 on Tuesday to raise the city’s stormwater fee by 40%, the first increase in five years, to help pay for a $186 million plan to stop the repeated flooding of homes around Church Creek in West Ashley.
O government Charleston City Council
F number 8-5
F percent 40%
F duration five years
F money $186 million
L geo Church Creek
L city West Ashley
> The monthly fee for a typical single-family home will rise from $10 to $14 on July 1. Businesses, which pay according to the amount of paved surface on their lots, will see their bills rise by the same proportion.
F money $10
F money $14
F date July 1
> City officials say the increase will bring in about $9.2 million a year, enough to borrow roughly $120 million over 20 years for the Church Creek project. It includes two pump stations, a 14-acre detention pond off Bees Ferry Road and the buyout of 63 homes in Shadowmoss and nearby subdivisions.
F money $9.2 million
F money $120 million
F duration 20 years
L geo Church Creek
F number two
F quantity 14-acre
L street Bees Ferry Road
F number 63
L city Shadowmoss
> “We have bought out families twice in that basin and watched the water come back for the next ones. This is the plan that actually moves the water, and every neighborhood in the Lowcountry is watching whether we can do it,” Mayor Ansel Manigault said before the vote.
Q direct Ansel Manigault :: “We have bought out families twice in that basin and watched the water come back for the next ones. This is the plan that actually moves the water, and every neighborhood in the Lowcountry is watching whether we can do it,”
L region Lowcountry
P full Ansel Manigault
> Church Creek drains about 5,000 acres of West Ashley, much of it built over wetlands in the 1980s and 1990s. Homes in the basin have flooded at least 11 times since 2015, according to the city’s Stormwater Management Department.
L geo Church Creek
F quantity 5,000 acres
L city West Ashley
F date 1980s
F date 1990s
F number 11
F date 2015
O government Stormwater Management Department
> Councilmember Rosalind Gadsden-Whaley, whose District 11 takes in much of the basin, said the vote was overdue.
P full Rosalind Gadsden-Whaley
L region District 11
> "My constituents have been sandbagging their front doors since 2015. Four dollars a month is cheaper than a new floor," she said.
Q direct Rosalind Gadsden-Whaley :: "My constituents have been sandbagging their front doors since 2015. Four dollars a month is cheaper than a new floor,"
F date 2015
F money Four dollars
> Voting against were Councilmembers Boyd Huger, Naomi Seabrook, Pierce Legare, Marcus Bivens and Jolene Ashby-Kirk, who said the increase fell hardest on residents of the peninsula and James Island, who would see little of the money.
P full Boyd Huger
P full Naomi Seabrook
P full Pierce Legare
P full Marcus Bivens
P full Jolene Ashby-Kirk
L geo James Island
> The vote came at 9:40 p.m., after almost four hours of public comment from more than 60 residents.
F time 9:40 p.m.
F duration four hours
F number 60
> Huger asked why the city had not waited for the U.S. Army Corps of Engineers to decide whether it would share the cost.
P partial Huger
O government U.S. Army Corps of Engineers
> “We are asking a retired schoolteacher on Folly Road to pay for a problem that developers created on the other side of the Ashley River,” he said.
Q direct Boyd Huger :: “We are asking a retired schoolteacher on Folly Road to pay for a problem that developers created on the other side of the Ashley River,”
L street Folly Road
L geo Ashley River
> Stormwater Management Director Lindsey Harleston told council that federal money could not be expected before 2041 and that each year of delay added about 6% to the cost of construction.
P full Lindsey Harleston
F date 2041
F percent 6%
> Darlene Middleton, 64, who has lived in Shadowmoss since 1998, told council her house had flooded four times and that she had spent $31,000 on repairs.
P full Darlene Middleton
F age 64
L city Shadowmoss
F date 1998
F number four
F money $31,000
> "I'm not asking for a miracle. I'm asking for a pipe big enough," she said.
Q direct Darlene Middleton :: "I'm not asking for a miracle. I'm asking for a pipe big enough,"
> Council also voted 13-0 to hire Atlanta-based Brantley Okafor & Vail to design the pump stations, at a cost of $7.8 million.
F number 13-0
L city Atlanta
O company Brantley Okafor & Vail
F money $7.8 million
> Construction of the first pump station, near the intersection of Bees Ferry Road and Savannah Highway, is set to start in early 2039.
L street Bees Ferry Road
L street Savannah Highway
F date 2039
> Reach Hollis Ravenel at 843-555-0137. Follow her on X @hollisravenel.
P full Hollis Ravenel
O company X
'''

ARTICLES['360-mafraq-hepatitis-a-water-tankers-yarmouk-jordan-times'] = r'''
> Local
> Hepatitis A cases triple in Mafraq as families turn to private water tankers
L city Mafraq
> By Lina Abu Hassan - Mar 16,2038 - Last updated at Mar 16,2038
P full Lina Abu Hassan
F date Mar 16,2038
F date Mar 16,2038
> A private tanker fills rooftop water tanks in Mafraq on Monday (JT photo)
L city Mafraq
O media JT
> AMMAN — The Health Ministry has recorded 214 cases of hepatitis A in Mafraq Governorate since the start of the year, more than three times the number in the same period of 2037, as households facing cuts in piped water buy more from private tankers, officials said on Tuesday.
L city AMMAN
O government Health Ministry
F number 214
L region Mafraq Governorate
F number three
F date 2037
> Most of the patients are children aged between 5 and 14, and 19 have been admitted to hospital, according to the ministry’s Communicable Diseases Directorate.
F age 5
F age 14
F number 19
O government Communicable Diseases Directorate
> “The virus spreads through water and food contaminated with faeces. When a family keeps tanker water on the roof for 10 days in a tank that has never been cleaned, the risk is obvious,” Directorate head Dr Omar Fawwaz Zyoud told The Jordan Times.
Q direct Omar Fawwaz Zyoud :: “The virus spreads through water and food contaminated with faeces. When a family keeps tanker water on the roof for 10 days in a tank that has never been cleaned, the risk is obvious,”
F duration 10 days
P full Omar Fawwaz Zyoud
O media The Jordan Times
> Yarmouk Water Company, which supplies the northern governorates of Irbid, Mafraq, Jerash and Ajloun, reduced piped deliveries to most Mafraq neighbourhoods from once a week to once every 12 days in January, after the driest winter in the north since records began.
O company Yarmouk Water Company
L region Irbid
L region Mafraq
L region Jerash
L region Ajloun
L city Mafraq
F duration 12 days
> The company said in a statement that output from its wells in the Mafraq area had fallen by 18 per cent, and that “every available cubic metre” was being pumped to homes.
L city Mafraq
F percent 18 per cent
Q direct Yarmouk Water Company :: “every available cubic metre”
> Residents say tanker owners charge between JD3 and JD5 per cubic metre, against less than JD1 for piped water, and that a 5-cubic-metre load now costs JD20 or more in the eastern parts of the city.
F money JD3
F money JD5
F money JD1
F quantity 5-cubic-metre
F money JD20
> “Two of my children had yellow eyes in February. The doctor told us to boil all the water, but boiling water for nine people also costs money,” said Umm Khaled, a mother of seven who lives near the Mafraq-Baghdad highway.
Q direct Umm Khaled :: “Two of my children had yellow eyes in February. The doctor told us to boil all the water, but boiling water for nine people also costs money,”
F number Two
F number nine
P partial Umm Khaled
F number seven
L city Mafraq
L city Baghdad
> The Zaatari camp, home to about 71,000 Syrian refugees, has recorded 23 cases, according to the UN Refugee Agency (UNHCR), which said it had increased chlorination at the camp’s water points.
L city Zaatari
F number 71,000
F number 23
O intergovernmental UN Refugee Agency
O intergovernmental UNHCR
> The Ministry of Water and Irrigation said it had closed 17 unlicensed wells used by tanker owners in the Mafraq area since January, and that from April 1 every tanker would have to carry a certificate from an approved source.
O government Ministry of Water and Irrigation
F number 17
L city Mafraq
F date April 1
> “Water sold from unlicensed wells is not tested by anyone. We will not allow this shortage to become a business for people who put children at risk,” ministry spokesperson Eng. Saif Shdeifat said.
Q direct Saif Shdeifat :: “Water sold from unlicensed wells is not tested by anyone. We will not allow this shortage to become a business for people who put children at risk,”
P full Saif Shdeifat
> Jordan is among the most water-scarce countries in the world, with about 61 cubic metres of renewable water per person a year. The Aqaba-Amman desalination and conveyance project, which began pumping 300 million cubic metres (MCM) a year from the Gulf of Aqaba to the capital in 2034, does not yet reach the northern governorates, which rely on groundwater.
L country Jordan
F quantity 61 cubic metres
L city Aqaba
L city Amman
F quantity 300 million cubic metres
L geo Gulf of Aqaba
F date 2034
> Zyoud said the Health Ministry would offer hepatitis A vaccine to children aged 1 to 6 in the worst-hit neighbourhoods from April 1, and urged families to clean and chlorinate their tanks every month.
P partial Zyoud
O government Health Ministry
F age 1
F age 6
F date April 1
> The World Health Organization (WHO) says hepatitis A is rarely fatal but can keep adults away from work for weeks, and that safe water and sanitation are the most effective ways to prevent it.
O intergovernmental World Health Organization
O intergovernmental WHO
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
