#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval313 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval313/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1921-leonard-mrazek-architect-rust-belt-libraries-dies-obituary-washington-post'] = r'''
> Obituaries
> Leonard Mrazek, architect of glass-walled libraries for Rust Belt towns, dies at 88
P full Leonard Mrazek
L region Rust Belt
F age 88
> His branch libraries, squeezed onto lots nobody else wanted, became civic anchors in Ohio and Pennsylvania mill towns in the 1970s and ’80s.
L region Ohio
L region Pennsylvania
F date 1970s
F date ’80s
> By Corinne Abernathy-Walsh
P full Corinne Abernathy-Walsh
> March 9, 2041 at 6:00 p.m. EST
F date March 9, 2041
F time 6:00 p.m. EST
> Leonard Mrazek outside the Ferncliff branch library in Cleveland Heights, Ohio, in 1984. (Dale Whitacre/The Plain Dealer)
P full Leonard Mrazek
L facility Ferncliff
L city Cleveland Heights
L region Ohio
F date 1984
P full Dale Whitacre
O media The Plain Dealer
> Leonard J. Mrazek, a Cleveland architect whose branch libraries brought daylight to struggling mill towns across Ohio and Pennsylvania, died March 4 at a hospice in Bethesda, Md. He was 88.
P full Leonard J. Mrazek
L city Cleveland
L region Ohio
L region Pennsylvania
F date March 4
L city Bethesda
L region Md.
F age 88
> The cause was pneumonia, said his daughter, Helen Mrazek-Ortiz, with whom he had lived in Chevy Chase, Md., since 2037.
P full Helen Mrazek-Ortiz
L city Chevy Chase
L region Md.
F date 2037
> Over four decades, Mrazek and his firm, Mrazek Hollander Architects, designed 31 public libraries, most of them in towns that had lost a steel mill. He liked awkward lots — a shuttered gas station in Lorain, Ohio, a flood-prone corner in Johnstown, Pa. — and opened them to the street with walls of glass.
F duration four decades
P partial Mrazek
O company Mrazek Hollander Architects
F number 31
L city Lorain
L region Ohio
L city Johnstown
L region Pa.
> “He thought a library should look like a lit window at 5 o’clock on a winter evening,” said Ruth Okonjo-Bell, who joined the firm as a draftsman in 1984. “Len used to say, ‘If people can see the books from the bus stop, they’ll get off the bus.’”
Q direct Ruth Okonjo-Bell :: “He thought a library should look like a lit window at 5 o’clock on a winter evening,”
Q direct Ruth Okonjo-Bell :: “Len used to say, ‘If people can see the books from the bus stop, they’ll get off the bus.’”
F time 5 o’clock
P full Ruth Okonjo-Bell
F date 1984
P partial Len
> Leonard Joseph Mrazek was born in Cleveland on Aug. 17, 1952, the youngest of four children of Czech immigrants, and grew up in the Slavic Village neighborhood. His father, Joseph, worked at a forge on the Cuyahoga River.
P full Leonard Joseph Mrazek
L city Cleveland
F date Aug. 17, 1952
F number four
L city Slavic Village
P partial Joseph
L geo Cuyahoga River
> He won a scholarship to Case Western Reserve University and earned a master’s degree at the Yale School of Architecture in 1977.
O education Case Western Reserve University
O education Yale School of Architecture
F date 1977
> In a 1994 interview with The Plain Dealer, he called the branch library on Fleet Avenue where he spent his childhood “the only room in the neighborhood where nobody asked what your father did.”
Q direct Leonard Joseph Mrazek :: “the only room in the neighborhood where nobody asked what your father did.”
F date 1994
O media The Plain Dealer
L street Fleet Avenue
> After stints in Philadelphia and Chicago, he came home in 1979 and opened a two-person office on Lorain Avenue with Martin Hollander, a Yale classmate. Their first commission, the Ferncliff library, cost $1.2 million and opened in 1983 on land left over from a highway ramp.
L city Philadelphia
L city Chicago
F date 1979
F number two
L street Lorain Avenue
P full Martin Hollander
O education Yale
L facility Ferncliff
F money $1.2 million
F date 1983
> Its 9,000 square feet sat under a folded copper roof that glowed at dusk. Neighbors nicknamed it “the Lantern,” and circulation tripled within two years.
Q scare - :: “the Lantern,”
F quantity 9,000 square feet
F duration two years
> A board member in Warren, Ohio, once called his leaky 1988 library “a greenhouse with a card catalog.”
Q direct - :: “a greenhouse with a card catalog.”
L city Warren
L region Ohio
F date 1988
> “He was stubborn about light,” said Theo Vandermeer, an architect who trained under him in the 1990s and now teaches at Kent State University. “He would fight a city council for another three feet of window and then give up his own fee to pay for it.
Q direct Theo Vandermeer :: “He was stubborn about light,”
Q direct Theo Vandermeer :: “He would fight a city council for another three feet of window and then give up his own fee to pay for it.
P full Theo Vandermeer
F date 1990s
O education Kent State University
F quantity three feet
> “I watched him do that twice. Nobody does that anymore.”
Q direct Theo Vandermeer :: “I watched him do that twice. Nobody does that anymore.”
> The firm went on to design libraries in Youngstown, Akron and Erie, Pa. Hollander died in 2019; the firm closed in 2031.
L city Youngstown
L city Akron
L city Erie
L region Pa.
P partial Hollander
F date 2019
F date 2031
> In a statement, the Cleveland Public Library called him “a son of the neighborhoods who gave them back their windows.”
Q direct Cleveland Public Library :: “a son of the neighborhoods who gave them back their windows.”
O other Cleveland Public Library
> His wife of 52 years, Maribel Santos, died in 2036. Survivors include his daughter; a son, Paul Mrazek of Lakewood, Ohio; and five grandchildren.
F duration 52 years
P full Maribel Santos
F date 2036
P full Paul Mrazek
L city Lakewood
L region Ohio
F number five
> His daughter said he kept sketching until his final weeks, mostly bus shelters. “He said they were libraries for people in a hurry,” she said.
Q direct Helen Mrazek-Ortiz :: “He said they were libraries for people in a hurry,”
'''

ARTICLES['1922-rbz-mobile-money-cash-out-levy-harare-vendors-econet-newsday'] = r'''
> Business
> ‘It’s a tax on the poor’: vendors fume as RBZ adds cash-out levy
Q direct Chipo Mandaza :: ‘It’s a tax on the poor’
O government RBZ
> Mobile-money users will pay 1,5 percent more on every cash withdrawal from January 1
F percent 1,5 percent
F date January 1
> BY TAPIWA MUCHENJE
P full TAPIWA MUCHENJE
> November 19, 2041
F date November 19, 2041
> A vendor counts cash at Mbare Musika in Harare yesterday. — Picture: Nyasha Dube
L facility Mbare Musika
L city Harare
P full Nyasha Dube
> MOBILE-MONEY users will from January 1 pay a new 1,5 percent levy each time they withdraw cash from an agent, the Reserve Bank of Zimbabwe (RBZ) said in its monetary policy statement yesterday, in a move the central bank says will push more transactions into digital channels.
F date January 1
F percent 1,5 percent
O government Reserve Bank of Zimbabwe
O government RBZ
> The levy comes on top of the 2 percent Intermediated Money Transfer Tax (IMTT) collected by the Zimbabwe Revenue Authority (Zimra) on electronic transfers above US$5.
F percent 2 percent
O government Zimbabwe Revenue Authority
O government Zimra
F money US$5
> RBZ deputy governor Farai Mushonga said the charge, which applies to cash-outs of more than ZiG500, would be paid by agents and passed on to customers.
O government RBZ
P full Farai Mushonga
F money ZiG500
> “About 80 percent of what goes into a mobile wallet comes back out as cash within 48 hours. That money leaves the banking system and feeds the parallel market,” Mushonga told NewsDay.
Q direct Farai Mushonga :: “About 80 percent of what goes into a mobile wallet comes back out as cash within 48 hours. That money leaves the banking system and feeds the parallel market,”
F percent 80 percent
F duration 48 hours
P partial Mushonga
O media NewsDay
> “We want the money to move from phone to phone, not from phone to pocket.”
Q direct Farai Mushonga :: “We want the money to move from phone to phone, not from phone to pocket.”
> He said the bank expected the levy to raise about ZiG1,2 billion a year, to be spent on upgrading the national payment switch.
F money ZiG1,2 billion
> Econet Wireless Zimbabwe, whose EcoCash service carries most of the country’s mobile-money payments, said in a statement that it would “comply with the directive” but warned that many rural customers “have no card machine and no bank branch within 40 kilometres.”
Q direct Econet Wireless Zimbabwe :: “comply with the directive”
Q direct Econet Wireless Zimbabwe :: “have no card machine and no bank branch within 40 kilometres.”
O company Econet Wireless Zimbabwe
F quantity 40 kilometres
> Harare economist Tinashe Mukwena said the levy would fall hardest on informal traders in the so-called “kukiya-kiya” economy, who make up most of Zimbabwe’s workforce and rarely hold bank accounts.
Q scare - :: “kukiya-kiya”
L city Harare
P full Tinashe Mukwena
L country Zimbabwe
> “On a US$100 cash-out you now lose US$2 to IMTT, around US$1,50 to the agent and another US$1,50 to this levy. That is 5 percent gone before you buy a loaf of bread,” Mukwena said. He described the measure as “a revenue grab dressed up as financial inclusion”.
Q direct Tinashe Mukwena :: “On a US$100 cash-out you now lose US$2 to IMTT, around US$1,50 to the agent and another US$1,50 to this levy. That is 5 percent gone before you buy a loaf of bread,”
Q direct Tinashe Mukwena :: “a revenue grab dressed up as financial inclusion”
F money US$100
F money US$2
F money US$1,50
F money US$1,50
F percent 5 percent
P partial Mukwena
> He noted that a similar charge introduced in 2039 was scrapped after six months, when cash-outs simply moved to street dealers.
F date 2039
F duration six months
> At Mbare Musika, Harare’s biggest produce market, vendor Chipo Mandaza, 46, said most of her customers now paid by phone, but the farmers who supply her wanted cash.
L facility Mbare Musika
L city Harare
P full Chipo Mandaza
F age 46
> “It’s a tax on the poor. I already pay the agent, I pay the transfer tax, and now I must pay the bank also. The farmers from Murehwa do not take EcoCash, they say ‘bring cash or go home’,” said Mandaza, who sells tomatoes and leafy vegetables.
Q direct Chipo Mandaza :: “It’s a tax on the poor. I already pay the agent, I pay the transfer tax, and now I must pay the bank also. The farmers from Murehwa do not take EcoCash, they say ‘bring cash or go home’,”
L city Murehwa
P partial Mandaza
> Mandaza said she moved about US$4 500 a month through her wallet in the rainy season. “From January that is almost US$70 gone to the levy alone," she said.
Q direct Chipo Mandaza :: “From January that is almost US$70 gone to the levy alone,"
P partial Mandaza
F money US$4 500
F money US$70
> A Treasury official, who asked not to be named, said the IMTT — popularly known as the “2 percent tax” — was “too important to the fiscus to touch”, having raised ZiG9,8 billion in the first half of 2041.
Q scare - :: “2 percent tax”
Q direct - :: “too important to the fiscus to touch”
O government Treasury
F percent 2 percent
F money ZiG9,8 billion
F date 2041
> The RBZ said agents who failed to display the new charge at their kiosks would be fined ZiG10 000 for each offence.
O government RBZ
F money ZiG10 000
'''

ARTICLES['1923-ardent-electric-van-plant-ellesmere-port-unite-dbt-autocar'] = r'''
> Industry news
> Ardent to build electric vans at new £640m Ellesmere Port plant
O company Ardent
F money £640m
L city Ellesmere Port
> Dutch-owned maker will build up to 100,000 vans per year in Cheshire from 2043, creating 1400 jobs, with £85m of state support
F number 100,000
L region Cheshire
F date 2043
F number 1400
F money £85m
> Jonah Whitcombe-Price
P full Jonah Whitcombe-Price
> 11 March 2041
F date 11 March 2041
> The E7 panel van will be the first model built at the new site. Image: Ardent
O company Ardent
> Ardent Vans will build electric vans at a new £640m factory in Ellesmere Port, Cheshire, on the site of a former oil storage depot beside the Manchester Ship Canal, the company has confirmed.
O company Ardent Vans
F money £640m
L city Ellesmere Port
L region Cheshire
L geo Manchester Ship Canal
> The plant, which Ardent says will be the UK's first purpose-built factory for electric light commercial vehicles (LCVs), will start production in the summer of 2043 and will build up to 100,000 units per year. It will employ 1400 people, with a further 600 jobs expected at suppliers across the North West.
O company Ardent
L country UK
F date 2043
F number 100,000
F number 1400
F number 600
L region North West
> Ardent's parent company, Ardent Mobility NV of Eindhoven, will fund £555m of the cost, with the remaining £85m to come from the government's Automotive Transformation Fund, Ardent said.
O company Ardent
O company Ardent Mobility NV
L city Eindhoven
F money £555m
F money £85m
O company Ardent
> Ardent UK managing director Sunita Kaur-Bellamy told Autocar that the site was chosen over rival locations in Spain and Slovakia for its skilled workforce and its links to the Port of Liverpool.
O company Ardent UK
P full Sunita Kaur-Bellamy
O media Autocar
L country Spain
L country Slovakia
L facility Port of Liverpool
> "We looked at 11 sites across Europe. Ellesmere Port won because there are people here who have been building vans for 60 years, and we can bring parts in from Deeside and ship vans out through Liverpool on the same day," she said.
Q direct Sunita Kaur-Bellamy :: "We looked at 11 sites across Europe. Ellesmere Port won because there are people here who have been building vans for 60 years, and we can bring parts in from Deeside and ship vans out through Liverpool on the same day,"
F number 11
L continent Europe
L city Ellesmere Port
F duration 60 years
L region Deeside
L city Liverpool
> "Most of our customers drive 150 miles a day around a city and then go home. We don't need to sell them 300 miles of range; we need to sell them a van that works."
Q direct Sunita Kaur-Bellamy :: "Most of our customers drive 150 miles a day around a city and then go home. We don't need to sell them 300 miles of range; we need to sell them a van that works."
F quantity 150 miles
F quantity 300 miles
> The first model off the line will be the E7, a 3.5-tonne panel van with a 75kWh battery and a claimed range of 210 miles. A long-range version with a 98kWh pack will follow in 2044. The E7 will cost from £41,500 before VAT, and Ardent estimates that the UK market for electric vans will be worth £14bn a year by 2044.
F quantity 3.5-tonne
F quantity 75kWh
F quantity 210 miles
F quantity 98kWh
F date 2044
F money £41,500
O company Ardent
L country UK
F money £14bn
F date 2044
> The Department for Business and Trade (DBT) said the grant would "secure high-skilled manufacturing jobs in the North West for a generation". A DBT spokesperson added that talks with two further van makers were "ongoing".
Q direct Department for Business and Trade :: "secure high-skilled manufacturing jobs in the North West for a generation"
Q direct - :: "ongoing"
O government Department for Business and Trade
O government DBT
L region North West
O government DBT
F number two
> The Unite union, which represents workers at the neighbouring Vauxhall plant, welcomed the news.
O nonprofit Unite
O company Vauxhall
> "Ellesmere Port has been told before that its future is electric, and then watched the work go to Spain," said Unite regional officer Declan Moorcroft. "This time we want it in writing: union recognition, a proper apprenticeship scheme and 'local first' hiring."
Q direct Declan Moorcroft :: "Ellesmere Port has been told before that its future is electric, and then watched the work go to Spain,"
Q direct Declan Moorcroft :: "This time we want it in writing: union recognition, a proper apprenticeship scheme and 'local first' hiring."
L city Ellesmere Port
L country Spain
O nonprofit Unite
P full Declan Moorcroft
> Deeside Trim Systems, which makes seats and door panels at its plant in Queensferry, Flintshire, expects to supply the E7's cab interior. Managing director Gareth Pryce-Jones said the firm would invest £12m in a second production line and take on 180 staff.
O company Deeside Trim Systems
L city Queensferry
L region Flintshire
P full Gareth Pryce-Jones
F money £12m
F number 180
> "Twelve miles down the road is the sort of distance a supplier dreams about," he said. "We can run a lorry every two hours and hold almost no stock."
Q direct Gareth Pryce-Jones :: "Twelve miles down the road is the sort of distance a supplier dreams about,"
Q direct Gareth Pryce-Jones :: "We can run a lorry every two hours and hold almost no stock."
F quantity Twelve miles
F duration two hours
> Ardent expects 40% of the E7's parts by value to come from UK suppliers at launch, rising to 60% within three years. Construction on the 92-acre site is due to begin in September, subject to planning approval from Cheshire West and Chester Council.
O company Ardent
F percent 40%
L country UK
F percent 60%
F duration three years
F quantity 92-acre
O government Cheshire West and Chester Council
'''

ARTICLES['1924-semeru-eruption-lumajang-pronojiwo-candipuro-evacuation-bnpb-pvmbg-tempo'] = r'''
> Nation
> Semeru Erupts Again, More Than 4,000 Evacuated in Lumajang
L geo Semeru
F number 4,000
L region Lumajang
> Reporter: Hamdan Syarifuddin
P full Hamdan Syarifuddin
> Editor: Laras Wulandari
P full Laras Wulandari
> Sunday, 8 December 2041 21:46 WIB
F date 8 December 2041
F time 21:46 WIB
> Residents of Supiturang village in Pronojiwo leave their homes as Mount Semeru spews hot clouds on Sunday, December 8, 2041. TEMPO/Fajar Kurniawan
L city Supiturang
L region Pronojiwo
L geo Mount Semeru
F date December 8, 2041
O media TEMPO
P full Fajar Kurniawan
> TEMPO.CO, Lumajang - Mount Semeru in East Java erupted at 3:12 pm local time on Sunday, sending hot clouds 11 kilometers down its southeastern slopes and forcing more than 4,000 people from villages in Lumajang regency, the National Disaster Mitigation Agency (BNPB) said.
O media TEMPO.CO
L city Lumajang
L geo Mount Semeru
L region East Java
F time 3:12 pm
F quantity 11 kilometers
F number 4,000
L region Lumajang
O government National Disaster Mitigation Agency
O government BNPB
> BNPB spokesperson Rahmat Hidayatullah said 4,312 residents of the Pronojiwo and Candipuro districts had been moved to 14 shelters by 8 pm. Two people were being treated for burns at Haryoto Regional Hospital in Lumajang, he said, and no deaths had been reported.
O government BNPB
P full Rahmat Hidayatullah
F number 4,312
L region Pronojiwo
L region Candipuro
F number 14
F time 8 pm
F number Two
O other Haryoto Regional Hospital
L city Lumajang
> "The hot clouds followed the Besuk Kobokan river again. Because of that, most people in the danger zone had already moved before the ash reached the villages," Rahmat said.
Q direct Rahmat Hidayatullah :: "The hot clouds followed the Besuk Kobokan river again. Because of that, most people in the danger zone had already moved before the ash reached the villages,"
L geo Besuk Kobokan
P partial Rahmat
> Wahyu Adi Prasetyo, head of the Center for Volcanology and Geological Hazard Mitigation (PVMBG), said the agency had raised Semeru's status to Level IV, the highest of four levels, at 5 pm and told residents to stay 13 kilometers from the summit and 17 kilometers from the crater along the Besuk Kobokan valley.
P full Wahyu Adi Prasetyo
O government Center for Volcanology and Geological Hazard Mitigation
O government PVMBG
L geo Semeru
F number four
F time 5 pm
F quantity 13 kilometers
F quantity 17 kilometers
L geo Besuk Kobokan
> "The eruption column reached 2,000 meters above the peak. Our seismographs are still recording avalanche quakes every few minutes, so we cannot say this is over," Wahyu said.
Q direct Wahyu Adi Prasetyo :: "The eruption column reached 2,000 meters above the peak. Our seismographs are still recording avalanche quakes every few minutes, so we cannot say this is over,"
F quantity 2,000 meters
P partial Wahyu
> Lumajang Regent Bambang Sutrisno Aji declared a 14-day emergency response period and said the regency would spend Rp2.5 billion from its contingency budget on food, masks and tarpaulins, plus cash aid of Rp500,000 for each displaced family.
L region Lumajang
P full Bambang Sutrisno Aji
F duration 14-day
F money Rp2.5 billion
F money Rp500,000
> "The ones who refuse to leave are the farmers who worry about their cows, so this time we are also evacuating the cattle, about 1,100 head so far," Bambang said at the Candipuro district office.
Q direct Bambang Sutrisno Aji :: "The ones who refuse to leave are the farmers who worry about their cows, so this time we are also evacuating the cattle, about 1,100 head so far,"
F number 1,100
P partial Bambang
L region Candipuro
> At a shelter in a school yard in Penanggal village, Sumiati, 52, said she had fled her home in Curah Kobokan with her two grandchildren when the sky turned dark.
L city Penanggal
P partial Sumiati
F age 52
L city Curah Kobokan
F number two
> "I heard a sound like rain on a tin roof, but there was no rain. My neighbor shouted 'wedhus gembel,' so we ran," Sumiati said, using the Javanese name for the hot clouds, which means "shaggy goat." "This is my third time in a shelter since I was a girl.
Q direct Sumiati :: "I heard a sound like rain on a tin roof, but there was no rain. My neighbor shouted 'wedhus gembel,' so we ran,"
Q scare - :: "shaggy goat."
Q direct Sumiati :: "This is my third time in a shelter since I was a girl.
P partial Sumiati
> "I only want to know whether my house and my two cows are still standing."
Q direct Sumiati :: "I only want to know whether my house and my two cows are still standing."
F number two
> A volunteer from a local search-and-rescue group, who asked not to be named, said some residents of Sumberwuluh had gone back on Sunday night to check on their livestock. "We cannot stop them by force. We can only beg," he said.
Q direct - :: "We cannot stop them by force. We can only beg,"
L city Sumberwuluh
> AirNav Indonesia said flights at Abdul Rachman Saleh Airport in Malang were operating normally, but pilots had been warned of ash at altitudes of up to 19,000 feet.
O company AirNav Indonesia
L facility Abdul Rachman Saleh Airport
L city Malang
F quantity 19,000 feet
> Read: Lumajang Sand Miners Ordered Out of Besuk Kobokan Riverbed
L region Lumajang
L geo Besuk Kobokan
> Editor's Choice: Ash From Semeru Falls on Malang, 30 km Away
L geo Semeru
L city Malang
F quantity 30 km
'''

ARTICLES['1925-clemson-louisville-acc-championship-okafor-bank-of-america-stadium-the-athletic'] = r'''
> College Football
> Okafor Runs for 212 as No. 7 Clemson Beats Louisville 34-27 for ACC Title
P partial Okafor
F number 212
O team Clemson
O team Louisville
F score 34-27
O other ACC
> The Tigers’ tailback broke a 71-yard touchdown run with 2:14 left, and Louisville’s coach called the loss “a punch in the gut.”
Q direct Gus Paladino :: “a punch in the gut.”
O team Tigers
F quantity 71-yard
F time 2:14
O team Louisville
> By Marcus Delahunt-Reyes
P full Marcus Delahunt-Reyes
> Dec 7, 2042
F date Dec 7, 2042
> Clemson running back Isaiah Okafor (4) celebrates his fourth-quarter touchdown against Louisville. (Jared Kinsella / Getty Images)
O team Clemson
P full Isaiah Okafor
O team Louisville
P full Jared Kinsella
O company Getty Images
> CHARLOTTE, N.C. — For three quarters, No. 7 Clemson could not get out of its own way. Then Isaiah Okafor found a crease.
L city CHARLOTTE
L region N.C.
F number three
O team Clemson
P full Isaiah Okafor
> The junior tailback ran 71 yards untouched down the Clemson sideline with 2:14 remaining, and the Tigers held on for a 34-27 win over No. 16 Louisville in the ACC championship game Saturday night at Bank of America Stadium.
F quantity 71 yards
O team Clemson
F time 2:14
O team Tigers
F score 34-27
O team Louisville
O other ACC
L facility Bank of America Stadium
> Okafor finished with 212 yards on 27 carries, a record for the game, and Clemson (12-1) is all but certain of a playoff spot when the bracket is released Sunday. Louisville fell to 11-2.
P partial Okafor
F quantity 212 yards
F number 27
O team Clemson
F score 12-1
O team Louisville
F score 11-2
> “I just saw green grass,” Okafor said. “Coach told us at halftime, ‘They’re going to get tired before we do.’ On that play you could feel it.”
Q direct Isaiah Okafor :: “I just saw green grass,”
Q direct Isaiah Okafor :: “Coach told us at halftime, ‘They’re going to get tired before we do.’ On that play you could feel it.”
P partial Okafor
> Louisville led 24-17 at the break behind quarterback Tre Beaumont, who completed 24 of 35 passes for 288 yards and two touchdowns, including a 44-yard strike to Malik Odom-Fraser.
O team Louisville
F score 24-17
P full Tre Beaumont
F number 24
F number 35
F quantity 288 yards
F number two
F quantity 44-yard
P full Malik Odom-Fraser
> But the Cardinals managed 61 yards after halftime. Clemson’s defensive front, which players have nicknamed “the Night Shift,” sacked Beaumont four times and held Louisville to 2.1 yards per carry over the final two quarters. Linebacker DeShawn Pruitt forced a fumble that set up a 31-yard field goal by Caleb Vukovich, and Okafor’s first touchdown, a 3-yard run, put Clemson ahead 27-24 early in the fourth quarter.
Q scare - :: “the Night Shift,”
O team Cardinals
F quantity 61 yards
O team Clemson
P partial Beaumont
F number four
O team Louisville
F quantity 2.1 yards
F number two
P full DeShawn Pruitt
F quantity 31-yard
P full Caleb Vukovich
P partial Okafor
F quantity 3-yard
O team Clemson
F score 27-24
> Louisville tied it 27-27 on a 38-yard field goal with 2:55 left. Clemson answered with a two-play, 75-yard drive that took 41 seconds, and Okafor did the rest.
O team Louisville
F score 27-27
F quantity 38-yard
F time 2:55
O team Clemson
F number two
F quantity 75-yard
F duration 41 seconds
P partial Okafor
> The Cardinals drove into Clemson territory on their last possession, but Beaumont’s fourth-and-6 throw sailed over Odom-Fraser’s head with nine seconds to play.
O team Cardinals
O team Clemson
P partial Beaumont
F number 6
P partial Odom-Fraser
F duration nine seconds
> “We had them where we wanted them and we let a great back get loose once. That’s a punch in the gut,” Louisville coach Gus Paladino said. “But I told those kids in there, 11 wins is 11 wins. Nobody takes that from them.”
Q direct Gus Paladino :: “We had them where we wanted them and we let a great back get loose once. That’s a punch in the gut,”
Q direct Gus Paladino :: “But I told those kids in there, 11 wins is 11 wins. Nobody takes that from them.”
O team Louisville
P full Gus Paladino
F number 11
F number 11
> Clemson coach Darnell Whitford, in his sixth season, said he had told Okafor before the drive that the ball was coming to him. “He looked at me like, ‘Well, obviously,’” Whitford said. “That’s who he is.”
Q direct Darnell Whitford :: “He looked at me like, ‘Well, obviously,’”
Q direct Darnell Whitford :: “That’s who he is.”
O team Clemson
P full Darnell Whitford
P partial Okafor
P partial Whitford
> Okafor, a 5-foot-10, 205-pound junior, grew up in Gastonia, N.C., about 25 miles west of the stadium.
P partial Okafor
F quantity 5-foot-10
F quantity 205-pound
L city Gastonia
L region N.C.
F quantity 25 miles
> “My grandmother has been to every game I’ve played in this building, and she was in Section 112 tonight,” the 22-year-old said.
Q direct Isaiah Okafor :: “My grandmother has been to every game I’ve played in this building, and she was in Section 112 tonight,”
F age 22-year-old
> The announced crowd was 68,412, the largest for the title game since it moved to Charlotte.
F number 68,412
L city Charlotte
'''

ARTICLES['1926-hollerer-landshut-auto-supplier-insolvency-ig-metall-lower-bavaria-handelsblatt'] = r'''
> Auto suppliers
> Bavarian parts maker Hollerer files for insolvency, putting 1,850 jobs at risk
O company Hollerer
F number 1,850
> The Landshut-based family firm, which makes chassis parts for German carmakers, blames collapsing orders for combustion-engine models. Its administrator says production will continue “for now.”
Q direct Katrin Wendelstein :: “for now.”
L city Landshut
> Julia Rennert, Florian Staudacher
P full Julia Rennert
P full Florian Staudacher
> 14.05.2042 – 16:48
F date 14.05.2042
F time 16:48
> Hollerer’s main plant in Landshut: the company employs 1,850 people in Bavaria and the Czech Republic. Photo: dpa
O company Hollerer
L city Landshut
F number 1,850
L region Bavaria
L country Czech Republic
O media dpa
> Hollerer Fahrwerkstechnik GmbH, a maker of steering knuckles, control arms and axle carriers, has filed for insolvency at the local court in Landshut, the company said on Wednesday. Munich lawyer Katrin Wendelstein has been appointed preliminary insolvency administrator.
O company Hollerer Fahrwerkstechnik GmbH
L city Landshut
L city Munich
P full Katrin Wendelstein
> The company, founded in 1961 by the blacksmith Alois Hollerer and still owned by his grandchildren, has 1,850 employees at three plants in Landshut, Vilsbiburg and the Czech town of Klatovy. Sales fell to €412 million last year from 486 million euros in 2040, and it posted a loss of €23.5 million.
F date 1961
P full Alois Hollerer
F number 1,850
F number three
L city Landshut
L city Vilsbiburg
L city Klatovy
F money €412 million
F money 486 million euros
F date 2040
F money €23.5 million
> “The order book has collapsed faster than anyone here could adjust costs,” Wendelstein told Handelsblatt. “There are still orders, and production will continue for now. My job in the next three months is to find an investor who sees a future for at least the core business.”
Q direct Katrin Wendelstein :: “The order book has collapsed faster than anyone here could adjust costs,”
Q direct Katrin Wendelstein :: “There are still orders, and production will continue for now. My job in the next three months is to find an investor who sees a future for at least the core business.”
P partial Wendelstein
O media Handelsblatt
F duration three months
> About 70 percent of Hollerer’s sales come from parts for cars with combustion engines, many of them assembled at plants in Dingolfing and Ingolstadt, 35 kilometers and 90 kilometers away. Orders for those parts fell by a third in the first quarter, the company said. Talks with two potential investors, one of them from Asia, have begun.
F percent 70 percent
O company Hollerer
L city Dingolfing
L city Ingolstadt
F quantity 35 kilometers
F quantity 90 kilometers
F fraction a third
F number two
L continent Asia
> “Nobody at Hollerer built the wrong products. They built what the carmakers ordered, for 60 years,” said Martina Hofbauer, who heads IG Metall’s office in Landshut. She called the filing “a bitter day for Lower Bavaria” and said the union, which counts some 1,200 members at the company, would fight any plan to shift production to the Czech plant.
Q direct Martina Hofbauer :: “Nobody at Hollerer built the wrong products. They built what the carmakers ordered, for 60 years,”
Q direct Martina Hofbauer :: “a bitter day for Lower Bavaria”
O company Hollerer
F duration 60 years
P full Martina Hofbauer
O nonprofit IG Metall
L city Landshut
L region Lower Bavaria
F number 1,200
> Bavaria’s Ministry of Economic Affairs, Regional Development and Energy said in a statement that it was “in close contact with the administrator” and would examine state guarantees “if a viable concept is presented.” A spokesman for the Bavarian economy ministry in Munich said Hollerer had already received a €15 million loan backed by the state in 2041.
Q direct Ministry of Economic Affairs, Regional Development and Energy :: “in close contact with the administrator”
Q direct Ministry of Economic Affairs, Regional Development and Energy :: “if a viable concept is presented.”
L region Bavaria
O government Ministry of Economic Affairs, Regional Development and Energy
L city Munich
O company Hollerer
F money €15 million
F date 2041
> The filing also hits smaller firms in the region. Georg Pichlmaier, managing director of Pichlmaier Schmiedetechnik in Plattling, which forges blanks for Hollerer’s control arms, said his company was owed €1.9 million.
P full Georg Pichlmaier
O company Pichlmaier Schmiedetechnik
L city Plattling
O company Hollerer
F money €1.9 million
> “Hollerer is a quarter of our turnover. If they stop paying, 140 people here will feel it within weeks,” Pichlmaier said. “We are not a bank, but right now everybody in this chain is being asked to act like one.”
Q direct Georg Pichlmaier :: “Hollerer is a quarter of our turnover. If they stop paying, 140 people here will feel it within weeks,”
Q direct Georg Pichlmaier :: “We are not a bank, but right now everybody in this chain is being asked to act like one.”
O company Hollerer
F fraction a quarter
F number 140
P partial Pichlmaier
> Hollerer is the third Bavarian auto supplier to file for insolvency this year, according to a Handelsblatt count. Across Germany, parts makers have cut roughly 48,000 jobs since 2039.
O company Hollerer
O media Handelsblatt
L country Germany
F number 48,000
F date 2039
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
