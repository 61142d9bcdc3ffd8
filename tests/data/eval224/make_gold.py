#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval224 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval224/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1387-abu-dhabi-light-rail-saadiyat-line-yas-khalifa-city-extension-gulf-news'] = r'''
> Transport
> Abu Dhabi light rail to reach Yas Island and Khalifa City in Dh9.6 billion extension
L city Abu Dhabi
L geo Yas Island
L city Khalifa City
F money Dh9.6 billion
> Seven stations, 18.4km of track and 14 communities: what the new line means for residents
F number Seven
F quantity 18.4km
F number 14
> Noura Saeed Al Mazrouei, Senior Reporter
P full Noura Saeed Al Mazrouei
> Published: April 10, 2040 16:20
F date April 10, 2040
F time 16:20
> A light rail train crosses to Al Maryah Island during trial runs in February. Image Credit: Joel D'Souza/Gulf News
L geo Al Maryah Island
P full Joel D'Souza
O media Gulf News
> Abu Dhabi: The capital's light rail network will be extended to Yas Island and Khalifa City under a Dh9.6 billion contract awarded on Tuesday, Abu Dhabi Mobility announced.
L city Abu Dhabi
L geo Yas Island
L city Khalifa City
F money Dh9.6 billion
O government Abu Dhabi Mobility
> The 18.4km extension of the Saadiyat Line will add seven stations, serving Al Raha Beach, Masdar City and Yas Mall among others, and 14 communities where about 210,000 people live. Trains are due to start running in the fourth quarter of 2043.
F quantity 18.4km
L facility Saadiyat Line
F number seven
L city Al Raha Beach
L city Masdar City
L facility Yas Mall
F number 14
F number 210,000
F date 2043
> The contract went to a consortium led by Abu Dhabi-based Hadeed Al Sahel Contracting and South Korea's Daewon Rail Systems, the Department of Municipalities and Transport (DMT) said in a statement. The DMT said the line would take "up to 9,000 cars a day" off Sheikh Khalifa Bin Zayed Highway.
L city Abu Dhabi
O company Hadeed Al Sahel Contracting
L country South Korea
O company Daewon Rail Systems
O government Department of Municipalities and Transport
O government DMT
O government DMT
Q direct Department of Municipalities and Transport :: "up to 9,000 cars a day"
F number 9,000
L street Sheikh Khalifa Bin Zayed Highway
> "This is the line residents of the east of the island have been asking for since the first trains ran on Saadiyat," said Eng. Khalid Obaid Al Dhaheri, director-general of Abu Dhabi Mobility. "A family in Khalifa City today spends 45 minutes in traffic to reach Al Maryah Island. On the light rail it will take 26 minutes, with a train every four minutes at peak hours.
Q direct Khalid Obaid Al Dhaheri :: "This is the line residents of the east of the island have been asking for since the first trains ran on Saadiyat,"
L geo Saadiyat
P full Khalid Obaid Al Dhaheri
O government Abu Dhabi Mobility
Q direct Khalid Obaid Al Dhaheri :: "A family in Khalifa City today spends 45 minutes in traffic to reach Al Maryah Island. On the light rail it will take 26 minutes, with a train every four minutes at peak hours.
L city Khalifa City
F duration 45 minutes
L geo Al Maryah Island
F duration 26 minutes
F duration four minutes
> "We are not building a line to nowhere. Every station is within 600 metres of homes, schools or offices."
Q direct Khalid Obaid Al Dhaheri :: "We are not building a line to nowhere. Every station is within 600 metres of homes, schools or offices."
F quantity 600 metres
> Al Dhaheri said about 40 per cent of the budget would go to a 2.1km viaduct over the water between Al Raha Beach and Yas Island, where trains will run at up to 80km/h. Abu Dhabi Mobility said the trains would be "fully driverless" and carry up to 520 passengers each. A single journey will cost Dh4, the same fare as on the existing line, payable with a Hafilat card.
P partial Al Dhaheri
F percent 40 per cent
F quantity 2.1km
L city Al Raha Beach
L geo Yas Island
F quantity 80km/h
O government Abu Dhabi Mobility
Q direct Abu Dhabi Mobility :: "fully driverless"
F number 520
F money Dh4
> Construction is due to start on January 15, 2041, and will take 33 months, he said.
F date January 15, 2041
F duration 33 months
> For Priya Ramanathan-Kurup, 34, a nurse who lives in Khalifa City and works at Cleveland Clinic Abu Dhabi, the news cannot come soon enough. "My son asks me every morning, 'Mama, why are we stuck again?' Now I can tell him the train is coming," she said. She spends Dh1,100 a month on fuel and parking.
P full Priya Ramanathan-Kurup
F age 34
L city Khalifa City
O other Cleveland Clinic Abu Dhabi
Q direct Priya Ramanathan-Kurup :: "My son asks me every morning, 'Mama, why are we stuck again?' Now I can tell him the train is coming,"
F money Dh1,100
> Planners admit the so-called "first and last mile", the walk or ride between a station and the front door, remains the weak point in the capital's suburbs, where summer temperatures pass 45 degrees Celsius. The DMT said shaded walkways and 1,200 e-scooter bays would be built near the seven stations.
Q scare - :: "first and last mile"
F quantity 45 degrees Celsius
O government DMT
F number 1,200
F number seven
> An official at the DMT, who asked not to be named because the financing had not been finalised, said a further 32km branch to Zayed International Airport was being studied. "It depends on what happens to passenger numbers after 2045. Nothing is decided," the official said.
O government DMT
F quantity 32km
L facility Zayed International Airport
Q direct - :: "It depends on what happens to passenger numbers after 2045. Nothing is decided,"
F date 2045
> Dubai opened its Metro on September 9, 2009. Abu Dhabi's first light rail trains ran on Saadiyat in 2036, and the line now carries about 61,000 passengers a day.
L city Dubai
F date September 9, 2009
L city Abu Dhabi
L geo Saadiyat
F date 2036
F number 61,000
'''

ARTICLES['1388-giro-ditalia-stage-9-blockhaus-quinonez-hojgaard-moller-pink-velonews'] = r'''
> Giro d’Italia
> Giro d’Italia Stage 9: Quiñónez Soars on the Blockhaus as Le Bihan Cracks
P partial Quiñónez
L geo Blockhaus
P partial Le Bihan
> Colombian climber wins by 42 seconds on the first summit finish; Højgaard Møller takes the maglia rosa
F duration 42 seconds
P partial Højgaard Møller
> Rebecca Thornquist-Vale
P full Rebecca Thornquist-Vale
> Published May 12, 2041 12:48PM
F date May 12, 2041
F time 12:48PM
> Juan Esteban Quiñónez attacks on the final ramps of the Blockhaus. (Photo: Marco Alvisi-Ferri/Getty Images)
P full Juan Esteban Quiñónez
L geo Blockhaus
P full Marco Alvisi-Ferri
O company Getty Images
> Juan Esteban Quiñónez (EF Education-EasyPost) won stage 9 of the Giro d’Italia at the summit of the Blockhaus on Sunday, attacking 4.2km from the line and holding off the favorites on the steepest slopes of the 13.6km climb.
P full Juan Esteban Quiñónez
O team EF Education-EasyPost
L geo Blockhaus
F quantity 4.2km
F quantity 13.6km
> The 24-year-old from Tunja crossed the line at 1,665 meters in 4:51:23 after 187km from Isernia, 42 seconds ahead of Kasper Højgaard Møller (Visma-Lease a Bike), who moved into the pink jersey. Aurélien Le Bihan (Groupama-FDJ), who started the day in pink, lost 1:38 and dropped to fifth overall.
F age 24-year-old
L city Tunja
F quantity 1,665 meters
F duration 4:51:23
F quantity 187km
L city Isernia
F duration 42 seconds
P full Kasper Højgaard Møller
O team Visma-Lease a Bike
P full Aurélien Le Bihan
O team Groupama-FDJ
F duration 1:38
> “I told my director this morning, ‘If I am alive at four kilometers, I go.’ I was alive,” Quiñónez said. “In Colombia we grow up on climbs like this. My father raced up the Alto de Letras every Sunday when I was a boy.
Q direct Juan Esteban Quiñónez :: “I told my director this morning, ‘If I am alive at four kilometers, I go.’ I was alive,”
F quantity four kilometers
P partial Quiñónez
Q direct Juan Esteban Quiñónez :: “In Colombia we grow up on climbs like this. My father raced up the Alto de Letras every Sunday when I was a boy.
L country Colombia
L geo Alto de Letras
> “This one is for him and for the team. We came here with nothing and now we have a stage.”
Q direct Juan Esteban Quiñónez :: “This one is for him and for the team. We came here with nothing and now we have a stage.”
> Quiñónez also took 10 bonus seconds at the line and is only the third Colombian to win on the Blockhaus. EF Education-EasyPost said in a statement that he would “keep racing for stages, not for pink.”
P partial Quiñónez
F duration 10 bonus seconds
L geo Blockhaus
O team EF Education-EasyPost
Q direct EF Education-EasyPost :: “keep racing for stages, not for pink.”
> With temperatures of 31 degrees Celsius in the valley, a break of 11 riders, including Italy’s Nicolò Dal Prà (XDS Astana) and Sander de Wilde (Soudal Quick-Step), built a lead of more than six minutes on the Passo Lanciano, the day’s first categorized climb. Visma-Lease a Bike then set a furious tempo on the lower slopes of the Blockhaus, where the gradient averages 8.4 percent over the last 13.6km.
F quantity 31 degrees Celsius
F number 11
L country Italy
P full Nicolò Dal Prà
O team XDS Astana
P full Sander de Wilde
O team Soudal Quick-Step
F duration six minutes
L geo Passo Lanciano
O team Visma-Lease a Bike
L geo Blockhaus
F percent 8.4 percent
F quantity 13.6km
> Dal Prà, 33, was the last survivor of the break and was caught with 5km to go, ending his third long-range attack of the race for Astana. The climb rises through beech forest on the Majella, the “Mother Mountain” of Abruzzo.
P partial Dal Prà
F age 33
F quantity 5km
O team Astana
L geo Majella
Q scare - :: “Mother Mountain”
L region Abruzzo
> Højgaard Møller, 27, now leads the race by 19 seconds over Quiñónez, with Rafael Ortigosa Blanco of UAE Team Emirates XRG third at 1:02.
P partial Højgaard Møller
F age 27
F duration 19 seconds
P partial Quiñónez
P full Rafael Ortigosa Blanco
O team UAE Team Emirates XRG
F duration 1:02
> “It was never the plan to take pink today. Tomorrow is a rest day and I will enjoy it,” said the Dane, who finished 11th on the Blockhaus two years ago.
Q direct Kasper Højgaard Møller :: “It was never the plan to take pink today. Tomorrow is a rest day and I will enjoy it,”
L geo Blockhaus
F duration two years
> Le Bihan, who had worn pink for four days, said he had “no excuses.”
P partial Le Bihan
F duration four days
Q direct Aurélien Le Bihan :: “no excuses.”
> “The legs were empty after 10 kilometers of climbing. I paid for yesterday,” he said. “It is a long Giro. There are still three mountain stages and a time trial.”
Q direct Aurélien Le Bihan :: “The legs were empty after 10 kilometers of climbing. I paid for yesterday,”
F quantity 10 kilometers
Q direct Aurélien Le Bihan :: “It is a long Giro. There are still three mountain stages and a time trial.”
F number three
> After Monday’s rest day, racing resumes on Tuesday with a 31km individual time trial from Ortona to Pescara. The Giro finishes in Rome on June 2.
F quantity 31km
L city Ortona
L city Pescara
L city Rome
F date June 2
'''

ARTICLES['1389-dingle-greenway-camp-annascaul-landowners-compulsory-purchase-kerry-irish-examiner'] = r'''
> Kerry
L region Kerry
> Landowners vow to fight compulsory purchase for €41m Dingle greenway
F money €41m
L city Dingle
> Farmers at Camp and Annascaul say council offer of €12,000 per acre is ‘an insult’
L city Camp
L city Annascaul
F money €12,000
Q direct Pádraig Moynihan :: ‘an insult’
> Nóirín Ní Shé
P full Nóirín Ní Shé
> Tue, 14 May, 2041 - 18:45
F date 14 May, 2041
F time 18:45
> Farmer Mossie Fitzgerald on his land at Camp, where the proposed greenway would cross three of his fields. Picture: Dónal Ó Murchú
P full Mossie Fitzgerald
L city Camp
F number three
P full Dónal Ó Murchú
> Landowners on the Dingle Peninsula have vowed to resist compulsory purchase orders for a €41m greenway that would run 32km from Blennerville, outside Tralee, to Dingle along the route of the old narrow-gauge railway.
L geo Dingle Peninsula
F money €41m
F quantity 32km
L city Blennerville
L city Tralee
L city Dingle
> Kerry County Council confirmed on Monday that it had served notice on 46 landowners and would ask An Coimisiún Pleanála to confirm the orders, after talks on voluntary agreements broke down in March.
O government Kerry County Council
F number 46
O government An Coimisiún Pleanála
> The council has offered €12,000 per acre, along with a once-off payment of €2,500 for each new boundary fence, gate or underpass.
F money €12,000
F money €2,500
> Pádraig Moynihan, chair of the Irish Farmers’ Association (IFA) in Kerry, said the offer was “an insult” to families who had farmed along the line for generations.
P full Pádraig Moynihan
O nonprofit Irish Farmers’ Association
O nonprofit IFA
L region Kerry
Q direct Pádraig Moynihan :: “an insult”
> “Nobody here is against walkers or cyclists. We have the Conor Pass on our doorstep and we know what tourism brings,” Mr Moynihan said. “But a greenway cuts a farm down the middle. You have cattle on this side, silage on that side, and 2,000 bikes a day going through the yard.
Q direct Pádraig Moynihan :: “Nobody here is against walkers or cyclists. We have the Conor Pass on our doorstep and we know what tourism brings,”
L geo Conor Pass
P partial Moynihan
Q direct Pádraig Moynihan :: “But a greenway cuts a farm down the middle. You have cattle on this side, silage on that side, and 2,000 bikes a day going through the yard.
F number 2,000
> “The council is taking land by the back door, and the IFA will fight every one of these orders.”
Q direct Pádraig Moynihan :: “The council is taking land by the back door, and the IFA will fight every one of these orders.”
O nonprofit IFA
> Mossie Fitzgerald, 67, whose family has farmed at Camp since the 1880s, has been offered €31,200 for 2.6 acres. “My grandfather watched the trains go past this house. Now they want to put a coffee van where his hay shed was,” he said.
P full Mossie Fitzgerald
F age 67
L city Camp
F date 1880s
F money €31,200
F quantity 2.6 acres
Q direct Mossie Fitzgerald :: “My grandfather watched the trains go past this house. Now they want to put a coffee van where his hay shed was,”
> At Monday’s meeting in Tralee, Cllr Caitríona Breathnach (SF) said the council had “rushed” the process and should have offered landowners a lease instead of buying the land outright.
L city Tralee
P full Caitríona Breathnach
O party SF
Q direct Caitríona Breathnach :: “rushed”
> But Cllr Jim Finucane-O’Shea (FG), from Inch, said the peninsula could not afford to wait. “Every town on this route is losing young people. A greenway brings cafés, bike hire and B&Bs, and it brings them in March, not just in August,” he said.
P full Jim Finucane-O’Shea
O party FG
L city Inch
Q direct Jim Finucane-O’Shea :: “Every town on this route is losing young people. A greenway brings cafés, bike hire and B&Bs, and it brings them in March, not just in August,”
> Director of services Aoife Crowley-Breen told councillors that 91% of the route would follow the old railway bed, which closed in 1953, and that the design had been changed at 14 locations to avoid farmyards.
P full Aoife Crowley-Breen
F percent 91%
F date 1953
F number 14
> She said €34.5m of the cost would come from Transport Infrastructure Ireland (TII). If the orders are confirmed, work could begin in September 2042 and take 30 months, she said.
F money €34.5m
O government Transport Infrastructure Ireland
O government TII
F date September 2042
F duration 30 months
> A spokesperson for TII said it did not comment on “individual compulsory purchase matters”.
O government TII
Q direct - :: “individual compulsory purchase matters”
> The Great Southern Greenway in Co Limerick, which also runs on a disused line, recorded about 390,000 users in 2040.
L facility Great Southern Greenway
L region Co Limerick
F number 390,000
F date 2040
'''

ARTICLES['1390-tainan-chip-fab-water-shortage-zengwen-reservoir-tankers-stsp-nikkei-asia'] = r'''
> Semiconductors
> Taiwan chipmakers truck in water as southern reservoirs fall to 9%
L country Taiwan
F percent 9%
> Hengyu Semiconductor spends NT$1.3bn on tankers to keep Tainan fabs running
O company Hengyu Semiconductor
F money NT$1.3bn
L city Tainan
> LIN HSIAO-WEN, Nikkei staff writer
P full LIN HSIAO-WEN
O media Nikkei
> April 18, 2040 19:05 JST
F date April 18, 2040
F time 19:05 JST
> Water trucks queue at a fab in the Southern Taiwan Science Park in Tainan on April 17. (Photo by Kao Yu-ting)
L facility Southern Taiwan Science Park
L city Tainan
F date April 17
P full Kao Yu-ting
> TAINAN -- Hengyu Semiconductor Manufacturing Co. is paying NT$1.3 billion ($41 million) to truck water into its two chip plants in southern Taiwan, as the worst drought in 19 years drains the reservoirs that supply the island's second-largest technology cluster.
L city TAINAN
O company Hengyu Semiconductor Manufacturing Co.
F money NT$1.3 billion
F money $41 million
F number two
L country Taiwan
F duration 19 years
> The company said on Wednesday that 320 tanker trucks were delivering about 11,000 tonnes of water a day to its fabs in the Southern Taiwan Science Park (STSP), covering 18% of what the plants need. The rest comes from the public supply and from recycled water.
F number 320
F quantity 11,000 tonnes
L facility Southern Taiwan Science Park
L facility STSP
F percent 18%
> Zengwen Reservoir, Taiwan's largest, stood at 9.2% of capacity on Tuesday, and the nearby Nanhua Reservoir at 11.4%, according to the Water Resources Agency (WRA). No typhoon has made landfall since September 2039, and spring rainfall in Tainan and Chiayi County was 63% below average.
L facility Zengwen Reservoir
L country Taiwan
F percent 9.2%
L facility Nanhua Reservoir
F percent 11.4%
O government Water Resources Agency
O government WRA
F date September 2039
L city Tainan
L region Chiayi County
F percent 63%
> "We have not cut a single wafer start. Our customers do not want to hear about rain," President Vincent Chou Yi-hsiung told Nikkei Asia. "But trucking water is not a strategy. It costs us roughly NT$120 per tonne, about six times the industrial tariff.
Q direct Vincent Chou Yi-hsiung :: "We have not cut a single wafer start. Our customers do not want to hear about rain,"
P full Vincent Chou Yi-hsiung
O media Nikkei Asia
Q direct Vincent Chou Yi-hsiung :: "But trucking water is not a strategy. It costs us roughly NT$120 per tonne, about six times the industrial tariff.
F money NT$120
F number six
> "If there is no plum rain by the end of May, the whole park has a problem, not only Hengyu."
Q direct Vincent Chou Yi-hsiung :: "If there is no plum rain by the end of May, the whole park has a problem, not only Hengyu."
O company Hengyu
> Chou, 58, said the company had raised the share of recycled water at its Tainan plants to 71% from 55% in 2036, and would spend NT$4.6 billion on a new reclamation plant due to open in 2042.
P partial Chou
F age 58
L city Tainan
F percent 71%
F percent 55%
F date 2036
F money NT$4.6 billion
F date 2042
> The WRA on Monday moved Tainan and Kaohsiung to its "orange" alert level, cutting water pressure at night and ordering science park tenants to reduce use by 15%. Farmers in Chiayi County and Tainan have been told to leave about 27,000 hectares of rice paddies fallow this season, for which the government will pay NT$85,000 per hectare.
O government WRA
L city Tainan
L city Kaohsiung
Q scare - :: "orange"
F percent 15%
L region Chiayi County
L city Tainan
F quantity 27,000 hectares
F money NT$85,000
> "Every year it is the farmers who give water to the factories first," said Tsai Ming-chuan, 64, who grows rice and water chestnuts in Guantian District. "They call chips the 'silicon shield.' Nobody calls rice a shield."
Q direct Tsai Ming-chuan :: "Every year it is the farmers who give water to the factories first,"
P full Tsai Ming-chuan
F age 64
L city Guantian District
Q direct Tsai Ming-chuan :: "They call chips the 'silicon shield.' Nobody calls rice a shield."
> An official at the Ministry of Economic Affairs, who declined to be named, said a desalination plant in Tainan's Annan District would add 100,000 tonnes a day from 2043. "It is late. Everyone knows it is late," the official said.
O government Ministry of Economic Affairs
L city Tainan
L city Annan District
F quantity 100,000 tonnes
F date 2043
Q direct - :: "It is late. Everyone knows it is late,"
> Joanna Hsieh, a semiconductor analyst at TrendForce in Taipei, estimated that the STSP produces about 40% of the world's most advanced chips. "A two-week shutdown there would be felt in every phone and data center on the planet," she said.
P full Joanna Hsieh
O company TrendForce
L city Taipei
L facility STSP
F percent 40%
Q direct Joanna Hsieh :: "A two-week shutdown there would be felt in every phone and data center on the planet,"
F duration two-week
> Shares of Hengyu fell 3.4% in Taipei on Wednesday, while the benchmark Taiex rose 0.6%.
O company Hengyu
F percent 3.4%
L city Taipei
F percent 0.6%
'''

ARTICLES['1391-phoenix-buckeye-surprise-assured-water-supply-rule-homes-adwr-arizona-republic'] = r'''
> Water
> New state water rule could halt 41,000 homes in Buckeye, Surprise and Queen Creek
F number 41,000
L city Buckeye
L city Surprise
L city Queen Creek
> Brandon Okafor-Reyes, Arizona Republic
P full Brandon Okafor-Reyes
O media Arizona Republic
> Published 5:04 a.m. MT March 7, 2040
F time 5:04 a.m. MT
F date March 7, 2040
> Homes under construction in Buckeye on March 4, 2040. (Photo: Lucía Benavides-Tran/The Republic)
L city Buckeye
F date March 4, 2040
P full Lucía Benavides-Tran
O media The Republic
> Developers in the far West Valley and the southeast edge of metro Phoenix will have to prove they can replace every drop of groundwater their new homes use for 100 years, under a rule the Arizona Department of Water Resources adopted Tuesday.
L region West Valley
L city Phoenix
F duration 100 years
O government Arizona Department of Water Resources
> The rule, which takes effect July 1, could stall about 41,000 planned homes in Buckeye, Surprise, Queen Creek and unincorporated Maricopa and Pinal counties, according to department estimates.
F date July 1
F number 41,000
L city Buckeye
L city Surprise
L city Queen Creek
L region Maricopa
L region Pinal
> ADWR Director Teresa Valdez-Horvath said the Phoenix Active Management Area was pumping groundwater faster than it can be recharged, and that the state's models show a shortfall of 4.86 million acre-feet over the next century.
O government ADWR
P full Teresa Valdez-Horvath
L region Phoenix Active Management Area
F quantity 4.86 million acre-feet
> "We are not saying no to growth. We are saying growth has to bring its own water," Valdez-Horvath said. "A subdivision that can't show us 100 years of supply is a promise we can't keep to the people who buy those homes."
Q direct Teresa Valdez-Horvath :: "We are not saying no to growth. We are saying growth has to bring its own water,"
P partial Valdez-Horvath
Q direct Teresa Valdez-Horvath :: "A subdivision that can't show us 100 years of supply is a promise we can't keep to the people who buy those homes."
F duration 100 years
> Under the rule, builders must buy long-term supplies, such as treated wastewater, desalted brackish groundwater or water leased from farms or tribes, equal to at least 0.35 acre-feet per home per year. At current prices that adds $18,000 to $26,000 to the cost of a new house, the Home Builders Association of Central Arizona said.
F quantity 0.35 acre-feet
F money $18,000
F money $26,000
O nonprofit Home Builders Association of Central Arizona
> The association called the rule "a moratorium in all but name" and said it would consider a legal challenge.
Q direct Home Builders Association of Central Arizona :: "a moratorium in all but name"
> Buckeye Mayor Ramón De La Torre said the city, which grew 61% in the past decade to about 193,000 residents, had already secured 12,500 acre-feet a year of treated effluent and a share of Colorado River water through the Central Arizona Project (CAP).
L city Buckeye
P full Ramón De La Torre
F percent 61%
F number 193,000
F quantity 12,500 acre-feet
L geo Colorado River
O government Central Arizona Project
O government CAP
> "Buckeye did its homework," De La Torre said. "Now the state is changing the test after we turned it in."
Q direct Ramón De La Torre :: "Buckeye did its homework,"
L city Buckeye
P partial De La Torre
Q direct Ramón De La Torre :: "Now the state is changing the test after we turned it in."
> Surprise officials said in a statement that 9,400 of the affected homes were in their city and that they were reviewing "every option." Goodyear, which approved a 2,300-home project in January, said it was not affected because the developer had already bought water rights.
L city Surprise
F number 9,400
Q direct - :: "every option."
L city Goodyear
F number 2,300
> Kelsey Arnaud-Whitfield, 31, and her husband signed a contract on a four-bedroom home in Queen Creek in December and put down $25,000. Their builder told them last week that the lot may not be approved. "Nobody said the word 'water' once during the sale," she said. "We just wanted a yard for the kids."
P full Kelsey Arnaud-Whitfield
F age 31
F number four
L city Queen Creek
F money $25,000
Q direct Kelsey Arnaud-Whitfield :: "Nobody said the word 'water' once during the sale,"
Q direct Kelsey Arnaud-Whitfield :: "We just wanted a yard for the kids."
> A senior official in Gov. Patricia Lomeli-Sandoval's office, who was not authorized to speak publicly, said the governor backed the rule and would ask lawmakers for $210 million to help cities buy water. "Arizona has been warned for 20 years. We are out of warnings," the official said.
P full Patricia Lomeli-Sandoval
F money $210 million
Q direct - :: "Arizona has been warned for 20 years. We are out of warnings,"
L region Arizona
F duration 20 years
> The 1980 Groundwater Management Act created the state's active management areas. Lake Mead, the main reservoir for CAP water, stood at 1,041 feet on Monday, 29 feet above the level that triggers deeper cuts for Arizona.
F date 1980
L geo Lake Mead
O government CAP
F quantity 1,041 feet
F quantity 29 feet
L region Arizona
'''

ARTICLES['1392-greater-manchester-metrolink-fare-cap-bury-oldham-stops-mayor-manchester-evening-news'] = r'''
> Metrolink
> Tram fares capped at £5.40 a day across Greater Manchester from September - but some stops lose out
F money £5.40
L region Greater Manchester
> Mayor Joanne Ashworth-Kaur says the cap will save regular commuters up to £620 a year
P full Joanne Ashworth-Kaur
F money £620
> By Daniel Okonkwo-Hale Transport Reporter
P full Daniel Okonkwo-Hale
> 17:42, 3 JUL 2040
F time 17:42
F date 3 JUL 2040
> A tram at Victoria stop in Manchester city centre (Image: Manchester Evening News)
L facility Victoria
L city Manchester
O media Manchester Evening News
> Tram fares in Greater Manchester will be capped at £5.40 a day and £21.60 a week from September 1, the region's mayor has announced.
L region Greater Manchester
F money £5.40
F money £21.60
F date September 1
> Joanne Ashworth-Kaur said the daily cap would apply at all 112 Metrolink stops in the 10 boroughs, from Bury and Rochdale in the north to Altrincham and East Didsbury in the south, and on trams to Manchester Airport.
P full Joanne Ashworth-Kaur
F number 112
F number 10
L city Bury
L city Rochdale
L city Altrincham
L city East Didsbury
L facility Manchester Airport
> At present a peak-time return from Bury to Piccadilly costs £7.90, while a seven-day ticket across all zones is £32.
L city Bury
L facility Piccadilly
F money £7.90
F duration seven-day
F money £32
> "Nobody in Greater Manchester should pay more to get to work because of which end of a tram line they live on," the mayor said. "A nurse in Wigan and a nurse in Ashton-under-Lyne should pay the same. That is what a fair system looks like."
Q direct Joanne Ashworth-Kaur :: "Nobody in Greater Manchester should pay more to get to work because of which end of a tram line they live on,"
L region Greater Manchester
Q direct Joanne Ashworth-Kaur :: "A nurse in Wigan and a nurse in Ashton-under-Lyne should pay the same. That is what a fair system looks like."
L city Wigan
L city Ashton-under-Lyne
> The cap will cost Transport for Greater Manchester (TfGM) an estimated £14.3m in its first year. TfGM said it would be paid for from the mayor's precept and from a 6.5 per cent rise in advertising income, and that it expected "around 9,000 extra journeys a day."
O government Transport for Greater Manchester
O government TfGM
F money £14.3m
O government TfGM
F percent 6.5 per cent
Q direct Transport for Greater Manchester :: "around 9,000 extra journeys a day."
F number 9,000
> But the change has angered some passengers in Oldham, where three stops between Derker and Shaw and Crompton will be moved into a new outer zone on the same day, meaning a single fare there will rise from £2.80 to £3.10.
L city Oldham
F number three
L facility Derker
L facility Shaw and Crompton
F money £2.80
F money £3.10
> Councillor Farida Qureshi-Lees (Labour, Shaw) said she had been given "no warning at all".
P full Farida Qureshi-Lees
O party Labour
L city Shaw
Q direct Farida Qureshi-Lees :: "no warning at all"
> "The cap helps people who ride every day. It does nothing for the pensioner who goes into town twice a week, and now her ticket goes up by 30p," she said. "We were told 'nobody will pay more.' Well, somebody will."
Q direct Farida Qureshi-Lees :: "The cap helps people who ride every day. It does nothing for the pensioner who goes into town twice a week, and now her ticket goes up by 30p,"
F money 30p
Q direct Farida Qureshi-Lees :: "We were told 'nobody will pay more.' Well, somebody will."
> Commuter Gareth Prendergast, 46, who travels from Radcliffe to Salford Quays five days a week, said he expected to save about £11 a week. "It's the first bit of good news on the trams since I can remember," he said.
P full Gareth Prendergast
F age 46
L city Radcliffe
L city Salford Quays
F number five
F money £11
Q direct Gareth Prendergast :: "It's the first bit of good news on the trams since I can remember,"
> A TfGM source, who did not want to be named, said match-day services to the Etihad Stadium and Old Trafford would be "the real test" of the cap. City and United supporters make up about 4 per cent of all Metrolink trips over a season.
O government TfGM
L facility Etihad Stadium
L facility Old Trafford
Q direct - :: "the real test"
O team City
O team United
F percent 4 per cent
> Bus fares across the city-region have been capped at £2 for a single journey since September 2023. The tram cap still has to be approved by the Greater Manchester Combined Authority (GMCA) on July 26, where Conservative members are expected to vote against it. A GMCA report says fare income will fall by 3.8 per cent.
F money £2
F date September 2023
O government Greater Manchester Combined Authority
O government GMCA
F date July 26
O government GMCA
F percent 3.8 per cent
> The daily cap will be charged automatically to contactless cards from 4.30am on September 1. Metrolink carried 48.6 million passengers in the year to March 2040.
F time 4.30am
F date September 1
F number 48.6 million
F date March 2040
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
