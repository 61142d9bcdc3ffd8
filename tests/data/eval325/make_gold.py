#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval325 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval325/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1993-takinoue-engaru-rural-bus-line-closure-hokkaido-kyodo-news'] = r'''
> Rural bus line in Hokkaido to close after 71 years as riders dwindle
L region Hokkaido
F duration 71 years
> KYODO NEWS - Mar 18, 2042 - 17:25 | Japan, All
O media KYODO NEWS
F date Mar 18, 2042
F time 17:25
L country Japan
> Photo taken March 11, 2042, shows a bus of Okhotsk Hokuto Kotsu Co. at a stop in Takinoue, Hokkaido. (Kyodo)
F date March 11, 2042
O company Okhotsk Hokuto Kotsu Co.
L city Takinoue
L region Hokkaido
O media Kyodo
> ENGARU, Hokkaido - A bus operator in northern Japan said Tuesday it will end service on a 42-kilometer rural line at the end of September, leaving about 600 residents of the town of Takinoue without public transport to the nearest hospital and train station.
L city ENGARU
L region Hokkaido
L country Japan
F quantity 42-kilometer
F number 600
L city Takinoue
> Okhotsk Hokuto Kotsu, based in Kitami, will run its last bus between Takinoue and Engaru Station on Sept. 30, President Haruto Kanazawa told a press conference, citing an average of 38 passengers a day, down 61 percent from a decade earlier, and a shortage of drivers.
O company Okhotsk Hokuto Kotsu
L city Kitami
L city Takinoue
L facility Engaru Station
F date Sept. 30
P full Haruto Kanazawa
F number 38
F percent 61 percent
> "We kept the line running for as long as we could, but we lost 48 million yen ($322,000) on it in the last business year alone," Kanazawa said. "Seven of our 19 drivers are over 65. We simply cannot staff it."
Q direct Haruto Kanazawa :: "We kept the line running for as long as we could, but we lost 48 million yen ($322,000) on it in the last business year alone,"
F money 48 million yen
F money $322,000
P partial Kanazawa
Q direct Haruto Kanazawa :: "Seven of our 19 drivers are over 65. We simply cannot staff it."
F number Seven
F number 19
F age 65
> The line, which opened in 1971 and once carried more than 1,400 people a day, links Takinoue's dairy farms and hamlets with Engaru, where patients change to the JR Sekihoku Line and high school students attend classes.
F date 1971
F number 1,400
L city Takinoue
L city Engaru
L facility JR Sekihoku Line
> Under a plan approved by the town assembly in February, Takinoue will instead run an on-demand "ride-share taxi" service with four minivans, booked by phone a day in advance, at a cost of about 31 million yen a year.
L city Takinoue
Q scare - :: "ride-share taxi"
F number four
F money 31 million yen
> Sayaka Onodera, a member of the Takinoue town assembly who voted against the plan, said the minivans could not replace a timetable. "Elderly people here do not book. They walk to the stop and wait," she said, adding that the fare for a single trip would rise to 1,500 yen from 900 yen.
P full Sayaka Onodera
L city Takinoue
Q direct Sayaka Onodera :: "Elderly people here do not book. They walk to the stop and wait,"
F money 1,500 yen
F money 900 yen
> According to the town, 44 percent of Takinoue's 2,300 residents are aged 65 or older, and 212 of them do not hold a driver's license.
F percent 44 percent
L city Takinoue
F number 2,300
F age 65
F number 212
> Fumiko Tsuchiya, 84, who takes the 7:10 a.m. bus to a dialysis clinic in Engaru three times a week, said she had not yet decided what to do. "My son is in Sapporo. He says, 'Mother, come and live with us,' but my husband is buried here," she said.
P full Fumiko Tsuchiya
F age 84
F time 7:10 a.m.
L city Engaru
F number three
Q direct Fumiko Tsuchiya :: "My son is in Sapporo. He says, 'Mother, come and live with us,' but my husband is buried here,"
L city Sapporo
> Another rider, 79-year-old Kenta Mizushima, a retired dairy farmer, said the bus was "the only place I still meet people."
F age 79-year-old
P full Kenta Mizushima
Q direct Kenta Mizushima :: "the only place I still meet people."
> An official of the Ministry of Land, Infrastructure, Transport and Tourism said 1,870 kilometers of rural bus routes nationwide were abolished in the year to March 2041, the most on record, and that Hokkaido accounted for nearly a fifth of them.
O government Ministry of Land, Infrastructure, Transport and Tourism
F quantity 1,870 kilometers
F date March 2041
L region Hokkaido
F fraction a fifth
> "Where a bus carries fewer than 10 people a trip, local governments will have to decide what they can afford," the official said on condition of anonymity. The ministry subsidizes up to half of the losses on routes that cross municipal borders, but only where buses average at least 15 passengers a day, he added.
Q direct - :: "Where a bus carries fewer than 10 people a trip, local governments will have to decide what they can afford,"
F number 10
F fraction half
F number 15
> Kanazawa said the company would move the line's three buses to its routes in Kitami and keep all of its drivers. The last bus will leave Takinoue at 6:45 p.m. on Sept. 30.
P partial Kanazawa
F number three
L city Kitami
L city Takinoue
F time 6:45 p.m.
F date Sept. 30
'''

ARTICLES['1994-qatar-bahrain-asian-handball-semi-final-al-attiya-arena-peninsula'] = r'''
> Sports
> Qatar beat Bahrain 31-27 to reach Asian Handball Championship final
O team Qatar
O team Bahrain
F score 31-27
> Hosts overturn three-goal half-time deficit as goalkeeper Al Kuwari makes 17 saves
F number three
P partial Al Kuwari
F number 17
> Yousef Abdelrahim | The Peninsula
P full Yousef Abdelrahim
O media The Peninsula
> Published: 23 Jan 2042 - 11:14 pm | Last updated: 23 Jan 2042 - 11:32 pm
F date 23 Jan 2042
F time 11:14 pm
F date 23 Jan 2042
F time 11:32 pm
> Qatar goalkeeper Hamad Saeed Al Kuwari celebrates a save against Bahrain at Ali Bin Hamad Al Attiya Arena. Pic: Qatar Handball Association
O team Qatar
P full Hamad Saeed Al Kuwari
O team Bahrain
L facility Ali Bin Hamad Al Attiya Arena
O other Qatar Handball Association
> Doha, Qatar: Qatar came from behind to beat Bahrain 31-27 in the semi-final of the Asian Men's Handball Championship at Ali Bin Hamad Al Attiya Arena on Thursday and will meet Japan in Saturday's final, which starts at 7pm.
L city Doha
L country Qatar
O team Qatar
O team Bahrain
F score 31-27
L facility Ali Bin Hamad Al Attiya Arena
O team Japan
F time 7pm
> Japan beat South Korea 29-26 in the first semi-final earlier in the day, and both finalists have qualified for next year's world championship.
O team Japan
O team South Korea
F score 29-26
> Bahrain led 15-12 at the break after a 5-0 run late in the first half, but the hosts scored seven of the first nine goals after the restart and never trailed again once right back Majid Khalifa Al Naimi levelled at 19-19 in the 41st minute.
O team Bahrain
F score 15-12
F score 5-0
F number seven
F number nine
P full Majid Khalifa Al Naimi
F score 19-19
> Al Naimi finished with nine goals from 12 shots, while Al Kuwari made 17 saves, 11 of them in the second half, including two seven-metre throws.
P partial Al Naimi
F number nine
F number 12
P partial Al Kuwari
F number 17
F number 11
F number two
F quantity seven-metre
> Left wing Saeed Rashid Al Khater added seven goals, four of them on fast breaks, as Qatar converted 31 of 49 shots, or 63 percent, against 27 of 52 for Bahrain.
P full Saeed Rashid Al Khater
F number seven
F number four
O team Qatar
F number 31
F number 49
F percent 63 percent
F number 27
F number 52
O team Bahrain
> "At half-time I told them, 'Forget the scoreboard, play our defence,' and they did exactly that," said Qatar head coach Khalifa Jassim Al Mohannadi. "We conceded only 12 goals in 30 minutes against a team that scored 34 against Iran.
Q direct Khalifa Jassim Al Mohannadi :: "At half-time I told them, 'Forget the scoreboard, play our defence,' and they did exactly that,"
O team Qatar
P full Khalifa Jassim Al Mohannadi
Q direct Khalifa Jassim Al Mohannadi :: "We conceded only 12 goals in 30 minutes against a team that scored 34 against Iran.
F number 12
F duration 30 minutes
F number 34
O team Iran
> "Bahrain are the best-organised side in Asia, so this is a big step for a young squad."
Q direct Khalifa Jassim Al Mohannadi :: "Bahrain are the best-organised side in Asia, so this is a big step for a young squad."
O team Bahrain
L continent Asia
> Al Mohannadi, who took charge in 2040, switched to a 5-1 defence after the break to shut down Bahrain centre back Ali Mubarak Al Hayki, who scored six goals in the first half but only two after it.
P partial Al Mohannadi
F date 2040
F score 5-1
O team Bahrain
P full Ali Mubarak Al Hayki
F number six
F number two
> Bahrain coach Saeed Isa Al Mahmood blamed "tired legs" and four two-minute suspensions in the second half. "We had the game in our hands for 35 minutes. Then we gave away three penalties, and against Qatar in Doha you cannot do that," he said.
O team Bahrain
P full Saeed Isa Al Mahmood
Q direct Saeed Isa Al Mahmood :: "tired legs"
F number four
F duration two-minute
Q direct Saeed Isa Al Mahmood :: "We had the game in our hands for 35 minutes. Then we gave away three penalties, and against Qatar in Doha you cannot do that,"
F duration 35 minutes
F number three
O team Qatar
L city Doha
> Al Kuwari, 24, said the crowd of 5,400 had "carried us." "When the whole arena stands up, the goal looks smaller to the shooter," he said. "Japan beat us in the 2040 final, so nobody here needs a reason on Saturday."
P partial Al Kuwari
F age 24
F number 5,400
Q direct Hamad Saeed Al Kuwari :: "carried us."
Q direct Hamad Saeed Al Kuwari :: "When the whole arena stands up, the goal looks smaller to the shooter,"
Q direct Hamad Saeed Al Kuwari :: "Japan beat us in the 2040 final, so nobody here needs a reason on Saturday."
O team Japan
F date 2040
> The Asian Handball Federation (AHF) said in a statement that the semi-final drew "the biggest crowd of the tournament" and that tickets for the final had sold out within two hours.
O other Asian Handball Federation
O other AHF
Q direct Asian Handball Federation :: "the biggest crowd of the tournament"
F duration two hours
> Bahrain will face South Korea for the bronze medal at 4pm on Saturday at the same arena, three hours before the final.
O team Bahrain
O team South Korea
F time 4pm
F duration three hours
'''

ARTICLES['1995-usda-august-corn-soybean-crop-estimates-purdue-iowa-successful-farming'] = r'''
> Crops
> USDA pegs 2042 corn crop at 15.37 billion bushels; soybean yield falls short of trade guess
O government USDA
F date 2042
F quantity 15.37 billion bushels
> Analysts say the August numbers leave room for a smaller crop if dry weather in the western Corn Belt lasts into September.
L region Corn Belt
> By Rachel Vandeventer
P full Rachel Vandeventer
> Updated August 12, 2042
F date August 12, 2042
> Doug Ehrsam’s corn near Jefferson, Iowa, on July 28. Photo credit: Rachel Vandeventer
P full Doug Ehrsam
L city Jefferson
L region Iowa
F date July 28
P full Rachel Vandeventer
> The U.S. Department of Agriculture (USDA) on Tuesday forecast this year’s corn crop at 15.37 billion bushels, down 2% from 2041 but still the third-largest on record, with a national average yield of 181.6 bushels per acre.
O government U.S. Department of Agriculture
O government USDA
F quantity 15.37 billion bushels
F percent 2%
F date 2041
F quantity 181.6 bushels per acre
> Soybean production was pegged at 4.38 billion bushels on a yield of 52.1 bushels per acre, 0.8 bushel below the average trade estimate compiled ahead of the report.
F quantity 4.38 billion bushels
F quantity 52.1 bushels per acre
F quantity 0.8 bushel
> In its first survey-based forecast of the season, USDA’s National Agricultural Statistics Service (NASS) put harvested corn area at 84.6 million acres and soybean area at 83.9 million acres. NASS said crop conditions were “well above average” in Illinois, Indiana and Ohio but “under pressure” in western Iowa, Nebraska and South Dakota, where July rainfall was less than half of normal.
O government USDA
O government National Agricultural Statistics Service
O government NASS
F quantity 84.6 million acres
F quantity 83.9 million acres
O government NASS
Q direct National Agricultural Statistics Service :: “well above average”
L region Illinois
L region Indiana
L region Ohio
Q direct National Agricultural Statistics Service :: “under pressure”
L region Iowa
L region Nebraska
L region South Dakota
F fraction half
> In its monthly World Agricultural Supply and Demand Estimates (WASDE), USDA cut projected 2042-43 corn ending stocks to 1.94 billion bushels, citing “strong export demand and a smaller western crop,” and raised its season-average farm price to $4.05 per bushel.
O government USDA
F date 2042-43
F quantity 1.94 billion bushels
Q direct U.S. Department of Agriculture :: “strong export demand and a smaller western crop,”
F money $4.05
> December corn futures on the Chicago Board of Trade fell 9 cents to $4.12 per bushel after the report, while November soybeans gained 14 cents to $10.86.
O company Chicago Board of Trade
F money 9 cents
F money $4.12
F money 14 cents
F money $10.86
> “The eastern Corn Belt is carrying this crop,” said Nathaniel Brandvold, an agricultural economist at Purdue University. “If Iowa and Nebraska lose another 3 or 4 bushels in September, we’re looking at a 180-bushel national yield, and that’s a different price story.”
Q direct Nathaniel Brandvold :: “The eastern Corn Belt is carrying this crop,”
L region Corn Belt
P full Nathaniel Brandvold
O education Purdue University
Q direct Nathaniel Brandvold :: “If Iowa and Nebraska lose another 3 or 4 bushels in September, we’re looking at a 180-bushel national yield, and that’s a different price story.”
L region Iowa
L region Nebraska
F quantity 3
F quantity 4 bushels
F quantity 180-bushel
> Brandvold said every 1-bushel drop in the national yield removes roughly 84 million bushels from supply, and warned that a so-called “flash drought” in August could do more damage than the July heat.
P partial Brandvold
F quantity 1-bushel
F quantity 84 million bushels
Q scare - :: “flash drought”
> Doug Ehrsam, who farms 1,850 acres of corn and soybeans with his son near Jefferson in Greene County, Iowa, said his best fields looked like 220-bushel corn but the lighter ground would not come close.
P full Doug Ehrsam
F quantity 1,850 acres
L city Jefferson
L region Greene County
L region Iowa
F quantity 220-bushel
> “We got 1.2 inches on July 2 and then nothing for 26 days,” Ehrsam said. “The corn on the hills is firing from the bottom up. I’d be happy with 190 there.”
Q direct Doug Ehrsam :: “We got 1.2 inches on July 2 and then nothing for 26 days,”
F quantity 1.2 inches
F date July 2
F duration 26 days
P partial Ehrsam
Q direct Doug Ehrsam :: “The corn on the hills is firing from the bottom up. I’d be happy with 190 there.”
F number 190
> Lyle Vandersluis, manager of the North Raccoon Grain Cooperative elevator at Grand Junction, told Successful Farming that farmers had sold only about 15% of their expected new-crop corn, compared with 30% at this point in a normal year.
P full Lyle Vandersluis
O company North Raccoon Grain Cooperative
L city Grand Junction
O media Successful Farming
F percent 15%
F percent 30%
> “Nobody wants to price $4 corn off a USDA number in August,” he said. “The basis here is 38 cents under December, and the bins are still half full of last year’s beans.”
Q direct Lyle Vandersluis :: “Nobody wants to price $4 corn off a USDA number in August,”
F money $4
O government USDA
Q direct Lyle Vandersluis :: “The basis here is 38 cents under December, and the bins are still half full of last year’s beans.”
F money 38 cents
F fraction half
> USDA will update its forecasts on Sept. 12.
O government USDA
F date Sept. 12
'''

ARTICLES['1996-swiss-rent-cap-initiative-fails-cantons-majority-geneva-swissinfo'] = r'''
> Votes
> Rent cap initiative wins the popular vote but falls at the cantons
> Swiss voters backed a cap on rent increases by 50.8% on Sunday, but the initiative failed because only nine of the 23 cantonal votes went its way.
F percent 50.8%
F number nine
F number 23
> This content was published on 27 September 2043 - 18:05
F date 27 September 2043
F time 18:05
> Campaign posters for and against the rent initiative in Geneva. Keystone / Léa Dubosson
L city Geneva
O media Keystone
P full Léa Dubosson
> Swiss voters on Sunday approved a people’s initiative to cap rent increases by 50.8%, but the proposal was defeated because it failed to win the required majority of cantons, according to final results.
F percent 50.8%
> The “Affordable rents for all” initiative was accepted by 1,482,300 voters and rejected by 1,435,900, on a turnout of 46.2%. It carried eight cantons and two half-cantons, led by Geneva (67.4%), Basel City (61.2%) and Vaud (58.9%), but lost in the other 12 cantons and four half-cantons, including Zurich (48.7% yes) and Schwyz (31.5%).
Q scare - :: “Affordable rents for all”
F number 1,482,300
F number 1,435,900
F percent 46.2%
F number eight
F number two
L region Geneva
F percent 67.4%
L region Basel City
F percent 61.2%
L region Vaud
F percent 58.9%
F number 12
F number four
L region Zurich
F percent 48.7%
L region Schwyz
F percent 31.5%
> According to the Swiss Tenants’ Association, the initiative would have limited rent increases on existing leases to the rise in consumer prices and obliged landlords to lower rents when the reference interest rate falls.
O nonprofit Swiss Tenants’ Association
> In their voting recommendations, the Social Democrats and the Greens had backed the initiative, while the Swiss People’s Party (SVP), the Radical-Liberals and the Centre had called for a no. The government had recommended a no vote, warning that a cap could cut the construction of new flats by up to 15% within five years.
O party Social Democrats
O party Greens
O party Swiss People’s Party
O party SVP
O party Radical-Liberals
O party Centre
F percent 15%
F duration five years
> According to the Federal Statistical Office, rents have risen by 14% since 2038, and a typical household now spends 1,620 francs a month on housing.
O government Federal Statistical Office
F percent 14%
F date 2038
F money 1,620 francs
> “More than half of the people who voted today said the system is broken,” said Mireille Zbinden-Oberson, president of the Swiss Tenants’ Association. “A family in Lausanne pays CHF2,350 a month for a three-room flat that cost CHF1,700 ten years ago. The cantons have blocked the people, not the other way round.”
Q direct Mireille Zbinden-Oberson :: “More than half of the people who voted today said the system is broken,”
F fraction half
P full Mireille Zbinden-Oberson
O nonprofit Swiss Tenants’ Association
Q direct Mireille Zbinden-Oberson :: “A family in Lausanne pays CHF2,350 a month for a three-room flat that cost CHF1,700 ten years ago. The cantons have blocked the people, not the other way round.”
L city Lausanne
F money CHF2,350
F number three
F money CHF1,700
F duration ten years
> In a statement, the Federal Council said it “took note of a strong signal from tenants” and would present proposals to parliament by spring 2044 to make rents “more transparent, without discouraging investment in new housing”.
O government Federal Council
Q direct Federal Council :: “took note of a strong signal from tenants”
F date 2044
Q direct Federal Council :: “more transparent, without discouraging investment in new housing”
> The Geneva Property Owners’ Federation, which campaigned against the initiative although its own canton voted yes, said a cap “would have frozen renovation across French-speaking Switzerland”, adding that 38% of rental buildings in the canton of Geneva were more than 50 years old.
O nonprofit Geneva Property Owners’ Federation
Q direct Geneva Property Owners’ Federation :: “would have frozen renovation across French-speaking Switzerland”
L country Switzerland
F percent 38%
L region Geneva
F duration 50 years
> Lukas Hürlimann, a political scientist at the University of Zurich, said the map followed the “Röstigraben”, the divide between French- and German-speaking regions, as well as the gap between cities and the countryside.
P full Lukas Hürlimann
O education University of Zurich
Q scare - :: “Röstigraben”
> “In Zurich city, two out of three voters said yes. In rural central Switzerland, three out of four said no,” he said. “The double majority was designed for exactly this situation. It protects the small cantons, and today it did its job.”
Q direct Lukas Hürlimann :: “In Zurich city, two out of three voters said yes. In rural central Switzerland, three out of four said no,”
L city Zurich
F number two
F number three
L country Switzerland
F number three
F number four
Q direct Lukas Hürlimann :: “The double majority was designed for exactly this situation. It protects the small cantons, and today it did its job.”
> Keystone-SDA/swissinfo.ch/lb
O media Keystone-SDA
O media swissinfo.ch
'''

ARTICLES['1997-aldwyn-baptiste-trinidad-jazz-trumpeter-obituary-ronnie-scotts-times'] = r'''
> Obituaries
> Aldwyn Baptiste obituary
P full Aldwyn Baptiste
> Trinidad-born trumpeter who brought the phrasing of calypso to modern jazz and led the house band at Ronnie Scott’s for three decades
L region Trinidad
L facility Ronnie Scott’s
F duration three decades
> Thursday March 13 2042, 12.01am, The Times
F date March 13 2042
F time 12.01am
O media The Times
> Baptiste at Ronnie Scott’s in 1987. He reckoned he had played 2,000 sets there DENISE OKORO/REDFERNS
P partial Baptiste
L facility Ronnie Scott’s
F date 1987
F number 2,000
P full DENISE OKORO
O media REDFERNS
> When Aldwyn Baptiste first walked into Ronnie Scott’s on Frith Street in 1974, carrying a dented Selmer trumpet in a pillowcase, the doorman took him for a delivery boy. By closing time he had sat in with the house band, and for the next 30 years the Soho club was, as he put it, “my front room with a bar”.
P full Aldwyn Baptiste
L facility Ronnie Scott’s
L street Frith Street
F date 1974
O company Selmer
F duration 30 years
L city Soho
Q direct Aldwyn Theophilus Baptiste :: “my front room with a bar”
> Known to every musician in London as “Sweetman”, he played with a fat, vocal tone and a rhythmic lilt that critics traced to the calypso tents of his youth. He was not, he insisted, a fusion player. “I play jazz. I just play it with a Trinidad accent,” he told an interviewer.
L city London
Q scare - :: “Sweetman”
Q direct Aldwyn Theophilus Baptiste :: “I play jazz. I just play it with a Trinidad accent,”
L region Trinidad
> Aldwyn Theophilus Baptiste was born in Port of Spain on May 2, 1953, the youngest of seven children of Cuthbert Baptiste, a dock worker who played the cuatro in a parang band, and his wife, Ermine (née Lezama), a seamstress. He learnt the trumpet at 11 in a police youth band in Belmont and by 16 was backing calypsonians at Carnival.
P full Aldwyn Theophilus Baptiste
L city Port of Spain
F date May 2, 1953
F number seven
P full Cuthbert Baptiste
P partial Ermine
P partial Lezama
F age 11
L city Belmont
F age 16
> He arrived in London in 1971 with £40 and an address in Ladbroke Grove, and worked nights as a porter at Paddington station while sitting in wherever he was allowed, from the 100 Club on Oxford Street to the back rooms of pubs in Brixton.
L city London
F date 1971
F money £40
L city Ladbroke Grove
L facility Paddington
L facility 100 Club
L street Oxford Street
L city Brixton
> In 1982 he moved to New York, where he played the Village Vanguard and recorded his first album as a leader, Port of Spain Suite (1984), for Crescent Moon Records, a small Harlem label. Later albums included Belmont After Dark (1993) and Sweetman Speaks (2007). He returned to London in 1989 and led the house band at Ronnie Scott’s until 2019. He was appointed MBE in 2011.
F date 1982
L city New York
L facility Village Vanguard
F date 1984
O company Crescent Moon Records
L city Harlem
F date 1993
F date 2007
L city London
F date 1989
L facility Ronnie Scott’s
F date 2019
F date 2011
> The saxophonist Delroy Ashworth-Campbell, who played beside him for 22 years, said: “Aldwyn never played a note he didn’t mean. In the middle of my solo he would lean over and say, ‘Leave some space for the drummer, man,’ and he was always right.”
P full Delroy Ashworth-Campbell
F duration 22 years
Q direct Delroy Ashworth-Campbell :: “Aldwyn never played a note he didn’t mean. In the middle of my solo he would lean over and say, ‘Leave some space for the drummer, man,’ and he was always right.”
P partial Aldwyn
> The bassist Gail Mercer-Prowse remembered him as “the only man who could make a room of 250 people feel like a rum shop in Belmont”.
P full Gail Mercer-Prowse
Q direct Gail Mercer-Prowse :: “the only man who could make a room of 250 people feel like a rum shop in Belmont”
F number 250
L city Belmont
> In a 1998 interview with the BBC, Baptiste described arriving in England: “In Trinidad you play for people to dance. In London they sit still and listen. For two years I thought I was doing something wrong.
F date 1998
O media BBC
P partial Baptiste
L country England
Q direct Aldwyn Theophilus Baptiste :: “In Trinidad you play for people to dance. In London they sit still and listen. For two years I thought I was doing something wrong.
L region Trinidad
L city London
F duration two years
> “Then one night a man in the front row cried through the whole of my ballad, and I understood that listening is a kind of dancing too.”
Q direct Aldwyn Theophilus Baptiste :: “Then one night a man in the front row cried through the whole of my ballad, and I understood that listening is a kind of dancing too.”
> He is survived by his second wife, Marguerite, a former singer, by their son, Dexter, a drummer, and by a daughter, Ayana, from his first marriage, to Gloria Farrell, which ended in divorce.
P partial Marguerite
P partial Dexter
P partial Ayana
P full Gloria Farrell
> Aldwyn Baptiste MBE, jazz trumpeter, was born on May 2, 1953. He died of heart failure on March 2, 2042, aged 88
P full Aldwyn Baptiste
F date May 2, 1953
F date March 2, 2042
F age 88
'''

ARTICLES['1998-tobacco-season-opens-harare-mukuvisi-floors-timb-newsday'] = r'''
> Business
> Tobacco season opens at US$3,85 a kg as growers count cost of deductions
F money US$3,85
> First-day prices 6,2 percent up on last year, says TIMB
F percent 6,2 percent
O government TIMB
> BY TINASHE MAKUVAZA
P full TINASHE MAKUVAZA
> March 12, 2042
F date March 12, 2042
> Growers wait to sell their crop at Mukuvisi Tobacco Floors in Harare yesterday. — Picture: Lovemore Chiweshe
L facility Mukuvisi Tobacco Floors
L city Harare
P full Lovemore Chiweshe
> THE 2042 tobacco marketing season opened in Harare yesterday, with the first bale fetching US$4,10 per kilogramme and prices averaging US$3,85 across the day, 6,2 percent higher than on opening day last year, the Tobacco Industry and Marketing Board (TIMB) said.
F date 2042
L city Harare
F money US$4,10
F money US$3,85
F percent 6,2 percent
O government Tobacco Industry and Marketing Board
O government TIMB
> TIMB said 1 184 bales weighing 142 360 kilogrammes were sold at three floors in the capital, and 96 percent of the bales on offer were bought, with the rest rejected or withdrawn by growers.
O government TIMB
F number 1 184
F quantity 142 360 kilogrammes
F number three
F percent 96 percent
> Officially opening the season at Mukuvisi Tobacco Floors, Lands, Agriculture, Fisheries, Water and Rural Development Minister Dr Tendekai Chigumba said Government expected 330 million kg of flue-cured tobacco this year, worth about US$1,2 billion.
L facility Mukuvisi Tobacco Floors
P full Tendekai Chigumba
F quantity 330 million kg
F money US$1,2 billion
> “Tobacco remains the backbone of our rural economy. We want every farmer paid in full and on time, and merchants who delay payments will be named,” Chigumba said.
Q direct Tendekai Chigumba :: “Tobacco remains the backbone of our rural economy. We want every farmer paid in full and on time, and merchants who delay payments will be named,”
P partial Chigumba
> In a statement, TIMB said it had registered 168 420 growers for the season, 71 percent of them small-scale farmers, and that growers caught selling contracted tobacco to other buyers would be “deregistered without appeal”.
O government TIMB
F number 168 420
F percent 71 percent
Q direct Tobacco Industry and Marketing Board :: “deregistered without appeal”
> The board also warned farmers against so-called “makoronyera”, touts who offer cash at the gates for bales below floor prices.
Q scare - :: “makoronyera”
> A buyer for one of the contracting merchants, who declined to be named, said the early bales were “cleaner and better cured than anything we saw last March”.
Q direct - :: “cleaner and better cured than anything we saw last March”
> Mrs Rudo Chinembiri (58), a grower from Concession in Mashonaland Central, sold eight bales at an average of US$3,60 per kg, but said deductions for levies, transport and her contractor’s inputs left her with less than a third of the gross.
P full Rudo Chinembiri
F age 58
L city Concession
L region Mashonaland Central
F number eight
F money US$3,60
F fraction a third
> “They call it a good price, but after the deductions I took home US$1 140 for a whole season. The contractor takes his share first, then the levies,” she said. “My husband says, ‘Next year we plant maize,’ and maybe he is right.”
Q direct Rudo Chinembiri :: “They call it a good price, but after the deductions I took home US$1 140 for a whole season. The contractor takes his share first, then the levies,”
F money US$1 140
Q direct Rudo Chinembiri :: “My husband says, ‘Next year we plant maize,’ and maybe he is right.”
> Chinembiri said she had travelled 140km from Concession on a hired lorry and waited 11 hours before her first bale went under the hammer.
P partial Chinembiri
F quantity 140km
L city Concession
F duration 11 hours
> Growers are paid 70 percent of their earnings in US dollars and the rest in ZiG.
F percent 70 percent
> Mukuvisi Tobacco Floors (Pvt) Ltd general manager Farai Nyamhunga said the floor had hired 40 extra workers and would open from 7am to 5pm on weekdays until the end of July.
O company Mukuvisi Tobacco Floors (Pvt) Ltd
P full Farai Nyamhunga
F number 40
F time 7am
F time 5pm
> “We can handle up to 4 000 bales a day. Last year farmers slept here for three nights waiting for tickets. This year they book their slot on WhatsApp,” he told NewsDay.
Q direct Farai Nyamhunga :: “We can handle up to 4 000 bales a day. Last year farmers slept here for three nights waiting for tickets. This year they book their slot on WhatsApp,”
F number 4 000
F duration three nights
O company WhatsApp
O media NewsDay
> TIMB said the Harare floors would sell contracted tobacco on Mondays, Wednesdays and Fridays, and that satellite floors in Karoi, Mvurwi, Rusape and Marondera would open next week.
O government TIMB
L city Harare
L city Karoi
L city Mvurwi
L city Rusape
L city Marondera
> Last season Zimbabwe sold 318 million kg of tobacco worth US$1,14 billion, most of it to China.
L country Zimbabwe
F quantity 318 million kg
F money US$1,14 billion
L country China
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
