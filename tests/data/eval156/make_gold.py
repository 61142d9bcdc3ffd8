#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval156 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval156/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['979-odesa-port-grain-berths-reopen-hryvnia-repair-kyiv-independent'] = r'''
> Business
> Odesa port’s grain berths back in service after Hr 4.6 billion repair
L city Odesa
F money Hr 4.6 billion
> Four berths wrecked by a 2037 storm surge can again load grain at full speed, the port authority says
F number Four
F date 2037
> by Oksana Hrytsenko
P full Oksana Hrytsenko
> March 12, 2039 4:51 PM
F date March 12, 2039
F time 4:51 PM
> A bulk carrier takes on wheat at berth 14 of the Port of Odesa on March 10, 2039. (Photo: Dmytro Levchuk/The Kyiv Independent)
L facility Port of Odesa
F date March 10, 2039
P full Dmytro Levchuk
O media The Kyiv Independent
> Four grain berths at the Port of Odesa reopened on March 11 after a 14-month repair costing Hr 4.6 billion ($112 million), the Ukrainian Sea Ports Authority (USPA) said, returning roughly 6 million tonnes of yearly loading capacity to Ukraine’s busiest port.
F number Four
L facility Port of Odesa
F date March 11
F duration 14-month
F money Hr 4.6 billion
F money $112 million
O government Ukrainian Sea Ports Authority
O government USPA
F quantity 6 million tonnes
L country Ukraine
> The berths were badly damaged in November 2037, when a storm surge tore away sections of the quay wall and flooded two conveyor galleries. For more than a year, grain trucks bound for Odesa were sent instead to Chornomorsk, 30 kilometers to the south, or to Pivdennyi.
F date November 2037
F number two
L city Odesa
L city Chornomorsk
F quantity 30 kilometers
L city Pivdennyi
> “We rebuilt 1,140 meters of quay wall, replaced six cranes and laid new rail track to the silos. The berths are stronger now than they were before the storm,” USPA head Yurii Pasichnyk said at a ceremony at the port on March 11.
Q direct Yurii Pasichnyk :: “We rebuilt 1,140 meters of quay wall, replaced six cranes and laid new rail track to the silos. The berths are stronger now than they were before the storm,”
F quantity 1,140 meters
F number six
O government USPA
P full Yurii Pasichnyk
F date March 11
> Pasichnyk said the terminal could now take ships of up to 80,000 tonnes and load 45,000 tonnes of grain a day, up from 28,000 tonnes before the damage.
P partial Pasichnyk
F quantity 80,000 tonnes
F quantity 45,000 tonnes
F quantity 28,000 tonnes
> The repair was paid for with a €60 million loan from the European Investment Bank (EIB) and Hr 2.1 billion from the authority’s own budget. The EIB said in a statement that the berths were “critical to global food security.”
F money €60 million
O intergovernmental European Investment Bank
O intergovernmental EIB
F money Hr 2.1 billion
O intergovernmental EIB
Q direct European Investment Bank :: “critical to global food security.”
> For exporters, the reopening comes just before the spring shipping season. Iryna Dovzhenko-Bilyk, commercial director of the Odesa-based trader Stepova Nyva, said the detour had added $6 to $8 to the cost of every tonne.
P full Iryna Dovzhenko-Bilyk
L city Odesa
O company Stepova Nyva
F money $6
F money $8
> “Every truck we sent to Chornomorsk cost us an extra day and an extra 1,800 hryvnias,” she told the Kyiv Independent. “Farmers in Odesa Oblast and Mykolaiv Oblast felt it directly, because we had to pay them less for their grain.
Q direct Iryna Dovzhenko-Bilyk :: “Every truck we sent to Chornomorsk cost us an extra day and an extra 1,800 hryvnias,”
L city Chornomorsk
F money 1,800 hryvnias
O media Kyiv Independent
Q direct Iryna Dovzhenko-Bilyk :: “Farmers in Odesa Oblast and Mykolaiv Oblast felt it directly, because we had to pay them less for their grain.
L region Odesa Oblast
L region Mykolaiv Oblast
> “Now we can plan again. If the berths work as promised, we will ship 1.2 million tonnes through Odesa this season, against 700,000 last year.”
Q direct Iryna Dovzhenko-Bilyk :: “Now we can plan again. If the berths work as promised, we will ship 1.2 million tonnes through Odesa this season, against 700,000 last year.”
F quantity 1.2 million tonnes
L city Odesa
F number 700,000
> Not all the work is finished. A USPA official, who spoke on condition of anonymity because he was not authorized to talk to the media, said two of the four berths still ran on diesel generators because a new substation had not been connected. “The generators are ‘temporary’ in the Ukrainian sense. That can mean five years,” the official said.
O government USPA
F number two
F number four
Q direct - :: “The generators are ‘temporary’ in the Ukrainian sense. That can mean five years,”
F duration five years
> Dockers call the rebuilt quay “the Staircase” for the stepped concrete blocks that now shield it from the sea.
Q scare - :: “the Staircase”
> Ukraine exported 41.6 million tonnes of grain in the 2037-38 marketing year, 58% of it through the three ports of Greater Odesa, according to the Ministry of Agrarian Policy and Food.
L country Ukraine
F quantity 41.6 million tonnes
F date 2037-38
F percent 58%
F number three
L region Greater Odesa
O government Ministry of Agrarian Policy and Food
> Pasichnyk said work on two more berths, Nos. 17 and 18, would start in June and take about 10 months, at a cost of Hr 3.3 billion. The authority plans to raise the port’s grain capacity to 16 million tonnes a year by 2041.
P partial Pasichnyk
F number two
F duration 10 months
F money Hr 3.3 billion
F quantity 16 million tonnes
F date 2041
'''

ARTICLES['980-toronto-ttc-budget-vote-fare-freeze-council-globe-and-mail'] = r'''
> Toronto
L city Toronto
> Council passes TTC budget with fare freeze, rejects cuts to 14 bus routes
O government TTC
F number 14
> Councillors approve $2.9-billion operating plan after eight-hour debate as ridership sits at 94 per cent of prepandemic levels
F money $2.9-billion
F duration eight-hour
F percent 94 per cent
> Nadia Okonkwo-Reyes City Hall Reporter
P full Nadia Okonkwo-Reyes
> Published February 13, 2040 Updated 2 hours ago
F date February 13, 2040
F duration 2 hours
> A streetcar heads east on Queen Street West on Feb. 10. The TTC says ridership reached 482 million trips last year. KARIM HADDAD-LEWIS/THE GLOBE AND MAIL
L street Queen Street West
F date Feb. 10
O government TTC
F number 482 million
P full KARIM HADDAD-LEWIS
O media THE GLOBE AND MAIL
> Toronto city council approved the Toronto Transit Commission’s $2.9-billion operating budget late Wednesday, freezing the adult fare at $3.65 for a third straight year and rejecting a staff proposal to cut service on 14 bus routes.
L city Toronto
O government Toronto Transit Commission
F money $2.9-billion
F money $3.65
F number 14
> The vote, 17-9, came at 11:40 p.m. after an eight-hour debate in which allies of Mayor Priya Vandermeer defeated two motions from suburban councillors to redirect money to road repairs.
F number 17-9
F time 11:40 p.m.
F duration eight-hour
P full Priya Vandermeer
F number two
> “Transit is the one service in this city that everybody touches,” Ms. Vandermeer told reporters after the vote. “If we cut buses, people stop riding, and then we cut more buses. We are not going to do that.”
Q direct Priya Vandermeer :: “Transit is the one service in this city that everybody touches,”
P partial Vandermeer
Q direct Priya Vandermeer :: “If we cut buses, people stop riding, and then we cut more buses. We are not going to do that.”
> The TTC carried 482 million trips in 2039, or 94 per cent of the 2019 total of 513 million, according to figures presented to council. Weekday subway use remains about 11 per cent below 2019, while weekend ridership has passed it.
O government TTC
F number 482 million
F date 2039
F percent 94 per cent
F date 2019
F number 513 million
F percent 11 per cent
F date 2019
> To close a $187-million gap, the budget draws $95-million from property taxes, $60-million from a new commercial parking levy and $32-million from the province under the Ontario-Toronto New Deal. Queen’s Park has not committed to that money beyond 2041.
F money $187-million
F money $95-million
F money $60-million
F money $32-million
O government Queen’s Park
F date 2041
> Etobicoke North Councillor Daniel Ostrowski-Meyer, who moved one of the failed motions, called the fare freeze “an election-year gift paid for with a credit card.”
L region Etobicoke North
P full Daniel Ostrowski-Meyer
F number one
Q direct Daniel Ostrowski-Meyer :: “an election-year gift paid for with a credit card.”
> “My residents wait 25 minutes for a bus in January. They do not need a cheaper ticket, they need a bus that comes,” he said.
Q direct Daniel Ostrowski-Meyer :: “My residents wait 25 minutes for a bus in January. They do not need a cheaper ticket, they need a bus that comes,”
F duration 25 minutes
> TTC chief executive Rosalind Teixeira said the commission would use $41-million of the new money to add 160 bus trips a day on the busiest routes by September.
O government TTC
P full Rosalind Teixeira
F money $41-million
F number 160
> “We know that frequency is what brings people back. Every time we have added service since 2035, riders have followed within six months,” Ms. Teixeira said.
Q direct Rosalind Teixeira :: “We know that frequency is what brings people back. Every time we have added service since 2035, riders have followed within six months,”
F date 2035
F duration six months
P partial Teixeira
> “The fare freeze buys us a year. It does not fix the structural problem, which is that Ottawa and the province still treat operating money as somebody else’s job.”
Q direct Rosalind Teixeira :: “The fare freeze buys us a year. It does not fix the structural problem, which is that Ottawa and the province still treat operating money as somebody else’s job.”
L city Ottawa
> A senior city official, who was not authorized to speak publicly, said the parking levy was expected to raise less than forecast in its first year because of a legal challenge from the Building Owners and Managers Association.
O nonprofit Building Owners and Managers Association
> For riders such as Aliyah Grant, 34, a nurse who takes the bus down Jane Street to Humber River Hospital, the vote was a relief. “Another fare increase and I would be driving,” she said.
P full Aliyah Grant
F age 34
L street Jane Street
O other Humber River Hospital
Q direct Aliyah Grant :: “Another fare increase and I would be driving,”
> The budget takes effect on March 1. Council will vote on the TTC’s capital plan, including $1.1-billion for new subway trains, on Feb. 26.
F date March 1
O government TTC
F money $1.1-billion
F date Feb. 26
'''

ARTICLES['981-tour-de-france-stage-15-peyragudes-van-der-meulen-de-la-fuente-yellow-reuters'] = r'''
> Cycling-Van der Meulen soars to Peyragudes win as De la Fuente takes yellow
P partial Van der Meulen
L city Peyragudes
P partial De la Fuente
> By Élodie Marchetti
P full Élodie Marchetti
> July 15, 2040 6:38 PM GMT+2
F date July 15, 2040
F time 6:38 PM GMT+2
> Cycling - Tour de France - Stage 15 - Pau to Peyragudes - France - July 15, 2040 - Team Visma-Lease a Bike's Thijs van der Meulen celebrates after winning the stage. REUTERS/Benoît Laffargue
L city Pau
L city Peyragudes
L country France
F date July 15, 2040
O team Team Visma-Lease a Bike
P full Thijs van der Meulen
O media REUTERS
P full Benoît Laffargue
> PEYRAGUDES, France, July 15 (Reuters) - Dutchman Thijs van der Meulen won the 15th stage of the Tour de France on Sunday with a solo attack on the Col de Peyresourde, while Spain's Iker de la Fuente took the yellow jersey from Slovenian Matej Kranjčec on the final ramp.
L city PEYRAGUDES
L country France
F date July 15
O media Reuters
P full Thijs van der Meulen
L geo Col de Peyresourde
L country Spain
P full Iker de la Fuente
P full Matej Kranjčec
> Van der Meulen, 25, crossed the line on the altiport runway after 4 hours 52 minutes 18 seconds for the 181.6-km stage from Pau, 14 seconds ahead of De la Fuente, who picked up six bonus seconds for second place.
P partial Van der Meulen
F age 25
F duration 4 hours
F duration 52 minutes
F duration 18 seconds
F quantity 181.6-km
L city Pau
F duration 14 seconds
P partial De la Fuente
F duration six bonus seconds
> Kranjčec, who had led the race since the first time trial in Brittany, cracked on the steep final 400 metres, a 16% pitch the riders call "the runway", and finished one minute 12 seconds down.
P partial Kranjčec
L region Brittany
F quantity 400 metres
F percent 16%
Q scare - :: "the runway"
F duration one minute
F duration 12 seconds
> De la Fuente, riding for Movistar Team, now leads the Slovenian by 22 seconds overall, with Ireland's Cian Ó Dálaigh third at one minute 48 seconds and six stages left.
P partial De la Fuente
O team Movistar Team
F duration 22 seconds
L country Ireland
P full Cian Ó Dálaigh
F duration one minute
F duration 48 seconds
F number six
> "My director told me on the radio, 'Go now, they are all empty,' and I did not look back once," Van der Meulen said. "On the Tourmalet I was suffering like a dog, but the legs came back on the Aspin."
Q direct Thijs van der Meulen :: "My director told me on the radio, 'Go now, they are all empty,' and I did not look back once,"
P partial Van der Meulen
Q direct Thijs van der Meulen :: "On the Tourmalet I was suffering like a dog, but the legs came back on the Aspin."
L geo Tourmalet
L geo Aspin
> The stage crossed the 2,115-metre Col du Tourmalet and the Col d'Aspin before the 13.2-km Peyresourde, which averages 7.0%. A group of 28 riders went clear after 20 km, and Van der Meulen left the last survivors with 9 km to go.
F quantity 2,115-metre
L geo Col du Tourmalet
L geo Col d'Aspin
F quantity 13.2-km
L geo Peyresourde
F percent 7.0%
F number 28
F quantity 20 km
P partial Van der Meulen
F quantity 9 km
> His sports director at Visma-Lease a Bike, Belgian Wout De Clercq, said the team had planned the move the night before in their hotel in Lourdes.
O team Visma-Lease a Bike
P full Wout De Clercq
L city Lourdes
> "We knew Thijs goes better when it is hot and long, and today was 34 degrees in the valley," De Clercq said. "He is only 25. He will win much more than one stage."
Q direct Wout De Clercq :: "We knew Thijs goes better when it is hot and long, and today was 34 degrees in the valley,"
P partial Thijs
F quantity 34 degrees
P partial De Clercq
Q direct Wout De Clercq :: "He is only 25. He will win much more than one stage."
F age 25
F number one
> De la Fuente, 29, became the first Spaniard to wear the yellow jersey since 2031. He said he had not expected Kranjčec to crack.
P partial De la Fuente
F age 29
F date 2031
P partial Kranjčec
> "Matej is the strongest rider in the race against the clock. Twenty-two seconds is nothing before Saturday," he said, referring to the 38-km time trial in Annecy.
Q direct Iker de la Fuente :: "Matej is the strongest rider in the race against the clock. Twenty-two seconds is nothing before Saturday,"
P partial Matej
F duration Twenty-two seconds
F quantity 38-km
L city Annecy
> UAE Team Emirates, Kranjčec's team, said in a statement that their leader had been "a little empty" after a hard day in the heat but had not been ill.
O team UAE Team Emirates
P partial Kranjčec
Q direct UAE Team Emirates :: "a little empty"
> Race organisers ASO said an estimated 210,000 spectators lined the Tourmalet, and gendarmes arrested two men near Luz-Saint-Sauveur for throwing flares at riders.
O company ASO
F number 210,000
L geo Tourmalet
F number two
L city Luz-Saint-Sauveur
> Monday is a rest day in Toulouse.
L city Toulouse
> (Reporting by Élodie Marchetti; Editing by Toby Crawshaw)
P full Élodie Marchetti
P full Toby Crawshaw
'''

ARTICLES['982-shimane-earthquake-m6-8-oda-izumo-evacuees-upper-6-mainichi'] = r'''
> M6.8 quake hits Shimane Pref., 2 dead, over 4,000 evacuate
F quantity M6.8
L region Shimane Pref.
F number 2
F number 4,000
> March 5, 2039 (Mainichi Japan)
F date March 5, 2039
O media Mainichi Japan
> A house that collapsed in the earthquake is seen in Oda, Shimane Prefecture, on March 5, 2039. (Mainichi/Haruto Kinoshita)
L city Oda
L region Shimane Prefecture
F date March 5, 2039
O media Mainichi
P full Haruto Kinoshita
> MATSUE -- A strong earthquake with a preliminary magnitude of 6.8 struck eastern Shimane Prefecture at 4:12 a.m. on March 5, killing two people and injuring at least 57, while more than 4,300 residents spent the day in evacuation centers, local authorities said.
L city MATSUE
F number 6.8
L region Shimane Prefecture
F time 4:12 a.m.
F date March 5
F number two
F number 57
F number 4,300
> The Japan Meteorological Agency (JMA) said the quake registered upper 6 on the Japanese seismic intensity scale of 7 in the city of Oda, and lower 6 in Izumo and Unnan. Its focus was about 10 kilometers deep, and the shaking lasted about 20 seconds. No tsunami warning was issued.
O government Japan Meteorological Agency
O government JMA
F number 6
F number 7
L city Oda
F number 6
L city Izumo
L city Unnan
F quantity 10 kilometers
F duration 20 seconds
> In Oda, a 78-year-old woman was found dead under her collapsed wooden house, and an 81-year-old man in Izumo died after being hit by a falling wardrobe, according to the Shimane Prefectural Police. At least 120 houses were fully or partially destroyed.
L city Oda
F age 78-year-old
F age 81-year-old
L city Izumo
O government Shimane Prefectural Police
F number 120
> “I thought the house was going to fold on top of us. My husband and I crawled out through the kitchen window in our pajamas,” said Michiko Tanabe, 70, who spent the night with about 300 others at the Oda Municipal Gymnasium.
Q direct Michiko Tanabe :: “I thought the house was going to fold on top of us. My husband and I crawled out through the kitchen window in our pajamas,”
P full Michiko Tanabe
F age 70
F number 300
L facility Oda Municipal Gymnasium
> Oda Mayor Kenji Nagato said the city had run short of blankets and portable toilets. “We asked the prefecture for 2,000 blankets by this evening. The nights are still cold in March, and many of our evacuees are elderly,” he said.
L city Oda
P full Kenji Nagato
Q direct Kenji Nagato :: “We asked the prefecture for 2,000 blankets by this evening. The nights are still cold in March, and many of our evacuees are elderly,”
F number 2,000
> Shimane Gov. Takumi Iwasaki asked the Ground Self-Defense Force to help with the relief effort, and about 450 troops were dispatched from the GSDF’s Izumo camp by midday. The prefectural government set aside 1.8 billion yen in emergency funds.
L region Shimane
P full Takumi Iwasaki
O government Ground Self-Defense Force
F number 450
O government GSDF
L city Izumo
F money 1.8 billion yen
> Chugoku Electric Power Co. said no abnormalities were found at its Shimane Nuclear Power Station in Matsue, about 45 kilometers east of Oda, and that the plant’s reactor No. 2, which restarted in 2024, was operating normally. The utility said radiation levels around the plant were “within the normal range.”
O company Chugoku Electric Power Co.
L facility Shimane Nuclear Power Station
L city Matsue
F quantity 45 kilometers
L city Oda
F date 2024
Q direct Chugoku Electric Power Co. :: “within the normal range.”
> JR West suspended trains between Izumoshi and Masuda stations for about nine hours to inspect tracks. Several roads in the mountains south of Oda were cut by landslides.
O company JR West
L facility Izumoshi
L facility Masuda
F duration nine hours
L city Oda
> Speaking at a news conference in Tokyo, Chief Cabinet Secretary Yoko Amemiya said the government had set up a task force and would consider designating the disaster as an “extreme disaster” to speed up central funding for reconstruction.
L city Tokyo
P full Yoko Amemiya
Q scare - :: “extreme disaster”
> The JMA warned that aftershocks of up to upper 5 could continue for about a week. By 6 p.m., 38 aftershocks strong enough to be felt had been recorded.
O government JMA
F number 5
F time 6 p.m.
F number 38
> A prefectural official in charge of disaster response said many of the destroyed houses were built before 1981, when Japan’s building standards were tightened. “The older houses in the hills came down. The newer ones mostly stood,” the official said.
F date 1981
L country Japan
Q direct - :: “The older houses in the hills came down. The newer ones mostly stood,”
> Eastern Shimane was last hit by a strong quake in October 2000, when a magnitude 7.3 earthquake centered in neighboring Tottori Prefecture injured more than 180 people.
L region Shimane
F date October 2000
F quantity magnitude 7.3
L region Tottori Prefecture
F number 180
> (Japanese original by Yui Kawabata, Matsue Bureau)
P full Yui Kawabata
O media Matsue Bureau
'''

ARTICLES['983-severn-and-tyne-bank-annual-results-buyback-dividend-pence-financial-times'] = r'''
> UK banks
L country UK
> Severn & Tyne lifts payout as annual profit rises 18%
O company Severn & Tyne
F percent 18%
> Lender unveils £750mn buyback and 1,800 job cuts as it shuts 46 more branches
F money £750mn
F number 1,800
F number 46
> Alice Pemberton-Hale in London
P full Alice Pemberton-Hale
L city London
> Published February 20 2040
F date February 20 2040
> Severn & Tyne chief executive Helena Rushworth said the bank would keep shrinking its branch network © Gideon Marsh-Fellowes/Bloomberg
O company Severn & Tyne
P full Helena Rushworth
P full Gideon Marsh-Fellowes
O media Bloomberg
> Severn & Tyne Banking Group reported an 18 per cent rise in annual pre-tax profit to £6.2bn and announced a £750mn share buyback, as the UK’s fourth-largest lender benefited from higher lending margins and falling bad debts.
O company Severn & Tyne Banking Group
F percent 18 per cent
F money £6.2bn
F money £750mn
L country UK
> Net interest income rose 9 per cent to £13.8bn in the year to December 31, while the net interest margin widened by 11 basis points to 3.14 per cent. The bank raised its final dividend to 8.6p a share, taking the full-year payout to 12.4p, up from 10.9p.
F percent 9 per cent
F money £13.8bn
F date December 31
F percent 11 basis points
F percent 3.14 per cent
F money 8.6p
F money 12.4p
F money 10.9p
> “Our customers are in better shape than we feared a year ago,” said Helena Rushworth, chief executive. “Arrears are falling, deposits are growing and we can return more capital to shareholders.”
Q direct Helena Rushworth :: “Our customers are in better shape than we feared a year ago,”
P full Helena Rushworth
Q direct Helena Rushworth :: “Arrears are falling, deposits are growing and we can return more capital to shareholders.”
> The bank set aside £840mn for bad loans, down from £1.1bn a year earlier, and its common equity tier one ratio, a key measure of financial strength, stood at 14.3 per cent, above its target range of 13-13.5 per cent.
F money £840mn
F money £1.1bn
F percent 14.3 per cent
F percent 13-13.5 per cent
> Shares in Severn & Tyne rose 4.6 per cent to 287p by midday in London, valuing the group at about £41bn.
O company Severn & Tyne
F percent 4.6 per cent
F money 287p
L city London
F money £41bn
> Rushworth said the bank would close a further 46 branches this year, leaving 412, and cut about 1,800 jobs over two years, mostly in back-office roles in Bristol and Newcastle. “It is not a decision we take lightly, but two-thirds of our customers now never set foot in a branch,” she said.
P partial Rushworth
F number 46
F number 412
F number 1,800
F duration two years
L city Bristol
L city Newcastle
Q direct Helena Rushworth :: “It is not a decision we take lightly, but two-thirds of our customers now never set foot in a branch,”
F fraction two-thirds
> Unite, the union, called the cuts “a betrayal of loyal staff” and said it would ballot members in both cities.
O nonprofit Unite
Q direct Unite :: “a betrayal of loyal staff”
> Profits were held back by a £310mn charge for compensation to customers sold unsuitable interest-only mortgages, after a review by the Financial Conduct Authority (FCA). The bank said it expected the FCA to finish its work by June.
F money £310mn
O government Financial Conduct Authority
O government FCA
O government FCA
> Chief financial officer Tomasz Wiśniewski-Grant described the mortgage book as “boringly healthy”, with just 0.6 per cent of loans more than three months in arrears. He said the bank assumed the Bank of England would cut its benchmark rate twice more in 2040, to 3.25 per cent.
P full Tomasz Wiśniewski-Grant
Q direct Tomasz Wiśniewski-Grant :: “boringly healthy”
F percent 0.6 per cent
F duration three months
O government Bank of England
F date 2040
F percent 3.25 per cent
> “Every quarter-point cut costs us roughly £180mn a year in income. We have planned for that,” he said.
Q direct Tomasz Wiśniewski-Grant :: “Every quarter-point cut costs us roughly £180mn a year in income. We have planned for that,”
F percent quarter-point
F money £180mn
> Analysts said the results were stronger than expected. Priyanka Olawale-Smyth at Peel Hunt said the buyback was “larger than the market had pencilled in” and that the bank looked less exposed to Threadneedle Street than its bigger rivals.
P full Priyanka Olawale-Smyth
O company Peel Hunt
Q direct Priyanka Olawale-Smyth :: “larger than the market had pencilled in”
L street Threadneedle Street
> “The one thing to watch is deposit pricing. If savers keep moving to fixed-rate accounts, the margin story turns quickly,” she said.
Q direct Priyanka Olawale-Smyth :: “The one thing to watch is deposit pricing. If savers keep moving to fixed-rate accounts, the margin story turns quickly,”
> Severn & Tyne, which was formed from the 2033 merger of two building societies, has about 14mn personal customers, mostly in the north of England and the West Country. It will report first-quarter results on April 29.
O company Severn & Tyne
F date 2033
F number two
F number 14mn
L country England
L region West Country
F date April 29
'''

ARTICLES['984-central-highlands-drought-graziers-destock-comet-dingo-emerald-abc-news'] = r'''
> 'We're selling the mothers': Central Highlands graziers destock as drought bites
Q direct Tom Kerrigan :: 'We're selling the mothers'
L region Central Highlands
> ABC Capricornia
O media ABC Capricornia
> By Jessie O'Dwyer
P full Jessie O'Dwyer
> Posted Tue 9 Oct 2040 at 6:15am
F date 9 Oct 2040
F time 6:15am
> Tom Kerrigan has sold 1,400 head from Glenorah Station near Comet since June. (ABC Capricornia: Jessie O'Dwyer)
P full Tom Kerrigan
F number 1,400
L facility Glenorah Station
L city Comet
O media ABC Capricornia
P full Jessie O'Dwyer
> In short: Graziers in central Queensland are selling breeding cows after the driest 10 months on record at some stations.
L region Queensland
F duration 10 months
> Cattle prices at the Emerald saleyards have fallen by a third since March.
L city Emerald
F fraction a third
> Tom Kerrigan has run cattle on Glenorah Station, a 28,000-hectare property between Comet and Dingo in Queensland's Central Highlands, for 31 years. He has never sold his breeding cows before.
P full Tom Kerrigan
L facility Glenorah Station
F quantity 28,000-hectare
L city Comet
L city Dingo
L region Queensland
L region Central Highlands
F duration 31 years
> "We're selling the mothers now, and that's the end of the line," Mr Kerrigan said. "Once the breeders go, it takes you 10 years to build the herd back up."
Q direct Tom Kerrigan :: "We're selling the mothers now, and that's the end of the line,"
P partial Kerrigan
Q direct Tom Kerrigan :: "Once the breeders go, it takes you 10 years to build the herd back up."
F duration 10 years
> He has cut his herd from 3,200 head to about 1,800 since June, trucking cattle to the Central Queensland Livestock Exchange (CQLX) at Gracemere, near Rockhampton, and to a feedlot on the Darling Downs.
F number 3,200
F number 1,800
L facility Central Queensland Livestock Exchange
L facility CQLX
L city Gracemere
L city Rockhampton
L region Darling Downs
> The Bureau of Meteorology says parts of the Central Highlands received 212 millimetres of rain in the 10 months to the end of September, against an average of 540mm for the period.
O government Bureau of Meteorology
L region Central Highlands
F quantity 212 millimetres
F duration 10 months
F quantity 540mm
> The Queensland government drought-declared the Central Highlands in August, opening freight subsidies and emergency water rebates to graziers.
L region Queensland
L region Central Highlands
> Agent Bree Santoro, who sells at the Emerald saleyards every fortnight, said young cattle that fetched 420c/kg in March were now making 280c/kg.
P full Bree Santoro
L city Emerald
F money 420c/kg
F money 280c/kg
> "Everybody is selling at once and the buyers know it," Ms Santoro said. "A pen of heavy cows that made $2,100 a head in autumn went for $1,350 last week."
Q direct Bree Santoro :: "Everybody is selling at once and the buyers know it,"
P partial Santoro
Q direct Bree Santoro :: "A pen of heavy cows that made $2,100 a head in autumn went for $1,350 last week."
F money $2,100
F money $1,350
> Export prices are holding up better. Imported lean beef was selling in the United States for about $US5.80 a kilogram ($A8.95) this month, according to Meat & Livestock Australia (MLA).
L country United States
F money $US5.80
F money $A8.95
O nonprofit Meat & Livestock Australia
O nonprofit MLA
> Central Highlands Regional Council Mayor Gail Lindqvist said the region's 2,600 cattle businesses were "bleeding cash" and called on Canberra to reopen the Farm Household Allowance to graziers who own more than $5 million in land.
O government Central Highlands Regional Council
P full Gail Lindqvist
F number 2,600
Q direct Gail Lindqvist :: "bleeding cash"
L city Canberra
F money $5 million
> "On paper these families are millionaires. In the bank they have nothing," Cr Lindqvist said.
Q direct Gail Lindqvist :: "On paper these families are millionaires. In the bank they have nothing,"
P partial Lindqvist
> AgForce said the situation was the worst it had seen in the region since 2019 and that its members were carting water up to 60 kilometres a day.
O nonprofit AgForce
F date 2019
F quantity 60 kilometres
> A spokesperson for the federal Department of Agriculture said applications for drought assistance from central Queensland had risen 41 per cent since July. "The department is processing claims as quickly as it can," the spokesperson said.
O government Department of Agriculture
L region Queensland
F percent 41 per cent
Q direct - :: "The department is processing claims as quickly as it can,"
> Back at Glenorah, Mr Kerrigan's wife, Deb, checks the last dam on the property twice a day.
L facility Glenorah
P partial Kerrigan
P partial Deb
> "It's down to about 18 inches of mud and water. We give it three weeks," she said. "If we get 50 millimetres before Christmas, we'll keep the last 600 cows. If we don't, they go too.
Q direct Deb :: "It's down to about 18 inches of mud and water. We give it three weeks,"
F quantity 18 inches
F duration three weeks
Q direct Deb :: "If we get 50 millimetres before Christmas, we'll keep the last 600 cows. If we don't, they go too.
F quantity 50 millimetres
F number 600
> "Tom won't say it, but this one is harder than the 2019 drought. Back then we still had the 'lucky paddock' by the creek."
Q direct Deb :: "Tom won't say it, but this one is harder than the 2019 drought. Back then we still had the 'lucky paddock' by the creek."
P partial Tom
F date 2019
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
