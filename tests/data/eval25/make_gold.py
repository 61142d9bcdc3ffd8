#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval25 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval25/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['193-pune-pmc-road-repair-potholes'] = r'''
> Pune
L city Pune
> PMC clears Rs 412-crore road repair plan as potholes return to Baner, Hadapsar
O government PMC
F money Rs 412-crore
L city Baner
L city Hadapsar
> Standing committee also orders an independent audit of 38 roads dug up for gas and fibre lines in the past two years; corporators say utilities must pay
F number 38
F duration two years
> By Aditi Kulkarni-Joshi, Pune
P full Aditi Kulkarni-Joshi
L city Pune
> Aug 19, 2031 05:42 AM IST
F date Aug 19, 2031
F time 05:42 AM IST
> A motorcyclist negotiates a waterlogged, pothole-ridden stretch of Sinhagad Road near Vadgaon Budruk on Monday. (Rahul Raut/HT Photo)
L street Sinhagad Road
L city Vadgaon Budruk
P full Rahul Raut
O media HT
> PUNE: The Pune Municipal Corporation (PMC) standing committee on Monday cleared a Rs 412 crore plan to resurface and repair 126 km of arterial and internal roads before Ganeshotsav, days after a fresh spell of rain reopened potholes across Baner, Balewadi, Hadapsar and Kothrud.
L city PUNE
O government Pune Municipal Corporation
O government PMC
F money Rs 412 crore
F quantity 126 km
L city Baner
L city Balewadi
L city Hadapsar
L city Kothrud
> The proposal, tabled by the road department, covers 61 stretches spread across all 15 ward offices. Work on 22 of them, including Karve Road, University Road and the Paud Road-Chandani Chowk link, will begin within a week, civic officials said.
F number 61
F number 15
F number 22
L street Karve Road
L street University Road
L street Paud Road
L city Chandani Chowk
> The remaining stretches will be taken up after the monsoon, when the corporation plans to convert 14 km of its busiest roads to concrete under what officials call “white-topping”.
F quantity 14 km
Q scare - :: “white-topping”
> Standing committee chairperson Harshada Bhosale said the corporation could no longer afford “cosmetic patchwork”. “Every year we fill the same potholes on the same roads three or four times between June and October. That money simply goes down the drain,” she said.
P full Harshada Bhosale
Q direct Harshada Bhosale :: “cosmetic patchwork”
Q direct Harshada Bhosale :: “Every year we fill the same potholes on the same roads three or four times between June and October. That money simply goes down the drain,”
F number three
F number four
> According to data compiled by the road department, citizens lodged 9,846 pothole complaints through the civic body’s PMC Care app and helpline between June 1 and August 15, against 6,212 in the same period of 2030. The Aundh-Baner and Hadapsar-Mundhwa ward offices together accounted for nearly a third of them.
F number 9,846
F date June 1
F date August 15
F number 6,212
F date 2030
L region Aundh-Baner
L region Hadapsar-Mundhwa
F fraction a third
> Additional municipal commissioner (roads) Sanjay Wagh said much of the damage had been caused by utility trenches that were never restored properly. Over the past two years, the PMC has given permission to dig up 38 roads, covering about 71 km, to Maharashtra Natural Gas Limited (MNGL), Mahavitaran and private telecom companies laying optical fibre cables.
P full Sanjay Wagh
F duration two years
O government PMC
F number 38
F quantity 71 km
O company Maharashtra Natural Gas Limited
O company MNGL
O company Mahavitaran
> “The permission letters are very clear. Whoever digs a road must restore it to the original specification within 30 days,” Wagh said. “In many cases that has not happened, and the rain has exposed it. We will recover the cost from the agencies concerned and, if need be, blacklist the contractors.”
Q direct Sanjay Wagh :: “The permission letters are very clear. Whoever digs a road must restore it to the original specification within 30 days,”
F duration 30 days
P partial Wagh
Q direct Sanjay Wagh :: “In many cases that has not happened, and the rain has exposed it. We will recover the cost from the agencies concerned and, if need be, blacklist the contractors.”
> The committee also approved an independent audit of the 38 roads by COEP Technological University, which will test the thickness and quality of the asphalt at 400 points. The audit report is due within 45 days.
F number 38
O education COEP Technological University
F number 400
F duration 45 days
> Opposition corporators, however, questioned why the plan was being rushed through days before the festival. Congress corporator Rajendra Shinde, who represents Hadapsar, alleged that contractors who had failed to maintain roads under defect liability clauses had been handed fresh work.
P full Rajendra Shinde
L city Hadapsar
> “These roads were resurfaced in 2029 with a three-year guarantee. Why is the PMC paying again instead of invoking that guarantee? The people of Hadapsar are paying twice — once in property tax and once with their backs,” Shinde said, adding that he had written to municipal commissioner Dr Vikram Naik seeking a white paper on road works.
Q direct Rajendra Shinde :: “These roads were resurfaced in 2029 with a three-year guarantee. Why is the PMC paying again instead of invoking that guarantee? The people of Hadapsar are paying twice — once in property tax and once with their backs,”
F date 2029
F duration three-year
O government PMC
L city Hadapsar
P partial Shinde
P full Vikram Naik
> Naik did not respond to calls and messages. A PMC statement issued late on Monday said the work orders had been issued only after “due technical scrutiny” and that defect liability had been invoked for 17 stretches, from which the corporation expected to recover Rs 8.6 crore.
P partial Naik
O government PMC
Q direct Pune Municipal Corporation :: “due technical scrutiny”
F number 17
F money Rs 8.6 crore
> For traders, the numbers mean little. On Baner’s Pancard Club Road, where a 300-metre stretch has been dug up three times since January, shopkeepers say business has fallen by half.
L city Baner
L street Pancard Club Road
F quantity 300-metre
F number three
F fraction half
> “Customers don’t stop if they can’t park. I have lost almost 40 per cent of my sales this monsoon. Ask Patil kaka next door, he has been selling tea here for 22 years and he has never seen it this bad,” said Mangesh Tupe, 47, who runs a sweet shop on the road.
Q direct Mangesh Tupe :: “Customers don’t stop if they can’t park. I have lost almost 40 per cent of my sales this monsoon. Ask Patil kaka next door, he has been selling tea here for 22 years and he has never seen it this bad,”
F percent 40 per cent
P partial Patil
F duration 22 years
P full Mangesh Tupe
F age 47
> Dnyaneshwar Patil, 68, said he had stopped counting the promises. “Before every election they come and promise a new road. After the election, only the potholes come.”
P full Dnyaneshwar Patil
F age 68
Q direct Dnyaneshwar Patil :: “Before every election they come and promise a new road. After the election, only the potholes come.”
> In Hadapsar, the stretch of the Pune-Solapur highway between Magarpatta and Gadital has drawn complaints after two accidents involving PMPML buses last week. The Pune Mahanagar Parivahan Mahamandal Limited (PMPML) said it had diverted six routes away from the stretch.
L city Hadapsar
L city Pune
L city Solapur
L city Magarpatta
L city Gadital
F number two
O company PMPML
O company Pune Mahanagar Parivahan Mahamandal Limited
O company PMPML
F number six
> Kothrud resident Neelam Deshmukh, who runs the citizens’ group Pune Road Watch, said the audit must be made public. “An audit that sits in a file is not an audit. Put the COEP report on the PMC website, ward by ward, with the contractor’s name next to every road,” she said.
L city Kothrud
P full Neelam Deshmukh
O nonprofit Pune Road Watch
Q direct Neelam Deshmukh :: “An audit that sits in a file is not an audit. Put the COEP report on the PMC website, ward by ward, with the contractor’s name next to every road,”
O education COEP
O government PMC
> The PMC has set a September 20 deadline for the first phase. The riverside road along the Mula-Mutha between Sangamwadi and Bund Garden, which was submerged twice in July when water was released from the Khadakwasla dam, will be taken up separately, officials said.
O government PMC
F date September 20
L geo Mula-Mutha
L city Sangamwadi
L city Bund Garden
L facility Khadakwasla
'''

ARTICLES['194-sangotedo-drainage-demolitions-lagos'] = r'''
> Regional
> Lagos Demolishes 214 Buildings On Sangotedo Drainage Channel As Residents Count Losses
L region Lagos
F number 214
L city Sangotedo
> By Segun Adeyemi-Bakare
P full Segun Adeyemi-Bakare
> July 12, 2032
F date July 12, 2032
> Bulldozers of the Lagos State Building Control Agency pulling down a building in Peace Garden Estate, Sangotedo, on Saturday. Photo credit: Segun Adeyemi-Bakare
O government Lagos State Building Control Agency
L city Peace Garden Estate
L city Sangotedo
P full Segun Adeyemi-Bakare
> Residents of Peace Garden Estate and at least four other communities in Sangotedo, in the Eti-Osa Local Government Area of Lagos State, are counting their losses after the state government demolished 214 buildings said to have been erected on the path of the Sangotedo–Ogombo drainage channel.
L city Peace Garden Estate
F number four
L city Sangotedo
L region Eti-Osa Local Government Area
L region Lagos State
F number 214
L city Sangotedo
L city Ogombo
> The exercise, which began on Thursday and ended on Saturday, was carried out by the Lagos State Building Control Agency (LASBCA) and officials of the Ministry of the Environment and Water Resources, backed by policemen and operatives of the Rapid Response Squad.
O government Lagos State Building Control Agency
O government LASBCA
O government Ministry of the Environment and Water Resources
O government Rapid Response Squad
> The government said the structures had narrowed the channel and worsened the flooding that submerged parts of Lekki, Ajah and Ibeju-Lekki in June, when 312mm of rain fell in 48 hours and at least 11 people died.
L city Lekki
L city Ajah
L region Ibeju-Lekki
F quantity 312mm
F duration 48 hours
F number 11
> Speaking with PREMIUM TIMES at the site on Saturday, the Commissioner for the Environment and Water Resources, Engr. Babatunde Ogunlana, said owners had been served contravention notices as far back as November 2030.
O media PREMIUM TIMES
P full Babatunde Ogunlana
F date November 2030
> “Nobody woke up to see bulldozers. Some of these people were served notices 20 months ago, some were served again in April, and the agency marked every building with red paint,” he said.
Q direct Babatunde Ogunlana :: “Nobody woke up to see bulldozers. Some of these people were served notices 20 months ago, some were served again in April, and the agency marked every building with red paint,”
F duration 20 months
> “The channel is 30 metres wide on the approved drawing. In some places, the buildings had reduced it to less than five metres. When water has nowhere to go, it goes into people’s sitting rooms. We cannot allow a few people to drown a whole community.”
Q direct Babatunde Ogunlana :: “The channel is 30 metres wide on the approved drawing. In some places, the buildings had reduced it to less than five metres. When water has nowhere to go, it goes into people’s sitting rooms. We cannot allow a few people to drown a whole community.”
F quantity 30 metres
F quantity five metres
> He added that the state would not pay compensation for buildings erected without approval, but that owners who could show valid permits would be “considered on a case-by-case basis”.
Q direct Babatunde Ogunlana :: “considered on a case-by-case basis”
> Residents, however, insisted that many of them bought their plots from Ogombo family heads and obtained building permits from the Lagos State Physical Planning Permit Authority.
L city Ogombo
O government Lagos State Physical Planning Permit Authority
> Mrs Folasade Adekunle-Ojo, a retired teacher who said she lost a four-bedroom bungalow built with her gratuity, wept as she recounted the demolition.
P full Folasade Adekunle-Ojo
F number four
> “I paid ₦4.5m for this land in 2029 and I have the receipt. I spent another ₦38m to build. They gave us 72 hours. Where do they want a 64-year-old widow to go?
Q direct Folasade Adekunle-Ojo :: “I paid ₦4.5m for this land in 2029 and I have the receipt. I spent another ₦38m to build. They gave us 72 hours. Where do they want a 64-year-old widow to go?
F money ₦4.5m
F date 2029
F money ₦38m
F duration 72 hours
F age 64-year-old
> “My late husband and I planned to retire here. Now I am squatting with my daughter in Ajah and everything I own is in a church hall,” she said.
Q direct Folasade Adekunle-Ojo :: “My late husband and I planned to retire here. Now I am squatting with my daughter in Ajah and everything I own is in a church hall,”
L city Ajah
> Another resident, Mr Chukwuemeka Nwosu, said the estate’s landlords’ association had gone to court. “We have a suit at the Lagos State High Court in Ikeja. The matter was adjourned to July 29, yet they came with bulldozers. Is this how to treat people who pay their Land Use Charge every year?” he asked.
P full Chukwuemeka Nwosu
Q direct Chukwuemeka Nwosu :: “We have a suit at the Lagos State High Court in Ikeja. The matter was adjourned to July 29, yet they came with bulldozers. Is this how to treat people who pay their Land Use Charge every year?”
O government Lagos State High Court
L city Ikeja
F date July 29
> The demolition has also drawn criticism from the Lagos State House of Assembly. The Chairman of the House Committee on Environment, Hon. Adewale Oshinowo, who represents Eti-Osa Constituency II, said the committee would summon the commissioner and the General Manager of LASBCA next week.
O government Lagos State House of Assembly
O government House Committee on Environment
P full Adewale Oshinowo
L region Eti-Osa Constituency II
O government LASBCA
> “We are not against the removal of illegal structures. What we are against is a government approving a building in 2029 and demolishing the same building in 2032,” he told journalists in Alausa.
Q direct Adewale Oshinowo :: “We are not against the removal of illegal structures. What we are against is a government approving a building in 2029 and demolishing the same building in 2032,”
F date 2029
F date 2032
L city Alausa
> The Lagos State Emergency Management Agency said 1,460 people had been displaced and 212 of them were staying at a temporary camp in Igando. Its Director-General, Dr Oluwaseun Akinwande, said the agency had distributed relief materials worth ₦120m.
O government Lagos State Emergency Management Agency
F number 1,460
F number 212
L city Igando
P full Oluwaseun Akinwande
F money ₦120m
> In a statement on Sunday, LASBCA said the exercise would move to Ikota and parts of Ikorodu next, and warned owners of buildings on drainage setbacks to “voluntarily remove them within seven days”.
O government LASBCA
L city Ikota
L city Ikorodu
Q direct Lagos State Building Control Agency :: “voluntarily remove them within seven days”
F duration seven days
> Environmental experts say demolitions alone will not solve the problem. Prof. Kehinde Ogunjimi of the Department of Urban and Regional Planning at the University of Lagos said the state had lost more than 40 per cent of its wetlands since 2000, most of them to sand-filling along the Lekki peninsula.
P full Kehinde Ogunjimi
O education Department of Urban and Regional Planning
O education University of Lagos
F percent 40 per cent
F date 2000
L geo Lekki
> “Lagos is built on water. If you sand-fill the wetlands and the lagoon edge, the water will find its way back, and it will not ask to see your C of O,” he said.
Q direct Kehinde Ogunjimi :: “Lagos is built on water. If you sand-fill the wetlands and the lagoon edge, the water will find its way back, and it will not ask to see your C of O,”
L city Lagos
> The Nigerian Meteorological Agency has forecast above-normal rainfall for Lagos and other coastal states until the end of September.
O government Nigerian Meteorological Agency
L region Lagos
'''

ARTICLES['195-sham-shui-po-subdivided-flat-rents'] = r'''
> Hong Kong / Society
L city Hong Kong
> Sham Shui Po subdivided flat tenants face rent rises of up to HK$1,500 as new rules bite
L region Sham Shui Po
F money HK$1,500
> Landlords in Sham Shui Po, Tsuen Wan and Tuen Mun are raising rents ahead of a registration deadline, concern group says, while government insists minimum standards will protect city’s poorest residents
L region Sham Shui Po
L region Tsuen Wan
L region Tuen Mun
> Kelvin Lau Chun-kit
P full Kelvin Lau Chun-kit
> Published: 7:45pm, 9 Nov 2030
F time 7:45pm
F date 9 Nov 2030
> A tenement building on Tai Nan Street in Sham Shui Po, where many flats have been subdivided. Photo: May Tse
L street Tai Nan Street
L region Sham Shui Po
P full May Tse
> Hundreds of tenants living in subdivided flats in some of Hong Kong’s poorest neighbourhoods face rent increases of as much as HK$1,500 a month as landlords pass on the cost of upgrading units to meet new minimum standards before a registration deadline in March, a concern group has said.
L city Hong Kong
F money HK$1,500
> The Sham Shui Po Community Tenants Alliance surveyed 628 households in Sham Shui Po, Tsuen Wan and Tuen Mun between September 14 and October 20 and found that 41 per cent had been told their rent would go up once their landlord registered the unit.
O nonprofit Sham Shui Po Community Tenants Alliance
F number 628
L region Sham Shui Po
L region Tsuen Wan
L region Tuen Mun
F date September 14
F date October 20
F percent 41 per cent
> The median rent of the flats surveyed was HK$5,200 a month for an average of 108 sq ft, or about HK$48 per square foot – more than the HK$41 per square foot paid on average for a flat in Taikoo Shing, the group said.
F money HK$5,200
F quantity 108 sq ft
F money HK$48
F money HK$41
L city Taikoo Shing
> Under the Subdivided Units (Minimum Standards) Ordinance, which took effect in March 2030, every unit must be at least 8 square metres, with its own toilet and a window, and must be registered with the Housing Department by March 1, 2031. Landlords who let unregistered units face fines of up to HK$300,000 and a year in jail.
F date March 2030
F quantity 8 square metres
O government Housing Department
F date March 1, 2031
F money HK$300,000
> “The government says the new rules are for tenants’ own good. But for a grandmother living on a HK$4,000 monthly allowance, a toilet she cannot afford is not an improvement,” said Ho Mei-ling, the alliance’s organiser, who has lived in a subdivided flat on Fuk Wing Street for 11 years.
Q direct Ho Mei-ling :: “The government says the new rules are for tenants’ own good. But for a grandmother living on a HK$4,000 monthly allowance, a toilet she cannot afford is not an improvement,”
F money HK$4,000
P full Ho Mei-ling
L street Fuk Wing Street
F duration 11 years
> She said some landlords were using the works as an excuse to evict long-term tenants and re-let the units at higher rents. The group recorded 37 such cases, 23 of them in Sham Shui Po.
F number 37
F number 23
L region Sham Shui Po
> One of them is Wong Siu-fong, 72, a retired garment worker who shares a 90 sq ft unit in a tong lau on Pei Ho Street with her grandson. She was given two months’ notice in September.
P full Wong Siu-fong
F age 72
F quantity 90 sq ft
L street Pei Ho Street
F duration two months
> “The landlord told me, ‘Auntie, after the renovation the rent will be HK$6,800. If you can pay, you can stay,’” Wong said. “I have lived on this street for 30 years. Where else can I go? Tin Shui Wai? My grandson goes to school here.”
Q direct Wong Siu-fong :: “The landlord told me, ‘Auntie, after the renovation the rent will be HK$6,800. If you can pay, you can stay,’”
F money HK$6,800
P partial Wong
Q direct Wong Siu-fong :: “I have lived on this street for 30 years. Where else can I go? Tin Shui Wai? My grandson goes to school here.”
F duration 30 years
L city Tin Shui Wai
> Lawmaker Gary Tsang Wing-hong, who represents the Kowloon West geographical constituency in the Legislative Council, said he would raise the matter at the Legco housing panel next week. He urged the government to speed up its Light Public Housing programme, which it says will provide about 30,000 units by 2031.
P full Gary Tsang Wing-hong
L region Kowloon West
O government Legislative Council
O government Legco
F number 30,000
F date 2031
> “Everyone wants to see the worst units disappear. But if the regulation pushes people out before the new flats are ready, we are simply moving the problem from Sham Shui Po to the street,” Tsang said.
Q direct Gary Tsang Wing-hong :: “Everyone wants to see the worst units disappear. But if the regulation pushes people out before the new flats are ready, we are simply moving the problem from Sham Shui Po to the street,”
L region Sham Shui Po
P partial Tsang
> In Tuen Mun, the picture is different. Many of the units in the converted industrial buildings around San Hui – the cubicles known as “coffin homes” – are too small to be registered at all, said Calvin Yip Ka-lok, a social worker with the Christian Family Service Centre, which runs a tenants’ hotline in the district.
L region Tuen Mun
L city San Hui
Q scare - :: “coffin homes”
P full Calvin Yip Ka-lok
O nonprofit Christian Family Service Centre
> “Some of these spaces are 50 or 60 square feet. They cannot be upgraded, only closed. The question nobody has answered is where the 2,000 or so people living in them will go,” Yip said.
Q direct Calvin Yip Ka-lok :: “Some of these spaces are 50 or 60 square feet. They cannot be upgraded, only closed. The question nobody has answered is where the 2,000 or so people living in them will go,”
F quantity 50
F quantity 60 square feet
F number 2,000
P partial Yip
> In a reply to the Post, the Housing Bureau said the ordinance was “never intended to push up rents” and that landlords who evicted tenants unlawfully would be prosecuted. It said 14,820 units had been registered as of October 31, out of an estimated 88,000 across the city, and that HK$120 million had been set aside to help owners of older buildings carry out the works.
O media Post
O government Housing Bureau
Q direct Housing Bureau :: “never intended to push up rents”
F number 14,820
F date October 31
F number 88,000
F money HK$120 million
> Tenants displaced by the works could also apply to the Social Welfare Department for a one-off relocation allowance of HK$10,000, the bureau added.
O government Social Welfare Department
F money HK$10,000
> Secretary for Housing Winnie Chan Siu-wai told the Legislative Council last month that the government “will not hesitate to prosecute” landlords who used the rules to push out tenants.
P full Winnie Chan Siu-wai
O government Legislative Council
Q direct Winnie Chan Siu-wai :: “will not hesitate to prosecute”
'''

ARTICLES['196-south-armagh-ulsterbus-route-cuts'] = r'''
> News / Northern Ireland
L region Northern Ireland
> Ulsterbus to axe 14 rural routes in south Down and south Armagh as Stormont funding gap bites
O company Ulsterbus
F number 14
L region Down
L region Armagh
O government Stormont
> Pensioners in Crossmaglen and Kilkeel say they will be cut off, while Translink blames a £27m shortfall
L city Crossmaglen
L city Kilkeel
O company Translink
F money £27m
> Caoimhe Ní Fhlannagáin
P full Caoimhe Ní Fhlannagáin
> Tue 4 Mar 2031 at 06:00
F date 4 Mar 2031
F time 06:00
> The Ulsterbus depot in Newry. Translink says 14 routes will be withdrawn from June 1 (Photo: Declan Rooney/PA)
O company Ulsterbus
L city Newry
O company Translink
F number 14
F date June 1
P full Declan Rooney
O media PA
> Fourteen rural bus routes in south Down and south Armagh are to be withdrawn from June, leaving some villages without a bus service for the first time in more than 50 years, the Belfast Telegraph can reveal.
F number Fourteen
L region Down
L region Armagh
F duration 50 years
O media Belfast Telegraph
> Translink confirmed the cuts, which will hit services linking Newry with Crossmaglen, Forkhill, Kilkeel and Rostrevor, in a letter to Newry, Mourne and Down District Council last week. The company said it faced a £27m funding gap in the 2031/32 financial year after Stormont’s Department for Infrastructure (DfI) was unable to increase its subsidy.
O company Translink
L city Newry
L city Crossmaglen
L city Forkhill
L city Kilkeel
L city Rostrevor
O government Newry, Mourne and Down District Council
F money £27m
F date 2031/32
O government Stormont
O government Department for Infrastructure
O government DfI
> The routes carried an average of 1,140 passengers a week between them last year, or about nine passengers per journey, according to Translink figures seen by this newspaper.
F number 1,140
F number nine
O company Translink
> “Nobody takes these decisions lightly,” a Translink spokesperson said. “We have protected the Goldline and Metro networks and core Ulsterbus services, but with the budget we have been given, we simply cannot sustain routes where buses are running almost empty.”
Q direct - :: “Nobody takes these decisions lightly,”
O company Translink
Q direct - :: “We have protected the Goldline and Metro networks and core Ulsterbus services, but with the budget we have been given, we simply cannot sustain routes where buses are running almost empty.”
O company Ulsterbus
> In Crossmaglen, Co Armagh, where the service to Newry will be cut to two journeys on Thursdays, pensioner Peadar Ó Cuinn (81) said he would no longer be able to get to his appointments at Daisy Hill.
L city Crossmaglen
L region Co Armagh
L city Newry
F number two
P full Peadar Ó Cuinn
F age 81
O other Daisy Hill
> “I gave up driving three years ago. That bus is the only way I see anybody all week,” he said. “They talk about rural isolation up in Belfast every other week. Well, here it is.”
Q direct Peadar Ó Cuinn :: “I gave up driving three years ago. That bus is the only way I see anybody all week,”
F duration three years
Q direct Peadar Ó Cuinn :: “They talk about rural isolation up in Belfast every other week. Well, here it is.”
L city Belfast
> Mr Ó Cuinn’s daughter drives him when she can, but she works in Dundalk, across the border.
P partial Ó Cuinn
L city Dundalk
> His neighbour, Bríd Nic Giolla Easpaig, who chairs the Crossmaglen Community Association, said the group had collected more than 600 signatures in a fortnight.
P full Bríd Nic Giolla Easpaig
O nonprofit Crossmaglen Community Association
F number 600
> “Crossmaglen is 20 minutes from the border and more than an hour from Belfast, and people here already feel forgotten,” she said. “Take the bus away and you are telling the young ones to leave and the old ones to stay in the house.”
Q direct Bríd Nic Giolla Easpaig :: “Crossmaglen is 20 minutes from the border and more than an hour from Belfast, and people here already feel forgotten,”
L city Crossmaglen
F duration 20 minutes
L city Belfast
Q direct Bríd Nic Giolla Easpaig :: “Take the bus away and you are telling the young ones to leave and the old ones to stay in the house.”
> Sinn Féin MLA for Newry and Armagh Conor Mac Lochlainn said the cuts were “a direct consequence of years of underfunding” and called on the Infrastructure Minister to intervene.
L region Newry and Armagh
P full Conor Mac Lochlainn
Q direct Conor Mac Lochlainn :: “a direct consequence of years of underfunding”
> “People in south Armagh pay the same rates as everyone else. They deserve a bus,” he said.
Q direct Conor Mac Lochlainn :: “People in south Armagh pay the same rates as everyone else. They deserve a bus,”
L region Armagh
> The DUP’s Jonathan Kirkpatrick, who sits on the Assembly’s infrastructure committee, said his party had raised the matter with the minister but warned that “there is no magic money tree at Stormont”.
O party DUP
P full Jonathan Kirkpatrick
O government Assembly
Q direct Jonathan Kirkpatrick :: “there is no magic money tree at Stormont”
O government Stormont
> A DfI spokeswoman said the department had “prioritised frontline services” within a reduced budget and was working with Translink on “community transport alternatives”.
O government DfI
Q direct - :: “prioritised frontline services”
O company Translink
Q direct - :: “community transport alternatives”
> Under the plan, Forkhill and Mullaghbawn (An Mullach Bán) would lose their only bus, while Rostrevor and Kilkeel would keep a reduced service on the A2 coast road via Warrenpoint. The Ring of Gullion, which draws about 40,000 walkers a year, will no longer be served on Sundays.
L city Forkhill
L city Mullaghbawn
L city An Mullach Bán
L city Rostrevor
L city Kilkeel
L street A2
L city Warrenpoint
L geo Ring of Gullion
F number 40,000
> Translink said similar reviews were under way around Enniskillen and Ballymena, where Mid and East Antrim Borough Council has agreed to part-fund two routes for 12 months.
O company Translink
L city Enniskillen
L city Ballymena
O government Mid and East Antrim Borough Council
F number two
F duration 12 months
> Newry, Mourne and Down District Council’s chief executive, Marie Ní Dhonnchadha, said councillors would meet Translink on March 17. The council has offered £150,000 towards keeping three of the routes running until at least March 2032.
O government Newry, Mourne and Down District Council
P full Marie Ní Dhonnchadha
O company Translink
F date March 17
F money £150,000
F number three
F date March 2032
'''

ARTICLES['197-montreal-ice-storm-hydro-quebec-outages'] = r'''
> Local News
> Ice storm: 190,000 Hydro-Québec customers still in the dark as Verdun, Rosemont hit hardest
F number 190,000
O company Hydro-Québec
L region Verdun
L region Rosemont
> Crews from Ontario and New Brunswick called in; Verdun’s borough mayor says the utility’s outage map “is lying to people”
L region Ontario
L region New Brunswick
L region Verdun
Q direct Sophie Lacasse-Ngo :: “is lying to people”
> Author of the article:
> Jean-Philippe Desrosiers
P full Jean-Philippe Desrosiers
> Montreal Gazette
O media Montreal Gazette
> Published Jan 21, 2033 • Last updated 4 hours ago • 5 minute read
F date Jan 21, 2033
F duration 4 hours
F duration 5 minute
> Hydro-Québec workers repair a line on Wellington St. in Verdun on Thursday, Jan. 20, 2033. Photo by Éloïse Charbonneau-Vézina /Montreal Gazette
O company Hydro-Québec
L street Wellington St.
L region Verdun
F date Jan. 20, 2033
P full Éloïse Charbonneau-Vézina
O media Montreal Gazette
> Nearly 190,000 Hydro-Québec customers in Montreal, Laval and Montérégie were still without power Friday morning, two days after freezing rain coated the region in up to 35 millimetres of ice and brought down trees and lines across the island.
F number 190,000
O company Hydro-Québec
L city Montreal
L city Laval
L region Montérégie
F duration two days
F quantity 35 millimetres
> At the peak of the storm on Wednesday evening, more than 640,000 customers were without power, the utility said. By 7 a.m. Friday, about 112,000 of those still in the dark were on the island of Montreal, most of them in Verdun, Rosemont–La Petite-Patrie, Mercier–Hochelaga-Maisonneuve and Saint-Laurent.
F number 640,000
F time 7 a.m.
F number 112,000
L geo Montreal
L region Verdun
L region Rosemont–La Petite-Patrie
L region Mercier–Hochelaga-Maisonneuve
L region Saint-Laurent
> Hydro-Québec said it had 1,350 line workers in the field, including 220 from Hydro One in Ontario and 85 from NB Power, and expected to restore power to 95 per cent of customers by Sunday night. Some customers in wooded parts of the West Island might have to wait until Tuesday, it said.
O company Hydro-Québec
F number 1,350
F number 220
O company Hydro One
L region Ontario
F number 85
O company NB Power
F percent 95 per cent
L region West Island
> “This is the most complex restoration we have faced since 1998,” Hydro-Québec spokesperson Marie-Ève Bélanger-Thériault told reporters at the utility’s headquarters on René-Lévesque Blvd. “On many streets, it’s not a question of reconnecting a wire. The trees have brought down the poles, the transformers, everything. We are rebuilding the network street by street.”
Q direct Marie-Ève Bélanger-Thériault :: “This is the most complex restoration we have faced since 1998,”
F date 1998
O company Hydro-Québec
P full Marie-Ève Bélanger-Thériault
L street René-Lévesque Blvd.
Q direct Marie-Ève Bélanger-Thériault :: “On many streets, it’s not a question of reconnecting a wire. The trees have brought down the poles, the transformers, everything. We are rebuilding the network street by street.”
> In Verdun, where century-old maples came down on dozens of streets, borough mayor Sophie Lacasse-Ngo said Hydro-Québec’s online outage map had shown some blocks as restored while residents were still without heat.
L region Verdun
P full Sophie Lacasse-Ngo
O company Hydro-Québec
> “I have people calling my office at 3 a.m. because the map says they have power and they don’t. The map is lying to people, and people are deciding whether to leave their homes based on it,” Lacasse-Ngo said.
Q direct Sophie Lacasse-Ngo :: “I have people calling my office at 3 a.m. because the map says they have power and they don’t. The map is lying to people, and people are deciding whether to leave their homes based on it,”
F time 3 a.m.
P partial Lacasse-Ngo
> The borough opened warming centres at the Guy-Gagnon Arena and the Verdun Auditorium on Thursday. About 340 people spent the night at the two centres, she said.
L facility Guy-Gagnon Arena
L facility Verdun Auditorium
F number 340
F number two
> In Rosemont, where the storm toppled trees onto cars along Beaubien St. E. and St-Michel Blvd., many residents said the scene reminded them of 1998 and what older Montrealers still call “le grand verglas”. Gilles Thibodeau, 74, who has lived on the same block of Beaubien since 1979, spent two nights in his car with the engine running before his daughter drove in from Saint-Jean-sur-Richelieu to take him home with her.
L region Rosemont
L street Beaubien St. E.
L street St-Michel Blvd.
F date 1998
Q scare - :: “le grand verglas”
P full Gilles Thibodeau
F age 74
L street Beaubien
F date 1979
F duration two nights
L city Saint-Jean-sur-Richelieu
> “In 1998 I said I would never do it again. Well, here I am,” he said. “On est habitués, nous autres. But at 74, the cold gets into your bones.”
Q direct Gilles Thibodeau :: “In 1998 I said I would never do it again. Well, here I am,”
F date 1998
Q direct Gilles Thibodeau :: “On est habitués, nous autres. But at 74, the cold gets into your bones.”
F age 74
> Urgences-santé said paramedics had treated 14 people for carbon monoxide poisoning since Wednesday, including a family of five in Saint-Laurent who had used a barbecue indoors. The Montreal fire department, the Service de sécurité incendie de Montréal (SIM), urged residents never to run generators or barbecues inside.
O government Urgences-santé
F number 14
F number five
L region Saint-Laurent
L city Montreal
O government Service de sécurité incendie de Montréal
O government SIM
> Ensemble Montréal, the official opposition at city hall, said the city had been too slow to clear fallen trees and called on the administration of Mayor Isabelle Gendron-Pham to publish a list of blocked streets. “Residents deserve to know when a crew will reach their street,” the party said in a statement.
O party Ensemble Montréal
P full Isabelle Gendron-Pham
Q direct Ensemble Montréal :: “Residents deserve to know when a crew will reach their street,”
> Quebec’s public security minister, Nadia Bouchard-Ferland, said the province would extend its financial assistance program to households in the affected areas, with up to $250 per household for lost food and $75 a night for those who had to find temporary lodging.
L region Quebec
P full Nadia Bouchard-Ferland
F money $250
F money $75
> Outside Montreal, about 41,000 customers remained without power in Montérégie, mostly around Granby and Saint-Hyacinthe.
L city Montreal
F number 41,000
L region Montérégie
L city Granby
L city Saint-Hyacinthe
'''

ARTICLES['198-ngukurr-roper-river-flood-evacuation'] = r'''
> Ngukurr residents flown to Darwin as Roper River flood cuts community off for weeks
L city Ngukurr
L city Darwin
L geo Roper River
> By Tamsin Rigby and Cedric Lansen
P full Tamsin Rigby
P full Cedric Lansen
> ABC Katherine
O media ABC Katherine
> Posted Thu 12 Feb 2032 at 6:05am, updated Thu 12 Feb 2032 at 11:40am
F date 12 Feb 2032
F time 6:05am
F date 12 Feb 2032
F time 11:40am
> An RAAF Hercules on the airstrip at Ngukurr on Monday. (Supplied: NT Police)
O government RAAF
L city Ngukurr
O government NT Police
> More than 400 residents of the remote Aboriginal community of Ngukurr, in south-east Arnhem Land, have been evacuated to Darwin and Katherine as the Roper River rose to its highest level in more than a decade.
F number 400
L city Ngukurr
L region Arnhem Land
L city Darwin
L city Katherine
L geo Roper River
> The river peaked at 13.4 metres at the Ngukurr gauge on Wednesday afternoon, the Bureau of Meteorology said, well above the major flood level of 12 metres.
F quantity 13.4 metres
L city Ngukurr
O government Bureau of Meteorology
F quantity 12 metres
> NT Police Acting Commander Tahnee Ostrowski, the regional emergency controller, said about 180 people had been flown to Darwin on RAAF and charter flights and were being housed at the Darwin Showgrounds. Others travelled to Katherine by road before the Roper Highway was cut.
O government NT Police
P full Tahnee Ostrowski
F number 180
L city Darwin
O government RAAF
L facility Darwin Showgrounds
L city Katherine
L street Roper Highway
> “We made the call early on Monday because with the Roper Highway under water, the only way in or out is by air, and the weather was closing in,” she said. “People have been incredibly patient. Nobody wants to leave country, especially the old people.”
Q direct Tahnee Ostrowski :: “We made the call early on Monday because with the Roper Highway under water, the only way in or out is by air, and the weather was closing in,”
L street Roper Highway
Q direct Tahnee Ostrowski :: “People have been incredibly patient. Nobody wants to leave country, especially the old people.”
> Ngukurr is home to about 1,100 people from seven language groups, including Marra, Alawa, Ngandi and Ritharrngu people, and most speak Kriol as their first language.
L city Ngukurr
F number 1,100
F number seven
> “This is our country. We have never been frightened of the wet, we know how to live with the river. But this time the water came up too fast, right to the clinic and the store.
Q direct Clifford Wurrawilya Jnr :: “This is our country. We have never been frightened of the wet, we know how to live with the river. But this time the water came up too fast, right to the clinic and the store.
> “The old people didn’t want to get on that plane. Some of them had never been to Darwin. We told them the river will go down and we will all go home together,” said Clifford Wurrawilya Jnr, a senior Marra man and member of the Ngukurr local authority.
Q direct Clifford Wurrawilya Jnr :: “The old people didn’t want to get on that plane. Some of them had never been to Darwin. We told them the river will go down and we will all go home together,”
L city Darwin
P full Clifford Wurrawilya Jnr
L city Ngukurr
> Speaking in Kriol to relatives at the Showgrounds on Wednesday night, Mr Wurrawilya kept repeating the same words: “Wi garra go bek langa kantri.” (We will go back to our country.)
L facility Showgrounds
P partial Wurrawilya
Q direct Clifford Wurrawilya Jnr :: “Wi garra go bek langa kantri.”
> Evacuees from Ngukurr at the Darwin Showgrounds on Wednesday. (ABC News: Hamish Dovey)
L city Ngukurr
L facility Darwin Showgrounds
O media ABC News
P full Hamish Dovey
> The Northern Land Council (NLC), which represents traditional owners across the Top End, said it was working with the Roper Gulf Regional Council and the NT government so residents could return as soon as it was safe. The NLC said evacuees “must be kept together in family groups” and given access to interpreters. The regional council said the smaller communities of Minyerri and Urapunga had also been cut off by road.
O government Northern Land Council
O government NLC
L region Top End
O government Roper Gulf Regional Council
L region NT
O government NLC
Q direct Northern Land Council :: “must be kept together in family groups”
L city Minyerri
L city Urapunga
> The Roper Highway, the only road into Ngukurr, was cut at the Roper Bar crossing on Sunday and is expected to stay closed for at least four weeks. The community store has enough food for about 10 days, according to its operator, Balarrgu Stores Aboriginal Corporation, and fresh supplies will be flown in from Katherine.
L street Roper Highway
L city Ngukurr
L facility Roper Bar
F duration four weeks
F duration 10 days
O company Balarrgu Stores Aboriginal Corporation
L city Katherine
> Three residents with kidney disease had already been flown to Royal Darwin Hospital for dialysis before the weather closed in, NT Health said.
F number Three
O other Royal Darwin Hospital
O government NT Health
> In Darwin, Larrakia traditional owners welcomed the evacuees with a smoking ceremony on Wednesday. The NT and federal governments announced one-off payments of $1,000 per adult and $400 per child for evacuated households.
L city Darwin
L region NT
F money $1,000
F money $400
> Further south, the Stuart Highway between Katherine and Tennant Creek reopened on Wednesday after 48 hours under water near Elliott, letting road trains carrying food and fuel reach Barkly communities. The Central Land Council, based in Alice Springs, said it had offered staff to help the NLC with evacuee support.
L street Stuart Highway
L city Katherine
L city Tennant Creek
F duration 48 hours
L city Elliott
L region Barkly
O government Central Land Council
L city Alice Springs
O government NLC
> The Bureau of Meteorology has warned that a tropical low forming in the Gulf of Carpentaria could bring another 200 to 300 millimetres of rain to the Roper catchment over the weekend.
O government Bureau of Meteorology
L geo Gulf of Carpentaria
F quantity 200
F quantity 300 millimetres
L geo Roper
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
