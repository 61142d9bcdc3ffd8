#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval180 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval180/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1123-orkney-inter-isles-ferries-cost-rise-westray-sanday-scotsman'] = r'''
> Transport
> Orkney ferries: North Isles ‘running out of patience’ as new boats slip to 2043
L region Orkney
L region North Isles
Q direct Freya Rendall :: ‘running out of patience’
F date 2043
> Orkney Islands Council says the cost of replacing its inter-island fleet has climbed by a third to £248m
O government Orkney Islands Council
F fraction a third
F money £248m
> By Catriona Flett
P full Catriona Flett
> Published 15th Nov 2040, 17:05 GMT
F date 15th Nov 2040
F time 17:05 GMT
> The MV Earl Thorfinn arrives at Kirkwall pier from Westray. Picture: Magnus Isbister
L city Kirkwall
L geo Westray
P full Magnus Isbister
> THE first of eight new ferries for Orkney’s inter-island routes will not sail before spring 2043, five years later than promised, after the cost of the programme rose by 33 per cent to £248m.
F number eight
L region Orkney
F date 2043
F duration five years
F percent 33 per cent
F money £248m
> Orkney Islands Council (OIC) confirmed on Thursday that its preferred bidder, the Port Glasgow yard of Clyde & Forth Shipbuilders, had asked for a further £61.5m and an extra 18 months to build the first two vessels, which are due to serve Westray, Papa Westray and Sanday.
O government Orkney Islands Council
O government OIC
L city Port Glasgow
O company Clyde & Forth Shipbuilders
F money £61.5m
F duration 18 months
F number two
L geo Westray
L geo Papa Westray
L geo Sanday
> “We were told 2038. Then we were told 2041. Now it is 2043, and nobody on Westray believes that either,” said Freya Rendall, who chairs Westray Community Council. “Folk here are running out of patience.
Q direct Freya Rendall :: “We were told 2038. Then we were told 2041. Now it is 2043, and nobody on Westray believes that either,”
Q direct Freya Rendall :: “Folk here are running out of patience.
F date 2038
F date 2041
F date 2043
L geo Westray
P full Freya Rendall
O government Westray Community Council
> “Our boat, the Earl Thorfinn, was built in 1990. Every winter we hear the words ‘end of life’ from the council, and every winter she sails. When she breaks down, the school bus, the vet and the mail all stop.”
Q direct Freya Rendall :: “Our boat, the Earl Thorfinn, was built in 1990. Every winter we hear the words ‘end of life’ from the council, and every winter she sails. When she breaks down, the school bus, the vet and the mail all stop.”
F date 1990
> The council’s development and infrastructure committee heard that the cost of the eight vessels and the pier works they need at Kirkwall, Rapness and Loth had risen from £186m in 2038 to £248m. Officers said 70 per cent of the increase was down to steel and battery prices.
F number eight
L city Kirkwall
L city Rapness
L city Loth
F money £186m
F date 2038
F money £248m
F percent 70 per cent
> The Scottish Government has pledged to meet 80 per cent of the capital cost under a funding deal signed in March 2039. A Transport Scotland spokeswoman said ministers remained “fully committed” to the programme, but any further rise would have to be “shared fairly” with the council.
O government Scottish Government
F percent 80 per cent
F date March 2039
O government Transport Scotland
Q direct - :: “fully committed”
Q direct - :: “shared fairly”
> Orkney MSP Ewan Harcus-Linklater said islanders had been “let down by every layer of government”. He has lodged a question at Holyrood asking why a yard 250 miles away was preferred to bids from Norway and Turkey.
L region Orkney
P full Ewan Harcus-Linklater
Q direct Ewan Harcus-Linklater :: “let down by every layer of government”
O government Holyrood
F quantity 250 miles
L country Norway
L country Turkey
> “The islands need boats, not another consultants’ report. Sanday and Stronsay were promised these ferries by 2038, and they are still waiting,” Mr Harcus-Linklater said.
Q direct Ewan Harcus-Linklater :: “The islands need boats, not another consultants’ report. Sanday and Stronsay were promised these ferries by 2038, and they are still waiting,”
L geo Sanday
L geo Stronsay
F date 2038
P partial Harcus-Linklater
> Council leader Ingrid Sæter Drever said there was “no realistic alternative” to the Port Glasgow bid. “If we go back out to tender, we lose another two years and the price goes up again,” she said.
P full Ingrid Sæter Drever
Q direct Ingrid Sæter Drever :: “no realistic alternative”
L city Port Glasgow
Q direct Ingrid Sæter Drever :: “If we go back out to tender, we lose another two years and the price goes up again,”
F duration two years
> Clyde & Forth Shipbuilders, which employs about 1,100 people, said the first hull would be laid down in June 2041. Its managing director, Callum van der Merwe, blamed “a perfect storm” of inflation since 2038.
O company Clyde & Forth Shipbuilders
F number 1,100
F date June 2041
P full Callum van der Merwe
Q direct Callum van der Merwe :: “a perfect storm”
F date 2038
> Each of the eight hybrid ferries will be 49 metres long and carry 190 passengers and 16 cars. The crossing from Kirkwall to Westray takes about 85 minutes, and Orkney Ferries carried 312,000 passengers last year, up 4.5 per cent on 2038.
F number eight
F quantity 49 metres
F number 190
F number 16
L city Kirkwall
L geo Westray
F duration 85 minutes
O company Orkney Ferries
F number 312,000
F percent 4.5 per cent
F date 2038
> The committee will decide on 3 December whether to sign the revised contract.
F date 3 December
'''

ARTICLES['1124-gdl-train-drivers-strike-deutsche-bahn-brake-weser-dw'] = r'''
> Germany: Train drivers' strike halts most Deutsche Bahn services
L country Germany
O company Deutsche Bahn
> The GDL union wants 9.5% more pay and a 35-hour week. Millions of commuters from Hamburg to Munich face empty platforms until Thursday.
O nonprofit GDL
F percent 9.5%
F duration 35-hour
L city Hamburg
L city Munich
> Hendrik Oltmanns
P full Hendrik Oltmanns
> 03/05/2040
F date 03/05/2040
> Striking train drivers with GDL flags outside Cologne's main station on Monday. Image: Lukas Brenninkmeyer/dpa/picture alliance
O nonprofit GDL
L city Cologne
P full Lukas Brenninkmeyer
O media dpa
O media picture alliance
> Germany's biggest rail strike in more than a decade began at 2 a.m. on Monday, with the train drivers' union GDL calling out its members for 72 hours in a dispute with state-owned operator Deutsche Bahn (DB) over pay and working hours.
L country Germany
F time 2 a.m.
O nonprofit GDL
F duration 72 hours
O company Deutsche Bahn
O company DB
> DB said only about 20% of its long-distance trains were running, mostly on the Berlin-Hamburg and Frankfurt-Cologne lines. Regional and S-Bahn services were cut by up to 80% in Bavaria, Saxony and North Rhine-Westphalia.
O company DB
F percent 20%
L city Berlin
L city Hamburg
L city Frankfurt
L city Cologne
F percent 80%
L region Bavaria
L region Saxony
L region North Rhine-Westphalia
> "We did not want this strike. But DB has offered our members nothing but insults for four months," GDL chairman Mirko Schwanewede told a rally in Leipzig. "A 'final offer' that does not even match inflation is not an offer."
Q direct Mirko Schwanewede :: "We did not want this strike. But DB has offered our members nothing but insults for four months,"
O company DB
F duration four months
O nonprofit GDL
P full Mirko Schwanewede
L city Leipzig
Q direct Mirko Schwanewede :: "A 'final offer' that does not even match inflation is not an offer."
> The GDL, which represents around 40,000 of DB's 210,000 employees, wants a 9.5% rise over 18 months and a cut in the working week from 38 hours to 35 hours with no loss of pay.
O nonprofit GDL
F number 40,000
O company DB
F number 210,000
F percent 9.5%
F duration 18 months
F duration 38 hours
F duration 35 hours
> DB's head of human resources, Annegret Vollmer-Braun, called the walkout "completely disproportionate." She said the company had offered 6.2% in two stages and a one-off payment of €2,850.
O company DB
P full Annegret Vollmer-Braun
Q direct Annegret Vollmer-Braun :: "completely disproportionate."
F percent 6.2%
F number two
F money €2,850
> "We are ready to talk at any time, day or night," she told reporters in Berlin.
Q direct Annegret Vollmer-Braun :: "We are ready to talk at any time, day or night,"
L city Berlin
> Ports and factories feel the pinch
> DB Cargo said about 1,200 freight trains a day were cancelled. At Brake, a small port on the Weser north of Bremen, containers of animal feed and steel coils were already piling up on Monday.
O company DB Cargo
F number 1,200
L city Brake
L geo Weser
L city Bremen
> "We send 14 trains a week to the south. Today we have sent none," said port manager Friederike ten Hoevel. "If this lasts until Thursday, we will need another three days to clear the quay."
Q direct Friederike ten Hoevel :: "We send 14 trains a week to the south. Today we have sent none,"
F number 14
P full Friederike ten Hoevel
Q direct Friederike ten Hoevel :: "If this lasts until Thursday, we will need another three days to clear the quay."
F duration three days
> The German Economic Institute (IW) in Cologne estimated the cost to the economy at up to €100 million ($108 million) a day. Ten Hoevel said some shippers had already moved cargo to trucks, "at twice the price."
O nonprofit German Economic Institute
O nonprofit IW
L city Cologne
F money €100 million
F money $108 million
P partial Ten Hoevel
Q direct Friederike ten Hoevel :: "at twice the price."
> Passengers left stranded
> At Hanover's main station, student Leonie Adjei-Schulte, 22, was trying to reach her grandmother in Halle. "The app says my train is cancelled, the bus is full and a rental car costs €190," she said.
L city Hanover
P full Leonie Adjei-Schulte
F age 22
L city Halle
Q direct Leonie Adjei-Schulte :: "The app says my train is cancelled, the bus is full and a rental car costs €190,"
F money €190
> It is the third walkout since talks began in November. A two-day strike in January cancelled some 28,000 trains, according to DB. Talks could resume in Frankfurt on March 12 if the union agrees.
F duration two-day
F number 28,000
O company DB
L city Frankfurt
F date March 12
> The rival EVG union, which represents most other rail workers, is not taking part. The Federal Transport Ministry urged both sides to accept mediation.
O nonprofit EVG
O government Federal Transport Ministry
> The strike is due to end at 2 a.m. on Thursday, March 8.
F time 2 a.m.
F date March 8
> Edited by: Ruth Okonkwo-Lange
P full Ruth Okonkwo-Lange
'''

ARTICLES['1125-canadian-grand-prix-de-la-serna-ferrari-montreal-race-report-formula1-com'] = r'''
> Race Report
> De La Serna Holds Off Okafor-Reyes To Claim Maiden Win In Canada
P partial De La Serna
P partial Okafor-Reyes
L country Canada
> The Ferrari driver survived a late Safety Car restart to beat the McLaren by 0.847s in Montreal, with Mercedes' Lars Thorvaldsen third
O team Ferrari
O team McLaren
F duration 0.847s
L city Montreal
O team Mercedes
P full Lars Thorvaldsen
> Kieran Ashdown-Vale
P full Kieran Ashdown-Vale
> 17 Jun 2040
F date 17 Jun 2040
> Joaquín de la Serna celebrates on the podium at the Circuit Gilles Villeneuve. Image: Getty Images
P full Joaquín de la Serna
L facility Circuit Gilles Villeneuve
O media Getty Images
> Joaquín de la Serna took his first Formula 1 victory at the Canadian Grand Prix on Sunday, holding off McLaren's Tobi Okafor-Reyes by 0.847s after a 14-lap dash to the flag that followed a late Safety Car.
P full Joaquín de la Serna
O other Formula 1
O team McLaren
P full Tobi Okafor-Reyes
F duration 0.847s
F number 14
> The 23-year-old Spaniard started from pole and led 61 of the 70 laps around the 4.361km Île Notre-Dame track, but his 9.4-second advantage was wiped out on Lap 53 when the Williams of Akira Nishimoto-Hale hit the Wall of Champions.
F age 23-year-old
F number 61
F number 70
F quantity 4.361km
L geo Île Notre-Dame
F duration 9.4-second
O team Williams
P full Akira Nishimoto-Hale
L facility Wall of Champions
> "I think I lost five years of my life in those last 14 laps," said De la Serna. "On the restart Tobi was all over me into the hairpin, and I just kept telling myself, 'No mistakes, no mistakes.' This one is for everybody in Maranello."
Q direct Joaquín de la Serna :: "I think I lost five years of my life in those last 14 laps,"
F duration five years
F number 14
P partial De la Serna
Q direct Joaquín de la Serna :: "On the restart Tobi was all over me into the hairpin, and I just kept telling myself, 'No mistakes, no mistakes.' This one is for everybody in Maranello."
P partial Tobi
L city Maranello
> Okafor-Reyes, who still leads the championship on 160 points, 12 clear of De la Serna, attacked three times at the Turn 10 hairpin. He said the McLaren was "simply too slow" on the straights.
P partial Okafor-Reyes
F number 160
F number 12
P partial De la Serna
F number three
L facility Turn 10
O team McLaren
Q direct Tobi Okafor-Reyes :: "simply too slow"
> "Second is good points, and we leave Canada with the lead. But I wanted this one badly," he said.
Q direct Tobi Okafor-Reyes :: "Second is good points, and we leave Canada with the lead. But I wanted this one badly,"
L country Canada
> Thorvaldsen finished 6.112s further back after stopping only once, ahead of Aston Martin's Rémi Kowalczyk-Roy and the second Ferrari of Paolo Fennimore, who served a five-second penalty for leaving the track at the final chicane.
P partial Thorvaldsen
F duration 6.112s
O team Aston Martin
P full Rémi Kowalczyk-Roy
O team Ferrari
P full Paolo Fennimore
F duration five-second
> Thorvaldsen said third place was "the maximum" for Mercedes in Montreal. "We were fighting the car for 70 laps, and the tyres were gone after 20," he said.
P partial Thorvaldsen
Q direct Lars Thorvaldsen :: "the maximum"
O team Mercedes
L city Montreal
Q direct Lars Thorvaldsen :: "We were fighting the car for 70 laps, and the tyres were gone after 20,"
F number 70
F number 20
> Behind them, Cadillac scored its first points of the season as Sven-Ole Brandvold took sixth, 31.4 seconds down, and Alpine's Ngozi Abara-Whitley climbed from 18th on the grid to seventh.
O team Cadillac
P full Sven-Ole Brandvold
F duration 31.4 seconds
O team Alpine
P full Ngozi Abara-Whitley
> Nishimoto-Hale, 20, climbed out unhurt. The stewards said the crash was caused by "a gust of wind and cold tyres" and took no action.
P partial Nishimoto-Hale
F age 20
Q direct - :: "a gust of wind and cold tyres"
> Ferrari team principal Giulia Marchionni-Sala said the team had feared the worst when the Safety Car came out with 17 laps to go. "We had the race under control, and suddenly it was a lottery," she said. "Joaquín did not blink."
O team Ferrari
P full Giulia Marchionni-Sala
F number 17
Q direct Giulia Marchionni-Sala :: "We had the race under control, and suddenly it was a lottery,"
Q direct Giulia Marchionni-Sala :: "Joaquín did not blink."
P partial Joaquín
> A crowd of 118,000 watched in 27C heat. Race control said the fastest lap, a 1:13.902 on Lap 66, belonged to Fennimore, though he takes no bonus point for finishing outside the top 10.
F number 118,000
F quantity 27C
F duration 1:13.902
P partial Fennimore
F number 10
> De la Serna now has 148 points. Red Bull, whose two cars failed to score, said both had suffered "a hydraulic issue" that it would investigate before the Austrian Grand Prix on June 29.
P partial De la Serna
F number 148
O team Red Bull
F number two
Q direct Red Bull :: "a hydraulic issue"
F date June 29
'''

ARTICLES['1126-typhoon-marilag-damage-real-infanta-general-nakar-quezon-aurora-inquirer'] = r'''
> Regions
> ‘Marilag’ leaves P2.4B in damage; 61,000 still in evacuation centers
Q scare - :: ‘Marilag’
F money P2.4B
F number 61,000
> By: Delia M. Avellaneda-Cruz - Correspondent / @inqluzon
P full Delia M. Avellaneda-Cruz
> Philippine Daily Inquirer / 04:30 AM November 16, 2039
O media Philippine Daily Inquirer
F time 04:30 AM
F date November 16, 2039
> LONG LINES — Residents of Barangay Poblacion in Real, Quezon, wait for relief packs on Tuesday. —PHOTO COURTESY OF REAL MDRRMO
L city Barangay Poblacion
L city Real
L region Quezon
O government REAL MDRRMO
> INFANTA, Quezon — More than 61,000 people remained in evacuation centers in Quezon and Aurora provinces on Tuesday, three days after Typhoon “Marilag” (international name: Sedna) slammed into the eastern coast of Luzon with winds of 185 kilometers per hour.
L city INFANTA
L region Quezon
F number 61,000
L region Quezon
L region Aurora
F duration three days
Q scare - :: “Marilag”
L geo Luzon
F quantity 185 kilometers per hour
> The National Disaster Risk Reduction and Management Council (NDRRMC) placed damage at P2.4 billion, P1.36 billion of it in rice, coconut and banana farms. Nine people were killed and three are missing, most of them in General Nakar, where the Agos River rose 6 meters overnight.
O government National Disaster Risk Reduction and Management Council
O government NDRRMC
F money P2.4 billion
F money P1.36 billion
F number Nine
F number three
L city General Nakar
L geo Agos River
F quantity 6 meters
> “The water came at 2 a.m. By 3 a.m. it was already at our roof,” said Renato Abrenica, 54, a farmer from Barangay Umiray in General Nakar who lost half of his two-hectare rice field. “Wala na po kaming bahay.” (We no longer have a house.)
Q direct Renato Abrenica :: “The water came at 2 a.m. By 3 a.m. it was already at our roof,”
F time 2 a.m.
F time 3 a.m.
P full Renato Abrenica
F age 54
L city Barangay Umiray
L city General Nakar
F fraction half
F quantity two-hectare
Q direct Renato Abrenica :: “Wala na po kaming bahay.”
> Landfall came at 11:20 p.m. on Saturday (Nov. 12) near Dingalan, Aurora, the Philippine Atmospheric, Geophysical and Astronomical Services Administration (Pagasa) said. Its Signal No. 4 was raised over 14 towns, and rain gauges in Infanta recorded 412 millimeters in 24 hours.
F time 11:20 p.m.
F date Nov. 12
L city Dingalan
L region Aurora
O government Philippine Atmospheric, Geophysical and Astronomical Services Administration
O government Pagasa
F number 14
L city Infanta
F quantity 412 millimeters
F duration 24 hours
> Infanta Mayor Josefina “Pining” Dela Paz-Ramos said 4,300 families in her town had lost their homes. “We need tarpaulins, water and generators, not speeches,” she said. “Half of Infanta has no electricity and the road to Real is still cut.”
L city Infanta
P full Josefina “Pining” Dela Paz-Ramos
Q scare - :: “Pining”
F number 4,300
Q direct Josefina “Pining” Dela Paz-Ramos :: “We need tarpaulins, water and generators, not speeches,”
Q direct Josefina “Pining” Dela Paz-Ramos :: “Half of Infanta has no electricity and the road to Real is still cut.”
F fraction Half
L city Infanta
L city Real
> The Department of Social Welfare and Development (DSWD) said it had sent 38,000 family food packs from its warehouse in Pasay City and would fly in more on two Philippine Air Force C-130 planes. It urged local officials to report “only verified needs” to speed up deliveries.
O government Department of Social Welfare and Development
O government DSWD
F number 38,000
L city Pasay City
F number two
O government Philippine Air Force
Q direct Department of Social Welfare and Development :: “only verified needs”
> The Department of Agriculture in Calabarzon said 21,700 hectares of rice land were damaged weeks before the harvest, affecting 16,400 farmers. Coconut growers in Real lost as many as 60,000 trees, according to the Philippine Coconut Authority.
O government Department of Agriculture
L region Calabarzon
F quantity 21,700 hectares
F number 16,400
L city Real
F number 60,000
O government Philippine Coconut Authority
> Power was back in 38 percent of households in Quezon’s first district by Tuesday night, the Quezon I Electric Cooperative (Quezelco I) said.
F percent 38 percent
L region Quezon
O company Quezon I Electric Cooperative
O company Quezelco I
> In Aurora, Gov. Leandro Bitong said Baler and Dipaculao were spared the worst, but a 40-meter section of the Baler-Casiguran road was washed out. He estimated repairs at P85 million.
L region Aurora
P full Leandro Bitong
L city Baler
L city Dipaculao
F quantity 40-meter
L city Baler
L city Casiguran
F money P85 million
> The Office of Civil Defense (OCD) in Calabarzon said 1,146 houses were destroyed and 8,900 damaged across Quezon. An OCD official, who asked not to be named, said some evacuees could stay in schools “for another two weeks at least.”
O government Office of Civil Defense
O government OCD
L region Calabarzon
F number 1,146
F number 8,900
L region Quezon
O government OCD
Q direct - :: “for another two weeks at least.”
F duration two weeks
> Classes in Real, Infanta and General Nakar were suspended until Monday. Marilag was the 18th storm to enter the country this year.
L city Real
L city Infanta
L city General Nakar
> —WITH A REPORT FROM MARK ANTHONY DE VERA
P full MARK ANTHONY DE VERA
'''

ARTICLES['1127-rogers-park-lakefront-erosion-army-corps-sand-49th-ward-chicago-tribune'] = r'''
> Chicago
L city Chicago
> $86 million plan to armor Rogers Park shoreline moves ahead as Lake Michigan eats away beaches
F money $86 million
L city Rogers Park
L geo Lake Michigan
> Army Corps to place 410,000 cubic yards of stone and sand along 2.3 miles of the Far North Side
O government Army Corps
F quantity 410,000 cubic yards
F quantity 2.3 miles
L region Far North Side
> By Noelle Szymańska-Grant | Chicago Tribune
P full Noelle Szymańska-Grant
O media Chicago Tribune
> PUBLISHED: April 17, 2040 at 6:15 PM CDT
F date April 17, 2040
F time 6:15 PM CDT
> Waves break over a damaged seawall at the foot of Juneway Terrace in Rogers Park on April 12, 2040. (Darnell Okeke / Chicago Tribune)
L street Juneway Terrace
L city Rogers Park
F date April 12, 2040
P full Darnell Okeke
O media Chicago Tribune
> The U.S. Army Corps of Engineers will start work this summer on an $86 million project to rebuild 2.3 miles of crumbling shoreline between Juneway Terrace and Hollywood Avenue, the Corps and the Chicago Park District said Tuesday.
O government U.S. Army Corps of Engineers
F money $86 million
F quantity 2.3 miles
L street Juneway Terrace
L street Hollywood Avenue
O government Corps
O government Chicago Park District
> The federal government will pay 65% of the cost, or about $55.9 million, with the city and the Park District splitting the rest. Crews will place about 410,000 cubic yards of limestone, concrete and sand, enough to fill 124 Olympic swimming pools, in three phases ending in 2043.
F percent 65%
F money $55.9 million
O government Park District
F quantity 410,000 cubic yards
F number 124
F number three
F date 2043
> Lake Michigan stood at 581.9 feet above sea level last month, about 3 feet higher than in 2013, and winter storms have chewed up to 20 feet off some beaches. At Loyola Beach, part of the bike path collapsed into the lake in January.
L geo Lake Michigan
F quantity 581.9 feet
F quantity 3 feet
F date 2013
F quantity 20 feet
L facility Loyola Beach
> "We have lost whole blocks of beach in two winters," said 49th Ward Ald. Teresa Villalobos-Nkemelu, whose ward includes most of the project. "People in Rogers Park were told for 30 years that this was 'temporary' damage. Now the water is at their back doors."
Q direct Teresa Villalobos-Nkemelu :: "We have lost whole blocks of beach in two winters,"
F number two
L region 49th Ward
P full Teresa Villalobos-Nkemelu
Q direct Teresa Villalobos-Nkemelu :: "People in Rogers Park were told for 30 years that this was 'temporary' damage. Now the water is at their back doors."
L city Rogers Park
F duration 30 years
> Villalobos-Nkemelu said at least 14 buildings along Sheridan Road and Lunt Avenue had reported water in basements since the fall.
P partial Villalobos-Nkemelu
F number 14
L street Sheridan Road
L street Lunt Avenue
> Corps project manager Graham Osei-Whitcombe said the design uses stepped stone revetments like those built south of Montrose Harbor in the 2000s. "You can sit on them, you can fish from them, and they hold in a 100-year storm," he said.
O government Corps
P full Graham Osei-Whitcombe
L facility Montrose Harbor
F date 2000s
Q direct Graham Osei-Whitcombe :: "You can sit on them, you can fish from them, and they hold in a 100-year storm,"
F duration 100-year
> The Corps expects the new revetments to last at least 50 years, far longer than the timber cribs and steel walls they replace.
O government Corps
F duration 50 years
> Not everyone is convinced. Ald. Marcus Delacroix-Hayes, 48th, whose Edgewater ward is next in line, called the timeline "a slow-motion promise."
P full Marcus Delacroix-Hayes
L city Edgewater
Q direct Marcus Delacroix-Hayes :: "a slow-motion promise."
> "Edgewater gets the last phase, in 2043, and we're losing sand right now," he said at a community meeting Monday at Loyola University Chicago.
Q direct Marcus Delacroix-Hayes :: "Edgewater gets the last phase, in 2043, and we're losing sand right now,"
L city Edgewater
F date 2043
O education Loyola University Chicago
> Some lakefront residents worry about losing access during construction. Beatrice Lindqvist, 71, who has walked the path at Rogers Beach every morning since 1987, said she was glad the work was finally coming.
P full Beatrice Lindqvist
F age 71
L facility Rogers Beach
F date 1987
> "I'll put up with a fence for two summers," she said. "I won't put up with losing the lake."
Q direct Beatrice Lindqvist :: "I'll put up with a fence for two summers,"
F number two
Q direct Beatrice Lindqvist :: "I won't put up with losing the lake."
> The Park District said beaches between Touhy Avenue and Howard Street would close June 1 and reopen by Memorial Day 2041. A public meeting is set for 6:30 p.m. May 2 at the Clarendon Park Community Center, 4501 N. Clarendon Ave.
O government Park District
L street Touhy Avenue
L street Howard Street
F date June 1
F date 2041
F time 6:30 p.m.
F date May 2
L facility Clarendon Park Community Center
L address 4501 N. Clarendon Ave.
'''

ARTICLES['1128-spectrum-auction-700-mhz-jio-airtel-vodafone-idea-dot-economic-times'] = r'''
> Telecom News
> Spectrum auction ends after nine days with Rs 1.42 lakh crore in bids; Jio, Airtel split 700 MHz band
F duration nine days
F money Rs 1.42 lakh crore
O company Jio
O company Airtel
F quantity 700 MHz
> Synopsis
> The Department of Telecommunications (DoT) said 58 rounds of bidding drew commitments of Rs 1,42,380 crore, 31% above its estimate, as operators raced to secure airwaves for 6G trials.
O government Department of Telecommunications
O government DoT
F number 58
F money Rs 1,42,380 crore
F percent 31%
> By Aniruddh Venkataraghavan, ET Bureau
P full Aniruddh Venkataraghavan
O media ET Bureau
> Last Updated: Feb 21, 2040, 09:12:00 PM IST
F date Feb 21, 2040
F time 09:12:00 PM IST
> Mobile towers on a rooftop in Gurugram. (Photo: Sanjana Dhillon-Mehra/ET)
L city Gurugram
P full Sanjana Dhillon-Mehra
O media ET
> NEW DELHI: India's spectrum auction closed on Tuesday after nine days and 58 rounds, with Reliance Jio and Bharti Airtel together taking 78% of the airwaves sold by value and Vodafone Idea (Vi) bidding only to renew licences in 11 circles.
L city NEW DELHI
L country India
F duration nine days
F number 58
O company Reliance Jio
O company Bharti Airtel
F percent 78%
O company Vodafone Idea
O company Vi
F number 11
> The government had put 10,520 MHz on the block across seven bands, from the 600 MHz band to the 37 GHz millimetre-wave band. About 6,880 MHz, or 65.4 per cent, was sold, the DoT said in a statement.
F quantity 10,520 MHz
F number seven
F quantity 600 MHz
F quantity 37 GHz
F quantity 6,880 MHz
F percent 65.4 per cent
O government DoT
> Jio spent Rs 61,240 crore, including Rs 24,800 crore for 10 MHz of 700 MHz spectrum in all 22 circles. Airtel bid Rs 49,870 crore, most of it in the 3300 MHz band, where it won 100 MHz in Mumbai, Delhi and Karnataka.
O company Jio
F money Rs 61,240 crore
F money Rs 24,800 crore
F quantity 10 MHz
F quantity 700 MHz
F number 22
O company Airtel
F money Rs 49,870 crore
F quantity 3300 MHz
F quantity 100 MHz
L city Mumbai
L city Delhi
L region Karnataka
> Vi paid Rs 9,610 crore. Adani Data Networks, which entered the market in 2022, bought 400 MHz of 26 GHz airwaves in Gujarat and Maharashtra for Rs 1,180 crore.
O company Vi
F money Rs 9,610 crore
O company Adani Data Networks
F date 2022
F quantity 400 MHz
F quantity 26 GHz
L region Gujarat
L region Maharashtra
F money Rs 1,180 crore
> "The auction shows the sector is healthy again. Operators have bid more than we expected, and they have bid for the future," telecom secretary Meenakshi Raghavachari-Iyer said at a press briefing at Sanchar Bhawan. "Nobody wants to be left behind when 6G arrives in 2042."
Q direct Meenakshi Raghavachari-Iyer :: "The auction shows the sector is healthy again. Operators have bid more than we expected, and they have bid for the future,"
P full Meenakshi Raghavachari-Iyer
L facility Sanchar Bhawan
Q direct Meenakshi Raghavachari-Iyer :: "Nobody wants to be left behind when 6G arrives in 2042."
F date 2042
> The winners must pay 20% of their bids upfront, or about Rs 28,476 crore, and the rest in 20 equal annual instalments. Raghavachari-Iyer said the money would help cut the fiscal deficit to 3.9% of GDP in 2040-41.
F percent 20%
F money Rs 28,476 crore
F number 20
P partial Raghavachari-Iyer
F percent 3.9%
F date 2040-41
> The Cellular Operators Association of India (COAI) said reserve prices set by the Telecom Regulatory Authority of India (Trai) were still "far too high" for the 600 MHz band, which drew no bids at all.
O nonprofit Cellular Operators Association of India
O nonprofit COAI
O government Telecom Regulatory Authority of India
O government Trai
Q direct Cellular Operators Association of India :: "far too high"
F quantity 600 MHz
> Analysts said Vi's cautious bidding was expected. "Vi has bought time, not growth. With Rs 2.1 lakh crore of debt, it simply could not play the 'spend now, earn later' game," said Kunal Bhatnagar, telecom analyst at Mumbai-based Dalal & Sen Research.
O company Vi
Q direct Kunal Bhatnagar :: "Vi has bought time, not growth. With Rs 2.1 lakh crore of debt, it simply could not play the 'spend now, earn later' game,"
O company Vi
F money Rs 2.1 lakh crore
P full Kunal Bhatnagar
L city Mumbai
O company Dalal & Sen Research
> A senior Vi executive, who did not wish to be named, said the company would "look at the next round" once its fundraising of Rs 18,000 crore closed by June.
O company Vi
Q direct - :: "look at the next round"
F money Rs 18,000 crore
> The previous auction, in 2037, raised Rs 96,320 crore over four days. This time the DoT had hoped for about Rs 1.08 lakh crore.
F date 2037
F money Rs 96,320 crore
F duration four days
O government DoT
F money Rs 1.08 lakh crore
> Shares of Bharti Airtel rose 2.4% to Rs 2,316.50 on the BSE on Tuesday, while Vi fell 4.1% to Rs 11.85.
O company Bharti Airtel
F percent 2.4%
F money Rs 2,316.50
O company BSE
O company Vi
F percent 4.1%
F money Rs 11.85
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
