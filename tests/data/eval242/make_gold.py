#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval242 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval242/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1495-shea-nut-floor-price-tcda-savannah-daboya-tamale-graphic-online'] = r'''
> News
> TCDA Raises Shea Nut Floor Price By 32 Per Cent To GH¢410
O government TCDA
F percent 32 Per Cent
F money GH¢410
> Author: Abdul-Rahman Seidu
P full Abdul-Rahman Seidu
> May - 16 - 2040 , 07:55
F date May - 16 - 2040
F time 07:55
> Women sort shea nuts at a collection centre in Daboya in the Savannah Region. Picture: Abdul-Rahman Seidu
L city Daboya
L region Savannah Region
P full Abdul-Rahman Seidu
> THE Tree Crops Development Authority (TCDA) has raised the minimum price of shea nuts for the 2040/41 season by 32 per cent, from GH¢310 to GH¢410 for an 85-kilogramme bag.
O government Tree Crops Development Authority
O government TCDA
F date 2040/41
F percent 32 per cent
F money GH¢310
F money GH¢410
F quantity 85-kilogramme
> The new floor price, which takes effect on June 1, works out at GH¢4,824 a tonne. It applies to every licensed buyer in the Northern, Savannah, North East, Upper East and Upper West regions, where some 900,000 women pick and process the nut often called “women’s gold”.
F date June 1
F money GH¢4,824
L region Northern
L region Savannah
L region North East
L region Upper East
L region Upper West
F number 900,000
Q scare - :: “women’s gold”
> Announcing the price in Tamale on Tuesday, the Chief Executive of the TCDA, Dr Afua Nyarko-Mensah, said the increase reflected a sharp rise in world prices for shea butter, which climbed 41 per cent in the 12 months to March.
L city Tamale
O government TCDA
P full Afua Nyarko-Mensah
F percent 41 per cent
F duration 12 months
> “For too long the women who gather this nut have carried the whole industry on their heads and received the smallest share,” she said. “This price says to them: your work has value.”
Q direct Afua Nyarko-Mensah :: “For too long the women who gather this nut have carried the whole industry on their heads and received the smallest share,”
Q direct Afua Nyarko-Mensah :: “This price says to them: your work has value.”
> Dr Nyarko-Mensah said buyers who paid below the floor would lose their licences, and that 60 inspectors had been posted to district markets across the five regions. “We will not announce a price and walk away. Our officers will be at Savelugu, at Walewale, at Bole and at Bawku on market days.
P partial Nyarko-Mensah
F number 60
F number five
Q direct Afua Nyarko-Mensah :: “We will not announce a price and walk away. Our officers will be at Savelugu, at Walewale, at Bole and at Bawku on market days.
L city Savelugu
L city Walewale
L city Bole
L city Bawku
> “And if a buyer cheats a woman of even one cedi, she can call the number printed on every bag.”
Q direct Afua Nyarko-Mensah :: “And if a buyer cheats a woman of even one cedi, she can call the number printed on every bag.”
F money one cedi
> The National Shea Pickers Association, which says it speaks for 210,000 women, welcomed the increase but called it “late and still too small”.
O nonprofit National Shea Pickers Association
F number 210,000
Q direct National Shea Pickers Association :: “late and still too small”
> Its chairperson in the Savannah Region, Madam Fuseina Abukari, 54, who has picked shea around Damongo since she was a girl, said the women had asked for GH¢450. “A bag takes a woman almost two weeks to fill. She walks to the bush at 5 a.m. with her children and she boils the nuts on firewood she buys herself,” she said.
L region Savannah Region
P full Fuseina Abukari
F age 54
L city Damongo
F money GH¢450
Q direct Fuseina Abukari :: “A bag takes a woman almost two weeks to fill. She walks to the bush at 5 a.m. with her children and she boils the nuts on firewood she buys herself,”
F duration two weeks
F time 5 a.m.
> “When the buyers come, they tell us, ‘This is what Accra said.’ We want Accra to come and see us.”
Q direct Fuseina Abukari :: “When the buyers come, they tell us, ‘This is what Accra said.’ We want Accra to come and see us.”
L city Accra
L city Accra
> An economist at the University of Ghana, Prof. Kwame Adu-Gyamfi, said the new price was still only about two-thirds of what traders across the northern border in Burkina Faso paid, and that the gap would keep pulling nuts out of Ghana. Nearly half of last season’s crop, he estimated, left the country informally.
O education University of Ghana
P full Kwame Adu-Gyamfi
F fraction two-thirds
L country Burkina Faso
L country Ghana
F fraction half
> "The floor price is a step, but a floor is not a market," Prof. Adu-Gyamfi said. He suggested that the TCDA publish prices every three months, as COCOBOD does for cocoa farmers.
Q direct Kwame Adu-Gyamfi :: "The floor price is a step, but a floor is not a market,"
P partial Adu-Gyamfi
O government TCDA
F duration three months
O government COCOBOD
> Ghana exported 62,000 tonnes of shea nuts and butter worth US$118 million in 2039, according to the Ghana Export Promotion Authority (GEPA). An official of the Ministry of Food and Agriculture, who asked not to be named, told the Daily Graphic the new price was “a political number” and that the ministry had proposed GH¢380.
L country Ghana
F quantity 62,000 tonnes
F money US$118 million
F date 2039
O government Ghana Export Promotion Authority
O government GEPA
O government Ministry of Food and Agriculture
O media Daily Graphic
Q direct - :: “a political number”
F money GH¢380
> At the Daboya market, Hajia Mariama Sulemana, a 61-year-old buyer from Côte d’Ivoire’s border town of Ouangolodougou, said she had been paying GH¢400 a bag since April. “The TCDA has only come to meet us where we already are,” she said with a laugh.
L city Daboya
P full Mariama Sulemana
F age 61-year-old
L country Côte d’Ivoire
L city Ouangolodougou
F money GH¢400
Q direct Mariama Sulemana :: “The TCDA has only come to meet us where we already are,”
O government TCDA
'''

ARTICLES['1496-edinburgh-fringe-record-ticket-sales-accommodation-costs-marchmont-scotsman'] = r'''
> Culture
> Edinburgh Fringe: record 3.1 million tickets sold but performers warn ‘we can’t afford to sleep here’
F number 3.1 million
Q direct Ruaridh Petrie :: ‘we can’t afford to sleep here’
> Festival chiefs say the 2041 Fringe sold more tickets than ever, as the average rent for a room in August rose by nearly a third
F date 2041
F fraction a third
> By Catriona Fyfe
P full Catriona Fyfe
> Published 26th Aug 2041, 17:40 BST
F date 26th Aug 2041
F time 17:40 BST
> Crowds on the Royal Mile during the final weekend of the festival. Picture: Lisa Ferguson/PA
L street Royal Mile
P full Lisa Ferguson
O media PA
> The Edinburgh Festival Fringe sold 3,104,600 tickets this year, beating the record set in 2039 by 4 per cent, but performers and venues have warned that the soaring cost of accommodation is pricing all but the best-funded shows out of the Scottish capital.
F number 3,104,600
F date 2039
F percent 4 per cent
> Figures released on Monday by the Edinburgh Festival Fringe Society show that 3,880 shows from 63 countries were staged in 301 venues over the festival’s 25 days, from 1 August to 25 August.
O nonprofit Edinburgh Festival Fringe Society
F number 3,880
F number 63
F number 301
F duration 25 days
F date 1 August
F date 25 August
> The society’s chief executive, Morven Keillor, said the sales showed an “extraordinary appetite” for live performance. But she admitted that the figures hid a “deeply worrying” picture for artists.
P full Morven Keillor
Q direct Morven Keillor :: “extraordinary appetite”
Q direct Morven Keillor :: “deeply worrying”
> “We had audiences in every postcode from Leith to Morningside, and that is something to celebrate,” Ms Keillor said. “But when a performer pays £2,400 for a box room in Marchmont for the month, the maths no longer works. We are losing the very people who made the Fringe what it is.”
Q direct Morven Keillor :: “We had audiences in every postcode from Leith to Morningside, and that is something to celebrate,”
L city Leith
L city Morningside
P partial Keillor
Q direct Morven Keillor :: “But when a performer pays £2,400 for a box room in Marchmont for the month, the maths no longer works. We are losing the very people who made the Fringe what it is.”
F money £2,400
L city Marchmont
> According to a survey of 1,150 participants carried out by the society, the average rent for a single room during August reached £2,150, up 31 per cent on 2039, and almost half of performers said they had made a loss.
F number 1,150
F money £2,150
F percent 31 per cent
F date 2039
F fraction half
> Comedian Ruaridh Petrie, 29, from Dundee, spent this year’s run sleeping on a friend’s sofa in Musselburgh and taking the bus back each night after his 10.20pm show at the Pleasance Courtyard.
P full Ruaridh Petrie
F age 29
L city Dundee
L city Musselburgh
F time 10.20pm
L facility Pleasance Courtyard
> “Honestly, we can’t afford to sleep here any more,” he said. “I sold about 70 per cent of my seats, which is brilliant for a first Fringe, and I’ll still go home £3,000 down. My mum thinks I’m on ‘a working holiday’. It’s more like a very expensive hobby.”
Q direct Ruaridh Petrie :: “Honestly, we can’t afford to sleep here any more,”
Q direct Ruaridh Petrie :: “I sold about 70 per cent of my seats, which is brilliant for a first Fringe, and I’ll still go home £3,000 down. My mum thinks I’m on ‘a working holiday’. It’s more like a very expensive hobby.”
F percent 70 per cent
F money £3,000
> The City of Edinburgh Council’s culture and communities convener, Councillor Alasdair Brodie, said the visitor levy had raised £14.6m this summer and that some of it should now help artists. “I want to see a portion of that money set aside for performers’ housing, whether that is student flats at Pollock Halls or council-run rooms,” he said.
O government City of Edinburgh Council
P full Alasdair Brodie
F money £14.6m
Q direct Alasdair Brodie :: “I want to see a portion of that money set aside for performers’ housing, whether that is student flats at Pollock Halls or council-run rooms,”
L facility Pollock Halls
> Hoteliers reject the idea that they are to blame. Gregor Lamond, who runs a 42-bedroom hotel on Haymarket Terrace and chairs the Edinburgh Hotels Association, said prices simply followed demand. “In August we are full at any price. In November I have rooms at £79 a night. You cannot run a business on one month,” he said.
P full Gregor Lamond
F number 42
L street Haymarket Terrace
O nonprofit Edinburgh Hotels Association
Q direct Gregor Lamond :: “In August we are full at any price. In November I have rooms at £79 a night. You cannot run a business on one month,”
F money £79
F duration one month
> One venue manager, who did not want to be named, said the so-called “Fringe premium” on short-term lets had reached “absurd” levels. “A flat that goes for £1,100 a month in March goes for £6,000 in August,” the manager said.
Q scare - :: “Fringe premium”
Q direct - :: “absurd”
Q direct - :: “A flat that goes for £1,100 a month in March goes for £6,000 in August,”
F money £1,100
F money £6,000
> The Fringe Society said it would publish an accommodation plan before the end of October. Next year’s festival runs from 7 August to 31 August 2042.
O nonprofit Fringe Society
F date 7 August
F date 31 August 2042
'''

ARTICLES['1497-seorin-energy-battery-plant-elgin-bastrop-county-austin-texas-bloomberg'] = r'''
> Green
> Korea’s Seorin Energy Picks Texas for $6.8 Billion Battery Plant
L country Korea
O company Seorin Energy
L region Texas
F money $6.8 Billion
> Plant near Austin to employ 3,200 people when complete in 2043
L city Austin
F number 3,200
F date 2043
> Company to make cells for grid storage and trucks at 40-gigawatt-hour site
F quantity 40-gigawatt-hour
> By Soo-ah Kwon and Daniel Okafor-Reyes
P full Soo-ah Kwon
P full Daniel Okafor-Reyes
> March 19, 2041 at 9:14 AM CDT
F date March 19, 2041
F time 9:14 AM CDT
> Farmland near Elgin, Texas, where Seorin plans to build its plant. Photographer: Maya Lindqvist/Bloomberg
L city Elgin
L region Texas
O company Seorin
P full Maya Lindqvist
O media Bloomberg
> (Bloomberg) -- Seorin Energy Co., South Korea’s third-largest battery maker, picked a site near Austin, Texas, for a $6.8 billion cell factory, its biggest investment outside Asia, betting that US demand for grid storage will outlast a slowdown in electric-vehicle sales.
O media Bloomberg
O company Seorin Energy Co.
L country South Korea
L city Austin
L region Texas
F money $6.8 billion
L continent Asia
L country US
> The plant, on 1,100 acres in Bastrop County about 25 miles (40 kilometers) east of the city, will make 40 gigawatt-hours of cells a year at full output and employ 3,200 people, the Seoul-based company said in a statement on Tuesday. Production is due to start in the second half of 2043.
F quantity 1,100 acres
L region Bastrop County
F quantity 25 miles
F quantity 40 kilometers
F quantity 40 gigawatt-hours
F number 3,200
L city Seoul
F date 2043
> “Texas has the grid, the land and the workers, and it has customers on our doorstep,” Seorin President Lee Ha-eun said in an interview in Austin. “We looked at 14 sites in six states. This one won on speed: we can be building in nine months.”
Q direct Lee Ha-eun :: “Texas has the grid, the land and the workers, and it has customers on our doorstep,”
L region Texas
O company Seorin
P full Lee Ha-eun
L city Austin
Q direct Lee Ha-eun :: “We looked at 14 sites in six states. This one won on speed: we can be building in nine months.”
F number 14
F number six
F duration nine months
> Lee, 56, who ran the company’s Ochang plant in North Chungcheong province for a decade, said the Texas factory would use lithium-iron-phosphate chemistry and draw power from a 600-megawatt solar farm next door. Cells will be sold to utilities in the Electric Reliability Council of Texas, or ERCOT, market and to truck makers in Mexico.
P partial Lee
F age 56
L city Ochang
L region North Chungcheong
L region Texas
F quantity 600-megawatt
O nonprofit Electric Reliability Council of Texas
O nonprofit ERCOT
L country Mexico
> The company is counting on federal manufacturing tax credits worth as much as $35 per kilowatt-hour of cells, and on state money. Texas will contribute $120 million from the Texas Enterprise Fund, according to the governor’s office.
F money $35
L region Texas
F money $120 million
> “This is the largest single manufacturing commitment to Central Texas in a generation,” Renata Salinas, a spokeswoman for the governor, said in an emailed statement. She said the state expected another 5,000 jobs at suppliers.
Q direct Renata Salinas :: “This is the largest single manufacturing commitment to Central Texas in a generation,”
L region Central Texas
P full Renata Salinas
F number 5,000
> Shares of Seorin rose as much as 7.4% in Seoul trading on Wednesday, the most since October, giving the company a market value of about 21 trillion won ($14.3 billion).
O company Seorin
F percent 7.4%
L city Seoul
F money 21 trillion won
F money $14.3 billion
> Not everyone is convinced the timing is right. “Grid batteries are the one bright spot in the industry, but everyone is chasing the same buyers,” said Priya Raghunathan, an analyst at Bloomberg Intelligence in Singapore. She expects US storage installations to grow 18% a year through 2045, roughly half the pace of 2030-2035, and warned of “a price war” among Asian suppliers.
Q direct Priya Raghunathan :: “Grid batteries are the one bright spot in the industry, but everyone is chasing the same buyers,”
P full Priya Raghunathan
O company Bloomberg Intelligence
L city Singapore
L country US
F percent 18%
F date 2045
F fraction half
F date 2030-2035
Q direct Priya Raghunathan :: “a price war”
> Seorin’s choice ends a two-year hunt that also took in sites in Georgia and Arizona. Bastrop County commissioners approved a 10-year property-tax abatement on Monday by a vote of 4-1.
O company Seorin
F duration two-year
L region Georgia
L region Arizona
L region Bastrop County
F duration 10-year
F number 4-1
> Elgin, a town of about 12,000 people, has already had a taste of the so-called “battery belt” boom along State Highway 130. “Our schools and our roads were built for a farm town,” said a city council member, who asked not to be identified before a public meeting. “We want the jobs. We also want somebody to pay for the pipes.”
L city Elgin
F number 12,000
Q scare - :: “battery belt”
L street State Highway 130
Q direct - :: “Our schools and our roads were built for a farm town,”
Q direct - :: “We want the jobs. We also want somebody to pay for the pipes.”
> — With assistance from Jiyoon Baek
P full Jiyoon Baek
'''

ARTICLES['1498-murrumbidgee-opening-allocation-8-per-cent-riverina-irrigators-griffith-abc-news'] = r'''
> ABC Riverina
O media ABC Riverina
> 'We can't plant on 8 per cent': Riverina irrigators fume as Murrumbidgee allocation opens low
Q direct Renzo Bortolin :: 'We can't plant on 8 per cent'
F percent 8 per cent
L region Riverina
L geo Murrumbidgee
> Posted Wed 2 Jul 2042 at 6:10am, updated Wed 2 Jul 2042 at 11:32am
F date 2 Jul 2042
F time 6:10am
F date 2 Jul 2042
F time 11:32am
> Rice grower Renzo Bortolin says he will leave half his paddocks fallow this summer. (ABC Riverina: Hannah Ostrowski)
P full Renzo Bortolin
F fraction half
O media ABC Riverina
P full Hannah Ostrowski
> In short:
> General security irrigators in the Murrumbidgee Valley have been given an opening allocation of 8 per cent, the lowest since 2039.
L region Murrumbidgee Valley
F percent 8 per cent
F date 2039
> Irrigators blame a federal decision to hold back 210 gigalitres for the environment.
F quantity 210 gigalitres
> What's next?
> The state will review allocations on July 15.
F date July 15
> Irrigators across the Riverina say they face a "lost season" after the New South Wales government opened general security water allocations in the Murrumbidgee Valley at just 8 per cent.
L region Riverina
Q direct - :: "lost season"
L region New South Wales
L region Murrumbidgee Valley
F percent 8 per cent
> Last year's opening figure was 24 per cent. High security licence holders, mostly towns and permanent plantings, received 95 per cent.
F percent 24 per cent
F percent 95 per cent
> The state's water department said inflows to Burrinjuck and Blowering dams were the lowest in a decade, at 410 gigalitres since January, while the federal government had asked for 210 gigalitres of environmental water to be delivered to the Lowbidgee wetlands near Balranald in spring.
L facility Burrinjuck
L facility Blowering
F quantity 410 gigalitres
F quantity 210 gigalitres
L geo Lowbidgee
L city Balranald
> Renzo Bortolin, who grows rice and wheat on 640 hectares at Yenda, east of Griffith, said he would plant less than half his usual area.
P full Renzo Bortolin
F quantity 640 hectares
L city Yenda
L city Griffith
F fraction half
> "We can't plant on 8 per cent. Nobody can. I've got 6,200 megalitres of entitlement on paper and I'll get about 500 megalitres of actual water," he said.
Q direct Renzo Bortolin :: "We can't plant on 8 per cent. Nobody can. I've got 6,200 megalitres of entitlement on paper and I'll get about 500 megalitres of actual water,"
F percent 8 per cent
F quantity 6,200 megalitres
F quantity 500 megalitres
> "My father came out from the Veneto in 1956. He used to say the 'river belongs to everybody'. Right now it feels like it belongs to Canberra."
Q direct Renzo Bortolin :: "My father came out from the Veneto in 1956. He used to say the 'river belongs to everybody'. Right now it feels like it belongs to Canberra."
L region Veneto
F date 1956
L city Canberra
> The Murrumbidgee Valley Irrigators Council (MVIC) said the environmental release was "poorly timed" and asked the Murray-Darling Basin Authority to delay it until allocations reached 30 per cent.
O nonprofit Murrumbidgee Valley Irrigators Council
O nonprofit MVIC
Q direct Murrumbidgee Valley Irrigators Council :: "poorly timed"
O government Murray-Darling Basin Authority
F percent 30 per cent
> MVIC chief executive Alana Frigo said the region's 12 rice mills and processors, and about 4,500 jobs around Leeton and Griffith, depended on the summer crop.
O nonprofit MVIC
P full Alana Frigo
F number 12
F number 4,500
L city Leeton
L city Griffith
> "Every gigalitre sent down the river in September is a gigalitre we won't have in January," Ms Frigo said.
Q direct Alana Frigo :: "Every gigalitre sent down the river in September is a gigalitre we won't have in January,"
P partial Frigo
> Griffith Mayor Carmela Rossetto said shops on Banna Avenue were already feeling it. "When the farmers stop spending, the town stops," she said. "We had a 2019 and we don't want another one."
L city Griffith
P full Carmela Rossetto
L street Banna Avenue
Q direct Carmela Rossetto :: "When the farmers stop spending, the town stops,"
Q direct Carmela Rossetto :: "We had a 2019 and we don't want another one."
F date 2019
> A spokesperson for the federal Water Minister said the environmental water was "held for exactly these dry years" and would keep the Lowbidgee's river red gums and 70 species of waterbirds alive.
Q direct - :: "held for exactly these dry years"
L geo Lowbidgee
F number 70
> "The Commonwealth owns that water on behalf of all Australians. It is not taken from anyone's allocation," the spokesperson said in a statement.
Q direct - :: "The Commonwealth owns that water on behalf of all Australians. It is not taken from anyone's allocation,"
O government Commonwealth
> Environmental scientist Dr Mei-Ling Carrington from Charles Sturt University in Wagga Wagga said both sides had a point. Over three years of monitoring, her team found that nesting colonies of straw-necked ibis collapsed when spring flows fell below 150 gigalitres.
P full Mei-Ling Carrington
O education Charles Sturt University
L city Wagga Wagga
F duration three years
F quantity 150 gigalitres
> "If you want the birds, you need the water in spring. If you want rice, you need it in summer. In a year like this one, you can't have both at 100 per cent," she said.
Q direct Mei-Ling Carrington :: "If you want the birds, you need the water in spring. If you want rice, you need it in summer. In a year like this one, you can't have both at 100 per cent,"
F percent 100 per cent
> The NSW Department of Climate Change, Energy, the Environment and Water will review allocations on July 15. Brokers said temporary water in the Murrumbidgee was trading at $385 a megalitre on Tuesday, up from $140 a year ago.
O government NSW Department of Climate Change, Energy, the Environment and Water
F date July 15
L geo Murrumbidgee
F money $385
F money $140
'''

ARTICLES['1499-hurricane-delphine-ship-channel-refineries-shut-pasadena-harris-county-houston-chronicle'] = r'''
> Houston
L city Houston
> Ship Channel refiners begin shutdowns as Hurricane Delphine heads for upper Texas coast
L geo Ship Channel
L region Texas
> Three plants cut 640,000 barrels per day; forecasters expect up to 15 inches of rain in Harris County
F number Three
F quantity 640,000 barrels per day
F quantity 15 inches
L region Harris County
> By Marisol Keane-Whitaker, Staff writer
P full Marisol Keane-Whitaker
> Updated Aug. 27, 2041 7:45 p.m.
F date Aug. 27, 2041
F time 7:45 p.m.
> Flares burn at a refinery along the Houston Ship Channel in Pasadena on Tuesday as crews began shutting units ahead of the storm. Dwayne Holcomb/Staff photographer
L geo Houston Ship Channel
L city Pasadena
P full Dwayne Holcomb
> At least three refineries along the Houston Ship Channel began shutting down units Tuesday as Hurricane Delphine strengthened in the Gulf, with forecasters warning the storm could make landfall near Freeport late Wednesday as a Category 3 storm with winds of 120 mph.
F number three
L geo Houston Ship Channel
L geo Gulf
L city Freeport
F quantity 120 mph
> The National Hurricane Center said in its 4 p.m. CDT advisory that Delphine was about 310 miles southeast of Galveston, moving northwest at 12 mph. A hurricane warning covers the coast from Port O'Connor to High Island.
O government National Hurricane Center
F time 4 p.m. CDT
F quantity 310 miles
L city Galveston
F quantity 12 mph
L city Port O'Connor
L city High Island
> Between 10 and 15 inches of rain could fall over Harris County through Friday, and a storm surge of 9 to 12 feet is possible in Galveston Bay, the center said. That "life-threatening" surge is the chief worry for plants on the channel.
F number 10
F quantity 15 inches
L region Harris County
F number 9
F quantity 12 feet
L geo Galveston Bay
Q direct National Hurricane Center :: "life-threatening"
> Texas Gulf Refining said it was cutting runs at its 410,000-barrel-per-day Pasadena plant to minimum rates and would shut the plant completely by 6 a.m. Wednesday. Two other companies, Bayou Petroleum and Lynchburg Energy, confirmed they were idling units at plants in Deer Park and Baytown.
O company Texas Gulf Refining
F quantity 410,000-barrel-per-day
L city Pasadena
F time 6 a.m.
F number Two
O company Bayou Petroleum
O company Lynchburg Energy
L city Deer Park
L city Baytown
> "We don't gamble with a Category 3 storm sitting off the coast," said Wade Brannigan, a spokesman for Texas Gulf Refining. "Restarting a unit takes five to seven days. That hurts. But a flooded unit takes months, and people get hurt."
Q direct Wade Brannigan :: "We don't gamble with a Category 3 storm sitting off the coast,"
P full Wade Brannigan
O company Texas Gulf Refining
Q direct Wade Brannigan :: "Restarting a unit takes five to seven days. That hurts. But a flooded unit takes months, and people get hurt."
F number five
F duration seven days
> Brannigan said about 900 of the plant's 1,400 workers had been sent home, while a "ride-out crew" of 85 would stay in a blast-resistant building on site with food and water for 96 hours.
P partial Brannigan
F number 900
F number 1,400
Q scare - :: "ride-out crew"
F number 85
F duration 96 hours
> County Judge Teresa Villarreal-Okonjo issued a disaster declaration at 1 p.m. and ordered evacuations for ZIP codes along the channel and in low-lying parts of Clear Lake. The Harris County Judge's Office said 14 shelters would open at 8 a.m. Wednesday, including NRG Center.
P full Teresa Villarreal-Okonjo
F time 1 p.m.
L city Clear Lake
O government Harris County Judge's Office
F number 14
F time 8 a.m.
L facility NRG Center
> "If you live near the plants and you've been told to go, go now," Villarreal-Okonjo said in a video posted to X. "Don't wait for the rain. Once it starts, you won't be able to get out on Texas 225."
Q direct Teresa Villarreal-Okonjo :: "If you live near the plants and you've been told to go, go now,"
P partial Villarreal-Okonjo
O company X
Q direct Teresa Villarreal-Okonjo :: "Don't wait for the rain. Once it starts, you won't be able to get out on Texas 225."
L street Texas 225
> In Pasadena's Red Bluff neighborhood, a few blocks from the fence line, Gloria Estrada-Pike, 67, was loading her car with photo albums and her late husband's flag. She rode out Hurricane Ike in 2008 and said she would not do it again.
L city Pasadena
L city Red Bluff
P full Gloria Estrada-Pike
F age 67
F date 2008
> "The plant sirens went off at 2:30 this afternoon and my grandson called from Katy and said, 'Grandma, get in the car,'" she said. "So I'm getting in the car."
Q direct Gloria Estrada-Pike :: "The plant sirens went off at 2:30 this afternoon and my grandson called from Katy and said, 'Grandma, get in the car,'"
F time 2:30
L city Katy
Q direct Gloria Estrada-Pike :: "So I'm getting in the car."
> A contract worker at one of the Deer Park plants, who was not authorized to speak publicly, said crews had been working 16-hour shifts since Sunday. "Everybody's tired, and everybody's got family in the path," he said.
L city Deer Park
F duration 16-hour
Q direct - :: "Everybody's tired, and everybody's got family in the path,"
> Analysts said the shutdowns take roughly 2.5 percent of U.S. refining capacity offline. Gasoline futures rose 6 cents to $2.91 a gallon in New York trading.
F percent 2.5 percent
L country U.S.
F money 6 cents
F money $2.91
L city New York
'''

ARTICLES['1500-sao-paulo-grand-prix-interlagos-bernardes-dumanoir-rain-autosport'] = r'''
> Formula 1
O other Formula 1
> Bernardes wins home São Paulo GP as late rain catches out Dumanoir
P partial Bernardes
P partial Dumanoir
> McLaren’s Lucas Bernardes won the São Paulo Grand Prix by 4.318 seconds after a late shower caught out leader Théo Dumanoir, and moved within 11 points of the championship lead with two rounds left
O team McLaren
P full Lucas Bernardes
F duration 4.318 seconds
P full Théo Dumanoir
F number 11
F number two
> By Gareth Pennock
P full Gareth Pennock
> Published: Nov 9, 2042, 7:52 PM
F date Nov 9, 2042
F time 7:52 PM
> Lucas Bernardes, McLaren, celebrates at Interlagos, São Paulo, Brazil. Photo by: Sam Ellery / Motorsport Images
P full Lucas Bernardes
O team McLaren
L facility Interlagos
L city São Paulo
L country Brazil
P full Sam Ellery
O media Motorsport Images
> Lucas Bernardes gave 118,000 fans at Interlagos the home win they had waited years for, keeping his nerve when a shower swept across the Autódromo José Carlos Pace with nine of the 71 laps to go.
P full Lucas Bernardes
F number 118,000
L facility Interlagos
L facility Autódromo José Carlos Pace
F number nine
F number 71
> At the start Dumanoir converted pole cleanly while Bernardes jumped from fourth to second through the Senna S. The McLaren driver stayed within 1.5s for the first 20 laps, but a slow first stop of 4.1 seconds, caused by a sticking front-left wheel nut, left him 5.8s adrift by lap 36.
P partial Dumanoir
P partial Bernardes
L facility Senna S
O team McLaren
F duration 1.5s
F number 20
F duration 4.1 seconds
F duration 5.8s
> Mercedes driver Théo Dumanoir had led from pole and was 2.9s clear when the rain arrived on lap 63. He stayed out on slicks for one more lap, slid wide at the Senna S and dropped behind Bernardes and Ferrari’s Kofi Asante-Boateng before pitting for intermediates.
O team Mercedes
P full Théo Dumanoir
F duration 2.9s
F number one
L facility Senna S
P partial Bernardes
O team Ferrari
P full Kofi Asante-Boateng
> Bernardes, 24, nicknamed “Foguetinho” by the home crowd, had taken intermediates a lap earlier in a 2.6-second stop, his second of the afternoon, and rejoined third. He passed Asante-Boateng into Turn 1 two laps later and crossed the line 4.318s clear after 1h34m51.207s of racing.
P partial Bernardes
F age 24
Q scare - :: “Foguetinho”
F duration 2.6-second
P partial Asante-Boateng
L facility Turn 1
F number two
F duration 4.318s
F duration 1h34m51.207s
> “I saw the clouds over the Guarapiranga reservoir on lap 58 and I told the team, ‘It’s coming, be ready,’” said Bernardes. “They were ready. I’ve dreamed about this since I was seven years old, karting at Granja Viana.
Q direct Lucas Bernardes :: “I saw the clouds over the Guarapiranga reservoir on lap 58 and I told the team, ‘It’s coming, be ready,’”
L geo Guarapiranga
P partial Bernardes
Q direct Lucas Bernardes :: “They were ready. I’ve dreamed about this since I was seven years old, karting at Granja Viana.
F age seven years old
L facility Granja Viana
> “The last five laps were the longest of my life. To win here, in this city, with this team – I don’t have the words yet.”
Q direct Lucas Bernardes :: “The last five laps were the longest of my life. To win here, in this city, with this team – I don’t have the words yet.”
F number five
> Dumanoir, who finished second, was blunt. “I made the wrong call, simple as that,” he said. “I thought it was a two-lap shower. It wasn’t.” Mercedes said the decision had been “a shared one” between driver and pit wall.
P partial Dumanoir
Q direct Théo Dumanoir :: “I made the wrong call, simple as that,”
Q direct Théo Dumanoir :: “I thought it was a two-lap shower. It wasn’t.”
F number two
O team Mercedes
Q direct Mercedes :: “a shared one”
> Asante-Boateng completed the podium 9.7s behind, ahead of Red Bull’s Henrik Solvang and the second McLaren of Anaïs Lefebvre-Roux. Aston Martin’s Mateo Ibarguren took sixth after starting 14th, and Alpine scored with both cars.
P partial Asante-Boateng
F duration 9.7s
O team Red Bull
P full Henrik Solvang
O team McLaren
P full Anaïs Lefebvre-Roux
O team Aston Martin
P full Mateo Ibarguren
O team Alpine
> Williams had a miserable afternoon. Joaquín Ferreyra retired on lap 41 with what the team called a “hydraulic gremlin”, and his team-mate was handed a five-second penalty for speeding in the pitlane, where the limit is 80km/h.
O team Williams
P full Joaquín Ferreyra
Q direct Williams :: “hydraulic gremlin”
F duration five-second
F quantity 80km/h
> Dumanoir still leads the standings on 367 points, 11 ahead of Bernardes, with Asante-Boateng a further 38 back. Only 59 points remain in the final two rounds, in Las Vegas on 21 November and in Abu Dhabi a fortnight later.
P partial Dumanoir
F number 367
F number 11
P partial Bernardes
P partial Asante-Boateng
F number 38
F number 59
F number two
L city Las Vegas
F date 21 November
L city Abu Dhabi
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
