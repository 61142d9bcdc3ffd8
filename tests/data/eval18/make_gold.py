#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval18 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval18/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['151-mangaung-eskom-load-reduction'] = r'''
> Free State
L region Free State
> Mangaung Residents Face 10-Hour Blackouts as Eskom Debt Tops R6.2 Billion
L city Mangaung
F duration 10-Hour
O company Eskom
F money R6.2 Billion
> Ward councillors say so-called “load reduction” punishes households in Botshabelo, Thaba Nchu and Bloemfontein’s townships that pay for their power
Q scare - :: “load reduction”
L city Botshabelo
L city Thaba Nchu
L city Bloemfontein
> By Lindiwe Mahlangu
P full Lindiwe Mahlangu
> 14 May 2031 | 06:45
F date 14 May 2031
F time 06:45
> Residents of Kagisanong in Bloemfontein queue to buy paraffin during a power cut on Tuesday evening. Photo: Kabelo Ramatlhape/Gallo Images
L city Kagisanong
L city Bloemfontein
P full Kabelo Ramatlhape
O media Gallo Images
> BLOEMFONTEIN – Households in at least nine townships in Mangaung have been without electricity for up to 10 hours a day since Eskom began cutting supply to parts of the metro on 22 April, on top of the national load-shedding schedule.
L city BLOEMFONTEIN
F number nine
L city Mangaung
F duration 10 hours
O company Eskom
F date 22 April
> The power utility says Mangaung owes it R6.2 billion, most of it through Centlec, the municipal entity that buys bulk electricity from Eskom and resells it to about 250,000 customers in Bloemfontein, Botshabelo and Thaba Nchu.
L city Mangaung
F money R6.2 billion
O company Centlec
O company Eskom
F number 250,000
L city Bloemfontein
L city Botshabelo
L city Thaba Nchu
> “People in my ward pay for their electricity. They buy prepaid units every month, and still they sit in the dark every evening when they come home from work,” said Cllr Mpho Seleke, the ward councillor for Ward 31 in Kagisanong. “Eskom is punishing the people who pay for the people who don’t.”
Q direct Mpho Seleke :: “People in my ward pay for their electricity. They buy prepaid units every month, and still they sit in the dark every evening when they come home from work,”
P full Mpho Seleke
L region Ward 31
L city Kagisanong
Q direct Mpho Seleke :: “Eskom is punishing the people who pay for the people who don’t.”
O company Eskom
> Seleke, 44, an ANC councillor, said families in Kagisanong, Rocklands and Bochabela had stopped sending children to evening classes at the local library because the streets were dark and the high-mast lights in the area had been stripped of their cables.
P partial Seleke
F age 44
L city Kagisanong
L city Rocklands
L city Bochabela
> In a statement, Eskom said the reductions applied only to “networks with high levels of illegal connections, meter tampering and non-payment”, and that it had written to the metro 14 times since 2029 about the debt. “Eskom cannot continue to supply electricity that is not paid for,” the statement said.
O company Eskom
Q direct Eskom :: “networks with high levels of illegal connections, meter tampering and non-payment”
F number 14
F date 2029
Q direct Eskom :: “Eskom cannot continue to supply electricity that is not paid for,”
O company Eskom
> According to Centlec’s annual report, the entity lost 31% of the electricity it bought in the 2029-30 financial year to theft, faulty meters and ageing networks, against a national norm of about 12%. Its collection rate in the townships was 58%, compared with 93% in suburbs such as Universitas, Langenhovenpark and Fichardt Park.
O company Centlec
F percent 31%
F date 2029-30
F percent 12%
F percent 58%
F percent 93%
L city Universitas
L city Langenhovenpark
L city Fichardt Park
> Centlec spokesperson Hlalele Motaung said the entity had paid R410 million towards its Eskom account since January and had asked the National Treasury to help restructure the rest of the debt.
O company Centlec
P full Hlalele Motaung
F money R410 million
O company Eskom
O government National Treasury
> “We are not hiding from the debt. But you cannot fix a 20-year problem by switching off Botshabelo,” Motaung said. He said Centlec would install 18,000 new prepaid meters by March 2032 and had removed more than 2,300 illegal connections in Thaba Nchu alone since February.
Q direct Hlalele Motaung :: “We are not hiding from the debt. But you cannot fix a 20-year problem by switching off Botshabelo,”
F duration 20-year
L city Botshabelo
P partial Motaung
O company Centlec
F number 18,000
F date March 2032
F number 2,300
L city Thaba Nchu
> The cuts come as Eskom runs Stage 2 load-shedding nationally for a third week. Under Stage 2, most households lose power for two hours at a time, two or three times a day. In Mangaung’s townships, load reduction comes on top of that.
O company Eskom
F duration two hours
F number two
F number three
L city Mangaung
> The Democratic Alliance (DA) has asked the Free State High Court in Bloemfontein to order Eskom to stop the cuts in areas where most customers buy prepaid electricity. The party’s caucus leader in the Mangaung council, Annelie Botha-Venter, said the case would be heard on 3 June.
O party Democratic Alliance
O party DA
O government Free State High Court
L city Bloemfontein
O company Eskom
L city Mangaung
P full Annelie Botha-Venter
F date 3 June
> “Collective punishment is unlawful, and the people of Botshabelo did not run up this debt,” she said. “The metro and Centlec did.”
Q direct Annelie Botha-Venter :: “Collective punishment is unlawful, and the people of Botshabelo did not run up this debt,”
L city Botshabelo
Q direct Annelie Botha-Venter :: “The metro and Centlec did.”
O company Centlec
> The South African Local Government Association (Salga) estimates that municipalities owe Eskom more than R95 billion in total. A spokesperson for the association said on Tuesday that it supported “a negotiated settlement, not switching off communities”.
O nonprofit South African Local Government Association
O nonprofit Salga
O company Eskom
F money R95 billion
Q direct - :: “a negotiated settlement, not switching off communities”
> In Rocklands, Nomsa Tau, 67, a retired domestic worker, said she had thrown away the contents of her fridge twice since April. “The food goes off, my insulin must stay cold, and my grandchildren do their homework by candle,” she said. “I pay R600 a month for electricity. For what?”
L city Rocklands
P full Nomsa Tau
F age 67
Q direct Nomsa Tau :: “The food goes off, my insulin must stay cold, and my grandchildren do their homework by candle,”
Q direct Nomsa Tau :: “I pay R600 a month for electricity. For what?”
F money R600
> Executive Mayor Gregory Nthatisi told a council meeting last week that the metro would ask Eskom for a 36-month payment plan. “Nobody in this council is happy with the situation,” he said. “We are negotiating, and we expect an answer before the end of the month.”
P full Gregory Nthatisi
O company Eskom
F duration 36-month
Q direct Gregory Nthatisi :: “Nobody in this council is happy with the situation,”
Q direct Gregory Nthatisi :: “We are negotiating, and we expect an answer before the end of the month.”
'''

ARTICLES['152-marshalltown-main-street-rebuild'] = r'''
> Local News
> Council Approves $9.6M Main Street Rebuild Despite Downtown Business Fears
F money $9.6M
L street Main Street
> Six blocks will close in phases for up to 14 months starting in April; school board to vote on a second deputy for Marshalltown High School
F number Six
F duration 14 months
O education Marshalltown High School
> By Jenna Kolbaba | Marshall County Courier
P full Jenna Kolbaba
O media Marshall County Courier
> Posted Feb 11, 2031, 9:48 PM
F date Feb 11, 2031
F time 9:48 PM
> Ron Miller stands behind the counter of Miller's Hardware, 112 E. Main St., on Monday. His grandfather opened the store in 1958. (Courier photo/Alyssa Kruse)
P full Ron Miller
L facility Miller's Hardware
L address 112 E. Main St.
F date 1958
O media Courier
P full Alyssa Kruse
> MARSHALLTOWN — The Marshalltown City Council voted 5 to 2 Monday night to rebuild six blocks of Main Street and the water and sewer lines beneath them, a $9.6 million project that will close parts of downtown to traffic for up to 14 months starting in April.
L city MARSHALLTOWN
O government Marshalltown City Council
F number 5
F number 2
F number six
L street Main Street
F money $9.6 million
F duration 14 months
> The vote came after more than an hour of public comment, most of it from business owners who said they could not survive a full construction season without customers parking out front. About 60 people packed the council chambers at City Hall, 24 N. Center St., and some stood in the hallway.
F number 60
L facility City Hall
L address 24 N. Center St.
> "My grandfather opened this store in 1958 with a bank loan and a handshake," said Ron Miller, 63, who owns Miller's Hardware at 112 E. Main St. "We made it through the farm crisis, we made it through the derecho. I'm not sure we make it through a year with a fence in front of the door."
Q direct Ron Miller :: "My grandfather opened this store in 1958 with a bank loan and a handshake,"
F date 1958
P full Ron Miller
F age 63
O company Miller's Hardware
L address 112 E. Main St.
Q direct Ron Miller :: "We made it through the farm crisis, we made it through the derecho. I'm not sure we make it through a year with a fence in front of the door."
> Miller was one of 14 people who spoke against the timing of the work. Others included Deb Hansen of Hansen's Flowers & Gifts and Luis Ortega, whose family runs La Michoacana on North Third Avenue. Several asked the council to split the project over two summers.
P partial Miller
F number 14
P full Deb Hansen
O company Hansen's Flowers & Gifts
P full Luis Ortega
O company La Michoacana
L street North Third Avenue
F number two
> "Half my customers drive in from Tama County or Grundy Center. If they can't park, they'll go to Waterloo," Hansen said.
Q direct Deb Hansen :: "Half my customers drive in from Tama County or Grundy Center. If they can't park, they'll go to Waterloo,"
F fraction Half
L region Tama County
L city Grundy Center
L city Waterloo
P partial Hansen
> Council member Gabe Sandoval, who represents the 3rd Ward, said the city had already put off the work twice. "The water main under Main Street was laid in 1912. We've had four breaks on that stretch in three years," Sandoval said. "If we wait, we're not choosing between construction and no construction. We're choosing between construction we plan and construction we don't."
P full Gabe Sandoval
L region 3rd Ward
Q direct Gabe Sandoval :: "The water main under Main Street was laid in 1912. We've had four breaks on that stretch in three years,"
L street Main Street
F date 1912
F number four
F duration three years
P partial Sandoval
Q direct Gabe Sandoval :: "If we wait, we're not choosing between construction and no construction. We're choosing between construction we plan and construction we don't."
> Sandoval and council members Rita Eschen, Mike Pruess, Tanya Wirth and Jerome Lange voted yes. Abby Marshall and Carl Fenske voted no, saying the city should have given businesses more notice.
P partial Sandoval
P full Rita Eschen
P full Mike Pruess
P full Tanya Wirth
P full Jerome Lange
P full Abby Marshall
P full Carl Fenske
> Marshall, who owns a yoga studio on State Street, asked city staff to set aside $250,000 for grants to affected businesses. City Administrator Jessica Kline said staff would bring a proposal to the council's March 9 meeting.
P partial Marshall
L street State Street
F money $250,000
P full Jessica Kline
F date March 9
> Under a plan drawn up by Hartwig & Stahl Engineering of Ames, crews will work on two blocks at a time, starting at 1st Avenue and moving west. Sidewalks will stay open, and every business will keep at least one entrance, said Nate Hartwig, the firm's project engineer.
O company Hartwig & Stahl Engineering
L city Ames
F number two
L street 1st Avenue
F number one
P full Nate Hartwig
> "Nobody's going to have a trench in front of their door for 14 months. Each block should be done in eight to 10 weeks," Hartwig said.
Q direct Nate Hartwig :: "Nobody's going to have a trench in front of their door for 14 months. Each block should be done in eight to 10 weeks,"
F duration 14 months
F duration eight
F duration 10 weeks
P partial Hartwig
> The city will pay for the project with $4.1 million in general obligation bonds, $3.2 million from sewer and water fees and a $2.3 million grant from the Iowa Department of Transportation. The owner of a $150,000 home will pay about $38 more a year in city property taxes, according to finance director Paula Groth.
F money $4.1 million
F money $3.2 million
F money $2.3 million
O government Iowa Department of Transportation
F money $150,000
F money $38
P full Paula Groth
> Across town, the Marshalltown Community School District board will vote Feb. 17 on adding a second school resource officer at Marshalltown High School. Under a draft agreement with the Marshall County Sheriff's Office, the district would pay $86,400 of the deputy's $108,000 yearly salary and benefits, or 80%.
O education Marshalltown Community School District
F date Feb. 17
O education Marshalltown High School
O government Marshall County Sheriff's Office
F money $86,400
F money $108,000
F percent 80%
> Sheriff Dale Hoskins told board members at a work session last week that deputies had been called to the high school 77 times last year, up from 41 in the 2028-29 school year.
P full Dale Hoskins
F number 77
F number 41
F date 2028-29
> "I'd rather have a deputy in that building who knows the kids by name than one driving over from the Law Enforcement Center when something happens," Hoskins said.
Q direct Dale Hoskins :: "I'd rather have a deputy in that building who knows the kids by name than one driving over from the Law Enforcement Center when something happens,"
L facility Law Enforcement Center
P partial Hoskins
> Board member Karen Tjaden said she had heard from parents on both sides. "Some families tell me they feel safer. Some families, especially in our Latino community, tell me they feel watched," she said. "We owe it to both of them to get this right."
P full Karen Tjaden
Q direct Karen Tjaden :: "Some families tell me they feel safer. Some families, especially in our Latino community, tell me they feel watched,"
Q direct Karen Tjaden :: "We owe it to both of them to get this right."
> In other business, the council voted 7 to 0 to spend $48,000 on a new roof for the Anson Park shelter house and to lower the speed limit on South 12th Street from 35 mph to 25 mph near Hoglan Elementary.
F number 7
F number 0
F money $48,000
L facility Anson Park
L street South 12th Street
F quantity 35 mph
F quantity 25 mph
O education Hoglan Elementary
'''

ARTICLES['153-kurrajong-goldfields-native-title-deal'] = r'''
> Mining
> Australian gold miner Kurrajong signs A$42 million deal with Goldfields native title holders
O company Kurrajong
F money A$42 million
L region Goldfields
> By Priya Nandakumar
P full Priya Nandakumar
> August 6, 2030 2:14 PM GMT+8 Updated 3 hours ago
F date August 6, 2030
F time 2:14 PM GMT+8
F duration 3 hours
> Haul trucks at an open-pit gold mine near Leonora, Western Australia, in an undated file photo. REUTERS/Carla Westbury
L city Leonora
L region Western Australia
O media REUTERS
P full Carla Westbury
> PERTH, Aug 6 (Reuters) - Kurrajong Gold Ltd has agreed to pay A$42 million ($27.5 million) over 15 years to the traditional owners of the land around its planned Bellchambers mine in Western Australia’s northern Goldfields, clearing the last big hurdle before a final investment decision due in November.
L city PERTH
F date Aug 6
O media Reuters
O company Kurrajong Gold Ltd
F money A$42 million
F money $27.5 million
F duration 15 years
L facility Bellchambers
L region Western Australia
L region Goldfields
> Under the agreement, signed on Tuesday in Leonora, the Malu Ngurra Aboriginal Corporation will receive annual payments, a 1.5% royalty on gold sold above A$3,800 an ounce and first call on at least 60 of the mine’s 340 operating jobs, the Perth-based miner said in a statement to the Australian Securities Exchange (ASX).
L city Leonora
O nonprofit Malu Ngurra Aboriginal Corporation
F percent 1.5%
F money A$3,800
F number 60
F number 340
L city Perth
O company Australian Securities Exchange
O company ASX
> “This is the first agreement in the northern Goldfields where traditional owners share directly in the gold price,” managing director Shane Wetherall said. “It is not a payment to make a problem go away. It is a partnership for the life of the mine.”
Q direct Shane Wetherall :: “This is the first agreement in the northern Goldfields where traditional owners share directly in the gold price,”
L region Goldfields
P full Shane Wetherall
Q direct Shane Wetherall :: “It is not a payment to make a problem go away. It is a partnership for the life of the mine.”
> Kurrajong’s shares rose 6.2% to A$1.34 by the close. The company estimates that Bellchambers holds 1.6 million ounces of gold at an average grade of 1.9 grams per tonne, and expects to spend A$585 million on an open pit and a 3.5-million-tonne-a-year processing plant, with first gold in the second half of 2032 and an 11-year mine life.
O company Kurrajong
F percent 6.2%
F money A$1.34
L facility Bellchambers
F quantity 1.6 million ounces
F quantity 1.9 grams per tonne
F money A$585 million
F quantity 3.5-million-tonne
F date 2032
F duration 11-year
> Malu Ngurra chairwoman Dorothy Scales, 71, said the group had spent nine years in native title proceedings before the Federal Court recognised its rights over 28,000 square kilometres in 2027.
O nonprofit Malu Ngurra
P full Dorothy Scales
F age 71
F duration nine years
O government Federal Court
F quantity 28,000 square kilometres
F date 2027
> “Our old people walked this country long before anybody dug a hole in it. We are not against mining – half our young fellas want to work out there,” she said by phone from Leonora. “But we said from the start: no blasting near the rock holes, and the water stays clean. Kurrajong listened, in the end.
Q direct Dorothy Scales :: “Our old people walked this country long before anybody dug a hole in it. We are not against mining – half our young fellas want to work out there,”
F fraction half
L city Leonora
Q direct Dorothy Scales :: “But we said from the start: no blasting near the rock holes, and the water stays clean. Kurrajong listened, in the end.
O company Kurrajong
> “Other companies should be watching this.”
Q direct Dorothy Scales :: “Other companies should be watching this.”
> The Goldfields Land and Sea Council, which represents native title groups across the region, said the revenue share set “a new floor” for agreements with miners.
O nonprofit Goldfields Land and Sea Council
Q direct Goldfields Land and Sea Council :: “a new floor”
> The mine also takes in about 2,400 hectares of Yarri Creek Station, a 190,000-hectare pastoral lease that the Menzies family has run since 1961. Kurrajong said it had agreed on compensation with the family and would fence the pit and haul roads, but it did not disclose the amount.
F quantity 2,400 hectares
L facility Yarri Creek Station
F quantity 190,000-hectare
P partial Menzies
F date 1961
O company Kurrajong
> Kath Menzies, who runs about 3,000 head of cattle on the station with her husband, Rob, said the family had been “treated fairly, which is more than we can say about some.” Her bigger worry, she said, was dust and traffic on the Goldfields Highway.
P full Kath Menzies
F number 3,000
P partial Rob
Q direct Kath Menzies :: “treated fairly, which is more than we can say about some.”
L street Goldfields Highway
> The Shire of Menzies has asked the state government for A$14 million to upgrade local roads before construction traffic starts. Menzies, the shire’s only town, has about 50 residents and sits on the highway 130 kilometres north of Kalgoorlie.
O government Shire of Menzies
F money A$14 million
L city Menzies
F number 50
F quantity 130 kilometres
L city Kalgoorlie
> “We’ve got one road in and one road out, and a town of 50 people can’t pay for it out of rates,” shire president Greg Tonkin said.
Q direct Greg Tonkin :: “We’ve got one road in and one road out, and a town of 50 people can’t pay for it out of rates,”
F number one
F number one
F number 50
P full Greg Tonkin
> Leonora, a town of about 1,400 people 240 km north of Kalgoorlie, expects to collect A$2.1 million a year in rates from the mine, the Shire of Leonora’s chief executive, Lyn Barty, said. Laverton, 125 km further east, is bidding to house part of the fly-in, fly-out workforce.
L city Leonora
F number 1,400
F quantity 240 km
L city Kalgoorlie
F money A$2.1 million
O government Shire of Leonora
P full Lyn Barty
L city Laverton
F quantity 125 km
> Analysts said the deal would add only about A$9 an ounce to Kurrajong’s all-in costs but lowered the risk of delays. “Native title is where projects in WA stall, and this one hasn’t,” said Mei Lin Tsang, an analyst at Canaccord Genuity in Melbourne.
F money A$9
O company Kurrajong
Q direct Mei Lin Tsang :: “Native title is where projects in WA stall, and this one hasn’t,”
L region WA
P full Mei Lin Tsang
O company Canaccord Genuity
L city Melbourne
> (Reporting by Priya Nandakumar in Perth; Editing by Martin Halloway)
P full Priya Nandakumar
L city Perth
P full Martin Halloway
> ($1 = 1.5273 Australian dollars)
F money $1
F money 1.5273 Australian dollars
'''

ARTICLES['154-vorndran-zwickau-plant-closure'] = r'''
> Business
> German auto supplier Vorndran to cut 1,450 jobs and close Zwickau plant
O company Vorndran
F number 1,450
L city Zwickau
> Works council vows resistance as production shifts to Hungary and Austria
L country Hungary
L country Austria
> By Johanna Weißenborn and Lukas Dietl, dpa
P full Johanna Weißenborn
P full Lukas Dietl
O media dpa
> 18.03.2031, 15:52
F date 18.03.2031
F time 15:52
> Employees leave the Vorndran plant in Zwickau's Mosel district after the early shift on Tuesday. Photo: Kerstin Ebeling/dpa
O company Vorndran
L city Zwickau
L city Mosel
P full Kerstin Ebeling
O media dpa
> Schweinfurt (dpa) - German car parts maker Vorndran Industrie AG plans to cut 1,450 jobs in Germany by the end of 2033 and close its transmission components plant in Zwickau in the eastern state of Saxony, the company said on Tuesday.
L city Schweinfurt
O media dpa
O company Vorndran Industrie AG
F number 1,450
L country Germany
F date 2033
L city Zwickau
L region Saxony
> About 900 of the 1,100 jobs in Zwickau will go, with the rest moving to other sites. A further 550 posts will be cut in administration and development at the headquarters in Schweinfurt, Bavaria, and at the Ravensburg site in Baden-Württemberg.
F number 900
F number 1,100
L city Zwickau
F number 550
L city Schweinfurt
L region Bavaria
L city Ravensburg
L region Baden-Württemberg
> Part of the production will move to a plant in Kecskemét, Hungary, where Vorndran has employed about 1,300 people since 2019, and to Steyrtal Guss GmbH, a foundry in Upper Austria in which the group is buying a 74.9% stake for an undisclosed sum.
L city Kecskemét
L country Hungary
O company Vorndran
F number 1,300
F date 2019
O company Steyrtal Guss GmbH
L region Upper Austria
F percent 74.9%
> "We have fought for Zwickau for three years. But a plant that makes parts for combustion gearboxes has no future in a market that is going electric faster than any of us expected," chief executive Katrin Vorndran-Seitz told reporters in Schweinfurt. The granddaughter of the company's founder called the decision "the hardest of my career."
Q direct Katrin Vorndran-Seitz :: "We have fought for Zwickau for three years. But a plant that makes parts for combustion gearboxes has no future in a market that is going electric faster than any of us expected,"
L city Zwickau
F duration three years
P full Katrin Vorndran-Seitz
L city Schweinfurt
Q direct Katrin Vorndran-Seitz :: "the hardest of my career."
> Vorndran, which employs around 11,800 people worldwide, booked a restructuring charge of 286 million euros in the fourth quarter, which pushed it to a net loss of 141 million euros for 2030 after a profit of 97 million euros a year earlier. Revenue fell 7.3 per cent to 4.62 billion euros.
O company Vorndran
F number 11,800
F money 286 million euros
F money 141 million euros
F date 2030
F money 97 million euros
F percent 7.3 per cent
F money 4.62 billion euros
> Vorndran shares fell 5.8 per cent to 21.34 euros in Frankfurt trading by mid-afternoon, one of the steepest falls on the MDax index of mid-sized companies.
O company Vorndran
F percent 5.8 per cent
F money 21.34 euros
L city Frankfurt
> Ümit Yıldırım, who chairs Vorndran's general works council, said staff would fight the closure "with every means available to us." Yıldırım, 54, who started at the Zwickau plant as an apprentice in 1993, said employees had agreed in 2029 to work 35 hours a week for 33 hours' pay to help keep the site open.
P full Ümit Yıldırım
O company Vorndran
Q direct Ümit Yıldırım :: "with every means available to us."
P partial Yıldırım
F age 54
L city Zwickau
F date 1993
F date 2029
F duration 35 hours
F duration 33 hours
> "People here gave up money to keep this plant alive. Now they are told thank you, and goodbye," he said. "If management thinks we will go quietly, it does not know Zwickau."
Q direct Ümit Yıldırım :: "People here gave up money to keep this plant alive. Now they are told thank you, and goodbye,"
Q direct Ümit Yıldırım :: "If management thinks we will go quietly, it does not know Zwickau."
L city Zwickau
> The IG Metall union called for warning strikes at all of Vorndran's German sites next week. Its district head for Berlin, Brandenburg and Saxony, Jörg Bäuerle, said the union would demand a so-called "future agreement" guaranteeing the remaining jobs in Germany until 2035.
O nonprofit IG Metall
O company Vorndran
L city Berlin
L region Brandenburg
L region Saxony
P full Jörg Bäuerle
Q scare - :: "future agreement"
L country Germany
F date 2035
> "Saxony has been through this before," Bäuerle said, recalling the wave of plant closures across the eastern Länder after reunification in the 1990s. "We will not accept that the east pays for the transformation a second time."
Q direct Jörg Bäuerle :: "Saxony has been through this before,"
L region Saxony
P partial Bäuerle
F date 1990s
Q direct Jörg Bäuerle :: "We will not accept that the east pays for the transformation a second time."
> Saxony's economy minister, Carsten Hübschmann, called the news "a bitter blow for the whole region" and said the state would examine whether aid could save part of the site. He urged the Federal Employment Agency (Bundesagentur für Arbeit, BA) to pay for retraining for workers who lose their jobs.
L region Saxony
P full Carsten Hübschmann
Q direct Carsten Hübschmann :: "a bitter blow for the whole region"
O government Federal Employment Agency
O government Bundesagentur für Arbeit
O government BA
> A spokeswoman for the Federal Ministry for Economic Affairs and Energy in Berlin said the government was in contact with the company and with the state governments in Dresden and Munich.
O government Federal Ministry for Economic Affairs and Energy
L city Berlin
L city Dresden
L city Munich
> Bärbel Schüßler, an analyst at DZ Bank, said the cuts were overdue. "Vorndran still makes about 80 per cent of its sales with parts for the combustion engine. The question is not whether it shrinks in Germany, but how fast," she wrote in a note to clients.
P full Bärbel Schüßler
O company DZ Bank
Q direct Bärbel Schüßler :: "Vorndran still makes about 80 per cent of its sales with parts for the combustion engine. The question is not whether it shrinks in Germany, but how fast,"
O company Vorndran
F percent 80 per cent
L country Germany
> In Steyr, the Upper Austrian town where Steyrtal Guss employs 640 people, the deal was welcomed. Managing director Günther Öhlinger said it would secure the foundry's future and create around 180 jobs by 2032. "For a region like ours, this is a very good day," he told the Austria Press Agency (APA).
L city Steyr
O company Steyrtal Guss
F number 640
P full Günther Öhlinger
F number 180
F date 2032
Q direct Günther Öhlinger :: "For a region like ours, this is a very good day,"
O media Austria Press Agency
O media APA
> The purchase still needs approval from Austria's Federal Competition Authority (BWB).
L country Austria
O government Federal Competition Authority
O government BWB
'''

ARTICLES['155-argentina-scotland-cordoba-test'] = r'''
> Rugby union
> Argentina 27-24 Scotland: Larrañaga try six minutes from time sinks Kerr’s side in Córdoba
O team Argentina
F score 27-24
O team Scotland
P partial Larrañaga
F duration six minutes
P partial Kerr
L city Córdoba
> Scotland led 17-13 at half-time but conceded two tries after the break and lost a man to the sin-bin as the Pumas took the first Test
O team Scotland
F score 17-13
F number two
O team Pumas
> Euan McCallum in Córdoba
P full Euan McCallum
L city Córdoba
> Sun 6 Jul 2031 00.48 BST
F date 6 Jul 2031
F time 00.48 BST
> Argentina’s Joaquín Larrañaga dives over for the winning try at the Estadio Mario Alberto Kempes. Photograph: Sebastián Iturralde/Getty Images
O team Argentina
P full Joaquín Larrañaga
L facility Estadio Mario Alberto Kempes
P full Sebastián Iturralde
O media Getty Images
> Scotland led for most of a bruising first Test at the Estadio Mario Alberto Kempes, but a converted try by the replacement hooker Joaquín Larrañaga six minutes from time gave Argentina a 27-24 win in front of 41,200 in Córdoba on Saturday night.
O team Scotland
L facility Estadio Mario Alberto Kempes
P full Joaquín Larrañaga
F duration six minutes
O team Argentina
F score 27-24
F number 41,200
L city Córdoba
> Alasdair Kerr’s side were 24-20 up with 17 minutes left, after a second try from the Glasgow Warriors wing Ruaridh Macfarlane and a close-range score by the Fiji-born No 8 Isoa Tuvanua. They did not score again.
P full Alasdair Kerr
F score 24-20
F duration 17 minutes
O team Glasgow Warriors
P full Ruaridh Macfarlane
L country Fiji
P full Isoa Tuvanua
> The turning point came in the 68th minute, when the Scotland lock Fraser Imrie was sent to the sin-bin for a deliberate knock-on. The fly-half Tomás Sosa kicked to the corner, the Argentina forwards drove 15 metres from the lineout, and Larrañaga, the 23-year-old who won his first cap only in November, burrowed over by the posts. Sosa’s conversion was his third of the night.
O team Scotland
P full Fraser Imrie
P full Tomás Sosa
O team Argentina
F quantity 15 metres
P partial Larrañaga
F age 23-year-old
P partial Sosa
> “We were not good for 60 minutes, and we were very good for 20,” said Argentina’s head coach, Martín Echegaray. “In Córdoba the people push you. When we were four points down with the extra man, I looked at the stands and I knew.”
Q direct Martín Echegaray :: “We were not good for 60 minutes, and we were very good for 20,”
F duration 60 minutes
F number 20
O team Argentina
P full Martín Echegaray
Q direct Martín Echegaray :: “In Córdoba the people push you. When we were four points down with the extra man, I looked at the stands and I knew.”
L city Córdoba
F number four
> Scotland had started brightly. Sosa opened the scoring with a penalty after four minutes, but Macfarlane finished an 11-phase move in the corner five minutes later, and the Edinburgh full-back Hamish Dunnet – born in Durban and qualified through his Glasgow-born mother – converted and added a penalty for a 10-3 lead.
O team Scotland
P partial Sosa
F duration four minutes
P partial Macfarlane
F number 11
F duration five minutes
O team Edinburgh
P full Hamish Dunnet
L city Durban
L city Glasgow
F score 10-3
> Argentina hit back when the openside Bautista Irigoyen crashed over from a tap penalty on 31 minutes. Macfarlane’s second try, a 60-metre interception, and a Sosa penalty on the stroke of half-time left Scotland 17-13 ahead at the break.
O team Argentina
P full Bautista Irigoyen
F duration 31 minutes
P partial Macfarlane
F quantity 60-metre
P partial Sosa
O team Scotland
F score 17-13
> The wing Facundo Benítez put the Pumas back in front seven minutes into the second half, before Tuvanua’s try, converted by Dunnet, restored Scotland’s lead.
P full Facundo Benítez
O team Pumas
F duration seven minutes
P partial Tuvanua
P partial Dunnet
O team Scotland
> “We had them,” Kerr said. “Twenty-four points away from home against a side like that should be enough. We gave away a soft penalty, we lost a man, and at this level you get punished for that.”
Q direct Alasdair Kerr :: “We had them,”
P partial Kerr
Q direct Alasdair Kerr :: “Twenty-four points away from home against a side like that should be enough. We gave away a soft penalty, we lost a man, and at this level you get punished for that.”
F number Twenty-four
> Imrie, winning his 30th cap, said he had “no complaints” about the card. “I went for the intercept and didn’t get there. It’s on me,” he said.
P partial Imrie
Q direct Fraser Imrie :: “no complaints”
Q direct Fraser Imrie :: “I went for the intercept and didn’t get there. It’s on me,”
> The New Zealand referee, Craig Pennington, had also sent the Argentina prop Lautaro Ferreyra to the bin for 10 minutes in the first half for a high tackle on Dunnet.
L country New Zealand
P full Craig Pennington
O team Argentina
P full Lautaro Ferreyra
F duration 10 minutes
P partial Dunnet
> Argentina’s captain, the Exeter Chiefs lock Gonzalo Ibarra-Paz, said: “Scotland are a very good team, but in the last 15 minutes we were stronger. Now we go to La Plata, and we want two from two.”
O team Argentina
O team Exeter Chiefs
P full Gonzalo Ibarra-Paz
Q direct Gonzalo Ibarra-Paz :: “Scotland are a very good team, but in the last 15 minutes we were stronger. Now we go to La Plata, and we want two from two.”
O team Scotland
F duration 15 minutes
L city La Plata
F number two
F number two
> The win lifts Argentina to sixth in the World Rugby rankings, one place above Scotland. The sides meet again next Saturday at the Estadio Jorge Luis Hirschi in La Plata, before Scotland travel to Montevideo to play Uruguay on 19 July.
O team Argentina
O other World Rugby
F number one
O team Scotland
L facility Estadio Jorge Luis Hirschi
L city La Plata
O team Scotland
L city Montevideo
O team Uruguay
F date 19 July
> Argentina: Tries Irigoyen, Benítez, Larrañaga. Cons Sosa 3. Pens Sosa 2.
O team Argentina
P partial Irigoyen
P partial Benítez
P partial Larrañaga
P partial Sosa
F number 3
P partial Sosa
F number 2
> Scotland: Tries Macfarlane 2, Tuvanua. Cons Dunnet 3. Pen Dunnet.
O team Scotland
P partial Macfarlane
F number 2
P partial Tuvanua
P partial Dunnet
F number 3
P partial Dunnet
> Referee: C Pennington (New Zealand). Attendance: 41,200.
P full C Pennington
L country New Zealand
F number 41,200
'''

ARTICLES['156-banjarnegara-landslide-quarry-permit'] = r'''
> Disaster
> Banjarnegara Landslide Kills 14 as Regent Faces Questions Over Quarry Permit
L region Banjarnegara
F number 14
> Rescuers from Basarnas, the military and the police are still searching for nine residents of Sirongge hamlet after a rain-soaked hillside collapsed onto 23 homes before dawn on Monday
O government Basarnas
F number nine
L city Sirongge
F number 23
> Ardiansyah Putra (The Jakarta Post)
P full Ardiansyah Putra
O media The Jakarta Post
> Banjarnegara, Central Java ● Tue, February 11, 2031
L region Banjarnegara
L region Central Java
F date February 11, 2031
> Rescuers and residents dig through mud and debris in Sirongge hamlet, Lawangsari village, Banjarnegara regency, Central Java, on Feb. 10, 2031. (Antara/Wahyu Pratomo)
L city Sirongge
L city Lawangsari
L region Banjarnegara
L region Central Java
F date Feb. 10, 2031
O media Antara
P full Wahyu Pratomo
> At least 14 people were killed and nine are missing after a landslide buried 23 houses in Sirongge, a hamlet of around 300 residents in Banjarnegara regency, Central Java, before dawn on Monday, the National Disaster Mitigation Agency (BNPB) said.
F number 14
F number nine
F number 23
L city Sirongge
F number 300
L region Banjarnegara
L region Central Java
O government National Disaster Mitigation Agency
O government BNPB
> The slope above the hamlet, in Lawangsari village, Pandanarum district, gave way at around 3:40 a.m. local time after three days of heavy rain, BNPB spokesperson Teguh Haryanto told reporters in Jakarta. Rain gauges in the area recorded 212 millimeters of rain in the 48 hours before the collapse.
L city Lawangsari
L region Pandanarum
F time 3:40 a.m.
F duration three days
O government BNPB
P full Teguh Haryanto
L city Jakarta
F quantity 212 millimeters
F duration 48 hours
> “The soil was already saturated, and the foot of the slope had been cut away. In those conditions it only takes a night of heavy rain,” Teguh said.
Q direct Teguh Haryanto :: “The soil was already saturated, and the foot of the slope had been cut away. In those conditions it only takes a night of heavy rain,”
P partial Teguh
> More than 400 personnel from the National Search and Rescue Agency (Basarnas), the Indonesian Military (TNI), the National Police and local volunteers are searching for the missing with four excavators and sniffer dogs. The search was halted twice on Monday afternoon because of fresh movement on the slope.
F number 400
O government National Search and Rescue Agency
O government Basarnas
O government Indonesian Military
O government TNI
O government National Police
F number four
> Lawangsari village head Sutarno, 58, said most of the victims were farmers who grew potatoes and salak on terraces above the Merawu River. “I heard a sound like a truck, then the lights went out. When I came out with a torch, the houses below the mosque were gone,” he said.
L city Lawangsari
P partial Sutarno
F age 58
L geo Merawu River
Q direct Sutarno :: “I heard a sound like a truck, then the lights went out. When I came out with a torch, the houses below the mosque were gone,”
> Residents and environmental groups have blamed a sand and stone quarry at the foot of the slope, operated by PT Sinar Serayu Abadi, which they say has been cutting into the hillside since 2027.
O company PT Sinar Serayu Abadi
F date 2027
> The Central Java chapter of the Indonesian Forum for the Environment (Walhi) said the regency administration had renewed the company’s permit in 2029 despite a 2019 geological survey that classified the slope as a “high-risk zone” for landslides. “This was not only a natural disaster. It was a permit disaster,” Walhi Central Java director Fajar Nugroho said.
L region Central Java
O nonprofit Indonesian Forum for the Environment
O nonprofit Walhi
F date 2029
F date 2019
Q scare - :: “high-risk zone”
Q direct Fajar Nugroho :: “This was not only a natural disaster. It was a permit disaster,”
O nonprofit Walhi Central Java
P full Fajar Nugroho
> Banjarnegara Regent Hj. Ratna Widyaningsih, who took office in 2030, said the permit had been renewed under her predecessor and that her administration had suspended all quarrying in Pandanarum district pending an investigation by the provincial police.
L region Banjarnegara
P full Ratna Widyaningsih
F date 2030
L region Pandanarum
> “If there was a violation, the company will be held responsible, and so will any official who signed without checking,” Ratna said on Monday evening after visiting the site.
Q direct Ratna Widyaningsih :: “If there was a violation, the company will be held responsible, and so will any official who signed without checking,”
P partial Ratna
> Members of the Central Java Regional Legislative Council (DPRD) said they would summon the regent and the provincial Energy and Mineral Resources Agency next week. Bambang Sutopo, a lawmaker from the Indonesian Democratic Party of Struggle (PDI-P), the largest faction in the council, called the quarry “a time bomb that everyone could see.”
O government Central Java Regional Legislative Council
O government DPRD
O government Energy and Mineral Resources Agency
P full Bambang Sutopo
O party Indonesian Democratic Party of Struggle
O party PDI-P
Q direct Bambang Sutopo :: “a time bomb that everyone could see.”
> The Meteorology, Climatology and Geophysics Agency (BMKG) has forecast heavy to extreme rain across southern Central Java until Feb. 16 and warned of further landslides in 11 regencies, including Banjarnegara, Wonosobo, Purbalingga and Kebumen.
O government Meteorology, Climatology and Geophysics Agency
O government BMKG
L region Central Java
F date Feb. 16
F number 11
L region Banjarnegara
L region Wonosobo
L region Purbalingga
L region Kebumen
> PT Sinar Serayu Abadi did not respond to requests for comment. A lawyer for the company, who asked not to be named, told Kompas daily that its permit was “fully valid” and that its excavation had stayed at least 150 meters from the nearest house.
O company PT Sinar Serayu Abadi
O media Kompas
Q direct - :: “fully valid”
F quantity 150 meters
> About 1,150 residents of six nearby hamlets have been moved to tents and a school in Pandanarum, and the regency has declared a 14-day emergency response period. The Social Affairs Ministry has sent Rp 1.2 billion (US$74,000) in aid and 15 tonnes of rice.
F number 1,150
F number six
L region Pandanarum
F duration 14-day
O government Social Affairs Ministry
F money Rp 1.2 billion
F money US$74,000
F quantity 15 tonnes
> Banjarnegara is among Indonesia’s most landslide-prone regencies. In December 2014, a landslide in Jemblung hamlet in neighboring Karangkobar district killed about 100 people.
L region Banjarnegara
L country Indonesia
F date December 2014
L city Jemblung
L region Karangkobar
F number 100
> At an evacuation tent on Monday night, Siti Rohmah, 34, whose mother is among the missing, said residents had raised the cracks in the hill at a village meeting in November. “Pak Darmo stood up and said the hill was moving. Everybody heard him,” she said. “Nobody came to check.”
P full Siti Rohmah
F age 34
Q direct Siti Rohmah :: “Pak Darmo stood up and said the hill was moving. Everybody heard him,”
P partial Darmo
Q direct Siti Rohmah :: “Nobody came to check.”
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
