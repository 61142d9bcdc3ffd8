#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval243 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval243/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1501-wayanad-landslide-puthumala-chooralmala-meppadi-ndrf-indian-express'] = r'''
> Kerala
L region Kerala
> Wayanad landslide: 27 dead, 41 missing as hillside collapses on three villages
L region Wayanad
F number 27
F number 41
F number three
> NDRF teams resume search at Puthumala at first light; collector says ‘no one will be left behind’; Rs 5 lakh for families of the dead
O government NDRF
L city Puthumala
Q direct Meera Raghunath :: ‘no one will be left behind’
F money Rs 5 lakh
> Written by Nived Chandran
P full Nived Chandran
> Kalpetta | Updated: July 31, 2041 09:46 IST
L city Kalpetta
F date July 31, 2041
F time 09:46 IST
> Rescue workers search for survivors at Puthumala near Meppadi in Wayanad district on Wednesday. (Express Photo by Deepak Kurissingal)
L city Puthumala
L city Meppadi
L region Wayanad
O media Express
P full Deepak Kurissingal
> At least 27 people were killed and 41 are missing after a rain-soaked hillside collapsed on three villages in Kerala’s Wayanad district early on Wednesday, burying dozens of homes.
F number 27
F number 41
F number three
L region Kerala
L region Wayanad
> The slide struck at about 2.15 am at Puthumala, Chooralmala and Attamala in Meppadi panchayat, after the district recorded 372 mm of rain in 24 hours, according to the India Meteorological Department (IMD). The Chaliyar burst its banks and swept away a 40-metre bridge linking Chooralmala to the rest of Vythiri taluk.
F time 2.15 am
L city Puthumala
L city Chooralmala
L city Attamala
L city Meppadi
F quantity 372 mm
F duration 24 hours
O government India Meteorological Department
O government IMD
L geo Chaliyar
F quantity 40-metre
L city Chooralmala
L region Vythiri
> The Kerala State Disaster Management Authority (KSDMA) had issued a red alert for Wayanad, Kozhikode and Malappuram at 6 pm on Tuesday. Wayanad District Collector Meera Raghunath said 1,240 people had been moved to 14 relief camps in Meppadi, Kalpetta and Mananthavady.
O government Kerala State Disaster Management Authority
O government KSDMA
L region Wayanad
L region Kozhikode
L region Malappuram
F time 6 pm
L region Wayanad
P full Meera Raghunath
F number 1,240
F number 14
L city Meppadi
L city Kalpetta
L city Mananthavady
> “We have teams on both sides of the river now. Our first duty is to the missing, and no one will be left behind until every house has been searched,” she said.
Q direct Meera Raghunath :: “We have teams on both sides of the river now. Our first duty is to the missing, and no one will be left behind until every house has been searched,”
> Four teams of the National Disaster Response Force (NDRF), about 120 personnel, reached the site from Arakkonam in Tamil Nadu by 7 am, and the Army’s Madras Engineer Group began building a temporary bridge across the Chaliyar. NDRF Assistant Commandant Harpreet Saini said the search was slow because the mud was “like wet cement” and up to 6 metres deep in places.
F number Four
O government National Disaster Response Force
O government NDRF
F number 120
L city Arakkonam
L region Tamil Nadu
F time 7 am
O government Army
O government Madras Engineer Group
L geo Chaliyar
O government NDRF
P full Harpreet Saini
Q direct Harpreet Saini :: “like wet cement”
F quantity 6 metres
> “Every slab we lift, there could be someone under it, so we cannot use heavy machines everywhere,” Saini said. “If the rain holds off for 48 hours, we can cover the whole of Attamala.
Q direct Harpreet Saini :: “Every slab we lift, there could be someone under it, so we cannot use heavy machines everywhere,”
P partial Saini
Q direct Harpreet Saini :: “If the rain holds off for 48 hours, we can cover the whole of Attamala.
F duration 48 hours
L city Attamala
> “The tea estate lines are the hardest. They were built close together, and the families were asleep.”
Q direct Harpreet Saini :: “The tea estate lines are the hardest. They were built close together, and the families were asleep.”
> Revenue Minister T.K. Gopakumar announced Rs 5 lakh for the family of each person killed and Rs 10,000 for every family in the camps. The state will seek Rs 850 crore from New Delhi for rebuilding, he said, calling the slide “a disaster foretold by the rain gauges”.
P full T.K. Gopakumar
F money Rs 5 lakh
F money Rs 10,000
F money Rs 850 crore
L city New Delhi
Q direct T.K. Gopakumar :: “a disaster foretold by the rain gauges”
> Sainaba Kunhammed, 58, of Puthumala, said she woke to a sound “like a train going over the roof”. She and her two grandchildren climbed the slope behind the house in the dark. “My son went back for the cow. We have not found him,” she said at a government school in Meppadi that is now one of the camps.
P full Sainaba Kunhammed
F age 58
L city Puthumala
Q direct Sainaba Kunhammed :: “like a train going over the roof”
F number two
Q direct Sainaba Kunhammed :: “My son went back for the cow. We have not found him,”
L city Meppadi
> A senior KSDMA official, who did not want to be named, said the slopes above Meppadi had been marked as a “red zone” in 2036 and that 212 families had been asked to move before the monsoon. “Most of them had nowhere else to go. Half came back within a month,” the official said.
O government KSDMA
L city Meppadi
Q scare - :: “red zone”
F date 2036
F number 212
Q direct - :: “Most of them had nowhere else to go. Half came back within a month,”
F fraction Half
> Wayanad has received 1,680 mm of rain since June 1, 64 per cent more than normal for the period, the IMD said. The Kozhikode–Wayanad road through the Thamarassery Churam is closed to heavy vehicles for at least three days.
L region Wayanad
F quantity 1,680 mm
F date June 1
F percent 64 per cent
O government IMD
L city Kozhikode
L region Wayanad
L geo Thamarassery Churam
F duration three days
'''

ARTICLES['1502-swiss-voters-glacier-protection-law-referendum-fieschertal-valais-swissinfo'] = r'''
> Politics
> Swiss voters back glacier protection law with 54.7% yes
F percent 54.7%
> The yes camp won 17 of the 26 cantons for a law that sets aside CHF1.4 billion over ten years to slow the retreat of Switzerland’s glaciers. Mountain cantons were split.
F number 17
F number 26
F money CHF1.4 billion
F duration ten years
L country Switzerland
> This content was published on 9 June 2041 - 18:52
F date 9 June 2041
F time 18:52
> Meltwater runs off the tongue of the Fiesch Glacier above Fieschertal, canton Valais, last August. Keystone / Nadia Wyssbrod
L geo Fiesch Glacier
L city Fieschertal
L region Valais
O media Keystone
P full Nadia Wyssbrod
> Swiss voters on Sunday approved a law to protect the country’s glaciers, with 54.7% voting yes on a turnout of 46.2%, according to provisional results from the Federal Chancellery.
F percent 54.7%
F percent 46.2%
O government Federal Chancellery
> The Glacier Protection Act, dubbed the “ice law” by its critics, was passed by parliament in December 2039 and challenged by a referendum backed by the Swiss People’s Party (SVP). It will fund CHF1.4 billion of measures over ten years: shade covers on the most-visited ice, retention basins below retreating glaciers and the monitoring of lakes that form as the ice melts. It also bans new ski lifts on glaciers from 2043.
Q scare - :: “ice law”
F date December 2039
O party Swiss People’s Party
O party SVP
F money CHF1.4 billion
F duration ten years
F date 2043
> Only a majority of voters was needed, but the law also carried 17 of the 26 cantons. Geneva (68.1%), Basel City and Zurich led the way, while Schwyz, Appenzell Inner Rhodes and Uri voted no. Valais, home to the Aletsch, the largest glacier in the Alps, said yes by a narrow 50.9%.
F number 17
F number 26
L region Geneva
F percent 68.1%
L region Basel City
L region Zurich
L region Schwyz
L region Appenzell Inner Rhodes
L region Uri
L region Valais
L geo Aletsch
L geo Alps
F percent 50.9%
> The Federal Department of the Environment, Transport, Energy and Communications (DETEC) said in a statement that the result was “a clear mandate” and that the first projects could begin “as early as next spring”. A spokeswoman for the minister, Corinne Aebischer, said the department would publish a list of the 40 most urgent sites by the end of October.
O government Federal Department of the Environment, Transport, Energy and Communications
O government DETEC
Q direct Federal Department of the Environment, Transport, Energy and Communications :: “a clear mandate”
Q direct Federal Department of the Environment, Transport, Energy and Communications :: “as early as next spring”
P full Corinne Aebischer
F number 40
> In Fieschertal, a village of 310 people below the Fiesch Glacier, mayor Reto Imsand said the vote came as a relief. “In 2038 the lake above us rose 4 metres in one night. We had to evacuate 60 people,” Imsand told Keystone-SDA. “People in Zurich did not see that. Today they voted as if they had.”
L city Fieschertal
F number 310
L geo Fiesch Glacier
P full Reto Imsand
Q direct Reto Imsand :: “In 2038 the lake above us rose 4 metres in one night. We had to evacuate 60 people,”
F date 2038
F quantity 4 metres
F duration one night
F number 60
P partial Imsand
O media Keystone-SDA
Q direct Reto Imsand :: “People in Zurich did not see that. Today they voted as if they had.”
L city Zurich
> Lea Berchtold, a glaciologist at ETH Zurich, said the money would not save the glaciers but could buy time. Switzerland’s glaciers have lost more than a third of their volume since 2016, and 2.8% of what remained in 2040 alone, she said; the tongue of the Aletsch thinned by as much as 9 metres that year.
P full Lea Berchtold
O education ETH Zurich
L country Switzerland
F fraction a third
F date 2016
F percent 2.8%
F date 2040
L geo Aletsch
F quantity 9 metres
> “We are not going to stop the melting with blankets. What we can do is make sure villages like Fieschertal are not surprised by a lake that ‘was not there last year’,” Dr Berchtold said.
Q direct Lea Berchtold :: “We are not going to stop the melting with blankets. What we can do is make sure villages like Fieschertal are not surprised by a lake that ‘was not there last year’,”
L city Fieschertal
P partial Berchtold
> The SVP, which had called the law “an expensive gesture”, accepted the result but said it would fight any new fees on hydropower. National Councillor Kurt Gasser of canton Bern, who led the no campaign, said mountain communities were being told what to do by “cities that have never seen a glacier up close”.
O party SVP
Q direct Swiss People’s Party :: “an expensive gesture”
P full Kurt Gasser
L region Bern
Q direct Kurt Gasser :: “cities that have never seen a glacier up close”
> On the same day, voters rejected a proposal to raise the retirement age to 66, by 61.3% to 38.7%. The next national vote, on a motorway tunnel under Lake Geneva, is due on 24 November.
F age 66
F percent 61.3%
F percent 38.7%
L geo Lake Geneva
F date 24 November
> Keystone-SDA/swissinfo.ch/gw
O media Keystone-SDA
O media swissinfo.ch
'''

ARTICLES['1503-king-county-water-taxi-captain-shortage-vashon-sailings-canceled-seattle-times'] = r'''
> Transportation
> Water Taxi cancels dozens of Vashon sailings as captain shortage deepens
O government Water Taxi
L geo Vashon
> King County's passenger ferry has eight licensed captains for 12 daily shifts; riders are falling back on the state's car ferries, and their longer lines
L region King County
F number eight
F number 12
> By Marisa Kwan-Holloway, Seattle Times staff reporter
P full Marisa Kwan-Holloway
O media Seattle Times
> Originally published October 14, 2042 at 6:00 am | Updated October 14, 2042 at 1:35 pm
F date October 14, 2042
F time 6:00 am
F date October 14, 2042
F time 1:35 pm
> Commuters wait at the Vashon dock on Tuesday morning after the 5:35 a.m. Water Taxi sailing was canceled. (Ellis Fairbanks-Mott / The Seattle Times)
L geo Vashon
F time 5:35 a.m.
O government Water Taxi
P full Ellis Fairbanks-Mott
O media The Seattle Times
> The King County Water Taxi canceled 46 of its 190 scheduled sailings between Vashon Island and downtown Seattle over the past two weeks because it could not find licensed captains to run them, according to figures released Monday by King County Metro.
O government King County Water Taxi
F number 46
F number 190
L geo Vashon Island
L city Seattle
F duration two weeks
O government King County Metro
> The passenger-only service, which carries about 1,100 riders a day on the Vashon route and the shorter West Seattle run, has eight captains on its roster. It needs 12 to run a full schedule without overtime, said Tessa Lindqvist, who heads the King County Metro Marine Division.
F number 1,100
L geo Vashon
L city West Seattle
F number eight
F number 12
P full Tessa Lindqvist
O government King County Metro Marine Division
> "We have two boats sitting at Pier 50 that are ready to go, and nobody to drive them," Lindqvist said. "A captain needs a federal license and hundreds of hours on the water. You can't hire that in a week.
Q direct Tessa Lindqvist :: "We have two boats sitting at Pier 50 that are ready to go, and nobody to drive them,"
F number two
L facility Pier 50
P partial Lindqvist
Q direct Tessa Lindqvist :: "A captain needs a federal license and hundreds of hours on the water. You can't hire that in a week.
> "We are training four deckhands to become captains, but the earliest any of them will be ready is next spring."
Q direct Tessa Lindqvist :: "We are training four deckhands to become captains, but the earliest any of them will be ready is next spring."
F number four
> For island commuters, a canceled sailing means a 20-minute drive to the north end of Vashon, a state ferry to Fauntleroy and a bus downtown, a trip riders call "the scramble." Jamal Whitcombe, 44, a respiratory therapist at Harborview Medical Center, said his commute now takes 95 minutes instead of 40 minutes on the 22-minute crossing of Elliott Bay.
F duration 20-minute
L geo Vashon
L city Fauntleroy
Q scare - :: "the scramble."
P full Jamal Whitcombe
F age 44
O other Harborview Medical Center
F duration 95 minutes
F duration 40 minutes
F duration 22-minute
L geo Elliott Bay
> "Twice last week I was late for a shift. My supervisor asked me if I'd thought about 'just moving to the city,'" he said. "I've lived on Vashon for 19 years."
Q direct Jamal Whitcombe :: "Twice last week I was late for a shift. My supervisor asked me if I'd thought about 'just moving to the city,'"
Q direct Jamal Whitcombe :: "I've lived on Vashon for 19 years."
L geo Vashon
F duration 19 years
> The Inlandboatmen's Union of the Pacific (IBU), which represents the Water Taxi's deckhands, said Metro's pay had fallen behind that of private tug and tour operators. A captain starts at $48.20 an hour, about 15% less than on Argosy's tour boats, the union said, calling the shortage "entirely predictable."
O nonprofit Inlandboatmen's Union of the Pacific
O nonprofit IBU
O government Water Taxi
O government Metro
F money $48.20
F percent 15%
O company Argosy
Q direct Inlandboatmen's Union of the Pacific :: "entirely predictable."
> State Rep. Elena Marchetti-Oyelaran, D-Vashon, said she would ask the Legislature in January for $3.5 million to help King County train captains, and for a rule change that would let Washington State Ferries (WSF) lend relief captains to the Water Taxi. "Vashon is not an island of tourists. It is nurses and teachers and kids going to community college," she said.
P full Elena Marchetti-Oyelaran
L geo Vashon
O government Legislature
F money $3.5 million
L region King County
O government Washington State Ferries
O government WSF
O government Water Taxi
Q direct Elena Marchetti-Oyelaran :: "Vashon is not an island of tourists. It is nurses and teachers and kids going to community college,"
L geo Vashon
> WSF, which has its own crew shortage, said in a statement that it was "open to talking" but could not spare captains before summer. A Metro employee who was not authorized to speak publicly said two captains had given notice in September and another was on medical leave. "It is a very small bench," the employee said.
O government WSF
Q direct Washington State Ferries :: "open to talking"
O government Metro
F number two
Q direct - :: "It is a very small bench,"
> Fares will not change: the Vashon run costs $6.75 with an ORCA card. Metro said it would post cancellations online by 4 p.m. the day before and add a 10:15 p.m. sailing from Pier 50 on Fridays starting Nov. 7.
L geo Vashon
F money $6.75
O government Metro
F time 4 p.m.
F time 10:15 p.m.
L facility Pier 50
F date Nov. 7
'''

ARTICLES['1504-catalonia-drought-emergency-reservoirs-ter-llobregat-barcelona-lleida-el-pais'] = r'''
> Climate
> Catalonia declares drought emergency as reservoirs fall below 16%
L region Catalonia
F percent 16%
> The Generalitat cuts the water allowance to 180 liters per person per day in 202 municipalities, including Barcelona, and halves irrigation in the Ter and Llobregat basins
O government Generalitat
F quantity 180 liters
F number 202
L city Barcelona
L geo Ter
L geo Llobregat
> Núria Casademont Vila
P full Núria Casademont Vila
> Barcelona - Mar 3, 2043 - 05:40 CET
L city Barcelona
F date Mar 3, 2043
F time 05:40 CET
> The Sau reservoir, in Vilanova de Sau (Barcelona), on Monday. JORDI PUIGVERT CASALS
L facility Sau
L city Vilanova de Sau
L region Barcelona
P full JORDI PUIGVERT CASALS
> The Catalan government declared a drought emergency on Monday for 202 municipalities that are home to some six million people, after the reservoirs of the Ter and Llobregat systems fell to 15.8% of their capacity, the lowest level since records began in 1990.
F number 202
F number six million
L geo Ter
L geo Llobregat
F percent 15.8%
F date 1990
> The reservoirs held 97 cubic hectometers on Sunday, according to the Catalan Water Agency (ACA), against 612 hm³ when full. At the current rate of use, Barcelona’s metropolitan area would run short in about 11 weeks without rain, the agency said.
F quantity 97 cubic hectometers
O government Catalan Water Agency
O government ACA
F quantity 612 hm³
L city Barcelona
F duration 11 weeks
> Under the emergency phase, households may use no more than 180 liters per person per day, down from 200 liters, and municipal fines for filling private pools or washing cars can reach €3,000. The Generalitat’s Department of Climate Action, Food and Rural Agenda said the measures were “painful but unavoidable” and would be reviewed “every fortnight, not every season.”
F quantity 180 liters
F quantity 200 liters
F money €3,000
O government Generalitat
O government Department of Climate Action, Food and Rural Agenda
Q direct Department of Climate Action, Food and Rural Agenda :: “painful but unavoidable”
Q direct Department of Climate Action, Food and Rural Agenda :: “every fortnight, not every season.”
> Climate Action Minister Marta Roviralta Puig told reporters in Barcelona that the desalination plant at El Prat de Llobregat was running at full capacity, producing 60 cubic hectometers a year, and that a second plant on the Tordera would not be ready before 2045. “We are asking every household to save 20 liters a day. That is a shower two minutes shorter,” she said.
P full Marta Roviralta Puig
L city Barcelona
L city El Prat de Llobregat
F quantity 60 cubic hectometers
L geo Tordera
F date 2045
Q direct Marta Roviralta Puig :: “We are asking every household to save 20 liters a day. That is a shower two minutes shorter,”
F quantity 20 liters
F duration two minutes
> Aigües de Barcelona, which supplies 23 municipalities in the metropolitan area, said it had lowered the pressure in its network between 11 p.m. and 5 a.m. to reduce leaks. Its director of operations, Xavier Bofarull Torné, said consumption had already fallen 9% since January. “People in Barcelona have been through this before, in 2039. They know what a shower with a bucket looks like,” Bofarull said.
O company Aigües de Barcelona
F number 23
F time 11 p.m.
F time 5 a.m.
P full Xavier Bofarull Torné
F percent 9%
Q direct Xavier Bofarull Torné :: “People in Barcelona have been through this before, in 2039. They know what a shower with a bucket looks like,”
L city Barcelona
F date 2039
P partial Bofarull
> In the Segrià, west of Lleida, the cuts bite harder: the canal fed by the Rialb reservoir will deliver half its usual water this spring. Jaume Farré Solsona, 61, who grows peaches and pears on 40 hectares near Alcarràs, said he would leave a third of his trees dry. “If you leave a tree dry for a whole summer, you lose it for five years,” he said. His union, Unió de Pagesos, called the decision “a death sentence for young orchards.”
L region Segrià
L city Lleida
L facility Rialb
F fraction half
P full Jaume Farré Solsona
F age 61
F quantity 40 hectares
L city Alcarràs
F fraction a third
Q direct Jaume Farré Solsona :: “If you leave a tree dry for a whole summer, you lose it for five years,”
F duration five years
O nonprofit Unió de Pagesos
Q direct Unió de Pagesos :: “a death sentence for young orchards.”
> Hotels, which were spared in 2039, now face a 15% cut. Marc Vidal-Esteve, who runs a 140-room hotel on the Passeig de Gràcia and sits on the board of the Barcelona Hotel Guild, said hotels had fitted meters and low-flow showers. “We are not the villains here. Our guests use less water than a golf course,” he said. The guild says about a quarter of Barcelona’s hotels already recycle grey water.
F date 2039
F percent 15%
P full Marc Vidal-Esteve
F number 140
L street Passeig de Gràcia
O nonprofit Barcelona Hotel Guild
Q direct Marc Vidal-Esteve :: “We are not the villains here. Our guests use less water than a golf course,”
F fraction a quarter
L city Barcelona
> Madrid has offered €250 million in emergency funds, and the so-called “drought surcharge” on water bills will rise to €1.20 per cubic meter in April. An ACA official, who asked not to be named, said shipping water from Valencia in tankers remained a “last resort” because each load would cover barely a day of Barcelona’s needs.
L city Madrid
F money €250 million
Q scare - :: “drought surcharge”
F money €1.20
O government ACA
L city Valencia
Q direct - :: “last resort”
L city Barcelona
'''

ARTICLES['1505-karachi-k-iv-water-project-delayed-again-wapda-kwsc-keenjhar-dawn'] = r'''
> Pakistan
L country Pakistan
> K-IV water project delayed again, cost rises to Rs186bn
F money Rs186bn
> First phase now due in 2045; Karachi is still 650MGD short, says KWSC chief
F date 2045
L city Karachi
F quantity 650MGD
O government KWSC
> Faraz Hussain Memon Published August 6, 2043 Updated about 3 hours ago
P full Faraz Hussain Memon
F date August 6, 2043
F duration 3 hours
> Labourers at a K-IV construction site near Dhabeji in Thatta district. — Photo by Saima Rind / White Star
L city Dhabeji
L region Thatta
P full Saima Rind
O media White Star
> KARACHI: The first phase of the Greater Karachi Bulk Water Supply Scheme, known as K-IV, has been delayed again, with its completion now pushed to June 2045 and its cost revised to Rs186 billion, officials told a Sindh Assembly committee on Wednesday.
L city KARACHI
F date June 2045
F money Rs186 billion
O government Sindh Assembly
> The project, meant to bring 260 million gallons per day (MGD) from Keenjhar Lake to the city, was first promised in the 2010s and handed to the Water and Power Development Authority (Wapda) in the 2020s. Wapda’s own deadline has since passed twice.
F quantity 260 million gallons per day
L geo Keenjhar Lake
F date 2010s
O government Water and Power Development Authority
O government Wapda
F date 2020s
O government Wapda
> Wapda project director Engr Tariq Mehmood Khattak told the committee that 73pc of the work on the 121-kilometre conveyance system was finished, but that two pumping stations and the intake at Keenjhar were stuck because the federal government had released only Rs9.4bn of the Rs31bn promised for the current fiscal year.
O government Wapda
P full Tariq Mehmood Khattak
F percent 73pc
F quantity 121-kilometre
F number two
L geo Keenjhar
F money Rs9.4bn
F money Rs31bn
> “We are not short of engineers or machines. We are short of money. The contractor has 1,400 workers on site and can add 600 more the day the funds arrive,” Mr Khattak said, referring to the Frontier Works Organisation (FWO).
Q direct Tariq Mehmood Khattak :: “We are not short of engineers or machines. We are short of money. The contractor has 1,400 workers on site and can add 600 more the day the funds arrive,”
F number 1,400
F number 600
P partial Khattak
O government Frontier Works Organisation
O government FWO
> Sindh Local Government Minister Shahnawaz Ali Pathan blamed Islamabad for the delay. “Karachi pays more than half of the country’s taxes and it cannot get a glass of water from its own river,” he said. “The federal government must release the money in this quarter, not next year.”
L region Sindh
P full Shahnawaz Ali Pathan
L city Islamabad
Q direct Shahnawaz Ali Pathan :: “Karachi pays more than half of the country’s taxes and it cannot get a glass of water from its own river,”
L city Karachi
F fraction half
Q direct Shahnawaz Ali Pathan :: “The federal government must release the money in this quarter, not next year.”
> Karachi Water and Sewerage Corporation (KWSC) chief executive Asadullah Soomro said the city needed about 1,200MGD but received around 550MGD from the Indus and the Hub Dam, leaving a gap filled by tankers, private wells and the so-called ‘water mafia’.
O government Karachi Water and Sewerage Corporation
O government KWSC
P full Asadullah Soomro
F quantity 1,200MGD
F quantity 550MGD
L geo Indus
L facility Hub Dam
Q scare - :: ‘water mafia’
> “Even when K-IV comes, it will not end the shortage. It gives us 260MGD, not 650. But it will give Orangi and Baldia water from a pipe instead of a tanker,” Mr Soomro said.
Q direct Asadullah Soomro :: “Even when K-IV comes, it will not end the shortage. It gives us 260MGD, not 650. But it will give Orangi and Baldia water from a pipe instead of a tanker,”
F quantity 260MGD
F quantity 650
L city Orangi
L city Baldia
P partial Soomro
> In Orangi Town, residents said they had stopped waiting. “My father told me K-IV was coming when I was in school. Now my son is in school,” said Naseem Bibi, 47, who pays Rs3,500 for a 1,000-gallon tanker every eight days. The line in her street, she said, has been dry for two years.
L city Orangi Town
Q direct Naseem Bibi :: “My father told me K-IV was coming when I was in school. Now my son is in school,”
P full Naseem Bibi
F age 47
F money Rs3,500
F quantity 1,000-gallon
F duration eight days
F duration two years
> An official of the Sindh Planning and Development Board, speaking on condition of anonymity, said the revised cost estimate would go to the Executive Committee of the National Economic Council (Ecnec) in September. “There is no money for new schemes this year. K-IV will get what is left,” the official said.
O government Sindh Planning and Development Board
O government Executive Committee of the National Economic Council
O government Ecnec
Q direct - :: “There is no money for new schemes this year. K-IV will get what is left,”
> The committee asked Wapda and the KWSC to report back within 30 days with a month-by-month schedule for the remaining work.
O government Wapda
O government KWSC
F duration 30 days
'''

ARTICLES['1506-dodgers-beat-padres-balcazar-two-homers-kessinger-petco-park-mlb-com'] = r'''
> Dodgers
O team Dodgers
> Balcázar Homers Twice, Kessinger Deals as Dodgers Top Padres
P partial Balcázar
P partial Kessinger
O team Dodgers
O team Padres
> Los Angeles wins its fifth straight and moves 3 1/2 games clear in the NL West
O team Los Angeles
F number 3 1/2
O other NL West
> By Rhiannon Castellano
P full Rhiannon Castellano
> May 19th, 2043
F date May 19th, 2043
> Teodoro Balcázar rounds the bases after his second home run of the night at Petco Park. (Photo by Marcus Delacroix-Webb/Getty Images)
P full Teodoro Balcázar
L facility Petco Park
P full Marcus Delacroix-Webb
O media Getty Images
> SAN DIEGO -- Teodoro Balcázar hit two home runs, Wyatt Kessinger struck out nine over 6 1/3 innings and the Dodgers beat the Padres, 7-3, on Tuesday night at Petco Park.
L city SAN DIEGO
P full Teodoro Balcázar
F number two
P full Wyatt Kessinger
F number nine
F number 6 1/3
O team Dodgers
O team Padres
F score 7-3
L facility Petco Park
> Los Angeles (28-16) has won five in a row and 11 of its last 14. San Diego (21-23) has lost four straight at home, in front of crowds that have grown restless with a lineup hitting .219 in May.
O team Los Angeles
F score 28-16
F number five
F number 11
F number 14
O team San Diego
F score 21-23
F number four
F number .219
> Balcázar, 26, opened the scoring in the second with a two-run drive to left off Padres starter Kenji Arakawa-Pierce (3-4). The ball left the bat at 108.3 mph and traveled 426 feet, according to Statcast. He added a solo shot off reliever Owen Takahara-Lutz in the sixth, a 391-foot liner that just cleared the wall in right-center. It was his 11th homer of the season and the Dodgers' 15th win in their last 19 games against San Diego.
P partial Balcázar
F age 26
F number two
O team Padres
P full Kenji Arakawa-Pierce
F score 3-4
F quantity 108.3 mph
F quantity 426 feet
P full Owen Takahara-Lutz
F quantity 391-foot
F number 19
O team San Diego
> "He's been seeing the ball like a beach ball for a week," Dodgers manager Darnell Ostrowski said. "I told him in Spring Training, 'Stop trying to hit it to Tijuana.' He listened."
Q direct Darnell Ostrowski :: "He's been seeing the ball like a beach ball for a week,"
O team Dodgers
P full Darnell Ostrowski
Q direct Darnell Ostrowski :: "I told him in Spring Training, 'Stop trying to hit it to Tijuana.' He listened."
L city Tijuana
> Balcázar was more modest. "It's a big ballpark. You don't try to hit homers here, you try to hit it hard, and sometimes it goes," he said.
P partial Balcázar
Q direct Teodoro Balcázar :: "It's a big ballpark. You don't try to hit homers here, you try to hit it hard, and sometimes it goes,"
> Los Angeles made it 4-0 in the fourth, when catcher Bastian Röhrl lined a two-run single with the bases loaded, and Arakawa-Pierce left after five innings, having allowed four runs on seven hits. His ERA rose to 4.62.
O team Los Angeles
F score 4-0
P full Bastian Röhrl
F number two
P partial Arakawa-Pierce
F number five
F number four
F number seven
F number 4.62
> Kessinger (5-1) retired 12 straight batters before Mateo Quiroga-Sims doubled home two runs in the seventh. The right-hander allowed five hits, walked one and lowered his ERA to 2.41. Left-hander Ayo Brandt-Whitfield got the last two outs of the inning.
P partial Kessinger
F score 5-1
F number 12
P full Mateo Quiroga-Sims
F number two
F number five
F number one
F number 2.41
P full Ayo Brandt-Whitfield
F number two
> Röhrl's two-run homer in the eighth put the game away. The Padres scored once more in the ninth on a sacrifice fly, before closer Sergio "Chispa" Lantigua struck out the final two hitters for his 11th save. Quiroga-Sims finished 2-for-4 and is hitting .341 over his last 10 games.
P partial Röhrl
F number two
O team Padres
P full Sergio "Chispa" Lantigua
Q scare - :: "Chispa"
F number two
P partial Quiroga-Sims
F number 2-for-4
F number .341
F number 10
> Padres manager Ray Villalba said his hitters were "chasing shadows" against Kessinger's changeup. "We're better than this. Everybody in that room knows it," Villalba said. "Four in a row at home, that's not who we are."
O team Padres
P full Ray Villalba
Q direct Ray Villalba :: "chasing shadows"
P partial Kessinger
Q direct Ray Villalba :: "We're better than this. Everybody in that room knows it,"
P partial Villalba
Q direct Ray Villalba :: "Four in a row at home, that's not who we are."
F number Four
> Attendance was 38,904, and the game took 2 hours, 41 minutes. The Dodgers lead San Francisco by 3 1/2 games in the National League West.
F number 38,904
F duration 2 hours
F duration 41 minutes
O team Dodgers
O team San Francisco
F number 3 1/2
O other National League West
> Up next: Right-hander Hyun-woo Paik (4-2, 3.05 ERA) starts for the Dodgers on Wednesday at 6:40 p.m. PT against Padres left-hander Nolan Achterberg (2-5, 5.11 ERA).
P full Hyun-woo Paik
F score 4-2
F number 3.05
O team Dodgers
F time 6:40 p.m. PT
O team Padres
P full Nolan Achterberg
F score 2-5
F number 5.11
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
