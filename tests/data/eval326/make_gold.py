#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval326 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval326/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1999-hong-kong-green-minibus-fare-rise-legco-panel-sha-tin-rthk'] = r'''
> Local
> Lawmakers split over 9.8 percent green minibus fare rise
F percent 9.8 percent
> Operators say 1,200 drivers have quit in two years as passenger numbers fall
F number 1,200
F duration two years
> By Winnie Cheung
P full Winnie Cheung
> 2043-11-06 HKT 18:42
F date 2043-11-06
F time 18:42
> Green minibuses wait for passengers at the Sha Tin Central Bus Terminus on Friday. Photo: RTHK
L facility Sha Tin Central Bus Terminus
O media RTHK
> Lawmakers were sharply divided on Friday over a proposal to let green minibus operators raise fares by an average of 9.8 percent, with several members of the Legislative Council's transport panel warning that the rise would hit residents of the New Territories hardest.
F percent 9.8 percent
O government Legislative Council
L region New Territories
> The Transport Department (TD) told the panel that operators of 152 routes had applied for increases of between HK$0.60 and HK$1.40 per trip, the first across-the-board rise since 2040. If approved, the average green minibus fare would go up from HK$9.20 to HK$10.10.
O government Transport Department
O government TD
F number 152
F money HK$0.60
F money HK$1.40
F date 2040
F money HK$9.20
F money HK$10.10
> Doreen Kwok Sze-wing, who represents the New Territories North East constituency, accused the department of "rubber-stamping" the applications. "For a family in Sha Tin or Tai Po, this is not small change. It is HK$300 or HK$400 a month," she said.
P full Doreen Kwok Sze-wing
L region New Territories North East
Q direct Doreen Kwok Sze-wing :: "rubber-stamping"
Q direct Doreen Kwok Sze-wing :: "For a family in Sha Tin or Tai Po, this is not small change. It is HK$300 or HK$400 a month,"
L city Sha Tin
L city Tai Po
F money HK$300
F money HK$400
> "The operators tell us their costs are up, and I believe them," Kwok added. "But they also tell us passenger numbers are down 14 percent since 2041, and nobody in this room has asked why. People have been 'voting with their feet' and taking the MTR instead.
Q direct Doreen Kwok Sze-wing :: "The operators tell us their costs are up, and I believe them,"
P partial Kwok
Q direct Doreen Kwok Sze-wing :: "But they also tell us passenger numbers are down 14 percent since 2041, and nobody in this room has asked why. People have been 'voting with their feet' and taking the MTR instead.
F percent 14 percent
F date 2041
O company MTR
> "Every time we raise fares, we push out the very passengers this trade depends on."
Q direct Doreen Kwok Sze-wing :: "Every time we raise fares, we push out the very passengers this trade depends on."
> Assistant Commissioner for Transport Alvin Tse Ming-chun told members the department had weighed the operators' finances against affordability. He said TD figures showed 41 routes had lost money for at least six months in a row, and that about 1,200 drivers had left the trade over the past two years.
P full Alvin Tse Ming-chun
O government TD
F number 41
F duration six months
F number 1,200
F duration two years
> "A route that cannot pay its drivers is a route that disappears," Tse said, adding that a full-time driver now earns an average of HK$19,500 a month, down from HK$21,000 in 2040.
Q direct Alvin Tse Ming-chun :: "A route that cannot pay its drivers is a route that disappears,"
P partial Tse
F money HK$19,500
F money HK$21,000
F date 2040
> In a paper submitted to the panel, the department described the proposed increases as "modest and necessary" and said it would review them after 12 months.
Q direct Transport Department :: "modest and necessary"
F duration 12 months
> Lo Kam-fai, chairman of the New Territories Minibus Operators' Chamber, said the cost of diesel, insurance and spare parts had risen by almost a fifth since fares were last adjusted. Operators have asked for what they call a "fuel surcharge mechanism" so that fares can follow oil prices without a full review.
P full Lo Kam-fai
O nonprofit New Territories Minibus Operators' Chamber
F fraction a fifth
Q scare - :: "fuel surcharge mechanism"
> "We are not asking for a windfall. We are asking to survive," he said. Lo said drivers on routes such as the 65K between Sha Tin and Tai Wai often carry only four or five passengers in their 19-seat vehicles outside rush hours.
Q direct Lo Kam-fai :: "We are not asking for a windfall. We are asking to survive,"
P partial Lo
L city Sha Tin
L city Tai Wai
F number four
F number five
F number 19
> At the terminus, retired cleaner Chan Mei-ling, 68, said she takes a minibus twice a day from her flat in Lek Yuen Estate to the wet market in Sha Tin town centre.
P full Chan Mei-ling
F age 68
L city Lek Yuen Estate
L city Sha Tin
> "With the two-dollar fare for elderly people, I don't mind so much. But my son pays full price every day to get to work in Kwun Tong. He tells me, 'Ma, soon I will walk,'" she said.
Q direct Chan Mei-ling :: "With the two-dollar fare for elderly people, I don't mind so much. But my son pays full price every day to get to work in Kwun Tong. He tells me, 'Ma, soon I will walk,'"
F money two-dollar
L city Kwun Tong
> The Legco panel will vote on a non-binding motion on November 22. If the Executive Council approves the increases, the new fares would take effect on January 1, 2044.
O government Legco
F date November 22
O government Executive Council
F date January 1, 2044
'''

ARTICLES['2000-great-salt-lake-water-leasing-bill-farmington-lawmaker-byu-ksl'] = r'''
> Utah
L region Utah
> Farmington lawmaker’s $340 million plan would pay farmers to send water to Great Salt Lake
L city Farmington
F money $340 million
L geo Great Salt Lake
> The bill would lease up to 250,000 acre-feet a year from willing water users
F quantity 250,000 acre-feet
> By Madison Thurgood, KSL.com | Posted - Oct. 14, 2042 at 6:05 p.m.
P full Madison Thurgood
O media KSL.com
F date Oct. 14, 2042
F time 6:05 p.m.
> Exposed lakebed stretches north of Magna on the south shore of the Great Salt Lake on Monday. (Madison Thurgood, KSL.com)
L city Magna
L geo Great Salt Lake
P full Madison Thurgood
O media KSL.com
> SALT LAKE CITY — A Farmington lawmaker wants the state to spend $340 million over five years paying farmers to leave water in the rivers that feed the Great Salt Lake, which fell this month to 4,189.6 feet above sea level, less than 2 feet above its record low.
L city SALT LAKE CITY
L city Farmington
F money $340 million
F duration five years
L geo Great Salt Lake
F quantity 4,189.6 feet
F quantity 2 feet
> Rep. Tanner Oldroyd, R-Farmington, unveiled the bill Monday at the Utah State Capitol alongside farmers from Box Elder and Cache counties. It would let the Utah Division of Water Resources lease up to 250,000 acre-feet a year from willing water-rights holders along the Bear, Weber and Jordan rivers.
P full Tanner Oldroyd
L city Farmington
L facility Utah State Capitol
L region Box Elder
L region Cache
O government Utah Division of Water Resources
F quantity 250,000 acre-feet
L geo Bear
L geo Weber
L geo Jordan
> “We have spent a decade studying this lake. We know what it needs. It needs water, and water costs money,” Oldroyd said. “This bill puts the money where the water is.
Q direct Tanner Oldroyd :: “We have spent a decade studying this lake. We know what it needs. It needs water, and water costs money,”
P partial Oldroyd
Q direct Tanner Oldroyd :: “This bill puts the money where the water is.
> “If we wait for another big winter to bail us out, we are gambling with the air our kids breathe.”
Q direct Tanner Oldroyd :: “If we wait for another big winter to bail us out, we are gambling with the air our kids breathe.”
> Oldroyd’s proposal comes after two dry winters erased most of the gains the lake made in 2038 and 2039. Exposed lakebed now covers roughly 800 square miles, and wind can carry arsenic-laced dust from it across the Wasatch Front, home to about 2.6 million people.
P partial Oldroyd
F number two
F date 2038
F date 2039
F quantity 800 square miles
L region Wasatch Front
F number 2.6 million
> In a statement, the Division of Water Resources said it “supports the goal” of the bill and has leased about 41,000 acre-feet through a smaller pilot program since 2040. Those leases have cost an average of $210 per acre-foot, and about 35% of the water never reached the lake, the division said.
O government Division of Water Resources
Q direct Utah Division of Water Resources :: “supports the goal”
F quantity 41,000 acre-feet
F date 2040
F money $210
F percent 35%
> The bill would also pay for what water managers call “shepherding” — tracking leased water downstream so other users cannot divert it before it reaches the lake.
Q scare - :: “shepherding”
> Brigham Young University hydrologist Rebecca Sorensen-Tuttle said the lake needs roughly 1 million acre-feet of extra inflow a year, for several years, to climb back to a healthy range of 4,198 to 4,205 feet.
O education Brigham Young University
P full Rebecca Sorensen-Tuttle
F quantity 1 million acre-feet
F quantity 4,198
F quantity 4,205 feet
> “Leasing buys time. It doesn’t buy a healthy lake by itself,” said Sorensen-Tuttle, who has studied the lake for BYU since 2036. “If every drop this bill pays for reaches the lake, you might see 2 or 3 feet of rise over five years. That’s meaningful. It is not a rescue.”
Q direct Rebecca Sorensen-Tuttle :: “Leasing buys time. It doesn’t buy a healthy lake by itself,”
P partial Sorensen-Tuttle
O education BYU
F date 2036
Q direct Rebecca Sorensen-Tuttle :: “If every drop this bill pays for reaches the lake, you might see 2 or 3 feet of rise over five years. That’s meaningful. It is not a rescue.”
F quantity 2
F quantity 3 feet
F duration five years
> A legislative staffer not authorized to speak publicly said the plan would compete with a roughly $500 million request for roads. “It’s a big number in a tight year,” the staffer said.
F money $500 million
Q direct - :: “It’s a big number in a tight year,”
> At the Bear River Migratory Bird Refuge west of Brigham City, duck-hunting guide Kade Nielson, 47, said the marshes where he has guided clients for 22 years were mostly mud this season.
L facility Bear River Migratory Bird Refuge
L city Brigham City
P full Kade Nielson
F age 47
F duration 22 years
> “I used to launch the boat right there,” Nielson said, pointing to a dry channel more than a mile from open water. “I had 60 clients cancel last fall. The birds go where the water is, and so do the hunters.”
Q direct Kade Nielson :: “I used to launch the boat right there,”
P partial Nielson
Q direct Kade Nielson :: “I had 60 clients cancel last fall. The birds go where the water is, and so do the hunters.”
F number 60
> The bill is expected to be heard by the House Natural Resources, Agriculture, and Environment Committee after the Legislature convenes Jan. 26, 2043.
O government House Natural Resources, Agriculture, and Environment Committee
O government Legislature
F date Jan. 26, 2043
'''

ARTICLES['2001-ethiopia-coffee-export-record-ecta-sidama-exporters-the-reporter'] = r'''
> Business
> Coffee exports hit record US$2.41 billion as shipments top 400,000 tonnes
F money US$2.41 billion
F quantity 400,000 tonnes
> By Hiwot Tadesse
P full Hiwot Tadesse
> July 19, 2044
F date July 19, 2044
> Farmers deliver red cherries to a washing station in Aleta Wondo, Sidama. (Photo: Bezawit Lemma)
L city Aleta Wondo
L region Sidama
P full Bezawit Lemma
> Ethiopia earned US$2.41 billion from coffee exports in the 2036 Ethiopian fiscal year, which ended on Sene 30, 2036 E.C. (July 7, 2044), the highest figure on record, according to the Ethiopian Coffee and Tea Authority (ECTA).
L country Ethiopia
F money US$2.41 billion
F date 2036
F date Sene 30, 2036 E.C.
F date July 7, 2044
O government Ethiopian Coffee and Tea Authority
O government ECTA
> The country shipped 412,600 tonnes of coffee during the year, up 9.4 percent from the previous year, while earnings rose 16 percent, ECTA said in a statement on Thursday. In local currency, exports brought in 330.2 billion birr.
F quantity 412,600 tonnes
F percent 9.4 percent
F percent 16 percent
O government ECTA
F money 330.2 billion birr
> “This record is the result of stricter quality control at washing stations and of the direct trade channels we opened to farmers and cooperatives,” the statement said, adding that Germany, Saudi Arabia, the United States and Japan remained the largest buyers.
Q direct Ethiopian Coffee and Tea Authority :: “This record is the result of stricter quality control at washing stations and of the direct trade channels we opened to farmers and cooperatives,”
L country Germany
L country Saudi Arabia
L country United States
L country Japan
> ECTA Director General Ato Gemechu Tolera Dinsa told The Reporter that the average export price rose to US$5.84 a kilogram from US$5.51 a year earlier, as Brazil’s harvest fell short for a second year.
O government ECTA
P full Gemechu Tolera Dinsa
O media The Reporter
F money US$5.84
F money US$5.51
L country Brazil
> “We have shown buyers that Ethiopia can deliver volume and quality at the same time. We will not go back to selling cheap coffee,” Gemechu said, adding that the authority targets 450,000 tonnes and US$2.8 billion in the 2037 fiscal year.
Q direct Gemechu Tolera Dinsa :: “We have shown buyers that Ethiopia can deliver volume and quality at the same time. We will not go back to selling cheap coffee,”
L country Ethiopia
P partial Gemechu
F quantity 450,000 tonnes
F money US$2.8 billion
F date 2037
> W/ro Meseret Alemayehu Wolde, general manager of Entoto Highland Coffee Export, an Addis Ababa-based firm that ships to Germany and South Korea, said the gains came with new costs.
P full Meseret Alemayehu Wolde
O company Entoto Highland Coffee Export
L city Addis Ababa
L country Germany
L country South Korea
> “Buyers now want every bag traced to the farm, with the GPS points of each plot. That is fair, but the tracing system cost us 4.5 million birr this year alone,” she said. “Small exporters cannot carry that. Some of them call me and say, ‘Meseret, we will sell our licence to the big ones and close.’”
Q direct Meseret Alemayehu Wolde :: “Buyers now want every bag traced to the farm, with the GPS points of each plot. That is fair, but the tracing system cost us 4.5 million birr this year alone,”
F money 4.5 million birr
Q direct Meseret Alemayehu Wolde :: “Small exporters cannot carry that. Some of them call me and say, ‘Meseret, we will sell our licence to the big ones and close.’”
P partial Meseret
> In Hula woreda of the Sidama Region, at about 2,800 metres above sea level, farmer Ato Ayele Borsamo Lenda, 54, said cherry prices reached 96 birr a kilogram at harvest, nearly double what he was paid in 2041.
L region Hula
L region Sidama Region
F quantity 2,800 metres
P full Ayele Borsamo Lenda
F age 54
F money 96 birr
F date 2041
> “For the first time, my children eat meat more than once a week,” Ayele said. He grows coffee under shade trees on 1.5 hectares and sold 2,100 kilograms of red cherry this season to the Hula Farmers’ Cooperative Union.
Q direct Ayele Borsamo Lenda :: “For the first time, my children eat meat more than once a week,”
P partial Ayele
F quantity 1.5 hectares
F quantity 2,100 kilograms
O nonprofit Hula Farmers’ Cooperative Union
> But he worries that fertiliser, now 7,400 birr a quintal, will eat into next year’s income. “The price of coffee goes up and down. The price of fertiliser only goes up,” he said.
F money 7,400 birr
Q direct Ayele Borsamo Lenda :: “The price of coffee goes up and down. The price of fertiliser only goes up,”
> Dr. Tsion Abebe Gurmu, an economist at Addis Ababa University, cautioned against reading too much into a single good season.
P full Tsion Abebe Gurmu
O education Addis Ababa University
> “Half of the increase is price, not volume. Brazil had a frost and we [Ethiopia] had the coffee,” she said. She noted that coffee still makes up about 31 percent of merchandise export earnings, down from more than a third a decade ago, and said the National Bank of Ethiopia’s move to a market-based exchange rate had helped exporters more than farmers.
Q direct Tsion Abebe Gurmu :: “Half of the increase is price, not volume. Brazil had a frost and we [Ethiopia] had the coffee,”
F fraction Half
L country Brazil
L country Ethiopia
F percent 31 percent
F fraction a third
O government National Bank of Ethiopia
> ECTA said it would extend its “farm-to-port” tracing rule to all exporters from Meskerem 1, 2037 E.C. (September 11, 2044).
O government ECTA
Q scare - :: “farm-to-port”
F date Meskerem 1, 2037 E.C.
F date September 11, 2044
'''

ARTICLES['2002-six-nations-ireland-24-27-france-aviva-stadium-lartigue-planet-rugby'] = r'''
> Six Nations
> Six Nations: Late Lartigue try sinks Ireland as France win 27-24 in Dublin
P partial Lartigue
O team Ireland
O team France
F score 27-24
L city Dublin
> Les Bleus came from 12 points down to end Ireland’s 14-match unbeaten home run, with the hosts left to settle for two bonus points.
O team Les Bleus
F number 12
O team Ireland
F number 14
F number two
> By Ciarán Doolan
P full Ciarán Doolan
> Date published: 15th February 2042 19:08
F date 15th February 2042
F time 19:08
> France replacement Baptiste Lartigue celebrates his match-winning try at the Aviva Stadium. Credit: Inpho
O team France
P full Baptiste Lartigue
L facility Aviva Stadium
O media Inpho
> France ended Ireland’s unbeaten home record in Dublin on Saturday, replacement scrum-half Baptiste Lartigue sniping over six minutes from time to seal a 27-24 victory that blows the title race wide open.
O team France
O team Ireland
L city Dublin
P full Baptiste Lartigue
F duration six minutes
F score 27-24
> Ireland had raced into a 12-0 lead inside 19 minutes and scored four tries to France’s three, but the hosts gave away 14 penalties and let a game they controlled drift away from them.
O team Ireland
F score 12-0
F duration 19 minutes
F number four
O team France
F number three
F number 14
> Fiachra Doherty opened the scoring on six minutes, finishing a flat pass from Eoghan Cuddihy in the left corner, and Cuddihy added the extras from the touchline. Hooker Seán Mac Aodha then peeled off a driving maul on 19 minutes.
P full Fiachra Doherty
F duration six minutes
P full Eoghan Cuddihy
P partial Cuddihy
P full Seán Mac Aodha
F duration 19 minutes
> France, beaten by England in Paris a week earlier, looked rattled. But Hugo Larroque-Heugas landed a penalty on 24 minutes and the visitors found their rhythm. Mathis Ndiaye-Roux finished a 60-metre break by full-back Théo Castagnet on 31 minutes, and No. 8 Clément Oyarzabal bulldozed through two tacklers two minutes before the break. France led 17-12 at half-time.
O team France
O team England
L city Paris
P full Hugo Larroque-Heugas
F duration 24 minutes
P full Mathis Ndiaye-Roux
F quantity 60-metre
P full Théo Castagnet
F duration 31 minutes
P full Clément Oyarzabal
F number two
F duration two minutes
O team France
F score 17-12
> Centre Jamie Kinsella levelled on 49 minutes before Larroque-Heugas kicked France back in front, and Doherty’s second try on 63 minutes, converted by Cuddihy, brought the try bonus point and a 24-20 lead.
P full Jamie Kinsella
F duration 49 minutes
P partial Larroque-Heugas
O team France
P partial Doherty
F duration 63 minutes
P partial Cuddihy
F score 24-20
> But Ireland lost control of the set piece. Oyarzabal stole a lineout deep in Irish territory and, four phases later, Lartigue darted over from close range. Larroque-Heugas converted, and France kept the ball through the final three minutes.
O team Ireland
P partial Oyarzabal
F number four
P partial Lartigue
P partial Larroque-Heugas
O team France
F duration three minutes
> “We had them where we wanted them and we let them off the hook,” said Ireland head coach Niall Gargan. “Four tries at home should win you a Test match. It didn’t, because we gave away 14 penalties and stopped doing the simple things.
Q direct Niall Gargan :: “We had them where we wanted them and we let them off the hook,”
O team Ireland
P full Niall Gargan
Q direct Niall Gargan :: “Four tries at home should win you a Test match. It didn’t, because we gave away 14 penalties and stopped doing the simple things.
F number Four
F number 14
> “I told the lads at the break, ‘Squeeze them, don’t chase them.’ We did it for 20 minutes and then we went away from it.”
Q direct Niall Gargan :: “I told the lads at the break, ‘Squeeze them, don’t chase them.’ We did it for 20 minutes and then we went away from it.”
F duration 20 minutes
> Gargan said Cuddihy would be assessed for a knee injury before Ireland travel to Cardiff to face Wales in a fortnight.
P partial Gargan
P partial Cuddihy
O team Ireland
L city Cardiff
O team Wales
> France head coach Olivier Dumesnil, whose side trailed by 12 points for most of the first quarter, praised his pack. “We were dead after 20 minutes. Dead,” he said. “But this group does not panic. Clément was a monster at the lineout and Hugo kicked like a man who has been doing it for 30 years.”
O team France
P full Olivier Dumesnil
F number 12
Q direct Olivier Dumesnil :: “We were dead after 20 minutes. Dead,”
F duration 20 minutes
Q direct Olivier Dumesnil :: “But this group does not panic. Clément was a monster at the lineout and Hugo kicked like a man who has been doing it for 30 years.”
P partial Clément
P partial Hugo
F duration 30 years
> Dumesnil also defended his much-criticised “bomb squad” bench, which supplied the winning try. Larroque-Heugas, 22, finished with 12 points from three conversions and two penalties and called the win “a small revolution for us.”
P partial Dumesnil
Q scare - :: “bomb squad”
P partial Larroque-Heugas
F age 22
F number 12
F number three
F number two
Q direct Hugo Larroque-Heugas :: “a small revolution for us.”
> The result leaves Ireland top on 11 points after three rounds, one ahead of France and England.
O team Ireland
F number 11
F number three
F number one
O team France
O team England
> The scorers:
> For Ireland:
O team Ireland
> Tries: Doherty 2, Mac Aodha, Kinsella
P partial Doherty
F number 2
P partial Mac Aodha
P partial Kinsella
> Cons: Cuddihy 2
P partial Cuddihy
F number 2
> For France:
O team France
> Tries: Ndiaye-Roux, Oyarzabal, Lartigue
P partial Ndiaye-Roux
P partial Oyarzabal
P partial Lartigue
> Cons: Larroque-Heugas 3
P partial Larroque-Heugas
F number 3
> Pens: Larroque-Heugas 2
P partial Larroque-Heugas
F number 2
> Referee: Callum Drummond (Scotland)
P full Callum Drummond
L country Scotland
> Attendance: 51,200
F number 51,200
'''

ARTICLES['2003-pompeii-house-of-the-blue-peacock-garden-shrine-coins-tablets-ansa'] = r'''
> Pompeii dig finds garden shrine hiding 41 bronze coins
L city Pompeii
F number 41
> Sealed wax tablets could name the house's owner, park director says
> 22 May 2043 17:06
F date 22 May 2043
F time 17:06
> Archaeologists at work in the garden of the House of the Blue Peacock. ANSA/CESARE DELL'ORCO
L facility House of the Blue Peacock
O media ANSA
P full CESARE DELL'ORCO
> (ANSA) - NAPLES, MAY 22 - Archaeologists at Pompeii have found a small garden shrine holding a carbonised wooden chest with 41 bronze coins and six sealed wax tablets, the Archaeological Park of Pompeii said on Friday.
O media ANSA
L city NAPLES
F date MAY 22
L city Pompeii
F number 41
F number six
O government Archaeological Park of Pompeii
> The find was made in the garden of a house that excavators have nicknamed the "House of the Blue Peacock" after a fresco of the bird in its dining room. The house stands in a block that was partly dug in the 1950s and then covered over again.
Q scare - :: "House of the Blue Peacock"
L facility House of the Blue Peacock
F date 1950s
> Park director Federico Sannino told ANSA that the tablets, still sealed together in pairs, might carry the owner's name. "If we are lucky, we will read a contract, a loan, perhaps a name. If we are very lucky, we will read all three," Sannino said.
P full Federico Sannino
O media ANSA
Q direct Federico Sannino :: "If we are lucky, we will read a contract, a loan, perhaps a name. If we are very lucky, we will read all three,"
F number three
P partial Sannino
> He said the coins, mostly sestertii minted under the emperors Tiberius and Claudius, suggested the shrine was still in use shortly before the eruption of Mount Vesuvius in AD 79 buried the city under up to 6 metres of ash and pumice.
P partial Tiberius
P partial Claudius
L geo Mount Vesuvius
F date AD 79
F quantity 6 metres
> The Culture Ministry said in a statement that the discovery "confirms once again that Pompeii still has a great deal to tell us" and that the 2.3 million euros it allocated in 2042 for new digs in the area had been "well spent".
O government Culture Ministry
Q direct Culture Ministry :: "confirms once again that Pompeii still has a great deal to tell us"
L city Pompeii
F money 2.3 million euros
F date 2042
Q direct Culture Ministry :: "well spent"
> Pompeii, about 25 km south-east of Naples in the Campania region, drew a record 4.6 million visitors in 2042, up from 4.1 million the year before, according to park figures, and the park expects 5 million visitors a year by 2044. It is the second most visited archaeological site in Italy after the Colosseum in Rome.
L city Pompeii
F quantity 25 km
L city Naples
L region Campania
F number 4.6 million
F date 2042
F number 4.1 million
F number 5 million
F date 2044
L country Italy
L facility Colosseum
L city Rome
> Chiara Improta, a professor of Roman archaeology at the University of Naples Federico II, said the chest's position, under a niche painted with snakes and an altar, was unusual.
P full Chiara Improta
O education University of Naples Federico II
> "Romans kept their valuables close to the 'lararium', the shrine of the household gods. But a chest buried in the garden, under a shrine, with tablets inside: that I have seen only once in 30 years," Improta said. She added that the tablets had been taken to a laboratory at Herculaneum to be scanned before anyone tries to open them.
Q direct Chiara Improta :: "Romans kept their valuables close to the 'lararium', the shrine of the household gods. But a chest buried in the garden, under a shrine, with tablets inside: that I have seen only once in 30 years,"
F duration 30 years
P partial Improta
L city Herculaneum
> The chest measures 48 centimetres by 31, and the coins were found in the remains of a cloth bag. Researchers date the house's first phase to the second century BC and the peacock fresco to between 20 and 10 BC.
F quantity 48 centimetres
F quantity 31
F date 20
F date 10 BC
> Tour guide Rosaria Anastasio, 39, who has led groups through Pompeii for 15 years, said visitors were already asking about the dig. "Everybody wants to see the peacock. I tell them, come back in two years," she said, "and bring water."
P full Rosaria Anastasio
F age 39
L city Pompeii
F duration 15 years
Q direct Rosaria Anastasio :: "Everybody wants to see the peacock. I tell them, come back in two years,"
F duration two years
Q direct Rosaria Anastasio :: "and bring water."
> A park official, who asked not to be named, said the garden would stay "closed for a long time" while the finds are studied and would not open to visitors before 2044. The coins are due to go on display at the site's Antiquarium in September.
Q direct - :: "closed for a long time"
F date 2044
L facility Antiquarium
> ALL RIGHTS RESERVED © Copyright ANSA
O media ANSA
'''

ARTICLES['2004-kinta-hijau-plantations-3q-profit-cpo-harvesters-nash-the-edge-malaysia'] = r'''
> Corporate
> Kinta Hijau Plantations’ 3Q net profit jumps 41% to RM98.6m on higher CPO prices
O company Kinta Hijau Plantations
F percent 41%
F money RM98.6m
> Output from its Perak and Sabah estates up 6.2%, but group still short of harvesters
L region Perak
L region Sabah
F percent 6.2%
> By Nurul Aina Kamarudin / theedgemalaysia.com
P full Nurul Aina Kamarudin
O media theedgemalaysia.com
> 14 Nov 2042, 06:47 pm
F date 14 Nov 2042
F time 06:47 pm
> Ahmad Zulkarnain: We expect CPO prices to stay above RM4,000 per tonne into the first half of 2043. (Photo by Low Yen Ping/The Edge)
P partial Ahmad Zulkarnain
F money RM4,000
F date 2043
P full Low Yen Ping
O media The Edge
> KUALA LUMPUR (Nov 14): Kinta Hijau Plantations Bhd’s net profit for the third quarter ended Sept 30, 2042 (3QFY2042) rose 41% to RM98.6 mil from RM69.9 mil a year earlier, on higher crude palm oil (CPO) prices and stronger output from its estates.
L city KUALA LUMPUR
F date Nov 14
O company Kinta Hijau Plantations Bhd
F date Sept 30, 2042
F percent 41%
F money RM98.6 mil
F money RM69.9 mil
> Quarterly revenue rose 17.8% to RM1.26 bil from RM1.07 bil, the group said in a filing with Bursa Malaysia on Thursday. Earnings per share rose to 14.1 sen from 10 sen.
F percent 17.8%
F money RM1.26 bil
F money RM1.07 bil
O company Bursa Malaysia
F money 14.1 sen
F money 10 sen
> “The group’s performance was driven by a higher average CPO price of RM4,312 per tonne, compared with RM3,786 per tonne in the corresponding quarter of the preceding year,” Kinta Hijau said in the filing.
Q direct Kinta Hijau Plantations Bhd :: “The group’s performance was driven by a higher average CPO price of RM4,312 per tonne, compared with RM3,786 per tonne in the corresponding quarter of the preceding year,”
F money RM4,312
F money RM3,786
O company Kinta Hijau
> For the nine months to Sept 30, net profit rose 27.5% to RM241.3 mil on revenue of RM3.44 bil. The board declared a second interim dividend of 3 sen per share, payable on Dec 19.
F duration nine months
F date Sept 30
F percent 27.5%
F money RM241.3 mil
F money RM3.44 bil
F money 3 sen
F date Dec 19
> Fresh fruit bunch (FFB) production rose 6.2% to 612,400 tonnes as trees replanted between 2036 and 2038 on its Perak estates reached peak yield. The group has 84,300ha of planted area across Perak, Pahang and Sabah.
F percent 6.2%
F quantity 612,400 tonnes
F date 2036
F date 2038
L region Perak
F quantity 84,300ha
L region Perak
L region Pahang
L region Sabah
> Group managing director Datuk Ahmad Zulkarnain Razali said the group was still short of about 1,900 harvesters, or 11% of its requirement, despite bringing in 2,400 foreign workers this year.
P full Ahmad Zulkarnain Razali
F number 1,900
F percent 11%
F number 2,400
> “Every harvester we do not have is fruit left on the tree,” he told a results briefing on Friday. “We lose about 4% of our crop to late harvesting in the peak months.
Q direct Ahmad Zulkarnain Razali :: “Every harvester we do not have is fruit left on the tree,”
Q direct Ahmad Zulkarnain Razali :: “We lose about 4% of our crop to late harvesting in the peak months.
F percent 4%
> “Mechanisation will help, but no machine can yet climb a 12-metre palm. We are testing two harvesting robots in Teluk Intan, and we will know by June whether they pay for themselves.”
Q direct Ahmad Zulkarnain Razali :: “Mechanisation will help, but no machine can yet climb a 12-metre palm. We are testing two harvesting robots in Teluk Intan, and we will know by June whether they pay for themselves.”
F quantity 12-metre
F number two
L city Teluk Intan
> Kuala Lumpur-based Cempaka Investment Bank analyst Ong Kah Seng said the results beat the house’s forecast by about 8% and raised his target price to RM7.85 from RM6.90, keeping an “overweight” call on the stock.
L city Kuala Lumpur
O company Cempaka Investment Bank
P full Ong Kah Seng
F percent 8%
F money RM7.85
F money RM6.90
Q scare - :: “overweight”
> “Kinta Hijau is one of the few mid-sized planters with a young tree profile. Its production cost, at about RM2,150 a tonne, is among the lowest in Peninsular Malaysia,” Ong wrote in a note to clients.
Q direct Ong Kah Seng :: “Kinta Hijau is one of the few mid-sized planters with a young tree profile. Its production cost, at about RM2,150 a tonne, is among the lowest in Peninsular Malaysia,”
O company Kinta Hijau
F money RM2,150
L region Peninsular Malaysia
P partial Ong
> Not everyone in the industry is sharing in the windfall. National Association of Smallholders (NASH) president Ravindran a/l Subramaniam said independent smallholders, who work about 27% of Malaysia’s planted area, were getting “barely half” of the price gains because of mill deductions.
O nonprofit National Association of Smallholders
O nonprofit NASH
P full Ravindran a/l Subramaniam
F percent 27%
L country Malaysia
Q direct Ravindran a/l Subramaniam :: “barely half”
F fraction half
> “Our members sold FFB at RM980 a tonne last month, while the estates get more from the same mills. We want the Malaysian Palm Oil Board (MPOB) to publish mill prices every day,” Ravindran said.
Q direct Ravindran a/l Subramaniam :: “Our members sold FFB at RM980 a tonne last month, while the estates get more from the same mills. We want the Malaysian Palm Oil Board (MPOB) to publish mill prices every day,”
F money RM980
O government Malaysian Palm Oil Board
O government MPOB
P partial Ravindran
> Shares in Kinta Hijau closed 12 sen or 1.6% higher at RM7.42 on Friday, valuing the group at RM5.1 bil.
O company Kinta Hijau
F money 12 sen
F percent 1.6%
F money RM7.42
F money RM5.1 bil
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
