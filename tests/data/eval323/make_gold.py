#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval323 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval323/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1981-murray-darling-drought-relief-package-griffith-riverina-sbs-news'] = r'''
> Australia
> 'We're watering dust': Murray–Darling farmers offered $840 million drought package
Q direct Teresa Basile :: 'We're watering dust'
L region Murray–Darling
F money $840 million
> The federal government will spend $840 million on loans, fodder and counselling as southern basin storages fall to their lowest level since 2036, but irrigators around Griffith say it will not buy a drop of water
F money $840 million
F date 2036
L city Griffith
> By Harriet Nankervis
P full Harriet Nankervis
> Published 18 February 2042 5:40am
F date 18 February 2042
F time 5:40am
> Source: SBS News
O media SBS News
> Citrus grower Teresa Basile on a dry block of her farm at Hanwood, south of Griffith. Source: AAP / Dean Mawhinney
P full Teresa Basile
L city Hanwood
L city Griffith
O media AAP
P full Dean Mawhinney
> Drought-hit farmers in the Murray–Darling Basin will be offered concessional loans of up to $2.5 million and grants of $75,000 under an $840 million package announced by federal Agriculture Minister Bronwyn Tallis on Monday.
L region Murray–Darling Basin
F money $2.5 million
F money $75,000
F money $840 million
P full Bronwyn Tallis
> Ms Tallis said the package would reach about 6,200 farm businesses in NSW, Victoria, South Australia and southern Queensland. It includes $310 million in 10-year loans through the Regional Investment Corporation (RIC), $190 million for fodder and water cartage and $45 million for rural financial counselling.
P partial Tallis
F number 6,200
L region NSW
L region Victoria
L region South Australia
L region Queensland
F money $310 million
F duration 10-year
O government Regional Investment Corporation
O government RIC
F money $190 million
F money $45 million
> "Nobody in Canberra can make it rain, but we can make sure one bad season doesn't cost a family the farm," Ms Tallis told reporters at Parliament House. "The first grants will be paid by 1 April."
Q direct Bronwyn Tallis :: "Nobody in Canberra can make it rain, but we can make sure one bad season doesn't cost a family the farm,"
Q direct Bronwyn Tallis :: "The first grants will be paid by 1 April."
L city Canberra
F number one
P partial Tallis
L facility Parliament House
F date 1 April
> Storages in the southern basin held 31 per cent of capacity last week, according to the Murray–Darling Basin Authority (MDBA), down from 58 per cent a year earlier. Burrinjuck Dam, which feeds the Murrumbidgee, was holding 214 gigalitres, about a fifth of what it can store.
F percent 31 per cent
O government Murray–Darling Basin Authority
O government MDBA
F percent 58 per cent
L facility Burrinjuck Dam
L geo Murrumbidgee
F quantity 214 gigalitres
F fraction a fifth
> In the Murrumbidgee Irrigation Area, general security licence holders have been allocated 4 per cent of their entitlement this season, and water on the temporary market is trading above $900 a megalitre. Many growers now call their licences "paper water".
L region Murrumbidgee Irrigation Area
F percent 4 per cent
F money $900
Q scare - :: "paper water"
> Teresa Basile, 58, grows citrus and wine grapes on 160 hectares at Hanwood. She has pulled out 22 hectares of oranges since Christmas and is buying water to keep the rest alive.
P full Teresa Basile
F age 58
F quantity 160 hectares
L city Hanwood
F quantity 22 hectares
> "A loan is just more debt. We're watering dust out here, and Canberra is offering us a bigger overdraft," she said. "My father planted half of these trees. I'm not going to be the one who bulldozes them."
Q direct Teresa Basile :: "A loan is just more debt. We're watering dust out here, and Canberra is offering us a bigger overdraft,"
Q direct Teresa Basile :: "My father planted half of these trees. I'm not going to be the one who bulldozes them."
L city Canberra
F fraction half
> The NSW Farmers' Association welcomed the loans as "a good start" but said in a statement that the package did little for irrigators whose problem was "water, not credit".
O nonprofit NSW Farmers' Association
Q direct NSW Farmers' Association :: "a good start"
Q direct NSW Farmers' Association :: "water, not credit"
> "Farmers in the Riverina have been told for three years that 'next season' will fix things. It hasn't," NSW Farmers said, calling on the Commonwealth to pause environmental water purchases in the Murrumbidgee until storages recover.
Q direct NSW Farmers' Association :: "Farmers in the Riverina have been told for three years that 'next season' will fix things. It hasn't,"
L region Riverina
F duration three years
O nonprofit NSW Farmers
O government Commonwealth
L geo Murrumbidgee
> Dr Anjali Mehra-Quinn, a hydrologist at Charles Sturt University in Wagga Wagga, said inflows to the southern basin over the past two years were 38 per cent below the long-term average.
P full Anjali Mehra-Quinn
O education Charles Sturt University
L city Wagga Wagga
F duration two years
F percent 38 per cent
> "We've had dry years before, but not two like this back to back," Dr Mehra-Quinn said. "A loan buys time. It doesn't buy rain, and it doesn't buy water."
Q direct Anjali Mehra-Quinn :: "We've had dry years before, but not two like this back to back,"
Q direct Anjali Mehra-Quinn :: "A loan buys time. It doesn't buy rain, and it doesn't buy water."
F number two
P partial Mehra-Quinn
> A spokesperson for Ms Tallis said the package would be "reviewed in September" and could be extended to the northern basin if storages there fell below 20 per cent.
P partial Tallis
Q direct - :: "reviewed in September"
F percent 20 per cent
> The Bureau of Meteorology's latest outlook gives the southern basin a 35 per cent chance of above-average rainfall before June.
O government Bureau of Meteorology
F percent 35 per cent
'''

ARTICLES['1982-senate-energy-committee-transmission-bill-14-12-vote-washington-post'] = r'''
> Politics
> Senate panel advances $24 billion power-line bill in 14-12 vote
O government Senate
F money $24 billion
F number 14-12
> The measure would let federal regulators overrule states on interstate transmission lines, setting up a floor fight that could split both parties
> By Cormac Delahunt-Reyes
P full Cormac Delahunt-Reyes
> March 13, 2042 at 6:14 p.m. EDT
F date March 13, 2042
F time 6:14 p.m. EDT
> Sen. Marguerite Ashworth-Kelly (D-Mass.), left, talks with committee staff before Thursday’s vote in the Dirksen Senate Office Building. (Tobias Wren/The Washington Post)
P full Marguerite Ashworth-Kelly
L region Mass.
L facility Dirksen Senate Office Building
P full Tobias Wren
O media The Washington Post
> The Senate Energy and Natural Resources Committee voted 14-12 on Thursday to advance a $24 billion bill that would give the Federal Energy Regulatory Commission the final say over where high-voltage power lines cross state borders, the biggest change to grid permitting in a generation.
O government Senate Energy and Natural Resources Committee
F number 14-12
F money $24 billion
O government Federal Energy Regulatory Commission
> Two Republicans joined all 12 Democrats on the panel in support, a margin that aides in both parties said would be hard to repeat on the Senate floor, where the bill needs 60 votes to overcome a filibuster.
F number Two
F number 12
O government Senate
F number 60
> “This is the bill that decides whether the wind we build off Massachusetts ever reaches a home in Ohio,” said Sen. Marguerite Ashworth-Kelly (D-Mass.), its lead sponsor. “We cannot keep waiting 12 years for a permit.”
Q direct Marguerite Ashworth-Kelly :: “This is the bill that decides whether the wind we build off Massachusetts ever reaches a home in Ohio,”
Q direct Marguerite Ashworth-Kelly :: “We cannot keep waiting 12 years for a permit.”
L region Massachusetts
L region Ohio
P full Marguerite Ashworth-Kelly
L region Mass.
F duration 12 years
> The bill would offer $24 billion in federal loan guarantees over 10 years to utilities that build new lines, which she said could add about 9,000 miles of high-voltage wire, roughly a third of what grid planners say the country needs.
F money $24 billion
F duration 10 years
F quantity 9,000 miles
F fraction a third
> Sen. Royce Tindall (R-Tex.), the committee’s top Republican, called the bill “a federal land grab dressed up as climate policy” and said it would let Washington “run a wire across a man’s ranch without so much as a phone call.”
P full Royce Tindall
L region Tex.
Q direct Royce Tindall :: “a federal land grab dressed up as climate policy”
L city Washington
Q direct Royce Tindall :: “run a wire across a man’s ranch without so much as a phone call.”
> Texas runs most of its own grid through the Electric Reliability Council of Texas, or ERCOT, and Tindall warned that the bill’s so-called “backstop” siting power could be used to pull the state into the national system. “They say ‘voluntary’ today,” he said. “Read Section 4. It won’t be voluntary in five years.”
L region Texas
O other Electric Reliability Council of Texas
O other ERCOT
P partial Tindall
Q scare - :: “backstop”
Q direct Royce Tindall :: “They say ‘voluntary’ today,”
Q direct Royce Tindall :: “Read Section 4. It won’t be voluntary in five years.”
F duration five years
> Earlier, an amendment from Tindall that would have let any state opt out of the new siting rules failed on a 13-13 tie.
P partial Tindall
F number 13-13
> White House spokesperson Dana Obuya-Marsh said in a statement that the administration “strongly supports” the bill and urged Senate leaders to “bring it to the floor before the August recess.”
O government White House
P full Dana Obuya-Marsh
Q direct Dana Obuya-Marsh :: “strongly supports”
O government Senate
Q direct Dana Obuya-Marsh :: “bring it to the floor before the August recess.”
> Not everyone in the power business is on board. Phil Garrity-Sloan, a lobbyist for the Southwest Public Power Alliance, which represents 41 municipal utilities in Texas, Oklahoma and New Mexico, said his members had spent “more than $1.2 billion” on lines the bill would let larger utilities bypass.
P full Phil Garrity-Sloan
O nonprofit Southwest Public Power Alliance
F number 41
L region Texas
L region Oklahoma
L region New Mexico
Q direct Phil Garrity-Sloan :: “more than $1.2 billion”
F money $1.2 billion
> “Our customers paid for those lines,” Garrity-Sloan said. “Now the big guys want the federal government to hand them the keys.”
Q direct Phil Garrity-Sloan :: “Our customers paid for those lines,”
Q direct Phil Garrity-Sloan :: “Now the big guys want the federal government to hand them the keys.”
P partial Garrity-Sloan
> A committee aide, who spoke on the condition of anonymity to describe private talks, said at least four Republicans outside the committee had asked for changes to the bill’s eminent domain section and that Ashworth-Kelly was “open to a deal, but not to gutting it.”
F number four
P partial Ashworth-Kelly
Q direct - :: “open to a deal, but not to gutting it.”
> The full Senate is not expected to take up the bill before June. A similar measure passed the House 221-209 in November 2041 but died without a Senate vote.
O government Senate
O government House
F number 221-209
F date November 2041
O government Senate
'''

ARTICLES['1983-islay-ballygrant-distillery-expansion-48m-jobs-herald-scotland'] = r'''
> News
> Islay distillery to double output in £48m expansion creating 32 jobs
L geo Islay
F money £48m
F number 32
> Ballygrant Distillery will add two stills, a cooperage and a third warehouse, but islanders warn the ferry and roads are already stretched
O company Ballygrant Distillery
F number two
> By Fiona Laidlaw-Grant
P full Fiona Laidlaw-Grant
> Business Correspondent
> Published: 19th February 2042
F date 19th February 2042
> Stills at the Ballygrant distillery, which opened in 2037. Image: Torquil Baillie-Munro/Newsquest
L city Ballygrant
F date 2037
P full Torquil Baillie-Munro
O media Newsquest
> AN Islay distillery is to more than double its output in a £48 million expansion that its owners say will create 32 jobs on the island.
L geo Islay
F money £48 million
F number 32
> Ballygrant Distillery Ltd, which sits in the village of Ballygrant between Bowmore and Port Askaig, has won planning consent from Argyll and Bute Council for two new stills, eight washbacks and a third bonded warehouse able to hold 40,000 casks.
O company Ballygrant Distillery Ltd
L city Ballygrant
L city Bowmore
L city Port Askaig
O government Argyll and Bute Council
F number two
F number eight
F number 40,000
> Production will rise from 2.4 million litres of alcohol a year to 5.5 million litres, making it one of the largest of the island’s 11 distilleries.
F quantity 2.4 million litres
F quantity 5.5 million litres
F number 11
> Managing director Catriona MacSporran said the £48m project, backed by a £6.5m loan from the Scottish National Investment Bank, would “secure whisky-making on this end of Islay for a generation”.
P full Catriona MacSporran
F money £48m
F money £6.5m
O government Scottish National Investment Bank
Q direct Catriona MacSporran :: “secure whisky-making on this end of Islay for a generation”
L geo Islay
> “We have people on our waiting list who left Islay because there was nothing for them here,” she said. “Twenty of the 32 posts will be in production, and we will train every one of them on the island.”
Q direct Catriona MacSporran :: “We have people on our waiting list who left Islay because there was nothing for them here,”
Q direct Catriona MacSporran :: “Twenty of the 32 posts will be in production, and we will train every one of them on the island.”
L geo Islay
F number Twenty
F number 32
> The plans include the first cooperage on Islay in decades. Cooper Donnie McEachern, 52, who spends three weeks in every four at a cooperage in Alloa, said he had waited 30 years to work at home.
L geo Islay
P full Donnie McEachern
F age 52
F duration three weeks
F number four
L city Alloa
F duration 30 years
> “My father used to say, ‘Islay makes the whisky and Glasgow makes the money.’ Maybe that changes now,” he said. “A hogshead is 250 litres of oak and a lot of patience.”
Q direct Donnie McEachern :: “My father used to say, ‘Islay makes the whisky and Glasgow makes the money.’ Maybe that changes now,”
Q direct Donnie McEachern :: “A hogshead is 250 litres of oak and a lot of patience.”
L geo Islay
L city Glasgow
F quantity 250 litres
> About 2 per cent of the spirit in each cask evaporates every year, the so-called “angels’ share”, which Ms MacSporran described as “the island’s oldest tax”.
F percent 2 per cent
Q scare - :: “angels’ share”
P partial MacSporran
Q direct Catriona MacSporran :: “the island’s oldest tax”
> But Councillor Ishbel Darroch, who represents Kintyre and the Islands on Argyll and Bute Council, said single-track roads and the CalMac ferry from Kennacraig could not cope with more lorries.
P full Ishbel Darroch
L region Kintyre and the Islands
O government Argyll and Bute Council
O company CalMac
L city Kennacraig
> “Every new warehouse means another 40 lorries a week on the A846,” she said. “Nobody here is against jobs. We are against being told the ferry is somebody else’s problem.”
Q direct Ishbel Darroch :: “Every new warehouse means another 40 lorries a week on the A846,”
Q direct Ishbel Darroch :: “Nobody here is against jobs. We are against being told the ferry is somebody else’s problem.”
F number 40
L street A846
> The Scotch Whisky Association (SWA) said in a statement that Scotch exports were worth £6.1 billion in 2041 and that Islay distilleries “depend on reliable transport links as much as on peat and water”.
O nonprofit Scotch Whisky Association
O nonprofit SWA
F money £6.1 billion
F date 2041
L geo Islay
Q direct Scotch Whisky Association :: “depend on reliable transport links as much as on peat and water”
> The SWA added that the industry had been “in regular contact with Transport Scotland” about freight capacity on Islay routes.
O nonprofit SWA
Q direct Scotch Whisky Association :: “in regular contact with Transport Scotland”
O government Transport Scotland
L geo Islay
> Islay’s distilleries already employ about 450 people, according to Highlands and Islands Enterprise (HIE), which is putting a £1.2m grant towards the new cooperage.
L geo Islay
F number 450
O government Highlands and Islands Enterprise
O government HIE
F money £1.2m
> Construction is due to start in May 2042 and to finish by late 2043.
F date May 2042
F date 2043
'''

ARTICLES['1984-nuevo-leon-cienega-de-flores-heat-pump-plant-nearshoring-mexico-news-daily'] = r'''
> Business
> Nuevo León lands US$620 million heat-pump plant as nearshoring wave rolls on
L region Nuevo León
F money US$620 million
> Governor Treviño says the Ciénega de Flores factory will create 2,400 jobs, but the union wants a say on wages
P partial Treviño
L city Ciénega de Flores
F number 2,400
> Published on Wednesday, March 5, 2042
F date March 5, 2042
> By Daniela Orozco Lugo
P full Daniela Orozco Lugo
> Workers at an industrial park in Ciénega de Flores, north of Monterrey. (Arturo Peñaloza/Cuartoscuro)
L city Ciénega de Flores
L city Monterrey
P full Arturo Peñaloza
O media Cuartoscuro
> A Texas manufacturer of heat pumps and air-conditioning equipment will build a US$620 million plant in Ciénega de Flores, Nuevo León, creating about 2,400 direct jobs, Governor Rodrigo Treviño Salazar announced on Tuesday.
L region Texas
F money US$620 million
L city Ciénega de Flores
L region Nuevo León
F number 2,400
P full Rodrigo Treviño Salazar
> Tarrant Climate Systems, based in Fort Worth, will invest about 11.2 billion pesos in a first phase: a 180,000-square-meter factory in the Vía Norte industrial park, due to start production in the second half of 2043.
O company Tarrant Climate Systems
L city Fort Worth
F money 11.2 billion pesos
F quantity 180,000-square-meter
L facility Vía Norte
F date 2043
> “Nuevo León is no longer competing with Guadalajara or Querétaro. We are competing with Vietnam and South Carolina,” Treviño said at the Government Palace in Monterrey. “And today we won.”
Q direct Rodrigo Treviño Salazar :: “Nuevo León is no longer competing with Guadalajara or Querétaro. We are competing with Vietnam and South Carolina,”
Q direct Rodrigo Treviño Salazar :: “And today we won.”
L region Nuevo León
L city Guadalajara
L region Querétaro
L country Vietnam
L region South Carolina
P partial Treviño
L facility Government Palace
L city Monterrey
> In a statement, the federal Economy Ministry (SE) said the plant was one of 38 projects announced in Nuevo León since January 2041 as part of the trend known as “nearshoring,” the relocation of factories from Asia to be closer to the US market. Together they are worth US$14.7 billion.
O government Economy Ministry
O government SE
F number 38
L region Nuevo León
F date January 2041
Q scare - :: “nearshoring,”
L continent Asia
L country US
F money US$14.7 billion
> The ministry said Tarrant had committed to buying 40% of its components from Mexican suppliers within three years and that the plant would “strengthen the integration of North American supply chains under the USMCA.”
O company Tarrant
F percent 40%
F duration three years
Q direct Economy Ministry :: “strengthen the integration of North American supply chains under the USMCA.”
> Nuevo León drew US$3.9 billion in foreign direct investment in 2041, about 11% of the national total, according to Economy Ministry figures.
L region Nuevo León
F money US$3.9 billion
F date 2041
F percent 11%
O government Economy Ministry
> Leticia Garza Montemayor, who leads the Nuevo León federation of the Confederation of Mexican Workers (CTM), said the union would seek to represent the plant’s workers and push for starting pay above 520 pesos a day.
P full Leticia Garza Montemayor
L region Nuevo León
O nonprofit Confederation of Mexican Workers
O nonprofit CTM
F money 520 pesos
> “Every governor says ‘jobs, jobs, jobs,’ but nobody says what they pay,” Garza said. “A welder in Texas earns in one hour what a welder in Apodaca earns in a day.”
Q direct Leticia Garza Montemayor :: “Every governor says ‘jobs, jobs, jobs,’ but nobody says what they pay,”
Q direct Leticia Garza Montemayor :: “A welder in Texas earns in one hour what a welder in Apodaca earns in a day.”
P partial Garza
L region Texas
F duration one hour
L city Apodaca
> Jesús Alberto Cantú Leal, 34, a welder from Monterrey’s Independencia neighborhood, has already applied. He earns about 3,900 pesos a week at a metal shop in Guadalupe and spends two hours a day on buses.
P full Jesús Alberto Cantú Leal
F age 34
L city Monterrey
L city Independencia
F money 3,900 pesos
L city Guadalupe
F duration two hours
> “If they pay what they promise, I’ll go tomorrow. My cousin went to a plant in Santa Catarina two years ago and now he has Infonavit credit and a pension.
Q direct Jesús Alberto Cantú Leal :: “If they pay what they promise, I’ll go tomorrow. My cousin went to a plant in Santa Catarina two years ago and now he has Infonavit credit and a pension.
L city Santa Catarina
F duration two years
O government Infonavit
> “But Ciénega de Flores is 90 minutes from my house each way. If the company doesn’t send a bus, it’s not a job, it’s a trap,” he said.
Q direct Jesús Alberto Cantú Leal :: “But Ciénega de Flores is 90 minutes from my house each way. If the company doesn’t send a bus, it’s not a job, it’s a trap,”
L city Ciénega de Flores
F duration 90 minutes
> Tarrant said it would run shuttle buses from Monterrey and Apodaca and hire about 60% of its staff from the state’s technical schools, including the Universidad Tecnológica General Mariano Escobedo.
O company Tarrant
L city Monterrey
L city Apodaca
F percent 60%
O education Universidad Tecnológica General Mariano Escobedo
> A second phase of 95,000 square meters is planned for 2044, the company said, which would add 900 more jobs.
F quantity 95,000 square meters
F date 2044
F number 900
'''

ARTICLES['1985-grand-national-aintree-bannow-strand-quill-ni-dhonnabhain-sporting-life'] = r'''
> Grand National
> 'He just grew another leg': 33-1 Bannow Strand lands Grand National for Quill
Q direct Darragh Quill :: 'He just grew another leg'
F number 33-1
P partial Quill
> Darragh Quill wins on his first ride in the race as Siobhán Ní Dhonnabháin's 10-year-old beats Cormorant Bay by nine lengths; 9-2 favourite Major Dalgarno falls at Becher's Brook
P full Darragh Quill
P full Siobhán Ní Dhonnabháin
F duration 10-year-old
F quantity nine lengths
F number 9-2
L facility Becher's Brook
> By Ruth Abernethy-Cole
P full Ruth Abernethy-Cole
> Last Updated: 12/04/42 6:48pm
F date 12/04/42
F time 6:48pm
> Darragh Quill punches the air after the line on Bannow Strand at Aintree. Photo: Maeve Lonergan/PA
P full Darragh Quill
L facility Aintree
P full Maeve Lonergan
O media PA
> Bannow Strand, a 33-1 shot trained in County Meath by Siobhán Ní Dhonnabháin, won the Grand National at Aintree by nine lengths on Saturday, giving 24-year-old Darragh Quill victory on his first ride in the race.
F number 33-1
L region County Meath
P full Siobhán Ní Dhonnabháin
L facility Aintree
F quantity nine lengths
F age 24-year-old
P full Darragh Quill
> The 10-year-old, carrying 10st 6lb, jumped all 30 fences without a serious error and came clear after the last to beat Cormorant Bay (14-1), trained in Lambourn by Giles Fenwick-Hart, with Wexford Belle (20-1) four lengths back in third.
F duration 10-year-old
F quantity 10st
F quantity 6lb
F number 30
F number 14-1
L city Lambourn
P full Giles Fenwick-Hart
F number 20-1
F quantity four lengths
> Only 14 of the 34 runners completed the 4m2½f trip, in 9min 11.2sec on ground officially described as "good to soft".
F number 14
F number 34
F quantity 4m2½f
F duration 9min
F duration 11.2sec
Q scare - :: "good to soft"
> "At the Canal Turn I thought we'd have to settle for a place, and then he just grew another leg," said Quill. "Siobhán told me to sit and wait until the Elbow. I didn't wait that long."
Q direct Darragh Quill :: "At the Canal Turn I thought we'd have to settle for a place, and then he just grew another leg,"
Q direct Darragh Quill :: "Siobhán told me to sit and wait until the Elbow. I didn't wait that long."
L facility Canal Turn
P partial Quill
P partial Siobhán
L facility Elbow
> Ní Dhonnabháin, 61, who trains 22 horses near Navan, was saddling her eighth runner in the race. "I've stood by the Chair with my heart in my mouth so many times," she said. "My father had a runner here in 2036 and it fell at the first. He told me, 'Never come back to Aintree unless you can win it.' So we kept coming back.
P partial Ní Dhonnabháin
F age 61
F number 22
L city Navan
Q direct Siobhán Ní Dhonnabháin :: "I've stood by the Chair with my heart in my mouth so many times,"
Q direct Siobhán Ní Dhonnabháin :: "My father had a runner here in 2036 and it fell at the first. He told me, 'Never come back to Aintree unless you can win it.' So we kept coming back.
L facility Chair
F date 2036
L facility Aintree
> "This is for him, and for everyone in Navan who had a few euro on at 33-1."
Q direct Siobhán Ní Dhonnabháin :: "This is for him, and for everyone in Navan who had a few euro on at 33-1."
L city Navan
F number 33-1
> Major Dalgarno, the 9-2 favourite, was travelling well under Ellis Tranter when he fell at Becher's Brook on the second circuit. Tranter walked away unhurt, and the British Horseracing Authority (BHA) said the horse had been "assessed by the veterinary team and walked back to the stables."
F number 9-2
P full Ellis Tranter
L facility Becher's Brook
P partial Tranter
O other British Horseracing Authority
O other BHA
Q direct British Horseracing Authority :: "assessed by the veterinary team and walked back to the stables."
> "He ran the race of his life and just bumped into one better," said Fenwick-Hart, whose Cormorant Bay was second for the second year running.
Q direct Giles Fenwick-Hart :: "He ran the race of his life and just bumped into one better,"
P partial Fenwick-Hart
> Quill, from Bunclody in County Wexford, turned professional only in 2040 and had ridden 41 winners this season. He picked up the ride 11 days ago, when the stable's first jockey broke a collarbone at Cheltenham.
P partial Quill
L city Bunclody
L region County Wexford
F date 2040
F number 41
F duration 11 days
L facility Cheltenham
> The win is worth £560,000 of the race's £1.1 million prize fund to the Bannow Syndicate, a group of 12 friends from County Wexford who paid €18,000 for the gelding as a four-year-old.
F money £560,000
F money £1.1 million
O other Bannow Syndicate
F number 12
L region County Wexford
F money €18,000
F duration four-year-old
> Bookmaker Coral said the result was "not a disaster" for the industry, with Bannow Strand backed from 50-1 in the morning.
O company Coral
Q direct Coral :: "not a disaster"
F number 50-1
> Grand National result
> 1st Bannow Strand 33-1 (Darragh Quill)
F number 33-1
P full Darragh Quill
> 2nd Cormorant Bay 14-1 (Ben Oakhurst)
F number 14-1
P full Ben Oakhurst
> 3rd Wexford Belle 20-1 (Aoife Brannigan)
F number 20-1
P full Aoife Brannigan
> 34 ran. Distances: 9l, 4l. Winner trained by Siobhán Ní Dhonnabháin.
F number 34
F quantity 9l
F quantity 4l
P full Siobhán Ní Dhonnabháin
'''

ARTICLES['1986-giizhik-bay-first-nation-boil-water-advisory-lifted-aptn-news'] = r'''
> National News
> ‘Nibi is life’: Giizhik Bay First Nation lifts boil-water advisory after 2,290 days
Q direct Isaiah Keeshig :: ‘Nibi is life’
O government Giizhik Bay First Nation
F duration 2,290 days
> A new $41.3 million treatment plant means people in the Ojibwe community north of Sioux Lookout can drink from the tap for the first time in more than six years
F money $41.3 million
L city Sioux Lookout
F duration six years
> Darian Whiteduck
P full Darian Whiteduck
> APTN News
O media APTN News
> Apr 17, 2042
F date Apr 17, 2042
> Chief Loretta Wabano fills a glass at the new water plant in Giizhik Bay. Photo: Darian Whiteduck/APTN
P full Loretta Wabano
L city Giizhik Bay
P full Darian Whiteduck
O media APTN
> For the first time in more than six years, the tap water in Giizhik Bay First Nation is safe to drink.
F duration six years
O government Giizhik Bay First Nation
> Indigenous Services Canada (ISC) lifted the community’s boil-water advisory on Tuesday, 2,290 days after it was issued in January 2036, once a new $41.3 million treatment plant passed 60 days of testing.
O government Indigenous Services Canada
O government ISC
F duration 2,290 days
F date January 2036
F money $41.3 million
F duration 60 days
> “I have grandchildren who have never had a bath without a warning taped above the tub,” Chief Loretta Wabano said in an interview. “We hauled water for six years. We boiled it, we bought it, we carried it home in 20-litre jugs on our sleds.
Q direct Loretta Wabano :: “I have grandchildren who have never had a bath without a warning taped above the tub,”
Q direct Loretta Wabano :: “We hauled water for six years. We boiled it, we bought it, we carried it home in 20-litre jugs on our sleds.
P full Loretta Wabano
F duration six years
F quantity 20-litre
> “Today my granddaughter drank from the tap and asked me if she was allowed. That is what six years does to a child.”
Q direct Loretta Wabano :: “Today my granddaughter drank from the tap and asked me if she was allowed. That is what six years does to a child.”
F duration six years
> The community of about 900 people is roughly 470 kilometres north of Thunder Bay and is reached by plane most of the year, or by winter road in February and March. Until this week, families made a daily “water run” to a filling station beside the band office.
F number 900
F quantity 470 kilometres
L city Thunder Bay
Q scare - :: “water run”
> In a statement, ISC said the plant can treat 450,000 litres a day and was designed “to serve the community’s projected population for the next 25 years.” The department said it would fund operator training and monitoring through the Keewaytinook Okimakanak tribal council.
O government ISC
F quantity 450,000 litres
Q direct Indigenous Services Canada :: “to serve the community’s projected population for the next 25 years.”
F duration 25 years
O government Keewaytinook Okimakanak
> It said 31 long-term drinking water advisories remain in effect on reserves across Canada, and that it was “committed to lifting every one of them.”
F number 31
L country Canada
Q direct Indigenous Services Canada :: “committed to lifting every one of them.”
> Nolan Wassaykeesic, 27, is one of two certified operators at the plant. He trained for 14 months, including six weeks at the treatment plant in Sioux Lookout.
P full Nolan Wassaykeesic
F age 27
F number two
F duration 14 months
F duration six weeks
L city Sioux Lookout
> “People still stop me at the Northern store and ask, ‘Is it really OK?’ I tell them I drink it every day,” he said. “I test the chlorine every four hours. If something goes wrong at 3 a.m., it’s my phone that rings, not somebody’s in Ottawa.”
Q direct Nolan Wassaykeesic :: “People still stop me at the Northern store and ask, ‘Is it really OK?’ I tell them I drink it every day,”
Q direct Nolan Wassaykeesic :: “I test the chlorine every four hours. If something goes wrong at 3 a.m., it’s my phone that rings, not somebody’s in Ottawa.”
O company Northern
F duration four hours
F time 3 a.m.
L city Ottawa
> Elder Isaiah Keeshig, 81, remembers drinking straight from the lake as a boy. On Wednesday morning he led a water ceremony on the shore beside the new plant.
P full Isaiah Keeshig
F age 81
> “Nibi is life. The water was here before the plant and it will be here after,” Keeshig said in Anishinaabemowin, as his granddaughter translated. “We have to look after it so it can look after us.”
Q direct Isaiah Keeshig :: “Nibi is life. The water was here before the plant and it will be here after,”
Q direct Isaiah Keeshig :: “We have to look after it so it can look after us.”
P partial Keeshig
> Wabano said the First Nation will hold a community feast on May 2 and has invited ISC officials, the contractors and the operators’ families.
P partial Wabano
F date May 2
O government ISC
> With files from The Canadian Press
O media The Canadian Press
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
