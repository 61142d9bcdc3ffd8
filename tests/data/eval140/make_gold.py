#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval140 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval140/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['883-mokhotlong-wool-farmers-broker-late-payment-lesotho-times'] = r'''
> News
> ‘Killing us slowly’: wool farmers cry foul over five-month payment delay
Q direct Tšepo Mofokeng :: ‘Killing us slowly’
F duration five-month
> Mokhotlong growers say broker owes them M14 million
L region Mokhotlong
F money M14 million
> Bereng Mokoena
P full Bereng Mokoena
> March 18, 2039
F date March 18, 2039
> Shearers at work at the Linakeng shearing shed in Mokhotlong district last week. Picture: Bereng Mokoena
L city Linakeng
L region Mokhotlong
P full Bereng Mokoena
> WOOL and mohair farmers in Mokhotlong say they have not been paid for wool sold five months ago, and accuse the Maseru-based broker Thaba Fibre Traders of sitting on about M14 million owed to more than 2 300 farmers.
L region Mokhotlong
F duration five months
L city Maseru
O company Thaba Fibre Traders
F money M14 million
F number 2 300
> The farmers delivered their clip to the broker’s store in Mokhotlong town in October 2038. They were promised payment within 90 days of the wool being auctioned in Gqeberha, South Africa, where most of Lesotho’s wool is sold.
L city Mokhotlong
F date October 2038
F duration 90 days
L city Gqeberha
L country South Africa
L country Lesotho
> “We were told after Christmas, then after Easter. Now they say June,” said ’Me ’Mathabo Ramokoena, 61, who keeps 340 Merino sheep near Linakeng.
Q direct ’Mathabo Ramokoena :: “We were told after Christmas, then after Easter. Now they say June,”
P full ’Mathabo Ramokoena
F age 61
F number 340
L city Linakeng
> “My two children are at school in Maseru and the fees are M4 500 a term. I have nothing to pay with. I have even sold four sheep to buy maize meal,” she said.
Q direct ’Mathabo Ramokoena :: “My two children are at school in Maseru and the fees are M4 500 a term. I have nothing to pay with. I have even sold four sheep to buy maize meal,”
F number two
L city Maseru
F money M4 500
F number four
> Ntate Tšepo Mofokeng of Tlokoeng, who delivered 1 180kg of wool, said the delay was “killing us slowly” because the clip is the only cash most highland households see in a year.
P full Tšepo Mofokeng
L city Tlokoeng
F quantity 1 180kg
Q direct Tšepo Mofokeng :: “killing us slowly”
> At the October sale the Lesotho clip fetched an average of M71.40 a kilogramme, 6 percent more than a year earlier, according to figures from the Lesotho National Wool and Mohair Growers Association (LNWMGA).
L country Lesotho
F money M71.40
F percent 6 percent
O nonprofit Lesotho National Wool and Mohair Growers Association
O nonprofit LNWMGA
> LNWMGA president Ntate Rethabile Mphutlane said the association had written to the broker twice and would take the matter to the Ministry of Small Business Development, Cooperatives and Marketing if farmers were not paid by April 30.
O nonprofit LNWMGA
P full Rethabile Mphutlane
O government Ministry of Small Business Development, Cooperatives and Marketing
F date April 30
> “Our members did everything right. They sheared, they classed and they delivered on time. The wool was sold in October and the money is sitting somewhere between Gqeberha and Maseru,” Ntate Mphutlane said. “We are asking the broker to open its books to the farmers.
Q direct Rethabile Mphutlane :: “Our members did everything right. They sheared, they classed and they delivered on time. The wool was sold in October and the money is sitting somewhere between Gqeberha and Maseru,”
Q direct Rethabile Mphutlane :: “We are asking the broker to open its books to the farmers.
L city Gqeberha
L city Maseru
P partial Mphutlane
> “If it cannot pay, the ministry must step in. A farmer cannot wait six months for his own money.”
Q direct Rethabile Mphutlane :: “If it cannot pay, the ministry must step in. A farmer cannot wait six months for his own money.”
F duration six months
> In a statement on Tuesday, Thaba Fibre Traders said the delay was caused by “a dispute over bank charges” with its South African buyer and promised that all farmers would be paid “before the end of April”.
O company Thaba Fibre Traders
Q direct Thaba Fibre Traders :: “a dispute over bank charges”
Q direct Thaba Fibre Traders :: “before the end of April”
> The company’s managing director, Khotso Nthako, did not answer calls from the Lesotho Times on Wednesday.
P full Khotso Nthako
O media Lesotho Times
> A senior official in the ministry, who asked not to be named because she is not allowed to speak to the media, said brokers must pay farmers within 60 days under regulations introduced in 2036. “We have opened a file on this broker. If the money is not paid, its licence can be suspended,” the official said.
F duration 60 days
F date 2036
Q direct - :: “We have opened a file on this broker. If the money is not paid, its licence can be suspended,”
> Wool and mohair are Lesotho’s biggest farm exports. The country produces about 3.6 million kilogrammes of wool a year, most of it from the highland districts of Mokhotlong, Thaba-Tseka, Qacha’s Nek and Butha-Buthe, and the sector supports an estimated 45 000 households.
L country Lesotho
F quantity 3.6 million kilogrammes
L region Mokhotlong
L region Thaba-Tseka
L region Qacha’s Nek
L region Butha-Buthe
F number 45 000
> ’Me Ramokoena said she would shear again in September, whatever happens. “The sheep do not know about the broker,” she said.
P partial Ramokoena
Q direct ’Mathabo Ramokoena :: “The sheep do not know about the broker,”
'''

ARTICLES['884-aut-landslide-kullu-apple-trucks-stranded-mandi-himachal-hindustan-times'] = r'''
> Chandigarh News
L city Chandigarh
> Landslide near Aut strands 2,000 apple trucks, growers fear ₹40 crore loss
L city Aut
F number 2,000
F money ₹40 crore
> Four-lane stretch between Mandi and Kullu shut for third day; HPMC opens two collection centres
F number Four
L city Mandi
L city Kullu
O government HPMC
F number two
> By Tanvi Rana, Mandi
P full Tanvi Rana
L city Mandi
> Sep 14, 2038 06:12 AM IST
F date Sep 14, 2038
F time 06:12 AM IST
> Trucks loaded with apple boxes queue near Aut in Mandi district on Saturday after a landslide blocked the highway. (Jagdish Chauhan/HT Photo)
L city Aut
L region Mandi
P full Jagdish Chauhan
O media HT
> A massive landslide near Aut in Mandi district has blocked the Chandigarh-Manali national highway for a third straight day, leaving nearly 2,000 trucks carrying apples from the Kullu valley stranded at the peak of the harvest.
L city Aut
L region Mandi
L city Chandigarh
L city Manali
F number 2,000
L region Kullu
> The hill gave way at 11.40pm on Thursday, burying a 120-metre stretch of the road under rocks and debris near the Pandoh dam. No one was hurt, but a tea stall and two parked cars were swept into the Beas, police said.
F time 11.40pm
F quantity 120-metre
L facility Pandoh
F number two
L geo Beas
> Mandi deputy commissioner Rohini Kanwar said the National Highways Authority of India (NHAI) had deployed six excavators and expected to open one lane by Sunday evening. “Boulders are still coming down from the slope. We cannot put the lives of workers and drivers at risk, so the clearance is going slowly,” she said.
L region Mandi
P full Rohini Kanwar
O government National Highways Authority of India
O government NHAI
F number six
F number one
Q direct Rohini Kanwar :: “Boulders are still coming down from the slope. We cannot put the lives of workers and drivers at risk, so the clearance is going slowly,”
> For apple growers, the timing could not be worse. Most of the crop from Kullu, Banjar and Ani is picked in the first three weeks of September and has to reach the mandis in Delhi, Chandigarh and Solan within days.
L region Kullu
L city Banjar
L city Ani
F duration three weeks
L city Delhi
L city Chandigarh
L city Solan
> “My 600 boxes have been standing on a truck for 52 hours. Each day the fruit gets softer and the price at Azadpur falls,” said Devinder Singh Thakur, 47, a grower from Banjar who had hired two trucks at ₹38,000 each to carry his crop to Delhi.
Q direct Devinder Singh Thakur :: “My 600 boxes have been standing on a truck for 52 hours. Each day the fruit gets softer and the price at Azadpur falls,”
F number 600
F duration 52 hours
L city Azadpur
P full Devinder Singh Thakur
F age 47
L city Banjar
F number two
F money ₹38,000
L city Delhi
> The Kullu Fruit Growers Association estimated that losses could touch ₹40 crore if the road stays shut beyond Monday. Its president, Hem Raj Negi, said the state government should let trucks use the old road through Kataula and Bajaura, “even if it is one-way and slow”.
O nonprofit Kullu Fruit Growers Association
F money ₹40 crore
P full Hem Raj Negi
L city Kataula
L city Bajaura
Q direct Hem Raj Negi :: “even if it is one-way and slow”
> The Himachal Pradesh Horticultural Produce Marketing and Processing Corporation (HPMC) said it had opened two temporary collection centres at Bhuntar and Shamshi, where growers can sell C-grade apples for juice at ₹14 a kg under the market intervention scheme.
O government Himachal Pradesh Horticultural Produce Marketing and Processing Corporation
O government HPMC
F number two
L city Bhuntar
L city Shamshi
F money ₹14
> An NHAI official, who did not want to be named, said the slope above the road had been flagged as “high risk” in a 2037 survey. “The hill was cut too steep for the four-lane. Every monsoon it will come down somewhere,” the official said.
O government NHAI
Q direct - :: “high risk”
F date 2037
Q direct - :: “The hill was cut too steep for the four-lane. Every monsoon it will come down somewhere,”
F number four
> According to the state disaster management authority, Himachal has recorded 312 landslides since the monsoon began on June 24, and damage to roads and power lines is estimated at ₹1,140 crore. Apple production this year is estimated at 3.1 crore boxes, against 2.6 crore boxes in 2037.
L region Himachal
F number 312
F date June 24
F money ₹1,140 crore
F number 3.1 crore
F number 2.6 crore
F date 2037
> Traffic to Manali is being diverted via Kandi and Kamand, adding about 40 km and up to three hours to the journey, police said.
L city Manali
L city Kandi
L city Kamand
F quantity 40 km
F duration three hours
'''

ARTICLES['885-canoe-sprint-world-cup-montemor-o-velho-szalai-horvath-k1-1000m-results-icf'] = r'''
> Canoe Sprint
> Szalai-Horváth ends three-year wait with K1 1000m gold in Montemor
P partial Szalai-Horváth
F duration three-year
F quantity 1000m
L city Montemor
> Hungarian holds off world champion by 0.36 seconds; China win women’s C2 500m as home K4 takes silver
F duration 0.36 seconds
O team China
F quantity 500m
> By Inês Baptista Cordeiro
P full Inês Baptista Cordeiro
> 25 May 2039
F date 25 May 2039
> Levente Szalai-Horváth celebrates after the men’s K1 1000m final in Montemor-o-Velho. Photo: ICF/Tomás Reis Andrade
P full Levente Szalai-Horváth
F quantity 1000m
L city Montemor-o-Velho
O other ICF
P full Tomás Reis Andrade
> Hungary’s Levente Szalai-Horváth won his first World Cup gold in three years on Sunday, holding off reigning world champion Mateus Carvalho Pinto of Brazil in a tight men’s K1 1000m final at the second World Cup regatta of the season in Montemor-o-Velho, Portugal.
L country Hungary
P full Levente Szalai-Horváth
F duration three years
P full Mateus Carvalho Pinto
L country Brazil
F quantity 1000m
L city Montemor-o-Velho
L country Portugal
> The 27-year-old from Szeged was third at the 500m mark but found another gear over the last 250 metres to cross in 3:29.84, 0.36 seconds ahead of the Brazilian. Germany’s Jonas Oberhäuser took bronze in 3:31.02.
F age 27-year-old
L city Szeged
F quantity 500m
F quantity 250 metres
F duration 3:29.84
F duration 0.36 seconds
L country Germany
P full Jonas Oberhäuser
F duration 3:31.02
> “I have been second so many times behind Mateus that I stopped counting,” Szalai-Horváth said. “Today I told myself: go at 750, not at 800. It worked.”
Q direct Levente Szalai-Horváth :: “I have been second so many times behind Mateus that I stopped counting,”
P partial Mateus
P partial Szalai-Horváth
Q direct Levente Szalai-Horváth :: “Today I told myself: go at 750, not at 800. It worked.”
F number 750
F number 800
> Carvalho Pinto, who has not lost a K1 1000m final since 2037, said the crosswind on the Mondego had made the last 200 metres “a lottery”.
P partial Carvalho Pinto
F quantity 1000m
F date 2037
L geo Mondego
F quantity 200 metres
Q direct Mateus Carvalho Pinto :: “a lottery”
> In the women’s C2 500m, China’s Xu Lanfang and He Ziyi led from start to finish and won in 1:54.60, with Canada second and Uzbekistan third.
F quantity 500m
L country China
P full Xu Lanfang
P full He Ziyi
F duration 1:54.60
O team Canada
O team Uzbekistan
> He, 19, is the youngest paddler in the Chinese team. “We only started paddling together in March, so this is a big surprise for us,” she said through an interpreter.
P partial He
F age 19
Q direct He Ziyi :: “We only started paddling together in March, so this is a big surprise for us,”
> The biggest roar of the day came in the men’s K4 500m, where the Portuguese crew of Rui Pedro Ferraz, Tiago Louro, Duarte Bastos Almeida and Nuno Simões finished second behind Spain in 1:20.11, their best World Cup result since 2034. About 6,500 spectators lined the banks of the river on the final day.
F quantity 500m
P full Rui Pedro Ferraz
P full Tiago Louro
P full Duarte Bastos Almeida
P full Nuno Simões
O team Spain
F duration 1:20.11
F date 2034
F number 6,500
> “Second to Spain at home, with this crowd? We will take that every day,” Ferraz said.
Q direct Rui Pedro Ferraz :: “Second to Spain at home, with this crowd? We will take that every day,”
O team Spain
P partial Ferraz
> Ireland’s Aoife Ní Bhriain took the women’s K1 200m in 39.92, edging New Zealand’s Mereana Tūhoe-Parata by 0.13 seconds. The 24-year-old from Limerick trains on the Shannon and only switched from the 500m two seasons ago.
L country Ireland
P full Aoife Ní Bhriain
F quantity 200m
F duration 39.92
L country New Zealand
P full Mereana Tūhoe-Parata
F duration 0.13 seconds
F age 24-year-old
L city Limerick
L geo Shannon
F quantity 500m
F number two
> “A good 200 is about not thinking. I blinked and it was over,” Ní Bhriain said.
Q direct Aoife Ní Bhriain :: “A good 200 is about not thinking. I blinked and it was over,”
F number 200
P partial Ní Bhriain
> The World Cup series moves to Poznań, Poland, from June 6 to 8, before the world championships in Duisburg in August.
L city Poznań
L country Poland
F date June 6
F date 8
L city Duisburg
> Results – finals, Sunday
> Men’s K1 1000m
F quantity 1000m
> 1. Levente Szalai-Horváth (HUN) 3:29.84
P full Levente Szalai-Horváth
L country HUN
F duration 3:29.84
> 2. Mateus Carvalho Pinto (BRA) 3:30.20
P full Mateus Carvalho Pinto
L country BRA
F duration 3:30.20
> 3. Jonas Oberhäuser (GER) 3:31.02
P full Jonas Oberhäuser
L country GER
F duration 3:31.02
> Women’s C2 500m
F quantity 500m
> 1. China (Xu Lanfang, He Ziyi) 1:54.60
O team China
P full Xu Lanfang
P full He Ziyi
F duration 1:54.60
> 2. Canada (Émilie Tremblay-Roy, Hannah Okafor) 1:55.93
O team Canada
P full Émilie Tremblay-Roy
P full Hannah Okafor
F duration 1:55.93
> 3. Uzbekistan (Dilnoza Rakhimova, Sevara Tursunboyeva) 1:56.48
O team Uzbekistan
P full Dilnoza Rakhimova
P full Sevara Tursunboyeva
F duration 1:56.48
> Men’s K4 500m
F quantity 500m
> 1. Spain 1:19.87
O team Spain
F duration 1:19.87
> 2. Portugal 1:20.11
O team Portugal
F duration 1:20.11
> 3. Germany 1:20.45
O team Germany
F duration 1:20.45
> Women’s K1 200m
F quantity 200m
> 1. Aoife Ní Bhriain (IRL) 39.92
P full Aoife Ní Bhriain
L country IRL
F duration 39.92
> 2. Mereana Tūhoe-Parata (NZL) 40.05
P full Mereana Tūhoe-Parata
L country NZL
F duration 40.05
> 3. Tereza Vondráčková (CZE) 40.31
P full Tereza Vondráčková
L country CZE
F duration 40.31
'''

ARTICLES['886-grevenmacher-moselle-lock-closure-barges-schengen-luxembourg-times'] = r'''
> Mobility
> Barges stranded as Grevenmacher lock shuts for six weeks
L city Grevenmacher
F duration six weeks
> Emergency repairs to the Moselle lock will cost €11.8 million and halt freight between Trier and Thionville until May
L geo Moselle
F money €11.8 million
L city Trier
L city Thionville
> By Pol Reuter
P full Pol Reuter
> Published 14.03.2039 at 16:05
F date 14.03.2039
F time 16:05
> A cargo barge waits below the lock at Grevenmacher on Thursday. Photo: Anouk Flesch
L city Grevenmacher
P full Anouk Flesch
> The lock on the Moselle at Grevenmacher will close to shipping from 22 March for six weeks of emergency repairs, the Ministry of Mobility and Public Works said on Thursday, after divers found cracks in the concrete of its lower gate.
L geo Moselle
L city Grevenmacher
F date 22 March
F duration six weeks
O government Ministry of Mobility and Public Works
> The closure means that no barges can travel between the German city of Trier and the French ports of Thionville and Metz until at least 3 May. Around 40 vessels pass through the lock in a normal week, carrying mostly steel coils, grain and building sand.
L city Trier
L city Thionville
L city Metz
F date 3 May
F number 40
> “We had planned this work for 2041. When the divers came up with their photos in February, there was no choice any more,” said Carole Hoffmann-Wagner, who heads the inland waterways service at the ministry. She said the gate, installed in 1964, had never been fully replaced.
Q direct Carole Hoffmann-Wagner :: “We had planned this work for 2041. When the divers came up with their photos in February, there was no choice any more,”
F date 2041
P full Carole Hoffmann-Wagner
F date 1964
> The repairs will cost €11.8 million, of which Luxembourg pays 40 per cent and Germany 60 per cent under the 1956 treaty that made the river navigable for large ships. The work is carried out jointly with Germany’s Federal Waterways and Shipping Administration (WSV).
F money €11.8 million
L country Luxembourg
F percent 40 per cent
L country Germany
F percent 60 per cent
F date 1956
L country Germany
O government Federal Waterways and Shipping Administration
O government WSV
> For ArcelorMittal’s finishing lines in the south of the country, the closure is a headache. A spokesperson for the steelmaker said around 12,000 tonnes of coils a month normally leave by barge from the port of Mertert and would now go by rail and road. “It will cost more, but our customers will get their steel,” the spokesperson said.
O company ArcelorMittal
F quantity 12,000 tonnes
L city Mertert
Q direct - :: “It will cost more, but our customers will get their steel,”
> Skipper Jhemp Weydert, 58, whose barge Marie-Thérèse has been moored at Wasserbillig since Tuesday, said the notice came too late. “Two weeks’ warning is nothing. I have a 1,350-tonne load of sand for Metz and now I am paying a crew to sit and wait,” he said.
P full Jhemp Weydert
F age 58
L city Wasserbillig
Q direct Jhemp Weydert :: “Two weeks’ warning is nothing. I have a 1,350-tonne load of sand for Metz and now I am paying a crew to sit and wait,”
F duration Two weeks
F quantity 1,350-tonne
L city Metz
> In Schengen, a few kilometres upstream, the closure is welcome news for some. The village, which gave its name to the 1985 agreement on open borders, hopes a quiet river will bring more cyclists to the wine cellars along the Route du Vin.
L city Schengen
F date 1985
L street Route du Vin
> “Without the horns of the barges, people actually hear the birds,” said Schengen mayor Fernand Bettendorf, only half joking.
Q direct Fernand Bettendorf :: “Without the horns of the barges, people actually hear the birds,”
L city Schengen
P full Fernand Bettendorf
> The lock at Grevenmacher is one of two on the Luxembourg stretch of the Moselle, along with Stadtbredimus. Freight on the river fell to 8.9 million tonnes in 2038, from 10.4 million tonnes in 2030, according to the Moselle Commission in Trier.
L city Grevenmacher
F number two
L country Luxembourg
L geo Moselle
L city Stadtbredimus
F quantity 8.9 million tonnes
F date 2038
F quantity 10.4 million tonnes
F date 2030
O intergovernmental Moselle Commission
L city Trier
> Shipping is due to resume at 6am on 3 May, the ministry said.
F time 6am
F date 3 May
'''

ARTICLES['887-mountain-iron-council-beach-wacootah-pit-lake-iron-range-mesabi-tribune'] = r'''
> Mountain Iron council OKs swimming beach at old Wacootah pit
L city Mountain Iron
L facility Wacootah
> By Kelsey Haapala Staff Writer
P full Kelsey Haapala
> Mar 23, 2039
F date Mar 23, 2039
> The flooded Wacootah pit in Mountain Iron is seen Monday. (Mesabi Tribune/Kelsey Haapala)
L facility Wacootah
L city Mountain Iron
O media Mesabi Tribune
P full Kelsey Haapala
> MOUNTAIN IRON — The Mountain Iron City Council voted 4-1 Monday to build a public swimming beach and fishing pier at the flooded Wacootah pit, a former iron ore mine on the city's west side that has slowly filled into a 180-foot-deep lake.
L city MOUNTAIN IRON
O government Mountain Iron City Council
F number 4-1
L facility Wacootah
F quantity 180-foot
> The $6.2 million project will be paid for with a $3.5 million grant from the Iron Range Resources and Rehabilitation Board (IRRRB), a $1.5 million share from St. Louis County and $1.2 million from the city's reserves.
F money $6.2 million
F money $3.5 million
O government Iron Range Resources and Rehabilitation Board
O government IRRRB
F money $1.5 million
L region St. Louis County
F money $1.2 million
> Work is expected to start in June 2039, and the beach could open by Memorial Day 2040, City Administrator Jenna Mlakar said.
F date June 2039
F date 2040
P full Jenna Mlakar
> "People on the Range have been swimming in these pits for generations, just not legally," Mlakar said. "This gives families a safe place to go, with a lifeguard, a parking lot and a bathroom."
Q direct Jenna Mlakar :: "People on the Range have been swimming in these pits for generations, just not legally,"
L region Range
P partial Mlakar
Q direct Jenna Mlakar :: "This gives families a safe place to go, with a lifeguard, a parking lot and a bathroom."
> Council member Rick Koskela cast the lone no vote, saying the city should fix its streets first. "We have a $2 million hole in the street budget, and we are building a beach," he said.
P full Rick Koskela
Q direct Rick Koskela :: "We have a $2 million hole in the street budget, and we are building a beach,"
F money $2 million
> Koskela also questioned the cost of lifeguards, estimated at $68,000 a season. "That money comes out of the general fund every year, forever," he said.
P partial Koskela
F money $68,000
Q direct Rick Koskela :: "That money comes out of the general fund every year, forever,"
> Mlakar said the plan was modeled on a pit-lake beach that opened in Eveleth in 2037 and drew about 11,000 visitors in its first summer.
P partial Mlakar
L city Eveleth
F date 2037
F number 11,000
> The Minnesota Department of Natural Resources tested the water in 2037 and found it safe for swimming, though cold: the surface rarely warms above 68 degrees, and the water 20 feet down stays near 40 degrees all summer.
O government Minnesota Department of Natural Resources
F date 2037
F quantity 68 degrees
F quantity 20 feet
F quantity 40 degrees
> The beach will sit on the pit's north shore, about 2 miles west of downtown off Highway 169, with a paved lot for 60 cars and a 400-foot trail down to the water.
F quantity 2 miles
L street Highway 169
F number 60
F quantity 400-foot
> A DNR spokesperson said the agency would stock the lake with 5,000 rainbow trout a year once the pier is built. The old pits hold "some of the cleanest water on the Range," the spokesperson said.
O government DNR
F number 5,000
Q direct - :: "some of the cleanest water on the Range,"
L region Range
> Ore was shipped from the Wacootah pit for more than 50 years. The city bought the land from a mining company in 2036 for $1.
L facility Wacootah
F duration 50 years
F date 2036
F money $1
> Marlene Bjorklund, 74, who grew up in Virginia and now lives in Mountain Iron, remembers sneaking into the pit as a teenager.
P full Marlene Bjorklund
F age 74
L city Virginia
L city Mountain Iron
> "We'd ride our bikes out there after school. Our mothers thought we were at the library," she said with a laugh.
Q direct Marlene Bjorklund :: "We'd ride our bikes out there after school. Our mothers thought we were at the library,"
> The council will hold a public hearing on the beach design at 6 p.m. April 11 at City Hall, 5742 Mountain Ave.
F time 6 p.m.
F date April 11
L facility City Hall
L address 5742 Mountain Ave.
> Contact Kelsey Haapala at khaapala@mesabitribune.com.
P full Kelsey Haapala
'''

ARTICLES['888-majuro-transshipment-fee-purse-seiners-mimra-marshall-islands-marianas-variety'] = r'''
> RMI to double transshipment fee for purse seiners in Majuro
L country RMI
L city Majuro
> By Erlinda C. Tudela - Variety News Staff
P full Erlinda C. Tudela
O media Variety
> Posted on Apr 02 2039
F date Apr 02 2039
> Purse seiners anchored in Majuro lagoon wait to offload tuna onto a carrier vessel. Photo courtesy of MIMRA
L city Majuro
O government MIMRA
> MAJURO — The Marshall Islands will double the fee it charges purse seiners to transship tuna in Majuro lagoon to $40,000 per vessel call from July 1, the Marshall Islands Marine Resources Authority announced on Monday.
L city MAJURO
L country Marshall Islands
L city Majuro
F money $40,000
F date July 1
O government Marshall Islands Marine Resources Authority
> Majuro is one of the world's busiest tuna transshipment ports, with more than 400 vessel calls in 2038. Fish caught across the western Pacific by purse seiners from Taiwan, Korea, the United States and other fishing nations is moved onto refrigerated carriers, known in the trade as "reefers," in the lagoon and shipped to canneries in Thailand, Ecuador and the Philippines.
L city Majuro
F number 400
F date 2038
L geo Pacific
L country Taiwan
L country Korea
L country United States
L country Thailand
L country Ecuador
Q scare - :: "reefers,"
L country Philippines
> "The fleets make a lot of money using our lagoon. This fee was set in 2029, and since then fuel, wages and the cost of our observers have all gone up," MIMRA director Carlson B. Laelang said.
Q direct Carlson B. Laelang :: "The fleets make a lot of money using our lagoon. This fee was set in 2029, and since then fuel, wages and the cost of our observers have all gone up,"
F date 2029
O government MIMRA
P full Carlson B. Laelang
> He said the higher fee would raise about $9 million a year, up from $4.7 million, and that part of the money would go to repairing the Uliga dock and to MIMRA's observer program.
F money $9 million
F money $4.7 million
L city Uliga
O government MIMRA
> The Parties to the Nauru Agreement (PNA), which manages the tuna fishery of eight island nations, said in a statement that members were free to set port fees but urged Majuro to "keep the region competitive."
O intergovernmental Parties to the Nauru Agreement
O intergovernmental PNA
F number eight
L city Majuro
Q direct Parties to the Nauru Agreement :: "keep the region competitive."
> Palau and the Federated States of Micronesia raised their own port fees in 2037, by 15% and 25%, but both remain below the new Majuro rate.
L country Palau
L country Federated States of Micronesia
F date 2037
F percent 15%
F percent 25%
L city Majuro
> A manager for a Taiwanese fishing company, who asked not to be named, said some vessels could move to Pohnpei or Tarawa, where fees are lower. "At $40,000 a call, Majuro is no longer cheap. Owners will do the math," he said.
L geo Pohnpei
L geo Tarawa
Q direct - :: "At $40,000 a call, Majuro is no longer cheap. Owners will do the math,"
F money $40,000
L city Majuro
> At a hearing of the Nitijeļā last month, Arno Senator Jinna Makroro said oil and garbage from the ships were washing up on Arno, about 15 miles east of Majuro. "Our reef is not a parking lot," she said.
O government Nitijeļā
L geo Arno
P full Jinna Makroro
L geo Arno
F quantity 15 miles
L city Majuro
Q direct Jinna Makroro :: "Our reef is not a parking lot,"
> Local fishermen say they see little of the money. "The big ships come and go, and we still pay $6 a gallon for gas," said Jabro Lemari, 52, who sells reef fish and skipjack from his boat in Laura, at the western end of the atoll. "Nobody asks us about the lagoon."
Q direct Jabro Lemari :: "The big ships come and go, and we still pay $6 a gallon for gas,"
F money $6
P full Jabro Lemari
F age 52
L city Laura
Q direct Jabro Lemari :: "Nobody asks us about the lagoon."
> MIMRA said carriers will also have to post a new $2,500 environmental bond, refundable after an inspection, and that transshipment will be banned within 2 nautical miles of the reef on the lagoon's southern side.
O government MIMRA
F money $2,500
F quantity 2 nautical miles
> The Marshall Islands earned $38.6 million from fishing licenses and fees in fiscal year 2038, about 22% of government revenue, according to the Ministry of Finance.
L country Marshall Islands
F money $38.6 million
F date 2038
F percent 22%
O government Ministry of Finance
> The new fee takes effect at 12:01 a.m. on July 1.
F time 12:01 a.m.
F date July 1
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
