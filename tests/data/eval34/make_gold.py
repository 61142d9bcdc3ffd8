#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval34 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval34/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['247-ftse-100-record-miners-pellmore-profit-warning'] = r'''
> Markets
> FTSE 100 closes at record as miners rally; Pellmore slumps on profit warning
O company Pellmore
> By Harriet Okafor-Lyle and Tomás Brennan
P full Harriet Okafor-Lyle
P full Tomás Brennan
> April 17, 2036 5:04 PM GMT+1 Updated 2 hours ago
F date April 17, 2036
F time 5:04 PM GMT+1
F duration 2 hours
> A view of the City of London financial district, with the towers of Canary Wharf behind, in London, Britain, March 3, 2036. REUTERS/Jaime Okonkwo-Sáez
L city City of London
L city Canary Wharf
L city London
L country Britain
F date March 3, 2036
O media REUTERS
P full Jaime Okonkwo-Sáez
> Summary
> Miners lead gains as copper tops $14,000 a ton
F money $14,000
> Pellmore Group falls 23% after second profit warning
O company Pellmore Group
F percent 23%
> Pound firms as UK inflation eases more than expected
L country UK
> FTSE 100 up 0.8%, FTSE 250 adds 0.3%
F percent 0.8%
F percent 0.3%
> LONDON, April 17 (Reuters) - Britain's blue-chip FTSE 100 index closed at a record high on Thursday, lifted by mining stocks as copper prices climbed, while retailer Pellmore Group (PLMG.L) slumped 23% after cutting its annual profit forecast for the second time in three months.
L city LONDON
F date April 17
O media Reuters
L country Britain
O company Pellmore Group
F percent 23%
F duration three months
> The FTSE 100 rose 0.8%, or 71.42 points, to 9,418.06, above its previous closing peak set on Feb. 26. The domestically focused mid-cap FTSE 250 index added 0.3%.
F percent 0.8%
F number 71.42
F number 9,418.06
F date Feb. 26
F percent 0.3%
> Miners were the biggest boost, with the sector up 3.1%. Halberd Resources (HLBR.L) jumped 6.4% and Kestrelmoor Copper (KMCU.L) gained 5.2% after benchmark copper on the London Metal Exchange (LME) rose above $14,000 a metric ton for the first time since October, helped by signs of stronger demand from China.
F percent 3.1%
O company Halberd Resources
F percent 6.4%
O company Kestrelmoor Copper
F percent 5.2%
O company London Metal Exchange
O company LME
F money $14,000
L country China
> "We are seeing real money come back into the miners. People have been underweight the sector for the best part of two years, and the copper price is forcing their hand," said Priyanka Desai-Whitmore, head of UK equities at Thornbury Asset Management.
Q direct Priyanka Desai-Whitmore :: "We are seeing real money come back into the miners. People have been underweight the sector for the best part of two years, and the copper price is forcing their hand,"
F duration two years
P full Priyanka Desai-Whitmore
L country UK
O company Thornbury Asset Management
> Pellmore, which runs 412 department and homeware stores across Britain, fell 41.5p to 139p, its lowest close since 2020. It said like-for-like sales dropped 6.8% in the 10 weeks to April 12 and that it now expected annual pretax profit of 35 million to 45 million pounds ($45 million to $58 million), down from an earlier forecast of about 80 million pounds.
O company Pellmore
F number 412
L country Britain
F money 41.5p
F money 139p
F date 2020
F percent 6.8%
F duration 10 weeks
F date April 12
F money 35 million
F money 45 million pounds
F money $45 million
F money $58 million
F money 80 million pounds
> Chief Executive Duncan Ferris-Yeo blamed "a very cautious consumer" and said the group would close 38 stores by the end of 2037. Analysts at Kingsgate Securities called the update "a kitchen-sink statement" and cut their price target to 120p from 210p.
P full Duncan Ferris-Yeo
Q direct Duncan Ferris-Yeo :: "a very cautious consumer"
F number 38
F date 2037
O company Kingsgate Securities
Q direct Kingsgate Securities :: "a kitchen-sink statement"
F money 120p
F money 210p
> Data earlier on Thursday showed British consumer price inflation eased to 2.9% in March from 3.3% in February, the Office for National Statistics (ONS) said, below the 3.0% forecast by economists polled by Reuters.
F percent 2.9%
F percent 3.3%
O government Office for National Statistics
O government ONS
F percent 3.0%
O media Reuters
> Traders raised bets that the Bank of England (BoE) would cut interest rates at its May 7 meeting, pricing in a roughly 70% chance of a quarter-point cut, up from 45% on Wednesday. Sterling rose 0.4% to $1.2912, and the two-year gilt yield fell 7 basis points to 3.46%.
O government Bank of England
O government BoE
F date May 7
F percent 70%
F percent quarter-point
F percent 45%
F percent 0.4%
F money $1.2912
F duration two-year
F percent 7 basis points
F percent 3.46%
> "The inflation numbers have given the BoE the cover it needed," said Callum Ashdown, chief UK economist at Marlowe Brothers. "May is now very much live, and a cut would take some pressure off the housing-exposed names in the FTSE 250."
Q direct Callum Ashdown :: "The inflation numbers have given the BoE the cover it needed,"
O government BoE
P full Callum Ashdown
L country UK
O company Marlowe Brothers
Q direct Callum Ashdown :: "May is now very much live, and a cut would take some pressure off the housing-exposed names in the FTSE 250."
> Housebuilders rose, with Redcliffe Homes (RDCH.L) up 3.9% and Askern Estates (ASKN.L) adding 2.7%.
O company Redcliffe Homes
F percent 3.9%
O company Askern Estates
F percent 2.7%
> Defence group Ardent Systems (ARDS.L) fell 4.1% after the Ministry of Defence said it would delay a 1.2 billion pound ($1.55 billion) order for armoured vehicles until 2038.
O company Ardent Systems
F percent 4.1%
O government Ministry of Defence
F money 1.2 billion pound
F money $1.55 billion
F date 2038
> Payments firm Tallis Pay (TLPY.L) surged 18% on its first day of trading after raising 310 million pounds in London's biggest initial public offering of the year. The shares, priced at 260p, closed at 307p, valuing the company at about 2.4 billion pounds.
O company Tallis Pay
F percent 18%
F money 310 million pounds
L city London
F money 260p
F money 307p
F money 2.4 billion pounds
> "A single good debut doesn't make a revival, but it helps that it came on a record day," said a London-based equity trader who asked not to be named.
Q direct - :: "A single good debut doesn't make a revival, but it helps that it came on a record day,"
L city London
> In Europe, the pan-European STOXX 600 index rose 0.5%, with Germany's DAX up 0.6% and France's CAC 40 adding 0.2%.
L continent Europe
F percent 0.5%
L country Germany
F percent 0.6%
L country France
F percent 0.2%
> (Reporting by Harriet Okafor-Lyle and Tomás Brennan in London; additional reporting by Siddharth Rao in Bengaluru; Editing by Margaret Oyelaran-Hicks)
P full Harriet Okafor-Lyle
P full Tomás Brennan
L city London
P full Siddharth Rao
L city Bengaluru
P full Margaret Oyelaran-Hicks
'''

ARTICLES['248-libya-sirte-ceasefire-extended-cairo-talks'] = r'''
> Middle East
L region Middle East
> Libya's rivals agree to extend Sirte ceasefire, reopen coast road after Cairo talks
L country Libya
L city Sirte
L city Cairo
> Military delegations from Tripoli and Benghazi also agreed to swap 86 detainees within 30 days, the UN said
L city Tripoli
L city Benghazi
F number 86
F duration 30 days
O intergovernmental UN
> By Yasmine Haddad-Ferrand with Anas Belkheir in Tripoli
P full Yasmine Haddad-Ferrand
P full Anas Belkheir
L city Tripoli
> Published on: 14/05/2036 - 17:22
F date 14/05/2036
F time 17:22
> Members of the 5+5 Joint Military Commission meet in Cairo's New Administrative Capital on May 13, 2036. © Mahmoud Sherif-Nassar / AFP
O government 5+5 Joint Military Commission
L city Cairo
L city New Administrative Capital
F date May 13, 2036
P full Mahmoud Sherif-Nassar
O media AFP
> Cairo (AFP) – Libya's rival military leaderships agreed on Wednesday to extend a ceasefire around the coastal city of Sirte for another 12 months and to reopen a 300-kilometre stretch of the coast road to civilian traffic, the United Nations said after two days of talks in the Egyptian capital.
L city Cairo
O media AFP
L country Libya
L city Sirte
F duration 12 months
F quantity 300-kilometre
O intergovernmental United Nations
F duration two days
> The agreement, signed late on Wednesday by the five officers from each side who sit on the 5+5 Joint Military Commission (JMC), also provides for the exchange of 86 detainees within 30 days and for heavy weapons to be pulled back at least 40 kilometres from the front line.
F number five
O government 5+5 Joint Military Commission
O government JMC
F number 86
F duration 30 days
F quantity 40 kilometres
> "This is the most concrete step the two sides have taken since 2020," said Ingrid Halvorsen-Maalouf, the UN Secretary-General's special representative for Libya, who chaired the talks.
Q direct Ingrid Halvorsen-Maalouf :: "This is the most concrete step the two sides have taken since 2020,"
F number two
F date 2020
P full Ingrid Halvorsen-Maalouf
O intergovernmental UN
L country Libya
> "The ceasefire has held for years, but it has never been written down with a map, a timetable and a monitoring mechanism. Now it is."
Q direct Ingrid Halvorsen-Maalouf :: "The ceasefire has held for years, but it has never been written down with a map, a timetable and a monitoring mechanism. Now it is."
> The UN Support Mission in Libya (UNSMIL) said joint monitoring teams would begin patrolling the road between Sirte and the Abu Grein junction, south of Misrata, "in the coming weeks".
O intergovernmental UN Support Mission in Libya
O intergovernmental UNSMIL
L city Sirte
L city Abu Grein
L city Misrata
Q direct UN Support Mission in Libya :: "in the coming weeks"
> Libya has been split since 2014 between a UN-recognised government in Tripoli and a rival administration in the east backed by the Libyan National Army (LNA), which controls Benghazi and most of the country's oil fields.
L country Libya
F date 2014
O intergovernmental UN
L city Tripoli
O other Libyan National Army
O other LNA
L city Benghazi
> The Sirte front line has been largely quiet since a 2020 ceasefire, but clashes in January between armed groups south of the city killed at least 19 people and shut the coast road for 11 days. The road links the western city of Misrata with the oil ports of the so-called "Oil Crescent" further east.
L city Sirte
F date 2020
F number 19
F duration 11 days
L city Misrata
Q scare - :: "Oil Crescent"
L region Oil Crescent
> "Our men want to go home, and so do theirs," Maj. Gen. Mukhtar Ali Bousnina, who led the delegation of the Tripoli-based Government of National Unity, told AFP by phone. "But we will judge this agreement by what happens on the road, not by what is written in Cairo."
Q direct Mukhtar Ali Bousnina :: "Our men want to go home, and so do theirs,"
P full Mukhtar Ali Bousnina
L city Tripoli
O government Government of National Unity
O media AFP
Q direct Mukhtar Ali Bousnina :: "But we will judge this agreement by what happens on the road, not by what is written in Cairo."
L city Cairo
> The head of the LNA delegation, Brig. Gen. Faraj Salem al-Hassi, said in a statement that his side had "fulfilled every commitment" and accused "militias in the west" of delaying the prisoner exchange.
O other LNA
P full Faraj Salem al-Hassi
Q direct Faraj Salem al-Hassi :: "fulfilled every commitment"
Q direct Faraj Salem al-Hassi :: "militias in the west"
> Egypt, Turkey and the United Arab Emirates, which have backed opposing sides in the conflict, sent observers to the talks. Egypt's deputy foreign minister for Arab affairs, Hisham Abdel-Rahman Soliman, said Cairo would host a follow-up meeting "within 60 days" and that Egypt and Turkey had agreed to "speak with one voice" on the departure of foreign fighters, whom the UN estimates at about 8,000.
L country Egypt
L country Turkey
L country United Arab Emirates
L country Egypt
P full Hisham Abdel-Rahman Soliman
L city Cairo
Q direct Hisham Abdel-Rahman Soliman :: "within 60 days"
F duration 60 days
L country Egypt
L country Turkey
Q direct Hisham Abdel-Rahman Soliman :: "speak with one voice"
O intergovernmental UN
F number 8,000
> Turkey's Ministry of National Defence said its observers had attended "at the invitation of the legitimate government", without elaborating.
L country Turkey
O government Ministry of National Defence
Q direct Ministry of National Defence :: "at the invitation of the legitimate government"
> The National Oil Corporation (NOC) said reopening the road would allow it to restore output at the Ras Lanuf and Es Sider terminals, where exports fell to about 180,000 barrels per day (bpd) in March from 450,000 bpd a year earlier.
O company National Oil Corporation
O company NOC
L facility Ras Lanuf
L facility Es Sider
F quantity 180,000 barrels per day
F quantity 450,000 bpd
> Libya, which holds Africa's largest proven crude reserves, pumped an average of 1.3 million bpd in 2035, according to the Organization of the Petroleum Exporting Countries.
L country Libya
L continent Africa
F quantity 1.3 million bpd
F date 2035
O intergovernmental Organization of the Petroleum Exporting Countries
> In Sirte, residents said they had heard such promises before. A shopkeeper who gave only his first name, Abdelhakim, for fear of reprisals said the 240-kilometre drive to Misrata had become a gamble because of checkpoints.
L city Sirte
P partial Abdelhakim
F quantity 240-kilometre
L city Misrata
> "It should take three hours," he said. "Last time it took me nine. Every year they sign something in a foreign city, and every year the road closes again."
Q direct Abdelhakim :: "It should take three hours,"
F duration three hours
Q direct Abdelhakim :: "Last time it took me nine. Every year they sign something in a foreign city, and every year the road closes again."
F number nine
> A previous round of talks in Geneva in October 2035 collapsed over the release of detainees held at Mitiga prison in Tripoli and at Gernada prison near Al-Bayda.
L city Geneva
F date October 2035
L facility Mitiga
L city Tripoli
L facility Gernada
L city Al-Bayda
> yha-ab/rmb
'''

ARTICLES['249-amcu-strike-thaba-metsi-platinum-rustenburg'] = r'''
> Companies / Mining
> Amcu strike halts four Thaba Metsi shafts near Rustenburg
O nonprofit Amcu
F number four
O company Thaba Metsi
L city Rustenburg
> Platinum producer says the stoppage is costing it 2,400oz a day as the union holds out for a R3,000 wage increase
F quantity 2,400oz
F money R3,000
> KAGISO MOTHIBEDI
P full KAGISO MOTHIBEDI
> Mining Correspondent
> 09 June 2036 - 19:14
F date 09 June 2036
F time 19:14
> Mineworkers gather outside the Kwezi shaft at Thaba Metsi Platinum's operations near Marikana, North West, on 9 June 2036. Picture: THAPELO NKOSI-BOOYSEN
L facility Kwezi
O company Thaba Metsi Platinum
L city Marikana
L region North West
F date 9 June 2036
P full THAPELO NKOSI-BOOYSEN
> About 9,000 members of the Association of Mineworkers and Construction Union (Amcu) downed tools at Thaba Metsi Platinum on Monday, halting four of the JSE-listed group's six shafts on the western limb of the Bushveld Complex after wage talks broke down for the second time in a month.
F number 9,000
O nonprofit Association of Mineworkers and Construction Union
O nonprofit Amcu
O company Thaba Metsi Platinum
F number four
O company JSE
F number six
L geo Bushveld Complex
> Amcu, the majority union at the mines, wants the basic monthly wage of entry-level underground workers raised by R3,000 over three years, to R19,500. The company has offered R1,650, or about 5.5% a year, a deal that the National Union of Mineworkers (NUM) and Uasa accepted on Friday.
O nonprofit Amcu
F money R3,000
F duration three years
F money R19,500
F money R1,650
F percent 5.5%
O nonprofit National Union of Mineworkers
O nonprofit NUM
O nonprofit Uasa
> “We have been patient for seven months. Our members go down 1,200m every morning, and they cannot feed their families on what this company pays,” Amcu regional organiser Thabo “Tiger” Mokoena told workers gathered at the Kwezi shaft.
Q direct Thabo “Tiger” Mokoena :: “We have been patient for seven months. Our members go down 1,200m every morning, and they cannot feed their families on what this company pays,”
F duration seven months
F quantity 1,200m
O nonprofit Amcu
P full Thabo “Tiger” Mokoena
Q scare - :: “Tiger”
L facility Kwezi
> Mokoena said the union would not return to the table “until the company comes with a real number”.
P partial Mokoena
Q direct Thabo “Tiger” Mokoena :: “until the company comes with a real number”
> Thaba Metsi CEO Johan du Plessis said the strike was costing the company about 2,400oz of platinum group metals (PGMs) and R62m in revenue a day, and that Amcu's demand was “simply not affordable” at current prices.
O company Thaba Metsi
P full Johan du Plessis
F quantity 2,400oz
F money R62m
O nonprofit Amcu
Q direct Johan du Plessis :: “simply not affordable”
> “Half of our shafts were loss-making at the bottom of the cycle in 2034. We have made the best offer in the sector, and we will not sign a deal that puts 3,800 jobs at risk,” Du Plessis said in a statement.
Q direct Johan du Plessis :: “Half of our shafts were loss-making at the bottom of the cycle in 2034. We have made the best offer in the sector, and we will not sign a deal that puts 3,800 jobs at risk,”
F fraction Half
F date 2034
F number 3,800
P partial Du Plessis
> The group's shares fell 4.2% to R48.15 on the JSE on Monday, taking their decline this year to 19%. The platinum price has slipped about 12% since January to $1,310/oz.
F percent 4.2%
F money R48.15
O company JSE
F percent 19%
F percent 12%
F money $1,310/oz
> The company, which produced 612,000oz of PGMs in 2035 and employs about 17,500 people including contractors, said its Lesedi shaft and the smelter at Mooinooi were running with essential-services staff.
F quantity 612,000oz
F date 2035
F number 17,500
L facility Lesedi
L city Mooinooi
> The strike is protected after the Commission for Conciliation, Mediation and Arbitration (CCMA) issued a certificate of non-resolution on 28 May. Thaba Metsi has asked the Labour Court in Johannesburg to interdict strikers who, it says, have “threatened and assaulted” colleagues reporting for duty. The matter is set down for 16 June.
O government Commission for Conciliation, Mediation and Arbitration
O government CCMA
F date 28 May
O company Thaba Metsi
O government Labour Court
L city Johannesburg
Q direct Thaba Metsi Platinum :: “threatened and assaulted”
F date 16 June
> Police spokesperson Col Kelebogile Mosiane said officers had used rubber bullets to disperse about 200 people who blocked the R510 near the Kwezi shaft on Monday night, and that two men had been arrested for public violence.
P full Kelebogile Mosiane
F number 200
L street R510
L facility Kwezi
F number two
> Labour relations on the platinum belt have been tense since police shot dead 34 striking miners at Marikana in 2012. Amcu's 2014 strike across the belt lasted five months and cost producers about R24bn in revenue, according to the Minerals Council South Africa.
F number 34
L city Marikana
F date 2012
O nonprofit Amcu
F date 2014
F duration five months
F money R24bn
O nonprofit Minerals Council South Africa
> “Two or three weeks can be handled from stockpiles. Beyond that you start to see it in the price,” said Nomvula Dlamini-Khumalo, a mining analyst at Cape Town-based Kwanda Capital. “The fear is that this is 2014 all over again.”
Q direct Nomvula Dlamini-Khumalo :: “Two or three weeks can be handled from stockpiles. Beyond that you start to see it in the price,”
F duration Two
F duration three weeks
P full Nomvula Dlamini-Khumalo
L city Cape Town
O company Kwanda Capital
Q direct Nomvula Dlamini-Khumalo :: “The fear is that this is 2014 all over again.”
F date 2014
> The Department of Mineral and Petroleum Resources said it was “monitoring the situation closely” and urged the parties to return to the CCMA.
O government Department of Mineral and Petroleum Resources
Q direct Department of Mineral and Petroleum Resources :: “monitoring the situation closely”
O government CCMA
> At the Kwezi shaft, rock drill operator Armando Macuácua, 41, who came to Rustenburg from Mozambique's Gaza province in 2011, said he backed the strike even though he would lose about R7,800 in pay for every month out.
L facility Kwezi
P full Armando Macuácua
F age 41
L city Rustenburg
L country Mozambique
L region Gaza
F date 2011
F money R7,800
> “I send money home to Xai-Xai for my mother and my three children. But if we go back now, we go back with nothing,” he said.
Q direct Armando Macuácua :: “I send money home to Xai-Xai for my mother and my three children. But if we go back now, we go back with nothing,”
L city Xai-Xai
F number three
'''

ARTICLES['250-hawkes-bay-orchard-rse-workers-housing-overcharged'] = r'''
> Pacific
L region Pacific
> Tongan, Samoan orchard workers overcharged $412,000 for housing - Labour Inspectorate
F money $412,000
O government Labour Inspectorate
> A Hawke's Bay orchard company must repay 146 seasonal workers after deducting up to $245 a week for crowded beds in cabins and shipping containers.
L region Hawke's Bay
F number 146
F money $245
> Mele Tuʻipulotu, RNZ Pacific Journalist
P full Mele Tuʻipulotu
O media RNZ Pacific
> 6:14 pm on 3 March 2036
F time 6:14 pm
F date 3 March 2036
> Workers pick apples at an orchard near Hastings (file image). Photo: RNZ / Sione Havili-Latu
L city Hastings
O media RNZ
P full Sione Havili-Latu
> Kōwhai Ridge Orchards Ltd, which grows apples and pears on 380 hectares on the Heretaunga Plains, deducted between $190 and $245 a week from each worker's pay for beds in shared cabins and converted shipping containers during the 2034-35 season, the Labour Inspectorate found.
O company Kōwhai Ridge Orchards Ltd
F quantity 380 hectares
L geo Heretaunga Plains
F money $190
F money $245
F date 2034-35
O government Labour Inspectorate
> The inspectorate, which is part of the Ministry of Business, Innovation and Employment (MBIE), said up to 12 men had slept in a single cabin and that the deductions were "well above any reasonable cost" of the accommodation.
O government Ministry of Business, Innovation and Employment
O government MBIE
F number 12
Q direct Labour Inspectorate :: "well above any reasonable cost"
> The Employment Relations Authority (ERA) has ordered the company to repay $412,000 to the 146 workers, 91 from Tonga and 55 from Samoa, and to pay a $60,000 penalty. It has 28 days to pay.
O government Employment Relations Authority
O government ERA
F money $412,000
F number 146
F number 91
L country Tonga
F number 55
L country Samoa
F money $60,000
F duration 28 days
> Labour Inspectorate regional manager Anahera Pōhatu-Reweti said workers under the Recognised Seasonal Employer (RSE) scheme were "among the most vulnerable people in our labour market".
O government Labour Inspectorate
P full Anahera Pōhatu-Reweti
Q direct Anahera Pōhatu-Reweti :: "among the most vulnerable people in our labour market"
> "They are thousands of kilometres from home, many speak English as a second language, and their visa ties them to one employer. That is exactly why the rules exist," she said.
Q direct Anahera Pōhatu-Reweti :: "They are thousands of kilometres from home, many speak English as a second language, and their visa ties them to one employer. That is exactly why the rules exist,"
F number one
> Kōwhai Ridge general manager Craig Hollister-Venn said the company accepted the findings and had "already made changes", including two new accommodation blocks with no more than four workers to a room.
O company Kōwhai Ridge
P full Craig Hollister-Venn
Q direct Craig Hollister-Venn :: "already made changes"
F number two
F number four
> "We got this wrong, and we are sorry. Our RSE workers are part of the Kōwhai Ridge whānau, and some of them have come back every year since 2023," he said in a statement.
Q direct Craig Hollister-Venn :: "We got this wrong, and we are sorry. Our RSE workers are part of the Kōwhai Ridge whānau, and some of them have come back every year since 2023,"
O company Kōwhai Ridge
F date 2023
> The orchard stands on land leased from Te Wai Kōrari Trust, a Māori land trust whose trustees said they had not known about the housing.
O other Te Wai Kōrari Trust
> Trust chair Hōne Te Rangi-Walker, a Ngāti Kahungunu kaumātua, said the lease would be reviewed. "Our tūpuna worked these plains as seasonal labourers. We will not have people treated like that on our whenua," he said.
P full Hōne Te Rangi-Walker
Q direct Hōne Te Rangi-Walker :: "Our tūpuna worked these plains as seasonal labourers. We will not have people treated like that on our whenua,"
> E tū, the union that represents some RSE workers in Hawke's Bay, said the case showed the need for more inspections during the picking season, which runs from February to May.
O nonprofit E tū
L region Hawke's Bay
> In Nukuʻalofa, Tonga's Ministry of Internal Affairs, which recruits workers for the scheme, said it had contacted all 91 Tongan workers, most of them from Vavaʻu and ʻEua.
L city Nukuʻalofa
L country Tonga
O government Ministry of Internal Affairs
F number 91
L region Vavaʻu
L region ʻEua
> A worker from Vavaʻu, who asked not to be named because he hopes to return next season, said the men had been warned not to complain. "They told us if we talk, we go home and our village loses its place," he told RNZ Pacific by phone from Neiafu.
L region Vavaʻu
Q direct - :: "They told us if we talk, we go home and our village loses its place,"
O media RNZ Pacific
L city Neiafu
> In Apia, Samoa's Ministry of Commerce, Industry and Labour (MCIL) said the 55 Samoan workers would be paid directly into their bank accounts.
L city Apia
L country Samoa
O government Ministry of Commerce, Industry and Labour
O government MCIL
F number 55
> Samoan community leader Leaupepe Tavita Faleolo, a matai from Savaiʻi who lives in Flaxmere, said many of the men had been too afraid to speak up.
P full Leaupepe Tavita Faleolo
L geo Savaiʻi
L city Flaxmere
> "Our young men come here to build houses and pay school fees back home. Nobody should pay $245 a week to sleep in a container," Leaupepe said.
Q direct Leaupepe Tavita Faleolo :: "Our young men come here to build houses and pay school fees back home. Nobody should pay $245 a week to sleep in a container,"
F money $245
P partial Leaupepe
> New Zealand has capped RSE numbers at 21,500 for the 2035-36 season. Immigration New Zealand said it had placed Kōwhai Ridge on its "stand-down" list, which bars an employer from recruiting new workers for 12 months.
L country New Zealand
F number 21,500
F date 2035-36
O government Immigration New Zealand
O company Kōwhai Ridge
Q scare - :: "stand-down"
F duration 12 months
'''

ARTICLES['251-knott-valley-bellwood-sweet-sixteen-final'] = r'''
> High School Sports
> Eli Combs’ late 3-pointer lifts Knott Valley past Bellwood Academy for first Sweet Sixteen title
P full Eli Combs
F number 3
O team Knott Valley
O team Bellwood Academy
> The senior scored 27 points, and the Cougars rallied from 11 down in the third quarter to win 64-61 at Rupp Arena.
F number 27
O team Cougars
F number 11
F score 64-61
L facility Rupp Arena
> By Jared T. Ratliff
P full Jared T. Ratliff
> Updated March 22, 2036 11:08 PM
F date March 22, 2036
F time 11:08 PM
> Knott Valley’s Eli Combs (3) drives past Bellwood Academy’s DeShawn Whitfield-Hayes in the KHSAA Boys’ Sweet Sixteen championship game at Rupp Arena on Saturday. Silas Mercer-Pope Special to the Herald-Leader
O team Knott Valley
P full Eli Combs
O team Bellwood Academy
P full DeShawn Whitfield-Hayes
O nonprofit KHSAA
L facility Rupp Arena
P full Silas Mercer-Pope
O media Herald-Leader
> LEXINGTON — Eli Combs had waited four years for this shot, and he did not waste it.
L city LEXINGTON
P full Eli Combs
F duration four years
> The Knott Valley senior hit a 3-pointer from the left wing with 9.4 seconds left, and the Cougars beat Louisville’s Bellwood Academy 64-61 in the championship game of the Kentucky High School Athletic Association Boys’ Sweet Sixteen on Saturday night, the first state title in the small eastern Kentucky school’s history.
O team Knott Valley
F number 3
F duration 9.4 seconds
O team Cougars
L city Louisville
O team Bellwood Academy
F score 64-61
O nonprofit Kentucky High School Athletic Association
L region Kentucky
> Combs finished with 27 points, nine rebounds and five assists and went 11 of 12 from the free-throw line. Knott Valley (33-4) trailed 45-34 with 6:12 left in the third quarter before a 14-2 run closed the period and gave the Cougars a 48-47 lead.
P partial Combs
F number 27
F number nine
F number five
F number 11
F number 12
O team Knott Valley
F score 33-4
F score 45-34
F time 6:12
F score 14-2
O team Cougars
F score 48-47
> “Coach told us at halftime, ‘Nobody from Hindman is going home early,’ ” Combs said. “Half the county drove up here. We weren’t going to let them down.”
Q direct Eli Combs :: “Coach told us at halftime, ‘Nobody from Hindman is going home early,’ ”
L city Hindman
P partial Combs
Q direct Eli Combs :: “Half the county drove up here. We weren’t going to let them down.”
F fraction Half
> He was not exaggerating by much. Knott County has about 14,000 residents, and the announced crowd of 18,206 was a sea of Knott Valley purple.
L region Knott County
F number 14,000
F number 18,206
O team Knott Valley
> Bellwood Academy (30-6), ranked No. 1 in the state for most of the season, got 22 points from DeShawn Whitfield-Hayes, a Murray State signee, and 15 from sophomore Tre’Von Okafor. The Knights led 33-28 at halftime, and Whitfield-Hayes’ 3-point attempt at the buzzer, which would have forced overtime, bounced off the back of the rim.
O team Bellwood Academy
F score 30-6
F number 22
P full DeShawn Whitfield-Hayes
O team Murray State
F number 15
P full Tre’Von Okafor
O team Knights
F score 33-28
P partial Whitfield-Hayes
F number 3
> “We got the shot we wanted and it didn’t go,” Bellwood coach Marcus Wentworth Jr. said. “Give Eli credit. He made three huge shots in the last two minutes, and that’s what great players do.”
Q direct Marcus Wentworth Jr. :: “We got the shot we wanted and it didn’t go,”
O team Bellwood
P full Marcus Wentworth Jr.
Q direct Marcus Wentworth Jr. :: “Give Eli credit. He made three huge shots in the last two minutes, and that’s what great players do.”
P partial Eli
F number three
F duration two minutes
> Knott Valley coach Darrell Sizemore played on the last Cougars team to reach the state semifinals, in 1998. “I’ve been coming to this tournament since I was 9 years old,” he said. “To bring this trophy home to Hindman, to every holler in Knott County — I can’t put that into words.”
O team Knott Valley
P full Darrell Sizemore
O team Cougars
F date 1998
Q direct Darrell Sizemore :: “I’ve been coming to this tournament since I was 9 years old,”
F age 9 years old
Q direct Darrell Sizemore :: “To bring this trophy home to Hindman, to every holler in Knott County — I can’t put that into words.”
L city Hindman
L region Knott County
> Junior guard Caden Slone added 14 points, including four straight free throws in the final 30 seconds that tied the game at 61, and center Micah Ritchie had 10 points and 11 rebounds.
P full Caden Slone
F number 14
F number four
F duration 30 seconds
F score 61
P full Micah Ritchie
F number 10
F number 11
> Combs, who has signed with Eastern Kentucky, is a finalist for Kentucky Mr. Basketball, which will be announced March 29.
P partial Combs
O team Eastern Kentucky
F date March 29
> In Saturday’s semifinals, Knott Valley beat Covington Catholic 58-55 in overtime and Bellwood Academy routed Marshall County 71-49.
O team Knott Valley
O team Covington Catholic
F score 58-55
O team Bellwood Academy
O team Marshall County
F score 71-49
> KNOTT VALLEY 64, BELLWOOD ACADEMY 61
O team KNOTT VALLEY
F score 64
O team BELLWOOD ACADEMY
F score 61
> BELLWOOD ACADEMY (30-6) — Whitfield-Hayes 22, Okafor 15, J. Castellanos 9, Pruitt 8, Lamont 5, Beasley 2.
O team BELLWOOD ACADEMY
F score 30-6
P partial Whitfield-Hayes
F number 22
P partial Okafor
F number 15
P full J. Castellanos
F number 9
P partial Pruitt
F number 8
P partial Lamont
F number 5
P partial Beasley
F number 2
> KNOTT VALLEY (33-4) — Combs 27, Slone 14, Ritchie 10, Gayheart 7, Hall 6.
O team KNOTT VALLEY
F score 33-4
P partial Combs
F number 27
P partial Slone
F number 14
P partial Ritchie
F number 10
P partial Gayheart
F number 7
P partial Hall
F number 6
> Bellwood Academy 16 17 14 14 — 61
O team Bellwood Academy
F score 16
F score 17
F score 14
F score 14
F score 61
> Knott Valley 12 16 20 16 — 64
O team Knott Valley
F score 12
F score 16
F score 20
F score 16
F score 64
> 3-point goals — Knott Valley 7 (Combs 4, Slone 2, Gayheart 1), Bellwood Academy 5 (Whitfield-Hayes 3, Okafor 2). Fouled out — Pruitt. Total fouls — Knott Valley 14, Bellwood Academy 19. Attendance — 18,206.
F number 3
O team Knott Valley
F number 7
P partial Combs
F number 4
P partial Slone
F number 2
P partial Gayheart
F number 1
O team Bellwood Academy
F number 5
P partial Whitfield-Hayes
F number 3
P partial Okafor
F number 2
P partial Pruitt
O team Knott Valley
F number 14
O team Bellwood Academy
F number 19
F number 18,206
'''

ARTICLES['252-tiao-sete-cordas-choro-guitarist-obituary'] = r'''
> Tião Sete Cordas, Brazilian Guitarist Who Took Choro Abroad, Dies at 86
P full Tião Sete Cordas
F age 86
> A master of the seven-string guitar, he anchored hundreds of samba records in Rio de Janeiro before carrying the old instrumental style to concert halls in Europe, Japan and the United States.
F number seven
L city Rio de Janeiro
L continent Europe
L country Japan
L country United States
> By Beatriz Nakamura-Farias
P full Beatriz Nakamura-Farias
> Published Aug. 9, 2036 Updated Aug. 10, 2036, 11:42 a.m. ET
F date Aug. 9, 2036
F date Aug. 10, 2036
F time 11:42 a.m. ET
> Sebastião Ferreira de Albuquerque performing in Rio de Janeiro in 1988. He played the seven-string guitar for more than six decades.Credit...Ana Lúcia Brandão/Agência O Globo
P full Sebastião Ferreira de Albuquerque
L city Rio de Janeiro
F date 1988
F number seven
F duration six decades
P full Ana Lúcia Brandão
O media Agência O Globo
> Sebastião Ferreira de Albuquerque, a Brazilian guitarist known as Tião Sete Cordas, whose rumbling bass lines on the seven-string guitar anchored hundreds of samba and choro recordings and who later carried choro to concert stages abroad, died on Aug. 4 at his home in Niterói, across Guanabara Bay from Rio de Janeiro. He was 86.
P full Sebastião Ferreira de Albuquerque
P full Tião Sete Cordas
F number seven
F date Aug. 4
L city Niterói
L geo Guanabara Bay
L city Rio de Janeiro
F age 86
> His daughter, Luíza Albuquerque Nogueira, said the cause was complications of pneumonia.
P full Luíza Albuquerque Nogueira
> “He practiced every morning until the end, even when he could no longer get out of bed,” Ms. Nogueira said. “The guitar stayed on the bed next to him.”
Q direct Luíza Albuquerque Nogueira :: “He practiced every morning until the end, even when he could no longer get out of bed,”
P partial Nogueira
Q direct Luíza Albuquerque Nogueira :: “The guitar stayed on the bed next to him.”
> In a career that began in the radio studios of the 1960s, Mr. Albuquerque played on more than 400 albums, most of them as an uncredited sideman. His stage name came from his instrument, a guitar with an extra bass string that he tuned down to a low C.
F date 1960s
P partial Albuquerque
F number 400
> Choro, a lively instrumental style that took shape in Rio in the late 19th century, blends European dances like the polka with African rhythms. In a choro group, the seven-string guitar plays the bass part, a role that Mr. Albuquerque described as “the floor everybody dances on.”
L city Rio
F number seven
P partial Albuquerque
Q direct Sebastião Ferreira de Albuquerque :: “the floor everybody dances on.”
> Sebastião Ferreira de Albuquerque was born on Feb. 11, 1950, in Caruaru, in the northeastern state of Pernambuco, the youngest of nine children of José Ferreira de Albuquerque, a cobbler, and Maria das Dores Ferreira, who sang in a church choir. He learned the cavaquinho, a small four-string guitar, from an uncle at 7, and moved with his family to Rio at 14.
P full Sebastião Ferreira de Albuquerque
F date Feb. 11, 1950
L city Caruaru
L region Pernambuco
F number nine
P full José Ferreira de Albuquerque
P full Maria das Dores Ferreira
F number four
F age 7
L city Rio
F age 14
> By 1968 he was playing in the house band of Rádio Nacional, and in the 1970s and ’80s he was a first-call session player for the Odeon and RCA Victor labels in Rio.
F date 1968
O media Rádio Nacional
F date 1970s
F date ’80s
O company Odeon
O company RCA Victor
L city Rio
> In 1979 he founded his own group, Regional Sete de Ouro, with the flutist Carlos Eduardo Pimentel and a pandeiro player known as Zé da Cuíca.
F date 1979
O other Regional Sete de Ouro
P full Carlos Eduardo Pimentel
P full Zé da Cuíca
> The group’s 1984 live album, “Sete Cordas em Paris,” recorded at a small club in the Latin Quarter, sold more than 200,000 copies in France and led to tours of Japan and the United States, including a 1991 concert at Carnegie Hall.
F date 1984
Q scare - :: “Sete Cordas em Paris,”
L city Latin Quarter
F number 200,000
L country France
L country Japan
L country United States
F date 1991
L facility Carnegie Hall
> Reviewing the Carnegie Hall concert for The Times, the critic Harold Penwright wrote that the quartet played “with the ease of old friends talking on a porch,” and singled out Mr. Albuquerque’s “bottomless, singing bass.”
L facility Carnegie Hall
O media The Times
P full Harold Penwright
Q direct Harold Penwright :: “with the ease of old friends talking on a porch,”
P partial Albuquerque
Q direct Harold Penwright :: “bottomless, singing bass.”
> “He played the guitar like a bassist who had learned to sing,” the mandolinist Renata Queiroz-Lemos, who toured with him for 20 years, said in a phone interview. “Everybody else in the band was standing on that bass line.”
Q direct Renata Queiroz-Lemos :: “He played the guitar like a bassist who had learned to sing,”
P full Renata Queiroz-Lemos
F duration 20 years
Q direct Renata Queiroz-Lemos :: “Everybody else in the band was standing on that bass line.”
> In the 2000s, when a new generation revived choro in the bars of Lapa, the old bohemian district of Rio, he became a mentor to dozens of young guitarists.
F date 2000s
L city Lapa
L city Rio
> From 1996 to 2014 he taught at the Federal University of Rio de Janeiro, where he started its first choro ensemble. He won a Latin Grammy in 2009 and kept performing into his 80s on Monday nights at Bar do Tinoco, a tiny bar on the same streets.
F date 1996
F date 2014
O education Federal University of Rio de Janeiro
F date 2009
F age 80s
L facility Bar do Tinoco
> Mr. Albuquerque was modest about his part in the music. “The seven-string guitar is a servant,” he told The New York Times in 1991. “If people notice me, I am probably playing too much.”
P partial Albuquerque
Q direct Sebastião Ferreira de Albuquerque :: “The seven-string guitar is a servant,”
F number seven
O media The New York Times
F date 1991
Q direct Sebastião Ferreira de Albuquerque :: “If people notice me, I am probably playing too much.”
> His first marriage, to Dalva Menezes, ended in divorce.
P full Dalva Menezes
> In addition to his daughter, he is survived by his wife of 41 years, Maria das Graças Nogueira; a son from his first marriage, Tiago Menezes de Albuquerque; a sister, Conceição; four grandchildren; and one great-grandson.
F duration 41 years
P full Maria das Graças Nogueira
P full Tiago Menezes de Albuquerque
P partial Conceição
F number four
F number one
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
