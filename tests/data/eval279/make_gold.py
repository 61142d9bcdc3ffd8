#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval279 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval279/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1717-loudoun-data-center-power-line-aldie-ashburn-dominion-washington-post'] = r'''
> Local
> Loudoun homeowners fight Dominion’s 9.4-mile power line for data centers
L region Loudoun
O company Dominion
F quantity 9.4-mile
> The 500-kilovolt line would carry up to 2,400 megawatts to server campuses near Aldie. Supervisors vote Tuesday.
F quantity 500-kilovolt
F quantity 2,400 megawatts
L city Aldie
> By Grace Whitcomb
P full Grace Whitcomb
> October 13, 2041 at 6:30 a.m. EDT
F date October 13, 2041
F time 6:30 a.m. EDT
> Transmission towers stand along a corridor near Ashburn, Va., where Dominion Energy plans a new 500-kilovolt line. (Tomás Ybarra/The Washington Post)
L city Ashburn
L region Va.
O company Dominion Energy
F quantity 500-kilovolt
P full Tomás Ybarra
O media The Washington Post
> LEESBURG, Va. — For three years, Marisol Okafor-Dunn has watched data centers rise across the road from her cul-de-sac in Ashburn. Now, the 44-year-old nurse says, Dominion Energy wants to string a power line over her back fence to feed them.
L city LEESBURG
L region Va.
F duration three years
P full Marisol Okafor-Dunn
L city Ashburn
F age 44-year-old
O company Dominion Energy
> The utility’s proposed Brambleton-to-Aldie line would run 9.4 miles across Loudoun County on towers as tall as 150 feet, carrying up to 2,400 megawatts to new server campuses along Route 50. Dominion puts the cost at $412 million, to be recovered from its 2.8 million Virginia customers.
L city Brambleton
L city Aldie
F quantity 9.4 miles
L region Loudoun County
F quantity 150 feet
F quantity 2,400 megawatts
L street Route 50
O company Dominion
F money $412 million
F number 2.8 million
L region Virginia
> On Tuesday, the Loudoun County Board of Supervisors will vote on whether to back the route or ask the State Corporation Commission (SCC) to order Dominion to bury part of it. Members expect a close vote, perhaps 5-4.
O government Loudoun County Board of Supervisors
O government State Corporation Commission
O government SCC
O company Dominion
F number 5-4
> “We are not against data centers. Loudoun made its peace with them,” said Supervisor Harriet Delacroix-Boyd (D-Dulles), whose district the line would cross for about 6 miles. “What we are against is a utility drawing a line on a map, calling it ‘the least-cost option’ and leaving the cost in people’s backyards.”
Q direct Harriet Delacroix-Boyd :: “We are not against data centers. Loudoun made its peace with them,”
Q direct Harriet Delacroix-Boyd :: “What we are against is a utility drawing a line on a map, calling it ‘the least-cost option’ and leaving the cost in people’s backyards.”
L region Loudoun
P full Harriet Delacroix-Boyd
L region Dulles
F quantity 6 miles
> Delacroix-Boyd wants 2 miles of the line placed underground near the Broadlands and Belmont neighborhoods, which she said would add roughly $180 million to the price.
P partial Delacroix-Boyd
F quantity 2 miles
L city Broadlands
L city Belmont
F money $180 million
> Dominion spokesperson Caleb Arrington-Shaw said burying a 500-kilovolt line was “possible but not practical.” Underground cable of that voltage costs four to 10 times as much per mile as overhead wire, he said, and takes longer to repair.
O company Dominion
P full Caleb Arrington-Shaw
F quantity 500-kilovolt
Q direct Caleb Arrington-Shaw :: “possible but not practical.”
F number four
F number 10
> "Demand in Northern Virginia is not waiting for us," Arrington-Shaw said in an email. "The load we have been asked to serve in Loudoun alone has grown 38 percent since 2039."
Q direct Caleb Arrington-Shaw :: "Demand in Northern Virginia is not waiting for us,"
Q direct Caleb Arrington-Shaw :: "The load we have been asked to serve in Loudoun alone has grown 38 percent since 2039."
L region Northern Virginia
P partial Arrington-Shaw
L region Loudoun
F percent 38 percent
F date 2039
> Data centers already use about a quarter of the electricity Dominion sells in Virginia. The county is home to more than 200 of them, most along what boosters like to call “the capital of the internet.”
F fraction a quarter
O company Dominion
L region Virginia
F number 200
Q scare - :: “the capital of the internet.”
> “The honest answer is that both sides have a point,” said Joanne Pak-Whitfield, an energy researcher at George Mason University in Fairfax. “Burying cable costs more up front, and a 20-mile detour costs more too. But the county is being asked to host a line whose power mostly leaves the county.
Q direct Joanne Pak-Whitfield :: “The honest answer is that both sides have a point,”
Q direct Joanne Pak-Whitfield :: “Burying cable costs more up front, and a 20-mile detour costs more too. But the county is being asked to host a line whose power mostly leaves the county.
P full Joanne Pak-Whitfield
O education George Mason University
L city Fairfax
F quantity 20-mile
> “Half the fight is about money and half is about who gets to say no. That second half is not an engineering question.”
Q direct Joanne Pak-Whitfield :: “Half the fight is about money and half is about who gets to say no. That second half is not an engineering question.”
F fraction Half
F fraction half
> Okafor-Dunn, who bought her townhouse off Claiborne Parkway for $615,000 in 2038, put it on the market in June and has had no offer above $540,000. “Every buyer asks about the line first. I can’t blame them,” she said.
P partial Okafor-Dunn
L street Claiborne Parkway
F money $615,000
F date 2038
F money $540,000
Q direct Marisol Okafor-Dunn :: “Every buyer asks about the line first. I can’t blame them,”
> A Dominion official who was not authorized to speak said the company had studied 11 routes before choosing this one and would “look hard” at partial burial if the board asked. The SCC is expected to rule by March 2042, and construction would take about 30 months.
O company Dominion
F number 11
Q direct - :: “look hard”
O government SCC
F date March 2042
F duration 30 months
> The board meets at 7 p.m. Tuesday at the county government center, 1 Harrison St. SE, in Leesburg.
F time 7 p.m.
L address 1 Harrison St. SE
L city Leesburg
'''

ARTICLES['1718-tung-chung-east-land-sale-lantau-ma-wan-chung-pier-scmp'] = r'''
> Hong Kong / Economy
L region Hong Kong
> Tung Chung East land sale fetches HK$2.3 billion, 28 per cent below estimates
L region Tung Chung East
F money HK$2.3 billion
F percent 28 per cent
> Consortium wins 1.9-hectare waterfront site with the only bid above the reserve price, as villagers in Ma Wan Chung ask where their promised pier has gone
F quantity 1.9-hectare
L city Ma Wan Chung
> Fiona Leung Hoi-ting
P full Fiona Leung Hoi-ting
> Published: 7:45pm, 5 Nov 2040
F time 7:45pm
F date 5 Nov 2040
> Reclaimed land at Tung Chung East, where the government sold its first residential site on Tuesday. Photo: Derek Yip
L region Tung Chung East
P full Derek Yip
> A consortium led by Harbourlight Estates has paid HK$2.3 billion (US$294 million) for the first residential site at Tung Chung East, about 28 per cent below the low end of analysts’ estimates, in the latest sign that developers remain wary of Hong Kong’s new-town land.
O company Harbourlight Estates
F money HK$2.3 billion
F money US$294 million
L region Tung Chung East
F percent 28 per cent
L region Hong Kong
> The 1.9-hectare plot on the reclaimed shore east of Tung Chung can yield about 1,150 flats. The price works out to HK$3,980 per square foot of floor area, the Lands Department said on Tuesday, against HK$5,600 for a site in Tseung Kwan O sold in March.
F quantity 1.9-hectare
L city Tung Chung
F number 1,150
F money HK$3,980
O government Lands Department
F money HK$5,600
L city Tseung Kwan O
> Secretary for Development Ronald Mak Chi-wai said the result showed “there is still a market for homes on Lantau”. “We set the reserve price on professional advice. Nine tenders came in and we took the best one,” he told reporters at the Legislative Council. “We will not sell land at any price, but we will not stop selling either.”
P full Ronald Mak Chi-wai
Q direct Ronald Mak Chi-wai :: “there is still a market for homes on Lantau”
L geo Lantau
Q direct Ronald Mak Chi-wai :: “We set the reserve price on professional advice. Nine tenders came in and we took the best one,”
F number Nine
O government Legislative Council
Q direct Ronald Mak Chi-wai :: “We will not sell land at any price, but we will not stop selling either.”
> Mak said two more sites at Tung Chung East, with room for about 2,600 flats in total, would be offered in the 2041-42 financial year.
P partial Mak
F number two
L region Tung Chung East
F number 2,600
F date 2041-42
> Analysts were less upbeat. “Developers are pricing in a lot of risk. Tung Chung East is a 40-minute trip from Central, the shops and schools are not built yet, and supply across the New Territories is heavy,” said Clara Ng Sze-wan, head of research at property consultancy Grantfield Surveyors.
Q direct Clara Ng Sze-wan :: “Developers are pricing in a lot of risk. Tung Chung East is a 40-minute trip from Central, the shops and schools are not built yet, and supply across the New Territories is heavy,”
L region Tung Chung East
F duration 40-minute
L city Central
L region New Territories
P full Clara Ng Sze-wan
O company Grantfield Surveyors
> She expects flats there to start at about HK$11,500 per sq ft when sales begin, probably in 2044, and said a 15 to 20 per cent discount to Tung Chung’s older estates would be needed “to move volume”.
F money HK$11,500
F date 2044
F percent 15
F percent 20 per cent
L city Tung Chung
Q direct Clara Ng Sze-wan :: “to move volume”
> Ng’s firm estimates that residential land sales will raise HK$38 billion this financial year, about half the figure pencilled into the budget.
P partial Ng
F money HK$38 billion
F fraction half
> In Ma Wan Chung, an old fishing village on the Tung Chung River, village representative Lam Yuk-kwan, 67, said residents had been promised a public pier and a flood wall when reclamation began in 2036. “For five years the trucks have passed our doors. They sell the land, they count the money, and the pier is still a drawing.
L city Ma Wan Chung
L geo Tung Chung River
P full Lam Yuk-kwan
F age 67
F date 2036
Q direct Lam Yuk-kwan :: “For five years the trucks have passed our doors. They sell the land, they count the money, and the pier is still a drawing.
F duration five years
> “Officials come at election time and say ‘soon, soon’. My grandson is 12. I told him he will have his own children before that pier is built.”
Q direct Lam Yuk-kwan :: “Officials come at election time and say ‘soon, soon’. My grandson is 12. I told him he will have his own children before that pier is built.”
F age 12
> A government source said the pier, budgeted at HK$460 million, had been held up by a dispute with the contractor and was now due in “late 2042 at the earliest”. The Islands District Council is to discuss it on 19 November.
F money HK$460 million
Q direct - :: “late 2042 at the earliest”
F date 2042
O government Islands District Council
F date 19 November
> Tung Chung East’s 130 hectares of reclaimed land are planned to hold about 49,000 flats, roughly 70 per cent of them public housing, by the late 2040s.
L region Tung Chung East
F quantity 130 hectares
F number 49,000
F percent 70 per cent
F date 2040s
'''

ARTICLES['1719-abu-dhabi-grand-prix-yas-marina-baranski-okonjo-title-sky-sports'] = r'''
> F1
O other F1
> Abu Dhabi GP: Elio Baranski Holds Off Rafe Okonjo to Win at Yas Marina and Seal Title for McLaren
P full Elio Baranski
P full Rafe Okonjo
L facility Yas Marina
O team McLaren
> Elio Baranski wins the Abu Dhabi Grand Prix by 3.4 seconds to take the 2041 world championship by four points; a slow second stop costs Rafe Okonjo’s Ferrari the lead; Sebastián Ocampo third for Mercedes
P full Elio Baranski
F duration 3.4 seconds
F date 2041
F number four
P full Rafe Okonjo
O team Ferrari
P full Sebastián Ocampo
O team Mercedes
> By Hannah Dearlove at Yas Marina
P full Hannah Dearlove
L facility Yas Marina
> Sunday 8 December 2041 16:05, UK
F date 8 December 2041
F time 16:05
L country UK
> Image: Elio Baranski celebrates in parc ferme at Yas Marina after winning the title
P full Elio Baranski
L facility Yas Marina
> Elio Baranski won the Abu Dhabi Grand Prix and the world championship on Sunday evening, holding off Rafe Okonjo’s Ferrari over the final 14 laps at Yas Marina to seal the 2041 title by four points.
P full Elio Baranski
P full Rafe Okonjo
O team Ferrari
F number 14
L facility Yas Marina
F date 2041
F number four
> The 24-year-old McLaren driver started from pole, lost the lead to Okonjo when the Ferrari got the better run into Turn 1, and took it back with a two-stop strategy his team had settled on before the race.
F age 24-year-old
O team McLaren
P partial Okonjo
O team Ferrari
L facility Turn 1
F number two
> Okonjo, who needed to win with Baranski no higher than third, led by 2.8 seconds after the first round of stops. But a sticking front-left wheel at his second stop on lap 37 cost him 4.6 seconds, and Baranski swept past as the Ferrari rejoined.
P partial Okonjo
P partial Baranski
F duration 2.8 seconds
F duration 4.6 seconds
P partial Baranski
O team Ferrari
> From there the Pole managed the gap, crossing the line 3.412 seconds clear after 58 laps in 1h27m44.318s. Mercedes’ Sebastián Ocampo was third, 11.9 seconds back, and Williams’ Kofi Asante-Lindqvist took fourth in his final race for the team.
F duration 3.412 seconds
F number 58
F duration 1h27m44.318s
O team Mercedes
P full Sebastián Ocampo
F duration 11.9 seconds
O team Williams
P full Kofi Asante-Lindqvist
> "I don't think I breathed for the last 10 laps," Baranski told Sky Sports F1. "When Rafe got the jump into Turn 1, I thought, 'OK, that's the championship gone.' Then the team came on the radio, 'Trust the tyres, box this lap,' and I just did what they said.
Q direct Elio Baranski :: "I don't think I breathed for the last 10 laps,"
F number 10
P partial Baranski
O media Sky Sports F1
Q direct Elio Baranski :: "When Rafe got the jump into Turn 1, I thought, 'OK, that's the championship gone.' Then the team came on the radio, 'Trust the tyres, box this lap,' and I just did what they said.
P partial Rafe
L facility Turn 1
> "This is for everybody at Woking. We lost the title at the last race in 2039 and nobody there forgot it."
Q direct Elio Baranski :: "This is for everybody at Woking. We lost the title at the last race in 2039 and nobody there forgot it."
L city Woking
F date 2039
> McLaren team principal Ingrid Solberg-Hart said the call to pit Baranski on lap 19, three laps earlier than planned, had been "the whole race". "We saw the undercut was worth nearly two seconds and we had to take it. After that it was Elio's to lose, and he didn't lose it," she said.
O team McLaren
P full Ingrid Solberg-Hart
P partial Baranski
F number three
Q direct Ingrid Solberg-Hart :: "the whole race"
Q direct Ingrid Solberg-Hart :: "We saw the undercut was worth nearly two seconds and we had to take it. After that it was Elio's to lose, and he didn't lose it,"
F duration two seconds
P partial Elio
> Okonjo, 27, was gracious in defeat, but Ferrari team principal Matteo Villaraggia did not hide his anger over the stop, which the team blamed on a cross-threaded wheel nut.
P partial Okonjo
F age 27
O team Ferrari
P full Matteo Villaraggia
> "We had the car to win today. We lost it in the pit lane, not on the track, and that is on us," Villaraggia said. "Rafe drove a perfect race and he deserved better from us."
Q direct Matteo Villaraggia :: "We had the car to win today. We lost it in the pit lane, not on the track, and that is on us,"
P partial Villaraggia
Q direct Matteo Villaraggia :: "Rafe drove a perfect race and he deserved better from us."
P partial Rafe
> The stewards gave Aston Martin’s Noor Haddad-Fenn a five-second penalty for forcing Asante-Lindqvist off the track at Turn 9, dropping her from sixth to eighth. A Ferrari spokesperson later said the team would "review every step" of the failed stop.
O team Aston Martin
P full Noor Haddad-Fenn
F duration five-second
P partial Asante-Lindqvist
L facility Turn 9
O team Ferrari
Q direct - :: "review every step"
> Baranski ends the season on 412 points to Okonjo’s 408, with eight wins from 24 races. Track temperature was 31C at the start of what the paddock calls its "twilight race" on the 5.281km circuit.
P partial Baranski
F number 412
P partial Okonjo
F number 408
F number eight
F number 24
F quantity 31C
Q scare - :: "twilight race"
F quantity 5.281km
'''

ARTICLES['1720-nairobi-western-bypass-toll-rise-kenha-kikuyu-matatu-daily-nation'] = r'''
> Nairobi
L region Nairobi
> KeNHA Raises Western Bypass Toll by 35 Per Cent as Matatu Crews Warn of Higher Fares
O government KeNHA
L street Western Bypass
F percent 35 Per Cent
> What you need to know:
> Saloon cars using the 17-kilometre road between Gitaru and Ruaka will pay Sh150, up from Sh110, from December 1.
F quantity 17-kilometre
L city Gitaru
L city Ruaka
F money Sh150
F money Sh110
F date December 1
> The Kenya National Highways Authority says the money will pay for lighting and a second lane at the Kikuyu interchange.
O government Kenya National Highways Authority
L facility Kikuyu
> By Brian Otieno Mwangi
P full Brian Otieno Mwangi
> Thursday, November 14, 2041
F date November 14, 2041
> A matatu approaches the Ruaka toll station on the Nairobi Western Bypass on November 12, 2041. Photo credit: Dennis Kiprono | Nation Media Group
L facility Ruaka
L street Nairobi Western Bypass
F date November 12, 2041
P full Dennis Kiprono
O media Nation Media Group
> Motorists using the Nairobi Western Bypass will pay 35 per cent more from December 1 after the Kenya National Highways Authority (KeNHA) approved new toll charges for the 17-kilometre road, the first increase since tolling began in 2037.
L street Nairobi Western Bypass
F percent 35 per cent
F date December 1
O government Kenya National Highways Authority
O government KeNHA
F quantity 17-kilometre
F date 2037
> Under the new schedule, a saloon car will pay Sh150 per trip, up from Sh110, while 14-seater matatus will pay Sh260 and trucks with three or more axles Sh620.
F money Sh150
F money Sh110
F number 14
F money Sh260
F number three
F money Sh620
> KeNHA Director-General Eng Rosemary Wambui Njoroge said the review was overdue. "Traffic on the bypass has more than doubled since 2037, from about 21,000 vehicles a day to 46,000. We cannot maintain, light and police a road carrying that load on 2037 charges," she said.
O government KeNHA
P full Rosemary Wambui Njoroge
Q direct Rosemary Wambui Njoroge :: "Traffic on the bypass has more than doubled since 2037, from about 21,000 vehicles a day to 46,000. We cannot maintain, light and police a road carrying that load on 2037 charges,"
F date 2037
F number 21,000
F number 46,000
F date 2037
> She said the extra revenue, estimated at Sh1.4 billion a year, would fund street lighting between Gitaru and Ruaka and a second lane at the Kikuyu interchange, where queues stretch for 2km at 7am.
F money Sh1.4 billion
L city Gitaru
L city Ruaka
L facility Kikuyu
F quantity 2km
F time 7am
> Peter Kamau Gitau, 39, who drives a 14-seater between Kikuyu town and Westlands, passes the toll six times a day.
P full Peter Kamau Gitau
F age 39
F number 14
L city Kikuyu
L city Westlands
F number six
> "That is Sh1,560 a day from my pocket before I buy fuel. The owner will not carry it, so the passenger will. Tell me, who will pay Sh20 more to go to town when a boda boda is waiting?" he asked.
Q direct Peter Kamau Gitau :: "That is Sh1,560 a day from my pocket before I buy fuel. The owner will not carry it, so the passenger will. Tell me, who will pay Sh20 more to go to town when a boda boda is waiting?"
F money Sh1,560
F money Sh20
> Roads and Transport Cabinet Secretary Hassan Abdi Mohamud defended the rise, telling the Senate on Tuesday that Kenya’s tolled roads "must pay for themselves" if the government was to keep borrowing for new ones.
P full Hassan Abdi Mohamud
O government Senate
L country Kenya
Q direct Hassan Abdi Mohamud :: "must pay for themselves"
> "The Western Bypass cost Sh16.7 billion. Every shilling of that loan is being repaid by taxpayers in Kisumu and Garissa who will never drive on it. A user fee is fair," Mr Mohamud said.
Q direct Hassan Abdi Mohamud :: "The Western Bypass cost Sh16.7 billion. Every shilling of that loan is being repaid by taxpayers in Kisumu and Garissa who will never drive on it. A user fee is fair,"
L street Western Bypass
F money Sh16.7 billion
L city Kisumu
L city Garissa
P partial Mohamud
> Dr Lydia Chebet Kiplagat, a transport economist at Strathmore University, said the increase was within what most motorists could bear but warned of "a quiet diversion" of heavy trucks onto Waiyaki Way and Kikuyu Road. "A truck driver will save Sh620 by taking the old road and adding 20 minutes. Many will do that, and the congestion we built the bypass to remove will come back," she said.
P full Lydia Chebet Kiplagat
O education Strathmore University
Q direct Lydia Chebet Kiplagat :: "a quiet diversion"
L street Waiyaki Way
L street Kikuyu Road
Q direct Lydia Chebet Kiplagat :: "A truck driver will save Sh620 by taking the old road and adding 20 minutes. Many will do that, and the congestion we built the bypass to remove will come back,"
F money Sh620
F duration 20 minutes
> She estimated that up to a fifth of heavy vehicles could switch routes, and that inflation since 2037, about 31 per cent, already accounts for most of the new charge.
F fraction a fifth
F date 2037
F percent 31 per cent
> The Matatu Owners Association (MOA) said in a statement that it would ask the High Court to suspend the charges, which it called "punitive and badly timed".
O nonprofit Matatu Owners Association
O nonprofit MOA
O government High Court
Q direct Matatu Owners Association :: "punitive and badly timed"
> A KeNHA official who asked not to be named said the authority had received 4,200 comments during a 30-day public participation window in August, most of them opposed. "We listened. The first proposal was 50 per cent," the official said.
O government KeNHA
F number 4,200
F duration 30-day
Q direct - :: "We listened. The first proposal was 50 per cent,"
F percent 50 per cent
> The new charges take effect at 6am on December 1, 2041.
F time 6am
F date December 1, 2041
'''

ARTICLES['1721-glasgow-subway-modernisation-delay-new-trains-spt-buchanan-street-scotsman'] = r'''
> Transport
> Glasgow Subway: new trains delayed again to 2043 as signalling is ‘not ready’
L facility Glasgow Subway
F date 2043
Q direct Morag Galbraith-Innes :: ‘not ready’
> Passengers face a further 18 months on the 1970s-era fleet, with the £288m programme now two years behind schedule
F duration 18 months
F date 1970s
F money £288m
F duration two years
> By Fraser McIlwraith
P full Fraser McIlwraith
> Transport Correspondent
> Published 21st Mar 2042, 16:10 GMT
F date 21st Mar 2042
F time 16:10 GMT
> Passengers wait on the platform at Buchanan Street subway station. Picture: Alasdair Lennox-Reid
L facility Buchanan Street
P full Alasdair Lennox-Reid
> The long-awaited new trains for the Glasgow Subway will not carry passengers until the spring of 2043 at the earliest, Strathclyde Partnership for Transport (SPT) has admitted, after the new signalling system failed a second round of safety tests.
L facility Glasgow Subway
F date 2043
O government Strathclyde Partnership for Transport
O government SPT
> The delay means passengers on the 6.5-mile loop will ride carriages dating from 1979 for at least another 18 months. The modernisation programme, budgeted at £288 million, was due to be finished in 2041.
F quantity 6.5-mile
F date 1979
F duration 18 months
F money £288 million
F date 2041
> SPT chief executive Morag Galbraith-Innes told the partnership’s board on Friday that the signalling had shown “intermittent faults” in 14 of 40 test runs on the Inner Circle.
O government SPT
P full Morag Galbraith-Innes
Q direct Morag Galbraith-Innes :: “intermittent faults”
F number 14
F number 40
L facility Inner Circle
> “I know how frustrating this is. The new trains are sitting in the Broomloan depot and people can see them,” she said. “But the signalling is not ready, and we will not carry a single passenger on a system that is not ready.”
Q direct Morag Galbraith-Innes :: “I know how frustrating this is. The new trains are sitting in the Broomloan depot and people can see them,”
L facility Broomloan
Q direct Morag Galbraith-Innes :: “But the signalling is not ready, and we will not carry a single passenger on a system that is not ready.”
> Ms Galbraith-Innes said the 17 four-car trains, built in Switzerland, had cost £124m, and that the contractor would bear the cost of the extra testing.
P partial Galbraith-Innes
F number 17
F number four
L country Switzerland
F money £124m
> At Buchanan Street, the busiest of the network’s 15 stations, commuters were unimpressed. Aileen Docherty-Boyle, 52, who travels from Kelvinbridge to Govan for work each day, said: “They’ve been telling us ‘next year’ since my son was at primary school. He’s at university now.”
L facility Buchanan Street
F number 15
P full Aileen Docherty-Boyle
F age 52
L city Kelvinbridge
L city Govan
Q direct Aileen Docherty-Boyle :: “They’ve been telling us ‘next year’ since my son was at primary school. He’s at university now.”
> Another passenger, who did not want to be named, said the old trains were “fine, just loud”.
Q direct - :: “fine, just loud”
> The Scottish Government has put £246m into the programme through Transport Scotland. Transport minister Ewan Strachan-Lyle said he was “deeply disappointed” and had asked SPT for weekly updates.
O government Scottish Government
F money £246m
O government Transport Scotland
P full Ewan Strachan-Lyle
Q direct Ewan Strachan-Lyle :: “deeply disappointed”
O government SPT
> “Glasgow deserves a subway fit for the 2040s, and it will get one. But I want to see a date that holds,” Mr Strachan-Lyle said, adding that Holyrood’s net zero and transport committee would take evidence in May.
Q direct Ewan Strachan-Lyle :: “Glasgow deserves a subway fit for the 2040s, and it will get one. But I want to see a date that holds,”
L city Glasgow
F date 2040s
P partial Strachan-Lyle
O government Holyrood
> Dr Niamh Quigley-Rennie, a railway systems engineer at the University of Strathclyde, said such delays were common when modern train control was fitted to an old network. “You are asking new software to talk to a tunnel built in 1896. On a closed loop like the Subway there is no diversion, so every test has to be run between midnight and 6.30am,” she said.
P full Niamh Quigley-Rennie
O education University of Strathclyde
Q direct Niamh Quigley-Rennie :: “You are asking new software to talk to a tunnel built in 1896. On a closed loop like the Subway there is no diversion, so every test has to be run between midnight and 6.30am,”
F date 1896
L facility Subway
F time 6.30am
> She estimated that keeping the old fleet running costs about £400,000 a month, roughly a third more than the new trains would.
F money £400,000
F fraction a third
> SPT said it would publish a revised timetable on 24 April and would give season-ticket holders a 10 per cent discount until the new trains enter service.
O government SPT
F date 24 April
F percent 10 per cent
'''

ARTICLES['1722-santarem-soy-terminal-tapajos-graos-ibama-licence-reais-reuters'] = r'''
> Brazil’s Tapajós Grãos wins licence for Santarém soy terminal, with 37 conditions
L country Brazil
O company Tapajós Grãos
L city Santarém
F number 37
> By Camila Reis Montenegro
P full Camila Reis Montenegro
> April 22, 2042 5:18 PM GMT-3 Updated 2 hours ago
F date April 22, 2042
F time 5:18 PM GMT-3
F duration 2 hours
> A barge loaded with soybeans sails on the Tapajós River near Santarém, Pará state, Brazil, March 3, 2041. REUTERS/Paulo Nogueira Sá/File Photo
L geo Tapajós River
L city Santarém
L region Pará
L country Brazil
F date March 3, 2041
O media REUTERS
P full Paulo Nogueira Sá
> SÃO PAULO, April 22 (Reuters) - Brazilian grain trader Tapajós Grãos has won a preliminary licence for a 4.2 billion-real ($780 million) soy and corn terminal at Santarém on the Amazon River, the company said on Tuesday, but environmental regulator Ibama attached 37 conditions that could delay construction.
L city SÃO PAULO
F date April 22
O media Reuters
O company Tapajós Grãos
F money 4.2 billion-real
F money $780 million
L city Santarém
L geo Amazon River
O government Ibama
F number 37
> The terminal, on a 48-hectare site on the Tapajós just upstream of where it meets the Amazon, would handle up to 9 million tonnes of grain a year from Mato Grosso, trucked north on the BR-163 highway and loaded onto ocean-going ships bound for China and Europe.
F quantity 48-hectare
L geo Tapajós
L geo Amazon
F quantity 9 million tonnes
L region Mato Grosso
L street BR-163
L country China
L continent Europe
> "Santarém is the shortest route from the soy belt to Rotterdam and Shanghai. Every tonne we move through the north saves the farmer around 90 reais in freight," Chief Executive Rodrigo Vasconcelos Amaral said in an interview.
Q direct Rodrigo Vasconcelos Amaral :: "Santarém is the shortest route from the soy belt to Rotterdam and Shanghai. Every tonne we move through the north saves the farmer around 90 reais in freight,"
L city Santarém
L city Rotterdam
L city Shanghai
F money 90 reais
P full Rodrigo Vasconcelos Amaral
> Vasconcelos Amaral said the privately held company had lined up 2.6 billion reais in financing from Brazil's development bank BNDES, hoped to start building in the second half of 2042 and would ship its first cargo in late 2044.
P partial Vasconcelos Amaral
F money 2.6 billion reais
L country Brazil
O government BNDES
F date 2042
F date 2044
> Helena Cordeiro Batista, Ibama's superintendent in Pará, said the conditions included a ban on night loading during the fish spawning season from November to March, monitoring of river dolphins and consultation with 11 riverside communities.
P full Helena Cordeiro Batista
O government Ibama
L region Pará
F number 11
> "This licence is not a blank cheque," she said. "If the conditions are not met, there will be no operating licence."
Q direct Helena Cordeiro Batista :: "This licence is not a blank cheque,"
Q direct Helena Cordeiro Batista :: "If the conditions are not met, there will be no operating licence."
> In Vila Cajueiro, a fishing village of about 600 people 12 km downstream, community leader Raimunda Sousa dos Santos, 58, said fishermen already catch half what they did a decade ago.
L city Vila Cajueiro
F number 600
F quantity 12 km
P full Raimunda Sousa dos Santos
F age 58
F fraction half
> "They come with maps and talk about 'development'. For us, development is a river with fish in it. Nobody from the company has sat at our table yet," she said.
Q direct Raimunda Sousa dos Santos :: "They come with maps and talk about 'development'. For us, development is a river with fish in it. Nobody from the company has sat at our table yet,"
> Tapajós Grãos said in an emailed response that it had held "more than 40 meetings" with local communities since 2040 and would fund a fish-stock survey.
O company Tapajós Grãos
Q direct Tapajós Grãos :: "more than 40 meetings"
F number 40
F date 2040
> Northern ports handled 38% of Brazil's soy exports in 2041, up from 31% in 2036, said Marcelo Fujita Lobo, an analyst at Agrovia Consultoria in São Paulo. "The constraint is not demand. It is licences and dredging," he said.
F percent 38%
L country Brazil
F date 2041
F percent 31%
F date 2036
P full Marcelo Fujita Lobo
O company Agrovia Consultoria
L city São Paulo
Q direct Marcelo Fujita Lobo :: "The constraint is not demand. It is licences and dredging,"
> Tapajós Grãos exported 6.8 million tonnes of grain last year, mostly through terminals it rents at Miritituba and Barcarena. Environmental groups call the Tapajós corridor the "soy highway" and have challenged two earlier terminals in court.
O company Tapajós Grãos
F quantity 6.8 million tonnes
L city Miritituba
L city Barcarena
L geo Tapajós
Q scare - :: "soy highway"
F number two
> A trader at a rival company, who asked not to be named, said Santarém's draft of 12 metres would let the terminal load Panamax ships "without waiting for the river".
L city Santarém
F quantity 12 metres
Q direct - :: "without waiting for the river"
> ($1 = 5.3850 reais)
F money $1
F money 5.3850 reais
> Reporting by Camila Reis Montenegro; Editing by Daniel Whitford-Lowe
P full Camila Reis Montenegro
P full Daniel Whitford-Lowe
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
