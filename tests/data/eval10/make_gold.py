#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval10 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval10/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['91-tasmania-budget-deficit'] = r'''
> Politics
> Tasmania’s deficit blows out to $1.38 billion as Treasurer bets on hospitals
L region Tasmania
F money $1.38 billion
> Net debt is forecast to pass $8 billion by 2030-31, and Labor says the government has no plan to stop it.
F money $8 billion
F date 2030-31
O party Labor
> By state political reporter Hannah Leeworthy
P full Hannah Leeworthy
> Posted Thu 27 May 2027 at 4:18pm, updated Thu 27 May 2027 at 7:02pm
F date 27 May 2027
F time 4:18pm
F date 27 May 2027
F time 7:02pm
> Treasurer Megan Wilsmore arrives at Parliament House in Hobart to deliver her second budget. (ABC News: Jordan Pye)
P full Megan Wilsmore
L facility Parliament House
L city Hobart
O media ABC News
P full Jordan Pye
> Tasmania will run a deficit of $1.38 billion in 2027-28, almost $400 million worse than forecast in December, Treasurer Megan Wilsmore has revealed, as spending on hospitals and a wage deal with nurses push net debt toward levels the state has not seen since the 1990s.
L region Tasmania
F money $1.38 billion
F date 2027-28
F money $400 million
P full Megan Wilsmore
F date 1990s
> Ms Wilsmore, 46, a former accountant from Devonport, told the House of Assembly the government had chosen to “protect the front line” rather than chase a surplus it could not honestly promise. Net debt is forecast to reach $8.2 billion by June 2031, up from $5.9 billion this financial year.
P partial Wilsmore
F age 46
L city Devonport
O government House of Assembly
Q direct Megan Wilsmore :: “protect the front line”
F money $8.2 billion
F date June 2031
F money $5.9 billion
> “Every dollar in this budget has a job to do,” she said. “We are not going to balance the books by closing beds at the Royal Hobart Hospital or by sacking the nurses who staff them.”
Q direct Megan Wilsmore :: “Every dollar in this budget has a job to do,”
Q direct Megan Wilsmore :: “We are not going to balance the books by closing beds at the Royal Hobart Hospital or by sacking the nurses who staff them.”
O other Royal Hobart Hospital
> The budget sets aside $2.1 billion over four years for health, including $412 million to open 96 beds across the state’s four major hospitals and $38.5m for a 24-bed mental health unit in Burnie, on the North West Coast.
F money $2.1 billion
F duration four years
F money $412 million
F number 96
F number four
F money $38.5m
F number 24
L city Burnie
L region North West Coast
> A four-year pay agreement struck with nurses in March, worth about 14 per cent over the life of the deal, adds $276 million to the wages bill. Budget papers show public sector wages now account for almost 55 per cent of general government spending.
F duration four-year
F percent 14 per cent
F money $276 million
F percent 55 per cent
> GST payments from Canberra are expected to fall by $130-150 million a year after the Commonwealth Grants Commission cut the state’s share, while stamp duty revenue is forecast to rise 6.5 per cent as the housing market recovers.
L city Canberra
F money $130-150 million
O government Commonwealth Grants Commission
F percent 6.5 per cent
> Labor’s treasury spokesman, Liam Corcoran, said the budget was “a credit card with no limit” and accused the government of hiding the true cost of the planned stadium at Macquarie Point.
O party Labor
P full Liam Corcoran
Q direct Liam Corcoran :: “a credit card with no limit”
L geo Macquarie Point
> “This Treasurer has now delivered two budgets and two blowouts,” Mr Corcoran told reporters in the budget lock-up. “Tasmanians are entitled to ask when it stops, and she couldn’t tell them today.”
Q direct Liam Corcoran :: “This Treasurer has now delivered two budgets and two blowouts,”
F number two
F number two
P partial Corcoran
Q direct Liam Corcoran :: “Tasmanians are entitled to ask when it stops, and she couldn’t tell them today.”
> The Greens, who hold the balance of power in the 35-seat lower house, said they would pass the budget but would move amendments to restore $45 million cut from public housing. Tessa Abernethy, who leads the Greens, said the cut was “indefensible” while 4,700 households sat on the waiting list.
O party Greens
F number 35
F money $45 million
P full Tessa Abernethy
O party Greens
Q direct Tessa Abernethy :: “indefensible”
F number 4,700
> Ratings agency Moody’s Investors Service has had Tasmania’s Aa2 rating on a negative outlook since 2026, and the budget papers acknowledge that a downgrade “cannot be ruled out”.
O company Moody’s Investors Service
L region Tasmania
F date 2026
Q direct - :: “cannot be ruled out”
> Saul Brightwell, an economist at the University of Tasmania, said the forecasts assumed wage growth of 3.25 per cent and population growth of 0.6 per cent a year — “both of which look generous”.
P full Saul Brightwell
O education University of Tasmania
F percent 3.25 per cent
F percent 0.6 per cent
Q direct Saul Brightwell :: “both of which look generous”
> “The state isn’t in crisis, but it has stopped pretending,” Dr Brightwell said. “If the stadium runs over budget, or the GST share falls again in 2029, the surplus she is promising for 2030-31 disappears.
Q direct Saul Brightwell :: “The state isn’t in crisis, but it has stopped pretending,”
P partial Brightwell
Q direct Saul Brightwell :: “If the stadium runs over budget, or the GST share falls again in 2029, the surplus she is promising for 2030-31 disappears.
F date 2029
F date 2030-31
> “At that point the question isn’t whether the budget gets back into the black. It’s whether anyone in Hobart still expects it to.”
Q direct Saul Brightwell :: “At that point the question isn’t whether the budget gets back into the black. It’s whether anyone in Hobart still expects it to.”
L city Hobart
> The budget is expected to pass the Legislative Council, the upper house, by the end of June. Ms Wilsmore will take questions at a business lunch in Launceston on Friday 28 May.
O government Legislative Council
P partial Wilsmore
L city Launceston
F date 28 May
'''

ARTICLES['92-nottinghamshire-sussex-cricket'] = r'''
> Cricket
> Hartigan’s unbeaten century steers Nottinghamshire past Sussex by five wickets
P partial Hartigan
O team Nottinghamshire
O team Sussex
F number five
> Sussex 312 & 226; Nottinghamshire 289 & 253-5. Nottinghamshire won by five wickets
O team Sussex
F score 312
F score 226
O team Nottinghamshire
F score 289
F score 253-5
O team Nottinghamshire
F number five
> Nottinghamshire’s Owen Hartigan celebrates reaching his century at Trent Bridge. Photograph: Callum Reddish/Getty Images
O team Nottinghamshire
P full Owen Hartigan
L facility Trent Bridge
P full Callum Reddish
O media Getty Images
> Ewan Matlock at Trent Bridge
P full Ewan Matlock
L facility Trent Bridge
> Fri 16 Apr 2027 18.47 BST
F date 16 Apr 2027
F time 18.47 BST
> Owen Hartigan made an unbeaten 118 as Nottinghamshire chased down 250 to beat Sussex by five wickets with 14.2 overs to spare on the fourth afternoon at Trent Bridge, lifting the champions to the top of the County Championship’s Division One.
P full Owen Hartigan
F number 118
O team Nottinghamshire
F number 250
O team Sussex
F number five
F number 14.2
L facility Trent Bridge
O other County Championship
O other Division One
> The 24-year-old left-hander, dropped on 37 by Jack Fenwick at second slip, hit 16 fours and two sixes in a 171-ball innings and finished the match by pulling Ravi Anand into the seats at the Radcliffe Road End. A crowd of about 3,400 stood to applaud him off.
F age 24-year-old
F number 37
P full Jack Fenwick
F number 16
F number two
F number 171
P full Ravi Anand
L facility Radcliffe Road End
F number 3,400
> Rain delayed the start until 11.45am, and Nottinghamshire resumed on 131 for two, needing another 119. They lost Haseeb Qureshi and their captain, Tom Lindell, to the second new ball within 40 minutes before Hartigan and the wicketkeeper Declan Moyo put on 96 for the fifth wicket.
F time 11.45am
O team Nottinghamshire
F score 131
F number two
F number 119
P full Haseeb Qureshi
P full Tom Lindell
F duration 40 minutes
P partial Hartigan
P full Declan Moyo
F number 96
> Moyo, nicknamed “the Cat” by the Trent Bridge crowd for his agility behind the stumps, made 52 before he was caught at midwicket off Femi Adeyemi, the 36-year-old seamer who had taken 5-61 in the first innings. Adeyemi finished with 3-54 from 19 overs.
P partial Moyo
Q scare - :: “the Cat”
L facility Trent Bridge
F number 52
P full Femi Adeyemi
F age 36-year-old
F score 5-61
P partial Adeyemi
F score 3-54
F number 19
> “We set them 250 on a fourth-day pitch and you expect to win from there,” said the Sussex head coach, Mark Pellow. “Owen played beautifully, I’ll give him that, but we bowled too short with the new ball and they made us pay.”
Q direct Mark Pellow :: “We set them 250 on a fourth-day pitch and you expect to win from there,”
F number 250
O team Sussex
P full Mark Pellow
Q direct Mark Pellow :: “Owen played beautifully, I’ll give him that, but we bowled too short with the new ball and they made us pay.”
P partial Owen
> Sussex had been bowled out for 226 on Thursday evening, when the Notts seamer Luke Brandon took 4-48 to finish with eight wickets in the match. Jack Fenwick’s 104 on the first day had carried the visitors to 312, a first-innings lead of 23.
O team Sussex
F score 226
O team Notts
P full Luke Brandon
F score 4-48
F number eight
P full Jack Fenwick
F number 104
F score 312
F number 23
> “It’s the best I’ve played, probably,” Hartigan said. “Declan kept telling me to take it session by session. At tea we needed 60-odd and I thought, we’re going to do this.
Q direct Owen Hartigan :: “It’s the best I’ve played, probably,”
P partial Hartigan
Q direct Owen Hartigan :: “Declan kept telling me to take it session by session. At tea we needed 60-odd and I thought, we’re going to do this.
P partial Declan
F number 60
> “I’ve had a tough winter. To do it here, in front of my family, means a lot.”
Q direct Owen Hartigan :: “I’ve had a tough winter. To do it here, in front of my family, means a lot.”
> The win, Nottinghamshire’s third in four matches, takes them to 71 points, eight clear of Surrey, who drew with Somerset at the Kia Oval. Sussex stay sixth on 42 points.
O team Nottinghamshire
F number four
F number 71
F number eight
O team Surrey
O team Somerset
L facility Kia Oval
O team Sussex
F number 42
> Hartigan, who was left out of England’s squad for the home series against West Indies, said he had not spoken to the selectors. The England and Wales Cricket Board (ECB) will name its squad for the first Test, at Lord’s on 3 June, next month.
P partial Hartigan
O team England
O team West Indies
O other England and Wales Cricket Board
O other ECB
L facility Lord’s
F date 3 June
'''

ARTICLES['93-chisanga-solar-loan'] = r'''
> Africa
L continent Africa
> Zambia's Chisanga Power Lands $480 Million for Solar Plant as Drought Saps Hydropower
L country Zambia
O company Chisanga Power
F money $480 Million
> Workers clear land for the solar plant outside Kabwe, Zambia, in February. Photographer: Chipo Mwanza/Bloomberg
L city Kabwe
L country Zambia
P full Chipo Mwanza
O media Bloomberg
> By Taonga Mwale and Nompumelelo Dube
P full Taonga Mwale
P full Nompumelelo Dube
> March 9, 2027 at 10:14 AM GMT+2
F date March 9, 2027
F time 10:14 AM GMT+2
> (Bloomberg) -- Chisanga Power Ltd. signed a $480 million financing package with the Zambezi Basin Development Bank and the African Development Bank to build Zambia's biggest solar plant, as a third year of drought leaves the country's hydropower dams running at a fraction of their capacity.
O media Bloomberg
O company Chisanga Power Ltd.
F money $480 million
O intergovernmental Zambezi Basin Development Bank
O intergovernmental African Development Bank
L country Zambia
> The Zambezi Basin Development Bank (ZBDB) will lend $260 million and the AfDB $150 million, with the rest coming from Chisanga's shareholders, the Lusaka-based company said in a statement on Tuesday. The 300-megawatt plant, on 640 hectares near Kabwe in Central Province, is due to start supplying power in the second half of 2029.
O intergovernmental Zambezi Basin Development Bank
O intergovernmental ZBDB
F money $260 million
O intergovernmental AfDB
F money $150 million
O company Chisanga
L city Lusaka
F quantity 300-megawatt
F quantity 640 hectares
L city Kabwe
L region Central Province
F date 2029
> "Zambia cannot keep betting its economy on the rain," Chisanga Chief Executive Officer Mutale Ng'andu said in an interview in Lusaka. "Solar gives us power in exactly the months when Kariba runs low."
Q direct Mutale Ng'andu :: "Zambia cannot keep betting its economy on the rain,"
L country Zambia
O company Chisanga
P full Mutale Ng'andu
L city Lusaka
Q direct Mutale Ng'andu :: "Solar gives us power in exactly the months when Kariba runs low."
L geo Kariba
> Lake Kariba, the world's largest man-made reservoir by volume, fell to 7% of its usable storage in January, and the Kariba Dam, which Zambia shares with Zimbabwe, has cut output by almost two-thirds. State utility ZESCO Ltd. has rationed power for as long as 17 hours a day, hurting copper mines in the Copperbelt and small businesses in the capital.
L geo Lake Kariba
F percent 7%
L facility Kariba Dam
L country Zambia
L country Zimbabwe
F fraction two-thirds
O company ZESCO Ltd.
F duration 17 hours
L region Copperbelt
> Energy Minister Bwalya Kasonde-Phiri, who attended the signing in Lusaka, said the government would license another 1,000 megawatts of solar and wind capacity by the end of the year. Chisanga will sell its output to ZESCO under a 25-year "take-or-pay" power purchase agreement at 6.8 cents per kilowatt-hour, according to the statement.
P full Bwalya Kasonde-Phiri
L city Lusaka
F quantity 1,000 megawatts
O company Chisanga
O company ZESCO
F duration 25-year
Q scare - :: "take-or-pay"
F money 6.8 cents
> Finance Minister Namakau Sitali told lawmakers last month that the drought had cut economic growth to 2.3% in 2026, from a forecast of 4.8%. Zambia, which completed the restructuring of about $13 billion of external debt in 2025, is in a $1.7 billion program with the International Monetary Fund.
P full Namakau Sitali
F percent 2.3%
F date 2026
F percent 4.8%
L country Zambia
F money $13 billion
F date 2025
F money $1.7 billion
O intergovernmental International Monetary Fund
> The kwacha has weakened 9% against the dollar this year, and a dollar now buys about 28.4 kwacha. The loans are in dollars, a risk Ng'andu said the company had hedged for the first seven years.
F percent 9%
F money 28.4 kwacha
P partial Ng'andu
F duration seven years
> Johannesburg-based Sable Grid Engineering said in a filing to the JSE that it had won an R2.1 billion ($115 million) contract to build the plant and a 132-kilovolt line to ZESCO's substation at Kabwe.
L city Johannesburg
O company Sable Grid Engineering
O company JSE
F money R2.1 billion
F money $115 million
F quantity 132-kilovolt
O company ZESCO
L city Kabwe
> "This is the kind of project that used to be impossible to finance in our region," said Grace Mhlanga-Tembo, the ZBDB's director for energy. The bank, which is owned by nine governments in southern Africa and is based in Harare, has lent $2.4 billion since it was set up in 2011.
Q direct Grace Mhlanga-Tembo :: "This is the kind of project that used to be impossible to finance in our region,"
P full Grace Mhlanga-Tembo
O intergovernmental ZBDB
F number nine
L continent Africa
L city Harare
F money $2.4 billion
F date 2011
> The ZBDB said its board had approved an 18-year loan, including a three-year grace period, on Feb. 24, and that the plant would "displace roughly 410,000 tons of carbon dioxide a year."
O intergovernmental ZBDB
F duration 18-year
F duration three-year
F date Feb. 24
Q direct Zambezi Basin Development Bank :: "displace roughly 410,000 tons of carbon dioxide a year."
F quantity 410,000 tons
> Not everyone is convinced. Chilufya Mumba, an energy analyst at Lusaka-based consultancy Mosi Advisory, said the tariff was "generous" and warned that ZESCO, which owes independent producers about K9.2 billion in arrears, may struggle to pay.
P full Chilufya Mumba
L city Lusaka
O company Mosi Advisory
Q direct Chilufya Mumba :: "generous"
O company ZESCO
F money K9.2 billion
> "Every power deal in this country assumes ZESCO pays on time," Mumba said. "History says that is a brave assumption."
Q direct Chilufya Mumba :: "Every power deal in this country assumes ZESCO pays on time,"
O company ZESCO
P partial Mumba
Q direct Chilufya Mumba :: "History says that is a brave assumption."
'''

ARTICLES['94-caledon-air-belfast-overrun'] = r'''
> Aviation
> Belfast runway overrun: Pilots were given out-of-date wind reading, investigators say
L city Belfast
> An interim report from the Air Accidents Investigation Branch says the Caledon Air plane stopped 40m beyond the end of the runway with 61 people on board
O government Air Accidents Investigation Branch
O company Caledon Air
F quantity 40m
F number 61
> The ATR 72 came to rest on grass beyond the end of runway 22 at George Best Belfast City Airport on 14 January. Photo: PA Media
L facility George Best Belfast City Airport
F date 14 January
O media PA Media
> By Siobhán McAleese
P full Siobhán McAleese
> BBC News NI
O media BBC News NI
> Published 4 March 2027
F date 4 March 2027
> Pilots of a passenger plane that overran the runway at George Best Belfast City Airport in January were given a wind reading that was several minutes out of date, air accident investigators have said.
L facility George Best Belfast City Airport
> The Caledon Air ATR 72, flight CL412 from Glasgow, came to a stop on grass about 40m beyond the end of the runway at 18:42 on 14 January with 57 passengers and four crew on board.
O company Caledon Air
L city Glasgow
F quantity 40m
F time 18:42
F date 14 January
F number 57
F number four
> Nobody was seriously hurt, but two passengers were taken to the Ulster Hospital in Dundonald with minor injuries and the airport was closed for 19 hours.
F number two
O other Ulster Hospital
L city Dundonald
F duration 19 hours
> In an interim report published on Thursday, the Air Accidents Investigation Branch (AAIB) said the aircraft touched down about 520m beyond the normal touchdown point on a wet runway, in heavy rain, with a tailwind of up to 14 knots.
O government Air Accidents Investigation Branch
O government AAIB
F quantity 520m
F quantity 14 knots
> Controllers had passed the crew a wind speed of 3 knots, taken from a sensor that had stopped updating at 18:36 because of a software fault. The AAIB said the reading was "several minutes old" when it reached the cockpit and that neither the controllers nor the pilots "had any means of knowing".
F quantity 3 knots
F time 18:36
O government AAIB
Q direct Air Accidents Investigation Branch :: "several minutes old"
Q direct Air Accidents Investigation Branch :: "had any means of knowing"
> The runway at Belfast City is 1,829m (6,001ft) long, one of the shorter runways regularly used by airliners in the UK. The airport said the faulty sensor had been replaced on 15 January.
L facility Belfast City
F quantity 1,829m
F quantity 6,001ft
L country UK
F date 15 January
> Caledon Air said it was "co-operating fully" with investigators and had changed its procedures for landings on wet runways with a tailwind. "The safety of our passengers and crew is always our first priority," the Glasgow-based airline said in a statement.
O company Caledon Air
Q direct Caledon Air Ltd :: "co-operating fully"
Q direct Caledon Air Ltd :: "The safety of our passengers and crew is always our first priority,"
L city Glasgow
> Passenger Aoife Brannigan, 34, from Holywood, County Down, said the plane "didn't seem to slow down at all" after it landed.
P full Aoife Brannigan
F age 34
L city Holywood
L region County Down
Q direct Aoife Brannigan :: "didn't seem to slow down at all"
> "You could feel the brakes going and the whole cabin went quiet," she said. "Then there was a big bang and we were on the grass, and the crew were shouting at us to leave everything behind.
Q direct Aoife Brannigan :: "You could feel the brakes going and the whole cabin went quiet,"
Q direct Aoife Brannigan :: "Then there was a big bang and we were on the grass, and the crew were shouting at us to leave everything behind.
> "I've flown that route maybe 30 times. I'll be getting the ferry for a while."
Q direct Aoife Brannigan :: "I've flown that route maybe 30 times. I'll be getting the ferry for a while."
F number 30
> Caledon Air Ltd, which operates 14 aircraft and carried 1.9 million passengers in 2026, flies between Belfast and Glasgow up to six times a day. The route reopened on 16 January.
O company Caledon Air Ltd
F number 14
F number 1.9 million
F date 2026
L city Belfast
L city Glasgow
F number six
F date 16 January
> The British Airline Pilots' Association (Balpa) has called for automatic alerts when weather data at an airport goes stale. The Civil Aviation Authority (CAA) said it had asked all UK airports with similar systems to check them, and that 27 of 31 had done so by the end of February.
O nonprofit British Airline Pilots' Association
O nonprofit Balpa
O government Civil Aviation Authority
O government CAA
L country UK
F number 27
F number 31
> The Police Service of Northern Ireland (PSNI) said there was no evidence of a crime. The AAIB's final report is expected within 12 months.
O government Police Service of Northern Ireland
O government PSNI
O government AAIB
F duration 12 months
> A spokeswoman for Belfast City Airport said: "We have worked closely with the AAIB from the outset and will act on every one of its recommendations."
O company Belfast City Airport
Q direct - :: "We have worked closely with the AAIB from the outset and will act on every one of its recommendations."
O government AAIB
'''

ARTICLES['95-eu-grid-interconnection-target'] = r'''
> Europe
L continent Europe
> EU ministers back 2040 grid target as Poland and Hungary hold out
O intergovernmental EU
F date 2040
L country Poland
L country Hungary
> Deal would require member states to link a quarter of their power capacity to neighbours
F fraction a quarter
> Marta Kowalczyk-Reid in Luxembourg and Lukas Brenner in Brussels
P full Marta Kowalczyk-Reid
L city Luxembourg
P full Lukas Brenner
L city Brussels
> Published June 16 2027
F date June 16 2027
> EU energy ministers have agreed to require member states to connect at least 15 per cent of their electricity capacity to neighbouring countries by 2030 and 25 per cent by 2040, in the bloc’s most ambitious attempt yet to build a single European power market.
O intergovernmental EU
F percent 15 per cent
F date 2030
F percent 25 per cent
F date 2040
> The deal, reached after nine hours of talks in Luxembourg on Wednesday, was backed by 24 of the 27 member states. Poland and Hungary voted against and Slovakia abstained, according to three diplomats present.
F duration nine hours
L city Luxembourg
F number 24
F number 27
L country Poland
L country Hungary
L country Slovakia
F number three
> “Europe’s energy security will be built with cables, not with pipelines,” said Rūta Vaitkevičienė, Lithuania’s energy minister, who chaired the meeting under her country’s six-month EU presidency.
Q direct Rūta Vaitkevičienė :: “Europe’s energy security will be built with cables, not with pipelines,”
L continent Europe
P full Rūta Vaitkevičienė
L country Lithuania
F duration six-month
O intergovernmental EU
> The European Commission, which proposed the targets in March, estimates that Europe must invest €584bn in its grids by 2030. Cross-border links built since 2019 have cut wholesale prices by 2-3 per cent a year in the most connected regions, according to the European Network of Transmission System Operators for Electricity (ENTSO-E).
O intergovernmental European Commission
L continent Europe
F money €584bn
F date 2030
F date 2019
F percent 2-3 per cent
O nonprofit European Network of Transmission System Operators for Electricity
O nonprofit ENTSO-E
> Poland’s climate minister, Tomasz Wierzbicki, said the 2040 target ignored the “physical reality” of a country that still generates about 57 per cent of its power from coal. Warsaw wants the later goal to be indicative rather than binding.
L country Poland
P full Tomasz Wierzbicki
F date 2040
Q direct Tomasz Wierzbicki :: “physical reality”
F percent 57 per cent
L city Warsaw
> “We are being asked to pay for cables to Germany while our distribution network in the east has not been modernised for 40 years,” he told reporters. “Brussels should finance what Brussels demands.”
Q direct Tomasz Wierzbicki :: “We are being asked to pay for cables to Germany while our distribution network in the east has not been modernised for 40 years,”
L country Germany
F duration 40 years
Q direct Tomasz Wierzbicki :: “Brussels should finance what Brussels demands.”
L city Brussels
L city Brussels
> Hungary, which still imports most of its gas from Russia, said in a written statement that the rules should take account of “national circumstances”. Slovakia did not explain its abstention.
L country Hungary
L country Russia
Q direct Hungary :: “national circumstances”
L country Slovakia
> Grid operators welcomed the deal but said permits, not money, were the bottleneck. Düsseldorf-based Vantora Energie SE is building a 2-gigawatt cable under the Baltic Sea between Germany and Lithuania that took seven years to win consent.
L city Düsseldorf
O company Vantora Energie SE
F quantity 2-gigawatt
L geo Baltic Sea
L country Germany
L country Lithuania
F duration seven years
> “Any target that doesn’t fix permitting is a number on paper,” said Vantora’s chief executive, Sabine Oehlkers. “We had 180 kilometres of cable ready to lay and we waited 30 months for a signature.”
Q direct Sabine Oehlkers :: “Any target that doesn’t fix permitting is a number on paper,”
O company Vantora
P full Sabine Oehlkers
Q direct Sabine Oehlkers :: “We had 180 kilometres of cable ready to lay and we waited 30 months for a signature.”
F quantity 180 kilometres
F duration 30 months
> The interconnection target is hardest for Spain and Portugal, whose links with France across the Pyrenees carry about 3 per cent of Iberian capacity. Madrid and Lisbon have asked for a €4.6bn cable under the Bay of Biscay to be counted as a “project of common interest”, which would make it eligible for EU grants.
L country Spain
L country Portugal
L country France
L geo Pyrenees
F percent 3 per cent
L city Madrid
L city Lisbon
F money €4.6bn
L geo Bay of Biscay
Q scare - :: “project of common interest”
O intergovernmental EU
> Wholesale prices in Spain fell below zero for more than 500 hours last year, while German buyers paid an average of €78 a megawatt-hour, a gap that analysts say better links would narrow.
L country Spain
F duration 500 hours
F money €78
> Johanna Lindqvist, a senior fellow at the Stockholm Energy Policy Centre, said the 2040 goal was “achievable only if the money follows”. New interconnectors cost from €1.2m to €1.8m per megawatt of capacity, she said, and national budgets would not cover that.
P full Johanna Lindqvist
O nonprofit Stockholm Energy Policy Centre
F date 2040
Q direct Johanna Lindqvist :: “achievable only if the money follows”
F money €1.2m
F money €1.8m
> The European Parliament must now agree a final text with governments. Its lead negotiator, Dutch Green MEP Femke van Roosendaal, called the Council’s position “a floor, not a ceiling”. Van Roosendaal wants the 2030 target raised to 20 per cent.
O intergovernmental European Parliament
P full Femke van Roosendaal
O intergovernmental Council
Q direct Femke van Roosendaal :: “a floor, not a ceiling”
P partial Van Roosendaal
F date 2030
F percent 20 per cent
> Talks between the two institutions are expected to begin in September under Greece’s presidency, which starts on July 1.
F number two
L country Greece
F date July 1
'''

ARTICLES['96-catawba-valley-school-cuts'] = r'''
> Education
> Catawba Valley Schools Will Cut 212 Jobs as North Carolina Budget Stalls
O education Catawba Valley Schools
F number 212
L region North Carolina
> Superintendent Dana Whitfield-Ross speaks during a school board meeting on Tuesday, May 11, 2027, in Hickory, N.C. (Courtesy of Catawba Valley Public Schools)
P full Dana Whitfield-Ross
F date May 11, 2027
L city Hickory
L region N.C.
O education Catawba Valley Public Schools
> By Rasheed Okafor and Lindsey Parham
P full Rasheed Okafor
P full Lindsey Parham
> Updated May 12, 2027, 6:15 PM
F date May 12, 2027
F time 6:15 PM
> HICKORY, N.C. — Catawba Valley Public Schools will eliminate 212 positions, including 87 teaching jobs, and close two elementary schools after state lawmakers failed to agree on a budget for a second straight year. The school board voted 6 to 1 on Tuesday night to approve the cuts.
L city HICKORY
L region N.C.
O education Catawba Valley Public Schools
F number 212
F number 87
F number two
F number 6
F number 1
> North Carolina’s 115 school districts are still operating under the 2025-27 spending plan, which included no money for enrollment growth. The state House and Senate each passed budgets with teacher raises last year but never reconciled them, and the General Assembly adjourned in October without a deal.
L region North Carolina
F number 115
F date 2025-27
O government House
O government Senate
O government General Assembly
> “We have cut everything we can cut without touching classrooms, and now we are in the classrooms,” Superintendent Dana Whitfield-Ross told the board. “I don’t know how else to say it: Raleigh has left us on our own.”
Q direct Dana Whitfield-Ross :: “We have cut everything we can cut without touching classrooms, and now we are in the classrooms,”
P full Dana Whitfield-Ross
Q direct Dana Whitfield-Ross :: “I don’t know how else to say it: Raleigh has left us on our own.”
L city Raleigh
> The district, which serves about 23,400 students in Catawba and Burke counties, faces a $14.7 million shortfall in a $312 million operating budget for 2027-28. About 61% of its money comes from the state, 27% from the two counties and the rest from federal grants.
F number 23,400
L region Catawba
L region Burke
F money $14.7 million
F money $312 million
F date 2027-28
F percent 61%
F percent 27%
F number two
> The state Department of Public Instruction (DPI) warned superintendents in a memo last month that at least 38 districts had frozen hiring. Gregory Atwater, the department’s chief financial officer, wrote that districts should plan for “flat funding at best” through June 2028.
O government Department of Public Instruction
O government DPI
F number 38
P full Gregory Atwater
Q direct Gregory Atwater :: “flat funding at best”
F date June 2028
> Teachers at the two schools to be closed, Mull Creek Elementary and Oxford Ridge Elementary, learned of the plan on Monday, said Tamika Bridgers, president of the Catawba Valley Association of Educators, a local affiliate of the North Carolina Association of Educators (NCAE).
F number two
O education Mull Creek Elementary
O education Oxford Ridge Elementary
P full Tamika Bridgers
O nonprofit Catawba Valley Association of Educators
O nonprofit North Carolina Association of Educators
O nonprofit NCAE
> “Some of these teachers have been in those buildings for 20 years,” Bridgers said. “They found out from a slide presentation.
Q direct Tamika Bridgers :: “Some of these teachers have been in those buildings for 20 years,”
F duration 20 years
P partial Bridgers
Q direct Tamika Bridgers :: “They found out from a slide presentation.
> “We are asking parents to come to the Legislative Building on May 19 and show lawmakers what this looks like. This isn’t a ‘budget impasse.’ It’s a choice.”
Q direct Tamika Bridgers :: “We are asking parents to come to the Legislative Building on May 19 and show lawmakers what this looks like. This isn’t a ‘budget impasse.’ It’s a choice.”
L facility Legislative Building
F date May 19
> Strikes by public employees are illegal in North Carolina, and the NCAE has not called for one. But some teachers have discussed a “sickout,” in which large numbers of staff call in sick on the same day.
L region North Carolina
O nonprofit NCAE
Q scare - :: “sickout,”
> State Sen. Walter Crumpler, a Republican from Hickory who co-chairs the Senate’s education budget committee, said the House plan to spend an additional $1.1 billion on raises over two years was “not sustainable.”
P full Walter Crumpler
L city Hickory
O government Senate
O government House
F money $1.1 billion
F duration two years
Q direct Walter Crumpler :: “not sustainable.”
> “We are not going to write checks the state can’t cash in 2029 or 2030,” he said in a phone interview.
Q direct Walter Crumpler :: “We are not going to write checks the state can’t cash in 2029 or 2030,”
F date 2029
F date 2030
> Under the House plan, starting teacher pay would rise from $41,000 to $44,500, and teachers with at least 15 years of experience would get raises of 3% to 4.5%.
O government House
F money $41,000
F money $44,500
F duration 15 years
F percent 3%
F percent 4.5%
> Mull Creek Elementary, which opened in 1958, has 214 students and a building that needs about $6 million in repairs, nearly a third of it for the roof. Kindergarten teacher Holly Pruitt, 52, said she would be moved to a school 19 miles away.
O education Mull Creek Elementary
F date 1958
F number 214
F money $6 million
F fraction a third
P full Holly Pruitt
F age 52
F quantity 19 miles
> “I’ll go where the kids are,” Pruitt said. “But a lot of these families don’t have a car, and the new bus ride is 50 minutes each way.”
Q direct Holly Pruitt :: “I’ll go where the kids are,”
P partial Pruitt
Q direct Holly Pruitt :: “But a lot of these families don’t have a car, and the new bus ride is 50 minutes each way.”
F duration 50 minutes
> The board will hold a public hearing on the closures at 6 p.m. on May 25.
F time 6 p.m.
F date May 25
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
