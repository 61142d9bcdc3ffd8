#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval22 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval22/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['175-badulla-line-landslides-ella-tourism'] = r'''
> News
> Landslides keep Badulla line shut for third week as Ella tourism takes a hit
L city Badulla
L city Ella
> By Shehani Gunatilleke
P full Shehani Gunatilleke
> 15 June 2032 12:08 am - 4 - 2861
F date 15 June 2032
F time 12:08 am
F number 4
F number 2861
> Workers clear earth and boulders from the tracks near Idalgashinna on Sunday. Pic by Chaminda Herath
L city Idalgashinna
P full Chaminda Herath
> Train services on the upcountry line between Nanu Oya and Badulla will remain suspended until at least June 30, Sri Lanka Railways (SLR) said yesterday, after fresh landslides buried the tracks at three more locations in the Badulla District over the weekend.
L city Nanu Oya
L city Badulla
F date June 30
O government Sri Lanka Railways
O government SLR
F number three
L region Badulla District
> SLR General Manager H.M.K. Samarasekera told the Daily Mirror that earth and boulders up to two metres high had come down onto the line between Idalgashinna and Haputale and near Ohiya after 212 millimetres of rain fell in 24 hours on Saturday.
O government SLR
P full H.M.K. Samarasekera
O media Daily Mirror
F quantity two metres
L city Idalgashinna
L city Haputale
L city Ohiya
F quantity 212 millimetres
F duration 24 hours
> “Clearing the debris is the easy part. Until the National Building Research Organisation (NBRO) tells us the slopes are stable, we cannot put a train full of passengers on that section,” Mr. Samarasekera said. “We will not gamble with people’s lives to save a few weeks.”
Q direct H.M.K. Samarasekera :: “Clearing the debris is the easy part. Until the National Building Research Organisation (NBRO) tells us the slopes are stable, we cannot put a train full of passengers on that section,”
O government National Building Research Organisation
O government NBRO
P partial Samarasekera
Q direct H.M.K. Samarasekera :: “We will not gamble with people’s lives to save a few weeks.”
> He said engineers hoped to reopen the Nanu Oya–Bandarawela section first, possibly by June 22 if the weather allowed, while the stretch between Ella and Badulla, where two culverts were washed away near Demodara, could take longer.
L city Nanu Oya
L city Bandarawela
F date June 22
L city Ella
L city Badulla
F number two
L city Demodara
> Trains from Colombo Fort and Kandy are now terminating at Nanu Oya, the station for Nuwara Eliya, and the Sri Lanka Transport Board (SLTB) is running connecting buses to Bandarawela, Ella and Badulla. About 4,500 passengers a day used the line before it was closed on May 29, according to SLR figures.
L facility Colombo Fort
L city Kandy
L facility Nanu Oya
L city Nuwara Eliya
O government Sri Lanka Transport Board
O government SLTB
L city Bandarawela
L city Ella
L city Badulla
F number 4,500
F date May 29
O government SLR
> Dr. Thilini Rathnayake, a senior scientist at the NBRO’s Landslide Research and Risk Management Division, said the organisation had issued red alerts for the Haldummulla, Haputale and Ella divisional secretariat areas, and had asked 46 families living below the railway embankment at Demodara to move to relatives’ homes or to temporary shelters.
P full Thilini Rathnayake
O government NBRO
O government Landslide Research and Risk Management Division
L region Haldummulla
L region Haputale
L region Ella
F number 46
L city Demodara
> “The soil on these slopes is fully saturated. Even after the rain stops, it can keep moving for two or three days,” she said. “People should not wait for a crack in the wall before they leave.”
Q direct Thilini Rathnayake :: “The soil on these slopes is fully saturated. Even after the rain stops, it can keep moving for two or three days,”
F duration two
F duration three days
Q direct Thilini Rathnayake :: “People should not wait for a crack in the wall before they leave.”
> The Department of Meteorology has forecast more than 100 mm of rain in the Badulla, Nuwara Eliya and Ratnapura districts over the next 48 hours as the southwest monsoon strengthens.
O government Department of Meteorology
F quantity 100 mm
L region Badulla
L region Nuwara Eliya
L region Ratnapura
F duration 48 hours
> The Disaster Management Centre (DMC) said 1,214 people from 318 families in the Uva and Central provinces had been affected by the rains since Friday. Two people died when a house collapsed in Passara on Saturday night.
O government Disaster Management Centre
O government DMC
F number 1,214
F number 318
L region Uva
L region Central
F number Two
L city Passara
> The closure comes at the start of the busy season in Ella, a hill town whose guesthouses, cafés and hiking trails have made it one of the most visited places in the country. The train journey from Kandy to Ella, which winds through tea estates and crosses the Nine Arch Bridge near Demodara, is among the best-known rail trips in Asia.
L city Ella
L city Kandy
L city Ella
L facility Nine Arch Bridge
L city Demodara
L continent Asia
> Ruwan Dissanayake, who runs a 12-room guesthouse on Passara Road and heads the Ella Hoteliers’ Association, said cancellations had cut occupancy in the town to about 35 percent, from 80 percent in the same week last year.
P full Ruwan Dissanayake
F number 12
L street Passara Road
O nonprofit Ella Hoteliers’ Association
F percent 35 percent
F percent 80 percent
> “Tourists book Ella because of the train. When they hear the line is closed, they go straight to Mirissa or Arugam Bay,” he said. “For a small place like mine, June and July pay the bills for the whole year.”
Q direct Ruwan Dissanayake :: “Tourists book Ella because of the train. When they hear the line is closed, they go straight to Mirissa or Arugam Bay,”
L city Ella
L city Mirissa
L city Arugam Bay
Q direct Ruwan Dissanayake :: “For a small place like mine, June and July pay the bills for the whole year.”
> At Ella station on Monday, a handful of foreign visitors waited with their backpacks for the SLTB bus. Hannah Lowther, 27, from Leeds in the UK, said she had booked her seat from Kandy months in advance.
L facility Ella
O government SLTB
P full Hannah Lowther
F age 27
L city Leeds
L country UK
L city Kandy
> “We paid Rs.3,000 each for observation-car tickets and got Rs.2,400 back. It’s not the money,” she said. “It’s the view. You don’t get that from a bus window.”
Q direct Hannah Lowther :: “We paid Rs.3,000 each for observation-car tickets and got Rs.2,400 back. It’s not the money,”
F money Rs.3,000
F money Rs.2,400
Q direct Hannah Lowther :: “It’s the view. You don’t get that from a bus window.”
> The Ministry of Transport and Highways said in a statement that Rs.180 million had been allocated for drainage and slope protection on the line, and that a team from the NBRO and the University of Peradeniya would survey 14 high-risk sites between Pattipola and Badulla. The line would reopen “only when it is safe to do so, and not a day earlier”, the ministry said.
O government Ministry of Transport and Highways
F money Rs.180 million
O government NBRO
O education University of Peradeniya
F number 14
L city Pattipola
L city Badulla
Q direct Ministry of Transport and Highways :: “only when it is safe to do so, and not a day earlier”
> Pattipola, at about 1,898 metres the highest station on the island’s rail network, was cut off for two days last week when a slip blocked its only access road.
L city Pattipola
F quantity 1,898 metres
F duration two days
> The line, built under British rule to carry tea from the hill country to the port of Colombo, reached Badulla in 1924.
L city Colombo
L city Badulla
F date 1924
> Not everyone is losing out. M. Selvaraj, a tuk-tuk driver in Haputale, said he had been taking stranded travellers on to Ella for Rs.4,500 a trip since the closure.
P full M. Selvaraj
L city Haputale
L city Ella
F money Rs.4,500
> “For three weeks I have not had a day off,” he said. “But I would rather have the train back. When the train runs, the whole town earns.”
Q direct M. Selvaraj :: “For three weeks I have not had a day off,”
F duration three weeks
Q direct M. Selvaraj :: “But I would rather have the train back. When the train runs, the whole town earns.”
'''

ARTICLES['176-cromwell-hail-cherry-crop'] = r'''
> Central Otago
L region Central Otago
> Hail shreds cherry crop days out from harvest
> By Ashleigh Fenwick
P full Ashleigh Fenwick
> Wed, 8 Dec 2032
F date 8 Dec 2032
> Lowburn orchardist Grant Morrow with cherries split by Monday's hailstorm. PHOTO: JONO McKINNEY
L city Lowburn
P full Grant Morrow
P full JONO McKINNEY
> A 15-minute hailstorm has damaged up to 40% of the cherry crop on some Cromwell orchards, days before picking was due to start for the Christmas and Chinese New Year markets.
F duration 15-minute
F percent 40%
L city Cromwell
> MetService said the storm built over the Pisa Range on Monday afternoon and crossed Lake Dunstan about 4.20pm, dropping hailstones up to 2cm across on orchards at Lowburn, Pisa Moorings and Bannockburn.
O company MetService
L geo Pisa Range
L geo Lake Dunstan
F time 4.20pm
F quantity 2cm
L city Lowburn
L city Pisa Moorings
L city Bannockburn
> Hail briefly closed State Highway 6 near Lowburn, where it lay several centimetres deep on the road, police said.
L street State Highway 6
L city Lowburn
> MetService meteorologist Oriana Beckett said the temperature had reached 31degC in Alexandra earlier in the day, and the heat had fuelled thunderstorms that moved east at about 40kmh.
O company MetService
P full Oriana Beckett
F quantity 31degC
L city Alexandra
F quantity 40kmh
> "It was a classic Central Otago summer afternoon - hot, dry and then very violent for 15 minutes," she said.
Q direct Oriana Beckett :: "It was a classic Central Otago summer afternoon - hot, dry and then very violent for 15 minutes,"
L region Central Otago
F duration 15 minutes
> Lowburn orchardist Grant Morrow, whose family has grown cherries beside Lake Dunstan since 1987, said about a third of the fruit on his 22ha block had been split or bruised. Damaged fruit, known in the trade as "seconds", cannot be exported and goes for juice, if it can be sold at all.
L city Lowburn
P full Grant Morrow
L geo Lake Dunstan
F date 1987
F fraction a third
F quantity 22ha
Q scare - :: "seconds"
> "You spend 12 months getting a crop to this point and it's gone in the time it takes to boil the jug," he said.
Q direct Grant Morrow :: "You spend 12 months getting a crop to this point and it's gone in the time it takes to boil the jug,"
F duration 12 months
> "We had about 140 tonnes on the trees on Monday morning. I'd be surprised if we export 90."
Q direct Grant Morrow :: "We had about 140 tonnes on the trees on Monday morning. I'd be surprised if we export 90."
F quantity 140 tonnes
F number 90
> Mr Morrow employs 60 seasonal workers, most of them from Vanuatu under the Recognised Seasonal Employer (RSE) scheme. They arrived in Cromwell last week and are guaranteed at least 30 hours' work a week whatever the weather.
P partial Morrow
F number 60
L country Vanuatu
L city Cromwell
F duration 30 hours
> Team leader Jimmy Natuman, from the island of Tanna, said the crew had spent Tuesday stripping split fruit from the trees so the rest could ripen.
P full Jimmy Natuman
L geo Tanna
> "Back home on Tanna we know about cyclones. This one was short, but it was strong," he said.
Q direct Jimmy Natuman :: "Back home on Tanna we know about cyclones. This one was short, but it was strong,"
L geo Tanna
> Summerfruit NZ chief executive Dean Kilgour said growers in the Cromwell basin were still assessing the damage, but early reports suggested between 10% and 40% of the fruit on about 25 orchards had been hit. Orchards around Alexandra, Clyde and Earnscleugh and in the Teviot Valley escaped the storm.
O nonprofit Summerfruit NZ
P full Dean Kilgour
L city Cromwell
F percent 10%
F percent 40%
F number 25
L city Alexandra
L city Clyde
L city Earnscleugh
L geo Teviot Valley
> Central Otago produced about 7000 tonnes of export cherries last season, worth about $110 million, most of it flown out through Christchurch and Auckland to Taiwan, China, Vietnam and South Korea.
L region Central Otago
F quantity 7000 tonnes
F money $110 million
L city Christchurch
L city Auckland
L country Taiwan
L country China
L country Vietnam
L country South Korea
> "The crop was shaping up as one of the best we've had. Some growers will still have a very good season. Others have lost the margin for the whole year in a single afternoon," Mr Kilgour said.
Q direct Dean Kilgour :: "The crop was shaping up as one of the best we've had. Some growers will still have a very good season. Others have lost the margin for the whole year in a single afternoon,"
P partial Kilgour
> Rural insurer FMG said it had received 38 claims from Cromwell growers by yesterday afternoon and had sent extra assessors to the district for "a busy few weeks". Hail netting covers only a small share of the district's cherry blocks because of the cost, which growers put at $80,000 to $100,000 a hectare.
O company FMG
F number 38
L city Cromwell
Q direct FMG :: "a busy few weeks"
F money $80,000
F money $100,000
> Central Otago Mayor Bronwyn Haig said the council would ask the Ministry for Primary Industries to classify the storm as an adverse event, which would free up extra funding for the Otago Rural Support Trust to help affected families.
L region Central Otago
P full Bronwyn Haig
O government Ministry for Primary Industries
O nonprofit Otago Rural Support Trust
> "These are family businesses and they bring hundreds of people into Cromwell every summer. When an orchard has a bad week in December, the whole town feels it," Ms Haig said.
Q direct Bronwyn Haig :: "These are family businesses and they bring hundreds of people into Cromwell every summer. When an orchard has a bad week in December, the whole town feels it,"
L city Cromwell
P partial Haig
> At Cromwell-based Kawarau Fruit Co, packhouse manager Priya Nand said the company had cut packing shifts in the first week from two to one and moved 15 staff onto hand grading.
L city Cromwell
O company Kawarau Fruit Co
P full Priya Nand
F number two
F number one
F number 15
> "Every box that goes to Taipei has to be perfect. Split fruit has to be picked out by hand, and that takes time and people," she said.
Q direct Priya Nand :: "Every box that goes to Taipei has to be perfect. Split fruit has to be picked out by hand, and that takes time and people,"
L city Taipei
> MetService has forecast more thunderstorms for inland Otago and Canterbury tomorrow, with temperatures up to 29degC in Cromwell and Wānaka.
O company MetService
L region Otago
L region Canterbury
F quantity 29degC
L city Cromwell
L city Wānaka
> Mr Morrow said picking would still begin on December 13, three days later than planned, on the blocks that escaped the worst of the hail.
P partial Morrow
F date December 13
F duration three days
'''

ARTICLES['177-saint-john-river-freshet-flooding'] = r'''
> New Brunswick
L region New Brunswick
> Saint John River tops flood stage from Fredericton to Jemseg as spring freshet peaks
L geo Saint John River
L city Fredericton
L city Jemseg
> Water expected to keep rising downstream through the weekend, EMO says
O government EMO
> Mireille Gallant · CBC News · Posted: Apr 23, 2032 6:00 AM ADT | Last Updated: 3 hours ago
P full Mireille Gallant
O media CBC News
F date Apr 23, 2032
F time 6:00 AM ADT
F duration 3 hours
> Floodwater covers Route 105 in Maugerville, east of Fredericton, on Thursday. (Pierre-Luc Arsenault/CBC)
L street Route 105
L city Maugerville
L city Fredericton
P full Pierre-Luc Arsenault
O media CBC
> The Saint John River rose above flood stage in Fredericton on Thursday night and is expected to crest there on Saturday at 7.4 metres, nearly a metre above the flood stage of 6.5 metres, according to the province's River Watch program.
L geo Saint John River
L city Fredericton
F quantity 7.4 metres
F quantity 6.5 metres
> Downstream, water is already over roads in Maugerville, Sheffield, Lakeville Corner and Jemseg, and the Department of Transportation and Infrastructure closed a 14-kilometre stretch of Route 105 between Maugerville and Jemseg early Friday.
L city Maugerville
L city Sheffield
L city Lakeville Corner
L city Jemseg
O government Department of Transportation and Infrastructure
F quantity 14-kilometre
L street Route 105
L city Maugerville
L city Jemseg
> Geoffrey Pelletier, director of the New Brunswick Emergency Measures Organization (EMO), said levels at Gagetown and on Grand Lake would keep climbing into Monday as water from the upper river, swollen by rain and late snowmelt in northern Maine and Quebec, moves south.
P full Geoffrey Pelletier
O government New Brunswick Emergency Measures Organization
O government EMO
L city Gagetown
L geo Grand Lake
L region Maine
L region Quebec
> "This is not 2018. We are not expecting water anywhere near those levels," Pelletier said at a briefing in Fredericton on Thursday. "But if you live along the river between Fredericton and Saint John, you need to be ready to leave on short notice."
Q direct Geoffrey Pelletier :: "This is not 2018. We are not expecting water anywhere near those levels,"
F date 2018
P partial Pelletier
L city Fredericton
Q direct Geoffrey Pelletier :: "But if you live along the river between Fredericton and Saint John, you need to be ready to leave on short notice."
L city Fredericton
L city Saint John
> In 2018 and again in 2019, major floods forced hundreds of people from their homes along the lower Saint John River and closed the Trans-Canada Highway between Oromocto and River Glade for days.
F date 2018
F date 2019
L geo Saint John River
L street Trans-Canada Highway
L city Oromocto
L city River Glade
> In Saint John, where flood stage is 4.2 metres, the river is forecast to reach 4.6 metres by Sunday. Residents of Grand Bay-Westfield, Quispamsis, Rothesay and Darlings Island on the Kennebecasis River have been told to move vehicles and valuables to higher ground.
L city Saint John
F quantity 4.2 metres
F quantity 4.6 metres
L city Grand Bay-Westfield
L city Quispamsis
L city Rothesay
L geo Darlings Island
L geo Kennebecasis River
> On the Maugerville flats, dairy farmer Marc-André Cormier spent Thursday moving 180 cows and heifers to a neighbour's barn on higher ground in Sheffield. By evening the water was 30 centimetres from his milking parlour.
L city Maugerville
P full Marc-André Cormier
F number 180
L city Sheffield
F quantity 30 centimetres
> "My father moved cows out of here in 1973, and I moved them out in 2018. You'd think I'd be used to it," Cormier said. "You never get used to it. You just get faster at it."
Q direct Marc-André Cormier :: "My father moved cows out of here in 1973, and I moved them out in 2018. You'd think I'd be used to it,"
F date 1973
F date 2018
P partial Cormier
Q direct Marc-André Cormier :: "You never get used to it. You just get faster at it."
> The Gagetown and Evandale cable ferries are out of service until the water drops, and drivers should expect detours of up to 45 minutes, the department said.
L city Gagetown
L city Evandale
F duration 45 minutes
> NB Power said it was spilling water at the Mactaquac Generating Station, upstream of Fredericton, at close to the maximum rate.
O company NB Power
L facility Mactaquac Generating Station
L city Fredericton
> Spokesperson Dominique Leblanc-Hébert said the dam could not hold back the spring runoff. "The headpond at Mactaquac is not a flood-control reservoir. What comes down the river from Edmundston, Grand Falls and Woodstock goes through the station," she said.
P full Dominique Leblanc-Hébert
Q direct Dominique Leblanc-Hébert :: "The headpond at Mactaquac is not a flood-control reservoir. What comes down the river from Edmundston, Grand Falls and Woodstock goes through the station,"
L facility Mactaquac
L city Edmundston
L city Grand Falls
L city Woodstock
> The City of Fredericton has closed the riverfront trail between the Bill Thorpe Walking Bridge and the Princess Margaret Bridge, and sandbags are available at Willie O'Ree Place.
O government City of Fredericton
L facility Bill Thorpe Walking Bridge
L facility Princess Margaret Bridge
L facility Willie O'Ree Place
> Mayor Daniel Thériault said the city had installed pumps and temporary barriers on Union Street in the Devon neighbourhood, which flooded in both 2018 and 2019. "We have learned a lot in the last 14 years. The pumps are in, the barriers are up, and we have people watching the river around the clock," he said.
P full Daniel Thériault
L street Union Street
L city Devon
F date 2018
F date 2019
Q direct Daniel Thériault :: "We have learned a lot in the last 14 years. The pumps are in, the barriers are up, and we have people watching the river around the clock,"
F duration 14 years
> The Canadian Red Cross said it had registered 64 households in Sunbury and Queens counties and was putting up 23 people in hotels in Oromocto and Fredericton.
O nonprofit Canadian Red Cross
F number 64
L region Sunbury
L region Queens
F number 23
L city Oromocto
L city Fredericton
> "Most people just need a dry bed for a few nights and someone to tell them what happens next," said Red Cross spokesperson Tanya Boudreau, who is working from the organization's office in Oromocto.
Q direct Tanya Boudreau :: "Most people just need a dry bed for a few nights and someone to tell them what happens next,"
O nonprofit Red Cross
P full Tanya Boudreau
L city Oromocto
> The province has not asked the Canadian Armed Forces for help, but Pelletier said soldiers at CFB Gagetown had been told to be ready to fill sandbags or help with evacuations if they are needed.
O government Canadian Armed Forces
P partial Pelletier
L facility CFB Gagetown
> In Jemseg, retired teacher Susan MacFarlane watched from her deck as the water crept across her lawn toward the house her grandparents built in 1948.
L city Jemseg
P full Susan MacFarlane
F date 1948
> "It's the quiet that gets you. The geese are all over the field and the road is a lake," she said. "We'll be fine. We've got a canoe."
Q direct Susan MacFarlane :: "It's the quiet that gets you. The geese are all over the field and the road is a lake,"
Q direct Susan MacFarlane :: "We'll be fine. We've got a canoe."
> Environment and Climate Change Canada is forecasting 20 to 30 millimetres of rain for central New Brunswick on Sunday, which could push the crest downstream back to Tuesday.
O government Environment and Climate Change Canada
F quantity 20
F quantity 30 millimetres
L region New Brunswick
> River Watch forecasts are updated daily at 11 a.m.
F time 11 a.m.
> With files from Information Morning Fredericton
'''

ARTICLES['178-barrow-harrogate-league-two'] = r'''
> Barrow AFC
O team Barrow AFC
> Barrow 2 Harrogate Town 1: Ridgway header caps Holker Street comeback
O team Barrow
F score 2
O team Harrogate Town
F score 1
P partial Ridgway
L facility Holker Street
> Teenage substitute Callum Ridgway headed the winner with eight minutes left as the Bluebirds came from a goal down to move into the League Two play-off places
P full Callum Ridgway
F duration eight minutes
O team Bluebirds
O other League Two
> By Neil Ashburner, Sports Reporter
P full Neil Ashburner
> 13th November 2032 5:47pm
F date 13th November 2032
F time 5:47pm
> Callum Ridgway celebrates his winner in front of the home fans at Holker Street. Picture: Kevin Satterthwaite
P full Callum Ridgway
L facility Holker Street
P full Kevin Satterthwaite
> BARROW came from behind to beat Harrogate Town 2-1 at Holker Street this afternoon and move into the League Two play-off places for the first time this season.
O team BARROW
O team Harrogate Town
F score 2-1
L facility Holker Street
O other League Two
> Callum Ridgway, a 19-year-old on loan from Blackburn Rovers, came off the bench to head in Dion Fairclough's corner with eight minutes left, sending most of a crowd of 4,118 home happy.
P full Callum Ridgway
F age 19-year-old
O team Blackburn Rovers
P full Dion Fairclough
F duration eight minutes
F number 4,118
> Harrogate had led through Tom Ashcroft's 23rd-minute strike, and it took a Sam Vickers penalty four minutes after half-time to pull Barrow level.
O team Harrogate
P full Tom Ashcroft
P full Sam Vickers
F duration four minutes
O team Barrow
> Barrow head coach Gareth Postlethwaite said: "At half-time I told them they were playing the occasion and not the game. We were too slow and too nervous. The second half was much more like us.
O team Barrow
P full Gareth Postlethwaite
Q direct Gareth Postlethwaite :: "At half-time I told them they were playing the occasion and not the game. We were too slow and too nervous. The second half was much more like us.
> "Callum has been waiting for his chance. He's 19, Blackburn have sent him here to play, and I've never seen him head a ball like that in training. The people of Furness deserved that one."
Q direct Gareth Postlethwaite :: "Callum has been waiting for his chance. He's 19, Blackburn have sent him here to play, and I've never seen him head a ball like that in training. The people of Furness deserved that one."
P partial Callum
F age 19
O team Blackburn
L region Furness
> Harrogate were the better side before the break. Ashcroft's opener came when he collected a throw-in on the left, cut inside Barrow right-back Kyle Threlfall and curled a shot from 20 yards into the far corner.
O team Harrogate
P partial Ashcroft
O team Barrow
P full Kyle Threlfall
F quantity 20 yards
> Goalkeeper Oliver Marsden, who grew up on Walney Island and is the only Barrow-born player in the squad, then twice denied Harrogate striker Luca Bianchi-Reed to keep the deficit at one.
P full Oliver Marsden
L geo Walney Island
L city Barrow
O team Harrogate
P full Luca Bianchi-Reed
F number one
> Bianchi-Reed, who joined Harrogate from Ayr United in the summer and has scored seven times this season, also hit the bar from a free-kick just before half-time.
P partial Bianchi-Reed
O team Harrogate
O team Ayr United
F number seven
> The equaliser came after Harrogate captain Jake Brennan caught Louis Oduya's heel as the winger cut into the box. Referee Martin Cheetham pointed to the spot and Vickers sent goalkeeper Ben Ollerenshaw the wrong way for his sixth goal of the season.
O team Harrogate
P full Jake Brennan
P full Louis Oduya
P full Martin Cheetham
P partial Vickers
P full Ben Ollerenshaw
> Harrogate manager Craig Leeming, a former Barrow midfielder who grew up in Dalton-in-Furness, said his side had 'stopped playing' after the penalty.
O team Harrogate
P full Craig Leeming
O team Barrow
L city Dalton-in-Furness
Q direct Craig Leeming :: 'stopped playing'
> "We've come to a tough place and been the better side for an hour. Then one decision goes against us and we stop doing the simple things," Leeming said. "I'm not going to hide behind the referee."
Q direct Craig Leeming :: "We've come to a tough place and been the better side for an hour. Then one decision goes against us and we stop doing the simple things,"
F number one
P partial Leeming
Q direct Craig Leeming :: "I'm not going to hide behind the referee."
> Ridgway, who was making only his fourth league appearance, said: "I just attacked the ball. My mum and dad drove up from Preston for the game, so that's for them."
P partial Ridgway
Q direct Callum Ridgway :: "I just attacked the ball. My mum and dad drove up from Preston for the game, so that's for them."
L city Preston
> Postlethwaite also singled out Fairclough, whose deliveries caused Harrogate problems all afternoon. "Dion's corners are the best in this division. Put a big lad on the end of them and you'll score goals," he said.
P partial Postlethwaite
P partial Fairclough
O team Harrogate
Q direct Gareth Postlethwaite :: "Dion's corners are the best in this division. Put a big lad on the end of them and you'll score goals,"
P partial Dion
> Season-ticket holder Maureen Sharples, 71, from Ulverston, said: "I've been coming since 1968 and I've never felt the place bounce like that. My grandson was in tears at the end."
P full Maureen Sharples
F age 71
L city Ulverston
Q direct Maureen Sharples :: "I've been coming since 1968 and I've never felt the place bounce like that. My grandson was in tears at the end."
F date 1968
> The win lifts Barrow to seventh with 27 points from 17 games, one point above Harrogate, who drop to ninth.
O team Barrow
F number 27
F number 17
F number one
O team Harrogate
> The 512 visiting supporters who made the 110-mile trip from North Yorkshire were in good voice until the penalty, but the last 20 minutes belonged to the home end.
F number 512
F quantity 110-mile
L region North Yorkshire
F duration 20 minutes
> Barrow were without captain Niall Birkett, who is expected to miss three weeks with a hamstring injury. Postlethwaite said the defender would have a scan at Furness General Hospital on Monday.
O team Barrow
P full Niall Birkett
F duration three weeks
P partial Postlethwaite
O other Furness General Hospital
> Barrow, who returned to the Football League in 2020 after 48 years away, have now lost only one of their last nine games at Holker Street, the club's home since 1909.
O team Barrow
O other Football League
F date 2020
F duration 48 years
F number one
F number nine
L facility Holker Street
F date 1909
> Barrow visit Gillingham on Tuesday before hosting Crewe Alexandra in the FA Cup second round next Saturday. Harrogate, who host Walsall at Wetherby Road on Tuesday, have won one of their last six away games.
O team Barrow
O team Gillingham
O team Crewe Alexandra
O team Harrogate
O team Walsall
L facility Wetherby Road
F number one
F number six
> Referee: Martin Cheetham (Lancashire)
P full Martin Cheetham
L region Lancashire
> Attendance: 4,118 (512 away)
F number 4,118
F number 512
'''

ARTICLES['179-kuumus-heat-pump-series-b'] = r'''
> Climate tech
> Tallinn’s Kuumus raises €31m to take its heat pump installers into Poland and Germany
L city Tallinn
O company Kuumus
F money €31m
L country Poland
L country Germany
> The Estonian startup says it can fit a heat pump in 11 days. Now it wants to prove that works outside the Baltics
F duration 11 days
L region Baltics
> By Liisi Vahtra
P full Liisi Vahtra
> 17 March 2032
F date 17 March 2032
> Kuumus cofounders Kadri Saar and Rasmus Peetre at the company’s warehouse in Tallinn’s Ülemiste City district. Image: Kuumus
O company Kuumus
P full Kadri Saar
P full Rasmus Peetre
L city Tallinn
L city Ülemiste City
O company Kuumus
> Tallinn-based Kuumus, which sells and installs heat pumps for family homes, has raised a €31m Series B round led by Munich’s Isarbrook Ventures to expand into Poland and Germany.
L city Tallinn
O company Kuumus
F money €31m
L city Munich
O company Isarbrook Ventures
L country Poland
L country Germany
> Existing investors Kesk Capital and Helsinki-based Nordvest Partners also took part, and the European Investment Bank (EIB) has added a €10m venture debt facility, the company tells Sifted. The round values Kuumus at about €140m, according to two people familiar with the deal.
O company Kesk Capital
L city Helsinki
O company Nordvest Partners
O intergovernmental European Investment Bank
O intergovernmental EIB
F money €10m
O media Sifted
O company Kuumus
F money €140m
F number two
> Kuumus was founded in 2021 by Kadri Saar, a former product lead at ride-hailing company Bolt, and engineer Rasmus Peetre. It has fitted about 6,200 air-to-water heat pumps in Estonia, Latvia and Finland, handling everything from the home survey to the grant paperwork, and says it finishes a typical installation in 11 days, against a wait of two to three months at most Baltic installers.
O company Kuumus
F date 2021
P full Kadri Saar
O company Bolt
P full Rasmus Peetre
F number 6,200
L country Estonia
L country Latvia
L country Finland
F duration 11 days
F duration two
F duration three months
> “People don’t want a heat pump. They want a warm house and a smaller bill,” says Saar. “The hardware is a commodity. What we sell is that nobody has to take a day off work to wait for an installer who never turns up.”
Q direct Kadri Saar :: “People don’t want a heat pump. They want a warm house and a smaller bill,”
P partial Saar
Q direct Kadri Saar :: “The hardware is a commodity. What we sell is that nobody has to take a day off work to wait for an installer who never turns up.”
> Like other so-called “one-stop shop” installers, Kuumus doesn’t make its own pumps. It buys them from manufacturers including Vaillant and Daikin, and its software plans each job, orders the parts and schedules its 140 installers, who are employees rather than subcontractors.
Q scare - :: “one-stop shop”
O company Kuumus
O company Vaillant
O company Daikin
F number 140
> Revenue more than doubled to €38m in 2031, from €17m a year earlier, and the company says it has been profitable at the operating level since July.
F money €38m
F date 2031
F money €17m
> Johanna Reitmeier, a partner at Isarbrook, says the bottleneck in Europe’s heat pump market is not demand but labour.
P full Johanna Reitmeier
O company Isarbrook
L continent Europe
> “Europe has the subsidies and the climate targets. What it doesn’t have is enough installers,” she says. “Kuumus has shown it can turn an electrician from Narva or Daugavpils into a heat pump installer in 10 weeks. If that works in Łódź and Leipzig, this is a very large business.”
Q direct Johanna Reitmeier :: “Europe has the subsidies and the climate targets. What it doesn’t have is enough installers,”
L continent Europe
Q direct Johanna Reitmeier :: “Kuumus has shown it can turn an electrician from Narva or Daugavpils into a heat pump installer in 10 weeks. If that works in Łódź and Leipzig, this is a very large business.”
O company Kuumus
L city Narva
L city Daugavpils
F duration 10 weeks
L city Łódź
L city Leipzig
> Heat pump sales in Europe fell for two years after a boom in 2022, as energy prices eased and governments, including Germany’s, cut back or rewrote subsidies, according to the European Heat Pump Association (EHPA). The Brussels-based association says sales rose again by 9% in 2031.
L continent Europe
F duration two years
F date 2022
L country Germany
O nonprofit European Heat Pump Association
O nonprofit EHPA
L city Brussels
F percent 9%
F date 2031
> Kuumus plans to open in Gdańsk and Poznań this summer, where Poland’s Clean Air programme pays homeowners grants of up to 135,000 złoty, and to move into Germany in 2033, starting in Leipzig and Dresden in the eastern state of Saxony.
O company Kuumus
L city Gdańsk
L city Poznań
L country Poland
F money 135,000 złoty
L country Germany
F date 2033
L city Leipzig
L city Dresden
L region Saxony
> Part of the money will go to a training centre in Tartu, run with Tallinn University of Technology (TalTech), that should turn out 400 installers a year.
L city Tartu
O education Tallinn University of Technology
O education TalTech
F number 400
> “A heat pump installer is an electrician and a plumber at the same time. Nobody trains for that, so we do it ourselves,” says Peetre, who runs the company’s operations. Trainees are paid €1,800 a month during the 10-week course.
Q direct Rasmus Peetre :: “A heat pump installer is an electrician and a plumber at the same time. Nobody trains for that, so we do it ourselves,”
P partial Peetre
F money €1,800
F duration 10-week
> Customers say the pitch works. Kristel Roos, who had a pump fitted by the company in her 1970s flat-roofed house in the Tartu suburb of Annelinn, says her heating costs have fallen sharply. “Our gas bill last winter was €2,100. This winter we paid €740 for all our electricity,” she says.
P full Kristel Roos
F date 1970s
L city Tartu
L city Annelinn
Q direct Kristel Roos :: “Our gas bill last winter was €2,100. This winter we paid €740 for all our electricity,”
F money €2,100
F money €740
> Kuumus will not have the market to itself. Stockholm-based Nordvärme raised €60m last year to expand across the Nordics, and utilities such as Finland’s Helen sell heat pump packages to their own customers.
O company Kuumus
L city Stockholm
O company Nordvärme
F money €60m
L region Nordics
L country Finland
O company Helen
> Martin Ots, an energy analyst at SEB in Tallinn, says companies like Kuumus are exposed to every change in subsidy rules.
P full Martin Ots
O company SEB
L city Tallinn
O company Kuumus
> “The risk is that you become very good at spending subsidies. When a government changes the rules, as Germany did in 2023, sales can fall by half in a year,” he says.
Q direct Martin Ots :: “The risk is that you become very good at spending subsidies. When a government changes the rules, as Germany did in 2023, sales can fall by half in a year,”
L country Germany
F date 2023
F fraction half
> Saar says that is why the company is growing in several countries at once. “We kept growing in Estonia when the grant scheme was paused for nine months. I won’t pretend it was fun.”
P partial Saar
Q direct Kadri Saar :: “We kept growing in Estonia when the grant scheme was paused for nine months. I won’t pretend it was fun.”
L country Estonia
F duration nine months
> Estonia, a country of 1.4 million people that produced Skype, Wise and Bolt, has more startups per person than almost anywhere else in Europe. Kuumus employs 260 people and expects to have 500 by the end of 2033.
L country Estonia
F number 1.4 million
O company Skype
O company Wise
O company Bolt
L continent Europe
O company Kuumus
F number 260
F number 500
F date 2033
'''

ARTICLES['180-rockhampton-stock-agent-cattle-fraud'] = r'''
> Queensland / Crime
L region Queensland
> Stock agent jailed over $2.3m cattle fraud that ‘gutted’ Central Queensland families
F money $2.3m
Q direct Helen Castellano :: ‘gutted’
L region Central Queensland
> Trent Bowditch sold 3400 head of cattle for graziers from Emerald to Biloela and used the money to keep his failing agency afloat, a court has heard.
P full Trent Bowditch
F number 3400
L city Emerald
L city Biloela
> By Kirra Donnelly
P full Kirra Donnelly
> April 14, 2032 — 4.51pm
F date April 14, 2032
F time 4.51pm
> Trent Bowditch leaves the Rockhampton courthouse on Wednesday. Credit: Jodie Pryor/AAP
P full Trent Bowditch
L city Rockhampton
P full Jodie Pryor
O media AAP
> A former Rockhampton stock agent who kept $2.3 million from the sale of other people’s cattle has been jailed for six years, with a judge finding he had “gutted” farming families already battling drought.
L city Rockhampton
F money $2.3 million
F duration six years
Q direct Helen Castellano :: “gutted”
> Trent Michael Bowditch, 46, of Gracemere, pleaded guilty in Rockhampton District Court to 14 counts of fraud over sales at the Central Queensland Livestock Exchange and through online platform AuctionsPlus between March 2029 and October 2030.
P full Trent Michael Bowditch
F age 46
L city Gracemere
O government Rockhampton District Court
F number 14
L facility Central Queensland Livestock Exchange
O company AuctionsPlus
F date March 2029
F date October 2030
> Crown prosecutor Alana Whitby told the court Bowditch, the sole director of Capricorn Stock & Station Agents Pty Ltd, sold the cattle on behalf of 11 graziers in the Central Highlands, Banana Shire and around Duaringa but paid them only part of the proceeds, or nothing at all.
P full Alana Whitby
P partial Bowditch
O company Capricorn Stock & Station Agents Pty Ltd
F number 11
L region Central Highlands
L region Banana Shire
L city Duaringa
> Instead, Ms Whitby said, he used the money to pay the agency’s overdraft, cover losses on his own cattle trading and keep up payments on a $310,000 boat moored at Keppel Bay Marina near Yeppoon.
P partial Whitby
F money $310,000
L facility Keppel Bay Marina
L city Yeppoon
> “These were not wealthy corporations. These were families who had held on to their breeders through three years of drought, sold when they had to, and then waited months for money that was never coming,” Ms Whitby said.
Q direct Alana Whitby :: “These were not wealthy corporations. These were families who had held on to their breeders through three years of drought, sold when they had to, and then waited months for money that was never coming,”
F duration three years
P partial Whitby
> Other victims run cattle near Longreach, Blackall, Theodore and Mount Morgan, and some of the stock was trucked to the saleyards along the Capricorn Highway. Several of the graziers had dealt with Bowditch, and with his father before him, for more than 20 years.
L city Longreach
L city Blackall
L city Theodore
L city Mount Morgan
L street Capricorn Highway
P partial Bowditch
F duration 20 years
> Joanne Fitzsimmons, who runs a breeding herd with her husband on a property near Springsure, was owed $412,000 for 520 steers sold at Gracemere in June 2030.
P full Joanne Fitzsimmons
L city Springsure
F money $412,000
F number 520
L city Gracemere
F date June 2030
> “We went to the bank to explain why the cattle money hadn’t come through. The manager thought we were the ones lying,” she wrote in a victim impact statement read to the court. “Our son left school at 16 to work on the place because we couldn’t pay a station hand.”
Q direct Joanne Fitzsimmons :: “We went to the bank to explain why the cattle money hadn’t come through. The manager thought we were the ones lying,”
Q direct Joanne Fitzsimmons :: “Our son left school at 16 to work on the place because we couldn’t pay a station hand.”
F age 16
> Defence barrister Lachlan Murtagh said his client had borrowed heavily after floods on the Fitzroy River in 2028 wiped out his trading income, and had “always intended” to repay the graziers.
P full Lachlan Murtagh
L geo Fitzroy River
F date 2028
Q direct Lachlan Murtagh :: “always intended”
> “He didn’t set out to be a thief. He dug himself a hole and he kept digging,” Mr Murtagh said.
Q direct Lachlan Murtagh :: “He didn’t set out to be a thief. He dug himself a hole and he kept digging,”
P partial Murtagh
> The fraud came to light when an Emerald grazier complained to police in November 2030. Detectives from the Queensland Police Service’s Stock and Rural Crime Investigation Squad traced the money through 17 bank accounts, including four held in the name of Bowditch’s wife, Kylie, who has not been charged.
L city Emerald
F date November 2030
O government Queensland Police Service
O government Stock and Rural Crime Investigation Squad
F number 17
F number four
P partial Bowditch
P partial Kylie
> Speaking outside court, Detective Senior Sergeant Paul Kennard said: “Stock agents hold an enormous amount of trust in the bush. When that trust is broken, it’s not just the money that goes. People stop trusting the whole system.”
P full Paul Kennard
Q direct Paul Kennard :: “Stock agents hold an enormous amount of trust in the bush. When that trust is broken, it’s not just the money that goes. People stop trusting the whole system.”
> Sentencing Bowditch, Judge Helen Castellano said he had exploited relationships built up over decades.
P partial Bowditch
P full Helen Castellano
> “You knew better than anyone what those cattle meant to those families. For some of them it was a whole year’s income in a single truckload,” she said.
Q direct Helen Castellano :: “You knew better than anyone what those cattle meant to those families. For some of them it was a whole year’s income in a single truckload,”
> “Their statements describe people who have been gutted, financially and personally, by what you did.”
Q direct Helen Castellano :: “Their statements describe people who have been gutted, financially and personally, by what you did.”
> Judge Castellano set Bowditch’s parole eligibility date at April 13, 2034, after he has served two years, and ordered him to pay $2.1 million in compensation. His agency was placed into liquidation in 2031.
P partial Castellano
P partial Bowditch
F date April 13, 2034
F duration two years
F money $2.1 million
F date 2031
> He was taken into custody and is expected to serve his sentence at Capricornia Correctional Centre, north of Rockhampton.
L facility Capricornia Correctional Centre
L city Rockhampton
> AgForce, which represents Queensland graziers, said the case showed the need for tighter checks on how livestock agents handle sale proceeds. “Graziers shouldn’t have to chase their own money months after the truck has left the yards,” an AgForce spokesperson said.
O nonprofit AgForce
L region Queensland
Q direct - :: “Graziers shouldn’t have to chase their own money months after the truck has left the yards,”
O nonprofit AgForce
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
