#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval38 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval38/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['271-brandon-bay-fisherman-inquest-tralee'] = r'''
> Kerryman
O media Kerryman
> ‘He knew that water better than any man alive’ – inquest told Cloghane fisherman was swept from his boat by a wave
Q direct Máire Bean Uí Bheaglaoich :: ‘He knew that water better than any man alive’
L city Cloghane
> Coroner urges inshore fishermen to have lifejackets serviced after Tadhg Ó Beaglaoich (58) drowned off Brandon Point
P full Tadhg Ó Beaglaoich
F age 58
L geo Brandon Point
> Orla Breathnach-Keane
P full Orla Breathnach-Keane
> Wed 10 Mar 2038 at 17:42
F date 10 Mar 2038
F time 17:42
> The pier at Brandon, where Tadhg Ó Beaglaoich kept the Cáit Bhán. Photo: Domhnall Mac Giolla Rua
L city Brandon
P full Tadhg Ó Beaglaoich
P full Domhnall Mac Giolla Rua
> A Cloghane fisherman who drowned off Brandon Point last summer was swept from his open boat by a single large wave as he hauled lobster pots, and the lifejacket he was wearing failed to inflate, an inquest in Tralee has heard.
L city Cloghane
L geo Brandon Point
L city Tralee
> Tadhg Ó Beaglaoich (58), of Ballyquin, Cloghane, was pronounced dead at University Hospital Kerry on July 23 last year, more than three hours after he went into the water at the mouth of Brandon Bay.
P full Tadhg Ó Beaglaoich
F age 58
L city Ballyquin
L city Cloghane
O other University Hospital Kerry
F date July 23
F duration three hours
L geo Brandon Bay
> Coroner for Kerry Dr Fionnuala Sheehy-Breen returned a verdict of accidental death at Tralee Courthouse on Tuesday, and said the death of a man with four decades at sea should prompt every small-boat skipper on the coast “to open up that lifejacket today, not tomorrow”.
L region Kerry
P full Fionnuala Sheehy-Breen
L facility Tralee Courthouse
F duration four decades
Q direct Fionnuala Sheehy-Breen :: “to open up that lifejacket today, not tomorrow”
> The inquest heard that Mr Ó Beaglaoich, who had fished out of Brandon for 41 years, left the pier at about 6.15am on the day of his death in the Cáit Bhán, a 7.4-metre open fibreglass boat, with his nephew, Colm Ó Beaglaoich (24).
P partial Ó Beaglaoich
L city Brandon
F duration 41 years
F time 6.15am
F quantity 7.4-metre
P full Colm Ó Beaglaoich
F age 24
> Colm told the inquest the sea was “lumpy, but nothing out of the ordinary” when they reached their fourth string of pots, about 800 metres north-east of Brandon Point, shortly before 7am.
P partial Colm
Q direct Colm Ó Beaglaoich :: “lumpy, but nothing out of the ordinary”
F quantity 800 metres
L geo Brandon Point
F time 7am
> “I turned to stack a pot and I heard the sea come in behind us. When I looked back, Tadhg was gone over the side,” he said.
Q direct Colm Ó Beaglaoich :: “I turned to stack a pot and I heard the sea come in behind us. When I looked back, Tadhg was gone over the side,”
P partial Tadhg
> “I could see his head for maybe a minute, not more. He was roaring at me to bring her around. I threw the ring and it landed short of him.
Q direct Colm Ó Beaglaoich :: “I could see his head for maybe a minute, not more. He was roaring at me to bring her around. I threw the ring and it landed short of him.
> “By the time I had her turned, I couldn’t see him at all. That’s the part I go over every night.”
Q direct Colm Ó Beaglaoich :: “By the time I had her turned, I couldn’t see him at all. That’s the part I go over every night.”
> Valentia Coast Guard Radio received a Mayday call from the boat at 7.02am. Sergeant Máirtín Ó Conchúir of Tralee Garda Station told the inquest that the Irish Coast Guard helicopter Rescue 115, based at Shannon, the Fenit RNLI all-weather lifeboat and the Castlegregory unit of the Irish Coast Guard were tasked, along with six local boats.
O government Valentia Coast Guard Radio
F time 7.02am
P full Máirtín Ó Conchúir
O government Tralee Garda Station
O government Irish Coast Guard
L city Shannon
O nonprofit Fenit RNLI
L city Castlegregory
O government Irish Coast Guard
F number six
> A winchman on Rescue 115 spotted him at 8.41am, about 1.5 nautical miles from where he had gone into the water. He was flown to University Hospital Kerry in Tralee, where he was pronounced dead at 10.20am.
F time 8.41am
F quantity 1.5 nautical miles
O other University Hospital Kerry
L city Tralee
F time 10.20am
> Consultant pathologist Dr Ravindra Kulkarni-Hayes said the cause of death was drowning, with cold-water shock a contributing factor. The sea temperature that morning was about 14 degrees, he said. A toxicology report found no alcohol or drugs in his system.
P full Ravindra Kulkarni-Hayes
F quantity 14 degrees
> A report by the Marine Casualty Investigation Board (MCIB), published in January, found that the firing mechanism of Mr Ó Beaglaoich’s lifejacket had corroded and that the jacket had not been serviced since 2031. It also found the boat carried no personal locator beacon, although the family had bought one in 2035 that was “kept in a drawer at home”.
O government Marine Casualty Investigation Board
O government MCIB
P partial Ó Beaglaoich
F date 2031
F date 2035
Q direct Marine Casualty Investigation Board :: “kept in a drawer at home”
> The board recommended that the Department of Transport write to the owners of all fishing vessels under 15 metres to remind them that inflatable lifejackets must be checked every 12 months. “A lifejacket is only as good as its last service,” the MCIB report said.
O government Department of Transport
F quantity 15 metres
F duration 12 months
Q direct Marine Casualty Investigation Board :: “A lifejacket is only as good as its last service,”
O government MCIB
> In a statement read to the inquest by the family’s solicitor, his widow, Máire Bean Uí Bheaglaoich, said her husband “knew that water better than any man alive” and had “respected it every day he went out”.
P full Máire Bean Uí Bheaglaoich
Q direct Máire Bean Uí Bheaglaoich :: “knew that water better than any man alive”
Q direct Máire Bean Uí Bheaglaoich :: “respected it every day he went out”
> “Tadhg would want the lads to learn from this, not to be frightened off the water,” the statement said.
Q direct Máire Bean Uí Bheaglaoich :: “Tadhg would want the lads to learn from this, not to be frightened off the water,”
P partial Tadhg
> Dr Sheehy-Breen extended her sympathy to his widow, their three children and the fishing community of the Dingle Peninsula. “This was a careful, experienced man, and he still went into the water,” she said. “If it can happen to Tadhg, it can happen to anyone.”
P partial Sheehy-Breen
F number three
L geo Dingle Peninsula
Q direct Fionnuala Sheehy-Breen :: “This was a careful, experienced man, and he still went into the water,”
Q direct Fionnuala Sheehy-Breen :: “If it can happen to Tadhg, it can happen to anyone.”
P partial Tadhg
> Speaking after the inquest, Donnchadh Mac Gearailt, secretary of the Kerry Inshore Fishermen’s Association, said free lifejacket servicing clinics would be held at Fenit harbour on March 27 and at the pier in An Daingean on April 3, funded with €18,500 from Bord Iascaigh Mhara (BIM).
P full Donnchadh Mac Gearailt
O nonprofit Kerry Inshore Fishermen’s Association
L city Fenit
F date March 27
L city An Daingean
F date April 3
F money €18,500
O government Bord Iascaigh Mhara
O government BIM
> “There are men on this coast wearing jackets that haven’t been opened since the day they were bought,” he said. “Nobody wants to be the next name read out in that courthouse.”
Q direct Donnchadh Mac Gearailt :: “There are men on this coast wearing jackets that haven’t been opened since the day they were bought,”
Q direct Donnchadh Mac Gearailt :: “Nobody wants to be the next name read out in that courthouse.”
'''

ARTICLES['272-mekong-delta-salinity-vinh-long-water-rationing'] = r'''
> Society
> Saltwater pushes 70km inland as Mekong Delta faces worst dry season since 2020
F quantity 70km
L region Mekong Delta
F date 2020
> Salinity of 4 grams per liter has been measured 70km up the Ham Luong River, forcing Vinh Long Province to ration tap water for 23,400 households as farmers rush to harvest rice early.
F quantity 4 grams per liter
F quantity 70km
L geo Ham Luong River
L region Vinh Long Province
F number 23,400
> Huỳnh Như - Kiều Trâm / Tuoi Tre News
P full Huỳnh Như
P full Kiều Trâm
O media Tuoi Tre News
> Thu, March 11, 2038, 16:05 GMT+7
F date March 11, 2038
F time 16:05 GMT+7
> A farmer pumps water from a pond into his durian orchard in Cai Mon, Vinh Long Province, March 10, 2038. Photo: Huỳnh Như / Tuoi Tre
L city Cai Mon
L region Vinh Long Province
F date March 10, 2038
P full Huỳnh Như
O media Tuoi Tre
> Saltwater has pushed 70km up the Co Chien and Ham Luong rivers, the farthest it has reached this early in the dry season since 2020, the Southern Regional Hydro-Meteorological Center said on Thursday.
F quantity 70km
L geo Co Chien
L geo Ham Luong
F date 2020
O government Southern Regional Hydro-Meteorological Center
> Salinity of 4 grams per liter, enough to stunt rice plants, was recorded at the Son Doc station on the Ham Luong River on March 9, while readings of 1g/l reached Thanh Duc Ward on the edge of the provincial capital, the center said.
F quantity 4 grams per liter
L facility Son Doc
L geo Ham Luong River
F date March 9
F quantity 1g/l
L city Thanh Duc Ward
> In the Mekong Delta, the dry season usually runs from December to May, with salinity peaking in March and April. This year, a weak flood season and hydropower dams upstream on the Mekong in Laos and China have left river levels 0.3 to 0.5 meters below average, the center said.
L region Mekong Delta
L geo Mekong
L country Laos
L country China
F quantity 0.3
F quantity 0.5 meters
> In HCMC, the city's water utility Sawaco said salinity at its Hoa Phu intake on the Saigon River remained within safe limits.
L city HCMC
O company Sawaco
L facility Hoa Phu
L geo Saigon River
> Vinh Long, which absorbed the former provinces of Ben Tre and Tra Vinh in a 2025 merger, has cut tap water supply to 23,400 households in 11 communes to two days a week, said Nguyễn Thị Bích Tuyền, deputy director of the provincial Department of Agriculture and Environment.
L region Vinh Long
L region Ben Tre
L region Tra Vinh
F date 2025
F number 23,400
F number 11
F duration two days
P full Nguyễn Thị Bích Tuyền
O government Department of Agriculture and Environment
> Song Tien Water JSC, which supplies 140,000 customers in the province, has shut two of its four intake plants after salinity at the intakes exceeded 0.25g/l, the limit for drinking water, Tuyền said.
O company Song Tien Water JSC
F number 140,000
F number two
F number four
F quantity 0.25g/l
P partial Tuyền
> "We are delivering water by truck to schools and clinics, and we have asked people to store fresh water in jars and tanks now, not when it runs out," she said.
Q direct Nguyễn Thị Bích Tuyền :: "We are delivering water by truck to schools and clinics, and we have asked people to store fresh water in jars and tanks now, not when it runs out,"
> Farmers in the province have harvested 31,000 hectares of winter-spring rice 10 to 15 days early to beat the salt, according to the department. About 6,800 hectares sown late are at risk of losing half their yield.
F quantity 31,000 hectares
F duration 10
F duration 15 days
F quantity 6,800 hectares
F fraction half
> Kim Thị Sa Rum, a 47-year-old Khmer farmer in Hoa Minh Commune, said she had cut her two-hectare crop of ST25 rice a week early.
P full Kim Thị Sa Rum
F age 47-year-old
L city Hoa Minh Commune
F quantity two-hectare
> "The grain is light, but if I waited, I would have nothing," Sa Rum said.
Q direct Kim Thị Sa Rum :: "The grain is light, but if I waited, I would have nothing,"
P partial Sa Rum
> The salt has also reached orchards in Cai Mon, the delta's best-known durian-growing area, where Trần Văn Hậu, 58, said he was paying VND1.2 million (US$45) for each 10-cubic-meter tank of fresh water trucked in from upstream.
L city Cai Mon
P full Trần Văn Hậu
F age 58
F money VND1.2 million
F money US$45
F quantity 10-cubic-meter
> "A durian tree takes seven years to bear fruit and one week of salty water to die," Hậu said.
Q direct Trần Văn Hậu :: "A durian tree takes seven years to bear fruit and one week of salty water to die,"
F duration seven years
F duration one week
P partial Hậu
> He said Ri6 durian was fetching VND92,000 per kilogram at the farm gate, up from VND70,000 a year ago, as growers with salt-damaged trees sold their fruit early.
F money VND92,000
F money VND70,000
> Assoc. Prof. Đặng Hoàng Vũ, a water resources expert at Can Tho University, said the network of sluice gates built across the delta after the 2016 and 2020 droughts had kept salt out of most rice land but could not protect fruit growers near the river mouths.
P full Đặng Hoàng Vũ
O education Can Tho University
F date 2016
F date 2020
> "The sluices buy time, but the delta is sinking, and the river is bringing down less water and less sediment every year," Vũ said. "Farmers in coastal communes will have to move from rice to shrimp, or to crops that need less water."
Q direct Đặng Hoàng Vũ :: "The sluices buy time, but the delta is sinking, and the river is bringing down less water and less sediment every year,"
P partial Vũ
Q direct Đặng Hoàng Vũ :: "Farmers in coastal communes will have to move from rice to shrimp, or to crops that need less water."
> The Vinh Long People's Committee has allocated VND46 billion (US$1.73 million) for water trucks, mobile desalination units and 1,200 water tanks for poor households, the committee said in a decision issued on Wednesday.
O government Vinh Long People's Committee
F money VND46 billion
F money US$1.73 million
F number 1,200
> The Ministry of Agriculture and Environment has asked provinces across the delta to store fresh water in canals and not to sow a third rice crop this year.
O government Ministry of Agriculture and Environment
> The Southern Institute of Water Resources Research forecast that salinity would peak between March 27 and April 2, during the spring tides of the second lunar month, when the 4g/l line could reach 80 to 90km inland.
O government Southern Institute of Water Resources Research
F date March 27
F date April 2
F quantity 4g/l
F quantity 80
F quantity 90km
> Like us on Facebook or follow us on X to get the latest news about Vietnam!
O company Facebook
O company X
L country Vietnam
'''

ARTICLES['273-thalj-logistics-dfm-ipo-debut-dubai'] = r'''
> Business
> Thalj Logistics shares jump 14.7% on DFM debut after Dh1.62 billion IPO
O company Thalj Logistics
F percent 14.7%
O company DFM
F money Dh1.62 billion
> Dubai cold-chain operator plans to spend SR750 million on three Saudi hubs by 2040, chief executive says
L city Dubai
F money SR750 million
F number three
F date 2040
> by Anjali Thekkedath
P full Anjali Thekkedath
> Published: Tue 18 May 2038, 6:12 PM
F date 18 May 2038
F time 6:12 PM
> Last updated: Tue 18 May 2038, 9:40 PM
F date 18 May 2038
F time 9:40 PM
> Thalj Logistics chief executive Hamdan Saif Al Ketbi (centre) rings the opening bell at the Dubai Financial Market on Tuesday. — KT Photo: Jomon Varghese
O company Thalj Logistics
P full Hamdan Saif Al Ketbi
O company Dubai Financial Market
O media KT
P full Jomon Varghese
> Shares of Thalj Logistics PJSC rose 14.7 per cent on their first day of trading on the Dubai Financial Market (DFM) on Tuesday, after the Dubai-based cold-chain operator raised Dh1.62 billion ($441 million) in the emirate’s largest initial public offering this year.
O company Thalj Logistics PJSC
F percent 14.7 per cent
O company Dubai Financial Market
O company DFM
L city Dubai
F money Dh1.62 billion
F money $441 million
> The stock opened at Dh3.05, against an offer price of Dh2.85, and closed at Dh3.27, giving the company a market value of about Dh11.45 billion. More than 46 million shares changed hands in the first hour of trading.
F money Dh3.05
F money Dh2.85
F money Dh3.27
F money Dh11.45 billion
F number 46 million
> Thalj sold 568.4 million new shares, or 16.2 per cent of its enlarged share capital. The offering, which ran from May 4 to May 11, drew orders worth Dh44 billion and was oversubscribed 27 times, with the retail tranche covered 61 times, the company said.
O company Thalj
F number 568.4 million
F percent 16.2 per cent
F date May 4
F date May 11
F money Dh44 billion
F number 27
F number 61
> “Today is not the finish line. It is the day we got the fuel to go much further,” Al Ketbi told Khaleej Times after the bell-ringing ceremony.
Q direct Hamdan Saif Al Ketbi :: “Today is not the finish line. It is the day we got the fuel to go much further,”
P partial Al Ketbi
O media Khaleej Times
> Founded in 2011 with a single warehouse in Al Quoz, Thalj now runs 38 temperature-controlled warehouses with 610,000 pallet positions in the UAE, Saudi Arabia and Oman, and a fleet of 1,450 refrigerated trucks. Its customers include supermarket chains, pharmaceutical distributors and airline caterers.
F date 2011
L city Al Quoz
O company Thalj
F number 38
F number 610,000
L country UAE
L country Saudi Arabia
L country Oman
F number 1,450
> Al Ketbi, 46, said the company would spend SR750 million ($200 million) on three hubs in Riyadh, Jeddah and Dammam by 2040, and a further Dh280 million on a 92,000-square-metre facility in Dubai South, next to Al Maktoum International Airport, due to open in the first quarter of 2039.
P partial Al Ketbi
F age 46
F money SR750 million
F money $200 million
F number three
L city Riyadh
L city Jeddah
L city Dammam
F date 2040
F money Dh280 million
F quantity 92,000-square-metre
L city Dubai South
L facility Al Maktoum International Airport
F date 2039
> “Saudi Arabia is where the growth is. The kingdom imports most of its food, the population is young, and people now order their groceries on their phones.
Q direct Hamdan Saif Al Ketbi :: “Saudi Arabia is where the growth is. The kingdom imports most of its food, the population is young, and people now order their groceries on their phones.
L country Saudi Arabia
> “Every one of those orders has to be kept at four degrees from the port to the front door. That is our business,” he said.
Q direct Hamdan Saif Al Ketbi :: “Every one of those orders has to be kept at four degrees from the port to the front door. That is our business,”
F quantity four degrees
> In 2037, Thalj reported revenue of Dh2.31 billion, up 19 per cent, and a net profit of Dh412 million. Chief financial officer Priyanka Raghavan-Mathew said the company would pay a dividend of at least Dh230 million for 2038, in two instalments in October and April.
F date 2037
O company Thalj
F money Dh2.31 billion
F percent 19 per cent
F money Dh412 million
P full Priyanka Raghavan-Mathew
F money Dh230 million
F date 2038
F number two
> Thalj’s founder and chairman, Khalifa bin Obaid Al Hameli, keeps 58.3 per cent of the company and Abu Dhabi-based Qalam Capital 25.5 per cent. Three cornerstone investors, including Sharjah-based Al Rayyan Holding, bought Dh390 million of shares and agreed not to sell them for 12 months.
O company Thalj
P full Khalifa bin Obaid Al Hameli
F percent 58.3 per cent
L city Abu Dhabi
O company Qalam Capital
F percent 25.5 per cent
F number Three
L city Sharjah
O company Al Rayyan Holding
F money Dh390 million
F duration 12 months
> The Securities and Commodities Authority (SCA) approved the offering in April. Emirates NBD Capital, First Abu Dhabi Bank and HSBC were joint global coordinators.
O government Securities and Commodities Authority
O government SCA
O company Emirates NBD Capital
O company First Abu Dhabi Bank
O company HSBC
> Analysts said demand reflected investors’ appetite for companies tied to food security, a priority for Gulf governments since supply chains were disrupted in 2020. Rania Khoury-Atallah, head of research at Dubai brokerage Marjan Securities, said a valuation of about 21 times 2037 earnings was “not cheap, but not crazy for a business growing at 20 per cent a year”.
L region Gulf
F date 2020
P full Rania Khoury-Atallah
L city Dubai
O company Marjan Securities
F number 21
F date 2037
Q direct Rania Khoury-Atallah :: “not cheap, but not crazy for a business growing at 20 per cent a year”
F percent 20 per cent
> A fund manager at a Dubai-based asset manager, who asked not to be named because his firm bought shares in the offering, said the retail demand “looked a lot like 2022, when everyone queued for anything with a ticker”.
L city Dubai
Q direct - :: “looked a lot like 2022, when everyone queued for anything with a ticker”
F date 2022
> The DFM said in a statement that Thalj’s debut, the exchange’s fifth listing this year, lifted the total raised on the market in 2038 to Dh5.9 billion and showed “deep liquidity for quality companies”. The DFM General Index rose 0.6 per cent on Tuesday.
O company DFM
O company Thalj
F date 2038
F money Dh5.9 billion
Q direct Dubai Financial Market :: “deep liquidity for quality companies”
F percent 0.6 per cent
'''

ARTICLES['274-rio-bravo-transport-q3-earnings-laredo'] = r'''
> Rio Bravo Transport Q3 Profit Falls 41% as Cross-Border Freight Slows
O company Rio Bravo Transport
F percent 41%
> Key Takeaways:
> Net income dropped to $18.4 million as truckload rates stayed soft and Mexico volumes fell.
F money $18.4 million
L country Mexico
> The Laredo, Texas-based carrier cut its full-year outlook and will trim 140 nondriver jobs.
L city Laredo
L region Texas
F number 140
> Analysts said the quarter showed the cost of nearshoring bets made in 2035 and 2036.
F date 2035
F date 2036
> Lindsey Tran-Pacheco | Staff Reporter
P full Lindsey Tran-Pacheco
> October 28, 2038 5:12 PM, EDT
F date October 28, 2038
F time 5:12 PM, EDT
> A Rio Bravo tractor-trailer crosses the World Trade Bridge in Laredo, Texas. (Rio Bravo Transport)
O company Rio Bravo
L facility World Trade Bridge
L city Laredo
L region Texas
O company Rio Bravo Transport
> Rio Bravo Transport Holdings Inc. (NYSE: RBTH) said third-quarter net income fell 41% as weak truckload rates in the U.S. and slower freight across the Mexican border weighed on its two largest segments.
O company Rio Bravo Transport Holdings Inc.
O company NYSE
F percent 41%
L country U.S.
F number two
> The Laredo, Texas-based carrier reported net income of $18.4 million, or 31 cents a share, for the three months ended Sept. 30. That compared with $31.2 million, or 52 cents, a year earlier.
L city Laredo
L region Texas
F money $18.4 million
F money 31 cents
F duration three months
F date Sept. 30
F money $31.2 million
F money 52 cents
> Operating revenue declined 6.2% to $612.8 million from $653.3 million. Excluding fuel surcharge, revenue was $541.6 million, down 5.4%.
F percent 6.2%
F money $612.8 million
F money $653.3 million
F money $541.6 million
F percent 5.4%
> Adjusted earnings of 34 cents a share missed the consensus estimate of 38 cents among analysts surveyed by FactSet. Shares of Rio Bravo fell $1.87, or 6.4%, to $27.35 in after-hours trading Oct. 28.
F money 34 cents
F money 38 cents
O company FactSet
O company Rio Bravo
F money $1.87
F percent 6.4%
F money $27.35
F date Oct. 28
> "We are not going to pretend this was a good quarter," CEO Arturo Villarreal Garza said on a call with analysts. "Spot rates are still below where a carrier can earn its cost of capital, and the border got slower for us in August and September."
Q direct Arturo Villarreal Garza :: "We are not going to pretend this was a good quarter,"
P full Arturo Villarreal Garza
Q direct Arturo Villarreal Garza :: "Spot rates are still below where a carrier can earn its cost of capital, and the border got slower for us in August and September."
> In the truckload segment, which runs about 4,900 of the company's 7,350 tractors, revenue excluding fuel fell 8.1% to $268.2 million. The segment's operating ratio — operating expenses as a percentage of revenue — worsened to 96.4% from 92.7%. Revenue per loaded mile, excluding fuel, slipped 3 cents to $2.38.
F number 4,900
F number 7,350
F percent 8.1%
F money $268.2 million
F percent 96.4%
F percent 92.7%
F money 3 cents
F money $2.38
> Dedicated revenue rose 2.9% to $171.5 million on new contracts with two grocery chains, and the unit's operating ratio improved to 88.9%.
F percent 2.9%
F money $171.5 million
F number two
F percent 88.9%
> Transportes Río Bravo del Norte, the company's Monterrey-based Mexican subsidiary, posted revenue of 1.87 billion pesos ($101.9 million), down 11%, as northbound loads from factories in Nuevo León and Coahuila fell.
O company Transportes Río Bravo del Norte
L city Monterrey
F money 1.87 billion pesos
F money $101.9 million
F percent 11%
L region Nuevo León
L region Coahuila
> Villarreal said crossings at the World Trade Bridge had slowed since U.S. Customs and Border Protection added inspection steps for northbound trucks in August, adding as much as 90 minutes to some trips.
P partial Villarreal
L facility World Trade Bridge
O government U.S. Customs and Border Protection
F duration 90 minutes
> "Rio Bravo built for a nearshoring boom that has arrived more slowly than anyone hoped, and the bill for that capacity is now coming due," Harbison Lowe analyst Delphine Okoro-Ledbetter wrote in a note. She cut her price target on the stock to $29 from $34.
Q direct Delphine Okoro-Ledbetter :: "Rio Bravo built for a nearshoring boom that has arrived more slowly than anyone hoped, and the bill for that capacity is now coming due,"
O company Rio Bravo
O company Harbison Lowe
P full Delphine Okoro-Ledbetter
F money $29
F money $34
> The company lowered its full-year adjusted earnings forecast to $1.30 to $1.38 a share, from $1.52 to $1.65. It now expects net capital expenditures of $210 million to $230 million in 2038, down from $280 million, and will let the average age of its tractors rise to about 2.4 years by delaying orders for new Class 8 trucks.
F money $1.30
F money $1.38
F money $1.52
F money $1.65
F money $210 million
F money $230 million
F date 2038
F money $280 million
F duration 2.4 years
> Chief Financial Officer Dana Kowalczuk said the company would eliminate about 140 nondriver positions, or 6% of its office staff, by year-end, saving about $11 million a year. "We looked at every layer above the driver seat," she said.
P full Dana Kowalczuk
F number 140
F percent 6%
F money $11 million
Q direct Dana Kowalczuk :: "We looked at every layer above the driver seat,"
> The board declared a quarterly dividend of 9 cents a share, payable Dec. 15 to shareholders of record Dec. 1.
F money 9 cents
F date Dec. 15
F date Dec. 1
> The American Trucking Associations' truck tonnage index fell 1.8% in September from August, the group said Oct. 21.
O nonprofit American Trucking Associations
F percent 1.8%
F date Oct. 21
> Rio Bravo ranks No. 37 on the Transport Topics Top 100 list of the largest for-hire carriers in North America.
O company Rio Bravo
L continent North America
> Want more news? Listen to today's daily briefing above or go here for more info.
'''

ARTICLES['275-itzulia-basque-country-stage-4-arrate-murillo'] = r'''
> Itzulia Basque Country: Murillo wins atop Arrate as Vanhoutte clings to yellow
P partial Murillo
L geo Arrate
P partial Vanhoutte
> Colombian edges Korošec in two-rider sprint to the sanctuary – 'I dreamt of this climb since I was a boy'
P partial Korošec
F number two
Q direct Yeison Andrés Murillo Cárdenas :: 'I dreamt of this climb since I was a boy'
> By Kieran Ashworth published 8 April 2038
P full Kieran Ashworth
F date 8 April 2038
> Yeison Murillo (Movistar Team) celebrates victory at the Santuario de Arrate on stage 4 (Image credit: Getty Images)
P full Yeison Murillo
O team Movistar Team
L facility Santuario de Arrate
O company Getty Images
> Yeison Andrés Murillo Cárdenas (Movistar Team) won stage 4 of the Itzulia Basque Country at the Santuario de Arrate on Thursday, edging Žan Korošec (Teravolt-Colnago) in a two-rider sprint on the 12% ramps of the final kilometre above Eibar.
P full Yeison Andrés Murillo Cárdenas
O team Movistar Team
L facility Santuario de Arrate
P full Žan Korošec
O team Teravolt-Colnago
F number two
F percent 12%
L city Eibar
> Arne Vanhoutte (Lotto-Halvorsen) finished fourth, 9 seconds down, and kept the yellow jersey by 14 seconds over Korošec with two stages remaining. Murillo, who started the day 44 seconds behind, moved up to third overall, 25 seconds back.
P full Arne Vanhoutte
O team Lotto-Halvorsen
F duration 9 seconds
F duration 14 seconds
P partial Korošec
F number two
P partial Murillo
F duration 44 seconds
F duration 25 seconds
> The 148.3km stage from Vitoria-Gasteiz took the riders north through Arrasate-Mondragón and over five categorised climbs before the 5.6km ascent to the sanctuary, which averages 7.6% and touches 14% just below the 1km-to-go banner.
F quantity 148.3km
L city Vitoria-Gasteiz
L city Arrasate-Mondragón
F number five
F quantity 5.6km
F percent 7.6%
F percent 14%
F quantity 1km
> A nine-rider breakaway that included Basque favourite Ander Etxeberria Goikoetxea (Euskaltel-Euskadi) and Eritrea's Tesfalem Gebremedhin (Bahrain Victorious) built a lead of 3:40, before Lotto-Halvorsen and Movistar brought it back on the Alto de Elgeta, 24km from the finish.
F number nine
P full Ander Etxeberria Goikoetxea
O team Euskaltel-Euskadi
L country Eritrea
P full Tesfalem Gebremedhin
O team Bahrain Victorious
F duration 3:40
O team Lotto-Halvorsen
O team Movistar
L geo Alto de Elgeta
F quantity 24km
> Etxeberria, roared on by thousands of orange-clad fans, was the last of the escapees to be caught, at the foot of Arrate.
P partial Etxeberria
L geo Arrate
> Korošec attacked with 2.2km to go and only Murillo and Vanhoutte could follow. Vanhoutte, 24, cracked on the steepest section, and Murillo countered inside the final 300 metres, holding off the Slovenian by half a wheel. Denmark's Magnus Østergaard (Solvane-Ridley) took third, 5 seconds back.
P partial Korošec
F quantity 2.2km
P partial Murillo
P partial Vanhoutte
P partial Vanhoutte
F age 24
P partial Murillo
F quantity 300 metres
F fraction half
L country Denmark
P full Magnus Østergaard
O team Solvane-Ridley
F duration 5 seconds
> "I dreamt of this climb since I was a boy, watching on television in Boyacá," said Murillo, 23. "When Žan went I was on the limit, but I know the last 200 metres here are the steepest, so I waited."
Q direct Yeison Andrés Murillo Cárdenas :: "I dreamt of this climb since I was a boy, watching on television in Boyacá,"
L region Boyacá
P partial Murillo
F age 23
Q direct Yeison Andrés Murillo Cárdenas :: "When Žan went I was on the limit, but I know the last 200 metres here are the steepest, so I waited."
P partial Žan
F quantity 200 metres
> Vanhoutte, who took the lead by winning the stage 2 time trial in Laudio, said he was not worried. "Yesterday it was 29, today it is 14. I still have the jersey, and tomorrow suits me better," he said.
P partial Vanhoutte
L city Laudio
Q direct Arne Vanhoutte :: "Yesterday it was 29, today it is 14. I still have the jersey, and tomorrow suits me better,"
F number 29
F number 14
> Friday's stage 5 runs 171.4km from Zumarraga to Markina-Xemein over seven categorised climbs, before Saturday's final stage around Donostia-San Sebastián, which finishes after two ascents of Jaizkibel.
F quantity 171.4km
L city Zumarraga
L city Markina-Xemein
F number seven
L city Donostia-San Sebastián
F number two
L geo Jaizkibel
> Results powered by FirstCycling
O company FirstCycling
> Itzulia Basque Country stage 4: Vitoria-Gasteiz - Santuario de Arrate (148.3km)
L city Vitoria-Gasteiz
L facility Santuario de Arrate
F quantity 148.3km
> 1 Yeison Andrés Murillo Cárdenas (Col) Movistar Team 3:38:52
P full Yeison Andrés Murillo Cárdenas
L country Col
O team Movistar Team
F duration 3:38:52
> 2 Žan Korošec (Slo) Teravolt-Colnago 0:00:00
P full Žan Korošec
L country Slo
O team Teravolt-Colnago
F duration 0:00:00
> 3 Magnus Østergaard (Den) Solvane-Ridley 0:00:05
P full Magnus Østergaard
L country Den
O team Solvane-Ridley
F duration 0:00:05
> 4 Arne Vanhoutte (Bel) Lotto-Halvorsen 0:00:09
P full Arne Vanhoutte
L country Bel
O team Lotto-Halvorsen
F duration 0:00:09
> 5 Bram van der Kolk (Ned) Brabantia-Koga 0:00:09
P full Bram van der Kolk
L country Ned
O team Brabantia-Koga
F duration 0:00:09
> 6 Théo Lemoine-Darrieussecq (Fra) Arvelle-Lapierre 0:00:14
P full Théo Lemoine-Darrieussecq
L country Fra
O team Arvelle-Lapierre
F duration 0:00:14
> 7 Lachlan Brennan-Whyte (Aus) Bahrain Victorious 0:00:14
P full Lachlan Brennan-Whyte
L country Aus
O team Bahrain Victorious
F duration 0:00:14
> 8 Sindre Aasheim (Nor) Uno-X Mobility 0:00:19
P full Sindre Aasheim
L country Nor
O team Uno-X Mobility
F duration 0:00:19
> 9 Jhonatan Chalá Quiñónez (Ecu) Movistar Team 0:00:22
P full Jhonatan Chalá Quiñónez
L country Ecu
O team Movistar Team
F duration 0:00:22
> 10 Mateo Ruiz de Azúa (Spa) Euskaltel-Euskadi 0:00:27
P full Mateo Ruiz de Azúa
L country Spa
O team Euskaltel-Euskadi
F duration 0:00:27
> General classification after stage 4
> 1 Arne Vanhoutte (Bel) Lotto-Halvorsen 14:22:08
P full Arne Vanhoutte
L country Bel
O team Lotto-Halvorsen
F duration 14:22:08
> 2 Žan Korošec (Slo) Teravolt-Colnago 0:00:14
P full Žan Korošec
L country Slo
O team Teravolt-Colnago
F duration 0:00:14
> 3 Yeison Andrés Murillo Cárdenas (Col) Movistar Team 0:00:25
P full Yeison Andrés Murillo Cárdenas
L country Col
O team Movistar Team
F duration 0:00:25
> 4 Magnus Østergaard (Den) Solvane-Ridley 0:00:33
P full Magnus Østergaard
L country Den
O team Solvane-Ridley
F duration 0:00:33
> 5 Bram van der Kolk (Ned) Brabantia-Koga 0:00:47
P full Bram van der Kolk
L country Ned
O team Brabantia-Koga
F duration 0:00:47
'''

ARTICLES['276-hearthline-thermostat-class-action-certified-alberta'] = r'''
> Canada
L country Canada
> Alberta judge certifies class action against thermostat maker over cold-snap shutdown
L region Alberta
> About 41,000 households say a botched Hearthline update left their furnaces off for up to 31 hours as temperatures fell to minus 38 C
F number 41,000
O company Hearthline
F duration 31 hours
F quantity minus 38 C
> Author of the article:
> Colette Ng-Baptiste
P full Colette Ng-Baptiste
> National Post
O media National Post
> Published Mar 17, 2038 • Last updated 2 hours ago • 4 minute read
F date Mar 17, 2038
F duration 2 hours
F duration 4 minute
> A plumber replaces burst pipes in a home in Calgary’s Evergreen neighbourhood in January 2037. Photo by Darnell Kwasniewski /Postmedia
L city Calgary
L city Evergreen
F date January 2037
P full Darnell Kwasniewski
O media Postmedia
> CALGARY — An Alberta judge has certified a class action against Hearthline Technologies Inc., clearing the way for about 41,000 households in three provinces to sue the Waterloo, Ont., company over a software update that shut off their smart thermostats during the January 2037 cold snap.
L city CALGARY
L region Alberta
O company Hearthline Technologies Inc.
F number 41,000
F number three
L city Waterloo
L region Ont.
F date January 2037
> In a 64-page decision released Tuesday, Justice Harpreet K. Sandhu of the Court of King’s Bench of Alberta found that the homeowners’ claims in negligence and breach of contract raised common issues that could be decided together, and that a class action was “the preferable procedure” for claims “too small to justify individual litigation but too numerous to ignore.”
F number 64
P full Harpreet K. Sandhu
O government Court of King’s Bench of Alberta
Q direct Harpreet K. Sandhu :: “the preferable procedure”
Q direct Harpreet K. Sandhu :: “too small to justify individual litigation but too numerous to ignore.”
> The lawsuit alleges that a firmware update Hearthline pushed to its Ember thermostats on the night of Jan. 13, 2037, left the devices unable to call for heat once they lost contact with the company’s servers. The temperature in Calgary fell to minus 38 C the next morning. Some homes went without heat for as long as 31 hours, and about 2,900 reported burst pipes, according to the claim.
O company Hearthline
F date Jan. 13, 2037
L city Calgary
F quantity minus 38 C
F duration 31 hours
F number 2,900
> The representative plaintiffs are Gurinder Singh Gill, a retired bus driver in Red Deer whose basement flooded while he was visiting family in Surrey, B.C., and Oksana Hrytsenko-Bell, a veterinarian in Medicine Hat. The class includes Ember owners in Alberta, Saskatchewan and Manitoba.
P full Gurinder Singh Gill
L city Red Deer
L city Surrey
L region B.C.
P full Oksana Hrytsenko-Bell
L city Medicine Hat
L region Alberta
L region Saskatchewan
L region Manitoba
> “I came home to water up to my knees and a thermostat telling me everything was fine,” Gill said in an interview Tuesday. “Nobody from that company ever called me.”
Q direct Gurinder Singh Gill :: “I came home to water up to my knees and a thermostat telling me everything was fine,”
P partial Gill
Q direct Gurinder Singh Gill :: “Nobody from that company ever called me.”
> The plaintiffs seek $180 million in damages, including $25 million in punitive damages. Individual losses range from about $2,400 for a replaced furnace igniter to more than $86,000 for a home that had to be gutted, said their lawyer, Marie-Ève Thibodeau-Kane, K.C., of the Calgary firm Lockhart Varga LLP.
F money $180 million
F money $25 million
F money $2,400
F money $86,000
P full Marie-Ève Thibodeau-Kane
L city Calgary
O company Lockhart Varga LLP
> “This was a company that sold peace of mind to people living through prairie winters,” Thibodeau-Kane said. “It tested a critical update on a few hundred units in Ontario and then sent it to every furnace in the West on the coldest night of the year.
Q direct Marie-Ève Thibodeau-Kane :: “This was a company that sold peace of mind to people living through prairie winters,”
P partial Thibodeau-Kane
Q direct Marie-Ève Thibodeau-Kane :: “It tested a critical update on a few hundred units in Ontario and then sent it to every furnace in the West on the coldest night of the year.
L region Ontario
L region West
> “The court has now said these families don’t have to fight that one at a time.”
Q direct Marie-Ève Thibodeau-Kane :: “The court has now said these families don’t have to fight that one at a time.”
> Hearthline said in a statement that it “respectfully disagrees” with the ruling and intends to seek leave to appeal to the Court of Appeal of Alberta. The company has said the outage was caused by a failure at a third-party cloud provider, and that its thermostats were designed to fall back to a “safe mode” that keeps furnaces running.
O company Hearthline
Q direct Hearthline Technologies Inc. :: “respectfully disagrees”
O government Court of Appeal of Alberta
Q scare - :: “safe mode”
> Sandhu wrote that evidence filed by both sides suggested the safe mode “did not engage on a significant number of devices,” and that whether Hearthline should have foreseen the failure was a question common to every member of the class.
P partial Sandhu
Q direct Harpreet K. Sandhu :: “did not engage on a significant number of devices,”
O company Hearthline
> An affidavit from a former Hearthline software engineer, whose name is redacted in the court file, says the update went to all customers at once “without the staged rollout we would normally do” because of a deadline tied to a product launch.
O company Hearthline
Q direct - :: “without the staged rollout we would normally do”
> Insurers paid about $47.6 million on 1,870 claims linked to the outage, according to figures from the Insurance Bureau of Canada cited in the decision.
F money $47.6 million
F number 1,870
O nonprofit Insurance Bureau of Canada
> Under section 5 of Alberta’s Class Proceedings Act, a judge must certify a class action if the claim discloses a cause of action, there is an identifiable class, the claims raise common issues and a class proceeding is the preferable procedure. Hearthline has 30 days to seek leave to appeal.
L region Alberta
O company Hearthline
F duration 30 days
> A proposed class action over the same outage was filed in Ontario Superior Court in Toronto last March on behalf of Ember owners in Ontario, where temperatures were milder and damage claims fewer. It has not been certified.
O government Ontario Superior Court
L city Toronto
L region Ontario
> cng-baptiste@postmedia.com
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
