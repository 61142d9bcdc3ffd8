#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval275 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval275/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1693-seberang-perai-brt-land-acquisition-bukit-mertajam-jalan-pasar-the-star'] = r'''
> Metro
> Landowners along Seberang Perai BRT route offered RM412mil, but Bukit Mertajam traders cry foul
L region Seberang Perai
F money RM412mil
L city Bukit Mertajam
> Chief Minister says 286 lots needed for 19 stations; hardware shop owner calls valuation 'daylight robbery'
Q direct Gan Ah Chye :: 'daylight robbery'
F number 286
F number 19
> By LOW SHU FEN
P full LOW SHU FEN
> Tuesday, 14 Aug 2040 7:30 AM MYT
F date 14 Aug 2040
F time 7:30 AM MYT
> Shophouses along Jalan Pasar in Bukit Mertajam, some of which will make way for a BRT station. — LOW SHU FEN/The Star
L street Jalan Pasar
L city Bukit Mertajam
P full LOW SHU FEN
O media The Star
> GEORGE TOWN: The Penang government has set aside RM412mil to acquire 286 lots for the Seberang Perai Bus Rapid Transit (BRT) project, a 24km line that will link Penang Sentral in Butterworth with Bukit Mertajam and Juru.
L city GEORGE TOWN
L region Penang
F money RM412mil
F number 286
L region Seberang Perai
F quantity 24km
L facility Penang Sentral
L city Butterworth
L city Bukit Mertajam
L city Juru
> Chief Minister Datuk Seri Ooi Beng Keat said the land, totalling 31.5ha, was needed for 19 stations, two bus depots and road widening at 11 junctions, and that letters of offer would go out to owners from Sept 1.
P full Ooi Beng Keat
F quantity 31.5ha
F number 19
F number two
F number 11
F date Sept 1
> "We have kept the line on existing roads wherever we could. Only at the stations and the junctions do we need to take land," he told a press conference at Komtar on Monday (Aug 13).
Q direct Ooi Beng Keat :: "We have kept the line on existing roads wherever we could. Only at the stations and the junctions do we need to take land,"
L facility Komtar
F date Aug 13
> Ooi said the state would pay market value plus a 15% solatium for the 212 privately owned lots; the rest belong to the state or federal agencies. It also plans 1,200 so-called "park-and-ride" bays at four stations.
P partial Ooi
F percent 15%
F number 212
F number 1,200
Q scare - :: "park-and-ride"
F number four
> The Penang Lands and Mines Office (PTG) has valued commercial land along the route at between RM850 and RM1,300 per sq ft, he said.
O government Penang Lands and Mines Office
O government PTG
F money RM850
F money RM1,300
> Hardware shop owner Gan Ah Chye, 63, whose family has traded from 57 Jalan Pasar since 1971, called the offer "daylight robbery".
P full Gan Ah Chye
F age 63
L address 57 Jalan Pasar
F date 1971
Q direct Gan Ah Chye :: "daylight robbery"
> "They value my shop at RM1.1mil. A shop two doors down sold for RM1.6mil last year. My father told me, 'Never sell the shop on the corner.' Now the government is selling it for me," said Gan, who employs six workers.
Q direct Gan Ah Chye :: "They value my shop at RM1.1mil. A shop two doors down sold for RM1.6mil last year. My father told me, 'Never sell the shop on the corner.' Now the government is selling it for me,"
F money RM1.1mil
F number two
F money RM1.6mil
P partial Gan
F number six
> Universiti Sains Malaysia (USM) urban planner Dr Nurul Ain Mohd Rashidi said the state had largely kept to existing road reserves, but compensation would not cover the real cost of moving a business.
O education Universiti Sains Malaysia
O education USM
P full Nurul Ain Mohd Rashidi
> "A shop on Jalan Pasar has 40 years of regular customers. You cannot buy that back with a cheque, and the Act does not count it," she said. "After the Juru interchange works in the 2020s, about a third of displaced small traders closed within two years.
Q direct Nurul Ain Mohd Rashidi :: "A shop on Jalan Pasar has 40 years of regular customers. You cannot buy that back with a cheque, and the Act does not count it,"
Q direct Nurul Ain Mohd Rashidi :: "After the Juru interchange works in the 2020s, about a third of displaced small traders closed within two years.
L street Jalan Pasar
F duration 40 years
L city Juru
F date 2020s
F fraction a third
F duration two years
> "USM wants a relocation grant and first call on shop lots in the new stations. Otherwise the BRT will run past empty shutters."
Q direct Nurul Ain Mohd Rashidi :: "USM wants a relocation grant and first call on shop lots in the new stations. Otherwise the BRT will run past empty shutters."
O education USM
> A Transport Ministry official, who declined to be named, said Putrajaya had agreed to cover RM1.2bil of the project's RM2.9bil cost, if work starts before the end of 2041. "The money is there. What we cannot do is wait for every last lot," the official said.
O government Transport Ministry
L city Putrajaya
F money RM1.2bil
F money RM2.9bil
F date 2041
Q direct - :: "The money is there. What we cannot do is wait for every last lot,"
> The Bukit Mertajam Traders Association, which speaks for about 300 businesses along the route, said owners had been given only 30 days to respond to what it called "a take-it-or-leave-it letter".
O nonprofit Bukit Mertajam Traders Association
F number 300
F duration 30 days
Q direct Bukit Mertajam Traders Association :: "a take-it-or-leave-it letter"
> Ooi said owners who disagreed with the valuation could go to the High Court in Penang. Work on the first 9km section, from Penang Sentral to Seberang Jaya, is due to start in the first quarter of 2041 and take 30 months.
P partial Ooi
O government High Court
L region Penang
F quantity 9km
L facility Penang Sentral
L city Seberang Jaya
F date 2041
F duration 30 months
> At about 10.15am yesterday, a dozen traders gathered outside the state office in Butterworth with a banner reading "Jalan Pasar is not for sale".
F time 10.15am
F number dozen
L city Butterworth
Q direct - :: "Jalan Pasar is not for sale"
L street Jalan Pasar
'''

ARTICLES['1694-erie-summit-financial-shares-fall-commercial-real-estate-losses-cleveland-marketwatch'] = r'''
> Banking
> Erie Summit Financial stock sinks 18% as commercial real-estate losses nearly triple
O company Erie Summit Financial
F percent 18%
> The Cleveland lender set aside $412 million for soured office loans in the fourth quarter, and its CEO says the pain is not over
L city Cleveland
F money $412 million
> By Marisa Delacroix-Hunt
P full Marisa Delacroix-Hunt
> Last Updated: Jan. 22, 2041 at 2:47 p.m. ET First Published: Jan. 22, 2041 at 9:58 a.m. ET
F date Jan. 22, 2041
F time 2:47 p.m. ET
F date Jan. 22, 2041
F time 9:58 a.m. ET
> Erie Summit’s headquarters on Euclid Avenue in downtown Cleveland. Photo: Getty Images
O company Erie Summit
L street Euclid Avenue
L city Cleveland
O media Getty Images
> Shares of Erie Summit Financial Corp. fell as much as 18% on Tuesday, their biggest one-day drop since March 2023, after the Cleveland-based lender, Ohio’s fourth-largest, said commercial real-estate losses had nearly tripled in the fourth quarter.
O company Erie Summit Financial Corp.
F percent 18%
F duration one-day
F date March 2023
L city Cleveland
L region Ohio
> The stock closed down 16.2% at $23.41, wiping roughly $1.9 billion off the lender’s market value. An index of regional-bank stocks slipped 1.4%.
F percent 16.2%
F money $23.41
F money $1.9 billion
F percent 1.4%
> Erie Summit reported a fourth-quarter net loss of $187 million, or $1.42 a share, compared with a profit of $96 million, or 73 cents a share, a year earlier. Analysts polled by FactSet had expected earnings of 58 cents a share. Its provision for credit losses jumped to $412 million from $141 million in the third quarter.
O company Erie Summit
F money $187 million
F money $1.42
F money $96 million
F money 73 cents
O company FactSet
F money 58 cents
F money $412 million
F money $141 million
> “We are taking the pain on office now, and we are taking it in a single quarter rather than dribbling it out,” Chief Executive Dana R. Whitcomb said on a call with analysts. “Downtown office towers in our footprint are worth perhaps half what they were in 2019.”
Q direct Dana R. Whitcomb :: “We are taking the pain on office now, and we are taking it in a single quarter rather than dribbling it out,”
P full Dana R. Whitcomb
Q direct Dana R. Whitcomb :: “Downtown office towers in our footprint are worth perhaps half what they were in 2019.”
F fraction half
F date 2019
> Whitcomb, 57, said nonperforming commercial real-estate loans had risen to 4.8% of that book, from 1.6% a year earlier, and that about two-thirds of problem loans were backed by offices in Cleveland, Columbus and Pittsburgh.
P partial Whitcomb
F age 57
F percent 4.8%
F percent 1.6%
F fraction two-thirds
L city Cleveland
L city Columbus
L city Pittsburgh
> She said the bank would cut its dividend to 10 cents a share from 34 cents and sell about $2.5 billion of loans over the next two quarters. “I would rather be early than be right in 18 months’ time,” she said.
F money 10 cents
F money 34 cents
F money $2.5 billion
F duration two quarters
Q direct Dana R. Whitcomb :: “I would rather be early than be right in 18 months’ time,”
F duration 18 months
> Whitcomb also rejected suggestions that it had followed a so-called “extend and pretend” approach with troubled borrowers.
P partial Whitcomb
Q scare - :: “extend and pretend”
> Priya Raghunathan-Soule, an analyst at Boston-based Harborlight Research, cut the stock to sell and lowered her price target to $19 from $31.
P full Priya Raghunathan-Soule
L city Boston
O company Harborlight Research
F money $19
F money $31
> “Management keeps calling this ‘the last big clean-up.’ We heard the same words in April,” she wrote in a note to clients. “The net interest margin fell 22 basis points in the quarter, to 2.61%, and deposits are walking out the door.”
Q direct Priya Raghunathan-Soule :: “Management keeps calling this ‘the last big clean-up.’ We heard the same words in April,”
Q direct Priya Raghunathan-Soule :: “The net interest margin fell 22 basis points in the quarter, to 2.61%, and deposits are walking out the door.”
F percent 22 basis points
F percent 2.61%
> Raghunathan-Soule’s note said the bank lost $3.1 billion, or about 6%, of its deposits in the quarter. Erie Summit said total deposits stood at $49.7 billion on Dec. 31.
P partial Raghunathan-Soule
F money $3.1 billion
F percent 6%
O company Erie Summit
F money $49.7 billion
F date Dec. 31
> In the Tremont neighborhood of Cleveland, retired schoolteacher Walter Okonkwo-Brandt, 71, said he moved $240,000 out of his Erie Summit accounts on Tuesday morning. “My late wife and I banked there for 38 years,” he said. “I don’t think it’s going under. I just don’t want to find out the hard way.”
L city Tremont
L city Cleveland
P full Walter Okonkwo-Brandt
F age 71
F money $240,000
O company Erie Summit
Q direct Walter Okonkwo-Brandt :: “My late wife and I banked there for 38 years,”
F duration 38 years
Q direct Walter Okonkwo-Brandt :: “I don’t think it’s going under. I just don’t want to find out the hard way.”
> Deposits are insured by the Federal Deposit Insurance Corp. (FDIC) up to $250,000 per depositor per category. The FDIC declined to comment.
O government Federal Deposit Insurance Corp.
O government FDIC
F money $250,000
O government FDIC
> A person familiar with the matter said the bank had held early talks with two private-credit funds about a loan sale. “It’s a buyer’s market for office paper,” the person said.
F number two
Q direct - :: “It’s a buyer’s market for office paper,”
> Erie Summit stock has fallen 41% over the past 12 months, compared with a 9% drop for the regional-bank index.
O company Erie Summit
F percent 41%
F duration 12 months
F percent 9%
'''

ARTICLES['1695-chiefs-beat-bills-27-24-afc-divisional-playoff-okafor-field-goal-arrowhead-ap'] = r'''
> NFL
O other NFL
> Okafor's 51-yard field goal lifts Chiefs past Bills 27-24 in frigid playoff at Arrowhead
P partial Okafor
F quantity 51-yard
O team Chiefs
O team Bills
F score 27-24
L facility Arrowhead
> By TREVOR LINDQVIST-MOORE
P full TREVOR LINDQVIST-MOORE
> AP Sports Writer
O media AP
> Updated 11:52 PM CST, January 18, 2042
F time 11:52 PM CST
F date January 18, 2042
> Kansas City Chiefs kicker Luis Okafor (7) celebrates after his game-winning field goal against the Buffalo Bills in an NFL divisional playoff game Saturday, Jan. 18, 2042, in Kansas City, Mo. (AP Photo/Hannah Feld-Ruiz)
O team Kansas City Chiefs
P full Luis Okafor
O team Buffalo Bills
O other NFL
F date Jan. 18, 2042
L city Kansas City
L region Mo.
O media AP
P full Hannah Feld-Ruiz
> KANSAS CITY, Mo. (AP) — Luis Okafor had missed from 44 yards in the second quarter. With 0:03 left, the temperature at 6 degrees and a wind chill of minus 11 degrees, the Kansas City Chiefs kicker did not miss again.
L city KANSAS CITY
L region Mo.
O media AP
P full Luis Okafor
F quantity 44 yards
F time 0:03
F quantity 6 degrees
F quantity minus 11 degrees
O team Kansas City Chiefs
> Okafor's 51-yard field goal split the uprights as time expired, and the Chiefs beat the Buffalo Bills 27-24 in an AFC divisional playoff on Saturday night before 73,412 fans at a frozen Arrowhead Stadium.
P partial Okafor
F quantity 51-yard
O team Chiefs
O team Buffalo Bills
F score 27-24
O other AFC
F number 73,412
L facility Arrowhead Stadium
> Kansas City (15-4) will host Cincinnati next weekend with a trip to the Super Bowl at stake. Buffalo finished 13-6.
O team Kansas City
F score 15-4
O team Cincinnati
O team Buffalo
F score 13-6
> Chiefs quarterback DeShawn Mabry-Castillo threw for 286 yards and two touchdowns, the second a 9-yard strike to Dorian Fale that made it 24-24 with 4:51 to play. The 26-year-old was 24 of 35 and was sacked three times.
O team Chiefs
P full DeShawn Mabry-Castillo
F quantity 286 yards
F number two
F quantity 9-yard
P full Dorian Fale
F score 24-24
F time 4:51
F age 26-year-old
F number 24
F number 35
F number three
> "I told Luis on the sideline, 'This one is yours,'" Chiefs coach Marcus Bell-Harrington said. "That was a heavyweight fight for 60 minutes. Their quarterback made plays in weather where you can't feel your hands. We had to take the ball away twice to win it, and we did.
Q direct Marcus Bell-Harrington :: "I told Luis on the sideline, 'This one is yours,'"
P partial Luis
O team Chiefs
P full Marcus Bell-Harrington
Q direct Marcus Bell-Harrington :: "That was a heavyweight fight for 60 minutes. Their quarterback made plays in weather where you can't feel your hands. We had to take the ball away twice to win it, and we did.
F duration 60 minutes
> "I've been doing this 22 years. I don't remember a colder one."
Q direct Marcus Bell-Harrington :: "I've been doing this 22 years. I don't remember a colder one."
F duration 22 years
> Bills quarterback Tyreek Sandoval-Pike threw for 311 yards and three touchdowns, two of them to tight end Cam Whitfield, but was intercepted twice, both times in the second half.
O team Bills
P full Tyreek Sandoval-Pike
F quantity 311 yards
F number three
F number two
P full Cam Whitfield
> "We had them right there," he said. "You lose a game like that on a single snap, and you carry it all offseason."
Q direct Tyreek Sandoval-Pike :: "We had them right there,"
Q direct Tyreek Sandoval-Pike :: "You lose a game like that on a single snap, and you carry it all offseason."
> Buffalo led 17-10 at halftime after Whitfield caught touchdown passes of 12 yards and 31 yards. Kansas City's Andre Poole-Ibe returned an interception 64 yards to tie it early in the third quarter, before Sandoval-Pike found rookie Eli Brannock from 7 yards out to put the Bills back in front 24-17.
O team Buffalo
F score 17-10
P partial Whitfield
F quantity 12 yards
F quantity 31 yards
O team Kansas City
P full Andre Poole-Ibe
F quantity 64 yards
P partial Sandoval-Pike
P full Eli Brannock
F quantity 7 yards
O team Bills
F score 24-17
> With 1:58 left, safety Jalen Marsh-Okoro picked off Sandoval-Pike near midfield. Five plays later, Okafor, 31, lined up from 51 yards with the wind at his back.
F time 1:58
P full Jalen Marsh-Okoro
P partial Sandoval-Pike
F number Five
P partial Okafor
F age 31
F quantity 51 yards
> Bills coach Ron DeAngelis-Ward said the cold was "the same for both teams" and would not blame the turf, which crews had heated for 36 hours before kickoff. "We had people on that field all night," a team spokesman said.
O team Bills
P full Ron DeAngelis-Ward
Q direct Ron DeAngelis-Ward :: "the same for both teams"
F duration 36 hours
Q direct - :: "We had people on that field all night,"
> Some fans drove in from Wichita, Kansas, and from as far as Omaha, Nebraska, to sit in the south end zone, often nicknamed "the Icebox" in January.
L city Wichita
L region Kansas
L city Omaha
L region Nebraska
Q scare - :: "the Icebox"
> UP NEXT
> Bills: Season over.
O team Bills
> Chiefs: Host the Cincinnati Bengals on Jan. 26.
O team Chiefs
O team Cincinnati Bengals
F date Jan. 26
> AP NFL: https://apnews.com/hub/NFL
O media AP
O other NFL
'''

ARTICLES['1696-haifa-port-carmel-quay-expansion-akko-fishermen-dredging-times-of-israel'] = r'''
> Economy
> Haifa port to nearly double capacity in NIS 6.4 billion expansion into the bay
L facility Haifa
F money NIS 6.4 billion
> Transport minister says new Carmel Quay terminal will take the world’s biggest ships by 2044; Akko fishermen warn dredging will ‘empty the bay’
L facility Carmel Quay
F date 2044
L city Akko
Q direct Salim Haddad-Khoury :: ‘empty the bay’
> By Noa Ben-Haim Lerner
P full Noa Ben-Haim Lerner
> 22 October 2040, 3:18 pm
F date 22 October 2040
F time 3:18 pm
> Cranes at the Port of Haifa’s container terminal, October 21, 2040. (Eyal Margolin-Sapir/Flash90)
L facility Port of Haifa
F date October 21, 2040
P full Eyal Margolin-Sapir
O media Flash90
> The Haifa Port Company will spend NIS 6.4 billion ($1.73 billion) over the next six years to build a deep-water terminal in Haifa Bay, lifting the port’s capacity to 3.4 million TEU a year, the company and the Transport Ministry announced Monday.
O company Haifa Port Company
F money NIS 6.4 billion
F money $1.73 billion
F duration six years
L geo Haifa Bay
F quantity 3.4 million TEU
O government Transport Ministry
> The new terminal, to be called Carmel Quay, will have a 1,450-meter berth and a depth of 18.5 meters, enough for the largest container ships now afloat, said Haifa Port Company CEO Yaniv Shalev-Dror.
L facility Carmel Quay
F quantity 1,450-meter
F quantity 18.5 meters
O company Haifa Port Company
P full Yaniv Shalev-Dror
> “Today the biggest ships call at Piraeus or Port Said and send smaller feeders to us. That costs Israeli importers time and money,” Shalev-Dror told The Times of Israel. “Once Carmel Quay opens, they come straight to Haifa.”
Q direct Yaniv Shalev-Dror :: “Today the biggest ships call at Piraeus or Port Said and send smaller feeders to us. That costs Israeli importers time and money,”
L city Piraeus
L city Port Said
P partial Shalev-Dror
O media The Times of Israel
Q direct Yaniv Shalev-Dror :: “Once Carmel Quay opens, they come straight to Haifa.”
L facility Carmel Quay
L city Haifa
> The port handled 1.9 million TEU in 2039, up 7 percent from a year earlier, and its share of Israel’s container traffic rose to 46% as Ashdod struggled with labor disputes, according to the Administration of Shipping and Ports.
F quantity 1.9 million TEU
F date 2039
F percent 7 percent
L country Israel
F percent 46%
L city Ashdod
O government Administration of Shipping and Ports
> Transport Minister Orly Tamir-Avneri said the state would put NIS 1.1 billion into a rail spur and a new interchange on Highway 22, with construction to begin in the first half of 2041, and that Haifa would become a so-called “logistics gateway” for the north.
P full Orly Tamir-Avneri
F money NIS 1.1 billion
L street Highway 22
F date 2041
L city Haifa
Q scare - :: “logistics gateway”
> “This is the largest single investment in Haifa’s port in a generation,” she said. “Jerusalem has been talking about the North for 20 years. Now we are building there.”
Q direct Orly Tamir-Avneri :: “This is the largest single investment in Haifa’s port in a generation,”
L city Haifa
Q direct Orly Tamir-Avneri :: “Jerusalem has been talking about the North for 20 years. Now we are building there.”
L city Jerusalem
L region North
F duration 20 years
> Across the bay in Akko, fisherman Salim Haddad-Khoury, 58, said the dredging of some 14 million cubic meters of seabed would wreck grounds his family has fished for four generations.
L city Akko
P full Salim Haddad-Khoury
F age 58
F quantity 14 million cubic meters
F number four
> “They say it is only sand. It is not only sand. It is where the fish breed,” Haddad-Khoury said, standing by his 9-meter boat in Akko’s old harbor. “If they dig there for three years, they will empty the bay, and after that there is nothing for my sons.”
Q direct Salim Haddad-Khoury :: “They say it is only sand. It is not only sand. It is where the fish breed,”
P partial Haddad-Khoury
F quantity 9-meter
L city Akko
Q direct Salim Haddad-Khoury :: “If they dig there for three years, they will empty the bay, and after that there is nothing for my sons.”
F duration three years
> Dr. Michal Avrahami-Sela, a transport economist at the Technion in Haifa, said the project made sense but its cost estimate looked optimistic.
P full Michal Avrahami-Sela
O education Technion
L city Haifa
> “Ports around the Mediterranean have added capacity faster than trade has grown. Haifa will be competing with Piraeus and Mersin, and the shipping lines have all the bargaining power,” she said. “I would assume an overrun of 20 to 30 percent, which is normal for marine works.
Q direct Michal Avrahami-Sela :: “Ports around the Mediterranean have added capacity faster than trade has grown. Haifa will be competing with Piraeus and Mersin, and the shipping lines have all the bargaining power,”
L geo Mediterranean
L city Haifa
L city Piraeus
L city Mersin
Q direct Michal Avrahami-Sela :: “I would assume an overrun of 20 to 30 percent, which is normal for marine works.
F percent 20
F percent 30 percent
> “The real question is whether the ‘Haifa to the Gulf’ land corridor happens. If it does, this terminal is too small. If it does not, it may stand a quarter empty for years.”
Q direct Michal Avrahami-Sela :: “The real question is whether the ‘Haifa to the Gulf’ land corridor happens. If it does, this terminal is too small. If it does not, it may stand a quarter empty for years.”
L city Haifa
L region Gulf
F fraction a quarter
> An official at the Environmental Protection Ministry, speaking on condition of anonymity, said the ministry had not yet approved the dredging plan and called the company’s marine survey “thin.”
O government Environmental Protection Ministry
Q direct - :: “thin.”
> The Haifa Port Company said in a statement that dredged sand would be used for land reclamation “under full environmental supervision” and that fishermen would be compensated.
O company Haifa Port Company
Q direct Haifa Port Company :: “under full environmental supervision”
> Haifa’s port, opened by the British in 1933, was sold by the state to a private consortium in 2023.
L city Haifa
F date 1933
F date 2023
'''

ARTICLES['1697-te-kaha-north-stand-opening-concert-victoria-street-timaru-fans-christchurch-stuff'] = r'''
> Christchurch
L city Christchurch
> Te Kaha opens new north stand with sold-out concert as 41,000 pack Christchurch stadium
L facility Te Kaha
F number 41,000
L city Christchurch
> Hospitality owners on Victoria St say Saturday's crowd was worth "a month of Fridays", but some fans waited two hours for a bus home.
L street Victoria St
Q direct Aroha Bellamy-Chen :: "a month of Fridays"
F duration two hours
> Jared Tuhiwai-Scott
P full Jared Tuhiwai-Scott
> 07:12, Nov 10 2041
F time 07:12
F date Nov 10 2041
> Fans fill the new north stand at Te Kaha on Saturday night. JARED TUHIWAI-SCOTT/STUFF
L facility Te Kaha
P full JARED TUHIWAI-SCOTT
O media STUFF
> More than 41,000 people filled Te Kaha on Saturday night for the first concert since the Christchurch stadium's north stand extension was finished, the biggest crowd at a ticketed event in the South Island.
F number 41,000
L facility Te Kaha
L city Christchurch
L region South Island
> The show, headlined by Wellington singer Mereana Tapsell-Hōne, sold out in 14 minutes when tickets went on sale on June 3. Gates opened at 4.30pm and the last act left the stage at 11.05pm.
L city Wellington
P full Mereana Tapsell-Hōne
F duration 14 minutes
F date June 3
F time 4.30pm
F time 11.05pm
> Te Kaha chief executive Hamish Rangi-Walters said the extension, which added 4600 seats, had lifted the stadium's concert capacity to 41,600. "We built this place for nights like this. Tonight Ōtautahi showed what it can do," he said.
O company Te Kaha
P full Hamish Rangi-Walters
F number 4600
F number 41,600
Q direct Hamish Rangi-Walters :: "We built this place for nights like this. Tonight Ōtautahi showed what it can do,"
L city Ōtautahi
> "There were things we got wrong, and we'll own them. The wait for buses on Madras St after the show was too long, and we'll have more staff and another 20 buses on for the next one.
Q direct Hamish Rangi-Walters :: "There were things we got wrong, and we'll own them. The wait for buses on Madras St after the show was too long, and we'll have more staff and another 20 buses on for the next one.
L street Madras St
F number 20
> "But 41,000 people came through the gates and 41,000 went home safe. That's the number I care about."
Q direct Hamish Rangi-Walters :: "But 41,000 people came through the gates and 41,000 went home safe. That's the number I care about."
F number 41,000
F number 41,000
> On Victoria St, Aroha Bellamy-Chen, who owns the Tūī & Fern bar and eatery, said takings on Saturday were about $38,000, more than three times a normal Saturday.
L street Victoria St
P full Aroha Bellamy-Chen
O company Tūī & Fern
F money $38,000
F number three
> "It was a month of Fridays in one night. We had 14 staff on and ran out of limes by 6pm," Bellamy-Chen said. "My only worry is whether they'll do this twice a year or twice a decade."
Q direct Aroha Bellamy-Chen :: "It was a month of Fridays in one night. We had 14 staff on and ran out of limes by 6pm,"
F number 14
F time 6pm
P partial Bellamy-Chen
Q direct Aroha Bellamy-Chen :: "My only worry is whether they'll do this twice a year or twice a decade."
> Councillor Tessa McAllister-Pōtae, who chairs Christchurch City Council's finance committee, said ratepayers had put $683 million into the stadium and its extension and deserved a return. She called the night "a good first instalment" but said the council would want "hard numbers, not vibes" on what the concert brought into the city.
P full Tessa McAllister-Pōtae
O government Christchurch City Council
F money $683 million
Q direct Tessa McAllister-Pōtae :: "a good first instalment"
Q direct Tessa McAllister-Pōtae :: "hard numbers, not vibes"
> Timaru nurse Kelly-Anne Brosnan, 34, drove 160 kilometres north with three friends and said the concert was worth the two-hour wait for a bus afterwards. "I've been to shows in Auckland and Melbourne, and this felt bigger. Mind you, I was home at 3am," she said.
L city Timaru
P full Kelly-Anne Brosnan
F age 34
F quantity 160 kilometres
F number three
F duration two-hour
Q direct Kelly-Anne Brosnan :: "I've been to shows in Auckland and Melbourne, and this felt bigger. Mind you, I was home at 3am,"
L city Auckland
L city Melbourne
F time 3am
> A police spokesperson said six people were arrested, mostly for disorderly behaviour. "Overall it was a good-natured crowd," the spokesperson said.
F number six
Q direct - :: "Overall it was a good-natured crowd,"
> Hato Hone St John said its staff treated 23 patients, two of whom were taken to Christchurch Hospital, and called the night "busy but manageable".
O nonprofit Hato Hone St John
F number 23
F number two
L facility Christchurch Hospital
Q direct Hato Hone St John :: "busy but manageable"
> The stadium, often nicknamed "the Big Shed", opened in April 2026 on the site bounded by Hereford, Madras, Tuam and Barbadoes streets. Its next concert is on March 14, 2042.
Q scare - :: "the Big Shed"
F date April 2026
L street Hereford
L street Madras
L street Tuam
L street Barbadoes
F date March 14, 2042
'''

ARTICLES['1698-kim-phong-motors-ev-hanoi-plant-expansion-hai-phong-supplier-bloomberg'] = r'''
> Business
> Vietnam EV Maker Kim Phong Bets $488 Million on Hanoi Plant as Exports Lag
L country Vietnam
O company Kim Phong
F money $488 Million
L city Hanoi
> Company plans to lift capacity to 250,000 vehicles a year by 2043
F number 250,000
F date 2043
> Shares rise as much as 6.8% in Ho Chi Minh City; analysts doubt demand abroad
F percent 6.8%
L city Ho Chi Minh City
> By Tran Minh Chau and Kenji Halvorsen-Ito
P full Tran Minh Chau
P full Kenji Halvorsen-Ito
> March 19, 2042 at 1:24 PM GMT+7
F date March 19, 2042
F time 1:24 PM GMT+7
> Kim Phong cars at the company’s plant in Dong Anh district, Hanoi. Photographer: Linh Pham-Nguyen/Bloomberg
O company Kim Phong
L city Dong Anh
L city Hanoi
P full Linh Pham-Nguyen
O media Bloomberg
> (Bloomberg) -- Kim Phong Motors JSC, Vietnam’s second-largest electric-vehicle maker, will spend 12.4 trillion dong ($488 million) to more than double the capacity of its plant outside Hanoi, betting that demand at home will make up for a slow start overseas.
O media Bloomberg
O company Kim Phong Motors JSC
L country Vietnam
F money 12.4 trillion dong
F money $488 million
L city Hanoi
> The expansion will lift annual output at the Dong Anh factory to 250,000 vehicles from 110,000 by the end of 2043, Chairman Do Quang Thinh said in an interview in Hanoi on Tuesday. The company will add a battery-pack line and hire about 3,800 workers, he said.
L facility Dong Anh
F number 250,000
F number 110,000
F date 2043
P full Do Quang Thinh
L city Hanoi
F number 3,800
> “Vietnamese buyers are switching faster than anybody expected. Two years ago one in 10 new cars sold here was electric. Now it is close to one in four,” Thinh said. “We cannot build them fast enough.”
Q direct Do Quang Thinh :: “Vietnamese buyers are switching faster than anybody expected. Two years ago one in 10 new cars sold here was electric. Now it is close to one in four,”
F duration Two years
F number one
F number 10
F number one
F number four
P partial Thinh
Q direct Do Quang Thinh :: “We cannot build them fast enough.”
> Shares of Kim Phong rose as much as 6.8% in Ho Chi Minh City trading, the most since November, before closing up 4.1% at 38,650 dong.
O company Kim Phong
F percent 6.8%
L city Ho Chi Minh City
F percent 4.1%
F money 38,650 dong
> The stock had fallen 27% over the previous 12 months as sales in Indonesia, Thailand and the Philippines missed targets. Kim Phong shipped 9,412 vehicles abroad last year, about a third of the 28,000 it had forecast, though Vietnam is now the second-biggest EV market in Southeast Asia.
F percent 27%
F duration 12 months
L country Indonesia
L country Thailand
L country Philippines
O company Kim Phong
F number 9,412
F fraction a third
F number 28,000
L country Vietnam
L region Southeast Asia
> “The domestic story is strong, but a plant this size needs exports to work,” said Nguyen Thi Lan Huong, an analyst at Saigon Lotus Securities in Ho Chi Minh City. She expects the enlarged factory to run at roughly 60% of capacity in 2044 and has a target price of 34,000 dong, implying a 12% drop.
Q direct Nguyen Thi Lan Huong :: “The domestic story is strong, but a plant this size needs exports to work,”
P full Nguyen Thi Lan Huong
O company Saigon Lotus Securities
L city Ho Chi Minh City
F percent 60%
F date 2044
F money 34,000 dong
F percent 12%
> Huong called the company’s price war with Chinese brands “a race to zero margin.”
P partial Huong
Q direct Nguyen Thi Lan Huong :: “a race to zero margin.”
> In the port city of Hai Phong, Pham Van Duc, whose company makes wiring harnesses for Kim Phong and two Korean carmakers, said he had been asked to double output within 18 months.
L city Hai Phong
P full Pham Van Duc
O company Kim Phong
F number two
F duration 18 months
> “They told us: ‘Get ready for 2043, we will need everything.’ So I am building a second workshop, 4,000 square meters, with my own money,” Duc, 49, said by phone. “If they change their minds, I am the one holding the bill.”
Q direct Pham Van Duc :: “They told us: ‘Get ready for 2043, we will need everything.’ So I am building a second workshop, 4,000 square meters, with my own money,”
F date 2043
F quantity 4,000 square meters
P partial Duc
F age 49
Q direct Pham Van Duc :: “If they change their minds, I am the one holding the bill.”
> The Ministry of Industry and Trade said in a statement that the expansion fit its push for “green transport” and that Kim Phong would get a 50% cut in land-rental fees for five years.
O government Ministry of Industry and Trade
Q direct Ministry of Industry and Trade :: “green transport”
O company Kim Phong
F percent 50%
F duration five years
> Founded in 2031 by Thinh, 61, a former steel trader, Kim Phong sells six models, the cheapest priced at 429 million dong. It is the largest of the so-called “little dragons” of Vietnam’s car industry.
F date 2031
P partial Thinh
F age 61
O company Kim Phong
F number six
F money 429 million dong
Q scare - :: “little dragons”
L country Vietnam
> --With assistance from Siddharth Rao-Menon
P full Siddharth Rao-Menon
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
